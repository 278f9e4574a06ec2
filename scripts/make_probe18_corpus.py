"""Write the 18-th hand-annotated redaction probe, a hard mixed-locale corpus in ten note styles.

Why: the redaction engine is scored on corpora written by authors who never read it. This probe
leans on the awkward cases: names that are ordinary words or places, lower-case names in nursing
shorthand, nicknames, double-barrelled and particle surnames, towns that are ordinary words,
hospitals named in passing by nickname or abbreviation, partial and spoken dates, ages of 90+ in
words, identifiers with odd separators, glued to words or split across a line break, and codes
inside logs, URLs and file names. Look-alikes (doses, lab values, bed numbers, times, MBS/CPT
items, trial registrations, model and firmware numbers) are planted and left unmarked.

What: 100 notes, 10 in each of progress-note, discharge-summary, gp-referral, nursing-shorthand,
pharmacy, telehealth, billing, device-telemetry, research-enrolment and eu-clinic-letter; about
30% UK/Ireland, 30% Australia/New Zealand, 20% US/Canada and 20% continental Europe. Every one of
the 18 Safe Harbor categories appears at least four times. Markers are `[[LABEL|category:text]]`;
titles stay outside name spans, ages of 90 or more are AGE|date, full addresses are one span,
towns and facilities alone are LOCATION|geo. All people and numbers are invented.

How: cd /work/main && .venv/bin/python scripts/make_probe18_corpus.py
"""

from pathlib import Path

from make_safe_harbor_suite import write_styled

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "corpus" / "redaction" / "probe18.jsonl"

PROGRESS_NOTES = [
    "PROGRESS NOTE  ward 12 / bed 4\nPt: [[PERSON|name:Rose Hartigan]] ([[AGE|other:78]]F)  hosp no. [[ID|mrn:RJ1 448213]]\nS: 'slept rotten, the telly next door was on till three'. Daughter [[PERSON|name:Hope]] driving up from [[LOCATION|geo:Bath]] this pm.\nO: T 37.9  HR 104  BP 118/64  SpO2 94% RA. CRP 188 (0-5).\nP: cont IV co-amoxiclav 1.2 g TDS, r/v with Dr [[PERSON|name:Okafor]] on PTWR.",
    "Day 3 post lap chole. [[PERSON|name:Siobhán Mac Giolla Phádraig]] (MRN [[ID|mrn:T0093317]]) mobilising well around the ward, eating and drinking. Wound clean and dry. Husband [[PERSON|name:Frank]] asking re discharge - told likely Thurs if ALT keeps falling (212 -> 140). OPD r/v in [[LOCATION|geo:Tallaght]] on [[DATE|date:the ninth of May]]. Mobile on file [[PHONE|phone:087 441 9023]].",
    "PN 07:40 -- [[PERSON|name:YOUNG, Dawn]]  UR [[ID|mrn:3318-702]]\nTransferred from [[LOCATION|geo:Orange Base]] overnight with ?sepsis. Lives out past [[LOCATION|geo:Molong]]; son [[PERSON|name:Mark]] drove her in. Says she's '[[AGE|date:ninety-one]] and not dead yet'. DVA Gold [[ID|health_plan:NX 889213]].\nBSL 11.2, K 3.1 -> replace 20 mmol KCl. Bed 7 near nurses station pls.",
    "WR (Dr [[PERSON|name:Te Huia]]) - Mr [[PERSON|name:Sione Faleolo]], NHI [[ID|health_plan:ZKP4471]], came through [[LOCATION|geo:Middlemore]] ED on [[DATE|date:Sat 2/3]]. L leg cellulitis improving, erythema well inside the pen line. Lives in [[LOCATION|geo:Otara]] with whanau. Cont fluclox 2 g q6h IV, step down to oral at 48h afebrile.",
    "Seen w/ reg [[PERSON|name:P. Venkataraman]]. [[PERSON|name:Cliff]] (chart: [[PERSON|name:Clifford Ashby-Clarke]]) reports he 'got crook after the footy' on [[DATE|date:Anzac Day]]; vomiting x3 since. Had a stint at the [[LOCATION|geo:Alfred]] last year for pancreatitis. Medicare [[ID|health_plan:4127 55903 2]]. Lipase 1840. NBM, IVT 125 mL/h.",
    "Continuation sheet\n[[PERSON|name:WOOD, Ivy]]   DOB [[DATE|date:1931-11-02]] (aged [[AGE|date:92]])   NHS no [[ID|health_plan:943 476 5919]]\nStepped down from the [[LOCATION|geo:JR]] yesterday. Side room 3, bed 22. Fluid balance +1240 mL. Son [[PERSON|name:Alistair Wood]] holds LPA for health and welfare; contact via [[PHONE|phone:01865 555 209]].",
    "Hospital day 5. [[PERSON|name:Hunter Bishop]], [[AGE|other:34]] y/o M, MRN [[ID|mrn:00-481-2276]]. Drove down from [[LOCATION|geo:Normal]], IL to sit with his mother at [[LOCATION|geo:Barnes-Jewish]] and collapsed in the parking garage. Sister [[PERSON|name:Summer]] at bedside. K 4.1 (3.5-5.1), Mg 1.6. Tele: NSR 70s, no events.",
    "Interval note. [[PERSON|name:Will Sterling]], PHN [[ID|health_plan:9876 543 210]]. Lives just outside [[LOCATION|geo:Hope]], BC, brought to [[LOCATION|geo:VGH]] by air on [[DATE|date:Oct 14]]. Wife [[PERSON|name:Faith]] reachable on [[PHONE|phone:604-555-0193]]. Chest tube output 80 mL/24h, plan removal tomorrow.",
    "Verlauf / progress: Herr [[PERSON|name:Jürgen von Hohenberg]] (Fallnr. [[ID|mrn:2024-118374]]), tourist from [[LOCATION|geo:Freiburg]] admitted [[DATE|date:23.07]]. with STEMI, PCI to LAD. KVNR [[ID|health_plan:M482019375]]. Hb 128, Trop falling. Son [[PERSON|name:Maximilian]] flying in from [[LOCATION|geo:Munich]] tomorrow.",
    "Progress: [[PERSON|name:Bram van 't Hof]], BSN [[ID|ssn:1827.44.901]], d2 on the [[LOCATION|geo:AMC]] neuro ward. Partner [[PERSON|name:Sanne]] notes he 'lost words' on [[DATE|date:Koningsdag]]. NIHSS 2, MRI shows small L MCA infarct. Plan: DAPT 21 days.",
]

