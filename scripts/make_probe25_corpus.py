"""Write the 25th hand-annotated redaction probe, ``corpus/redaction/probe25.jsonl``.

Why: the redaction engine's scores mean something only on text it has never been tuned against.
This probe was written by an author who has not read the engine, its tests or the other corpora,
imitating the people who actually write clinical free text: a rushed night nurse, a meticulous
pharmacist, a biller pasting from a claims screen, a coordinator typing a phone message, a doctor
dictating, a research coordinator filling in a screening log, a device server spitting out logs.
It mixes easy identifiers with awkward ones (names that are ordinary words such as Rose, Hope,
Mark, June, Young; towns that are words such as Orange, Bath, Sale, Normal, Reading, Hope Island,
Eden; identifiers glued to their labels; dates in many national formats) and plants text that
looks like an identifier but is not (doses, lab values, bed and bay numbers, extensions, MBS,
CPT, ICD and DRG codes, BSB and sort codes, group numbers, model names, lot numbers, protocol,
ethics and trial numbers, gate codes, times).

What: 120 notes, 12 in each of ten styles (progress-note, discharge-summary, gp-referral,
nursing-shorthand, pharmacy, telehealth, billing, device-telemetry, research-enrolment,
care-coordination). Locales: about 40% US, 30% Australia, 15% UK and 15% continental Europe
(Germany, France, Netherlands, Belgium, Italy, Spain, Portugal, Sweden, Switzerland), some notes
in the local language. Every one of the 18 Safe Harbor categories appears at least five times,
about five identifiers a note. Each identifier is marked inline as ``[[LABEL|category:text]]``
and ``write_styled`` strips the markers and records offsets. Conventions: titles stay outside
name spans; a full street address is one ADDRESS span; a town, suburb or named facility alone is
a LOCATION; a postcode alone is an ADDRESS; states and countries alone are unmarked; dates more
specific than a year are DATE (only the date part of an ISO timestamp); ages are the number only,
AGE|other up to 89 and AGE|date from 90; national numbers and passports are ssn, insurer and
health-system numbers health_plan, record numbers mrn, bank, card and invoice numbers account,
professional and driver licence numbers license, plates and VINs vehicle, serials and MAC
addresses device, fingerprint, iris and voiceprint templates biometric, patient photo file names
photo, and study, claim, booking, interpreter, case and login codes other. Every person, number
and address is invented; towns, suburbs and hospitals may be real.

How: ``cd /work/main && .venv/bin/python scripts/make_probe25_corpus.py`` writes the file
(relative to the repository of this script); output is byte-reproducible.
"""

from __future__ import annotations

from pathlib import Path

from make_safe_harbor_suite import write_styled

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "corpus" / "redaction" / "probe25.jsonl"

PROGRESS_NOTE = [
    # US, ED resident SOAP at 2am
    "ED PROGRESS NOTE - [[DATE|date:03/14/2024]] 0215\n"
    "Pt: [[PERSON|name:Delgado, Marisol]]  MRN [[ID|mrn:004418273]]  [[AGE|other:34]]F\n"
    "S: brought in by BF after syncopal episode at work (Target, [[LOCATION|geo:Fremont]]). LMP ~2 wks ago. Denies CP/SOB.\n"
    "O: BP 104/62, HR 112, SpO2 98% RA. Trop <0.01. Hgb 9.8. bHCG neg.\n"
    "A/P: likely vasovagal vs anemia. orthostatics, 1L NS bolus, iron studies. Dispo pending.\n"
    "-- PGY-2",
    # AU, ward round entry by the JMO
    "WR - Gen Med, Bed 14B (Cons A/Prof [[PERSON|name:Halloran]])\n"
    "Mr [[PERSON|name:Sid Waugh]], [[AGE|other:78]]yo, D4 CAP.\n"
    "On IV ceftriaxone 1g daily + azithro 500mg. Afebrile 36h. CRP 212 -> 88. WCC 11.2.\n"
    "Plan: step down to oral amoxicillin 1g TDS, PT r/v, d/c planning - lives alone in [[LOCATION|geo:Orange]], daughter [[PERSON|name:Rose]] visiting tomorrow. Aim d/c Friday.",
    # UK, liaison psychiatry, prose
    "Liaison Psychiatry - progress note\n"
    "Seen on the Acute Medical Unit, [[LOCATION|geo:Royal Berkshire Hospital]]\n"
    "Name: [[PERSON|name:Hope Ansell]]   NHS: [[ID|health_plan:485 777 3456]]   DOB [[DATE|date:02.09.1987]]\n"
    'Ms [[PERSON|name:Ansell]] was calmer today. She says "I just want to go home to [[LOCATION|geo:Reading]] and see my boy." '
    "Her son is staying with her mother. No active suicidal ideation. Sertraline 50mg continued. Will discuss with CMHT.",
    # DE, Verlaufsnotiz
    "Verlaufsnotiz\n"
    "Pat.: Herr [[PERSON|name:Jürgen Vogt]], geb. [[DATE|date:11.04.1951]], Fall-Nr. [[ID|mrn:2024-0031876]]\n"
    "Station 5B, Zi. 12\n"
    "POD 3 nach Hüft-TEP re. Mobilisation mit Rollator 20 m. Hb 10,4 g/dl. Wunde trocken, Foto in Akte ([[ID|photo:IMG_5B12_0318.jpg]]).\n"
    "Reha-Antrag an [[LOCATION|geo:Klinik Bavaria Kreischa]] gestellt.",
    # US, hospitalist dictation
    "Dictated: hospital day six. Mr. [[PERSON|name:William Young]] is an [[AGE|other:81]]-year-old man with ischemic cardiomyopathy, EF 25 percent, "
    "admitted [[DATE|date:March ninth]] with decompensated heart failure. Diuresing well, down 4.2 kilos. Creatinine stable at 1.6. "
    "His Medtronic Azure XT DR, serial [[DEVICE|device:RNB408812S]], was interrogated this morning, no events. "
    "Please fax the summary to his cardiologist, Dr. [[PERSON|name:Okafor]], at [[PHONE|fax:614-372-2291]]. Plan home with VNA Thursday. End of dictation.",
    # AU, physio
    "PHYSIO Rx - [[PERSON|name:Bill Kettering]] ([[AGE|other:67]]) UR[[ID|mrn:00771903]]\n"
    "TKR R D2. ROM 10-75deg. Amb 30m w/ 4WW + SBA. Pain 4/10 on Endone 5mg.\n"
    "Goals: stairs x12 (lives 2-storey house, [[ADDRESS|geo:7 Banksia Cres, Sale VIC 3850]]).\n"
    "Wife [[PERSON|name:Dawn]] to bring in shoes.\n"
    "Plan BD Rx, review wt-bearing xray. - Physio ext 4412",
    # US, heme/onc clinic
    "Hem/Onc f/u\n"
    "[[PERSON|name:Dwayne Marcus Liddell]] | DOB [[DATE|date:7/19/1962]] | MRN [[ID|mrn:E7730214]]\n"
    "C3D1 FOLFOX. ANC 1.9, plt 142. Neuropathy grade 1. PowerPort (SN [[DEVICE|device:18PK02231]]) flushes well, +blood return.\n"
    "On NRG-GI004, subject no. [[ID|other:GI004-0117]]. RTC 2 wks.",
    # AU, community mental health home visit
    "MH CASE NOTE [[DATE|date:19/03]] 1400 home visit\n"
    "Attended [[ADDRESS|geo:Unit 4/22 Mawson St, Shortland NSW 2307]] with CN. Client [[PERSON|name:Ebony Thompson]] (MRN [[ID|mrn:K2298147]]) present, partner at work.\n"
    "Mood 'flat', sleeping 4hrs. Depot paliperidone 150mg given L deltoid, next due [[DATE|date:16/04]]. No SI/HI.",
    # UK, FY1 on call, rushed
    "FY1 ward cover 22:40\n"
    "asked to r/v [[PERSON|name:Mark Bishop]] bay 3 bed 2, [[AGE|other:59]]M, d1 post lap chole. c/o abdo pain 7/10. obs HR 96 BP 118/70 T 37.9 RR 18. abdo soft, tender RUQ. bloods: WCC 13.1 CRP 64 bili 21.\n"
    "plan: IV para 1g, bloods am, inform reg. wife rang ward, updated. NHS no [[ID|health_plan:943 476 5919]]\n"
    "[[PERSON|name:R Achterberg]] FY1 GMC [[ID|license:7081234]]",
    # FR, rehab note in French
    "Note d'évolution - SSR [[LOCATION|geo:Hôpital Renée Sabran]]\n"
    "Mme [[PERSON|name:Odile Marchetti]], née le [[DATE|date:23/06/1944]], n° sécu [[ID|ssn:2 44 06 83 137 045 21]]\n"
    "J12 post-AVC sylvien G. Marche avec canne tripode 40 m. Aphasie en amélioration.\n"
    "Fille joignable par mail : [[EMAIL|email:s.marchetti@orange.fr]]. Sortie prévue le [[DATE|date:2 avril]].",
    # US, PICU
    "PICU progress note HD#2\n"
    "[[PERSON|name:Journee Carter-Bell]], [[AGE|other:4]]yo F, MRN [[ID|mrn:31-88-0442]], wt 16.2kg\n"
    "RSV bronchiolitis on HFNC 2L/kg/min, FiO2 0.35. Tolerating NG feeds 60ml q3h.\n"
    "Mom at bedside, dad driving up. Medicaid ID [[ID|health_plan:GA7712093340]].\n"
    "SW consult re: housing - family currently at [[ADDRESS|geo:1408 Pio Nono Ave Apt 3, Macon, GA 31204]].",
    # AU, geriatric evaluation, age over 90
    "GEM progress note\n"
    "Mrs [[PERSON|name:Ivy Lovell]], [[AGE|date:94]]. DVA Gold [[ID|health_plan:NX123456]].\n"
    "From [[LOCATION|geo:Mercy Place Ballarat]] (RACF). Delirium improving - CAM neg today. Na 131. Eating 50%.\n"
    "Plan: return to RACF [[DATE|date:25/3]] if Na stable. NOK aware.",
]

