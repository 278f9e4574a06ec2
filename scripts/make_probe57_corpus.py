"""Write the 57th hand-annotated redaction probe, 100 notes of emergency and pre-hospital text.

Why: emergency records are written fast, by many hands, about places as much as people. An
incident location can be a street address, an intersection, a highway kilometre peg, GPS
coordinates or a what3words triple; a hospital is often named after a person (Ben Taub, Fiona
Stanley, Sir Charles Gairdner) or after a town that is also a word (Orange, Reading, Nelson,
Thursday Island); ambulance call signs, tram and bed numbers look like identifiers but are not,
while the patient's own car plate, VIN, phone IMEI, pacemaker serial or palm-vein template are.
The notes mix terse shorthand, pipe tables, system audit logs and glued OCR-damaged tokens, and
plant eponyms (Glasgow, Manchester Triage, Ottawa rules, King's College criteria, Lyme disease,
Barmah Forest virus, Rumack-Matthew) next to real place and person names. The probe measures
recall on identifiers in unseen formats and precision on these look-alikes.

What: ten styles of ten notes each: ambulance patient care record exports (epcr-export), ED
triage notes (ed-triage), retrieval and inter-hospital transfer requests (retrieval-transfer),
poisons information centre call logs (poisons-call-log), trauma team activations
(trauma-activation), police and coroner liaison notes (police-coroner-liaison), mental-health
crisis assessments in ED (mh-crisis-assessment), ED discharge letters (ed-discharge-letter),
bed-management and patient-flow logs (bed-flow-log) and after-action / clinical incident reports
(incident-report). Notes are set across the Australian states and territories, New Zealand, the
United Kingdom, Ireland, the United States and Canada. All people are invented. Every identifier
is marked inline as [[LABEL|category:value]]. Conventions: names are PERSON|name with titles (Dr,
Mr, Mrs, Ms, Sgt, Cst, PC, DC, Det., Ofc.) outside the span; "SURNAME, Given" is one span; a given
name alone, a nickname and initial+surname are each their own span; bare staff initials are not
marked. A street-level location (house address from unit/number to postcode, an intersection, a
highway with a kilometre marker, route position or distance from a town) is one ADDRESS|geo span,
including the town and postcode when they follow on the same line; a road named alone, towns,
suburbs, cities, counties, GPS coordinates, what3words triples, named hospitals (also when
abbreviated, e.g. RDH), clinics, practices, pharmacies, schools, universities, employer sites,
stations, parks, beaches, marae, facilities and wards named after places are LOCATION|geo; a
postcode, ZIP or Eircode standing alone is LOCATION|geo; a city or town inside a service name
(Greater Sudbury Paramedic Services) is marked. States, provinces, countries, national or state
agencies and services (NSW Ambulance, RFDS, MedSTAR, NPIS, STARS, RCMP, Garda), generic
helplines and public web sites are not marked; nor are place names inside disease, score or
rule names (Ross River, Barmah Forest, Lyme, Ottawa rules, Manchester Triage, Glasgow, King's
College criteria). Dates more specific than a year are DATE|date, a weekday written with its date
is one span, timestamp dates in logs are marked on every line, a year alone is marked only as a
year of birth; times, durations (2/52, 3/7), weekdays alone, product expiry month/years and
gestations (32+4/40) are not marked. The age of a note's patient is AGE|other (in flow logs every
listed patient counts), any age over 89 is AGE|date, ages of other people under 90 are not marked.
Phones are PHONE|phone and fax numbers PHONE|fax; internal extensions, bleeps and pagers are not
marked. EMAIL|email; patient- or practice-specific URLs (portal letters, telehealth joins, upload
links, incident records, social profiles, ride tracking) are URL|url; IPv4 and IPv6 are IP|ip.
National ID and tax numbers (SSN, TFN, SIN, NI number, PPSN, IRD) are ID|ssn; hospital record
numbers (MRN, UR, URN, UMRN, HRN, hospital numbers) are ID|mrn; Medicare (AU card number, the IRN
outside), IHI, NHS and CHI numbers, NZ NHI, provincial health numbers (OHIP, PHN, PHIN, ULI, HCN),
US Medicare MBI, Medicaid, DVA, NDIS, fund member and travel insurance policy numbers are
ID|health_plan; hospital account (HAR), invoice-to-person and IBAN numbers are ID|account;
AHPRA, GMC, MCNZ, MCRN, CPSNS, MSP, NPI, DEA, Medicare provider, state EMS certification and
driver licence numbers are ID|license; vehicle plates (including snowmobile permits) and VINs
are VEHICLE|vehicle, while ambulance, aircraft, fire and tram fleet numbers and call signs are not
marked; equipment serials, phone IMEIs and implant or pump serials are DEVICE|device;
fingerprint, face, palm-vein and login fingerprint template ids are ID|biometric; image and video
file names carrying a name, plate or case id are ID|photo; case, event, call, claim, incident,
crime, coroner, occurrence, specimen and kit numbers, police registered and collar numbers,
student and employee numbers, transit-card numbers, usernames, handles and meeting ids are
ID|other. A span never crosses a line break; an address split over lines is marked line by line.
Look-alikes left unmarked: doses, vital signs and lab values, scores (GCS, NEWS2, K10, CTAS, ATS,
ESI, SAC, ISR), lot and batch numbers, bed, bay, room, cubicle and ward numbers, times, money,
percentages, ICD/MBS/CPT codes, legal sections (s.22, s136, 5150, Form 1), key-safe codes, drug
names that look like names, eponyms and staff roles. Check-digit identifiers (Medicare, IHI, TFN,
NHS, CHI, NHI, NPI, DEA, VIN, IBAN, SIN, PPSN, IRD, BC PHN, IMEI, Medicare provider numbers) pass
their checksums.

How: cd /work/main && .venv/bin/python scripts/make_probe57_corpus.py (writes corpus/redaction/probe57.jsonl).
"""

from pathlib import Path

from make_safe_harbor_suite import write_styled

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "corpus" / "redaction" / "probe57.jsonl"

