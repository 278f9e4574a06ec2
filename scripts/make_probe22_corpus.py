"""Write the 22nd hand-annotated redaction probe, ``corpus/redaction/probe22.jsonl``.

Why: the redaction engine is tuned on its own dev corpora; a probe written blind by an author who
has never read the engine tells us how it does on text it has not seen. This one leans on
English-language clinical writing from outside the US and UK (Australia, New Zealand and the
Pacific, India, Singapore and Malaysia, South Africa, Canada, the Philippines, Kenya, Nigeria and
Ghana), with each locale's real identifier shapes: Medicare/IHI/DVA and provider numbers, NHI and
ACC claims, Aadhaar/ABHA/UHID, NRIC/FIN and MyKad, 13-digit SA ID and medical-aid numbers,
OHIP/RAMQ/PHN, PhilHealth PIN and TIN, NIN, NHIS, SHA, Ghana Card and GhanaPostGPS addresses.

What: 100 notes, ten in each of ten styles (progress-note, discharge-summary, referral-letter,
nursing-shorthand, pharmacy, telehealth, billing-claims, lab-and-imaging, community-health-visit,
patient-message). Locales: about 20% Australia, 15% New Zealand/Pacific, 15% India, 10% each for
Singapore/Malaysia, South Africa, Canada, the Philippines and Kenya/Nigeria/Ghana. Every one of
the 18 Safe Harbor categories appears at least four times; 588 identifiers, about six a note.
Identifiers are marked inline as ``[[LABEL|category:text]]`` and parsed by ``write_styled``.
Conventions: titles (Dr, Mrs, Mdm, Smt, Rev, NP, Alhaji, Aunty, lola, Mang) stay outside name
spans; a full street address is one ADDRESS span; a town, suburb or named facility alone is
LOCATION; states and countries alone are not marked; ages are the number only (90 and over are
AGE|date); only the date part of an ISO timestamp is marked. Decoys are left unmarked on purpose:
doses, lab values and reference ranges, bed and ward numbers, times, model numbers, MBS/PBS/ICD
and tariff codes, gestations (28/40), key-safe and gate codes, flight numbers and form numbers.
Every person and number is invented; towns, suburbs and hospitals may be real.

How to run: ``cd /work/main && .venv/bin/python scripts/make_probe22_corpus.py``
"""

from pathlib import Path

from make_safe_harbor_suite import write_styled

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "corpus" / "redaction" / "probe22.jsonl"

PROGRESS_NOTES = [
    # AU - regional NSW, names and a town that are ordinary words
    (
        "PROGRESS NOTE - Ward 7B, Bed 14\n"
        "0730 (night RMO)\n"
        "Pt: [[PERSON|name:Rose Kettering]] ([[AGE|other:78]]F)  UR [[ID|mrn:00481927]]\n"
        "S: 'slept badly, the fella in bed 12 snores like a tractor'. Daughter [[PERSON|name:Hope]] visited last night, keen for d/c back home to [[LOCATION|geo:Orange]] by the weekend.\n"
        "O: T 37.1  HR 88  BP 132/78  RR 18  SpO2 96% RA. Hb 102 (115-165), WCC 11.2, CRP 48 (down from 131). Cr 98.\n"
        "A: resolving RLL CAP.\n"
        "P: ceftriaxone 1 g IV day 4/5 -> oral amoxicillin 1 g TDS tomorrow if afebrile. Letter to GP Dr [[PERSON|name:Mark Young]] re follow-up CXR in 6/52.\n"
        "RMO"
    ),
    # AU - community mental health, nickname, DVA, ute rego
    (
        "MH Community Progress Note  [[DATE|date:2/2/24]]  1415-1500\n"
        "Client: [[PERSON|name:Darren Whitlock]] (prefers '[[PERSON|name:Dazza]]')  DVA Gold [[ID|health_plan:QX408172]]\n"
        "Seen at the Strand car park - has been sleeping in his ute (white Hilux, QLD rego [[VEHICLE|vehicle:417 KTW]]) for ~2 wks since split with partner.\n"
        "MSE: unkempt, good eye contact, mood 'flat as', affect restricted, no psychotic features. Denies SI/plans, future-oriented (wants to see his daughter on her birthday next week).\n"
        "K10 = 34. AUDIT-C 9.\n"
        "Plan: linked with Open Arms counsellor; housing referral lodged; review Thurs.\n"
        "- CNC"
    ),
    # NZ - Maori whanau, NHI, ACC claim
    (
        "Medical Ward 4 - progress note - WR\n"
        "[[PERSON|name:Wiremu Te Rangi]] [[AGE|other:61]]M  NHI [[ID|health_plan:ZKR4821]]\n"
        "Day 2 CHF exacerbation. Wt 94.2 kg (from 97.8). Net -2.1 L. Na 131, K 4.6.\n"
        "Whānau hui held with wife and son; they want him home to [[LOCATION|geo:Kaikohe]] rather than rest-home placement.\n"
        "ACC claim [[ID|other:10098455321]] from his Feb fall still open - physio notes in ACC folder.\n"
        "Plan: cont IV frusemide 80 mg BD, daily wts, fluid restrict 1.5 L, echo booked. He asked that we ring his kaumātua before any big decisions."
    ),
    # IN - Bengaluru, UHID, PMJAY
    (
        "PROGRESS NOTE | Med-III\n"
        "Name: Smt. [[PERSON|name:Lakshmi Narayanan]]   Age/Sex: [[AGE|other:67]]/F   UHID: [[ID|mrn:SJMCH2024118734]]\n"
        "K/c/o T2DM x 15 yrs, HTN. Adm with DKA, now resolved.\n"
        "FBS 182 mg/dl, PPBS 264. HbA1c 11.2%. Urine ketones nil.\n"
        "Inj. glargine 18 U HS, Inj. lispro 6-6-6 U.\n"
        "Attender son (mob [[PHONE|phone:+91 98450 22719]]) counselled re: insulin technique; wants d/c by weekend.\n"
        "PMJAY card no. [[ID|health_plan:PMJAY-KA-4471902836]] verified by Arogyamitra."
    ),
    # SG - 91 y.o., NRIC, HDB block address, community hospital with a town in its name
    (
        "PN - Ward 64 Bed 22\n"
        "Mdm [[PERSON|name:Lim Ah Moi]], [[AGE|date:91]] y.o. Chinese F, NRIC [[ID|ssn:S2417283J]]\n"
        "Hokkien-speaking only; hx obtained via daughter.\n"
        "POD 3 hemiarthroplasty L NOF #. Pain controlled on paracetamol 1 g QDS. Hb 9.8. Mobilising 5 m w ZF with PT.\n"
        "Lives alone at [[ADDRESS|geo:Blk 208 Toa Payoh North #11-1174 Singapore 310208]], lift landing every floor.\n"
        "MSW referral for home help. For CH at [[LOCATION|geo:Ang Mo Kio - Thye Hua Kwan Hospital]] if not fit for home."
    ),
    # SA - SAPS case number containing a month/year
    (
        "PROGRESS NOTE - ORTHO\n"
        "Name: [[PERSON|name:Sipho Mthembu]]   Hosp no: [[ID|mrn:B0918274]]\n"
        "D3 post ORIF R tib/fib (MVA on N12). Pain 4/10 on tramadol 50 mg QID. Wound clean and dry, NV intact. Hb 11.4. INR 1.0.\n"
        "Plan: NWB R leg, crutches, d/c Fri [[DATE|date:15/03]] if physio happy.\n"
        "SAPS case no. [[ID|other:CAS 412/03/2024]] ([[LOCATION|geo:Moroka]] police station) - investigating officer wants a statement; pt consents."
    ),
    # CA - OHIP with version code, insulin pump serial, town with a word in it
    (
        "PROGRESS NOTE - Internal Medicine\n"
        "Pt: [[PERSON|name:Jean-Luc Tremblay]], [[AGE|other:72]]M.  OHIP [[ID|health_plan:5584-227-194-KT]]\n"
        "T1DM on pump (t:slim X2, SN [[DEVICE|device:1182734]]); admitted w/ hypos after pump site infection. Site changed, cellulitis settling on cephalexin 500 mg QID.\n"
        "CBG range overnight 5.8-11.4. A1c 7.9. Endo reviewed: basal 0.65 u/h 00-06.\n"
        "Wife to bring supplies from home in [[LOCATION|geo:Kakabeka Falls]].\n"
        "Dispo: home tmrw if CBGs ok."
    ),
    # PH - dengue, nickname, PhilHealth dependent PIN
    (
        "PROGRESS NOTES - Pedia Ward\n"
        "8AM\n"
        "Pt: [[PERSON|name:Rodelio Santos]] ('[[PERSON|name:Jun-Jun]]'), [[AGE|other:9]] y/o M\n"
        "S> no more abd pain, tolerating lugaw. (+) good UO.\n"
        "O> T 36.9, HR 96, BP 100/60. Plt 48 -> 61 (150-450 x10^9/L). Hct 44 -> 41%.\n"
        "A> Dengue w/ warning signs, critical phase resolving (Day 6 of illness)\n"
        "P> cont PNSS @ 3cc/kg/hr, monitor Hct q6, DC IVF if stable.\n"
        "Mother requests med cert for school ([[LOCATION|geo:Paco Elementary School]]). PhilHealth dependent PIN [[ID|health_plan:02-051827364-9]]."
    ),
    # NG - acronym facility, NHIA, relative
    (
        "PROGRESS NOTE - Surgery, [[LOCATION|geo:LUTH]]\n"
        "Pt: Mr [[PERSON|name:Chukwuemeka Obi]], [[AGE|other:45]]M, Hosp No [[ID|mrn:LUTH/24/08817]]\n"
        "POD 1 open appendicectomy. Afebrile. PCV 34%. Passed flatus. Tolerating sips.\n"
        "NHIA enrollee no [[ID|health_plan:NHIA-0192-774-318]] - HMO approval obtained for theatre.\n"
        "Brother [[PERSON|name:Ifeanyi]] ([[PHONE|phone:0803 441 2297]]) to settle balance of bill."
    ),
    # NZ/Pacific - Tongan patient, interpreter ID, CGM serial
    (
        "PN - Diabetes day unit\n"
        "[[PERSON|name:Sione Taufa]] ([[AGE|other:38]]), Tongan-speaking; interpreter present (Interp ID [[ID|other:INT-30471]]).\n"
        "New Dexcom G7 sensor applied, serial [[DEVICE|device:3L9K27Q4]]; app paired to his phone. Time in range 41%, GMI 8.9%.\n"
        "Wife pregnant, third trimester. Lives [[LOCATION|geo:Ōtara]]. Church minister Rev [[PERSON|name:Tevita Lolohea]] helps with transport.\n"
        "Plan: glargine titration 2U every 3 days, review 2/52."
    ),
]

