"""Write the 31st hand-annotated redaction probe, UK, Irish and New Zealand health-service notes.

Why: the redaction engine is scored on corpora written by authors who have never read it. This
probe covers the everyday paperwork of the four UK nations, the Republic of Ireland and New
Zealand: emergency departments, admission clerking, discharge letters, GP referrals, district
and public health nursing, care homes, mental health legislation, pharmacy, NHS administration
(waiting lists, PALS, appointments) and out-of-hours services. It mixes easy identifiers with
awkward ones: names that are ordinary words (Hope, Joy, Rose, Mark, Young, Bird), towns that are
words (Hope, Street, Bath), Bangor and Hamilton in two countries, IDs glued to
labels or on the line after them, ages of 90 and over, holidays as dates, and look-alikes that
stay unmarked (UK shorthand such as 2/7, 4/52 and 12/12, doses, lab values, bed, room and ward
numbers, bleeps, keysafe codes, device model names, pain and GCS scores).

What: 100 notes, ten in each of ten styles (a-and-e, clerking, discharge-letter, gp-referral,
district-nursing, care-home, mental-health-act, pharmacy, nhs-admin, out-of-hours), spread over
England, Scotland, Wales, Northern Ireland, Ireland and New Zealand. Identifier forms: NHS
number, CHI, H&C number, IHI, GMS/medical card, PPSN, NHI, IRD, NI number, passport, GMC, NMC,
GPhC, PSNI, PSI, IMC, MCNZ, NMBI, hospital numbers, UK postcodes, Eircodes and NZ postcodes.
Markers are [[LABEL|category:text]]; titles stay outside names, a full address is one span, a
lone town, county or named facility is LOCATION, ages 90+ are AGE|date, weekdays next to a date
stay outside the date span, and national numbers are ssn while health-system numbers are
health_plan.

How to run: cd /work/main && .venv/bin/python scripts/make_probe31_corpus.py
"""

from __future__ import annotations

from pathlib import Path

from make_safe_harbor_suite import write_styled

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "corpus" / "redaction" / "probe31.jsonl"

A_AND_E = [
    # England
    "ED TRIAGE - [[LOCATION|geo:Royal London Hospital]]\nArr 02:14 by amb (CAD ref [[ID|other:CAD-240817-0391]])\nPt: [[PERSON|name:Kieran Mulvey]]  DOB [[DATE|date:17/09/1994]]  ([[AGE|other:29]]M)\nNHS [[ID|health_plan:485 777 3456]]  MRN [[ID|mrn:RLH0048213]]\nPC: fell off e-scooter, L wrist deformity ?FOOSH. GCS 15/15. HR 104 BP 131/79 SpO2 98% RA. Pain 8/10.\nTriage cat 3 -> majors bed 12. Oramorph 10mg 02:25.",
    # Scotland
    "A&E [[LOCATION|geo:Ninewells]] - minors\n[[AGE|other:7]]yo girl [[PERSON|name:Hope Kincaid]] brought in by dad after R hand trapped in car door. CHI:[[ID|health_plan:1203164472]]\nno LOC, NV intact. XR: no #. Steristrips x2 to pulp lac, calpol 240mg given.\nSafeguarding screen neg, mechanism fits.\nDad ([[PERSON|name:Callum Kincaid]]) asked to move car - [[VEHICLE|vehicle:SN19 KWT]] - out of the ambulance bay.\nD/C home to [[LOCATION|geo:Broughty Ferry]], GP f/u prn.",
    # Wales
    "EMERGENCY DEPARTMENT - [[LOCATION|geo:Ysbyty Gwynedd]]\nName: [[PERSON|name:Gwilym Pritchard]]\nAge: [[AGE|date:91]]\nNHS No:\n[[ID|health_plan:715 923 0048]]\nAddress: [[ADDRESS|geo:Tŷ Newydd, Lôn Glan Môr, Bangor LL57 2TH]]\nHx: found on floor by neighbour approx 0600, ?long lie 6-8h. CK 3400. Cat 2 pressure damage L hip - photographed, file [[ID|photo:YG_ED_20240211_0632.jpg]] uploaded.\nXR L hip: #NOF. Ortho bleeped (bleep 2231).",
    # Northern Ireland
    "ED [[LOCATION|geo:Royal Victoria Hospital]], [[LOCATION|geo:Belfast]]\n[[DATE|date:05/02/24]] 01:50\n[[PERSON|name:Seamus O'Hare]] [[AGE|other:42]]M  H&C [[ID|health_plan:3201112345]]\nRTC - driver, car ([[VEHICLE|vehicle:KFZ 3821]]) vs lamppost ~30mph. Airbags deployed. Seatbelt bruising across chest.\nPSNI present, incident [[ID|other:CC2024020500318]]. Blood alcohol sample taken at police request, consented.\nCT C-spine/chest: no acute injury. Obs HR 88, BP 142/90, RR 16.",
    # Ireland
    "ED Triage - [[LOCATION|geo:St. James's Hospital]]\n[[DATE|date:03/02/2024]] 23:40\nName: [[PERSON|name:Aoife Ní Bhriain]]   MRN: [[ID|mrn:0731842]]\nDOB: [[DATE|date:29.11.1988]]   PPSN: [[ID|ssn:8734521QA]]\nAddr: [[ADDRESS|geo:14 Rialto Cottages, Rialto, Dublin 8, D08 X2F6]]\nPC: ?anaphylaxis after cashew at restaurant. Lip/tongue swelling, wheeze.\nAdrenaline 500mcg IM x1 by NAS, 2nd dose 23:50 here. MTS orange.",
    # New Zealand
    "ED - [[LOCATION|geo:Christchurch Hospital]]\nNHI: [[ID|health_plan:ZKP4821]]\n[[PERSON|name:Tama Ngata]], [[AGE|other:35]]\nFell ~2.5m off ladder at work site, [[ADDRESS|geo:27 Riccarton Road, Riccarton, Christchurch 8041]]. ACC45 done, claim no. [[ID|other:10045872331]].\nL ankle: Ottawa +ve. XR bimalleolar #. Backslab, NWB, crutches.\nFracture clinic Fri [[DATE|date:9 Feb]] 0930.",
    # England
    "RESUS NOTE - [[LOCATION|geo:Royal United Hospital]], [[LOCATION|geo:Bath]]\n[[AGE|other:19]]F [[PERSON|name:Summer Hope]] hosp no [[ID|mrn:H0219935]] DOB [[DATE|date:02/05/04]]\nAssaulted outside nightclub, [[LOCATION|geo:Kingsmead]] area. Punched/kicked. GCS 14 (E4V4M6) on arrival -> 15.\nPrev CT head 4/52 ago after a fall - NAD.\nFacial injuries photographed w/ consent for police, image ref [[ID|photo:RUH-MI-77421]].\nPolice: PC [[PERSON|name:Mark Young]], crime ref [[ID|other:5224018337]].",
    # Scotland
    "QEUH ED\n[[PERSON|name:Ewan Baird]], [[AGE|other:23]], CHI [[ID|health_plan:0508009183]]\nStaggered OD: approx 32 x paracetamol 500mg over the evening of [[DATE|date:14/03]], last ~2300.\nLevel (4h+) 180 mg/L. NAC (SNAP regimen) started 03:10.\nLives [[ADDRESS|geo:0/2, 44 Dumbarton Road, Glasgow G11 6PA]] with flatmate [[PERSON|name:Jamie]].\nLiaison psych referral in am (bleep 1234).",
    # New Zealand
    "MIDDLEMORE ED - DISCHARGE\nPatient: [[PERSON|name:Losa Fa'amoe]]  NHI:[[ID|health_plan:ABW2317]]  DOB [[DATE|date:5 July 1961]]\nDx: cellulitis R lower leg. Margin marked 2230.\nIV cefazolin 2g given. D/C flucloxacillin 500mg QID x 7/7. Return if spreading past line.\nSamoan interpreter used, ID [[ID|other:INT-4471]].\nGP: Dr [[PERSON|name:Priya Raman]], [[LOCATION|geo:Ōtara Family Health Centre]]\nfax [[PHONE|fax:09 555 0148]] / ph [[PHONE|phone:09 555 0147]]",
    # Ireland
    "CUH ED - chest pain\npt: [[PERSON|name:Liam Cronin]] [[AGE|other:67]]M, IHI [[ID|health_plan:1002345678]], Med card [[ID|health_plan:6719043P]]\nECG: STD V4-6. hs-trop 14 -> 52 ng/L (ref <14).\nAspirin 300mg + fondaparinux 2.5mg SC. Cardiology aware.\nDaughter [[PERSON|name:Niamh]] wants updates by email: [[EMAIL|email:niamh.cronin82@gmail.com]]",
]

