"""Write ``corpus/redaction/holdout.jsonl``: a sealed, hand-written held-out redaction corpus.

Why: every other redaction corpus in this project is, sooner or later, looked at while the engine
is being changed, so its figures drift towards optimism. This file is the exception. It was
written independently of the engine and of the project's other corpus generators, and it is
sealed: the engine is never tuned on it, its notes are not read when a rule misfires, and only
its aggregate figures (precision, recall and leaks per label and category) are ever reported.
If a change is made *because of* a holdout figure, the holdout is spent and must be rewritten.

What: about 150 short notes written by hand in ten styles, roughly fifteen each:
``progress-note`` (US), ``discharge-summary`` (AU), ``gp-referral`` (AU and UK),
``nursing-shorthand`` (AU, lowercase), ``pharmacy`` (AU), ``telehealth`` (mixed locales),
``billing`` (US and AU), ``device-telemetry`` (machine logs and HL7), ``research-enrolment``
and ``eu-clinic`` (German, Swiss, French, Italian, Dutch, Spanish, Polish and Nordic letters and
logs). Every Safe Harbor category is planted several times, surrounded by clinical vocabulary that
must not be redacted (drugs, eponymous diseases, scores, doses, wards, codes, versions, amounts).
Identifiers with a real check digit (Medicare, IHI, TFN, NHS, CHI, VIN, Luhn card numbers, IBAN,
NPI, DEA, BSN, PESEL, AHV, NIR, personnummer, fødselsnummer, HETU, codice fiscale, NHI) were
computed to pass their checksums. All people, places and numbers are invented or fictional.

Markup is the Safe Harbor suite's: ``[[LABEL|category:text]]``, parsed by
``make_safe_harbor_suite.parse`` (offsets are computed while concatenating, never by searching).
Each output line is ``{"text", "spans", "style"}``; the output is byte-reproducible.

Run: ``python scripts/make_holdout_corpus.py`` (writes relative to the repository of this file).
"""

from __future__ import annotations

from pathlib import Path

from make_safe_harbor_suite import write_styled

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "corpus" / "redaction" / "holdout.jsonl"

PROGRESS_NOTE: list[str] = [
    "S: [[PERSON|name:DeShawn Whitaker]], [[AGE|other:58]]M, f/u HFrEF (EF 30% on TTE [[DATE|date:01/09/2024]]). On sacubitril/valsartan 49/51 mg BID, metoprolol succinate 50 mg daily, spironolactone 25 mg. Wt up 2.1 kg, JVP 9 cm, 1+ pitting edema. A/P: furosemide 40 mg PO x3d, BMP in 1 wk. -- [[PERSON|name:R. Castellanos]], NP",
    "Hospital day 3 for [[PERSON|name:Margaret O'Halloran]] (goes by [[PERSON|name:Peggy]]), [[AGE|date:93]] y/o F admitted from [[LOCATION|geo:Maple Grove Senior Living]] after unwitnessed fall. CT head negative, GCS 15, CAM negative today. PT recommends SNF. Daughter [[PERSON|name:Colleen Reyes]] updated at [[PHONE|phone:(414) 555-0187]].",
    "Interval note mrn#[[ID|mrn:3308841]]: afebrile x48h, WBC 11.2 -> 8.4, blood cx from [[DATE|date:3/9]] NGTD. Transition pip-tazo to amox-clav 875 mg BID to complete 10 days. Bed 612-B, tele.",
    "Registration addendum: identity verified by financial counselor. SSN on file corrected to [[ID|ssn:521.73.4408]]; driver's license [[ID|license:W452-6618-3307]] (IL). Pt [[PERSON|name:Tallulah Begay]] requests paper statements only.",
    "SDOH: pt lives alone in ZIP [[ADDRESS|geo:60623]], no car, relies on the bus. Food insecurity screen positive (Hunger Vital Sign 2/2). Referred to SW [[PERSON|name:Imani Brooks]], LCSW.",
    "Discharge planning: home health (PT/OT, skilled RN for sacral wound, Braden 14) to resume at [[ADDRESS|geo:4418 N Kedzie Ave Apt 2R, Chicago, IL 60625]]. Agency fax [[PHONE|fax:773-555-0164]].",
    "HPI: [[AGE|other:34]]F reports rash first noticed [[DATE|date:March 3rd]] after hiking; 6 cm target lesion L thigh. Suspect erythema migrans / Lyme disease. Start doxycycline 100 mg BID x14d. Seen with Dr. [[PERSON|name:Ogunbanjo]] (ID fellow).",
    "Pt's wife ([[PERSON|name:Teresa Kowalski]]) asked that path results be emailed to [[EMAIL|email:tkowalski.family@gmail.com]]; explained we cannot email PHI and sent her a proxy invite, [[URL|url:https://mychart.lakeshorehealth.org/proxy/invite?code=7Q4KX2]].",
    "Rx: oxycodone 5 mg q6h PRN #12, no refills. PDMP checked, no concerns. Prescriber DEA [[ID|license:BM4821701]], NPI [[ID|license:1249075833]]. Naloxone 4 mg nasal co-prescribed.",
    "ED note: restrained driver, MVC ~45 mph, airbag deployed. Per EMS run sheet vehicle plate [[VEHICLE|vehicle:8KDR512]], VIN [[VEHICLE|vehicle:5YJ3E1EA1LF790341]]. FAST negative, c-collar cleared by NEXUS criteria.",
    "[[DATE|date:03/11/2024 03:12]] RRT called: SpO2 84% on 4L NC, RR 32, HR 118. ABG 7.31/58/61. BiPAP 12/6, FiO2 50%. Transferred to MICU bed 4. Attending Dr. [[PERSON|name:Hoa Nguyen]] notified.",
    "Records requested from [[LOCATION|geo:St. Agnes Medical Center]] (fax [[PHONE|fax:410-555-0142]]) re: prior cath in [[DATE|date:August 2019]]; pt recalls 2 stents in LAD. On clopidogrel 75 mg, atorvastatin 80 mg.",
    "Insurance: Medicaid ID [[ID|health_plan:IL48820317]]; secondary Aetna member ID [[ID|health_plan:W228471935]]. Prior auth for apixaban 5 mg BID approved through [[DATE|date:12/31/2024]].",
    "Geriatrics consult: [[AGE|date:101]]-year-old woman, independent in ADLs until last month, MoCA 19/30, Parkinson's disease on carbidopa/levodopa 25/100 TID. Lives with grandson [[PERSON|name:Marcus Jefferson]] ('[[PERSON|name:Bubba]]').",
    "Phone note: pt [[PERSON|name:Alejandro Ruiz-Villanueva]] called from cell [[PHONE|phone:+1 312 555 0119]] asking for lisinopril 20 mg refill; home BP log 130s/80s. Identity verified with DOB [[DATE|date:7/22/1961]]. Sent to pharmacy.",
    "Sleep clinic f/u: AHI 31 -> 3 on CPAP 10 cmH2O; device SN [[DEVICE|device:23181447092]], compliance 92% of nights >4h. Download forwarded to Dr. [[PERSON|name:Patel-Morrison]]. SSN [[ID|ssn:207-49 6613]] re-verified for DME billing.",
]

