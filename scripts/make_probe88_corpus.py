"""Write the 88th hand-annotated redaction probe, UK NHS clinical text from all four nations.

Why: NHS records mix identifiers that look alike and clash with clinical numbers: NHS, CHI and
H&C numbers (spaced 3-3-4 and unspaced, about half with a valid mod-11 check digit), hospital
and RiO numbers, NI numbers, GMC/NMC/HCPC/GPhC/SWE registrations, DVLA licence numbers, plates
in current and prefix formats, VINs, full addresses and lone postcodes, 07700/01xxx/+44 phones;
next to visual acuities (6/12), gestations (34/40), Read/SNOMED/ICD/OPCS codes, batch numbers,
bleeps, ward and room numbers, ISRCTN numbers, public lines (111, 999, 0800, 116 123) and
eponymous scales (Glasgow Coma Scale, Manchester Triage System, Edinburgh Postnatal Depression
Scale, Bristol stool type, Waterlow, Barthel, Rockwood, Dawes-Redman).
What: ten styles of ten notes -
  gp-consultation (EMIS/SystmOne journals, eConsult, AccuRx SMS, video consults),
  ae-cas-card (ED/MIU cas cards, ambulance handovers),
  discharge-summary-tto (IDL/TTO discharge letters),
  nhs111-call-record (111, NHS 24, 111 Wales, 111 online, PEMs),
  district-nursing-visit (visits, handover tables, referrals),
  mental-health-mha-cpa (MHA forms, s136, STDC, CPA/CTO reviews, crisis logs),
  safeguarding-mash-referral (MASH, MARAC, IRD, Prevent, adult s42),
  maternity-booking (BadgerNet bookings, late bookings),
  outpatient-clinic-letter (clinic letters with headers and cc lines),
  care-home-handover-mar (MAR charts, CD registers, handovers, transfer forms).
Conventions: titles/roles outside names; "SURNAME, First" and "SURNAME First" are one span;
nicknames and first names alone are marked. NHS, CHI, H&C numbers, MatEx certificates
and insurer memberships are ID|health_plan; hospital, unit, RiO, GOSH and ED attendance
numbers are ID|mrn; NI numbers ID|ssn; GMC, NMC, HCPC, GPhC, SWE, NISCC and DVLA licence
numbers ID|license; bank account numbers, fees/billing accounts and device-app accounts
ID|account (sort codes alone are not marked); case, incident, MASH, police, Datix, ZTAS,
Home Office, homecare and 111 case references ID|other. Ages of anyone (patients,
relatives, children) are marked, 90+ as AGE|date; "13F", "26M", "6yo", "18mo" whole, "M/35"
and "94 yrs" number only. A date with its time is one DATE span; weekday+date one span; times,
years, durations, weekdays alone and gestations are not marked. Hospitals, surgeries, care
homes, named pharmacies (with branch town), schools, universities, hotels, towns, villages and
streets without a number are LOCATION|geo; a full address (also a house name with street or
village and postcode) is one ADDRESS|geo; a lone postcode ADDRESS|geo.
Countries, NHS trusts/boards, police forces, councils, agencies and charities are not marked.
Public lines (111, 999, 0800, 0300 helplines, 116 123, 85258), bleeps and extensions are not
marked; ward, practice and pharmacy phone and fax numbers are. Serials, UDIs, transmitter ids
and MAC addresses of personal devices are DEVICE|device; batch/lot numbers are not marked.
Only full-face photo references are ID|photo; fingerprint, voiceprint and iris template ids are
ID|biometric. Staff initials alone (PO, JB, TJ) are not marked.
How: cd /work/main && .venv/bin/python scripts/make_probe88_corpus.py (writes
corpus/redaction/probe88.jsonl).
"""

from pathlib import Path

from make_safe_harbor_suite import write_styled

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "corpus" / "redaction" / "probe88.jsonl"

GP_CONSULTATION = [
    """EMIS Web - Consultation
Patient: [[PERSON|name:BRADSHAW, Leanne]] (Miss) | NHS No. [[ID|health_plan:431 292 7650]] | Usual GP: Dr PO
Address: [[ADDRESS|geo:22 Kestrel Way, Shipley BD18 3QT]] | Mob [[PHONE|phone:07700 900461]]
[[DATE|date:12-Mar-2024 10:42]] Surgery consultation - Dr [[PERSON|name:Priya Okafor]] (GMC [[ID|license:7102934]])
History: 3/7 dysuria, freq, no loin pain, no PV bleed. LMP 2/52 ago. uPT neg.
Examination: T 37.4, HR 88, abd soft, SP tender. Urine dip nit+ leu++.
Problem: Lower urinary tract infection (XE0e0) / SNOMED 68566005
Medication: Nitrofurantoin 100mg MR bd 3/7
Plan: safety-net re fever/loin pain, AccuRx SMS w/ leaflet https://www.nhs.uk/conditions/urinary-tract-infections-utis/ . PO""",
    """SystmOne journal | [[LOCATION|geo:Meddygfa Glan Conwy]] (W94031)
Pt: [[PERSON|name:Gareth Wyn PRITCHARD]]  DOB [[DATE|date:09.11.1943]]  NHS [[ID|health_plan:4804205830]]
[[DATE|date:14/03/2024 09:15]] Dr [[PERSON|name:Sioned Vaughan-Jones]] - Telephone
Spoke w/ daughter (LPA health & welfare) on [[PHONE|phone:07700 900238]].
Incr SOBOE, ankles ++, orthopnoea 3 pillows. Known HFrEF (EF 30% echo last yr), AF on apixaban 5mg bd.
Wt 84.2kg (was 80.9 2/52 ago).
Plan: furosemide 40mg -> 80mg om 5/7, U&E Fri, HF nurse referral (bleep 4471). Read G58.. / XaIQN. SVJ""",
    """Consultation [[DATE|date:02/04/24]] - Dr [[PERSON|name:A. MacLeod]] (GMC [[ID|license:6143827]])
Name: [[PERSON|name:Morag CAMPBELL]]   CHI [[ID|health_plan:1403526508]]
Addr: [[ADDRESS|geo:Flat 3/2, 118 Dumbarton Road, Glasgow G11 6NX]]
Reason: DM review. HbA1c 68 mmol/mol (prev 59). BMI 33.1. BP 148/86.
Feet: 10g monofilament 10/10 bilat, pulses palp. DES: R0M0 on last screen.
Uses Libre 2, sensor s/n [[DEVICE|device:0M0009Z4KT7]]; TIR 48%.
Rx: add empagliflozin 10mg od, sick day rules. Husband to collect from usual pharmacy.
Coded C10F. / 44054006. Rv 3/12.""",
    """EMIS NI | Consultation today | Dr RD
Patient: Mr [[PERSON|name:Declan O'HARE]]  H&C [[ID|health_plan:3623304542]]  DOB [[DATE|date:17/05/1988]]  M/[[AGE|other:35]]
Address: [[ADDRESS|geo:41 Ballynahinch Road, Lisburn BT27 5NQ]]  Mob [[PHONE|phone:+44 7700 900773]]
Fit note review. L4/5 disc prolapse on MRI last month.
HGV driver - advised re DVLA; licence no. [[ID|license:OHARE805178D99TX]].
Codeine 30/500 2 qds prn, naproxen 500 bd + omeprazole 20 od.
Fit note: not fit 4 wks. NI No [[ID|ssn:PX 50 32 17 B]] for ESA form. DD""",
    """eConsult rec'd [[DATE|date:06/05/2024 07:12]]  ref [[ID|other:EC-4471920]]  submitted from IP [[IP|ip:81.107.44.219]]
Patient: [[PERSON|name:harrison, jake]]  nhs [[ID|health_plan:862 421 7504]]
Q: "rash on chest and back 2 wks, itchy, tried hydrocortisone 1% no better" + 3 photos (trunk only)
Triage (GP pharmacist TA, GPhC [[ID|license:2081934]]): ?pityriasis versicolor -> ketoconazole 2% shampoo.
Reply by SMS to [[PHONE|phone:07700900812]]. If not settling book GP.""",
    """Home visit [[DATE|date:10 Jan 2024]] - Dr [[PERSON|name:K Osei]]
Mrs [[PERSON|name:Edna WHITTAKER]], [[AGE|date:94]] yrs, NHS [[ID|health_plan:524 756 8969]], lives alone at [[ADDRESS|geo:3 Mill Cottages, Hebden Bridge HX7 8AD]].
Careline pendant in situ. Fall o/n, found 07:30 by neighbour.
GCS 15, no head injury, weight bearing. Rockwood CFS 6. L/S BP 132/80 -> 112/70.
Plan: stop doxazosin, bloods, falls team. Son (NOK) [[PHONE|phone:01422 496338]] informed.
ReSPECT form in house.""",
    """AccuRx SMS thread - [[PERSON|name:Priya Chauhan]] - NHS [[ID|health_plan:930 672 6082]]
[[[DATE|date:21/05/24 16:02]]] Practice -> [[PHONE|phone:07700 900519]]: Hi, your blood results are normal, no action needed. [[LOCATION|geo:Brookfield Surgery]]
[16:40] Pt: thanks!! can i get my sertraline early, going to India next month for 4 wks
[next day 08:55] Practice: Dr [[PERSON|name:Hughes]] has issued 8/52. Collect from [[LOCATION|geo:Well Pharmacy Heaton Moor]]. Take your GHIC!""",
    """Consultation [[DATE|date:11.06.24]] Dr [[PERSON|name:Euan Fraser]]
Child: [[PERSON|name:Ava-Rose McINTYRE]], [[AGE|other:6yo]], CHI [[ID|health_plan:2307176040]], P2 at [[LOCATION|geo:Bankhead Primary School]].
Brought by mum. 2/7 fever 39.2, barking cough, mild stridor at rest settling. Westley score 2.
Dexamethasone 0.15mg/kg = 3mg PO stat in surgery (batch DX2291).
Safety-net re stridor/drooling -> 999. Mum mob [[PHONE|phone:07700 900144]].""",
    """EMIS Web | Demographics updated today by reception (JB)
New address: [[ADDRESS|geo:Flat 12, Whitworth House, 5 Portland St, Manchester M1 3BE]]
Pt [[PERSON|name:SHAW Kevin Anthony]], NHS [[ID|health_plan:4857773415]], Nat Ins [[ID|ssn:SK630981D]]
Med review (Dr FI): methadone 60ml daily supervised - [[LOCATION|geo:Cohens Chemist Ancoats]] (fax [[PHONE|fax:0161 496 0881]]).
Keyworker (Change Grow Live) [[EMAIL|email:lee.darby@cgl.org.uk]]. ECG QTc 452ms, pregabalin stopped.""",
    """Video consult (Attend Anywhere) [[DATE|date:03/07/24 14:00]] - room [[URL|url:https://wales.nhsattend.vc/meet/VRM-55812-HX]]
Pt [[PERSON|name:Rhiannon Beynon]] [[AGE|other:29F]] NHS [[ID|health_plan:680 768 6781]]
PC low mood 3/12 post breakup. PHQ-9 16, GAD-7 12. No SI/SH. Lives w/ flatmate.
Plan: sertraline 50mg od; Samaritans 116 123 given; review 2/52.
Connection log: client IP [[IP|ip:2a02:c7c:8d41:2e00:9c1b:4fa2:77e0:1d35]]. Dr [[PERSON|name:Llinos Harries]]""",
]