DISCHARGE_SUMMARIES = [
    "DISCHARGE SUMMARY\nPatient: [[PERSON|name:Penelope Fortescue-Brown]] (prefers [[PERSON|name:Penny]])\nDOB: [[DATE|date:07/08/1944]]   NHS No: [[ID|health_plan:4857773456]]\nAdmitted: [[DATE|date:12/02/2024]]   Discharged: [[DATE|date:19/02/2024]]\nConsultant: Mr [[PERSON|name:A. Lowe]] (GMC [[ID|license:4438120]])\nDx: NSTEMI. Peak troponin 1,840 ng/L.\nMeds: bisoprolol 2.5 mg OD, ticagrelor 90 mg BD.\nGP: [[LOCATION|geo:Wells City Practice]]",
    "Discharge from [[LOCATION|geo:Beaumont]]. [[PERSON|name:Pádraig Ó Súilleabháin]], MRN [[ID|mrn:B7731902]], PPSN [[ID|ssn:6623194PA]]. Home address [[ADDRESS|geo:14 Main Street, Bray, Co. Wicklow A98 X2F4]]. Medical card no. [[ID|health_plan:27A 441 903]]. Discharged home [[DATE|date:Tues 4th June]] with PHN visits twice weekly for dressings.",
    "DISCHARGE SUMMARY -- [[LOCATION|geo:RPA]]\nName: [[PERSON|name:GRACE NGUYEN-FAULKNER]]    UR: [[ID|mrn:0412877]]\nMedicare: [[ID|health_plan:2951 38163 1/2]]\nAddress: [[ADDRESS|geo:3/41 Parramatta Rd, Annandale NSW 2038]]\nAdm [[DATE|date:01.03.24]]  D/C [[DATE|date:06.03.24]]\nContact: [[PHONE|phone:0412 306 118]]\nPrincipal dx: community acquired pneumonia (CURB-65 = 1).",
    "Discharged to residential care: [[LOCATION|geo:Gippsland Lakes Lodge]], [[LOCATION|geo:Sale]] VIC. Resident Mrs [[PERSON|name:Joy Pennington]], [[AGE|date:ninety-six]], DVA file [[ID|health_plan:VX 402718]]. Facility fax [[PHONE|fax:(03) 5144 2087]]. PPM (Medtronic Azure XT DR) serial [[DEVICE|device:RNB309118S]] interrogated prior to d/c - normal function, battery 9.5 yrs.",
    "[[LOCATION|geo:Waikato Hospital]] -- Discharge\n[[PERSON|name:Aroha Tuhiwai-Smith]]  NHI [[ID|health_plan:PNQ8830]]\n[[ADDRESS|geo:27 Kent Street, Gore 9710]]\nGP: Dr [[PERSON|name:Miles Fairweather]]\nFollow up: fracture clinic [[DATE|date:Aug 2024]], cast off at 6/52.",
    "IMMEDIATE DISCHARGE LETTER\n[[PERSON|name:Ewan MacLeòid]]  CHI [[ID|health_plan:030452]]\n[[ID|health_plan:1187]] Discharged from [[LOCATION|geo:Ninewells]] ward 9 on [[DATE|date:the 2nd]] after 4 days. Lives alone in [[LOCATION|geo:Forfar]]. Niece [[PERSON|name:Kirsty]] will collect meds; her mobile [[PHONE|phone:07700 900 382]].",
    "DISCHARGE SUMMARY - [[LOCATION|geo:MGH]]\n[[PERSON|name:Brooks, Lane]]   MRN [[ID|mrn:4471902]]   DOB [[DATE|date:3/9/1958]]\nAttending: [[PERSON|name:R. de la Cruz]], MD (NPI [[ID|license:1548326790]])\nInsurance: BCBS member [[ID|health_plan:XJH884120556]]\nFollow up with PCP in [[LOCATION|geo:Quincy]] within 7 days. A1c 8.9%.",
    "Discharge: [[LOCATION|geo:SickKids]] general peds. [[PERSON|name:Mason Li]], [[AGE|other:7]] yrs, OHIP [[ID|health_plan:5584-219-633-KT]]. Mother [[PERSON|name:Christine Li]] ph [[PHONE|phone:416-555-0172]]. Wt 23.4 kg; amoxicillin 45 mg/kg/day div BID x 7 days.",
    "Compte rendu d'hospitalisation / discharge\nMme [[PERSON|name:Amélie d'Almeida]], née le [[DATE|date:14 février 1951]]\nIPP [[ID|mrn:0081447203]]  NIR [[ID|ssn:2 51 02 75 114 083 27]]\nService de cardiologie, [[LOCATION|geo:Pitié-Salpêtrière]]. Sortie le [[DATE|date:21/03]]. TAVI sans complication.",
    "Lettera di dimissione - [[LOCATION|geo:Niguarda]]\nSig. [[PERSON|name:Giuseppe Di Stefano]], codice fiscale [[ID|ssn:DSTGPP48M12F205K]]\nTessera sanitaria [[ID|health_plan:80380000900012345678]]\nRecapito: [[PHONE|phone:+39 02 5550 3321]]\nDimesso il [[DATE|date:5 aprile 2024]]. Creatinina 1.4 mg/dL.",
]

