"""Write the 15th hand-annotated redaction probe, ``corpus/redaction/probe15.jsonl``.

Why: the engine's quality must be measured on text it was never tuned on, written the way an
outside red team would attack a redactor. This probe is written by an author who has never read
the engine, its other corpora or its tests. Every note carries at least one HARD identifier:
names that are ordinary words (Hope, Faith, Will, Rose, Summer, Hunter, Mercy, Grace, Major, King,
Street, Bishop) and their European cousins (Hoffnung, Sommer, Koning, Rey Obispo, Bischof, Graça),
surnames alone after verbs ("ring Papadopoulos"), possessives ("Dr Okafor's view", "Adeyemi's care"), double-barrelled
and particle surnames (von, van den, de la, Ní, af); towns that are words or names (Hope, Bath,
Reading, Orange, Young, Mackay, Mount Isa, Normal, Street, Sale, Bright, Give, Truth or
Consequences); identifiers in lowercase prose, glued to words or punctuation, inside URLs, file
paths, JSON, key=value logs, HL7, X12 and CSV rows, e-mail headers and signatures; dates spelled
out or partial; ages of 90 and over in words or digits; national numbers with unusual spacing.
Decoys are planted too and left unmarked: doses, lab values and ranges, bed and room numbers,
times, device model numbers, trial registrations, MBS/CPT/ICD codes, lot numbers, "Will need",
"reading glasses", "normal sinus rhythm", "please mark urgent", "90+ days past due".

What: 120 notes, 12 in each of ten styles (progress-note, discharge-summary, gp-referral,
nursing-shorthand, pharmacy, telehealth, billing, device-telemetry, research-enrolment,
eu-clinic-letter), 490 identifiers covering all 18 Safe Harbor categories at least six
times each. Patients are from the US, Australia, the UK, Ireland and continental Europe. Each
identifier is marked inline as ``[[LABEL|category:text]]`` and the shared helper
``write_styled`` strips the markers and records offsets. Conventions: titles stay outside name
spans; a full street address is one ADDRESS span, a town, suburb, county or named facility alone is a
LOCATION, a bare ZIP or postcode is an ADDRESS; GPS coordinates are treated as an ADDRESS; in a
timestamp only the date part is marked; ages of 90 and over are AGE|date and the span is the
number only; prescription numbers, logins, study, claim and interpreter codes are ID|other;
invoice numbers are ID|account. All people and numbers are invented; towns and hospitals may be
real.

How to run: ``cd /work/main && .venv/bin/python scripts/make_probe15_corpus.py``
"""

from __future__ import annotations

from pathlib import Path

from make_safe_harbor_suite import write_styled

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "corpus" / "redaction" / "probe15.jsonl"

PROGRESS_NOTES: list[str] = [
    "PROGRESS NOTE  4 West bed 12\nPt: [[PERSON|name:BISHOP, Faith]]  UR[[ID|mrn:0932174]]\nD3 post lap chole. afebrile T 37.1, HR 88, BP 118/72, SpO2 97% RA. pain 3/10 on oxycodone 5 mg prn, tolerating light diet.\nspoke w/ daughter [[PERSON|name:Hope]] on her mobile - she'll drop the webster pak in tmrw on her way from [[LOCATION|geo:Orange]] (approx 45 min drive).\nplan: d/c thurs if LFTs trending down (ALT 212 -> 140).",
    'MICU PROGRESS NOTE - HD#5\nMr [[PERSON|name:Gideon Major]], [[AGE|other:89]] yo M, MRN#[[ID|mrn:00718842]]\nS: "i feel like a truck ran me over." Wife [[PERSON|name:Mercy]] at bedside overnight; asks that we not call their son yet.\nO: Tmax 38.4, MAP 68-74 on norepi 0.04, lactate 1.9 (0.5-2.2), Cr 1.4 from 1.1. CXR today improved RLL opacity.\nA/P: septic shock 2/2 CAP, improving. Cont ceftriaxone/azithro d5/7.\nGOC: pall care recommends DNR/DNI, wife in agreement. Will ring [[PERSON|name:Papadopoulos]] again after the family mtg Fri 1400.',
    "Consultant ward round\n[[AGE|date:Ninety-four]] year old gentleman, [[PERSON|name:Will Street]], lives alone in [[LOCATION|geo:Street]] ([[LOCATION|geo:Somerset]]), brought in by ambulance after a long lie.\nCK 4,210, Na 131, Cr 144. IVF 1L over 8h, repeat U&E in AM.\nWill need OT home visit before d/c; son in [[LOCATION|geo:Reading]] happy to help. Will discuss with [[PERSON|name:Street]]'s GP re: care package.",
    "Verlaufsnotiz Station 3B / progress note\nPat. [[PERSON|name:Hildegard von Strachwitz]], [[AGE|date:93]] J.\nKrankenkasse AOK Bayern, Vers.-Nr. [[ID|health_plan:K482917305]]\nZ.n. Sturz, SHF re. OP morgen 08:00 geplant. Hb 10,4 g/dl, INR 1,1, Kalium 4,2.\nTochter telefonisch informiert, Einverständnis liegt vor.",
    "prog note - gen med\nMr [[PERSON|name:King]], [[AGE|date:97]]yo vet, DVA gold card, tx'd from [[LOCATION|geo:Mount Isa]] via RFDS o/n.\nbg AF on apixaban 2.5mg bd, CKD3b (eGFR 38), T2DM.\nson [[PERSON|name:hunter]] (NOK) rang at 0630, pls call back.\npt keen to go home asap but Dr [[PERSON|name:Okafor]]'s view is he needs resi care; ACAT referral sent.",
    "Surgery progress note POD#2 L BKA\n[[PERSON|name:Rosalind Hunter-Bishop]] (goes by [[PERSON|name:Rose]])\nStump C/D/I, mild erythema medial flap, no fluctuance. Photo uploaded to chart: [[ID|photo:IMG_4471.JPG]] (taken 0815).\nCont cefazolin 2 g q8h. PT to eval for transfers.\nF/u in Dr [[PERSON|name:Adaeze Okonkwo-Reyes]]'s vascular clinic in 2/52.",
    "Progress note - St Brigid's ward\n[[PERSON|name:Gráinne Ní Bhriain]], [[AGE|other:71]]F, PPSN [[ID|ssn:8473921WA]]\nAdmitted from [[LOCATION|geo:Mullingar]] with AECOPD. On 2L NP, sats 91-93%. ABG pH 7.36, pCO2 6.9 kPa.\nPred 40mg d3/5, doxy d3/5. Neb salbutamol 5mg QDS.\nHusband says she was 'grand until Sunday'.",
    "Hospitalist progress note\n[[PERSON|name:Terrence Young]] is a man from [[LOCATION|geo:Normal]], IL, admitted with new AF RVR.\nTele overnight: normal sinus since 0200 after dilt gtt. TSH 2.1, Mg 1.8, K 3.9.\nPlan: PO dilt 30 q6h, apixaban 5 bid. Cards to see today.\npcp is dr [[PERSON|name:bishop]] - fax records to [[PHONE|fax:(309) 555-0187]].",
    "PN 02:15 - FY1 on call\nAsked to see Mrs [[PERSON|name:Patience Okafor]], hosp no. [[ID|mrn:RBH4471920]], re: fall in bathroom. No head injury, GCS 15. Reading glasses broken.\nL/S BP 142/80 -> 118/70, postural drop. ECG SR 72, QTc 451.\nDaughter lives in [[LOCATION|geo:Bath]]; have not called her at this hour. Handed to day team & asked [[PERSON|name:Nguyen]] to review meds (?doxazosin).",
    "Voortgangsverslag urologie\nDhr. [[PERSON|name:Joost van den Heuvel]], BSN [[ID|ssn:1234 56 782]], uit [[LOCATION|geo:Zwolle]]\nPOD 1 na TURP. Spoelen helder, diurese 2100 ml. Hb 8,1 mmol/L.\nKatheter eruit morgen.\nPartner belt om 17u.",
    "Peds progress note\n[[PERSON|name:Summer Grace Fairweather]], [[AGE|other:7]]yo F\nHD2 for DKA; off insulin gtt at 0400, AG closed (12). BG 180-240 on SC.\nMom [[PERSON|name:Autumn]] at bedside, anxious about summer camp next month.\nSeen with attending Dr [[PERSON|name:Grace King]]. Diabetes ed booked for Tue.",
    "Ortho PN - D1 post ORIF R ankle\n[[PERSON|name:Brodie Fitzwilliam-Tran]], M\nwound ok, NV intact, pain controlled. NWB 6/52 in CAM boot.\nlives in [[LOCATION|geo:Mackay]] but works FIFO. Dr [[PERSON|name:Mackay]] happy for d/c tmrw, f/u fracture clinic [[DATE|date:2nd May]].",
]

