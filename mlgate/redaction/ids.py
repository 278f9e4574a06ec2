"""Identifiers: cue word plus code in any case and spacing, and national numbers by checksum.

Four detectors, all labelled ``ID``:

- ``cued_ids``: a word that announces an identifier (``mrn``, ``URN``, ``acct``,
  ``member id``, ``study code``, ``rego``, ``VIN``, ``serial``, ``template``,
  ``licence``, ``provider no``, ...) followed by a code with a digit in it, in any
  case, spaced or glued (``chartMRN88213390``);
- ``NationalIds``: digit runs that pass the checksum of a national identifier of
  the configured locales (Medicare, IHI, TFN, ABN, NHS, SSN with any separator),
  shaped ones (DVA file numbers, Medicare provider numbers, IBAN, VIN), those of
  other European locales (UK NINO, codice fiscale, DNI/NIE, PESEL, HETU, NIR, Nordic
  personal numbers) and MAC addresses;
- ``device_ids``: unique device identifiers, whole (GS1 and HIBCC UDIs);
- ``media_files``: photo and scan file names (``jsmith_face.jpg``, ``IMG_4421.dcm``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence

from mlgate.redaction import checksums as cs
from mlgate.redaction.gates import WORD_START, holds, holds_any_case
from mlgate.redaction.phones import DATE_SHAPE

__all__ = [
    "AU_STATE_CODES",
    "DOCUMENT_TYPES",
    "VEHICLE_WORDS",
    "NationalIds",
    "cued_ids",
    "device_ids",
    "media_files",
]

Span = tuple[int, int, str]

# Australia's states and territories, as an alternation.
AU_STATE_CODES = "NSW|VIC|QLD|WA|SA|TAS|NT|ACT"
_CUES = (
    r"mrn|mr\s?no|urn|ur\s?(?:no|number)|ur|chart|medical\s+record(?:\s+number)?|hospital\s+no"
    r"|record\s+(?:no|number)|patient\s+id|pt\s+id|acct|acc|account|a/c|member(?:ship)?(?:\s+id)?"
    r"|subscriber(?:\s+id)?|policy|health\s+fund(?:\s+no)?|fund\s+no|medicare(?:\s+card)?|ihi|tfn"
    r"|abn|crn|ndis|dva(?:\s+file)?|nhs|ssn|social\s+security|study\s+(?:code|id|no|number)"
    r"|participant(?:\s+id)?|subject\s+id|enrol(?:l)?ment(?:\s+(?:code|id|no))?|trial\s+id|plates?"
    r"|rego|reg|registration|number\s+plate|licence\s+plate|license\s+plate|vin|serial|s/n|sn"
    r"|device\s+id|udi|imei|mac|template|voiceprint|fingerprint|faceprint|biometric\s+id|iris"
    r"|hash|signature|trial\s+as|enrolled\s+as|randomi[sz]ed\s+as"
    r"|licen[cs]e|lic\.?(?=\s*[:#]?\s*\d)|driver'?s?\s+licen[cs]e|dl|ahpra|naati|provider|prescriber|passport|badge"
    r"|paspoort|passeport|passaporte|pasaport|paszport|pass-nr\.?"  # passports, as printed
    r"|rx\s*#|rx\s+no|approval\s+no|hpi(?=\s+\d{2}[A-Z]{4}\b)|asar|conversation|interaction"
    # the justice system's: California's benefits card, police incident and booking numbers
    r"|key(?=:)|bic(?=\s)|pir(?=\s)|bnc(?=#)|complaint(?:\s+no)?|prisoner(?:\s+no)?|inmate(?:\s+(?:no|id))?|booking\s+no"
    # record and card numbers as other countries label them: Spain's and Argentina's "NHC"/"HC",
    # Brazil's "CNS", Poland's "hist. chor.", Turkey's "protokol no" and "tescil", the German
    # "Versichertenkarte" and "Führerschein", the French "carte européenne", Mexico's "RFC"
    r"|nhc|hc(?=\s+\d{1,3}\.\d{3})|rghc|cns|hist\.?\s*chor\.?|protokol(?:\s+no)?|tescil"
    r"|versichertenkarte|führerschein(?:-nr\.?)?|persnr|carte\s+européenne(?:\s+n°)?"
    r"|código(?:\s+de)?\s+acesso|klucz|rfc(?=\s+[A-Z]{4}\d{6})"
    r"|employee\s+id|staff\s+id|claim|invoice|case\s+(?:no|number|id)|ref|reference"
    r"|group(?:\s+(?:no|number|id))?|beneficiary(?:\s+identifier|\s+id)?|mbi|medicaid|npi|dea"
    r"|medi-cal(?:\s+(?:cin|bic))?"
    r"|identifier|id\s+no|retina(?:l)?\s+scan(?:\s+id)?|scan\s+id|hicn|upi|chi"
    r"|concession(?:\s+card)?|pension(?:\s+card)?|centrelink|health\s*care\s+card|hcc|pbs"
    r"|safety\s+net|bsb|imei|patient\s+(?:no|number)|hospital\s+number|nino|ni\s+number"
    r"|national\s+insurance(?:\s+number)?|codice\s+fiscale|dni|nie|pesel|bsn|nir|cpr"
    r"|personnummer|steuer-?id|svnr|ahv|certificate(?:\s+(?:no|number))?|cert|insurance|insurer"
    r"|plan\s+id|fund|student\s+id|booking(?:\s+ref)?|confirmation(?:\s+(?:no|number|code))?"
    # devices and samples: "sensor 0M7H2K9PQ4", "EPS token A7F3C2-Z81D4E", "Sample LAB_SPEC_88201_B"
    r"|sensor|modem|processor|pump|receiver|transmitter|token|sample|specimen|tubes?\s+labell?ed"
    # a CGM transmitter's short code: "Dexcom G6 TX 8GM4RT" (never "tx 500mg")
    r"|tx(?=[ \t]*[:#=]?[ \t]*(?-i:(?=[A-Z\d]*[A-Z])(?=[A-Z\d]*\d)[A-Z\d]{5,8})\b)"
    r"|scan\s+code|access\s+code|template\s+code"
    # "NHI PQR 7731", "DVA White Card TX 204118", "file no QX 119 823", "meeting ID 842 5531"
    r"|nhi|(?:white|gold|orange)\s+card|file(?:\s+no)?|meeting\s+id|id"
    # keys of exported records: "record_id=1147", "pt_no: 4471"
    r"|[a-z]+_(?:id|no|num|number|tpl|template|serial|sn|token|hash)"
    # telemetry: "tele box TX-014", "Patch VC-0A33F91", "Holter recorder H3187"
    r"|(?<!po\s)(?<!p\.o\.\s)box|patch|recorder|holter|pager|tag|wristband|bracelet"
    # cheques, and the registration numbers of the UK's and Ireland's medical councils
    r"|cheque(?:\s+no)?|check\s+no|imc|gmc|gdc|nmc|nmbi|mcnz|hcpc"
    # Ireland's Drugs Payment Scheme, France's "N° sécu"
    r"|dps(?:\s+no)?|sécu|secu|iban"
    # Czech, Japanese, Finnish, Argentine, Brazilian, Turkish, Polish, Norwegian, Chinese and
    # Korean records: "RČ 720305/0419", "Kigo-bango 27-11 384", "SV-tunnus 099872", "MP 44281",
    # "pront448217", "E-reçete no 1K7T2AX", "kod dostępu 4821", "serienr 2219HA0457",
    # "住院号0812093"
    r"|rč|kigo-?bango|bango|sv-tunnus|mp|pront|prontuário|chorobopisu|reçete|kod\s+dostępu|kod"
    r"|serienr|serienummer|住院号|病历号|门诊号|병록번호|등록번호|カルテ番号|患者番号"
    # Morocco's and Côte d'Ivoire's identity cards, Italy's and Belgium's e-prescriptions,
    # Indonesia's claim letters, Brazil's and Spain's medical councils, Latin American files
    # (Indonesia's "SEP" letter in capitals only: "Sep 2024" is a month)
    r"|cin|cni|nre|rid|(?-i:SEP)|autogenerado|crm|colegiado|exp|expediente|insz|niss|ocp|icn"
    # ("scr#" and "inv" only apart from their code: "SCR-0412" and "INV-0047719" are codes whole)
    r"|payroll(?:\s+no)?|versicherungsnr|versicherungsnummer|uid|psi|fvro|avo|dvo|ivo|inv(?=\s+\d)"
    r"|scr(?=#)|rph(?=\s)"
    r"|cr\s+no|redcap(?:\s+record)?"
    r"|uin|hex\s+id"  # a distress beacon's own number: "PLB UIN 2DD4E7A39AFFBFF"
    r"|restraining\s+order"
    # Pakistan's, Quebec's and Canada's provincial councils; Sri Lanka's bed-head ticket
    r"|pmdc|opq|permis|cpsm|cpso|cpsa|cpsbc|cpsns|practitioner(?:\s+(?:no|number))?|bht"
    r"|subject|medical\s+card(?:\s+no)?|sin|ubrn|interpreter|personalausweis|ausweis|reisepass"
    # Canada's and central Europe's: "MCP 114 559 203 001", "AACP no. 3317", "r. č. 640512/1187"
    r"|mcp|ramq|nam|ohip|aacp|billing\s*(?:no|#)|r\.\s?č|rodn[eé]\s+č[ií]slo|emšo|emso|zzzs"
    r"|iban|clincard"
    # Canada's health cards and colleges: "health card 4532 281 947 KT", "CPSO 84412"
    r"|health\s+card|card(?:\s+ending(?:\s+in)?)?|cpso|cpsbc|cpsa|cmq|carte\s+soleil"
    # councils and registers elsewhere: Ireland's MCRN, India's state councils, Malaysia's MMC,
    # New Zealand's nursing council, South Africa's HPCSA; hospital and folder numbers
    r"|mcrn|tnmc|kmc|mmc|ncnz|hpcsa|sanc|smc|mci|reg\.?\s*no|hrn|folder(?:\s+no)?|mlc(?:\s+no)?"
    r"|ni\s+no|scid|cpn|c[ée]dula(?:\s+profissional)?|last\s?4|last\s+four(?:\s+digits)?"
    r"|performer(?:\s+no)?|share\s+code|s[ée]curit[ée]\s+sociale|tx(?=\s*[=:])"
    r"|hosp(?:\s*(?:no|number|#))?|medical\s+card(?:\s+no)?"
    # a laboratory's own number, a bank's branch, New Zealand's and Britain's other councils
    r"|lab(?=\s*(?:no|number|#|id)\b)|branch\s+code|dcnz|pcnz|gphc|goc"
    r"|serie|série|seriennummer|seriennr"  # "n. serie 0M0008X4J7K", "N° de série"
    # cases, incidents, scripts and custody: "case # 23CR-004417", "Case: SAAS 24 771093",
    # "Incident RM 2024/51207", "RiskMan RM 662018", "Script#448812", "Bkg# 2024-O04113",
    # "ADC # 278441", "Probation docket 2362CR001478", "MIN 483211", "Auth # HI24PA0091877"
    r"|case(?=\s*[:#])|incident(?=\s*(?:#|no\.?\s|number\s|[A-Z]{2,5}[ -]?\d))|riskman"
    r"|script(?=\s*[#:])|script\s+(?:no|number)|bkg|adc(?=\s*#)|docket|min(?=\s+\d{5,7}\b)"
    r"|auth(?=\s*[#:])|auth(?:ori[sz]ation)?\s+(?:no|number|code)"
)
# Cue (after a word boundary, or glued in capitals after a lower-case word), an optional
# "number"/"no."/"#", punctuation, then the code: letters, digits and inner - / . or a
# single space between digit groups ("2123 45670 1").
_CUE_CODE = re.compile(
    rf"(?:\b(?i:{_CUES})|(?<=[a-z])(?:MRN|URN|VIN|SN|IHI|DVA|TFN|NHS|ID))"
    # a word in brackets between: "CRN (mum) 417 203 661H", "Firearms licence (NT) FL 004812"
    r"(?:[ \t]+\([A-Za-z]{2,10}\)(?=[ \t]+[A-Z\d]))?"
    r"(?:\s*(?i:number|num|nos?\.?|#|id|code))?"
    r"(?:\s*(?i:is|was|of|on\s+file|ending(?:\s+in)?))?"
    # a separator, or straight on into capitals or digits ("chartMRN88213390")
    r"(?:\s*[:#=.-]?\s+|\s*[:#=.-]\s*|(?=[A-Z0-9])|[ \t]*\((?=\d{4,12}\)))"
    r"((?:[A-Z]{1,5} (?=\d))?[A-Za-z0-9](?:[A-Za-z0-9]|[-/._\u2013\u2014](?=[A-Za-z0-9])"
    r"|(?<=\d) (?=\d)(?!\d{4}-\d\d-\d\d|\d{1,2}:\d\d))*"  # not on into a date or a time
    # a plate's letters after its digits, "WX19 ABC" (not a field's key: "101-017 DOB")
    r"(?:(?<=\d) (?!(?:DOB|DOD|MRN|NHS|URN|UR|SEX|AGE)\b)[A-Z]{2,3}(?=[\s,.;:)]|$))?"
    r"(?:(?<=\d) [A-Z](?![\w-]| [a-z]))?)"  # a check letter after spaced digits: "QQ 12 34 56 C"
)
_CPN = re.compile(r"\d{2}[A-Z]{4}")
_DEVICE_CUE = re.compile(r"(?i)transmitter|tx|sensor|serial|sn|s/n|receiver|pump")
_MIXED = re.compile(r"(?=[A-Za-z0-9]*[A-Za-z])(?=[A-Za-z0-9]*\d)[A-Za-z0-9]+")  # letters and digits
_NHI = re.compile(r"(?i)[a-hj-np-z]{3}\d{2}[a-hj-np-z]{2}")  # New Zealand's new format: "ZBN77VL"
_POSTCODE_BEFORE = re.compile(r"(?i)\b(?:zip|postcode|post\s+code|postal\s+code)\b[^;,.]*$")
_YEAR = re.compile(r"(?:19|20)\d\d")
# "3.5-5.0", "0.45": values and their ranges; "00.481.236" (dots every three digits) is a code.
_DECIMAL = re.compile(r"\d+\.\d+(?:\s*[/-]\s*\d+\.\d+)?")


# Number plates after their cue in the locales' languages, spaced in any case: "rego 1xk 4rt",
# "Kennzeichen M-KV 4821", "reg.nr KLM 48B", "Matrícula do carro AB-12-CD".
_PLATE = re.compile(
    r"(?i:\b(?:rego|plate|placa|number\s+plate|licen[cs]e\s+plate|kennzeichen|reg\.?\s?nr\.?|regnr"
    r"|matr[ií]cula(?:\s+do\s+carro)?|immatriculation|targa|kenteken|nr\s+rej\.?"
    r"|registreringsnummer|(?-i:[A-Z]{2})\s+tag))"  # ("FL tag QRV K81": a US plate)
    r"\s*[:#.]?\s+\(?(?:[a-z]{4,}[ \t]+)?"  # ("matricula britanica WF68 ZTX", "plate (3CXZ 49)")
    r"(?:\([A-Z]{2,3}\)[ \t]+)?"  # (a province first: "plate (BC) RN8 42K")
    r"((?=[A-Za-z0-9 -]{0,12}\d)[A-Za-z0-9]{1,7}(?:[- ](?![a-z]+\b)[A-Za-z0-9]{1,4}){0,3})(?![\w-])"
)


# The makes seen most on the roads of our locales (their models are too many to list).
_CAR_MAKES = (
    *("toyota", "honda", "mazda", "ford", "holden", "nissan", "hyundai", "kia", "subaru"),
    *("mitsubishi", "volkswagen", "vw", "audi", "bmw", "mercedes", "tesla", "volvo", "skoda"),
    *("peugeot", "renault", "citro[eë]n", "fiat", "suzuki", "isuzu", "chevrolet", "chevy"),
    *("dodge", "jeep", "opel", "vauxhall", "dacia", "lexus", "byd"),
)
# Makes and models that are towns too ("Toyota", "Corolla", "Hilux"): beside a car, no place.
VEHICLE_WORDS = frozenset(
    [m for m in _CAR_MAKES if m.isalpha()]
    + ["citroen", "citroën", "corolla", "camry", "hilux", "navara", "hiace", "prado", "civic"]
    + ["landcruiser", "commodore", "triton", "tiida", "myvi", "astra", "yaris", "rav4"]
)
# A plate after the vehicle it is on, in capitals with letters and digits: "company ute
# 1HQT 447", "car 1NX 4QP", "Pkw FR-KS 482", "Vehicle 1HGT993", "drives silver astra NG17
# KXR".
# The plate after its vehicle; a state before it: "Corolla, CA 6FXR219", "Landcruiser (WA 1HQA
# 226)".
_PLATE_AFTER_VEHICLE = (
    # (its state before it: "car VIC AXT994", "(QLD 791 QWE)")
    rf"(?:(?<=,[ \t])[A-Z]{{2}}[ \t]+(?=\S*\d)|(?<=[(\s])(?:{AU_STATE_CODES})[ \t]+)?"
    # (a state is no plate: "drove from NSW 2 weeks ago")
    rf"((?!(?:{AU_STATE_CODES})\b)"
    # (India's in four parts: "RJ 14 PC 5521")
    r"(?=[A-Z0-9 -]{0,10}[A-Z])(?=[A-Z0-9 -]{0,10}\d)"
    r"[A-Z0-9]{1,7}(?:[- ](?!VIN\b)[A-Z0-9]{1,5}){0,3})"
    r"(?![\w-])"
)
_VEHICLE_PLATE = re.compile(
    r"(?i:\b(?:car|ute|truck|vehicle|pkw|kfz|motorbike|motorcycle|trailer|caravan|taxi"
    r"|drives|driving|drove|bike|scooter|ambulance|kereta|lorry|bakkie|fleet\s+vehicle|hilux"
    r"|tiida|myvi|corolla|camry|navara|hiace|ranger|pickup|suv|sedan|hatchback|wagon|moto"
    r"|voiture|auto|coche|carro|bil|landcruiser|land\s+cruiser|prado|commodore|triton"
    r"|camioneta|plakas\u0131|plaka|troopy|troop\s+carrier|4wd|4x4|land\s?rover|bus"
    # the heavy and the holiday vehicles: "prime mover 087 QZB", "campervan (1XY 2AB)"
    r"|prime\s+mover|road\s+train|b-double|tipper|semi|campervan|motorhome|atv))"
    r"(?:\s*[:#,]?\s+(?:[a-z]+:?[ \t]+){0,2}|[ \t]+\(|=)" + _PLATE_AFTER_VEHICLE
)
# A make and its model, then the plate in brackets: "Honda CR-V (WXN 442)" (a model's name
# takes a plate's shape too: "RAV4", "CX-5").
_MAKE_PLATE = re.compile(
    rf"(?i:\b(?:{'|'.join(_CAR_MAKES)}))[ \t]+(?:[A-Za-z0-9-]+[ \t]+){{1,2}}\("
    + _PLATE_AFTER_VEHICLE
)
_MAKE_PARTS = tuple(make.split("[")[0] for make in _CAR_MAKES)  # a gate

# Gates: every cue of _PLATE, and of _VEHICLE_PLATE, holds one of these.
_PLATE_CUE_PARTS = (
    *("reg", "plate", "placa", "kennzeichen", "matr", "targa", "kenteken", "rej", " tag"),
)
_VEHICLE_CUE_PARTS = (
    *("car", "ute", "truck", "vehicle", "pkw", "kfz", "bike", "motorcycle", "trailer", "taxi"),
    *("driv", "drove", "scooter", "ambulance", "kereta", "lorry", "bakkie", "hilux", "tiida"),
    *("myvi", "corolla", "camry", "navara", "hiace", "ranger", "voiture", "auto", "coche", "bil"),
    *("pickup", "suv", "sedan", "hatchback", "wagon", "moto", "cruiser", "prado", "commodore"),
    *("triton", "camioneta", "plaka", "troop", "4wd", "4x4", "rover", " bus", "mover", "train"),
    *("b-double", "tipper", "semi", "camper", "motorhome", "atv"),
)
# After a lower-case "van", only a plate's own shapes: "in van 4418 KTB", "(van CQX 918)",
# (not "van NL91 ABNA ..." in Dutch, nor "Van Dijk 45").
_VAN_PLATE = re.compile(
    r"(?<![\w-])van[ \t]+(?:[a-z]{3,}[ \t]+)?"  # ("van hospital KDA 8830")
    r"([A-Z]{1,3}[ -]?\d{1,4}[ -]?[A-Z]{0,3}|\d{1,4}[ -]?[A-Z]{2,3})(?![\w-]|[ \t][A-Z\d]{4})"
)
# Germany's and Austria's plates: district letters, a hyphen, letters and digits ("P-RK 4471",
# "B-MW 2040E"); no code of notes takes that shape
_DE_PLATE_SHAPE = re.compile(
    # (not a scale's or a test's name: "PHQ-A 19", "CK-MB 88", "MNA-SF 6", "CGI-S 5")
    r"(?<![\w-])(?!(?:PHQ|CK|MNA|CGI|GAD|NT|HbA|CD|IL|HER|PD|ST|EQ|SF|AIA)-)"
    r"[A-Z\u00c4\u00d6\u00dc]{1,3}-[A-Z]{1,2} \d{2,4}[EH]?(?![\w.-])"
)
# Victoria's and Western Australia's plate shapes, which no other code shares: "1XQ 8MN",
# "1HKT 552"; and an Australian aircraft's registration, "VH-MSZ" (an RFDS retrieval's)
_AU_PLATE_SHAPE = re.compile(
    r"(?<![\w-])(?:\d[A-Z]{2}[ -]?\d[A-Z]{2}|1[A-Z]{3}[ -]?\d{3}|VH-[A-Z]{3})(?![\w-])"
)
# An Australian plate with its state after it in brackets: "1HX 7QZ (VIC)"
_PLATE_STATE_AFTER = re.compile(
    r"(?<![\w-])((?=[A-Z\d ]{0,8}[A-Z])(?=[A-Z\d ]{0,8}\d)[A-Z\d]{2,4}[ -]?[A-Z\d]{2,4})"
    rf"[ \t]+\((?:{AU_STATE_CODES})\)"
)


# The last digits of a masked card or account: "carta **** 3392", "XXXX-XXXX-XXXX-1187"
_MASKED = re.compile(r"(?:(?:\*{2,}|[Xx]{3,4})[ -]?){1,3}\d{3,4}\b")


# A structured record's identifier fields: JSON '"transmitter_id":"8G4K2M"', HL7
# 'DEVICE_ID||MX800-DE44718822'.
_KEYED_CODE = re.compile(
    r'"[A-Za-z_]*(?i:id|_no|num|number|serial|sn|mrn|tpl|template|token)"[ \t]*:[ \t]*"'
    r'([A-Za-z0-9][\w./-]{2,40})"'
    r"|\b[A-Z_]*(?:_ID|SERIAL|_SN)\|\|([A-Za-z0-9][\w./-]{2,40})"
)


# Social and portal handles: "@jadey.ob_02", "u/nightwatch_marcus", and a login after its
# platform or cue: "posting on tiktok as sammi.r.xo", "MyChart (bnsato92)", "Login used:
# cwhitaker87". (A handle has a digit, a dot or an underscore: "@home" is a place.)
_HANDLE = re.compile(
    r"(?<![\w.@])@((?=[\w.]*[\d_.])[A-Za-z_][\w.]{1,28}[A-Za-z0-9_])(?![\w@])"
    r"|(?<![\w/])u/((?=[\w-]*[\d_])[A-Za-z0-9_][\w-]{2,19})\b"
)
# A forum's member name: "Posted by PollyPocket77", "by Gunny_Rick_0311 »", "Member:
# prairie_nana", and one that opens a post: "MayoMan1962 · 14-04-2024", "Elbkind_HH schrieb am".
_FORUM_HANDLE = re.compile(
    r"(?i:\b(?:posted[ \t]+by|member:?|by))[ \t]+"
    r"((?=[A-Za-z0-9_.]*(?:\d|_[A-Za-z0-9]))[A-Za-z][\w.]{2,29})\b"
    r"|(?m:^)[ \t]*((?=[A-Za-z0-9_]*(?:\d|_[A-Za-z0-9]))[A-Za-z][\w]{2,29})"
    r"[ \t]+(?:\u00b7|schrieb|wrote|posted|said|\u00bb)"
)
_LOGIN_CUES = (
    *("tiktok", "instagram", "insta", "snapchat", "twitter", "facebook", "discord", "reddit"),
    *("youtube", "threads", "login", "log-in", "username", "user name", "handle", "mychart"),
    *("portal", "wechat", "kakao", "kakaotalk", "whatsapp", "telegram", "account"),
    # staff accounts in printouts and messaging: "Printed by user mtaylor2", "EDI sumaliww2"
    *("user", "clerk", "agent", "operator", "edi"),
    # "user" and "portal" in the locales' languages: "identifiant portail patient :
    # aminata.diallo.1989", "uživatel rsimek68"
    *("portail", "identifiant", "utilisateur", "benutzer", "benutzername", "gebruiker"),
    *("gebruikersnaam", "usuario", "uživatel", "użytkownik", "käyttäjä", "kullan\u0131c\u0131"),
)
_LOGIN_AFTER_CUE = re.compile(
    rf"(?i:\b(?:{'|'.join(re.escape(c) for c in _LOGIN_CUES)})\b)"
    # right after the cue ("WeChat chenjie_sz88"), or a few words on after "as", ":", "(" or a
    # quote ("posting on tiktok as sammi.r.xo", "Login used: cwhitaker87")
    r"(?:[ \t]+|[^\n:()]{0,30}?(?:\bas\b|\bis\b|:|\(|['\"\u2018\u201c])[ \t]*)@?"
    # (a digit, or a dot or underscore inside the handle: not "tear." after "bucket-handle")
    r"(?<![\w.])((?=[a-z0-9._]*(?:\d|[_.][a-z0-9]))[a-z][a-z0-9._]{2,29}[a-z0-9]"
    r"|(?-i:(?=[A-Z0-9]*\d)[A-Z][A-Z0-9]{3,15}))"  # ("myGov username RF4471X2")
    r"\b(?![.@-]\w)"
)

# After a messaging address's or a form's login label, letters alone are an account too:
# "HealthLink EDI sumaliww", "Clerk: jwinters", "username: kmorris"
_STAFF_LOGIN_CUES = (" edi ", "\nedi ", "clerk:", "user:", "username:", "login:", "user id:")
_STAFF_LOGIN = re.compile(
    r"(?i:\bedi\b|\bclerk:|\buser(?:name|[ \t]?id)?:|\blogin:)[ \t]*([a-z]{5,12})"
    r"(?=[ \t]*(?:[;|,)\n]|$|\.(?:\s|$)))"  # (a field's end: not "EDI messaging works")
)
_NOT_LOGINS = frozenset(
    "admin administrator system guest unknown none null test root service nurse clinic "  # noqa: SIM905
    "reception staff patient doctor pending".split()
)

# Identity numbers whose shape no other number has: Mexico's CURP ("FOCX961104MJCLSM08") and
# voter key ("FLCSXM96110414M700"), the Czech and Slovak birth number ("720305/0419"), Korean
# plates ("12가 3456"), Brazil's CPF ("047.318.226-50"), Chile's RUT ("9.874.312-K") and
# Belgium's national number ("50.06.17-224.61").
_CEDULA = re.compile(r"(?<=\bCC )\d{1,3}(?:\.\d{3}){2}\b(?!\.\d)")  # Colombia's: "CC 52.874.331"
_SHAPED_IDS = re.compile(
    # (every reading starts with a capital or a digit: the lookahead skips the rest quickly)
    r"(?=[A-Z\d])(?:\b[A-Z]{4}\d{6}[HM][A-Z]{5}[A-Z0-9]\d\b|\b[A-Z]{6}\d{8}[HM]\d{3}\b"
    r"|\b\d{2}[0156]\d[0-3]\d/\d{3,4}\b|\b\d{2,3}[\uac00-\ud7a3][ \t]?\d{4}\b"
    r"|(?<![\d.])\d{3}\.\d{3}\.\d{3}-\d{2}\b|(?<![\d.])\d{1,2}\.\d{3}\.\d{3}-[\dkK]\b"
    r"|(?<![\d.])\d{2}\.\d{2}\.\d{2}-\d{3}\.\d{2}\b"
    r"|\bR_[A-Za-z0-9]{15}\b"  # a survey platform's response ID: "R_1xQbN82hLp0sVc4"
    r"|\bURN:UVCI:[A-Z\d:/]+(?:#[A-Z\d])?"  # an EU vaccination certificate's own identifier
    # a British plate in today's format: "SN19 KWT", "DY19 OKM"
    r"|\b[A-Z]{2}\d{2}[ ]?(?!(?:BPM|PRN|BID|TDS|QID|MAP|GCS)\b)[A-Z]{3}\b)"
)
# Hong Kong's identity card: one or two letters, six digits and the check digit in brackets,
# "D 882014(0)", "G318227(A)": the bracketed check digit is a shape no other number has.
_HKID = re.compile(r"\b[A-Z]{1,2}[ \t]?\d{6}[ \t]?\([0-9A]\)")


# A number by its label, as European records print one: a word glued to "Nr." ("Patienten-Nr.
# 50.218.374", "patiëntnr. 3.042.918", "Seriennr. 2318A0472"), or "N°", "N.", "Nr", "No:" and the
# words that say what of ("N° d'examen : 24H07382", "N. nosologico 2024/018273", "Nr księgi
# głównej: 2024/04812", "Takip No: 3KD8P2X"); the code holds three digits or more.
_NUMBER_LABEL = re.compile(
    r"(?:\b([^\W\d_]{2,})\.?-?(?:Nr|nr)\b\.?"
    r"|\b(?:N[°º.]|n[°º]|Nº|nº|Nr\b\.?|nr\.|No[.:]|NO[.:]|no[.:])"
    r"((?:[ \t]+(?![A-Z\d]*\d)[^\W\d][\w'\u2019]*){0,3}))"
    r"[ \t]*[:.]?[ \t]*(?<![\w./-])"
    r"((?:[A-Z]{1,5} (?=\d))?[A-Za-z0-9]+(?:[./-][A-Za-z0-9]+|(?<=[A-Z0-9]) \d+)*)(?![\w/-])"
)
# A house number after its street: "Jl. Cihampelas No. 118", "Şehitleri Cad. No:104".
_STREET_BEFORE = re.compile(
    r"(?i)\b(?:jl|jln|jalan|cad|cd|caddesi|sok|sk|sokak|mah|mahallesi|bulvar[\u0131i]|street|st|road"
    r"|rd|avenue|ave|rue|via|calle|rua)\.?[ \t]+(?:[^\W\d][\w'-]*[ \t]+){0,3}$"
)
_NAME_BEFORE_INITIAL = re.compile(r"[A-Z][a-z]+ $")  # "Erin N. Porter": an initial, no label
_PHONE_BEFORE = re.compile(
    r"(?i)\b(?:fax|phone|tel|callback|call\s+back|mobile|mob|cell|pager)\W*$"
)
_NUMBER_LABEL_GATE = ("Nr", "nr", "N.", "N°", "n°", "Nº", "nº", "No", "NO", "no.", "no:")
# Numbers of things, not people: rooms, beds, phones, batches and articles.
_NOT_NUMBER_LABELS = frozenset(
    "tel telefon telefoon fax handy mobil zimmer zi bett haus raum kamer art artikel lot lotto "  # noqa: SIM905
    "lote chargen charge batch bestell pzn lieferschein".split()
)


def _labelled_numbers(text: str) -> Iterator[Span]:
    for m in _NUMBER_LABEL.finditer(text):
        code, before = m.group(3), text[max(0, m.start() - 40) : m.start()]
        words = [*before.lower().split()[-1:], *(m.group(1) or m.group(2) or "").lower().split()]
        if any(w.strip(".,:;").removesuffix("nr") in _NOT_NUMBER_LABELS for w in words):
            continue  # "lot no. 4471", "Chargen-Nr. 4821A": a batch, not a person's
        if (
            sum(ch.isdigit() for ch in code) < 3
            or _DECIMAL.fullmatch(code)
            or _YEAR.fullmatch(code)
        ):
            continue
        if _PHONE_BEFORE.search(before) or _STREET_BEFORE.search(before):
            continue  # "Fax no. 0161 496 0123", "Jl. Cihampelas No. 118": other rules'
        if m.group().startswith("N.") and _NAME_BEFORE_INITIAL.search(before):
            continue
        yield m.start(3), m.end(3), "ID"


# A code read out in groups of four, each of letters and digits: an e-prescription's "3GKW
# 8R7V 9HNE", a booking's "4KRM-7QXT-2PWA", "7Q4K-29XB". (A rule of its own, ranked below
# IBANs, whose groups look the same.)
MIXED_GROUPS = re.compile(
    r"(?<![\w-])(?=[A-Z\d]{0,3}\d)(?=[A-Z\d]{0,3}[A-Z])[A-Z\d]{4}"
    r"(?:[ -](?=[A-Z\d]{0,3}\d)(?=[A-Z\d]{0,3}[A-Z])[A-Z\d]{4}){1,5}(?![\w-])"
)


# A card's or an account's last digits: "Visa ending 4417", "checking ending in 0921".
_ENDING = re.compile(
    r"(?i:\bending(?:[ \t]+in)?|\blast[ \t]+(?:4|four)(?:[ \t]+digits)?)[ \t:]+"
    r"(?!(?:19|20)\d\d\b)(\d{4})\b"
)
# A document named for its scan of an identity card: "battle_dl_scan.pdf".
_SCANNED_DOCUMENT = re.compile(
    r"(?<![\w/.-])[\w-]*[_-](?:scan|photo|id|dl|passport|licen[cs]e)(?:[_-][\w-]*)?\.(?i:pdf|tiff?)\b"
)


# An officer's badge or collar number after their rank and name: "Ofc. R. Delgado #41187",
# "PC Hollie Brand 4471EK", "S/C D. Ferris #38817", "Sgt Moana Tipene (2786)".
_BADGE = re.compile(
    r"\b(?:Ofc|Officer|Sgt|Sergeant|PC|DC|Det|Detective|Const|Constable|S/C|Cpl|Tpr|Trooper|Dep"
    r"|Deputy|Insp|Garda)\.?[ \t]+(?:[A-Z]\.?[ \t]+)?[A-Z][a-z'\u2019-]+"
    r"(?:[ \t][A-Z][a-z'\u2019-]+)?,?[ \t]+(?:#[ \t]?|\(|badge[ \t]+|no\.?[ \t]+)?"
    r"(\d{3,6}[A-Z]{0,2})\b"
)
_BADGE_PARTS = (
    *("Ofc", "Officer", "Sgt", "Sergeant", "PC", "DC", "Det", "Const", "S/C", "Cpl", "Tpr"),
    *("Trooper", "Dep", "Insp", "Garda"),
)


def cued_ids(text: str) -> Iterator[Span]:
    """Codes announced by a cue word, whatever their case or spacing."""
    for badge in _BADGE.finditer(text) if holds(text, _BADGE_PARTS) else ():
        yield badge.start(1), badge.end(1), "ID"
    for keyed in _KEYED_CODE.finditer(text) if ('"' in text or "||" in text) else ():
        group = 1 if keyed.group(1) else 2
        if any(ch.isdigit() for ch in keyed.group(group)):
            yield keyed.start(group), keyed.end(group), "ID"
    yield from _labelled_numbers(text) if holds(text, _NUMBER_LABEL_GATE) else ()
    for shaped in _SHAPED_IDS.finditer(text):
        yield shaped.start(), shaped.end(), "ID"
    for cedula in _CEDULA.finditer(text) if "CC " in text else ():
        yield cedula.start(), cedula.end(), "ID"
    for ending in _ENDING.finditer(text) if holds_any_case(text, ("ending", "last")) else ():
        yield ending.start(1), ending.end(1), "ID"
    for scanned in _SCANNED_DOCUMENT.finditer(text) if "." in text else ():
        yield scanned.start(), scanned.end(), "ID"
    for hkid in _HKID.finditer(text) if "(" in text else ():
        yield hkid.start(), hkid.end(), "ID"
    for handle in _HANDLE.finditer(text) if ("@" in text or "u/" in text) else ():
        group = 1 if handle.group(1) else 2
        yield handle.start(group), handle.end(group), "ID"
    for spaced in _SPACED_CODE.finditer(text):
        if "." in spaced.group():
            yield spaced.start(), spaced.end(), "IP"
        elif not spaced.group()[0].isdigit() or _cued(text, spaced.start()):
            # (digits alone spaced out are a list unless a cue names them: "MRN 7 7 0 4 1 9 2")
            yield spaced.start(), spaced.end(), "ID"
    for upi in _UPI.finditer(text) if "@" in text else ():
        yield upi.start(), upi.end(), "ID"
    for forum in _FORUM_HANDLE.finditer(text):
        group = 1 if forum.group(1) else 2
        yield forum.start(group), forum.end(group), "ID"
    for login in _LOGIN_AFTER_CUE.finditer(text) if holds_any_case(text, _LOGIN_CUES) else ():
        yield login.start(1), login.end(1), "ID"
    for login in _STAFF_LOGIN.finditer(text) if holds_any_case(text, _STAFF_LOGIN_CUES) else ():
        if login.group(1).lower() not in _NOT_LOGINS:
            yield login.start(1), login.end(1), "ID"
    for masked in _MASKED.finditer(text) if ("*" in text or "XX" in text or "xx" in text) else ():
        yield masked.start(), masked.end(), "ID"
    for plate in _PLATE.finditer(text) if holds_any_case(text, _PLATE_CUE_PARTS) else ():
        code = plate.group(1)
        if any(ch.isupper() for ch in code):  # "rego YQT 52K per police": not "per"
            code = re.sub(r"(?:[- ][a-z]+)+$", "", code)
        yield plate.start(1), plate.start(1) + len(code), "ID"
    for plate in _AU_PLATE_SHAPE.finditer(text):
        yield plate.start(), plate.end(), "ID"
    for plate in _DE_PLATE_SHAPE.finditer(text) if "-" in text else ():
        yield plate.start(), plate.end(), "ID"
    for plate in _VAN_PLATE.finditer(text) if "van " in text else ():
        yield plate.start(1), plate.end(1), "ID"
    for plate in _PLATE_STATE_AFTER.finditer(text) if "(" in text else ():
        yield plate.start(1), plate.end(1), "ID"
    vehicle = holds_any_case(text, _VEHICLE_CUE_PARTS)
    for plate in _VEHICLE_PLATE.finditer(text) if vehicle else ():
        if sum(ch.isalnum() for ch in plate.group(1)) >= 4:
            yield plate.start(1), plate.end(1), "ID"
    made = "(" in text and holds_any_case(text, _MAKE_PARTS)
    for plate in _MAKE_PLATE.finditer(text) if made else ():
        if sum(ch.isalnum() for ch in plate.group(1)) >= 4:
            yield plate.start(1), plate.end(1), "ID"
    pos = 0
    for start in _cue_starts(text):
        if start < pos or not (m := _CUE_CODE.match(text, start)):
            continue
        # A rejected code may itself be a cue: "voiceprint template VP-88231".
        pos = m.start(1) if m.start(1) > m.start() else m.end()
        code = m.group(1).rstrip(".-/")
        digits = sum(ch.isdigit() for ch in code)
        if digits == 0 or len(code) < 3 or _DECIMAL.fullmatch(code):
            continue
        if _POSTCODE_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            continue  # "the ZIP on the chart is 02139": a postcode, the address rule's
        pos = m.end()
        if len(code) == 4 and _YEAR.fullmatch(code) and not re.match(r"(?i)mrn|urn|ur", m.group()):
            continue  # "chart review 2024": a year, not a record number
        if digits < 3 and not (
            re.match(r"(?i)plate|reg|number|licen|booking|confirmation|key|naati", m.group())
            # New Zealand's practitioner code: "HPI CPN 70HBWZ"
            or (re.match(r"(?i)cpn|hpi", m.group()) and _CPN.fullmatch(code))
            or (re.match(r"(?i)nhi", m.group()) and _NHI.fullmatch(code))
            # a device's short code of letters and digits: "transmitter 8JQ2XL", "tx=8GX4TQ"
            or (_DEVICE_CUE.match(m.group()) and len(code) >= 5 and _MIXED.fullmatch(code))
        ):
            continue
        yield m.start(1), m.start(1) + len(code), "ID"
        yield from _listed_codes(text, m.start(1) + len(code), code)
        wrapped = _WRAPPED.match(text, m.start(1) + len(code))
        if wrapped and (
            m.group(1).endswith("-") or wrapped.group(2) or _completes(m.group(), code, wrapped)
        ):
            yield wrapped.start(1), wrapped.end(1), "ID"  # "MRN 30017-\n882": a label's wrap


def _cue_alternatives() -> list[str]:
    """The top-level alternatives of _CUES."""
    alternatives, depth, current = [], 0, ""
    for ch in _CUES:
        depth += {"(": 1, ")": -1}.get(ch, 0)
        if ch == "|" and depth == 0:
            alternatives.append(current)
            current = ""
        else:
            current += ch
    return [*alternatives, current]


# Where a cue can start, to try the 200-way cue alternation only there (tried at every word
# boundary it cost more than all the other identifier rules together): a word whose letters
# begin with a cue's first letters ("licen" for "licence", "plate" for "plates?"), the codes
# glued after a lower-case word ("chartMRN"), and exported keys ("record_id").
_CUE_HEADS = sorted(
    {m.group() for a in _cue_alternatives() if (m := re.match(r"[^\W\d_]+", a))}
    | {"white", "gold", "orange", "box", "plate", "cedula", "cédula", "sécurité", "securite"}
    | {"sep"}  # ("SEP" in capitals only, so its alternative opens with a bracket)
)
# (A one-letter head starts "a/c", "s/n", "r. č": only the letter alone.)
_CUE_PREFIXES = tuple(h for h in _CUE_HEADS if len(h) > 1)
_CUE_WORDS_EXACT = frozenset(h for h in _CUE_HEADS if len(h) == 1)
_GLUED_CUE = re.compile(r"(?<=[a-z])(?:MRN|URN|VIN|SN|IHI|DVA|TFN|NHS|ID)|\b[a-z]+_[a-z]")


def _cue_starts(text: str) -> list[int]:
    starts = [m.start() for m in _GLUED_CUE.finditer(text)]
    for m in WORD_START.finditer(text):
        low = m.group().lower()
        if low in _CUE_WORDS_EXACT or low.startswith(_CUE_PREFIXES):
            starts.append(m.start())
    return sorted(set(starts))


# A code's rest on the next line: after a hyphen, or a few digits alone before a bracket
# or the line's end ("NHS no 943 476\n5919 (label printer wrapped)").
# Numbers whose length their scheme fixes, by the cue's first word: a code shorter than its
# scheme that the next line completes is one number wrapped ("NHS 450 557\n7104").
_SCHEME_DIGITS = {"nhs": (10,), "chi": (10,), "medicare": (10, 11), "ihi": (16,), "tfn": (8, 9)}


def _completes(cue: str, code: str, wrapped: re.Match[str]) -> bool:
    lengths = _SCHEME_DIGITS.get(cue.split()[0].lower().rstrip(":#"), ())
    digits = sum(ch.isdigit() for ch in code)
    return digits not in lengths and digits + len(re.sub(r"\D", "", wrapped.group(1))) in lengths


_WRAPPED = re.compile(r"-?[ \t]*\n[ \t]*(\d[\dA-Z]{1,7}(?:[ -]\d{1,4})?)(?![\w/.:-])(\s*[(\n]|$)?")
# The codes listed after one cue: "serial L 2319A44871, R 2319A44872", "MRN 4471 and 4472".
_NEXT_CODE = re.compile(
    r"(?:,|\s+(?:and|&|/))\s+(?:[A-Za-z]{1,2}\s*[:=]?\s+)?([A-Za-z0-9][A-Za-z0-9-]*[A-Za-z0-9])"
    r"(?![\w-])"
)


def _listed_codes(text: str, end: int, code: str) -> Iterator[Span]:
    """Codes of the first one's shape that follow it in a list."""
    code = code.split()[-1]  # "L 2319A44871": the side, then the code
    while (m := _NEXT_CODE.match(text, end)) and abs(len(m.group(1)) - len(code)) <= 1:
        if sum(ch.isdigit() for ch in m.group(1)) < 3 or _DECIMAL.fullmatch(m.group(1)):
            return
        yield m.start(1), m.end(1), "ID"
        end = m.end(1)


