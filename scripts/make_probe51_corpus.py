"""Write the 51st hand-annotated redaction probe, 100 notes of Australian tertiary hospital inpatient and acute-care paperwork.

Why: the redaction engine has to find personal identifiers in clinical free text it has never
seen. Inpatient paperwork (theatre lists, anaesthetic charts, imaging and lab reports, ICU
handovers, MET calls, incident reports, retrieval records, bed boards and medication charts) mixes
identifiers with dense numbers that are not identifiers (doses, rates, lab values, scores, item
numbers, codes, times, bed numbers, lot numbers), so it tests recall and precision together.
This probe was written independently of the engine, by hand, for this project.

What: ten styles of 10 notes each: theatre-lists-and-operation-notes, anaesthetic-records,
radiology-reports, pathology-results, icu-flowsheet-and-handover, met-and-code-blue-calls,
incident-reports, patient-transport-and-retrieval, bed-management-and-patient-flow-boards and
medication-charts-and-pharmacy-reconciliation. Notes come from hospitals in NSW, VIC, QLD, WA, SA,
TAS, NT and the ACT, with a few from New Zealand. Labelling conventions: every person's name is
PERSON|name (titles such as Dr, Mr, Ms, Prof, A/Prof and Uncle stay outside the span;
"SURNAME, Given" is one span; a given name or surname alone is its own span), staff included.
A full street or postal address is one ADDRESS|geo span; towns, suburbs, communities, named
hospitals (also their abbreviations such as RPA or SCGH, in any case), clinics, pharmacies,
named wards and camps are LOCATION|geo; numbered wards, beds, bays, pods and theatres, states
and countries are not marked. Every date more specific than a year is DATE|date, including HL7
timestamps, expiry dates and cumulative-report column dates; times, years alone and weekdays
alone are not marked. Every age of a patient is marked: AGE|date when over 89, AGE|other
otherwise. Every full phone or fax number is marked (PHONE|phone or PHONE|fax), hospital numbers
included; pagers and short internal extensions are not. UR, MRN, HRN and URN numbers are
ID|mrn. Medicare (span includes the IRN only when glued to the number; a separate "IRN n" field
is not marked), IHI, DVA, NDIS, Centrelink CRN / pension and concession card, private health
fund and travel-insurance member numbers, and NZ NHI numbers are ID|health_plan. TFNs are ID|ssn.
Bank account numbers are ID|account (BSBs are not marked). AHPRA registrations, Medicare
provider numbers, PBS prescriber numbers and driver licence numbers are ID|license. Plates, VINs
and aircraft registrations are VEHICLE|vehicle. Device serial numbers, asset tags and UDIs are
DEVICE|device (catalogue REF and LOT numbers are not). Lab, specimen and radiology accession
numbers, incident, case, CAD, mission and booking references, EMR logins, employee numbers,
ABNs of individual practitioners and other unique codes are ID|other. Workstation IP addresses
are IP|ip, links URL|url, a wound photo file name holding an MRN ID|photo and a
fingerprint template id ID|biometric. Health-service and laboratory organisation names (NSW
Health Pathology, CareFlight, RFDS) are not marked. Check-digit identifiers
(Medicare, IHI, TFN, ABN, VIN, NHI, Medicare provider numbers) pass their checksums. All people,
numbers and addresses are invented.

How: cd /work/main && .venv/bin/python scripts/make_probe51_corpus.py (writes corpus/redaction/probe51.jsonl).
"""

from pathlib import Path

from make_safe_harbor_suite import write_styled

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "corpus" / "redaction" / "probe51.jsonl"

THEATRE = [
    """[[LOCATION|geo:WESTMEAD HOSPITAL]] - OPERATING THEATRE LIST
Theatre 6 | [[DATE|date:Tuesday 12 March 2024]] | Surgeon: Dr [[PERSON|name:A. Raghavan]] (Vascular) | Session: all day, elective
#  MRN      Patient              Sex  Procedure                               ASA  Est
1  [[ID|mrn:2214587]]  [[PERSON|name:TUPOU, Sione]]        M    L fem-pop bypass (ACHI 33521-00)        3    180m
2  [[ID|mrn:2990413]]  [[PERSON|name:NGUYEN, Thi Hoa]]     F    AV fistula formation L wrist, MBS 34509 3    90m
Notes: pt 1 on clopidogrel 75 mg - continue per surgeon. Pt 2 dialyses Mon/Wed/Fri - no BP cuff or cannula L arm.
Theatre bookings ext 45120. Anaesthetic time-out 0755.""",
    """OPERATION REPORT - [[LOCATION|geo:The Alfred]]
Patient: [[PERSON|name:Marco Bellini]]    UR: [[ID|mrn:A1093388]]    DOB: [[DATE|date:04/09/1958]]
Date of operation: [[DATE|date:21/05/2024]]    Theatre 9    Urgency: Cat 1 (trauma)
Surgeon: Orthopaedic Unit 2 consultant
Procedure: ORIF L distal radius, volar locking plate. ACHI 47366-02.
Indication: FOOSH from a ladder at home in [[LOCATION|geo:Frankston]] two days ago.
Findings: dorsally angulated intra-articular fracture, 25 deg dorsal tilt.
Implants: volar plate 2.4 mm, REF 02.111.520, LOT 8423119, SN [[DEVICE|device:VLP24-0719-33821]]; locking screws x7 2.4 mm, LOT 8420077.
Tourniquet 250 mmHg, 62 min. EBL 50 mL. Closure 3-0 Monocryl.
Post-op: elevate, neurovascular obs 1/24 x4, cefazolin 2 g IV 8/24 x2 doses. Fracture clinic 2/52.""",
    """emerg theatre board [[LOCATION|geo:PAH]] [[DATE|date:sat 3/8]] - handover day reg to night reg
1. [[PERSON|name:tamsin reid]] F ur [[ID|mrn:1487720]] - lap appendix, consented, cat B, fasted since 0600, bHCG neg
2. [[PERSON|name:kaufusi]] M ur [[ID|mrn:0933175]] - ex lap ?perf DU, lactate 4.1, tazocin 4.5g q8h, NEWS 6 - cat A, goes next
3. mr [[PERSON|name:wirth]] ur [[ID|mrn:2206514]] - washout infected TKR, ortho to book after gen surg; INR 2.8 on warfarin -> vit K 5mg IV, recheck 2200
pt 1 family driving up, pls call when she's in recovery""",
    """[[LOCATION|geo:FIONA STANLEY HOSPITAL]] - CARDIOTHORACIC SURGERY - OPERATION NOTE
Name: [[PERSON|name:KARIMI, Farhad]]          MRN: [[ID|mrn:F0412267]]
Sex: M   Ward 6C   Bed 14
Op date: [[DATE|date:08-FEB-2024]]   Surgeon: Prof. [[PERSON|name:Helen Abernethy]]
Procedure: CABG x3 (LIMA-LAD, SVG-OM1, SVG-PDA) on CPB. ACHI 38500-02, 38503-01.
Bypass 94 min, cross clamp 71 min. del Nido cardioplegia 1000 mL. Heparin 30,000 units, ACT 612 s; protamine 300 mg.
Temporary wires x2 atrial, x2 ventricular. Drains 2x 28Fr. Cell saver returned 450 mL. Sternum closed with 6 wires.
To CTICU intubated on noradrenaline 0.08 mcg/kg/min.
NOK wife [[PHONE|phone:0491 570 156]] - updated by surgeon 1530.""",
    """[[LOCATION|geo:LMH]] DAY SURGERY UNIT  TH3  [[DATE|date:Thu 14/11/2024]]  ENDOSCOPY LIST
slot=0800 urn=[[ID|mrn:LM0456781]] name=[[PERSON|name:ROSSITER, Dale]] proc=colonoscopy+polypectomy item=32229 prep=Moviprep fund=Bupa mem=[[ID|health_plan:81137402]]
slot=0845 CANCELLED - pt unwell (COVID +ve), rebook 6/52
slot=0930 urn=[[ID|mrn:LM0112356]] name=[[PERSON|name:WANGANEEN, Tahlia]] proc=gastroscopy+biopsy item=30473 note=community bus back to [[LOCATION|geo:Point Pearce]] leaves 1400 - list her early
anticoag: nil on list. Propofol sedation, ASA 1-2. Scope reprocessing batch 77412 / 77415.""",
    """[[LOCATION|geo:Royal Hobart Hospital]] - Department of Neurosurgery
Operation: L frontal craniotomy and excision of lesion (ACHI 39709-00) with neuronavigation.
Patient [[PERSON|name:Bronwyn Atherton]], URN [[ID|mrn:R246810]], transferred from [[LOCATION|geo:Launceston General Hospital]] for this procedure, operated [[DATE|date:11 October 2024]] by Mr [[PERSON|name:Tomasz Wierzbicki]].
Dexamethasone 8 mg IV at induction then 4 mg BD. Levetiracetam 500 mg BD. Mannitol 0.5 g/kg.
Findings: 3.2 x 2.8 cm enhancing lesion; frozen section consistent with high grade glioma. Specimen to pathology, lab no [[ID|other:24H-118392]].
Dura closed with DuraGen; flap fixed with 3 titanium plates (lot 5510-22).
Plan: HDU overnight, CT brain day 1, GCS and pupils hourly, SBP < 160.""",
    """[[LOCATION|geo:RDH]] THEATRE 2 - EMERGENCY / SEMI-URGENT LIST - [[DATE|date:Wednesday 24 July 2024]]
BED    UR       NAME                     PROCEDURE                    NOTES
4A-12  [[ID|mrn:0657123]]  [[PERSON|name:WURRAMARA, Jeffrey]]       debridement R foot           HbA1c 11.2%; from [[LOCATION|geo:Angurugu]], Anindilyakwa interp booked
5B-03  [[ID|mrn:0412298]]  [[PERSON|name:DAYMIRRINGU, Rosie]]       washout L hand (dog bite)    ADT given in ED; from [[LOCATION|geo:Galiwin'ku]]
Bed 5B-03 has an escort (brother) - pls ring him before she goes to recovery. Theatre coordinator page 8812.""",
    """[[LOCATION|geo:Centenary Hospital for Women and Children]]
Operation record: emergency LSCS (Cat 1), ACHI 16520-03
Mother: [[PERSON|name:Aaliyah Hosseini]]   MRN [[ID|mrn:CH00872134]]   G2P1, 39+2/40
Date: [[DATE|date:02/06/2024]] 0312   Decision-to-delivery 24 min
Indication: pathological CTG, FHR 70 bpm for 6 min.
Baby: live female, Apgars 4 and 8, 3240 g; cord pH 7.08, BE -9. Baby MRN [[ID|mrn:CH00872199]], named [[PERSON|name:Zahra]] by her parents at 0500.
Oxytocin 5 IU slow IV, then 40 IU/1000 mL at 250 mL/h. EBL 700 mL.
Partner [[PERSON|name:Reza Hosseini]] present in theatre.""",
    """[[LOCATION|geo:MIDDLEMORE HOSPITAL]] - Acute Orthopaedic Theatre List - [[DATE|date:Mon 16 Sep 2024]] - OT 7
NHI      Patient                  Procedure                           Comments
[[ID|health_plan:ZAB7067]]  [[PERSON|name:Tevita Fifita]]            IMN R tibia                         rugby injury; NBM since 0200
[[ID|health_plan:CKT5520]]  [[PERSON|name:Aroha Te Rangi]]           hemiarthroplasty L NOF              whanau ([[PERSON|name:Mere]]) to be called post op: [[PHONE|phone:021 458 3320]]
Spinal preferred for the NOF. Cefazolin 2 g, TXA 1 g at induction.""",
    """[[LOCATION|geo:TOWNSVILLE UNIVERSITY HOSPITAL]] - General Surgery
RE: Mr [[PERSON|name:Desmond Kris]]   UR: [[ID|mrn:T0566102]]   DOB [[DATE|date:14/07/1975]]
[[ADDRESS|geo:14 Ahmat Street, Thursday Island QLD 4875]]
Dear Doctor,
Your patient underwent laparoscopic cholecystectomy and IOC on [[DATE|date:27 February 2024]]. Findings: chronically inflamed gallbladder with multiple calculi, normal cholangiogram. No drain. Discharged day 1 on paracetamol 1 g QID and oxycodone 5 mg PRN (max 4/day). Telehealth review in 6 weeks: [[URL|url:https://telehealth.tuh.example.org.au/join/TSV-88213]]
Yours sincerely,
Dr [[PERSON|name:Benedict Oyelaran]] FRACS   Provider No. [[ID|license:4759126B]]""",
]

