"""Write the 71st hand-annotated redaction probe, 100 notes of remote and regional Australian health.

Why: remote Aboriginal and Torres Strait Islander health records name people the way communities
do, not the way a name list expects: skin names (Napaljarri, Jupurrurla, Kngwarreye) used alone
or inside a full name, kin titles (Aunty, Uncle, Tjilpi) before a given name, name substitutes for
the recently deceased (Kunmanara) and one-word nicknames. Places are community names in Aboriginal
languages and their English doubles (Wirrimanu/Balgo, Ieramugadu/Roebourne), outstations,
homelands, cattle stations, roadhouses, islands, airstrips and GPS fixes, lot and house numbers
instead of streets, and PMB/RMB postal addresses. Australian identifiers come with check digits
and unusual shapes (Medicare with a separate IRN, IHI, TFN, Centrelink CRN with a letter, Medicare
provider numbers, AHPRA codes, DVA file numbers, WA/NT/QLD/NSW plates, satellite phone numbers),
and sit next to look-alikes that must survive: MBS items (715, 10987, 91824), PBS codes, Closing
the Gap as a program, callsigns and flight numbers, aircraft types, lab values, batch numbers,
room and bed numbers, gestations and clock times.

What: ten styles of ten notes: remote clinic progress notes, RFDS/CareFlight/RSQ retrieval logs,
clinic-to-hospital referrals, renal hostel notes, patient assisted travel forms (NT and WA PATS,
QLD PTSS, NSW IPTAAS, SA PATS), FIFO mine-site medical logs, custody and youth detention health
notes, Aboriginal health worker home and outstation visits, telehealth with regional specialists,
and incident/sentinel event reports. Places span the NT (Top End, Arnhem Land, Tiwi Islands,
Central Australia, Barkly), the Kimberley, the Pilbara, Cape York, the Torres Strait, the APY
Lands and western NSW; languages named include Warlpiri, Yolngu Matha, Pitjantjatjara,
Murrinh-Patha, Kriol, Kala Lagaw Ya, Meriam Mir, Yumplatok, Martu Wangka and German.
Conventions: every name is PERSON|name, with Dr, RN, Aunty, Uncle, Tjilpi and Sen Const. outside
the span; a skin name or name substitute used for a person is a name; staff initials and police
registered numbers are not marked. Communities, outstations, homelands, stations, roadhouses,
islands, hospitals, clinics, Aboriginal community controlled health services, prisons, mine sites,
named regions (Kimberley) and coordinates are LOCATION|geo; lot, house, PMB, RMB and street
addresses with postcode are one ADDRESS|geo span; states, agencies and programmes are unmarked.
Dates in every format are DATE|date; ages of the note's patient are AGE|other (glued forms like
43M whole), ages 90 and over AGE|date. Medicare card numbers are ID|health_plan with the IRN left
outside; IHI, DVA, NDIS, fund member and travel insurance numbers are ID|health_plan; TFN and CRN
are ID|ssn; HRN/URN/UMRN and chart numbers ID|mrn; provider, prescriber, AHPRA and licence numbers
ID|license; BSB/account, Centrepay and statement numbers ID|account; plates and VINs VEHICLE;
ICD, CGM, dialysis machine, concentrator, ventilator, PLB and IMEI serials DEVICE; fingerprint,
face and livescan template ids ID|biometric; image files with a name or ID ID|photo; missions,
incidents, bookings, specimens, passports, custody and court numbers ID|other.

How: cd /work/main && .venv/bin/python scripts/make_probe71_corpus.py (writes corpus/redaction/probe71.jsonl).
"""

from pathlib import Path

from make_safe_harbor_suite import write_styled

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "corpus" / "redaction" / "probe71.jsonl"

STYLE_A = [
    """COMMUNICARE - PROGRESS NOTE
[[LOCATION|geo:Yuendumu Health Centre]]
Client: [[PERSON|name:NAPALJARRI, Lorraine]]   HRN [[ID|mrn:YDM004731]]   DOB [[DATE|date:14/02/1971]]
Medicare [[ID|health_plan:6662 39749 7]] IRN 2
Seen [[DATE|date:03/06/2024]] 0915 by RAN BC with AHP JN

S: "sugar no good, too much tired". Polyuria/polydipsia 2/52. Nil CP, nil SOB. Lives [[ADDRESS|geo:Lot 388, Yuendumu NT 0872]], 11 ppl in house, fridge broken (insulin storage issue).
O: T 36.8  HR 94  BP 158/96  RR 18  SpO2 97% RA  BGL 21.4  POCT HbA1c 11.8%  ACR 48 mg/mmol  wt 92.4kg
A: T2DM poorly controlled. CKD 3a (eGFR 52 last month).
P: metformin XR 1g BD restarted; empagliflozin 10mg mane (PBS 10048Y), CTG annotation on script. 715 health check overdue (last one 2022) - book with DMO Tues. Fridge request sent to housing. Daughter to help with Webster pack. Pt agreeable to plan.
BC/JN""",
    """[[LOCATION|geo:Galiwin'ku]] Clinic - Child health review ([[DATE|date:Wed 12/6/24]])
Child: [[PERSON|name:Kiara Dhamarrandji]]   [[AGE|other:4y9m]]
Carers: mum [[PERSON|name:Rosalind Gondarra]], mari (MM) also present. Lives [[ADDRESS|geo:Lot 412, Galiwin'ku NT 0822]] (Yirritja side of the community, near the store).
Hx: R ear discharge ~3/52, swimming daily. Nil fever, eating ok.
O: T 37.1, wt 16.2kg (WAZ -0.8), Hb 108. R TM perforated, purulent d/c; tymp R type B, L type A.
A: CSOM R. Scabies hands/feet, no infected sores.
P: dry mop + ciprofloxacin 0.3% 5 drops BD x 2/52 (taught mum), permethrin 5% whole household (9 people, 18 tubes). Healthy Under 5 Kids check done, 715 claimed. Hearing Australia referral sent. Review next Wed with AHP.
RN [[PERSON|name:T. Okafor]]""",
    """[[LOCATION|geo:Pukatja]] Clinic - AFTER HOURS
[[DATE|date:Sat 17 Aug 2024]] 0140. Family walked to nurses' house.
Pt: Tjilpi [[PERSON|name:Roy Kulyuru]], [[AGE|other:71yo]], chart [[ID|mrn:NHC-PUK-11807]]. Wife [[PERSON|name:Nyukana]] and son with him. Pitjantjatjara interp by son.
C/o central CP since ~2300 radiating L arm, diaphoretic. Hx T2DM, smoker, NSTEMI 2019 (stented, 2 DES).
Obs: HR 102 BP 92/60 RR 24 SpO2 91% RA GCS 15. ECG STE II, III, aVF 2.5mm. i-STAT cTnI 0.31 ng/mL.
D/w MedSTAR retrieval consultant: tenecteplase 40mg IV (wt 78kg), aspirin 300, clopidogrel 300, enoxaparin 30mg IV given 0225. RFDS PC-12 tasked, ETA 0420. Strip lights by clinic manager.
Son asks staff not to say his late brother's name in the house.
Clinic sat phone [[PHONE|phone:0147 226 318]] left with family.
RN SK / RN MO""",
    """[[LOCATION|geo:Wadeye]] Clinic - RHD / Bicillin round   [[DATE|date:11-Jun-2024]]
Client [[PERSON|name:TCHINBURUR Cyril]] [[AGE|other:17M]], on RHD register, HRN [[ID|mrn:WAD-20913]]
Priority 2 (moderate MR). Last Bicillin [[DATE|date:14/05/2024]], today day 28, on time.
Given benzathine penicillin G 1,200,000 units (2.3 mL) IM L ventrogluteal with lignocaine 1% 0.5mL. Batch 3K291B exp 09/2026. Buzzy used, tolerated well.
Obs HR 76 T 36.5. No new murmur noted. Echo due - cardiology outreach visit next month.
Next due [[DATE|date:09/07/2024]]. Reminder text to brother's phone.
Language Murrinh-Patha, no interpreter needed today.
AHP BK""",
    """[[LOCATION|geo:Kowanyama]] PHCC - wound review
[[DATE|date:2024-03-04]] | [[PERSON|name:Peinkinna, Darrel]] | URN [[ID|mrn:584417]] | Medicare [[ID|health_plan:5757 32960 7]]
L plantar foot ulcer (diabetic) 2.1 x 1.4 cm, depth 0.4, slough 30%, no probe to bone. DP/PT pulses weak bilat.
Photo uploaded [[ID|photo:IMG_0304_Peinkinna_Lfoot.jpg]] for high-risk foot team.
WCC 11.2 CRP 34. Swab [[ID|other:QH24-0304-77153]] sent on Tues mail plane.
Plan: cephalexin 500mg QID x 7/7, offloading boot, daily dressings by AHW. Podiatry at next outreach visit.
Best contact via sister.
RN DH""",
    """[[LOCATION|geo:Saibai Island]] PHCC - Treaty visitor presentation   [[DATE|date:19/11/23]]
Pt: [[PERSON|name:Joel Kaigabu]], M, traditional inhabitant from [[LOCATION|geo:Sigabadaru]] (PNG Treaty village). Traditional inhabitant pass [[ID|other:TIP-SB-4471]] sighted.
Cough 6/52, wt loss ~5kg, night sweats, haemoptysis x1. SpO2 94% RA, T 38.2, HR 108.
Sputum x3 for GeneXpert collected (spec [[ID|other:TCHHS-23-0918842]]). Surgical mask on, isolated in treatment room 2.
Interp (Kala Lagaw Ya) via AHW.
D/w TB Control Unit: transfer to [[LOCATION|geo:Thursday Island Hospital]] for CXR. Helicopter ETA 1530.
RN CS""",
    """[[LOCATION|geo:Bidyadanga]] Clinic     DATE: [[DATE|date:08 MAY 2024]]
PT: [[PERSON|name:Shania Munroe]]  F  [[AGE|other:9]]  MRN [[ID|mrn:BRM0092231]]
Contact of APSGN case (cousin). Facial puffiness on waking, urine "like coke". BP 128/84 (>95th centile), UA blood 3+ protein 2+. Skin sores both legs.
ASO/anti-DNase B and C3 sent. Notified Population Health by phone + email to [[EMAIL|email:cdc.kimberley@health.wa.gov.au]].
Plan: transfer to [[LOCATION|geo:Broome Hospital]] by road (clinic Troopy), Nan escorting. Benzathine pen for household contacts per CDNA guideline.
RN HQ""",
    """[[LOCATION|geo:Wilcannia]] Community Health
Adult health check (MBS 715) - [[DATE|date:Thursday 2nd May 2024]]
Client: Uncle [[PERSON|name:Ronald Kennedy]]   Medicare [[ID|health_plan:6033 44532 3]]-1
Address [[ADDRESS|geo:27 Reid Street, Wilcannia NSW 2836]]. Age pension, CRN [[ID|ssn:308 412 557J]].
Items: 715 today; GPMP 721 + TCA 723 reviewed; AHW follow-up 10987 x2 booked. Spirometry 11506: FEV1/FVC 0.62.
BP 146/88, BMI 31.4, waist 112cm. HbA1c 8.4%, eGFR 61, ACR 6.2, TC 5.9.
Imms: Prevenar 20 + Shingrix #1 given (batch AB4471). Closing the Gap PBS co-payment registered.
Referrals: optometry outreach, podiatry, ITC care coordinator.
Dr [[PERSON|name:Simon Achterberg]] (prov [[ID|license:476361HW]])""",
    """AH callout [[DATE|date:22/01/24]] 0230 - [[LOCATION|geo:Lajamanu]]
[[PERSON|name:Francis Patrick]] (skin [[PERSON|name:Jupurrurla]]) [[AGE|other:28]]M brought up by police. Lac L forearm ~6cm, broken glass, tendons intact, full ROM.
Irrigated, 6 x 4-0 nylon, ADT given. Denies ETOH, no LOC. Const. [[PERSON|name:Hollis]] present throughout.
ROS day 10 at clinic.
RAN [[PERSON|name:Kate Ferreira]] / 2nd on call RAN DW""",
    """[[LOCATION|geo:Ngukurr]] clinic - SEWB note [[DATE|date:5.3.24]]
Seen [[PERSON|name:Tamika Roberts]] [[AGE|other:19F]] with cousin-sister [[PERSON|name:Latoya]]. Low mood since her partner passed (sorry business ongoing). No plan or intent, K10 31. Sleeping at aunty's place.
Safety plan done. 13YARN (13 92 76) and Lifeline 13 11 14 given. Referred to SEWB team + TEMHS telehealth.
Kriol speaker. Contact via aunty's mobile [[PHONE|phone:0419 552 083]].
SEWB worker [[PERSON|name:Leon Thompson]]""",
]

