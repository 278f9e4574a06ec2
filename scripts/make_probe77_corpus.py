"""Write the 77th hand-annotated redaction probe, 100 notes of an Australian and New Zealand privacy-office audit sample.

Why: an audit sample pulls records from every corner of a health system at once, so one file
mixes ward prose, pharmacy labels, claim rows, device exports and complaint letters. The
identifiers are trans-Tasman and look alike: an NHI beside a lot number, a Medicare number with
its IRN, a DVA file number beside a ward code, ACC claim numbers beside ACC form names, te reo
Maori and Aboriginal place names that read like words, and names written in lowercase shorthand
or glued to their cue. Dense clinical numbers (doses, scores, item numbers, PBS codes, times,
beds) surround them and must stay.

What: ten styles of ten notes. progress-notes (ward, ICU, ED, mental health, rehab, midwifery);
discharge-summaries (letters and short ED sheets, a CDA/HL7-ish upload); gp-referral-letters
(AU and NZ letterheads, e-referral forms); nursing-handover (ISBAR, shorthand, shift lines);
pharmacy (scripts, dispensing labels, PBS and PHARMAC claim rows, controlled-drug register);
telehealth (video consult notes, portal and SMS chat transcripts, session logs); billing-claims
(Medicare/DVA bulk-bill rows, ACC invoices, private fund claims, refund requests);
device-telemetry (CGM, pacemaker/ICD remote, home haemodialysis, CPAP downloads, JSON/CSV);
research-screening (enrolment and screening logs, consent records, biobank rows);
incident-complaints (riskman-style incidents, HDC/HCCC complaints, privacy breaches).
Locales: every Australian state and territory (capitals, suburbs, regional towns, remote
communities such as Yuendumu, Angurugu, Warburton, Badu Island and Bidyadanga, and the Pilbara)
and both New Zealand islands (Kaitaia, Whangarei, Otahuhu, Opotiki, Wainuiomata on the North
Island; Nelson, Christchurch, Hokitika, Dunedin, Riverton on the South Island).

Conventions: every person named is PERSON|name (patients, whanau, staff, callers), titles and
roles outside the span, staff initials alone unmarked. Named hospitals, clinics, practices,
towns, suburbs, communities and regions are LOCATION|geo; numbered street addresses are one
ADDRESS|geo through the postcode; states, countries, nationwide agencies (ACC, PHARMAC,
Services Australia, DVA, Te Whatu Ora) and health funds are unmarked. Any date finer than a
year is DATE|date (numeric AU/NZ forms, words, ISO timestamps whole); times alone unmarked. The
patient's age under 90 is AGE|other with its unit or sex letter ("64yo", "42F"); any age of 90+
is AGE|date. NHI and URN/UR/UMRN/MRN are ID|mrn; Medicare (IRN digit left outside), IHI, DVA,
NDIS, fund member and CSC numbers are ID|health_plan; TFN, IRD and CRN (concession and
entitlement card numbers) are ID|ssn; AHPRA,
prescriber, Medicare provider, MCNZ/NZNC/HPI-CPN and licence numbers are ID|license; bank, BSB,
billing accounts and card last-4 are ID|account; ACC claim, specimen, booking, referral, study,
incident, authority and script numbers are ID|other. Plates and VINs are VEHICLE, serials are
DEVICE, image files with a name or ID in them are ID|photo, fingerprint/voice/face template ids
are ID|biometric. Public lines (000, 111, 1737, 13 11 14, healthdirect, Healthline) are not
marked; practice and personal phones and faxes are. Month-only and weekday-only references were
avoided so every date is unambiguous; dosing weekdays (mon/wed/fri) stay as look-alikes.

How: cd /work/main && .venv/bin/python scripts/make_probe77_corpus.py (writes corpus/redaction/probe77.jsonl).
"""

from pathlib import Path

from make_safe_harbor_suite import write_styled

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "corpus" / "redaction" / "probe77.jsonl"

PROGRESS_NOTES = [
    """PROGRESS NOTE - Ward 7B, [[LOCATION|geo:Royal Darwin Hospital]]
[[DATE|date:14/03/2024]] 0815 Med Reg round
Pt: [[PERSON|name:Nakita Wurramarrba]] [[AGE|other:42F]] URN [[ID|mrn:RDH0458213]], from [[LOCATION|geo:Angurugu]]
S: feels "bit better", slept ok.
O: T 37.9, HR 96, BP 118/72, SpO2 97% RA. WCC 14.2 (from 18.9). CRP 88. Cr 102.
Wound swab grew S. pyogenes, sens to pen.
A: cellulitis L leg, improving. Known RHD - bicillin 1.2MU q28 days, next dose due [[DATE|date:21 March]].
P: cont IV fluclox 2g q6h, step down to PO when afebrile 24h. AHW to liaise re return flight. Anindilyakwa interpreter booked 1400.
TO (Med Reg) pager 4471""",
    """[[DATE|date:3/4]] ID r/v - [[PERSON|name:sione fifita]] ([[AGE|other:19]]), nhi [[ID|mrn:hyp6661]], bed 12. afebrile 48h. vanc trough 14.1 -> cease. osteo L tibia, MRI [[DATE|date:2/4]] no collection. plan PO cefalexin 1g qid x 6/52, fu ID clinic [[LOCATION|geo:Middlemore]]. d/w ID consultant.""",
    """[[DATE|date:9/7/24]] MH r/v (acute unit) - [[PERSON|name:Rāwiri TAUTAHI]] settled, good rapport, denies AH. HoNOS 14 (22 on adm), PHQ-9 11. s30 MH(CAT)A continues. Clozapine 200 mg nocte, level 412 ng/mL. Weekend leave w whānau from [[LOCATION|geo:Wainuiomata]]; given 1737 + 111. Review after leave. - psych reg""",
    """[[DATE|date:22.11.23]] 2130 RMO r/v post fall, Wd 4 [[LOCATION|geo:Bendigo Health]]. [[PERSON|name:GIUSEPPE RINALDI]] [[AGE|date:91yo]] URN[[ID|mrn:1187342]]. unwitnessed, nil head strike per pt, on apixaban 2.5 bd so CT brain -> NAD. Falls risk high (Morse 75). Daughter [[PERSON|name:Franca]] informed on [[PHONE|phone:0412 559 031]].""",
    """PALLIATIVE CARE CONSULT - [[LOCATION|geo:Launceston General Hospital]]
Date: [[DATE|date:Fri 2nd Feb 2024]]
Patient: [[PERSON|name:Elspeth McAllister]], [[AGE|other:88]], DVA Gold [[ID|health_plan:TX045211]]
Lives at home with husband [[PERSON|name:Ian]] ([[AGE|date:92]]), who is her carer.
Dx metastatic NSCLC, PD-L1 <1%, declined further chemo.
Pain 3/10 on oxycodone SR 10 mg bd + 2.5 mg prn (x3/day). AKPS 40. RUG-ADL 14. Phase: deteriorating.
GOC discussed with daughter (EPOA) by phone: not for CPR/MET, comfort focus.
Plan: transfer to hospice when bed available; syringe driver charted but not started.
GP updated by fax [[PHONE|fax:(03) 6382 1990]].
CNC Palliative Care""",
    """[[LOCATION|geo:Alice Springs Hospital]] ED
[[DATE|date:17/8]] 0340 ed prog note. [[PERSON|name:lena nampijinpa]] [[AGE|other:34f]] from [[LOCATION|geo:yuendumu]], RFDS retrieval. rhd, mech MVR on warfarin, inr 5.8 today, hb 92, no active bleed. vit k 1mg iv given. husband [[PERSON|name:cedric jakamarra]] thinks she took 2 tabs instead of 1 since clinic visit. warlpiri interpreter requested. plan admit GMU, hold warfarin, inr mane. urn [[ID|mrn:ASH-884120]]. dr [[PERSON|name:m.sultani]]""",
    """[[DATE|date:05-JAN-2024]] SURG REG WARD ROUND [[LOCATION|geo:DUNEDIN HOSPITAL]] WD 5A
[[PERSON|name:HENDRIK VAN DER MERWE]] [[AGE|other:67M]] NHI [[ID|mrn:SUM9893]] D3 POST LAP R HEMICOLECTOMY (CA CAECUM, T3N0)
EATING, FLATUS +, BO X1. DRAIN 30ML SEROUS -> REMOVE. HB 108, K 3.4 -> REPLACE. CEA PENDING.
LIVES [[LOCATION|geo:MOSGIEL]], WIFE WILL DRIVE. D/C [[DATE|date:07/01/2024]] IF STABLE. F/U OPC 6/52.
SURG REG PR""",
    """Midwifery progress note - [[LOCATION|geo:Thursday Island Hospital]]
[[DATE|date:27 September 2023]], 1100
Woman: [[PERSON|name:Ruby Tapim]], G3P2, [[AGE|other:24]], 34+2/40 by early USS. Usual residence [[LOCATION|geo:Badu Island]].
Medicare [[ID|health_plan:3386 25513 2]] / 3.
BP 142/94, urine PCR 42 mg/mmol. PET bloods sent. CTG reactive, FM+.
Plan: d/w O&G reg at [[LOCATION|geo:Cairns Hospital]] - for RFDS transfer if PET bloods abnormal. GDM diet-controlled, BSLs 4.8-6.9.
RM on duty""",
    """[[DATE|date:12/06/2024]] Physio - [[PERSON|name:Mohammed Al-Hassan]] [[AGE|other:58yo]], post L MCA infarct. FIM motor 52. Amb 20m 4WW + assist x1, 10MWT 0.4 m/s, Berg 31/56. Son [[PERSON|name:Khaled]] at session, keen to take him home. Car transfer practised in son's RAV4 (rego [[VEHICLE|vehicle:S947BXK]]) in carpark - mod assist. Home visit booked for next week. Arabic interpreter via TIS. - KN, PT""",
    """ICU PROGRESS - [[LOCATION|geo:Westmead]] ICU bed 14
[[DATE|date:2024-02-11]] 07:00
[[PERSON|name:PAPADAKIS, Dimitrios]] [[AGE|other:71M]] MRN [[ID|mrn:W7734120]]
Day 4 urosepsis / septic shock. NA 0.08 mcg/kg/min, weaning. Lactate 1.9. P/F 260 on FiO2 0.4, PEEP 8. UO 0.6 mL/kg/h. APACHE II 24, SOFA 9.
Micro: E. coli ESBL -> meropenem 1 g q8h. PICC site clean.
Skin: stage 2 PI sacrum, photo uploaded as [[ID|photo:W7734120_sacrum_20240211.jpg]].
Family: son is NOK. Greek-speaking; family meeting tomorrow 1500.
[[PERSON|name:Anjali Mehta]], ICU Fellow""",
]

