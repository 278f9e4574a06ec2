"""Write the 54th hand-annotated redaction probe, 100 notes of United States hospital and community care.

Why: the redaction engine has to find personal identifiers in clinical free text it has never seen.
This probe was written by an independent author, without knowledge of how the engine works, from
the kinds of records that United States hospitals, clinics, schools, home health and hospice
agencies, dialysis and infusion centres, case managers, payers and nurse triage lines produce. It
plants identifiers in the forms those records really use (flowsheets, pipe tables, glued labels,
field=value rows, copy-forward text, scanned forms with OCR errors, letters, e-mails, portal
threads, lowercase shorthand) beside many look-alike non-identifiers, so that both recall and
precision are measured.

What: ten styles of ten notes each: nursing-shift-notes-and-flowsheets,
emergency-department-provider-notes, behavioral-health-and-crisis-notes,
labor-and-delivery-and-newborn-records, pediatric-and-school-nurse-notes,
home-health-and-hospice-visits, case-management-and-utilization-review,
dialysis-and-infusion-center-records, prior-authorization-and-insurance-correspondence and
patient-portal-and-nurse-triage-line-messages. The notes are set across many states (Ohio, Texas,
Minnesota, New Mexico, Arizona, Michigan, Alaska, Louisiana, Pennsylvania, Georgia, Washington,
Florida, Colorado, New York, Oklahoma, Tennessee, Hawaii, Kentucky, Maine, Oregon, New Jersey,
Wisconsin, North Carolina, Massachusetts, Utah, Nebraska, California, Iowa, Mississippi, Illinois,
Arkansas, Vermont, West Virginia, Missouri, Virginia, South Dakota, Nevada, Idaho, Indiana, South
Carolina, Montana); foreign countries appear only as places of origin. Every person, street, phone
number and code is invented; names come from many cultures (Hispanic double surnames, Vietnamese,
Somali, Navajo, Hmong, Polish, Arabic, Yup'ik, Lakota, Ojibwe, Marshallese, Karen, Nuer, Tongan,
Samoan, Cape Verdean and others). Labelling conventions: each identifier is marked inline as
[[LABEL|category:value]]. Titles (Dr, Mr, Mrs, Ms) and credentials (RN, MD) stay outside name
spans; "SURNAME, Given" is one span; a given name alone or a nickname is its own span; newborn
placeholders such as "Baby Girl Lor" mark only the surname. A full street address is one
ADDRESS|geo span; towns, cities, counties, neighbourhoods, named hospitals, clinics, agencies,
schools, employers, facilities and GPS fixes are LOCATION|geo; states and countries are not marked.
Every date more specific than a year is DATE|date (including month+year, weekday-with-date, dates
in words, OCR-damaged dates and a holiday tied to a dated admission); years alone, times,
durations, gestational ages and "Friday" alone are not marked. Ages over 89 are AGE|date; ages of a
named person are AGE|other; ages of unnamed people are not marked. Every full phone number is
PHONE|phone (fax lines PHONE|fax), including payer and clinic lines; bare extensions are not
marked. Hospital account, FIN, CSN, VA ICN, client and chart numbers are ID|mrn; Medicare MBI,
Medicaid, member, subscriber, policy and group numbers are ID|health_plan; billing, bank and vendor
account numbers (and a printed last-four of a bank account) are ID|account; NPI, DEA, driver's
licence, therapist licence and interpreter certification numbers are ID|license; a VA "last initial
+ last four" is ID|ssn; claim, case, authorization, referral, call, ticket, court file, tribal
enrollment, badge, interpreter, worker, newborn-screen kit, prescription, social-media handle and
user-login codes are ID|other. Biometric template ids are ID|biometric, photo and scan file names
ID|photo, plates and VINs VEHICLE|vehicle, device serials DEVICE|device, IPv4/IPv6 addresses IP|ip
and URLs URL|url. Drug doses, lab values, scores, CPT/ICD-10/HCPCS/NDC codes, BIN/PCN, lot numbers,
rooms, beds, chairs, money and extensions are planted unmarked. SSNs follow SSA validity rules,
MBIs follow the CMS format, NPIs pass Luhn with the 80840 prefix, DEA numbers pass their check
digit and VINs pass their check digit.

How: cd /work/main && .venv/bin/python scripts/make_probe54_corpus.py (writes corpus/redaction/probe54.jsonl).
"""

from pathlib import Path

from make_safe_harbor_suite import write_styled

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "corpus" / "redaction" / "probe54.jsonl"

NURSING = [
    """SHIFT NOTE 0700-1930 | 4 West Med-Surg, Rm 418-B | [[LOCATION|geo:Scioto Valley Medical Center]]
Pt: [[PERSON|name:WARSAME, Hodan Abdi]]   MRN [[ID|mrn:00418872]]   Adm [[DATE|date:03/11/2024]]
0800 VS T 37.9 HR 104 BP 142/88 RR 20 SpO2 94% 2L NC. Pain 6/10 LLQ, oxycodone 5 mg PO x1 @0815, reassessed 0915 pain 3/10.
Braden 17. Morse 45 - bed alarm on, yellow socks. Somali interpreter via phone for AM assessment.
1130 husband at bedside, asks for updates to his cell [[PHONE|phone:(614) 555-0187]].
1600 NS @ 75 mL/hr, PIV 20g L FA day 2. Foley d/c'd 1400, due to void by 2000. Bladder scan 1800: 240 mL.
Handoff given to oncoming RN at 1915. -- [[PERSON|name:Marisol Ortega-Vance]], RN""",
    """FLOWSHEET - VITALS / I&O   [[LOCATION|geo:Bayou City Methodist]] 6N ICU Bed 12
Patient: [[PERSON|name:NGUYEN, THI BICH NGOC]] | DOB: [[DATE|date:07/22/1948]] | MRN: [[ID|mrn:H2290415]]
Time | HR  | BP     | MAP | RR | SpO2 | Temp | GCS | In  | Out
0000 | 88  | 118/64 | 82  | 18 | 96%  | 36.8 | 15  | 150 | 200
0200 | 91  | 110/58 | 75  | 22 | 93%  | 37.1 | 15  | 100 | 0
0400 | 112 | 96/50  | 65  | 26 | 90%  | 38.4 | 14  | 250 | 30
Norepinephrine 0.05 mcg/kg/min started 0415 per Dr. [[PERSON|name:Okafor]]. Lactate 3.2 mmol/L, blood cx x2 sent.
Son [[PERSON|name:Tuan Tran]] notified 0430 at [[PHONE|phone:713-555-0142]]; prefers Vietnamese for consent discussions.
CHG bath done. Restraints: none. CAM-ICU negative. RASS 0.""",
    """SBAR HANDOFF 1900
S: [[PERSON|name:Yer Vang]], [[AGE|other:62]]F, Rm 7214, POD#1 lap chole. MRN [[ID|mrn:5530-118-2]]
B: DM2 on insulin glargine 22 units qHS, HTN. Lives w/ daughter [[PERSON|name:Mai Nou Xiong]]. Primary language Hmong; prefers in-person interpreter.
A: A&Ox4, pain 3/10 after acetaminophen 1 g. BG 212 at 1630 -> 4 units lispro per sliding scale. JP drain 35 mL serosanguineous.
R: recheck BG 2100, ambulate x2 overnight. Family requests txiv neeb (shaman) visit tomorrow - spiritual care paged x4471.
Daughter's # [[PHONE|phone:651-555-0126]]""",
    """nursing note [[DATE|date:2/3/24]] 0345
pt [[PERSON|name:Lorraine Begay]] resting in rm 22. c/o nausea, zofran 4mg iv given 0300 w/ relief. bs 148. o2 sat 97% ra. voided 350 cc.
daughter [[PERSON|name:Shawna Tsosie]] called from [[LOCATION|geo:Chinle]], wants to know if pt can go home by [[DATE|date:friday 2/9]]. told her provider will discuss at rounds. her cell [[PHONE|phone:928 555 0173]], home has no phone.
chart # [[ID|mrn:0081557]]. ihs eligibility verified.
cont to monitor. -[[PERSON|name:R. Yazzie]] lpn""",
    """MEDICATION ADMINISTRATION RECORD - exception report   [[DATE|date:04/02/2024]]
Pt: [[PERSON|name:AL-SAADI, Karim]]  MRN: [[ID|mrn:30094127]]  Acct: [[ID|mrn:A0031884512]]  Rm 512-1
Unit: 5 South, [[LOCATION|geo:Fairlane Oaks Hospital]], [[LOCATION|geo:Dearborn]] MI
0900 heparin 5,000 units subcut - HELD, plt 88K
0900 metoprolol tartrate 25 mg PO - HELD, HR 54, BP 98/60, notified Dr. [[PERSON|name:Fadia Haddad]]
1300 vancomycin 1,250 mg IV - given late 1345, trough drawn 1310 = 17.8 mcg/mL
Pyxis override: insulin regular 4 units, 2-RN witness documented.
Wife brought home meds from outside pharmacy, bottle Rx# [[ID|other:6623901]] - returned to family.""",
    """NEURO CHECKS q1h - Neuro ICU
Pt [[PERSON|name:KASAYULIE, EVELYN M]]  CSN [[ID|mrn:110048823911]]  MRN [[ID|mrn:AK0712204]]  DOB [[DATE|date:1961-09-30]]
Medevac from [[LOCATION|geo:Bethel]] [[DATE|date:1/14]], L MCA stroke sx, LKW 0940.
TIME   GCS(E/V/M)   PUPILS      GRIP R/L   NIHSS
2000   15 (4/5/6)   3 brisk =   5/5 5/5    2
2100   14 (4/4/6)   3 brisk =   5/5 4/5    4
2200   14 (4/4/6)   3/3.5 sl    5/5 4/5    4  -> rapid response 2205, CT head 2220
tPA not given (outside window). Nicardipine gtt 5 mg/hr, titrate SBP <160.
Husband staying in patient housing; cell [[PHONE|phone:907-555-0139]].""",
    """WOUND ASSESSMENT  [[DATE|date:Tue 05/07/24]]
Pt [[PERSON|name:Clarence Thibodeaux]], MRN [[ID|mrn:LA-20077431]], rm 309.
Sacral stage 3 PI 4.2 x 3.1 x 0.6 cm, tunneling 1 cm at 12 o'clock, 30% slough, mod serous drainage. Braden 12.
Photo uploaded to media tab: [[ID|photo:THIBODEAUX_C_sacrum_0507.jpg]]
NPWT (V.A.C. Ulta, serial [[DEVICE|device:VUL0045821]]) applied 125 mmHg continuous, black foam x1.
WOC nurse consulted, ext 6-2290.
Pt lives at [[ADDRESS|geo:2214 Desire St, New Orleans, LA 70117]] w/ niece; will need home health at d/c.""",
    """SITTER/SAFETY LOG
patient_name=[[PERSON|name:Zbigniew Wróblewski]]; mrn=[[ID|mrn:6620183]]; room=1106; unit=Telemetry
date=[[DATE|date:2024-02-18]]; sitter=[[PERSON|name:Tamika Rhodes]] (PCT); badge=[[ID|other:88314]]
0000 sleeping, bed alarm ON
0115 pulling at tele leads, redirected. CIWA 14 -> lorazepam 1 mg IV per protocol
0230 CIWA 9
0400 asking for wife; called her at [[PHONE|phone:412.555.0164]], she will come at 0800
0600 CIWA 6, fine tremor. BAL on admit 0.21. Lives in [[LOCATION|geo:Lawrenceville]].""",
    """BLOOD TRANSFUSION RECORD
Recipient: [[PERSON|name:NOORZAI, GUL AHMAD]]  MRN [[ID|mrn:01-448-2917]]  DOB [[DATE|date:01/01/1979]] (DOB listed as [[DATE|date:01/01]] on refugee documents)
Product: PRBC, O POS, 1 unit, 310 mL. Consent signed with Dari phone interpreter #[[ID|other:218845]].
Two-RN verification at bedside 1412: [[PERSON|name:Adaeze Nwosu]] RN / second RN.
Pre: T 36.9 HR 98 BP 124/70. 15 min: T 37.0 HR 96 BP 122/72. Post: T 37.2 HR 90 BP 126/74.
Hgb pre 6.8 g/dL. No reaction. Brother at bedside.""",
    """Progress Note - Nursing
[[PERSON|name:Ilieva, Teodora]] | [[AGE|other:81]] y.o. | F | MRN: [[ID|mrn:E0091123]] | Rm: 9-SW-14 | Adm: [[DATE|date:11/18/2023]]
Insurance: MEDICARE PART A & B
.VSLAST: BP 138/72 | Pulse 78 | Temp 36.7 °C | Resp 16 | Ht 1.6 m | Wt 58.2 kg | SpO2 95%
---- copied forward from [[DATE|date:11/20/2023]] ([[PERSON|name:Hyun-woo Park]], RN) ----
Pt alert, pleasant, HOH - uses pocket talker. Ambulating w/ FWW + 1 assist. Skin intact.
---- end copied text ----
PT rec SNF. SW following. Granddaughter is HCPOA, email [[EMAIL|email:annaph.seattle@gmail.com]].
Electronically signed by [[PERSON|name:Grace Kim-Oduya]], RN on [[DATE|date:11/21/2023]] 1744""",
]

