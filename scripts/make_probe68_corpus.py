"""Write the 68th hand-annotated redaction probe, 100 notes of place-dense clinical text (AU, NZ, UK, US).

Why: geography is the identifier class an engine most often half-finds. Towns and suburbs that
are ordinary English words or given names and surnames (a town called Young, Banana, Normal or
Street; suburbs called Phillip, Gray, Driver or Sunset), localities written with no place word
around them (a bare column of suburbs in a roster), Indigenous and Maori place names no gazetteer
list in the engine is likely to hold, facilities named for people (hospitals, hostels, schools and
clinics named for saints, royals and benefactors), regions named for landforms (peninsulas,
valleys, ranges, bays, islands, tablelands), streets named without a house number, postcodes and
ZIPs alone, lower-case shorthand and nicknames (rocky, kal, palmy, tville, the Gong), abbreviated
forms (Pt, Mt, St, Nth, Sth), possessive and adjectival uses (the Dubbo clinic, Toowoomba-based),
itineraries that chain places (A to B via C) and addresses split across form fields. Against
these stand many clinical look-alikes that share the same words: eponyms (Hartmann's, Whipple's,
Cushing's, the Mayo score, the Forrest classification, the Wells score, the Glasgow Coma Scale,
the Norton scale), diseases named for places (Ross River, Murray Valley, Barmah Forest), drug and
fluid slang (banana bag, normal saline), colours and triage codes (orange), everyday words
(young carer, bed bath, bright red, falls hazard, street drugs, sunshine, garage sale), and
room, bay, station, ward, MBS item, HCPCS and ICD codes that stay unmarked.

What: ten styles of ten notes: inter-hospital transfer and retrieval records; discharge
summaries; community nursing rosters; home-visit schedules; GP referral letters; ambulance run
sheets; outreach clinic itineraries; social-work and housing notes; patient travel assistance
claims; incident reports. Places are real and cover every Australian state and territory (NSW,
VIC, QLD, SA, WA, TAS, NT, ACT), both islands of New Zealand, England, Scotland, Wales and
Northern Ireland, and a spread of US states (Alaska, Illinois, Texas, Kentucky, Arkansas,
Arizona, South Dakota, Missouri, Oklahoma, Oregon, Maryland, Mississippi, Minnesota, South
Carolina, New Mexico, California). Text is English with Maori, Welsh, Spanish and Yolngu words,
dates in Maori, Welsh and Spanish, and macrons kept. Conventions: every person named is
PERSON|name (titles and the Koro honorific outside, surnames alone and given names alone
each a span, a surname field and a given-name field marked separately). A street address from
its number or house name to its postcode is one ADDRESS|geo span; where a form splits an
address into fields, the street line is ADDRESS|geo, the town LOCATION|geo and the postcode
LOCATION|geo, while the state field stays unmarked. Towns, suburbs, communities, outstations,
marae, islands, counties, shires, districts, landform regions, rivers, passes, highways and
streets named without a number, and named hospitals, clinics, hostels, schools, mines and other
sites are LOCATION|geo; a possessive or adjectival use marks only the place word (Bendigo's,
Toowoomba-based); a facility's proper name is one span, but a generic descriptor after a town
(the Dubbo clinic) leaves the descriptor out. States, countries, government agencies,
programmes and insurers stay unmarked. Dates more specific than a year are DATE|date in every
form (a weekday with its date, Maori and Welsh month names, ISO timestamps); ages of patients
are AGE|other, 90 and over AGE|date. NHI, NHS, CHI, H&C, IRD, TFN, NI and SSN numbers are
ID|ssn; hospital URNs and MRNs ID|mrn; Medicare, IHI, DVA, MBI, Medicaid and plan member
numbers ID|health_plan; BSB, account, IBAN and invoice numbers ID|account; provider, NPI, DEA,
GMC, MCNZ, AHPRA and driver licence numbers ID|license; task, case, incident and claim numbers
and user names ID|other. Call signs, station, bay, ward, bed and room numbers, MBS items,
HCPCS and ICD codes, money, doses and times stay unmarked.

How: cd /work/main && .venv/bin/python scripts/make_probe68_corpus.py (writes corpus/redaction/probe68.jsonl).
"""

from pathlib import Path

from make_safe_harbor_suite import write_styled

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "corpus" / "redaction" / "probe68.jsonl"

STYLE_A = [
    """RFDS CENTRAL OPERATIONS - AEROMEDICAL RETRIEVAL RECORD
Priority 2   Tasked 0612
Patient: [[PERSON|name:JAPALJARRI, Dennis]]   [[AGE|other:58]]M
Pick-up: [[LOCATION|geo:Yuendumu]] clinic strip (unsealed, wet season - pilot briefed)
Destination: [[LOCATION|geo:Alice Springs Hospital]] ICU
Hx: 2/7 fevers + productive cough, sats 86% RA. Cousin in [[LOCATION|geo:Jabiru]] treated for melioidosis in March, so ?Burkholderia.
Rx at clinic: ceftriaxone 2 g IV (meropenem not stocked), NaCl 0.9% 1 L, paracetamol 1 g.
Obs on handover: BP 94/58 HR 118 RR 28 T 39.1 GCS 15. HFNP 40 L/min FiO2 0.5, stretcher bay 3 of aircraft.
Escort: wife [[PERSON|name:Rosie Nampijinpa]]; needs a hostel bed in town, SW aware. St John road crew to meet at the apron.""",
    """NETS NSW - Neonatal & Paediatric Emergency Transport Service
Call received 02:14 [[DATE|date:Sat 3 Feb 2024]]
Referring: [[LOCATION|geo:Orange Health Service]]   Receiving: tertiary NICU, cot 14
Baby of [[PERSON|name:Kayla Merritt]], MRN [[ID|mrn:K3391820]], 37+2, BW 2.91 kg, Apgar 4 and 7.
Mum lives in [[LOCATION|geo:Young]]; precipitate labour while visiting her mother.
Issues: resp distress, CPAP 6 cmH2O FiO2 0.40, BGL 2.1 -> 10% dextrose 2 mL/kg. Triage category 2 (orange). Orange-top gastric tube placed, aspirate pH 4.
Mode: fixed wing. Parent bed requested at [[LOCATION|geo:Ronald McDonald House Westmead]].""",
    """RSQ CLINICAL COORDINATION - case [[ID|other:RSQ24-0093312]]
1430. Requesting facility: [[LOCATION|geo:Biloela Hospital]].
Pt [[AGE|other:44]]y M, cattle property just out of [[LOCATION|geo:Banana]]. Crushed against a gate in the cattle crush. Pelvic binder on. Hb 88, lactate 4.2, FAST neg. 2 units O neg given. Old alert says banana bag on last admission - not relevant today.
Options: road ~1h50 vs rotary. Decision: rescue helo to [[LOCATION|geo:rocky]], fixed wing on if IR needed.
[[LOCATION|geo:Biloela]] ED fax [[PHONE|fax:(07) 4992 7831]].""",
    """INTER-HOSPITAL TRANSFER
From: [[LOCATION|geo:Kaitaia Hospital]]     To: base hospital cath lab
Patient [[PERSON|name:Hemi Te Rangi]] ([[AGE|other:63]])  NHI [[ID|ssn:XBJ4420]]  - lives at [[LOCATION|geo:Ahipara]]
Inferior STEMI 0540, TNK 0625 (door-to-needle 38 min). ST resolution <50% at 90 min -> rescue PCI.
Road not an option - slip still closing [[LOCATION|geo:Mangamuka Gorge]]. Rescue helicopter tasked 0812.
Heparin 1000 units/h, aspirin 300 mg, ticagrelor 180 mg given. BP 108/66, HR 54, SR with 1st degree block.""",
    """ScotSTAR EMRS North - Retrieval Summary
Date of retrieval: [[DATE|date:22nd January 2024]]
Pt: [[PERSON|name:Magnus Flett]]   CHI [[ID|ssn:2003724753]]
Referring: [[LOCATION|geo:The Balfour]]. Receiving: neuro HDU (tertiary)
Hx: fell ~3 m from a ladder in a byre on [[LOCATION|geo:Shapinsay]], brought over on the ferry. GCS 13 on arrival, 9 at 1140 (Glasgow Coma Scale E2 V2 M5). CT: R temporal EDH 14 mm.
Intubated, ETT 8.0 at 23 cm. Day team tasked; the [[LOCATION|geo:Inverness]]-based crew were on another job.
Handed over to the ambulance station 2 crew at the airport.""",
    """LifeMed Alaska - Transfer Record
Sending: [[LOCATION|geo:Bethel]]   Receiving: [[LOCATION|geo:Alaska Native Medical Center]]
Pt [[PERSON|name:Nathan Kanrilak]], [[AGE|other:17]]yo M, from [[LOCATION|geo:Toksook Bay]].
Hx: snowmachine vs pressure ridge on the ice near [[LOCATION|geo:Nelson Island]]. Closed midshaft femur fx, Hare traction splint swapped for Sager. Hgb 11.2. Fentanyl 50 mcg x3.
Weather hold 4 h (vis 1/4 mi, -31F). Mom escorting; village clinic phone [[PHONE|phone:(907) 427-7113]].""",
    """RFDS WESTERN OPERATIONS - PATIENT TRANSFER
From: [[LOCATION|geo:Hedland Health Campus]] (first seen at [[LOCATION|geo:Tom Price]], road transfer 4.5 h yesterday)
To: [[LOCATION|geo:RPH]] ICU
Pt [[PERSON|name:Kirra Bennell]] [[AGE|other:29]]F
Dx: severe DKA, pH 6.94, K 3.1, FRII 0.1 u/kg/h. MiniMed 780G pump serial [[DEVICE|device:NG2741806H]] removed and bagged with the patient.
Works FIFO; partner in [[LOCATION|geo:Sth Hedland]].""",
    """Inter-hospital transfer request (Ambulance Tasmania)
From: [[LOCATION|geo:North West Regional Hospital]] - ED bed 6
To: neurosurgery in the south.
Pt: [[PERSON|name:O'LOUGHLIN, Teresa]]   [[AGE|other:71]]
Lives in [[LOCATION|geo:Queenstown]], collapsed at her daughter's on Sunday.
CT: 11 mm acute SDH, on apixaban (Eliquis) - Prothrombinex 25 u/kg.
By road; [[LOCATION|geo:Mersey Community Hospital]] at [[LOCATION|geo:Latrobe]] bypassed.""",
    """PHYSICIAN CERTIFICATION FOR TRANSFER (EMTALA)
Transferring: [[LOCATION|geo:Carle BroMenn Medical Center]], [[LOCATION|geo:Normal]], IL [[LOCATION|geo:61761]]
Receiving: tertiary neuro ICU (accepted)
Patient: [[PERSON|name:Dana Whitcomb]]   [[AGE|other:52]] F
Reason: aneurysmal SAH Hunt-Hess 2, needs neuro IR.
Vitals within normal limits, ECG normal sinus rhythm. Normal saline at 75 mL/h, nicardipine gtt to SBP < 140.
Mode: ALS ground, ETA 55 min. Insurance: BCBS IL member [[ID|health_plan:XOF928441730]].""",
    """MedSTAR Retrieval SA
Requested by [[LOCATION|geo:Ceduna Hospital]]. Pt [[AGE|other:66]]M from [[LOCATION|geo:Koonibba]] community, 40 km NW.
Acute L MCA stroke, LKW 0650, NIHSS 14. No CT on the far west coast of the [[LOCATION|geo:Eyre Peninsula]]; no thrombectomy in [[LOCATION|geo:Whyalla]] either.
Plan: fixed wing to the city for ECR, flight time 1h25.
Nephew [[PERSON|name:Troy Coleman]] driving down via [[LOCATION|geo:Iron Knob]].""",
]

