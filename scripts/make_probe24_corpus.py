"""Write the 24th hand-annotated redaction probe, ``corpus/redaction/probe24.jsonl``.

Why: the redaction engine is scored on text written by people who have never read it. This probe
adds 120 fresh notes in ten clinical styles, written blind, so that a regression or an overfit to
earlier probes shows up as a drop in recall or precision here. It leans on awkward identifiers:
names that are ordinary words (Hope, Mark, Young, Rose, Storm), towns that are words (Orange,
Sale, Bright, March, Deal, Casino, Normal, Liberal, Young), first names, surnames and nicknames
alone, dates in words or partial, ages in words, identifiers glued to words or split across a line
break. It also plants look-alikes that must stay unmarked: doses, lab values and reference ranges,
bed and ward numbers, times, durations like 3/7 and 6/52, ICD, CPT, MBS, GOÄ and CCSD codes,
device model names, trial and protocol numbers, a crisis line number.

What: 120 notes, 12 in each style (progress-note, discharge-summary, gp-referral,
nursing-shorthand, pharmacy, telehealth, billing, device-telemetry, research-enrolment,
incident-report). Locales: about 30% US, 30% Australia, 20% UK, 20% continental Europe, written
in English with local identifiers. Every Safe Harbor category appears at least five times. Each
identifier is marked inline as ``[[LABEL|category:text]]``: titles stay outside name spans, a
full street address is one ADDRESS span, a town, suburb or named facility alone is LOCATION, ages
up to 89 are AGE|other and 90 or more AGE|date, only the date part of a timestamp is marked, and an
identifier broken by a line break is marked as its two pieces. All people and numbers are invented;
towns, suburbs and hospitals may be real.

Run: ``cd /work/main && .venv/bin/python scripts/make_probe24_corpus.py``.
"""

from __future__ import annotations

from pathlib import Path

from make_safe_harbor_suite import write_styled

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "corpus" / "redaction" / "probe24.jsonl"

PROGRESS_NOTES = [
    # US, tidy SOAP
    "PROGRESS NOTE — Internal Medicine\nPatient: [[PERSON|name:Dolores Whitcombe]]   MRN: [[ID|mrn:00482913]]\nDate of service: [[DATE|date:03/11/2024]]\n\nS: [[AGE|other:72]]F with HFrEF (EF 30%) here for f/u. Reports 2-pillow orthopnea, no PND. Daughter manages her pillbox.\nO: BP 128/76, HR 72, SpO2 96% RA. Wt 81.2 kg (down 1.4). JVP 8 cm. Trace edema bilat.\nLabs: Na 136 (ref 135-145), K 4.6, Cr 1.31, BNP 412.\nA/P: 1. HFrEF, euvolemic-ish. Cont furosemide 40 mg PO daily, carvedilol 12.5 mg BID. 2. CKD 3a stable. RTC 4 wks w/ BMP.\n\nElectronically signed: [[PERSON|name:Anil Raghunathan]], MD 16:42",
    # US, hurried lower-case
    "pt seen on rounds w/ [[PERSON|name:hope]] (charge rn). [[AGE|other:67]]m s/p lap chole pod#1. afebrile, tol clears, ambulating in hall x2. incision c/d/i. wife [[PERSON|name:bev]] asking re d/c — told likely tmrw. f/u w/ dr [[PERSON|name:castellano]] clinic at [[LOCATION|geo:Mercy St. Vincent]] in 2/52. pain 3/10 on oxy 5mg q4h prn — wean.",
    # US, dictated with recognition slips
    "Dictated but not read. This is a [[AGE|other:fifty eight]] year old gentleman, Mr. [[PERSON|name:Mark Young]], seen today in follow-up for his type 2 diabetes. He lives in [[LOCATION|geo:Normal]], Illinois and drives in for visits. A1c today 8.2 which is up from 7.4 in the fall. He states he has been 'eating like a teenager over the holidays.' Metformin 1000 mg twice daily, we will add in and packed lows in — correction — empagliflozin 10 milligrams daily. Foot exam: monofilament intact bilaterally. Patient's wife [[PERSON|name:Grace]] correction his daughter [[PERSON|name:Grace]] will come to the next visit. Return in three months.",
    # US, copied from EHR screen
    "[[DATE|date:2024-02-27]] 08:15 | PROGRESS NOTE | Author: [[PERSON|name:Sandy Rich]], NP\nPatient: [[PERSON|name:LOPEZ, Marisol]]  Acct#: [[ID|account:40022187315]]\nCC: L knee pain x 3 wks after fall at work (warehouse in [[LOCATION|geo:Zanesville]])\nExam: mild effusion, McMurray neg, Lachman neg. XR 3V neg for fx.\nPlan: ibuprofen 600 mg TID w/ food x 10d, PT referral, work note x 1 wk. ICD M25.562. CPT 99213.",
    # AU, tidy ward round
    "WARD ROUND — Gen Med, [[LOCATION|geo:Royal North Shore Hospital]]\nUR [[ID|mrn:0094417]] | Mrs [[PERSON|name:Pearl Haddad]], [[AGE|other:84]]yo\nIssues:\n1. CAP RLL — day 3 ceftriaxone 1g + azithro 500mg. Afebrile 36h. CRP 212 → 98.\n2. Delirium — improving, 4AT 2 today.\n3. Falls risk — PT r/v.\nSocial: lives alone, son in [[LOCATION|geo:Orange]] visits fortnightly. ACAT referral sent.\nPlan: step down to oral amox-clav if afebrile tmrw. Bed 14, Ward 7B.",
    # AU, ED shorthand
    "ED r/v 0230. [[AGE|other:23]]F, bib amb from [[LOCATION|geo:Surfers Paradise]] after ?syncope at a mate's 21st. ETOH +. GCS 15 now. ECG SR 88, QTc 432. BSL 5.8. flatmate [[PERSON|name:jazz]] here, mob [[PHONE|phone:0412 339 806]]. medicare [[ID|health_plan:2953 71846 1]]. for obs till 0800 then d/c if well, GP f/u.",
    # AU, dictated
    "Mr [[PERSON|name:Heath Bright]] was reviewed in the [[LOCATION|geo:Bright]] clinic today, the [[DATE|date:fourth of September]]. He is a [[AGE|other:sixty-one]] year old farmer who presented with worsening dyspnoea. Spirometry FEV1 1.9 L, 58% predicted. His wife [[PERSON|name:Joy]] says he's still smoking 'the odd rollie'. We have commenced tie a tropium — tiotropium — 18 mcg daily. DVA gold card holder. Plan review in six weeks.",
    # AU, templated renal
    "Progress Note | [[LOCATION|geo:Westmead Hospital]] | Renal\nPatient: [[PERSON|name:TAUMALOLO, Sione]]  MRN:[[ID|mrn:W1188204]]\nIHI [[ID|health_plan:8003 6088 1234 5671]]\nHD via L AVF. Pre wt 94.3, post 91.6. UF 2.7L. BP 158/90 → 142/84. K 5.9 pre.\nAccess: good thrill, no issues. Cannulated by [[PERSON|name:Maile]] RN.\nPlan: ↓ dialysate K to 2. Rpt K next session (Thurs). Discuss transplant w/u at next MDT.",
    # UK, tidy
    "Ward 12, [[LOCATION|geo:Royal United Hospital]], [[LOCATION|geo:Bath]]\nName: [[PERSON|name:Reginald Cook]]   Hosp No: [[ID|mrn:RUH4471920]]\n[[AGE|other:79]]M, day 5 post R NOF (DHS). Mobilising with frame + 1. Hb 92 (from 104). No transfusion. Bowels open.\nDaughter-in-law phoned re discharge — prefers rehab closer to home.\nPlan: OT home visit, TTO prep. — FY2",
    # UK, shorthand
    "PTWR [[DATE|date:03/02]] — cons mr [[PERSON|name:ashdown]]\n[[AGE|other:45]]f lap appx ystdy. sore ++, eating. obs stable NEWS 1. wound ok. boyfriend [[PERSON|name:dean]] collecting. lives [[LOCATION|geo:Reading]]. TTOs: paracetamol 1g qds, ibu 400 tds. GP f/u not needed. NHS[[ID|health_plan:9434765919]]",
    # EU, Germany
    "Verlauf / progress note (English for the exchange registrar)\n[[LOCATION|geo:Charité Campus Virchow-Klinikum]], Station 44\nPat.: Herr [[PERSON|name:Klaus-Dieter Brandt]], Pat.-ID [[ID|mrn:70023419]] (TK)\n[[AGE|other:67]]J., NSTEMI, PCI RIVA yesterday. Troponin peak 1840 ng/L. Pain free. Ticagrelor 90 mg 1-0-1, ASS 100 1-0-0. Echo: EF 45%.\nWife asks about cardiac rehab in [[LOCATION|geo:Bad Oeynhausen]].",
    # EU, Netherlands
    "Progress note internal medicine, [[LOCATION|geo:UMC Utrecht]]. mevr. [[PERSON|name:Anneke de Vries-Bakker]], [[AGE|other:71]], from [[LOCATION|geo:Houten]]. BSN [[ID|ssn:2847.16.093]]. Day 2 of IV ceftriaxone for pyelonephritis, CRP 164 → 88, creat 97. Eating well, mobilising. Switch to oral cipro 500 mg bd tomorrow if afebrile. Huisarts to be informed at discharge.",
]