CLERKING = [
    # England
    "MEDICAL CLERKING - AMU, [[LOCATION|geo:Leeds General Infirmary]]\n[[PERSON|name:Margaret Ann Pickersgill]], [[AGE|other:84]]F\nHosp no [[ID|mrn:L4471903]] / NHS [[ID|health_plan:9434765919]]\nPC: SOB + productive cough 3/7\nPMH: COPD (FEV1 1.1L), T2DM, OA\nDH: Seretide 250, metformin 500mg BD. NKDA\nSH: lives alone, [[ADDRESS|geo:12 Back Nora Road, Horsforth, Leeds LS18 4QB]]. Carers BD. ex-smoker 30 pk yrs.\nO/E T 38.1 RR 24 SpO2 91% RA, coarse creps R base\nImp: CAP, CURB-65 = 3\nPlan: CXR, cultures, co-amox + clari IV, VTE assess, TEP discussion w/ family",
    # Scotland
    "SURGICAL ADMISSION - [[LOCATION|geo:Raigmore Hospital]], [[LOCATION|geo:Inverness]]\nName: [[PERSON|name:Donald Mackay]]   CHI: [[ID|health_plan:2110476631]]   Age: [[AGE|other:76]]\nPC: RIF pain 2/7, anorexia, vomiting x3\nO/E: T 37.9, tender RIF, Rovsing +ve. WCC 15.2 CRP 88\nSH: retired crofter, lives w/ wife [[PERSON|name:Morag]]. She drove him in - car ([[VEHICLE|vehicle:SV68 UBN]]) left in drop-off bay, porters informed.\nPlan: NBM, IVI, CT AP, consent for lap appx. CEPOD list.",
    # Wales
    "Clerking - [[LOCATION|geo:Morriston Hospital]], Ward 12\n[[PERSON|name:Dilys Hope]], [[AGE|date:93]], NHS [[ID|health_plan:648 129 0375]], hosp [[ID|mrn:M902117]]\nPC: collapse at home in [[LOCATION|geo:Clydach]], ?syncope\nPMH: CHB -> dual chamber PPM (Medtronic Azure XT DR MRI, SN [[DEVICE|device:RNB204417S]]) implanted [[DATE|date:06/2019]]; AF; CKD 3b (eGFR 38)\nDH: apixaban 2.5mg BD, bisoprolol 2.5mg OD\nECG: paced rhythm 70bpm\nPlan: PPM interrogation, lying/standing BP, bloods, CT head (anticoag + head strike)",
    # Northern Ireland
    "PAEDIATRIC CLERKING - [[LOCATION|geo:Craigavon Area Hospital]]\n[[PERSON|name:Orla Devlin]]  DOB [[DATE|date:23/10/2021]]  H&C [[ID|health_plan:6180493271]]\nAddress: [[ADDRESS|geo:5 Mourneview Park, Lurgan BT66 8JU]]\nHx: 2/7 fever, barking cough, stridor at rest tonight. Imms UTD. Wt 12.4kg.\nWestley score 4. Dex 0.15mg/kg = 1.86mg PO at 21:15.\nPlan: obs 1hrly, review 4h post dex.",
    # Ireland
    "Admission note - [[LOCATION|geo:University Hospital Galway]]\n[[PERSON|name:Pádraig Ó Conghaile]] ([[AGE|other:58]]) MRN [[ID|mrn:UHG2201938]]\nLives on [[LOCATION|geo:Inis Meáin]], came over on the ferry this am.\nPC: haematemesis x2, melaena since yest.\nHb 82 (was 131 in [[DATE|date:Jan 2024]]). Glasgow-Blatchford 12.\nPlan: 2 large bore IV, G&S, PPI infusion, OGD within 24h.",
    # New Zealand
    "ADMISSION - [[LOCATION|geo:Waikato Hospital]], Ward 21\n[[PERSON|name:Hemi Walker]] NHI [[ID|health_plan:ZHK45KD]] [[AGE|other:49]]M\nTransferred from [[LOCATION|geo:Te Kūiti Hospital]]\nPC: DKA. pH 7.12, HCO3 8, ketones 5.8, glucose 31.\nT1DM on pump (Tandem t:slim X2, serial [[DEVICE|device:TSX1187420]]) - cannula site occluded ?2/7. Pump suspended, FRIII started.\nDiabetes CNS referral.",
    # England
    "Clerking - [[LOCATION|geo:Northern General Hospital]], [[LOCATION|geo:Sheffield]]\nPt: Mrs [[PERSON|name:Faith Bird]], [[AGE|other:71]]\nDOB [[DATE|date:3rd April 1952]]\nNHS no. [[ID|health_plan:3018827764]]\nLives in [[LOCATION|geo:Hope]], [[LOCATION|geo:Derbyshire]] with husband [[PERSON|name:Gordon]]\nPC: painless jaundice, wt loss 6kg over 2/12\nBili 187, ALP 620. CA19-9 pending.\nUSS: dilated CBD 14mm, ?mass head of pancreas.\nPlan: CT pancreas protocol, HPB MDT, ERCP.",
    # Scotland
    "ORTHO CLERKING - [[LOCATION|geo:Aberdeen Royal Infirmary]]\nMrs [[PERSON|name:Jean Forbes]] ([[AGE|other:88]]) CHI [[ID|health_plan:0104366112]]\nAdmitted from [[LOCATION|geo:Rubislaw Park Care Home]] after fall onto R side.\nR leg shortened + ext rotated. XR: intracapsular #NOF.\nAnticoag: apixaban 2.5mg BD, last dose 0800.\nAMTS 6/10 (baseline ~7 per home).\nWelfare POA: son [[PERSON|name:Graeme Forbes]], [[EMAIL|email:g.forbes@btinternet.com]]\nPlan: hemiarthroplasty, trauma list tmrw.",
    # Wales
    "clerking (late entry [[DATE|date:12.1.24]] 0230)\npt [[PERSON|name:bryn jenkins]] [[AGE|other:61]]m from [[LOCATION|geo:merthyr]], hosp no.[[ID|mrn:P1109834]]\npc: pleuritic cp + sob since sat\nd-dimer 890, wells 4.5. ctpa - no pe, small r effusion\nsh: bus driver, lives w/ wife [[PERSON|name:carol]] [[PHONE|phone:07700900561]]\nimp: ?pneumonia ?viral pleurisy\nplan: abx, analgesia, r/v on post take",
    # Northern Ireland
    "CLERKING - [[LOCATION|geo:Altnagelvin Hospital]]\n[[PERSON|name:Declan McLaughlin]], [[AGE|other:33]], from [[LOCATION|geo:Strabane]]\nH&C no. [[ID|health_plan:4417 209 683]]\nPC: first witnessed GTC seizure at work (~2 min), post-ictal 20 min, tongue bitten.\nNo prev seizures. ETOH 20u/wk. CT head NAD.\nHGV driver - advised must not drive & must inform DVA; driving licence no. [[ID|license:42170938]] noted.\nPlan: first seizure clinic, EEG, MRI.",
]