DISCHARGE_SUMMARY: list[str] = [
    "DISCHARGE SUMMARY -- [[LOCATION|geo:Royal Burrangong Hospital]]. Patient: [[PERSON|name:Thi Lan NGUYEN]], URN [[ID|mrn:K0412887]], DOB [[DATE|date:14/02/1951]]. Admitted [[DATE|date:02/03/2024]], discharged [[DATE|date:09/03/2024]]. Principal diagnosis: community-acquired pneumonia, CURB-65 2. GP: Dr [[PERSON|name:Sivanesan]], [[LOCATION|geo:Lalor Family Medical Centre]].",
    "Medicare [[ID|health_plan:2953 10473 1]] IRN 2, IHI [[ID|health_plan:8003 6081 6674 9531]]. Discharge medications: amoxicillin 1 g tds to complete 7 days, paracetamol 1 g qid prn; ibuprofen ceased (AKI, eGFR 38).",
    "[[PERSON|name:Stavros KARAMITSOS]] ([[AGE|other:82]]) was admitted under Cardiology with decompensated cardiac failure, NT-proBNP 8420 ng/L, diuresed 6.5 kg. He lives with his wife [[PERSON|name:Eleni]] at [[ADDRESS|geo:14 Wattle Crescent, Lalor VIC 3075]]; home phone [[PHONE|phone:(03) 9464 0182]].",
    "Veteran, DVA Gold Card [[ID|health_plan:QX901234]]. Discharged to [[LOCATION|geo:Greenslopes Ridge RACF]] for respite; Waterlow 18, Braden 13. Follow-up with Prof [[PERSON|name:Hamish McAllister]] in geriatric clinic in 4 weeks.",
    "Aboriginal woman [[PERSON|name:Jedda Walker]] ([[AGE|other:47]]) from [[LOCATION|geo:Yuendumu]], admitted with diabetic foot infection, HbA1c 11.2%, MRSA on swab. Aboriginal Liaison Officer Aunty [[PERSON|name:Rosalind Jupurrurla]] involved throughout. Return flight to [[LOCATION|geo:Alice Springs]] booked for [[DATE|date:Friday 15 March]].",
    "Torres Strait Islander man, [[PERSON|name:Aaron AHMAT]], from [[LOCATION|geo:Thursday Island]], managed for rheumatic heart disease; benzathine benzylpenicillin 1.2 MU IM every 28 days, next due [[DATE|date:28/03/2024]]. Contact: sister [[PERSON|name:Marita Nona]], mob [[PHONE|phone:0427 118 903]].",
    "Patient [[PERSON|name:Sione Tupou]] left against medical advice [[DATE|date:05/03/2024 23:40]]. Capacity assessed by Dr [[PERSON|name:Fifita]] (psychiatry registrar). Given written information in Tongan. Police notified as he drove himself, rego [[VEHICLE|vehicle:CX 42 LP]].",
    "Death summary: [[PERSON|name:Wong Siu-Ling]], [[AGE|date:96]], died peacefully on Ward 6 North on [[DATE|date:11 March 2024]] with son [[PERSON|name:Daniel Wong]] present. Cause: metastatic colorectal carcinoma. Not a reportable death. Certificate completed by Dr [[PERSON|name:Abdirahman Warsame]].",
    "Please note changed address: [[ADDRESS|geo:Unit 5, 112-118 Haldon Street, Lakemba NSW 2195]]. Alternative contact nephew [[PERSON|name:Georges Haddad]] on [[PHONE|phone:+61 2 9759 4410]] or [[EMAIL|email:georges.haddad77@outlook.com]].",
    "Obstetric discharge: [[PERSON|name:Harpreet Kaur Sandhu]], G2P2, SVD on [[DATE|date:6/3/24]] of a live male, 3420 g, Apgars 8 and 9. Baby URN [[ID|mrn:B0093114]]. Maternal Hb 98 g/L, ferric carboxymaltose 1 g IV given. MCHN referral sent to [[LOCATION|geo:Wyndham Vale]].",
    "Allergies: penicillin (anaphylaxis). Hashimoto's thyroiditis on levothyroxine 100 mcg. Patient [[PERSON|name:Chidinma Eze]], URN [[ID|mrn:744 2190]], discharged home to [[LOCATION|geo:Kirrawee Heights]] under Hospital in the Home; first HITH visit [[DATE|date:Tues 12/3]].",
    "Rehabilitation summary for [[PERSON|name:Ngaire Te Whata]] (DOB [[DATE|date:30.11.1939]], [[AGE|other:84]]): FIM 62 to 98 over 24 days, mobilising with 4WW. Discharged to [[LOCATION|geo:Bayview Gardens Aged Care]]. Medicare [[ID|health_plan:4176 82031 2]].",
    "cc: [[LOCATION|geo:Blacktown Hills Medical Practice]], fax [[PHONE|fax:02 9621 7734]]; private health insurer (HCF member no. [[ID|health_plan:80471256]]). Centrelink Medical Certificate completed; TFN [[ID|ssn:460 213 876]] supplied by patient for the claim form.",
    "Neurology: [[PERSON|name:Venkatesh Raghunathan]], [[AGE|other:61]], right MCA stroke on [[DATE|date:the twenty-eighth of February]], thrombolysed with tenecteplase, NIHSS 14 to 4. Must not drive for 4 weeks; driver licence [[ID|license:041 882 317]] recorded for the fitness-to-drive notification.",
    "Paediatric discharge: [[PERSON|name:Layla]] ([[AGE|other:4]]) with bronchiolitis, HFNC 2 L/kg/min for 2 days, RSV positive. Mother [[PERSON|name:Rania Khoury]], mobile [[PHONE|phone:0412884307]]. Review at [[LOCATION|geo:Bankstown Children's Clinic]] in 1 week.",
]

