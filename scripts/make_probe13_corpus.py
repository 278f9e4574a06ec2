"""Write the 13th hand-annotated redaction probe, a sealed held-out corpus in ten note styles.

Why: every earlier corpus could, in principle, have leaked into the engine's tuning. This probe is
the final measurement, written the way an outside reviewer writes a held-out set: by an author who
has not read the engine, its rules, its tests or the other corpora, so its score says how the
engine does on clinical text it has never been shaped around. It is meant to be scored once per
release, not iterated against.

What: 150 notes, 15 in each of ten styles (progress-note, discharge-summary, gp-referral,
nursing-shorthand, pharmacy, telehealth, billing, device-telemetry, research-enrolment,
eu-clinic-letter), with patients and staff from the US, Australia, the UK and continental Europe.
Every one of the 18 Safe Harbor categories is planted at least six times; names, places and dates
make up about half of the identifiers. Harder cases are mixed in: nicknames, surname-only and
lowercase references, names and towns that are ordinary words, IDs with odd separators or pushed
onto the line after their label, dates in words and holidays, ages over 89, photo and scan file
names, biometric template IDs, plates and VINs, device serials and MAC addresses, IPv6 and URLs.
Look-alikes are left unmarked on purpose: doses, lab values and ranges, bed and ward numbers,
times, model and lot numbers, build numbers, CPT/ICD/MBS codes, public help-line numbers and
business numbers.
Conventions: titles sit outside name spans; a full street address is one ADDRESS span; a town,
suburb or named facility alone is LOCATION; a postcode alone is ADDRESS; states and countries alone
are not marked; ages up to 89 are AGE|other and 90 or more AGE|date (number only); in an ISO
timestamp only the date part is marked. All people and numbers are invented; towns and hospitals
may be real.

How: ``.venv/bin/python scripts/make_probe13_corpus.py`` writes
``corpus/redaction/probe13.jsonl`` via ``make_safe_harbor_suite.write_styled``.
"""

from __future__ import annotations

from pathlib import Path

from make_safe_harbor_suite import write_styled

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "corpus" / "redaction" / "probe13.jsonl"

PROGRESS_NOTES = [
    "PROGRESS NOTE  Ward 7B / bed 12\nPt: [[PERSON|name:Marguerite Oyelaran]] [[AGE|other:84]]F   UR [[ID|mrn:0048213]]\nS: poor sleep, c/o L calf ache since Sat. Daughter [[PERSON|name:Tess]] ([[PHONE|phone:0427 661 093]]) rang from [[LOCATION|geo:Wagga Wagga]] - worried about the stairs at home.\nO: T 37.9  HR 104  BP 142/88  SpO2 95% RA. L calf 38 cm vs R 35 cm.\nA: ?DVT\nP: venous duplex today; enoxaparin 1.5 mg/kg once scan back. D/w reg.",
    "Hospitalist Progress Note - [[DATE|date:03/14/2024]]\n[[PERSON|name:Delgado, Ramon]]  MRN [[ID|mrn:E7741920]]  [[AGE|other:67]] y/o M  Ins [[ID|health_plan:3TK7-QA2-HN41]]\nHD#3, CAP. Afebrile x24h. WBC 14.2 -> 9.8. Still on 2L NC, sats 93%.\nWife [[PERSON|name:Lupe]] at bedside asking if he can be home by the weekend - told her possibly.\nPlan: ceftriaxone -> PO cefpodoxime 200 mg BID, ambulate w/ PT, repeat CXR in AM.",
    "Ward round - Cedar Ward, bay 3 bed 4\nMr [[PERSON|name:Gethin Pryce]], [[AGE|other:81]], hosp no [[ID|mrn:K0923884]]\nPOD2 R #NOF, DHS. Pain controlled on oramorph 2.5mg PRN. UO 30ml/hr. Hb 98 (from 121).\nOrthogeri r/v done. Lives alone in [[LOCATION|geo:Mold]], no package of care.\nPlan: mobilise with physio, OT home visit, alendronate at d/c. Son updated on [[PHONE|phone:07700 918342]].",
    "ICU PROGRESS 0600\n[[PERSON|name:Matilda Vukovic]] (goes by [[PERSON|name:Tilly]]), [[AGE|other:34]]F, MRN [[ID|mrn:RPA2261907]]\nDay 4 post MVA near [[LOCATION|geo:Goulburn]]. Highway patrol rang about her Corolla (rego [[VEHICLE|vehicle:CJ94RT]]) - referred to SW.\nNeuro: GCS 14 (E4V4M6). Resp: HFNO 40L FiO2 0.3. CVS: nor-ad off since 1800 yesterday.\nPlan: step down to ward if stable overnight.",
    "progress note cont.\nseen w/ dr [[PERSON|name:okafor]]. [[PERSON|name:hughes]] more alert today, oriented x3, tolerating soft diet. BNO x4 days - coloxyl/senna charted. wound clean, staples out day 10.\nwants to go home to [[LOCATION|geo:Orange]] for grandson's christening on [[DATE|date:2 August]] - not realistic, explained gently.\nplan: rpt LFTs, dietitian r/v.",
    "Geriatric Medicine - Progress\nMrs [[PERSON|name:Winifred Ashdown]], a [[AGE|date:96]]-year-old from [[LOCATION|geo:Bath]], day 6 with hyperactive delirium.\nCollateral from niece [[PERSON|name:Hope Kendrick]]: baseline independent with a frame. 4AT 6 -> 2. Na 131. No falls overnight. Husband died last year; she still thinks he is coming in later.\nPlan: non-pharm measures, capacity assessment re discharge destination.",
    "BH Progress Note\nPatient: [[PERSON|name:Tyrell Banks]]   DOB [[DATE|date:08-19-1991]]   MRN [[ID|mrn:400-118-273]]   Medi-Cal [[ID|health_plan:91827734A]]\nLegal: 5150 placed [[DATE|date:6/2/24]], 72h.\nCalmer, eating 75% of meals. Denies SI/HI today. Mother called - asks that he not be discharged back to the shelter at [[ADDRESS|geo:1420 S San Pedro St, Los Angeles, CA 90015]].\nMeds: olanzapine 10 mg qhs. TSH 2.1, A1c 5.4.",
    "RENAL PROGRESS [[DATE|date:14.06.24]]\n[[PERSON|name:Clarence Ngarritj]] [[AGE|other:58]]M  UR [[ID|mrn:A449102]]\nHD via L AVF 3.5h, UF 2.8L. K 6.1 pre -> 4.4 post.\nFlown in from [[LOCATION|geo:Galiwinku]]; wants to go back for sorry business - family ringing the ward daily.\nPlan: renal team to ask about a temporary chair closer to home. AHW involved.",
    "CMHT progress note - home visit\nSaw [[PERSON|name:Danny]] ([[PERSON|name:Daniel O'Rourke]]) at his flat, [[ADDRESS|geo:Flat 3, 27 Brunswick Street, Reading RG1 6NY]].\nMSE: unkempt, good rapport, speech normal rate/volume, no FTD. Says he 'hasn't touched spice since [[DATE|date:Bonfire Night]]'.\nDepot paliperidone 100mg given L deltoid.\nCare co: CPN, duty line. NHS no [[ID|health_plan:943 476 5919]].",
    "Trauma Surgery Progress Note - POD1\n[[PERSON|name:Jensen, Kyle]]  [[AGE|other:19]]M  MRN [[ID|mrn:88213046]]\ns/p ex-lap + splenectomy after motorcycle crash on I-35. PD has the bike (plate [[VEHICLE|vehicle:7Y422M]]) and is asking for BAC - not released without court order.\nHgb 9.1 stable, drains serosang 60 ml. Post-splenectomy vaccines before d/c.\nAcct [[ID|account:V00091827712]]",
    "Palliative care review\n[[PERSON|name:Ray]] (Mr [[PERSON|name:Raymond Szabo]]), [[AGE|date:91]], metastatic prostate ca. Comfortable on syringe driver - morphine 20 mg + midazolam 5 mg/24h. RR 14, mouth care 2/24.\nWife and son at bedside; son flies back to [[LOCATION|geo:Perth]] on [[DATE|date:the 9th of May]].\nGoals: comfort only. Chaplain visited.",
    "Neurology progress note [[DATE|date:2024-09-03]]\nMr [[PERSON|name:Lionel Addison]], [[AGE|other:72]]. Idiopathic Parkinson's; also Addison's disease on hydrocortisone 10/5/5 - he jokes he 'collects eponyms'.\nWearing-off worse; Sinemet 100/25 five times a day, LEDD ~650 mg. BP lying 138/80, standing 112/70.\nDBS work-up: referred to [[LOCATION|geo:National Hospital for Neurology and Neurosurgery]]; MRI booked.",
    "L&D progress [[DATE|date:10/07/2024]] 0315\n[[PERSON|name:Summer Whitfield]] G2P1 @ 39+2, [[AGE|other:29]]yo. Cx 6/90/0, GBS neg, epidural working.\nFHR Cat I, baseline 135, mod variability.\nPartner [[PERSON|name:Dakota]] at bedside. Peds aware.\nMRN [[ID|mrn:LD-5502817]]",
    "Stroke rehab - MDT\nMr [[PERSON|name:Tariq Ahmed]] ([[AGE|other:63]]) admitted on [[DATE|date:the twelfth of March]], L MCA infarct.\nPT: 10m with quad stick + 1. OT: kitchen ax booked. SALT: upgraded to IDDSI 6.\nHome is [[ADDRESS|geo:22 Tenter Street, Sheffield S1 4BY]] - 1st floor, no lift; housing officer ([[PHONE|phone:0114 273 6610]]) exploring ground-floor options.",
    "Cardiology progress\n[[PERSON|name:Giuseppe Lombardi]] [[AGE|other:77]]M  UR [[ID|mrn:00731842]]\nDay 2 post dual-chamber PPM (Azure XT DR, model W2DR01). Device serial [[DEVICE|device:RNB204817S]]. Wound dry, CXR no PTX.\nNo driving 2/52 - he drives a ute ([[VEHICLE|vehicle:1GE 4KL]]) out to the orchard at [[LOCATION|geo:Shepparton]].\nF/u device clinic [[DATE|date:28/05/2024]].",
]