DISCHARGE_SUMMARIES = [
    # US, templated
    "DISCHARGE SUMMARY\n[[LOCATION|geo:Cedars-Sinai Medical Center]]\nPatient Name: [[PERSON|name:Okonkwo, Chidi]]\nMRN: [[ID|mrn:11-402-7783]]   Age: [[AGE|other:60]] y\nAdmit: [[DATE|date:02/14/2024]]   LOS: 5 days\nPrincipal Dx: Acute pancreatitis (K85.10), gallstone\nHospital Course: Made NPO, IVF LR 250 mL/h, pain control with hydromorphone PCA. Lipase 3,420 → 212. ERCP HD3 with sphincterotomy and stone extraction. Tolerated low-fat diet by HD4.\nDischarge Meds: acetaminophen 650 mg q6h prn; ondansetron 4 mg ODT q8h prn.\nFollow-up: General Surgery for interval cholecystectomy; fax records to PCP at [[PHONE|fax:310-555-0199]].\nCondition: stable. Dispo: home with wife.",
    # US, dictated
    "This is a discharge summary for [[PERSON|name:Faith Albright]], a [[AGE|date:ninety-two]]-year-old female admitted on [[DATE|date:November 3rd]] from [[LOCATION|geo:Sunrise of Bellevue]] assisted living with a urinary tract infection and acute metabolic encephalopathy. Urine culture grew E. coli, pan sensitive. She was treated with ceftriaxone and transitioned to Keflex 500 milligrams for times daily to complete seven days. Her mentation cleared by hospital day three. Her pacemaker, a Medtronic as your XT DR, serial number [[DEVICE|device:RNF218847S]], was interrogated and functioning normally. Her grand daughter is healthcare proxy.",
    # US, hurried
    "d/c summary — [[PERSON|name:Bill Hunter]] [[AGE|other:34]]M adm [[DATE|date:6/2]] w/ DKA (pH 7.08, AG 28, BHB 6.1). insulin gtt → SQ basal-bolus. new dx T1? GAD ab pending. d/c day 3 on glargine 22u qhs + lispro SS. diabetes educ done. portal email [[EMAIL|email:billyhunter88@yahoo.com]]. started Dexcom G7, sensor serial [[DEVICE|device:8P4X7Q2KL9]].",
    # AU, templated
    "DISCHARGE SUMMARY — [[LOCATION|geo:The Royal Melbourne Hospital]]\nPatient: Mr [[PERSON|name:Cliff Sorensen]]  UR: [[ID|mrn:2381746]]\nAddress: [[ADDRESS|geo:4/22 Miller St, Fitzroy North VIC 3068]]\nDiagnosis: Ischaemic stroke, L MCA (partial). tPA not given (outside window).\nFollow-up: Stroke clinic 6/52. GP fax [[PHONE|fax:03 9387 2210]].\nDischarged to inpatient rehab.",
    # AU, dictated letter
    "Dear Doctor, [[PERSON|name:Rose]] was admitted to [[LOCATION|geo:Orange Health Service]] on the [[DATE|date:twenty-first of March]] with a fractured neck of femur after a fall at home. She is [[AGE|other:eighty-seven]]. She underwent hemiarthroplasty on the [[DATE|date:22nd]]. Post-op course complicated by a hospital-acquired pneumonia treated with pip-taz. Her daughter has been very involved. She is going to respite care. Her surname is spelled [[PERSON|name:Mac Kellar]], not McKellar as in our old records, please update. Kind regards, the intern.",
    # AU, shorthand
    "DS — ICU→ward→home\n[[PERSON|name:Jarrah]] [[AGE|other:19]]M, MVA nr [[LOCATION|geo:Ayr]] [[DATE|date:28/12]], driver, car rego [[VEHICLE|vehicle:517 KPD]] (for QPS report). #L femur IMN, splenic lac grade 2 mx conservatively. Hb nadir 71, 2u PRBC. d/c on enoxaparin 40mg sc daily x 4/52, endone 5mg prn (10 tabs only). Ortho OPD 2/52 w/ XR.",
    # UK, templated
    "DISCHARGE LETTER\n[[LOCATION|geo:Leeds General Infirmary]] — Cardiology\nName: Ms [[PERSON|name:Tamsin Gould]]\nNHS Number: [[ID|health_plan:401 023 2137]]\nAddress: [[ADDRESS|geo:Flat 3, 19 Chapel Lane, Headingley, Leeds LS6 3BW]]\nAdmitted: [[DATE|date:29/01/2024]]  LOS 2 days\nDiagnosis: SVT, terminated with adenosine 6 mg. Echo structurally normal.\nPlan: bisoprolol 2.5 mg OD. Referred for EP study. Loop recorder not indicated.\nCopy to patient.",
    # UK, dictated with slips
    "Discharge summary dictated by the registrar. Mr [[PERSON|name:Arthur Dale]] aged [[AGE|date:ninety one]] was admitted from [[LOCATION|geo:Sandy]] on the [[DATE|date:second of February]] with a lower respiratory tract infection. He lives with his wife in a bungalow. Chest x-ray showed left lower lobe consolidation. He was treated with co-amoxiclav and clarithromycin and made a good recovery. His regular medications include a pixie band — apologies — apixaban 5 milligrams twice daily for AF. Discharged home on the [[DATE|date:ninth]] with district nurse input. Please can the GP check U and E's in one week. Photograph of pressure area sacrum uploaded as [[ID|photo:IMG_20240207_1432.jpg]] for the district nurses.",
    # UK, shorthand
    "TTO/DS. pt [[PERSON|name:Mohammed Rahman]] ('[[PERSON|name:Mo]]') [[AGE|other:52]]m adm via AMU [[LOCATION|geo:Whipps Cross]] [[DATE|date:14/3]] c/o chest pain. trop x2 neg (5, 6). ECG no ischaemic change. ?MSK. CTPA neg. d/c same day. rv by RACPC if recurs.",
    # EU, France
    "Compte rendu d'hospitalisation (English summary for the patient's insurer)\n[[LOCATION|geo:Hôpital Pitié-Salpêtrière]], [[LOCATION|geo:Paris]] — Neurology\nPatient: Mme [[PERSON|name:Élodie Marchand]] ([[AGE|other:48]] ans)\nN° sécurité sociale: [[ID|ssn:2 75 06 75 114 082 37]]\n5-day stay.\nDx: first episode of optic neuritis; MRI shows 3 periventricular lesions, OCB positive → RRMS.\nIV methylprednisolone 1 g/d x 3d.\nFollow-up: Dr [[PERSON|name:Benoît Lefèvre]], MS clinic.",
    # EU, Italy
    "LETTERA DI DIMISSIONE — discharge letter (English copy)\n[[LOCATION|geo:Ospedale San Raffaele]], [[LOCATION|geo:Milano]]\nSig. [[PERSON|name:Giovanni Esposito]], [[AGE|other:79]]enne\nCodice fiscale: [[ID|ssn:SPSGNN44L15F205X]]\nTAVI for severe aortic stenosis (Vmax 4.6 m/s, AVA 0.7 cm²). Valve: Edwards SAPIEN 3 Ultra 26 mm, serial [[DEVICE|device:7413902]]. New LBBB post-op, no PM required. Apixaban 2.5 mg bid. Cardiology review at 1 month.",
    # EU, Spain, hurried
    "discharge report — [[LOCATION|geo:Hospital Universitario La Paz]] ([[LOCATION|geo:Madrid]]). pt [[PERSON|name:Carmen Ruiz Ortega]], DNI [[ID|ssn:48291736-K]]. adm [[DATE|date:5-Apr-2024]] acute calculous cholecystitis; lap chole day 2, d/c day 4. amox-clav 875/125 q8h x 5 days.",
]

