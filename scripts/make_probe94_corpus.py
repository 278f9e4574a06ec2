"""Write the 94th hand-annotated redaction probe, rural and regional US clinical text.

Why: records from rural and regional America (Appalachia, the Mountain West, the Southwest
border, the Deep South, Alaska and tribal health facilities) mix Hispanic, Navajo, Lakota,
Yup'ik, Vietnamese, Hmong and Anglo names, many of them everyday English words (Summer, Rusty,
Dusty, Ray, Brook, Hope, Faith, Her, Active, Sam), with towns and counties that are ordinary
words too (Hope, Truth or Consequences, Liberty, Sweet Home, Boring, Plain City, Man, Happy,
Whynot). US identifiers (SSNs in every separator style, Medicare MBIs, Medicaid ids, IHS chart
numbers, NPI and DEA numbers, state driver licences, tribal enrolment numbers, lone ZIP and
ZIP+4 codes) sit next to doses, lab values, scores, ICD-10/CPT/NDC/LOINC codes, EINs, routing
and group numbers, bed numbers and public helplines that must stay.

What: one hundred notes in ten styles of ten: critical-access-hp (critical-access hospital
H&P), ihs-soap-note (Indian Health Service clinic SOAP note), home-health-visit,
ems-run-report, behavioral-health-intake, dental-progress-note, pharmacy-refill-log,
patient-portal-message, claims-extract (CMS-1500/837/835/UB-04 like billing extracts) and
lab-interface-result (HL7-like lab result text). Every identifier is marked inline as
``[[LABEL|category:text]]``; ``write_styled`` strips the markers and computes the offsets while
concatenating. Output is byte-reproducible.

Conventions: titles/roles outside names (Dr, Mrs, Sr., Q.F.B., MD, RN, "BABY GIRL");
"SURNAME, First", "SURNAME First" and HL7 "SURNAME^First^M" are one span; nicknames and first
names alone are marked. Medicare MBIs, Medicaid/CHIP ids and insurer member or subscriber ids
are ID|health_plan (group numbers are not marked); MRNs, IHS chart (HRN) numbers, hospital,
agency, hospice and reference-lab patient ids are ID|mrn; SSNs in any separator style, the last
four alone and an SSN used as a provider TIN are ID|ssn (clinic EINs are not marked); NPI, DEA,
state driver and CDL licence, nursing, pharmacy, dental, counsellor and EMS certification
numbers are ID|license; patient accounts and control numbers, bank, HSA and copay-card accounts,
portal usernames and device-app or social-media accounts are ID|account (routing numbers alone
are not marked); claim, ICN, case, incident, run, prior-authorisation, referral, transport,
police, sheriff, court, reportable-disease, accession, specimen-kit and tribal enrolment
numbers are ID|other. Ages of anyone (patients, relatives, children) are marked, 90+ as
AGE|date; "19F", "16M", "6yo", "18mo", "29Y" whole, "M/58", "63 yo", "3 mo" and "94 yrs"
number only. A date with its time (also an HL7 timestamp) is one DATE span; weekday+date one
span; month+year is marked; times, years alone, durations, weekdays alone and gestations are
not marked. Hospitals, clinics, home-health agencies, hospices, named pharmacies (with the branch
town when written together), schools, towns, villages, counties, reservations, lakes, rivers,
state highways and streets or roads without a number are LOCATION|geo; a full address (also a
PO Box, HC or Rt box with town, or an HL7 address field) is one ADDRESS|geo; a street line with
a number alone or a lone ZIP or ZIP+4 is ADDRESS|geo. States, countries, tribes and nations
named as affiliation, IHS, health systems, EMS, fire, police and public-health agencies are not
marked. Public lines (911, 988), extensions and HL7 message control ids are not marked; clinic,
agency, pharmacy, on-call and family phone and fax numbers are. Serials, UDIs, transmitter ids
of personal devices are DEVICE|device; lab analyser serials, cartridge, vaccine and kit lot
numbers and NDCs are not. Plates, VINs, snowmachine and vessel registrations of patients and
families are VEHICLE|vehicle. Only full-face photo references are ID|photo (wound, arm and
intraoral photos are not); fingerprint, palm-vein and voiceprint template ids are ID|biometric.
Staff initials alone (KT, S. B., T.O.) are not marked. Check-digit identifiers (NPI, DEA, VIN)
and MBI formats mostly pass; a few deliberately do not.

How: cd /work/main && .venv/bin/python scripts/make_probe94_corpus.py (writes
corpus/redaction/probe94.jsonl).
"""

from pathlib import Path

from make_safe_harbor_suite import write_styled

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "corpus" / "redaction" / "probe94.jsonl"

CRITICAL_ACCESS_HP = [
    """CRITICAL ACCESS HOSPITAL - HISTORY AND PHYSICAL
Patient: [[PERSON|name:SIZEMORE, Dusty Lee]]   DOB: [[DATE|date:03/14/1961]]   MRN: [[ID|mrn:HV0048812]]
Admit 21:47 via ED   Room 6 bed B   Attending: R. C., MD
CC: chest tightness x 3 hrs.
HPI: [[AGE|other:63]] yo retired coal miner (22 yrs underground) brought by private vehicle from [[LOCATION|geo:Viper]]
with substernal pressure 7/10 radiating to L jaw, onset 18:30 while splitting kindling. Took ASA 324 mg at
home per daughter [[PERSON|name:Summer]]. Hx CWP (federal black lung claim), HTN, DM2 (A1c 8.4),
40 pk-yr tobacco, quit 2015.
EXAM: BP 168/94, HR 102, RR 20, SpO2 91% RA, T 98.1. JVP 9 cm. Bibasilar crackles.
ECG: STE 2 mm II, III, aVF. hs-TnI 412 ng/L (ref <34).
PLAN: STEMI alert 22:05, heparin 4000 U bolus, ticagrelor 180 mg, fly to PCI center (accepting
cardiologist on transfer line, ext 4400). DIDO 58 min. Medicare [[ID|health_plan:3QW7-HN2-RD45]].""",
    """H&P - [[LOCATION|geo:Sierra Vista Critical Access Hospital]] ([[LOCATION|geo:Truth or Consequences]], NM)
Name: [[PERSON|name:Esquibel, Guadalupe "Lupe"]]   ([[AGE|other:76]] y/o F)   MRN [[ID|mrn:0731554]]
Admitted from ED 14:10, brought by granddaughter.
CC: "me falta el aire" - SOB x 4 days, 3-pillow orthopnea, 6 lb weight gain.
PMH: HFrEF (EF 30% on echo 2022), AFib on apixaban 5 mg BID, CKD 3b (Cr 1.9), gout.
SH: widow, lives alone on [[LOCATION|geo:Foch St]]. Spanish preferred; video interpreter used, 40 min.
Exam: BP 102/64, HR 118 irreg, SpO2 88% -> 94% 3L NC, 2+ pitting to knees.
Labs: BNP 2,140, K 5.3, Na 131, Hgb 10.2. CXR: bilateral effusions.
A/P: ADHF. Furosemide 80 mg IV BID, strict I/O, daily weights. Swing-bed eligible after day 3.
Medicare [[ID|health_plan:5KP2YC8TA61]].""",
    """HISTORY & PHYSICAL / SWING BED ADMISSION
[[LOCATION|geo:Sweet Home]] Community Health, OR   Attending [[PERSON|name:Colleen Boatwright]] DO  NPI [[ID|license:1144607540]]
Pt: [[PERSON|name:HAGGARD, Rusty]]  M/[[AGE|other:58]]   adm [[DATE|date:Tue 4/2/24]]
Transferred after L TKA complicated by wound dehiscence; needs IV cefazolin 2 g q8h x 14 days via PICC
(placed 4 days ago, 4 Fr, 41 cm). Logger. Lives in travel trailer, ZIP [[ADDRESS|geo:97386]]. Drinks 6 beers/night. CIWA-Ar q4h.
Ins: Oregon Health Plan; SAIF workers comp claim [[ID|other:WC 8830129-A]].
Exam: T 100.4, HR 96, wound 3 cm gap, serous drainage, no purulence.
Plan: ID consult by telehealth, wound vac 125 mmHg continuous, PT/OT BID, enoxaparin 40 mg daily.""",
    """ADMISSION H&P   [[LOCATION|geo:Chinle Comprehensive Health Care Facility]]
Patient [[PERSON|name:Yazzie, Harrison]]   HRN [[ID|mrn:CH 118 204]]   Sex M   Admit [[DATE|date:01/15/2025 0342]]
CC: fever, cough, confusion. Son [[PERSON|name:Delbert]] drove him 2 hours on dirt roads after snow; their pickup
[[VEHICLE|vehicle:NN 4H7Q2]] got stuck at the wash.
HPI: [[AGE|other:67]] yo Diné man, Navajo speaker only; history via son. 5 days productive cough, 2 days confusion.
PMH: DM2 on metformin 1000 mg BID, HTN, remote TB exposure (LTBI treated 1998, 9H).
SH: sheep camp in summer; hauls water; no electricity. Family requests ceremony space - chaplain paged.
Vitals: T 39.1, HR 124, BP 94/52, RR 28, SpO2 84% RA. CURB-65 = 4.
Labs: WBC 18.9, lactate 3.8, Cr 2.1, glucose 412. CXR RLL consolidation.
Plan: sepsis bundle 30 mL/kg, ceftriaxone 2 g + azithro 500 mg, insulin drip; medevac to ICU.""",
    """CRITICAL ACCESS H&P - OBSTETRIC TRIAGE / ADMIT
[[LOCATION|geo:Jefferson Davis Community Hospital]], MS
Pt: [[PERSON|name:Hope Ladner]]  ([[AGE|other:19F]])  G2P1 at 37w2d   MRN [[ID|mrn:00388129]]   [[DATE|date:5/7/2024 @ 02:15]]
Presented with ctx q3-4 min since midnight; SROM clear at 01:30. GBS negative. 9 prenatal visits. Hgb 10.8.
FOB at bedside.
Address: [[ADDRESS|geo:Rt 2 Box 118, Bassfield MS 39421]]
Exam: cvx 6/90/0, vertex, FHR 140s moderate variability, cat I.
Plan: admit L&D room 2; family physician with OB privileges notified; transfer if arrest of labor.
Rh pos, rubella immune.""",
    """H&P   Admission, [[LOCATION|geo:Bethel]] AK
Name: [[PERSON|name:ACTIVE, Evon]]   [[AGE|other:6yo]] M   YKHC MRN [[ID|mrn:745520]]
Admit [[DATE|date:03/03/2025 16:20]]   Medevac from [[LOCATION|geo:Hooper Bay]] clinic.
CC: wheezing, retractions, fever 2 days. Mother accompanies. Household of 11 in a
2-bedroom home, honey bucket, hauled water.
PMH: RSV bronchiolitis as infant, bronchiectasis on CT 2023.
Vitals: T 38.9, RR 52, SpO2 86% RA, HR 160. Weight 19.4 kg.
CXR: RML/RLL infiltrate. Viral panel pending.
Plan: HFNC 20 L/min 40%, albuterol 2.5 mg q2h, ceftriaxone 50 mg/kg. If FiO2 >50% -> [[LOCATION|geo:ANMC]].
Mom cell [[PHONE|phone:907-758-2284]].""",
    """HISTORY AND PHYSICAL
[[LOCATION|geo:Liberty]] Regional Medical Ctr, TX - Adult med/surg, bed 14
Pt [[PERSON|name:NGUYEN VAN THANH]] (goes by [[PERSON|name:Tommy]])   MRN [[ID|mrn:LRM2208831]]
Admitted [[DATE|date:Sunday, June 16, 2024]] via ED.
CC: RUQ pain, vomiting. Shrimper out of [[LOCATION|geo:Anahuac]]; daughter interprets (Vietnamese).
PMH: HBV carrier (HBsAg+ 2011), DM2, HLD. No EtOH. Never screened for HCC.
Exam: T 38.6, jaundiced, Murphy +. Labs: T bili 4.2, ALP 310, lipase 88, WBC 15.2, AFP 6.
US: CBD 11 mm, stones. Dx: cholangitis (Tokyo grade II).
Plan: pip-tazo 4.5 g q6h, NPO, transfer for ERCP.
SSN on face sheet [[ID|ssn:461-78-3021]].""",
    """H&P - [[LOCATION|geo:Pine Ridge]] IHS Hospital, Inpatient
Patient: [[PERSON|name:Two Bulls, Marcella]]   HRN [[ID|mrn:PR-0093417]]   [[AGE|other:35]]F
Admission: [[DATE|date:12/28/2024 22:40]]; EMS from home (45 mi).
OST enrollment [[ID|other:OST 48213]] verified by registration.
CC: abdominal pain, vomiting, etoh withdrawal. Last drink 36 h ago. CIWA 18.
PMH: alcohol use disorder, pancreatitis x3, DM2 (A1c 11.2), depression.
SH: lives with her aunt; 2 children with grandmother.
Exam: T 37.9, HR 128, BP 150/98, tremor, diaphoretic, epigastric tenderness.
Labs: lipase 1,840, glucose 389, AG 22, BHB 4.1 - DKA + pancreatitis.
Plan: ICU bed 2, insulin gtt, LR 250 mL/h, phenobarbital load 10 mg/kg, thiamine 500 mg IV TID.""",
    """HISTORY & PHYSICAL (dictated, transcribed [[DATE|date:9/12/24]])
Family practice admission to obs unit
Pt [[PERSON|name:Whitlock, Raymond "Ray" J]]  Age [[AGE|other:81]]   MRN [[ID|mrn:MH 7754102]]
CC: syncope at the [[LOCATION|geo:Boring]] Grange pancake breakfast, witnessed by his wife, ~20 sec, no seizure.
HPI: pacemaker (Medtronic Azure XT DR MRI, SN [[DEVICE|device:RNB304417S]]) placed 2019 for CHB; last interrogation
normal. Also on donepezil 10 mg, metoprolol 25 mg, tamsulosin 0.4 mg.
Still holds OR DL [[ID|license:4821977]]; discussed driving.
Exam: orthostatic BP 142/80 -> 104/62 standing, HR 70 paced. No murmur.
Device interrogation: normal function, no arrhythmia. Trop neg x2.
A/P: orthostatic syncope, likely tamsulosin + volume. Hold tamsulosin, PT eval, obs 24 h.""",
    """ADMISSION HISTORY & PHYSICAL
[[LOCATION|geo:Lost Rivers Medical Center]], ID   Room 3
[[PERSON|name:BACA, Consuelo]]   F   [[AGE|date:92]] yrs   MR# [[ID|mrn:LR-41180]]
Admit 19:05 from ranch (26 mi) by county ambulance.
CC: fall in kitchen, R hip pain, unable to bear weight. Found by grandson after ~6 h.
XR: displaced R femoral neck fx. CK 2,900, Cr 1.4.
PMH: osteoporosis, HTN, macular degeneration. DNR/DNI per POST form (on file, signed 2023).
Plan: fascia iliaca block 30 mL ropiv 0.2%, transfer for ORIF accepted.
Granddaughter [[PERSON|name:Autumn]] (POA) [[PHONE|phone:208-588-3307]].""",
]

