"""Write the 27th hand-annotated redaction probe, ``corpus/redaction/probe27.jsonl``.

Why: the redaction engine is scored on text it has never seen, written by someone who has never
read it. This probe is a fresh, independent sample of clinical free text across ten document
styles, so a score on it says how the engine does on new writing rather than on the corpora it
was tuned against. It leans on the awkward cases: names that are ordinary words (Hope, Faith,
Mark, Young, Ward, June), towns that are words (Hope, Normal, Mobile, Deal, March, Street,
Nokia, Yale, and Orange inside a practice name), facilities named after people, identifiers
glued to labels, era and Hijri dates, and look-alikes that must stay unmarked (doses, lab
ranges, bed and ward numbers, visual acuities like 6/9, gestations like 31/40, model numbers,
MBS/CPT/ICD codes, trial registrations, helpline and store numbers, ABNs, site numbers, sensor
lot numbers).

What: 120 notes, 12 in each of ten styles (progress-note, discharge-summary, referral-letter,
nursing-shorthand, pharmacy, telehealth, billing, device-telemetry, research-enrolment,
patient-message). Locales, all written in English with local names, identifiers, addresses,
phone and date formats: about a quarter Australia and New Zealand, a fifth US and Canada, the
rest the UK and Ireland, continental Europe and the rest of the world (Asia, Africa, Latin
America, the Middle East). About six identifiers a note. Every identifier is marked inline as
``[[LABEL|category:text]]`` following the project's conventions: titles outside name spans; a
full street address is one ADDRESS span, a town, county or named facility alone is LOCATION, a
postcode alone is ADDRESS; ages up to 89 are AGE|other and 90 or more AGE|date; only the date
part of a timestamp is marked; national numbers are ssn, health-system and insurer numbers
health_plan, record numbers mrn, billing and bank numbers account, professional and driver
licences license, and study, claim, booking and login codes other. Every person and number is
invented; towns, suburbs and hospitals may be real. All 18 Safe Harbor categories appear at
least five times.

How: ``cd /work/main && .venv/bin/python scripts/make_probe27_corpus.py``; the helper
``write_styled`` strips the markers, records the offsets and tags each document with its style.
"""

from pathlib import Path

from make_safe_harbor_suite import write_styled

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "corpus" / "redaction" / "probe27.jsonl"

PROGRESS_NOTES = [
    # AU, Sydney
    "PROGRESS NOTE - Ward 7 North, bed 14\n[[DATE|date:14/03/2024]] 0730\nPt: [[PERSON|name:Margaret Feeney]] ([[AGE|other:78]]F)  UR [[ID|mrn:0049 3821]]\nS: slept poorly, c/o L hip pain 6/10. Dtr [[PERSON|name:Rose]] visiting this pm, wants an update.\nO: T 37.9  HR 96  BP 142/88  SpO2 94% RA. Hb 98 (ref 115-165), Na 131, Cr 104.\nA: #NOF D2 post DHS. ?early delirium, 4AT = 2.\nP: oxycodone 5mg PO q4h PRN, paracetamol 1g QID, mobilise w physio, bloods mane. Update GP Dr [[PERSON|name:Hamish Young]] re plan.\nRMO",
    # AU, rural Queensland, hurried
    "pn [[DATE|date:2/9/23]] 2215 - called to see [[PERSON|name:wade hunter]] [[AGE|other:34]]yo re chest pain post MVA on the highway nr [[LOCATION|geo:Gympie]] ~1900. his ute (rego [[VEHICLE|vehicle:712 KXZ]]) towed per QPS. trop <5 @2100, rpt due 2300. ECG SR 78 no ST chgs. seatbelt mark ++ across chest, CXR NAD. mum is NOK [[PHONE|phone:0429 118 305]]. plan obs 2/24, analgesia, d/w SMO in am. -jmo",
    # NZ, Waikato
    "Date: [[DATE|date:21 June 2024]]   Ward 12, [[LOCATION|geo:Waikato Hospital]]\nPatient: [[PERSON|name:Tama Ngata]]   NHI: [[ID|health_plan:ZKT4821]]   [[AGE|other:67]]M\n\nWard round (Gen Med)\nCOPD exac, day 3. Less SOB, sats 90-92% on 1L. CRP 88 -> 41.\nWhanau at bedside - wife [[PERSON|name:Hope]] asks if he can be home for their moko's birthday on Saturday.\nPlan: wean O2, pred 40mg day 3/5, doxy. Resp physio. D/c planning - lives [[LOCATION|geo:Te Awamutu]], GP aware.",
    # US, Boston SOAP
    "SUBJECTIVE: [[PERSON|name:Frank DeLuca]] is a [[AGE|other:58]] y/o M (DOB [[DATE|date:04/11/1966]], MRN [[ID|mrn:MR-2204817]]) seen today in f/u for T2DM and HTN. Reports good adherence, wife manages the pillbox.\nOBJECTIVE: BP 138/86, HR 72, BMI 33.1. A1c 8.4% (9.1% in Dec). eGFR 71. LDL 112.\nASSESSMENT/PLAN:\n1. T2DM, uncontrolled (E11.65) - incr metformin to 1000 mg BID, start empagliflozin 10 mg daily.\n2. HTN - cont lisinopril 20 mg.\nRTC 3 mo. Ins: Aetna member ID [[ID|health_plan:W284613907]].\n[[LOCATION|geo:Brigham and Women's Primary Care]]",
    # Canada, Hope BC
    "Progress Note - ER obs, [[LOCATION|geo:Hope]] BC\n[[DATE|date:2024-01-09]] 14:20\n\n[[PERSON|name:Mark Okafor]], [[AGE|other:45]]\nCellulitis R lower leg. Afebrile now. Marked border has receded ~2 cm since yesterday. WBC 13.2 -> 10.8.\nLives alone on a property past [[LOCATION|geo:Yale]], poor cell coverage - best contact is his sister [[PERSON|name:Faith]] [[PHONE|phone:604-869-2271]].\nPlan: switch IV cefazolin -> PO cephalexin 500 mg QID x 7d. Home with community nursing f/u.\n- NP",
    # US, long-term care, 92
    "[[DATE|date:Nov 3]] 10:15 NP visit - [[PERSON|name:Dorothy Baker]], [[AGE|date:92]] yo F, LTC resident at [[LOCATION|geo:Brookdale Bethesda]] rm 212\nc/o: staff report 2 falls this week, no head strike. Baseline mild dementia (SLUMS 17).\nExam: bruise L forearm 4x3cm. Gait unsteady w walker. Orthostatics 132/70 -> 108/62 standing.\nMeds reviewed - hold amlodipine 5mg, recheck orthostatics 1 wk.\nMBI [[ID|health_plan:1EG4-TE5-MK73]]. Son [[PERSON|name:Bill]] (POA) updated by phone, agrees w plan.",
    # UK, Reading
    "WR [[DATE|date:5th March]] - Cons WR\n[[PERSON|name:Ellen Marsh]] [[AGE|other:81]]  Hosp no. [[ID|mrn:RBH0932118]]\nAdmitted via ED from home in [[LOCATION|geo:Reading]] after long lie (?12 hrs).\nCK 2400, AKI stage 1 (Cr 148, baseline 90).\nIssues\n- Rhabdo/AKI: IV 0.9% NaCl 1L 8hrly, repeat U&E + CK tmrw\n- Falls: lying/standing BP, med review\n- SW: lives alone, nephew [[PERSON|name:Mark Tilley]] is NOK, nearby",
    # Ireland, Swords
    "[[DATE|date:17/10/2023]] SpR note, St Brigid's ward\n[[PERSON|name:Siobhán Ní Bhriain]] MRN [[ID|mrn:B0448172]]\nAdmitted under resp w/ ?PE. CTPA neg. D-dimer 1.2.\nPt anxious, wants to go home to [[LOCATION|geo:Swords]] today. Husband [[PERSON|name:Declan]] collecting - mob [[PHONE|phone:087 224 9130]].\nFor d/c with GP f/u, letter done.",
    # Germany, Berlin
    "Verlaufsnotiz / progress note - [[LOCATION|geo:Charité Campus Virchow-Klinikum]], Station 4A\n[[DATE|date:08.02.2024]], Spätdienst\nHerr [[PERSON|name:Jürgen Weiß]], [[AGE|other:63]] J., Fall-Nr. [[ID|mrn:24018833]]\nPOD 2 after Whipple. Drain 120 ml serous, drain lipase 85 U/l. Sitting at bedside ok.\nWife requests callback: [[PHONE|phone:+49 30 4507 2231]].\nDr. (Spätdienst)",
    # India, Mumbai
    "PROGRESS NOTE  [[DATE|date:12-Jan-2024]]\n[[LOCATION|geo:Kokilaben Dhirubhai Ambani Hospital]] - MICU bed 7\nPt: [[PERSON|name:Ramesh Kulkarni]], [[AGE|other:52]]/M, UHID [[ID|mrn:KDAH.0048812]]\nDengue w/ warning signs, D5 of fever. Plt 38,000 -> 52,000. Hct 44. No bleed.\nIVF as per protocol. Strict I/O. Monitor plt 12 hrly.\nSon counselled re prognosis.\nTPA: Star Health policy [[ID|health_plan:P/211200/01/2024/004512]] - pre-auth sent.",
    # South Africa, Cape Town
    "[[DATE|date:2023/10/12]] - Gynae ward C3, [[LOCATION|geo:Groote Schuur Hospital]]\nPt [[PERSON|name:Thandiwe Mokoena]] [[AGE|other:29]]F  SA ID [[ID|ssn:9402150234086]]\nDay 1 post ex-lap for ruptured ectopic. Hb 7.9 post 2 units. Pain controlled on tramadol 50mg.\nLives [[LOCATION|geo:Khayelitsha]] Site C. Partner present.\nPlan: mobilise, FBC am, contraception counselling.\nMO",
    # Singapore, 91
    "PN [[DATE|date:03/05/24]] 0915 (HO)\nMdm [[PERSON|name:Lim Ah Hoon]], [[AGE|date:91]]yo Chinese F, NRIC [[ID|ssn:S3283452D]], ward 9A bed 32\nS: sleepy, poor oral intake. Per helper, not eating x2d.\nO: GCS 14, BP 104/60, Na 128 (135-145). Sacral PI stage 2, photo taken & uploaded [[ID|photo:TTSH_PI_sacrum_030524.jpg]]\nA: hypoNa ?SIADH vs poor intake; PI\nP: fluid restrict, urine osm/Na, wound nurse r/v, air mattress\nNOK son hp [[PHONE|phone:9123 4567]] - updated.",
]

