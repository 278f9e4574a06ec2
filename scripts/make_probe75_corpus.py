"""Write the 75th hand-annotated redaction probe, 100 notes of US care beyond the hospital.

Why: care delivered outside hospitals (opioid treatment programs, jails, schools, homes, hospices,
VA clinics, health departments, farmworker and tribal clinics, the street) writes identifiers in
shapes a hospital-trained engine rarely meets: booking, inmate, NYSID, A-number, census and
citizenship numbers beside housing pods, cells and bed numbers; cross streets, landmarks, chapter
houses and encampments as places; biometric enrolment ids at dosing windows and lunch lines;
VA-style SSN shorthand and ICNs; Mexican CURPs, border crossing cards and +52 phones; and notes
that switch into Spanish, Vietnamese, Haitian Creole or Tagalog mid-sentence, with dates written
in those languages. Beside them sit dense look-alikes that must survive: methadone and
buprenorphine doses, COWS, CIWA, PHQ-9, GAD-7, AUDIT, PCL-5 and VI-SPDAT scores, CPT and HCPCS
codes (H0001, T1019, G0299, Q5002), ICD-10 codes, OASIS M-item numbers, revenue codes, case counts,
bed, cell, room, shelter-bed and bus-route numbers, lot numbers, times and money.

What: ten styles of ten notes. bh-sud-part2 (42 CFR Part 2 consents and revocations, OTP dosing
records, ASAM intakes, mobile crisis, OBOT, telehealth; Baltimore, Philadelphia, Seattle,
Albuquerque, Huntington, San Jose). jail-intake-sick-call (receiving screens, handwritten sick-call
slips, detox flowsheets, reentry; Chicago, Rikers, Houston, Phoenix, Atlanta, Los Angeles, New
Orleans). school-nurse (health office logs, diabetes and seizure plans, exclusion letters, SHARS
Medicaid logs, SBHC telehealth). oasis-home-health (OASIS-E items, SN/PT/HHA visits,
telemonitoring, fax orders, EVV). hospice-idt (recerts, death visits, election statements, LVAD
deactivation, bereavement, family email). va-clinic (CPRS headers, VVC, community care consults,
audiology, CPAP, San Juan and Honolulu). case-investigation (TB, measles, syphilis partner
services, hepatitis A, Salmonella, contact-tracing texts, mpox, lead, rabies, pertussis).
farmworker-health (Salinas, Wapato, Immokalee, Hammonton, Homestead, Watsonville, Brawley/Mexicali,
Hood River). tribal-health (Gallup, Pine Ridge, Chinle PRC, Kwethluk, Cherokee, Whiteriver, Tuba
City, Tahlequah, Kotzebue, Sells). street-medicine (Skid Row, Tenderloin, Phoenix, Mass & Cass,
Seattle RVs, San Jose creek camps, Pittsburgh, Overtown, Portland, Oakland). Languages: English,
Spanish, Vietnamese, Haitian Creole, Tagalog.
Conventions: every person named is PERSON|name, titles (Dr, Ms, Fr., Cô, Cụ, Don) outside the span;
an intersection ("Eddy & Jones") is one LOCATION|geo span, and so are named streets without a
number, clinics, jails, schools, shelters, chapter houses, bridges and GPS fixes; a full street,
lot, urbanización or PO Box address is one ADDRESS|geo span and a ZIP alone is LOCATION|geo;
tribes and agencies named as programmes are not marked. Patient ages are AGE|other (AGE|date at
90 and over, including "100th birthday"); relatives' ages under 90 stay unmarked. Booking, inmate,
NYSID, A-numbers, passports, border crossing cards, census and citizenship numbers, EDIPI, VA
claim and file numbers, consult, authorization, PRC, report, specimen and HMIS ids are ID|other;
jail charts, ICNs, public-health case numbers and clinic charts are ID|mrn; SSNs in every format,
the VA last-initial-plus-last-four and CURPs are ID|ssn; Medicaid, Medi-Cal, AHCCCS, ProviderOne,
SoonerCare and MBIs are ID|health_plan; NPI, DEA and driver licences and state ID cards are
ID|license; trust, sliding-fee and room-and-board accounts and card last-4 are ID|account; palm
vein, fingerprint, finger-scan and voice-print template ids are ID|biometric; booking photos,
wound photos, shot-record scans and retinal images named by person or chart are ID|photo.
Public lines (911, 988, the SAMHSA helpline, a transit scheduling line) stay unmarked.

How: cd /work/main && .venv/bin/python scripts/make_probe75_corpus.py (writes corpus/redaction/probe75.jsonl).
"""

from pathlib import Path

from make_safe_harbor_suite import write_styled

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "corpus" / "redaction" / "probe75.jsonl"

STYLE_A = [
    """CONSENT FOR RELEASE OF SUBSTANCE USE DISORDER TREATMENT RECORDS (42 CFR Part 2, §2.31)
Program: [[LOCATION|geo:Chesapeake Recovery Center]] - Opioid Treatment Program, [[ADDRESS|geo:2401 E Monument St, Baltimore, MD 21205-1832]]
Patient: [[PERSON|name:WHITFIELD, Darnell T.]]    DOB: [[DATE|date:03/11/1986]]    Program ID: [[ID|mrn:CRC-0047719]]
I authorize the program named above to disclose to: the Adult Drug Treatment Court, attn: case manager. Fax [[PHONE|fax:410-396-8847]]
Re: case no. [[ID|other:824118006]]
Information to be disclosed: attendance, toxicology results, current dose (methadone 110 mg), phase (Phase III, 4 take-homes/wk), compliance with treatment plan. NOT to include: psychotherapy notes, HIV status, HCV status.
Purpose: monitoring per court order. This consent expires on [[DATE|date:08/19/2025]] or on discharge from drug court, whichever comes first. I understand I may revoke this consent at any time, orally or in writing, except to the extent the program has already acted on it.
Signature of patient: /s/ [[PERSON|name:D. Whitfield]]    Date: [[DATE|date:9/3/24]]
Witness: counselor, LCADC (initials MO)
Form BH-112 rev. 06/2023    page 1 of 2    Cost $0.00""",
    """OTP DAILY DOSING RECORD -- [[LOCATION|geo:Kensington Hope Treatment Center]] -- Dosing window 3
Pt: [[PERSON|name:RIVERA, Jazmin]]   Pt #: [[ID|mrn:KHT-22815]]   palm-vein enroll [[ID|biometric:PV-88302271]]   Phase II (2 THs/wk)
Order: methadone liquid 95 mg PO q day (increased from 90 mg on day 14 of titration)

DATE       TIME   DOSE            VERIFY          RN   NOTE
[[DATE|date:11/04/24]]   0642   95 mg           palm OK         KL   UDS observed, cup #31
[[DATE|date:11/05/24]]   0655   95 mg           palm OK         KL
[[DATE|date:11/06/24]]   ----   NO SHOW                         --
[[DATE|date:11/07/24]]   0714   95 mg           palm FAIL->ID   RT   "hands too cold", ID checked: PA DL [[ID|license:32418907]]
[[DATE|date:11/08/24]]   0630   95 mg + 2 TH    palm OK         RT   lockbox seen, bottles 7741-7742

UDS (cup #31): fentanyl +, norfentanyl +, methadone +, EDDP +, cocaine neg, xylazine strip +. COWS 3 pre-dose. One missed dose, no dose change (<3 consecutive). Fee $14.00/day sliding scale; acct [[ID|account:SF-100392]] balance $42.00. Counselor session Thurs 1:30.""",
    """BH INTAKE / ASAM ASSESSMENT - [[LOCATION|geo:Evergreen Treatment Services]]
Client: [[PERSON|name:Kayla Brandvold]], [[AGE|other:29]] y/o F, goes by "[[PERSON|name:Kay]]".
Referred by ED SBIRT team after an overdose reversal (naloxone x2 by a bystander) on [[DATE|date:Oct 30]].
Substance hx: fentanyl smoked ("blues") daily x 2 yrs, ~15-20 pills/day; meth 2-3x/wk. Last use 0300 today. AUDIT = 6. Tobacco 1 ppd.
Screens: PHQ-9 17 (item 9 = 1), GAD-7 14, PCL-5 41. C-SSRS screen: passive SI, no plan, no intent. COWS 11 @ 1040.
ASAM: D1 3, D2 1, D3 2, D4 2, D5 3, D6 4 (unstably housed, couch-surfing in [[LOCATION|geo:White Center]]). Recommend level 1 OTP; 3.7 if unable to stabilize.
Dx: F11.20, F15.10, r/o F43.10. Z59.819.
Coverage: Apple Health, ProviderOne ID [[ID|health_plan:208417735WA]].
Cell [[PHONE|phone:206.755.0418]] (often off, texts ok). Emergency contact: mother, lives on the coast.
Billing H0001 x1, 90791. Plan: methadone induction 30 mg today, may give +10 mg after 3 h if COWS > 8 (max 40 mg day 1). Naloxone kit and fentanyl test strips given.""",
    """mobile crisis - ACS. call rcvd 2214 from pts sister [[PHONE|phone:505-270-3316]] - brother [[PERSON|name:Esteban Baca]] ("[[PERSON|name:Teb]]") hasnt slept x4 days, talking about "the chip in his tooth", threw phone in the arroyo.
team arrived 2251, pt sitting at bus shelter at [[LOCATION|geo:Central & San Mateo]] (Rt 66 stop), calm but guarded. denies SI/HI. C-SSRS neg. hx schizoaffective per sister, off Invega Sustenna since ~summer.
APD on scene as backup, CAD # [[ID|other:P24-0913-2288]], no charges. pt agreed to voluntary eval, transported by team van to [[LOCATION|geo:UNM Psychiatric Center]] PES 2340. handoff to charge RN.
f/u: 988 follow-up flag entered. time on scene 49 min. units: 2 staff x 1.5 h (H2011 x 6).""",
    """OBOT follow-up - [[LOCATION|geo:Huntington]]
[[PERSON|name:Cody Ray Stapleton]] [[AGE|other:34M]], on bup x 11 mo. Doing well, working 3rd shift at the barge yard. Cravings 2/10. No use since last visit. PHQ-9 5.
UDS today: bup +, norbup +, fentanyl neg, meth neg. Film count correct (2 left from #28).
WV CSMP checked, report no. [[ID|other:CS240917-55102]]: single prescriber, single pharmacy.
Rx: buprenorphine/naloxone 8 mg/2 mg SL film, 1 film BID, #28, 0 RF.
Prescriber: [[PERSON|name:Anjali Mehra]], DO  DEA [[ID|license:FM5224340]]  NPI [[ID|license:1479270492]]
Coverage: WV Medicaid. Bill 99214 (+ H0016 not billable same day). RTC 2 wks, earlier prn.""",
    """IOP GROUP NOTE (Relapse Prevention, 90 min, H0015) - [[LOCATION|geo:San Jose]]
Client [[PERSON|name:Trần Văn Hiếu]] attended with Vietnamese interpreter (phone, interpreter no. 40112). Identified card rooms and payday Fridays as triggers. States "Con muốn bỏ vì con gái con, nó mới sinh em bé ngày [[DATE|date:12 tháng 5]]" (wants to quit for his daughter, whose baby was just born).
Daughter [[PERSON|name:Trần Ngọc Lan]] attended family session; signed Part 2 consent limited to attendance only.
AUDIT 19 at intake, now abstinent 41 days by self-report, PEth pending. GAD-7 9 (was 15).
Next group Mon 6 pm. Counselor: [[PERSON|name:Grace Villanueva]], AMFT.""",
    """Telehealth individual session (90837), video. Platform link: [[URL|url:https://doxy.me/kowalskicounseling]]
Client [[PERSON|name:Brianna Sturgill]] joined from home; connection log: client IP [[IP|ip:73.162.48.201]], session [[ID|other:DX-7fa3c91e]]. Client confirmed she was alone in a private room.
Topic: grief re: partner's OD death 6 weeks ago; meth use lapse x1 over weekend. PHQ-9 19, GAD-7 12. Safety plan reviewed, crisis line 988 and our after-hours on-call confirmed in phone.
Therapist: DK, LPC. Next session [[DATE|date:Tuesday 4/15]] 10:00.""",
    """From: [[EMAIL|email:records@bridgewaybh.org]]
To: [[EMAIL|email:jmcallister@mnprobation.us]]
Subj: Revocation of consent - client [[PERSON|name:Tyler Vang]]
Ms. [[PERSON|name:McAllister]], per 42 CFR 2.31(a)(6) please be advised that [[PERSON|name:Tyler Vang]] (DOB [[DATE|date:7-22-1999]]) revoked his consent for disclosure to Community Corrections in person on [[DATE|date:February 6, 2025]]. We will release no further information. Information already disclosed may not be redisclosed without his written consent.
Health Information Services | fax [[PHONE|fax:651-287-9159]]""",
    """GUEST DOSING REQUEST - FAX COVER
To: receiving OTP, Myrtle Beach  Fax [[PHONE|fax:(843) 236-7718]]
From: Faster Paths OTP, [[LOCATION|geo:Boston Medical Center]]
Patient [[PERSON|name:Sean P. Dwyer]]  DOB [[DATE|date:11.02.1979]]  MRN [[ID|mrn:BMC1183460]]  SSN#[[ID|ssn:031587246]]
Dates requested: [[DATE|date:6/28/25]] through [[DATE|date:7/06/25]] (9 doses), family vacation.
Current dose methadone 120 mg. No take-homes at this time. Last UDS: methadone/EDDP only. Last EKG QTc 438 ms.
Consent for this disclosure signed (Part 2) - copy attached, pages 2 of 4.
Prescriber NPI [[ID|license:1104530161]], DEA [[ID|license:BO7678266]].""",
    """ADMINISTRATIVE DISCHARGE SUMMARY
[[PERSON|name:Leonard Fitzsimmons]] discharged [[DATE|date:10/31/2024]] after 21-day taper (60 mg to 0) following non-payment and 2 violent incidents in the lobby. Referred to OTP alternatives and given SAMHSA helpline 1-800-662-4357. Final dose 5 mg. Medicare [[ID|health_plan:5EG2-N56-DR34]]. Outstanding balance $612.50.""",
]