EPCR_EXPORT = [
    """NSW AMBULANCE - ePCR CASE EXPORT v4.2
Case No: [[ID|other:23-0418-77213]]    Date: [[DATE|date:18/04/2023]]
Call sign: R217    Priority: P1C    Dispatch 02:14 / On scene 02:27 / Depart 03:05 / At hosp 03:31
Incident address: [[ADDRESS|geo:14 Wangee Rd, Lakemba NSW 2195]] (rear granny flat, access via side lane)
Patient: [[PERSON|name:HADDAD, Rami]]    Age: [[AGE|other:61]]    Sex: M
Medicare: [[ID|health_plan:5695 48683 4]]/1    Mob: on file
Presenting problem: central chest pain radiating to jaw, onset approx 01:40, woke from sleep. PHx: AMI 2019 (2x DES), T2DM, HTN. Meds: aspirin 100 mg, atorvastatin 40 mg, metoprolol 25 mg BD, metformin XR 1 g.
Obs 02:29 | HR 48 | BP 88/54 | RR 22 | SpO2 93% RA | GCS 15 | BGL 7.2 | Pain 8/10
12-lead: STE II, III, aVF 2-3 mm, reciprocal I/aVL. Transmitted 02:36 from LIFEPAK 15 s/n [[DEVICE|device:44039127]]; cath lab activated by on-call cardiology.
Tx: aspirin 300 mg PO; GTN withheld (SBP<90); fentanyl 25 mcg IV x2; NaCl 0.9% 250 mL; atropine 600 mcg IV at 02:51 for HR 42 -> 58.
Destination: nearest PCI centre, cath lab direct.
Officer 1: Paramedic Specialist (TB)    Officer 2: student paramedic (observer)""",
    """AV VACIS export | Event [[ID|other:E230711-0488]] | [[DATE|date:11-Jul-2023]] | MICA 14 + Unit 8421
| Field | Value |
|---|---|
| Scene | [[ADDRESS|geo:Princes Fwy outbound, 300 m past the Avalon Rd exit]] |
| Mechanism | 2-vehicle rear-end, est 80 km/h, pt driver, restrained, airbag deployed |
| Pt vehicle | silver Mazda 3 hatch, rego [[VEHICLE|vehicle:1XK 4PD]] |
| Other vehicle | white Toyota RAV4, driver uninjured, refused assessment |
| Patient | [[PERSON|name:Chloe Vandenberg]] [[AGE|other:19]]F |
| Licence | VIC probationary [[ID|license:048213557]] |
| Complaint | neck pain, L wrist deformity (?Colles), seatbelt abrasion |
| Obs 1 | HR 112 BP 124/80 RR 20 SpO2 99% GCS 15 Pain 7/10 |
| Analgesia | methoxyflurane 3 mL (lot 2K114A, exp 03/2026), fentanyl IN 100 mcg |
| Spinal | Canadian C-spine rule not met for clearance, collar applied |
| Dest | regional trauma service ED, handover 16:52 |
| Billing | non-member, invoice [[ID|account:AV-INV-7741208]] to patient |""",
    """QAS eARF
[[DATE|date:Sat 26 August 2023]]. Resp 14:02 to MVA motorcycle vs kangaroo, [[ADDRESS|geo:Bruce Hwy at the 1218 km marker]], approx 14 km S of [[LOCATION|geo:Bowen]]. GPS [[LOCATION|geo:-20.1578, 148.0391]]. Caller (bystander) stayed with pt.
Pt [[PERSON|name:Kristian Møller-Jensen]], [[AGE|other:44]]yo Danish backpacker, helmeted rider, thrown ~10 m. Bike Yamaha Tenere, QLD rego [[VEHICLE|vehicle:54TR9]] (rental). No Medicare; travel insurance details with partner.
Primary: A patent, B RR 28 decreased AE L, SpO2 88%, C HR 126 BP 96/60, D Glasgow Coma Scale 14 (E4V4M6), E abrasions, open # L tib/fib.
Tx: O2 15 L NRB, pelvic binder, ketamine 20 mg IV x3, TXA 1 g, traction splint. RSQ tasked Rescue 510 (LifeFlight), rendezvous at the showgrounds 14:51.
Scene photos uploaded: [[ID|photo:IMG_5519082_scene01.jpg]] (no faces).
Handed to flight crew 15:02.""",
    """EEAST ePR | [[DATE|date:14/06/2024]] | Resource A234 (DCA)
Location: [[ADDRESS|geo:Flat 7, Carrow Court, 31 Rosary Road, Norwich NR1 1TD]]   w3w [[LOCATION|geo:///lamp.fixed.ocean]]
Access: key safe by front door, code given by control (2958).
Pt: Mrs [[PERSON|name:Margaret Oyelaran-Hughes]]   Age [[AGE|date:91]]   NHS [[ID|health_plan:533 077 1730]]
PC: fall from standing approx 03:00, long lie ~5 hrs. L leg shortened and externally rotated, ?#NOF.
PMH: AF on apixaban, CKD 3b, Parkinson's disease (Madopar 125 QDS), previous Colles # R 2016.
Obs: RR 18, SpO2 95% air, HR 94 irreg, BP 142/78, temp 35.6, BM 6.4, GCS 15 (baseline mild confusion), NEWS2 4.
Paracetamol 1 g IV, morphine 2.5 mg IV x2. Daughter contacted 08:22 on [[PHONE|phone:07700 914382]], meeting at hospital.
Conveyed to [[LOCATION|geo:Norfolk and Norwich University Hospital]] ED. Handover 08:58. Crew: SW / paramedic 2.""",
    """st john eprf [[ID|other:20240302-0091-TGA]] [[DATE|date:2/3/24]]
chainsaw lac L thigh, orchard at [[ADDRESS|geo:112 kaitemako rd, welcome bay, tauranga 3112]]
pt [[PERSON|name:tama rewiti]] [[AGE|other:34]]m, NHI [[ID|health_plan:PMD9374]]. boss applied belt tourniquet 10:41, rang 111.
on arr pale clammy, hr 128, bp 94/p, rr 24, gcs 15, lac ~15cm deep. CAT applied above belt 10:58, belt removed. txa 1g iv, fentanyl 50mcg x3.
acc45 [[ID|other:AB48219]] started on tablet.
heli not required, road to [[LOCATION|geo:tauranga hospital]] 11:34, handed to ed consultant. partner at work, boss to inform""",
    """Houston Fire Dept EMS - Patient Care Report
Incident #: [[ID|other:24-031877]]    Date: [[DATE|date:03/17/2024]]    Unit: Medic 41 / Engine 19
Incident Address: [[ADDRESS|geo:4120 Lyons Ave, Houston, TX 77020]] (convenience store parking lot)
Patient: [[PERSON|name:DOMINGUEZ, Luis A.]]   Age: [[AGE|other:35]]
SSN: [[ID|ssn:531-84-2276]]   Insurance: none listed
Narrative: Dispatched for unresponsive male. Bystander (female, refused name) states pt smoked "blues" approx 20 min prior. Found supine, pinpoint pupils, RR 4, SpO2 71%, GCS 3. BVM; naloxone 2 mg IN by PD prior to arrival, additional 0.5 mg IV by EMS -> RR 14, GCS 14.
Monitor: Zoll X Series SN [[DEVICE|device:AR21C048812]], sinus tach 118.
Transported to [[LOCATION|geo:Ben Taub Hospital]] ED, no lights/sirens. Pt's phone to ED security (property bag #0213).
PCR author: EMT-P (MO)""",
    """SJWA ePCR//CASE#[[ID|other:SJWA7781245]]//[[DATE|date:2023-12-09]]
Addr:[[ADDRESS|geo:Lot 22 Toodyay Rd,Gidgegannup WA 6083]] Caller:neighbour ph:[[PHONE|phone:(08)95741203]]
Pt:[[PERSON|name:WILLIAMS-KELLY,Jordan]] Age:[[AGE|other:52]] DOB:[[DATE|date:l4/04/197l]]
HX:bee sting R hand while clearing hives,hx anaphylaxis 2015,own EpiPen 09:12 (lot 24C07 exp 11/2025),2nd dose IM 0.5mg by crew 09:31.Stridor,urticaria,BP 78/40.adrenaline infusion commenced.
Pt drove self to general store then collapsed;vehicle WA [[VEHICLE|vehicle:1HFX228]] left at store,keys w/ pt.
Transported [[LOCATION|geo:St John of God Midland Public Hospital]] P1.""",
    """Ambulance Call Report (ACR) - [[LOCATION|geo:Greater Sudbury]] Paramedic Services
Date: [[DATE|date:2024-01-19]]    Vehicle 2231, crew 61/84
Scene: lake ice, approx 400 m off the boat launch; GPS [[LOCATION|geo:46.4817 N, 80.9796 W]]
Pt: [[PERSON|name:Lafrenière, Étienne]]  [[AGE|other:58]]M   Health card: [[ID|health_plan:6974-306-232-KT]]
Hx: snowmobile through ice, immersed ~6 min, self-extricated. Sled (Ski-Doo, permit [[VEHICLE|vehicle:JX41882]]) remains on the ice, OPP notified.
Core temp 33.4 °C (tympanic), shivering, GCS 15. Wet clothing removed, HPMK wrap, heat packs to axillae.
Wife on scene.
Transport to [[LOCATION|geo:Health Sciences North]]. Land ambulance co-payment $45 billed, account [[ID|account:GSPS-COPAY-118820]].""",
    """Ambulance Tasmania VACIS | [[DATE|date:5 Mar 2024]]
Incident: [[ADDRESS|geo:6 Gormanston Rd, Moonah TAS 7009]]
Pt: [[PERSON|name:Isla Maynard]], [[AGE|other:2]]y F. Mother present, mob [[PHONE|phone:+61 427 019 385]].
Hx: febrile, generalised tonic-clonic ~3 min per mum, self-terminated before arrival. Post-ictal GCS 12 -> 15 by 19:20. Temp 39.4. BGL 5.8. Paracetamol 15 mg/kg (180 mg) PO.
To [[LOCATION|geo:Royal Hobart Hospital]] paeds ED, no lights.
--- sync log ---
19:42:07 upload ok device=[[DEVICE|device:R52T30QXK9M]] ip=[[IP|ip:10.42.118.27]] records=1
19:42:09 ack from gateway [[IP|ip:203.18.77.140]] status=200""",
    """National Ambulance Service PCR | [[DATE|date:21/09/2024]] | Callsign CK18 (AP)
Location: [[ADDRESS|geo:23 Ard na Gréine, Ballincollig, Co. Cork P31 X2F8]]
Pt: [[PERSON|name:Seán Ó Briain]]   Age [[AGE|other:78]]   PPSN [[ID|ssn:8824713E]]
Hx: son found pt 07:40 slumped in chair, R facial droop, R arm weakness, slurred speech. LKW 23:30 previous night (wake-up stroke). FAST +ve.
Obs: BP 186/102, HR 88 AF, BGL 6.9, GCS 14 (V4).
Pre-alert to [[LOCATION|geo:Cork University Hospital]] stroke team: outside lysis window, ?thrombectomy.
NOK: son, [[PHONE|phone:087 214 6630]]""",
]