DISCHARGE_SUMMARIES = [
    # AU, Melbourne
    "DISCHARGE SUMMARY\n[[LOCATION|geo:The Alfred]] - Cardiology Unit\n\nPatient: [[PERSON|name:Grace Lindqvist]]    UR: [[ID|mrn:2847119]]    DVA Gold: [[ID|health_plan:VX123456]]\nDischarged: [[DATE|date:09/04/2024]]\n\nDiagnosis: complete heart block -> dual chamber PPM (Medtronic Azure XT DR MRI, SN [[DEVICE|device:RNB402118S]]). Atrial lead CapSureFix Novus 5076-52.\nMedications on discharge: apixaban 5 mg BD, metoprolol 25 mg BD, atorvastatin 40 mg nocte.\nFollow up: device clinic 6/52, wound check with GP.\n\nGP: [[LOCATION|geo:Balaclava Family Practice]]  Fax [[PHONE|fax:(03) 9527 2215]]\nAuthor: Cardiology Registrar",
    # AU, Perth, junior in a hurry
    "D/C summ - [[PERSON|name:Kai Brown]] ([[AGE|other:19]]M) - [[LOCATION|geo:Sir Charles Gairdner Hospital]]\ndc [[DATE|date:13/1]]\ndx: #5th MC R hand (boxer's), lac dorsum hand - washout + closure in ED, photo on file [[ID|photo:SCGH-WND-110125-01.jpg]]\nETOH on adm 0.21. declined AOD referral.\nmeds: cephalexin 500mg QID 5/7, panadeine forte prn (12 tabs)\nfu: hand clinic [[DATE|date:20/01/2025]] 0930, STR day 10-14 at GP",
    # NZ, Christchurch -> Nelson
    "[[LOCATION|geo:CHRISTCHURCH HOSPITAL]] - DISCHARGE SUMMARY\nName: [[PERSON|name:Nelson Tupou]]   NHI: [[ID|health_plan:PRX8837]]\nDischarged: [[DATE|date:22 Aug 2024]]  Ward 25\nPrincipal dx: inferior STEMI, PCI to RCA x1 DES.\nEF 45% on echo. Troponin peak 18,400 ng/L.\nDischarged to: home, [[LOCATION|geo:Nelson]]; flights arranged via Travel Assistance.\nPatient email for cardiac rehab invite: [[EMAIL|email:nelson.tupou71@xtra.co.nz]]\nMeds: aspirin 100mg, ticagrelor 90mg BD x12mo, atorva 80mg, metoprolol CR 47.5mg, GTN spray prn",
    # US, Baltimore
    "DISCHARGE SUMMARY\nPatient: [[PERSON|name:Tyrone Jackson]]   MRN: [[ID|mrn:JH-07741902]]\nAddress: [[ADDRESS|geo:2210 E Monument St, Apt 3B, Baltimore, MD 21205]]\nDischarge: [[DATE|date:10/06/2024]]\nAttending: [[PERSON|name:Rebecca Stein]], MD (NPI [[ID|license:1679548203]])\nHospital course: sickle cell vaso-occlusive crisis. PCA hydromorphone, weaned to PO oxycodone 10 mg q6h PRN on HD3. Hgb nadir 6.8, no transfusion. Retic 11%.\nFollow-up: Sickle Cell Center for Adults, 1 wk. Return with fever >101F.",
    # Canada, Toronto, 90
    "[[LOCATION|geo:Sunnybrook Health Sciences Centre]] - Discharge Summary\n\nMrs. [[PERSON|name:Evelyn Moore]], age [[AGE|date:90]], OHIP [[ID|health_plan:4532-281-947-KT]]\nHome: [[ADDRESS|geo:88 Glen Rd, Unit 4, Toronto, ON M4W 2V1]]\nAdmitted [[DATE|date:March 2, 2024]] with delirium secondary to UTI (E. coli, pan-sensitive). Resolved with ceftriaxone then nitrofurantoin.\nFunctional status: ambulating 40 m with 4WW, CGA for stairs.\nHome with Ontario Health atHome services 2x/day. Daughter [[PERSON|name:Summer]] (SDM) aware.",
    # US, Normal IL, behavioral health
    "BEHAVIORAL HEALTH DISCHARGE SUMMARY - inpatient unit, [[LOCATION|geo:Normal]], IL\nPt: [[PERSON|name:Christian Moody]] | Acct/FIN [[ID|account:4470021983]]\nDischarged [[DATE|date:6/21]] after 7 days. Admitted on petition after SI w/ plan. Stabilized on sertraline 100 mg, hydroxyzine 25 mg PRN.\nSafety plan reviewed; firearms removed from home by father.\nBelongings returned incl. wallet w/ IL driver's license [[ID|license:M235-4410-8812]].\nAftercare: [[LOCATION|geo:Chestnut Health Systems]] intake next week.\n988 crisis line info provided.",
    # UK, Bath
    "[[LOCATION|geo:Royal United Hospitals Bath]] NHS Foundation Trust\nDISCHARGE LETTER\n\nPatient: Mr [[PERSON|name:Clifford Bishop]]  DOB [[DATE|date:22/06/1944]]  NHS No. [[ID|health_plan:401 023 2137]]\nWard: Combe, bay 3\nAdmitted [[DATE|date:11 Sept 2023]] with community-acquired pneumonia (CURB-65 = 2). Treated with co-amoxiclav + clarithromycin, switched to oral day 3.\nTTOs: co-amoxiclav 625 mg TDS to complete 7 days, Adcal-D3 1 BD.\nGP actions: repeat CXR in 6 weeks please.\nGP: [[ADDRESS|geo:BA2 6AA]]\nSigned: FY2, Care of the Elderly",
    # UK, Dundee
    "IMMEDIATE DISCHARGE LETTER\nName: [[PERSON|name:Angus McBride]]   CHI: [[ID|health_plan:1204723318]]\nAddress: [[ADDRESS|geo:7 Brook Street, Broughty Ferry, Dundee DD5 1DH]]\nDischarged [[DATE|date:06/12/2023]]\nDx: upper GI bleed - DU (Forrest IIb), injected + clipped at OGD. Hb 84 -> 97 after 2u.\nIV PPI 72h then omeprazole 40mg BD x8wk, H. pylori bx pending.\nNo driving restrictions. Pt's wife [[PERSON|name:Morag]] aware.\nGP practice: [[LOCATION|geo:Ferry Medical Practice]]",
    # France, Paris
    "COMPTE RENDU D'HOSPITALISATION / discharge summary\n[[LOCATION|geo:Hôpital Européen Georges-Pompidou]] - Service de Cardiologie\n\nMme [[PERSON|name:Hélène Girard]], IPP [[ID|mrn:8001294417]]\nSortie le [[DATE|date:08/03/2024]] after admission for decompensated heart failure.\nNT-proBNP 4 820 pg/ml on admission. Furosemide IV then PO 40 mg/j.\nMédecin traitant: Dr [[PERSON|name:Marc Lefèvre]] (RPPS [[ID|license:10003456789]])\nRdv consultation cardio le [[DATE|date:15 avril]] à 14h.",
    # UAE, Abu Dhabi
    "DISCHARGE SUMMARY - [[LOCATION|geo:Cleveland Clinic Abu Dhabi]]\nPatient Name: [[PERSON|name:Fatima Al Mansoori]]   Emirates ID: [[ID|ssn:784-1985-4412873-2]]\nAge/Sex: [[AGE|other:39]]/F   Insurance: Daman Thiqa card [[ID|health_plan:1234 5678 9012 3456]]\nDate of admission: [[DATE|date:18-Feb-2024]]   LOS 3 days\nProcedure: laparoscopic cholecystectomy, uneventful.\nDischarge meds: paracetamol 1 g PO q8h PRN, pantoprazole 40 mg daily x2 wks.\nFollow up General Surgery clinic in 2 weeks. Contact: husband [[PHONE|phone:+971 50 442 8817]]",
    # Mexico, Mexico City
    "RESUMEN DE EGRESO (discharge summary)\n[[LOCATION|geo:Hospital Ángeles Pedregal]]\nPaciente: [[PERSON|name:Rodrigo Gómez Ramírez]]   Expediente: [[ID|mrn:EXP-2024-018832]]\nCURP: [[ID|ssn:GORR850312HDFMMD04]]   Edad: [[AGE|other:38]] años\nDx: complicated acute appendicitis, laparoscopic appendicectomy. Drain removed day 2.\nAntibiotic: ertapenem 1 g IV -> amox/clav 875/125 PO BID x5 días.\nAseguradora GNP póliza [[ID|health_plan:GMM-77410293]]\nCita control en consulta externa [[DATE|date:13/05/2024]].",
    # Kenya, Nairobi
    "[[LOCATION|geo:KENYATTA NATIONAL HOSPITAL]]\nDISCHARGE SUMMARY - Medical Ward 7D\nName: [[PERSON|name:Wanjiru Kamau]]  IP No: [[ID|mrn:IP/2024/11873]]  Age: [[AGE|other:46]]\nNHIF No: [[ID|health_plan:04418823]]  Residence: [[LOCATION|geo:Githunguri]]\nDiagnosis: new T2DM presenting in DKA, resolved. Discharged on insulin mixtard 20u/10u.\nReview diabetic clinic in 2 weeks. Next of kin (husband) [[PHONE|phone:0722 418 903]]",
]