STYLE_B = [
    """[[LOCATION|geo:LATROBE REGIONAL HEALTH]] - DISCHARGE SUMMARY
Patient: [[PERSON|name:KOVACEVIC, Milan]]   UR [[ID|mrn:LRH0661934]]   Age [[AGE|other:74]]
Ward 3 East, bed 12
Address: [[ADDRESS|geo:14 Grevillea Cres, Moe VIC 3825]]
Diagnosis: upper GI bleed - bright red haematemesis x2. OGD: D1 ulcer Forrest IIa, clipped + adrenaline. H. pylori CLO positive.
Meds: pantoprazole 40 mg BD x 8/52; Nexium Hp7 x 7/7. Cease meloxicam.
Follow-up: repeat OGD at [[LOCATION|geo:Sale]] - his daughter in [[LOCATION|geo:Stratford]] can drive him. Not to drive to the garage sale on Saturday.""",
    """[[LOCATION|geo:The Canberra Hospital]] - Discharge Summary (Alcohol & Drug consult)
Name: [[PERSON|name:Phillip Andreou]]   Age [[AGE|other:38]]
Lives: unit in [[LOCATION|geo:Phillip]], near the interchange; previously sleeping rough around [[LOCATION|geo:Garema Place]].
Alcohol withdrawal (CIWA 22) and a fall. Banana bag x2 (thiamine 300 mg, folate, MVI in normal saline), diazepam loading. GGT 412.
Plan: rehab referral to [[LOCATION|geo:Karralika]]; detox bed offered at [[LOCATION|geo:Calvary Bruce]], declined.
Discharged home, GP letter faxed.""",
    """[[LOCATION|geo:Nelson Hospital]] - Discharge Summary, General Surgery
Patient: [[PERSON|name:Nelson Whaanga]]   NHI [[ID|ssn:ZPE8948]]   [[AGE|other:66]]y
Address: [[ADDRESS|geo:27 Pah Street, Motueka 7120]]
Perforated sigmoid diverticulitis, Hinchey III -> Hartmann's procedure [[DATE|date:06/05]]. End colostomy LIF, working.
Stoma nurse f/u at the [[LOCATION|geo:Richmond]] clinic. Reversal discussion 3-6 months. Enoxaparin 40 mg daily to complete 28 days.""",
    """[[LOCATION|geo:Ysbyty Gwynedd]] - Llythyr Rhyddhau / Discharge Letter
Patient: [[PERSON|name:Gwenllian Pritchard]]   NHS No [[ID|ssn:706 811 8399]]
DOB [[DATE|date:1 Mawrth 1941]]
Address: [[ADDRESS|geo:Bryn Awel, Heol Tegid, Bala LL23 7BL]]
R #NOF after a fall on the stairs, DHS. Barthel 55 -> 70, Waterlow 14.
Step-down rehab at [[LOCATION|geo:Ysbyty Alltwen]] (Welsh-speaking physio).
Son [[PERSON|name:Barry]] lives locally; daughter lives in [[LOCATION|geo:Barry]] and will come up at weekends.""",
    """[[LOCATION|geo:MISSION REGIONAL MEDICAL CENTER]] - DISCHARGE SUMMARY
Patient: [[PERSON|name:Rosario Villarreal-Treviño]]   [[AGE|other:62]] y/o F
Address: [[ADDRESS|geo:2417 W Griffin Pkwy, Mission, TX 78572]]
Fecha de alta: [[DATE|date:9 de abril de 2024]]
Dx: DKA, new T2DM (A1c 13.1). Valley fever serology negative. Glargine 24 u + metformin.
F/U: public health clinic in [[LOCATION|geo:Edinburg]]. Many of our [[LOCATION|geo:RGV]] patients lose coverage in summer - SW to confirm Medicaid [[ID|health_plan:528843197]].
Our mission is to keep her out of the ED.""",
    """Discharge Summary - Cardiology / ID
Pt: [[PERSON|name:Sonny Baira]]   [[AGE|other:47]]M   IHI [[ID|health_plan:8003 6066 1725 3632]]
Home: [[LOCATION|geo:Bwgcolman]]
Infective endocarditis (Strep. mitis) on rheumatic MV. 6/52 IV benzylpenicillin via PICC as OPAT.
Arbovirus screen: Ross River IgM neg, Barmah Forest neg, Murray Valley encephalitis neg. Dengue NS1 neg.
Stays in [[LOCATION|geo:tville]] with cousin for OPAT; home on the ferry after [[DATE|date:21 June]].
F/U: [[LOCATION|geo:Joyce Palmer Health Service]] for monthly bicillin.""",
    """[[LOCATION|geo:Dubbo Base Hospital]] - Discharge Referral
Pt: [[PERSON|name:Tahnee Wighton]]   [[AGE|other:31]]F   MRN [[ID|mrn:DBH7720193]]
Lives in [[LOCATION|geo:Wellington]], staying in [[LOCATION|geo:Gulgong]] with her partner.
Ruptured R tubal ectopic, laparoscopic R salpingectomy. O neg, anti-D 250 IU given.
Follow-up: women's health at the [[LOCATION|geo:Dubbo]] clinic in 2/52. Serum hCG weekly until < 5. Bay 4 nurse gave written info.""",
    """Discharge Summary - Elderly Care
Name: [[PERSON|name:Ambrose Keightley]]   NHS [[ID|ssn:682 625 1272]]   Age [[AGE|other:88]]
AKI stage 2 on CKD 3b (Cr 312 -> 168) - dehydration + ramipril.
Home BP readings to continue; ramipril held. Bed bath daily on the ward, now mobilising with frame.
Moved from [[LOCATION|geo:Reading]] to [[LOCATION|geo:Wallingford]] last year.
Renal clinic at the [[LOCATION|geo:Churchill Hospital]] in 6 weeks.""",
    """[[LOCATION|geo:Fiona Stanley Hospital]] - Discharge Summary, HPB Surgery
Patient: [[PERSON|name:Leanne Marchetti]]   [[AGE|other:57]]   Medicare [[ID|health_plan:3847 29362 1]]
Address: [[ADDRESS|geo:3/41 Pinjarra Rd, Mandurah WA 6210]]
Whipple's (PPPD) for ampullary adenocarcinoma. Grade A POPF, drain out day 9. Creon 25,000 units with meals.
Husband [[PERSON|name:Stanley]] will drive her to the wound clinic at [[LOCATION|geo:Peel Health Campus]].""",
    """[[LOCATION|geo:UK Albert B. Chandler Hospital]] - Discharge Summary
Pt: [[PERSON|name:Dwayne Caudill]]   [[AGE|other:49]] M   Medicare MBI [[ID|health_plan:4TX2-QK7-MU83]]
Home: [[LOCATION|geo:Hazard]], [[LOCATION|geo:Perry County]]
AECOPD on complicated CWP (PMF). Home O2 2 L. Falls hazard: high (Morse 55).
Black lung clinic f/u in [[LOCATION|geo:Whitesburg]].""",
]

