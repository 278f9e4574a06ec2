"""Write the 85th hand-annotated redaction probe, US safety-net and non-academic clinical text.

Why: notes from rural EMS, SNFs, dialysis units, jails, schools, VA/IHS clinics, poison centres,
FQHCs, urgent care and state disease reporting mix US identifiers (SSN in several shapes, MBI,
Medicaid and plan ids, VA ICN/EDIPI, IHS chart numbers, booking numbers, NPI, DEA, state
licences, plates, VINs, rural-route and PO-box addresses, ZIP+4) with look-alikes that must stay
unmarked: doses, vitals, labs, Kt/V, ICD-10 and LOINC codes, OIDs, UPCs, lot numbers, unit and chair numbers,
cell and bed numbers, CLIA and agency numbers, public hotlines (911, 988, 1-800-222-1222),
times, durations, years, eponyms and drug brand names.
What: ten styles of ten notes each:
  ems-run-report            rural EMS patient care reports (PCR / NEMSIS style)
  snf-nursing-note          skilled nursing facility nursing / MDS / transfer notes
  dialysis-run-sheet        outpatient hemodialysis run sheets and unit notes
  jail-medical-intake       county jail / detention receiving screens and sick call
  school-nurse-log          school nurse health-office logs, plans and parent messages
  va-telehealth-note        VA VVC / CBOC / IHS telehealth progress notes
  poison-control-call       poison centre call records with follow-ups
  fqhc-sliding-fee-intake   FQHC sliding-fee / registration intake forms
  urgent-care-discharge     urgent care after-visit summaries and discharge instructions
  state-disease-report      reportable-condition case reports to county / state health depts
Conventions:
  - Titles and roles (Dr, Mr, Mrs, Ms, RN, LPN, EMT, NP, Sgt, Ofc) stay outside name spans;
    every occurrence of a person's name is marked, including first name or surname alone,
    nicknames, "S. Ortega" style initial+surname, and e-mail display names. Initials alone
    (sign-offs and crew lists such as "-KT", "SPI: mw", "Crew: RC / DY") are not marked.
  - A street / rural-route / PO-box address with its town, state and ZIP is one ADDRESS|geo
    span; a ZIP or ZIP+4 alone is ADDRESS|geo. Towns, counties, named hospitals, clinics,
    CBOCs, SNFs, jails, schools, dialysis units, pharmacies, workplaces, highway mile-markers,
    streets without a number and GPS points are LOCATION|geo. States, countries, tribal
    nations, federal and state agencies (VA, IHS, CDC, DOC, Medicaid), companies, device brands
    and payer names are not marked.
  - DATE|date for every date finer than a year, including DOBs, month+year, weekday+date and
    dates in words. A time fused to its date ("MAR 04, 2024@10:32", ISO "2024-06-11T14:02:51Z")
    stays inside the DATE span; a time written after the date with a space is left out of it.
    Times alone, years alone, relative days ("day 2", "next AM") and durations are not marked.
  - Ages of any person: under 90 -> AGE|other, 90 or more -> AGE|date. Glued forms ("27F",
    "4yo", "82yrs") are marked whole; with a separating slash or space ("M/54", "54 M", "2 yo",
    "16 mo") only the number is marked.
  - ID categories: ssn = SSN in any shape incl. "last 4"; mrn = MRN, chart, IHS chart / HRN, VA ICN;
    health_plan = Medicare MBI, Medicaid / Medi-Cal / SoonerCare, insurer member ids; account = billing/visit accounts, card numbers, claim numbers,
    commissary and bank accounts; license = NPI, DEA, state professional licences, EMS
    certifications, driver licences; other = PCR/incident numbers, booking, inmate and FBI numbers,
    EDIPI, student ids, poison-centre, disease, CPS and animal-control case numbers, lab
    accession numbers, EQRS / VAERS / remote-monitoring ids, tribal and application ids; biometric = fingerprint / palm-vein / voiceprint template ids; photo = file names or
    ids of full-face photographs.
  - VEHICLE|vehicle for plates and VINs; DEVICE|device for serials of implants, pumps, CGMs,
    home dialysis machines, hearing aids, issued tablets and their MAC addresses.
  - PHONE|fax for fax numbers; public hotlines and 911/988 are never marked.
How: cd /work/main && .venv/bin/python scripts/make_probe85_corpus.py (writes
corpus/redaction/probe85.jsonl).
"""

from pathlib import Path

from make_safe_harbor_suite import write_styled

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "corpus" / "redaction" / "probe85.jsonl"

EMS_RUN_REPORT = [
    """PCR# [[ID|other:2024-0031187]] | Unit: Medic 3 | Incident date [[DATE|date:03/09/2024]]
Disp 0214 / enrt 0216 / on scene 0229 / pt contact 0231 / transport 0248 / at dest 0322
Pt: [[PERSON|name:HOLLOWAY, DEWAYNE R]]  DOB [[DATE|date:07/22/1961]]  Age [[AGE|other:62]]  Sex M
Addr: [[ADDRESS|geo:RR 1 Box 44, Snyder, OK 73566]]
CC: chest pain x 40 min, substernal, radiating L arm. Wife called 911.
Hx: CAD s/p stent 2019, HTN, DM2. Meds: metoprolol 25 mg BID, ASA 81, Jardiance 10 mg.
Vitals 0233 BP 158/94 HR 104 RR 22 SpO2 93% RA GCS 15 BGL 212
12-lead: STE II, III, aVF ~2mm -> STEMI alert to [[LOCATION|geo:Comanche County Memorial]] 0238.
Tx: ASA 324 mg PO, NTG 0.4 SL x2, O2 2L NC, 18g L AC, NS TKO. ICD-10 I21.19.
Care transferred to ED bay 4. Medicare MBI [[ID|health_plan:1X87-AW5-JF88]]
Crew: TB Paramedic lic [[ID|license:OK-P-40918]], KV EMT-B""",
    """NEMSIS PCR [[ID|other:EMS24-118730]]  Agency 47-113  Unit Rescue 21
Date of service: [[DATE|date:Sun 6/16/2024]]
Call type: MVC rollover, single veh, [[LOCATION|geo:US-287 mm 212]]
Veh: 2022 Ford Explorer blk, TX plate [[VEHICLE|vehicle:KLR-4471]], VIN [[VEHICLE|vehicle:1FM9Z8DB1P6352687]] (per DPS)
Pt: [[PERSON|name:Marisol Aguirre-Banda]] [[AGE|other:27F]], unrestrained driver, found in cab.
Per pt's sister pt is G2P1 ~28 wks.
GCS 14 (E4V4M6), c/o abd pain. BP 102/60 HR 122. FHT not obtained.
SMR per protocol, 2 large bore IVs, LR 500 mL. Air med declined d/t winds;
ground to trauma bay 2. Ins: Superior HealthPlan Medicaid ID [[ID|health_plan:714286093]]
Crew: RC / DY""",
    """RUN REPORT - lift assist / pt refusal
[[DATE|date:14 Jan 2024]] 1912 hrs. Called by neighbor for fall.
Pt [[PERSON|name:Ida Mae Kettleson]], [[AGE|date:93]] y/o F, lives alone at [[ADDRESS|geo:311 N 4th St, Ainsworth, NE 69210]].
Found supine on kitchen floor ~2 hrs, no LOC per pt, A&Ox4. Skin intact, no deformity.
BP 146/82, HR 78 irreg, SpO2 96%, BGL 131, temp 97.1 F.
Pt refused transport - capacity assessed, risks explained incl rhabdo, hip fx. Refusal signed.
Daughter [[PERSON|name:Colleen Kettleson-Marsh]] notified at [[PHONE|phone:402-915-6620]].
PCP office faxed copy, fax [[PHONE|fax:402-387-1149]]. -KT/EMT-A""",
    """pcr [[ID|other:24-7781]] ** OD / unresponsive **
[[DATE|date:8/2/24]] 2251 dispatched to [[LOCATION|geo:Kwik Stop on Hwy 50]], pt in bathroom.
pt [[PERSON|name:Brayden Koenig]] (goes by [[PERSON|name:Bray]]), id from wallet: MT DL [[ID|license:0412319870021]].
RR 4, pinpoint pupils, SpO2 71%. BVM, naloxone 2 mg IN, repeat 2 mg @ 2258 -> RR 14, GCS 13.
pt states used "blues" (suspect fentanyl pressed M30). no other pts.
friend left scene in silver Pontiac MT plate [[VEHICLE|vehicle:7-88412B]].
transported, sheriff case # [[ID|other:RC24-004415]]. leave-behind naloxone kit given, lot 4HX221 exp 2026.
988 and 1-800-662-4357 info given to pt.""",
    """EMS PATIENT CARE REPORT
Incident # [[ID|other:ABC-24-00917]] | [[DATE|date:February 27, 2024]] | Unit 7 (BLS)
Location: [[LOCATION|geo:Pine Ridge Elementary]], nurse's office
Pt: [[PERSON|name:Nizhoni Tsosie]], [[AGE|other:8yo]] F, wt 26 kg. Mother met crew at school.
HPI: witnessed GTC seizure ~4 min per school nurse; given Valtoco 10 mg IN at 1102.
Postictal on arrival. Hx epilepsy, on Keppra 500 mg BID. BGL 98, HR 118, SpO2 97%.
Transport to [[LOCATION|geo:Chinle Comprehensive Health Care Facility]].
IHS chart [[ID|mrn:CH-0087215]]. Paramedic NREMT [[ID|license:P2714630]]""",
    """INTERFACILITY TRANSFER PCR [[ID|other:IFT-2024-3310]]
From: [[LOCATION|geo:Cherry County Hospital]] (CAH) ER rm 2 -> To: ICU, tertiary
Pt [[PERSON|name:Orville J. Stroh]]  [[AGE|other:78]] M
Sending MRN [[ID|mrn:000448127]]  Acct [[ID|account:V00199431]]
Sending MD NPI [[ID|license:1915337590]]
Dx: sepsis 2/2 pneumonia (J18.9), lactate 4.1, on norepi 8 mcg/min via pump, vanc/zosyn given.
Vent: AC 450/16/PEEP 8/FiO2 60%. ETT 7.5 @ 23 cm lip.
Pt has PPM - Boston Sci, SN [[DEVICE|device:714220]] per card in wallet.
Wife following by POV. Crew: LC CCP, BO RN""",
    """** CARDIAC ARREST - ROSC ** run [[ID|other:240613-04]]
[[DATE|date:13JUN24]] 0547. Pt [[PERSON|name:Walter 'Buddy' Grissom]] [[AGE|other:71]] yo M found down in barn at
[[ADDRESS|geo:4471 County Rd 19, Ashton, ID 83420]]. Bystander CPR by son.
AED (agency) 1 shock. Pt has ICD - Medtronic Evera, SN [[DEVICE|device:BWB208877S]].
ROSC after 2nd epi 1 mg, total down time ~18 min. ETCO2 32. i-gel 4.
Rendezvous w/ air at [[LOCATION|geo:Ashton city park]].
Medicare MBI [[ID|health_plan:4YV7PE7VH07]].""",
    """PCR [[ID|other:2024-55120]]  | [[DATE|date:Tues 11/19]] 1634 | hypoglycemia
Pt [[PERSON|name:DELACROIX, ANNETTE]], [[AGE|other:44F]], T1DM, insulin pump Tandem t:slim X2
SN [[DEVICE|device:1108-4492-7]], Dexcom G7 reading LOW. Found by coworker in break room.
BGL 38 -> D10 150 mL IV -> BGL 142 @ 1651. Pump suspended per pt.
Pt refused transport after 2nd BGL 160, ate meal. Refusal form signed.
Pt ph [[PHONE|phone:479.267.0944]], addr [[ADDRESS|geo:PO Box 212, Lincoln, AR 72744]].
Endocrine notified via fax [[PHONE|fax:479-521-7790]].""",
    """EMS RUN — farm injury
Date: [[DATE|date:the 22nd of September 2024]]  Incident [[ID|other:FI-240922-2]]
Pt [[PERSON|name:Emil Hostetler]], [[AGE|other:16]] yo M, L arm caught in auger at family farm,
[[ADDRESS|geo:N5512 Schultz Ln, Marshfield, WI 54449]]. Father at scene.
Amish family - no phone; contact neighbor [[PHONE|phone:715-384-2201]].
Partial amputation L forearm, tourniquet (CAT) applied 1417, fentanyl 50 mcg IN.
Pt transported on ATV to road, ATV VIN [[VEHICLE|vehicle:5Y4AM05Y2LA108331]].
Helicopter to level II trauma. Self-pay; no SSN available.""",
    """PCR [[ID|other:24-BH-0338]] behavioral emergency, LE on scene
[[DATE|date:Jan 3rd 2024]] 0115. Pt [[PERSON|name:Tomas Herrera Quintanilla]], [[AGE|other:34]] M.
EPC hold per deputy. pt states SI w/ plan, hx bipolar, off lithium x 3 wks.
Cooperative, no restraints. VS BP 138/88 HR 96 SpO2 99%. Searched, no weapons.
Transport to [[LOCATION|geo:Avera St. Mary's]] ED. Mother aware.
SD Medicaid [[ID|health_plan:900446731]]. SSN per mother [[ID|ssn:503-71-4408]].""",
]