GP_REFERRALS = [
    "Dear Colleague,\nRe: [[PERSON|name:Mark Shepherd]]  DOB [[DATE|date:22.10.67]]  NHS [[ID|health_plan:612 338 0094]]\n[[ADDRESS|geo:7 Abbey Lane, Reading RG1 3BQ]]\nI'd be grateful if you could see this [[AGE|other:56]]-year-old roofer with 3 months of exertional chest tightness. ECG: TWI V4-V6.\nYours sincerely,\nDr [[PERSON|name:Harriet Page]]\n[[LOCATION|geo:Caversham Group Practice]] | fax [[PHONE|fax:0118 496 0733]]",
    "Referral to [[LOCATION|geo:CUH]] rheumatology. Ms [[PERSON|name:Nora Ní Bhriain]], [[AGE|other:44]], from [[LOCATION|geo:Macroom]]. Symmetrical small joint synovitis since around [[DATE|date:St Stephen's Day]]; RF 88, anti-CCP strongly +ve. GMS no. [[ID|health_plan:0419923K]]. Best contact [[PHONE|phone:086-331-0458]]. Referring GP Dr [[PERSON|name:Tadhg Lynch]], IMC [[ID|license:402117]].",
    "To: Dr [[PERSON|name:Sage]], Endocrinology, [[LOCATION|geo:Orange Health Service]]\nRe: [[PERSON|name:Bill Cooper]] ('[[PERSON|name:Coops]]'), DOB [[DATE|date:4/4/59]]\nThanks for seeing Bill, a grazier from out past [[LOCATION|geo:Cumnock]] with HbA1c 10.2% despite max metformin. Mob [[PHONE|phone:04 1877 2093]].\nRegards, Dr [[PERSON|name:Tom Rich]] (prov no [[ID|license:2447821B]])",
    "e-Referral (HealthLink) -> [[LOCATION|geo:Wagga Base]] gastro\nPt: [[PERSON|name:Leila Haddad]], [[AGE|other:41]]F, IHI [[ID|health_plan:8003 6080 1234 5671]]\nLives in [[LOCATION|geo:Young]] NSW, happy to travel. Email [[EMAIL|email:leila.h.haddad@outlook.com]].\nIDA (ferritin 4), +ve coeliac serology. Please scope.",
    "Referral to [[LOCATION|geo:Nelson Hospital]] general surgery\n[[PERSON|name:Ngaire Parata]], NHI [[ID|health_plan:QHT5520]], lives in [[LOCATION|geo:Motueka]].\nRUQ pain x 6 wks, USS gallstones, CBD 6 mm. Daughter [[PERSON|name:Kiri]] will bring her, ph [[PHONE|phone:027 555 8163]].",
    "Annwyl Gydweithiwr / Dear colleague,\n[[PERSON|name:Gwilym ap Rhys]] ([[AGE|other:71]]), of [[LOCATION|geo:Mold]], NHS [[ID|health_plan:7019238841]], referred urgently to [[LOCATION|geo:Glan Clwyd]] (2WW lower GI): rectal bleeding, Hb 98, FIT 310. Reply to [[EMAIL|email:reception.w91644@wales.nhs.uk]].",
    "REFERRAL: [[PERSON|name:Carmen de la Vega]], [[AGE|other:62]]F, Medicaid ID [[ID|health_plan:NM0048821733]], from [[LOCATION|geo:Truth or Consequences]], NM to [[LOCATION|geo:UNMH]] hepatology. SSN [[ID|ssn:521-84-3306]] (payer requires). Please fax consult note back to [[PHONE|fax:(575) 555-0119]]. AFP 412, 4 cm lesion seg VI.",
    "Consultation request - [[LOCATION|geo:Sunnybrook]] memory clinic\nPatient: [[PERSON|name:Jean-Baptiste Ouellet]], [[ADDRESS|geo:212 King St W, Unit 9, Toronto ON M5H 1K4]]\nOHIP [[ID|health_plan:4412 887 103 JB]]\nMoCA 21/30. Referring MD: Dr [[PERSON|name:Anne Marsh]], CPSO [[ID|license:88214]].",
    "Überweisung an die [[LOCATION|geo:Charité]], Rheumatologie\nFrau [[PERSON|name:Hanna Winter]], geb. [[DATE|date:03.11.1962]]\nVersichertennr. [[ID|health_plan:K220417853]]\n[[ADDRESS|geo:Lindenstraße 14, 10969 Berlin]]\nV.a. Riesenzellarteriitis, BSG 74. Überweisende Ärztin LANR [[ID|license:994127301]].",
    "Derivación a [[LOCATION|geo:Hospital Clínic]] (neumología)\nSr. [[PERSON|name:Alejandro García-Márquez]], DNI [[ID|ssn:48213377-Q]], tarjeta sanitaria [[ID|health_plan:GRMR 610413 1998]]\nTel. [[PHONE|phone:+34 93 555 27 18]]\nNódulo pulmonar 14 mm LSD, exfumador 40 paq-año.",
]

