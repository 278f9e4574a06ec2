"""Write the 11th hand-annotated redaction probe, realistic clinical documents in ten styles.

Why: the earlier probes lean on short, identifier-dense sentences. Real charts are messier:
headers of key: value pairs, ward handover lists, medication reconciliation tables typed as
text, billing lines with invoice and claim numbers, device logs with timestamps, serials, IPs
and MAC addresses, research enrolment sheets, telehealth links, and clinic letters from
continental Europe written in English with local words (Herr, Frau, mevrouw, Mme, Sig.ra, née,
geb., ul.). This probe measures the engine on that texture, written by an author who has never
read the engine, with names that are unusual (particles, Mac/Mc, O', Ni/Nic, Ng, Le, Do, Ho,
hyphenated), staff named by first name only, nicknames, towns that are ordinary words (Normal,
Mobile, Hope, Orange, Banana, Paradise, Bland, Ware, Mold, Bath, Nice, Sale, Eagle) and plenty
of text that only looks like an identifier (doses, lab ranges, bed and room numbers, times,
model numbers, MBS/CPT/ICD codes, trial registration numbers, extensions, group numbers).

What: 150 notes, 15 in each of ten styles (progress-note, discharge-summary, gp-referral,
nursing-shorthand, pharmacy, telehealth, billing, device-telemetry, research-enrolment,
eu-clinic-letter). Patients and staff come from the US (about 30%), Australia (30%), the UK and
Ireland (20%) and continental Europe (20%). Every one of the 18 Safe Harbor categories appears at
least five times. Identifiers are marked inline as ``[[LABEL|category:text]]``; titles stay
outside name spans, a full street address is one span, a town, suburb or named facility alone
is a location, ages up to 89 are ``AGE|other`` and 90 or more ``AGE|date``, and only the date
part of an ISO timestamp is marked. Every person, number and address is invented.

How to run: ``cd /work/main && .venv/bin/python scripts/make_probe11_corpus.py`` writes
``corpus/redaction/probe11.jsonl`` (byte-reproducible).
"""

from __future__ import annotations

from pathlib import Path

from make_safe_harbor_suite import write_styled

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "corpus" / "redaction" / "probe11.jsonl"

# Locale of each note in a trailing comment: US, AU, UK, IE, EU (country).

PROGRESS_NOTE: list[str] = [
    # US
    'PROGRESS NOTE - HOSPITALIST SERVICE\nPt: [[PERSON|name:DeShawn O\'Malley-Reyes]]    MRN: [[ID|mrn:004417829]]    DOB: [[DATE|date:07/22/1958]] ([[AGE|other:66]] y/o M)\nAdmit date: [[DATE|date:11/02/2024]]    Attending: Dr. [[PERSON|name:Priyanka Venkataraman]]\n\nS: feels "a little better". Ambulated to nurses station x2 w/ RN [[PERSON|name:Kate]]. Wife [[PERSON|name:Lorraine]] at bedside overnight.\nO: Tmax 37.8  HR 96  BP 142/88  RR 20  SpO2 94% 2L NC\n   WBC 13.2 (ref 4.5-11.0)  plt 212 (150-400)  Cr 1.4  lactate 1.1\nA/P: CAP, improving.\n - cont ceftriaxone 1 g IV q24h, azithro 500 mg PO day 3/5\n - PT/OT eval\n - dispo: likely home to [[LOCATION|geo:Elizabethtown]] Thurs if afebrile x24h',
    # US
    "pt seen & examined. c/o mild HA, neuro intact, no focal deficits. BP 128/74. plan unchanged, d/w Dr [[PERSON|name:Ho]] at 1630.",
    # US
    'Interval hx: Mr [[PERSON|name:Bill Young]] ([[AGE|other:81]]M). Daughter [[PERSON|name:Hope]] called from [[LOCATION|geo:Normal]], IL at 0915, says he "wasn\'t himself" Sunday. SW ([[PERSON|name:Mark]]) to see re SNF placement. Remains on 2L, BNP 1,840 (was 2,310). Cont IV furosemide 40 mg BID, strict I/O.',
    # US
    "MICU DAY 4 -- [[PERSON|name:Nguyen Thi Lan]]\nMRN[[ID|mrn:M2290417]] | Bed 12 | FULL CODE\nOvernight: norepi weaned off at 0300. Vent PRVC 450/14/PEEP 8/FiO2 40%.\nLines: R IJ CVC day 5 (placed by Dr [[PERSON|name:Le]], fellow).\nFamily: son is HCPOA, prefers Vietnamese interpreter (interpreter ID [[ID|other:VI-20931]]).\nPlan: SBT in AM.",
    # US
    "Tele progress note\n[[PERSON|name:Marisol de la Cruz]] | [[AGE|other:47]] F | HD#2 syncope\nTele: 2 runs NSVT (6 beats) overnight, 0212 and 0447. K 3.4 -> repleted 40 mEq. Mg 1.9.\nEP (Dr [[PERSON|name:Van Dyke]]) recs loop recorder vs EPS; pt wants to discuss with husband first.\nPCP is in [[LOCATION|geo:Mobile]], AL - records requested.",
    # AU
    "WARD 7B PROGRESS NOTE  [[DATE|date:14/03/2024]] 1420hrs\nPt: [[PERSON|name:KOWALCZYK-BROWN, Tessa]]   UR:[[ID|mrn:00712458]]\nSeen with Dr [[PERSON|name:Ng]] (surg reg). Post-op D2 lap chole. Pain 3/10, tolerating light diet. Drain 40mL serous.\nMum ([[PERSON|name:Shaz]]) rang, updated.\nPlan: remove drain, d/c tomorrow to [[ADDRESS|geo:4/18 Bent St, Moe VIC 3825]] if obs stable. GP f/u 7-10/7.",
    # AU
    "ADDENDUM 2245: spoke to [[PERSON|name:Priya]] on ward 3 re bed for [[PERSON|name:Jarrah McAllister]] - none till AM. Reg ([[PERSON|name:Tom]]) aware. Nil else.",
    # AU
    "GEM PROGRESS NOTE\n[[PERSON|name:Edna Rose Featherstonehaugh]], [[AGE|date:93]]yo, UR [[ID|mrn:3318842]]. DVA Gold Card [[ID|health_plan:NX123456]].\nDelirium settling, slept 2200-0600. Na 131 (135-145). MMSE 19/30.\nPlan: RACF r/v Fri, family meeting 1400 room 2.",
    # AU
    "MH progress note. Client [[PERSON|name:Ngaire Te Whata]] attended w/ case mgr. Reports staying w/ cousin in [[LOCATION|geo:Seaford]] since the fire, new mob number given to reception.\nK10 = 28. Risk: low-mod, safety plan reviewed. Sertraline 100mg. Next appt in 2/52.",
    # AU
    "0730 WR (Dr [[PERSON|name:Sarah van der Merwe]], cardiology): Mrs [[PERSON|name:Ho]] comfortable overnight. Frusemide 40mg IV BD. Wt 78.4 -> 77.1 kg. Hb 98, trop 34 -> 41.\nPlan: TTE today. If trop rising, transfer [[LOCATION|geo:Royal Adelaide Hospital]] for angio.",
    # UK
    "Ward round - Thurs\n[[PERSON|name:Siobhan Ní Bhriain]] ([[AGE|other:29]]F), hosp no. [[ID|mrn:K1104837]]\nDay 2 hyperemesis gravidarum. Ketones 2+ -> trace. Tolerating sips, antiemetic changed to cyclizine 50mg TDS.\nSeen by Mr [[PERSON|name:Featherstone]] (consultant). Partner asking about a fit note - GP surgery is in [[LOCATION|geo:Bath]].",
    # UK
    "PN 02:10 - [[PERSON|name:MacGillivray, Hamish]] (CHI [[ID|health_plan:0101456782]]) agitated, pulled out cannula. Security called. FY1 [[PERSON|name:Aoife]] reviewed, haloperidol 0.5 mg IM given 02:25 with good effect. Lives in [[LOCATION|geo:Kirkcaldy]]; wife informed by phone.",
    # IE
    "PROGRESS NOTE\nCOPD exac day 3, [[PERSON|name:Pádraig Ó Súilleabháin]]. Pred 40mg day 3/5. PEFR 210. ABG pH 7.38, pCO2 6.1. Daughter travelling from [[LOCATION|geo:Ballina]] tonight. For resp r/v.",
    # EU (NL)
    "Voortgangsnotitie / progress note\nmevrouw [[PERSON|name:A. van der Berg-Smit]], geb. [[DATE|date:03-08-1949]], ZIS-nr [[ID|mrn:7734019]]\nDag 3 na THP links. Mobiliseert met rollator. Hb 6.1 mmol/L.\nDaughter asks about revalidatie closer to home.",
    # EU (DE)
    "Verlaufsnotiz 07:30 - Herr [[PERSON|name:Jürgen Müller-Lüdenscheidt]], Station 4B Zi. 12\nPneumonie re. UL, CRP 142 -> 88 mg/l. Temp 37,4.\nTochter Frau [[PERSON|name:Heike Brandtner]] bittet um Rückruf: [[PHONE|phone:+49 171 4482093]].",
]

