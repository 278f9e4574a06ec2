"""Write the 26th hand-annotated redaction probe, ``corpus/redaction/probe26.jsonl``.

Why: the engine is measured on text written by authors who have never read it. This probe
stresses locales far from the English-speaking defaults: Latin America, the Middle East, East
Asia, Eastern Europe and the Nordics, with their own national numbers, address orders, phone
formats, calendars (Hijri, Showa/Heisei/Reiwa, Minguo) and name patterns (two surnames,
patronymics, family name first, particles, Hungarian -ne married names), plus the universal
identifiers (emails, URLs, IPs, MAC addresses, device serials, plates, photo files, biometric
template IDs). Look-alikes (doses, lab ranges, bed and ward numbers, times, model numbers,
ICD/CPT codes, lot numbers) are planted and left unmarked.

What: 100 English notes with local words mixed in, 10 in each of ten styles (progress-note,
discharge-summary, referral-letter, nursing-shorthand, pharmacy, telehealth, billing-claims,
lab-and-imaging, emergency-department, patient-message), two per region in every style. Every
identifier is marked inline as ``[[LABEL|category:text]]`` following the Safe Harbor annotation
conventions: titles stay outside names, a full address is one ADDRESS span, a town or named
facility alone is LOCATION, ages of 90 or more are AGE|date, national numbers are ssn, insurer
numbers health_plan, record and accession numbers mrn, licence and prescriber numbers license.

How to run::

    cd /work/main && .venv/bin/python scripts/make_probe26_corpus.py
"""

from __future__ import annotations

from pathlib import Path

from make_safe_harbor_suite import write_styled

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "corpus" / "redaction" / "probe26.jsonl"

PROGRESS_NOTE = [
    # Mexico
    (
        "PROGRESS NOTE - Medicina Interna, [[LOCATION|geo:Hospital General de México Dr. Eduardo Liceaga]]\n"
        "Fecha: día 3\n"
        "Pt: [[PERSON|name:María Guadalupe Hernández Ruiz]], [[AGE|other:67]]F, CURP [[ID|ssn:HERG560921MDFRZD04]]\n"
        "S: less dyspnea; daughter (cel [[PHONE|phone:55 4187 2290]]) says she slept propped on 3 pillows. Denies chest pain.\n"
        "O: BP 138/84, HR 88, SpO2 93% RA. Cr 1.4 (prev 1.6). K 4.9. Wt 71.2 kg (down 1.8).\n"
        "A/P: HFrEF exacerbation, improving. Furosemide 40 mg IV bid -> PO 40 mg daily tomorrow. Repeat BMP in AM.\n"
        "Dispo w/ trabajo social; lives at [[ADDRESS|geo:Calle Durango 214, Int. 3, Col. Roma Norte, Cuauhtémoc, 06700 Ciudad de México, CDMX]], 3rd floor walk-up.\n"
        "R3 MI"
    ),
    # Israel
    (
        "Progress note [[DATE|date:03.06.2024]] 07:40\n"
        "Internal Medicine B, room 12 bed 2\n"
        "[[PERSON|name:Shira Ben-Ami]], T.Z. [[ID|ssn:038451276]], Clalit member no. [[ID|health_plan:7713 0492 11]]\n"
        "Day 3 IV ceftriaxone 2 g for pyelo. Afebrile since yesterday evening (Tmax 37.6). WBC 11.2 from 17.9. CRP 48.\n"
        "Husband [[PERSON|name:Lior]] at bedside, asking about discharge before Shabbat. Plan: switch to PO cefuroxime 500 mg bid, total 10 days; urine cx E. coli pan-sensitive.\n"
        "F/u with family physician in 1 week.\n"
        "Next review tomorrow."
    ),
    # Japan
    (
        "[Progress] ward 7E\n"
        "[[PERSON|name:YAMAMOTO Haruki]] ([[PERSON|name:山本 春樹]]) [[AGE|other:78]]M\n"
        "DOB [[DATE|date:S21.2.17]] (Showa)\n"
        "POD 4 s/p laparoscopic R hemicolectomy. Passing flatus, tolerating 5-bu gayu. Drain 40 mL serous. Pain NRS 2/10 on acetaminophen 500 mg q6h.\n"
        "Wife visits daily; she will take him home to [[ADDRESS|geo:3-14-8 Kichijoji Minamicho, Musashino-shi, Tokyo 180-0003]] by taxi.\n"
        "Path pending. Plan: advance diet, remove drain if <50 mL tomorrow.\n"
        "Signed: PGY2"
    ),
    # Poland
    (
        "NOTATKA / progress note, Oddział Kardiologii, [[LOCATION|geo:Szpital Bielański]]\n"
        "Day 2\n"
        "Pacjent: [[PERSON|name:Wojciech Mark]], PESEL [[ID|ssn:58071204577]]\n"
        "Admitted w/ AF RVR 150s. Now rate 78-92 on bisoprolol 5 mg + apixaban 5 mg bid. Echo: LVEF 50%, LA 46 mm. TSH 1.8.\n"
        "Spoke w/ daughter - she will bring his home meds list.\n"
        "Plan: consider DCCV after 3 wks anticoag. Discharge likely in 2 days.\n"
        "lek. [[PERSON|name:Paweł Nowicki]], PWZ [[ID|license:3318462]]"
    ),
    # Sweden
    (
        "Daganteckning\n"
        "[[PERSON|name:Rune Lindqvist]], [[ID|ssn:19440623-4458]], [[AGE|other:80]] år\n"
        "Avd 62, [[LOCATION|geo:Sahlgrenska Universitetssjukhuset]]\n"
        "KOL-exacerbation day 4. Prednisolon 30 mg day 4/5. Sat 91-93% on 1 L O2. CRP 36 (was 112). Mobilising w/ physio to corridor x2.\n"
        "Lives alone in [[LOCATION|geo:Mölndal]]; neighbour has a key. Hemtjänst to restart on discharge.\n"
        "Son tel [[PHONE|phone:070-318 44 62]].\n"
        "Plan discharge Friday.\n"
        "/ST-läkare"
    ),
    # Brazil
    (
        "EVOLUÇÃO / progress note - [[DATE|date:22/07/2024]] - Enfermaria 5, leito 12\n"
        "[[PERSON|name:João Pedro dos Santos Lima]], CPF [[ID|ssn:384.921.657-08]]\n"
        "HD5 cellulitis L leg. Improving, erythema receding from the pen line. Afebrile 48h. Oxacilina 2 g 4/4h -> cefalexina 500 mg 6/6h.\n"
        "DM2: HbA1c 9.8%. Glicemias 140-210. NPH 20 UI manhã.\n"
        "Wife [[PERSON|name:Rosa]] asks if he can go back to his stall at the market in [[LOCATION|geo:Natal]] next week - advised 10-14 days off.\n"
        "Clínica Médica"
    ),
    # Saudi Arabia
    (
        "Progress Note - [[LOCATION|geo:King Faisal Specialist Hospital & Research Centre]]\n"
        "Date: [[DATE|date:1 Shawwal 1445]]\n"
        "Patient: [[PERSON|name:Abdullah bin Fahd Al-Otaibi]], [[AGE|other:58]]y M. National ID [[ID|ssn:1034587261]].\n"
        "DKA resolved overnight; AG closed at 11. Transitioned to SC glargine 24 units + aspart sliding scale. Was fasting Ramadan and skipped insulin.\n"
        "Son translates for the family.\n"
        "Diabetes educator today. OPD f/u in 2 weeks.\n"
        "SCFHS [[ID|license:12-R-0044871]]"
    ),
    # South Korea
    (
        "경과기록 Progress note [[DATE|date:2024.08.21]]\n"
        "[[PERSON|name:Park Ji-young]] (F/[[AGE|other:29]]) RRN [[ID|ssn:950314-2154818]]\n"
        "GDM, 33+2 wks. FBS 98, PP2h 142 -> insulin detemir 6 U qHS started. NST reactive.\n"
        "Husband works night shift; prefers calls after 2 pm to [[PHONE|phone:010-4827-1935]].\n"
        "Address on file: [[ADDRESS|geo:Seoul, Songpa-gu, Olympic-ro 35-gil 104, 201-dong 1503-ho (05510)]]\n"
        "Next OB clinic in 1 week.\n"
        "R2 OB"
    ),
    # Romania
    (
        "FOAIE DE OBSERVAȚIE - progress [[DATE|date:05.11.2024]]\n"
        "Neurologie, salon 4\n"
        "Pacient: [[PERSON|name:Ioan Moldovan]], [[AGE|other:71]] ani, CNP [[ID|ssn:1530417120033]]\n"
        "Ischemic stroke L MCA 3 days ago, NIHSS 9 -> 5 today. Swallow screen passed; soft diet. Atorvastatin 80 mg, aspirin 100 mg.\n"
        "Family: wife [[PERSON|name:Floarea]] visits daily.\n"
        "Home: [[ADDRESS|geo:Str. Horea nr. 27, ap. 3, Turda 401067, jud. Cluj]]\n"
        "Rehab referral sent."
    ),
    # Norway
    (
        "Journalnotat\n"
        "Pas: [[PERSON|name:Kari Storm Haugen]], fnr [[ID|ssn:030862 48213]]\n"
        "Med. avd.\n"
        "Pneumoni RLL, dag 3. Benzylpenicillin 1.2 g x4 iv -> amoxicillin 750 mg x3 po from today. CRP 88 -> 41. SpO2 95% RA.\n"
        "She teaches at the school in [[LOCATION|geo:Os]] and wants a sykmelding for two weeks.\n"
        "Fastlege: Dr. [[PERSON|name:Anders Hope]], [[LOCATION|geo:Os legesenter]], fax [[PHONE|fax:56 30 99 81]].\n"
        "Plan utskrivelse i morgen.\n"
        "-LIS1"
    ),
]

