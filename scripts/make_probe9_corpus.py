"""Write the ninth hand-annotated redaction probe, measured before any tuning on it.

Why: every earlier probe has been looked at, measured and then tuned against, so its scores
now flatter the engine. This probe is written fresh, by an author who has not read the engine,
its rules or the earlier corpora, and it is meant to be scored once as it stands. Nothing here
should be changed to make the engine pass; if a note turns out to be wrong, fix the annotation
on its own merits and say so. The notes are ordinary clinical text from ten settings, with the
usual mix of easy and awkward cases: names that are also words or eponyms, facilities named
after people, towns that are also words, dates with no year, partial account numbers, ISO
timestamps, MAC addresses, photo file names and so on.

What: 150 notes, 15 per style, in ten styles (progress-note, discharge-summary, gp-referral,
nursing-shorthand, pharmacy, telehealth, billing, device-telemetry, research-enrolment,
eu-clinic-letter). Patients and staff are from the US, Australia, the UK, Europe, New Zealand,
Canada and Ireland; every person and number is invented, the towns and suburbs are real.
Each identifier is written inline as a marker [[LABEL|category:text]]; write_styled strips
the markers, records character offsets and tags each document with its style. Conventions:
titles (Dr, Mrs, Herr, Mme) stay outside name spans; a street address is one span including
town, state and postcode; a town, suburb or named facility alone is LOCATION|geo, but a
state or country alone is not marked; dates more specific than a year are marked, bare years,
weekdays and times are not (in an ISO timestamp only the date part is marked); ages up to 89
are AGE|other and 90 or more AGE|date, the span being the number only; national numbers (SSN,
TFN, PPSN, BSN, PESEL, CPR, personnummer, AHV, passport) are ssn, health-system and insurer
numbers (Medicare, NHS, CHI, NHI, KVNR, RAMQ, OHIP, member IDs) are health_plan; drugs,
doses, eponyms, wards, beds, lab values, ICD/MBS/CPT codes, device model names and protocol
numbers are not identifiers.

How to run:
    python scripts/make_probe9_corpus.py
"""

from pathlib import Path

from make_safe_harbor_suite import write_styled

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "corpus" / "redaction" / "probe9.jsonl"

PROGRESS_NOTE = [
    "Ward round, Ward 4B, bed 12. Pt [[PERSON|name:Margaret O'Brien]], [[AGE|other:78]]F, UR [[ID|mrn:3120457]], D3 post R TKR. Pain 3/10 on oxycodone 5 mg PRN. Seen with Dr [[PERSON|name:Samuel Okafor]] (ortho reg). Plan: mobilise with physio, ?transfer to [[LOCATION|geo:Caulfield Hospital]] for rehab.",
    "[[DATE|date:03/11/2023]] 0815 Gen Med. [[PERSON|name:Arjun Mehta]] [[AGE|other:54]]M admitted overnight with CAP, CURB-65 2. Afebrile, sats 95% on 2L NP. Continue ceftriaxone + azithromycin. Wife [[PERSON|name:Anjali]] updated by phone.",
    "Hospital Day 2. [[PERSON|name:Dwayne Jackson]] is a [[AGE|other:61]]-year-old man with HFrEF (EF 25%) admitted [[DATE|date:2/18/2024]] for volume overload. Net -2.1 L, Cr 1.4. Continue IV furosemide 80 mg BID. MRN [[ID|mrn:00482913]]. Cardiology (Dr [[PERSON|name:Lisa Hartman]]) following.",
    "Neurology PN. Mr [[PERSON|name:Graham Parkinson]] (no relation to his diagnosis, he jokes), idiopathic Parkinson's disease, H&Y stage 3, diagnosed 2016. Sinemet timing changed to 0600/1000/1400/1800. Lives at [[ADDRESS|geo:22 Wattle Grove, Strathdale VIC 3550]] with daughter. Review in movement disorders clinic [[DATE|date:2 May 2024]].",
    "[[DATE|date:12/01/2024]] 14:20 FY1 note. Asked to review Mrs [[PERSON|name:Hansa Patel]] (hosp no. [[ID|mrn:K4482091]]) re unwitnessed fall on Ward 22. No head injury, obs stable, lying/standing BP done. Son [[PERSON|name:Raj]] informed on [[PHONE|phone:07700 900461]].",
    "Trauma tertiary survey. [[AGE|other:19]]M, [[PERSON|name:Tyler Brooks]], driver in single-vehicle MVA near [[LOCATION|geo:Wagga Wagga]] on [[DATE|date:6 April 2024]]. Police (Sgt [[PERSON|name:Karen Dowd]]) requested details for vehicle rego [[VEHICLE|vehicle:EN 72 KR]] - referred to NUM. Injuries: L clavicle #, R ribs 4-6 #. No new findings.",
    "Palliative care PN. Mrs [[PERSON|name:Dorothy Fairweather]], [[AGE|date:94]], metastatic breast ca. Comfortable on syringe driver (morphine 10 mg + midazolam 5 mg/24h). Family meeting with daughter [[PERSON|name:Helen Ruiz]] and GP. For transfer to [[LOCATION|geo:Mary Potter Hospice]] when a bed is available.",
    "Internal medicine note [[DATE|date:2024-01-22]]. [[PERSON|name:Jean-François Tremblay]], [[AGE|other:71]], from [[LOCATION|geo:Laval]], RAMQ [[ID|health_plan:TREJ 5303 1512]]. DKA resolved, transitioned to SC glargine 18 units. Diabetes educator [[PERSON|name:Marie-Claude Gagnon]] to see today.",
    "Gen Med PN. [[PERSON|name:Tama Ngata]], NHI [[ID|health_plan:PKR4417]], gout flare R 1st MTP, improving on colchicine and prednisone 30 mg. Whānau at bedside. Lives in [[LOCATION|geo:Huntly]]; plan d/c home Friday with GP f/u.",
    "Surgical PN POD1 lap chole. [[PERSON|name:Faith Goodwin]], [[AGE|other:42]]. Tolerating diet, drain 20 mL serous - removed. Husband [[PERSON|name:Will]] will collect her this afternoon. D/C with paracetamol, f/u Mr [[PERSON|name:Bishop]]'s clinic in 6/52.",
    "Psychiatry review [[DATE|date:9 July 2024]]. [[PERSON|name:Kieran Walsh]], [[AGE|other:33]], involuntary patient. Reports voices less intrusive on olanzapine 15 mg. No thoughts of harm. Mother [[PERSON|name:Siobhán Walsh]] visiting from [[LOCATION|geo:Galway]] this week.",
    "ICU day 5. [[PERSON|name:Mohammed Al-Rashid]], [[AGE|other:58]]M, bed 7. Extubated 0900, now on HFNC 40 L/60%. Noradrenaline weaned off. R IJ CVC day 5, plan remove. Cultures no growth. NOK brother [[PERSON|name:Yusuf Al-Rashid]] updated.",
    "Obs unit note [[DATE|date:03/15/2024]]. [[PERSON|name:Rosa Delgado]], [[AGE|other:47]]F, chest pain, troponin x2 negative, HEART score 3. Stress echo booked. PCP at [[LOCATION|geo:Clovis Community Medical Center]].",
    "Interpreter present (Vietnamese, [[PERSON|name:Tran Van Minh]], interpreter ID [[ID|other:INT-20931]]). Patient [[PERSON|name:Nguyen Thi Hoa]], [[AGE|other:66]], understood and consented to ERCP tomorrow. Bili trending down, 48 today.",
    "Rehab PN. [[PERSON|name:Bronwyn Hughes]] ambulating 40 m with 4WW, SBA. Home visit to [[ADDRESS|geo:7/19 Beach Road, Glenelg SA 5045]] booked for [[DATE|date:22/08/2024]] with OT.",
]

