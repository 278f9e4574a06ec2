"""Named facilities (hospitals, practices, aged-care homes) are places: LOCATION.

``Royal Prince Alfred Hospital``, ``Bayside Medical Centre``, ``Wattle Grove RACF``:
the name and the facility word together identify where a patient was, so the
whole name is redacted. In lower-case notes (``gp: dr wong, wattle grove
hospital``) the words before the facility word count only when they are not
generic ("the local hospital", "a private hospital" name nothing).
"""

# ruff: noqa: RUF001, RUF003 - Turkish writes a dotless i

from __future__ import annotations

import re
from collections.abc import Iterator

from mlgate.redaction.gates import holds

__all__ = ["ORGANISATION_BEFORE_TOWN", "facilities"]

Span = tuple[int, int, str]

_KINDS = (
    r"Private\s+Hospital|Base\s+Hospital|District\s+Hospital|Hospitals|Hospital"
    r"|Medical\s+Cent(?:re|er)"
    r"|Family\s+Practice|Medical\s+Practice|General\s+Practice|Residential\s+Care|RACF"
    r"|Aged\s+Care|Health\s+Services?|Health\s+(?:Care\s+)?Cent(?:re|er)|Community\s+Health"
    r"|Nursing\s+and\s+Rehabilitation(?:\s+Cent(?:re|er))?|Nursing\s+Home|Care\s+Home|Clinic"
    r"|Day\s+Surgery|Specialist\s+Cent(?:re|er)"
    r"|Rehabilitation\s+Cent(?:re|er)|Hospice|Pharmacy|Chemist|Medical\s+Group"
    r"|Retirement\s+Village|Lodge|Manor|(?:General\s+)?Infirmary|Senior\s+Living|Care\s+Community"
    r"|Family\s+Doctors|Medical\s+Clinic|Diabetes\s+Cent(?:re|er)|Cancer\s+Cent(?:re|er)"
    r"|Secondary\s+College|High\s+School|Primary\s+School|Institute|Family\s+Medical"
    r"|Children's(?:\s+Hospital)?|Primary|Grammar|University|Racecourse|Physio(?:therapy)?\s+Cent(?:re|er)"
    r"|House(?=\s+[A-Z][a-z]+)|Rest\s+Home|Cent(?:re|er)|Centrum|Steelworks|Drug|Drugs"
    r"|Shire(?:\s+Council)?|City\s+Council|Regional\s+Council|District\s+Council"
    r"|Skilled\s+Nursing\s+Facility|Nursing\s+Facility|Care\s+Facility|Gasthuis"
    r"|Assisted\s+Living|Health\s+System|Associates|Group\s+Practice|Research\s+Facility"
    r"|Village|Co-operative|Cooperative|District\s+Health|Elementary|CBOC|VAMC"
    # schools and campuses: "Sarina State School", "Southern Cross Campus"
    r"|State\s+School|Public\s+School|Secondary\s+School|Area\s+School|Central\s+School"
    r"|Grammar\s+School|College|Campus|Kindergarten|Preschool|Mine"
    r"|Aboriginal\s+Corporation(?:\s+for\s+Health)?|Aboriginal\s+Medical\s+Service"
    # dental practices, laboratories, specialists' rooms, senior high schools
    r"|Dental\s+Practice|Dental\s+Cent(?:re|er)|Dental\s+Group|Labs|Laboratories|Family\s+Health"
    r"|(?:Specialist|Consulting)\s+Rooms|Senior\s+High|Medical\s+City|GOPC|SOPC|Polyclinic"
    r"|Super\s?[Cc]linic"
    # vets, dentists, opticians, schools, trusts: "Bath Vets", "Ennis Dental", "Marietta
    # Family Vision", "Hope & Sons Opticians", "Jefferson Middle School", "Royal Cornwall
    # Hospitals NHS Trust"
    r"|Vets|Veterinary(?:\s+(?:Clinic|Hospital|Cent(?:re|er)))?|Dental|Opticians|Optometrists"
    r"|Family\s+Vision|Middle\s+School|Elementary\s+School|NHS\s+(?:Foundation\s+)?Trust"
    # practices by their specialty: "Wiregrass Family Medicine", "Schweiger Dermatology Group",
    # "Hudson Valley Sleep & Lung"
    r"|Family\s+Medicine|Internal\s+Medicine(?:\s+(?:Associates|Group))?"
    r"|Dermatology\s+(?:Group|Associates|Specialists)|Sleep\s+(?:&|and)\s+Lung"
    # "Summit Urgent Care", "Little Steps Speech Pathology", "NightCare Home Doctors"
    r"|Urgent\s+Care|Speech\s+Pathology|Home\s+Doctors|OB/GYN"
    # US hospital brands and post-acute care: "Bayou City Methodist", "Wasatch Pavilion",
    # "Battlefield Crossing Post-Acute", "Northwoods Adult Foster Care", "Ozark Hills Rehab &
    # Nursing", "Pioneer Valley Infusion Suite", "Great Lakes Respiratory Supply"
    r"|Methodist|Presbyterian|Pavilion|Post-Acute|(?:Adult\s+)?Foster\s+Care"
    r"|Rehab(?:ilitation)?\s+(?:&|and)\s+Nursing|Infusion\s+(?:Suite|Cent(?:re|er))"
    r"|(?:Respiratory|Medical)\s+Supply|Food\s+Pantry"
    # schools, mines, hostels and shelters where people live and work: "Woodridge State
    # High", "Mount Isa Mines", "Matthew Talbot Hostel", "Salvation Army Shelter"
    r"|State\s+High|Mines|Hostel|Shelter|Aboriginal\s+Health(?:\s+Service)?"
    # where the US records its dead, its prisoners and its schoolchildren: "Hampton Funeral
    # Home", "Salinas Valley State Prison", "Anchorage School District"
    r"|Funeral\s+Home|(?:State\s+)?Prison|Jail|Correctional\s+(?:Facility|Cent(?:re|er))"
    r"|Detention\s+Cent(?:re|er)|School\s+District|Health\s+Care\s+System|Supercenter|Parish"
    # a Canadian reserve community by its band's name: "Garden Hill First Nation" (not the
    # collective "First Nations")
    r"|First\s+Nation(?!s)"
    # where people worship, and where their communities meet: "Greater New Hope Missionary
    # Baptist Church", "Wayside Chapel", "Lakemba Mosque", "Glen Waverley Gurdwara"
    # (a church by its denomination: "Church" alone is a surname too, "Dr Hannah Church")
    r"|(?:Baptist|Methodist|Anglican|Uniting|Presbyterian|Lutheran|Orthodox|Pentecostal"
    r"|Adventist|Missionary|Parish|Memorial|Bible)\s+Church"
    r"|Chapel|Mosque|Masjid|Synagogue|Gurdwara|Cathedral|Mandir|Community\s+Hall"
    r"|(?:Buddhist|Hindu|Sikh|Jain|Taoist)\s+Temple"
    # the clubs people meet at: "Eaglehawk Bocce Club", "Cessnock Leagues Club"
    r"|(?:Bocce|Bowls|Bowling|Golf|Football|Rugby|Cricket|Soccer|Netball|Tennis|Leagues|Workers"
    r"|Sports|Senior\s+Citizens)\s+Club"
    # a building people live in, by its name: "Seacrest Apartments"
    r"|Apartments|Towers|Residences"
    # a provider by its trade: "Sauer Health Care", "Tuba City Regional Health Care"
    r"|Health\s+Care(?![ \t]+(?:No\b|Number|Card|#))"  # (not "NU Health Care No.")
    # remote clinics and the cells people are held in: "Gununa PHC", "Kitchenuhmaykoosib
    # Nursing Station", "Tennant Creek Police Station", "Alice Springs Watch House"
    r"|PHC|Nursing\s+Station|Nurse\s+Post|Health\s+Post|Police\s+Station|Watch\s+House"
)
# A chain's store by its number, and the town after it: "Kroger Pharmacy #431 Springdale",
# "Rite Aid #5938 Fresno", "Costco Wholesale #1047".
_STORE = re.compile(
    r"\b(?:[A-Z][\w'&-]*[ \t]+){0,2}(?:Pharmacy|Walgreens|CVS|Rite[ \t]+Aid|Walmart|Costco"
    r"|Kroger|Safeway|Publix|Target|Meijer|Wholesale|Supercenter)[ \t]+#[ \t]?\d{2,6}"
    r"(?:[ \t]+[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?)?"
)
# A practice named for its specialty after two names or more: "Peachtree Southside Dialysis",
# "Hill Country Dermatology" (not a service's "Pediatric Interventional Cardiology").
_SPECIALTY_PRACTICE = re.compile(
    r"\b((?:[A-Z][\w'\u2019-]*[ \t]){2,3})(?:Dialysis|Dermatology|Cardiology|Oncology"
    r"|Orthopedics|Orthopaedics|Pediatrics|Paediatrics|Urology|Neurology|Gastroenterology"
    r"|Endocrinology|Rheumatology|Pulmonology|Ophthalmology|Podiatry|Audiology"
    # laboratories, imaging and physiotherapy: "Sullivan Nicolaides Pathology", "Queensland X-Ray"
    r"|Pathology|Radiology|Imaging|Physio|Physiotherapy)\b"
)
_SPECIALTY_PARTS = ("ialysis", "ology", "edics", "iatrics", "odiatry", "maging", "hysio")
# Words that describe a service, not name a practice.
_SERVICE_ADJECTIVES = frozenset(
    "pediatric paediatric interventional nuclear adult general clinical invasive non-invasive "  # noqa: SIM905
    "medical surgical radiation peritoneal home hemo haemo acute chronic inpatient outpatient "
    "department division of and the consult consultation team service unit ward "
    # (a named facility's department: "Billings Clinic Cardiology")
    "clinic hospital health centre center satellite".split()
)
_KIND_ALONE = re.compile(rf"(?:{_KINDS})")
# A department, not a practice: "Department of Family Medicine", "Dept of Family Medicine".
_ACADEMIC = frozenset({"Department", "Dept", "Division", "Faculty", "School", "Residency"})
# Other languages put the facility word first: "Ospedale Niguarda", "CHU Saint-Pierre",
# "Hospital Clínico San Carlos", "Universitätsspitals Zürich"; or glue it on last:
# "Norrlands universitetssjukhus". (An English "Hospital" first needs a Spanish or Catalan
# word after it: "Hospital Road" is a street.)
_NAME = r"[A-Z\u00c0-\u00de][\w'\u2019\u00e0-\u00ff-]*"
_LINK = (
    r"(?:de|del|de\s+la|dels|di|della|du|des|der|van|het|do|da|w|am|an\s+der|im|zum|zur|San|et|und"
    r"|rechts\s+der|links\s+der"
    r"|Sant|Santa|Santo)"
)
_PREFIXED = re.compile(
    r"\b(?:Ospedale|Policlinico|Hôpital|Hopital|CHU|CHRU|Klinikum|Universitätsklinikum"
    # aged care and nursing homes: "Seniorenstift Am Mühlenteich", "EHPAD Les Tilleuls",
    # "verpleeghuis De Hooge Weide", "residencia Virgen del Rocío", "plejecentret Solgården"
    r"|Seniorenstift|Seniorenheim|Seniorenresidenz|Seniorenzentrum|Pflegeheim|Altenheim|Altersheim"
    r"|EHPAD|WZC"
    r"|Centre\s+[Hh]ospitalier(?:\s+[Uu]niversitaire)?|Résidence|verpleeghuis|verzorgingshuis"
    r"|Przychodnia|Poradnia|St\.?\s+John\s+of\s+God"
    r"|[Rr]esidencia|[Pp]lejecentret|[Pp]lejehjemmet|[Pp]lejehjem|[Ss]ykehjem|[Ää]ldreboendet"
    r"|[Ää]ldreboende|Szpital[a-z]*|Casa\s+di\s+[Rr]iposo|RSA"
    # practices: "Praxis am Marktplatz", "Klinik Hirslanden", "Cabinet médical des Lilas"
    r"|Klinik|Praxis|Gemeinschaftspraxis|Hausarztpraxis|Arztpraxis|Kinderarztpraxis"
    r"|Centro\s+de\s+Salud|Centro\s+Médico|Unichem|Bon\s+Secours|Centrum\s+Medyczne"
    r"|Cabinet\s+médical|Studio\s+medico|Consultorio|Huisartsenpraktijk|Gezondheidscentrum"
    r"|[Vv]årdcentralen|[Vv]årdcentral|Legekontor|Lægehuset"
    r"|Universitätsspitals?|Kantonsspital|Spital|Clinique|Clínica|Clinica|Ziekenhuis|Szpital"
    r"|LKH(?:-Univ\.)?"
    r"|University\s+of|Priceline(?:\s+Pharmacy)?|Chemist\s+Warehouse|TerryWhite(?:\s+Chemmart)?"
    r"|Terry\s+White(?:\s+Chemmart)?|Amcal|Blooms\s+The\s+Chemist|Boots|Walgreens|CVS|Lloyds"
    r"|DaVita|Fresenius\s+Kidney\s+Care"
    # neighbourhoods named first by their kind: "Colonia Larga Vista", "Barrio Logan",
    # "Urbanización Las Lomas"
    r"|Colonia|Barrio|Urbanizaci[oó]n|Fraccionamiento"
    # Quebec's local community service centres, Iceland's health centres
    r"|CLSC|CHSLD|Heilsugæslan|Heilsugæslustöðin|Heilsugæslustöð"
    # Italy's health trusts and private clinics, Belgium's regional and university hospitals,
    # the Netherlands' medical centres: "ASST Grande Ospedale Metropolitano Niguarda", "AOU
    # Careggi", "Casa di Cura Villa Serena", "CHR Sambre et Meuse", "UZ Leuven", "Medisch
    # Spectrum Twente", "Hôpitaux Universitaires de Genève"
    r"|ASST|AOU|AOUP|ASL|IRCCS|Casa\s+di\s+Cura|CHR|UZ|Medisch\s+(?:Centrum|Spectrum)"
    r"|Laboratorium|Hôpitaux(?:\s+[Uu]niversitaires)?"
    r"|Cliniques?\s+universitaires?|Centre\s+médical|Pharmacie|Sanatorio|Farmacia|Laboratorio"
    r"|Policlínica|B\u1ec7nh\s+vi\u1ec7n|Centre\s+d'Imagerie|Centre\s+de\s+Santé|Fundación|Fundação"
    r"|Instituto|Institut|RSUD|RS|Rumah\s+Sakit|Puskesmas|USF|Hospital\s+das"
    r"|Centre\s+Ophtalmologique|Huisartsenpost|Kita|École|Ecole|Collège|Lycée|Ysbyty|Cartref"
    r"|Fakultní\s+nemocnice|Nemocnice|Splošna\s+bolnišnica|Bolnišnica|Centro\s+Hospitalar"
    r"|Complexo\s+Hospitalario(?:\s+Universitario)?|Medizinische\s+Universit\u00e4t"
    # pharmacies and laboratories named after the word: "Apotek Hjärtat Mölndal",
    # "Laboratoire Cerballiance", "Centro Diagnostico Italiano"
    r"|(?<!-)Apotheke|Apotek|Apteka|Laboratoire|Centro\s+Diagn[o\u00f3]stico"
    r"|Sairaala|Hospital(?=\s+(?:Universitario|Universitari|Clínico|Clínic|Clinic|General|Regional|Infantil"
    # Malaysia's order: "Hospital Sultanah Bahiyah", "Hospital Pulau Pinang"
    r"|Sultanah?|Raja|Tuanku|Tengku|Pulau|Kuala|Seri|Sri|Besar|Umum|Pakar"
    r"|Italiano|Alemán|Británico|Francés|Español|de|del|dels|da|do|das|dos)\b"
    # or a name that is no street's: "Hospital Costa del Sol" (not "Hospital Road"), a
    # name with Spanish or Portuguese accents: "Hospital Fernández", "Hospital São Lucas"
    r"|\s+[A-Z][a-z]+\s+(?:de|del|da|do)\s"
    r"|\s+[A-Z\u00c0-\u00de][a-z\u00e0-\u00ff]*[\u00c0-\u00ff][a-z\u00e0-\u00ff]*\b)"
    r")"
    # (on one line: "LVR-Klinik Köln\nFrau Katharina Vogel" is a clinic, then a patient)
    rf"(?:[ \t]+(?:{_LINK}[ \t]+)?"
    r"(?:Universitario|Universitari(?:\s+i\s+Politècnic)?|Clínico|Clínic|Clinic|General|Regional"
    r"|Infantil))*"
    # (one space apart: a run of spaces ends a form's field, "Pharmacy Marion   Approval No")
    rf"(?:[ \t](?:{_LINK}[ \t])?{_NAME}){{1,3}}"
)
# A letterhead in capitals, the facility word first: "APOTHEKE AM MARKT", "FARMACIA DEL
# AHORRO", "MEDIZINISCHE UNIVERSITÄT INNSBRUCK"
_CAPS_WORDS = (
    *("APOTHEKE", "FARMACIA", "PHARMACIE", "KLINIK", "OSPEDALE", "HÔPITAL", "HOPITAL"),
    *("CLÍNICA", "CLINICA", "CLINIQUE", "SPITAL", "ZIEKENHUIS", "SZPITAL", "LABORATORIO"),
    *("LABORATOIRE", "POLICLINICO", "SANATORIO", "UNIVERSITÄTSKLINIKUM", "MEDIZINISCHE"),
    *("APTEKA", "APOTEK", "CASA DI CURA"),
)
_PREFIXED_CAPS = re.compile(
    rf"\b(?:{'|'.join(_CAPS_WORDS)})(?:[ \t]+UNIVERSIT\u00c4T)?"
    r"(?:[ \t]+(?:DE|DEL|DI|DU|DES|DER|LA|AM|IM|ZUM|ZUR)?[ \t]*"
    r"[A-Z\u00c0-\u00de][A-Z\u00c0-\u00de'-]+){1,3}\b"
)
_CAPS_SERVICE = frozenset(
    {"JOUR", "NUIT", "GARDE", "GUARDIA", "DIA", "DÍA", "NOTFALL", "CENTRE", "CENTRO", "ZENTRUM"}
)
# The facility word glued on, as Nordic languages write it: "Nordlandssykehuset".
_GLUED = re.compile(
    # "Löwen-Apotheke", "Virchow-Klinikum": German pharmacies and hospitals by their name
    r"\b[A-ZÄÖÜ][a-zäöüß]+-(?:Apotheke|Klinikum|Krankenhaus|Klinik)\b"
    # German practices by their kind, glued: "Hautarztpraxis am Stadtpark"
    r"|\b[A-ZÄÖÜ][a-zäöüß]+praxis(?:[ \t]+(?:am|an\s+der|im)[ \t]+[A-ZÄÖÜ][\wäöüß-]+)?"
    r"|\b[A-ZÆØÅÄÖ][a-zæøåäö]{3,}(?:sykehuset|sykehus|sjukhuset|sjukhus|sygehus|sairaala"
    r"|klinikum|spital|helsesenter|vårdcentral|legesenter)\b"
)
_SUFFIXED = re.compile(
    rf"\b{_NAME}(?:\s+{_NAME})?(?:\s+[a-zäöå]+)?\s+(?:universitetssjukhus|universitetssykehus"
    r"|universitetssjukehus|sjukhus|sjukhuset"
    r"|sykehus|sygehus|sairaala|ziekenhuizen|ziekenhuis|Klinik|Klinikum|Spital|Krankenhaus"
    # pharmacies and practices after their names: "Tampereen Hervannan apteekki", "Os
    # legesenter", "Yeni Umut Eczanesi", "Szent Margit Gyógyszertár"
    r"|apteekki|apotek|apoteket|legesenter|helsesenter|Eczanesi|Gyógyszertár|Kórház"
    # Sweden's and Finland's health centres: "Högsbo vårdcentral", "Pirkkalan terveyskeskus"
    r"|vårdcentral|terveyskeskus|terveysasema|keskussairaala)\b"
)
# Turkish facilities, the kind last, in any case: "Ankara Şehir Hastanesi", "KADIKÖY 14 NOLU
# AİLE SAĞLIĞI MERKEZİ", "Marmara Üniversitesi Pendik Eğitim ve Araştırma Hastanesi".
_TURKISH = re.compile(
    r"(?<![\w.])(?:(?:[A-ZÇĞİÖŞÜ][\w'\u2019.-]*|\d{1,3}|ve|VE)[ \t]+){1,7}"
    r"(?:Hastanesi|HASTANESİ|HASTANESI|Aile[ \t]Sağlığı[ \t]Merkezi|AİLE[ \t]SAĞLIĞI[ \t]MERKEZİ"
    r"|Sağlık[ \t]Merkezi|SAĞLIK[ \t]MERKEZİ|Tıp[ \t]Merkezi|TIP[ \t]MERKEZİ|Polikliniği"
    r"|POLİKLİNİĞİ|Tıp[ \t]Fakültesi|TIP[ \t]FAKÜLTESİ)(?![\w])"
)
_CAPITALISED = re.compile(
    # "Baker Heart and Diabetes Institute": a link word only between capitalised words
    # (a name's words are one space apart and hold no digits: "Request RQ24    St Thomas'
    # Hospital" names St Thomas')
    rf"\b((?:(?:St|Mt|Pt)\.?[ \t]|[A-Z](?:[^\W\d]|['\u2019-])*[ \t]"
    r"(?:(?:and|&|of|for)[ \t]+(?=[A-Z]))?)"
    rf"{{1,4}}(?:{_KINDS})"
    # aged-care homes often carry their suburb after the name: "Bupa Aged Care Hallett Cove"
    r"(?:(?<=Care|RACF|Home)(?:[ \t]+[A-Z][a-z]+(?=[ \t,.;]|$)){1,2})?)\b"
)
# In capitals, as a report's header writes it (the words before must name something).
_UPPER_KINDS = (
    r"HOSPITALS?|MEDICAL\s+CENT(?:RE|ER)|HEALTH\s+(?:CARE\s+)?CENT(?:RE|ER)|CLINIC|PATHOLOGY|RADIOLOGY"
    r"|IMAGING|PHARMACY|INFIRMARY|HOSPICE|NURSING\s+HOME|MEDICAL\s+PRACTICE|HEALTH\s+SERVICE"
    r"|LABORATORIES|LABS|HEALTH\s+CAMPUS"
)
_UPPER = re.compile(rf"\b((?:[A-Z][A-Z'\u2019&.-]+[ \t]+){{1,4}})(?:{_UPPER_KINDS})\b")
_UPPER_GENERIC = frozenset(
    "department dept diagnostic outpatient inpatient specialty clinical compounding retail "  # noqa: SIM905
    "nuclear interventional medical anatomical chemical hospital & nhs nt nsw vic qld sa wa "
    "tas act us uk".split()
)
_UPPER_GATE = re.compile(rf"[A-Z]{{2}}[ \t]+(?:{_UPPER_KINDS})\b")  # (literal first: quick)
# Lower case: no "clinic" or "pharmacy" ("the wound clinic" names a service, not a place).
_LOWER_KINDS = (
    r"general\s+hospital|base\s+hospital|district\s+hospital|private\s+hospital|hospital|medical\s+cent(?:re|er)|family\s+practice|medical\s+practice"
    r"|residential\s+care|racf|aged\s+care|health\s+service|health\s+cent(?:re|er)|nursing\s+home"
    r"|lodge|infirmary|care\s+community|senior\s+living|family\s+medical|family\s+med|gardens"
    r"|house|rest\s+home"
)
_LOWER = re.compile(rf"\b((?:[a-z][\w'\u2019-]*[ \t]+){{1,3}})(?:{_LOWER_KINDS})\b")
# A paragraph of words reads better than 90 quoted strings.
_GENERIC = frozenset(
    "the a an to at from in of via and or for by with on was is went admitted transferred "  # noqa: SIM905
    "discharged back home nearby rural city country local nearest same another other different "
    "his her their our your my this that public private district regional general community base "
    "major teaching tertiary referral dental eye specialist day children's women's mental new old "
    "main big small previous current usual own called named into onto returned presented "
    "attended attends attend seen review reviewed follow up after before near".split()
)
_LEADING = frozenset({"The", "A", "An", "Our", "Your", "This", "That", "His", "Her", "Their"})
_TITLES = frozenset({"Dr", "Dr.", "Mr", "Mrs", "Ms", "Miss", "Prof", "Sr", "Nurse", "RN"})
_SERVICE_WORDS = frozenset(
    "Call Contact Data Day Visitor Visitors Information Service Wound Care Community Test "  # noqa: SIM905
    "Testing Vaccination Walk-in Dialysis Birth Birthing Respite Recovery Resource Diabetes "
    "Cancer Heart Eye Sleep Breast Renal Pain Burns Trauma Stroke Memory Continence Falls "
    "Wellness Health Medical Dental Rehabilitation Rehab Specialist Imaging Infusion".split()
)


