"""Write the 67th hand-annotated redaction probe, 100 notes of US clinical and administrative text.

Why: a privacy officer's audit samples every kind of record a US health system produces, not
only clinical prose. Identifiers hide in CMS-1500/UB-04 field dumps, X12 837/835 segments with
surname and given name split by '*', glued DOBs, device syslogs with MAC addresses inside host
names, PDMP tables, lower-case nursing shorthand and Spanish-language letters, next to a crowd
of look-alikes (NPIs next to tax IDs and taxonomy codes, BIN/PCN next to RxGroup, lot numbers,
NDCs, CPT/HCPCS/ICD-10/DRG/revenue codes, lead models, firmware versions, IRB and protocol
numbers, room and bed numbers, money). Places that read as words or names (Mission, Grant,
Burns, Cary, Kyle, Pella) and names that read as words (Sixkiller, Two Bulls, Whitefeather,
Lightfoot, Iron Cloud) test both recall and precision. The probe measures how well an engine
finds identifiers in text it has never seen while leaving clinical look-alikes alone.

What: ten styles of ten notes each: progress notes (SOAP, H&P), discharge summaries, PCP
referral letters, nursing SBAR handovers, pharmacy dispensing/reconciliation/PDMP notes,
telehealth visits, billing and claims (CMS-1500, UB-04, X12 837P/835/271, EOB, statements,
appeals), device telemetry and remote-monitoring logs (CGM, insulin pump, pacemaker, ICD, home
hemodialysis, PD cycler, CPAP, RPM hubs, loop recorder), research screening/consent/enrolment
logs, and incident/patient-safety reports. Notes are set across many states, urban and rural,
tribal (Navajo Nation, Pine Ridge, Red Lake, Cherokee Nation, Alaska Native villages) and border
areas (El Paso, Laredo, Brownsville, Mission, Fort Kent), plus Puerto Rico and Hawaii. All people
are invented. Every identifier is marked inline as [[LABEL|category:value]]. Conventions:
titles (Dr, Mr) and credentials (MD, RN, PA-C, CPhT) stay outside name spans; "SURNAME, Given",
"SURNAME GIVEN" on forms and lower-case names are one span; a given name, nickname or surname
alone and initial+surname are each their own span; in X12 segments the surname and given-name
elements are separate spans; the newborn placeholder "Boy" stays outside; bare staff initials
and staff codes (RN-KM, BO-3, CS-118) are not marked. A street address from number (or PO Box,
RR, HC box, urbanizacion, colonia) to ZIP is one ADDRESS|geo span; when a form splits the
address into fields (CMS-1500 box 5, UB-04 FL1, X12 N3/N4) the street line is ADDRESS and the
city and ZIP are separate LOCATION spans; a ZIP or ZIP+4 alone is LOCATION; towns, villages,
neighbourhoods, counties and parishes, reservations, named hospitals, clinics, practices, labs,
DME suppliers, schools, employers' sites, bridges and streets named without a house number are
LOCATION|geo, and a pharmacy with its store number and town or street is one span; states,
countries, tribal nations named as a polity or citizenship, insurers and payers, federal
agencies and programs (CMS, IHS, Medicare, OCR), public helplines (988) and generic public web
sites are not marked. Dates more specific than a year are DATE|date in every format (glued
02021947, X12 D8, UB-04 MMDDYY, 08-Jan-2025, Spanish "15 de agosto de 2024", month and day
without year, an ISO timestamp as one span, a weekday with its date as one span); a clock time
next to a date stays outside; bare years, product expiry dates, gestations, post-op and
hospital days and durations are not marked. Ages of 90 and over are AGE|date whoever they
belong to; other ages of the note's patient are AGE|other (also glued, as in 79m or 66yo);
ages of relatives under 90 and decades ("both 70s") are not marked. A full SSN, a last-4 given
as an SSN and a masked SSN (the whole masked token) are ID|ssn. MRNs, HRNs and chart numbers
are ID|mrn; hospital FINs, guarantor and statement account numbers, X12 patient control
numbers (CLM01, CLP01), UB-04 FL3a, and last-4 of a bank account or card are ID|account.
Medicare MBIs, Medicaid IDs, member/subscriber IDs, group numbers and RxGroup are
ID|health_plan, while BIN, PCN, payer IDs and bank routing numbers are not marked. NPIs
(type 1 and 2), DEA numbers, state EMS certifications and driver licences are ID|license. Claim
numbers, payer claim control numbers, EFT trace numbers, a federal tax ID (EIN), prior-auth
case numbers and keys, Rx numbers, e-referral numbers, accession numbers, police and MedWatch
report numbers, parcel tracking numbers, study screening/participant/record/cohort IDs,
interpreter IDs, meeting IDs, session IDs and user names are ID|other; protocol, IRB and CTN
numbers, lot numbers, NDCs, CPT/HCPCS/ICD-10/DRG/revenue/taxonomy codes, type of bill, claim
batch numbers, form versions such as CMS-1500 (02/12), model numbers, firmware versions,
room/bed/unit numbers and money are not marked. Plates (any state format,
including Navajo Nation) and VINs are VEHICLE|vehicle; pump, sensor, transmitter, implant,
lead, cycler, CPAP, communicator and scale serials, IMEIs and MAC addresses (also inside a
host name) are DEVICE|device; fingerprint, iris, palm-vein, voiceprint and face-match template
references are ID|biometric; image and scan file names containing a person's name or an ID
are ID|photo; patient- or practice-specific URLs (portal activation, payment, referral
upload, meeting, tracking, device report, project upload links) are URL|url even when they
contain another identifier, which is then not marked separately; IPv4 and IPv6 addresses,
private or public, are IP|ip.

How: cd /work/main && .venv/bin/python scripts/make_probe67_corpus.py (writes corpus/redaction/probe67.jsonl).
"""

from pathlib import Path

from make_safe_harbor_suite import write_styled

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "corpus" / "redaction" / "probe67.jsonl"

STYLE_A = [
    """PROGRESS NOTE (SOAP) - Family Medicine
Pt: [[PERSON|name:HALVORSEN, Birgit A.]] | MRN [[ID|mrn:MT00481273]] | DOB [[DATE|date:04/11/1958]] | DOS [[DATE|date:09/17/2024]]
Site: [[LOCATION|geo:Big Sandy Medical Center]] | Provider: [[PERSON|name:Ruth Ostrowski]], PA-C, NPI [[ID|license:1925718045]]

S: [[AGE|other:66]]yo F f/u T2DM/HTN. Fasting sugars 140s-160s. Out of lisinopril 10 mg x5 days b/c the pharmacy in [[LOCATION|geo:Havre]] was shut over the long weekend. 90 mi round trip to clinic. Denies CP/SOB, no polyuria.
O: BP 152/88 HR 76 Wt 84.2 kg BMI 31.4. A1c 8.1% (prev 7.6%). Monofilament 10/10 bilat. Room 3.
A: 1) T2DM w/ hyperglycemia E11.65  2) HTN I10, off med
P: restart lisinopril 10 mg qd; add empagliflozin 10 mg. 90-day supply. BMP/A1c in 3 mo. Prefers landline [[PHONE|phone:406-378-2291]], no cell signal at the ranch.""",
    """HISTORY AND PHYSICAL - Internal Medicine Admission
[[LOCATION|geo:Rush University Medical Center]] | 9 North, Rm 912B
Name: [[PERSON|name:Oyelaran, Adebayo]]   MRN [[ID|mrn:40918832]]   FIN [[ID|account:22871650044]]   Adm [[DATE|date:2024-02-03]]

CC: "my legs are swelling and I can't lie flat"
HPI: [[AGE|other:71]] y/o M w/ HFrEF (EF 25%), CKD 3b, DM2, 2 wk progressive DOE, 3-pillow orthopnea, +8 lb. Daughter [[PERSON|name:Funmilayo]] says he stopped furosemide after seeing Dr [[PERSON|name:Brennan-Walsh]] because of urinary frequency at work.
Meds: carvedilol 12.5 BID, sacubitril/valsartan 24/26 BID, furosemide 40 qd (not taking), allopurinol 100.
Exam: T 36.8 HR 98 BP 104/68 RR 22 SpO2 91% RA. JVP to angle of jaw, bibasilar crackles, 2+ pitting edema to knees.
Labs: Na 131 K 5.2 Cr 2.3 (baseline 1.9) BNP 2840 hs-trop 38 -> 40.
A/P: ADHF, NYHA IV. IV furosemide 80 BID, strict I/O, daily wt, hold ARNI for Cr. Cards consult. Full code.
Attending: [[PERSON|name:Mei-Ling Chou]], MD""",
    """ED TRAUMA H&P  [[LOCATION|geo:Memorial Hospital of Carbon County]]
Arrival [[DATE|date:10/22/2024]] 0212 by ground, Level III activation. MRN [[ID|mrn:0337219]].
Initially registered as unknown male; identified 0340 from CO driver license [[ID|license:19-442-7781]] as [[PERSON|name:Sione Kaufusi]], [[AGE|other:34]]M.
Mechanism: restrained driver, single-vehicle rollover on the interstate west of [[LOCATION|geo:Rawlins]], black ice. Vehicle per WHP: 2021 Toyota RAV4, VIN [[VEHICLE|vehicle:JTMW1RFV7MD690682]], CO plate [[VEHICLE|vehicle:BVR-J42]], airbags deployed, ~40 min extrication.
Primary: A patent, B eq bilat, C HR 118 BP 96/60, D GCS 14 (E4V4M6), E abrasions L flank.
FAST +LUQ. Hgb 10.9, lactate 3.8, EtOH neg. CT: grade III splenic lac, L rib 8-10 fx, no ICH.
Plan: 2u PRBC, TXA 1 g, transfer to Level I ([[LOCATION|geo:Denver]]) by fixed wing; accepting Dr [[PERSON|name:Aurelio Zambrano]]. Wife notified.""",
    """WELL CHILD VISIT - 4 YEAR
Patient: [[PERSON|name:Yeimy Altagracia Pena Rosario]]  DOB [[DATE|date:06/02/2020]]  MRN [[ID|mrn:MM-2290147]]
Accompanied by mother [[PERSON|name:Altagracia Rosario]] (Spanish interpreter ID [[ID|other:40127]] via phone line).
Address verified: [[ADDRESS|geo:1400 Grand Concourse Apt 6F, Bronx, NY 10456]]. NY Medicaid CIN [[ID|health_plan:KL48213M]].
Growth: Ht 102.3 cm (48th %ile), Wt 16.9 kg (55th), BMI 16.1. BP 94/56. Vision 20/30 OU, hearing pass.
Dev: ASQ-3 all domains above cutoff. Speaks in sentences, hops on one foot.
Immunizations today: DTaP (Daptacel lot U7218AA), IPV (lot Y3K44), MMRV (ProQuad lot W002471). VIS given in Spanish.
Lead: capillary 2 ug/dL. Building built 1927 -> repeat venous at 5y visit.
Anticipatory guidance: booster seat, window guards, dental home.
Seen by [[PERSON|name:Dmitri Vasquez-Oduya]], MD, [[LOCATION|geo:Morris Heights Health Center]].""",
    """H&P - Medical Admission, [[LOCATION|geo:Chinle Comprehensive Health Care Facility]]
Pt [[PERSON|name:BEGAY, Lorraine]]  HRN [[ID|mrn:104-22-87]]  [[AGE|other:58]] y/o F  Adm [[DATE|date:01/09/2025]]
HPI: 5 days fever, productive cough, pleuritic R chest pain. Hauls water and wood; home has no running water. Lives [[ADDRESS|geo:HC 58 Box 310, Chinle, AZ 86503]], 14 mi dirt road past [[LOCATION|geo:Many Farms]]; road impassable after snow, grandson [[PERSON|name:Tyrell]] drove her in. Speaks Dine and English.
PMH: DM2 (A1c 9.4), HTN, cholecystectomy. NKDA.
Exam: T 39.1, HR 112, RR 26, SpO2 86% RA -> 93% 4L. R base dullness, egophony.
CXR: RLL consolidation + small effusion. WBC 17.8, procalcitonin 4.2. CURB-65 = 2.
Plan: ceftriaxone 1 g + azithromycin 500 mg, blood cx x2, sputum cx, Legionella/pneumococcal urine Ag. Plague/hanta considered (rodents in woodpile) - hanta serology sent to state lab.
[[PERSON|name:K. Yazzie-Tsosie]], DO""",
    """WOUND CARE PROGRESS NOTE
Resident: [[PERSON|name:Lucien Thibodeaux]]  Age [[AGE|date:93]]  Facility: [[LOCATION|geo:Bayou Oaks Nursing & Rehab]], [[LOCATION|geo:Lafourche Parish]]
Date of service [[DATE|date:6/12/24]]. Med Rec # [[ID|mrn:BO-55817]].
Stage 3 pressure injury sacrum: 3.2 x 2.1 x 0.4 cm, 15% slough, moderate serous exudate, periwound macerated. No tunneling. Braden 12.
Photo taken and uploaded to chart: [[ID|photo:Thibodeaux_Lucien_sacral_0612.jpg]].
Tx: cleanse NS, Medihoney alginate, bordered foam, change q48h and PRN. Group 2 support surface ordered (low air loss, HCPCS E0277). Turn q2h, heels floated. Protein supplement 30 g BID; albumin 2.9.
Spoke w/ niece [[PERSON|name:Claudette Arceneaux]] by phone re plan; she is POA.
WOCN: [[PERSON|name:Renee Guidry]], RN, CWOCN""",
    """OUTPATIENT PSYCHIATRY - MED MANAGEMENT
[[PERSON|name:Okonkwo-Reyes, Daniel]] | DOB [[DATE|date:12/30/1986]] | identity verified w/ SSN last 4 [[ID|ssn:4419]] | Visit [[DATE|date:03/05/2025]]
S: MDD recurrent + GAD. PHQ-9 today 11 (was 19), GAD-7 9. Sleep improved 6-7 h. Working nights at the [[LOCATION|geo:Boeing Everett Factory]], wants to avoid sedation on shift. No SI/HI; safety plan reviewed, firearm stored at brother's.
MSE: calm, linear, mood "better", affect mildly constricted, insight fair.
Meds: sertraline 150 mg qd (increase from 100 on last visit), hydroxyzine 25 mg PRN - rarely uses. Trazodone stopped.
Plan: continue sertraline 150. Therapy w/ [[PERSON|name:Siobhan Maguire]], LMHCA, q2wk. Labs n/a. RTC 8 wk.
[[PERSON|name:Anjali Raghavan]], MD | NPI [[ID|license:1311331809]]""",
    """OB H&P - Labor & Delivery Triage, [[LOCATION|geo:University Medical Center of El Paso]]
[[PERSON|name:Guadalupe Ibarra Soto]]  [[AGE|other:27]]yo G3P2002 @ 38w4d by 9-wk US. EDD [[DATE|date:08/14/2024]].
MRN [[ID|mrn:E7728104]]  Address: [[ADDRESS|geo:10432 Alameda Ave Lot 17, Socorro, TX 79927-4410]]
HPI: regular ctx q4-5 min since 0300, SROM 0615 clear fluid. +FM. PNC at the FQHC from 11 wk; prior care in [[LOCATION|geo:Ciudad Juarez]] for first two deliveries (SVD x2, 3.4 and 3.6 kg).
Labs: O pos, Ab screen neg, GBS neg, HIV/RPR/HBsAg neg, Hgb 11.2.
SVE 5/80/-1. FHT 135, moderate variability, +accels, Cat I.
Plan: admit, expectant mgmt, epidural on request. Partner [[PERSON|name:Efrain]] at bedside, speaks Spanish only.
[[PERSON|name:Natalia Jauregui]], CNM""",
    """GERIATRICS HOME VISIT - SOAP
Pt [[PERSON|name:Everett Pelletier]], [[AGE|date:91]] y/o M. Seen at home: [[ADDRESS|geo:RR 1 Box 442, Fort Kent, ME 04743]]. Visit [[DATE|date:11/19/2024]].
Medicare MBI [[ID|health_plan:6R62KQ4AH65]].
S: daughter [[PERSON|name:Josette]] (lives next door) reports 2 falls in past month, both at night going to the bathroom. Eating 2 meals/day. Wood stove is only heat.
O: BP sitting 138/72, standing 112/64 with lightheadedness. HR 64 irreg irreg. TUG 19 s. MoCA 21/30. Feet: onychomycosis, no ulcers.
A: orthostatic hypotension on tamsulosin + amlodipine; recurrent falls; AF on apixaban (bleed risk vs benefit discussed); mild NCD.
P: stop amlodipine; move tamsulosin to bedtime. Bedside commode, night lights. PT eval via home health. Daughter will email BP log to [[EMAIL|email:josette.pelletier.fk@gmail.com]] -> forward to clinic portal.""",
    """CARDIOLOGY CLINIC PROGRESS NOTE  |  [[LOCATION|geo:Emory Heart & Vascular Center]]
Name [[PERSON|name:PARK, Ji-hoon]]   MRN [[ID|mrn:E00193347]]   DOS [[DATE|date:2024-07-25]]
Referring PCP: Dr [[PERSON|name:Tamika Hollowell]], fax [[PHONE|fax:(770) 981-4426]]
[[AGE|other:62]] M, HCM (septal 21 mm), LVOT gradient 64 mmHg provoked. NYHA II-III. Syncope x0. Family hx: father SCD age 48.
Holter: NSVT 5 beats x1. CMR LGE 9% LV mass. HCM Risk-SCD 5.1%.
Started mavacamten 5 mg; echo q4wk x3 per REMS. Metoprolol succinate 100 continued. Discussed ICD - pt wants to think it over w/ wife.
Counselled: avoid dehydration, no heavy isometric lifting. Genetic testing for children offered.
E-signed [[PERSON|name:Rashida Bello]], MD FACC""",
]

