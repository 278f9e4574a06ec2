"""Write the 47th hand-annotated redaction probe, 100 notes of US and Canadian health-system exports.

Why: the engine must find identifiers where systems, not people, wrote them: names split over
HL7 components, CSV columns and XML elements, IDs glued to labels inside JSON, pipes and DICOM
brackets, machine dates (YYYYMMDD, ISO with offsets, epoch seconds) and OCR-mangled text, while
leaving the codes, lot numbers, UIDs of standard classes, lab values and money beside them alone.

What: ten styles of 10 notes (ehr-export-rows, fhir-json-resources, hl7-adt-messages,
ccd-xml-fragments, pharmacy-claim-records, lab-information-system-log, dicom-header-dump,
access-audit-trail, patient-portal-thread, scanned-form-ocr-text), 60 US and 40 Canadian notes.
Each name part in its own field is its own PERSON span (titles and suffixes like MD or JR stay
out); a street line is ADDRESS, a city or facility LOCATION, a ZIP or postal code in its own
field ADDRESS; states and provinces are unmarked. MRNs are ID|mrn; FIN, encounter, visit,
guarantor, claim and transaction numbers ID|account; OHIP, RAMQ, BC PHN, AHCIP/ULI, Medicare MBI,
Medicaid and member IDs ID|health_plan; SSN and SIN ID|ssn; NPI, DEA, college and pharmacy
numbers ID|license; accession, Rx, message, case numbers, usernames and study UIDs ID|other.
OCR spans keep the OCR errors (O/0, l/1 swaps, split words) exactly as printed.

How: cd /work/main && .venv/bin/python scripts/make_probe47_corpus.py
(writes corpus/redaction/probe47.jsonl).
"""

from pathlib import Path

from make_safe_harbor_suite import write_styled

OUT = Path(__file__).resolve().parents[1] / "corpus" / "redaction" / "probe47.jsonl"

EHR_EXPORT_ROWS = [
    (
        "MRN,FIN,LAST_NAME,FIRST_NAME,MI,DOB,SEX,ADDR1,CITY,ST,ZIP,HOME_PH,ADMIT_DT,NURSE_UNIT,BED,LOS_D\n"
        "[[ID|mrn:00483921]],[[ID|account:7730018842]],[[PERSON|name:WINTER]],[[PERSON|name:AUGUST]],[[PERSON|name:J]],[[DATE|date:19580314]],M,[[ADDRESS|geo:4417 N Kedzie Ave]],[[LOCATION|geo:Chicago]],IL,[[ADDRESS|geo:60625]],[[PHONE|phone:(773) 555-0184]],[[DATE|date:20240311]],5W,512-B,4"
    ),
    (
        "pt_id\tssn\tname\tage\tdob\tpayer\tmember_id\tpcp_npi\n"
        "[[ID|mrn:E1029391]]\t[[ID|ssn:530-24-8816]]\t[[PERSON|name:Hope, Faith A.]]\t[[AGE|date:91]]\t[[DATE|date:11/05/1932]]\tMEDICARE A/B\t[[ID|health_plan:5EG4-TE5-MK72]]\t[[ID|license:1550218733]]\n"
        "-- 1 row returned (0.04 s); EXP_REF 44810 run by [[ID|other:kmaldonado2]] on [[DATE|date:2024-03-18]]"
    ),
    (
        '"HCN","SURNAME","GIVEN","DOB","POSTAL","ADDR","CITY","PROV","TEL","VISIT_NO","ATTENDING_CPSO","TRIAGE"\n'
        '"[[ID|health_plan:6281-049-376-AB]]","[[PERSON|name:BAPTISTE]]","[[PERSON|name:CLEMENT]]","[[DATE|date:1971-09-30]]","[[ADDRESS|geo:K1N 6N5]]","[[ADDRESS|geo:212 Rideau St Unit 1104]]","[[LOCATION|geo:Ottawa]]","ON","[[PHONE|phone:613-555-0142]]","[[ID|account:V00912284]]","[[ID|license:84213]]","CTAS 2"'
    ),
    (
        " patient_key  | last_nm | first_nm | dob        | zip5  | county     | enc_id      | dx_cd  | disch\n"
        "--------------+---------+----------+------------+-------+------------+-------------+--------+------\n"
        " [[ID|mrn:MRN-2290417]]  | [[PERSON|name:Church]]  | [[PERSON|name:Abbey]]    | [[DATE|date:1962-12-01]] | [[ADDRESS|geo:29401]] | [[LOCATION|geo:Charleston]] | [[ID|account:ENC88120934]] | I50.23 | 01\n"
        "(1 row)"
    ),
    (
        '{"mrn":"[[ID|mrn:104-22-871]]","name":{"family":"[[PERSON|name:Del Toro]]","given":"[[PERSON|name:Marisol]]"},"dob_epoch":[[DATE|date:-118627200]],"last_seen_ts":[[DATE|date:1709251200]],"email":"[[EMAIL|email:mdeltoro71@yahoo.com]]","bmi":31.4,"a1c_pct":8.2,"egfr":58}'
    ),
    (
        "Row,Acct#,Guarantor,Rel,Guarantor SSN,Work Ph,Fax,Balance,Last Stmt\n"
        '17,[[ID|account:G-5538104]],"[[PERSON|name:MASON, WADE T]]",SELF,[[ID|ssn:228-41-9076]],[[PHONE|phone:(843) 555-0165]],[[PHONE|fax:(843) 555-0166]],"$1,204.77",[[DATE|date:02/29/24]]\n'
        '18,[[ID|account:G-5538119]],"[[PERSON|name:BAKER, HUNTER]]",FATHER,[[ID|ssn:249-70-3318]],[[PHONE|phone:843-555-0121 x204]],,$88.00,[[DATE|date:03/01/24]]\n'
        "note: row 18 pt is minor ([[AGE|other:9]] yo) - guarantor dad, do not send to collections"
    ),
    (
        "NO_DOSSIER;NAM;NOM;PRENOM;DDN;ADRESSE;VILLE;CP;TEL;MD_PERMIS;DATE_ADM\n"
        "[[ID|mrn:D0418822]];[[ID|health_plan:LAVA 7208 1512]];[[PERSON|name:LAVALLÉE]];[[PERSON|name:Aimé]];[[DATE|date:1972-08-15]];[[ADDRESS|geo:3420 rue Saint-Denis, app. 4]];[[LOCATION|geo:Montréal]];[[ADDRESS|geo:H2X 3L3]];[[PHONE|phone:514 555-0129]];[[ID|license:1-08452]];[[DATE|date:2024-01-09 07:41]]"
    ),
    (
        "PHN          SURNAME      GIVEN           DOB          ADDRESS                 CITY       PC        PHONE\n"
        "[[ID|health_plan:9661 092 833]]  [[PERSON|name:PATIENCE]]     [[PERSON|name:Sterling]]        [[DATE|date:1939-Oct-02]]  [[ADDRESS|geo:655 Fraser Ave]]        [[LOCATION|geo:Hope]]       [[ADDRESS|geo:V0X 1L0]]   [[PHONE|phone:604 555 0114]]\n"
        "** PATIENCE Sterling age [[AGE|other:84]] at extract?? DOB looks wrong, chk w/ HIM"
    ),
    (
        "ULI,SURNAME,FIRST,MIDDLE,DOB,AGE,ADDR,CITY,PC,FAM_MD_PRAC_ID,LAST_VISIT,BP,WT_KG\n"
        "[[ID|health_plan:40219-3817]],[[PERSON|name:Crowchild]],[[PERSON|name:Dawn]],[[PERSON|name:Sky]],[[DATE|date:1990/04/11]],[[AGE|other:34]],[[ADDRESS|geo:4415 Bow Trail SW]],[[LOCATION|geo:Calgary]],[[ADDRESS|geo:T3C 2E8]],[[ID|license:011842]],[[DATE|date:14-Mar-2024]],128/82,71.5"
    ),
    (
        "MRN|LAST|FIRST|AGE|PHOTO_REF|PORTAL_USER|TRAUMA_VEH_PLATE|VIN\n"
        "[[ID|mrn:7711290]]|[[PERSON|name:o'brien]]|[[PERSON|name:Patience]]|[[AGE|date:94]]|[[ID|photo:/mnt/facephotos/7711290_obrien_p.jpg]]|[[ID|other:pobrien1929]]||\n"
        "[[ID|mrn:7711304]]|[[PERSON|name:Cash]]|[[PERSON|name:Johnny]]|[[AGE|other:23]]|[[ID|photo:/mnt/facephotos/7711304_cash_j.jpg]]|[[ID|other:jcash_99]]|[[VEHICLE|vehicle:TN 8K4-2R7]]|[[VEHICLE|vehicle:1HGCM82633A004352]]"
    ),
]