EMERGENCY = [
    """ED PROVIDER NOTE
Patient: [[PERSON|name:Guadalupe Ramírez Montoya]]   DOB [[DATE|date:08/15/1990]]   MRN [[ID|mrn:EP4410923]]   Arrival [[DATE|date:06/09/2024]] 2214 by POV
CC: abdominal pain x 2 days
HPI: [[AGE|other:33]] yo G3P2 w/ RLQ pain, anorexia, 1 episode NBNB emesis. LMP [[DATE|date:5/28/24]]. Denies dysuria. Works packing line at [[LOCATION|geo:Ysleta Pecan Co.]]
Exam: T 38.2 HR 108 BP 126/78. +McBurney point tenderness, +Rovsing.
Labs: WBC 15.8, hCG neg, UA 0-2 WBC. CT A/P: dilated appendix 11 mm w/ periappendiceal fat stranding.
MDM: acute appendicitis. Zosyn 4.5 g IV, morphine 4 mg IV, ondansetron 4 mg IV. Surgery consulted 2350, accepted to OR.
Dx: K35.80. Sister at bedside; contact [[PHONE|phone:(915) 555-0192]].""",
    """TRAUMA (LEVEL 2) - ED PHYSICIAN NOTE
Registered as Trauma Doe (temp MRN [[ID|mrn:T0090312]]); identified 0135 by palm-vein match (PatientSecure template [[ID|biometric:PSX-0048-77120]]), merged to MRN [[ID|mrn:77120044]]: [[PERSON|name:KOWALCZYK, MAREK]], [[AGE|other:45]]M.
Restrained driver, MVC vs pole ~45 mph, + airbag. CPD officer at bedside; 2023 Ford F-150, IL plate [[VEHICLE|vehicle:DK 48213]], VIN [[VEHICLE|vehicle:1FTEW1EP2PB647155]] per crash report [[ID|other:JG-220381]].
Primary: A patent, B clear bilat, C HR 118 BP 102/64, D GCS 14 (E4V4M6), E seatbelt sign.
FAST neg. CT pan-scan: L 9-10 rib fx, grade II splenic lac. Hgb 11.9 -> 10.4. EtOH 0.18 g/dL.
Tdap 0.5 mL IM, lot 3CA71K2. Wife en route, ph [[PHONE|phone:773-555-0115]].
Dispo: Trauma ICU.""",
    """EMERGENCY DEPARTMENT NOTE - [[LOCATION|geo:Palmetto Bay Medical Center]]
Date of service: [[DATE|date:January 6, 2024]]
Pt: [[PERSON|name:Ofelia Castañeda de la Cruz]]  Age: [[AGE|date:92]]  MBI [[ID|health_plan:2NP4-HE4-YR11]]
HPI: BIBA ([[LOCATION|geo:Hialeah]] Fire Rescue) after witnessed syncope at granddaughter's quinceañera. Down ~1 min, no seizure activity.
PMH: AFib on apixaban 2.5 mg BID, HFrEF EF 35%, CKD 3b.
ECG: AF w/ RVR 132, no STE. Trop 0.04 -> 0.05. BNP 1,240. Diltiazem 10 mg IV x1 -> HR 96.
Granddaughter [[PHONE|phone:305-555-0168]]. Dispo: obs tele.""",
    """ED Course (dictated, Dragon):
this is a [[AGE|other:27]]-year-old male named [[PERSON|name:Tyrell Washington]] who presents after a fall from a skateboard at [[LOCATION|geo:Sloan's Lake Park]] at approximately 1600 hours. he is right-hand dominant. wrist deformity noted. x-ray shows distal radius fracture with dorsal angulation. hematoma block with lidocaine 1% 10 mL, closed reduction performed, sugar-tong splint. post-reduction film acceptable. hand surgery will see him in clinic on [[DATE|date:Thursday the 14th]]. his girlfriend drove him, her number is [[PHONE|phone:720 555 0138]]. he lives at [[ADDRESS|geo:3350 West 29th Avenue, Denver, Colorado 80211]]. discharged with ibuprofen 600 mg every 6 hours as needed.""",
    """ED NOTE | [[LOCATION|geo:Mott Haven Community Hospital]] | Arr [[DATE|date:02/29/2024]] 03:12
Name: [[PERSON|name:Santos Peralta, Juan Carlos]]  Sex: M  DOB: [[DATE|date:11/02/1966]]  MRN: [[ID|mrn:000981227]]  Medicaid CIN [[ID|health_plan:KT48210M]]
CC: chest pain. Substernal pressure radiating to L arm since 0130, diaphoretic. HTN, DM2, 30 pk-yr.
ECG 0315: STE V2-V4 1.5-2 mm. STEMI alert 0317. ASA 324 mg, heparin 4,000 units IV, ticagrelor 180 mg.
Cath lab activated. Door-to-balloon 58 min.
Crit care time 45 min excl procedures.""",
    """ED Provider Note
Pt: [[PERSON|name:Sixkiller, Wynona J]] | [[AGE|other:41]] F | MRN [[ID|mrn:WW-3318820]]
HPI: bitten by neighbor's dog on R forearm this AM in [[LOCATION|geo:Tahlequah]]. Dog's rabies vax status unknown; Animal Control case [[ID|other:AC-24-00917]] opened.
Exam: 3 puncture wounds, 2 cm lac, no tendon involvement, NV intact.
Tx: irrigation 500 mL NS, loose approximation x2 simple interrupted 4-0 nylon, amoxicillin-clavulanate 875 mg BID x5d, Tdap updated. Rabies PEP deferred pending 10-day observation of dog.
Cherokee Nation citizen ID [[ID|other:CN-0448213]] on file for PRC.
Follow up with PCP in 48 h for wound check.""",
    """[[DATE|date:3/16/2024]] 1902  ED NOTE
Pt [[PERSON|name:Rezan Barzani]] ([[AGE|other:19]] M) w/ asthma exacerbation. Peak flow 180 (pred 520). SpO2 89% RA. 3-word sentences.
DuoNeb x3, methylprednisolone 125 mg IV, magnesium sulfate 2 g IV over 20 min -> PF 340, SpO2 95%.
Student at [[LOCATION|geo:Cumberland Bend Community College]]; uses albuterol HFA 4-6x/day, no controller. Insurance lapsed, SW to help w/ TennCare application.
Dx J45.51. Disp home: prednisone 40 mg x5d, budesonide-formoterol 160/4.5 2 puffs BID, spacer.
Mother [[PHONE|phone:615 555 0133]] (Kurdish Sorani).
Seen by [[PERSON|name:Kofi Mensah-Bonsu]], PA-C""",
    """CHIEF COMPLAINT: leg swelling
Pt [[PERSON|name:Jebrick Langidrik]], DOB [[DATE|date:10-03-1985]], MRN [[ID|mrn:QH-02291845]], Med-QUEST [[ID|health_plan:0009821134]]
Lives w/ extended family (11 in household). Marshallese interpreter in person.
LLE erythema to mid-shin, warm, 8 x 12 cm, marked 1410. Fluctuant 2 cm area - I&D, 5 mL pus, cx sent. T 38.0. WBC 13.2. A1c 11.4%.
TMP-SMX DS 2 tabs BID + cephalexin 500 mg QID x 7d.
Wound photo: [[ID|photo:IMG_4471_langidrik_LLE.jpg]] in Media.
Return if streaking. F/u PCP in 2 days.""",
    """EMTALA TRANSFER CERTIFICATION
Sending: [[LOCATION|geo:Bullitt Hills Hospital]] ED   Receiving: [[LOCATION|geo:Falls City University Hospital]]
Patient Name: [[PERSON|name:HARGIS, BOBBY RAY]]   DOB: [[DATE|date:04/19/1958]]   SSN: [[ID|ssn:407-38-2216]]
Accepting physician: neurosurgery attending, accepted 1732 on [[DATE|date:8/22/2024]]
Reason: SAH Hunt-Hess 3, Fisher 3; requires neurosurgical capability not available.
Mode: ALS. Physician certification: benefits outweigh risks.
[[PERSON|name:Curtis Yeary]], DO  NPI [[ID|license:1647709017]]
Report called to receiving RN at [[PHONE|phone:502-555-0104]].""",
    """ED NOTE   [[DATE|date:12/27/23]]
Pt: [[PERSON|name:Jean-Pierre Mbuyi Kalala]], [[AGE|other:36]] yo M, French/Lingala; video interpreter ID [[ID|other:702218]].
R flank pain colicky since 0500, gross hematuria. CT stone protocol: 6 mm R UVJ stone, mild hydro. Cr 1.0.
Ketorolac 15 mg IV, tamsulosin 0.4 mg daily, oxycodone 5 mg #8 (PDMP checked). Strainer given.
Urology referral placed.
Works overnight at the [[LOCATION|geo:Hannaford]] distribution center in [[LOCATION|geo:South Portland]]; work note given. Cell [[PHONE|phone:207-555-0151]].""",
]