DISCHARGE_SUMMARIES = [
    """DISCHARGE SUMMARY
[[LOCATION|geo:Waikato Hospital]] - General Medicine
Patient: [[PERSON|name:Aroha Te Whare]]    NHI: [[ID|mrn:AGG0934]]    DOB: [[DATE|date:04/10/1961]]
Admitted: [[DATE|date:02/05/2024]]    Discharged: [[DATE|date:09/05/2024]]

Principal diagnosis: community-acquired pneumonia (J18.9), CURB-65 2
Comorbidities: T2DM (HbA1c 71 mmol/mol), CKD 3a (eGFR 52), COPD GOLD 2

Progress: IV amoxicillin-clavulanate 1.2 g q8h, switched to oral day 3. CXR day 5 improving. Blood cultures no growth at 5 days. Seen by Māori health service and dietitian.

Discharge medications: amoxicillin-clavulanate 875/125 mg bd for 3 more days; metformin 1 g bd; empagliflozin 10 mg mane; tiotropium 2.5 mcg 2 puffs daily.
Changes: gliclazide STOPPED (two hypos, BGL 2.9).

Follow-up: GP 1 week (renal function, BGLs). Repeat CXR 6 weeks. Respiratory OPC letter to follow.
Next of kin: daughter (details in PMS)
Signed: [[PERSON|name:Sarah Kim]], House Officer""",
    """ED DISCHARGE [[LOCATION|geo:Mildura Base Public Hospital]] [[DATE|date:01/01/2024]] 0210 - [[PERSON|name:Kyle Brennan]] [[AGE|other:23M]], Medicare [[ID|health_plan:2197 18149 8]] 1. #R 5th metacarpal neck, closed, 20 deg angulation, no rotation. Ulnar gutter POP. Fracture clinic [[DATE|date:8/1]] 0900. Paracetamol 1 g qid, ibuprofen 400 mg tds 3 days. Return if numbness/colour change.""",
    """DISCHARGE SUMMARY - Cardiology
[[LOCATION|geo:The Royal Melbourne Hospital]]
Name: [[PERSON|name:NGUYEN Thi Lan]]    UR: [[ID|mrn:4120983]]    DOB: [[DATE|date:12 Aug 1949]] ([[AGE|other:74]])
Discharge [[DATE|date:22/01/24]] (LOS 4 days)
Diagnosis: complete heart block with syncope (I44.2)
Procedure day 2: dual-chamber PPM.
  Generator Medtronic Azure XT DR MRI W1DR01, SN [[DEVICE|device:RNB618734S]]
  RA lead 5076-52 cm, RV lead 5076-58 cm SN [[DEVICE|device:PJN4409035]]
  Mode DDDR 60-130. RV threshold 0.5 V @ 0.4 ms, R wave 12 mV, impedance 540 ohm.
Wound: Tegaderm, GP check in 7 days. No lifting L arm above shoulder for 4 weeks.
Remote monitoring: MyCareLink paired.
Driving: no private driving 2 weeks (Austroads).
Vietnamese interpreter used; son present for teaching.
Signed: [[PERSON|name:L. Petrov]], Cardiology AT""",
    """[[LOCATION|geo:Broome Hospital]] mat d/c [[DATE|date:5/6]]: [[PERSON|name:Kirra Wanganeen]] ([[AGE|other:19]]) + baby boy, SVD 3140 g, Apgars 8/9, hep B + vit K given, NBST done, BF well (wt loss 6%). Home to [[LOCATION|geo:Bidyadanga]] with her mum. CHN notified.""",
    """DISCHARGE SUMMARY - Haematology
[[LOCATION|geo:Canberra Hospital]]
Patient: [[PERSON|name:Leila Karimi]]   MRN [[ID|mrn:CH00871266]]   DOB [[DATE|date:23/02/1985]]
IHI [[ID|health_plan:8003601831621649]]
Discharged [[DATE|date:20 March 2024]] (LOS 16 days)

Diagnosis: classical Hodgkin lymphoma, stage IIB, nodular sclerosis (C81.1). Admitted for cycle 1 escalated BEACOPP with febrile neutropenia on day 9.
Febrile neutropenia: ANC 0.1, T 38.9; pip-taz 4.5 g q6h x 5 days, cultures negative.
Discharge bloods: Hb 96, WCC 3.4, plt 142, neutrophils 1.9. LDH 280.
Fertility: oocyte cryopreservation completed before start.

Follow-up: Haematology day unit [[DATE|date:25/03/2024]] for cycle 2.
PET after cycle 2.
Husband [[PERSON|name:Farhad Sultani]].
Interpreter: not required (Farsi/English).
Copy to GP via secure messaging and uploaded to My Health Record.
Haematology Registrar""",
    """Discharge summary (abbrev.) - [[LOCATION|geo:Hillmorton Hospital]], [[LOCATION|geo:Christchurch]]
[[PERSON|name:Jacob Whitiora]] NHI [[ID|mrn:DKK1761]] [[AGE|other:31]]. Admitted [[DATE|date:14 Nov 2023]] (s11 CAT), discharged [[DATE|date:6 Dec 2023]] to supported accommodation. Dx: schizoaffective disorder, relapse in setting of methamphetamine use. Paliperidone palmitate 150 mg IM monthly, next due in 4 weeks. Key worker [[PERSON|name:Mele Fonua]] (CMHT). Crisis: 0800 920 092 (PES).""",
    """[[LOCATION|geo:Whangārei Hospital]] ORTHOPAEDIC DISCHARGE
Name [[PERSON|name:Tevita Havili]] / NHI [[ID|mrn:LJH9029]] / DOB [[DATE|date:30.07.1994]]
ACC claim no. [[ID|other:10024719386]] (ACC45 lodged in ED, read code S4B..)
Injury: fell from scaffolding at work, [[DATE|date:11/04/2024]]. Closed # L calcaneus (Sanders II) + L wrist distal radius #.
Ops day 4: ORIF calcaneus, sinus tarsi approach; ORIF DR volar plate.
Discharge: NWB L 6/52 with crutches + moonboot, wrist splint. Enoxaparin 40 mg daily 4 wks.
Wound photos for OPC: [[ID|photo:LJH9029_Lheel_wound_190424.jpg]].
F/U fracture clinic 2 weeks.
GP fax [[PHONE|fax:09 437 7781]].""",
    """DISCHARGE SUMMARY - Paediatrics, [[LOCATION|geo:Townsville University Hospital]]
Child: [[PERSON|name:Malakai Taufa]], [[AGE|other:6 yrs]], URN [[ID|mrn:T0912284]]
Parent/guardian: [[PERSON|name:Losana Vaipulu]] (mum)
Medicare [[ID|health_plan:4690072001]] IRN 3
Admitted [[DATE|date:Sun 28 Jan]] with acute asthma (PRAM 9), salbutamol burst + IV MgSO4 50 mg/kg, dexamethasone 0.6 mg/kg x 2 doses.
Weaned to 3-hourly by day 3, discharged [[DATE|date:31/1/24]].
Written asthma action plan given. Spacer technique checked. Fluticasone 50 mcg 2 puffs bd commenced.
Copy of action plan given to mum for school nurse. GP to review in 1 week.""",
    """TRANSFER/DISCHARGE TO RACF
From: [[LOCATION|geo:Ballarat Base Hospital]]   To: residential aged care (high care)
Resident: Mrs [[PERSON|name:Margaret Doolan]] - prefers "[[PERSON|name:Peg]]"
UR [[ID|mrn:B-556019]], age [[AGE|date:96]], DVA [[ID|health_plan:VX209771]] (war widow, Gold)
Date of transfer: [[DATE|date:the 3rd of April 2024]]
Reason: # NOF R, hemiarthroplasty; WBAT, 2 assist + 4WW. Delirium resolved.
Cognition: MMSE 21/30. Hearing aids x2, dentures upper.
Medications: paracetamol 1 g qid, oxycodone 2.5 mg prn, denosumab 60 mg 6-monthly, cholecalciferol 1000 IU.
ACP: NFR, ARP completed with son [[PERSON|name:Bernard Doolan]] (MPOA).
Nurse-to-nurse handover given at 1420.""",
    """MSH|^~\\&|CERNER|FSH|MHR|NEHTA|[[DATE|date:20240517094512]]||MDM^T02|DS88120|P|2.4
PID|1||[[ID|mrn:FS1190345]]^^^FSH^MR~[[ID|health_plan:8003608553457862]]^^^AUSHIC^NI||[[PERSON|name:HARRIS^Jade^Marie]]||[[DATE|date:19900411]]|F|||[[ADDRESS|geo:55 Rockingham Rd^^Hamilton Hill^WA^6163]]||[[PHONE|phone:0893352218]]
PV1|1|I|6C^612^1||||||||GSU
TXA|1|DS|TX||||||||||Discharge Summary, [[LOCATION|geo:Fiona Stanley Hospital]] - laparoscopic cholecystectomy [[DATE|date:15/05/2024]], uncomplicated. Discharged day 2. FU GSU clinic 6/52.""",
]