ANAESTHETIC = [
    """[[LOCATION|geo:ROYAL PRINCE ALFRED HOSPITAL]] - PRE-ANAESTHETIC ASSESSMENT
Surname: [[PERSON|name:PAPADOPOULOS]]    Given: [[PERSON|name:Eleni]]
MRN: [[ID|mrn:10458872]]    DOB: [[DATE|date:03/11/1952]]    Medicare: [[ID|health_plan:4630 18415 3]]  IRN 2
Planned: R TKR, list in 2/52
Wt 88 kg  Ht 162 cm  BMI 33.5  BP 148/82  HR 76 SR  SpO2 96% RA
PMHx: T2DM (HbA1c 7.4%), OSA on CPAP (ResMed AirSense 10, s/n [[DEVICE|device:23211845907]]), HTN, GORD
Meds: metformin 1 g BD, empagliflozin 10 mg mane (WITHHOLD 3 days pre-op), perindopril 5 mg, pantoprazole 40 mg
Allergy: codeine (vomiting)
Airway: Mallampati 3, TMD 6 cm, MO 4 cm, neck extension reduced. ASA 3. STOP-BANG 6. RCRI 1.
Plan: spinal + adductor canal block, TCI propofol sedation; own CPAP on ward post-op.
Daughter interpreted (Greek) - professional interpreter offered, declined.""",
    """[[LOCATION|geo:RMH]] ANAESTHETIC RECORD  label: [[PERSON|name:LEE, Jun-seo]] / UR [[ID|mrn:3048815]] / DOB [[DATE|date:29.03.1990]] / M
Theatre 11  [[DATE|date:05/08/2024]]  Consultant anaesthetist + reg
Procedure: lap appendicectomy   ASA 1E   Fasted: solids 2200, clear 0400
Induction 1412: propofol 200 mg, fentanyl 100 mcg, rocuronium 50 mg (RSI). ETT 8.0 @ 22 cm, Mac 3, grade 1, first pass.
Maintenance sevoflurane 2% in O2/air FiO2 0.5.
Time  HR  BP      SpO2  EtCO2  Temp
1415  88  118/70  99    36     36.2
1430  74  110/64  100   35     36.0
1445  71  112/66  100   34     36.1
1500  80  126/74  100   37     36.3
Drugs: cefazolin 2 g 1420, dexamethasone 8 mg, ondansetron 4 mg 1450, paracetamol 1 g IV, sugammadex 200 mg 1505.
CSL 1000 mL. EBL minimal. Extubated awake 1510 -> PACU bay 4.
Fentanyl batch 7X4412: 50 mcg discarded, witnessed RN [[PERSON|name:Carla Mendes]].""",
    """DIFFICULT AIRWAY LETTER - [[LOCATION|geo:Gold Coast University Hospital]], Department of Anaesthesia
Dear Ms [[PERSON|name:Kayla Brennan-Tuhiwai]],
During your anaesthetic on [[DATE|date:14th January 2024]] (URN [[ID|mrn:GC7730219]]) your airway was difficult to manage. A grade 3b view was seen with a Macintosh blade; a videolaryngoscope (C-MAC D-blade) and bougie were needed. Mask ventilation was easy.
Please show this letter to any future anaesthetist. Your MedicAlert membership no. [[ID|other:MA 1187432]] has been updated with this alert.
Dr [[PERSON|name:Hamish Drummond]], Anaesthetist   AHPRA [[ID|license:MED0001782345]]""",
    """[[LOCATION|geo:SCGH]] PACU DISCHARGE
pt: [[PERSON|name:Jarrah Bennell]] ([[AGE|other:19]]M) MRN [[ID|mrn:S0885613]]  arr PACU 1135  d/c 1250
proc: ORIF R mandible (max fax)  anaes: GA, nasal ETT
Aldrete 10 @ 1240. pain 3/10 after fentanyl 25 mcg x3 (75 mcg total) + oxycodone IR 5 mg PO 1230.
PONV: ondansetron 4 mg 1215, nil further vomiting. IVF Plasmalyte 1 L @ 100 mL/h.
obs 1245: HR 72 BP 124/70 RR 14 SpO2 98% 2L NP T 36.6
elastics only, no wires - scissors at bedside.
to 5G bed 22, handed to RN [[PERSON|name:Hayley Tjoe]]
mum [[PERSON|name:Lynette]] rang (mob [[PHONE|phone:0437 210 089]]) - told he's back on the ward""",
    """PRIVATE PATIENT ANAESTHESIA - INFORMED FINANCIAL CONSENT
Patient: [[PERSON|name:Giuseppe Romano]]   DOB [[DATE|date:12 Aug 1949]]   UR [[ID|mrn:F00238461]]
Medicare No: [[ID|health_plan:2204 72034 2-1]]    Health fund: HCF   Member no: [[ID|health_plan:40087219]]
Anaesthetist: Dr [[PERSON|name:Maryam Al-Khatib]]   Provider no: [[ID|license:0894266B]]   ABN [[ID|other:54 315 948 408]]
Procedure: L total hip replacement
MBS items: 17610, 21214, 23063, 22031
Estimated fee $1,845.00; Medicare rebate $612.40; fund benefit under known-gap scheme; est. out of pocket $380.00.
Pay by EFT: BSB 065-129  Acct [[ID|account:1042 7783]]  (ref = patient surname)""",
    """[[LOCATION|geo:LAUNCESTON GENERAL HOSPlTAL]]   ANAESTHETIC RECORD   (scanned copy)
Narne: [[PERSON|name:8ARNES, Trevor J]]     UR: [[ID|mrn:L0O4471]]     D.O.B: [[DATE|date:O7/O3/1944]]
Date: [[DATE|date:22/O5/2024]]   Procedure: TURP   Ward 4D
Spinal L3/4 25G Whitacre, 1st pass: bupivacaine 0.5% heavy 2.6 mL + fentanyl 15 mcg
Sedation midazolam 1 mg. O2 4L Hudson.
BP 1O2/58 post spinal -> metaraminol 0.5 mg x2.
lrrigation glycine 1.5%; Na post-op 131.
Anaesthetist: Dr [[PERSON|name:Nick Vlahos]]""",
    """[[LOCATION|geo:ALICE SPRINGS HOSPITAL]] - PAEDIATRIC PRE-OP CHECKLIST
Name [[PERSON|name:Tahnee Kngwarreye]]   HRN [[ID|mrn:A0377125]]   DOB [[DATE|date:05/01/2019]]   Age [[AGE|other:5]]y   Wt 17.4 kg
Community: [[LOCATION|geo:Ntaria]]
Procedure: dental extractions + restorations under GA, theatre 1, this Tuesday
Consent signed by grandmother (kinship carer, copy of order on file). Arrernte interpreter present.
Fasting: clear fluids to 0630, toast 0500. Premed midazolam 0.5 mg/kg PO = 8.5 mg at 0810.
Medicare [[ID|health_plan:4501 69621 4/3]]
Escort travel (PATS) approved; bush bus home Thursday.""",
    """[[LOCATION|geo:Calvary Public Hospital Bruce]] - Anaesthesia Record (continuation)
[[PERSON|name:SINGH, Harpreet Kaur]] | MRN [[ID|mrn:CPB0417762]] | [[AGE|other:44]]F | lap chole | [[DATE|date:10-Mar-2024]]
0902 rocuronium 50 mg -> 0905 BP 62/30, HR 138, widespread urticaria, Paw 38 cmH2O
0906 adrenaline 50 mcg IV x3 then infusion 0.1 mcg/kg/min; Hartmann's 2 L stat; hydrocortisone 200 mg
Tryptase at 0915, 1015 and 1315 - lab no [[ID|other:24-CB-883127]]
Case abandoned, to ICU intubated. Referral to immunology for skin testing.
Husband [[PERSON|name:Gurpreet Singh]] informed 1100 by consultant anaesthetist.""",
    """ACUTE PAIN SERVICE ROUND - [[LOCATION|geo:Christchurch Hospital]] - [[DATE|date:Fri 6 Dec 2024]] 0800
Ward 20 bed 7  [[PERSON|name:Hinewai Parata-Stewart]]  NHI [[ID|health_plan:JBW7001]]  day 2 post open R hemicolectomy
Thoracic epidural T9/10: ropivacaine 0.2% + fentanyl 2 mcg/mL @ 8 mL/h, PCEA 4 mL, lockout 20 min
Block T6-L1 to cold, Bromage 0, sedation 0, RR 16, pain 2/10 moving.
Plan: continue; remove day 3 if tolerating diet; enoxaparin 40 mg held until 12 h after removal.
Pump CADD-Solis s/n [[DEVICE|device:CS7-2281904]]. APS nurse [[PERSON|name:Jo Whitaker]], ext 80412.""",
    """[[LOCATION|geo:JOHN HUNTER HOSPITAL]] - PROCEDURAL SEDATION RECORD - DCCV
Patient: [[PERSON|name:Warrick Dungay]]   MRN [[ID|mrn:J2281703]]   DVA Gold Card [[ID|health_plan:NX204873]]
Date [[DATE|date:13/09/2024]]   CCU procedure room
Indication: AF with RVR; apixaban 5 mg BD for > 3/52, no missed doses (confirmed with his community pharmacy).
Propofol 40 mg + 20 mg. Synchronised 200 J biphasic x1 -> SR 68.
Defibrillator: Zoll R Series, serial [[DEVICE|device:AF19J011482]]""",
]