DISCHARGE_SUMMARY = [
    # US, formal template
    "DISCHARGE SUMMARY\n"
    "Patient: [[PERSON|name:Harold J. Whitcombe]]   MRN: [[ID|mrn:00992817]]\n"
    "DOB: [[DATE|date:08/22/1939]]   Discharge: [[DATE|date:03/04/2024]]\n"
    "Dx: NSTEMI (I21.4), s/p DES x1 to mid LAD.\n"
    "Meds: ASA 81 daily, ticagrelor 90 BID, atorvastatin 80 qHS, metoprolol succ 25.\n"
    "Follow-up: [[LOCATION|geo:Cleveland Clinic Fairview]] cardiology in 1 week; copy to PCP by fax [[PHONE|fax:216-476-0342]].\n"
    "Patient portal activation: [[URL|url:https://mychart.clevelandclinic.org/activate?code=WH4471-K2QP]]",
    # AU, EMR discharge summary
    "[[LOCATION|geo:Royal Adelaide Hospital]] - DISCHARGE SUMMARY\n"
    "Name: [[PERSON|name:NGUYEN, Thi Hoa]]   URN: [[ID|mrn:A0481229]]   Medicare: [[ID|health_plan:2951 48371 2]] (IRN 1)\n"
    "Discharged [[DATE|date:15/03/2024]]  LOS 4\n"
    "Principal dx: Cellulitis L lower leg. IV cefazolin 2g TDS -> oral cephalexin 500mg QID to complete 7 days.\n"
    "GP: Dr [[PERSON|name:Michael Tran]], fax [[PHONE|fax:08 8345 1290]]\n"
    "Vietnamese interpreter used for all discussions.",
    # UK, discharge letter
    "[[LOCATION|geo:Royal United Hospitals Bath]] NHS Foundation Trust\n"
    "Discharge letter\n"
    "To: Dr [[PERSON|name:E. Page]], GP\n"
    "Re: Mr [[PERSON|name:Thomas Cash]], DOB [[DATE|date:14 Feb 1949]], NHS No [[ID|health_plan:401 023 2137]]\n"
    "Admitted [[DATE|date:02/03/24]] after a fall at home; CT head normal, # L pubic ramus managed conservatively.\n"
    "He has gone home to [[LOCATION|geo:Combe Down]] with reablement four times daily. "
    "Please check U&E in one week (Na 132 on discharge).",
    # NL, ontslagbrief
    "Ontslagbrief - [[LOCATION|geo:Erasmus MC]]\n"
    "Patiënt: mevr. [[PERSON|name:A.M. de Wit-Jansen]], geb. [[DATE|date:07-12-1966]], BSN [[ID|ssn:193847562]]\n"
    "Opname 5 dagen. Diagnose: pyelonefritis met urosepsis. E. coli, gevoelig voor ciprofloxacine.\n"
    "Beleid: ciprofloxacine 500 mg 2dd t/m [[DATE|date:18-03]]. Controle kreatinine (was 142).\n"
    "Huisarts: dr. [[PERSON|name:P. Visser]].",
    # US, OB short stay
    "OB DISCHARGE\n"
    "[[PERSON|name:Amber Nichole Strickland]] G2P2 [[AGE|other:27]]yo\n"
    "SVD [[DATE|date:3/11]] @ 0412, baby girl [[PERSON|name:Willow]] 3.2kg APGAR 8/9\n"
    "Rh neg - RhoGAM given. Hgb 10.1. Tdap lot U7781AA given.\n"
    "F/u [[LOCATION|geo:Baptist Health Women's Clinic]] 6 wks. Peds 2-3 days.\n"
    "Home: [[ADDRESS|geo:220 Old Hickory Blvd, Jackson TN 38305]]",
    # AU, acute mental health
    "DISCHARGE - Adult Acute Mental Health Unit, [[LOCATION|geo:Canberra Hospital]]\n"
    "Consumer: [[PERSON|name:Jaxon Reid]] (prefers '[[PERSON|name:Jax]]')  MRN [[ID|mrn:0038812X]]\n"
    "Discharged to mum's: [[ADDRESS|geo:14 Gurney Cres, Kambah ACT 2902]].\n"
    "Community team: [[LOCATION|geo:Tuggeranong]] CMHT, first review [[DATE|date:20/3]] 10am.\n"
    "Meds: olanzapine 10mg nocte, no PRNs supplied.",
    # UK Scotland, IDL
    "IMMEDIATE DISCHARGE LETTER (IDL)\n"
    "[[LOCATION|geo:Ninewells Hospital]]\n"
    "Patient: [[PERSON|name:MacLEOD, Iain]]  CHI [[ID|health_plan:1504528931]]  Ward 4 bed 11\n"
    "Admitted: [[DATE|date:08/03/2024]] via ED - infective exacerbation COPD. Discharged: [[DATE|date:13/03/2024]]\n"
    "New meds: Prednisolone 30mg OD 5/7, doxycycline 100mg OD.\n"
    "O2 alert card issued. Home concentrator serial [[DEVICE|device:BOC-7741092]] checked by supplier.\n"
    "Pharmacy to deliver to [[ADDRESS|geo:Flat 2/1, 41 Kemback St, Dundee DD4 6PB]].",
    # IT, lettera di dimissione
    "LETTERA DI DIMISSIONE - [[LOCATION|geo:Ospedale San Raffaele]]\n"
    "Sig. [[PERSON|name:Giuseppe Ferraro]], nato il [[DATE|date:05/05/1940]], cod. fiscale [[ID|ssn:FRRGPP40E05F205X]]\n"
    "Ricovero di 8 giorni. Diagnosi: scompenso cardiaco acuto. Terapia: furosemide 25 mg 2 cp/die, bisoprololo 2,5 mg.\n"
    "Figlia (caregiver) tel. [[PHONE|phone:+39 347 218 4490]]",
    # US, VA
    "DISCHARGE NOTE - [[LOCATION|geo:James A. Haley Veterans' Hospital]]\n"
    "Veteran: [[PERSON|name:Raymond Sterling]]   SSN [[ID|ssn:261-44-8813]]\n"
    "Admitted [[DATE|date:3/3/2024]] for new-onset seizure (L temporal glioma on MRI). Keppra 750 BID.\n"
    "Per FL law pt advised not to drive x6 months; pt surrendered FL DL [[ID|license:S536-712-62-118-0]] to his wife in my presence.\n"
    "Neurosurgery clinic [[DATE|date:3/27]].",
    # AU, day surgery
    "Day Surgery Discharge - [[LOCATION|geo:St John of God Subiaco]]\n"
    "[[PERSON|name:Grace Whelan]], [[AGE|other:45]]\n"
    "Procedure: hysteroscopy, D&C [[DATE|date:18/3/24]]\n"
    "Escort: husband [[PERSON|name:Will]] - she must not drive for 24h. Their car is in visitor bay 7, rego [[VEHICLE|vehicle:1GXH 447]], parking validated.\n"
    "Analgesia: paracetamol 1g QID, ibuprofen 400mg TDS with food.",
    # AU, mental health discharge (second)
    "Discharge - NorthWestern Mental Health, [[LOCATION|geo:Royal Melbourne Hospital]]\n"
    "[[PERSON|name:Precious Adebayo]], UR [[ID|mrn:RM1190234]]\n"
    "Admitted under the MHA after her sister [[PERSON|name:Blessing]] called CATT. Psychotic sx resolved on aripiprazole.\n"
    "Going home to [[ADDRESS|geo:88B Racecourse Rd, Flemington VIC 3031]]. Depot due [[DATE|date:2nd April]] at the clinic.",
    # ES, informe de alta
    "Informe de alta - [[LOCATION|geo:Hospital Clínic de Barcelona]]\n"
    "Paciente: [[PERSON|name:María del Carmen Ruiz Ortega]]   DNI [[ID|ssn:47382910K]]\n"
    "Edad: [[AGE|date:91]] años\n"
    "Ingreso [[DATE|date:10/03/2024]] por neumonía broncoaspirativa. Alta a [[LOCATION|geo:Residència Sant Gervasi]].\n"
    "Contacto: hijo, [[PHONE|phone:+34 612 44 87 09]].",
]