DISCHARGE_SUMMARIES = [
    # AU - Medicare with IRN kept outside, month/year stop date, GP fax
    (
        "DISCHARGE SUMMARY - Cardiology\n\n"
        "Patient: [[PERSON|name:BATES, Eleanor May]]   MRN: [[ID|mrn:RPA2204817]]\n"
        "DOB: [[DATE|date:07/09/1941]]   Medicare: [[ID|health_plan:2953418271]] (IRN 2)\n"
        "LOS 7 days\n\n"
        "Principal Dx: NSTEMI (I21.4)\n"
        "Procedures: coronary angiogram + PCI to mid-LAD (2 x DES) on day 2\n\n"
        "DISCHARGE MEDICATIONS\n"
        "- aspirin 100 mg mane\n"
        "- ticagrelor 90 mg BD (12 months, until [[DATE|date:03/2025]])\n"
        "- atorvastatin 80 mg nocte\n"
        "- metoprolol 23.75 mg daily\n\n"
        "FOLLOW-UP\n"
        "GP: Dr [[PERSON|name:Samuel Hope]], fax [[PHONE|fax:(02) 9660 3127]] - please review in 1 week, repeat lipids 6 wks.\n"
        "Cardiac rehab referral sent - they will phone her.\n\n"
        "Cardiology Advanced Trainee"
    ),
    # AU - 94 y.o., pacemaker and lead serials next to model numbers
    (
        "DISCHARGE SUMMARY - General Medicine\n"
        "Mr [[PERSON|name:Alfred Bath]], [[AGE|date:94]] years, IHI [[ID|health_plan:8003 6086 1147 2209]]\n"
        "Adm with syncope; complete heart block on ECG.\n"
        "Dual-chamber PPM inserted day 2 (Medtronic Azure XT DR MRI SureScan W1DR01; serial [[DEVICE|device:RNB418227S]]). Leads: atrial 5076-52 (serial [[DEVICE|device:PJN7734122]]), ventricular 5076-58. Thresholds 0.75 V @ 0.4 ms.\n"
        "Discharged to [[LOCATION|geo:Kurrajong Grove Aged Care]], room 14.\n"
        "Wound check at 10 days by RN; device clinic in 6 wks (referral faxed to [[PHONE|fax:02 6369 3301]])."
    ),
    # NZ - new-format NHI, emailed copy
    (
        "Discharge Summary - General Surgery\n"
        "Patient: [[PERSON|name:Grace Whaanga]]  NHI: [[ID|health_plan:ZAC44HB]]\n"
        "Address: [[ADDRESS|geo:17 Kowhai Terrace, Lyttelton 8082]]\n"
        "Diagnosis: acute calculous cholecystitis. Lap chole [[DATE|date:04-Mar-2024]] uncomplicated.\n"
        "Histology: chronic cholecystitis, no malignancy.\n"
        "Follow-up: GP at [[LOCATION|geo:Lyttelton Health Centre]] for wound check and removal of sutures day 10. No routine surgical OPD.\n"
        "Sent electronically to GP; copy to patient by email ([[EMAIL|email:gracew58@xtra.co.nz]]) at her request.\n"
        "House Officer, General Surgery"
    ),
    # IN - UHID with a dot, ABHA, insurer policy with slashes
    (
        "DISCHARGE SUMMARY - Department of Nephrology\n\n"
        "Name: Mr. [[PERSON|name:R. Venkatesan]]        Age/Sex: [[AGE|other:58]] Y / M\n"
        "UHID: [[ID|mrn:APJ1.0012847736]]        ABHA No: [[ID|health_plan:91-4417-2039-8856]]\n"
        "Consultant: Dr. [[PERSON|name:S. Meenakshi]], MD, DM (Nephro) - Reg. No. [[ID|license:TNMC 84412]]\n\n"
        "DIAGNOSIS: CKD stage 5 (DKD) - initiated on maintenance haemodialysis\n"
        "PROCEDURE: R IJV tunnelled cuffed catheter; L radiocephalic AVF.\n"
        "INVESTIGATIONS: S. creat 8.9 mg/dl, urea 162, K+ 5.8, Hb 8.1 g/dl.\n"
        "ADVICE: HD thrice weekly (Mon/Wed/Fri) at a satellite unit near home.\n"
        "Insurance: Star Health policy [[ID|health_plan:P/141100/01/2024/008812]] - final bill settled via TPA."
    ),
    # IN - neonate, 'Baby of', mother's Aadhaar
    (
        "DISCHARGE SUMMARY - NEONATAL\n"
        "Baby of Mrs. [[PERSON|name:Rupa Ghosh]]   Sex: F\n"
        "DOB: [[DATE|date:05-01-2024]] 02:14 hrs   Birth wt: 2.10 kg   GA: 35+4 wks   Wt at d/c: 2.04 kg\n"
        "Course: LPT/LBW; NNJ peaked day 4 (TSB 16.2 mg/dl), phototherapy x 48 h. Feeds: EBM + DBF, well tolerated.\n"
        "Screening: OAE pass both ears; CCHD screen pass; TSH 4.1.\n"
        "Immunisation: BCG, OPV-0, Hep B-1 given before discharge.\n"
        "Mother's Aadhaar: [[ID|ssn:7294 1183 6620]]\n"
        "Address: [[ADDRESS|geo:P-14, Lake Town, Block A, Kolkata 700089]]\n"
        "Follow up in High-Risk Clinic on [[DATE|date:19th January]]."
    ),
    # MY - bilingual headers, MyKad, e-hailing driver's plate
    (
        "RINGKASAN DISCAJ / DISCHARGE SUMMARY - Jabatan Perubatan\n"
        "Nama: [[PERSON|name:Nur Aisyah binti Kamarudin]]\n"
        "No. K/P (MyKad): [[ID|ssn:880417-10-5528]]   Tarikh masuk: [[DATE|date:14/05/2024]]\n"
        "Diagnosis: dengue fever without warning signs; transaminitis (ALT 212).\n"
        "Platelet nadir 38 on D5; recovered to 96 at discharge.\n"
        "FU: [[LOCATION|geo:Klinik Kesihatan Setapak]] in 3 days for FBC. Dengue notification done.\n"
        "MC given x 7 days (works as e-hailing driver, vehicle [[VEHICLE|vehicle:WXY 4471]])."
    ),
    # SA - folder number, 13-digit ID, month/year ART start
    (
        "DISCHARGE SUMMARY - Dept of Medicine, E17\n"
        "Patient: [[PERSON|name:Nomvula Dlamini]]   SA ID: [[ID|ssn:7603150418086]]\n"
        "Dx: cryptococcal meningitis; HIV on TLD since [[DATE|date:06/2019]], ART failure suspected - VL 18 400; CD4 64.\n"
        "Rx: ampho B + flucytosine induction x 7/7 then fluconazole 800 mg daily. LPs x 4 (OP 32 -> 18 cmH2O).\n"
        "Refer: [[LOCATION|geo:Gugulethu CHC]] ARV clinic for resistance testing + adherence club.\n"
        "Dr [[PERSON|name:M. Jacobs]] (HPCSA [[ID|license:MP0712844]])"
    ),
    # CA - French headers, RAMQ, pharmacy named after a person, French date
    (
        "SOMMAIRE D'HOSPITALISATION / DISCHARGE SUMMARY\n"
        "Patient: [[PERSON|name:Gagnon, Sylvie]]   RAMQ: [[ID|health_plan:GAGS 6562 2218]]   DDN: [[DATE|date:1965-12-22]]\n"
        "Dx: AML in first remission post 7+3 induction (cycle 1). Neutropenic fever x 1 episode, resolved.\n"
        "D/C meds: posaconazole 300 mg die, valacyclovir 500 mg BID, allopurinol stopped.\n"
        "Pharmacie: [[LOCATION|geo:Jean Coutu]], fax [[PHONE|fax:514-255-8814]]\n"
        "Suivi hémato-onco [[DATE|date:le 26 janvier]]; consolidation HiDAC prévue."
    ),
    # PH - all-caps surname first, PRC licence
    (
        "DISCHARGE SUMMARY\n"
        "Name: [[PERSON|name:DELA CRUZ, Maria Luz B.]]   Hosp. No.: [[ID|mrn:VSMMC-24-55721]]\n"
        "PhilHealth PIN: [[ID|health_plan:19-025518833-4]] (member: spouse)\n"
        "Date discharged: [[DATE|date:Feb 13, 2024]]\n"
        "Final Dx: G3P3 (3003) PU 39 2/7 wks, delivered by repeat LTCS to a live baby girl, AS 8,9, BW 3.1 kg; pre-eclampsia w/o severe features.\n"
        "Home meds: methyldopa 250 mg TID, ferrous sulfate 1 tab OD, cefalexin 500 mg QID x 7 days. Follow-up OPD 1 week.\n"
        "Attending: Dr [[PERSON|name:Ramon Villanueva]], PRC Lic. No. [[ID|license:0098214]]"
    ),
    # GH - Ghana Card, GhanaPostGPS digital address, day name
    (
        "DISCHARGE SUMMARY - Maternity Block\n"
        "Name: [[PERSON|name:Akosua Mensah]]   NHIS No: [[ID|health_plan:08813427]]   Ghana Card: [[ID|ssn:GHA-712034598-3]]\n"
        "Dx: PPH (EBL 1.8 L) after SVD; transfused 3 units whole blood. Hb 6.2 -> 9.4 g/dL.\n"
        "Baby boy, Apgar 7/9, wt 3.4 kg, named [[PERSON|name:Kofi]] (born on a Friday).\n"
        "Home: [[ADDRESS|geo:GA-492-7731]] (GhanaPostGPS)\n"
        "Review: PNC at [[LOCATION|geo:Mamprobi Polyclinic]] in 1 week."
    ),
]