GP_REFERRALS = [
    # AU, templated letter, Medicare number broken over a line
    "[[LOCATION|geo:Kensington Park Medical]]\nFax [[PHONE|fax:(08) 8331 4629]]\n\nDear Endocrinologist,\nRe: Ms [[PERSON|name:Summer Quinlan]]\nMedicare [[ID|health_plan:5509]]\n[[ID|health_plan:87213 4]]\n\nThank you for seeing this young woman with suspected Graves' disease. TSH <0.01, fT4 38 (ref 10-20). TRAb pending. Commenced carbimazole 15 mg daily.\n\nYours sincerely,\nDr [[PERSON|name:Grace Whitlam]]\nProvider No. [[ID|license:2378461J]]",
    # AU, hurried e-referral
    "ref to ortho OPD. [[PERSON|name:brock taylor]] [[AGE|other:41]]yo tradie (roofer) fell off ladder at job ~6/52 ago, ongoing R shoulder pain, can't abduct >90. US: full thickness supraspinatus tear 1.8cm. pls assess for repair. workcover claim [[ID|other:WC-24-0038812]]. meds: nil regular, panadol osteo prn. allergies: penicillin (rash). dr [[PERSON|name:s. pham]] prov [[ID|license:4419027T]]",
    # AU, dictated
    "Dear Dr [[PERSON|name:Cheng]], I'd be grateful if you could see this lovely lady, Mrs [[PERSON|name:Dawn Fairweather]], a [[AGE|other:seventy-four]]-year-old retired schoolteacher from [[LOCATION|geo:Young]] who has noticed a changing pigmented lesion on her left calf over the past three months. Dermoscopy shows an atypical network and regression. I have taken photos which are attached as [[ID|photo:Fairweather_Lcalf_dermoscopy_01.jpg]]. She is on warfarin for AF (INR 2.4 last week). Her DVA file number is [[ID|health_plan:NX 901834]]. Many thanks.",
    # US, templated
    "REFERRAL / CONSULT REQUEST\nFrom: PCP, NPI [[ID|license:1649382057]]\nTo: Gastroenterology\nPatient: [[PERSON|name:Tran, Minh]]   MRN [[ID|mrn:UCSF-0071-4462]]\nInsurance: Medi-Cal CIN [[ID|health_plan:91827364A]]\nReason: Iron deficiency anemia (Hgb 9.4, ferritin 6), positive FIT. Needs colonoscopy + EGD.\nUrgency: routine — within 4 wks\nFax: [[PHONE|fax:(415) 555-0175]]\nPt prefers Vietnamese interpreter.",
    # US, hurried
    "pls see re: worsening memory. [[PERSON|name:gene]] is [[AGE|other:78]], moca 21/30 (was 26 last yr). wife [[PERSON|name:patty]] reports he got lost driving home from church in [[LOCATION|geo:Tigard]]. b12 nl, tsh nl, rpr neg. ct head - mild atrophy. needs neuropsych + neurology. he still drives — ford f-150, oregon plate [[VEHICLE|vehicle:482 KLM]], pls advise re: driving. -dr [[PERSON|name:bergstrom]]",
    # US, dictated
    "Referral letter. Dear Doctor, I am referring Ms. [[PERSON|name:Destiny Brooks]], date of birth [[DATE|date:August twelfth nineteen ninety-eight]], for evaluation of her asthma which has been poorly controlled despite a medium-dose ICS-LABA. She has had four E.D. visits to [[LOCATION|geo:Grady Memorial]] since last fall. Her Medicaid ID is [[ID|health_plan:112044780]]. She works at a nail salon which may be contributing. Eosinophils 610. Please contact our office at [[PHONE|phone:four oh four, five five five, zero one nine one]]. Sincerely, F.N.P.",
    # UK, templated, NHS number broken over a line
    "[[LOCATION|geo:Cowley Road Medical Practice]]\nFax [[PHONE|fax:01865 248 910]]\n\nReferral: 2WW Lower GI\nPatient: Mr [[PERSON|name:Leonard Ashby]]  NHS [[ID|health_plan:943 476]]\n[[ID|health_plan:5870]]\nPresenting: 6 wk change in bowel habit + rectal bleeding, FIT 184 µg/g.\nHb 118, MCV 79.\nReferrer: Dr [[PERSON|name:Nia Blackwood]]\nTo: Colorectal",
    # UK, dictated
    "Dear colleague, thank you for seeing [[PERSON|name:Miles Fenwick]], a [[AGE|other:nine]]-year-old boy with recurrent tonsillitis, seven episodes in the past year. He attends [[LOCATION|geo:St Aidan's Primary]] in [[LOCATION|geo:March]] and has missed a great deal of school. [[PERSON|name:Miles]] sleeps poorly and snores. Mum is keen for surgery. Kind regards.",
    # UK, Scottish shorthand
    "SCI gateway ref → resp, [[LOCATION|geo:Ninewells]]. mrs [[PERSON|name:young]], chi [[ID|health_plan:0309581234]]. ex-smoker 40py. ?ILD — fine creps bibasal, FVC 68%, TLCO 52%. HRCT: UIP pattern. lives [[LOCATION|geo:Broughty Ferry]]. husband [[PERSON|name:Rab]] drives. pls see.",
    # EU, Germany
    "Überweisung / referral (English)\nFrom: Dr. med. [[PERSON|name:Henrike Vogel]] (general practice), [[ADDRESS|geo:Hauptstraße 14, 69117 Heidelberg]]\nLANR [[ID|license:123456701]]\nTo: Cardiology\nPatient: Frau [[PERSON|name:Ingrid Schäfer]]\nVersichertennr. [[ID|health_plan:K839201746]] (AOK Baden-Württemberg)\nDiagnosis: atrial fibrillation (I48.1), NYHA II. CHA2DS2-VASc 4. On apixaban 5 mg 1-0-1.\nQuestion: is ablation worthwhile?",
    # EU, Poland
    "Referral — Endocrine Clinic, [[LOCATION|geo:Szpital Uniwersytecki w Krakowie]]. Patient: [[PERSON|name:Zofia Kamińska]], PESEL [[ID|ssn:52030712345]], age [[AGE|other:71]]. Address: [[ADDRESS|geo:ul. Długa 41 m. 6, 31-147 Kraków]]. Reason: thyroid nodule 2.3 cm, TI-RADS 4, for FNAB. TSH 1.8. Referring physician: lek. [[PERSON|name:Tomasz Wróbel]].",
    # EU, Denmark, hurried
    "referral to hand surgery, [[LOCATION|geo:Rigshospitalet]]. [[PERSON|name:Bo Mikkelsen]], cpr [[ID|ssn:140366-1479]], carpenter from [[LOCATION|geo:Roskilde]], R ring finger triggering + dupuytren cord, 30° PIP contracture. nerve cond ok. wants surgery before the summer holiday. email ok: [[EMAIL|email:bo.mikkelsen@mail.dk]].",
]