BEHAVIORAL = [
    """MOBILE CRISIS RESPONSE - [[LOCATION|geo:Multnomah County]]
Dispatch [[DATE|date:10/04/2024]] 2217 via 988 transfer, call ref [[ID|other:988-OR-2410-55731]]
Client: [[PERSON|name:Skyler Brandt]] (they/them)
Location: [[ADDRESS|geo:5127 SE Division St Apt 3, Portland, OR 97206]]
Roommate called re client texting goodbye messages. Client tearful, reports SI w/ plan to OD on stored sertraline (~40 x 100 mg). C-SSRS positive for ideation w/ intent, no prior attempts. PHQ-9 = 22.
Means restriction: roommate secured meds. Safety plan completed. Client agreed to voluntary eval at [[LOCATION|geo:Willamette Crossing Behavioral Health]]; transported by team 2340.""",
    """PSYCHIATRIC ADMISSION NOTE - Unit 3B (adult locked), [[LOCATION|geo:Cedar-Riverside Behavioral Hospital]]
Pt: [[PERSON|name:Abdiwali Hassan Farah]]  DOB [[DATE|date:1998-06-14]]  MRN [[ID|mrn:MN00551207]]
Legal: 72-hr hold signed [[DATE|date:7/19/24]] 1530; commitment petition filed, court file [[ID|other:27-MH-PR-24-1183]].
HPI: [[AGE|other:26]]M brought by police from [[LOCATION|geo:Karmel Mall]] after yelling at strangers, believes his phone is tapped. Not sleeping x5 days. Mother ([[PHONE|phone:612-555-0198]]) reports he stopped risperidone 2 months ago.
MSE: disheveled, pressured speech, paranoid delusions, denies AH/VH, denies SI/HI, insight poor.
Plan: restart risperidone 1 mg BID; olanzapine 10 mg IM PRN agitation. UDS neg. Imam visit per family request.""",
    """SUD Counseling Progress Note - Individual, H0004 x 3 units
Client: [[PERSON|name:Darnell Nez]]  Client ID [[ID|mrn:NHC-118204]]  Session [[DATE|date:05/21/2024]]  [[LOCATION|geo:Tuba City]] office
Client reports 41 days sober from alcohol. Attending AA and sweat lodge with his uncle. AUDIT-C 2 (down from 11). Cravings 3/10. Naltrexone 50 mg daily, adherent.
Started job at [[LOCATION|geo:Bashas' Diné Market]] stocking shelves.
Probation officer [[PERSON|name:Leticia Benally]], case [[ID|other:CR2023-004418]]; ROI on file.
Next session in 2 wks.""",
    """PSYCHIATRY C/L NOTE
Re: [[PERSON|name:Yasmin Odeh]], [[AGE|other:17]]F, peds floor after acetaminophen ingestion (~15 g) [[DATE|date:Sunday 3/10]]. NAC completed, ALT 412 -> 188.
Collateral: mother [[PERSON|name:Rania Odeh]] ([[PHONE|phone:973-555-0112]]); school counselor at [[LOCATION|geo:Passaic Falls Academy]].
Pt reports cyberbullying directed at her Instagram account [[ID|other:@yas.odeh07]].
C-SSRS: actual attempt (this admission). PHQ-A 19. No psychosis.
Recs: 1:1 sitter; inpatient psych once medically cleared - accepted at [[LOCATION|geo:Ramapo Valley Adolescent Unit]].
CAP fellow note, attending attests.""",
    """VA Mental Health - VVC telehealth progress note
Veteran: [[PERSON|name:PHAM, DUC VAN]]   [[ID|ssn:P4527]]   ICN [[ID|mrn:1012887456V331902]]
Session [[DATE|date:Aug 8, 2024]] 1400-1450, veteran at home in [[LOCATION|geo:Alief]].
PCL-5 = 48 (prev 56). Nightmares 3x/wk, prazosin 2 mg qHS -> 3 mg. Sertraline 150 mg.
Wife supportive; attends Vietnamese veterans' group at temple. Denies SI/HI; firearm stored in gun safe, key held by son.
VVC link sent to [[EMAIL|email:ducpham.1968@yahoo.com]]: [[URL|url:https://vvc.va.gov/join/?conf=8831204&pin=4472]]
Next appt [[DATE|date:9/5/2024]].""",
    """CRISIS LINE CALL LOG
Call ID: [[ID|other:WI-CL-0092231]] | Start 02:14 | Dur 38 min | Line: county crisis
Caller: "[[PERSON|name:Ann]]" (declined last name), callback [[PHONE|phone:414-555-0106]]
Caller in her car in the parking lot of [[LOCATION|geo:Mitchell Park Domes]], drinking, has "a bottle of pills". Counselor kept caller on line; co-worker requested welfare check, police incident [[ID|other:24-118-0457]].
Vehicle: silver Honda Civic, WI plate [[VEHICLE|vehicle:AKR-6192]] (caller provided).
02:49 officers on scene; caller transported to [[LOCATION|geo:Kinnickinnic Psychiatric Crisis Center]].""",
    """ACT team - community visit note
client: [[PERSON|name:demetrius holloway]]   dob [[DATE|date:3/3/1987]]   medicaid [[ID|health_plan:948271553Q]]
visit: [[DATE|date:1/22/24]] at client's apt, [[ADDRESS|geo:1408 Poole Rd Apt 2C, Raleigh NC 27610]]
invega sustenna 156 mg IM R deltoid, lot MK82213. next inj due in 4 wks.
client reports voices "less loud". fridge nearly empty - food bank referral to [[LOCATION|geo:Crabtree Creek Food Pantry]].
rep payee - SSI deposit arrives 3rd of month, $943.""",
    """OTP DOSING & COUNSELING NOTE - [[LOCATION|geo:Blackstone Valley Recovery Center]]
Patient: [[PERSON|name:Thaís Albuquerque Nogueira]] | ID [[ID|mrn:W-00733291]] | [[DATE|date:Wednesday, April 17, 2024]]
Identity verified at dosing window by iris scan (template [[ID|biometric:IRS-22817-B]]).
Methadone 95 mg PO observed; take-homes x2 per phase II. UDS: methadone +, fentanyl neg, benzodiazepines neg (3rd consecutive neg).
Reports argument with boyfriend, urge to use 6/10, used DBT ice-dive skill. Naloxone kit refilled.
Requests letter for employer ([[LOCATION|geo:Shrewsbury Street Bakery]]) re dosing hours.""",
    """RESTRAINT / SECLUSION - face-to-face evaluation
Patient [[PERSON|name:Sione Fifita]] | [[AGE|other:31]] | MRN [[ID|mrn:UT4098815]] | Unit: [[LOCATION|geo:Wasatch Pavilion]] PICU
Event: [[DATE|date:09/02/2024]] 1622 pt struck a peer w/ closed fist, continued to advance on staff despite verbal de-escalation. 4-point restraint 1625.
Meds 1627: haloperidol 5 mg IM + lorazepam 2 mg IM + diphenhydramine 50 mg IM.
F2F completed 1650 (within 1 h). Circulation checks q15 min, released 1740 when calm x30 min.
Peer assessed, no injury; incident report [[ID|other:IR-2024-03318]].
Sister notified 1805.""",
    """BEHAVIORAL HEALTH INTAKE (telehealth) - [[DATE|date:November 13, 2023]]
Name: [[PERSON|name:Eh Htoo Paw]]   Preferred: "[[PERSON|name:Naw Eh]]"   DOB: [[DATE|date:01/01/1994]] (estimated)
Language: S'gaw Karen; interpreter on video.
Address: [[ADDRESS|geo:4820 S 24th St #7, Omaha, NE 68107]]
Hx: fled Burma, 12 yrs in [[LOCATION|geo:Mae La]] camp in Thailand; resettled 2016. Works 2nd shift at a meatpacking plant.
Screening: PHQ-9 17, GAD-7 15, PCL-5 52.
Dx: F43.10 PTSD; F32.1 MDD, moderate. Plan: CPT (cognitive processing therapy) weekly; psychiatry referral for sertraline.
Clinician: LIMHP, signature on file""",
]