NURSING_SHORTHAND = [
    "0200 pt [[PERSON|name:rose]] c/o sob, sats 89% ra -> 2l nc -> 94%. dtr [[PERSON|name:hope]] rang from [[PHONE|phone:07700900217]] asked 2 b called if worse. pads changed x2, skin intact. bed 9. obs 2hrly",
    "nsg 2315: [[PERSON|name:mk o'driscoll]] ([[PERSON|name:mary-kate]] on chart) agitated, pulled out ivc L hand. hubby [[PERSON|name:declan]] on way in from [[LOCATION|geo:naas]]. wristband reprinted - mrn [[ID|mrn:m0449127]]. cam +ve, team aware",
    "pm shift. [[PERSON|name:grace]] (ur [[ID|mrn:77 14 093]]) bsl 14.6 @ 1700, 4u novorapid per chart. pump sn [[DEVICE|device:NG4471203H]] alarmed 'occlusion' x2 - line + site changed. mum [[PERSON|name:tracey]] staying o/n. ketones 0.4",
    "n/s: mr [[PERSON|name:cook]] ([[AGE|date:ninety-two]]) found on floor beside bed 11 @ 0340. no head strike, no ?#. obs wnl. nok [[PERSON|name:bev cook]] notified 0410 on [[PHONE|phone:0409 337 152]], says he was the same at [[LOCATION|geo:Hornsby]] last yr",
    "ngt shift - [[PERSON|name:tama]] settled after 2am. cgm transmitter [[DEVICE|device:8GT4KW]] fell off in shower, new one on. nan [[PERSON|name:moana]] wants 2 take him home to [[LOCATION|geo:kaikohe]] on [[DATE|date:fri 12th]] - d/w team",
    "hca: mr [[PERSON|name:baker]] refused meds ('not having them white ones again'). wife [[PERSON|name:pat]] says he was in [[LOCATION|geo:st thomas's]] [[DATE|date:feb 23]] for same, got v confused. nhs no on letter [[ID|health_plan:533 908 1127]]",
    "RN 1915: pt [[PERSON|name:j. miller]] rm 412B c/o pain 7/10, hydromorphone 0.5mg iv given 1920 w/ effect. wife [[PERSON|name:april]] @ bs. pt drove himself in; pickup plate [[VEHICLE|vehicle:7KXR214]] left in ambulance bay, security paged x3",
    "rn: [[PERSON|name:amelie]] (goes by [[PERSON|name:mimi]]) [[AGE|other:19]]yo, po intake 300ml this shift, purged x1 per sitter. bf [[PERSON|name:liam]] asked to stay past 2100 - declined per unit policy. wt tmrw 0600 gown only",
    "night: mevr [[PERSON|name:de vries]] [[AGE|date:ninety-four]] confused, calling for [[PERSON|name:johan]] (late husb). rang dtr on [[PHONE|phone:06 4417 2289]], she'll come at 8. bedrails up, low bed, sensor mat",
    "0630 pt [[PERSON|name:wojtek]] (chart: [[PERSON|name:wojciech kowal-zieliński]]) pesel [[ID|ssn:58030412377]] on wristbnd - pls check spelling. interpreter id [[ID|other:INT-PL-0339]] booked for 0900 consent. fasting since 0000",
]

PHARMACY = [
    "DISPENSING RECORD  Boots, [[LOCATION|geo:Deal]]\nPatient: [[PERSON|name:SHARP, Miles]]   DOB [[DATE|date:30/06/1949]]\nNHS [[ID|health_plan:401 023 2137]]\nPrescriber: Dr [[PERSON|name:K. Amaechi]], GMC [[ID|license:7092231]]\nItem: apixaban 5 mg bd x 56. Counselled re bleeding. Pharmacist: [[PERSON|name:Ruth Sterne]]",
    "Pharmacy intervention - [[LOCATION|geo:Hickey's Pharmacy]] [[LOCATION|geo:Blanchardstown]]. [[PERSON|name:Brendan Ó Dálaigh]] presented Rx for methotrexate 10 mg DAILY - queried, prescriber confirmed WEEKLY. DPS no. [[ID|health_plan:DPS 4471923]]. Rang pt back on [[PHONE|phone:01 555 0188]]. Pharmacist PSI reg [[ID|license:8824]].",
    "S8 register entry\nPt [[PERSON|name:Lachlan McKenzie]] ('[[PERSON|name:Lockie]]') of [[ADDRESS|geo:12 Kinghorne St, Nowra NSW 2541]]\nMedicare [[ID|health_plan:3047 22019 4]]\nPrescriber Dr [[PERSON|name:Ivy Chen]], prescriber no [[ID|license:2118437]]\noxycodone CR 10 mg x 20, rpts 0. Balance 140 -> 120.",
    "SafeScript alert (high risk combo). [[PERSON|name:Jade Hope]] presented Rx for alprazolam 1 mg + oxycodone. Photo ID sighted: VIC driver licence [[ID|license:047 882 193]]. Called prescriber [[LOCATION|geo:Bendigo Health]] - spoke w/ Dr [[PERSON|name:Okoro]], Rx reduced. Pt email for CMI [[EMAIL|email:jadeh.88@hotmail.com]].",
    "Opioid substitution - [[PERSON|name:Rawiri Walker]] NHI[[ID|health_plan:MFD7731]] collected methadone 60 mg (witnessed). Photo ID: NZ DL [[ID|license:DL488210]]. Takeaways ok'd for [[DATE|date:Waitangi Day]]. New mobile [[PHONE|phone:022 555 0731]].",
    "Clozapine clinic (ZTAS). [[PERSON|name:Ash Mistry]], ZTAS no. [[ID|other:Z448102]]. WBC 6.2, ANC 3.9 - GREEN, supply 28/7. Pt asked for reminders by email: [[EMAIL|email:ash.mistry77@gmail.com]]. Next bloods [[DATE|date:wk of 8th Apr]].",
    "CVS Pharmacy store 04418\nPt: [[PERSON|name:Dolores Ramírez]] ('[[PERSON|name:Dee]]')  DOB [[DATE|date:11-02-1961]]\nPrescriber DEA [[ID|license:BR4471286]]\nPlan member ID [[ID|health_plan:WHK448102773]]\nCopay $15 charged to card [[ID|account:4532 0151 1283 0366]]\nlisinopril 20 mg #90",
    "Pharmacist note: [[PERSON|name:Raj Malhotra]], Ontario Drug Benefit, HN [[ID|health_plan:3319 402 887]]. Faxed adapted Rx (ramipril 10 -> 5 mg, K 5.9) to Dr [[PERSON|name:Page]] at [[PHONE|fax:905.555.0162]]. Pt lives in [[LOCATION|geo:Paris]], ON; delivery arranged.",
    "e-Rezept eingelöst - [[LOCATION|geo:Adler-Apotheke]] [[LOCATION|geo:Ulm]]\nPat.: [[PERSON|name:Klaus Brandt]], KVNR [[ID|health_plan:X119283746]]\nArzt LANR [[ID|license:448219101]]\nRivaroxaban 20 mg N3. Rückfrage Tel. [[PHONE|phone:0731 555 4410]].",
    "Pharmacie de [[LOCATION|geo:Spa]] - délivrance. M. [[PERSON|name:Luc Lemaire]], NISS [[ID|ssn:72.04.18-331.09]]. Prescripteur INAMI [[ID|license:1-44821-33-004]]. Amoxicilline 1 g 3x/j, 7 jours. Tel patient [[PHONE|phone:0476 55 12 09]].",
]