SNF_NURSING_NOTE = [
    """[[LOCATION|geo:Prairie View Manor]] - Nursing Progress Note
Resident: [[PERSON|name:Eunice Pohlman]]  Rm 112-B  MR# [[ID|mrn:PVM-20931]]
DOB [[DATE|date:3/2/1932]] ([[AGE|date:92]])  Admit from acute hosp
1400: Resident alert, oriented x2. BIMS 9. Ambulates w/ FWW + 1 assist.
Coccyx stage 2 PI 2.1 x 1.4 cm, hydrocolloid applied. Braden 14. Intake 60% breakfast.
POA daughter updated by phone.
Medicare A day 3. MBI [[ID|health_plan:7VV6UR4MV09]]. -[[PERSON|name:S. Ortega]] LPN""",
    """MDS 3.0 5-day PPS worksheet (internal) - ARD [[DATE|date:2024-07-09]]
A0500 Name: [[PERSON|name:WHITCOMB, LESTER A]]
A0600A SSN: [[ID|ssn:437-82-1196]]   A0600B MBI: [[ID|health_plan:4PY2F04WR56]]
A0700 Medicaid #: [[ID|health_plan:1002337418]]   A0900 DOB: [[DATE|date:09181940]]
A1805 entered from acute hosp
C0500 BIMS 12, D0300 PHQ 6, GG0130 self-care scores 03/02/04; Section N: insulin 7 days.
Attending NPI [[ID|license:1688399975]]
Completed by MDS coord, RN""",
    """Change in condition (SBAR) - [[DATE|date:Sat Feb 10 2024]] 2230
S: Mr. [[PERSON|name:Arliss Boudreaux]] ([[AGE|other:86]]), rm 204, new confusion + temp 101.3.
B: Hx CHF, CKD 3b, dementia; foley in place. PPM (St Jude SN [[DEVICE|device:7294315]]).
A: BP 98/54, HR 104, RR 24, SpO2 89% RA -> 93% 2L. UA cloudy.
R: Called on-call NP at [[PHONE|phone:337-258-4406]]: order CBC, BMP,
UA/C&S, CXR mobile; if SBP <90 send to ER at [[LOCATION|geo:Abbeville General]].
Son notified. -M.G. RN""",
    """Admission nursing assessment | [[LOCATION|geo:Golden Rule Care Center]] | [[DATE|date:5 April 2024]]
name: [[PERSON|name:ruth ann mccaffrey]] | nickname "[[PERSON|name:Ruthie]]" | [[AGE|other:88]] y/o
hearing aids bilat - Phonak, SN L [[DEVICE|device:2019H4X7781]] / R [[DEVICE|device:2019H4X7790]], labeled.
dentures upper, glasses. Wanderguard placed L ankle.
Pharmacy: [[LOCATION|geo:Sandhills Drug]] fax [[PHONE|fax:308-546-2260]]
Ins: Medicare + Medicaid pending.""",
    """Fall note - [[DATE|date:12/24/2023]] 0540. Resident [[PERSON|name:Josefina Villaseñor]], [[AGE|other:79]] F,
found sitting on floor beside bed rm 8, bed alarm sounded. Denies pain/hit head.
Neuro checks initiated per policy q15 x4, q30 x4, q1h x4. No injury noted.
Hx Parkinson's, Alzheimer's dementia. VS: 132/70, 72, 18, 97.6, SpO2 95%.
Notified: attending (via PointClickCare msg), daughter [[PERSON|name:Alma]]
at [[PHONE|phone:956-487-3390]], DON.
Incident report # [[ID|other:IR-23-1207]] filed. Care plan updated: low bed, floor mats.""",
    """Hospice coordination note [[DATE|date:08/29/2024]]
Res [[PERSON|name:Harold "Hal" Diggs]], [[AGE|date:97yo]], elected hospice 2 days ago.
Hospice agency RN visits Tue/Fri.
Comfort kit delivered (morphine 20 mg/mL 0.25 mL SL q2h prn, lorazepam 0.5 mg, atropine 1%).
DNR/POLST on chart. Hospice MR# [[ID|mrn:HSP-77412]].
Wife at bedside daily; home [[ADDRESS|geo:1807 Caddo St, Minden, LA 71055]].""",
    """Skilled nursing note - Medicare A, day 14
Resident: [[PERSON|name:Kowalczyk, Stanley]] MRN [[ID|mrn:00318872]]
s/p L TKA [[DATE|date:3/5/24]] at [[LOCATION|geo:Aspirus Wausau Hospital]]. Incision well approximated, staples
removed per ortho order. PT: amb 150 ft w/ RW. Pain 3/10 after oxycodone 5 mg.
Lovenox 40 mg SQ daily x 4 wk. INR n/a.
Discharge planning: home w/ wife [[PERSON|name:Dorota]], HH referral sent to agency fax [[PHONE|fax:715-845-3061]].
Home: [[ADDRESS|geo:W6120 Rib Mountain Dr, Wausau, WI 54401-8812]]""",
    """WEEKLY SKIN / WOUND
| Resident | Rm | Site | Stage | L x W x D | Tx |
| [[PERSON|name:Ollie Brandt]] | 15 | R heel | DTI | 3.0x2.5 | offload, skin prep |
| [[PERSON|name:Fern Abernathy]] | 22A | sacrum | 3 | 4.2x3.1x0.6 | Medihoney, foam |
| [[PERSON|name:Gilbert Sena]] | 9 | L ischium | 2 | 1.0x0.8 | hydrocolloid |
Date: wk of [[DATE|date:6/3/24]]. WOC consult NPI [[ID|license:2108167976]].
Sacrum photos uploaded to EHR, no faces. [[PERSON|name:Fern]]'s son requested update -
called back. -LPN tw""",
    """Transfer form (SNF -> hospital) [[DATE|date:2024-11-02]] 0312
Resident [[PERSON|name:Dorothy Lemieux]] DOB [[DATE|date:01/09/1939]] SSN [[ID|ssn:xxx-xx-5521]]
Medicare [[ID|health_plan:8A78M95NW38]] / Humana Gold member [[ID|health_plan:H41995027]]
Reason: SpO2 82%, RR 32, rales. Code status FULL.
Sending facility [[LOCATION|geo:Bayou Oaks Nursing & Rehab]]
Receiving ED, report called to charge RN.
Guardian: Att. [[PERSON|name:Marc Fontenot]]""",
    """Care conference notes, [[DATE|date:July 17th]]
Present: resident [[PERSON|name:Clarence Boyd]], SW, dau [[PERSON|name:Tina Boyd-Kessler]] (by phone),
DON, dietary. Resident is [[AGE|other:83]], LTC since 2022.
Wt 142 lb (down 6 lb in 30 d) - add Ensure BID, weekly wts. A1c 7.9.
Daughter requests email updates: [[EMAIL|email:tboydkessler@centurytel.net]].
Medicaid LTC # [[ID|health_plan:000839214K]], patient liability $1,212/mo, trust acct
[[ID|account:RT-20418]]. Next conference in 90 days.""",
]