DISCHARGE_SUMMARIES = [
    "DISCHARGE SUMMARY\nPatient: [[PERSON|name:BRENNAN, Siobhan Mary]]    DOB: [[DATE|date:02/09/1958]]    UR: [[ID|mrn:1187734]]\nAdmitted: [[DATE|date:18/03/2024]]    Discharged: [[DATE|date:23/03/2024]]    Unit: Gen Med B\nPrincipal Dx: community-acquired pneumonia (J18.9). AKI stage 1 - resolved (Cr 142 -> 88).\nMeds: amoxicillin 1 g TDS to complete 7 days. Ramipril 5 mg WITHHELD - GP to recommence.\nFollow up: GP within 1 week (repeat UEC).",
    "DISCHARGE SUMMARY\nName: [[PERSON|name:Harold T. Bishop]]   Age: [[AGE|date:92]]   MRN: [[ID|mrn:MR-0055128]]\nAdmit: [[DATE|date:Jan 4, 2024]]   Discharge: [[DATE|date:Jan 9, 2024]]\nPrincipal dx: acute on chronic HFrEF (EF 25%).\nFurosemide increased to 40 mg BID. Daily weights - call if gain > 3 lb in a day.\nCode status: DNR/DNI confirmed with HCPOA (daughter, [[PHONE|phone:(248) 555-0196]]).",
    "Discharge letter - [[LOCATION|geo:Royal Berkshire Hospital]]\nRe: Mrs [[PERSON|name:Joy Ferreira]]   DOB [[DATE|date:11.11.1949]]   NHS [[ID|health_plan:401 023 2137]]\nAdmitted via ED in fast AF (HR 160s). Rate controlled on bisoprolol 5 mg; apixaban 5 mg bd started (CHA2DS2-VASc 4, ORBIT 1).\nEcho: LVEF 55%, mild MR.\nGP actions: U&E in 2/52; consider referral for DCCV.\nTTO 14 days supplied.",
    "PAEDIATRIC DISCHARGE\n[[PERSON|name:Archie Tran-Nolan]], [[AGE|other:4]]y, MRN [[ID|mrn:P0872291]], Medicare [[ID|health_plan:5529 17730 2]] (IRN 3)\nMum's mobile: [[PHONE|phone:0402 557 318]]\nViral-induced wheeze. Discharged [[DATE|date:8 July]] on salbutamol 6 puffs 4/24, wean as per plan; pred 1 mg/kg day 3 of 3.\nAsthma action plan + spacer given.",
    "Patient Discharge / Transfer Form\n[[PERSON|name:Luis Alberto Fuentes]]    DOB [[DATE|date:1966-04-30]]    SSN [[ID|ssn:529-41-8870]]\nTransfer to SNF: [[ADDRESS|geo:800 N Cedar St, Mesa, AZ 85201]]\nDx: L BKA on [[DATE|date:2/21/2024]] for PVD; T2DM (A1c 9.4).\nWound vac change MWF. Glargine 24 u qhs + sliding scale.\nSpouse cell: [[PHONE|phone:480.555.0173]]",
    "DISCHARGE SUMMARY - Elderly Care\n[[PERSON|name:Albert Huxley]] (known to all as [[PERSON|name:Bertie]]), aged [[AGE|date:101]]. Hospital no. [[ID|mrn:RBH4471920]]\nMechanical fall, no fracture on CT pelvis. Discharged Thursday [[DATE|date:7th March 2024]] to his daughter's, [[ADDRESS|geo:9 Orchard Rise, Marple, Stockport SK6 7PL]].\nPOC QDS carers restarted. Falls clinic referral made.\n(The card from the King on his locker was packed with his things.)",
    "MENTAL HEALTH DISCHARGE SUMMARY\nConsumer: [[PERSON|name:Kirra Walsh]]   Age [[AGE|other:23]]   UR [[ID|mrn:MH339018]]\nInvoluntary order revoked [[DATE|date:12 Oct]]. Dx: first-episode psychosis.\nDischarged to mum's in [[LOCATION|geo:Caboolture]]. Case manager ph [[PHONE|phone:07 5433 8120]].\nMeds: aripiprazole 10 mg mane. Safety plan completed together before leaving.",
    "d/c summary (abbrev)\npt: [[PERSON|name:Grace Yoon]] | MRN [[ID|mrn:20-448-1937]] | adm [[DATE|date:11/2]] | d/c [[DATE|date:11/3]]\nobs for CP, trop neg x2, stress echo neg. home, f/u cards in 2 wks. ASA 81 daily.",
    "DISCHARGE - MATERNITY\nMother: [[PERSON|name:Priya Raghunathan]]   IHI [[ID|health_plan:8003 6081 4472 9106]]\nBaby boy [[PERSON|name:Raghunathan]], born [[DATE|date:29/01/2024]] 04:12, 3420 g, MRN [[ID|mrn:N2240187]]\nSVD, EBL 350 ml, perineum intact. Breastfeeding well. Hep B vax given, NBST done day 3.\nMCHN referral sent; 6-week check with GP.\nMidwife AHPRA [[ID|license:MID0002291774]]",
    "Discharge - Day Surgery Unit\nName: [[PERSON|name:Mark Young]]    Postcode: [[ADDRESS|geo:BA2 3HT]]    MRN [[ID|mrn:D0441288]]\nProcedure: L inguinal hernia repair (mesh), GA. Uneventful.\nAnalgesia: paracetamol 1g QDS, ibuprofen 400mg TDS x5/7.\nNo driving for 1 week. Sutures dissolvable.\nEscort home: wife [[PERSON|name:Harriet]], mobile [[PHONE|phone:+44 7911 204663]].",
    "Discharge Summary - Pediatrics\n[[PERSON|name:Mateo Ruiz]], [[AGE|other:9]] yo, MRN [[ID|mrn:0091-7782]]\nDKA, new-onset T1DM (pH 7.12 on arrival; closed in 18 h).\nDischarged [[DATE|date:September 12th]] on glargine 8 u + lispro ICR 1:15, ISF 1:50.\nCare plan emailed to school nurse ([[EMAIL|email:j.okafor@cusd80.org]]).",
    "DISCHARGE REFERRAL\nTo: Dr [[PERSON|name:Nikolaos Pappas]], [[ADDRESS|geo:Shop 4, 118 Canterbury Rd, Lakemba NSW 2195]]   Fax [[PHONE|fax:(02) 9759 3318]]\nRe: [[PERSON|name:Fatima Haddad]]   DOB [[DATE|date:15-08-1971]]\nDischarged [[DATE|date:6 Sept 2024]] after lap chole for gallstone pancreatitis. ALT 88 and falling.\nHistology pending - please review at f/u.",
    "VA Discharge Note\nVeteran: [[PERSON|name:Dwayne Hollis]] ([[AGE|other:53]])   ICN [[ID|mrn:1012948837V442109]]\nAdmitted [[DATE|date:05/05/24]] for EtOH withdrawal, CIWA peak 18. Chlordiazepoxide taper complete.\nUnhoused; HUD-VASH referral placed. Mail c/o [[ADDRESS|geo:PO Box 2271, Tacoma, WA 98401]].\nF/u [[LOCATION|geo:American Lake VA]] SUD clinic. Secure messaging: [[URL|url:https://www.myhealth.va.gov/u/dhollis71]]",
    "IMMEDIATE DISCHARGE SUMMARY\nPatient: [[PERSON|name:Rhiannon Beddoes]]\nDOB: [[DATE|date:the 3rd of June 1987]]\nNHS No: [[ID|health_plan:612-337-8401]]\nWard: Severn, bed 14\nDx: hyperemesis gravidarum, 10/40. IV fluids + cyclizine, ketones cleared.\nGP: [[LOCATION|geo:Hereford Medical Group]]\nDischarging clinician: Dr [[PERSON|name:Ochieng]]",
    "DISCHARGE SUMMARY\n[[PERSON|name:Leslie Thorburn]] ([[AGE|date:94]])  DVA Gold [[ID|health_plan:VX204817]]  UR [[ID|mrn:3390172]]\nD/C [[DATE|date:15 Feb 2024]]. E. coli urosepsis; IV ceftriaxone -> cefalexin 500 mg QID to finish 10 days.\nReturned to [[LOCATION|geo:Warrina Aged Care]].\nHearing aid (serial [[DEVICE|device:PH7731402]]) sent in labelled bag; the left one is still missing.",
]