STYLE_B = [
    """RECEIVING SCREENING - MEDICAL INTAKE   [[LOCATION|geo:Cermak Health Services]], Division 8 RTU
Booking #: [[ID|other:20240918117]]   Inmate: [[PERSON|name:JACKSON, Terrell D]]   [[AGE|other:33]] yo M
Arrest agency: CPD 011th District. Arrived 0215 via transport van. Jail MRN [[ID|mrn:CHS-00648215]]
Q1 Current meds? "Suboxone 16 a day from the clinic" - verified w/ [[LOCATION|geo:Haymarket Center]]
Q4 Last drink/drug: heroin/fentanyl "yesterday noon". COWS 9 @ 0230. CIWA n/a.
Q9 Suicide screen: denies current. Previous attempt 2019 (OD). 15-min checks pending MH.
Q12 TB sx: neg. PPD not placed (placed [[DATE|date:3/14/24]] on last booking, 0 mm).
VS: BP 148/92 HR 104 T 98.9 SpO2 97% RA. FSBS 112.
Property: 1 inhaler (albuterol, lot V44127 exp 2026) held at property.
Livescan at booking, fingerprint TCN [[ID|biometric:IL2409180021573]]. Housing: Div 8, tier 3C, bed 14.""",
    """SICK CALL REQUEST (inmate must complete)  Name [[PERSON|name:Martha Leigh Gaskins]]  Inmate # [[ID|other:A0983317]]  Housing: F-Pod 2, cell 11
Date [[DATE|date:2-3-25]]
Problem: my tooth is hurting real bad on the left side bottom and my face is sweling up i cant eat the food since sunday. also i need my blood presure pill i was on lisinipril 20 at home my sister [[PERSON|name:Carla]] can bring the bottle.
---- nursing use ----
Triaged next day 0810. Facial swelling L mandible, warm, T 100.4. BP 162/98. Dental referral urgent, amoxicillin 500 TID x7d per protocol 14-B, lisinopril 20 mg verified via pharmacy #1147. Copay $3.00 charged to trust acct [[ID|account:TR-551908]].
[[LOCATION|geo:Whitfield County Jail]]. RN sig on file.""",
    """Rikers intake - [[LOCATION|geo:Eric M. Taylor Center]] (EMTC)
Pt [[PERSON|name:Wilfredo Ocasio]], NYSID [[ID|other:08731462L]], B&C # [[ID|other:1412408117]]
[[AGE|other:52]]M presents for new admission physical. Hx HIV on Biktarvy (last VL undetectable per pt), HCV treated 2021, DM2, HTN. ID clinic at [[LOCATION|geo:Bellevue]].
Medicaid CIN [[ID|health_plan:XK48213M]] - suspended on incarceration.
A1c 8.9. BP 138/86. Accucheck 231. Chest xray ordered (TB screen). CPT 99205 equivalent.
ADAPT: alcohol, 1 pint/day -> CIWA q4h, librium taper per protocol.
Plan: continue ART without interruption. Housing recommendation: medical dorm 5 Main, bed 22.""",
    """jail medical - sick call f/u (Spanish, interpreter by LanguageLine)
Detenido: [[PERSON|name:Hernández Rojas, José Luis]]  No. de reserva [[ID|other:24-061833]]  [[LOCATION|geo:Harris County Jail]], [[ADDRESS|geo:1200 Baker St, Houston, TX 77002]]
"Me duele el pecho cuando respiro y toso con sangre desde hace dos semanas, bajé como diez kilos." Night sweats +. Left Honduras 2019.
Airborne isolation ordered, negative-pressure cell 3B-04. Sputum AFB x3 and Xpert, accession [[ID|other:HCJ-S25-00482]]. CXR: LUL cavitary lesion.
ICE detainer noted, A-number [[ID|other:A219-448-103]]. Reported to health dept TB control [[DATE|date:1/27/2025]]. Wife in Pasadena - release of info signed.""",
    """PREA/MH REFERRAL - 4th Ave Jail
Inmate [[PERSON|name:Skyler Nez]] Booking [[ID|other:T794218]] flagged at intake: "I can't be in the same pod as my co-def". Reports prior sexual assault in custody at [[LOCATION|geo:Lower Buckeye Jail]] in 2022. MH eval requested STAT.
Booking photo on file: [[ID|photo:T794218_NEZ_S_front.jpg]]
PHQ-9 22, C-SSRS: ideation w/ method, no intent. Suicide watch, safety smock, q15 observation. Psych NP to see within 4h. Mother called lobby at 1540 from [[LOCATION|geo:Tuba City]] - no info given, no ROI on file.""",
    """Release planning / reentry - [[PERSON|name:Dominic Bellamy]], inmate [[ID|other:1185522]], [[LOCATION|geo:Fulton County Jail]]
Anticipated release [[DATE|date:Thursday, 3/13/25]] to pretrial supervision with GPS monitor, device serial [[DEVICE|device:BI-LOC8-0447219]] (BI LOC8 XT, firmware 4.2).
Meds at release: 14-day supply sertraline 100 mg, Narcan 4 mg x2. Appt made: Behavioral Health [[DATE|date:3/17]] 9:00 am.
GA Medicaid reactivation submitted. State ID: GA ID card [[ID|license:058812460]] - expired; DDS voucher given.
Will stay w/ aunt at [[ADDRESS|geo:1871 Lakewood Terrace SE, Atlanta, GA 30315]].""",
    """INTAKE - MEDICAL CLEARANCE REFUSED. Arrestee [[PERSON|name:Brandon K. Oyler]] brought by deputies 0340, booking not accepted: BAC 0.31 by PBT, GCS 13, laceration R scalp 4 cm. Sent to [[LOCATION|geo:OHSU]] ED by AMR. Arrest vehicle (his) impounded: OR plate [[VEHICLE|vehicle:427 LMK]], white 2014 Silverado. Arrest report # [[ID|other:24-318877]].""",
    """Detox monitoring flowsheet - [[LOCATION|geo:Twin Towers Correctional Facility]], Module 171
[[PERSON|name:Rhonda Fae Mattingly]]  Bkg [[ID|other:6427190]]  CDCR# n/a  DOB [[DATE|date:19870605]]
TIME   CIWA  COWS  BP       HR   INTERVENTION
0600   14    --    152/96   112  chlordiazepoxide 50 mg
1000   11    --    144/90   104  chlordiazepoxide 50 mg
1400    8    --    136/88    96  none
1800    9    --    140/84    98  chlordiazepoxide 25 mg
Pt c/o visual "bugs on the wall" 2200 -> MD notified, moved to Module 172 bed 9. Hx withdrawal seizure ([[DATE|date:Christmas Day 2022]]). Emergency contact sister, (562) area code, on face sheet.""",
    """Chronic care clinic - [[LOCATION|geo:Orleans Justice Center]]
[[PERSON|name:Jean-Baptiste, Wesner]]  Folder # [[ID|other:2402117]]  OPSO jail chart [[ID|mrn:OJC-77104]]
Speaks Haitian Creole; pt states "Mwen pa t pran grenn sik mwen depi yo arete m, pye m ap boule m." (Has not taken his diabetes pills since arrest, feet burning.) Interpreter via phone.
A1c 11.2. Monofilament absent bilat. Metformin 1000 BID restarted, glipizide 5. Wife [[PERSON|name:Mirlande]] at [[PHONE|phone:504-481-2267]] to bring med list.
Next chronic care visit 90 days. Housing: Pod 2C, bed 31.""",
    """Iris enrollment failed at booking (cataract L eye), fallback: Livescan fingerprint template [[ID|biometric:FP-TX-7731290482]] linked to booking [[ID|other:250116-0042]] for [[PERSON|name:Grady Wayne Pruitt]], [[AGE|other:71]], medical unit bed 4. TX DL [[ID|license:14422873]] on property sheet. SSN on booking sheet [[ID|ssn:461 72 0938]].""",
]

