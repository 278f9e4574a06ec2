"""Write the 84th hand-annotated redaction probe, US hospital and clinic text across ten states.

Why: US records mix many identifier formats that look alike and look like clinical numbers:
SSNs dashed, spaced, unseparated and last-4; MRN/FIN/CSN/encounter numbers; Medicare MBIs;
state Medicaid ids (TX, OH, Medi-Cal CIN, NY CIN, AHCCCS, PMI, MassHealth, ProviderOne); NPIs
and DEAs with valid check digits; state medical, nursing and driver licences; plates and VINs;
ZIP and ZIP+4; HL7/X12/DICOM segments with names in caret form. Around them sit look-alikes that
stay unmarked: ICD-10, CPT, HCPCS, NDC, revenue codes, DRGs, lot and blood-unit numbers, EINs,
CLIA and MQSA numbers, group numbers, bank routing numbers, bed/room numbers, vitals and scores,
scanner serials, national hotlines (911, 988), eponyms (Alzheimer's, Parkinson's, Finnegan).
What: ten styles of ten notes, each spread over TX, OH, CA, NY, GA, MN, AZ, LA, MA and WA:
  ed-triage-board       ED tracking boards, CSV board exports and triage notes
  ehr-chart-export      Epic/Cerner-like banners, results review, HL7 ADT, audit logs
  behavioral-health-intake  psych/SUD intakes, 5150 and Title 36 holds, telehealth intake
  ob-labor-delivery     L&D triage, delivery notes, flowsheets, birth worksheet, e-consent
  peds-well-child       well-child visits from newborn to adolescent, school/daycare forms
  radiology-pacs        reports, dcmdump headers, PACS worklist, CD burn log, HL7 ORU
  billing-claims        CMS-1500, UB-04, EOB, prior auth, statements, 835 ERA, L&I claim
  case-management       discharge planning, APS/CPS referrals, DV, housing, SMS with CM
  home-health-hospice   OASIS SOC, hospice admission/IDG/death visit, aide EVV, telemonitor
  portal-messages       MyChart threads, e-mails, portal tickets, SMS reminders, e-visits
Conventions:
  - Titles and roles (Dr, Mr, RN, MD, DO, CNM, LM) stay outside name spans; suffixes
    (Jr) and particles stay inside. Names in HL7/X12/DICOM are one span including the carets or
    asterisks between name parts ("HOLM^ASTRID^K", "BEGAY*HAROLD").
    "Baby Girl"/"Baby Boy" are outside; the surname is marked. Staff initials alone (JB, TK,
    -MT) are not marked. Pet names are not marked.
  - Every named hospital, clinic, health system used as a care site, nursing home, pharmacy,
    school, shelter, funeral home and named workplace is LOCATION|geo, as are towns,
    neighbourhoods, streets without a number, intersections and GPS points. Payers, vendors
    (Epic, Dexcom, Lincare), police departments and state/federal agencies are not marked.
    States are never marked (in "Cleveland OH" only Cleveland).
  - A street address with a number is one ADDRESS|geo span, with or without town/state/ZIP;
    caret-separated HL7 addresses are one span.
  - DATE|date covers full dates, day+month, month+year, weekday+date and timestamps; when a
    time is written with a date the time is inside the span ("03/14/2024 07:52"). Years, times
    and durations alone are not marked. Licence expiry dates are marked.
  - AGE of every person (patient, child, relative) is marked; 90 or more is AGE|date. A unit
    glued to the number is inside ("42yo", "65y", "52F", "93F", "044Y"); separated by a space
    or slash only the number is marked ("67 F", "M/66", "9 mo").
  - All phone and fax numbers are marked, with any extension inside the span, including
    clinic, payer and employer lines; only 911, 988 and a public crisis line are left.
  - ID categories: ssn for SSNs in every form incl. last-4 ("XXX-XX-3392" whole, or "5521");
    mrn for MRN, chart, clinic, CSN, encounter and PatientID numbers; account for FIN,
    patient control/account, claim numbers, card last-4, bank accounts and L&I claim
    numbers; health_plan for MBI, Medicaid/CHIP, Medi-Cal CIN, NY CIN, AHCCCS, PMI,
    MassHealth, ProviderOne, insurer member/subscriber ids (group numbers are NOT marked);
    license for NPI (individual and facility), DEA, state medical/nursing/PT/midwife/CNA/CAC
    numbers, L&I provider numbers, driver licences and state ID cards; other for accession
    numbers, Study/Order UIDs, EMS/police/court/APS/CPS/incident/case/ticket/auth numbers,
    registry, tribal, screening-kit, NEMT trip, iPLEDGE, student, employee and donor codes.
  - ID|photo for file names or references to face photographs; ID|biometric for fingerprint,
    palm-vein and voiceprint template ids. DEVICE|device for serials of personal/implanted
    devices (pumps, CGMs, pacemakers, LVADs, O2 concentrators, hub MACs, UDIs incl. lot and
    serial); scanner/equipment serials, lot numbers and blood unit numbers are not marked.
  - VEHICLE|vehicle spans are the plate characters or VIN only, the state prefix stays outside.
  - EINs, NDCs, CLIA, MQSA, payer ids, bank routing numbers, ICD/CPT/HCPCS/rev codes are not
    marked.
How: cd /work/main && .venv/bin/python scripts/make_probe84_corpus.py (writes
corpus/redaction/probe84.jsonl).
"""

from pathlib import Path

from make_safe_harbor_suite import write_styled

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "corpus" / "redaction" / "probe84.jsonl"

