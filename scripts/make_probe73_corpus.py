"""Write the 73rd hand-annotated redaction probe, 100 notes of UK and Irish health and social care.

Why: health and social care text from the four UK nations and the Republic of Ireland mixes
identifiers that share one shape (NHS numbers, Scottish CHI, Northern Ireland H&C numbers and the
core of the Irish IHI are all ten digits with the same mod 11 check) with ten- and sixteen-digit
clinical codes (SNOMED CT, BNF presentation codes) that must survive; its towns are named like
words and people (Reading, Wool, Bath, Street, Bury, Ware, Diss, Hope, Deal, March, Mold, Barry,
Sandy, Eye, Dull, Tongue, Boston, Shirley), its hospitals and hospices carry people's names
(Dr Mackinnon Memorial Hospital, Dorothy House, Marie Curie Hospice, Harold's Cross) while its
health boards and charities named after people (Betsi Cadwaladr, Marie Curie, Macmillan) are
organisations; it is bilingual in Welsh, Irish and Scottish Gaelic, with lenited names, Irish and
Welsh month names and place names in two languages; and it is full of scores, form numbers,
section numbers, ward and bed numbers, batch numbers and public helplines.

What: ten styles of ten notes: hospital outpatient clinic letters (England, Wales, Scotland,
Northern Ireland), GP consultation notes and repeat-prescription requests (EMIS, SystmOne, Vision,
emails, NHS App, community pharmacy forms), NHS 111, NHS 24, 111 Wales and out-of-hours and Irish
GP co-op call records, community mental health and Mental Health Act paperwork (MHA 1983, the
Scottish 2003 Act, the Irish 2001 Act, the NI Order 1986), adult and child safeguarding referrals
(MASH, Tusla, Gateway, ASP, MARAC, modern slavery, online exploitation), social care and NHS
continuing healthcare assessments (CHC checklist, Care Act, financial assessment, Fair Deal, SDS,
domiciliary care), district and public health nursing, HSE letters and medical-card applications,
ambulance patient report forms (NWAS, SAS, WAST, NIAS, NAS, DFB, EEAST, SECAmb, SWASFT) and
hospice notes. Places are real, across England, Wales, Scotland, Northern Ireland and the Republic
of Ireland; text is English with Welsh, Irish, Scottish Gaelic and a little Polish. Conventions:
every name is PERSON|name with titles and credentials outside (Dr, Mr, Sister, RN, FRCP), lenited
and particle forms (Nic Giolla Bhríde, Ó Conchúir, ap Gruffudd, Mhaighréad) inside; a named
hospital, hospice, practice, pharmacy (chain branches included), care home, school, Garda station or
employer's site is LOCATION|geo, while an NHS trust, health board, HSC trust, HSE area, ICB,
council, ambulance service, police force or charity as an organisation is not marked, even when
it carries a place or a person's name; a ward, bay, bed, clinic room or station call sign is not
marked. An address runs from its flat, house number or house name (for Irish rural addresses with
no number, from the townland) to its postcode or Eircode as one ADDRESS|geo span, Scottish
tenement forms (2F1, 3/2) inside; a postcode or Eircode alone is LOCATION|geo. NHS numbers, CHI,
H&C numbers, PPSN and National Insurance numbers are ID|ssn; hospital, RiO, PARIS, council
social-care record and chart numbers are ID|mrn; the Irish IHI (ten-digit core or eighteen-digit
full form), medical-card, GMS, DPS, LTI, prepayment-certificate and private-insurer numbers are
ID|health_plan; GMC, NMC, HCPC, GPhC, Social Work England, SSSC, NISCC, IMC, NMBI, PHECC and
pharmacy registrations, GMS panel numbers and driving licences are ID|license; UK sort code and
account, Irish NSC and account, pension policy, premium-bond and deferred-payment references are
ID|account; case, incident, CAD, UBRN, police log, tribunal, Tusla, MASH, OPG, passport,
prescription-token, username and session ids are ID|other; CD-cabinet fingerprint and identity
face-match references are ID|biometric; photo file names with a name or an ID are ID|photo.
Ages of the patient are AGE|other, any age of 90 or more AGE|date; dates in Welsh, Irish and
Gaelic month names and ISO timestamps are DATE|date, with clock times outside. Not marked: BNF,
Read, SNOMED CT and ICD-10 codes, NEWS2, GCS, QRISK3, Waterlow, Braden, ACE-III, DASH and other
scores, MHA sections and form numbers, Pathways dispositions, ambulance categories, call signs,
collar and interpreter numbers, batch and lot numbers, expiry dates, model numbers, money, page
numbers, NHS 111, 999, 116 123 and 85258.

How: cd /work/main && .venv/bin/python scripts/make_probe73_corpus.py (writes corpus/redaction/probe73.jsonl).
"""

from pathlib import Path

from make_safe_harbor_suite import write_styled

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "corpus" / "redaction" / "probe73.jsonl"