DIALYSIS_RUN_SHEET = [
    """HD RUN SHEET  [[LOCATION|geo:Red Butte Dialysis]]  Chair 7  [[DATE|date:03/12/2024]]  MWF 1st shift
Pt: [[PERSON|name:BEGAY, LORENZO]]  MRN [[ID|mrn:RBD-004418]]
Palm-vein ID scan: [[ID|biometric:PV-8812-7730-0415]] matched 0602
Access: L BC AVF, 15g x2, thrill/bruit +. Dialyzer F180NR, lot 23KL0091. Bath 2K/2.5Ca, Na 138.
EDW 78.0 kg | pre 81.4 | post 78.3 | UF goal 3.4 L | Qb 400 Qd 600 | 3h45m
Pre BP 168/92 post 134/78. Heparin 2000 u bolus. Epogen 6000 u, Venofer 100 mg.
Kt/V 1.42 URR 72%. Nephrologist Dr [[PERSON|name:Okafor]] DEA [[ID|license:MO2492394]].""",
    """dialysis unit note [[DATE|date:4/3/24]] - [[PERSON|name:Vernita Coles]] [[AGE|other:67]]F chair 12
c/o cramping last hr, UF reduced, NS 200 mL given. BP nadir 88/50 @ 1040.
K 6.1 pre (on 2K bath), phos 7.2, albumin 3.3, Hgb 9.4, PTH 612.
Transport: Delta Ride medical van plate MS [[VEHICLE|vehicle:MED 4419]] - late again x3.
SW to call pt's niece [[PHONE|phone:662-621-9048]].
EQRS UPI [[ID|other:EQ7728104]]""",
    """HOME HEMO training log - [[PERSON|name:Rusty Fairweather]]
Training wk 3. NxStage System One cycler SN [[DEVICE|device:NX1-1093347]] installed at home
[[ADDRESS|geo:88 Elk Creek Rd, Dubois, WY 82513]]. Care partner: wife.
Buttonhole cannulation x6 by pt, 2 infiltrations. Treatments 2.5 h x 5/wk, Qb 350, dialysate 25 L.
Water/power check ok per tech.
Supply delivery acct [[ID|account:NXS-552019]].
Emergency plan: [[LOCATION|geo:Riverton Dialysis Center]] back-up chair.""",
    """RUN | [[DATE|date:2024-05-20]] | chair 3 | 2nd shift
Patient: [[PERSON|name:Tran Van Minh]]  (prefers "[[PERSON|name:Mike]]")  Acct [[ID|account:40088172]]
Access: R IJ tunneled CVC, dressing changed, CHG cap. Both lumens flush.
Pre wt 64.2 post 62.0 EDW 61.5. Qb 350 (catheter limit). Heparin lock 1000 u/mL 1.9/2.0 mL.
Blood cx drawn x2 for temp 100.8 F, vanc 1 g IV given per standing order.
Interpreter Vietnamese via language line.
Next: fistula eval at [[LOCATION|geo:Lafayette Vascular Access Center]] [[DATE|date:5/28]].""",
    """TREATMENT FLOWSHEET
Name: [[PERSON|name:Shirley Two Bulls]]  DOB [[DATE|date:12-05-1958]]  MR [[ID|mrn:0071423]]
Date [[DATE|date:Mon 9/9/2024]] | time on 0615 off 1000
| time | BP | HR | Qb | VP | AP | TMP | UF rate |
| 0615 | 172/88 | 80 | 400 | 180 | -190 | 60 | 900 |
| 0715 | 150/80 | 78 | 400 | 170 | -200 | 70 | 900 |
| 0815 | 128/70 | 84 | 400 | 165 | -200 | 75 | 800 |
Post wt 69.3. UFV 3.2 L. Hgb 10.8. No Epogen (Hgb>10.5).
SD Medicaid [[ID|health_plan:900218864]].
RN: CRC, RN lic [[ID|license:R047219]]""",
    """Missed treatment note [[DATE|date:Wednesday, January 17, 2024]]
[[PERSON|name:Darnell Hughes]] no-show 2nd consecutive Tx. Called home [[PHONE|phone:(870) 338-4102]] x2 no answer,
called emergency contact sister: roads iced over on
[[LOCATION|geo:Hwy 1 south of Helena]], pt has no ride. Last K 5.8.
Instructed on K-restricted diet, fluid limit 1 L, ER if SOB / weakness.
Arranged county EMS non-emergent transport for tomorrow.
Notified nephrologist (NPI [[ID|license:2332615204]]). - charge RN""",
    """PD clinic visit - [[DATE|date:06/14/2024]]
[[PERSON|name:Alvarado, Consuelo]] [[AGE|other:52]] y/o, CCPD x 8 mo, Baxter Amia cycler SN [[DEVICE|device:AMA-0221856]]
Sharesource remote monitoring ID [[ID|other:SS-39027714]].
Exit site clean, no tunnel tenderness. Kt/V weekly 1.9, CrCl 58 L/wk. Effluent clear.
Peritonitis hx 2023 (S. epidermidis) resolved.
Supplies ship to [[ADDRESS|geo:2240 E Rio Grande Ave, El Paso, TX 79902]].
Secondary Medicare [[ID|health_plan:5F12G60GU87]].""",
    """Unit huddle/incident - [[DATE|date:10.08.24]]
Chair 5 pt [[PERSON|name:Wendell Pike]] (DOB [[DATE|date:02.11.1949]]) needle dislodgement venous side @ 0842,
est blood loss 150 mL. Pump stopped by alarm, pressure held, recannulated. Hgb post 8.9.
Machine Fresenius 2008T unit #14 (facility equip, not pt device) sent to biomed.
Adverse event # [[ID|other:AE-2024-118]]; Dr [[PERSON|name:Carver]] DEA [[ID|license:AC8696671]] aware.
Pt's wife called.""",
    """New admit orders - [[LOCATION|geo:Big Sky Kidney Center]]
Pt: [[PERSON|name:Jace Runningcrane]]  [[AGE|other:38]] M  admit [[DATE|date:2/20/24]]
SSN [[ID|ssn:516 40 8821]]
Dx: ESRD (N18.6) 2/2 DM2 (E11.22), HTN. 2728 form signed same day.
Rx: HD 3x/wk 4 h, 2K/2.5Ca, Qb 400, EDW 102 kg, heparin 3000 u bolus + 1000 u/h.
Hep B sAg neg, sAb <10 -> Heplisav series.
Group health via Allegiance member [[ID|health_plan:ALG51122907]].
Nephrology: Dr [[PERSON|name:Haskins]] DEA [[ID|license:FH1309726]], NPI [[ID|license:2928830753]]""",
    """Monthly labs / CQI review - [[DATE|date:Oct 2024]]
| Pt | MRN | Kt/V | Alb | Hgb | Phos |
| [[PERSON|name:Begay L]] | [[ID|mrn:RBD-004418]] | 1.42 | 3.8 | 10.2 | 5.1 |
| [[PERSON|name:Yazzie M]] | [[ID|mrn:RBD-004502]] | 1.18 | 3.2 | 9.1 | 7.4 |
| [[PERSON|name:Nez T]] | [[ID|mrn:RBD-004511]] | 1.55 | 4.0 | 11.3 | 4.6 |
Dietitian to meet pt #2 re phos binder (sevelamer 1600 mg TID).
Report faxed to medical director [[PHONE|fax:505-722-1180]].""",
]