REFERRAL_LETTERS = [
    # AU, Orange NSW
    "[[LOCATION|geo:Orange Family Medical]]  Fax [[PHONE|fax:(02) 6362 1145]]\n\n[[DATE|date:19 February 2024]]\n\nDr [[PERSON|name:Ian Kerr]]\nOrthopaedic Surgeon\n\nDear [[PERSON|name:Ian]],\n\nRe: Mr [[PERSON|name:Barry Sale]], DOB [[DATE|date:6/5/1957]]\n\nThanks for seeing this retired shearer with progressive R knee OA. Xray (Jan) shows bone-on-bone medial compartment. Failed physio, NSAIDs limited by CKD (eGFR 52). BMI 29. He'd like to discuss TKR.\n\nKind regards,\nDr [[PERSON|name:Meredith Cole]]",
    # AU, Brisbane, mental health care plan
    "Mental Health Treatment Plan - referral\nTo: [[PERSON|name:Jess Albright]] (Clinical Psychologist)\nEmail: [[EMAIL|email:admin@paddingtonpsych.com.au]]\nFrom: GP, prov no [[ID|license:4471902K]]\n\nPatient: [[PERSON|name:Skye Larkin]]\n\n[[PERSON|name:Skye]] is a [[AGE|other:25]]yo uni student with panic disorder + GAD. K10 = 32, DASS-21 attached. No SI. Started sertraline 50mg 4/52 ago.\nReferred for up to 6 sessions (MBS 80010). Please send report back to me.",
    # NZ, Alexandra -> Dunedin
    "[[LOCATION|geo:Alexandra Family Medical]]\n\nTo: General Surgical Outpatients, [[LOCATION|geo:Dunedin Hospital]]\nvia ERMS\n\nRe: [[PERSON|name:Alexandra Reid]]  NHI [[ID|health_plan:JBK5520]]\n\nDear colleague, please see [[PERSON|name:Alexandra]], [[AGE|other:61]], with symptomatic gallstones - 3 episodes of biliary colic since July, USS shows multiple calculi, CBD 5mm, LFTs normal. She'd prefer surgery closer to home if possible to save the drive.\n\nNgā mihi,\nGP",
    # US, Mobile AL
    "[[LOCATION|geo:Springhill Family Medicine]], [[LOCATION|geo:Mobile]], AL | Fax [[PHONE|fax:(251) 555-0190]]\n\nREFERRAL - Cardiology\n\nPatient: [[PERSON|name:Hope Washington]]\nBCBS of Alabama member ID [[ID|health_plan:ZGA884120377]]\nReason: exertional chest pressure x3 wks, relieved by rest. ECG: NSR, nonspecific T wave flattening V4-V6. LDL 168. FHx - brother MI at [[AGE|other:49]].\nPlease evaluate for stress test/cath.\n\nNPI [[ID|license:1558362041]]",
    # US, Seattle, referral form
    "NEUROLOGY REFERRAL FORM\nReferring: [[LOCATION|geo:Ballard Primary Care]], [[LOCATION|geo:Seattle]] WA\nPatient name: [[PERSON|name:Emily Rose Carter]]\nDOB: [[DATE|date:11-05-1989]]   SSN: [[ID|ssn:531-44-8120]]\nEmail: [[EMAIL|email:emcarter89@gmail.com]]\nDx: chronic migraine w/o aura (G43.709), >15 HA days/mo despite topiramate 100 mg and propranolol.\nRequest: eval for CGRP mAb / Botox.\nUrgency: routine",
    # Canada, Montreal
    "[[LOCATION|geo:GMF Rosemont]] - demande de consultation / referral\nÀ: Rhumatologie, [[LOCATION|geo:Hôpital Maisonneuve-Rosemont]]\n\nPatient: [[PERSON|name:Sylvie Tremblay]]  RAMQ: [[ID|health_plan:TRES 5803 1519]]\nReason: symmetric polyarthritis MCP/IPP x 4 months, RF+, anti-CCP 212, CRP 34. Prednisone 10 mg started by me last week.\nPriorité B (< 10 jours).\nDre [[PERSON|name:Nathalie Côté]]\nTéléc. [[PHONE|fax:514 555-0199]]",
    # UK, Deal, Kent, 2WW
    "[[LOCATION|geo:Manor Road Surgery]]\n[[ADDRESS|geo:Manor Road, Deal, Kent CT14 9BX]]\n\nNHS e-Referral Service - UBRN [[ID|other:0001 4412 8830]]\n\nDear Dermatology team,\n\nRe: Mrs [[PERSON|name:Patience Cook]]  NHS [[ID|health_plan:628 093 1145]]\n\nI'd be grateful if you could see Mrs [[PERSON|name:Cook]] under the 2WW pathway. 6mm irregular pigmented lesion L shoulder, ABCD positive, dermoscopy image attached ([[ID|photo:PCook_Lshoulder_derm1.jpg]]).\nShe is on warfarin (INR 2.0-3.0) for AF.\n\nYours sincerely,\nGP partner",
    # Ireland, Galway
    "[[LOCATION|geo:Claddagh Medical Centre]]\n\nTo: ENT OPD, [[LOCATION|geo:University Hospital Galway]]\n\nRe: [[PERSON|name:Pádraig Ó Flaherty]]\nAddr: [[ADDRESS|geo:4 Cois Cuain, Oranmore, Co. Galway H91 X2P4]]\nPPSN [[ID|ssn:8123456TA]]\n\nDear Doctor,\nHe has had unilateral L sensorineural hearing loss for 3 months with tinnitus. Audiogram attached - 40dB drop at 4kHz. ?MRI IAMs to r/o vestibular schwannoma.\nThanks,\nDr [[PERSON|name:Niamh Brennan]]  MCRN [[ID|license:401552]]",
    # Netherlands, Zwolle
    "Verwijzing / referral\n[[LOCATION|geo:Huisartsenpraktijk Stadshagen]] - AGB [[ID|license:01-012345]]\nAan: Longziekten, [[LOCATION|geo:Isala]]\n\nPatiënt: dhr. [[PERSON|name:Bram de Vries]], BSN [[ID|ssn:123456782]]\ne-mail [[EMAIL|email:b.devries60@ziggo.nl]]\n\nQuestion: persistent cough 10 wk, 40 pack-years, CT thorax: 14 mm spiculated nodule RUL. Please assess.\nMet vriendelijke groet, [[PERSON|name:Anouk Bakker]], huisarts",
    # Philippines, Marikina
    "[[LOCATION|geo:Marikina Valley Medical Center]]\nOPD Referral Slip\n\nTo: Nephrology, [[LOCATION|geo:St. Luke's Medical Center Quezon City]]\n\nRespectfully referring [[PERSON|name:Maria Luz Santos]], [[AGE|other:56]]/F, of [[ADDRESS|geo:Blk 12 Lot 4, Brgy. Concepcion Uno, Marikina City 1807]], PhilHealth no. [[ID|health_plan:12-050123456-7]], for CKD stage 4 (Crea 3.1 mg/dL, eGFR 17), for AV fistula eval & HD planning.\nThank you po.\n[[PERSON|name:Carlo Reyes]], MD",
    # Nigeria, Lagos
    "[[LOCATION|geo:GENERAL HOSPITAL IKORODU]]\nDEPARTMENT OF MEDICINE\n\nThe Consultant Neurologist,\n[[LOCATION|geo:Lagos University Teaching Hospital]].\n\nDear Sir/Ma,\n\nREFERRAL: MR [[PERSON|name:CHUKWUEMEKA OBI]] ([[AGE|other:61]] YRS), HOSP NO [[ID|mrn:GHI/24/00871]]\n\nThe above named presented on [[DATE|date:29/02/2024]] with sudden onset R hemiparesis and aphasia. BP 210/120 on arrival. CT brain (private) - L MCA infarct. He is on amlodipine 10mg, lisinopril 20mg, atorvastatin 40mg, aspirin 75mg.\nKindly review and co-manage.\n\nThank you.\nDr [[PERSON|name:A. O. Adeyemi]]",
    # Japan, Tokyo
    "紹介状 / referral letter (translated)\nTo: [[LOCATION|geo:Kameda Medical Center]], Dept of Cardiology\nFrom: [[LOCATION|geo:Suzuki Clinic]]  FAX [[PHONE|fax:03-3687-4413]]\n[[DATE|date:2024年6月3日]]\n\nPatient: [[PERSON|name:Sato Haruki]] ([[AGE|other:72]] M)  DOB [[DATE|date:Showa 27.1.18]]\nHealth insurance: insurer no. 06130012\n\nParoxysmal AF detected on Holter (burden 18%), CHA2DS2-VASc 3. Started edoxaban 60 mg. Requesting assessment for catheter ablation.\nYours sincerely",
]