TELEHEALTH = [
    "Video consult (AccuRx). Pt [[PERSON|name:Jodie Clay]] joined from home in [[LOCATION|geo:Rugby]] via [[URL|url:https://v.accurx.com/j/7Q2XKP]]. ID check: DOB [[DATE|date:9 Jan 1990]], postcode [[ADDRESS|geo:CV21 3HH]]. Rash photo uploaded as [[ID|photo:IMG_20240311_094512.jpg]] - looks like pityriasis rosea.",
    "Phone consult. [[PERSON|name:Ciarán]] (registered as [[PERSON|name:Kieran Fitzgerald-Doyle]]) rang from [[PHONE|phone:+353 87 555 2291]], 'I'm down in [[LOCATION|geo:Dingle]] for the week'. Dysuria x2d. Nitrofurantoin 100 mg BD x 5/7 sent to local pharmacy. Results to go to [[EMAIL|email:kfd.dingle@eircom.net]].",
    "Telehealth (video). Pt [[PERSON|name:Summer Blackwood]] connected from [[IP|ip:203.45.118.22]] via [[URL|url:https://vcc.healthdirect.org.au/t/gp-wagga?room=884120]]. Confirmed physical location for emergencies: [[ADDRESS|geo:88 Baylis St, Wagga Wagga NSW 2650]]. Backup ph [[PHONE|phone:(02) 6925 5591]]. BP self-reported 148/92.",
    "RFDS tele-clinic, [[LOCATION|geo:Birdsville]] clinic room. [[PERSON|name:Banjo]] ([[PERSON|name:Andrew Paterson-Reid]]), [[AGE|date:ninety]], station hand till last year. Nurse [[PERSON|name:Jacinta]] on site did ECG: AF 110. Commence apixaban 2.5 mg bd (age, wt 54 kg). Review by phone on [[DATE|date:the 30th]].",
    "Zoom review - [[URL|url:https://zoom.us/j/8841207733?pwd=Rk9xY2hp]]\n[[PERSON|name:Hemi Tawhiri]], NHI [[ID|health_plan:ZDH2290]]. Poor audio; connection log shows client [[IP|ip:2406:e001:1a4c:7700::2f]]. Says he's staying at his cousin's in [[LOCATION|geo:Ruatoria]]. Gout flare, colchicine 0.5 mg bd x3d.",
    "Remote consultation. [[PERSON|name:Grace Ellwood-Price]] in [[LOCATION|geo:Ely]]. Identity verified by voice (telephony voiceprint [[ID|biometric:VP-7729104-EL]], match 0.97). Asks about HRT; gel 2 pumps daily. Callback number [[PHONE|phone:07700 900 561]].",
    "Telemedicine encounter (MyChart video). Pt [[PERSON|name:Ruby Frank]] located in [[LOCATION|geo:Eureka]], CA at time of visit. Portal username [[ID|other:rubyf_1974]]. Session from [[IP|ip:73.162.44.201]]. Discussed A1c 7.1; continue semaglutide 0.5 mg weekly.",
    "OTN eVisit. [[PERSON|name:Neil Good]], OHIP [[ID|health_plan:6123 004 881]], connected via [[URL|url:https://otn.ca/visit/4X9-PQ2]] from the nursing station in [[LOCATION|geo:Moosonee]]. Partner [[PERSON|name:Darlene]] present. COPD: increase to triple inhaler.",
    "Videoconsult [[LOCATION|geo:UMC Utrecht]] - mevr. [[PERSON|name:Femke ten Brink]], BSN [[ID|ssn:2468.35.790]]. Patient in [[LOCATION|geo:Zeist]]. Lab results sent to [[EMAIL|email:f.tenbrink@ziggo.nl]] at her request. TSH 0.02, fT4 31.",
    "Distanskontakt. [[PERSON|name:Ingrid Lindqvist]], personnummer [[ID|ssn:19580412-3386]], joined via 1177 from [[LOCATION|geo:Visby]]. Login with BankID; face match template [[ID|biometric:FT-SE-00418273]]. BP 162/94 home readings; amlodipine 5 mg added.",
]