AE_CAS_CARD = [
    """EMERGENCY DEPARTMENT - CAS CARD   Attendance No: [[ID|mrn:ED24-118457]]
Arrival [[DATE|date:14/03/2024 23:48]] via YAS | Triage cat 2 (Manchester Triage System: major trauma)
Name: [[PERSON|name:FLETCHER, Ryan]]   [[AGE|other:26M]]   Hosp No [[ID|mrn:K5513902]]   NHS [[ID|health_plan:4692786968]]
PC: RTC, restrained driver ~40mph vs lamppost, airbags deployed. Vehicle [[VEHICLE|vehicle:BD67 XKM]]. Police at bedside.
Obs HR 118 BP 104/68 RR 24 SpO2 95% RA GCS 14 (E3V5M6). Seatbelt sign.
Plan: trauma call, CT trauma series, XM 4 units. NOK partner [[PHONE|phone:07700 900392]].""",
    """Adran Achosion Brys / Emergency Dept - [[LOCATION|geo:Ysbyty Gwynedd]]
Pt: [[PERSON|name:Osian ap Dafydd]]  [[AGE|other:4yo]]  NHS [[ID|health_plan:405 202 1762]]
Mum [[PHONE|phone:07700 900611]]. Addr [[ADDRESS|geo:Tan y Bryn, Stryd Fawr, Llanberis LL55 4UA]]
Fell off trampoline 16:00 today, ?brief LOC, vomited x2. GCS 15, PEWS 1.
NICE head injury guidance -> CT head within 1 hr. Neuro obs 1/2 hrly. HV informed.
Dr BR ST4 (GMC [[ID|license:7321188]])""",
    """MIU [[LOCATION|geo:Stracathro]] - triage 09:10 [[DATE|date:02/05/24]]
[[PERSON|name:David SOUTAR]] [[AGE|other:62]] M  CHI [[ID|health_plan:2509616849]]
L hand lac from Stanley knife at work (joinery). 3cm, no tendon involvement, NV intact.
Tetanus UTD (booster 2015). Steristrips + dressing, wound check PN 5/7.
ANP [[PERSON|name:Lorna Petrie]] (NMC [[ID|license:94Y1102S]])""",
    """ED cas card | [[DATE|date:22/06/2024 02:15]] | self-presented with friend
SURNAME: [[PERSON|name:NOWAK]]   FORENAMES: [[PERSON|name:Zuzanna]]   Age [[AGE|other:23]]
Address: [[ADDRESS|geo:14a Elm Grove, Southsea, Portsmouth PO5 1JF]]   Tel: [[PHONE|phone:07700 900255]]
GP: registered locally, details on PDS
PC: OD 32 x paracetamol 500mg ~20:00 + 8 cans. Wt 58kg = ~276 mg/kg. 4h level 182 mg/L -> above line, SNAP acetylcysteine.
Psych liaison (RMN [[PERSON|name:Josh Carver]]) to r/v when medically fit. Friend staying. No dependants.""",
    """ED - RESUS 3   Arrived [[DATE|date:05/02/2024 11:20]] NWAS
Pt: Mr [[PERSON|name:Harold Jenkins]], [[AGE|date:91]], Hosp no. [[ID|mrn:0092314]], NHS [[ID|health_plan:827 499 4140]]
Collapse ?syncope. PPM in situ (Medtronic Azure XT DR, serial [[DEVICE|device:RNB604417S]], implanted 2019). ECG paced 70. Trop 14 -> 22.
Lives w/ wife at [[ADDRESS|geo:6 Ormskirk Rd, Rainford, St Helens WA11 8EJ]].
Plan: PPM check by cardiac physiologist, CT head (on apixaban), Parkinson's meds on time.""",
    """ED [[LOCATION|geo:Royal Victoria Hospital]] | [[DATE|date:29/03/24 01:05]] | Triage cat 3
Name: [[PERSON|name:Shauna McCANN]]  H&C [[ID|health_plan:3037093288]]
Assault by partner (named by pt as [[PERSON|name:Conor Boyle]]). Facial bruising, L periorbital swelling, no diplopia. Body map completed.
DASH 16/24 -> high risk, MARAC referral. PSNI informed, incident ref [[ID|other:CC2024032900117]].
Safe number: [[PHONE|phone:07700 900486]] (do NOT leave voicemail).""",
    """Paeds ED | [[DATE|date:17/09/2023 19:40]]
Name: [[PERSON|name:Aisha BEGUM]]  [[AGE|other:13F]]  NHS [[ID|health_plan:6685962437]]
Known T1DM on Omnipod 5 - controller s/n [[DEVICE|device:30-41185-22]]; Dexcom G6 transmitter [[DEVICE|device:8KX3PT]]. ?pod failure.
BG 27.4, ketones 4.8, pH 7.12, HCO3 9 -> moderate DKA (BSPED 2021 protocol), 10% deficit.
Dad [[PHONE|phone:07700 900150]]. Diabetes CNS on-call informed.""",
    """ED [[DATE|date:08/12/23 03:30]] BIBP
"Unknown male" - later identified as [[PERSON|name:Gary POLLOCK]] aka "[[PERSON|name:Gaz]]", NFA, usually sleeps on [[LOCATION|geo:Fitzalan Square]]. Police confirmed ID via Livescan fingerprint ref [[ID|biometric:LS-0812-66139]].
Photo (full face) taken for ID band: [[ID|photo:ED_UNK_081223_0330.jpg]].
NI no [[ID|ssn:JT 48 21 93 C]] from DWP letter in pocket. Hosp no [[ID|mrn:S3348129]] created.
GCS 11 (E3V3M5), BM 4.1, smells EtOH. CT head NAD. Re-GCS hrly, Pabrinex IV.
PC [[PERSON|name:Dunne]] (SYP) left 04:10.""",
    """Eye Casualty - [[LOCATION|geo:Manchester Royal Eye Hospital]]  [[DATE|date:21/10/2023]]
Pt M/[[AGE|other:67]], Mr [[PERSON|name:Trevor ASHWORTH]]. Hosp No [[ID|mrn:M1920334]].
Chemical splash (bleach) R eye at home. pH 8 -> irrigated 2L -> pH 7.5. VA R 6/12, L 6/6.
Drives - licence [[ID|license:ASHWO510086TJ9KL]]; advised no driving until VA reviewed, wife driving.
F/u eye clinic [[DATE|date:24/10/23 09:30]].""",
    """SAS handover -> ED 12:05 today
S: [[AGE|other:80F]], Mrs [[PERSON|name:Isobel GRANT]], CHI [[ID|health_plan:0911437404]]
B: COPD, home O2 (concentrator s/n [[DEVICE|device:K3019847]]). Sheltered housing [[ADDRESS|geo:10 Strathmartine Court, Dundee DD3 8PT]].
A: RR 30, SpO2 84% on 2L, NEWS2 9.
R: resus. Daughter [[PHONE|phone:01382 496221]].
Paramedic CR (HCPC [[ID|license:PA52811]])""",
]