STYLE_B = [
    """DISCHARGE SUMMARY
Patient: [[PERSON|name:Abdirahman Hassan Warsame]]     MRN: [[ID|mrn:8-204-991-3]]
Admitted: [[DATE|date:03/02/2025]]   Discharged: [[DATE|date:03/11/2025]]   LOS 9 d
Discharge disposition: SNF - [[LOCATION|geo:Sauer Health Care]], [[LOCATION|geo:Winona]]; report faxed to [[PHONE|fax:507-454-0791]]
Principal dx: L MCA ischemic stroke (I63.512). Secondary: AF new onset, DM2, HTN.
Course: tPA not given (LKW > 4.5 h). Thrombectomy not indicated (M3 occlusion). NIHSS 9 -> 4. Started apixaban 5 mg BID on day 4 after repeat CT without hemorrhagic conversion. Speech: expressive aphasia improving; Somali interpreter used for all teaching. Dysphagia screen passed, mechanical soft.
D/C meds: apixaban 5 BID, atorvastatin 80, metformin 1000 BID, lisinopril 20.
F/u: Neurology stroke clinic [[DATE|date:04/08/2025]] 1030; PCP Dr [[PERSON|name:Halima Noor]] within 7 days.""",
    """NICU DISCHARGE SUMMARY - [[LOCATION|geo:Intermountain Primary Children's Hospital]]
Infant: Boy [[PERSON|name:Tuilagi]]  ("[[PERSON|name:Malakai]]")  MRN [[ID|mrn:PC3318420]]  DOB [[DATE|date:09/30/2024]]
Parents: [[PERSON|name:Losaline Tuilagi]] & [[PERSON|name:Viliami Tuilagi]], [[ADDRESS|geo:3875 S 2700 W, West Valley City, UT 84119]]
GA at birth 29w3d, BW 1,210 g. Corrected GA at d/c 37w1d, wt 2,385 g.
Course: RDS - surfactant x2, CPAP to RA by DOL 21. PDA closed spontaneously. No IVH on HUS x3. ROP stage 1 zone II OU - f/u ophtho 2 wk. Apnea of prematurity on caffeine, discontinued DOL 48, event-free 8 days.
Feeds: EBM fortified to 24 kcal/oz, ad lib ~160 mL/kg/d.
Car seat challenge: passed 90 min. Hep B given, 2-mo vaccines given on day 62. Synagis first dose given.
Pediatrician: [[PERSON|name:Jorge Altamirano]], MD, [[LOCATION|geo:Granger Pediatrics]].""",
    """BEHAVIORAL HEALTH DISCHARGE SUMMARY
Pt: [[PERSON|name:Two Bulls, Marcus]]  [[AGE|other:19]]M  Adm [[DATE|date:5/14/24]] -> D/C [[DATE|date:5/23/24]]
Reason for admission: suicide attempt (intentional OD acetaminophen ~12 g), medically cleared after NAC.
Course: started fluoxetine 10 -> 20 mg. Engaged in group; attended talking circle with cultural liaison [[PERSON|name:Bernadine Iron Cloud]]. Columbia at d/c: no current ideation, protective factors: grandmother, younger siblings, basketball.
Discharged to grandmother's home in [[LOCATION|geo:Kyle]] on [[LOCATION|geo:Pine Ridge Reservation]]. Firearms: uncle removed rifle from the home, confirmed by phone.
F/u: BH at IHS clinic in [[LOCATION|geo:Kyle]] in 3 days; 988 and the Native crisis text line given. LFTs normalized (ALT 48).
Safety plan copy given to pt and grandmother.""",
    """ORTHOPAEDIC DISCHARGE SUMMARY
[[PERSON|name:Ruiz de Velasco, Carmela]] | age [[AGE|date:94]] | MRN [[ID|mrn:0091872265]] | [[LOCATION|geo:Banner - University Medical Center Phoenix]]
Adm [[DATE|date:Jan 4 2025]] / DC [[DATE|date:Jan 9 2025]]
Dx: L intertrochanteric femur fx after mechanical fall at home.
Procedure: L cephalomedullary nail (TFNA 11 x 170 mm) on hospital day 1. EBL 150 mL.
Post-op delirium POD2 resolved with nonpharm measures. Hgb nadir 8.1, 1 u PRBC. WBAT LLE.
DVT ppx: enoxaparin 40 mg SC daily x 28 days. Vit D 2000 IU.
Disposition: home with son, home health PT/OT/RN via [[LOCATION|geo:Sonoran Home Health]]. Son [[PERSON|name:Ignacio]] cell [[PHONE|phone:602-555-0149]].
F/u ortho clinic 2 wk staple removal.""",
    """DISCHARGE SUMMARY - Neurology
Patient [[PERSON|name:Tran, Quoc Bao]]   DOB [[DATE|date:1991-08-17]]   Acct [[ID|account:HA0042871196]]
[[LOCATION|geo:Tampa General Hospital]]   Admit [[DATE|date:2024-11-02]]   Discharge [[DATE|date:2024-11-05]]
Dx: new-onset generalized tonic-clonic seizure; MRI brain neg; EEG L temporal sharp waves.
Started levetiracetam 500 mg BID.
DRIVING: Florida law - pt counselled not to drive until seizure-free and cleared by physician. Pt drove himself to ED; car (FL tag [[VEHICLE|vehicle:QMR V72]]) left in visitor garage level 3 - brother [[PERSON|name:Quoc Huy]] to collect. Pt states his FL license [[ID|license:T650-472-85-118-0]] is needed for his delivery job; social work consulted re: transport options.
Sleep hygiene, avoid EtOH.
F/u epilepsy clinic 6 wk.""",
    """AFTER-VISIT / DISCHARGE SUMMARY
[[PERSON|name:Shapiro, Naomi R.]]  MRN [[ID|mrn:110482937]]  Discharged [[DATE|date:02/27/2025]] from [[LOCATION|geo:Kaiser Permanente Oakland Medical Center]]
Diagnosis: acute uncomplicated appendicitis s/p laparoscopic appendectomy.
Pathology pending - results will post to your portal. Activate your account with your personal link: [[URL|url:https://mydoctor.kp.org/activate?token=7QF2-KD98-WLM4]]
Wound care: may shower in 24 h, no tub x 2 wk. Steri-strips fall off on their own.
Pain: acetaminophen 1 g q8h, ibuprofen 600 q6h w/ food. No opioids prescribed.
Return to ED for fever > 38.3, worsening pain, vomiting.
Work note: off through [[DATE|date:03/06/2025]]. Employer HR fax [[PHONE|fax:510-433-2187]] per pt request.""",
    """DISCHARGE SUMMARY - [[LOCATION|geo:Alaska Native Medical Center]]
Name: [[PERSON|name:Alexie, Agnes M.]]   Age [[AGE|other:67]]   Chart [[ID|mrn:ANMC-301774]]
Home village: [[LOCATION|geo:Kotlik]]; return travel [[LOCATION|geo:Anchorage]] -> [[LOCATION|geo:Bethel]] -> village by air taxi arranged by patient travel, depart [[DATE|date:10/18/2024]].
Hospital course: COPD exacerbation with hypercapnic resp failure, BiPAP x 36 h. Steroid taper, azithromycin x5 d. Home O2 2 L via concentrator - DME shipping to village clinic; note village has intermittent power, back-up cylinders sent.
Yup'ik interpreter used. Daughter [[PERSON|name:Martha Alexie-Nick]] will be primary caregiver.
F/u with community health aide at village clinic 1 wk, telehealth with pulmonary 4 wk.
Discharging: [[PERSON|name:Priyanka Sethuraman]], MD""",
    """DISCHARGE SUMMARY - Medicine
PT: [[PERSON|name:JEAN-BAPTISTE, Mirlande]]   MRN [[ID|mrn:JMH-7702184]]   FL Medicaid [[ID|health_plan:9284471503]]
Adm [[DATE|date:08/03/24]]  D/C [[DATE|date:08/07/24]]   [[LOCATION|geo:Jackson Memorial Hospital]]
Dx: CAP (LLL) with sepsis, resolved. Sickle cell trait.
Abx: ceftriaxone + azithro -> amox-clav to complete 7 days total.
Home: [[ADDRESS|geo:6120 NE 2nd Ave Apt 14, Miami, FL 33137]] - lives with 2 children, 3rd floor no elevator; ambulating 150 ft without O2.
Haitian Creole interpreter for d/c teaching. Teach-back done.
Follow-up: [[LOCATION|geo:Center for Haitian Studies]] clinic in 1 wk. CXR in 6 wk.""",
    """CARDIAC SURGERY DISCHARGE SUMMARY
[[PERSON|name:Kowalczyk, Tadeusz]] | MRN [[ID|mrn:CCF-22019845]] | [[AGE|other:74]]M | [[LOCATION|geo:Cleveland Clinic]]
Admission [[DATE|date:April 14, 2025]]; discharge [[DATE|date:April 21, 2025]].
Procedures: CABG x3 (LIMA-LAD, SVG-OM1, SVG-PDA) hospital day 2. Post-op CHB -> dual-chamber PPM POD 4.
Device: Medtronic Azure XT DR MRI, model W3DR01, serial [[DEVICE|device:RNJ604817S]]; RA lead 5076-52 SN [[DEVICE|device:PJN8842103]], RV lead 5076-58 SN [[DEVICE|device:PJN8842271]]. Device ID card given.
Course otherwise: post-op AF -> amiodarone, converted. Chest tubes out POD3.
D/C meds: ASA 81, atorvastatin 80, metoprolol tart 25 BID, amiodarone 200 qd x 30 d.
Device clinic 2 wk (remote monitor paired before d/c). No lifting > 10 lb x 6 wk; no driving x 4 wk.""",
    """POSTPARTUM DISCHARGE SUMMARY - [[LOCATION|geo:Kapiolani Medical Center for Women & Children]]
Mother: [[PERSON|name:Leilani Kealoha-Matsuda]]  MRN [[ID|mrn:KM0651290]]  Delivered [[DATE|date:12/26/2024]] NSVD, EBL 350.
Infant: [[PERSON|name:Kainoa]], male, 3,410 g, Apgars 8/9. Breastfeeding well, TcB low risk.
Mom: G1P1, 2nd degree laceration repaired. Hgb 10.4 - iron BID. BP normal. Rh pos, rubella immune. Edinburgh 6.
Contraception: plans LNG-IUD at 6 wk.
Home: [[ADDRESS|geo:94-1021 Waipahu St #B, Waipahu, HI 96797]]. Partner [[PERSON|name:Kenji Matsuda]].
F/u: OB 6 wk; newborn with pediatrician in 48 h.""",
]