BILLING = [
    "INVOICE [[ID|account:INV-2024-0418]]\nThe [[LOCATION|geo:Lister]] - outpatient dermatology\nPatient: Mr [[PERSON|name:Oliver Hunt]]\nBupa membership: [[ID|health_plan:88412033-01]]\nShortfall GBP 145.00 - pay by BACS to sort code/acc [[ID|account:20-44-18 73310492]], quoting your name.\nCar park permit issued for reg [[VEHICLE|vehicle:LK19 XRT]] (valid 1 day).",
    "Statement - [[LOCATION|geo:Blackrock Clinic]]\n[[PERSON|name:Aoife Kavanagh]], VHI member no. [[ID|health_plan:VH0044 1872 3]]\nEpisode [[DATE|date:18-19 Jan]]: day case colonoscopy.\nRefund due EUR 62.50 to IBAN [[ID|account:IE29 AIBK 9311 5212 3456 78]].\nQueries: accounts fax [[PHONE|fax:01 555 0199]]",
    "TAX INVOICE  [[LOCATION|geo:St Vincent's Private]]\nPatient: [[PERSON|name:Kerry Page]]   Medicare [[ID|health_plan:5512 44038 2]]   HCF [[ID|health_plan:40091287]]\nMBS 104 $165.00, MBS 11700 $40.00 (not claimable same day)\nGap payable by EFT: BSB/acc [[ID|account:062-118 10447729]]",
    "TAC claim - motor vehicle accident on the highway near [[LOCATION|geo:Benalla]] [[DATE|date:Boxing Day]].\nClaimant [[PERSON|name:Brodie Nash]], TAC claim no. [[ID|other:T2244817-03]]\nVehicle rego [[VEHICLE|vehicle:1KT 4RP]]\nAcct for physio x6 sessions: [[ID|account:ACC-00331872]]\nPhysio: [[PERSON|name:Lani Fa'aui]], Ahpra [[ID|license:PHY0001882731]]",
    "ACC45 lodged. [[PERSON|name:Stevie Ngata]], NHI [[ID|health_plan:HRQ6602]], ACC claim [[ID|other:10045872331]]. Injury: L wrist # fall off scooter reg [[VEHICLE|vehicle:KPF92]] in [[LOCATION|geo:Hastings]]. Surcharge $25 paid; refund owed to [[ID|account:12-3140-0418827-00]].",
    "Self-pay receipt [[ID|account:R-77183]]\nReceived from [[PERSON|name:Cara Lightfoot-Evans]] of [[ADDRESS|geo:2 Quay Row, Bideford EX39 2HR]]\nVisa [[ID|account:4929 1120]]\n[[ID|account:0448 3317]] - GBP 250.00 (private smear + consult)\nQuery line [[PHONE|phone:01237 555 804]]",
    "CMS-1500 summary\nPatient [[PERSON|name:Dawson, Gale]]  DOB [[DATE|date:02/29/1956]]\nMedicare MBI [[ID|health_plan:1EG4-TE5-MK72]]\nPatient acct [[ID|account:PA-7731-0048]]   Claim [[ID|other:CLM20240611-88413]]\nBilling NPI [[ID|license:1093817746]]\nDx I10, E11.9; CPT 99214, 36415. Units 1. POS 11.",
    "Third-party invoice - WSIB. Worker [[PERSON|name:Stan Kowalczuk]], WSIB claim [[ID|other:33 418 902]], SIN [[ID|ssn:046 454 286]]. Assessment at [[LOCATION|geo:St. Mike's]] [[DATE|date:June 3]]. Payment to clinic account [[ID|account:00412-004-1188320]]. Fax invoices to [[PHONE|fax:416-555-0108]].",
    "RECHNUNG Nr. [[ID|account:RE-2024-11873]] (GOÄ)\nPat.: [[PERSON|name:Friederike Sommer]], [[ADDRESS|geo:Hauptstr. 7a, 69117 Heidelberg]]\nPrivatversichert, Vers.-Nr. [[ID|health_plan:DKV 4471902-3]]\nGOÄ 1, 5, 250, 3550\nÜberweisung an IBAN [[ID|account:DE44 5001 0517 5407 3249 31]]",
    "Honorarnote - Ordination Dr. [[PERSON|name:Ebner]], [[LOCATION|geo:Graz]]\nPat. [[PERSON|name:Leopold Auer-Kranz]], SVNR [[ID|ssn:1237 150348]]\nBehandlungstag [[DATE|date:15.3.2024]]\nBetrag EUR 120,- ; Konto [[ID|account:AT61 1904 3002 3457 3201]]",
]

DEVICE_TELEMETRY = [
    "[[DATE|date:2024-03-14]]T02:11:07Z ICD_EVENT type=VF therapy=SHOCK 35J success=1 serial=[[DEVICE|device:PZR600418H]]\n[[DATE|date:2024-03-14]]T02:11:09Z ALERT routed to [[LOCATION|geo:Papworth]] device clinic\npatient=[[PERSON|name:HOPE, Rosalind]] nhs=[[ID|health_plan:6640132278]]\nbattery=2.91V lead_imp=520ohm",
    "Home NIV download (ResMed AirView). Pt [[PERSON|name:Declan Brophy]], [[LOCATION|geo:Mullingar]]. Modem MAC [[DEVICE|device:00:1A:7D:DA:71:13]], device SN [[DEVICE|device:23183947221]]. Usage 6.8 h/night, AHI 3.1, leak 24 L/min (95th). Report link [[URL|url:https://airview.resmed.eu/patients/7741920/reports]].",
    "LibreView clinic sync -- [[PERSON|name:Charlotte 'Lottie' Muir]]\nsensor SN [[DEVICE|device:0M00092KPWT]]\nTIR 58%, TBR 6%, GMI 7.6%\nshared via [[URL|url:https://www.libreview.com/patient/ab88f1-41c2]] by [[EMAIL|email:lottie.muir@icloud.com]]\nnext sensor change [[DATE|date:Thurs 16th]]",
    "Pump upload file: CareLink_Export_[[DEVICE|device:NG2204417H]]_[[DATE|date:20240311]].csv\nuploaded by [[PERSON|name:fletcher]] (user [[ID|other:fletch_t1d]]) from [[IP|ip:101.181.44.9]]\nAuto mode 91%. Basal 0.65 U/h 0000-0600. Model MMT-1884.",
    "Remote monitoring gateway log\n[[DATE|date:2024-05-02]] 06:44:12 NZST hub=[[DEVICE|device:HUB-NZ-40881]] addr=[[IP|ip:122.58.201.7]] status=OK\n[[DATE|date:2024-05-02]] 06:44:13 NZST weight=88.4kg (+1.9 in 48h) -> flag HF nurse [[PERSON|name:Mere Rangi]]\npatient NHI [[ID|health_plan:TRW1192]], [[LOCATION|geo:Whakatane]]",
    "Sleep study export: ox_[[PERSON|name:brown_p]]_[[DATE|date:12-04]].edf (Nox T3 s/n [[DEVICE|device:901204417]]). ODI 31, nadir SpO2 78%. Pt [[PERSON|name:Penny Brown]], hosp no [[ID|mrn:K448291]], lives at [[ADDRESS|geo:44 Lark Rise, Hope Valley S33 6RB]].",
    "CareLink Network transmission\nPatient: [[PERSON|name:Larkin, Ray]]  DOB [[DATE|date:07/04/1939]] ([[AGE|date:eighty-five]])\nDevice: Azure XT DR MRI, SN [[DEVICE|device:RNB204417S]]\nMonitor: MyCareLink [[DEVICE|device:24950-4417-882]]\nAT/AF burden 12%. RV pacing 3%.\nClinic: [[URL|url:https://carelink.medtronic.com/clinic/pt/0044182]]",
    "Holter report (CardioSTAT) recorder [[DEVICE|device:CS-2-881044]]. [[PERSON|name:Genevieve Boucher]], RAMQ [[ID|health_plan:BOUG 5612 1418]]. Start [[DATE|date:2024-01-08]] 14:02, 13 d 22 h recorded. 3 runs NSVT, max 9 beats. Recorder firmware 3.10.2.7, 250 Hz.",
    "Thuisdialyse log\n[[DATE|date:2024-02-19]] 19:30 machine NxStage SN [[DEVICE|device:NX1-0448217]] pt [[PERSON|name:Pieter de Graaf]] UF 1.8 L\nuploaded from [[IP|ip:84.83.112.40]] to [[URL|url:https://portal.dialyse-nl.example/pt/dgraaf]]\nBVM 8% drop, no alarms",
    "ICD-Fernnachsorge (Home Monitoring). Herr [[PERSON|name:Lothar Kranz]], [[AGE|other:67]] J. Aggregat SN [[DEVICE|device:81447726]], CardioMessenger [[DEVICE|device:CM-D 04471]]. Übertragung [[DATE|date:11.04.2024]] 03:12. Sensor MAC [[DEVICE|device:B8-27-EB-4F-10-9A]]. Wundfoto [[ID|photo:wund_kranz_0411.jpg]] unauffällig.",
]