RADIOLOGY = [
    """[[LOCATION|geo:LIVERPOOL HOSPITAL]] - MEDICAL IMAGING
Patient: [[PERSON|name:ALAMEDDINE, Khaled]]   MRN: [[ID|mrn:K6612390]]   DOB: [[DATE|date:19/02/1938]]
Accession: [[ID|other:LVP24031788]]   Exam: CT BRAIN NON-CONTRAST   Date: [[DATE|date:15/03/2024]] 02:47
Clinical: [[AGE|other:86]]yo fall, on rivaroxaban 20 mg, GCS 14.
Findings: acute left convexity subdural haematoma, maximum thickness 9 mm, 4 mm midline shift. No skull fracture.
Comparison: prior CT performed at [[LOCATION|geo:Campbelltown Hospital]].
Conclusion: acute L SDH with mass effect. Discussed with ED registrar 0305.""",
    """[[LOCATION|geo:Austin Hospital]] - Radiology
MRI LUMBAR SPINE   Acc# [[ID|other:AH-MR-5521904]]
Pt: [[PERSON|name:Maria Kostopoulos]]   UR [[ID|mrn:0991275]]   F   DOB [[DATE|date:05-05-1971]]
MRI safety: spinal cord stimulator (IPG s/n [[DEVICE|device:NA4123905]]) - MR Conditional, full-body mode, SAR < 2 W/kg; settings confirmed with the company rep.
Findings: L4/5 broad-based disc bulge with moderate central canal stenosis. L5/S1 left paracentral protrusion contacting the traversing left S1 root. Modic type 1 endplate change L4/5.
Radiologist: A/Prof [[PERSON|name:Deborah Tsang]]""",
    """XR CHEST PA/LAT
[[PERSON|name:NONA, Wesley]] | [[ID|mrn:MI0045823]] | [[DATE|date:11/07/2024]] | [[LOCATION|geo:Mount Isa Hospital]] ED
Reported remotely ([[LOCATION|geo:Brisbane]]) by Dr [[PERSON|name:Cheng Yu]] at 1422.
Clinical: fever, cough. RHD on monthly bicillin.
Findings: RLL consolidation. Cardiomegaly (CTR 0.58). Prosthetic mitral valve, sternotomy wires intact. No effusion.
Comparison: [[DATE|date:March 2023]], cardiomegaly unchanged.""",
    """[[LOCATION|geo:fiona stanley hospital]] / medical imaging
exam: ctpa   acc: [[ID|other:FSH2409-77120]]   date: [[DATE|date:09/09/2024]]
patient: [[PERSON|name:ngata, moana]]   mrn: [[ID|mrn:F1195502]]
requesting: dr [[PERSON|name:t. abernethy-ward]], ed, page 3391
clinical: 12/40 pregnant, pleuritic chest pain, d-dimer 1.2, hr 112.
technique: low-dose ctpa, 40 ml omnipaque 350. dlp 98 mGy.cm.
findings: filling defects in rll segmental and subsegmental arteries. rv/lv ratio 0.8. no infarct.
conclusion: rll pulmonary emboli without rv strain.
communicated to dr [[PERSON|name:abernethy-ward]] 0218 by the radiology registrar.""",
    """[[LOCATION|geo:RAH]] INTERVENTIONAL RADIOLOGY - PROCEDURE REPORT
Patient [[PERSON|name:Davor Jukic]], URN [[ID|mrn:RAH1234098]], [[AGE|other:68]]M, ward 6E   Date: [[DATE|date:Monday, 22 April 2024]]
Procedure: retrievable IVC filter insertion via R IJV (contraindication to anticoagulation - recent ICH).
Device: Denali vena cava filter, UDI [[DEVICE|device:(01)00801741034627(17)261031(10)GFRW2281]]
Fluoro time 3.2 min, DAP 412 cGy.cm2, Visipaque 320 30 mL. Filter infrarenal, apex at L2.
Retrieval to be booked within 3 months.
Operator: Dr [[PERSON|name:Ines Carvalho]], AHPRA [[ID|license:MED0002041876]]""",
    """[[LOCATION|geo:NORTH WEST REGIONAL HOSPITAL]] - ULTRASOUND
Name: [[PERSON|name:McKENZIE-PARK, Aidan]]    UR: [[ID|mrn:NW0331882]]    DOB: [[DATE|date:30/11/1983]]
Exam: US renal tract   Date: [[DATE|date:17/01/2025]]   Acc [[ID|other:NWU-25-00417]]
History: AKI, creatinine 212 umol/L (baseline 88). ?obstruction.
Findings: R kidney 11.4 cm, L kidney 11.0 cm. Moderate L hydronephrosis with dilated proximal ureter. Bladder pre-void 410 mL, post-void 35 mL.
Radiologist: Dr [[PERSON|name:Samuel Adeyemi]]. Result phoned to ward 3 RMO 1530.""",
    """[[LOCATION|geo:KATHERINE HOSPITAL]] RADIOLOGY    Request [[ID|other:KH-0098312]]
Surname: [[PERSON|name:MALABIRR]]   First name: [[PERSON|name:Dorothy]]   HRN: [[ID|mrn:K0211477]]   DOB: [[DATE|date:01/07/1962]] (estimated)
Exam: CXR PA   Taken: [[DATE|date:03/10/2024]]   Images sent for remote reporting.
Clinical: household contact of TB case; Mantoux 14 mm.
Findings: no active infiltrate. Calcified granuloma L upper zone (old). No hilar adenopathy.
Reported Dr [[PERSON|name:Pieter van der Merwe]]. TB unit to follow up.""",
    """[[LOCATION|geo:CANBERRA HOSPITAL]] MEDICAL IMAGING - ADDENDUM
Original report [[DATE|date:12/02/2024]]; addendum [[DATE|date:14/02/2024]]
Pt [[PERSON|name:Tran Van Minh]] (MRN [[ID|mrn:0078812]]) - CT abdomen/pelvis with contrast
ADDENDUM: on review at the HPB MDM a 14 mm arterially enhancing lesion in segment 7 of the liver (series 4, image 88) was not mentioned in the original report. LI-RADS 4. Recommend MRI liver with Primovist.
GP notified: Dr [[PERSON|name:Jennifer Oduya]], [[LOCATION|geo:Belconnen]] - emailed [[EMAIL|email:reception@belconnenfamilydoctors.com.au]] and phoned.""",
    """[[LOCATION|geo:Wellington Regional Hospital]] - Nuclear Medicine
Patient: [[PERSON|name:Sefo Tuimavave]]   NHI: [[ID|health_plan:RTK0633]]   DOB [[DATE|date:8/4/1955]]
Study: whole body bone scan, 800 MBq Tc-99m HDP, [[DATE|date:19 Mar 2024]]
Indication: prostate adenocarcinoma, Gleason 4+5, PSA 24.
Findings: foci of increased uptake T8, L3 and R iliac bone consistent with metastases. No pathological fracture on SPECT/CT.
Copy to the referring urologist.""",
    """[[LOCATION|geo:UHG]] CT WORKLIST   [[DATE|date:Sun 01/12/2024]]   Scanner 2
Time  Acc        Pt                   UR       Exam             Status
0710  [[ID|other:GH4411208]]  [[PERSON|name:O'NEILL, Brendan]]    [[ID|mrn:U204471]]  CT KUB           done
0735  [[ID|other:GH4411230]]  [[PERSON|name:FERNANDO, Nilmini]]   [[ID|mrn:U118290]]  CT AP C+         prelim to ED
Reporting: on-call radiologist (home workstation)""",
]