GP_REFERRAL: list[str] = [
    "Dear Dr [[PERSON|name:Okonkwo]], Re: [[PERSON|name:Bridget McCLUSKEY]], DOB [[DATE|date:03/07/1948]], NHS No. [[ID|health_plan:485 777 3457]], [[ADDRESS|geo:27 Brudenell Grove, Leeds LS6 1HR]]. Thank you for seeing this lady with 3 months of dysphagia to solids and 6 kg weight loss (2WW upper GI). Yours sincerely, Dr [[PERSON|name:Aisha Siddiqui]], [[LOCATION|geo:Hyde Park Surgery]].",
    "Urgent: please contact the patient on [[PHONE|phone:07700 900461]] or at home on [[PHONE|phone:0113 496 0742]]; practice fax [[PHONE|fax:0113 496 0999]]. Mr [[PERSON|name:Kwame Asante]] ([[AGE|other:71]]) has a PSA of 24 ng/mL and a hard irregular prostate on DRE.",
    "Memory clinic referral for Mrs [[PERSON|name:Dorothy Pennington-Smythe]], [[AGE|date:91]], resident at [[LOCATION|geo:Oakfield House Care Home]], postcode [[ADDRESS|geo:BS7 8QJ]]. 6CIT 16/28, B12 and TFTs normal. Her son [[PERSON|name:Julian]] holds LPA for health and welfare.",
    "Re: Ms [[PERSON|name:Priya Raman]], NHS number [[ID|health_plan:4010232161]]. Please see this [[AGE|other:29]]-year-old with suspected PCOS; LH:FSH 3:1, testosterone 3.1 nmol/L, Ferriman-Gallwey 14. Referring GP GMC [[ID|license:7046213]]; replies to [[EMAIL|email:aisha.siddiqui2@nhs.net]] please.",
    "Dear Colleague, [[PERSON|name:Tomasz Wisniewski]] (DOB [[DATE|date:19-Jan-1977]]) of [[ADDRESS|geo:Flat 3, 41 Moss Lane, Manchester M15 5AU]] has had three episodes of renal colic; CTKUB shows a 7 mm left VUJ stone. Polish interpreter needed. Mobile [[PHONE|phone:+44 7700 900 512]].",
    "Two-week-wait skin: Mr [[PERSON|name:Callum Mackintosh]], CHI [[ID|health_plan:1203487126]], [[ADDRESS|geo:12 Rosebank Terrace, Aberdeen AB11 6LQ]]. Asymmetrical pigmented lesion 9 mm on back, 7-point checklist 5; image attached as [[ID|photo:Mackintosh_C_lesion_back_01.jpg]].",
    "Dear Dr [[PERSON|name:Mahmoud]], I would be grateful if you could review [[PERSON|name:Lachlan Byrne]] ([[AGE|other:16]]) with recurrent patellar dislocation. Medicare [[ID|health_plan:5339 08152 1]] / 3. Referring provider no. [[ID|license:2457810X]]. Dr [[PERSON|name:Mei-Ling Chua]], [[LOCATION|geo:Wollongbar Family Practice]], ph [[PHONE|phone:(02) 6628 4410]], fax [[PHONE|fax:(02) 6628 4419]].",
    "Referral to Endocrinology, [[LOCATION|geo:Karrinyup Heights Hospital]]: [[PERSON|name:Olumide Adeyemi]], DOB [[DATE|date:5 Aug 1983]], T2DM with HbA1c 9.8% despite metformin XR 2 g and empagliflozin 25 mg. IHI [[ID|health_plan:8003608177230091]]. Addison's disease excluded (synacthen normal).",
    "Re: [[PERSON|name:Kirra Jackson-Birri]] (Aboriginal, [[AGE|other:38]]); 715 health check completed [[DATE|date:12.02.24]]. Murmur noted, please arrange echocardiogram. Lives in [[LOCATION|geo:Moree]]; best contact is through her uncle [[PERSON|name:Ray]] on [[PHONE|phone:0488 051 227]].",
    "Mental Health Treatment Plan (MBS item 2715) for [[PERSON|name:Ashleigh]], DOB [[DATE|date:11/11/2001]], K10 32, PHQ-9 17, GAD-7 15. Address [[ADDRESS|geo:8 Quandong Place, Karratha WA 6714]]. Six sessions of CBT requested; sertraline 50 mg started.",
    "Dear Dr [[PERSON|name:Papadakis]], thank you for seeing Mrs [[PERSON|name:Fotini Georgiou]], [[AGE|other:77]], postcode [[ADDRESS|geo:3204]], with bilateral knee OA (Kellgren-Lawrence grade 4), failed physiotherapy and duloxetine 60 mg. BMI 31.",
    "Re: [[PERSON|name:Hamid Rezaei]], DVA White Card [[ID|health_plan:NX912837]], for assessment of PTSD-related insomnia; PCL-5 score 52. Referring GP prescriber no. [[ID|license:4471902]], [[LOCATION|geo:Auburn Central Medical]].",
    "Re: Baby [[PERSON|name:Amara Okafor]], NHS [[ID|health_plan:650 214 8794]], [[AGE|other:6]] weeks, with projectile non-bilious vomiting and weight loss; ?pyloric stenosis. Mother [[PERSON|name:Ngozi]] on [[PHONE|phone:+44 7700 900 318]]. Seen at [[LOCATION|geo:Peckham Rye Health Centre]] today.",
    "Fitness to drive: [[PERSON|name:Ben Ahmed]], Queensland driver licence [[ID|license:082 441 936]], two unprovoked seizures, last on [[DATE|date:2 February 2024]]. EEG shows generalised spike-wave. Started levetiracetam 500 mg bd. Please advise re Austroads standards.",
    "Dear Dr [[PERSON|name:Tran]], Re: [[PERSON|name:Wirihana Paki]], [[ADDRESS|geo:5/19 Leichhardt St, Spring Hill QLD 4000]], email [[EMAIL|email:wiri.paki@gmail.com]]. Gout flares x4 this year despite allopurinol 300 mg, urate 0.52 mmol/L; CKD 3a. Referring provider number [[ID|license:4019662B]].",
]