DISCHARGE_SUMMARY: list[str] = [
    # US
    "DISCHARGE SUMMARY\nPatient: [[PERSON|name:LaToya Washington-Briggs]]   MRN: [[ID|mrn:10938476]]   DOB: [[DATE|date:1972-05-30]]\nLOS 4 days\nAttending: [[PERSON|name:Michael J. Oyelaran]], MD (NPI [[ID|license:1538294716]])\n\nDx: DKA precipitated by insulin omission. A1c 11.2%.\nCourse: insulin gtt x 18h, transitioned to glargine 24 units qHS + lispro SSI. Seen by diabetes educator x2.\nDisposition: home, [[ADDRESS|geo:2218 Magnolia Ave Apt 3C, Jackson, MS 39204]].\nFollow-up: PCP in 1 wk.\ncc: PCP office fax [[PHONE|fax:601-364-8870]]",
    # US
    'D/C SUMMARY - [[LOCATION|geo:VA Palo Alto]]\nVeteran: [[PERSON|name:Ramon Castillo-Ybarra]] ("[[PERSON|name:Ray]]")  SSN [[ID|ssn:531-48-2290]]\nAdmit [[DATE|date:Jan 3, 2025]] - alcohol withdrawal, CIWA max 22, no seizures. Lorazepam taper completed.\nPt\'s truck (CA plate [[VEHICLE|vehicle:8KXT412]]) remains in Lot C; keys held by Officer [[PERSON|name:Diaz]], VA police.\nFollow-up: SATP intake. AA sponsor [[PERSON|name:Gene]] will drive him, cell [[PHONE|phone:650-493-7718]]. Thiamine 100 mg daily, naltrexone 50 mg daily.',
    # US
    "PEDIATRIC D/C SUMMARY\n[[PERSON|name:Amani Okonkwo-Hill]], preschooler, bronchiolitis/RSV+. O2 weaned HD3. D/c wt 16.2 kg. Albuterol trial no response, not prescribed.\nF/u with Dr [[PERSON|name:Faith Bellamy]] 2-3 days. Return precautions given to mother.",
    # US
    "Discharge Summary (abbrev.)\n[[PERSON|name:Herbert Lindqvist]], [[AGE|date:91]]M, admitted [[DATE|date:October 2nd]] with L femoral neck fx after fall.\nProcedure: L hemiarthroplasty (Dr [[PERSON|name:Ostrowski]]).\nImplant: femoral stem, serial [[DEVICE|device:ZB6613098847]] (size 12, 130 deg).\nD/C to [[LOCATION|geo:Walker Methodist Health Center]] for rehab. POLST on chart. WBAT. Enoxaparin 40 mg daily x 28 days.",
    # US
    "DISCHARGE SUMMARY - OB\nPt [[PERSON|name:Kayleigh Do]], G2P2, SVD [[DATE|date:June 6 2024]] 0412, baby boy 3.41 kg, Apgars 8/9.\nMRN\n[[ID|mrn:33109427]]\nRh neg - RhoGAM given. Hgb 9.8 -> FeSO4 325 mg daily.\nBC: desires Nexplanon at PP visit.\nCoverage: MO HealthNet DCN [[ID|health_plan:10482275]]",
    # AU
    "DISCHARGE SUMMARY - [[LOCATION|geo:Royal Brisbane and Women's Hospital]]\nPatient: [[PERSON|name:Aroha Ngata-Williams]]\nMedicare: [[ID|health_plan:2953 41872 1]]   IHI: [[ID|health_plan:8003 6080 0123 4567]]\nPrincipal dx: cellulitis L lower leg. IV flucloxacillin 2g QID -> oral cephalexin 500mg QID x7/7.\nLives in [[LOCATION|geo:Banana]], QLD - long drive, GP to review wound day 3.\nCopy to GP by fax [[PHONE|fax:07 4992 1177]].",
    # AU
    "D/S  [[PERSON|name:Billy-Ray Ah Kee]]  URN [[ID|mrn:B771204]]  [[AGE|other:58]]M\nAdmitted [[DATE|date:Boxing Day]] w/ NSTEMI. PCI to LAD, DES x1. EF 45%.\nDAPT 12 months: aspirin 100mg + ticagrelor 90mg BD. Atorva 80. Metoprolol 23.75mg.\nDriving: no private driving 2/52; no commercial driving until cardiology r/v.",
    # AU
    'DISCHARGE SUMMARY\nName: Mrs [[PERSON|name:Dorothy Pemberton]] ("[[PERSON|name:Dot]]")  Age [[AGE|date:97]]\nFrom/To: RACF (high care)\nDx: UTI with delirium. E. coli >10^8 CFU/L, sensitive to cephalexin.\nACD sighted - NFR, not for ICU.\nEPOA: nephew [[PERSON|name:Graham Whitlock]], [[EMAIL|email:g.whitlock@bigpond.com]]',
    # AU
    "DISCHARGE SUMMARY - SHORT STAY\n[[PERSON|name:Lee Do]], [[AGE|other:33]]F. Fell from e-scooter in [[LOCATION|geo:Fortitude Valley]] ~0100. CT brain NAD. C-spine cleared clinically.\nChin lac 3cm sutured (5x 5-0 nylon), ROS 5/7. Wound photo: [[ID|photo:IMG_4471_chin_lac.jpg]]\nADT booster given.",
    # AU
    "Transfer summary - pt transferred to [[LOCATION|geo:Orange Health Service]] for ongoing care closer to family. Accepting: Dr [[PERSON|name:Will Fairweather]]. Arabic interpreter needed for all consults.",
    # UK
    "DISCHARGE LETTER\n[[PERSON|name:Ebony Fairclough-Mensah]]   NHS [[ID|health_plan:943 476 5919]]\nAddress: [[ADDRESS|geo:Flat 2, 17 Gloucester Road, Bristol BS7 8AE]]\nAdmitted with pyelonephritis; blood cultures E. coli. Gentamicin x1 then co-amoxiclav.\nTTO: co-amoxiclav 625mg TDS to complete 14 days. eGFR 74.\nConsultant: Dr [[PERSON|name:Rhys ap Gwilym]]",
    # UK
    "Discharge summary - Stroke unit, [[LOCATION|geo:Royal Hallamshire]]\nMr [[PERSON|name:Terence Hough]] ('[[PERSON|name:Terry]]')\nL MCA infarct [[DATE|date:1st December 2024]]; thrombolysed 14:20. NIHSS 11 -> 4.\nDVLA: must not drive, pt informed. Car reg [[VEHICLE|vehicle:YK19 ZTW]] to be collected from P3 by family.\nESD team to visit at home: [[ADDRESS|geo:36 Abbeydale Road South, Sheffield S7 2QN]].",
    # IE
    "DISCHARGE SUMMARY - [[LOCATION|geo:Cork University Hospital]]\nName: [[PERSON|name:Caoimhe Mac Carthaigh]]   GMS no. [[ID|health_plan:2418833C]]   PPSN [[ID|ssn:8841207TA]]\nDx: anorexia nervosa, refeeding. Phos 0.58 -> 1.02. BMI 14.9 -> 15.6.\nD/c to specialist ED programme, bed confirmed by bed manager.",
    # EU (FR)
    "Compte rendu d'hospitalisation / discharge summary\nMme [[PERSON|name:Hélène Dupont-Aignan]], née [[PERSON|name:Lefèvre]]\nRétrécissement aortique serré -> TAVI 26 mm (SAPIEN 3), serial [[DEVICE|device:7731882]]. Suites simples.\nTraitement: clopidogrel 75 mg x 6 mois.\nMédecin traitant: Dr [[PERSON|name:Benali]], [[LOCATION|geo:Nice]].",
    # EU (IT)
    "LETTERA DI DIMISSIONE\nSig.ra [[PERSON|name:Giuseppina Lo Presti]], nata a [[LOCATION|geo:Agrigento]]\nCodice fiscale [[ID|ssn:LPRGPP41M57A089K]]\nDiagnosi: scompenso cardiaco. NT-proBNP 4.200 pg/mL, FE 35%.\nTerapia: furosemide 25 mg 2 cp, bisoprololo 2,5 mg.\nFiglio cell. [[PHONE|phone:+39 347 882 1093]]",
]

