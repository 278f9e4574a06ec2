"""Write the 96th hand-annotated redaction probe, Australian remote and First Nations health.

Why: clinical text from regional and remote Australia defeats redactors tuned on city notes.
Aboriginal and Torres Strait Islander surnames, skin names and nicknames are rare in name
lists and are often written in lowercase in hurried notes; community and town names are
everyday English words (Orange, Katherine, Alice, Hope Vale, Humpty Doo, Broken Hill);
hospitals travel as acronyms (RDH, ASH, KDH) or nicknames ('the Alice', 'Tennant clinic');
and the identifiers are Australian (Medicare with IRN, IHI, DVA file numbers, Centrelink
CRNs, TFNs, AHPRA and prescriber numbers, state-format plates, lone postcodes such as 0870).
Doses, pathology values, scores, MBS/PBS item codes, bed and chair numbers, times, durations
and public helplines (000, 13YARN, Lifeline, healthdirect) sit next to them and must survive.

What: one hundred notes written by hand for this project, ten in each of ten styles:
remote-clinic-progress-note, rfds-retrieval-record, ahw-home-visit, renal-dialysis-unit-log,
maternal-child-health-check, mental-health-outreach-note, pharmacy-s100-record,
centrelink-ndis-support-letter, police-clinic-shared-care-note and
telehealth-specialist-letter. Every identifier is marked inline as
``[[LABEL|category:text]]``; ``write_styled`` strips the markers, computes offsets while
concatenating and writes one JSON document a line tagged with its style. All people, places
of residence, numbers and addresses are invented; most check-digit identifiers (Medicare,
IHI, HPI-I, TFN, VIN, IMEI) pass their checksums and a few deliberately do not.

Conventions: titles/roles outside names; "SURNAME, First" and "SURNAME First" are one span;
nicknames, skin names used for a person and first names alone are marked. Medicare numbers
(10 digits, or 11 with the IRN glued on; a separate "IRN 2" is not marked), IHIs, DVA file
numbers, NDIS numbers and private health memberships are ID|health_plan; hospital URNs/HRNs,
clinic (Communicare, PCIS, MMEx) client numbers, dialysis unit and ED attendance numbers are
ID|mrn; TFNs and Centrelink CRNs ID|ssn; AHPRA registrations, HPI-Is, Medicare provider and
PBS prescriber numbers and driver licence numbers ID|license; bank account numbers, Centrepay
references, community store book-up, power card and pharmacy accounts ID|account (BSBs alone
are not marked); police event (PROMIS, QPRIME), RFDS mission, ambulance case, child
protection, NDIS request and complaint references ID|other. Ages of anyone (patients,
relatives, children) are marked, 90+ as AGE|date; "13F", "26M", "6yo", "18mo" whole, "M/35"
and "94 yrs" number only. A date with its time is one DATE span; weekday+date one span; times,
years, durations, weekdays alone and gestations are not marked. Hospitals (also as acronyms),
clinics, health centres, hostels, named pharmacies, schools, towns, communities, outstations,
islands and streets without a number are LOCATION|geo, the article in 'the Alice' left
outside; a full address is one ADDRESS|geo (an address laid over two lines is one span a
line); a lone postcode ADDRESS|geo. Countries, states, health services, land councils,
Aboriginal community controlled organisations named as organisations, police, Centrelink,
NDIS, DVA, RFDS and other agencies and charities are not marked, nor are RFDS aircraft.
Public lines (000, 13 11 14, 13YARN 13 92 76, 1800 numbers, 13HEALTH) and extensions are not
marked; clinic, ward and pharmacy phone and fax numbers are. Serials, transmitter ids and
IMEIs of personal devices are DEVICE|device; batch/lot numbers are not marked. Only full-face
photo references are ID|photo (wound photos are not); fingerprint, voiceprint, iris and
palm-vein template ids are ID|biometric. Staff initials alone (RN KB, AHW TJ) are not marked.

How: cd /work/main && .venv/bin/python scripts/make_probe96_corpus.py (writes
corpus/redaction/probe96.jsonl).
"""

from pathlib import Path

from make_safe_harbor_suite import write_styled

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "corpus" / "redaction" / "probe96.jsonl"

REMOTE_CLINIC = [
    """[[LOCATION|geo:Yuendumu Health Centre]] - progress note
[[DATE|date:14/03/2024 10:45]] RN review, walk-in
Client: [[PERSON|name:JAPANANGKA, Reuben]]   HRN [[ID|mrn:A0418832]]
Medicare [[ID|health_plan:4563 15004 2]] IRN 3
S: cough x 5/7, productive, green. Nil haemoptysis. Smokes ~10/day.
O: T 38.1, HR 104, RR 24, SpO2 93% RA, BP 132/84, BGL 11.2. Creps R base.
A: CAP, CURB-65 1. Known T2DM, HbA1c 9.4%.
P: amoxicillin 1 g TDS 5/7 + doxycycline 100 mg BD. Review tomorrow 0900.
Wife [[PERSON|name:Nungarrayi]] will bring him back; her mob [[PHONE|phone:0418 227 903]].
DMO (ext 4472) happy to manage in community. If worse -> RFDS to ED.""",
    """[[LOCATION|geo:hope vale PHC]] [[DATE|date:3/4/24]] 1430
seen [[PERSON|name:gibson, tahlia]] [[AGE|other:19F]] with mum. tired++, SOB on exertion.
hb 101, ferritin 8, tsat 6%. bhcg neg.
plan iron infusion (ferric carboxymaltose 1000 mg) at [[LOCATION|geo:cooktown MPHS]] thurs - booked w/ [[PHONE|phone:(07) 4043 0170]].
bus leaves the store 0700. ihi [[ID|health_plan:8003607931523775]] verified in HPOS.
lives [[ADDRESS|geo:14 Poland St, Hope Vale QLD 4895]] - no phone at house, msg aunty at the store.
KB RN""",
    """[[LOCATION|geo:ngukurr clinic]]  -  chronic disease recall
Patient [[PERSON|name:Roper-Daniels, Cyril]] ([[PERSON|name:Chooky]])
Communicare [[ID|mrn:NGK-004471]]   Medicare [[ID|health_plan:55145542951]]
Adult health check (MBS item 715) done today [[DATE|date:Tue 21 May 2024]].
eGFR 38, ACR 42.6, K 5.1. BP 148/92 on perindopril 5 mg. Foot check: monofilament 6/10 L.
Wants to go back to his outstation for two weeks - give 28 days Webster.
Cousin drives the troopy out: NT plate [[VEHICLE|vehicle:CD 47 KQ]].
Next review with renal physician in 3/12.""",
    """[[LOCATION|geo:Lightning Ridge Community Health]], wound clinic
[[DATE|date:08-Feb-2024]] 09:20
[[PERSON|name:Deshawn KENNEDY]], M/[[AGE|other:41]], opal miner, lives out on the opal fields.
Ulcer L shin 4 x 2.5 cm, sloughy, no cellulitis. Wound photo taken (WND_0208_01.jpg) - NOT for upload to MHR.
Dressing: Acticoat + crepe, change 3/7. ABPI 0.94.
Medicare [[ID|health_plan:2978 77530 3]] (card expired, he will renew).
Postcode [[ADDRESS|geo:2834]]. Contact via partner (mob on file).
GP letter faxed, fax [[PHONE|fax:(02) 6829 1145]].""",
    """[[LOCATION|geo:Palm Island PHC]] - acute
Name: [[PERSON|name:SORBY Leroy James]]   URN [[ID|mrn:PI0029163]]   [[AGE|other:27M]]
[[DATE|date:17.06.2024 @ 2215]] presented with hand lac after fight at the canteen.
5 cm lac dorsum R hand, tendons intact, ADT given (batch U7781A - not pt specific).
3 x 4-0 nylon. Keflex 500 mg QID 5/7. ROS 10/7.
Police present, QPRIME occurrence [[ID|other:QP2401188734]]; officer took statement.
Transfer not needed; [[LOCATION|geo:Townsville University Hospital]] plastics on call advised.""",
    """[[LOCATION|geo:Tennant clinic]] (Anyinginyi) - progress
[[DATE|date:29/07/2024]] 11:05  AHP review
Client [[PERSON|name:Peter Jupurrurla Brown]], goes by [[PERSON|name:Skinny]], [[AGE|other:63]] years.
Came in on the bus from his community.
Chest pain 2/7 on walking, settles rest. ECG SR 78, nil acute change. Trop hs 12 (0h), 14 (3h).
Known IHD, stent 2019. On aspirin 100 mg, atorva 80 mg, bisoprolol 2.5 mg.
DVA Gold card [[ID|health_plan:NX 218044]] (ex-Norforce).
Discussed with cardiology; for outpatient stress test in [[LOCATION|geo:Alice]].""",
    """[[LOCATION|geo:Borroloola Health Centre]]
[[DATE|date:5 August 2024]], 1600
[[PERSON|name:ESSEX, Delphine]] with her boy [[PERSON|name:Kaiden]] [[AGE|other:6yo]].
Boy: skin sores x 1/52, 3 crusted lesions on legs, no fever. Wt 21.4 kg. Bicillin weight-band 900 mg IMI stat.
OK to return to school tomorrow.
Mum asked to update Medicare for both: hers [[ID|health_plan:6850 20177 5]]-1, son IRN 3.
Email for recall letters [[EMAIL|email:delphine.essex88@outlook.com]].
Family staying with nan.""",
    """[[LOCATION|geo:Flinders Island Multi-Purpose Centre]]
RAN note [[DATE|date:Friday 13 September 2024]] 0815
[[PERSON|name:Rex Maynard]], [[AGE|other:74]], palawa elder, came across on the mail plane.
INR 4.6 (target 2-3) on warfarin 5 mg. No bleeding. Withhold tonight, 3 mg from tomorrow, recheck Mon.
Pacemaker ([[DEVICE|device:Medtronic Azure SN RNB204711S]]) check due, remote transmission failed - home monitor not paired.
Daughter phoned, worried.
GP to review Tues. [[LOCATION|geo:Whitemark Pharmacy]] fax [[PHONE|fax:03 6359 2117]].""",
    """[[LOCATION|geo:Wadeye Clinic]] - overnight on-call
[[DATE|date:2024-10-02 02:40]] called out by night patrol
pt [[PERSON|name:kardu ngala, francis]] ?? spelling, prefers [[PERSON|name:Frankie]]. approx [[AGE|other:35]] y.
seizure x2 at home, post-ictal, GCS 13 -> 15 by 0320. BGL 5.8. Known epilepsy, ran out of levetiracetam 500 mg BD 1/52 ago.
Loaded 1 g IV. Obs stable.
phone call w DMO - keep in clinic overnight, RFDS not required.
Brother stayed with him.
Client no. [[ID|mrn:WDY 0088152]], HRN [[ID|mrn:D7781204]].""",
    """[[LOCATION|geo:Gununa PHC]]
[[DATE|date:19 Nov 2024]]
Client: [[PERSON|name:Wayne ROUGHSEY]], male.
Gout flare R 1st MTP, urate 0.61. Colchicine 500 mcg 2 stat then 1 hr later 1; pred 30 mg x 5/7.
Works at the barge landing; needs med cert (Centrelink). Med cert emailed to [[EMAIL|email:wroughsey.gununa@gmail.com]].
Tried to book [[LOCATION|geo:Mount Isa Hospital]] rheum OPD, referral fax [[PHONE|fax:(07) 4744 4802]]; waitlist ~5 months.
ihi [[ID|health_plan:8003 6085 5698 0332]].""",
]