IHS_SOAP_NOTE = [
    """[[LOCATION|geo:Kayenta Health Center]] - Primary Care SOAP   Visit 09:40
Pt: [[PERSON|name:BEGAY, Loretta J]]  HRN [[ID|mrn:KY 55-2091]]  F
S: [[AGE|other:53]] yo here for DM f/u. Sugars 180-250. Eats mutton stew, fry bread on weekends. Hauls water 2x/wk.
Dexcom G7; Clarity share account [[ID|account:lbegay71]] now linked to clinic.
O: BP 146/88, wt 212 lb, BMI 36.4. A1c 9.6 (prev 10.1). UACR 88 mg/g. Monofilament intact.
A: DM2 uncontrolled w/ CKD A2; HTN.
P: semaglutide 0.5 mg weekly, lisinopril 20 mg. Retinal camera today. RTC 3 mo.
Cell [[PHONE|phone:928-697-4410]] (spotty signal). Provider: M. E., FNP""",
    """SOAP NOTE   [[LOCATION|geo:Rosebud]] IHS Hospital - Outpatient Clinic
[[DATE|date:Wednesday 3/12/2025]]   Pt [[PERSON|name:Little Thunder, Jace]]  [[AGE|other:16M]]
With grandmother ([[AGE|other:71]]), legal guardian.
S: sports physical for [[LOCATION|geo:Todd County High School]] basketball; wheeze with running. Vapes "a little".
PHQ-A 6. Denies SI. Sister died by suicide 2023 -> safety plan reviewed, 988 given.
O: BP 118/70, HR 64, BMI 22. Lungs clear. Spirometry FEV1/FVC 0.78, +14% post-BD.
A: exercise-induced bronchoconstriction; vaping.
P: albuterol HFA 2 puffs 15 min pre-exercise; cessation counseling; cleared for play.
Rosebud Sioux Tribe enrollment [[ID|other:RST-017724]] on file.""",
    """[[LOCATION|geo:Crownpoint Healthcare Facility]] - Behavioral/Primary SOAP
Pt [[PERSON|name:Manygoats, Calvin]]  HRN [[ID|mrn:0044829]]  M/[[AGE|other:44]]
S: Requests refill buprenorphine/naloxone 8/2 mg BID. Works at the uranium cleanup site. No use since April; UDS today.
Mileage reimbursement form: drives 2016 Silverado VIN [[VEHICLE|vehicle:1GCLGRR65GH625395]].
O: UDS + bupe, - fentanyl, - meth. PDMP checked: single prescriber. COWS 0.
A: OUD in early remission on MOUD.
P: continue 8/2 mg BID x 28 d; naloxone kit given (lot 4471B). Prescriber Dr. [[PERSON|name:Evangeline Foster]],
NPI [[ID|license:1430753420]], DEA [[ID|license:FF6875833]]. f/u 4 wk.""",
    """SOAP - [[LOCATION|geo:Northern Navajo Medical Center]], Peds Clinic
[[DATE|date:Jan 27 2025]]  [[PERSON|name:Bitsui, Kaylee]]  [[AGE|other:18mo]] F  HRN [[ID|mrn:SR-2230-918]]
S: Mom reports 3 days diarrhea, 5 wet diapers/day, eating less. Day care in [[LOCATION|geo:Fruitland]].
O: T 37.8, wt 10.9 kg (was 11.3), MMM, cap refill <2 s. Abd soft.
A: acute gastroenteritis, mild dehydration (~3%).
P: ORS 50 mL/kg over 4 h in clinic trial - tolerated 400 mL. Zinc 10 mg x 10 d. Return if <3 wet diapers.
Vaccines: Hep A #2 given L thigh, lot HA2219, VIS given.
Mom cell [[PHONE|phone:505 368 7714]].""",
    """OUTPATIENT SOAP   [[LOCATION|geo:Sells Hospital]], AZ
Visit 10:05   Pt [[PERSON|name:JOSE, Anselmo]]   HRN [[ID|mrn:SE 71-0042]]
S: [[AGE|other:74]] yo with foot ulcer R plantar 1st MTH x 3 wk. Walks barefoot around home in [[LOCATION|geo:Ali Chuk]].
Daughter does dressings. Temperature outside 112 F last week.
O: ulcer 2.1 x 1.8 cm, probes to bone? no. ABI 0.72. Pedal pulses weak. A1c 8.9.
A: DFU Wagner 2, PAD.
P: offloading boot, wound care daily, doxycycline 100 mg BID x 14 d; XR foot; podiatry via PRC,
ref [[ID|other:PRC-TOH-24-1187]]. AHCCCS [[ID|health_plan:A87712045]].""",
    """SOAP NOTE [[LOCATION|geo:Eagle Butte]] IHS Health Center
Pt [[PERSON|name:Brings Plenty, Lorraine]]  F/[[AGE|other:61]]
S: HTN + hep C f/u. Completed sofosbuvir/velpatasvir 12 wk; SVR12 today. Husband had stroke, she is caregiver.
Lives 30 mi west, no phone at home.
O: BP 138/84, HR 72. HCV RNA not detected. ALT 22. FIB-4 1.1.
A: HCV cured; HTN at goal-ish.
P: amlodipine 5 mg continue; mammogram referral; shingrix #2.
CRST enrollment [[ID|other:CRST 22941]] - needed for tribal pharmacy.
Email for portal: [[EMAIL|email:lbringsplenty61@gmail.com]]""",
    """[[LOCATION|geo:Tuba City Regional Health Care]] - Walk-in SOAP
[[DATE|date:Saturday, 5/18/2024]] 13:22   [[PERSON|name:TSOSIE, Darnell]]   HRN [[ID|mrn:TC 338 1071]]
S: [[AGE|other:22]] yo, thrown at the fairgrounds rodeo (bull riding), L shoulder pain. No LOC.
Registration ID: AZ DL [[ID|license:D04418729]]; face photo captured [[ID|photo:TCRHC_reg_3381071.jpg]].
O: L shoulder squared-off, anterior fullness. Neurovascular intact, axillary sensation intact.
XR: anterior dislocation, no fx.
A: anterior shoulder dislocation.
P: reduced (external rotation) under ketamine 1 mg/kg, post XR reduced. Sling 1 wk, ortho f/u 2 wk.
Girlfriend [[PERSON|name:Shawnee]] driving him home.""",
    """SOAP  [[LOCATION|geo:Alaska Native Medical Center]] - Family Medicine Clinic
[[DATE|date:4/22/2025]]  [[PERSON|name:Nanalook, Sophie]]  [[AGE|other:38]] F   MRN [[ID|mrn:AN0411289]]
S: from [[LOCATION|geo:Togiak]], in town for prenatal care; staying at [[LOCATION|geo:Quyana House]].
G3P2 at 28w. Travel authorized.
O: BP 122/76, FH 28 cm, FHR 146. 1h GCT 168.
A: abnormal GCT.
P: 3h GTT tomorrow, Tdap today, RhoGAM not needed (Rh+).""",
    """SOAP NOTE   [[LOCATION|geo:Tséhootsooí Medical Center]], [[LOCATION|geo:Fort Defiance]] AZ
DOS [[DATE|date:12/02/2024]]   [[PERSON|name:Benally, Harriet]]   [[AGE|date:94]] yrs
S: grandson reports poor intake 1 wk, more confused. Lives in hogan; wood stove; no running water.
O: BP 96/58, HR 104, Na 128, BUN 48, Cr 1.6, UA nitrite+.
A: UTI with dehydration; hyponatremia.
P: 1 L NS in clinic, cephalexin 500 mg BID x 7 d, CHR daily checks; home health referral.
Hearing aid (Phonak, serial [[DEVICE|device:2214X0K81]]) lost - replacement via PRC.
Medicare [[ID|health_plan:8HD3KM1PS72]].""",
    """[[LOCATION|geo:Zuni]] Comprehensive Community Health Center - SOAP
[[DATE|date:March 3rd, 2025]]   Pt [[PERSON|name:Laiwakete, Oscar]]   [[AGE|other:49]]M
S: Silversmith; burn R hand from torch 2 days ago. Also needs CDL physical (drives a school bus route).
CDL [[ID|license:NM 049 771 284]]. OSA on CPAP (ResMed AirSense 11, SN [[DEVICE|device:23231904117]]) - compliance 91%.
O: 2nd degree burn 3 x 2 cm dorsum R hand. BP 132/84. Vision 20/25 OU.
A: partial-thickness burn; DOT physical - qualified 1 yr (CPAP compliant).
P: silver sulfadiazine, tetanus up to date. DOT card issued.
Wife [[PERSON|name:Priscilla]] phone [[PHONE|phone:505 782 4471]].""",
]