GP_REFERRALS = [
    "Dear Doctor,\nThank you for seeing [[PERSON|name:Bronwyn Gale]], DOB [[DATE|date:7/4/1972]], of [[ADDRESS|geo:31 Wattle St, Young NSW 2594]], with 3 months of post-menopausal bleeding. TVUS: ET 9 mm.\nKind regards,\nDr [[PERSON|name:Tamsin Hope]]  Provider no. [[ID|license:4419203J]]  Fax [[PHONE|fax:02 6382 1174]]",
    "URGENT SUSPECTED CANCER REFERRAL (2WW) - Lower GI\nPatient: Mr [[PERSON|name:Colin Sterling]]   NHS [[ID|health_plan:4857773456]]\nFIT 212 ug/g Hb. Hb 104, ferritin 9. 6 kg weight loss over 3 months.\nPractice: [[LOCATION|geo:Bishopthorpe Road Surgery]]   Tel [[PHONE|phone:01904 628330]]   Fax [[PHONE|fax:01904 628 331]]\nReferring GP GMC [[ID|license:6148302]]",
    "To the intake team, [[LOCATION|geo:headspace Bendigo]]\nI'm referring [[PERSON|name:Lachie]] ([[PERSON|name:Lachlan Doherty]], [[AGE|other:16]]) for anxiety + school refusal. Mum [[PERSON|name:Kerry]] is the best contact - [[PHONE|phone:0438 201 977]] / [[EMAIL|email:kerry.doherty74@bigpond.com]].\nK10 34, no SI/self-harm. MHCP done.\nThanks, GP registrar",
    "REFERRAL - Orthopedics\nFrom: [[LOCATION|geo:Cedar Park Family Medicine]]  NPI [[ID|license:1689204417]]  Fax [[PHONE|fax:512-555-0188]]\nPatient: [[PERSON|name:Brooke Halvorsen]]   DOB [[DATE|date:12/30/1988]]\nIns: Aetna, member ID [[ID|health_plan:W448192037]]\nR knee injury skiing, + Lachman, effusion. MRI ordered. ICD-10 S83.511A; CPT 99204.",
    "Re: [[PERSON|name:Agnieszka Wójcik]], dob [[DATE|date:02.03.1990]], [[ADDRESS|geo:58 Cowley Road, Oxford OX4 1JB]]\nDear Colleague,\nPlease see this [[AGE|other:34]]-year-old with 6 weeks of symmetrical small-joint synovitis. RF +, anti-CCP >340, CRP 28. MTX not started.\nShe will need a Polish interpreter (booking ref [[ID|other:LL-PL-20931]]).\nYours sincerely,\nDr [[PERSON|name:Rose Fairweather]]",
    "Referral: ENT\nDear ENT team,\n[[PERSON|name:Arthur Bright]] (DOB [[DATE|date:14/10/1944]]) - yes, from [[LOCATION|geo:Bright]] - has recurrent R epistaxis; Little's area cauterised twice in ED, most recently on [[DATE|date:Anzac Day]].\nOn warfarin for AF, INR 2.8 last week.\nRegards, provider no. [[ID|license:5528104B]]",
    "Referral to [[LOCATION|geo:Sheppard Pratt]] - adolescent eating disorders program\nPt: [[PERSON|name:Avery Kim]] ([[AGE|other:15]]F). BMI 15.9, HR 44 supine, orthostatic.\nGuardian (mother), cell [[PHONE|phone:410 555 0127]]\nPolicy # [[ID|health_plan:CFH-22819043-01]]",
    "Advice & Guidance - Dermatology\nPt: [[PERSON|name:Gordon Hill]]  NHS [[ID|health_plan:733 901 2248]]\nChanging pigmented lesion L shoulder, 9 mm, irregular border, 2 colours. Dermoscopy images: [[ID|photo:DERM_0417_GH_a.jpg]], [[ID|photo:DERM_0417_GH_b.jpg]].\nFHx melanoma (sister).\nReferrer GMC [[ID|license:7093518]]",
    "EPC referral - physiotherapy x5 (MBS item 10960)\nPt [[PERSON|name:Rosa Quintero]]: chronic LBP, BMI 31, T2DM. Goal: back to full shifts as a cleaner.\nGP provider no. [[ID|license:2891440T]]",
    "Referral to Memory Assessment Service\nMrs [[PERSON|name:Edna Cartwright]], [[AGE|date:90]], lives with her husband [[PERSON|name:Stanley]] ([[AGE|date:93]]) at [[ADDRESS|geo:4 Mill Lane, Hope, Hope Valley S33 6RA]].\n18 months progressive short-term memory loss. MoCA 17/30. B12/folate/TFT normal; CT: small vessel change.\n[[PERSON|name:Stanley]] is struggling to cope and asks for carer support.",
    "Workers' Comp Referral - Occupational Medicine\nEmployee: [[PERSON|name:Travis Oakes]]   SSN [[ID|ssn:611 24 9083]]\nClaim # [[ID|other:WC-24-118274]]   DOI [[DATE|date:04/22/2024]]\nCrush injury R hand, 2nd/3rd MC fx, ORIF done.\nAdjuster: [[PERSON|name:Janelle Frost]] - [[EMAIL|email:jfrost@keystonecomp.com]]",
    "Dear Geriatrician,\nRe: [[PERSON|name:Norman Keith Sale]]   DVA [[ID|health_plan:QX118402A]]\n[[ADDRESS|geo:7/22 Raymond St, Sale VIC 3850]]\nThree falls since [[DATE|date:Christmas]]; the last needed the SES to lift him. Lives alone, refuses a pendant.\nPh [[PHONE|phone:(03) 5144 2210]]",
    "From: [[EMAIL|email:rachel.fenn@nhs.net]]\nTo: eye casualty, [[LOCATION|geo:Moorfields]]\nSubject: urgent ?CRAO - [[PERSON|name:Kamal Siddiqui]] [[AGE|other:71]]M\nSudden painless loss of vision L eye at 0700 today. VA L HM. Cherry-red spot. BP 182/96.\nSon is driving him in, ETA 45 min.\nOptometrist, GOC [[ID|license:01-28841]]",
    "Ref cardiology OPD - [[PERSON|name:Wei Zhang]], [[AGE|other:45]]. Exertional chest tightness x2/12, ECG LVH. ?EST. HTN on amlodipine 10mg. Contact [[PHONE|phone:0401-337-265]]. Fax back [[PHONE|fax:07 3394 0128]].",
    "Referral: Developmental-Behavioral Pediatrics\nChild: [[PERSON|name:Jaylen Moore]], born [[DATE|date:Aug 2019]]\nIn foster care - DCFS case [[ID|other:2023-JV-04417]]; caseworker on [[PHONE|phone:312-555-0148]].\nExpressive speech delay (~20 words at [[AGE|other:4]]y). Medicaid [[ID|health_plan:39918274]]",
]

