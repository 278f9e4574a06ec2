"""Write the 87th hand-annotated redaction probe, Australian regional/remote and allied-health text.

Why: bush clinical text mixes Australian identifiers (Medicare with IRN, IHI, DVA file numbers,
TFN, Centrelink CRN, URN/HRN/MRN, AHPRA, provider and prescriber numbers, state driver licences
and plates, satellite phones, lot/section/PMB/mail-bag addresses) with lookalikes that must stay
unmarked: MBS items (715, 10987, 721/723), FDI tooth numbers and ADA item codes in dental notes,
ICD-10/SNOMED codes, drug and vaccine batch numbers ("Lot 4G2231" beside "Lot 14 ..." addresses),
AUDIT/K10/CIWA/ATOP scores, bed/ward/cell numbers, a trial registry number, public hotlines
(13 11 14, 1800 250 015, TIS 131 450), aircraft types, a bank BSB (branch code) and staff initials.
What: ten styles of ten notes each:
  rfds-retrieval-log        Royal Flying Doctor Service tasking, retrieval logs, sat-phone consults
  health-check-715          Aboriginal and Torres Strait Islander health checks at ACCHS clinics
  pharmacy-daa-log          community pharmacy DAA packing, OTP dosing, eRx and SMS logs
  allied-health-notes       physio / OT / speech pathology treatment notes (SOAP, tables)
  mch-key-age-visit         maternal and child health key-age visits and newborn checks
  aod-intake                drug and alcohol intakes, court-referred assessments, SMS and web forms
  custodial-health-note     prison, watch-house, youth detention and court-cell health notes
  dental-chart-note         community, school-van and outreach dental chart notes
  gp-recall-letter          country-town GP recall letters, SMS/e-mail recalls and CSV exports
  telehealth-outreach-note  specialist outreach and video-consult notes from rural sites
Conventions: titles, roles and honorifics (Dr, RN, Mr, Mrs, Ms, Aunty, Uncle) stay outside name
spans; surname-first, CAPS, lowercase, first names alone, nicknames and e-mail display names are
marked every time; staff initials alone (RN KM, OT PD) are not.  A full postal address (street,
lot, section/hundred, PO box, PMB, RMB/RSD or mail bag + town + state + postcode) is one
ADDRESS|geo span; a postcode alone is ADDRESS|geo.  Towns, communities, stations, clinics,
hospitals, MPSs, prisons, named services (BushMob, Oolong House), pharmacies, schools,
workplaces, libraries, streets without a number and GPS points are LOCATION|geo; states and
agencies (Services Australia, Centrelink, RFDS, DVA, VicRoads, NDIS) are not marked.  Dates more
specific than a year are DATE|date (timestamps with a date marked whole); years, times, weekdays
alone and durations (4/52, 3/12) are not.  Ages under 90 are AGE|other, 90+ are AGE|date; the span
takes the age's unit ("62 yo", "19 y/o", "7y", "14 mths", "15 days", "8/52 old") and a sex letter
only when glued ("47M", "9F"); with a slash or space the sex stays outside ("F/78", "33 F").
Visit names ("6 month check", "18 month KAV") and gestation ("33+5/40") are not ages.  Medicare
numbers are ID|health_plan, with a glued IRN inside the span ("6846 00747 4/2") and an IRN after
its own cue ("IRN 3") left unmarked; IHI, DVA file, NDIS participant and health-fund member
numbers are ID|health_plan; TFN and Centrelink CRN are ID|ssn; URN/UR/HRN/MRN/client file numbers
are ID|mrn; provider, prescriber, AHPRA, AACP and driver licence numbers are ID|license;
bank, DAA/pharmacy, payment-plan, billing and WorkCover claim accounts are ID|account; prisoner
MIN/TOMS/CIS/CRN numbers, OTP client numbers, court, police, AVO, incident, youth-justice, child
protection, PATS, RAC, medical-review and RFDS task numbers are ID|other; fingerprint, iris and
voice-print template ids are ID|biometric; a full-face photo file or photo reference id is
ID|photo; plates and VINs are VEHICLE|vehicle; serials of personal devices (pacemaker, ICD, loop
recorder, insulin pump, CGM, hearing aid, CPAP, home HD machine, wheelchair, alarm pendant,
breathalyser, BGL meter, hearing screener) are DEVICE|device; every phone number except public
hotlines is PHONE (fax numbers PHONE|fax); every e-mail address is EMAIL; patient-specific links
(eRx tokens, video rooms, booking refs, device portals) are URL; private and public IPv4/IPv6
addresses are IP.
How: cd /work/main && .venv/bin/python scripts/make_probe87_corpus.py (writes
corpus/redaction/probe87.jsonl).
"""

from pathlib import Path

from make_safe_harbor_suite import write_styled

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "corpus" / "redaction" / "probe87.jsonl"

RFDS_RETRIEVAL_LOG = [
    """RFDS CENTRAL OPERATIONS - RETRIEVAL LOG
Task P1 inter-hospital | req 0214 [[DATE|date:14/03/2024]]
Pt: [[PERSON|name:JAPALJARRI, Desmond]] [[AGE|other:47M]]
From: [[LOCATION|geo:Yuendumu Clinic]] -> [[LOCATION|geo:Alice Springs Hospital]] ICU. Req RN KM; MRT consultant on call.
Medicare [[ID|health_plan:3381 45857 1]] IRN 3
Hx ?urosepsis, T2DM, ESKD on HD M/W/F. BGL 24.1, GCS 13 (E3V4M6), BP 86/50, HR 124, SpO2 91% RA.
Dispatch 0231, wheels up 0302 King Air B200, on ground 0348. 2x PIVC, 1L NaCl 0.9%, ceftriaxone 2 g IV.
NOK wife [[PERSON|name:Rhonda Nakamarra]] mob [[PHONE|phone:0428 617 093]].
Handover in ED 0515 to ED reg PV. FN HK / MO TW.""",
    """retrieval log - primary response (road crash, station track)
task P1 primary date [[DATE|date:Sat 6 Jul 2024]]
caller: station manager via sat phone [[PHONE|phone:+8816 3142 7781]]
scene: single vehicle rollover approx 40 km N of homestead, [[LOCATION|geo:Wirrilla Downs Station]], GPS [[LOCATION|geo:-20.8814, 141.6327]]
vehicle: white Hilux rego [[VEHICLE|vehicle:782 KTQ]] (QLD), VIN [[VEHICLE|vehicle:MR0C2B29XLCSL1DDC]] (per police)
pt: jackaroo [[PERSON|name:Tyler Mackenzie-Ross]], [[AGE|other:19 y/o]] M, helmet nil, seatbelt yes
GCS 14, # L femur, pelvic binder on, ketamine 50 mg IV, TXA 1 g. flown to [[LOCATION|geo:Townsville University Hospital]].
mum informed 1640 by phone.""",
    """RFDS WA | inter-hospital transfer
Date: [[DATE|date:21-Aug-2023]]   Clinical coordinator: AB
Patient: Mrs [[PERSON|name:Dulcie Wongawilli]] F/[[AGE|other:78]]
Sending: [[LOCATION|geo:Laverton Hospital]] (nurse-led), fax [[PHONE|fax:(08) 9031 1076]]
Receiving: [[LOCATION|geo:Fiona Stanley Hospital]] cardiology, accepting reg on call
Dx NSTEMI (I21.4, SNOMED 401314000), trop 3120 ng/L, on heparin infusion 1000 units/hr, GTN patch 5 mg. Pacemaker in situ - Medtronic, serial [[DEVICE|device:PZK604521S]].
DVA Gold card [[ID|health_plan:WX18652]] - escort daughter (by commercial flight).""",
    """FLIGHT NURSE CLINICAL RECORD (summary)
[[DATE|date:03/01/24]] 2230 - call from RN on duty at [[LOCATION|geo:Camooweal Health Clinic]]
[[PERSON|name:norman tjapaltjarri]] (goes by [[PERSON|name:Normie]]) [[AGE|other:62 yo]] male, chest pain 3/24, STEMI on ECG, TNK given 2150 per protocol.
ID: IHI [[ID|health_plan:8003608228542304]]
Address per clinic records: [[ADDRESS|geo:House 7, Camooweal Road, Camooweal QLD 4828]]
Landed strip 2338 (lights by clinic staff). Obs on departure HR 88 SR, BP 132/78, pain 2/10.
Receiving: [[LOCATION|geo:Mount Isa Hospital]] CCU. Task closed 0155.""",
    """Tasking sheet - RFDS SE Section
Req: [[LOCATION|geo:Wilcannia MPS]] | [[DATE|date:Monday 9th October 2023]] | P2
Pt [[PERSON|name:BATES, Kirra-Lee]] [[AGE|other:24F]], G2P1 at 33+5/40, threatened PTL, cx 3 cm.
Partner [[PERSON|name:Jayden Smith]] - will drive down in own car ([[VEHICLE|vehicle:CX 83 PL]], NSW) to [[LOCATION|geo:Broken Hill Hospital]]
Nifedipine 20 mg PO, betamethasone 11.4 mg IM 1st dose 1420. Referring MO prov no [[ID|license:552406EF]].""",
    """RFDS - SATELLITE PHONE CONSULT LOG (no retrieval)
[[DATE|date:2024-02-17]] 1912 | caller [[PERSON|name:Meg Pargeter]], governess at [[LOCATION|geo:Tintinara Creek Station]], sat ph [[PHONE|phone:0147 102 338]]
pt: [[PERSON|name:Archie Pargeter]] [[AGE|other:6yo]], laceration L shin on fencing wire ~4 cm, bleeding controlled.
Medical chest no. 41 used: item 9 (Steri-strips), item 23 (cephalexin 250 mg/5 mL syrup 10 mL BD x5/7).
ADT status unknown -> advised attend [[LOCATION|geo:Coober Pedy Hospital]] clinic within 7 days.
Postal: [[ADDRESS|geo:PMB 38, Coober Pedy SA 5723]].  Callback on sat ph.
MO on call: FA.""",
    """handover note - RFDS -> [[LOCATION|geo:Royal Darwin Hospital]] ED, [[DATE|date:27.05.2024]]
[[PERSON|name:Marlene Dhamarrandji]] [[AGE|other:31]] F from [[LOCATION|geo:Galiwin'ku]], HRN [[ID|mrn:0938127]]
hx RHD, mitral valve replacement 2019 (mechanical) - on warfarin, INR today 6.8, PR bleed x2.
Vit K 2 mg IV given 1130. Hb 82. Interpreter: Yolŋu Matha (Djambarrpuyŋu) via AIS phone.
Next of kin: aunty [[PERSON|name:Betty Dhamarrandji]].
Medicare card not sighted. FN CA.""",
    """Retrieval log - rural hospital to tertiary
Date [[DATE|date:11 November 2023]] | Task [[ID|other:RFDS-SA-23-09114]]
From [[LOCATION|geo:Ceduna District Health Service]] (MO OA)
To [[LOCATION|geo:Flinders Medical Centre]] - burns unit
Pt [[PERSON|name:Ray Kowalczyk]] M/[[AGE|other:54]], flash burn 18% TBSA face + arms, farm fuel shed.
Home [[ADDRESS|geo:Section 214, Hundred of Bonython, Ceduna SA 5690]].
Wife [[PERSON|name:Trish]] travelling by road. Parkland formula: Hartmann's 3.2 L over 1st 8 hrs. Intubated? no - airway patent, no stridor.""",
    """RFDS CLINIC RUN - fly-in GP clinic, [[LOCATION|geo:Innamincka]]
[[DATE|date:Tue 16/4/24]]. GP HL, RN JP
1. [[PERSON|name:Col Dunstan]] [[AGE|other:71M]] - BP 168/94, amlodipine inc to 10 mg. Rx x2 rpts.
2. [[PERSON|name:Sheree Dunstan]] F - skin check, SCC R forearm excised, histo to SA Pathology.
3. contractor [[PERSON|name:Liam Ferreira]] M - FB L eye, removed, chloramphenicol. Works at [[LOCATION|geo:Moomba gas plant]].
Next clinic 4/52. Aircraft turnaround 1500.""",
    """RETRIEVAL - PAEDIATRIC (NETS liaison)
[[DATE|date:08/09/2023]] 0540 call from [[LOCATION|geo:Tennant Creek Hospital]]
[[PERSON|name:Kaiden Jupurrurla]] [[AGE|other:14 mths]], bronchiolitis, SpO2 86% on 2 L, HFNC 2 L/kg/min.
Mother [[PERSON|name:Shakira Napurrurla]]; address [[ADDRESS|geo:PO Box 1184, Tennant Creek NT 0861]]
Escort: mum only (ID sighted - NT DL [[ID|license:1043278]]).
Dest [[LOCATION|geo:Alice Springs Hospital]] paeds. Weight 9.2 kg. RSV PCR pending.""",
]