DISCHARGE_LETTER = [
    # England
    "[[LOCATION|geo:St Thomas' Hospital]]\nDepartment of Haematology\n\nDear Doctor,\n\nRe: [[PERSON|name:Oluwaseun Adebayo]]  DOB [[DATE|date:30/06/1979]]\nNHS [[ID|health_plan:401 023 2137]]  Hosp no. [[ID|mrn:RJ1 0662148]]\nAdmitted [[DATE|date:02/04/2024]] - discharged [[DATE|date:06/04/2024]]\n\nDiagnosis: sickle cell painful crisis (HbSS)\nManagement: PCA morphine, IV fluids, incentive spirometry. Hb nadir 68, not transfused.\nTTO: hydroxycarbamide 1g OD (unchanged), folic acid 5mg OD, oral morphine 10mg PRN x 3/7\nFollow-up: haematology clinic 6/52.\n\nYours sincerely,\nDr [[PERSON|name:Hannah Lowe]], ST5 Haematology, GMC [[ID|license:7120984]]\n[[EMAIL|email:hannah.lowe3@nhs.net]]",
    # Scotland
    "NHS GRAMPIAN - CARDIOLOGY IDL\nPatient: [[PERSON|name:Alistair Reid]]\nCHI: [[ID|health_plan:1509528841]]\nGP: [[LOCATION|geo:Elmbank Group Practice]], [[LOCATION|geo:Aberdeen]] -- faxed to [[PHONE|fax:01224 558 902]] on [[DATE|date:18/03/2024]]\nDx: NSTEMI. Angio: 90% prox LAD -> PCI x1 DES.\nMeds: aspirin 75mg OD lifelong, ticagrelor 90mg BD for 12/12, atorvastatin 80mg, ramipril 2.5mg, bisoprolol 2.5mg.\nEcho: EF 45%.\nDriving: none for 1/52 (DVLA group 1).\nCardiac rehab at [[LOCATION|geo:Woodend Hospital]] - they will phone him on [[PHONE|phone:07700 900 744]].",
    # Wales
    "LLYTHYR RHYDDHAU / DISCHARGE LETTER\n[[LOCATION|geo:Ysbyty Glan Clwyd]]\nClaf / Patient: [[PERSON|name:Siân Wyn Morgan]]\nDyddiad geni / DOB: [[DATE|date:08/09/1957]]\nRhif GIG / NHS No: [[ID|health_plan:5558672134]]\nCyfeiriad / Address: [[ADDRESS|geo:2 Ffordd Las, Rhyl LL18 2DY]]\n\nDiagnosis: L MCA ischaemic stroke, thrombolysed [[DATE|date:21 Feb 2024]]. NIHSS 9 -> 2.\nMeds: clopidogrel 75mg OD, atorvastatin 80mg ON.\nDVLA: no driving for 1 month.\nWelsh speaker; prefers correspondence in Cymraeg.",
    # Northern Ireland
    "[[LOCATION|geo:Ulster Hospital]], [[LOCATION|geo:Dundonald]] - Respiratory\nDISCHARGE SUMMARY\n[[PERSON|name:Robert 'Bobby' Gilmore]]   H&C [[ID|health_plan:7291004552]]   Hosp [[ID|mrn:UH0918273]]\nAge [[AGE|other:79]]\nIECOPD with type 2 RF - NIV 48h, weaned.\nHome O2 2L via concentrator, serial [[DEVICE|device:BOC-NI-559031]], 15h/day. NOT to smoke - wife [[PERSON|name:Ruby]] aware.\nDischarged home to [[LOCATION|geo:Ballyhalbert]] with POC QDS.\nResp nurse r/v 2/52. Rescue pack given.",
    # Ireland
    "[[LOCATION|geo:Beaumont Hospital]]\n[[ADDRESS|geo:Beaumont Road, Dublin 9, D09 V2N0]]\n\nDischarge to GP - Dr [[PERSON|name:Conor Whelan]], [[ADDRESS|geo:Main Street, Swords, Co. Dublin, K67 E2X3]]\n\nRe: Ms [[PERSON|name:Bernadette Kavanagh]], DOB [[DATE|date:14-02-1941]], MRN [[ID|mrn:B0441287]]\nGMS no.: [[ID|health_plan:R1234567]]   VHI: [[ID|health_plan:08817732]]\nDx: E. coli urosepsis with hyperactive delirium (resolved). CrCl 31.\nAbx: gentamicin x1 then co-amox IV -> PO, completing 7/7 total on [[DATE|date:27/01]].\nPlease repeat U&E in 1/52.",
    # New Zealand
    "DISCHARGE SUMMARY - [[LOCATION|geo:Wellington Regional Hospital]], Maternity\nPatient: [[PERSON|name:Grace Te Huia]]   NHI [[ID|health_plan:PRK7702]]   DOB [[DATE|date:11-Mar-1990]]\nBaby: [[PERSON|name:Mereana]] (F) NHI [[ID|health_plan:ZBD9914]], born [[DATE|date:02-Apr-2024]] 0412, SVD, 3.41kg\nPPH 900ml - syntocinon infusion, Hb 96.\nResults on the patient portal: [[URL|url:https://portal.ccdhb.health.nz/results?nhi=PRK7702]]\nFerrous sulfate 1 tab daily x 6/52.",
    # England
    "[[LOCATION|geo:Musgrove Park Hospital]] - Elderly Care\nTo: GP, [[LOCATION|geo:Crispin Medical Centre]], [[LOCATION|geo:Street]]\nPatient: Mr [[PERSON|name:Ernest Lamb]], aged [[AGE|date:102]], NHS [[ID|health_plan:923-406-7718]]\nDischarged to: [[LOCATION|geo:Willow Bank Nursing Home]], [[ADDRESS|geo:41 High Street, Street, Somerset BA16 0EZ]]\nDx: fall with pubic rami # (conservative). Hyponatraemia (Na 124 -> 133) - sertraline stopped.\nMobility: Zimmer + 1.\nReSPECT form completed with his niece Ms [[PERSON|name:June Lamb]] (LPA H&W).\nGP please recheck Na in 1/52.",
    # Northern Ireland
    "[[LOCATION|geo:MATER HOSPITAL BELFAST]] - Gastroenterology\nImmediate Discharge Letter\n[[PERSON|name:Craig Paterson]]  H&C [[ID|health_plan:2707835509]]  [[AGE|other:40]]\nAddress: [[ADDRESS|geo:41 Donegall Road, Belfast BT12 5JN]]\nAdm with decompensated ALD - ascites, grade 1 HE. Bili 78, INR 1.8, albumin 24. Fibroscan 18.2 kPa.\nParacentesis 6L + HAS. Lactulose titrated to 2-3 BO/day. Chlordiazepoxide reducing regime completed.\nPt email for appt letters: [[EMAIL|email:craigp1983@hotmail.co.uk]]\nHepatology OPD 4/52.",
    # Ireland
    "[[LOCATION|geo:Mater Misericordiae University Hospital]] - Cardiology\nDischarge summary via Healthlink\nName: [[PERSON|name:Thomas Brennan]]  MRN [[ID|mrn:M2033184]]  IHI [[ID|health_plan:2004718836]]\nAddress: [[ADDRESS|geo:Apt 12, Dargle Court, Bray, Co. Wicklow A98 K7P2]]\nProcedure [[DATE|date:12th March 2024]]: secondary prevention ICD (Boston Scientific Resonate EL ICD), device serial [[DEVICE|device:247193]].\nRemote monitoring: LATITUDE communicator, serial [[DEVICE|device:LAT-6290-118274]].\nNo driving x 6/12 (RSA guidance).",
    # New Zealand
    "[[LOCATION|geo:DUNEDIN HOSPITAL]] ORTHOPAEDICS - DISCHARGE\nName: [[PERSON|name:Olivia Rose Tait]]   NHI: [[ID|health_plan:JDK3390]]   Age: [[AGE|other:16]]\nInjury: snowboarding at [[LOCATION|geo:Cardrona]] [[DATE|date:28/07/2024]] - displaced distal radius #, MUA + K-wires.\nACC claim [[ID|other:AK20348871]]\nSchool ([[LOCATION|geo:Otago Girls' High School]]) - medical cert given, no PE x 2/52.\nWire removal at fracture clinic 4/52.",
]