FHIR_JSON_RESOURCES = [
    (
        '{"resourceType":"Patient","id":"[[ID|other:pt-8f21c9]]","identifier":[{"system":"http://hl7.org/fhir/sid/us-ssn","value":"[[ID|ssn:371-52-0948]]"},{"type":{"coding":[{"code":"MR"}]},"system":"https://ehr.mercy-stl.example/mrn","value":"[[ID|mrn:M00938174]]"}],\n'
        ' "name":[{"use":"official","family":"[[PERSON|name:Springer]]","given":["[[PERSON|name:Summer]]","[[PERSON|name:Dawn]]"]}],\n'
        ' "telecom":[{"system":"phone","value":"[[PHONE|phone:+1-314-555-0152]]","use":"mobile"},{"system":"email","value":"[[EMAIL|email:summer.springer@gmail.com]]"}],\n'
        ' "gender":"female","birthDate":"[[DATE|date:1979-04-08]]",\n'
        ' "address":[{"line":["[[ADDRESS|geo:1290 Lafayette Ave]]"],"city":"[[LOCATION|geo:St. Louis]]","state":"MO","postalCode":"[[ADDRESS|geo:63104]]"}]}'
    ),
    (
        '{"resourceType":"Observation","status":"final","code":{"coding":[{"system":"http://loinc.org","code":"4548-4","display":"Hemoglobin A1c/Hemoglobin.total in Blood"}]},\n'
        '"subject":{"reference":"Patient/[[ID|other:a3c0e5d2-77b1-4f0e-9d61-2b8e4c1f0a93]]","display":"[[PERSON|name:Lincoln Pierce]]"},\n'
        '"effectiveDateTime":"[[DATE|date:2024-02-27T09:14:00-06:00]]","issued":"[[DATE|date:2024-02-27T15:02:44.118-06:00]]",\n'
        '"valueQuantity":{"value":9.1,"unit":"%","system":"http://unitsofmeasure.org","code":"%"},"referenceRange":[{"high":{"value":5.6,"unit":"%"}}],\n'
        '"performer":[{"display":"[[PERSON|name:Gloria Haddad]], MD (NPI [[ID|license:1607193244]])"}],"note":[{"text":"pt is [[AGE|other:58]]yo, on metformin 1000mg BID"}]}'
    ),
    (
        '{"resourceType":"Coverage","status":"active","subscriberId":"[[ID|health_plan:XGM889104512]]",\n'
        ' "beneficiary":{"reference":"Patient/[[ID|other:4471902]]"},"relationship":{"coding":[{"code":"spouse"}]},\n'
        ' "period":{"start":"[[DATE|date:2023-01-01]]","end":"[[DATE|date:2023-12-31]]"},\n'
        ' "payor":[{"display":"Blue Cross Blue Shield of Texas"}],\n'
        ' "class":[{"type":{"coding":[{"code":"group"}]},"value":"000218734","name":"ACME FREIGHT EMPLOYEES"}],\n'
        ' "identifier":[{"system":"http://hl7.org/fhir/sid/us-medicaid","value":"[[ID|health_plan:518203947]]"}],\n'
        ' "costToBeneficiary":[{"valueMoney":{"value":35.00,"currency":"USD"}}]}'
    ),
    (
        '{"resourceType":"Device","udiCarrier":[{"deviceIdentifier":"00643169007222","carrierHRF":"(01)00643169007222(21)[[DEVICE|device:PJN704512S]]"}],\n'
        '"status":"active","manufacturer":"Medtronic","deviceName":[{"name":"Azure XT DR MRI SureScan","type":"user-friendly-name"}],\n'
        '"modelNumber":"W1DR01","serialNumber":"[[DEVICE|device:PJN704512S]]","patient":{"reference":"Patient/[[ID|other:pt-00291]]"},\n'
        '"note":[{"text":"implanted [[DATE|date:01/31/2024]] @ [[LOCATION|geo:Baptist Health Louisville]] by Dr [[PERSON|name:Rex Holloway]]; next interrogation 3/12"}]}'
    ),
    (
        '{"resourceType":"Practitioner","identifier":[{"system":"http://hl7.org/fhir/sid/us-npi","value":"[[ID|license:1382047169]]"},{"system":"urn:oid:2.16.840.1.113883.4.814","value":"[[ID|license:BB4829175]]"}],\n'
        '"name":[{"family":"[[PERSON|name:Bishop]]","given":["[[PERSON|name:Cardinal]]"],"prefix":["Dr."],"suffix":["DO"]}],\n'
        '"telecom":[{"system":"fax","value":"[[PHONE|fax:502-555-0139]]"},{"system":"phone","value":"[[PHONE|phone:502-555-0138]]","use":"work"}],\n'
        '"address":[{"text":"[[ADDRESS|geo:200 Abraham Flexner Way, Louisville, KY 40202]]"}],"qualification":[{"code":{"text":"KY Board #"},"identifier":[{"value":"[[ID|license:DO-04471]]"}]}]}'
    ),
    (
        '{"resourceType":"Encounter","identifier":[{"system":"urn:oid:1.2.840.114350.1.13.0.1.7.3.698084.8","value":"[[ID|account:31004418822]]"}],"class":{"code":"IMP"},\n'
        '"period":{"start":"[[DATE|date:2024-05-02T22:41:17Z]]","end":"[[DATE|date:2024-05-09T14:05:00Z]]"},\n'
        '"subject":{"display":"[[PERSON|name:HUNTER, Ruby]] ([[AGE|other:82]] y/o F)"},\n'
        '"location":[{"location":{"display":"[[LOCATION|geo:Providence St. Vincent Medical Center]] 4N Rm 412"}}],\n'
        '"hospitalization":{"dischargeDisposition":{"text":"SNF - [[LOCATION|geo:Laurelhurst Village]]"}},"length":{"value":7,"unit":"d"}}'
    ),
    (
        '{"resourceType":"Patient","identifier":[{"system":"https://fhir.infoway-inforoute.ca/NamingSystem/ca-on-patient-hcn","value":"[[ID|health_plan:7902136485]]"},{"system":"urn:ca:sin","value":"[[ID|ssn:527 103 840]]"}],\n'
        '"name":[{"family":"[[PERSON|name:Lachance]]","given":["[[PERSON|name:Noël]]"]}],"birthDate":"[[DATE|date:1969-12-25]]",\n'
        '"address":[{"line":["[[ADDRESS|geo:18 Wellesley St E]]","[[ADDRESS|geo:Suite 2207]]"],"city":"[[LOCATION|geo:Toronto]]","state":"ON","postalCode":"[[ADDRESS|geo:M4Y 1G3]]","country":"CA"}],\n'
        '"telecom":[{"system":"phone","value":"[[PHONE|phone:(416) 555-0108]]"},{"system":"url","value":"[[URL|url:https://noellachance.ca]]"}]}'
    ),
    (
        '{"resourceType":"MedicationRequest","status":"active","medicationCodeableConcept":{"text":"metFORMIN 500 mg tab ER","coding":[{"code":"02242974"}]},\n'
        '"subject":{"identifier":{"system":"https://health.gov.bc.ca/fhir/NamingSystem/ca-bc-patient-healthcare-id","value":"[[ID|health_plan:9048172938]]"},"display":"[[PERSON|name:Chen, Wei-Lin]]"},\n'
        '"authoredOn":"[[DATE|date:2024-07-19]]","requester":{"identifier":{"system":"https://fhir.infoway-inforoute.ca/NamingSystem/ca-bc-license-physician","value":"[[ID|license:29814]]"},"display":"Dr. [[PERSON|name:Harpreet Dhillon]]"},\n'
        '"dosageInstruction":[{"text":"1 tab PO BID with meals x 90/7"}],"dispenseRequest":{"numberOfRepeatsAllowed":3,"quantity":{"value":180}}}'
    ),
    (
        '{"resourceType":"Patient","identifier":[{"system":"https://www.ramq.gouv.qc.ca/NAM","value":"[[ID|health_plan:COTR90530421]]"}],\n'
        '"name":[{"family":"[[PERSON|name:Côté]]","given":["[[PERSON|name:Rose-Aimée]]"]}],"birthDate":"[[DATE|date:1990-03-04]]",\n'
        '"address":[{"line":["[[ADDRESS|geo:1120 av. Cartier]]"],"city":"[[LOCATION|geo:Québec]]","postalCode":"[[ADDRESS|geo:G1R 2S6]]"}],\n'
        '"contact":[{"relationship":[{"text":"mère"}],"name":{"text":"[[PERSON|name:Ginette Côté]]"},"telecom":[{"system":"phone","value":"[[PHONE|phone:418 555-0161]]"}]}],\n'
        '"communication":[{"language":{"text":"fr-CA"}}]}'
    ),
    (
        '{"resourceType":"Immunization","status":"completed","vaccineCode":{"text":"Shingrix 0.5 mL IM"},"lotNumber":"9K2Y7",\n'
        '"patient":{"identifier":{"system":"https://fhir.alberta.ca/ahcip","value":"[[ID|health_plan:18274-6203]]"},"display":"[[PERSON|name:Morningstar, Dawn]]"},\n'
        '"occurrenceDateTime":"[[DATE|date:2023-10-14T10:20:00-06:00]]",\n'
        '"location":{"display":"[[LOCATION|geo:Chinook Regional Hospital]], [[LOCATION|geo:Lethbridge]]"},\n'
        '"performer":[{"actor":{"display":"[[PERSON|name:K. Fairweather]], RN"}}],"protocolApplied":[{"doseNumberPositiveInt":2,"seriesDosesPositiveInt":2}]}'
    ),
]