DISCHARGE_SUMMARY = [
    "DISCHARGE SUMMARY\nPatient: [[PERSON|name:Jacob Henderson]]  DOB: [[DATE|date:04/07/1956]]  UR: [[ID|mrn:0098231]]\nLOS: 7 days\nDiagnosis: NSTEMI, DES to proximal LAD.\nGP: Dr [[PERSON|name:Fiona McAllister]], fax [[PHONE|fax:(02) 6921 4480]]",
    "[[LOCATION|geo:St James's University Hospital]], [[LOCATION|geo:Leeds]]. Discharge summary for [[PERSON|name:Eileen Thornton]] (NHS [[ID|health_plan:943 476 5919]]), discharged [[DATE|date:17 Feb 2024]]. Dx: C. difficile colitis, treated with oral vancomycin. District nurses to visit at [[ADDRESS|geo:3 Kingsway Drive, Harrogate HG1 5NJ]].",
    "Discharge Summary\nName: [[PERSON|name:Latoya Simmons]]\nMRN: [[ID|mrn:7734021]]\nDischarge date: [[DATE|date:January 11, 2024]]\nDischarge diagnosis: sickle cell vaso-occlusive crisis.\nFollow up with hematology at [[LOCATION|geo:Grady Memorial Hospital]] in 2 weeks. Medicaid ID [[ID|health_plan:GA8812934501]].",
    "Discharge summary. [[PERSON|name:Lukas Schneider]], [[AGE|other:27]], German tourist, admitted after rollover of a hire campervan (VIN [[VEHICLE|vehicle:JTFSS22P200154872]]) near [[LOCATION|geo:Coober Pedy]]. Splenectomy [[DATE|date:12/12/2023]]; post-splenectomy vaccines given. Repatriation arranged via travel insurer, policy [[ID|health_plan:AXA-TR-5521908]].",
    "Paediatric discharge summary. [[PERSON|name:Aisha Bello]], DOB [[DATE|date:30/05/2019]], acute asthma, weaned to 3-hourly salbutamol. Mother given written asthma action plan. Attends [[LOCATION|geo:Footscray Primary School]]; letter for school provided.",
    "Discharge summary - [[LOCATION|geo:University Hospital Galway]]. Patient: [[PERSON|name:Pádraig Ó Súilleabháin]], [[AGE|other:69]], MRN [[ID|mrn:G0451123]]. Dx: infective exacerbation of COPD. Home oxygen 2 L ordered for delivery to [[ADDRESS|geo:Cloonacauneen, Claregalway, Co. Galway H91 X2P4]].",
    "DISCHARGE SUMMARY - Geriatric Medicine. [[PERSON|name:Albert Nkemelu]], aged [[AGE|date:91]], UR [[ID|mrn:5521098]]. Admitted [[DATE|date:28/01/2024]] with delirium secondary to UTI. Discharged to [[LOCATION|geo:Estia Health Woodville]]. Please repeat UEC in 1 week.",
    "Discharge summary. Principal dx: Guillain-Barré syndrome; background Hashimoto's thyroiditis and Addison's disease. Received IVIg 2 g/kg over 5 days. Patient [[PERSON|name:Chloe Addison]], [[AGE|other:35]], UR [[ID|mrn:2219934]]. Outpatient neurology with A/Prof [[PERSON|name:Stephen Graves]] in 4 weeks.",
    "Discharge summary, [[LOCATION|geo:Dunedin Hospital]]. [[PERSON|name:Mere Tipene]] (NHI [[ID|health_plan:JKL5832]]) discharged today. Dx: cellulitis L lower leg, IV cefazolin switched to oral flucloxacillin. District nursing in [[LOCATION|geo:Mosgiel]] to review in 48 h.",
    "Discharge summary. [[PERSON|name:Harold Jenkins]], [[AGE|other:82]]. Dual-chamber PPM inserted [[DATE|date:14 March 2024]] for complete heart block: Medtronic Azure XT DR MRI, serial [[DEVICE|device:RNB605218S]]. Wound check at [[LOCATION|geo:Flinders Medical Centre]] in 10 days.",
    "Discharge summary emailed to GP Dr [[PERSON|name:Olivia Chen]] ([[EMAIL|email:olivia.chen@churchstmedical.com.au]]). Patient [[PERSON|name:Daniel Haddad]], DOB [[DATE|date:11/09/1988]], MRN [[ID|mrn:W0331875]] ([[LOCATION|geo:Westmead]]). Dx: first seizure, EEG normal, no driving for 6 months.",
    "Transfer/discharge to SNF. Patient: [[PERSON|name:Bernard Kowalczyk]]  SSN [[ID|ssn:219-44-8071]]  Medicare MBI [[ID|health_plan:1EG4-TE5-MK73]]. Discharged [[DATE|date:04/22/2024]] to a SNF in [[LOCATION|geo:Perrysburg]], OH, for short-term rehab after L hip ORIF.",
    "Postnatal discharge. Mother [[PERSON|name:Sarah Mitchell-Okoro]]; baby boy born [[DATE|date:23/06/2024]] at 0312, 3.41 kg, SVD. Both well. MCH nurse in [[LOCATION|geo:Brunswick]] notified. Baby UR [[ID|mrn:B7712093]]. Hep B vaccine given, NBST done day 2.",
    "Discharge summary - left against medical advice [[DATE|date:30 Dec 2023]]. [[PERSON|name:Jake Fenwick]], [[AGE|other:24]], L hand cellulitis. Left before IV antibiotics complete. Drove himself home (vehicle [[VEHICLE|vehicle:1HX 7RV]]) despite advice; script for cefalexin given.",
    "Discharge summary, [[LOCATION|geo:Princess Alexandra Hospital]]. [[PERSON|name:Ravi Shankar Iyer]], admitted [[DATE|date:1-Feb-2024]] to [[DATE|date:8-Feb-2024]]. Dx: type 2 MI secondary to iron deficiency anaemia (Hb 68). Ferric carboxymaltose 1 g given. Results: [[URL|url:https://results.example-path.com.au/r/RSI-8831204]]",
]