DISCHARGE_SUMMARIES: list[str] = [
    "DISCHARGE SUMMARY\nPatient: [[PERSON|name:KING, Mercy Adaeze]]\nLOS 7 days. Consultant: Dr [[PERSON|name:H. Bowes-Lyon]]\nDiagnosis: community-acquired pneumonia, CURB-65 2.\nMedications on discharge: amoxicillin 500 mg TDS to complete 7/7; paracetamol 1 g QDS PRN.\nSocial: lives with husband in [[LOCATION|geo:Hope]], [[LOCATION|geo:Derbyshire]]; independent.",
    "DISCHARGE SUMMARY\nName: [[PERSON|name:Jian Hao Liu]]\nAddress: [[ADDRESS|geo:Unit 4/17 Fitzmaurice St, Wagga Wagga NSW 2650]]\nMedicare: [[ID|health_plan:4271 55830 2]]\nPresenting problem: NSTEMI. Angio: 80% prox LAD -> DES x1.\nDischarge meds: aspirin 100mg mane, ticagrelor 90mg BD (12/12), atorvastatin 80mg nocte, metoprolol 23.75mg daily.\nFollow-up: cardiology OPD 6/52; GP at [[LOCATION|geo:Young Medical Centre]].",
    "DISCHARGE SUMMARY\nPatient Name: [[PERSON|name:Hunter, Will]]   Acct#: [[ID|account:V00071234567]]   Age: [[AGE|date:92]]\nHOSPITAL COURSE: mechanical fall, L intertrochanteric fx s/p IMN. Post-op delirium resolved w/ non-pharm measures.\nDISPOSITION: SNF in [[LOCATION|geo:Liberty]], MO [[ADDRESS|geo:64068]].\nPCP notified.",
    "Discharge letter - Medicine for the Elderly\nPatient: [[PERSON|name:Morag MacGillivray]]   CHI [[ID|health_plan:1207 43 1822]]\nReason for admission: delirium secondary to E. coli UTI. MSU sensitive to nitrofurantoin.\nCognition back to baseline (4AT 0 on day 4).\nDischarged on the [[DATE|date:eleventh of March]] to her daughter's home at [[ADDRESS|geo:22 Strathmore Avenue, Broughty Ferry, DD5 1QS]].",
    'DISCHARGE SUMMARY - L&D\n[[PERSON|name:Destiny Faith Okoro]], G2P2. SVD on [[DATE|date:2/29/24]] at 0412, EBL 350 mL.\nBaby girl "[[PERSON|name:Mercy]]" 3.41 kg, Apgars 8/9.\nMedicaid ID [[ID|health_plan:MCD882104773]]. Rh neg, RhoGAM given (lot 4471B).\nF/u postpartum visit with CNM in 6 wks.',
    "DISCHARGE SUMMARY (adult MH)\n[[PERSON|name:Kai Rivers]]\nAdmitted after OD of sertraline (approx 2.8 g). Medically cleared day 2.\nCollateral from sister re recent posts on [[URL|url:https://www.instagram.com/kai.r1vers/]].\nD/c to parents' address [[ADDRESS|geo:8 Banksia Cres, Sale VIC 3850]]. CMHT in [[LOCATION|geo:Sale]] to f/u within 7 days; no firearms at home per dad.",
    "DISCHARGE SUMMARY - Elderly Care\nName: [[PERSON|name:Eleni Papadopoulou]]   DOB [[DATE|date:1.iv.1933]] (age [[AGE|date:ninety]])\nInterpreter (Greek) booking ID [[ID|other:INT-GR-0447]]\nDiagnosis: fast AF, new. Rate controlled on bisoprolol 2.5 mg OD. Edoxaban 30 mg OD (CrCl 41).\nTTE: LVEF 55%, mild MR.\nTTO handed to grandson with written Greek instructions.",
    "DISCHARGE SUMMARY\n[[PERSON|name:Raymond Bishop]], M, MRN [[ID|mrn:E4401928]]\nProcedure [[DATE|date:3/6/2024]]: dual-chamber PPM for CHB. Medtronic Azure XT DR MRI (model W1DR01), device serial [[DEVICE|device:RNB612489S]]; RA lead SN [[DEVICE|device:PJN7712043]].\nWound care: keep dry 7 days, no overhead lifting L arm x 4-6 wk.\nNo driving 1 week.",
    "INFORME DE ALTA\nPaciente: [[PERSON|name:María del Carmen de la Cruz Olmedo]]   DNI [[ID|ssn:47.291.830-K]]\nMujer de [[AGE|date:91]] años, ingresa por ICC descompensada. NT-proBNP 8.400.\nAlta tras 7 días con furosemida 40 mg/día.",
    "DISCHARGE SUMMARY\nMrs [[PERSON|name:Beryl Young]], [[AGE|other:84]]F\nCellulitis L lower leg, IV fluclox 4/7 then PO. CRP 140 -> 22.\nMrs [[PERSON|name:Young]] returns home to [[LOCATION|geo:Young]] with her husband; community nurse to review wound Mon.\nGP fax [[PHONE|fax:02 6382 4471]].",
    "FACESHEET / DISCHARGE SUMMARY\nPt: [[PERSON|name:Alejandro Rey]]   SSN [[ID|ssn:532 61 4087]]   lives in [[LOCATION|geo:Orange]], CA\nEmergency contact: wife, [[PHONE|phone:714.555.0133]]\nPatientSecure palm-vein ID [[ID|biometric:PS-00719-2284]]\nDx: alcohol withdrawal, CIWA max 19, no seizures. Thiamine 500 mg IV TDS x3d.\nReferred to outpt program; pt declined naltrexone.",
    "KARTA INFORMACYJNA / discharge\n[[PERSON|name:Zbigniew Wróblewski-Nowak]], PESEL [[ID|ssn:47031208833]]\nOddział Kardiologii. Przyjęty [[DATE|date:4 marca 2024]].\nRozpoznanie: zaostrzenie niewydolności serca (I50.0). EF 30%.\nZalecenia: kontrola w poradni za 4 tyg., syn poinformowany.",
]