STYLE_A = [
    """ROYAL BERKSHIRE NHS FOUNDATION TRUST - Rheumatology Outpatients
[[LOCATION|geo:Royal Berkshire Hospital]]   Fax: [[PHONE|fax:0118 496 0419]]   Page 1 of 2

Dear Dr [[PERSON|name:Okafor]]

Re: Mrs [[PERSON|name:Margaret Ann ELLWOOD]]   DOB [[DATE|date:19/08/1949]]
NHS No [[ID|ssn:441 879 2740]]   Hosp No [[ID|mrn:RBH0749213]]

Diagnosis: seropositive rheumatoid arthritis (SNOMED CT 69896004); DAS28-CRP 4.6 today (3.1 at last visit)
Medication: methotrexate 15 mg ONCE WEEKLY on Saturdays, folic acid 5 mg once weekly on Wednesdays, co-codamol 30/500 PRN

Thank you for seeing her in between appointments. She is [[AGE|other:74]] and a keen reader, but has struggled to turn pages since the flare began. Her BP reading in clinic was 148/86 and her husband thinks she has lost weight (62.4 kg, down 3 kg). Synovitis R 2nd-4th MCPs and both wrists, 8 tender / 6 swollen joints. CRP 31, ESR 44, Hb 112, ALT 28.

Plan: IM methylprednisolone 120 mg given today; increase MTX to 20 mg weekly; FBC, U&E, LFT every 2 weeks for 6 weeks via the community phlebotomy service. I will see her on [[DATE|date:Friday 14 June 2024]] here in [[LOCATION|geo:Reading]]. If DAS28 remains above 5.1 on two occasions a month apart she will qualify for a biologic under NICE TA375.

Yours sincerely

Dr [[PERSON|name:Rupert Aylward-Mensah]] MA MRCP(UK)
Consultant Rheumatologist""",
    """Bwrdd Iechyd Prifysgol Betsi Cadwaladr University Health Board
Gwasanaeth Diabetes / Diabetes Service, [[LOCATION|geo:Ysbyty Gwynedd]]

Dyddiad / Date: [[DATE|date:23 Ebrill 2024]]
Rhif GIG / NHS No: [[ID|ssn:6758463559]]   Rhif Ysbyty / Hosp No: [[ID|mrn:G421187]]
Enw / Name: [[PERSON|name:Dafydd Wyn PRITCHARD]]
Cyfeiriad / Address: [[ADDRESS|geo:Tŷ Capel, 4 Stryd Fawr, Nefyn, Pwllheli LL53 6HD]]

Annwyl Feddyg / Dear Doctor,
He attended the young adult type 1 clinic today. HbA1c 71 mmol/mol (64 last autumn). He started a Medtronic MiniMed 780G ten weeks ago, pump serial [[DEVICE|device:NG2841937H]] (model MMT-1886, firmware 6.4), with Guardian 4 sensors. Time in range 58%, below range 3%. No DKA since his admission to Ward Alaw in 2019. He works shifts at [[LOCATION|geo:Wylfa]] and boluses late on nights.

Plan: breakfast ICR 1:8 (from 1:10), active insulin time 3 h, review with the DSN by Attend Anywhere in 2 weeks. Retinal screening (Llygaid Diabetig Cymru) up to date.

Yn gywir / Yours sincerely
Dr [[PERSON|name:Owain Llŷr Jenkins]], Meddyg Ymgynghorol / Consultant, GMC [[ID|license:7034518]]""",
    """NHS Highland - Department of Neurology, [[LOCATION|geo:Raigmore Hospital]]
First Seizure Clinic (outreach), [[DATE|date:12.03.2024]]

Patient: [[PERSON|name:Murdo MACKAY]]   CHI: [[ID|ssn:030761 4174]]
Address: [[ADDRESS|geo:Achtoty, Skerray, Tongue, Sutherland KW14 7TH]]
GP: Dr [[PERSON|name:I. Sutherland]]

Thank you for referring this [[AGE|other:62]]-year-old crofter. Ten days ago he had a witnessed generalised tonic-clonic seizure at the fank while working sheep. He bit the lateral border of his tongue and was incontinent. GCS 13 (E3 V4 M6) when the crew arrived, 15/15 an hour later at [[LOCATION|geo:Lawson Memorial Hospital]]. CT head unremarkable; EEG shows no epileptiform discharges. He prefers Gàidhlig at home.

Impression: single unprovoked seizure, likely provoked by sleep deprivation during lambing. Not starting an AED.
I have advised him not to drive for 6 months and to tell the DVLA (licence [[ID|license:MACKA607031M99LK]]); the quad bike counts.

Dr [[PERSON|name:Fiona Ross-Kerr]] FRCP Edin, Consultant Neurologist""",
    """Belfast Health and Social Care Trust - Fracture Clinic, [[LOCATION|geo:Royal Victoria Hospital]]
[[DATE|date:Tuesday 9th January 2024]]

Patient: Ms [[PERSON|name:Shauna Devlin]]   H&C No: [[ID|ssn:320 981 5992]]   Hospital No: [[ID|mrn:RV0918833]]
Address: [[ADDRESS|geo:48 Main Street, Limavady BT49 0FJ]]

Diagnosis: R distal radius fracture (AO 23-A2) after slipping on ice outside her work. MUA in ED, backslab; check XR shows maintained position, dorsal tilt 5 degrees, radial height 11 mm.

Plan: full cast today, fracture clinic at [[LOCATION|geo:Causeway Hospital]] in 4 weeks with repeat XR. She works as a care assistant and cannot do manual handling; fit note for 6 weeks. DEXA not indicated at [[AGE|other:28]].

Dr [[PERSON|name:Aditi Kulkarni]], ST5 Trauma & Orthopaedics, GMC [[ID|license:7289014]]""",
    """Somerset NHS Foundation Trust - ENT, [[LOCATION|geo:Musgrove Park Hospital]]
Secretary: [[EMAIL|email:lucy.penhaligon@somersetft.nhs.uk]]   Our ref: [[ID|mrn:MPH-2231874]]/JP/lp

RE: [[PERSON|name:Thomas Alder]]   [[DATE|date:08/06/1958]]   [[ID|ssn:470 150 9264]]
[[ADDRESS|geo:12 High Street, Street, Somerset BA16 0EN]]

This [[AGE|other:65]] y/o retired postman was seen in the head and neck 2WW clinic with 5 weeks of hoarseness and left otalgia. 40 pack-years, 3-4 pints a night. FNE: irregular lesion L vocal fold, cord mobile, airway adequate. No palpable neck nodes.

Plan: CT neck/chest this week, microlaryngoscopy and biopsy next week, then MDT. He still walks the dog down the street and up [[LOCATION|geo:Glastonbury Tor]] most days. Smoking cessation referral made.

Mr [[PERSON|name:Jonathan Penhallow]] FRCS(ORL-HNS), Consultant ENT Surgeon""",
    """Cardiology, [[LOCATION|geo:Dorset County Hospital]] | Fax [[PHONE|fax:01305 254 155]]

Patient: Mr [[PERSON|name:Kenneth George HARDING]] ([[AGE|other:82]])   NHS: [[ID|ssn:4967976646]]
[[ADDRESS|geo:7 Colliers Lane, Wool, Wareham BH20 6DL]]

Procedure: ICD generator change (ERI reached). Dilated cardiomyopathy (ICD-10 I42.0), LVEF 30%, NYHA II, CHA2DS2-VASc 4.
Old Boston Scientific model D433 explanted; new dual-chamber ICD serial [[DEVICE|device:RKT204418]]. Leads: RA 0.8 V, RV 0.9 V at 0.4 ms, R wave 11 mV. Pocket closed with 3-0 Monocryl, steri-strips and cotton wool.

He still delivers the parish magazine round [[LOCATION|geo:Wool]] and asked about driving: no DVLA restriction after a box change, 1 week off.
Follow-up: device clinic in 4 weeks, wound check with practice nurse at 7-10 days.

Dr [[PERSON|name:Anjali Raman]], Consultant Cardiologist (Devices)""",
    """Older People's Medicine - Memory Assessment, [[LOCATION|geo:Norfolk and Norwich University Hospital]]

Name: Mrs [[PERSON|name:Doreen Violet Ashby]]   Age: [[AGE|date:91]]   NHS number: [[ID|ssn:409 044 4519]]
Address: [[ADDRESS|geo:Cobblers Cottage, 3 Mere Street, Diss IP22 4AD]]
Accompanied by her daughter (NOK, LPA health and welfare), who lives in [[LOCATION|geo:Eye]], about 5 miles away.

History: 18 months of gradual decline in short-term memory, repeating questions, twice left the gas on. Right cataract surgery 2022; left eye cataract awaiting listing. Bilateral hearing aids.
Cognition: ACE-III 71/100 (A 14/18, M 16/26, F 8/14, L 22/26, V 11/16). GDS-15 3/15.
CT head: small vessel disease, Fazekas 2, no mass.
Impression: mixed Alzheimer's and vascular dementia, mild.
Plan: ECG (HR 68, PR 172 ms) then donepezil 5 mg nocte for 4 weeks, then 10 mg. Admiral Nurse referral.

Dr [[PERSON|name:Oluwaseun Adebayo-Clarke]], Specialty Doctor, GMC [[ID|license:7451239]]
cc GP""",
    """NHS Lothian · Liver Clinic, [[LOCATION|geo:Royal Infirmary of Edinburgh]]
CHI [[ID|ssn:0204705290]]
Mr [[PERSON|name:Stuart Lennox Baird]], [[ADDRESS|geo:2F1, 14 Restalrig Road, Leith, Edinburgh EH6 8BN]]
Clinic [[DATE|date:07.05.24]] (Near Me video)

Alcohol-related liver disease, Child-Pugh B7, MELD 14, UKELD 52. Abstinent since [[DATE|date:Hogmanay]], PEth < 10 ng/mL. Fibroscan 18.4 kPa. US: coarse liver, no focal lesion, no ascites. AFP 4.
He attends SMART Recovery weekly. Liver nurses: [[PHONE|phone:0131 496 0233]].
Plan: carvedilol 6.25 mg bd, HCC surveillance 6-monthly, review in 3 months by Near Me: [[URL|url:https://nhs.vc/lothian-liver/b84f2c]]

Dr [[PERSON|name:Eilidh Fraser]], Consultant Hepatologist""",
    """East and North Hertfordshire NHS Trust - Urology, [[LOCATION|geo:Lister Hospital]]
e-RS UBRN: [[ID|other:0004 5318 2270]]   Appointment: [[DATE|date:Thu 7 Mar 2024]] 14:20, Clinic U3
Patient: [[PERSON|name:Rajesh Manoharan]] ([[AGE|other:67]]M)   NHS number [[ID|ssn:481 226 6963]]
[[ADDRESS|geo:22 Kibes Lane, Ware, Herts SG12 0AU]]

2WW suspected prostate cancer. PSA 8.2 ng/mL, 6.9 six weeks earlier. DRE smooth, moderately enlarged, ~40 g. IPSS 14, QoL 3.
Beware: on apixaban 5 mg bd for AF; hold 48 h before biopsy per protocol UR-017 v3.
Plan: mpMRI prostate, then transperineal biopsy if PI-RADS 3 or more. He holds Bupa cover (membership [[ID|health_plan:BU41 7730 2196]]) but wishes to stay NHS.

Mr [[PERSON|name:Kwame Asante-Boateng]] FRCS(Urol), Consultant Urologist, GMC [[ID|license:4920716]]""",
    """Caerdydd a'r Fro / Cardiff and Vale University Health Board
Paediatric Allergy Clinic, [[LOCATION|geo:Children's Hospital for Wales]]

[[PERSON|name:Lily-Mae Jones]]   DOB [[DATE|date:11/09/2016]]   NHS [[ID|ssn:419 127 7626]]
[[ADDRESS|geo:9 Dinas Road, Barry CF62 8BY]]
Attended with mum and mum's partner [[PERSON|name:Barry Teague]].

She is a [[AGE|other:7]]-year-old with IgE-mediated peanut allergy and well-controlled asthma (ACT 23). She had anaphylaxis at school in [[LOCATION|geo:Barry]] after a classmate's cereal bar: IM adrenaline x1, observed 6 h. SPT peanut 9 mm, Ara h 2 sIgE 4.1 kUA/L, tree nuts negative.
Plan: adrenaline auto-injector 0.15 mg x2 (school and home), BSACI plan updated, training for the teaching assistant. Review 12 months.

Dr [[PERSON|name:Ffion Thomas]], Consultant Paediatric Allergist""",
]