HL7_ADT_MESSAGES = [
    (
        "MSH|^~\\&|EPIC|NMH^CHICAGO|CLOVERLEAF|RCV|[[DATE|date:20240311142207-0500]]||ADT^A01^ADT_A01|MSG00048213|P|2.5.1\n"
        "PID|1||[[ID|mrn:00483922]]^^^NMH^MR~[[ID|ssn:318-40-7752]]^^^SSA^SS||[[PERSON|name:FOX]]^[[PERSON|name:CHRISTIAN]]^[[PERSON|name:LEE]]^^^^L||[[DATE|date:19670829]]|M||2106-3|[[ADDRESS|geo:2301 W GIDDINGS ST]]^^[[LOCATION|geo:CHICAGO]]^IL^[[ADDRESS|geo:60625]]^USA^H||[[PHONE|phone:(773)555-0163]]^PRN^PH|||M||[[ID|account:7730021145]]\n"
        "PV1|1|I|5W^514^B^NMH||||[[ID|license:1719304820]]^[[PERSON|name:OKAFOR]]^[[PERSON|name:NNAMDI]]^^^^MD|||MED||||1|||||[[ID|account:7730021145]]|||||||||||||||||||||||||[[DATE|date:20240311141500]]"
    ),
    (
        "MSH|^~\\&|MEDITECH|STJOES|HIE|STATE|[[DATE|date:202402260915]]||ADT^A08|4471093|P|2.3\n"
        "PID|1|[[ID|mrn:M000418273]]|[[ID|mrn:M000418273]]||[[PERSON|name:DAY]]^[[PERSON|name:HOLLY]]^^^MRS||[[DATE|date:19510412]]|F|||[[ADDRESS|geo:16 BIRCH HOLLOW RD]]^^[[LOCATION|geo:SYRACUSE]]^NY^[[ADDRESS|geo:13215-1042]]||[[PHONE|phone:315-555-0170]]|||W|CAT|[[ID|account:V1044821]]|[[ID|ssn:087-52-3319]]\n"
        "IN1|1|MCR01|MEDICARE|MEDICARE PART A & B|||||||||||1||01||||||||||||||||||[[ID|health_plan:2QV7XW4DR19]]"
    ),
    (
        "MSH|^~\\&|CERNER|MUSC|||[[DATE|date:20240104083012]]||ADT^A03|Q99120371T|P|2.4\n"
        "PID|1||[[ID|mrn:000918273]]^^^MUSC^MR||[[PERSON|name:SMITH-JONES]]^[[PERSON|name:MAY]]^[[PERSON|name:B]]||[[DATE|date:19320104]]|F|||[[ADDRESS|geo:9 ROSE LN]]^^[[LOCATION|geo:MOUNT PLEASANT]]^SC^[[ADDRESS|geo:29464]]\n"
        "PV1|1|I|4E^407^A||||[[ID|license:2431027533]]^[[PERSON|name:PINCKNEY]]^[[PERSON|name:CHARLES]]||||||||||||[[ID|account:F00337120]]|||||||||||||||||01|||||||||[[DATE|date:20231228]]|[[DATE|date:20240104081500]]\n"
        "DG1|1||I21.4^NSTEMI^I10||[[DATE|date:20231228]]|A\n"
        "ZPI|AGE_AT_DC|[[AGE|date:92]]|FALL_RISK|HIGH|MORSE|65"
    ),
    (
        "MSH|^~\\&|ALLSCRIPTS|HERMANN|RHAPSODY|DW|[[DATE|date:20240619231502]]||ADT^A04|00004417|P|2.5\n"
        "PID|1||[[ID|mrn:HM2208716]]^^^HMH^MR~[[ID|health_plan:521840937]]^^^TXMCD^MA||[[PERSON|name:BANKS]]^[[PERSON|name:Rain]]^^^^^L||[[DATE|date:20190302]]|F|||[[ADDRESS|geo:4100 MAIN ST APT 2C]]^^[[LOCATION|geo:HOUSTON]]^TX^[[ADDRESS|geo:77002]]\n"
        "PV1|1|E|ED^TRG2^01||||[[ID|license:1171928835]]^[[PERSON|name:LE]]^[[PERSON|name:TAM]]|||PED"
    ),
    (
        "MSH|^~\\&|ATHENA|CLEVECLINIC|EMPI|MPI|[[DATE|date:20240722101010-0400]]||ADT^A28|A28-771024|P|2.5.1\n"
        "PID|1||[[ID|mrn:55601928]]^^^CCF^MR||[[PERSON|name:James-Brown]]^[[PERSON|name:Lionel]]^^JR||[[DATE|date:19870913]]|M|||[[ADDRESS|geo:3150 Euclid Heights Blvd]]^^[[LOCATION|geo:Cleveland Heights]]^OH^[[ADDRESS|geo:44118]]||^NET^Internet^[[EMAIL|email:ljamesbrown@outlook.com]]~[[PHONE|phone:2165550149]]^PRN^CP||||||[[ID|ssn:283-19-6640]]|[[ID|license:RK482019]]^OH^[[DATE|date:20280913]]\n"
        "PD1|||[[LOCATION|geo:Cleveland Clinic Lakewood Family Health Center]]|[[ID|license:1309274615]]^[[PERSON|name:Vang]]^[[PERSON|name:Mai]]"
    ),
    (
        "MSH|^~\\&|EPIC|UWMC|||[[DATE|date:20240201021544]]||ADT^A02|882201|P|2.3.1\n"
        "EVN|A02|[[DATE|date:20240201021500]]||||[[ID|other:RN_TJACKSON]]\n"
        "PID|1||[[ID|mrn:U3401188]]||[[PERSON|name:Guerrero]]^[[PERSON|name:Angel]]^[[PERSON|name:Luis]]||[[DATE|date:19750621]]|M\n"
        "PV1|1|I|ICU^12^01^UWMC|||8NE^822^02^UWMC|[[ID|license:1938201641]]^[[PERSON|name:SEATTLE]]^[[PERSON|name:GRACE]]^^^^MD||||||||||||[[ID|account:4009918271]]\n"
        "OBX|1|ST|SOFA||7||||||F\n"
        "NTE|1||xfer for pressor need, map 58, lactate 4.1; wife [[PERSON|name:Luz]] at bedside [[PHONE|phone:206.555.0181]]"
    ),
    (
        "MSH|^~\\&|MEDITECH|TOH|OLIS|MOH|[[DATE|date:20240415174402]]||ADT^A01|TOH0000941|P|2.3\n"
        "PID|1||[[ID|health_plan:5847201398]]^^^ON^JHN^^^^^^VY~[[ID|mrn:0029184]]^^^TOH^MR||[[PERSON|name:O'NEILL]]^[[PERSON|name:SHANNON]]||[[DATE|date:19950117]]|F|||[[ADDRESS|geo:401 SMYTH RD]]^^[[LOCATION|geo:OTTAWA]]^ON^[[ADDRESS|geo:K1H 8L6]]^CAN||[[PHONE|phone:(613)555-0107]]\n"
        "PV1|1|I|C7^718^1^GEN||||[[ID|license:072114]]^[[PERSON|name:GAUTHIER]]^[[PERSON|name:LUC]]^^^DR|||OBS||||7|||||[[ID|account:V40018822]]\n"
        "OBX|1|ST|GA||36/40||||||F\n"
        "OBX|2|NM|GRAV||G2P1||||||F"
    ),
    (
        "MSH|^~\\&|CERNER|CHUM|MSSS|DSQ|[[DATE|date:20240305093311-0500]]||ADT^A08|CHUM-88412|P|2.5\n"
        "PID|1||[[ID|health_plan:TREJ65121418]]^^^QC^JHN~[[ID|mrn:H1104928]]^^^CHUM^MR||[[PERSON|name:TREMBLAY]]^[[PERSON|name:Jean-Guy]]||[[DATE|date:19651214]]|M|||[[ADDRESS|geo:245 CH DE LA COTE-SAINTE-CATHERINE]]^^[[LOCATION|geo:OUTREMONT]]^QC^[[ADDRESS|geo:H2V 2A9]]||[[PHONE|phone:514-555-0156]]^PRN^PH\n"
        "PV1|1|O|CLIN-CARDIO^^^CHUM||||[[ID|license:1-88301]]^[[PERSON|name:DESROSIERS]]^[[PERSON|name:MARC-ANDRÉ]]"
    ),
    (
        "MSH|^~\\&|CERNER|IHA|PLR|BCMOH|[[DATE|date:20231119220914]]||ADT^A04|IHA7712|P|2.4\n"
        "PID|1||[[ID|health_plan:9519203743]]^^^BC^PHN~[[ID|mrn:KGH0071183]]^^^KGH^MR||[[PERSON|name:LITTLECHILD]]^[[PERSON|name:WINTER]]^[[PERSON|name:ROSE]]||[[DATE|date:20010608]]|F|||[[ADDRESS|geo:1881 HWY 97 S]]^^[[LOCATION|geo:WEST KELOWNA]]^BC^[[ADDRESS|geo:V1Z 1Y5]]||[[PHONE|phone:250-555-0197]]\n"
        "PV1|1|E|ED^A14^^[[LOCATION|geo:KELOWNA GENERAL HOSPITAL]]||||[[ID|license:91-40417]]^[[PERSON|name:NAKAMURA]]^[[PERSON|name:KEN]]\n"
        "AL1|1|DA|^penicillin|SV|hives"
    ),
    (
        "MSH|^~\\&|SUNRISE|AHS|EDW|AHS|[[DATE|date:20240828154500]]||ADT^A03|AHS-0094471|P|2.5\n"
        "PID|1||[[ID|health_plan:60735-1928]]^^^AB^JHN~[[ID|ssn:618390272]]^^^CANSIN^SS||[[PERSON|name:VAN DER BERG]]^[[PERSON|name:PIETER]]^[[PERSON|name:J]]||[[DATE|date:19530302]]|M|||[[ADDRESS|geo:9807 105 AVE NW]]^^[[LOCATION|geo:EDMONTON]]^AB^[[ADDRESS|geo:T5H 0J6]]\n"
        "PV1|1|I|UAH^3C4^12||||[[ID|license:014492]]^[[PERSON|name:STRONG]]^[[PERSON|name:HOPE]]||||||||||||[[ID|account:AHS-E-330918]]||||||||||||||||||||||||[[DATE|date:20240821]]|[[DATE|date:20240828]]\n"
        "ZPD|AGE|[[AGE|other:71]]|WT|88.4|CR|141"
    ),
]

CCD_XML_FRAGMENTS = [
    (
        "<recordTarget>\n"
        "  <patientRole>\n"
        '    <id root="2.16.840.1.113883.19.5.99999.2" extension="[[ID|mrn:998991]]"/>\n'
        '    <id root="2.16.840.1.113883.4.1" extension="[[ID|ssn:412-27-6618]]"/>\n'
        '    <addr use="HP">\n'
        "      <streetAddressLine>[[ADDRESS|geo:1357 Amber Drive]]</streetAddressLine>\n"
        "      <city>[[LOCATION|geo:Beaverton]]</city><state>OR</state><postalCode>[[ADDRESS|geo:97006]]</postalCode>\n"
        "    </addr>\n"
        '    <telecom value="tel:[[PHONE|phone:+1-503-555-0147]]" use="HP"/>\n'
        "    <patient>\n"
        '      <name use="L"><given>[[PERSON|name:Honor]]</given><given qualifier="CL">[[PERSON|name:Honey]]</given><family>[[PERSON|name:Whitfield]]</family></name>\n'
        '      <administrativeGenderCode code="F" codeSystem="2.16.840.1.113883.5.1"/>\n'
        '      <birthTime value="[[DATE|date:19750501]]"/>'
    ),
    (
        "<author>\n"
        '  <time value="[[DATE|date:20240412093000-0400]]"/>\n'
        "  <assignedAuthor>\n"
        '    <id root="2.16.840.1.113883.4.6" extension="[[ID|license:1843102751]]"/>\n'
        "    <addr><streetAddressLine>[[ADDRESS|geo:55 Fruit Street]]</streetAddressLine><city>[[LOCATION|geo:Boston]]</city><state>MA</state><postalCode>[[ADDRESS|geo:02114]]</postalCode></addr>\n"
        '    <telecom use="WP" value="tel:[[PHONE|phone:+1-617-555-0131]]"/>\n'
        '    <telecom use="WP" value="fax:[[PHONE|fax:+1-617-555-0132]]"/>\n'
        "    <assignedPerson><name><prefix>Dr.</prefix><given>[[PERSON|name:Temperance]]</given><family>[[PERSON|name:Wing]]</family><suffix>MD</suffix></name></assignedPerson>\n"
        "    <representedOrganization><name>[[LOCATION|geo:Massachusetts General Hospital]]</name></representedOrganization>\n"
        "  </assignedAuthor>\n"
        "</author>\n"
        '<component><observation><code code="2160-0" displayName="Creatinine"/><value xsi:type="PQ" value="1.4" unit="mg/dL"/><referenceRange><text>0.6-1.2</text></referenceRange></observation></component>'
    ),
    (
        '<section><templateId root="2.16.840.1.113883.10.20.22.2.1.1"/><title>MEDICATIONS</title>\n'
        '<text><table border="1"><thead><tr><th>Medication</th><th>Start</th><th>Prescriber</th><th>Status</th></tr></thead>\n'
        "<tbody>\n"
        "<tr><td>lisinopril 10 mg PO daily (RxNorm 314076)</td><td>[[DATE|date:Jan 3, 2022]]</td><td>[[PERSON|name:R. Stone]] (DEA [[ID|license:AS6130520]])</td><td>active</td></tr>\n"
        "<tr><td>apixaban 5 mg BID</td><td>[[DATE|date:08/14/2023]]</td><td>[[PERSON|name:stone, rocky]]</td><td>active</td></tr>\n"
        "<tr><td>warfarin 5 mg (INR 2-3)</td><td>[[DATE|date:2019-02]]</td><td>-</td><td>stopped [[DATE|date:Aug 2023]]</td></tr>\n"
        "</tbody></table></text></section>"
    ),
    (
        '<participant typeCode="IND">\n'
        '  <associatedEntity classCode="GUARD">\n'
        "    <addr><streetAddressLine>[[ADDRESS|geo:PO Box 221]]</streetAddressLine><city>[[LOCATION|geo:Truth or Consequences]]</city><state>NM</state><postalCode>[[ADDRESS|geo:87901]]</postalCode></addr>\n"
        '    <telecom value="tel:[[PHONE|phone:575.555.0112]]"/>\n'
        '    <telecom value="mailto:[[EMAIL|email:precious.little@icloud.com]]"/>\n'
        "    <associatedPerson><name><given>[[PERSON|name:Precious]]</given><family>[[PERSON|name:Little]]</family></name></associatedPerson>\n"
        "  </associatedEntity>\n"
        "</participant>\n"
        "<!-- pt age at encounter: [[AGE|other:16]]; guardian = grandmother; encounter [[ID|account:ENC-0094417]] -->"
    ),
    (
        '<act classCode="ACT" moodCode="EVN">\n'
        ' <templateId root="2.16.840.1.113883.10.20.22.4.60"/>\n'
        ' <entryRelationship typeCode="COMP"><act classCode="ACT" moodCode="EVN">\n'
        '  <participant typeCode="COV"><participantRole classCode="PAT">\n'
        '   <id root="2.16.840.1.113883.19" extension="[[ID|health_plan:ZGP700321908]]"/>\n'
        '   <id root="2.16.840.1.113883.3.249.14.101" extension="[[ID|health_plan:OH8812740533]]"/>\n'
        "   <playingEntity><name><given>[[PERSON|name:Sterling]]</given><family>[[PERSON|name:Silver]]</family></name>\n"
        '   <sdtc:birthTime value="[[DATE|date:19600229]]"/></playingEntity>\n'
        "  </participantRole></participant>\n"
        '  <performer typeCode="PRF"><assignedEntity><representedOrganization><name>CareSource Ohio Medicaid</name>\n'
        "   </representedOrganization></assignedEntity></performer>\n"
        " </act></entryRelationship>\n"
        "</act>"
    ),
    (
        '<ClinicalDocument xmlns="urn:hl7-org:v3">\n'
        '<id root="2.16.840.1.113883.19.5" extension="[[ID|other:DOC-77120934]]"/>\n'
        '<effectiveTime value="[[DATE|date:20240520161233+0000]]"/>\n'
        "<section><title>MEDICAL EQUIPMENT</title>\n"
        '<entry><supply classCode="SPLY" moodCode="EVN"><participant typeCode="DEV"><participantRole classCode="MANU">\n'
        ' <id root="2.16.840.1.113883.3.3719" extension="(01)00844588003288(21)[[DEVICE|device:M208RHK4521]]"/>\n'
        ' <playingDevice><code displayName="insulin pump"/><manufacturerModelName>MiniMed 780G MMT-1886</manufacturerModelName></playingDevice>\n'
        "</participantRole></participant></supply></entry>\n"
        "<entry>CGM sensor xmitr SN [[DEVICE|device:8HMT47K2]] paired to pump on [[DATE|date:5/2/24]]; basal 0.85 U/h</entry>\n"
        "</section>"
    ),
    (
        "<recordTarget><patientRole>\n"
        '<id root="2.16.840.1.113883.4.59" extension="[[ID|health_plan:2156038941]]"/>\n'
        "<addr><streetAddressLine>[[ADDRESS|geo:77 Queen St E, Apt 9]]</streetAddressLine><city>[[LOCATION|geo:Sault Ste. Marie]]</city><state>ON</state><postalCode>[[ADDRESS|geo:P6A 1Y3]]</postalCode><country>CA</country></addr>\n"
        '<telecom value="tel:[[PHONE|phone:705-555-0148]]"/>\n'
        "<patient><name><family>[[PERSON|name:MacDonald]]</family><given>[[PERSON|name:Aurora]]</given><given>[[PERSON|name:B.]]</given></name>\n"
        '<birthTime value="[[DATE|date:20090716]]"/>\n'
        "<guardian><guardianPerson><name><given>[[PERSON|name:Angus]]</given><family>[[PERSON|name:MacDonald]]</family></name></guardianPerson></guardian>\n"
        "</patient>\n"
        "<providerOrganization><name>[[LOCATION|geo:Sault Area Hospital]]</name></providerOrganization>\n"
        "</patientRole></recordTarget>"
    ),
    (
        "<patient>\n"
        " <name><prefix>Mme</prefix><given>[[PERSON|name:Solange]]</given><family>[[PERSON|name:Beaulieu-Gagnon]]</family></name>\n"
        ' <birthTime value="[[DATE|date:19581109]]"/>\n'
        "</patient>\n"
        '<id root="2.16.124.10.101.1.60.100" extension="[[ID|health_plan:BEAS 5861 0922]]"/>\n'
        '<author><time value="[[DATE|date:20240214]]"/><assignedAuthor><id extension="[[ID|license:1-94032]]"/>\n'
        "<assignedPerson><name><prefix>Dre</prefix><given>[[PERSON|name:Chantal]]</given><family>[[PERSON|name:St-Onge]]</family></name></assignedPerson>\n"
        '<representedOrganization><name>[[LOCATION|geo:Hôpital Maisonneuve-Rosemont]]</name><telecom value="fax:[[PHONE|fax:514 555-0199]]"/></representedOrganization>\n'
        "</assignedAuthor></author>\n"
        "<text>Âge : [[AGE|other:65]] ans. HbA1c 7,2 %. Créatinine 88 µmol/L. Revoir dans 3 mois.</text>"
    ),
    (
        "<patientRole>\n"
        '<id root="2.16.840.1.113883.4.50" extension="[[ID|health_plan:9382746108]]"/>\n'
        "<addr><streetAddressLine>[[ADDRESS|geo:2580 Ospika Blvd S]]</streetAddressLine><city>[[LOCATION|geo:Prince George]]</city><state>BC</state><postalCode>[[ADDRESS|geo:V2N 3N6]]</postalCode></addr>\n"
        '<telecom value="tel:[[PHONE|phone:250-555-0190]]"/><telecom value="mailto:[[EMAIL|email:jas.grewal@shaw.ca]]"/>\n'
        '<patient><name><given>[[PERSON|name:Jaswinder]]</given><given>[[PERSON|name:Jas]]</given><family>[[PERSON|name:Grewal]]</family></name><birthTime value="[[DATE|date:197702]]"/></patient>\n'
        "</patientRole>\n"
        '<observationMedia ID="m1"><value mediaType="image/jpeg"><reference value="[[ID|photo:pt_photo_9382746108.jpg]]"/></value></observationMedia>'
    ),
    (
        "<recordTarget><patientRole>\n"
        '<id root="2.16.840.1.113883.4.57" extension="[[ID|health_plan:55291-0384]]"/>\n'
        '<id root="2.16.124.113635.1.3" extension="[[ID|ssn:483 920 153]]"/>\n'
        "<addr><streetAddressLine>[[ADDRESS|geo:312 4 Ave SW, #1502]]</streetAddressLine><city>[[LOCATION|geo:Calgary]]</city><postalCode>[[ADDRESS|geo:T2P 0H7]]</postalCode></addr>\n"
        '<patient><name><given>[[PERSON|name:Joy]]</given><family>[[PERSON|name:Merriweather]]</family></name><birthTime value="[[DATE|date:19481230]]"/></patient>\n'
        "</patientRole></recordTarget>\n"
        '<author><assignedAuthor><id extension="[[ID|license:020317]]"/><telecom value="fax:[[PHONE|fax:403.555.0171]]"/>\n'
        "<assignedPerson><name><given>[[PERSON|name:Kwame]]</given><family>[[PERSON|name:Asante-Mensah]]</family></name></assignedPerson>\n"
        "<representedOrganization><name>[[LOCATION|geo:Sheldon M. Chumir Health Centre]]</name></representedOrganization></assignedAuthor></author>"
    ),
]