GP_REFERRALS: list[str] = [
    "[[ADDRESS|geo:14 Ireland St, Bright VIC 3741]]\nFax [[PHONE|fax:03 5755 1499]]\n\nDear Dr [[PERSON|name:Street]],\nRe: Mr [[PERSON|name:Harold Pennington]]\nThank you for seeing this bright and independent man with 3 months of exertional dyspnoea. ECG: LBBB (new). BNP 880.\nKind regards,\nGP registrar, provider No. [[ID|license:2451673J]]",
    "Subject: 2WW referral - [[PERSON|name:BISHOP Grace]]\n\nDear colleague,\nI'd be grateful if you could see [[PERSON|name:Grace]], a retired teacher with painless visible haematuria x2. Ex-smoker 30 pack-yr. Hb 131, eGFR 78.\nBest wishes,\nGP Partner, GMC [[ID|license:7042198]]\ne: [[EMAIL|email:t.wisniewski@nhs.net]]",
    'FAX COVER SHEET\nTo: Orthopedics, [[LOCATION|geo:Wadley Regional Medical Center at Hope]]   Fax: [[PHONE|fax:870-555-0163]]\nPages: 4 (incl. cover)\nRE: [[PERSON|name:Dwayne Faith]]\nPt reports R knee pain "since the ice storm", XR tricompartmental OA, failed 2 steroid inj. Requesting TKA eval.\nReferring: [[PERSON|name:Lorna Bishop]], APRN, NPI [[ID|license:1578236490]]',
    "Referral to Endocrinology\nDear Endo team, pls see [[PERSON|name:Jedda Walker]], who lives on a station near [[LOCATION|geo:Dajarra]], 150km sth of [[LOCATION|geo:Mount Isa]].\nIHI [[ID|health_plan:8003608166690503]]. HbA1c 11.2% despite metformin XR 2g + gliclazide MR 120mg.\nNo mobile coverage - contact via clinic [[PHONE|phone:(07) 4748 4811]] or her sister [[PERSON|name:Summer Walker]].",
    "Dear colleague,\nRe: Ms [[PERSON|name:Rosie-Mae Bishop-Kang]]\nThank you for seeing [[PERSON|name:Rosie-Mae]] again. She was under Mr [[PERSON|name:Adeyemi]]'s care at [[LOCATION|geo:Frimley Park]] until he retired and the L knee has flared since. MRI: complex medial meniscal tear.\nYours sincerely",
    "From: [[PERSON|name:Hope Nakashima]] <[[EMAIL|email:hnakashima@cascadiafamilymed.org]]>\nSubject: referral - sleep study\n\nHi, referring pt [[PERSON|name:Raoul Fontaine]] for PSG. Epworth 16, BMI 38, witnessed apneas per wife.\n-- \nPA-C, family medicine | [[ADDRESS|geo:2210 Broadway, Everett, WA 98201]]\nf. [[PHONE|fax:425.555.0115]]",
    'MHCP referral\nTo: [[PERSON|name:Faith Lindqvist]], Clinical Psychologist\nRe: [[PERSON|name:Jordan Ashby-Nguyen]]\nK10 34, PHQ-9 19. Quote: "i just don\'t have much hope left." Safety plan done; no plan or intent today.\nPlease reply to [[EMAIL|email:drkpatel@newtownfamilypractice.com.au]] or fax [[PHONE|fax:(02) 9519 4480]].\nprov no [[ID|license:4482917A]]',
    "Referral to Memory Clinic, [[LOCATION|geo:Bath]]\nPatient: Mrs [[PERSON|name:Rose Summers]], [[AGE|date:91]] y.o., [[LOCATION|geo:Combe Down]]\nHusband, Major [[PERSON|name:Arthur Summers]] (retd), reports 18 months of gradual memory loss; she now gets muddled reading the paper. MoCA 17/30. B12, TFTs normal.\nCT head: small vessel change only.",
    "Referral: Dermatology\nPt: [[PERSON|name:Marisol de la Vega]]  MRN [[ID|mrn:MRN5520914]]\nChanging pigmented lesion L shoulder, 9x7mm, asymmetric, 2 colours.\nDermoscopy attached: [[ID|photo:derm_L_shoulder_delaVega_0304.png]]; pt also sent [[ID|photo:PHOTO-2024-03-04-10-22-17.jpg]] via the portal.\nPlease see within 2 wks.",
    "Dear Registrar,\nI would be grateful if you would see [[PERSON|name:Mícheál Ó Súilleabháin]], a farmer from [[LOCATION|geo:Ballinasloe]] (Eircode [[ADDRESS|geo:H53 X2Y7]]), with 6 weeks of dysphagia to solids and 5kg weight loss.\nPPSN [[ID|ssn:6543210 FA]].\nYours sincerely,\nMCRN [[ID|license:412873]]",
    "Referral - GI\nTo [[LOCATION|geo:Reading Hospital]], [[LOCATION|geo:West Reading]] PA\nre [[PERSON|name:Kenneth Mark]], Medicare MBI [[ID|health_plan:5KJ2-WN8-RT41]]\n[[PERSON|name:Mark]] reports melena x3 days, Hb 9.8 (was 13.1). On clopidogrel. Please mark urgent.",
    "Referral to ACAT\nClient: [[PERSON|name:Dorothy Faith Penhall]], [[AGE|date:ninety-six]], lives alone at [[ADDRESS|geo:3/41 Grand Junction Rd, Hope Valley SA 5090]]\nMy Aged Care ID [[ID|other:AC48291730]]\n2 falls in 6 wks, struggling w/ showering. Niece visits most days, mob:[[PHONE|phone:0433918220]].",
]