GP_REFERRAL: list[str] = [
    # AU
    "[[LOCATION|geo:Tea Gardens Family Medical]]\nFax [[PHONE|fax:(02) 4997 0199]]\n\n[[DATE|date:21 August 2024]]\n\nDr [[PERSON|name:Anjali Sood]]\nRheumatologist\n\nDear [[PERSON|name:Anjali]],\n\nRe: Mr [[PERSON|name:Kevin O'Rourke]], DOB [[DATE|date:04/04/1967]]\nMedicare [[ID|health_plan:4283 51029 3]] IRN 2\n\nThank you for seeing [[PERSON|name:Kevin]] with a 3-month history of symmetrical polyarthritis (MCPs, wrists). RF 64, anti-CCP >340, CRP 38, ESR 52. I have started prednisolone 10mg daily and would value your opinion re DMARDs.\n\nYours sincerely,\n\nDr [[PERSON|name:Mei-Ling Ho]]\nProvider no. [[ID|license:2417763B]]",
    # AU
    "Referral - physio\nHi, pls see [[PERSON|name:Tane]] ([[AGE|other:16]]) re recurrent L ankle sprain (3rd this season, plays footy). Anterior drawer lax. Mum will call to book. Thanks",
    # AU
    "REFERRAL - GASTROENTEROLOGY\nTo: A/Prof [[PERSON|name:Dimitrios Papadopoulos]]\nFrom: Dr [[PERSON|name:Siobhan Lalor]], [[LOCATION|geo:Sale Medical Centre]]\nPatient: [[PERSON|name:Ruby-Mae Tuilagi]]\nReason: IDA (ferritin 6, Hb 96), tTG-IgA 128 U/mL (<15). ?coeliac. Please consider gastroscopy + D2 biopsies.\nReferral valid 12 months.",
    # AU
    "eReferral - Mental Health Treatment Plan\nGP: Dr [[PERSON|name:Aaron Le]]   AHPRA [[ID|license:MED0001987654]]\nPatient: [[PERSON|name:Sienna Blackwood-Tan]], lives in [[LOCATION|geo:Paradise]] (SA)\nDASS-21: D 24 / A 18 / S 26. MBS item 2715. 6 sessions requested. Prefers female psychologist, telehealth ok.",
    # AU
    "Dear Dr,\nthank you for seeing [[PERSON|name:Kenji Nakamura-Bell]], a truckie based in [[LOCATION|geo:Dubbo]]. He needs a sleep study for his HR licence (licence no. [[ID|license:18293746]]). ESS 17, BMI 38, neck 46cm. Wife [[PERSON|name:Sunny]] reports witnessed apnoeas.\nRegards",
    # US
    "REFERRAL ORDER\nReferring provider: [[PERSON|name:Jennifer Kowalski-Ruiz]], PA-C (NPI [[ID|license:1902847361]])\nReferred to: Cardiology\nPt: [[PERSON|name:Ernest McGillicuddy]]\nIns: Humana Medicare Advantage, member ID [[ID|health_plan:H38120947]]\nReason: new AF, CHA2DS2-VASc 4. Apixaban 5 mg BID started.\nPrior auth pending\nFax records to [[PHONE|fax:(859) 260-4412]]",
    # US
    "Pt referred to PT for L knee OA. [[PERSON|name:Rose]] is a [[AGE|other:68]] yo retired teacher from [[LOCATION|geo:Independence]], MO. Please eval & treat 2x/wk x 6 wk. Dx M17.12. -Dr [[PERSON|name:Kim]]",
    # US
    "Behavioral health referral\nClient: [[PERSON|name:Dakota Yazzie]] (goes by [[PERSON|name:Kody]]), [[AGE|other:17]]M\nSchool: [[LOCATION|geo:Window Rock High School]]\nPHQ-A 19, passive SI, no plan. Safety plan completed with grandmother. No cell service at home - leave msg with school counselor.",
    # US
    "E-CONSULT - Dermatology\nQ: middle-aged F with 8 mm irregular pigmented lesion R scapula, enlarging x 3 mo. Dermoscopy: atypical network. Photos attached: [[ID|photo:DERM_0332_back_R.jpg]], [[ID|photo:DERM_0333_dermoscopy.jpg]]. Excise here or refer?",
    # US
    "Referral: ortho spine\nFrom: [[LOCATION|geo:Eagle Family Clinic]], [[ADDRESS|geo:1020 E State St, Eagle, ID 83616]]\nRe: [[PERSON|name:Tyrell Banks]], SSN [[ID|ssn:518-22-9034]] (workers comp claim [[ID|other:WC-ID-2024-118840]])\nL4-5 HNP on MRI; failed 6 wk PT + gabapentin 300 mg TID. SLR + at 40 deg.\nCase mgr: [[PERSON|name:Shawna]], ext 14",
    # UK
    "Dear Colleague,\n\nRe: Mrs [[PERSON|name:Gwenllian Pryce-Jones]], NHS No: [[ID|health_plan:4505577104]]\n\n2WW referral - suspected lower GI cancer. [[AGE|other:86]]-year-old with IDA (Hb 88, ferritin 9) and change in bowel habit. FIT 312 ug/g. She lives alone in [[LOCATION|geo:Mold]]; daughter will accompany.\n\nDr [[PERSON|name:Idris Vaughan]]\nGMC [[ID|license:7014588]]",
    # UK
    "GP referral - ENT\nPt: [[PERSON|name:Jayden Mahmood]] ([[AGE|other:9]]), [[ADDRESS|geo:12 Castleton Road, Hope, Hope Valley S33 6RD]]\nRecurrent tonsillitis x7 in 12 months, missed 3 wks school. Contact mum [[PHONE|phone:07700 918442]].\nDr [[PERSON|name:Hope]] (locum)",
    # UK
    "Referral to memory clinic\nName: [[PERSON|name:ASHDOWN, Winifred]] (known as [[PERSON|name:Winnie]]), [[AGE|date:90]]y\nLives in [[LOCATION|geo:Ware]], Herts with husband, who is also frail.\n6CIT 16/28. B12, folate, TFTs normal. CT head [[DATE|date:Sep 2024]]: small vessel disease.",
    # EU (DE)
    "Überweisung / referral\nPatientin: Frau [[PERSON|name:Katarzyna Nowak-Schäfer]], geb. [[DATE|date:09.12.1979]]\n[[ADDRESS|geo:Lindenstraße 14, 50674 Köln]]\nKVNR [[ID|health_plan:A123456780]] (AOK Rheinland)\nZiel: Neurologie\nFragestellung: MS? Parästhesien li. Arm; MRT mit 4 periventrikulären Läsionen.",
    # EU (ES)
    "Hoja de derivación: Sra. [[PERSON|name:María de los Ángeles García-Villanueva]], DNI [[ID|ssn:47382910K]], remitida desde atención primaria a Dermatología. Lesión pigmentada en espalda, ABCD 5,2.",
]