STYLE_B = [
    """EMIS Web - Consultation
[[DATE|date:09-Mar-2024]] 10:42  Telephone encounter   Dr [[PERSON|name:A Patel]] (GP)
Patient: [[PERSON|name:KOWALSKA, Agnieszka]]  F  NHS [[ID|ssn:425 500 7128]]
Interpreter: Polish via telephone (interpreter no. 51207)
History: 3/7 dysuria and frequency, no loin pain, no fever. Pt: "boli mnie przy oddawaniu moczu od trzech dni". Also sent a photo of a rash via accuRx: [[ID|photo:accurx_photo_Kowalska_A_090324.jpg]] - looks like eczema.
Problem: Cystitis (K15.., SNOMED 38822007)
Plan: nitrofurantoin 100 mg MR bd 3/7 (BNF 5.1.13), emollient. Safety-netted: 111 if fever or loin pain.
Moved to [[LOCATION|geo:March]] last year; new-patient check still outstanding.
Questionnaire link sent: [[URL|url:https://accurx.nhs.uk/r/Qf7Kp2Lx]]""",
    """From: [[PERSON|name:Brian Cottle]] <[[EMAIL|email:bcottle1947@gmail.com]]>
To: [[EMAIL|email:repeats.huntleymount@nhs.net]]
Sent: [[DATE|date:Sun 17/03/2024]] 21:14
Subject: repeat prescription please

hi could I have my usual please, running low on the ramipril and the inhalers. NHS no is [[ID|ssn:4364315702]]
- Ramipril 5mg caps x 28
- Fostair 100/6 inhaler x1
- Salbutamol 100mcg inhaler x2
- Lansoprazole 30mg x 28
Please send to [[LOCATION|geo:Rock Pharmacy]] not the one in [[LOCATION|geo:Bury]] town centre they keep losing it.
Thanks [[PERSON|name:Brian]]
---
Admin: actioned by Rx clerk. Ramipril review overdue, no BP for 16 months. Booked with clinical pharmacist (GPhC [[ID|license:2079316]]) Monday 09:10.""",
    """SystmOne - Structured Medication Review - [[DATE|date:12 Apr 2024]] 15:02 - clinical pharmacist (PCN)
Patient [[PERSON|name:Delroy Campbell]] ([[AGE|other:71]])   NHS [[ID|ssn:4104606588]]
Coded: Structured medication review (1239511000000100); Hypertension (38341003); CKD stage 3a (700378005)
QRISK3 18.7%. BP 152/94, 148/90 repeat. eGFR 48, ACR 6.1, HbA1c 52, TC 5.9.
Meds: amlodipine 10 mg od (BNF 0206020A0), indapamide 2.5 mg od, ramipril started 2.5 mg od (BNF 0205051R0), atorvastatin 20 mg on.
Plan: U&E in 2/52, lipids 3/12. Daughter manages his dosette; she works at [[LOCATION|geo:St James's University Hospital]] and asked for results by text.""",
    """REPEAT PRESCRIPTION REQUEST - Community Pharmacy Managed Repeats (NI)
Pharmacy: [[LOCATION|geo:Gordon's Chemists]], [[LOCATION|geo:Omagh]]   Fax [[PHONE|fax:028 8224 5530]]
Patient: [[PERSON|name:Seamus Quinn]]   H&C [[ID|ssn:3270931719]]
Items (28 days):
1. Metformin 500mg tablets, 2 BD   2. Gliclazide 80mg, 1 BD   3. Atorvastatin 40mg, 1 ON   4. Freestyle Lite strips x50
Date requested: [[DATE|date:02/04/24]]   Required by: Sat
Note for GP: BMs 4-9, last HbA1c 58 (Read 42W5.), retinal screening done.
Pharmacist: [[PERSON|name:Niamh Breen]]   Pharm. Soc. NI reg. [[ID|license:20417]]""",
    """Vision - [[LOCATION|geo:Portree Medical Centre]]
[[DATE|date:21/05/2024]]
Pt: [[PERSON|name:Iain Alasdair Nicolson]]   CHI [[ID|ssn:2812483652]]
S: painful swollen R calf 3 days, since the long drive back from the ferry. No SOB, no chest pain.
O: calf +3 cm vs L, pitting to knee. Two-level Wells score 2 (DVT likely). Obs normal, SpO2 97%.
P: D-dimer sent; apixaban 10 mg bd loading started; USS booked at [[LOCATION|geo:Dr Mackinnon Memorial Hospital]]. Pharmacy First leaflet. NHS 24 (111) if chest pain overnight.""",
    """[[DATE|date:Dydd Llun 8 Ionawr 2024]] - consultation, Dr [[PERSON|name:Rhian Haf Edwards]]
Patient: [[PERSON|name:Gethin Morris]] ([[AGE|other:34]])
Asthma worse since moving into a private rented flat in [[LOCATION|geo:Mold]]: black mould on bedroom walls and window frames. ACT 14, PEFR 380 (best 520), wheeze bilat. Using salbutamol 6-8 puffs a day.
Plan: prednisolone 40 mg 5/7, step up to MART (Symbicort 200/6), letter supporting repairs to the landlord and Flintshire County Council environmental health. His sister in [[LOCATION|geo:Flint]] can put him up meanwhile.
Work: aircraft fitter; fit note 1 week.""",
    """Online request (NHS App) - received [[DATE|date:2024-02-11T07:58:31Z]]
NHS login verified (P9, face-match ref [[ID|biometric:IPV-5c1e93a7f2]]) | source IP [[IP|ip:86.143.22.197]]
Patient [[PERSON|name:Imogen Carter-Blake]]   NHS [[ID|ssn:403 067 4364]]
Request: Sertraline 100 mg tablets x 28; Microgynon 30 x 3 packs
Free text: "cant get in the bath with my back so pls can someone ring not a video, thx"
Nominated pharmacy: [[LOCATION|geo:Widcombe Pharmacy]], [[LOCATION|geo:Bath]] (EPS)
Admin: pill check due - self-reported BP 118/72, BMI 23. Duty GP to ring after 11.
Issued: EPS token [[ID|other:9A4C1E-L81632-4E1E2G]]""",
    """[[DATE|date:27/06/2024]] F2F
[[PERSON|name:Hope Brierley]] ([[AGE|other:48]]F), lives in [[LOCATION|geo:Hope]], plant operator at the cement works.
Low back pain 3 weeks with L5 radicular pain, SLR 50 deg L, power 5/5, no saddle anaesthesia, bladder fine. STarT Back 6/9 (medium).
Plan: naproxen 500 mg bd with omeprazole 20 mg, physio self-referral. She hopes to be back at work in a month.
Fit note (Med3) 4 weeks, may be fit with amended duties. DWP ESA50 requested, NI no [[ID|ssn:JT 48 21 93 B]].""",
    """Home visit [[DATE|date:Friday 2nd Feb 2024]]
Mrs [[PERSON|name:Winifred Stroud]], [[AGE|date:94]] - [[ADDRESS|geo:6 Alfred Square, Deal CT14 6LS]] - key safe (code with OOH, not recorded here)
Called by carer: 2 days more breathless, off food.
O/E: RR 22, SpO2 94% RA, T 37.9, HR 96, BP 112/64, NEWS2 3. Coarse crackles R base. CRB-65 2.
Plan: amoxicillin 500 mg tds 5/7, fluids encouraged. ReSPECT in place: not for CPR, ward-based ceiling, prefers home. "It's no big deal, doctor, I've had worse."
Daughter (72) in [[LOCATION|geo:Walmer]] updated on [[PHONE|phone:01304 360 882]]. DN referral made.""",
    """Reception task [[DATE|date:06/08/2024]] - repeat Rx query
Patient: [[PERSON|name:Graham Pettifer]], [[ADDRESS|geo:3 Strand Street, Sandwich CT13 9DX]]
Pt at desk: charged for 4 items although he holds a PPC (cert no. [[ID|health_plan:98172 64410]]). Refund form FP57 given.
Also said he had only a sandwich for lunch and felt shaky at the counter, BM 3.1 on his meter. On gliclazide 80 mg bd (C10F.).
Task to duty GP: review gliclazide dose, hypo advice, DVLA group 1 discussion.""",
]

STYLE_C = [
    """ADASTRA - Case No [[ID|other:111-NW-7731908]]
Received [[DATE|date:31/03/2024]] 02:17 via NHS 111 (health advisor HA4412)
Patient: [[PERSON|name:Ellie-Rose Hartley]] ([[AGE|other:17 months]])
Caller: mother. Callback [[PHONE|phone:07700 900947]]
Address: [[ADDRESS|geo:41 Brandlesholme Road, Bury BL8 1HS]]
Pathways: Fever, Dx05 (speak to clinician within 20 min)
CAS RN (NMC [[ID|license:09I3311E]]): temp 39.4 at home, 2.5 ml Calpol at 01:30, feeding less, 3 wet nappies, rash blanches (glass test), no stridor, alert and crying on the phone.
Outcome: OOH base appt 03:10. 999 if floppy, non-blanching rash or breathing difficulty.""",
    """NHS 24 - call record   Call ID [[ID|other:N24-5528103]]   [[DATE|date:24/12/2023]] 23:41
Patient: [[PERSON|name:Seonag Macleod]]   CHI [[ID|ssn:2211384323]]   Age [[AGE|other:85]]
Location: [[ADDRESS|geo:12 Newton Street, Stornoway, Isle of Lewis HS1 2RE]] ([[LOCATION|geo:Steòrnabhagh]])
Caller: granddaughter.
Fall in kitchen 23:15, unable to weight-bear L leg, leg shortened and externally rotated, no head injury, on apixaban. Speaks Gàidhlig; kept saying "tha mi ceart gu leòr".
Outcome: 999 - Scottish Ambulance Service, to [[LOCATION|geo:Ospadal nan Eilean]]. Nil by mouth advised. Ferries off for weather; any transfer would be by air.""",
    """GIG 111 Cymru / NHS 111 Wales - Clinical Assessment
Ref [[ID|other:W111-2402-88174]]   Start [[DATE|date:10/02/2024]] 19:05
Pt: [[PERSON|name:Aled Price]]   [[AGE|other:52]]
Loc: [[LOCATION|geo:Usk]], postcode [[LOCATION|geo:NP15 1AD]]
Central chest pain 40 min radiating to jaw, clammy, nauseated. T2DM, smoker 20/day, father MI at 50.
Disposition: 999 Category 2, upgraded to Cat 1 by clinician callback at 19:14. Advised aspirin 300 mg chewed, front door unlocked.
Wife stayed on the line, [[PHONE|phone:01291 672 509]].""",
    """Western Urgent Care (GP Out of Hours) - treatment centre
Case [[ID|other:WUC/231118/0072]]   Received [[DATE|date:18/11/2023]] 14:22   Priority: Urgent (1h)
Patient: [[PERSON|name:Bríd Maguire]]   H&C [[ID|ssn:3322550427]]
Home: [[ADDRESS|geo:Derrylin Road, Teemore, Co. Fermanagh BT92 9BL]]
Tel (ROI network): [[PHONE|phone:+353 87 214 6630]]
2/7 productive cough, rigors. At base: T 38.6, SpO2 93%, RR 24, HR 108, BP 104/66, NEWS2 6. Crackles L base.
Plan: direct admission to [[LOCATION|geo:SWAH]] medical assessment unit; sepsis 6 started.""",
    """SouthDoc   Call ref [[ID|other:SD-KY-24-061372]]   [[DATE|date:Sun 14/07/2024]] 18:50
Caller: daughter, re her father [[PERSON|name:Pádraig Ó Conchúir]], [[AGE|other:81]]
Address: [[ADDRESS|geo:Baile an Fheirtéaraigh, Trá Lí, Co. Chiarraí V92 X6C4]]
Tel [[PHONE|phone:087 331 4902]]
PPSN [[ID|ssn:4577338FA]]   Medical card no. [[ID|health_plan:K-417552]]
Unable to pass urine since 10:00, lower abdo pain 8/10, known BPH on tamsulosin 400 mcg. No fever.
Triage RGN: advised ED at [[LOCATION|geo:University Hospital Kerry]] for catheterisation; daughter driving, ~1 h.""",
    """NHS 111 online - submission summary
Submitted [[DATE|date:2024-06-03T22:14:09+01:00]] | session [[ID|other:3f9c1a7e-52d4-4b0e-9a31-7c2e66d104b8]] | client IP [[IP|ip:2a02:c7c:5e31:9d00:18a4:2f6b:c91e:4a07]]
Pathway: Rash (adult). Outcome: contact GP practice within 6 hours, routed to IUC CAS.
Entered: [[PERSON|name:Oliver Thackeray]], postcode [[LOCATION|geo:TN33 0AD]] ([[LOCATION|geo:Battle]])
Contact: [[EMAIL|email:olly.thack@outlook.com]]
Free text: "back from a battle re-enactment weekend, tick bite behind knee, red ring spreading now 8cm"
CAS GP: erythema migrans, doxycycline 100 mg bd 21/7. Lyme disease (ICD-10 A69.2).""",
    """NHS 111 - dental nurse triage, caller in [[LOCATION|geo:Cornwall]]
[[DATE|date:Sat 27 Apr 2024]] 11:02   Case [[ID|other:111SW-4187735]]
Pt [[PERSON|name:Jago Penrose]] [[AGE|other:29]], [[ADDRESS|geo:2 Fore Street, East Looe PL13 1DT]]
No registered dentist since his practice went private.
Facial swelling L mandible 2 days, trismus 2 fingers, T 38.1, swallowing OK, no drooling.
Outcome: urgent dental care centre appt 14:40; if swelling reaches eye or neck, ED at [[LOCATION|geo:Treliske]].""",
    """OOH home visit - [[DATE|date:02/01/2024]] 04:35 - car Doc 3
Pt: [[PERSON|name:Harold Bramley]] [[AGE|date:93]], [[ADDRESS|geo:15 Thorne Road, Doncaster DN1 2HQ]], NHS [[ID|ssn:426 648 8386]]
Ca prostate with bone mets, on GSF register. Pain crisis R hip since midnight, 9/10.
JIC box: morphine sulfate 10 mg/ml x5 amps (batch 2311B7, exp 08/2025), midazolam, levomepromazine, glycopyrronium.
Given morphine 5 mg SC 04:52; pain 4/10 at 05:20. Wife (88) coping.
Handover to DN team for syringe driver in the morning.""",
    """NHS 111 - option 2 (mental health)
Call [[DATE|date:09/09/2024]] 01:12   ref [[ID|other:SOM-MH-240909-0032]]
Caller [[PERSON|name:Thea Burrows]] [[AGE|other:19]], student, home for the summer in [[LOCATION|geo:Wells]]
Thoughts of ending her life for 2 weeks, no plan tonight, no access to means, mum in the house. C-SSRS screen: ideation, no behaviour.
On sertraline 50 mg. Safety plan agreed; Samaritans 116 123 and Shout 85258 given. Home treatment team to call by 10:00 on [[PHONE|phone:07700 900312]].""",
    """Westdoc - treatment centre
[[DATE|date:03/11/2023]]   Patient: [[PERSON|name:Michael Joe Gallagher]], [[ADDRESS|geo:Gweesalia, Belmullet, Co. Mayo F26 C7K2]]
PPSN [[ID|ssn:8086872O]]   Medical card [[ID|health_plan:MC 2207918J]]
Laceration 4 cm L palm from a twine knife at the silage, clean, tendons intact, sensation normal.
Tetanus status unknown: Td/IPV given, batch W0123 (exp 02/2026). Closed with 4/0 nylon x5. Sutures out at GP in 10 days.""",
]