PATHOLOGY = [
    """NSW HEALTH PATHOLOGY - [[LOCATION|geo:Royal North Shore Hospital]]
Patient: [[PERSON|name:CHEUNG, Wai Man]]   MRN: [[ID|mrn:RNS4408126]]   DOB: [[DATE|date:14/06/1947]]   Sex: M
Lab no: [[ID|other:24-R-228190]]   Collected: [[DATE|date:07/05/2024]] 06:10   Ward 9B
             Result   Units        Ref
Hb           92 L     g/L          130-180
WCC          14.8 H   x10^9/L      4.0-11.0
Plt          421 H    x10^9/L      150-400
Na           129 L    mmol/L       135-145
K            5.6 H    mmol/L       3.5-5.2
Creat        168 H    umol/L       60-110
eGFR         34       mL/min/1.73m2
CRP          187 H    mg/L         <5
Comment: K may be falsely raised - sample haemolysed (HI 120). Suggest repeat.
Phoned to RN [[PERSON|name:Tegan Muir]] 0712.""",
    """BLOOD BANK - [[LOCATION|geo:Monash Medical Centre]]
GROUP & HOLD / CROSSMATCH
Pt: [[PERSON|name:FA'AUI, Tavita]]   UR [[ID|mrn:M0078123]]   DOB [[DATE|date:23.10.1979]]
Sample [[ID|other:BB24-118844]] collected 2215 [[DATE|date:19/10/2024]] by ED RN
Group O NEG. Antibody screen POSITIVE - anti-K identified.
2 units K-negative O neg crossmatched, issued 2340. Allow 60 min for further units.
Scientist: [[PERSON|name:Anjali Menon]], ext 43311""",
    """path qld micro - critical result notification log
[[DATE|date:16/08/2024]] 0347  BC positive, 1 of 2 sets, aerobic bottle, 11.2 h to positivity
pt [[PERSON|name:Taufa, Mele]]  dob [[DATE|date:02/02/2001]]  ur [[ID|mrn:RB0993451]]  loc [[LOCATION|geo:RBWH]] 9AS
lab episode [[ID|other:Q24-5578210]]
gram: gram positive cocci in clusters. MALDI to follow, susceptibilities 24-48 h.
phoned to dr [[PERSON|name:kieran blackwood]] (med reg), read back correct. called by micro scientist""",
    """PATHWEST LABORATORY MEDICINE WA - ANATOMICAL PATHOLOGY
Specimen: [[ID|other:S24-041177]]
Patient: [[PERSON|name:Ramesh Subramaniam]]   MRN [[ID|mrn:SCG0098721]]   DOB [[DATE|date:12/12/1965]]
Clinician: colorectal unit, [[LOCATION|geo:Sir Charles Gairdner Hospital]]
Clinical: sigmoid colectomy for mass at 25 cm.
Macro: segment of colon 210 mm with ulcerated tumour 38 x 30 mm, 40 mm from the distal margin.
Micro: moderately differentiated adenocarcinoma invading subserosa; 2/17 lymph nodes positive. LVI present. MMR: MLH1/PMS2 loss - BRAF V600E testing requested.
Diagnosis: adenocarcinoma, pT3 N1b, R0 (ICD-O 8140/3; ICD-10-AM C18.7).
Authorised [[DATE|date:09 Apr 2024]] by Dr [[PERSON|name:Andrea Kocsis]]""",
    """PID|1||[[ID|mrn:RAH0662104]]^^^CALHN^MR~[[ID|health_plan:3167354165]]^^^AUSHIC^MC||[[PERSON|name:DOUGLAS^Kirra^Anne]]||[[DATE|date:19870304]]|F|||[[ADDRESS|geo:7 Wattle Ave^^Whyalla Norrie^SA^5608]]||[[PHONE|phone:0455 218 903]]
OBR|1||[[ID|other:24-061187]]|VANC^Vancomycin trough|||[[DATE|date:202406110545]]
OBX|1|NM|VANC^Vancomycin||18.4|mg/L|10-20||||F
OBX|2|NM|CREA^Creatinine||74|umol/L|45-90||||F
NTE|1||Dose 1250 mg IV q12h, last dose 2100. Trough acceptable. Pharmacy AUC estimate 520 mg.h/L.""",
    """[[LOCATION|geo:ROYAL HOBART HOSPITAL]] PATHOLOGY - SPECIMEN REJECTION NOTICE
Date [[DATE|date:25/07/2024]]  1120   Specimen: EDTA (group & hold)
On request form: [[PERSON|name:Rebecca Louise WATTS]]   DOB [[DATE|date:13/09/1990]]   URN [[ID|mrn:H0918264]]
On tube:         [[PERSON|name:Rebekah WATTS]]          DOB [[DATE|date:31/09/1990]]   URN not recorded
Reason: name and DOB mismatch - zero tolerance for transfusion samples. Recollect.
Ward 2K. Midwife in charge notified 1125, ext 8421.""",
    """TERRITORY PATHOLOGY - [[LOCATION|geo:ROYAL DARWIN HOSPITAL]] LABORATORY
Requesting clinic: [[LOCATION|geo:Maningrida Health Centre]]
Patient: [[PERSON|name:Jessica Bununggurr]]   HRN [[ID|mrn:0744128]]   DOB [[DATE|date:27/01/2011]]   Medicare [[ID|health_plan:3727 33641 2]]
Collected [[DATE|date:21 Oct 2024]]
ASOT           640 IU/mL (H)   ref < 200 for age
Anti-DNase B   480 U/mL (H)
CRP            42 mg/L
ESR            58 mm/h
Comment: consistent with recent group A strep infection. If acute rheumatic fever is suspected please notify the RHD register.""",
    """ACT PATHOLOGY - POINT OF CARE TESTING EXCEPTION REPORT
Meter: Accu-Chek Inform II, serial [[DEVICE|device:UU12013487]], ward 7B, [[LOCATION|geo:Canberra Hospital]]
[[DATE|date:30/05/2024]] 0214  BGL 1.8 mmol/L (critical low)  operator [[ID|other:CHS77421]]  patient barcode [[ID|mrn:0129944]]
Pt [[PERSON|name:Mohammed Al-Amin]], insulin glargine 30 units nocte + NovoRapid 8 units TDS. Juice 150 mL, recheck 0229 BGL 4.6.
Exception: QC lot 312874 expired [[DATE|date:28/05/2024]]; meter locked out at 0600. Results 0000-0600 under review by POCT.""",
    """[[LOCATION|geo:Christchurch Hospital]] laboratory - cumulative report
Name: [[PERSON|name:WAAKA, Tamati]]   DOB [[DATE|date:07-Nov-1968]]   NHI [[ID|health_plan:AKW3216]]
Requester: [[LOCATION|geo:Rangiora Health Hub]]
                    [[DATE|date:12-Feb-25]]   [[DATE|date:09-Aug-24]]
HbA1c mmol/mol       71          64
Cholesterol mmol/L   5.8         5.2
LDL mmol/L           3.6         3.0
ACR mg/mmol          8.2         4.1
eGFR                 58          66""",
    """From: [[EMAIL|email:k.abdullah@bendigohealth.org.au]]
To: Pathology add-ons
Sent: [[DATE|date:Tuesday, 3 September 2024]] 10:42 AM
Subject: add-on request UR [[ID|mrn:B0448120]]
Hi team, could you please add ferritin, B12 and folate to this morning's sample on [[PERSON|name:Shirley Pedersen]] ([[LOCATION|geo:Kennington Ward]]), lab no [[ID|other:BH24-9920173]]? Hb 84, MCV 71.
Cumulative view: [[URL|url:https://labresults.bendigohealth.org.au/cumulative?ur=B0448120]]
Thanks, [[PERSON|name:Khalid]] (RMO, pager 412)""",
]

ICU = [
    """ICU HANDOVER - [[LOCATION|geo:Westmead]] ICU Pod C - [[DATE|date:Fri 19 Jan 2024]] night -> day
Bed 14: [[PERSON|name:Kieran Doyle]] [[AGE|other:38]]M MRN [[ID|mrn:4471098]] day 3
S: polytrauma, motorbike vs truck near [[LOCATION|geo:Lithgow]], retrieved by CareFlight.
A: Neuro - propofol 150 mg/h + fentanyl 75 mcg/h, RASS -3, pupils 3 mm brisk, ICP 14-18, EVD open at 15 cmH2O (62 mL/24h)
   Resp - SIMV-PC, FiO2 0.35, PEEP 8, P/F 260
   CVS - norad 0.06 mcg/kg/min, MAP > 80, lactate 1.4
   Renal - UO 80-120 mL/h, K 3.8 (20 mmol replaced)
   Haem - Hb 81 after 1 u PRBC, plt 134, fibrinogen 2.1
R: CT brain 1000; wean norad; dad [[PERSON|name:Patrick]] arriving ~1100, wants a family meeting - SW aware.
Police may call re blood alcohol sample.""",
    """[[LOCATION|geo:ALFRED]] ICU FLOWSHEET   [[PERSON|name:VASQUEZ, Camila]]   UR [[ID|mrn:A2210647]]   Bed 7   [[DATE|date:11/06/2024]]
Hr    HR   ABP      MAP  CVP  SpO2  RR  Temp  Norad  Vaso  Prop  UO
0600  112  96/54    66   12   94    22  38.4  0.18   0.03  100   25
0700  108  101/55   69   11   95    20  38.1  0.18   0.03  100   30
0800  104  108/58   74   11   95    20  37.9  0.14   0.03  80    45
0900  98   112/60   77   10   96    18  37.6  0.12   0.03  80    60
ECMO VV: flow 4.8 L/min, sweep 6 L/min, FdO2 1.0, 3400 rpm. Console s/n [[DEVICE|device:90442871]]; oxygenator changed day 3.
ABG 0800: pH 7.31 pCO2 52 pO2 68 HCO3 25 BE -1 lactate 2.2
1:1 nursing. Intensivist Dr [[PERSON|name:Rohan Menzies]].""",
    """[[LOCATION|geo:cairns]] icu ward round [[DATE|date:22/12]] - bed 3 [[PERSON|name:jimmy waia]] [[AGE|other:52]]m (ur [[ID|mrn:C0612209]]), melioidosis + septic shock, from [[LOCATION|geo:yarrabah]]
- mero 2g q8h day 6; blood cx burkholderia pseudomallei; cotrim eradication x3/12 to follow
- ARDS, proned 16h session 2, p/f 140 -> 210. pinsp 28 peep 14 fio2 0.45
- cvvhdf 35 ml/kg/h citrate, filter life 52h
- wife [[PERSON|name:mavis]] and daughters in waiting room; staying with family locally
- indigenous liaison officer Uncle [[PERSON|name:Reg Fourmile]] visited
- d/w ID re duration""",
    """[[LOCATION|geo:ROYAL PERTH HOSPITAL]] ICU - NURSING HANDOVER SHEET
Bed 22 | [[PERSON|name:Natalie Quartermaine]] | [[AGE|other:27]]F | MRN [[ID|mrn:R0033189]] | adm day 4
Dx: DKA + pancreatitis, improving. Insulin infusion 4 units/h per protocol, dextrose 10% 80 mL/h, K 4.1.
Lines: R fem CVC (due out), 2x PIVC, IDC. Waterlow 14, stage 1 PI sacrum.
Family (pt consents to information sharing):
  Mother - [[PERSON|name:Deborah Quartermaine]] - [[PHONE|phone:0418 902 617]]
Pt's own insulin pump (SN [[DEVICE|device:1297748]]) removed, in property bag.
SW: Centrelink CRN [[ID|health_plan:307 481 229K]] for emergency payment; TFN [[ID|ssn:993 926 590]] given by mum for the claim form.""",
    """[[LOCATION|geo:FMC]] ICU - FAMILY MEETING NOTE [[DATE|date:15/08/2024]] 1400
Patient: [[PERSON|name:Stavros Ioannou]] ([[AGE|date:91]]), UR [[ID|mrn:F00447188]]
Present: wife [[PERSON|name:Despina]], son (EPOA); intensivist, SW; Greek interpreter on site.
Summary: day 9 ventilated after aspiration pneumonia; failed SBT x3; clinical frailty scale 7.
Outcome: comfort care; extubation tomorrow once family from [[LOCATION|geo:Port Lincoln]] arrive. NFR. Advance care directive sighted.""",
    """[[LOCATION|geo:RHH]] ICU - Medical Handover - printed [[DATE|date:03/11/2024]] 07:45 by [[ID|other:jtanaka]]
Bed5|Name:[[PERSON|name:HARRIS, Kaylee-Jo]]|URN:[[ID|mrn:R301227]]|Age:[[AGE|other:17]]|Wt:58kg|Adm:[[DATE|date:01/11/2024]]
Dx: paracetamol OD (staggered, ~40 g); 2-bag NAC continuing. ALT 3420, INR 3.1, lactate 3.0, phos 0.6.
Discussed with liver unit at [[LOCATION|geo:Austin Hospital]] - King's College criteria not met, no transfer at present.
MH: CAMHS r/v once medically fit; 1:1 special; mum at bedside.""",
    """[[LOCATION|geo:RDH]] ICU - registrar handover [[DATE|date:09/02/2025]] 2000
1. [[PERSON|name:Marjorie Dhamarrandji]] [[AGE|other:61]]F HRN [[ID|mrn:0820345]] - RHD, severe MR, APO. BiPAP 12/6, frusemide 10 mg/h. For interstate cardiothoracic referral. Yolngu Matha interpreter 0900 (AIS booking [[ID|other:AIS-25-01433]]).
2. [[PERSON|name:Ben Ashworth]] [[AGE|other:34]]M HRN [[ID|mrn:0901187]] - box jellyfish envenomation at the beach; antivenom x1, trop 2850, echo LVEF 35%.
3. bed 8 empty.""",
    """ICU STEP-DOWN HANDOVER - [[LOCATION|geo:Canberra Hospital]]
Pt: [[PERSON|name:Oliver Brandt-Nakamura]]   MRN [[ID|mrn:0055623]]   DOB [[DATE|date:04/04/1999]]
NDIS no. [[ID|health_plan:431 887 260]]; support coordinator email [[EMAIL|email:fatima.z@capitalsupports.com.au]]
Background: C5 ASIA A SCI (2019), autonomic dysreflexia, SPC.
ICU 7 days: urosepsis, noradrenaline 48 h, ceftriaxone -> ciprofloxacin per sensitivities.
Ward 12B: CoughAssist +40/-40 QID, AD protocol at bedside (GTN patch 5 mg PRN SBP > 150), 2/24 pressure care.
Power chair serial [[DEVICE|device:PF5-2019-118342]] in storeroom 4.""",
    """DCCM [[LOCATION|geo:Auckland City Hospital]] - handover [[DATE|date:14.05.2024]]
Bed 4: [[PERSON|name:Ana Lealaiauloto]] [[AGE|other:42]]F NHI [[ID|health_plan:LMT4688]] - PPH, massive transfusion (12 RBC, 6 FFP, 2 cryo), Bakri removed 0600. Baby in NICU.
Husband [[PERSON|name:Iosefa]] [[PHONE|phone:022 318 7740]]. Home [[ADDRESS|geo:12 Kiwi Esplanade, Mangere Bridge, Auckland 2022]].""",
    """[[LOCATION|geo:Ballarat Base Hospital]] ICU - nursing progress note
[[DATE|date:Sat 27/04/2024]] 1900-0730
[[PERSON|name:Ivan Petrovic]] (UR [[ID|mrn:B118804]], [[AGE|other:73]]) day 1 post open AAA repair.
N: GCS 15; PCA fentanyl 20 mcg bolus / 5 min lockout, 340 mcg used overnight. Pain 3/10.
R: HFNP 40 L/min FiO2 0.30, SpO2 95%.
C: MAP 70-85, metaraminol off 0200. Lactate 1.1.
R: UO 40-60 mL/h. Fluid balance +1,240 mL.
GI: NBM, NGT free drainage 180 mL bilious.
Social: wife phoned 2200 from home in [[LOCATION|geo:Wendouree]], updated.""",
]