GP_REFERRALS = [
    """[[LOCATION|geo:Orana Family Practice]]
[[ADDRESS|geo:118 Macquarie St, Dubbo NSW 2830]]
Ph [[PHONE|phone:(02) 6882 4410]]  Fax [[PHONE|fax:(02) 6882 4499]]

[[DATE|date:16 January 2024]]

Endocrinology Outpatients
[[LOCATION|geo:Dubbo Base Hospital]]

Dear Doctor,

Re: [[PERSON|name:Shanice Bonson]]
Medicare [[ID|health_plan:3879 81132 6]] ref 2

Thank you for seeing [[PERSON|name:Shanice]], a [[AGE|other:27 year old]] Wiradjuri woman with type 1 diabetes since age 11, poorly controlled (HbA1c 10.4% last month, 9.8% three months before). She has had two DKA admissions this year. She is keen to start a pump and CGM and is eligible for the NDSS CGM subsidy.
Current: insulin glargine 28 u nocte, aspart 6-10 u with meals, ICR approx 1:10. ACR 4.2 mg/mmol. Retinal screen normal.
She works rotating shifts at an abattoir and finds MDI hard. The AMS transport service can bring her to appointments.

Kind regards,
Dr [[PERSON|name:Hannah Goldberg]]
MBBS FRACGP""",
    """eREFERRAL - General Surgery, [[LOCATION|geo:Kaitaia Hospital]]
Referrer: Dr [[PERSON|name:Wiremu Ngata]]   HPI-CPN [[ID|license:29KTQD]]
Patient: [[PERSON|name:Hēmi Rāwiri]]   NHI [[ID|mrn:DMN7382]]   DOB [[DATE|date:17-03-1958]]   Ethnicity: NZ Māori (Ngāti Kahu)
Contact: [[PHONE|phone:022 671 0938]]
Priority: urgent (FCT pathway)
Reason: PR bleeding 6 wks, IDA (Hb 98, ferritin 6), wt loss 5 kg. FIT positive last month. Nil FHx.
PMH: T2DM on metformin 1 g bd, HTN, ex-smoker 30 pack-yr. eGFR 61. BMI 31.
Can't drive at night - whānau will bring him.
Attachments: bloods, FIT result, [[ID|photo:DMN7382_rawiri_perianal.jpg]] (consented).""",
    """Dear Dr [[PERSON|name:Sato]],
Pls see [[PERSON|name:Yuki Tanaka]] ([[AGE|other:36F]]) re ? melanoma L calf, changing over 3/12, dermoscopy atypical network + regression. Image attached ([[ID|photo:tanaka_y_Lcalf_20240612_01.jpg]]). Fair skin, >100 naevi, father had melanoma. Medicare [[ID|health_plan:5878882607]]/1, mob [[PHONE|phone:0455 012 387]].
Thanks, [[PERSON|name:Ali Rahimi]] (GP) Prov [[ID|license:6659410X]]""",
    """REFERRAL - Hepatology, [[LOCATION|geo:Princess Alexandra Hospital]]
Date: [[DATE|date:7/11/2023]]
From: Dr [[PERSON|name:Zainab Al-Saadi]], [[LOCATION|geo:Logan Central Medical Centre]]
AHPRA [[ID|license:MED0001873245]]   Prescriber no. [[ID|license:2417389]]
Patient: [[PERSON|name:Minh Quang Pham]]   [[AGE|other:52y]]   Medicare [[ID|health_plan:6158 06998 9]] - 1
Hx chronic hep B (HBeAg neg), HBV DNA 24,000 IU/mL, ALT 88, plt 118. Fibroscan 11.2 kPa. AFP 4. US liver: coarse echotexture, no focal lesion.
Mother died of HCC age 60. Requests s100 tenofovir prescriber review.
Vietnamese speaking; daughter interprets, [[PHONE|phone:0416 255 781]].""",
    """[[DATE|date:28 August 2024]]

To: Orthopaedics, [[LOCATION|geo:Nelson Hospital]]
From: [[LOCATION|geo:Motueka Family Health]]. Fax [[PHONE|fax:03 528 0145]]

Re: [[PERSON|name:Lars ERIKSSON]], NHI [[ID|mrn:PYE8497]], [[AGE|other:62yo]], orchardist
ACC claim [[ID|other:CBJ4410723]]

[[PERSON|name:Lars]] injured his R shoulder falling from a picking ladder about eight weeks ago. MRI: full-thickness supraspinatus tear 2.5 cm with retraction, infraspinatus partial thickness. Night pain, cannot lift above shoulder; Oxford shoulder score 21/48. Two subacromial injections (triamcinolone 40 mg) with little benefit.
Please assess for repair. ACC has been notified.
Ngā mihi,
Dr [[PERSON|name:Siobhán Carey]]""",
    """geriatrician referral - [[LOCATION|geo:Kalgoorlie Health Campus]]
re mrs [[PERSON|name:agnes o'connell]] [[AGE|date:93]]yo, urn [[ID|mrn:K339012]], lives alone [[LOCATION|geo:boulder]]. progressive memory decline 12/12, MoCA 16/30, getting lost driving, car keys held by son ([[PHONE|phone:0408 991 276]]). her hatch (wa rego [[VEHICLE|vehicle:1EXH 556]]) - licence review needed. b12 / tsh normal, ct brain generalised atrophy. pls assess for dementia dx + ACAT. thx dr [[PERSON|name:n. mbeki]]""",
    """[[LOCATION|geo:Ōtāhuhu Health Centre]]
[[DATE|date:Monday 4 March 2024]]

Dear Paediatric Team, [[LOCATION|geo:Starship Children's Hospital]],
Re [[PERSON|name:Seini Taufa]] (DOB [[DATE|date:04/04/2019]], NHI [[ID|mrn:XKB0295]])
Parents: [[PERSON|name:'Ofa Taufa]] (Tongan preferred)

[[PERSON|name:Seini]] has had 4 episodes of sore throat this winter and a new pansystolic murmur, grade 3/6, at the apex. Echo unavailable locally. ASOT 800 IU/mL, CRP 24, ESR 48. Concern for ARF / RHD; Jones criteria not yet met.
Family live in a crowded home (9 people, 3 bedrooms).
Thank you,
Dr [[PERSON|name:Faleolo Mau]]""",
    """SPECIALIST REFERRAL
Date [[DATE|date:2023-10-30]]
To: Gastroenterology, [[LOCATION|geo:Flinders Medical Centre]]
From: Dr [[PERSON|name:Georgina Pappas]], [[LOCATION|geo:Mount Barker Medical Clinic]]
Provider [[ID|license:365785BH]]

Patient: [[PERSON|name:WARRIOR, Elizabeth]]   DOB [[DATE|date:14.06.1966]]
Medicare [[ID|health_plan:6429 75342 8]] 4    Health fund: Bupa (extras only)

Reason: iron deficiency anaemia (Hb 104, ferritin 9) and intermittent dysphagia to solids. Coeliac serology negative (tTG-IgA 2). PPI trial partial response.
Previous colonoscopy 2019: 2 tubular adenomas.
Meds: pantoprazole 40 mg daily, ferrous sulfate 325 mg alt days, rosuvastatin 10 mg.
Please arrange gastroscopy +/- colonoscopy.
Regards, GP""",
    """FAX  to [[PHONE|fax:(07) 4433 1188]]  pages 2
Sexual Health - please see today/tomorrow:
[[PERSON|name:DELA PAZ, Maricel]] [[AGE|other:29F]] mob [[PHONE|phone:0499 201 774]]. Partner syphilis dx this wk, she is asymptomatic, RPR/TPPA taken [[DATE|date:12.3.24]], pregnant 14/40 by LMP. Given benzathine pen 2.4 MU stat (lot 7H2210). Pls f/u result + contact tracing. - Dr [[PERSON|name:B. Okafor]], [[LOCATION|geo:Edmonton Medical Practice]]""",
    """Mental Health Treatment Plan - referral for focussed psychological strategies
To: Clinical Psychologist (patient's choice), [[LOCATION|geo:Hobart]]
Date: [[DATE|date:Wed 19 June 2024]]

Patient: [[PERSON|name:Callum Reid]]   Mob [[PHONE|phone:0468 330 915]]
Medicare [[ID|health_plan:3798 59010 5]] IRN 1     NDIS participant [[ID|health_plan:430 918 227]]

GP MHTP item 2715 completed today. K10 34, PHQ-9 19, GAD-7 15. No current SI; safety plan done; Lifeline 13 11 14 and 000 given.
Autism (level 1) diagnosed in 2019; university student. Sertraline 50 mg mane.
Requesting 6 sessions (items 80010). Review after session 6.

Dr [[PERSON|name:Tom Brereton]]  Provider [[ID|license:6890696Y]]""",
]