ED_TRIAGE = [
    """ED TRACKING BOARD -- [[LOCATION|geo:Ben Taub Hospital]] -- refreshed [[DATE|date:03/14/2024 07:52]]
RM | PT | AGE/SEX | CC | ESI | RN | MD | LOS
ED-14 | [[PERSON|name:GUTIERREZ, ROSALINDA]] | [[AGE|other:67]] F | CP radiating L arm | 2 | TK | OA | 0:47
ED-15 | [[PERSON|name:WHITLOCK, DARNELL J]] | [[AGE|other:34]] M | MVC restrained, neck pain | 3 | TK | OA | 1:12
HALL-3 | [[PERSON|name:NGUYEN, BAO]] | [[AGE|date:91]] M | fall from standing, on Eliquis | 2 | MR | JL | 2:05
TRIAGE Q | (pending reg) | -- | abd pain, ?preg | 3 | -- | -- | 0:09
comment ED-15: HPD on scene, other driver TX plate [[VEHICLE|vehicle:NHT-4821]]; trop x2, ECG q15min ED-14""",
    """TRIAGE NOTE  [[LOCATION|geo:MetroHealth Medical Center]] ED, [[LOCATION|geo:Cleveland]] OH
Arrival: [[DATE|date:02/09/2024 23:41]] via EMS (Cuyahoga EMS run # [[ID|other:24-011873]])
Pt: [[PERSON|name:Kowalski, Theresa A.]] ([[AGE|other:65y]])  MRN [[ID|mrn:E004417829]]
CC: "can't catch my breath"  hx COPD, home O2 2L
VS: T 37.9 HR 118 RR 28 BP 156/92 SpO2 86% on 2L -> 93% NRB. ESI 2. GCS 15.
Duoneb x3, solumedrol 125 mg IV, BiPAP 10/5 if no improvement. Accompanied by daughter. Allergies: PCN (hives).""",
    """ED QUICK REG / TRIAGE -- [[LOCATION|geo:Harbor-UCLA Medical Center]]
Pt arrived ambulatory [[DATE|date:Sat 6/22/24]] 0214. Initially refused name, later ID'd from CA DL [[ID|license:D4829163]] as [[PERSON|name:Esteban Robles-Ochoa]], [[AGE|other:34]] yo M. Temp MRN merged into MRN [[ID|mrn:40018827]].
C/o lac R hand after punching window. 3 cm lac dorsal hand, cap refill <2s. Tdap given, lot U7041AA.
Belongings: wallet, phone, keys to silver Camry VIN [[VEHICLE|vehicle:2T17ATD39MJ054812]].
Reg photo for ID band: [[ID|photo:REGPHOTO_40018827_0622.jpg]]""",
    """[[LOCATION|geo:Bellevue]] CPEP/ED triage [[DATE|date:01-05-2024]] 16:20
[[PERSON|name:ABERNATHY, QUINN]]  [[AGE|other:27]]/F  MRN [[ID|mrn:7719320]]
BIBA NYPD after 911 call from roommate ([[PHONE|phone:917.555.0126]]). Pt reports SI w/ plan. C-SSRS high risk. 1:1 sitter, belongings searched.
Medicaid CIN [[ID|health_plan:KT41772Q]]. RN OS / MD KB. 988 info given. ESI 2, bed 22B.""",
    """TRIAGE -- [[LOCATION|geo:Grady Memorial Hospital]] ED  [[DATE|date:07/04/2024]] 22:58  TRAUMA ALPHA
Arrived as TRAUMA ZULU; identity confirmed by PatientSecure palm-vein scan, template [[ID|biometric:PS-88201944]] -> [[PERSON|name:Jamal Whitfield]], [[AGE|other:22]] M
GSW x2 LLE, tourniquet placed PTA 22:40. HR 132 BP 88/54 GCS 14. MTP activated.
APD case # [[ID|other:24-187734]]; officer at bedside. GA DL [[ID|license:058214473]]. Mother notified by SW.""",
    """triage 0312 [[DATE|date:12/18/23]] -- [[LOCATION|geo:hennepin healthcare]] ed
pt [[PERSON|name:lars emil haugen]] [[AGE|other:58m]], found down outside by bystander, core temp 34.1, etoh on breath, bal pending. ?frostbite bilat toes
no id on person; identity via fingerprint match from hcso booking, afis template [[ID|biometric:FP-MN-00731942]]
mrn [[ID|mrn:2219047]]. shelter: [[LOCATION|geo:Higher Ground Minneapolis]] [[PHONE|phone:612-555-0102 x14]]
esi 2. warm blankets, bair hugger, warm NS 1L.""",
    """#ED_BOARD_EXPORT [[LOCATION|geo:Banner - University Medical Center Phoenix]] [[DATE|date:2024-07-19T14:05]]
bed,name,age,sex,cc,esi,temp_f,attending,nurse
T2,"[[PERSON|name:Castillo, Ramon]]",[[AGE|other:71]],M,heat exhaustion found in car,2,105.8,DH,LB
H7,"[[PERSON|name:Mortensen, Ellis]]",[[AGE|date:93]],M,weakness,3,98.4,AS,RT
#comment T2: found in parked vehicle AZ plate [[VEHICLE|vehicle:CJK4M21]]; PHX PD notified. AHCCCS [[ID|health_plan:A38114927]]. ice packs, cold NS.""",
    """ED TRIAGE -- [[LOCATION|geo:University Medical Center New Orleans]]
Date/time: [[DATE|date:August 29, 2024]] 09:15
Pt [[PERSON|name:Thibodeaux, Claude]] [[AGE|other:76]] yo M from [[LOCATION|geo:Chalmette]]. Evacuee, HD pt missed Tx x2 days. K 6.8, peaked T waves.
Medicare MBI [[ID|health_plan:7WP4HX9WJ40]]. Son staying at [[ADDRESS|geo:2217 Elysian Fields Ave, New Orleans, LA 70117]].
ESI 1. Ca gluconate 1 g IV, insulin 10 u + D50.""",
    """[[LOCATION|geo:MGH]] ED -- triage [[DATE|date:3/2/24]] @1840
[[PERSON|name:DaSilva, Maria de Fatima]] [[AGE|other:52F]], Portuguese interpreter via phone line.
CC: HA worst of life, onset 1700, vomited x1. BP 188/104. NIHSS 0. CT head/CTA ordered.
MassHealth [[ID|health_plan:100382719044]]. Husband (cell) [[PHONE|phone:+1 617 555 0115]]. Pod C rm 9.""",
    """[[LOCATION|geo:HMC]] ED TRIAGE  [[DATE|date:10/27/2023]]  1120
[[PERSON|name:Takahashi, Kenji]], [[AGE|other:81]], M. Low-speed MVC, driver, airbag deployed, c/o sternal pain. ECG NSR, trop pending.
Vehicle per WSP: VIN [[VEHICLE|vehicle:1HG5YRBB6LH977118]], WA plate [[VEHICLE|vehicle:CBX4821]]. WA DL [[ID|license:WDL7Q2M4K9B3]].
Wife en route. ESI 3.""",
]

EHR_EXPORT = [
    """*** EPIC CHART EXPORT -- PRINTED [[DATE|date:04/22/2024 15:37]] ***
[[PERSON|name:ZAMORA, HECTOR LUIS]]   MRN: [[ID|mrn:00841726]]   Age: [[AGE|other:52]] y.o.  Sex: M
Address: [[ADDRESS|geo:4410 Westheimer Rd Apt 12B, Houston, TX 77027-4402]]
Email: [[EMAIL|email:hzamora71@gmail.com]]   SSN: [[ID|ssn:XXX-XX-3392]]   Coverage: BCBSTX PPO  Group 183220
Problem List: T2DM (E11.9), HTN (I10), OSA on CPAP (G47.33) -- ResMed AirSense 11 SN [[DEVICE|device:23224491372]]""",
    """PowerChart Document Export  |  [[LOCATION|geo:OhioHealth Riverside Methodist Hospital]]
Patient: [[PERSON|name:BRANDENBURG, KYLE R]]  FIN: [[ID|account:77001924418]]
Admit: [[DATE|date:14-JAN-2024 08:12]]  Attending: [[PERSON|name:Malhotra, Sunil]] MD
Dx: K85.20 alcohol-induced acute pancreatitis; lipase 1,204 -> 88. pantoprazole 40 mg PO daily.
Ohio Medicaid ID [[ID|health_plan:102938475610]] (CareSource).
Follow-up GI 2 wk, referral faxed to [[PHONE|fax:614-555-0199]].""",
    """Results Review -- [[PERSON|name:Lin, Mei-Hua]] ([[AGE|other:38]] y.o. F) MRN [[ID|mrn:62039918]]
Collected: [[DATE|date:05/06/2024 0730]]  Accession [[ID|other:24-127-00391]]
Component        Value    Ref range     Flag
TSH              0.02     0.45-4.50     L
Free T4          3.1      0.8-1.8       H
TRAb             6.4      <1.75         H
Ordering MD CA lic [[ID|license:A148203]]. Performing lab: Quest Diagnostics, CLIA 05D0642827
Chart photo: [[ID|photo:LinMH_face_2023.jpg]]""",
    """[[LOCATION|geo:NYU Langone Tisch]] -- H&P -- signed [[DATE|date:11/02/2023 21:14]]
Pt: [[PERSON|name:Goldfarb, Miriam]] | Rm 17W-1722
HPI: [[AGE|date:94yo]] woman w/ AF (apixaban 2.5 BID), CKD3b, presenting after mechanical fall, no LOC.
Pacemaker: Medtronic Azure XT DR, serial [[DEVICE|device:RNB604221S]] -- interrogated, normal function.
HCP son [[PHONE|phone:(718) 555-0173]]; Medicare MBI [[ID|health_plan:3AE2PY9CY66]]. Attg DO / res KB""",
    """MSH|^~\\&|CERNER|[[LOCATION|geo:PIEDMONT ATLANTA]]|HIE|GA|[[DATE|date:20240308141522]]||ADT^A04|MSG00019|P|2.5.1
PID|1||[[ID|mrn:PA00418821]]^^^EPI^MR~[[ID|ssn:259-48-1177]]^^^SSA^SS||[[PERSON|name:WASHINGTON^TAMIKA^L]]||[[DATE|date:19850612]]|F|||[[ADDRESS|geo:1190 MORELAND AVE SE APT 4^^ATLANTA^GA^30316]]||[[PHONE|phone:(404)555-0121]]
PV1|1|E|ED^14^01||||||||||||||||V""",
    """DISCHARGE SUMMARY  [[LOCATION|geo:Abbott Northwestern Hospital]]
[[PERSON|name:Vang, Pa Nhia]]  DOB [[DATE|date:03/27/2001]]  MRN [[ID|mrn:A0992184]]
Admitted [[DATE|date:2/11/2024]] DKA, pH 7.08, BHB 6.2. Insulin gtt -> basal-bolus. Restarted Dexcom G7, sensor SN [[DEVICE|device:8G4N2K7TQX]].
Dispo home w/ sister at [[ADDRESS|geo:720 Sherburne Ave, St Paul MN 55104]]. Endo f/u 1 wk.
D/C by attending (MN lic [[ID|license:62318]]).""",
    """Medication List -- printed [[DATE|date:09-12-2023]] -- [[LOCATION|geo:HonorHealth Deer Valley Medical Center]]
Patient [[PERSON|name:Ortega-Billie, Renata]]
 - oxycodone 5 mg q6h prn #20 (NDC 0406-0552-01), Rx by PW, DO, DEA [[ID|license:BW3633030]]
 - metformin 1000 mg BID
 - lisinopril 20 mg daily
Preferred pharmacy: [[LOCATION|geo:Walgreens at 7th St & Bell Rd]], fax [[PHONE|fax:602-555-0187]]
EPCS signed w/ fingerprint token [[ID|biometric:FPT-AZ-0091744]]""",
    """Progress Note -- [[LOCATION|geo:Ochsner Medical Center]] -- [[DATE|date:Tue 01/16/24]]
Pt [[PERSON|name:Boudreaux, Alcide]] [[AGE|other:69M]]  MRN [[ID|mrn:1049938271]]
S: pt states "feelin bettr", no driveline drainage.
LVAD: HeartMate 3, pump SN [[DEVICE|device:HM3-0198847]]. Flow 4.8, speed 5400, PI 3.6.
INR 2.4 on warfarin. Wife at bedside. Dispo: likely [[LOCATION|geo:Touro Rehab]] vs home.""",
    """SNAPSHOT -- [[PERSON|name:O'Sullivan, Brendan]] -- [[AGE|other:45]] y.o. M -- MRN (BWH) [[ID|mrn:10473821]]
Care team: PCP [[PERSON|name:Rachel Kim-Ferreira]], MD
MyChart: Active, last login [[DATE|date:06/03/2024 22:41]] from IP [[IP|ip:73.114.208.19]]
Employer: [[LOCATION|geo:Boston Public Library]]
Implantable loop recorder: Reveal LINQ SN [[DEVICE|device:RLA401284G]]
Problems: syncope (R55), Brugada pattern (I49.8)""",
    """ACCESS LOG EXTRACT (privacy review)
patient [[PERSON|name:Sorensen, Ingrid M]] MRN [[ID|mrn:U2210398]]
timestamp,user,role,action,workstation_ip
[[DATE|date:2024-02-03 01:12:44]],[[PERSON|name:BAXTER, JOEL]],RN,open chart,[[IP|ip:10.42.18.77]]
[[DATE|date:2024-02-05 09:02:33]],[[PERSON|name:SORENSEN, ERIK]],Lab Tech,view results,[[IP|ip:fe80::1c4a:7bff:fe22:9d10]]
Flag: user shares surname with patient -- possible relative access. Privacy case # [[ID|other:PRV-2024-0117]]""",
]