RFDS_RETRIEVAL = [
    """RFDS Central Operations - retrieval record
Mission no. [[ID|other:CO-24-118392]]   Aircraft VH-FXR (PC-24)   Priority 1
Tasked [[DATE|date:12/01/2024 21:14]] by [[LOCATION|geo:Amata Clinic]]
Pt: [[PERSON|name:KANTJI, Maureen]] F   Medicare [[ID|health_plan:3512918475]]   IHI [[ID|health_plan:8003608467785986]]
Hx: PPH 2/24 post home birth, est EBL 1200 mL. Hb 71. On oxytocin 40 U infusion.
Airstrip lights on 2205, wheels up 2251, flight 2 h 20 min to [[LOCATION|geo:Alice Springs Hospital]].
Handover to ED reg at 0125. 2 units PRBC en route (unit nos recorded on blood chart).
Escort: sister.""",
    """RFDS Queensland Section - Inter-hospital transfer
Mission [[ID|other:QLD-MSN-2402-5531]]
From: [[LOCATION|geo:Doomadgee Hospital]]  To: [[LOCATION|geo:Mount Isa Hospital]].
[[PERSON|name:Trevor "Bubba" Walden]], male. STEMI inferior, TNK given 1340 (weight 98 kg, dose 50 mg).
Post-lysis ST resolution > 50%. Rhythm: SR with occasional VEs. GCS 15.
Pt's own insulin pump ([[DEVICE|device:MiniMed 780G SN NG2174926H]]) suspended for flight, BGL 9.6.
Next of kin: wife will drive down, QLD rego [[VEHICLE|vehicle:514 HYQ]].
Flight nurse (AHPRA [[ID|license:NMW0001873341]]).""",
    """ROYAL FLYING DOCTOR SERVICE - WESTERN OPERATIONS
Primary retrieval, [[LOCATION|geo:Fitzroy Crossing]] -> [[LOCATION|geo:Broome Hospital]]
Mission ref [[ID|other:WO2403-77810]]. Call received [[DATE|date:27 March 2024 0615]].
Patient: [[PERSON|name:Jarrah Bin Sali]] ([[PERSON|name:Jazza]]), [[AGE|other:16]] years. MVA on the highway.
GCS 12 (E3 V4 M5), # R femur, traction splint. Fentanyl 50 mcg x 3. Lactate 3.2.
Car: WA plate [[VEHICLE|vehicle:1GKB 448]], rolled; driver (uncle) taken by road.
Mother contactable by phone, details on HRN.""",
    """RFDS SE Section
Clinic flight to [[LOCATION|geo:Wilcannia]], [[DATE|date:Wed 3 April 2024]]
Pt transferred: [[PERSON|name:PARKER, Nola]] [[AGE|other:81]] yrs
Falls x 2 overnight, # NOF L suspected, Hb 118, Na 129.
Lives alone at [[ADDRESS|geo:18 Ross St, Wilcannia NSW 2836]]. Neighbour has key.
Destination [[LOCATION|geo:Broken Hill Hospital]] ED.
DVA [[ID|health_plan:NSWX 90417]] (war widow).""",
    """Retrieval record - Top End Retrieval Service / RFDS
Case [[ID|other:CN-24-0519-08]]
Referring: [[LOCATION|geo:Galiwinku Health Centre]]. Receiving: [[LOCATION|geo:RDH]] ICU.
Pt [[PERSON|name:Gurruwiwi, Marlene]] F/[[AGE|other:38]], HRN [[ID|mrn:D6120057]]
Hx: melioidosis, septic shock. MAP 58 on noradrenaline 0.15 mcg/kg/min. Lactate 5.4. Meropenem 1 g given 1410.
Strip wet - wheels down 1732, depart 1815, ETA 1905.
Husband escort.
Receiving ICU consultant aware. Doc faxed to ICU [[PHONE|fax:08 8922 8457]].""",
    """RFDS   Mission [[ID|other:MI/24/06/2210]]
Date/time of call: [[DATE|date:06/06/2024 14:02]]
Location: roadhouse 12 km east. Caller: roadhouse mgr.
Patient: [[PERSON|name:Hamish O'CONNELL]], [[AGE|other:23M]], road train driver. Rollover 40 km west.
Truck rego [[VEHICLE|vehicle:XN 62 RT]] (NT); trailer not recorded.
Injuries: # ribs L 5-8, pneumothorax, finger thoracostomy. SpO2 95% on 6 L. Ketamine 50 mg.
Driver licence QLD [[ID|license:084 557 193]] (from wallet).
Transferred to [[LOCATION|geo:Mount Isa Hospital]].""",
    """RFDS Central - Aeromedical record (APY Lands)
[[DATE|date:15/07/2024]] Task 0342, [[LOCATION|geo:Pukatja]] airstrip.
Pt: Minyma [[PERSON|name:Rita Tjilari]], [[AGE|other:67]] y. Known ESKD, misses dialysis.
K+ 7.4 on i-STAT, broad QRS. Ca gluconate 10% 30 mL, insulin/dextrose, salbutamol neb.
Nganampa Health Council RN attending; clinic fax [[PHONE|fax:08 8954 6146]].
Retrieval no. [[ID|other:CR24-07-0342]]. Flown to [[LOCATION|geo:ASH]] for urgent HD.""",
    """RFDS retrieval - Far West
Mission [[ID|other:SE-24-08-4417]]  [[DATE|date:Thursday, 22 August 2024]]
Pt [[PERSON|name:Lachlan "Lockie" Hughes]] M/[[AGE|other:9]] (school kid)
Snake bite (?brown) L ankle at the creek 1500. Pressure bandage applied by teacher. 20 min WBCT clotted? - no, unclotted at 1 h.
VDK: no venom in wound swab tested. Brown snake antivenom 1 vial at the MPS.
Mum's mob [[PHONE|phone:0429 550 614]].
Medicare [[ID|health_plan:4966 19935 4 3]]. Home: [[ADDRESS|geo:"Kelvin Downs", Mitchell Hwy, Enngonia NSW 2840]].
Flown to base hospital, bed confirmed.""",
    """RFDS - Tasmania   Intrastate transfer record
[[DATE|date:2 Sept 2024 10:30]] [[LOCATION|geo:King Island Hospital]] -> [[LOCATION|geo:LGH]]
Patient: [[PERSON|name:BRIGHT, Ernest]], aged [[AGE|date:92]]. Sepsis ?urinary source. Lactate 2.9, BP 94/50 after 1 L.
Ceftriaxone 2 g 0915. Delirious, CAM+.
Advance care directive on file. EPOA: son, phone on file.
DVA [[ID|health_plan:TX 602188]] Gold. Hearing aids both sides ([[DEVICE|device:Phonak Audeo SN 1923A7KX]], left) - bagged with belongings.
Mission no. on RFDS system.""",
    """RFDS Central Ops - mission
From [[LOCATION|geo:Kintore Clinic]] to [[LOCATION|geo:ASH]].
[[DATE|date:09/10/2024 0712]] Pt: [[PERSON|name:Tjapaltjarri, Benny]].
Stroke, onset ~0500, NIHSS 14. Outside thrombolysis window on arrival.
ihi [[ID|health_plan:8003 6047 3574 1331]].
Wife [[PERSON|name:Napanangka]] escort; interpreter Pintupi-Luritja arranged via AIS.
Relative's car ([[VEHICLE|vehicle:CB 12 PX]]) will drive in.""",
]