LABOR_NEWBORN = [
    """DELIVERY SUMMARY - [[LOCATION|geo:San Joaquin Valley Women's Pavilion]]
Mother: [[PERSON|name:Pa Houa Lor]]  MRN [[ID|mrn:CF0488120]]  [[AGE|other:29]]y G4P3104
Delivered [[DATE|date:05/26/2024]] 0342, NSVD at 39w3d. Epidural. 2nd degree lac repaired w/ 3-0 Vicryl. QBL 350 mL.
Infant: Baby Girl [[PERSON|name:Lor]], MRN [[ID|mrn:CF0488177]], 3,340 g, APGAR 8/9. Vit K 1 mg IM, erythromycin ointment given.
Family requested to take placenta home (cultural burial) - release form signed.
Delivering provider: OB hospitalist""",
    """OB TRIAGE NOTE  [[DATE|date:2024-01-09]] 23:40
[[PERSON|name:Ximena Treviño Garza]] | [[AGE|other:22]] | G1P0 @ 34w1d by 8 wk US | Medicaid [[ID|health_plan:518402277]] | PNC at [[LOCATION|geo:Clínica Familiar Los Ébanos]]
CC: ctx q5 min. SSE: pooling neg, nitrazine neg, fern neg. Cx 2/50/-2, unchanged over 2 h. fFN positive.
TOCO ctx q4-6 min, FHT 140s mod var +accels, Cat I.
Betamethasone 12 mg IM #1 0015, #2 due in 24 h. Nifedipine 20 mg PO load. GBS unknown -> PCN G 5 MU IV.
Transfer to [[LOCATION|geo:Rio Grande Valley Perinatal Center]] (level III NICU) if progresses.
FOB [[PHONE|phone:956-555-0161]].""",
    """NEWBORN NURSERY PROGRESS NOTE - DOL 2
Infant: BOY [[PERSON|name:TSINAJINNIE]]  MRN [[ID|mrn:SR0099104]]  DOB [[DATE|date:02/11/2024]] 1718
Mother: [[PERSON|name:Renae Tsinajinnie]]  MRN [[ID|mrn:SR0041776]]
GA 38w6d, BW 2,980 g (today 2,845 g, -4.5%). Voids x4, stools x3 (transitional).
TcB 9.8 at 40 HOL - low-intermediate risk zone. CCHD screen passed (R hand 99%, foot 98%). Hearing passed bilat.
NBS #1 collected [[DATE|date:2/12]], kit [[ID|other:NM24-0118842]].
Breastfeeding q2-3h, LATCH 8. Family to keep umbilical cord stump (cultural) - ok per policy.
F/u IHS clinic in 48 h.""",
    """POSTPARTUM QBL / PPH FLOWSHEET - Stage 2 PPH
Pt: [[PERSON|name:Jasmine Okonjo-Reid]]  LDR 7  MRN [[ID|mrn:ATL-5572091]]  Date [[DATE|date:07/04/2024]]
Time | QBL (cumul) | HR  | BP     | Fundus     | Intervention
1915 | 650 mL      | 102 | 118/70 | boggy, U+1 | fundal massage, oxytocin 30 u/500 mL up to 250 mL/h
1922 | 1,050 mL    | 116 | 102/58 | boggy      | methylergonovine 0.2 mg IM
1930 | 1,300 mL    | 124 | 94/50  | firming    | TXA 1 g IV, 2 u PRBC ordered, carboprost 250 mcg IM
1945 | 1,420 mL    | 108 | 108/64 | firm, U/U  | Bakri not needed
OB Dr. [[PERSON|name:Adrienne Holloway-Baptiste]] at bedside. Hgb 11.2 -> 8.1.
Husband updated 2000.""",
    """BIRTH CERTIFICATE WORKSHEET - [[LOCATION|geo:Wayne County]]
Child's name: [[PERSON|name:Ayaan Rahman Chowdhury]]
Date of birth: [[DATE|date:March 2, 2024]]  Time: 0914  Sex: M  Plurality: single
Place of birth: [[LOCATION|geo:Detroit Riverside Hospital]]
Mother's legal name: [[PERSON|name:Nusrat Jahan Chowdhury]]
Mother's residence: [[ADDRESS|geo:11840 Conant St, Hamtramck, MI 48212]]
Mother SSN: [[ID|ssn:272-27-1842]]   Father: [[PERSON|name:Md Rafiqul Chowdhury]]   Father SSN: [[ID|ssn:562-56-1921]]
Mother's birthplace: Bangladesh. Education: bachelor's degree. Request SSN for child: YES.
Clerk ext 3-4410""",
    """NICU ADMISSION H&P
Patient: [[PERSON|name:GEBREMEDHIN]], GIRL A (Twin A)   MRN [[ID|mrn:4471092]]   DOB [[DATE|date:10/30/2023]] @ 0602
BW 1,410 g   GA 30w2d. Mother [[PERSON|name:Selam Gebremedhin]], [[AGE|other:34]] yo G2P0202, DCDA twins, PPROM 24 h, BMZ complete x2, Mg for neuroprotection.
Resus: CPAP +6, FiO2 30%. APGAR 6/8.
Admit: surfactant 200 mg/kg via LISA at 1 HOL. UVC 5 Fr / UAC 3.5 Fr placed. Ampicillin/gentamicin.
Twin B (MRN [[ID|mrn:4471093]]) admitted to bed 14.
Father ([[PHONE|phone:206-555-0135]]); family speaks Tigrinya.""",
    """NAS / ESC FLOWSHEET - [[LOCATION|geo:Cumberland Gap Regional]] Mother-Baby
Infant [[PERSON|name:Kaydence Brewer]]  DOB [[DATE|date:8/1/24]]  MRN [[ID|mrn:00662019]]
Maternal hx: buprenorphine 16 mg/day via OTP; UDS + bup only.
Date/Time  | Eat | Sleep>=1h | Console<=10m | Action
[[DATE|date:8/2]] 0300 |  Y  |   Y       |   Y          | continue non-pharm
[[DATE|date:8/2]] 0600 |  N  |   N       |   Y          | huddle: more skin-to-skin, low stim
[[DATE|date:8/2]] 0900 |  Y  |   Y       |   Y          | continue
Grandmother [[PERSON|name:Darlene Caudill]] primary caregiver after d/c per CPS safety plan, case [[ID|other:KY-DCBS-24-55128]].""",
    """PRENATAL RECORD - Visit [[DATE|date:04/15/2024]]
[[PERSON|name:Chantel Old Elk]]  DOB [[DATE|date:12/09/2001]]  IHS chart [[ID|mrn:CR-118834]]
G2P1001 @ 28w0d. FH 28 cm, FHR 148, BP 118/74, wt 172 lb (+18 lb). 1-hr GCT 152 -> 3-hr GTT ordered. Hgb 10.1 -> FeSO4 325 mg daily.
Rh neg -> RhoGAM 300 mcg IM today, lot P100428. Tdap given. Kick counts reviewed.
Lives in [[LOCATION|geo:Lodge Grass]]; 1 hr drive to town. Plans delivery at [[LOCATION|geo:Yellowstone Valley Birth Center]].
Next visit in 2 wks.""",
    """NEWBORN DISCHARGE SUMMARY
Name: [[PERSON|name:Sofía Isabel Colón Rivera]]  DOB: [[DATE|date:06/18/2024]]  Discharge: [[DATE|date:06/20/2024]]
MRN: [[ID|mrn:FL03-228817]]  Acct: [[ID|mrn:900118273]]
BW 3,610 g; DC wt 3,420 g (-5.3%). Bili 8.2 @ 48 HOL, below phototherapy threshold (AAP 2022).
HepB #1 given. CCHD pass. Hearing pass (ABR). NBS collected.
Car seat: rear-facing infant seat, installed by father.
PCP: [[LOCATION|geo:Kissimmee Pediatric Associates]], appt [[DATE|date:6/22/2024]] 10:15.
Mother cell [[PHONE|phone:(407) 555-0123]]; WIC referral sent.""",
    """BRIEF OP NOTE - Primary LTCS
Pt: [[PERSON|name:Nyakuoth Gatluak]]   [[AGE|other:26]]   MRN [[ID|mrn:IA20093174]]   [[DATE|date:11/02/2023]]
Pre-op dx: arrest of dilation at 6 cm, 39w5d. Post-op: same.
Surgeon: attending OB. Anesthesia: spinal.
Findings: viable female, vertex OP, APGAR 8/9, 3,890 g. Normal uterus, tubes, ovaries.
QBL 840 mL. LR 2,000 mL. UOP 150 mL clear. Cord art pH 7.24.
Nuer interpreter present for consent. Husband [[PERSON|name:Bol Ruach]] at bedside.
Disp: PACU -> [[LOCATION|geo:Raccoon River Women's Center]] 3rd floor.""",
]

PEDIATRIC_SCHOOL = [
    """HEALTH OFFICE VISIT LOG - [[LOCATION|geo:Lake Hiawatha Middle School]]
Date: [[DATE|date:10/08/2024]]  Time in 10:42  out 11:05
Student: [[PERSON|name:Ilhan Abdullahi]], gr 7, homeroom 214, student ID [[ID|other:S0048812]]
Reason: SOB after gym. SpO2 93%, RR 28, wheeze bilat. PF 210 (personal best 330).
Albuterol 90 mcg 4 puffs via spacer per asthma action plan on file. Recheck 11:00: SpO2 97%, PF 300.
Called mom at [[PHONE|phone:612.555.0140]] - voicemail; reached older sister (emergency contact). Returned to class.""",
    """WELL CHILD 12 MONTH
[[PERSON|name:Tran, Bao Anh]]  DOB [[DATE|date:04/05/2023]]  MRN [[ID|mrn:GG-00987612]]  Medi-Cal CIN [[ID|health_plan:91238475A]]
Accompanied by mother [[PERSON|name:Le Thi Hong]] (Vietnamese interpreter via phone).
Wt 9.4 kg (45%), Lt 75 cm (50%), HC 46 cm (60%).
Dev: pulls to stand, cruising, 2 words, pincer grasp. ASQ-3 passed all domains.
Lead: capillary Pb 3 mcg/dL. Hgb 11.6.
Vaccines: MMR, Varicella, HepA #1, PCV20 #4 - VIS given.
Guidance: whole milk 16-24 oz, no bottle in bed, establish dental home. Next WCC at 15 mo.""",
    """CHA/P ENCOUNTER - [[LOCATION|geo:Tununak]] Clinic
Pt: [[PERSON|name:Jolene Angaiak]], [[AGE|other:6]] yo F, DOB [[DATE|date:02/27/2018]], chart # [[ID|mrn:YK-221058]]
CC: R ear pain 2 days, fever 101.8 at home per grandma.
Otoscope: R TM bulging, erythematous. L TM nl. Wt 22 kg.
Video otoscopy [[ID|photo:angaiak_j_R_TM_02.png]] sent as tele-case [[ID|other:TC-2024-118320]] to the [[LOCATION|geo:Bethel]] provider - reply: amoxicillin 90 mg/kg/day div BID x10d = 1,000 mg BID.
Dispensed from village stock. Recheck 2 wks.
- [[PERSON|name:Agnes Charlie]], CHA II""",
    """Diabetes Management Log - [[LOCATION|geo:Mission Reach Elementary]]
Student: [[PERSON|name:Mateo Villarreal Quintanilla]], 3rd gr, 504 plan on file
Dexcom G7 via phone app; Omnipod 5 PDM serial [[DEVICE|device:OP5-0192-44718]].
| Time  | CGM   | Carbs        | Bolus      | Note                    |
| 10:15 | 68    | 15 g juice   | -          | low tx, recheck 15 min  |
| 10:30 | 94    | -            | -          | back to class           |
| 11:45 | 182   | 60 g lunch   | 3.0 u      |                         |
| 14:00 | 245   | -            | corr 1.2 u | ketones 0.4, water      |
Dad texted via school app 14:05; Dexcom Follow invite came from [[EMAIL|email:rvillarreal.sa@outlook.com]].
Glucagon (nasal 3 mg) in health office.""",
    """PEDS FLOWSHEET (RSV bronchiolitis)  Rm 6-12  [[LOCATION|geo:Susquehanna Children's Hospital]]
Pt: [[PERSON|name:Oliwia Nowak]]  DOB [[DATE|date:11/30/2023]]  MRN [[ID|mrn:P0045127]]  Wt 6.1 kg
Date [[DATE|date:03/28/2024]]
Time | RR | SpO2 | HFNC L/min | FiO2 | RDAI | Feeds
0800 | 62 | 91%  | 8          | 40%  | 9    | NPO, D5 1/2NS @ 24 mL/h
1200 | 54 | 94%  | 8          | 35%  | 7    | NG EBM 45 mL q3h
1600 | 48 | 96%  | 6          | 30%  | 5    | NG EBM 60 mL q3h
NP suction x2, thick yellow. RSV PCR +.
Dad [[PERSON|name:Paweł]] at bedside; mom pumping.""",
    """[[LOCATION|geo:Pearl River Elementary]] - Immunization Compliance Notice - [[DATE|date:August 12, 2024]]
To the parent/guardian of: [[PERSON|name:Jaylen Whitaker]]  DOB [[DATE|date:01/16/2019]]  Grade K
Per Form 121 review, your child is missing: DTaP #5, IPV #4, MMR #2.
Your child cannot attend after [[DATE|date:September 3, 2024]] without a Certificate of Compliance.
Vaccines are free at the county Health Department, [[ADDRESS|geo:3022 Robinson Rd, Jackson, MS 39209]], or at your provider.
Questions: School Nurse, [[PHONE|phone:601-555-0109]] ext 22, [[EMAIL|email:lpickens@pearlriver-elem.org]]""",
    """PEDS SPORTS MED - Concussion f/u
[[PERSON|name:Aiden Kowalski-Murphy]] ([[AGE|other:15]]M), sophomore, [[LOCATION|geo:St. Casimir Catholic High School]], football (#44, LB).
Injury [[DATE|date:9/13/24]] during game. SCAT6 symptom score 12/132 (down from 41). ImPACT: verbal memory 78 (baseline 85), reaction time 0.71 (baseline 0.62). VOMS + convergence.
Plan: no contact; return-to-learn letter to school counselor; begin RTP stage 2 when sx-free 24h, supervised by ATC.
Mother email [[EMAIL|email:colleen.k.murphy@comcast.net]]. Recheck [[DATE|date:9/27]].""",
    """PEDIATRIC CLINIC NOTE - Mandated report
Pt: [[PERSON|name:Destiny Marie Halcomb]]  DOB [[DATE|date:05/05/2021]]  MRN [[ID|mrn:NCH-7734025]]
Presented w/ mother's boyfriend for "fall from couch". Exam: patterned bruising L upper arm, bruises of varying color on back; TEN-4-FACESp positive.
Skeletal survey ordered at [[LOCATION|geo:Olentangy Children's Hospital]]. Photos [[ID|photo:HALCOMB_D_back_001.jpg]] - [[ID|photo:HALCOMB_D_back_006.jpg]] uploaded.
Report made to [[LOCATION|geo:Franklin County]] Children Services 1420 [[DATE|date:1/30/2024]], referral # [[ID|other:FCCS-2024-0031877]].
Mother notified by phone.""",
    """SCHOOL-BASED HEALTH CENTER - Sports Physical
[[LOCATION|geo:Springdale]] SBHC @ [[LOCATION|geo:Shiloh Ridge High School]]
Student: [[PERSON|name:Joniel Lokeijak]], [[AGE|other:16]], DOB [[DATE|date:07/07/2008]], ARKids ID [[ID|health_plan:7731904482]]
Vision 20/20 OD, 20/40 OS. BP 128/78 (95th %ile -> recheck). BMI 31.2 (>95th %ile). No murmur.
PPE form signed, cleared for soccer w/ f/u for BP recheck in 2 wks.
Father (Marshallese interpreter used) [[PHONE|phone:479-555-0157]].""",
    """MEDICATION AUTHORIZATION - School Administration
School: [[LOCATION|geo:Champlain Flats Elementary]], [[LOCATION|geo:Winooski]]
Student: [[PERSON|name:Sujan Ghimire]]  DOB [[DATE|date:12-14-2016]]  Gr 2
Medication: methylphenidate IR 5 mg PO at 12:00 in health office (ER 18 mg given at home).
Prescriber: [[PERSON|name:Wendy Castellanos]], MD  NPI [[ID|license:1642587012]]  DEA [[ID|license:BC4533318]]
Phone [[PHONE|phone:802-555-0128]]  Fax [[PHONE|fax:802-555-0129]]
Parent/guardian: [[PERSON|name:Bishnu Maya Ghimire]]  signature on file
Controlled substance count on receipt: 30 tabs, counted by RN and principal.""",
]