STYLE_C = [
    """HEALTH OFFICE DAILY LOG - [[LOCATION|geo:Roosevelt Elementary]]  [[DATE|date:Wed 10/16/24]]
TIME  STUDENT                 GR  RM   COMPLAINT            ACTION                       DISP
0812  [[PERSON|name:Aiden Kowalczyk]]         3   112  inhaler before PE    albuterol 2 puffs, PF 210    class
0840  [[PERSON|name:Mariyam Abdi]]            K   104  stomachache          rest 15 min, crackers        class
0915  [[PERSON|name:Jaylen Brooks]]           5   210  fever 101.2          mom called                   home 0950
1305  [[PERSON|name:Nevaeh]] (last name?)     1   103  fell on playground   ice, incident rpt #24-118    class
1410  [[PERSON|name:Brooks]] again            5   210  -- picked up by dad (ID checked, IA DL [[ID|license:447RK8812]])
Total visits 5. Meds given 1. Called home 1. Nurse JP, RN""",
    """INDIVIDUALIZED HEALTH PLAN - TYPE 1 DIABETES  School yr 2024-25
Student: [[PERSON|name:Eli Wasserman]]  DOB [[DATE|date:2015-09-03]]  Age [[AGE|other:9]]  Gr 4, Rm 201, Bus 47 (AM/PM)
Student ID [[ID|other:S0412287]]
Parent: [[PERSON|name:Naomi Wasserman]] cell [[PHONE|phone:515.249.6613]] email [[EMAIL|email:naomi.wass@mchsi.com]]
Endocrinology fax [[PHONE|fax:515-241-8656]]
Devices: Omnipod 5 controller SN [[DEVICE|device:PDM-0AH9417725]]; Dexcom G7 CGM (sensor changes q10d at home). CGM alerts to parent phone + nurse iPad.
Low < 70: 15 g fast carb, recheck 15 min. Severe low/unresponsive: Baqsimi 3 mg intranasal, call 911, call parent.
Insulin:carb ratio 1:18 breakfast, 1:15 lunch. Correction 1 unit per 50 > 150. Lunch carbs ~45-60 g.
Signed by parent [[DATE|date:8/21/24]]. Review mid-year.""",
    """Asthma episode - health room. [[PERSON|name:Destiny Okoro]] [[AGE|other:15]]yo gr 10 came in 1:45 pm after track practice, wheezing, speaking in phrases, SpO2 91%, RR 28, PF 180 (personal best 380 = 47%). Albuterol 4 puffs w/ spacer per AAP -> PF 260 after 20 min, SpO2 95%. Repeated x1 at 2:10. Mom reached at [[PHONE|phone:253 948 0217]], taking her to urgent care. Controller (Flovent 44) not taken x 1 wk - out of refills; Apple Health [[ID|health_plan:301184672WA]] renewal pending. Told coach no practice until cleared.""",
    """Immunization compliance - exclusion notice
To the parent/guardian of [[PERSON|name:Liam O'Donnell-Shaw]], grade 7, [[LOCATION|geo:Thoreau Middle School]]
Our records show your child is missing: Tdap booster (required grade 7), MenACWY dose 1. State registry (VIIS) patient ID [[ID|other:VIIS-10488327]].
The shot record you uploaded, [[ID|photo:ODonnellShaw_Liam_shotrecord_0904.pdf]], shows Tdap given [[DATE|date:07/19/2018]] - this was before age 10 and does not count.
Please provide proof of vaccination or a valid medical exemption (MCH 213F) by [[DATE|date:October 1, 2024]] or your child may be excluded. Questions: school nurse, ext. 3715 via main office.
Free vaccines: county health department clinics, no appt needed.""",
    """CONCUSSION - return to learn / return to play
[[PERSON|name:Mateo Gutierrez]] #22 JV football. Injured in game vs [[LOCATION|geo:Grandview]] on [[DATE|date:Friday 9/20]], helmet-to-helmet, brief LOC (<30 s) per AT.
SCAT6 symptom score 34/132 day 1, 11 on day 5, 2 on day 10.
ImPACT post-injury: verbal memory 84, visual memory 76, reaction time 0.61 - near baseline.
RTL: stage 4 (full day, no tests x1 more wk). RTP: stage 2 light aerobic starting [[DATE|date:10/2]] if asymptomatic. Needs MD clearance form CHSAA 1, signed by Dr. [[PERSON|name:Kwame Asante]]. Dad aware, [[PHONE|phone:720-883-1902]].""",
    """Phone call to parent (Vietnamese, via bilingual aide Cô [[PERSON|name:Hạnh]]) - [[LOCATION|geo:Bolsa Grande High]]
Student [[PERSON|name:Nguyễn Bảo Ngọc]], gr 9, student ID [[ID|other:1048823]]. Sent to health office for itchy scalp; live lice seen.
Đã gọi cho mẹ em, bà [[PERSON|name:Phạm Thị Thu]], số [[PHONE|phone:(714) 537-2218]], lúc 11 giờ 40. Mẹ nói sẽ đón em lúc 12 giờ 30 và mua thuốc gội. Em có thể trở lại lớp ngày mai sau khi điều trị.
(Mother will pick up at 12:30 and treat tonight; may return tomorrow after treatment.) No fee, no exclusion per district policy 5141.33.""",
    """SEIZURE ACTION PLAN UPDATE - [[LOCATION|geo:Miami Edison Senior High]]
Student: [[PERSON|name:Widelene Pierre-Louis]], [[AGE|other:16]], gr 11. Dx: Lennox-Gastaut. VNS implanted 2023, generator model 106, SN [[DEVICE|device:VNS-106-48821]]. Magnet swipe for seizure > 1 min.
Rescue: Valtoco 10 mg nasal if seizure > 5 min, call 911.
Manman li di: "Li te gen twa kriz semèn pase, yon sèl nan lekòl la." (3 seizures last week, 1 at school [[DATE|date:mèkredi 5 fevriye]].) Tel manman [[PHONE|phone:305-759-4481]].
Neuro fax [[PHONE|fax:305-662-8231]]. Plan to staff and bus driver (route 312) by [[DATE|date:2/14/25]].""",
    """SCHOOL-BASED MEDICAID SERVICE LOG (SHARS) - [[LOCATION|geo:Pharr-San Juan-Alamo ISD]]
Student [[PERSON|name:Yaretzi Cantú]]  TX Medicaid [[ID|health_plan:528114093]]  PEIMS ID [[ID|other:S31829477]]
Svc date     Service                           Code    Units  Staff
[[DATE|date:01/13/2025]]   Nursing - G-tube feeding           T1002   2      LVN
[[DATE|date:01/13/2025]]   Nursing - catheterization           T1002   1      LVN
[[DATE|date:01/14/2025]]   Vision screen                       99173   1      RN
[[DATE|date:01/14/2025]]   Hearing screen                      92551   1      RN
Diagnoses: G80.1, Q05.2, N31.9. Rate $18.32/unit. Parent consent for Medicaid billing on file. Provider (district) NPI [[ID|license:1458174491]].""",
    """Anaphylaxis - cafeteria, [[LOCATION|geo:Kenwood Academy]]. 11:52 student [[PERSON|name:Amara Jefferson]] [[AGE|other:14]] ate a cookie from a friend's lunch (tree nut?). Lunch line finger-scan record [[ID|biometric:FS-00731552]] shows she bought only milk. Hives, throat tight, wheeze. EpiPen 0.3 mg R thigh 11:55 from her own supply (exp 03/2026). 911 called 11:56, Ambulance 18 arrived 12:03, run # [[ID|other:CFD-25-0214776]]. Grandmother notified. Second EpiPen not needed. Office of Student Health notified.""",
    """SBHC telehealth (mental health) - [[LOCATION|geo:Westmoor High School]]
Student [[PERSON|name:Joshua Dela Cruz]], [[AGE|other:17]], referred by counselor for low mood. Video with therapist via [[URL|url:https://sbhc.zoom.us/j/84120977315?pwd=WmQ3dTkx]]; school device IP [[IP|ip:10.42.118.67]].
Lives with lola (grandmother); parents in [[LOCATION|geo:Pampanga]]. Lola on phone in Tagalog: "Hindi siya kumakain, nasa kuwarto lang palagi, ayaw pumasok noong Lunes." (He isn't eating, stays in his room, didn't want to go to school Monday.)
PHQ-A 16, item 9 = 0. GAD-7 10. Safety plan done. Follow-up weekly Thu 2nd period. CPT 90834, F32.1.""",
]