GP_REFERRAL = [
    # AU, Best Practice letter
    "[[LOCATION|geo:Hope Island Medical Centre]]   Fax [[PHONE|fax:07 5530 8813]]\n"
    "Dr [[PERSON|name:Rajesh Kulkarni]], Orthopaedic Surgeon\n"
    "Dear Colleague,\n"
    "Re: Mr [[PERSON|name:Colin Short]]   Medicare [[ID|health_plan:4127 55819 3]]\n"
    "Thank you for seeing this keen lawn bowler with severe R knee OA (KL grade 4). Cortisone x2 last year with little benefit. BMI 31.\n"
    "Yours sincerely,\nDr [[PERSON|name:Hannah Cho]]  Provider No [[ID|license:2441873B]]",
    # UK, e-RS 2WW
    "e-RS referral, UBRN [[ID|other:0004 1923 7781]]\n"
    "To: 2WW Lower GI, [[LOCATION|geo:William Harvey Hospital]]\n"
    "Patient: Miss [[PERSON|name:Abigail Love]], DOB [[DATE|date:21/11/1968]], NHS [[ID|health_plan:450 557 7104]]\n"
    "FIT 142 ug/g. Hb 104, ferritin 9. 6/52 change in bowel habit, 4kg wt loss.\n"
    "Happy to be emailed: [[EMAIL|email:abbylove68@hotmail.co.uk]]",
    # US, fax cover + referral
    "FAX COVER\n"
    "To: [[LOCATION|geo:Piedmont Neurology]]   Fax: [[PHONE|fax:404-351-0771]]\n"
    "From: [[PERSON|name:Marcus Webb]], MD\n"
    "Pages: 4 (incl. cover)\n"
    "RE: REFERRAL - [[PERSON|name:Lakisha Owens]] DOB [[DATE|date:11-02-1979]]\n"
    "Ins: Aetna member [[ID|health_plan:W229184773]] group 0088712\n"
    "Reason: new-onset seizures x2, MRI brain neg, EEG pending. Started levetiracetam 500 BID. Discussed GA driving restriction; her GA DL [[ID|license:058812347]] noted.",
    # DE, Überweisung
    "Überweisung - Hausarztpraxis Dr. med. [[PERSON|name:Sabine Krüger]], [[ADDRESS|geo:Lindenstraße 14, 04109 Leipzig]]\n"
    "BSNR [[ID|license:731234500]]\n"
    "an: Kardiologie, [[LOCATION|geo:Herzzentrum Leipzig]]\n"
    "Pat.: [[PERSON|name:Frank Hoffmann]], *[[DATE|date:19.08.1957]]\n"
    "Fragestellung: Belastungsdyspnoe, V.a. KHK. Ruhe-EKG: ST-Senkung V4-6. LDL 168 mg/dl. Bitte um zeitnahen Termin.",
    # US, EHR ambulatory referral
    "Ambulatory referral to Dermatology\n"
    "Pt: [[PERSON|name:Bishop, Connor]] ([[AGE|other:52]] y.o. M)  MRN:[[ID|mrn:889021773]]\n"
    "Reason: changing pigmented lesion L scapula, 8mm, irregular border, ABCDE 4/5.\n"
    "Photos attached: [[ID|photo:DERM_889021773_01.jpg]], [[ID|photo:DERM_889021773_02.jpg]]\n"
    "Preferred location: [[LOCATION|geo:Normal]] clinic (closer to home)",
    # AU, mental health treatment plan
    "MHTP referral\n"
    "To: [[PERSON|name:Joy Anderton]] (Clinical Psychologist), [[LOCATION|geo:Mildura]]\n"
    "Re: [[PERSON|name:Brooke Wilkins]], d.o.b. [[DATE|date:09-11-2001]]\n"
    "MBS item 2715 completed. K10 = 32. Panic attacks since starting TAFE. No SH.\n"
    "Mob [[PHONE|phone:0438 902 117]] (prefers SMS).\n"
    "Referring GP prov no. [[ID|license:4471092K]]",
    # UK, dictated memory clinic letter
    "Dear Colleague,\n"
    "I would be grateful if you could see this [[AGE|other:82]]-year-old retired headmaster, Mr [[PERSON|name:Geoffrey Baker]], of [[ADDRESS|geo:The Old Rectory, Church Lane, Much Wenlock TF13 6AA]], "
    "whose wife reports eighteen months of word-finding difficulty and getting lost on familiar routes. "
    "MoCA 21/30. B12, folate and TFTs normal. He still drives (a blue Volvo, registration [[VEHICLE|vehicle:KX19 ZTB]]) and I have advised him to inform the DVLA.\n"
    "Yours sincerely,\nDr [[PERSON|name:Helen Aston]]",
    # US, PT order
    "Physical therapy order / referral\n"
    "Patient [[PERSON|name:Dolores Fuentes]]  DOB [[DATE|date:01/30/1948]]  Medicare MBI [[ID|health_plan:1EG4-TE5-MK73]]\n"
    "Dx: L hip OA (M16.12). Eval & treat 2x/wk x 6 wks, gait training, HEP.\n"
    "Referring: [[PERSON|name:Tomás Reyes]], DO  NPI [[ID|license:1497758823]]\n"
    "Spanish speaking - daughter interprets.",
    # BE, lettre
    "Dr [[PERSON|name:Luc Dewitte]], médecin généraliste, [[ADDRESS|geo:Rue de la Station 41, 4000 Liège]]\n"
    "Cher confrère,\n"
    "Je vous adresse Mme [[PERSON|name:Nathalie Lambert]], [[AGE|other:49]] ans (NISS [[ID|ssn:75.03.14-238.61]]), pour un nodule thyroïdien droit de 2,1 cm, TIRADS 4. TSH 1,2 mU/l.\n"
    "Elle est joignable par mail : [[EMAIL|email:nath.lambert@skynet.be]].\n"
    "Bien confraternellement.",
    # AU, HealthLink message, glued
    "HL7 ref msg // to: [[LOCATION|geo:Sunshine Hospital]] Renal OPD\n"
    "pt [[PERSON|name:KAUR Harpreet]] dob[[DATE|date:14051970]] ur#[[ID|mrn:SH0099812]]\n"
    "eGFR 38 (was 52 in [[DATE|date:Aug 2023]]), ACR 41. on ramipril 10 + dapagliflozin 10.\n"
    "pls see within 4/52. hubby drives her. ph[[PHONE|phone:0393107744]]",
    # US, county behavioral health form
    "BH REFERRAL FORM (county)\n"
    "Client name: [[PERSON|name:Tyler James Morrow]]\n"
    "SSN: [[ID|ssn:512480937]]\n"
    "Address: [[ADDRESS|geo:3320 N Hope St, Apt 210, Kansas City, MO 64111]]\n"
    "Referral source: ED. Court case # [[ID|other:JC-2024-00471]]\n"
    "Presenting: AUD, 2 DUIs, PHQ-9 = 17.",
    # SE, remiss
    "Remiss - [[LOCATION|geo:Vårdcentralen Tullinge]] till Ortopedmottagningen\n"
    "Patient: [[PERSON|name:Erik Lindqvist]], pnr [[ID|ssn:19680412-4471]]\n"
    "Anamnes: Fall på is [[DATE|date:2 mars]], smärta i höger axel, kan ej abducera > 60 gr. Rtg utan fraktur. Misstänkt rotatorkuffruptur.\n"
    "Remitterande läkare: [[PERSON|name:Anna Sjöberg]]",
]