NURSING_SHORTHAND: list[str] = [
    "0200 mrs [[PERSON|name:haddad]] settled overnight, obs wnl, bgl 8.4, pain 2/10 post endone 5mg at 2330. idc draining clear. braden 14. son [[PERSON|name:elias]] rang 0615, ph [[PHONE|phone:0412 884 307]].",
    "pt [[PERSON|name:nguyen-tran]] urn[[ID|mrn:5520391]] ivc resited l) forearm 20g, ivabx (ceftriaxone 1g) given 0800. nbm from mn for ercp. d/w rn [[PERSON|name:tash]].",
    "[[DATE|date:thu 9/3]] 1400 pt aggressive towards staff, code grey called, droperidol 2.5mg im given per dr [[PERSON|name:oyelaran]]. pt states lives at [[ADDRESS|geo:22 banksia st mt druitt]] w partner [[PERSON|name:shaz]].",
    "handover bed 14 ward 7a: [[PERSON|name:jimmy]] ([[AGE|date:92]]) from [[LOCATION|geo:st joseph's racf]], falls risk high, sensor mat on, 4/24 obs, fbc +600. nok daughter [[PERSON|name:cheryl]] [[PHONE|phone:02 4758 9912]].",
    "pt transferred from [[LOCATION|geo:blacktown]] ed via ambos 1730 [[DATE|date:11/3]]. gcs 14 (e3v5m6). ct head nad. urn [[ID|mrn:k0093318]] (old urn [[ID|mrn:b771204]]) - medical records to merge.",
    "wound rv: sacral pi stage 2, 3x2cm, aquacel ag + mepilex border. photo taken & uploaded as [[ID|photo:img_5520391_sacrum_0311.jpg]]. nil s/s infection. 2/24 pressure area care.",
    "pt [[PERSON|name:sione]] refusing meds again. tongan interpreter booked tmrw [[DATE|date:12/3]]. wife [[PERSON|name:mele]] visiting, states pt not taking metformin at home. bgl 14.2 pre tea.",
    "nocte: mr [[PERSON|name:o'brien]] wandering 0300, redirected, no injury. 4at 6. medical rv by dr [[PERSON|name:lim]], nil new orders. cont 1:1 special.",
    "spoke w [[PERSON|name:bronwyn]] from [[LOCATION|geo:karrawong mpc]] re d/c plan, she'll pick pt up in her car rego [[VEHICLE|vehicle:bxr44k]] at 1000 [[DATE|date:fri 15/3]].",
    "medicare no [[ID|health_plan:6120 45738 3]] & dva [[ID|health_plan:vx123981]] updated on pas by ward clerk. pt [[PERSON|name:wally]] ([[AGE|other:88]]) happy w plan.",
    "bgl 2.9 @ 0340, hypo protocol, 150ml juice, rpt 5.6 @ 0355. pt [[PERSON|name:june mcgregor]] from [[LOCATION|geo:cherbourg]], kids [[PERSON|name:darrel]] & [[PERSON|name:kylie]] aware.",
    "unwitnessed fall 2215 [[DATE|date:10/03/24]], found on floor beside bed 3, ?hit head, gcs 15, neuro obs 1/24. riskman done. rmo dr [[PERSON|name:fatima ali]] rv. family ([[PERSON|name:tuan]]) informed on [[PHONE|phone:0433 902 115]].",
    "pt asks hith to email [[EMAIL|email:bazza.kelly66@bigpond.com]] for telehealth f/u. idc bag changed, urine cloudy, msu sent. pt [[PERSON|name:bazza]] aware.",
    "d1 post lap chole, pt [[PERSON|name:ravi]] [[AGE|other:45]]m, pain 3/10, tol diet, ambulating. d/c home to [[LOCATION|geo:quakers hill]] today w partner [[PERSON|name:deepa]].",
    "[[DATE|date:12/3/24 0600]] pt [[PERSON|name:ah-lam chen]] urn:[[ID|mrn:7781024]] ngt output 450ml bilious, k+ 3.1 replaced 20mmol iv over 2hr per protocol. seen by dr [[PERSON|name:kaur]].",
]

PHARMACY: list[str] = [
    "Dispensed: apixaban 5 mg tablets x60, 1 bd, PBS. Patient [[PERSON|name:Rania Khoury]], [[ADDRESS|geo:3/27 Marion St, Bankstown NSW 2200]]. Prescriber Dr [[PERSON|name:Sivanesan]], prescriber no. [[ID|license:2193746]]. Medicare [[ID|health_plan:5663021414]] 1.",
    "Medication reconciliation: [[PERSON|name:Dimitrios Pappas]] ([[AGE|date:90]]) brought a Webster-pak from [[LOCATION|geo:Haldon Street Pharmacy]]; frusemide 40 mg mane in pak but 20 mg on chart. Called pharmacist [[PERSON|name:Lina]] on [[PHONE|phone:(02) 9750 3318]] to clarify.",
    "S8 register [[DATE|date:07/03/2024]]: oxycodone 10 mg CR x28 supplied to [[PERSON|name:Shane Pickering]], driver licence [[ID|license:14 882 930]] sighted. Balance 112. Checked by [[PERSON|name:M. Ismail]] (pharmacist) and [[PERSON|name:J. Fong]] (intern).",
    "HMR referral for [[PERSON|name:Ngo Van Thanh]], DOB [[DATE|date:1 January 1940]]: 11 regular medicines incl. digoxin 62.5 mcg (level 1.9 nmol/L) and amiodarone 100 mg. DVA [[ID|health_plan:WX40721]]. Accredited pharmacist [[PERSON|name:Chloe Drummond]], AHPRA [[ID|license:PHA0001784523]].",
    "eScript token sent by SMS to [[PHONE|phone:0401 557 298]], link [[URL|url:https://ausscripts.erx.com.au/scripts/2JWPJ5H3QK7MN7TXRM]]. Item: salbutamol 100 mcg MDI x2, 5 repeats. Counselled on spacer use.",
    "Vaccination: Shingrix dose 2 given [[DATE|date:4 March 2024]], left deltoid, no reaction after 15 min. AIR updated for IHI [[ID|health_plan:8003608162904429]]. Pt [[PERSON|name:Bruce Tennant]] due Prevenar 20 next visit.",
    "Clozapine monitoring: [[PERSON|name:Kayden Mosby]], monitoring system patient ID [[ID|other:CC-201447]], ANC 3.2, WBC 6.1, green result, supply continued at 400 mg nocte. Next FBC due [[DATE|date:18/3]].",
    "Fax from [[LOCATION|geo:Bayview Gardens Aged Care]] ([[PHONE|fax:07 5532 1190]]): medication chart for [[PERSON|name:Iris Moloney]], room 14, requesting Movicol sachets x30 and paracetamol 665 mg SR. Chart signed by Dr [[PERSON|name:Balasubramaniam]].",
    "ODT program: [[PERSON|name:Tyrone Blackwood]] ('[[PERSON|name:Ty]]'), methadone 85 mg daily, takeaways Sat/Sun. Prescriber Dr [[PERSON|name:Annika Lindqvist]], prescriber number [[ID|license:0873215]]. Photo ID on file: [[ID|photo:blackwood_tyrone_id.jpg]].",
    "Private script: semaglutide 1 mg pen, $139.99, paid by Mastercard [[ID|account:5200 1983 4477 1265]]; tax invoice to [[EMAIL|email:jkaur.accounts@yahoo.com.au]]. Customer account [[ID|account:CUST-0048817]].",
    "Compounding: omeprazole 2 mg/mL suspension 100 mL for [[PERSON|name:Zara Ibrahim]] ([[AGE|other:4]] months, 6.2 kg), 5 mg bd, refrigerate, 28-day expiry. Father [[PERSON|name:Yusuf]] to collect [[DATE|date:Wed 13th]].",
    "Pharmacist intervention: gentamicin trough 2.4 mg/L (target <1) for URN [[ID|mrn:K0412887]], bed 22 ward 5B; dose withheld, d/w Dr [[PERSON|name:Ashraf]]. eGFR 41, vancomycin AUC not due.",
    "CTG annotation applied for [[PERSON|name:Maxine Garrawurra-Clarke]], Medicare [[ID|health_plan:3081759671]]; 6 items incl. insulin glargine 100 U/mL and atorvastatin 40 mg, collecting at [[LOCATION|geo:Galiwinku]] clinic.",
    "RUM returns: [[PERSON|name:Hao Zhang]] returned warfarin 1/3/5 mg after switching to dabigatran 150 mg bd; INR clinic notified. Contact [[PHONE|phone:+61 433 020 718]]. Pt lives in postcode [[ADDRESS|geo:2134]].",
    "DAA label: [[PERSON|name:LEUNG, Kwok-Wai]], DOB [[DATE|date:23-07-1933]] ([[AGE|date:90]]), [[ADDRESS|geo:Room 7, Mulberry Lodge, 40 Cawarra Rd, Caringbah NSW 2229]]. Packed: metoprolol 25 mg bd, perindopril 5 mg mane, donepezil 10 mg nocte.",
]