BH_INTAKE = [
    """BEHAVIORAL HEALTH INTAKE -- [[LOCATION|geo:Integral Care Dove Springs]]
Client: [[PERSON|name:Tyler Beaumont]] ("[[PERSON|name:Ty]]"), [[AGE|other:29]] y/o male | SSN [[ID|ssn:461 82 9034]]
Referred by APD mental health officer. PHQ-9 = 19, GAD-7 = 15, AUDIT-C 9. C-SSRS screener neg.
Lives at [[ADDRESS|geo:2603 E Oltorf St Apt 214, Austin, TX 78741]] with partner. Works at [[LOCATION|geo:H-E-B Riverside]].
Crisis: 988 and 24/7 line 512-472-4357 reviewed.""",
    """SUD ASSESSMENT (42 CFR Part 2 protected) -- [[LOCATION|geo:Maryhaven]]
Pt: [[PERSON|name:JESSUP, AMBER N]]  [[AGE|other:32]] F
OARRS: 3 prescribers, 4 pharmacies in 12 mo. IV fentanyl daily x2 yrs, last use 0600 today; COWS 11. ASAM 3.7-WM.
Ohio Medicaid [[ID|health_plan:940017238564]]
PO [[PHONE|phone:614-555-0138 ext. 212]], case # [[ID|other:23CR-004417]]
2 children w/ grandmother in [[LOCATION|geo:Grove City]].""",
    """5150 SUMMARY / INTAKE -- [[LOCATION|geo:Santa Clara Valley Medical Center]] EPS
Detained [[DATE|date:11/19/2023]] 2140 by SJPD.
Client: [[PERSON|name:Alvarez, Dominic]]  [[AGE|other:41]]  male  Medi-Cal CIN [[ID|health_plan:91827364A]]
Collateral: mother [[PHONE|phone:408-555-0190]]; stopped Invega Sustenna 3 mo ago.
Found on [[LOCATION|geo:Story Rd]] directing traffic, grossly disorganized. BPRS 62. Hold 72h.
Psychiatrist HM, MD, CA lic [[ID|license:G87104]].""",
    """[[LOCATION|geo:Zucker Hillside Hospital]] -- adolescent intake [[DATE|date:4/9/24]]
ID: [[PERSON|name:Sofia Castellano-Reyes]], [[AGE|other:15]] yo F, 10th grade at [[LOCATION|geo:Forest Hills High School]]
Accomp. by father (work [[PHONE|phone:212-555-0100 x4471]])
HPI: cutting x3 mo, disclosed to school counselor. Posts on [[URL|url:instagram.com/sofi.cr.07]] reviewed w/ consent.
Prior ACS report 2022, case # [[ID|other:2024-BX-118274]]. CDI 24, SCARED 38.""",
    """INTAKE -- [[LOCATION|geo:Atlanta VA Medical Center]] BHIP
Veteran: [[PERSON|name:Cornelius T. Holloway Jr]]  SSN [[ID|ssn:258-71-4406]]
Check-in by last 4 ([[ID|ssn:4406]]). Age [[AGE|other:57]]. Army 1987-2009, OIF x2. PCL-5 = 58. Prazosin 2 mg qhs.
Wife [[PHONE|phone:678-555-0156]]. Lives [[LOCATION|geo:Stone Mountain]].
Firearms: 2 handguns locked; lethal means counseling done. Veterans Crisis Line 988 press 1.""",
    """DIAGNOSTIC ASSESSMENT -- [[LOCATION|geo:People Incorporated Mental Health Services]]
Client [[PERSON|name:Abdirahman Warsame]] [[AGE|other:24M]], Somali interpreter (agency).
DOB [[DATE|date:01/01/2000]] (per I-94). Address [[ADDRESS|geo:1920 S 4th St #1107, Minneapolis, MN 55454]]
MA PMI [[ID|health_plan:00918274]]
Dx F43.10. PHQ-9 14. Next appt [[DATE|date:Thursday 5/16]] 1pm w/ LICSW.""",
    """CRISIS INTAKE -- [[LOCATION|geo:Crisis Response Center]]
Date: [[DATE|date:2023-12-24]]  time in 03:30
Pt [[PERSON|name:Nakai, Brandon]] [[AGE|other:33]], brought by TPD on Title 36 petition # [[ID|other:MH2023-004418]]
Navajo Nation census # [[ID|other:NN-3310472]]
UDS + amphetamine, THC. Paranoid, no HI/SI. Olanzapine 10 mg IM x1.
Pt's truck (AZ [[VEHICLE|vehicle:CNR7721]]) impounded.""",
    """PRE-ADMISSION SCREEN -- [[LOCATION|geo:Oceans Behavioral Hospital of Baton Rouge]]
Name: [[PERSON|name:Landry, Beau-Michel]], goes by "[[PERSON|name:Micky]]", [[AGE|date:90]] yo M, vascular dementia w/ agitation at [[LOCATION|geo:St. James Place]] memory care.
Medicare MBI [[ID|health_plan:7UK8GE5TV07]]
POA niece: [[EMAIL|email:chebert.br@yahoo.com]]
Referring MD fax [[PHONE|fax:225-555-0107]]. BIMS 6/15. CMAI 71.""",
    """INTAKE -- [[LOCATION|geo:McLean Hospital]] -- eating disorders program
Pt [[PERSON|name:Hannah Whitcombe]], [[AGE|other:19]] F, sophomore at [[LOCATION|geo:Tufts]], student ID [[ID|other:1402887]].
BMI 15.8, HR 44 supine, orthostatic +28. EDE-Q global 4.6.
Parents' home [[ADDRESS|geo:14 Larch Rd, Wellesley, MA 02481]]
Tufts Health Plan member [[ID|health_plan:THP0091827344]]. Safety plan written.""",
    """TELEHEALTH BH INTAKE
Visit link: [[URL|url:https://vv.soundhealth-telehealth.org/join/8842-KQ7M-ZW]]  session IP [[IP|ip:2601:602:8b80:51a0::1f3]]
Pt [[PERSON|name:Rowan Ellery-Cho]] (they/them), [[AGE|other:26]]; location for 911 dispatch: [[ADDRESS|geo:1402 S 11th St Unit 3, Tacoma, WA 98405]]
ProviderOne ID [[ID|health_plan:108823491WA]]
Voiceprint for pharmacy refill line deleted per request (template [[ID|biometric:VP-77301-A]]).""",
]