NURSING_SHORTHAND = [
    # US, night nurse
    "0300 [[PERSON|name:Rosa Mendoza]] rm 412 c/o pain 8/10 r hip, gave oxy 5mg po @ 0310, reassessed 0410 4/10. "
    'BP 142/88 p 92 r 18 sat 95% 2L nc. pt confused x2 (knows name not place) kept asking for "[[PERSON|name:frankie]]" (son per chart, cell [[PHONE|phone:3126810164]]). bed alarm on. fall risk. '
    "[[PERSON|name:j.ortiz]] RN",
    # AU, ISBAR handover
    "ISBAR 1900 handover\n"
    "I: [[PERSON|name:Ken Pearce]] [[AGE|other:71]] bed 6\n"
    "S: post TURP D1, CBI running, urine rose-tinged, no clots\n"
    "B: T2DM, AF on apixaban (withheld). lives w wife [[PERSON|name:Joy]] at [[LOCATION|geo:Tweed Heads]]\n"
    "A: obs stable, BGL 9.4, 11.2. UO 80ml/hr\n"
    "R: cont CBI, FBC + UEC am, wife wants a call if any change\n"
    "-[[PERSON|name:Bec]] EN",
    # US, ICU
    "[[DATE|date:3/17]] 2200 - pt intubated/sedated, prop @ 30mcg/kg/min, fent 50. RASS -2. ETT 7.5 @ 23 lip. vent AC 14/450/+8/40%. ABG 7.38/41/92.\n"
    "IV pump channel A SN [[DEVICE|device:12874509]] alarmed occl x3 -> swapped to pump SN [[DEVICE|device:12874611]], biomed ticket placed.\n"
    "wife called 2230 for update, verified w/ pt DOB [[DATE|date:5/2/67]]. told stable.",
    # UK, district nurse
    "DN visit 09:40 - [[ADDRESS|geo:12 Orchard Close, Nelson BB9 7QE]]\n"
    "Mrs [[PERSON|name:Hilda Brennan]] ([[AGE|date:92]]) - cat 3 PU sacrum, dressed w/ Aquacel Ag + foam. Measures 3.1 x 2.4cm, slough 20%. "
    "Photo taken ([[ID|photo:PU_HBrennan_140324.jpg]]) & uploaded to EMIS. Keysafe used. Carer [[PERSON|name:Rose]] from Caremark present.\n"
    "Next visit Saturday.",
    # AU, ED triage
    "triage 0142 [[AGE|other:19]]F BIBA from [[LOCATION|geo:Fortitude Valley]]. ETOH++, GCS 14. lac L forehead 3cm. ?assault. QPS on scene.\n"
    "name given as [[PERSON|name:Chloe]], no ID on her - phone in bag, contact 'Mum' [[PHONE|phone:0419 552 871]]. ATS 3. to cubicle 12.",
    # US, LTC
    "nsg note [[DATE|date:03/19/24]] 1430 res [[PERSON|name:Earl Washington]] rm 118B out on LOA w/ daughter - signed out 1300, exp back 1700. "
    "daughter driving silver Camry lic plate [[VEHICLE|vehicle:TXB-4482]]. meds given prior: metformin 500, lisinopril 10. BS 188. her cell [[PHONE|phone:(901) 438-3371]]",
    # DE, Nachtdienst
    "ND 02:15 Fr. [[PERSON|name:Lehmann]] Zi 7 unruhig, will nach Hause zu [[PERSON|name:Horst]] (Ehemann, verst.). "
    "RR 150/90, BZ 142. 2,5mg Haloperidol lt. AO. Sturzmatte liegt. Tochter angerufen [[PHONE|phone:+49 160 9927 3318]], kommt morgen früh.",
    # AU, RACF incident
    "RN note - [[LOCATION|geo:Bupa Aged Care Mosman]]\n"
    "res [[PERSON|name:Dulcie Hope]] ([[AGE|date:101]]!) - unwitnessed fall 0515 found on floor beside bed, no head strike. obs ok. skin tear L forearm 2cm, steristrips. no hip shortening.\n"
    "GP notified via fax [[PHONE|fax:02 9969 3347]]. NOK son informed 0730. IR#[[ID|other:INC-24-03118]]",
    # US, med-surg shift summary
    "shift summary 7a-7p\n"
    "Mr [[PERSON|name:Dominguez]] (bed 22) [[AGE|other:63]]M POD2 ex-lap. NGT to LIWS 200ml bilious. ambulated x2 hall. IS 750.\n"
    "pain ctrl w PCA (hydromorphone 0.2mg/6min lockout), PCA pump # [[DEVICE|device:PCA-0091477]].\n"
    "wife [[PERSON|name:Lupe]] at bedside wants to talk to surgeon Dr [[PERSON|name:Kingsley]].",
    # UK, CAMHS obs
    "15 min obs - [[PERSON|name:Jordan]] ([[AGE|other:17]]), [[LOCATION|geo:Ellern Mede]] ward 2\n"
    "23:00-23:45 sleeping. 23:45 up, pacing corridor. asked for mum. mum rang [[PHONE|phone:01632 960 418]] at 23:50, told settled.\n"
    "no self-harm observed. - HCA",
    # US, L&D
    "L&D 0520 pt [[PERSON|name:Summer Reyes-Kim]] G1P0 @ 39+2, wristband MRN [[ID|mrn:02-771-843]]. SROM 0340 clear. FHR 140s mod var +accels. ctx q3. cx 6/90/0. "
    "epidural placed 0455 by Dr [[PERSON|name:Patel]]. partner [[PERSON|name:Dana]] @ bedside. EFM unit sn [[DEVICE|device:US51203388]] - toco reseated x2.",
    # AU, community nurse, all lowercase
    "cn hv [[ADDRESS|geo:27 wattle st orange nsw 2800]]\n"
    "[[PERSON|name:mark o'dea]] t1dm, libre 3 sensor applied L arm (sensor sn [[DEVICE|device:3MH00X7KQ2]]). bgls 4.1-14.6. hypo last night 2.9, treated by wife w jellybeans.\n"
    "insulin pens lot no. checked. review [[DATE|date:28/3]]. de aware.",
]

PHARMACY = [
    # US, retail intervention
    "Rx intervention - store #04471\n"
    "Pt: [[PERSON|name:Lacey Tillman]]  DOB [[DATE|date:06/14/1990]]  Rx# [[ID|other:7712093]]\n"
    "Prescriber: Dr. [[PERSON|name:Alan Greaves]]  DEA [[ID|license:BG4471823]]\n"
    "Issue: hydrocodone/APAP 10/325 #120 - early refill (14 days early). PDMP shows 3 prescribers in 60 days.\n"
    "Called office [[PHONE|phone:918-743-0614]], spoke w/ MA. Rx held pending callback. - PharmD",
    # AU, medication reconciliation
    "MEDICATION RECONCILIATION - Pharmacist [[PERSON|name:Olivia Marsh]]\n"
    "Pt [[PERSON|name:Rex Gallagher]]  UR [[ID|mrn:0228431]]\n"
    "Sources: pt, wife, [[LOCATION|geo:Priceline Pharmacy Wagga Wagga]] dispensing hx, My Health Record.\n"
    "1. Apixaban 5mg BD - continue\n2. Metoprolol 47.5mg mane - continue\n3. Perindopril 5mg - WITHHELD (AKI, Cr 168)\n"
    "Webster-pak. DVA Gold card [[ID|health_plan:QX407731]] - RPBS items noted.",
    # US, specialty pharmacy enrollment
    "Specialty Pharmacy - adalimumab enrollment\n"
    "Patient [[PERSON|name:Kenji Watanabe]] | [[ADDRESS|geo:4410 SE Belmont St, Portland, OR 97215]]\n"
    "Ins: Regence BCBS ID [[ID|health_plan:ZRG889012447]]  Rx BIN 610014 PCN 9999\n"
    "Copay card [[ID|account:6012 0044 9182 7731]]\n"
    "Ships next day, signature req, cold pack. Tracking: [[URL|url:https://track.accredorx.com/o/KW88120]]",
    # UK, NMS
    "Pharmacy: [[LOCATION|geo:Widcombe Pharmacy]], [[LOCATION|geo:Bath]]\n"
    "NMS consultation (intervention stage) - Mr [[PERSON|name:Dennis Sparrow]], NHS [[ID|health_plan:943 128 4406]]. Started apixaban 5mg bd for AF by GP on [[DATE|date:29/02/2024]].\n"
    "Adherent, uses dosette. Minor gum bleeding - advised soft toothbrush, report any melaena.\n"
    "[[PERSON|name:Aisha Rahman]] MPharm, GPhC [[ID|license:2081774]]",
    # DE, BtM documentation
    "BtM-Dokumentation - [[LOCATION|geo:Löwen-Apotheke]]\n"
    "Abgabe [[DATE|date:18.03.2024]]: Oxycodon 20 mg ret. N2 für [[PERSON|name:Klaus Reinholdt]], [[ADDRESS|geo:Kartäuserstr. 61, 79102 Freiburg]]\n"
    "Verschreibender Arzt: Dr. [[PERSON|name:M. Engel]], BtM-Nr. [[ID|license:3187456]]\n"
    "Abholer: Sohn, Personalausweis [[ID|ssn:L01X00T47]] vorgelegt.",
    # US, Omnicell discrepancy with biometric
    "Omnicell discrepancy report [[DATE|date:2024-03-12]] 03:44\n"
    "Cabinet: 4 West MedStation 2\n"
    "User: [[PERSON|name:Kristen Albright]] RN, login [[ID|other:kalbright2]], fingerprint template [[ID|biometric:FP-0x7A31C9]]\n"
    "Item: HYDROmorphone 2 mg/mL inj - expected count 14, found 13.\n"
    "Patient: [[PERSON|name:Ruiz, Hector]]  MRN [[ID|mrn:10288734]]\n"
    "Witness RN co-signed. Resolved by pharmacy (documentation error, dose given 0300).",
    # AU, fax to RACF
    "FAX  To: [[LOCATION|geo:Carinity Brookfield Green]]  fax [[PHONE|fax:07 3378 2209]]\n"
    "From: [[LOCATION|geo:Kenmore Village Pharmacy]]\n"
    "Re resident [[PERSON|name:Alma Cooper]], DOB [[DATE|date:19/08/1932]]\n"
    "Chart says Norspan 10 mcg/hr patch weekly (Mon) but the last script was for 5 mcg/hr. Please ask Dr [[PERSON|name:Weatherby]] to re-sign the NIMC before we pack.\n"
    "Thanks",
    # US, mail order
    "Order #[[ID|other:MO-88122047]] - mail order\n"
    "Member [[PERSON|name:Patricia Gomez-Hale]]  ID [[ID|health_plan:EXP447190228]]\n"
    "Ship to: [[ADDRESS|geo:PO Box 1182, Truth or Consequences, NM 87901]]\n"
    "Payment: HSA acct [[ID|account:8800214497]]\n"
    "Rx: insulin glargine 100 u/mL, 15 mL, 90-day supply. Temp-controlled shipper.",
    # AU, ICU pharmacist, decoy heavy
    "ICU pharmacist note - vanc TDM\n"
    "[[PERSON|name:O'Brien, Patrick]] [[AGE|other:56]]M UR [[ID|mrn:9001772]] wt 92kg CrCl ~55 ml/min\n"
    "Trough 11.2 mg/L @ 0600 (target AUC 400-600). Dose 1500mg q12h -> change to 1750mg q12h. Next level [[DATE|date:20/03]] 0530.\n"
    "D/w ICU reg Dr [[PERSON|name:Mahmoud]] ext 5521, pager 4418.",
    # FR, intervention pharmaceutique
    "[[LOCATION|geo:Pharmacie du Vieux Port]] - fiche d'intervention pharmaceutique\n"
    "Patient : M. [[PERSON|name:Karim Benali]], [[AGE|other:67]] ans, n° sécu [[ID|ssn:1 56 11 13 055 218 44]]\n"
    "Prescripteur : Dr [[PERSON|name:Chantal Roux]], RPPS [[ID|license:10003927415]]\n"
    "Problème : association clarithromycine + simvastatine 40 mg (risque de rhabdomyolyse).\n"
    "Appel au cabinet le [[DATE|date:14/03/2024]] : simvastatine suspendue 7 jours.",
    # US, phoned-in Rx
    "Phone Rx received 16:12\n"
    "From: office of Dr. [[PERSON|name:Raymond Chu]] (callback [[PHONE|phone:(702) 463-0186]])\n"
    "For: [[PERSON|name:Marvin Hope]]  DOB [[DATE|date:10/09/1955]]\n"
    "Amoxicillin 875mg BID x10d #20 RF0. Allergies: NKDA.\n"
    "Ins: Medicare Part D [[ID|health_plan:8TV2-CX4-NJ61]]. Prescriber NPI [[ID|license:1245319599]] verified.",
    # UK, TTO screen
    "TTO screened - Ward 9, [[LOCATION|geo:Whiston Hospital]]\n"
    "Pt [[PERSON|name:Ellis Mark]]  DOB [[DATE|date:17.11.58]]\n"
    "Warfarin: INR 2.4 on 3mg. Yellow book updated. Anticoag clinic [[DATE|date:26/3]].\n"
    "Blister pack via [[LOCATION|geo:Rainhill Pharmacy]] (fax [[PHONE|fax:0151 426 0931]]) - sent 14:20.",
]