NURSING_HANDOVER = [
    """ISBAR handover 1900 - Wd 3 [[LOCATION|geo:Wagga Wagga Base Hospital]]
I: [[PERSON|name:Gurpreet Singh]] [[AGE|other:64M]] bed 8, URN [[ID|mrn:WW2209183]]
S: D1 post TKR L. PCA fentanyl (pump SN [[DEVICE|device:CAD7741029]]) - 6 demands/hr, pain 6/10.
B: T2DM, OSA on CPAP (own machine from home). Wife visiting, Punjabi.
A: obs stable, BGL 12.1, drain 80 mL. Calf soft. Sats 93% on 2L.
R: r/v pain w/ APS; CPAP overnight; BGLs 2/24. Pls mobilise w physio am.
from KL to JN""",
    """bed 4 - mrs [[PERSON|name:khoury]] [[AGE|other:78]] # NOF d2, confused overnight (CAM +), pulled IDC. daughter [[PERSON|name:rania]] staying overnight, ok'd by NUM. BO nil 3/7 -> coloxyl. PIs: heels intact, sacrum red blanching, photo [[ID|photo:URN0093321_sacrum_2303.jpg]] uploaded.""",
    """NIGHT HANDOVER [[DATE|date:24/12/2023]] - [[LOCATION|geo:PALMERSTON NORTH HOSPITAL]] WARD 22
BED 1 [[PERSON|name:WHAITIRI, MANU]] NHI[[ID|mrn:WDE2960]] [[AGE|other:45]] - ETOH W/D, CIWA 12 -> DIAZEPAM 10MG GIVEN 0200. SEIZURE PRECAUTIONS.
BED 2 [[PERSON|name:O'BRIEN, SINEAD]] NHI[[ID|mrn:QGH2127]] - D1 LAP APPY, NBM TILL 0600.
BED 3 [[PERSON|name:FA'ASAVALU, TEUILA]] NHI[[ID|mrn:CWA4563]] - CELLULITIS R FOOT, IV CEFAZOLIN 2G Q8H, ELEVATE. HUSBAND STAYING.
BED 4 EMPTY - ADMISSION FROM ED (HYPOGLYCAEMIA, RURAL TRANSFER).
RN CH""",
    """pt [[PERSON|name:zhang wei]] [[AGE|other:55m]] rm 17, ur[[ID|mrn:700481]] - insulin pump (Medtronic 780G, sn [[DEVICE|device:NG2215873H]]) on auto mode, site changed 1400, CGM sensor exp tomorrow. own supplies. pt self-manages, pls dont suspend pump w/o endo ok. endo reg dr [[PERSON|name:ho]] ext 5521.""",
    """SHIFT REPORT  [[LOCATION|geo:Ngaanyatjarra Health Service]] clinic, [[LOCATION|geo:Warburton]]
[[DATE|date:Thurs 11/7]] - RAN BK -> RAN JA
- [[PERSON|name:Benny Porter]] (elder, [[AGE|other:81]], HMR [[ID|mrn:WAR0077]]) - chest pain resolved, ECG unchanged, trop 8. RFDS declined. Recheck trop 0600.
- [[PERSON|name:Lorraine Nelson]] [[AGE|other:38]] - dialysis pt missed 2 sessions in town, K 6.1 on iSTAT, pending RFDS slot, Resonium 30 g given. Family vehicle (Hilux, WA [[VEHICLE|vehicle:1GNK 202]]) broke down on the road.
- dog bite kid (see chart), dressing done.
Satphone in office if power out again.""",
    """ED handover 0730, [[LOCATION|geo:Royal Hobart Hospital]]: cubicle 6 - [[PERSON|name:Aidan Fitzgerald]] [[AGE|other:19M]], BIBA from the city at 0200, ETOH + ?spiked drink, GCS now 15, police (Tas Pol incident [[ID|other:T24-0311882]]) want statement when sober. Mum [[PERSON|name:Orla]] on the way.""",
    """[[DATE|date:02/02/24]] ward 5 hand over (written) -
* [[PERSON|name:Siti Rahmawati]] ([[AGE|other:33]]) HDU bed 2, PPH 1.8L post LSCS, Hb 74 -> 2 units PRBC (unit nos on chart), fundus firm. Baby in SCN, breastmilk expressing.
* [[PERSON|name:Amira Jaber]] ([[AGE|other:28]]) - pre-eclampsia, MgSO4 1 g/hr, reflexes ++, UO 40 mL/hr. BP 150/100 -> labetalol 200 mg.
* NUM on call overnight (via switch).
[[LOCATION|geo:Campbelltown Hospital]] maternity""",
    """HITH handover - visit list [[DATE|date:Sat 9 Mar]]
1. [[PERSON|name:Frank Caruso]] [[AGE|other:82]] - [[LOCATION|geo:Mordialloc]] - IV ceftriaxone 2 g 0800, PICC dressing due. Dog at gate. Key safe code on HITH system only.
2. [[PERSON|name:Ayesha Mahmood]] [[AGE|other:47]] - [[ADDRESS|geo:Unit 12, 190 Lonsdale St, Dandenong VIC 3175]] - elastomeric pump ertapenem, swap 1100. Check pump alarm log.
3. [[PERSON|name:Doug Cartwright]] [[AGE|other:70]] - caravan park site 41 - wound VAC (KCI SN [[DEVICE|device:VFCK44129]]), canister change. Photos: [[ID|photo:cartwright_doug_VAC_0903.jpg]]
Car: fleet Corolla [[VEHICLE|vehicle:1XR 4SD]] (VIC), fuel card in glovebox.""",
    """1530 - [[PERSON|name:ngaire pomare]] rm 4 [[LOCATION|geo:gisborne hosp]] - ckd5 on HD, fistula L arm (no bp/cannulas). k 5.4. moko [[PERSON|name:kahu]] brought kai, ok. nhi [[ID|mrn:fhe8040]]. dialysis tomorrow 0700.""",
    """Aged care RN handover - [[LOCATION|geo:St Vincent's Care Services Mitchelton]]
Wing B
Rm 2 [[PERSON|name:Dorothy Evans]] ([[AGE|date:101]]) - end of life, mouth care 2/24, syringe driver midaz/morph (SN [[DEVICE|device:T34-106654]]). Niece staying.
Rm 5 [[PERSON|name:Stan Kowalski]] - fall 0300, no injury, hip protectors on. Son notified.
Rm 9 [[PERSON|name:Tomasa Reyes]] - new admission from [[LOCATION|geo:The Prince Charles Hospital]], DVA [[ID|health_plan:QSS20814]], Tagalog speaker. Wound L shin skin tear, photo [[ID|photo:Reyes_T_shin_DSC04418.JPG]].
Signing off RN JB""",
]

PHARMACY = [
    """PBS PRESCRIPTION (electronic token)
Prescriber: Dr [[PERSON|name:Olusegun Adeyemi]]   Prescriber No. [[ID|license:2173650]]
[[LOCATION|geo:Thuringowa Medical Centre]]
Patient: [[PERSON|name:Losana Vaipulu]]   [[ADDRESS|geo:18 Tamarind Cres, Kirwan QLD 4817]]
Medicare [[ID|health_plan:4690 07200 1]] 2   Concession [[ID|ssn:207681371T]]
Date: [[DATE|date:31/01/2024]]
Rx: Salbutamol 100 mcg/dose inhaler, 200 doses. 2 puffs prn. Qty 2. Rpts 5. PBS item 8354Q.
eRx token [[URL|url:https://erx.com.au/token/7TQ4-K2MR-9JXP]]""",
    """[[PERSON|name:HAVILI, TEVITA]]
Take ONE tablet TWICE a day with food for pain. May cause drowsiness. Do not drive.
TRAMADOL 50MG CAPSULE   Qty 20
Dr [[PERSON|name:I. LEIATAUA]]   [[DATE|date:17/04/24]]   Rx [[ID|other:0418832]]
[[LOCATION|geo:Kamo Village Pharmacy]] [[PHONE|phone:09 435 0921]]""",
    """PHARMAC / HealthPAC claim line (batch [[DATE|date:2024-05-10]])
NHI,PRESCRIBER_NZMC,PHARMACODE,QTY,DAYS,SA_NO,DISPENSE_DATE,PHARMACY
[[ID|mrn:KYW4516]],[[ID|license:30981]],2384531,90,90,[[ID|other:SA2316675]],[[DATE|date:10/05/2024]],[[LOCATION|geo:Unichem Cuba Mall]]
[[ID|mrn:GWA7877]],[[ID|license:45120]],2443112,28,28,,[[DATE|date:10/05/2024]],[[LOCATION|geo:Unichem Cuba Mall]]""",
    """S8 DRUG REGISTER - [[LOCATION|geo:Chemist Warehouse Broadway]]
[[DATE|date:14-Feb-2024]] 16:42  OXYCODONE 10mg CR tab (Oxycontin)  OUT 28  BAL 112
Patient: [[PERSON|name:Dimitri Kostas]]
Prescriber: Dr [[PERSON|name:Roya Tehrani]] AHPRA [[ID|license:MED0002214639]]   Authority [[ID|other:AQ4T8M2]]
Pharmacist: [[PERSON|name:Wen Li]] - fingerprint verified, template [[ID|biometric:FP-WL-00733]]
Witness: intern HN   ID sighted: NSW DL [[ID|license:14873320]]
SafeScript NSW alert: none""",
    """dispensing note [[DATE|date:2 Sep]]: mrs [[PERSON|name:tuimavave]] called re her husband's warfarin - [[PERSON|name:ioane]] now on 4 mg mon/wed/fri, 3 mg other days per [[LOCATION|geo:porirua union and community health]] INR 3.4. webster pack redone. charged to acct [[ID|account:TUI-00419]]. ph [[PHONE|phone:04 237 7715]].""",
    """PBS CLAIM TRANSMISSION - [[LOCATION|geo:Blackwood Amcal Pharmacy]]
TXN  [[DATE|date:2024-03-22T10:14:09+11:00]]  PBS-ONLINE  RESP=ACCEPTED
item 2622B  ATORVASTATIN 40MG TAB  qty 30  pat ctb 31.60  gov 6.14
patient [[PERSON|name:SULLIVAN, Noel]]  medicare [[ID|health_plan:2705614878]] irn 1
entitlement card [[ID|ssn:642147147X]]  safety net nil
prescriber [[ID|license:5520918]]  script [[ID|other:00091734]]
terminal ip [[IP|ip:10.42.18.77]]  user ZA""",
    """Clozapine dispensing - [[LOCATION|geo:Tauranga Hospital]] pharmacy
Patient [[PERSON|name:Aperahama Nikora]], NHI [[ID|mrn:HDN5388]], CPMS reg [[ID|other:CP-NZ-88172]]
ANC 3.8 (green) [[DATE|date:08/08/2024]] - OK to dispense 7 days, 300 mg nocte.
Next bloods due [[DATE|date:15 Aug]]. Collects from [[LOCATION|geo:Te Puke]] community pharmacy weekly.""",
    """LABEL: [[PERSON|name:Priya RAGHAVAN]] | METHOTREXATE 10 mg TABLETS | Take ONE-AND-A-HALF tablets ONCE a WEEK on SUNDAY ONLY | Qty 15 | [[DATE|date:11.06.2024]] | Dr [[PERSON|name:S. FOURNIER]] | Ref [[ID|other:R-6620917]] | [[LOCATION|geo:Priceline Pharmacy Belconnen]]""",
    """Opioid replacement (ODPP) dosing log - [[LOCATION|geo:Smithfield Plaza Pharmacy]]
client [[PERSON|name:Jarrod Hennessy]] ([[AGE|other:41]])  ODPP id [[ID|other:QOTP-11907]]  methadone 65 mg
[[DATE|date:01/07]] 0912 dosed, observed - [[PERSON|name:K. Nair]]
-- missed next day --
[[DATE|date:04/07]] 1014 presented drowsy, not dosed, prescriber Dr [[PERSON|name:Hollis]] notified
takeaways: nil. Pick-up authority for partner revoked.""",
    """NZ PRESCRIPTION
Prescriber: Dr [[PERSON|name:Mere Paewai]], [[LOCATION|geo:Hokitika Health Centre]]   NZMC [[ID|license:28840]]
Patient: [[PERSON|name:Callum Stewart]]   NHI [[ID|mrn:WFY3092]]   CSC [[ID|health_plan:4471 9920 3816]]
[[DATE|date:6 November 2024]]
Metoprolol succinate 47.5 mg, 1 daily, 90 days
Dabigatran 110 mg, 1 BD, 90 days (SA [[ID|other:SA1985543]])
Close control: no.""",
]