ED_TRIAGE = [
    """TRIAGE 09:42 [[DATE|date:14/02/24]] | ATS 3 | Cubicle 14
[[PERSON|name:Aarav Menon]] [[AGE|other:27]]M, self-presented, referred from [[LOCATION|geo:Gungahlin]] walk-in centre. c/o RLQ pain 2/7, anorexia, nausea. Rovsing's +ve at WIC. T 37.9 HR 104 BP 128/74 RR 18 SpO2 99% pain 6/10. Alvarado ~7. Paracetamol 1 g PO, oxycodone 5 mg. UR [[ID|mrn:00841727]]. NKDA.""",
    """[[LOCATION|geo:LYELL MCEWIN HOSPITAL]] ED TRIAGE  [[DATE|date:03-MAY-2024]] 23:18
PT: [[PERSON|name:O'LOUGHLIN, BRODIE]]  [[AGE|other:17]]YO M  URN [[ID|mrn:L0938812]]
BIBA (SAAS) FROM [[LOCATION|geo:ELIZABETH PARK]] - ?ETOH + ?MDMA AT PARTY. GCS 13, HR 142, T 38.6, BGL 4.1, BRUXISM, DILATED PUPILS. ATS 2 -> RESUS 3.
MOTHER ON WAY, [[PHONE|phone:0403 881 226]].""",
    """[[LOCATION|geo:Middlemore]] ED triage 14:06 [[DATE|date:Tue 9 July 2024]]
[[PERSON|name:Faleolo, Sione]] [[AGE|other:6]]yo M, NHI [[ID|health_plan:QUX6905]]. Via St John from home in [[LOCATION|geo:Ōtara]]. 3/7 cough, fever, now incr WOB, subcostal recession, SpO2 90% RA, RR 48, HR 150. Hx asthma on Flixotide + Ventolin. Salbutamol 12 puffs by St John. Triage cat 2. Mum with pt.""",
    """A&E triage - [[LOCATION|geo:Royal Berkshire Hospital]], [[LOCATION|geo:Reading]] - 17:35 [[DATE|date:28/10/2023]]
Manchester Triage System: ORANGE (severe pain).
Pt [[PERSON|name:Kerry-Ann Blackwood]], [[AGE|other:33]], hosp no [[ID|mrn:RBH4028173]]. PV bleeding, 7/40 by dates, +ve UPT at home, LIF pain 8/10, shoulder-tip pain. HR 118 BP 92/58. ?ectopic, gynae reg bleeped (bleep 2213). Partner at home with kids.""",
    """ED Triage Note - ESI 2 - [[LOCATION|geo:Overlake Medical Center]], [[LOCATION|geo:Bellevue]] WA - [[DATE|date:11/04/2023]] 07:02
Pt [[PERSON|name:Tran, Bao]] [[AGE|other:71]]F from assisted living. CC: slurred speech + L facial droop, LKW 0615 per facility staff. BEFAST+. BG 142. Code stroke called 0712.
Medicare MBI [[ID|health_plan:3QK7-HN2-RT48]]. Daughter (POA) en route. Vietnamese interpreter (phone).""",
    """[[LOCATION|geo:HSC Winnipeg]] Adult ED - triage [[DATE|date:2024-02-11]] 03:10 - CTAS 2
Pt [[PERSON|name:Ayasha Bird]] [[AGE|other:24]]F, medevac from [[LOCATION|geo:Peguis First Nation]] nursing station. PHIN [[ID|health_plan:118442907]]. Frostbite both feet, walked ~2 km at -38 °C after truck (red Dodge Ram, MB plate [[VEHICLE|vehicle:JKW 417]]) broke down on the highway. Blistering, mottled toes. Rewarming protocol. RN-JT""",
    """[[LOCATION|geo:RDH]] ED triage [[DATE|date:16.01.2024]] 1120 ATS 2
[[PERSON|name:Jenny Wurramarrba]] [[AGE|other:41]]F from [[LOCATION|geo:Angurugu]] ([[LOCATION|geo:Groote Eylandt]]) via RFDS. HRN [[ID|mrn:0587314]]. 4/7 fever, productive cough, ?melioidosis (wet season, HbA1c 11.2%). HR 122 BP 84/50 RR 30 SpO2 89% T 39.8. Sepsis pathway. Anindilyakwa interpreter requested. Escort: sister.""",
    """[[LOCATION|geo:Gold Coast University Hospital]] Paeds ED triage - [[DATE|date:Thursday 7 March 2024]] 15:25 - ATS 4
[[PERSON|name:Mason Pirelli]] [[AGE|other:8]]yo M. Fell off monkey bars at [[LOCATION|geo:Helensvale State School]] ~14:30. Deformity R forearm, NV intact, CRT <2 s. Penthrox 3 mL by QAS, pain 4/10 now. Wt 27 kg. UR [[ID|mrn:1482237]]. Barmah Forest and Ross River serology last month neg (GP letter, unrelated).""",
    """[[LOCATION|geo:Beaumont]] ED - Triage - [[DATE|date:04/08/2024]] 20:02 - MTS Yellow
Pt: [[PERSON|name:Aoife Ní Mhurchú]], [[AGE|other:29]]. MRN [[ID|mrn:B2210478]]. Sudden 'worst ever' headache at the gym, vomited x2, photophobia, no focal deficit. Ottawa SAH rule positive. GP in [[LOCATION|geo:Artane]]. Brother on way.""",
    """triage 0214 [[DATE|date:9/6]] ats2 BIBP+AV frm [[LOCATION|geo:Flinders St Station]] pt [[PERSON|name:ZHOU Wei]] [[AGE|other:38]]m ?head strike after assault,GCS14(E4V4M6),lac occiput 4cm,ETOH+,vomit x1.no ID on pt,name per police.police stn ph[[PHONE|phone:0392471180]].UR[[ID|mrn:4417290]] temp alloc.CT brain per Canadian CT head rule""",
]

RETRIEVAL_TRANSFER = [
    """NETS NSW - REFERRAL RECORD
Time of call: 04:12   Date: [[DATE|date:22/07/2024]]
Referring hospital: [[LOCATION|geo:Dubbo Base Hospital]] ED
Referring doctor: Dr [[PERSON|name:Imogen Castellano]] (SRMO), AHPRA [[ID|license:MED0002184471]]
Patient: [[PERSON|name:Bailey Kennard]]   [[AGE|other:6]] weeks   Wt 4.2 kg
Problem: bronchiolitis day 4, apnoeas x3 (longest 20 s, desat 62%), HFNC 2 L/kg/min FiO2 0.45, VBG pH 7.21 pCO2 71.
Plan: NETS road team (Child 1), rotor unavailable. Receiving: [[LOCATION|geo:Sydney Children's Hospital]] PICU, bed confirmed.
Parents will drive.""",
    """RFDS Western Operations - Aeromedical Request
Req: [[DATE|date:02 Nov 2024]]
From: [[LOCATION|geo:Fitzroy Crossing Hospital]] (nurse-led) via nearest airstrip
To: [[LOCATION|geo:Fiona Stanley Hospital]] CCU
Pt: [[PERSON|name:SMITH, Roderick]] ("[[PERSON|name:Roddy]]") [[AGE|other:63]]M, Medicare [[ID|health_plan:3057 18671 4]]/2
Dx: anterior STEMI, onset 0600, tenecteplase 40 mg at 07:25; ongoing pain, VT x2, DC cardioversion 150 J.
Referring RN fax [[PHONE|fax:(08) 9191 5012]]   Priority 1, PC-24.""",
    """Adult Critical Care Transfer Request - regional CC network
Date/time: [[DATE|date:Sun 17 Mar 2024]] 21:40
Referring: [[LOCATION|geo:County Hospital]], [[LOCATION|geo:Stafford]] - anaesthetics consultant, GMC [[ID|license:7041836]]
Receiving: neuro ICU, [[LOCATION|geo:Royal Stoke University Hospital]]
Pt: [[PERSON|name:Gareth Pryce]], [[AGE|other:47]], NHS no. [[ID|health_plan:754 828 2400]]
Dx: SAH (WFNS 4), intubated, for EVD. GCS pre-intubation 7.
Transfer team bleep 6630. Wife will follow by car.""",
    """BC Patient Transfer Network - call record
[[DATE|date:June 3, 2024]] 13:22
Sending: [[LOCATION|geo:R.W. Large Memorial Hospital]], [[LOCATION|geo:Bella Bella]] - MSP practitioner # [[ID|license:38214]]
Receiving: tertiary general surgery
Pt: [[PERSON|name:Humchitt, Darlene]] [[AGE|other:55]]F, PHN [[ID|health_plan:9663 923 328]]
Dx: perforated viscus, free air under diaphragm on erect CXR. BCEHS fixed wing, ETA 17:30.
Callback [[PHONE|phone:250-957-2314]]   Fax [[PHONE|fax:250-957-2612]]""",
    """Inter-hospital transfer - [[LOCATION|geo:Te Nikau Grey Hospital]] to [[LOCATION|geo:Christchurch Hospital]]
Mode: road, St John P2.
Referrer: RMO, MCNZ [[ID|license:61827]], [[EMAIL|email:felix.achterberg@wcdhb.health.nz]]
Pt [[PERSON|name:Ngaire Tipene]], [[AGE|other:68]], NHI [[ID|health_plan:YLK0823]].
Dx: #NOF L for ortho. On dabigatran, last dose 08:00. Bed confirmed Ward 22.""",
    """TRANSFER CENTER - [[LOCATION|geo:Billings Clinic]]
[[DATE|date:09/12/2024]] 02:55 MT
Sending: [[LOCATION|geo:Glendive Medical Center]], ED physician NPI [[ID|license:1453808309]]
Callback [[PHONE|phone:406-345-3306]] | Fax [[PHONE|fax:406-345-3418]]
Pt [[PERSON|name:TWO CROW, Wesley]] ([[AGE|other:45]]), BCBS member ID [[ID|health_plan:XJM884120377]]
Dx: DKA, pH 6.98, K 6.1, AKI. EMTALA form complete. Accepted by MICU attending. Mode: fixed wing.""",
    """MedSTAR retrieval request   [[DATE|date:27/12/2023]]
Referring: [[LOCATION|geo:Port Lincoln Hospital]], ED consultant ([[EMAIL|email:sadia.rahman2@sa.gov.au]])
Pt: [[PERSON|name:Cooper Hatzis]] [[AGE|other:23]]M, flash burns ~28% TBSA (petrol on campfire, [[LOCATION|geo:Coffin Bay]]), facial burns, hoarse voice, intubated prior to transfer.
Parkland: 4 x 82 kg x 28 = 9184 mL / 24 h, half in first 8 h.
Receiving: [[LOCATION|geo:Royal Adelaide Hospital]] burns unit.""",
    """RSQ Clinical Coordination - Case [[ID|other:RSQ-240314-0227]] - [[DATE|date:14 March 2024]]
From [[LOCATION|geo:Thursday Island Hospital]] to [[LOCATION|geo:Cairns Hospital]] birth suite.
Pt [[PERSON|name:Elsie Nona]] [[AGE|other:31]]F G3P2 at 32+4/40, PPROM + contractions 3:10. Celestone given 06:10.
Referring MO on call. IHI [[ID|health_plan:8003602518449494]]
Partner not travelling (other children at home).""",
    """National Ambulance Service Critical Care and Retrieval - request log
[[DATE|date:Wed 06/03/2024]] 10:14
Sending: [[LOCATION|geo:Letterkenny University Hospital]] ICU consultant, MCRN [[ID|license:402716]]
Receiving: [[LOCATION|geo:Mater Misericordiae University Hospital]] (ECMO)
Pt: [[PERSON|name:Ciara McGettigan]], [[AGE|other:36]], MRN [[ID|mrn:LUH0287741]]. Severe ARDS (influenza A), P/F 62 on FiO2 1.0, proned x2.
Husband travelling by road.""",
    """Tas retrieval referral - [[DATE|date:Friday 12 January 2024]]
From [[LOCATION|geo:Mersey Community Hospital]] -> [[LOCATION|geo:Launceston General Hospital]]
Referring: DMO, prov no [[ID|license:1336172A]]
Neurosurg video consult: [[URL|url:https://vc.ths.tas.gov.au/join/4418270?pin=0931]], endpoint [[IP|ip:172.20.14.66]]
Pt [[PERSON|name:Doreen Pybus]] [[AGE|date:92]]F. Acute SDH on CT, warfarin INR 3.8, Prothrombinex 50 IU/kg + vit K 5 mg given.""",
]