PHARMACY_CLAIM_RECORDS = [
    (
        "NCPDP D.0 B1 CLAIM  TXN [[ID|account:240318-004471]]\n"
        "RX# [[ID|other:6120447]]  FILL 02  DOS [[DATE|date:20240318]]  BIN 004336 PCN ADV GRP RX8871\n"
        "CARDHOLDER ID [[ID|health_plan:ZQW44810297]] PC 01  PT [[PERSON|name:GRANT]], [[PERSON|name:ULYSSES]] S  DOB [[DATE|date:19530927]] SEX 1\n"
        "NDC 00093-7180-56 ATORVASTATIN 40MG TAB  QTY 90 DS 90 DAW 0\n"
        "PRESCRIBER NPI [[ID|license:1295871432]] [[PERSON|name:RAMIREZ]] DEA [[ID|license:FR2047389]]\n"
        "SERVICE PROVIDER NPI [[ID|license:1588130272]] NCPDP [[ID|license:4418203]]\n"
        "RESP: PAID  INGR 2.18  DISP FEE 10.22  COPAY 10.00  TOTAL 12.40"
    ),
    (
        "medicaid_claims_0319.csv\n"
        "claim_id,recip_id,recip_last,recip_first,dob,ndc,drug,qty,days,prescriber_npi,pharm_fax,paid_amt,fill_dt\n"
        "[[ID|account:MC2403190007112]],[[ID|health_plan:100387214]],[[PERSON|name:Salas]],[[PERSON|name:Esperanza]],[[DATE|date:2016-05-30]],00093-4160-73,amoxicillin 400mg/5mL,100,10,[[ID|license:2071932430]],[[PHONE|fax:(505) 555-0188]],6.44,[[DATE|date:2024-03-19]]"
    ),
    (
        "REJECT LOG  store #5581  [[DATE|date:06/03/2024 14:22:07]]\n"
        "pt: [[PERSON|name:wolfe, rowan]]   dob [[DATE|date:7/4/88]]   ph [[PHONE|phone:919-555-0135]]\n"
        "ins: BCBSNC  mbr [[ID|health_plan:YPB912448870]]  grp 00045129\n"
        "rx [[ID|other:0884721]]  Ozempic 1mg/0.74mL pen  qty 3mL  ds 28\n"
        "rej 75 PRIOR AUTH REQUIRED / rej 88 DUR REJECT\n"
        "prescriber: Dr [[PERSON|name:Pat Summers]] npi [[ID|license:1266409188]] fax [[PHONE|fax:919 555 0136]]\n"
        "action: faxed PA form [[DATE|date:6/3]], pt aware, will call back. -[[ID|other:tech_jmoon]]"
    ),
    (
        "[[LOCATION|geo:WALGREENS]] #10482 RECEIPT\n"
        "[[ADDRESS|geo:1401 Tower Ave]] [[LOCATION|geo:Superior]] WI [[ADDRESS|geo:54880]]  [[PHONE|phone:715-555-0109]]\n"
        "RX [[ID|other:2041983-10482]]   [[DATE|date:MAR 22 2024]]  11:47A\n"
        "FOR: [[PERSON|name:LaROSE, BEAU]]\n"
        "LEVOTHYROXINE 75MCG  #30  REFILLS LEFT 5\n"
        "YOUR PRICE $4.17   INS SAVED $11.83\n"
        "MEDICARE D MBR [[ID|health_plan:8HJ2-RN4-TA61]]\n"
        "PICKED UP BY: [[PERSON|name:Dolly LaRose]] (WIFE)  ID VERIFIED DL [[ID|license:L620-512-44-871-0]]"
    ),
    (
        "EXPLANATION OF BENEFITS - PRESCRIPTION\n"
        "Member: [[PERSON|name:CHRISTOPHER M. CROSS]]    Member ID: [[ID|health_plan:W27-118-4402-01]]\n"
        "Mailing: [[ADDRESS|geo:902 Lamar Blvd Apt 118, Austin TX 78703]]\n"
        "Statement period [[DATE|date:04/01/2024]] - [[DATE|date:04/30/2024]]\n"
        "Date Filled   Rx Number     Drug                      Pharmacy                 You Paid\n"
        "[[DATE|date:04/03/24]]      [[ID|other:7731092]]       ESCITALOPRAM 10MG         MAIL SERVICE             $0.00\n"
        "[[DATE|date:04/17/24]]      [[ID|other:7731355]]       ALBUTEROL HFA 90MCG       MAIL SERVICE             $25.00\n"
        "YTD out-of-pocket: $185.00 of $2,000.00.  Questions? Reference [[ID|account:EOB-240501-88122]]"
    ),
    (
        "COMPOUND CLAIM  cmpd ind 2  [[DATE|date:2024-08-12T16:05:33-07:00]]\n"
        "patient|[[PERSON|name:Hale]]^[[PERSON|name:Storm]]|dob [[DATE|date:20110309]]|age [[AGE|other:13]]\n"
        "addr|[[ADDRESS|geo:18 Juniper Ct]]|[[LOCATION|geo:Sparks]]|NV|[[ADDRESS|geo:89436]]\n"
        "payer|NV MEDICAID|recip [[ID|health_plan:30058812974]]\n"
        "ingredients|baclofen powder 100g lot 24B0417 exp 09/2025|Versabase gel 900g lot VB8812\n"
        "rx|[[ID|other:C-550183]]|prescriber [[PERSON|name:Carson]], [[PERSON|name:Reno]] MD|npi [[ID|license:2164729032]]|dea [[ID|license:BC3905176]]\n"
        "notes|dispensed 30g tube, apply TID, BUD 30 days"
    ),
    (
        "ODB CLAIM TRANSMISSION  [[DATE|date:2024/02/12]]\n"
        "PHARMACY ACCRED# [[ID|license:607713]]  [[LOCATION|geo:Shoppers Drug Mart]] [[LOCATION|geo:Kingston]]\n"
        "HN [[ID|health_plan:3318 027 467]]   CARRIER ID S  ELIG: ODB\n"
        "PT [[PERSON|name:Bell]], [[PERSON|name:Tinker]]  DOB [[DATE|date:19460615]]  SEX F\n"
        "DIN 02247143 RIVAROXABAN 20MG  QTY 30  DAYS 30\n"
        "PRESCRIBER CPSO [[ID|license:61802]] Dr. [[PERSON|name:Whitby]]\n"
        "RX [[ID|other:800412]]  COST 89.25  FEE 8.83  COPAY 2.00  PAID 96.08\n"
        "RESPONSE 00 ACCEPTED  TRACE [[ID|account:ODB240212558013]]"
    ),
    (
        "RAMQ - Réclamation pharmacie  [[DATE|date:2024-11-05]]\n"
        "Pharmacien propriétaire: [[PERSON|name:Isabelle Rioux]]  no. pharmacie [[ID|license:0128445]]\n"
        "Bénéficiaire: NAM [[ID|health_plan:DUPM 4207 2219]]  [[PERSON|name:DUPUIS]], [[PERSON|name:Michel]]  né le [[DATE|date:22 juillet 1942]]\n"
        "Adresse: [[ADDRESS|geo:12 rue des Érables]], [[LOCATION|geo:Trois-Rivières]] ([[ADDRESS|geo:G8T 2H5]])\n"
        "DIN 02245432 pantoprazole 40 mg  qté 30  durée 30 j\n"
        "Prescripteur: [[ID|license:1-77240]] Dr [[PERSON|name:Lapointe]]\n"
        "No. ordonnance [[ID|other:1140-882]]   Contribution 22,14 $   Coût total 31,80 $"
    ),
    (
        "PharmaNet TRANSACTION LOG  [[DATE|date:20240930T101522-0700]]\n"
        "TRN_ID=[[ID|account:PN8812047731]] PHN=[[ID|health_plan:9182736458]] NAME=[[PERSON|name:WOODS, TIGER-LILY]] BIRTHDATE=[[DATE|date:1999-01-31]]\n"
        "PRACT_ID=[[ID|license:91-33817]] PRACT_NAME=[[PERSON|name:FENG, ANDREW]] SITE=[[LOCATION|geo:London Drugs]] #21 [[LOCATION|geo:Nanaimo]]\n"
        'DIN=02248808 DRUG=quetiapine 25mg QTY=30 DS=30 SIG="1 hs prn"\n'
        "FAIR PHARMACARE DEDUCTIBLE MET=Y  PT PAID=0.00\n"
        "KEYWORD ACCESS: pt has protective word on file (do not disclose)"
    ),
    (
        "ALBERTA BLUE CROSS - PHARMACY CLAIM DETAIL\n"
        "Claim ref [[ID|account:ABC-2024-0711-339901]]   Adjudicated [[DATE|date:11 Jul 2024]]\n"
        "Group 22 (Seniors)   Client ID [[ID|health_plan:ABC 71440928-00]]   ULI [[ID|health_plan:32190-4457]]\n"
        "Client: [[PERSON|name:Runningwater, Beverly]]   DOB [[DATE|date:1951-11-20]]   Age [[AGE|other:72]]\n"
        "Pharmacy: [[LOCATION|geo:Medicine Hat Co-op Pharmacy]]  lic [[ID|license:3318]]\n"
        "Prescriber: [[PERSON|name:Oyelaran, T.]]  CPSA [[ID|license:019944]]\n"
        "Item: DIN 02257238 tiotropium 18mcg inh caps #30   Submitted $64.10   Paid $57.69   Copay $6.41"
    ),
]