HOME_HOSPICE = [
    """HOME HEALTH SOC VISIT (OASIS-E)  M0090 [[DATE|date:02/05/2024]]
Pt: [[PERSON|name:Earl Dempsey Shrewsbury]]  DOB [[DATE|date:06/11/1941]]  MBI [[ID|health_plan:1QD9PA8RC74]]
Address: [[ADDRESS|geo:417 Sissonville Dr, Charleston, WV 25312]]  Phone [[PHONE|phone:304-555-0189]]
s/p CHF exacerbation, d/c 3 days ago. M1800s: grooming 1, bathing 3, ambulation 2 (walker).
Wt 198.4 lb (d/c wt 196). Edema 2+ BLE. Crackles bases. Furosemide 40 mg BID, wt log reviewed.
No smoke detector - referred to fire dept program. O2 2 L NC via concentrator SN [[DEVICE|device:IN-5A22-094187]].
Clinician visit 0930-1115, mileage 34.""",
    """HOSPICE - DEATH VISIT NOTE
Patient: [[PERSON|name:Remedios Dimaculangan]]  [[AGE|date:91]]  Hospice ID [[ID|mrn:HSP-224190]]
Daughter called 0212 on [[DATE|date:12/25/2023]] reporting pt "stopped breathing". RN arrived 0305 at [[ADDRESS|geo:7321 Florin Rd, Sacramento, CA 95823]].
No resp, no apical pulse x 1 min, pupils fixed. Time of death 0311, pronounced by RN; hospice MD notified 0320.
Family praying the rosary. Mortuary removal 0510.
Meds destroyed w/ daughter as witness: morphine 20 mg/mL oral soln 12 mL, lorazepam 0.5 mg x 14 tabs.
Bereavement referral. - RN CHPN""",
    """HH SKILLED NURSING VISIT - [[DATE|date:Mon 11/6/23]]
[[PERSON|name:Gaétan Pelletier]] / [[AGE|other:78]] / MRN [[ID|mrn:HH-55102]] / [[LOCATION|geo:Fort Kent]]
Directions: Rte 11 north 3 mi past the grocery, camp road on L, gray house w/ red barn. Dog friendly.
PICC L basilic 42 cm, arm circ 28 cm. Dressing/cap change, flushed 10 mL NS. Ertapenem 1 g IV q24h, day 18/42 for osteomyelitis L 2nd toe. Weekly CBC, CMP, ESR, CRP drawn.
French (Acadian) primary; wife manages meds.
Infusion pump CADD-Solis SN [[DEVICE|device:CS2-1148723]]; pharmacist [[PHONE|phone:207-555-0177]].""",
    """HOSPICE IDG NOTE [[DATE|date:03/20/2024]] - [[LOCATION|geo:Gulf Breeze Hospice]]
Pt: [[PERSON|name:Herman Feldstein]], [[AGE|date:94]], Alzheimer's dementia FAST 7c, PPS 30%. Hospice day 176. Cert period 3.
Residence: [[LOCATION|geo:Sabal Palms ALF]], rm 22, [[LOCATION|geo:Largo]].
Wt loss 6 lb/30 days, MAC 21 cm. Stage 2 R heel.
RN: recertify. MSW: son [[PERSON|name:Alan Feldstein]] (POA, lives out of state) agrees w/ plan; requested rabbi visit.
MD: F2F encounter done [[DATE|date:3/18]]; continues to meet LCD criteria.""",
    """EVV VISIT RECORD
Member: [[PERSON|name:Herminia Zapata Leal]]   Medicaid ID [[ID|health_plan:604218833]]   STAR+PLUS
Attendant: [[PERSON|name:Rosa Elvia Cavazos]]   Worker ID [[ID|other:A-771942]]  Identity: voice biometric match (voiceprint [[ID|biometric:VP-771942-03]])
Clock in: [[DATE|date:05/13/2024]] 08:02  GPS [[LOCATION|geo:27.5306, -99.4803]]  Clock out: 11:58 (3.93 hr)
Service address: [[ADDRESS|geo:2219 Guadalupe St, Laredo, TX 78043]]
Tasks: bathing (shower chair), dressing, meal prep (diabetic), light housekeeping, med reminder (metformin 500 mg w/ breakfast).
Client c/o dizziness; supervisor RN called client's doctor office [[PHONE|phone:956.555.0117]].
Authorization # [[ID|other:PA-TX-24-5530178]], 28 hr/wk.""",
    """HOSPICE ADMISSION / CONSENTS - [[LOCATION|geo:Smoky Ridge Hospice]]
Patient [[PERSON|name:Wanda Faye McCarter]]  DOB [[DATE|date:02/28/1949]]  SSN [[ID|ssn:414-55-0781]]  MBI [[ID|health_plan:8U34-EP1-PG03]]
Terminal dx: C34.90 NSCLC stage IV, mets to bone/liver. PPS 40%.
POST form: DNR / comfort measures, signed [[DATE|date:4/2/2024]].
Election of hospice benefit effective next day.
Rep: husband ([[PHONE|phone:865-555-0131]]).
Comfort kit: morphine 20 mg/mL, lorazepam 2 mg/mL, haloperidol 2 mg/mL, atropine 1% gtts, bisacodyl supp.""",
    """HOME PT VISIT - [[LOCATION|geo:Brockton]]
[[PERSON|name:Maria da Luz Fernandes Tavares]] s/p R THA ([[DATE|date:1/8/24]]), posterior approach, WBAT. Visit 4/12.
TUG 18 sec (was 26), 5xSTS 19 sec. Gait w/ RW 150 ft, min A on 3 stairs. Hip precautions reviewed (no flexion >90 deg).
Kriolu-speaking; grandson interprets (phone interpreter offered, declined).
HEP: ankle pumps, quad sets, glute sets x20 BID.
Home: [[ADDRESS|geo:88 Ames St, 2nd fl, Brockton MA 02302]]. Next visit in 2 days.
- [[PERSON|name:Shauna Keegan]], PT, DPT | MA lic [[ID|license:PT-019228]]""",
    """HOSPICE AFTER-HOURS CALL LOG - [[DATE|date:Sat 8/10/24]]
21:47 call from wife re pt [[PERSON|name:Leif Halvorsen]] ([[AGE|other:69]], ALS), increased secretions, "rattling".
Advised glycopyrrolate 1 mg SL from comfort kit, reposition side-lying.
22:30 callback: secretions improved. BiPAP SN [[DEVICE|device:23182736455]] settings unchanged.
Wife asked about the DWDA process; pt made oral requests [[DATE|date:7/15]] and [[DATE|date:7/30]]. RN advised calling attending Monday.
Home: [[LOCATION|geo:Coos Bay]]. Cell [[PHONE|phone:541-555-0144]].""",
    """MSW HOME VISIT
Client [[PERSON|name:Choi Soon-ja]] ([[AGE|other:84]]), Korean-speaking, lives alone in [[LOCATION|geo:Albany Park]].
Concern: possible financial exploitation by tenant Mr. [[PERSON|name:Jang]]. Statements show 9 cash withdrawals of $400-$800 from checking acct [[ID|account:4471-0093-2218]].
APS report made [[DATE|date:6/3/2024]], intake # [[ID|other:APS-IL-2024-118205]].
Client has capacity per PCP; MoCA 24/30 (Korean version).
Niece [[PHONE|phone:(847) 555-0120]] to help change PIN and set up alerts.""",
    """hospice rn visit - [[LOCATION|geo:Hilo]]
pt: [[PERSON|name:Tavita Faleolo]]  dob [[DATE|date:09.02.1952]]  hosp # [[ID|mrn:BI-000418]]
pain 4/10 on fentanyl 50 mcg/h patch (changed today, old patch folded & flushed), oxycodone 5 mg q4h prn used x3/24h.
last bm [[DATE|date:10/14]], senna 2 tabs bid.
family (14 present) gathered; matai [[PERSON|name:Tuiasosopo Leota]] is spokesperson. wishes: die at home in [[LOCATION|geo:Keaau]], burial in Samoa.
daughter email [[EMAIL|email:losa.faleolo@hawaiiantel.net]].""",
]