GP_REFERRAL = [
    "Dear Dr [[PERSON|name:Ramesh Gupta]],\nRe: [[PERSON|name:Jennifer Walsh]], DOB [[DATE|date:15/08/1972]], [[ADDRESS|geo:41 Lygon Street, Carlton VIC 3053]]\nMedicare [[ID|health_plan:2951 46781 2]]\nThank you for seeing her with a 6-month history of dyspepsia not responding to PPI. H. pylori negative.\nKind regards,\nDr [[PERSON|name:Anthony Russo]], provider no. [[ID|license:2456781B]]",
    "Dear Colleague,\nI would be grateful if you could see [[PERSON|name:Gareth Evans]] (DOB [[DATE|date:02/02/1961]], NHS No [[ID|health_plan:401 023 2137]]) of [[ADDRESS|geo:12 Heol y Nant, Whitchurch, Cardiff CF14 1AB]] with a 3-month history of altered bowel habit.\nYours sincerely,\nDr [[PERSON|name:Carys Morgan]], GMC [[ID|license:7012345]]",
    "Referral to Dermatology\nPatient: [[PERSON|name:Emily Nguyen]]  DOB [[DATE|date:09/14/1990]]\nReason: changing pigmented lesion L shoulder, photo attached ([[ID|photo:Nguyen_Emily_Lshoulder_2024-03-02.jpg]]).\nReferring provider: [[PERSON|name:Mark Steinberg]], MD, NPI [[ID|license:1487629035]]. Fax reply to [[PHONE|fax:(208) 555-0187]].",
    "Dear Dr [[PERSON|name:Hughes]],\nRe: [[PERSON|name:Tane Parata]], [[AGE|other:29]], of [[LOCATION|geo:Porirua]]. Low mood for 3 months since redundancy, PHQ-9 19, no active SI. On sertraline 100 mg. Best contact [[PHONE|phone:021 448 9023]].",
    "Re: [[PERSON|name:Niamh Gallagher]], [[ADDRESS|geo:Apt 4, 17 Dominick Street Lower, Galway]]. GMS card [[ID|health_plan:8843210K]].\nReferred to rheumatology, [[LOCATION|geo:Merlin Park University Hospital]], for ?psoriatic arthritis: dactylitis R 3rd toe, nail pitting.",
    "Referral: [[PERSON|name:Harpreet Sandhu]], health card [[ID|health_plan:4532 281 947 KT]] (Ontario), to endocrinology at [[LOCATION|geo:Grand River Hospital]] for newly diagnosed Graves disease.\nFrom Dr [[PERSON|name:Amandeep Gill]], CPSO [[ID|license:84412]]. Fax [[PHONE|fax:519-555-0135]].",
    "Hi [[PERSON|name:Tom]], could you please see Mrs [[PERSON|name:Jane Doherty]] re her L knee? X-ray at [[LOCATION|geo:Lake Imaging Ballarat]] shows tricompartmental OA, failed physio and weight loss. Thanks, [[PERSON|name:Liz]]",
    "Re: Mr [[PERSON|name:Cyril Baxter]], aged [[AGE|date:96]], of [[LOCATION|geo:Mount Gambier]]. Requesting comprehensive geriatric assessment for recurrent falls (3 in the past two months). Lives alone; daughter [[PERSON|name:Ruth Baxter]] lives in [[LOCATION|geo:Adelaide]].",
    "To: [[LOCATION|geo:Covenant Sleep Disorders Center]]\nRe: [[PERSON|name:Cody Ramirez]], DOB [[DATE|date:3/7/1979]], BCBS member ID [[ID|health_plan:XOD882190443]]\nSnoring, witnessed apneas, ESS 15, BMI 36. Please send the PSG report to [[EMAIL|email:dr.hwang@southplainsfm.org]].",
    "Dear Ophthalmology Registrar,\nPlease see [[PERSON|name:Kwame Mensah]] (Medicare [[ID|health_plan:4128 99310 1]]), T2DM, screening retinal photo [[ID|photo:DRS_0044712_Rt.jpg]] shows moderate NPDR R eye. Clinic contact [[PHONE|phone:(03) 9687 2211]].",
    "Re: [[PERSON|name:Beverley Saunders]], DOB [[DATE|date:19 April 1948]], driver licence no. [[ID|license:031442987]]. Referral for OT driving assessment following TIA six weeks ago. No residual deficit. She lives in [[LOCATION|geo:Toowoomba]] and drives to church and the shops only.",
    "Referral to [[LOCATION|geo:Sydney Sexual Health Centre]]. Patient prefers [[PERSON|name:Alex]] (legal name [[PERSON|name:Alexandra Petrakis]]). For PrEP initiation; HIV/STI screen negative last week. Mobile [[PHONE|phone:0433 091 276]], happy to receive SMS.",
    "Kia ora Dr [[PERSON|name:Mitchell]],\nPlease see [[PERSON|name:Sione Fifita]], NHI [[ID|health_plan:MDK4419]], [[ADDRESS|geo:88 Great South Road, Papakura, Auckland 2110]], re recurrent tophaceous gout despite allopurinol 300 mg.\nNgā mihi, Dr [[PERSON|name:Ana Lealaiauloto]]",
    "Referral to cardiology. [[PERSON|name:Graham Fletcher]], [[AGE|other:63]], palpitations and presyncope, two episodes last week. 12-lead ECG uploaded to [[URL|url:https://ecg.example-heartlink.net/view?pid=883201]]. Please consider Holter. Background HTN, on perindopril 5 mg.",
    "FAX\nTo: [[LOCATION|geo:Wagga Wagga Base Hospital]] Outpatients, fax [[PHONE|fax:02 5943 1122]]\nFrom: [[LOCATION|geo:Kooringal Medical Centre]]\nRe: [[PERSON|name:Lachlan Reid]], URN [[ID|mrn:311902]]\nPages: 3 (incl. cover)",
]

