"""Write the 93th hand-annotated redaction probe, identifiers hidden in administrative and machine text.

Why: real health data leaks less often from tidy clinical prose than from the structured and
machine-generated text around it: HL7 v2 segments whose components are glued by ^, FHIR JSON
values, CSV/TSV cells under a header, email signatures, audit-log lines, pager messages, OCR of
scanned forms, claims and remittance records, device exports and research exports. In these,
names, postcodes and numbers sit in odd positions, next to codes, doses, scores and counts that
must survive. This probe plants identifiers from four locales (US, AU, UK, EU) in such text so a
redactor is scored on structure, not on sentences.

What: ten styles of ten notes each, written by hand: "hl7-v2-segments" (ADT/ORU messages with
PID, PD1, NK1, PV1, IN1, ROL, OBX, NTE), "fhir-json-resource" (Patient, Device, Coverage,
Practitioner, Observation, DocumentReference, Bundle, QuestionnaireResponse), "csv-tsv-extract"
(waiting lists, ED boards, parking, billing and dispensing extracts with headers),
"email-thread-signature" (threads with headers, quoted replies and signatures),
"audit-log-lines" (EHR, portal, cabinet, VPN and record-access logs), "pager-sms-message"
(pages, ward texts and patient SMS), "ocr-scanned-form" (scanned forms with OCR errors: O for 0,
l for 1, broken spacing), "claims-remittance" (X12 835/837, Medicare, fund, CTP, insurer and
GOÄ lines), "device-telemetry-export" (CGM, pump, ICD, CPAP, telecare and gateway exports) and
"redcap-research-export" (REDCap CSV exports with consent and contact fields).

Conventions: titles/roles outside names; "SURNAME, First" and "SURNAME First" are one span;
nicknames and first names alone are marked. NHS, CHI, H&C numbers, MatEx certificates
and insurer memberships are ID|health_plan; hospital, unit, RiO, GOSH and ED attendance
numbers are ID|mrn; NI numbers ID|ssn; GMC, NMC, HCPC, GPhC, SWE, NISCC and DVLA licence
numbers ID|license; bank account numbers, fees/billing accounts and device-app accounts
ID|account (sort codes alone are not marked); case, incident, MASH, police, Datix, ZTAS,
Home Office, homecare and 111 case references ID|other. Ages of anyone (patients,
relatives, children) are marked, 90+ as AGE|date; "13F", "26M", "6yo", "18mo" whole, "M/35"
and "94 yrs" number only. A date with its time is one DATE span; weekday+date one span; times,
years, durations, weekdays alone and gestations are not marked. Hospitals, surgeries, care
homes, named pharmacies (with branch town), schools, universities, hotels, towns, villages and
streets without a number are LOCATION|geo; a full address (also a house name with street or
village and postcode) is one ADDRESS|geo; a lone postcode ADDRESS|geo.
Countries, NHS trusts/boards, police forces, councils, agencies and charities are not marked.
Public lines (111, 999, 0800, 0300 helplines, 116 123, 85258), bleeps and extensions are not
marked; ward, practice and pharmacy phone and fax numbers are. Serials, UDIs, transmitter ids
and MAC addresses of personal devices are DEVICE|device; batch/lot numbers are not marked.
Only full-face photo references are ID|photo; fingerprint, voiceprint and iris template ids are
ID|biometric. Staff initials alone (PO, JB, TJ) are not marked.
Locale additions: Medicare (AU, with or without IRN), IHI, DVA file numbers, EHIC/GHIC cards,
German KVNR, Irish GMS medical cards, Dutch Zorgverzekering policies and US member ids are
ID|health_plan; SSN, TFN, BSN, French NIR and Irish PPSN are ID|ssn; NPI, DEA, state medical
and driving licences, AHPRA, HPI-I, Medicare provider and PBS prescriber numbers are
ID|license; IBANs, BSB+account and patient billing accounts are ID|account; claim, CTP/TAC,
custody, guardianship, Riskman, blue badge and passport references are ID|other. Vehicle
plates and VINs are VEHICLE|vehicle; IMEIs, serials and Bluetooth MACs of patients' devices
are DEVICE|device. Structure: an HL7 name (SURNAME^Given^Middle) or address (street^other^
city^state^postcode) is one span, the country component and title component outside it; an
X12 name (SURNAME*GIVEN*M) is one span, N3 and N4 address segments one span each; a JSON value
is its own span (a "line" value ADDRESS, a "city" LOCATION, a "postalCode" ADDRESS), and a
FHIR Patient logical id (also in "Patient/<id>") is ID|other while contained-resource ids and
code-system URLs, OIDs, LOINC/ICD/CPT/PBS codes and message control ids are not marked. An
address printed across lines (the marker cannot cross a newline) is one ADDRESS span a line.
Every IP address is marked (with any port outside it); a URL is marked only when it points at
one person's record, photo or booking. Every email address is marked, departmental mailboxes
too (as ward and practice phone numbers are). Pseudonymous study record ids (REDCap record_id)
and internal row ids (capture_id, referral_id) are not marked, nor are masked or partial
numbers (SSN xxx-xx-6620, card ending 0932), keysafe codes, one-time codes, insurer, IK, ODS,
BSNR and HPI-O organisation codes; dates of system events about a patient (message, audit,
upload times) are. German LANR (Arzt-Nr.) is ID|license; HAP ids and passport numbers ID|other.

How: cd /work/main && .venv/bin/python scripts/make_probe93_corpus.py (writes corpus/redaction/probe93.jsonl).
"""

from pathlib import Path

from make_safe_harbor_suite import write_styled

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "corpus" / "redaction" / "probe93.jsonl"