AHW_HOME_VISIT = [
    """AHW home visit
[[DATE|date:16/01/2024]] 1000. Visited [[PERSON|name:Nampitjinpa, Lorna]] ([[AGE|other:71]]) at [[ADDRESS|geo:House 44, Papunya NT 0872]] with her granddaughter.
BP 156/94, BGL 14.8 fasting? (had damper). Not taking metformin - says it makes her guts sick. Explained XR 1 g nocte.
No power for 2 days - power card ran out. Power card account [[ID|account:7001 4482 19]] topped up $20 by family.
Fridge off so insulin moved to clinic fridge.
Follow up Fri. Spoke w/ clinic RN.
AHW: [[PERSON|name:Selina Napangardi Dixon]] (AHPRA [[ID|license:ATS0001684273]])""",
    """home visit   [[DATE|date:2 feb 2024]]   [[LOCATION|geo:aurukun]]
went to see [[PERSON|name:bruce kalkeeyorta]] [[AGE|other:62]] at his sister's place, [[ADDRESS|geo:17 Kang Kang Rd]] near the school.
legs swollen ++, SOB lying flat, slept on chair. wt 104.2 (was 99 last month). furosemide 40 mg mane - he hasn't had it 4 days.
sister says he gave his tablets to cousin.
rang DMO ([[LOCATION|geo:Weipa Hospital]]) - increase to 80 mg, come to clinic tomorrow for bloods.
his store book-up a/c no. [[ID|account:AUK-0311]] - store ok to hold back $ for taxi to clinic? told him no, we pick him up.
AHW TJ""",
    """Aboriginal Health Worker - Home Visit Record
Client name: [[PERSON|name:McGRADY, Tahnee]]       Communicare: [[ID|mrn:TC0048163]]
Address: [[ADDRESS|geo:Unit 3/41 Paterson St, Tennant Creek NT 0860]]
Date: [[DATE|date:Monday 4 March 2024]]
Reason: post-discharge check after hospital admission (RHD, INR).
INR (point of care) 2.6, on warfarin 4 mg. Benzathine penicillin due in 18 days - 28-day schedule, 11 of 13 doses on time this year.
Lives with partner and 3 kids; youngest [[AGE|other:18mo]].
Has new phone: [[PHONE|phone:0481 223 796]] (IMEI [[DEVICE|device:468861075404236]] registered for her appointment SMS app).
Next visit: 2/52.""",
    """AHW visit - [[LOCATION|geo:Hermannsburg]] outstation run
[[DATE|date:10/04/2024]]
Drove out to the outstation with the driver. Troopy [[VEHICLE|vehicle:CG 81 MN]].
Saw Mrs [[PERSON|name:Rubuntja]] (goes by Aunty [[PERSON|name:Val]]) [[AGE|other:84]] - Hb 96, on iron, looks pale. Chest clear.
Her Libre sensor fell off; new sensor applied, serial [[DEVICE|device:0M0004X7KFJ]]. Readings avg 9.8, TIR 61%.
Also saw her son - BP 138/88, has run out of amlodipine 10 mg; brought 1 month S100 supply.
Road corrugated - 2 hrs each way.
Return 2/52.""",
    """home visit note
[[DATE|date:07.05.24]] 13:30
pt: [[PERSON|name:SCHREIBER, Norman]] aka [[PERSON|name:Nugget]], [[AGE|other:45]]
address: [[ADDRESS|geo:12 Back Beach Rd, Yarrabah QLD 4871]]
wound L foot (diabetic ulcer) - smaller 2 x 1 cm, granulating. photo taken for podiatry (foot only).
HbA1c 11.2. insulin glargine 40 u nocte. Says pen needle ran out; dropped 1 box (batch HX22314 - n/a).
wants to see podiatrist at the [[LOCATION|geo:Yarrabah clinic]] Thurs.
Centrelink worry - CRN [[ID|ssn:205 418 395K]] - payment stopped, will help him ring.""",
    """AHW Home Visit - [[LOCATION|geo:Orange]]
Date of visit: [[DATE|date:13 June 2024]]
Client: [[PERSON|name:Kirsty-Lee Mundine]]   Medicare: [[ID|health_plan:4309 42397 2]]
Home: [[ADDRESS|geo:27 Glenroi Ave, Orange NSW 2800]]
Purpose: 6-week postnatal check (baby [[PERSON|name:Jaxon]], born at [[LOCATION|geo:Orange Health Service]]).
EPDS 9. Breastfeeding well. Baby wt 4.86 kg (birth 3.41 kg).
Mum's partner works at the mine, FIFO 7 on 7 off.
Follow up with AMS GP.""",
    """home visit  [[DATE|date:28/06/24]]  ~0930
client [[PERSON|name:darryl cubillo]] [[AGE|other:59]] lives in donga behind [[ADDRESS|geo:215 Freds Pass Rd, Humpty Doo NT 0836]].
COPD, home O2 concentrator [[DEVICE|device:EverFlo SN 5213044778]] - filter filthy, cleaned. using 2 L 16 h/day. still smoking (!).
SpO2 88% on 2 L. spiro not done.
Daughter [[PERSON|name:Jess]] ([[EMAIL|email:jess.cubillo@bigpond.com]]) asks if we can talk to landlord about smoke from burning off.
next visit 2/52 with AHP.""",
    """Home visit
[[DATE|date:Wed 17/07/2024]] AHW + RN
Client: [[PERSON|name:PASCOE, Irene]] [[AGE|other:39]] years. Pregnant G5P4, 31/40.
Lives [[ADDRESS|geo:8 Puchiwu St, Lockhart River 4892]] with 4 kids and partner.
BP 128/80, urine NAD, FH 30 cm, FHR 142. GDM on diet, BGLs ok.
Needs to go down to [[LOCATION|geo:Cairns Hospital]] at 36/40 - stay at hostel.
Kids ([[AGE|other:10]], [[AGE|other:8]]) - who will care? Aunty ok to mind them.""",
    """AHW home visit record
[[DATE|date:1 Aug 2024]]
Visited [[PERSON|name:Edna Nangala Sturt]], [[AGE|other:77]], at [[ADDRESS|geo:Lot 210 Duncan Hwy, Halls Creek WA 6770]].
Dementia moderate, MMSE 16 (interpreted Kukatja). Wandering at night, found near the creek last week.
Family asking about GPS watch - NDIS not eligible (age), My Aged Care ref [[ID|other:1-38842157]] lodged.
Grandson [[PERSON|name:Isaiah]] main carer.
Pension paid to his bank acct - BSB 036-122, acc [[ID|account:4877 3302]] - concern about financial abuse, discussed with SW.""",
    """Home visit
[[DATE|date:5/9/2024]]
[[PERSON|name:Raymond "Ray-Ray" Lawrence]] [[AGE|other:33]] - rheumatic heart disease, mod MR. Missed bicillin x2 (now 42 days since last).
Given bicillin 1.2 MU IMI at home, with EMLA. Next due [[DATE|date:3 October 2024]].
Lives with mum at [[ADDRESS|geo:House 96, Kowanyama 4871]].
RHD register no. [[ID|mrn:RHD-Q-004127]].
Echo due at [[LOCATION|geo:Kowanyama PHCC]] cardiology outreach next month.""",
]