STYLE_D = [
    """OASIS-E START OF CARE - clinical record items
(M0018) Attending physician NPI: [[ID|license:1360045748]]
(M0020) Patient ID: [[ID|mrn:HH-2024-11873]]
(M0030) SOC date: [[DATE|date:11/12/2024]]
(M0040) Name: [[PERSON|name:Delgado, Ofelia M.]]
(M0050) State: TX   (M0060) ZIP: [[LOCATION|geo:78521]]
(M0063) Medicare number: [[ID|health_plan:1C82XD6DP81]]
(M0064) SSN: [[ID|ssn:458-81-2093]]
(M0065) Medicaid number: [[ID|health_plan:617204339]]
(M0066) Birth date: [[DATE|date:02/28/1941]]
(M0069) Gender: 2 - Female
(M0150) Payment sources: 1, 3
(M0102) Date of physician-ordered SOC: NA   (M0104) Date of referral: [[DATE|date:11/08/2024]]
(M1021) Primary dx: I50.32 (chronic diastolic HF); (M1023) E11.622, L97.412, Z79.4
(M1033) Risk for hospitalization: 2, 3, 5, 8
(M1800-M1860) grooming 1, UB dressing 1, LB dressing 2, bathing 3, toilet transfer 1, ambulation 2 (walker)""",
    """SN visit - wound care. Pt [[PERSON|name:Ofelia Delgado]] seen at home. Daughter [[PERSON|name:Yolanda]] present.
R lateral heel (L97.412 area): 3.2 x 2.1 x 0.3 cm, 40% slough, 60% granulation, mod serous drainage, periwound macerated. No odor. Photo taken on agency tablet: [[ID|photo:DELGADO_O_heel_20241119.jpg]].
Cleansed NS, Medihoney + foam border, change 3x/wk. Pedal pulses diminished. Weight 171.4 (+2.6 lb from SOC) - HF zone yellow, notified Dr. [[PERSON|name:Arturo Salinas]] office, furosemide 40 -> 40 BID x3 days.
VS BP 142/70, HR 88 irreg, SpO2 94% RA, T 97.8. Pain 4/10. G0299 visit 47 min. Next visit [[DATE|date:11/21]].""",
    """PT visit #4. [[PERSON|name:Rogelio Manalastas]], [[AGE|other:84]], [[LOCATION|geo:Daly City]]. Lives 2nd floor, 14 steps w/ L rail. Wife [[PERSON|name:Erlinda]] + daughter (comes daily).
TUG 19.8 s (was 26.4), Berg 38/56, 30s STS 6. Gait: FWW, 120 ft w/ SBA, decreased step length R.
Wife in Tagalog: "Noong Biyernes nadulas siya sa banyo pero hindi naman tumama ang ulo." (slipped in bathroom Friday, did not hit head). No injury found. Recommended grab bars + shower chair.
HEP updated. 2w3 remaining. G0151 x 4 units. Next visit [[DATE|date:Thurs 7/25]].""",
    """TELEMONITORING ALERT - [[LOCATION|geo:Henry Ford Home Health Care]]
Pt [[PERSON|name:Clarence Odom Jr.]] MRN [[ID|mrn:HFHC0099412]]
Hub: tablet, IMEI [[DEVICE|device:358320193687944]]; BP cuff SN [[DEVICE|device:A&D-UA651-5G71034]]
Hub sync from IP [[IP|ip:99.112.57.204]] at [[DATE|date:2025-03-04T06:12:44-05:00]]: weight 236.8 lb (+4.2 lb/48h) RED; BP 168/101; SpO2 93%.
Called pt 0640, no answer; reached son [[PERSON|name:Kevin Odom]] at work [[PHONE|phone:313-224-8800 x3306]]. Son going over. Triage RN will do unscheduled SN visit by 1000. Cardiology paged re: diuretic.""",
    """FAX - PHYSICIAN ORDERS FOR SIGNATURE
To: Dr. [[PERSON|name:Mitra Farahani]], Internal Med  Fax [[PHONE|fax:(602) 839-6210]]
From: [[LOCATION|geo:Sonoran Home Care]]  Ph [[PHONE|phone:(602) 249-1830]]
Re: [[PERSON|name:Harold Eugene Voss]]  DOB [[DATE|date:12/07/1938]]  AHCCCS [[ID|health_plan:A48291037]]
Enclosed: CMS-485 Home Health Certification and Plan of Care, cert period 60 days. Verbal orders taken [[DATE|date:1/6/25]]: SN 1w9, PT 2w4, HHA 2w4; PT/INR weekly (goal 2-3), Coumadin per MD.
Face-to-face encounter documented. Please sign and return within 30 days. Pages: 6 (incl. cover).""",
    """HHA visit - [[LOCATION|geo:North Miami]]. Kliyan: [[PERSON|name:Célestin Augustin]], [[AGE|date:93]] an. Pitit fi li, [[PERSON|name:Nadège]], te la.
Aide gave sponge bath, linen change, skin check: stage 1 sacrum unchanged, barrier cream. Ate 50% breakfast (bouyon). Nadège: "Papa pa t dòmi yè swa, li t ap rele manman m" (Papa didn't sleep last night, was calling for my mother, deceased). Reported to RN case manager 1015.
Address on file [[ADDRESS|geo:760 NE 135th St, Apt 4, North Miami, FL 33161]]. Gate code in chart. Next visit [[DATE|date:lendi 10 mas]]. Billed G0156 x2 (not T1021).""",
    """Coordination note: SN unable to complete visit [[DATE|date:4/22]] - nobody answered, car in driveway (blue Camry, FL [[VEHICLE|vehicle:QJX M42]]), TV on. Called pt [[PERSON|name:Betty Lou Harrelson]] x3, then emergency contact nephew who has a key, ETA 20 min. Called sheriff non-emergency for welfare check at 1125. Nephew arrived 1140: pt found on bathroom floor, alert, c/o R hip pain, unable to bear wt. 911 -> [[LOCATION|geo:UF Health Shands]]. Transfer of care OASIS to be done.""",
    """OASIS DISCHARGE (RFA 9). [[PERSON|name:Gertrude Lindahl]], [[AGE|date:97]] y/o, [[LOCATION|geo:Edina]] MN. Goals met: independent w/ walker in home, med mgmt w/ daughter ([[PERSON|name:Karin Lindahl-Berg]], 66, lives 2 blocks away). 14 visits SN, 9 PT, 4 OT since [[DATE|date:Sept 3]]. M1800s improved: ambulation 2 -> 1. Falls 0. Final BP 128/64. MN Medical Assistance PMI [[ID|health_plan:02948817]].""",
    """EVV - PERSONAL CARE VISIT (T1019, 15-min units)
Client [[PERSON|name:Marisol Quiñones]]  Medicaid [[ID|health_plan:AB57108Y]]  Caregiver [[PERSON|name:Esperanza Tirado]]  Caregiver identity: IVR voice-print match, template [[ID|biometric:VP-220417-0883]]
Clock-in  [[DATE|date:03/17/2025]] 08:02  GPS [[LOCATION|geo:40.8217, -73.9172]] (in geofence)  via app
Clock-out 12:04  GPS same
Units 16. Tasks: bath, dress, meal prep, med reminder (no admin). Exception: none. Authorization # [[ID|other:PA-778120443]] (40 h/wk).""",
    """MSW visit: applied for TX disabled parking placard (VTR-214) for pt [[PERSON|name:Odessa Freeman]]; her 2011 Buick LaCrosse, TX plate [[VEHICLE|vehicle:DKR-4719]]. Son drives her to dialysis in his 2017 Escape; NEMT mileage reimbursement form needs his VIN: [[VEHICLE|vehicle:1FMCU0GD4HU306481]]. Also completed Lifeline phone application, SNAP recert. County transit public scheduling line 281-633-7433 given.""",
]