STYLE_C = [
    """[[LOCATION|geo:Hazard Family Medicine Associates]]
[[ADDRESS|geo:512 Main St Ste 2, Hazard, KY 41701]]  Ph [[PHONE|phone:606-436-5520]]  Fax [[PHONE|fax:606-436-5531]]

[[DATE|date:October 3, 2024]]

Dear Dr. [[PERSON|name:Venkataraman]],
RE: [[PERSON|name:Cheyenne Dawn Slone]], DOB [[DATE|date:02/14/1979]], KY Medicaid [[ID|health_plan:5081327746]]

Thank you for seeing this woman with 8 months of progressive headaches, now daily, worse lying down, with pulsatile tinnitus and transient visual obscurations. BMI 41. Fundi: bilateral disc edema (my exam, no OCT available here). MRI brain w/wo at our hospital was read as empty sella, no mass. I have started acetazolamide 250 mg BID. She has no transportation of her own; the Medicaid ride line needs 72 h notice, so please call her with the date rather than mailing it.
Question: IIH? LP with opening pressure and neuro-ophthalmology eval.

Sincerely,
[[PERSON|name:Wendell Caudill]], MD  NPI [[ID|license:1226218984]]""",
    """REFERRAL - Gastroenterology
To: [[LOCATION|geo:UPMC Presbyterian]] Digestive Disorders Center   Fax: [[PHONE|fax:412-647-8060]]
From: [[PERSON|name:Giulia Marchetti]], DO, [[LOCATION|geo:Bloomfield-Garfield Family Health]]
Date: [[DATE|date:1/22/2025]]
Patient: [[PERSON|name:Hollis Ames Whitaker]]  DOB [[DATE|date:7/4/1963]]
Reason: IDA (Hgb 9.8, ferritin 6) + positive FIT. Never had colonoscopy. No melena. Wt down 4 kg. On aspirin 81 only.
Urgency: within 2 weeks please.
Insurance: Highmark member ID [[ID|health_plan:XJH812204417]], group [[ID|health_plan:10452881]].
Scheduling questions -> referral coordinator at [[EMAIL|email:referrals@bgfhealth.org]].""",
    """Carta de referencia / Referral letter
[[LOCATION|geo:Clinica Familiar del Norte]], [[LOCATION|geo:Laredo]], TX   Tel [[PHONE|phone:(956) 712-4408]]
To: Pediatric Endocrinology, [[LOCATION|geo:University Health]] - [[LOCATION|geo:San Antonio]]
[[DATE|date:15 de agosto de 2024]]
Paciente: [[PERSON|name:Mateo Esparza Villarreal]], DOB [[DATE|date:03/28/2013]]
Domicilio: [[ADDRESS|geo:Colonia Larga Vista, 216 Calle Pinos, Laredo, TX 78046]]
Hx: BMI 34.8 (>99th %ile), acanthosis nigricans, A1c 6.9% and 7.1% on repeat, fasting glucose 141. Mother with DM2 dx at 30. Tanner 2. No DKA. C-peptide 3.8, GAD65 neg.
Started metformin 500 mg qd. Family speaks Spanish; father crosses to [[LOCATION|geo:Nuevo Laredo]] for work daily.
Please evaluate for youth-onset T2DM and consider GLP-1 RA.
[[PERSON|name:Socorro Leal]], MD - NPI [[ID|license:1252091149]]""",
    """[[LOCATION|geo:Desert Ridge Dermatology]]  |  Fax [[PHONE|fax:480-513-2977]]
[[DATE|date:May 6, 2025]]
To: Dr. [[PERSON|name:Sigrun Lindqvist-Ha]], Mohs Surgery, [[LOCATION|geo:Mayo Clinic Arizona]]
Re: [[PERSON|name:Desmond O'Rourke]]  DOB [[DATE|date:11/09/1950]]
Biopsy-proven nodular and focally infiltrative BCC, L nasal ala, 9 x 7 mm (path acc [[ID|other:S25-04417]], reviewed). Recurrent after ED&C in 2019. Candidate for Mohs given location.
Pre-op photos attached: [[ID|photo:ORourke_D_nose_L_ala_20250430.jpg]] and [[ID|photo:ORourke_D_nose_L_ala_20250430_b.jpg]].
Anticoag: warfarin for mechanical AVR - please coordinate INR with his anticoag clinic.
Thank you,
[[PERSON|name:Felicity Nwachukwu]], PA-C""",
    """[[DATE|date:12/02/2024]]
Referral to Rheumatology - [[LOCATION|geo:Hennepin Healthcare]]
Pt: [[PERSON|name:Xiong, Pa Nhia]] | DOB [[DATE|date:06/19/1988]] | MRN [[ID|mrn:HCMC4410983]]
Interpreter needed: Hmong (White Hmong). Husband [[PERSON|name:Tou Lee]] usually comes.
Concern: symmetric small-joint polyarthritis MCPs/PIPs > 6 wk, AM stiffness 2 h. RF 88, anti-CCP > 250, ESR 46, CRP 2.1. Hand XR: periarticular osteopenia, no erosions. Hep B/C neg. QuantiFERON neg.
Started prednisone 10 mg daily as bridge. Wants pregnancy in 1-2 yrs - please consider when choosing DMARD.
Ref by [[PERSON|name:Abigail Sorensen]], MD, [[LOCATION|geo:Phillips Neighborhood Clinic]]""",
    """ELECTRONIC REFERRAL  eRef # [[ID|other:ER-2025-0311-88421]]
Receiving: Cardiology, [[LOCATION|geo:MedStar Washington Hospital Center]]
Upload docs at: [[URL|url:https://refer.medstarhealth.org/inbound/ER-2025-0311-88421]]
Patient: [[PERSON|name:Akosua Mensah-Bonsu]]; DOB [[DATE|date:1955-10-02]]; Medicare MBI [[ID|health_plan:4G12H97JW70]]
Reason: exertional chest pressure x 3 wk, relieved by rest; ECG: LVH w/ strain, no acute changes. Risk: HTN, HLD, ex-smoker. ETT not done (knee OA). Request: pharmacologic stress or CCTA, and eval.
Meds: amlodipine 10, chlorthalidone 25, rosuvastatin 20.
Referring: [[PERSON|name:Olumide Fashola]], MD, NPI [[ID|license:1097282671]]""",
    """To: Sleep Disorders Center, [[LOCATION|geo:Presbyterian Hospital]], [[LOCATION|geo:Albuquerque]]
From: [[LOCATION|geo:El Centro Family Health]], [[LOCATION|geo:Espanola]]  (fax [[PHONE|fax:505-753-0914]])
[[DATE|date:Feb 11, 2025]]

Dear colleague,
I am referring [[PERSON|name:Reynaldo Archuleta]] (DOB [[DATE|date:08/21/1969]]) for suspected OSA. Witnessed apneas per wife, ESS 16, STOP-BANG 7, neck 45 cm, BMI 38. He drives a school bus route for the district and is worried about his CDL medical card. HST ordered but he works in a mountain area with no power some nights, so in-lab PSG is preferred.
Comorbid: resistant HTN on 4 agents, AF paroxysmal.
Thanks, [[PERSON|name:Ana Lucero-Gallegos]], FNP""",
    """WORKERS' COMPENSATION REFERRAL - Orthopaedics
To: [[LOCATION|geo:St. Luke's Boise Medical Center]] Ortho  |  [[DATE|date:09/09/2024]]
Injured worker: [[PERSON|name:Bogdan Melnyk]]  DOB [[DATE|date:04/02/1984]]
Employer: [[LOCATION|geo:Micron Boise campus]] - fab maintenance tech
Claim # [[ID|other:WC24-118735]]  Adjuster: [[PERSON|name:Cheryl Dunnigan]], Idaho State Insurance Fund, [[PHONE|phone:208-332-2141]]
DOI [[DATE|date:08/27/2024]]: lifting 60-lb part, felt pop R shoulder. + drop arm, weak ER 3/5, positive lag sign. MRI: full-thickness supraspinatus tear 1.8 cm retracted.
Request: surgical eval. Modified duty, no overhead work, 10-lb limit.
[[PERSON|name:Jun Takahashi]], MD - occ med""",
    """[[LOCATION|geo:Delta Health Center]] - [[LOCATION|geo:Mound Bayou]], MS
[[DATE|date:3/17/2025]]
Dear Dr. [[PERSON|name:Okafor]]:
Please see [[PERSON|name:Leotha Bracey]], a [[AGE|other:52]]-year-old man with CKD 4 (eGFR 22, down from 31 last year), UACR 1,850 mg/g, DM2 x 20 yrs, HTN. K 5.4 on lisinopril 40. No prior nephrology care. He is interested in transplant and would like to hear about home dialysis options; lives 45 minutes from [[LOCATION|geo:University of Mississippi Medical Center]].
Recent: Hgb 9.6, PTH 188, bicarb 18.
I can be reached at [[PHONE|phone:662-741-2151]].
Respectfully,
[[PERSON|name:Marguerite Thigpen]], MD""",
    """[[LOCATION|geo:Community Health Centers of Burlington]] | [[DATE|date:June 24, 2024]]
To: Adult Psychiatry intake, [[LOCATION|geo:Dartmouth Hitchcock Medical Center]], [[LOCATION|geo:Lebanon]] NH
RE: [[PERSON|name:Ingrid Sandoval-Beaulieu]] ([[PERSON|name:Izzy]]), DOB [[DATE|date:10/01/1996]], BCBS VT member [[ID|health_plan:VTB449208113]]
Bipolar II suspected - hypomanic episodes (4-5 days, decreased sleep, spending ~$6,000), current depressive episode PHQ-9 20. Sertraline trial led to irritability. No SI. Needs diagnostic clarification + mood stabilizer selection; we have no psychiatrist on site.
Pt consents to release; ROI on file. Best contact: [[EMAIL|email:izzy.sb96@proton.me]].
[[PERSON|name:Hamid Karimi]], PMHNP""",
]