REFERRAL_LETTERS = [
    # AU - GP letterhead with fax, 'Hope' surname
    (
        "[[LOCATION|geo:William Street Medical Centre]]   Fax [[PHONE|fax:02 6331 4471]]\n\n"
        "Dr [[PERSON|name:Helen Fairweather]]\n"
        "Rheumatology Clinic\n\n"
        "Dear Colleague,\n\n"
        "Re: Mr [[PERSON|name:Kevin Hope]]\n\n"
        "Thank you for seeing this [[AGE|other:61]] yo shearer with 3 months of symmetrical small-joint polyarthritis and 2 h morning stiffness. RF 42 IU/mL (<14), anti-CCP >250, ESR 58, CRP 21. XR hands: periarticular osteopenia, no erosions.\n"
        "I have started prednisolone 10 mg daily pending your review. He is keen to keep working through shearing season.\n\n"
        "Kind regards,\n\n"
        "Dr [[PERSON|name:Priya Sandhu]] MBBS FRACGP"
    ),
    # AU - paediatric ADHD referral, school, parent email
    (
        "Referral - Paediatrics\n\n"
        "RE: [[PERSON|name:Archie Summers]]\n"
        "Mother: [[PERSON|name:Jade Summers]] - email [[EMAIL|email:jade.summers88@bigpond.com]]\n"
        "School: Year 1, [[LOCATION|geo:Bellbird Park State School]]\n\n"
        "Please assess [[PERSON|name:Archie]] ([[AGE|other:6]]) for ?ADHD. Teacher and parent Conners 3 both elevated (inattention T 78, hyperactivity T 81). Hearing and vision normal. No sleep apnoea sx. Dad was diagnosed with ADHD as an adult.\n"
        "Teacher questionnaire attached; class teacher is happy to be contacted via the school office.\n"
        "Many thanks"
    ),
    # NZ - eye referral, fundus photo file names carrying the NHI
    (
        "e-Referral: Ophthalmology - Diabetic eye screening (urgent)\n"
        "To: [[LOCATION|geo:Greenlane Clinical Centre]] Eye Clinic\n"
        "Patient: [[PERSON|name:Losa Faleolo]]   NHI: [[ID|health_plan:PQT7728]]\n"
        "Language: Samoan - interpreter required. Prefers daughter [[PERSON|name:Sina]] to attend.\n"
        "Hx: T2DM 12 yrs, HbA1c 78 mmol/mol, eGFR 54. Retinal screening last week - R3 (proliferative) R eye, R2 L eye; images attached: [[ID|photo:fundus_OD_20240311_PQT7728.jpg]], [[ID|photo:fundus_OS_20240311_PQT7728.jpg]].\n"
        "Referrer: Dr [[PERSON|name:James Tuilagi]]"
    ),
    # Cook Islands -> Auckland, passport, booking ref, flight number decoy
    (
        "TE MARAE ORA - COOK ISLANDS MINISTRY OF HEALTH\n"
        "Medical Referral Scheme\n"
        "To: Duty Registrar, Cardiothoracic\n"
        "Re: [[PERSON|name:Tuaine Marsters]], [[AGE|other:16]] yrs, of [[LOCATION|geo:Rarotonga]]\n"
        "Passport: [[ID|ssn:LH418273]] (NZ)\n"
        "Rheumatic heart disease with severe MR (echo: EROA 0.45 cm2, LVEDD 62 mm). On benzathine penicillin 4-weekly since childhood. For surgical opinion ?repair.\n"
        "Travelling on NZ947 next Tuesday (booking ref [[ID|other:QK7R2M]]) escorted by her aunt.\n"
        "Please contact the referring MO on [[EMAIL|email:rangi.tamarua@health.gov.ck]].\n"
        "Meitaki ma'ata."
    ),
    # IN - Nashik -> Tata Memorial, r/o village, HPE number, Aadhaar
    (
        "Dr. [[PERSON|name:Vikas Kulkarni]], MS (Gen Surg)   Reg. No. MMC [[ID|license:2008/03/1174]]\n\n"
        "To,\n"
        "The Head of Department, Breast Services\n"
        "[[LOCATION|geo:Tata Memorial Hospital]]\n\n"
        "Respected Sir/Madam,\n"
        "I am referring Smt. [[PERSON|name:Sunita Patil]], r/o [[LOCATION|geo:Sinnar]], for further management of Lt breast lump 3.5 x 3 cm, UOQ, with ipsilateral axillary node. Trucut biopsy: IDC grade II, ER+/PR+/HER2 2+.\n"
        "Aadhaar: [[ID|ssn:5512 8873 0419]].\n"
        "Kindly do the needful.\n"
        "Thanking you,\n"
        "Yours faithfully"
    ),
    # SG - polyclinic memo, T-prefix NRIC, SAF 11B decoy
    (
        "REFERRAL MEMO\n"
        "From: [[LOCATION|geo:Bedok Polyclinic]]\n"
        "To: Orthopaedic Surgery (Sports)\n"
        "Patient: [[PERSON|name:Muhammad Hafiz bin Rahmat]]   NRIC: [[ID|ssn:T0317725F]]   Email: [[EMAIL|email:hafiz.rahmat03@gmail.com]]\n"
        "Full-time NSF; twisted R knee during IPPT run on [[DATE|date:29 June]]. Positive Lachman, effusion ++. XR no #.\n"
        "Kindly evaluate ?ACL tear. MC issued x 7 days; unit MO informed (SAF 11B not on hand).\n"
        "Subsidised referral (CHAS Blue).\n"
        "Dr [[PERSON|name:Lee Wen Xin]]"
    ),
    # SA - 086 fax-to-email number, practice number, medical aid number
    (
        "Dr [[PERSON|name:R. Naidoo]] MBChB (UKZN), General Practitioner\n"
        "Fax [[PHONE|fax:086 512 3390]] | Practice No. [[ID|license:0418927]]\n\n"
        "To: The Endocrinologist\n\n"
        "Re: Ms [[PERSON|name:Thandiwe Ngcobo]]  ID [[ID|ssn:9208120734085]]\n"
        "Medical aid: Discovery Classic Saver, member no. [[ID|health_plan:382019445]], dependant 01\n\n"
        "Dear Colleague,\n"
        "This young teacher has a 2 cm R thyroid nodule (TI-RADS 4) with TSH 0.21 and FT4 22. FNA not yet done.\n"
        "Kindly assess. I have told her you will bill at medical aid rate.\n"
        "Regards"
    ),
    # CA - BC fax referral, PHN, driver's licence, hospital acronym
    (
        "FAX REFERRAL - [[LOCATION|geo:Kelowna]] BC\n"
        "To: Neurology   Fax: [[PHONE|fax:250-862-4120]]\n\n"
        "Patient: [[PERSON|name:Brooke Lavoie]]   PHN: [[ID|health_plan:9698 127 445]]\n\n"
        "Reason: first unprovoked GTC seizure last Saturday at work (witnessed by colleague). CT head normal. Na 139, glucose 5.4. No EtOH/drugs.\n"
        "I have advised no driving per RoadSafetyBC guidelines and she has agreed; her class 5 licence is [[ID|license:7721904]]. She relies on her partner for rides until seen.\n"
        "Please see within 4-6 weeks; EEG requested at [[LOCATION|geo:KGH]]."
    ),
    # PH - referral slip, US-style date, nickname 'Bong'
    (
        "REFERRAL SLIP\n"
        "From: BHS\n"
        "To: [[LOCATION|geo:Batangas Medical Center]] - ER\n"
        "Date: [[DATE|date:04/22/2024]]   Time: 14:35\n"
        "Name: [[PERSON|name:Teresita Macaraeg]]   Sex: F\n"
        "PhilHealth No.: [[ID|health_plan:07-250193884-1]]\n"
        "Contact person: son [[PERSON|name:Bong]] - [[PHONE|phone:0917 552 0384]]\n"
        "Chief complaint: severe headache, slurred speech x 2 hrs.\n"
        "BP 190/110, HR 92, RBS 8.4 mmol/L. Given captopril 25 mg SL at 14:20.\n"
        "Reason for referral: r/o CVA, needs CT scan (n/a here).\n"
        "Referred by: RM on duty"
    ),
    # KE - MOH 100 referral form, P.O. Box address, ambulance plate
    (
        "REFERRAL FORM (MOH 100)\n"
        "Referring facility: [[LOCATION|geo:Jaramogi Oginga Odinga Teaching & Referral Hospital]]\n"
        "Receiving facility: [[LOCATION|geo:Kenyatta National Hospital]] - Paediatric Cardiology\n"
        "Name: [[PERSON|name:Achieng Odhiambo]]   Sex: F\n"
        "Parent/guardian: mother (ID No. [[ID|ssn:24918736]])\n"
        "Address: [[ADDRESS|geo:P.O. Box 1183-40100, Kisumu]]\n"
        "History: exertional dyspnoea; echo: large secundum ASD with RV dilatation, PASP 48 mmHg.\n"
        "Reason: for device closure (not available locally).\n"
        "Escort: Clinical Officer; ambulance reg [[VEHICLE|vehicle:KCK 418Y]]"
    ),
]