GP_REFERRAL = [
    # England
    "e-RS REFERRAL - Rheumatology\nUBRN: [[ID|other:0004 1187 2290]]\nFrom: Dr [[PERSON|name:Anil Mehta]], [[LOCATION|geo:Beech House Surgery]], [[ADDRESS|geo:22 Station Road, Knaresborough HG5 9AA]]\nTel [[PHONE|phone:01423 860 412]] / Fax [[PHONE|fax:01423 860 419]]\n\nDear colleague,\nPlease see [[PERSON|name:Rebecca Fairweather]] ([[AGE|other:44]]F, NHS [[ID|health_plan:738 225 1904]]) - 4/12 symmetrical small joint synovitis MCPs/PIPs, EMS 90 min. RF +ve, anti-CCP >340, CRP 31.\nStarted pred 10mg. She works as a midwife - keen on a rapid appt.\nMob [[PHONE|phone:07700 900 652]]",
    # Scotland
    "SCI GATEWAY - URGENT SUSPICION OF CANCER (Lower GI)\nPatient: [[PERSON|name:William Gray]]\nCHI: [[ID|health_plan:1112498827]]\nAddress: [[ADDRESS|geo:7 Kirk Wynd, Kirkcaldy KY1 1EH]]\nReferrer: Dr [[PERSON|name:Lesley Hunter]], [[LOCATION|geo:Bennochy Medical Centre]]\n\n[[AGE|other:74]]M, 6/52 change in bowel habit to looser, FIT 212 ug/g, IDA Hb 104 ferritin 9. Wt loss 4kg.\nPMH: AAA under surveillance (4.1cm).",
    # Wales
    "WCCG referral - ENT, [[LOCATION|geo:University Hospital of Wales]]\nReferring GP: Dr [[PERSON|name:Gareth Lloyd]], [[LOCATION|geo:Canton Health Centre]]\nPt: [[PERSON|name:Mali Evans]], DOB [[DATE|date:19/12/2016]], NHS No [[ID|health_plan:6944281035]]\nParent: [[PERSON|name:Rhian Evans]], [[EMAIL|email:rhian.evans@outlook.com]]\nRecurrent tonsillitis - 7 episodes in the past yr, each needing abx, 15 school days missed. Snores, ?OSA.\nGrateful for assessment re tonsillectomy.",
    # Northern Ireland
    "GP REFERRAL (via CCG)\nTo: Dermatology, [[LOCATION|geo:Royal Victoria Hospital]]\nFrom: [[LOCATION|geo:Ormeau Park Surgery]], [[ADDRESS|geo:281 Ormeau Road, Belfast BT7 3GG]]\nTel [[PHONE|phone:028 9064 2914]]  Fax [[PHONE|fax:028 9064 2920]]\nRe: Mr [[PERSON|name:Hugh Larmour]], [[AGE|other:68]], H&C [[ID|health_plan:0912550376]]\nRED FLAG - ?melanoma. 9mm irregular pigmented lesion L upper back, changed over 3/12 per wife.\nDermatoscopy image attached: [[ID|photo:LARMOUR_H_back_0224.jpg]]",
    # Ireland
    "Healthlink referral - Gastroenterology OPD, [[LOCATION|geo:Cork University Hospital]]\nGP: Dr [[PERSON|name:Siobhán Lynch]], [[LOCATION|geo:Ballincollig Medical Centre]], fax [[PHONE|fax:021 487 3390]]\nPatient: [[PERSON|name:Michael Twomey]] DOB [[DATE|date:07/05/1969]] PPS [[ID|ssn:6483920FA]]\nAddr: [[ADDRESS|geo:33 Classis Lake, Ballincollig, Co. Cork P31 XW84]]\nMedical card: yes\nRefer for OGD - 3/12 dyspepsia + dysphagia to solids, wt loss ~5kg. Hb 118. He is [[AGE|other:54]].",
    # New Zealand
    "eReferral - General Surgery, [[LOCATION|geo:Tauranga Hospital]]\nReferrer: Dr [[PERSON|name:Sam Whitcombe]] (MCNZ [[ID|license:28815]]), [[LOCATION|geo:Mount Medical Centre]]\nPatient: [[PERSON|name:Jasmine Patel]] NHI [[ID|health_plan:CXJ1057]] [[AGE|other:37]]F\nAddress: [[ADDRESS|geo:14 Marine Parade, Mount Maunganui 3116]]\nRecurrent biliary colic x4 since [[DATE|date:Dec 2023]], USS gallstones, CBD 4mm, LFTs normal between episodes.\nUSS images: [[URL|url:https://pacs.bopdhb.example.nz/study/88120441]]\nPriority: semi-urgent.",
    # England
    "2WW REFERRAL - BREAST\nPatient: Mrs [[PERSON|name:Joy Ellington]]  DOB [[DATE|date:11.09.1966]]  NHS [[ID|health_plan:4102957736]]\nAddr: [[ADDRESS|geo:88 Orange Street, Canterbury CT1 2JA]]\nTel: [[PHONE|phone:01227 450 918]]\nLump L breast UOQ ~2cm, hard, fixed, noticed 2/52 ago. No FHx.\nPractice: [[LOCATION|geo:Northgate Medical Practice]] fax [[PHONE|fax:01227 463 552]]\nPatient aware this is a 2WW referral and is available all next week. Email: [[EMAIL|email:joy.ellington@btinternet.com]]",
    # Scotland
    "SCI Gateway - Psychiatry (Routine)\nFrom: Dr [[PERSON|name:Fraser Cowan]], [[LOCATION|geo:Woodside Health Centre]], [[LOCATION|geo:Glasgow]]\nRe: [[PERSON|name:Chloe Dunn]], CHI [[ID|health_plan:3009974418]]\n[[AGE|other:26]]F with longstanding low mood, binge-purge episodes 3-4x/wk, BMI 19.8. K 3.2 on [[DATE|date:4/3/24]].\nNo SI at present. Fluoxetine 60mg tried x 4/12.\nShe asks that letters do NOT go to her home address - please use c/o [[ADDRESS|geo:12 Maryhill Road, Glasgow G20 7XB]] or email [[EMAIL|email:chloe.d97@protonmail.com]]",
    # Ireland
    "Referral - Orthopaedics, [[LOCATION|geo:Merlin Park University Hospital]]\nFrom [[LOCATION|geo:Clifden Medical Centre]], [[LOCATION|geo:Co. Galway]]\nPt [[PERSON|name:Bridget Joyce]], [[AGE|other:72]], PPSN [[ID|ssn:2947163KH]], Medical card [[ID|health_plan:C0437782]]\nOA R hip, Oxford hip score 14, night pain, now housebound. Xray [[DATE|date:Nov '23]]: severe OA.\nLives alone on farm at [[ADDRESS|geo:Ballinaboy, Clifden, Co. Galway H71 YK80]]\nDr [[PERSON|name:Ciarán Keane]] MCRN [[ID|license:018842]]",
    # New Zealand
    "REFERRAL - Paediatrics, [[LOCATION|geo:Starship Children's Hospital]]\nReferrer: Nurse Practitioner [[PERSON|name:Anahera Rewi]], [[LOCATION|geo:Kaitaia]]\nChild: [[PERSON|name:Nikau Herewini]], NHI [[ID|health_plan:MBH6684]], DOB [[DATE|date:14/01/2019]]\nFTT - wt dropped from 25th to <3rd centile over 12/12. Chronic loose stools. tTG 128 U/mL.\nWhānau will need travel assistance (NTA) from [[LOCATION|geo:Kaitaia]].",
]

DISTRICT_NURSING = [
    # England
    "DN VISIT - [[DATE|date:14/02/2024]]\nPt: [[PERSON|name:Arthur Penhaligon]] [[AGE|other:86]] NHS [[ID|health_plan:612 449 3087]]\nAddr: [[ADDRESS|geo:Rose Cottage, Trelawney Lane, St Austell PL25 4DN]]\nKeysafe code 1947 (ask family - do not record elsewhere).\nL gaiter VLU 6.2 x 4.1cm, slough 30%. Cleansed, Aquacel Ag + 2 layer compression.\nWound photo: [[ID|photo:DN_PENHALIGON_20240214_01.jpg]]\nNext visit Fri. [[PERSON|name:R. Hope]] RN (NMC [[ID|license:09A1234E]])",
    # Scotland
    "DISTRICT NURSING - [[LOCATION|geo:Forres]] team\n[[PERSON|name:Agnes Grant]], CHI [[ID|health_plan:2503401873]]\nEOL care, ca pancreas. Syringe pump (T34, serial [[DEVICE|device:100-17743]]) recharged 10:20.\nContents: morphine 20mg, midazolam 10mg, levomepromazine 6.25mg / 24h.\nACP & DNACPR in the green folder.",
    # Wales
    "DN note - [[LOCATION|geo:Aberystwyth]] North\nTue [[DATE|date:5th March]] - insulin visit\nMr [[PERSON|name:Idris Vaughan]] ([[AGE|other:79]]), NHS no [[ID|health_plan:4471039925]]\n[[ADDRESS|geo:Fferm Penrhiw, Llanbadarn Fawr, Aberystwyth SY23 3QX]]\nBM 14.2 pre-breakfast. Levemir 18 units given L abdo. Libre sensor replaced, serial [[DEVICE|device:0M00071K3WP]].\nFarm dog loose - phone ahead on [[PHONE|phone:01970 611 204]].",
    # Northern Ireland
    "DISTRICT NURSE RECORD - [[LOCATION|geo:Newry]]\nPatient: [[PERSON|name:Kathleen McAteer]], H&C [[ID|health_plan:5831 906 274]]\nVisit [[DATE|date:08/01/24]]: PICC flush + dressing. Line inserted [[DATE|date:11/12/23]] at [[LOCATION|geo:Daisy Hill Hospital]].\nExternal length 2cm, arm circ 27cm (baseline 27). No signs of infection.\nPhoto of site for IV team: [[ID|photo:MCATEER_PICC_080124.png]]\nOn IV ertapenem via OPAT.",
    # Ireland
    "PHN visit - [[LOCATION|geo:Tallaght]]\nClient: [[PERSON|name:Eileen Doyle]] [[AGE|date:90]]\n[[ADDRESS|geo:47 Kilnamanagh Road, Dublin 24, D24 F8N3]]\nPPSN [[ID|ssn:3398401BA]] (for home support application)\nPressure ulcer sacrum cat 3, 3x2cm. Alternating air mattress delivered - serial [[DEVICE|device:AIR-IE-0091273]].\n[[PERSON|name:M. Walsh]] PHN, NMBI [[ID|license:120483]]",
    # New Zealand
    "DISTRICT NURSING - [[LOCATION|geo:Whanganui]]\nPt: [[PERSON|name:Rawiri Tipoki]] NHI [[ID|health_plan:HKF8021]]\nAddress: [[ADDRESS|geo:112 Gonville Avenue, Gonville, Whanganui 4501]]\nVAC dressing change (R foot post TMA). Wound bed 80% granulating. Pump alarm fixed (canister full).\nPhotos uploaded [[ID|photo:TIPOKI_RFOOT_2024-03-02.jpg]]\nHbA1c 71 mmol/mol.\nWife [[PERSON|name:Huia]] [[PHONE|phone:06 555 0721]]",
    # Northern Ireland
    "dn visit 15:30\nmrs [[PERSON|name:ivy clement]] [[AGE|other:88]] @ [[ADDRESS|geo:flat 6 brook house, mill lane, bangor bt20 5ab]]\ncath change - 14ch foley, 10ml water. draining clear urine. batch 2311047.\npt v confused today ?uti - dip leuk+++ nit+. msu sent, gp ([[LOCATION|geo:townside surgery]]) emailed [[EMAIL|email:townside.bangor@hscni.net]]\nnephew [[PERSON|name:mark]] aware\nnext visit 3/7",
    # Scotland
    "DN - [[LOCATION|geo:Stornoway]]\n[[DATE|date:20/11/2023]]\n[[PERSON|name:Murdo MacIver]], [[AGE|other:82]], CHI [[ID|health_plan:1707416629]]\n[[ADDRESS|geo:14 Cearn Dusgaidh, Stornoway, Isle of Lewis HS1 2XQ]]\nBloods (U&E, FBC) for HF clinic. Wt 78.4kg (+2.1 in 1/52) -> furosemide increased per HF nurse.\nTelecare pendant ID [[DEVICE|device:TCP-554102]] tested OK with call centre.",
    # Wales
    "Community nursing - [[LOCATION|geo:Wrexham]]\nPt [[PERSON|name:Gary Humphreys]] [[AGE|other:52]] NHS [[ID|health_plan:878 330 4192]]\nMS, SPC in situ. Changed 16Fr. Bladder washout.\nMotability car [[VEHICLE|vehicle:CN21 XKR]] - blue badge renewal form signed.\nWife [[PERSON|name:Lynne]] [[EMAIL|email:lynne.humphreys@yahoo.co.uk]]",
    # Ireland
    "COMMUNITY NURSING - [[LOCATION|geo:Letterkenny]]\n[[PERSON|name:Patrick Gallagher]], DOB [[DATE|date:02/02/1944]], IHI [[ID|health_plan:1087290346]]\n[[ADDRESS|geo:Drumkeen, Letterkenny, Co. Donegal F92 T6C5]]\nDeclined leg ulcer clinic - 'I'm not going into [[LOCATION|geo:Letterkenny]] for a bandage'.\nHome visit: R medial malleolus ulcer 3.1 x 2.0 cm. ABPI 0.92. 4 layer applied.\nPhoto ref [[ID|photo:PG-LEG-0304]]",
]