DISCHARGE_SUMMARY = [
    # Argentina
    (
        "EPICRISIS / DISCHARGE SUMMARY\n"
        "[[LOCATION|geo:Hospital Italiano de Buenos Aires]] - Servicio de Clínica Médica\n"
        "Paciente: [[PERSON|name:Soledad Inés Ferreyra]]  DNI [[ID|ssn:27.845.190]]\n"
        "Egreso: hoy\n"
        "Dx: community-acquired pneumonia with complicated parapneumonic effusion (drained on day 3).\n"
        "Tx: ampicilina-sulbactam 3 g q6h x 7 d -> amoxi-clav 875/125 bid to complete 14 d.\n"
        "Discharged home to [[ADDRESS|geo:Av. Rivadavia 6120, 8° B, C1406GLQ CABA]] with her partner.\n"
        "Control: consultorio externo in 1 week, Dr. [[PERSON|name:Ezequiel Paz]].\n"
        "Pautas de alarma explicadas."
    ),
    # Egypt
    (
        "DISCHARGE SUMMARY - [[LOCATION|geo:Kasr Al Ainy Hospital]]\n"
        "Name: [[PERSON|name:Ahmed Mohamed Mahmoud Hassan]]  Age: [[AGE|other:52]]  National ID: [[ID|ssn:27203150102938]]\n"
        "Discharged [[DATE|date:23-3-2024]] after 6 days.\n"
        "Diagnosis: upper GI bleed - esophageal varices (HCV cirrhosis, Child B). Band ligation x4 on day 2. Hb 7.1 -> 9.4 after 2 units PRBC.\n"
        "Discharge meds: propranolol 20 mg bid, lactulose 20 mL tid, spironolactone 100 mg.\n"
        "Follow-up: hepatology OPD in 2 weeks for repeat banding.\n"
        "Brother to accompany. Mobile [[PHONE|phone:010 2845 9913]].\n"
        "GI unit"
    ),
    # Taiwan
    (
        "DISCHARGE SUMMARY\n"
        "Dept. of Cardiology\n"
        "Patient: [[PERSON|name:CHEN, Yi-Ting]]\n"
        "ID: [[ID|ssn:F224871036]]   DOB: [[DATE|date:058/04/09]] (ROC)\n"
        "Discharge today.\n"
        "Dx: NSTEMI, 2-vessel CAD; PCI with DES to LAD on HD2.\n"
        "Discharge meds: aspirin 100 mg qd, ticagrelor 90 mg bid, rosuvastatin 20 mg qd.\n"
        "OPD follow-up [[DATE|date:113/05/20]]. Contact: daughter [[PHONE|phone:0932-118-604]].\n"
        "Cardiac rehab referral done."
    ),
    # Czech Republic
    (
        "PROPOUŠTĚCÍ ZPRÁVA / discharge summary\n"
        "Ortopedická klinika\n"
        "Pacient: [[PERSON|name:Jana Nováková]], r.č. [[ID|ssn:735812/0147]], pojišťovna 111 (VZP)\n"
        "Propuštěn: [[DATE|date:11. 3. 2024]]\n"
        "Dg: fractura colli femoris l. sin. (S72.0), hemiarthroplasty day 2. Implant: cemented stem, serial no. [[DEVICE|device:SN 2201-774-0918]] (lot 44B12 on sticker).\n"
        "Discharged to [[LOCATION|geo:LDN Kladno]] for rehab. Enoxaparin 40 mg sc daily x 5 weeks.\n"
        "Daughter informed.\n"
        "MUDr. [[PERSON|name:Tomáš Černý]]"
    ),
    # Denmark
    (
        "EPIKRISE / Discharge summary\n"
        "Hjertemedicinsk afd. B2142\n"
        "Pt: [[PERSON|name:Søren Bo Kjær]], CPR [[ID|ssn:110359-1637]]\n"
        "Udskr. [[DATE|date:23/8-2024]].\n"
        "Dx: sick sinus syndrome. Pacemaker implanted day 2: dual-chamber, model Assurity MRI PM2272, serial [[DEVICE|device:7724419]].\n"
        "Remote monitoring via home transmitter, serial [[DEVICE|device:MX1-0398812]].\n"
        "Plan: pacemaker control in 3 months. No driving for 1 week.\n"
        "/1. reservelæge"
    ),
    # Chile
    (
        "INFORME DE ALTA / DISCHARGE\n"
        "Servicio de Cirugía\n"
        "Nombre: [[PERSON|name:Camila Andrea Rojas Muñoz]]  RUT: [[ID|ssn:17.384.522-K]]\n"
        "Previsión: FONASA tramo B\n"
        "Fecha alta [[DATE|date:02-07-2024]]\n"
        "Dx: acute cholecystitis; lap chole day 2, uncomplicated.\n"
        "Alta con paracetamol 1 g c/8h, ketoprofeno 50 mg c/8h x 3 d. Retiro de puntos en CESFAM.\n"
        "Dirección: [[ADDRESS|geo:Pasaje Los Aromos 1472, Villa Las Rosas, Puente Alto]]\n"
        "Fono [[PHONE|phone:+56 9 7421 3086]]; correo [[EMAIL|email:camirojas.m@gmail.com]]\n"
        "Cirugía General"
    ),
    # Turkey
    (
        "EPİKRİZ - DISCHARGE SUMMARY\n"
        "Kardiyoloji Kliniği\n"
        "Hasta: [[PERSON|name:Ayşe Yılmaz Demir]], T.C. Kimlik No: [[ID|ssn:34918276450]]\n"  # noqa: RUF001
        "Taburcu [[DATE|date:19.01.2024]]\n"
        "Tanı: type 2 MI in the setting of urosepsis. Troponin peak 2.8 ng/mL. Coronary angio on day 4 - non-obstructive.\n"  # noqa: RUF001
        "SGK tescil no [[ID|health_plan:0612 3344 8821 0]]\n"
        "Ev: [[ADDRESS|geo:Kızılay Mah. Atatürk Blv. No: 112 D: 9, 06420 Çankaya/Ankara]]\n"  # noqa: RUF001
        "Kızı (daughter) [[PERSON|name:Elif]] Hanım refakatçi.\n"  # noqa: RUF001
        "Kontrol: kardiyoloji poliklinik 2 hafta."
    ),
    # China
    (
        "DISCHARGE RECORD\n"
        "Dept. of Rheumatology\n"
        "Name: [[PERSON|name:Wang Xiuying]]  Sex: F\n"
        "Resident ID: [[ID|ssn:11010519830612402X]]\n"
        "Admitted [[DATE|date:2024年3月8日]], discharged after 12 days.\n"
        "Dx: SLE flare with lupus nephritis class IV (renal biopsy). 24h urine protein 2.8 g. C3 0.42.\n"
        "Induction: MMF 1 g bid, prednisone 40 mg qd with taper, HCQ 200 mg bid.\n"
        "Contact: husband, WeChat ID [[ID|other:zw_bj1979]].\n"
        "Address: [[ADDRESS|geo:Room 1203, Unit 2, Building 5, 88 Jianguo Road, Chaoyang District, Beijing 100022]]\n"
        "Attending: rheumatology team"
    ),
    # Ukraine
    (
        "VYPYSKA / DISCHARGE SUMMARY\n"
        "Cardiology department\n"
        "Patient: [[PERSON|name:Olena Petrivna Kovalenko]], DOB [[DATE|date:23.09.1961]], RNOKPP [[ID|ssn:2253817406]]\n"
        "Discharged [[DATE|date:10.10.2024]].\n"
        "Dx: hypertensive crisis, CKD 3a. BP on admission 210/118; now 136/82 on amlodipine 10 mg + losartan 100 mg.\n"
        "Follow-up with family doctor, eHealth declaration no. [[ID|other:0003-7K4M-2291]].\n"
        "Lives with son at [[ADDRESS|geo:vul. Heroiv Dnipra 38, kv. 112, Kyiv 04212]].\n"
        "Signed: attending cardiologist"
    ),
    # Finland
    (
        "EPIKRIISI / Discharge summary\n"
        "Sisätaudit\n"
        "[[PERSON|name:Aino Virtanen]], hetu [[ID|ssn:090331-258T]], [[AGE|date:93]] v.\n"
        "Lähtö [[DATE|date:12.2.2025]].\n"
        "Dx: hyponatremia (Na 118 -> 131) from thiazide + poor intake; delirium resolved.\n"
        "Hydrochlorothiazide stopped. Kela reimbursement code 205 kept for her other meds.\n"
        "Discharged back to [[LOCATION|geo:Palvelutalo Kotikallio]].\n"
        "Contact: granddaughter, [[EMAIL|email:sanna.lehto@outlook.fi]]\n"
        "Lääkäri, sisätautien osasto"
    ),
]