NURSING_SHORTHAND = [
    # AU - lowercase night note, PCA serial, phone glued together
    (
        "0200 pt [[PERSON|name:rose]] resting, obs stable bp 118/70 hr 72 spo2 95% ra afeb. pca (sn [[DEVICE|device:AP22091783]]) - 3 demands/3 good. pain 2/10.\n"
        "idc draining well 60ml/hr, clear.\n"
        "bsl 7.8 @ 0100\n"
        "son [[PERSON|name:mark]] rang 2330 wanting update (ph [[PHONE|phone:0412448190]]) - told stable, dr to call in am.\n"
        "iv cannula L ACF resited [[DATE|date:14/3]] - ok.\n"
        "moved bed 9 -> bed 12 (isolation) as per ICP. label replaced on chart.\n"
        "- rn"
    ),
    # AU - ISBAR, remote community, interpreter
    (
        "ISBAR handover 1900 - Med 2\n"
        "I: [[PERSON|name:Norma Nampijinpa]], [[AGE|other:52]]F, MRN [[ID|mrn:AS0044817]], from [[LOCATION|geo:Yuendumu]]\n"
        "S: cellulitis L leg, IV fluclox day 3, improving.\n"
        "B: ESKD on HD (M/W/F), T2DM, RHD. Warlpiri first language - interpreter [[PERSON|name:Bess Napaljarri]] booked 0900 via AIS.\n"
        "A: obs wnl. Leg marked, redness receding. BSL 9-12. K 5.4 this am.\n"
        "R: dialysis tmrw 0700. family phoning from remote clinic - pls give update."
    ),
    # NZ - all lowercase, nickname, police constable
    (
        "nocte. [[PERSON|name:tama ngata]] [[AGE|other:19]]m nhi [[ID|health_plan:ABN2276]]. #L femur post mva, ex-fix. nv obs 2hrly - cap refill <2s, toes warm, +pedal pulse. morphine 2.5mg iv x2 for pain 7/10 -> 3/10. "
        "mum ([[PERSON|name:huia]]) stayed o/n in whanau room. says his mate '[[PERSON|name:Nukz]]' was the driver - police coming 1000 re statement. fasting from 0200 for theatre."
    ),
    # IN - night report, bed list, lowercase names
    (
        "night report - male surg ward\n"
        "bed 23: mr [[PERSON|name:ramaswamy]] [[AGE|other:71]]yrs post TURP D1. CBI running, effluent light pink. 3-way foley 22Fr. urine o/p 2.4 L/12h. sugar 210 mg/dl at 10pm -> 4U actrapid given.\n"
        "attender son mob [[PHONE|phone:9840117725]], sleeping in corridor - told to use attender hall.\n"
        "ip no [[ID|mrn:24/IP/77812]]\n"
        "bed 24: no pt.\n"
        "bed 25: [[PERSON|name:Md. Salim]] 38/m, lap chole D0, ryles out, NBM till morning."
    ),
    # SG - helper's FIN
    (
        "PM shift. bed 31 Mr [[PERSON|name:Ong Chee Kiat]] [[AGE|other:82]]yo. high falls risk, bed alarm on. confused at 1900, reoriented. wife Mdm [[PERSON|name:Ong]] visited til 2000. "
        "helper [[PERSON|name:Marites Bautista]] (FIN [[ID|ssn:G6617281K]]) to stay overnight as per family request - approved by NC.\n"
        "BP 146/82 HR 78 SpO2 97% RA. H/C 4. Capillary BG 11.2.\n"
        "Daughter-in-law requested copy of memo - told to apply via MRO."
    ),
    # SA - paeds ward handover, age in weeks
    (
        "handover 19h00 ward 6 paeds\n"
        "bed 7 [[PERSON|name:Bongani Khumalo]] ([[AGE|other:10]] wks) hosp no [[ID|mrn:KEH0041829]] gastro w/ mod dehydration. ngt feeds 30ml 2hrly tolerating. 2 wet nappies this shift. temp 37.4.\n"
        "mom went home to [[LOCATION|geo:Umlazi]] to fetch clothes, back tmrw.\n"
        "bed 8 empty.\n"
        "bed 9 [[PERSON|name:Precious]] HIV exposed, PCR neg - awaiting SW."
    ),
    # CA - Manitoba medevac, NIHB number, town that is a word, truck plate
    (
        "nsg note [[DATE|date:2024-05-02]] 0300\n"
        "Mr [[PERSON|name:Wayne Bird]] from [[LOCATION|geo:Norway House]], medevac'd in yesterday. NIHB # [[ID|health_plan:6120044871]]. Cree-speaking, some English. Escort (daughter) staying at boarding home.\n"
        "O2 2L NP sats 91-93. crackles bibasal. Lasix 40 IV given 0100, voided 900 ml.\n"
        "Pt anxious re: his truck left at the airstrip (plate [[VEHICLE|vehicle:HJD 418]]) - SW to call band office am.\n"
        "- [[PERSON|name:R. Kowalchuk]] RN"
    ),
    # PH - 92 y.o. lola, DOB meaning difficulty of breathing
    (
        "NN 11-7 shift\n"
        "rcvd pt lola [[PERSON|name:Pacing]] ([[PERSON|name:Pacita Ocampo]]) [[AGE|date:92]] y.o. on bed 3, asleep, w/ IVF D5LR 1L @ 30 gtts/min infusing well at L arm. O2 @ 2 lpm via NC.\n"
        "VS: BP 100/60, HR 88, RR 22, T 37.8.\n"
        "watcher apo [[PERSON|name:Joy]] cp# [[PHONE|phone:0928-441-7736]]. informed ROD re: temp, paracetamol 500 mg given.\n"
        "@ 0400 pt c/o DOB, O2 increased to 3 lpm, ROD aware."
    ),
    # NG - labour ward, eponym regimen decoy
    (
        "Nurses' notes - Labour ward, [[LOCATION|geo:UCH Ibadan]]\n"
        "0600: Mrs [[PERSON|name:Funmilayo Adeyemi]] (G2P1, hosp no [[ID|mrn:UCH/08/44718]]), 8cm at 0500, FHR 140s, contractions 4 in 10 min lasting 45s. Partograph updated.\n"
        "BP 150/100 x 2 -> registrar informed, MgSO4 loading started per Pritchard regimen.\n"
        "Husband Mr [[PERSON|name:Tunde Adeyemi]] in waiting area, phone [[PHONE|phone:08034417729]]; blood donor (brother-in-law) to come w/ 2 units."
    ),
    # IN - ICU, ventilator serial, monitor MAC address, ABHA address that looks like an email
    (
        "ICU bed 6 - night\n"
        "Pt [[PERSON|name:Mohd. Irfan]], [[AGE|other:44]]M, ARDS (H1N1+)\n"
        "vent: Hamilton C6 (asset ser no. [[DEVICE|device:HC6-014482]]), PC-AC, PEEP 12, FiO2 0.6, PaO2 68.\n"
        "proned 2200. sedation fentanyl 50 mcg/h + midaz 3 mg/h. RASS -4.\n"
        "bedside monitor MAC [[DEVICE|device:00:1A:2B:4C:8D:9E]] dropping off central station - biomed informed.\n"
        "wife insists on seeing pt; ABHA address on file [[ID|health_plan:irfan.mohd44@abdm]].\n"
        "cvc R IJ day 5, art line L radial. urine 40-60 ml/h."
    ),
]

PHARMACY = [
    # AU - eScript token, pharmacy named after a person and a town
    (
        "[[LOCATION|geo:TerryWhite Chemmart Orange]] - dispensing note\n"
        "Pt: [[PERSON|name:Ivy Chen]]\n"
        "eScript token received by SMS ([[ID|other:2QX7KM4PLR8TW]]) from Dr [[PERSON|name:Daniel Young]].\n"
        "Item: apixaban 5 mg BD, 60 tabs, 5 repeats (PBS 10184B? - check).\n"
        "Interaction flag: pt also taking OTC St John's wort - counselled, advised to stop; GP notified by fax [[PHONE|fax:02 6361 8820]].\n"
        "Webster pack updated; delivery Fri to [[ADDRESS|geo:Unit 4/19 Prince St, Orange NSW 2800]]."
    ),
    # AU - opioid treatment program, client photo, driver licence, plate
    (
        "ODT PROGRAM - DOSING RECORD NOTE\n"
        "Client: [[PERSON|name:Kylie Bright]]   Client photo on file: [[ID|photo:ODT_KBright_2023.jpg]]\n"
        "ID sighted: NSW driver licence [[ID|license:17448219]]\n"
        "Methadone 65 mg daily; takeaways x2/wk (Sat/Sun) per Dr [[PERSON|name:Sam Okafor]].\n"
        "[[DATE|date:02/04/24]]: client attended 0915, drowsy, pinpoint pupils, slurred speech. Dose WITHHELD, prescriber phoned. "
        "Client left in a car, plate [[VEHICLE|vehicle:CX 41 LP]] - said partner was driving.\n"
        "Next dose tomorrow after review."
    ),
    # NZ - Special Authority number, fax
    (
        "Phone note - pharmacy\n"
        "Pt: [[PERSON|name:Colin McAllister]] NHI [[ID|health_plan:DKW6618]]\n"
        "Rx for empagliflozin 25 mg - Special Authority [[ID|other:SA2148819]] expired [[DATE|date:30/04/2024]]. Called [[LOCATION|geo:Bethlehem Medical Centre]]; nurse says renewal submitted, will fax approval to us on [[PHONE|fax:07 576 2281]].\n"
        "Gave 7-day emergency supply. Pt happy, aware of $5 co-payment."
    ),
    # NZ/Pacific - Samoan LTC review, gate code decoy
    (
        "LTC pharmacy service review - [[DATE|date:2 Oct 2023]]\n"
        "Patient: [[PERSON|name:Faamanu Leota]] ([[AGE|other:67]])\n"
        "Meds (blister packed weekly): metformin 1 g BD, cilazapril 5 mg mane, allopurinol 300 mg, colchicine 500 mcg prn.\n"
        "Gout flare x3 this yr ('after the umu at church'). Urate 0.52.\n"
        "Delivery address: [[ADDRESS|geo:44B Mangere Road, Ōtāhuhu, Auckland 1062]] - leave with granddaughter, gate code 1982.\n"
        "Prefers calls to son [[PERSON|name:Ioane]] on [[PHONE|phone:027 441 8812]] (he reads English for her)."
    ),
    # IN - cash memo, drug licence, UPI ref
    (
        "[[LOCATION|geo:SRI SAI MEDICALS]]\n"
        "D.L. No. [[ID|license:KA-BNG-20B-114472]]\n"
        "CASH MEMO No. [[ID|account:CM/24/00817]]\n"
        "Patient: Mr [[PERSON|name:Suresh Gowda]]\n"
        "Tab. Telma 40 x 30 .......... Rs 342.00\n"
        "Tab. Glycomet GP2 x 30 ...... Rs 198.50\n"
        "Inj. Huminsulin 30/70 (3 ml cartridge) x 2 .... Rs 1,020.00\n"
        "Total Rs 1,560.50 (paid UPI, ref [[ID|account:418273910445]])\n"
        "Bill WhatsApped to [[PHONE|phone:+91 99000 41827]]."
    ),
    # SG - med rec, s/o name, fingerprint-verified collection, HDB address
    (
        "Medication reconciliation - Pharmacy, [[LOCATION|geo:Khoo Teck Puat Hospital]]\n"
        "Patient: Mr [[PERSON|name:Rajendran s/o Muthu]]   NRIC [[ID|ssn:S5518827B]]\n"
        "Sources: NEHR, patient's own meds, polyclinic records, wife.\n"
        "Discrepancies: amlodipine 10 mg OM (NEHR) vs 5 mg (taking); warfarin 3 mg/4 mg alt days - INR 2.4.\n"
        "Fingerprint-verified collection at outpatient pharmacy (template [[ID|biometric:FPT-KTPH-0044718]]) - wife authorised as collector.\n"
        "Home delivery: [[ADDRESS|geo:Blk 745 Yishun Street 72 #04-211 Singapore 760745]]."
    ),
    # SA - CCMDD parcel, pick-up point, month/year due date
    (
        "CCMDD chronic medicine pick-up note\n"
        "Patient: [[PERSON|name:Mandla Zulu]]   ID: [[ID|ssn:6911255183081]]\n"
        "Parcel sent to pick-up point [[LOCATION|geo:Clicks Maponya Mall]]. Parcel no. [[ID|other:CCMDD-GP-44718273]] not collected for 10 days - SMS reminder sent, returned to facility.\n"
        "Meds: TLD 1 OD, amlodipine 10 mg, HCTZ 12.5 mg. Next VL due [[DATE|date:09/2024]].\n"
        "Called pt: says he was working in [[LOCATION|geo:Rustenburg]], will collect at the clinic next week."
    ),
    # CA - renewal fax, store number decoy, Rx number
    (
        "FAX - RX RENEWAL REQUEST\n"
        "From: [[LOCATION|geo:Shoppers Drug Mart]] #0847   Fax [[PHONE|fax:416-962-4479]]\n"
        "To: prescriber  Fax: [[PHONE|fax:416-921-3308]]\n"
        "Patient: [[PERSON|name:HARRIS, Douglas]]  OHIP [[ID|health_plan:6628 441 903]]\n"
        "Rx# [[ID|other:4471823]] levothyroxine 125 mcg - 1 tab daily, last filled 90 days ago.\n"
        "Last TSH on file 2.1 (0.32-4.0).\n"
        "[ ] Renew x ___ refills   [ ] Pt must book appt"
    ),
    # PH - official receipt, OSCA ID, TIN
    (
        "[[LOCATION|geo:Mercury Drug]] - [[LOCATION|geo:Cubao]] branch\n"
        "OFFICIAL RECEIPT No. [[ID|account:OR-1144-0418273]]\n"
        "Customer: [[PERSON|name:Ernesto Lim Bautista]]   Senior Citizen OSCA ID: [[ID|other:QC-2018-44719]]\n"
        "TIN: [[ID|ssn:418-227-903-000]]\n"
        "losartan 50mg #30 ........ 20% SC disc\n"
        "metformin 500mg #60 ...... 20% SC disc\n"
        "Purchase booklet stamped."
    ),
    # KE - M-Pesa transaction, payer number written 2547..., insurer member no.
    (
        "[[LOCATION|geo:Goodlife Pharmacy]] - dispensing record 16:42\n"
        "Pt: [[PERSON|name:Wanjiru Kamau]]  ([[AGE|other:33]]F)\n"
        "Items: amoxiclav 625 mg TDS x 7/7; ibuprofen 400 mg TDS prn.\n"
        "Paid M-PESA, transaction [[ID|account:SGH4TQ2L9X]] from [[PHONE|phone:254711448273]].\n"
        "Pt asked for receipt for insurer (Jubilee, member no. [[ID|health_plan:JUB-44718-01]])."
    ),
]