# Digit groups joined by single separators, the shapes national numbers are printed in.
_DIGIT_RUN = re.compile(r"(?<![\w./-])\d+(?:[ .-]\d+){0,5}(?![\w-]|\.\d)")
_DATE_FIRST = re.compile(DATE_SHAPE.pattern + r"(?![\d./-])")
_PHONE_GROUPS = re.compile(r"\d{3}[ .-]\d{3}[ .-]\d{4}")  # 415-555-0199: a phone's grouping
_SSN_ANY = re.compile(r"(?<![\w.-])\d{3}([ .\u2013\u2014-]?)\d{2}\1\d{4}(?![\w-]|\.\d)")
_DVA = re.compile(r"\b[NVQWST](?:X|SS|SM|SR|[A-Z]{1,2}) ?\d{4,6}[A-Z]?\b")
_PROVIDER = re.compile(r"\b\d{5,6}[0-9A-HJ-NP-RT-Y][A-Z]\b")
_IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b")
_VIN = re.compile(r"\b[A-HJ-NPR-Z0-9]{17}\b")
_VIN_SERIAL = re.compile(r"[A-HJ-NPR-Z][A-HJ-NPR-Z0-9]{11}\d{5}")

# Identifiers of other locales, found by their shape and, where they have one, their check.
_SHAPED: list[tuple[str, re.Pattern[str], Callable[[str], bool] | None]] = [
    # UK National Insurance number: "QQ 12 34 56 C"
    (
        "nino",
        re.compile(r"\b[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b"),
        None,
    ),
    # Italian codice fiscale: "RSSMRA85T10A562S"
    ("codice_fiscale", re.compile(r"\b[A-Z]{6}\d{2}[A-EHLMPR-T]\d{2}[A-Z]\d{3}[A-Z]\b"), None),
    ("dni", re.compile(r"\b[XYZ]?\d{7,8}-?[A-Z]\b"), cs.dni_valid),
    ("pesel", re.compile(r"\b\d{11}\b"), cs.pesel_valid),
    ("hetu", re.compile(r"\b\d{6}[-+A]\d{3}[0-9A-Y]\b"), cs.hetu_valid),
    (
        "nir",
        re.compile(r"\b[12] ?\d{2} ?\d{2} ?(?:\d{2}|2[AB]) ?\d{3} ?\d{3} ?\d{2}\b"),
        cs.nir_valid,
    ),
    # Swedish personnummer, Danish CPR, Norwegian fødselsnummer: "850709-1234"
    ("nordic", re.compile(r"\b(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])\d{2}[-+]\d{4}\b"), None),
    (
        "nordic",
        re.compile(r"\b(?:19|20)?\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])[-+]\d{4}\b"),
        None,
    ),
]
# Ireland's PPS number, India's Aadhaar and PAN, Singapore's NRIC/FIN, Malaysia's MyKad,
# South Africa's ID number: "7345612TA", "4821 7730 9156", "AKDPR4471K", "S2218354C",
# "850312-14-5567", "9605125834082"
_SHAPED += [
    ("ppsn", re.compile(r"\b\d{7}[A-W][A-IW]?\b"), cs.ppsn_valid),
    # (one separator throughout, and not a date's year: "12/03/2024 0900-0930" is a time range)
    (
        "aadhaar",
        re.compile(r"(?<![\d/.-])(?<!\d[ -])[2-9]\d{3}(?: \d{4} \d{4}|-\d{4}-\d{4})(?![ -]?\d)"),
        None,
    ),
    ("pan", re.compile(r"\b[A-Z]{3}[PCHFATBLJG][A-Z]\d{4}[A-Z]\b"), None),
    ("nric", re.compile(r"\b[STFGM]\d{7}[A-Z]\b"), None),
    ("mykad", re.compile(r"(?<![\d-])\d{2}(?:0[1-9]|1[0-2])[0-3]\d-\d{2}-\d{4}(?![\d-])"), None),
    ("sa_id", re.compile(r"(?<!\d)\d{13}(?!\d)"), cs.sa_id_valid),
    # India's number plates: state, district, series, number ("TN 11 AK 4417", "KA53G0788")
    ("in_plate", re.compile(r"\b[A-Z]{2}[ -]?\d{1,2}[ -]?[A-Z]{1,3}[ -]?\d{4}\b"), None),
]
# MAC addresses: "00:1A:2B:3C:4D:5E", "00-1a-2b-3c-4d-5e"
_MAC = re.compile(r"\b[0-9A-Fa-f]{2}([:-])(?:[0-9A-Fa-f]{2}\1){4}[0-9A-Fa-f]{2}\b")
# Unique device identifiers, whole: GS1 ("(01)00884838047983(17)251231(10)A1234", the
# application identifiers bracketed or not) and HIBCC ("+H123PUMP45671/$$3251231A1B2C").
_UDI = re.compile(
    r"\(01\)\d{14}(?:\(\d{2,4}\)[A-Za-z0-9./-]{1,20})*"
    r"|\b01\d{14}(?:1[17]\d{6})?(?:10|21)[A-Za-z0-9-]{1,20}\b"
    r"|\+[A-Z]\d{3}[A-Z0-9]{2,18}(?:/[$+%A-Z0-9]{2,30})?(?![\w/])"
)