JAIL_MEDICAL_INTAKE = [
    """[[LOCATION|geo:Canyon County Jail]] - RECEIVING MEDICAL SCREEN
Booking # [[ID|other:24-008813]]  Date/time booked [[DATE|date:04/06/2024]] 2317
Name: [[PERSON|name:MCALLISTER, TRAVIS WADE]] aka "[[PERSON|name:T-Bone]]"  DOB [[DATE|date:06/01/1990]]
SSN [[ID|ssn:519-22-7730]]  DL ID [[ID|license:AB447192C]]
Livescan fingerprint TCN [[ID|biometric:ID2024040600771]]; booking photo [[ID|photo:MUG_24-008813_F.jpg]]
Vehicle impounded: ID plate [[VEHICLE|vehicle:1C 42K97]].
Screen: +ETOH (BAC .14 per officer), hx DTs 2021, last drink 2200. CIWA 8. Seizure hx: yes.
Meds: sertraline 100 mg. Allergy PCN. Housing: medical obs cell M-4. -LPN dm""",
    """intake med screen | bk [[ID|other:2024-11872]] | [[DATE|date:10/30/24]] 0204
inmate: [[PERSON|name:lopez-ortega, daniela]] f [[AGE|other:26]]
preg test POS. states on buprenorphine 8 mg BID from
[[LOCATION|geo:Valley Recovery Clinic]] (prescriber DEA [[ID|license:FS1336533]]).
verified via PDMP. continue MOUD per policy. OB referral.
NM Medicaid (Centennial) [[ID|health_plan:E10293384]] - suspended during incarceration.
commissary acct [[ID|account:CA-118720]]""",
    """SICK CALL REQUEST - Pod C, cell 14, bunk B
Inmate [[PERSON|name:Reginald Oakes]] #[[ID|other:A338104]]  rec'd [[DATE|date:Thursday 7/18/2024]]
Complaint (inmate writing): "my tooth been hurting 2 weeks cant eat please"
Seen next day: #19 caries w/ swelling, afebrile. Amox 500 TID x7d, ibuprofen 600 mg.
Dental referral (contract dentist) - transport by security.
Copay $3.00 charged to acct [[ID|account:118-0043-7]].
Provider: MQ, NP, lic [[ID|license:APRN-22719]]""",
    """Intake - TB/medical screen, [[LOCATION|geo:Yellowstone County Detention Facility]]
[[DATE|date:2024-02-14]]  Booking [[ID|other:YCDF-24-01377]]  FBI # [[ID|other:886210KD4]]
[[PERSON|name:WHITE ELK, DARREN]]  [[AGE|other:41]] M  IHS chart [[ID|mrn:CB-114427]]
Cough > 3 wks: no. Night sweats: no. Prior +PPD: yes 2015, completed INH.
CXR ordered per protocol. BP 162/104 -> restart lisinopril 20 mg.
Insulin: Lantus 30 u qHS. FSBG 244.
Right hand fingerprint template [[ID|biometric:FPT-9930177-R]] captured for med-pass ID.""",
    """Medical clearance request - arrestee [[PERSON|name:Kyle Brandon Pruett]]
[[DATE|date:5/11/2024]] 0341 - brought by State Police unit 2C14, from crash on
[[LOCATION|geo:I-40 mm 333]]. Arrestee vehicle: white Chevy Silverado NM plate [[VEHICLE|vehicle:BCFK 221]],
VIN [[VEHICLE|vehicle:1GC841S49P8888286]].
Arrestee c/o neck pain; refused cervical imaging at scene. Jail cannot accept until cleared:
sent to [[LOCATION|geo:Guadalupe County Hospital]] ER. Clearance signed 0540.
Booking [[ID|other:GCDC24-0611]] resumed.""",
    """MENTAL HEALTH INTAKE - [[DATE|date:12 Dec 2023]]
Detainee: [[PERSON|name:Shaquille "Shaq" Benford]] #[[ID|other:2023-77410]], [[AGE|other:22]]
C-SSRS: positive ideation, no plan. Prior psych admit [[LOCATION|geo:Western State Hospital]] [[DATE|date:March 2022]].
Placed on suicide watch level 2 (q15), safety smock. Meds: none current; prior Abilify 10 mg.
Grandmother reports pt stopped meds over the summer.
Case worker from public defender: [[EMAIL|email:lhartsfield@kypublicdefender.net]]""",
    """MAR / chronic care - [[PERSON|name:Gutierrez, Ramon]] #[[ID|other:D-401882]]
Housing Unit 3 North. Chronic care enroll for HIV.
Biktarvy 1 tab daily - KOP denied, DOT. CD4 412, VL <20 on [[DATE|date:12/28/23]].
Outside ID clinic records requested, fax [[PHONE|fax:760-922-5017]].
Ryan White client # [[ID|other:RW-54418]]. Release date [[DATE|date:03/15/2024]]: 30-day supply + linkage
appt arranged.""",
    """INTAKE SCREENING FORM | County Detention | [[DATE|date:June 30, 2024]]
Name [[PERSON|name:Destiny Marie Kowalski]]  Book# [[ID|other:240630-019]]  Age [[AGE|other:19]]
Home: [[ADDRESS|geo:1420 Elm Ave Apt 3, Grand Island, NE 68801]]
Withdrawal risk: uses meth + fentanyl daily. COWS 6 at 0130. Started clonidine 0.1 mg protocol.
Tattoo: "[[PERSON|name:Jaxon]]" L wrist (child's name per detainee).
Booking photo front [[ID|photo:BK240630019_01.png]], profile photo on file.
Hep C Ab ordered. Ins: none. SSN reported [[ID|ssn:505982214]]""",
    """Release / transfer health summary [[DATE|date:08-21-2024]]
Inmate [[PERSON|name:Hollis Wayne Crabtree]] DOC # [[ID|other:1187742]] transferred from
[[LOCATION|geo:Rockcastle County Detention Center]] to state DOC intake.
Active: COPD (albuterol, Trelegy), HTN, hep C untreated (RNA 1.2M IU/mL).
Allergies: sulfa. Last TB screen neg.
Prior hospitalization [[DATE|date:May 2024]], MRN [[ID|mrn:RR0094417]].
Nurse: AP, LPN lic [[ID|license:2040118]]""",
    """Jail nurse - phone log [[DATE|date:3/3/24]]
0905 call from [[PERSON|name:Monica Reyes]] ([[PHONE|phone:915-203-8847]]) re her son [[PERSON|name:Adrian Reyes]],
states he is diabetic on insulin pump (Omnipod 5, PDM SN [[DEVICE|device:PDM-511-0078246]]).
Pump removed at booking per policy; on sliding scale + Lantus. Mother asks if she can bring supplies.
Told no - facility supplies. She will fax records from [[LOCATION|geo:Centro San Vicente]].
FSBG 0600 188, 1100 214. Endocrine appt req. -RN jh""",
]

SCHOOL_NURSE_LOG = [
    """[[LOCATION|geo:Hilltop Elementary]] Health Office Daily Log - [[DATE|date:Mon 10/7/24]]
0812 [[PERSON|name:Ava Lindstrom]] gr2 - headache, temp 98.4, rest 15 min, RTC.
0840 [[PERSON|name:Mateo Cruz]] gr4 - albuterol MDI 2 puffs per AAP, peak flow 210->260, RTC.
0915 kindergartner - bloody nose, resolved 10 min.
1030 [[PERSON|name:Ethan "E.J." Parrish]] gr5 - fell on playground, abrasion L knee, cleaned, bandaid,
called mom [[PHONE|phone:417-942-3318]] - LM.
1130 [[PERSON|name:Mateo]] back - sent home, mom picked up 1150.
-RB, RN""",
    """DIABETES MANAGEMENT PLAN (DMMP) - school year 2024-25
Student: [[PERSON|name:Liam Okonkwo]]  DOB [[DATE|date:03/22/2013]]  Gr 6  Student ID [[ID|other:S0049172]]
CGM: Dexcom G7, receiver = student's iPhone; sensor/transmitter SN [[DEVICE|device:8JM4X2R9KQ]].
Pump: Omnipod 5, pod lot 21004 (not a serial). Target 80-180. Correction 1u:50>150. ICR 1:12.
Low <70: 15 g fast carb, recheck 15 min. Glucagon: Baqsimi 3 mg.
Parent: [[PERSON|name:Chidi Okonkwo]] [[EMAIL|email:chidi.okonkwo82@gmail.com]]
Endo: [[LOCATION|geo:Arkansas Children's]] diabetes clinic""",
    """text thread (school nurse phone) [[DATE|date:Nov 14]]
Nurse: Hi, this is the nurse at [[LOCATION|geo:Fort Hall Elementary]]. [[PERSON|name:Jayden]]'s CGM
shows 62 and dropping. Gave 15g juice.
Dad ([[PHONE|phone:208-237-6051]]): ok thanks is he ok? his sensor was acting weird
Nurse: Rechecked 88 after 15 min. Fingerstick 91. Back to class.
Dad: pls call his mom too [[PHONE|phone:208 241 7790]]
Nurse: will do. Logged in DMMP sheet. Sensor SN [[DEVICE|device:SM91204558]] -
Dexcom support case [[ID|other:CS-0048812]] opened for replacement.""",
    """Immunization exclusion letter log - [[DATE|date:September 30, 2024]]
| Student | Gr | DOB | Missing | Parent contact |
| [[PERSON|name:Bodie Hanks]] | 7 | [[DATE|date:5/9/2012]] | Tdap, MenACWY | [[PHONE|phone:605-842-1134]] |
| [[PERSON|name:Rylee Stands]] | K | [[DATE|date:8/1/2019]] | MMR #2, Var #2 | [[PHONE|phone:605-842-7720]] |
Exclusion date in 15 school days if no records. SDIIS lookups done.
Free vaccines: county health clinic Tues 1-4 pm.""",
    """504 / IHP meeting note [[DATE|date:1/22/2024]]
Student [[PERSON|name:Harper Quinn Delgado]], [[AGE|other:14]], gr 8, [[LOCATION|geo:Socorro Middle School]].
Dx: type 1 DM, celiac, ADHD. Med list: insulin lispro via Tandem Mobi SN [[DEVICE|device:TM-1204-88731]],
methylphenidate ER 36 mg (given at home).
Present: mom, RN LA, counselor, AP.
Accommodations: unlimited water/BR, CGM phone in class, test breaks.
NM Medicaid [[ID|health_plan:M55102938]] for school-based billing (consent signed).""",
    """health office visit - [[PERSON|name:zoe whitaker]] gr 10 [[DATE|date:3/5/24]] 1:40p
c/o abd pain, denies sexual activity. T 99.0, HR 88.
states stressed, crying, "things at home bad". referred to school counselor.
parent not called per student request - consulted principal;
mandated reporter call to state child abuse hotline made 2:15p, intake # [[ID|other:CPS-24-038812]].
-RN""",
    """ANAPHYLAXIS EVENT - [[LOCATION|geo:Bear Paw High School]] cafeteria - [[DATE|date:04/18/2024]] 1212
Student: [[PERSON|name:Noah Fitzgerald]] [[AGE|other:15yo]], known peanut allergy. Hives, wheeze, lip swelling.
EpiPen Jr? NO - EpiPen 0.3 mg R thigh @ 1214 by nurse (student's own, lot 2HK118, exp 9/2025).
911 called 1214; ambulance arrived 1226.
Parent reached at work ([[LOCATION|geo:Havre Ford]]) [[PHONE|phone:406-265-4471]].
Student SIS # [[ID|other:2200871]]. Incident report filed with district.""",
    """Vision / hearing screening referrals - [[DATE|date:Oct 2023]]
1st grader R 20/50 L 20/40 - refer
[[PERSON|name:Emmalyn Toews]] gr3 failed 4000 Hz R - rescreen, has hearing aid L
(Oticon SN [[DEVICE|device:OT-77129043]]) - battery dead, mom notified [[PHONE|phone:620-345-2018]]
[[PERSON|name:Carter Ybarra]] gr5 R 20/70 - refer, Lions Club vouchers.
Referral letters mailed to home; address [[ADDRESS|geo:Rt 2 Box 61A, Moundridge, KS 67107]].""",
    """Email to parent
From: "[[PERSON|name:Jolene Whitehorse]], RN" <[[EMAIL|email:jwhitehorse@brownsvillesd.org]]>
To: [[PERSON|name:Marcus Tate]] <[[EMAIL|email:mtate.family@yahoo.com]]>
Subject: [[PERSON|name:Aaliyah]] - seizure action plan renewal
Hi, the SAP expires end of month. Please have her neurologist sign and fax to [[PHONE|fax:956-548-8102]].
Her VNS magnet is in the health office;
VNS generator SN [[DEVICE|device:LIV-2018-55406]] per neuro letter. Thanks, school nurse""",
    """Head lice / illness tracker (nurse only) - week of [[DATE|date:Feb 5 2024]]
| name | grade | reason | sent home |
| [[PERSON|name:Tucker Beal]] | 3 | live lice | Y |
| [[PERSON|name:Beal, Sadie]] | 1 | sibling check neg | N |
| [[PERSON|name:Isabella Moua]] | 2 | T 101.6 F | Y |
Flu A outbreak threshold (10% absent) not met. County health notified by fax [[PHONE|fax:479-968-0071]].
Mom picked up 10:05.""",
]