STYLE_C = [
    """NORTHERN COMMUNITY NURSING - team roster   w/c [[DATE|date:Mon 15/01/2024]]
RN [[PERSON|name:Elizabeth Tran]]   pool car [[VEHICLE|vehicle:S418CZT]]
0800  NPWT pt               [[LOCATION|geo:Elizabeth Grove]]   dressing change, photo [[ID|photo:HADDAD_D_sacrum_150124.jpg]]
0900  INR / warfarin 4 mg            [[LOCATION|geo:Elizabeth East]]
1230  lunch, stock pick-up at the hospital store, level 1 bay 4
1400  diabetic foot, Kerlix + Acticoat (see list)
Handover 1630 at the [[LOCATION|geo:Elizabeth]] office, room 2.14.""",
    """[[LOCATION|geo:SUNSHINE]] HUB - community nursing daily list   [[DATE|date:Thursday 7 March 2024]]
| Time | Client | Suburb | Task |
| 0830 | [[PERSON|name:PHAM Van Long]] | [[LOCATION|geo:St Albans]] | insulin, BGL |
| 0915 | [[PERSON|name:Agnieszka Wojcik]] | [[LOCATION|geo:Sunshine West]] | venous ulcer, 4-layer |
| 1300 | palliative review | (see PalCare list) | syringe driver |
Notes: Forecast full sunshine and 34 degrees - remind clients to hydrate. Nurse on the late run: [[PERSON|name:Sunny]].
Leg photo to be saved as [[ID|photo:WOJCIK_A_Lleg_20240307.jpg]], not on personal phones.""",
    """District Nursing - [[LOCATION|geo:Ōtara]] team, roster [[DATE|date:Rāhina 20 Mei 2024]]
1. [[PERSON|name:Sione Taufa]] - NHI [[ID|ssn:NYR5176]] - sacral PI stage 3, Allevyn
2. leg ulcer, compression - [[LOCATION|geo:Māngere East]]
3. SPC change - same street as #2
4. palliative, family meeting - off [[LOCATION|geo:Kolmar Road]]
5. IV abx, ex [[LOCATION|geo:Middlemore]] ward 7
Clinic afternoon, room 3. Car 12 in the bay.""",
    """[[LOCATION|geo:Looe]] & [[LOCATION|geo:Liskeard]] community nursing rota, w/c [[DATE|date:12/02/24]]
Mon  [[PERSON|name:Jenna Trelawny]]   harbour villages
Wed  cover [[LOCATION|geo:Par]] (short-staffed)
Note: ABPI 0.78 for the leg ulcer lady - refer [[LOCATION|geo:Treliske]] vascular. Wound healing not on par with last month. Doppler lives in car 3 glovebox.""",
    """[[LOCATION|geo:Darwin]] Urban Community Care - nursing roster [[DATE|date:Tue 9 Jul]]
[[LOCATION|geo:Casuarina]] team: 2 RNs
 - [[LOCATION|geo:Bagot]] community: dialysis days Mon/Wed/Fri - check fistula
[[LOCATION|geo:Palmerston]] team: 1 RN + AHP
 - [[LOCATION|geo:Gray]]: PEG feeds
 - [[LOCATION|geo:Driver]]: [[PERSON|name:Lena Voss]] (driver for hosp appts is her son, not CareFlight)
 - rural block: 45 min out, go last
Syringe driver stock from block 5.""",
    """Community Nursing North - roster wk 21
[[PERSON|name:Kath Viney]]    [[LOCATION|geo:George Town]]
[[PERSON|name:Tom Greaves]]   [[LOCATION|geo:Derby]]
New referral: [[AGE|date:94]]F ([[LOCATION|geo:St Helens]]) - falls, Norton 12.
[[PERSON|name:Tom]] away Thursday - [[PERSON|name:Kath]] to cover.""",
    """HOME HEALTH - field schedule [[DATE|date:4/22/24]]
Territory [[LOCATION|geo:Hope]] / [[LOCATION|geo:Washington]]
08:00  [[PERSON|name:Earl Pinkston]]   [[ADDRESS|geo:1108 S Elm St, Hope, AR 71801]]   CHF, daily wts (up 3 lb)
09:30  PT/INR, CoaguChek XS serial [[DEVICE|device:UP13047822]]
11:00  wound vac change, [[LOCATION|geo:71857]]
Family of the 11:00 "still hopeful" about the wound; expectations discussed.""",
    """[[LOCATION|geo:Toowoomba]]-based community nursing - outreach roster wk 17
Mon  RN [[PERSON|name:Brooke Lahey]]   [[LOCATION|geo:Crows Nest]]
Tue  [[LOCATION|geo:Oakey]]
Wed  [[LOCATION|geo:Clifton]]
Fri  all staff to [[LOCATION|geo:Baillie Henderson Hospital]] for training.
Client alert: dog on property at the Tuesday visit.""",
    """Community nursing roster - the [[LOCATION|geo:Gong]] south team  Friday
AM  [[PERSON|name:Sarah Bui]]: 3 visits, lake side
AM  2nd RN: [[LOCATION|geo:Warrawong]], [[LOCATION|geo:Berkeley]]
Notes: the [[LOCATION|geo:Berkeley]] client now on a syringe driver. Station 2 dressings restocked.""",
    """Community Nursing rota - w/c [[DATE|date:4 March 2024]]
[[LOCATION|geo:Stornoway]] & [[LOCATION|geo:Point]]: [[PERSON|name:Morag MacLeod]]
[[LOCATION|geo:Harris]] (south): vacancy, agency cover
[[LOCATION|geo:Barra]]: ferry-dependent
Point-of-care INR meters serviced Wed. [[LOCATION|geo:Lewis]] clients please log mileage separately.""",
]