LAB_INFORMATION_SYSTEM_LOG = [
    (
        '[[DATE|date:2024-03-11T06:42:18.331-05:00]] INFO  ORU-OUT acc=[[ID|other:24-071-00418]] mrn=[[ID|mrn:00483921]] pt="[[PERSON|name:WINTER,AUGUST J]]" test=BMP status=F\n'
        "[[DATE|date:2024-03-11T06:42:18.402-05:00]] INFO  result K=5.9 mmol/L (3.5-5.1) H  CREA=1.62 mg/dL  GLU=212\n"
        "[[DATE|date:2024-03-11T06:42:19.010-05:00]] WARN  critical K not called yet -> routed to 5W RN queue\n"
        "[[DATE|date:2024-03-11T06:49:55.774-05:00]] INFO  critical called to [[PERSON|name:T. Ashby]] RN by [[ID|other:lab_dpatel]] readback OK"
    ),
    (
        "2024/02/27 09:13:41 [cobas8000#[[DEVICE|device:1804-22]]] host=[[IP|ip:10.42.18.77]] ASTM H|\\^&|||c8000^1.06|||||||P\n"
        "2024/02/27 09:13:41 [cobas8000#[[DEVICE|device:1804-22]]] P|1||[[ID|mrn:M00938174]]||[[PERSON|name:Springer]]^[[PERSON|name:Summer]]||[[DATE|date:19790408]]|F\n"
        "2024/02/27 09:13:42 [cobas8000#[[DEVICE|device:1804-22]]] O|1|[[ID|other:S0227-0091]]||^^^HBA1C\n"
        "2024/02/27 09:14:00 [cobas8000#[[DEVICE|device:1804-22]]] R|1|^^^HBA1C|9.1|%|4.0-5.6|H||F\n"
        "QC lot 48217001 L1 mean 5.4 SD 0.12 within limits"
    ),
    (
        "lis.audit | ts=[[DATE|date:1718822400]] | user=[[ID|other:mtsosie]] | ws=[[IP|ip:172.16.4.210]] | action=RESULT_CORRECT\n"
        '  old: HGB 7.1 g/dL  new: HGB 11.7 g/dL  reason="transcription - wrong pt"\n'
        "  orig pt: [[ID|mrn:HM2208716]] [[PERSON|name:BANKS, RAIN]]   correct pt: [[ID|mrn:HM2208790]] [[PERSON|name:BANKS, RIVER]]\n"
        "  corrected report faxed to [[PHONE|fax:713-555-0127]] attn Dr [[PERSON|name:Tam Le]]\n"
        "  incident ref [[ID|other:QI-2024-0619-07]]"
    ),
    (
        "--- MICRO WORKLIST [[DATE|date:04-MAY-2024]] ---\n"
        "ACC#           PATIENT                 MRN        SRC     ORG                         CFU\n"
        "[[ID|other:M24-12044]]      [[PERSON|name:Goodnight, Sunny]]        [[ID|mrn:U3401201]]   urine   E. coli ESBL                >100K\n"
        "[[ID|other:M24-12051]]      [[PERSON|name:Guerrero, Angel L]]       [[ID|mrn:U3401188]]   blood   MRSA 2/2 bottles            n/a\n"
        "infection prev notified ([[PERSON|name:C. Batiste]]) - contact precautions bed 822-2"
    ),
    (
        "pointofcare.log  device=GlucoStat-Pro  sn=[[DEVICE|device:GSP7720193]]  mac=[[DEVICE|device:00:1B:44:11:3A:B7]]  unit=NICU\n"
        '[[DATE|date:2024-01-15 03:12]] op=[[ID|other:RN_KGOMEZ]] pt_band=[[ID|mrn:BB10442871]] "[[PERSON|name:BABYGIRL FAITH]]" glu 38 mg/dL LOW -> repeat\n'
        "[[DATE|date:2024-01-15 03:27]] op=[[ID|other:RN_KGOMEZ]] pt_band=[[ID|mrn:BB10442871]] glu 52 mg/dL; mom [[PERSON|name:Faith Onyango]] [[AGE|other:19]] y, GA 34/40, BW 2.1 kg"
    ),
    (
        "PHLEBOTOMY ID VERIFY  [[DATE|date:08/20/2024 07:05:44 AM]]\n"
        "collector=[[ID|other:phleb_rr12]] badge=[[ID|other:004418]] patient=[[ID|mrn:55601928]]\n"
        "palm-vein match: PatientSecure template [[ID|biometric:PSX-9A77-41C0-22E5]] score 0.998 -> PASS\n"
        "wristband scan 2 identifiers: name [[PERSON|name:James-Brown, Lionel]] / DOB [[DATE|date:09/13/1987]] OK\n"
        "tubes: lav x1, lt green x1, lot 3302771 exp 2025-06-30"
    ),
    (
        "[[DATE|date:2024-04-15 17:58:03]] HL7 IN  OLIS ORM^O01 from [[IP|ip:142.112.80.14]]\n"
        "ORC|NW|[[ID|other:TOH-L24-106-0093]]\n"
        "PID|||[[ID|health_plan:5847201398]]^^^ON||[[PERSON|name:O'NEILL]]^[[PERSON|name:SHANNON]]\n"
        "OBR|1||[[ID|other:TOH-L24-106-0093]]|GBS^Group B Strep screen||||||||||||[[ID|license:072114]]^[[PERSON|name:GAUTHIER]]\n"
        "[[DATE|date:2024-04-15 17:58:04]] ACK AA"
    ),
    (
        "journal_lims_chum.txt\n"
        "[[DATE|date:05/03/2024 09:41]] prélèvement reçu no [[ID|other:CH24-0305-2291]] - patient [[PERSON|name:TREMBLAY, Jean-Guy]] NAM [[ID|health_plan:TREJ65121418]]\n"
        "[[DATE|date:05/03/2024 10:15]] troponine hs 48 ng/L (<14) -> valeur critique, appel au Dr [[PERSON|name:Desrosiers]]\n"
        "[[DATE|date:05/03/2024 10:17]] technologiste: [[PERSON|name:Émilie Blanchet]] ([[ID|other:eblanc04]])"
    ),
    (
        "LabNet BC  ROUTINE SWEEP  [[DATE|date:2023-11-20T04:00:00-08:00]]\n"
        "pending>24h: acc=[[ID|other:K23-324-7781]] phn=[[ID|health_plan:9519 203 743]] name=[[PERSON|name:LITTLECHILD, WINTER ROSE]] test=bHCG\n"
        "pending>24h: acc=[[ID|other:K23-324-7790]] phn=[[ID|health_plan:9209 374 818]] name=[[PERSON|name:BROOKS, RIVER]] test=LIPASE\n"
        "Architect i2000SR sn [[DEVICE|device:i2K09E4412]] @ [[IP|ip:10.120.7.33]] offline 02:10-03:55, rerun queued"
    ),
    (
        "apl-lis [ERROR] [[DATE|date:Aug 28 2024 15:20:11 MDT]] duplicate ULI on merge: [[ID|health_plan:60735-1928]] vs [[ID|health_plan:60735-1982]]\n"
        "  rec A: [[PERSON|name:VAN DER BERG, PIETER J]] dob [[DATE|date:1953-03-02]] [[LOCATION|geo:EDMONTON]]\n"
        "  rec B: [[PERSON|name:VANDERBERG, PETER]] dob [[DATE|date:1953-02-03]] [[LOCATION|geo:ST. ALBERT]]\n"
        "  resolved by [[ID|other:hsimdata_kl]] -> keep A, HbA1c 6.1%, eGFR 74 carried over"
    ),
]