HEALTH_CHECK_715 = [
    """ADULT HEALTH CHECK (MBS 715) - [[LOCATION|geo:Anyinginyi Health Aboriginal Corporation]]
Client: [[PERSON|name:Marcus Jakamarra]]  DOB [[DATE|date:12/06/1988]]
Medicare [[ID|health_plan:4145 09478 5]] IRN 1
Address: [[ADDRESS|geo:12 Irvine Street, Tennant Creek NT 0860]]  mob [[PHONE|phone:0401 774 215]]
Ht 178, Wt 96, BMI 30.3, WC 104. BP 142/88. HbA1c 6.3%. ACR 2.1. Smoker 15/day, AUDIT-C 7.
Ear: R TM perforation, L dull. Skin: scabies R hand web spaces. Immunisations: flu, pneumo 23 due.
Follow-up items 10987 x5 (AHW). Check done by AHP RN + GP AS.""",
    """715 health check - child (6y)
[[PERSON|name:Tahlia Dodd]] [[AGE|other:6yo]] F, DOB [[DATE|date:03 Feb 2018]], attends [[LOCATION|geo:Yarrabah State School]]
Medicare [[ID|health_plan:2810 47363 3/1]]  mum [[PERSON|name:Kerri Dodd]] present
Ht 118 cm (50th), Wt 20.4 kg. Hearing: tymp Type B both, refer ENT outreach. Teeth: 4 caries, refer dental.
Vision 6/6 both. Hb 118. Skin sores - none. Development: speech delayed per teacher.
Plan: RHD echo screen, dental, ENT. Recall 12/12.""",
    """HC715 // [[LOCATION|geo:Wurli-Wurlinjang Health Service]] // [[DATE|date:21.03.2024]]
name [[PERSON|name:LINDA MAY BRIGGS]] aka Aunty [[PERSON|name:Lin]] [[AGE|other:58]] F
IHI [[ID|health_plan:8003604012769138]]
phx: T2DM (dx 2011), CKD 3a (N18.31), eGFR 52, HTN (I10), OA knees. meds: metformin XR 1 g BD, empagliflozin 10 mg, perindopril 5 mg
feet: monofilament intact, DP pulses present. eyes: retinal camera - mild NPDR.
social: lives w/ grandkids at [[ADDRESS|geo:Lot 37 Kalano Road, Katherine NT 0850]]. no car.
care plan 721 + TCA 723 done same visit. next review 3/12.""",
    """Aboriginal and Torres Strait Islander Health Assessment (over 55)
Name: [[PERSON|name:Thomas Pitt]]   Date: [[DATE|date:15/08/2023]]
Clinic: [[LOCATION|geo:Mununjali Health]]
DVA: [[ID|health_plan:QX21473]] (white card)
NOK son [[PERSON|name:Daniel Pitt]] [[PHONE|phone:0422 318 774]]
Falls x1 last 12 months. TUG 14 s. Hearing aid R, serial [[DEVICE|device:HA-R-7734120]] (Hearing Australia).
Cognition: GPCOG 8/9. Immunisation: Shingrix 1st dose given, Lot 4G2231. Next 715 due 12/12.""",
    """health check note (AHW) - outstation visit, [[LOCATION|geo:Urapuntja]] homelands
[[DATE|date:5/9/23]] - seen under bough shelter.
[[PERSON|name:Cecilia Kngwarreye]] [[AGE|other:44F]]
BP 150/96 rpt 146/92. BGL random 11.2. Urine dip: prot ++. Weight by scale 71 kg.
Says husband [[PERSON|name:Barney]] needs check too - will come to [[LOCATION|geo:Utopia Clinic]] on Thursday.
Outstation sat phone [[PHONE|phone:+88216 5432 1098]]. AHW VK / RN DP.""",
    """715 | young person (15-24) | ACCHS clinic
[[PERSON|name:Jaxon Cox]] DOB [[DATE|date:30/10/2006]]
TFN given for Abstudy form: [[ID|ssn:719 568 727]]
HEADSS: home - lives w nan at [[ADDRESS|geo:4 Loch Street, Derby WA 6728]]; school - left yr 10; drugs - cannabis daily.
Email for results: [[EMAIL|email:jaxon.cox06@gmail.com]]
K10 = 29. chlamydia/gono PCR sent, syphilis serology sent. Referral to youth MH/AOD team.
Dr [[PERSON|name:Sinead Fogarty]] ([[ID|license:MED0001845627]] - AHPRA), AHW NH.""",
    """ATSI HEALTH CHECK - recall list extract
name,dob,medicare,last_715,bp_last,due
"[[PERSON|name:NGALKIN Dora]]",[[DATE|date:1961-04-22]],[[ID|health_plan:4035209961]],2023,138/84,overdue
"[[PERSON|name:DANIELS Shontelle]]",[[DATE|date:1999-07-15]],[[ID|health_plan:6056502953]],never,112/70,now
(extract run by PM GH, practice software CSV, item 715 filter, 2 of 41 rows shown)""",
    """715 check - [[LOCATION|geo:Mulungu Aboriginal Corporation]]
[[DATE|date:Thursday 7 March 2024]]
Pt Mr [[PERSON|name:Wesley Costello]] [[AGE|other:49M]]
IHI [[ID|health_plan:8003606041289012]]
CVD risk: high (clinically determined - Aboriginal, diabetes). LDL 3.4. Started rosuvastatin 10 mg.
Works as stockman at [[LOCATION|geo:Mount Mulligan Station]] - rarely in town, best contact [[PHONE|phone:(07) 4094 8120]] (station office).
Spirometry: FEV1/FVC 0.66 - COPD mild. Tiotropium 18 mcg started.""",
    """Health Assessment - Torres Strait
[[LOCATION|geo:Badu Island Primary Health Care Centre]]  [[DATE|date:19/07/2023]]
[[PERSON|name:Ephraim Nona]] [[AGE|other:52]] M
Diabetes: HbA1c 9.8%, on insulin glargine 30 units nocte, Libre sensor [[DEVICE|device:0M00087KRF2W]].
Wife [[PERSON|name:Helena Nona]] translating (Kala Lagaw Ya).
Address [[ADDRESS|geo:PO Box 62, Badu Island QLD 4875]].
Refer diabetes educator (next visit).""",
    """Child health check 715 - [[LOCATION|geo:Bega Garnbirringu Health Service]]
[[PERSON|name:Isaiah Bropho]] [[AGE|other:3 yrs]] M  DOB [[DATE|date:17.01.2021]]
carer grandmother [[PERSON|name:Noelene Bropho]]
Child protection case ref [[ID|other:CPFS-2023-118844]]
Hb 104 (low) - iron syrup started. Wt 13.1 kg (<10th). Ears - R discharge, ciprofloxacin drops.
ASQ-TRAK: communication below cut-off -> speech path referral.""",
]