STYLE_B = [
    """RFDS WESTERN OPERATIONS - CLINICAL COORDINATION LOG
Mission [[ID|other:WO-24-031877]]   Tasked [[DATE|date:2024-02-09T03:12]]   A/C PC-12/47E, callsign RFDS 562
Pickup [[LOCATION|geo:Fitzroy Crossing Hospital]] -> dest [[LOCATION|geo:Broome Hospital]] (ICU bed confirmed)
Pt [[PERSON|name:SHANDLEY, Kevin]]  [[AGE|other:43M]]  URN [[ID|mrn:F0031872]]
Dx sepsis ?melioidosis (wet season, gardener). Lactate 4.8, MAP 58 on noradrenaline 8 mcg/min via PIVC x2. Meropenem 1g given 0250.
Referring MO ON
Crew: MO RT, FN PB, pilot GL
Times: wheels up 0340 / on ground 0425 / pt loaded 0512 / wheels up 0530 / landed 0618 / handover 0650
No in-flight events. NOK wife travelling by road.""",
    """RFDS CENTRAL OPS - PRIORITY 1
Task [[ID|other:CO-240711-0094]]  [[DATE|date:11/07/2024]]
FROM [[LOCATION|geo:Kalka]] Clinic airstrip  TO [[LOCATION|geo:Alice Springs Hospital]] ED/PICU via
| Name | [[PERSON|name:Kunmanara Stanley]] (family request, name substitute) |
| Age | [[AGE|other:14 months]] |
| HRN | [[ID|mrn:ASH 0771934]] |
| Dx | bronchiolitis, apnoeas x2, SpO2 84% -> 95% on HFNP 2L/kg |
| Escort | mum |
Call received 1418 from clinic RN. Consult PICU. King Air B200C, callsign FD 641, wheels up 1505, ETA strip 1615. Road to strip graded? "yes, dry".""",
    """CareFlight TOP END - Retrieval record
Case no [[ID|other:CF-TE-24-2291]]  Date [[DATE|date:24 Feb 2024]]  Clinician: FN/MW + MO
Origin [[LOCATION|geo:Maningrida]] Health Centre -> [[LOCATION|geo:Royal Darwin Hospital]] Birth Suite
Pt [[PERSON|name:Natasha Wurramara]] G4P3, 32+4/40, PPROM 0600 with tightenings 3:10. Cx 4cm on VE by RAN.
Nifedipine 20mg PO, betamethasone 11.4mg IM #1 1120, MgSO4 4g load. GBS unknown - benpen 3g IV.
HRN [[ID|mrn:RDH1188024]], IHI [[ID|health_plan:8003 6071 5633 7885]]
Aircraft King Air 350, callsign CareFlight 41. Flight time 55min. Mum's sister escort (Burarra speaker, some English).
Handover birth suite 1505. FHR 140s throughout.""",
    """RFDS QLD SECTION - Flight log / clinical summary
[[DATE|date:2023-12-28]]  Job [[ID|other:QLD-RSQ-23-118204]]  (RSQ coordinated)
Strip: [[LOCATION|geo:Aurukun]] - night ops, flares lit by council. A/C B350 "FD 238"
Pt: [[PERSON|name:Pootchemunka, Terrence]]  [[AGE|other:22]] yrs  URN [[ID|mrn:CNS-4420871]]
HPI: bitten R ankle by ?taipan 1900 walking home from the river; pressure bandage immobilisation applied by cousin.
20WBCT not clotting. INR >12, fibrinogen <0.3. Taipan AV 1 vial (batch 1209-41) at 2145 by MO, nil reaction.
Obs at handover: HR 88, BP 118/74, GCS 15, no ptosis, CK 410.
Dest [[LOCATION|geo:Cairns Hospital]] ICU.""",
    """RFDS SOUTH EASTERN SECTION
PRIMARY RESPONSE   [[DATE|date:3 April 2024]]
Caller: station manager, [[LOCATION|geo:Mount Arrowsmith Station]], via Iridium [[PHONE|phone:+8816 3157 2290]]
Single-vehicle rollover on the highway ~48km S of the station turn-off. Ute NSW rego [[VEHICLE|vehicle:FQ 27 LM]], driver ejected.
Pt [[PERSON|name:Jed Harrower]] [[AGE|other:26]] M. GCS 13 (E3V4M6), R femur deformity, HR 124, BP 96/60.
Landed on graded claypan, coords [[LOCATION|geo:29°48'S 142°01'E]] (manager's GPS). Traction splint, TXA 1g, ketamine analgesia.
Dest SA major trauma service (cross-border agreement). Police informed.""",
    """RFDS WO - MINE SITE TASK
[[DATE|date:16-10-2024]]   Ref [[ID|other:WO-24-118830]]
Site [[LOCATION|geo:Cloudbreak]] aerodrome. Site ESO on scene.
Pt [[PERSON|name:Callum Reddy]] [[AGE|other:38]], employee no. [[ID|other:FMG-E204417]]. Crush injury L hand between drill rods, partial amputation D3/D4 tips. Tourniquet not needed. Digits packed wet/cold.
Fentanyl IN 100mcg, cefazolin 2g. ADT given on site.
Dest: [[LOCATION|geo:Hedland Health Campus]] then likely on to tertiary hand surgery (d/w plastics reg).
PC-12 callsign RFDS 551, wheels up 1342, on ground site 1431.""",
    """RSQ / Torres and Cape - Aeromedical request
Date [[DATE|date:Mon 8 July 2024]]
From: [[LOCATION|geo:Mer]] PHCC  ->  [[LOCATION|geo:Thursday Island Hospital]]  ->  ?[[LOCATION|geo:Cairns Hospital]]
Pt [[PERSON|name:Nona, Seriba]]   F   URN [[ID|mrn:TI0045920]]
L-sided weakness onset 0720 (last known well), FAST pos. BGL 7.2. No CT on island - telestroke planned on arrival.
Helicopter (AW139) ETA 1040. Escort: daughter [[PERSON|name:Mary Nona]] (Meriam Mir interp). Husband to follow on the next barge.
Requesting RN/MO.""",
    """CareFlight / NT - Primary: [[LOCATION|geo:Victoria River Downs]] Station
Call [[DATE|date:2024-06-19]] 0812, from head stockman [[PERSON|name:Bluey Carmody]] on sat phone [[PHONE|phone:+8816 2144 0783]].
Pt [[PERSON|name:Tyson Roe]], [[AGE|other:19]] yo, jackaroo, thrown from horse in the yards, ?# pelvis, HR 118, cool peripheries.
Station strip serviceable, 1200m gravel. PC-12 callsign CareFlight 22, ETA 0950.
Pelvic binder, 1 unit O neg (carried), TXA. Dest [[LOCATION|geo:Royal Darwin Hospital]] trauma.
Employer: station manager informed, workers comp to be lodged.""",
    """RFDS CO - [[LOCATION|geo:Barkly Homestead]] roadhouse strip
[[DATE|date:02.09.2024]]
Pt: [[PERSON|name:Lena Hoffmeister]], German tourist, geb. [[DATE|date:14.03.1998]], home [[LOCATION|geo:Freiburg im Breisgau]]
Passport [[ID|other:C4TR7H2L9]]   Travel insurer policy [[ID|health_plan:ALZ-TRV-77310248]]
Campervan rollover (hire van, rego NT [[VEHICLE|vehicle:CF 82 JK]]). Seatbelted. Chest wall pain, #ribs L 5-8 ?PTX - decreased AE L.
Finger thoracostomy not needed, SpO2 96% on 6L. Partner minor injuries, travelling with pt.
Callsign FD 644. Roadhouse owner lit the strip.""",
    """IHT handover (SBAR) - [[LOCATION|geo:Kununurra Hospital]] -> [[LOCATION|geo:Royal Darwin Hospital]] (cross border)
S: [[PERSON|name:Yvonne Bedford]] [[AGE|other:52F]], URN [[ID|mrn:K204118]], hyperkalaemia K+ 7.4 on dialysis pt, missed 2 sessions (sorry business).
B: ESKD on HD M/W/F at home renal unit. AVF L arm, thrill present.
A: calcium gluconate 10% 30mL, insulin/dextrose, salbutamol neb. Repeat K 6.6. ECG peaked T, QRS 110ms.
R: RFDS B200 callsign RFDS 567, ETA 1700. Emergency HD on arrival.
[[DATE|date:27/11/2023]]. Ph handover MO to MO. Husband on [[PHONE|phone:0409 118 452]].""",
]