TELEHEALTH = [
    """TELEHEALTH CONSULT (video) - [[DATE|date:Thu 15 Feb 2024]] 1030-1052
Clinician: Dr [[PERSON|name:Amelia Hart]]
Patient: [[PERSON|name:Wayne Coulthard]] ([[AGE|other:57]]), at home in [[LOCATION|geo:Lakes Entrance]]; verbal consent, ID confirmed by DOB.
Platform: Healthdirect Video Call, room link [[URL|url:https://vcc.healthdirect.org.au/t/glmedical/room/hart?pid=WC0215]]. Call dropped twice (client IP [[IP|ip:203.45.112.19]]), finished by phone.
S: L great toe hot, red, swollen x 2 days, first episode. Beer 6-8 cans/day on weekends.
O (video): erythema 1st MTPJ, can't weight bear. Photo sent by patient: [[ID|photo:IMG_Coulthard_toe_20240215.HEIC]].
A: probable acute gout. Urate and eGFR requested.
P: colchicine 1 mg then 0.5 mg 1 h later, then 0.5 mg bd. Naproxen avoided (eGFR 58 last year).
Item 91891 (MBS telehealth, video, level B).""",
    """[portal chat - patient portal]
[[DATE|date:03/09/2024]] 19:02 [[PERSON|name:Mere Tipene]]: kia ora, can u pls repeat my blood pressure pills, i'm away in [[LOCATION|geo:Ōpōtiki]] till next wk
19:02 auto: Thanks [[PERSON|name:Mere]], your message has been received. For emergencies call 111. For free health advice call Healthline 0800 611 116.
08:41 next day, Nurse [[PERSON|name:Jen]]: Mōrena [[PERSON|name:Mere]], the doctor has sent your amlodipine to [[LOCATION|geo:Life Pharmacy Ōpōtiki]]. Can you confirm your NHI for me?
08:55 [[PERSON|name:Mere Tipene]]: [[ID|mrn:PLX4406]] thanks heaps""",
    """SMS thread (clinic number [[PHONE|phone:0488 000 123]] -> pt)
[[DATE|date:21/5]] 09:14 OUT: Hi [[PERSON|name:Arjun]], your telehealth appt with Dr [[PERSON|name:Mehta]] is tmrw 10:20. Join: [[URL|url:https://coviu.com/p/mehta-clinic/JKX8-2291]] Reply Y to confirm.
09:40 IN [[PHONE|phone:+61 413 880 257]]: Y. can my wife [[PERSON|name:Divya]] join too? her email is [[EMAIL|email:divya.arjun.k@yahoo.com.au]]
09:41 OUT: Yes, link forwarded.""",
    """TELEPSYCHIATRY REVIEW - [[LOCATION|geo:Mount Isa Hospital]] (pt) <-> consultant
[[DATE|date:14 October 2023]]
Pt: [[PERSON|name:Dion Sam]], [[AGE|other:22M]], URN [[ID|mrn:MI-0481127]], from [[LOCATION|geo:Doomadgee]]. Indigenous MH liaison worker present in room.
Presenting: 3 wks low mood after cousin's death, cannabis daily, no SI today. One past attempt.
Video endpoint: Polycom RealPresence, endpoint ID [[DEVICE|device:8214-MIH-ED2-0917]], SIP [[URL|url:sip:mih.ed2@vc.health.qld.gov.au]]
Plan: sertraline 25 mg -> 50 mg after 1 week; safety plan with family; f/u tele 2 wks.""",
    """Telehealth log export (Zoom for Healthcare)
start_utc,host_email,participant,participant_ip,duration_min
[[DATE|date:2024-07-02T01:30:11Z]],[[EMAIL|email:r.adebayo@rsh.nswhealth.example]],[[PERSON|name:Jess Ottley]],[[IP|ip:124.190.44.6]],17
[[DATE|date:2024-07-02T02:05:55Z]],[[EMAIL|email:r.adebayo@rsh.nswhealth.example]],[[PERSON|name:T. Nguyen]],[[IP|ip:2001:8003:1c2a:6d00:9d4e:21ff:fe3a:10b7]],22""",
    """Phone consult [[DATE|date:18/03/24]] - Healthline triage callback. Caller [[PERSON|name:Bronwyn Tait]] re son [[PERSON|name:Ollie]] [[AGE|other:4]], temp 39.4, rash non-blanching on legs. Advised call 111 now / go to [[LOCATION|geo:Southland Hospital]] ED. Caller in [[LOCATION|geo:Riverton]], 40 min drive. Voice ID check passed (voiceprint [[ID|biometric:VP-NZ-4419027]]).""",
    """WEB CHAT TRANSCRIPT - healthdirect symptom checker escalation
session [[ID|other:HDX-2024-0612-77310]]   client ip [[IP|ip:101.175.63.148]]
[[DATE|date:12 June 2024]] 22:14  User: hi its [[PERSON|name:Kavitha]], 31 weeks pregnant, bad headache and seeing spots
22:14  Nurse [[PERSON|name:Lisa]]: Hi [[PERSON|name:Kavitha]] - please call 000 now or go to your nearest hospital. Where are you?
22:15  User: near the hospital
22:15  User: my name is [[PERSON|name:Kavitha Subramaniam]], mobile [[PHONE|phone:0451 662 370]]""",
    """TELEDERMATOLOGY (store-and-forward) REQUEST
Referrer: [[LOCATION|geo:Port Hedland Health Campus]] - NP [[PERSON|name:Charmaine Yu]] AHPRA [[ID|license:NMW0001650294]]
Patient: [[PERSON|name:Ricky Smith]] UMRN [[ID|mrn:P0338712]]
Lives: [[LOCATION|geo:the Pilbara]]
Lesion: ulcerated nodule R ear, 1.4 cm, 4 months. Sun exposure++ (stockman).
Images: [[ID|photo:P0338712_Rear_01.jpg]] (+1 dermoscopy)
Uploaded to [[URL|url:https://telederm.health.wa.gov.au/case/TD-55109]] on [[DATE|date:2024-08-19]]
Reviewer: dermatologist - likely SCC, for excision at next surgical visit.""",
    """[[DATE|date:7/10/23]] MS Teams consult from [[LOCATION|geo:Arthur Gorrie Correctional Centre]] health centre. Prisoner [[PERSON|name:Tyson Eruera]] (QCS offender no. [[ID|other:QCS-2210984]]), [[AGE|other:26]], NZ citizen. Hep C Ab+ RNA+ (GT 3a, VL 2.1 million). FibroScan 6.4. Plan: sofosbuvir/velpatasvir x 12 wks (s100 community access via prison pharmacy). Custodial officer present for part of consult. Dr [[PERSON|name:E. Bui]].""",
    """video consult note - [[DATE|date:22 Jan 2024]] - dr [[PERSON|name:aisha bello]] (gp) w pt [[PERSON|name:jorge alvarez]] [[AGE|other:44yo]] fifo worker, calling from site camp at [[LOCATION|geo:Cloudbreak]]. hx: 3/7 dysuria freq, no fever, no flank pain. dipstick (site medic) nit+ le++. rx trimethoprim 300mg nocte 3/7 via erx to camp pharmacy. work cert 1 day emailed to [[EMAIL|email:jorge.alvarez.fifo@gmail.com]]. employer id no. [[ID|other:FMG-774120]]""",
]