_CHECKS: dict[str, Callable[[str], bool]] = {
    "ihi": cs.ihi_valid,
    "medicare": cs.medicare_valid,
    "nhs": cs.nhs_valid,
    "abn": cs.abn_valid,
    "tfn": cs.tfn_valid,
}


class NationalIds:
    """National identifiers of the configured families, found by checksum or shape."""

    def __init__(self, families: Sequence[str]) -> None:
        self.families = frozenset(families)
        self.checks = [check for name, check in _CHECKS.items() if name in self.families]
        self.shaped = [(p, check) for family, p, check in _SHAPED if family in self.families]
        # One scan says whether any shape is there at all (few texts hold one): a text
        # without one skips the per-family scans, each of which costs a pass over the text.
        self.any_shape = re.compile(
            "(?=[A-Za-z0-9])(?:" + "|".join(f"(?:{p.pattern})" for p, _ in self.shaped) + ")"
        )

    def __call__(self, text: str) -> Iterator[Span]:
        if self.checks:
            for m in _DIGIT_RUN.finditer(text):
                yield from self._checked(text, m)
        if "ssn" in self.families:
            for m in _SSN_ANY.finditer(text):
                if (m.group(1) or _cued(text, m.start())) and cs.ssn_valid(m.group()):
                    yield m.start(), m.end(), "ID"
        if "dva" in self.families:
            for m in _DVA.finditer(text):
                yield m.start(), m.end(), "ID"
        if "provider" in self.families:
            for m in _PROVIDER.finditer(text):
                if cs.provider_valid(m.group()):
                    yield m.start(), m.end(), "ID"
        for m in _IBAN.finditer(text):
            if cs.iban_valid(m.group()):
                yield m.start(), m.end(), "ID"
        for pattern, check in self.shaped if self.any_shape.search(text) else ():
            for m in pattern.finditer(text):
                if check is None or check(m.group()):
                    yield m.start(), m.end(), "ID"
        for m in _MAC.finditer(text):  # device identifiers, whatever the locale
            yield m.start(), m.end(), "ID"
        for m in _VIN.finditer(text):
            # Europe's VINs carry no check digit ("WVWZZZ1KZ6W112345"): the shape then, letters
            # and a serial of five digits at its end
            if cs.vin_valid(m.group()) or (
                _VIN_SERIAL.fullmatch(m.group()) and sum(c.isalpha() for c in m.group()) >= 3
            ):
                yield m.start(), m.end(), "ID"

    def _checked(self, text: str, m: re.Match[str]) -> Iterator[Span]:
        value = m.group()
        digits = cs.digits_of(value)
        # (a date, or a date and the hour after it: "2024-04-11 03:14")
        if not 8 <= len(digits) <= 16 or _DATE_FIRST.match(value):
            return
        # A number written like a phone (leading 0 or +, or after an area code in brackets:
        # "(03) 9311 4826") is left to the phone rule.
        area_code = _AREA_CODE_BEFORE.search(text, max(0, m.start() - 8), m.start())
        phone_like = digits[0] == "0" or _PHONE_GROUPS.fullmatch(value) or area_code
        if phone_like and not _cued(text, m.start()):
            return
        if any(check(digits) for check in self.checks):
            yield m.start(), m.end(), "ID"