STYLE_C = [
    """[[LOCATION|geo:Anyinginyi Health Aboriginal Corporation]]
Fax [[PHONE|fax:(08) 8962 2690]]

Cardiology Outpatients

Dear Cardiology team,
Re: [[PERSON|name:Jessica Nungarrayi Frank]]   DOB [[DATE|date:19/10/2001]]   Medicare [[ID|health_plan:2108 63394 7]] (3)
Thank you for seeing [[PERSON|name:Jessica]] with severe RHD (MS, MVA 1.1cm2 on last echo) now 9/40 pregnant (G2P1). NYHA II-III. On Bicillin q21 days, adherence 92% last 12/12.
Current meds: bisoprolol 2.5mg, frusemide 20mg. Warfarin not indicated (SR, no LA thrombus).
She would like to birth in town with her mother as escort; PATS form attached.
Best contact is via the clinic (own phone often no credit).
Kind regards,
Dr [[PERSON|name:Marguerite Soulos]], GP   Prov no [[ID|license:275609KF]]""",
    """e-Referral (HealthLink) [[ID|other:HL-REF-20240329-88213]]
From: [[LOCATION|geo:Lockhart River]] PHCC, Torres and Cape HHS
To: Ophthalmology outpatients
Patient: [[PERSON|name:CHEVATHEN, Gloria]]  URN [[ID|mrn:CNS-1180394]]  IHI [[ID|health_plan:8003 6085 1385 5163]]
Reason: retinal camera screening this week shows R proliferative DR with NVD, L severe NPDR. VA R 6/36, L 6/12.
T2DM 19 yrs, HbA1c 10.1%. BP 162/90. Category 1 requested.
Will travel on PTSS via Skytrans flight, escort cousin.
Images: [[ID|photo:RetCam_CNS1180394_R.jpg]] (+ L eye, same series)
Referring: RN AB for MO (prov [[ID|license:206841FB]])""",
    """[[LOCATION|geo:NGANAMPA HEALTH COUNCIL]]  [[ADDRESS|geo:PMB 227, Umuwa via Alice Springs NT 0872]]
Fax [[PHONE|fax:+61 8 8954 9020]]
To: Vascular Access Nurse, Renal, [[LOCATION|geo:Royal Adelaide Hospital]]
RE: [[PERSON|name:Pamela Tjami]]. Medicare [[ID|health_plan:5530 64656 7]]-4
eGFR 12 (down from 19 four months ago). K 5.6, Hb 94, PO4 1.9. ACR 310. Oedema mild. Not yet on dialysis.
[[PERSON|name:Pamela]] has decided with her family (after many meetings with the renal team) for HD and wants to dialyse closer to home when a chair comes up. Please arrange AVF creation. Needs Pitjantjatjara interpreter (NAATI booked through AIS).
Non-dominant L arm, veins marked "save this arm" since 2022.
Husband [[PERSON|name:Harry Burton]] is her carer; phone via clinic.
MO, AHPRA [[ID|license:MED0001827364]]""",
    """[[LOCATION|geo:Miwatj Health]] - [[LOCATION|geo:Yirrkala]] Clinic
Antenatal referral / transfer to tertiary birthing unit at 37/40
Date [[DATE|date:14-Feb-24]]
Woman: [[PERSON|name:Rarrkminy Marika]]  17 yrs  G1P0  HRN [[ID|mrn:GDH 088274]]
Hb 96 (iron infusion given 1/52 ago, ferric carboxymaltose 500mg), GDM on OGTT (fasting 5.6/1h 10.4/2h 8.9), BP 110/70. Syphilis serology neg. GBS TBA.
Living with mother's family. Partner (19) not involved in care.
Yolŋu Matha (Rirratjingu) first language; Strong Women worker supports.
Midwife [[PERSON|name:Clare O'Halloran]], [[EMAIL|email:clare.ohalloran@miwatj.com.au]]""",
    """[[ADDRESS|geo:37 Pitt St, Walgett NSW 2832]]  F [[PHONE|fax:02 6828 6455]]
Orthopaedic Clinic
Re: Mr [[PERSON|name:Clive Dutton]]  DOB [[DATE|date:22/12/1979]]  Medicare [[ID|health_plan:6358 81331 3]] / 1
Dear colleague, [[PERSON|name:Clive]], shearer, has R knee pain 8/12 with locking, ?bucket handle MMT on US. XR: mild OA. Unable to work. IPTAAS paperwork to follow.
Lives out of town; no car - transport by AMS bus.
Regards, Dr [[PERSON|name:Padma Iyer]] (prov [[ID|license:5380271X]])
cc: AHP RW""",
    """[[LOCATION|geo:Puntukurnu Aboriginal Medical Service]] outreach
REFERRAL: Paediatrics outpatients
Child [[PERSON|name:Tyreece Robinson]]  DOB [[DATE|date:30.06.2023]]  UMRN [[ID|mrn:H1100482]]
Faltering growth: wt 7.9kg (<3rd centile), was 25th at 6/12. Recurrent diarrhoea, anaemia Hb 89, ferritin 6. Household of 14, Martu speaking.
Mum (20) works at the school; grandmother is main carer.
Contact via grandmother's mobile [[PHONE|phone:0428 660 391]].
Please also consider FASD assessment.
Dr [[PERSON|name:Hiroshi Tanaka]], AHPRA [[ID|license:MED0002045318]]""",
    """[[LOCATION|geo:Mawarnkarra Health Service]]
To: Hepatology (fax [[PHONE|fax:08 6152 4911]])
[[PERSON|name:COX, Reginald]]  b. [[DATE|date:11/11/1972]]  UMRN [[ID|mrn:A7704219]]  DVA [[ID|health_plan:WX 20914]]
HCV RNA positive, genotype 3, APRI 2.1, FibroScan 14.2 kPa (F4). Plt 98. Veteran (Gold card). Sofosbuvir/velpatasvir held pending specialist review given cirrhosis.
Prefers telehealth from clinic.
Referring GP Dr [[PERSON|name:Ruth Abernethy]]  prov [[ID|license:3738793B]]""",
    """TORRES AND CAPE HHS - Primary Health Centre
REFERRAL - Breast Surgery / Oncology
[[DATE|date:Tues 23 April 2024]]
Pt: [[PERSON|name:Mosby, Edna]]  [[AGE|other:57]]  Medicare [[ID|health_plan:6303 53626 8]] irn 2
Home: [[ADDRESS|geo:Lot 9 Poid Road, Kubin Village, Moa Island QLD 4875]]
BreastScreen mobile van visit - R breast 22mm spiculated mass, US BIRADS 5. Core bx [[ID|other:SN24-118273]] IDC gr 2, ER+/PR+/HER2-.
Needs surgical consult + MDT. PTSS approved for pt + escort (sister).
Mobile [[PHONE|phone:0437 520 884]]
RN MA on behalf of SMO""",
    """[[LOCATION|geo:Warburton]] Clinic
To: Mental Health, [[LOCATION|geo:Kalgoorlie Health Campus]]    Urgent    [[DATE|date:28 June 2024]]
[[PERSON|name:Donovan Porter]] [[AGE|other:31]]M, UMRN [[ID|mrn:K0918820]]. Hearing voices 3/52, not sleeping, threatened brother with a tyre lever yesterday, now calm. Cannabis +, petrol sniffing history (Opal fuel in community since 2005).
Family want him to go to town with an uncle. Not under MHA order at present.
RFDS transfer requested; contact clinic or nurse mob [[PHONE|phone:0499 301 276]].
RAN GV / DMO (tele)""",
    """[[LOCATION|geo:Bourke Aboriginal Health Service]] - e-referral summary
Sent [[DATE|date:2024-05-15T10:42:17]] via Medical Objects
To: Respiratory, tertiary centre
Pt: [[PERSON|name:Harris, Lucinda Mae]]   DOB [[DATE|date:09/09/1988]]   Medicare [[ID|health_plan:3707 07017 3]]-2
Bronchiectasis (childhood pneumonia x4), FEV1 48% pred. Pseudomonas on sputum x2. Requests CT + physio. IPTAAS form signed by Dr [[PERSON|name:Ahmed Rahimi]] prov [[ID|license:3244994F]].""",
]