PHARMACY_DAA_LOG = [
    """DAA PACKING LOG - [[LOCATION|geo:Katherine Pharmacy]] (Webster-pak)
Pt [[PERSON|name:Gwen Fitzgerald]] acct [[ID|account:DAA-4471-KTH]]  DVA [[ID|health_plan:NX904317]]
Pack wk 18 | packed by BT, checked by pharmacist SM (AHPRA [[ID|license:PHA0001784123]])
changes: furosemide 40 mg mane -> 40 mg mane + 20 mg midi per Dr [[PERSON|name:Robyn Keogh]]
Fax from surgery [[PHONE|fax:(08) 8972 1184]]. Delivered by driver Tue.
Patient photo on DAA chart: [[ID|photo:FITZGERALD_G_face.jpg]].""",
    """OTP dosing register - [[LOCATION|geo:Moree Plains Pharmacy]]
client [[PERSON|name:DWYER, Shane]] | OTP no [[ID|other:NSW-OTP-2211904]] | methadone 85 mg
dosed daily to [[DATE|date:13/02/2024]] (0842-0851, nil intox), then MISSED x2 -> contact prescriber Dr [[PERSON|name:Helen Zhou]] (prescriber no. [[ID|license:2764519]])
ID check on presentation: full-face photo ref [[ID|photo:OTP-PH-0041187]] matched by pharmacist.
Takeaways: nil (unstable).""",
    """eRx / dispensing audit - [[LOCATION|geo:Broome Chemmart]]
[[DATE|date:2023-10-18 10:14:27]] token received from IP [[IP|ip:203.45.117.82]] for [[PERSON|name:Tamsin Roe]]
eRx link: [[URL|url:https://ausscripts.erx.com.au/scripts/2C7H9QK4TXB7WMRF3D]]
item: amoxicillin/clav 875/125 mg x10, PBS item 5009P; prescriber no [[ID|license:4406182]]
pt IHI [[ID|health_plan:8003604651650409]]
note: pt requested SMS when ready - sent 10:41. Batch/lot AC2271B.""",
    """Pharmacy communication log - DAA client
From: [[PERSON|name:Ruth Hollis]] <[[EMAIL|email:ruth.hollis@bigpond.com]]> (daughter)
To: dispensary inbox
Sent: [[DATE|date:Wed 8 Nov 2023]] 7:52 pm
"Hi, Mum ([[PERSON|name:Edna Hollis]], [[AGE|date:91]]) went into hospital yesterday. Please hold her Webster until discharge. Her UR is [[ID|mrn:NHS-072204]]. Thanks, [[PERSON|name:Ruth]]"
Reply 9 Nov (pharmacist SK): pack held, will await discharge summary. No charge this week.""",
    """RMMR/HMR - Home Medicines Review referral receipt
GP: Dr [[PERSON|name:Peter Vassallo]], provider [[ID|license:4562762L]]
Pt: [[PERSON|name:Keith Manning]] M/[[AGE|other:83]], lives alone at [[ADDRESS|geo:22 Eagle Street, Longreach QLD 4730]]
Meds (14 items) incl warfarin 3 mg, digoxin 62.5 mcg, tramadol SR 100 mg, oxazepam 15 mg nocte.
Interview booked [[DATE|date:22/07/2024]] at home - accredited pharmacist AB (AACP accreditation no. [[ID|license:AACP-40211]]).""",
    """DAA change record (signed)
patient: [[PERSON|name:ali hassan]] | dob [[DATE|date:9.9.1957]] | [[LOCATION|geo:Mildura]]
change: cease metoprolol 50 mg BD, start bisoprolol 2.5 mg mane - per cardiologist (outreach) Dr [[PERSON|name:Gareth Lloyd]] letter [[DATE|date:2 Jan 2024]]
Implantable loop recorder [[DEVICE|device:RLA108437G]] - noted for ADR record only.
pharmacist: MLT / technician PA
pack start next Mon. Bank debit for packs: BSB 633-000 acct [[ID|account:1482 9930 7]].""",
    """Staged supply / Dose Administration - [[LOCATION|geo:Amcal Carnarvon]]
Client: [[PERSON|name:Ricky Ryder]] M [[AGE|other:38]]  CRN [[ID|ssn:204 881 317K]] (Centrelink - Health Care Card)
staged supply: quetiapine 200 mg x7 every Monday, diazepam 5 mg daily pickup (instalment).
Prescriber: Dr [[PERSON|name:Nadia Petrov]] (AMS)
Case manager (WA Country Health MH) aware
Wk 1 collected; [[DATE|date:11 Mar]] collected by brother [[PERSON|name:Dean Ryder]] - NOT authorised, supply refused.""",
    """Biometric OTP dispensing (MedView Flow) - site log, Thursday AM
[[PERSON|name:Cooper Lahey]] - iris template [[ID|biometric:IRIS-T-00817743]] - verify OK 08:02 - buprenorphine LAI due next wk
[[PERSON|name:Stacey Pugh]] - iris template [[ID|biometric:IRIS-T-00817790]] - verify FAIL x2 (glasses) - manual ID via photo [[ID|photo:OTP-PH-0041203]]
[[PERSON|name:Brendan Acker]] - fingerprint [[ID|biometric:FP-0098822-R1]] - verify OK 08:40
terminal [[LOCATION|geo:Bairnsdale Pharmacy]], workstation IP [[IP|ip:192.168.10.47]]""",
    """Vaccination record - community pharmacy
[[PERSON|name:O'Sullivan, Bridget]] F, DOB [[DATE|date:13-Jul-1957]]
Medicare [[ID|health_plan:6427 83516 3]] IRN 5
Vaccine: Fluad Quad 0.5 mL IM L deltoid, batch AQIV2473; Arexvy batch 7HG3D given R deltoid.
AIR upload confirmed 11:06. Immuniser: [[PERSON|name:Raj Pillai]] pharmacist immuniser AHPRA [[ID|license:PHA0001899254]]
Adverse event? nil after 15 min. Address on file [[ADDRESS|geo:RMB 4410, Cowra NSW 2794]].""",
    """pharmacy SMS thread - DAA delivery
[[DATE|date:14/12/23]] 09:12 to [[PHONE|phone:0407 330 918]]: "Hi [[PERSON|name:Merv]], your pack is ready. Delivery tmrw arvo to the farm - usual turn-off ok? - [[LOCATION|geo:Dalby Discount Chemist]]"
09:40 reply: "yes leave in esky at grid on [[LOCATION|geo:Kaimkillenbun Rd]], dog wont bite. [[PERSON|name:Merv]]"
note: client = [[PERSON|name:Mervyn Schultz]] M, Medicare [[ID|health_plan:5940 86176 1]] IRN 3.""",
]