HL7_V2_SEGMENTS = [
    """MSH|^~\\&|IPM|PAS01|RHAPSODY|EDIS|[[DATE|date:20240314101522]]||ADT^A04^ADT_A01|MSG00418827|P|2.4|||AL|NE|AUS
PID|1||[[ID|mrn:00731846]]^^^URN^MR~[[ID|health_plan:49864204711]]^^^AUSHIC^MC||[[PERSON|name:TRAN^Minh Chau^Thi]]^^Ms^^L||[[DATE|date:19580622]]|F|||[[ADDRESS|geo:Unit 6/41 Barkly St^^Brunswick^VIC^3056]]^AUS^H||^PRN^PH~[[PHONE|phone:0412 558 903]]^PRN^CP||vie^Vietnamese|M
PV1|1|E|ED^CUBE 14^^[[LOCATION|geo:Northern Heights Hospital]]||||^ED^CONSULTANT
NTE|1||ATS 3. Interpreter (Vietnamese) booked 10:40. Sats 94% RA, temp 38.2, GCS 15.""",
    """MSH|^~\\&|CERNER|OUH01|TIE|EPR|[[DATE|date:20231102234107]]||ADT^A01|Q8841920T|P|2.3.1
PID|1|[[ID|health_plan:6113372944]]^^^NHS^NH|[[ID|mrn:K1048826]]^^^PAS^PI||[[PERSON|name:O'DONNELL^Siobhan^Marie]]^^Mrs||[[DATE|date:19740919]]|F|||[[ADDRESS|geo:Flat 3, 22 Cowley Road^^Oxford^^OX4 1HP]]^GBR||^PRN^PH~[[PHONE|phone:07723 418 905]]^ORN^CP|||M||||[[ID|ssn:JT 48 21 93 C]]
PD1|||[[LOCATION|geo:Jericho Health Centre]]
PV1|1|I|7B^BED 14^^[[LOCATION|geo:Headington General Hospital]]|21|||^ACUTE MEDICINE^ON CALL
NTE|1||Adm via ED. NEWS2 5 on arrival, lactate 3.1. Side room 14 pending C. diff screen (sample 02:10).""",
    """MSH|^~\\&|EPIC|SMC|CLOVERLEAF|BILLING|[[DATE|date:202405170832]]||ADT^A08|77104452|P|2.5.1
PID|1||[[ID|mrn:E4410937]]^^^MRN^MR||[[PERSON|name:WASHINGTON^Darnell^James]]||[[DATE|date:19811107]]|M||2054-5|[[ADDRESS|geo:4417 Greenmount Ave^Apt 2R^Baltimore^MD^21218]]^USA||^PRN^PH||eng|S||[[ID|account:A90017723305]]|[[ID|ssn:412-78-3309]]|[[ID|license:W526418903271]]^MD
IN1|1|BCBSMD01|00071|CAREFIRST BCBS|||||||||||||01^Self|||||||||||||||||||[[ID|health_plan:XJH884102367]]
NTE|1||Demographics updated at kiosk 3; copay $40 collected, ICD-10 I10, E78.5.""",
    """MSH|^~\\&|PHILIPS_IX|MICU|LAB|EHR|[[DATE|date:20240229031500]]||ORU^R01|PX5510283|P|2.6
PID|1||[[ID|mrn:M0082264913]]^^^MRN^MR||[[PERSON|name:ESPINOZA^Rosalinda]]||[[DATE|date:19490304]]|F
PV1|1|I|MICU^07^A||||[[ID|license:2215188824]]^[[PERSON|name:LINDQVIST^Erik]]^^^^Dr
OBR|1|||VITALS^Monitor vitals|||[[DATE|date:20240229030000]]
OBX|1|NM|8867-4^Heart rate^LN||112|/min|60-100|H|||F
OBX|2|NM|59408-5^SpO2^LN||91|%|92-100|L|||F
OBX|3|NM|8480-6^Systolic BP^LN||94|mm(Hg)|90-140|N|||F
OBX|4|ST|IMPDEV^Implanted pacemaker (Azure XT DR MRI, model W1DR01)||SN [[DEVICE|device:RNB604512H]]||||||F
OBX|5|ST|INSPUMP^Personal insulin pump, suspended on admission||[[DEVICE|device:NG3418026H]]||||||F
NTE|1||Noradrenaline 0.08 mcg/kg/min via pump channel B; pacer mode DDD 60.""",
    """MSH|^~\\&|IPM|PAS02|HEALTHLINK|GPMSG|[[DATE|date:20240608161230]]||ADT^A03|HL0098812|P|2.4
PID|1||[[ID|mrn:2290417]]^^^URN^MR||[[PERSON|name:HOLLOWAY^Bernadette^June]]||[[DATE|date:19310512]]|F|||[[ADDRESS|geo:Room 22, Banksia Lodge, 9 Ocean View Pde^^Warrnambool^VIC^3280]]^AUS
NK1|1|[[PERSON|name:HOLLOWAY^Gregory]]|SON^Son||^NET^Internet^[[EMAIL|email:greg.holloway61@bigpond.com]]
ROL|1|AD|PP^Primary Care Provider|[[ID|license:2339933A]]^[[PERSON|name:FITZGERALD^Maeve]]^^^^Dr||||||||^WPN^PH~[[PHONE|fax:(03)5562 0977]]^WPN^FX
PV1|1|I|GEM^4
NTE|1||[[AGE|date:93yo]] back to RACF. Frusemide 40 mg mane, review wt (58.2 kg) in 1/52.""",
    """MSH|^~\\&|SCI_STORE|GGC|TRAK|PAS|[[DATE|date:20240121094400]]||ADT^A28|SC00072145|P|2.4
PID|1||[[ID|health_plan:1403623708]]^^^NHSSCOT^CHI||[[PERSON|name:McALLISTER^Fiona^Catriona]]^^Ms||[[DATE|date:19620314]]|F|||[[ADDRESS|geo:2/1, 57 Dumbarton Road^^Glasgow^^G11 6PW]]||[[PHONE|phone:0141 339 8172]]
PD1|||[[LOCATION|geo:Partickhill Medical Practice]]^^43276|^[[PERSON|name:RENNIE^Alasdair]]^^^^Dr
ZPD|1|Interpreter N|Keysafe code 8203|AWI guardianship ref [[ID|other:AWI/GL/2023/0419]]|Power of attorney: daughter""",
    """MSH|^~\\&|HIX|ZIS|ZORGPLATFORM|LSP|[[DATE|date:20240402113012]]||ADT^A31|NL4481022|P|2.5|||||NLD
PID|1||[[ID|ssn:287762099]]^^^NLMINBIZA^NNNLD||[[PERSON|name:DE VRIES^Annelies^M]]||[[DATE|date:19670817]]|F|||[[ADDRESS|geo:Prinsengracht 263-2^^Amsterdam^^1016 GV]]^NLD||^NET^Internet^[[EMAIL|email:a.devries@xs4all.nl]]
PV1|1|O|POLI CARD^^^[[LOCATION|geo:Zuiderpark Ziekenhuis]]
IN1|1|ZV3311|3311|Zorgverzekeraar Noord||||||||||||||||||||||||||||||[[ID|health_plan:ZK331820476]]
NTE|1||Verwijzing cardioloog; NT-proBNP 1840 ng/L, LVEF 35%.""",
    """MSH|^~\\&|ORBIS|KLINIKUM|SUBSYS|LIS|[[DATE|date:20240712081545]]||ADT^A01|DE20240712-0441|P|2.5|||||DEU|8859/1
PID|1||[[ID|mrn:20847731]]^^^KIS^PI||[[PERSON|name:MÜLLER-SCHMITT^Jürgen^Karl]]^^Dr.||[[DATE|date:19550203]]|M|||[[ADDRESS|geo:Goethestraße 17^^Leipzig^^04109]]^DEU
NK1|1|[[PERSON|name:MÜLLER-SCHMITT^Renate]]|SPO^Ehefrau||[[PHONE|phone:+49 171 4418 302]]
PV1|1|I|KARD^Zi 312^2^[[LOCATION|geo:Klinikum Rosental]]
IN1|1|AOK|108310400|AOK PLUS||||||||||||||||||||||||||||||[[ID|health_plan:N012771692]]
NTE|1||Aufnahme 08:10, Troponin T 86 ng/L, Zimmer 312 Bett 2.""",
    """MSH|^~\\&|KESTRAL|QML|MEDTECH|[[LOCATION|geo:Ashgrove Family Practice]]|[[DATE|date:20240502035210]]||ORU^R01|QX20240502-88173|P|2.3.1
PID|1||[[ID|health_plan:3952713314]]^^^AUSHIC^MC||[[PERSON|name:NIKOLAIDIS^Stavros]]||[[DATE|date:19440918]]|M
ORC|RE||||||||||||[[ID|license:3454622X]]^[[PERSON|name:VO^Thanh^Huong]]^^^^Dr
OBR|1|||U&E^Urea electrolytes creatinine
OBX|1|NM|2823-3^Potassium^LN||6.8|mmol/L|3.5-5.2|HH|||F
OBX|2|NM|2160-0^Creatinine^LN||412|umol/L|60-110|H|||F
OBX|3|NM|33914-3^eGFR^LN||11|mL/min/1.73m2|>59|L|||F
NTE|1||Critical K+ phoned to [[PERSON|name:Jessamy]] (practice nurse) on [[PHONE|phone:(07)3356 2210]] at 03:50, read back. Duty biochemist ext 6615.""",
    """MSH|^~\\&|ATHENA|PEDS|IDX|REG|[[DATE|date:20240611140233]]||ADT^A31|AT55102877|P|2.5.1
PID|1||[[ID|mrn:P7719308]]^^^MRN^MR||[[PERSON|name:KELLERMAN^Ava^Rose]]||[[DATE|date:20170830]]|F|||[[ADDRESS|geo:2210 N Halsted St^Unit 3^Chicago^IL^60614]]
NK1|1|[[PERSON|name:KELLERMAN^Dana]]|MTH^Mother||[[PHONE|phone:(312)907-5518]]^PRN^CP~^NET^Internet^[[EMAIL|email:dana.kellerman@icloud.com]]
OBX|1|RP|PTPHOTO^Patient identification photo||[[ID|photo:ptphoto_P7719308_20240611.jpg]]^IMAGE^JPEG||||||F
OBX|2|NM|30525-0^Age^LN||[[AGE|other:6]]|a|||||F
NTE|1||Custody order [[ID|other:2023-DV-004417]] on file: mother only. Wt 21.4 kg, Ht 118 cm.""",
]