STYLE_D = [
    """RENAL HOSTEL - resident daily notes   [[DATE|date:Monday 15/07/2024]]
Room 7: [[PERSON|name:Maisie Napangardi]] ([[LOCATION|geo:Nyirripi]]). Bus to [[LOCATION|geo:Flynn Drive Renal Unit]] 0615 for 0700 chair, back 1210. Ate lunch. Fluid gain 2.9kg since Fri (told by renal nurse). Upset - wants to go home for grandson's funeral.
Spoke to [[LOCATION|geo:Purple House]] social worker re Return to Country trip - she'll ring the community.
Room 11: [[PERSON|name:Jimmy Jampijinpa Spencer]] - missed bus, found in town with family. Renal unit rebooked him 1300. Reminded re fluids.
Hostel staff: CM (day) / BT (eve)""",
    """Incident-style note - hostel night shift   [[DATE|date:03/02/24]] 2340
Resident [[PERSON|name:Daphne Rictor]], Room 3, [[AGE|other:67]] (HD Tue/Thu/Sat, [[LOCATION|geo:Nightcliff Renal Unit]]). Found on floor beside bed by her cousin. Conscious, says "legs gone weak". Hx missed Thursday session.
Called 000. St John NT ambulance at 2352, took her to [[LOCATION|geo:Royal Darwin Hospital]] ED. K+ on iSTAT by paramedic 7.1.
Notified renal CNC and daughter [[PERSON|name:Cheryl Rictor]] via clinic.
- AF, night manager""",
    """Resident intake / admission - renal accommodation
Date in [[DATE|date:12 Sept 2023]]   Room 14 (ground floor, wheelchair)
Name: [[PERSON|name:Stanley Tipiloura]]   Community: [[LOCATION|geo:Wurrumiyanga]]
Medicare [[ID|health_plan:2656 84151 8]] ref 1    Pension CRN [[ID|ssn:211 879 430C]]
Tariff paid by Centrepay, deduction ref [[ID|account:CP-4471092]]
NOK: wife [[PERSON|name:Agnes Tipiloura]] (via the clinic at home)
Dialysis: MWF, 0630 pick up. Fluid restriction 800mL/day. Diabetic diet. Uses a wheelie walker.
Language: Tiwi. Gets homesick on weekends - likes watching footy (Tiwi Bombers) in the common room.""",
    """Hostel handover [[DATE|date:Fri 22nd March]]
- [[PERSON|name:Vera]] (rm 2) - home HD training at [[LOCATION|geo:Purple House]] going well, machine allocated Fresenius 5008S SN [[DEVICE|device:8GMA 41172]]; plan to go back to [[LOCATION|geo:Walungurru]] in 4/52 with the machine. Needs water testing at house first ([[ADDRESS|geo:House 61, Walungurru NT 0872]]).
- rm 5 - sores on his feet, podiatry Mon. BGL 14-19 this week.
- Rm 9 vacant after Mrs [[PERSON|name:Lockyer]] passed in hospital on Wed (family asked to use Kwementyaye, pls do not say her name at the hostel).
- rm 12 granted leave for football carnival Sat-Sun, must be back for Mon 0700 chair.
Signed LB, hostel coordinator""",
    """Case conference notes - renal hostel / [[LOCATION|geo:Broome]] renal service   [[DATE|date:30/05/2024]]
Present: hostel mgr, renal CNC, AHW, resident [[PERSON|name:Kathleen Chestnut]] + son [[PERSON|name:Dion]].
[[PERSON|name:Kathleen]] ([[AGE|other:59]]) from [[LOCATION|geo:Looma]], 3 yrs on HD, recently missing Thursday sessions to go back for her grandkids. Rent arrears $1,340 (statement no. [[ID|account:INV-0048817]]).
Agreed: Fri-Sun trips home on the bus, renal unit to swap to MWF. Son to stay in rm 6B for 2/52.
Next review 4/52.""",
    """Hostel note [[DATE|date:09.10.24]] 0830
Uncle [[PERSON|name:Arthur Gela]], from [[LOCATION|geo:Erub]]. PD patient (not HD) staying for catheter exit-site infection rx at [[LOCATION|geo:Cairns Hospital]] renal.
Cycler: Baxter Homechoice Claria, serial [[DEVICE|device:HCC-2291874]], bags delivered to hostel [[ADDRESS|geo:112 Martyn St, Parramatta Park QLD 4870]] (rm 4).
Effluent clear today. Vanc given in bag per renal nurse. Temp 36.9.
Daughter rang from home - flights for his return home booked ref [[ID|other:PTSS-CNS-88104]].""",
    """Renal accommodation: weekly summary
| Rm | Resident | Home | Sessions (3) | Notes |
| 1 | [[PERSON|name:Freddy Sampi]] | [[LOCATION|geo:Parnngurr]] | 3/3 | good week |
| 2 | [[PERSON|name:Wendy Brown]] | [[LOCATION|geo:Punmu]] | 2/3 | missed Wed - unwell, seen by GP |
| 3 | [[PERSON|name:Henry Milky]] | [[LOCATION|geo:Jigalong]] | 3/3 | IDWG 3.8kg, reminded |
| 4 | vacant | - | - | - |
Transport: hostel bus rego WA [[VEHICLE|vehicle:1HGB 327]] in for service Tue, renal unit taxi account used (acct [[ID|account:HTX-00917]]).
Compiled SP""",
    """Welfare check - hostel   [[DATE|date:14/1/2024]]
Resident [[PERSON|name:Benjamin Gumana]] ([[AGE|other:45]]) not at breakfast; door locked. Knocked, no answer. Opened w/ master key: sleeping, rousable, BGL 3.1. Juice + sandwich, recheck 5.8. Insulin glargine 30 units given last night by self.
Informed renal nurse at [[LOCATION|geo:Nightcliff Renal Unit]] [[PHONE|phone:(08) 8922 6744]] and GP clinic.
Brother visiting from [[LOCATION|geo:Gapuwiyak]] next week - asked if he can stay in the spare room.
- KN""",
    """Resident exit note
[[PERSON|name:Mavis Kerinaiua]] leaving hostel - transferred to satellite dialysis at [[LOCATION|geo:Tiwi Islands]] (chair available from [[DATE|date:2 April]]).
Final account settled, bond refund to BSB/acc [[ID|account:085-458 291147831]] (NAB, details verified by phone).
Forwarding address: [[ADDRESS|geo:Lot 1027, Wurrumiyanga NT 0822]]. Mob [[PHONE|phone:0478 300 915]].
Staff: JH""",
    """Hostel note - visitor / family   [[DATE|date:Sunday 4 Feb]]
Large family group (approx 12) arrived from [[LOCATION|geo:Balgo]] ([[LOCATION|geo:Wirrimanu]]) to visit [[PERSON|name:Marie Nakamarra Mudgedell]], rm 8. Told max 4 in the room after 9pm; others went to stay with relatives.
She was happy, ate well, BP 152/84 (checked by visiting nurse).
Her travel home by PATS on the Tuesday bus, booking ref [[ID|other:WAPATS-KIM-240206-119]].
Night staff [[PERSON|name:Liam Proud]]""",
]

STYLE_E = [
    """NT PATIENT ASSISTANCE TRAVEL SCHEME (PATS) - APPLICATION FOR ASSISTANCE
Section A - Patient
Surname: [[PERSON|name:JAKAMARRA-ROSS]]   Given: [[PERSON|name:Leon]]   DOB: [[DATE|date:02/09/1985]]
Address: [[ADDRESS|geo:Lot 55, Ali Curung NT 0872]]   Phone: via clinic
Medicare No: [[ID|health_plan:2912 31727 1]]  Ref: 2
Section B - Specialist appointment
Specialist: Gastroenterology clinic  Provider no: [[ID|license:358880YW]]
Location: specialist outpatients   Appt: as per letter
Section C - Escort: wife - reason: interpreter/cultural support (Kaytetye/Warlpiri)
Section D - Travel: Greyhound bus both ways, return next day. Accommodation requested x2 nights.
Referring clinician: RAN (signed, stamped)
Office use: PATS no. [[ID|other:PATS-ASP-2406-01183]]  Approved [x]""",
    """WA PATIENT ASSISTED TRAVEL SCHEME - CLAIM FOR PRIVATE VEHICLE TRAVEL
Patient [[PERSON|name:Nathaniel Bin Sali]]   DOB [[DATE|date:16.05.1992]]
Home: [[LOCATION|geo:Ardyaloon]] -> oncology day unit
Vehicle: Toyota Hilux, rego [[VEHICLE|vehicle:1FQX 908]]  Owner: mother
Dates of travel: weekly from [[DATE|date:4/3/24]] (chemo cycles 2-4)
Distance 215 km each way x 3 trips = 1,290 km @ 16c/km = $206.40
Bank: as per mother's account  BSB [[ID|account:066-508]]   Acc [[ID|account:1047 3391]]
Declaration signed, witnessed by PATS clerk.""",
    """QLD PATIENT TRAVEL SUBSIDY SCHEME (PTSS) - Application  form PTSS-1
Patient: [[PERSON|name:Akiba, Joseph]]   Medicare [[ID|health_plan:5475 35647 9]]/1
Address: [[ADDRESS|geo:PO Box 112, Badu Island QLD 4875]]
email [[EMAIL|email:joe.akiba58@bigpond.com]]
Nearest service: island PHCC. Referred to: Cardiothoracic (not available locally).
Flights: Skytrans + QF 2369 + VA 780 (3 legs). Booking ref [[ID|other:QH-TRV-6YKP2L]].
Escort approved: yes - wife (pt has hearing loss).
Appt as per specialist letter, pre-admission next day.
Referring MO: Dr [[PERSON|name:Geraldine Parr]] prov [[ID|license:561684RK]]""",
    """IPTAAS CLAIM - NSW Isolated Patients Travel & Accommodation Assistance Scheme
Applicant: Mrs [[PERSON|name:Gwen Bates]]  Medicare [[ID|health_plan:2617 03276 9]] IRN 1
Address [[ADDRESS|geo:RMB 4410, Goodooga NSW 2831]]
Treatment: radiotherapy, radiation oncology, 25 fractions over 5 weeks
Accommodation: Cancer Council lodge, receipts attached (statement [[ID|account:STMT-99034]]).
Travel: own car 412km each way, rego [[VEHICLE|vehicle:CJ 19 WB]]; 2 return trips home on weekends.
Escort: husband [[PERSON|name:Keith Bates]] ([[AGE|date:91]], frail) - escort allowance claimed.
Certifying practitioner prov [[ID|license:376904TW]]""",
    """SA PATIENT ASSISTANCE TRANSPORT SCHEME (PATS) - booking request   [[LOCATION|geo:APY Lands]]
Client: [[PERSON|name:Tjunkaya Ingkatji]]  Community: [[LOCATION|geo:Mimili]]
Medicare [[ID|health_plan:4444 28097 3]]-2   Centrelink CRN [[ID|ssn:402 118 630A]]
Appt: Ophthalmology (cataract) [[DATE|date:12 March]]
Travel: mail plane, then bus. Escort: daughter
Clinic contact [[EMAIL|email:annabel.croft@nganampa.org.au]]
PATS ref [[ID|other:SAPATS-24-00713]]""",
    """WA PATS - Escort application (supplementary)
Pt [[PERSON|name:Kasey Dickens]]  [[AGE|other:15]]  UMRN [[ID|mrn:D0033815]]
Home: [[LOCATION|geo:Fitzroy Crossing]]. Appt orthopaedics (scoliosis pre-op).
Escort 1: mother [[PERSON|name:Rochelle Dickens]] (Bunuba, Kriol). Escort 2 requested: grandmother - reason: cultural/family decision-making, mother has limited literacy.
Clinician statement: "second escort clinically/culturally indicated" - treating MO, AHPRA [[ID|license:MED0001562204]]
Flights: Qantas QF 1673; road leg by community transport.
Contact: [[PHONE|phone:0418 204 936]]""",
    """NT PATS - Reimbursement claim (self-drive)   Form PATS-3
Name [[PERSON|name:Marlon Gumbula]]   Medicare [[ID|health_plan:4242 49195 7]]
From [[LOCATION|geo:Bulman]] to hospital - 312 km each way, mostly dirt road.
Vehicle: Toyota Landcruiser 79, NT rego [[VEHICLE|vehicle:CD 72 WP]], VIN [[VEHICLE|vehicle:JTEW53BP7KT887889]]
Appts: [[DATE|date:03/04/2024]] (endocrine) and ophthal 2 weeks later
Fuel receipts x2: $182.50, $121.00.
Pay to: claimant   BSB [[ID|account:015-896 408817262]]
Signed (claimant)""",
    """QLD PTSS - Accommodation + travel approval letter
Dear Ms [[PERSON|name:Yunkaporta]],
Re: your application [[ID|other:PTSS-TCHHS-2410-00552]] for travel for specialist review (paediatric cardiology for your son [[PERSON|name:Elijah]], [[AGE|other:6]]).
Approved: return flights for patient + 1 escort (you). Accommodation subsidy $60/night at approved accommodation (Aboriginal Hostels).
Please bring Medicare card ([[ID|health_plan:4935 81868 4]]) and this letter.
Track your claim: [[URL|url:https://ptss.health.qld.gov.au/track?app=2410-00552]]
Queries: PTSS office [[PHONE|phone:(07) 4226 6119]], [[EMAIL|email:ptss.cairns@health.qld.gov.au]]""",
    """PATS TRAVEL CHECKLIST - Renal transplant work-up (NT -> SA)
Pt: [[PERSON|name:Raelene Purdie]]  HRN [[ID|mrn:RDH 0611493]]  IHI [[ID|health_plan:8003 6046 2918 2972]]
Home [[LOCATION|geo:Borroloola]]; dialysing in town.
[x] PATS approved [[DATE|date:05/06/24]]  [x] Flights booked VA 1416  Booking [[ID|other:ZK7QPL]]
[x] Accommodation: Kidney Health Australia housing (flat 3)  [ ] Escort - n/a. Sister [[PERSON|name:Colleen Purdie]] (41) is potential living donor, separate PATS claim.
[x] Renal coordinator notified, [[EMAIL|email:ivana.petrovic@nt.gov.au]]""",
    """NT PATS - Escort change form   [[DATE|date:Mon 29/7]]
Patient: [[PERSON|name:Geoffrey Wunungmurra]]   HRN [[ID|mrn:GDH 091772]]
Original escort (sister) unable - sorry business. New escort: brother-in-law [[PERSON|name:Rupert Garrawurra]], ID sighted (NT licence [[ID|license:2287104]]).
Flight Airnorth TL 371 from [[LOCATION|geo:Nhulunbuy]] [[DATE|date:31/07/2024]].
Approved by PATS officer, ext 4471.""",
]