ALLIED_HEALTH_NOTES = [
    """PHYSIOTHERAPY - INITIAL ASSESSMENT
[[LOCATION|geo:Bourke Multipurpose Service]] | [[DATE|date:10/01/2024]]
Pt: [[PERSON|name:Gary Tighe]] [[AGE|other:56]] M, shearer.
Referred by GP (provider [[ID|license:2287918A]]) - L shoulder pain 6/52
S: pain 7/10 overhead, night pain. Lives on station, 90 km out.
O: AROM flex 110, abd 90. Hawkins-Kennedy +, Neer +, empty can weak. Painful arc 70-120.
A: ?RC tendinopathy vs partial thickness tear.
P: US referral, HEP (isometrics), review 2/52 via telehealth - mob [[PHONE|phone:0428 551 609]]. Physio LW ([[ID|license:PHY0001672340]]).""",
    """OT home visit - falls / equipment
Client: Mrs [[PERSON|name:Beryl Anstey]] [[AGE|date:92yo]], [[ADDRESS|geo:6 Mitchell Street, Hay NSW 2711]]
Date of visit [[DATE|date:Friday 23 February 2024]] | OT PD
Findings: bath-over-shower, no rails. Back steps x3 no rail. Loose mats hallway.
Recommend: shower chair, 2x grab rails, rail to back steps (HACC / CHSP funding). Personal alarm pendant serial [[DEVICE|device:PA-LR2-0041976]] tested OK.
Daughter [[PERSON|name:Lorraine]] ([[PHONE|phone:02 6993 1178]]) to collect chair from hospital store.""",
    """Speech Pathology - session note (school-based)
Student: [[PERSON|name:Jedda Morgan]] [[AGE|other:7y]] | [[LOCATION|geo:Fitzroy Crossing District High School]]
Session 4 of 10 | [[DATE|date:14.05.24]]
Goals: /k/ /g/ fronting, 2-word combos in Kriol and SAE. Accuracy /k/ initial 12/20 (60%) up from 35%.
Teacher + AEO supporting. Mum [[PERSON|name:Leanne Morgan]] attended.
NDIS participant no [[ID|health_plan:430712884]]
SP [[PERSON|name:Georgia Finch]] (CPSP).""",
    """physio tx note | hydro pool | [[LOCATION|geo:Dubbo Base Hospital]]
[[DATE|date:02/04/24]] [[PERSON|name:ANDERSON, Phillipa]] F [[AGE|other:71]]
R TKR POD 21. ROM 5-95 deg. Quads lag 10. Walking 1 x EC.
tx: hydro 30 min, step-ups, SLR x3x10. Pain 3/10.
plan: d/c home Fri; f/u physio at [[LOCATION|geo:Gilgandra MPS]]. Transport by husband [[PERSON|name:Neil]] - car rego [[VEHICLE|vehicle:DH 62 WN]] for disabled parking permit form.""",
    """OT - driving assessment (off-road component)
Client [[PERSON|name:Roland Patterson]] [[AGE|other:74]] M, post L MCA CVA [[DATE|date:Nov 2023]]
VIC DL [[ID|license:042117853]] - currently suspended (medical). Vehicle: [[VEHICLE|vehicle:1RP 4XT]] (auto)
MMSE 27/30, Trails B 148 s, visual fields full (Humphrey). UFOV risk category 2.
Outcome: proceed to on-road test, instructor booked
Report to VicRoads Medical Review - ref [[ID|other:MR-24-330917]]. OT AS | [[DATE|date:19/03/2024]]""",
    """SOAP - physio, [[LOCATION|geo:Gove District Hospital]]
[[DATE|date:7/8/23]]
S: [[PERSON|name:Wanambi, Jack]] [[AGE|other:33M]] - LBP after lifting at mine. WorkCover claim [[ID|account:NTWC-23-04419]].
O: lumbar flex fingertips to knee, SLR neg bilat, neuro NAD.
A: mechanical LBP.
P: graded activity, review 1/52. Employer contact [[PERSON|name:Sandra Kuhl]] [[EMAIL|email:s.kuhl@gove-ops.com.au]]. Physio OB.""",
    """SPEECH PATHOLOGY - dysphagia review (inpatient)
[[LOCATION|geo:Broken Hill Hospital]] Ward 2 Bed 14 | [[DATE|date:29-Jan-2024]]
Pt [[PERSON|name:Stella Mavromatis]] [[AGE|other:84]] F  MRN [[ID|mrn:BHH-3318820]]
IDDSI: Level 5 minced & moist, Level 2 mildly thick fluids. Wet voice after thin fluids x3.
Pt prefers Greek; son [[PERSON|name:Nick Mavromatis]] interpreting.
FEES via telehealth w/ [[LOCATION|geo:Royal Adelaide Hospital]] SP planned Thurs.""",
    """Allied health outreach - [[LOCATION|geo:Lajamanu]] clinic
[[DATE|date:Wed 13 Sep 2023]] (OT + physio combined)
1) [[PERSON|name:Peggy Napangardi]] [[AGE|other:69F]] - wheelchair review, new cushion ROHO, w/c serial [[DEVICE|device:QK-2209-55871]]
2) [[PERSON|name:Bobby Jungarrayi]] [[AGE|other:41M]] - BKA R, prosthesis socket loose, refer prosthetist
Sat phone for outreach team [[PHONE|phone:0145 990 273]]. Team: OT FH, physio MR.""",
    """physio - pulmonary rehab group attendance (wk 8 of 8)
| name | sess | 6MWT | SpO2 nadir |
| [[PERSON|name:McGregor, Alan]] | 6/8 | 312 m | 88% |
| [[PERSON|name:Timms, Norma]] | 8/8 | 285 m | 91% |
| [[PERSON|name:Huang, Li]] | 3/8 | 401 m | 94% |
Venue: [[LOCATION|geo:Naracoorte Health Service]] gym. [[PERSON|name:Alan]] - home O2 concentrator serial [[DEVICE|device:EV-1509-33127]], uses 2 L/min.""",
    """OT - cognitive/functional assessment, ACCHO
[[LOCATION|geo:Tharawal Aboriginal Corporation]] [[DATE|date:16 April 2024]]
Client: [[PERSON|name:Mick Longbottom]] aka Uncle [[PERSON|name:Mick]], [[AGE|other:63]]
Lives [[ADDRESS|geo:47 Airds Road, Airds NSW 2560]].
RUDAS 18/30. Kitchen task: needed prompts x4. Stove left on.
Plan: referral to geriatrician, NDIS? not eligible (age) -> My Aged Care. Cousin Aunty [[PERSON|name:June Longbottom]] consent given verbally.""",
]