STYLE_D = [
    """AMHP REPORT - Mental Health Act 1983, s2 assessment
AMHP: [[PERSON|name:Rebecca Thornton]] (Social Work England [[ID|license:SW104871]]), Norfolk AMHP Service
Assessment: [[DATE|date:16/01/2024]] 15:30 at [[ADDRESS|geo:Rose Cottage, Back Lane, Wymondham NR18 0QB]]
Patient: [[PERSON|name:Callum Fenwick]]   NHS [[ID|ssn:442 255 8412]]   RiO [[ID|mrn:1027734]]
Nearest relative (s26): mother, same address; consulted, did not object.
Medical recommendations (Form A3): Dr [[PERSON|name:Imtiaz Chaudhry]] (s12 approved, GMC [[ID|license:4412073]]) and his GP (previous acquaintance).
3 weeks of not sleeping, believes the neighbours at number 4 are recording him through the walls, barricaded the back door, stopped eating food from the fridge. No insight.
Outcome: application made (Form A2, page 3 of 4); admitted to [[LOCATION|geo:Hellesdon Hospital]]. Police present (PC collar 1843).""",
    """CMHT West - progress note (PARIS)
[[DATE|date:05/04/2024]] home visit - CPN (care co-ordinator)
Client: [[PERSON|name:Daniel Pickersgill]] (prefers [[PERSON|name:Danny]])   PARIS ID [[ID|mrn:P0558127]]
Seen at home in [[LOCATION|geo:Armley]].
MSE: kempt, good rapport, mood "alright", no FTD, voices quieter, no commands. HoNOS 14 (was 19).
Depot: paliperidone palmitate 150 mg IM L deltoid; next due in 4 weeks.
Social: PIP appeal, tribunal ref [[ID|other:SC242/24/03118]].
Risk: low. Crisis: 111 option 2.""",
    """MENTAL HEALTH (CARE AND TREATMENT) (SCOTLAND) ACT 2003
Emergency detention certificate (s36) - notification
Patient: [[PERSON|name:Kieran Duthie]]   CHI [[ID|ssn:0909873577]]
Granted [[DATE|date:02/02/2024]] 23:10 by Dr [[PERSON|name:Ishbel Grant]], GMC [[ID|license:7640022]]
MHO consent: [[PERSON|name:Alan Rennie]], Aberdeen City HSCP
Hospital: [[LOCATION|geo:Royal Cornhill Hospital]], Ward 5
Grounds: manic relapse, not slept for 4 nights, walked onto the dual carriageway, refusing informal admission.
Named person: sister. Mental Welfare Commission notified next day; MHTS ref [[ID|other:MHTS/24/0187]] if an STDC follows.""",
    """MENTAL HEALTH ACT 2001 - record of Form 1 / Form 5 / Form 6
Approved centre: Department of Psychiatry, [[LOCATION|geo:Naas General Hospital]]
Patient: [[PERSON|name:Darragh Fitzpatrick]]   PPSN [[ID|ssn:3201962RA]]
Address: [[ADDRESS|geo:17 Sallins Road, Naas, Co. Kildare W91 PX8T]]
Applicant (Form 1): father. Recommendation (Form 5): GP, IMC reg [[ID|license:404127]]
Gardaí assisted; PULSE incident [[ID|other:17742095]]
Admission order (Form 6) signed [[DATE|date:19/08/2024]] by the consultant psychiatrist.
Mental Health Commission notified; tribunal within 21 days; legal representative assigned.""",
    """MENTAL HEALTH (NORTHERN IRELAND) ORDER 1986 - Art. 4 application for assessment (Form 2)
ASW: [[PERSON|name:Gráinne Mulholland]] (NISCC reg [[ID|license:6051742]])
Patient: [[PERSON|name:Ryan McAllister]]   H&C [[ID|ssn:3594228401]]   [[AGE|other:28]]
Address: [[ADDRESS|geo:5 Larne Road, Ballymena BT42 3HA]]
GP completed Form 3 medical recommendation.
Psychotic relapse after stopping olanzapine, threats to his brother, cannabis daily.
No bed at [[LOCATION|geo:Knockbracken]]; admitted to [[LOCATION|geo:Holywell Hospital]] 21:40.""",
    """Crisis Team - s136 assessment
[[DATE|date:23/10/2023]] 03:00   Place of safety: [[LOCATION|geo:Southmead Hospital]] s136 suite
Detained by Avon and Somerset police (collar 4471) at [[LOCATION|geo:Clifton Suspension Bridge]] 00:40; log [[ID|other:AS-20231023-0017]]
Pt: [[PERSON|name:Jordan Ashcroft-Lee]] ([[AGE|other:24]])
Argument with partner, drank 10 units, walked to the bridge "to think". Now sober, regretful, future-oriented. AUDIT-C 10. No psychotic features.
Outcome: not detained; mum to collect ([[PHONE|phone:0117 496 0558]]); HTT follow-up within 72 h.""",
    """Community Treatment Order - supporting note to Form CTO1
Tees, Esk and Wear Valleys NHS Foundation Trust
Patient: [[PERSON|name:Stacey Whitwell]]   NHS [[ID|ssn:429 718 9828]]
Home: [[ADDRESS|geo:8 Allhallowgate, Ripon HG4 1LE]]
Conditions: reside at the above; attend depot clinic at [[LOCATION|geo:Ripon Community Hospital]] monthly; engage with care co-ordinator.
CTO made [[DATE|date:21/06/2024]] for 6 months. Rights (s132A) explained the same day. Recall (s17E) not used.
Aripiprazole LAI 400 mg monthly.""",
    """Gwasanaeth Ymyrraeth Gynnar mewn Seicosis / Early Intervention in Psychosis (Bae Abertawe)
Nodyn / Note [[DATE|date:13/03/2024]], care co-ordinator [[PERSON|name:Rhys ap Gruffudd]]
Client: [[PERSON|name:Ffion Llywelyn]], [[AGE|other:20]], [[LOCATION|geo:Treboeth]]
"Mae hi'n teimlo'n well." Voices less frequent, PANSS positive 14 (was 21). Aripiprazole 10 mg.
Distressed by messages from an Instagram account, [[ID|other:@nightbird_swansea99]] ([[URL|url:https://www.instagram.com/nightbird_swansea99/]]), claiming to know her; police advised.
Back at [[LOCATION|geo:Gower College Swansea]] 3 days a week. Mam: [[PHONE|phone:+44 7700 900247]].""",
    """FIRST-TIER TRIBUNAL (MENTAL HEALTH) - Responsible Clinician's report
Tribunal ref: [[ID|other:MP/2024/08813]]   Section 3
Patient: [[PERSON|name:Tariq Mahmood]] ([[AGE|other:44]])   Hospital no. [[ID|mrn:BSMHFT-00771294]]
Hospital: [[LOCATION|geo:Oleaster Centre]]
Hearing [[DATE|date:12 August 2024]]
1. Paranoid schizophrenia (ICD-10 F20.0), first episode 2003; conviction for affray 2011.
2. Escorted s17 leave to [[LOCATION|geo:Sparkhill]] with his brother for 8 weeks without incident.
3. Clozapine level 0.42 mg/L. Recommend continued detention.
Page 3 of 9""",
    """CAMHS - request for Tier 4 inpatient bed
Young person: [[PERSON|name:Amelia-Jayne Kerrigan]], [[AGE|other:15]], NHS [[ID|ssn:423 611 8858]]
Lives in [[LOCATION|geo:Kirkby]] with parents.
Anorexia nervosa, BMI 13.8 (74% median BMI), HR 38 lying, postural drop 25 mmHg, K 3.1, MEED red on 3 items.
Currently on Ward 3B at [[LOCATION|geo:Alder Hey Children's Hospital]] for refeeding (NG, 1800 kcal).
Parents: [[PHONE|phone:0151 496 0827]].""",
]