REFERRAL_LETTER = [
    # Colombia
    (
        "Atn. Jefe de Servicio\n"
        "Hematología, [[LOCATION|geo:Fundación Santa Fe de Bogotá]]\n"
        "Fax [[PHONE|fax:(601) 603 0305]]\n\n"
        "Ref: [[PERSON|name:Luz Dary Cárdenas Quintero]], CC [[ID|ssn:52.874.331]]\n\n"
        "Estimado doctor,\n"
        "I am referring this woman with progressive normocytic anemia (Hb 8.9 g/dL), platelets 92,000 and an M-spike of 2.1 g/dL on a recent SPEP. Lumbar bone pain. Calcium 10.9.\n"
        "She lives in [[LOCATION|geo:Chía]] and travels by bus; please consider a morning slot.\n"
        "Atentamente,\n"
        "Medicina Interna, RM [[ID|license:25-4471-09]]"
    ),
    # Lebanon
    (
        "Department of Family Medicine\n"
        "\n"
        "To: Dr. [[PERSON|name:Georges Khoury]], Nephrology - fax [[PHONE|fax:+961 1 615 295]]\n\n"
        "Re: Mrs. [[PERSON|name:Nada Haddad]], MRN [[ID|mrn:00-918-442]]\n\n"
        "Dear [[PERSON|name:Georges]],\n"
        "Thank you for seeing Mrs [[PERSON|name:Haddad]], who has CKD stage 4 (eGFR 22, down from 31 in 2022) and potassium 5.8 despite diet. She would like to discuss dialysis options before the summer.\n"
        "Her son handles her appointments: [[EMAIL|email:karim.haddad.lb@gmail.com]].\n"
        "Kind regards,\n"
        "Family physician"
    ),
    # Japan
    (
        "Referral letter (shokai-jo)   [[DATE|date:R6.10.3]]\n"
        "To: Dept. of Neurology, movement disorders clinic\n"
        "From: [[LOCATION|geo:Sakura Naika Clinic]]\n"
        "Fax [[PHONE|fax:075-812-3391]]\n\n"
        "Patient: [[PERSON|name:Sato Mitsuko]], F, DOB [[DATE|date:1949/07/22]]\n"
        "Thank you for your continued support. Since about [[DATE|date:June 2024]] she has shown a resting tremor of the right hand and a slowed, shuffling gait; MMSE 26/30. DaTscan is not available here.\n"
        "Her husband died last year; she lives alone and her niece will accompany her.\n"
        "We would be grateful for your evaluation.\n"
        "Sincerely, internal medicine"
    ),
    # Hungary
    (
        "BEUTALÓ / Referral\n"
        "[[DATE|date:2024. április 8.]]\n"
        "To: Gasztroenterológia, [[LOCATION|geo:Szent János Kórház]] - fax [[PHONE|fax:+36 1 458 4501]]\n"
        "Beteg: [[PERSON|name:Nagy Eszter]], TAJ [[ID|health_plan:044 718 392]], anyja neve: [[PERSON|name:Kiss Erzsébet]]\n"
        "Kérem colonoscopy: iron deficiency anemia (Hb 96 g/L, ferritin 6), FOBT positive x2, no NSAIDs. Weight stable.\n"
        "Köszönettel,\n"
        "háziorvos"
    ),
    # Iceland
    (
        "[[LOCATION|geo:Heilsugæslan Hlíðum]]\n"
        "Fax [[PHONE|fax:513 6709]]\n"
        "\n"
        "Til: Innkirtladeild (endocrinology)\n\n"
        "Re: [[PERSON|name:Guðrún Sigurðardóttir]], kt. [[ID|ssn:120385-2399]]\n\n"
        "Dear colleague, please see this young woman with 6 kg weight loss and palpitations; TSH <0.01, FT4 38 pmol/L, TRAb positive. Started propranolol 20 mg tid. Please assess methimazole vs RAI.\n"
        "She works shifts at the fish plant in [[LOCATION|geo:Grindavík]] - displaced since the evacuation; best reached by mobile.\n"
        "Kind regards,\n"
        "heimilislæknir"
    ),
    # Mexico
    (
        "Carta de referencia / Referral\n"
        "\n"
        "A: Servicio de Oftalmología, [[LOCATION|geo:Hospital Universitario Dr. José Eleuterio González]]\n"
        "Paciente: [[PERSON|name:José de Jesús Garza Treviño]], NSS [[ID|health_plan:4389 61 0244 7]]\n"
        "Motivo: DM2 x 15 años; fondo de ojo con retinopatía proliferativa OD. VA 20/200 OD, 20/40 OS. HbA1c 10.2%.\n"
        "Retinal photos attached: [[ID|photo:FO_GarzaTrevino_OD_20240816.jpg]], [[ID|photo:FO_GarzaTrevino_OS_20240816.jpg]]\n"
        "Dra. [[PERSON|name:Mercedes Cantú Leal]]"
    ),
    # Israel
    (
        "From: Dr. [[PERSON|name:Yael Friedman]], family physician\n"
        "Fax [[PHONE|fax:09-774 1299]]\n"
        "To: Sleep Lab\n"
        "Date: [[DATE|date:21/07/24]]\n\n"
        "Patient: [[PERSON|name:Avraham Peretz]] ('[[PERSON|name:Avi]]'), ID [[ID|ssn:056712849]]\n"
        "Reason: suspected OSA. BMI 34, neck 44 cm, ESS 15/24. HTN on amlodipine 5. Wife reports witnessed apneas.\n"
        "He drives a city bus - safety concern, please prioritise PSG.\n"
        "Family physician"
    ),
    # South Korea
    (
        "진료의뢰서 Referral   [[DATE|date:2024년 9월 12일]]\n"
        "From: family medicine clinic\n"
        "Fax [[PHONE|fax:051-804-2278]]\n"
        "To: Gastroenterology\n\n"
        "Patient: [[PERSON|name:Kim Young-hee]] (F), 주민번호 [[ID|ssn:680422-2873114]]\n"
        "Screening EGD last week: 1.8 cm ulcerated lesion, gastric antrum; biopsy (path no. [[ID|mrn:S24-10877]]) adenocarcinoma. H. pylori positive. CEA 3.1.\n"
        "Requesting work-up and ESD vs surgery evaluation.\n"
        "Patient email [[EMAIL|email:younghee.kim68@naver.com]]\n"
        "Family physician"
    ),
    # Poland
    (
        "SKIEROWANIE do Poradni Neurologicznej\n"
        "[[LOCATION|geo:Przychodnia Pod Lipami]]\n"
        "\n"
        "Pacjentka: [[PERSON|name:Halina Wolna]], PESEL [[ID|ssn:49110803826]]\n"
        "Adres: [[ADDRESS|geo:ul. Słowackiego 5 m. 2, 23-200 Kraśnik]]\n"
        "Rozpoznanie: G20? Resting tremor R hand x 6 mo, micrographia, hypomimia. MoCA 25/30. Suspected Parkinson's disease.\n"
        "e-skierowanie, kod dostępu [[ID|other:4821]]\n"
        "lek. rodz. [[PERSON|name:Krzysztof Dąb]]"
    ),
    # Sweden
    (
        "REMISS - Hudkliniken\n"
        "Från: vårdcentralen, fax [[PHONE|fax:0451-29 84 10]]\n"
        "Pat: [[PERSON|name:Lars-Olof Persson]], [[ID|ssn:470218-3391]]\n"
        "Frågeställning: pigmented lesion L scapula, 9 mm, asymmetric, changing colour according to his wife.\n"
        "Dermatoscopy images uploaded: [[ID|photo:derm_470218_rygg_01.jpg]] and [[ID|photo:derm_470218_rygg_02.jpg]] (via 1177 teledermatology).\n"
        "Please assess for excision. He spends summers on the west coast.\n"
        "/[[PERSON|name:Karin Ek]], distriktsläkare"
    ),
]