STYLE_D = [
    """SBAR - MICU 0700 handoff, bed 14
S: [[PERSON|name:Nguyen Thi Hoa]], [[AGE|other:68]]F, DKA/HHS mixed, day 2. insulin gtt 4 u/h, AG closed at 0300 (AG 11).
B: DM2 on metformin, stopped 3 days ago, URI. Speaks Vietnamese - iPad interpreter works, husband [[PERSON|name:Minh]] translates but pls use interpreter for consent.
A: A&Ox4, K 3.6 (repleted 40 mEq at 0400), gluc 168-210, UOP 60-90/h, MAP > 70. Foley in.
R: transition to SQ glargine 18 u + lispro SSI once eating, overlap gtt 2 h. BMP 0800. Husband ph [[PHONE|phone:303-555-0168]] wants call when moving to floor.
-- [[PERSON|name:J. Whitcomb]] RN to [[PERSON|name:Esperanza]] RN""",
    """sbar 5w rm 512
s- mr [[PERSON|name:bjornstad]] [[AGE|other:79]]m, POD1 R TKA, c/o nausea, zofran x1 @0200 w/ relief
b- hx osa (cpap from home, brought his own machine), htn, cabg 2014. lives [[LOCATION|geo:papillion]] w/ wife [[PERSON|name:gunhild]]
a- vss, sats 93% on cpap overnight, pain 4/10 on oxy 5 q4 prn (last 0515), cpm 0-60 tolerated, dsg c/d/i, +CSM
r- pt/ot 0900, d/c planning for home tomorrow, wife picks up. hgb 0600 pending
RN-KM""",
    """SBAR - ED psych hold, hall bed 7, [[LOCATION|geo:Legacy Emanuel Medical Center]]
S: [[PERSON|name:Teodoro Alcantara]], [[AGE|other:41]] y/o, POH since [[DATE|date:7/29]] 2215, awaiting inpatient bed (none in-state available x 2 days).
B: schizoaffective, off meds ~1 mo, brought by [[LOCATION|geo:Portland]] police after wandering on the [[LOCATION|geo:Morrison Bridge]].
A: calm at present, took olanzapine 10 mg PO 2100. Sitter at bedside. Ate dinner.
R: Security reports pt's car parked in ambulance bay since arrival - OR plate [[VEHICLE|vehicle:418 LMX]], silver Civic. Tow scheduled 0900 unless family moves it; sister [[PERSON|name:Marisol]] said she'd come, no answer since.
Belongings: 1 bag, valuables envelope in safe.""",
    """L&D SBAR @ 1900
S: Triage 3 -> LDR 6, [[PERSON|name:Ayodele Okonjo]] G2P1 39w1d, PROM 1300, latent labor, GBS pos.
B: prior C/S? no - prior SVD. A+ / Rubella imm / HIV neg. BMI 33.
A: PCN G 5 MU given 1400, next 2.5 MU due 1800 -> given 1805. ctx q5-6 irregular, SVE 3/60/-2 at 1700. FHR 140s mod var Cat I.
R: pit started at 1 mu/min per Dr [[PERSON|name:Halloran]] at 1830 - titrate per protocol. Doula [[PERSON|name:Simone]] at bedside. Pt wants unmedicated birth, has hydrotherapy request.""",
    """PEDS SBAR  rm 3112  [[DATE|date:Sun 10/13/2024]]
S: [[PERSON|name:Aria Delacroix-Whitfield]], [[AGE|other:9]] y/o T1D, admitted for DKA (pH 7.14), now on home pump since 1400.
B: dx age 5. Tandem t:slim X2 pump SN [[DEVICE|device:1290736]], Dexcom G6 transmitter [[DEVICE|device:8HN2XQ]]. Mom [[PERSON|name:Brianna]] manages pump settings.
A: BG 118-190 since pump restart, ketones 0.3, eating well. IV saline-lock.
R: endo NP to review basal rates in AM. Mom needs site-change teaching review before d/c. No pump/CGM in MRI if ordered.""",
    """hospice home visit SBAR - [[LOCATION|geo:Tahlequah]]
S: [[PERSON|name:Wilma Sixkiller]] [[AGE|date:90]]F metastatic breast CA, actively declining. PPS 20%. Not eating 3 days, taking sips.
B: DNR/POLST at home on fridge. Cherokee Nation citizen, family requests traditional medicine person visit - chaplain notified.
A: RR 8-22 w/ apnea pauses, mottling knees, resp secretions - glycopyrrolate given. Morphine 5 mg SL q2h prn x 3 doses today. Family of ~12 present.
R: continuous care started 1600. Next RN [[PERSON|name:D. Pettit]] on at 2300. Granddaughter [[PERSON|name:Kaylee]] is contact: [[PHONE|phone:918-431-0672]].""",
    """IPR handoff rm2B
Pt:[[PERSON|name:MORALES-QUISPE,Rosario]] DOB[[DATE|date:02021947]] dx:R MCA CVA d12
Mobility:minA w/RW, L neglect, SBA transfers/gait belt. fall risk HIGH-bed alarm on
Swallow:IDDSI 5 minced&moist, thin liq ok per SLP
Bowel:LBM yest. Bladder:PVR x3 <100, voiding
Skin:intact, Braden 17
Fam:son [[PERSON|name:Wilfredo]] visits PM, speaks Spanish/Quechua;mom prefers Spanish
Plan:team conf Thurs, goal d/c home w/ son in [[LOCATION|geo:Passaic]]""",
    """NIGHT SHIFT HANDOVER - 6 East (Med-Surg)   [[DATE|date:11/30/2024]]
Rm | Pt | MRN | Dx | Key issues
601 | [[PERSON|name:Fairweather, Clive]] | [[ID|mrn:00348812]] | SBO, NGT LIWS | NPO, surgery AM if no flatus
602 | [[PERSON|name:Abernathy-Lopez, Dolores]] | [[ID|mrn:00519907]] | cellulitis LLE | vanc trough 0530
605 | [[PERSON|name:Yellowhorse, Dwayne]] | [[ID|mrn:00611240]] | EtOH w/d | CIWA 14 @0300, lorazepam 2 mg
607 | empty (terminal clean)
Charge RN: GS. Float: TO.""",
    """OR -> PACU handoff (I-PASS/SBAR)
S: [[PERSON|name:Ruthanne Kessler]], [[AGE|other:56]]F, s/p robotic hysterectomy + BSO, EBL 75, uneventful.
B: OSA (no CPAP), asthma, PONV hx. Allergy: sulfa (rash), latex.
A: GA/ETT, extubated in OR. Got dexamethasone 4, ondansetron 4, fentanyl 150 mcg total, hydromorphone 0.4. Last abx 0742. Foley removed in OR.
R: watch sats (OSA) - continuous pulse ox on floor. Scopolamine patch on. Husband [[PERSON|name:Gary]] in family waiting, has pager.
Anesthesia: Dr [[PERSON|name:Pham]].""",
    """TRANSFER SBAR - call from [[LOCATION|geo:Perkins County Health Services]] ([[LOCATION|geo:Grant]], NE) to [[LOCATION|geo:Bryan Medical Center]] transfer center
S: [[PERSON|name:Lyle Vandenberg]], [[AGE|other:63]]M, inferior STEMI, sx onset 0615, ECG 0702. No cath lab - TNK given 0724.
B: smoker, HLD. Farmer, collapsed while calving.
A: post-lytic ECG ST resolution > 50% at 0815, pain 2/10, HR 58, BP 110/64.
R: accept for pharmaco-invasive cath within 24 h, rotor wing ETA 45 min. Sending RN [[PERSON|name:Corinne]]; callback [[PHONE|phone:308-352-7200]].""",
]