POISONS_CALL_LOG = [
    """NSW PIC call log | Call [[ID|other:PIC-24-118832]] | [[DATE|date:08/04/2024]] 19:07 | SPI: KM
Caller: mother, [[PERSON|name:Bronwyn Ashdown]], from [[LOCATION|geo:Orange]]. Callback [[PHONE|phone:0428 330 915]].
Pt: son, [[AGE|other:2]]y M, wt 13 kg.
Exposure: Panadol Osteo 665 mg MR, up to 6 tabs missing (max 3990 mg = 307 mg/kg), ~18:30.
Risk: potentially toxic (>=200 mg/kg MR). Advice: to ED now; MR paracetamol protocol, levels at 4 h and 8 h, Rumack-Matthew nomogram not valid for MR. ED forewarned.""",
    """VPIC - call record
[[DATE|date:Saturday 2 December 2023]], 22:41. Caller: pharmacist [[PERSON|name:Mehmet Yilmaz]], [[LOCATION|geo:Priceline Pharmacy Sunbury]], ph [[PHONE|phone:(03) 9744 2036]].
Pt: adult F, [[AGE|other:44]]. Deliberate ingestion quetiapine XR (Seroquel) 300 mg x 20 = 6 g + diazepam 5 mg x 10, approx 21:30. Drowsy, rousable.
Advice: 000 now (ambulance called by pharmacist). Expect sedation, tachycardia, hypotension. Name not given.""",
    """National Poisons Centre (NZ) - enquiry [[ID|other:NPC-0924-5521]] - [[DATE|date:22 Apr 2024]]
Caller [[PERSON|name:Kevin Harrow]] (self), mob [[PHONE|phone:022 310 4475]]. Ate foraged mushrooms ~6 h ago (under oak trees in a city park), now vomiting, watery diarrhoea.
Photo via upload: [[ID|photo:kev_harrow_mushroom_2.jpg]] - pale greenish cap, white gills, volva -> ?Amanita phalloides.
Advice: urgent ED, [[LOCATION|geo:Dunedin Hospital]]. Upload link (case-specific): [[URL|url:https://poisons.co.nz/upload/c/5521-kh7]]""",
    """Poison Center case [[ID|other:MN24-061183]]   [[DATE|date:6/11/2024]] 10:02 CT
Caller: [[PERSON|name:Deshawn Rutledge]] (father), [[LOCATION|geo:Saint Paul]] MN [[LOCATION|geo:55106]], callback [[PHONE|phone:651-774-0329]]
Pt: daughter, [[AGE|other:3]]y F, ~15 kg. Bit into laundry detergent pod ~09:50, coughing, 1 emesis, drooling.
Rec: ED eval for airway. Follow-up call 13:15: discharged home, CXR clear.""",
    """NPIS enquiry - [[DATE|date:12 Feb 2024]] 03:26 - ref [[ID|other:NPIS/24/B/01773]]
Enquirer: Dr [[PERSON|name:Ifeoma Chukwu]] (ED ST4), [[LOCATION|geo:Royal Cornwall Hospital]].
Pt: male, [[AGE|other:52]], NHS [[ID|health_plan:706 494 8508]]. Staggered paracetamol OD over 36 h (~24 g) + alcohol. ALT 1120, INR 2.4.
Advice: acetylcysteine (SNAP) continue; King's College criteria not met yet; discuss with liver unit, [[LOCATION|geo:King's College Hospital]].""",
    """QPIC - [[DATE|date:17/11/2024]] 16:45
Caller: QAS paramedic (Unit 622) on scene at cattle property "[[LOCATION|geo:Wattle Downs]]" near [[LOCATION|geo:Gympie]].
Pt: [[PERSON|name:Col Brown]], [[AGE|other:67]]M, bitten R ankle by brown snake ~1.5 m, likely eastern brown. PIB applied by wife. No symptoms yet.
Advice: keep PIB on, transport to hospital with antivenom; remove PIB only in ED after bloods; serial coags, CK at 0, 6, 12 h; brown snake antivenom 1 vial if envenomed.""",
    """Ontario Poison Centre - case [[ID|other:OPC-2024-004118]] - [[DATE|date:January 28, 2024]]
Caller: [[PERSON|name:Marc-André Tremblay]], [[ADDRESS|geo:214 Algonquin Blvd E, Timmins, ON P4N 1B5]], ph [[PHONE|phone:(705) 268-4412]]
Exposure: CO, generator in attached garage during power outage. Family of 4: caller ([[AGE|other:41]]), wife and two children (7, 4). Headache, nausea. CO alarm (Kidde, S/N [[DEVICE|device:KN-COB-22-0714558]]) sounded 06:10.
Advice: leave house, 911, ED for COHb. HBO discussion with the hyperbaric unit.""",
    """WA PIC call - occupational - [[DATE|date:Mon 14 Oct 2024]]
Caller: farm manager [[PERSON|name:Shane Kowalski]], [[LOCATION|geo:Koorda]], mob [[PHONE|phone:0429 118 604]], SDS to [[EMAIL|email:shane@kowalskiag.com.au]]
Worker ([[AGE|other:20]]) splashed Gramoxone 250 (paraquat; batch 7312-GX, exp 09/2026) to face, wiped mouth with contaminated glove.
Advice: decontaminate, urgent ED ([[LOCATION|geo:Wongan Hills Hospital]]) then transfer; plasma paraquat level; avoid O2 unless SpO2 < 90%.""",
    """NPIC enquiry no. [[ID|other:NPIC-24-3362]] - [[DATE|date:30/05/2024]]
Caller father [[PERSON|name:Eoin Kavanagh]], [[LOCATION|geo:Naas]], [[PHONE|phone:+353 85 117 3096]]
Child, [[AGE|other:4]], ate up to 5 of her nan's amlodipine 10 mg tablets ~30 min ago.
Advice: CCB - potentially serious in any amount for a toddler; ED now, [[LOCATION|geo:CHI at Crumlin]]; 12 h monitoring.""",
    """Poisons Information Centre (13 11 26) - call [[DATE|date:Sun 21/07/2024]] 20:15
Caller: AIN at [[LOCATION|geo:Resthaven Mitcham]] (residential aged care), ph [[PHONE|phone:(08) 8272 0377]]
Resident Mrs [[PERSON|name:Edna Polglase]], [[AGE|date:93]], given another resident's evening Webster-pak: metoprolol 50 mg, amlodipine 5 mg, sertraline 50 mg.
Advice: obs hourly x 6 h (HR, BP, BGL); ED if SBP < 90 or HR < 50. GP to be informed, fax [[PHONE|fax:(08) 8271 9904]].""",
]