DICOM_HEADER_DUMP = [
    (
        "# dcmdump CT.1.dcm\n"
        "(0008,0016) UI =CTImageStorage                          #  26, 1 SOPClassUID\n"
        "(0008,0020) DA [[[DATE|date:20240311]]]                              #   8, 1 StudyDate\n"
        "(0008,0030) TM [143022.118]                              #  10, 1 StudyTime\n"
        "(0008,0050) SH [[[ID|other:A24031100882]]]                          #  12, 1 AccessionNumber\n"
        "(0008,0080) LO [[[LOCATION|geo:Northwestern Memorial Hospital]]]         #  30, 1 InstitutionName\n"
        "(0008,0090) PN [[[PERSON|name:OKAFOR]]^[[PERSON|name:NNAMDI]]^^DR]                      #  18, 1 ReferringPhysicianName\n"
        "(0010,0010) PN [[[PERSON|name:FOX]]^[[PERSON|name:CHRISTIAN]]^[[PERSON|name:LEE]]]                       #  18, 1 PatientName\n"
        "(0010,0020) LO [[[ID|mrn:00483922]]]                              #   8, 1 PatientID\n"
        "(0010,0030) DA [[[DATE|date:19670829]]]                              #   8, 1 PatientBirthDate\n"
        "(0010,1010) AS [[[AGE|other:056Y]]]                                  #   4, 1 PatientAge\n"
        "(0018,0050) DS [0.625]                                   #   6, 1 SliceThickness\n"
        "(0018,1000) LO [[[DEVICE|device:78120]]]                                 #   6, 1 DeviceSerialNumber"
    ),
    (
        "dicom_dump --tags MR_brain_0007.dcm\n"
        "0008,0070 Manufacturer: SIEMENS\n"
        "0008,1090 ManufacturerModelName: MAGNETOM Vida\n"
        "0018,1000 DeviceSerialNumber: [[DEVICE|device:175443]]\n"
        "0008,1010 StationName: MRC35229\n"
        "0010,0010 PatientName: [[PERSON|name:Day]]^[[PERSON|name:Holly]]^^Mrs\n"
        "0010,0020 PatientID: [[ID|mrn:M000418273]]\n"
        "0010,1000 OtherPatientIDs: [[ID|health_plan:2QV7XW4DR19]]\n"
        "0010,0040 PatientSex: F\n"
        "0010,1010 PatientAge: [[AGE|other:072Y]]\n"
        "0010,1030 PatientWeight: 61.2\n"
        "0020,000D StudyInstanceUID: [[ID|other:1.2.826.0.1.3680043.8.498.10442887120931847203]]\n"
        "0002,0010 TransferSyntaxUID: 1.2.840.10008.1.2.1\n"
        "0018,0087 MagneticFieldStrength: 3\n"
        "0032,1032 RequestingPhysician: [[PERSON|name:Pinckney]]^[[PERSON|name:Eliza]]"
    ),
    (
        '>>> pydicom.dcmread("XC_0001.dcm")\n'
        "(0008, 0060) Modality                            CS: 'XC'\n"
        "(0008, 0020) Study Date                          DA: '[[DATE|date:20240619]]'\n"
        "(0010, 0010) Patient's Name                      PN: '[[PERSON|name:BANKS]]^[[PERSON|name:RAIN]]'\n"
        "(0010, 0020) Patient ID                          LO: '[[ID|mrn:HM2208716]]'\n"
        "(0010, 0030) Patient's Birth Date                DA: '[[DATE|date:20190302]]'\n"
        "(0018, 0015) Body Part Examined                  CS: 'FACE'\n"
        "(0008, 103E) Series Description                  LO: 'burn L cheek day 0'\n"
        "(0042, 0010) Document Title / source file        ST: '[[ID|photo:IMG_BANKS_R_face_20240619_2315.jpg]]'\n"
        "(0008, 1010) Station Name                        SH: 'ED-CAM-02'\n"
        "(0018, 1000) Device Serial Number                LO: '[[DEVICE|device:F9GZK21LN0V1]]'"
    ),
    (
        "PACS QUERY RESULT (C-FIND, STUDY level) from [[IP|ip:10.8.0.115]]:104 AE=UWMC_PACS\n"
        " PatientName      = [[PERSON|name:GUERRERO]]^[[PERSON|name:ANGEL]]^[[PERSON|name:LUIS]]\n"
        " PatientID        = [[ID|mrn:U3401188]]\n"
        " IssuerOfPatientID= UWMC\n"
        " StudyDate        = [[DATE|date:20240201]]\n"
        " StudyDescription = CT CHEST ABD PELVIS W CONTRAST\n"
        " AccessionNumber  = [[ID|other:UW24-0201-00017]]\n"
        " ModalitiesInStudy= CT\\SR\n"
        " NumberOfStudyRelatedInstances = 1184\n"
        " ReferringPhysicianName = [[PERSON|name:SEATTLE]]^[[PERSON|name:GRACE]]^^^MD"
    ),
    (
        "(0010,0010) PN [[[PERSON|name:SMITH-JONES]]^[[PERSON|name:MAY]]^[[PERSON|name:B]]]\n"
        "(0010,0020) LO [[[ID|mrn:000918273]]]\n"
        "(0010,0030) DA [[[DATE|date:19320104]]]\n"
        "(0010,1010) AS [[[AGE|date:091Y]]]\n"
        "(0010,1040) LO [[[ADDRESS|geo:9 ROSE LN MOUNT PLEASANT SC 29464]]]\n"
        "(0010,2154) SH [[[PHONE|phone:8435550199]]]\n"
        "(0010,21B0) LT [fall at home [[DATE|date:12/27]], on eliquis, r/o SDH. daughter [[PERSON|name:June]] called EMS]\n"
        "(0008,0020) DA [[[DATE|date:20231228]]]\n"
        "(0008,0060) CS [CT]\n"
        "(0028,0010) US 512\n"
        "(0028,0011) US 512"
    ),
    (
        "ULTRASOUND SR header export  ---  [[DATE|date:2024-07-22T14:10:55-04:00]]\n"
        "InstitutionName ......... [[LOCATION|geo:Cleveland Clinic Lakewood Family Health Center]]\n"
        "InstitutionAddress ...... [[ADDRESS|geo:14601 Detroit Ave, Lakewood, OH 44107]]\n"
        "PatientName ............. [[PERSON|name:JAMES-BROWN]]^[[PERSON|name:LIONEL]]^^^JR\n"
        "PatientID ............... [[ID|mrn:55601928]]\n"
        "PatientBirthDate ........ [[DATE|date:1987-09-13]]\n"
        "OperatorsName ........... [[PERSON|name:Fields]]^[[PERSON|name:Autumn]]\n"
        "DeviceSerialNumber ...... LOGIQ E10 SN [[DEVICE|device:LE1044-7731]]\n"
        "SoftwareVersions ........ R3.2.1\n"
        "Finding ................. thyroid nodule 1.4 x 0.9 cm, TI-RADS 4"
    ),
    (
        "(0010,0010) PN [[[PERSON|name:O'NEILL]]^[[PERSON|name:SHANNON]]]\n"
        "(0010,0020) LO [[[ID|mrn:0029184]]]\n"
        "(0010,1000) LO [[[ID|health_plan:5847201398]]]\n"
        "(0010,1010) AS [[[AGE|other:029Y]]]\n"
        "(0008,0080) LO [[[LOCATION|geo:The Ottawa Hospital - General Campus]]]\n"
        "(0008,0050) SH [[[ID|other:TOH-US-24-44198]]]\n"
        "(0008,0021) DA [[[DATE|date:20240416]]]\n"
        "(0018,1000) LO [[[DEVICE|device:VOL10-00871]]]\n"
        "(0040,A124) UI [[[ID|other:2.25.104417233901846720033811]]]\n"
        "comment: OB US 36w2d, EFW 2890 g (48th %ile), AFI 12.1"
    ),
    (
        "StudyDate=[[DATE|date:20240305]] StudyTime=101544\n"
        "PatientName=[[PERSON|name:TREMBLAY]]^[[PERSON|name:JEAN-GUY]]\n"
        "PatientID=[[ID|mrn:H1104928]]\n"
        "OtherPatientIDs=[[ID|health_plan:TREJ65121418]]\n"
        "PatientSex=M  PatientAge=[[AGE|other:058Y]]\n"
        "InstitutionName=[[LOCATION|geo:CHUM]]\n"
        "InstitutionalDepartmentName=Cardiologie\n"
        "PerformingPhysicianName=[[PERSON|name:DESROSIERS]]^[[PERSON|name:MARC-ANDRE]]\n"
        "StationName=ECHO3  Manufacturer=Philips  ModelName=EPIQ CVx\n"
        "DeviceSerialNumber=[[DEVICE|device:US22A0481]]\n"
        "SourceAE=[[IP|ip:10.14.22.9]]"
    ),
    (
        "---- dcm header (anonymizer DRY RUN, nothing changed) ----\n"
        "PatientName              : [[PERSON|name:Grewal]]^[[PERSON|name:Jaswinder]]\n"
        "PatientID                : [[ID|mrn:UHNBC-0419928]]\n"
        "OtherPatientIDs          : [[ID|health_plan:9382746108]]\n"
        "PatientBirthDate         : [[DATE|date:19770200]] (invalid DA)\n"
        "PatientAddress           : [[ADDRESS|geo:2580 Ospika Blvd S]]^[[LOCATION|geo:Prince George]]^BC^[[ADDRESS|geo:V2N 3N6]]\n"
        "InstitutionName          : [[LOCATION|geo:University Hospital of Northern BC]]\n"
        "StudyDate                : [[DATE|date:2024.01.08]]\n"
        "ContentTime              : 09:41:27\n"
        "ImplantSerial (private)  : [[DEVICE|device:RDX-55-0019284]]"
    ),
    (
        "(0010,0010) PN [[[PERSON|name:RUNNINGWATER]]^[[PERSON|name:BEVERLY]]]  \n"
        "(0010,0020) LO [[[ID|mrn:AH0044218]]]\n"
        "(0010,0030) DA [[[DATE|date:19511120]]]\n"
        "(0010,1010) AS [[[AGE|other:072Y]]]\n"
        "(0008,0080) LO [[[LOCATION|geo:Medicine Hat Regional Hospital]]]\n"
        "(0008,0090) PN [[[PERSON|name:OYELARAN]]^[[PERSON|name:TOLU]]]\n"
        "(0032,4000) LT [hx: MVA [[DATE|date:06/30/2024]], passenger, vehicle AB plate [[VEHICLE|vehicle:CKR-4471]]; CXR to r/o ptx]\n"
        "(0018,1000) LO [[[DEVICE|device:DR-44190K]]]\n"
        "(0008,0020) DA [[[DATE|date:20240630]]]"
    ),
]