NURSING_SHORTHAND = [
    # AU
    "0700 h/o from nd. mrs [[PERSON|name:o'reilly]] bed 22 ward 4B. obs stable, afeb. bsl 7.2 pre brekkie. novorapid 6u given. mobil w/ 4ww + 1 assist. skin: stage 2 PI sacrum, dressed w/ mepilex, photo in chart [[ID|photo:PI_sacrum_0419.jpg]]. dtr [[PERSON|name:shaz]] rang 0930 — updated. UR[[ID|mrn:553201]]. — [[PERSON|name:kate h]] EN",
    # AU
    "NOC: pt [[PERSON|name:Storm]] ([[AGE|other:16]]F) restless o/n, c/o abdo pain 6/10, endone 5mg given 0210 w/ good effect. IVT 0.9%NaCl @ 100ml/hr. NBM from MN for appx. Mum [[PERSON|name:Tanya]] stayed o/n, mob [[PHONE|phone:0455 219 063]]. Pt's school ([[LOCATION|geo:Mt Druitt High]]) notified re absence per mum's request. paeds surg r/v @ 0600.",
    # AU
    "[[DATE|date:23/10]] 1400 — handover to oncoming RN. Mr [[PERSON|name:Hope]] ([[AGE|date:94]]) bed 6 — confused ++ this arvo, pulling at IDC. Family (son [[PERSON|name:Warren Hope]]) aware. Pt wearing wander-alert bracelet, tag serial [[DEVICE|device:WA-00347]]. BP 104/60 HR 96 T 37.9 → MET criteria not met, RMO r/v req'd. Urine sent MCS.",
    # AU, community
    "community nsg visit — [[ADDRESS|geo:14 Banksia Cres, Sale VIC 3850]]. [[PERSON|name:Neville Potts]] ('[[PERSON|name:Nev]]') [[AGE|other:81]]yo. L leg venous ulcer 4.2x3.1cm, slough 20%, exudate mod. cleansed, inadine + comfeel + 2-layer compression. doppler ABPI 0.92. next visit thurs. pts own car rego [[VEHICLE|vehicle:1GH 7KT]] blocking driveway again — parked on street.",
    # US
    "1900-0700 RN note. pt [[PERSON|name:jones, tyrell]] rm 412B. [[AGE|other:29]]M s/p ex-lap GSW abd. pca dilaudid 0.2 q10 lockout. pain 5-7/10. ng to lcws, 350cc bilious. foley 45cc/hr. girlfriend visiting til 2100, security aware per [[LOCATION|geo:Grady]] protocol (pt alias in system: '[[PERSON|name:Zebra Quincy]]'). MRN[[ID|mrn:G9931045]]",
    # US
    "ccu nsg [[DATE|date:4/22]]: [[PERSON|name:Marvin]] [[AGE|other:63]] — impella cp in place, console serial [[DEVICE|device:IMP-CP-22841]], P-level P6. map 68-72. lactate 2.1 → 1.4. heparin per protocol aPTT 62. wife at bedside, pastor from [[LOCATION|geo:Greater Hope Baptist]] visited. code status full.",
    # US, L&D
    "L&D triage [[DATE|date:07/04/24]] 2215. [[PERSON|name:Brianna]] G2P1 @ 38+2, ctx q4-5min, SROM 2100 clear fluid. SVE 4/70/-1. FHR 135 mod var + accels. GBS neg. partner present. OB Dr [[PERSON|name:Ferreira]] notified, admit to L&D. pt asked that her ex ([[PERSON|name:Travis Kohl]]) NOT be given info — flagged in chart. MRN [[ID|mrn:004-22-8179]].",
    # US, peds
    "peds: [[PERSON|name:Jaxon]] [[AGE|other:4]]yo w/ croup, dexa 0.6mg/kg given. stridor at rest resolved. mom ([[PERSON|name:Amber Lynn]]) states he goes to daycare at [[LOCATION|geo:Little Sprouts Academy]] in [[LOCATION|geo:Mesa]]. d/c teaching done. wt 17.1kg. temp 38.1 → 37.4 after ibu 170mg. f/u pcp 2-3d.",
    # UK
    "NIGHT SHIFT — Bay 3 bed 4. mr [[PERSON|name:baker]] ([[PERSON|name:Stan]]) [[AGE|other:88]]. NEWS 3 @ 0200 (RR 22, sats 93% on 2L). escalated to F1 dr [[PERSON|name:achebe]], CXR req. cath bag 200ml since 2200 — push fluids. pressure areas intact, turned 2hrly. son phoned, wants call if deteriorates: [[PHONE|phone:07821 449 306]].",
    # UK, district nurse, NHS number broken over a line
    "dn visit [[DATE|date:12.02.24]] — [[ADDRESS|geo:8 Wellington Terrace, Deal CT14 7DY]]. insulin admin — lantus 18u given L abdo. bm 11.4. pt ([[PERSON|name:Olive Kemp]]) says she forgot supper, daughter [[PERSON|name:Sue]] sorting meals on wheels form. keysafe code given by pt (not recorded). NHS [[ID|health_plan:450 557]]\n[[ID|health_plan:7104]]",
    # EU, Netherlands
    "night shift: dhr. [[PERSON|name:Jansen]], room 12, [[AGE|other:76]]jr. delirious ~0300, haloperidol 0,5 mg given per protocol. wife ([[PERSON|name:Truus]]) called [[PHONE|phone:06-12 84 57 09]] — coming at 9. Fall risk ↑, bed alarm on. [[LOCATION|geo:Gelre ziekenhuizen Apeldoorn]]",
    # EU, Belgium
    "[[LOCATION|geo:CHU Saint-Pierre]] — ICU, nights. Mme [[PERSON|name:Nadia Benali]], [[AGE|other:55]]a. intubated, propofol 150 mg/h, nora 0.12 µg/kg/min. P/F 180. prone 16h. husband [[PERSON|name:Karim]] called at 23h, updated. NISS [[ID|ssn:69.04.12-274.18]] (for social services). vent serial [[DEVICE|device:HAM-C6-004412]] alarmed x3 (leak) → circuit changed.",
]

PHARMACY = [
    # US, Rx record
    "RX — [[LOCATION|geo:Hartwell Family Pharmacy]]\nPatient: [[PERSON|name:Wade Tillman]]  DOB [[DATE|date:05/02/1966]]\nPrescriber: [[PERSON|name:L. Ortega]], MD  DEA [[ID|license:BO4829163]]\noxycodone 5 mg tab, #20, 1 q6h prn severe pain, 0 RF\nPDMP checked — no concerns.\nPrescriber office fax [[PHONE|fax:406-555-0132]]",
    # US, hurried
    "called dr [[PERSON|name:kaplan]] office re: interaction — pt on clarithro + simvastatin 40. spoke w/ [[PERSON|name:tina]] (MA), ok to hold simva x 10d. pt [[PERSON|name:rudy alvarez]] notified @ [[PHONE|phone:(520)555-0194]]. ins: caremark id [[ID|health_plan:ZXC48810291]] rejected refill too soon, override code 3 entered.",
    # US, dispensing screen
    "=== DISPENSING RECORD ===\nPatient: [[PERSON|name:FISHER, HOPE A]]\nAddr: [[ADDRESS|geo:3318 W Alameda Ave Apt 12, Lakewood CO 80226]]\nPlan: BCBS  Member ID [[ID|health_plan:XJH884201937]]\nItem: sumatriptan 50 mg tab (NDC 0378-5201-91) qty 9\nPickup by: [[PERSON|name:Rich Fisher]] (spouse), CO DL [[ID|license:12-345-6789]]",
    # US, voicemail transcript
    "Voicemail (auto-transcribed) [[DATE|date:Apr 9]] 10:14 AM: 'Hi this is the nurse from Doctor [[PERSON|name:Fitzgerald]]'s office calling about patient [[PERSON|name:Earl Gooding]] date of birth [[DATE|date:one twelve forty-nine]], the metoprolol should be twenty-five milligrams not fifty, please call back at [[PHONE|phone:three one seven, five five five, two one three zero]] thanks.'",
    # AU, dispensing
    "Dispensed — [[LOCATION|geo:Summer Street Pharmacy]], [[LOCATION|geo:Orange]]\nPt: Mrs [[PERSON|name:Joan Hollis]]  Medicare [[ID|health_plan:2295 38147 1]]\nScript: apixaban 5mg bd #60 rpt 5. Prescriber Dr [[PERSON|name:K. Ashworth]] prescriber no [[ID|license:2150934]]. Webster pack — pickup by carer Fri.",
    # AU, ward pharmacist shorthand
    "pharm r/v ward 5: mr [[PERSON|name:tran]] [[AGE|other:70]] eGFR 28 → ↓ enox to 40mg daily (was 1mg/kg bd), dabigatran not suitable. gent trough 1.9 — ok. d/w resident. community pharm in [[LOCATION|geo:Cabramatta]] (ph [[PHONE|phone:02 9724 1108]]) contacted for webster changes. UR [[ID|mrn:1129033]].",
    # AU, eRx
    "eRx issued. Token sent to pt mobile [[PHONE|phone:+61 438 022 917]] and email [[EMAIL|email:kaz.nguyen@bigpond.com]]. Link: [[URL|url:https://erx.example.com.au/t/9KQ2-7XLP-44FD]]\nPt: [[PERSON|name:Karen Nguyen]]. Item: sertraline 50mg, 30 tabs, 5 rpts. Prescriber: Dr [[PERSON|name:Malik]] AHPRA [[ID|license:MED0001762349]].",
    # AU, S8 register
    "S8 REGISTER — Ward 3 North, [[LOCATION|geo:Royal Hobart Hospital]]\n[[DATE|date:11/11/23]] 2130 morphine 10mg/1mL amp x1 → pt [[PERSON|name:D. Marsh]] UR [[ID|mrn:RH0440128]]. given 5mg IV, 5mg discarded. w/ 2nd RN check. Balance 14 → 13. Cabinet access via fingerprint template [[ID|biometric:FP-TMPL-00917]] (Pyxis MedStation).",
    # UK, community NMS
    "[[LOCATION|geo:Hastings Road Pharmacy]] — NMS consultation. Mr [[PERSON|name:Frank Heathcote]], [[AGE|other:62]], new to ramipril 2.5mg. reports dry cough since wk 2. advised to see GP. GP practice (emailed [[EMAIL|email:orevalley.admin@nhs.net]]). NHS [[ID|health_plan:472 093 1186]].",
    # UK, meds rec
    "MEDS REC — [[LOCATION|geo:Addenbrooke's]] — ward D6\nPt: [[PERSON|name:PEARSON, Will]]  hosp no [[ID|mrn:A1944067]]  DOB [[DATE|date:3 Aug 1990]]\nSources: pt, GP SCR, mum\n1. lamotrigine 200mg bd — ✓\n2. levetiracetam 750mg bd — pt says 'I take one and a half' → clarify\n3. sertraline 100mg od — ✓\nAllergies: carbamazepine (SJS-like rash 2015)\nPharmacist: [[PERSON|name:Rhiannon Lloyd]]",
    # EU, Germany
    "Pharmacy: [[LOCATION|geo:Löwen-Apotheke Freiburg]]. eRezept. Insured: [[PERSON|name:Hannelore Weiß]], Vers.-Nr. [[ID|health_plan:H847201936]]. Prescriber: Dr. [[PERSON|name:Matthias Kern]], LANR [[ID|license:382914601]]. Metamizol 500mg, 20 tabs, 1-1-1-1 — query re dose, faxed to practice [[PHONE|fax:0761 / 2 83 41 99]]. Collected by grandson.",
    # EU, Italy
    "[[LOCATION|geo:Farmacia San Marco]], [[LOCATION|geo:Verona]]. Dispensed insulin glargine pens x5 to Sig.ra [[PERSON|name:Rosa Bianchi]] (CF [[ID|ssn:BNCRSO58A41L781Z]]). Glucometer serial [[DEVICE|device:GX4-1190372]] registered to her for the ASL plan. Dose query faxed to GP at [[PHONE|fax:045 812 3390]].",
]