NURSING_SHORTHAND = [
    "0200 pt [[PERSON|name:Moana Kereama]] [[AGE|other:73]]yo settled, obs stable, BGL 7.2. IDC draining clear. Son rang ([[PHONE|phone:0417 220 954]]) - updated. NFA.",
    "Handover 1930: Bed 14 Mr [[PERSON|name:Dragan Petrović]] [[AGE|other:81]]M #NOF D2, FWB, PCA removed, ?delirium o/n, CAM +ve. Wife [[PERSON|name:Vesna]] staying till 2100.",
    "Wound care: sacral PI stage 2, 3x2 cm, cleaned NS, Mepilex Border applied. Photo uploaded [[ID|photo:IMG_Kowalski_sacrum_20240305.jpg]]. Pt [[PERSON|name:Irena Kowalski]] repositioned 2/24. Next dressing due [[DATE|date:07/03]].",
    "Pt [[PERSON|name:Gary Nolan]]'s car left in ambulance bay at [[LOCATION|geo:Townsville University Hospital]] ED - security asked to move. Rego [[VEHICLE|vehicle:409 XQL]], silver Corolla, keys in pt property bag.",
    "Adm: [[AGE|other:88]]yo F from [[LOCATION|geo:Carrington Aged Care]], baseline mobilises w/ 4WW. NOK dtr [[PERSON|name:Sue Carmody]]. Hearing aids x2, serial L [[DEVICE|device:2319A44871]], R [[DEVICE|device:2319A44872]], in labelled case.",
    "0400 T 38.6, HR 112, BP 104/60. Paged Dr [[PERSON|name:Okonkwo]] - new orders BCx x2, lactate, 1L NS bolus. Pt [[PERSON|name:Brandon Lee]] MRN [[ID|mrn:10448273]] aware, wife at bedside.",
    "Falls risk high, bed alarm on. Override from med cabinet for Mr [[PERSON|name:Stavros Kallis]] by RN [[PERSON|name:Jess Tan]] (fingerprint ID [[ID|biometric:BIO-FP-008213]]) - witnessed by RN [[PERSON|name:Wong]].",
    "1400 pt [[PERSON|name:Kevin Doyle]] transferred to Ward 6A via w/chair. Belongings: wallet, phone, glasses. Medicare card [[ID|health_plan:5532 10947 3]] returned to pt. Handover to RN [[PERSON|name:Olu Adebayo]].",
    "ISBAR. S: [[PERSON|name:Grace Huang]] [[AGE|other:34]]F post em LSCS [[DATE|date:14/5]]. B: G2P2, GDM diet controlled. A: fundus firm, lochia mod, Hb 98. R: midwife review 0800. Partner [[PERSON|name:Wei]] at bedside.",
    "NFR documented, discussed with pt [[PERSON|name:Edith Clarke]] (aged [[AGE|date:93]]) & son [[PERSON|name:Robert]]. GP Dr [[PERSON|name:Basil Kostas]] informed via fax [[PHONE|fax:02 9560 3381]].",
    "2300 pt [[PERSON|name:Shane Mulligan]] wanting to self d/c, states 'my mate [[PERSON|name:Dazza]] is picking me up'. Security aware, AMA form signed. Pt gives address as [[ADDRESS|geo:Unit 3/45 Railway Pde, Granville NSW 2142]].",
    "NEWS2 = 5 at 2200, escalated to SHO Dr [[PERSON|name:Amir Haddad]]. Pt [[PERSON|name:Maureen Pollock]], hosp no [[ID|mrn:RX4417203]]. IV access x2 sited, bloods sent. Daughter ([[PHONE|phone:0141 496 0023]]) aware.",
    "BSL 4.1 -> juice given -> 6.3 at 0315. Insulin pump (serial [[DEVICE|device:NG2984117H]]) suspended per protocol, endo reg aware. Pt [[PERSON|name:Zoë Fontaine]] DOB [[DATE|date:21/01/2002]].",
    "Night: pt [[PERSON|name:Isaac Goldberg]] [[AGE|other:76]]M hx Alzheimer's, wandering. Wearing locator pendant [[DEVICE|device:WT-55820913]]; found at front entrance 0320 by security, returned to ward, settled with 1:1.",
    "Pt unable to log into portal, asked for reset; email on file [[EMAIL|email:kiri.h87@gmail.com]]. Referred to IT helpdesk. Pt [[PERSON|name:Kiri Horomona]] for d/c [[DATE|date:12/4]] pending OT.",
]