NURSING_SHORTHAND: list[str] = [
    "0600 obs stable. pt [[PERSON|name:faith o'connor]] ur#[[ID|mrn:4478120]] slept most of noc, voided x2, pain 2/10. IVC L ACF d2 site clean. wife rang 0530 wants cb on [[PHONE|phone:0418-220-931]]. bed 14 -> 22 this am.",
    "1900-0700 pt A&Ox3, c/o nausea x1, zofran 4mg IV @2215 w/ relief. BG 212 @2100 -> 4u lispro per scale. rm 412B. pt declined bath tonight. daughter [[PERSON|name:hope]] @ bedside till 2300, says dad wants to go home to [[LOCATION|geo:Bath]] (ME) by the wknd.",
    'resident Mrs [[PERSON|name:K. Papadopoulos]] rm 14, [[AGE|date:102]]yo. BGL 6.8, refused lunch, "not hungry darling". skin tear R forearm dressed w/ mepitel. GP dr [[PERSON|name:hunter]] to r/v tues. son visited 1500-1630.',
    "DN visit @ [[ADDRESS|geo:Flat 3, 19 Wells Rd, Bath BA2 3AP]] - L leg ulcer redressed (inadine + K2). exudate mod, no odour. photo taken & uploaded [[ID|photo:DN_legulcer_0412.jpg]]. son [[PERSON|name:will]] present, says mum's been 'off her legs'. nxt visit thurs.",
    "NICU 0300: baby girl [[PERSON|name:Okafor]] (twin A) MRN[[ID|mrn:N2240918]] 1.42kg, fed 24ml q3h NGT, tolerating. 1x brady to 78 self-resolved. mum [[PERSON|name:Blessing]] expressing, 20ml brought up. cot 7.",
    "TRIAGE 0214: [[AGE|other:44]]M BIBA from [[LOCATION|geo:Penrith]], ETOH++, GCS 14. states name is '[[PERSON|name:king]]' only, no ID on him. ambos found wallet in car: QLD licence [[ID|license:081 447 229]]. car rego [[VEHICLE|vehicle:XQG-84K]] towed per police. cat 3.",
    "ICU nsg 0400\npt [[PERSON|name:HUNTER,ROSE]] dob[[DATE|date:11/2/39]] - sedated RASS -3, propofol 120mg/h, FiO2 0.4 PEEP 8.\nUO 20-25ml/h x3h, informed reg [[PERSON|name:street]] @0415, bolus 250ml given.\nhusband rang, updated.",
    "SBAR handover\nS: Mr [[PERSON|name:Jim Bishop]], bed 9, D1 post AAA repair.\nB: HTN, COPD, ex-smoker. lives [[LOCATION|geo:Sandwich]], [[LOCATION|geo:Kent]].\nA: UO 35 ml/hr, lactate 2.1, epidural running 8ml/hr.\nR: call Mr [[PERSON|name:Street]] if UO <30ml/hr x2hrs or lactate >3.",
    "15min obs. pt pacing corridor, asked for '[[PERSON|name:Grace]]' (sister) repeatedly. sister's no. in file [[PHONE|phone:07700900413]] - rang 2210, no ans, left vm. PRN olanzapine 5mg PO @2230 w/ good effect. settled in room by 2300.",
    "ED bay 6 - pt mobility ok, awaiting bed. son parked white corolla [[VEHICLE|vehicle:DFX 29L]] in ambulance bay - security asked him to move it. son [[PERSON|name:Ray Grace]] ph [[PHONE|phone:0400 113 862]]. pt from [[LOCATION|geo:Orange]], going back tmrw.",
    "HD session #3 via L AVF. pre wt 78.4 post 76.1 UF 2.3L. BP 148/82 -> 122/70. machine Fresenius 5008S sn [[DEVICE|device:4PAF2281]]. pt mr [[PERSON|name:tuilagi]] dozed thru, no cramps. nxt HD [[DATE|date:Wed 13th]].",
    "L&B: G3P2 @ 39+2, SROM 0300 clear liquor, CTG reactive, FHR 140s. EDD [[DATE|date:22/03]]. partner present; birth plan says no students. mw [[PERSON|name:K. Ní Bhriain]] taking over @0730. pt [[PERSON|name:Summer-Rose Leota]] ur[[ID|mrn:0883129]].",
]

PHARMACY: list[str] = [
    "PBS PRESCRIPTION\nPrescriber: Dr [[PERSON|name:Alisha Grace]]   Prescriber No: [[ID|license:2281934]]\nPatient: [[PERSON|name:Tom Hope]], [[ADDRESS|geo:12 Lachlan St, Cowra NSW 2794]]\nRx: apixaban 5mg tab, 1 BD, qty 60, rpt 5.",
    'rx_id,patient,dob,drug,qty,prescriber_npi,dea\n[[ID|other:7741902]],"[[PERSON|name:FAITH, WILLIAM J]]",[[DATE|date:1950-04-18]],oxycodone 5mg tab,20,[[ID|license:1427053861]],[[ID|license:BF8832115]]',
    "Pharmacist intervention - ward 6\nRang [[LOCATION|geo:Boots Reading Broad Street]] re: dosette - they confirm allopurinol 300mg still in pack but stopped by Dr [[PERSON|name:Nguyen]] (eGFR 24). Asked [[PERSON|name:Nguyen]] to update the TTO.",
    "Clozapine monitoring\nPt [[PERSON|name:Lucas Marchetti-King]], CPMS patient no. [[ID|other:CL-448192]]\nANC 2.1 x10^9/L (green), WCC 5.4. Dose 350mg nocte. Level 0.42 mg/L.\nNext FBC due in 1/52; supply released to ward 5.",
    "CII DISPENSING LOG\nRx [[ID|other:RX0448817]] hydromorphone 2mg #30\nPt: [[PERSON|name:Harriet Grace]]\nPicked up by [[PERSON|name:Hunter King]] (son), ID checked: NY DL [[ID|license:447 812 936]]\nDrive-thru lane 2, vehicle [[VEHICLE|vehicle:KLM-2271]] logged.",
    "Anticoag clinic - phone\n[[PERSON|name:Doreen Mackay]] INR 3.8 (target 2-3). No bleeding. Omit tonight's dose then 3mg/4mg alternate.\nDosing advice faxed to [[LOCATION|geo:Papadopoulos Pharmacy]] ([[PHONE|fax:02 6362 4471]]); also rang [[PERSON|name:Nick Papadopoulos]] directly to update the webster pack.",
    "e-Rezept\nPat.: [[PERSON|name:Gerhard Sommer]], Versichertennr. [[ID|health_plan:A123456780]]\nLANR [[ID|license:123456601]]\nToken-ID [[ID|other:160.000.100.482.917.31]]\nRamipril 5 mg N3, 1-0-0.",
    "Retail sale - compounding\nMagic mouthwash 200mL for [[PERSON|name:Ivy Street]]\nPaid by card [[ID|account:4556 7375 8689 9855]], receipt to [[EMAIL|email:ivy.street@bigpond.com]]\nCollect from [[LOCATION|geo:Street Pharmacy]] after 2pm.",
    "Pump supplies order\nPt [[PERSON|name:Noah Bishop]] (type 1)\nTandem t:slim X2, SN [[DEVICE|device:1148821]]. Cartridges x10, AutoSoft 90 x10.\nShip to [[ADDRESS|geo:55 Mercy Lane, Reading, PA 19606]]",
    "Med rec - admission\nPt's wife [[PERSON|name:Rose]] brought meds in a shopping bag. Labels from [[LOCATION|geo:Chemist Warehouse Mackay]], prescriber Dr [[PERSON|name:J. Major]].\nMetformin 1g BD, gliclazide MR 60mg, perindopril 5mg, atorvastatin 40mg.",
    "OTP dosing point - [[LOCATION|geo:Mount Isa]]\nClient no. [[ID|other:OTP-QLD-22817]], [[PERSON|name:Tyson Fairleigh]]\nMethadone 70mg, takeaways x2 Sat/Sun. Identity confirmed against photo on file [[ID|photo:ODT-PH-00917]].",
    "PRIOR AUTH REQUEST - fax to [[PHONE|fax:1-877-555-0190]]\nMember: [[PERSON|name:Mercy Ellison-Hart]]\nBIN 610014  PCN MEDDPRIME\nDrug: dupilumab 300mg q2w. Dx L20.9 (atopic derm), failed TCS + tacrolimus.\nPrescriber NPI [[ID|license:1063948271]]",
]