MET = [
    """[[LOCATION|geo:NEPEAN HOSPITAL]] - MEDICAL EMERGENCY TEAM (MET) CALL RECORD
Date: [[DATE|date:08/07/2024]]   Called: 0342   Arrived: 0345   Location: 4 South bed 18
Patient: [[PERSON|name:Malcolm Fitzgerald]]   MRN [[ID|mrn:N0873312]]   Age [[AGE|other:79]]
Trigger: RR 32, SpO2 85% on 6 L, HR 128 (red zone x2)
A patent. B bibasal creps. C AF 128, BP 102/60. D GCS 14 (E3V5M6), BGL 9.2. E T 38.6.
Rx: NRB 15 L, frusemide 40 mg IV, GTN 400 mcg SL, CXR, ABG (pH 7.29, pCO2 58, lactate 2.8), CPAP 10 cmH2O.
Outcome: to ICU 0440. ICU reg Dr [[PERSON|name:Chiamaka Eze]]; cardiology consultant informed 0415.""",
    """code blue - [[LOCATION|geo:box hill hospital]] ed resus 2 - [[DATE|date:12.10.24]]
pt [[PERSON|name:Anthony Russo]] ([[AGE|other:56]]), ur [[ID|mrn:E1094227]] - identified from wallet, vic driver licence [[ID|license:041 889 276]]
1402 VF arrest witnessed by paramedics, CPR ongoing on arrival, LUCAS on
1403 shock 1 200J
1405 adrenaline 1 mg
1407 shock 2, amiodarone 300 mg
1409 shock 3
1410 ROSC, EtCO2 38, BP 92/60
1412 ECG inferior STEMI
1420 cath lab activated - dr [[PERSON|name:s. ferrante]] (cardiology)
1438 to cath lab with ICU RN
wife arrived 1450, taken to family room""",
    """[[LOCATION|geo:Toowoomba Hospital]] - Children's Ward - Paediatric Rapid Response
[[DATE|date:Sun 2 June 2024]] 2210
Child: [[PERSON|name:Harper Lee-Clifford]] [[AGE|other:4]]y, 16 kg, UR [[ID|mrn:TW0441982]]; mum at bedside
CEWT 9: HR 178, RR 44, CRT 4 s, T 39.8, mottled.
IO L tibia after 2 failed PIVC; NS 20 mL/kg x2 (320 mL each); ceftriaxone 800 mg IV; BGL 3.1 -> 10% dextrose 2 mL/kg.
Retrieval Services Queensland case [[ID|other:RSQ24-118290]]; accepted PICU at [[LOCATION|geo:Queensland Children's Hospital]].""",
    """[[LOCATION|geo:KALGOORLIE HEALTH CAMPUS]] CODE BLUE AUDIT FORM
Pt:[[PERSON|name:JACKAMARRA, Dennis]] MRN:[[ID|mrn:KG0018840]] DOB:[[DATE|date:18/05/1970]] Ward:Medical bed 6
Arrest 1516 [[DATE|date:26/09/2024]] Rhythm: PEA -> asystole
CPR 1516; LMA #4 1518; ETT 1525
Adrenaline 1 mg x6. K 7.9 on VBG -> CaCl 10% 10 mL, insulin 10 units + 50 mL 50% dextrose, NaHCO3 100 mmol.
No ROSC. Life extinct 1604, certified by the ED doctor.
Partner [[PERSON|name:Sharon]] told in person 1640.
Coroner notified - ref [[ID|other:C2024/05811]]""",
    """From: [[PERSON|name:Naomi Kerrigan]] <[[EMAIL|email:naomi.kerrigan@sa.gov.au]]>
Sent: [[DATE|date:Wednesday, 17 April 2024]] 4:05 PM
To: Resuscitation Committee
Subject: MET debrief - 3D bed 9 - URN [[ID|mrn:LM0982217]]
Hi all, debrief held after yesterday's MET for Mr [[PERSON|name:Tran]] ([[AGE|other:66]], day 1 post TURP): clot retention and bleeding -> Hb 62, BP 78/40. MTP activated within 4 min, pack 1 at bedside 1421.
Issues: no 3-way IDC on the ward, only a 22G PIVC, NEWS 8 for 50 min before the call.
Actions: stock 3-way catheters; education session next month. Logged in SLS [[ID|other:SLS 1847392]].
Regards,
CNE Surgical, ext 33872""",
    """[[LOCATION|geo:LGH]] CODE BLUE - EXTERNAL (multi-storey car park, level 3) - [[DATE|date:4 Feb 2024]] 1122
Collapsed visitor [[PERSON|name:Graham Pettit]], [[AGE|other:70]], not an inpatient (old UR [[ID|mrn:L0672218]] found in iPM).
Found by security; bystander CPR; public AED serial [[DEVICE|device:B19K-04471]], 1 shock; ROSC after 2 cycles. To ED resus then cath lab.
His car (rego [[VEHICLE|vehicle:H47KP]]) left running - keys with security.
Wife contacted on [[PHONE|phone:0408 551 207]]; they live at [[ADDRESS|geo:18 Tamar St, George Town TAS 7253]].""",
    """[[DATE|date:21/11/2024]] 0230 MET CALL - medical ward, [[LOCATION|geo:ASH]]
Reviewed [[PERSON|name:Clarence Tjapaltjarri]] ([[AGE|other:48]]M, HRN [[ID|mrn:A0119873]]), haemodialysis pt from [[LOCATION|geo:Papunya]], missed 2 sessions.
K 8.1, broad complex bradycardia 38/min.
Rx: calcium gluconate 10% 30 mL, Actrapid 10 units + 50 mL 50% glucose, salbutamol 10 mg neb, resonium 30 g.
Urgent HD - renal reg aware. Wife [[PERSON|name:Noreen Nampitjinpa]] present; Luritja interpreter not available overnight, ALO helped by phone.
0330 HR 72, K 6.3. HD started 0400.
MET reg, pager 290""",
    """[[LOCATION|geo:Calvary Public Hospital Bruce]] - MET summary (EMR auto-text)
Patient Name: [[PERSON|name:O'Connor, Siobhan M]]
MRN: [[ID|mrn:CPB0988120]] | DOB: [[DATE|date:12/01/1985]] | Location: 4N-B12
MET Date/Time: [[DATE|date:2024-07-30]] 17:22
Reason: seizure > 5 min; known epilepsy (levetiracetam 1 g BD, doses missed while NBM).
Rx: midazolam 10 mg IM, then levetiracetam 60 mg/kg IV (max 4.5 g) = 4,500 mg over 10 min. Terminated 17:31.
Post-ictal GCS 10 -> 14 by 18:00. BGL 6.1. Remains on ward, neuro obs 1/24, neurology r/v.
EMR user: [[ID|other:calv\\kmorrison]]""",
    """[[LOCATION|geo:Waikato Hospital]] - Rapid Response Team record - [[DATE|date:7 Aug 2024]]
Patient [[PERSON|name:Wiremu Tautahi]], [[AGE|other:68]], NHI [[ID|health_plan:BXC7360]], ward M14
EWS 10: SpO2 82%, RR 34, new confusion.
Impression: COVID-19 pneumonia with likely bacterial superinfection.
Plan: HFNO 50 L/min FiO2 0.6, dexamethasone 6 mg, ICU review.
Whanau: daughter [[PERSON|name:Kahurangi]] (NOK) [[PHONE|phone:+64 27 554 0182]]; kaumatua coming later today.""",
    """[[LOCATION|geo:MILDURA BASE PUBLIC HOSPITAL]] - EMERGENCY CALL LOG
Date   Time  Call        Location    Patient             UR        Reason / outcome
[[DATE|date:16/01]]  2340  CODE BLUE   Med bed 11  [[PERSON|name:BRIGGS, Norman]]     [[ID|mrn:MB087731]]  VT arrest, ROSC 4 min - ICU, ARV to [[LOCATION|geo:St Vincent's Hospital Melbourne]]
[[DATE|date:20/01]]  0611  MET         Rehab 7     [[PERSON|name:SUTHERLAND, Ivy]]    [[ID|mrn:MB004518]]  BGL 1.9, aged [[AGE|date:94]] - stayed
Calls this week: 2. Log kept by Resus CNC.""",
]