RENAL_DIALYSIS = [
    """[[LOCATION|geo:Flynn Drive Renal Unit]] - session log
[[DATE|date:Mon 08/01/2024]]  Shift AM   Chair 7
Pt: [[PERSON|name:NAPURRURLA, Sheila]]   Dialysis no. [[ID|mrn:ASRU-1147]]
Pre wt 68.4 kg (EDW 65.0), UF goal 3.2 L. BP 172/98. K 6.1.
Access: L brachiocephalic AVF, thrill ++, 15G needles.
Ran 4 h, QB 300, Hep 2000 U bolus. Post wt 65.3, BP 141/82.
Pt ID confirmed by palm-vein scan (template [[ID|biometric:PV-20931-ASH]]) + photo on chart ([[ID|photo:PHOTO_A0391174_face.jpg]]).
Going back to community for funeral - return in 10 days. Arranged visiting dialysis at [[LOCATION|geo:Katherine Renal Unit]].""",
    """Home haemodialysis remote monitoring - weekly review
Patient: [[PERSON|name:Bob Jangala Wilson]] ([[PERSON|name:Old Bob]])   Unit no. [[ID|mrn:HHD-NT-0219]]
Location: [[ADDRESS|geo:Lot 5, Ali Curung NT 0872]]
Machine: [[DEVICE|device:NxStage System One SN 2Q19843]]; modem last reported from IP [[IP|ip:10.44.12.183]] on [[DATE|date:15/01/2024 21:07]].
Sessions this week: 4/5 (missed Thurs - sorry business).
Pre wts 81-83 kg, UF avg 2.1 L. BP avg 150/90.
Carer wife coping, needs more cartridge stock - courier Tues.
Nephrologist reviewed remotely.""",
    """KATHERINE RENAL UNIT - DIALYSIS RUN SHEET
Date: [[DATE|date:22 Feb 2024]]   Session: PM   Station 3
Name: [[PERSON|name:MANGGURRA, Lindsay]]   Unit no: [[ID|mrn:KRU00388]]
IHI: [[ID|health_plan:8003606139285195]]
Pre: 77.1 kg, BP 160/88, T 36.7. Post: 74.8 kg, BP 138/80.
Hb 94 -> darbepoetin 40 mcg IV post. Ferritin 512.
Complains itch ++, PO4 2.4. Sevelamer 800 mg TDS with meals - taking? prob not.
Lives [[LOCATION|geo:Barunga]], comes in on renal bus Mon/Wed/Fri.
Family contact: niece [[PHONE|phone:0448 617 230]].
RN FD""",
    """Purple House - [[LOCATION|geo:Kiwirrkurra]] dialysis log
[[DATE|date:11/03/2024]]
[[PERSON|name:Nakamarra, Elaine]] [[AGE|other:58]] (Pintupi). Came back from [[LOCATION|geo:Alice]] on the mail run.
Pre 59.2, post 57.4. BP 134/76. No cramps. Fistula good.
Spoke to sister about staying on country - very happy.
Nurse (AHPRA [[ID|license:NMW0002217764]]) on 2-week rotation.
Clinic Medicare billing under provider no. [[ID|license:4417325B]].
Photo of fistula sent to nephro (arm only).""",
    """[[LOCATION|geo:Nhulunbuy]] Renal Unit - incident/progress
[[DATE|date:2 April 2024 at 10:40]]
Pt [[PERSON|name:Marrkula Yunupingu]] [[AGE|other:46]], chair 2. Hypotension during run, BP 82/50 at 2 h. UF stopped, NS 200 mL bolus, recovered.
Likely below dry weight - EDW reduced to 71.5? -> increase to 72.5, discuss w nephro.
Transport: own car [[VEHICLE|vehicle:CF 09 TW]] - advised not to drive home. Brother collected.
Riskman ref [[ID|other:RM-2024-004118]] lodged.
Unit no. [[ID|mrn:GRU-0077]].""",
    """Renal outreach clinic - [[LOCATION|geo:Thursday Island]]
[[DATE|date:Tues 30/4/24]]
[[PERSON|name:Ahmat, Florence]] [[AGE|other:53]] yrs, CKD 4 (eGFR 17), pre-dialysis. From an outer island.
Discussed PD vs HD; prefers PD at home on island.
Weight 91 kg, BP 146/90, Hb 102, bicarb 19, K 5.5.
Medicare [[ID|health_plan:4607 22100 4]]   Private health (none).
Husband's email [[EMAIL|email:saulo.ahmat@yahoo.com.au]].
PD catheter insertion booked at [[LOCATION|geo:Cairns Hospital]] in 6 weeks.""",
    """DIALYSIS UNIT LOG - satellite unit
[[DATE|date:16/05/2024 0630]]  Chair 1
[[PERSON|name:Vincent Bugmy]] M [[AGE|other:66]]. AVF L forearm, buttonhole.
Pre wt 88.9 / post 86.3. BP 150/80 -> 132/74. Na 136 K 5.9.
Transport by ambulance? No - own car [[VEHICLE|vehicle:DQ 48 LX]] (NSW), wife drives.
Patient ID photo updated on Renal Star ([[ID|photo:IMG_20240516_0632.jpg]], face).
Pt requests copy of results emailed to [[EMAIL|email:vbugmy66@gmail.com]] - consent on file.
Unit fax [[PHONE|fax:(08) 8080 1469]].""",
    """[[LOCATION|geo:Fitzroy Crossing]] dialysis - session note
[[DATE|date:03/06/2024]]
[[PERSON|name:SHANDLEY, Lenny]] [[AGE|other:71]] (Walmajarri). Unit no. [[ID|mrn:FXD-0045]]
Missed Fri run - went to [[LOCATION|geo:Noonkanbah]] for meeting. K 7.0 pre. ECG peaked T. Calcium resonium 15 g + ran 5 h.
Pre 79.3, post 75.9. Chest clear after.
Wife also on program.
Ask Kimberley Renal Services re transfer to [[LOCATION|geo:Derby]] if full.""",
    """Home dialysis unit - PD clinic
[[DATE|date:Fri 12 July 2024]]
Patient: [[PERSON|name:WOSOMO, Elsie]] (TSI).  URN [[ID|mrn:C8872015]]
APD cycler [[DEVICE|device:Baxter HomeChoice Claria SN HC21A44790]], Sharesource connection from IP [[IP|ip:203.45.118.9]].
Total UF 950 mL/night, PET high average. Exit site clean.
Lives [[ADDRESS|geo:14 Douglas St, Thursday Island QLD 4875]].
Next clinic 4/52 by telehealth.
IHI [[ID|health_plan:8003 6092 6621 1548]].""",
    """[[LOCATION|geo:Alice Springs Hospital]] satellite dialysis - transfer note
[[DATE|date:27.08.2024]]
Pt [[PERSON|name:Rodney Tjukurrpa Hogan]]. Dialysis no. [[ID|mrn:ASRU-1213]]. Moving to [[LOCATION|geo:Tennant Creek]] dialysis (Anyinginyi) from next week.
Access: R IJ permcath (AVF clotted). Heparin lock 5000 U/mL.
EDW 62.0. Hep B immune. MRSA neg.
NOK: son (ph on file).
Unit sign-in fingerprint template [[ID|biometric:FPT-ASRU-1213-R2]] to be deleted on transfer.
Centrelink mobility allowance - CRN [[ID|ssn:306 722 914A]].""",
]

MATERNAL_CHILD = [
    """Child health check - [[LOCATION|geo:Maningrida Health Centre]]
[[DATE|date:9/1/2024]]
Child: [[PERSON|name:Tristan Bununggurr]]   DOB [[DATE|date:27/06/2023]]
Mum [[PERSON|name:Priscilla]] [[AGE|other:22]], dad not present.
Wt 6.9 kg (< 3rd centile, was 10th). Length 64 cm. Hb 98. Weight faltering.
Immunisations: 6-month vaccines given (Infanrix hexa batch A21CB712B, Prevenar 13) - no reactions.
Plan: growth review 2/52, dietitian. Discussed with paeds on-call.
Medicare: baby not yet on mum's card [[ID|health_plan:4020 52188 3]] - Services Australia form given.""",
    """Antenatal visit - [[LOCATION|geo:Kununurra clinic]] (OVAHS)
[[DATE|date:14 February 2024]]
[[PERSON|name:Chantelle RIVERS]] [[AGE|other:17]] yrs, G1P0, 26+3 weeks by dating scan.
BP 112/70. FH 26. FHR 150. Urine: leuc +. GTT booked 28/40.
Lives with grandmother at [[ADDRESS|geo:22 Coolibah Dr, Kununurra WA 6743]].
Smoking 5/day, trying Quit - 13 78 48 number given.
Boyfriend ([[AGE|other:19]]). Child protection concern? Nil at this stage.
Birth plan: low-risk local vs transfer - discuss at 32/40.
Contact [[PHONE|phone:0416 339 072]].""",
    """Maternal & child health (Waminda)
[[DATE|date:Thursday 7 March 2024]], 10:00 appt
Mum: [[PERSON|name:Jade Carriage]]. Bub: [[PERSON|name:Mali]], [[AGE|other:4]] weeks.
Bub wt 4.12 kg (birth 3.28). Feeding EBF q3h. Jaundice resolved.
Mum EPDS 15 (Q10 = 0). Referred to perinatal MH. Lifeline 13 11 14 given.
Address: [[ADDRESS|geo:9/15 Worrigee St, Nowra NSW 2541]]
Mum's Medicare [[ID|health_plan:3220 13544 1]], bub IRN 4.
Appointments link: [[URL|url:https://bookings.waminda.org.au/c/JCarriage-2203]]""",
    """MCH - [[LOCATION|geo:Galiwinku]]
[[DATE|date:4 April 2024]]
[[PERSON|name:Dhamarrandji, Rachel]] [[AGE|other:31]], 36/40, G4P3. Pre-eclampsia? BP 152/98, protein 2+, plt 110.
Discussed with O&G reg: for RFDS transfer today.
Husband [[PERSON|name:Gapany]] will stay with the kids.
HRN [[ID|mrn:D5517732]].""",
    """Child health - [[LOCATION|geo:Wilcannia MPS]]
[[DATE|date:15/05/2024]]
Child: [[PERSON|name:KING, Lucas]]   [[AGE|other:3]] y 2 m
Hearing screen: R ear perforation, discharge (CSOM). Tympanometry flat both. Ciprofloxacin ear drops 5 drops BD.
Speech delay - referred to speech path ([[PHONE|phone:08 8080 1228]]).
Carer: nan [[PERSON|name:Josephine King]], kinship care via DCJ, case no. [[ID|other:DCJ-FACS-2311-88417]].
Medicare [[ID|health_plan:6541 39929 4]]/2""",
    """antenatal  -  Gidgee Healing outreach
[[DATE|date:20.06.2024]]
[[PERSON|name:tanisha moore]] [[AGE|other:24]] G2P1. 20/40 morphology: low lying placenta, for repeat 32/40.
BP 118/72. Hb 109. Syphilis serology neg, HIV neg.
partner drives white Hilux QLD [[VEHICLE|vehicle:298 VBN]] - lives [[ADDRESS|geo:7 Isa St, Dajarra QLD 4825]].
can we email appts: [[EMAIL|email:tanisha.moore96@icloud.com]]
midwife (AHPRA [[ID|license:NMW0001952037]]).""",
    """Child health check - [[LOCATION|geo:Ernabella]]
[[DATE|date:1 July 2024]]
[[PERSON|name:Tjukupati Young]] ([[AGE|other:2]] yo) with mother [[PERSON|name:Nanette Young]] and grandmother.
Wt 10.2 kg (10th), Ht 84 cm. Hb 112. Skin: scabies ++ whole family. Permethrin to all, incl. 6 household members.
Ear: L TM bulging, red. Amoxil 45 mg/kg/day BD x 7/7.
Mum's ph [[PHONE|phone:0472 608 311]]. Postcode [[ADDRESS|geo:0872]].
Next due: 2-year check + ASQ-TRAK.""",
    """Mother & baby check - [[LOCATION|geo:Broome]] (postnatal ward outreach)
[[DATE|date:Sat 10 August 2024]] 1500
[[PERSON|name:Ngaire Dann]] [[AGE|other:35]], day 3 post LSCS. Baby boy [[PERSON|name:Eli]] 3.6 kg.
Breast feeding - attaching well. Baby hearing screen passed. Hep B dose 1 given (batch HBV22-119, not pt ID).
Discharging to community tomorrow; bus departs 0900.
Baby birth registration no. [[ID|other:2024/BR/0813377]] lodged by ward clerk.
NOK: partner [[PHONE|phone:0455 307 822]].
Baby photo taken by mum for family (not recorded).""",
    """MCH - [[LOCATION|geo:Cape Barren Island]] outreach
[[DATE|date:Tuesday 17 September 2024]]
Child: [[PERSON|name:Ollie Everett]], [[AGE|other:4]] y 4 m. Healthy Kids Check MBS 715 / 10987 billed.
Wt 18.1 kg, Ht 106 cm. Vision 6/9 both. Teeth: 2 caries - dental van next month.
Mum [[PERSON|name:Skye Everett]] asks re child care subsidy. CRN (mum) [[ID|ssn:417 203 661H]].
Email mum: [[EMAIL|email:skye.everett@live.com.au]]""",
    """Child health check - [[LOCATION|geo:Saibai Island PHC]]
[[DATE|date:12/11/2024]]
[[PERSON|name:Mosby-Waia, Kaleb]] [[AGE|other:8]]. Recurrent skin sores, ?APSGN - BP 130/84 (high for age), haematuria ++, periorbital oedema.
Discussed with paeds: transfer to [[LOCATION|geo:TI Hospital]] today by helicopter.
Mum [[PERSON|name:Ruth Waia]] escort; dad stays with younger kids.
Medicare [[ID|health_plan:4252 01875 3]] (IRN 5).""",
]