TELEHEALTH: list[str] = [
    "Telehealth consult - video\nJoin link sent to pt: [[URL|url:https://telehealth.healthdirect.org.au/t/okafor-clinic/waiting-room?ref=QX71]]\nPt [[PERSON|name:Bronwyn Street]] connected from home in [[LOCATION|geo:Orange]] at 10:32; audio dropped x2 (patchy NBN).\nID verified: name + DOB.\nGP consulting from clinic. MBS 91800.",
    'session_id=ts-88120 event=join user=[[ID|other:rhunter1961]] ip=[[IP|ip:203.0.113.47]] ua="Mozilla/5.0 (iPad; CPU OS 17_3)" faceid_tpl=[[ID|biometric:FT-88e1-2c40]] ts=09:02:11\nsession_id=ts-88120 event=end dur=00:14:51',
    "Chat transcript (patient portal)\n[10:03] Patient ([[PERSON|name:Rose Whitlock]]): hi is this dr [[PERSON|name:king]]\n[10:03] Clinician: Yes hi [[PERSON|name:Rose]], can you hear me ok?\n[10:04] Patient: my granddaughter [[PERSON|name:summer]] set this up for me lol\n[10:05] Clinician: Perfect. Can you confirm your date of birth?\n[10:05] Patient: [[DATE|date:twelfth of june 1933]]",
    "Audio-only visit (pt unable to do video). Pt called from [[PHONE|phone:+1 (505) 555-0148]] - not the number on file.\nPt located in [[LOCATION|geo:Truth or Consequences]], NM for visit, consents to telehealth.\n[[PERSON|name:Orlando Quintana]] (MRN [[ID|mrn:NMH-2281937]]) reports 3 days fevers, dysuria. Rx nitrofurantoin sent.",
    'Attend Anywhere - respiratory clinic\nReply from patient <[[EMAIL|email:summer.bishop1990@gmail.com]]>: "sorry i missed the link, can we do thurs instead?"\nRebooked to [[DATE|date:Thursday 21 March]] 14:20. New link emailed.\nPt: [[PERSON|name:Summer Bishop]]',
    "Telepsychiatry review via video\nPt [[PERSON|name:Thi Lan Pham]], [[AGE|other:52]]F, with phone interpreter [[PERSON|name:Thanh]] (TIS ID [[ID|other:TIS-004471]]).\nConnected from [[IP|ip:2001:db8:4a1f:12::7]] (logged per policy).\nMood improved, sleep 6h. Continue mirtazapine 30mg.",
    "Videosprechstunde\nLink: [[URL|url:https://praxis-dr-koenig.de/video/raum/4471]]\nÄrztin Dr. [[PERSON|name:Katharina König]] - Patient [[PERSON|name:Jonas Hoffnung]]\nBefund: Exanthem seit 3 Tagen, kein Fieber. AU bis [[DATE|date:15.3.]] ausgestellt.",
    "Nurse triage line - after hours\nCaller verified by voiceprint (template [[ID|biometric:VP-20931-A]]) - voice match 0.94.\nCaller: [[PERSON|name:Major Thompson]] (that is his first name), calling about his wife.\nCall-back no. [[PHONE|phone:(512) 555-0138]]. Advised ED for chest pain; EMS dispatched to [[ADDRESS|geo:904 Bishop Dr, Round Rock, TX 78664]].",
    "MyChart e-visit\nUser [[ID|other:mhopkins_77]] submitted photo: [[ID|photo:rash_photo_0311.heic]]\n[[PERSON|name:Melanie Hopkins]], F, 4 days of annular rash L forearm, no fever. Looks like tinea corporis.\nRx terbinafine cream BID x 2 wks.",
    'Received: from mail-ej1-f41.google.com ([[IP|ip:198.51.100.23]]) by mx.clinic.example\nFrom: "[[PERSON|name:Will Faith]]" <[[EMAIL|email:willfaith@outlook.com]]>\nTo: [[EMAIL|email:nurse.hunter@fairviewpeds.org]]\nSubject: re: my son\'s inhaler\n\nhi nurse [[PERSON|name:hunter]], the spacer you gave him is cracked. can i pick one up today?',
    "Telehealth - GP\nPt [[PERSON|name:Kirra Bishop-Walsh]] at [[LOCATION|geo:Normanton]] clinic with AHW assisting (camera on pt's R ear).\nOtoscope image captured: [[ID|photo:otoscope_R_20240311.png]]. Perforated TM, discharge.\nCipro ear drops BD x7/7.",
    "E-consult beeldbellen\nLink: [[URL|url:https://beeldbellen.zorgplatform.nl/s/8KD2-VV3Q]]\nPatiënt [[PERSON|name:Gerrit Visser]], BSN [[ID|ssn:3119 27 504]], belt in vanuit [[LOCATION|geo:Edam]].\nKlachten: hoesten, geen koorts. Advies: afwachten, terugbellen bij dyspnoe.",
]