TELEHEALTH = [
    # US, video visit
    "Video visit - [[DATE|date:03/18/2024]]\n"
    "Patient: [[PERSON|name:Brianna Cole]], located at home in [[LOCATION|geo:Boise]]; identity verified by driver license [[ID|license:WB482771C]] held up to camera.\n"
    "CC: dysuria, frequency x2d, no fever/flank pain. Rx nitrofurantoin 100mg BID x5d.\n"
    "Visit link: [[URL|url:https://telehealth.stlukesonline.org/v/8H2KQ9]]",
    # AU, phone consult
    "Telehealth (phone) consult, MBS 91891\n"
    "Pt [[PERSON|name:Shane Doolan]] called on [[PHONE|phone:0448 310 772]].\n"
    "Identity confirmed: DOB [[DATE|date:22/2/83]] + address [[ADDRESS|geo:5 Camooweal St, Mount Isa QLD 4825]].\n"
    "Acute low back pain after lifting at work, no red flags. Med cert 3 days emailed to [[EMAIL|email:shane.doolan83@bigpond.com]].\n"
    "Dr [[PERSON|name:Fiona Reyes]]",
    # US, platform session log
    "[telehealth session log]\n"
    '[[DATE|date:2024-03-19]]T14:02:11-05:00 session_start patient_id=[[ID|mrn:MRN-5580213]] display_name="[[PERSON|name:Dana Patterson]]" ip=[[IP|ip:98.214.33.170]]\n'
    "T+00:19:44 upload file=[[ID|photo:rash_left_arm_0319.jpg]] size=2.4MB\n"
    "T+00:23:52 session_end duration=1432s bitrate_avg=1.2Mbps",
    # UK, AccuRx video
    "Video consultation, [[DATE|date:12 March 2024]], 10:40\n"
    "Patient: [[PERSON|name:Olivia Hart]], NHS [[ID|health_plan:732 551 0984]]. Identity confirmed with DOB and first line of address.\n"
    "Photo of rash submitted via link, saved as [[ID|photo:OHart_rash_120324.png]]. Plaque psoriasis L elbow, 4 x 3 cm.\n"
    "Rx Dovobet gel od 4/52. Follow-up by text to [[PHONE|phone:07981 443 210]].",
    # DE, Videosprechstunde
    "Videosprechstunde [[DATE|date:20.03.2024]]\n"
    "Pat. [[PERSON|name:Lea Schuster]], [[LOCATION|geo:Bamberg]], Versichertennr. [[ID|health_plan:K204471893]]\n"
    "Migräne ohne Aura, 6 Attacken/Monat. Sumatriptan 50 mg, Prophylaxe besprochen. eAU übermittelt.\n"
    "Verbindungsprotokoll: IP [[IP|ip:2a02:8070:a18c:4e00::1f3]], Abbruch 1x.",
    # US, nurse line with voiceprint
    "Nurse advice line - 21:18\n"
    "Caller authenticated by voice (voiceprint ref [[ID|biometric:VP-22019847]])\n"
    "Caller: [[PERSON|name:Gloria Banks]], mother of pt [[PERSON|name:Isaiah Banks]] ([[AGE|other:3]]), member [[ID|health_plan:KPNC-118804457]]\n"
    "Fever 103.1 x2d, drinking ok, 4 wet diapers today. Disposition: urgent care within 24h.",
    # AU, telepsychiatry
    "Telepsychiatry review - [[PERSON|name:Ella-Rose Whitfield]] ([[AGE|other:16]]) with mum, joining from [[LOCATION|geo:Broken Hill]]; "
    "Dr [[PERSON|name:Amit Sen]]. Video dropped twice, link resent to [[EMAIL|email:narelle.whitfield@outlook.com]].\n"
    "Mood improved on fluoxetine 20mg. School counsellor aware. Next review in 3 weeks.",
    # US, RPM follow-up
    "Telehealth f/u - RPM program\n"
    "[[PERSON|name:Vernon Pruitt]]  MRN [[ID|mrn:6620197]]\n"
    "BP cuff (Omron BP7350, s/n [[DEVICE|device:20230811447LG]]) 30-day avg 148/86. Amlodipine 5 -> 10.\n"
    "Pt locked out of portal; username [[ID|other:vpruitt1950]] reset. Re-enrolment link texted: [[URL|url:https://rpm.caresimple.com/enroll/VP6620197]]",
    # AU, interpreter
    "Telehealth video (healthdirect)\n"
    "Pt [[PERSON|name:Abdi Hassan Warsame]] [[AGE|other:58]] at home in [[LOCATION|geo:Dandenong]]. TIS interpreter (Somali) ID [[ID|other:608412]].\n"
    "IHI [[ID|health_plan:8003 6081 2233 4471]]\n"
    "HbA1c 8.9 -> 7.6 on empagliflozin/metformin. Foot check by video, no ulcers. eScript token sent by SMS.",
    # AU, teledermatology
    "eDerm referral - [[LOCATION|geo:Royal Perth Hospital]] teledermatology\n"
    "Patient [[PERSON|name:Jasmine Okoro]]  DOB [[DATE|date:30/06/1995]]\n"
    "Dermoscopic images: [[ID|photo:IMG_3391.JPG]], [[ID|photo:IMG_3392.JPG]] (taken at [[LOCATION|geo:Kalgoorlie]] clinic)\n"
    "Response, Dr [[PERSON|name:Fletcher]]: benign seborrhoeic keratosis, no follow-up needed.",
    # US, tele-psych with location
    "Tele-psych f/u. Pt [[PERSON|name:Hunter Gaines]] confirmed physical location at [[ADDRESS|geo:77 Creekside Dr, Bozeman, MT 59715]] (required for licensure). "
    "Emergency contact: brother, [[PHONE|phone:406 587 0139]]. Provider MT lic # [[ID|license:MT-PHY-12045]].\n"
    "PHQ-9 14 -> 9. Sertraline 100 -> 150mg. Next [[DATE|date:April 19]].",
    # PT, teleconsulta
    "Teleconsulta - [[LOCATION|geo:Centro de Saúde de Alvalade]]\n"
    "Utente: [[PERSON|name:João Pedro Nunes]], nº utente SNS [[ID|health_plan:287 114 950]]\n"
    "Contacto [[PHONE|phone:+351 912 447 180]]. Videochamada interrompida (IP [[IP|ip:85.243.117.22]]), concluída por telefone.\n"
    "HTA controlada, TA 132/84. Renovada receita de losartan 50 mg.",
]