MENTAL_HEALTH_OUTREACH = [
    """Remote mental health outreach - [[LOCATION|geo:Lajamanu]]
[[DATE|date:10 January 2024]]
Client: [[PERSON|name:Jakamarra, Dwayne]] ([[PERSON|name:DJ]]), [[AGE|other:24]]. Seen at the clinic with cousin.
K10 34. Poor sleep, hearing voices at night, cannabis (gunja) daily, ?petrol sniffing historically.
Denies SI today. Safety plan: 13YARN 13 92 76, clinic, night patrol.
Risperidone consta 37.5 mg IMI given - next due in 2/52.
Psychiatrist via video, room link [[URL|url:https://vcc.healthdirect.org.au/t/tems-lajamanu/room/dj-7731]].
Mob [[PHONE|phone:0433 706 251]] (often no credit).""",
    """MH outreach - [[LOCATION|geo:Walgett]]
[[DATE|date:Tues 6/2/24]]
[[PERSON|name:Cody Dennison]] M/[[AGE|other:19]]. Referred by the high school after posting self-harm images. PHQ-A 21.
Cutting L forearm superficial. No plan. Lives with aunty at [[ADDRESS|geo:34 Pitt St, Walgett 2832]].
Instagram handle shared by school - not recorded here.
Safety plan done; Kids Helpline 1800 55 1800 and headspace given.
Next: video with CAMHS [[DATE|date:13/02/2024 14:00]]. Joined from IP [[IP|ip:172.16.8.77]] (school wifi) - note for IT.""",
    """Mental Health - Far West outreach
[[DATE|date:21 March 2024]]
Pt: [[PERSON|name:Eileen Harvey-Clarke]], [[AGE|other:56]] years, grieving - son died in custody ([[LOCATION|geo:Broken Hill CC]]) last year; coroner ref [[ID|other:2023/00412917]].
K10 38, sleep 3 h/night, drinking 8-10 cans/day. Denies SI, protective: grandkids.
Commenced mirtazapine 15 mg nocte. Thiamine 100 mg daily.
Email for letters: [[EMAIL|email:eileen.hc@bigpond.com]]. Home phone disconnected.
Lives [[ADDRESS|geo:Lot 3, Menindee St, Menindee NSW 2879]].""",
    """Community MH note - [[LOCATION|geo:Katherine]]
[[DATE|date:17/04/2024 11:30]]
[[PERSON|name:LEE, Antonio]] [[AGE|other:38M]]. Known schizoaffective. Involuntary order (NT MHRSA s.34) ref [[ID|other:MHRT-NT-24-0417]].
Found walking on the highway near the turnoff by police 2/7 ago.
Paliperidone 150 mg due today - given R deltoid.
Brother will stay with him in town.
Firearms licence (NT) [[ID|license:FL 004812]] - police notified, guns surrendered.
Next review: psychiatrist, [[LOCATION|geo:KDH]].""",
    """Outreach MH - [[LOCATION|geo:Palm Island]] / telepsych
[[DATE|date:Wed 15 May 2024]]
Client [[PERSON|name:Geoffrey Castors]] [[AGE|other:44]]. Domestic violence history, DVO in place (QPS order no. [[ID|other:DVO-QLD-2401-77342]]).
Mood low, K10 29. Quit grog 3/52 (good!). Drinking at the canteen stopped.
Video consult with psychiatry - link [[URL|url:https://telehealth.tuh.health.qld.gov.au/join/88231774]], connected from [[IP|ip:10.129.4.56]].
Sertraline 50 -> 100 mg.
Support person: Aunty (ph on file).""",
    """Social & emotional wellbeing (SEWB) outreach
[[LOCATION|geo:Doomadgee]]   [[DATE|date:4/6/2024]]
[[PERSON|name:Roderick "Rocko" Walden-Ned]] [[AGE|other:29]]. Recently released from prison.
Parole: QCS offender no. [[ID|other:QCS-1198422]]. Reporting Mon to probation.
K10 27, PTSD sx. Not on meds. Wants to go out bush with uncle.
Centrelink: crisis payment pending, CRN [[ID|ssn:218 557 340J]].
Contact email [[EMAIL|email:rocko.wned@gmail.com]].""",
    """Mental health outreach - [[LOCATION|geo:Fregon]] ([[LOCATION|geo:Kaltjiti]]), APY
[[DATE|date:25/07/2024]]
[[PERSON|name:Kunmanara Baker]] ([[AGE|other:61]]) - name used after death in family, previously [[PERSON|name:Roslyn Baker]].
Depression, sorry business, K10 not done (language). Ngaanyatjarra/Pitjantjatjara interpreter present.
Escitalopram 10 mg - adherent per Webster.
Daughter in [[LOCATION|geo:Port Augusta]] aware.
Next: 4/52 with NPY Women's Council worker.""",
    """MH outreach - [[LOCATION|geo:Bathurst Island]]
[[DATE|date:Monday, 12 August 2024]]
Client: [[PERSON|name:Puruntatameri, Gerard]] [[AGE|other:33]]. Post-discharge from Cowdy Ward ([[LOCATION|geo:RDH]]) last week.
Olanzapine 10 mg nocte. Sleeping OK. No SI/HI.
Tiwi - speaks Tiwi first. Family meeting with mum and uncle.
Voice-biometric phone line for Centrelink set up (voiceprint ID [[ID|biometric:VP 55-912-330]]) so he can call without CRN.
Mobile [[PHONE|phone:0438 902 114]].""",
    """SEWB/MH outreach - NW Tasmania
[[DATE|date:11/09/2024]]
[[PERSON|name:Corey Wells]] M/[[AGE|other:42]], palawa man. Fishing deckhand, lost job.
Gambling (pokies) + depression. PHQ-9 19. Debts - payday loan account [[ID|account:CASH-88120473]].
Referred to financial counselling (1800 007 007) and Gambler's Help.
Car repossessed? Ute TAS plate [[VEHICLE|vehicle:G 47 LK]] still with him.
Partner concerned.
GP at [[LOCATION|geo:Smithton Medical Centre]], fax [[PHONE|fax:(03) 6452 2019]].""",
    """MH outreach - [[LOCATION|geo:Yarrabah]]
[[DATE|date:30 Oct 2024]]
[[PERSON|name:Tyesha Murgha]] [[AGE|other:16]]. Referred by [[LOCATION|geo:Yarrabah State School]] counsellor after overdose (paracetamol 20 x 500 mg) at home. Seen [[LOCATION|geo:Cairns Hospital]] ED, NAC completed.
Now living with grandmother.
Child Safety notification ref [[ID|other:CSO-2410-55812]].
Follow up: headspace Fri.""",
]