CASE_MANAGEMENT = [
    """UTILIZATION REVIEW - Continued Stay
Pt: [[PERSON|name:Delbert Amos Yoder]]   MRN [[ID|mrn:OH-3340128]]   Payer: Medical Mutual, member [[ID|health_plan:MMO88410275]] grp [[ID|health_plan:0051320]]
Adm [[DATE|date:9/9/24]] obs -> IP next day. Dx: J18.9 CAP, sepsis A41.9.
InterQual Acute Adult day 3 criteria met: O2 4 L, WBC 17.2, IV ceftriaxone 2 g + azithromycin 500 mg.
Payer reviewer call [[PHONE|phone:800-555-0175]] x4410, ref # [[ID|other:UR24-0917-3381]]; next review in 48 h.
Discharge barrier: lives alone on a farm outside [[LOCATION|geo:Millersburg]], no landline.""",
    """CASE MANAGEMENT PROGRESS NOTE [[DATE|date:01/16/2024]] 1415
[[PERSON|name:Imogene Pruett]] ([[AGE|date:90]]), s/p L hip hemiarthroplasty POD 3. PT rec SNF. 3-midnight qualifying stay met.
Referrals sent:
1. [[LOCATION|geo:Ozark Hills Rehab & Nursing]] - declined (no female bed)
2. [[LOCATION|geo:Battlefield Crossing Post-Acute]] - accepted, bed avail tomorrow
Pt/daughter choose #2. IMM 2nd copy given 1400.
Transport: wheelchair van pick-up 1100, conf # [[ID|other:QC-55817]]. MSW ext 4-2271""",
    """CM NOTE - High utilizer / complex care
[[PERSON|name:Reginald Tso]] ("[[PERSON|name:Reggie]]")  AHCCCS ID [[ID|health_plan:A10448192]]  MRN [[ID|mrn:PHX-11883402]]
ED visits x11 past 6 months (EtOH, COPD). Sleeps in his truck, AZ plate [[VEHICLE|vehicle:CFJ8821]], near downtown.
Mail: [[ADDRESS|geo:PO Box 20117, Phoenix, AZ 85036]].
Medical respite bed offered at [[LOCATION|geo:Sonoran Medical Respite]] for next week.
Obtained AZ driver license #[[ID|license:D08811473]]; Lifeline phone requested.""",
    """UR - Peer-to-peer summary
Member: [[PERSON|name:Goldberg, Ruth]]  DOB [[DATE|date:1938-03-02]]  Plan ID [[ID|health_plan:XGZ903318844]]
Denial of continued stay after [[DATE|date:5/6/24]] (case # [[ID|other:CA-2405-77120]]).
P2P [[DATE|date:5/7/24]] 1530: attending w/ plan medical director. New AKI (Cr 1.1 -> 2.4) needing IV fluids and nephrology consult; MCG criteria met.
Outcome: overturned, 2 days approved; auth [[ID|other:AU-88217745]].
Lives in senior housing in [[LOCATION|geo:Flushing]].""",
    """TRANSITIONS OF CARE - 48h post-discharge call
Pt: [[PERSON|name:Alphonse Guidry]]   d/c [[DATE|date:10/21/2023]] from [[LOCATION|geo:Acadiana General]]   LACE 14 (high)
Called [[PHONE|phone:337-555-0190]] 1010; spoke with pt and wife.
Meds: picked up apixaban 5 mg BID and metoprolol succinate 50 mg; copay $47 - copay card BIN 610020 applied.
PCP appt [[DATE|date:10/27]] in [[LOCATION|geo:Breaux Bridge]]. NEMT trip # [[ID|other:LA-NEMT-3318207]].""",
    """WORKERS' COMPENSATION - Nurse Case Manager Report #3
Claimant: [[PERSON|name:Efraín Olivas Bustamante]]  DOI [[DATE|date:06/27/2024]]  Claim # [[ID|other:WC-4402-118837]]  Employer: [[LOCATION|geo:Front Range Roofing LLC]]
Adjuster ph [[PHONE|phone:303-555-0153]] fax [[PHONE|fax:303-555-0154]]
Fall from ladder ~10 ft, L calcaneus fx, ORIF 5 days later.
NWB LLE, CAM boot. PT 2x/wk. Pain 4/10, oxycodone weaned off. MMI est. 4-6 mo.
Spanish interpreter (CCHI #[[ID|license:CCHI-204117]]) at all visits.""",
    """WAIVER CASE MGMT - 6-month review (CADI)
Person: [[PERSON|name:Marlene Kingbird]]  PMI [[ID|health_plan:00448192]]  DOB [[DATE|date:07/19/1970]]
Residence: [[LOCATION|geo:Northwoods Adult Foster Care]], [[LOCATION|geo:Bemidji]]. Guardian: sister, court file [[ID|other:04-PR-19-447]].
Services: ILS 10 hr/wk, adult day program Mon/Wed/Fri, NEMT.
Health: TBI, seizure disorder on levetiracetam 750 mg BID, last seizure [[DATE|date:March 2024]].
Goal: attend powwow this summer.
CM contact: [[EMAIL|email:bryce.lindgren@co.beltrami.mn.us]]""",
    """| Field | Value |
|---|---|
| Patient | [[PERSON|name:Dwayne A. Whitlow]] |
| DOB | [[DATE|date:08/30/1982]] |
| Sponsor SSN | [[ID|ssn:228-19-5577]] |
| TRICARE DBN | [[ID|health_plan:10448823901]] |
| Admit | [[DATE|date:12/02/2023]], [[LOCATION|geo:Tidewater Regional Medical Center]] |
| Dx | I21.4 NSTEMI; s/p PCI x2 DES |
| Auth | [[ID|other:HM-23120277415]] obtained day 2 |
| LOS | 3 days (GMLOS 2.9) |
| D/C plan | Home; cardiac rehab phase II |""",
    """PURCHASED/REFERRED CARE (PRC) REVIEW
Pt: [[PERSON|name:Tatewin Two Bulls]]  Tribal enrollment # [[ID|other:OST-0118-4472]]  Chart [[ID|mrn:PR-207744]]
Referral: [[LOCATION|geo:Pine Ridge]] IHS -> [[LOCATION|geo:Black Hills Regional Hospital]] cardiology for TTE/TEE.
Priority Level II. Medicaid application submitted (PRC is payer of last resort).
Residency confirmed: [[LOCATION|geo:Kyle]], within PRCDA.
Approved PO # [[ID|other:PRC24-004128]] for CPT 93312, 93306. Est cost $2,180.""",
    """CLINICAL UPDATE FOR CONCURRENT REVIEW (faxed to UM [[PHONE|fax:1-877-555-0148]])
Date [[DATE|date:06/11/2024]]  Pt [[PERSON|name:Lucía Ferreira-Okafor]]  DOB [[DATE|date:03/23/2009]]  Member ID [[ID|health_plan:PRM81120447301]]
Level of care: adolescent residential ED tx, [[LOCATION|geo:Cascadia Ridge Treatment Center]].
Wt 42.1 kg (84% mBMI), up 0.9 kg/wk. HR nadir 52. Orthostatics neg. Meal completion 90%. EDE-Q 3.8.
Requesting 14 additional days. Prior auth [[ID|other:PA-00917432]].
UR contact [[PHONE|phone:509-555-0114]]""",
]