_AREA_CODE_BEFORE = re.compile(r"(?:\(\d{1,4}\)|\+\d{1,3})\s?$")
_ANY_CUE = re.compile(rf"(?i)\b(?:{_CUES})\b\W{{0,4}}(?:no\.?|number|#)?\W{{0,3}}$")


def _cued(text: str, start: int) -> bool:
    return bool(_ANY_CUE.search(text[max(0, start - 30) : start]))


# (A path's folders are not kept apart: "/data/retina/2024/PX0451_OD.png" goes whole; and
# 3D face scans, "okoye_c_face_01.obj", count as photographs.)
_MEDIA_EXTENSION = (
    r"\.(?i:jpe?g|png|gif|bmp|tiff?|dcm|dicom|heic|webp|raw|nii|mp4|mov|avi|wav|mp3|obj|stl|ply"
    r"|edf"  # (a sleep study's recording is named for its patient: "ox_brown_p_12-04.edf")
    r"|tmpl|wsq|fmr|xyt|bir)\b"  # (a fingerprint's template: "fp_tbranagan_R2.tmpl")
)
_MEDIA = re.compile(
    rf"(?<![\w/.-])/?(?:[\w-]+/)*[\w][\w.+-]*{_MEDIA_EXTENSION}"
    # a phone's own names, spaces and all: "WhatsApp Image 2024-04-19 at 10.12.44.jpeg"
    r"|(?:WhatsApp (?:Image|Video)|Screenshot|Screen Shot|Photo) \d{4}-\d{2}-\d{2} at "
    rf"\d{{1,2}}\.\d{{2}}\.\d{{2}}(?: [AP]M)?(?: \(\d+\))?{_MEDIA_EXTENSION}"
)
# (A gate: it starts with the dot, so ``re`` jumps from dot to dot.)
_MEDIA_GATE = re.compile(_MEDIA_EXTENSION)