FHIR_JSON_RESOURCE = [
    """{
  "resourceType": "Patient",
  "id": "[[ID|other:pt-7f3a91c2]]",
  "identifier": [
    {"system": "http://ns.electronichealth.net.au/id/hi/ihi/1.0", "value": "[[ID|health_plan:8003604348386219]]"},
    {"system": "http://ns.electronichealth.net.au/id/medicare-number", "value": "[[ID|health_plan:5762392645]]"}
  ],
  "name": [{"use": "official", "family": "[[PERSON|name:Kowalski]]", "given": ["[[PERSON|name:Agnieszka]]"], "prefix": ["Mrs"]}],
  "gender": "female",
  "birthDate": "[[DATE|date:1966-01-28]]",
  "address": [{"use": "home", "line": ["[[ADDRESS|geo:12 Yarran Court]]"], "city": "[[LOCATION|geo:Kangaroo Flat]]", "state": "VIC", "postalCode": "[[ADDRESS|geo:3555]]"}],
  "photo": [{"contentType": "image/jpeg", "title": "[[ID|photo:IMG_20230914_face_7f3a91c2.jpg]]"}]
}""",
    """{
  "resourceType": "Patient",
  "id": "[[ID|other:9c1e0b54-2d7a-4b6e-9f10-3a8e5c7d2b41]]",
  "meta": {"versionId": "7"},
  "identifier": [{"system": "https://fhir.nhs.uk/Id/nhs-number", "value": "[[ID|health_plan:4068546797]]"}],
  "name": [
    {"use": "official", "family": "[[PERSON|name:Okonjo-Whitfield]]", "given": ["[[PERSON|name:Temperance]]"]},
    {"use": "nickname", "given": ["[[PERSON|name:Tempe]]"]}
  ],
  "birthDate": "[[DATE|date:2009-05-03]]",
  "address": [{"text": "[[ADDRESS|geo:Flat 9, Marlowe House, 41 Tanner Street, London SE1 3LD]]"}],
  "contact": [{
    "relationship": [{"text": "Mother"}],
    "name": {"text": "Mrs [[PERSON|name:Grace Okonjo]]"},
    "telecom": [{"system": "email", "value": "[[EMAIL|email:grace.okonjo@btinternet.com]]"}]
  }],
  "generalPractitioner": [{"reference": "Organization/A81044", "display": "[[LOCATION|geo:Bermondsey Spa Medical Practice]]"}]
}""",
    """{"resourceType":"Patient","id":"[[ID|other:a88213]]",
 "identifier":[{"type":{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/v2-0203","code":"MR"}]},"value":"[[ID|mrn:88213-004]]"},
  {"system":"http://hl7.org/fhir/sid/us-ssn","value":"[[ID|ssn:531-90-4472]]"}],
 "name":[{"family":"[[PERSON|name:Nakamura-Reyes]]","given":["[[PERSON|name:Kenji]]"]}],
 "telecom":[{"system":"email","value":"[[EMAIL|email:kenji.nr@outlook.com]]"}],
 "birthDate":"[[DATE|date:1990-10-02]]",
 "address":[{"line":["[[ADDRESS|geo:7814 Fremont Ave N]]"],"city":"[[LOCATION|geo:Seattle]]","state":"WA","postalCode":"[[ADDRESS|geo:98103]]"}],
 "extension":[{"url":"http://hl7.org/fhir/us/core/StructureDefinition/us-core-race","extension":[{"url":"ombCategory","valueCoding":{"code":"2028-9","display":"Asian"}}]}]}""",
    """{
  "resourceType": "Device",
  "id": "dev-cgm-01",
  "udiCarrier": [{"carrierHRF": "[[DEVICE|device:(01)07442712081008(17)250930(10)L5241107(21)SM04417726]]"}],
  "serialNumber": "[[DEVICE|device:SM04417726]]",
  "lotNumber": "L5241107",
  "deviceName": [{"name": "CGM sensor G7", "type": "user-friendly-name"}],
  "modelNumber": "STS-GS-003",
  "patient": {"reference": "Patient/[[ID|other:pt-3e81d0]]", "display": "[[PERSON|name:Harrison Tuivaga]]"},
  "owner": {"display": "[[LOCATION|geo:Townsville Diabetes Centre]]"},
  "note": [{"text": "Paired with patient's phone (BT MAC [[DEVICE|device:F4:5C:89:A2:3B:17]]) on [[DATE|date:2024-04-03]]; replaces sensor from [[DATE|date:24/03]] (adhesive failure at day 6 of 10)."}]
}""",
    """{
  "resourceType": "Coverage",
  "status": "active",
  "identifier": [{"system": "urn:oid:1.2.250.1.213.1.4.8", "value": "[[ID|health_plan:80250000150012345678]]"}],
  "type": {"text": "EHIC - European Health Insurance Card"},
  "subscriberId": "[[ID|ssn:271047510802918]]",
  "beneficiary": {"display": "[[PERSON|name:LEFÈVRE, Camille]]"},
  "payor": [{"display": "CPAM de Paris"}],
  "period": {"start": "[[DATE|date:2024-01-01]]", "end": "[[DATE|date:2025-12-31]]"},
  "extension": [{"url": "http://example.org/fhir/StructureDefinition/treating-facility", "valueString": "[[LOCATION|geo:Clínica Santa Eulàlia]], [[LOCATION|geo:Girona]]"}],
  "text": {"status": "generated", "div": "<div>Holiday admission (ankle ORIF), patient reachable on [[PHONE|phone:+33 6 72 41 18 09]]; card photocopy on file.</div>"}
}""",
    """{
  "resourceType": "Practitioner",
  "identifier": [
    {"system": "http://hl7.org/fhir/sid/us-npi", "value": "[[ID|license:1200814832]]"},
    {"system": "urn:oid:2.16.840.1.113883.4.814", "value": "[[ID|license:BA5325053]]"},
    {"system": "https://www.tn.gov/health", "value": "[[ID|license:MD0048817]]"}
  ],
  "name": [{"family": "[[PERSON|name:Abernathy]]", "given": ["[[PERSON|name:Colette]]"], "prefix": ["Dr."], "suffix": ["MD"]}],
  "telecom": [
    {"system": "phone", "value": "[[PHONE|phone:(615) 342-7718]]", "use": "work"},
    {"system": "fax", "value": "[[PHONE|fax:(615) 342-7790]]"},
    {"system": "email", "value": "[[EMAIL|email:cabernathy@midstateortho.com]]"}
  ],
  "address": [{"text": "[[ADDRESS|geo:2200 Charlotte Ave, Suite 410, Nashville, TN 37203]]"}],
  "qualification": [{"code": {"text": "Orthopaedic Surgery"}, "period": {"start": "2009"}}]
}""",
    """{
  "resourceType": "Observation",
  "status": "final",
  "code": {"coding": [{"system": "http://loinc.org", "code": "8867-4", "display": "Heart rate"}]},
  "subject": {"reference": "Patient/[[ID|other:c51d72e0]]", "display": "[[PERSON|name:HARGREAVES, Colin]]"},
  "effectiveDateTime": "[[DATE|date:2024-03-27T02:41:00+00:00]]",
  "valueQuantity": {"value": 38, "unit": "beats/minute", "system": "http://unitsofmeasure.org", "code": "/min"},
  "interpretation": [{"text": "L"}],
  "device": {"display": "ScanWatch 2, MAC [[DEVICE|device:00:24:E4:9B:61:0D]]"},
  "note": [{"text": "[[AGE|other:71M]] on bisoprolol 5 mg. Virtual ward hub ([[LOCATION|geo:Harrogate]]) rang pt on [[PHONE|phone:01423 566 218]] at 02:55: asymptomatic, BP 118/70."}]
}""",
    """{
  "resourceType": "DocumentReference",
  "status": "current",
  "type": {"text": "Patient identification photograph"},
  "subject": {"reference": "Patient/[[ID|other:5502918]]"},
  "date": "[[DATE|date:2024-05-09T13:20:44+10:00]]",
  "author": [{"display": "[[PERSON|name:Imogen Waddell]], Ward Clerk"}],
  "content": [{"attachment": {"contentType": "image/jpeg", "url": "[[URL|url:https://docs.sunnybank-health.net.au/binary/5502918/idphoto-0509.jpg]]", "title": "[[ID|photo:idphoto-0509_RAHMAN_Farzana.jpg]]", "size": 184233}}],
  "description": "Full-face photo taken after wristband mismatch (Riskman [[ID|other:RM-2024-11873]]); patient [[PERSON|name:Farzana Rahman]], [[AGE|other:52]] y.o., consented verbally."
}""",
    """{
  "resourceType": "Bundle",
  "type": "searchset",
  "total": 1,
  "entry": [{
    "fullUrl": "[[URL|url:https://fhir.hse-demo.ie/r4/Patient/ie-330917]]",
    "resource": {
      "resourceType": "Patient",
      "id": "[[ID|other:ie-330917]]",
      "identifier": [
        {"system": "http://www.welfare.ie/ppsn", "value": "[[ID|ssn:4548281D]]"},
        {"system": "urn:ie:pcrs:gms", "value": "[[ID|health_plan:0771432T]]"}
      ],
      "name": [{"text": "[[PERSON|name:Pádraig Ó Súilleabháin]]"}],
      "birthDate": "[[DATE|date:1952-07-11]]",
      "address": [{"line": ["[[ADDRESS|geo:Cnoc na Gréine, Bóthar na Trá]]"], "city": "[[LOCATION|geo:Salthill]]", "postalCode": "[[ADDRESS|geo:H91 X2F7]]"}],
      "generalPractitioner": [{"display": "Dr [[PERSON|name:Niamh Gallagher]], [[LOCATION|geo:Knocknacarra Medical Centre]]"}]
    }
  }]
}""",
    """{
  "resourceType": "QuestionnaireResponse",
  "status": "completed",
  "authored": "[[DATE|date:2024-08-19T20:51:37+09:30]]",
  "subject": {"display": "[[PERSON|name:Jarrah Whitehouse]]"},
  "item": [
    {"linkId": "preferred-name", "answer": [{"valueString": "[[PERSON|name:Jaz]]"}]},
    {"linkId": "age", "answer": [{"valueInteger": [[AGE|other:17]]}]},
    {"linkId": "guardian", "answer": [{"valueString": "[[PERSON|name:Corinne Whitehouse]] (mum) [[PHONE|phone:0408 227 614]]"}]},
    {"linkId": "telehealth-location", "answer": [{"valueString": "home - [[ADDRESS|geo:44 Farrell St, Port Augusta SA 5700]]"}]},
    {"linkId": "pain-score", "answer": [{"valueInteger": 6}]},
    {"linkId": "phq-a-total", "answer": [{"valueInteger": 14}]}
  ],
  "extension": [{"url": "http://example.org/fhir/StructureDefinition/signing-ip", "valueString": "[[IP|ip:203.219.47.162]]"}]
}""",
]