HOME_HEALTH_VISIT = [
    """HOME HEALTH SKILLED NURSING VISIT
Patient: [[PERSON|name:Fugate, Hassel]]   Visit time in 09:05 out 10:10
Address: [[ADDRESS|geo:HC 61 Box 2270, Hindman, KY 41822]] (third trailer on the left past the swinging bridge)
Homebound: yes - dyspnea at 10 ft, O2 dependent. [[AGE|other:71]] yo, COPD GOLD 4, CHF.
O2 concentrator Invacare Platinum 10, serial [[DEVICE|device:PT10-2218734]], 3 L continuous; backup E-cylinders x4.
Vitals: BP 128/70, HR 92, RR 24, SpO2 89% on 3 L. Wt 151 (was 148).
Teaching: pursed-lip breathing, no smoking near O2 - wife still smokes on porch.
Plan: notify PCP re wt gain 3 lb, fax [[PHONE|fax:606-785-0213]].
RN: [[PERSON|name:Tammy Gayheart]], RN, KY lic [[ID|license:RN 1098842]]""",
    """OASIS-E START OF CARE (summary)
Agency: [[LOCATION|geo:Rio Grande Home Care]]   Ph [[PHONE|phone:575-835-0092]]  Fax [[PHONE|fax:575-835-0094]]
Pt [[PERSON|name:MAESTAS, Eloy]]   SOC [[DATE|date:06/24/2024]]   Medicare [[ID|health_plan:4MR6D27QH30]]
Referral: discharge 3 days ago after CVA (L MCA). M1033 risk: high.
Lives with wife on a ranch road off NM-1; mail to PO box in [[LOCATION|geo:San Antonio]].
Functional: mod assist transfers; R hemiparesis; expressive aphasia. Spanish.
Meds reconciled: clopidogrel 75, atorvastatin 80, lisinopril 10. Pill box set for 7 d.
Safety: no grab bars, wood stove, 2 dogs. Firearms locked per son.
Goals: PT 3w4, OT 2w4, ST 2w4, SN 1w4. Emergency plan: 911.""",
    """HOME HEALTH AIDE / SN VISIT NOTE
[[DATE|date:Thu 1/16/25]]  Pt [[PERSON|name:XIONG, Tou]]  [[AGE|other:66]]M  Agency ID [[ID|mrn:HH 044 921]]
Daughter [[PERSON|name:Pa Nhia]] translates (Hmong); her email for updates [[EMAIL|email:panhia.xiong88@yahoo.com]].
Dx: ESRD on home PD (cycler Baxter Amia SN [[DEVICE|device:AM4N091773]]), DM2, HTN.
Exit site clean, no tunnel tenderness. PD effluent clear. UF 900 mL overnight. BP 150/90.
Family wants to use herbal tea - renal RN aware.
Cycler modem uploads to dialysis unit - Sharesource acct [[ID|account:SS-7719042]].
Plan: continue; call dialysis RN if cloudy effluent or T >100.4.""",
    """SKILLED NURSING VISIT - WOUND CARE
Agency: [[LOCATION|geo:Delta Area Home Health]], [[LOCATION|geo:Greenwood]] MS
Client Mrs. [[PERSON|name:Odessa Pruitt]]  ID [[ID|mrn:DAHH-88130]]   [[DATE|date:August 2, 2024]]
Stage 4 sacral PI 6.0 x 4.5 x 2.1 cm, undermining 2 cm at 3 o'clock. NPWT at 125 mmHg; unit KCI ActiV.A.C. SN [[DEVICE|device:AVCF41220]].
Wound photos x3 uploaded to chart (sacrum only, no face).
Pt [[AGE|other:88]], bedbound, hospital bed + Group 2 mattress. Albumin 2.7. Nutrition: Ensure BID.
Called PCP office re increased drainage; order for wound culture.
Payer: Humana Gold Plus [[ID|health_plan:H44821993]]. Next visit Monday.""",
    """VISIT NOTE - PHYSICAL THERAPY (home)
[[DATE|date:02/11/2025]]   [[PERSON|name:GALLEGOS, Refugio "Cuco"]]   M/[[AGE|other:79]]
Home: [[ADDRESS|geo:905 S Copper St, Deming NM 88030]]. Lives alone; niece checks daily, drives over from [[LOCATION|geo:Columbus]].
S: "ando mejor". Fell 2 wk ago at the flea market.
O: TUG 19 s, Berg 38/56, gait with RW 120 ft. 5xSTS 21 s.
A: high fall risk, improving.
P: HEP, remove throw rugs, PERS pendant ordered (Lifeline, device ID [[DEVICE|device:LL-5520-913-04]]).""",
    """HOME HEALTH NURSING NOTE - PEDIATRIC
Visit [[DATE|date:11/19/2024 15:30]]   [[PERSON|name:Kaylynn Kvasnikoff]]   [[AGE|other:9]] y/o   [[LOCATION|geo:Soldotna]] AK
Mother is primary caregiver.
Dx: T1DM on Omnipod 5 (PDM serial [[DEVICE|device:PDM5-00821746]]), Dexcom G6 transmitter [[DEVICE|device:8G4P2X]].
TIR 62%, 3 lows <54 last wk overnight. Reviewed via Glooko (acct [[ID|account:crystal.kvas]]).
Teaching: glucagon (Baqsimi) use, school plan for [[LOCATION|geo:Soldotna Elementary]].
Endo fax for orders: [[PHONE|fax:907-212-6102]].""",
    """SN VISIT / INR MONITORING
[[DATE|date:Friday, September 27, 2024]]   Pt [[PERSON|name:Hensley, Velma]]   [[AGE|date:90]] yr F   [[LOCATION|geo:Man]], WV
POC INR (CoaguChek XS meter SN [[DEVICE|device:UU12084417]]) = 3.6 on warfarin 5 mg daily exc 2.5 Mon/Fri.
Called anticoag clinic: hold tonight, then 2.5 mg x2, recheck in 4 days.
Daughter manages pill box; her cell [[PHONE|phone:304-946-2280]].
No bleeding, bruises L forearm.
SSN (legacy record) [[ID|ssn:234 70 1188]].""",
    """HOSPICE HOME VISIT - RN CASE MANAGER
[[LOCATION|geo:Heart of Texas Hospice]]   [[DATE|date:12/21/24]]
Pt [[PERSON|name:RAMIREZ, Socorro]]  [[AGE|other:84]]F   Dx: pancreatic ca
Home: [[LOCATION|geo:Happy]], TX - lives with son [[PERSON|name:Jesús "Chuy" Ramírez]] and his family.
PPS 30%. Pain 6/10 -> morphine concentrate 20 mg/mL 5 mg SL q2h prn, using 6 doses/day -> start MS Contin 15 mg BID.
Comfort kit in fridge, counted (lorazepam 0.5 mg #10).
EVV face-photo check-in of patient captured: file [[ID|photo:evv_selfie_20241221_0932.jpg]].
Hospice after-hours line [[PHONE|phone:325-643-1140]].""",
    """HOME HEALTH - MEDICATION RECONCILIATION VISIT
[[PERSON|name:Vang, Mai]] ([[PERSON|name:VANG MAI]] on insurance card)   F/[[AGE|other:57]]
Address: [[ADDRESS|geo:2277 9th Ave Dr NE, Hickory NC 28601-1913]]
Son interprets; EVV voice verification enrolled - voiceprint ID [[ID|biometric:VPX-30119-22]].
Meds: 14 bottles incl. duplicates of metoprolol tartrate and succinate - clarified with [[LOCATION|geo:Walgreens Hickory]].
BP 104/60, HR 54 -> hold tartrate, notify PCP.
Medicaid NC [[ID|health_plan:947728113R]].""",
    """PT/OT JOINT VISIT NOTE - frontier service area
[[DATE|date:July 22, 2024]]  Pt [[PERSON|name:Ekstrom, Buck]]  [[AGE|other:68]]
Ranch 64 mi gravel to nearest hospital ([[LOCATION|geo:Garfield County]] has none).
s/p L BKA [[DATE|date:5/2024]] (PVD). Socket fitting next month.
Wants to drive ranch truck (MT plate [[VEHICLE|vehicle:21-4471A]]); hand controls discussed.
TUG 24 s with walker, wheelchair for distance (Quickie, serial [[DEVICE|device:QK2109477]]).
Home phone [[PHONE|phone:406-557-2218]] (no cell service). Next visit in 2 wk (distance).""",
]