NURSING_SHORTHAND = [
    "0200 pt ([[PERSON|name:jones]]) restless, pulling at IDC. 2nd nurse [[PERSON|name:shaz]] assisted. haloperidol 0.5mg IM per PRN order. bed 4, rails up x2, bed alarm on. obs stable BP 150/82 HR 88.",
    "nn: wound L heel stage 3, photo taken + uploaded as [[ID|photo:IMG_4471_heel.jpg]]. dressing aquacel Ag + foam, change q3d. family ([[PERSON|name:bev]]) aware. next due in 3 days.",
    "handover 1930 - rm 12 mr [[PERSON|name:o'neill]] [[AGE|other:88]]yo fasting from MN for colonoscopy, moviprep 2nd dose 2100. IVC L ACF d2. son [[PERSON|name:dec]] wants a call after on [[PHONE|phone:0417882190]].",
    "pt amb to BR w/ walker, SBA. c/o nausea, zofran 4mg IV @1430. security moved pt's car (silver camry, lic [[VEHICLE|vehicle:8KQM219]]) out of the ER bay, keys at desk. daughter [[PERSON|name:tasha]] to collect.",
    "NIGHT SHIFT: MRS [[PERSON|name:PETROVIC]] [[AGE|date:91]] SETTLED. PAD CHANGED X2. SKIN INTACT. SPO2 93% ON 2L. NOK [[PERSON|name:MILAN]] PH [[PHONE|phone:0295571433]] - NOT TO BE CALLED OVERNIGHT UNLESS DETERIORATES.",
    "obs 4hrly, NEWS2 = 3 (RR 22). pt prefers [[PERSON|name:Pat]] (not [[PERSON|name:Patricia]]). sats 94% RA. FY1 informed 0340, to r/v. fluid bal -400.",
    "dx cellulitis R leg. margins marked 0800; spreading past line by 1600. IV fluclox 2g q6h. says he lives out at [[LOCATION|geo:Nowra]], drove himself in - ute parked lvl 2, rego [[VEHICLE|vehicle:DZ 41 QP]].",
    "Ms [[PERSON|name:Rhodes]] BSL 18.4 @ 2200, ketones 0.3. novorapid 6u sc per ISS. recheck 2300: 14.1. pump (MMT-1780, SN [[DEVICE|device:NG4418220H]]) suspended per endo.",
    "MET call 0515 bed 22 (UR [[ID|mrn:2204719]], [[AGE|other:70]]M) - hypotensive 78/40, lactate 4.2. 2x 500ml NaCl bolus. ICU reg attended. wife [[PERSON|name:June]] notified by phone 0540.",
    "Pt v anxious re: her dog home alone in [[LOCATION|geo:Marrickville]]. neighbour ([[PERSON|name:Will]]) has spare key, # [[PHONE|phone:0433 090 712]]. SW paged.",
    "bed 7: BP 118/74 HR 72 T 36.8 RR 16 SpO2 98%. BGL 6.2. INR 2.4 (range 2.0-3.0). tramadol 50mg 1400, pain 3/10. fluids 1000ml/8hrly. ambulant, ward 3C.",
    "[[DATE|date:23/12]] 1100: pt (UR [[ID|mrn:0093317]]) d/c home w/ daughter [[PERSON|name:Megan]]. d/c summary & scripts given. IVC removed, tip intact. belongings: glasses, hearing aid, phone, wallet (cards x3 - pt checked).",
    "charge rn note: pt fell in bathroom 0310 - found on floor by tech [[PERSON|name:marcus]]. no LOC per pt, hematoma R forehead. CT head ordered. morse 65. MO notified, incident report filed.",
    "wound care: sacral PI gd 2, 3x2cm. photo via app -> [[ID|photo:pt4471_sacrum_0930.png]]. barrier cream, pressure mattress on, turns 2/24. mum [[PERSON|name:carmel]] visiting daily.",
    "wristband reprinted, old one illegible. UR no.\n[[ID|mrn:8820173]] + DOB [[DATE|date:4.1.52]] confirmed w/ pt & 2nd RN.",
]