CSV_TSV_EXTRACT = [
    """nhs_number,hosp_no,surname,forename,dob,postcode,rtt_wk,priority,tfc
[[ID|health_plan:4303949515]],[[ID|mrn:RJZ0447182]],[[PERSON|name:PEMBERTON]],[[PERSON|name:Gwendolyn]],[[DATE|date:12/08/1948]],[[ADDRESS|geo:SE5 9RS]],38,P3,130
[[ID|health_plan:576 068 9313]],[[ID|mrn:RJZ0093337]],[[PERSON|name:NWOSU]],[[PERSON|name:Chiamaka]],[[DATE|date:05/11/1987]],[[ADDRESS|geo:SE15 6QB]],52,P4,502
# validation wk 25: row 2 NHS no fails mod 11, query raised with PDS team; 2 of 1,204 rows shown""",
    """URN\tPatient\tAge\tArrival\tATS\tComplaint\tDisposition
[[ID|mrn:1183902]]\t"[[PERSON|name:BRENNAN, Lachlan]]"\t[[AGE|other:19]]\t[[DATE|date:06/07/2024 01:14]]\t2\tMBA driver, 60 km/h, GCS 14\tAdmitted Trauma
[[ID|mrn:0977415]]\t"[[PERSON|name:PAPADOPOULOS, Eleni]]"\t[[AGE|date:91]]\t[[DATE|date:06/07/2024 01:52]]\t3\tFall, ?NOF, 2 h on floor\tAdmitted Ortho
ED census 02:00 - 41 pts, 9 awaiting beds, ramping 3""",
    """vrm,holder,relationship,patient_hosp_no,ward,valid_from,valid_to,notes
[[VEHICLE|vehicle:LK19 XFE]],Mr [[PERSON|name:D Kaczmarek]],husband,[[ID|mrn:B0772164]],Ward 23,[[DATE|date:14-Apr-2024]],[[DATE|date:12-May-2024]],"ICU long stay; blue badge [[ID|other:BB44710923]]"
[[VEHICLE|vehicle:yd67 kmr]],[[PERSON|name:Tomasz]] (son),son,[[ID|mrn:B0361728]],CCU,[[DATE|date:09-May-2024]],,"2nd car [[VEHICLE|vehicle:WP70OHT]] - 1 permit only"
total concessions issued: 2 (bays 1-40 level 2, 24 h)""",
    """ACCT_NO|MRN|PT_NAME|DOB|CPT|ICD10|CHARGE|PAYER|MEMBER_ID
[[ID|account:40019927713]]|[[ID|mrn:00644180]]|[[PERSON|name:GUTIERREZ,MARISOL]]|[[DATE|date:03/22/1977]]|99214|E11.65|212.00|AETNA PPO|[[ID|health_plan:W118043377]]
[[ID|account:40019930481]]|[[ID|mrn:00811275]]|[[PERSON|name:OKAFOR,CHUKWUEMEKA A]]|[[DATE|date:11/30/1959]]|93000|I48.91|64.00|MEDICARE|[[ID|health_plan:4QW7HN2RT58]]""",
    """ppsn,surname,first_name,dob,vaccination_centre,vaccine,batch,dose
[[ID|ssn:6043260U]],[[PERSON|name:FITZPATRICK]],[[PERSON|name:Orla]],[[DATE|date:1983-03-09]],[[LOCATION|geo:Ballincollig Health Centre]],RSV,FK4021,1
[[ID|ssn:2427350C]],[[PERSON|name:MAHER]],[[PERSON|name:Séamus]],[[DATE|date:1941-12-24]],[[LOCATION|geo:St Finbarr's Hospital]],Influenza QIV,AX77213,1
# cold chain 2-8 C logged; 2 of 388 records""",
    """Disp Date,Patient,Medicare,Prescriber,Prescriber No,Item,PBS,Qty,Rpts
[[DATE|date:21/08/2024]],"[[PERSON|name:SORENSEN Ingrid]]",[[ID|health_plan:6514 21407 5-2]],Dr [[PERSON|name:H Mbeki]],[[ID|license:2418837]],Apixaban 5mg tab,11945D,60,5
[[DATE|date:22/08/2024]],"[[PERSON|name:TAUFA Mele]]",[[ID|health_plan:2834 50196 3-3]],NP [[PERSON|name:K Duong]],[[ID|license:4410298]],Oxycodone 5mg cap,2622B,20,0
# S8 register cross-checked, balance 340""",
    """capture_id,hosp_no,patient,photo_file,captured,captured_by,consent
CP-1041,[[ID|mrn:RQ30917264]],"[[PERSON|name:ASANTE, Kwabena]]",[[ID|photo:RQ30917264_face_01.jpg]],[[DATE|date:2024-01-08 10:22]],HCA LM,verbal
CP-1042,[[ID|mrn:RQ31046681]],"[[PERSON|name:DUNMORE, Phyllis]]",[[ID|photo:RQ31046681_face_01.jpg]],[[DATE|date:2024-01-08 11:47]],RN TJ,LPA ([[PERSON|name:Alan Dunmore]])
# wound photos (non-facial) are in the tissue viability extract, not here""",
    """Visit\tPatient\tAddress\tAccess\tPhone\tTask\tTime
1\t[[PERSON|name:Ethel Brockbank]] ([[AGE|date:94]])\t[[ADDRESS|geo:7 Primrose Cottages, Slaidburn, BB7 3ES]]\tkeysafe 1966, dog in kitchen\t[[PHONE|phone:01200 446 218]]\tInsulin 14 units, BM 8.2\t08:15
2\t[[PERSON|name:Raymond Ogunleye]]\t[[ADDRESS|geo:Flat 12, Whalley Court, 40 King Street, Clitheroe BB7 2EU]]\tbuzz 12, lift broken\t[[PHONE|phone:07812 907 361]]\tLeg ulcer dressing (L) + Doppler ABPI 0.86\t09:30
3\t[[PERSON|name:Mavis Entwistle]]\t[[LOCATION|geo:Chatburn Road]], nr the church\tneighbour [[PERSON|name:Pauline]] has key\t\tCatheter change 14Ch\t11:00""",
    """referral_id,received,source,source_fax,patient,dob,email,reason,urgency
2210,[[DATE|date:2024-07-08 16:41]],[[LOCATION|geo:Lakeview Family Medicine]],[[PHONE|fax:(608) 274-1190]],[[PERSON|name:Jonah Whitcombe]],[[DATE|date:2006-02-17]],[[EMAIL|email:jwhitcombe06@gmail.com]],"ACL tear, MRI done",routine
2212,[[DATE|date:2024-07-09 08:10]],self,,[[PERSON|name:Bud]] (per form),[[DATE|date:1955-05-05]],,"knee pain x 3 mo, see voicemail",routine""",
    """bsn;achternaam;voornaam;geboortedatum;iban_restitutie;bedrag
[[ID|ssn:419753771]];[[PERSON|name:Jansen]];[[PERSON|name:Maartje]];[[DATE|date:14-02-1978]];[[ID|account:NL73RABO0317452290]];42,50
[[ID|ssn:690783218]];[[PERSON|name:van der Berg]];[[PERSON|name:Sven]];[[DATE|date:30-09-1969]];[[ID|account:NL81 INGB 0006 2713 58]];118,00
-- export eigen risico restitutie, 2 regels, totaal 160,50 EUR""",
]