OB_LD = [
    """L&D TRIAGE -- [[LOCATION|geo:Parkland Memorial Hospital]] OB ED  [[DATE|date:01/22/2024]] 0340
[[PERSON|name:Hernandez, Yareli]] [[AGE|other:23]] yo G2P1001 @ 38w4d by 8 wk US. EDD [[DATE|date:01/29/2024]].
ctx q4-5 min since 2300, +LOF 0100 clear. SVE 4/80/-1. FHT 135, mod var, +accels, Cat I.
GBS neg. Rh+. Rubella immune. MRN [[ID|mrn:0088234112]]
FOB [[PHONE|phone:214-555-0133]].""",
    """DELIVERY NOTE -- [[LOCATION|geo:Good Samaritan Hospital]] [[LOCATION|geo:Cincinnati]]
Mother: [[PERSON|name:Beckett, Shauna]]  [[AGE|other:31]] y/o G1P0 -> P1001
Delivered [[DATE|date:3/18/2024]] at 1422 -- NSVD, female, Apgars 8/9, wt 3410 g. 2nd degree lac, 3-0 Vicryl. EBL 350 mL.
Baby Girl [[PERSON|name:Beckett]]; Hugs tag [[DEVICE|device:HUGS-5521-09]]
Delivering CNM LF, NPI [[ID|license:1790185353]].""",
    """OB H&P -- [[LOCATION|geo:Cedars-Sinai]] L&D -- [[DATE|date:Jun 3 2024]]
Pt: [[PERSON|name:Tanaka-Moreau, Elise]] [[AGE|other:42yo]] G3P0020 @ 39w0d, IVF (FET at [[LOCATION|geo:CCRM Orange County]]), donor egg code [[ID|other:DE-44812]]
Scheduled primary CS for breech. Placenta posterior, no previa. O neg; RhoGAM given 28 wk, lot RHG2281.
Husband [[PHONE|phone:+1 (424) 555-0161]]. Spinal.""",
    """[[LOCATION|geo:Lincoln Hospital]] [[LOCATION|geo:Bronx]] -- L&D event note [[DATE|date:09/09/2023]] 0512
[[PERSON|name:MENDEZ, ANA LUCIA]] [[AGE|other:36]] y/o P3 s/p NSVD 0431 -- PPH QBL 1600 mL. TXA 1 g, carboprost 250 mcg IM x2, 2U pRBC (units W036823187401, W036823187402).
Rapid response called by RN [[PERSON|name:Yolanda Price]].
MRN [[ID|mrn:H0038827194]]. Incident report # [[ID|other:IR-23-09-0412]] filed.""",
    """MATERNAL TRANSFER -- from [[LOCATION|geo:Tanner Medical Center/Villa Rica]] to [[LOCATION|geo:Northside Hospital Atlanta]]
[[DATE|date:Feb 14, 2024]] 1830
Pt [[PERSON|name:Lakeisha Mobley]], [[AGE|other:27]], G4P2 @ 29w3d, severe preE: BP 172/114, plt 88K, AST 212. Mag 1700, BMZ #1 1715.
Records faxed to [[PHONE|fax:404-555-0172]]. Partner driving separately, silver Altima GA tag [[VEHICLE|vehicle:CTH4419]].""",
    """BIRTH CERTIFICATE WORKSHEET -- [[LOCATION|geo:St. Cloud Hospital]]
Child: [[PERSON|name:Oliver James Lindgren]]  DOB [[DATE|date:05/02/2024]]  time 0807  sex M  wt 3.88 kg
Mother: [[PERSON|name:Kristin Marie Lindgren]]  SSN [[ID|ssn:472-19-6630]]
Residence: [[ADDRESS|geo:3315 Pine Ridge Ct, Sartell, MN 56377]]
Father SSN [[ID|ssn:471 55 2018]]. Newborn SSN requested: Y. Newborn screen card # [[ID|other:MN24-0502-11873]]""",
    """FLOWSHEET L&D -- [[LOCATION|geo:Banner Desert Medical Center]] -- [[PERSON|name:Soto, Guadalupe]] -- [[DATE|date:11/11/23]]
time | SVE | FHR | ctx | pit mU/min | RN
0800 | 3/50/-2 | 140 | q3 | 2 | JB
1000 | 5/70/-1 | 145 | q2-3 | 6 | JB
1200 | 8/90/0 | 130 late decels x2 | q2 | off | JB / Dr [[PERSON|name:Chee]]
1241 | complete/+2 | 120 | -- | -- | CNM [[PERSON|name:Whitehorse]]
comments: pt [[AGE|other:20yo]] G1, AHCCCS [[ID|health_plan:A55019283]]""",
    """PRENATAL RECORD (transfer of care) -- [[LOCATION|geo:Woman's Hospital]] [[LOCATION|geo:Baton Rouge]]
Pt: [[PERSON|name:Broussard, Danielle]]  [[AGE|other:27]]   EDD [[DATE|date:07/15/2024]] by LMP, c/w 11w US
Labs: HIV NR, RPR NR, HBsAg neg, 1h GTT 162 -> 3h passed. Hgb 10.1.
Prior CS x1 (2019, [[LOCATION|geo:Lafayette General]]).
Healthy Blue Medicaid [[ID|health_plan:8812003745016]]
Home [[ADDRESS|geo:5540 Highland Rd Apt 22, Baton Rouge, LA 70808]]""",
    """e-Consent record -- [[LOCATION|geo:Beth Israel Deaconess]] -- Cesarean delivery
Patient: [[PERSON|name:Nkemdirim, Chiamaka]]  MRN [[ID|mrn:3318027]]
Signed [[DATE|date:2024-08-21 06:58:11]] EDT from IP [[IP|ip:155.37.114.203]], tablet L&D-07. Witness RN SM.
Sterilization consent (federal form) signed [[DATE|date:06/12/2024]], >30 days.
MassHealth [[ID|health_plan:100499812733]]""",
    """TRANSFER FROM PLANNED HOME BIRTH -- [[LOCATION|geo:Swedish First Hill]] L&D [[DATE|date:12/30/2023]]
Midwife GS, LM (WA lic [[ID|license:MW60419283]])
Pt [[PERSON|name:Faye Okonkwo-Hale]] [[AGE|other:34]] G2P1 41w2d, prolonged 2nd stage 4h, maternal T 38.3.
Premera member [[ID|health_plan:PRX884019271]]
Partner [[EMAIL|email:samhale.pdx@proton.me]]; midwife records faxed from [[PHONE|fax:206-555-0146]].""",
]

PEDS_WCC = [
    """WELL CHILD 12 MO -- [[LOCATION|geo:Texas Children's Pediatrics Bellaire]]
Pt [[PERSON|name:Mateo Salinas]] DOB [[DATE|date:03/02/2023]] ([[AGE|other:12]] mo)  MRN [[ID|mrn:TCH02291834]]
Wt 9.8 kg (52%ile), L 75 cm (48%), HC 46 cm.
Vaccines: MMR, Varivax, HepA #1, PCV20 #4 (lots Y012345, W9931). Lead 2 mcg/dL. Hgb 11.8.
Mom says 3 words. ASQ-3 passed. CHIP member [[ID|health_plan:714488210]]. Next WCC [[DATE|date:June 2024]] (15 mo).""",
    """4 YR WELL VISIT -- [[LOCATION|geo:Nationwide Children's Hilltop Primary Care]] -- [[DATE|date:10/03/2023]]
[[PERSON|name:Aaliyah Jones-Pierce]], [[AGE|other:4yo]] F, w/ grandmother (legal custodian, order # [[ID|other:22JU-08819]]).
Preschool: [[LOCATION|geo:Westgate Head Start]]. Hearing/vision pass. BMI 17.2 (88%ile).
DTaP #5, IPV #4, MMRV #2 given. Grandmother [[PHONE|phone:614.555.0191]]""",
    """Visita nino sano 2 meses -- [[LOCATION|geo:Clinica Sierra Vista East Bakersfield]]
Pt: [[PERSON|name:Camila Guadalupe Ibarra]] DOB [[DATE|date:1/14/24]] ([[AGE|other:8]] wk)
CA newborn screen normal, form # [[ID|other:NBS-2401-774912]]. HepB #1 in nursery.
Today: DTaP-IPV-Hib-HepB, PCV20, RV #1. Madre [[AGE|other:19]] anos, WIC enrolled. Edinburgh 8.
Medi-Cal CIN [[ID|health_plan:94418827B]].""",
    """ADOLESCENT WELL VISIT -- [[LOCATION|geo:Mount Sinai Adolescent Health Center]] -- [[DATE|date:5/20/2024]]
[[PERSON|name:Jordan Feliciano]], [[AGE|other:15]] y.o. Mom in waiting room.
HEADSS (confidential): sexually active, 1 partner; Nexplanon placed L arm, lot S014327.
Parent proxy disabled; teen portal invite [[URL|url:https://mychart.mountsinai.org/teen/activate?code=JF8821QX]]
Child Health Plus member [[ID|health_plan:CHP40018827]]. Pt-preferred phone [[PHONE|phone:646-555-0122]] (text ok).""",
    """WCC 6 yr + school forms -- [[LOCATION|geo:CHOA Town Center Pediatrics]]
Pt [[PERSON|name:Elijah Boateng]] [[AGE|other:6]] yo M. Form 3231 completed; GRITS client ID [[ID|other:9918274]].
Asthma: albuterol HFA prn, action plan to [[LOCATION|geo:Due West Elementary]] nurse, fax [[PHONE|fax:770-555-0149]].
Dad [[EMAIL|email:kboateng.atl@outlook.com]]. BMI 15.9, BP 96/58.""",
    """NEWBORN WEIGHT CHECK -- [[LOCATION|geo:Entira Family Clinics Woodbury]]
Baby boy [[PERSON|name:Minh Nguyen]] DOB [[DATE|date:08/14/2024]] ([[AGE|other:4]] days)
BW 3.62 kg, today 3.41 kg (-5.8%). TcB 11.2 at 96h, below photo threshold. CCHD pass. Hearing pass.
MN newborn screen kit [[ID|other:MNNS240814-3392]]. HealthPartners member [[ID|health_plan:HP10028174401]]
Dad cell [[PHONE|phone:651-555-0157]].""",
    """WCC 9 MO -- [[LOCATION|geo:Tuba City Regional Health Care]]
Pt: [[PERSON|name:Tsosie, Aiyana]]  [[AGE|other:9]] mo F  Chart # [[ID|mrn:TC-0082193]]
Wt 8.1 kg (30%). ASQ communication borderline -> recheck 12 mo. Fluoride varnish.
Grandmother in [[LOCATION|geo:Cameron]], no home phone. Census # [[ID|other:NN-2204971]]
PHN home visit: blue hogan 2 mi N of trading post, GPS [[LOCATION|geo:35.9001, -111.4122]]""",
    """18 MONTH WELL -- [[LOCATION|geo:Children's Hospital New Orleans Metairie Clinic]]
[[PERSON|name:Jaylen Batiste]], DOB [[DATE|date:1-8-2023]], [[AGE|other:18]] mo
M-CHAT-R 5 -> follow-up interview positive. EarlySteps referral # [[ID|other:ES-24-118830]]
Hgb 10.4 -> iron. Lead 6 -> recheck; home built 1940s, [[ADDRESS|geo:2719 N Robertson St, New Orleans 70117]]
Mom [[PHONE|phone:504 555 0195]]""",
    """11 Y WCC -- [[LOCATION|geo:CHA Windsor Street Care Center]] -- [[DATE|date:Sept 18, 2023]]
[[PERSON|name:Leo Abramowitz-Chen]] [[AGE|other:11]] y/o M, w/ parent.
Tdap, MenACWY, HPV #1 given. Scoliosis screen neg. Concussion [[DATE|date:Jan 2023]] (hockey), resolved.
Sports form for [[LOCATION|geo:Vassal Lane Upper School]]. Proxy e-mail [[EMAIL|email:naomi.chen.arch@gmail.com]]""",
    """2 YR WCC -- [[LOCATION|geo:Odessa Brown Children's Clinic]]
[[PERSON|name:Amara Haile]] [[AGE|other:2]] y F. T1D dx at 19 mo; Tandem t:slim X2 SN [[DEVICE|device:1144820]] + Dexcom G6 transmitter [[DEVICE|device:8QX4T2]]. A1c 7.4%.
Parents [[PHONE|phone:206-555-0178]]. Diabetes care plan faxed to childcare [[PHONE|fax:206-555-0150]].""",
]