TELEHEALTH = [
    # US, templated video
    "TELEHEALTH VISIT — Video\nPlatform: Zoom for Healthcare  Meeting link: [[URL|url:https://zoom.us/j/94817263540?pwd=aX9kT2]]\nPatient located at: [[ADDRESS|geo:2207 Cottonwood Dr, Hope, AR 71801]] (home)\nProvider located at: [[LOCATION|geo:UAMS]]\nPatient: [[PERSON|name:Shelby Pruitt]]  Verbal consent obtained. Identity verified via DOB + address.\nConnection from IP [[IP|ip:73.41.188.207]]\nVisit: postpartum f/u, EPDS 14. Start sertraline 25 mg. Crisis line info given (988).\nProvider: CNM",
    # US, hurried
    "video dropped x2, finished by phone [[PHONE|phone:(907) 555-0121]]. pt [[PERSON|name:Nanuq]] [[AGE|other:47]] in [[LOCATION|geo:Bethel]], AK — no ortho in town. photo of ankle uploaded via portal ([[ID|photo:ankle_lat_20240312.png]]) shows swelling lat malleolus, ottawa + → needs xr. pt portal username [[ID|other:nanuq.a47]]. boot + crutches meanwhile.",
    # US, dictated audio-only
    "This telehealth visit was conducted via audio only as the patient, Mr. [[PERSON|name:Lamar Price]], did not have video capability. He confirmed his identity using the voice verification system, voiceprint enrollment ID [[ID|biometric:VP-77120-LP]]. He is a [[AGE|other:sixty-six]] year old with COPD calling from his daughter's house in [[LOCATION|geo:Liberal]], Kansas. He reports increased sputum, now green, for three days. No fever. Will send prednisone forty milligrams daily times five days and doxy cycling — doxycycline — one hundred milligrams twice daily to his usual pharmacy, [[LOCATION|geo:Seward County Drug]]. Total time twenty two minutes.",
    # US, session log
    "[session log]\n[[DATE|date:2024-05-06]]T14:02:11Z join provider=[[ID|other:dr.hsu_k]] ip=[[IP|ip:10.44.7.19]]\n[[DATE|date:2024-05-06]]T14:03:40Z join patient=[[ID|other:mgarza1958]] ip=[[IP|ip:2600:1700:3c50:82f0::1a]] ua=Chrome/124\nduration=24m\nNote: [[PERSON|name:Maria Garza]], f/u HTN, home BP log avg 138/84, ↑ amlodipine 5→10 mg. RTC 4/52.",
    # AU, templated
    "Telehealth consult (MBS item 91891) — [[DATE|date:19/02/2024]]\nPatient: [[PERSON|name:Tayla Brennan]]  Medicare [[ID|health_plan:3318 92047 5]]\nPatient location: [[LOCATION|geo:Broken Hill]] NSW\nLink: [[URL|url:https://healthdirect.videocall.health.gov.au/dept/svh-psych/room/8841]]\nConsent: verbal.\nSummary: anxiety, GAD-7 16. CBT referral; MHCP in place. No SI.\nDr [[PERSON|name:Anjali Menon]] (psychiatry registrar)",
    # AU, shorthand phone r/v
    "tele r/v (phone) - [[PERSON|name:gazza]] aka [[PERSON|name:Gary Whitehouse]], from [[LOCATION|geo:Moe]]. c/o ↑SOB, ankles puffy, wt up 3kg in 4/7. on frusemide 40 → ↑80 x3/7 then back. bloods tmrw. wife [[PERSON|name:dot]] to ring back w/ daily wts on [[PHONE|phone:(03) 5127 4660]].",
    # AU, dictated with slips
    "Telehealth video with [[PERSON|name:Kirra]], aged [[AGE|other:twelve]], and her mother [[PERSON|name:Leanne]] from [[LOCATION|geo:Tennant Creek]]. Aboriginal health worker present. [[PERSON|name:Kirra]] has ongoing left ear discharge, and a tympanic membrane perforation was scene on the otoscope photo, file [[ID|photo:OTO_KW_L_0927.jpg]]. Plan ciprofloxacin drops, dry ear precautions, ENT tele review.",
    # AU, platform screen
    "Coviu session [[DATE|date:17/04/2024]] — room [[URL|url:coviu.com/r/dr-hollis-0417]]\nParticipant: [[PERSON|name:Ngaire Ritchie]] (joined 10:02 from [[IP|ip:203.12.47.199]])\nDevice: iPhone 13 (iOS 17.4)\nNotes: sleep study reviewed — AHI 31, severe OSA. CPAP trial arranged. Pt email [[EMAIL|email:ngaire.r@outlook.com]]",
    # UK, templated
    "Remote consultation (AccuRx video)\nPatient: [[PERSON|name:Beatrice Holloway]] (prefers '[[PERSON|name:Bea]]')  NHS [[ID|health_plan:612 884 3097]]\nLocation confirmed: home in [[LOCATION|geo:Wells]].\nHx: [[AGE|other:38]]F eczema flare, photos submitted ([[ID|photo:accurx_upload_77120.jpeg]]).\nRx: hydrocortisone 1% bd face, betamethasone 0.1% od body x 2/52, emollients.",
    # UK, hurried
    "tel consult. [[PERSON|name:jack]] (dad [[PERSON|name:Neil]] on phone) [[AGE|other:6]]yo. fever 2/7, max 39.2, drinking ok, no rash, ?tonsillitis. FeverPAIN 3. safety netted re non-blanching rash, 111. dad's no [[PHONE|phone:+44 7700 900 553]]. f2f appt tmrw 0910 at [[LOCATION|geo:Bury]] surgery.",
    # EU, Austria
    "Video consultation, [[LOCATION|geo:Medizinische Universität Wien]], [[DATE|date:4. März 2024]]. Patient [[PERSON|name:Florian Huber]], SVNr [[ID|ssn:1234 150383]], connected from [[IP|ip:178.191.22.64]]. Psoriasis on adalimumab 40mg q2w, PASI 3.2, no infections. Continue.",
    # EU, Portugal
    "Teleconsultation — [[LOCATION|geo:Hospital de Santa Maria]], [[LOCATION|geo:Lisboa]]. Utente: [[PERSON|name:Joaquim Pereira Santos]], NIF [[ID|ssn:216489307]]. Video via [[URL|url:https://rse.min-saude.pt/teleconsulta/sala/5XK29]]; patient connected from [[IP|ip:2001:818:e2c4:1f00:5d3a:9b11:c40e:72a1]]. Post-CABG f/u, NYHA I. Wife helping with tablet.",
]