EMAIL_THREAD_SIGNATURE = [
    """From: [[EMAIL|email:hannah.whitlock@nhs.net]]
To: [[EMAIL|email:gastro.referrals@nhs.net]]
Sent: [[DATE|date:Tuesday, 12 March 2024 16:07]]
Subject: RE: FIT 212 - [[PERSON|name:CARRADICE, Colin]] - NHS [[ID|health_plan:795 115 2269]]

Thanks - can you confirm he's been vetted for 2WW? He's [[AGE|other:67]], Hb 98, ferritin 9, FIT 212 ug/g. Lives alone at [[ADDRESS|geo:3 Tannery Lane, Kendal LA9 4PH]], no car.

[[PERSON|name:Hannah]]

Dr [[PERSON|name:Hannah Whitlock]] MBChB MRCGP | GMC [[ID|license:7032614]]
[[LOCATION|geo:Castle Street Surgery]] | F [[PHONE|fax:01539 734 998]]

> Referral received, awaiting triage. Please do not reply to this mailbox with clinical updates.""",
    """From: Discharge Planning <[[EMAIL|email:discharge.nwh@health.nsw.gov.au]]>
To: Care Manager
Date: [[DATE|date:Fri 26 Jul 2024 11:43 AM]]
Subject: Return of resident - Mr [[PERSON|name:Reginald "Reg" Fairweather]]

Hi [[PERSON|name:Lorraine]],

[[PERSON|name:Reg]] is medically cleared to return to [[LOCATION|geo:Wattle Grove Aged Care]] this arvo (transport booked 14:30). He is [[AGE|date:96]] y/o, UTI treated (cefalexin 500 mg QID, day 3 of 5), Hb 102, walking with 4WW. Medicare [[ID|health_plan:2606882914]].

Kind regards,
[[PERSON|name:Sunita Ramaswamy]] | Discharge Coordinator RN
AHPRA [[ID|license:NMW0002217460]]
[[LOCATION|geo:Northwest Hospital]], Level 3 Admin
P [[PHONE|phone:02 9881 6402]] | F [[PHONE|fax:02 9881 6499]]""",
    """X-Originating-IP: [[[IP|ip:73.162.40.211]]]
From: "[[PERSON|name:Tamsin Oduya]]" <[[EMAIL|email:tamsin.oduya@yahoo.com]]>
To: [[EMAIL|email:frontdesk@brookhavenpeds.com]]
Date: [[DATE|date:Mon, 3 Jun 2024 21:14:56 -0400]]
Subject: my son's school form

Hi, can someone fill in the asthma form for [[PERSON|name:Malik]] (DOB [[DATE|date:4/19/2015]]) for [[LOCATION|geo:Lincoln Park Elementary]]? He's [[AGE|other:9]] now, uses the blue inhaler 2 puffs before PE. You can upload it to his chart: [[URL|url:https://mychart.brookhavenpeds.com/MyChart/Documents?pt=BK771042]]
Thanks, [[PERSON|name:Tamsin]]
Sent from my iPhone

---
Reply from: [[PERSON|name:Glenda Ruiz]], CMA | [[LOCATION|geo:Brookhaven Pediatrics]] | [[PHONE|phone:(718) 555-0100]] main line""",
    """Von: Dr. med. [[PERSON|name:Friederike Hausmann]] <[[EMAIL|email:f.hausmann@klinikum-sonnenhang.de]]>
An: Bureau des transferts
Datum: [[DATE|date:17.09.2024, 08:52]]
Betreff: Übernahme Patientin [[PERSON|name:GIRARD, Élodie]], geb. [[DATE|date:02.11.1958]]

Sehr geehrte Kolleginnen und Kollegen,
wir bitten um Rückverlegung von Frau [[PERSON|name:Girard]] (KIS-Nr. [[ID|mrn:30018845]], NIR [[ID|ssn:258116938346701]]) nach [[LOCATION|geo:Strasbourg]]. Z.n. Hüft-TEP rechts am [[DATE|date:09.09.2024]], Hb 9,8 g/dl, CRP 34 mg/l, mobil mit UAGS.

Mit freundlichen Grüßen
Dr. med. [[PERSON|name:F. Hausmann]], Oberärztin Unfallchirurgie
[[LOCATION|geo:Klinikum Sonnenhang]] | Fax [[PHONE|fax:+49 7851 88 3199]]""",
    """From: [[EMAIL|email:safeguarding.team@nhs.net]]
To: MASH
Date: [[DATE|date:08/02/2024 13:26]]
Subject: RE: MASH [[ID|other:MASH-24-01877]] - [[PERSON|name:DOYLE]] children

Update from ED: [[PERSON|name:Kayden Doyle]] ([[AGE|other:13M]]) re-attended last night, ED no [[ID|mrn:ED24/019284]], #5th MC R hand. Sibling [[PERSON|name:Rosie]] [[AGE|other:6yo]] attends [[LOCATION|geo:Brockley Rise Primary School]]. Police ref [[ID|other:CAD 2918/07FEB24]] (Met). Mum's partner known as "[[PERSON|name:Deano]]".

[[PERSON|name:Adaeze Nnamdi]] | Named Nurse Safeguarding Children | NMC [[ID|license:09I4471E]]
Bleep 2231 | ext 4410""",
    """From: [[EMAIL|email:dispensary@bellamyspharmacy.com.au]]
To: Practice reception
Date: [[DATE|date:5 April 2024 9:18 am]]
Subject: Script query - [[PERSON|name:O'Hara, Declan]]

Morning, we received an eScript for [[PERSON|name:Declan]] (DOB [[DATE|date:22/10/1971]]) - pregabalin 300 mg BD, previous was 150 mg BD. Please confirm with Dr [[PERSON|name:Vukovic]] before we dispense; SafeScript alert raised (3 prescribers in 60 days).
Regards,
[[PERSON|name:Mitchell Tan]] B.Pharm | Pharmacist in charge | AHPRA [[ID|license:PHA0001588214]]
[[LOCATION|geo:Bellamy's Pharmacy Frankston]]
Ph [[PHONE|phone:(03) 9783 2206]] Fax [[PHONE|fax:(03) 9783 2210]]""",
    """-----Original Message-----
From: [[PERSON|name:Whitaker, Jolene]] NP <[[EMAIL|email:jwhitaker@mesaverdeclinic.org]]>
Sent: [[DATE|date:Thursday, August 22, 2024 4:02 PM]]
To: RN Pool
Subject: FW: abnormal labs pt [[PERSON|name:DELACRUZ, Ana Lucia]]

[[PERSON|name:Ruben]] - please call [[PERSON|name:Ana]] (MRN [[ID|mrn:MV-0082217]], DOB [[DATE|date:01/09/1988]]) today, A1c 11.4, K 5.9. Her cell is [[PHONE|phone:505-382-1147]], Spanish preferred.

[[PERSON|name:Jolene Whitaker]], MSN, FNP-C
NPI [[ID|license:2017744071]]
[[LOCATION|geo:Mesa Verde Community Clinic]], [[LOCATION|geo:Farmington]]""",
    """From: [[PERSON|name:Bethan Morgan-Price]] <[[EMAIL|email:bethan.mp@outlook.com]]>
To: [[EMAIL|email:ward12.pals@wales.nhs.uk]]
Date: [[DATE|date:Sat, 20 Apr 2024 19:22]]
Subject: Dad's hearing aid - lost on Ward 12

Dad ([[PERSON|name:Gwilym Price]], [[AGE|other:88]]) was moved from Ward 12 to Ward 4 on Thursday and his right hearing aid went missing. It's a Phonak, serial [[DEVICE|device:2214X0KQ8]], the NHS one from audiology. Can you check bay 3 bed 6? I'm on [[PHONE|phone:07455 218 903]].

> On [[DATE|date:19 Apr 2024]], PALS wrote:
> Thank you for contacting PALS. Our reference is [[ID|other:PALS/24/0619]]. We aim to respond within 3 working days.
>
> [[PERSON|name:Rhys]] | PALS Officer | [[LOCATION|geo:Ysbyty Glan Clwyd]] | 03000 850 000""",
    """From: [[EMAIL|email:claims.officer@tac.vic.gov.au]]
To: Physio clinic admin
Date: [[DATE|date:14/06/2024 10:05]]
Subject: TAC claim [[ID|other:T24-0098217]] - [[PERSON|name:NGUYEN Van Hieu]]

Hi, approved 10 physio sessions (item PH101) for Mr [[PERSON|name:Nguyen]] following the collision on [[DATE|date:28 May 2024]]; client vehicle rego [[VEHICLE|vehicle:1XR 4KL]], other party [[VEHICLE|vehicle:BYD-772]]. Please quote claim no. on invoices. Client DOB [[DATE|date:15/03/1990]], mob [[PHONE|phone:0402 918 336]].

[[PERSON|name:Kerri-Anne Lowther]]
Claims Officer, Recovery & Support""",
    """From: [[PERSON|name:Ciara Ní Bhriain]] <[[EMAIL|email:ciara.nibhriain@ucc-research.ie]]>
To: [[PERSON|name:Oisín Flood]] <[[EMAIL|email:o.flood@ucc-research.ie]]>
Date: [[DATE|date:Wed 9 Oct 2024 14:37]]
Subject: participant withdrawal

[[PERSON|name:Oisín]], participant in record 0147 rang to withdraw - Mrs [[PERSON|name:Anne Kiely]], still wants her bloods destroyed. Can you lock the record? [[URL|url:https://redcap.ucc-research.ie/redcap_v14.0.3/DataEntry/index.php?pid=412&id=0147]]
Confirmation letter to [[ADDRESS|geo:Apt 4, The Maltings, Bandon, Co. Cork, P72 FX20]].
Withdrawal form v2.1, samples 3 x EDTA, box 12.

[[PERSON|name:Ciara]]""",
]