def device_ids(text: str) -> Iterator[Span]:
    """Whole unique device identifiers; they run before the cued codes, which would stop at
    the first bracket of "UDI (01)00884838012349(17)270630(10)H84210"."""
    for m in _UDI.finditer(text):
        yield m.start(), m.end(), "ID"


# A document filed under a number: "ur_5503812_dc.pdf", "scan-20240311-448120.docx".
DOCUMENT_TYPES = r"pdf|docx?|xlsx?|csv|txt|xml|json|zip|rtf"  # a document's extensions
_NUMBERED_FILE = re.compile(rf"(?<![\w.-])[\w-]*\d{{5,}}[\w.-]*\.(?i:{DOCUMENT_TYPES})\b")
# A home folder names its user: "/home/rwhite/exports", "C:\\Users\\kmorgan\\Desktop".
_HOME_FOLDER = re.compile(r"(?:/home/|/Users/|\\Users\\)([A-Za-z][\w.-]{1,30})(?=[/\\])")
# Characters spelled out one by one, and an address written with spaced dots: "M R N 7 7 0 4
# 1 9 2", "s/n: M L 8 8 1 2 0 4 3 H", "203 . 0 . 113 . 47".
_SPACED_CODE = re.compile(
    r"(?<![\w])(?=(?:[A-Z0-9] ){2,}(?:[A-Z] )*\d(?: [A-Z0-9])*)(?:[A-Z0-9] ){5,}[A-Z0-9](?![\w])"
    r"|(?<![\d.])\d{1,3}(?: \. \d{1,3}){3}(?![\d.])"
)
# India's UPI payment addresses: "priyanair83@okhdfcbank".
# India's payment handles and ABHA addresses: "sunitameena71@okaxis", "murugesanp@abdm".
_UPI = re.compile(
    r"\b[\w.-]{3,}@(?:ok(?:hdfc|icici|sbi|axis)(?:bank)?|ybl|paytm|upi|apl|ibl|axl|abdm|sbi|icici"
    r"|hdfcbank|axisbank|kotak|pnb|barodampay|aubank|fbl|yapl|airtel|jio)\b(?!\.\w)"
)


_DOCUMENT_GATE = re.compile(rf"\.(?i:{DOCUMENT_TYPES})\b")  # (dot first)


def media_files(text: str) -> Iterator[Span]:
    """Photo, scan and recording file names: their names carry a person or an ID."""
    for m in _NUMBERED_FILE.finditer(text) if _DOCUMENT_GATE.search(text) else ():
        yield m.start(), m.end(), "ID"
    for m in _HOME_FOLDER.finditer(text) if "Users" in text or "/home/" in text else ():
        yield m.start(1), m.end(1), "ID"
    for m in _MEDIA.finditer(text) if _MEDIA_GATE.search(text) else ():
        stem = m.group().rsplit(".", 1)[0].rsplit("/", 1)[-1]
        if len(stem) >= 3:
            yield m.start(), m.end(), "ID"