STYLE_E = [
    """ADULT SAFEGUARDING CONCERN - Kent County Council (Care Act 2014, s42)
Raised [[DATE|date:08/05/2024]] by district nurse
Adult at risk: Mr [[PERSON|name:Leonard Ashdown]], [[AGE|date:90]]
Address: [[ADDRESS|geo:Flat 7, Marine Court, Marine Parade, Hythe CT21 6AW]]
Concern: financial. Grandson holds his bank card; statement seen shows £3,200 withdrawn over 3 weeks from account [[ID|account:30-94-57 21176603]].
LPA (property and financial affairs) registered to his daughter, OPG ref [[ID|other:7000-4417-2218]]; she was unaware.
Grandson's car [[VEHICLE|vehicle:GY67 KXT]] outside most mornings. Mr [[PERSON|name:Ashdown]] has capacity for this decision and wants it stopped.""",
    """MASH referral (city council children's services)
Referrer: school nurse, [[LOCATION|geo:Bulwell Academy]]   [[DATE|date:13/02/2024]]
Child: [[PERSON|name:Kai Brennan]], [[AGE|other:9]]
Concern: fingertip-pattern bruising L upper arm (4 bruises, 1-1.5 cm). Body map done; photos [[ID|photo:BRENNAN_K_bodymap_20240213_01.jpg]] and [[ID|photo:BRENNAN_K_bodymap_20240213_02.jpg]] uploaded.
[[PERSON|name:Kai]] said "[[PERSON|name:Dean]] grabbed me 'cos I was reading too slow". Mum's partner drops him off in [[VEHICLE|vehicle:FN19 OWR]].
MASH ref [[ID|other:MASH-NCC-240213-117]].""",
    """Tusla - Child and Family Agency · Children First standard report form
Reporter: PHN, primary care team   Date: [[DATE|date:04/09/2024]]
Child: [[PERSON|name:Jayden Ward]], PPSN [[ID|ssn:0841329OA]]
Address: [[ADDRESS|geo:Bay 4, Carrowpeter, Tuam, Co. Galway H54 YW28]]
Mother: [[PERSON|name:Bridget Ward]] (19)
Concern: primary immunisations not given (6 in 1 at 2, 4 and 6 months), weight 91st falling to 9th centile, 3 missed developmental checks. Family car [[VEHICLE|vehicle:08-G-21473]] often away for weeks.
Tusla ref [[ID|other:TUS-WG-24-08812]].""",
    """ADULT SUPPORT AND PROTECTION (SCOTLAND) ACT 2007 - Inter-agency Referral Discussion
Date: [[DATE|date:15/11/2023]]
Adult: [[PERSON|name:Morag Stirling]], [[AGE|other:71]], CHI [[ID|ssn:1403522804]]
Address: [[ADDRESS|geo:Flat 3/2, 41 Hilltown, Dundee DD3 7AJ]]
Concern: possible cuckooing. Flat used by a man known as [[PERSON|name:Tam]] and associates; door damaged, needles in the stairwell. ED attendance overnight with facial bruising.
Methadone 70 ml daily, supervised.
Police Scotland ref [[ID|other:PS-20231114-2041]]. Decision: ASP investigation (s4), joint visit with police.""",
    """Southern HSC Trust - Gateway Team, UNOCINI referral
Child: [[PERSON|name:Caoimhe O'Hare]], [[AGE|other:13]], H&C [[ID|ssn:3234659192]]
School: [[LOCATION|geo:Sacred Heart Grammar School]], [[LOCATION|geo:Newry]]
Concern: an older male, [[PERSON|name:Conor Rafferty]] (24), collects her at the gate in a silver Audi A3, reg [[VEHICLE|vehicle:LKZ 8317]]; she has new clothes and a new phone; Snapchat name [[ID|other:c.raff_95]].
Referred by the designated teacher.""",
    """MARAC referral   DASH RIC 17/24 (high risk)
Victim: [[PERSON|name:Nadia Hussain]], [[AGE|other:31]]
Safe contact [[PHONE|phone:07700 900803]] (text only, say it is the dentist). Current address withheld (refuge).
Perpetrator: husband; car [[VEHICLE|vehicle:MA70 BKF]], VIN [[VEHICLE|vehicle:WVWZZZAUXLW417386]] from the V5C left at the house.
Police found a tracker under her car seat: AirTag serial [[DEVICE|device:H6WQ2L9XP0GV]]. GMP ref [[ID|other:GMP-24-0172931]].
Next MARAC in 2 weeks.""",
    """Self-neglect and hoarding - multi-agency risk meeting (adult social care)
Date [[DATE|date:22.02.2024]]
Person: Mr [[PERSON|name:Alexander Pemberton]] (known locally as [[PERSON|name:Sandy]]), [[AGE|other:78]]
Address: [[ADDRESS|geo:The Old Forge, 2 Station Road, Sandy SG19 1AW]]
Clutter Image Rating 8/9 living room, 7/9 kitchen; no hot water; rats. Fire and rescue safe and well visit last week, smoke alarms fitted.
He has capacity for where he lives but not, on today's evidence, for the fire risk.
Brother in [[LOCATION|geo:Potton]] willing to help.""",
    """Safeguarding concern - possible modern slavery - [[LOCATION|geo:Pilgrim Hospital]] ED, [[LOCATION|geo:Boston]]
Date [[DATE|date:19 Jun 2024]]
Patient: [[PERSON|name:Mihai Dumitru]], [[AGE|other:36]], Romanian, little English (phone interpreter)
Crush injury L hand on a vegetable-packing line. Brought by a "supervisor" who held his passport ([[ID|other:057712894]]) and answered for him.
Lives in an HMO at [[ADDRESS|geo:88 Norfolk Street, Boston PE21 6PE]] with 11 others; minibus [[VEHICLE|vehicle:BV17 ZHN]] collects at 05:00.
NRM not made (did not consent); Duty to Notify ref [[ID|other:DTN-2024-44817]].""",
    """Adroddiad Oedolyn mewn Perygl / Adult at Risk Report (SSWB (Wales) Act 2014, s126)
Cyngor Sir Powys County Council
Dyddiad / Date: [[DATE|date:3 Gorffennaf 2024]]
Enw / Name: [[PERSON|name:Eirlys Hughes]]   Oed / Age: [[AGE|date:96]]   Rhif GIG / NHS No: [[ID|ssn:6702171900]]
Cyfeiriad / Address: [[ADDRESS|geo:Bryn Awel, Heol Maengwyn, Machynlleth SY20 8EB]]
Pryder / Concern: missed care calls; category 2 pressure damage to sacrum. Carer logged visits on the call-monitoring app that he did not make.
Merch / Daughter informed.""",
    """Strategy discussion - online child sexual exploitation (NCA referral via Hampshire Constabulary)
Date [[DATE|date:28/08/2024]]
Child: [[PERSON|name:Evie Summers]], [[AGE|other:12]], [[LOCATION|geo:Shirley]], [[LOCATION|geo:Southampton]]
Contact began on Roblox ([[URL|url:https://www.roblox.com/users/4418271093/profile]]) then Discord, account [[ID|other:xXshadowfox_77Xx]].
IP addresses [[IP|ip:82.14.201.66]] and [[IP|ip:82.14.201.91]] resolve to one subscriber.
[[PERSON|name:Evie]]'s phone (IMEI [[DEVICE|device:353289117420580]]) taken for download with mum's consent.""",
]