AUDIT_LOG_LINES = [
    """# ehr-audit host=prd-app07 file=access_[[DATE|date:20240514]].log tz=UTC-7
08:02:11.334 INFO CHART_OPEN user=[[EMAIL|email:mkovacs@stlukes-idaho.org]] src=[[IP|ip:10.42.18.77]] mrn=[[ID|mrn:00418873]] dept=ED ws=EDTRK04 latency=41ms
08:05:02.771 WARN PRINT role=RN src=[[IP|ip:172.16.201.9]]:51544 mrn=[[ID|mrn:00418873]] printer=ED-PRN-2 pages=3
08:11:47.090 INFO GET [[URL|url:https://ehr.stlukes-idaho.org/api/v2/patients/00418873/notes]] 200 83ms bytes=18224""",
    """[[DATE|date:2024-02-03 02:17:55]] BREAK_GLASS reason="Emergency care - pt unconscious" nhs=[[ID|health_plan:5094242474]] user="[[PERSON|name:SKELTON, Rebecca]] (FY2)" ws=AMU-PC12 ip=[[IP|ip:10.201.4.63]]
[[DATE|date:2024-02-03 02:18:10]] VIEW scr nhs=[[ID|health_plan:5094242474]] items=meds,allergies rc=0
[[DATE|date:2024-02-05]] REVIEW privacy_officer outcome=appropriate datix=none""",
    """CABINET ED-MS2 [[LOCATION|geo:Swan River Hospital]] export [[DATE|date:12/03/2024]] (times AWST)
22:41:07 LOGIN bio=FINGER tmpl=[[ID|biometric:FPT-7A21C9E4]] user="[[PERSON|name:Okoro, Chidinma]] RN" score=0.93 OK
22:41:30 REMOVE oxycodone IR 5 mg x1 URN [[ID|mrn:3301847]] bed 12 witness tmpl=[[ID|biometric:FPT-55E0B812]] OK
22:43:02 LOGIN bio=FINGER tmpl=[[ID|biometric:FPT-0C4D19A7]] FAIL 3/3 -> PIN fallback, discrepancy count 0""",
    """[[DATE|date:2024-08-30T19:04:22+10:00]] portal.auth login_ok user=[[EMAIL|email:liam.odwyer88@gmail.com]] ip=[[IP|ip:120.148.33.201]] mfa=sms:[[PHONE|phone:+61 438 220 915]]
[[DATE|date:2024-08-30T19:06:51+10:00]] portal.idv upload doc=driver_licence_front licence_no=[[ID|license:043771925]] selfie=[[ID|photo:selfie_4f2a91.jpg]] match=0.97 liveness=pass""",
    """[[DATE|date:Mar 18 09:14:02]] fw01 openvpn[2231]: [[IP|ip:86.14.203.77]]:61002 user=[[EMAIL|email:d.desouza@greenlanesurgery.co.uk]] assigned [[IP|ip:10.99.4.18]] cipher=AES-256-GCM
[[DATE|date:Mar 18 09:15:40]] tele01 room=VR-5521 join host=GP guest_dob_check=[[DATE|date:1939-07-02]] ok, 1 guest, 720p""",
    """[[DATE|date:2024-06-02 03:12:44,118]] ERROR [ADT_IN] ctl=A88120349 PID-3=[[ID|mrn:00912274]] name mismatch PAS="[[PERSON|name:PETERSEN^Lars]]" EMPI="[[PERSON|name:PEDERSEN^Lars]]" DOB=[[DATE|date:19640121]] -> HIM worklist (retry 0/3)
[[DATE|date:2024-06-02 03:12:44,120]] INFO  [ADT_IN] queue depth 17, lag 2.4 s""",
    """MHR access | IHI [[ID|health_plan:8003600282251237]] | [[DATE|date:2024-09-11 14:22]] | HPI-I [[ID|license:8003616209665424]] | HPI-O 8003621566684455 | role GP | Dr [[PERSON|name:Adeline Marchetti]] | Shared Health Summary viewed | src [[IP|ip:203.45.112.9]]""",
    """[[DATE|date:2024-04-22 11:05:19]] SCAN dev=MFD-4F-07 ([[IP|ip:10.7.40.21]]) tray=ADF file="[[PERSON|name:MORIARTY_Kieran]]_[[DATE|date:19850307]]_consent.pdf" pages=2 -> EDM
[[DATE|date:2024-04-22 11:07:03]] SCAN dev=MFD-4F-07 file="[[ID|mrn:RX40018827]]_referral.pdf" pages=4 ocr=ok dpi=300""",
    """IVR line 2 [[DATE|date:2024-11-04 08:31:52]] ani=[[PHONE|phone:07700 918 442]] voiceprint=[[ID|biometric:VP-20231104-88F3]] match=0.91 verified
  dob=[[DATE|date:1950-08-16]] nhs=[[ID|health_plan:5336281573]] request=repeat items=3 collect=[[LOCATION|geo:Hollins Pharmacy Bury]] queue 00:02:41""",
    """ANPR cam-02 [[DATE|date:15/05/2024 07:58:12]] plate=[[VEHICLE|vehicle:MA21 UWK]] conf=98% entry -> concession (ICU relative, bed 7)
ANPR cam-03 [[DATE|date:15/05/2024 19:40:55]] plate=[[VEHICLE|vehicle:MA21UWK]] conf=95% exit dwell=11h42m fee=0.00""",
]

PAGER_SMS_MESSAGE = [
    """PAGE 2231 [[DATE|date:03/04 02:14]] - Pls ring 7A ext 4410 re bed 12 Mrs [[PERSON|name:Ambrose]], K+ 6.1 on VBG, ECG done. [[PERSON|name:Felicity]] SN""",
    """Hi [[PERSON|name:Josh]], reminder: appt with Dr [[PERSON|name:Kapoor]] at [[LOCATION|geo:Bayview Medical Centre]] on [[DATE|date:Thu 14/11]] 9:40am. Reply Y to confirm or call [[PHONE|phone:(02) 4962 1100]]. Manage: [[URL|url:https://book.bayviewmc.com.au/b/7XK2QP]] Txt STOP to opt out""",
    """MET CALL Ward 5 bed 3 - [[AGE|other:78M]] RR 32 SpO2 84% on 4L, GCS 13. Daughter [[PERSON|name:Noeline]] on way, mob [[PHONE|phone:0447 915 220]]. ICU reg bleep 5560""",
    """NHS: Your NHS App security code is 448120. Do not share it. If you did not request this, call 111. Your booking at [[LOCATION|geo:Fulwood Health Centre]] on [[DATE|date:Monday 9 December]] 10:20 is confirmed, ref [[ID|other:HCB-771-204]].""",
    """Walgreens: [[PERSON|name:Destiny]], your Rx is ready at [[LOCATION|geo:Walgreens Maple Heights]] ([[ADDRESS|geo:5400 Warrensville Center Rd]]). Pickup by [[DATE|date:10/18]]. Q's? [[PHONE|phone:216-587-0433]]""",
    """pager 0441: theatre 2 asking for consent - [[PERSON|name:LAMBERT, Hugo]] URN [[ID|mrn:5581920]], lap chole, not signed, wife [[PERSON|name:Sabine]] has EPOA. call theatre desk x3312""",
    """TELECARE ALERT [[DATE|date:21/01/2025 04:12]] pendant fall - [[PERSON|name:Norah Quigley]] ([[AGE|date:92]]), [[ADDRESS|geo:11 Mill Brae, Dunblane FK15 0AZ]]. Keysafe 2580. Responder 1: nephew [[PERSON|name:Callum]] [[PHONE|phone:07831 442 016]]""",
    """Bonjour Mme [[PERSON|name:Rousseau]], votre RDV IRM au [[LOCATION|geo:Centre d'Imagerie Lafayette]] est le [[DATE|date:12/03]] a 8h15. Venez a jeun 4h, avec carte Vitale. Annulation: [[PHONE|phone:04 72 61 83 90]]""",
    """[[DATE|date:Sat 7 Sep]] 18:02 [[PERSON|name:Marguerite]] (carer): sent IMG_2231.jpg of the rash on his back, spreading since lunch, temp 38.4
18:09 DN [[PERSON|name:Toby]]: thanks - looks like cellulitis, GP OOH 111 tonight please, mark the edges with pen""",
    """[[LOCATION|geo:Hausarztpraxis Lindenthal]]: Hallo Herr [[PERSON|name:Yilmaz]], Ihr Rezept (Ramipril 5 mg N3) liegt ab [[DATE|date:Mi., 16.10.]] bereit. Rueckfragen [[PHONE|phone:0221 9408 7716]]""",
]