EMS_RUN_REPORT = [
    """PATIENT CARE REPORT   Incident # [[ID|other:2024-118734]]   Unit Medic 7
Dispatched 02:14  On scene 02:41  Transport 03:02  At dest 03:38
Location: [[LOCATION|geo:KY-15]], single vehicle MVC vs rock cliff; 2017 Ford F-150, KY plate [[VEHICLE|vehicle:947 RXL]],
VIN [[VEHICLE|vehicle:1FT2KT68XPG158409]] (per deputy). Sheriff case [[ID|other:PCSO 24-5511]].
Pt: [[PERSON|name:COMBS, Jeremiah]]  [[AGE|other:24]] yo M  Ht 6'1  ~90 kg
Restrained driver, airbag deployed, +etoh odor. GCS 14 (E4V4M6). Seatbelt sign.
Vitals 02:45 BP 96/60 HR 128 RR 24 SpO2 95% ; 03:10 BP 88/54 HR 136.
Tx: 2x 16g IV, TXA 1 g, NS 500 mL, c-collar, pelvic binder. Trauma activation L2.
Crew: B. S. (Paramedic, KY cert [[ID|license:P-45210]]), K. N. (EMT)""",
    """RUN REPORT - Navajo Nation EMS
Run # [[ID|other:KAY-25-00319]]   [[DATE|date:January 4, 2025]]
Scene: residence 11 mi N of the chapter house, "left at the blue water tank, third hogan"; no address.
Caller (daughter) [[PHONE|phone:928-658-3019]].
Pt: [[PERSON|name:Yellowhair, Benjamin]]  M/[[AGE|other:87]]. Found on floor by wood stove, no CO detector.
SpCO 18%. HA, vomiting. Stove pipe disconnected. 2 other family members SpCO 8-10%, refused.
Tx: NRB 15 L, 12-lead sinus tach 112, glucose 144.
Transport 2 h; medical control diverted to [[LOCATION|geo:Tuba City Regional Health Care]] for hyperbaric discussion.
Family's Ram (VIN [[VEHICLE|vehicle:1C6BTJV58JB969634]]) blocking the wash, moved after 25 min.""",
    """PCR  Fire District Medic 31 (rural AZ)   Incident [[ID|other:F25-004471]]
[[DATE|date:03/30/2025 14:52]]
Location: desert 2 mi W of [[LOCATION|geo:Douglas]], AZ near border fence; called in by Border Patrol agent.
Pt: unknown male, gave name "[[PERSON|name:Efraín]]", approx 30s, Spanish-speaking, no ID. Later identified as
[[PERSON|name:EFRAIN TORRES BELTRAN]] via consulate.
Heat illness: T 40.6 rectal, altered, GCS 11. Feet blistered.
Tx: cold water immersion in body bag, ice packs, NS 2 L, glucose 98.
Transport to [[LOCATION|geo:Copper Queen Community Hospital]], then by air to Level I.
Medic NRP [[ID|license:NRP 22-118734]]""",
    """ALS PATIENT CARE REPORT  Fire & Ambulance District Medic 61   Run [[ID|other:SHFAD 24-1871]]
[[DATE|date:Tue Jul 2 2024]]  Call 16:08
Scene: [[LOCATION|geo:Foster Lake]], boat ramp. Witnessed near-drowning, [[AGE|other:7yo]] F, [[PERSON|name:Wren Talbot]].
Father did CPR 2 min before ROSC; submersion ~3 min.
GCS 13, SpO2 90% -> 97% on NRB. Crackles bilat. Temp 35.8.
Transport to local ED then peds transfer.
Family car, Subaru Outback OR [[VEHICLE|vehicle:719 LNZ]], left at ramp - deputy aware.
Father cell [[PHONE|phone:541-818-2604]].""",
    """PATIENT CARE RECORD - Ambulance 4, MS Delta
Incident [[ID|other:HC-0724-2231]]   Date/Time [[DATE|date:07/24/2024 23:40]]
Scene: [[ADDRESS|geo:1209 Hwy 12 E, Lexington MS 39095]] (juke joint parking lot). GSW x1 L thigh.
Pt: [[PERSON|name:Dontrell "Tweet" Funches]], [[AGE|other:19]]M. Alert, GCS 15. Bright red pulsatile bleeding.
Tourniquet applied by bystander 23:31 (time written on TQ). HR 134, BP 100/70.
Tx: second TQ proximal, 18g IV, TXA 1 g, warm blankets.
Transport to Level I, 62 mi; air unavailable (weather).
Police report [[ID|other:LPD 24-00912]].
Medic: NREMT-P [[ID|license:P3371054]]""",
    """EMS RUN SHEET   Search and Rescue / Medevac coordination
Date [[DATE|date:2/14/2025]]  Snowmachine rollover on the river ice road, 8 mi upriver of [[LOCATION|geo:Napakiak]].
Pt: [[PERSON|name:Nicolai, Moses]]  M/[[AGE|other:41]]. Ski-Doo reg [[VEHICLE|vehicle:AK 7731 SN]].
Ambient -28 F. Core temp 33.9 (epitympanic). Deformed R femur.
Tx: traction splint, hypothermia wrap, warm packs, fentanyl 50 mcg x2 IN.
Wife on VHF then phone [[PHONE|phone:907-543-7721]].
Handoff to YKHC ED; MRN assigned [[ID|mrn:745918]].""",
    """PCR - Medic 12, [[LOCATION|geo:Hope]], AR
Date [[DATE|date:11/28/2024]] (Thanksgiving)
Dispatch 12:40 for chest pain at [[ADDRESS|geo:508 E 3rd St, Hope, AR 71801]].
Pt: [[PERSON|name:Otis Dell Stuckey]], [[AGE|other:72]] yo M. Diaphoretic, pain 9/10.
12-lead: STE V1-V4 - STEMI alert transmitted to cath lab 12:58.
ASA 324 mg, NTG 0.4 SL x1 (BP 148/90 -> 132/84), fentanyl 50 mcg.
ICD present (Boston Sci, ID card shows serial [[DEVICE|device:BSC-110937]]); no shock delivered per pt.
Medicare [[ID|health_plan:1CY5VW7GD48]]""",
    """RUN REPORT   County EMS Unit 2   Run # [[ID|other:PCEMS-2024-0551]]
[[DATE|date:May 30th, 2024]] 15:05   Scene: Closed Canyon trailhead, state park.
Pt: [[PERSON|name:Le, Minh Chau]]  [[AGE|other:29F]], tourist from [[LOCATION|geo:Garden Grove]], CA. Fall 8 ft, L ankle deformity.
Hiking companion drove to find signal; rental car TX [[VEHICLE|vehicle:RHK-4410]].
Vitals stable, pain 8/10. Splint, fentanyl 75 mcg IN total. Transport 70 mi.
Pt's email for billing (no US address on file): [[EMAIL|email:minhchau.le.gg@outlook.com]].
Crew: Lic. Paramedic TX [[ID|license:LP 118249]]""",
    """PCR  OST Ambulance Service   Call # [[ID|other:PRA-24-2209]]
[[DATE|date:Fri 8/9/2024 03:15]]  Location: [[LOCATION|geo:Porcupine]], housing cluster, unit 14 (HUD).
Pt [[PERSON|name:Kills Enemy, Tyrone]]  M  found unresponsive, RR 4, pinpoint pupils.
Naloxone 4 mg IN by cousin before arrival; 2 mg IV by crew -> RR 14, GCS 15.
Refused transport initially; agreed after the CHR talked to him.
Transported to IHS ED, HRN [[ID|mrn:PR-0114220]].
Tribal police case [[ID|other:OSTPD 24-3390]].""",
    """PATIENT CARE REPORT - Medic 2 (hospital-based ALS)   Run [[ID|other:UBMC 25-0133]]
[[DATE|date:1/9/2025]]   Scene: oil field lease road, well pad 14-22.
Pt [[PERSON|name:Chee, Dakota]]  [[AGE|other:33]]M, roustabout. Crush injury R hand under pipe.
His own pickup left at the pad, UT plate [[VEHICLE|vehicle:Y51 8KD]].
Amputation of R index at DIP, part on ice.
Tx: pressure dressing, fentanyl 100 mcg, cefazolin 2 g. Hand surgery by air.
Home: [[ADDRESS|geo:PO Box 1187, Fort Duchesne, UT 84026]]. Ute Tribe enrollment [[ID|other:UIT 3-4478]].""",
]