_SURGERY = re.compile(
    r"\b(?:[A-Z][a-z]+[ \t]){1,2}(?:Lane|Road|Street|Avenue|Hill|Park|Green|House|Square|Way|Row"
    r"|Terrace|Close|Drive|Gardens|Place)[ \t]Surgery\b"
    # a GP surgery by one name: "Riverside Surgery" (not a kind of surgery: "Cardiac Surgery")
    r"|\b(?!(?:General|Cardiac|Plastic|Vascular|Orthopaedic|Orthopedic|Day|Paediatric|Pediatric"
    r"|Thoracic|Colorectal|Breast|Hand|Eye|Dental|Oral|Bariatric|Cosmetic|Minor|Major|Robotic"
    r"|Transplant|Endocrine|Spinal|Neuro|Trauma|Emergency|Elective|Upper|Lower|Keyhole|Laser"
    r"|Heart|Cataract|Weight|Knee|Hip|Back|Foot|Skin|Ear|Nose|Same|Further|Previous|Recent|Past"
    r"|Prior|Urgent|Open|Abdominal|Pelvic|Bowel|Urological|Gynaecological|Maxillofacial)\b)"
    r"[A-Z][a-z]{3,}[ \t]Surgery\b"
)
# Irish counties, which are smaller than a state: "Kilkee, Co. Clare", "Co. Dhún na nGall"
_IRISH_COUNTY = re.compile(
    r"(?:\b[A-Z][\w'\u2019\u00c0-\u017f-]+(?:[ \t][A-Z][\w'\u2019\u00c0-\u017f-]+)?,[ \t]+)?"
    r"\bCo\.?[ \t]+(?:Antrim|Armagh|Carlow|Cavan|Clare|Cork|Derry|Donegal|Down|Dublin|Fermanagh"
    r"|Galway|Kerry|Kildare|Kilkenny|Laois|Leitrim|Limerick|Longford|Louth|Mayo|Meath|Monaghan"
    r"|Offaly|Roscommon|Sligo|Tipperary|Tyrone|Waterford|Westmeath|Wexford|Wicklow"
    r"|Dhún[ \t]na[ \t]nGall|Chiarraí|an[ \t]Chláir|Mhaigh[ \t]Eo|na[ \t]Gaillimhe|Chorcaí)\b"
    # (before an Eircode the address rule takes the whole line)
    r"(?!,?[ \t]+[AC-FHKNPRTV-Y]\d{2}[ \t]?[AC-FHKNPRTV-Y0-9]{4}\b)"
)
# England's and Wales's counties, and the town named before one even when it is an everyday
# word: "Hope, Derbyshire", "March, Cambridgeshire", "Street (Somerset)".
_COUNTY = (
    r"(?:(?:Bedford|Berk|Buckingham|Cambridge|Che|Derby|Gloucester|Hamp|Hereford|Hertford"
    r"|Lanca|Leicester|Lincoln|Northampton|Nottingham|Oxford|Shrop|Stafford|Warwick|Wilt"
    r"|Worcester|York|Aberdeen|Lanark|Ayr|Perth|Monmouth|Denbigh|Flint|Carmarthen|Renfrew"
    r"|Dunbarton|Inverness|Caernarfon)shire"
    r"|Somerset|Cornwall|Devon|Dorset|Kent|Essex|Surrey|(?:East|West)\s+Sussex"
    r"|Sussex|Norfolk|Suffolk|Cumbria|Merseyside|Northumberland|Rutland|Middlesex|Tyne\s+and\s+Wear"
    r"|Greater\s+Manchester|West\s+Midlands|Gwynedd|Powys|Ceredigion|Pembrokeshire|Anglesey)"
)
_GIVEN_NAME_BEFORE = re.compile(r"\b[A-Z][a-z]+[ \t]$")  # a capitalised word just before: a name
_COUNTY_NAME = re.compile(rf"{_COUNTY}(?![\w'-])")  # (the character before is checked apart)
# (Looked for before a county or a state's code, not at every capital: cheaper.)
_TOWN_BEFORE = re.compile(r"(?<![\w'-])((?:[A-Z][a-z]+|St\.?|Ft\.?|Mt\.?)(?:[ \t][A-Z][a-z]+)?)$")
# A US town and its state's code, even when the town is an everyday word: "from Normal, IL",
# "home to Bath (ME)" (not the codes that are also degrees or words: MD, PA, OR, IN, OK...).
_STATE_AFTER_TOWN = re.compile(
    r"(?:,[ \t]*|[ \t]\()"
    r"(?:AL|AK|AZ|AR|CA|CO|CT|FL|GA|IA|IL|KS|KY|LA|MA|ME|MI|MN|MO|MS|MT|NC|ND|NH|NJ|NM|NV|NY"
    r"|RI|SC|SD|TN|TX|UT|VA|VT|WA|WI|WV|WY"
    r"|BC|AB|SK|MB|QC|NS|NB|NL|PE|YT|NU|ON)\b(?!\.?[ \t]*\d)"  # and Canada's provinces
)
# A health service or private hospital by its short name: "Knox Private", "Peninsula Health",
# "Barwon Health" (not "Mental Health", "Queensland Health": a service, a state).
_SERVICE = re.compile(
    r"\b([A-Z][a-z'\u2019]+)[ \t](?:Private|Health)\b"
    r"(?![ \t](?:[a-z]|Service|Centre|Center|Clinic|Hub|Network|Unit|Care))"
)
_NOT_A_SERVICE = frozenset(
    "mental public community allied women's men's child children's oral sexual aboriginal "  # noqa: SIM905
    "population global occupational environmental primary digital rural remote maternal youth "
    "family home private heart brain skin lung liver kidney bone eye dental good poor general "
    "personal national state federal international world animal plant queensland victoria "
    "tasmania nsw act northern territory western australia south new zealand my your his her "
    "their our the in of and for with and".split()
)
# An organisation's words before a town it is in: "Smile Dental Cairns", "RDNS Geelong",
# "Little Acorns Childcare Bundoora".
ORGANISATION_BEFORE_TOWN = re.compile(
    r"((?:[A-Z][\w'\u2019&]*[ \t]+){0,2}(?:Dental|Childcare|Kindergarten|Kinder|Pharmacy|Chemist"
    r"|Physio|Physiotherapy|Radiology|Imaging|Pathology|Podiatry|Optometry|Optical|Medical"
    r"|Health|Nursing|RDNS|Bolton\s+Clarke|Hearing|Audiology|Dialysis|Hub|Club|Church|School"
    r"|College|Council|Library)(?:[ \t]+\d{1,4})?[ \t]+)$"
)