CARE_HOME = [
    # England
    "[[LOCATION|geo:Oakwood Grange Care Home]] - Daily Notes\nResident: [[PERSON|name:Doris Wainwright]]  Room 14  DOB [[DATE|date:22/07/1931]]  NHS [[ID|health_plan:7006319884]]\nNights: settled until 0300, found sitting on floor beside bed. No injury on body map. BP 118/70, P 82, T 36.4.\nFalls sensor mat (serial [[DEVICE|device:FS-220381]]) had been unplugged - replaced.\nGP ([[LOCATION|geo:Moorside Surgery]]) visit requested.",
    # Scotland
    "CARE HOME CHANGE REPORT - [[LOCATION|geo:Craiglea House]], [[LOCATION|geo:Edinburgh]]\nResident: [[PERSON|name:Isobel Scott]] ([[AGE|date:95]]) CHI [[ID|health_plan:0311287745]]\nAt family request enrolled on the palm-vein door reader so she can get into her own room (template [[ID|biometric:PV-0083-ISC]]).\nFees: council funded + third-party top-up from son [[PERSON|name:Neil Scott]], acct no. [[ID|account:83094417]], monthly.\nNo other changes.",
    # Wales
    "CARTREF GOFAL / CARE HOME - [[LOCATION|geo:Plas Gwyn]], [[LOCATION|geo:Llandudno]]\nResident: [[PERSON|name:Megan Jones]] (known as '[[PERSON|name:Meg]]'), NHS no. [[ID|health_plan:990 611 2348]]\nWeight 41.2kg, MUST 2. Fortisip BD. SALT: IDDSI level 5 minced & moist.\nMAR photo updated [[DATE|date:01/03/2024]]: [[ID|photo:MAR_MJONES_2024.jpg]]\nSon [[PERSON|name:Dafydd]] (LPA) queried fees invoice [[ID|account:INV-PG-20240301-14]] by email [[EMAIL|email:dafydd.jones@icloud.com]]",
    # Northern Ireland
    "[[LOCATION|geo:Thornfield Nursing Home]], [[LOCATION|geo:Lisburn]]\nResident [[PERSON|name:Violet Craig]], H&C [[ID|health_plan:2840173395]], Room 7\nAcute change: reduced oral intake, drowsy. NEWS2 5 (RR 22, T 38.2).\nNIAS called. Transferred to [[LOCATION|geo:Lagan Valley Hospital]] ED 14:40 with transfer form, MAR and DNACPR.\nTelecare hub ([[IP|ip:192.168.14.27]]) offline since am - maintenance notified.",
    # Ireland
    "[[LOCATION|geo:St. Brendan's Nursing Home]], [[LOCATION|geo:Mullingar]]\nResident: [[PERSON|name:Noel Fagan]], [[AGE|other:86]]\nPPSN [[ID|ssn:5521068RA]] - Fair Deal (NHSS) file\nResident contribution by direct debit from IBAN [[ID|account:IE29 AIBK 9311 5212 3456 78]]\nHIQA NF03 notification submitted re fall on [[DATE|date:17/02/2024]].",
    # New Zealand
    "[[LOCATION|geo:Rosebank Rest Home]], [[LOCATION|geo:Rotorua]]\nResident: [[PERSON|name:Barbara King]], NHI [[ID|health_plan:EWL4410]], [[AGE|other:89]]\ninterRAI reassessment due [[DATE|date:30/04/2024]].\nWandering at night; GPS watch issued, IMEI [[DEVICE|device:354012345678901]].\nEPOA: son [[PERSON|name:Craig King]] [[PHONE|phone:+64 27 555 3018]], [[EMAIL|email:craig.king@xtra.co.nz]]",
    # England
    "[[LOCATION|geo:The Beeches]] Residential Home\nHandover (nights) [[DATE|date:09/03]]\n- Rm 3 [[PERSON|name:Walter Sparrow]] - chesty, salbutamol nebs x2, sats 93%. For GP call am.\n- Rm 11 [[PERSON|name:Joan Hope]] - new admission from [[LOCATION|geo:Bassetlaw Hospital]]. Photo taken for MAR ([[ID|photo:BEECHES_RM11.jpg]]). Skin intact.\nJoan's daughter asked us to register Joan's fingerprint on the room safe - template [[ID|biometric:FPT-1147-JH]] saved on the reader.\nBank staff no-show again.",
    # Scotland
    "CARE PLAN REVIEW - [[LOCATION|geo:Dalguise Care Home]], [[LOCATION|geo:Perth]]\n[[PERSON|name:Robert Stewart]] ([[AGE|other:84]]) CHI [[ID|health_plan:0902409912]]\nAdvanced dementia, AWI s47 certificate in place (expires [[DATE|date:31/05/2025]]).\nAcoustic monitoring sensor in room, MAC [[DEVICE|device:00:1B:44:11:3A:B7]].\nWelfare guardian: [[PERSON|name:Fiona Stewart]], [[ADDRESS|geo:22 Scone Road, Perth PH2 7AB]].",
    # Northern Ireland
    "RESIDENT ADMIN - [[LOCATION|geo:Rosemount Care Home]], [[LOCATION|geo:Derry]]\n[[PERSON|name:Francis Doherty]] [[AGE|other:77]]\nNational Insurance no. [[ID|ssn:JK 40 21 77 C]] (pension/PIP paperwork)\nH&C [[ID|health_plan:8811402267]]\nWeekly video call with brother in Boston - tablet login [[ID|other:rosemount.room9]]\nBrother [[PERSON|name:Eamon]] [[EMAIL|email:eamondoherty@comcast.net]]",
    # Northern Ireland
    "[[LOCATION|geo:Hollyfield House Nursing Home]] - GP ward round\nSeen by Dr [[PERSON|name:Claire Whitworth]] ([[LOCATION|geo:Ballymoney Health Centre]]):\n1. [[PERSON|name:Eric Dunstan]] [[AGE|date:97]] - ?chest infection, doxy 200mg then 100mg OD x 4/7\n2. [[PERSON|name:Patricia Mold]] [[AGE|other:81]] - wt loss, bloods ordered.\nNext round [[DATE|date:17 April]].",
]