BEHAVIORAL_HEALTH_INTAKE = [
    """BEHAVIORAL HEALTH INTAKE ASSESSMENT
Client: [[PERSON|name:Hall, Kristy Dawn]]   DOB [[DATE|date:05/30/1990]]
SSN [[ID|ssn:403-88-1297]]   Phone [[PHONE|phone:606-886-4027]]
Referral: drug court, case [[ID|other:24-CR-00318]].
Presenting: OUD (IV meth + fentanyl), 2 ODs this year (last one reversed with naloxone by her sister).
Children ([[AGE|other:8]] and [[AGE|other:5]]) in kinship care; CPS involved.
Trauma: IPV by ex-partner, EPO in place.
Screens: PHQ-9 19, GAD-7 16, PCL-5 52, C-SSRS: passive SI, no plan. Safety plan + 988 reviewed.
Dx: F15.20, F11.20, F43.10. Plan: IOP 9 h/wk, MOUD referral, peer support.""",
    """INTAKE - OUTPATIENT MENTAL HEALTH   [[DATE|date:Oct 15, 2024]]
Name: [[PERSON|name:Jaramillo, Amparo]]   [[AGE|other:47]] F   MRN [[ID|mrn:BAMHS 30-4418]]
SSN 4 digits verified: [[ID|ssn:7716]]
Self-referred after husband's death (mine accident at [[LOCATION|geo:Tyrone]] pit, this summer).
Sleep 3 h/night, crying spells, drinking 4-5 beers nightly. Daughter away at college.
Firearms: husband's rifles at home - agreed to give to brother-in-law for now.
PHQ-9 21, AUDIT 17. C-SSRS: SI without intent.
Dx: MDD single episode severe; AUD moderate; prolonged grief.
Email for telehealth link: [[EMAIL|email:amparo.jaramillo@gmail.com]]""",
    """CRISIS / INTAKE ASSESSMENT - [[LOCATION|geo:Lame Deer]], MT
Date [[DATE|date:12/09/2024]] 22:30   Client: [[PERSON|name:Spotted Elk, Jordyn]]  [[AGE|other:15F]]
Brought by IHS officer after found on a creek bridge. Northern Cheyenne enrollment [[ID|other:NCT-21907]].
Guardian: grandmother, [[PHONE|phone:406-477-6612]].
Hx: cousin's suicide 3 mo ago; bullying on Snapchat (username [[ID|account:jordyn.se2009]]); cutting forearms.
C-SSRS: SI with plan (jump), intent. ASQ positive. Columbia risk: high.
Disposition: inpatient - bed at [[LOCATION|geo:Shodair Children's Hospital]], transport by secure van.
988 info given to grandmother.""",
    """BH INTAKE   Hmong community counseling program - [[LOCATION|geo:Merced]] CA
[[DATE|date:2025-02-06]]   Client [[PERSON|name:Lor, Yer]]   F   age [[AGE|other:72]]
Interpreter: daughter-in-law. Client speaks White Hmong only.
Presenting: "tu siab" (sadness), poor sleep, sees late husband at night. Refugee from [[LOCATION|geo:Ban Vinai]] camp (1979-1987).
PCP referral received by fax [[PHONE|fax:209-383-1848]].
Medi-Cal [[ID|health_plan:91F884219D]]; SSN [[ID|ssn:559.04.3382]].
Family prefers txiv neeb (shaman) ceremony in parallel - supported.
Screens (translated): PHQ-9 17, HTQ 3.1. Dx: MDD recurrent moderate; PTSD r/o.""",
    """INTAKE - SUBSTANCE USE TREATMENT   [[LOCATION|geo:Recovery Ranch]], TN
Admit 11:15   Pt: [[PERSON|name:BUCKNER, Colby]]   [[AGE|other:31]]
SSN [[ID|ssn:411223907]]   TN DL [[ID|license:118 440 293]]
From [[LOCATION|geo:Bucksnort]]; construction worker. Opioids x 12 yrs (after back injury), now 1 g fentanyl/day.
DUI x2; court-ordered (General Sessions).
Labs: HCV Ab+, HIV neg. COWS 14 on arrival.
Belongings: truck keys (Ram 1500, TN [[VEHICLE|vehicle:BLK 4417]]) locked in safe; phone locked.
Dosing check-in by fingerprint, template [[ID|biometric:FP-RR-22918]].
Plan: buprenorphine induction, 28-day residential. Billing: self-pay acct [[ID|account:100-448-2291]].""",
    """BEHAVIORAL HEALTH INTAKE (TELEHEALTH)
Clinic: [[LOCATION|geo:Plain City Counseling]] (OH)  Provider LPCC, OH lic [[ID|license:E.1901774]]
Session [[DATE|date:11/07/2024]] 16:00 via Doxy; client IP logged [[IP|ip:74.140.221.16]]
Client: [[PERSON|name:Brook Yoder]]  [[AGE|other:17]]  (minor, consent from mother)
Family left Old Order 2 yrs ago; shunned by grandparents in [[LOCATION|geo:Madison County]].
Presenting: panic attacks, restrictive eating, BMI 17.1, amenorrhea 4 mo. SCOFF 4/5. PHQ-A 14. No SI.
Dx: F50.01 AN-restrictive (provisional), panic disorder.
Mother's email [[EMAIL|email:ruthann.yoder.pc@gmail.com]]""",
    """PSYCHIATRIC INTAKE   SEARHC Behavioral Health, [[LOCATION|geo:Sitka]]
[[DATE|date:6/11/25]]   [[PERSON|name:Jack, Samuel "Sammy"]]   M [[AGE|other:52]]   SEARHC MRN [[ID|mrn:SR-0098172]]
Fisherman (longliner, F/V reg [[VEHICLE|vehicle:AK 9921 AF]]); season ended early. Came in on the ferry.
Hx bipolar I, last mania 2019; stopped lithium 3 mo ago. Now 5 days no sleep, pressured.
YMRS 28. TSH 2.1, Cr 0.9.
Dx: bipolar I, current episode manic, severe w/o psychotic features.
Plan: restart lithium 300 mg BID, olanzapine 10 mg qhs; level in 5 d.
SSN [[ID|ssn:574 31 0862]].""",
    """BH INTAKE - INTEGRATED CARE (FQHC)
[[LOCATION|geo:Siouxland Community Health Center]], IA   [[DATE|date:3/19/2025]]
Client: [[PERSON|name:Phan Thi Hoa]] (last name [[PERSON|name:Phan]])   [[AGE|other:44]]F
Works night shift at the pork plant; husband too. Two kids in middle school.
Presenting: headaches, insomnia, worry about husband's immigration hearing.
GAD-7 18, PHQ-9 12. Vietnamese interpreter by video.
Plan: CBT-I, sertraline 25 mg via PCP, social work for legal aid referral.
Insurance: Iowa Total Care [[ID|health_plan:ITC 771204583]].""",
    """INITIAL ASSESSMENT - [[LOCATION|geo:Delta Counseling Associates]], AR
[[DATE|date:Monday 9/30/2024]]   Client [[PERSON|name:TOLLIVER, Jamarcus]]   ([[AGE|other:16]])
Referred by [[LOCATION|geo:Drew Central High School]] after fight; juvenile court intake [[ID|other:JV-2024-118]].
Lives with aunt since mother incarcerated. Younger sister at home.
ACEs 7. PHQ-A 9. Vanderbilt: ADHD combined.
Plan: TF-CBT, psychiatric eval for ADHD meds, school 504 plan.
Aunt cell [[PHONE|phone:870-460-3311]].""",
    """BEHAVIORAL HEALTH INTAKE   [[LOCATION|geo:Fremont County Counseling]]
[[DATE|date:01/22/2025 09:00]]   Client [[PERSON|name:Sunny Oldman]]  [[AGE|other:27]]
Northern Arapaho; lives in [[LOCATION|geo:Ethete]].
Presenting: postpartum (baby [[AGE|other:3]] mo) - intrusive thoughts of harm to baby, no intent. EPDS 22.
Partner works oil field, gone 2 wk at a time.
Plan: same-day psychiatry, sertraline 50 mg, home visiting nurse, moms group.
Email [[EMAIL|email:sunnyoldman.ethete@hotmail.com]]; phone [[PHONE|phone:307.332.7719]]""",
]

DENTAL_PROGRESS_NOTE = [
    """DENTAL PROGRESS NOTE   [[LOCATION|geo:Big Sandy Health Care]] Dental
[[DATE|date:04/09/2024]]   Pt: [[PERSON|name:Blevins, Ricky]]   Chart [[ID|mrn:BSHC-D-22810]]
CC: "my teeth are rotting out" - meth mouth pattern, smooth-surface caries #6-11, #22-27.
Med hx: in recovery 14 mo (Suboxone 8/2 BID). BP 134/86.
Tx today: D7140 ext #7, #8, #9, #10 under 4 carps 2% lido 1:100k (lot 2214A). Hemostasis OK.
Rx: ibuprofen 600 mg q6h, no opioids (pt request). Immediate partial (D5211) impressions.
Extraoral photos: full-face frontal + smile for denture planning, saved as [[ID|photo:BLEVINS_R_face_frontal_0409.jpg]];
intraoral x6 (teeth only).
Dentist: L. P., DMD  KY lic [[ID|license:D-6612]]  NPI [[ID|license:1279370385]]""",
    """PROGRESS NOTE - [[LOCATION|geo:Chinle]] Dental Clinic (IHS)
[[DATE|date:Aug 6, 2024]]   [[PERSON|name:Etsitty, Jayden]]   [[AGE|other:4yo]] M   HRN [[ID|mrn:CH 230 4418]]
Mom present; phone [[PHONE|phone:928-781-6620]].
Dx: S-ECC, caries on 14 of 20 primary teeth; abscess #J with facial swelling, afebrile.
Tx: SDF 38% applied to #B, #I, #L, #S; Hall crowns planned. Amoxicillin 45 mg/kg/d x 7 d.
Referral for GA case - wait 4-6 mo. FV applied.
Sibling scheduled in 2 wk.""",
    """DENTAL NOTE - emergency visit 15:20
Pt [[PERSON|name:Pham, Long]]  M/[[AGE|other:58]]  MRN [[ID|mrn:CHCW 0044817]]  Vietnamese (son interprets)
CC: swelling R lower face 3 d, trismus 22 mm. Temp 38.1.
Dx: #30 acute apical abscess w/ buccal space involvement.
Tx: I&D buccal, penrose drain, ext #30 (D7210) under IANB 2 carps 4% artic.
Rx: amox/clav 875 mg BID x 7 d. Return 24 h or ED if dysphagia.
Pharmacy: [[LOCATION|geo:Super 1 Pharmacy Ellensburg]] fax [[PHONE|fax:509-925-2281]].
Apple Health [[ID|health_plan:100449271WA]].""",
    """DENTAL HYGIENE PROGRESS NOTE
Clinic: [[LOCATION|geo:Sunset Community Health Center]], [[LOCATION|geo:Somerton]] AZ
Pt [[PERSON|name:Quintana, Ofelia]]  F [[AGE|other:66]]
Perio charting: PD 5-7 mm UR/LR molars, BOP 48%, CAL 4-6 mm. Stage III Grade B.
A1c from medical 8.2. Tx: D4342 SRP UR, UL w/ 1 carp lido. Chlorhexidine 0.12% rinse.
Both she and husband work the winter lettuce harvest.
Ins: AHCCCS (Mercy Care) [[ID|health_plan:A10448292]].
RDH: [[PERSON|name:Veronica Salcido]], RDH AZ [[ID|license:DH-8810]]""",
    """DENTAL PROGRESS NOTE   KANA Dental, [[LOCATION|geo:Old Harbor]] itinerant clinic
[[DATE|date:5/14/2025]]   Pt [[PERSON|name:Christiansen, Lindsey]]   F [[AGE|other:23]]
DHAT (dental therapist) with remote supervision by Dr. K. H. (DDS, AK [[ID|license:DEND 2204]]).
Tx: D2391 #19 MO, #20 DO composite. Radiographs 4BWX sent by telehealth.
Pt pregnant 22 wk - OK per OB; no N2O.
Next itinerant visit [[DATE|date:August 2025]].
Pt email [[EMAIL|email:lindsey.chris23@gmail.com]]""",
    """ORAL SURGERY CONSULT / PROGRESS   [[DATE|date:July 1, 2024]]
Pt: [[PERSON|name:MULLINS, Skyler]]   [[AGE|other:18]]   Acct [[ID|account:COS-004418]]
Dx: impacted #1, #16, #17, #32; #17 with pericoronitis.
Plan: IV sedation (midazolam 5 mg, fentanyl 100 mcg, propofol titrated), ext x4 (D7240 x2, D7230 x2).
Escort: father. NPO after midnight. Checked in by palm-vein scan (PatientSecure ID [[ID|biometric:PS-4471920]]).
Rx (post-op): ibuprofen 600/APAP 500 alternating; hydrocodone/APAP 5/325 #6 - KASPER checked.
Surgeon: Dr. [[PERSON|name:Walter Begley]] DMD  DEA [[ID|license:BB9524580]]  NPI [[ID|license:1994028235]]""",
    """DENTAL NOTE - MOBILE UNIT
[[LOCATION|geo:Hope]], ID - mobile dental van at [[LOCATION|geo:Hope Elementary]]   [[DATE|date:10/22/2024]]
Student: [[PERSON|name:Ivy Sandpoint-Rae]]  [[AGE|other:10]]
Parent consent signed; parent phone [[PHONE|phone:208-264-5519]].
Exam: sealants #3, #14, #19, #30 (D1351 x4), caries #A. FV 5% NaF.
Referral to FQHC for restorative.
Released to mother at 14:10; her car (ID plate [[VEHICLE|vehicle:4B 17729]]) logged per school pick-up policy.""",
    """PROGRESS NOTE - PROSTHODONTICS   VA dental, [[LOCATION|geo:Albuquerque]]
[[DATE|date:Jan 14 2025 10:00]]   Veteran: [[PERSON|name:Archuleta, Fermin]]   [[AGE|date:91]] yo   SSN [[ID|ssn:525-22-0419]]
Complete dentures delivered (D5110/D5120). Pressure spots relieved x3.
Korean War vet. Wife drives him 150 mi each way; mileage reimbursement via VTS.
Denture ID labels embedded: "[[PERSON|name:F.ARCHULETA]] [[ID|ssn:0419]]" (name + last 4 SSN, standard VA practice).
Next: 2 wk adjustment.""",
    """DENTAL PROGRESS NOTE   [[LOCATION|geo:Bayou La Batre]] AL
[[DATE|date:09/05/2024]]   [[PERSON|name:Huynh, Cuong]]   M [[AGE|other:61]]
Shrimp boat captain. Smoker 1 ppd. Lesion L lateral tongue 1.4 cm, indurated, 5 wk.
Tx: incisional biopsy (D7286) sent to path, 2 sutures 4-0 chromic.
Daughter's email for results [[EMAIL|email:thuy.huynh.blb@gmail.com]].
Self-pay; sliding fee acct [[ID|account:SF-220917]].""",
    """DENTAL CLINIC NOTE - IHS Dental
[[DATE|date:February 20, 2025]]   [[PERSON|name:Red Bear, Kenneth]]  [[AGE|other:39]]M  HRN [[ID|mrn:EB 021 774]]
CC: broken front tooth #8 in a fight at a bar in [[LOCATION|geo:Dupree]]; lip lac sutured at ER.
Exam: #8 Ellis III fx, pulp exposed. Tx: pulpectomy, temp; D3310.
Rx: amoxicillin 500 TID x 5d. Tribal police report referenced [[ID|other:CRST-PD 25-0207]].
Dentist Dr. [[PERSON|name:N. Okafor]], NPI [[ID|license:1069992323]]""",
]