NURSING_SHORTHAND = [
    # Brazil
    (
        "plantão noturno [[DATE|date:03/05]] - leito 7\n"
        "pcte [[PERSON|name:francisca das chagas oliveira]] [[AGE|other:82]]a pront[[ID|mrn:448217]]\n"
        "22h: PA 90/60 FC 104 Tax 38.2 - comunicado plantonista. colhidas hemoculturas x2, SF 0,9% 500ml aberto\n"
        "00h: PA 108/70, diurese 150ml pela SVD\n"
        "02h: confusa, tracionou AVP - repuncionado MSE\n"
        "filha [[PERSON|name:Graça]] ligou 3x, orientada\n"
        "pulseira conferida. SNE fixada 65cm\n"
        "enf. plantão"
    ),
    # Saudi Arabia
    (
        "nsg note 0700\n"
        "pt [[PERSON|name:Umm Khalid]] (reg. name [[PERSON|name:Hessa Saad Al-Dosari]]) [[AGE|date:91]]F bed 22\n"
        "MRN:[[ID|mrn:3310-8842]]\n"
        "- turned q2h, sacral PI stage 2 - photo for wound team [[ID|photo:WND_3310-8842_0312.jpg]]\n"
        "- PEG feed 50ml/h, residual 20ml\n"
        "- dtr-in-law stayed overnite, requests female dr only\n"
        "- O2 2L NC sat 95\n"
        "RN [[PERSON|name:Joy Santos]]"
    ),
    # Taiwan
    (
        "N/S note [[DATE|date:113.06.14]] D shift\n"
        "[[PERSON|name:Huang Shu-fen]] [[AGE|other:52]]F chart [[ID|mrn:3094417]] bed 12-3\n"
        "POD1 TKA R. pain 4/10 w/ PCA, PCA pump SN [[DEVICE|device:CAD-77A41928]]. CPM 0-60 deg x2. hemovac 120cc/shift\n"
        "husband asks re foreign caregiver for home in [[LOCATION|geo:Taoyuan]] - SW consulted\n"
        "NHI IC card checked ok\n"
        "RN D-shift"
    ),
    # Romania
    (
        "tura de noapte [[DATE|date:19.02.2025]]\n"
        "pac. [[PERSON|name:Gheorghe Lupu]], salon 3 pat 2, FO[[ID|mrn:2291/25]]\n"
        "22:00 TA 160/95 -> captopril 25mg sl la indicația dr. de gardă [[PERSON|name:Stan]]\n"
        "glicemie 212 mg/dl, insulină rapidă 4UI sc\n"
        "pac. agitat, vrea să plece acasă la [[LOCATION|geo:Bacău]]. soția anunțată tel [[PHONE|phone:0745.882.019]]\n"
        "sondă urinară schimbată, diureză 1100ml/12h\n"
        "as. med. de noapte"
    ),
    # Norway
    (
        "sykepleienotat natt\n"
        "[[PERSON|name:Bjørn Ask]] [[AGE|other:77]] år, rom 214\n"
        "- BT 142/88, P 76 irr (kjent AF), SpO2 94%\n"
        "- urolig kl 0300, ville ut for å finne bilen sin (sølv Volvo, reg [[VEHICLE|vehicle:EL 43218]]) - reorientert\n"
        "- høreapparat v. øre savnet, serienr [[DEVICE|device:2219HA0457]] - funnet i sengen\n"
        "- kona [[PERSON|name:Liv]] ringt 0630\n"
        "- [[PERSON|name:ask]] spiste halv brødskive til frokost\n"
        "spl natt"
    ),
    # Argentina
    (
        "enf. TN\n"
        "hab 305 cama B - [[PERSON|name:QUIROGA, Blanca Estela]], [[AGE|other:88]]a, HC [[ID|mrn:77-20419]]\n"
        "CSV: TA 100/60, FC 92, FR 22, sat 90% c/ cánula 3L, T 37.9\n"
        "curación escara sacra grado III, fotos en carpeta ([[ID|photo:escara_quiroga_1511_a.jpg]])\n"
        "hijo pide hablar c/ médico mañana a la mañana, cel [[PHONE|phone:11-6024-3389]]\n"
        "PAMI afiliada [[ID|health_plan:15-0-884219-0-00]]\n"
        "Lic. enfermería TN"
    ),
    # Egypt
    (
        "nursing - ICU 2, night\n"
        "pt [[PERSON|name:fatma abdel-rahman soliman]], [[AGE|other:63]]F, file [[ID|mrn:ICU-24-1193]]\n"
        "vent SIMV FiO2 40% PEEP 8, ETT 22cm at lip\n"
        "noradrenaline 0.1 mcg/kg/min via pump s/n [[DEVICE|device:AL-8015-33902]] ch A\n"
        "visitors: husband & dtr from [[LOCATION|geo:Tanta]] - explained visiting hrs 4-6pm\n"
        "Hb 8.6, K 3.2 -> KCl 20mEq over 2h\n"
        "night nurse"
    ),
    # China
    (
        "护理 nursing note night\n"
        "bed 18 [[PERSON|name:Liu Guoqiang]] M [[AGE|other:70]] 住院号[[ID|mrn:0812093]]\n"
        "NIBP 150/92, HR 68, RR 18, SpO2 96% on 2L. I/O 1400/1650\n"
        "CGM sensor (Dexcom G6) applied R arm, transmitter ID [[DEVICE|device:8GX2KD]]\n"
        "son [[PERSON|name:Liu Yang]] called from [[LOCATION|geo:Shenzhen]]\n"
        "ate half bowl congee. fall risk score 45\n"
        "RN night"
    ),
    # Czech Republic
    (
        "sesterský záznam [[DATE|date:9.4.]] noční\n"
        "p. [[PERSON|name:Josef Veselý]], pokoj 6/lůžko 2, č. chorobopisu [[ID|mrn:24/08817]]\n"
        "22:00 TK 170/90, p. [[PERSON|name:Veselý]] odmítá léky. volána MUDr. [[PERSON|name:Malá]] - ordinován Tensiomin 12,5mg\n"
        "02:30 pád u lůžka, bez zjevného poranění, RTG neindikován, hlášeno\n"
        "manželka tel. [[PHONE|phone:736 118 442]] informována ráno\n"
        "sestra noční směna"
    ),
    # Denmark
    (
        "sygeplejenotat aften\n"
        "[[PERSON|name:Inger Marie Dahl]] [[AGE|other:89]] år, st. 3, CPR [[ID|ssn:050635-2248]]\n"
        "- BT 118/64, puls 88, temp 37,1\n"
        "- smerter hofte NRS 5 -> morfin 5mg po kl 20\n"
        "- datter ringer fra [[LOCATION|geo:Aarhus]] hver aften\n"
        "- nødkaldsarmbånd hjemme, serienr [[DEVICE|device:TX-9917-0042]] - skal med ved udskrivelse\n"
        "- ønsker at komme hjem til jul\n"
        "spl. aftenvagt"
    ),
]

PHARMACY = [
    # Chile
    (
        "RECETA / DISPENSING RECORD - [[LOCATION|geo:Farmacia Ahumada Temuco Centro]]\n"
        "Paciente: [[PERSON|name:Matías Ignacio Henríquez Paillalef]]  RUT [[ID|ssn:19.502.877-3]]\n"
        "Prescriptor: Registro SIS [[ID|license:184220]]\n"
        "Dispensado: levotiroxina 100 mcg x 30 comp; losartán 50 mg x 30 comp. Lote 2C1187.\n"
        "Boleta electrónica N° [[ID|account:004471982]]\n"
        "Retira: madre [[PERSON|name:Rosa Paillalef]]"
    ),
    # Turkey
    (
        "ECZANE KAYDI / pharmacy record\n"
        "[[LOCATION|geo:Yeni Umut Eczanesi]], [[ADDRESS|geo:Bağdat Cad. No: 214/A, Suadiye, 34740 Kadıköy/İstanbul]]\n"  # noqa: RUF001
        "Hasta: [[PERSON|name:Umut Deniz Aksoy]]  TCKN [[ID|ssn:52901736484]]\n"
        "E-reçete no [[ID|other:1K7T2AX]]\n"
        "Reçete eden: aile hekimi\n"
        "Metformin 1000 mg 2x1 (90 tb), empagliflozin 10 mg 1x1 (28 tb). Katkı payı 12,50 TL.\n"  # noqa: RUF001
        "Hasta yakını [[PERSON|name:Deniz]] teslim aldı."  # noqa: RUF001
    ),
    # Japan
    (
        "Okusuri techo / dispensing record\n"
        "[[LOCATION|geo:Nihonbashi Sakura Pharmacy]]  Fax [[PHONE|fax:03-3274-0816]]\n"
        "[[PERSON|name:Ito Kenji]] sama, DOB [[DATE|date:1958.10.02]]\n"
        "Prescriber: Dr. [[PERSON|name:Mori Aya]]\n"
        "1) Amlodipine OD 5 mg 1T after breakfast x 28 days\n"
        "2) Rosuvastatin 2.5 mg 1T x 28 days\n"
        "Pt drinks grapefruit juice daily - counselled.\n"
        "Insurance kigo-bango [[ID|health_plan:4418-0927]]\n"
        "Pharmacist on duty"
    ),
    # Ukraine
    (
        "Pharmacy dispense log - [[ADDRESS|geo:vul. Horodotska 112, Lviv 79007]]\n"
        "Dispensed 11:42\n"
        "e-prescription no. [[ID|other:3M7K-98E2-4T15-0C61]] (Affordable Medicines programme)\n"
        "Patient: [[PERSON|name:Taras Ivanovych Hnatyuk]]\n"
        "Doctor: family physician\n"
        "Dispensed: bisoprolol 5 mg #30, atorvastatin 20 mg #30. Reimbursed 100%.\n"
        "Patient is IDP from [[LOCATION|geo:Kharkiv]]; phone [[PHONE|phone:+380 93 507 1148]].\n"
        "pharmacist [[PERSON|name:O. Savchuk]]"
    ),
    # Finland
    (
        "APTEEKKI - [[LOCATION|geo:Tampereen Hervannan apteekki]]\n"
        "Asiakas: [[PERSON|name:Eero Mäkinen]], [[ID|ssn:250748-071X]]\n"
        "Kela-korvaus 65 %. e-resepti tunnus [[ID|other:1AW8-K22H-9PQ3]]\n"
        "Määrääjä: LL, SV-tunnus [[ID|license:099872]]\n"
        "Warfarin 3 mg; INR yesterday 2.4 (range 2.0-3.0). Pt also bought ibuprofen 400 mg -> counselled, swapped to paracetamol 500 mg.\n"
        "Farmaseutti"
    ),
    # Colombia
    (
        "DROGUERÍA / dispensación - [[LOCATION|geo:Droguería Colsubsidio Chapinero]]\n"
        "Paciente: [[PERSON|name:Andrés Felipe Mejía Cruz]], CC [[ID|ssn:1020745318]], EPS afiliado [[ID|health_plan:EPS-3318-774102]]\n"
        "MIPRES no. [[ID|other:20240730178822493361]]\n"
        "Medicamento: adalimumab 40 mg/0.4 mL, 2 jeringas. Cadena de frío OK 2-8°C.\n"
        "Entrega a domicilio: [[ADDRESS|geo:Carrera 7 # 45-18, Apto 603, Bogotá]]\n"
        "Regente de farmacia de turno"
    ),
    # Lebanon
    (
        "Pharmacy note - [[LOCATION|geo:Pharmacie Mazen]]\n"
        "Client: [[PERSON|name:Joseph Abi Nader]]\n"
        "Insulin glargine 100 U/mL pens x5 requested - shortage, partial supply 2 pens. Told to return next week.\n"
        "Pays monthly on pharmacy tab, acct #[[ID|account:JN-2217]].\n"
        "Prescriber: his cardiologist.\n"
        "FBG readings he showed: 180-260.\n"
        "Son in [[LOCATION|geo:Dubai]] pays; WhatsApp [[PHONE|phone:+971 50 338 2271]]."
    ),
    # South Korea
    (
        "약국 dispensing record  [[DATE|date:2024.10.07]]\n"
        "Phone on file [[PHONE|phone:010-9183-4402]]\n"
        "Patient: [[PERSON|name:Han Seo-yeon]] (F) RRN [[ID|ssn:010815-4123459]]\n"
        "Rx from Dr. [[PERSON|name:Oh Dong-hyun]], dermatology\n"
        "Isotretinoin 20 mg qd x 30 - pregnancy prevention counselling done; urine hCG neg 2 days ago.\n"
        "Paid by card, receipt [[ID|account:R-0415-22871]]\n"
        "Pharmacist"
    ),
    # Hungary
    (
        "Gyógyszertár: [[LOCATION|geo:Szent Margit Gyógyszertár]], [[ADDRESS|geo:6720 Szeged, Kárász u. 16.]]\n"
        "Beteg: [[PERSON|name:Tóth-Varga Ildikó]], TAJ [[ID|health_plan:118 902 447]]\n"
        "Orvos: háziorvos\n"
        "Kiadva: levothyroxine 75 mcg, D-vitamin 2000 NE.\n"
        "gyógyszerész: [[PERSON|name:Fekete Anna]]"
    ),
    # Iceland
    (
        "Lyfjaafgreiðsla / dispensing\n"
        "[[LOCATION|geo:Lyfja Smáratorgi]]\n"
        "[[PERSON|name:Sigurður Þór Magnússon]], kt. [[ID|ssn:030971-4429]]\n"
        "Methylphenidate 36 mg x30 (controlled) - collected from automated pickup locker, identity verified by fingerprint, template ref [[ID|biometric:FP-IS-0071-3382]].\n"
        "Prescriber [[PERSON|name:Hildur Ólafsdóttir]]\n"
        "Receipt emailed to [[EMAIL|email:siggi.thor71@simnet.is]]"
    ),
]