BILLING: list[str] = [
    "CLAIM 1500\n1a INSURED ID: [[ID|health_plan:XEH884120701]]\n2 PATIENT NAME: [[PERSON|name:HUNTER, SUMMER L]]\n5 ADDRESS: [[ADDRESS|geo:118 ORANGE ST, MOBILE, AL 36602]]\n21 ICD: J45.41, R06.02\n24 CPT 99214-25, 94640\n26 PT ACCT NO: [[ID|account:SH-0048812]]",
    "TAX INVOICE [[ID|account:INV-2024-0311-77]]\nBill to: Mr [[PERSON|name:Desmond King]], [[ADDRESS|geo:7 Hope St, Mackay QLD 4740]]\nItem 23 consult $95.00, Medicare rebate $42.85, gap $52.15.\nPay by EFT to BSB/acc [[ID|account:062-914 10448217]] ref [[PERSON|name:KING]].",
    "MSH|^~\\&|PAS|FAC01|BILL|FAC01|[[DATE|date:20240311]]1422||DFT^P03|MSG00441|P|2.5\nPID|1||[[ID|mrn:0092817]]^^^FAC01^MR||[[PERSON|name:ROSE^HOPE^M]]||[[DATE|date:19410605]]|F|||[[ADDRESS|geo:4 KING ST^^HOPE^AR^71801]]\nFT1|1|||||CG|99213^Office visit||1",
    "Private patient account\nPatient: Mr [[PERSON|name:Hugo Fiennes-Bishop]]\nInsurer: Bupa, membership no. [[ID|health_plan:BUP 8841 2290 17]], pre-auth [[ID|other:PA-7731928]]\nProcedure: L THR. Excess GBP 250 payable by patient.\nPayable before admission.",
    "RECHNUNG nach GOÄ\nRechnungsnr. [[ID|account:2024-03-0417]]\nHerrn [[PERSON|name:Wilhelm Hoffnung]], [[ADDRESS|geo:Lindenstraße 14, 80331 München]]\nGOÄ 1, 5, 651 (EKG). Summe 87,43 EUR.\nBitte überweisen auf IBAN [[ID|account:DE71 7002 0270 0015 8833 12]].",
    "claim_id,member_id,last,first,dos,cpt,billed,payer\n[[ID|other:CLM-0088412]],[[ID|health_plan:MBR77120934]],[[PERSON|name:Bishop]],[[PERSON|name:Mercy]],[[DATE|date:2024-02-14]],97110,145.00,Aetna",
    "Collections note\nAcct [[ID|account:88-4471-0029]] 90+ days past due, balance $1,240.\nSpoke with guarantor [[PERSON|name:Faith Delacroix]] (pt's mother); she will pay $150/mo starting [[DATE|date:the first of April]].\nCard on file updated: [[ID|account:5399 4120 8841 0927]]. Pt is a minor.",
    "PHI claim - HICAPS\nFund: HCF, member no [[ID|health_plan:04471928]] (suffix 01, spouse)\nPhysio item 505 x1, $78.00, benefit $52.00.\nProvider: [[PERSON|name:Callum Hope]], provider no. [[ID|license:4471208K]].",
    "ISA*00*          *00*          *ZZ*SUBMITTER01    *ZZ*PAYER02        *[[DATE|date:240311]]*1422*^*00501*000004471*0*P*:~\nNM1*IL*1*[[PERSON|name:STREET]]*[[PERSON|name:MERCY]]****MI*[[ID|health_plan:W1188294501]]~\nN3*[[ADDRESS|geo:77 GRACE AVE]]~\nN4*[[LOCATION|geo:READING]]*PA*[[ADDRESS|geo:19601]]~\nDMG*D8*[[DATE|date:19330714]]*F~",
    "STATEMENT\nGuarantor: [[PERSON|name:Jared Bishop]]   Account: [[ID|account:88044712]]\nAmount due: $312.50 within 30 days.\nPay online: [[URL|url:https://pay.clinicbilling.example/acct/88044712?n=jbishop]]\nSelf check-in kiosk palm-vein enrolment ref [[ID|biometric:PV-5521-0087]] - call the billing line to remove.",
    "Medicare bulk bill claim REJECTED\nClaim no. [[ID|other:BB-2024-88120]]\nPatient: [[PERSON|name:Tane Bishop]], Medicare [[ID|health_plan:2891 40233 1]]\nReason 160: IRN mismatch, item 36.\nResubmit with IRN 2.",
    "Patient liaison - parking charge\nPCN issued to vehicle [[VEHICLE|vehicle:YK19 HPE]] in the maternity drop-off bay.\nDriver was partner of pt [[PERSON|name:Hope Adeyemi]] who was in active labour.\nWaiver approved; letter to [[ADDRESS|geo:41 Orchard Way, Reading RG30 4TT]].",
]