INCIDENT = [
    """ims+ INCIDENT NOTIFICATION   ID: [[ID|other:INC24-0391827]]
Facility: [[LOCATION|geo:Wollongong Hospital]]   Location: Ward 4C, bed 11   Date of incident: [[DATE|date:11/03/2024]]   Time: 0210
Type: Fall - unwitnessed   Harm score: HS3
Person affected: [[PERSON|name:Beryl Hutchins]]   MRN: [[ID|mrn:W0662190]]   Age: [[AGE|date:92]]
Description: Pt found on floor beside bed at 0210 on 2-hourly rounding. Bed alarm not activated. Pt states she was going to the toilet. L leg shortened and externally rotated; XR: displaced #NOF. Fascia iliaca block by ED.
Daughter informed 0330 on [[PHONE|phone:02 4271 8830]].
Reported by night RN. Open disclosure commenced same day.""",
    """RiskMan Incident [[ID|other:RM 2024/11872]] - [[LOCATION|geo:Frankston Hospital]]
Category: Medication - wrong patient
Occurred: [[DATE|date:28 May 2024]] 21:40   Reported: 23:05
Summary: enoxaparin 80 mg SC given to [[PERSON|name:Leonard Osei]] (UR [[ID|mrn:P3319072]], bed 14) instead of [[PERSON|name:Leonie Oswald]] (UR [[ID|mrn:P3319027]], bed 15). Labels for both patients printed together; two-identifier check (name + DOB) not done.
Outcome: pt already on apixaban 5 mg BD; FBC and obs 1/24 x4. No harm identified at 0800.
Reporter: graduate RN, employee no [[ID|other:E0048812]]. SAC 3.""",
    """RISKMAN - CLINICAL INCIDENT (Occupational violence)
Incident No. [[ID|other:QH-RM-883104]]   Facility: [[LOCATION|geo:Logan Hospital]] ED   Date: [[DATE|date:Sat 05/10/2024]] 0115
Patient: [[PERSON|name:Bradley Kennedy]] ([[AGE|other:31]]), UR [[ID|mrn:LG0877261]], under an Emergency Examination Authority
Staff injured: RN (punched L cheek)
Pt became agitated when told he could not leave; struck RN. Code Grey 0117. Droperidol 10 mg IM + midazolam 5 mg IM at 0125.
QPS attended. Pt's white Hilux [[VEHICLE|vehicle:517 KXP]] towed from ambulance bay.""",
    """Datix CIMS - Incident [[ID|other:W-24-118822]]
Site: [[LOCATION|geo:Rockingham General Hospital]], ward B2
Patient: [[PERSON|name:Ngaio Matthews]]   MRN [[ID|mrn:RK0229171]]   DOB [[DATE|date:16/03/1944]]
Event: stage 3 hospital-acquired pressure injury R heel.
Contributing: no heel offloading boot after hip surgery; Braden 12 on admission; air mattress (hire, serial [[DEVICE|device:NIM-88431-A]]) found deflated - pump fault logged. Wound photo [[ID|photo:RK0229171_R_heel_01.jpg]] in the EMR media tab.
Son [[PERSON|name:Brett Matthews]] raised concern via patient liaison ([[EMAIL|email:brett.matthews77@iinet.net.au]]).
SAC 2 review due in 60 days.""",
    """SLS [[ID|other:SLS 1902217]] - Privacy breach - [[LOCATION|geo:Modbury Hospital]]
Identified: [[DATE|date:2 December 2024]]
Discharge summary for [[PERSON|name:Francesca Lombardi]] (URN [[ID|mrn:MH0311820]], Medicare [[ID|health_plan:5273 66719 4]]) was faxed to [[PHONE|fax:08 8264 1197]] (digits transposed) instead of her GP's fax [[PHONE|fax:08 8264 1179]].
The recipient, a veterinary clinic, confirmed the fax was shredded.
The patient was told by phone next day and asked for a written apology.
Reported by ward clerk 4D.""",
    """SRLS #[[ID|other:TAS-SRLS-24-7761]]  [[LOCATION|geo:Mersey Community Hospital]]
Type: patient property lost   Date: [[DATE|date:14/08/2024]]
Patient [[PERSON|name:Keith Dawkins]] (UR [[ID|mrn:MC0091448]])
Items: upper denture (named) and L hearing aid (serial [[DEVICE|device:2244A0XZ9]]), last seen on meal tray at 1230.
Kitchen bins searched, not found. Reimbursement form posted to his daughter, [[ADDRESS|geo:7/22 Stony Rise Rd, Devonport 7310]].""",
    """RiskMan [[ID|other:NT-RM-2024-03318]] - [[LOCATION|geo:Tennant Creek Hospital]]
Involuntary patient absconded [[DATE|date:29 Mar 2024]] about 1930
Patient: [[PERSON|name:Shane Jakamarra]]   HRN [[ID|mrn:TC0055192]]   [[AGE|other:23]]M
Left ward via fire exit, last seen walking toward the main street. Police notified 1945, job [[ID|other:P24091873]].
Found at family camp ([[LOCATION|geo:Mulga Camp]]) 2230 by ALO and returned voluntarily; nil injuries.
Reporter: DMO on call""",
    """ACT Health RiskMan - Incident ID: [[ID|other:1194487]]
Location: [[LOCATION|geo:Canberra Hospital]], ward 14A (oncology)   Occurred: [[DATE|date:Thursday 21 March 2024]] 15:50
Equipment: volumetric infusion pump S/N [[DEVICE|device:800412187]], asset tag [[DEVICE|device:TCH-BIO-33107]]
Carboplatin (AUC 5 = 610 mg in 250 mL glucose 5%) ran 180 mL in 12 min instead of 60 min - cassette not seated, free flow.
Patient [[PERSON|name:Joanna Wisniewska]] (MRN [[ID|mrn:0233719]]) - obs stable, reviewed by oncology reg, no harm expected.
Pump quarantined; Biomed job [[ID|other:BME-24-04412]]; TGA report submitted by the CNC.""",
    """Safety1st event [[ID|other:S1-2024-CHC-08713]] - [[LOCATION|geo:Christchurch Hospital]], theatre 12
Event date [[DATE|date:18 July 2024]] - near miss, wrong side block
Patient [[PERSON|name:Raewyn Tipene]], NHI [[ID|health_plan:GNP9939]], [[AGE|other:59]] - L ankle ORIF, consented and marked L.
R popliteal block was being prepared after repositioning; anaesthetic technician [[PERSON|name:Josh Kaipara]] called stop.
Learning: repeat stop-before-you-block after any position change.""",
    """CONSUMER FEEDBACK - [[LOCATION|geo:Hervey Bay Hospital]]
Ref [[ID|other:CF-24-0552]]   Received by email
Complainant: Mr [[PERSON|name:Ross Pennington]], husband of [[PERSON|name:Gail Pennington]] (UR [[ID|mrn:HB0417280]])
Contact: [[EMAIL|email:rosspenno@bigpond.com]] / [[PHONE|phone:(07) 4124 6678]] / [[ADDRESS|geo:PO Box 381, Urangan QLD 4655]]
Concern: his wife waited 7 h in ED on [[DATE|date:New Year's Day]] with chest pain; later NSTEMI (troponin 1,240 ng/L), transferred for angiography.
Acknowledged within 5 business days by the patient liaison officer.""",
]