PHARMACY = [
    "Rx: Metformin XR 1000 mg nocte, #60, 5 repeats.\nPatient: [[PERSON|name:Susan Ferreira]], [[ADDRESS|geo:9 Banksia Crescent, Beaconsfield WA 6162]]\nMedicare [[ID|health_plan:3319 20554 1]]\nPrescriber: Dr [[PERSON|name:Ivan Petrov]], prescriber no. [[ID|license:4419823]]",
    "Refill request. Patient [[PERSON|name:Marcus Johnson]], DOB [[DATE|date:08/19/1965]]. Lisinopril 20 mg daily, #90. Prescriber DEA [[ID|license:BJ4418273]], NPI [[ID|license:1962047118]]. Fax to [[PHONE|fax:(505) 555-0191]].",
    "Webster-pak repacked for [[PERSON|name:Kostas Papadopoulos]], [[LOCATION|geo:Oakleigh]]. Changes: ceased atenolol, started bisoprolol 2.5 mg mane per Dr [[PERSON|name:Leung]] ([[DATE|date:04/04/2024]]).",
    "S8 register: oxycodone 10 mg CR x 20 dispensed to [[PERSON|name:Rhys Cooper]], DOB [[DATE|date:13/06/1980]]. ID sighted: driver licence [[ID|license:19883245]]. Pharmacist [[PERSON|name:Hannah Lim]].",
    "Clinical check: [[PERSON|name:Doreen Akers]] (NHS [[ID|health_plan:650 317 2209]]) warfarin, INR 3.4 on [[DATE|date:18/03/2024]]. Interaction with clarithromycin flagged; discussed with [[LOCATION|geo:Beech House Surgery]] on [[PHONE|phone:01603 555212]].",
    "Omnicell override log: user [[PERSON|name:Brianna Walker]] RN, fingerprint template [[ID|biometric:FPT-77120394]], removed hydromorphone 2 mg for MRN [[ID|mrn:55018342]] at 02:14.",
    "Compounded omeprazole 2 mg/mL suspension 100 mL for infant [[PERSON|name:Noah Abdi]], DOB [[DATE|date:12-Dec-2023]], wt 5.2 kg. Mother [[PERSON|name:Hodan Abdi]] counselled on dosing and storage; ph [[PHONE|phone:0468 332 107]].",
    "AIR upload: Fluad Quad given to [[PERSON|name:Elizabeth Tan]], [[AGE|other:72]], IHI [[ID|health_plan:8003 6080 1234 5678]], L deltoid. Immuniser: pharmacist [[PERSON|name:Joel Martin]], AHPRA [[ID|license:PHA0001234567]].",
    "eScript token received for [[PERSON|name:Dylan Morris]]: [[URL|url:https://escripts.example.com.au/t/9F4K2LQ7XW]]. Dispensed pantoprazole 40 mg. Home delivery to [[ADDRESS|geo:22 Gipps Street, Collingwood VIC 3066]].",
    "Pharmacist renewal: levothyroxine 100 mcg x 90 for [[PERSON|name:Chantal Bouchard]], [[LOCATION|geo:Dartmouth]], MSI [[ID|health_plan:0012 345 678]]. Pharmacist licence [[ID|license:NSCP-11872]]. TSH 2.1 last month.",
    "Prior auth for adalimumab: member [[PERSON|name:Kayla Brooks]], member ID [[ID|health_plan:W284411937]]. Case # [[ID|other:PA-2024-0331877]] denied - step therapy. Call [[PHONE|phone:1-800-555-0148]] to appeal.",
    "ODT dosing: methadone 80 mg supervised. Client [[PERSON|name:Jason Whitford]], program ID [[ID|other:OTP-55720]], photo on file [[ID|photo:OTP55720_Whitford.jpg]]. Takeaways x2/week approved by Dr [[PERSON|name:Ng]].",
    "Med rec on admission ([[LOCATION|geo:Ballarat Base Hospital]]). Sources: pt and community pharmacy [[LOCATION|geo:Sebastopol Amcal]] ([[PHONE|phone:03 5335 8812]]). Pt [[PERSON|name:Ronald Ashby]] takes apixaban 5 mg BD, not on discharge list from 2022.",
    "Charge to house account [[ID|account:ACC-004417]] for Mrs [[PERSON|name:Lorna Fitzgerald]] (aged [[AGE|date:102]]). Deliver Thursday with the usual packs to [[LOCATION|geo:Riverview Lodge]].",
    "SMS sent [[DATE|date:2024-05-02]] 10:14 to [[PHONE|phone:+44 7700 900583]]: 'Hi [[PERSON|name:Callum]], your prescription is ready to collect at [[LOCATION|geo:Boots Kilmarnock]].'",
]

TELEHEALTH = [
    "Telehealth (video) [[DATE|date:15/04/2024]] 1030. Pt [[PERSON|name:Bridget Kelly]] joined from home in [[LOCATION|geo:Dubbo]]. ID confirmed with DOB and address. Link: [[URL|url:https://vc.example-health.nsw.gov.au/room/BK7731]]",
    "Connection log: client IP [[IP|ip:203.0.113.47]], session ID [[ID|other:VC-4481-2290]], duration 18 min, audio quality fair. Patient [[PERSON|name:Hamid Karimi]]. MBS item 91800.",
    "Phone consult - pt [[PERSON|name:Janet Brown]] called from [[PHONE|phone:(07) 4982 2280]], staying with sister in [[LOCATION|geo:Emerald]]. Dysuria and frequency x2 days, afebrile. Rx trimethoprim sent to [[LOCATION|geo:Emerald Pharmacy]].",
    "Virtual visit via Zoom; patient located in [[LOCATION|geo:Boise]], Idaho (licensure confirmed). [[PERSON|name:Daniel Whitehorse]], [[AGE|other:45]], HTN follow-up. Home BP log at [[URL|url:https://mychart.example.org/bp/DWH-220931]], avg 138/86.",
    "Parent sent photo of rash via secure messaging ([[ID|photo:rash_Hernandez_M_0412.png]]). Child [[PERSON|name:Mateo Hernandez]], [[AGE|other:4]]. Vesicles hands/feet, oral ulcers - likely HFMD. Mother [[PERSON|name:Lucia Hernandez]] advised re hydration.",
    "Video consultation via Near Me. Patient [[PERSON|name:Fergus MacLeod]], CHI [[ID|health_plan:0304561234]], joining from [[LOCATION|geo:Stornoway]]. Spirometry from practice nurse reviewed. Next review [[DATE|date:3rd June 2024]].",
    "Audio dropped x3. Platform ticket [[ID|other:INC0448812]]; client IPv6 [[IP|ip:2001:db8:85a3::8a2e:370:7334]]. Consult with [[PERSON|name:Ngaire Walker]] completed by phone on [[PHONE|phone:0421 883 109]].",
    "Telehealth with [[PERSON|name:Hemi Rangi]], [[AGE|other:52]], from [[LOCATION|geo:Kaitaia]]. Diabetes review, HbA1c 71. Libre data shared via LibreView, account [[EMAIL|email:hemi.rangi@xtra.co.nz]].",
    "Telepsychiatry [[DATE|date:Mar 8, 2024]]. [[PERSON|name:Olivia Park]] connected from her dorm at [[LOCATION|geo:Boston University]]. Safety plan reviewed, crisis line numbers provided. Emergency contact: roommate [[PHONE|phone:617-555-0162]].",
    "Remote identity check by face match (template [[ID|biometric:FACE-3b91c0e2]]) passed. Patient [[PERSON|name:Pierre Dubois]], [[AGE|other:38]], calling from [[LOCATION|geo:Montréal]]. Requests renewal of escitalopram.",
    "Interpreter joined by phone (Arabic, TIS ID [[ID|other:TIS-882211]]). [[PERSON|name:Fatima Zahra Haddad]] reports improved sleep. Review [[DATE|date:29/02/2024]] confirmed.",
    "Store-and-forward dermatology. Images [[ID|photo:SF_2024_00918_img1.jpg]] and [[ID|photo:SF_2024_00918_img2.jpg]]. Referring GP Dr [[PERSON|name:Kate O'Neill]], [[LOCATION|geo:Broken Hill]]. Impression: BCC L nasal ala, for excision.",
    "Pt on lunch break at work ([[LOCATION|geo:Woolworths Distribution Centre Erskine Park]]), in a quiet room. [[PERSON|name:Sanjay Kumar]], low back pain review. Certificate issued [[DATE|date:10/06/2024]] to [[DATE|date:14/06/2024]].",
    "Telehealth consent recorded. [[PERSON|name:Ewa Nowak]], DOB [[DATE|date:1 Sept 1959]], verbal consent. Session [[URL|url:https://meet.example-health.co.uk/j/88410023]], connected from [[IP|ip:81.2.69.160]].",
    "Missed telehealth: called [[PHONE|phone:+1 (902) 555-0117]] x2, no answer; voicemail left for [[PERSON|name:Liam Doucette]]. Letter sent to [[ADDRESS|geo:214 Herring Cove Road, Halifax, NS B3R 1V7]].",
]