DEVICE_TELEMETRY: list[str] = [
    '{"patient":"[[PERSON|name:Hope Marangoni]]","mrn":"[[ID|mrn:00392817]]","transmitter_id":"[[DEVICE|device:8G4K2M]]","readings":[{"ts":"[[DATE|date:2024-03-10]]T22:05:00Z","mg_dl":212}],"uploader_ip":"[[IP|ip:10.24.8.117]]"}',
    "REMOTE TRANSMISSION REPORT\nPatient: [[PERSON|name:WILL, Hunter]]\nDevice: Boston Scientific ACCOLADE MRI L331, SN [[DEVICE|device:752193]]\nTransmission [[DATE|date:11-Mar-2024]] 03:12. Battery 9.5 yrs. AF burden 3.2%, longest episode 4h12m.\nReviewed by device clinic RN.",
    "[[DATE|date:Mar 11]] 03:14:07 pump-gw01 alarisd[2210]: evt=OCCLUSION_DOWNSTREAM pump_sn=[[DEVICE|device:12044871]] mac=[[DEVICE|device:00:1b:44:11:3a:b7]] ip=[[IP|ip:172.16.40.22]] bed=ICU-07 pt_mrn=[[ID|mrn:E0071123]] drug=noradrenaline rate=8.0mL/h",
    "AirView compliance summary\nPt [[PERSON|name:Graham Bath]], AirView ID [[ID|other:AV-7741290]]\nResMed AirSense 10 AutoSet (model 37207), serial [[DEVICE|device:23172948106]]\n30-day usage 6.2 h avg, 93% days >4h. AHI 3.1, leak 95th %ile 18 L/min.",
    "Cochlear implant mapping\n[[PERSON|name:Isla Hunter]], paeds\nProcessor Nucleus 8 SN [[DEVICE|device:CP1150-8823194]]; implant CI632 SN [[DEVICE|device:CI632-0041-8821]]\nImpedances WNL all electrodes. Map saved, next review in 6 months.",
    '[[DATE|date:2024-03-09]] 07:41:22.118 INFO ble: connected peer=[[DEVICE|device:C4:7C:8D:6A:2E:19]] name="[[PERSON|name:Rose]]\'s Watch" rssi=-61\n07:41:23.004 INFO sync: uploading 1440 hr samples host=[[IP|ip:2001:db8:85a3::8a2e:370:7334]] account=[[EMAIL|email:rose.street@icloud.com]]\n07:41:24.550 WARN sync: ecg strip AF flag=1',
    "MiniMed 780G data export\nName: [[PERSON|name:Jacob Grace]]   Pump Model: MMT-1780   Serial: [[DEVICE|device:NG2619884H]]\nIndex,Date,Time,BG Reading (mg/dL),Bolus Volume (U)\n1,[[DATE|date:03/08/24]],07:15:00,142,4.5\n2,[[DATE|date:03/08/24]],12:02:00,201,6.1",
    "MSH|^~\\&|PHILIPS_IX|ICU|EMR|HOSP|[[DATE|date:20240311]]0400||ORU^R01|44120|P|2.6\nPID|||[[ID|mrn:2281094]]^^^HOSP^MR||[[PERSON|name:NGUYEN^THI MAI]]|||F\nPV1||I|ICU^07^A\nOBX|1|NM|8867-4^Heart rate^LN||112|/min|60-100|H\nOBX|2|ST|DEVICE_ID||[[DEVICE|device:MX800-DE44718822]]",
    "[[DATE|date:2024-03-11]]T06:00:02Z auth ok user=[[ID|other:k.okafor88]] method=fingerprint template=[[ID|biometric:FPT-00A4-77E1]] app=RPM-Home 4.2.1\n[[DATE|date:2024-03-11]]T06:00:40Z vitals spo2=93 hr=104 wt_kg=96.2 src=scale sn=[[DEVICE|device:WS-2290-117843]] alert=WEIGHT_GAIN_2KG_48H",
    "Home BP telemonitoring\nPt [[PERSON|name:Mercedes Orange]] - cuff Omron HEM-7361T serial [[DEVICE|device:20230104471LG]]\nGateway [[IP|ip:192.168.1.44]] (home wifi), last sync 21:14\n7-day mean 152/94. Message sent to GP to uptitrate amlodipine.",
    "eCall MSD received 14:22:07\nVIN [[VEHICLE|vehicle:WVWZZZ1KZ8W447120]], propulsion: petrol, passengers: 1\nPosition: [[ADDRESS|geo:47.80231 N, 13.04472 E]] (A1 near [[LOCATION|geo:Salzburg]])\nPSAP note: driver [[PERSON|name:Franziska Bischof]], conscious, airbag deployed. Registered keeper plate [[VEHICLE|vehicle:S-482 KB]].",
    "CareLink remote - LINQ II\nPatient ID [[ID|other:CL-0099417]], [[PERSON|name:Tomás de Burgo]]\nICM SN [[DEVICE|device:RLB448102G]]\nAuto-trigger: pause 4.1 s at 02:44, pt asleep. Flag for EP review; email summary to [[EMAIL|email:ep.remote@stvincents.ie]].",
]

RESEARCH_ENROLMENT: list[str] = [
    "SCREENING / CONSENT LOG - PROTECT-AF (NCT04471928)\nParticipant ID [[ID|other:PAF-017-0042]]\nScreened today; consent obtained by Dr [[PERSON|name:Hope Adebayo]] at 10:40.\nParticipant [[PERSON|name:Ruth Fairchild-Moss]] eligible (CHA2DS2-VASc 4).",
    "Biobank accession\nDonor [[PERSON|name:Marcus Bishop]], sample ID [[ID|other:BB-23-004471-S]]\nRetina scan enrolment template [[ID|biometric:RS-EYE-00912]] (for re-identification at follow-up visits).\nAliquots: plasma x4, buffy coat x2, stored -80C rack 12 box 3.",
    "UK cohort - baseline visit\nParticipant [[PERSON|name:Grace Fairweather]], born [[DATE|date:Christmas Day 1950]]\nLives in [[LOCATION|geo:March]], [[LOCATION|geo:Cambridgeshire]]. Grip strength 22 kg, gait 0.8 m/s.\nNext visit [[DATE|date:03/2025]].",
    '{"record_id":"[[ID|other:1042-17]]","redcap_data_access_group":"site_03","name_first":"[[PERSON|name:Faith]]","name_last":"[[PERSON|name:Okonjo]]","email":"[[EMAIL|email:faith.okonjo87@yahoo.com]]","randomised_arm":"B"}',
    "pseudonym;name;geb_datum;versichertennr\nP-7781;[[PERSON|name:Major, Friedrich]];[[DATE|date:12.04.1933]];[[ID|health_plan:B448217730]]\nP-7782;[[PERSON|name:von der Heide, Ursula]];[[DATE|date:30.11.1929]];[[ID|health_plan:C902118845]]\n# Schlüsseldatei - NUR lokal in der Studienzentrale speichern!",
    "Clinical photography consent - wound healing sub-study\nParticipant [[PERSON|name:Sione Havili]], study no. [[ID|other:WH-088]]\nPhotos [[ID|photo:CP-2024-0311-001]] to [[ID|photo:CP-2024-0311-004]] (face excluded, tattoo on L calf visible - cropped).",
    "Genomics family history\nProband [[PERSON|name:Rose Okafor-Bishop]]\nMother [[PERSON|name:Faith]] d. 2019 (ovarian ca, [[AGE|other:58]]). Maternal aunt [[PERSON|name:Mercy]] - breast ca at [[AGE|other:44]].\nBRCA2 c.5946delT detected. Cascade testing offered to brother.",
    "screen_no,site,age,sex,eligible,reason\n[[ID|other:S-0141]],MKY,[[AGE|date:91]],F,N,age>85\n[[ID|other:S-0142]],TSV,[[AGE|other:67]],M,Y,",
    "Voice biomarker study (Parkinson's disease)\nParticipant [[PERSON|name:Bill Summerhayes]], voiceprint ID [[ID|biometric:VX-2281-PD]]\nRecorded sustained /a/ x3, DDK rate 5.2/s. UPDRS III 24.\nAudio files stored under participant code only.",
    "Registry enrolment\nRecruited via [[LOCATION|geo:John Hunter Hospital]].\n[[PERSON|name:Chloe Major]], consent to data linkage incl. Medicare [[ID|health_plan:3390 16624 1]].\nStudy parking permit issued, rego [[VEHICLE|vehicle:CX 44 RT]].",
    "From: [[EMAIL|email:s.hunter@trialsunit.ox.ac.uk]]\nTo: [[PERSON|name:Maisie Clarke-Boateng]] <[[EMAIL|email:maisieclarke_b@hotmail.co.uk]]>\nSubject: your visit 3\n\nDear [[PERSON|name:Maisie]],\nYour month-3 visit is booked for Tuesday at 10:00 (video). Join here: [[URL|url:https://ox-ac-uk.zoom.us/j/84471920331?pwd=Qm9vWk]]\nBest, trial coordinator",
    "Återkallat samtycke / withdrawal\nDeltagare [[PERSON|name:Astrid Lindqvist]], personnummer [[ID|ssn:19330214-2381]] ([[AGE|date:91]] år), [[LOCATION|geo:Uppsala]]\nÅterkallat [[DATE|date:8 mars 2024]] per telefon.\nProver förstörs enligt protokoll.",
]