RADIOLOGY = [
    """CT ABDOMEN/PELVIS W CONTRAST -- [[LOCATION|geo:UT Southwestern Clements University Hospital]]
Patient: [[PERSON|name:ESPINOZA, RAUL]]  MRN [[ID|mrn:UT20041872]]  Acc# [[ID|other:CT24031188204]]
Exam: [[DATE|date:03/11/2024 14:32]]  Ordering: [[PERSON|name:Kapoor, Nisha]] MD
TECHNIQUE: 100 mL Omnipaque 350 IV. CTDIvol 9.8, DLP 612 mGy-cm.
FINDINGS: Appendix 13 mm with periappendiceal stranding, no abscess.
IMPRESSION: Acute uncomplicated appendicitis.
Critical result called to Dr. [[PERSON|name:Kapoor]] 1501 by MO; read back.""",
    """dcmdump excerpt
(0008,0020) DA [[[DATE|date:20240117]]]   # StudyDate
(0008,0030) TM [093512]   # StudyTime
(0008,0050) SH [[[ID|other:CCF240117MR0093]]]   # AccessionNumber
(0008,0080) LO [[[LOCATION|geo:CLEVELAND CLINIC MAIN CAMPUS]]]   # InstitutionName
(0010,0010) PN [[[PERSON|name:KRUEGER^BETHANY^ANN]]]   # PatientName
(0010,0020) LO [[[ID|mrn:CC44817720]]]   # PatientID
(0010,0030) DA [[[DATE|date:19790228]]]   # PatientBirthDate
(0010,1010) AS [[[AGE|other:044Y]]]   # PatientAge
(0018,0087) DS [3]   # MagneticFieldStrength
(0018,1000) LO [45521]   # DeviceSerialNumber (scanner)
(0020,000d) UI [[[ID|other:1.2.840.113619.2.55.3.604688119.971.1705480512.114]]]   # StudyInstanceUID""",
    """SCREENING MAMMOGRAM BILATERAL W TOMO -- [[LOCATION|geo:Sutter Roseville Medical Center]]
Pt [[PERSON|name:Pham, Linh T]] [[AGE|other:52F]]  Acc [[ID|other:MG-2024-0415-0771]]
Prior from [[LOCATION|geo:Kaiser Roseville]] loaded from CD. Density C.
FINDINGS: 6 mm group of amorphous calcs R breast UOQ 10:00, 6 cm FN. BI-RADS 4B. Stereotactic bx recommended.
Letter mailed to [[ADDRESS|geo:2214 Stone Canyon Dr, Roseville, CA 95661]]; pt prefers text [[PHONE|phone:916-555-0132]]
MQSA facility 219834.""",
    """MRI SAFETY SCREEN / MRI BRAIN W/WO -- [[LOCATION|geo:Staten Island University Hospital]]
[[PERSON|name:Russo, Vincent]], [[AGE|other:74]] M, MRN [[ID|mrn:N3017284]], Parkinson's disease s/p DBS
Implant: Medtronic Percept PC IPG serial [[DEVICE|device:NWL210447H]], leads model 3387. MR-conditional; MRI mode set by rep.
Exam [[DATE|date:12/07/2023]]. SAR limit 0.1 W/kg head.
FINDINGS: DBS leads bilat STN. No acute infarct. Fazekas 1. Wife for transport [[PHONE|phone:718-555-0136]].""",
    """PACS WORKLIST -- [[LOCATION|geo:Emory University Hospital Midtown]] -- reading rm 2
STAT | NAME | EXAM | ACC | TECH
Y | [[PERSON|name:CALLOWAY, BRENDA]] | CTA CHEST PE | [[ID|other:EM2404150118]] | JR
N | [[PERSON|name:OKONJO, EMEKA]] | XR CHEST 2V | [[ID|other:EM2404150122]] | JR
Y | [[PERSON|name:FARRIS, LUTHER]] | CT HEAD WO | [[ID|other:EM2404150125]] | AD
note: [[PERSON|name:FARRIS]] is [[AGE|date:96]], code stroke 0912, NIHSS 14.""",
    """CT CHEST LDCT LUNG SCREENING -- [[LOCATION|geo:Mayo Clinic]]
Pt: [[PERSON|name:Erickson, Dale]] M/[[AGE|other:66]]  Clinic # [[ID|mrn:3-118-294]]
45 pack-yr, quit [[DATE|date:March 2019]].
Lung-RADS 4A: 9 mm solid nodule RUL (image 84/210). 3-mo LDCT. Moderate coronary calcification.
Letter sent [[DATE|date:1/9/24]]; pt lives [[LOCATION|geo:Zumbrota]].""",
    """OUTSIDE IMAGE / CD BURN LOG -- [[LOCATION|geo:Phoenix Children's]] Radiology
Requested by mother, ID verified AZ DL [[ID|license:D07719284]]
Patient: [[PERSON|name:Ruiz-Pena, Santiago]] MRN [[ID|mrn:PCH1187204]]
XR forearm 2V [[DATE|date:10/02/2023]] (acc [[ID|other:PCX23100200418]]) and 4-wk f/u
Mailed to [[ADDRESS|geo:4519 W Glendale Ave Apt 208, Glendale, AZ 85301]]
Share link (7 d): [[URL|url:https://share.lifeimage.com/s/PCH-9XQ71RKD]]""",
    """IR PROCEDURE: R IJ PORT PLACEMENT -- [[LOCATION|geo:Ochsner LSU Health Shreveport]]
Pt [[PERSON|name:Delacroix, Simone]] [[AGE|other:58]] y/o F, breast CA (C50.911)
Date: [[DATE|date:05/14/2024]]  Operator PH, MD; sedation RN KJ
Device UDI [[DEVICE|device:(01)00801741096487(17)270131(10)REDV1234(21)PP88271039]]
Fentanyl 100 mcg, midazolam 2 mg. Fluoro 1.2 min, 14 mGy.
Report faxed to [[LOCATION|geo:Feist-Weiller Cancer Center]], [[PHONE|fax:318-555-0128]]""",
    """TELERAD PRELIM (overnight) -- for [[LOCATION|geo:Cape Cod Hospital]]
Received 02:17 via gateway [[IP|ip:192.168.40.21]]
Pt [[PERSON|name:MCALLISTER, FIONA]] [[AGE|other:29]] F; CT head wo.
Prelim: no acute hemorrhage, no mass effect.
Called to ED 02:41 at [[PHONE|phone:508-555-0170 x3301]]
Rad TE, MD (MA lic [[ID|license:263918]], NPI [[ID|license:1111592972]])""",
    """ORU^R01 radiology result (excerpt)
PID|1||[[ID|mrn:V7720193]]^^^EPI^MR||[[PERSON|name:HOLM^ASTRID^K]]||[[DATE|date:19520903]]|F|||[[ADDRESS|geo:1512 NW 65TH ST^^SEATTLE^WA^98117]]
OBR|1|[[ID|other:ORD88401723]]|[[ID|other:VM24060500331]]|71275^CTA CHEST^CPT|||[[DATE|date:202406051122]]
OBX|1|TX|IMP||No PE. 4 mm RML nodule, no f/u per Fleischner (low risk).
Viewed on portal from [[IP|ip:2600:1700:5a20:84f0:9d3:4411:ae6:71c2]]""",
]