TELEHEALTH = [
    # AU - video call URL, client IP, address used for ID check
    (
        "TELEHEALTH CONSULT (video) 1030-1048\n"
        "Platform: Healthdirect Video Call, clinic waiting room [[URL|url:https://vcc.healthdirect.org.au/bhhs/waitingroom/drpatel]]\n"
        "Patient: [[PERSON|name:Narelle Whitfield]] - identity confirmed (name, DOB, address [[ADDRESS|geo:27 Argent St, Broken Hill NSW 2880]])\n"
        "At home, alone. Call dropped x1 at 1036 (client IP [[IP|ip:203.45.118.27]]), reconnected by phone.\n"
        "Sleep study: AHI 34/h, nadir SpO2 79% - severe OSA. Discussed CPAP; she will hire a ResMed AirSense 11 locally.\n"
        "Recalls nodding off driving on the Barrier Hwy on [[DATE|date:3 March]] - advised not to drive until treated; licensing notification discussed.\n"
        "Dr [[PERSON|name:Vikram Patel]]"
    ),
    # AU - remote phone consult, MMS wound photos, ute rego
    (
        "Phone consult 14:10 - remote GP clinic\n"
        "Pt [[PERSON|name:Dimitri Kostas]] ([[AGE|other:58]]M) ringing from opal field camp outside [[LOCATION|geo:Coober Pedy]].\n"
        "Laceration R forearm from angle grinder 2/7 ago, now red and hot. Sent photos by MMS: [[ID|photo:IMG_4471.HEIC]] and [[ID|photo:IMG_4472.HEIC]] (saved to file).\n"
        "Temp 38.2 (own thermometer). Tetanus: last booster ?2009.\n"
        "Plan: flucloxacillin 500 mg QID 7/7 via eScript to the hospital pharmacy; RN review tmrw. A mate will drive him in - ute rego [[VEHICLE|vehicle:S 418 BKD]]."
    ),
    # NZ - Zoom link with meeting ID and password, IP
    (
        "Video consult - virtual clinic\n"
        "Patient: [[PERSON|name:Rangi Parata]]  at home, [[LOCATION|geo:Thames]].\n"
        "Link sent to [[EMAIL|email:rangiparata@gmail.com]]: [[URL|url:https://zoom.us/j/84471829930?pwd=Rk9xTnFQd2]]\n"
        "Connected from [[IP|ip:122.56.201.44]]; poor audio - switched to phone.\n"
        "Gout flare R 1st MTP, 3 days. Urate 0.58 in Jan. eGFR >90.\n"
        "Plan: colchicine 500 mcg BD x 3/7 + naproxen 500 mg BD with food; start allopurinol after flare settles. Script sent to his usual pharmacy.\n"
        "Not recorded.\n"
        "NP [[PERSON|name:Lena Hēnare]]"
    ),
    # IN - eSanjeevani, consultation ID, ABHA, Aadhaar eKYC fingerprint
    (
        "eSanjeevani OPD teleconsultation\n"
        "Consultation ID: [[ID|other:ESJ2408817742]]\n"
        "Patient: [[PERSON|name:Gurpreet Kaur]]   Age: [[AGE|other:41]] Yrs   Gender: F   ABHA No.: [[ID|health_plan:14-4418-2730-9921]]\n"
        "Identity: Aadhaar eKYC by fingerprint at spoke (auth template ref [[ID|biometric:UIDAI-BIO-7718204417]])\n"
        "Patient location: [[LOCATION|geo:HWC Bhaini Sahib]] with CHO\n"
        "C/o: burning micturition 3 days, no fever. Urine dipstick: leuco ++, nitrite +. UPT neg.\n"
        "Advice: Tab nitrofurantoin 100 mg BD x 5 days; plenty of fluids; return if fever or flank pain."
    ),
    # IN - remote ICD monitoring, app username, ISO timestamp, IPv6
    (
        "Remote cardiac monitoring note\n"
        "Patient: [[PERSON|name:Ammu Varghese]]\n"
        "ICD (Abbott Gallant DR) serial [[DEVICE|device:81144729]] - remote transmission via app (username [[ID|other:ammu_1956]]) received [[DATE|date:2024-07-14]]T03:12:44+05:30.\n"
        "Event: VT 188 bpm, terminated by ATP x1. No shock. Battery 8.2 yrs.\n"
        "App login from IPv6 [[IP|ip:2401:4900:1c2a:8f1e::1b]] (phone of her son, who works abroad).\n"
        "Called pt: asymptomatic, was sleeping. K 3.6 last wk.\n"
        "Plan: metoprolol up to 50 mg BD, K+ supplement, device clinic in 2 wks. Summary emailed to son at [[EMAIL|email:jibin.varghese@outlook.com]]."
    ),
    # SG - ART meaning antigen rapid test, MC number, photo upload
    (
        "TELECONSULTATION RECORD - 21:05\n"
        "Patient: [[PERSON|name:Tan Wei Ling]]  NRIC [[ID|ssn:S9014472H]]\n"
        "Video via app; identity verified with Singpass. Device IP [[IP|ip:116.86.44.201]].\n"
        "c/o sore throat, fever 38.4 x 2d, no SOB. ART self-done: negative for COVID (photo uploaded [[ID|photo:ART_20240212_TWL.png]]).\n"
        "Dx: acute pharyngitis. Rx: lozenges, paracetamol 1 g QDS prn. MC 2 days, MC no. [[ID|other:MC2402-88172]].\n"
        "Meds to be delivered to [[ADDRESS|geo:18 Clementi Ave 1, #12-05, Singapore 129857]] by 2300."
    ),
    # SA - telepsychiatry, tablet serial next to model, section and form decoys
    (
        "Telepsychiatry consultation\n"
        "Hub: psychiatry, [[LOCATION|geo:Mthatha]]; spoke: [[LOCATION|geo:Madwaleni Hospital]]\n"
        "Patient: [[PERSON|name:Luvuyo Ndlovu]], [[AGE|other:24]]M\n"
        "Connection: video app on spoke tablet (Galaxy Tab A7 SM-T505, serial [[DEVICE|device:R58N44718QK]]).\n"
        "Hx: first-episode psychosis, 3/52 of auditory hallucinations, daily cannabis ('dagga'). Collateral from mother [[PERSON|name:Nosipho]] by WhatsApp voice note.\n"
        "Plan: risperidone 1 mg nocte -> 2 mg; involuntary admission under s33, form MHCA 04 completed; transfer to psychiatric hospital."
    ),
    # CA - OTN, remote First Nations site, dermoscopy image files, private IP
    (
        "OTN telemedicine consult - Dermatology\n"
        "Session # [[ID|other:OTN-24-0618447]]\n"
        "Patient site: [[LOCATION|geo:Moose Factory]]\n"
        "Patient: [[PERSON|name:Samuel Linklater]]\n"
        "Images transmitted: [[ID|photo:OTN0618447_lesion1_derm.jpg]], [[ID|photo:OTN0618447_lesion2_clin.jpg]]\n"
        "Lesion: 9 mm irregularly pigmented papule L upper back. Dermoscopy: atypical network, blue-white veil.\n"
        "Rec: excisional biopsy, 2 mm margins - can be done locally.\n"
        "Video endpoint [[IP|ip:10.44.118.27]] dropped once."
    ),
    # PH - Messenger consult, Facebook profile URL
    (
        "Teleconsult notes (FB Messenger video) - [[DATE|date:Aug 2, 2024]]\n"
        "Pt: [[PERSON|name:Maricel Ybañez]], from [[LOCATION|geo:Tacloban City]] - contacted via page message, profile [[URL|url:https://www.facebook.com/maricel.ybanez.77]]\n"
        "CC: 3 days of watery stools, 5-6x/day, no blood; had street food at a fiesta in [[LOCATION|geo:Palo]].\n"
        "Hydrating well, UO good, no dizziness.\n"
        "Adv: ORS 1 sachet per 1 L water; zinc 20 mg OD x 10d; go to ER if bloody stool or unable to drink.\n"
        "E-prescription sent to [[EMAIL|email:maricelyb27@gmail.com]]."
    ),
    # NG - WhatsApp video, NIN, home BP serial, WhatsApp image with a date inside
    (
        "Telemedicine note - hypertension clinic\n"
        "Patient: Alhaji [[PERSON|name:Musa Ibrahim]], NIN [[ID|ssn:71829044183]]\n"
        "Consult via WhatsApp video ([[PHONE|phone:+234 803 418 2291]]) as he could not travel from [[LOCATION|geo:Wudil]] due to flooding.\n"
        "Home BP device Omron M3 (HEM-7131-E) serial [[DEVICE|device:20230415771LG]]: avg 168/98 over 7 days.\n"
        "Photo of ankle swelling sent: [[ID|photo:WhatsApp Image 2024-10-10 at 07.14.22.jpeg]]\n"
        "Plan: add amlodipine 10 mg; continue lisinopril 20 mg; E/U/Cr at the general hospital."
    ),
]