MCH_KEY_AGE_VISIT = [
    """MCH KEY AGES AND STAGES - 2 WEEK HOME VISIT
Baby: [[PERSON|name:Olive Grace Harper]]  DOB [[DATE|date:02/05/2024]]  Age: [[AGE|other:15 days]]
Mother: [[PERSON|name:Sophie Harper]]  Address: [[ADDRESS|geo:14 Cobb Highway, Deniliquin NSW 2710]]
Birth hosp local, MRN (baby) [[ID|mrn:DH-B240502]]
BW 3420 g, today 3510 g. BF, latching well. Jaundice resolved. Hips: Ortolani/Barlow neg. SWISH done - pass both.
EPDS mum: 6. MCH nurse TF. Next: 4 week KAS.""",
    """Healthy Under 5 Kids - 6 month check - [[LOCATION|geo:Maningrida Health Centre]]
Baby [[PERSON|name:Lachlan Wurramarrba]] [[AGE|other:6 mths]], DOB [[DATE|date:19.07.2023]]
Medicare (on mum's card) [[ID|health_plan:6846 00747 4/2]]
Mum [[PERSON|name:Julie-Anne Wurramarrba]]
Wt 6.9 kg (<3rd), length 64 cm. Hb 96 - iron. Sores on legs (impetigo) - Bactroban, skin check again 1/52.
Immunisations 6m given - Infanrix hexa batch A21CE473A, Prevenar 20 batch LX7711. Next visit [[DATE|date:26 Feb]].""",
    """MCH 8 week check | [[LOCATION|geo:Esperance]] Child Health Centre
[[DATE|date:18 October 2023]]
Infant [[PERSON|name:Hudson Keane]] [[AGE|other:8/52 old]], M, born at 38+2/40, NVD
Parents [[PERSON|name:Ashleigh Keane]] & partner, farm at [[ADDRESS|geo:Lot 821 Fisheries Road, Condingup WA 6450]]
[[PERSON|name:Ash]] mob [[PHONE|phone:0427 903 815]]
Wt 4.98 kg, HC 39 cm. Smiling, fixes & follows. Purple book updated. Nurse MC CHN.""",
    """Maternal & child health note - [[LOCATION|geo:Cherbourg]] ([[LOCATION|geo:Barambah Regional Medical Service]])
[[DATE|date:22/01/2024]] postnatal (mum) + newborn
Mum [[PERSON|name:Kiara Stanley]] [[AGE|other:22F]], G1P1, SVD at referral hospital
Baby [[PERSON|name:Ezra Stanley]], Wt 3.12 kg (BW 3.30). Cord separated.
Baby IHI [[ID|health_plan:8003603433428555]]
Contact via aunty's mob [[PHONE|phone:0477 645 230]] (mum no phone credit).
Midwife AK ([[ID|license:NMW0001723405]]).""",
    """CHILD HEALTH - 18 month KAV
[[PERSON|name:MOLLY O'BRIEN]] [[AGE|other:18mo]], DOB [[DATE|date:07/04/2022]]
[[LOCATION|geo:Warrnambool]] MCH centre, nurse GT
Words: ~15. Walking. Points. M-CHAT-R/F score 1 (low).
Dental: lift-the-lip - early white spot lesions upper incisors -> refer [[LOCATION|geo:South West Healthcare]] dental.
Mother [[PERSON|name:Rebecca O'Brien]] email [[EMAIL|email:bec.obrien87@outlook.com]] for dental referral copy.
Immunisations 18m (MMRV, DTPa, Hib) done at GP.""",
    """MCH home visit (enhanced - remote)
[[DATE|date:Thu 30/11/23]]
Baby [[PERSON|name:Tyrese Carlton]] [[AGE|other:3 months]], twin A; twin B [[PERSON|name:Tamika Carlton]]
Mum [[PERSON|name:Desiree Carlton]], lives [[ADDRESS|geo:Lot 5, Reserve Road, Wyndham WA 6740]]
Both gaining: A 5.2 kg, B 4.7 kg. Formula (BF ceased wk 4). Safe sleep discussed - 1 bassinet only, referral to AMS for 2nd Pepi-Pod.
Centrelink: FTB claim - CRN (mum) [[ID|ssn:308 512 447H]]. CHN NP.""",
    """newborn check / discharge from [[LOCATION|geo:Mount Gambier and Districts Health Service]]
Baby of [[PERSON|name:CHAN, Mia]]  |  born [[DATE|date:11/11/23]] 03:47  |  UR [[ID|mrn:MG-2233190]]
[[PERSON|name:Mia]] [[AGE|other:34]], G2P2, LSCS. Baby M, 3890 g, Apgars 8/9.
Newborn hearing screen (AABR) - refer R ear -> diagnostic audiology. Screener device [[DEVICE|device:ALGO-5-310288]].
NBS card collected 72 hrs. Vit K & Hep B (Engerix-B paed batch HB5521) given.
d/c home; F/U MCH nurse RB day 4.""",
    """Child Health Record - 4 year check (school readiness)
[[PERSON|name:Billie-Jean Walker]] [[AGE|other:4yo]] F | DOB [[DATE|date:Feb 3 2020]]
[[LOCATION|geo:Roebourne]] Child Health | [[DATE|date:05/03/24]]
Parent [[PERSON|name:Amber Walker]]
Vision: fail L (6/18) -> refer visiting optom. Hearing: OAE pass. Speech: clear.
Kindy: [[LOCATION|geo:Roebourne Primary School]] kindy. Child protection: open (DCP worker SL).""",
    """MCH 12 month KAV - telephone (family on station)
[[DATE|date:3rd June 2024]] call to station landline [[PHONE|phone:(07) 4658 3390]]
Child [[PERSON|name:Angus McLaren]] [[AGE|other:12 months]]; mum [[PERSON|name:Fiona McLaren]]
[[LOCATION|geo:Noonbah Station]], postal [[ADDRESS|geo:Mail Bag 12, via Stonehenge QLD 4730]]
Walking holding furniture, 3 words. Wt (home scales) 10.1 kg.
Vaccines 12m due - booked next RFDS clinic.
Nurse KS.""",
    """Antenatal/MCH shared care note - [[LOCATION|geo:Warburton Clinic]]
[[PERSON|name:Lorraine Nelson]] [[AGE|other:27]] F, G4P3, 28+0/40
Medicare [[ID|health_plan:6568 59098 1]] IRN 6
GTT 5.4/10.3/9.1 - GDM. BGL meter serial [[DEVICE|device:CNV-7T4418203]] issued. Dietitian outreach next trip.
Plan to relocate to regional centre at 36/40 (Patient Assisted Travel - PATS ref [[ID|other:PATS-K-24-0912]]).
Escort: sister [[PERSON|name:Maxine Nelson]].""",
]

AOD_INTAKE = [
    """AOD INTAKE ASSESSMENT - [[LOCATION|geo:Central Australian Aboriginal Alcohol Programmes Unit]]
Date: [[DATE|date:15/04/2024]] | Worker: DR
Client: [[PERSON|name:Leroy Japangardi]] [[AGE|other:36M]]
Medicare [[ID|health_plan:5901 38372 4]] IRN 4 | CRN [[ID|ssn:407 229 118A]]
Referral: court diversion (voluntary, not AMT)
AUDIT 31. Drinks ~2 casks/day. Last drink 0600 today. CIWA-Ar 12. Seizure hx x1 (2021).
Contact: [[PHONE|phone:0487 117 420]] / sister (same house).""",
    """Drug & Alcohol Service intake (phone triage)
[[DATE|date:2023-09-11]] 14:20 - ADIS transfer (ADIS 1800 250 015)
caller [[PERSON|name:Kayla Bennett]] [[AGE|other:25]] F
substances: methamphetamine (IV) 3-4x/wk, cannabis daily. Last use 2 days ago. K10 38. Suicidal ideation - passive, no plan.
safety plan; Lifeline 13 11 14 given. Booked face-to-face [[DATE|date:13/09/2023]] at [[LOCATION|geo:Gympie Community Health]].
mob [[PHONE|phone:0421 660 893]], email [[EMAIL|email:kaylab_98@hotmail.com]]. clinician SM.""",
    """AOD intake - court-referred (drink driving)
Client: Mr [[PERSON|name:Darren Hogg]] M/[[AGE|other:44]] [[ADDRESS|geo:31 Ridley Street, Tumut NSW 2720]]
NSW DL [[ID|license:20731458]] - disqualified 12 months. Court attendance notice [[ID|other:CAN-H2024-5501738]].
Vehicle impounded: Ford Ranger [[VEHICLE|vehicle:EJ 51 QX]], VIN [[VEHICLE|vehicle:MNT8Z1GD81MS65WFC]]
BAC at time 0.162. AUDIT 19, drinks 8-10 full-strength stubbies daily.
Referral: Traffic Offender Intervention Program + counselling at community health. Counsellor JA.""",
    """OTP commencement - [[LOCATION|geo:Riverlands D&A]]
[[DATE|date:Mon 4 Dec 2023]]
[[PERSON|name:Carter, Nathan James]] [[AGE|other:31]] | Medicare [[ID|health_plan:3963 05004 5]] IRN 5
Heroin IV ~0.5 g/day x6 yrs. COWS 11 at 0930. Bup/naloxone 8/2 mg SL test dose -> 16 mg total day 1.
Dosing point: [[LOCATION|geo:Goonellabah Pharmacy]]. Prescriber Dr [[PERSON|name:Rhiannon Baird]] prescriber no [[ID|license:3208874]]
Partner also using - offered intake. Naloxone (Nyxoid) given.""",
    """residential rehab waitlist intake - [[LOCATION|geo:Oolong House]]
Name: [[PERSON|name:Troy Simms]] M, DOB [[DATE|date:14.02.1996]]
Probation & Parole officer [[PERSON|name:Michelle Garrard]] fax [[PHONE|fax:(02) 4421 7299]]
Substances: alcohol, ice. Detox completed [[DATE|date:20 March]] (inpatient).
Bank for rent contribution (Centrepay): CRN [[ID|ssn:311 902 774F]]. Start date TBC.""",
    """Youth AOD intake (14-18) - [[LOCATION|geo:BushMob]]
YW: EC
Young person: [[PERSON|name:Jacob]] (prefers [[PERSON|name:JJ]]) [[PERSON|name:Turner]], [[AGE|other:15]], lives w/ nanna at [[ADDRESS|geo:Lot 3044 Larapinta Drive, Alice Springs NT 0870]]
Volatile substance use (petrol? no - aerosol deodorant) + cannabis. School: boarding college - not attending since term 2.
YJ case no [[ID|other:YJ-NT-23-3317]]. Nanna has no phone - contact via outreach.""",
    """AOD - comprehensive assessment (ATOP baseline)
[[PERSON|name:Sharon Leigh Matthews]] | [[AGE|other:52]] F | [[DATE|date:6 June 2024]]
TFN provided for Centrelink exemption letter: [[ID|ssn:232 406 773]]
ATOP: alcohol 26/28 days, benzodiazepines (non-prescribed) 10/28. Psych health 3/10. Quality of life 4/10.
GP: [[LOCATION|geo:Pika Wiya Health Service]], fax [[PHONE|fax:(08) 8642 9911]]
DV hx - partner [[PERSON|name:Glen Matthews]] (AVO in place, ref [[ID|other:AVO-SA-21-88104]]).""",
    """SMS log - AOD outreach worker
[[DATE|date:2/10/23]] 0917 to [[PERSON|name:Ricky]] [[PHONE|phone:0412 908 661]]: "hey [[PERSON|name:Ricky]] its [[PERSON|name:Bec]] from D&A, still good for 11 at the library?"
0933 reply: "ye bro might b late no car. mum has the ute [[VEHICLE|vehicle:1GZT 447]]"
1120 note: [[PERSON|name:Ricky Hollander]] attended [[LOCATION|geo:Geraldton Regional Library]]. Using meth 2x/wk, stopped drinking. Naloxone kit given (batch NX0982). Worker BT.""",
    """AOD nurse - home detox day 3
client [[PERSON|name:Graham Peddle]] [[AGE|other:59M]], [[ADDRESS|geo:RSD 1187, Kingscote SA 5223]]
carer wife [[PERSON|name:Lyn Peddle]] [[PHONE|phone:08 8553 2071]]
CIWA 6 (down from 14). Diazepam 10 mg QID -> 10 mg TDS per protocol. Thiamine 100 mg TDS PO.
BP 138/84, HR 82, T 36.7. Sleeping 4 hrs. Breathalyser reading 0.000 (device [[DEVICE|device:AL-DF5-220914]]).
GP aware. Next visit [[DATE|date:Fri 19th Jan]].""",
    """Intake form (web) - export
submitted: [[DATE|date:2024-03-02T21:47:10+10:00]] from [[IP|ip:2001:8003:4c1a:9e00:1d2f:77b0:a4c2:19e3]]
name: [[PERSON|name:zoe pemberton]]   dob: [[DATE|date:11/11/2001]]   postcode: [[ADDRESS|geo:4350]]
phone: [[PHONE|phone:0499 118 240]]   email: [[EMAIL|email:zoepemb@icloud.com]]
"I want help cutting down on drinking and ketamine. I work at [[LOCATION|geo:Toowoomba Base Hospital]] kitchen and dont want my work to know."
triage: low-moderate, callback Monday; allocated HW.""",
]