TELEHEALTH: list[str] = [
    "Video consult via [[URL|url:https://telehealth.northcoasthealth.org.au/room/8841-kx]]; [[PERSON|name:Jarrah Simpson]] joined from [[LOCATION|geo:Nimbin]] at 10:02, client IP [[IP|ip:203.0.113.47]]. Audio dropped twice; completed by phone on [[PHONE|phone:0491 570 156]]. MBS item 91891.",
    "Kia ora. Telehealth with [[PERSON|name:Aroha Ngata-Reihana]], NHI [[ID|health_plan:PKT4825]], from [[LOCATION|geo:Kaitaia]]; gout flare, colchicine 0.5 mg x3 doses. Whanau contact [[PERSON|name:Mere]] on [[PHONE|phone:021 045 8832]].",
    "Patient currently in London: [[PERSON|name:Oliver Achterberg]], called from [[PHONE|phone:+44 20 7946 0123]]. Reviewed INR 3.4 from a UK lab result emailed by [[EMAIL|email:oliver.achterberg@btinternet.com]]; warfarin reduced to 4 mg.",
    "Telepsychiatry: pt located at [[ADDRESS|geo:208 Birch Hollow Rd, Bozeman, MT 59715]] (verified for licensure; provider license [[ID|license:MED-88120]]). PHQ-9 14, C-SSRS negative. Session via [[URL|url:https://zoom.us/j/84522901173?pwd=Qk8xT1]].",
    "Follow-up with [[PERSON|name:Anjali Deshmukh]] in [[LOCATION|geo:Pune]] over WhatsApp video, [[PHONE|phone:+91 98450 12345]]. TSH 7.8 mIU/L, levothyroxine increased to 75 mcg. Next review [[DATE|date:15th April]].",
    "Virtual visit: [[PERSON|name:Marie-Eve Tremblay]], OHIP [[ID|health_plan:4532-281-914-AK]], [[AGE|other:52]], hot flushes; started on CBT-I resources and gabapentin 300 mg nocte. Pharmacy fax [[PHONE|fax:(613) 555-0148]].",
    "Phone consult: [[PERSON|name:Bilal Chaudhry]] identity confirmed with DOB [[DATE|date:9 Sept 1990]] and Medicare [[ID|health_plan:4715290881]]. Medical certificate emailed to [[EMAIL|email:bilal.chaudhry@protonmail.com]]; cefalexin 500 mg qid x5d sent as eScript.",
    "Remote BP review: [[PERSON|name:Edith Cavanagh]] ([[AGE|date:97]]), home readings average 152/84, uploaded from app session [[IP|ip:2406:e003:1a2f:9c00:5d1:8bff:fe42:11a0]]. Amlodipine 2.5 mg added. Carer [[PERSON|name:Noeline]] present.",
    "Interpreter-assisted (Arabic) telehealth: [[PERSON|name:Fatima Al-Sayed]], interpreter [[PERSON|name:Samir]] (TIS ID [[ID|other:40771]]). Gestational diabetes, fasting BGL 5.6, start metformin 500 mg nocte.",
    "Teleconsult for [[PERSON|name:Thabo Mokoena]] in [[LOCATION|geo:Soweto]], ID number [[ID|ssn:7805125800081]], phone [[PHONE|phone:+27 82 555 0144]]. HIV viral load <50 on TLD, CD4 612. Repeat script 3 months.",
    "Telehealth (Ireland): [[PERSON|name:Siobhan Ni Bhriain]], Eircode [[ADDRESS|geo:D08 XY51]], mobile [[PHONE|phone:+353 87 555 0172]]. Asthma review, ACT 17, step up to budesonide/formoterol maintenance and reliever.",
    "Secure message [[URL|url:https://portal.harbourhealth.com.au/msg/thread/550219]]: [[PERSON|name:Dane Whitford]] uploaded rash photo [[ID|photo:IMG_20240308_Whitford.heic]]; looks like pityriasis rosea, reassured. Herald patch 3 cm.",
    "Call initiated [[DATE|date:2024-03-12 09:15:44+10:00]] by Dr [[PERSON|name:Yeo]] to [[PHONE|phone:+61 7 4051 9936]], duration 00:14:52, outcome completed. Caller verified by voice ID [[ID|biometric:VID-7730-2291]].",
    "Patient travelling in [[LOCATION|geo:Chiang Mai]]; outside Australia so MBS item 91800 not claimable, private fee $85. [[PERSON|name:Grace Lee-Hartono]] asked for records to be shared with her overseas GP at [[EMAIL|email:dr.somchai.clinic@gmail.com]].",
    "Family set up a fundraiser at [[URL|url:https://www.gofundme.com/f/help-jarrah-walk-again]] after the accident; mentions his ward and surgeon by name. Advised [[PERSON|name:Jarrah]]'s mother [[PERSON|name:Lorraine]] about privacy; she prefers calls on [[PHONE|phone:(07) 5522 9140]].",
]