STYLE_E = [
    """IDT / recert review - hospice team B, [[DATE|date:Tue 2/11/25]]
Pt: [[PERSON|name:Velma Jean Cotter]], [[AGE|date:91]] F, terminal dx G30.1 Alzheimer's, secondary I50.9, E43. Benefit period 3 (60-day). F2F done [[DATE|date:1/17/25]] by NP.
Decline: FAST 7c (was 7a at admit), PPS 30% (40%), MAC 19.5 cm (21.0), wt 88 lb (96), 2 stage 3 PI now, sleeping 20 h/day, eating < 25%.
Level of care: routine home care (rev code 0651) at [[LOCATION|geo:Grand Oaks Assisted Living]] in [[LOCATION|geo:Broken Arrow]], room 118.
Medicare MBI [[ID|health_plan:1HY4AA7VN49]]. POA daughter [[PERSON|name:Sharon Cotter-Wills]] agrees w/ plan. Aide 3x/wk, SN 2x/wk, SW + chaplain monthly.
Medical director: continues to meet LCD criteria, recertified.""",
    """DEATH VISIT - RN pronouncement
Pt [[PERSON|name:Walter Kazmierczak]] ([[AGE|date:94]]) expired at home, [[ADDRESS|geo:2218 S 7th St, Milwaukee, WI 53215]]. Wife [[PERSON|name:Irene]] found him not breathing at 0340, called hospice on-call (not 911, per plan). RN arrived 0425; no resp, no apical pulse x 1 min, pupils fixed. Time of death 0431 [[DATE|date:03/22/2025]].
Medical director notified 0440, will sign death certificate. ME not required (expected death under hospice).
Pacemaker in situ (St Jude Assurity, SN [[DEVICE|device:7791406]]) - family chose cremation: informed [[LOCATION|geo:Schmidt & Bartelt Funeral Home]] that device must be explanted. Released to funeral home 0620.
Meds destroyed w/ wife as witness: morphine 20 mg/mL 18 mL, lorazepam 0.5 mg x 11 tabs. Hospital bed pickup requested. Bereavement referral (spouse, son).""",
    """HOSPICE ELECTION STATEMENT / NOTICE OF ELECTION
I, [[PERSON|name:Raymond Chee]], choose to receive hospice care from [[LOCATION|geo:Hospice of the Southwest]]. I understand I waive Medicare payment for curative treatment of my terminal illness (C34.90, stage IV NSCLC) and related conditions.
Effective date: [[DATE|date:April 3, 2025]].  Medicare: [[ID|health_plan:3DU5N15CC92]]
Attending physician of my choice: [[PERSON|name:Lorraine Tsosie]], MD, NPI [[ID|license:1828870489]]
Signature (mark) witnessed by son as representative. Pt speaks Navajo, interpreted by staff.
NOE submitted to MAC within 5 days. Addendum (§418.24(c)) requested: no.""",
    """Chaplain visit - [[PERSON|name:Lê Thị Hoa]], [[AGE|other:78]], [[LOCATION|geo:Westminster]], CA. Family Buddhist; abbot from the temple visited yesterday. Son asked that after death the body not be moved for 8 hours for chanting ("niệm Phật 8 tiếng"). Con gái [[PERSON|name:Vy]] nói: "Má muốn ra đi ở nhà, không muốn vào bệnh viện." (Mom wants to die at home, not hospital.)
Discussed with RN; care plan updated; funeral home aware of the waiting period. Spiritual distress low. Next visit 2 wks or prn.""",
    """Bereavement - 13-month call. Spoke with [[PERSON|name:Dolores Ferreira]], widow of [[PERSON|name:Antonio Ferreira]] (d. [[DATE|date:01/09/2024]]), at [[PHONE|phone:(508) 993-4127]]. She is living with daughter in [[LOCATION|geo:Fall River]] now. Reports the anniversary was hard; attends Portuguese grief group at her parish. PG-13 score 19, no complicated grief indicators. Closing bereavement file per 13-month protocol.""",
    """Family meeting - LVAD deactivation planning, home visit
Pt [[PERSON|name:Leon Whitaker]] [[AGE|other:67M]] w/ HeartMate 3 LVAD (implanted [[LOCATION|geo:Cleveland Clinic]] 2021, pump SN [[DEVICE|device:HM3-1142876]], controller SN [[DEVICE|device:SC-0388412]]) now DT with progressive RV failure and recurrent driveline infections. Pt clear: wants device turned off when he can no longer talk with his grandkids.
Present: wife [[PERSON|name:Gloria Whitaker]], VAD coordinator RN (VAD pager on fridge), hospice RN, SW.
Plan: deactivation at home with VAD coordinator present, premedicate midazolam 2 mg + morphine 4 mg SC; anticipate death in minutes to hours. ICD (Medtronic, SN [[DEVICE|device:PZX603217S]]) tachy therapies off same day.""",
    """GIP transfer. [[PERSON|name:Francine Boudreaux]] [[AGE|other:72]] from nursing facility to hospice IPU at [[LOCATION|geo:The Carpenter House]], [[LOCATION|geo:Baton Rouge]], for pain crisis (pancreatic ca, pain 9/10 despite hydromorphone PCA 1 mg/h + 0.5 mg q15 min demand). Faxed transfer orders + MAR to IPU [[PHONE|fax:225-767-4683]]. Level of care 0656. Husband [[PERSON|name:Remy]] [[PHONE|phone:225.932.0481]]. Expected stay 3-5 days.""",
    """LVN visit - [[LOCATION|geo:Vallejo]]. Pt [[PERSON|name:Feliciano Bautista]] ([[AGE|other:88]]), CHF/ESRD declined dialysis [[DATE|date:June 2]]. Wife [[PERSON|name:Teresita]] present.
Teresita: "Mas madalas na siyang hinihingal, lalo na sa gabi. Hindi na siya makahiga nang patag." (More SOB esp at night, can't lie flat.) Edema 3+ to knees, crackles bibasilar, SpO2 88% RA -> 2L NC 93%. Morphine 2.5 mg SL q2h prn dyspnea started per comfort kit, wife taught.
Family asked for priest for sacrament: Fr. [[PERSON|name:Jun Mendoza]]. Son arriving from [[LOCATION|geo:Cebu]] next week.""",
    """From: [[PERSON|name:Madison Greer]] <[[EMAIL|email:madgreer94@gmail.com]]>
To: family updates mailbox
Hi, I'm [[PERSON|name:Ruth Greer]]'s granddaughter (she's in room 4 at your inpatient house). The family portal link you sent, [[URL|url:https://portal.ashbyhospice.org/family/RG-20419?token=9c2f1e]], says expired. Can you resend? Also Grandma's [[AGE|date:100th]] birthday is [[DATE|date:May 30th]], can we bring a cake? My cell is [[PHONE|phone:859-396-0742]]. Thank you!! - [[PERSON|name:Maddie]]""",
    """Statement - room & board (not covered by Medicare hospice benefit). Resident [[PERSON|name:Henrietta Pollard]]. Account [[ID|account:RB-3318-2042]]. Period 31 days x $148.00 = $4,588.00. Paid by Visa ending [[ID|account:4471]] on [[DATE|date:9/5/24]]. Balance $0.00. HCPCS for reference: Q5002 (ALF).""",
]

STYLE_F = [
    """LOCAL TITLE: PACT PRIMARY CARE NOTE
STANDARD TITLE: PRIMARY CARE NOTE
DATE OF NOTE: [[DATE|date:MAR 04, 2025@10:14]]     ENTRY DATE: [[DATE|date:MAR 04, 2025@11:02:17]]
AUTHOR: [[PERSON|name:OKONKWO-BELL, ADAEZE]]     EXP COSIGNER:
URGENCY:                      STATUS: COMPLETED
Pt: [[PERSON|name:HOLLINGSWORTH, DALE EDWARD]]  [[ID|ssn:W4821]]  ICN [[ID|mrn:1013452897V604218]]
Clinic: [[LOCATION|geo:Fayetteville VA Medical Center]] - PACT Blue
[[AGE|other:58]] y/o male Army vet (OEF x2, 82nd Abn), SC 70% (PTSD, tinnitus, lumbar DDD). Here for DM/HTN f/u.
A1c 7.4 (was 8.1). BP 134/82. LDL 96. eGFR 71. AUDIT-C 3. PHQ-2 0. Toxic exposure screening (PACT Act) completed - positive for burn pits - referred to Environmental Health.
Meds: metformin 1000 BID, lisinopril 20, atorvastatin 40. CPT 99214, G2211.
RTC 4 mo. /es/ [[PERSON|name:ADAEZE OKONKWO-BELL]], MD""",
    """VA Video Connect - home telehealth - Mental Health Clinic
Vet [[PERSON|name:Marisela Quintero-Hale]] connected from home via [[URL|url:https://care.va.gov/vvc-app/?name=QuinteroHale&join=1&media=1&escalate=1&conference=VVC8821047@care.va.gov]]. Client IP per session log [[IP|ip:2600:8800:1a82:4d00:9cc1:3e2f:7a11:02b4]]. Emergency contact verified: husband [[PHONE|phone:520-458-7731]]; physical location verified: [[ADDRESS|geo:1441 E Fry Blvd, Sierra Vista, AZ 85635]].
MST-related PTSD. PCL-5 48 (was 57). PHQ-9 13. CPT session 7 of 12. Discussed stuck points. Veterans Crisis Line (988, press 1) reviewed. No SI.
CPT 90837-95.""",
    """COMMUNITY CARE CONSULT - ORTHOPEDICS (MISSION Act, drive time > 60 min)
Consult # [[ID|other:663-CC-4418207]]  Veteran: [[PERSON|name:Nathaniel R. Boggs]]  EDIPI [[ID|other:1284490317]]
Approved to: [[LOCATION|geo:Kalispell Regional Healthcare]] Orthopedics, fax [[PHONE|fax:406-752-8691]], NPI [[ID|license:2967087513]]
SEOC: Orthopedic Surgery 1.9.1 - 180 days, 8 visits. Authorization [[ID|other:VA0041827355]].
Dx: M17.11 R knee OA, s/p 3 steroid injections. X-ray KL grade 4. BMI 31.
VA claim file no. [[ID|other:C 28 417 903]] (for SC knee, 10%).
CCN: TriWest Region 4. Please return records to VA fax [[PHONE|fax:(406) 447-7979]].""",
    """AUDIOLOGY - hearing aid fitting. Vet [[PERSON|name:Thomas Reyes]] ("[[PERSON|name:Tommy]]"; Navy, boiler tech).
Devices: Phonak Audeo L90-R (Lumity) - L SN [[DEVICE|device:2318X0H4K]], R SN [[DEVICE|device:2318X0H4M]]; charger model CH-3. Firmware 1.3. Program: AutoSense OS 5.0, tinnitus noise generator on L.
WRS 76% R / 68% L at 80 dB HL. Real ear verified NAL-NL2. Batteries N/A (rechargeable).
Ordered via DLC; warranty through 2029. Follow-up 4-6 wks [[LOCATION|geo:Lee County CBOC]].""",
    """Sleep medicine - CPAP compliance, remote. Veteran [[PERSON|name:Garrett Lunsford]], [[AGE|other:61]]. ResMed AirSense 11 AutoSet, device SN [[DEVICE|device:23241558729]]. Usage 30 days: 27/30 days used, 87% > 4 h, avg 6 h 12 min. AHI 2.8, leak 95th pct 18 L/min. Pressure 7.8-11.4 cmH2O. Meets compliance for CDL medical (DOT). Letter sent to vet's email [[EMAIL|email:glunsford.trucking@yahoo.com]] (pt request).""",
    """Consulta de salud mental - [[LOCATION|geo:VA Caribbean Healthcare System]]
Veterano: [[PERSON|name:Ángel Luis Rosario Vélez]], [[AGE|other:74]] años, Vietnam (Ejército, 1969-70). Reside en [[ADDRESS|geo:Urb. Santa Juanita, Calle Orquídea DD-14, Bayamón, PR 00956]].
Esposa refiere pesadillas y que "se levanta a revisar las puertas todas las noches" desde el huracán. PCL-5 52. PHQ-9 16. Sin ideación suicida.
Se refiere a terapia PE con Dra. [[PERSON|name:Nilda Cordero]]. Prazosin 1 mg hs, titular. Próxima cita [[DATE|date:15 de abril de 2025]], 8:30 a.m.""",
    """Primary care - [[LOCATION|geo:Spark M. Matsunaga VA Medical Center]]
[[PERSON|name:Dominador Macaraeg]], [[AGE|date:98]] y/o, Filipino WWII veteran (Philippine Scouts). Accompanied by son [[PERSON|name:Rodel]] who interprets (Ilocano/Tagalog).
Son: "Hindi na po siya masyadong nakakarinig, at nalilito siya sa gabi." (Hard of hearing, confused at night.) MoCA 14/30. Fall x1 last month. BP 118/62. Deprescribing: stop glipizide (A1c 6.1).
Address: [[ADDRESS|geo:94-1045 Waipahu St, Waipahu, HI 96797]]. Son phone [[PHONE|phone:808 671 2294]].
Home-based primary care referral placed.""",
    """VA Police / Beneficiary travel. Vet [[PERSON|name:Curtis Lamont Hairston]] reported his truck broken into in Lot C. VA Police report [[ID|other:VAP-25-00318]]. Vehicle: 2023 Ford F-150, NC DV plate [[VEHICLE|vehicle:DV-48217]], VIN [[VEHICLE|vehicle:1FTFW1E50PF101241]], passenger window smashed. Lost: wallet w/ NC DL [[ID|license:000029817745]] and VHIC. BTSSS travel claim for today's 112-mile round trip approved, $46.48 (0.415/mi) minus $3 deductible, direct deposit to acct [[ID|account:7029418836]].""",
    """HUD-VASH case note - HCHV. Vet [[PERSON|name:Kimberly Ashford]] (Marine Corps) moved into unit today from [[LOCATION|geo:Veterans Row]] tent line on [[LOCATION|geo:San Vicente Blvd]]. New address [[ADDRESS|geo:1110 W 39th Pl, Apt 208, Los Angeles, CA 90037]]. Voucher via HACLA. HMIS ID [[ID|other:LA-HMIS-588173]]. PHQ-9 8. Needs furniture.""",
    """Disability exam (C&P) scheduling. [[PERSON|name:Oyelowo, Babatunde A.]], VA file # [[ID|other:29 884 157]], exam at QTC [[LOCATION|geo:Dallas]] [[DATE|date:7/23/2025]] 13:00. DBQ: Hypertension, Sleep Apnea. Vet's cell [[PHONE|phone:214-790-3361]].""",
]