PHARMACY_S100 = [
    """S100 RAAHS supply record - remote clinic
Supplying pharmacy: [[LOCATION|geo:Alice Springs Pharmacy Plus]], fax [[PHONE|fax:08 8952 1367]]
Date supplied: [[DATE|date:11/01/2024]]
Client: [[PERSON|name:WILLIAMS, Teresa Kngwarreye]]   Communicare [[ID|mrn:STC-01188]]
Items: metformin XR 1 g x 60, empagliflozin 10 mg x 30, perindopril 10 mg x 30, atorvastatin 40 mg x 30.
Webster-pak x 4 weeks, packed by pharmacist (AHPRA [[ID|license:PHA0001477219]]).
Prescriber: DMO, prescriber no. [[ID|license:2145873]].
Note: 2 packs returned unopened last month (pt away for funeral).""",
    """S100 dispensing log - PHCC
[[DATE|date:23 Jan 2024]]
[[PERSON|name:Peinkinna, Alfred]] - bicillin LA 1.2 MU (RHD), given by RN. Lot 4819A (not recorded against pt).
[[PERSON|name:koomeeta, gracie]] - doxycycline 100 mg BD x 7 (STI contact tracing), azithro 1 g stat.
[[PERSON|name:Ampeybegan, Wesley]] - salbutamol MDI, tiotropium, DVA [[ID|health_plan:QX 901234]].
Supply via [[LOCATION|geo:Weipa Pharmacy]], fax order [[PHONE|fax:07 4069 7211]] - delivered on Skytrans Thurs.
Pharmacist checked.""",
    """Pharmacy record - Barkly S100
[[DATE|date:Friday 16 February 2024]]
Pt [[PERSON|name:Joseph Japaljarri Graham]] ([[PERSON|name:Joe Boy]]). Medicare [[ID|health_plan:5203 06617 3]] IRN 1.
Insulin glargine 100 U/mL pens x 5, NovoRapid x 5, pen needles 4 mm x 100.
CGM: Dexcom G6 transmitter [[DEVICE|device:8GT4K2]], sensors x 3 (NDSS).
NDSS registration current.
Delivered to [[ADDRESS|geo:Mulga Camp, Tennant Creek NT 0860]] by AHP.
Pharmacy account (non-PBS items) [[ID|account:TCP-ACC-00172]] - $14.50 outstanding.""",
    """S100 clinic medication reconciliation - [[LOCATION|geo:Wurrumiyanga Health Centre]]
[[DATE|date:14/03/2024]]
[[PERSON|name:TIPUAMANTUMIRRI, Rosemary]]  [[AGE|other:64]] yrs   HRN [[ID|mrn:D4409918]]
Discharge meds from [[LOCATION|geo:RDH]] vs clinic chart:
- apixaban 5 mg BD NEW (replaces warfarin) - warfarin stopped, INR chart closed.
- frusemide 40 -> 80 mg mane. - spironolactone 25 mg continued.
Discrepancy: clinic still had digoxin 62.5 mcg - ceased per cardiology.
Discussed with RDH pharmacy. Clinic pharmacist aware.
Tiwi Islands postcode [[ADDRESS|geo:0822]].""",
    """Prescription record - [[LOCATION|geo:Lightning Ridge Pharmacy]]
[[DATE|date:02/04/2024]]
Customer: [[PERSON|name:Barry Fernando]], [[ADDRESS|geo:"Moonlight" camp, Three Mile Rd, Lightning Ridge NSW 2834]]
Pension concession card [[ID|ssn:304 881 562B]]. Medicare [[ID|health_plan:6780012912]].
Methotrexate 10 mg weekly (Friday) - counselled, folic acid 5 mg.
Closing the Gap (CTG) annotation on script - confirmed Aboriginal, co-payment nil.
Prescriber: AMS GP, prescriber no. [[ID|license:0839275]].
Account: [[ID|account:LRP-3381]] (monthly statement).""",
    """S100 stock/patient log - [[LOCATION|geo:Warburton Clinic]] (WA)
[[DATE|date:9 May 2024]]
Supplied to [[PERSON|name:Daisy Ward]]: isoniazid 300 mg daily (latent TB) x 28, pyridoxine 25 mg x 28. DOT by AHW.
[[PERSON|name:Stanley Porter]] [[AGE|other:47]]: ceftriaxone 500 mg IMI (gonorrhoea), partner notified.
WA Health S100 supplier: [[LOCATION|geo:Kalgoorlie Pharmacy]] (order fax [[PHONE|fax:08 9021 1488]]).
Pharmacist review via phone.""",
    """Dose administration aid record
Pharmacy: [[LOCATION|geo:Katherine Chemmart]]
Patient: [[PERSON|name:Ah Kit, Stephanie]]   DOB [[DATE|date:19 September 1972]]   Address: [[ADDRESS|geo:6 Giles St, Katherine NT 0850]]
Packing date [[DATE|date:14/06/2024]] (weeks 24-27).
Regimen: sacubitril/valsartan 49/51 mg BD, bisoprolol 5 mg, dapagliflozin 10 mg, spironolactone 25 mg.
NB BP 98/60 at clinic - GP to review; pack held 1 day. Pharmacy ph [[PHONE|phone:(08) 8972 1244]].
Prescriber Dr [[PERSON|name:Caroline Mbeki]] (HPI-I [[ID|license:8003619456019378]]).""",
    """S100 - [[LOCATION|geo:Mimili Clinic]] (Nganampa)
[[DATE|date:Thu 11/7/24]]
Tjilpi [[PERSON|name:Jimmy Pompey]] ([[AGE|other:79]]): Gold card DVA [[ID|health_plan:SX 418807]] - medicines supplied by DVA/RPBS via clinic.
Tramadol SR 100 mg BD (supply 14 days only, S8-like monitoring at clinic), paracetamol 665 mg 2 TDS.
Reviewed by pharmacist (AHPRA [[ID|license:PHA0002018443]]).
Wife helps with tablets.
Fax copy to HQ pharmacy advisor [[PHONE|fax:08 8954 9012]].""",
    """Pharmacy S100 - NPA
Record [[DATE|date:20 August 2024]]
[[PERSON|name:Nona, Bertie]] - amoxicillin/clav 875/125 BD x 5, cellulitis.
[[PERSON|name:Elu, Matilda]] [[AGE|other:86]] - monthly DAA, warfarin (INR 2.3).
[[PERSON|name:Tamwoy, Ricky]] - salbutamol, pred 50 mg x 5.
Supply from [[LOCATION|geo:Bamaga Hospital]] pharmacy.
Script images scanned to MMEx record [[ID|mrn:MMEX-1204817]] (Elu).""",
    """Community pharmacy note - West Kimberley
[[DATE|date:04/10/2024]]
Customer [[PERSON|name:Kevin Ningamara]] picked up scripts for wife [[PERSON|name:Theresa Ningamara]] (authority on file).
Wife: insulin degludec, semaglutide 1 mg weekly (PBS authority approval no. [[ID|other:PBSA-24-7788112]]).
His own: allopurinol 300 mg, colchicine.
Paid via Centrepay ref [[ID|account:555 123 456A-CP07]].
Text reminder opted in: [[PHONE|phone:0419 632 880]]. Driver licence sighted WA [[ID|license:6172843]] (ID for S4D collection).""",
]