PHARMACY_REFILL_LOG = [
    """REFILL LOG - [[LOCATION|geo:Hometown Pharmacy Whitesburg]] (KY)  fax [[PHONE|fax:606-633-2275]]
[[DATE|date:10/01/2024 09:12]]  [[PERSON|name:ADAMS, Opal]]
  levothyroxine 75 mcg #90, refill 2 of 3, NDC 0378-1805-01 - filled, $0 copay (Medicare D [[ID|health_plan:7HK2-MV4-RT19]]).
09:40  [[PERSON|name:Craft, Dewayne]]
  buprenorphine/naloxone 8-2 mg film #56 - KASPER run, early by 4 days -> refused, called prescriber
  (DEA [[ID|license:BA3247930]]); ok to fill in 4 days.
  Pt ID verified (KY DL). Fingerprint scanner (controlled pick-up) template [[ID|biometric:FPT-66210-0441]].
11:05  insulin glargine 100 U/mL 5 pens, picked up by son at drive-thru, KY [[VEHICLE|vehicle:331 WXT]] (camera log).
Tech: KT   RPh: S. B., PharmD""",
    """IHS Pharmacy - Refill Request Line Log   [[DATE|date:Monday, January 13, 2025]]
07:02  voicemail  "[[PERSON|name:Nellie Tsinnijinnie]], chart [[ID|mrn:SR-0044172]], need my heart pills" - IVR matched voiceprint [[ID|biometric:VP-7710394]]
       metoprolol succ 50 mg #30, lisinopril 20 mg #30 -> ready, pick up window 3, or mail to [[ADDRESS|geo:PO Box 1911, Shiprock NM 87420]]
07:15  glucose strips (meter: Contour Next, SN [[DEVICE|device:7411GH0928]])
08:30  atorvastatin 40 #90, pt lives in [[LOCATION|geo:Teec Nos Pos]]; CHR delivery route B Thursday.
09:10  caller says she is daughter of a [[AGE|date:93]] yo pt; not on HIPAA release - no info given.""",
    """PHARMACY REFILL / PA LOG - [[LOCATION|geo:Walmart Pharmacy 10-0417 Deming]]   Date [[DATE|date:2024-06-03]]
1) [[PERSON|name:ORTEGA, Yesenia]]  semaglutide 1 mg pen - PA required by Molina, submitted
   Texted pt at [[PHONE|phone:575-494-1180]].
2) albuterol HFA #2 - cash price $14.88 (GoodRx). Prescriber NPI [[ID|license:1728635560]].
3) donepezil 10 mg, memantine 10 mg BID for [[PERSON|name:Josefa Trujillo]], [[AGE|date:96]] - pick-up by daughter ok per release.
4) [[PERSON|name:Rito Armendáriz]] paid with check from acct [[ID|account:4418 2290 117]] (routing 107002192) - returned NSF.""",
    """REFILL LOG   [[LOCATION|geo:Harps Pharmacy]] #214, [[LOCATION|geo:Hope]], AR   [[DATE|date:Thu Mar 6 2025]]
0905 [[PERSON|name:Bledsoe, Misty]] - sertraline 100 mg #30 r3. Prefers text [[PHONE|phone:870-703-4418]].
0915 warfarin 5 mg; INR 2.4 per anticoag clinic fax [[PHONE|fax:870-722-3101]].
0950 [[PERSON|name:Pickens, Honey]] - amoxicillin susp 400/5 mL for son (15 kg) 90 mg/kg/d div BID x 10 d.
1040 oxycodone 5 mg #60; ID checked; PDMP checked.
1120 Rx transfer in from [[LOCATION|geo:Walgreens Texarkana]] (2 refills left).""",
    """MAIL-ORDER / COURIER REFILL LOG - [[LOCATION|geo:YKHC Pharmacy]]
Date [[DATE|date:11/04/2024]]
- [[PERSON|name:Kameroff, Agnes]] ([[LOCATION|geo:Kasigluk]]) MRN [[ID|mrn:744091]] - isoniazid 300 mg + B6 #30, LTBI month 6 of 9. Mail plane.
- [[PERSON|name:Sam, Frances]] - prenatal vitamins #90, Fe 325 mg #90.
Village clinic fax: [[PHONE|fax:907-477-6124]].
Pharmacist AK lic [[ID|license:PHAP 2091]]""",
    """REFILL & COUNSELING LOG - [[LOCATION|geo:Lao Family Pharmacy]], MN
[[DATE|date:8/19/2024]]
* [[PERSON|name:Moua, Chue Lee]] DOB [[DATE|date:1/1/1960]] (placeholder DOBs common for Hmong elders - verify with 2nd identifier: address
  [[ADDRESS|geo:1051 Sims Ave, St Paul MN 55106]]). metformin 1000 mg BID #180.
* [[PERSON|name:Her, Pa Kou]] - losartan 50 mg #90; phone [[PHONE|phone:651-774-0932]].
* Blister packs weekly for a [[AGE|other:89]] yo pt; payment from HSA acct [[ID|account:HSA-55910274]].
RPh: XY""",
    """SPECIALTY PHARMACY REFILL CALL LOG   for patient in [[LOCATION|geo:Mexican Hat]], UT
Date [[DATE|date:2025-04-02]]   Pt [[PERSON|name:Harvey, Shaylene]]  [[AGE|other:42]]F
Drug: adalimumab 40 mg/0.4 mL pen q14d, RA. Cold-chain ship to post office general delivery (no street delivery).
Copay card acct [[ID|account:CC-8841-2290-17]] ($0).
Injection log app account [[EMAIL|email:shaylene.harvey@icloud.com]].
Adherence: 1 missed dose (sick). TB Quantiferon neg [[DATE|date:1/2025]].""",
    """REFILL LOG - [[LOCATION|geo:Rexall Drugs Boring]], OR
[[DATE|date:06/18/24]]
- [[PERSON|name:Harlan "Sonny" Mercer]] - insulin lispro vials x3 for pump (t:slim X2 SN [[DEVICE|device:1107722]]).
- furosemide 40 mg #30, KCl 20 mEq #30 for a [[AGE|date:99]] yo; home delivery [[ADDRESS|geo:29105 SE Bluff Rd, Boring OR 97009]].
- [[PERSON|name:Sky Whitaker]] - norgestimate/EE #3 packs; pt is [[AGE|other:16]]; OR allows minor consent.
- apixaban 5 mg BID; Part D (Humana) [[ID|health_plan:H3812-4410-77]]; coverage gap note.""",
    """CONTROLLED SUBSTANCE DISPENSING LOG - [[LOCATION|geo:Liberty Drug]], [[LOCATION|geo:Liberty]] KY
[[DATE|date:12/2/2024]]
14:05 [[PERSON|name:Goode, Travis]] - Adderall 20 mg #60 (C-II), prescriber Dr. [[PERSON|name:Farah Siddiqui]], DEA [[ID|license:FS6875839]] (check digit fails - called office).
      Pt ID: KY DL [[ID|license:G11-448-290]]; palm-vein scan ID [[ID|biometric:PV-0092281]] on file.
14:30 tramadol 50 mg #30 - daughter signed.
15:10 lorazepam 1 mg #30; Medicaid [[ID|health_plan:9012244871]].
KASPER report attached.""",
    """REFILL LOG   [[LOCATION|geo:Farmacia del Valle]], [[LOCATION|geo:Eagle Pass]] TX
[[DATE|date:15 de julio 2024]]
- metformina 850 mg #60, glibenclamida 5 mg #30.
- Sr. [[PERSON|name:Cruz, Eleuterio]] ([[AGE|other:82]] años) - insulina NPH; recado con nieta [[PHONE|phone:830-513-0482]].
- Baby [[PERSON|name:Gómez]], [[AGE|other:6]] sem - nistatina susp.
- pays by Zelle, email [[EMAIL|email:lupita.reyes.ep@gmail.com]]; receipt acct [[ID|account:FDV-00912]].""",
]