BILLING = [
    # US, claim form
    "CMS-1500 EXTRACT\n1a Insured ID: [[ID|health_plan:3QW7-HN2-RX48]]\n2 Patient: [[PERSON|name:DOUGHERTY, MAUREEN P]]\n3 Sex F\n5 Address: [[ADDRESS|geo:88 Orchard Hill Rd, Springfield, MA 01109]]\n21 ICD: I10, E78.5\n24 DOS [[DATE|date:04/02/24]] CPT 99214 $185.00\n26 Pt Acct No: [[ID|account:DMP-0099127]]",
    # US, collections
    "acct [[ID|account:7711-0428-93]] — called pt [[PERSON|name:Ray Castillo]] re bal $1,240.17 from ED visit [[DATE|date:12/24/23]] ([[DATE|date:christmas eve]]). left vm. wife said he's working in [[LOCATION|geo:Laredo]] til mon. payment plan offered $100/mo. ins denied: BCBS TX claim [[ID|other:CLM2023122400481]] — 'not medically necessary'. appeal w/ records.",
    # US, financial counselling
    "Financial counselor note: Met with Mrs. [[PERSON|name:Angela Whitlock]] and her son at bedside re: charity care application. Household of four, income approx. $41,000. Uninsured since losing coverage in [[DATE|date:January 2024]]. Application #[[ID|other:FA-24-11873]] submitted. Hospital account [[ID|account:HA900382117]]. SSN [[ID|ssn:512 83 6640]] verified against card. Mailing address: [[ADDRESS|geo:PO Box 2291, Hattiesburg, MS 39403]].",
    # AU, tax invoice
    "TAX INVOICE #[[ID|account:INV-004127]]\nABN 51 824 753 556\nPatient: [[PERSON|name:Jasper Kovac]]\nMedicare No: [[ID|health_plan:2428 77361 9]]  Ref 2\nDate of service: [[DATE|date:08/04/2024]]\nItem 104  Initial specialist consultation  $265.00\nItem 11700 ECG  $38.20\nProvider No: [[ID|license:4871926W]]\nPay by EFT: BSB 062-914 Acct [[ID|account:1044 8817]]",
    # AU, hurried admin
    "rang mrs [[PERSON|name:whittaker]] re unpaid gap $145 — says medicare rebate went to old bank acct. to pay via bpay, ref [[ID|account:4417 9920 118]]. updated address to [[ADDRESS|geo:3/9 Hope St, Brunswick 3056]]. TFN NOT to be recorded (she tried to give it). mob [[PHONE|phone:0422-118-903]]",
    # AU, DVA claim
    "DVA CLAIM — D1216S\nVeteran: [[PERSON|name:Ronald]] '[[PERSON|name:Snow]]' [[PERSON|name:McAllister]]\nFile No: [[ID|health_plan:QX 440219]]   Card: Gold\nService: physio x6 from [[DATE|date:01/02/2024]]\nClaim ref [[ID|other:DVA-CLM-88120774]]",
    # UK, private statement
    "[[LOCATION|geo:The London Clinic]] — Patient Account Statement\nAccount: [[ID|account:LC-2024-093318]]\nPatient: Mrs [[PERSON|name:Georgina Fairfax-Lyle]]\nAddress: [[ADDRESS|geo:12 Pembroke Gardens, London W8 6HS]]\nInsurer: Bupa\nKnee arthroscopy (CCSD W8500)\nShortfall: £312.40\nPay online: [[URL|url:https://pay.thelondonclinic.example/acct/LC-2024-093318]]",
    # UK, overseas visitor
    "ovs visitor mgr note: pt [[PERSON|name:Andrius Petrauskas]] ([[AGE|other:31]]), Lithuanian, no EHIC/GHIC presented — chargeable. passport no. [[ID|ssn:23918477]]. UK addr [[ADDRESS|geo:44a Cranbrook Rd, Ilford IG1 4PQ]]. invoice [[ID|account:OVS/24/00871]] £2,914 sent by email to [[EMAIL|email:a.petrauskas91@gmail.com]].",
    # UK, dictated letter
    "Letter to patient dictated: Dear Mr [[PERSON|name:Carpenter]], thank you for your payment of one hundred and twenty pounds received on the [[DATE|date:fifth of December]] towards your outstanding balance for the private medical report for your insurer Aviva, policy number [[ID|health_plan:AV-PMI-3392817]]. Your remaining balance is thirty pounds. You may pay by bank transfer to sort code 20-45-77 account [[ID|account:43917206]] quoting reference [[ID|account:CARP0412]]. Yours sincerely, Practice Manager, [[LOCATION|geo:Abergavenny Medical Practice]]",
    # EU, Germany GOÄ
    "Private invoice (GOÄ)\nInvoice no. [[ID|account:2024-03-0412]]\nPatient: Herr [[PERSON|name:Konstantin Albers]], [[ADDRESS|geo:Lindenallee 7, 20259 Hamburg]]\nGOÄ 1, 5, 250, 3550 — total 87,43 €\nDiagnosis: Z00.0\nPlease transfer to IBAN [[ID|account:DE44 2005 0550 1234 5678 90]]\nInsurer: Debeka, Vers.-Nr. [[ID|health_plan:5 123 456 7]]",
    # EU, France hurried
    "billing: pt [[PERSON|name:Lucas Moreau]] attended ED [[LOCATION|geo:CHU de Nantes]]. no carte vitale, NIR [[ID|ssn:1 89 07 44 109 233 51]] obtained by phone. top-up insurer MGEN member no [[ID|health_plan:0441729938]]. invoice n° [[ID|account:F24-000781]] emailed to [[EMAIL|email:lucas.moreau@laposte.net]].",
    # EU, Netherlands
    "CLAIM — [[LOCATION|geo:Maasstad Ziekenhuis]]\nPatient: [[PERSON|name:S. van den Berg]]  BSN [[ID|ssn:284716093]]\nInsurer: Zilveren Kruis, policy no [[ID|health_plan:ZK-558120394]]\nDBC care product 990004007 — €1.842,00\nAdmission [[DATE|date:02-02-2024]], 3 nights\nDeductible: €385, remaining €0\nPatient IBAN [[ID|account:NL47 INGB 0003 8421 77]]",
]