DIALYSIS_INFUSION = [
    """HEMODIALYSIS TREATMENT RECORD - [[LOCATION|geo:Peachtree Southside Dialysis]]  Chair 14, 2nd shift
Pt: [[PERSON|name:Cornelius Mabry]]  DOB [[DATE|date:11/11/1957]]  MRN [[ID|mrn:DV-0044821]]  Date [[DATE|date:04/09/2024]]
Access: L AVF, thrill/bruit +, 15G x2.
Rx: 4 h, BFR 400, DFR 600, 2K/2.5Ca, Na 138, heparin 2,000 u bolus + 500 u/h.
EDW 88.0 kg | pre 91.4 | post 88.3 | UF goal 3.5 L, removed 3.1 L
Time | BP     | HR | AP   | VP  | UFR
1130 | 168/92 | 78 | -180 | 160 | 0.9
1330 | 104/58 | 96 | -190 | 170 | 0.5  <- cramping, NS 200 mL, UF off x15 min
1530 | 128/74 | 84 | -180 | 160 | -
Mircera 100 mcg IV, calcitriol 1 mcg IV. Hgb 9.8. Kt/V 1.42.
Machine SN [[DEVICE|device:7YSB114208]]. RN/PCT signatures on file.""",
    """PD TRAINING CHECKLIST - Day 5/5
Pt [[PERSON|name:Võ Minh Khoa]], MRN [[ID|mrn:HOU-PD-2291]]
Cycler SN [[DEVICE|device:AMA0218837]]; remote-monitoring modem last sync from [[IP|ip:172.58.201.14]].
Rx: 5 exchanges x 2.0 L, 1.5% dextrose, 10 h, last fill 1.0 L icodextrin.
Demonstrated: aseptic technique, cap change, exit site care (mupirocin), weight/BP log, peritonitis sx.
Caregiver: wife [[PERSON|name:Nguyễn Thị Lan]]; son [[PHONE|phone:832-555-0137]] for tech issues.
Supplies to [[ADDRESS|geo:10918 Bellaire Blvd Apt 1204, Houston TX 77072]]; supplier account [[ID|account:BXT-00771842]].
Home start [[DATE|date:Monday 7/15/2024]].""",
    """INFUSION CENTER - Nursing record [[DATE|date:02/14/2024]]  [[LOCATION|geo:Schuylkill Valley Infusion Center]]
[[PERSON|name:Beatrice Okwuosa]], [[AGE|other:46]]F, CIDP. MRN [[ID|mrn:0091187743]]. Chair 6. Wt 71 kg.
IVIG 2 g/kg divided over 2 days = 71 g today. NDC 13533-800-71, lot A2LC0093.
Premeds 0830: acetaminophen 650 mg PO, diphenhydramine 25 mg PO.
Rate 0.5 mL/kg/h x30 min -> 1 -> 2 -> 4 mL/kg/h; mild HA at 1100, rate held at 4 mL/kg/h. Total 710 mL. Done 1445.
Billing: J1561 x 142 units, 96365, 96366 x4.
Next infusion [[DATE|date:3/13/2024]].""",
    """DIALYSIS TRANSIENT/TRANSFER REQUEST - fax cover
To: [[LOCATION|geo:Four Corners Kidney Center]], [[LOCATION|geo:Farmington]]  Fax [[PHONE|fax:505-555-0170]]
From: [[LOCATION|geo:Gallup Dialysis]], [[PHONE|phone:505-555-0171]]
Patient [[PERSON|name:Harold Yellowhorse]]  DOB [[DATE|date:10/10/1950]]  ESRD start [[DATE|date:06/2019]]
MBI [[ID|health_plan:9C27-HQ9-VU54]]
Reason: moving to daughter's home in [[LOCATION|geo:Kirtland]]; requests MWF 1st shift starting [[DATE|date:9/16/24]].
HBsAg neg (last month), anti-HBs 48. Access R IJ TDC, AVF maturing.""",
    """ONCOLOGY INFUSION - C3D1 FOLFOX + bevacizumab
Pt: [[PERSON|name:Jarosław Lewandowski]] | [[AGE|other:63]] | MRN [[ID|mrn:CHI-4418823]] | [[DATE|date:Tue Oct 1 2024]]
BSA 2.02 m2, wt 84 kg. ANC 1.9, plt 142, Cr 0.9, UPCR 0.3. OK to treat per oncologist.
Port accessed 20G 3/4 in, blood return +.
Oxaliplatin 85 mg/m2 = 172 mg; leucovorin 400 mg/m2 = 808 mg; 5-FU bolus 808 mg; bevacizumab 5 mg/kg = 420 mg.
5-FU 2,400 mg/m2 = 4,848 mg over 46 h via ambulatory pump SN [[DEVICE|device:CS2-0987315]], disconnect [[DATE|date:10/3]] 1300.
Neuropathy grade 1 (cold-induced).""",
    """MONTHLY CARE PLAN - In-center HD  [[DATE|date:May 2024]]
[[PERSON|name:Rosalinda Espinoza Villanueva]]  MRN [[ID|mrn:LAX-DI-77120]]  [[LOCATION|geo:Boyle Heights Dialysis Unit]] (chair 3, TTS 2nd)
Labs [[DATE|date:5/7/24]]: Hgb 10.4 | Alb 3.6 | PO4 6.8 | Ca 8.9 | PTH 812 | K 5.3 | spKt/V 1.51 | URR 74%
Plan: sevelamer up to 1600 mg TID w/ meals; cinacalcet 30 mg daily; iron sucrose 100 mg x10 (TSAT 18%).
Transplant: active on waitlist at [[LOCATION|geo:Westside Transplant Institute]].
Goal: attend granddaughter's graduation next month - move treatment to MWF that week.""",
    """INFUSION NOTE  [[DATE|date:7/18/24]]  [[LOCATION|geo:Pioneer Valley Infusion Suite]], [[LOCATION|geo:Holyoke]]
[[PERSON|name:Priya Subramanian-Walsh]] ([[AGE|other:29]]), Crohn's disease. Infliximab-dyyb 5 mg/kg = 350 mg IV over 2 h, dose #6 (q8wk). Q5103 x35.
QuantiFERON neg (annual). HBsAg neg. No premeds. Tolerated well.
Patient assistance enrollment # [[ID|other:PAP-4402913]].
Next: [[DATE|date:9/12/24]].""",
    """HOME HEMO - remote data review - [[DATE|date:Fri 3/1/2024]]
[[PERSON|name:Pheng Moua]], [[LOCATION|geo:Wausau]]. Care partner: wife [[PERSON|name:Mai Yia Moua]].
Cycler SN [[DEVICE|device:NX1-A3310447]]; app login [[ID|other:pmoua.hhd]]
Tx log: 5x/wk, 2.5 h, 30 L dialysate, flow fraction 40%. Avg pre wt 71.8 kg, UF 1.6 L.
"Air detected" alarm x3 on [[DATE|date:2/28]] - reported. Labs this week: K 4.9, Hgb 11.1, Alb 3.9.
Monthly clinic visit in 2 wks. Home training RN [[PHONE|phone:715-555-0153]].""",
    """SICKLE CELL DAY HOSPITAL - [[LOCATION|geo:Piedmont Sickle Cell Center]], [[LOCATION|geo:Durham]]
Pt [[PERSON|name:Kwame Asante-Boateng]]  HbSS  [[AGE|other:22]]  MRN [[ID|mrn:DU00877214]]  [[DATE|date:01/05/2024]] 0745-1410
Individualized plan (updated [[DATE|date:11/2023]]): hydromorphone 1.5 mg IV q20 min x3, then reassess.
0800 pain 9/10 -> 1.5 mg; 0820 8/10 -> 1.5 mg; 0840 6/10 -> 1.5 mg; 1000 4/10 -> ketorolac 15 mg IV.
D5 1/2NS 125 mL/h x 1 L. Hgb 7.4 (baseline 7.8), retic 9.2%.
Discharged ambulatory, pain 3/10. Mother driving.""",
    """Missed Tx / AMA Form - scanned (OCR)
Pt Narne: [[PERSON|name:KEALOHA, DAVID K]]
MRN:[[ID|mrn:LV0O44719]]   DOB:[[DATE|date:O3/17/l969]]
Facility: [[LOCATION|geo:Spring Mountain Kidney Center]], [[LOCATION|geo:Henderson]] NV
Date:[[DATE|date:12/3O/2023]] Shift: 2
Pt left after 1 h 50 min of 4 h tx against medical advice. Reason stated: "have to pick up kids". Risks explained incl hyperkalemia, fluid overload, death. K pre 6.1.
Witness: [[PERSON|name:Marivic Santos]], RN
SW to call pt at [[PHONE|phone:702-555-0193]]""",
]

PRIOR_AUTH = [
    """[[LOCATION|geo:Hill Country Dermatology]]
[[ADDRESS|geo:1200 S Mopac Expy Ste 310, Austin, TX 78746]] | Ph [[PHONE|phone:512-555-0184]]

[[DATE|date:February 20, 2024]]

Pharmacy Prior Authorization Department
RE: [[PERSON|name:Cheyenne Rutledge]]   DOB: [[DATE|date:05/02/1988]]   Member ID: [[ID|health_plan:ZGP884120775]]

To Whom It May Concern:
I request coverage of risankizumab 150 mg SC at wk 0, 4, then q12wk for severe plaque psoriasis (L40.0), BSA 22%, PASI 18.4, DLQI 21. She has failed clobetasol 0.05%, calcipotriene, narrowband UVB x 36 sessions, methotrexate 15 mg weekly (ALT elevation) and adalimumab 40 mg q2wk (secondary loss of response).

Sincerely,
[[PERSON|name:Marcus Ellington]], MD   NPI [[ID|license:1229436245]]""",
    """NOTICE OF ADVERSE BENEFIT DETERMINATION
[[DATE|date:August 2, 2024]]

[[PERSON|name:ANDRES FELIPE OSPINA GIRALDO]]
[[ADDRESS|geo:4410 W 16th Ave Apt 207, Hialeah, FL 33012]]
Member ID: [[ID|health_plan:2287731904]]   Reference #: [[ID|other:PA-24-0802-553817]]

Dear Mr. [[PERSON|name:Ospina Giraldo]]:
We reviewed the request from your doctor for MRI lumbar spine without contrast (CPT 72148). This service is DENIED because you have not completed 6 weeks of physical therapy or home exercise, as our criteria require.
You may appeal within 60 days. Call [[PHONE|phone:1-855-555-0127]] (TTY 711). Este aviso está disponible en español.""",
    """CPAP COMPLIANCE REPORT - for insurer (90-day)
Patient: [[PERSON|name:Tyrone Beauchamp]]  DOB [[DATE|date:1964-12-01]]  Medicare MBI [[ID|health_plan:5U35EM0NR95]]
Device: auto-CPAP, SN [[DEVICE|device:23213490671]]; DME supplier [[LOCATION|geo:Great Lakes Respiratory Supply]]
Compliance period: best 30 consecutive days
Days used >=4 h: 24/30 (80%). Avg use 5 h 41 m. AHI 2.8. Leak 95th %ile 18 L/min. Pressure 95th %ile 11.2 cmH2O.
Face-to-face re-eval: benefiting, ESS 14 -> 6.
HCPCS E0601, A7030, A7031, A7035, A7037.
Data link: [[URL|url:https://sleepdata.greatlakesresp.com/patients/8847213]]""",
    """PRIOR AUTHORIZATION REQUEST FORM - FAX TO [[PHONE|fax:(866) 555-0131]]
Date: [[DATE|date:10/17/2023]]
MEMBER NAME: [[PERSON|name:Hussein Jaber]]   MEMBER ID: [[ID|health_plan:XYK900227104]]   DOB: [[DATE|date:02/09/1979]]
PRESCRIBER: [[PERSON|name:Nour El-Khatib]], DO   NPI: [[ID|license:1024301198]]   DEA: [[ID|license:FE4789321]]
PHONE: [[PHONE|phone:313-555-0159]]  ext 14
DRUG: semaglutide 0.25 mg -> 0.5 mg SC weekly   QTY: 1 pen/28 days   NDC 0169-4132-12
DX: E11.65; A1c 9.2%
PREVIOUS THERAPIES: metformin 1000 mg BID x 2 yr [X]   glipizide 10 mg [X] hypoglycemia
[X] Urgent   [ ] Standard""",
    """[[DATE|date:March 4, 2024]]
To: Appeals Department
From: [[PERSON|name:Krystal Baumgartner]], [[ADDRESS|geo:2917 N Five Mile Rd, Boise ID 83713]]
Policy # [[ID|health_plan:SH0044917720]]   Claim # [[ID|other:24011800917]]

I am appealing your denial of my son [[PERSON|name:Logan]]'s speech therapy. [[PERSON|name:Logan]] is [[AGE|other:4]] and was diagnosed with childhood apraxia of speech by his therapist. You said it was "not medically necessary" but he can only say about 20 words.
Please call me at [[PHONE|phone:208-555-0138]] or email [[EMAIL|email:krystal.baum@icloud.com]].
Thank you.""",
    """PATIENT ACCOUNT STATEMENT - [[LOCATION|geo:Bluegrass Valley Health]]
Guarantor: [[PERSON|name:Tommy Lee Sizemore]]   Account # [[ID|account:800471192]]
Svc date   | Description              | Charges   | Ins paid  | Adj     | Pt resp
[[DATE|date:09/14/2023]] | ED visit lvl 4 (99284)   | $1,842.00 | $1,103.20 | $420.80 | $318.00
[[DATE|date:09/14/2023]] | XR wrist 3v (73110)      | $286.00   | $171.60   | $64.40  | $50.00
Amount due: $368.00. Autopay from checking ending [[ID|account:6620]].
Pay online: [[URL|url:https://pay.bluegrassvalleyhealth.org/quickpay]]  Questions: [[PHONE|phone:859-555-0146]]""",
    """PA CALL LOG - [[DATE|date:4/23/24]] 10:12
Called imaging benefit manager [[PHONE|phone:888-555-0163]] for PET/CT (78815): [[PERSON|name:Bao Nguyen-Castillo]], DOB [[DATE|date:7/30/1971]], ID [[ID|health_plan:958210447]].
Case # [[ID|other:A084412973]]. Pended for clinicals; faxed onc note + CT report to [[PHONE|fax:888-555-0164]].
14:50 callback: APPROVED, auth # [[ID|other:U11987342]] valid through [[DATE|date:6/22/24]].
Pt to be scheduled - NPO 6 h, no exercise 24 h.""",
    """From: [[EMAIL|email:priorauth@nutmegrx.com]]
To: [[EMAIL|email:tzielinski@shorelinerheum.com]]
Subject: PA APPROVED - [[PERSON|name:ESPINAL, MARGARITA]] - adalimumab
Date: [[DATE|date:Thu, 9 May 2024]] 08:41:17 -0400

Request [[ID|other:RX-PA-2405-008812]] for adalimumab-adbm 40 mg/0.4 mL pen q14d has been APPROVED for 12 months from [[DATE|date:05/09/2024]].
Member ID [[ID|health_plan:CTH772041188]]   BIN 004336   PCN ADV   GRP [[ID|health_plan:RX8841]]
Dispensing: specialty pharmacy; first fill ships to the patient's home.""",
    """COORDINATION OF BENEFITS QUESTIONNAIRE (please return within 30 days)
Subscriber: [[PERSON|name:Tigist Alemu Bekele]]   Subscriber ID: [[ID|health_plan:WKX448102917]]   Group: [[ID|health_plan:TTX-00419]]
1. Other health coverage?  [X] Yes  [ ] No
   Policyholder: [[PERSON|name:Dawit Haile Mariam]] (spouse)
2. Related to an accident?  [X] Yes - motor vehicle, [[DATE|date:11/18/2023]]
   Auto claim # [[ID|other:23-0411877-01]]   VIN [[VEHICLE|vehicle:5NPE34AF2NF458216]]
3. Medicare?  [ ] Yes  [X] No
Phone: [[PHONE|phone:720-555-0107]]""",
    """RE: Request for retro-authorization - emergent admission
Patient: [[PERSON|name:Lakshmi Narayanan]] | DOB [[DATE|date:10/22/1955]] | Medicare Advantage ID [[ID|health_plan:W2218830471]]
Facility: [[LOCATION|geo:Arkansas River Medical Center]]
Hospital acct [[ID|mrn:HA0093318821]] | Admit [[DATE|date:12/31/2023]] 23:10 | D/C [[DATE|date:01/04/2024]]
Pt admitted via ED on [[DATE|date:New Year's Eve]] with NSTEMI; plan notification within 1 business day was missed due to holiday staffing.
DRG 281, LOS 4. Claim [[ID|other:23365H00417]] denied CO-197.
Contact: [[EMAIL|email:bsauer@arkriver-med.org]]""",
]