CUSTODIAL_HEALTH_NOTE = [
    """JUSTICE HEALTH - RECEPTION SCREEN
[[LOCATION|geo:Alice Springs Correctional Centre]] | [[DATE|date:18/02/2024]] 1645
Prisoner: [[PERSON|name:KEMARRE, Shaun Anthony]] | MIN [[ID|other:NT-104877]]
IHI [[ID|health_plan:8003609569749938]]
Alerts: epilepsy (levetiracetam 500 mg BD), hep C Ab +ve (RNA pending). Last drink 3 days ago - CIWA 4.
Photo ID on custody system ref [[ID|photo:CUST-IMG-104877-01]]; fingerprint record [[ID|biometric:LS-FP-NT-558210]].
Cell B-block 12. RN LH.""",
    """watch-house health note - [[LOCATION|geo:Cairns Watch-house]]
[[DATE|date:Sat 22 Jun 2024]] 0310
detainee [[PERSON|name:Mitchell Dunn]] M/[[AGE|other:26]], QLD DL [[ID|license:108 554 372]]
hx: T1DM - on insulin pump, pump serial [[DEVICE|device:OM-X5-2210794]]; Dexcom G7 sensor [[DEVICE|device:G7-8H1LP9Q4]]
BGL 15.8, ketones 0.4. Pump kept on (clinical decision). Hourly BGL overnight.
Mum contacted re spare supplies.
Nurse BO / SGT on duty.""",
    """Prison health - chronic disease review
[[LOCATION|geo:Wooroloo Prison Farm]] | [[DATE|date:9/1/24]]
[[PERSON|name:Hamilton, Reece]] TOMS no. [[ID|other:TOMS-288431]] [[AGE|other:48]] M
DVA file [[ID|health_plan:WSM41207]] (ex-ADF) - DVA card held by property.
PTSD, T2DM (HbA1c 7.9), HTN 148/92.
Meds: sertraline 150 mg, metformin 1 g BD, ramipril 5 mg. Pt requests psych - in-reach MH referral.
Release date [[DATE|date:14 March 2024]] - discharge planning w/ GP. Nurse EK.""",
    """MEDICAL ESCORT - custody to hospital
[[DATE|date:01/03/2024]] 0925 | From [[LOCATION|geo:Lotus Glen Correctional Centre]] to hospital ED
Prisoner [[PERSON|name:Daniel Sailor]] [[AGE|other:39M]], QCS CIS no [[ID|other:CIS-6607123]]
Reason: chest pain, ECG ST dep V4-6. Aspirin 300 mg given.
Escort officers x2. Vehicle: QCS transport (not recorded).
Family NOT to be informed of hospital location (security) - partner's ph on file.
MO Dr [[PERSON|name:Hugo Lamarque]] (AHPRA [[ID|license:MED0002103398]]).""",
    """Custodial health - OST (opioid substitution) in prison
[[LOCATION|geo:Mary Wade Correctional Centre]] | [[DATE|date:12 Apr 2024]]
[[PERSON|name:Jasmine Roberts]] [[AGE|other:33]] F | MIN [[ID|other:NSW-5519824]]
Buvidal 128 mg monthly SC, given today L abdomen, batch 23K441. Next due 4/52.
Identity confirmed: wristband + iris scan template [[ID|biometric:IRS-JH-00927711]].
Community pharmacy on release: TBA. Prescriber no [[ID|license:3904411]].""",
    """juvenile detention - admission health
[[LOCATION|geo:Don Dale Youth Detention Centre]], [[DATE|date:29.11.2023]]
YP: [[PERSON|name:Caleb Jampijinpa]] [[AGE|other:16]] M | IHI [[ID|health_plan:8003604673679576]]
Home community [[LOCATION|geo:Ti Tree]]. Guardian: aunty [[PERSON|name:Rosemary Nampijinpa]]
Screen: hearing - conductive loss bilat (CSOM). Possible FASD (not formally dx). Literacy ~yr 2.
Trauma screen - declined. Plan: audiology, paediatrician, SP. RN TH.""",
    """self-harm incident note (minor)
[[DATE|date:05/08/2023]] 2214 [[LOCATION|geo:Port Phillip Prison]]
[[PERSON|name:Kostas Andreou]], CRN (Corrections Victoria) [[ID|other:CV-0921187]]
Lac L forearm superficial x4, cleaned + Steri-strips. Obs stable. Placed on ARM (at-risk) - 15 min obs.
Incident no [[ID|other:INC-PPP-23-4471]]. Voice-print for prisoner phone system [[ID|biometric:VP-PTS-778102]] - calls suspended per protocol.
Psych review tomorrow. Sister [[PERSON|name:Eleni Andreou]] listed as NOK.""",
    """Release planning - health summary
Prisoner: [[PERSON|name:Wayne Baxter]] [[AGE|other:57M]]
Release [[DATE|date:Friday 28 June 2024]] to [[ADDRESS|geo:9 Ashburton Crescent, Launceston TAS 7250]]
Medicare card reissued: [[ID|health_plan:3657 87813 3]] IRN 1. Centrelink CRN [[ID|ssn:205 671 338J]] - crisis payment lodged.
Meds on release (7 days): quetiapine 100 mg nocte, methadone - dosing point arranged.
GP appointment: Dr [[PERSON|name:Sally Winterbottom]] Tues 1030.""",
    """health centre note - [[LOCATION|geo:Hakea Prison]]
[[DATE|date:14-Feb-24]] | [[PERSON|name:Nguyen Van Thanh]] M (TOMS [[ID|other:TOMS-301156]])
Interpreter Vietnamese via TIS (131 450).
Complaint: toothache LL6 3/7, swelling. Amoxicillin 500 mg TDS, paracetamol. Dental waitlist.
Wife [[PERSON|name:Tran Thi Mai]] called [[PHONE|phone:(08) 9349 6620]] - health info NOT disclosed (no consent).
Photo of facial swelling for dentist: [[ID|photo:HK-301156-face-140224.jpg]]. RN DP.""",
    """Court cells health - [[LOCATION|geo:Darwin Local Court]]
[[DATE|date:Tue 9 April 2024]] 1115
[[PERSON|name:Roderick Mununggurr]] (aka [[PERSON|name:Roddy]]) [[AGE|other:27M]], police ref [[ID|other:PROMIS-24-118830]]
On remand. Complains withdrawal (kava? - no, alcohol). CIWA 9. Diazepam 10 mg given 1130.
Sister [[PERSON|name:Wendy Mununggurr]] at court. Nurse JC.""",
]