TRANSPORT = [
    """ROYAL FLYING DOCTOR SERVICE - CENTRAL OPERATIONS - AEROMEDICAL RETRIEVAL RECORD
Mission [[ID|other:CO-24-118274]]   Date [[DATE|date:16 May 2024]]   Aircraft PC-12 [[VEHICLE|vehicle:VH-FVQ]]   Base: central
Pick-up: [[LOCATION|geo:Coober Pedy]] airstrip   Destination: [[LOCATION|geo:Royal Adelaide Hospital]]
Patient: [[PERSON|name:Ricky Coulthard]]   DOB [[DATE|date:23/07/1988]]   Medicare [[ID|health_plan:4951 17089 5]]
Dx: open tib/fib fracture, crush injury at a mine site.
In flight: cabin altitude 8000 ft; ketamine 20 mg IV x2, fentanyl 50 mcg x3, cefazolin 2 g, ADT. SpO2 97% on 2 L NP.
Crew: MO + flight nurse.
Handed over to SAAS road crew at the airport.""",
    """NSW AMBULANCE - ePCR SUMMARY
Case No: [[ID|other:NA2408310442]]   CAD: [[ID|other:24-3344128]]   Date: [[DATE|date:31/08/2024]]
Dispatch 1907 (P1)   At scene 1919   At hospital 2004
Scene: [[ADDRESS|geo:4 Boronia Pl, Orange NSW 2800]]
Patient: [[PERSON|name:Leanne Cooper]]   Age [[AGE|other:45]]
C/C: anaphylaxis - peanut, known allergy. Own EpiPen 300 mcg given by partner 1905.
Obs 1920: BP 70/40, HR 130, RR 28 with wheeze, SpO2 88%, GCS 15.
Tx: adrenaline 500 mcg IM x2 (1921, 1926), NS 1000 mL, salbutamol 5 mg neb, O2 via NRB.
Transported to [[LOCATION|geo:Orange Health Service]] ED. Crew: 2 x paramedic.""",
    """RETRIEVAL SERVICES QUEENSLAND - REFERRAL LOG
RSQ no. [[ID|other:RSQ-24-077361]]   Call [[DATE|date:12/04/2024]] 0612
Referring: SMO, [[LOCATION|geo:Longreach Hospital]]
Patient: [[PERSON|name:June Hammond]], [[AGE|other:77]]F, UR [[ID|mrn:LR008812]], Medicare [[ID|health_plan:41042358151]]
Dx: acute limb ischaemia L leg since 0200. Heparin 5000 units bolus then 1000 units/h.
Accepted by vascular at [[LOCATION|geo:RBWH]].
Platform: RFDS fixed wing, ETA 0930. Husband to drive down (1,180 km).""",
    """WA COUNTRY HEALTH SERVICE - PATIENT ASSISTED TRAVEL SCHEME (PATS) APPLICATION
Applicant: [[PERSON|name:Kevin Djiagween]]   DOB [[DATE|date:04/12/1966]]
Address: [[ADDRESS|geo:Lot 12 Kennedy Hill, Broome WA 6725]]
Medicare: [[ID|health_plan:2988 70527 4]]   IRN 1   Pensioner Concession Card: [[ID|health_plan:208 412 775V]]
Appointment: cardiothoracic clinic, [[LOCATION|geo:Fiona Stanley Hospital]]
Escort: wife - medically required: yes (letter from treating GP attached)
Travel: return flights, airline booking ref [[ID|other:XK7PLQ]]. Accommodation: PATS-approved hostel.
Reimbursement: BSB 016-455   Acc [[ID|account:4412 88031]]""",
    """AMBULANCE VICTORIA - HEMS - PATIENT CARE RECORD
Event [[ID|other:AV-240619-0871]]   [[DATE|date:19/06/2024]]
Location: paddock behind [[ADDRESS|geo:1420 Calder Alternative Hwy, Lockwood South VIC 3551]]
Patient: [[PERSON|name:Hamish Gillies]], [[AGE|other:61]]M - quad bike rollover, pinned ~40 min
GCS 13 (E3V4M6), flail R chest, SpO2 86%; bilateral finger thoracostomies; TXA 1 g; ketamine 50 mg; 2 units O neg prehospital.
To [[LOCATION|geo:The Royal Melbourne Hospital]] helipad, ETA 1612.
NOK son informed by police. WorkSafe notified; quad VIN [[VEHICLE|vehicle:JY4AM03YXKC508213]].""",
    """AMBULANCE TASMANIA - NON-EMERGENCY PATIENT TRANSPORT BOOKING
Booking no: [[ID|other:NEPT-T-2408-5527]]   Requested by ward clerk, 3B, ext 7780
Date: [[DATE|date:Tues 13 Aug 2024]]   Ready 1000
Patient: [[PERSON|name:MUNRO, Alistair]]   UR [[ID|mrn:H0271844]]   DOB [[DATE|date:29.02.1952]]   Wt 112 kg (bariatric stretcher)
To: RACF, [[ADDRESS|geo:29 Sale St, Huonville TAS 7109]]
Mobility: NWB, hoist. O2 2 L/min (concentrator at destination). MRSA - contact precautions.
Funding: DVA White Card [[ID|health_plan:TX091443]]
RACF to be phoned 30 min before arrival.""",
    """CareFlight - NT Medical Retrieval - tasking sheet
Case [[ID|other:NTMRS-24-3381]]   [[DATE|date:Sunday 17 November 2024]]
Requesting: [[LOCATION|geo:Wadeye Health Centre]], RAN on sat phone [[PHONE|phone:+870 773 211 548]]
Patient: [[PERSON|name:Carmel Dumoo]], [[AGE|other:16]]F, HRN [[ID|mrn:0934417]], G1P0 32/40, threatened preterm labour, cervix 4 cm
Tx: nifedipine 20 mg PO, betamethasone 11.4 mg IM #1 0940, MgSO4 4 g over 20 min.
Aircraft [[VEHICLE|vehicle:VH-NTK]] wheels up 1030, ETA 1115. Destination birth suite, tertiary centre.
Escort: aunty; Murrinh-Patha interpreter by phone.""",
    """NETS NSW - transfer [[ID|other:NETS-24-11093]]   [[DATE|date:23/03/2024]]
Infant: Baby of [[PERSON|name:Sarah WHITFIELD]], male, born 0418 today at [[LOCATION|geo:Goulburn Base Hospital]], 34+1/40, 2210 g
MRN (sending site) [[ID|mrn:GB00913277]]; receiving MRN to be created
RDS on CPAP 7, FiO2 0.4; Curosurf 200 mg/kg = 440 mg via LISA 0640.
Receiving: NICU, [[LOCATION|geo:Centenary Hospital for Women and Children]].
Team: NETS consultant + RN; road ambulance dep 0710, arr 0825.
Father following by car, [[PHONE|phone:0432 908 774]].""",
    """St John - Patient Report Form
Incident [[ID|other:STJ-P24-0583311]]   [[DATE|date:2 Jan 2025]]
Location: [[LOCATION|geo:Piha]] beach
Patient: [[PERSON|name:Lachlan Reid]] (Australian visitor), M
Home: [[ADDRESS|geo:5 Coogee Bay Rd, Randwick NSW 2031]]; Medicare [[ID|health_plan:2111 57238 2]]
Submersion ~3 min, pulled out by surf lifeguards. GCS 9, SpO2 80%, coarse creps.
Rescue helicopter to the city hospital.
Travel insurance policy [[ID|health_plan:CMP-77180443]].""",
    """NSW PATIENT TRANSPORT SERVICE - RUN SHEET - [[DATE|date:Mon 25/11/2024]]
Crew: 2 x PTO
Job         Pick-up                              Patient       Destination
[[ID|other:PTS-771204]]  [[LOCATION|geo:Maitland Hospital]] ward B2            [[PERSON|name:E. Lawler]]     radiation oncology - return 1500
[[ID|other:PTS-771219]]  [[ADDRESS|geo:12 Vine St, Cessnock NSW 2325]]      [[PERSON|name:G. Pham]]       [[LOCATION|geo:John Hunter Hospital]] renal - wheelchair, dialysis 0900
Vehicle check done 0640. Fuel card returned.""",
]

BEDS = [
    """[[LOCATION|geo:RPA]] BED MEETING - [[DATE|date:Monday 4 March 2024]] 0830
ED: 41 pts, 14 admitted awaiting beds; longest wait 19 h ([[PERSON|name:QUINLAN, Patrick]], resp, bay 22).
Expected discharges before 1000:
  10E bed 12  [[PERSON|name:L. Kemp]] - PTS booked ([[ID|other:PTS-810046]])
Outliers: 6 medical pts on surgical wards. Escalation level 3.""",
    """[[LOCATION|geo:NORTHERN HOSPITAL EPPING]] - WARD 14 JOURNEY BOARD (export 14:05)
Bed | Patient          | UR       | EDD    | Barriers                                | Cons
1   | [[PERSON|name:ALI, Yusuf]]       | [[ID|mrn:N8812047]] | TBC    | awaiting echo                           | Dr [[PERSON|name:Wong]]
2   | empty - awaiting clean
3   | [[PERSON|name:CARUANA, Joseph]]  | [[ID|mrn:N0047782]] | TBC    | NDIS SIL funding, NDIS no [[ID|health_plan:430 291 876]] | Dr [[PERSON|name:Wong]]
4   | empty - cleaned, ready 13:50
5   | d/c'd to discharge lounge 13:30""",
    """[[LOCATION|geo:GCUH]] ED - AMBULANCE OFFLOAD BOARD - [[DATE|date:31/07/2024]] 1900
QAS case        | Pt                      | Arr  | Offload | Delay
[[ID|other:QAS-24-2284117]]  | [[PERSON|name:HENARE, Tama]] ([[AGE|other:44]])     | 1712 | 1808    | 56 min
[[ID|other:QAS-24-2284160]]  | [[PERSON|name:POPOVIC, Mira]] ([[AGE|date:90]])    | 1730 | -       | 90+ min, ramped bay R3
Escalated to patient flow manager 1845.""",
    """WACHS / STATE PATIENT FLOW - INTER-HOSPITAL TRANSFER QUEUE - [[DATE|date:Fri 15 Nov 2024]] 1600
Pri | Sending site         | Patient / MRN                          | Receiving                 | Status
1   | [[LOCATION|geo:Geraldton Hospital]]  | [[PERSON|name:COX, Lionel]] [[ID|mrn:GE0044812]]             | [[LOCATION|geo:Fiona Stanley Hospital]] CCU | bed 0800 tomorrow
2   | [[LOCATION|geo:Esperance Hospital]]  | [[PERSON|name:NGUYEN, Bao]] [[ID|mrn:ES0019931]]             | [[LOCATION|geo:RPH]] burns                | accepted, RFDS tasked
Flow coordinator on call.""",
    """[[LOCATION|geo:RAH]] CAPACITY SITREP 1400 - [[DATE|date:Thu 6 June 2024]]
Occupancy 104%. ED 62 (21 admitted). Ramping: 11 SAAS crews, longest 3 h 40 min.
Long-stay (> 21 days) review:
- [[PERSON|name:Gwen Bairstow]] ([[AGE|other:83]]), 7E - awaiting ACAT; Centrelink pension card [[ID|health_plan:402 118 773C]] needed for the RACF application.
- Mr [[PERSON|name:Yarran]] ([[AGE|other:52]]), 6G - bariatric bed on hire; discharge home to [[LOCATION|geo:Murray Bridge]] after home modifications.""",
    """[[LOCATION|geo:LGH]] WEBPAS BED STATE 06:00 [[DATE|date:09/09/2024]]
W4K|B01|[[ID|mrn:L0411827]]|[[PERSON|name:SHAW,BEVAN]]|M|[[AGE|other:67]]|ADM [[DATE|date:05/09/2024]]|EDD TBA|GMU
W4K|B02|VACANT|CLEAN
W4K|B03|[[ID|mrn:L0099215]]|[[PERSON|name:WELLS,DOROTHY]]|F|[[AGE|date:96]]|ADM LONG STAY|EDD TBA|GMU|NOTE: NFR, FAMILY VISITING
W4K|B04|CLOSED|INFECTION (NOROVIRUS) - CLEAN 1400""",
    """[[LOCATION|geo:RDH]] DISCHARGE PLANNING BOARD - 4B - [[DATE|date:Tue 14 May 2024]]
[[PERSON|name:Lorna Marika]] - home to [[LOCATION|geo:Yirrkala]] on the [[DATE|date:Thu 16/5]] flight; PATS booked, escort confirmed.
[[PERSON|name:Peter Kantilla]] - waiting for a dialysis chair at [[LOCATION|geo:Palmerston]]; hostel meanwhile.
[[PERSON|name:Ha Thi Mai]] - Vietnamese interpreter needed for warfarin teaching; INR Friday at her GP.
Bed 12 - d/c lounge 1000.""",
    """[[LOCATION|geo:TCH]] ED FLOW - screen dump [[DATE|date:03-JAN-2025]] 22:17
Loc  Pt                        Age  Tri  LOS   Dx              Team    Note
R1   [[PERSON|name:MOORE, Dylan]]              [[AGE|other:24]]   1    0:42  MBA             Trauma  -> theatre
A12  [[PERSON|name:ABUBAKAR, Zainab]]          [[AGE|other:33]]   3    3:10  hyperemesis     O&G     bed 5B requested
Bed requests 9 | access block > 8 h: 5 | ambulance on ramp: 2""",
    """[[LOCATION|geo:Dunedin Hospital]] - Operations Centre - bed status [[DATE|date:Wed 10 Jul 2024]] 07:30
Ward 5B: 2 beds. Ward 8A: full, 1 expected d/c ([[PERSON|name:Hemi Ruru]], NHI [[ID|health_plan:KRV5639]], home by whanau car).
Transfer in from rural hospital: [[PERSON|name:Joan McIntyre]], [[AGE|date:93]], NHI [[ID|health_plan:TWA2727]] - #NOF, accepted ortho, ETA 1100 by road.""",
    """[[DATE|date:24/10/2024]] 7:58 AM [[PERSON|name:Kerri-Anne Hodge]]: morning all - [[LOCATION|geo:tamworth]] has 3 ICU beds, 0 HDU. ED holding 2 for transfer out.
8:02 AM [[PERSON|name:Ravi Iyer]]: [[LOCATION|geo:armidale]] needs a CCU bed for [[PERSON|name:lawrence]] ([[ID|mrn:AR0099182]]), NSTEMI on heparin infusion
8:05 AM [[PERSON|name:Kerri-Anne Hodge]]: yes bed 4 CCU from 1000, pls book via PTS""",
]