MENTAL_HEALTH_ACT = [
    # England
    "MHA ASSESSMENT - AMHP REPORT\nPatient: [[PERSON|name:Daniel Okafor]]  DOB [[DATE|date:12/10/1992]]  NHS [[ID|health_plan:5012847361]]\nAddress: [[ADDRESS|geo:Flat 9, Tyndale House, Stratford, London E15 2QX]]\nAssessed at home [[DATE|date:22/03/2024]] with Dr [[PERSON|name:S. Iqbal]] (s12 approved) and Dr [[PERSON|name:Helen Marsh]] (GP).\nOutcome: detained s2, conveyed to [[LOCATION|geo:Newham Centre for Mental Health]].\nAMHP: [[PERSON|name:Tom Bright]], SWE reg [[ID|license:SW112094]]",
    # Scotland
    "SHORT-TERM DETENTION CERTIFICATE (MHCTSA 2003 s44)\nPatient: [[PERSON|name:Ryan Cairns]]  CHI [[ID|health_plan:0103996254]]\nHospital: [[LOCATION|geo:Royal Cornhill Hospital]], [[LOCATION|geo:Aberdeen]]\nAMP: Dr [[PERSON|name:Katrina Bell]] GMC [[ID|license:6082291]]\nMHO consent: [[PERSON|name:Ross Thomson]], obtained [[DATE|date:01/03/2024]] 16:20\nGrounds: psychotic, refusing food/fluids.\nMWC notified. Tribunal ref [[ID|other:MHTS/2024/0917]]",
    # Wales
    "SECTION 136 - PLACE OF SAFETY RECORD\n[[LOCATION|geo:Hafan y Coed]], [[LOCATION|geo:Llandough]]\nArrived 03:15 with South Wales Police, incident no. [[ID|other:2400089123]]\nFound on the railings of [[LOCATION|geo:Penarth Pier]]. No ID on person; identified later from bank card - [[PERSON|name:Kyle Rees]], DOB [[DATE|date:04/06/1994]].\nHis car ([[VEHICLE|vehicle:CU17 HBW]]) left in the pier car park - police hold keys.",
    # Northern Ireland
    "MENTAL HEALTH (NI) ORDER 1986 - Form 2, application by ASW\nPatient: [[PERSON|name:Ciara Mulholland]], H&C [[ID|health_plan:9102738851]], [[AGE|other:27]]\nAddress: [[ADDRESS|geo:16 Glen Road, Andersonstown, Belfast BT11 8BU]]\nASW: [[PERSON|name:Conor Rafferty]], NISCC reg [[ID|license:6004417]]\nAdmitted to [[LOCATION|geo:Knockbracken Healthcare Park]] [[DATE|date:11/02/2024]].\nNearest relative: father [[PERSON|name:Paul Mulholland]] [[PHONE|phone:028 9061 7732]]",
    # Ireland
    "MENTAL HEALTH ACT 2001 - involuntary admission\nApproved centre: Acute Psychiatric Unit, [[LOCATION|geo:Connolly Hospital Blanchardstown]]\nPatient: [[PERSON|name:Eoin Madigan]], DOB [[DATE|date:3 Sept 1985]]\nPPSN [[ID|ssn:7290441TB]]\nApplicant (Form 1): brother [[PERSON|name:Shane Madigan]]\nAdmission order (Form 6): Dr [[PERSON|name:R. Kiely]], consultant psychiatrist, IMC [[ID|license:019233]]\nMHC ref [[ID|other:MHC-T-2024-0417]] - tribunal within 21 days; legal rep [[PERSON|name:Fiona Geraghty]] assigned.",
    # New Zealand
    "MH(CAT) Act 1992 - s8B/s9 assessment\n[[LOCATION|geo:Hillmorton Hospital]], [[LOCATION|geo:Christchurch]]\nProposed patient: [[PERSON|name:Jordan Tamihana]] NHI [[ID|health_plan:GHT6612]] [[AGE|other:21]]\nDAO [[PERSON|name:Leila Fox]] - application [[DATE|date:17/04/24]] after call from whānau.\nPolice assisted (s41), event no. [[ID|other:P057119482]].\nAssessed by Dr [[PERSON|name:Mihi Parata]]: elated, pressured speech, not slept for 4 nights.",
    # England
    "CTO REVIEW - [[LOCATION|geo:Fieldhead Hospital]], [[LOCATION|geo:Wakefield]]\nPatient: [[PERSON|name:Lee Storey]], [[AGE|other:38]], NHS [[ID|health_plan:3390617745]]\nOn CTO since [[DATE|date:09/2022]]. Depot paliperidone 150mg monthly, last given [[DATE|date:02/05]].\nConditions: reside at [[ADDRESS|geo:31 Denby Dale Road, Wakefield WF2 8DY]], attend depot clinic.\nHospital Managers' hearing [[DATE|date:June 14th]]. Solicitor [[PERSON|name:Amira Haddad]] [[EMAIL|email:a.haddad@mentalhealthlaw.co.uk]]",
    # Scotland
    "MHTS HEARING NOTE - CTO application\nPatient: [[PERSON|name:Shona McGill]] ([[AGE|other:45]])\nCHI [[ID|health_plan:1908784470]]\nTribunal case no. [[ID|other:MHTS-CT-24-1172]], heard at [[LOCATION|geo:Hamilton]]\nRMO Dr [[PERSON|name:Anne-Marie Gilchrist]], [[LOCATION|geo:Hairmyres Hospital]]\nOutcome: interim CTO 28 days.",
    # Wales
    "SECTION 17 LEAVE FORM - [[LOCATION|geo:Ablett Unit]], [[LOCATION|geo:Bodelwyddan]]\nPatient: [[PERSON|name:Nia Roberts]] (s3) NHS [[ID|health_plan:612 044 3918]]\nLeave: escorted, 2h, to [[LOCATION|geo:Rhyl]] town centre with mother [[PERSON|name:Gwen Roberts]] on Sat [[DATE|date:16/03]] and Sun [[DATE|date:17/03]].\nMother's car [[VEHICLE|vehicle:FY66 RVN]].\nRisk: AWOL hx [[DATE|date:Jan 2024]].",
    # New Zealand
    "s76 clinical review (MH(CAT) Act) - [[LOCATION|geo:Henry Bennett Centre]], [[LOCATION|geo:Hamilton]]\nPatient: [[PERSON|name:Sione Taufa]] NHI [[ID|health_plan:LRT0093]] [[AGE|other:32]]\nInpatient CTO granted by Family Court [[DATE|date:12 Jan 2024]], file [[ID|other:CIV-2024-419-000051]].\nDistrict inspector [[PERSON|name:Ngaire Moss]] notified.\nIRD no. [[ID|ssn:103-882-917]] given to WINZ for benefit while inpatient.",
]