TELEHEALTH = [
    # Mexico
    (
        "TELECONSULTA 17:15-17:40\n"
        "Platform: Zoom; session link [[URL|url:https://zoom.us/j/83011947265?pwd=Tm9iNUxPa]]\n"
        "Patient: [[PERSON|name:Ximena Flores Castañeda]], CURP [[ID|ssn:FOCX961104MJCLSM08]]\n"
        "At home in Jalisco; connected from IP [[IP|ip:187.190.44.12]].\n"
        "Identity checked by showing INE credential on camera (clave de elector [[ID|ssn:FLCSXM96110414M700]]).\n"
        "S: anxiety, insomnia x 3 months; PHQ-9 14, GAD-7 16.\n"
        "P: sertraline 50 mg qd; CBT referral. Next video visit in 2 weeks.\n"
        "Contact: [[EMAIL|email:xime.flores.c@hotmail.com]]\n"
        "Psiquiatría"
    ),
    # Israel
    (
        "Telemedicine visit - virtual hospital\n"
        "Patient: [[PERSON|name:Moshe Ben-David]], TZ [[ID|ssn:011847263]]\n"
        "Caller verified by voiceprint, template ID [[ID|biometric:VP-8821-0447]].\n"
        "Home devices: BP cuff (A&D UA-651BLE) serial [[DEVICE|device:5170331982]]; pulse oximeter MAC [[DEVICE|device:F4:12:FA:3C:09:B7]].\n"
        "Average BP 152/90 over 7 days. Increase amlodipine to 10 mg.\n"
        "Daughter joined the call.\n"
        "Dr. [[PERSON|name:Tal Shapiro]]"
    ),
    # Taiwan
    (
        "Video consult (remote island telemedicine), [[LOCATION|geo:Penghu]]\n"
        "Patient: [[PERSON|name:Hung Ah-chu]] F [[AGE|date:90]]\n"
        "Present: granddaughter (caregiver), LINE ID [[ID|other:peishan0412]]\n"
        "C/o leg edema, DOE. Wt 52 kg (+3). HR 96 irregular. Photo of legs uploaded [[ID|photo:IMG_20240903_1012.jpg]].\n"
        "Plan: furosemide 20 mg qd, BMP at health center tomorrow, video f/u in 1 week.\n"
        "Hub physician, [[LOCATION|geo:Tri-Service General Hospital Penghu Branch]]"
    ),
    # Poland
    (
        "Teleporada godz. 09:20 (telefonicznie)\n"
        "Pacjent: [[PERSON|name:Kamil Grabowski]], PESEL [[ID|ssn:90031511337]]\n"
        "Called on [[PHONE|phone:+48 724 118 903]]; identity confirmed with PESEL.\n"
        "Sore throat 3 days, fever 38.5, no cough. Centor 3.\n"
        "e-recepta: fenoksymetylpenicylina 1 mln j.m. 3x1 x 10 dni, kod [[ID|other:6274]]. e-zwolnienie na 5 dni.\n"
        "Pt asks for copy by email [[EMAIL|email:kamil.grabowski90@wp.pl]]\n"
        "lek. POZ"
    ),
    # Sweden
    (
        "Videobesök via 1177\n"
        "[[PERSON|name:Saga Nilsson]], [[ID|ssn:20150904-2386]]\n"
        "Mother present, BankID-verified. Connection from [[IP|ip:2001:6b0:1e:4::21b]].\n"
        "Rash on trunk 4 days, photos uploaded in app: [[ID|photo:1177_upload_7f3a22.jpg]]. Herald patch + christmas-tree pattern, likely pityriasis rosea.\n"
        "Home in [[LOCATION|geo:Kiruna]]; school nurse informed per mother's wish.\n"
        "Plan: symptomatic, re-contact if spreading or fever.\n"
        "/[[PERSON|name:Oskar Berg]], leg. läk."
    ),
    # Brazil
    (
        "Sala: [[URL|url:https://telessaude.hc.fm.usp.br/sala/9KF2-77QX]]\n"
        "Paciente: [[PERSON|name:Ana Beatriz Ribeiro da Costa]], CPF [[ID|ssn:071.338.925-40]]\n"
        "Local: zona rural de [[LOCATION|geo:Bonito]] (MS); conexão instável, IP [[IP|ip:177.54.201.9]].\n"
        "G2P1, 28 sem. PA 148/96 no aparelho de casa (Omron HEM-7156), proteinúria ++ na fita.\n"
        "Concern for preeclampsia - orientada a ir hoje à maternidade de referência.\n"
        "Marido vai levar de carro, placa [[VEHICLE|vehicle:QAB3F21]] (liberada no estacionamento da maternidade).\n"
        "Dra. plantonista"
    ),
    # Saudi Arabia
    (
        "Virtual clinic (Seha app) [[DATE|date:12 Dhu al-Qadah 1445]]\n"
        "Patient: [[PERSON|name:Reem Khalid Al-Harbi]], F, NID [[ID|ssn:1098423317]]\n"
        "Login [[ID|other:reem.alharbi88]]; session IP [[IP|ip:94.99.18.203]]\n"
        "Hypothyroidism f/u: TSH 6.8 on levothyroxine 75 mcg -> increase to 88 mcg. Repeat TSH in 6 weeks. Contact [[PHONE|phone:0503118427]].\n"
        "Family medicine"
    ),
    # China
    (
        "Internet hospital consultation (WeChat mini-program)\n"
        "Patient: [[PERSON|name:Zhao Lei]], M, ID [[ID|ssn:310104198601163217]]\n"
        "Real-name face verification passed, template no. [[ID|biometric:FR-3101-88294417]].\n"
        "Uploaded photos of rash: [[ID|photo:wx_camera_1721098844.jpg]]\n"
        "Dx: herpes zoster, T6 dermatome. Valacyclovir 1 g tid x 7 d.\n"
        "Meds couriered to [[ADDRESS|geo:Room 602, No. 15, Lane 1288, Zhangyang Road, Pudong New Area, Shanghai 200135]]; SF waybill [[ID|other:SF1402883917264]].\n"
        "Dermatology online clinic"
    ),
    # Romania
    (
        "Consultație telemedicină [[DATE|date:02.04.2024]]\n"
        "Pacientă: [[PERSON|name:Elena Dumitrescu]], CNP [[ID|ssn:2670915400218]]\n"
        "WhatsApp video call\n"
        "Post-mastectomy f/u; L arm lymphedema, circumference difference 3.5 cm.\n"
        "Card de sănătate CNAS [[ID|health_plan:80642000071594382715]]\n"
        "Referred to physiotherapy at [[LOCATION|geo:Institutul Oncologic Prof. Dr. Ion Chiricuță]].\n"
        "Email pacientă [[EMAIL|email:elena.dumitrescu67@yahoo.ro]]\n"
        "Oncologie medicală"
    ),
    # Norway
    (
        "Videokonsultasjon kl 13:00 via Helsenorge\n"
        "[[PERSON|name:Magnus Solberg]], fnr [[ID|ssn:17119233415]]\n"
        "iPad, IP [[IP|ip:84.208.71.3]]; sitting at his cabin in [[LOCATION|geo:Hell]].\n"
        "ADHD follow-up: lisdexamfetamine 50 mg; self-measured BP 128/80; weight stable.\n"
        "Blå resept renewed.\n"
        "Fastlege [[PERSON|name:Åse Rønning]]"
    ),
]