VA_TELEHEALTH_NOTE = [
    """LOCAL TITLE: PRIMARY CARE VVC NOTE
STANDARD TITLE: PRIMARY CARE TELEHEALTH NOTE
DATE OF NOTE: [[DATE|date:MAR 04, 2024@10:32]]   ENTRY DATE: [[DATE|date:MAR 04, 2024@11:05:14]]
AUTHOR: [[PERSON|name:HARGROVE, LYNN M]]  EXP COSIGNER:
PATIENT: [[PERSON|name:DUNCAN, ROBERT EARL]]  ICN [[ID|mrn:1013298577V452118]]  EDIPI [[ID|other:1289045517]]
Visit via VA Video Connect; pt at home, call-back [[PHONE|phone:573-718-2249]].
Vet [[AGE|other:74]] y/o, Vietnam era, AO exposure. DM2 A1c 8.1 -> metformin 1000 BID, add Jardiance 10 mg.
BP home log avg 142/86. Refill lisinopril 20. PHQ-2 = 0. AUDIT-C 2.
RTC 3 mo at VAMC or CBOC.
/es/ LMH, NP""",
    """VVC session log [[DATE|date:2024-06-11T14:02:51Z]]
pt [[PERSON|name:Kessler, Dana J]] last4 [[ID|ssn:8834]]
join link [[URL|url:https://vvc.va.gov/joinvisit?id=VA4F88A21C&pin=582311]]
client IP [[IP|ip:174.212.88.19]] (Verizon), device VA-issued iPad SN [[DEVICE|device:DMPXK4R2Q1GC]]
audio drop x2, reconnected via phone.
Mental health f/u: PTSD PCL-5 41 (was 52). Prazosin 2 mg qhs helping. Denies SI. Safety plan reviewed; 988 press 1.
Next visit 4 wks""",
    """CBOC TELEHEALTH - HOME TELEHEALTH ENROLLMENT
Veteran: [[PERSON|name:Ignacio "Nacho" Baca]]  DOB [[DATE|date:10/02/1951]]
SSN [[ID|ssn:585-40-1172]]  Clinic: [[LOCATION|geo:Espanola CBOC]]
Dx: CHF EF 30%, COPD. Daily weights + pulse ox via Cardiocom unit SN [[DEVICE|device:CC8-550193]],
unit MAC [[DEVICE|device:00:1B:44:11:3A:B7]], cellular.
Alert: wt gain >3 lb/24h or SpO2 <88%. Wife is caregiver.
Address [[ADDRESS|geo:HC 75 Box 1022, Chimayo, NM 87522]].
Care coordinator RN, [[EMAIL|email:ruben.archuleta@va.gov]]""",
    """IHS TELEBEHAVIORAL HEALTH NOTE - [[DATE|date:9-Apr-2024]]
Pt: [[PERSON|name:Autumn Nez]] ([[AGE|other:31]] F)  HRN [[ID|mrn:TC-208817]]  Site: [[LOCATION|geo:Tuba City Regional Health Care]] (originating)
Provider at distant site, PsyD, NM lic [[ID|license:PSY-1377]]
Dx F33.1, F43.10. Sertraline 100 mg. Reports sleep 5 h, nightmares. Husband supportive.
Safety: no SI/HI. Sobriety 14 mo from ETOH, attends AA locally.
Zoom session id 815 2291 4470 (clinic room link, not pt).
Next in 3 wks, 1300.""",
    """VA tele-dermatology consult, store and forward
Pt: [[PERSON|name:PETTIGREW, ANNA L]]  ICN [[ID|mrn:1019920134V776512]]  EDIPI [[ID|other:1512238890]]
Consult [[DATE|date:01/18/2024]]; images by imager at [[LOCATION|geo:Hot Springs CBOC]].
Lesion R forearm 7 mm, irregular border. Dermoscopy images derm_001-006 (lesion only).
Full-face ID photo for chart verification: [[ID|photo:VA_PHOTO_IMG_0456.jpg]].
Impression: r/o melanoma -> excisional bx at VAMC derm.
Reader NPI [[ID|license:1041622568]]""",
    """TELEPHONE/VVC TRIAGE - [[DATE|date:12/26/2023]] 1915
Caller: vet's spouse [[PERSON|name:Brenda Colvin]] [[PHONE|phone:731-285-4418]], re [[PERSON|name:Jimmy Colvin]]
([[AGE|other:81]], ICN [[ID|mrn:1006617728V330944]]).
Sx: L sided weakness since 1830, slurred speech. Advised call 911 now -> EMS en route to
[[LOCATION|geo:Jackson-Madison County General]]. Non-VA emergency notified within 72h per Mission Act.
Community Care notification # [[ID|other:CC-2023-7741920]].""",
    """C&P / PACT follow-up telehealth - [[DATE|date:Aug 22 2024]]
veteran Sgt (ret) [[PERSON|name:Marcus Oyelaran]], [[AGE|other:58]]
BTL3 OEF, TBI mild, tinnitus. Hearing aids VA-issued ReSound SN [[DEVICE|device:RS2207713448]].
Voice biometric enrollment for VA pharmacy phone refill: voiceprint id [[ID|biometric:VBE-771-204-33]].
Pt requests mail-order to new address [[ADDRESS|geo:PO Box 388, Waynesville, MO 65583-0388]].
Pharmacy: CMOP. Gabapentin 300 TID, sumatriptan 50 prn.
Portal: My HealtheVet secure msg from [[EMAIL|email:m.oyelaran1966@outlook.com]].""",
    """VVC note - tele-MOVE! weight mgmt group (individual check-in)
Date [[DATE|date:15 May 2024]]. Pt [[PERSON|name:Sherwood, Kayla]] ([[AGE|other:39]] F), Army vet, ICN [[ID|mrn:1030022841V902215]]
Wt 248 lb (start 263). Semaglutide 1 mg weekly x 4 mo, nausea improved.
Connected from workplace [[LOCATION|geo:Dollar General distribution center]], IP [[IP|ip:2600:1700:3e41:9c0::2f]].
Reminded to use private space. Dietitian HB, RD.
Next session in 4 wks.""",
    """SPINAL CORD INJURY - TELE-SCI ANNUAL
Vet: [[PERSON|name:Tobias Renfro]] ([[AGE|other:40]]) T10 ASIA A since 2009 (IED).
Baclofen pump (Medtronic SynchroMed II) SN [[DEVICE|device:NGV419225H]], refill due [[DATE|date:11/04/2024]].
Reservoir 20 mL, 500 mcg/mL, 210 mcg/day.
Skin: ischial no breakdown per caregiver photos. Wheelchair van VA-modified, plate TN [[VEHICLE|vehicle:DV 71388]],
VIN [[VEHICLE|vehicle:2C4RC1BG8LR154927]].
Caregiver (PCAFC) is spouse.""",
    """Pharmacist telehealth anticoag clinic - [[DATE|date:Tue 10/1/24]]
Pt [[PERSON|name:Lorenzo Yazzie]] HRN [[ID|mrn:GIMC-0773125]] via phone [[PHONE|phone:505-786-4412]] (no broadband at home).
INR POC 3.6 (goal 2-3), warfarin 5 mg daily exc 7.5 mg Mon/Fri -> hold x1, then 5 mg daily.
Home INR meter CoaguChek SN [[DEVICE|device:UU18902441]].
Lives [[ADDRESS|geo:Navajo Route 9 mile 14, Crownpoint, NM 87313]].
Recheck 1 wk. PharmD NPI [[ID|license:2759336979]]""",
]