NURSING_NOTES = [
    # AU, overnight
    "0200 pt [[PERSON|name:kath obrien]] bed 6 settled, obs WNL. bsl 11.2 @0200 - 4u novorapid per chart. IDC draining 40ml/hr clear. 0530 husb [[PERSON|name:des]] rang on [[PHONE|phone:0408771293]] asking re d/c - advised to call after WR. UR[[ID|mrn:883012]] pls chase Mg result (0.62) w/ RMO. -[[PERSON|name:tash]] RN",
    # AU, aged care, 94
    "[[LOCATION|geo:Bupa Hope Island]] - progress notes - Resident: [[PERSON|name:Mavis Young]] rm 14, [[AGE|date:94]]\n[[DATE|date:26/12]] pm shift: v teary today, missed [[DATE|date:xmas]] with family. ate 50% tea. skin tear R forearm 2cm - steri strips + tubifast, photo in folder ([[ID|photo:MY_skin_tear_2612.jpg]]). Son to visit Sat. BGL 7.8. BO x1.\nRN",
    # NZ, Middlemore
    "ward 34 [[LOCATION|geo:Middlemore]] nocte - [[PERSON|name:Sione Vake]] nhi:[[ID|health_plan:KLM4419]] - restless 0100, pulled PIVC, resited x1 by CCOT. NEWS 3. sats 93% 2L. whanau (aunty [[PERSON|name:Mele]]) staying overnight, ok'd by CN. pain 4/10, oxycodone 2.5mg given 0315. pls call aunty in am re transport home to [[LOCATION|geo:Mangere]]",
    # US, med-surg
    "1430 RN note - [[PERSON|name:J. Young]], [[AGE|other:67]]M, rm 418B. Pt anxious, repeatedly asking about his truck - states it's parked in ER lot, lic plate [[VEHICLE|vehicle:7KRD219]]. Security notified, will move to long-term. VS 148/92, HR 88, RR 18, 97% RA. Pain 3/10. Heparin gtt @ 18 units/kg/hr, next aPTT 1800. Wife [[PERSON|name:Linda]] at bedside. -KA RN",
    # US, labour and delivery
    "L&D: [[PERSON|name:Lucia Hernandez]] G2P2, SVD @ 0412 on [[DATE|date:7/4]], viable female, Apgars 8/9, wt 3.21 kg. EBL 350. Baby Girl [[PERSON|name:Hernandez]] MRN [[ID|mrn:40119823]]. Infant footprints + mom's R index fingerprint on ID sheet (biometric ref [[ID|biometric:BIO-0704-2231]]). Bands matched x2 w/ 2nd RN. Fundus firm U-1. Dad cut cord, skin to skin. GBS neg.",
    # Canada, home care Quebec
    "CHN home visit [[DATE|date:05/02/24]] - client [[PERSON|name:Pierre Gagnon]], [[AGE|other:83]], [[ADDRESS|geo:45 rue Principale, Saint-Sauveur QC J0R 1R0]] (lockbox 4471). Sacral wound 3.1 x 2.4 cm, depth 0.3, granulating, mod serous exudate. Cleansed NS, Mepilex border. Dtr reports poor appetite. BP 118/64. Next visit Thurs.",
    # UK, district nurse, March
    "DN visit - Mrs [[PERSON|name:Patience Ward]], [[ADDRESS|geo:12 Station Rd, March PE15 8ND]]\nMon [[DATE|date:11/03]] - leg ulcer L gaiter, 4.2x3.0cm (was 4.8x3.5). Photo on trust iPad - [[ID|photo:IMG_4471.JPG]]. ABPI 0.92 (last wk). 2-layer compression reapplied. Pt well in self, husb has flu so v tired. Next visit Thurs [[DATE|date:14/03]]. NHS no [[ID|health_plan:740 118 2205]].\nS/N",
    # UK, mental health ward
    "Obs lvl 2 (within eyesight) - [[PERSON|name:Dean Hart]] hosp no [[ID|mrn:K228114]] - 2100-2200: sat in lounge w/ headphones, calm. 2215 asked for PRN - lorazepam 1mg given (max 4mg/24h). said 'my brother [[PERSON|name:Jamie]] will come get me fri, he lives in [[LOCATION|geo:Gateshead]]'. Sec 2 MHA expires [[DATE|date:19/08]]. No self harm noted. -HCA",
    # Italy, Naples
    "Diario infermieristico / nursing - [[DATE|date:14/11/2023]] notte\npaz. [[PERSON|name:Giuseppe Esposito]], [[AGE|other:77]]a, letto 8, CF [[ID|ssn:SPSGPP46S12F839K]]\nore 02:00 fever 38.4, blood cultures x2 taken, paracetamolo 1g ev. diuresis 600ml/12h. SpO2 95% AA.\nfiglia [[PERSON|name:Chiara]] called on [[PHONE|phone:347 221 8890]], coming at 8.\nInf. notte",
    # India, Chennai ICU
    "ICU nursing - bed 3 - Mr [[PERSON|name:Anand Subramaniam]] [[AGE|other:64]]M IP no [[ID|mrn:AH2400781]] - [[LOCATION|geo:Apollo Hospitals Greams Road]]\n6am: on NIV, FiO2 40%, SpO2 96%. ABG pH 7.31 pCO2 58. RBS 212 - HAI 6u s/c. urine 30ml/hr via foley.\nwife informed, phone [[PHONE|phone:94440 17723]].\nSN",
    # Brazil, Sao Paulo
    "Evolução enfermagem [[DATE|date:22/07/2024]] 19h - pct [[PERSON|name:Neusa Ferreira]] ([[AGE|other:70]]a), leito 12B. Cartão SUS [[ID|health_plan:898 0012 3456 7890]]. CPF [[ID|ssn:412.887.903-20]]\nDona [[PERSON|name:Neusa]] refere dor em FO 5/10, dipirona 1g EV. dressing clean & dry. PA 130x80, FC 84, Tax 36.7. Accepted diet. Filho acompanhante.\nEnf.",
    # Saudi Arabia, Riyadh
    "Nursing note - [[LOCATION|geo:King Faisal Specialist Hospital]] - [[DATE|date:1445-09-12]] H / [[DATE|date:22-Mar-2024]]\npt [[PERSON|name:Abdullah Al-Qahtani]], [[AGE|other:58]]Y. Fasting (Ramadan) - insulin adjusted per endo: glargine 18u at iftar. CBG 5.4 pre-suhoor. National ID [[ID|ssn:1043928817]] verified for discharge pharmacy. Son at bedside.",
]

PHARMACY_NOTES = [
    # AU, Bendigo community pharmacy
    "[[LOCATION|geo:Bendigo Amcal Pharmacy]] - dispensing note [[DATE|date:08/08/2024]]\nPt: [[PERSON|name:Noel Sparrow]]  Medicare [[ID|health_plan:2267 80519 3]]\nPrescriber: Dr [[PERSON|name:Ali Hassan]], prescriber no. [[ID|license:2119875]]\nRx: warfarin 1mg (PBS item 2207Q) x 50, 3mg x 50 - dose per INR book, last INR 2.6.\nNew Rx for clarithromycin from dentist - interaction!! Rang Dr [[PERSON|name:Hassan]], changed to amoxicillin.\nPharm",
    # AU, Newcastle hospital pharmacy
    "MEDICATION RECONCILIATION - [[LOCATION|geo:John Hunter Hospital]] - pharmacist admission\n[[PERSON|name:Deborah Kingsley]] [[AGE|other:71]]F  MRN [[ID|mrn:K0412998]]\nSources: pt, Webster pack, usual pharmacy [[LOCATION|geo:Cessnock Priceline]] (fax [[PHONE|fax:02 4990 1134]]), GP summary.\n1. metformin XR 1g nocte - ok\n2. perindopril 5mg mane - ok (withheld, AKI)\n3. sitagliptin 100mg - NOT on GP list, pt says started by endo last month\n4. Vit D 1000 IU\nAllergy: penicillin (rash 1990s)\nMy Health Record checked, IHI [[ID|health_plan:8003 6081 6666 0452]].\nCP",
    # NZ, Wellington
    "[[LOCATION|geo:Unichem Cuba Mall]] - clinical pharmacist note\n[[DATE|date:30/05/2024]]\nPatient [[PERSON|name:Aroha Wilson]], NHI [[ID|health_plan:DFT2290]]\nCPAMS: INR 3.8 today (target 2-3) on warfarin 5mg. Omit tonight, resume 4mg. Retest [[DATE|date:3 June]].\nPrescriber MCNZ [[ID|license:34512]]; result faxed to practice on [[PHONE|fax:04 389 2210]].",
    # US, Nevada, controlled substance refusal
    "RPh note - [[DATE|date:09/17/2024]] 16:40\nPt [[PERSON|name:Travis Boone]] presented Rx for oxycodone/APAP 10/325 #90 from [[PERSON|name:Grant Kessler]], DO, DEA [[ID|license:BK4418829]]. NV PMP shows 3 prescribers in 60 days. Called office - prescriber unaware of other Rx. Rx NOT filled, pt counseled. Ins: Sierra Health member [[ID|health_plan:SHL90441823]]. Store #04412, [[LOCATION|geo:Paradise]], NV.\n-PharmD",
    # Canada, Mission BC, OAT
    "OAT dispensing log - [[LOCATION|geo:Mission Pharmasave]]\nClient: [[PERSON|name:Tyler Ward]], PHN [[ID|health_plan:9123 456 782]]\nMethadone 85 mg witnessed, carries x0. 2 missed doses since [[DATE|date:2024-07-01]] -> dose ok per protocol (3 = reassess), but notified prescriber Dr [[PERSON|name:Jasmine Kaur]] by fax [[PHONE|fax:604-826-4412]].\nStaying at [[LOCATION|geo:Mission Hope Centre]] shelter.\nRPh",
    # UK, Wells, NMS
    "Community pharmacy - [[LOCATION|geo:Boots Wells]]\nNMS intervention [[DATE|date:12.04.2024]] (day 14 call)\nPt: [[PERSON|name:Harold Young]]  NHS [[ID|health_plan:912 448 0713]]\nNew med: apixaban 5mg BD (new AF). Pt reports taking 'one in the morning, sometimes forgets the evening one'. Advised reminder, offered blister pack. No bleeding.\nContact pref: email [[EMAIL|email:harold.young48@btinternet.com]]\nPharmacist GPhC [[ID|license:2087654]]",
    # UK, Cambridge hospital pharmacy
    "PHARMACY - TTO screen / discharge\n[[LOCATION|geo:Addenbrooke's Hospital]], ward D8\nPt [[PERSON|name:Faith Osei]] [[AGE|other:36]]F\nTTO: enoxaparin 40mg SC OD x 28 days post-op (pt self-injecting, taught on ward), paracetamol, ondansetron prn.\nSharps bin supplied. Letter faxed to GP ([[LOCATION|geo:Cherry Hinton Medical Centre]], fax [[PHONE|fax:01223 242 117]]) and copy emailed to [[EMAIL|email:cpicb.cherryhinton@nhs.net]].\nCheck: Cr 62, wt 71kg, plt 245.",
    # Spain, Madrid
    "[[LOCATION|geo:Farmacia Ldo. Javier Ruiz]], Madrid centro\nNota de dispensación - [[DATE|date:21/10/2023]]\nPaciente: [[PERSON|name:Carmen Domínguez Soler]], TSI/CIP [[ID|health_plan:DMSC560412918011]]\nReceta electrónica: levotiroxina 75 mcg, 100 comp. Prescriptor: Dra. [[PERSON|name:Elena Vidal]], nº colegiada [[ID|license:282845123]].\nPatient asked about taking it with coffee -> advised 30-60 min before breakfast, separate from calcium.",
    # Poland, Krakow
    "Hospital pharmacy - [[LOCATION|geo:Szpital Uniwersytecki w Krakowie]], cardiology\n[[DATE|date:2024-02-19]]\nPacjent: [[PERSON|name:Krzysztof Zieliński]], PESEL [[ID|ssn:58031204512]]\nIntervention: ticagrelor 90 mg BD + clarithromycin (strong CYP3A4 inhibitor) - recommended switch to azithromycin. Accepted by lek. [[PERSON|name:Anna Wójcik]].\nPatient's daughter phoned re discharge meds - explained.",
    # Singapore, retail pharmacy
    "[[LOCATION|geo:Guardian Pharmacy Jurong Point]] - pharmacist consult log\n[[DATE|date:16 Jan 2024]] 7.45pm\nCustomer: [[PERSON|name:Tan Siew Ling]], NRIC [[ID|ssn:S8512344F]]\nc/o dry cough 1/52, no fever. On lisinopril 10mg (from polyclinic) - ?ACEi cough. Advised to see doctor, did not sell codeine linctus. Gave honey/lemon lozenges.\nReferral note given for [[LOCATION|geo:Jurong Polyclinic]].\nPharm (SPC reg [[ID|license:P04412J]])",
    # Egypt, Cairo
    "Pharmacy note - [[LOCATION|geo:El Ezaby Pharmacy]]\n[[DATE|date:05/09/2023]]\nPt [[PERSON|name:Mona Abdelrahman]], [[AGE|other:44]], national ID [[ID|ssn:27912010104412]]\nRx: insulin glargine 100 IU/ml, 22 IU nocte; pen needles 4mm.\nInsurance: AXA card no. [[ID|health_plan:EG-AXA-0044182]]. Home delivery to [[ADDRESS|geo:14 El Merghany St, Heliopolis, Cairo 11341]].",
    # Chile, Santiago
    "[[LOCATION|geo:Farmacia Cruz Verde Providencia]] - controlled dispensing register\n[[DATE|date:11-12-2023]]\nPaciente: [[PERSON|name:Javiera Muñoz Rojas]], RUT [[ID|ssn:17.442.908-3]]\nReceta retenida: clonazepam 2 mg, 30 comp. Médico: Dr. [[PERSON|name:Felipe Araya]], Registro SIS [[ID|license:118442]]\nCollected by: mother, Sra. [[PERSON|name:Patricia Rojas]]",
]