DISCHARGE_TTO = [
    """DISCHARGE SUMMARY / TTO - [[LOCATION|geo:St James's University Hospital]]
Patient: Mr [[PERSON|name:Dennis O'CONNOR]]  NHS [[ID|health_plan:536 580 7596]]  MRN [[ID|mrn:K7740915]]
Admitted [[DATE|date:04/03/2024]]  LOS 7 days  Ward J25
Consultant: Dr HM (cardiology)
Dx: NSTEMI (I21.4). PCI to LAD day 3, DES x1.
TTO: aspirin 75 od lifelong; ticagrelor 90 bd 12/12; atorvastatin 80 on; bisoprolol 2.5 od; ramipril 2.5 od; GTN spray prn. 14 days supply.
GP actions: U&E 1/52 (ramipril), uptitrate bisoprolol. Cardiac rehab referred.
To: registered GP - fax [[PHONE|fax:0113 496 0722]]
Pharmacist screen: AN (GPhC [[ID|license:2211903]])""",
    """IMMEDIATE DISCHARGE LETTER (IDL) | [[LOCATION|geo:Queen Elizabeth University Hospital]]
Name: [[PERSON|name:Robert 'Bobby' DOCHERTY]]   CHI: [[ID|health_plan:2810844804]]   Age [[AGE|other:39]]
Address: [[ADDRESS|geo:2/1 45 Langlands Road, Govan, Glasgow G51 3BD]]
Adm [[DATE|date:18-Jan-24]] (LOS 5 days) (ward 7B, bed 22)
Dx: Alcoholic hepatitis (K70.1), Maddrey DF 28, GAHS 7. Hb 102 g/L, bili 88, INR 1.5.
Meds on discharge: thiamine 100mg tds, vit B co strong 2 tds, chlordiazepoxide reducing (complete day 7), Laxido 1 bd.
Follow-up: hepatology OPD 6/52; ADRS worker [[PHONE|phone:0141 496 0384]].
NINo for DWP fit note: [[ID|ssn:NW 38 61 27 C]]. Author: FY1 SO, bleep 63112""",
    """TTO / e-Discharge  |  [[LOCATION|geo:Morriston Hospital]]
[[PERSON|name:Williams, Megan Eluned]]  [[AGE|other:58F]]  NHS [[ID|health_plan:5999625467]]  Unit no. [[ID|mrn:M0451882]]
Admission [[DATE|date:Mon 6th Nov 2023]], discharge day 3
Procedure: lap chole (OPCS J18.3) - uneventful.
Drugs: paracetamol 1g qds prn, codeine 30mg qds prn 5/7, Movicol 1 sachet bd while on codeine. Dalteparin 5000u od x 7d (district nurses to give - see DN referral).
Wound: clips out D10 at practice.
Next of kin: husband [[PHONE|phone:01792 496117]]. Copy faxed to GP [[PHONE|fax:01792 496130]]""",
    """DISCHARGE SUMMARY (NIECR) - [[LOCATION|geo:Ulster Hospital]]
Patient [[PERSON|name:Margaret 'Peggy' HAMILL]] [[AGE|date:92]] yrs  H&C [[ID|health_plan:3522311089]]
Admitted [[DATE|date:1 Feb 2024]], LOS 14 days
Dx: Community-acquired pneumonia (CURB-65 3), delirium (4AT 8) resolved. New AF - CHA2DS2-VASc 5, ORBIT 2 -> edoxaban 30mg od.
Functional: Barthel 11/20, transfers x1 + frame. Care package QDS via Trust domiciliary, restart on discharge.
Address: [[ADDRESS|geo:9 Church Lane, Comber, Newtownards BT23 5AP]]
GP practice fax [[PHONE|fax:028 9649 6115]]""",
    """DISCHARGE - TTO SCREEN
Hosp No: [[ID|mrn:RJ1-4419023]]  NHS: [[ID|health_plan:7956704634]]  Pt: [[PERSON|name:ADEYEMI Oluwaseun]]  DOB [[DATE|date:5-Aug-1985]]
Ward 14, [[LOCATION|geo:St Thomas' Hospital]]. LOS 3 days.
Sickle cell crisis (D57.0). PCA morphine 48h, weaned. Hb 71 -> 78. No transfusion.
TTO: Zomorph 10mg bd 3/7, Oramorph 5-10mg prn (max 4/day), folic acid 5mg od, penicillin V 250 bd.
Haematology CNS [[PERSON|name:Grace Mensah]] [[EMAIL|email:grace.mensah@gstt.nhs.uk]] to phone next week.
Overseas visitor status checked - exempt (ILR). No charges, no account opened.""",
    """e-Discharge | [[LOCATION|geo:Royal Cornwall Hospital]]
NAME: [[PERSON|name:POLGLAZE, William John]]  DOB: [[DATE|date:30/04/1939]]  NHS: [[ID|health_plan:413 598 9643]]
Adm [[DATE|date:2/10/23]] LOS 10d
Dx: Fractured NOF (R) - hemiarthroplasty next day. Implant: Exeter stem, UDI [[DEVICE|device:(01)07613327086745(21)X9921473]] (lot/batch 77K012 on implant record).
Meds: alendronic acid 70mg weekly (Weds), Adcal-D3 1 bd, enoxaparin 40mg sc od to 28 days.
Home: [[ADDRESS|geo:Chy an Mor, 3 Fore Street, St Ives TR26 1AB]]""",
    """DISCHARGE SUMMARY - Short Stay Paediatrics, [[LOCATION|geo:Royal Alexandra Children's Hospital]]
Child: [[PERSON|name:Lily-Mae FOSTER]]  [[AGE|other:18mo]]  NHS [[ID|health_plan:9242580147]]
Dates: [[DATE|date:the 4th of March]], 48h stay
Bronchiolitis (RSV+), NG feeds 24h, low-flow O2 36h. Weight 10.2kg.
Parents (mother & partner), [[ADDRESS|geo:61 Hollingbury Park Avenue, Brighton BN1 7JG]]
Health visitor cc'd via [[EMAIL|email:jo.whitlock@nhs.net]]""",
    """TTO - NO CHANGES TO REGULAR MEDS
Pt [[PERSON|name:Sandeep Gill]] ([[AGE|other:47]]) NHS [[ID|health_plan:6120934481]] - [[LOCATION|geo:New Cross Hospital]]
Day case ERCP [[DATE|date:8.2.24]], CBD stone extracted, sphincterotomy. Post-ERCP amylase 92.
Regulars unchanged: metformin 1g bd, ramipril 5 od, atorvastatin 20 on.
Discharge transport: own car, driven by brother.
Discharging nurse [[PERSON|name:Rachel Obi]] RN (NMC [[ID|license:14A0921S]])""",
    """DISCHARGE SUMMARY - STROKE UNIT, [[LOCATION|geo:Craigavon Area Hospital]]
[[PERSON|name:Eamon McGRATH]]  DOB [[DATE|date:12/12/1950]]  H&C [[ID|health_plan:3955230620]]  Hosp [[ID|mrn:CAH0887132]]
Adm [[DATE|date:3rd January 2024]]. L MCA infarct, thrombolysed (door-to-needle 42 min). NIHSS 12 -> 4. mRS 3.
Dysphagia: IDDSI level 1 fluids, level 5 minced & moist. ESD team to visit.
DVLA: must not drive 1/12; informed. Wife aware.
Address [[ADDRESS|geo:22 Loughgall Road, Portadown, Craigavon BT62 4EG]]""",
    """DISCHARGE LETTER - [[LOCATION|geo:Wythenshawe Hospital]] - Cardiology
Pt: Mrs [[PERSON|name:Anne-Marie Kowalczyk]], [[AGE|other:73]], hosp no [[ID|mrn:0W229184]]
ICD implant [[DATE|date:14/05/2024]]: Boston Scientific, device s/n [[DEVICE|device:248611]].
Remote monitoring via LATITUDE - enrolled, home hub MAC [[DEVICE|device:00:1B:44:11:3A:B7]].
No driving 1/12 (DVLA group 1). Wound check 7-10 days at practice.
Device clinic via switchboard.""",
]