BILLING = [
    """CMS-1500 (02/12) -- text render
1. [X] Medicaid   1a. INSURED'S ID: [[ID|health_plan:618830274]]
2. PATIENT NAME: [[PERSON|name:REYNA, ALEJANDRO M]]   3. DOB [[DATE|date:07 21 1983]] SEX M
5. PATIENT ADDRESS: [[ADDRESS|geo:1107 PECAN VALLEY DR, SAN ANTONIO, TX 78210]]
21. ICD: A. J45.41  B. J30.9
24. [[DATE|date:01 09 24]] | POS 11 | 99214 25 | $185.00 | 1 | NPI [[ID|license:1264866629]]
25. FED TAX ID 74-2918330   26. PATIENT ACCT NO [[ID|account:SA-00418827]]""",
    """UB-04 SUMMARY
FL3a PAT CNTL #: [[ID|account:UH7730018827]]
FL4 TOB 0111   FL6 STATEMENT [[DATE|date:021024]]-[[DATE|date:021424]]
FL8 [[PERSON|name:PRZYBYLSKI, WALTER]]  FL9 [[ADDRESS|geo:6612 FLEET AVE, CLEVELAND OH 44105]]
FL10 BIRTHDATE [[DATE|date:04161941]]  FL11 SEX M
0120 R&B SEMI 4 $11,600.00 | 0250 PHARMACY $2,118.40 | 0300 LAB $1,944.00 | 0450 ER $3,210.00
FL50 MEDICARE PART A   FL60 INSURED ID [[ID|health_plan:3KU8P17WN55]]
FL67 I50.23   FL71 DRG 292   FL76 ATTENDING NPI [[ID|license:1824488690]]""",
    """EXPLANATION OF BENEFITS -- THIS IS NOT A BILL -- Blue Shield of California
Member: [[PERSON|name:Kaur, Harpreet]]   Member ID [[ID|health_plan:XEA918273344]]   Group W0051872
Mailing: [[ADDRESS|geo:3391 Mission St Apt 5, San Francisco CA 94110-4214]]
Claim # [[ID|account:BSC24080177211]]   Patient: [[PERSON|name:Kaur, Simran]] (dependent)
Provider: [[LOCATION|geo:UCSF Benioff Children's Hospital Oakland]]
Svc [[DATE|date:02/27/2024]] | 99283 | billed $612.00 | allowed $288.14 | plan paid $230.51 | you owe $57.63
Remark N130. Appeal within 180 days.""",
    """PRIOR AUTHORIZATION REQUEST -- PHARMACY -- Fidelis Care -- fax to [[PHONE|fax:1-866-555-0135]]
Member: [[PERSON|name:Abdullah, Yusuf]]  Member ID [[ID|health_plan:F4410928374]]
Drug: Ozempic 1 mg/wk, NDC 0169-4130-13, 3 mL/28d. Dx E11.65, E66.01 (BMI 41.2)
Failed metformin ER 2000 mg x3 yrs, glipizide. A1c 9.4%.
Prescriber NP -- NPI [[ID|license:1473683500]] -- DEA [[ID|license:MB3137672]]
PA ref # [[ID|other:PA-NY-24-0098812]] APPROVED [[DATE|date:12/20/2023]] - [[DATE|date:12/19/2024]]""",
    """PATIENT STATEMENT -- [[LOCATION|geo:Wellstar Kennestone Hospital]]
Guarantor: [[PERSON|name:Hollins, Marcus D]]   Account # [[ID|account:WK40018273]]
Patient: dependent (minor)   Service [[DATE|date:03/19/2024]] ED visit
Charges $4,812.00 | ins adj -$3,120.44 | ins paid -$1,041.56 | balance $650.00
Pay online: [[URL|url:https://pay.wellstar.org/guest?acct=WK40018273&z=30064]]
Card on file: Visa ending [[ID|account:4709]]. Plan 6 x $108.33, autopay checking [[ID|account:000418827391]], routing 061000104""",
    """APPEAL -- LEVEL 1 -- UCare Appeals & Grievances
RE: [[PERSON|name:Bjornstad, Gail]], ID [[ID|health_plan:U7718204401]]
Claim [[ID|account:UC2403110047]], DOS [[DATE|date:01/26/2024]], denied CO-50: CGM (HCPCS E2103, A4239).
Member has T2DM on basal insulin with Level 2 hypoglycemia (48 and 51 mg/dL); meets LCD L33822.
Receiver SN [[DEVICE|device:G7-3MKQ9X2L]].
Sincerely, PH, MD, NPI [[ID|license:1060917030]], fax [[PHONE|fax:218-555-0162]]""",
    """835 ERA (readable) -- Payer: Mercy Care   EFT trace 0003318827
Payee: [[LOCATION|geo:Valleywise Community Health Center Maryvale]] NPI [[ID|license:1588675615]]
CLP*[[ID|account:VW88120044]]*1*420*210.44**MC*[[ID|account:24073000183320]]~
NM1*QC*1*[[PERSON|name:BEGAY*HAROLD]]****MI*[[ID|health_plan:A10928374]]~
DTM*232*[[DATE|date:20240611]]~
SVC*HC:99213*180*92.11**1~CAS*CO*45*87.89~""",
    """PA CALL LOG -- eviCore for Humana MA
[[DATE|date:06/03/24]] 10:14 spoke w/ rep
Pt [[PERSON|name:Fontenot, Lucien]] [[AGE|other:71]] MBI [[ID|health_plan:6AA4TP0FJ03]]
MRI L-spine wo (72148), M54.16; 8 wks PT failed.
Case # [[ID|other:EVI-281774930]] pended; OV notes faxed to [[PHONE|fax:888-555-0193]] 10:40.
Ordering MD LA lic [[ID|license:MD.201847]]
Approved 2 days later, auth # [[ID|other:A24157-33920]], valid 60 days.""",
    """FINANCIAL COUNSELING -- MassHealth/HSN -- [[LOCATION|geo:Boston Medical Center]]
Applicant [[PERSON|name:Dorcelus, Jean-Baptiste]] SSN [[ID|ssn:031481127]] MA DL [[ID|license:S48827193]]
Household of 4. Income $2,810/mo.
Address [[ADDRESS|geo:45 Wood Ave Apt 2, Hyde Park, MA 02136]]
Application ID [[ID|other:MHA-2024-8812037]]. Updates to [[EMAIL|email:jbdorcelus@hotmail.com]]""",
    """L&I REPORT OF INDUSTRIAL INJURY -- provider section
Claim # [[ID|account:BK48827]]
Worker: [[PERSON|name:Petrov, Aleksandr]]  SSN last 4 [[ID|ssn:8812]]
Injury [[DATE|date:04/02/2024]] 1430: crush injury L hand, forklift. S62.306A.
Attending DO, L&I provider # [[ID|license:1047718]]
Worker phone [[PHONE|phone:253.555.0119]]
Claim link: [[URL|url:https://secure.lni.wa.gov/home/claim/BK48827]]""",
]