PHARMACY = [
    "Rx\n[[PERSON|name:Dennis Muldoon]]   DOB [[DATE|date:5/17/1959]]\nOxycodone 5 mg tab, #20 (twenty), 1 tab PO q6h prn pain. No refills.\nPrescriber: [[PERSON|name:Laura Chen]], DO   DEA [[ID|license:BC3381920]]   NPI [[ID|license:1780446219]]\nPDMP checked.",
    "PBS prescription - Authority\n[[PERSON|name:Mei-Ling Howard]] ([[AGE|other:66]]), [[ADDRESS|geo:12 Banksia Ct, Eden NSW 2551]]\nMedicare [[ID|health_plan:4102 77391 5]]\nApixaban 5mg bd, qty 60, rpt 5.\nPrescriber no. [[ID|license:0922184]]",
    "Pharmacy intervention log\nPt: [[PERSON|name:Derek Ashby]] (hosp no [[ID|mrn:RM44182]])\nIssue: clarithromycin charted alongside simvastatin 40mg - interaction. Suggested holding the statin x7/7; team agreed.\nPharmacist: [[PERSON|name:C. Marlowe]], GPhC [[ID|license:2089417]]",
    "Refill request by phone from [[PERSON|name:Carla Benitez]] ([[PHONE|phone:(305) 555-0162]]) for lisinopril 20 mg #90. Last fill [[DATE|date:02/11/24]] at this store. Rx# [[ID|other:6620418]].",
    "webster pak change: mrs [[PERSON|name:de silva]] ([[AGE|date:97]]), [[LOCATION|geo:Mercy Place Rice Village]] rm 14. ceased metoprolol. new: bisoprolol 1.25 mane. signed off by RN [[PERSON|name:Asha]].",
    "Controlled drug register\nDate: [[DATE|date:09/04/2024]]\nDrug: morphine sulfate 10mg/5ml oral soln, 100ml\nSupplied to: [[PERSON|name:Ivy Langford]], [[ADDRESS|geo:16 Tanner Row, Bath BA1 2LU]]\nCollected by: [[PERSON|name:Ron Langford]] (husband) - ID seen: driving licence [[ID|license:LANGF512093RJ9XY]]\nPrescriber GMC [[ID|license:4482019]]\nBalance: 300ml",
    "Prior auth DENIED - adalimumab 40mg/0.4ml. Member ID [[ID|health_plan:9842177301]]. Appeal fax [[PHONE|fax:1-866-555-0119]]. Pt [[PERSON|name:Kayla Dunn]] notified via portal.",
    "S8 safe access log: [[PERSON|name:T. Okonkwo]] RN, fingerprint template [[ID|biometric:FP#7a31c90e]], witnessed by 2nd RN. Count correct.",
    "Clinical pharmacist review for Mrs [[PERSON|name:Ogunleye]]: vancomycin trough 14.8 mg/L (target 15-20). 1250 mg q12h -> 1500 mg q12h. Next level before 4th dose, 0600. CrCl 72 ml/min. Batch 2208417.",
    "Script owing - [[PERSON|name:Harrison Vo]] took 2x ventolin; GP ([[LOCATION|geo:Footscray Medical Hub]]) to fax script to [[PHONE|fax:03 9689 2211]] by Fri.",
    "Compounded progesterone in oil 50mg/ml for [[PERSON|name:Natalia Greer]], shipped to [[ADDRESS|geo:4410 Bayview Dr Apt 12C, Fort Lauderdale, FL 33308]]. Acct [[ID|account:CX-004417]].",
    "Medicines reconciliation\nMr [[PERSON|name:Thomas Reid]] ('[[PERSON|name:Tommy]]')\nSources: pt, SCR, [[LOCATION|geo:Lloyds Pharmacy Kidderminster]]. Omitted on admission: tamsulosin 400mcg. Allergy: penicillin (rash).",
    "ED pharmacy: naloxone kit given to pt's friend, training done. Pt [[PERSON|name:Cody Reyes]] left AMA 0245.",
    "MedsCheck\nClient: [[PERSON|name:Barbara Jean Fogarty]]   DOB [[DATE|date:19-OCT-1942]]   Medicare [[ID|health_plan:5512 30981 4]]\nPharmacy: [[LOCATION|geo:Priceline Pharmacy Orange]]\nCurrent meds (11): frusemide 40 mg, spironolactone 25 mg, metformin XR 1 g ...",
    "Enrollment received from [[EMAIL|email:m.hussain@riverbendrx.com]] for [[PERSON|name:Owen Price]] - dupilumab. Copay card [[ID|account:6015 8800 3127 4490]].",
]