BILLING = [
    # US, denied claim screen
    "CLAIM #: [[ID|other:2024031800447]]   STATUS: DENIED (CO-197)\n"
    "Patient: [[PERSON|name:HOLLOWAY, DERRICK A]]   Subscriber ID: [[ID|health_plan:UHC902884417]]   Group: 7711420\n"
    "DOS: [[DATE|date:02/26/2024]]   CPT 72148   ICD M54.16   Billed $1,840.00   Allowed $0.00\n"
    "Pt acct [[ID|account:A00772419]]\n"
    "Note: called payer; caller verified by voiceprint [[ID|biometric:VBX-448120-07]]. Resubmit w/ auth.",
    # AU, specialist invoice
    "Tax invoice [[ID|account:INV-004781]] - [[LOCATION|geo:North Shore Specialist Centre]]\n"
    "Patient: [[PERSON|name:Chloe Bennett-Marsh]]  Medicare [[ID|health_plan:3347 20918 1]]\n"
    "Items: 104 x1 $250.00 (rebate $95.60), 11700 ECG $70.00\n"
    "Gap paid EFTPOS [[DATE|date:14/03/2024]]. Overpayment refund to BSB 062-000 acct [[ID|account:1044 7821]].",
    # US, MVA worksheet with vehicle
    "Accident/MVA claim worksheet\n"
    "Pt: [[PERSON|name:Kayla Simmons]]   SSN: [[ID|ssn:438-22-9017]]\n"
    "Date of accident: [[DATE|date:01/06/2024]]   Location: I-10 near [[LOCATION|geo:Baton Rouge]]\n"
    "Vehicle: 2019 Honda Civic, VIN [[VEHICLE|vehicle:2HGFC2F59KH512874]], LA plate [[VEHICLE|vehicle:ZKT 418]]\n"
    "Attorney LOP on file.",
    # UK, private patient account
    "[[LOCATION|geo:The London Clinic]] - Private Patient Account\n"
    "Patient: Mr [[PERSON|name:Oliver Grant]]\n"
    "Insurer: Bupa, membership no [[ID|health_plan:81199204]]\n"
    "Episode [[DATE|date:04/03/2024]] (2 nights): arthroscopic ACL reconstruction (CCSD W8200)\n"
    "Shortfall £412.00 to be collected by direct debit from patient's account, sort code 40-11-62, a/c [[ID|account:40918822]].",
    # US, ambulance billing
    "Ambulance run #[[ID|other:24-01177]]  unit M12\n"
    "Pt [[PERSON|name:Grace Little]] ([[AGE|date:90]]) picked up at [[ADDRESS|geo:5 Sunset Ter, Apt 4C, Yonkers, NY 10701]]\n"
    "Medicaid CIN [[ID|health_plan:AB12345C]]\n"
    "HCPCS A0427 ALS1 emergency + A0425 mileage x 6. Signature on file - signed by niece.",
    # AU, WorkCover
    "WorkCover QLD claim [[ID|other:C24/118-2291]] - invoice to insurer\n"
    "Worker: [[PERSON|name:Troy Baxter]]  DOB [[DATE|date:28/10/1988]]\n"
    "Physio sessions x6 (item PTA002), $1,020.00\n"
    "Case manager [[PERSON|name:Leanne Ruiz]], [[EMAIL|email:leanne.ruiz@workcoverqld.com.au]]\n"
    "Pay to practice: BSB 484-799",
    # US, patient statement
    "STATEMENT DATE [[DATE|date:03/01/2024]]\n"
    "Guarantor: [[PERSON|name:Robert 'Bobby' King]]   Acct [[ID|account:00094417720]]\n"
    "[[ADDRESS|geo:912 Elm St, Reading, PA 19601]]\n"
    "Patient: [[PERSON|name:Ava King]] (minor)\n"
    "Amount due $318.77 within 30 days\n"
    "Pay online: [[URL|url:https://pay.towerhealth.org/?acct=00094417720]]",
    # NL, factuur
    "Factuur [[ID|account:2024-088174]] - [[LOCATION|geo:Zuyderland MC]]\n"
    "Aan: dhr. [[PERSON|name:R. Smeets]], [[ADDRESS|geo:Akerstraat 92, 6411 HG Heerlen]]\n"
    "BSN [[ID|ssn:204917735]]\n"
    "DBC-zorgproduct 131999055, eigen risico EUR 385,00\n"
    "Automatische incasso van rekening [[ID|account:NL44RABO0123456789]].",
    # US, prior auth fax
    "PRIOR AUTHORIZATION REQUEST - fax to [[PHONE|fax:1-866-409-0199]]\n"
    "Member: [[PERSON|name:Shirley Mae Dawson]]   ID [[ID|health_plan:H4471920801]]\n"
    "Item: CPAP replacement (E0601), ResMed AirSense 11; current unit SN [[DEVICE|device:23172944051]] out of warranty.\n"
    "Ordering: Dr [[PERSON|name:Vikram Rao]], NPI [[ID|license:1609923845]]",
    # AU, overseas visitor
    "OVERSEAS VISITOR - not Medicare eligible\n"
    "Patient: [[PERSON|name:Sophie Dubois]], passport (FRA) [[ID|ssn:19AV44218]]\n"
    "Travel insurer policy [[ID|health_plan:POL-7718824-FR]]\n"
    "Admitted [[DATE|date:09/03/2024]] to [[LOCATION|geo:Cairns Hospital]] (snorkelling injury, # R fibula).\n"
    "Deposit $5,000 taken on Mastercard [[ID|account:5412 7534 2218 0091]].",
    # US, CDI query
    "Coding query -> Dr. [[PERSON|name:Hollis]]\n"
    "Enc/HAR [[ID|account:5500981142]]   Pt [[PERSON|name:Gutierrez, Ramon]]   MRN [[ID|mrn:00-41-22-918]]\n"
    "Progress notes say 'sepsis' but lactate 1.1, WBC 9.8, no organ dysfunction documented. Please clarify (DRG 871 vs 690).\n"
    "Reply via secure chat. - CDI, [[EMAIL|email:cwhitlock@bannerhealth.com]]",
    # UK, overseas visitors office
    "Overseas Visitors Office - [[LOCATION|geo:Lewisham Hospital]]\n"
    "Pt [[PERSON|name:Mihai Popescu]], DOB [[DATE|date:11/11/1985]]\n"
    "EHIC no [[ID|health_plan:80400000012345678901]]\n"
    "Romanian CNP [[ID|ssn:1851111400217]]\n"
    "Invoice [[ID|account:OVO-24-0318]] cancelled (EHIC accepted).",
]