DENTAL_CHART_NOTE = [
    """DENTAL - visiting clinic, [[LOCATION|geo:Kalkarindji]]
[[DATE|date:11/10/2023]] | Pt [[PERSON|name:Jarrah Nangari]] [[AGE|other:9F]] | CDBS eligible
Medicare [[ID|health_plan:5940 86176 8]] IRN 4
Exam (011), bitewings x2 (022). Caries 55, 65, 36 occ. FS 46 (161).
Tx: GIC 36 (521), SDF 55/65. OHI given to mum.
Dentist Dr [[PERSON|name:Lewis Tran]] AHPRA [[ID|license:DEN0001554813]].""",
    """Dental chart note | [[LOCATION|geo:Mildura Base Public Hospital]] oral health
[[DATE|date:3 Jul 2024]]
[[PERSON|name:Vincenzo Rullo]] [[AGE|other:76]] M | DVA gold [[ID|health_plan:VX77812]]
c/o loose lower denture. Full upper, partial lower (chrome cobalt). Ulcer at 43 region, 4 mm, 3/52 - refer OMFS biopsy.
Pacemaker (St Jude) ID [[DEVICE|device:SJM-2272-0981145]] - avoided ultrasonic scaler.
Dentist [[PERSON|name:Rosa Kim]]; DA RP. Next appt 2/52.""",
    """school dental van - [[LOCATION|geo:Moree East Public School]]
[[DATE|date:Wed 21 Feb 2024]]
| student | age | findings | tx |
| [[PERSON|name:Lily Duncan]] | [[AGE|other:8]] | dmft 4, DMFT 0 | FV, refer |
| [[PERSON|name:Kobe Duncan]] | [[AGE|other:6]] | dmft 0 | FV |
consent forms signed by carer [[PERSON|name:Deb Duncan]]. Van bay 2. OHT SY.""",
    """ORTHO RECORDS - outreach clinic [[LOCATION|geo:Port Hedland]]
[[PERSON|name:Amelie Fournier]] F, DOB [[DATE|date:25.03.2011]]
Records taken today: OPG, lat ceph, study models, extraoral full-face photo [[ID|photo:EO-FRONT-AF-150524.jpg]]
Class II div 1, OJ 8 mm, OB 70%. Plan: functional appliance (Twin Block) then fixed.
Parent [[PERSON|name:Claire Fournier]] - payment plan acct [[ID|account:ORTH-PP-20931]]
Health fund: Bupa member [[ID|health_plan:71239904]]. Orthodontist TB.""",
    """Dental emergency - RFDS dental outreach, [[LOCATION|geo:Oodnadatta]]
[[DATE|date:7/3/24]] | [[PERSON|name:Rex Kunoth]] M
Pain 26 x5 days, swelling buccal, afebrile. PA: periapical RL 26.
Tx: XLA 26 (311), LA Articaine 4% 2.2 mL (batch 0923A). Haemostasis ok.
Anticoag? no. Warfarin - no. Smoker.
Post-op: amoxicillin 500 mg TDS 5/7 - Rx dentist prescriber no [[ID|license:5207341]].
Phone f/u 48 hrs on [[PHONE|phone:08 8670 7822]] ([[LOCATION|geo:Pink Roadhouse]], pt works there).""",
    """oral health - ACCHS [[LOCATION|geo:Goondir Health Services]]
[[DATE|date:28/08/23]]
pt: [[PERSON|name:HODGES, Tiana]] [[AGE|other:19F]], MRN [[ID|mrn:GHS-220761]], ph [[PHONE|phone:0439 871 502]]
pregnant 20/40 - safe to treat. Gingivitis generalised, calculus lower anteriors.
Scale & clean (114), OHI. Restoration 46 MO amalgam? -> composite (532).
Recall 6/12 - SMS. [[PERSON|name:Tiana]] prefers afternoon appts (TAFE). Dentist IY.""",
    """dental referral letter (GA list)
To: Paediatric Dental GA list (tertiary)
From: [[LOCATION|geo:Broome Regional Aboriginal Medical Service]] dental, fax [[PHONE|fax:(08) 9192 5401]]
Re: [[PERSON|name:Kylan Edgar]], DOB [[DATE|date:13/06/2020]]
Address: [[ADDRESS|geo:2 Anne Street, Broome WA 6725]].
ECC - 12 teeth affected, abscess 74. Non-cooperative for chairside. Please list for GA.
Father [[PERSON|name:Ross Edgar]] consents. Dr [[PERSON|name:Anjali Bhatt]], BDS, provider [[ID|license:313780EX]].""",
    """dental chart - denture clinic
[[PERSON|name:Ivy Pengilly]] [[AGE|date:94]] F, [[LOCATION|geo:Mallee Track Health]] MPS - resident room 6
New F/F dentures issued (acrylic). Names engraved in denture base for aged care: "[[PERSON|name:I PENGILLY]]".
Resident of aged care wing - RAC ID [[ID|other:RAC-VIC-4471982]]
Prosthetist [[PERSON|name:Gordon Fyfe]] (AHPRA reg as dental prosthetist [[ID|license:DPR0001339827]]).""",
    """Dental triage (phone) - [[LOCATION|geo:Whyalla]] Community Dental
[[DATE|date:2024-05-06]] 08:17
Caller [[PERSON|name:Jodie Kerr]] for son [[PERSON|name:Mason Kerr]] [[AGE|other:10]] - knocked out 11 at footy 0745, tooth kept in milk.
Advised: come now. Arrived 0840, replanted 11, splint 12-21. Tetanus up to date.
Medicare [[ID|health_plan:4145 09472 8]] IRN 3 (family card). Dentist HV.
Intraoral photos x3 in chart. Follow-up 2/52.""",
    """Oral health outreach - [[LOCATION|geo:Aurukun]] | [[DATE|date:12/06/2024]]
1) [[PERSON|name:Mary Koomeeta]] [[AGE|other:41F]] - XLA 47, 48 (311 x2). Pt from [[ADDRESS|geo:Lot 14 Kang Kang Road, Aurukun QLD 4892]].
2) [[PERSON|name:Zeke Pootchemunka]] [[AGE|other:12M]] - FS 36 46 (161 x2). Seen at school.
day 2: pt 1 post-op check, dry socket 47 - Alvogyl.
Team: dentist KR, DA FG.""",
]

GP_RECALL_LETTER = [
    """[[LOCATION|geo:Kingaroy Family Practice]]
[[ADDRESS|geo:88 Haly Street, Kingaroy QLD 4610]] | fax [[PHONE|fax:(07) 4162 0011]]

Mr [[PERSON|name:Douglas Ebert]]
[[ADDRESS|geo:1420 Memerambi-Gordonbrook Road, Memerambi QLD 4610]]

Dear [[PERSON|name:Doug]],
Our records show you are overdue for your bowel cancer screening follow-up colonoscopy (positive iFOBT last year). Please phone to book with your GP.
Account no [[ID|account:KFP-A-33014]] (gap fee outstanding $40).
Regards, practice nurse LB""",
    """SMS RECALL (sent via HotDoc)
To: [[PHONE|phone:0417 552 008]] [[DATE|date:04/06/2024]] 10:02
"Hi [[PERSON|name:Sandra]], Dr [[PERSON|name:Fitzpatrick]] would like to see you to discuss your recent results. Book: [[URL|url:https://www.hotdoc.com.au/bk/ggmc/recall?p=8k2QxT7mA]] or call [[LOCATION|geo:Gunnedah Medical Centre]]. Reply STOP to opt out."
recipient [[PERSON|name:Sandra Pope]], abnormal CST (HPV 16) - recall level 1.""",
    """Dear Mrs [[PERSON|name:Wilhelmina Schutz]],
RE: Cervical Screening Test - reminder
You are due for your 5-yearly Cervical Screening Test (last test [[DATE|date:14/02/2019]]). Self-collection is now available at our clinic.
Practice: [[LOCATION|geo:Naracoorte Medical Group]], [[ADDRESS|geo:PO Box 241, Naracoorte SA 5271]]
If you have moved, please call. National Cancer Screening Register 1800 627 701.
Yours sincerely, Dr [[PERSON|name:Aaron Kettle]] (Provider No. [[ID|license:5129329W]])
cc: [[EMAIL|email:wschutz@internode.on.net]]""",
    """recall letter - INR monitoring (country practice)
[[DATE|date:Mon 15 January 2024]]
Mr [[PERSON|name:Harold Boatwright]], [[AGE|date:90]]
[[ADDRESS|geo:Lot 2 Wills Road, Cloncurry QLD 4824]]
[[PERSON|name:Harry]], you missed your INR last week. Please come in this week - your warfarin dose depends on it. If transport is hard, ring the hospital (MPS) and they can do it there.
DVA [[ID|health_plan:QX904451]] - DVA transport can be booked on 1800 550 455.
Dr [[PERSON|name:Stephen Kirby]]""",
    """Immunisation catch-up recall
To the parent/guardian of [[PERSON|name:Ruby Thompson]]
[[ADDRESS|geo:77 Grey Street, Hamilton VIC 3300]]
[[PERSON|name:Ruby]]'s AIR history shows the 18 month vaccines are overdue. AIR immunisation history statement attached.
Medicare [[ID|health_plan:6526446341-4]].
Please book at [[LOCATION|geo:Hamilton Medical Group]] - [[URL|url:https://hamiltonmg.com.au/book?ref=RTH190822]].
Nurse immuniser [[EMAIL|email:tkemp@hamiltonmg.com.au]]""",
    """GP recall (chronic disease) - batch export
patient|mob|reason|due
[[PERSON|name:Ferris, Mal]]|[[PHONE|phone:0412 337 790]]|GPMP review (721/732)|[[DATE|date:01/05/2024]]
[[PERSON|name:Gilbert, Joan]]|[[PHONE|phone:0400 661 218]]|HbA1c + ACR|overdue
practice: [[LOCATION|geo:Bairnsdale Medical Group]]; run by PM KR.""",
    """Dear [[PERSON|name:Kev]],
Just a note from the clinic - your diabetes eye check is due. The retinal camera is at the clinic every Tuesday, or the visiting optometrist is here next month.
Client no [[ID|mrn:MWAHS-4471]]
[[PERSON|name:Kevin Bugmy]], [[ADDRESS|geo:PO Box 88, Menindee NSW 2879]]
- [[LOCATION|geo:Maari Ma Health Aboriginal Corporation]]. AHW [[PERSON|name:Sharon Kennedy]] ph [[PHONE|phone:08 8091 4300]]""",
    """Fitness to drive recall
Dear Ms [[PERSON|name:Penelope Achterberg]],
Your conditional licence (WA DL [[ID|license:5308214]]) requires a medical review by end of January (epilepsy - seizure-free period). Please bring your Department of Transport form. Note: your vehicle ([[VEHICLE|vehicle:1HBE 402]]) is listed with a spinner-knob modification, which the form asks about.
[[LOCATION|geo:Northam Family Practice]], [[ADDRESS|geo:145 Fitzgerald Street, Northam WA 6401]]
Dr [[PERSON|name:Yusuf Karim]] provider [[ID|license:5076690J]]""",
    """email recall - after-hours telehealth result
From: Dr [[PERSON|name:Nisha Rao]] <[[EMAIL|email:nrao@scottsdalemedical.com.au]]>
To: [[PERSON|name:Brodie Lane]] <[[EMAIL|email:brodie.lane@gmail.com]]>
Date: [[DATE|date:Thu, 23 May 2024 16:41]]
Subject: please book review
Hi [[PERSON|name:Brodie]], your sleep study shows moderate OSA (AHI 24). The auto-CPAP loaned from the hospital (serial [[DEVICE|device:RSM-23181734902]]) is ready to collect. Please book with me.
[[PERSON|name:Nisha]]""",
    """Dear Aunty [[PERSON|name:Violet Brown]],
You are due for your Aboriginal Health Check (715) and your flu needle. Come in any day before [[DATE|date:30/04/2024]] - we can pick you up.
[[LOCATION|geo:Wellington Aboriginal Corporation Health Service]], [[ADDRESS|geo:Lot 1 Maughan Street, Wellington NSW 2820]]
Medicare [[ID|health_plan:4353 10440 7]] IRN 3
Thanks, [[PERSON|name:Marlene]] (AHW) and Dr [[PERSON|name:Tim O'Connell]]""",
]