TELEHEALTH = [
    "Telehealth consult (video) 14:30\nPatient [[PERSON|name:Corey Mainwaring]] joined from home in [[LOCATION|geo:Katherine]]; identity confirmed with DOB [[DATE|date:22/05/1983]] and Medicare [[ID|health_plan:6120 44817 3]].\nConnection dropped twice (client IP [[IP|ip:101.175.22.48]]).",
    "Virtual visit, room [[URL|url:doxy.me/drpatelpeds]]\nPt [[PERSON|name:Sofia Marchetti]] ([[AGE|other:6]]), mom present. Rash photo uploaded to portal: [[ID|photo:IMG_0932.HEIC]]. Impetigo. Mupirocin tid x5d.",
    "Telephone consultation - duty doctor\nCaller: Mrs [[PERSON|name:Hilary Banks]], about her husband [[PERSON|name:Geoff]] ([[AGE|other:79]]).\nCall-back [[PHONE|phone:01225 448 019]]\nNew confusion since yesterday, T 38.4, dysuria. Advised to attend [[LOCATION|geo:RUH]] ED - 'He won't go, doctor, he's as stubborn as a mule.'",
    "session_id=8f2c1a7e user=[[ID|other:jtorres_88]] client_ip=[[IP|ip:2600:1700:3c41:9e0::2a]] started=[[DATE|date:2024-04-02]]T16:05:11Z ended=16:27:43Z status=COMPLETED provider=[[PERSON|name:E. Nakashima]]",
    "Video session w/ [[PERSON|name:Jade]] - she sat in her car in the work carpark for privacy. Practised urge surfing. Next session [[DATE|date:19 Sept]]. Crisis: Lifeline 13 11 14.\n[[PERSON|name:Amara Obi]], clinical psychologist, AHPRA [[ID|license:PSY0001823554]]",
    "Nurse advice line\nCaller authenticated by voiceprint (template [[ID|biometric:VPX-0031-88412]]) - member [[PERSON|name:Harold Greenberg]], plan ID [[ID|health_plan:HMN448201377]].\nR calf swelling after a long flight from [[LOCATION|geo:Honolulu]]. Advised ED within 2h.",
    "eConsult via NHS App. Patient: [[PERSON|name:Leah Morgan-Price]], [[EMAIL|email:leahmp@outlook.com]]. Photo of mole attached ([[ID|photo:econsult_attach_558102.jpg]]), submitted from [[IP|ip:86.14.201.77]]. Triage: routine derm A&G.",
    "Remote monitoring enrolment: [[PERSON|name:Errol Lindqvist]], [[AGE|other:83]], home BP cuff paired. Portal: [[URL|url:https://myhealth.ochre.org.au/patient/elindqvist]]. Tech support spoke to grandson on [[PHONE|phone:+61 422 019 384]].",
    "Video visit with Spanish interpreter (ID [[ID|other:440127]]). Pt [[PERSON|name:Esperanza Ochoa]], f/u A1c 8.2. AVS to [[EMAIL|email:espe.ochoa61@gmail.com]].",
    "Zoom link expired - resent. Meeting ID 843 2219 0087, passcode 4471. [[PERSON|name:Nico]] (MRN [[ID|mrn:CH-0097124]]) joined 10 min late; audio only.",
    "Attend Anywhere consult. [[PERSON|name:Osian Price]] with his dad, murmur follow-up. Echo at [[LOCATION|geo:Grange University Hospital]] booked [[DATE|date:3rd Dec]].",
    "Telestroke consult - ED at [[LOCATION|geo:Mercy Hospital Fort Scott]]. Pt [[PERSON|name:Wendell Orr]], [[AGE|other:66]]M, LKW 1340. NIHSS 9. CTA L M1 occlusion. Alteplase 1452. Flown to comprehensive stroke centre for thrombectomy.",
    "Booking portal: username [[ID|other:gracie.b.1990]] locked out. [[PERSON|name:Grace Bartolo]] re-verified (face-match template [[ID|biometric:FM-3390-a1c7]]) and by SMS to [[PHONE|phone:0499 112 806]]; new link [[URL|url:https://book.healthdirect-vc.com.au/r/gbartolo-7731]].",
    "Audit: portal login from [[IP|ip:2a02:c7f:5e21:ab00:91d4:3e2f:16c0:7b2a]] (Portugal) flagged - [[PERSON|name:Declan Shorthouse]] confirmed he is on holiday.",
    "Telepsychiatry f/u. [[PERSON|name:Brielle]] says she is 'sleeping like a rock' on mirtazapine 15mg. MRN [[ID|mrn:55019287]]. Mom's work number [[PHONE|phone:(614) 555-0133 ext 207]].",
]

BILLING = [
    "STATEMENT\nGuarantor: [[PERSON|name:Robert L. Haines]]\nAccount #: [[ID|account:400018827341]]\nService date: [[DATE|date:03/02/2024]]   CPT 99285, 71046\nPrimary: Cigna   ID [[ID|health_plan:U81042277 01]]\nBalance due: $1,248.17   Pay online: [[URL|url:https://pay.stlukeshealth.org/acct/400018827341]]",
    "TAX INVOICE - [[LOCATION|geo:Northside Specialist Centre]]   ABN 41 228 330 917\nPatient: [[PERSON|name:Dimitra Kostas]]   Medicare [[ID|health_plan:2299 41087 6]]\nItem 104 - initial specialist consultation $245.00; Medicare rebate $83.45\nInvoice [[ID|account:INV-0044817]]\nRebate paid to pt BSB/acct [[ID|account:062-692 1044 8731]]",
    "INVOICE\nBill to: Mr [[PERSON|name:Julian Ashcroft]], [[ADDRESS|geo:The Old Rectory, Church Lane, Great Tew, Chipping Norton OX7 4AF]]\nBupa membership [[ID|health_plan:81226639]]; pre-authorisation [[ID|other:AU7712094]]\nKnee arthroscopy [[DATE|date:17/01/2024]]",
    "CMS-1500 extract\n1a Insured ID: [[ID|health_plan:1EG4-TE5-MK72]]\n2 Patient: [[PERSON|name:WASHINGTON, DOLORES]]\n3 DOB: [[DATE|date:07 19 1940]]\n5 Address: [[ADDRESS|geo:2231 E 71ST ST, CHICAGO IL 60649]]\n24A DOS [[DATE|date:05 06 24]]   CPT 99214   ICD I10, E11.9\n33a NPI [[ID|license:1518093264]]",
    "Statement reminder: [[PERSON|name:Shane Whitlock]] - $180 gap fee still outstanding on acct [[ID|account:77120-004]]. Visa ending 7721 declined.",
    "Collections note: spoke w/ [[PERSON|name:Terrence Boyd]] re acct [[ID|account:88-2019447-03]]. Plan $50/mo autopay. Moved to [[ADDRESS|geo:17 Linden Ave, Apt 2, Paterson, NJ 07501]]; new cell [[PHONE|phone:973-555-0104]].",
    "Refund processed: GBP 85 overpayment to Ms [[PERSON|name:Anwen Rees]], sort code/acc [[ID|account:30-94-57 22018834]]. Hospital travel costs claim for own car, reg [[VEHICLE|vehicle:WN67 TXB]], approved.",
    "Payment received - HSA card [[ID|account:5412 7590 1123 8806]], cardholder [[PERSON|name:Marisol Vega]], from IP [[IP|ip:73.162.40.219]]. Receipt emailed to [[EMAIL|email:mvega.home@yahoo.com]].",
    "WorkCover claim [[ID|other:WC2404418]] - [[PERSON|name:Dean Fraser]], injury [[DATE|date:3 March 2024]] (fall from ladder). TFN [[ID|ssn:872 341 569]] on file for weekly payments. Case manager ph [[PHONE|phone:(03) 9211 4470]].",
    "Ambulance billing\nPt: [[PERSON|name:Gloria Pettiford]]   Run # [[ID|other:24-011882]]\nPickup: [[ADDRESS|geo:903 Magnolia St, Beaumont, TX 77701]] -> [[LOCATION|geo:Baptist Hospitals of Southeast Texas]]\nLoaded miles 4.2, ALS1 emergency (A0427). Medicaid [[ID|health_plan:522018477]]",
    "Overseas visitor charging: [[PERSON|name:Gabriel Moreau]], French national. EHIC [[ID|health_plan:80250000140012345678]], passport [[ID|ssn:19AB44218]]. Charges raised on invoice [[ID|account:OVS-2024-0117]].",
    "Fee schedule update: 99213 $92.11, 99214 $131.40, 93000 $17.30, modifier 25, POS 11. Kiosk check-in now by palm vein; pt template [[ID|biometric:PV-004417-R]] failed twice this morning - front desk to re-enrol.",
    "HCF member [[ID|health_plan:0044827193]] (family cover, 2 dependants). $500 excess paid by [[PERSON|name:Nadia Sorensen]] on [[DATE|date:27.09.2024]].",
    "Parking validation: [[PERSON|name:Hector Ibarra]], plate [[VEHICLE|vehicle:KTL-4481]], garage B, 14 days (dialysis). Fee waived per SW.",
    "SEPA direct debit mandate: [[PERSON|name:Lotte Vermeulen]], IBAN [[ID|account:NL18RABO0329475601]], mandate ref [[ID|account:MND-77120]], for invoices from [[LOCATION|geo:Fysio Centrum Zwolle]].",
]