STYLE_F = [
    """NHS CONTINUING HEALTHCARE CHECKLIST
Name: [[PERSON|name:Beryl Hutchins]]   NHS [[ID|ssn:485 937 9160]]
Current location: Ward 22, [[LOCATION|geo:Leicester Royal Infirmary]]
Assessor: discharge co-ordinator, NMC [[ID|license:98Y0471E]]
Domain | Level
Breathing | C
Nutrition | B
Continence | A
Skin integrity | B
Mobility | A
Communication | B
Psychological and emotional | C
Cognition | A
Behaviour | B
Drug therapies | C
Altered states of consciousness | C
Outcome: 3 x A and 4 x B - full assessment (DST) required.
Representative: son, [[EMAIL|email:nigelhutchins@hotmail.co.uk]]. Consent recorded.""",
    """CARE ACT 2014 ASSESSMENT - Norfolk County Council Adult Social Services
Person: [[PERSON|name:Derek Fuller]]   LAS ID [[ID|mrn:2188413]]
Address: [[ADDRESS|geo:11 Bressingham Road, Roydon, Diss IP22 5RU]]
Assessed [[DATE|date:7th June 2024]]
Eligible outcomes: managing nutrition; personal hygiene; being appropriately clothed; using the home safely.
Telecare: hub serial [[DEVICE|device:LS-SH-20418873]]. Key safe fitted, code held by the responder service.
Son in [[LOCATION|geo:Thetford]] visits weekends.
Plan: 2 calls a day, 30 min; personal budget £214.60 a week.""",
    """FINANCIAL ASSESSMENT - residential care charges
Client: Mrs [[PERSON|name:Marjorie Clegg]]   NI no. [[ID|ssn:NM 70 21 14 D]]   Mosaic ID [[ID|mrn:1177204]]
Care home: [[LOCATION|geo:Bramley Court Care Home]]
Income: State Pension £221.20/wk; Attendance Allowance higher rate (disregarded in residential care); Aviva pension, policy [[ID|account:AV-883104172]].
Capital: Nationwide account [[ID|account:07-04-36 44129805]]; Premium Bonds holder no. [[ID|account:418870925]].
Property: 12-week disregard from [[DATE|date:04/03/2024]]; deferred payment agreement [[ID|account:DPA/LCC/0412]].""",
    """NURSING HOMES SUPPORT SCHEME (Fair Deal) - application, Parts 1 and 3
Applicant: [[PERSON|name:Nora Kavanagh]]   PPSN [[ID|ssn:4633784OA]]   Age [[AGE|date:91]]
Address: [[ADDRESS|geo:Knockmore, Ballymote, Co. Sligo F56 W2K7]]
Widowed 2019. CSAR completed at [[LOCATION|geo:Sligo University Hospital]]; Barthel 6/20.
Nursing home chosen: [[LOCATION|geo:Nazareth House]].
Assets: 22 acres; AIB current account, NSC and account no. [[ID|account:93-10-47 62318054]].
Care representative: nephew, [[PHONE|phone:+353 71 918 3357]]. Ancillary State Support (nursing home loan) requested.""",
    """Self-directed Support - Option 1 (direct payment) review, NHS Highland adult social care
Supported person: [[PERSON|name:Ewan Matheson]]   CHI [[ID|ssn:3105445315]]   [[AGE|other:79]]
Address: [[ADDRESS|geo:Tigh na Mara, Plockton IV52 8TT]]
Direct payment account: [[ID|account:83-17-29 00418852]] (separate account as required).
PA employed, SSSC [[ID|license:2214907]], 14 h/wk at £13.20/h.
Wife is unpaid carer; respite week booked. Budget unchanged.""",
    """Domiciliary care - Northern HSC Trust, care management review [[DATE|date:2 May 2024]]
Service user: [[PERSON|name:Jean McCartney]]   H&C [[ID|ssn:3597082874]]   [[AGE|other:84]]
Area: [[LOCATION|geo:Cullybackey]]
Package: 4 calls a day, 2 carers (hoist).
Equipment: mobile hoist serial [[DEVICE|device:MMV-0418872]], LOLER inspection due [[DATE|date:09/2024]]; profiling bed and dynamic mattress.""",
    """Discharge to Assess - Pathway 3 referral
[[LOCATION|geo:West Suffolk Hospital]], Ward F7
Pt [[PERSON|name:Sylvia Mortlock]], [[AGE|other:87]], Hosp [[ID|mrn:W0922813]]
Medically optimised 3 days. CFS 7, Barthel 35/100, 4AT 2. Needs 2 for transfers.
Interim placement: [[LOCATION|geo:Hazel Court]], [[LOCATION|geo:Bury St Edmunds]]. CHC checklist negative.""",
    """OT home visit - [[DATE|date:Wed 21 Feb 2024]] - OT (HCPC [[ID|license:OT61728]])
Client: [[PERSON|name:Francis Ledbetter]], [[AGE|other:72]], L THR 3 weeks ago
Address: [[ADDRESS|geo:4 Tweentown, Cheddar BS27 3HU]]
Equipment: raised toilet seat, perching stool, bed lever; existing stairlift serial [[DEVICE|device:STN-600-2215874]] serviced.
Kitchen: lives on cheddar and crackers as he can't stand to cook; referral for meals.""",
    """FAST TRACK PATHWAY TOOL - NHS Continuing Healthcare
Individual: [[PERSON|name:Oluwadamilare Bankole]]   NHS [[ID|ssn:411 735 5368]]
Current location: [[LOCATION|geo:Queen Elizabeth Hospital]], [[LOCATION|geo:Woolwich]]
Clinician GMC [[ID|license:7352261]], [[DATE|date:02/08/2024]]
Reason: metastatic pancreatic cancer, rapidly deteriorating, may be entering a terminal phase.
Preferred place of death: home, [[ADDRESS|geo:Flat 21, Tarling House, 6 Maryon Road, London SE7 8DB]].
Package: 4 double-up calls a day and night sits. Wife: [[PHONE|phone:020 7946 0381]].""",
    """Young Carer's Needs Assessment - [[LOCATION|geo:Bradford]]
Young carer: [[PERSON|name:Aisha Begum]], [[AGE|other:14]], cares for mum (MS, EDSS 7.0)
Mum's Blue Badge no. [[ID|other:EKB 0413 7789]]; PIP enhanced both components.
Assessed [[DATE|date:20/11/2023]].""",
]

STYLE_G = [
    """District Nursing - visit [[DATE|date:12/03/2024]] 09:40-10:25
Pt: [[PERSON|name:Roy Gammon]], [[AGE|other:81]], NHS [[ID|ssn:4469930989]]
Wound: R lateral malleolus venous leg ulcer 4.1 x 3.2 cm (4.6 x 3.5 a fortnight ago), 80% granulation, 20% slough, moderate exudate.
ABPI R 0.94 / L 0.98.
Tx: cleansed, Aquacel Ag+, K2 two-layer compression. Photo [[ID|photo:GAMMON_R_4469930989_wound_20240312.jpg]] uploaded.
Pain 3/10. Next visit Fri.""",
    """DN - catheter change (long-term IDC) - [[DATE|date:06/06/2024]]
[[PERSON|name:Cyril Entwistle]] ([[AGE|other:88]]), [[LOCATION|geo:Rochdale]]
Removed 16Ch Foley; new 16Ch all-silicone, 10 ml balloon, lot 23L0417, exp 2027-11. Instillagel. Residual 450 ml clear.
Leg bag and night bag; wife shown emptying.
Next change due [[DATE|date:29/08/2024]].
RN, NMC [[ID|license:12C4471E]]""",
    """Insulin visit [[DATE|date:19/04/2024]] 08:15
Mrs [[PERSON|name:Gwendoline Pike]], [[AGE|date:92]], [[ADDRESS|geo:Flat 4, St Mary's Court, Ware SG12 9EH]]
Libre 2 sensor (serial [[DEVICE|device:0M00052TCY7]]) scan 9.8 mmol/L, trend flat; overnight low 5.2.
Lantus 14 units SC L abdomen. Ate porridge. Hypo box checked, in date. New sensor due in 8 days.""",
    """DN - new pressure ulcer, category 3 sacrum
Pt [[PERSON|name:Frederick Oyelaran]]   NHS [[ID|ssn:477 581 0448]]
Found [[DATE|date:02/10/2023]]; skin intact at last visit 4 days earlier.
Waterlow 21, Braden 12, MUST 2. 3.5 x 2.8 cm, depth 0.4 cm, no undermining.
Datix incident [[ID|other:W214473]]; photo [[ID|photo:IMG_20231002_sacrum_Oyelaran.jpg]].
Hybrid mattress serial [[DEVICE|device:DFM-A-081937]] delivered. Wife caring well, no safeguarding concern.""",
    """Altra Sláinte Poiblí / Public Health Nurse - nóta cuairte
Dáta: [[DATE|date:15 Eanáir 2024]]
Othar: [[PERSON|name:Cáit Nic Giolla Bhríde]], [[AGE|date:93]], [[ADDRESS|geo:Mín an Iolair, Doirí Beaga, Co. Dhún na nGall F92 KX3H]]
PPSN [[ID|ssn:7704897WA]]   IHI [[ID|health_plan:8517177606]]
Leg dressing changed, Inadine and crepe; ulcer smaller. Tá sí go maith, ag ithe go maith.
GP in [[LOCATION|geo:Gaoth Dobhair]] aware.
PHN: [[PERSON|name:Síle Ní Fhearraigh]]""",
    """Nyrsio Cymunedol / Community Nursing - [[LOCATION|geo:Bala]]
[[DATE|date:Dydd Mawrth 5 Mawrth 2024]]
Claf: [[PERSON|name:Emrys Tudur Evans]]   Rhif GIG [[ID|ssn:6315849245]]
Diabetic foot check: pulses present, monofilament 10/10 bilat, low risk. Hydroxocobalamin 1 mg IM R deltoid; next due in 3 months.
"Dw i'n iawn, diolch." Lives alone; son farms at [[LOCATION|geo:Llandderfel]].""",
    """District nursing - rural team - [[DATE|date:20/09/2023]]
Pt: [[PERSON|name:Hamish Robertson]]   CHI [[ID|ssn:1506506631]]
Home: [[ADDRESS|geo:Croftmoraig, Dull, Aberfeldy PH15 2EN]]
C/o dull ache R groin since Tuesday; small reducible lump on coughing. Obs NAD. Advised GP review.
Wound R shin healed, dressings stopped.""",
    """DN - syringe driver set-up - [[DATE|date:11/11/2023]] 16:30
Pt [[PERSON|name:Teresa Mulvaney]], [[AGE|other:67]], [[LOCATION|geo:Middlesbrough]]
T34 pump serial [[DEVICE|device:103-47719]], battery 80%.
Morphine sulfate 15 mg + midazolam 10 mg + levomepromazine 6.25 mg in WFI to 17 ml over 24 h, rate 0.71 ml/h. Line: L upper chest.
Husband shown what to look for. Macmillan CNS informed.""",
    """DN handover - North team - [[DATE|date:Mon 15/07/24]] pm
| Pt | Address | Task | Notes |
| [[PERSON|name:FLETCHER, Doris]] | [[ADDRESS|geo:12 Mesnes Road, Wigan WN1 2DD]] | insulin 17:00 | BM log in kitchen |
| [[PERSON|name:PATEL, Hasmukh]] | see EMIS | dressing R heel | Cat 2 PU, photo [[ID|photo:PATEL_H_heel_150724.jpg]] |
| [[PERSON|name:ROBINSON, Jack]] ([[AGE|date:99]]) | [[LOCATION|geo:Standish Court]] care home | bloods (INR) | on warfarin, INR 3.4 last |
| [[PERSON|name:O'NEILL, Kathleen]] | see EMIS | SD recharge 16:30 | T34 serial [[DEVICE|device:103-52208]] |""",
    """Housebound COVID-19 autumn booster and flu - [[DATE|date:04/10/2023]]
1. [[PERSON|name:Albert Nuttall]], [[AGE|date:95]], NHS [[ID|ssn:415 819 2544]] - Comirnaty XBB.1.5 0.3 ml L deltoid, batch HF8457, exp 31/01/2024; aTIV batch U4721.
2. [[PERSON|name:Mavis Nuttall]], [[AGE|other:89]], NHS [[ID|ssn:446 932 7212]] - same batches, R deltoid.
Address (both): [[LOCATION|geo:Darwen]]
15 min observation, no reaction. Recorded on NIVS. Vaccinator RN, NMC [[ID|license:03H0917E]].""",
]