NHS111_CALL = [
    """NHS 111 - CALL RECORD   Case ID [[ID|other:111-2403-77182945]]
Call start [[DATE|date:16/03/2024 21:14]]  Caller: 3rd party (mother)  CLI [[PHONE|phone:07700 900733]]
Patient: [[PERSON|name:Tyler Lowe]], [[AGE|other:2]] yrs, NHS [[ID|health_plan:4643464453]]
Current location: [[ADDRESS|geo:17 Jubilee Close, Kettering NN16 0QR]]
Pathways: Rash - non-blanching? Glass test: fades. Temp 38.9. Alert, drinking.
Disposition Dx06 - contact primary care within 2 hrs (OOH). Worsening advice: call 999.
Health advisor: KT""",
    """111 online - submission log
Ref [[ID|other:P-8821-4460-K]] | [[DATE|date:2024-04-02T06:47:13Z]] | from IP [[IP|ip:86.151.22.190]]
Entered details: name [[PERSON|name:callum o'brien]], postcode [[ADDRESS|geo:LS6 2QF]], mobile [[PHONE|phone:07700900466]]
Symptom: toothache + facial swelling, no trismus, no breathing difficulty.
Outcome: dental - own dentist in hours or urgent dental line 0800 328 1116; self-care pack emailed to [[EMAIL|email:callumob99@outlook.com]]; resume link [[URL|url:https://111.nhs.uk/resume/P-8821-4460-K]]""",
    """NHS 24 (111) - Call summary | CHI [[ID|health_plan:1705055926]]
Patient [[PERSON|name:Ellie STEWART]] [[AGE|other:18]] F | caller self | cb no. [[PHONE|phone:07700 900 582]]
[[DATE|date:05/05/2024 02:31]] Abd pain RIF 10h, nausea, anorexia, LMP 3/52 ago. Not sexually active (states).
Clinical supervisor (Nurse GB) reviewed: -> Primary Care Emergency Centre [[LOCATION|geo:Stirling Community Hospital]] appt 03:30.
Caller verified via voice biometrics: voiceprint ref [[ID|biometric:VP-24-0093318]].""",
    """111 Wales - Clinical Assessment | Case [[ID|other:WAL-0611-33871]]
Call [[DATE|date:11th June 2024]] 18:05 | Clinician: RN DH (NMC [[ID|license:09H2387E]])
Pt [[PERSON|name:Glenys Parry]], [[AGE|other:76]], on warfarin, fall w/ head strike 14:00, no LOC, Glasgow Coma Scale 15/15.
Address: [[ADDRESS|geo:Tyddyn Isaf, Llanfair Pwllgwyngyll LL61 5YR]]. Lives w/ husband.
INR last week 2.8.
Outcome: ambulance validation -> Cat 3, WAST incident [[ID|other:CAD 240611-0447]].""",
    """NHS 111 - PEM (Post Event Message) to GP
Practice: [[LOCATION|geo:Riverside Medical Practice]], secure email [[EMAIL|email:riverside.medicalpractice@nhs.net]]
Patient: [[PERSON|name:Mohammed Al-Rashid]]  DOB [[DATE|date:23.03.1968]]  NHS [[ID|health_plan:5415389261]]
Contact: [[DATE|date:Sat 20/07/24 11:40]]. Chest pain 30 min, central, radiating L arm, sweaty. Dx: 999 Cat 2 - ambulance dispatched.
Caller number [[PHONE|phone:0116 496 0558]].
No further action for practice unless ED discharge instructs.""",
    """111 CALL - CAS clinician callback (GP OOH)
Callback [[DATE|date:24/12/2023 19:22]] to [[PHONE|phone:+44 7700 900 901]]: no answer x2, voicemail left 19:26.
3rd attempt 19:50 - answered by partner.
Pt [[PERSON|name:Hannah Rees]] [[AGE|other:31]], 34/40 pregnant, headache + visual disturbance, BP (home cuff) 158/104.
Advised attend maternity triage [[LOCATION|geo:Singleton Hospital]] now - partner driving ([[VEHICLE|vehicle:CY21 OWM]]).
Called ahead to triage midwife. Clinician: Dr AM (GMC [[ID|license:7012559]])""",
    """NHS 111 record  ref [[ID|other:NHS111-9927-00418]]
[[DATE|date:09-Feb-2024 03:12]] Caller: care home staff ([[LOCATION|geo:Lavender Court Nursing Home]], [[PHONE|phone:01603 496744]])
Patient: [[PERSON|name:Stanley Burrows]], [[AGE|date:97]], DNACPR in place, ReSPECT: ward-based care.
SpO2 88% RA, RR 26, new confusion. Pathways -> Dx12 (speak to clinician within 1h).
Clinician (paramedic KD, HCPC [[ID|license:PA61934]]) - agreed with home for GP OOH visit, not conveying. Daughter informed.""",
    """NHS 111 - Repeat caller flag
Patient [[PERSON|name:FARRELL, Shane]] NHS [[ID|health_plan:7033185527]] - 6th call this month. Calls from [[PHONE|phone:07700 900 347]] and payphone.
[[DATE|date:14/08/24 23:58]] requesting "something for my back" - codeine/pregabalin requested by name.
Pathways: MSK back pain, no red flags. Self-care, GP in hours.
Frequent caller plan agreed w/ [[LOCATION|geo:Canal Street Surgery]] (Dr [[PERSON|name:Nadia Petrova]]).""",
    """111 call record - Northern Ireland GP Out of Hours (no 111 in NI; caller redirected)
[[DATE|date:31/10/2023 22:45]] Caller [[PERSON|name:Orla Kavanagh]] ([[PHONE|phone:028 9018 0472]]) re son [[PERSON|name:Fionn]], [[AGE|other:7]], firework burn R hand.
Partial thickness ~1% TBSA, cooled 20 min under tap.
Advised attend [[LOCATION|geo:Daisy Hill Hospital]] ED. H&C not known by caller.
Home postcode [[ADDRESS|geo:BT34 2JW]].""",
    """NHS 111 - Mental health option (press 2)
[[DATE|date:03-03-2024 00:17]] | Call ID [[ID|other:MH111-40219]] | CLI withheld, switched to web chat from IP [[IP|ip:145.14.88.201]]
Caller gives name "[[PERSON|name:Jess]]", later full name [[PERSON|name:Jessica Thorne]], [[AGE|other:20]], student, halls: [[ADDRESS|geo:Birks Grange Village, New North Road, Exeter EX4 4FT]].
Thoughts of self-harm, no plan, no means. Safety plan reviewed. Crisis team follow-up 09:00.
Samaritans 116 123 and Shout 85258 given. Mobile for callback [[PHONE|phone:07700 900 163]].""",
]

DISTRICT_NURSING = [
    """DN visit - [[DATE|date:12/02/2024]] 10:20 - [[PERSON|name:Beryl HOLLOWAY]] [[AGE|other:86]] - NHS [[ID|health_plan:4636140799]]
Addr: [[ADDRESS|geo:5 Laburnum Grove, Wigston LE18 2DF]] (keysafe code on S1 alert, not recorded here)
Leg ulcer L gaiter: 6.2 x 4.1cm, slough 30%, mod exudate. Cleansed, Inadine, K2 compression (ABPI 0.92 on [[DATE|date:15/01]]).
Waterlow 14, MUST 0. Pain 3/10.
Dtr present. Next visit Thurs. RGN [[PERSON|name:Mandy Pearce]] / HCA TJ""",
    """Community Nursing - Palliative | [[DATE|date:Sun 28 Jan 2024]]
Pt: [[PERSON|name:Alun Meredith]] NHS [[ID|health_plan:4554978850]] - home, [[ADDRESS|geo:Glanrafon, Heol y Dwr, Carmarthen SA31 1HS]]
CSCI via McKinley T34 s/n [[DEVICE|device:100-38271]] re-sited L upper arm 09:40.
Contents 24h: morphine sulfate 15mg, midazolam 10mg, levomepromazine 6.25mg in WFI to 17ml. Rate 0.71 ml/h. Batch numbers on MAR.
Comfortable, RR 12, mouth care given. Wife coping, Marie Curie night sitter booked tonight.
Prescriber on JIC: Dr [[PERSON|name:Rh. Lloyd]] (GMC [[ID|license:4913370]]). Nurse: SJ DN""",
    """DN NOTES (SystmOne unit) - insulin visit
[[DATE|date:03.04.24]] 08:15  [[PERSON|name:Kwame Asante]] DOB [[DATE|date:19/06/1948]] NHS [[ID|health_plan:9405575981]]
BG 11.2 pre breakfast. Novomix 30 22u given abd (site rotated). Pen device & needles in fridge tray.
Feet checked - L 2nd toe callus, podiatry ref made.
Pt asked about his car ([[VEHICLE|vehicle:N482 KFT]]) Blue Badge renewal - signposted to council website.
Wife [[PERSON|name:Abena]] [[PHONE|phone:0121 496 0773]] (landline). LB""",
    """DISTRICT NURSE - catheter change
Name [[PERSON|name:Ronald "Ronnie" BIRCH]]  [[AGE|date:90]]  hosp no [[ID|mrn:D0883127]]
[[DATE|date:7th May 2024]]: 14Ch Foley long-term (lot 23K118, exp on box), 10ml WFI balloon. Residual 350ml clear.
Next change due 12/52. Continence nurse aware.
Lives [[ADDRESS|geo:Flat 4, Orchard House, 12 Mill Lane, Kidderminster DY11 6YP]]; carers qds.
RN [[PERSON|name:Patricia Yeo]], NMC [[ID|license:81Y3345E]]""",
    """Community nursing referral received [[DATE|date:22/08/23]] via email from [[EMAIL|email:k.morrow@nhs.net]] (ward 5 sister)
Pt: [[PERSON|name:Seamus DOHERTY]]  H&C [[ID|health_plan:3068316995]]
Dx: post-op wound dehiscence (abdominal), NPWT - PICO 7 s/n [[DEVICE|device:PC7-2209-88413]], change 3x/wk.
Address: [[ADDRESS|geo:18 Creggan Road, Derry BT48 9DL]]. Tel [[PHONE|phone:028 7196 0331]].
First visit booked Thurs am.""",
    """Visit [[DATE|date:14 Nov 23]] - [[PERSON|name:mrs o'rourke]] ([[PERSON|name:Teresa]]), [[AGE|other:79]]
Grade 3 PU sacrum - 3.0 x 2.5 x 0.5cm. Photo uploaded to wound record (sacrum only, no face).
Repositioning 2-3 hrly - son [[PERSON|name:Martin]] doing nights.
Dynamic mattress Nimbus 4 s/n [[DEVICE|device:NB4-0119774]] alarm checked, working.
Braden 12. MUST 2 - dietitian ref, Fortisip compact bd.
RN [[PERSON|name:J. Nkemelu]]""",
    """DN HANDOVER SHEET - north team - [[DATE|date:Mon 18/03]]
| Patient | NHS | Address | Task |
| [[PERSON|name:Pickles, Norman]] | [[ID|health_plan:4682218461]] | [[ADDRESS|geo:3 Hill Top, Cottingley BD16 1RZ]] | B12 im (3-monthly) |
| [[PERSON|name:Evans, Maureen]] | [[ID|health_plan:9527345375]] | [[ADDRESS|geo:27 Wagon Lane, Bingley BD16 1LT]] | bloods (U&E, FBC) |
Allocated: SR, MP, TJ. Pool car [[VEHICLE|vehicle:YK19 PWV]].""",
    """Care record - DN visit [[DATE|date:19/03/2024]]
Patient [[PERSON|name:Harriet Cole]] [[AGE|date:101]] yrs (!), NHS [[ID|health_plan:7312559576]].
Skin tear R forearm (STAR 2b), steristrips + Mepitel, tubigrip. Lives w/ niece [[PHONE|phone:07700 900271]].
Pendant alarm unit [[DEVICE|device:TL-51120487]] tested OK.
Next visit Fri. Signed [[PERSON|name:L Barker]] RGN""",
    """DN - compression hosiery fitting, [[LOCATION|geo:Ellesmere Port]] clinic room
[[PERSON|name:Gordon Mckee]]  [[AGE|other:68]]  hosp no [[ID|mrn:C5567210]]
Measured for class 2 below-knee (ankle 24cm, calf 38cm). Activa ordered via FP10, prescriber code not needed.
Email confirm sent to pt [[EMAIL|email:gordon.mckee51@btinternet.com]] with next appt [[DATE|date:05/06/24]] 11:30.""",
    """Community nursing - phone triage [[DATE|date:02/01/2024]] 13:05
Caller: [[PERSON|name:Yvonne Pratt]] (carer, Allied Healthcare) [[PHONE|phone:07700 900 064]] re [[PERSON|name:Derek Lumb]], NHS [[ID|health_plan:6797370108]]
Catheter bypassing since am, no urine in bag. Abd distended.
Advised: visit within 2h; DN en route from [[LOCATION|geo:Skipton]] base. Address [[ADDRESS|geo:Moorside, Embsay BD23 6RE]]""",
]