STYLE_F = [
    """SITE MEDICAL CENTRE - TREATMENT LOG   [[LOCATION|geo:Christmas Creek]] mine
Date [[DATE|date:07/01/2024]]  Time 1415  Shift: day (R4 roster 8/6)
Name: [[PERSON|name:Brendan O'Keeffe]]   Emp ID [[ID|other:E5520913]]   Crew: Mining - dig unit EX-07   Camp rm C-118
PC: dizzy, nausea, cramps after 6h on pit floor. WBGT at 1300 was 33.4 (Stop Work trigger 32). HR 118, T 38.4 (tymp), BP 104/62, BGL 6.8. Urine colour chart 7/8.
Rx: cooled in treatment room, 2L NaCl 0.9% IV, ondansetron 4mg. HR 88 by 1530.
Dx heat exhaustion. Restricted duties x 48h. Supervisor informed. Incident [[ID|other:INX-0119448]] raised.
ESO [[PERSON|name:Kirra Lansdowne]] (Paramedic, AHPRA [[ID|license:PAR0001102938]])""",
    """FIFO medical - pre-mobilisation D&A (non-negative) follow-up
[[DATE|date:12-Mar-2024]]  Site: [[LOCATION|geo:Mt Whaleback]]
Worker [[PERSON|name:Shaun Te Paa]]  [[AGE|other:33]]  NZ citizen, passport [[ID|other:LM592017]], contractor emp no [[ID|other:MNX-77120]]
Instant oral fluid: THC non-negative (cut-off 25 ng/mL). BrAC 0.000. Sample sealed, chain of custody no. [[ID|other:COC-4418290]] flown to the lab on Tue charter (FIFO flight QF 1952 full).
Stood down pending confirmatory result. Worker states used CBD oil prescribed by his GP in NZ - letter requested.
Site medic AB""",
    """[[LOCATION|geo:Solomon Hub]] Medical - presentation record
Pt: [[PERSON|name:Priyanka Sood]]   Employee [[ID|other:FMG-E318702]]   Health fund HBF member [[ID|health_plan:HBF 0449172-03]]
[[DATE|date:2024-08-02]] 0320 night shift. Chest tightness + palpitations at the crib hut. HR 168 regular narrow complex, BP 110/70. Modified Valsalva -> SR 92.
12-lead transmitted to RFDS MO via Pulsara. ECG image saved as [[ID|photo:ECG_Sood_P_020824.png]].
Plan: fly out on next scheduled FIFO charter (crew change Tue), GP follow-up + Holter. Fit for light duties.
Paramedic CL""",
    """WORKERS COMPENSATION - first report (site medical)
Worker: [[PERSON|name:Kyle Garlett]]   DOB [[DATE|date:19.07.1989]]   TFN [[ID|ssn:687 414 578]]
Employer site: [[LOCATION|geo:Yandi]] rail loadout    Injury time 0645 (day shift)
Mechanism: L index finger caught between coupling on ore car. Open # distal phalanx, nail bed lac.
Rx: digital block lignocaine 1% 4mL, washout, cefazolin 2g IV. RFDS transfer to [[LOCATION|geo:Hedland Health Campus]] for hand surgeon review.
WA Certificate of Capacity to be completed by treating doctor. Claim no. [[ID|other:WC-2405-339871]] (insurer).
Home address: [[ADDRESS|geo:22 Kalgoorlie Street, Mount Hawthorn WA 6016]]""",
    """Access control / medical - biometric enrolment exception
[[DATE|date:15/04/2024]]  [[LOCATION|geo:Cloudbreak]] village gatehouse, kiosk [[IP|ip:10.88.3.41]]
Worker [[PERSON|name:Tomasi Vakaloloma]] (Fijian, 457->482 visa) unable to enrol fingerprint (dermatitis, both hands, cement). Facial template registered instead: template id [[ID|biometric:FT-CB-0077103]]. Prior fingerprint template [[ID|biometric:FP-CB-2231-0087]] revoked.
Medical: contact dermatitis, rx betamethasone 0.05% oint BD + barrier gloves. Referred to occ physician (telehealth).
ESO RT""",
    """[[LOCATION|geo:West Angelas]] - Emergency Response Log
[[DATE|date:2024-11-03]]  code 1 called 1047 - LV rollover on haul road HR3, km 12.
Driver [[PERSON|name:Marcus Delaney]], LV rego WA [[VEHICLE|vehicle:1GQA 514]], VIN [[VEHICLE|vehicle:MR0H661N0AX119790]], IVMS logged 78 km/h (limit 60).
Found upright after 1x roll, seatbelted, GCS 15, c/o neck pain. C-spine cleared clinically (NEXUS neg). Abrasions R arm.
Passenger uninjured.
Site ERT leader on scene. Police notified. Incident [[ID|other:RT-INC-241103-04]].
D&A post-incident: BrAC 0.000, oral fluid negative all classes.""",
    """Medic note - camp   [[DATE|date:Sat 20 Jan]] 2130
[[PERSON|name:Jarrah Phillips]], room D-204, [[AGE|other:24]]. Local Aboriginal trainee from [[LOCATION|geo:Roebourne]] ([[LOCATION|geo:Ieramugadu]]), 2nd swing. Presents with a mate. Says he's "not coping, missing family, fight on the phone with girlfriend".
No SI/plan. PHQ-9 14. Not on meds. EAP (Converge) number given + 13YARN 13 92 76.
Arranged call w/ his mentor (Indigenous engagement) tomorrow. Supervisor not told as per his wishes.
Medic: [[PERSON|name:L. Okonjo]]""",
    """MEDICAL CLEARANCE - fitness for work (working at heights)
Name [[PERSON|name:Dmitri Volkov]]   DOB [[DATE|date:05/05/1971]]   Emp [[ID|other:RT-0449821]]
BP 164/100 on 3 readings - above threshold 160/100 for heights. HbA1c 7.9%. BMI 34. Audio: R 4kHz notch 45dB.
Outcome: temporary restriction (no heights) until BP controlled. Letter to GP, fax [[PHONE|fax:08 9144 2267]].
Medicare [[ID|health_plan:6438 24421 8]]
Private cover: Bupa, member no. [[ID|health_plan:81934276]]
Signed occ health nurse JC""",
    """Site medical log - snake bite protocol   [[LOCATION|geo:Jimblebar]]   [[DATE|date:11.02.2024]]
Pt: [[PERSON|name:Wade Hennessy]] [[AGE|other:52M]], fitter. Bitten? unsure - felt sting R calf walking to lay-down yard 1710; snake seen ?mulga (king brown).
PBI applied 1714. 20WBCT at 1740 clotted. Bloods not available on site.
RFDS called (ref [[ID|other:WO-24-020514]]), PC-12 tasked. Transfer to hospital for serial coags.
Partner called by supervisor.
Medic satphone [[PHONE|phone:+8816 4122 0871]] (site radio ch 14)""",
    """SITE MEDIC HANDOVER (swing change)  [[DATE|date:02/07/24]]
Open cases:
1. [[PERSON|name:Mia Kowalczyk]] (E [[ID|other:E6610284]]) - R wrist sprain, modified duties 1/52.
2. [[PERSON|name:Toby Rankin]] - PPE-related blister, daily dressing. Photo log [[ID|photo:WND_Rankin_T_0207.jpg]].
3. [[PERSON|name:Reuben Tjapaltjarri]] (trainee) - ear infection, amoxil day 3/7.
Stock: adrenaline 1:1000 x4 exp 11/2025, Penthrox x6. Defib AED serial [[DEVICE|device:A19F-208872]] self-test OK.
Outgoing BC / incoming ST""",
]