PORTAL_TRIAGE = [
    """MyChart message | From: [[PERSON|name:Rebecca Szymanski]] | To: Dr. [[PERSON|name:Albright]]'s pool | Sent [[DATE|date:6/2/2024]] 9:47 PM
Subject: rash after new antibiotic
Hi, I started the Bactrim on Friday for my UTI and now I have red itchy bumps on my arms and chest. No trouble breathing, lips not swollen. Should I stop it?
Thanks, [[PERSON|name:Becky]]
---
Reply [[DATE|date:6/3/2024]] 8:15 AM
Hi [[PERSON|name:Rebecca]], please stop the sulfamethoxazole-trimethoprim now. I sent nitrofurantoin 100 mg BID x5 days to your pharmacy. If you get blisters, mouth sores, fever or trouble breathing, go to the ED. Sulfa allergy added.""",
    """NURSE TRIAGE ENCOUNTER - After Hours
Caller: [[PERSON|name:Alejandra Montes de Oca]] (mother)  Callback [[PHONE|phone:(619) 555-0165]]
Patient: [[PERSON|name:Emiliano Montes de Oca]]  DOB [[DATE|date:03/09/2022]]  [[AGE|other:2]] y  Wt 13 kg
Call time: [[DATE|date:12/14/2023]] 23:18   Protocol: Fever - Pediatric
T 103.6 F rectal x 6 h, acetaminophen 192 mg (15 mg/kg) at 22:30. 3 wet diapers today. No rash, no stiff neck, no breathing trouble. Not lethargic.
Disposition: home care; see PCP within 24 h. Ibuprofen 130 mg (10 mg/kg) q6h ok.
Appt made for 0940 tomorrow. Call ID [[ID|other:TRG-23348-0917]]""",
    """Portal msg from pt [[PERSON|name:Fatima Al-Harazi]] ([[AGE|other:38]]) [[DATE|date:Sun 1/7/24]] 11:02
"hello doctor i am [[PERSON|name:fatima al-harazi]] my daughter [[PERSON|name:maryam]] [[AGE|other:5]] year have ear pain and fever 2 day. i call the clinic no answer. can you call me [[PHONE|phone:7165550128]] or my husband [[PERSON|name:ahmed]] [[PHONE|phone:716 555 0129]] thank you"
Routed to peds pool. RN called mother 11:40 with Arabic interpreter; appt today 1:30 PM at the [[LOCATION|geo:Buffalo]] west side clinic.""",
    """TELEPHONE ENCOUNTER  [[DATE|date:08/19/2024]] 14:22
Pt: [[PERSON|name:Cung Lian Thang]] (Hakha Chin, phone interpreter) DOB [[DATE|date:1/1/1980]]
Reason: refill lisinopril 20 mg & atorvastatin 40 mg - out x3 days. Home BP 162/98. No CP/HA/vision change.
Last OV 6 months ago. Per protocol 30-day bridge sent; appt [[DATE|date:8/26]] for BP recheck.
Lives in [[LOCATION|geo:Perry Township]]. Son [[PERSON|name:Van Bawi]] helps with meds, [[PHONE|phone:317-555-0174]].
Routed to: [[PERSON|name:Varghese, Sunil]] for cosign.""",
    """Patient-initiated demographics update (portal) - pending verification
Portal user: [[ID|other:jjpetrovic84]]   Patient: [[PERSON|name:Jovana Petrović]]
New address: [[ADDRESS|geo:2245 Professor Ave Unit 4, Cleveland, OH 44113]]
New mobile: [[PHONE|phone:216-555-0132]]   New email: [[EMAIL|email:jovana.petrovic@protonmail.com]]
Insurance card uploaded: [[ID|photo:petrovic_j_insurance_front.jpg]], [[ID|photo:petrovic_j_insurance_back.jpg]]
New plan member # [[ID|health_plan:11884302917]]
Verified via callback.""",
    """TRIAGE CALL - Chest pain (adult) - Disposition: CALL 911 NOW
[[DATE|date:Saturday, 11/25/2023]] 06:05. Caller = patient [[PERSON|name:Leroy Gadsden]], [[AGE|other:67]], callback [[PHONE|phone:843-555-0152]].
Pressure-like chest pain 30 min, sweaty, nauseous. Hx CABG. NTG SL x1 without relief.
RN instructed to chew ASA 325 mg; stayed on line while wife called 911. EMS on scene 06:17, to [[LOCATION|geo:Ashley River Medical Center]].
Address confirmed for EMS: [[ADDRESS|geo:3140 Maybank Hwy, Johns Island, SC 29455]].""",
    """Result note / portal message - [[DATE|date:09/27/2024]]
To: [[PERSON|name:Khadija Noor Mohamud]] (proxy for [[PERSON|name:Abdirizak Mohamud]], [[AGE|other:14]])
Hi Ms. [[PERSON|name:Mohamud]], [[PERSON|name:Abdirizak]]'s labs are back:
Hemoglobin 10.9 g/dL (low), ferritin 6 ng/mL (low), lead < 3. His strep test was negative.
Plan: ferrous sulfate 325 mg (65 mg elemental iron) once daily with orange juice, recheck CBC in 3 months.
Reply here, call [[PHONE|phone:206-555-0116]], or view results at [[URL|url:https://mychart.rainierbeachclinic.org/MyChart/Results]]. Preferred language: Somali.""",
    """CALLBACK LOG
[[DATE|date:3/30]] 1615 pt:[[PERSON|name:HOLLOMAN,JANICE]] dob:[[DATE|date:4/17/61]] mrn:[[ID|mrn:LBK0087731]] ph:[[PHONE|phone:8065550181]]
c/o L calf pain/swelling x2d after long flight 3 days ago. denies sob/cp. on estradiol. wells 3.
dispo: ED within 4h to r/o DVT -> pt going to [[LOCATION|geo:Caprock Regional]] ED.
pcp:Dr.[[PERSON|name:Ahn]] notified via inbasket. rn:[[PERSON|name:T. Lopez]]""",
    """Portal Support Ticket [[ID|other:PSUP-2024-118830]]
Opened [[DATE|date:2024-05-16]] 07:44 CDT by patient [[PERSON|name:Gabriel Schultz-Amador]]
Username: [[ID|other:gschultz_amador]]   Email on file: [[EMAIL|email:gabe.sa@fastmail.com]]
Issue: "I got an alert that someone logged in from [[LOCATION|geo:Lagos]] - that wasn't me."
Audit: successful login 03:12 from IP [[IP|ip:102.89.34.117]]; prior logins from [[IP|ip:2601:243:c500:6f0::1a2]] ([[LOCATION|geo:Madison]], WI).
Action: session revoked, password reset forced, MFA via SMS to [[PHONE|phone:608-555-0103]]. Privacy office notified.""",
    """Mensaje del portal ([[DATE|date:2/11/2024]] 19:30) - traducido por intérprete
De: [[PERSON|name:Rosa María Quispe Huamán]] (hija de pt [[PERSON|name:Teodoro Quispe]], [[AGE|date:93]] años)
"Buenas noches, mi papá se cayó en el baño hoy, no se pegó la cabeza pero le duele la cadera derecha y no quiere caminar. Toma warfarina 5 mg. ¿Lo llevo a emergencias?"
RN reply 19:52: called daughter at [[PHONE|phone:(201) 555-0187]]. Advised ED now (fall on anticoagulant, unable to bear weight). She will take him to [[LOCATION|geo:Palisade General Hospital]] in [[LOCATION|geo:North Bergen]]. Last INR 2.8.
MRN [[ID|mrn:NJ-6604418]]""",
]


def main() -> None:
    print(
        f"probe54: {write_styled(OUT, [('nursing-shift-notes-and-flowsheets', NURSING), ('emergency-department-provider-notes', EMERGENCY), ('behavioral-health-and-crisis-notes', BEHAVIORAL), ('labor-and-delivery-and-newborn-records', LABOR_NEWBORN), ('pediatric-and-school-nurse-notes', PEDIATRIC_SCHOOL), ('home-health-and-hospice-visits', HOME_HOSPICE), ('case-management-and-utilization-review', CASE_MANAGEMENT), ('dialysis-and-infusion-center-records', DIALYSIS_INFUSION), ('prior-authorization-and-insurance-correspondence', PRIOR_AUTH), ('patient-portal-and-nurse-triage-line-messages', PORTAL_TRIAGE)])} docs"
    )


if __name__ == "__main__":
    main()