MENTAL_HEALTH = [
    """MENTAL HEALTH ACT 1983 - FORM A2 (s2 application by AMHP) - summary
Patient: [[PERSON|name:Daniel Mwangi]]  NHS [[ID|health_plan:6626331437]]
Address: [[ADDRESS|geo:31 Cranbrook Road, Ilford IG1 4PU]]
AMHP: HA (SWE reg [[ID|license:SW94412]]). Assessment [[DATE|date:08/04/2024]] 15:30 at home.
Medical recs: s12 Dr RC and GP (previous acquaintance).
NR: mother [[PHONE|phone:020 7946 0118]] - consulted, no objection.
Conveyed to [[LOCATION|geo:Goodmayes Hospital]], Ward 3 (PICU not needed). Time of admission 19:05.""",
    """CPA REVIEW - Community Mental Health Team (North)
Date: [[DATE|date:Thursday 25th April 2024]]
Service user: [[PERSON|name:Carl Bainbridge]] ([[AGE|other:44]]), NHS [[ID|health_plan:9822657951]]
Care co-ordinator: CPN SG. Consultant: Dr VR.
Dx: paranoid schizophrenia (F20.0). Clozapine 350mg - ZTAS reg [[ID|other:ZTAS-4471-0923]], bloods monthly, last ANC 3.1.
Finances: appointee (mother); PIP award (NI no [[ID|ssn:TC 92 45 10 A]]), bank a/c [[ID|account:41928870]] (sort 20-11-44).
Crisis plan: Crisis team 24/7 line via NHS 111 option 2.
Next CPA [[DATE|date:Oct 2024]].""",
    """Section 136 - Place of Safety record
Detained [[DATE|date:17/11/2023 22:40]] by police (Cleveland) on [[LOCATION|geo:Newport Bridge]].
Person: male, gave first name only - later confirmed [[PERSON|name:Kyle ROBSON]], DOB [[DATE|date:01/01/2000]], NHS [[ID|health_plan:4367785991]].
Custody photo (full face) shared for ID: [[ID|photo:IMG_20231117_2251.jpg]].
Brought to s136 suite 23:15. Assessed by AMHP + s12 Dr 03:10.
Outcome: not detained, informal admission declined, HTT f/u. Mum [[PHONE|phone:07700 900988]] collected.""",
    """Mental Health (Care and Treatment) (Scotland) Act 2003 - Short-Term Detention Certificate
Patient [[PERSON|name:Fraser Lennox]]  CHI [[ID|health_plan:3004767996]]  [[AGE|other:47]]
Address [[ADDRESS|geo:12 Canal Street, Paisley PA1 2HD]]
Granted [[DATE|date:30/04/2024]] 16:20 by Dr MK (AMP, GMC [[ID|license:6031884]]), MHO consent obtained.
Hospital: [[LOCATION|geo:Dykebar Hospital]]. Named person: sister.
Mental Welfare Commission notified. Tribunal (MHTS) if appeal.""",
    """Ward round - PICU, [[LOCATION|geo:Bethlem Royal Hospital]] - [[DATE|date:Tue 09/01/24]]
Pt [[PERSON|name:Marcus Adjei-Brown]] s3 MHA (detained 4/52). Obs level 2 (within eyesight).
Mental state: thought disordered, less hostile. Rapid tranq x0 in 72h. Olanzapine 20mg on, depot planned.
Secure ward airlock: pt biometric enrolment refused; staff template only (ward access fingerprint [[ID|biometric:FPT-22910457]] for RMN [[PERSON|name:Tunde Bello]]).
S17 leave: none. MHT hearing pending. Solicitor aware.""",
    """AWOL / missing patient report - [[DATE|date:03/03/2024]]
Patient: [[PERSON|name:Leah SUMMERS]], [[AGE|other:19]], s2 MHA, failed to return from 1h escorted s17 leave at 14:00.
Last seen city centre shopping mall, grey hoodie. Police (Avon & Somerset) informed 14:35, log ref [[ID|other:ASP-0303-24-1188]].
Full-face photo from admission emailed to police: [[ID|photo:SUMMERS_L_admission_photo.jpg]].
Risk high (recent ligature). Mobile [[PHONE|phone:07700 900702]] -> voicemail. Known associate's flat [[ADDRESS|geo:55 Stapleton Road, Easton, Bristol BS5 0QX]].
Returned by police 01:20 next day.""",
    """CTO review (Community Treatment Order, s17A) | [[DATE|date:19 June 2024]]
[[PERSON|name:Nathan Cruickshank]] NHS [[ID|health_plan:6730086249]] | RC (GMC [[ID|license:7188420]])
Conditions: live at [[ADDRESS|geo:Flat 7, 44 Abbey Road, Barrow-in-Furness LA14 1XR]], accept depot (paliperidone 100mg monthly), see CCO.
Compliant. Depot given last week at depot clinic.
Car: pt asks re driving - DVLA notification form M1 completed, licence no. [[ID|license:CRUIC904121N99XW]]. Reg [[VEHICLE|vehicle:PN17 DKL]].""",
    """Mental Health (NI) Order 1986 - Form 7 (Medical report on admission for assessment)
Patient [[PERSON|name:Aoife Gallagher]]  H&C [[ID|health_plan:390 548 2703]]  DOB [[DATE|date:14-08-1990]]
Admitted [[LOCATION|geo:Holywell Hospital]] on [[DATE|date:6/2/24]] from ED.
Applicant: ASW MD (NISCC reg [[ID|license:SW6630114]]).
Nearest relative: partner, tel [[PHONE|phone:028 2566 0447]].""",
    """Early Intervention in Psychosis - initial assessment letter draft
To: [[PERSON|name:Jamal Ibrahim]] <[[EMAIL|email:jamal.ibrahim02@gmail.com]]>
Hello, thank you for meeting me on [[DATE|date:the 2nd of September]] at our base.
As agreed, your care co-ordinator is [[PERSON|name:Becky Stone]] (OT, HCPC [[ID|license:OT65902]]), mobile [[PHONE|phone:07700 900530]].
Our next appointment is in 2 weeks. Your NHS number for reference: [[ID|health_plan:472 602 2647]]. - EIP team""",
    """CRHTT contact log - [[PERSON|name:WALSH, Kerry-Ann]] - NHS [[ID|health_plan:8435727335]]
10:00 tel to [[PHONE|phone:07700 900 614]] - no answer
[[DATE|date:10/10/23 14:15]] home visit [[ADDRESS|geo:2 Ferry Road, Hull HU13 0DY]] - seen w/ partner. Mood 3/10, sleep 4h. No SI.
Lithium 400mg - level 0.7 (last wk). TSH normal.
[[DATE|date:11/10/23 09:30]] - text reminder sent re meds pick-up at [[LOCATION|geo:Boots, Hessle]]. NM/CB""",
]