NURSING_SHORTHAND: list[str] = [
    # AU
    "HANDOVER 7B - PM -> ND\nbed 1 [[PERSON|name:smith]] - CP, trop neg x2, for d/c am\nbed 2 mr [[PERSON|name:ho]] - ?sepsis, BC x2 taken, IVABs 2000, obs 1/24, MET call 1730 (SBP 88)\nbed 3 [[PERSON|name:Jacinta Mc Namara]] [[AGE|other:89]]F - falls risk, bed alarm ON, daughter [[PERSON|name:Trish]] staying\nbed 4 EMPTY - admission from ED ~2100\nbed 5 [[PERSON|name:Van Rensburg]] - pain, endone 5mg 1900, BNO 4/7\nrn [[PERSON|name:kate]] in charge, [[PERSON|name:Lou]] on float",
    # AU
    "0200 pt found wandering in corridor, redirected to bed. states 'im going home to [[LOCATION|geo:Wodonga]]'. nil injury. obs stable. nurse in charge aware. reg not called.",
    # AU
    "nsg 1500: [[PERSON|name:Albie]] ([[PERSON|name:Albert Tjungurrayi]]) back from dialysis (renal unit). post wt 68.2. fistula thrill +. aunty wants him to go back to community ([[LOCATION|geo:Papunya]]) sat, ALO notified.",
    # AU
    "nsg: pt refsued obs x2. abusive to staff. code grey 2315. wife ([[PERSON|name:Dee]]) called [[PHONE|phone:0427-118-004]], says hes 'like this when he drinks'. CIWA 14. diazepam 10mg given per chart. his ute (rego [[VEHICLE|vehicle:ZQX-441]]) left in ambulance bay - security notified.",
    # AU
    "PAED HANDOVER\n- [[PERSON|name:Oliver Nguyen-Smith]] [[AGE|other:3]]yo - croup, 2x pred, settled, sats 97 RA.\n- [[PERSON|name:Matilda Rose O'Sullivan-Pike]] - bronchiolitis, HFNC 2L/kg, NGT feeds 3/24. mum gone home, contactable on [[PHONE|phone:0488 120 734]]\n- [[PERSON|name:Zayd]] - DNA'd surgical r/v, ?DCJ referral, case no [[ID|other:DCJ-2024-0047193]]",
    # US
    "RN note 0300: pt [[PERSON|name:Rosario]] c/o 8/10 abd pain. Dilaudid 0.5mg IV given per MAR (Pyxis fingerprint ID [[ID|biometric:PYX-FP-00912]]), reassessed 0330 4/10. NGT to LIWS, 350 mL bilious. Hospitalist paged x1, aware. Husband left # [[PHONE|phone:915-203-7781]] for updates.",
    # US
    "SBAR to night shift\nS: [[PERSON|name:Kowalski, Stan]] rm 412 - new confusion since 1800\nB: [[AGE|other:74]]M POD2 R TKA, hx EtOH (per son [[PERSON|name:Stevie]])\nA: CIWA 11, HR 112, diaphoretic, tremor\nR: CIWA q2h, notify MD if >15, fall precautions. Truck keys locked in security (Ford F-150, VIN [[VEHICLE|vehicle:1FTFW1E50NFA18274]]).",
    # US
    "ED triage: [[AGE|other:23]]yo F BIBA from [[LOCATION|geo:Ocean Beach]], ?OD, GCS 13. friend '[[PERSON|name:Mikey]]' at bedside, states she took 'a few xanax'. Narcan 0.4 IN by EMS. Name per ID card: [[PERSON|name:Brianna Nez-Holloway]], CA DL [[ID|license:D4419027]]. No ins card.",
    # US
    "L&D nursing note:\n0412 SROM clear fluid\n0415 FHT 140s, mod var, +accels\n0530 epidural per Dr [[PERSON|name:Moua]] (anes), BP 102/58 after, 500 mL LR bolus\n0710 report given to oncoming RN\nFOB ([[PERSON|name:Cody Lee Pruitt]]) in room, supportive.",
    # US
    "wound care RN: sacral stage 3, 4.2 x 3.1 x 0.8 cm, slough 30%. photo in media tab ([[ID|photo:WC_20240619_sacrum.png]]). Mepilex applied. Mrs [[PERSON|name:Delacroix]] turned q2h, pillow between knees. Wound RN to f/u Fri.",
    # UK
    "Nursing eval - nights\nMr [[PERSON|name:Okonjo]] settled, NEWS2 1. Catheter draining well, 60ml/hr. Wife rang 22:15 - message passed. She will bring his meds in from home in [[LOCATION|geo:Peckham]] tomorrow. Bed 9 bay C.",
    # IE
    "NCHD notified 04:00 - pt in bed 6 ([[PERSON|name:Ní Dhomhnaill]]) temp 38.9. cultures sent, IV pip-taz given 04:40. CNM aware. son drove down from [[LOCATION|geo:Castlebar]], in family room.",
    # UK
    "handover - [[PERSON|name:Lizzie]] to [[PERSON|name:Kwame]]\n* bay 2 bed 3: [[PERSON|name:Doreen Pickles]] [[AGE|date:92]] - for DNACPR conversation with family tmrw, son visiting 2pm\n* bay 2 bed 4: [[PERSON|name:Lyle MacLeod]] - NBM for OGD, INR 1.1\n* SR 1: C. diff +ve, [[PERSON|name:Ahmed Hussain]], barrier nursing, stool chart",
    # EU (DE)
    "Pflegebericht Nacht: Herr [[PERSON|name:Schmidt-Oberhauser]] unruhig, Sturzgefahr. Bettgitter hoch nach Rücksprache mit Dr. [[PERSON|name:Yilmaz]]. Ehefrau Frau [[PERSON|name:Renate Schmidt-Oberhauser]] tel. informiert ([[PHONE|phone:0221 9483117]]). RR 150/90, BZ 182 mg/dl.",
    # EU (PL)
    "nursing note (tr.): pani [[PERSON|name:Wiesława Grzybowska]] ([[AGE|date:94]]) brought in from [[ADDRESS|geo:ul. Kwiatowa 7/3, 30-021 Kraków]] after fall at home, ?#NOF. PESEL [[ID|ssn:30220812345]]. granddaughter speaks English, waiting in relatives room.",
]

PHARMACY: list[str] = [
    # AU
    "MEDICATION RECONCILIATION - ADMISSION\nPt: [[PERSON|name:GIOVANNI DI STEFANO]]   UR [[ID|mrn:5520193]]\nSource: pt + Webster pack from [[LOCATION|geo:Terry White Chemmart Norwood]] + GP list\n\nDrug | Dose | Freq | Status\nmetformin XR | 1000 mg | nocte | CONTINUE\nperindopril | 5 mg | mane | WITHHELD (AKI, Cr 182)\natorvastatin | 40 mg | nocte | CONTINUE\napixaban | 2.5 mg | BD | CONTINUE (age >80, Cr)\nparacetamol SR | 1330 mg | TDS | CONTINUE\n\nPharmacist: [[PERSON|name:Yuki]] (ext 4471)",
    # AU
    "PBS PRESCRIPTION\nPrescriber: Dr [[PERSON|name:Callum Fitzgerald-Oyelowo]]   Prescriber no. [[ID|license:2193847]]\nPatient: [[PERSON|name:Shane Kickett]], [[ADDRESS|geo:15 Egan St, Kalgoorlie WA 6430]]\nMedicare [[ID|health_plan:3950 17264 1]]\nRx: oxycodone 5 mg IR tabs, 1-2 q4h PRN, qty 20, NO REPEATS\nS8 authority no. [[ID|other:PA-WA-8817205]]",
    # AU
    "Phone call - community pharmacist re [[PERSON|name:Ethan Mac Giolla Bhríde]]: dexamfetamine script has wrong DOB (says [[DATE|date:3/5/2008]], should be [[DATE|date:5/3/2008]]). Reissued as eRx, SCID [[ID|other:2JK8HX4P9QW2R7TM]]. Pt picking up after school.",
    # AU
    "DISCHARGE MEDICATION RECORD\nMaj. (ret) [[PERSON|name:Douglas Kerr-Whitfield]]   DVA [[ID|health_plan:VX041882]]\nCommunity pharmacy: [[LOCATION|geo:Blooms The Chemist Nowra]], fax [[PHONE|fax:02 4421 7735]]\nNEW: tamsulosin 400 mcg nocte\nCHANGED: sertraline 50 -> 100 mg mane\nCEASED: oxybutynin (anticholinergic burden)\nCheck eGFR 48, K 5.1 in 1/52.",
    # AU
    "Clozapine: ANC 2.9 (2.0-7.5) green. CPMS pt no. [[ID|other:CPMS-441903]]. Supply 28/7 to mother.",
    # US
    "Rx\nPrescriber: [[PERSON|name:Angela Whitehorse]], MD   DEA [[ID|license:BW4418832]]   NPI [[ID|license:1639274015]]\nPatient: [[PERSON|name:Curtis Boone Jr.]]   DOB [[DATE|date:10/30/1961]]\nAddr: [[ADDRESS|geo:418 Jefferson St, Paducah, KY 42001]]\nhydrocodone/APAP 5/325 #20 (twenty) 1 tab q6h prn pain. No refills.\nFilled: [[LOCATION|geo:Kessler's Drug Store]] - fax [[PHONE|fax:270-443-6128]]",
    # US
    "PHARMACY NOTE - claim rejected (75 Prior Auth Required)\nPt [[PERSON|name:Xiomara Peña-Lugo]] | BIN 610014 | PCN MEDDPRIME | Member ID [[ID|health_plan:ZWX918273645]] | Group RX4471\nDrug: semaglutide 1 mg/0.75 mL pen\nCalled PBM, ref # [[ID|other:CM-6627195]]. PA form faxed to prescriber office at [[PHONE|fax:(407) 894-1120]]. Pt notified by text.",
    # US
    "Home medication list (pt + Surescripts fill hx)\nPt: [[PERSON|name:Abdirahman Warsame]] [[AGE|other:62]]M   Allergies: PCN (hives)\n1. lisinopril 20 mg daily - taking\n2. glipizide 5 mg BID - last fill 4 mo ago (gap!)\n3. atorvastatin 40 mg qHS - taking\n4. OTC ibuprofen 800 mg TID (!) - counseled\nInterpreter (Somali) ID [[ID|other:SOM-1187]]",
    # US
    "CADD pump - home infusion\nPt: [[PERSON|name:Josephine Bright-Eagle]]   MRN [[ID|mrn:HI-0091837]]\nvancomycin 1250 mg in NS 250 mL q12h\nPump S/N [[DEVICE|device:CA8-220193-K]] (CADD-Solis VIP, model 2120)\nDeliver to: [[ADDRESS|geo:7711 County Rd 19, Lame Deer, MT 59043]]\nTrough due before 4th dose, goal 15-20.",
    # US
    "Refill req from Ms [[PERSON|name:Patel]] for levothyroxine 88 mcg. TSH 2.1 (0.4-4.5). OK to refill x90d.",
    # UK
    "Clinical pharmacist review - [[LOCATION|geo:Ninewells Hospital]]\nPatient: [[PERSON|name:Fergus McAllister-Reid]], CHI [[ID|health_plan:1507498213]]\nWarfarin -> DOAC switch: INR 2.4 today. Start apixaban 5mg BD when INR <2.0.\nGP practice informed: [[EMAIL|email:tay.lochee-hp@nhs.scot]]",
    # UK
    "FP10: Dr [[PERSON|name:Shazia Qureshi]], GMC [[ID|license:6112490]]\nPatient: [[PERSON|name:Delroy Campbell-Lewis]]\nNI no. [[ID|ssn:QQ 12 34 56 C]] (exemption check)\nmetformin 500mg m/r 2 tabs OD, 56 tabs.",
    # IE
    "Dispensing note\nPt [[PERSON|name:Bríd Ní Mhurchú]]. DPS card [[ID|health_plan:0833741B]]\nPrescriber: Dr [[PERSON|name:O'Flaherty]] (IMC [[ID|license:412873]])\nmethotrexate 10mg WEEKLY (Sunday) + folic acid 5mg weekly (Wed). Counselled re weekly dosing x3.",
    # EU (NL)
    "Apotheek / pharmacy record\nmevrouw [[PERSON|name:Fatma Yildiz-de Graaf]]\nBSN [[ID|ssn:234567891]]\nVoorschrijver: dr. [[PERSON|name:J.P. Hoekstra]], BIG [[ID|license:19012345601]]\nacenocoumarol 1 mg volgens schema trombosedienst.",
    # EU (FR)
    "Ordonnance\nMme [[PERSON|name:Aïcha Benali-Rousseau]], [[AGE|other:38]] ans\nMutuelle: adhérent n° [[ID|health_plan:MGEN-77310492]]\nPrescripteur: Dr [[PERSON|name:Le Goff]], RPPS [[ID|license:10003456789]]\nLévothyrox 75 mcg 1 cp/j. Renouvelable 3 fois.",
]