TRAUMA_ACTIVATION = [
    """TRAUMA CALL - TIER 1 - [[LOCATION|geo:Royal Prince Alfred Hospital]] - [[DATE|date:15/03/2024]] 23:47
Pre-notification ATMIST
A: [[AGE|other:24]]M   T: 23:21
M: motorcyclist vs car, T-bone, [[ADDRESS|geo:cnr Parramatta Rd & Johnston St, Annandale]], est 60 km/h; helmet removed by bystander
I: GCS 9, L pupil sluggish, open # R femur, ?pelvis
S: HR 130, BP 90/50, RR 28, SpO2 94% NRB
T: pelvic binder, traction splint, ketamine, TXA 1 g
Pt ID per police: [[PERSON|name:Jayden Toala]]. Bike rego [[VEHICLE|vehicle:JT482]]; car grey Ford Territory VIN [[VEHICLE|vehicle:6FPUDHJ42DA133069]].""",
    """[[LOCATION|geo:The Alfred]] - Trauma Team Activation (Tier 1) - [[DATE|date:2024-05-30]] 08:12
Pedestrian vs tram (Route 96, tram 3022) at [[ADDRESS|geo:Fitzroy St/Acland St, St Kilda]], peak hour.
Pt identified from registered myki card [[ID|other:3084 2500 1773 3918]]: [[PERSON|name:Ewa Kowalczyk-Barnes]], [[AGE|other:71]]F.
Injuries: degloving L leg, pelvic #, GCS 15. MTP activated 08:20.
NOK: son [[PHONE|phone:+61 401 992 573]] (from phone contacts, via police).""",
    """MAJOR TRAUMA - CODE RED - [[LOCATION|geo:QE Birmingham]] - [[DATE|date:Fri 2 Aug 2024]] 01:58
Pre-alert: stab wound L chest, ?tamponade, at [[ADDRESS|geo:Soho Road, Handsworth, B21 9BH]].
Pt: [[PERSON|name:Kwame Asante-Boateng]] ([[AGE|other:19]]), NHS no. unknown on arrival, later [[ID|health_plan:508 272 5165]].
Resuscitative thoracotomy in ED by trauma consultant; to theatre 02:31.
Police: DC on scene, collar [[ID|other:2786]].""",
    """Trauma Activation - Level 1 (Red) - [[LOCATION|geo:Harborview Medical Center]] - [[DATE|date:07/04/2024]] 22:16
GSW x2 abdomen at [[ADDRESS|geo:Rainier Ave S & S Henderson St, Seattle, WA 98118]]. Airlift Northwest not used, ground Medic 10.
Pt: [[PERSON|name:Marcus Whitfield]] [[AGE|other:29]]M, HAR [[ID|account:502219984]].
Identity confirmed via police mobile fingerprint scan, template ref [[ID|biometric:WSP-MFP-7720931]].
Pt's vehicle per SPD: black 1996 Chevrolet Tahoe, WA plate [[VEHICLE|vehicle:CFK9026]], VIN [[VEHICLE|vehicle:3GN2NHJYXTY350332]].""",
    """[[LOCATION|geo:Toowoomba Hospital]] - Trauma Team Activation - [[DATE|date:11/09/2024]]
Quad bike rollover on [[LOCATION|geo:Glenmorgan Station]]. LifeFlight Rescue 560.
Pt [[PERSON|name:Angus McTaggart]], [[AGE|other:16]]M, jackaroo, pinned under Honda TRX420 (farm reg [[VEHICLE|vehicle:912 FM]]).
Employer: station manager [[PHONE|phone:07 4665 1208]].
Injuries: flail chest R, haemopneumothorax, ICC by flight doctor. Parents notified.""",
    """[[LOCATION|geo:Waikato Hospital]] ED - Trauma call 1 - [[DATE|date:23/06/2024]]
MVC head-on, [[ADDRESS|geo:SH1, RS 134 RP 4.2]], north of [[LOCATION|geo:Tokoroa]]. Entrapment 45 min.
Pt 1: [[PERSON|name:Rawiri Hohaia]] [[AGE|other:38]]M, driver, NHI [[ID|health_plan:JHS2790]]. Vehicle white Toyota Hilux, VIN [[VEHICLE|vehicle:MR08C6A411D026214]].
Pt 2 (other vehicle) to regional hospital.""",
    """[[LOCATION|geo:Foothills Medical Centre]] - Full trauma team activation - [[DATE|date:2024-08-17]] 16:40
STARS inbound: rollover, [[ADDRESS|geo:Hwy 1 eastbound at km 78]], near [[LOCATION|geo:Canmore]].
Pt: [[PERSON|name:Brayden Kowalchuk]] [[AGE|other:22]]M, unrestrained passenger, ejected.
Vehicle: 2001 Honda Civic, AB plate [[VEHICLE|vehicle:CKR-7093]], VIN [[VEHICLE|vehicle:2HGHXRMK41B580529]]. Driver walking wounded, RCMP breath demand.""",
    """[[LOCATION|geo:Royal Perth Hospital]] State Trauma - activation [[DATE|date:3 Feb 2024]]
RFDS from [[LOCATION|geo:Newman]]: crush injury during haul truck maintenance at [[LOCATION|geo:Mining Area C]].
Pt [[PERSON|name:Tane Whaanga]] [[AGE|other:33]]M, employee no. [[ID|other:E-0884217]]. Open-book pelvis, L femur #.
Site medic travelling with pt; site emergency line [[PHONE|phone:+61 8 9175 8800]].""",
    """[[LOCATION|geo:St James's Hospital]] - Trauma Call - [[DATE|date:12.05.2024]]
Fall from horse at point-to-point, [[LOCATION|geo:Punchestown]], [[LOCATION|geo:Co. Kildare]].
Pt: amateur jockey [[PERSON|name:Ronan Tierney]] [[AGE|other:27]]. C-spine tenderness, GCS 15, L clavicle deformity.
Helmet-cam clip for trauma review: [[ID|photo:Tierney_R_helmetcam_1205.mp4]].
Trainer "[[PERSON|name:Peg]]" [[PHONE|phone:045 897 3321]].""",
    """[[LOCATION|geo:Flinders Medical Centre]] TTA Tier 2 - [[DATE|date:Sun 6 Oct 2024]] 07:55
Solo cyclist crash descending [[LOCATION|geo:Windy Point]]. Crash detected by Garmin Edge 1040 (S/N [[DEVICE|device:3417822095]]), alert to wife with live track [[URL|url:https://livetrack.garmin.com/session/8b41c2e7-0d9a-4f1e-a3b6-55f20c1e9d41/token/7A3C]].
Pt [[PERSON|name:Peter Van der Westhuizen]], [[AGE|other:58]]M. Helmet cracked, GCS 14, R AC joint, rib #s 4-7.""",
]