STYLE_G = [
    """[[LOCATION|geo:Darwin Watch House]] - custody nurse assessment
[[DATE|date:2024-04-13]] 0210   Custody no. [[ID|other:DWH-240413-0077]]
Detainee: [[PERSON|name:WANAMBI, Clarence]]   DOB [[DATE|date:11/02/1996]]
Protective custody (intox). Smells ETOH, BrAC (police) 0.212. GCS 14 (V4). Small occipital haematoma, no vomiting, pupils 3mm equal reactive.
Hx: epilepsy (on levetiracetam 500 BD, not taken 2/7), RHD (Bicillin, last dose unknown - checked NT RHD register: 11 days overdue).
Plan: 15 min cell checks (cell 4 - CCTV), neuro obs 1/24, transfer to [[LOCATION|geo:Royal Darwin Hospital]] if GCS drops or seizure.
Custody nurse BT RN. Sgt [[PERSON|name:Pearce]] (reg 3119) informed.""",
    """[[LOCATION|geo:Don Dale Youth Detention Centre]] - Health admission
Date of admission: [[DATE|date:19 Sept 2023]]   Youth ID [[ID|other:YJ-NT-041127]]
Name [[PERSON|name:Jaylen Roberts-Lee]]   [[AGE|other:14]] yrs
Home: lives with nan in town; also time out bush with dad's family.
Screen: CHAT-NT done. Hearing: bilat conductive loss (hx CSOM) - speaks loud, may appear "non-compliant". FASD dx (assessment 2021). Hep B immune. Scabies nil.
ADHD on dexamphetamine 5mg BD (S8) - verify with prescriber, prescriber no. [[ID|license:4471902]].
Court: Youth Justice Court file [[ID|other:21912345]] - bail refused.
Nurse HK""",
    """[[LOCATION|geo:BANKSIA HILL DETENTION CENTRE]] - Health Services progress note
[[DATE|date:03/03/2024]]   Detainee [[PERSON|name:Keenan Hunter]]   TOMS ID [[ID|other:T-0091884]]   [[AGE|other:16]]
Seen after 23h lockdown (staff shortages). Cut marks L forearm x3, superficial, steri-strips. Says "I'm okay Miss just bored". SI denied, future-oriented (wants to go home for footy season).
ARMS form completed, observation level reduced per psychologist.
Family: mum [[PERSON|name:Joanne Hunter]] phone [[PHONE|phone:0439 718 202]] - left msg (no answer).
Aboriginal Visitors Scheme officer to visit Tues.
RN AC""",
    """[[LOCATION|geo:Alice Springs Correctional Centre]] - Prison Health - chronic disease review
[[DATE|date:Tuesday 14 May 2024]]
Prisoner [[PERSON|name:Lindsay Japangardi Kelly]]   IOMS [[ID|other:NT-84412]]   DOB [[DATE|date:1967-08-25]]
Remanded, expected release in 4 months to [[LOCATION|geo:Yuendumu]] (sister's house).
T2DM (HbA1c 9.6), CKD 4 (eGFR 21, ACR 412), HTN 148/92. Renal pre-dialysis education started - needs hostel + chair planning for release. Liaise with renal team.
Meds: Lantus 40u nocte, perindopril 5mg, atorvastatin 40mg, SGLT2 ceased (eGFR).
MBS 715 completed in custody (not claimable - state funded).
GP Dr [[PERSON|name:Sunil Mathew]]   RN FO""",
    """[[LOCATION|geo:West Kimberley Regional Prison]] - Medical centre
[[DATE|date:21/08/2024]]  [[PERSON|name:BEDFORD, Anthony]]  TOMS [[ID|other:T-0214556]]  UMRN [[ID|mrn:D0071142]]
Biometric ID (Livescan) ref [[ID|biometric:LS-WA-0048213]] confirmed at reception - identity matched to prior admission under alias [[PERSON|name:Tony Wilson]].
Withdrawal: last drink ~18h ago, CIWA-Ar 14. Diazepam 20mg stat then 10mg QID per protocol, thiamine 300mg IM.
Family on country, 2h from town. Wishes for family visit via video (E-visits).
RN DH""",
    """POLICE LOCKUP - health check (nurse-on-call via phone)
[[LOCATION|geo:South Hedland]] Police Station   [[DATE|date:09.06.2024]]  2255
Person in custody: [[PERSON|name:Tasha Sampi]] [[AGE|other:23]]F, arrested for breach. C/o abdominal pain 7/10, LMP unknown, ?pregnant.
Phoned custody nurse line: advice - transfer to [[LOCATION|geo:Hedland Health Campus]] ED for assessment. Police escorted 2315 (veh callsign "Hedland 20").
Urine bHCG at ED positive. ED MRN [[ID|mrn:H1187735]].
Officer: Sen Const. [[PERSON|name:Gethin Rees]]""",
    """[[LOCATION|geo:Cleveland Youth Detention Centre]] - Health Centre
Young person: [[PERSON|name:Ricky-Lee Pearson]]   CYDC no. [[ID|other:CY-22-10493]]   DOB [[DATE|date:14/12/2009]]   ([[AGE|other:14]])
From [[LOCATION|geo:Bwgcolman]]. Dental pain 3/7 - caries 36, 46, abscess 46. Amoxicillin 500 TDS, paracetamol. Dental van booked Thursday.
Sick cert for school unit. Youth worker informed.
IHI [[ID|health_plan:8003 6037 6270 7751]] - My Health Record checked: immunisations up to date, HPV 1 dose.
RN SB""",
    """CUSTODIAL HEALTH - at-risk management
[[LOCATION|geo:Roebourne Regional Prison]]   [[DATE|date:2024-01-26]]
Prisoner [[PERSON|name:Gavin Lockyer]] (aka [[PERSON|name:Gav]]), TOMS [[ID|other:T-0188327]], [[AGE|other:39]].
Today is hard for him ("Survival Day"); brother passed in custody (2016, different facility). Tearful, poor appetite.
ARMS - placed on level 2 (2-hourly obs). Cell with another Yindjibarndi man at his request.
Elder visit arranged. Psych telehealth Monday.
Nurse OM""",
    """NSW - [[LOCATION|geo:Orana Juvenile Justice Centre]] - health admission summary
[[DATE|date:5/7/2024]]  YP: [[PERSON|name:Dutton, Tyrone]]  CIMS [[ID|other:J00482716]]  [[AGE|other:15]]
Custody Notification Service call was made by police at arrest. His AMS holds his records, requested by fax [[PHONE|fax:02 6828 6455]].
Asthma (Symbicort 200/6 1 puff BD + PRN). PEF 320 (pred 420). Smoker 10/day - NRT patch 14mg.
Vision 6/9 R, 6/6 L. Hearing not screened today (audiology next clinic).
Mum [[PERSON|name:Belinda Dutton]] (by phone) consented to treatment.
JH Nurse PS""",
    """[[LOCATION|geo:Darwin Correctional Centre]] - Medication incident follow-up / OST
[[DATE|date:17-10-2024]]  Prisoner [[PERSON|name:Dean Pascoe]]  IOMS [[ID|other:NT-91027]]
Buprenorphine LAI (Buvidal) 96mg weekly -> monthly 128mg. Last injection 4 weeks ago. Diverted? No - injectable.
HCV: SVR12 achieved (RNA not detected). Hep B vaccine #3 due.
Release planning: lives [[ADDRESS|geo:7/14 Bagot Road, Coconut Grove NT 0810]] with partner. OST prescriber in community Dr [[PERSON|name:Rachel Koh]] prov [[ID|license:411717LJ]].
RN JL""",
]

STYLE_H = [
    """OUTSTATION VISIT - [[LOCATION|geo:Mumeka]]   (Thursday run)
Team: AHP [[PERSON|name:Roslyn Bununggurr]] (AHPRA [[ID|license:ATS0001045672]]), RN TM. 2.5h on the outstation road, creek crossing ok (dry).
Seen:
- Old man [[PERSON|name:Jimmy Wurrkidj]], [[AGE|date:93]], called "Grandpa" by everyone at the outstation. Frail, eating fish and yams, chest clear, BP 132/70. Sacrum intact. Daughter is carer (Carer Payment, CRN [[ID|ssn:219 448 062K]]).
- his niece - BGL 12.1, metformin 1 month supply left, 715 due next visit.
- Kids x6: skin checks, 2 with infected scabies -> Bactrim + permethrin.
Kuninjku interp by AHP. Sat phone at outstation [[PHONE|phone:0145 204 773]] working. Next visit 2/52 (wet may close rd).""",
    """[[LOCATION|geo:Laynhapuy Health]] - homeland visit: [[LOCATION|geo:Gurrumuru]]
[[DATE|date:16/10/2023]]  MAF charter (Airvan, flight 2 of 3 today), on ground 1h40.
Client [[PERSON|name:Wukun Wanambi]]  [[AGE|other:58]]
HFrEF (EF 25%), ICD in situ - Medtronic model DVFB1D4, serial [[DEVICE|device:PZX604157S]]. Weight 71.2kg (dry wt 70). Mild ankle oedema, chest few creps.
Frusemide up to 80mg for 3/7, then back to 40. Home remote monitor not transmitting - no mobile signal at homeland; downloaded manually.
Wife [[PERSON|name:Gulumbu]] manages meds in dosette. Grandson translates.
AHP BM, RN KB""",
    """[[LOCATION|geo:Urapuntja Health Service]] - home visit [[LOCATION|geo:Arlparra]]
Date [[DATE|date:2024-02-27]]   AHW [[PERSON|name:Margaret Kngwarreye Ross]]
Client: [[PERSON|name:Polly Pwerle]], [[AGE|date:90]]+ (DOB unknown, Centrelink default date recorded), Alyawarr speaker.
Lives with granddaughter at [[ADDRESS|geo:House 4, Arlparra Store Camp, Utopia NT 0872]].
Mobility poor, uses wheelchair. Incontinence pads delivered. Home Care Package level 3.
Family asked that her late son be called Kwementyaye; no photos of him in the house.
BP 118/64, HR 72 irreg (known AF, on apixaban 2.5 BD - reduced dose, age + wt 44kg).
Plan: OT for shower chair; review 1/12.""",
    """[[LOCATION|geo:Hope Vale]] Primary Health Care - postnatal home visit, day 5
[[DATE|date:08/04/2024]]  AHW [[PERSON|name:Doreen Bowen]] with MW
Mum [[PERSON|name:Chantelle Gibson]] and baby [[PERSON|name:Malakai]] (born 5 days ago at the MPHS, 3.21kg).
Baby: wt 3.05kg (-5%), jaundice to chest, feeding 8x/day, 6 wet nappies. Hep B #1 given at birth. NBST collected day 3.
Mum: PV loss light, BP 118/72, Hb 102, perineum healing. EPDS 6. Smoker - quitline referral.
Address [[ADDRESS|geo:12 Poland Street, Hope Vale QLD 4895]]. Contact via clinic.
Baby added to mum's Medicare card [[ID|health_plan:6804 59664 9]] (IRN 3) - mum to call Services Australia.
Guugu Yimithirr spoken at home.""",
    """[[LOCATION|geo:Bourke Aboriginal Health Service]] - outreach, [[LOCATION|geo:Enngonia]]
AHP [[PERSON|name:Jeffrey Barker]]
Uncle [[PERSON|name:Reggie Hooper]] [[AGE|other:77]], COPD on home O2 2L via concentrator (DeVilbiss 525, SN [[DEVICE|device:DV5-23K904418]]) + 2 x C cylinders for power outages.
SpO2 89% on O2, RR 22, using accessory muscles a bit. Says "same as always". Sputum clear.
Smoke alarm checked. No smoking inside since discharge.
Home: [[ADDRESS|geo:RMB 1207, Enngonia NSW 2840]]. Son drives him to town for appts - car unregistered, reminded re IPTAAS.
Power bill help via Energy Accounts Payment Assistance - Life Support rebate registered.
Next visit 2/52.""",
    """[[LOCATION|geo:Amata]] clinic - AHW follow-up, ARF client
[[DATE|date:6 Nov 2023]]  Client [[PERSON|name:Natalie Wangin]] (family call her [[PERSON|name:Tjimpayi]]), [[AGE|other:11]]
Dx ARF 3 months ago (carditis, mild MR). Bicillin q28 days - due today, given by AHW at house (school refused). Lignocaine mix.
Mum present. Siblings x4, one sore throat - swab taken.
House [[ADDRESS|geo:House 122, Amata SA 0872]]; dogs tied up.
AHW [[PERSON|name:Alison Pumani]] / RN EK""",
    """Home visit - [[LOCATION|geo:Masig]]   [[DATE|date:22/05/2024]]
Visited Aunty [[PERSON|name:Ivy Mye]] ([[AGE|other:74]]) at home with her grandson helping. Yumplatok spoken.
Diabetic foot: R hallux ulcer healing, 0.8 x 0.5cm, granulating. Offloading sandal being worn. Dressing Inadine + foam.
BGL 9.4 pre-lunch. Vision blurry - retinal camera when optometry visits next month.
Wound photo taken on clinic iPad: [[ID|photo:Mye_Ivy_Rhallux_220524.jpg]].
Dengue prevention - checked water tanks, mosquito screens torn at back.
AHW (ATS reg [[ID|license:ATS0001177389]])""",
    """[[LOCATION|geo:Jigalong]] - AHW home visits (ear health)   [[DATE|date:2024-07-30]]
1. [[PERSON|name:Kaylah Biljabu]] [[AGE|other:4]] - R ear AOM w perforation, amoxil 7/7 started yesterday, mum giving. Tymp B.
2. [[PERSON|name:Davin Biljabu]] [[AGE|other:7]] - bilat grommets (ENT outreach), one extruded.
3. [[PERSON|name:Rosie Taylor]] - not home, gone out for law time; family said back in 3 weeks.
Martu Wangka interp by AHW. Hearing Australia visiting in 2 weeks.
RM, AHW""",
    """[[LOCATION|geo:Borroloola]] - SEWB/AHW welfare check   [[DATE|date:19 March 2024]]
Client [[PERSON|name:Jodie Shadforth]] [[AGE|other:32]]. Request from police DFV unit after incident on weekend. Bruising L forearm, healing. Safe at present; partner on remand.
Discussed options: safe house, 1800RESPECT, DV Connect. She wants to stay with her mother.
Phone was smashed - new prepaid [[PHONE|phone:0474 330 812]] given by store.
AHW [[PERSON|name:Dianne Kelly]] / SEWB LF""",
    """Home visit - [[LOCATION|geo:Junjuwa]] community   [[DATE|date:Tue 3/9/2024]]
[[PERSON|name:Xavier Andrews]] [[AGE|other:12]], FASD + ADHD, NDIS participant no. [[ID|health_plan:431 208 775]]. Seen with his nana [[PERSON|name:Olive Andrews]] (Walmajarri/Kriol).
Methylphenidate (Concerta 36mg mane) - nana says sleeping better, school attendance 60%.
Support coordinator ([[EMAIL|email:tegan.marr@nirrumbuk.org.au]]) to review plan.
Growth: ht 138cm, wt 31kg. BP 104/66.
AHW CB""",
]