OCR_SCANNED_FORM = [
    """[scan p1/2, 200 dpi, OCR conf 71%]
URGENT SUSPECTED CANCER REFERRAL F0RM (LOWER Gl)      Page l of 2
Sur name: [[PERSON|name:HOWA RTH]]        Fore name(s): [[PERSON|name:Dennis]]
NHS No: [[ID|health_plan:653 268 O869]]     D.O.B: [[DATE|date:l4/O2/l95l]]
Address: [[ADDRESS|geo:29 Ferndale Cres, Wake field WF2 7HL]]
FIT result: l42 ug/g    Hb: ll3 g/L    Wt loss: 6 kg / 3 months
Referring GP: Dr [[PERSON|name:S. Iqbal]]  Practice fax: [[PHONE|fax:0l924 3O1 877]]""",
    """MEDICARE - ASSIGNMENT OF BENEFIT (scanned, handwritten)
Patient [[PERSON|name:Shirin Farahani]]   Suburb [[LOCATION|geo:Mirrabooka]]  WA
Medicare card no [[ID|health_plan:4987 47l75 3]]   Ref no 2
Item(s): 23, 10997    Fee $42.85
Patient signature ______  Date [[DATE|date:O9/O7/2O24]]
Ph (h) [[PHONE|phone:(O8) 9447 3l2O]]""",
    """NEW PATIENT REGISTRATION - PLEASE PRINT
Name (Last, First, MI): [[PERSON|name:MCCRAY, TAWANA L]]       Age: [[AGE|other:56]]
DOB [[DATE|date:O3/ll/l968]]    SSN [[ID|ssn:5O9-3l-8824]]    Driver Lic # [[ID|license:O8l 552 739]] (TN)
Emergency contact: [[PERSON|name:Lorenzo]] (bro)  [[PHONE|phone:(9Ol) 276-4413]]
Allergies: PCN (hives), sulfa      Meds: lisinopril l0 mg, metformin 5OO mg BlD""",
    """Muster 6 - Überweisungsschein (Scan, OCR)
Krankenkasse: AOK Rheinland/Hamburg      Kassen-Nr. 1O4212O59
Name, Vorname des Versicherten: [[PERSON|name:KRAUSE, Hel ga]]      geb. am [[DATE|date:O3.O9.47]]
Versicherten-Nr. [[ID|health_plan:U8490591 28]]      Status 5OOOO 1
Betriebsstätten-Nr. 38l44O7OO    Arzt-Nr. [[ID|license:3l84O23Ol]]    Datum [[DATE|date:l7.1O.24]]
Überweisung an: Kardiologie       Diagnose: l50.l3 G, Z95.0
Praxis-Fax [[PHONE|fax:O221 48 3l 9O]]""",
    """PATIENT TRANSPORT ELIGIBILITY (PTS) - scanned copy
Patient: Mrs [[PERSON|name:Glenys Aitchison]]     NI no: [[ID|ssn:PW 6l 88 O4 B]]
Pick-up: [[ADDRESS|geo:Flat 2, 18 Chapel St, Ebbw Vale NP23 6BH]]
Mobility: C2 (wheelchair, 1 crew)   O2: 2 L/min
Own vehicle?  Y / N   Reg: [[VEHICLE|vehicle:YG68 OTX]] (son's car, unavailable Tues)
Blue Badge no. [[ID|other:BB 7713 2O94]]   Renal dialysis Mon/Wed/Fri 07:30""",
    """ADVANCE HEALTH DIRECTIVE - Section 4 (page 3, scanned)
I, [[PERSON|name:Margaret Ann Tulloch]], born [[DATE|date:2l/O8/l938]] ...
Substitute decision-maker: [[PERSON|name:Graham Tulloch]] (son)  ph [[PHONE|phone:04l8 552 9O7]]
Witnessed by: Dr [[PERSON|name:P. Ashworth]]   AHPRA [[ID|license:MED000l4478l2]]
Signed on the [[DATE|date:l8th day of March 2O24]]     No CPR if cardiac arrest: [X]""",
    """AUTHORIZATION FOR RELEASE OF PROTECTED HEALTH INFORMATION (fax recv 2 pgs)
I, [[PERSON|name:Roberto Almeida-Cruz]], authorize [[LOCATION|geo:Riverside Orthopedic Group]] to release
records for dates of service [[DATE|date:O2/l4/2O24]] through [[DATE|date:O4/Ol/2O24]] to: Attorney [[PERSON|name:Lisa Chen]]
Fax to: [[PHONE|fax:(95l) 682-l4O9]]        Patient acct # [[ID|account:RO-44l7290]]
Purpose: litigation   Expires: 1 year from signature   Fee: $6.5O + $O.25/page""",
    """FW8 - MATERNITY EXEMPTION (scanned, faint)
Mrs/Miss/Ms: [[PERSON|name:Kirsty Halloran-Webb]]     NHS no: [[ID|health_plan:79O 443 5l28]]
Postcode: [[ADDRESS|geo:LS6 2QR]]       EDD: [[DATE|date:2l/O6/2O25]]    Gestation l4+2 wks
Certificate no: [[ID|health_plan:MAT 2O9 l44 8]]   Valid until [[DATE|date:2l/O6/2O26]]
Midwife signature ...  NMC PIN [[ID|license:l6Al2O3E]]""",
    """MEDlCAL CARD APPLlCATlON - Part 1 (scan)
PPS No. [[ID|ssn:854l492N]]        Surname [[PERSON|name:DEVLIN-COYLE]]   First name [[PERSON|name:Aoife]]
Date of birth [[DATE|date:2 2 / O 7 / l 9 9 O]]      Eircode [[ADDRESS|geo:V94 K2E8]]
Phone [[PHONE|phone:O85 l27 44O9]]       Dependants: 2 (ages [[AGE|other:4]] and [[AGE|other:l]])
Weekly income (gross): EUR 4l2.OO""",
    """IMMIGRATION MEDICAL EXAMINATION (eMedical) - panel clinic scan
HAP ID [[ID|other:884210371]]     Passport no. [[ID|other:P382 9lO4A]]  (Philippines)
Applicant: [[PERSON|name:DELA PAZ, Marivic]]   DOB [[DATE|date:O5 JUN l991]]   Sex F
Photo: [[ID|photo:HAP884210371_face.jpg]]   Biometrics (10-print) ref [[ID|biometric:BIO-7731904-R1]]
CXR: no active TB    IGRA: negative    BP l18/76    BMI 23.4""",
]

CLAIMS_REMITTANCE = [
    """ST*835*0001~
BPR*I*1842.5*C*ACH*CCP*01*021000021*DA*[[ID|account:4471093852]]*1043821979**01*071000013*DA*[[ID|account:9920117]]*[[DATE|date:20240621]]~
CLP*[[ID|account:PT88421937]]*1*450*312.4*40*12*[[ID|other:24172005812300]]*11*1~
NM1*QC*1*[[PERSON|name:HOLLINGSWORTH*GLORIA*M]]***MI*[[ID|health_plan:QHZ889102744]]~
DTM*232*[[DATE|date:20240603]]~
SVC*HC:99214*450*312.4**1~
CAS*PR*2*40~CAS*CO*45*97.6~
SE*9*0001~""",
    """NM1*IL*1*[[PERSON|name:PRZYBYLSKI*WALTER*J]]****MI*[[ID|health_plan:7HX2QD5MJ81]]~
N3*[[ADDRESS|geo:88 ORCHARD HILL RD]]~
N4*[[ADDRESS|geo:BERLIN*CT*06037]]~
DMG*D8*[[DATE|date:19410227]]*M~
CLM*[[ID|account:WP20240718-3]]*225***11:B:1*Y*A*Y*Y~
DTP*472*D8*[[DATE|date:20240718]]~
NM1*82*1*[[PERSON|name:OYELOWO*FUNMILAYO]]****XX*[[ID|license:2627113485]]~
SV1*HC:G0439*225*UN*1***1~""",
    """BULK BILL PROCESSING REPORT - [[LOCATION|geo:Carrington Street Clinic]]
Patient              Medicare no.     DOS          Item  Fee     Benefit  Status
[[PERSON|name:HUANG Jiayi]]          [[ID|health_plan:3924741154]]/1     [[DATE|date:02/09/2024]]   23    42.85   42.85    PAID
Deposit: BSB 062-000 acct [[ID|account:1093 8827]]   Batch 118 (1 of 1), 17 services""",
    """HICAPS RECEIPT     [[DATE|date:11/10/2024 15:42]]
[[LOCATION|geo:Smile Bright Dental Ipswich]]    Term 0044
Fund HCF   Member [[ID|health_plan:0448 2179 3]]   Pt 02 ([[PERSON|name:Ruby]])
Item 114 Scale & clean        145.00   Benefit  96.00
Item 121 Fluoride              38.00   Benefit  25.00
GAP  62.00      Card ending 0932      APPROVED""",
    """CTP Personal Injury Claim [[ID|other:CL-24-0917733]] - treatment invoice review
Claimant: [[PERSON|name:Yasmin Haddad]], DOB [[DATE|date:09/12/1996]]
Accident: [[DATE|date:30/06/2024]], [[LOCATION|geo:Parramatta Road]], [[LOCATION|geo:Annandale]]. At-fault vehicle rego [[VEHICLE|vehicle:CX-84-QL]], VIN [[VEHICLE|vehicle:JTDKARFU7J3874690]]
Physio x 6 @ $98.00 = $588.00 approved; WPI 4% (no threshold), return to work 20 h/wk""",
    """Bupa pre-authorisation [[ID|other:PA-55291784]] | member [[ID|health_plan:41927703-02]] | [[PERSON|name:ST JOHN-SMYTHE, Arabella]]
Consultant: Mr [[PERSON|name:R Venkataraman]] (GMC [[ID|license:4418290]]) | OPCS W40.1 TKR (L) | [[LOCATION|geo:Tees Valley Private Hospital]] | adm [[DATE|date:04/11/2024]]
Excess GBP 100 refunded to sort code 40-12-76, account [[ID|account:31844092]]""",
    """OVERSEAS VISITOR CHARGING - invoice [[ID|other:OVM/24/00318]]
Patient: [[PERSON|name:FERRARO Giuseppe]]   DOB [[DATE|date:1958-04-22]]   Admitted [[DATE|date:2024-08-14]] (NSTEMI, 3 nights CCU)
EHIC (IT) card no. [[ID|health_plan:80380000120034471926]] - cost recovery via EEA route, not billed to patient""",
    """PRIVATLIQUIDATION - Rechnung (GOÄ)
Patient: Herr Dr. [[PERSON|name:Konstantin Vogel]], Behandlungsdatum [[DATE|date:14.08.2024]]
GOÄ 1 Beratung 2,3-fach 10,72 EUR | GOÄ 5 Untersuchung 2,3-fach 10,72 EUR | GOÄ 651 EKG 1,8-fach 26,54 EUR
Summe 47,98 EUR - zahlbar an IBAN [[ID|account:DE32 1203 0000 1058 2377 41]]""",
    """WORKERS COMP - BILL REVIEW  claim [[ID|other:WC-2024-338120]]
Claimant: [[PERSON|name:TERRELL, Marcus D]]   SSN xxx-xx-6620   DOI [[DATE|date:07/02/2024]]   lumbar strain S39.012A
CPT 97110 x4 units $168.00 allowed $121.44 per fee schedule
Adjuster [[PERSON|name:Paula Whitford]]  fax [[PHONE|fax:(614) 889-2290]]""",
    """DVA D1216 CLAIM - Veteran [[PERSON|name:PATERSON, Keith Ronald]]   DVA file no [[ID|health_plan:QX901234]] (Gold)
Age [[AGE|date:97]], RACF [[LOCATION|geo:Bayside Legacy Lodge]]. Item 10990 x1, 23 x1 on [[DATE|date:03/10/2024]]. Paid $58.45""",
]