POLICE_CORONER_LIAISON = [
    """ED Police/Coroner liaison note - [[DATE|date:19/02/2024]] 04:20
Deceased: [[PERSON|name:NGUYEN, Thi Hoa]]   DOB [[DATE|date:12/12/1950]]   MRN [[ID|mrn:K7702184]]
BIBA in arrest from [[ADDRESS|geo:41 Carlisle Ave, Mount Druitt NSW 2770]]; no ROSC, life extinct 03:52.
Reportable death (unexpected). Police event [[ID|other:E 48213377]]. P79A completed.
Identification by son; body to Forensic Medicine, [[LOCATION|geo:Lidcombe]].""",
    """Coroners liaison - [[LOCATION|geo:Frankston Hospital]] ED
Coroners Court case [[ID|other:COR 2024 001873]]
Deceased [[PERSON|name:Bradley Tuck]] ([[AGE|other:36]]), drowning, [[LOCATION|geo:Gunnamatta]] surf beach, [[DATE|date:26 January 2024]].
Attending FC reg no. [[ID|other:41882]]. iPhone on body, IMEI [[DEVICE|device:353918104228172]], handed to police.
Car left in beach car park.""",
    """Police liaison - A&E [[LOCATION|geo:Leeds General Infirmary]] - [[DATE|date:09/11/2023]]
Pt [[PERSON|name:Callum Stroud]] ([[AGE|other:22]]) under arrest, brought in by police after PAVA spray + head injury. PC [[PERSON|name:Jess Marwood]] (collar [[ID|other:7734]]).
Fingerprints taken on Livescan pre-transfer, IDENT1 template [[ID|biometric:LS-0931-8844C]].
CT head NAD. Fit for detention. NI number for custody paperwork: [[ID|ssn:JT 45 82 19 C]].""",
    """Medical Examiner notification - [[LOCATION|geo:Maricopa County]] OME case [[ID|other:ME24-02291]]
Unidentified male found at [[ADDRESS|geo:I-17 & W Indian School Rd, Phoenix, AZ]], arrived ED [[DATE|date:07/19/2024]] 15:10, core temp 42.6 °C, died 16:02.
Identification: AFIS fingerprint template [[ID|biometric:AZDPS-FP-0719-2205]] matched [[PERSON|name:Raymond Ellery Hollis]].
Tattoo photos: [[ID|photo:ME24-02291_tattoo_L_forearm.jpg]].
Investigator on call [[PHONE|phone:602-506-3322]].""",
    """[[LOCATION|geo:Waitakere Hospital]] ED - Police liaison - [[DATE|date:15/10/2024]]
Sudden death: [[PERSON|name:Losaline Taufa]] [[AGE|other:49]], NHI [[ID|health_plan:GXN9853]]. Police occurrence [[ID|other:241015/6614]].
Prints taken for identification, template [[ID|biometric:NZP-AFIS-33817]].
Body to mortuary.""",
    """RCMP liaison - [[LOCATION|geo:University Hospital of Northern BC]], [[LOCATION|geo:Prince George]] - [[DATE|date:March 2, 2024]]
Pt [[PERSON|name:Jared Lonechild]] [[AGE|other:31]], MVI, suspected impaired. Cst. [[PERSON|name:Amrit Gill]] obtained blood under warrant.
Pt's BC DL [[ID|license:7204418]]. Vehicle grey Ram 1500, plate [[VEHICLE|vehicle:NK4 27T]].""",
    """QPS liaison - [[LOCATION|geo:Mackay Base Hospital]] - [[DATE|date:28/08/2024]]
Deceased [[PERSON|name:Terrence Bligh]], [[AGE|other:59]], found in garage at [[ADDRESS|geo:17/3 Gregory St, Mackay QLD 4740]]. Form 1 to coroner.
Sgt, QP [[ID|other:QP0418227]]. Body-worn footage ref [[ID|photo:BWC_Dwyer_K_20240828_0412.mp4]].
Vehicle in garage: white Toyota Camry, VIN [[VEHICLE|vehicle:6T14CD9W17S068250]].""",
    """Garda liaison - [[LOCATION|geo:University Hospital Galway]] ED - [[DATE|date:Sat 23/03/2024]]
Pt [[PERSON|name:Tadhg Ó Conghaile]] [[AGE|other:20]], assaulted near [[LOCATION|geo:Eyre Square]] 02:10.
Garda attended, statement to follow.
Injury photos (consent given): [[ID|photo:UHG_OConghaile_T_face_01.jpg]]. PPSN for criminal injuries form [[ID|ssn:5051384D]].""",
    """Police request - blood sample, Road Traffic Act s.66 - [[LOCATION|geo:Bunbury Regional Hospital]] - [[DATE|date:21 December 2023]]
Driver [[PERSON|name:Kyle Ashcroft-Dean]] [[AGE|other:26]], WA DL [[ID|license:5530921]].
Vehicle: Nissan Navara, VIN [[VEHICLE|vehicle:JN1GJ4N66YY547550]], rego [[VEHICLE|vehicle:1GLS 904]].
Blood collected 01:40 by RN, witnessed by First Class Constable.""",
    """Missing person located - [[LOCATION|geo:Modbury Hospital]] ED - [[DATE|date:04/04/2024]]
Pt presented confused, no ID. SAPOL facial recognition match (template [[ID|biometric:FRT-88213-02]]) to MP report [[ID|other:MP 24/1042]]: [[PERSON|name:Gwendolyn Pearce]], [[AGE|date:90]], missing from [[LOCATION|geo:Tea Tree Gully]] since [[DATE|date:02/04]].
Daughter on her way.""",
]

MH_CRISIS_ASSESSMENT = [
    """MH Crisis Assessment - [[LOCATION|geo:St Vincent's Hospital]] ED - [[DATE|date:10/01/2024]]
Pt: [[PERSON|name:Harriet Quaye]], [[AGE|other:26]]F, MRN [[ID|mrn:SV5519207]]. Brought by police under s.22 MHA after found near the cliff edge at [[LOCATION|geo:The Gap]].
MSE: dishevelled, tearful, flat affect, no psychotic features. K10 38. Plan was to jump; denies current intent.
Collateral: housemate ([[PHONE|phone:0466 018 327]]). Known to [[LOCATION|geo:Bondi Junction]] CMHT.""",
    """ED Mental Health - [[LOCATION|geo:Casey Hospital]] - [[DATE|date:18 May 2024]]
Pt: [[PERSON|name:Jaxon Reid]] [[AGE|other:15]] (CAMHS). School flagged posts on Instagram ([[ID|other:@jaxx.r_0407]]), profile [[URL|url:https://www.instagram.com/jaxx.r_0407/]].
Wellbeing lead at [[LOCATION|geo:Berwick Secondary College]] attended with mum. HEADSS done; risk moderate, not for s351.""",
    """Liaison Psychiatry - s136 assessment - [[LOCATION|geo:Bristol Royal Infirmary]] ED - [[DATE|date:3rd March 2024]]
Pt: [[PERSON|name:Oliver Pettigrew]], [[AGE|other:34]], NHS [[ID|health_plan:589 199 1659]]. Detained by police on [[LOCATION|geo:Clifton Suspension Bridge]].
AMHP and s12 doctor attended. Outcome: informal admission, [[LOCATION|geo:Callington Road Hospital]].""",
    """Crisis team assessment - [[LOCATION|geo:Wellington Regional Hospital]] ED - [[DATE|date:27/07/2024]]
Pt [[PERSON|name:Mereana Walker]] [[AGE|other:19]], NHI [[ID|health_plan:AES2258]], from [[LOCATION|geo:Porirua]]. Brought by police (s.109).
Social: WINZ hardship form started, IRD no. [[ID|ssn:240-319-721]].
Whānau: aunty [[PHONE|phone:04 237 8812]].""",
    """Psychiatric Emergency - [[LOCATION|geo:Zuckerberg San Francisco General]] - [[DATE|date:11/22/2023]]
Pt [[PERSON|name:Tyrell Jameson]] [[AGE|other:41]], 5150 (danger to others) placed by SFPD, star #[[ID|other:2271]]. Registered firearm, DOJ notified.
Threats emailed from [[EMAIL|email:tyrellj.truth@protonmail.com]], sent from IP [[IP|ip:73.189.42.116]] per police.
Sister notified.""",
    """ED Crisis Assessment - [[LOCATION|geo:The Ottawa Hospital]] - [[DATE|date:2024-04-09]]
Pt [[PERSON|name:Mélanie Charbonneau]] [[AGE|other:37]], OHIP [[ID|health_plan:2954 621 195]]. Form 1 signed by Dr [[PERSON|name:Feldman]] 14:20.
SW note: ODSP application, SIN [[ID|ssn:432 753 358]]. Partner aware.""",
    """MH ED assessment - [[LOCATION|geo:Logan Hospital]] - [[DATE|date:Tue 13/08/2024]]
Pt [[PERSON|name:Brendan Kerslake]] [[AGE|other:44]]M, EEA by QAS + QPS from [[ADDRESS|geo:8 Wembley Rd, Logan Central QLD 4114]]. Methamphetamine, persecutory ideas re neighbour Mr [[PERSON|name:Tuilagi]].
Arm lacerations photographed for wound clinic: [[ID|photo:LGH_Kerslake_B_arm_130824.jpg]].
SW: Centrelink crisis payment, TFN [[ID|ssn:468 741 852]].""",
    """Liaison psychiatry - [[LOCATION|geo:Tallaght University Hospital]] - [[DATE|date:01/11/2023]]
Pt [[PERSON|name:Niall Brophy]] [[AGE|other:23]], brought by Gardaí under s.12 MHA 2001 from [[LOCATION|geo:Jobstown]]. Mother [[PHONE|phone:01 462 3318]].
GP: [[LOCATION|geo:Tymon North Medical Centre]].""",
    """Mental Health ED Crisis - [[LOCATION|geo:Calvary Public Hospital Bruce]] - [[DATE|date:02.09.2024]]
Pt [[PERSON|name:Summer Nakashima]] [[AGE|other:21]], student at [[LOCATION|geo:ANU]]. Sertraline OD 2.5 g, serotonin toxicity (Hunter criteria met).
Emergency contact: friend [[PERSON|name:Grace Hope]] [[PHONE|phone:0490 772 015]].""",
    """MH crisis - [[LOCATION|geo:North West Regional Hospital]], [[LOCATION|geo:Burnie]] - [[DATE|date:19/06/2024]]
Pt [[PERSON|name:Cody Ballantyne]] [[AGE|other:30]], self-presented after posting goodbye message on Facebook ([[URL|url:https://www.facebook.com/cody.ballantyne.7]]). Friend called police.
NDIS participant [[ID|health_plan:431884207]]; support coordinator to be contacted.""",
]