DEVICE_TELEMETRY = [
    "[[DATE|date:2024-06-11]]T03:14:22Z CGM_ALERT urgent_low 2.9 mmol/L tx=[[DEVICE|device:8HK2QZ]] patient=[[PERSON|name:Ellie Brandt]] phone_ip=[[IP|ip:192.168.1.44]] share=[[URL|url:https://share.glucolink.eu/p/ebrandt02]]",
    "Remote monitoring - ICD\nPatient: [[PERSON|name:Francis Otieno]] | Device: Resonate EL ICD D433 | SN [[DEVICE|device:R-418827]]\nTransmission [[DATE|date:14 May 2024]] 02:10: 1 VT episode, ATP x1 successful. Battery 8.5 yrs. RV threshold 0.7V @ 0.4ms.\nClinic: [[LOCATION|geo:St Vincent's Hospital Melbourne]] device clinic, UR [[ID|mrn:V1182047]].",
    '{"ts":"[[DATE|date:2024-02-29]]T22:41:09+10:00","model":"t:slim X2","pump_sn":"[[DEVICE|device:1149022]]","bolus_u":4.5,"bg":11.2,"user":"[[ID|other:dmcallister]]","mac":"[[DEVICE|device:A4:C1:38:0E:9B:52]]"}',
    "AirSense 11 - SN [[DEVICE|device:23172048901]] - usage 6h12m avg, AHI 2.3, leak 95th 18 L/min. Owner [[PERSON|name:Bruce Kettering]], [[LOCATION|geo:Toowoomba]]. Uploaded [[DATE|date:1/7/24]] via modem IMEI [[DEVICE|device:356938035643809]] at [[IP|ip:10.62.118.7]].",
    "[[DATE|date:Mar 12]] 04:55:01 telehub01 mlink[4471]: ACK from [[IP|ip:fd12:3456:789a:1::3c]] dev=[[DEVICE|device:HUB-001B7F22]] pt_mrn=[[ID|mrn:7790442]] seq=0091",
    "Interrogation [[DATE|date:09-Jan-2024]]: Assurity MRI PM2272, serial [[DEVICE|device:7412 9930]], implanted [[DATE|date:14-Mar-2019]] at [[LOCATION|geo:Freeman Hospital]]. AP 34%, VP <1%. Lead impedances normal. Mr [[PERSON|name:Jacob Glover]] (NHS [[ID|health_plan:550 813 2976]]) asymptomatic.",
    "Holter 48h - recorder SN [[DEVICE|device:HLT-2290-0047]] fitted Monday. Pt ID [[ID|mrn:M00218842]]. Min HR 38 (asleep), max 156. 4 runs NSVT, longest 7 beats.",
    "Personal alarm activation: pendant [[DEVICE|device:PA-88341-07]] at [[ADDRESS|geo:3 Kookaburra Cl, Port Macquarie NSW 2444]]. Client [[PERSON|name:Olive Gransden]], [[AGE|date:93]]. Responder: neighbour. Ambulance called 0214.",
    "Firmware 4.12.7 (build 20231104) pushed to 312 devices. Rollback threshold 0.5%. Port 8443. Model CGX-200, lot 22K0419.",
    "omron hem-7361t paired - mac [[DEVICE|device:28:ff:3c:7a:01:9e]]. readings synced for mrs [[PERSON|name:nakamura]]: 148/92, 152/95, 139/88. alert sent to [[EMAIL|email:dr.imhof.alerts@praxis-imhof.ch]].",
    "gw [[IP|ip:2001:db8:ac10:fe01::2]] reports patch pump [[DEVICE|device:OMN-33F81A]] out of range for [[PERSON|name:Toby]] (peds), last contact [[DATE|date:2024-07-19]] 13:02.",
    "Implant record: THR, lot 6620417, ref 00-7711-052-00. Implant serial [[DEVICE|device:ZH44017729]]. Patient [[PERSON|name:Sandra Kellerman]], op date [[DATE|date:23/11/2023]].",
    "Power wheelchair tracker IMEI [[DEVICE|device:861585042331769]] last ping [[LOCATION|geo:Coburg]] 17:40 - user [[PERSON|name:Matt]] reported missing by carer.",
    "Kiosk login: [[PERSON|name:Ines Carvalho]] authenticated via iris template [[ID|biometric:IRS-7c22-90ab]] on [[DATE|date:2024-08-02]] 07:58; pulled ECG for bed 9.",
    "Wearable export - user [[EMAIL|email:kev.moloney@gmail.com]], device [[DEVICE|device:FB-507-9A77D1]]; resting HR 58, sleep 6.4h; irregular rhythm notification [[DATE|date:Nov 3]] 02:47.",
]

RESEARCH_ENROLMENT = [
    "ENROLMENT LOG - Protocol ASPREE-X 2024-01\nParticipant ID: [[ID|other:AXP-0417]]\nInitials: [[PERSON|name:M.K.T.]]\nConsent date: [[DATE|date:08/04/2024]]\nAge at consent: [[AGE|date:90]]\nSite: [[LOCATION|geo:Alfred Health]]",
    "Screen fail: [[PERSON|name:Jonah Feld]], [[AGE|other:41]] - eGFR 38 (exclusion <45). Re-screen not permitted. Screening no. [[ID|other:SCR-1187]].",
    "Biobank consent signed. Fingerprint template stored for sample release: [[ID|biometric:FPT-2210-4c9e]]. Participant [[PERSON|name:Amos Whitehorse]], study no. [[ID|other:BB-77102]], DOB [[DATE|date:March 1965]].",
    "Facial photographs for dysmorphology sub-study: [[ID|photo:PX_0932_frontal.tif]], [[ID|photo:PX_0932_lateral.tif]]. Parental consent from [[PERSON|name:Imani Lawal]].",
    "New enrolment - please book baseline visit.\nName: [[PERSON|name:Reuben Castellano]]\nEmail: [[EMAIL|email:reubenc@proton.me]]\nMobile: [[PHONE|phone:0455 118 920]]\neConsent: [[URL|url:https://redcap.mcri.edu.au/surveys/?s=K7HD8WLX]] signed from [[IP|ip:120.21.77.164]]",
    "Withdrawal: participant [[ID|other:CARE-HF-0882]] withdrew consent on [[DATE|date:the 2nd of October]]. Samples to be destroyed per protocol.",
    "Recruited from [[LOCATION|geo:Addenbrooke's]] clinic by the research nurse. NHS number [[ID|health_plan:926 448 1033]] on consent form only, not on CRF. Participant [[ID|other:HEART-UK-1104]].",
    "Ophthalmic imaging sub-study: retinal template [[ID|biometric:RET-55120-OD]] linked to subject [[ID|other:S-0213]]; fundus photo [[ID|photo:S0213_OD_20240311.png]].",
    "Subject [[PERSON|name:Marcus Thibodeaux]] ([[AGE|other:57]]) enrolled at [[LOCATION|geo:Ochsner]] [[DATE|date:1/22/24]]. Stipend card [[ID|account:4444 0021 7738 1109]]. SSN for 1099: [[ID|ssn:437-61-2280]].",
    "Randomisation: block size 4, strata age >=65 / <65, site 03. Dose level 2 (150 mg/m2). Visit window +/-3 days. Protocol v3.1. Driving sub-study car VIN [[VEHICLE|vehicle:JTDKB20U093518624]] fitted with logger.",
    "Speech biomarker sub-study (Parkinson's): voiceprint [[ID|biometric:VP-2290-AB17]]; participant [[PERSON|name:Edith Karlsson]], [[AGE|other:68]].",
    "Consent discussion with Mr [[PERSON|name:Tui]] and his wife via Samoan interpreter ([[ID|other:TIS-88412]]). Participant ID [[ID|other:NZAU-3371]] assigned.",
    "Investigational neurostimulator, serial [[DEVICE|device:NS-00871-IX]], implanted [[DATE|date:2024/05/14]]; subject [[ID|other:DBS-07]].",
    "Home stool kit mailed to [[ADDRESS|geo:88 Pearl St, Portland, ME 04101]] for [[PERSON|name:Chantal Roy]]; tracking [[URL|url:https://track.gutbiome-study.org/k/CR-5521]]",
    "Eligibility: born [[DATE|date:the fifth of January 1933]], so [[AGE|date:ninety-one]] at screening - above the upper age limit of 85; excluded. Name: [[PERSON|name:Vera Pollock]].",
]