SUPPORT_LETTER = [
    """[[LOCATION|geo:Mutitjulu Health Service]]
[[ADDRESS|geo:PMB 17, Mutitjulu NT 0872]]   Ph [[PHONE|phone:08 8956 2049]]   Fax [[PHONE|fax:08 8956 2085]]

To: Services Australia (Centrelink) - Remote Servicing Team

Re: [[PERSON|name:Kunbry Reggie Taylor]], CRN [[ID|ssn:401 227 853C]]

He has end-stage kidney disease and receives haemodialysis 3 times a week, 450 km from home. He is unable to meet mutual obligation requirements and I support an exemption for 13 weeks.

Yours faithfully,
Dr [[PERSON|name:Gemma Whitford]]   MBBS FRACGP   Provider no. [[ID|license:2391047K]]""",
    """NDIS ACCESS REQUEST - SUPPORTING EVIDENCE
Participant: [[PERSON|name:TIMBERY, Shane Michael]]
Address: [[ADDRESS|geo:41 Boundary Rd]]
[[ADDRESS|geo:Wallaga Lake NSW 2546]]
NDIS access request no. [[ID|other:1-4428871003]]

[[PERSON|name:Shane]] sustained a traumatic brain injury in a motor vehicle accident in 2021 on the highway. He has ongoing deficits in memory and executive function (WAIS-IV processing speed index 72).
He requires support for daily living and transport; he lost his licence (NSW [[ID|license:18847201]]) after the accident.

Neuropsychologist. AHPRA [[ID|license:PSY0001553310]]""",
    """Maari Ma Health - [[LOCATION|geo:Wilcannia Primary Health Centre]]

To whom it may concern (NDIS),

I have known [[PERSON|name:Mervyn Harris]] ([[PERSON|name:Merv]]) for six years. His NDIS number is [[ID|health_plan:430 118 772]].
He has COPD (FEV1 38% predicted) and requires home oxygen and a mobility scooter. The scooter ([[DEVICE|device:Pride Pathrider 10 SN PR10-0092215]]) has failed and he has been housebound for six weeks.
He lives at [[ADDRESS|geo:5 Myrtle St, Wilcannia NSW 2836]]; his sister is his carer.

Regards,
[[PERSON|name:K. Bartholomew]], Registered Nurse""",
    """Centrelink - Medical Certificate (SU415)
Patient name: [[PERSON|name:Tarquin O'LOUGHLIN]]
CRN: [[ID|ssn:312665048X]]
Address: [[ADDRESS|geo:Unit 2, 18 Gregory St, Mount Isa QLD 4825]]
Condition: lumbar disc prolapse L4/5 with radiculopathy on MRI.
Period of incapacity: [[DATE|date:18 March 2024]] to [[DATE|date:17 June 2024]] (13 weeks).
Treating doctor: [[LOCATION|geo:Mount Isa Medical Centre]]
Provider number [[ID|license:4710568B]]""",
    """SUPPORT LETTER - NDIS plan review
Re: [[PERSON|name:Millie Lalara]] ([[AGE|other:9]] years), NDIS [[ID|health_plan:431 992 051]]
She has cerebral palsy (GMFCS IV) and uses a power wheelchair ([[DEVICE|device:Permobil M3 SN PM3-AU-774120]]) and an eye-gaze communication device.
She attends the local school. Her mother is her primary carer.
Plan manager: client account [[ID|account:PM-38812]].
Her photo ID for the new wheelchair taxi card: [[ID|photo:MLalara_face_2024.jpg]].
Regards, OT, AHPRA [[ID|license:OCC0001762204]]""",
    """Community Health - letter
To: DVA Client Services

RE: Mr [[PERSON|name:Alwyn Longbottom]], veteran, DVA file no. [[ID|health_plan:NX 145522]] (White card)
He ([[AGE|other:76]] yrs), a Vietnam veteran, lives at [[ADDRESS|geo:33 Illaroo Rd, North Nowra NSW 2541]]. He has PTSD and hearing loss; requests Open Arms counselling (1800 011 046) and hearing aid replacement.
Current aids: [[DEVICE|device:Oticon More 1 SN 2204518876]] (R), lost L aid.
Email [[EMAIL|email:alwyn.longbottom@iinet.net.au]].
[[PERSON|name:Jo-Anne Kearney]], Clinical Nurse Consultant""",
    """Letter of support - housing (Territory Housing)
[[DATE|date:Thurs 20 June 2024]]

Dear Housing Officer,

[[PERSON|name:Leanne Kemarre Stuart]], TFN held by Centrelink, CRN [[ID|ssn:207 915 488F]], currently lives at
[[ADDRESS|geo:Hidden Valley town camp, House 11]]
[[ADDRESS|geo:Alice Springs NT 0870]]
with 14 people in a 3-bedroom house. Her son ([[AGE|other:11]]) has RHD and needs bicillin every 28 days; overcrowding increases strep A risk.
I strongly support priority housing.

GP, Congress [[LOCATION|geo:Gap Road clinic]], ph [[PHONE|phone:08 8951 4400]]""",
    """To: NDIS - Change of details
[[DATE|date:17 July 2024]]
Participant [[PERSON|name:Darcy Bin Bakar]], NDIS no. [[ID|health_plan:430 557 219]]
New address: [[ADDRESS|geo:12 Anne St, Broome WA 6725]]
New bank details for self-managed funds: BSB 066-501, account [[ID|account:1055 8842]], name as per participant.
TFN for payroll of support workers: [[ID|ssn:826 512 613]].
Email: [[EMAIL|email:darcybb@outlook.com]]
Support coordinator copied.""",
    """Centrelink Disability Support Pension - Treating Doctor Report
Customer: [[PERSON|name:EDWARDS, Mavis]]   CRN [[ID|ssn:219 662 047K]]
TFN (customer provided, for DSP): [[ID|ssn:319 671 958]]
Address: [[ADDRESS|geo:RMB 1450, Bourke NSW 2840]]
Conditions: T2DM with bilateral below-knee amputation (R 2022, L 2023), CKD 3b, retinopathy.
Impairment tables: Table 3 (20 pts), Table 12 (10 pts).
Treating GP Dr [[PERSON|name:Samuel Achebe]], [[LOCATION|geo:Bourke]] AHS clinic, fax [[PHONE|fax:(02) 6872 3099]].""",
    """NDIS - Evidence of disability (psychosocial)
[[DATE|date:5 Sept 2024]]
Re: [[PERSON|name:Crystal Ah Chee]], [[AGE|other:37]]
NDIS request ref [[ID|other:REQ-00928814]]; previous application declined earlier this year.
Diagnosis: schizophrenia (since 2009), multiple admissions to [[LOCATION|geo:RDH]] mental health unit (Cowdy Ward). Functional assessment WHODAS 2.0: 41/48.
Photo ID (face) attached for identity: [[ID|photo:IMG_5531.JPG]].
Contact case manager, [[EMAIL|email:brett.hallam@nt.gov.au]].""",
]

POLICE_CLINIC = [
    """Watch house health assessment - [[LOCATION|geo:Alice Springs Watch House]]
[[DATE|date:06/01/2024 23:50]]  Protective custody (s.128)
Detainee: [[PERSON|name:PERKINS, Clinton]], [[AGE|other:31]]. PROMIS [[ID|other:P24006119]].
Intox, BrAC 0.214. GCS 14 (V4). Small lac L eyebrow, steri-strips. No head strike witnessed.
Fingerprint capture on arrest: template [[ID|biometric:NAFIS-NT-0044817]]. Custody photo [[ID|photo:CUST-AS-24-00061.jpg]] (face).
Neuro obs q1h overnight. If GCS drops -> ED.
Mum informed by night patrol.
Nurse: GM RN""",
    """Police / clinic shared care - [[LOCATION|geo:Yuendumu]]
[[DATE|date:13 Feb 2024]]
Community member [[PERSON|name:Clarence Jungarrayi Kelly]] [[AGE|other:40]] brought to clinic by police after DV incident; police job no. [[ID|other:NTP-240213-0077]].
Injuries: bruising R forearm, no #. X-ray not available - clinical.
Partner [[PERSON|name:Rosie Napaljarri]] seen separately by female RN, injuries documented (photos of arms only).
DVO application by police. Womens' safe house notified.
Car involved: Commodore [[VEHICLE|vehicle:CA 38 YF]], seized.
1800 RESPECT (1800 737 732) given to her.""",
    """Custody medical review - [[LOCATION|geo:Tennant Creek Police Station]]
[[DATE|date:Sat 9 March 2024 0215]]
[[PERSON|name:Dean "Tiny" Rankine]] [[AGE|other:26M]]. Arrested for drink driving, BAC 0.182 at RBT in town.
Vehicle: Toyota Hilux [[VEHICLE|vehicle:CC 51 RJ]], VIN [[VEHICLE|vehicle:JTEBH3FJ30K184207]].
NT licence [[ID|license:2847361]] suspended.
Hx asthma - ventolin given 4 puffs, peak flow 380 -> 450.
Released to brother at 0630.""",
    """Shared care - police & clinic
[[DATE|date:21/04/2024]]
Missing person: [[PERSON|name:Theodora Melpi]] [[AGE|other:15]], last seen 2 days ago near the airstrip. Type 1 diabetic - insulin pump ([[DEVICE|device:Omnipod PDM SN 4000-8713-2241]]).
Police ref [[ID|other:P24118302]]. Photo for search (face) supplied by family: [[ID|photo:TMelpi_school_photo_2024.jpg]].
Last HbA1c 10.3, insulin on board unknown. Risk DKA high.
Mum's mob [[PHONE|phone:0457 602 338]].""",
    """Sobering Up Shelter / clinic note - [[LOCATION|geo:Katherine]]
[[DATE|date:14.05.2024]] 2110
[[PERSON|name:gordon mcarthur]] [[AGE|other:47]] brought by night patrol, BrAC 0.25.
Obs: HR 112, BP 160/95, BGL 4.1 -> oral glucose. CIWA-Ar 12.
Known alcohol-related liver disease, plt 88, INR 1.6.
Brought to SUS 6th time this month. Referral to Kalano AOD program.
Police PROMIS [[ID|other:P24139955]]. Licence (NT) [[ID|license:3015548]] - disqualified.
Sister lives [[ADDRESS|geo:41 Bicentennial Rd, Katherine 0850]].""",
    """Cell health check - [[LOCATION|geo:Broome Police Station]]
[[DATE|date:18 June 2024, 04:40]]
Prisoner: [[PERSON|name:BIN SALLEH, Andrew]] [[AGE|other:35]]. Warrant arrest. WAPOL ID [[ID|other:WA-CID-7731052]].
Withdrawal from methamphetamine; agitated. Diazepam 10 mg given. HR 124. Temp 37.9.
Known to mental health.
Fingerprint/livescan id [[ID|biometric:LS-BRM-24-118804]]; iris capture declined.
Mobile phone seized: IMEI [[DEVICE|device:332139633659391]].
Transfer to regional prison tomorrow.""",
    """QPS / Primary Health shared care
[[DATE|date:Mon 15 July 2024]]
Person in custody: [[PERSON|name:Maloney, Jarrod]]. QPRIME [[ID|other:QP2401295517]].
Laceration to scalp 3 cm after fall at the pub. Stapled x 4. Tetanus up to date.
Head CT? Not available - CCR negative, observe.
QLD licence [[ID|license:102 775 448]]; car [[VEHICLE|vehicle:642 LDP]] towed to depot.
Grandfather ([[AGE|date:91]]) lives alone at [[ADDRESS|geo:9 Landsborough St, Normanton 4890]] - welfare check requested.""",
    """Joint police/health note
[[DATE|date:3 August 2024]]
Welfare check at [[ADDRESS|geo:22 Reid St, Wilcannia]]: [[PERSON|name:Cecil Bates]] [[AGE|other:68]] found on floor, down ~12 h. CK 4200, creat 180.
Ambulance case [[ID|other:NSWA-24-08-03-1187]]; RFDS retrieval.
Police event no. [[ID|other:E78812043]].
Next of kin: daughter [[PHONE|phone:0488 015 763]].
House keys left with neighbour.""",
    """Custody nurse - [[LOCATION|geo:Launceston Reception Prison]]
[[DATE|date:2024-09-11 07:15]]
[[PERSON|name:Shaun MANSELL]], [[AGE|other:29]], Aboriginal (palawa). Remanded.
Opioid replacement: methadone 70 mg, last dose yesterday at community pharmacy.
Hep C Ab+, RNA pending. Cellmate risk assessment done.
Tas Police ref [[ID|other:TP-24-0911-3318]]. Photo (face) on OIS: [[ID|photo:OIS-440912-F.png]].
Partner's email [[EMAIL|email:kira.mansell@hotmail.com]].""",
    """Police-clinic shared care plan
[[DATE|date:27/10/2024]]
[[PERSON|name:Samson Bernard]] [[AGE|other:19]], high-risk for volatile substance use (sniffing). Works at the cattle station.
Police OIC aware.
Referral to Central Australian Youth Link-Up Service. K10 31.
Vehicle he stole: station ute [[VEHICLE|vehicle:CE 77 DW]] (recovered). PROMIS [[ID|other:P24301776]].
Fingerprint [[ID|biometric:NAFIS-NT-0091534]] on file.
Grandmother at [[ADDRESS|geo:House 28, Kalkarindji NT 0852]].""",
]