TELEHEALTH_NOTES = [
    # AU, Wagga Wagga video
    "TELEHEALTH CONSULT - video (healthdirect Video Call)\nClinic: [[LOCATION|geo:Wagga Wagga Base Hospital]] Endocrine OPD\nWaiting area link sent by SMS: [[URL|url:https://vcc.healthdirect.org.au/t/wwbh-endo]]\nDate: [[DATE|date:13/06/2024]]  Booking ref [[ID|other:WWB-884120]]\nPatient: [[PERSON|name:Jacinta Grant]] - identity confirmed (name, DOB, address)\nPt joined from work, good connection.\nT1DM on Omnipod 5, TIR 62%, TBR 3%. HbA1c 7.4. Adjusted ICR breakfast 1:8 -> 1:7.\nPlan f2f review in 6/12. Letter cc GP.\nDr [[PERSON|name:Liam O'Connell]]",
    # AU, phone, Eden
    "Phone consult Thurs [[DATE|date:18 July]] 1410 - call dropped x2 (pt in [[LOCATION|geo:Eden]], patchy reception). Called back on [[PHONE|phone:+61 417 552 093]]. Pt [[PERSON|name:Doug Fairweather]], [[AGE|other:66]]. ID check ok.\nReviewed CT: 2.1cm R renal lesion, likely RCC. Explained need for urology r/v in [[LOCATION|geo:Canberra]]. Pt distressed, wife on speaker. Safety-netted. Ref sent, copy emailed to pt at [[EMAIL|email:dougandsandy@bigpond.com]] at his request.",
    # NZ, Zoom mental health
    "Telehealth (Zoom) - Community Mental Health\nLink: [[URL|url:https://zoom.us/j/94481230017?pwd=bTl4RkJX]]\n[[DATE|date:7/3/24]] 11:00\nTangata whaiora: [[PERSON|name:Manaia Pohatu]] ([[AGE|other:22]])\nJoined from car outside [[LOCATION|geo:Gisborne]] library for privacy. Mood 4/10, sleep 5h. No SI/plan. Engaged with peer support worker.\nPlan: continue fluoxetine 20mg, next Zoom 2/52, crisis plan reviewed. Email confirmation to [[EMAIL|email:manaia.p@outlook.co.nz]]",
    # US, Colorado telepsych
    "Telepsychiatry progress note - [[DATE|date:02/27/2024]]\nPlatform: Doxy.me, provider room [[URL|url:https://doxy.me/drmorales]]\nPatient: [[PERSON|name:Brandon Pike]], [[AGE|other:31]]M\nPatient location (verified at start of visit per policy): [[ADDRESS|geo:1420 Oak Ridge Dr, Boulder, CO 80304]].\nSession connected from IP [[IP|ip:73.181.44.210]] (logged by platform).\nBipolar I, euthymic. Li level 0.8. TSH 2.1. Continue lithium 900 mg qhs.",
    # US, Georgia MyChart video
    "Video visit (MyChart) [[DATE|date:5/14/24]]\nPt [[PERSON|name:Barbara Griffin]] logged in as [[ID|other:bgriffin_1961]] from iPad; connection log [[IP|ip:2601:8c1:4200:7a0::1f]]\nLocated at home in [[LOCATION|geo:Marietta]], GA\nCC: UTI sx x2d, dysuria, freq. No fever/flank pain. Hx recurrent UTI.\nRx nitrofurantoin 100 mg BID x5d sent to CVS. Urine cx at [[LOCATION|geo:Wellstar Kennestone]] lab if not better.\nPA-C",
    # UK, Somerset video
    "Attend Anywhere video consultation - Respiratory, [[LOCATION|geo:Musgrove Park Hospital]]\n[[DATE|date:23/01/2024]] 10:20\nMr [[PERSON|name:Roger Hale]] at home in [[LOCATION|geo:Street]] (Somerset) with his wife [[PERSON|name:June]].\nCOPD, FEV1 41%. Home spirometry readings uploaded via app. Pt showed inhaler technique on camera - poor seal, corrected. Rescue pack issued.\nFollow-up video in 3 months; invite to [[EMAIL|email:roger.hale@talktalk.net]].",
    # Ireland, Cork, interpreter
    "Telehealth (phone + interpreter) - [[LOCATION|geo:Cork University Hospital]] Diabetes Day Centre\n[[DATE|date:08/05/2024]]\nPatient: [[PERSON|name:Katarzyna Nowak]], MRN [[ID|mrn:C0918834]]\nPolish interpreter (phone), interpreter ID [[ID|other:INT-20931]]\nGDM, 31/40. Fasting BGLs 5.6-6.1 (target <5.3). Start insulin NPH 6u nocte; pens to be collected at [[LOCATION|geo:Boots Douglas]].",
    # Sweden, Stockholm
    "Videobesök (1177) / video visit\n[[LOCATION|geo:Karolinska Universitetssjukhuset Huddinge]], Hematology\n[[DATE|date:2024-03-18]]\nPatient: [[PERSON|name:Lars Eriksson]], personnummer [[ID|ssn:19670412-5581]]\nConnected via 1177 app, BankID-verified. Log: [[IP|ip:83.233.17.94]]\nCML on imatinib 400 mg, BCR-ABL 0.08% IS (MMR). Mild oedema. Continue.\nNext bloods at local vårdcentral in 3 months.",
    # Switzerland, voiceprint
    "Teleconsultation log [[DATE|date:14.09.2023]] 22:47\nCaller identity verified by voice biometrics (voiceprint ID [[ID|biometric:VP-55120-A7]]) + DOB\nPatient: [[PERSON|name:Luca Bernasconi]], AHV [[ID|ssn:756.3047.5009.62]]\nLocation: [[LOCATION|geo:Lugano]]\nSx: acute lower back pain after lifting, no red flags (no saddle anaesthesia, continent). Ibuprofen 400 mg TDS w/ food, stay active. e-Rx sent to local pharmacy.\nCallback number [[PHONE|phone:+41 79 443 18 02]]",
    # India, eSanjeevani
    "eSanjeevani OPD teleconsult - [[DATE|date:19/08/2024]]\nPortal: [[URL|url:https://esanjeevani.mohfw.gov.in]]  token [[ID|other:KA-BLR-0819-0442]]\nPatient [[PERSON|name:Lakshmamma]] [[AGE|other:58]]F, [[LOCATION|geo:Hosakote]] taluk, ABHA [[ID|health_plan:91-4412-8830-5521]]\nAssisted by CHO at the HWC.\nc/o knee pain b/l x1 yr, worse on stairs. BP 150/94. RBS 186.\nAdv: paracetamol 650 mg SOS, quadriceps exercises, repeat BP 2 wks, FBS/PPBS.",
    # Israel, Tel Aviv
    "Telemedicine visit (video) - [[DATE|date:10.01.2024]]\nPatient: [[PERSON|name:Yael Ben-David]], TZ [[ID|ssn:039284417]], age [[AGE|other:34]]\nPhotos uploaded by pt before visit: [[ID|photo:rash_forearm_1.jpg]], [[ID|photo:rash_forearm_2.jpg]]\nDx: likely contact dermatitis (new watch strap). Betamethasone cream 0.1% BD x7d.\nIf worse -> in person at the clinic.\nPt email [[EMAIL|email:yael.bd@walla.co.il]]",
    # Indonesia, Jakarta
    "Teleconsult (Halodoc) - [[DATE|date:28 Feb 2024]] 20:15 WIB\nPasien: [[PERSON|name:Dewi Lestari]], [[AGE|other:27]]th, NIK [[ID|ssn:3171046502970003]]\nSession ID [[ID|other:HD-CNS-77120943]], client IP [[IP|ip:36.72.214.9]]\nKeluhan: fever 3 days, retro-orbital pain. Platelets 142rb (private lab).\nSuspect dengue, no warning signs. Fluids 2-3 L/day, paracetamol 500mg, repeat CBC tomorrow, ER if bleeding.\nAddress for med delivery: [[ADDRESS|geo:Jl. Kemang Raya No. 8, Bangka, Mampang Prapatan, Jakarta Selatan 12730]]",
]