BILLING_CLAIMS = [
    # Argentina
    (
        "FACTURACIÓN / CLAIM - Prestador: [[LOCATION|geo:Sanatorio Güemes]]\n"
        "Factura B N° [[ID|account:0004-00018822]]\n"
        "Afiliado: [[PERSON|name:BENITEZ, RICARDO ALBERTO]]  CUIL [[ID|ssn:20-16742981-5]]\n"
        "Obra social: Swiss Medical\n"
        "Prácticas: consulta cardiología (42.01.01); ECG (17.01.01); ecocardiograma doppler (17.01.08)\n"
        "Autorización N° [[ID|other:AU-2024-0558193]]\n"
        "Profesional: MP [[ID|license:44281]]\n"
        "Importe: $ 187.450,00 - pendiente"
    ),
    # Egypt
    (
        "INSURANCE CLAIM - [[LOCATION|geo:As-Salam International Hospital]]\n"
        "Claim no.: [[ID|other:CLM-EG-24-0093318]]\n"
        "Insurer: AXA Egypt, member [[ID|health_plan:7718204-03]]\n"
        "Member: [[PERSON|name:Nourhan Tarek Abdelaziz]]\n"
        "Services [[DATE|date:5 Nov 2024]]: ER visit, CT abdomen (CPT 74177), lap appendectomy (CPT 44970).\n"
        "Total EGP 68,400; co-pay 10%.\n"
        "Refund by transfer to IBAN [[ID|account:EG380019000500000000263180002]]\n"
        "Treating surgeon: general surgery"
    ),
    # Japan
    (
        "Receipt (rezept) summary - [[DATE|date:October 2024]]\n"
        "Patient: [[PERSON|name:TAKAHASHI Yuki]]  Sex: F  DOB [[DATE|date:H2.8.19]] (Heisei)\n"
        "Eligibility confirmed online by My Number card with face authentication, log ID [[ID|biometric:FA-0124-3381907]]\n"
        "Kigo-bango [[ID|health_plan:27-11 384]]; kohi (designated intractable disease) applied\n"
        "4,822 points x 10 yen; patient share 20%, monthly cap applied.\n"
        "Direct debit: Mizuho branch/acct [[ID|account:317-1184920]]\n"
        "Statement mailed to patient."
    ),
    # Czech Republic
    (
        "VYÚČTOVÁNÍ / claim to VZP\n"
        "Poskytovatel: [[LOCATION|geo:Nemocnice Na Bulovce]], interní oddělení\n"
        "Pojištěnec: [[PERSON|name:Martin Svoboda]], č. poj. [[ID|health_plan:8203154417]]\n"
        "Doklad č. [[ID|account:DK-2024-118847]]\n"
        "Výkony: 09513 (x1), 09543 (x2); Dg J18.9\n"
        "Přeplatek na účet pacienta: [[ID|account:CZ65 0800 0000 1920 0014 5399]]"
    ),
    # Denmark
    (
        "Regning / invoice - privathospital\n"
        "Faktura nr. [[ID|account:2024-44817]]  Dato [[DATE|date:30.09.2024]]\n"
        "Patient: [[PERSON|name:Mads Høj Lauridsen]], CPR [[ID|ssn:020478-1957]]\n"
        "Forsikring: Danica Pension, skadenummer [[ID|other:SK-908871-24]]\n"
        "Ydelse: MR-scanning højre knæ + ortopædkirurgisk konsultation. DKK 6.950,00\n"
        "Refusion til konto (reg.nr. 3001) [[ID|account:4418290317]]"
    ),
    # Chile
    (
        "CUENTA PACIENTE - [[LOCATION|geo:Clínica Alemana de Santiago]]\n"
        "Cuenta N° [[ID|account:CA-7731-002948]]\n"
        "Paciente: [[PERSON|name:Ignacio Vargas Silva]], RUT [[ID|ssn:8.445.102-6]]\n"
        "Isapre Colmena\n"
        "Hospitalización [[DATE|date:04-01-2025]], 3 días. Códigos arancel 1801001, 2104026. GES: sí.\n"
        "Copago $ 1.284.300\n"
        "Responsable de cuenta: hija, [[EMAIL|email:fvargas@vtr.net]]"
    ),
    # Turkey
    (
        "FATURA / SGK provizyon\n"
        "Kurum: [[LOCATION|geo:Ege Üniversitesi Hastanesi]]\n"
        "Hasta: [[PERSON|name:Mehmet Ali Çelik]], TCKN [[ID|ssn:19745208164]]\n"
        "İşlem: koroner anjiyografi + stent, stent seri no [[DEVICE|device:XT24-0718832]]\n"
        "Tutar: 18.450,00 TL\n"
        "Yatan hasta fatura no [[ID|account:EGE2024-0091884]]"
    ),
    # South Korea
    (
        "진료비 청구 / claim detail\n"
        "요양기관: tertiary hospital\n"
        "Patient [[PERSON|name:Jeon Hyun-woo]], RRN [[ID|ssn:770305-1402117]]\n"
        "Identity check at admission (2024 rule): mobile ID with facial match, ref [[ID|biometric:FM-240213-88172]]\n"
        "Admitted [[DATE|date:2024.02.13]] for 7 days; robotic prostatectomy (EDI R3950).\n"
        "Refund account KB Kookmin [[ID|account:241202-04-118273]] (holder: patient)\n"
        "Contact [[EMAIL|email:hwjeon77@daum.net]]"
    ),
    # Ukraine
    (
        "NHSU claim / package: chemotherapy\n"
        "Provider: national oncology centre\n"
        "Patient: [[PERSON|name:Serhii Mykolaiovych Tkachenko]], UNZR [[ID|ssn:19691130-01247]]\n"
        "Episode ID [[ID|other:a3f9c2e1-7b44-4d1a-9e02-51c8d7e0b6aa]]\n"
        "Last service date [[DATE|date:16.09.2024]] (FOLFOX cycles 4-6)\n"
        "Invoice [[ID|account:INV-NCI-24/07741]]\n"
        "Attending oncologist: licence [[ID|license:AE 118403]]"
    ),
    # Finland
    (
        "LASKU / INVOICE - [[LOCATION|geo:Mehiläinen Oulu]]\n"
        "Laskun nro [[ID|account:3300817724]]\n"
        "Asiakas: [[PERSON|name:Ville Korhonen]], [[ID|ssn:141186-113K]]\n"
        "Käynti [[DATE|date:19.12.2024]]: lääkärin vastaanotto + ultraääni (olkapää). Yhteensä 286,00 EUR.\n"
        "Vakuutus: LähiTapiola, vahinkonumero [[ID|other:L-24-0559102]]"
    ),
]