# Gates (see ``gates``): every match of _SUFFIXED, _COUNTY_NAME and _LOWER holds one of these.
_SUFFIX_PARTS = (
    *("sjukhus", "sykehus", "sjukehus", "sygehus", "sairaala", "ziekenhui", "Klinik", "Spital"),
    *("Krankenhaus", "apteekki", "apotek", "legesenter", "helsesenter", "Eczanesi"),
    *("Gyógyszertár", "Kórház", "vårdcentral", "terveys", "keskussairaala"),
)
_COUNTY_PARTS = (
    *("shire", "Somerset", "Cornwall", "Devon", "Dorset", "Kent", "Essex", "Surrey", "Sussex"),
    *("Norfolk", "Suffolk", "Cumbria", "Merseyside", "Northumberland", "Rutland", "Middlesex"),
    *("Tyne", "Manchester", "Midlands", "Gwynedd", "Powys", "Ceredigion", "Anglesey"),
)
_TURKISH_PARTS = (
    "ASTANES",
    "astanes",
    "erkez",
    "ERKEZ",
    "olikliniğ",
    "OLİKLİNİĞ",
    "akülte",
    "AKÜLTE",
)
_LOWER_PARTS = (
    *("hospital", "cent", "practice", "care", "racf", "service", "home", "lodge", "infirmary"),
    *("community", "living", "med", "gardens", "house"),
)