STYLE_G = [
    """TB CONTACT INVESTIGATION - index case [[PERSON|name:Abdirahman Warsame]], RVCT state case no. [[ID|mrn:2024MN0412]]
Index: pulm TB, AFB smear 3+, cavitary, Xpert MTB/RIF detected, RIF resistance not detected. Infectious period (3 mo before sx onset): [[DATE|date:06/02/2024]] - [[DATE|date:09/10/2024]].
Household (high priority):
  1. [[PERSON|name:Hodan Ali]] (wife), [[PHONE|phone:612-387-5520]] - IGRA neg, repeat 8-10 wk
  2. [[PERSON|name:Yusuf]] (son, 4 yo) - TST 14 mm, CXR nl -> LTBI tx 4R (rifampin 15 mg/kg)
  3. [[PERSON|name:Ayaan]] (daughter, 11 mo) - TST 0 mm, window prophylaxis INH
Work (medium): [[LOCATION|geo:Jennie-O]] plant, [[LOCATION|geo:Faribault]], 2nd shift deboning line, ~38 coworkers; site screening set for [[DATE|date:Sept 24]].
Mosque: congregate exposure brief, not prioritized (large hall, ventilated).
Contacts identified 47, evaluated 31, LTBI 6, secondary active cases 0.""",
    """MEASLES CASE INVESTIGATION - confirmed (IgM+, PCR+ NP swab, accession [[ID|other:PHL-24-M0981]])
Case: [[PERSON|name:Eliana Friesen]], [[AGE|other:3]] yo, unvaccinated (religious exemption). Rash onset [[DATE|date:2/18/2025]]; infectious 4 days before to 4 days after.
Exposure sites:
 - church potluck, Sun [[DATE|date:2/16]] 11:00-14:00 (~120 ppl)
 - [[LOCATION|geo:Covenant Express Care]] on [[LOCATION|geo:82nd St]], [[LOCATION|geo:Lubbock]], [[DATE|date:2/19]] 15:20-17:45
Parents Low German speaking; 6 siblings, all unvaccinated; quarantine 21 days, MMR offered (declined x4, accepted x2). Home: [[ADDRESS|geo:County Road 214, Seminole, TX 79360]].
County case count now 24; state total 159. DSHS notified 1620.""",
    """DIS field record - partner services (syphilis). Original patient [[PERSON|name:Keyshawn Mabry]], [[AGE|other:26]], secondary syphilis, RPR 1:128, TP-PA +. Interviewed [[DATE|date:11/07/2024]].
Partners (last 6 mo):
 P1 "[[PERSON|name:Dre]]" - Grindr username [[ID|other:dre_atl_404]], ~30s, stays near [[LOCATION|geo:West End]] MARTA station
 P2 [[PERSON|name:Jasmine Holloway]], [[PHONE|phone:470-218-9964]], pregnant (~20 wks) - PRIORITY (congenital syphilis prevention)
 P3 anonymous, no locating info
Field visit P2 next day: found at home, notified, treated same day Bicillin L-A 2.4 MU IM (1 of 3), RPR 1:32.
STD*MIS case [[ID|mrn:GA-STD-24-118832]]. Dispositions: P1 = H (unable to locate), P2 = A (prev. untreated, treated), P3 = G (insufficient info).""",
    """Hepatitis A outbreak (52 cases to date, 41 hospitalized, 3 deaths) - case #38 interview
Case [[PERSON|name:Roderick Tate]] ("[[PERSON|name:Rocky]]"), [[AGE|other:47]], experiencing homelessness. Jaundice onset ~[[DATE|date:9/3]]; ALT 2,840. IgM anti-HAV +. MRN [[ID|mrn:UCSD-80441927]].
Exposure period 15-50 days prior: slept in canyon behind [[LOCATION|geo:Father Joe's Villages]], used portable toilets at [[LOCATION|geo:17th & Imperial]]. Shares needles "sometimes" with friend "[[PERSON|name:Cowboy]]" (no last name, usually at the trolley stop).
Contacts vaccinated on site: 14. Handwashing stations requested. CalREDIE incident [[ID|mrn:14418275]].""",
    """Salmonella case interview (Vietnamese, via county interpreter)
Case [[PERSON|name:Huỳnh Thị Mai]], [[AGE|other:52]], nail technician. Stool culture S. Enteritidis, WGS cluster code matches (2407MLJ), isolate [[ID|other:PNUSAS384417]]. Onset [[DATE|date:thứ Bảy 13/7]] (Saturday): "Tôi ăn bánh mì ở tiệm trên đường [[LOCATION|geo:Bellaire]] ngày [[DATE|date:11 tháng 7]], chiều đó bắt đầu đau bụng." (Ate a bánh mì at a shop on Bellaire two days before; abdominal pain that afternoon.)
Also ate: home cooking, chè from a food court. No travel. Household: husband, 2 kids - all well.
Daughter's email for follow-up forms [[EMAIL|email:kimvo.huynh@outlook.com]]. Cases linked to the shop so far: 9.""",
    """CONTACT NOTIFICATION - text message log (auto)
To [[PHONE|phone:+15093324781]]: "This is the Health District. You may have been exposed to a contagious illness. Please complete a short survey: [[URL|url:https://yhd-ct.force.com/s/survey?c=CT-0088142&t=Qk9aN2]]". Sent [[DATE|date:2024-08-21]] 09:14. Contact ID [[ID|other:CT-0088142]].
Survey submitted [[DATE|date:2024-08-21T12:48:09Z]] from IP [[IP|ip:174.204.66.19]]. Respondent: [[PERSON|name:Gabriela Mendoza Ortiz]], packing line, carpools with case in a 2009 Odyssey, WA plate [[VEHICLE|vehicle:BVK1297]]. Symptoms: none. Prefers Spanish; same callback number.""",
    """Mpox investigation. [[PERSON|name:Lucas Ferreira-Santos]], [[AGE|other:31]], lesions onset [[DATE|date:Aug 5]], OPXV PCR + (specimen [[ID|other:WC24-118403]]). Attended a party in [[LOCATION|geo:Fire Island Pines]] the prior weekend. JYNNEOS dose 1 [[DATE|date:7/30/24]] (lot FDP00041) - after exposure. Tecovirimat not needed. 4 named contacts, 2 vaccinated. Case [[ID|mrn:24-MPX-20771]].""",
    """LEAD CASE - environmental investigation
Child [[PERSON|name:Kingston Ramírez]], DOB [[DATE|date:05/30/2022]], venous BLL 24 µg/dL (was 14 capillary). Medicaid (MI) [[ID|health_plan:0048193275]].
Home: [[ADDRESS|geo:1519 W Ramona Ave, Flint, MI 48505]] (built 1926), rental; landlord [[PERSON|name:Gary Pulaski]]. XRF: window troughs 8.2 mg/cm2, porch 4.1. Dust wipe kitchen floor 62 µg/ft2. Water: service line copper/galvanized, filter present.
Mom (Spanish): "El niño se come la pintura de la ventana de la sala." Family to relocate temporarily to grandmother's in [[LOCATION|geo:Burton]].""",
    """Rabies PEP - bat in bedroom. [[PERSON|name:Ruth Ann Gingerich]] [[AGE|other:62]] woke to bat in room, [[LOCATION|geo:Holmes County]]. Bat not captured -> PEP recommended. HRIG 20 IU/kg + rabies vaccine day 0 [[DATE|date:8/10]], days 3, 7, 14. Animal control report [[ID|other:HCAC-24-0377]]. Husband declined PEP (slept in other room). Phone via neighbor [[PHONE|phone:330-893-2214]].""",
    """Pertussis - infant case, [[AGE|other:6]] wk old, PICU. [[PERSON|name:Aurora Begaye-Lopez]], MRN [[ID|mrn:PCH2250419]]. Mother coughing x 3 wks, no Tdap in pregnancy. Sibling daycare: [[LOCATION|geo:Little Sprouts Learning Center]] - 11 children exposed, 2 symptomatic. Azithromycin PEP to household (5).""",
]