ACCESS_AUDIT_TRAIL = [
    (
        "EVENT_TIME,USER_ID,USER_NAME,ROLE,SRC_IP,PATIENT_MRN,PATIENT_NAME,ACTION,REASON\n"
        '[[DATE|date:2024-03-12 02:14:55]],[[ID|other:e10442]],"[[PERSON|name:Keller, Brandi]]",RN,[[IP|ip:10.42.7.118]],[[ID|mrn:00517730]],"[[PERSON|name:ROSE, BILL]]",CHART_OPEN,TREATMENT\n'
        '[[DATE|date:2024-03-12 02:15:40]],[[ID|other:e10442]],"[[PERSON|name:Keller, Brandi]]",RN,[[IP|ip:10.42.7.118]],[[ID|mrn:00483921]],"[[PERSON|name:WINTER, AUGUST]]",CHART_OPEN,NO_RELATIONSHIP\n'
        "# flagged by FairWarning rule 14 (same surname as employee's emergency contact)"
    ),
    (
        '{"ts":"[[DATE|date:2024-06-19T23:41:07.552Z]]","evt":"BREAK_GLASS","user":{"id":"[[ID|other:dr.tle]]","name":"[[PERSON|name:Tam Le]]","npi":"[[ID|license:1171928835]]"},"client":{"ip":"[[IP|ip:192.168.40.23]]","mac":"[[DEVICE|device:3C:52:82:A1:09:FE]]"},"patient":{"mrn":"[[ID|mrn:HM2208716]]","dob":"[[DATE|date:2019-03-02]]"},"reason":"peds ED - chart locked VIP","duration_s":412}'
    ),
    (
        "Jul 22 10:11:58 ehr-auth01 sshd-sso[4471]: auth ok user=[[ID|other:avang]] method=FINGERPRINT tmpl=[[ID|biometric:FP-0x7A3C9E11D204]] ws_ip=[[IP|ip:10.77.3.41]]\n"
        "Jul 22 10:12:03 ehr-auth01 ehr[9912]: [[ID|other:avang]] opened [[ID|mrn:55601928]] ([[PERSON|name:James-Brown, Lionel]]) via [[URL|url:https://ehr.ccf.example.org/chart?mrn=55601928&enc=A28-771024]]\n"
        "Jul 22 10:12:40 ehr-auth01 ehr[9912]: [[ID|other:avang]] viewed note type=PSYCH dated [[DATE|date:2023-11-02]]\n"
        "Jul 22 10:19:02 ehr-auth01 sshd-sso[4471]: session closed user=[[ID|other:avang]] (7m04s)"
    ),
    (
        "PRIVACY INVESTIGATION - ACCESS REPORT  Case [[ID|other:PRV-24-0117]]\n"
        "Requested by: [[PERSON|name:Dolores Umbridge-Haynes]], Privacy Officer   Date: [[DATE|date:April 2, 2024]]\n"
        "Subject patient: [[PERSON|name:Lamb, Marylou]] MRN [[ID|mrn:U3401377]]  (employee of this facility)\n"
        "Access Date/Time           User        Name                 Dept          Workstation IP\n"
        "[[DATE|date:03/28/2024 0742]]            [[ID|other:jflynn]]      [[PERSON|name:Flynn, Jessa]]         ICU           [[IP|ip:10.20.31.9]]\n"
        "[[DATE|date:03/30/2024 2210]]            [[ID|other:mlamb2]]      [[PERSON|name:Lamb, Marylou]]        Pharmacy      [[IP|ip:10.20.12.77]]   <- self-access\n"
        "Finding: 1 of 2 accesses lacked a treatment relationship. Refer to HR."
    ),
    (
        "garage_lpr.csv (joined to ED arrivals for security review)\n"
        "time,cam,plate,state,matched_visitor,matched_mrn\n"
        '[[DATE|date:2024-02-01 01:47]],P2-ENT,[[VEHICLE|vehicle:BXR8841]],WA,"[[PERSON|name:Guerrero, Luz]]",[[ID|mrn:U3401188]]\n'
        "[[DATE|date:2024-02-01 01:52]],P2-ENT,[[VEHICLE|vehicle:CAM2204]],WA,,\n"
        "note: 2nd plate belongs to staff, ignore"
    ),
    (
        "AUDIT  cerner_millennium  domain=P0783\n"
        "[[DATE|date:20240104 08:22:11]]  PRSNL=[[PERSON|name:PINCKNEY, CHARLES]] ([[ID|other:CP0291]])  ENCNTR=[[ID|account:F00337120]]  ACTION=SIGN DC SUMMARY\n"
        "[[DATE|date:20240104 08:30:47]]  PRSNL=[[PERSON|name:GREEN, OLIVE]] ([[ID|other:OG1187]])  ENCNTR=[[ID|account:F00337120]]  ACTION=RELEASE_OF_INFO  TO=[[PHONE|fax:843.555.0190]] (fax, [[LOCATION|geo:Bishop Gadsden]])\n"
        "[[DATE|date:20240104 08:31:02]]  fax job 44012 pages=14 status=OK"
    ),
    (
        "iam-sso[[[DATE|date:1706752800]]] level=info user=[[ID|other:lnakamura]] factor=voice voiceprint_id=[[ID|biometric:VPR-0093-1182-ACE]] result=match conf=0.93 src=[[IP|ip:24.85.201.17]]\n"
        "iam-sso[[[DATE|date:1706752811]]] level=info user=[[ID|other:lnakamura]] app=CareConnect query phn=[[ID|health_plan:9519203743]] result=1\n"
        'iam-sso[[[DATE|date:1706752890]]] level=warn user=[[ID|other:lnakamura]] app=CareConnect export=pdf pt="[[PERSON|name:Littlechild, Winter]]" bytes=240118'
    ),
    (
        "Rapport d'accès au dossier - [[LOCATION|geo:CHUM]]\n"
        "Usager: [[PERSON|name:TREMBLAY, Jean-Guy]]   NAM [[ID|health_plan:TREJ 6512 1418]]\n"
        "[[DATE|date:2024-03-05 09:44]]  [[ID|other:bouchal]]  [[PERSON|name:Lise Bouchard]] (commis)  consultation  poste [[IP|ip:10.14.3.88]]\n"
        "[[DATE|date:2024-03-05 09:46]]  [[ID|other:bouchal]]  [[PERSON|name:Lise Bouchard]] (commis)  impression résumé\n"
        "Remarque : l'employée est la conjointe de l'usager - accès à vérifier"
    ),
    (
        "ConnectingOntario ACCESS LOG extract [[DATE|date:2024-04-22]]\n"
        "user_upn=[[EMAIL|email:r.patel@wosc-health.example.ca]] org=[[LOCATION|geo:Queensway Carleton Hospital]] ip=[[IP|ip:199.212.14.66]]\n"
        'hcn=[[ID|health_plan:5847-201-398-VY]] consent=BLOCKED override=Y reason="ED - unconscious"\n'
        "  viewed: OLIS labs ([[DATE|date:15-Apr-2024]]), DI report, ODB meds\n"
        "  badge tap: [[ID|biometric:FACE-ENR-7701-44A]] (facial match, kiosk 3)"
    ),
    (
        "AHS IAM ACCESS REVIEW Q3\n"
        "login=[[ID|other:kvandenb]] name=[[PERSON|name:Kees Vandenberg]] dept=UAH-3C4 last_login=[[DATE|date:2024-09-29T22:14:07-06:00]] src=[[IP|ip:2001:56a:7a1c:4400::1f]]\n"
        "accessed ULI [[ID|health_plan:60735-1928]] ([[PERSON|name:VAN DER BERG, PIETER]]) x11 -- possible family member (same surname variant)\n"
        "palm template [[ID|biometric:PV-AB-33018-K]] re-enrolled [[DATE|date:2024-08-30]]"
    ),
]

PATIENT_PORTAL_THREAD = [
    (
        "From: [[PERSON|name:Summer Springer]] <[[EMAIL|email:summer.springer@gmail.com]]>\n"
        "Sent: [[DATE|date:Tue 2/27/2024 6:58 PM]]\n"
        "To: Endocrine Clinic Pool\n"
        "Subject: a1c result??\n"
        "\n"
        "hi dr haddad, saw my a1c went UP to 9.1 :( i've been taking the metformin like u said. can we talk about ozempic? my sister [[PERSON|name:autumn]] is on it. cell is [[PHONE|phone:314 555 0152]]\n"
        "- summer (MRN [[ID|mrn:M00938174]] if that helps)"
    ),
    (
        "> Reply from [[PERSON|name:Gloria Haddad]], MD - [[DATE|date:Feb 28, 2024]] 8:12 AM\n"
        "> Hi Summer, yes let's discuss. I sent a PA request to your insurance (member id [[ID|health_plan:XGM889104512]]). Schedule here: [[URL|url:https://mychart.mercy.example.net/MyChart/Scheduling?dept=ENDO&pt=8f21c9]]\n"
        "> A1c goal <7%. Keep checking sugars fasting + 2h post meals.\n"
        "Patient reply [[DATE|date:2/28]] 9:40 PM: ok thank u!! booked the [[DATE|date:3/14]] slot"
    ),
    (
        "Message #[[ID|other:MSG-7745120]]  [[DATE|date:2024-05-10T07:15:22-05:00]]\n"
        "From: [[PERSON|name:Ruby Hunter]] (proxy: daughter [[PERSON|name:Scarlett Hunter-Moss]], [[EMAIL|email:scarlett.hm@comcast.net]])\n"
        "Re: Mom's discharge\n"
        "\n"
        "Mom got moved to [[LOCATION|geo:Laurelhurst Village]] yesterday. Who do we fax the med list to? Their fax is [[PHONE|fax:503-555-0186]] and nurse line [[PHONE|phone:503-555-0185]]. Also she turns [[AGE|other:83]] on the [[DATE|date:21st]] and keeps asking when she can go home to [[LOCATION|geo:Sellwood]].\n"
        "Sent from [[IP|ip:73.164.22.198]] (iOS app 9.4)"
    ),
    (
        "Subject: parking validation\n"
        "Hello, I'm the mother of [[PERSON|name:Rain Banks]] (DOB [[DATE|date:03.02.2019]]). We were in the ER overnight [[DATE|date:June 19-20]] and got charged $38 at the garage. My plate is [[VEHICLE|vehicle:LKT-9042]] (Texas), silver Camry. The desk said to send the ticket # ([[ID|other:G2-0619-88120]]). Attached: [[ID|photo:river_banks_drivers_license_front.jpg]]\n"
        "Thanks, [[PERSON|name:River]]"
    ),
    (
        "[[DATE|date:07/23/2024]] 11:02  [[PERSON|name:lionel james-brown]] wrote:\n"
        'hey can someone look at the pic of my neck lump, uploaded as [[ID|photo:lionel_neck_selfie_0723.HEIC]]. ultrasound yesterday said 1.4cm "TI-RADS 4"?? what does that mean. also my new email is [[EMAIL|email:ljb.cle87@proton.me]], pls update. my insta [[ID|other:@lionel.jb.cle]] has same pic lol\n'
        "[[DATE|date:07/23/2024]] 14:45  [[PERSON|name:Mai Vang]], MD wrote:\n"
        "Hi Lionel - TI-RADS 4 is moderately suspicious; we'll do a fine-needle biopsy. Please don't post medical pics publicly. - Dr. Vang"
    ),
    (
        "From: [[EMAIL|email:luz.guerrero1979@hotmail.com]]\n"
        "Date: [[DATE|date:Thu, 08 Feb 2024 19:03:11 -0800]]\n"
        "Subject: FW: husband Angel - ICU\n"
        "\n"
        "Hello, my husband [[PERSON|name:Angel Guerrero]] was in ICU bed 12 at UW. He's home now, address [[ADDRESS|geo:10422 Rainier Ave S]], [[LOCATION|geo:Seattle]] [[ADDRESS|geo:98178]]. The home health agency needs the order. Our home phone is [[PHONE|phone:(206) 555-0182]]. His SS number for the forms is [[ID|ssn:533-81-0274]]. Gracias."
    ),
    (
        "Bonjour Dre St-Onge,\n"
        "Ici [[PERSON|name:Solange Beaulieu-Gagnon]] (NAM [[ID|health_plan:BEAS58610922]]). Mon A1c du [[DATE|date:14 février]] était 7,2. Pouvez-vous renouveler mon metformin? Ma pharmacie: [[LOCATION|geo:Jean Coutu]] [[LOCATION|geo:Rosemont]], télécopieur [[PHONE|fax:514.555.0140]].\n"
        "Merci!\n"
        "-- envoyé via [[URL|url:https://monportail.hmr.example.qc.ca/messages/88401]] le [[DATE|date:2024-02-20]]"
    ),
    (
        "Subject: Re: Re: appointment\n"
        "From: Noel L <[[EMAIL|email:noel@noellachance.ca]]>\n"
        "> Your appointment with Dr. [[PERSON|name:Priya Wells]] is confirmed for [[DATE|date:Friday, May 3 at 10:40]] at [[LOCATION|geo:Women's College Hospital]], [[ADDRESS|geo:76 Grenville St]].\n"
        "sorry can't make it, I'm in [[LOCATION|geo:Whitehorse]] for work until the [[DATE|date:10th]]. can we do a phone visit? [[PHONE|phone:416.555.0108]] ext 2. my OHIP is [[ID|health_plan:7902-136-485]] if you need it again."
    ),
    (
        "PORTAL THREAD [[ID|other:BCHC-TH-200441]]\n"
        "[[DATE|date:2024-07-20]] [[PERSON|name:Wei-Lin Chen]]: hi, pharmacist at [[LOCATION|geo:London Drugs]] said my metformin ER is backordered, can I switch to regular? PHN [[ID|health_plan:9048 172 938]]\n"
        "[[DATE|date:2024-07-21]] [[PERSON|name:H. Dhillon]] (MD): Yes, regular metformin 500 mg BID is fine. New Rx faxed to [[PHONE|fax:604-555-0153]].\n"
        "[[DATE|date:2024-07-21]] [[PERSON|name:Wei-Lin Chen]]: thx! btw my husband [[PERSON|name:Frank]] wants to register too, he's [[AGE|other:66]], is that ok?"
    ),
    (
        "From: [[PERSON|name:Dawn Morningstar]] <[[EMAIL|email:dmorningstar@telus.net]]>\n"
        "Sent: [[DATE|date:October 16, 2023]]\n"
        "Re: arm sore after shingles shot #2\n"
        "\n"
        "Arm is red and warm since the shot on [[DATE|date:Oct 14]] at [[LOCATION|geo:Chinook Regional]]. Temp 37.9. My place is [[ADDRESS|geo:1411 Scenic Dr S]], [[LOCATION|geo:Lethbridge]], if home care can come. Alberta health # [[ID|health_plan:18274-6203]]. Voice ID enrolment code for the phone line: [[ID|biometric:VID-4410-2291]]."
    ),
]