STYLE_D = [
    """HOME VISIT RUN - [[LOCATION|geo:Wimmera]] - OT + physio   Friday run
Depart 0730 (pool car, full tank)
1. [[LOCATION|geo:Jeparit]] 0815 - bathroom mods, grab rails x2, shower chair
2. [[LOCATION|geo:Rainbow]] 0915 - [[PERSON|name:Dulcie Hoffmann]] [[AGE|date:93]] - falls x3, alarm pendant IMEI [[DEVICE|device:355941626200352]] not charging; keeps her tablets in a rainbow pill organiser
3. 1100 - post-TKR, ROM 5-95 (new client, address in CHIRP)
Mobile coverage poor up there - call in from the pub landline if needed.""",
    """[[LOCATION|geo:Young Community Health]] - home visits, this week
Mon  [[LOCATION|geo:Boorowa]]: COPD action plan, INR
Tue  town: [[PERSON|name:Cherry Young]] [[AGE|other:86]] - young-onset dementia in her son, she is his carer; young carer referral for grandson declined
Wed  [[LOCATION|geo:Harden]]: leg ulcer
Fri  no visits.
Cherry season from November - expect road delays on the [[LOCATION|geo:Olympic Hwy]].""",
    """CHR HOME VISIT SCHEDULE - [[LOCATION|geo:Chinle]] Service Unit - week 23
Mon  [[LOCATION|geo:Many Farms]] - [[PERSON|name:Irene Begay]] [[AGE|other:72]] - BP check; no street address, 2.3 mi past the chapter house, L at blue water tank, 3rd hogan
Tue  [[LOCATION|geo:Rough Rock]] - diabetic foot check, glucometer download (meter serial [[DEVICE|device:GHT4418830]])
Thu  wood stove smoke + O2 safety (same family)
Road washboard after rain, take the 4x4.""",
    """[[LOCATION|geo:Hokianga]] district nursing - home visits   [[DATE|date:Tūrei 11 Hune]]
Leave [[LOCATION|geo:Rāwene]] 0800, car ferry across 0830
 - Koro [[PERSON|name:Pita Hauraki]] [[AGE|date:91]] - leg ulcer, compression, check hearing aid
 - whānau hui for palliative kuia at [[LOCATION|geo:Waipuna Marae]], [[LOCATION|geo:Panguru]]
Ring the clinic on [[PHONE|phone:09 405 7709]] when leaving (no cell coverage after).""",
    """[[LOCATION|geo:Mendip]] Neighbourhood Team - home visits  [[DATE|date:Wed 10th Apr]]
0900  [[LOCATION|geo:Street]] - [[LOCATION|geo:Leigh Road]] - catheter; history of street drug use in son (safeguarding note on file)
1000  [[PERSON|name:Arthur Wells]] [[AGE|other:79]] - calf swelling; Wells score 1, DVT unlikely, D-dimer taken
1130  [[LOCATION|geo:Wells]] - insulin, hypo diary
Parking: use the car park, not on the road (double yellows).""",
    """Aged care assessment - home visit plan, eastern [[LOCATION|geo:Wheatbelt]]
0830: [[PERSON|name:Frank Dellar]] [[AGE|other:84]], widower, lives alone on farm, 20 km out. Beware border collie at gate. Daughter moved to [[LOCATION|geo:Collie]] last year.
1300: [[LOCATION|geo:Bruce Rock]] - respite request, Norton 11, Barthel 40.
Overnight in [[LOCATION|geo:Merredin]] (motel booked).""",
    """Home visit plan - [[LOCATION|geo:Cooktown]] PHC
AM [[LOCATION|geo:Hope Vale]]: [[PERSON|name:Laura Deemal]] - antenatal 28/40, GDM screen
Midday [[LOCATION|geo:Laura]] - wound check
PM: river crossing on the [[LOCATION|geo:Bloomfield Track]] - only if < 0.5 m
Sat phone [[PHONE|phone:0147 155 882]]. [[PERSON|name:Laura]] prefers a female clinician.""",
    """HOME HEALTH ROUTE - [[LOCATION|geo:Harlan County]]
1. [[PERSON|name:Wilma Lynch]] [[AGE|other:74]], COPD, O2 concentrator serial [[DEVICE|device:EV2247813A]] alarming
2. diabetic ulcer L heel, photo saved as [[ID|photo:Sergent_R_heel_111423.jpg]]
3. [[LOCATION|geo:Lynch]] - SOC visit, OASIS
Directions: Mrs [[PERSON|name:Lynch]] lives up [[LOCATION|geo:Clover Fork]], gravel after the church.""",
    """ACT community care - home visits
0830 [[PERSON|name:Gordon Lafferty]] [[AGE|other:68]] - post-CABG wound
1045 [[LOCATION|geo:Chisholm]]: palliative; grandson at [[LOCATION|geo:Caroline Chisholm School]] collects meds
1200 [[LOCATION|geo:Gordon]]: PICC
1330 [[LOCATION|geo:Banks]]: lymphoedema garments""",
    """Remote Health - home visit / recall list
- [[PERSON|name:Jimmy Wurrkidj]] [[AGE|other:56]] - ESKD, refusing to go to town for dialysis; staying at [[LOCATION|geo:Mumeka]] outstation
- scabies, whole household
Next week: cover for [[LOCATION|geo:Galiwin'ku]] ([[LOCATION|geo:Elcho Island]]).
[[LOCATION|geo:Liverpool River]] crossing passable.""",
]