CASE_MGMT = [
    """CM NOTE -- [[DATE|date:02/21/2024]] -- [[LOCATION|geo:Memorial Hermann Texas Medical Center]] unit 8N
Pt [[PERSON|name:Villanueva, Estela]] [[AGE|other:79]] yo F hip fx s/p ORIF. PT recs SNF.
Medicare MBI [[ID|health_plan:4RC5WK6FK23]]
Referrals via CarePort: [[LOCATION|geo:Treemont Healthcare and Rehab]], [[LOCATION|geo:The Buckingham]].
Daughter (MPOA) [[PHONE|phone:281-555-0166]] prefers the first. Stretcher van 1300.""",
    """SOCIAL WORK -- APS REFERRAL -- [[LOCATION|geo:Akron General]]
Pt [[PERSON|name:Hutchins, Ruth Ellen]] [[AGE|date:92]] y/o F from [[ADDRESS|geo:881 Grant St, Akron, OH 44311]]
Stage 4 sacral wound, Na 158. Son is caregiver and controls her SS checks. Pt: "my boy does the money."
APS intake [[PHONE|phone:330-555-0174]], case # [[ID|other:APS-23-0081127]]
SSN [[ID|ssn:287-44-9018]] provided to APS on request.""",
    """SW NOTE -- [[LOCATION|geo:LAC+USC Medical Center]]
Pt [[PERSON|name:Darnell Ridley]] aka "[[PERSON|name:Smoke]]", [[AGE|other:48]] M, unhoused, tent near [[LOCATION|geo:6th St and San Pedro]].
HMIS ID [[ID|other:LAHSA-0991827]]; VI-SPDAT 12.
Recuperative care bed accepted. CA ID card [[ID|license:E1928374]] replaced.""",
    """CASE MGMT -- [[LOCATION|geo:NewYork-Presbyterian Columbia]] -- LOS 41d, ALC day 22
Pt [[PERSON|name:Kaminski, Stanislaw]] [[AGE|date:90]] yo M, advanced dementia, lacks capacity.
Art. 81 guardianship petition, index # [[ID|other:500812/2024]]. Chase acct ending [[ID|account:7721]] frozen.
Nephew [[EMAIL|email:pkaminski.gpt@gmail.com]]. SNF referral: [[LOCATION|geo:Isabella Center]]. SW MO, LCSW-R""",
    """SW CONSULT -- NICU -- [[LOCATION|geo:Atrium Health Navicent]]
Baby Boy [[PERSON|name:Tillman]], born [[DATE|date:10/14/2023]] @ 34w, Finnegan 9, 11, 12.
Mother [[PERSON|name:Crystal Tillman]], UDS + fentanyl, + meth.
DFCS intake # [[ID|other:GA-CPS-2310-44812]]; CPS worker [[PHONE|phone:478-555-0159]]
Safety plan: MGM at [[ADDRESS|geo:402 Pio Nono Ave, Macon, GA 31204]]. Plan of Safe Care filed.""",
    """CM phone note [[DATE|date:3/12/24]] 1415
Called pt [[PERSON|name:Hanneman, Doris]] re missed chemo at [[LOCATION|geo:Mayo Clinic Health System Mankato]].
Car broke down (Chevy, VIN [[VEHICLE|vehicle:1G1UASYWXRF365646]], MN plate [[VEHICLE|vehicle:GHT 482]]).
MA NEMT trip # [[ID|other:NEMT-88120473]], 0700 pickup at [[ADDRESS|geo:214 Balcerzak Dr, Mankato MN 56001]]. FOLFOX C4 rescheduled.""",
    """SW NOTE (CONFIDENTIAL - DV) -- [[LOCATION|geo:HonorHealth Scottsdale Osborn]] ED
Pt [[PERSON|name:Whitney Lockhart]] disclosed partner [[PERSON|name:Cody Lockhart]] strangled her. DA score 19.
Order of protection case # [[ID|other:PO2023-118274]].
Partner's truck for security: white F-150 AZ plate [[VEHICLE|vehicle:CTZ9104]], VIN [[VEHICLE|vehicle:1FTXSST37LF062505]].
Forensic photos w/ consent: [[ID|photo:FNE_20231125_Lockhart_face01.jpg]]""",
    """TRANSITIONS OF CARE CALL -- [[LOCATION|geo:Ochsner Lafayette General]] -- [[DATE|date:January 9th, 2024]]
Spoke w/ pt [[PERSON|name:Guidry, Noelie]] [[AGE|other:83]] and granddaughter ([[PHONE|phone:337-555-0131]]).
Meds picked up at [[LOCATION|geo:Super 1 Foods Pharmacy]]. Furosemide 40 mg daily; wt 162 -> 165 lb.
O2 concentrator serial [[DEVICE|device:IC5-2219384]] (Lincare). PCP f/u 3 days.""",
    """CHW ENCOUNTER -- [[DATE|date:02-08-2024]]
Member [[PERSON|name:Yolanda Rivera-Cruz]], [[AGE|other:55]], MassHealth ACO [[ID|health_plan:100288173649]]
Mold and no heat at [[ADDRESS|geo:121 Dwight St 3rd fl, Springfield, MA 01103]]; landlord [[PHONE|phone:413-555-0178]]
Code enforcement complaint # [[ID|other:CE-24-00418]]. ED visits x4/6 mo; peak flow 210 (pred 380).""",
    """CM text log -- [[LOCATION|geo:Harborview]] Care Transitions
[[DATE|date:05/09/24 09:02]] CM -> [[PHONE|phone:+12065550137]]: Hi [[PERSON|name:Tuan]], this is your CM. appt tmrw 10am at [[LOCATION|geo:Pioneer Square Clinic]]
[[DATE|date:05/09/24 09:40]] pt -> CM: ok but no bus $
[[DATE|date:05/09/24 09:44]] CM: ORCA LIFT card mailed to [[ADDRESS|geo:1510 Yesler Way #406, Seattle WA 98122]]""",
]

HOME_HOSPICE = [
    """HOME HEALTH SOC / OASIS-E -- [[LOCATION|geo:Angels Care Home Health McAllen]]
Visit [[DATE|date:04/03/2024]] 0930-1115  RN MC
Pt [[PERSON|name:Leal, Gilberto]] [[AGE|other:77]] yo M, [[ADDRESS|geo:2409 N 29th St, McAllen, TX 78501]], gate code 4417#
M1033 risk 4. Insulin glargine 22 u qhs; BG 212. L heel stage 3, 2.1 x 1.8 x 0.4 cm.
MBI [[ID|health_plan:8K64NT3EJ86]]. Caregiver wife [[PHONE|phone:956-555-0104]]""",
    """HOSPICE ADMISSION -- [[LOCATION|geo:Hospice of the Western Reserve]]
Pt [[PERSON|name:Szabo, Irene]] [[AGE|date:97]] F, Alzheimer's dementia (G30.1) FAST 7c, PPS 30%.
Election signed by POA son. MBI [[ID|health_plan:2YR8HF5XA99]]. Attending NPI [[ID|license:1799854447]]
Residence: [[LOCATION|geo:Judson Park]] assisted living. O2 concentrator serial [[DEVICE|device:EV8-20419371]]
Daughter-in-law [[EMAIL|email:kszabo44@att.net]]""",
    """PT HOME VISIT -- [[LOCATION|geo:Sutter Care at Home]]
Pt [[PERSON|name:Yamamoto, George]] [[AGE|other:84]], s/p R TKA [[DATE|date:8/22/24]].
Home [[ADDRESS|geo:1180 Hahman Dr #12, Santa Rosa, CA 95405]]; 2 steps, rails. ROM flex 92 ext -4. TUG 16 s.
Medical alert pendant ID [[DEVICE|device:LA-77120934]] tested.
PT RK, CA lic [[ID|license:PT38821]]""",
    """IDG MEETING -- [[LOCATION|geo:MJHS Hospice]] [[LOCATION|geo:Brooklyn]] team
1) [[PERSON|name:Greenberg, Sylvia]] [[AGE|date:101]] -- PPS 20%, CHC. Chaplain visiting.
2) [[PERSON|name:Odom, Clarence]] -- ESLD, MELD 34, weekly paracentesis. Wife overwhelmed -> respite 5d at [[LOCATION|geo:Calvary Hospital]].
3) [[PERSON|name:Chen, Wei]] [[AGE|other:59]] -- pancreatic CA, pain 8/10 on methadone 10 mg TID.""",
    """AIDE VISIT NOTE -- [[LOCATION|geo:Amedisys Home Health of Savannah]] -- [[DATE|date:7/22/2024]] 08:00-09:00
Aide KG, HHA (GA CNA reg [[ID|license:CNA-348812]])
EVV clock-in GPS [[LOCATION|geo:32.0471, -81.0998]]
Client [[PERSON|name:Middleton, Odessa]] [[AGE|date:90]] -- shower chair bath, ambulated w/ walker. Coccyx redness -> RN.
IVR call from client home phone [[PHONE|phone:912-555-0197]].""",
    """HOME INFUSION NURSING -- [[LOCATION|geo:Fairview Home Infusion]] -- [[DATE|date:01/30/2024]]
Pt [[PERSON|name:Peterka, Roger]] [[AGE|other:63]] M, L foot osteomyelitis, ertapenem 1 g IV q24h via R basilic PICC (ext 2 cm, arm circ 31 cm).
CADD-Solis serial [[DEVICE|device:18814472]].
Labs: ESR 62, CRP 4.1 -> faxed to ID clinic [[PHONE|fax:612-555-0118]]
Address [[ADDRESS|geo:5501 Brooklyn Blvd Apt 304, Brooklyn Center, MN 55429]]. Wife trained to flush.""",
    """HOSPICE RN VISIT -- [[LOCATION|geo:Hospice of the Valley]] -- [[DATE|date:March 7 2024]]
Pt [[PERSON|name:Sandstrom, Grace]] [[AGE|date:93F]], HF NYHA IV.
ICD serial [[DEVICE|device:ICD-612288]]: tachy therapies off per BSci rep; dtr consented.
Comfort kit: morphine 20 mg/mL, lorazepam 2 mg/mL. Dog "Biscuit" in home.
Resides [[ADDRESS|geo:17200 N 99th Ave Unit 118, Sun City, AZ 85373]]. Dtr [[PHONE|phone:623-555-0125]]""",
    """SN VISIT -- [[LOCATION|geo:LHC Group Home Health Lafayette]] -- [[DATE|date:08/19/2024]]
Pt [[PERSON|name:Comeaux, Alphonse]] [[AGE|other:71]], DFU R plantar 1st MTH; wound vac SN [[DEVICE|device:VAC-ACT-9921877]].
2.4 x 1.9 x 0.6 cm, 20% slough. Dressing M/W/F.
Home [[ADDRESS|geo:118 Rue Chenier, Breaux Bridge, LA 70517]]
PCP NPI [[ID|license:1585487162]].""",
    """HOSPICE DEATH VISIT -- [[LOCATION|geo:Care Dimensions]]
Pt [[PERSON|name:Fitzgerald, Margaret]] ("[[PERSON|name:Peg]]") [[AGE|other:88]]. TOD [[DATE|date:12/24/2023 03:40]], pronounced by RN.
Son and daughter present. [[LOCATION|geo:Keohane Funeral Home]] called 04:10.
Meds destroyed w/ son as witness: morphine 9 mL, lorazepam 12 tabs.
Certifier MA lic [[ID|license:271804]]. EDRS case # [[ID|other:2023-MA-0188274]]""",
    """TELEMONITORING ALERT LOG -- [[LOCATION|geo:Kaiser Permanente Washington Home Health]]
Pt [[PERSON|name:Svensson, Karl]] [[AGE|other:82]] CHF; hub MAC [[DEVICE|device:00:1B:44:11:3A:B7]]
[[DATE|date:2024-03-03 07:02]] wt 188.4 lb (+3.1 lb/24h) ALERT; BP 148/92 HR 96 SpO2 91%
[[DATE|date:2024-03-03 08:30]] RN HI called [[PHONE|phone:360-555-0188]]; furosemide 40 mg extra, cardiology notified.
Hub IP [[IP|ip:24.18.201.77]]""",
]