def facilities(text: str) -> Iterator[Span]:
    """Facility names, capitalised, in capitals, or (with a specific name) in lower case."""
    for m in _UPPER.finditer(text) if _UPPER_GATE.search(text) else ():
        # "ROYAL HOBART HOSPITAL - EMERGENCY", "DOUGLASS HANLY MOIR PATHOLOGY": a header
        if not all(
            w.lower() in _GENERIC or w.lower() in _UPPER_GENERIC for w in m.group(1).split()
        ):
            yield m.start(), m.end(), "LOCATION"
    for m in _CAPITALISED.finditer(text):
        start = m.start(1)
        parts = text[start : m.end(1)].split()
        if parts[0].rstrip(".") in _ACADEMIC:
            # "School Lee's Summit North High School": a field's label, then the name; but
            # "Department of Family Medicine" names no practice
            rest = re.match(r"\S+[ \t]+(?:of[ \t]+)?", text[start : m.end(1)])
            start += rest.end() if rest else 0
            if _KIND_ALONE.fullmatch(text, start, m.end(1)):
                continue
            parts = text[start : m.end(1)].split()
        if parts[0] in _LEADING:
            start = text.index(" ", start) + 1
        link = next((i for i, w in enumerate(parts) if w in ("and", "&")), None)
        if link is not None and _TITLES.intersection(parts[:link]):
            # "Dr Smith and Royal Hospital": only the hospital
            start = text.index(f" {parts[link]} ", m.start(1)) + len(parts[link]) + 2
        if len(parts) == 2 and parts[0] in _SERVICE_WORDS and parts[1][:5] == "Centr":
            continue  # "Call Centre", "Day Centre": a kind of place, not a named one
        yield start, m.end(1), "LOCATION"
    for m in _PREFIXED_CAPS.finditer(text) if holds(text, _CAPS_WORDS) else ():
        if m.group().split()[-1] not in _CAPS_SERVICE:  # ("HOPITAL DE JOUR": a day ward)
            yield m.start(), m.end(), "LOCATION"
    suffixed = holds(text, _SUFFIX_PARTS)
    for pattern in (_PREFIXED, _SUFFIXED, _GLUED) if suffixed else (_PREFIXED, _GLUED):
        for m in pattern.finditer(text):
            # "EHPAD Les Tilleuls de Saumur" keeps its town: a leak costs more than a span
            # drawn wider than an annotator's.
            yield m.start(), m.end(), "LOCATION"
    for m in _SERVICE.finditer(text):
        before = text[max(0, m.start() - 30) : m.start()].rstrip(" \t").rsplit(" ", 1)[-1]
        if before[:1].isupper() and before[-1:].isalpha():
            continue  # "Danila Dilba Health Service": the longer name's own rule has it
        if not any(w.lower() in _NOT_A_SERVICE for w in m.group(1).split()):
            yield m.start(), m.end(), "LOCATION"
    for m in _STORE.finditer(text) if "#" in text else ():
        yield m.start(), m.end(), "LOCATION"
    for state in _STATE_AFTER_TOWN.finditer(text):
        town = _TOWN_BEFORE.search(text, max(0, state.start() - 40), state.start())
        if town:
            before = text[max(0, town.start() - 5) : town.start()]
            first = town.group(1).split()[0]
            titled = first in _TITLES or re.search(r"\b(?:Dr|Mr|Mrs|Ms)\.?[ \t]$", before)
            if first not in _LEADING and not titled:
                yield town.start(1), town.end(1), "LOCATION"
    for county in _COUNTY_NAME.finditer(text) if holds(text, _COUNTY_PARTS) else ():
        before = text[county.start() - 1 : county.start()]
        if before and (before.isalnum() or before in "-'_\u2019"):
            continue  # inside a word: "Ashby-Kent"
        if _GIVEN_NAME_BEFORE.search(text, max(0, county.start() - 20), county.start()):
            continue  # "patient Andrew Kent": a surname
        yield county.start(), county.end(), "LOCATION"
        gap = re.search(r"(?:,[ \t]*|[ \t]\()$", text[max(0, county.start() - 3) : county.start()])
        if gap:
            end = county.start() - len(gap.group())
            town = _TOWN_BEFORE.search(text, max(0, end - 40), end)
            if town and town.group(1) not in _LEADING:
                yield town.start(1), town.end(1), "LOCATION"
    for pattern, gate in (
        (_SURGERY, ("Surgery",)),
        (_IRISH_COUNTY, ("Co ", "Co.", "Co\t")),
        (_TURKISH, _TURKISH_PARTS),
    ):
        for m in pattern.finditer(text) if holds(text, gate) else ():
            yield m.start(), m.end(), "LOCATION"
    for m in _SPECIALTY_PRACTICE.finditer(text) if holds(text, _SPECIALTY_PARTS) else ():
        if not any(w.lower() in _SERVICE_ADJECTIVES for w in m.group(1).split()):
            yield m.start(), m.end(), "LOCATION"
    for m in _LOWER.finditer(text) if holds(text, _LOWER_PARTS) else ():
        # The name is the words after the last generic one: "claim at bayside aged care".
        words = list(re.finditer(r"\S+", m.group(1)))
        generic = [i for i, w in enumerate(words) if w.group() in _GENERIC]
        words = words[generic[-1] + 1 :] if generic else words
        if words:
            yield m.start(1) + words[0].start(), m.end(), "LOCATION"