BILLING = [
    "CMS-1500 summary. Patient: [[PERSON|name:WILLIAMS, DENISE M]]  DOB [[DATE|date:06/02/1970]]  SSN [[ID|ssn:523-71-4490]]. Insured ID [[ID|health_plan:YGH882014456]]. Billing acct [[ID|account:00031877420]]. CPT 99214, ICD-10 E11.9. Rendering NPI [[ID|license:1538204471]].",
    "Bulk bill claim: [[PERSON|name:Thomas Nguyen]], Medicare [[ID|health_plan:2123 45670 1]] (IRN 2), item 23 on [[DATE|date:11/03/2024]], provider [[ID|license:0812345K]].",
    "Tax invoice [[ID|other:INV-004512]]. Bill to: [[PERSON|name:Amelia Watson]], [[ADDRESS|geo:6 Tamar Street, Launceston TAS 7250]]. Psychology session [[DATE|date:30/05/2024]], 50 min. Health fund membership [[ID|health_plan:71148823]].",
    "Self-pay invoice. Patient account no. [[ID|account:PA-0098812]]. Mr [[PERSON|name:Oliver Pemberton]], [[ADDRESS|geo:Flat 2, 18 Clifton Road, Bristol BS8 1AF]]. Refund of deposit to sort code/account [[ID|account:20-45-77 43819264]].",
    "Payment plan agreement. Guarantor: [[PERSON|name:Roberto Alvarez]] (father); patient [[PERSON|name:Sofia Alvarez]]. Account [[ID|account:4420018837]]. Autopay from checking account ending [[ID|account:6621]]. Receipts to [[EMAIL|email:ralvarez1975@yahoo.com]].",
    "WorkCover claim [[ID|other:WC-2024-118734]] for [[PERSON|name:Luke Pappas]], employer [[LOCATION|geo:BlueScope Port Kembla Steelworks]]. Worker TFN [[ID|ssn:459 113 287]] supplied for wage reimbursement.",
    "DVA Gold Card [[ID|health_plan:QX901533]]. Veteran [[PERSON|name:Kevin O'Donnell]], [[AGE|other:77]]. Service date [[DATE|date:02/04/2024]], item 10990 not claimable with DVA.",
    "Parking fee waiver approved for carer of long-stay pt [[PERSON|name:Abdullah Rahimi]] at [[LOCATION|geo:Fiona Stanley Hospital]]: vehicle [[VEHICLE|vehicle:1GHK 554]], waiver ref [[ID|other:PK-09921]], valid 4 weeks.",
    "OHIP claim rejected: health number [[ID|health_plan:9876 543 217 AB]] version code mismatch. Patient [[PERSON|name:Gurpreet Dhillon]], DOB [[DATE|date:1983-07-14]]. Billing no. [[ID|license:012345]]. Resubmit via MC EDT.",
    "ACC45 claim [[ID|other:10042873311]] lodged for [[PERSON|name:Aroha Whaanga]]: injury [[DATE|date:27 January 2024]] at [[LOCATION|geo:Mount Maunganui]] (surfing, R shoulder).",
    "Private claim to VHI, member no. [[ID|health_plan:2210998754]]. Patient [[PERSON|name:Declan Byrne]], PPSN [[ID|ssn:6433219WA]]. Consultant Mr [[PERSON|name:Brian Kavanagh]], IMC [[ID|license:019874]].",
    "Collections referral: [[PERSON|name:Tyrone Mitchell]], SSN [[ID|ssn:481-22-9376]]. Balance $1,284.50 on account [[ID|account:PT-7730219]]. Last known address [[ADDRESS|geo:5120 Wabash Ave, Apt 3B, Terre Haute, IN 47803]].",
    "Medicare rebate for [[PERSON|name:Rebecca Lowe]] (Medicare [[ID|health_plan:5590 33218 4]]) to be paid to nominated account [[ID|account:082-401 516884220]].",
    "Statement date [[DATE|date:31 May 2024]]. Account no. [[ID|account:HV-55812]], [[PERSON|name:Giulia Romano]]. Outstanding $420.00. Queries to [[EMAIL|email:accounts@harbourviewortho.example.com]].",
    "CTP claim: [[PERSON|name:Ashleigh Turner]], accident [[DATE|date:14/02/2024]], vehicle VIN [[VEHICLE|vehicle:6T1BF3FK50X123456]], claim no. [[ID|other:CTP-QLD-7721904]]. Insurer fax [[PHONE|fax:07 3118 0455]].",
]