PATIENT_PORTAL_MESSAGE = [
    """MyChart message  From: [[PERSON|name:Rocky Caldwell]]  To: Family Medicine
Sent [[DATE|date:10/14/2024 11:52 PM]]   Subject: sugar numbers
hey doc its [[PERSON|name:Rocky]], my sugars been running 300s since the steroid shot at the ER. took extra 10 units of the
lantus (so 40 total) tonight. is that ok. my new cell is [[PHONE|phone:6064378820]].
my dexcom is the G7 one, serial on box [[DEVICE|device:G7-3LKR9T22]] if you need it for the order.
--
Reply (RN): 40 units is OK for tonight. Check fasting sugar and send it. If over 400 or vomiting go to ED.
Portal login audit: user [[ID|account:rcaldwell1977]] from [[IP|ip:107.77.203.14]].""",
    """PATIENT PORTAL - Message thread
From: [[PERSON|name:Roanhorse, Shonie]] (proxy for mother, [[AGE|other:77]])
Date: [[DATE|date:2025-01-09 19:33]]
Message: Yá'át'ééh, my mom's oxygen machine is beeping and the power went out in [[LOCATION|geo:Chilchinbeto]] again.
Serial on the back: [[DEVICE|device:IN-1024AW-33719]]. She is using the tank now, 2 of them left. Can someone call the supply company?
Response (RN): called Apria and they will drive out today by noon. Link to her visit summary:
[[URL|url:https://kaycare.ihs.gov/portal/visit?pid=KY120873&enc=449120]]""",
    """Patient Portal Secure Message
Patient: [[PERSON|name:Nguyen, Thi Bich Ngoc]]   Acct [[ID|account:PP-0044721]]   Date: [[DATE|date:6/3/2024]]
Chào bác sĩ. I am 31 weeks. My feet are very swollen and headache since yesterday, I checked BP at the pharmacy
machine 152/98. My husband work on the boat, I have no ride. Can you call me [[PHONE|phone:251-824-3318]]
---- Staff reply (LPN): advised L&D eval now. Arranged Medicaid transport (trip # [[ID|other:MTM-2406-88172]]).""",
    """From: [[EMAIL|email:faith.o.ladd@gmail.com]] (portal notification reply)
Patient: [[PERSON|name:Faith Oglesby-Ladd]]   Date [[DATE|date:Sept 2, 2024]]
Subject: RE: Your lab results are ready
I saw my A1c is 6.9 but my TSH says 0.12 flagged L - what does that mean?? I'm on 100 mcg levothyroxine.
Also my address changed to [[ADDRESS|geo:88 Possum Trot Rd, Whynot, MS 39301]].
Profile photo updated (selfie): [[ID|photo:profile_fol_2024.jpg]].
Reply: TSH low = slightly too much thyroid med. Reduce to 88 mcg, recheck in 6 wk. - T.O.""",
    """Secure message - myANMC portal
From [[PERSON|name:Pete Alexie]] ([[LOCATION|geo:Kotlik]])  Sent [[DATE|date:Sunday 3/16/2025 06:15]]
Quyana. My boy ([[AGE|other:12]]) still has ear draining after the drops. Ear hurt 2 weeks.
Video from village clinic uploaded. We can come on Wednesday plane. Travel office said we need the referral number.
Reply (ENT): likely CSOM. Please bring him in; referral [[ID|other:REF-ANMC-25-44108]].
Session info: [[IP|ip:209.193.44.107]] (village network); device iPhone.
Visit link [[URL|url:https://my.anmc.org/patient/appointments/88210047]]""",
    """PORTAL MESSAGE - Family Clinic
From: [[PERSON|name:Dwayne "Tito" Holguin]]   MRN [[ID|mrn:TCFC-11820]]   [[DATE|date:5/27/24]]
I need my Medicare number for the new eye doctor in [[LOCATION|geo:Las Cruces]]. Card got washed. I think it starts 1EG4?
Reply from front desk: Your MBI is [[ID|health_plan:1EG4-TE5-MK73]]. Please do not send your SSN over the portal -
you wrote [[ID|ssn:585 11 4072]] in your last message, we have deleted it from the thread.
Fax for the eye clinic: [[PHONE|fax:575-894-7712]].""",
    """Patient portal message  (Sanford MyChart)
From: [[PERSON|name:Journey Eagle Heart]]   [[DATE|date:08/30/2024 14:05]]
I have a rash on my arms after the [[LOCATION|geo:Lower Brule]] powwow (grass dancing regalia). Photos attached (arms only).
Itchy, no fever. Can I get something called in to [[LOCATION|geo:Lewis Drug Chamberlain]]?
Reply (PA-C): Likely contact dermatitis. Triamcinolone 0.1% cream BID x 14 d sent.
Pt portal ID [[ID|account:SCMC-882104]]; login from [[IP|ip:2600:387:c:6d19::4a]].""",
    """MESSAGE THREAD - portal
Pt: [[PERSON|name:McCutcheon, Ella Mae]]  [[AGE|date:90]] y/o   Proxy: granddaughter [[PERSON|name:Shanice]]
[[DATE|date:12/19/2024 21:18]] Shanice: Grandma fell out the bed, no bump, but she's more confused today.
She's on Eliquis. Should I bring her? Her pacemaker remote (Merlin @home) shows number [[DEVICE|device:EX1150-02274519]].
21:40 On-call: Yes - on a blood thinner and confused after a fall she needs a head CT tonight. Call 911 if hard to wake.
Proxy access logged [[IP|ip:24.172.88.209]]; proxy account [[EMAIL|email:shanicemc@outlook.com]].""",
    """[[LOCATION|geo:Zuni]] Comprehensive Community Health Center - Patient Portal
From: [[PERSON|name:Lonasee, Rosalyn]]  Date [[DATE|date:April 8, 2025]]
Hi I need a letter for my employer that I was seen on [[DATE|date:4/7]] for my back. Also my son ([[AGE|other:14]]) needs
his physical form for track.
Reply (records): Letter uploaded. Download here [[URL|url:https://zuni-portal.example-ihs.net/docs/RL-55102/work-note.pdf]]
Patient chart [[ID|mrn:ZU 402118]]""",
    """PATIENT PORTAL INBOX - [[LOCATION|geo:Challis]] clinic (ID)
From: [[PERSON|name:Ramsey Dunn]]   Sent [[DATE|date:7/4/2024 18:02]]
Got bucked off my horse. Ribs hurt bad when i breathe. My buddy drove me home.
I don't want to pay for the ambulance to [[LOCATION|geo:Salmon]].
Reply 18:20 auto-response: If you are having trouble breathing call 911.
Reply (MD): please come in today for an x-ray.
Your portal username [[ID|account:rdunn.challis]] was locked after 5 attempts; reset link: [[URL|url:https://mychart.stlukesonline.org/reset?u=rdunn.challis&t=8f41c2]]""",
]

CLAIMS_EXTRACT = [
    """CMS-1500 EXTRACT  claim [[ID|other:CLM-24-3308817]]  payer: Medicare Part B (CGS, J15)
1a INSURED ID: [[ID|health_plan:5RW3-PJ9-CE46]]
2 PATIENT: [[PERSON|name:STIDHAM, LOWELL E]]   3 DOB: [[DATE|date:08 14 1949]]  SEX M
5 ADDRESS: [[ADDRESS|geo:2201 TROUBLESOME CREEK RD]] / CITY [[LOCATION|geo:HINDMAN]] / ST KY / ZIP [[ADDRESS|geo:41822]]
11 GROUP: NONE   11c PLAN: MEDICARE
21 ICD: A. J44.1  B. I50.32  C. Z99.81
24 DOS [[DATE|date:09 03 24]]  POS 12  CPT 99349 25  $185.00  units 1  DX AB
   same DOS  POS 12  CPT 94760  $12.00
25 FED TAX ID: 61-1184420 (EIN, clinic)   26 PATIENT ACCT NO: [[ID|account:KRHC000448812]]
33a NPI [[ID|license:1855480558]]""",
    """CLAIM DETAIL (837P parsed)   ICN [[ID|other:2224310518820]]
Subscriber: [[PERSON|name:TRAN, DUC MINH]]  Member ID [[ID|health_plan:UHC9921044801]]  Group 0718822
Patient: dependent child  DOB [[DATE|date:20110907]]  ([[AGE|other:13]])
Rendering: [[PERSON|name:LEE, SARAH]] MD  NPI [[ID|license:1908323920]]  Taxonomy 208000000X
Lines: 1) 99214 $160 dx J45.41  2) 94640 x2 $44  3) J7613 albuterol 2.5 mg x2 units
Service date same as line 1; place 11
Patient control # [[ID|account:BP-0041192]]""",
    """CMS-1500  AHCCCS (AZ Medicaid)  Batch 0812  Claim [[ID|other:AZC-240812-00441]]
1a [[ID|health_plan:A00412889]]   2 [[PERSON|name:ROMERO, MARIA DE JESUS]]   3 [[DATE|date:03/22/1976]] F
Attachment: ID card image (front, face photo) [[ID|photo:idcard_front_AZC240812.png]]
5 [[ADDRESS|geo:PO BOX 1188]]   [[LOCATION|geo:NOGALES]]  AZ  [[ADDRESS|geo:85628-1188]]
10b auto accident? YES  place (state) AZ   10c other accident NO
21 S13.4XXA, V43.52XA
23 PRIOR AUTH: (blank)
24 [[DATE|date:08/01]] 97110 GP x3 $210; 97140 x1 $65; [[DATE|date:08/05]] same
26 [[ID|account:SCPT-77402]]  27 accept assignment YES""",
    """REMITTANCE (835) EXTRACT - DENIALS WORKQUEUE   weekly run
Provider NPI [[ID|license:1029253618]]  TIN [[ID|ssn:541-40-4471]] (solo practitioner, SSN used as TIN)
Claim [[ID|other:OR25-0009184]]  Pt [[PERSON|name:Fairbanks, Willow R]]  DOS [[DATE|date:12/12/2024]]
  CARC 197 (precert absent) - 97162 PT eval. Action: appeal with auth.
2nd claim - CARC 16 (missing info): box 17 blank; resubmit with referring NPI.
3rd claim - CARC 29 (timely filing) - write off $95.
Billing contact [[EMAIL|email:gfairweather@sweethomefm.com]]  fax [[PHONE|fax:541-367-9011]]""",
    """PRC / IHS PURCHASED REFERRED CARE CLAIM
Authorization [[ID|other:PRC-PR-24-11873]]  Patient [[PERSON|name:BLACK ELK, VERNON]]  DOB [[DATE|date:10-02-1966]]
Eligibility: resides within CHSDA ([[LOCATION|geo:Oglala Lakota County]]). SD Medicaid [[ID|health_plan:SD 118 227 301]] primary.
Vendor: [[LOCATION|geo:Monument Health Rapid City Hospital]]
DOS [[DATE|date:09/14/2024]] x 5 days inpatient, DRG 247 (PCI w/ drug-eluting stent w/o MCC)  billed $88,412.00
Allowed at Medicare-like rate $21,930.55. Check/EFT pending.
Patient address on file: [[ADDRESS|geo:HC 49 Box 72, Porcupine SD 57772]].""",
    """DENTAL CLAIM (ADA 2019 form) EXTRACT   Claim [[ID|other:DC-2409-551720]]
Payer: Delta Dental of Arkansas   Subscriber ID [[ID|health_plan:DDA 881044721]]   Group 40018
Subscriber: [[PERSON|name:Pickett, Jolene]]   Employer: poultry plant
Patient: [[PERSON|name:Pickett, Colt]]  rel: child  DOB [[DATE|date:9/9/2012]]
Lines: D0120, D1110, D1208, D1351 x4 (#3, #14, #19, #30)   total $312
Billing dentist AR lic [[ID|license:D-4410]], NPI [[ID|license:1834877578]], TIN 71-0441189""",
    """WORKERS' COMP BILL REVIEW (CMS-1500)   Carrier claim [[ID|other:WC-TX-88120441]]
Injured worker: [[PERSON|name:VILLARREAL, ARTEMIO JR]]   SSN [[ID|ssn:452 88 1097]]   DOI [[DATE|date:05/14/2024]]
Employer: feedlot near [[LOCATION|geo:Hereford]], TX
Dx: S82.201A tibia fx (kicked by steer).
24 DOS same day: 99284 $612; 73590 $148; 29405 $230
Adjuster email [[EMAIL|email:rbalderas@txmutualwc.example.com]], fax [[PHONE|fax:512-322-3987]]
Worker bank acct for TTD direct deposit: [[ID|account:000448211907]] (routing 111901014)""",
    """CLAIM STATUS INQUIRY LOG (276/277) - hospital PFS   [[DATE|date:2/3/2025]]
- [[PERSON|name:Tikiun, Rose]]  AK Medicaid [[ID|health_plan:AK 0019 4427 80]]  status: pended - charter from [[LOCATION|geo:Kipnuk]] needs PA.
- VA Community Care auth [[ID|other:VA0024411872]]  status: denied, wrong facility NPI.
Patient acct #s: [[ID|account:YKH-3318820]], [[ID|account:YKH-3318914]].""",
    """CMS-1500 (ambulance)   Claim [[ID|other:AMB-2410-4471]]   Payer: Kentucky Medicaid (Anthem)
1a [[ID|health_plan:9980441127]]   2 [[PERSON|name:Slone, Dalton]]   3 [[DATE|date:06/06/2001]]
Pick-up: [[LOCATION|geo:KY-80]] mile 14 (MVC)   Drop-off: regional ED
Loaded miles 18   A0427 ALS1 emergency $1,140; A0425 x18 $252
Ambulance unit 4 (agency). Pt vehicle (crashed): VIN [[VEHICLE|vehicle:3GN1ZB7N8LC640382]]
Police report [[ID|other:KSP 24-11872]] attached (auto accident box 10b YES, state KY).""",
    """HOSPITAL CLAIM (UB-04) SUMMARY - [[LOCATION|geo:Lost Rivers Medical Center]]
FL3a PAT CNTL # [[ID|account:LRMC-25-00412]]   FL3b MED REC # [[ID|mrn:LR-41811]]
FL8 [[PERSON|name:Stoddard, Wynn]]   FL10 [[DATE|date:11/15/1952]]  FL11 M
FL13 hr 14  FL15 src 1   TOB 0111 (swing: 0181 later)
FL42/44: 0120 room & board x3 $3,300; 0250 pharmacy $412; 0450 ER $1,980; 0324 chest x-ray $260
FL60 [[ID|health_plan:6AJ4-NP8-UY21]]   FL67 J18.9   FL76 attending NPI [[ID|license:1328643691]]""",
]