STYLE_E = [
    """OHIO AUTOMATED RX REPORTING SYSTEM - PATIENT RX HISTORY
Report ID [[ID|other:OARRS-77120934]]   Run [[DATE|date:04/02/2025]] 10:14 ET
Requestor: [[PERSON|name:Gregory Kessinger]], MD (delegate: RN-AB)
Search: [[PERSON|name:DOLAN, PATRICK J]]  DOB [[DATE|date:05/23/1977]]  ZIP [[LOCATION|geo:45240]]
Fill Dt | Drug | Qty | Days | MME/d | Prescriber | Pharmacy
[[DATE|date:03/18/2025]] | oxycodone-APAP 5-325 | 28 | 7 | 30 | [[PERSON|name:OGUNDIPE, T]] [[ID|license:FO4901826]] | [[LOCATION|geo:Kroger Pharmacy #431 Springdale]]
[[DATE|date:01/27/2025]] | alprazolam 0.5 mg | 30 | 30 | -- | [[PERSON|name:WHITLOCK, M]] [[ID|license:BW6455922]] | [[LOCATION|geo:Walgreens #07214 Fairfield]]
Active MME 30/d (tramadol 50 mg #60 filled 45 d ago, same prescriber, now expired); concurrent benzo flag within 90 days. 2 prescribers, 2 pharmacies in 90 d - below multiple-provider threshold.""",
    """ADMISSION MED REC - pharmacy tech [[PERSON|name:Lizbeth Cardenas]], CPhT
Pt [[PERSON|name:Sahota, Gurpreet Kaur]]  MRN [[ID|mrn:CRMC-0092731]]
Sources: pt interview (Punjabi interpreter), fill hx from [[LOCATION|geo:Rite Aid #5938 Fresno]], pill bottles brought by son.
1. metformin ER 750 mg 2 tabs qPM - taking
2. glipizide 10 mg BID - taking only AM ("low sugars at night")
3. losartan 50 mg qd - taking
4. atorvastatin 40 mg qhs - last fill 94 days ago, not taking
5. ayurvedic "karela" capsules - daily, OTC
6. omeprazole 20 mg - PRN
Discrepancies flagged to admitting MD. NDC 0093-7267-98 verified for losartan.""",
    """C-II DISPENSING RECORD  [[LOCATION|geo:Smith's Pharmacy #183]], [[LOCATION|geo:Layton]], UT
Rx# [[ID|other:6120447]]   Filled [[DATE|date:08/19/2024]]
Drug: hydromorphone 2 mg tab, qty 24 (twenty-four), 4 days. NDC 42858-0301-01, lot HM2407B exp 11/2026.
Patient: [[PERSON|name:Thaddeus Quarles]]   DOB [[DATE|date:1960-02-09]]
Prescriber: [[PERSON|name:Vivek Patel]], DDS   DEA [[ID|license:BP5078402]]   (post-op, 3rd molar x4)
Picked up by: [[PERSON|name:Janine Quarles]] (spouse) - Utah DL [[ID|license:184233579]] verified.
CSRS checked: no other CS fills 12 mo. Counseled on constipation, no EtOH, safe disposal kiosk in lobby.
RPh: DL""",
    """PHARMACIST PRIOR AUTHORIZATION NOTE
[[PERSON|name:Deshawn Merriweather]], DOB [[DATE|date:01/15/1990]]
Plan: Caremark commercial  BIN 004336  PCN ADV  RxGrp [[ID|health_plan:RX4821]]  Member [[ID|health_plan:W847213069]]
Drug: semaglutide 2.4 mg/0.75 mL pen (Wegovy), 4 pens/28 d.
PA submitted via CoverMyMeds key [[ID|other:BXRT7K9M]] -> case [[ID|other:PA-24-5519038]]. Criteria: BMI 37.2 + HTN, 6-mo lifestyle program documented. Step therapy: phentermine trial x3 mo (insufficient).
Status [[DATE|date:10/04/2024]]: approved 6 mo, then renewal requires >= 5% wt loss.
Copay card applied, pt pays $25. Notified pt by text at [[PHONE|phone:314-555-0122]].""",
    """drive-thru window log - [[LOCATION|geo:CVS #10442 N Tryon St]]
[[DATE|date:12/20/24]] 1742  pt [[PERSON|name:Ebony Latrice Simms]] picked up amox 400/5 susp 100 mL (child [[PERSON|name:Jaylen]], 19 kg, 90 mg/kg/d div BID) + ibuprofen susp.
Customer in vehicle NC plate [[VEHICLE|vehicle:RJK-4183]] left without signing the pickup screen; signature requested via second pass. Receipt printed. Reconstitution date on label.
Call back on counseling declined.""",
    """BUPRENORPHINE DISPENSING / PDMP CHECK
[[LOCATION|geo:Williamson Memorial Pharmacy]], [[LOCATION|geo:Mingo County]], WV
Pt: [[PERSON|name:Jessie Lee Hatfield]]  WV Medicaid [[ID|health_plan:0437782915]]
Rx: buprenorphine-naloxone 8-2 mg film, 1 BID, #28 (14 d) from [[PERSON|name:Amaka Adeyemi]], MD (X-waiver no longer req'd), DEA [[ID|license:BA3197907]].
WV CSMP queried: consistent; single prescriber and pharmacy. UDS per clinic. Naloxone 4 mg nasal on file, reissued (pt used one on a friend).
Pt asked about splitting between 2 pickups - approved partial fill.""",
    """SPECIALTY PHARMACY - SHIPMENT NOTE
Pt [[PERSON|name:Ravi Subramaniam-Cole]]   Ptid [[ID|mrn:SP00917736]]
Therapy: emtricitabine/tenofovir alafenamide (PrEP) 30 tabs, refill 4 of 11.
Ship to: [[ADDRESS|geo:PO Box 2217, Provincetown, MA 02657]] (pt request: no street delivery, discreet packaging).
Carrier tracking [[ID|other:1Z8F94X20391554287]] - link texted to pt: [[URL|url:https://www.ups.com/track?tracknum=1Z8F94X20391554287]]. Ship [[DATE|date:6/3/2025]], deliver by [[DATE|date:6/5/2025]].
HIV Ag/Ab + Cr from [[DATE|date:5/28/2025]] reviewed: neg, CrCl 104.
Adherence call: 0 missed doses reported.""",
    """AUTOMATED DISPENSING CABINET - OVERRIDE REVIEW (pharmacy)
Unit: 4 Tower ICU, cabinet ADC-4T-02. Event [[DATE|date:2025-01-08]] 03:12.
User: [[PERSON|name:Karin Lindgren-Obi]], RN; login by fingerprint template [[ID|biometric:BIO-FP-0072193]] after badge failed.
Item: norepinephrine 4 mg/4 mL x2 - override reason "emergent". Patient: [[PERSON|name:Harrington, Lucille]] MRN [[ID|mrn:55018377]].
Order verified 03:26 (14 min after removal) - within policy.
Discrepancy: none. Waste documented 0 mL.""",
    """LTC CONSULTANT PHARMACIST MONTHLY REVIEW
Resident: [[PERSON|name:Cornelius Van Wyk]] ([[AGE|date:96]])  Facility: [[LOCATION|geo:Pella Manor]], [[LOCATION|geo:Pella]], IA
Review date [[DATE|date:Mar 27 2025]].
Beers list: zolpidem 5 mg qhs (falls x2 this quarter) - recommend taper by 2.5 mg q2wk; diphenhydramine PRN for itching -> suggest cetirizine 5 mg.
GDR: quetiapine 25 mg BID for BPSD since 2022 - recommend trial reduction to 25 mg qhs.
Renal: CrCl 24 - nitrofurantoin prophylaxis inappropriate; recommend discontinuation.
Recs sent to attending Dr. [[PERSON|name:Hoekstra]]; copy to DON.""",
    """MAIL-ORDER REFILL CALL NOTE
Member [[PERSON|name:Evangelina Cruz-Batista]]   ID [[ID|health_plan:H09847126-01]]
Called re: levothyroxine 88 mcg - new Rx needed, prior Rx expired after 12 months.
Faxed renewal request to prescriber [[PERSON|name:Yusuf Nakamura]], NP at [[PHONE|fax:(787) 292-4410]]; NP DEA n/a (non-controlled).
Pt in [[LOCATION|geo:Bayamon]], PR - hurricane season; requested 90-day supply + early refill override code per plan.
Updated address: [[ADDRESS|geo:Urb. Santa Juanita, Calle Ponce 14 #JJ-22, Bayamon, PR 00956]].
Pt callback number [[PHONE|phone:787-555-0193]].""",
]

STYLE_F = [
    """TELEHEALTH VIDEO VISIT - Endocrinology
Platform: Zoom for Healthcare, meeting ID [[ID|other:894 2210 7736]]; link [[URL|url:https://uihealth.zoom.us/j/89422107736?pwd=bU1xR2c]]
Patient: [[PERSON|name:Katarzyna Wisniewska]]  DOB [[DATE|date:09/03/1972]]  Visit [[DATE|date:02/18/2025]] 0930 CST
Patient location at time of visit: her home in [[LOCATION|geo:Cicero]], IL (verified verbally); provider at clinic.
Consent for telehealth obtained verbally; 2 identifiers confirmed.
Hx: Graves disease on methimazole 10 mg; TSI 3.1 (down from 5.4); fT4 1.2, TSH < 0.01. No eye sx. HR on home cuff 78.
Plan: reduce methimazole to 5 mg; labs 6 wk at [[LOCATION|geo:Quest Diagnostics Berwyn]]. Discussed RAI vs surgery long-term.
Total time 22 min. [[PERSON|name:Faisal Al-Rashidi]], MD""",
    """AUDIO-ONLY TELEHEALTH (pt lacks video) - CPT 98008 not used; Medicare G2012 virtual check-in
[[PERSON|name:Harlan Vogt]], MBI [[ID|health_plan:4AH9YG3DD49]], [[AGE|other:77]] y/o
Pt located at home, [[ADDRESS|geo:74721 Rd 433, Broken Bow, NE 68822]]; no broadband on the farm, called on landline.
Reason: BP log review after amlodipine increase. Reads 128-142/70s over 10 days. Mild ankle swelling in evenings, no SOB.
Plan: continue amlodipine 10; compression socks; BMP at [[LOCATION|geo:Jennie M. Melham Medical Center]] next week.
Call duration 11 min. Discussed that audio-only is permitted for this service.
-- [[PERSON|name:Beth Ann Schroeder]], APRN""",
    """TELEDERMATOLOGY - store-and-forward consult
Referring: [[LOCATION|geo:Tuba City Regional Health Care]] primary care
Patient: [[PERSON|name:Natani Bitsoi]], [[AGE|other:15]]F
Images received [[DATE|date:07/11/2024]]: [[ID|photo:TCRHC_Bitsoi_N_face_01.jpg]], [[ID|photo:TCRHC_Bitsoi_N_face_02.jpg]], [[ID|photo:TCRHC_Bitsoi_N_upperback.jpg]]
History: 8 mo of inflammatory papules and pustules, scattered nodules on cheeks, early scarring; failed benzoyl peroxide + clindamycin gel, doxycycline 100 mg x 3 mo.
Assessment: moderate-severe acne with scarring risk.
Recommendation: isotretinoin candidacy - requires iPLEDGE enrollment and in-person visit; interim spironolactone not appropriate pre-contraception counseling, suggest OCP discussion.
[[PERSON|name:Hyun-Joo Baek]], MD""",
    """TELEPSYCHIATRY VISIT
Pt [[PERSON|name:Colton Reese Mayfield]] - identity verified on camera with driver license (TN [[ID|license:091847235]]) and selfie face-match (ref [[ID|biometric:IDV-FM-2291c7e0]])
Visit [[DATE|date:Sept 23, 2024]] 1600-1630. Pt physical location: [[ADDRESS|geo:118 Riverbend Rd, Apt 3, Cookeville, TN 38501]] (required for emergency dispatch).
Emergency contact: mother [[PERSON|name:Dana Mayfield]] [[PHONE|phone:931-520-8847]].
ADHD combined + cannabis use d/o in early remission. On lisdexamfetamine 40 mg - focus better at work, appetite down, wt -2 lb. Sleep 6 h. BP self-reported 124/80.
CSMD checked: appropriate. Plan continue 40 mg; 30 d Rx e-prescribed.""",
    """TELESTROKE CONSULT NOTE
Spoke: [[LOCATION|geo:Harney District Hospital]], [[LOCATION|geo:Burns]], OR   Hub: neurology
Cart connected [[DATE|date:2024-12-02]] 14:06; cart IP [[IP|ip:10.48.212.37]]
Pt: [[PERSON|name:Marvin Teeples]]  [[AGE|other:70]]M  LKW 12:50 (wife [[PERSON|name:Lorna]] by phone).
NIHSS 11: L gaze pref, L hemiparesis arm 3/leg 2, L neglect, dysarthria. CT no bleed, ASPECTS 9; CTA R M1 occlusion.
Rec: tenecteplase 0.25 mg/kg (25 mg) given 14:31, door-to-needle 48 min. Transfer for thrombectomy - nearest EVT center 3 h by ground; air requested.
Tele-neurologist: [[PERSON|name:Eun-ji Kwon]], MD""",
    """TELE-BEHAVIORAL HEALTH (video) - [[LOCATION|geo:Red Lake Comprehensive Health Services]]
Client [[PERSON|name:Jourdain, Shania]]; session [[DATE|date:4/9/25]]; pt joined from school counselor's office at [[LOCATION|geo:Red Lake High School]] (private room confirmed).
Presenting: grief after cousin's death, trouble sleeping, skipping class. PHQ-A 14. No SI, no self-harm. Supports: auntie, jingle dress dancing group.
Intervention: TF-CBT psychoeducation, grounding. Counselor to sit in next session per client wish.
Next session in 1 wk, same link.
Therapist [[PERSON|name:Wanbli Janis]], LICSW""",
    """PATIENT PORTAL E-VISIT (asynchronous)
From: [[PERSON|name:Tomasz Zielinski]] <[[EMAIL|email:tzielinski77@outlook.com]]>   Received [[DATE|date:01/06/2025]] 07:52
"Burning with urination 2 days, going every hour, no fever, no back pain. Not pregnant (I'm a guy lol). Had one last year."
Questionnaire: male, [[AGE|other:47]], no catheter, no prostatitis hx, no STI risk reported.
Reply (RN/MD protocol): male UTI not eligible for e-visit protocol -> scheduled same-day video; UA with culture ordered at [[LOCATION|geo:Aurora Lab - Wauwatosa]].
Responding clinician [[PERSON|name:Precious Ndlovu]], PA-C""",
    """VIRTUAL CARE CHECK-IN LOG
[[DATE|date:2025-03-14]] 08:58:02  pt [[PERSON|name:Imelda Sarmiento]] launched visit from app
08:58:10  identity: voiceprint match score 0.93 vs enrolled template [[ID|biometric:VP-77A1-3302]] - PASS
08:58:11  fallback face match not required (template [[ID|biometric:FACE-0099812]] on file)
08:58:15  device: iPhone, iOS 17.3, app 5.12.0, IP [[IP|ip:172.58.14.221]]
09:00:41  provider [[PERSON|name:Arturo Benavides]], NP joined
09:21:07  visit ended; AVS sent to [[EMAIL|email:imelda.sarmiento@yahoo.com]]""",
    """TELELACTATION VISIT
Mother: [[PERSON|name:Habiba Yusufzai]]; infant [[PERSON|name:Zarmina]] (term, born at 39w2d).
Pt at home in [[LOCATION|geo:Sacramento]]; Pashto interpreter on 3-way video.
Concerns: nipple pain 7/10, infant feeding q1-2h, 6 wet/4 dirty diapers. Wt at 7 d: 3,150 g (BW 3,320 g, -5%).
Observed latch via video: shallow, infant chin tucked. Corrected positioning (cross-cradle), pain 3/10 after.
Plan: lanolin, breast compression, f/u video in 48 h + weight check at peds.
IBCLC [[PERSON|name:Kirsten Abernethy]]""",
    """TELEHEALTH SESSION TECHNICAL LOG (auto-generated)
session_id=[[ID|other:tv-5c41e2a7-19d3]] visit_dt=[[DATE|date:2024-06-27]] start=15:02:44Z end=15:31:09Z
patient_user=[[ID|other:lfonoti_82]] name="[[PERSON|name:Lupe Fonoti]]" mrn=[[ID|mrn:QHC-3304189]]
client_ip=[[IP|ip:2600:1700:8a0:4f20::3b]] nat_ip=[[IP|ip:99.104.221.18]] browser=Chrome/126 os=Android14
join_url=[[URL|url:https://video.queens.org/v/tv-5c41e2a7-19d3]]
provider_user=[[ID|other:dr.kanoho]] jitter_ms=31 pkt_loss=0.4% bitrate_kbps=1180 reconnects=1
note: 2 min audio drop at 15:11Z; visit completed.""",
]