BILLING_NOTES = [
    # AU, Brisbane private hospital
    "TAX INVOICE - [[LOCATION|geo:St Andrew's War Memorial Hospital]]\nABN 86 009 710 419\nInvoice no. [[ID|account:INV-2024-118823]]\nPatient: [[PERSON|name:Ross Whitely]]   Fund: Bupa, membership [[ID|health_plan:71823341]]\nAdmission [[DATE|date:15/04/2024]] (3 nights)   Theatre: MBS 49557 (arthroscopy, knee)\nAccommodation @ $0.00 (fund covered)  Excess $500.00\nRefund of overpayment to BSB 064-000 acct [[ID|account:1044 2871]]",
    # AU, Geelong TAC
    "TAC billing note - [[LOCATION|geo:University Hospital Geelong]]\nPatient [[PERSON|name:Hunter Blake]], TAC claim [[ID|other:T0412-88123]], accident [[DATE|date:03/02/2024]]\nVehicle rego [[VEHICLE|vehicle:1NX 4RT]] (VIC), registered owner: mother.\nAmbulance Victoria invoice [[ID|account:AV-9920418]] forwarded to TAC. Outpatient physio x6 approved.\nPostal: [[ADDRESS|geo:PO Box 221, Lara VIC 3212]].\n- Patient Accounts",
    # NZ, ACC invoice
    "ACC invoice - [[LOCATION|geo:Hutt Valley Physiotherapy]]\nClaim no [[ID|other:10044128823]]\nClient: [[PERSON|name:Shane Matthews]]  NHI [[ID|health_plan:QWE3381]]\nDate of injury [[DATE|date:02/01/2024]] - R shoulder strain (S43.4), rugby\nTreatments x3 weekly - code PI1\nVendor ID G4412 (clinic)\nProvider: [[PERSON|name:Kate Liddell]]",
    # US, Texas account note
    "PATIENT ACCOUNT NOTE - [[LOCATION|geo:Baylor Scott & White Medical Center - Temple]]\nGuarantor: [[PERSON|name:Mark Hope]]  Acct#[[ID|account:100448812]]\nPatient: [[PERSON|name:Lily Hope]] (dependent)\nClaim [[ID|other:23110448820094]] denied by BCBSTX, CARC 197 (no precert). Member ID [[ID|health_plan:XOH882041337]].\nCalled parent - set up payment plan $75/mo, autopay card [[ID|account:4532 7713 0089 4415]].\nCPT 29125 (splint), 73090 (x-ray forearm). Appeal sent w/ ED notes.",
    # US, San Francisco financial assistance
    "Financial Assistance application - [[LOCATION|geo:UCSF Medical Center]]\nApplicant: [[PERSON|name:Rosa Delgado]]  SSN [[ID|ssn:602-48-1173]]  Hospital acct [[ID|account:HAR 88120447]]\nHousehold 4, income verified (2 paystubs). Approved 100% charity for 6-day stay from [[DATE|date:08/03/2023]].\nAlso waived parking: vehicle [[VEHICLE|vehicle:8XWL412]] (CA) - 6 days, garage 2.\nMailing: [[ADDRESS|geo:3341 Mission St #5, San Francisco, CA 94110]]",
    # UK, London private invoice
    "Private patient invoice - [[LOCATION|geo:The Harley Street Clinic]]\nInvoice [[ID|account:HSC/24/004471]]\nPatient: Ms [[PERSON|name:Imogen Hart-Davies]]  Bupa membership no. [[ID|health_plan:38441920]]  pre-auth [[ID|other:PA7712049]]\nConsultant: Mr [[PERSON|name:Rajiv Menon]]\nProcedure: laparoscopic excision of endometriosis (CCSD Q3810)\nShortfall GBP 420 payable by patient - pay online at [[URL|url:https://pay.hsc-london.co.uk/i/HSC24004471]]",
    # Ireland, Dublin
    "Inpatient charges statement - [[LOCATION|geo:Mater Private Hospital]]\nPatient: [[PERSON|name:Ciarán Walsh]]  PPSN [[ID|ssn:7712345WA]]\nVhi member no. [[ID|health_plan:0029441873]]\nAdm [[DATE|date:02/02/2024]] - elective PCI, 3 nights\nClaim ref [[ID|other:VHI-CLM-8841202]]\nBalance EUR 0.00 (direct settlement). Correspondence: [[ADDRESS|geo:18 Seafield Road, Clontarf, Dublin 3, D03 X2Y7]]",
    # Germany, Stuttgart GOÄ invoice
    "PRIVATLIQUIDATION / private invoice (GOÄ)\n[[LOCATION|geo:Hautarztpraxis am Rotebühlplatz]]\nRechnungsnr. [[ID|account:2024-03187]]  Datum [[DATE|date:15.03.2024]]\nPatient: Herr [[PERSON|name:Stefan Bauer]]\n[[ADDRESS|geo:Schwabstraße 42, 70197 Stuttgart]]\nLeistungen: GOÄ 1, 5, 750, 2006 - Summe 148,27 EUR\nDKV Versicherungsnr. [[ID|health_plan:KV 4412 8830 1]]\nSEPA direct debit from patient account IBAN [[ID|account:DE44 6005 0101 0004 4182 07]]",
    # Belgium, Bruges
    "Factuur / facture - [[LOCATION|geo:AZ Sint-Jan Brugge]]\nPatiënt: [[PERSON|name:Wout Peeters]]  rijksregisternr. [[ID|ssn:85.07.30-033.28]]\nZiekenfonds CM, aansluitingsnr [[ID|health_plan:120-4418823-41]]\nOpname [[DATE|date:06/11/2023]], 3 nachten, kamer 314 (2-pers.)\nRemgeld / patient share: EUR 212,40 ; supplements EUR 0\nFactuurnr [[ID|account:F23-118842]], pay with structured reference +++[[ID|account:090/4412/88312]]+++",
    # South Africa, Johannesburg
    "MEDICAL AID CLAIM - [[LOCATION|geo:Netcare Milpark Hospital]]\nPractice no. [[ID|license:5402117]] (orthopaedics)\nPatient: [[PERSON|name:Lerato Dlamini]]  ID [[ID|ssn:8807120544087]]\nMedical aid: Momentum Health, member no. [[ID|health_plan:91044182]], dependant code 01\nDOS [[DATE|date:2024-05-09]]  ICD-10 S82.6 (fx lateral malleolus), tariff 1350, 0190\nStatement to [[EMAIL|email:lerato.dlamini@webmail.co.za]]",
    # Thailand, Bangkok
    "[[LOCATION|geo:Bumrungrad International Hospital]] - interim bill / guarantee of payment\nHN [[ID|mrn:8801-442187]]  Patient: Mr [[PERSON|name:Kevin Doyle]] (Irish national)\nPassport [[ID|ssn:PA4418820]]\nTravel insurer: Allianz Care policy [[ID|health_plan:ACT-99104427]]\nAdmitted [[DATE|date:19 Dec 2023]], est. LOS 3 nights. Deposit THB 50,000 taken on Visa [[ID|account:4916 3380 1129 4471]].",
    # Argentina, Buenos Aires
    "[[LOCATION|geo:Hospital Italiano de Buenos Aires]] - facturación\nPaciente: [[PERSON|name:Martina Sosa]]  DNI [[ID|ssn:28.441.902]]\nCobertura: OSDE 310, nº afiliado [[ID|health_plan:60 441882 3 01]]\nPrestación [[DATE|date:14/03/2024]]: MRI left knee. Coseguro ARS 18.500.\nDébito automático CBU [[ID|account:2850590940090418135201]]\nDomicilio fiscal: [[ADDRESS|geo:Av. Cabildo 2040, 5° B, C1428 CABA]]",
]