STYLE_H = [
    """[[LOCATION|geo:Clínica de Salud del Valle de Salinas]] - [[LOCATION|geo:Alisal]] site. Migrant/seasonal ag worker (MSAW) status: seasonal, lettuce harvest.
Paciente: [[PERSON|name:Margarito Cruz Hernández]], [[AGE|other:38]] a, habla mixteco (bajo) y poco español; intérprete mixteco. DOB [[DATE|date:15/03/1986]] (per matrícula consular [[ID|other:MC-0488172941]]).
S: "Me duele la espalda de tanto agacharme, ya no aguanto, y me arden los ojos cuando fumigan al lado." Crew worked next to a field sprayed that morning (crew leader Don [[PERSON|name:Chuy]]).
O: BP 132/84, conjunctival injection bilat, no wheeze. Lumbar paraspinal spasm, SLR neg.
A/P: M54.50; T65.91XA (possible pesticide exposure) -> pesticide illness report to Ag Commissioner (DPR form 1, within 24 h), report # [[ID|other:PIR-MC-24-0319]]. Ibuprofen 600, stretches, eye irrigation. Sliding fee level A ($20). Cel: [[PHONE|phone:831-277-0419]].""",
    """H-2A WORKER VISIT - mobile unit at orchard labor housing, [[LOCATION|geo:Wapato]]
Worker [[PERSON|name:Jesús Alberto Pineda Ruiz]], [[AGE|other:27]], from [[LOCATION|geo:Zitácuaro]], Michoacán. Passport (MEX) [[ID|other:G48817302]], CURP [[ID|ssn:PIRJ970305HMNNZS04]] (from DS-160 copy).
Heat illness: cherry harvest, 104°F, started 0500, collapsed 1340 row 22. T 101.8 oral, HR 118, BP 98/60. Confused initially, oriented x3 after 20 min cooling + 1 L NS. Na 133, CK 1,880. -> [[LOCATION|geo:Astria Toppenish Hospital]] for obs.
Employer notified (L&I heat rule). Housing: cabin 14, bed 3. Emergency contact in Mexico: esposa [[PERSON|name:Rosalba]] [[PHONE|phone:+52 715 153 4402]].""",
    """Klinik [[LOCATION|geo:Immokalee]] (nòt an kreyòl ayisyen / Haitian Creole)
Pasyan: [[PERSON|name:Dieujuste Fils-Aimé]], [[AGE|other:44]] an, travay nan tomat. Li di: "Mwen gen maltèt depi twa jou, e m santi m fèb anpil lè m fin travay nan solèy." Tansyon 178/106. Glikoz 142.
Dx I10, R51.9. Rx amlodipine 5 mg, chlorthalidone 12.5 mg. Mande l vin pran tansyon l chak mèkredi nan famasi klinik la (free BP checks Wed).
Adrès: [[ADDRESS|geo:410 W Main St, Lot 22, Immokalee, FL 34142]]. Tel [[PHONE|phone:239-657-3382]]. Sliding fee B. Next visit [[DATE|date:jedi 12 desanm]].""",
    """Outreach - farmworker camp blood pressure & diabetes screening, [[LOCATION|geo:Hammonton]] NJ blueberry season. Site: camp on [[LOCATION|geo:Weymouth Rd]]. 34 screened.
Flagged:
 - [[PERSON|name:Rigoberto Sánchez]] [[AGE|other:52]] - glucose 311 random, A1c 11.8 -> referred same week; cel [[PHONE|phone:609-561-7724]]
 - [[PERSON|name:Marisol Tenorio]] [[AGE|other:29]] - BP 164/102, pregnant ~14 wk, no prenatal care -> prenatal referral, appt [[DATE|date:7/9]] 9am
 - "[[PERSON|name:El Güero]]" (declined to give name) - cough 6 wks, night sweats -> sputum x3, CXR voucher
Crew van NJ plate [[VEHICLE|vehicle:Y64-KDR]] leaves for Michigan cherries in ~2 wks; Health Network transfer form offered to all.""",
    """MIGRANT HEALTH - TB Health Network enrollment (patient moving)
Name [[PERSON|name:Aurelio Ventura Domingo]]  DOB [[DATE|date:1979-11-02]]  clinic chart [[ID|mrn:CHI-00318842]]
LTBI on 3HP, dose 8 of 12 given [[DATE|date:2/5/25]] (DOT). Moving to [[LOCATION|geo:Plant City]] for strawberries then ?Georgia. Health Network ID [[ID|other:HN-24-06612]] - Network will call him at [[PHONE|phone:786-243-1187]] or mother in [[LOCATION|geo:Huehuetenango]] if lost to follow-up. Speaks Q'anjob'al + Spanish.""",
    """Dental/medical van day - [[LOCATION|geo:Watsonville]], strawberry fields off [[LOCATION|geo:Riverside Dr]].
Pt [[PERSON|name:Griselda Ayala]] [[AGE|other:41F]] - lac R index finger from pruning shears, 2.5 cm, 4 sutures 4-0 nylon. Td given (lot U7204AA). Removal in 10 days at [[LOCATION|geo:Salud Para La Gente]] main clinic.
Medi-Cal CIN [[ID|health_plan:91843372A]]. Workers' comp? pt declined to report; counseled re: rights, gave legal aid card.""",
    """Telehealth follow-up (audio only, 99442), [[LOCATION|geo:Brawley]] clinic.
[[PERSON|name:Fidencio Lara]] calling from [[LOCATION|geo:Mexicali]] where he lives; crosses daily at the port of entry for date harvest. Border crossing card number given as ID: [[ID|other:BCC 0912 4478 1183]]. Cel mexicano [[PHONE|phone:+52 686 127 9043]]. Diabetes: sugars 180-250 on glucometer. Running out of metformin. Sent new rx to clinic pharmacy for pickup [[DATE|date:viernes 22 de noviembre]]. A1c due.""",
    """Farmworker women's health - [[LOCATION|geo:Hood River]]
[[PERSON|name:Nayeli Ortega Bautista]], [[AGE|other:19]], G1P0 at 22 wk, first visit. Lives in [[LOCATION|geo:Odell]] orchard housing with partner and his brother. Pear packing house, standing 10 h/day. EPDS 9. Hgb 10.4. GCT due 24-28 wk. OHP [[ID|health_plan:OR71144028]]; CAWEM-Plus coverage for prenatal. Ultrasound [[DATE|date:Tue March 18]]. Promotora to drive her.""",
    """Ag worker heat stress - WBGT log (clinic outreach team):
[[DATE|date:7/15]] 11:00 WBGT 87.4; 13:00 91.2; 15:00 92.0 - crew break 15 min/h recommended.
1 worker evaluated: [[PERSON|name:Tomás Xicará]], [[AGE|other:33]], cramps + headache, T 99.6, given oral rehydration + shade, returned to work 14:10 after 45 min. Sugarcane crew 6, [[LOCATION|geo:Belle Glade]]. 911 not needed.""",
    """Sliding fee / registration form. Name: [[PERSON|name:Elvira Quispe Mamani]]  Household 5  Income $2,100/mo (ag) = 78% FPL -> Level A, $15/visit. Account [[ID|account:SFA-2025-00917]]. ID presented: Peruvian passport [[ID|other:120418836]]. Mailing: [[ADDRESS|geo:PO Box 1447, Mattawa, WA 99349]]. Email [[EMAIL|email:elvira.quispe89@gmail.com]]. Photo for chart card: [[ID|photo:Quispe_Elvira_chartphoto.png]].""",
]

STYLE_I = [
    """[[LOCATION|geo:Gallup Indian Medical Center]] - Diabetes Clinic
Pt: [[PERSON|name:YAZZIE, Harrison]]  HRN [[ID|mrn:GIMC-118204]]  Census # [[ID|other:0287451]]  DOB [[DATE|date:10/19/1958]]
[[AGE|other:66]] yo Diné male, DM2 x 20 yr, CKD 3b. No running water at home, hauls water from [[LOCATION|geo:Crownpoint]] - 40 min each way.
A1c 9.6, UACR 410, eGFR 38. BP 146/88. Foot: callus L 1st MTH, no ulcer. Monofilament 6/10.
Plan: reduce metformin to 500 BID (eGFR 38), start empagliflozin 10, semaglutide 0.25. Retinal imaging today (JVN).
Home directions for PHN: from [[LOCATION|geo:Standing Rock Chapter House]], N on N9 ~3 mi, L at the blue water tank, 2nd hogan w/ green door. Phone (daughter [[PERSON|name:Shandiin]]) [[PHONE|phone:505-786-2209]].
Medicaid [[ID|health_plan:9841077213]]. Medicare Part A only.""",
    """CHR HOME VISIT - Oglala Sioux Tribe CHR Program, [[LOCATION|geo:Wakpamni]] district
Client [[PERSON|name:Vernon Two Bulls]], [[AGE|other:71]]. Visit 10:20-11:05 [[DATE|date:1/14/25]]. -18°F overnight, propane low - called OST LIHEAP; wood delivered by son.
BP 162/94 (L arm), BS 212 (non-fasting). Checked pill box: missed 3 days of lisinopril. Refill requested at [[LOCATION|geo:Pine Ridge IHS Hospital]] pharmacy, pickup by CHR tomorrow.
Foot check OK. Insulin pen stored in fridge (works). Granddaughter, 12, helps read labels.
Next visit 1 wk. CHR [[PERSON|name:Loretta Red Cloud]].""",
    """PURCHASED/REFERRED CARE (PRC) AUTHORIZATION
Patient [[PERSON|name:Delbert Nakai]]  Chart [[ID|mrn:CH-40917]]  [[LOCATION|geo:Chinle Comprehensive Health Care Facility]]
Referral to [[LOCATION|geo:Flagstaff Medical Center]] Cardiology for TEE + possible cardioversion. Priority level II (IHS PRC manual Part 2, Ch. 3).
PRC auth [[ID|other:PRC-24-C-07731]]  Date of service [[DATE|date:12/03/2024]]  Est. cost $4,800.
Alternate resources: AHCCCS [[ID|health_plan:A62018839]] (payer of first resort); Medicare [[ID|health_plan:2UF9HA7UD60]] - IHS is payer of last resort.
Residency: within CHSDA. Send records to PRC fax [[PHONE|fax:928-674-7218]], questions x7130.""",
    """VILLAGE CLINIC - CHA/P encounter, [[LOCATION|geo:Kwethluk]]. Telemed case to Bethel provider via AFHCAN, case [[ID|other:AFH-2025-33108]].
[[PERSON|name:Anna Nicolai]], [[AGE|other:4]] yo, ear pain x3 d, T 101.9, R TM bulging + fluid. Otoscope image attached: [[ID|photo:NicolaiA_R_TM_0207.jpg]].
Per Dr. [[PERSON|name:Tuan Pham]]: amoxicillin 90 mg/kg/day div BID x10d, from village stock. Mom given teaching; she speaks Yugtun, aunt interpreted.
No weather hold. YKHC chart [[ID|mrn:YK-2081147]].""",
    """IHS-JVN TELEOPHTHALMOLOGY READ
Pt [[PERSON|name:Whitehorse, Eleanor]] DOB [[DATE|date:06/03/1964]]  site [[LOCATION|geo:Cherokee Indian Hospital]]  chart [[ID|mrn:CIH0440912]]
Images: [[ID|photo:CIH0440912_OD_field2_20250221.dcm]], [[ID|photo:CIH0440912_OS_field2_20250221.dcm]] - ungradable OS (cataract).
OD: moderate NPDR, no CSME. OS: unable to assess. ETDRS level 43.
Recommend in-person eye exam within 3 months (cataract eval + dilated exam). Reader OD, reading center.""",
    """BH / suicide prevention follow-up - [[LOCATION|geo:Whiteriver]] Service Unit. Celebrating Life case [[ID|other:CL-25-0114]].
Youth [[PERSON|name:Devin Lupe]], [[AGE|other:16]], ingestion ([[DATE|date:Feb 3]]) - acetaminophen, treated in PICU, 36 h NAC. Home visit by Elder mentor and case mgr. C-SSRS today: no current ideation. Safety plan: grandmother holds meds; knives locked. Connected w/ youth basketball at rec center. Next contact 48 h.""",
    """WCC 9 mo - [[LOCATION|geo:Tuba City Regional Health Care]]
Baby [[PERSON|name:Hózhó Benally]], DOB [[DATE|date:05-29-2024]], here w/ grandma [[PERSON|name:Bessie Benally]]. Wt 8.1 kg (25th), Ht 70 cm. Hgb 11.2. Lead 1.4. Vaxelis series complete; flu #2 today; COVID declined.
Car seat check: rear facing OK. Family vehicle Navajo Nation plate [[VEHICLE|vehicle:NN 4417 T]] - seat installed correctly by Navajo Nation Injury Prevention.
Lives in [[LOCATION|geo:Kaibeto]] with grandparents. Dental varnish applied. Next WCC 12 mo.""",
    """Patient registration update - [[LOCATION|geo:W.W. Hastings Hospital]], [[LOCATION|geo:Tahlequah]]
Name [[PERSON|name:Cheyenne Sixkiller-Burns]]  Citizenship # [[ID|other:CN-318842]]  Chart [[ID|mrn:WWH-00712386]]
Address [[ADDRESS|geo:18420 W Gideon Rd, Park Hill, OK 74451-2207]]. Cell [[PHONE|phone:918.316.4402]]. Email [[EMAIL|email:c.sixkiller.burns@gmail.com]]. SSN [[ID|ssn:447-39-1186]]. OK DL [[ID|license:B071829914]].
SoonerCare [[ID|health_plan:103447916]] active. Portal: patient invited to [[URL|url:https://mychart.cherokee.org/invite/CSB4417]].""",
    """MEDEVAC - [[LOCATION|geo:Kotzebue]] to [[LOCATION|geo:ANMC]]
[[PERSON|name:Roy Kenick]] [[AGE|other:58M]] from [[LOCATION|geo:Noatak]], STEMI inferior, TNK given 0312 [[DATE|date:12/11/2024]] (door-to-needle 34 min). Wife on flight. Accepting cath lab attending notified. MRN [[ID|mrn:MHC-0317749]]. Weather -31°F, 15 kt wind.""",
    """PHN home visit, [[LOCATION|geo:Sells]]. [[PERSON|name:Esther Antone]], [[AGE|date:90]], post-hospital (CHF). Lives with granddaughter off [[LOCATION|geo:Topawa Rd]]. Weight stable, edema 1+. Furosemide 40 daily taken. Neighbor's dogs aggressive - bring CHR next time. [[PHONE|phone:520-383-7146]].""",
]