STYLE_E = [
    """[[LOCATION|geo:Anson Street Surgery]]   Fax [[PHONE|fax:(02) 6362 4419]]
Re: [[PERSON|name:Graham Pfitzner]], [[ADDRESS|geo:7 Hill St, Orange 2800]]
Dear Doctor,
Thank you for seeing this [[AGE|other:60]] y.o. fitter at the [[LOCATION|geo:Cadia]] mine with IDA (Hb 104, ferritin 6) and a positive iFOBT through the National Bowel Cancer Screening Program. He drinks a litre of orange juice a day and is on Ferro-Grad C. MBS item 721 care plan done.
He would prefer colonoscopy out of town rather than in [[LOCATION|geo:Orange]].""",
    """[[LOCATION|geo:Palmerston North]] GP - eReferral (track: [[URL|url:https://erefer.health.nz/track/ER-PN-77310]])
To: Ophthalmology, [[LOCATION|geo:Whanganui Hospital]]
Patient: [[PERSON|name:Wiremu Ngata]]   NHI [[ID|ssn:TFY3326]]
Address: [[ADDRESS|geo:48 Wellington Road, Marton 4710]]
Bilateral cataracts (VA 6/24 R, 6/18 L). About the same drive to [[LOCATION|geo:Palmy]], but the wait there is 14 months. Diabetic, HbA1c 58.
Ngā mihi, MCNZ [[ID|license:41873]]""",
    """[[LOCATION|geo:Erne Health Centre]]
To: Retina Service, [[LOCATION|geo:Altnagelvin Area Hospital]], [[LOCATION|geo:Derry~Londonderry]]
Re: [[PERSON|name:Declan Maguire]]   H&C No [[ID|ssn:455 156 2874]]
Distortion in the L eye since [[DATE|date:New Year's Day]]. Amsler grid abnormal, ?wet AMD. The local hub is full. He fishes on [[LOCATION|geo:Lough Erne]] and drives himself.
GMC [[ID|license:6047213]]   Fax to [[PHONE|fax:028 7161 1282]]""",
    """[[LOCATION|geo:McLeod Family Medicine]]   Fax [[PHONE|fax:(843) 777-2618]]
REFERRAL
To: [[LOCATION|geo:MUSC Hollings Cancer Center]]
Patient: [[PERSON|name:Florence Gaddy]]   [[AGE|other:75]]F   MBI [[ID|health_plan:7HE4-TA2-KY61]]
Referring NPI [[ID|license:1562540132]]
2.1 cm spiculated RUL nodule on LDCT; PET SUV 6.8. Lives in [[LOCATION|geo:Florence]] and is caregiver for her husband; transport via the [[LOCATION|geo:Pee Dee]] regional transit.""",
    """[[LOCATION|geo:Lister House Clinic]]
To: [[LOCATION|geo:Peter MacCallum Cancer Centre]]
Re: [[PERSON|name:Brendan Tuohy]], [[AGE|other:54]]
Biopsy-proven melanoma L shoulder, Breslow 2.4 mm, SLNB recommended. [[LOCATION|geo:Bendigo]]'s plastics list is 10 weeks. Histology from Dorevitch Pathology attached.
Fax [[PHONE|fax:(03) 5443 1891]]   AHPRA [[ID|license:MED0002183407]]""",
    """[[LOCATION|geo:Caloundra]] GP referral
To: Neurosurgery, [[LOCATION|geo:SCUH]]
Patient: [[PERSON|name:Corinne Hadley]]   [[AGE|other:46]]F
L4/5 sequestrated disc, saddle numbness resolved. Wants surgery on the [[LOCATION|geo:Sunny Coast]], not at the [[LOCATION|geo:PA]] - partner can't take leave.
Sunshine, fresh air and walking not helping. Lyrica 75 mg bd, Endone 5 mg prn (QScript checked).""",
    """[[LOCATION|geo:Mt Barker Medical Clinic]]
To: Movement Disorders Clinic, [[LOCATION|geo:Flinders Medical Centre]]
Re: Mr [[PERSON|name:Lindsay Pratt]], [[AGE|other:78]], of [[LOCATION|geo:Nairne]]. DVA Gold Card [[ID|health_plan:SX218466]].
Parkinson's disease (UPDRS III 32 on), wearing-off despite Madopar 125 qid. ?Duodopa or DBS.
He's taking the caravan to the [[LOCATION|geo:Flinders Ranges]] in September.
Fax [[PHONE|fax:(08) 8391 2216]]""",
    """REFERRAL
From: [[LOCATION|geo:Devonport]] GP   To: ENT Outpatients, [[LOCATION|geo:LGH]]
Re: [[PERSON|name:Amber Chilcott]]  [[AGE|other:23]]  URN [[ID|mrn:LG0771236]]
Recurrent tonsillitis, 7 episodes in 12 months, 2 admissions to the [[LOCATION|geo:Mersey]]. Works at the chip shop on the [[LOCATION|geo:Pt Sorell]] waterfront.""",
    """Clinic REFERRAL
To: IBD Clinic, [[LOCATION|geo:Mayo Clinic]], [[LOCATION|geo:Rochester]] MN
Pt: [[PERSON|name:Kristin Aho]]   [[AGE|other:34]]F
Lives in [[LOCATION|geo:Two Harbors]], grew up in [[LOCATION|geo:Virginia]], MN.
UC, Mayo score 9 despite infliximab 10 mg/kg q4w + AZA. Calprotectin 1,240.
Telehealth pre-visit OK: home connection logged from [[IP|ip:73.242.118.61]].""",
    """[[LOCATION|geo:BRAMS]]
To: visiting Renal Physician
Re: [[PERSON|name:Desmond Sampi]]   [[AGE|other:51]]   Medicare [[ID|health_plan:5695 47200 3]]
Lives at [[LOCATION|geo:One Arm Point]] ([[LOCATION|geo:Ardiyooloon]]) on the [[LOCATION|geo:Dampier Peninsula]]. eGFR 14, needs dialysis planning; does not want to move to the city, asks about the [[LOCATION|geo:Derby]] chairs.""",
]

STYLE_F = [
    """NSW AMBULANCE - eMR PATIENT CARE RECORD     Case [[ID|other:2311230487]]
Incident [[DATE|date:23/11/2023]]   Call 2143   At scene 2158   At hosp 2254
Location: outside the bowlo, [[LOCATION|geo:Walker St]], [[LOCATION|geo:Casino]]
Pt: [[PERSON|name:Wade Kelso]]   [[AGE|other:34]]M
Punched, fell, brief LOC. GCS 14 (E4 V4 M6). Lac R occiput 4 cm. BGL 6.2. BP 142/88, HR 104.
Tx: c-spine cleared (NEXUS), methoxyflurane 3 mL.
Transport: [[LOCATION|geo:Lismore Base]] for CT; local hospital bypassed per protocol. Handover resus bay 2.""",
    """PATIENT CARE REPORT - Medic 14     Incident # [[ID|other:24-031877]]     DOS [[DATE|date:03/09/2024]]
Scene: [[ADDRESS|geo:1520 S Noland Rd, Independence, MO 64055]] (retail store, checkout lane 6)
Pt: [[AGE|other:67]] M. STEMI alert to [[LOCATION|geo:Centerpoint Medical Center]]; pt asked for [[LOCATION|geo:Liberty Hospital]], too far.
ASA 324 mg, NTG 0.4 SL x1, NS bolus 250 mL. Baseline ADLs fully independent.
Billing: HCPCS A0427 ALS1-emergency, A0425 x 6.3 mi. ICD-10 I21.19. MBI [[ID|health_plan:2QF7-UW3-CA48]].
Narcotics box opened by fingerprint, template [[ID|biometric:FPT-0077-2231]]; paramedic DEA [[ID|license:BM7421477]].""",
    """AV ePCR   Case [[ID|other:240418-1532]]
Dispatched 1532 to [[LOCATION|geo:Point Nepean Rd]], [[LOCATION|geo:Rosebud]], P1.
Pt: [[PERSON|name:Marjorie Ellwood]]   [[AGE|other:82]]F   from [[LOCATION|geo:Sorrento]]
Syncope x2, HR 38, CHB. Atropine 600 mcg nil effect; pacing capture at 70 mA. Point of care troponin not available.
Direct to tertiary CCU via the freeway. Handover bay 5.""",
    """Hato Hone St John - ePRF [[ID|other:EP-24-221948]]
Incident [[DATE|date:2024-02-14T06:42:00+13:00]]
Location: [[ADDRESS|geo:406 Flaxmere Ave, Flaxmere, Hastings 4120]]
Pt: [[PERSON|name:Tipene Waaka]]   NHI [[ID|ssn:GRK5706]]
SOB, CHF, missed meds 3/7 - GP in [[LOCATION|geo:Havelock North]] closed. SpO2 84%. CPAP 7.5, GTN 800 mcg x2.
Dest: [[LOCATION|geo:Hawke's Bay Fallen Soldiers' Memorial Hospital]]. Crew from [[LOCATION|geo:Napier]] station covering.""",
    """WAST - Patient Clinical Record     Incident no. [[ID|other:W-2404-88213]]
Call to: caravan park, [[LOCATION|geo:Kinmel Bay]]
Pt: [[PERSON|name:Rhodri Lloyd-Jones]]   [[AGE|other:44]]   home: [[LOCATION|geo:Mold]]
Asthma, damp and black mould in the caravan. PEFR 140 (best 480). SpO2 91%.
Salbutamol 5 mg neb x3, ipratropium 500 mcg, hydrocortisone 200 mg IV.
Conveyed to [[LOCATION|geo:Glan Clwyd]].""",
    """QAS eARF     Case [[ID|other:QA-7741928]]     [[DATE|date:24/12/2023]]
Dispatched from [[LOCATION|geo:mt isa]] station 0115, P1 to [[LOCATION|geo:Sunset]]
Pt: [[AGE|other:19]]M from [[LOCATION|geo:Doomadgee]], staying with uncle in [[LOCATION|geo:Pioneer]]
Stab wound L flank. BP 88/50, HR 130. TXA 1 g, ketamine 20 mg (drug safe opened with fingerprint [[ID|biometric:QAS-FP-20931]]).
RFDS on standby, no surgeon on site over Christmas.""",
    """St John WA - PCR   Job [[ID|other:SJ-KG-004412]]
Scene: lookout at the [[LOCATION|geo:Super Pit]], [[LOCATION|geo:Boulder]] side. Pt climbed the fence onto a boulder, fell ~2 m.
Pt: [[AGE|other:26]], German tourist staying at a backpackers in [[LOCATION|geo:kal]]. R wrist deformity. Penthrox, splint.
Second call waiting at [[LOCATION|geo:Ninga Mia]].
Drug safe accessed with palm vein ID [[ID|biometric:PV-KG-31877]].""",
    """EMS - PATIENT CARE REPORT     Run [[ID|other:PCEMS-240719-06]]     [[DATE|date:07/19/2024]]
Scene: [[LOCATION|geo:Cushing]] tank farm, gate 3 (pt's work site)
Pt: [[PERSON|name:Travis Deering]]   [[AGE|other:41]]M, lives [[LOCATION|geo:Drumright]]
Heat illness, temp 40.3 C, confused. Long-term prednisone for sarcoid, cushingoid - Cushing's noted by wife.
Transport [[LOCATION|geo:Stillwater Medical Center]]. SoonerCare [[ID|health_plan:B00927714]].""",
    """St John NT - Patient Care Record   [[DATE|date:Thursday 30 May 2024]]
Request from clinic at [[LOCATION|geo:Ali Curung]] (170 km S of [[LOCATION|geo:Tennant Creek]] on the [[LOCATION|geo:Stuart Hwy]])
Pt: [[AGE|other:63]]F   HRN [[ID|mrn:1022895]]
Chest pain, ESKD, missed 2 HD sessions. K 6.9 (i-STAT). Calcium gluconate 10 mL 10%.
Rendezvous with clinic troopy at [[LOCATION|geo:Karlu Karlu]] rest area.""",
    """ACTAS ePCR   Case [[ID|other:AC-24-60118]]   [[DATE|date:17-Jan-2024]]
Scene: [[LOCATION|geo:Florey]] shops car park.
Pt: [[PERSON|name:Bruce Halloran]]   [[AGE|other:70]]M
VF on AED, 2 shocks by bystander, ROSC 0942. ETCO2 34. Adrenaline not given.
Dest: [[LOCATION|geo:Canberra Hospital]] cath lab, not [[LOCATION|geo:Bruce]]. Wife meets us there.""",
]