BILLING: list[str] = [
    "Statement: [[PERSON|name:Carlos Mendoza-Reyes]], acct [[ID|account:40021187733]], [[ADDRESS|geo:1207 Alder St, Eugene, OR 97402-3318]]. DOS [[DATE|date:02/27/2024]]: CPT 99214 $212.00, 93000 $48.00. Insurance paid $176.40; patient balance $83.60.",
    "Claim denial CARC 197 (no prior auth) for member [[ID|health_plan:XQH894412073]]; subscriber [[PERSON|name:Linda Fairweather]], SSN [[ID|ssn:418 22 7190]]. ICD-10 M17.11, CPT 27447. Appeal window 180 days.",
    "Payment received: Visa [[ID|account:4532 0147 8812 0939]], amount $350.00 on [[DATE|date:Mar 1, 2024]], applied to acct [[ID|account:40021187733]]. Remaining balance $0.00.",
    "Tax invoice, [[LOCATION|geo:Harbourside Specialist Rooms]], ABN 53 004 085 616. Patient [[PERSON|name:Meera Iyer]], Medicare [[ID|health_plan:2294736142]] IRN 1. Item 104 $189.00, Medicare rebate $76.80. Referral from Dr [[PERSON|name:Halloran]] dated [[DATE|date:19/01/2024]].",
    "Bulk bill batch 0419: 14 services, 13 paid. Rejected: [[PERSON|name:Ioane Faleolo]], card number [[ID|health_plan:3990817211]], reason 9 (IRN mismatch). Update details and resubmit. Item 23 x1, item 10990 x1.",
    "Direct debit authority: [[PERSON|name:Wei Chen]], BSB 063-118, account [[ID|account:1048 2297]], fortnightly $40 towards outstanding gap $1,284.60 (knee arthroscopy, item 49557).",
    "Collections notice sent to [[ADDRESS|geo:PO Box 7714, Tulsa, OK 74105]] for acct [[ID|account:PT-0093318-02]]; pt [[PERSON|name:Roy Littlebear]], phone [[PHONE|phone:918.555.0163]]. Balance $2,140.00 over 120 days.",
    "Workers' comp: [[PERSON|name:Javier Ortiz]], claim [[ID|account:WC-22-918273]], DOI [[DATE|date:01/15/2024]], L4-5 strain, 97110 x4 units. Adjuster [[PERSON|name:Beth Sorensen]], fax [[PHONE|fax:(602) 555-0178]].",
    "Overseas visitor: [[PERSON|name:Lukas Brenner]], travel insurance policy [[ID|health_plan:ALZ-7730-441902]], passport [[ID|other:C4J7RT2X9]]. ED attendance fee $420 charged, receipt to [[EMAIL|email:l.brenner@web.de]].",
    "Eligibility check: Medicare MBI [[ID|health_plan:5KT9-WN3-RE48]] active Part A/B; secondary BCBS member ID [[ID|health_plan:XYP884120357]]. Pt [[PERSON|name:Dolores Whitehorse]], [[AGE|date:95]], ZIP [[ADDRESS|geo:87501]].",
    "DVA invoice: veteran [[PERSON|name:Kevin O'Donoghue]], file no. [[ID|health_plan:TX 204417]], item 36 + item 11700 (ECG), total $143.25, paid via DVA Webclaim. Provider [[ID|license:512907KJ]].",
    "Itemized bill requested by [[PERSON|name:Anh Pham]] via [[EMAIL|email:anh.pham.1984@icloud.com]], DOB [[DATE|date:04-18-1984]]. Revenue codes 0250, 0300, 0450; total charges $6,912.33; self-pay discount 30%.",
    "Private health claim: Bupa membership [[ID|health_plan:12094471]] for [[PERSON|name:Tiana Rangihuna]], admitted [[DATE|date:03/02/2024]] to [[LOCATION|geo:Northpark Private Hospital]], DRG I18B, excess $500. TFN for income test: [[ID|ssn:715/309/285]].",
    "Subrogation: MVA on [[DATE|date:02/18/2024]], auto insurer notified; insured vehicle VIN [[VEHICLE|vehicle:JTDKB20U893481726]], plate [[VEHICLE|vehicle:LKT 4490]] (TX). Patient [[PERSON|name:Gloria Batiste-Ruiz]], [[ADDRESS|geo:55 Magnolia Ct, Baton Rouge, LA 70808]].",
    "Portal payment from [[IP|ip:73.162.48.211]] failed: AVS mismatch on ZIP [[ADDRESS|geo:30318]]; acct [[ID|account:40098812250]]. SSN on guarantor file ssn#[[ID|ssn:601447382]] flagged as mismatched.",
]

DEVICE_TELEMETRY: list[str] = [
    "[[DATE|date:2024-03-11T02:14:07Z]] INFO pump model=8100 sn=[[DEVICE|device:12047719]] fw=12.1.3 pt=[[ID|mrn:K0412887]] drug=heparin 25000U/250mL rate=18.0mL/h vtbi=120mL",
    "[[DATE|date:2024-03-11T02:31:55.804+11:00]] ALARM OCCLUSION_DOWNSTREAM ch=B sn=[[DEVICE|device:12047719]] host=[[IP|ip:10.24.8.117]] port=2575 severity=HIGH ack=1",
    "MSH|^~\\&|CARDIOBRIDGE|ICU|EMR|RBH|[[DATE|date:20240311023155]]||ORU^R01|88213|P|2.5.1\nPID|1||[[ID|mrn:5520391]]^^^RBH^MR||[[PERSON|name:KHOURY]]^[[PERSON|name:RANIA]]||[[DATE|date:19580214]]|F|||[[ADDRESS|geo:3/27 MARION ST^^BANKSTOWN^NSW^2200]]\nOBX|1|NM|8867-4^Heart rate^LN||112|/min|60-100|H",
    "[[DATE|date:2024-03-10 23:58:12]] remote transmission: Azure XT DR, SN [[DEVICE|device:RNB204718S]], battery 9.5 y, RA pacing 12%, RV 1%, AT/AF burden 0.4%. Bedside monitor [[DEVICE|device:24950-A71K3]] via [[IP|ip:2001:db8:4a1:17::2c]].",
    "UDI scanned at implant: [[DEVICE|device:(01)00884521348723(17)270131(10)L2291(21)A00791342]]; pt [[ID|mrn:K0093318]], theatre 4, surgeon [[PERSON|name:Adeyemi]], tourniquet 62 min.",
    "[[DATE|date:Mar 11 02:10:44]] dhcpd: DHCPACK on [[IP|ip:10.88.14.203]] to [[DEVICE|device:00:1b:44:11:3a:b7]] via eth1 (bedside monitor MX450 sn [[DEVICE|device:DE8347K112]], bed ICU-07)",
    '{"ts":"[[DATE|date:2024-03-12T06:05:00+10:00]]","tx":"[[DEVICE|device:8H4K2P]]","glucose_mmol":4.1,"trend":"down","patient":"[[ID|mrn:7781024]]","app":"4.12.0"}',
    "ADC cabinet 3, reader [[DEVICE|device:SRN-0071-4482]]: fingerprint template [[ID|biometric:FPT-0093-44172]] matched, hydromorphone 2 mg withdrawn for pt [[ID|mrn:5520391]] at [[DATE|date:11/03/2024 04:12:09]]; witness override count 0.",
    "IVR: caller ANI [[PHONE|phone:+61412884307]] passed voiceprint check [[ID|biometric:VP-88213-A]] (score 0.93); routed to results line, queue 4, wait 00:02:11.",
    "wlan0 assoc [[DEVICE|device:A4-83-E7-2C-91-0F]] (phone IMEI [[DEVICE|device:353948112072643]]) addr [[IP|ip:fe80::a683:e7ff:fe2c:910f]] global [[IP|ip:2001:db8:ac10:fe01::17]] rssi=-61 ssid=PATIENT-WIFI",
    "vent export sn=[[DEVICE|device:HMV-1120489]] mode=PC-AC peep=8 fio2=0.45 vt=412mL rr=18 pt_id=mrn[[ID|mrn:00417729]] sw=3.4.2 t=[[DATE|date:2024-03-11 05:00]]",
    "media upload ok: [[ID|photo:wound_K0412887_20240311_0215.jpg]] from asset [[DEVICE|device:RBH-MD-004471]] src=[[IP|ip:172.16.40.12]] size=2.1MB exif_stripped=false",
    "ECG export (watch): patient [[PERSON|name:Grace Okafor]], device serial [[DEVICE|device:FHLXK2P7Q1GJ]], OS 10.3, classification AF, HR 128, recorded [[DATE|date:9 Mar 2024 at 21:14]].",
    "pump upload: t:slim sn [[DEVICE|device:1048827]] basal 0.85 U/h IOB 2.3 U; uploaded by [[EMAIL|email:mum.of.zara@gmail.com]] from [[IP|ip:49.180.22.117]] at [[DATE|date:12 Mar 2024 21:40]]",
    "[[DATE|date:2024-03-09T18:22:41Z]] WARN hearing-aid app: pair L sn [[DEVICE|device:L2210-44871]] R sn [[DEVICE|device:L2210-44872]] firmware 2.14.0, owner [[PERSON|name:Bill Tregenza]], phone [[PHONE|phone:0418 336 205]]",
]