TELEHEALTH: list[str] = [
    # US
    "TELEHEALTH VISIT - video\nPlatform: Zoom for Healthcare\nLink: [[URL|url:https://uchealth.zoom.us/j/98817263541?pwd=Rk5xYVZ]]\nPatient located at home ([[LOCATION|geo:Loveland]], CO). Verbal consent for telehealth obtained.\nPt: [[PERSON|name:Harmony Oduya]]   MRN [[ID|mrn:00U-221904]]\nCallback if disconnected: [[PHONE|phone:970-667-2031]]\nHPI: f/u migraine on erenumab 140 mg monthly; 4 HA days/mo (was 14).",
    # US
    "Pt connected via [[URL|url:https://doxy.me/drramirez]]. [[PERSON|name:Dustin Hale]] joined from his truck (parked, confirmed not driving). Client IP [[IP|ip:174.205.33.17]]. Audio poor, switched to phone [[PHONE|phone:(505) 718-2204]].\nOUD on buprenorphine 16 mg/day. UDS +bup, -fent. PDMP checked. -Dr [[PERSON|name:Ramirez]]",
    # US
    "Portal message from [[PERSON|name:Gail Underwood]] <[[EMAIL|email:gail.underwood58@yahoo.com]]>:\n'Hi Dr [[PERSON|name:Tran]], my BP this week 148/92, 151/95, 139/88. Should I up the amlodipine? My daughter says I look puffy. Thanks, [[PERSON|name:Gail]]'\nReply: increase amlodipine to 10 mg, BMP in 1 wk, ankle swelling may worsen.",
    # US
    "Telephone encounter 14:05-14:19 (audio-only, 99442)\nCaller verified by voice biometrics (voiceprint ID [[ID|biometric:VB-22018873]]). Spoke with pt's wife [[PERSON|name:Rosemary]] (HIPAA release on file) at [[PHONE|phone:+1 617 442 0148]] re [[PERSON|name:Walter Pietrowski]].\nReports more SOB, 3 lb wt gain since [[DATE|date:Tuesday the 11th]]. Advised extra furosemide 40 mg x1, ED if worse.",
    # US
    "VVC visit - [[URL|url:https://care2.va.gov/vvc-app/?join=1&conference=VVC8827310@care2.evn.va.gov]]\nVeteran [[PERSON|name:Coleman, Tyrone]], last4 [[ID|ssn:3391]]. Reports nightmares 4x/wk. PCL-5 52. Start prazosin 1 mg qHS, titrate. Wife [[PERSON|name:Leticia]] present on video.",
    # AU
    "TELEHEALTH CONSULT - MBS 91891\nPatient: [[PERSON|name:Kylie-Jo Pearce]]   Medicare [[ID|health_plan:2123 45678 1]]\nPt at home in [[LOCATION|geo:Broken Hill]]. Identity confirmed: name, DOB, address ([[ADDRESS|geo:3 Argent St, Broken Hill NSW 2880]]).\nVideo link: [[URL|url:https://vcc.healthdirect.org.au/call/westmead-endo-waiting-area]]\nHbA1c 8.9%. Increase Ryzodeg to 30 units.",
    # AU
    "Phone consult (audio only)\nCalled pt on [[PHONE|phone:0409 876 512]] x2 - no answer, msg left. Called alt no. (sister [[PERSON|name:Tayla]]) [[PHONE|phone:03 5441 2290]] - pt there, ID confirmed w/ name + DOB.\nOngoing nausea at 9/40, 2kg wt loss. Doxylamine/pyridoxine started. Path form emailed to [[EMAIL|email:brooke.m.ellis99@gmail.com]].",
    # AU
    "Coviu session log\nRoom: [[URL|url:https://app.coviu.com/room/drmcnamara-clinic]]\nParticipants: Dr [[PERSON|name:Fiona McNamara]] (host); [[PERSON|name:Rangi Parata]] (patient) joined 10:02 from [[IP|ip:203.45.118.92]]; interpreter NAATI CPN [[ID|license:CPN7H2K9A]]\nDropped 10:14, rejoined 10:15 from [[IP|ip:2001:8003:1c4e:e900:5d2a:91ff:fe3b:7a10]]\nDuration 23 min.",
    # AU
    "Telepsych r/v - [[PERSON|name:Jedda Walker]] via VC from remote clinic. Support worker present. Plan: olanzapine 10 mg nocte, r/v 2/52.",
    # AU
    "SMS sent [[DATE|date:2024-10-01]] 09:00 to [[PHONE|phone:+61 412 558 301]]: 'Hi [[PERSON|name:Mack]], your video appt is tomorrow 2:30pm. Join: [[URL|url:https://telehealth.monashhealth.org/j/55410293]]. Reply Y to confirm.'\nReply received: 'y ta'",
    # UK
    "Attend Anywhere consultation\nPatient: [[PERSON|name:Gethin Llewellyn]]   NHS [[ID|health_plan:6001234568]]\nJoined from home near [[LOCATION|geo:Aberystwyth]]. CRP 12, ALT 31. MTX 20mg weekly continued. Bloods in 3 months.\nLetter sent to [[EMAIL|email:gethin.llew@btinternet.com]]",
    # UK
    "NHS 111 callback: spoke to dad about [[PERSON|name:Poppy Achterberg-Wells]], [[AGE|other:2]]. Fever 39.4, drinking, wet nappies. Traffic light: amber. Advised OOH at [[LOCATION|geo:Royal Surrey]]. Call ref [[ID|other:111-2025-0044819]].",
    # IE
    "Video consult (Teams) - link sent to [[EMAIL|email:aoife.kavanagh@eircom.net]]: [[URL|url:https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ4ZDM1Y2Et@thread.v2/0]]\n[[PERSON|name:Aoife Kavanagh]]. F/u post thyroidectomy. Ca 2.21. Eltroxin 100 mcg.",
    # EU (DE)
    "Videosprechstunde\nPatient: see Stammdaten\nVerbindung: [[URL|url:https://redconnect.de/s/PX7Q-22KL-91AB]]\nIP [[IP|ip:88.152.14.203]] / Firefox 124\nE-Mail: [[EMAIL|email:d.petrovic65@web.de]]\nBZ-Tagebuch gut, HbA1c 6,9 %.",
    # EU (SE)
    "Video visit (1177)\nPatient: [[PERSON|name:Astrid Lindqvist-Åberg]], personnummer [[ID|ssn:19780514-2384]]\nBankID verified. Link [[URL|url:https://e-tjanster.1177.se/mvk/video/room/91A7-44F2]]\nRash after amoxicillin, day 6. Photo uploaded: [[ID|photo:rash_arm_20250203.heic]]",
]