STYLE_G = [
    """OUTREACH ITINERARY - Eye team, [[LOCATION|geo:Torres Strait]]   2 weeks from [[DATE|date:14 Oct]]
Day 1  fly in, ferry to [[LOCATION|geo:TI]]. OPD room 4.
Day 4  [[LOCATION|geo:Badu]] - Thursday clinic moved to Friday am because of the flight schedule
Day 7  outer islands (helicopter only)
Day 10  [[LOCATION|geo:Bamaga]] ([[LOCATION|geo:NPA]]), cataract pre-ops
Coordinator [[PERSON|name:Kaleb Nona]]  [[EMAIL|email:kaleb.nona@health.qld.gov.au]]""",
    """RFDS SE - [[LOCATION|geo:Far West]] outreach
Mon  GP + child health (river town)
Tue  [[LOCATION|geo:Menindee]], back to the [[LOCATION|geo:Hill]] by 1700
Wed  [[LOCATION|geo:Ivanhoe]] - telehealth with cardiology, link [[URL|url:https://rfds.vc.telehealth.net.au/join/FW-IV-240710-3]], clinic router [[IP|ip:10.214.36.7]]
Thu  dental, 2 planes
River up after rain - fly if the road is cut. Nurse lead [[EMAIL|email:t.hardwick@rfdsse.org.au]]""",
    """Outreach clinic itinerary - [[LOCATION|geo:East Cape]]   [[DATE|date:Rāapa 4 Mahuru]]
Depart 0700, up the coast
Next day: [[LOCATION|geo:Te Puia Springs Hospital]] (diabetes clinic) -> [[LOCATION|geo:Ruatōria]]; kaumātua clinic at [[LOCATION|geo:Rahui Marae]]
Back to [[LOCATION|geo:Tūranga]] round the coast.
Van key from [[PERSON|name:Hone]].""",
    """Mobile clinic itinerary - [[LOCATION|geo:Pine Ridge]] Service Unit
Mon [[DATE|date:7/8]]  [[LOCATION|geo:Kyle]] - diabetes + wound care
Wed [[DATE|date:7/10]]  [[LOCATION|geo:Porcupine]] - prenatal, then [[LOCATION|geo:Wounded Knee]]
Fri  specialist referrals faxed [[PHONE|fax:(605) 867-3062]]
Driver: [[PERSON|name:Kyle Red Cloud]] (CHR). Porcupine quills case from last week was a dog, not a patient.""",
    """Outreach itinerary - [[LOCATION|geo:Lochaber]] & [[LOCATION|geo:Isle of Skye]] - podiatry
Tue  clinic am, then drive to the ferry
Wed  ferry to [[LOCATION|geo:Armadale]], clinic at [[LOCATION|geo:Broadford]] ([[LOCATION|geo:Dr MacKinnon Memorial]])
Thu  home visit pm - Mr [[PERSON|name:Alasdair Nicolson]], CHI [[ID|ssn:1505683114]]""",
    """Visiting renal physician - [[LOCATION|geo:Pilbara]] itinerary
Mon  clinic + dialysis unit round
Tue  [[LOCATION|geo:Roebourne]] ([[LOCATION|geo:Ieramugadu]]) joint clinic
Wed  fly to [[LOCATION|geo:Newman]]
Physician: Dr [[PERSON|name:Alice Newman]]; coordinator [[EMAIL|email:pearl.hicks@health.wa.gov.au]]""",
    """[[LOCATION|geo:APY Lands]] paediatric itinerary
Tue  [[LOCATION|geo:Pukatja]] ([[LOCATION|geo:Ernabella]]) clinic
Wed  [[LOCATION|geo:Kaltjiti]] pm
Thu  RHD echo list 11 children
Fri  back via the highway to [[LOCATION|geo:Coober Pedy]]""",
    """[[LOCATION|geo:East Gippsland]] outreach - geriatrician
Mon  memory clinic
Tue  [[LOCATION|geo:Lakes Entrance]] - entrance via the side door (front steps broken); then [[LOCATION|geo:Lake Tyers]] ([[LOCATION|geo:Bung Yarnda]])
Thu  far east; back through [[LOCATION|geo:Bruthen]] Fri.
No sale of CWA scones at clinic this time - infection control.""",
    """[[LOCATION|geo:Katherine]] outreach - visiting physician   [[DATE|date:Monday 2 September 2024]]
1130 [[LOCATION|geo:Beswick]] ([[LOCATION|geo:Wugularr]])
1500 on to [[LOCATION|geo:Ngukurr]] (4 h on the dirt), overnight
Travelling: Dr [[PERSON|name:Katherine Bolger]]. Sunrise at 0650, leave early to beat the heat.""",
    """Itinerant clinic schedule
Mon  [[LOCATION|geo:Kotzebue]] - prep
Thu  [[LOCATION|geo:Pt Hope]] (overnight at the school)
Fri  [[LOCATION|geo:Kiana]] pm, back to [[LOCATION|geo:Kotz]]
Provider: [[PERSON|name:Kiana Sheldon]], PA-C. Video backup via [[URL|url:https://maniilaq.zoom.us/j/8814407263]].""",
]