LAB_AND_IMAGING = [
    # Colombia
    (
        "REPORTE DE LABORATORIO - [[LOCATION|geo:Laboratorio Clínico Hematológico]]\n"
        "Paciente: [[PERSON|name:Juan Camilo Restrepo Arango]]  CC [[ID|ssn:71.884.220]]\n"
        "Orden N° [[ID|mrn:LAB-0624-118372]]\n"
        "Toma: [[DATE|date:2024-06-24]] 07:05   Validado: 11:40\n"
        "Glucosa 132 mg/dL (70-100)\n"
        "HbA1c 7.4 %\n"
        "Creatinina 1.1 mg/dL (0.7-1.3)\n"
        "TSH 2.41 uUI/mL (0.35-4.94)\n"
        "PSA total 6.8 ng/mL (0-4.0) *\n"
        "Bacterióloga: T.P. [[ID|license:43-22871]]"
    ),
    # Lebanon
    (
        "RADIOLOGY REPORT - [[LOCATION|geo:Clemenceau Medical Center]]\n"
        "Accession: [[ID|mrn:CMC-RAD-24-55190]]\n"
        "Name: [[PERSON|name:Charbel Nassar]]   DOB: [[DATE|date:1980-04-11]]\n"
        "Exam: CT chest with contrast\n"
        "Clinical: smoker 30 pack-yr, hemoptysis.\n"
        "Findings: 2.4 x 1.9 cm spiculated RUL nodule (series 3, image 88). Mediastinal node 1.3 cm (4R). No effusion.\n"
        "Impression: Lung-RADS 4B, suspicious for primary malignancy. PET-CT and tissue sampling advised.\n"
        "Viewer: [[URL|url:https://pacs.cmc-lb.example/viewer?study=1.2.840.113619.2.55.3.2831164]]\n"
        "Reported by attending radiologist"
    ),
    # Taiwan
    (
        "LAB REPORT  [[LOCATION|geo:Chang Gung Memorial Hospital, Linkou]]\n"
        "Chart [[ID|mrn:23817740]]  Name [[PERSON|name:Lai Chun-hsien]]  Sex M  Age [[AGE|other:63]]\n"
        "Collected [[DATE|date:2024/10/08]] 08:12   Reported 10:55\n"
        "Specimen no. [[ID|mrn:B241008-0391]]\n"
        "AST 88 U/L (H)  ALT 102 U/L (H)  T-bil 1.4  AFP 412 ng/mL (H, ref <20)\n"
        "HBsAg reactive; HBV DNA 2.3 x 10^4 IU/mL\n"
        "Critical AFP called to ward RN 11:02."
    ),
    # Hungary
    (
        "RADIOLÓGIAI LELET\n"
        "[[LOCATION|geo:Debreceni Egyetem Klinikai Központ]], Radiológiai Klinika\n"
        "Név: [[PERSON|name:Kovács Lászlóné]]   TAJ: [[ID|health_plan:037 582 196]]\n"
        "Vizsgálat: mammográfia + UH, [[DATE|date:2024.09.30.]]   Vizsgálatszám: [[ID|mrn:RAD-DE-240930-117]]\n"
        "Lelet: R breast UOQ 14 mm irregular mass, BI-RADS 5. Axilla: one suspicious node.\n"
        "Javaslat: core biopsy.\n"
        "Képek: [[ID|photo:KOVACS_L_MG_RCC_20240930.dcm]]\n"
        "Leletező: radiológus szakorvos"
    ),
    # Iceland
    (
        "Rannsóknarniðurstöður / Lab results - [[LOCATION|geo:Landspítali Fossvogi]]\n"
        "Sjúklingur: [[PERSON|name:Kristján Helgi Árnason]], kt. [[ID|ssn:071255-3119]]\n"
        "Sýnataka: [[DATE|date:11.10.2024]]\n"
        "Troponin T hs 48 ng/L (<14) -> 3 h: 112 ng/L\n"
        "Na 139, K 4.1, Kreatínín 96 umol/L, eGFR 71\n"
        "Ordered by [[PERSON|name:Bryndís Hauksdóttir]], læknir. Result phoned to [[PERSON|name:Bryndís]] at 14:20.\n"
        "Pt came by ambulance."
    ),
    # Mexico
    (
        "ESTUDIO DE IMAGEN - [[LOCATION|geo:Médica Sur]]\n"
        "Folio [[ID|mrn:MS-IMG-2403-77120]]\n"
        "Paciente: [[PERSON|name:Rafael Ángel Domínguez de la Rosa]]\n"
        "Estudio: RM columna lumbar. Insulin pump (MiniMed 780G) removed before scan, serial [[DEVICE|device:NG4418027H]], returned to patient.\n"
        "Hallazgos: L4-L5 extruded disc, left foraminal, compressing L5 root. L5-S1 bulge. Conus at L1.\n"
        "Radiólogo: Dr. [[PERSON|name:Alejandro Fuentes]]"
    ),
    # Israel
    (
        "Pathology report - [[LOCATION|geo:Tel Aviv Sourasky Medical Center]] ([[LOCATION|geo:Ichilov]])\n"
        "Patient: [[PERSON|name:Yitzhak Levi]]\n"
        "Specimen [[ID|mrn:S2024-018832]]\n"
        "Procedure: TURBT\n"
        "Dx: urothelial carcinoma, high grade, invading lamina propria (pT1); muscularis propria present and uninvolved. Ki-67 ~30%.\n"
        "Pathologist: senior staff\n"
        "cc: Dr. [[PERSON|name:Amir Gold]], Urology, fax [[PHONE|fax:03-697 4411]]"
    ),
    # China
    (
        "IMAGING REPORT  [[LOCATION|geo:West China Hospital of Sichuan University]]\n"
        "Patient: [[PERSON|name:Yang Fan]]  F  Exam no. [[ID|mrn:CT20240411-00873]]\n"
        "Exam: low-dose CT chest, [[DATE|date:2024-04-11]]\n"
        "Findings: 8 mm part-solid GGN RUL (Im 142/300). No lymphadenopathy.\n"
        "Impression: Lung-RADS 4A; follow-up CT in 3 months ([[DATE|date:2024-07]]).\n"
        "Report online: [[URL|url:https://wx.cd120.example.cn/report/8f2a11c9]]\n"
        "Reporting radiologist: attending"
    ),
    # Poland
    (
        "WYNIK BADANIA - [[LOCATION|geo:Laboratorium Szpitala Uniwersyteckiego w Krakowie]]\n"
        "Pacjentka: [[PERSON|name:Zofia Krawczyk-Nowak]], PESEL [[ID|ssn:85060712846]]\n"
        "Nr zlecenia [[ID|mrn:2406118832]], pobrano 08:15\n"
        "WBC 6.2 tys/ul (4.0-10.0); Hb 10.8 g/dl (12.0-16.0) L; PLT 412 tys/ul (150-400) H\n"
        "Ferrytyna 8 ng/ml (13-150) L\n"
        "Beta-hCG 12 400 mIU/ml - dodatni\n"
        "Zlecający: lek. [[PERSON|name:Marta Zając]]\n"
        "Wynik online: [[URL|url:https://wyniki.su.krakow.example/w/2406118832]]"
    ),
    # Sweden
    (
        "Röntgen - [[LOCATION|geo:Norrlands universitetssjukhus]]\n"
        "Pat: [[PERSON|name:Hans-Erik Strand]], [[ID|ssn:521104-2256]]\n"
        "Undersökning: DT hjärna utan kontrast kl 03:14\n"
        "Anamnes: fall on ice outside his house in [[LOCATION|geo:Holmsund]]; on warfarin, INR 3.4.\n"
        "Fynd: 9 mm acute subdural hematoma L frontoparietal, 3 mm midline shift. No fracture.\n"
        "Svar ringt till jourhavande 03:40.\n"
        "Granskad: [[PERSON|name:Maja Sund]], överläkare"
    ),
]

EMERGENCY_DEPARTMENT = [
    # Brazil
    (
        "PRONTO-SOCORRO\n"
        "Entrada 23:48 - trazido pelo SAMU\n"
        "Pcte: [[PERSON|name:Wellington Souza]] ('[[PERSON|name:Tonhão]]'), sem documentos na chegada; identificado por biometria digital, template [[ID|biometric:SSP-BIO-77120948]]; CPF [[ID|ssn:512.804.337-91]].\n"
        "Moto x carro na Marginal Pinheiros. Moto placa [[VEHICLE|vehicle:FJU-8C47]]; carro [[VEHICLE|vehicle:RTV2D09]].\n"
        "GCS 13, FAST neg, open fracture R tibia. Antitetânica + cefazolina 2 g.\n"
        "Mãe chegou 01:30.\n"
        "Plantonista cirurgia"
    ),
    # Saudi Arabia
    (
        "ED triage - [[LOCATION|geo:King Fahad Medical City]]\n"
        "Arrival 14:10 ([[DATE|date:10 Dhul Hijjah 1445]])\n"
        "Pt: [[PERSON|name:Mohammed Abdulrahman Al-Shehri]], [[AGE|other:64]]M, NID [[ID|ssn:1044719826]]\n"
        "Heat exhaustion at outdoor worksite; T 39.8, confused. Evaporative cooling, NS 2 L. GCS 15 after 1 h.\n"
        "Brought by colleague in company pickup, plate [[VEHICLE|vehicle:4417 RJD]].\n"
        "ED physician"
    ),
    # Japan
    (
        "ER record  02:35  arrived by ambulance\n"
        "Unknown male on arrival; identified as [[PERSON|name:Kobayashi Daisuke]] by My Number card in wallet, no. [[ID|ssn:4421 8890 3317]]; driver's licence no. [[ID|license:304512887710]].\n"
        "Found collapsed near [[LOCATION|geo:Shinjuku]] station. EtOH odour, GCS E3V4M6, BS 42 mg/dL -> 50% glucose 40 mL.\n"
        "FreeStyle Libre sensor on L arm, serial [[DEVICE|device:0M0008TLK4]].\n"
        "Wife reached at [[PHONE|phone:080-4419-2273]].\n"
        "ER physician"
    ),
    # Romania
    (
        "UPU-SMURD\n"
        "[[DATE|date:31.12.2024]] 23:20\n"
        "Pacient: [[PERSON|name:Andrei Constantin Stoica]], CNP [[ID|ssn:5050417420061]]\n"
        "Firework burn R hand, 2nd degree, ~2% TBSA. Photo documentation [[ID|photo:arsura_mana_dr_3112_01.jpg]].\n"
        "A friend drove him in, car [[VEHICLE|vehicle:B 117 XKP]].\n"
        "Tetanus given, silver sulfadiazine. Plastic surgery f/u in 48 h.\n"
        "Medic: Dr. [[PERSON|name:Ioana Radu]]"
    ),
    # Norway
    (
        "Legevakt - [[LOCATION|geo:Oslo legevakt]]\n"
        "kl 16:40\n"
        "[[PERSON|name:Sander Lie]], [[AGE|other:16]] år, fnr [[ID|ssn:23110789452]]\n"
        "Cut on broken bottle during barnetoget; 3 cm laceration L palm, tendons intact. Sutured 4 stitches (4-0).\n"
        "Mor: [[PERSON|name:Camilla Lie]]\n"
        "Tetanus up to date per SYSVAK.\n"
        "Lege legevakt"
    ),
    # Argentina
    (
        "GUARDIA - [[LOCATION|geo:Hospital Fernández]]   [[DATE|date:23/03/2024]] 04:10\n"
        "Paciente: [[PERSON|name:Maximiliano Oyarzún]], DNI[[ID|ssn:36118447]]\n"
        "Traído por policía tras riña; herida cortante cuero cabelludo 5 cm. TEC leve, GCS 15/15. TC cerebro s/p.\n"
        "Sutura 6 puntos nylon 3-0.\n"
        "Acta policial N° [[ID|other:14A-0323-1187]]\n"
        "Contacto: pareja [[PERSON|name:Belén]]\n"
        "Alta con pautas de alarma."
    ),
    # Egypt
    (
        "ER - [[LOCATION|geo:Alexandria Main University Hospital]]\n"
        "Pt [[PERSON|name:Youssef Ibrahim]], brought by father [[PERSON|name:Ibrahim Saeed Ibrahim]] (NID [[ID|ssn:28407120201553]])\n"
        "Scorpion sting R foot 1 hr ago in [[LOCATION|geo:Borg El Arab]]. Local pain and swelling, no systemic signs. HR 110, BP 100/60.\n"
        "Observe 6 h. Paracetamol 15 mg/kg.\n"
        "Father's mobile [[PHONE|phone:+20 122 718 4409]]"
    ),
    # South Korea
    (
        "응급실 ED note [[DATE|date:2024.03.09]] 21:15\n"
        "[[PERSON|name:Song Min-ho]] M  RRN [[ID|ssn:001207-3518226]]\n"
        "MVC, driver of car [[VEHICLE|vehicle:12가 3456]]; seatbelt +, airbag deployed. Chest wall tenderness, CXR no PTX. FAST neg.\n"
        "Police case no. [[ID|other:2024-003318]]\n"
        "Smartwatch crash detection alerted his mother ([[PHONE|phone:010-5521-0873]]).\n"
        "EM resident"
    ),
    # Czech Republic
    (
        "URGENTNÍ PŘÍJEM - [[LOCATION|geo:FN Brno]]   [[DATE|date:14. 8. 2024]] 18:05\n"
        "Pacient: [[PERSON|name:Ondřej Král]], RČ [[ID|ssn:720305/0419]]\n"
        "Bee sting while cycling near [[LOCATION|geo:Tišnov]] -> anaphylaxis: urticaria, BP 80/40, wheeze. Adrenalin 0.5 mg im x2, 1000 ml crystalloid.\n"
        "Observation 12 h; adrenaline autoinjector prescribed.\n"
        "Manželka tel. [[PHONE|phone:+420 737 448 102]] informována\n"
        "lékař UP"
    ),
    # Denmark
    (
        "Akutmodtagelsen, [[LOCATION|geo:Odense Universitetshospital]]   kl. 07:55\n"
        "Pt: [[PERSON|name:Freja Møller Andersen]], CPR [[ID|ssn:190800-1128]]\n"
        "Bicycle fall on ice in [[LOCATION|geo:Middelfart]], helmet on. Distal radius fracture L, dorsally displaced; reduced under hematoma block, cast.\n"
        "Ortopædkirurgisk ambulatorium om 1 uge.\n"
        "Contact: boyfriend [[PHONE|phone:31 58 22 90]]\n"
        "Læge, akutmodtagelsen"
    ),
]