DEVICE_TELEMETRY = [
    # US, ICD remote transmission
    "REMOTE TRANSMISSION\n"
    "Patient: [[PERSON|name:Gerald Fontaine]]  DOB [[DATE|date:09/30/1941]]\n"
    "Device: Cobalt XT DR ICD DDPA2D1  SN [[DEVICE|device:PZY604118S]]\n"
    "Transmission 02:11 (scheduled). Monitor SN [[DEVICE|device:24950-7733K]]\n"
    "Battery 8.9 yrs. RV lead imp 532 ohms (stable). 1 VT episode 188 bpm, terminated by ATP.\n"
    "Clinic: [[LOCATION|geo:Ochsner]] EP",
    # AU, pump + CGM upload
    "t:connect export\n"
    "user: [[EMAIL|email:mia.c2009@icloud.com]]   patient [[PERSON|name:Mia Costa]]\n"
    "pump: t:slim X2  SN [[DEVICE|device:1184207]]   CGM: Dexcom G7\n"
    "14 days to [[DATE|date:14/03/2024]]  TIR 62%  TBR 4%  mean 9.8 mmol/L  GMI 7.4%\n"
    "clinic share link [[URL|url:https://tconnect.tandemdiabetes.com/share/MC2009-PCH]]",
    # US, IoT gateway log
    "[[DATE|date:2024-03-18]] 23:41:07 WARN pump-gw: device mac=[[DEVICE|device:00:1B:44:11:3A:B7]] model=8015 ip=[[IP|ip:10.22.8.119]] pt_mrn=[[ID|mrn:7718204]] bed=5N-14 dropped from wlan\n"
    "[[DATE|date:2024-03-18]] 23:41:39 INFO pump-gw: reassociated ap=5N-AP-03 rssi=-61 ch=A rate=18mL/h",
    # UK, home NIV download
    "Home NIV download - Respiratory Physiology, [[LOCATION|geo:Royal Brompton Hospital]]\n"
    "Pt: [[PERSON|name:Callum Wright]]   Hosp no [[ID|mrn:RB0338817]]\n"
    "Device: Lumis 150 VPAP ST, serial [[DEVICE|device:23201188442]]\n"
    "28 nights to [[DATE|date:13/03/2024]]: usage 96% of days >=4h, median 7.2h. IPAP 18 EPAP 6. Leak 95th 22 L/min. AHI 3.1.",
    # AU, personal alarm
    "Alert log - personal alarm service\n"
    "client [[PERSON|name:Beryl Stone]] [[AGE|date:93]], [[ADDRESS|geo:2/14 Reef St, Eden NSW 2551]]\n"
    "pendant ID [[DEVICE|device:MP-771902]]\n"
    "04:12 FALL DETECTED -> call to client, no answer -> responder 1 (son) [[PHONE|phone:0428 664 015]] -> attended 04:31, client OK, helped up.\n"
    "ambulance not required.",
    # US, patch monitor report
    "Ambulatory ECG patch report\n"
    "Patient: [[PERSON|name:Priya Raman]]   MRN [[ID|mrn:A-3310984]]\n"
    "Patch serial [[DEVICE|device:Q5221094787]], applied [[DATE|date:3/1/24]], 13d 22h analyzable\n"
    "Predominant NSR, avg HR 78. 3 runs SVT, longest 9 beats. PVC burden <1%. Pt-triggered events x4 = sinus tach.\n"
    "Ordering: [[PERSON|name:Gregory Hsu]], MD",
    # DE, home dialysis telemetry
    "Telemonitoring Heimdialyse - [[LOCATION|geo:KfH Nierenzentrum Bad Homburg]]\n"
    "Pat.-ID [[ID|mrn:KfH-0044172]]  [[PERSON|name:Wolfgang Brandt]]\n"
    "Cycler HomeChoice Claria, SN [[DEVICE|device:HC2K0118834]], Geräte-IP [[IP|ip:192.168.178.44]]\n"
    'Letzte Übertragung: UF gesamt 1.240 ml, 4 Wechsel, Alarm "Drain low" 02:14. Ehefrau telefonisch informiert.',
    # US, CGM follow alerts
    "CGM follow-alert log (exported)\n"
    "sharer: [[PERSON|name:Logan Reese]] ([[AGE|other:11]])   follower: [[PERSON|name:Amanda Reese]] [[PHONE|phone:+1 480 663 0133]]\n"
    "[[DATE|date:03/21/2024]] 02:47 URGENT LOW 52 mg/dL (down arrows)\n"
    "03:05 LOW 66 mg/dL (rising)\n"
    "transmitter [[DEVICE|device:8H9KL2]]\n"
    "school nurse notified re overnight lows.",
    # AU, RTLS wander tag
    "RTLS event - [[LOCATION|geo:Prince of Wales Hospital]]\n"
    "Tag [[DEVICE|device:AE-0F-22-41-77-9C]] (wander bracelet) assigned to pt [[PERSON|name:Doris Mayne]], UR [[ID|mrn:PW7710233]], ward C7N\n"
    "19:52 exit zone C7N-lift lobby - ALARM - responded by [[PERSON|name:T. Nakamura]] RN 19:54, pt redirected to room.",
    # US, central station audit
    "Central station alarm audit\n"
    "bed ICU-07   monitor MX800 SN [[DEVICE|device:DE63917452]]   IP [[IP|ip:172.16.40.27]]\n"
    "pt [[PERSON|name:Okonkwo, Chidi]] adm [[DATE|date:03/19]]\n"
    "***SpO2 LOW 84  04:10:22  ack by [[ID|other:rnmlopez]] (badge + fingerprint [[ID|biometric:FPT-20931]]) 04:10:51\n"
    "***ART DISCONN  04:31:08  silenced 04:31:40 (line zeroed)",
    # UK, loop recorder
    "ILR remote check - LINQ II, serial [[DEVICE|device:RLB207744G]]\n"
    "Mr [[PERSON|name:Alan Fairweather]], [[ADDRESS|geo:6 Vicarage Rd, Sale M33 2AA]], NHS [[ID|health_plan:475 301 8822]]\n"
    "Episode [[DATE|date:10 Mar]] 03:22 - pause 4.2 s, symptomatic (pt-activated). Plan admit for PPM.\n"
    "Called pt at 11:05, wife answered.",
    # US, RPM CSV paste
    "RPM dashboard export (pasted)\n"
    "patient_name,device_id,reading_ts,weight_lb\n"
    '"[[PERSON|name:Luther Simms]]",[[DEVICE|device:BT-SCALE-009182]],[[DATE|date:2024-03-20]] 06:02,214.6\n'
    '"[[PERSON|name:Luther Simms]]",[[DEVICE|device:BT-SCALE-009182]],[[DATE|date:2024-03-21]] 06:05,217.9\n'
    "ALERT +3.3 lb/24h -> RN called pt [[PHONE|phone:(843) 719-0102]], extra furosemide 40mg x1 per protocol.",
]

RESEARCH_ENROLMENT = [
    # US, screening log
    "Screening log - Protocol CKD-301\n"
    "Subject ID [[ID|other:301-014-0087]]\n"
    "Name (site file only): [[PERSON|name:Jamal R. Mitchell]]  DOB [[DATE|date:05/19/1966]]  MRN [[ID|mrn:11029847]]\n"
    "Consented by CRC. Inclusion: eGFR 45, HbA1c 8.1 - eligible.\n"
    "Stipend card issued: [[ID|account:4044 9911 0028 3317]]",
    # AU, biobank consent
    "[[LOCATION|geo:Garvan Institute]] biobank - consent record\n"
    "Participant: [[PERSON|name:Tamsin Rowe]], Medicare [[ID|health_plan:6120 44817 2]]\n"
    "Biobank ID [[ID|other:GVN-B-022918]]. Samples: 2 x EDTA, 1 x SST, spun 1500g.\n"
    "Consent to recontact: YES, via [[EMAIL|email:tamsin.rowe@uqconnect.edu.au]]\n"
    "Witness signed.",
    # CH, Einverständnis
    "Einverständniserklärung Studienteilnahme - [[LOCATION|geo:Inselspital]]\n"
    "Teilnehmer-Nr. [[ID|other:INS-CV-0192]]\n"
    "Name [[PERSON|name:Reto Brunner]], geb. [[DATE|date:14.08.1971]], AHV-Nr. [[ID|ssn:756.4471.2290.18]]\n"
    "Iris-Template für Zugang zum Studienportal hinterlegt: [[ID|biometric:IRIS-7A0C-4471]]",
    # US, PrEP study with fingerprint
    "PARTICIPANT ENROLLMENT - PrEP adherence study\n"
    "PID [[ID|other:PRP-2210]]\n"
    'Legal name [[PERSON|name:Andre Baptiste]], goes by "[[PERSON|name:Dre]]"\n'
    "Fingerprint enrolled on payment kiosk, template ID [[ID|biometric:BIO-88120-R]]\n"
    "Photo for study ID badge on file: [[ID|photo:PRP2210_photo.jpg]]\n"
    "ok to text. TDF DBS levels at wk 4, 12, 24.",
    # UK, NIHR portfolio recruitment
    "Recruitment note - REC ref 23/NW/0144, IRAS 318822\n"
    "Pt [[PERSON|name:Ruth Fenwick]], hosp no [[ID|mrn:RVJ448102]], approached [[DATE|date:11/03/2024]] on ward 9B, [[LOCATION|geo:Southmead Hospital]].\n"
    "PIS v3.0 given; consented 48h later. Study no. [[ID|other:TRAC-BRS-0071]].\n"
    "GP letter sent to [[LOCATION|geo:Bradley Stoke Surgery]].",
    # AU, community health study
    "Enrolment - community health study (HREC/23/QCH/112)\n"
    "Participant [[PERSON|name:Kirra Walker]], [[AGE|other:27]], [[LOCATION|geo:Yarrabah]]. Study code [[ID|other:YAR-0043]].\n"
    "Consented with Aboriginal health worker Aunty [[PERSON|name:Lorraine Fourmile]] present. Photo consent: NO.\n"
    "Voucher $50 given [[DATE|date:12 March]].",
    # US, wearable sub-study
    "Wearable sub-study - visit 2\n"
    "Subject [[ID|other:WS-1044]] ([[PERSON|name:Nora Lindgren]], DOB [[DATE|date:8/14/1958]])\n"
    "Accelerometer GT9X serial [[DEVICE|device:TAS1E33180449]] returned after 14 days. Wear time 94%.\n"
    "Uploaded under site account [[ID|other:nlindgren_ws1044]].\n"
    "Mileage reimbursement: 42 mi round trip.",
    # ES, registro de inclusión
    "Registro de inclusión - ensayo EudraCT 2022-500114-38\n"
    "[[LOCATION|geo:Hospital Universitario La Paz]]\n"
    "Paciente [[PERSON|name:Lucía Fernández Gil]], NHC [[ID|mrn:30019284]]\n"
    "Código en el estudio: [[ID|other:ES-03-0117]]. Firma del CI [[DATE|date:06/03/2024]] ante testigo.\n"
    "Retinografía basal: [[ID|photo:RET_ES030117_OD.tif]]",
    # US, cancer registry
    "Cancer registry abstract\n"
    "Name: [[PERSON|name:WHITEHORSE, Lena]]   SSN [[ID|ssn:528-90-1147]]\n"
    "Address at dx: [[ADDRESS|geo:Rt 2 Box 114, Shiprock, NM 87420]]\n"
    "Date of dx: [[DATE|date:11/2023]]   Primary site C50.4, ER+/PR+/HER2-, grade 2\n"
    "Reporting facility: [[LOCATION|geo:Northern Navajo Medical Center]], accession [[ID|mrn:2023-00871]]",
    # AU, older driver study with vehicle
    "Older driver study - enrolment\n"
    "Participant [[PERSON|name:Neville Burke]] from [[LOCATION|geo:Bendigo]]\n"
    "Driver licence (VIC) [[ID|license:044718221]]\n"
    "Vehicle fitted with data logger: Toyota Corolla, rego [[VEHICLE|vehicle:ZKM 447]], VIN [[VEHICLE|vehicle:JTNKU3JE60J128841]]\n"
    "Logger SN [[DEVICE|device:DL-3308]]",
    # UK, genomics
    "Genomics enrolment - [[LOCATION|geo:Great Ormond Street Hospital]]\n"
    "Proband [[PERSON|name:Alfie Doyle]] (DOB [[DATE|date:22/07/2019]]), trio with both parents. Participant ID [[ID|other:GEL-118820]]\n"
    "Facial photographs for dysmorphology review: [[ID|photo:AD_face_front.jpg]], [[ID|photo:AD_face_lat.jpg]]",
    # US, eConsent
    "eConsent completed (REDCap)\n"
    "record_id [[ID|other:1187-SM]]   participant [[PERSON|name:Sofia Marin]]   email [[EMAIL|email:sofiam.94@yahoo.com]]\n"
    "signed [[DATE|date:2024-03-08]] 19:22 from IP [[IP|ip:73.158.42.201]]\n"
    "survey link [[URL|url:https://redcap.uw.edu/surveys/?s=KJ7XRD9EMP]]",
]