STYLE_I = [
    """TELEHEALTH CONSULT - Endocrinology (NT Health) <-> [[LOCATION|geo:Wadeye]] Clinic
[[DATE|date:13/08/2024]] 1030-1055 ACST   Link: [[URL|url:https://vc.nt.gov.au/join/endo-clinic?room=88431207]]
Patient end: [[PERSON|name:Felicity Dumoo]] ([[AGE|other:44]]), RN GH presenting, AHP interpreting Murrinh-Patha.
Specialist: endocrinologist (prov [[ID|license:538512YH]]).
MBS telehealth item 91824 (specialist) + 10983 (patient-end support) claimed.
HbA1c 12.4 -> 10.2% in 4 months. On insulin degludec 52 u + Novorapid. Hypos x2 (BGL 3.0, 3.3).
Plan: reduce degludec to 46 units, CGM (Libre 2) started - sensor serial [[DEVICE|device:0M00A7YTV1]] linked to clinic LibreView. Review 3/12.
Connection dropped x1 (clinic VSAT), reconnected via phone bridge.""",
    """Renal telehealth clinic - renal team to [[LOCATION|geo:Papunya]]
[[DATE|date:Tue 2 April 2024]]
Pt [[PERSON|name:Alma Nampitjinpa]]  HRN [[ID|mrn:ASH 0348812]]  [[AGE|other:63]]
Nephrologist, renal CNC, pt with AHP and daughter.
eGFR 9, K 5.9, urea 31. Symptomatic: itch, poor appetite, SOB lying flat.
Discussion: patient does not want to move to town for dialysis ("my country is here"). Conservative (supportive) kidney care explored; family meeting with interpreter in 2 weeks.
Session ID [[ID|other:VC-24-0402-1187]]; clinic IP [[IP|ip:10.52.17.204]] (poor bandwidth noted, audio only latter half).""",
    """Mental Health & Drug Service - psychiatry telehealth
[[DATE|date:05/06/2024]]   Psychiatrist ([[LOCATION|geo:Broome]]) -> hospital MH room
Pt [[PERSON|name:Shaquille Cox]] [[AGE|other:21]], UMRN [[ID|mrn:C0088154]]
First episode psychosis [[DATE|date:Feb 2024]]. Paliperidone LAI 150mg monthly, last 3/52 ago. Less paranoid, sleeping. Cannabis reduced.
Mum and Aboriginal MH worker present. Jaru interp not needed.
Weight 84kg (+6kg) - metabolic monitoring (BSL, lipids) ordered.
Next review 4/52. Video via Healthdirect link [[URL|url:https://vcc.healthdirect.org.au/t/kmhds-psych/waiting-area?clinic=HC07]].""",
    """Paediatric cardiology outreach (telehealth echo review) - Queensland
Date: [[DATE|date:2024-09-18]]   Cardiology team -> [[LOCATION|geo:Thursday Island Hospital]]
Child [[PERSON|name:Ezekiel Bani]]  URN [[ID|mrn:TI0062214]]  Medicare [[ID|health_plan:5094 17255 6]]-2
Echo by visiting sonographer uploaded: mild MR, no MS. RHD borderline (WHF 2023 criteria).
Paed cardiologist: continue Bicillin, repeat echo 12/12. Dental review essential.
Parent ([[PHONE|phone:0497 220 658]]) agreeable. Travel not needed - saves PTSS trip.
Telehealth room TI-ED-2, router [[IP|ip:172.16.40.9]]""",
    """Geriatric telehealth - [[LOCATION|geo:Lightning Ridge]] MPS
[[DATE|date:28th Nov 2023]]
Patient: Aunty [[PERSON|name:Beryl Whyman]], [[AGE|date:94]], resident of the MPS aged care beds.
Geriatrician: Dr [[PERSON|name:Anthony Nicolaou]] (prov [[ID|license:2637256X]]). Present at patient end: RN JH, niece (EPOA).
Falls x3 in 2/12. Postural BP 142/78 -> 108/64. On amlodipine + irbesartan + prazosin. MMSE 21/30 (was 24 in 2022).
Plan: cease prazosin, halve irbesartan, hip protectors, review vit D (41 nmol/L). Advance care plan updated - no transfer to base hospital for non-reversible causes; wishes to die on country at [[LOCATION|geo:Goodooga]] if possible.
MBS 91824 + 10983.""",
    """Telehealth - infectious diseases (hepatitis B) - ID clinic to [[LOCATION|geo:Gapuwiyak]]
[[DATE|date:12.12.2023]]
[[PERSON|name:Dhamarrandji, Oscar]] M  HRN [[ID|mrn:RDH0982210]]  IHI [[ID|health_plan:8003 6051 8651 3681]]
CHB, HBeAg neg, DNA 2,400 IU/mL, ALT 61. FibroScan (outreach) 9.1kPa. HBV C4 subgenotype - sequencing.
Start tenofovir 300mg daily (s100 HSD). HCC surveillance US 6-monthly.
Hep B Community Champion (Yolŋu worker) present; "Hep B Story" app used in Yolŋu Matha.
ID Physician: [[EMAIL|email:imogen.cartwright@nt.gov.au]]
Session lagged; clinic PC [[IP|ip:2001:db8:4c1:22::1f]] flagged for IT.""",
    """WACHS - telehealth ENT (post-op review)
[[DATE|date:20/02/2024]]  ENT -> [[LOCATION|geo:Newman Hospital]]
Pt [[PERSON|name:Eliza Samson]] [[AGE|other:8]], UMRN [[ID|mrn:N0024419]]. Tympanoplasty R [[DATE|date:11/01/2024]].
Graft intact on video otoscope (images [[ID|photo:OTO_N0024419_R_200224.jpg]]). Audiogram via Sound Scouts app - R 25dB.
Parent happy. School notified re seating.
ENT consultant + registrar. No follow-up needed unless discharge.""",
    """Dermatology store-and-forward (teledermatology) - to [[LOCATION|geo:Royal Adelaide Hospital]]
Request [[ID|other:TD-SA-24-3307]]  [[DATE|date:7 Jun 2024]]
Pt [[PERSON|name:Reuben Coulthard]]  Medicare [[ID|health_plan:5932 41363 3]]
Lesion L cheek 9mm, pearly, telangiectasia, 1 yr, bleeds. Pics: [[ID|photo:Coulthard_R_Lcheek_dermoscopy.jpg]].
Uploaded by GP, reply to [[EMAIL|email:ngilchrist@pikawiya.org.au]]
Derm reply: likely nodular BCC - excision (Mohs not needed), can be done locally by GP or plastics outreach.""",
    """Cardiology tele-consult (phone) - to [[LOCATION|geo:Pormpuraaw]] PHCC
[[DATE|date:Fri 17 May 2024]] 1410
RN calling re [[PERSON|name:Holroyd, Percy]] [[AGE|other:69]], URN [[ID|mrn:CNS-0774218]]: AF rapid 140s, BP 128/80, no CP.
Cardiologist on call: metoprolol 25mg PO now + 25mg BD, apixaban 5mg BD (CHA2DS2-VASc 3), echo at next outreach.
Fax ECG to [[PHONE|fax:(07) 4226 3311]] - received, confirmed AF, no ischaemia.
Pt's sat phone for fishing camp: [[PHONE|phone:0147 552 019]].""",
    """Antenatal telehealth - obstetrician [[LOCATION|geo:Alice Springs Hospital]] -> [[LOCATION|geo:Ltyentye Apurte]] clinic
[[DATE|date:2024-10-08]]
Woman: [[PERSON|name:Tahlia Oliver]] [[AGE|other:26]] G3P2 at 28+1/40. EDD [[DATE|date:24/12/2024]].
BP 142/94 (x2), urine PCR 38. No headache/visual sx. Hb 104. GDM on metformin.
Obstetrician: start labetalol 100mg BD, BP checks 2x/wk by midwife, PIGF at next bloods. Plan to relocate to town at 36/40 (earlier if pre-eclampsia).
Eastern Arrernte; her mother present.
Link [[URL|url:https://telehealth.nt.gov.au/c/ash-obs/8821-40577]] (expires after session).""",
]