STYLE_G = [
    """CMS-1500 (02/12) KEYED DATA - batch 0325-07, claim 14 of 22
1   [ ]MEDICARE [ ]MEDICAID [ ]TRICARE [X]GROUP HEALTH PLAN
1a  INSURED'S ID NUMBER ........ [[ID|health_plan:ZGP447281930]]
2   PATIENT'S NAME ............. [[PERSON|name:GARZA, ELOY R]]
3   PATIENT'S BIRTH DATE ....... [[DATE|date:07 12 1981]]   SEX M
5   PATIENT'S ADDRESS .......... [[ADDRESS|geo:2207 W 34TH ST]]
    CITY [[LOCATION|geo:MISSION]]   STATE TX   ZIP [[LOCATION|geo:78572]]
6   RELATIONSHIP TO INSURED .... SELF
11  INSURED'S POLICY GROUP ..... [[ID|health_plan:0904417]]
17  REFERRING PROVIDER ......... DN [[PERSON|name:ALANIZ ROBERTO]]   17b NPI [[ID|license:1451413813]]
21  ICD IND 0   A. M54.50   B. M51.26   C. G89.29
24  [[DATE|date:03 10 25]] [[DATE|date:03 10 25]] POS 11  CPT 99214 MOD 25  PTR A  $185 00  UNITS 1  NPI [[ID|license:1162229169]]
    (line 2 blank - trigger point inj 20552 billed on separate claim)
25  FED TAX ID [[ID|other:74-2819033]] EIN
26  PATIENT'S ACCOUNT NO ....... [[ID|account:GRZ-0081734]]
28  TOTAL CHARGE $185 00   29 AMOUNT PAID $0 00
33  BILLING PROVIDER ........... [[LOCATION|geo:VALLEY SPINE & PAIN CLINIC]]   33a [[ID|license:2271428619]]""",
    """UB-04 CMS-1450 - abstracted for audit
FL1  [[LOCATION|geo:ST JOSEPH REGIONAL MEDICAL CENTER]] / [[ADDRESS|geo:415 6TH ST]] / [[LOCATION|geo:LEWISTON]] ID [[LOCATION|geo:83501]]
FL3a PAT CNTL # [[ID|account:V00218845127]]     FL3b MED REC # [[ID|mrn:M000744129]]
FL4  TYPE OF BILL 0111      FL6 STATEMENT PERIOD [[DATE|date:061424]] THROUGH [[DATE|date:061824]]
FL8  PATIENT NAME  [[PERSON|name:WHITEFEATHER, LEONA]]      FL10 BIRTHDATE [[DATE|date:03021949]]  FL11 SEX F
FL12 ADMISSION DATE (same)  HR 21  TYPE 1  SRC 7   FL17 STAT 06
FL42/43/46/47  0120 ROOM-BOARD/SEMI 4 $9,840.00 | 0250 PHARMACY $2,113.57 | 0300 LAB $1,480.20 | 0450 ER $2,906.00 | 0001 TOTAL $16,339.77
FL50 MEDICARE PART A   FL56 NPI [[ID|license:2139159190]]
FL58 INSURED'S NAME [[PERSON|name:WHITEFEATHER, LEONA]]   FL60 INSURED'S UNIQUE ID [[ID|health_plan:7P48W10GF17]]
FL67 PRINCIPAL DX J18.9   FL69 ADMIT DX R06.02   MS-DRG 194
FL76 ATTENDING NPI [[ID|license:1035368079]]  LAST [[PERSON|name:BRANNIGAN]]  FIRST [[PERSON|name:SEAMUS]]""",
    """837P fragment pulled from clearinghouse rejection queue (loop 2010BA/2300)
NM1*IL*1*[[PERSON|name:LOCKLEAR]]*[[PERSON|name:DARLENE]]*M***MI*[[ID|health_plan:YNC448102773]]~
N3*[[ADDRESS|geo:8801 NC HWY 711]]~
N4*[[LOCATION|geo:PEMBROKE]]*NC*[[LOCATION|geo:283728123]]~
DMG*D8*[[DATE|date:19680422]]*F~
SBR*P*18*[[ID|health_plan:GRP55120]]******BL~
CLM*[[ID|account:LOC0042218]]*145***11:B:1*Y*A*Y*Y~
DTP*431*D8*[[DATE|date:20250102]]~
HI*ABK:E1165*ABF:I10*ABF:E785~
NM1*82*1*[[PERSON|name:MAYNOR]]*[[PERSON|name:KENDRA]]****XX*[[ID|license:1549617284]]~
PRV*PE*PXC*207Q00000X~
LX*1~
SV1*HC:99213:25*145*UN*1***1~
REJECT 277CA: A7:562 - entity's NPI invalid for rendering provider type. (Note: NPI passes check digit; enumeration is type 1, billing sent as type 2.)""",
    """835 ERA excerpt - [[DATE|date:2025-02-21]] posting
TRN*1*[[ID|other:EFT0031882741]]*1362028178~
N1*PR*HUMANA INSURANCE COMPANY~
N1*PE*[[LOCATION|geo:WIREGRASS ORTHOPAEDIC CLINIC]]*XX*[[ID|license:1422672745]]~
CLP*[[ID|account:WGO552901]]*1*1240*868*124*12*[[ID|other:2025011480000714]]*11*1~
NM1*QC*1*[[PERSON|name:DAWKINS]]*[[PERSON|name:ROSCOE]]****MI*[[ID|health_plan:H58219334]]~
DTM*232*[[DATE|date:20250107]]~
SVC*HC:27447*1240*868**1~
CAS*CO*45*248~
CAS*PR*1*124~
AMT*B6*992~
Posted by BO-3: contractual adj 248.00, pt resp (deductible) 124.00 moved to statement cycle.""",
    """EXPLANATION OF BENEFITS - THIS IS NOT A BILL
Member: [[PERSON|name:Priya Venugopal-Stern]]     Member ID [[ID|health_plan:U6631047802]]   Group [[ID|health_plan:3341877]]
Patient: [[PERSON|name:Arjun]] (dependent)       Claim # [[ID|other:E25-0487716-01]]
Provider: [[LOCATION|geo:Lurie Children's Hospital]]       Date(s) of service: [[DATE|date:01/16/2025]]
Service                     Billed     Allowed   Plan paid   You owe
ED visit lvl 4 (99284)      $1,412.00  $688.40   $550.72     $137.68
Rapid strep (87880)         $96.00     $18.20    $14.56      $3.64
Total                                                        $141.32
Your deductible met: $1,500 of $1,500. Coinsurance 20%.
Questions? Call the number on your ID card.""",
    """PATIENT STATEMENT
[[LOCATION|geo:Sanford Health]] - Patient Financial Services, [[ADDRESS|geo:PO Box 5074, Sioux Falls SD 57117-5074]]
Statement date [[DATE|date:11/01/2024]]        Guarantor acct [[ID|account:40018827735]]
[[PERSON|name:ODEGAARD, LARS T]]
[[ADDRESS|geo:PO BOX 88, FESSENDEN ND 58438-0088]]
Patient: [[PERSON|name:Ingeborg Odegaard]]     SSN on file [[ID|ssn:***-**-2962]]
[[DATE|date:09/12/24]]  Office visit (99213)         $188.00
[[DATE|date:09/12/24]]  Insurance payment          -$120.31
[[DATE|date:10/03/24]]  Adjustment                 -$17.69
AMOUNT DUE $50.00    Due by [[DATE|date:11/25/2024]]
Pay online: [[URL|url:https://pay.sanfordhealth.org/?acct=40018827735&z=58438]]""",
    """APPEAL - LEVEL 1 - DENIAL OF INPATIENT STAY
To: Appeals Dept, Ambetter from Arizona Complete Health   Fax [[PHONE|fax:1-866-918-4452]]
Date: [[DATE|date:August 2, 2024]]
Member: [[PERSON|name:Nizhoni Castillo-Harvey]]   DOB [[DATE|date:05/05/1962]]   Member ID [[ID|health_plan:U7104418825]]
Claim [[ID|other:AZC-24-00918347]]   Auth ref [[ID|other:IP4418290]]   DOS [[DATE|date:06/28/2024]]-[[DATE|date:07/01/2024]]
Denial reason: "observation level of care." We disagree. Pt met InterQual acute criteria: lactate 4.1, MAP 58 requiring 3 L bolus and norepinephrine x 6 h, blood cultures + E. coli. Two-midnight expectation documented at admission.
Sincerely, [[PERSON|name:Lorenzo Fierro]], MD, physician advisor  NPI [[ID|license:1053087403]]""",
    """PAYMENT PLAN AGREEMENT - call notes
Guarantor [[PERSON|name:Roxanne Delgado-Pierce]], acct [[ID|account:PP-2209177]].
Balance $2,480.00. Plan: $206.67/mo x 12, auto-draft on the 15th.
Bank: checking ending [[ID|account:4471]] (routing 111000614 on file; full acct no. tokenized). Backup card Visa ending [[ID|account:0918]].
First draft [[DATE|date:05/15/2025]]. Hardship/charity application offered - pt declined (household income above 250% FPL).
Rep: CS-118""",
    """AMBULANCE CLAIM WORKSHEET
Run # [[ID|other:24-118873]]   Unit: Medic 6   DOS [[DATE|date:12/24/2024]]
Pt: [[PERSON|name:Ahanu Lightfoot]], OK Medicaid (SoonerCare) ID [[ID|health_plan:102238847]]
Pickup: [[ADDRESS|geo:21047 S 4200 Rd, Claremore, OK 74019]] (loaded mi 0)
Destination: [[LOCATION|geo:Hillcrest Hospital Claremore]] (loaded mi 9.4)
HCPCS A0427 ALS1 emergency + A0425 x 10 (rounded up), origin/dest modifier RH.
Medical necessity: chest pain, diaphoresis, 12-lead STE in II/III/aVF transmitted. Stretcher required.
Crew cert: paramedic #[[ID|license:P-4481]] (OK), EMT #[[ID|license:E-10276]].""",
    """270/271 ELIGIBILITY RESPONSE (parsed)
Inquiry [[DATE|date:2025-04-11]] 08:03 by front desk, [[LOCATION|geo:Brownsville Community Health Center]]
Subscriber: [[PERSON|name:CANTU OLIVARES, BRENDA]]   DOB [[DATE|date:1999-12-30]]
Payer: Texas Medicaid / STAR (Superior HealthPlan)   Medicaid ID [[ID|health_plan:528817036]]
Status: ACTIVE - coverage [[DATE|date:2025-04-01]] to [[DATE|date:2025-09-30]]
PCP of record: [[PERSON|name:Horacio Benavides-Wu]], MD
Copay: $0. Pregnancy indicator: Y. Benefits: EB*1*IND*30**STAR~""",
]