DEVICE_TELEMETRY = [
    # US, ICD remote, serial broken over a line
    "REMOTE MONITORING REPORT — CareLink\nPatient: [[PERSON|name:Hubert Lind]]\nDevice: Medtronic Cobalt XT DR ICD  Serial: [[DEVICE|device:PZX6042]]\n[[DEVICE|device:18H]]\nTransmission: [[DATE|date:2024-04-11]] 02:14 (scheduled)\nBattery: 8.1 yrs  RA lead 0.6 V @ 0.4 ms  RV lead 0.9 V  Impedance RV 456 Ω\nEpisodes: 1 NSVT (12 beats, 188 bpm) [[DATE|date:04/03]]; no therapies.\nAF burden 2.1%\nMonitor: MyCareLink Smart, SN [[DEVICE|device:44192087]]",
    # US, pump + CGM upload
    "Tandem t:slim X2 upload\npump SN [[DEVICE|device:1083342]] | CGM Dexcom G6 TX [[DEVICE|device:8GM4RT]]\nTIR 61% | TBR 4% | mean 172 | GMI 7.6% | CV 38%\nbasal 0.9 U/h (00-06) 1.1 (06-24)  ICR 1:10  ISF 1:45\nnotes: pt [[PERSON|name:Kayleigh]] ([[AGE|other:15]]) — lows after PE at school. reduce basal 0.9→0.8 2pm-6pm on school days. sent to mom's email [[EMAIL|email:dana.dunn@icloud.com]]",
    # US, central station log
    "[telemetry gateway] ward 5W central station\n[[DATE|date:2024-01-30]] 03:12:44 ALARM HR>150 bed 5W-14 pt=[[PERSON|name:ABERNATHY,CHARLES]] src=[[IP|ip:172.16.40.23]]\n[[DATE|date:2024-01-30]] 03:12:58 ACK by [[ID|other:rnpatel3]] (badge + palm vein [[ID|biometric:PV-33018]])\nreceiver MAC [[DEVICE|device:00:1B:4F:7A:C2:19]]",
    # US, dictated
    "Called by the remote monitoring nurse regarding Mrs. [[PERSON|name:Iris Goldberg]], [[AGE|date:ninety-six]], whose CardioMEMS pulmonary artery pressure readings have climbed from a diastolic of eighteen to twenty-six over the past week. Sensor serial [[DEVICE|device:CM-1847721]]. Her home hub last uploaded from [[IP|ip:98.201.44.13]] on [[DATE|date:June 2nd]]. Daughter [[PERSON|name:Ruth]] says she's been eating ham from the deli. Increase torsemide from twenty to forty milligrams, recheck in three days.",
    # AU, pump clinic
    "[[LOCATION|geo:Queensland Children's Hospital]] — diabetes service, CareLink review\n[[PERSON|name:Oscar Pike]] [[AGE|other:11]]y\nPump: MiniMed 780G SN [[DEVICE|device:NG3498721H]]\nSensor: Guardian 4  TIR 74%  TBR 2%\nSmartGuard 89% of time. Target 5.5. AIT 2h.\nMum asked re school camp from [[DATE|date:14 May]] — temp target during hikes.",
    # AU, holter shorthand
    "holter report - pt [[PERSON|name:deb o'connell]] [[AGE|other:44]]f, ref dr [[PERSON|name:lim]] ([[LOCATION|geo:Ipswich]]). recorder sn [[DEVICE|device:H3-0044188]], hook up [[DATE|date:11/3]] 0912, 24h. sinus rhythm 52-148, mean 78. 212 PVCs (<1%), 1 run SVT 6 beats 0312. pt diary: palps 1400 while gardening — corresponds to sinus tach 118. no pauses >2s.",
    # AU, CPAP cloud
    "ResMed AirView summary — pt [[PERSON|name:Trevor Mullins]] ('[[PERSON|name:Tank]]'), AirSense 11 serial [[DEVICE|device:23211483902]], modem IMEI [[DEVICE|device:358240051111110]]. 30-day usage 6h12m avg, 93% days >4h. AHI 3.1. leak 95th 18 L/min. pressure 9.4-13.1. account email [[EMAIL|email:tank.mullins@optusnet.com.au]]. address on file [[ADDRESS|geo:Lot 7 Bruxner Hwy, Casino NSW 2470]].",
    # AU, implant registry
    "Breast device registry entry\nPatient: [[PERSON|name:Kristy Lam]]  DOB [[DATE|date:28.02.1986]]\nHospital: [[LOCATION|geo:Epworth Richmond]]\nImplant L: Motiva Ergonomix 2 round 345cc, serial [[DEVICE|device:11820534-L]]\nImplant R: Motiva Ergonomix 2 round 345cc, serial [[DEVICE|device:11820535-R]]",
    # UK, virtual ward
    "Virtual ward telemonitoring — [[LOCATION|geo:Frimley Park]]\nPt: [[PERSON|name:Norman Hale]]  NHS [[ID|health_plan:916 447 2380]]\nKit: Masimo Rad-97  serial [[DEVICE|device:1200341877]]  tablet IMEI [[DEVICE|device:353918107744120]]\nReadings: SpO2 91% (target 88-92), RR 20, HR 84, T 37.2\nAlert amber → called pt; wife [[PERSON|name:Betty]] says he's 'just been up the stairs'. Recheck 1h: 93%. OK.",
    # UK, pacing clinic shorthand
    "PPM check. mrs [[PERSON|name:kaur]]. boston accolade DR, sn [[DEVICE|device:775319]]. implanted [[DATE|date:03/2019]] @ [[LOCATION|geo:New Cross Hospital]]. battery 7.5y. RA 0.7V RV 0.8V. AP 34% VP 2%. 1 AHRE 3 min on [[DATE|date:02/01]]. no changes. next remote 6/12. latitude communicator [[DEVICE|device:LAT-00981273]].",
    # EU, Germany
    "BIOTRONIK Home Monitoring — Cardio Report\nPatient: [[PERSON|name:Werner Kühn]]\nImplant: Enitra 8 DR-T, SN [[DEVICE|device:68823417]]\nCardioMessenger SN [[DEVICE|device:CM5-201178]], last transmission [[DATE|date:21.02.2024]] 03:41 via [[IP|ip:91.64.118.5]]\nEvent: AT/AF episode 4h12m, max V 118/min",
    # EU, Sweden
    "[[LOCATION|geo:Karolinska]] — remote CGM (Libre 3) review\nPatient [[PERSON|name:Astrid Lindqvist]], personnummer [[ID|ssn:19790412-3386]]\nSensor SN [[DEVICE|device:0M00072XK9A]], reader app on phone, LibreView account [[EMAIL|email:astrid.lindqvist@telia.se]]\nLast sync from [[IP|ip:2a02:aa1:1014:83c0::9f]]\nTIR 68%, TBR 6% (mostly nights). Lower basal Tresiba 18 → 16 E.",
]

RESEARCH_ENROLMENT = [
    # US, enrolment log
    "STUDY ENROLMENT LOG — Protocol NCT04712345 / ONC-2291\nSite: [[LOCATION|geo:Fred Hutchinson Cancer Center]]\nScreening log name: [[PERSON|name:Janet Francis]]\nSubject ID: [[ID|other:FH-017-0043]]\nConsent date: [[DATE|date:03-Apr-2024]]\nEligibility: ECOG 1, measurable disease per RECIST 1.1, CrCl 74 mL/min\nRandomization: Arm B\nEmail: [[EMAIL|email:jfrancis.62@comcast.net]]",
    # US, hurried coordinator
    "crc note — called mr. [[PERSON|name:woodrow]] re V3 window (opens [[DATE|date:5/20]]). he's out of town @ daughter's in [[LOCATION|geo:Paris]], TX — sched [[DATE|date:5/23]] 0800 fasting. reminded re pill diary + unused IP bottles. ePRO tablet fingerprint login, template id [[ID|biometric:BIO-FP-0412008]]. stipend card [[ID|account:5210 4400 1877 3092]] reloaded $75.",
    # US, dictated consent note
    "Consent note. On [[DATE|date:April twenty-second]], I met with [[PERSON|name:Joy Whitmore]], a [[AGE|other:forty-five]] year old woman with moderate to severe ulcerative colitis, to discuss participation in the SERENE-UC trial, protocol UC-3017, at the [[LOCATION|geo:Cleveland Clinic]]. She asked about the placebo arm and whether her husband could attend infusions. All questions answered. She signed at 14:10 and was given a copy. Screening number [[ID|other:S-2231-0087]]. Her driver's license, number [[ID|license:RT418820]], was checked as photo ID.",
    # AU, REDCap screen
    "REDCap — Record [[ID|other:AUS-MEL-00219]]\nparticipant_name: [[PERSON|name:Eliza Chowdhury]]\npostcode: [[ADDRESS|geo:3181]]\nmedicare_no: [[ID|health_plan:5120 44817 3]]\nemail: [[EMAIL|email:eliza.c93@gmail.com]]\nconsent_version: v4.1\ncohort: B (pregnancy)\ngestation_at_enrol: 14+3",
    # AU, hurried
    "rsch nurse: [[PERSON|name:tommo]] (pt [[PERSON|name:Thomas Ngata]]) [[AGE|other:52]] enrolled in STAND-AF sub-study today. study id [[ID|other:SAF-BNE-0031]]. loop recorder Reveal LINQ II sn [[DEVICE|device:RLA428917G]] implanted same day. bloods x3 tubes to biobank. lives [[LOCATION|geo:Caboolture]], happy for home visits.",
    # AU, dictated
    "Research participant contact note. Spoke with [[PERSON|name:Violet Harcourt]], aged [[AGE|date:ninety]], and her son regarding the twelve month follow-up for the healthy ageing extension study. She has moved from [[LOCATION|geo:Ballarat]] into residential care; her new address is [[ADDRESS|geo:Room 14, Eureka Gardens, 22 Victoria St, Ballarat East VIC 3350]]. Participant number [[ID|other:AX-700291]]. Her voice sample for the cognitive speech sub-study is stored under voiceprint ID [[ID|biometric:VPR-700291-12]].",
    # UK, templated
    "Participant Screening & Enrolment Form — [[LOCATION|geo:Manchester Royal Infirmary]]\nStudy: adaptive platform trial (IRAS 298765)\nParticipant: [[PERSON|name:Hollie Grant]]\nNHS No: [[ID|health_plan:485 203 7716]]\nTrial ID: [[ID|other:MRI-0144]]\nRandomised: [[DATE|date:02/11/2023]] 15:22 → Arm 2",
    # UK, hurried
    "screening fail. [[PERSON|name:mark]] ([[AGE|other:66]]) eGFR 38 < 45 cut-off. told pt, disappointed. keep on register for future studies — consented to contact, email [[EMAIL|email:markbarrow1957@btinternet.com]]. lives [[LOCATION|geo:Hull]], happy to travel to [[LOCATION|geo:Castle Hill Hospital]]. DL for mileage claims [[ID|license:BARRO701187MK9AB]]",
    # UK, dictated
    "Biobank consent recorded by the research nurse at [[LOCATION|geo:Belfast City Hospital]]. The participant, [[PERSON|name:Patrick Sheehy]], born [[DATE|date:the twelfth of March 1961]], gave consent for retinal images to be used in the eye ageing sub-study; retinal scan template ID [[ID|biometric:RET-NI-55019]]. His facial photograph for the dermatology arm was saved as [[ID|photo:PS_face_0001.tif]]. His Health and Care Number is [[ID|health_plan:320 118 4471]].",
    # EU, Germany
    "Study centre [[LOCATION|geo:Universitätsklinikum Freiburg]]\nEnrolment form\nPatient ID (pseudonym): [[ID|other:UKF-PSO-0073]]\nName (identification list only): [[PERSON|name:Sabine Krüger]]\nDate of birth: [[DATE|date:06.09.1970]]\nAddress: [[ADDRESS|geo:Schwarzwaldstraße 112, 79102 Freiburg im Breisgau]]",
    # EU, Spain hurried
    "coordinator note: pt [[PERSON|name:Montse]] ([[PERSON|name:Montserrat Puig i Vidal]]) [[AGE|other:39]], enrolled [[DATE|date:12/3]] in ALZ-PREV cohort. CIP [[ID|health_plan:PUVI0850311006]]. amyloid PET booked. participant code [[ID|other:BCN-AP-2219]]. prefers Catalan questionnaires.",
    # EU, Italy dictated
    "Note for the trial master file: participant [[PERSON|name:Francesca Romano]], aged [[AGE|other:fifty-one]], was enrolled at [[LOCATION|geo:Policlinico Gemelli]] on [[DATE|date:the 9th of October 2023]]. Her codice fiscale [[ID|ssn:RMNFNC72R49H501K]] is kept only on the identification log. The ePRO app link sent to her was [[URL|url:https://epro.example.it/studio/GEM-BC-07/p/4471]].",
]