POISON_CONTROL_CALL = [
    """CASE [[ID|other:24-0193772]]  Opened [[DATE|date:2024-05-03]] 21:47  SPI: mw
Caller: mother [[PHONE|phone:(319) 482-7719]], site: own residence
Pt: [[PERSON|name:Oliver Hallock]], [[AGE|other:2]] yo, wt 13 kg. Zip [[ADDRESS|geo:52342]]
Substance: grandmother's amlodipine 10 mg tabs, up to 2 tabs missing (20 mg = 1.5 mg/kg).
Exposure: acute, unintentional, ingestion, ~2115.
Rec: refer to HCF - [[LOCATION|geo:Grundy County Memorial]], 24 h obs for CCB. Called ahead.
F/u 0230: HR 124 BP 88/50, glucose 142; f/u 0930: stable, d/c home.
Outcome: minor effect. Hotline 1-800-222-1222 magnet mailed.""",
    """Case #[[ID|other:PC2024-118807]] | [[DATE|date:Jul 4, 2024]] 16:20 | HCF call
Caller: RN at [[LOCATION|geo:Carthage Urgent Care]] ph [[PHONE|phone:417-359-0811]]
Pt [[PERSON|name:Dustin Lyle Marsh]] [[AGE|other:17]] M, MRN [[ID|mrn:CUC-600928]]
Fireworks-related: ate part of "snake" pellet on dare, mild nausea. Product contains Ba nitrate? no - sodium bicarb/sugar.
Assessment: minimally toxic. Rec: oral fluids, obs. No labs needed.
F/u call 18:00: vomited x1, now eating. Closed - no effect.""",
    """CALL RECORD - [[LOCATION|geo:Hwy 2 truck stop]] caller, [[DATE|date:1/20/24]] 0320
caller "[[PERSON|name:Jim]]" (declined last name) cb [[PHONE|phone:701-770-4228]] - says friend drank
windshield washer fluid (methanol, blue) ~1 cup at 0030 thinking was sports drink.
pt [[AGE|other:25]] M, now vision "snowy". caller driving pt in red Dodge Ram ND [[VEHICLE|vehicle:812-BNX]].
Rec: proceed now to [[LOCATION|geo:CHI St. Alexius Williston]] ED, called ED.
Fomepizole 15 mg/kg load recommended, osm gap, ABG, methanol level; nephrology for HD.
f/u at 0500: pH 7.18, MeOH 62 mg/dL, HD started. Outcome: major.""",
    """Poison center case [[ID|other:24-331092]]
Date/time [[DATE|date:10/31/2024]] 20:05. Caller grandma [[PHONE|phone:574-825-3316]].
Child [[PERSON|name:Harper Lynn Yoder]] [[AGE|other:3]] F wt 15 kg licked/chewed THC gummy (10 mg each), 2 missing.
Dose up to 1.3 mg/kg. Pt sleepy but arousable.
Rec: ED eval. Went to [[LOCATION|geo:Goshen Hospital]]. Report made to child protective hotline per policy
(report # [[ID|other:IN-DCS-2410-77213]]).
F/u next AM: discharged, back to baseline. Outcome: moderate.
Substance code 0201176 (cannabis edible), not pt id.""",
    """HCF consult - [[DATE|date:Feb 9 2024]] 1145 - case [[ID|other:24-5078]]
Caller ER physician, [[LOCATION|geo:Kearny County Hospital]], fax [[PHONE|fax:620-355-7118]]
Pt [[PERSON|name:Santos Rivas]] [[AGE|other:46]] M farmworker, exposure organophosphate (chlorpyrifos spill) at
[[LOCATION|geo:Hoeme Farms]] ~0900, dermal + inhalation.
Sx SLUDGE, HR 48, pupils 2 mm, wheeze.
Rec: decon, atropine 2 mg IV q5min double until secretions dry, pralidoxime 30 mg/kg then 8 mg/kg/h.
Notify state pesticide program. Pt's Medicaid n/a; workers comp claim [[ID|account:WC-24-118273]].""",
    """case [[ID|other:24-8819]] | [[DATE|date:Sun 3/17/24]] 10:12
caller self [[PERSON|name:Marguerite Ashby]] [[AGE|date:91]] F [[PHONE|phone:304.872.1095]]
took husband's pills by mistake - metoprolol 50 mg x1 instead of her levothyroxine. She is on lisinopril too.
BP on home cuff 118/62 HR 64.
Rec: home obs, no driving, call back if dizzy / HR <50. Neighbor to check in.
f/u 14:00 HR 60 feeling fine; f/u 20:00 no answer, msg left. closed next day.
pt pharmacy [[LOCATION|geo:Fayette Family Pharmacy]] will blister-pack meds.""",
    """INCOMING - EMS request - [[DATE|date:09/14/2024]] 23:58
Caller Paramedic, Medic 14, radio patch. Pt approx [[AGE|other:35]] y/o F found at
[[LOCATION|geo:Lake Havasu boat ramp]] after scorpion sting (bark scorpion) R hand.
Sx: roving eyes, tongue fasciculation, agitation -> grade IV.
Rec: transport; Anascorp 3 vials if no improvement.
Pt later ID'd at hospital as [[PERSON|name:Jennifer Okada]], MRN [[ID|mrn:HRMC-1184402]].
Case [[ID|other:AZ24-56187]]. F/u 0400: 1 vial given, resolved.""",
    """Case [[ID|other:24-771508]]  [[DATE|date:December 1, 2024]]  public call
Caller: dad [[PERSON|name:Trent Mahoney]], cell [[PHONE|phone:+1-920-841-3307]], email for info sheet
[[EMAIL|email:trent.mahoney@charter.net]].
Pt: daughter, [[AGE|other:16]] mo, bit into laundry detergent pod ~1 min ago, coughing, 1 vomit.
Rec: rinse mouth, go to ED due to cough (aspiration risk). ED notified.
Product UPC 0 37000 87431 1 (product, not pt).
F/u 2 h: SpO2 99% RA, CXR clear, d/c. Outcome minor.""",
    """Follow-up log, case [[ID|other:24-412260]] (intentional, adolescent)
Pt [[PERSON|name:Kaitlyn Roux]] [[AGE|other:15]] F at [[LOCATION|geo:Lafayette General]] PICU
Acetaminophen ~30 x 500 mg (15 g), wt 52 kg = 288 mg/kg, ingestion time ~2300 [[DATE|date:8/10]].
4 h APAP 212 mcg/mL (above line). NAC 21-h protocol started 0340.
Day 2 1500: AST 48 ALT 55, INR 1.1. Day 3: NAC complete, APAP <10. Med clear.
Psych consult; mother at bedside. Toxicologist: Dr BO.""",
    """Occupational exposure inquiry [[DATE|date:6/6/2024]]
Caller [[PERSON|name:Luis Angel Bermudez]], [[AGE|other:33]], cb [[PHONE|phone:209-555-0147]] (Spanish)
Worker at [[LOCATION|geo:Valley Fumigation Services]], possible phosphine exposure while unloading a fumigated container.
Sx headache, nausea, resolved on fresh air. SpO2 (own pulse ox) 98%.
Rec: ED if chest tightness / SOB; report to supervisor.
Case [[ID|other:CA24-099311]]. Cal/OSHA info sheet emailed [[EMAIL|email:luisbermudez209@gmail.com]].""",
]