PHARMACY = [
    # England
    "[[LOCATION|geo:Fenwick Pharmacy]], [[ADDRESS|geo:4 Market Place, Hexham NE46 1XQ]]\nINTERVENTION RECORD\nPt: [[PERSON|name:Jean Armstrong]] DOB [[DATE|date:05/01/1950]] NHS [[ID|health_plan:844 093 6621]]\nEPS Rx ID [[ID|other:5C4D2A-A83002-00017P]] - methotrexate 2.5mg x4 (10mg) written as DAILY. Prescriber Dr [[PERSON|name:Keith Noble]] contacted, corrected to weekly (Mon).\nPharmacist: [[PERSON|name:Anjali Desai]] GPhC [[ID|license:2071346]]\nConfirmation faxed to surgery [[PHONE|fax:01434 602 118]]",
    # Scotland
    "PHARMACY FIRST SCOTLAND - consultation\n[[LOCATION|geo:Inverurie Pharmacy]]\nPatient [[PERSON|name:Lucy Anderson]] [[AGE|other:31]]F, CHI [[ID|health_plan:2206925518]]\nUncomplicated UTI: dysuria, frequency 2/7. No loin pain. Not pregnant.\nSupplied nitrofurantoin MR 100mg BD x 3/7 under PGD.\nGP practice notified by email [[EMAIL|email:gram.inverurie.mc@nhs.scot]]\nPharmacist [[PERSON|name:Craig Duthie]] GPhC [[ID|license:2214588]]",
    # Wales
    "Discharge Medicines Review - [[LOCATION|geo:Cowbridge Pharmacy]]\nReferral from [[LOCATION|geo:Princess of Wales Hospital]] via Choose Pharmacy\nPatient: [[PERSON|name:Owen Thomas]] [[AGE|other:77]], NHS [[ID|health_plan:7413305589]]\nChanges: digoxin stopped, bisoprolol 5mg -> 7.5mg, furosemide 40mg OM (was 80mg). Edoxaban 60mg started.\nMDS blister pack updated from [[DATE|date:18th March]].\nDelivered to [[ADDRESS|geo:6 Eastgate, Cowbridge CF71 7DG]] by our van [[VEHICLE|vehicle:WN70 PDE]].",
    # Northern Ireland
    "[[LOCATION|geo:McCartan's Pharmacy]], [[LOCATION|geo:Newcastle]] - supervised consumption\nClient: [[PERSON|name:Shane Toner]] H&C [[ID|health_plan:6302188419]]\nMethadone 1mg/ml 65ml daily supervised. Missed 3 consecutive doses ([[DATE|date:12/04]]-[[DATE|date:14/04]]) - not dispensed today, prescriber contacted.\nID check by fingerprint on the dispensing system, template [[ID|biometric:BIO-NI-00417]].\nPharmacist [[PERSON|name:Orla Kearney]] PSNI reg [[ID|license:3981]]",
    # Ireland
    "[[LOCATION|geo:Hickey's Pharmacy]], [[LOCATION|geo:Ennis]] - emergency supply record\nPatient: [[PERSON|name:Marian Hogan]], DOB [[DATE|date:19/06/1972]], PPSN [[ID|ssn:1840265PA]]\nGMS card [[ID|health_plan:D8812044]]\nLevothyroxine 100mcg x 5 days - pt on holiday from [[LOCATION|geo:Tralee]], usual pharmacy closed.\nPharmacist: [[PERSON|name:Deirdre Cullinan]] PSI reg [[ID|license:7722]]",
    # New Zealand
    "[[LOCATION|geo:Unichem Remuera Pharmacy]] - CPAMS INR check\nPatient: [[PERSON|name:Howard Bell]] NHI [[ID|health_plan:BQX2281]]\nINR 3.6 (target 2-3). Warfarin 5mg/4mg alternating -> 4mg daily. Re-test 1/52 ([[DATE|date:23/05]]).\nGP Dr [[PERSON|name:Olga Petrov]] ([[LOCATION|geo:Remuera Doctors]]) notified by fax [[PHONE|fax:09 555 0463]]\nPharmacist [[PERSON|name:Wei Zhang]], PCNZ reg [[ID|license:70418]]",
    # England
    "CD register - collection query\n[[DATE|date:4/4/24]] oxycodone MR 10mg x56 collected for [[PERSON|name:Terence Faulkner]]\nCollected by son [[PERSON|name:Mark Faulkner]], photo ID checked - driving licence [[ID|license:FAULK802144MT9LA]]\nAddr on Rx: [[ADDRESS|geo:19 Hope Street, Liverpool L1 9BQ]]\nPrescriber: Dr [[PERSON|name:Bola Ajayi]] ([[LOCATION|geo:Princes Park Health Centre]])",
    # Scotland
    "MCR serial prescription - [[LOCATION|geo:Largs Pharmacy]]\nPt [[PERSON|name:George Boyle]] CHI [[ID|health_plan:0812375581]] [[AGE|other:86]]\n56-day serial Rx, 6 instalments. Next dispensing [[DATE|date:03/06/2024]].\nCarer requests delivery to daughter's: [[ADDRESS|geo:4 Bath Street, Largs KA30 8BL]]\nPrivate items (dosette fee) charged to account [[ID|account:LP-ACC-00912]]",
    # Wales
    "WARD PHARMACY - medicines reconciliation\n[[LOCATION|geo:Withybush General Hospital]], Ward 10\nPt: [[PERSON|name:Rose Williams]] [[AGE|date:90]], hosp no. [[ID|mrn:W04417729]]\nDiscrepancies: 1) alendronate 70mg weekly omitted 2) bumetanide 1mg - pt only takes on 'swollen days'.\nAllergy: penicillin (rash, 1980s).\nPrescriber informed. [[PERSON|name:Siwan Rees]] GPhC [[ID|license:2080913]]",
    # Ireland
    "[[LOCATION|geo:University Hospital Limerick]] Pharmacy - chemo verification\nFOLFOX cycle 4. Pt [[PERSON|name:Kevin O'Dwyer]] MRN [[ID|mrn:L0928364]] BSA 1.92 m2\nOxaliplatin 85mg/m2 = 163mg. 5FU 400mg/m2 bolus + 2400mg/m2 over 46h.\nVerified [[DATE|date:11/04/2024]] by [[PERSON|name:Aisling Ryan]] (PSI [[ID|license:9034]]).\nCopy faxed to community pharmacy [[PHONE|fax:061 455 021]]",
]

NHS_ADMIN = [
    # England
    "[[LOCATION|geo:Nottingham University Hospitals]] - Waiting List Validation\nDear Mr [[PERSON|name:Priyesh Chauhan]],\nYou are on the waiting list for: Ophthalmology (R cataract), listed [[DATE|date:14/08/2023]].\nPlease confirm you still need this at [[URL|url:https://www.nuh.nhs.uk/validate]] using ref#[[ID|other:WLV-882041]], or call [[PHONE|phone:0115 924 9924]].\nNHS number: [[ID|health_plan:9990001234]]\nAddress on file: [[ADDRESS|geo:27 Mapperley Road, Nottingham NG3 5AS]]",
    # Scotland
    "NHS LOTHIAN - Feedback & Complaints\nCase ref: [[ID|other:FC-24-03318]]\nComplainant: Mrs [[PERSON|name:Elaine Murray]] on behalf of her father [[PERSON|name:John Lennie]] (CHI [[ID|health_plan:0606346621]])\nRe: delayed discharge from [[LOCATION|geo:Western General Hospital]], [[DATE|date:Feb 2024]]\nContact: [[EMAIL|email:elaine.murray58@gmail.com]] / [[PHONE|phone:0131 552 4418]]\nConsent form signed. Response due within 20 working days ([[DATE|date:12/04/2024]]).",
    # Wales
    "APPOINTMENT LETTER / LLYTHYR APWYNTIAD\n[[LOCATION|geo:Ysbyty Maelor Wrecsam]]\nMs [[PERSON|name:Carys Pugh]]\n[[ADDRESS|geo:Bryn Awel, Ffordd y Castell, Ruthin LL15 1DA]]\nRhif GIG / NHS No: [[ID|health_plan:402 118 7730]]\nApt: Dermatology, Thursday [[DATE|date:23 May 2024]] 10:40 - Clinic 3\nTo change: [[PHONE|phone:03000 847 770]] or [[URL|url:www.bcuhb.wales/appointments]]\nText reminders go to [[PHONE|phone:07700 900 206]].",
    # Northern Ireland
    "MY CARE NI PORTAL - ACCESS AUDIT\nUser: [[ID|other:mcl_kerr_1982]]\nPatient: [[PERSON|name:Alison Kerr]] H&C [[ID|health_plan:1948302276]]\nFailed logins x5 from [[IP|ip:86.140.22.193]] on [[DATE|date:2024-03-02]]T22:14:09Z, account locked.\nSuccessful login [[DATE|date:2024-03-03]]T08:02:55Z from [[IP|ip:2a00:23c7:9d14:e901::1f]]\nPatient phoned on [[PHONE|phone:028 9127 4450]] - confirmed own attempts. Reset link sent to [[EMAIL|email:ali.kerr82@btinternet.com]].",
    # Ireland
    "OPD waiting list - validation call\nHospital: [[LOCATION|geo:Sligo University Hospital]]\nPatient: [[PERSON|name:Declan Gilmartin]], MRN [[ID|mrn:S7730192]], DOB [[DATE|date:30/10/1955]]\nOn ENT list since [[DATE|date:06/2022]]. Confirms he still requires appt.\nOffered NTPF-funded clinic at [[LOCATION|geo:Galway Clinic]] [[DATE|date:15/05/2024]] - accepted.\nCaller verified by voice biometrics, voiceprint ID [[ID|biometric:VP-77120-SUH]].\nNew mobile [[PHONE|phone:087 990 3345]]",
    # New Zealand
    "HEALTH NZ - Patient Accounts (non-resident)\nPatient: [[PERSON|name:Ethan Brooks]] (UK visitor), DOB [[DATE|date:01/12/1996]]\nPassport no. [[ID|ssn:552918374]]\nED attendance [[LOCATION|geo:Lakes District Hospital]] [[DATE|date:08/08/2024]] - skiing injury, ACC covered; follow-up physio not eligible.\nInvoice [[ID|account:INV-3044781]] NZD 1,240.00 sent to travel insurer, policy [[ID|health_plan:TRV-88120934]].\nEmail [[EMAIL|email:ethan.brooks96@gmail.com]]\nUK address [[ADDRESS|geo:5 Pulteney Road, Bath BA2 4EZ]]",
    # England
    "PALS CONTACT RECORD\nRef: [[ID|other:PALS/24/1187]]\nDate: [[DATE|date:19/02/2024]]\nCaller: Mr [[PERSON|name:Darren Webb]] (son of patient [[PERSON|name:Patricia Webb]], [[AGE|other:81]], NHS [[ID|health_plan:6543219870]])\nIssue: mother's hearing aids lost on ward 24, [[LOCATION|geo:Royal Derby Hospital]]. Wants replacement.\nAudiology ordering replacements for serial nos [[DEVICE|device:PH-A2318842L]] / [[DEVICE|device:PH-A2318843R]].\nCallback [[PHONE|phone:01332 780 441]] or [[EMAIL|email:dwebb@webbjoinery.co.uk]]\nAlso disputing car park PCN for [[VEHICLE|vehicle:DY19 OKM]].",
    # Scotland
    "PATIENT FOCUSED BOOKING - [[LOCATION|geo:Victoria Hospital]], [[LOCATION|geo:Kirkcaldy]]\nPatient: [[PERSON|name:Amy Wilson]] CHI [[ID|health_plan:2304889901]]\nPhoned to book Orthopaedic OPD. Identity verified by automated voice biometrics (voiceprint [[ID|biometric:VB-FIFE-0038871]]).\nBooked [[DATE|date:7th June]] 14:15, booking ref [[ID|other:PFB-7721934]].\nSMS reminder to [[PHONE|phone:07700 900 762]].",
    # Wales
    "NHS WALES SHARED SERVICES - travel expenses claim\nClaimant: [[PERSON|name:Leanne Price]]\nNHS no [[ID|health_plan:5914408273]]\nClaim ref [[ID|other:HTCS-2024-03391]]\nJourney: [[LOCATION|geo:Brecon]] -> [[LOCATION|geo:Velindre Cancer Centre]], 12 radiotherapy attendances, 1,284 miles @ 25p\nPay to account [[ID|account:31926819]]\nSubmitted online from IP [[IP|ip:81.98.172.40]]",
    # New Zealand
    "Booking & Scheduling - [[LOCATION|geo:Auckland City Hospital]]\nColonoscopy (positive bowel screening FIT)\nPatient: [[PERSON|name:Mei Ling Chen]] NHI [[ID|health_plan:NNM8830]]\n[[DATE|date:21 Aug 2024]] 0800, Endoscopy, Level 5, Building 32\nBowel prep couriered to [[ADDRESS|geo:3/41 Dominion Road, Mt Eden, Auckland 1024]]\nMandarin interpreter booked (ID [[ID|other:AKL-INT-2231]])\nConfirmation link [[URL|url:https://bookings.healthnz.govt.nz/c/8XK2Q]] opened from [[IP|ip:122.57.31.204]]",
]