ED_DISCHARGE_LETTER = [
    """[[LOCATION|geo:Wollongong Hospital]] Emergency Department - Discharge Summary
To: GP, [[LOCATION|geo:Corrimal Family Practice]]
[[ADDRESS|geo:226 Princes Hwy]]
[[ADDRESS|geo:Corrimal NSW 2518]]
Fax [[PHONE|fax:(02) 4284 7719]]
Re: [[PERSON|name:Jake Matheson]]   DOB [[DATE|date:30/07/1992]]
Dx: renal colic, 4 mm L VUJ calculus (CTKUB). Plan: tamsulosin 400 mcg nocte 2/52, GP review 1/52, return if fever.
ED Registrar, prov no [[ID|license:630598CF]]""",
    """[[LOCATION|geo:Box Hill Hospital]] ED discharge letter - [[DATE|date:06/04/2024]]
Dear Doctor ([[LOCATION|geo:Doncaster East Medical Clinic]]),
Re: Ms [[PERSON|name:Paris Economou]], [[AGE|other:62]], UR [[ID|mrn:0551723]], IHI [[ID|health_plan:8003605337058834]].
New AF, rate controlled with metoprolol; CHA2DS2-VASc 3, apixaban 5 mg BD commenced. Holter arranged. Please review within 1 week.
Letter in patient portal: [[URL|url:https://myhealth.easternhealth.org.au/letters/55a7e1b2]]""",
    """Emergency Department Discharge Letter - [[LOCATION|geo:Ninewells Hospital]]
GP: Dr [[PERSON|name:Euan MacLeod]], [[LOCATION|geo:Lochee Health Centre]]
Patient: [[PERSON|name:Morag Cruickshank]], DOB [[DATE|date:14/03/1958]], CHI [[ID|health_plan:1403581223]]
Attended [[DATE|date:23/01/2024]]: FOOSH, Colles fracture L wrist, MUA under haematoma block, POP. Fracture clinic 1/52.""",
    """[[LOCATION|geo:Maine Medical Center]] - Emergency Department Discharge Instructions
Patient: [[PERSON|name:Caleb Thibodeau]]   MRN: [[ID|mrn:MMC-7731042]]   Acct: [[ID|account:4402918837]]
Visit: [[DATE|date:08/15/2024]]. Dx: erythema migrans, early Lyme disease. Doxycycline 100 mg BID x 10 days.
Follow up: [[LOCATION|geo:Portland Family Medicine]], [[PHONE|phone:(207) 774-3119]].
MyChart visit summary: [[URL|url:https://mychart.mainehealth.org/MyChart/visit/8813304]]""",
    """[[LOCATION|geo:Nelson Hospital]] ED - discharge
To: [[LOCATION|geo:Stoke Medical Centre]], fax [[PHONE|fax:03 547 2209]], [[EMAIL|email:reception@stokemedical.co.nz]]
Pt: [[PERSON|name:Hamish Drummond-Tait]] [[AGE|other:55]], NHI [[ID|health_plan:ZSB8406]]
Dx: cellulitis R lower leg. IV cefazolin + probenecid x2 doses in ED; home on oral flucloxacillin 500 mg QID 5/7. Mark margins; GP review 48 h.""",
    """[[LOCATION|geo:QEII Health Sciences Centre]], [[LOCATION|geo:Halifax]] - ED Discharge
Pt: [[PERSON|name:Ahmed Al-Khatib]], NS HCN [[ID|health_plan:0043 881 207]]. Seen [[DATE|date:5 Sep 2024]].
Dx: concussion (bicycle, helmeted). SCAT6 symptom score 14. Graduated return to learn/work.
Family physician CPSNS [[ID|license:014827]], fax [[PHONE|fax:902-455-1827]].""",
    """[[LOCATION|geo:Sir Charles Gairdner Hospital]] ED - Discharge Letter
Re: Mr [[PERSON|name:William Frank]], [[AGE|date:95]], DVA Gold [[ID|health_plan:WX12883]]
Dx: syncope. Medtronic Azure pacemaker S/N [[DEVICE|device:RNB418827S]] interrogated, normal function. Orthostatic drop 32 mmHg; frusemide halved.
GP in [[LOCATION|geo:Nedlands]].""",
    """[[LOCATION|geo:University Hospital Limerick]] ED - discharge note - [[DATE|date:14/04/2024]]
Pt [[PERSON|name:Siobhán Keane]], DOB [[DATE|date:19/09/1985]], MRN [[ID|mrn:ULH0938721]]. Dx: lateral ankle sprain (Ottawa ankle rules negative).
Statutory ED charge €100 (no GP letter, no medical card): invoice [[ID|account:UHL-ED-24-0418872]] to
[[ADDRESS|geo:7 Ashbrook, Raheen]]
[[ADDRESS|geo:Limerick V94 K2D3]]
Copy to GP.""",
    """[[LOCATION|geo:Noarlunga Hospital]] ED discharge
Pt [[PERSON|name:Tahlia Osei]] [[AGE|other:28]], Medicare [[ID|health_plan:2539 98330 2]]/2.
Dx: mild DKA after insulin pump occlusion. t:slim X2 pump S/N [[DEVICE|device:1184207]] replaced by rep.
Diabetes educator [[EMAIL|email:carmen.liddell@sa.gov.au]]. After hours, see [[URL|url:https://www.seafordmeadowsclinic.com.au]].""",
    """[[LOCATION|geo:Alice Springs Hospital]] ED - discharge - [[DATE|date:8/05/2024]]
Pt [[PERSON|name:Shirleen Abbott]] [[AGE|other:47]], HRN [[ID|mrn:ASH0228194]], from [[LOCATION|geo:Santa Teresa]] ([[LOCATION|geo:Ltyentye Apurte]]).
Dx: RHD with mild decompensation, diuresed. On RHD register. Next Bicillin L-A due 4/52.""",
]

BED_FLOW_LOG = [
    """PATIENT FLOW - [[LOCATION|geo:Westmead Hospital]] - Bed Meeting 08:00 [[DATE|date:Mon 22/01/2024]]
| Time | Pt | MRN | From | To | Status |
| 07:10 | [[PERSON|name:KARIMI, Farid]] | [[ID|mrn:WM4401827]] | ED Bay 12 | C2 Cardiology | bed ready 10:30 |
| 07:25 | [[PERSON|name:WARD, Constance]] | [[ID|mrn:WM4417093]] | ED SSU | Ward 4B | awaiting clean |
ED 38 pts, 14 awaiting beds, NEAT 54%. Bed manager ext 5120 / mob [[PHONE|phone:0411 302 818]]""",
    """Site Report 14:00 - [[LOCATION|geo:Addenbrooke's Hospital]] - OPEL 3 - [[DATE|date:05/12/2023]]
ED: 71 in dept, 19 DTA, 4 x 12-hr trolley waits.
- Mr [[PERSON|name:D. Okwuosa]], NHS [[ID|health_plan:581 168 0678]], MFFD, awaiting POC.
- [[PERSON|name:Ivy Thackeray]], [[AGE|date:98]], hosp no [[ID|mrn:C1188274]], side room ward D9 (C. diff).
- Private patient deposit refund to [[ID|account:GB50BARC20006307347641]].""",
    """[[LOCATION|geo:Bendigo Health]] patient flow log - [[DATE|date:30 Jul 2024]]
08:15 [[PERSON|name:Thompson, Agnes]] UR [[ID|mrn:BH225417]] ED -> [[LOCATION|geo:Loddon Ward]] (geri) bed 3
09:05 transfer [[PERSON|name:K. Lowenthal]] to [[LOCATION|geo:Echuca Regional Health]] via NEPT, 11:30 pickup""",
    """Capacity Command Center huddle - [[LOCATION|geo:Intermountain Medical Center]], [[LOCATION|geo:Murray]], UT - [[DATE|date:02/14/2024]] 06:00
Boarders 22, hall beds 6.
| Rm | Pt | MRN | Plan |
| ED14 | [[PERSON|name:Hernandez, Gloria]] | [[ID|mrn:IMC30418826]] | tele 4W-18, EVS called |
| ED22 | [[PERSON|name:Olsen, Trent]] | [[ID|mrn:IMC30422107]] | transfer out, accepted |
Mr [[PERSON|name:Olsen]]'s palm-vein enrolment [[ID|biometric:PS-2231-88017]] pulled prior chart from sister facility.""",
    """[[LOCATION|geo:Princess Alexandra Hospital]] - Patient Flow Manager log - [[DATE|date:18 June 2024]]
[[DATE|date:2024-06-18]] 10:14:22 BEDSTATE bed=7A-12 status=DIRTY user=[[ID|other:pfm.rwilliams]] src=[[IP|ip:10.148.22.91]]
[[DATE|date:2024-06-18]] 10:41:05 ALLOC bed=7A-12 urn=[[ID|mrn:PA2093318]] pt="[[PERSON|name:NGUYEN Van Long]]" user=SYSTEM
11:02 EDLOS 9 h 12 m bay 21 escalated to NUM.""",
    """[[LOCATION|geo:Hutt Hospital]] bed board - [[DATE|date:Thursday 4 April 2024]] 07:30
ED 6 awaiting beds | Ward 5: 2 discharges pending | AAU full
- [[PERSON|name:Ana Vaifale]], NHI [[ID|health_plan:LJF8706]], cellulitis -> Ward 6 bed 14 once cleaned
- [[PERSON|name:Colin Marsh]], [[AGE|date:90]], NHI [[ID|health_plan:RFE9710]] -> rehab, transport 11:00
- rest-home bed offered at [[LOCATION|geo:Trentham]] for him, daughter to confirm""",
    """Patient Flow - [[LOCATION|geo:Royal Alexandra Hospital]] - [[DATE|date:Jan 9, 2024]]
Overcapacity protocol level 2.
ALC: [[PERSON|name:Dorothy Kuzyk]] ([[AGE|date:93]]), ULI [[ID|health_plan:73904-1182]], awaiting LTC bed; accommodation charge account [[ID|account:ACC-RAH-0091847]].
Repatriation: [[PERSON|name:Gurpreet Bains]] -> community hospital in [[LOCATION|geo:St. Albert]], bed 3N-07.""",
    """[[LOCATION|geo:University Hospital Waterford]] - Patient Flow - [[DATE|date:Tue 16 January 2024]]
Trolleys 08:00: 32. Escalation level 3.
- [[PERSON|name:Michael Power]] MRN [[ID|mrn:UHW0412287]] -> community hospital (step-down)
- [[PERSON|name:Eimear Phelan]] [[AGE|other:39]] MRN [[ID|mrn:UHW0398120]] -> [[LOCATION|geo:St Luke's General Hospital]]
Bed manager ext 3310.""",
    """[[LOCATION|geo:Joondalup Health Campus]] - after-hours bed management - [[DATE|date:Sat 10/08/2024]]
21:05 ED 41 pts, 12 admitted.
21:30 [[PERSON|name:Geoffrey Allsop]] (UMRN [[ID|mrn:J0772105]]) accepted by [[LOCATION|geo:Hollywood Private Hospital]]; referral faxed to [[PHONE|fax:(08) 9346 6390]].
22:10 Code Yellow (IT outage), paper bed board.
23:40 paeds bed 9 allocated. AHNM CT""",
    """[[LOCATION|geo:Canberra Hospital]] Patient Flow Unit - huddle [[DATE|date:Wed 11 Dec 2024]]
| Pt | MRN | Location | Plan |
| [[PERSON|name:Kostopoulos, Eleni]] | [[ID|mrn:CH2284419]] | ED 22 | [[LOCATION|geo:Clare Holland House]] |
| [[PERSON|name:Declan Foy]] | [[ID|mrn:CH2290034]] | ICU | step-down 7B |
Private patient invoice [[ID|account:TCH-PP-5503318]] raised for bed 7B-04.""",
]