EU_CLINIC_LETTERS: list[str] = [
    "Sehr geehrte Frau Kollegin,\nwir berichten über Ihre Patientin Frau [[PERSON|name:Rosa Sommer]], wohnhaft [[ADDRESS|geo:Hauptstraße 7, 79098 Freiburg]], die sich vom [[DATE|date:04.03.]] bis [[DATE|date:11.03.2024]] in unserer stationären Behandlung befand.\nDiagnose: NSTEMI, 2-Gefäß-KHK. Troponin T hs 412 ng/l.\nBefunde online: [[URL|url:https://befundportal.uniklinik-freiburg.de/p/UKF-4471928]]",
    "Cher confrère,\nJ'ai vu en consultation Mme [[PERSON|name:Espérance Lefèvre]], âgée de [[AGE|date:90]] ans, domiciliée à [[LOCATION|geo:Orange]] ([[LOCATION|geo:Vaucluse]]). N° SS : [[ID|ssn:2 34 02 84 087 112 46]].\nFibrillation atriale permanente, apixaban 2,5 mg x2/j.\nBien confraternellement,\nDr [[PERSON|name:Jean-Baptiste de Saint-Aubin]]",
    "Geachte collega,\nHierbij verwijs ik dhr. [[PERSON|name:Willem de Koning]], BSN [[ID|ssn:1829.37.450]], wonend te [[LOCATION|geo:Hoorn]], naar uw polikliniek in verband met progressieve dyspnoe.\nMet collegiale groet, [[PERSON|name:M. ter Horst]], huisarts",
    "Gentile collega,\nho visitato il sig. [[PERSON|name:Salvatore D'Amico]], C.F. [[ID|ssn:DMCSVT41C12F839X]], nato a [[LOCATION|geo:Napoli]] il [[DATE|date:12/03/1941]].\nBPCO GOLD 3, in ossigenoterapia 2 l/min. Si richiede visita pneumologica.\nCordiali saluti",
    "Estimado compañero:\nRemito a Doña [[PERSON|name:Consuelo Rey Obispo]], de [[AGE|date:noventa y un]] años, con domicilio en [[ADDRESS|geo:C/ Mayor 12, 3ºB, 28013 Madrid]].\nDeterioro cognitivo progresivo; MMSE 18/30.\nSu hija la acompaña (tel. [[PHONE|phone:612 44 71 90]]).",
    "Beste collega,\nMevrouw [[PERSON|name:Hilde Vanderlinden]], rijksregisternummer [[ID|ssn:34.07.12-273.15]], werd opgenomen op [[DATE|date:3 maart]].\nDiagnose: heupfractuur links. Zij woont alleen in [[LOCATION|geo:Damme]].\nContact: fax [[PHONE|fax:+32 50 45 22 19]].",
    "Remiss till geriatriken\nPatient: [[PERSON|name:Karl-Erik af Ugglas]], [[ID|ssn:320518-4471]], [[AGE|date:91]] år\nBoende: [[ADDRESS|geo:Storgatan 3, 753 31 Uppsala]]\nFallbenägenhet, ortostatism. Dottern är kontaktperson.",
    "Dear colleague,\nRe: Ms [[PERSON|name:Eirini Christodoulou]], AMKA [[ID|ssn:12034712345]], from [[LOCATION|geo:Chania]]\nThank you for referring this lady. Echo today shows severe AS, AVA 0.7 cm2, mean gradient 48 mmHg. I'll ring [[PERSON|name:Papadopoulos]]' office to arrange TAVI work-up.",
    "Szanowny Panie Doktorze,\nPacjentka [[PERSON|name:Nadzieja Kowalczyk]], lat [[AGE|date:90]], PESEL [[ID|ssn:330 514 08 821]], zam. [[ADDRESS|geo:ul. Długa 5/3, 80-827 Gdańsk]]\nrozpoznanie: niedokrwistość z niedoboru żelaza, Hb 8,2 g/dl.\nProszę o gastroskopię. Z poważaniem",
    "Sehr geehrter Herr Kollege,\nHerr [[PERSON|name:Urs Bischof]], AHV-Nr. [[ID|ssn:756.1234.5678.97]], aus [[LOCATION|geo:Bad Ragaz]], stellte sich am [[DATE|date:6. März]] in unserer Sprechstunde vor.\nGonarthrose re., Kellgren-Lawrence IV. Wir empfehlen Knie-TEP.",
    "Caro colega,\nA Sra. [[PERSON|name:Graça dos Santos]], NIF [[ID|ssn:231 447 190]], residente em [[LOCATION|geo:Setúbal]], foi observada hoje.\nHTA não controlada (168/98). Ajustei terapêutica.\nCumprimentos, [[PERSON|name:Rui Esperança]]",
    "Kære kollega,\n[[PERSON|name:Mette Bisgaard]], CPR [[ID|ssn:120334-1447]], bosat i [[LOCATION|geo:Give]], henvises til hjerteambulatoriet. Hun er [[AGE|date:90]] år.\nEKG: AV-blok II. Puls 38.\nMvh, praktiserende læge, [[EMAIL|email:anders.krogh@givelaegehus.dk]]",
]

STYLES = [
    ("progress-note", PROGRESS_NOTES),
    ("discharge-summary", DISCHARGE_SUMMARIES),
    ("gp-referral", GP_REFERRALS),
    ("nursing-shorthand", NURSING_SHORTHAND),
    ("pharmacy", PHARMACY),
    ("telehealth", TELEHEALTH),
    ("billing", BILLING),
    ("device-telemetry", DEVICE_TELEMETRY),
    ("research-enrolment", RESEARCH_ENROLMENT),
    ("eu-clinic-letter", EU_CLINIC_LETTERS),
]


def main() -> None:
    print(f"probe15: {write_styled(OUT, STYLES)} docs")


if __name__ == "__main__":
    main()