SAFEGUARDING_MASH = [
    """MASH REFERRAL (Children) - Multi-Agency Referral Form
Referrer: Health Visitor, [[EMAIL|email:claire.dobson4@nhs.net]]
Child: [[PERSON|name:Kai Thompson-Reid]]  (toddler)  NHS [[ID|health_plan:404 556 5577]]
Address: [[ADDRESS|geo:9 Wensley Street, Sheffield S4 8FZ]]
Mother: [[PERSON|name:Chelsea Thompson]]. Mother's partner: "[[PERSON|name:Dan]]" - surname unknown, Facebook [[URL|url:https://www.facebook.com/danny.k.9031]], drives white van [[VEHICLE|vehicle:KM14 VZA]].
Concern: bruise L cheek 2cm, explanation inconsistent (fell off sofa / hit by sibling); home conditions poor, dog faeces on floor.
Consent: not sought (would place child at risk). Outcome requested: strategy discussion.""",
    """MASH ref [[ID|other:MASH-24-00871]] | Adult safeguarding (Care Act s42 enquiry)
Adult at risk: [[PERSON|name:Dorothy Fenwick]], [[AGE|date:93]], NHS [[ID|health_plan:9125879391]], NI [[ID|ssn:ZR 11 83 05 B]], [[ADDRESS|geo:42 Cedar Drive, Morpeth NE61 2SJ]]
Alleged: financial abuse by grandson [[PERSON|name:Jordan Fenwick]] - £6,400 withdrawn over 3 months from her account [[ID|account:31926604]] and ISA [[ID|account:2219-6604-71]] (Nationwide).
Bank fraud team notified.
Raised by GP.""",
    """Child Protection - health notification for IRD (Scotland)
Child: [[PERSON|name:Rhys McLAREN]], [[AGE|other:11]], CHI [[ID|health_plan:1102133984]], P7 [[LOCATION|geo:Craigentinny Primary School]]
Concern: neglect - comes without lunch, head lice ++, untreated caries, 3 DNAs at dentist. Wt 9th centile (was 50th).
Mother [[PHONE|phone:0131 496 0772]], [[ADDRESS|geo:3F2, 17 Restalrig Avenue, Edinburgh EH7 6PL]].
Named person: head teacher Mr [[PERSON|name:Graham Ure]]. IRD today.""",
    """Safeguarding referral - online grooming concern
Young person: [[PERSON|name:Maisie Holt]], [[AGE|other:14]], Y9, [[ADDRESS|geo:7 Blenheim Close, Swindon SN3 4HY]]
Disclosed to school nurse (NMC [[ID|license:19I4502W]]) that an adult male messages her on Snapchat and Instagram.
Profile: [[URL|url:https://www.instagram.com/jayy.k_official93]]; says he is ~25.
Screenshots retained by school DSL. Mum ([[PHONE|phone:07700 900419]]) aware.
Police (Wiltshire) ref [[ID|other:54240038112]]. CSE risk screening tool completed.""",
    """MARAC referral - DA (high risk, DASH 18)
Victim: [[PERSON|name:Natalia Zielinska]]  NI no. [[ID|ssn:NE 71 44 02 A]]
Perpetrator: [[PERSON|name:Marek Zielinski]] (husband), vehicle [[VEHICLE|vehicle:WVWZZZ1KZ6W112345]] / [[VEHICLE|vehicle:GF56 HTR]]
Children: [[PERSON|name:Zofia]] ([[AGE|other:6]]) and a younger sibling - both in local school/nursery
Refuge address withheld. Safe contact via IDVA [[PHONE|phone:01632 960841]].""",
    """MASH - health information share
Re: [[PERSON|name:Tommy McGuigan]] (DOB [[DATE|date:09/05/2010]]) and sibling [[PERSON|name:Shannon]]
Family address: [[ADDRESS|geo:14 Glen Road, Andersonstown, Belfast BT11 8BU]]
Health: elder DNA x3 CAMHS appts; younger immunisations incomplete (MMR2 outstanding); both registered [[LOCATION|geo:Falls Road Surgery]].
Social worker: [[PERSON|name:Deirdre Maguire]] (Gateway team) [[EMAIL|email:deirdre.maguire@belfasttrust.hscni.net]]
Information shared by Named Nurse.""",
    """Safeguarding Adults Concern Form - care home
Home: [[LOCATION|geo:Ashgrove Nursing Home]], [[ADDRESS|geo:101 Wrexham Road, Chester CH4 7QJ]]
Adult: [[PERSON|name:Philip Ainsworth]] [[AGE|other:81]] - unexplained bruising both forearms, noted on am wash.
Alleged: rough handling by night care assistant (named: [[PERSON|name:Dale Morris]]). CCTV requested; staff suspended pending enquiry.
CQC notification submitted. Home manager [[PHONE|phone:01244 496508]].
Council ref [[ID|other:ASC/23/114902]].""",
    """Pre-birth safeguarding referral (unborn baby)
Mother: [[PERSON|name:Jodie Marsden]] [[AGE|other:22]] NHS [[ID|health_plan:5366604834]]
EDD [[DATE|date:14/07/2024]]. Booked [[LOCATION|geo:Bassetlaw Hospital]] at 13/40.
Concerns: older child removed under care order; heroin use (methadone 40ml), partner - DA history.
Address [[ADDRESS|geo:Flat B, 6 Carlton Road, Worksop S80 1PG]]. Midwife [[PHONE|phone:07700 900355]].
Pre-birth conference requested before 28/40.""",
    """MASH strategy discussion notes
Attendees: DS IB (police), [[PERSON|name:Aisha Khan]] (SW, SWE [[ID|license:SW118204]]), named nurse RE, school DSL.
Child: [[PERSON|name:Leo Grant]] [[AGE|other:8]], NHS [[ID|health_plan:6500538742]], Y3.
Disclosure to teacher yesterday: "dad hit me with belt". Marks on back photographed by paediatrician (CP medical at [[LOCATION|geo:Alder Hey]] 16:00 today).
Father [[PERSON|name:Stephen Grant]], [[ADDRESS|geo:50 Queens Drive, Walton, Liverpool L4 6SH]]. Outcome: s47 joint investigation.""",
    """Prevent / Channel referral - adult
Name: [[PERSON|name:Ethan Dawes]]  [[AGE|other:17]] (turns 18 later this year)  NHS [[ID|health_plan:5484507359]]
Concern: sharing extreme right-wing material on Telegram; forum posts traced to home broadband IP [[IP|ip:92.40.183.17]].
College: [[LOCATION|geo:Weston College]]. Lives w/ father, [[ADDRESS|geo:26 Locking Road, Weston-super-Mare BS23 3DN]].
Referred by GP Dr [[PERSON|name:Suresh Patel]].""",
]

MATERNITY_BOOKING = [
    """BOOKING APPOINTMENT - BadgerNet  [[DATE|date:08/01/2024]]  (10+2 wks)
Woman: [[PERSON|name:Chloe ARMSTRONG]]  NHS [[ID|health_plan:4856776137]]
LMP [[DATE|date:28/10/23]] (certain, regular 28d cycle) -> EDD by dates, to confirm at scan. G2 P1 (SVD 2021, 3.4kg).
Address: [[ADDRESS|geo:15 Primrose Hill Road, Huddersfield HD3 3FB]]  Mob [[PHONE|phone:07700 900 126]]
Partner (FOB) supportive. DV routine enquiry: asked alone - no.
BMI 31.4 -> GTT at 24-28/40, aspirin 150mg from 12/40 (2 moderate risk factors). Combined screening (Down's, Edwards', Patau's) accepted.
MW HS (NMC [[ID|license:12A3456E]])""",
    """Maternity booking (Scotland) - [[LOCATION|geo:Simpson Centre for Reproductive Health]]
[[PERSON|name:Eilidh Robertson]] CHI [[ID|health_plan:2706842598]]
Gravida 4 para 2 (1 TOP). LMP unsure. Dating scan: CRL 62mm = 12+4, EDD [[DATE|date:20/10/2024]].
Badger Notes app activated - invite link [[URL|url:https://www.badgernotes.net/activate?code=8Q2M-KX41-77RP]] sent to [[EMAIL|email:eilidh.rob85@icloud.com]]
Previous CS x1 -> VBAC clinic. Bloods: Hb 118, ferritin 22, blood group O RhD neg -> anti-D prophylaxis 28/40.
Address [[ADDRESS|geo:8 Craigleith View, Edinburgh EH4 3JZ]].""",
    """ANTENATAL BOOKING (NI) | [[DATE|date:22nd February 2024]] | [[LOCATION|geo:Antrim Area Hospital]]
Name: [[PERSON|name:Roisin Ni Bhriain]]  H&C [[ID|health_plan:3788204179]]
Interpreter not required (Irish/English). G1 P0. EDD [[DATE|date:19/09/24]].
Social: student, lives w/ partner at [[ADDRESS|geo:5 Fountain Street, Antrim BT41 4BB]].
MatEx form signed by MW; certificate no. [[ID|health_plan:MX 402 118 773]].
Smoking: CO 1ppm. Alcohol: none since +ve test.""",
    """Booking - interpreter present (Dari), telephone via Language Line
Woman: [[PERSON|name:Farzana Ahmadi]]  [[AGE|other:24]]  NHS [[ID|health_plan:6120934418]]
Asylum seeker - Home Office ref [[ID|other:H1187423/003]]; HC2 certificate applied.
Lives in contingency hotel accommodation. Mobile [[PHONE|phone:07700 900 843]].
FGM enquiry: Type not identified, not applicable. G3 P2, both children born Afghanistan.
LMP unknown -> dating scan [[DATE|date:17.05.24]]: 16+1, EDD [[DATE|date:31.10.24]]. Hb 94 -> ferrous fumarate.
Case loaded to Specialist MW (ZY). BRP biometrics enrolled (fingerprints) ref [[ID|biometric:BRP-FP-77310942]].""",
    """Midwife booking note - community (home visit) [[DATE|date:Wed 6 March 2024]]
[[PERSON|name:bethany cooper]], [[AGE|other:17]] (under 18 - teen pregnancy pathway), NHS [[ID|health_plan:437 332 0381]]
Lives w/ mum at [[ADDRESS|geo:63 Sherwood Rise, Mansfield NG18 4LA]]. School: [[LOCATION|geo:Brunts Academy]] (Y12).
FOB not involved. Safeguarding: no SW involvement, FNP referral made.
LMP [[DATE|date:02/01/24]]. EPDS (Edinburgh Postnatal Depression Scale) 6. Vitamin D & Healthy Start info given. Next appt: dating scan.""",
    """BOOKING - high risk (pre-existing T1DM)
Pt [[PERSON|name:Sophie Llewellyn]] [[AGE|other:32]] NHS [[ID|health_plan:797 340 0527]] [[LOCATION|geo:University Hospital of Wales]]
HbA1c 52 mmol/mol preconception. Folic acid 5mg. Retinal screening booked.
Insulin pump: t:slim X2 s/n [[DEVICE|device:TSX-1140982]] with Dexcom G7 (hybrid closed loop). CGM data shared via Glooko, clinic code.
Address [[ADDRESS|geo:19 Heol Tyn-y-Coed, Cardiff CF14 6HX]], phone [[PHONE|phone:029 2018 0563]].
Obstetrician Dr AB, DSN CE.""",
    """Booking details | [[DATE|date:2024-06-04]]
Mother: [[PERSON|name:Olamide ADEBOWALE]] | NHS [[ID|health_plan:9216012501]]
Private health insurance (Bupa) membership [[ID|health_plan:BUP8812045539]] - elected NHS care.
Previous: 2 x CS (2018, 2021). Placenta: check anterior low-lying at 20/40.
Sickle screen: HbAS (carrier) -> partner [[PERSON|name:Tunde Adebowale]] to be tested.
Address: [[ADDRESS|geo:Flat 21, Lambert Court, 3 Bow Road, London E3 2AN]]. Email [[EMAIL|email:ola.adebowale@yahoo.co.uk]]""",
    """Booking / 1st contact - [[LOCATION|geo:Raigmore Hospital]] community MW
[[PERSON|name:Kirsty MACKAY]] CHI [[ID|health_plan:1503917919]]
Home BP monitor loaned (Microlife s/n [[DEVICE|device:MLB3-44120951]]) - hx PET 1st pregnancy. Aspirin 150mg on.
EDD [[DATE|date:05/09/2024]].
Partner drives - car [[VEHICLE|vehicle:SN68 BFA]] for hospital parking permit.
MW [[PHONE|phone:01463 496 412]]""",
    """BOOKING SUMMARY - twin pregnancy (DCDA)
[[PERSON|name:PATEL, Hetal]]  [[AGE|other:35F]]  Hosp no [[ID|mrn:L0098123]]  NHS [[ID|health_plan:448 147 5439]]
IVF pregnancy (private clinic), day 5 ET. EDD [[DATE|date:29/11/24]] by IVF dates.
Twin clinic referral; scans 4-weekly from 20/40. Consultant: Miss JE.
Husband [[PHONE|phone:07700 900 298]]. Address [[ADDRESS|geo:12 Elmsthorpe Avenue, Lenton, Nottingham NG7 1NT]]""",
    """Maternity triage - late booking at 38+0 (concealed pregnancy) 03:40
Pt [[PERSON|name:Kayla Jones]] [[AGE|other:21]] NHS [[ID|health_plan:904 417 2302]] - booked today, no prior ANC.
Contracting 2:10, VE 4cm. CTG normal (Dawes-Redman n/a in labour). Bloods: FBC, G&S, rapid HIV/hep B/syphilis.
Safeguarding: MASH contacted, ref [[ID|other:MASH-24-03317]].
NOK aunt [[PHONE|phone:01633 496095]]. Address [[ADDRESS|geo:4 Alma Street, Newport NP20 4DH]].
ID seen for baby labels: photocard driving licence [[ID|license:JONES053153K99PD]].""",
]