DEVICE_TELEMETRY_EXPORT = [
    """Index,Timestamp (YYYY-MM-DDThh:mm:ss),Event Type,Event Subtype,Patient Info,Device Info,Source Device ID,Glucose Value (mmol/L),Transmitter ID
1,,FirstName,,[[PERSON|name:Kiri]],,,,
2,,LastName,,[[PERSON|name:Tamihana]],,,,
3,,DateOfBirth,,[[DATE|date:2011-03-29]],,,,
4,[[DATE|date:2024-05-20T07:05:12]],EGV,,,,iOS G7,5.8,[[DEVICE|device:8GK2PN]]
... 2,876 EGV rows omitted (14 days, 92% sensor wear, TIR 3.9-10.0 = 61%)""",
    """[[DATE|date:2024-07-03 21:14:09]] uploader v5.2 start pump_sn=[[DEVICE|device:90211847]] fw=7.6.1 basal_profiles=3
account=[[ID|account:tconnect-5518204]] phone_bt=[[DEVICE|device:5C:F9:38:A1:0E:64]] client_ip=[[IP|ip:49.186.20.144]]
21:14:52 records=4,112 boluses=38 (avg 4.6 U) temp_basal=2 occlusion_alarms=1 -> upload OK""",
    """REMOTE TRANSMISSION [[DATE|date:09-Jun-2024 03:12]] | Pt [[PERSON|name:GILHOOLY, Brendan]] | ICD DR model DDMB2D4 SN [[DEVICE|device:PZC611448S]] | bedside monitor SN [[DEVICE|device:MYC2290174]]
Episodes: VT x1 188 bpm, ATP x1 successful, shocks 0. Battery 7.1 yr, RV lead 520 ohm, threshold 0.75 V @ 0.4 ms.
Routed to [[LOCATION|geo:Freeman Hospital]] device clinic worklist, physiologist to review < 1 working day.""",
    """Compliance report | [[PERSON|name:Ingrid Solberg]] | DOB [[DATE|date:1972-11-05]] | AirSense 11 AutoSet SN [[DEVICE|device:23241876543]]
Period 30 days: usage 28/30 days, avg 6 h 41 min, days >= 4 h 93%, AHI 2.3, leak 95th 18 L/min, pressure 95th 11.2 cmH2O""",
    """{"ts":"[[DATE|date:2024-10-02T07:31:05Z]]","patient":{"nhs":"[[ID|health_plan:6290691740]]","ward":"VW-HF"},"device":{"type":"bp_cuff","model":"UA-651BLE","serial":"[[DEVICE|device:5G700938]]"},"sys":168,"dia":97,"hr":88,"alert":"amber","hub_ip":"[[IP|ip:81.102.77.14]]"}""",
    """Fitting export | Recipient [[PERSON|name:Oliver Strand]], [[AGE|other:3]] y | Implant CI632 (R) SN [[DEVICE|device:CI632-5402981]] | Processor SN [[DEVICE|device:N8-4417709]]
MAP 4: stim rate 900 pps, 8 maxima, C-levels 165-180 CL, T-levels 110-125 CL; impedances all channels 5-12 kOhm""",
    """Dispenser unit IMEI [[DEVICE|device:352916110447209]] | client [[PERSON|name:Doreen Mallinson]] | log [[DATE|date:Tue 12 Nov 2024]]
08:00 due: metoprolol 25 mg, apixaban 5 mg | 08:42 dispensed
20:00 due: apixaban 5 mg | 20:30 MISSED -> SMS to carer [[PHONE|phone:0417 330 982]] | 20:51 dispensed""",
    """[[DATE|date:2024-03-05T11:20:44Z]] gw-77 dhcpd: lease [[IP|ip:192.168.1.23]] to [[DEVICE|device:A4:C1:38:9E:52:7B]] (pulse oximeter, kit [[DEVICE|device:KIT-TH-00918]])
[[DATE|date:2024-03-05T11:20:51Z]] gw-77 spo2=93 pr=104 pi=2.1 battery=61% rssi=-67 dBm""",
    """HearingApp export | user [[EMAIL|email:f.lindholm-amato@gmx.de]] | L aid SN [[DEVICE|device:2241K1ZQW]] | R aid SN [[DEVICE|device:2241K1ZR3]]
Wear time last 7 days: 11.2 h/day; programs: Calm 62%, Speech in noise 21%, Music 4%; volume offset -2 dB""",
    """Patch ID [[DEVICE|device:P7C4418293]] | [[PERSON|name:RAMIREZ-OCHOA, Lucia]] | DOB [[DATE|date:04/27/1963]] | enrolled [[DATE|date:08/12/2024]] at [[LOCATION|geo:Desert Sky Cardiology]]
Analysis 13 d 22 h; min HR 41, max HR 168, avg 76; AF burden 6% (longest 3 h 12 min); 14 patient-triggered events""",
]

REDCAP_RESEARCH_EXPORT = [
    """record_id,redcap_event_name,participant_name,dob,email,econsent_datetime,econsent_ip,consent_complete
0147,baseline_arm_1,[[PERSON|name:Marcella Quinlan]],[[DATE|date:1969-04-30]],[[EMAIL|email:mquinlan69@eircom.net]],[[DATE|date:2024-02-11 19:42:07]],[[IP|ip:86.40.118.52]],2""",
    """record_id,age_at_consent,postcode,gp_practice,bmi,hba1c_mmol_mol,smoker
2031,[[AGE|other:58]],[[ADDRESS|geo:M14 6LT]],[[LOCATION|geo:Fallowfield Medical Centre]],31.4,64,0
2032,[[AGE|date:91]],[[ADDRESS|geo:M20 2RN]],[[LOCATION|geo:Didsbury Village Surgery]],22.8,49,2""",
    """record_id,redcap_event_name,visit_date,visit_location,research_nurse,sbp,dbp,egfr
C-014,visit_1_arm_1,[[DATE|date:2023-11-06]],[[LOCATION|geo:Western General Hospital]],[[PERSON|name:Lorna]],142,88,54""",
    """record_id,iris_template_id,enrol_site,capture_datetime,quality_score
IR-0021,[[ID|biometric:IRT-9F31-22C8-L]],[[LOCATION|geo:Mbarara]],[[DATE|date:2024-06-03 10:14]],0.88
IR-0022,[[ID|biometric:IRT-4B07-91DE-L]],[[LOCATION|geo:Mbarara]],[[DATE|date:2024-06-03 10:31]],0.79""",
    """record_id,face_photo_file,photo_type,lesion_site,fitzpatrick,diagnosis
D-118,[[ID|photo:D118_face_frontal_v1.jpg]],full face frontal,malar,IV,DLE
D-118,D118_lesion_arm_v1.jpg,lesion close-up,forearm,IV,DLE
D-119,[[ID|photo:D119_face_frontal_v1.jpg]],full face frontal,nasal bridge,II,BCC""",
    """record_id,contact_attempt,contact_date,contact_notes
3310,3,[[DATE|date:15/08/2024]],"No answer on [[PHONE|phone:0407 552 183]]. Spoke to wife [[PERSON|name:Deborah]] who says he is in [[LOCATION|geo:Royal North Shore]] after a fall; will call back in 2 wks"
3310,4,,"withdrawn by PI (loss to follow-up) - do not contact\"""",
    """record_id,medicare_no,irn,linkage_consent,sex,age_years,postcode
4402,[[ID|health_plan:5863353894]],1,yes,F,[[AGE|other:44]],[[ADDRESS|geo:2770]]
4403,[[ID|health_plan:2408 31604 1]],2,yes,M,[[AGE|other:61]],[[ADDRESS|geo:2148]]""",
    """record_id,nhs_number,dob,pt_initials,site,randomised,arm
UK-0407,[[ID|health_plan:4898025048]],[[DATE|date:17/09/1980]],RT,[[LOCATION|geo:Leeds General Infirmary]],[[DATE|date:02/04/2024]],B
UK-0408,[[ID|health_plan:9453711021]],[[DATE|date:03/03/1975]],AK,[[LOCATION|geo:Leeds General Infirmary]],[[DATE|date:09/04/2024]],A""",
    """record_id;ziekenhuis;opnamedatum;leeftijd;nyha;lvef
NL-077;[[LOCATION|geo:Maasstad Ziekenhuis]];[[DATE|date:12-01-2024]];[[AGE|other:73]];III;30
NL-078;[[LOCATION|geo:Isala Zwolle]];[[DATE|date:19-01-2024]];[[AGE|date:90]];IV;20""",
    """record_id,zip,age,race,sdoh_notes
US-551,[[ADDRESS|geo:60623]],[[AGE|other:34]],2,"lives with sister [[PERSON|name:Yolanda]]; shelter at [[LOCATION|geo:Pacific Garden Mission]] last winter"
US-552,[[ADDRESS|geo:60629]],[[AGE|date:93]],1,"grandson [[PERSON|name:Marcus Bell]] drives him, car [[VEHICLE|vehicle:IL BX 44172]]\"""",
]


def main() -> None:
    styles = [
        ("hl7-v2-segments", HL7_V2_SEGMENTS),
        ("fhir-json-resource", FHIR_JSON_RESOURCE),
        ("csv-tsv-extract", CSV_TSV_EXTRACT),
        ("email-thread-signature", EMAIL_THREAD_SIGNATURE),
        ("audit-log-lines", AUDIT_LOG_LINES),
        ("pager-sms-message", PAGER_SMS_MESSAGE),
        ("ocr-scanned-form", OCR_SCANNED_FORM),
        ("claims-remittance", CLAIMS_REMITTANCE),
        ("device-telemetry-export", DEVICE_TELEMETRY_EXPORT),
        ("redcap-research-export", REDCAP_RESEARCH_EXPORT),
    ]
    print(f"probe93: {write_styled(OUT, styles)} docs")


if __name__ == "__main__":
    main()