FQHC_SLIDING_FEE_INTAKE = [
    """[[LOCATION|geo:Delta Health Center]] - SLIDING FEE APPLICATION
Applicant: [[PERSON|name:Tamika L. Brooks]]  DOB [[DATE|date:08/19/1987]]  SSN [[ID|ssn:428-55-1903]]
Address: [[ADDRESS|geo:614 Cotton St, Mound Bayou, MS 38762]]
Household:
| name | relation | age | income/mo |
| self | self | [[AGE|other:36]] | $1,410 |
| [[PERSON|name:Jordan Brooks]] | son | [[AGE|other:12]] | 0 |
| (daughter) | dau | minor | 0 |
Household size 3, annual $16,920 = 65% FPL -> Slide A ($20 nominal).
Verified by two paystubs. Chart # [[ID|mrn:DHC-0048221]]""",
    """NEW PATIENT REGISTRATION (FQHC) | [[DATE|date:9 Jan 2024]]
Name (last, first): [[PERSON|name:Xiong, Pao]]  Preferred: [[PERSON|name:Paj]]  Lang: Hmong (interpreter)
DOB [[DATE|date:1975-06-03]]
Addr [[ADDRESS|geo:2231 W Alpine Ave Apt 12, Stockton, CA 95204-3319]]
Cell [[PHONE|phone:209.463.8810]]  Text OK: Y  Email: none
Medi-Cal CIN [[ID|health_plan:91844702A]]
Race/ethnicity: Asian-Hmong; Agricultural worker: seasonal; Housing: doubled up.
Photo ID: CA DL [[ID|license:F4418829]], scan [[ID|photo:REG_scan_000912774_DL.png]] (front incl. face photo)""",
    """sliding fee renewal - [[PERSON|name:RAMIREZ, JOSE LUIS]] acct [[ID|account:SF-7732019]]
renewed [[DATE|date:4/1/24]], valid 12 mo. hh 5, income $31,200/yr (101-150% FPL) -> Slide C, $35/visit.
proof: 2023 W-2 ([[LOCATION|geo:Tyson Foods Noel plant]]), wife no income, 3 kids.
no SSN on file - ITIN [[ID|ssn:912-78-4410]] used for tax doc only.
addr [[ADDRESS|geo:Rt 3 Box 118, Noel, MO 64854]]. ph [[PHONE|phone:417-475-9902]].""",
    """PATIENT PORTAL ENROLLMENT + PAYMENT
Pt: [[PERSON|name:Cheyenne Morningstar]]  MRN [[ID|mrn:FQ21-118832]]
Portal invite: [[URL|url:https://mychart.valleycommunityhc.org/activate?code=7KQ2-M9XP-4410]] sent to
[[EMAIL|email:cheyenne.morningstar@gmail.com]] [[DATE|date:06/03/2024]] 1402.
Last login IP [[IP|ip:67.41.229.108]].
Card on file: Visa [[ID|account:4380869667290787]] (tokenized by processor).
Balance $40.00 (2 nominal fees). Nominal fee waived per board policy (homeless, Slide A).""",
    """Migrant / seasonal farmworker intake - [[LOCATION|geo:La Clinica del Valle]] mobile unit
[[DATE|date:Aug 14 2024]] at [[LOCATION|geo:Zillah orchard labor camp]], housing unit 6 (camp bed, not address).
Pt [[PERSON|name:Efraín Tzul Pop]] [[AGE|other:29]] M, lang K'iche'/Spanish.
c/o heat illness sx yesterday, now resolved. BP 124/78. A1c 5.4.
No ins, sliding fee Slide A; WA Apple Health application started, ref [[ID|other:AH-24-0818842]].
Contact via crew leader phone [[PHONE|phone:509-829-3345]].""",
    """FQHC INCOME VERIFICATION WORKSHEET
Patient: [[PERSON|name:Wanda Sue Pickett]] | DOB [[DATE|date:11/11/1966]] | MRN [[ID|mrn:00288104]]
Household: self + husband ([[AGE|other:61]]), SSDI $1,180/mo (award letter [[DATE|date:Jan 2024]]).
Self: unemployed, applying for KY Medicaid.
Bank stmt reviewed (acct [[ID|account:0037120884471]]) - no other income.
Determination: 2 persons, $14,160/yr = 70% FPL -> 100% discount tier.
Address [[ADDRESS|geo:HC 81 Box 2290, Hyden, KY 41749]].
Eligibility specialist BC""",
    """reg update (front desk) [[DATE|date:11/7/24]]
[[PERSON|name:Nguyen, Hoa Thi]] - new addr [[ADDRESS|geo:907 S Main St Lot 22, Guymon, OK 73942]]
new phone [[PHONE|phone:580-338-1974]]; old # disconnected.
SoonerCare ID [[ID|health_plan:B80021734]] active thru [[DATE|date:4/30/2025]].
Employer [[LOCATION|geo:Seaboard Foods]] - second shift.
340B pharmacy preference: [[LOCATION|geo:Main Street Pharmacy Guymon]].""",
    """BEHAVIORAL HEALTH INTEGRATION INTAKE (FQHC) - [[DATE|date:March 28th, 2024]]
Client [[PERSON|name:Jesse Alan Harjo]] [[AGE|other:24]] M, MRN [[ID|mrn:MCN-58814]], Muscogee (Creek) citizen
CDIB / tribal id [[ID|other:MCN-118704]]. IHS eligible - referred to [[LOCATION|geo:Okmulgee Indian Health Center]] as well.
PHQ-9 17, GAD-7 14, AUDIT 12. Sliding fee Slide B.
Housing: staying w/ aunt [[PERSON|name:Norma Harjo]]. Phone: aunt's [[PHONE|phone:918-756-0413]].
Signed consent for text reminders; 988 crisis line card given.""",
    """FQHC DENTAL - sliding fee + Medicaid check [[DATE|date:5/22/2024]]
[[PERSON|name:Ashlynn Crowe]], [[AGE|other:9]], mom present.
ND Medicaid [[ID|health_plan:ND00561288]] active. Eligibility txn 271 ref 88310 (transaction, not pt).
Mom uninsured: sliding fee Slide B ($45 for exam + FMX).
Home [[ADDRESS|geo:PO Box 77, Fort Yates, ND 58538]].
Dentist ND lic [[ID|license:D-3112]].""",
    """Outreach & enrollment note - [[DATE|date:10-15-2024]]
Navigator helped [[PERSON|name:Curtis]] & [[PERSON|name:Lacey Weaver]] with Marketplace app.
[[PERSON|name:Curtis]] SSN [[ID|ssn:401 88 3321]], [[PERSON|name:Lacey]] SSN [[ID|ssn:402-19-6684]].
Self-employed (welding), 2023 Sch C net $27,900. Silver 94 CSR eligible.
Sliding fee kept until coverage starts.
Follow-up email to [[EMAIL|email:weaverwelding.ky@gmail.com]].""",
]

URGENT_CARE_DISCHARGE = [
    """[[LOCATION|geo:FastMed Urgent Care Boone]] - AFTER VISIT SUMMARY
Patient: [[PERSON|name:Hunter Reid Caldwell]]  DOB: [[DATE|date:07/04/2001]]  Visit: [[DATE|date:08/09/2024]]
Account [[ID|account:V4418820731]]
Diagnosis: Laceration R hand w/o FB (S61.411A). 4 sutures 4-0 nylon placed. Tdap given (lot U7021AA).
Return for suture removal in 10-14 days.
Keep dry 24 h, then gentle washing. Watch for redness, pus, fever.
Provider NPI [[ID|license:1335242776]]
Work note: off x 3 days for [[LOCATION|geo:Lowe's of Boone]].""",
    """DISCHARGE INSTRUCTIONS - urgent care
name: [[PERSON|name:Priscilla Oduya]] | age [[AGE|other:42]] | [[DATE|date:Feb 20, 2024]]
dx: acute sinusitis J01.90, strep neg, flu A/B neg, COVID neg.
Rx: amoxicillin-clav 875/125 BID x7d -> sent to [[LOCATION|geo:Walgreens #7041 on Kings Hwy]]
follow up with PCP in 1 wk if not better.
Portal: view results at [[URL|url:https://portal.ucare-etx.com/visit/88120437]]
Ins: Aetna member [[ID|health_plan:W228104471]]. Copay $75 paid.""",
    """UC visit summary | [[DATE|date:2024.06.30]] | [[PERSON|name:Maddox Vance]] [[AGE|other:6yo]] M
Dx: otitis media R (H66.91). Amoxicillin 90 mg/kg/day divided BID = 600 mg BID x10d (wt 13.3 kg? recheck - wt 20 kg).
Tylenol 320 mg q6h prn, ibuprofen 200 mg q6h prn.
Parent phone [[PHONE|phone:(606) 783-2201]]. PCP: [[LOCATION|geo:St. Claire Pediatrics]].
Kentucky Medicaid (WellCare) [[ID|health_plan:00937214651]].
Seen by Dr. [[PERSON|name:Abdi Warsame]] KY lic [[ID|license:53318]].""",
    """Workers' Comp Urgent Care Note - [[DATE|date:3/27/24]]
Employee: [[PERSON|name:Terrell Gaines]]  SSN [[ID|ssn:***-**-4918]]
Employer: [[LOCATION|geo:Georgia-Pacific Crossett mill]].
Injury yesterday ~2200: L ankle inversion on catwalk. XR neg fx. Sprain S93.402A.
Work status: modified duty, seated, no ladders x 1 wk.
WC carrier claim # [[ID|account:WC240327-1188]], adjuster fax [[PHONE|fax:501-375-9033]].
DOT drug screen collected, sent to lab.""",
    """After Visit Summary - [[LOCATION|geo:MedExpress Bluefield]]
[[PERSON|name:Ellison, Faith M.]] | DOB [[DATE|date:Dec 12, 1995]] | Visit [[DATE|date:Saturday, November 9, 2024]]
You were seen for: UTI (N39.0). Urine dip: LE 2+, nitrite +. Pregnancy test neg.
Medications: nitrofurantoin 100 mg BID x5 days. Phenazopyridine 200 mg TID x2 days (turns urine orange).
Culture pending - we will call you at [[PHONE|phone:304-327-4410]] if the antibiotic needs changing.
Prescriber NP, DEA [[ID|license:FA1561477]]
Pharmacy fax [[PHONE|fax:304-325-1907]]""",
    """URGENT CARE - DOG BITE - [[DATE|date:5/18/2024]]
[[PERSON|name:Gavin Tso]] [[AGE|other:11]] M, bitten L calf by neighbor's dog at [[ADDRESS|geo:402 Shiprock Ave, Farmington, NM 87401]].
Dog owner [[PERSON|name:Ray Etsitty]], dog vax status unknown.
Wound irrigated, not sutured. Augmentin 45 mg/kg/day. Tdap UTD.
Animal control report # [[ID|other:ACO-24-0531]] - 10-day quarantine of dog.
Rabies PEP not started pending observation; return if dog ill/dies.
Navajo Nation IHS chart [[ID|mrn:SRK-77031]].""",
    """Discharge - [[LOCATION|geo:CareNow Amarillo West]] - [[DATE|date:Jan 6 2024]]
Pt [[PERSON|name:Bobby Ray Stoddard]] [[AGE|other:58]] M. CO exposure from space heater in travel trailer.
COHb 14% on arrival -> 3% after 4 h NRB. Neuro intact. ECG NSR, trop neg.
Home: [[ADDRESS|geo:14 Lazy Acres RV Park, Canyon, TX 79015]] - DO NOT RETURN until heater inspected and CO detector installed.
Red Cross contact given. Nephew picking up in truck TX [[VEHICLE|vehicle:RJX 5529]].
Medicare MBI [[ID|health_plan:7ET4KC2WC38]].""",
    """UC note / AVS - sports physical
[[PERSON|name:Emma Grace Lindholm]] [[AGE|other:15]] F, [[DATE|date:July 29, 2024]], for [[LOCATION|geo:Two Harbors High School]] volleyball.
BP 112/68, HR 66, Ht 5'7", Wt 128 lb, vision 20/20 OU.
Murmur: none. Hx: concussion 2023, cleared.
Cleared for all sports. Form signed, MSHSL.
Parent email [[EMAIL|email:klindholm@lakenet.com]].
Fee $35 paid, receipt [[ID|account:R-0045528]].""",
    """AVS [[DATE|date:12/02/2024]] - [[PERSON|name:Shane O'Rourke]]
Dx: COVID-19 (U07.1). Onset 3 days ago. High-risk (BMI 41, DM2).
Paxlovid 300/100 BID x5d - HOLD atorvastatin while taking and 3 days after. Checked interactions: metformin ok.
Isolate per CDC guidance. ER if SpO2 <92% on home oximeter.
Insurer: Ambetter member [[ID|health_plan:U71142089]]. Patient acct [[ID|account:44012298]].
Home [[ADDRESS|geo:PO Box 904, Hillsboro, ND 58045-0904]].
Provider NP, NPI [[ID|license:2882222948]]""",
    """Splint / fracture discharge - [[LOCATION|geo:Sandpoint Urgent Care]] - [[DATE|date:Sun 2/11/24]]
[[PERSON|name:Kinsley Hart]] [[AGE|other:9]] F fell skiing at [[LOCATION|geo:Schweitzer Mountain]].
XR: nondisplaced distal radius buckle fx (S52.521A). Volar splint applied.
Ortho f/u in 3 days, ph [[PHONE|phone:208-265-1044]].
Ibuprofen 200 mg q6h. Elevate, ice, check cap refill.
Ins: Regence BlueShield ID [[ID|health_plan:ZHB481120394]].""",
]