STYLE_H = [
    """SOCIAL WORK - [[LOCATION|geo:Broadmeadows Health]]
Client: [[PERSON|name:Ayşe Demir]]   [[AGE|other:41]]
Current housing: [[ADDRESS|geo:Unit 6, 31 Blair St, Dallas VIC 3047]] - 2-bed, 7 occupants, mould in bathroom.
Priority housing application lodged with Homes Victoria; preferred area [[LOCATION|geo:Reservoir]], near her mother.
Helped with myGov linking: TFN [[ID|ssn:371 722 645]] confirmed for the family tax benefit reconciliation.
Interpreter Turkish, onsite.""",
    """SW / housing note
Pt [[PERSON|name:Shannon Wells]] [[AGE|other:27]], 2 children. Evicted from [[LOCATION|geo:Lethbridge Park]] property; couch-surfing with an aunt in [[LOCATION|geo:Nth St Marys]].
DCJ temporary accommodation: motel on the [[LOCATION|geo:Great Western Hwy]], 5 nights.
Brokerage for school uniforms $320 - paid to BSB [[ID|account:062-514]] acct [[ID|account:10427796]].
Safety: ex-partner lives in [[LOCATION|geo:Whalan]] - avoid placements there.""",
    """Social work note - [[LOCATION|geo:Kenepuru Community Hospital]]
Client: [[PERSON|name:Losaline Vake]]   IRD [[ID|ssn:135-708-267]] (Working for Families query)
Whānau of 9 in a 3-bedroom Kāinga Ora home in [[LOCATION|geo:Cannons Creek]]; black mould, 2 kids with bronchiectasis.
Prefers transfer within [[LOCATION|geo:Waitangirua]] (school for her youngest is [[LOCATION|geo:Porirua College]]).
Contact [[EMAIL|email:losaline.vake@xtra.co.nz]].""",
    """SOCIAL WORK - [[LOCATION|geo:Glasgow Royal Infirmary]]
Patient: [[PERSON|name:Gary McSorley]]   [[AGE|other:52]]
GCS 15 on admission (Glasgow Coma Scale), alcohol-related seizure. Lost his flat in [[LOCATION|geo:Easterhouse]] in October.
Temporary accommodation offered south of the river; wants to stay east near his sister.
Benefits: Universal Credit + ADP application, NI number [[ID|ssn:JX115222D]].
Homeless Health team at [[LOCATION|geo:Hunter Street]] to follow up.""",
    """CASE MANAGEMENT NOTE - [[LOCATION|geo:Johns Hopkins]]
Pt: [[PERSON|name:Darnell Whitaker]]   [[AGE|other:58]]
Lives in [[LOCATION|geo:Sandtown-Winchester]], rowhome off [[LOCATION|geo:North Ave]]; steps to bedroom not possible post-BKA.
SSI application: SSN [[ID|ssn:385-66-4340]], Medicaid pending.
Portal activation link sent: [[URL|url:https://mychart.hopkinsmedicine.org/activate?code=JH7730912-QX4]].""",
    """SW - [[LOCATION|geo:Logan Hospital]]
Pt [[PERSON|name:Kasey Rolleston]] [[AGE|other:33]], DV disclosure. Lives [[LOCATION|geo:Woodridge]]; perpetrator lives in [[LOCATION|geo:Kingston]].
Refuge placement arranged - address withheld, do not record. DVO application supported, court file [[ID|other:BEE-DV-2024-0772]].
She avoids [[LOCATION|geo:Kingston Rd]]. Medicare [[ID|health_plan:2692 60858 4]]/2.""",
    """Social work note
Pt: [[PERSON|name:Travis Jeffries]]   [[AGE|other:45]]
Lives [[LOCATION|geo:Gagebrook]]; wants transfer closer to his mum in [[LOCATION|geo:Brighton]].
Couch-surfing since the fire in his unit. Housing Connect intake [[ID|other:HC-TAS-3318402]].
No phone; messages via sister [[PHONE|phone:0429 881 303]].""",
    """SOCIAL WORK - [[LOCATION|geo:Armadale Health Service]]
[[PERSON|name:Noreen Abdi]] [[AGE|other:66]], widow, private rental off [[LOCATION|geo:Albany Hwy]], rent up to $520/wk.
Son in [[LOCATION|geo:Midland]] offers a room; community nursing would need to transfer catchment.
ACAT referral. Daughter [[PERSON|name:Hodan]] [[EMAIL|email:hodan.abdi88@gmail.com]].""",
    """SOCIAL WORK - renal
[[PERSON|name:Maxine Kngwarraye]] [[AGE|other:48]], ESKD on HD. Staying between [[LOCATION|geo:Hidden Valley]] and [[LOCATION|geo:Mt Nancy]] town camps; family from [[LOCATION|geo:Utopia]].
Overcrowding (14 in 3-bed), hidden costs of staying in town. Requests a return-to-country plan with a chair at [[LOCATION|geo:Purple House]].
Medicare [[ID|health_plan:2492 08203 2]].""",
    """CASE MANAGEMENT - [[LOCATION|geo:Greenville]], MS   [[DATE|date:January 9, 2024]]
Pt: [[PERSON|name:Lula Mae Pettaway]]   [[AGE|other:81]]
Lives alone in [[LOCATION|geo:Leland]]; no working AC, heat and COPD. Hx COVID (Delta variant) with long-term O2.
SSN [[ID|ssn:717-30-5853]] for LIHEAP application.
Dialysis transport in the [[LOCATION|geo:Delta]] arranged 3x/wk. Daughter [[PHONE|phone:(662) 887-4410]].""",
]

STYLE_I = [
    """IPTAAS CLAIM - Part A: Applicant
Surname: [[PERSON|name:HOLLOWAY]]        Given name(s): [[PERSON|name:Bernadette Anne]]
Residential address: [[ADDRESS|geo:42 Oxley St]]
Town/suburb: [[LOCATION|geo:Bourke]]    State: NSW    Postcode: [[LOCATION|geo:2840]]
Medicare no: [[ID|health_plan:2890 09237 2]]   IRN: 3
Part B: by private car to the nearest airport (368 km one way), then Rex flight. Vehicle registration: [[VEHICLE|vehicle:CX57PQ]]
Treatment at: [[LOCATION|geo:Chris O'Brien Lifehouse]] - radiotherapy 25 fractions.
Part D: Payment   BSB [[ID|account:032-870]]   Account no. [[ID|account:44712290]]""",
    """PATIENT TRAVEL SUBSIDY SCHEME (PTSS) - Application   Ref [[ID|other:PTSS-CW-240517-019]]
Patient: [[PERSON|name:Darren McKellar]]
Address: [[ADDRESS|geo:15 Eagle St, Longreach QLD 4730]]
Specialist facility: tertiary. Escort approved - pt legally blind post CVA.
Travel: road via [[LOCATION|geo:Barcaldine]] to [[LOCATION|geo:Emerald]], then train (Spirit of Queensland) south.
Receipts uploaded to [[URL|url:https://ptss.health.qld.gov.au/claims/PTSS-CW-240517-019/upload]].""",
    """PATIENT ASSISTED TRAVEL SCHEME (PATS)
Patient: [[PERSON|name:Jacinta Ferraro]]
Home: [[LOCATION|geo:Hopetoun]] (via [[LOCATION|geo:Ravensthorpe]]).
Appointment: [[LOCATION|geo:Sir Charles Gairdner Hospital]] - neurosurgery OPD.
Private vehicle [[VEHICLE|vehicle:1HXR 774]]. Driver: husband, WA driver licence [[ID|license:4417390]].
Photo ID attached as [[ID|photo:PATS_Ferraro_J_licence_scan.pdf]].""",
    """National Travel Assistance (NTA) claim
Patient: [[PERSON|name:Grant Tuhiwai]]   NHI [[ID|ssn:HJS3584]]
Address: [[ADDRESS|geo:12 Derby Street, Westport 7825]]
Trips for chemo via [[LOCATION|geo:Lewis Pass]] (or [[LOCATION|geo:Arthur's Pass]] when [[LOCATION|geo:Lewis]] is shut); 6 trips at 452 km each way.
Vehicle [[VEHICLE|vehicle:NLT482]]. Pay to: [[ID|account:12-3140-0552695-00]]""",
    """HEALTHCARE TRAVEL COSTS SCHEME (HTCS) - reimbursement form
Name: Mrs [[PERSON|name:Pauline Hebberd]]   NHS number [[ID|ssn:663 542 2234]]
Address: [[ADDRESS|geo:Flat 3, 17 Union Street, Ryde, Isle of Wight PO33 2LF]]
Appointment: cardiology, [[DATE|date:22/05/2024]]
Journey: bus to [[LOCATION|geo:Cowes]], Red Funnel ferry across, taxi. Total £38.60.
Refund by BACS: [[ID|account:GB29NWBK60161331926819]]""",
    """NEMT TRIP REQUEST / CLAIM   Broker trip
Member: [[PERSON|name:Sharon Kettleson]]   OHP ID [[ID|health_plan:PR84417520]]
Pickup: [[ADDRESS|geo:28450 SE Orient Dr, Boring, OR 97009]]
Dropoff: [[LOCATION|geo:OHSU Hospital]], [[LOCATION|geo:Marquam Hill]] - dialysis access clinic
Pt says the ride is boring but the clinic visit is long.
Member portal login from [[IP|ip:2601:1c2:4b00:91e0::3f]]. Alt driver OR DL [[ID|license:8827316]].""",
    """PATIENT ASSISTANCE TRANSPORT SCHEME - SA   Invoice [[ID|account:INV-PAT-22187]]
Patient: [[PERSON|name:Kylie Stuart]]   [[AGE|other:39]]
Home: [[LOCATION|geo:Whyalla Norrie]] (the [[LOCATION|geo:Iron Triangle]])
Travel: bus via [[LOCATION|geo:Pt Augusta]], 4 return trips.""",
    """VPTAS claim form
Patient: [[PERSON|name:Ethan Kourakis]]  [[AGE|other:9]]  Medicare [[ID|health_plan:3915 57257 3]] (pt is #4 on card)
Address: [[ADDRESS|geo:Lot 12, Fifteenth St, Red Cliffs 3496]]
Specialist: [[LOCATION|geo:Royal Children's Hospital]] - oncology
Travel: [[LOCATION|geo:Mildura]] airport, 6 return flights; some by car.
Paid by card ending [[ID|account:4471]].""",
    """PATIENT TRAVEL ASSISTANCE SCHEME (PTAS) TASMANIA
Patient: [[PERSON|name:Murray Bowling]]   IHI [[ID|health_plan:8003 6092 7385 0840]]
Home: [[LOCATION|geo:Grassy]], [[LOCATION|geo:King Island]]
Appointment: [[LOCATION|geo:The Alfred]] - cardiothoracic
Route: [[LOCATION|geo:Currie]] airport, taxi.
Nurse [[PERSON|name:Gail Currie]] certified medical need.""",
    """PATIENT ASSISTANCE TRAVEL SCHEME (PATS) NT   [[DATE|date:06/06/2024]]
Patient: [[PERSON|name:Gurruwiwi, Noeline]]   HRN [[ID|mrn:0733902]]
Community: [[LOCATION|geo:Ramingining]]; referred by [[LOCATION|geo:Gove District Hospital]]
Specialist: ENT surgery
Escort: sister (Yolŋu Matha interpreter). Accommodation at a hostel in [[LOCATION|geo:Berrimah]].""",
]