BILLING: list[str] = [
    # US
    "CMS-1500 SUMMARY\nPatient: [[PERSON|name:PHAM, TRINH]]   DOB [[DATE|date:08 14 1977]]   Sex F\nInsured ID: [[ID|health_plan:XEH883920174]]   Group: 0048832\nPatient acct #: [[ID|account:A-4471902]]\nCPT 99214-25, 93000   ICD-10 I10, R07.89\nRendering NPI [[ID|license:1467382910]]\nClaim #: [[ID|other:2025042CLM88103]]",
    # US
    "STATEMENT - [[LOCATION|geo:St. Luke's Boise Medical Center]]\nGuarantor: [[PERSON|name:Connor McAvoy]]\nAccount: [[ID|account:3301948825]]   Statement date [[DATE|date:Nov 30, 2024]]\nBalance due $1,284.17 after insurance adj. Payment plan $100/mo.\nPay online: [[URL|url:https://mychart.stlukesonline.org/paybill/3301948825]]",
    # US
    "billing call: guarantor [[PERSON|name:Shirley Tolliver]] disputes ambulance charge on [[DATE|date:7/4/24]] (run # [[ID|other:EMS-24-11873]]). Says Anthem should cover, mbr [[ID|health_plan:YRB442801937]]. Resubmitted w/ corrected DOB.",
    # US
    "EXPLANATION OF BENEFITS\nMember: [[PERSON|name:Jorge Luis Villarreal]]   Member ID: [[ID|health_plan:U0834-71122-01]]\nClaim number: [[ID|other:E2409-118823-00]]\nProvider: [[LOCATION|geo:Valley Baptist Medical Center]]\nBilled $48,912.00  Allowed $11,204.55  You owe $2,500.00 (deductible)",
    # US
    "ITEMIZED CHARGES   acct#[[ID|account:HB-00928173]]\nPt [[PERSON|name:Ng, Kevin]]\n0270 SUPPLY x3 @ 14.00\nE0601 CPAP device, serial [[DEVICE|device:SN22419088771]], rental mo 1 .... 98.50\n99232 subsequent hosp care .... 142.00\nTX Medicaid #[[ID|health_plan:518832094]]",
    # AU
    "TAX INVOICE   Inv no. [[ID|account:INV-0047718]]\nABN 51 824 753 556\nDr [[PERSON|name:Rohan De Silva]]   Provider No. [[ID|license:0448210F]]\nPatient: [[PERSON|name:Isla McKenzie-Tui]]   Medicare [[ID|health_plan:6123 40982 4]] / 1\nItem 105 ... $195.00 (Medicare rebate $44.35)\nPaid in full EFTPOS.",
    # AU
    "Medicare claim rejected - code 160 (card expired)\nPt [[PERSON|name:Thi Hoa Le]] - daughter rang with new card no. [[ID|health_plan:2954 11234 6]]\nResubmitted, claim ID [[ID|other:ECL-9918-AK03]].",
    # AU
    "WORKCOVER QLD ACCOUNT\nClaim no. [[ID|other:WC2024/118873]]\nWorker: [[PERSON|name:Brett Dunstan]], port site, supervisor [[PERSON|name:Macca]]\nCertificate of capacity - unfit 2/52\nTravel: 184 km claimed, vehicle rego [[VEHICLE|vehicle:842-KLB]]\nReimburse worker: BSB 062-000 Acc [[ID|account:1044 8821]]",
    # AU
    "[[LOCATION|geo:Arcare Hope Valley]] - Resident fee statement [[DATE|date:Feb 2025]]\nResident: [[PERSON|name:Concetta Ferraro]] (room 14)\nAccount ref [[ID|account:FER-0021873]]\nBasic daily fee 28 days x $63.82 = $1,786.96\nMeans-tested care fee per Services Australia letter\nStatements to POA (son)",
    # AU
    "Gap $120 reimbursed to pt card [[ID|account:4564 8910 2234 1187]] on [[DATE|date:29/11]]. Receipt emailed. - reception",
    # UK
    "Invoice No: [[ID|account:4471-0093]]\n[[LOCATION|geo:Spire Bushey Hospital]]\nPatient: Mr [[PERSON|name:Olumide Bankole-Smith]]\nInsurer: Bupa, membership no. [[ID|health_plan:887 30192 17]]\nProcedure: knee arthroscopy, consultant orthopaedic surgeon\nBalance payable by patient: GBP 240 (excess)",
    # IE
    "HSE inpatient charge\nPt [[PERSON|name:Declan Ó Briain]]   PPSN [[ID|ssn:1234567T]]\nChargeable (no medical card). Private cover: VHI policy [[ID|health_plan:VH-2210-4418-01]]\n3 nights @ EUR 80.\nInvoice address: [[ADDRESS|geo:Apt 12, The Maltings, Bray, Co. Wicklow, A98 X2F3]]",
    # UK
    "Overseas Visitors Office - chargeable\nPt [[PERSON|name:Grzegorz Wiśniewski]], passport [[ID|ssn:EH4471902]] (PL)\nEHIC [[ID|health_plan:80616000001234567890]]\nInvoice [[ID|account:OVM-2025-00318]] raised, 30 day terms.",
    # EU (NL)
    "Factuur - [[LOCATION|geo:Tandartspraktijk De Linde]]\nPatiënt: [[PERSON|name:Jan-Willem de Boer]]\nZorgverzekeraar: VGZ, polisnummer [[ID|health_plan:183442091]]\nBedrag EUR 84,20 wordt geïncasseerd van [[ID|account:NL91 ABNA 0417 1643 00]].",
    # EU (IT)
    "Ricevuta - [[LOCATION|geo:Poliambulatorio San Giuseppe]]\nPaziente: Sig. [[PERSON|name:Vito D'Alessandro]]\nC.F. [[ID|ssn:DLSVTI72B14A662Z]]\nVisita cardiologica - EUR 120,00 (esenzione cod. 048)\nPagamento con carta **** [[ID|account:3392]]",
]