STATE_DISEASE_REPORT = [
    """CONFIDENTIAL MORBIDITY REPORT - fax to county health dept [[PHONE|fax:559-600-6003]]
Disease: Coccidioidomycosis   Report date [[DATE|date:09/17/2024]]
Pt: [[PERSON|name:Aguilar, Rogelio]]  DOB [[DATE|date:02/28/1971]]  Sex M  Age [[AGE|other:53]]
Address [[ADDRESS|geo:4410 S Cherry Ave, Fresno, CA 93706]]
Occupation: almond harvest, [[LOCATION|geo:Kerman]].
Cocci EIA IgM+, IgG+; CF titer 1:16. CXR RLL infiltrate.
Lab: Quest, accession [[ID|other:FR118829341]], CLIA 05D0642827.
Reporter NPI [[ID|license:2428406195]]""",
    """Pertussis case investigation - case ID [[ID|other:KS-2024-PER-0381]]
Reported [[DATE|date:4/2/2024]] by [[LOCATION|geo:Hamilton County Hospital]] lab (PCR B. pertussis +).
Case: [[PERSON|name:Wyatt Lee Brenner]], [[AGE|other:4]] mo M, [[LOCATION|geo:Syracuse]].
Vax: DTaP #1 only. Hospitalized 6 days.
Contacts: mother ([[AGE|other:23]]) unvax, father, daycare
(6 kids) - azithro PEP given to all.
Investigator RN, [[EMAIL|email:nkessinger@hamiltoncoks.gov]]""",
    """eCR (electronic case report) metadata
eICR doc id: 2.16.840.1.113883.9.9.9 (template OID, not pt)
Sender IP [[IP|ip:10.14.220.37]] -> AIMS relay; RR received [[DATE|date:2024-03-08T16:44:09-06:00]]
Condition: Hepatitis A, acute (B15.9), trigger LOINC 22314-9.
Pt: [[PERSON|name:Pham, Jonathan]] DOB [[DATE|date:1996-10-21]] MRN [[ID|mrn:ERH-20114859]]
Occupation: food handler, [[LOCATION|geo:Crazy Cajun Seafood Kitchen]] - 48 h exclusion; PEP clinic for coworkers.""",
    """Animal bite / rabies PEP report (county)
Date of report [[DATE|date:July 9, 2024]]  Case [[ID|other:RAB24-0117]]
Victim: [[PERSON|name:Hailey Marchbanks]] [[AGE|other:19]] F, [[ADDRESS|geo:RR 2 Box 215, Ava, MO 65608]], ph [[PHONE|phone:417-683-0097]]
Exposure 3 days prior: bat found in bedroom on waking; bat escaped, not tested.
PEP: HRIG 20 IU/kg + vaccine day 0, 3, 7, 14 at county health dept clinic.
HRIG lot C2L4471 (product lot).
Reporter BK, RN. Notify state vet? n/a - no animal.""",
    """STD/HIV partner services - DIS field record
Case [[ID|other:FR-24-00891]]  Interview date [[DATE|date:05/14/2024]]
Index: [[PERSON|name:Marquis Dawson]] aka "[[PERSON|name:Quis]]" [[AGE|other:24]] M, syphilis secondary (A51.39), RPR 1:64, TPPA +.
Tx: Bicillin L-A 2.4 MU IM same day at [[LOCATION|geo:Jefferson County Health Center]].
Partners (90 d):
1) partner #1, ph [[PHONE|phone:601-786-3340]] - located, tx'd
2) "[[PERSON|name:Dre]]" - Grindr handle only, unable to locate
DIS: CH""",
    """TB SUSPECT REPORT (RVCT worksheet)
State case # [[ID|other:2024-AK-TB-019]]  Date reported [[DATE|date:2/8/24]]
Name [[PERSON|name:Evon Tikiun]]  DOB [[DATE|date:6/15/1963]]  Age [[AGE|other:60]]
Village: [[LOCATION|geo:Kwethluk]]
Native: Yupik. Sputum AFB smear 2+, NAAT +, culture pending. CXR: RUL cavity.
Started RIPE next day via DOT by CHA.
Contacts: 11 household incl grandson ([[AGE|other:4]]) - window prophylaxis.
AK Medicaid [[ID|health_plan:AKM0018837201]]""",
    """Blood lead >= 3.5 report - [[DATE|date:01/25/2024]]
Child [[PERSON|name:Jaylen Mitchell]] [[AGE|other:2y]] M, BLL venous 18 mcg/dL.
Address [[ADDRESS|geo:1103 N 7th St, East St. Louis, IL 62201]] (built 1920), rental.
Guardian grandmother [[PERSON|name:Doris Mitchell]], ph [[PHONE|phone:618-874-3390]].
Medicaid (IL HFS) [[ID|health_plan:390221887]]. Nurse case mgmt + environmental inspection within 10 days.
Lab accession [[ID|other:LC24025-88172]]; CLIA 14D0437102.""",
    """Foodborne outbreak line list - Salmonella, county fair, [[DATE|date:Aug 2024]]
| # | name | age | onset | hosp | specimen |
| 1 | [[PERSON|name:Baxter, Lane]] | [[AGE|other:12]] | day 1 | N | [[ID|other:NE-24-S0331]] |
| 2 | [[PERSON|name:Schmit, Duane]] | [[AGE|date:90]] | day 2 | Y | [[ID|other:NE-24-S0340]] |
Common exposure: pulled pork at 4-H stand. WGS PulseNet cluster 2408NEEXH-1 (cluster code, not pt).""",
    """Notifiable condition - Lyme disease (A69.20)
Report to state via portal [[URL|url:https://redcap.health.wi.gov/surveys/?s=K7HMPA3R9L&rec=22871]]
Pt [[PERSON|name:Gretchen Olstad]] [[AGE|other:47]] F, [[LOCATION|geo:Sawyer County]].
EM rash > 5 cm L thigh noted [[DATE|date:6/21/24]], tick exposure on property at [[ADDRESS|geo:N10442 Lost Land Lake Rd, Hayward, WI 54843]].
Doxy 100 BID x10d. Serology not needed w/ EM.
Clinician WI lic [[ID|license:61877-20]], [[LOCATION|geo:Hayward Area Memorial]]""",
    """Vaccine adverse event / public health follow-up [[DATE|date:10/22/24]]
VAERS ID [[ID|other:2781104]] (submitted by clinic).
Pt [[PERSON|name:Teodoro Lujan]] [[AGE|other:70]] M, RSV vaccine [[DATE|date:10/18/24]] at [[LOCATION|geo:Taos Pharmacy]], lot 3L7B9 (vaccine lot).
Onset GBS-like sx 2 days later: bilat leg weakness, areflexia. Admitted.
Medicare MBI [[ID|health_plan:5NP1GF7NH22]]; pharmacist NM RPh lic [[ID|license:RPH-8821]].
Reported to state immunization program fax [[PHONE|fax:505-827-1741]].""",
]


def main() -> None:
    n = write_styled(
        OUT,
        [
            ("ems-run-report", EMS_RUN_REPORT),
            ("snf-nursing-note", SNF_NURSING_NOTE),
            ("dialysis-run-sheet", DIALYSIS_RUN_SHEET),
            ("jail-medical-intake", JAIL_MEDICAL_INTAKE),
            ("school-nurse-log", SCHOOL_NURSE_LOG),
            ("va-telehealth-note", VA_TELEHEALTH_NOTE),
            ("poison-control-call", POISON_CONTROL_CALL),
            ("fqhc-sliding-fee-intake", FQHC_SLIDING_FEE_INTAKE),
            ("urgent-care-discharge", URGENT_CARE_DISCHARGE),
            ("state-disease-report", STATE_DISEASE_REPORT),
        ],
    )
    print(f"probe85: {n} docs")


if __name__ == "__main__":
    main()