RESEARCH_ENROLMENT = [
    "ENROLMENT LOG - FRAIL-HIP (ISRCTN 44810297)\nParticipant [[ID|other:FH-0418-LDS]]: [[PERSON|name:Constance Bell]], [[AGE|date:ninety-seven]], recruited on [[LOCATION|geo:LGI]] ward 21.\nConsent witnessed by [[PERSON|name:Sam Oyelaran]] (research nurse) on [[DATE|date:the 4th of March]].\nNHS [[ID|health_plan:720 118 4463]] recorded on site file only.",
    "Research consent - [[LOCATION|geo:St James's]] CRF. [[PERSON|name:Tomás Breathnach]] enrolled in biobank; study ID [[ID|other:SJH-BB-22871]]. Fingerprint template for sample-linkage kiosk [[ID|biometric:FPT-22871-R1]]. Contact pref: [[EMAIL|email:tbreathnach@tcd.ie]]. Baseline eGFR 74.",
    "Screening: [[PERSON|name:Hazel Winterbottom]] ([[AGE|other:68]]), [[LOCATION|geo:Ballarat]]. Screen no. [[ID|other:SCR-VIC-0082]] -> randomised [[DATE|date:17/5]] as [[ID|other:R-04417]]. Trial ACTRN12622000417752. Dermoscopy images [[ID|photo:DERM_R04417_back_01.jpg]] uploaded to REDCap.",
    "Participant details (confidential)\nName: [[PERSON|name:Arthur 'Archie' Dunn]]\nMedicare: [[ID|health_plan:2109 44871 1]]\nAddress: [[ADDRESS|geo:Lot 4 Settlement Rd, Orange NSW 2800]]\nStudy no: [[ID|other:ORG-DRV-019]]\nDriving sub-study vehicle: VIN [[VEHICLE|vehicle:6T1BF3FK5CX117245]] (telematics box fitted)",
    "Kaupapa Māori cohort - baseline visit. [[PERSON|name:Whetu Hohaia]], NHI [[ID|health_plan:KLB3381]], participant [[ID|other:KMC-0219]]. Lives [[LOCATION|geo:Hāwera]]. Retinal image set [[ID|photo:RET-KMC0219-OD.tif]]; retina template for identity check [[ID|biometric:RTN-0219-A]].",
    "Repeat assessment visit. [[PERSON|name:Mercy Frost]] (participant [[ID|other:CFAS-M-44182]]), [[AGE|other:81]], from [[LOCATION|geo:Bolton]], postcode [[ADDRESS|geo:BL1 4QR]]. Wrist accelerometer [[DEVICE|device:AX3-44182]] issued, return by [[DATE|date:24 Jun]]. Grip 18 kg, TUG 14 s.",
    "IRB-approved enrollment note. [[PERSON|name:Tyler Brooks-Whitman]], [[AGE|other:29]], enrolled in NCT05123344 at [[LOCATION|geo:Johns Hopkins]] on [[DATE|date:Tuesday, April 9]]. Subject ID [[ID|other:JH-0917]]. Stipend via card ending acct [[ID|account:5100 2231 4470 0918]]. Palm-vein enrolment template [[ID|biometric:PV-JH0917]].",
    "Enrolment: [[PERSON|name:Élodie Fournier-Roy]], [[LOCATION|geo:CHUM]], RAMQ [[ID|health_plan:FOUE 7402 2514]], participant [[ID|other:QC-ALS-044]]. Baseline ALSFRS-R 41. Speech samples recorded; voice template [[ID|biometric:VT-QC044-2024]]. Lives near [[LOCATION|geo:Rivière-du-Loup]].",
    "Aufklärung und Einwilligung Studie LIVER-D (EudraCT 2022-000417-31). Patientin [[PERSON|name:Greta Lange]], geb. [[DATE|date:12. Mai 1959]], Pseudonym [[ID|other:LVD-DE-0073]]. Foto-Dokumentation [[ID|photo:LVD0073_abdomen.png]]. Studienärztin Dr. [[PERSON|name:Ines Baumgartner]].",
    "Enrolment CRF - [[LOCATION|geo:Karolinska]] site. Subject [[ID|other:KS-211]] ([[PERSON|name:Nils Åkesson]], personnummer [[ID|ssn:19311103-2218]]), [[AGE|date:ninety-three]] at consent, wife [[PERSON|name:Britt]] co-signed. Gait mat data file gait_KS211_[[DATE|date:20240502]].csv.",
]