STYLE_J = [
    """IIMS+ INCIDENT NOTIFICATION   ID [[ID|other:IIMS-4417208]]   SAC 3
Facility: [[LOCATION|geo:Shoalhaven District Memorial Hospital]]   Ward 4, bed 17
Date/time: [[DATE|date:09/03/2024]] 0315
Patient: [[PERSON|name:Edwina Freckleton]]   [[AGE|date:90]]F   from [[LOCATION|geo:Culburra Beach]]
Unwitnessed fall from bed. Bed alarm not on. No LOC. R hip X-ray NAD. Night sedation temazepam 10 mg.
Dispensing cabinet log: temazepam withdrawn under fingerprint template [[ID|biometric:ADC-FP-00831]] at 2210.""",
    """VHIMS incident report   Ref [[ID|other:VH-AH-2024-0391]]   [[DATE|date:15 January 2024]]
Site: [[LOCATION|geo:Bright]] campus, acute ward, room 3
Patient: [[AGE|other:73]]M from [[LOCATION|geo:Mt Beauty]]
Medication error - enoxaparin 80 mg given instead of 40 mg. Noticed at bright morning handover. Anti-Xa 1.1.
Med room access: card + fingerprint [[ID|biometric:BIO-7713-AH]], RN AHPRA [[ID|license:NMW0001892207]].
[[LOCATION|geo:Myrtleford]] nurse redeployed.""",
    """Safety1st event   Event no. [[ID|other:S1-SD-88412]]
Facility: [[LOCATION|geo:Gore Hospital]]   Date: [[DATE|date:Tuesday 7 May 2024]]
Patient NHI [[ID|ssn:KQZ2912]], from [[LOCATION|geo:Mataura]], intoxicated, threatened security in ED waiting room. No injuries, no gore, one chair broken.
CCTV still saved as [[ID|photo:CCTV_GORE_ED_KQZ2912_0207.png]].
Transferred for mental health assessment.""",
    """DATIX INCIDENT   Ref [[ID|other:W213398]]   Reported [[DATE|date:2 March 2024]]
Location: [[LOCATION|geo:Doddington Community Hospital]], [[LOCATION|geo:March]], car park
PTS vehicle [[VEHICLE|vehicle:AK19 XRT]] reversed into a patient's car [[VEHICLE|vehicle:EY67 HMB]]. No injuries.
Patient: Mr [[PERSON|name:Norman Gotobed]]   [[AGE|other:84]]   from [[LOCATION|geo:Wisbech]], leg ulcer clinic.
In March last year a similar incident at the same gate. [[LOCATION|geo:Fens]] fog a factor.""",
    """OCCURRENCE REPORT   #[[ID|other:SVH-OR-24-0117]]   [[DATE|date:02/26/2024]]
Facility: [[LOCATION|geo:Sierra Vista Hospital]], [[LOCATION|geo:T or C]], NM
Wrong-patient label on blood culture; two patients with the same surname in rooms 4 and 5 (MRN [[ID|mrn:SV228914]] / [[ID|mrn:SV228971]]).
Printed from workstation ED-3 ([[IP|ip:172.20.14.63]]) under user [[ID|other:mmontoya2]].
Pt A recollected after transfer.""",
    """RiskMan incident   [[ID|other:RM-GCUH-2024-11782]]   [[DATE|date:Sat 20/07/2024]] 2340
Location: [[LOCATION|geo:GCUH]], ED ambulance bay / car park P2
Visitor drove into bollard at speed; vehicle [[VEHICLE|vehicle:784 ZKT]], VIN [[VEHICLE|vehicle:JTMBFREV4WM117582]]. Footage saved as [[ID|photo:GCUH_P2_bodycam_Coutts_2007.mp4]].
His mother ([[AGE|other:66]]) was being discharged home to [[LOCATION|geo:Hope Island]]. Bay 4 closed 1 h.""",
    """INCIDENT REPORT - missing patient   [[ID|other:DATIX-WA-77813]]   [[DATE|date:19/09/2024]]
Patient: [[PERSON|name:Clifford Yanawana]]   [[AGE|other:35]]M   from [[LOCATION|geo:Bidyadanga]]
Last seen 1420 on the ward verandah, believed heading to [[LOCATION|geo:Cable Beach]]. IV cannula in situ.
Found 1810 at [[LOCATION|geo:Town Beach]] by liaison officer; returned voluntarily.""",
    """PRIVACY INCIDENT - Safety Learning System   [[ID|other:SLS-NALHN-33109]]   [[DATE|date:11-04-2024]]
Site: [[LOCATION|geo:Lyell McEwin Hospital]]
Audit flagged access to a neighbour's record by user [[ID|other:jreynolds4]] from [[IP|ip:10.88.162.41]] and remotely via [[URL|url:https://citrix.sa.gov.au/nalhn/portal/session/7781]].
Record viewed: MRN [[ID|mrn:LM6620138]]. Face template [[ID|biometric:FACE-TMP-40928]] matched at the ward door.""",
    """INCIDENT - ambulance ramping   [[ID|other:QDH-IR-0447]]   [[DATE|date:25/06/2024]]
[[LOCATION|geo:Queanbeyan]] ED. Pt [[AGE|date:92]] from [[LOCATION|geo:Jerrabomberra]], NOF, on ramp 3 h 40 before cross-border transfer.
Alaris pump serial [[DEVICE|device:12L88432]] alarmed on transfer; biomed review.""",
    """OCCURRENCE REPORT   [[ID|other:UCI-OR-2023-5514]]   [[DATE|date:12/08/2023]]
[[LOCATION|geo:UCI Medical Center]], [[LOCATION|geo:Orange]], CA [[LOCATION|geo:92868]]
Patient [[AGE|other:61]], local. ED boarding 29 h.
Insulin pump (t:slim X2, serial [[DEVICE|device:1093358]]) left on during MRI prep. Code Orange not called. Orange juice given for BG 61.""",
]


def main() -> None:
    n = write_styled(
        OUT,
        [
            ("transfer-retrieval", STYLE_A),
            ("discharge-summary", STYLE_B),
            ("nursing-roster", STYLE_C),
            ("home-visit-schedule", STYLE_D),
            ("gp-referral", STYLE_E),
            ("ambulance-run-sheet", STYLE_F),
            ("outreach-itinerary", STYLE_G),
            ("social-work-housing", STYLE_H),
            ("travel-assistance-claim", STYLE_I),
            ("incident-report", STYLE_J),
        ],
    )
    print(f"probe68: {n} docs")


if __name__ == "__main__":
    main()