STYLE_H = [
    """HSE - Medical Card / GP Visit Card application (MC1), extract
Section 1 Applicant: [[PERSON|name:Gintarė Kazlauskienė]]   PPSN [[ID|ssn:5621090TA]]
Address: [[ADDRESS|geo:Apt 14, Riverside Walk, Dublin Road, Dundalk, Co. Louth A91 F4X2]]
Email [[EMAIL|email:gintare.kazlauske@gmail.com]]   Track: [[URL|url:https://www2.hse.ie/services/medical-cards/track/?ref=MCAP-2024-0618-33192]]
Section 2 Spouse: [[PERSON|name:Tomas Kazlauskas]]   PPSN [[ID|ssn:1199245OA]]
Section 5 Doctor: GMS panel no. [[ID|license:61427]]
Income: gross €412/week (part-time). Means test: within GP visit card limit.
Online application ref [[ID|other:MCAP-2024-0618-33192]] submitted from IP [[IP|ip:37.228.204.119]]; identity verified by MyGovID (SAFE 2 face-match ref [[ID|biometric:SAFE2-FM-7730041]]).""",
    """Feidhmeannacht na Seirbhíse Sláinte / Health Service Executive
[[LOCATION|geo:Ospidéal Ollscoile na Gaillimhe]]
Coinne clinic / Clinic appointment - Ophthalmology
Dáta / Date: [[DATE|date:Déardaoin 6 Meitheamh 2024]], 09:30
MRN [[ID|mrn:0974421]]   IHI [[ID|health_plan:8150528334]]
[[PERSON|name:Peadar Ó Flaithearta]], [[LOCATION|geo:Ros an Mhíl]]
Please bring your glasses, a list of your medicines and your medical card. Drops will blur your vision for 4-6 hours; do not drive.
Fax [[PHONE|fax:091 544 871]]""",
    """HSE CAMHS, [[LOCATION|geo:Glanmire]]
[[DATE|date:12 Márta 2024]]
Re: [[PERSON|name:Cian Ó Riordáin]] ([[AGE|other:12]])   Chart no. [[ID|mrn:CAMHS-NL-2291]]

Dear parents,
Conners 3 parent T-scores: inattention 78, hyperactivity 71; teacher ratings similar. QbTest consistent with ADHD, combined presentation.
We agreed a trial of methylphenidate XL 18 mg mane; BP 104/62, HR 78, height 151 cm, weight 39 kg (50th centile).
Consultant Child Psychiatrist, MCRN [[ID|license:409218]]   Tel [[PHONE|phone:021 482 1190]]""",
    """HSE Home Support Service - approval letter
Ref: [[ID|other:HS/CHO4/24/10772]]
Client: [[PERSON|name:Thomas Hegarty]], [[AGE|other:86]], [[ADDRESS|geo:Ballinacourty, Clonakilty, Co. Cork P85 WD92]]
Approved: 10.5 hours/week from [[DATE|date:1 July 2024]] (personal care am, meal prep pm).
Home Support Coordinator: [[PHONE|phone:023 883 3177]]""",
    """Drugs Payment Scheme - family registration
Main applicant: [[PERSON|name:Owen Delaney]], PPSN [[ID|ssn:6484962R]]
Spouse: PPSN [[ID|ssn:3990687SW]]
Address: [[ADDRESS|geo:42 Friars Mill Road, Mullingar, Co. Westmeath N91 K6E3]]
DPS card no. [[ID|health_plan:DPS 5517 2093]]; monthly cap €80 per household.
Nominated pharmacy: [[LOCATION|geo:Duffy's Pharmacy]].""",
    """HSE Primary Care Reimbursement Service - Long Term Illness Scheme
[[DATE|date:08/01/2024]]
Dear Mr [[PERSON|name:Cathal Brennan]],
Your application has been approved. Your Long Term Illness Book number is [[ID|health_plan:LTI 7720418]]. Eircode on file: [[LOCATION|geo:V94 N2R5]].
Condition: diabetes mellitus (type 1). Present your book at your pharmacy with each prescription; items for other conditions are not covered. Queries: PCRS, 1890 252 919.""",
    """Healthlink e-Referral - GP to AMAU, [[LOCATION|geo:Midland Regional Hospital Tullamore]]
From: Dr [[PERSON|name:Gerard Fahy]], IMC [[ID|license:018824]]
Sent [[DATE|date:2024-05-28]] 11:07
Patient: [[PERSON|name:BYRNE, Elizabeth]]   DOB [[DATE|date:1951-09-14]]
IHI [[ID|health_plan:539123483557743456]]   PPSN [[ID|ssn:0888199RA]]
Reason: 2 days pleuritic chest pain, SOB, HR 104, SpO2 94%, Wells score for PE 4.5, CRB-65 1. Long-haul flight from [[LOCATION|geo:Boston]] 10 days ago.
Allergy: penicillin (rash).""",
    """Cross-border radiotherapy - HSE patient treated at [[LOCATION|geo:Altnagelvin Area Hospital]]
Patient: [[PERSON|name:Declan Doherty]], [[ADDRESS|geo:Ardmore, Muff, Co. Donegal F93 H2C6]]
PPSN [[ID|ssn:5164355B]]; temporary H&C [[ID|ssn:3274867829]]
Course: 20 fractions from [[DATE|date:06/11/2023]], Mon-Fri.
Parking permit car [[VEHICLE|vehicle:161-DL-4417]].
Mobile [[PHONE|phone:+353 83 401 2276]]. HSE travel grant form TG1 enclosed.""",
    """Roinn Sláinte Poiblí / Department of Public Health, HSE West and North West
[[DATE|date:22 Deireadh Fómhair 2024]]
[[PERSON|name:Maighréad Ní Chualáin]]
A [[PERSON|name:Mhaighréad]], a chara,
You were identified as a close contact of a case of tuberculosis (ref [[ID|other:TB-HWNW-24-031]]).
Please attend the chest clinic at [[LOCATION|geo:Merlin Park University Hospital]] on [[DATE|date:5 Samhain 2024]] for an IGRA blood test. You do not need to stay off work.
Queries: [[EMAIL|email:publichealth.hwnw@hse.ie]]""",
    """HSE Your Service Your Say - acknowledgement
Our ref: [[ID|other:YSYS-CHO8-2024-01188]]
Dear Mr [[PERSON|name:Wójcik]],
Thank you for your complaint, submitted online (from IP [[IP|ip:89.101.176.42]]), about the care of your mother ([[AGE|date:90]]) in the ED at [[LOCATION|geo:Our Lady of Lourdes Hospital]], [[LOCATION|geo:Drogheda]]. She waited 31 hours on a trolley.
We will reply within 30 working days. Complaints Officer, fax [[PHONE|fax:041 987 4190]]""",
]