BILLING_CLAIMS = [
    """MEDICARE BULK BILL BATCH 07  [[LOCATION|geo:Tennant Creek Medical Practice]]  Servicing provider [[ID|license:6309011A]]
line,patient,medicare,irn,dos,item,fee,benefit
1,[[PERSON|name:JUPURRURLA Kevin]],[[ID|health_plan:3397626021]],1,[[DATE|date:11/03/2024]],23,42.85,42.85
2,[[PERSON|name:NAPANANGKA Shirley]],[[ID|health_plan:2712481038]],2,[[DATE|date:11/03/2024]],715,246.60,246.60
3,[[PERSON|name:JUPURRURLA Kevin]],[[ID|health_plan:3397626021]],1,[[DATE|date:12/03/2024]],11707,33.30,33.30""",
    """ACC INVOICE (ACC 45 / ACC 32 follow-up)
Vendor: [[LOCATION|geo:Rangiora Physiotherapy]]
Provider: physiotherapist, NZ Physiotherapy Board reg [[ID|license:70-12884]]
Claimant: [[PERSON|name:Nikolai Ivanov]]   NHI [[ID|mrn:MWX1740]]
ACC claim number: [[ID|other:10035582117]]   Date of injury: [[DATE|date:20/02/2024]]   Read code: S54..
Treatment: 3 visits from [[DATE|date:27/02/24]]   Service code PI1 x 3 @ $62.85
Total claimed: $188.55   Surcharge to client: $15/visit
Remit to: ANZ [[ID|account:01-0823-0445192-00]]""",
    """Private health claim (HICAPS) receipt
[[LOCATION|geo:Brighton Dental Studio]]
[[DATE|date:19/07/2024]] 15:02   Terminal 39142871
Member: HCF [[ID|health_plan:0017 2298 45]] pt 02   Patient: [[PERSON|name:Olivia Bennett]]
Provider Dr [[PERSON|name:J. Park]] prov no [[ID|license:7435543H]]
Item 011  Comprehensive oral exam   $85.00   Benefit $64.00
Item 114  Removal of calculus         $145.00   Benefit $104.00
Gap paid: $62.00   Card: VISA **** [[ID|account:4417]]   Auth 082213""",
    """DVA claim (D1216S) - [[LOCATION|geo:Townsville Hearing]] - veteran [[PERSON|name:Raymond Ahmat]], DVA file no. [[ID|health_plan:QX901477]], Gold card, DOS [[DATE|date:03/04/2024]], hearing aid fitting (RAP), device serials L [[DEVICE|device:2347ABF1190]] R [[DEVICE|device:2347ABF1191]], claim [[ID|other:DVA-H-0099218]].""",
    """REFUND REQUEST - Patient accounts, [[LOCATION|geo:St Andrew's Hospital Toowoomba]]
Account [[ID|account:SAH-4471902]]  Patient [[PERSON|name:Fatima Haddad]]  MRN [[ID|mrn:SA0231577]]
Overpayment of excess ($500) - fund (Medibank, member [[ID|health_plan:M40882917]]) paid in full.
Refund to: BSB [[ID|account:064-451]] Acc [[ID|account:10492276]] (CBA, acc name F HADDAD)
Requested by patient's husband by email [[EMAIL|email:y.haddad71@hotmail.com]] - written authority on file.""",
    """medicare two-way claim rejected [[DATE|date:08-08-2024]]: pt [[PERSON|name:kim ji-woo]] card [[ID|health_plan:4485376121]]/1 - reason code 160 'card issued after DOS'. pt is international student, OSHC Allianz [[ID|health_plan:OSHC-P8820713]]. resubmit to fund. pt passport [[ID|other:M70331842]] (KOR). [[LOCATION|geo:unimed clinic st lucia]].""",
    """STATEMENT OF ACCOUNT  [[LOCATION|geo:Southern Cross Hospital Wellington]]
Patient: [[PERSON|name:Ana Tuimavave]]   Account no: [[ID|account:SCW-0091183]]   NHI [[ID|mrn:FXN3843]]
Insurer: Southern Cross Health Insurance, member [[ID|health_plan:51 298 4407]]
Procedure [[DATE|date:14 March 2024]]: laparoscopic hysterectomy
Theatre $6,420.00 | Ward 2 nights $2,180.00 | Prosthesis 0 | Pathology $340.00
Insurer paid $8,600.00 | Patient excess $500.00 | Balance $340.00 due in 30 days
Pay online: [[URL|url:https://pay.southerncrosshospitals.co.nz/acct/SCW-0091183]]""",
    """Debt collection note - overseas visitor accounts, [[LOCATION|geo:Royal Perth Hospital]]
[[DATE|date:Fri 6 September 2024]]
Pt [[PERSON|name:Hendrik Jansen]], Dutch national, ineligible (visitor visa, no RHCA cover).
Invoice [[ID|other:INV-RPH-2024-11873]] $14,220.00 (ICU 2 days, [[DATE|date:18-19 July]]). Travel insurer declined (pre-existing AF).
Rang pt on [[PHONE|phone:+31 6 4812 7730]]; agreed payment plan $1,000/month by card ending [[ID|account:9902]].
Email confirmation to [[EMAIL|email:h.jansen@ziggo.nl]]. Next review in one month. - Patient Revenue""",
    """NDIS PLAN-MANAGED INVOICE
Provider: [[LOCATION|geo:Better Steps Therapy]], ABN 45 612 998 013, [[ADDRESS|geo:PO Box 1187, Shepparton VIC 3632]]
Participant: [[PERSON|name:Ethan Giordano]]   NDIS no. [[ID|health_plan:431 228 906]]
Support item 15_056_0128_1_3 (Occupational Therapy)   Rate $193.99/hr
[[DATE|date:05/02/2024]]  1.5 h   $290.99
(2nd session)  1.0 h   $193.99
Therapist: [[PERSON|name:Megan Oakley]] OT, AHPRA [[ID|license:OCC0002318744]]
Pay to BSB [[ID|account:633-000]] Account [[ID|account:159 882 407]] (Bendigo Bank)""",
    """ACC weekly compensation - first week calc  (claim [[ID|other:CAX2211946]])
client [[PERSON|name:PAKI, Hohepa James]] | IRD [[ID|ssn:125-914-780]] | bank [[ID|account:12-3140-0211873-00]]
employer: meat processing plant | incapacity from [[DATE|date:3 June 2024]]
relevant earnings $1,342.10/wk x 80% = $1,073.68 gross | ACC18 med cert on file
notes: client rang from [[PHONE|phone:027 941 2058]]. wife is nominated rep.""",
]