STYLE_H = [
    """CGM REPORT - 14-day summary (Dexcom Clarity export)
Patient: [[PERSON|name:Soledad Arriaga]]   Clinic share code: not used
Device: Dexcom G7, sensor SN [[DEVICE|device:8GJ2KQ4T7M]] (current), receiver app on iPhone
Period: [[DATE|date:Oct 1, 2024]] - [[DATE|date:Oct 14, 2024]]   Wear 96%
GMI 7.4% | mean 168 mg/dL | SD 58 | CV 34.5%
TIR 70-180: 58% | TAR 181-250: 27% | >250: 9% | TBR 54-69: 5% | <54: 1%
Pattern: nocturnal lows 0200-0400 on 6 of 14 nights following evening exercise; post-breakfast peaks 260s.
Sensor errors: 1 (signal loss 3 h, day 9). Calibrations: 0.""",
    """t:connect UPLOAD LOG
pump_model=t:slim X2  pump_sn=[[DEVICE|device:1048823]]  fw=7.8.1.0  algorithm=Control-IQ+
upload_ts=[[DATE|date:2025-01-19T06:41:22-07:00]] src=mobile
user: [[PERSON|name:Beckett Ashworth-Lyons]] dob=[[DATE|date:2011-05-30]]
basal profile "School": 00:00 0.55 u/h | 06:00 0.70 | 11:30 0.60 | 21:00 0.55
CF 1:55  CR 1:12  target 110  active insulin time 5h
events 7d: 3 occlusion alarms (site day 3), 1 CGM out of range 2h, auto-bolus 31
cartridge fill 200 u, lot P24-11073""",
    """REMOTE PACEMAKER TRANSMISSION - scheduled
[[LOCATION|geo:Baptist Health Louisville]] device clinic   received [[DATE|date:02/05/2025]] 03:12 via MyCareLink Smart
Pt [[PERSON|name:Hobart Combs]]   Device Medtronic Azure XT DR MRI W3DR01  SN [[DEVICE|device:RNJ511204S]]
Battery 9.8 yr; RA lead 512 ohms, sensing 3.1 mV, threshold 0.5 V@0.4 ms; RV lead 608 ohms, R-wave 11.2 mV, threshold 0.75 V@0.4 ms.
Pacing: AP 38%, VP 2%. Mode DDDR 60/130.
Episodes: 2 AHR, longest 3 min 12 s [[DATE|date:01/22/2025]]; AF burden < 0.1%.
No action. Next remote 91 days. Reviewed by [[PERSON|name:Adaeze Nwosu]], RN, CCDS""",
    """LATITUDE ALERT - RED
ICD shock delivered. Pt [[PERSON|name:Zdenek Holub]]   Boston Scientific RESONATE EL ICD D433  SN [[DEVICE|device:152887]]
Communicator WAVE 6290 SN [[DEVICE|device:D6290-0417723]]
Event [[DATE|date:2024-08-17]] 19:44:08: VF zone 250 bpm, ATP not delivered (VF zone), 41 J shock -> sinus. 1 shock, successful.
Prior 24 h: NSVT x3.
Action: called pt 20:10 - was mowing, felt shock, now at rest, no syncope. Advised ED eval; K/Mg, ischemia workup. Called wife [[PERSON|name:Vera]].""",
    """NxSTAGE HOME HEMODIALYSIS - treatment flowsheet import
Cycler System One SN [[DEVICE|device:NX1-2318845]]   PureFlow SL SN [[DEVICE|device:PF-660391]]
Pt: [[PERSON|name:Delphine Fontenot-Batiste]]   Tx #214   Date [[DATE|date:3/3/2025]]
Pre wt 71.8 kg | post 69.9 | UF 1.9 L | Qb 400 | dialysate 25 L @ 150 mL/min | 3 h 05 min
BP pre 162/90 post 128/76. Access: L AVF buttonhole, no infiltration.
Alarms: 2 x venous pressure high (kinked line) cleared by care partner [[PERSON|name:Alcide]].
Heparin 2000 u bolus. SAK lot 24A0931.""",
    """AirView compliance report - CMS 90-day
Patient [[PERSON|name:Chukwuemeka Adebisi]]   DME: [[LOCATION|geo:Lincare Stockbridge]]
Device ResMed AirSense 11 AutoSet  SN [[DEVICE|device:23231458826]]  Modem: cellular, connected
Usage window [[DATE|date:06/10/2024]] - [[DATE|date:07/09/2024]]: days used 28/30, days >= 4 h 25/30 (83%) - MEETS 70% criteria.
Avg usage 6 h 18 min. Pressure 95th %ile 11.6 cmH2O (range 5-15). Leak 95th 18 L/min. AHI 2.4.
Mask: AirFit F30 medium.""",
    """rpm-gateway syslog (home hub, cellular + wifi)
[[DATE|date:Jun 03]] 02:14:51 hub-[[DEVICE|device:7A:3F:C2:91:0B:44]] wpa_supplicant: CTRL-EVENT-CONNECTED bssid=[[DEVICE|device:e8:48:b8:22:10:9c]]
[[DATE|date:Jun 03]] 02:14:52 hub dhclient: bound to [[IP|ip:192.168.1.47]] -- renewal in 43200 seconds.
[[DATE|date:Jun 03]] 02:15:03 hub bt: paired peripheral scale serial=[[DEVICE|device:SC-08812937]] rssi=-61
[[DATE|date:Jun 03]] 02:15:09 hub uploader: POST /ingest patient_ref=[[ID|mrn:HM-4410229]] weight=94.6kg delta24h=+1.4kg -> 202
[[DATE|date:Jun 03]] 02:15:09 hub uploader: remote [[IP|ip:34.117.59.81]]:443 tls1.3 ok
[[DATE|date:Jun 03]] 02:15:10 hub alert: weight gain >1 kg/24h threshold -> HF nurse queue""",
    """SHARESOURCE PD CYCLER REPORT
Baxter Homechoice Claria SN [[DEVICE|device:HCC204477]]
Pt [[PERSON|name:Luong, Van Thanh]]   Prescription: 4 exchanges x 2.2 L, 2.5% dextrose, last fill 1.5 L icodextrin
Night of [[DATE|date:11/07/2024]]: total UF 840 mL, initial drain 1,920 mL, dwell 1:50 avg, 3 low-drain alarms (bypassed x2)
Treatment start 22:14, end 07:02. Uploaded via cycler modem [[IP|ip:10.220.14.9]] 07:09.
Comment: low-drain alarms 3 nights running -> constipation? cath position? Clinic RN to call; consider KUB.""",
    """REMOTE PATIENT MONITORING - monthly 99457/99458 log
Enrollee [[PERSON|name:Raymond Kealamakia]]   Program: HTN RPM
Devices: BodyTrace BP cuff IMEI [[DEVICE|device:354719112240589]]; scale IMEI [[DEVICE|device:354719110987331]]
Readings this month: 26 days (>= 16 required for 99454). Avg BP 146/88, trend down 6 mmHg.
Interactive communication: 3 calls, total 24 min, by RN care manager. Pt mentions moving to daughter's in [[LOCATION|geo:Hilo]] next month - device re-shipment needed.
Pt phone [[PHONE|phone:(808) 555-0176]].""",
    """INSERTABLE CARDIAC MONITOR - patient-triggered episode
LINQ II SN [[DEVICE|device:RLB402918G]]   Pt [[PERSON|name:Annika Strand]]
Report: [[URL|url:https://carelink.medtronic.com/clinic/report?pid=RLB402918G&ep=3312]]
Episode [[DATE|date:05/12/2025]] 14:22: pt symptom "dizzy". ECG: sinus 84 bpm, PACs. No pause, no AF.
Episode auto [[DATE|date:05/14/2025]] 04:51 "pause 3.4 s" - reviewed: undersensing due to low R-wave amplitude, true rhythm sinus. False positive.
Battery OK. Cumulative AF burden 0%.""",
]