LAB_INTERFACE_RESULT = [
    """MSH|^~&|SUNQUEST|HVCH_LAB|EPIC|HVCH|||ORU^R01|88120441|P|2.5.1
PID|1||[[ID|mrn:HV0051190]]^^^HVCH^MR~[[ID|ssn:407221884]]^^^SSA^SS||[[PERSON|name:NAPIER^CLOVIS^W]]||[[DATE|date:19580719]]|M|||[[ADDRESS|geo:88 RED FOX HOLLOW RD^^VICCO^KY^41773]]
PV1|1|E|ED^07^A|||||[[ID|license:1474156506]]^[[PERSON|name:HOLBROOK^NATHAN]]^^^^MD
OBR|1|||80053^CMP
OBX|1|NM|2345-7^Glucose^LN||412|mg/dL|70-99|HH|||F
OBX|2|NM|2823-3^Potassium^LN||5.9|mmol/L|3.5-5.1|H|||F
OBX|3|NM|2160-0^Creatinine^LN||2.44|mg/dL|0.70-1.30|H|||F
NTE|1||Critical glucose called to ED RN at 0409, read back verified. CLIA 18D0998821.""",
    """LAB RESULT REPORT - reference laboratory (interface copy)
Patient: [[PERSON|name:MONDRAGON, PRESCILLA M]]   Sex: F   Age: [[AGE|other:29Y]]
Accession: [[ID|other:24-211-A08812]]   Collected: [[DATE|date:07/29/2024 08:15]]
Ordering clinic fax [[PHONE|fax:505-873-7410]]
Test                       Result     Flag  Ref
hCG, quant                 18,420           mIU/mL
Rubella IgG                Immune
HBsAg                      Nonreactive
RPR                        Reactive   A     Nonreactive   -> titer 1:32
Comment: Reportable - DOH notified next day, case # [[ID|other:NMSTD-24-0871]].""",
    """ORU^R01 result - POC INR home monitoring upload
PID|||[[ID|mrn:MTH-0084417]]||[[PERSON|name:GRAYBEAL^VIRGINIA^ROSE]]||[[DATE|date:19410305]]|F
OBX|1|NM|6301-6^INR^LN||2.9||2.0-3.0|N|||F|||[[DATE|date:20250211071422]]
OBX|2|ST|DEVICE^CoaguChek INRange SN||[[DEVICE|device:UQ22711940]]
Upload source IP [[IP|ip:71.10.148.22]] (patient home router), acct [[ID|account:acelis-vgraybeal41]]
Patient: [[AGE|other:83y]] F, [[LOCATION|geo:Sugar Grove]], VA. Prescriber notified by fax. Warfarin dose unchanged 5 mg daily.""",
    """MICROBIOLOGY FINAL - [[LOCATION|geo:Gallup Indian Medical Center]] Lab
Pt [[PERSON|name:YAZZIE-KEE, RANDALL]]  HRN [[ID|mrn:GA 0129 8841]]  M
Specimen: blood cx x2 (L AC, R hand)  Acc# [[ID|other:M25-00318]]  Collected [[DATE|date:01/18/2025 2240]]
Result: Yersinia pestis presumptive (Gram-neg bipolar rods, F1 Ag +). CONFIRM AT STATE LAB.
CRITICAL called to ED physician 0610; state DOH + IHS epi notified.
Exposure: dead prairie dog near sheep corral at home near [[LOCATION|geo:Standing Rock]] chapter house.
Household contacts for prophylaxis: wife and 2 sons.""",
    """PATHOLOGY REPORT (interfaced)   Case [[ID|other:S24-8841]]
Patient: [[PERSON|name:Dang Van Loc]]   MRN [[ID|mrn:CFHC-90877]]
Specimen: L lateral tongue, incisional bx. Received [[DATE|date:9/6/2024]].
Dx: invasive squamous cell carcinoma, moderately differentiated, DOI at least 4 mm; PNI absent in sample. p16 negative.
Results to patient's daughter per HIPAA release ([[PHONE|phone:251-824-6612]]).
Pathologist: [[PERSON|name:Rahul Bhandari]], MD  (e-signed 14:32)""",
    """NEWBORN SCREEN RESULT - state public health laboratory (MS)
Infant: BABY GIRL [[PERSON|name:BROOME]]   Kit # [[ID|other:2418830441]]   DOB/time [[DATE|date:06/11/2024 06:52]]
Mother: [[PERSON|name:Tasha Broome]]  ([[AGE|other:20]])  Medicaid [[ID|health_plan:MS 884 220 177]]
Collected at 25 h of life.
Result: Hemoglobin FS - sickle cell trait (FAS). All other disorders in range. TSH 6 (ref <25).
PCP office ph [[PHONE|phone:601-792-4481]].""",
    """LAB INTERFACE - Quest (hl7 ORU) -> family practice
MSH|^~&|QUEST|PDX||BFP|||ORU^R01|Q66210940|P|2.3
PID|1|[[ID|mrn:BFP22104]]|||[[PERSON|name:PRATT^WENDELL^J]]||[[DATE|date:19620630]]|M||||||||||[[ID|account:5544210887]]|[[ID|ssn:540-77-2318]]
ORC|RE||||||||||[[ID|license:2530672429]]^[[PERSON|name:KESTREL^MORGAN]]
OBX|1|NM|4548-4^HbA1c^LN||7.9|%|<5.7|H
OBX|2|NM|13457-7^LDL calc^LN||131|mg/dL|<100|H
NTE|1||Pt portal results link: [[URL|url:https://bfp.followmyhealth.com/results/BFP22104/Q66210940]]""",
    """CRITICAL VALUE NOTIFICATION LOG - [[LOCATION|geo:Cordova Community Medical Center]] Lab
[[DATE|date:06/22/2025 03:18]]  Pt [[PERSON|name:Evanoff, Marcus]]  MRN [[ID|mrn:CCMC-10447]]  [[AGE|other:55]] M
K+ 7.1 mmol/L (hemolysis: none), Cr 4.8, BUN 96.
Called to on-call physician at 03:22, read back.
Pt is a fisherman from [[LOCATION|geo:Tatitlek]]; arrived by skiff. Medevac requested.
i-STAT CHEM8+ cartridge lot 2204-11; analyzer SN 330-118, QC passed 02:50.""",
    """LAB RESULTS (patient-facing export)
Name [[PERSON|name:Hatch, Ammon]]
Email on record [[EMAIL|email:ammonhatch87@gmail.com]]
Lipid panel: TC 244, TG 388, HDL 31, LDL (direct) 152. Lp(a) 212 nmol/L (H). ALT 58. TSH 1.8.
Message from your doctor: high Lp(a) runs in families - please have your brother [[PERSON|name:Heber]] and dad checked too.
Viewed from [[IP|ip:166.70.215.9]] on [[DATE|date:4/18/2024 21:02]]. Share link: [[URL|url:https://myhealth.intermountain.net/share/ah1987-lipid-0417]]""",
    """ADT/ORU combined feed -> NMHIE
PID|1||[[ID|mrn:PES-00418271]]^^^PES^MR||[[PERSON|name:LUCERO^BENITO^A]]||[[DATE|date:19690228]]|M|||[[ADDRESS|geo:14 CR 84B^^CHIMAYO^NM^87522]]||[[PHONE|phone:505.351.4418]]
OBR|1||[[ID|other:L24-771203]]|87389^HIV Ag/Ab
OBX|1|ST|75622-1^HIV 1+2 Ag+Ab^LN||Reactive||Nonreactive|A
NTE|1||Linkage to care navigator [[PHONE|phone:505-753-1550]]; pt email [[EMAIL|email:blucero.chimayo@yahoo.com]]
NTE|2||Patient photo (face) in ADT: [[ID|photo:PES-00418271-face.jpg]]""",
]


def main() -> None:
    n = write_styled(
        OUT,
        [
            ("critical-access-hp", CRITICAL_ACCESS_HP),
            ("ihs-soap-note", IHS_SOAP_NOTE),
            ("home-health-visit", HOME_HEALTH_VISIT),
            ("ems-run-report", EMS_RUN_REPORT),
            ("behavioral-health-intake", BEHAVIORAL_HEALTH_INTAKE),
            ("dental-progress-note", DENTAL_PROGRESS_NOTE),
            ("pharmacy-refill-log", PHARMACY_REFILL_LOG),
            ("patient-portal-message", PATIENT_PORTAL_MESSAGE),
            ("claims-extract", CLAIMS_EXTRACT),
            ("lab-interface-result", LAB_INTERFACE_RESULT),
        ],
    )
    print(f"probe94: {n} docs")


if __name__ == "__main__":
    main()