OUTPATIENT_LETTER = [
    """[[LOCATION|geo:Royal Devon and Exeter Hospital]] - Rheumatology
Tel [[PHONE|phone:01392 496402]]  Fax [[PHONE|fax:01392 496499]]
TF/jt
Dr [[PERSON|name:S Venning]], GP
Re: Mrs [[PERSON|name:Joyce PENHALIGON]], DOB [[DATE|date:22/02/1947]], NHS [[ID|health_plan:4762019723]]
Dx: PMR vs late-onset RA. ESR 54, CRP 38, RF neg, anti-CCP neg. Pred 15mg od, good response; taper per BSR. DEXA requested.
She is happy to be contacted on [[PHONE|phone:01392 496 771]].
Dr TF, Consultant Rheumatologist""",
    """Dear Doctor,
Re: Mr [[PERSON|name:Callum McDONALD]], CHI [[ID|health_plan:0606791157]]
[[ADDRESS|geo:Mains of Glack, Daviot, Inverurie AB51 0HX]]
I reviewed him in the Gastroenterology clinic at [[LOCATION|geo:Aberdeen Royal Infirmary]] this week.
Crohn's disease (ileal, Montreal L1 B1), on adalimumab 40mg fortnightly (biosimilar, homecare via Healthnet - patient ref [[ID|other:HN-7730218]]).
Faecal calprotectin 41 ug/g, CRP <5, Harvey-Bradshaw index 2 - remission.
Plan: continue, TDM in 6/12, review 6/12.
Yours sincerely, Dr RG, Consultant Gastroenterologist (GMC [[ID|license:4617209]])
cc: patient - by email [[EMAIL|email:callum.mcd79@gmail.com]] at his request""",
    """[[LOCATION|geo:Belfast City Hospital]] - Cancer Centre
Consultant: Dr NC | Secretary [[PHONE|phone:028 9504 6321]] | Fax [[PHONE|fax:028 9504 6399]] | [[EMAIL|email:oncology.sec.bch@belfasttrust.hscni.net]]
Patient: [[PERSON|name:Thomas McAULEY]] | H&C [[ID|health_plan:3047713898]] | DOB [[DATE|date:19/01/1961]] | Hosp [[ID|mrn:BCH3390187]]
Diagnosis: Adenocarcinoma prostate, Gleason 4+3=7, PSA 14.2, T3a N0 M0 on PSMA PET.
Plan: 6m ADT (Zoladex 10.8mg) + RT 60Gy/20#. Trial discussed: ISRCTN 40814031 - declined.
He was accompanied by his daughter.""",
    """Department of Audiology & ENT, [[LOCATION|geo:Ysbyty Glan Clwyd]]
Dear Colleague,
Re: [[PERSON|name:Idris Jenkins]] [[AGE|other:71]] NHS [[ID|health_plan:9710190116]]
Reviewed today. Bilateral moderate SNHL. Fitted with NHS BTE aids: R s/n [[DEVICE|device:1834X0J7P]], L same model.
Tinnitus management discussed. Remote fine-tuning via app; paired phone Bluetooth MAC [[DEVICE|device:A4:C3:F0:85:1E:92]].
Please note he is a lorry driver - no DVLA implications for hearing (Group 2).
Audiologist: GR (HCPC [[ID|license:CS14527]]).""",
    """OUTPATIENT LETTER - Private Patient Unit, [[LOCATION|geo:The Christie]]
Patient: Ms [[PERSON|name:Amanda Blackwood]]  DOB [[DATE|date:08/08/1966]]  Hosp no [[ID|mrn:CH-0781123]]
Insurer AXA Health, membership [[ID|health_plan:AXA 7730 1192 04]], pre-auth obtained
Billing account [[ID|account:PPU-ACC-0048817]] - invoices to [[EMAIL|email:a.blackwood@blackwoodlegal.co.uk]]
Breast ca (ER+ HER2-), post WLE + SLNB. Letrozole 2.5mg; Oncotype DX RS 14 -> no chemo.
Seen in PPU clinic.""",
    """Paediatric Neurology - [[LOCATION|geo:Great Ormond Street Hospital]]
Re: [[PERSON|name:Noah Levy]] [[AGE|other:9]] yrs, GOSH no. [[ID|mrn:GOS1029384]], NHS [[ID|health_plan:9530005970]]
Address [[ADDRESS|geo:7 Hillfield Road, West Hampstead, London NW6 1QE]]
Seen with parents today.
Drug-resistant focal epilepsy. VNS implanted last year (LivaNova SenTiva, generator s/n [[DEVICE|device:SN 102847]]). Output 1.75mA.
Seizure diary via app; parents share diary at [[URL|url:https://www.seizuretracker.com/share/NL-20449]].
EEG video telemetry planned. Emergency plan: buccal midazolam 7.5mg.""",
    """[[LOCATION|geo:Musgrove Park Hospital]] - Diabetes & Endocrine
Dear GP
[[PERSON|name:Gemma Tucker]] [[AGE|other:26]] (NHS [[ID|health_plan:7721210872]])
[[ADDRESS|geo:2 Priory Bridge Road, Taunton TA1 1QB]]
Graves' disease - TRAb 8.2, fT4 31 on presentation. Carbimazole 20mg, block & replace not chosen.
Thyroid eye disease CAS 1/7 - ophthalmology aware. Orbit photographs (full face, for TED documentation) saved as [[ID|photo:TUCKER_G_TED_20240417.jpg]]. Portal last login IP [[IP|ip:2a00:23c6:9b12:4e01::1f]].
Review 8/52 with TFTs. Patient portal (Patients Know Best): [[URL|url:https://my.patientsknowbest.com/patient/8841-2937-TG]]""",
    """Cardiology OPD (Heart Failure) - [[LOCATION|geo:Glenfield Hospital]]
Date seen [[DATE|date:28-11-2023]]
Re: [[PERSON|name:Rajesh Mistry]] [[AGE|other:64]]  NHS [[ID|health_plan:4187191895]]
CRT-D (Abbott Gallant HF, s/n [[DEVICE|device:81129034]]). Remote monitoring: myMerlinPulse app, patient account [[ID|account:MMP-0045591]].
LVEF 35% (was 25%). NYHA II. Sacubitril/valsartan 97/103 bd, bisoprolol 5, eplerenone 25, dapagliflozin 10.
Wife asked re DVLA - can drive (group 1), informed.
Dr KE / Specialist Registrar""",
    """Respiratory Sleep Clinic - [[LOCATION|geo:Papworth Hospital]]
[[PERSON|name:GRIFFITHS, Dean]]  DOB [[DATE|date:13/08/1972]]  hosp no [[ID|mrn:P5543210]]  Mob [[PHONE|phone:07700 900 677]]
OSA, AHI 42 on HSAT. CPAP commenced 3/12 ago: ResMed AirSense 10 s/n [[DEVICE|device:23191788421]], AirView enrolled.
Compliance 6.4h/night, residual AHI 2.1, leak 12 L/min. ESS 16 -> 5.
HGV driver: DVLA informed, licence [[ID|license:GRIFF708132D99AB]] - may resume driving (compliant).
Signed Dr MO""",
    """Ophthalmology - Medical Retina, [[LOCATION|geo:Moorfields Eye Hospital]]
Re: [[PERSON|name:Lilian Okonjo]] [[AGE|date:90]], MRN [[ID|mrn:MEH-4821033]]
Visit [[DATE|date:Friday 12 July 2024]] - inj #14 faricimab R eye. VA R 6/18 (LogMAR 0.48), L 6/60.
Iris template used for identity check at injection clinic kiosk (patient consented): template ID [[ID|biometric:IRS-0092-5531]].
Transport booked via PTS; granddaughter escorts ([[PHONE|phone:020 7946 0903]]).
Next inj 4/52.""",
]