BILLING_CLAIMS = [
    # AU - specialist tax invoice, Hope Island, BSB kept outside account
    (
        "TAX INVOICE   [[ID|account:INV-020448]]\n"
        "[[ADDRESS|geo:Suite 2, 10 Santa Barbara Rd, Hope Island QLD 4212]]\n"
        "Patient: [[PERSON|name:Graham Pike]]\n"
        "Provider: Gastroenterology, prov no [[ID|license:442187KX]]\n"
        "Item 110 - initial specialist consultation ...... $310.00\n"
        "Medicare rebate ...... $135.45\n"
        "Gap ...... $174.55\n"
        "Pay by direct deposit: BSB 064-118 Acc [[ID|account:1044 8172]], or online at [[URL|url:https://pay.hopeislandrooms.com.au/inv/INV-020448]]"
    ),
    # AU - CTP claim, rego plus VIN plus the other car
    (
        "CTP CLAIM - MEDICAL CERTIFICATE / INVOICE\n"
        "Claim no.: [[ID|other:CTP-2024-0441827]]\n"
        "Claimant: [[PERSON|name:Liam O'Connell]]\n"
        "Accident: [[DATE|date:21 May 2024]], rear-ended at lights on Hunter St. Claimant's vehicle rego [[VEHICLE|vehicle:EWK 74T]], VIN [[VEHICLE|vehicle:6T1BE42K38X418827]]; other vehicle [[VEHICLE|vehicle:DF 22 QM]].\n"
        "Injuries: whiplash-associated disorder grade II; L wrist sprain.\n"
        "Capacity: fit for modified duties from next week (no lifting >5 kg).\n"
        "Fee: initial consult $152.00 - pay to BSB 082-401 acct [[ID|account:51 884 2217]]"
    ),
    # NZ - ACC45, IRD number, NZ bank account format
    (
        "ACC45 INJURY CLAIM\n"
        "Claim number: [[ID|other:10047718290]]\n"
        "Patient: [[PERSON|name:Brooke Tahana]]\n"
        "Date of injury: [[DATE|date:06/01/2024]]   Time: 16:30\n"
        "Scene: work (kiwifruit orchard, [[LOCATION|geo:Paengaroa]]); fell from ladder.\n"
        "Diagnosis: # R 5th metacarpal neck. Read code S2250.\n"
        "Incapacity: fully unfit for work for 4 weeks.\n"
        "IRD number (weekly compensation): [[ID|ssn:049-091-850]]\n"
        "Bank a/c for payments: [[ID|account:12-3140-0418271-00]]"
    ),
    # NZ/Pacific - Tongan member, insurer prior approval, card number
    (
        "Health insurance - prior approval request\n"
        "Member: [[PERSON|name:Viliami Havili]]   Member no. [[ID|health_plan:80417722]]   Plan: Wellbeing One\n"
        "Email [[EMAIL|email:v.havili@orcon.net.nz]]\n"
        "Procedure: L total knee replacement at [[LOCATION|geo:Ascot Hospital]], affiliated provider.\n"
        "Procedure code 49518   Estimate $28,450.00\n"
        "Prior approval no.: [[ID|other:PA-2024-6618442]]\n"
        "Excess paid by Visa [[ID|account:4556 7375 8689 9855]]\n"
        "Signed on behalf of member by his wife (enduring power of attorney)."
    ),
    # IN - TPA pre-auth, policy, employee ID, PAN, fax
    (
        "CASHLESS AUTHORISATION REQUEST - Pre-auth form (Part C)\n"
        "TPA: Medi Assist   Claim / CCN: [[ID|other:MA-24-7781992]]\n"
        "Insurer: New India Assurance, Policy No. [[ID|health_plan:67140034240100000418]]\n"
        "Patient: [[PERSON|name:Deepa Krishnamurthy]]   Relation to employee: spouse\n"
        "Employee ID: [[ID|other:INF448172]]\n"
        "Diagnosis: acute appendicitis (ICD-10 K35.80). Proposed: lap appendicectomy.\n"
        "Estimated cost: Rs 1,45,000. Room: single AC (Rs 6,500/day).\n"
        "PAN of proposer: [[ID|ssn:AKXPK4418M]]\n"
        "Hospital TPA desk fax [[PHONE|fax:080-2502 4419]]"
    ),
    # MY - guarantee letter, MyKad, employer HR email
    (
        "GUARANTEE LETTER (GL) REQUEST\n"
        "Hospital: [[LOCATION|geo:Sunway Medical Centre]]\n"
        "Patient: [[PERSON|name:Lim Kok Wai]]   MyKad: [[ID|ssn:750903-08-5541]]\n"
        "Policy no.: [[ID|health_plan:U418827719]]\n"
        "Admission - ?dengue vs leptospirosis; plt 62, CK 1,840.\n"
        "GL ref: [[ID|other:GL-240902-11847]] - initial GL RM 8,000.\n"
        "Employer HR: [[EMAIL|email:hr.claims@seaport-logistics.com.my]]"
    ),
    # SA - medical aid rejection, dependant code and tariff decoys
    (
        "CLAIM REJECTION QUERY\n"
        "Practice No. [[ID|license:0442819]] (paediatrics)\n"
        "Scheme: Discovery Health - Medical Aid No. [[ID|health_plan:170418827]], dependant code 03\n"
        "Patient: [[PERSON|name:Mia Botha]]\n"
        "Date of service: [[DATE|date:2023-12-28]]\n"
        "Tariff 0190 (consultation) + 0382 (nebulisation); ICD-10 J45.9, J06.9\n"
        "Rejected: 'authorisation required for after-hours service'. Auth no. supplied: [[ID|other:AUTH-23-12-4418827]].\n"
        "Amount R 1 184,30. Please resubmit. Patient's account no. with practice: [[ID|account:BOT0417]]"
    ),
    # CA - WSIB, SIN, OHIP fee code decoys
    (
        "WSIB Form 8 - Health Professional's Report (billing summary)\n"
        "Claim #: [[ID|other:30418827]]\n"
        "Worker: [[PERSON|name:Marco Pellegrini]]   SIN: [[ID|ssn:046 454 286]]\n"
        "Address: [[ADDRESS|geo:88 Dundas St W, Mississauga ON L5B 1H7]]\n"
        "Date of accident [[DATE|date:2024-04-02]] - R hand crush injury (pallet jack).\n"
        "Findings: # R 4th metacarpal shaft, non-displaced. Cast 4 wks.\n"
        "Billing: code 8 (Form 8) $70.00; A001 assessment. Physician billing no. [[ID|license:018822]]"
    ),
    # PH - CF2, facility named after a doctor, biometric verification
    (
        "PhilHealth CLAIM FORM 2 (CF2) - summary\n"
        "HCI: [[LOCATION|geo:Dr. Pablo O. Torre Memorial Hospital]]\n"
        "Patient: [[PERSON|name:MANALO, Jose Rizal T.]]   PIN: [[ID|health_plan:12-201884471-3]]   Member: self\n"
        "Confinement from [[DATE|date:05-11-2024]], 4 days\n"
        "Final Dx: CAP-MR (J18.9), case rate applied.\n"
        "Biometric verification (fingerprint) at discharge: template ID [[ID|biometric:PHIC-BIO-0044718293]]\n"
        "Member signature / thumbmark: affixed\n"
        "Contact: [[PHONE|phone:0920 418 2283]]"
    ),
    # KE - SHA claim, 90 y.o., implant serial, paybill decoy
    (
        "INVOICE / SHA CLAIM\n"
        "Invoice no.: [[ID|account:AKUH-INV-2024-118273]]\n"
        "Patient: [[PERSON|name:Njeri Wambui]]   [[AGE|date:90]] yrs   F   SHA member no.: [[ID|health_plan:SHA-0047718221]]\n"
        "Biometric check-in (fingerprint) ref [[ID|biometric:SHA-FP-71882044]]\n"
        "# NOF L, hemiarthroplasty day 2.\n"
        "Theatre fee KES 180,000; implant (bipolar head, serial [[DEVICE|device:BP-44X-0918227]]) KES 95,000.\n"
        "SHA benefit: KES 250,000; balance KES 112,400 to be paid by her son via M-Pesa Paybill 512400."
    ),
]

LAB_AND_IMAGING = [
    # AU - pathology, facility named after people, surname that is a word
    (
        "[[LOCATION|geo:Douglass Hanly Moir Pathology]]\n"
        "Lab No: [[ID|mrn:24-448172-K]]   Collected: [[DATE|date:19/02/2024]] 08:12\n"
        "Patient: [[PERSON|name:ROSE, Matthew James]]   Sex: M\n"
        "Requested by: Dr [[PERSON|name:Joanne Bishop]]\n"
        "LIVER FUNCTION\n"
        "ALT 184 U/L (5-40) H\n"
        "AST 122 U/L (10-35) H\n"
        "GGT 310 U/L (5-50) H\n"
        "ALP 118 (30-110)\n"
        "Bilirubin 22 (2-20)\n"
        "HEPATITIS SEROLOGY\n"
        "HBsAg NEGATIVE   Anti-HCV REACTIVE - HCV RNA to follow.\n"
        "Comment: results phoned to Dr [[PERSON|name:Bishop]]'s practice 15:02."
    ),
    # AU - CT report, scanner serial, key image files, radiologist called Orange
    (
        "CT ABDOMEN/PELVIS WITH CONTRAST\n"
        "Patient: [[PERSON|name:Shirley Young]]   Accession [[ID|mrn:WGA24031817]]\n"
        "Scanner: Siemens SOMATOM go.Top, S/N [[DEVICE|device:108744]]. DLP 612 mGy.cm. 100 mL Omnipaque 350.\n"
        "Clinical: weight loss 8 kg, iron deficiency.\n"
        "Findings: 4.2 cm irregular mural thickening of the sigmoid colon with pericolic fat stranding and 3 adjacent nodes up to 11 mm. Two hypodense liver lesions (seg VI 14 mm, seg VIII 9 mm) suspicious for metastases.\n"
        "Key images: [[ID|photo:WGA24031817_key_01.png]]; [[ID|photo:WGA24031817_key_02.png]]\n"
        "Reported by Dr [[PERSON|name:Nathan Orange]], FRANZCR. Discussed with referrer by phone at 16:20."
    ),
    # NZ - critical result call, read-back
    (
        "CRITICAL RESULT NOTIFICATION\n"
        "Lab ref: [[ID|mrn:AKL-24-7718204]]   Collected 09:55 at [[LOCATION|geo:Papakura]] collection centre\n"
        "Patient: [[PERSON|name:Ngaire Pōtae]]   NHI [[ID|health_plan:QWE7731]]\n"
        "Potassium 6.9 mmol/L (3.5-5.2) CRITICAL - no haemolysis.\n"
        "Creatinine 288 umol/L (45-90); eGFR 14.\n"
        "Phoned to Dr [[PERSON|name:Mark Ngata]] at 16:31, read-back correct. Pt to be sent to [[LOCATION|geo:Middlemore Hospital]] ED."
    ),
    # IN - lab report, facility with Dr in its name, verify URL, range decoys
    (
        "[[LOCATION|geo:Dr Lal PathLabs]] - Sector 7 Collection Centre\n"
        "Name: Mr. [[PERSON|name:Aman Chopra]]   Age: [[AGE|other:34]] Years   Gender: Male\n"
        "Lab No.: [[ID|mrn:418827190]]   A/c Status: P   Ref By: SELF\n"
        "COMPLETE BLOOD COUNT\n"
        "Haemoglobin 16.8 g/dL (13.0 - 17.0)\n"
        "TLC 6.2 thou/mm3 (4.0 - 10.0)\n"
        "Platelet count 412 thou/mm3 (150 - 410) H\n"
        "LIPID PROFILE: TC 248, TG 310, HDL 34, LDL 152\n"
        "HbA1c 6.1% (pre-diabetes 5.7-6.4)\n"
        "Report sent to [[EMAIL|email:aman.chopra1990@rediffmail.com]]\n"
        "Verify report: [[URL|url:https://lalpathlabs.com/verify?r=418827190]]"
    ),
    # IN - obstetric USG with PCPNDT declaration, masked Aadhaar, W/o husband
    (
        "[[LOCATION|geo:Sanjeevani Imaging Centre]]\n"
        "PC-PNDT Reg. No. [[ID|license:MRT/PNDT/2019/118]]\n"
        "OBSTETRIC ULTRASOUND (Form F maintained)\n"
        "Name: Mrs. [[PERSON|name:Pooja Tyagi]]  W/o Mr. [[PERSON|name:Nitin Tyagi]]\n"
        "ID proof: Aadhaar [[ID|ssn:XXXX XXXX 4418]]\n"
        "GA by LMP: 20w3d\n"
        "Single live intrauterine fetus, cephalic. FHR 148 bpm. BPD 47 mm, FL 33 mm, AC 152 mm. EFW 340 g. Placenta posterior, grade I. AFI 12.\n"
        "EDD by USG: [[DATE|date:10/12/2024]]\n"
        "No gross structural anomaly.\n"
        "I have neither detected nor disclosed the sex of the fetus to anybody in any manner."
    ),
    # SG - MRI with implant serial beside model number
    (
        "[[LOCATION|geo:Singapore General Hospital]] - Dept of Diagnostic Radiology\n"
        "MRI LUMBAR SPINE\n"
        "Patient: [[PERSON|name:Chua Boon Heng]]   NRIC: [[ID|ssn:S6844172D]]   Acc no. [[ID|mrn:MR24-0918273]]\n"
        "MRI safety: sacral neuromodulator in situ (InterStim Micro, model 97810, serial [[DEVICE|device:NKM418227H]]) - MR Conditional, set to MRI mode by urology CNS pre-scan.\n"
        "Findings: L4/5 broad-based disc protrusion with moderate canal stenosis and bilateral subarticular recess narrowing; both L5 roots compressed. Modic type 1 endplate changes L4/5.\n"
        "CD of images requested; collection by son [[PERSON|name:Chua Jun Jie]]."
    ),
    # SA - TB lab, episode number, slashed ISO date
    (
        "NATIONAL HEALTH LABORATORY SERVICE - [[LOCATION|geo:Tygerberg]] TB laboratory\n"
        "Episode no: [[ID|mrn:TG44182773]]\n"
        "Patient: [[PERSON|name:Siyabonga Nqayi]]   DOB [[DATE|date:1993/04/09]]   Sex M\n"
        "Submitting facility: [[LOCATION|geo:Site B Khayelitsha CHC]]\n"
        "Xpert MTB/RIF Ultra: MTB DETECTED (medium); Rifampicin resistance NOT DETECTED.\n"
        "Culture: pending. LPA to follow if culture positive.\n"
        "Result SMS'd to clinic TB nurse and to patient on [[PHONE|phone:084 441 8273]].\n"
        "Comment: known contact of index case (brother)."
    ),
    # CA - Calgary CT head, ULI, care home, DICOM workstation IP
    (
        "[[LOCATION|geo:Foothills Medical Centre]] - Diagnostic Imaging\n"
        "EXAM: CT HEAD WITHOUT CONTRAST\n"
        "Patient: [[PERSON|name:Oksana Melnyk]]   ULI/PHN: [[ID|health_plan:41882-2731]]   ([[AGE|other:81]]y)\n"
        "History: fall at [[LOCATION|geo:Bow View Manor]], on apixaban. GCS 14.\n"
        "Findings: 8 mm acute R frontoparietal subdural haematoma, 2 mm midline shift. No fracture.\n"
        "Impression: acute SDH. Neurosurgery notified; critical result communicated to ED at 02:41.\n"
        "Images pushed to neurosurgery workstation [[IP|ip:172.16.44.18]]"
    ),
    # PH - annual physical exam, results URL, law number decoy
    (
        "Hi-Precision Diagnostics - [[LOCATION|geo:Makati]]\n"
        "ANNUAL PHYSICAL EXAMINATION - RESULTS SUMMARY\n"
        "Patient ID: [[ID|mrn:HP-MKT-24-0441827]]\n"
        "Name: [[PERSON|name:Jerome Sison Panganiban]]   Sex: M   Date: [[DATE|date:July 9, 2024]]\n"
        "CBC: Hgb 152 g/L (140-170), WBC 7.8, Plt 301\n"
        "FBS 6.4 mmol/L (3.9-6.1) H\n"
        "Chest X-ray (PA): no active lung infiltrates. ECG: sinus rhythm, 72 bpm.\n"
        "Drug test (RA 9165): negative for methamphetamine and THC.\n"
        "Classification: Class B - fit to work with minor condition (IFG).\n"
        "View online: [[URL|url:https://results.hi-precision.com.ph/r/7KX29QM]] (PIN sent to [[PHONE|phone:0917 418 2203]])"
    ),
    # GH - Kumasi haematology, child, NHIS, digital address, registry ID
    (
        "Haematology Lab\n"
        "Hb ELECTROPHORESIS + FBC\n"
        "Name: [[PERSON|name:Yaw Boateng]]   Age: [[AGE|other:4]] yrs   Sex: M   NHIS: [[ID|health_plan:NHIS-4471-8820]]\n"
        "Mother: [[PERSON|name:Abena Owusu]], [[ADDRESS|geo:AK-039-4418]]\n"
        "Hb 7.4 g/dL, MCV 82, retic 11%. HbS 88%, HbF 9%, HbA2 3%: HbSS (sickle cell anaemia).\n"
        "Enrolled in the SCD follow-up registry, ID [[ID|other:SCD-GH-0441827]]."
    ),
]