DEVICE_TELEMETRY = [
    """{"source":"dexcom-clarity","clinic":"[[LOCATION|geo:Starship Diabetes Service]]","patient":{"name":"[[PERSON|name:Teuila Leota]]","nhi":"[[ID|mrn:DHK0898]]","dob":"[[DATE|date:2011-06-30]]"},"device":{"model":"G7","receiver_sn":"[[DEVICE|device:PG7K391022]]"},"period_days":14,"tir_pct":58,"tbr_pct":4,"gmi":7.6,"cv_pct":38.2,"upload_ip":"[[IP|ip:121.98.207.14]]","parent_email":"[[EMAIL|email:leota.fam@xtra.co.nz]]"}""",
    """LibreView report | [[PERSON|name:Harrison, Grace]] | DOB [[DATE|date:17 Feb 1972]] | sensor FreeStyle Libre 2 SN [[DEVICE|device:0M0004TQ2R9]] | [[DATE|date:1 May]] - [[DATE|date:14 May 2024]] | % time CGM active 96 | avg glucose 9.1 mmol/L | TIR 66% | lows 2 events | practice: [[LOCATION|geo:Geelong Endocrinology]]""",
    """REMOTE MONITORING ALERT - Merlin.net
Clinic: [[LOCATION|geo:Sir Charles Gairdner Hospital]] Device Clinic
Patient: [[PERSON|name:Hussein Abdullah]]   ID [[ID|mrn:SCG4470981]]
Device: Abbott Gallant HF CRT-D CDHFA500Q   SN [[DEVICE|device:81172944]]
Transmission: [[DATE|date:2024-09-14 02:41]] AWST (alert-triggered)
Event: VF detected 02:39:12, 1 shock 40 J delivered, converted to SR. Cycle length 210 ms.
Battery: 5.8 yrs. RV pacing 2%. LV pacing 97%. Thoracic impedance trend stable.
Monitor: myMerlinPulse app, phone IMEI [[DEVICE|device:356938035643809]]
Action: phoned patient [[PHONE|phone:0402 887 119]] 0820 - felt shock, now well. No driving 6 months (cardiac arrest/shock rule). Clinic review in 2 days.
RN CL""",
    """HOME HAEMODIALYSIS TREATMENT LOG - NxStage System One, cycler SN [[DEVICE|device:NXS1-0448172]]
pt: [[PERSON|name:Bindi Ngalkin]]  urn [[ID|mrn:RD2208815]]  home: [[ADDRESS|geo:Lot 14 Palmerston Hwy, Humpty Doo NT 0836]]
date       | pre wt | post wt | UF L | BP pre   | BFR | Dial vol | alarms
[[DATE|date:02/09/24]] | 71.8   | 69.9    | 1.9  | 148/88   | 400 | 30 L     | 0
[[DATE|date:04/09/24]] | 72.4   | 70.1    | 2.3  | 152/90   | 400 | 30 L     | 1 (air det)
[[DATE|date:06/09/24]] | 71.5   | 69.8    | 1.7  | 139/84   | 380 | 30 L     | 0
Home hub uploads via [[IP|ip:180.150.38.201]]; tech support case [[ID|other:NX-AU-2024-33018]]""",
    """ResMed AirView compliance summary
Patient: [[PERSON|name:Mahmoud Saleh]]   Patient ID: [[ID|other:AV-1193847]]
Device: AirSense 11 AutoSet   SN [[DEVICE|device:23213459807]]   Modem IMEI [[DEVICE|device:358220091773415]]
Compliance period 30 days to [[DATE|date:06/08/2024]]
Usage days 27/30 (90%), >= 4 hrs 25 (83%). Avg use 6 h 12 m. AHI 3.1. Median leak 6.2 L/min. 95th pressure 11.4 cmH2O.
Mask: AirFit F30 medium.
Referring sleep physician report sent to [[EMAIL|email:irene.chow@sydneysleep.com.au]]. Truck driver - HVNL fitness to drive: meets criteria. NSW licence [[ID|license:1192 8843]].""",
    """[[DATE|date:2024-10-02T03:17:44Z]] pacemaker_remote ingest OK serial=[[DEVICE|device:PZX512047H]] model=Assurity MRI pt_ref=NHI:[[ID|mrn:YEC8110]] clinic=[[LOCATION|geo:Wellington Regional Hospital]] gw_ip=[[IP|ip:2407:7000:9a2b:4400::1e]] battery=9.1y rv_thr=0.75V@0.4ms at_burden=0.0% episodes=0""",
    """CSV export - Omnipod DASH PDM
pdm_sn,pod_lot,user,activated,deactivated,reason
[[DEVICE|device:PDM-17P-0042811]],L91222,[[PERSON|name:Ngaio Kerr]],[[DATE|date:2024-02-10 07:12]],[[DATE|date:2024-02-13 06:58]],expired
[[DEVICE|device:PDM-17P-0042811]],L91222,[[PERSON|name:Ngaio Kerr]],[[DATE|date:2024-02-13 07:05]],[[DATE|date:2024-02-14 22:40]],occlusion""",
    """Latitude NXT transmission summary - [[LOCATION|geo:John Hunter Hospital]]
[[PERSON|name:ANDERSSON, Karl]] MRN [[ID|mrn:K0779231]] DOB [[DATE|date:29/11/1955]]
ICD: Boston Scientific RESONATE EL, SN [[DEVICE|device:412093]]  Communicator SN [[DEVICE|device:6290-0188432]]
Since last transmission: AF burden 14%, 3 NSVT, 0 therapies. HeartLogic index 18 (threshold 16) -> alert.
Wt +2.3 kg per home scale. Called wife on landline [[PHONE|phone:(02) 4951 2077]] - SOB on exertion, ankles swollen. Furosemide increased 40 -> 80 mg, HF nurse home visit tomorrow.""",
    """cgm alert sms -> parent
"[[DATE|date:3/12]] 02:14 URGENT LOW 2.8 mmol/L - [[PERSON|name:Kobe]]'s Libre 3 ([[DEVICE|device:0MA00K7T3X]]). Follower: [[PERSON|name:Tanya Moore]] [[PHONE|phone:0412 006 551]]"
ack by [[PERSON|name:Tanya]] 02:16""",
    """Home oximetry / CPAP titration download - [[LOCATION|geo:Mackay Base Hospital]] sleep lab
[[PERSON|name:Pita Havea]] [[AGE|other:49]] - WatchPAT ONE disposable, unit [[DEVICE|device:WP1-7733018]], study night [[DATE|date:17/05/2024]]
pAHI 38.2, ODI 34, SpO2 nadir 79%, T<90% 41 min. Severe OSA.
ResMed AirSense 10 loan unit SN [[DEVICE|device:22161745093]] issued [[DATE|date:24/05/2024]], bond receipt [[ID|other:MBH-CPAP-0552]].
Pt drives school bus ([[VEHICLE|vehicle:QLD 772 QPH]]) - advised not to drive until treated; TMR notification discussed, pt consented.""",
]

RESEARCH_SCREENING = [
    """SCREENING LOG - PROTECT-RHD trial (HREC/23/MHS/114), site [[LOCATION|geo:Royal Darwin Hospital]]
scr_id | sex | community | date screened | eligible | reason | enrolled id
[[ID|other:S-RDH-041]] | F | [[LOCATION|geo:Angurugu]] | [[DATE|date:15/03/2024]] | Y | - | [[ID|other:PR-0041]]
[[ID|other:S-RDH-042]] | M | [[LOCATION|geo:Galiwin'ku]] | [[DATE|date:15/03/2024]] | N | age <18 | -
Coordinator: NY""",
    """CONSENT RECORD
Study: NZ Lung Health Cohort (HDEC 2023 FULL 17724)
Participant: [[PERSON|name:Rangi Parata]]   NHI [[ID|mrn:GPL1049]]   Study ID [[ID|other:NZLHC-N-00388]]
Date of consent: [[DATE|date:11 September 2023]]   Site: [[LOCATION|geo:Tairāwhiti Hospital]]
Consent options: ✔ blood for DNA  ✔ future unspecified use  ✘ samples to leave NZ  ✔ karakia at sample disposal
Whānau support person: wife
Consent taken by: [[PERSON|name:Maia Ruatapu]], research nurse, 10:40. Copy given to participant.""",
    """BIOBANK ACCESSION LOG - [[LOCATION|geo:Hunter Medical Research Institute]]
accession,ihi,collected,tube,vol_ml,freezer,retinal_img
[[ID|other:HMRI-24-008812]],[[ID|health_plan:8003607786364416]],[[DATE|date:2024-01-22]],EDTA,4.0,F3-R2-B11,[[ID|photo:8003607786364416_OD_fundus.png]]
[[ID|other:HMRI-24-008813]],[[ID|health_plan:8003608864684147]],[[DATE|date:2024-01-22]],SST,3.5,F3-R2-B11,[[ID|photo:8003608864684147_OS_fundus.png]]""",
    """Participant reimbursement form - SLEEP-AID study, [[LOCATION|geo:Woolcock Institute]]
Name: [[PERSON|name:Jacqueline Fournier]]   Study no. [[ID|other:SA-117]]
Visits: 3 (last [[DATE|date:15/04/2024]]) @ $50 = $150 (gift card option declined)
TFN declaration: TFN [[ID|ssn:246 819 702]] (supplied for ATO reporting)
Bank: BSB [[ID|account:082-356]]  Acct [[ID|account:513 994 210]]  (NAB)
Email for remittance: [[EMAIL|email:jacq.fournier@icloud.com]]""",
    """ELIGIBILITY CHECKLIST - Protocol MK-3475-D22 (phase III), [[LOCATION|geo:Peter MacCallum Cancer Centre]]
Subject: [[PERSON|name:Giovanni Russo]]  UR [[ID|mrn:PM0948823]]  Medicare [[ID|health_plan:5202 20533 8]] (1)  [[AGE|other:66]]
Screening no. [[ID|other:D22-AU014-0007]]   ICF v4.0 signed [[DATE|date:12-Feb-2024]]
Inclusion: NSCLC stage IIIB, PD-L1 TPS 60% ✔  ECOG 1 ✔  measurable disease RECIST 1.1 ✔  Hb 121 ✔  CrCl 68 ✔
Exclusion: prior anti-PD-1 ✘  active autoimmune ✘  HBV/HCV ✘  ILD ✘
Randomisation IWRS done - allocation concealed
Study coordinator: [[EMAIL|email:sam.bakhtiari@petermac.org]]""",
    """{"record_id":"[[ID|other:TK-0219]]","redcap_event":"baseline_arm_1","name_first":"[[PERSON|name:Tamati]]","name_last":"[[PERSON|name:Kingi]]","nhi":"[[ID|mrn:UAE4619]]","email":"[[EMAIL|email:tamati.kingi@gmail.com]]","mobile":"[[PHONE|phone:0212894410]]","consent_dt":"[[DATE|date:2024-03-05 14:22]]","hba1c":64,"egfr":71,"survey_ip":"[[IP|ip:115.188.92.3]]","survey_complete":2}""",
    """phone screen [[DATE|date:14/8]] - [[PERSON|name:losa faleolo]] [[AGE|other:52f]], heard about FONO-FIT study at church. bmi 38, hba1c 68, on metformin. no insulin. eligible pending bloods. booked baseline [[DATE|date:21 aug]] 9am at [[LOCATION|geo:south seas healthcare]]. daughter to come and translate. txt reminder to [[PHONE|phone:021 774 0932]]. - SF (RA)""",
    """VOICE-PD study (speech biomarkers in Parkinson's disease) - session log, [[LOCATION|geo:Flinders University]] Speech Lab
participant [[ID|other:VPD-031]] [[PERSON|name:Colin Baxter]] [[AGE|other:73]]  H&Y stage 2  UPDRS-III 24  LEDD 650 mg
[[DATE|date:2024-06-03]] 10:05 enrolment voiceprint [[ID|biometric:VPT-7c91e2a0]] captured (sustained /a/ x3, rainbow passage)
[[DATE|date:2024-06-03]] 10:22 face video for hypomimia, template [[ID|biometric:FACE-031-0603]]
recorder SN [[DEVICE|device:ZH6-A0188234]]; audio saved to study drive
note: carer (wife) present; MDS-UPDRS part II by interview.""",
    """SAE REPORT - sponsor form v3
Protocol: GLP1-KIDNEY-AUS   Site 07 [[LOCATION|geo:Monash Medical Centre]]
Subject ID [[ID|other:07-112]]   Sex: M   YOB 1961
Event: acute pancreatitis (lipase 1,820 U/L), onset [[DATE|date:23 Oct 2023]], hospitalised 6 days at [[LOCATION|geo:Dandenong Hospital]].
Causality: possibly related. Action: drug withdrawn. Outcome: recovered.
Reporter: Dr [[PERSON|name:Mehmet Yilmaz]] (sub-I), reported to sponsor within 24 h via [[URL|url:https://safety.cro-portal.example.com/sae/GLP1K-07-112-01]]""",
    """[[DATE|date:Wednesday, 20 March 2024]] - recruitment note, TAS-HEARTS registry
Visited Mr and Mrs [[PERSON|name:Wilson]] at home, [[ADDRESS|geo:88 Main Road, Huonville TAS 7109]]. [[PERSON|name:Graham Wilson]] ([[AGE|other:77]]) consented (ID [[ID|other:TH-2041]]); his wife declined. Fitbit issued for activity sub-study, device [[DEVICE|device:FB-507-9W3K22]], paired to [[EMAIL|email:grahamw1946@bigpond.net.au]]. Fingerprint not used for device unlock (PIN only). - RL, research nurse""",
]