STYLE_I = [
    """NWAS ePRF - Incident [[ID|other:240615-0387]]   Call sign 4217   Category 2
Call 16:52   On scene 17:06   Left 17:41   At hospital 18:02
Location: RTC, [[LOCATION|geo:Accrington]]
Pt: [[PERSON|name:Connor Whitworth]], [[AGE|other:23]]M
Mechanism: driver, car v lamppost ~30 mph, airbags deployed, self-extricated. Vehicle [[VEHICLE|vehicle:PN21 XGV]], VIN [[VEHICLE|vehicle:WF0FXXGC3FJA58217]].
| Time | RR | SpO2 | HR | BP | GCS | NEWS2 |
| 17:08 | 22 | 97% | 112 | 128/84 | 15 | 3 |
| 17:30 | 18 | 98% | 98 | 124/80 | 15 | 1 |
Analgesia: Penthrox 3 ml; morphine 5 mg IV (CD safe opened by fingerprint, template [[ID|biometric:FP-NW-0029183]]).
Crew: paramedic HCPC [[ID|license:PA41876]]; EMT.
To [[LOCATION|geo:Royal Blackburn Teaching Hospital]] ED.""",
    """Scottish Ambulance Service PRF - [[LOCATION|geo:Lochgilphead]] station
Incident [[ID|other:SAS-2403-118427]]   [[DATE|date:18/03/2024]]
Pt: [[PERSON|name:Donald MacIntyre]]   CHI [[ID|ssn:2308583215]]
Central chest pain 50 min. 12-lead: inferior STE (II, III, aVF), transmitted to cardiology.
Remote and rural: PPCI not reachable in 120 min; tenecteplase 40 mg IV (weight 82 kg), enoxaparin 30 mg IV.
ScotSTAR retrieval to [[LOCATION|geo:Golden Jubilee National Hospital]].""",
    """WAST ePCR - [[DATE|date:30/12/2023]]
Pt [[PERSON|name:Bethan Parry]], [[AGE|other:58]], [[LOCATION|geo:Blaenau Ffestiniog]]
T1DM, found confused by husband. BM 1.9, GCS 13. Glucagon 1 mg IM; 20 min later BM 5.8, GCS 15, eating toast.
CD: none given; CD safe audit by fingerprint [[ID|biometric:WAS-FP-118204]].
Non-conveyed, left with husband; GP referral. Handover given in Welsh.""",
    """NIAS ePRF - [[DATE|date:07/07/2024]]   Category 1
Scene: [[LOCATION|geo:Portstewart Strand]], near-drowning
Pt: [[PERSON|name:Oisín Cunningham]], [[AGE|other:16]]; H&C not known at scene
Pulled out by lifeguard after ~2 min submerged. GCS 14, SpO2 89% RA, crackles bilaterally, T 35.1.
High-flow O2, warming. Dad travelled with us, [[PHONE|phone:07700 900615]]. Family car [[VEHICLE|vehicle:NXZ 7730]] left in the beach car park.
To [[LOCATION|geo:Causeway Hospital]].""",
    """National Ambulance Service - Patient Care Report
Incident no. [[ID|other:NAS-24-0917-4418]]
Location: main road near [[LOCATION|geo:Listowel]]
RTC car v tractor. Car [[VEHICLE|vehicle:152-KY-3308]], tractor [[VEHICLE|vehicle:08-LK-1152]].
Pt: [[PERSON|name:Jack Moriarty]], [[AGE|other:19]], driver of car. GCS 13 (E3 V4 M6), HR 118, BP 102/70, RR 24. L chest tenderness, seatbelt sign.
Advanced Paramedic, PHECC reg [[ID|license:P004417]]. Trauma desk informed.""",
    """Dublin Fire Brigade - EMS PCR   [[DATE|date:02/02/2024]]   Station: [[LOCATION|geo:Tara Street]]
Pt [[PERSON|name:Anthony Keogh]], found collapsed on [[LOCATION|geo:O'Connell Street]].
RR 4, pinpoint pupils, SpO2 78%. Naloxone 400 mcg IM, repeat at 3 min; RR 14, GCS 14.
To [[LOCATION|geo:Mater Misericordiae University Hospital]] ED. Garda unit present.""",
    """EEAST ePCR - [[DATE|date:25/11/2023]]
Pt: [[PERSON|name:Philippa Thorogood]], [[AGE|other:74]], NHS [[ID|ssn:455 080 3711]]
Address: [[ADDRESS|geo:Church Cottage, Cambridge Road, Ugley, Bishop's Stortford CM22 6HZ]]
FAST positive: R facial droop, R arm drift, dysphasia. Onset 14:10 witnessed by husband. BM 6.7. Not anticoagulated.
Pre-alert to HASU, ETA 15:05.""",
    """SECAmb ePCR - fall, long lie - [[DATE|date:14/01/2024]]
Pt Mrs [[PERSON|name:Evelyn Trussell]], [[AGE|date:96]], [[LOCATION|geo:Lancing]]
Found on bedroom floor by carer at 07:30; lie ~9 h. Pendant alarm serial [[DEVICE|device:CL-PND-3308127]] worn but not pressed.
T 35.4, HR 92, BP 142/78, NEWS2 2. No injury found; CK to check.
To [[LOCATION|geo:Worthing Hospital]].""",
    """ATMIST pre-alert to [[LOCATION|geo:Queen's Medical Centre]] resus, [[DATE|date:06/08/2024]] 22:47
A: [[AGE|other:34]]M, [[PERSON|name:Karol Zieliński]]
T: 22:10
M: pedestrian v car ~40 mph, thrown 5 m, [[LOCATION|geo:Derby Road]]
I: open R tib/fib, pelvic pain, ?head injury
S: GCS 11 (E3 V3 M5), HR 124, BP 96/60, RR 28, SpO2 92% on 15 L
T: TXA 1 g, pelvic binder, splint, 250 ml bolus
Car involved [[VEHICLE|vehicle:YD68 PKU]] held by police. Polish passport in wallet: [[ID|other:EK4419023]].""",
    """SWASFT - specialist paramedic (urgent care) - [[DATE|date:Sat 13/04/2024]]
Pt: [[PERSON|name:Alan Cheeseman]], [[AGE|other:69]], [[LOCATION|geo:Minehead]]
Long-term catheter blocked, bypassing, distended bladder. Recatheterised 14Ch, 780 ml residual, clear.
Not conveyed. Referral emailed to DN team [[EMAIL|email:minehead.dn@somersetft.nhs.uk]].
Specialist paramedic, HCPC [[ID|license:PA55102]].""",
]

STYLE_J = [
    """[[LOCATION|geo:St Christopher's Hospice]] - IPU admission [[DATE|date:03/05/2024]]
Pt [[PERSON|name:Gloria Amponsah]], [[AGE|other:63]], NHS [[ID|ssn:473 248 6665]]
Metastatic breast cancer (liver, bone). Pain 7/10 R ribs, nausea. AKPS 40%, phase unstable, IPOS 28.
DNACPR / ReSPECT signed at [[LOCATION|geo:Guy's Hospital]] last month.
Family: daughters [[PERSON|name:Abena]] and [[PERSON|name:Efua]], [[PHONE|phone:020 7946 0712]]. Methodist; chaplain to visit.""",
    """Community specialist palliative care - Macmillan CNS visit [[DATE|date:18/12/2023]]
Pt [[PERSON|name:Stanley Ibbotson]], [[AGE|other:77]], [[LOCATION|geo:Bath]]
Mesothelioma, on GSF register, prognosis short weeks, PPS 40%. Breathless on the stairs; fan and Oramorph 2.5 mg PRN helping.
JIC medicines prescribed by GP. Wife coping but tired.
Referred to day services at [[LOCATION|geo:Dorothy House]].""",
    """[[LOCATION|geo:Marie Curie Hospice]], [[LOCATION|geo:Belfast]] - admission [[DATE|date:09/02/2024]]
Pt: [[PERSON|name:William John Adair]] ("[[PERSON|name:Billy]]"), H&C [[ID|ssn:3634438312]]
MND (bulbar onset), PEG, NIV overnight (ResMed serial [[DEVICE|device:23171294810]]). ALSFRS-R 19.
The Marie Curie community team have been doing night sits.
GP letter faxed to [[PHONE|fax:028 9336 8820]].""",
    """[[LOCATION|geo:Milford Care Centre]] - specialist palliative care IPU
Patient: [[PERSON|name:Eileen Fitzgerald]], [[AGE|other:72]]
PPSN [[ID|ssn:3484935WA]]; VHI no. [[ID|health_plan:90041127]]
Referred from [[LOCATION|geo:University Hospital Limerick]]. Ovarian ca, malignant bowel obstruction; octreotide via syringe driver.
Discharge summary to be faxed to UHL [[PHONE|fax:061 482 199]].""",
    """[[LOCATION|geo:Highland Hospice]] - hospice at home note [[DATE|date:29/01/2024]]
Pt [[PERSON|name:Alistair Grant MacDonald]], CHI [[ID|ssn:1101474696]], at home
Ca lung, deteriorating; bed-bound, sips only. Syringe pump serial [[DEVICE|device:103-61174]] running well, rate checked.
Anticipatory care plan reviewed; wishes to die at home.""",
    """[[LOCATION|geo:Hosbis Dewi Sant]] - IPU note [[DATE|date:4 Rhagfyr 2023]]
Pt [[PERSON|name:Gwenllian Rowlands]], [[AGE|other:83]], from [[LOCATION|geo:Llanfairpwllgwyngyll]]
Pain better on oxycodone MR 20 mg bd. Asked for the Welsh-speaking chaplain, who visited.
Plan: home when the package is ready.""",
    """Verification of Expected Death (RN) - [[DATE|date:17/02/2024]] 03:25
Deceased: [[PERSON|name:Maurice Pendlebury]] ([[AGE|date:91]])   NHS [[ID|ssn:434 620 1482]]
Place: home, [[LOCATION|geo:Swinton]]
No central pulse 1 min, no heart sounds 1 min, no respiratory effort 1 min, pupils fixed and dilated, no response to pain.
Syringe driver (T34 serial [[DEVICE|device:103-38820]]) stopped, contents discarded with son as witness.
Pacemaker in situ: funeral director informed for cremation.
RN, NMC [[ID|license:15A2276E]]. GP to issue MCCD.""",
    """Bereavement service - initial contact [[DATE|date:01/10/2023]]
Bereaved: [[PERSON|name:Janet Wilkinson]], whose husband died at [[LOCATION|geo:St Gemma's Hospice]].
Email [[EMAIL|email:janwilkinson52@yahoo.co.uk]]
Sleeping poorly, not eating alone, goes to a Cruse group. PG-13 screen 28.
Volunteer to phone fortnightly.""",
    """Syringe driver monitoring - [[LOCATION|geo:Saint Francis Hospice]]
Pt [[PERSON|name:Rita Oyelowo]]   NHS [[ID|ssn:456 493 3604]]   Bed 6 (Bay B)
Pump: T34 serial [[DEVICE|device:103-70415]]
| Time | Rate ml/h | Vol left | Site | Sign |
| 08:00 | 0.71 | 15.2 | L chest, no redness | NF |
| 12:00 | 0.71 | 12.4 | no redness | KD |
CD cabinet (biometric): opened by RN, fingerprint template [[ID|biometric:SFH-CD-FP-00418]]; witness HCA, template [[ID|biometric:SFH-CD-FP-00731]].""",
    """[[LOCATION|geo:Our Lady's Hospice]], [[LOCATION|geo:Harold's Cross]] - day hospice
[[DATE|date:Wednesday 10 April 2024]]
Attendee: [[PERSON|name:Brendan Nolan]], IHI [[ID|health_plan:8495555069]]
Lymphoedema R arm after axillary clearance; MLD and compression sleeve fitted. Enjoys the art room.
Next review by video: [[URL|url:https://hse.attendanywhere.com/pt/c/88a14f2e]]""",
]


def main() -> None:
    n = write_styled(
        OUT,
        [
            ("nhs-clinic-letter", STYLE_A),
            ("gp-notes-repeat-rx", STYLE_B),
            ("nhs111-ooh-call", STYLE_C),
            ("mental-health-mha", STYLE_D),
            ("safeguarding-referral", STYLE_E),
            ("social-care-chc", STYLE_F),
            ("district-nursing", STYLE_G),
            ("hse-ireland-letter", STYLE_H),
            ("ambulance-prf", STYLE_I),
            ("hospice-notes", STYLE_J),
        ],
    )
    print(f"probe73: {n} docs")


if __name__ == "__main__":
    main()