RESEARCH_ENROLMENT: list[str] = [
    "Participant [[ID|other:HEART-AU-0417-023]] consented [[DATE|date:14 Feb 2024]] at [[LOCATION|geo:Parramore Clinical Research Unit]]; protocol v3.2, ACTRN12623000417695. Baseline LVEF 34%, NYHA II.",
    "Screening log: [[ID|other:SCR-0117]] [[PERSON|name:Sione Tupou]], eligible, randomised [[DATE|date:21/02/2024]] to arm B, randomisation no. [[ID|other:R-2209]]. Visit window +/- 3 days.",
    "Consent witnessed by coordinator [[PERSON|name:Ayesha Rahman]]; participant's daughter [[PERSON|name:Lily Chen]] is person responsible, contact [[EMAIL|email:lily.chen.syd@gmail.com]]. Re-consent required after amendment effective [[DATE|date:the 3rd of April]].",
    "Site 012 ([[LOCATION|geo:Townsville Bayside Hospital]]) enrolled 4 participants this month, [[ID|other:T2D-012-001]] to [[ID|other:T2D-012-004]]. SAE for [[ID|other:T2D-012-002]]: DKA on dapagliflozin 10 mg, resolved.",
    "Biobank: participant [[ID|other:BB-77210]] (DOB [[DATE|date:1952-06-30]]), 4 x EDTA, 2 x SST stored at -80. Fundus image [[ID|photo:BB-77210_OD_fundus.png]]; iris template [[ID|biometric:IRS-5521-0093]].",
    "Withdrawal: participant [[ID|other:MIND-NZ-009]] withdrew consent by phone ([[PHONE|phone:+64 9 555 0172]]) on [[DATE|date:8 March]]; data to date retained per PICF section 9.",
    "Eligibility: [[AGE|other:67]]F, eGFR 48, stable on ramipril 10 mg; excluded (prior SGLT2i). Recruiting clinician Dr [[PERSON|name:Kalinda Morgan]], [[LOCATION|geo:Cairns North Renal Clinic]].",
    "Travel reimbursement: participant [[PERSON|name:Hemi Walker]], BSB 032-000, acct [[ID|account:487 221 906]], $50 per visit; visit 3 on [[DATE|date:12/03/2024]]. TFN [[ID|ssn:518307295]] provided for payments over threshold.",
    "Data linkage: Medicare [[ID|health_plan:2448165992]] supplied for MBS/PBS linkage, consented [[DATE|date:01-Mar-2024]]. Participant [[ID|other:GEN-AU-2291]]; WGS 30x, no pathogenic variants in BRCA1/2.",
    "Older adults cohort: [[ID|other:OAC-0331]], [[AGE|date:93]] at baseline, lives at [[LOCATION|geo:Wattle Grove Lodge]]; MMSE 24, grip strength 14 kg, gait speed 0.6 m/s, Clinical Frailty Scale 6.",
    "EU site: participant [[ID|other:EU-DE-04-117]] enrolled at [[LOCATION|geo:Klinikum Nordstadt]], Einwilligung [[DATE|date:05.03.2024]]; coordinator Dr. [[PERSON|name:Katrin Vogelsang]], tel. [[PHONE|phone:+49 511 970 2214]].",
    "US site, IRB #2023-0419: participant [[ID|other:PRV-US-118]] ([[PERSON|name:Shawna Redcloud]]), ZIP [[ADDRESS|geo:57501]], enrolled [[DATE|date:Feb 29, 2024]]; $25 gift card per visit.",
    "ePRO registration: participant [[ID|other:SLEEP-022]], login [[EMAIL|email:k.nakamura.sleep@outlook.com]], wearable [[DEVICE|device:FTX-4471-88K]], app v2.3.1, first login from [[IP|ip:121.44.190.3]]. PSQI 13.",
    "Photography consent: [[ID|other:DERM-019]] agreed to clinical photographs; files [[ID|photo:DERM-019_lesion1_2024-03-04.jpg]] stored in REDCap project 1142. Lesion 11 mm, dermoscopy atypical network.",
    "HREC/2023/QRBW/98765. [[PERSON|name:Mariam Yusuf]] ([[ID|other:PREG-044]]), EDD [[DATE|date:22/07/2024]], enrolled at [[LOCATION|geo:Logan Central Maternity Unit]]; OGTT 5.3/10.9/8.1, randomised to metformin.",
]