DEVICE_TELEMETRY: list[str] = [
    # US
    "REMOTE DEVICE TRANSMISSION - CareLink\nPatient: [[PERSON|name:Arthur Beauregard]]\nDevice: Cobalt XT DR ICD (model DDPA2D1), serial [[DEVICE|device:RNZ602187S]]\nTransmission [[DATE|date:2025-01-08]] 02:13:45 CST (scheduled)\nBattery 7.1 yrs. RV lead impedance 456 ohms. 1 VT episode 04:22, ATP x1 successful.\nReviewed: [[LOCATION|geo:Ochsner]] EP device clinic",
    # US
    "[[DATE|date:2024-06-18]]T03:12:07Z pump=tslimX2 sn=[[DEVICE|device:1149573]] event=LOW_BG_ALERT bg=54 user=[[ID|other:jmorales_t1d]]\n[[DATE|date:2024-06-18]]T03:27:44Z event=SUSPEND basal=0.0u/h\n03:58:02Z cgm=G6 tx=[[DEVICE|device:8GX4TQ]] bg=97\nsync src=[[IP|ip:71.212.40.188]] app=t:connect",
    # US
    "EHR AUDIT LOG (break-the-glass)\n[[DATE|date:2024-12-24]] 23:41:07 user=[[ID|other:rkowalski2]] (RN) opened MRN [[ID|mrn:77610294]] (pt [[PERSON|name:Grant, Tobias]])\nworkstation=ED-WS-114 ip=[[IP|ip:10.44.8.113]] mac=[[DEVICE|device:00:1B:44:11:3A:B7]]\nreason='direct care'  flagged for privacy review",
    # US
    "AirView compliance report\nPt: [[PERSON|name:Harold Finch-Abara]]\nAirSense 11 AutoSet, SN [[DEVICE|device:23221884719]], modem IMEI [[DEVICE|device:357943108824471]]\nUsage last 30 days: 29/30 days >4h (97%). AHI 3.2. Leak 95th pct 18 L/min. Pressure 95th 11.4 cmH2O.",
    # US
    "TELEMETRY ALARM EXPORT - unit 5W\n14:02:11 BED 5W-22 PT [[PERSON|name:OKAFOR-JONES, N]] VTACH 8 BEATS HR 168 TX [[DEVICE|device:TX-0448]]\n14:02:40 ACK user [[ID|other:jlee4]]\n14:05:19 BED 5W-23 PT [[PERSON|name:PATEL, R]] LEADS OFF TX [[DEVICE|device:TX-0451]]\n14:06:02 ACK user [[ID|other:mbrown]]\nexported from central station CS-2",
    # AU
    "LibreView report - [[PERSON|name:Kaito Brennan-Sato]] ([[AGE|other:14]])\nSensor serial [[DEVICE|device:0M0004J8K2T]]\nTIR 58%, TBR 6%, GMI 7.6%, CV 41%.\nShared by parent account [[EMAIL|email:yumi.brennan@icloud.com]]",
    # AU
    "HOLTER REPORT\nPatient [[PERSON|name:Graeme O'Loughlin]]   UR [[ID|mrn:RPH-0921874]]\nRecorder S/N [[DEVICE|device:H3P-044172]]; hooked up 09:40.\n24h: SR, mean HR 72, 3,114 VEs (2%), no pauses >2.0 s. Diary: palpitations 16:20 while mowing - SR with VE couplet.",
    # AU
    "[[DATE|date:2025-02-03]] 06:00:01+10:00 HUB gw=[[DEVICE|device:A4:5E:60:C2:19:0F]] wan=[[IP|ip:101.166.22.49]] patient=[[ID|other:RPM-QLD-004417]] status=ONLINE\n06:00:05 BPcuff model=UA-651BLE sn=[[DEVICE|device:5521093]] sys=162 dia=98 hr=88 FLAG\n06:00:06 alert -> virtual ward RN [[PERSON|name:Mel]]",
    # AU
    "PPM CHECK\n[[PERSON|name:Mavis Goldsworthy]], [[AGE|date:95]]\nAssurity MRI PM2272, SN [[DEVICE|device:8041227]]\nRA lead 1882TC SN [[DEVICE|device:BBN044718]]\nBattery 4.5 yrs. AP 12%, VP 94%. Thresholds stable. Next remote in 6/12.",
    # AU
    "ePCR [[ID|other:AV-240611-00318]] unit 4471 (rego [[VEHICLE|vehicle:1UV 7KM]]) tablet mac [[DEVICE|device:F0:9F:C2:71:AA:04]]\npt [[PERSON|name:Jayden Scicluna]] [[AGE|other:19]]M, MVA nr [[LOCATION|geo:Kalkallo]], driver of car rego [[VEHICLE|vehicle:ZXT881]]\nGCS 15, HR 118, BP 104/60, seatbelt sign +.",
    # UK
    "Telecare call log\n[[DATE|date:14/02/2025]] 03:14 pendant alarm, Lifeline Vi+ serial [[DEVICE|device:7734211]]\nClient: Mrs [[PERSON|name:Iris Threlfall]], [[ADDRESS|geo:12 Meadow Close, Ilkley LS29 8QP]]\nKeyholder 1 (son) - no answer. Keyholder 2 neighbour attended 03:31, found on floor, ambulance called.",
    # UK
    "PACS transfer log\nAccession [[ID|mrn:RGT25A004417]] CT HEAD  PID [[PERSON|name:BAPTISTE^JEAN-LUC]] DOB [[DATE|date:19610302]] NHS [[ID|health_plan:9434765870]]\nfrom AE CT1_SCAN ([[IP|ip:10.210.4.17]]) to remote PACS ([[IP|ip:10.88.0.230]]) OK 2/2 series, 312 images",
    # IE
    "RPM export (COPD virtual ward)\npt [[PERSON|name:Micheál Ó Conghaile]]\noximeter Nonin 3230, serial [[DEVICE|device:502448871]]\ntablet IMEI [[DEVICE|device:353918104472215]]\nday 4: SpO2 88-91%, RR 22, flagged amber, nurse to phone.",
    # EU (DE)
    "Implantatpass\nPatientin: Frau [[PERSON|name:Ingrid Voß]]\nKnie-TEP re., implantiert 2023, [[LOCATION|geo:Helios Klinikum Berlin-Buch]]\nFemurkomponente Gr. 5, SN [[DEVICE|device:FZ-44019-88]]",
    # EU (BE)
    "LATITUDE remote monitoring\n21:44 CET patient [[PERSON|name:Marc-Antoine Vandenbroucke]] communicator [[DEVICE|device:LAT-6288-99017]] gw ip [[IP|ip:2a02:a03f:6b2c:1f00::12]]\nCRT-D model G447, SN [[DEVICE|device:418823]]\nAlert: AT/AF burden 14%, CHA2DS2-VASc 3 - wife contacted.",
]

RESEARCH_ENROLMENT: list[str] = [
    # US
    "STUDY ENROLMENT LOG - NCT05512893\nParticipant ID: [[ID|other:ACC-0447-012]]   Initials: [[PERSON|name:J.R.M.]]\nConsent signed [[DATE|date:03/11/2025]] 10:40; witnessed by CRC\nRandomization # [[ID|other:R-1183]], arm B\nStipend card # [[ID|account:4147 2200 9913 0042]]",
    # US
    "BIOBANK CONSENT\nDonor: [[PERSON|name:Shanice Goodwin]]\nSample barcode [[ID|other:BB-88219340]]\nGenomic data sharing: YES. Recontact: YES via [[EMAIL|email:shanice.goodwin@gmail.com]]\nKiosk check-in fingerprint template [[ID|biometric:FP-TPL-00418827]]",
    # US
    "Screen fail: pt [[PERSON|name:M.O.]] ([[AGE|other:63]]), eGFR 28 < 30 cutoff. Not enrolled.",
    # US
    "VOICE BIOMARKER SUBSTUDY\nSubject [[ID|other:VBS-2207]] ([[PERSON|name:Dwayne Littlejohn]])\nVoiceprint enrollment ID [[ID|biometric:VP-7f3a9c21e0]]\nRecording iPad serial [[DEVICE|device:DMPXK2J4Q1GC]]\nUploaded to [[URL|url:https://redcap.musc.edu/surveys/?s=KJ8XTPHR4L]] from [[IP|ip:143.236.18.77]]",
    # US
    "Assent / parental permission\nChild: [[PERSON|name:Elijah Ho-Nakamura]], [[AGE|other:11]]\nParent: [[PERSON|name:Grace Ho]] (mother)\nStudy ID [[ID|other:PEDS-ASTH-031]]\nPermission signed; child assent verbal.",
    # AU
    "TRIAL ENROLMENT - ACTRN12623000445651\nSite: [[LOCATION|geo:Sir Charles Gairdner Hospital]]\nParticipant no. [[ID|other:SCG-017]]   Initials [[PERSON|name:TKW]]\nConsent form v3.1 signed [[DATE|date:19/03/2024]] 11:05. Eligibility checklist 12/12 met.",
    # AU
    "Registry notification\n[[PERSON|name:Lily-Rose Tamihana]] - registry ID [[ID|other:ANZDATA-88107]]\nHD 3x/wk, 4.5h\nIHI [[ID|health_plan:8003 6019 8821 4473]]",
    # AU
    "Cohort follow-up call\nParticipant [[ID|other:P-0093814]], Mr [[PERSON|name:Kostas Papadakis]], called on [[PHONE|phone:02 9550 3811]]. Has moved to the [[LOCATION|geo:Bland Shire]]; new address [[ADDRESS|geo:22 Neeld St, Wyalong NSW 2671]]. Questionnaire 3 to be posted.",
    # AU
    "Reproductive carrier screening consent (research arm)\nCouple: [[PERSON|name:Brodie Fitzpatrick]] & [[PERSON|name:Amelia Fitzpatrick-Nguyen]]\nCouple ID [[ID|other:MM-CPL-20448]]\nSaliva kits posted to [[ADDRESS|geo:PO Box 118, Longreach QLD 4730]]\nResults to referring GP",
    # AU
    "Medical photography consent (research)\nPt [[PERSON|name:Tjarra Walker-Bell]], UR [[ID|mrn:0881274]]\nImages: [[ID|photo:MP2024-118-01.jpg]], [[ID|photo:MP2024-118-02.jpg]] (face, L side)\nUse: publication, de-identified where possible. Consent [[DATE|date:21 October 2024]].",
    # UK
    "Cohort recall visit\nParticipant [[ID|other:UKB-4471883]], Mrs [[PERSON|name:Eleanor Whitaker-Pryce]]\nRetinal scan template [[ID|biometric:RET-0093-A8F1]] captured L/R\nRecall invite sent to [[EMAIL|email:ellie.wp@hotmail.co.uk]]",
    # IE
    "Trial screening CRF\nScreening no. [[ID|other:BMT-SCR-0147]] | initials [[PERSON|name:C.Ó.D.]] | YOB 1961\nConsent [[DATE|date:02/09/2024]] (PIL v4).",
    # UK
    "Withdrawal of consent\nParticipant [[PERSON|name:Huw Prosser]] (study no. [[ID|other:WAL-DM-0882]]) phoned [[DATE|date:17/03/25]] to withdraw. Samples to be destroyed (freezer box 14, position 33). Confirmation letter to [[ADDRESS|geo:Ty Gwyn, Llanfair Road, Ruthin LL15 1BH]].",
    # EU (DK)
    "Enrolment - Copenhagen site\nParticipant: [[PERSON|name:Søren Østergaard-Holm]], CPR [[ID|ssn:120378-1457]]\nStudy ID [[ID|other:DK-HF-0091]]\nWearable: Charge 6, device ID [[DEVICE|device:FB-7C3A21E9]]",
    # EU (PL)
    "PRO app registration\nuser: [[ID|other:anna.kowalczyk84]] | name: [[PERSON|name:Anna Kowalczyk]] | e-mail [[EMAIL|email:anna.kowalczyk84@wp.pl]]\nregistered [[DATE|date:2024-05-02]] from [[IP|ip:83.22.180.41]]\nface-ID login enabled, template hash [[ID|biometric:fc9a-11e0-77b2]]",
]