MEDS = [
    """NATIONAL INPATIENT MEDICATION CHART - ACUTE
Facility: [[LOCATION|geo:Westmead Hospital]]   Ward C3B
UR [[ID|mrn:4490127]]   Family name [[PERSON|name:LEAUPEPE]]   Given names [[PERSON|name:Faith Aliitasi]]   DOB [[DATE|date:05/06/1964]]   F
Weight 104 kg   Height 165 cm   Chart 1 of 2
ADR: sulfonamides - SJS (2009)
REGULAR MEDICINES
Date    Medicine                      Route  Dose       Freq    Indication
[[DATE|date:18/02]]   insulin glargine             SC     36 units   nocte   T2DM
"         enoxaparin                   SC     100 mg     daily   VTE prophylaxis (BMI 38)
[[DATE|date:19/02]]   flucloxacillin               IV     2 g        q6h     cellulitis L leg
Prescriber no. [[ID|license:2183021]]
Pharmacist review: enoxaparin dose OK for weight; anti-Xa on day 3.""",
    """MEDICATION MANAGEMENT PLAN - [[LOCATION|geo:St Vincent's Hospital Melbourne]]
Patient: [[PERSON|name:Dimitrios Katsaros]]   UR [[ID|mrn:SV0882146]]
Sources: pt, wife, Webster pack from [[LOCATION|geo:Northcote Plaza Pharmacy]], My Health Record (IHI [[ID|health_plan:8003 6053 5170 6755]]), GP letter
Pre-admission medicines:
 atorvastatin 40 mg nocte - continue
 ramipril 5 mg mane - WITHHELD (AKI, creat 187)
 dapagliflozin 10 mg mane - WITHHELD (sick day rules)
 apixaban 5 mg BD - REDUCE to 2.5 mg BD (age [[AGE|other:82]] and creat > 133)
 tiotropium 18 mcg inhaled daily - continue, own device
Discrepancy: metoprolol omitted from chart - prescriber notified.
Pharmacist AHPRA [[ID|license:PHA0001983417]]""",
    """QUEENSLAND HEALTH - PBS HOSPITAL DISCHARGE PRESCRIPTION
Hospital: [[LOCATION|geo:Ipswich Hospital]]
Prescriber: Dr [[PERSON|name:Grace Obi]]   Prescriber No. [[ID|license:2936205]]
Patient: [[PERSON|name:Bruce Lockyer]]   [[ADDRESS|geo:88 Brisbane Rd, Booval QLD 4304]]
Medicare No [[ID|health_plan:55743861341]]   Entitlement No [[ID|health_plan:309741118A]]
PBS [x]  RPBS [ ]   Date [[DATE|date:17/10/2024]]
ticagrelor 90 mg tablet, 1 BD, qty 56, 5 repeats
aspirin 100 mg EC, 1 daily, qty 112
metoprolol succinate 47.5 mg, 1 daily, qty 30
rosuvastatin 40 mg, 1 nocte, qty 30, 5 repeats""",
    """[[LOCATION|geo:SCGH]] - WARFARIN CHART   Pt: [[PERSON|name:ELLIOTT, Margaret Rose]]   MRN [[ID|mrn:S0117755]]   Age [[AGE|other:89]]
Indication: AF   Target INR 2-3   Prescriber Dr [[PERSON|name:Lachlan Boyd-Ito]]
Date    INR   Dose (mg)   Time   Given
[[DATE|date:14/10]]   1.6   5           1600   RN
[[DATE|date:17/10]]   3.6   withheld    -      MO aware, no bleeding
Interacting drug: amiodarone started this admission.
Discharge: dosing plan to her GP in [[LOCATION|geo:Joondalup]]; next INR Monday.""",
    """S8 DRUG REGISTER - ward 5C, [[LOCATION|geo:Flinders Medical Centre]]
Drug: OXYCODONE 5 mg IR capsules   Page 47
Date       Time   Patient / URN                    In   Out  Bal   Given by / witness
[[DATE|date:12/03/24]]   0810   [[PERSON|name:Pham, Quang]] / [[ID|mrn:F00198226]]       -    1    41    RN [[PERSON|name:A. Kellett]] / RN [[PERSON|name:S. Moodley]]
[[DATE|date:12/03/24]]   1430   pharmacy top-up                 20   -    61    pharmacist / RN
Balance check 2230: 61 correct. Safe opened by fingerprint, template [[ID|biometric:OMN-FP-004417]].""",
    """FAX - [[LOCATION|geo:Royal Hobart Hospital]] Pharmacy Department   Fax [[PHONE|fax:(03) 6166 8790]]
To: [[LOCATION|geo:Kingston Amcal Pharmacy]]   Fax [[PHONE|fax:(03) 6229 4011]]   Attn: dispensary
Re: [[PERSON|name:Neville Triffitt]]   DOB [[DATE|date:01/11/1940]]   URN [[ID|mrn:H0331902]]   DVA [[ID|health_plan:TX 18127]]
Discharged today. Please change the dose administration aid from tomorrow:
 NEW: furosemide 40 mg mane (was 20 mg); spironolactone 25 mg mane
 CEASED: diltiazem CD 180 mg; ibuprofen
 CHANGED: sotalol 80 mg BD -> 40 mg BD""",
    """MEDICATION RECONCILIATION - [[LOCATION|geo:Alice Springs Hospital]] Pharmacy
Pt: [[PERSON|name:Raymond Japanangka]]   HRN [[ID|mrn:A0298714]]   DOB [[DATE|date:01/07/1971]]   From [[LOCATION|geo:Ti Tree]]
Sources: clinic print-out faxed by RAN; patient via Anmatyerr interpreter.
- benzathine benzylpenicillin 1,200,000 units IM every 28 days (RHD prophylaxis) - last given 4 weeks ago
- empagliflozin/linagliptin 25/5 mg daily
- perindopril 10 mg daily
- frusemide 40 mg BD
- insulin degludec 44 units daily (pt unsure, per clinic record)
Adherence poor - moves between home and a town camp.
Next bicillin due [[DATE|date:30/10/2024]]; fax to clinic [[PHONE|fax:(08) 8956 9744]].""",
    """DHR eMAR AUDIT EXTRACT  site=[[LOCATION|geo:Canberra Hospital]]  ward=6A
timestamp,user,ws_ip,mrn,patient,medication,dose,action,scan
[[DATE|date:2024-05-14]] 08:02,[[ID|other:rtakahashi]],[[IP|ip:10.112.40.23]],[[ID|mrn:0198472]],[[PERSON|name:Duc Anh Pham]],vancomycin IV,1.25 g,ADMINISTERED,wristband OK
[[DATE|date:2024-05-14]] 08:11,[[ID|other:lmcintosh]],[[IP|ip:10.112.40.31]],[[ID|mrn:0207719]],[[PERSON|name:Beatrice Nkemelu]],hydromorphone PO,2 mg,ADMINISTERED,OVERRIDE barcode unreadable""",
    """Medicines reconciliation - [[LOCATION|geo:Hawke's Bay Hospital]], [[LOCATION|geo:Hastings]]
Patient: [[PERSON|name:Mereana Tahuri-Paul]]   NHI [[ID|health_plan:UYE9513]]   DOB [[DATE|date:30/01/1958]]
Sources: patient; dispensing history ([[LOCATION|geo:Unichem Havelock North]]); GP letter
 cilazapril 2.5 mg daily - continue
 allopurinol 300 mg daily - reduce to 100 mg (eGFR 28)
 colchicine 0.5 mg BD PRN - CEASE (eGFR < 30)
 metoprolol CR 47.5 mg daily - continue
 salbutamol 100 mcg inhaler 2 puffs PRN
Reconciled by [[PERSON|name:Anahera Whaanga]], clinical pharmacist
Prescription sent electronically, ID [[ID|other:37XK-9921-HBFS-0044]]""",
    """CLOZAPINE DISPENSING CHECKLIST - [[LOCATION|geo:Sunshine Hospital]] Pharmacy
Patient: [[PERSON|name:Jordan Mifsud]]   UR [[ID|mrn:WH4418832]]   DOB [[DATE|date:19/07/1993]]
Monitoring system patient ID [[ID|other:CC-VIC-081244]]   Psychiatrist Dr [[PERSON|name:Ilse Brandt]] (prescriber no [[ID|license:4419823]])
Week 14: WCC 6.8, ANC 4.1 (green)
Dose 200 mg mane + 300 mg nocte. Level 0.52 mg/L, norclozapine 0.31 mg/L.
Bowels: Movicol 1 sachet BD, docusate/senna 2 nocte.
Case manager mob [[PHONE|phone:0491 572 549]]""",
]


def main() -> None:
    styles = [
        ("theatre-lists-and-operation-notes", THEATRE),
        ("anaesthetic-records", ANAESTHETIC),
        ("radiology-reports", RADIOLOGY),
        ("pathology-results", PATHOLOGY),
        ("icu-flowsheet-and-handover", ICU),
        ("met-and-code-blue-calls", MET),
        ("incident-reports", INCIDENT),
        ("patient-transport-and-retrieval", TRANSPORT),
        ("bed-management-and-patient-flow-boards", BEDS),
        ("medication-charts-and-pharmacy-reconciliation", MEDS),
    ]
    print(f"probe51: {write_styled(OUT, styles)} docs")


if __name__ == "__main__":
    main()