INCIDENT_COMPLAINTS = [
    """RiskMan INCIDENT [[ID|other:RM-2024-018826]]
Reported: [[DATE|date:11/04/2024]] 22:50   Location: [[LOCATION|geo:Lyell McEwin Hospital]], ED waiting room
Type: Aggression - patient to staff (verbal + physical). SAC 3.
Person involved: [[PERSON|name:Brodie Wenzel]] [[AGE|other:34]], URN [[ID|mrn:LM0881245]]
Staff affected: RN (struck on forearm), security officer x1. First aid only.
Description: pt became agitated re wait time (triage cat 4, 5 h). Threw chair. Code Grey called 22:31. Police attended.
Pt's vehicle (Commodore [[VEHICLE|vehicle:S 612-BQX]]) left in ambulance bay - towed.
CCTV clip ED_WR_CAM3_2225 retained. Reporter: NUM""",
    """PRIVACY BREACH - internal notification to Privacy Officer, [[LOCATION|geo:Middlemore Hospital]]
Ref [[ID|other:PRIV-24-0193]]   Date identified: [[DATE|date:Mon 15 July 2024]]
What happened: a clinic letter for [[PERSON|name:Leilani Fuimaono]] (NHI [[ID|mrn:SHZ7063]]) was emailed to the wrong address - [[EMAIL|email:leilani.fuimaono@gmail.com]] instead of the address on file. Letter contained sexual health clinic appointment details.
Sent from workstation [[IP|ip:10.120.44.219]] at 09:12.
Recipient (a different person with the same name) replied and deleted it; confirmation saved.
Patient informed by phone next day. Apology letter sent. Not notifiable to OPC (low likelihood of serious harm) - assessment by [[PERSON|name:Daniel Cho]], Privacy Officer.""",
    """complaint rec'd via HCCC [[DATE|date:3 Nov]] - complainant [[PERSON|name:maryam rahimi]] re care of her father ([[AGE|date:90]]) at [[LOCATION|geo:nepean hospital]] last month. says no dari interpreter for consent, pressure injury not reported, staff called him "grandpa" instead of his name. HCCC ref [[ID|other:24/07718]]. pt urn [[ID|mrn:N5520937]]. draft response due 3 wks.""",
    """INCIDENT: medication error (wrong patient)   IIMS [[ID|other:IIMS-2024-55120]]
[[LOCATION|geo:Tamworth Rural Referral Hospital]], Ward 2 Medical, 2000 round
Patient A: [[PERSON|name:John Smith]], MRN [[ID|mrn:T3318840]] - charted metoprolol 25 mg
Patient B: [[PERSON|name:John Smyth]], MRN [[ID|mrn:T3320117]] - received A's metoprolol 25 mg in error; HR 52, BP 98/60, obs q1h x4, no harm.
Same first name, adjacent beds 6 and 7; ID band not checked. Family of B informed - open disclosure next day.
SAC 3. Actions: name alert stickers, bed move.""",
    """HDC COMPLAINT ACKNOWLEDGEMENT
Health and Disability Commissioner ref: [[ID|other:C24HDC01127]]
[[DATE|date:9 August 2024]]

Dear Ms [[PERSON|name:van den Berg]],

Re: your complaint about services provided to your late mother, Mrs [[PERSON|name:Wilhelmina van den Berg]], at [[LOCATION|geo:Radius Glenvar]] in [[DATE|date:May 2024]].

You raised that your mother, aged [[AGE|date:94]], had a fall that was not reported to you for two days, and that her hearing aids (serial [[DEVICE|device:RX-22H019573]] and its pair) were lost on transfer to hospital.
We have asked the provider for a response within 15 working days. Your reference number is above; please quote it when you call us.
We have your contact details as [[EMAIL|email:annemarie.vdberg@xtra.co.nz]].

Nāku noa, nā
Complaints Assessor""",
    """SECURITY INCIDENT LOG - [[LOCATION|geo:Gold Coast University Hospital]]
[[DATE|date:2024-05-30]] 03:12  Pharmacy store room door (biometric) - access by staff badge + fingerprint id [[ID|biometric:FPX-0047719]] ([[PERSON|name:Brendan Cole]], pharmacy tech, rostered off).
03:14  Fentanyl 100 mcg amps x10 removed (Omnicell audit). 03:31 exited via loading dock.
03:40  Vehicle seen on CCTV leaving multi-deck car park: white Hilux QLD [[VEHICLE|vehicle:824 TXM]], VIN on rego check [[VEHICLE|vehicle:MR0H7ZHT138XWH65H]].
Queensland Police notified 07:50, QP ref [[ID|other:QP2400917733]]. Staff member stood down.""",
    """Consumer feedback form (online) - submitted 20:47 from [[IP|ip:58.96.104.210]]
Service: [[LOCATION|geo:Bathurst Health Service]] maternity   Type: Compliment
"I want to thank midwife [[PERSON|name:Abbey]] and the obstetric team for delivering our daughter on [[DATE|date:16th January]]. We were transferred in the middle of the night and everyone was amazing."
Consent to share with staff: Yes""",
    """CLAIM / LIABILITY INCIDENT (patient property) - car park P2
[[DATE|date:Tue 13 Aug 2024]] approx 1400. Visitor [[PERSON|name:Nathan Beaumont]] reports his car (Mazda CX-5, TAS [[VEHICLE|vehicle:H52TR]], VIN [[VEHICLE|vehicle:JMZ4XGCKXMJ8PFLZN]]) struck by a hospital courier van (fleet rego [[VEHICLE|vehicle:F44 SWQ]]).
Photos: [[ID|photo:IMG_Beaumont_H52TR_damage_1.jpg]] (+3).
Visitor licence [[ID|license:A937245]] (TAS). Forwarded to claims, ref [[ID|other:TRMF-24-1192]].""",
    """open disclosure meeting notes - [[DATE|date:Friday 12 April 2024]] - [[LOCATION|geo:Queen Elizabeth Hospital]]
present: [[PERSON|name:ahmad jafari]] (pt) [[AGE|other:61]], wife, surgeon, quality manager, farsi interpreter (TIS)
event: retained surgical swab after laparotomy 4 weeks earlier, found on CT, removed [[DATE|date:4/4]]. SAC 1 / sentinel event cat 4. RCA underway ref [[ID|other:SLS-2024-00391]].
pt wants written apology + explanation; asked about compensation - given claims info. next meeting in 2 weeks.""",
    """PAYROLL DATA BREACH - staff records, payroll office at [[LOCATION|geo:John Hunter Hospital]]
Incident [[ID|other:PC-INC-24-0077]], identified [[DATE|date:19 Sept 2024]]
A payroll exceptions spreadsheet was attached to an all-staff email in error (sent 11:02 to 340 recipients, recalled 11:20). Fields exposed for 2 staff:
  [[PERSON|name:ROBERTS, Kylie]]      TFN [[ID|ssn:242 256 079]]   acct [[ID|account:448120]]
  [[PERSON|name:NGUYEN, Bao]]         TFN [[ID|ssn:781385839]]     acct [[ID|account:10233871]]
Also exposed: employee numbers, award codes, leave balances.
Notified OAIC under the NDB scheme. Staff offered IDCARE support.""",
]


def main() -> None:
    n = write_styled(
        OUT,
        [
            ("progress-notes", PROGRESS_NOTES),
            ("discharge-summaries", DISCHARGE_SUMMARIES),
            ("gp-referral-letters", GP_REFERRALS),
            ("nursing-handover", NURSING_HANDOVER),
            ("pharmacy", PHARMACY),
            ("telehealth", TELEHEALTH),
            ("billing-claims", BILLING_CLAIMS),
            ("device-telemetry", DEVICE_TELEMETRY),
            ("research-screening", RESEARCH_SCREENING),
            ("incident-complaints", INCIDENT_COMPLAINTS),
        ],
    )
    print(f"probe77: {n} docs")


if __name__ == "__main__":
    main()