EU_CLINIC_LETTERS = [
    "[[LOCATION|geo:Klinikum rechts der Isar]], Neurologie\nSehr geehrte Frau Kollegin,\nwir berichten über Herrn [[PERSON|name:Konrad Freund]], geb. [[DATE|date:19.08.1971]], wohnhaft [[ADDRESS|geo:Am Anger 3, 85354 Freising]], der sich am [[DATE|date:2. Februar]] nach erstem generalisiertem Anfall vorstellte. Fahrverbot für 3 Monate besprochen; sein Pkw [[VEHICLE|vehicle:FS-KF 719]] bleibt stehen. KVNR [[ID|health_plan:F774102381]].",
    "Cabinet du Dr [[PERSON|name:Mathilde Roussel]], [[LOCATION|geo:Nice]]\nCher confrère,\nJe vois ce jour M. [[PERSON|name:Duncan Gray]], touriste écossais de [[AGE|other:58]] ans, CEAM [[ID|health_plan:80826 0000 4471 9023]]. Chute à vélo le [[DATE|date:14 juillet]]. Radio: fracture de la clavicule gauche. Fax cabinet [[PHONE|fax:04 93 55 61 20]].",
    "Letter from [[LOCATION|geo:Hospital Universitario La Paz]], [[LOCATION|geo:Madrid]] (English copy for the patient's GP in [[LOCATION|geo:Perth]])\nPatient: [[PERSON|name:Chloe Ferreira-Watts]], Australian passport [[ID|ssn:PA4471902]], DOB [[DATE|date:23/11/1996]]\nAdmitted with dengue after travel; platelets nadir 38. Discharged [[DATE|date:29/4]]. Email for records: [[EMAIL|email:chloe.fw96@gmail.com]]",
    "[[LOCATION|geo:Ospedale San Raffaele]] - lettera per il medico curante\nGentile collega, la Sig.ra [[PERSON|name:Bianca Santoro]] ([[AGE|date:novantadue]] anni), codice fiscale [[ID|ssn:SNTBNC32D52F205X]], è stata ricoverata per scompenso cardiaco. NT-proBNP 8410. Figlio [[PERSON|name:Stefano]] tel. [[PHONE|phone:347 555 1182]].",
    "[[LOCATION|geo:Rijnstate]], afdeling Longziekten, [[LOCATION|geo:Arnhem]]\nGeachte collega,\nBetreft: dhr. [[PERSON|name:Sjoerd Dijkstra]], geb. [[DATE|date:07-06-1955]], BSN [[ID|ssn:1044 19 227]], patiëntnr. [[ID|mrn:RS-7718204]].\nFEV1 1.42 L (48%). Opname voorjaar; thuis O2 2 L/min. Telefoon [[PHONE|phone:026 555 7714]].",
    "[[LOCATION|geo:Szpital Uniwersytecki]], [[LOCATION|geo:Kraków]]. Letter (EN) re: [[PERSON|name:Agnieszka Nowak-Bielecka]], PESEL [[ID|ssn:86042711286]], [[AGE|other:38]]. Seen in endocrinology [[DATE|date:kwiecień 2024]]. Thyroid US photo [[ID|photo:US_NB_thyr_0427.png]]. Returning to [[LOCATION|geo:Dublin]]; GP there is Dr [[PERSON|name:Colm Regan]].",
    "[[LOCATION|geo:Hospital da Luz]], [[LOCATION|geo:Lisboa]] - relatório clínico\nDoente: Sr. [[PERSON|name:Rui Sá Carvalho]], n.º utente SNS [[ID|health_plan:284 417 902]], NIF [[ID|ssn:231 448 107]]\nInternamento de [[DATE|date:3 a 9 de março]] por pneumonia. Médica assistente Dra. [[PERSON|name:Inês Mota]], cédula OM [[ID|license:48812]].",
    "[[LOCATION|geo:Universitätsspital Basel]], Dermatologie\nGeschätzter Kollege,\nFrau [[PERSON|name:Verena Glück]], AHV-Nr. [[ID|ssn:756.4471.9023.18]], stellte sich mit pigmentierter Läsion vor. Dermatoskopie-Bild [[ID|photo:DERM-2024-04471]]. Histologie folgt. Termin Nachkontrolle Mitte [[DATE|date:Juni 2024]].",
    "[[LOCATION|geo:AZ Sint-Jan Brugge]] - brief aan huisarts\nPatiënt: mevrouw [[PERSON|name:Marieke Vandamme]], rijksregisternr. [[ID|ssn:61.12.03-284.55]]\nUw patiënte verbleef van [[DATE|date:12/01]] tot [[DATE|date:16/01]] voor cholecystitis. RIZIV arts [[ID|license:1-22187-44-180]]. Email secretariaat [[EMAIL|email:gastro.secretariaat@azsintjan.be]].",
    "[[LOCATION|geo:Rigshospitalet]], [[LOCATION|geo:København]]. Letter to referring physician in [[LOCATION|geo:Auckland]] re: [[PERSON|name:Oliver Mikkelsen-Reid]], CPR [[ID|ssn:110282-4471]], NZ NHI [[ID|health_plan:GMP7720]]. Admitted [[DATE|date:the 8th]] with DKA after pump failure, pump serial [[DEVICE|device:TS-X2-1448210]]. Biometric wristband ID [[ID|biometric:BIO-RH-88210]] (finger vein) retired on discharge.",
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
    print(f"probe18: {write_styled(OUT, STYLES)} docs")


if __name__ == "__main__":
    main()