CARE_COORDINATION = [
    # US, telephone encounter
    "TELEPHONE ENCOUNTER [[DATE|date:3/19/2024]] 11:42\n"
    "Caller: [[PERSON|name:Hope Delacroix]] (daughter/POA) re: [[PERSON|name:Marguerite Delacroix]]\n"
    "CB: [[PHONE|phone:337-781-0143]] (cell)\n"
    "Msg: mom discharged from [[LOCATION|geo:Lafayette General]] Friday, home health hasnt called. Wants referral re-sent to agency fax [[PHONE|fax:337-781-0160]].\n"
    "Routed to RN CM.",
    # AU, patient transport booking
    "TRANSPORT BOOKING - non-emergency patient transport\n"
    "Booking ref [[ID|other:PTB-24-118840]]\n"
    "Pt: [[PERSON|name:Vince Albanese]], wheelchair, O2 2L\n"
    "Pick up [[DATE|date:26/03/24]] 07:15 from [[ADDRESS|geo:3 Kookaburra Ct, Berri SA 5343]] -> renal clinic 10:00\n"
    "Escort: wife\n"
    "Vehicle allocated: [[VEHICLE|vehicle:S447XJA]]",
    # UK, discharge to assess phone log
    "D2A phone log\n"
    "[[DATE|date:14/03]] 14:05 rang [[LOCATION|geo:Brookvale Care Home]] re Mrs [[PERSON|name:Edna Clarke]] ([[AGE|date:95]]). Manager says bed available Monday.\n"
    "14:20 rang son, no answer, VM left. 14:45 emailed him at [[EMAIL|email:mclarke1961@btinternet.com]].",
    # US, case manager
    "CM note: Spoke w/ [[PERSON|name:Dale Burris]] re dc needs. Lives alone in trailer at [[ADDRESS|geo:Lot 14, 2200 Hwy 90 W, Crestview, FL 32536]]. No car (truck repossessed). "
    "Needs DME: hospital bed, RW. Humana MA [[ID|health_plan:H1036-447-82910]]. Referred to Meals on Wheels. "
    "Sister [[PERSON|name:Jolene]] [[PHONE|phone:850 494 0117]] can check weekly.",
    # AU, home care roster
    "HOME CARE ROSTER wk commencing [[DATE|date:25/03]]\n"
    "Client | Address | Time | Worker\n"
    "[[PERSON|name:Rosa Bianchi]] | [[ADDRESS|geo:8 Hope St, Bankstown NSW 2200]] | 0800 shower | [[PERSON|name:Mark]]\n"
    "[[PERSON|name:Len Young]] | [[ADDRESS|geo:41/120 Chapel Rd, Bankstown 2200]] | 0930 meds prompt | [[PERSON|name:Mark]]",
    # US, NEMT trip
    "NEMT trip request\n"
    "Trip # [[ID|other:T-88124071]]\n"
    "Member [[PERSON|name:Jasmine Ortiz]]   Medicaid [[ID|health_plan:CC44918E]]\n"
    "PU 06:30 [[ADDRESS|geo:1420 Grand Concourse Apt 6F, Bronx, NY 10456]]\n"
    "DO dialysis unit, return 11:30. Van plate [[VEHICLE|vehicle:T651802C]]",
    # DE, Sozialdienst phone note
    "Sozialdienst - Telefonnotiz\n"
    "Fr. [[PERSON|name:Anke Schulz]] (Tochter) ruft an wg. Kurzzeitpflege für Vater [[PERSON|name:Dieter Schulz]], [[AGE|other:88]] J.\n"
    "Pflegegrad 3, Pflegekasse AOK Niedersachsen, Vers.-Nr. [[ID|health_plan:D119447023]]\n"
    "Platz angefragt: [[LOCATION|geo:Seniorenzentrum Am Maschsee]]. Rückruf per E-Mail: [[EMAIL|email:anke.schulz@gmx.de]]",
    # AU, DVA transport
    "DVA transport booked - [[PERSON|name:Ray Kingston]], Gold Card [[ID|health_plan:VX 228109]]\n"
    "[[DATE|date:28 March]] 0900 taxi from [[LOCATION|geo:Glenelg]] to oncology\n"
    "rang 3:10pm on [[PHONE|phone:8295 4412]] - confirmed, he'll bring the walker. wife [[PERSON|name:June]] coming too.",
    # AU, chronic care nurse phone log with interpreter
    "phone call log - chronic care nurse\n"
    "10:12 called Mrs [[PERSON|name:Kowalska]] via TIS Polish interpreter #[[ID|other:40117]]. lives [[LOCATION|geo:Ashfield]].\n"
    "discussed insulin change (Optisulin 18u -> 20u). granddaughter [[PERSON|name:Zuzia]] texts for her: [[PHONE|phone:0412 559 031]].",
    # US, home health email
    "From: [[PERSON|name:Carla Jennings]] <[[EMAIL|email:cjennings@homecarepartners-ok.com]]>\n"
    "Subject: SOC for [[PERSON|name:Wendell Price]]\n"
    "SOC visit set [[DATE|date:3/22]] 2pm at [[ADDRESS|geo:609 S Boston Ave #1404, Tulsa, OK 74119]]. Gate code 4471#. Need signed 485 + face-to-face.\n"
    "His daughter says best # is [[PHONE|phone:918.693.0183]].",
    # AU, My Aged Care phone log
    "ph log - rang My Aged Care re client [[PERSON|name:Betty Mcinerney]], MAC ID [[ID|other:AC41102887]]. ACAT referral still outstanding.\n"
    "client lives [[LOCATION|geo:Nowra]], daughter [[PERSON|name:Kerry-Anne]] [[PHONE|phone:0409 117 332]] is main contact, works nights, call after 2.",
    # US, outreach case manager
    "Outreach CM note [[DATE|date:03/14/24]]\n"
    "Client [[PERSON|name:Tommy Reyes]] ('[[PERSON|name:Tiny]]') sleeping in his vehicle, grey Ford Econoline CA plate [[VEHICLE|vehicle:8KPL217]], parked near [[LOCATION|geo:Ocean Beach]].\n"
    "Helped apply for CalFresh; replacement SS card requested (SSN [[ID|ssn:603-18-4471]]).",
]

STYLES = [
    ("progress-note", PROGRESS_NOTE),
    ("discharge-summary", DISCHARGE_SUMMARY),
    ("gp-referral", GP_REFERRAL),
    ("nursing-shorthand", NURSING_SHORTHAND),
    ("pharmacy", PHARMACY),
    ("telehealth", TELEHEALTH),
    ("billing", BILLING),
    ("device-telemetry", DEVICE_TELEMETRY),
    ("research-enrolment", RESEARCH_ENROLMENT),
    ("care-coordination", CARE_COORDINATION),
]


def main() -> None:
    print(f"probe25: {write_styled(OUT, STYLES)} docs")


if __name__ == "__main__":
    main()