COMMUNITY_VISITS = [
    # AU - 93 y.o., Orange Grove Rd in Liverpool, key safe decoy, wound photo
    (
        "HOME VISIT - Community Nursing   Time in 10:05 out 10:50\n"
        "Client: Mrs [[PERSON|name:Beryl Sweet]], [[AGE|date:93]]\n"
        "Address: [[ADDRESS|geo:3/27 Orange Grove Rd, Liverpool NSW 2170]] - key safe code 1947\n"
        "Visit for: L shin ulcer dressing (venous). Wound 3.1 x 2.4 cm, slough 20%, granulation 80%, mod serous exudate. Cleansed NaCl, Aquacel Ag + 2-layer compression.\n"
        "Photo uploaded to wound app: [[ID|photo:BSweet_Lshin_20240516.jpg]]\n"
        "BP 142/80. BSL 8.2. Repeating questions - ?early dementia, flag to GP.\n"
        "Carer: son [[PERSON|name:Russell]] visits Sundays, mob [[PHONE|phone:0402 188 477]].\n"
        "Dog 'Biscuit' friendly. Next visit Tues."
    ),
    # AU - Aboriginal health worker, Aunty title, grandkids, car plate
    (
        "AHW home visit - [[LOCATION|geo:Wilcannia]]\n"
        "Visited Aunty [[PERSON|name:Dot]] ([[PERSON|name:Dorothy King]])\n"
        "- BP 164/92 (missed amlodipine x 3 days, ran out). BSL 14.1 random.\n"
        "- 715 health check due - booked for Thursday clinic.\n"
        "- grandkids staying - youngest ([[PERSON|name:Mikayla]]) has sores on legs, ?school sores, will bring to clinic.\n"
        "- car (blue Commodore, [[VEHICLE|vehicle:CJ 44 RX]]) broken down - transport via AMS bus.\n"
        "- Webster pack pick up arranged through a [[LOCATION|geo:Broken Hill]] pharmacy."
    ),
    # NZ - Well Child visit, rural delivery address, new-format NHI
    (
        "Well Child / Tamariki Ora visit - 6-week core contact, home visit\n"
        "Pēpi: [[PERSON|name:Nikau Te Whata]]  NHI [[ID|health_plan:ZNB82RM]]  DOB [[DATE|date:07/07/2024]]\n"
        "Māmā: [[PERSON|name:Kiri]]\n"
        "Address: [[ADDRESS|geo:1482 State Highway 2, RD 3, Katikati 3179]]\n"
        "Wt 4.82 kg (50th centile), HC 38.5 cm. Exclusively breastfed. Hips stable. Red reflex present bilat.\n"
        "6-week imms booked at the local medical centre.\n"
        "EPDS (māmā) = 11 - discussed, consents to referral to maternal mental health.\n"
        "Car seat rear-facing, fitted correctly. Safe sleep in wahakura.\n"
        "Māmā's email [[EMAIL|email:kiri.tewhata@icloud.com]]"
    ),
    # NZ/Pacific - Fijian-Indian client, NPWT unit serial, wound photo, Total Mobility card
    (
        "District Nursing visit - Sat\n"
        "Client: [[PERSON|name:Ravinesh Prasad]] ([[AGE|other:64]])\n"
        "Addr: [[ADDRESS|geo:12 Mungavin Ave, Ranui, Porirua 5022]]\n"
        "Post L BKA (diabetic) - stump wound, 1 cm dehiscence medial corner, no pus. PICO 7 NPWT unit replaced, new unit SN [[DEVICE|device:PC7X44182290]].\n"
        "Wound photo [[ID|photo:DN_RPrasad_stump_0911.jpg]] uploaded.\n"
        "Wife does the insulin; she asked re Total Mobility taxi subsidy - TM card no. [[ID|other:TM0441827]].\n"
        "Next: Tues + Fri."
    ),
    # IN - ASHA visit, RCH ID, bank account, Aadhaar
    (
        "ASHA home visit record (HBNC) - Village [[LOCATION|geo:Khedi Kalan]]\n"
        "Mother: [[PERSON|name:Rekha Ahirwar]]. RCH ID: [[ID|health_plan:123004418827]]\n"
        "Baby (boy), day 7: wt 2.4 kg (birth 2.5 kg), breastfeeding well, cord dry, no jaundice, temp normal. Slight sticky discharge L eye - cleaned, told to watch.\n"
        "Institutional delivery at CHC on [[DATE|date:10/10/2024]].\n"
        "JSY incentive Rs 1400 pending - mother's bank a/c [[ID|account:38471004418]] (SBI), Aadhaar seeding not done; Aadhaar [[ID|ssn:6631 2091 4418]].\n"
        "Next visit day 14."
    ),
    # MY - dengue case investigation, a/p and a/l names, notification number
    (
        "Lawatan rumah / Home visit - dengue case investigation\n"
        "Case: [[PERSON|name:Priya a/p Subramaniam]], MyKad [[ID|ssn:061118-10-4418]]\n"
        "Notification no. (eNotifikasi): [[ID|other:SEL-2024-D-018827]]\n"
        "Address: [[ADDRESS|geo:No. 12, Jalan SS2/24, 47300 Petaling Jaya, Selangor]]\n"
        "Search & destroy done: 3 positive containers (flower pot tray, rubbish bin lid, roof gutter). Fogging radius 200 m scheduled.\n"
        "School: [[LOCATION|geo:SMK Damansara Jaya]] - teacher informed.\n"
        "Father [[PERSON|name:Subramaniam a/l Krishnan]] present."
    ),
    # SA - ward-based outreach, household number, clinic biometric enrolment
    (
        "WBPHCOT household visit\n"
        "Household no. [[ID|other:HH-MP-04418]]; [[ADDRESS|geo:27 Sonata Street, Tafelsig, Mitchells Plain 7785]]\n"
        "Mr [[PERSON|name:Gasant Davids]] - HTN + DM, BP today 158/96, glucometer 12.4. Defaulted clinic since [[DATE|date:12/2023]].\n"
        "Daughter - 28/40 pregnant, ANC booked, tested HIV neg.\n"
        "Grandson - RtHB shows missed 18 month MR vaccine.\n"
        "Referral slips given. Mr [[PERSON|name:Davids]] registered on clinic biometric ID (fingerprint template [[ID|biometric:WCG-BIO-7718204]])."
    ),
    # CA - Nunavut CHN visit, O2 concentrator serial
    (
        "Community health nurse home visit - [[LOCATION|geo:Pangnirtung]], NU\n"
        "Client: [[PERSON|name:Annie Kilabuk]]  HCN [[ID|health_plan:118744182]]\n"
        "COPD, home O2 2 L via concentrator (EverFlo, SN [[DEVICE|device:K418227]]).\n"
        "SpO2 88% on 2L, RR 24, mild wheeze. Started prednisone/amox rescue pack yesterday.\n"
        "House cold, family away at camp; grandson [[PERSON|name:Jaco]] staying with her.\n"
        "Plan: call the hospital re medevac if worse. Home phone [[PHONE|phone:(867) 473-8827]]."
    ),
    # PH - TB DOTS visit, Tagalog month, tricycle plate
    (
        "BHW HOME VISIT - TB DOTS\n"
        "[[DATE|date:Hunyo 5, 2024]]\n"
        "Patient: [[PERSON|name:Ronaldo Pascual]] a.k.a. '[[PERSON|name:Onad]]'\n"
        "TB case no. [[ID|other:QC-BS-2024-0118]]; intensive phase wk 6\n"
        "Address: [[ADDRESS|geo:Phase 2, Blk 14 Lot 7, Sitio Veterans, Brgy. Bagong Silangan, Quezon City 1119]]\n"
        "Took HRZE 3 tabs in front of BHW; mild joint pains. Orange urine (expected).\n"
        "Household contacts: wife and 3 kids - CXR of kids next week at the health center.\n"
        "Works as tricycle driver, plate [[VEHICLE|vehicle:418 UQH]]."
    ),
    # KE - CHV visit, household number, Maisha Namba biometric
    (
        "CHV household visit (eCHIS) - [[LOCATION|geo:Kibera]]\n"
        "Household no.: [[ID|other:HH-KIB-0071882]]\n"
        "Head of household: [[PERSON|name:Joseph Otieno]], ID [[ID|ssn:30418827]]\n"
        "Child, [[AGE|other:2]] yrs - fever 3 days, mRDT positive; given AL 1 tab BD x 3 days per weight 12 kg. MUAC 13.1 cm (green).\n"
        "Missed measles-rubella 2nd dose - referred to health centre.\n"
        "Maisha Namba registration pending (fingerprint template ref [[ID|biometric:MAISHA-FP-441882]]).\n"
        "Follow-up in 48 hrs."
    ),
]