PATIENT_MESSAGE = [
    # Chile
    (
        "Mensaje portal paciente 21:47\n"
        "De: [[PERSON|name:Francisca Poblete]] <[[EMAIL|email:fran.poblete@gmail.com]]>\n"
        "'Hola doctora, le escribo por mi papá, [[PERSON|name:Hernán Poblete]] (RUT [[ID|ssn:6.221.874-9]]). Since the new pill (enalapril 10) he has a dry cough every night. He is [[AGE|other:81]]. Can we change it? We live far, in [[LOCATION|geo:Los Andes]], so it is hard to come in. Gracias!'"
    ),
    # Turkey
    (
        "Hasta mesajı / patient message\n"  # noqa: RUF001
        "From: [[PERSON|name:Zeynep Şahin]] (user [[ID|other:zeynep.sahin.1988]])\n"
        "'Merhaba Doktor Bey, I had my thyroid surgery on [[DATE|date:24 Temmuz]] at your clinic. The wound looks a bit red, I attached a photo ([[ID|photo:IMG_4471.HEIC]]). "
        "I am staying at my mother's in [[LOCATION|geo:Bursa]] until the [[DATE|date:20th]]. Calcium 2 x 500 mg, sometimes tingling in my fingers. Teşekkürler.'"
    ),
    # Taiwan
    (
        "Patient message via hospital app (sent from [[IP|ip:1.169.22.84]])\n"
        "From: [[PERSON|name:Liao Wen-chi]] (account [[ID|other:wenchi.liao]])\n"
        "'Doctor, my sugars this week: fasting 145, 152, 138; after dinner 210. I take metformin 500 twice. "
        "My meter is the Accu-Chek Guide (serial [[DEVICE|device:95240718223]]) and it syncs to the app. "
        "Can I come on [[DATE|date:12/27]] instead? I will be at my son's in [[LOCATION|geo:Kaohsiung]]. Thank you!'"
    ),
    # Ukraine
    (
        "Message via Helsi app\n"
        "From: [[PERSON|name:Kateryna Bondarenko]]\n"
        "'Good evening doctor. We have been living in [[LOCATION|geo:Wrocław]] since [[DATE|date:March 2022]] but I still have my declaration with you. "
        "My daughter [[PERSON|name:Sofiia]] ([[AGE|other:6]]) needs her vaccination record (form 063) for school here. Her Polish PESEL is [[ID|ssn:18241207731]]. "
        "Thank you so much!'"
    ),
    # Finland
    (
        "OmaKanta message [[DATE|date:7.11.2024]] klo 22.13\n"
        "Lähettäjä: puoliso (spouse)\n"
        "'Hei, my wife [[PERSON|name:Kaisa]] (hetu [[ID|ssn:170562-284E]]) fell at our summer cottage in [[LOCATION|geo:Savonlinna]] and hit her head. She seems fine but she is on Marevan. "
        "Should we come to the ER? We are driving now, car reg [[VEHICLE|vehicle:KTX-418]]. Please call me.'\n"
        "Reply, triage nurse: 'Please go directly to [[LOCATION|geo:Mikkelin keskussairaala]] päivystys; head CT is recommended on anticoagulation.'"
    ),
    # Colombia
    (
        "WhatsApp al consultorio - [[DATE|date:2 de mayo de 2024]]\n"
        "'Buenas tardes doctor, soy [[PERSON|name:Esperanza Mosquera]], mamá de [[PERSON|name:Jhon Fredy Mosquera Palacios]] (TI [[ID|ssn:1.077.458.219]]). "
        "He has had fever 39 since Tuesday and red spots on his legs, here are the pics: [[URL|url:https://photos.app.goo.gl/Xk29PqL7vT4aR1cN8]] "
        "We live in [[LOCATION|geo:Quibdó]] and the hospital is full. Is it dengue? Dios le pague'"
    ),
    # Lebanon
    (
        "Patient portal message - [[LOCATION|geo:LAU Medical Center-Rizk Hospital]]\n"
        "From: [[PERSON|name:Maya Frangieh]] <[[EMAIL|email:mayafrangieh@hotmail.com]]>\n"
        "'Dear doctor, I am 32 weeks pregnant and have had a headache since yesterday; the home machine says 150/100. Should I come in? "
        "My husband can drive me down from [[LOCATION|geo:Jbeil]]. Insurance card [[ID|health_plan:BNK-0447-2218-09]]. Call me [[PHONE|phone:+961 71 442 908]].'"
    ),
    # China
    (
        "Message to hospital WeChat account\n"
        "From: patient's daughter (WeChat [[ID|other:chenjie_sz88]])\n"
        "'Doctor, my mother [[PERSON|name:Guo Lanying]] was discharged last week after hip surgery and the dressing came off. Photos: [[ID|photo:mmexport1727854410921.jpg]]. "
        "Her inpatient number is [[ID|mrn:ZY20240917033]]. Can the community nurse come to [[ADDRESS|geo:Room 504, Unit 1, Building 3, Lianhua Beicun, Futian District, Shenzhen]]? "
        "She is [[AGE|date:92]].'"
    ),
    # Hungary
    (
        "EESZT üzenet\n"
        "Feladó: unoka (grandson)\n"
        "'Tisztelt Doktornő! My grandfather [[PERSON|name:Molnár Ferenc]] (TAJ [[ID|health_plan:012 334 876]]) has a pacemaker, serial [[DEVICE|device:PJN284417H]], and the remote monitor box in his flat stopped blinking. "
        "He is [[AGE|date:90]] and lives alone at [[ADDRESS|geo:7633 Pécs, Nagy Lajos király útja 18. II. em. 4.]] Can someone check? "
        "Mobil: [[PHONE|phone:+36 20 448 1129]]'"
    ),
    # Iceland
    (
        "Skilaboð via Heilsuvera\n"
        "Frá: [[PERSON|name:Anna Björg Pálsdóttir]], kt. [[ID|ssn:280491-3069]]\n"
        "'Hæ, I need a renewal of my inhaler (Symbicort 160/4.5) - the pharmacy in [[LOCATION|geo:Akureyri]] says the prescription expired on [[DATE|date:17. júní]]. "
        "I am working at a hotel up north all summer. Could you also send a sick note to my employer, [[EMAIL|email:hr@hotelreynihlid.is]]? "
        "My number is [[PHONE|phone:866 2417]]. Takk!'"
    ),
]

STYLES = [
    ("progress-note", PROGRESS_NOTE),
    ("discharge-summary", DISCHARGE_SUMMARY),
    ("referral-letter", REFERRAL_LETTER),
    ("nursing-shorthand", NURSING_SHORTHAND),
    ("pharmacy", PHARMACY),
    ("telehealth", TELEHEALTH),
    ("billing-claims", BILLING_CLAIMS),
    ("lab-and-imaging", LAB_AND_IMAGING),
    ("emergency-department", EMERGENCY_DEPARTMENT),
    ("patient-message", PATIENT_MESSAGE),
]


def main() -> None:
    print(f"probe26: {write_styled(OUT, STYLES)} docs")


if __name__ == "__main__":
    main()