EU_CLINIC_LETTERS = [
    "Arztbrief - [[LOCATION|geo:Charité Campus Virchow-Klinikum]]\nSehr geehrte Frau Kollegin,\nwir berichten über Ihren Patienten Herrn [[PERSON|name:Klaus-Dieter Wendt]], geb. [[DATE|date:03.07.1955]], wohnhaft [[ADDRESS|geo:Kastanienallee 41, 10435 Berlin]], der sich bis zum [[DATE|date:19.02.2024]] in stationärer Behandlung befand.\nDiagnose: NSTEMI, 2-Gefäß-KHK.\nMit freundlichen Grüßen\nOberarzt Kardiologie",
    "Compte rendu de consultation\nMme [[PERSON|name:Hélène Marchand]], née le [[DATE|date:14 avril 1962]], n° sécu [[ID|ssn:2 62 04 75 114 087 33]]\nAdressée par son médecin traitant ([[LOCATION|geo:Montreuil]]).\nTSH 0,02 mUI/L, T4L 32 pmol/L. Scintigraphie: maladie de Basedow.\nTraitement: néomercazole 20 mg/j.",
    "Geachte collega,\nBetreft: dhr. [[PERSON|name:P.J. de Groot]], BSN [[ID|ssn:2710.44.918]], geb. [[DATE|date:22-11-1948]], [[ADDRESS|geo:Lindenlaan 7, 3581 HE Utrecht]]\nPatiënt werd gezien op de SEH van het [[LOCATION|geo:UMC Utrecht]] (ziekenhuisnummer [[ID|mrn:Z-448192]]) met een heupfractuur rechts; operatie gepland.",
    "Dear Dr [[PERSON|name:Ní Bhriain]],\nI reviewed [[PERSON|name:Seán Ó Conaill]] (PPSN [[ID|ssn:7194482TA]]) at the rheumatology clinic in [[LOCATION|geo:University Hospital Galway]] on [[DATE|date:20th June 2024]]. Gout flare, urate 0.58 mmol/L. Started allopurinol 100 mg once colchicine course finished. Medical card [[ID|health_plan:A4418207]].",
    "Informe de alta\nPaciente: [[PERSON|name:María José Ferrer Puig]]   DNI [[ID|ssn:47281930K]]\nNHC [[ID|mrn:0091782]]. Alta [[DATE|date:9/3/2024]], [[LOCATION|geo:Hospital Clínic de Barcelona]].\nDiagnóstico: neumonía neumocócica. Tratamiento: amoxicilina 1 g/8 h, 7 días.",
    "Lettera di dimissione\nSig. [[PERSON|name:Giancarlo Bellini]], [[AGE|other:74]] anni, CF [[ID|ssn:BLLGCR50A14F205X]], tessera sanitaria [[ID|health_plan:80380000500287654321]], ricoverato presso [[LOCATION|geo:Ospedale Niguarda]] per scompenso cardiaco. Furosemide 25 mg x2.",
    "Karta informacyjna\nPacjent: [[PERSON|name:Zofia Krawczyk]], PESEL [[ID|ssn:48031204562]]\n[[ADDRESS|geo:ul. Długa 14/3, 31-147 Kraków]]\nRozpoznanie: zaćma obu oczu. Fakoemulsyfikacja OP wykonana [[DATE|date:15.01.2024]].",
    "Fahreignung nach Synkope: Herr [[PERSON|name:Jörg Hartmann]] (Kennzeichen [[VEHICLE|vehicle:M-JH 2271]]) sollte 6 Monate kein Kfz führen. Der Firmenwagen (FIN [[VEHICLE|vehicle:WF0EXXTTGEKA41827]]) ist dem Arbeitgeber zurückzugeben.",
    "Cher confrère,\nJe vous adresse M. [[PERSON|name:Karim Benali]], [[AGE|other:38]] ans, pour avis cardiologique. Joignable au [[PHONE|phone:06 41 22 87 19]] ou [[EMAIL|email:k.benali@orange.fr]]. ECG: BBD complet.\nConfraternellement,\nDr [[PERSON|name:Anne Roussel]], RPPS [[ID|license:10003849271]]",
    "Factuur kinesitherapie\nPatiënt: [[PERSON|name:Wim Claes]], rijksregisternummer [[ID|ssn:68.04.11-283.17]]\n9 sessies; terugbetaling via ziekenfonds op rekening [[ID|account:BE71 0961 2345 6769]].",
    "Befund MRT Knie links - [[LOCATION|geo:Landeskrankenhaus Salzburg]]\nPatientin: [[PERSON|name:Theresa Gruber]], SVNr [[ID|health_plan:4417 150788]]\nUntersuchung am [[DATE|date:2. Mai 2024]]. Korbhenkelriss Innenmeniskus.\nBilder: [[ID|photo:MRT_GRUBER_T_020524.dcm]]",
    "Epikrise - [[LOCATION|geo:Rigshospitalet]]\nPt. [[PERSON|name:Søren Møller-Kjær]], CPR [[ID|ssn:120358-1447]]\nUdskrevet [[DATE|date:4/6-2024]] til egen læge.",
    "To whom it may concern, [[LOCATION|geo:Centro de Saúde de Tavira]]:\nOur patient [[PERSON|name:Jennifer Oakley]], British resident, número de utente [[ID|health_plan:284 771 093]], needs continued warfarin monitoring; INR today 2.6 (target 2-3). Online booking: [[URL|url:https://www.doctolib.pt/paciente/joakley-4471]]",
    "kurzbrief: pat. [[PERSON|name:yilmaz]], [[AGE|other:62]]j, z.n. TEP re [[DATE|date:03/2023]], jetzt v.a. lockerung. ctrl-rö in 6 wo. tel. rückruf tochter [[PERSON|name:elif]] [[PHONE|phone:0176 2291 4408]].",
    "Pronto Soccorso di [[LOCATION|geo:Bergamo]]: incidente stradale, auto targa [[VEHICLE|vehicle:GF 418 KM]]; paziente [[PERSON|name:Luca Ferraro]], [[AGE|other:27]] anni, trauma toracico chiuso. Fax referto [[PHONE|fax:035 267 4410]].",
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
    print(f"probe13: {write_styled(OUT, STYLES)} docs")


if __name__ == "__main__":
    main()