PORTAL = [
    """From: [[PERSON|name:Brittany Okoro]] <[[EMAIL|email:brittokoro@icloud.com]]>
To: Family Medicine pool
Sent: [[DATE|date:Tue 3/19/2024 9:47 PM]]
Subject: rash on my son
hi dr, my son [[PERSON|name:Caleb]] (he's [[AGE|other:4]]) has rash on his face 3 days, pic [[ID|photo:IMG_4471.HEIC]]. fever 101.2, gave motrin 7.5 mL. pls call [[PHONE|phone:254-555-0128]]
---
Reply (RN): possible impetigo; appt today 10:40 w/ PA.""",
    """Secure Message -- MyChart
From: [[PERSON|name:Gary Lutz]]   Sent [[DATE|date:11/08/2023 06:15]]
"Dr A -- any Holter results? patch serial [[DEVICE|device:ZIO-AT-2281947]]. Also FMLA for [[LOCATION|geo:Honda Marysville plant]], HR fax [[PHONE|fax:937-555-0140]], employee # [[ID|other:HM-448120]]. DOB [[DATE|date:2/14/64]]"
Reply CMA: Zio AT: sinus, PAC burden 2%, 3 runs SVT max 9 beats. Dr reviewed, no change.""",
    """Subject: Re: Re: new insurance
From: "[[PERSON|name:Tran, Danh]]" <[[EMAIL|email:danh.tran.sj@gmail.com]]>
To: front desk
Hi, attached front/back of new card + my DL. Anthem Blue Cross EPO member [[ID|health_plan:XGX772019834]]. DL [[ID|license:B7702918]] exp [[DATE|date:08/11/2027]].
Attachments: card_front.jpg, card_back.jpg, [[ID|photo:DL_selfie_danh.jpg]]
> On [[DATE|date:Apr 15, 2024]], at 10:02 AM, front desk wrote:
> pls send updated insurance before your visit.""",
    """PORTAL SUPPORT TICKET [[ID|other:INC0419928]]
Pt [[PERSON|name:Adebayo, Folasade]] locked out after 5 failed logins.
Failed attempts from [[IP|ip:172.58.17.204]] and [[IP|ip:2607:fb90:a31c:6d2e::4b]].
Verified by phone w/ DOB + last-4 SSN [[ID|ssn:5521]].
Reset link to [[EMAIL|email:folasade.adebayo@nyu.edu]]: [[URL|url:https://mychart.nyulangone.org/reset?token=7bX91qLmA3]]""",
    """MyChart msg [[DATE|date:8/1/24 14:33]] from [[PERSON|name:Reginald Stokes]]:
"need my adderall, my pharmacy is out, send to [[LOCATION|geo:Publix Pharmacy Ansley Mall]]? new number [[PHONE|phone:470-555-0108]]"
RN: GA PDMP reviewed, last fill 30 days ago.
Rx amphetamine-dextroamphetamine 20 mg #60 by OB, MD (GA lic [[ID|license:071284]], DEA [[ID|license:BB7958804]]); EPCS fingerprint [[ID|biometric:FP-EPCS-0071284]]""",
    """From: [[PERSON|name:Ingrid Solberg]] <[[EMAIL|email:isolberg@essentiahealth.org]]>
To: <[[EMAIL|email:mthorson@sanfordhealth.org]]>
Date: [[DATE|date:Wed, 14 Feb 2024 16:22:05 -0600]]
Subject: [SECURE] shared pt -- amio/thyroid
[[PERSON|name:Kari Rasmussen]] ([[AGE|other:67]] F), your MRN [[ID|mrn:S00918273]]. Amiodarone 200 daily; TSH 11.2, FT4 0.7. Continue amio + start LT4?
--IS
> yes, continue; LT4 50 mcg, TSH 6 wk. -MT""",
    """SMS reminder log
[[DATE|date:10/10/2023 08:00]] to [[PHONE|phone:520-555-0193]]: Reminder: [[PERSON|name:MARIA]], appt [[DATE|date:10/12]] 9:15a. Reply C to confirm.
08:14 reply: C. pero la paciente es mi hija [[PERSON|name:Maria Jose]], tiene [[AGE|other:16]]
08:15 auto: Confirmed. Directions: [[URL|url:https://elrio.link/a/8812QK]]""",
    """Message to Billing
From: [[PERSON|name:Roxanne Pellerin]] (guarantor for [[PERSON|name:Jules Pellerin]])
"charged twice for the [[DATE|date:3/28]] visit at [[LOCATION|geo:Lake Charles Memorial]]. Visa ending [[ID|account:6751]] billed $45 two days in a row. acct # [[ID|account:LCM-0091827]]. he's on LaCHIP now, id [[ID|health_plan:7719283746105]]."
Reply (PFS): $45.00 refunded to card.""",
    """E-VISIT (derm) -- Patient Gateway
Submitted by [[PERSON|name:Theo Marchand]] ([[AGE|other:23]])
Lesion: face, L cheek near nose. Photos: [[ID|photo:face_front_0716.jpg]], [[ID|photo:face_left_0716.jpg]]
Isotretinoin 40 mg daily x 10 wk, iPLEDGE ID [[ID|other:1009381774]].
Response: likely pyogenic granuloma; in-person visit.
Summary: [[URL|url:https://patientgateway.massgeneralbrigham.org/evisit/EV-2024-771203]]. Pharmacy [[LOCATION|geo:CVS Harvard Square]]""",
    """MyChart proxy message
From: [[PERSON|name:Lena Abramova]] (proxy for mother [[PERSON|name:Vera Abramova]], [[AGE|other:86]])  [[DATE|date:Sun 1/7/2024 7:55 PM]]
"Mom's watch said AFib again. Her pacemaker monitor (Merlin@home SN [[DEVICE|device:EX1150-2281947]]) sent tonight. she's at my place, [[ADDRESS|geo:9812 Lake City Way NE #305, Seattle 98125]]"
Auto-reply: if emergency call 911.
RN reply: device clinic reviewed, AF burden 6%. Nurse line voiceprint enrolled [[ID|biometric:NVB-4418-2290]].""",
]


def main() -> None:
    n = write_styled(
        OUT,
        [
            ("ed-triage-board", ED_TRIAGE),
            ("ehr-chart-export", EHR_EXPORT),
            ("behavioral-health-intake", BH_INTAKE),
            ("ob-labor-delivery", OB_LD),
            ("peds-well-child", PEDS_WCC),
            ("radiology-pacs", RADIOLOGY),
            ("billing-claims", BILLING),
            ("case-management", CASE_MGMT),
            ("home-health-hospice", HOME_HOSPICE),
            ("portal-messages", PORTAL),
        ],
    )
    print(f"probe84: {n} docs")


if __name__ == "__main__":
    main()