PATIENT_MESSAGES = [
    # AU - email from daughter, IRN decoy, photo attachment
    (
        "From: [[EMAIL|email:gail.pendergast@optusnet.com.au]]\n"
        "Subject: Mum's tablets - urgent-ish\n\n"
        "Hi there,\n\n"
        "Sorry to email so late. Mum ([[PERSON|name:Betty Pendergast]]) has run out of her Eliquis 2.5 and the chemist says the script has no repeats left. "
        "Can the doctor do an eScript to my phone [[PHONE|phone:0427 339 180]]? Her Medicare is [[ID|health_plan:2447 18820 1]], she's number 2 on the card.\n\n"
        "Also she had another fall on Sunday - no injury, just a bruise, but I've attached a photo of her arm ([[ID|photo:20240407_181522.jpg]]).\n\n"
        "Thanks so much,\n"
        "[[PERSON|name:Gail]]\n\n"
        "Sent from my iPad"
    ),
    # AU - SMS, lowercase, possessive name glued to s
    (
        "SMS received 07:12 from [[PHONE|phone:+61 438 902 117]]:\n"
        "'hi its [[PERSON|name:jess]] [[PERSON|name:bevan]]s daughter. dad wont be at his appt today 9.30 - hes been up all night with the runs and vomiting. can someone ring me back pls. "
        "also can u send his blood results to my email [[EMAIL|email:jessb_1994@hotmail.com]] he said its ok. his dob is [[DATE|date:21/4/61]] if u need it. thx'\n"
        "Reception note: callback 08:05; pt gave verbal consent (name/DOB/address [[ADDRESS|geo:19 Eyre St, Whyalla SA 5600]] matched). Results NOT emailed - sent by secure link instead. Rebooked Thurs."
    ),
    # NZ - portal message, IP, relative's age, new address
    (
        "Patient portal message - received 22:18\n"
        "From: [[PERSON|name:Hemi Walker]]\n"
        "IP logged: [[IP|ip:125.239.44.18]]\n\n"
        "Kia ora Doctor,\n"
        "Just wanting to know if my CT results are back yet. The radiology place in [[LOCATION|geo:Hastings]] said they sent them on Friday. I'm a bit worried because my koro had bowel cancer at [[AGE|other:60]].\n"
        "Also can you please update my address, I've moved to [[ADDRESS|geo:4/88 Karamu Road North, Hastings 4122]].\n"
        "Ngā mihi,\n"
        "[[PERSON|name:Hemi]]"
    ),
    # IN - WhatsApp from father, UPI ID that looks like an email
    (
        "WhatsApp message to clinic number, 7:52 am\n"
        "From: [[PHONE|phone:+91 98201 44718]]\n"
        "'Good morning Doctor. This is [[PERSON|name:Ramesh Iyer]], father of [[PERSON|name:Ananya]] ([[AGE|other:11]] yrs). Her fever started again last night 102.4 F. We gave Crocin 250 at 11 pm. She is saying ear pain also. Can we come at 10 or 11? "
        "We are staying now at my in-laws place, [[ADDRESS|geo:B-704, Lodha Splendora, Ghodbunder Road, Thane West 400615]]. Sending her previous prescription photo and CBC report. "
        "Extra fees from last visit kindly refund to my UPI [[ID|account:ramesh.iyer77@oksbi]]. Thank you.'"
    ),
    # IN - email from son abroad, 90 y.o. father, passport, employee number
    (
        "Subject: Regarding my father's admission\n"
        "From: [[EMAIL|email:vijay.subramanian@emirates-ops.ae]]\n\n"
        "Dear Doctor,\n\n"
        "I am the son of Mr. [[PERSON|name:Krishnan Subramanian]], aged [[AGE|date:90]], admitted in your ward at [[LOCATION|geo:KMCH]] since Thursday. I am abroad and flying in on Wednesday.\n"
        "My sister is with him. Please share daily updates with her. I am attaching the consent letter and a copy of my passport ([[ID|ssn:Z4418273]]) as requested by billing.\n"
        "The insurance is under my company policy, employee number [[ID|other:EK-118827]].\n\n"
        "Regards,\n"
        "[[PERSON|name:Vijay]]"
    ),
    # SG - secure message, ISO timestamp, IPv6, mother 'is 90 this year'
    (
        "Secure message - [[DATE|date:2024-05-30]]T08:14:52+08:00\n"
        "From: [[PERSON|name:Ng Siew Ling]]\n"
        "Logged-in device IP: [[IP|ip:2406:3003:2077:1f40:8c2e:4418:aa01:7]]\n"
        "To: Diabetes team\n\n"
        "Hello, I want to change my appointment on [[DATE|date:6 June]] 3.40pm because I need to accompany my mother for cataract op that day. Can change to the week after? "
        "My mother is Mdm [[PERSON|name:Tay Ah Kee]], she is [[AGE|date:90]] this year.\n"
        "Also I have been checking sugar at home, fasting around 7-8. Is it ok? Thank you."
    ),
    # SA - WhatsApp from mother, rash photos of the child
    (
        "WhatsApp - 19:22\n"
        "From: [[PHONE|phone:+27 76 441 8207]]\n"
        "'Sawubona nurse. Its [[PERSON|name:Nomsa Khoza]] the mother of [[PERSON|name:Lwazi]]. He has the rash again on his cheeks and arms, very itchy he scratches till bleeding. "
        "I took pics [[ID|photo:IMG-20241003-WA0014.jpg]] and [[ID|photo:IMG-20241003-WA0015.jpg]]. The cream from the clinic (hydrocortisone 1%) finished. Can I come tomorrow? "
        "We moved to my mothers place, [[ADDRESS|geo:2118 Mthimkhulu Street, Orlando East, Soweto 1804]]. Ngiyabonga'"
    ),
    # CA - MyChart, Manitoba PHIN, audit IP
    (
        "MyChart message\n"
        "From: [[PERSON|name:Olivia Chartrand]]\n"
        "To: Women's health clinic\n"
        "Subject: Question about my IUD\n\n"
        "Hi Doctor,\n"
        "My Mirena was placed on [[DATE|date:March 3rd]] and I have been spotting on and off since. Is this normal? Also my new Manitoba health card came - PHIN [[ID|health_plan:227 104 883]] - could you update it so billing doesn't bounce again?\n"
        "I'm moving to [[LOCATION|geo:Brandon]] for work in January. Could you recommend someone out there?\n"
        "Thanks,\n"
        "[[PERSON|name:Liv]]\n"
        "--\n"
        "Audit: submitted from [[IP|ip:24.78.118.204]]"
    ),
    # PH - Taglish text, Mang title, hospital named after a person, bed decoy
    (
        "Text msg received 5:45am from [[PHONE|phone:09178824471]]:\n"
        "'Gud am doc, si [[PERSON|name:Weng]] po ito, anak ni Mang [[PERSON|name:Celso]] (bed 5 dati). Hindi po sya nakatulog, hirap huminga, 88 daw po yung O2 sat sa oximeter. "
        "Nasa bahay na po kami sa [[ADDRESS|geo:148 Sampaguita St., Brgy. Malanday, Marikina City]]. Dadalhin po ba namin sa ER ng [[LOCATION|geo:Amang Rodriguez]]? Yung PhilHealth nya po [[ID|health_plan:03-027718204-5]]. Salamat po.'\n"
        "Reply sent 5:52am: bring to ER now."
    ),
    # NG - email to fertility clinic, bank account, NIN
    (
        "From: [[EMAIL|email:chiamaka.eze84@gmail.com]]\n"
        "Subject: IVF cycle - scan results and payment\n\n"
        "Good morning Doctor,\n\n"
        "Please find attached my day 10 scan. I am [[PERSON|name:Chiamaka Eze]], patient no. [[ID|mrn:BC/IVF/2023/0447]]. My husband has done his semen analysis as requested.\n"
        "I made a transfer of N850,000 from my GTBank account [[ID|account:0118824417]] to your account on Friday. Kindly confirm.\n"
        "My NIN for the records is [[ID|ssn:44182730911]] and my home address changed to [[ADDRESS|geo:Flat 3, 12 Admiralty Way, Lekki Phase 1, Lagos]].\n\n"
        "Regards"
    ),
]

STYLES = [
    ("progress-note", PROGRESS_NOTES),
    ("discharge-summary", DISCHARGE_SUMMARIES),
    ("referral-letter", REFERRAL_LETTERS),
    ("nursing-shorthand", NURSING_SHORTHAND),
    ("pharmacy", PHARMACY),
    ("telehealth", TELEHEALTH),
    ("billing-claims", BILLING_CLAIMS),
    ("lab-and-imaging", LAB_AND_IMAGING),
    ("community-health-visit", COMMUNITY_VISITS),
    ("patient-message", PATIENT_MESSAGES),
]


def main() -> None:
    print(f"probe22: {write_styled(OUT, STYLES)} docs")


if __name__ == "__main__":
    main()