TELEHEALTH_OUTREACH_NOTE = [
    """TELEHEALTH - endocrinology outreach
[[DATE|date:20/02/2024]] 1400 | Specialist: endocrinologist ([[LOCATION|geo:Royal Adelaide Hospital]])
Patient end: [[LOCATION|geo:Coober Pedy Hospital]], RN MH facilitating
Pt [[PERSON|name:Harry Kemp]] [[AGE|other:51M]]
Video: [[URL|url:https://vc.sahealth.sa.gov.au/join/7761-kemp-2402]] (room code in link). Connected from [[IP|ip:10.155.20.34]].
HbA1c 10.4%. Commence semaglutide 0.25 mg weekly. Insulin pump not suitable. Not eligible for ACTRN12622000451763 (eGFR). Billed MBS 116 + 2125 by practice.
Next review 3/12.""",
    """Outreach cardiology clinic - [[LOCATION|geo:Kununurra Hospital]]
Date: [[DATE|date:17 Oct 2023]]  Cardiologist: Dr [[PERSON|name:Olumide Bankole]]
1. [[PERSON|name:Shanelle Ward]] F - RHD, mod MR. Bicillin LA 28-day; 11/13 doses on time. Echo today: EF 58%.
2. [[PERSON|name:Sidney Ah Chee]] M - ICD in situ (Boston Sci), device serial [[DEVICE|device:BSC-D121-402871]], remote monitor via [[URL|url:https://www.latitude.bostonscientific.com/patient/402871]]
3. DNA x1 - recall via clinic.
Letters to GPs.""",
    """telepsychiatry note
[[DATE|date:Wed 10 January 2024]] 1000-1050 | Psychiatrist Dr [[PERSON|name:Fatima Qureshi]]
Client [[PERSON|name:Josh Whitlock]] at home ([[LOCATION|geo:Bollon]]), via Coviu link [[URL|url:https://coviu.com/room/whitlock-jw-3391]]
Client IP logged [[IP|ip:101.188.44.210]] (poor connection, audio only last 15 min).
Bipolar I, stable on lithium 750 mg nocte (level 0.7 last wk). Works on a cattle station - long hours, sleep ok.
Support person: partner [[PERSON|name:Renee Whitlock]].""",
    """Specialist outreach (ENT) - [[LOCATION|geo:Thursday Island Hospital]]
[[DATE|date:6 Aug 2024]] (Dr [[PERSON|name:Li Wei Ong]], ENT; audiologist SM)
- [[PERSON|name:Elias Mosby]] M - bilat grommets booked on mainland (PTS approved, ref [[ID|other:PTS-TCHHS-24-3317]]).
- [[PERSON|name:Grace Bani]] F - hearing aid refit, L aid serial [[DEVICE|device:PH-L-9920871]]
- 4 others CSOM, aural toilet, ciprodex.
Clinic list held by OPD clerk.""",
    """video consult - renal (home HD patient)
[[DATE|date:2023-12-01]] | Nephrologist ([[LOCATION|geo:Townsville University Hospital]])
pt [[PERSON|name:Lorna Kennedy]] F, [[ADDRESS|geo:Lot 9 Gregory Developmental Road, Charters Towers QLD 4820]]
IHI [[ID|health_plan:8003608502093768]]
home HD machine (NxStage) serial [[DEVICE|device:NXS-S1-007719]]; tech support logs from [[IP|ip:172.20.14.6]]
K+ 5.9, Hb 101. Adjust dialysate. Daughter is trained carer.""",
    """Teledermatology store-and-forward
Referral [[DATE|date:14/03/2024]] from [[LOCATION|geo:Emerald Medical Group]] Dr [[PERSON|name:Paul Carrick]] (provider [[ID|license:2797788W]])
Pt [[PERSON|name:Jim Davenport]] M, [[AGE|other:69]], farmer
Images: lesion L temple (dermoscopy x2) + full-face photo for site mapping [[ID|photo:TD-JD-140324-FACE.jpg]]
Dermatologist reply 4 days later: likely nodular BCC, excise 4 mm margins.""",
    """TELEHEALTH - geriatrics (SA outreach)
[[DATE|date:09/05/2024]] | pt [[PERSON|name:Beatrice Thorne]] ([[PERSON|name:Bea]]) [[AGE|date:96]]
at RACF (facility RN KD) | geriatrician AH
MMSE 16/30, behaviours pm (sundowning). Risperidone 0.25 mg trial, review 6/52.
Son [[PERSON|name:Geoff Thorne]] joined from work, email [[EMAIL|email:geoff.thorne@adam.com.au]]
Connection: [[URL|url:https://telehealth.health.sa.gov.au/vc/0905-thorne-b]] (host PIN not recorded).""",
    """Remote telehealth - paediatric
[[DATE|date:Fri 26/7/24]] | [[LOCATION|geo:Ngukurr Health Centre]] <-> [[LOCATION|geo:Royal Darwin Hospital]]
[[PERSON|name:Kenzie Daniels]] [[AGE|other:2yo]] F
FTT: wt 9.0 kg. Paed reg HG; RN CB at clinic end.
Plan: admit for feeding assessment - RFDS not needed, fly commercial with mum [[PERSON|name:Natasha Daniels]] (PATS).
Clinic VC unit IP [[IP|ip:10.34.7.112]], MAC n/a.""",
    """outreach clinic list - neurology (regional SA), Tues list
0900 [[PERSON|name:Giovanni Russo]] [[AGE|other:72]] - Parkinson's disease, DBS? not yet.
1000 [[PERSON|name:Mohammed Al-Amin]] [[AGE|other:29]] - epilepsy; driving: SA DL [[ID|license:SV8842]] - advised no driving 6 months.
1030 [[PERSON|name:Dot Macklin]] [[AGE|date:93]] - GCA? ESR 88. Pred 40 mg.
neurologist JS; clerk AF.""",
    """Specialist outreach - diabetes in pregnancy (video)
[[DATE|date:28.02.2024]] [[LOCATION|geo:Carnarvon Hospital]] <-> [[LOCATION|geo:King Edward Memorial Hospital]]
[[PERSON|name:Tayla Hume]] [[AGE|other:30]], 32/40, GDM insulin.
CGM Libre 3 [[DEVICE|device:3MH00D4X7TW]]: TIR 74%. Fasting 5.6-6.1. Increase Protaphane 12 -> 16 units nocte.
Plan birth at regional hospital from 37/40 - accom booked.
Obstetrician SK; video IP [[IP|ip:2403:5800:1100:2a::17]].""",
]


def main() -> None:
    n = write_styled(
        OUT,
        [
            ("rfds-retrieval-log", RFDS_RETRIEVAL_LOG),
            ("health-check-715", HEALTH_CHECK_715),
            ("pharmacy-daa-log", PHARMACY_DAA_LOG),
            ("allied-health-notes", ALLIED_HEALTH_NOTES),
            ("mch-key-age-visit", MCH_KEY_AGE_VISIT),
            ("aod-intake", AOD_INTAKE),
            ("custodial-health-note", CUSTODIAL_HEALTH_NOTE),
            ("dental-chart-note", DENTAL_CHART_NOTE),
            ("gp-recall-letter", GP_RECALL_LETTER),
            ("telehealth-outreach-note", TELEHEALTH_OUTREACH_NOTE),
        ],
    )
    print(f"probe87: {n} docs")


if __name__ == "__main__":
    main()