OUT_OF_HOURS = [
    # England
    "NHS 111 -> GP OOH (Adastra case [[ID|other:240331-00417]])\n[[DATE|date:31/03/2024]] 21:12\nPatient: [[PERSON|name:Oliver Grant]] [[AGE|other:3]]M\nCaller: mum [[PERSON|name:Chloe Grant]] [[PHONE|phone:07700 900 835]]\nAddr: [[ADDRESS|geo:14 Willow Way, Worksop S81 7LH]]\nFever 39.4, rash - glass test blanches. Eating less, wet nappies OK.\nDisposition: face-to-face at OOH base in [[LOCATION|geo:Bassetlaw]] within 2h. Safety-netting given.",
    # Scotland
    "NHS 24 / OOH - [[LOCATION|geo:Borders General Hospital]] hub\nHome visit: [[ADDRESS|geo:Millbank Cottage, Yarrow, Selkirk TD7 5LA]]\nPt [[PERSON|name:Walter Elliot]] [[AGE|date:94]] CHI [[ID|health_plan:0803307719]]\nCall from carer 02:10: breathless, chesty. KIS: ACP for home management, DNACPR.\nO/E sats 88% RA, RR 28, coarse creps. LRTI. Doxy started; anticipatory meds in house.\nOOH GP Dr [[PERSON|name:Rachel Kerr]], car [[VEHICLE|vehicle:SK72 BWN]]",
    # Wales
    "CTM GP OOH - telephone consultation\n[[DATE|date:Boxing Day]], 10:45\nPatient: [[PERSON|name:Stacey Morgan]] [[AGE|other:34]] NHS [[ID|health_plan:483 500 2917]]\nUTI sx 3/7, not pregnant (LMP [[DATE|date:10/12]]). Nitrofurantoin sent electronically to [[LOCATION|geo:Tonyrefail Pharmacy]]; backup by fax [[PHONE|fax:01443 670 215]].\nSafety-netting: loin pain/fever -> 111.\nPt tel [[PHONE|phone:01443 452 883]]",
    # Northern Ireland
    "GP OUT OF HOURS - [[LOCATION|geo:Enniskillen]] base\nCall no. [[ID|other:WOOH-23-118842]]\nPatient [[PERSON|name:Aidan Maguire]], [[AGE|other:58]], H&C [[ID|health_plan:7740196652]]\nAddr [[ADDRESS|geo:Corraback, Derrylin, Enniskillen BT92 9LA]]\nChest tightness at rest 40 min. 12-lead: ST elevation II, III, aVF.\n999 called 23:48, aspirin 300mg given. Wife [[PERSON|name:Sinead]] with him.\nDriver [[PERSON|name:Paddy]], OOH car [[VEHICLE|vehicle:LKZ 7281]]",
    # Ireland
    "SouthDoc - [[LOCATION|geo:Killarney]] treatment centre\nCall ref [[ID|other:SD240417-2291]]\n[[PERSON|name:Kate O'Shea]], [[AGE|other:29]], PPSN [[ID|ssn:4421953WA]], GP visit card [[ID|health_plan:G4409182]]\nEircode [[ADDRESS|geo:V93 X7K2]] (house hard to find - 2nd lane past the creamery)\n36/40, headache, BP 152/98, urine prot ++. -> [[LOCATION|geo:University Hospital Kerry]] maternity by ambulance.",
    # New Zealand
    "After hours - [[LOCATION|geo:Kelly Street Urgent Care]], [[LOCATION|geo:Nelson]]\nPt [[PERSON|name:Finn O'Connor]] NHI [[ID|health_plan:DLC5290]] [[AGE|other:12]]\nDog bite R forearm, 2 puncture wounds. Dog known - neighbour's at [[ADDRESS|geo:22 Tasman Street, Nelson 7010]]. Animal control ref [[ID|other:NCC-AC-24-0391]].\nWashed, augmentin. Tetanus UTD per immunisation register.\nWound photo for ACC: [[ID|photo:IMG_4417.HEIC]]",
    # New Zealand
    "Urgent care - video consult\n[[DATE|date:Christmas Day 2023]] 14:30\n[[PERSON|name:Priya Nair]] [[AGE|other:41]] NHI [[ID|health_plan:QTP6618]] - connection from [[IP|ip:203.118.144.7]] dropped twice.\nRash on trunk, photo sent: [[ID|photo:img_8812_trunk.jpg]]\nImp: pityriasis rosea. Reassured.\nEnrolled practice: [[LOCATION|geo:Mayfield Medical Centre]], [[LOCATION|geo:Palmerston North]]",
    # Northern Ireland
    "OOH base - [[LOCATION|geo:Causeway Hospital]], [[LOCATION|geo:Coleraine]]\nPt [[PERSON|name:Kelly Ross]] [[AGE|other:36]] H&C [[ID|health_plan:0511877342]]\nEpistaxis R nostril 1h, on rivaroxaban 20mg for PE (dx [[DATE|date:Jan 24]]).\nRapid Rhino 5.5cm inserted. Referred ENT [[LOCATION|geo:Antrim Area Hospital]].\nLives [[ADDRESS|geo:12 Shore Road, Portstewart BT55 7DA]]",
    # Wales
    "OOH -> in-hours handover (faxed to [[PHONE|fax:01646 690 744]])\nTo: [[LOCATION|geo:Argyle Medical Group]], [[LOCATION|geo:Pembroke Dock]]\nRe: [[PERSON|name:Derek Phillips]], NHS [[ID|health_plan:711 889 2045]], DOB [[DATE|date:15.2.48]]\nHome visit Sat night - verified expected death 03:50 on [[DATE|date:10/02/24]]. Palliative (ca prostate). No concerns, not for coroner.\nPlease issue MCCD. Dr [[PERSON|name:Lowri Jenkins]]",
    # Ireland
    "Caredoc - [[LOCATION|geo:Carlow]]\nCall [[ID|other:CD-2403-44812]] [[DATE|date:09/03/2024]] 19:20\nPatient: [[PERSON|name:Jack Nolan]] DOB [[DATE|date:11/11/2017]]\nParent [[PERSON|name:Aisling Nolan]] [[PHONE|phone:059 913 2276]], [[EMAIL|email:aislingnolan@eircom.net]]\nR ear pain 2/7, T 38.6, R TM bulging. Amoxicillin 250mg/5ml 7.5ml TDS x 5/7.\nAddr [[ADDRESS|geo:8 Pollerton Road, Carlow R93 E2Y6]]",
]

STYLES = [
    ("a-and-e", A_AND_E),
    ("clerking", CLERKING),
    ("discharge-letter", DISCHARGE_LETTER),
    ("gp-referral", GP_REFERRAL),
    ("district-nursing", DISTRICT_NURSING),
    ("care-home", CARE_HOME),
    ("mental-health-act", MENTAL_HEALTH_ACT),
    ("pharmacy", PHARMACY),
    ("nhs-admin", NHS_ADMIN),
    ("out-of-hours", OUT_OF_HOURS),
]


def main() -> None:
    print(f"probe31: {write_styled(OUT, STYLES)} docs")


if __name__ == "__main__":
    main()