DEVICE_TELEMETRY = [
    # AU, Perth pacemaker remote
    "CareLink remote transmission summary\nClinic: [[LOCATION|geo:Royal Perth Hospital]] Pacing Clinic\nPatient: [[PERSON|name:Gwen Hollis]]  UR [[ID|mrn:R0224417]]\nDevice: Medtronic Azure XT DR MRI (W1DR01)  SN [[DEVICE|device:RNB401774S]]\nMonitor: MyCareLink Smart 25000, SN [[DEVICE|device:RLK0448120N]]\nTransmission: [[DATE|date:2024-05-03]]T02:14:55+08:00 (scheduled)\nBattery 8.1 yrs. RA 0.5V@0.4ms, RV 0.75V@0.4ms. Imp RA 456 ohm, RV 532 ohm.\nAT/AF burden 0.2%. 2 VHR episodes (max 182 bpm, 8 beats).\nReviewed: CEPIA",
    # AU, Brisbane paediatric CGM
    "Dexcom Clarity clinic report, 14 days to [[DATE|date:14/03/2024]]\nPatient: [[PERSON|name:Isla McKenzie]] ([[AGE|other:9]]y)  Clinic: [[LOCATION|geo:Queensland Children's Hospital]]\nSharing account: [[EMAIL|email:mckenzie.family@gmail.com]]\nG7 sensor serial [[DEVICE|device:GD8X4P2T]]; display: iPhone (app 2.3.1)\nTIR 58%, TAR 38%, TBR 4% (<3.9), CV 41%. GMI 7.6%. Sensor wear 94%.\nOvernight lows 0200-0400 on 5 nights. Suggest reduce basal 0000-0400 by 10%.\nCDE",
    # NZ, CPAP compliance
    "ResMed AirView compliance export\nPatient: [[PERSON|name:Bruce Tipene]]  NHI [[ID|health_plan:NAB7214]]\nDevice: AirSense 11 AutoSet, serial [[DEVICE|device:23231458821]], modem IMEI [[DEVICE|device:356938035643809]]\n[[DATE|date:April 2024]]: usage 27/30 days >4h, avg 6h41m. AHI 3.2. Leak 95th pct 18 L/min. Pressure 95th 11.6 cmH2O.\nCompliant - OK for class 2 licence medical. Driver licence [[ID|license:DL882041]].\nReport to [[LOCATION|geo:Wellington Regional Hospital]] sleep service",
    # US, Philadelphia insulin pump
    "Tandem t:slim X2 / Control-IQ - Glooko upload [[DATE|date:2024-02-11]]\nPt: [[PERSON|name:Hunter Cole]], [[AGE|other:16]]M\nPump SN [[DEVICE|device:1104418]], BLE MAC [[DEVICE|device:A4:C1:38:2F:9B:10]]; CGM G6\nUpload via [[IP|ip:98.114.221.73]] (home Wi-Fi)\nAvg BG 168 mg/dL, TIR 61%, 3 missed meal boluses/wk. Control-IQ active 97%.\nParent contacted re pre-bolusing.",
    # US, Missouri ICD shock
    "LATITUDE NXT alert - RED - [[DATE|date:11/29/2023]] 03:12 CST\nPatient: [[PERSON|name:Earl Whitaker]], [[AGE|other:74]]\nDevice: Boston Scientific RESONATE X4 CRT-D G447, SN [[DEVICE|device:804412]]\nCommunicator Wave 6290, cellular adapter\nEvent: VF detected, 41 J shock delivered, converted to SR.\nCalled pt at [[PHONE|phone:(417) 555-0122]] - feels ok, was asleep. Advised ED at [[LOCATION|geo:Mercy Hospital Springfield]] for eval.\nRN, device clinic",
    # UK, Bradford home telemonitoring
    "Remote monitoring hub report\nPatient: [[PERSON|name:Winifred Shaw]]  NHS [[ID|health_plan:622 771 0048]]  [[AGE|other:84]]F\nHub serial [[DEVICE|device:DH-4418-2093]]  SIM ICCID [[DEVICE|device:8944110068234412901]]\nLast 7 days: BP avg 162/94 (amber), wt +2.1 kg since [[DATE|date:20/10]] (RED), SpO2 93-95%.\nSymptom questions: 'more breathless', 'ankles swollen' - yes.\nAction: called pt, HF nurse visit arranged, furosemide increased per protocol.\nCommunity HF team",
    # UK, Newcastle ICU pump log
    "ICU pump event log export (Alaris GP Guardrails)\nSerial [[DEVICE|device:800441893]]\nAssigned: Bed 11, ICU, [[LOCATION|geo:Freeman Hospital]]\nPatient: [[PERSON|name:Callum Reid]]\n[[DATE|date:2024-01-17]] 03:41:12 ALARM occlusion downstream\n03:42:50 restarted, noradrenaline 8 mg/50 ml @ 6.2 ml/h\n05:10:04 guardrails soft limit override (rate 12 ml/h) by user [[ID|other:sroberts3]]\nPump IP [[IP|ip:10.44.18.112]]",
    # Netherlands, Rotterdam pump
    "CareLink report (MiniMed 780G)\nPatiënt: [[PERSON|name:Sanne Jansen]], geb. [[DATE|date:04-09-2001]]\nCareLink user [[ID|other:sannej_780]]\nPump serial [[DEVICE|device:NG4418203H]]  Guardian 4 sensor lot 5512A\nPeriod 14 days to [[DATE|date:28-04-2024]]: SmartGuard 92%, TIR 74%, TBR 2%, GMI 6.9%.\nAIT 2h, target 5.5 mmol/L. Advice: earlier bolus for breakfast.\n[[LOCATION|geo:Diabeter Rotterdam]] - DVK",
    # Germany, Munich Holter
    "Langzeit-EKG / Holter report\n[[LOCATION|geo:Kardiologische Praxis Schwabing]]\nPatient: Frau [[PERSON|name:Renate Krüger]], [[AGE|other:69]] J.\nRecorder: Schiller MT-101, Gerät-Nr. [[DEVICE|device:0441-18820]]\nRecording from [[DATE|date:04.03.2024]] 10:05 (23h57m)\nHR min 48 / mean 71 / max 134. 2,114 SVES (1.8%), 3 runs SVT max 9 beats. No pauses >2.5 s.\nReport to GP by fax [[PHONE|fax:089 3077 4410]]",
    # South Korea, Seoul cochlear implant
    "Cochlear implant mapping log - [[LOCATION|geo:Samsung Medical Center]]\nPatient: [[PERSON|name:Kim Ji-woo]] ([[AGE|other:7]]F), reg no. [[ID|mrn:20448812]]\nImplant: Nucleus CI632 (R), serial [[DEVICE|device:5120448]]; processor Nucleus 8\nSession [[DATE|date:2024.05.13]]. Impedances all electrodes within normal (5-15 kOhm). C-levels raised 5 CL on E1-E10.\nMother reports good response to name.\nAudiologist",
    # Turkey, Istanbul wearable
    "Wearable data review - [[LOCATION|geo:Acibadem Maslak Hospital]]\nPatient [[PERSON|name:Elif Yildiz]], [[AGE|other:42]], TC kimlik [[ID|ssn:10441882046]]\nSource: Apple Watch Series 9 ECG export (PDF), watch serial [[DEVICE|device:H4VXQ2LPJ1]]\nIrregular rhythm notifications x4 since [[DATE|date:02.07.2024]]; 30 s single-lead ECG: AF, ventricular rate ~110.\nPlan: 12-lead ECG + echo, CHA2DS2-VASc 1 (F). Refer EP.",
    # Colombia, Medellin smart dispenser
    "Smart medication dispenser log - TB programme, [[LOCATION|geo:Hospital San Vicente Fundación]]\nPaciente: [[PERSON|name:Andrés Felipe Restrepo]], CC [[ID|ssn:1.037.441.882]]\nDispenser SN [[DEVICE|device:MDX-2207-0441]], fingerprint unlock enrolled (template ID [[ID|biometric:FPT-88213-07]])\n[[DATE|date:2024-06-01]] 07:02 dose dispensed, fingerprint match OK; next day no dose taken, SMS reminder sent\nAdherence 28/30 (93%).",
]

RESEARCH_ENROLMENT = [
    # AU, Westmead
    "STUDY ENROLMENT LOG - ACTRN12623000418673 (HEART-FIT)\nSite: [[LOCATION|geo:Westmead Hospital]] (site 014)\nParticipant ID: [[ID|other:SYD-014-0032]]\nName: [[PERSON|name:Priya Raman]]\nConsent signed [[DATE|date:11/03/2024]] (PICF v3.1). Randomised to arm B.\nContact: [[EMAIL|email:priya.raman66@optusnet.com.au]]\nePRO link (personal): [[URL|url:https://redcap.wslhd.health.nsw.gov.au/surveys/?s=X4R8TK9MLD]]\nGP notified.",
    # AU, Adelaide driving study
    "Enrolment - DRIVE-AS (driving after stroke) instrumented vehicle sub-study\n[[LOCATION|geo:Royal Adelaide Hospital]] stroke unit\nPt ID [[ID|other:DRV-0112]], [[PERSON|name:Colin Baker]], [[AGE|other:62]]M\nSA driver's licence [[ID|license:SA4418203]] (conditional)\nOwn vehicle to be fitted with data logger: Toyota Corolla, rego [[VEHICLE|vehicle:S 442 BHT]], VIN [[VEHICLE|vehicle:JTDBR32E720044182]]\nLogger unit SN [[DEVICE|device:DL-7720-44]]\nWife also consented as passenger.",
    # NZ, Rotorua cohort
    "Cohort study - enrolment form\n[[LOCATION|geo:Rotorua Hospital]] research office\nParticipant: [[PERSON|name:Ngaire Whatuira]]  study no. [[ID|other:HPO-RT-0219]]\nNHI [[ID|health_plan:TXR1192]], iwi: Te Arawa\nAddress [[ADDRESS|geo:15 Koutu Road, Rotorua 3010]]\nBlood: biobank tube [[ID|other:HPO-0219-B01]] (consent future use: YES, return to whānau: YES)\nKoha voucher sent.",
    # US, Boston trial
    "Screening/Enrollment Log - NCT05144237 (PRISM-HF)\nSite: [[LOCATION|geo:Brigham and Women's Hospital]]\nSubject ID [[ID|other:BWH-117]]\nName: [[PERSON|name:Dolores Whitman]]  DOB [[DATE|date:12/01/1952]]\nZIP [[ADDRESS|geo:02139]]\nConsent & HIPAA authorization signed, witnessed.\nStipend: ClinCard [[ID|account:5412 0044 1882 3307]] loaded $50 per visit\nEligibility: LVEF 35%, NT-proBNP 1,840 - meets I/E criteria 1-7.",
    # Canada, Toronto biobank
    "[[LOCATION|geo:Princess Margaret Cancer Centre]] - biobank consent record\nParticipant: [[PERSON|name:Wei Chen]], OHIP [[ID|health_plan:2210-448-819-HW]]\nBiobank ID [[ID|other:PMCC-BB-22094]]\nConsent [[DATE|date:June 4, 2024]] - tissue + blood, recontact: yes, via [[EMAIL|email:wchen.toronto@rogers.com]]\nDx: adenocarcinoma lung, stage IIIA. Age at consent [[AGE|other:59]].",
    # UK, London eye study
    "ORACLE eye study, [[LOCATION|geo:Moorfields Eye Hospital]] - baseline visit\nParticipant [[ID|other:ORC-0441]] / [[PERSON|name:Bernard Lowe]]\nVisit [[DATE|date:14/02/2024]]\nRetinal photos: [[ID|photo:ORC0441_OD_fundus.tif]], [[ID|photo:ORC0441_OS_fundus.tif]]; OCT uploaded to reading centre.\nVA 6/9 OD, 6/12 OS. IOP 16/18.\nTravel reimbursement to [[ADDRESS|geo:Flat 2, 9 Amhurst Road, London E8 1JL]]",
    # Denmark, Copenhagen
    "Inclusion record - ICD registry sub-study, [[LOCATION|geo:Rigshospitalet]]\nDeltager: [[PERSON|name:Mette Sørensen]], CPR [[ID|ssn:120569-1234]]\nIncluded [[DATE|date:03.10.2023]], study ID [[ID|other:DH-RH-0093]]\nICD (Abbott Gallant HF) SN [[DEVICE|device:81244182]], implanted 2 weeks before inclusion.\nAddress: [[ADDRESS|geo:Nørrebrogade 112, 3. tv, 2200 København N]]",
    # Portugal, Lisbon
    "Estudo COHORT-LX - inclusion form\n[[LOCATION|geo:Hospital de Santa Maria]]\nParticipante nº [[ID|other:CLX-0187]]: [[PERSON|name:João Pedro Ferreira]], [[AGE|other:48]] anos\nNº utente SNS [[ID|health_plan:284419023]]\nData consentimento: [[DATE|date:2024-05-22]]\nMorada: [[ADDRESS|geo:Rua Morais Soares 88, 2.º Esq, 1900-341 Lisboa]]\nHbA1c 7.9%, BMI 31. Randomised to intervention arm.",
    # Finland, Tampere (Nokia)
    "Cardiovascular follow-up cohort - enrolment\nParticipant [[PERSON|name:Juha Virtanen]], henkilötunnus [[ID|ssn:150872-127K]]\nStudy code [[ID|other:FR-TRE-4418]], enrolled [[DATE|date:5.2.2024]]\nHome municipality: [[LOCATION|geo:Nokia]]\nContact [[EMAIL|email:juha.virtanen@elisanet.fi]]\nBP 148/92, BMI 28.4, total chol 6.1.\nVoice sample recorded for speech-biomarker sub-study, voiceprint file [[ID|biometric:VS-4418-FR-01]]",
    # Kenya, Kisumu PrEP
    "PrEP demonstration study - enrolment CRF\nSite: [[LOCATION|geo:Kisumu]] CRC\nPTID [[ID|other:KSM-2-0418]]\nName (locator form only): [[PERSON|name:Akinyi Otieno]], [[AGE|other:21]]F\nFingerprint enrolment: template ID [[ID|biometric:BIO-KSM-88120]] - dedup check: no match\nNational ID [[ID|ssn:33441882]]\nLocator: near [[LOCATION|geo:Mama Ngina market]], phone on locator form (M-Pesa same)\nEnrolled [[DATE|date:12-Aug-2024]]; HIV rapid test neg.",
    # India, Vellore
    "Enrolment - TB household contact cohort, [[LOCATION|geo:Christian Medical College Vellore]]\nSubject ID [[ID|other:CMC-HHC-0772]]\nContact: [[PERSON|name:Karthik Murugan]] ([[AGE|other:12]]M, son of index case), Aadhaar [[ID|ssn:4821 7730 1956]] (parent consent)\nIris scan ID [[ID|biometric:IRS-CMC-20044]] captured for follow-up matching\nAddress: [[ADDRESS|geo:No. 14, 3rd Cross, Sathuvachari, Vellore 632009]]\nIGRA positive. CXR normal. TPT offered (3HP).",
    # Peru, Lima
    "Estudio de cohorte - enrolment, [[LOCATION|geo:Hospital Nacional Cayetano Heredia]]\nParticipante: [[PERSON|name:Rosa Quispe Mamani]], DNI [[ID|ssn:44188203]], [[AGE|other:33]] años\nCódigo de estudio [[ID|other:CH-PE-0316]]\nDirección: [[ADDRESS|geo:Mz. F Lote 12, AA.HH. Los Olivos, San Martín de Porres, Lima 15108]]\nParticipant photo for identification: [[ID|photo:CHPE0316_foto.jpg]]",
]