STYLE_J = [
    """STREET MEDICINE ENCOUNTER - [[LOCATION|geo:Skid Row]]. Team 2 (NP, RN, CHW, peer)
Location: blue tent, [[LOCATION|geo:San Julian St]] between [[LOCATION|geo:5th & 6th]], across from the [[LOCATION|geo:Union Rescue Mission]] side door.
Pt: [[PERSON|name:Lamar Whitlock]] aka "[[PERSON|name:Preacher]]", [[AGE|other:59]]. HMIS [[ID|other:HMIS-1184407]]. VI-SPDAT 12 (last done 2023).
CC: L leg wound x 3 wk. Exam: 6 x 4 cm ulcer anterior shin, purulent, surrounding erythema 10 cm, no crepitus. T 99.9. Photo w/ consent: [[ID|photo:Whitlock_L_shin_0305.heic]].
Tx: cleansed, Xeroform + kerlix. Doxycycline 100 BID x 7 d (bubble pack). Tdap given. Told to go to ED if red streaks/fever.
Phone: none; leave messages at the mission front desk.
Takes Metro bus 720 to his SSI appointments. Follow-up Thursday same spot. Z59.02.""",
    """SF street med - [[LOCATION|geo:Tenderloin]]. 0940 pt found by team slumped against wall at [[LOCATION|geo:Eddy & Jones]] by the park gate. RR 6, pinpoint, cyanotic lips. Narcan 4 mg IN x1 -> RR 14 at 2 min, agitated but no further naloxone. Declined EMS (AMA capacity ok).
Pt [[PERSON|name:Kristen Ahlquist]] ([[PERSON|name:Kris]]), [[AGE|other:34]], known to team. Discussed street bup induction: high-dose (she's on fentanyl): bup/nal 8/2 x 4 films given (32 mg day 1) + rx for 16 mg daily x7 days.
Prescriber DEA [[ID|license:BF2615334]], NPI [[ID|license:2144759745]].
Pt's own phone [[PHONE|phone:(628) 222-0184]] (prepaid).""",
    """Heat outreach - "[[LOCATION|geo:The Zone]]", 1:15 pm, 114°F.
Pt [[PERSON|name:Roberto Cisneros]], [[AGE|other:63]], living in his car (silver 2004 Corolla, AZ plate [[VEHICLE|vehicle:CLX9472]]) parked on [[LOCATION|geo:Jackson St]]. Engine doesn't run, no AC.
Found confused, T 103.1 tympanic, dry skin, HR 124. Ice packs to groin/axillae, cold water, called 911 (time 1:19). Engine 4 transported to [[LOCATION|geo:Valleywise]]. Before transport he asked us to call his sister in [[LOCATION|geo:Tolleson]], [[PHONE|phone:623.936.2210]].
Items secured: wallet (AZ ID [[ID|license:D08124475]]), meds (losartan, metformin). Heat deaths in county this season: 87 confirmed so far.""",
    """Street team, [[LOCATION|geo:Mass & Cass]] area, [[DATE|date:01/22/2025]] 0630, 4°F
[[PERSON|name:Jean-Robert Dorvilus]], [[AGE|other:45]], slept outside in a doorway on [[LOCATION|geo:Atkinson St]]. Frostbite both feet: blisters, toes dusky. Pasyan di: "Mwen pa santi zòtèy mwen yo depi yè swa, soulye m te mouye." (Can't feel toes since last night; shoes were wet.)
Transported by team van to ED. Prior MRN [[ID|mrn:BMC2019447]]. MassHealth [[ID|health_plan:100491836624]].
Brother in [[LOCATION|geo:Mattapan]] [[PHONE|phone:617-296-4518]] - pt consented to call. Shelter bed at [[LOCATION|geo:Pine Street Inn]] bed 331 held x1 night only.""",
    """Outreach - vehicle residents, [[LOCATION|geo:Airport Way S]] ([[LOCATION|geo:SODO]]).
RV: 1996 Winnebago, WA plate [[VEHICLE|vehicle:CAF1298]]; tow vehicle (partner's 2021 Tahoe) VIN [[VEHICLE|vehicle:1GNSKBKC1MR374468]] per the tow notice.
Pt [[PERSON|name:Darlene Huff]], [[AGE|other:57]], lives in RV w/ partner and 2 dogs. COPD, out of inhalers 2 wk, propane heater inside - CO alarm given. SpO2 89%. Albuterol + Trelegy samples. ProviderOne [[ID|health_plan:211837402WA]].
RV was tagged for 72-hr tow, ticket [[ID|other:SPD-72H-25-00418]] - referred to mitigation program.""",
    """Encampment visit - [[LOCATION|geo:Coyote Creek]] trail under the [[LOCATION|geo:Story Rd]] bridge. With outreach worker (Vietnamese speaking).
Cụ [[PERSON|name:Đỗ Văn Long]], [[AGE|other:76]], ở bờ suối 2 năm. Ông nói: "Tôi không muốn vào shelter, ở đó người ta lấy đồ." (Doesn't want shelter, things get stolen.) Hx DM, ran out of metformin. BS 288. Foot: fungal, no ulcer. BP 158/90.
SSN from an old SSA award letter: [[ID|ssn:552-47-8301]] - benefits reapplication started. Next visit [[DATE|date:thứ Ba 15/10]].""",
    """OSN rounds - [[LOCATION|geo:Pittsburgh]]. Under the [[LOCATION|geo:10th Street Bridge]], South Side end.
[[PERSON|name:Kyle Brennan]] [[AGE|other:38M]], new to camp. Abscess R antecubital 3 cm fluctuant - I&D, packing, Bactrim. Xylazine wound L forearm, eschar - cleaned, Vaseline gauze. Wound photo: [[ID|photo:KBrennan_forearm_20240611.jpg]].
PA Medicaid ACCESS [[ID|health_plan:8840371225]]. Birth certificate lost. Offered bed at [[LOCATION|geo:Second Avenue Commons]] (bed 48) - declined tonight. Bus 54 to clinic tomorrow if he wants.""",
    """Shelter clinic - [[LOCATION|geo:Overtown]]
Paciente [[PERSON|name:Yunior Batista Sosa]], [[AGE|other:49]], cubano, llegó en [[DATE|date:octubre de 2022]]. Duerme en la cama 214 del refugio, antes bajo el I-95 en [[LOCATION|geo:NW 3rd Ave y 8th St]].
"Tengo el pie hinchado y morado, me picó algo hace como cinco días." Celulitis pie izq, no absceso. Cefalexina 500 QID x7d. Glucosa 96.
FL ID card [[ID|license:B321-882-49-117-0]]. Case manager [[EMAIL|email:mruiz@camillus.org]].""",
    """Outreach phone program. Issued Lifeline phone to [[PERSON|name:Shawna Little Owl]] ([[AGE|other:41]]) for clinic reminders and telehealth. IMEI [[DEVICE|device:352279105492932]], number [[PHONE|phone:503-660-1843]]. Moved to [[LOCATION|geo:SE 82nd & Foster]] after sweep [[DATE|date:5/3]]. Telehealth link for Tues psych appt texted: [[URL|url:https://ccconcern.doxy.me/drabernathy]].""",
    """Text from pt [[PERSON|name:Mikey]] 7:42 am: "meet u at the mcdonalds on [[LOCATION|geo:Broadway]] by the [[LOCATION|geo:Greyhound]]?" -> seen 9:10. Refilled naloxone x2, FTS x10. $5 bus card given.""",
]


def main() -> None:
    n = write_styled(
        OUT,
        [
            ("bh-sud-part2", STYLE_A),
            ("jail-intake-sick-call", STYLE_B),
            ("school-nurse", STYLE_C),
            ("oasis-home-health", STYLE_D),
            ("hospice-idt", STYLE_E),
            ("va-clinic", STYLE_F),
            ("case-investigation", STYLE_G),
            ("farmworker-health", STYLE_H),
            ("tribal-health", STYLE_I),
            ("street-medicine", STYLE_J),
        ],
    )
    print(f"probe75: {n} docs")


if __name__ == "__main__":
    main()