STYLE_J = [
    """NT HEALTH - RiskMan INCIDENT NOTIFICATION   ID [[ID|other:RM-2024-118833]]
SAC rating: 1 (sentinel event category: unexpected death)
Facility: [[LOCATION|geo:Ti Tree]] Health Centre   Date of event: [[DATE|date:23/02/2024]]   Reported next day 0810
Person affected: [[PERSON|name:Desmond Pengart]]   [[AGE|other:54]]
Summary: Pt presented 1630 with epigastric pain, obs recorded (HR 104, BP 100/68), ECG not done. Sent home with antacid. Found deceased at home ([[LOCATION|geo:Pmara Jutunta]]) 0600 next day.
Contributing factors (prelim): single RAN on duty + 3 concurrent presentations; ECG machine (serial [[DEVICE|device:MAC5K-SN-552019]]) out of paper; remote area nurse 2nd week in community.
Notified: DON, Coroner (ref [[ID|other:NTCC-2024-0217]]), family via AHP.
Open disclosure meeting with family planned next week.
Reporter: AV, RN""",
    """PRIVACY BREACH REPORT (misdirected fax)
Date identified [[DATE|date:14 March 2024]]
Document: WA PATS application + bank details for [[PERSON|name:Carol Jadai]].
Sent from hospital PATS office to [[PHONE|fax:08 9191 2290]] (a local business) instead of [[PHONE|fax:08 9193 3290]] (the intended clinic). Digit transposition.
Data exposed: name, DOB, address [[ADDRESS|geo:Lot 19 Mowanjum Community, Derby WA 6728]], Medicare [[ID|health_plan:4016 04830 5]], TFN [[ID|ssn:715 246 443]] (on Centrelink income statement attached in error), BSB/account [[ID|account:036-132 284410]].
Recipient business owner returned pages + signed destruction statement.
Patient informed in person by social worker; PATS clerk to complete refresher training.
OAIC notification: assessment in progress (likely eligible data breach).""",
    """MEDICATION INCIDENT - S8 discrepancy   RiskMan [[ID|other:RM-2024-120471]]
[[LOCATION|geo:Kalkaringi]] Clinic   [[DATE|date:Sunday 7 April 2024]]
Oxycodone 5mg IR: register balance 18, physical count 16. Last entries: Friday 2210 (RAN JO) and Saturday 0740 (RAN TK).
Biometric safe audit: fingerprint template [[ID|biometric:BIO-S8-KLK-0914]] (JO) opened 2210 and 2347; template [[ID|biometric:BIO-S8-KLK-0922]] (TK) 0740. 2347 access not recorded in register.
No patient harm identified. Police (Pharmaceutical Services Unit) notified, ref [[ID|other:PSU-24-00387]].
Manager reviewing CCTV.""",
    """WORKPLACE INCIDENT - vehicle rollover (clinic Troopy)
Event [[ID|other:RM-2024-099120]]   [[DATE|date:2024-01-11]] approx 1540
Location: [[LOCATION|geo:Tanami Road]], ~60km N of community, returning from outreach.
Vehicle: Toyota Landcruiser 78 Troopcarrier, NT rego [[VEHICLE|vehicle:CE 84 XQ]], VIN [[VEHICLE|vehicle:JTMV60AW6KY526967]]
Occupants: RN [[PERSON|name:Hannah Loxley]] (driver), AHP (passenger). Corrugations + soft sand, vehicle rolled onto passenger side.
Injuries: AHP - # L clavicle; RN - abrasions. EPIRB/PLB activated, UIN [[DEVICE|device:3EF42D8A1C3F801]]; AMSA -> RFDS retrieval from roadside, landed on road.
Vaccine esky (cold chain) lost - 10 doses influenza vaccine (batch no. GL1187) discarded.
Reported by PR, Regional Manager""",
    """DIALYSIS INCIDENT REPORT - remote satellite unit
Unit: satellite renal unit   Datix/RiskMan [[ID|other:RM-2024-110452]]   [[DATE|date:19/06/2024]]
Patient [[PERSON|name:Morris Holt]] (skin [[PERSON|name:Jupurrurla]]), [[AGE|other:61]]
Machine Fresenius 4008B serial [[DEVICE|device:4GBA-2217]] - conductivity alarm at 1h40 ignored x3 (silenced), session continued. Pt became hypotensive 78/40, cramps, vomiting.
RO plant log: chlorine/chloramine test not done that morning (staff member on leave).
Transferred to ED, Na 129. Recovered.
Actions: machine quarantined, biomed to test. Staff education.
Reporter RN, [[EMAIL|email:yasmin.haddad@nt.gov.au]]""",
    """CLINICAL INCIDENT - telehealth failure delaying stroke assessment
WACHS Datix CIMS [[ID|other:CIMS-2024-44807]]   [[DATE|date:11 October 2024]]
Site: [[LOCATION|geo:Derby Hospital]] ED. Pt [[PERSON|name:Ethel Kogolo]], UMRN [[ID|mrn:D0015227]], onset 0905.
WA Country Health telestroke call failed x3: endpoint [[IP|ip:10.144.62.18]] unreachable, fallback link [[URL|url:https://telestroke.wachs.health.wa.gov.au/session/DBY-241011-02]] "session expired".
Door-to-neurologist 104 min (target 30). Thrombolysis window missed (LKW 0740). CT done 0955.
IT: WAN outage (Telstra fibre cut).
Neurologist reached by phone at 1049. Reported by ED NUM.""",
    """AEROMEDICAL INCIDENT REPORT
RFDS event [[ID|other:RFDS-EV-24-0617]]   Flight [[DATE|date:08/05/2024]]   A/C PC-12/47E callsign RFDS 572
Pt [[PERSON|name:Neville Egan]] [[AGE|other:66]] intubated (pneumonia, type 2 RF), UMRN [[ID|mrn:M0091127]].
At FL220, ventilator (Hamilton T1, serial [[DEVICE|device:T1-0049128]]) displayed "O2 supply failed". Main O2 cylinder pressure gauge read full at pre-flight check but cylinder found near-empty - regulator fault.
Switched to portable cylinder, manual bag-valve ventilation 6 min. SpO2 nadir 84%. No lasting harm.
Crew: MO ZH, FN BK, pilot IS. Engineering report pending.""",
    """DEATH IN CUSTODY - mandatory notification (health services component)
Facility: [[LOCATION|geo:Casuarina Prison]]   Date/time of death [[DATE|date:2024-08-19T05:42]]
Deceased: [[PERSON|name:Kunmanara Yates]] (family request to use substitute name; legal name held in sealed record)   TOMS [[ID|other:T-0166492]]
Found unresponsive at 0530 cell check. CPR by officers, paramedics (St John WA) declared 0542.
Health history: T2DM, RHD, ARMS level removed 1/52 prior. Last seen by nurse evening before, 1900 - no concerns documented.
Facial recognition entry log (unit 3 airlock) - last entry template [[ID|biometric:FR-CAS-U3-00771]] 2155.
Coroner ref [[ID|other:WA-COR-2024-1593]]. Next of kin: mother [[PERSON|name:Georgina Yates]], via ALS WA.
Reporting officer: Health Services Manager""",
    """CLINICAL INCIDENT - patient misidentification (same name)
RiskMan [[ID|other:RM-2023-087611]]   [[DATE|date:30/11/2023]]
Two clients named [[PERSON|name:Mary Napaljarri]]: HRN [[ID|mrn:YDM001182]] (DOB [[DATE|date:04/04/1959]]) and HRN [[ID|mrn:YDM003394]] (DOB [[DATE|date:17/09/1992]]).
Pathology (HbA1c 13.1%, eGFR 28) for the older woman filed in the younger woman's Communicare record. The younger woman started on insulin by visiting DMO; hypo BGL 2.4 next day, treated in clinic.
Root cause: lab request form used name + community only, no DOB/HRN; skin name shared by many women in community.
Recommendation: 3 identifiers on every request; photo on Communicare record where consented; alert on both files.
Reported RN NS, reviewed by PHC manager.""",
    """STAFF SAFETY INCIDENT - on-call remote area nurse
RiskMan [[ID|other:RM-2024-131920]]   [[DATE|date:Fri 23 Aug 2024]] 0115   [[LOCATION|geo:Mutitjulu]] Clinic
RAN [[PERSON|name:Danielle Okorie]] called out alone to the clinic by a man demanding pain meds; man (first name only given, not a local client) became aggressive, kicked door.
Duress pendant activated (device [[DEVICE|device:SOS-PND-004471]]), GPS tracker IMEI [[DEVICE|device:357037268144749]] located RAN; police attended 0150.
Second responder policy not followed (2nd RAN on leave, not backfilled).
Staff sat phone [[PHONE|phone:+8816 3220 4190]]; CRANAplus Bush Support Line offered (1800 805 391).
Manager notified 0700.""",
]


def main() -> None:
    n = write_styled(
        OUT,
        [
            ("remote-clinic-notes", STYLE_A),
            ("retrieval-logs", STYLE_B),
            ("clinic-to-hospital-referrals", STYLE_C),
            ("renal-hostel-notes", STYLE_D),
            ("patient-travel-forms", STYLE_E),
            ("mine-site-medical-logs", STYLE_F),
            ("custody-health-notes", STYLE_G),
            ("ahw-home-visits", STYLE_H),
            ("regional-telehealth", STYLE_I),
            ("incident-sentinel-reports", STYLE_J),
        ],
    )
    print(f"probe71: {n} docs")


if __name__ == "__main__":
    main()