SCANNED_FORM_OCR_TEXT = [
    (
        "PAT1ENT REG1STRAT10N F0RM     pg 1 of 2\n"
        "Last Name: [[PERSON|name:W1NTER]]      First: [[PERSON|name:Augu st]]     M.I. [[PERSON|name:J]]\n"
        "D0B: [[DATE|date:O3/l4/l958]]    Sex: M    SSN: [[ID|ssn:3l8-4O-7752]]\n"
        "Address: [[ADDRESS|geo:44l7 N Ked zie Ave]]  City: [[LOCATION|geo:Chi cago]]  State: lL  Zip: [[ADDRESS|geo:6O625]]\n"
        "Home Ph: [[PHONE|phone:(773) 5S5-Ol84]]   Emerg contact: [[PERSON|name:Ju ne Winter]] (sis) [[PHONE|phone:773-555-O l99]]\n"
        "S1gnature: ~~~~~~~~   Date: [[DATE|date:3/ll/24]]"
    ),
    (
        "FAX COVER     ~ [[LOCATION|geo:Baptist Hea1th Louisvi1le]] ~ Cardiac Device Clinic\n"
        "TO: Dr. [[PERSON|name:Rex Holloway]]   FAX: [[PHONE|fax:5O2-555-Ol39]]\n"
        "FROM: Medtronic CareLink Support   PAGES: 3   DATE: [[DATE|date:O2/O6/2O24]]\n"
        "RE: pt [[PERSON|name:Pe nny Ster1ing]]  DOB [[DATE|date:O4/O9/l957]]\n"
        "Device: Azure XT DR MRl  SN [[DEVICE|device:PJN7O45l2S]]  |mplant [[DATE|date:Ol/3l/2O24]]\n"
        "Remote transmission [[DATE|date:2/5]]: AF burden 4.2%, batt 11.3 yr, RV pacing <1%.\n"
        "CONFlDENTlAL: if rec'd in error call [[PHONE|phone:5O2.555.Ol38]]"
    ),
    (
        "MEDICAID PRIOR AUTH0RIZATI0N REQUEST - PHARMACY\n"
        "Recipient Name [[PERSON|name:SALAS, ESPERANZA]]  Recip ID [[ID|health_plan:lOO387214]]\n"
        "DOB [[DATE|date:O5-3O-2Ol6]]  Age [[AGE|other:7]]    Parent/guard: [[PERSON|name:Mar ia Salas]]\n"
        "Drug req: amoxici1lin-c1avulanate 600mg/5mL   qty 75 mL   days 1O\n"
        "Dx: H66.9O   Wt 23 kg\n"
        "Prescriber: [[PERSON|name:Tomas Ortega]] MD   NPl [[ID|license:2O7l932430]]\n"
        "Phone [[PHONE|phone:(5O5) 555-Ol87]]    Fax [[PHONE|fax:(505) 555-0l88]]\n"
        "Pharmacy NCPDP# [[ID|license:32O44l7]]"
    ),
    (
        "     STATE OF SOUTH CAROLINA    TRAFFIC C0LLISI0N REP0RT   (copy rec'd by ED)\n"
        "Driver 1: [[PERSON|name:KERR, MAJ0R]]   DL# [[ID|license:l0O4482l7]]  DOB [[DATE|date:O7/l9/l949]]\n"
        "Veh 1 plate [[VEHICLE|vehicle:QRT 7l6]]  VIN [[VEHICLE|vehicle:2T1BURHE5JC0l7742]]\n"
        "Driver 2: [[PERSON|name:ABBEY CHURCH]]    Veh 2 plate [[VEHICLE|vehicle:NPX-55l0]]\n"
        "Location: [[ADDRESS|geo:Hwy l7 & Main Rd]], [[LOCATION|geo:Johns lsland]]\n"
        "Date/time of crash: [[DATE|date:O3/O2/2O24]] 17:4O     Officer badge #[[ID|other:4 4l8]]\n"
        "lnjuries: D1 c/o chest pain (transported [[LOCATION|geo:MUSC]]); D2 none"
    ),
    (
        "AUTHORIZATI0N F0R RELEASE 0F PR0TECTED HEALTH lNF0RMATI0N\n"
        "Patient: [[PERSON|name:Lamb]], [[PERSON|name:Mary lou]]     MRN: [[ID|mrn:U34Ol377]]     DOB: [[DATE|date:l2 / 0l / l97O]]\n"
        "Release to: [[PERSON|name:Hollis Crane]], Esq.  [[ADDRESS|geo:l2OO 5th Ave Ste 9OO, Seatt1e WA 98lOl]]\n"
        "Email: [[EMAIL|email:hcrane@crane-1aw.com]]     Fax: [[PHONE|fax:2O6 555 Ol44]]\n"
        "Records: ED 8 ICU notes [[DATE|date:Ol/Ol/2O24]] - [[DATE|date:O3/3l/2O24]]; HlV/SUD info: [X] include\n"
        "Signature of patient: ___~ [[PERSON|name:M Lamb]]~___   Date [[DATE|date:4-2-24]]"
    ),
    (
        "PH0T0 lD CONSENT / PATlENT PH0T0GRAPH\n"
        "I, [[PERSON|name:Lionel James -Brown]], consent to a photo for my record.\n"
        "Photo file: [[ID|photo:MRN556Ol928_face.jpg]]   taken by: [[PERSON|name:A. Fields]] (sonography)\n"
        "Palm-vein enrollment ID: [[ID|biometric:PSX-9A77-4lC0-22E5]]\n"
        "Date: [[DATE|date:O7 / 22 / 2O24]]     Witness: [[PERSON|name:Bran don Kel ler]]"
    ),
    (
        "0NTARl0 HEALTH C0VERAGE - REGlSTRATl0N F0RM (0HlP)   F0RM 0265-82\n"
        "Surname: [[PERSON|name:0'NElLL]]       Given name(s): [[PERSON|name:Shan non]]\n"
        "Health Number: [[ID|health_plan:5847 2Ol 398]]  Version: VY\n"
        "Date of birth (YYYY/MM/DD): [[DATE|date:l995 / O1 / l7]]\n"
        "Residential address: [[ADDRESS|geo:4Ol Smyth Rd]] Unit/Apt __  City [[LOCATION|geo:0ttawa]]  Postal [[ADDRESS|geo:KlH 8L6]]\n"
        "SlN (optional, do not require): [[ID|ssn:593 O27 4lO]]\n"
        "Signature ~~~~  Date [[DATE|date:2O24/O4/l5]]"
    ),
    (
        "FORMULAIRE DE DEMANDE - CARTE D'ASSURANCE MALADIE (RAMQ)\n"
        "Nom de famille à la naissance: [[PERSON|name:LAVALLÉE]]    Prénom: [[PERSON|name:Aim é]]\n"
        "Date de naissance: [[DATE|date:l972-O8-l5]]   NAM actuel: [[ID|health_plan:LAVA 72O8 l5l2]]\n"
        "Adresse: [[ADDRESS|geo:342O rue Saint-Den is, app. 4]]  Municipalité: [[LOCATION|geo:Montr éal]]  Code postal: [[ADDRESS|geo:H2X 3L3]]\n"
        "Photo jointe: [[ID|photo:photo_lavallee_aime_2O24.jpg]]    Répondant: Dr [[PERSON|name:Lou is Paquette]]\n"
        "Signé à [[LOCATION|geo:Laval]], le [[DATE|date:9 janv. 2O24]]"
    ),
    (
        "BC MSP - APPLICATION FOR ENROLMENT   Account No. [[ID|account:MSP-88l2O44]]\n"
        "Applicant: [[PERSON|name:SANDHU]] , [[PERSON|name:GURPREET KAUR]]   PHN [[ID|health_plan:9726 48l 932]]\n"
        "Spouse: [[PERSON|name:SANDHU]], [[PERSON|name:MANJIT]]  PHN [[ID|health_plan:9O48l7293 8]]?? (illegible)\n"
        "Home address [[ADDRESS|geo:752O l2O St]], [[LOCATION|geo:Surrey]]  [[ADDRESS|geo:V3W 3M9]]\n"
        "Mailing: [[ADDRESS|geo:PO B0X 34O44]] [[LOCATION|geo:Delta]]\n"
        "Phone [[PHONE|phone:6O4-555-Ol76]]   Date arrived in BC: [[DATE|date:Aug l4 2Ol9]]"
    ),
    (
        "ALBERTA HEALTH CARE lNSURANCE PLAN - CHANGE 0F ADDRESS\n"
        "Persona1 Health Number: [[ID|health_plan:4O2l9-38l7]]\n"
        "Name: [[PERSON|name:Crow child]], [[PERSON|name:Dawn]] [[PERSON|name:S.]]     Birthdate [[DATE|date:ll Apr l99O]]\n"
        "NEW address: [[ADDRESS|geo:Box 22 Site 4 RR l]], [[LOCATION|geo:Tsuut'ina]]  [[ADDRESS|geo:T3T OAl]]\n"
        "0ld address: [[ADDRESS|geo:44l5 Bow Trai1 SW]], [[LOCATION|geo:Ca1gary]]\n"
        "Vehicle reg (for parking permit at [[LOCATION|geo:Foothills Medical Centre]]): [[VEHICLE|vehicle:CTV-4O92]]\n"
        "Signature ~~ [[PERSON|name:D. Crowchild]] ~~ [[DATE|date:2O24-O3-2l]]"
    ),
]

STYLES = [
    ("ehr-export-rows", EHR_EXPORT_ROWS),
    ("fhir-json-resources", FHIR_JSON_RESOURCES),
    ("hl7-adt-messages", HL7_ADT_MESSAGES),
    ("ccd-xml-fragments", CCD_XML_FRAGMENTS),
    ("pharmacy-claim-records", PHARMACY_CLAIM_RECORDS),
    ("lab-information-system-log", LAB_INFORMATION_SYSTEM_LOG),
    ("dicom-header-dump", DICOM_HEADER_DUMP),
    ("access-audit-trail", ACCESS_AUDIT_TRAIL),
    ("patient-portal-thread", PATIENT_PORTAL_THREAD),
    ("scanned-form-ocr-text", SCANNED_FORM_OCR_TEXT),
]


def main() -> None:
    print(f"probe47: {write_styled(OUT, STYLES)} docs")


if __name__ == "__main__":
    main()