EU_CLINIC: list[str] = [
    "Sehr geehrte Frau Kollegin Dr. [[PERSON|name:Hübner]], wir berichten über Herrn [[PERSON|name:Jürgen Meißner]], geb. [[DATE|date:12.04.1946]], wohnhaft [[ADDRESS|geo:Lindenstraße 17a, 30159 Hannover]], der sich vom [[DATE|date:02.03.2024]] bis [[DATE|date:09.03.2024]] in stationärer Behandlung befand. KVNR [[ID|health_plan:T482910373]]. Diagnosen: NSTEMI, Diabetes mellitus Typ 2 (HbA1c 7,9 %). Rückfragen unter [[PHONE|phone:0511 970-2214]].",
    "Pflegebericht: Frau [[PERSON|name:Gerda Schulte-Wörmann]] ([[AGE|date:94]] J.) aus dem [[LOCATION|geo:Seniorenstift Am Mühlenteich]], Sturz am [[DATE|date:Sonntag, den 3. März]], Braden-Skala 12, Ramipril 5 mg pausiert. Tochter [[PERSON|name:Petra]], Tel. [[PHONE|phone:+49 (0)171 5550284]]. Parkausweis für den Pkw der Tochter, Kennzeichen [[VEHICLE|vehicle:H-JM 4417]].",
    "Patientin [[PERSON|name:Anna-Lena Brunner]], AHV-Nr. [[ID|ssn:756.2819.4730.60]], [[ADDRESS|geo:Bahnhofstrasse 41, 8600 Dübendorf]]; Hausarzt Dr. med. [[PERSON|name:Reto Caflisch]], Tel. [[PHONE|phone:044 821 55 19]], Fax [[PHONE|fax:044 821 55 10]]. Morbus Crohn unter Vedolizumab 300 mg.",
    "Compte rendu d'hospitalisation : Mme [[PERSON|name:Yasmina Benali]], née le [[DATE|date:3 mars 1958]], demeurant [[ADDRESS|geo:12, rue des Tanneurs, 69005 Lyon]]. NIR [[ID|ssn:2 58 03 69 384 217 93]]. Tél. [[PHONE|phone:04 78 92 15 36]], courriel [[EMAIL|email:y.benali@orange.fr]]. Pyélonéphrite aiguë, ceftriaxone 1 g/j.",
    "Courrier au Dr [[PERSON|name:Lefèvre]], [[LOCATION|geo:Centre hospitalier de Saint-Aubin-les-Vignes]] : M. [[PERSON|name:Mamadou Diallo]], [[AGE|other:63]] ans, sortie le [[DATE|date:lundi 11 mars 2024]] sous apixaban 5 mg x2/j. Joignable au [[PHONE|phone:+33 6 12 55 04 87]]. Maladie de Basedow connue.",
    "Lettera di dimissione: Sig.ra [[PERSON|name:Maria Bianchi]], nata a [[LOCATION|geo:Milano]] il [[DATE|date:12 giugno 1936]] ([[AGE|other:87]] anni), residente in [[ADDRESS|geo:Via Giuseppe Garibaldi 21, 20121 Milano (MI)]], C.F. [[ID|ssn:BNCMRA36H52F205X]], tel. [[PHONE|phone:+39 02 5550 3318]]. Scompenso cardiaco, furosemide 25 mg.",
    "Ambulatorio di geriatria, [[DATE|date:11/03/2024]]: paziente [[PERSON|name:ROSSI Giuseppe]], [[AGE|date:92]] anni, CF [[ID|ssn:RSSGPP31C14H501B]], residente a [[LOCATION|geo:Roma]], tel. [[PHONE|phone:06 5551 2290]]. MMSE 21/30, morbo di Parkinson, levodopa/carbidopa 100/25.",
    "Ontslagbrief: dhr. [[PERSON|name:Pieter van der Heijden]], geb. [[DATE|date:21-08-1949]], BSN [[ID|ssn:274601539]], [[ADDRESS|geo:Kerkstraat 14, 3581 RB Utrecht]]. Huisarts [[PERSON|name:H. de Vries]], [[LOCATION|geo:Huisartsenpraktijk Lombok]], tel. [[PHONE|phone:030-2551190]]. Machtiging eigen bijdrage: IBAN [[ID|account:NL92RABO0318204765]].",
    "Informe de alta: [[PERSON|name:Carmen Ruiz Ortega]], DNI [[ID|ssn:48213907L]], NHC [[ID|mrn:00718234]], domicilio [[ADDRESS|geo:Calle del Pez 45, 3.º B, 28004 Madrid]], tlf. [[PHONE|phone:+34 612 55 04 81]]. Ingreso el [[DATE|date:3 de marzo de 2024]] por EPOC agudizada, GOLD E.",
    "Karta informacyjna: pacjent [[PERSON|name:Krzysztof Zieliński]], PESEL [[ID|ssn:44071503213]], [[ADDRESS|geo:ul. Długa 8/12, 00-238 Warszawa]], tel. [[PHONE|phone:+48 22 555 41 07]]. Przyjęty [[DATE|date:4 marca 2024]], zawał NSTEMI, PCI LAD. Lekarz prowadzący dr [[PERSON|name:Agnieszka Wróbel]].",
    "Journalanteckning [[DATE|date:2024-03-12]]: [[PERSON|name:Ingrid Lindqvist]], pnr [[ID|ssn:19340612-3186]], [[AGE|other:89]] år, boende [[ADDRESS|geo:Storgatan 5 B, 852 30 Sundsvall]], tel. [[PHONE|phone:070-555 12 34]]. Förmaksflimmer, apixaban 2,5 mg x2.",
    "Epikrise: [[PERSON|name:Håkon Haugland]], f.nr. [[ID|ssn:12053448729]], [[ADDRESS|geo:Kongens gate 22, 7011 Trondheim]], tlf. [[PHONE|phone:+47 915 55 018]]. Innlagt [[DATE|date:5. mars 2024]] med pneumoni, CRP 212, benzylpenicillin 1,2 g x4.",
    "Udskrivningsbrev: [[PERSON|name:Mette Kjærgaard]], CPR [[ID|ssn:020348-1572]], [[ADDRESS|geo:Nørrebrogade 110, 2. tv., 2200 København N]], tlf. [[PHONE|phone:+45 31 55 20 94]]. Egen læge: [[PERSON|name:Søren Dahl]], [[LOCATION|geo:Lægehuset Ryparken]].",
    "Lähete: [[PERSON|name:Aino Virtanen]], hetu [[ID|ssn:150538-274B]], [[ADDRESS|geo:Hämeenkatu 14 B 7, 33100 Tampere]], puh. [[PHONE|phone:040 555 1823]]. Tyypin 2 diabetes, HbA1c 62 mmol/mol, metformiini 1 g x2.",
    "LIS-Export [[DATE|date:11.03.2024 07:42]]: Auftrag Pat.-Nr. [[ID|mrn:2004417]] ([[PERSON|name:ÖZTÜRK, Emine]]), Station 3B, Kalium 5,9 mmol/l, Kreatinin 2,1 mg/dl; Rechnung an IBAN [[ID|account:DE05500105175408162937]], Befund per Mail an [[EMAIL|email:e.oeztuerk@gmx.de]] (Einwilligung liegt vor).",
]

STYLES: dict[str, list[str]] = {
    "progress-note": PROGRESS_NOTE,
    "discharge-summary": DISCHARGE_SUMMARY,
    "gp-referral": GP_REFERRAL,
    "nursing-shorthand": NURSING_SHORTHAND,
    "pharmacy": PHARMACY,
    "telehealth": TELEHEALTH,
    "billing": BILLING,
    "device-telemetry": DEVICE_TELEMETRY,
    "research-enrolment": RESEARCH_ENROLMENT,
    "eu-clinic": EU_CLINIC,
}


def main() -> None:
    print(f"{OUT.relative_to(ROOT)}: {write_styled(OUT, STYLES.items())} docs")


if __name__ == "__main__":
    main()