PATIENT_MESSAGES = [
    # AU, email
    "From: [[EMAIL|email:mark.bellamy@hotmail.com]]\nSubject: script + results\n\nHi Dr [[PERSON|name:Nguyen]],\n\nIt's [[PERSON|name:Mark Bellamy]] - just wondering if my blood test from last Tuesday came back? The lady at the front said you'd call but I haven't heard anything. Also running low on my Coversyl 5mg, could you send the script to [[LOCATION|geo:Windsor Chemmart]]?\nBest to call me on [[PHONE|phone:0412 887 209]] after 3, I'm on site till then.\nCheers\n[[PERSON|name:Mark]]\nBellamy Building & Reno - [[URL|url:www.bellamybuilding.com.au]]",
    # AU, SMS reply
    "SMS reply from [[PHONE|phone:+61 438 002 417]]:\n'hi its [[PERSON|name:hope]] re my appt thurs [[DATE|date:4/7]] - can i move it to the arvo? have to take mum to [[LOCATION|geo:Westmead]] for her eyes. also is the clinic at [[LOCATION|geo:Blacktown]] or [[LOCATION|geo:Seven Hills]]?? thx'\n-- reply sent by reception: moved to 2:45pm same day, [[LOCATION|geo:Seven Hills]] site.",
    # NZ, portal with photo and parking
    "Patient portal message\nFrom: [[PERSON|name:Leilani Faleolo]]\nSubject: rash photo + mobility parking\n\nKia ora Dr [[PERSON|name:Mason]], attaching a pic of the rash on my leg [[ID|photo:IMG_20240917_2131.jpg]] - it's spread since Friday. Also my mobility parking permit renewal form needs your signature, permit no. [[ID|other:MP-441822]], car is [[VEHICLE|vehicle:LKM442]]. I can drop it in to the [[LOCATION|geo:Papatoetoe]] clinic tomorrow.\nThanks heaps, [[PERSON|name:Lani]]",
    # US, MyChart
    "MyChart message - [[DATE|date:10/08/2024]] 7:12 AM\nFrom: [[PERSON|name:Destiny Brooks]]\nTo: [[LOCATION|geo:Piedmont Atlanta]] OB/GYN\n\nHi, got a new insurance card, it's Ambetter now - member ID [[ID|health_plan:U7044182301]], please update before my appointment on [[DATE|date:Oct 15]]. Also my car got towed from the deck last visit?? plate [[VEHICLE|vehicle:TBR4412]] (GA) - parking said to message you. sorry!\n\n[Portal log: sent from [[IP|ip:172.58.44.201]]]",
    # US, wife writing about husband, 93
    "Secure message\n'Dr. [[PERSON|name:Feldman]], my husband [[PERSON|name:Walter Kaminski]] (he's [[AGE|date:93]]) fell again last night at home at [[ADDRESS|geo:77 Birch Lane, Levittown, NY 11756]]. He says he's fine but his left hip looks bruised. Should we bring him in or go to the ER? His Medicare # is [[ID|health_plan:7QK2-DX8-WV41]] if you need it. You can reach me at [[EMAIL|email:bkaminski@optonline.net]]. - [[PERSON|name:Bernice]]'",
    # UK, daughter emails GP surgery
    "Subject: Mum - [[PERSON|name:Irene Hughes]] DOB [[DATE|date:04/10/1938]]\n\nDear Practice Manager,\n\nI'm writing about my mother (NHS no. [[ID|health_plan:485 220 1193]]). Since she moved into [[LOCATION|geo:Ashgrove House]] care home in [[LOCATION|geo:Evesham]] her repeat prescriptions have been going to the wrong chemist. Could they go to the Lloyds on the high street please? I hold LPA for health & welfare, OPG ref [[ID|other:7000-4418-2093]].\n\nMany thanks,\n[[PERSON|name:Caroline Fry]] (daughter)",
    # Germany, portal, child
    "Portal message\nVon: [[PERSON|name:Katrin Vogel]]\n\nGuten Morgen Frau Dr. [[PERSON|name:Schulz]], my son [[PERSON|name:Felix]] ([[AGE|other:4]]) has had fever 39.4 since yesterday and now a barking cough. Our appointment is only on [[DATE|date:25.01]]. - can we come earlier to the practice in [[LOCATION|geo:Bad Homburg]]? His card: AOK Hessen [[ID|health_plan:F441882093]].\nViele Grüße",
    # France, Doctolib
    "Message Doctolib - [[DATE|date:06/06/2024]]\nDe: [[PERSON|name:Amélie Rousseau]]\n'Bonjour docteur, after my appointment on [[DATE|date:3 juin]] the pharmacy ([[LOCATION|geo:Pharmacie de la Croix-Rousse]]) can't find the prescription. Could you resend it? My mutuelle: Harmonie, adhérent [[ID|health_plan:0441882093]]. My number: [[PHONE|phone:06 44 18 82 09]]. Merci !\n[[PERSON|name:Amélie]]'",
    # Italy, WhatsApp
    "WhatsApp to ambulatorio - [[DATE|date:15/02/2024]]\n'Buongiorno dottoressa, sono [[PERSON|name:Salvatore Greco]] il marito di [[PERSON|name:Concetta]]. my wife's tessera sanitaria expired, the new number is [[ID|health_plan:80380000500412345678]]. we moved to [[ADDRESS|geo:Via Roma 14, 90133 Palermo]]. her pressure this morning was 165/95, she took the ramipril 5. grazie. cell [[PHONE|phone:+39 338 441 2093]]'",
    # South Africa, WhatsApp
    "WhatsApp msg to clinic line, 21:03 from [[PHONE|phone:+27 72 441 8820]]:\n'Evening sister, this is [[PERSON|name:Nomvula Zulu]]. my baby [[PERSON|name:Lwazi]] (born [[DATE|date:14 Jan]]) is due for his 14 week injections, Road to Health book no [[ID|other:RTHB-0044182]]. we stay in [[LOCATION|geo:Umlazi]] J section now, can we come to [[LOCATION|geo:Prince Mshiyeni Memorial Hospital]] instead of our old clinic? sorry for late msg'",
    # Malaysia, email
    "Email to klinik - Fri, [[DATE|date:8 Mar 2024]]\nFrom: [[EMAIL|email:azlan.ismail84@yahoo.com.my]]\nSalam doktor, saya [[PERSON|name:Azlan bin Ismail]] (IC [[ID|ssn:840517-10-5523]]). My wife has GDM, her sugar readings this week: fasting 5.8, 6.2, 5.9; 2hr post-meal 8.4, 9.1 (Accu-Chek meter, serial [[DEVICE|device:GB4418203]]). Next appt [[DATE|date:15/3]] at [[LOCATION|geo:Klinik Kesihatan Seksyen 7 Shah Alam]]. Can she come earlier?",
    # Lebanon, hospital app
    "Message via hospital app - [[LOCATION|geo:AUBMC]]\nFrom: [[PERSON|name:Rami Haddad]] (app username [[ID|other:rhaddad88]])\n'Dear Doctor, after the angioplasty on [[DATE|date:12/11/2023]] I was told to keep the stent card. The stent serial on it is [[DEVICE|device:XP-4418-2093-A]]. My cardiologist outside wants a copy of the report, can you send to [[EMAIL|email:rami.haddad@idm.net.lb]]? Thanks'\nSent from [[IP|ip:185.89.44.12]]",
]

STYLES = [
    ("progress-note", PROGRESS_NOTES),
    ("discharge-summary", DISCHARGE_SUMMARIES),
    ("referral-letter", REFERRAL_LETTERS),
    ("nursing-shorthand", NURSING_NOTES),
    ("pharmacy", PHARMACY_NOTES),
    ("telehealth", TELEHEALTH_NOTES),
    ("billing", BILLING_NOTES),
    ("device-telemetry", DEVICE_TELEMETRY),
    ("research-enrolment", RESEARCH_ENROLMENT),
    ("patient-message", PATIENT_MESSAGES),
]


def main() -> None:
    print(f"probe27: {write_styled(OUT, STYLES)} docs")


if __name__ == "__main__":
    main()