INCIDENT_REPORT = [
    """ims+ Incident Report - ID [[ID|other:IMS-2024-0338172]] - SAC 2
Facility: [[LOCATION|geo:John Hunter Hospital]] ED   Incident: [[DATE|date:27/02/2024]] 14:35
Patient: [[PERSON|name:Beatrix Lindqvist]], MRN [[ID|mrn:JH0881234]]
Heparin infusion at 10x prescribed rate ~40 min (1000 units/h instead of 100; drug library bypassed). Alaris pump S/N [[DEVICE|device:8002-14993]] quarantined. aPTT >180 s, no bleeding.
Config change logged from workstation [[IP|ip:10.61.204.17]]; record [[URL|url:https://imsplus.health.nsw.gov.au/incident/IMS-2024-0338172]]""",
    """RiskMan [[ID|other:RM 188204]] - wrong label - [[LOCATION|geo:Northern Hospital]], [[LOCATION|geo:Epping]] ED - [[DATE|date:Sunday 14 April 2024]]
Bloods from [[PERSON|name:Mohammed Ali Hassan]] (UR [[ID|mrn:N3318207]], bay 4) labelled with stickers of [[PERSON|name:Mohamed Hassan]] (UR [[ID|mrn:N3319122]], bay 14). Lab caught Hb delta (142 vs 88 g/L). Recollected, no harm, ISR 3.
Action: PPID audit 4 weeks, owner NUM.""",
    """Datix Web incident [[ID|other:W184427]] - reported [[DATE|date:18/01/2024]]
Location: [[LOCATION|geo:Royal Blackburn Teaching Hospital]], ambulance handover area.
Patient: [[PERSON|name:Eileen Postlethwaite]] ([[AGE|other:89]]), NHS [[ID|health_plan:626 050 1188]]. 7 h 20 m in ambulance outside ED; grade 2 sacral pressure ulcer, photo [[ID|photo:W184427_sacrum_Postlethwaite.jpg]].
Duty of candour letter sent to son.
Audit: record opened from [[IP|ip:2a02:c7f:8e4c:1100:9d2a:4b1:77e0:3c5f]].""",
    """Patient Safety Event [[ID|other:PSE-24-00917]] - [[LOCATION|geo:Jackson Memorial Hospital]] - [[DATE|date:May 3, 2024]]
Hydromorphone 2 mg/mL x1 unaccounted for, Pyxis ED-2. Override removal logged to RN [[PERSON|name:Yesenia Marrero]] via fingerprint login (template [[ID|biometric:BIO-7F31A9C2]]); shared-enrolment error found.
Patient [[PERSON|name:Roberto Lleras]], MRN [[ID|mrn:JM2201844]], SSN on face sheet [[ID|ssn:412-67-9031]]. Order by prescriber DEA [[ID|license:BS6016504]], NPI [[ID|license:2242449736]].""",
    """Adverse event (SAC 1) - [[LOCATION|geo:Palmerston North Hospital]] ED - [[DATE|date:02/10/2023]]
Pt [[PERSON|name:Ruihana Tawhiri]] [[AGE|other:61]], NHI [[ID|health_plan:PEA9660]]. Sepsis not recognised; 5 h in waiting room (triage 3, should have been 2). Died ICU day 3.
Review chair Dr [[PERSON|name:Helen Marsden]]. Whānau hui held at [[LOCATION|geo:Ngātokowaru Marae]].""",
    """Patient Safety Incident - [[LOCATION|geo:Surrey Memorial Hospital]] - [[DATE|date:2024-03-21]] - PSLS [[ID|other:PSLS-2024-117730]]
Registration linked palm-vein enrolment [[ID|biometric:PV-0038817-SMH]] of [[PERSON|name:Harpreet Kaur Sidhu]] (PHN [[ID|health_plan:9146 881 977]]) to the chart of [[PERSON|name:Harpreet Kaur Sandhu]] (PHN [[ID|health_plan:9369 935 632]]). Caught before medication.
Registration workstation [[IP|ip:142.103.55.208]].""",
    """RiskMan - occupational violence - [[LOCATION|geo:Redcliffe Hospital]] ED - [[DATE|date:Fri 19/07/2024]] 23:10
Visitor [[PERSON|name:Shane Cuthbertson]] assaulted security officer while pt ([[PERSON|name:Kayla Cuthbertson]], UR [[ID|mrn:RH0419928]]) was in resus.
Visitor fled in silver Commodore [[VEHICLE|vehicle:947 ZRQ]], plate from ambulance-bay CCTV still [[ID|photo:cctv_ambbay_947ZRQ_2310.jpg]].
QPS attended.""",
    """NIMS incident [[ID|other:NIMS-IE-24-088213]] - [[LOCATION|geo:Our Lady of Lourdes Hospital]], [[LOCATION|geo:Drogheda]] - [[DATE|date:08/08/2024]]
ED fee €100 charged in error to medical card holder [[PERSON|name:Bridget Mc Evoy]] (MRN [[ID|mrn:OLOL229184]]). Refund to IBAN [[ID|account:IE19BOFI9042276077449075]] approved.
Reported by Patient Liaison.""",
    """After-Action Review - coach rollover, [[ADDRESS|geo:Great Eastern Hwy 6 km W of Southern Cross]] - [[DATE|date:14 Sept 2024]]
Casualties: 23 (P1 x2, P2 x5, P3 x16). Receiving: [[LOCATION|geo:Merredin Hospital]], [[LOCATION|geo:Northam Hospital]]; P1s by RFDS.
Vehicle: Hyundai Universe coach, rego [[VEHICLE|vehicle:1GVX 318]], VIN [[VEHICLE|vehicle:KMHRUK750HU150991]]. Driver [[PERSON|name:Trevor Pengelly]].
Lessons: radio black spot; METHANE report delayed 18 min.""",
    """SLS - [[LOCATION|geo:Mount Gambier Hospital]] - [[DATE|date:11 March 2024]]
LIFEPAK 20e S/N [[DEVICE|device:38112047]] failed to charge during arrest (pt [[PERSON|name:Neville Ruddock]], URN [[ID|mrn:MG0081142]]); backup LIFEPAK 15 S/N [[DEVICE|device:44871206]] used, shock at +90 s, ROSC.
Battery lot 2208B. Biomed [[EMAIL|email:kieran.battersby@sa.gov.au]].""",
]


def main() -> None:
    n = write_styled(
        OUT,
        [
            ("epcr-export", EPCR_EXPORT),
            ("ed-triage", ED_TRIAGE),
            ("retrieval-transfer", RETRIEVAL_TRANSFER),
            ("poisons-call-log", POISONS_CALL_LOG),
            ("trauma-activation", TRAUMA_ACTIVATION),
            ("police-coroner-liaison", POLICE_CORONER_LIAISON),
            ("mh-crisis-assessment", MH_CRISIS_ASSESSMENT),
            ("ed-discharge-letter", ED_DISCHARGE_LETTER),
            ("bed-flow-log", BED_FLOW_LOG),
            ("incident-report", INCIDENT_REPORT),
        ],
    )
    print(f"probe57: {n} docs")


if __name__ == "__main__":
    main()