INCIDENT_REPORTS = [
    # US, templated fall
    "INCIDENT REPORT\nFacility: [[LOCATION|geo:Baptist Health Lexington]]\nDate/Time of event: [[DATE|date:03/02/2024]] 0340\nLocation: 6 North rm 614\nPatient: [[PERSON|name:Eldridge, Vernon]]  MRN [[ID|mrn:100294418]]  Age [[AGE|other:84]]\nType: Fall — unassisted, found on floor beside bed\nInjury: 3 cm laceration R forehead, CT head neg\nBed alarm: OFF (reason unknown)\nNotified: attending 0352; son 0415",
    # US, hurried med error
    "med error — pt [[PERSON|name:hunter gray]] [[AGE|other:8]]yo wt 24kg. PCA programmed w/ morphine 1 mg/mL conc instead of 0.1 mg/mL library entry — pt rec'd 2 boluses. naloxone x1 ([[DATE|date:4/18]] 2140), RR 8 → 18. alaris pump sn [[DEVICE|device:12843377]] sequestered to biomed. dad [[PERSON|name:Cody Gray]] informed by attending.",
    # US, dictated security narrative
    "Security incident narrative. At approximately twenty-two forty on [[DATE|date:March fifteenth]], security was called to the emergency department ambulance bay where a visitor, later identified as [[PERSON|name:Cole Brantley]], had parked a black Dodge Ram, Washington plate [[VEHICLE|vehicle:CDR4512]], across the bay. Mr. [[PERSON|name:Brantley]] was agitated and stated his mother, patient [[PERSON|name:Louise Brantley]], had been waiting four hours. He was escorted off site. Body camera file [[ID|photo:BWC_SALAS_0315_2241.mp4]] retained.",
    # US, transport incident
    "Non-emergency transport incident. Van VIN [[VEHICLE|vehicle:1FTBR1Y84MKA29145]], plate [[VEHICLE|vehicle:KVL-2281]]. Driver's TX DL [[ID|license:28471190]]. Passenger pt [[PERSON|name:Beverly Ann Cox]] ([[AGE|other:71]]), wheelchair; restraint strap failed on hard braking on I-35 near [[LOCATION|geo:San Marcos]]. pt c/o L shoulder pain, taken to ED.",
    # AU, RiskMan templated
    "RiskMan Incident Notification\nSite: [[LOCATION|geo:Fiona Stanley Hospital]] — 7C\nIncident date: [[DATE|date:06/01/2024]] 1115\nPerson affected: Patient — [[PERSON|name:Rangi Tuhiwai]], [[AGE|other:37]]M\nCategory: Aggression — verbal toward staff\nDescription: pt became verbally aggressive toward EN when told smoking not permitted. Code Grey called 1118. Security attended. Pt's brother calmed him.\nCCTV clip: [[ID|photo:FSH-CCTV-7C-0106-1115]]",
    # AU, shorthand wrong label
    "clinical incident: wrong pt label. blood collected from bed 9 ([[PERSON|name:Young, Ernest]]) labelled w/ bed 10's sticker ([[PERSON|name:Young, Ellen]]) — same surname. lab rejected group & hold for mismatch, accession [[ID|mrn:25-118-4402]]. recollected 1430. no harm. both UR nos checked: [[ID|mrn:3309127]] / [[ID|mrn:3309841]]. staff [[PERSON|name:tash]] debriefed by NUM.",
    # AU, dictated absconding
    "Incident summary dictated by the nurse unit manager. On the evening of Saturday the [[DATE|date:16th of March]], a patient on our ward, Mr [[PERSON|name:Desmond Fairley]], left the ward without notification and was found by police at [[LOCATION|geo:Kings Cross]] station at approximately eleven pm. He is an involuntary patient under the Mental Health Act. Police event number [[ID|other:E84471920]]. His mother [[PERSON|name:Pam]] was notified. Ward: [[LOCATION|geo:St Vincent's Darlinghurst]].",
    # AU, pump alarm
    "incident: insulin pump alarm not actioned. pt [[PERSON|name:Chantelle]] [[AGE|other:26]] T1DM, Omnipod 5 controller serial [[DEVICE|device:OP5-7718230]], 'pod occlusion' alarm 0300-0515. BSL 23.4 at 0530, ketones 2.1. nurse [[PERSON|name:Rob]] thought alarm was pt's phone. endo reg r/v, pod replaced, no DKA. controller data shared via [[URL|url:https://share.omnipod.example/p/cb26x]]. pt lives [[LOCATION|geo:Gympie]], drove herself in.",
    # UK, Datix templated
    "DATIX — Patient safety incident\nTrust site: [[LOCATION|geo:Royal Cornwall Hospital]]\nDate: [[DATE|date:21/08/2023]]  Time: 14:50\nPatient: [[PERSON|name:Morwenna Penrose]]  Hosp No: [[ID|mrn:RCH8830147]]  [[AGE|other:58]]F\nDescription: retained guidewire identified on CXR following CVC insertion in theatre 4. Removed by IR, no harm.\nDuty of candour: discussed with pt and husband next day.\nCVC kit lot 2209184 (supplier notified).",
    # UK, hurried safeguarding
    "safeguarding concern raised. [[PERSON|name:Lily-Mae]] [[AGE|other:3]] brought to ED [[LOCATION|geo:Queen's Medical Centre]] by mum w/ bruising to ears + back, inconsistent hx. mum's partner ([[PERSON|name:Dwayne]]) drives silver astra [[VEHICLE|vehicle:NG17 KXR]] — seen in car park shouting. police informed. photos by med photography [[ID|photo:QMC-MP-240118-03]]. SW on call aware.",
    # EU, Germany CIRS
    "CIRS report (should be anonymised — staff left details in): Hr. [[PERSON|name:Ömer Aydın]], Station 3B, [[LOCATION|geo:Klinikum Nürnberg Nord]], [[DATE|date:09.01.2024]] approx. 06:30: heparin 25.000 IE/5 ml vial mixed up with NaCl, caught before administration. Perfusor Space SN [[DEVICE|device:8812094]]. Pat.-Nr. [[ID|mrn:40018832]].",  # noqa: RUF001
    # EU, France
    "Adverse event report — [[LOCATION|geo:Hôpital Édouard Herriot]]. Date: lundi [[DATE|date:5 février 2024]]. Patient: M. [[PERSON|name:Gérard Lambert]], [[AGE|date:91]] ans. Fall in the bathroom at night, ?#NOF. Call bell not within reach. Wife [[PERSON|name:Simone]] informed. Transfer by ambulance [[VEHICLE|vehicle:GH-482-TK]] (SAMU 69) to imaging.",
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
    ("incident-report", INCIDENT_REPORTS),
]


def main() -> None:
    print(f"probe24: {write_styled(OUT, STYLES)} docs")


if __name__ == "__main__":
    main()