DEVICE_TELEMETRY = [
    "Remote transmission [[DATE|date:2024-03-18]] 02:14. Device: Medtronic Azure XT DR MRI, serial [[DEVICE|device:RNB412093S]]. Patient [[PERSON|name:Frank Delaney]]. AF burden 12%, longest episode 4 h. Clinic: [[LOCATION|geo:MonashHeart]].",
    "Dexcom G7 urgent low 2.8 mmol/L at 03:40, transmitter SN [[DEVICE|device:8GT39R]]. Follower [[PERSON|name:Karen Liu]] (mother) alerted on [[PHONE|phone:0415 992 304]]. UR [[ID|mrn:4471120]].",
    "Pump upload (Tandem t:slim X2, SN [[DEVICE|device:1028847]]) for [[PERSON|name:Jack Sullivan]] to [[URL|url:https://clinic.example-diabetes.com/patients/88213]] from uploader IP [[IP|ip:10.14.22.83]]. TIR 68%, TBR 2%.",
    "ResMed AirSense 11, serial [[DEVICE|device:23201745338]]: AHI 3.2, usage 7.1 h/night, leak 12 L/min. Modem last connected from [[IP|ip:101.188.44.2]]. Patient [[PERSON|name:Derek Walsh]], [[LOCATION|geo:Geelong]].",
    "Zio patch [[DEVICE|device:K201834772]] worn [[DATE|date:02/05/2024]] to [[DATE|date:16/05/2024]]. Patient [[PERSON|name:Anna Svensson]]. Predominant rhythm sinus, 3 runs SVT, longest 9 beats.",
    "Merlin.net transmission: ICD serial [[DEVICE|device:81299340]], patient [[PERSON|name:Reginald Carter]], MRN [[ID|mrn:30049982]]. VT episode terminated with ATP x1 on [[DATE|date:04/09/2024]] at 11:52.",
    "Smart inhaler sensor [[DEVICE|device:HS-00418822]] synced via app; account [[EMAIL|email:ruby.t.2011@icloud.com]]. Reliever use 9 puffs/week. Patient [[PERSON|name:Ruby Thompson]], [[AGE|other:13]].",
    "[[DATE|date:2024-06-01]]T03:12:44Z dev=[[DEVICE|device:PM-7Q2X-55K1]] gw=[[IP|ip:192.168.0.17]] pt=[[ID|mrn:MRN-0043318]] evt=HR_HIGH val=148 ack=0",
    "Cochlear Nucleus 7 processor (serial [[DEVICE|device:CP1000-4417829]]) replaced under warranty; implant serial [[DEVICE|device:CI632-200318]]. Recipient [[PERSON|name:Oskar Lindqvist]].",
    "Fall alert from pendant [[DEVICE|device:LF-2209-33817]] at 04:05. Monitoring centre called [[PERSON|name:Joan Harper]] ([[AGE|date:90]]) - no answer, ambulance dispatched to [[ADDRESS|geo:12 Peel Street, Tamworth NSW 2340]].",
    "Check-in kiosk: palm-vein scan matched template [[ID|biometric:PV-5502-18A7]] to [[PERSON|name:Jorge Castillo]], MRN [[ID|mrn:66103928]]. Kiosk IP [[IP|ip:172.16.40.12]].",
    "NxStage cycler SN [[DEVICE|device:NX14-088213]], treatment log uploaded [[DATE|date:18/07/2024]]. UF 1.8 L. Patient [[PERSON|name:Matiu Tahana]], home address on file [[ADDRESS|geo:31 Kowhai Street, Te Awamutu 3800]].",
    "Tele box 14 (serial [[DEVICE|device:TX4-009187]]) reassigned from bed 9 to bed 22. Pt [[PERSON|name:Wanda Kozlowski]], [[AGE|other:67]]. Alarms: leads off x3 overnight, no arrhythmia.",
    "Heavy-vehicle OSA compliance: [[PERSON|name:Neil Barrow]], CPAP serial [[DEVICE|device:22181993012]], usage 92% of nights >4 h. Report for licence [[ID|license:HV2290817]]; fleet vehicle [[VEHICLE|vehicle:XT 11 BG]].",
    "BP cuff MAC [[DEVICE|device:00:24:E4:7A:1C:09]] pushed 14 readings to [[URL|url:https://rpm.example-hf.org/api/v2/patients/HF-20931/bp]] since [[DATE|date:20 June]]. Patient [[PERSON|name:Agnes Murphy]]. Mean 128/74.",
]

RESEARCH_ENROLMENT = [
    "Participant [[PERSON|name:Joseph Abara]] enrolled [[DATE|date:12/02/2024]] as [[ID|other:STR-04-0117]]. Consent witnessed by research nurse [[PERSON|name:Nina Petersen]]. Randomised to arm B.",
    "Screening log: site [[LOCATION|geo:The Alfred]], screen no. [[ID|other:SCR-0882]], age [[AGE|other:59]], excluded (eGFR 24). Protocol v3.1, 2023.",
    "Biobank consent: [[PERSON|name:Helga Sørensen]], DOB [[DATE|date:1951-11-03]], sample ID [[ID|other:BB-77120]]. Identity verified by fingerprint, enrolment template [[ID|biometric:FP-ENR-55198]].",
    "Subject [[ID|other:PX-1044]], [[PERSON|name:Angela Moore]], enrolled at [[LOCATION|geo:Henry Ford Hospital]]. IRB 2024-0113. Stipend check mailed to [[ADDRESS|geo:14410 Wyoming St, Detroit, MI 48238]]; SSN for 1099 [[ID|ssn:371-58-2210]].",
    "eConsent completed at [[URL|url:https://econsent.example-trials.org.au/s/A81FQ2]] from IP [[IP|ip:124.170.15.202]] on [[DATE|date:03 Jun 2024]]. Participant [[PERSON|name:Ming Zhou]].",
    "Voice sample recorded; voiceprint template [[ID|biometric:VP-88A1-2024]] stored on study server. Participant [[PERSON|name:Declan Reilly]], [[AGE|other:68]], Parkinson's disease cohort.",
    "Recruitment: [[PERSON|name:Aaliyah Khan]], NHS no [[ID|health_plan:721 593 0486]], invited by letter to [[ADDRESS|geo:44 Bury Old Road, Prestwich, Manchester M25 0FG]]. Study ID [[ID|other:MCR-DIAB-0331]].",
    "Retinal substudy: images [[ID|photo:ID0447_OD_20240311.tif]] and [[ID|photo:ID0447_OS_20240311.tif]] uploaded. Retinal vessel template [[ID|biometric:RET-0447-T1]]. Participant [[PERSON|name:Tevita Fusitu'a]].",
    "Withdrawal: participant [[ID|other:HEART-2-0219]] ([[PERSON|name:Shirley Adams]]) withdrew consent by email ([[EMAIL|email:shirl.adams52@bigpond.com]]) on [[DATE|date:20/03/2024]]. Data retained to withdrawal.",
    "Participant [[PERSON|name:Nathan Cardinal]] from [[LOCATION|geo:Maskwacis]] enrolled in the community kidney screening study. Alberta PHN [[ID|health_plan:44218-7730]]. ACR 45.",
    "Genomic sample [[ID|other:GEN-2024-ZZ9182]] linked to proband [[PERSON|name:Isla Ferguson]] ([[AGE|other:6]]); both parents also consented. Referred by [[LOCATION|geo:Royal Hospital for Children]], [[LOCATION|geo:Glasgow]].",
    "Travel reimbursement $120 for [[PERSON|name:Kylie Baker]] (ID [[ID|other:SLEEP-112]]) travelling from [[LOCATION|geo:Wollongong]], paid to account [[ID|account:033-145 238841]].",
    "Eligibility: age [[AGE|other:45]] - meets (40-75). BMI 31.2, HbA1c 7.8%. Participant [[PERSON|name:Omar Farouk]], site [[LOCATION|geo:Baker Heart and Diabetes Institute]].",
    "Wearable substudy: Fitbit Charge 6 serial [[DEVICE|device:FB421-9920-7731]] issued to [[PERSON|name:Chloé Martin]], participant [[ID|other:ACT-0562]]. Study account [[EMAIL|email:act0562@study.example.org]].",
    "Visit 3 due [[DATE|date:15 October 2024]]. Participant [[PERSON|name:Wiremu Tamihana]] has moved to [[LOCATION|geo:Rotorua]], new mobile [[PHONE|phone:027 339 1184]].",
]