STYLE_I = [
    """SCREENING LOG - Protocol ALN-TTR-304 (hATTR cardiomyopathy)   Site 117, [[LOCATION|geo:Vanderbilt University Medical Center]]
Scr # | Init | Scr date | Outcome | Reason
[[ID|other:117-S041]] | L.M.W. | [[DATE|date:08-Jan-2025]] | Screen fail | NT-proBNP 9,200 > 8,500 cutoff
[[ID|other:117-S042]] | R.K.  | [[DATE|date:15-Jan-2025]] | Enrolled -> Rand # pending | -
[[ID|other:117-S043]] | T.O'B.| [[DATE|date:22-Jan-2025]] | Declined | travel burden (lives 3 h away)
Cumulative: screened 43, enrolled 19, screen-fail 17, declined 7. Enrollment target 24.""",
    """INFORMED CONSENT DOCUMENTATION
Study: Pragmatic trial of home-based cardiac rehab (IRB #2024-0881). Participant ID [[ID|other:HBCR-0219]].
On [[DATE|date:03/19/2025]] I met with [[PERSON|name:Ambrose Kilpatrick]] in clinic room 4. Consent form v3.1 (current IRB-stamped version) reviewed section by section; teach-back on randomization and right to withdraw - correct. Questions about data sharing answered.
Participant has mild hearing loss; pocket talker used. Signed at 1415 before any study procedure. Copy given.
Consenter: [[PERSON|name:Yesenia Olmedo]], CRC. PI aware.""",
    """eCONSENT AUDIT TRAIL (REDCap)
record_id=[[ID|other:SIB-4481]] event=enrollment_arm_1 instrument=econsent_v2
[[DATE|date:2024-09-30]] 19:02:11 invitation sent to [[EMAIL|email:marisol.quintanilla@icloud.com]]
[[DATE|date:2024-09-30]] 21:47:36 survey opened from IP [[IP|ip:68.108.37.210]] (Cox Communications, AZ)
[[DATE|date:2024-09-30]] 22:05:58 signature captured, name typed "[[PERSON|name:Marisol Quintanilla]]", attestation checked
[[DATE|date:2024-09-30]] 22:06:01 PDF generated: [[ID|photo:econsent_SIB-4481_signature.png]]
Server time UTC-7. Witness not required for this minimal-risk arm.""",
    """BIOBANK ENROLLMENT - Precision Health Cohort
Participant [[PERSON|name:Gideon Achterberg]], DOB [[DATE|date:12/12/1958]], cohort ID [[ID|other:PHC-0091177]]
Identity assurance for kiosk self-check-in at return visits:
- fingerprint (R index) enrolled -> template ref [[ID|biometric:FPT-55a0e13c]]
- iris (both eyes) enrolled -> template ref [[ID|biometric:IRS-77be0294]]
Samples: 2 x EDTA, 1 SST, 1 PAXgene; accession [[ID|other:B25-118204]]. Saliva kit not collected.
Return of results preference: actionable findings only (ACMG SF v3.2).""",
    """ELIGIBILITY CHECKLIST - participant [[ID|other:R01-ELD-0337]]
Inclusion: age 65+ ([[AGE|other:82]]) Y | community dwelling Y | 2+ falls past 12 mo Y | MoCA >= 18 (24) Y
Exclusion: wheelchair dependent N | Parkinson's disease N | hip fracture < 6 mo N | current PT N
Identity confirmed at kiosk by palm-vein scan (template [[ID|biometric:PV-3318-0c7d]]). All criteria met. Randomization stratum: age 80+, female. Verified by CRC (initials BT) and PI sign-off.""",
    """PARTICIPANT PAYMENT / REIMBURSEMENT FORM
Study: HUM00231448   Participant: [[PERSON|name:Terrence Oyebanji-Moss]]
Visit 3 completed [[DATE|date:10/02/2024]]: $75 loaded to ClinCard ending [[ID|account:8832]].
IRS reporting: cumulative > $600 this calendar year -> W-9 on file, SSN [[ID|ssn:483-30-7870]] (restricted, stored in finance system only).
Parking validated, MI plate [[VEHICLE|vehicle:EMH 4127]], structure P-4, 3 h.
Mileage: 92 mi round trip @ $0.67 = $61.64.""",
    """SERIOUS ADVERSE EVENT REPORT - initial (24-h)
Protocol CTN-0107, participant [[ID|other:0107-22-0049]], site [[LOCATION|geo:Oregon Health & Science University]]
Event: hospitalization for cellulitis at injection site (XR-naltrexone), onset [[DATE|date:07/08/2024]], admitted [[DATE|date:07/10/2024]].
Severity grade 3; relatedness: possibly related (injection site). Expected per IB? Yes (injection site reactions).
Action with study drug: dose held. Outcome: ongoing.
Reporter: [[PERSON|name:Mariana Ixtlahuac]], RN study coordinator; PI [[PERSON|name:Desmond Achebe]], MD.""",
    """WITHDRAWAL OF CONSENT
[[PERSON|name:Lucinda Marrow]] (participant [[ID|other:DERM-IMG-0061]]) phoned [[DATE|date:1/28/2025]] to withdraw from the lesion-imaging study. Requests destruction of identifiable images.
Files flagged for deletion: [[ID|photo:DERM-IMG-0061_back_dermoscopy_03.tif]] and all others in the participant folder. De-identified data already in the analysis set (pre-lock) will be retained per consent form section 9.
Confirmation letter mailed. Coordinator [[PERSON|name:Fumiko Hale]].""",
    """PEDIATRIC ASSENT / PARENT PERMISSION NOTE
Child [[PERSON|name:Emeka Chukwu-Larsen]] ([[AGE|other:10]] y) assented verbally and signed the 7-12 y assent form on [[DATE|date:5/20/2025]]. Both parents present: [[PERSON|name:Ngozi Chukwu]] and [[PERSON|name:Erik Larsen]]; both signed permission (greater-than-minimal-risk study, 45 CFR 46.405).
Child asked whether the blood draw would hurt and if he could stop any time - answered.
Study: inhaled corticosteroid step-down in controlled asthma; first spirometry FEV1 94% predicted.""",
    """COMMUNITY RESEARCH VISIT LOG - tribal IRB approved project (diabetes prevention)
Location: chapter house, [[LOCATION|geo:Shiprock]], NM. Date [[DATE|date:04/26/2025]].
14 participants attended. Focus group recorded with permission (audio only, no video). Tribal research review requires data stay in tribal custody: uploads only to [[URL|url:https://research.nndoh.org/projects/dpp-shiprock/upload]].
Participant [[ID|other:SR-DPP-019]] drove others from [[LOCATION|geo:Beclabito]]; mileage reimbursement for own truck, NN plate [[VEHICLE|vehicle:NN 48K22]].
Interviewer [[PERSON|name:Delphina Benally]].""",
]

STYLE_J = [
    """PATIENT SAFETY EVENT REPORT (RL Datix)
Event type: Fall - visitor.  Date/time: [[DATE|date:02/14/2025]] ~1720
Location: level 2 of the [[LOCATION|geo:Piedmont Atlanta Hospital]] Parking Deck C, near stair tower.
Person: visitor [[PERSON|name:Cassius Whitmore-Boyd]], slipped on ice patch beside his parked car (GA tag [[VEHICLE|vehicle:CTM4418]]). Lac to chin, ED evaluated, 4 sutures.
Contributing: drain overflow froze, no ice-melt applied after the 1500 check.
Photos by security: [[ID|photo:DeckC_L2_fall_Whitmore-Boyd_1.jpg]].
Facilities work order opened. Risk management notified.""",
    """INCIDENT REPORT - MEDICATION ERROR (reached patient, no harm)
[[DATE|date:11/09/2024]] 0900 med pass, 7 West.
Metoprolol tartrate 50 mg given to [[PERSON|name:Marjorie Ellison]] (rm 712, MRN [[ID|mrn:6618204]]) instead of [[PERSON|name:Marjorie Allison]] (rm 714, MRN [[ID|mrn:6619113]]). Both 70s, both on cardiac diet. BCMA scan was overridden ("wristband unreadable").
Pt given med: HR 58, BP 108/64 at recheck, asymptomatic, monitored q1h x4. Provider and pt informed (disclosure done by charge RN).
Actions: name-alert stickers on both doors/charts, wristband reprinted, BCMA override reviewed with RN.""",
    """ELOPEMENT / MISSING PERSON EVENT
Resident: [[PERSON|name:Augustin Delacroix]], [[AGE|date:92]], dementia with exit-seeking, wander-guard in place.
Last seen 0215 [[DATE|date:Sat 8/3/24]] in hall B. Door alarm at east exit sounded 0219; staff found door closed and reset without search (deviation).
Found 0340 by [[LOCATION|geo:Opelousas]] PD on [[LOCATION|geo:Landry St]] ~0.6 mi away, barefoot, unhurt. Police report [[ID|other:OPD-24-006612]].
Family ([[PERSON|name:Marie-Claire]], daughter) notified 0355.
Actions: door alarm procedure re-education, wander-guard tested, RCA scheduled.""",
    """PRIVACY INCIDENT - MISDIRECTED FAX
Date discovered [[DATE|date:June 11, 2025]]. Reported by recipient, a dry cleaner in [[LOCATION|geo:Tempe]].
Intended recipient: [[LOCATION|geo:Arizona Oncology - Deer Valley]], fax [[PHONE|fax:(623) 879-6120]]
Actual number dialed: [[PHONE|fax:(623) 897-6120]] (transposed digits, manually keyed).
Content: 6-page referral incl. face sheet for [[PERSON|name:Tobias Ferreira-Kane]] with full SSN [[ID|ssn:258-30-6777]], insurance, path report.
Recipient attested destruction by shredding. Breach risk assessment: 4-factor analysis -> notification required. Letter to pt sent; logged for annual OCR report (< 500).""",
    """DEVICE EVENT REPORT - infusion pump
Pump: Alaris 8015 PC unit SN [[DEVICE|device:14092273]], LVP module SN [[DEVICE|device:13880561]].
[[DATE|date:2024-10-16]] 2310: heparin infusion delivered ~2x programmed rate for ~40 min (free-flow suspected when door opened during tubing change). aPTT 142 at 0010; infusion held, no bleeding.
Pt [[PERSON|name:Beatriz Lozano Ugarte]] informed next morning.
Pump sequestered with tubing (lot 24061887). MedWatch 3500A report [[ID|other:MW5104412]] submitted; manufacturer complaint opened.""",
    """WORKPLACE VIOLENCE REPORT - Emergency Department
[[DATE|date:12/31/2024]] 2350. Visitor became verbally aggressive then struck triage RN's forearm after being told only 1 visitor allowed.
Visitor identified from WA driver license [[ID|license:WDLHZ44291K8]] as [[PERSON|name:Kyle Brandvold]]; trespass notice issued. Entry camera face-match log ref [[ID|biometric:FR-MATCH-20241231-0441]] attached to security file.
[[LOCATION|geo:Spokane]] PD responded, case number pending.
Staff injury: contusion, employee health f/u. Offered EAP.""",
    """SPECIMEN EVENT - lost / unlabeled
Two tubes (lavender, gold) found in tube system receiving bin with no label. Requisition for [[PERSON|name:Oluwaseun Adeyemo]] (accession [[ID|other:C25-0418832]]) shows drawn [[DATE|date:04/18/2025]] 0615 by phlebotomy.
Per policy unlabeled specimens discarded; recollect ordered 0900. Delay in K result for pt on insulin gtt - no harm.
Contributing: label printer on 5 South jammed; labels printed at 6 South and carried over.""",
    """SECURITY INCIDENT - STOLEN LAPTOP
Reported [[DATE|date:01/21/2025]] by [[PERSON|name:Anand Chaturvedi]], research analyst: laptop taken from car overnight at home, [[LOCATION|geo:Cary]], NC.
Wi-Fi MAC [[DEVICE|device:3C:22:FB:7A:0E:19]]; last VPN session from [[IP|ip:75.177.20.148]] on [[DATE|date:01/20/2025]] 22:14.
Device encrypted (BitLocker verified via console), remote wipe issued. Local files: cohort extract with MRNs for ~2,300 pts - encrypted at rest -> safe harbor for breach notification applies.
Ticket closed after review.""",
    """EVENT REPORT - vehicle collision, ambulance bay
[[DATE|date:09/06/2024]] 1405. Private vehicle backed into bay 2 and struck parked ambulance (no pt aboard).
Private vehicle: 2019 Nissan Altima, VIN [[VEHICLE|vehicle:1N4BL4BV8LC723880]], SC plate [[VEHICLE|vehicle:QFT 281]]; driver [[PERSON|name:Lashonda Pettiford]] was dropping off her father for dialysis.
Ambulance unit 14 (bumper damage) out of service 3 h.
No injuries. Photos: [[ID|photo:Bay2_collision_QFT281_01.jpg]]. Signage/bollard review requested.""",
    """HOSPITAL-ACQUIRED PRESSURE INJURY REPORT
Pt [[PERSON|name:Gwendolyn Achterhof]], admitted [[DATE|date:10/27/24]], found [[DATE|date:11/02/24]] with unstageable injury to R heel under offloading boot strap.
Device-related: yes (heel boot). Wound photos: [[ID|photo:HAPI_6618_Achterhof_Rheel.png]].
Braden on admission 14 -> 11. Skin checks documented q12h but heel not examined x 2 shifts (boot not removed).
Actions: boot removal with each skin check added to flowsheet; WOCN reeducation.""",
]


def main() -> None:
    n = write_styled(
        OUT,
        [
            ("progress-note", STYLE_A),
            ("discharge-summary", STYLE_B),
            ("referral-letter", STYLE_C),
            ("sbar-handover", STYLE_D),
            ("pharmacy-pdmp", STYLE_E),
            ("telehealth", STYLE_F),
            ("billing-claims", STYLE_G),
            ("device-telemetry", STYLE_H),
            ("research-log", STYLE_I),
            ("incident-report", STYLE_J),
        ],
    )
    print(f"probe67: {n} docs")


if __name__ == "__main__":
    main()