EU_CLINIC_LETTER: list[str] = [
    # EU (DE)
    "[[LOCATION|geo:Universitätsklinikum Heidelberg]] - Medizinische Klinik III\n\nHerrn Dr. med. [[PERSON|name:Klaus Reinhardt]]\n\nSehr geehrter Herr Kollege,\n\nwe report on your patient Herr [[PERSON|name:Friedrich-Wilhelm von Hohenstein]], geb. [[DATE|date:23.05.1950]], seen in our heart failure clinic.\nDiagnoses: HFrEF (LVEF 30%), NYHA II; CRT-D since 2021.\nMedication: sacubitril/valsartan 97/103 mg 1-0-1, bisoprolol 5 mg 1-0-0, dapagliflozin 10 mg 1-0-0.\nNT-proBNP 1.234 ng/l (previous 2.890).\n\nMit freundlichen kollegialen Grüßen\nPD Dr. [[PERSON|name:Meike Schulte-Wörmann]], Oberärztin",
    # EU (FR)
    "Service d'endocrinologie\n\nCher confrère,\n\nJ'ai revu en consultation Mme [[PERSON|name:Solène Le Bihan]], née [[PERSON|name:Quéméner]], domiciliée [[ADDRESS|geo:14 rue de la Paix, 44000 Nantes]].\nDiabète type 1 sous pompe (780G, n° de série [[DEVICE|device:NG4412093H]]). HbA1c 7,2 %. Pas d'hypoglycémie sévère.\nProchain RDV dans 3 mois.\n\nBien confraternellement,\nDr [[PERSON|name:Yannick Kerouac]]",
    # EU (NL)
    "[[LOCATION|geo:Maasstad Ziekenhuis]] - Polikliniek Longziekten\n\nAan: de huisarts\nBetreft: mevrouw [[PERSON|name:Esther van 't Hoff]], BSN [[ID|ssn:145873621]]\n\nGeachte collega,\nUw patiënte werd gezien vanwege COPD GOLD 3. FEV1 41% van voorspeld. Wij starten triple therapie.\n\nMet vriendelijke groet,\ndrs. [[PERSON|name:P. Zwanenburg]], longarts",
    # EU (IT)
    "[[LOCATION|geo:AOU Careggi]] - Ambulatorio di Reumatologia\n\nEgregio Collega,\nho visitato oggi la Sig.ra [[PERSON|name:Maria Grazia De Luca]].\nDiagnosi: artrite reumatoide sieropositiva. DAS28 5,1. Avvio metotrexato 15 mg/settimana + acido folico.\nCordiali saluti,\nDott. [[PERSON|name:Lorenzo Bianchi-Sforza]]",
    # EU (ES)
    "[[LOCATION|geo:Hospital Universitario La Paz]] - Servicio de Neurología\n\nEstimado/a compañero/a:\nValoramos a D. [[PERSON|name:Joaquín Fernández de la Torre]], [[AGE|other:67]] años, por temblor de reposo en MSD. DaTSCAN: hipocaptación putaminal izquierda, compatible con enfermedad de Parkinson.\nIniciamos levodopa/carbidopa 100/25 mg 1/2-1/2-1/2.\nSu hija [[PERSON|name:Pilar]] solicita informe por correo: [[EMAIL|email:pilar.fdlt@gmail.com]]\nFdo.: Dra. [[PERSON|name:Inmaculada Ruiz-Almodóvar]], nº colegiado [[ID|license:282894417]]",
    # EU (AT)
    "Univ.-Klinik für Dermatologie, [[LOCATION|geo:LKH-Univ. Klinikum Graz]]\nBefundbericht\nPatient: Herr Mag. [[PERSON|name:Alois Pichler-Steinbauer]], SVNR [[ID|ssn:1237 010180]]\nHistologie: superfiziell spreitendes Melanom, Tumordicke 0,6 mm (pT1a). Nachexzision mit 1 cm SA geplant.\nFotodokumentation: [[ID|photo:DERM-GRZ-2025-0118_01.jpg]]\nOA Dr. [[PERSON|name:Verena Hofstätter]]",
    # EU (BE)
    "[[LOCATION|geo:Bruxelles]]\n\nCher Docteur,\nJe vous adresse M. [[PERSON|name:Karim El Amrani]] pour avis chirurgical (cholécystite lithiasique, 3e épisode).\nConfraternellement,\nDr [[PERSON|name:Van den Eynde]]",
    # EU (PL)
    "[[LOCATION|geo:Szpital Uniwersytecki w Krakowie]] - Klinika Kardiologii\n[[LOCATION|geo:Kraków]], [[DATE|date:14.06.2024]]\n\nSzanowny Panie Doktorze,\nPan [[PERSON|name:Krzysztof Wójcik-Zawadzki]], PESEL [[ID|ssn:58072314579]], zam. [[ADDRESS|geo:ul. Długa 18 m. 4, 31-147 Kraków]], was treated for NSTEMI; PCI of the RCA with DES.\nZalecenia: ASA 75 mg, tikagrelor 90 mg 2x1, atorwastatyna 80 mg.\nlek. [[PERSON|name:Agnieszka Szymańska]], NPWZ [[ID|license:3318829]]",
    # EU (CH)
    "[[LOCATION|geo:Inselspital]], Universitätsklinik für Neurologie\n\nSehr geehrte Frau Kollegin\n\nBetrifft: Frau [[PERSON|name:Ursula Zimmermann-Ammann]], AHV-Nr. [[ID|ssn:756.1234.5678.97]]\n[[ADDRESS|geo:Thunstrasse 9, 3005 Bern]]\nTIA mit Aphasie, ABCD2 4. Karotis-Doppler: 60% ICA-Stenose rechts. Start Clopidogrel 75 mg.",
    # EU (PT)
    "[[LOCATION|geo:Hospital de Santa Maria]]\nInformação clínica\nUtente: Sra. [[PERSON|name:Maria da Conceição Sousa e Silva]], nº utente SNS [[ID|health_plan:284771903]]\nHipertensão pulmonar grupo 1, sob sildenafil 20 mg 3id. Ecocardiograma: PSAP 62 mmHg.\nDr. [[PERSON|name:Tiago Magalhães]], cédula profissional [[ID|license:48213]]",
    # IE
    "[[LOCATION|geo:University Hospital Galway]]\nDept of Rheumatology\n\nDr [[PERSON|name:Fionnuala Keane]]\n[[LOCATION|geo:Clifden Medical Centre]]\n\n[[DATE|date:6th March 2025]]\n\nRe: [[PERSON|name:Tadhg Ó Flaithbheartaigh]], MRN [[ID|mrn:G0447180]]\n\nDear [[PERSON|name:Fionnuala]],\nI reviewed [[PERSON|name:Tadhg]] today with recurrent gout; urate 0.52 mmol/L. Allopurinol uptitrated to 300 mg with colchicine cover.\n\nKind regards,\nDr [[PERSON|name:Cian MacNamara]]",
    # IE
    "Ms [[PERSON|name:Saoirse Nic Aodha]]\n[[ADDRESS|geo:4 Lios na Gréine, Ennis, Co. Clare, V95 F6P2]]\n\nDear [[PERSON|name:Saoirse]],\nYour colposcopy appointment is on [[DATE|date:Tuesday 14 January 2025]] at 9.30am, [[LOCATION|geo:University Hospital Limerick]], Clinic 4. Please bring your screening letter.\nColposcopy Secretary",
    # IE
    "[[LOCATION|geo:St. James's Hospital]] - Haematology\n\nDear Doctor,\nRe: [[PERSON|name:Patrick Delaney]] ('[[PERSON|name:Packie]]'), MRN [[ID|mrn:SJH0193847]]\nCLL Binet A, lymphocytes 14.2. Watch and wait. Repeat FBC in 3 months with you.\nYours sincerely",
    # IE
    "OPD letter, Paediatrics: [[PERSON|name:Oisín McGettigan]], [[AGE|other:7]]. Nocturnal enuresis improving on alarm, 5/7 dry nights. Review 4 months.",
    # IE
    "Clinic letter, ENT\nMs. [[PERSON|name:Laura Fitzgerald-Kiely]], MRN [[ID|mrn:SIV 441028]]\nR SNHL, MRI IAMs [[DATE|date:08/2024]] normal. Hearing aid fitted, serial [[DEVICE|device:PH-0092184471]].\ncc GP Dr [[PERSON|name:Murphy]]",
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
    ("eu-clinic-letter", EU_CLINIC_LETTER),
]


def main() -> None:
    print(f"probe11: {write_styled(OUT, STYLES)} docs")


if __name__ == "__main__":
    main()