EU_CLINIC_LETTER = [
    "[[LOCATION|geo:Universitätsklinikum Freiburg]], Klinik für Kardiologie\n[[LOCATION|geo:Freiburg]], [[DATE|date:14.03.2024]]\nDear Colleague,\nwe report on Herr [[PERSON|name:Jürgen Weber]], [[ADDRESS|geo:Hauptstraße 47, 79104 Freiburg im Breisgau]], insured with AOK (KVNR [[ID|health_plan:A123456780]]), treated for decompensated heart failure.",
    "[[LOCATION|geo:UMC Utrecht]], Department of Neurology. Re: mevrouw [[PERSON|name:Anouk de Vries]], born [[DATE|date:05-09-1982]], BSN [[ID|ssn:204318559]]. Relapsing-remitting MS, started ocrelizumab. Follow-up with dr. [[PERSON|name:Pieter van den Berg]] in 6 months.",
    "[[LOCATION|geo:CHU de Toulouse]] - Service de Rhumatologie\n[[LOCATION|geo:Toulouse]], le [[DATE|date:3 avril 2024]]\nCher confrère, j'ai vu Mme [[PERSON|name:Camille Lefèvre]], née le [[DATE|date:17/02/1975]], N° SS [[ID|ssn:2 75 02 31 555 123 45]], pour une polyarthrite rhumatoïde. Méthotrexate 15 mg/semaine.",
    "[[LOCATION|geo:Akademiska sjukhuset]], [[LOCATION|geo:Uppsala]]. Patient: [[PERSON|name:Erik Johansson]], personnummer [[ID|ssn:19620415-2384]]. Handover for continued care: patient relocating to [[LOCATION|geo:Perth]] next month. Stable on apixaban.",
    "[[LOCATION|geo:Policlinico di Sant'Orsola]], [[LOCATION|geo:Bologna]]. Patient [[PERSON|name:Giuseppe Russo]], codice fiscale [[ID|ssn:RSSGPP55C12A944K]], born [[DATE|date:12/03/1955]]. Post TAVI, aspirin 100 mg.",
    "[[LOCATION|geo:Hospital Universitari i Politècnic La Fe]], [[LOCATION|geo:València]]. Patient [[PERSON|name:María José García López]], DNI [[ID|ssn:48291736L]]. Discharged [[DATE|date:21/05/2024]] after laparoscopic appendicectomy.",
    "Dear Doctor,\nyour patient [[PERSON|name:Łukasz Wiśniewski]], PESEL [[ID|ssn:85071203458]], [[ADDRESS|geo:ul. Długa 14/3, 31-147 Kraków]], attended our hepatology clinic. Fibroscan 6.1 kPa.\nDr [[PERSON|name:Agnieszka Zielińska]], [[LOCATION|geo:Szpital Uniwersytecki w Krakowie]]",
    "[[LOCATION|geo:UZ Leuven]]. Dear Dr [[PERSON|name:Peeters]], your patient [[PERSON|name:Lotte Janssens]] (born [[DATE|date:08/08/1990]], INSZ [[ID|ssn:90.08.08-123.45]]) was seen for coeliac disease follow-up. Questions: [[PHONE|phone:+32 16 33 22 11]].",
    "[[LOCATION|geo:Aarhus Universitetshospital]]. Patient [[PERSON|name:Mette Kristensen]], CPR [[ID|ssn:030571-4417]], [[AGE|other:53]]. Breast cancer follow-up, no evidence of recurrence. Patient prefers contact by email: [[EMAIL|email:mette.kristensen@mail.dk]].",
    "[[LOCATION|geo:LKH-Univ. Klinikum Graz]], [[DATE|date:7 May 2024]]. Patient [[PERSON|name:Johann Gruber]], SV-Nr. [[ID|ssn:1234 120355]]. Status post hip replacement, uneventful course. Please send reports by fax to [[PHONE|fax:+43 316 385 14444]].",
    "[[LOCATION|geo:Hospital de São João]], [[LOCATION|geo:Porto]]. Utente: [[PERSON|name:Ana Sofia Pereira]], SNS no. [[ID|health_plan:287441903]]. Discharged [[DATE|date:2024/04/19]] after an uncomplicated pyelonephritis.",
    "Transfer letter, [[LOCATION|geo:Haukeland University Hospital]], [[LOCATION|geo:Bergen]]. Patient [[PERSON|name:Hiroshi Tanaka]], Japanese national, passport [[ID|ssn:TZ1184407]], travel insurance policy [[ID|health_plan:TMJ-0088217]]. Fit to fly after NSTEMI.",
    "Invoice for treatment on [[DATE|date:02.02.2024]], [[LOCATION|geo:Klinikum rechts der Isar]]. Frau [[PERSON|name:Sabine Hoffmann]]. Refund of overpayment to IBAN [[ID|account:DE21 7015 0000 1004 8821 37]].",
    "[[LOCATION|geo:Evangelismos Hospital]], [[LOCATION|geo:Athens]]. Patient [[PERSON|name:Dimitrios Papadakis]], AMKA [[ID|ssn:15067523418]]. Type 1 diabetes, started on insulin pump. Contact [[PHONE|phone:+30 210 720 1000]].",
    "[[LOCATION|geo:Inselspital]], [[LOCATION|geo:Bern]]. Patient [[PERSON|name:Luca Bernasconi]], AHV-Nr. [[ID|ssn:756.1234.5678.97]], insured with CSS (insured no. [[ID|health_plan:80756 0012 3456]]). Discharged after ablation for AVNRT.",
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
    print(f"probe9: {write_styled(OUT, STYLES)} docs")


if __name__ == "__main__":
    main()