TELEHEALTH_LETTER = [
    """[[LOCATION|geo:Royal Darwin Hospital]] - Cardiology Outpatients (telehealth)
Fax [[PHONE|fax:08 8922 8286]]
[[DATE|date:18 January 2024]]

The Medical Officer
[[LOCATION|geo:Gapuwiyak Health Centre]]

Dear colleague,
Re: [[PERSON|name:Wunungmurra, Dianne]], HRN [[ID|mrn:D3320186]]
Reviewed by video today (MBS 91824) with the AHP and Yolngu Matha interpreter.
Severe MR (RHD), LVEF 50%, LVESD 42 mm. For MV repair interstate - referral sent.
Please continue bicillin q28d and frusemide 40 mg mane.
Video session [[URL|url:https://nt.coviu.com/room/rdh-cardio-wunungmurra]] from clinic IP [[IP|ip:10.30.66.14]].
Kind regards, Cardiologist (AHPRA [[ID|license:MED0001234567]])""",
    """Telehealth - Endocrinology, [[LOCATION|geo:Cairns Hospital]]
[[DATE|date:22/02/2024]]
To: [[LOCATION|geo:Aurukun Primary Health Care Centre]], fax [[PHONE|fax:07 4060 4176]]
Patient: [[PERSON|name:Kerindun, Lionel]]   URN [[ID|mrn:C1103394]]
T2DM since age 19, HbA1c 12.8, eGFR 62, ACR 88. BMI 38.
Plan: start semaglutide 0.25 mg weekly, titrate; increase glargine to 50 U.
Retinal camera images (not face) show moderate NPDR - ophthalmology outreach.
CGM via Libre 2, LibreView account [[ID|account:LV-AU-5519028]] shared with clinic.
Endocrinologist. Provider no. [[ID|license:2256417J]]""",
    """[[LOCATION|geo:Alice Springs Hospital]] - Infectious Diseases
Telehealth consult letter   [[DATE|date:5 March 2024]]
cc: remote clinic RN

Re: [[PERSON|name:Tjungurrayi Nolan Butler]], HRN [[ID|mrn:A0276514]]
IHI [[ID|health_plan:8003602237444560]]
HTLV-1 positive (PVL 4.2%), bronchiectasis on CT, Strongyloides serology +.
Ivermectin 200 mcg/kg days 1, 2, 15, 16. Sputum for AFB x 3.
Joined via [[URL|url:https://vc.nt.health.gov.au/join/5523817?pin=4471]] at 1030 (IP logged [[IP|ip:10.30.71.202]]).
ID physician (AHPRA [[ID|license:MED0002288710]])""",
    """Paediatric telehealth - [[LOCATION|geo:Townsville University Hospital]]
[[DATE|date:Tues 16 April 2024]]
Dear Doctor ([[LOCATION|geo:Palm Island PHCC]]),
Re: [[PERSON|name:Jayden Sibley]], URN [[ID|mrn:T2208841]], parent present.
Reviewed for poor weight gain and recurrent pneumonia. Sweat test normal. CXR: RML collapse. Bronchoscopy here in 3 weeks.
Family Zoom ID [[URL|url:https://tuh-health.zoom.us/j/84412937715]] - connected from home IP [[IP|ip:2001:8003:4e2:9b00:1c5e:7a1:2f0:9d1]].
Mum email [[EMAIL|email:carmel.sibley@gmail.com]]
Paediatric registrar, for consultant""",
    """ENT telehealth report - [[LOCATION|geo:Orange Health Service]]
Date: [[DATE|date:May 23, 2024]]
Referring: AMS outreach clinic
Child: [[PERSON|name:Ashton Coe]]   Medicare [[ID|health_plan:4587 12768 1]]
Bilateral CSOM, audiogram 35 dB conductive loss. For bilateral myringoplasty on the ENT list in 6 weeks.
Hearing aid loan (bone conduction) [[DEVICE|device:Cochlear Baha 6 Max SN 9100043217]] issued meanwhile.
Mum's mob [[PHONE|phone:0423 870 331]].
Video ID (Healthdirect) [[URL|url:https://vcc.healthdirect.org.au/t/ohs-ent/waiting-area/coe-ashton]].
ENT surgeon, prescriber no. [[ID|license:3102884]]""",
    """Telehealth letter - Psychiatry (Kimberley Mental Health)
[[DATE|date:11/06/2024]]
Patient: [[PERSON|name:Yvonne Cox]]
Bipolar I, stable on lithium 750 mg nocte (level 0.7), TSH 6.1.
Lithium level due in 3 months. Video via [[URL|url:https://wacha.telehealth.wa.gov.au/s/bk-ycox-2406]] from clinic IP [[IP|ip:10.88.3.141]].
Clinic: [[LOCATION|geo:Balgo Clinic]], ph [[PHONE|phone:08 9168 8960]], fax [[PHONE|fax:08 9168 8961]].
Dr [[PERSON|name:Matthias Becker]], Consultant Psychiatrist (HPI-I [[ID|license:8003616751827182]])""",
    """[[LOCATION|geo:Launceston General Hospital]] - Respiratory telehealth
[[DATE|date:2 July 2024]]
To the GP, district hospital
Re: [[PERSON|name:GRANT, Lorraine]], [[ADDRESS|geo:8 Talbot St, St Helens TAS 7216]]
COPD GOLD 3, FEV1 0.9 L. On CPAP for OSA: [[DEVICE|device:ResMed AirSense 11 SN 23161845302]]; AirView data from device modem (IP [[IP|ip:49.181.207.33]]) shows AHI 4.1, usage 6.2 h/night.
Home O2 assessment: resting SpO2 89%.
DVA: [[ID|health_plan:TX 218903]] (war widow).
Respiratory physician, [[EMAIL|email:ahmed.qureshi@ths.tas.gov.au]]""",
    """Telehealth geriatric assessment
[[DATE|date:8 Aug 2024]]
Patient: [[PERSON|name:Ruby Ellen Quayle]], aged [[AGE|date:94]], lives at [[LOCATION|geo:Harold Williams Home]].
MoCA 14/30. Falls x 3. Postural drop 28 mmHg. Cease doxazosin, reduce furosemide to 20 mg.
Grandson (EPOA) joined via [[URL|url:https://teams.microsoft.com/l/meetup-join/19%3ameeting_NGM3YzE0Zj_quayle]] from IP [[IP|ip:120.156.44.91]].
Geriatrician (AHPRA [[ID|license:MED0001893324]])""",
    """Telehealth Nephrology - [[LOCATION|geo:RDH]]
[[DATE|date:Wednesday 18 September 2024]]
To: remote health centre
Re: [[PERSON|name:Garawirrtja, Julian]]  HRN [[ID|mrn:D7046612]]  IHI [[ID|health_plan:8003 6095 3882 5306]]
eGFR 11, K 5.9, Hb 88. Needs to relocate to [[LOCATION|geo:Darwin]] for HD unless home HD feasible.
Pt prefers to stay on country. AVF creation booked next month.
Wife supportive.
Video link [[URL|url:https://nt.coviu.com/room/rdh-renal-garawirrtja]]. Clinic video unit IP [[IP|ip:10.30.92.8]].
Nephrology consultant""",
    """[[LOCATION|geo:Mount Isa Hospital]] - Telehealth Obstetric consult
[[DATE|date:21 Nov 2024 at 14:30]]
Re: [[PERSON|name:Shenae Ah Sam]], G3P2 30/40. Medicare [[ID|health_plan:33899789621]].
GDM on metformin 1 g BD; fasting 5.6-6.1. Growth scan EFW 80th centile.
Plan: start insulin (isophane 8 U nocte), relocate at 37/40 - accommodation at the patient lodge.
Partner drives - QLD rego [[VEHICLE|vehicle:119 ZQK]].
Secure video [[URL|url:https://mih.telehealth.qld.gov.au/v/ahsam-3011]] (IP [[IP|ip:10.129.7.240]]).
O&G consultant (AHPRA [[ID|license:MED0002410986]])""",
]


def main() -> None:
    styles = [
        ("remote-clinic-progress-note", REMOTE_CLINIC),
        ("rfds-retrieval-record", RFDS_RETRIEVAL),
        ("ahw-home-visit", AHW_HOME_VISIT),
        ("renal-dialysis-unit-log", RENAL_DIALYSIS),
        ("maternal-child-health-check", MATERNAL_CHILD),
        ("mental-health-outreach-note", MENTAL_HEALTH_OUTREACH),
        ("pharmacy-s100-record", PHARMACY_S100),
        ("centrelink-ndis-support-letter", SUPPORT_LETTER),
        ("police-clinic-shared-care-note", POLICE_CLINIC),
        ("telehealth-specialist-letter", TELEHEALTH_LETTER),
    ]
    print(f"probe96: {write_styled(OUT, styles)} docs")


if __name__ == "__main__":
    main()