CARE_HOME_MAR = [
    """MAR CHART - [[LOCATION|geo:Meadowbank Care Home]] - cycle start Mon
Personal allowance a/c [[ID|account:PA-014-2291]]
Resident: [[PERSON|name:Winifred ASHCROFT]]  Rm 14  Age [[AGE|date:93]]  NHS [[ID|health_plan:8378081055]]
Photo on front sheet: [[ID|photo:res014_ashcroft_face.jpg]]   Allergies: penicillin (rash)
GP: practice as per care plan  |  Pharmacy: [[LOCATION|geo:Hollins Pharmacy]] fax [[PHONE|fax:01257 496 610]]
| Drug | 08:00 | 12:00 | 17:00 | 22:00 |
| Donepezil 10mg | | | | AB |
| Adcal-D3 1 tab | CW | | CW | |
| Laxido 1 sachet | CW (refused) | | | |
| Paracetamol 1g (batch 4471A) | CW | CW | CW | AB |
Codes: R = refused, H = hospital, L = leave.""",
    """Shift handover - nights -> days [[DATE|date:13/05/24]] 07:45 - [[LOCATION|geo:Ty Gwyn Nursing Home]]
Rm 3 Mr [[PERSON|name:Elwyn Davies]] ([[AGE|other:88]]) - settled, 2 hrly turns, Waterlow 22, sacral skin intact.
Rm 5 - unsettled 02:00-04:00, PRN lorazepam 0.5mg given 02:30 (CD book p.41). Dtr to ring.
Rm 9 [[PERSON|name:William Pugh]] - fall 05:10 from bed, sensor mat s/n [[DEVICE|device:AL-88214]] didn't alarm -> reported to maintenance. No injury, obs NEWS2 1.
Rm 11 - end of life, JIC in place, family present overnight.
Handover by RGN [[PERSON|name:Joseph Mathew]] to RGN DP.""",
    """CONTROLLED DRUGS REGISTER - Oxycodone 5mg/5ml (Shortec) - resident [[PERSON|name:Frederick Holmes]] (Rm 22)
| Date | Time | Qty given | Balance | Given by | Witness |
| [[DATE|date:02/06/24]] | 08:00 | 2.5ml | 187.5ml | KN | SB |
| [[DATE|date:02/06/24]] | 14:10 | 2.5ml | 185ml | KN | SB |
| [[DATE|date:03/06/24]] | 03:20 | 5ml | 180ml | AB | TW |
CD cabinet biometric access log: [[DATE|date:03/06/24 03:18]] fingerprint template [[ID|biometric:FP-2291-0457]] (RGN [[PERSON|name:Ama Boateng]]).
Stock check weekly - manager sign-off.""",
    """CARE HOME - resident profile (on admission)
Name: [[PERSON|name:Agnes MacPHERSON]]  Preferred name: "[[PERSON|name:Nessie]]"  CHI [[ID|health_plan:0809297734]]  Age [[AGE|date:93]]
Home: [[LOCATION|geo:Strathearn House Care Home]]. Previous address [[ADDRESS|geo:Cruachan, 6 Comrie Road, Crieff PH7 4BJ]]
Vascular dementia. AWI Act s47 certificate in place. Welfare guardian: son (contact on file).
Likes Gaelic psalms, shortbread. Dislikes baths (shower only).
Photo ID consent signed - resident photo [[ID|photo:MACPHERSON_A_ID.png]].""",
    """Handover sheet [[LOCATION|geo:Rosevale Care Home]] - Fri am
| Rm | Resident | H&C | Notes |
| 1 | [[PERSON|name:O'NEILL, Bridie]] | [[ID|health_plan:3905482703]] | UTI - trimethoprim day 2/3, fluids encouraged |
| 4 | [[PERSON|name:McCLOSKEY, Patrick]] | [[ID|health_plan:3623304594]] | DoL authorisation expires in 9 wks |
| 7 | [[PERSON|name:Hegarty, Rose]] | [[ID|health_plan:3522311806]] | in hospital since Weds |
Visitors: Rm 4 son [[PHONE|phone:07700 900 528]] Sat pm.""",
    """Remote GP ward round (video) - [[LOCATION|geo:Willow Lodge]] - today 13:00
Tablet: home iPad s/n [[DEVICE|device:DMPXK4H2Q1GC]], public IP [[IP|ip:212.56.101.44]] (for NHSmail Teams log).
Residents reviewed by Dr [[PERSON|name:Emma Curran]]:
- [[PERSON|name:Hilda Roper]] [[AGE|date:95]]: weight loss 3kg/1m, MUST 2 -> Fortisip bd, weekly weights.
- Rm 12: new cough, CRB-65 1, amoxicillin 500 tds 5/7.
Senior carer documented; home email [[EMAIL|email:willowlodge.manager@outlook.com]]""",
    """Care home fees / admin - [[LOCATION|geo:Beechwood House]]
Resident: [[PERSON|name:Arthur Pennington]], NHS [[ID|health_plan:4832051825]], NI No [[ID|ssn:WB284716A]]
Funding: FNC + self-funder top-up. Fees account [[ID|account:BWH-10293]]; DD from [[ID|account:70884219]] (sort code 40-47-84) in name of son.
LPA (property & financial) registered. Son contact [[PHONE|phone:+447700900172]].
CHC checklist - negative.""",
    """eMAR exception report (Nourish/Atlas) - week ending [[DATE|date:28/07/2024]]
Resident [[PERSON|name:Violet Sharma]] - Rm 2 - NHS [[ID|health_plan:847 064 0240]]
Missed: Apixaban 2.5mg 18:00 [[DATE|date:25/07]] - not in stock (pharmacy [[LOCATION|geo:Lloyds Pharmacy Sale]] delivery late). GP practice informed, 111 advice: give next dose as normal.
Insulin (Abasaglia 10u) given by DN - see DN record. Fentanyl 12mcg patch changed (L scapula).
Incident logged Datix [[ID|other:W214587]]. Reviewed by deputy manager [[PERSON|name:Lorraine Ibbotson]].""",
    """HOSPITAL TRANSFER FORM (care home -> ED) - red bag sent
Resident: [[PERSON|name:Cyril Barraclough]]  [[AGE|other:87]]  NHS [[ID|health_plan:9181764352]]
From: [[LOCATION|geo:Heather View Care Home]], [[ADDRESS|geo:14 Moor Lane, Haworth, Keighley BD22 8PH]], tel [[PHONE|phone:01535 496 300]]
Reason: fall, ?#NOF R, shortened & ext rotated. Oramorph 2.5mg given 10:40.
Baseline: Alzheimer's (mod), mobile w/ frame, Rockwood 6. ReSPECT: for ward-based care. Hearing aid L (s/n [[DEVICE|device:2045H3371]]) sent in bag.
NOK: nephew informed. Resident photo (face) for ID: [[ID|photo:barraclough_c_2024.jpg]].""",
    """Care home daily notes - [[PERSON|name:Doreen]] (Rm 6) [[DATE|date:Sat 8th June]]
07:30 Assisted w/ wash by 2 carers. Ate 1/2 porridge.
11:00 Visit from hairdresser. Daughter-in-law [[PERSON|name:Jackie Whitworth]] rang ([[PHONE|phone:0113 496 0845]]) - will visit Sunday.
14:00 Bowels open (Bristol type 4). Fluids 1100ml by 18:00.
20:00 Settled. Meds given per eMAR. Surname on MAR: [[PERSON|name:WHITWORTH]]; DoB [[DATE|date:04/05/1941]].""",
]


def main() -> None:
    n = write_styled(
        OUT,
        [
            ("gp-consultation", GP_CONSULTATION),
            ("ae-cas-card", AE_CAS_CARD),
            ("discharge-summary-tto", DISCHARGE_TTO),
            ("nhs111-call-record", NHS111_CALL),
            ("district-nursing-visit", DISTRICT_NURSING),
            ("mental-health-mha-cpa", MENTAL_HEALTH),
            ("safeguarding-mash-referral", SAFEGUARDING_MASH),
            ("maternity-booking", MATERNITY_BOOKING),
            ("outpatient-clinic-letter", OUTPATIENT_LETTER),
            ("care-home-handover-mar", CARE_HOME_MAR),
        ],
    )
    print(f"probe88: {n} docs")


if __name__ == "__main__":
    main()
