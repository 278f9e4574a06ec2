"""Write the 95th hand-annotated redaction probe, UK and Irish community and mental-health care.

Why: community and mental-health records from NHS England, NHS Scotland, NHS Wales, Northern
Ireland and the HSE mix Welsh, Gaelic, Irish, Polish, Romanian, Somali, Punjabi and Caribbean
names with place names that are everyday words (Bath, Reading, Street, Wool, Sandwich, Ugley,
Bishops Castle), folksy care homes and surgeries, and a thicket of national identifiers (NHS,
CHI, H&C, NI numbers, PPSN, IHI, GMC/NMC pins) sitting beside doses, scores, section numbers,
form names, bed numbers and public helplines that must stay. This probe is held out: it is
never tuned on, only measured, so the engine's recall and precision on it are honest.

What: one hundred notes written by hand for this project, ten in each of ten styles: a CPN
visit note ("cpn-visit-note"), a crisis team log ("crisis-team-log"), a care-home handover
("care-home-handover"), district nurse notes ("district-nurse-note"), a safeguarding referral
("safeguarding-referral"), a social prescribing note ("social-prescribing-note"), a
memory-clinic letter ("memory-clinic-letter"), an out-of-hours GP record ("ooh-gp-record"),
a pharmacy MDS record ("pharmacy-mds-record") and a court or tribunal report excerpt
("tribunal-report-excerpt"). Each identifier is marked inline as ``[[LABEL|category:text]]``;
``write_styled`` strips the markers and computes offsets while concatenating. Check-digit
identifiers (NHS, CHI, H&C, PPSN, IBAN, VIN) mostly pass their checksums; a few do not, as
mistyped numbers do in real records.

Conventions: titles/roles outside names; "SURNAME, First" and "SURNAME First" are one span;
nicknames and first names alone are marked. NHS, CHI, H&C numbers, Irish IHI, medical card
(GMS) numbers, MatEx certificates and insurer memberships (VHI, Laya, Bupa) are ID|health_plan;
hospital, unit, RiO, Irish MRN and ED attendance numbers are ID|mrn; NI numbers and Irish PPSNs
ID|ssn; GMC, NMC, HCPC, GPhC, SWE, SSSC, NISCC, IMC, NMBI, PSI and DVLA licence numbers
ID|license; bank account numbers, IBANs, fees/billing accounts and device-app accounts
ID|account (sort codes alone are not marked); case, incident, MASH, police, Datix, ZTAS,
Home Office, homecare, Mental Health Act paperwork and 111 case references ID|other. Ages of
anyone (patients, relatives, children) are marked, 90+ as AGE|date; "13F", "26M", "6yo",
"18mo" whole, "M/35" and "94 yrs" number only. A date with its time is one DATE span;
weekday+date one span; times, years, durations ("3/12"), weekdays alone and gestations are
not marked. Hospitals, surgeries, care homes, named pharmacies (with branch town), schools,
universities, hotels, towns, villages and streets without a number are LOCATION|geo; a full
address (also a house name with street or village and postcode, or an Eircode) is one
ADDRESS|geo; an address split across lines is one ADDRESS|geo per line; a lone postcode or
Eircode ADDRESS|geo. Countries, NHS trusts/boards, HSE areas, police forces, councils,
agencies, tribunals and charities are not marked. Public lines (111, 999, 0800, 0300
helplines, 116 123, 85258), bleeps and extensions are not marked; ward, practice and pharmacy
phone and fax numbers are. Serials, UDIs, transmitter ids and MAC addresses of personal
devices are DEVICE|device; batch/lot numbers are not marked. Only full-face photo references
are ID|photo; fingerprint, voiceprint and iris template ids are ID|biometric. Staff initials
alone (PO, JB, TJ) are not marked.

How: cd /work/main && .venv/bin/python scripts/make_probe95_corpus.py (writes
corpus/redaction/probe95.jsonl).
"""

from pathlib import Path

from make_safe_harbor_suite import write_styled

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "corpus" / "redaction" / "probe95.jsonl"

CPN_VISIT_NOTES = [
    """CPN HOME VISIT - [[DATE|date:Tues 05/03/2024 10:40]]
Client: [[PERSON|name:PRITCHARD, Gwenllian]]   NHS no [[ID|health_plan:788 270 2099]]   RiO [[ID|mrn:RIO4417263]]
Address: [[ADDRESS|geo:2 Heol y Felin, Llanelli SA15 3PT]]
Seen in kitchen, husband present for first 20 min then left for work. [[PERSON|name:Gwen]] says mood 'fflat' most days.
MSE: kempt, good rapport, reactivity reduced, no FRS. PHQ-9 17 (21 last month), GAD-7 11.
Meds: sertraline 150mg od, mirtazapine 15mg nocte - compliance confirmed, dosette checked.
Risk: passive SI, no plan/intent. Protective: grandchildren, chapel choir Thursdays.
Plan: med r/v with consultant next week; CPN visit in 2/52. Crisis card given (111 press 2).
S.M. RMN, NMC [[ID|license:04G1187W]]""",
    """CPN visit, joint with MHO - [[DATE|date:Wednesday 13th March 2024]]
Pt [[PERSON|name:Mòrag NicLeòid]] (SCI Store has her as [[PERSON|name:MORAG MACLEOD]]), CHI [[ID|health_plan:1203471386]], age [[AGE|other:77]].
Lives alone at [[ADDRESS|geo:14 Seaforth Road, Stornoway, Isle of Lewis HS1 2SD]]. Peat stove, no central heating.
Recurrent depressive disorder, two admissions (2016, 2019).
Today: mostly Gaelic; daughter translated on speakerphone from the mainland.
Lithium 400mg nocte, level 0.62 last week, eGFR 58, TSH 2.1. Recheck Li 3/12 with U&E.
Practice tel [[PHONE|phone:01851 704 882]] - letter cc'd.""",
    """cpn note - client [[PERSON|name:Grzegorz Wiśniewski]] [[AGE|other:52M]], [[ADDRESS|geo:Flat 9, 41 Oxford Road, Reading RG1 7LH]]
visit [[DATE|date:18.03.2024 14:00]], polish interpreter by phone (LanguageLine), 55 min.
works nights at a warehouse. drinking 3-4 cans 8% daily, AUDIT 24, CIWA not indicated today.
depot aripiprazole 400mg given R glut, batch 1J74K03 exp 11/2025. next due in 4 wks.
brother happy to be contacted on [[PHONE|phone:+44 7700 900652]]. pt prefers email: [[EMAIL|email:grzes.wisniewski74@wp.pl]]
NI no [[ID|ssn:PR 45 72 19 C]] given to help with PIP form (PA4 due back in 4 wks).
car outside is his - silver Astra [[VEHICLE|vehicle:RX09 KHB]] - says he has slept in it twice after rows with landlord.""",
    """CPN VISIT
Mrs [[PERSON|name:Hodan Warsame]], [[AGE|other:38]], [[ADDRESS|geo:17 Rush Hill, Bath BA2 2QR]]
Date: [[DATE|date:21/03/2024]]. Sister interpreting at client's request (declined professional interpreter, documented).
Children at home, [[AGE|other:9yo]] and [[AGE|other:6yo]], both at the local junior school.
PTSD; nightmares 4-5/wk, prazosin 1mg nocte titrating to 2mg. PCL-5 52 (was 61).
Home Office ref [[ID|other:W1184732/2]] - asylum granted, now on UC.
Trauma-focused CBT waiting list approx 14 wks. CPN fortnightly, next visit Thursday 11:00.""",
    """Community Mental Health Team - CPN contact
Name: [[PERSON|name:CAMPBELL Delroy]]   NHS [[ID|health_plan:4430989311]]
[[ADDRESS|geo:88 St Ann's Road]]
[[ADDRESS|geo:Nottingham NG3 4JL]]
Contact: home visit, [[DATE|date:25 March 2024 09:15]].
Mr [[PERSON|name:Campbell]] ('[[PERSON|name:Dee]]' to family) has paranoid schizophrenia, clozapine 350mg. FBC Friday: WCC 5.6, ANC 3.1 = green.
Smoking 20/day - reminded re clozapine levels if he stops. BNO 3 days, senna + macrogol.
Wife is main carer - carers' assessment done. ZTAS patient no [[ID|other:Z118734]]. Next bloods in 4 weeks.
O.E., Band 6 CPN""",
    """CPN telephone + visit note. [[DATE|date:Mon 8th April]].
Pt: [[PERSON|name:Mihaela Dumitrescu]], [[AGE|other:31]], moved this week to [[ADDRESS|geo:3 Gold Street, Kettering NN16 8JB]].
Perinatal MH: baby now [[AGE|other:11]] wks. EPDS 14 today, no thoughts of harm to self or baby.
Partner working away (HGV driver); her mother has come over from Romania for 3 months.
Sertraline 50mg (compatible with breastfeeding). Next CPN visit 1/52.
PKB record: [[URL|url:https://my.patientsknowbest.com/person/7784120933/summary]]""",
    """CPN visit [[DATE|date:02/04/2024]].
[[PERSON|name:Winston Bailey]] ([[AGE|other:68]]) lives with grandson at [[ADDRESS|geo:6 Strand Street, Sandwich CT13 9EU]].
Bipolar affective disorder, euthymic. Lithium 800mg, level 0.71 last week. Weight 96kg, BP 148/90 - GP to review.
Daughter [[PERSON|name:Claudette Thompson]] rang with concerns re spending; 2 recent catalogue debts noted.
Consent to speak with her: [[PHONE|phone:07700900 337]], [[EMAIL|email:claudette.t.deal@btinternet.com]].
Risk: low. RV 4/52. R.A. CPN""",
    """CPN review (joint with STR worker), [[DATE|date:10 April 2024]].
Mr [[PERSON|name:Harjinder Singh Dhillon]], [[AGE|other:44]], [[ADDRESS|geo:Orchard View, Pound Lane, Ugley, Bishop's Stortford CM22 6HR]].
Deterioration reported by wife - sleeping 3h, pressured speech, spending (bought a BMW, reg [[VEHICLE|vehicle:MK19 ZDP]], on finance).
Punjabi spoken at home, pt prefers English with me.
Olanzapine increased 10 -> 15mg. Lorazepam 1mg PRN max 2/24h, 7 tabs.
Discussed with Dr [[PERSON|name:Anand Verghese]] (GMC [[ID|license:6094281]]) - HTT to review tonight. Teenage son staying with uncle.""",
    """Community CPN note - HSE Mental Health Services
Client: [[PERSON|name:Pádraig Ó Súilleabháin]]   MRN [[ID|mrn:0412339]]   PPSN [[ID|ssn:6551464V]]
Home: [[ADDRESS|geo:Cnoc na Gréine, Lahinch Road, Ennistymon, Co. Clare V95 KT62]]
Visited [[DATE|date:Friday 12 April 2024]]. Farmer, [[AGE|other:61]]. Depression with psychotic features 2022, well on venlafaxine 225mg + quetiapine 50mg.
Neighbour checks in daily. Wife died 2 years ago.
Medical card no. [[ID|health_plan:1843277T]] - renewal pending.
Next consultant appointment at the Day Hospital in 3 weeks. CMHN""",
    """CPN visit - [[DATE|date:16.4.24]] - [[PERSON|name:Iolo ap Dafydd]], [[AGE|other:26]], student at [[LOCATION|geo:Bangor University]].
Digs: [[ADDRESS|geo:Fflat 2, 11 Ffordd Deiniol, Bangor LL57 2UR]].
First episode psychosis (EIP caseload). Aripiprazole 10mg. Cannabis 2-3x/wk. PANSS positive 14.
Mam wants to be kept informed - consent given.
Smartwatch sleep data shared via app (watch serial [[DEVICE|device:FB512-9C4T7721]]) - 4-5h/night this week.
Plan: EIP care coordinator to visit next week; CBTp referral sent. Crisis: 111 press 2.""",
]

CRISIS_TEAM_LOGS = [
    """CRHTT LOG - [[PERSON|name:KACZMAREK, Małgorzata]] - RiO [[ID|mrn:RIO5520184]]
[[DATE|date:22/03/2024 23:14]] Call from Thames Valley Police control - pt found on a road bridge. Incident ref [[ID|other:TVP-20240322-1187]]. S136 applied 23:02.
23:40 Arrived at HBPOS, [[LOCATION|geo:Prospect Park Hospital]]. Pt [[AGE|other:47]], Polish, good English.
00:30 AMHP and s12 doctor informed.
01:15 Assessment: not detained. Informal plan - HTT daily visits x 7.
01:50 Partner collected her; contact [[PHONE|phone:07700 900 871]].
Safety plan given incl. Samaritans 116 123 and SHOUT 85258.""",
    """Crisis Team - triage log (telephone)
Caller: [[PERSON|name:Abdirahman Farah Jama]] re his brother [[PERSON|name:Mahad]], [[DATE|date:Sat 30 March 19:05]].
[[PERSON|name:Mahad]] not sleeping 4 nights, talking about 'the jinn in the walls', threw a kettle. No weapons.
Address: [[ADDRESS|geo:Flat 41, Kersfield House, Kersfield Road, London SW15 3HF]]. Buzzer broken - call [[PHONE|phone:07700 900 129]] on arrival.
Known to EIP? No. ED attendance last winter, ED no [[ID|mrn:ED24-0098123]].
Plan: HTT visit within 4h. Police aware.
Called back 19:40: he has gone out on his bike. Risk RAG amber.""",
    """HTT log - Ymweliad / Visit
[[DATE|date:4 Apr 2024, 10:20]] - [[PERSON|name:Rhodri Lewis-Evans]] at home, [[ADDRESS|geo:Bryn Awel, Heol Fawr, Tregaron SY25 6JU]].
[[AGE|other:39M]], farmer, wife left six weeks ago. Described 'no point'. C-SSRS: ideation with method (shotgun in the house).
Firearms dept ref [[ID|other:FL/2024/01182]]; shotgun certificate no. [[ID|license:DP/SG/0448217]]. Guns removed by brother-in-law today.
Elderly father lives next door in the bungalow.
Plan: daily HTT, next visit tomorrow am. C.A.L.L. helpline 0800 132 737 given.""",
    """Crisis line call record
Received [[DATE|date:2024-04-06 02:47]] - caller gave first name [[PERSON|name:Lauren]] only.
Says she is [[AGE|other:19]], in a hotel in [[LOCATION|geo:Street]] ([[LOCATION|geo:Wessex Hotel]]), took 16 x paracetamol 500mg about 1am.
CLI: [[PHONE|phone:07700900614]]. Call dropped 02:55.
02:56 Ambulance requested via 999.
03:20 Crew confirm conveyance to ED. Identity: [[PERSON|name:Lauren Pike]], NHS [[ID|health_plan:6465222655]].
Liaison psych informed for morning. Paracetamol level due 4h post ingestion.""",
    """CRISIS TEAM HANDOVER ENTRY - [[DATE|date:Sun 7th April]]
Patient: [[PERSON|name:Seonaidh MacKinnon]]   CHI [[ID|health_plan:0309522978]]   [[AGE|other:71yo]]
Address: [[ADDRESS|geo:Taigh na Mara, Portree, Isle of Skye IV51 9EH]]
Known BPAD, manic relapse. Son drove her to hospital overnight in his van ([[VEHICLE|vehicle:SV68 ULK]]) after she walked to the pier in her nightdress.
MHO and approved medical practitioner attended: STDC granted, ref [[ID|other:MWC-STDC-24-03391]]. Transfer to mainland by SAS.
Dogs (x2) with neighbour.""",
    """Crisis Resolution log - HSE South West
[[DATE|date:09/04/2024 16:35]] Referral from GP.
Pt: [[PERSON|name:Tadhg Ó Conchubhair]], [[AGE|other:34]], fisherman, lives with mother at [[ADDRESS|geo:Cois Abhann, Ballybunion, Co. Kerry V31 E6X4]].
Drinking heavily since boat sold. Threatened to 'drive off the pier'. Mother has the keys of his car ([[VEHICLE|vehicle:191-KY-4473]]).
PPSN [[ID|ssn:7776905P]]. MRN [[ID|mrn:UHK-2231908]].
Seen 18:10 at home: no psychosis, pre-contemplative re alcohol. Safety plan; Pieta 1800 247 247.
Plan: CRT visit daily.""",
    """HTT - shift log - [[PERSON|name:Ionuț Popescu]] ([[AGE|other:29]]) - [[ADDRESS|geo:Room 4, 112 Whitehall Road, Leeds LS12 1AN]]
[[DATE|date:11.04.24 08:05]] tc to pt, no answer x3. Voicemail left.
09:30 Visit: not at HMO. Landlord says pt left last night with rucksack.
10:15 Pt rang from [[LOCATION|geo:Leeds Station]]. Says going home to [[LOCATION|geo:Cluj]] by coach tomorrow.
11:00 Huddle (PO, JB). Capacity re travel presumed. Declined a visit.
Emailed pt [[EMAIL|email:ionut.popescu.ro95@yahoo.com]] copy of crisis plan + discharge letter in Romanian. Discharged from HTT, GP notified.""",
    """CRISIS ASSESSMENT - ED liaison
[[DATE|date:13-04-2024 21:50]]. Pt: [[PERSON|name:Ciarán McAlinden]] [[AGE|other:17]] (CAMHS transition), H&C [[ID|health_plan:398 394 2377]], hosp no [[ID|mrn:CAH1130984]].
Address [[ADDRESS|geo:9 Lurgan Road, Portadown BT63 5PX]].
Ligature attempt at home, found by sister. Neck: faint mark, no stridor.
Social worker on call attended.
Mental Health (NI) Order 1986 - Form 7 not required, admitted voluntarily to Ward 2.
PSNI aware, serial [[ID|other:1284 13/04/24]].""",
    """Crisis team note ([[DATE|date:Monday 15 April 2024]]) - Mr [[PERSON|name:Thomas Breen]], [[AGE|other:55]], postcode [[ADDRESS|geo:BH20 6DS]].
Self-referred via online portal; submission log: IP [[IP|ip:86.142.17.203]] at [[DATE|date:15/04/2024 06:12:44]].
Army veteran, Op Herrick. PCL-5 63. Lives in a caravan on a friend's land. Drives a Land Rover ([[VEHICLE|vehicle:WF14 OYT]]).
Op COURAGE referral made. No current plan of self-harm.
Telephone review tomorrow.""",
    """Crisis line - call log [[DATE|date:18/04/2024]]
22:10 [[PERSON|name:Gurpreet Kaur Sandhu]] rang about her father-in-law [[PERSON|name:Balwinder Singh Sandhu]] - wandering at night, shouted at her, thinks she is 'stealing his land in India'.
Address [[ADDRESS|geo:47 Khalsa Avenue, Gravesend DA12 1DB]]. NHS no [[ID|health_plan:7296948213]].
Not known to CMHT; memory referral pending from GP.
Advised OOH GP via 111 to r/o delirium (UTI?). [[PERSON|name:Gurpreet]]'s mob [[PHONE|phone:07700 900 903]].
22:35 follow-up: 111 case no [[ID|other:NHS111-77320915]]; GP to visit.""",
]

CARE_HOME_HANDOVERS = [
    """[[LOCATION|geo:Primrose Bank Care Home]] - night to day handover [[DATE|date:Tue 12/03/24 07:45]]
Rm 3 [[PERSON|name:Edna Shufflebottom]] ([[AGE|date:94]]) - settled, 2-hrly turns, sacrum cat 2, DN aware. Fluids 900ml/24h.
Rm 7 - fall 03:10 in en-suite, no injury, post-falls obs, NEWS2 1. Son informed 07:30.
Rm 12 - new admission yesterday. MAR photo taken: [[ID|photo:IMG_RM12_20240311.jpg]]. DNACPR in folder.
Rm 12 call pendant not yet paired - serial [[DEVICE|device:TUN-3208849-LV]].
GP round Thursday - surgery fax [[PHONE|fax:01433 621 097]]. Key safe code 4471 on board.""",
    """Handover - [[LOCATION|geo:Cartref Bod Hyfryd]] - late shift [[DATE|date:13 March 2024]]
Mrs [[PERSON|name:Blodwen Howells]] ([[AGE|date:101]]) - birthday cards from chapel, family visiting Sat. Eating well, MUST 0.
Rm 5 - chest sounds wet, temp 37.9, sats 93% RA. OOH rang, case [[ID|other:OOH-HD-0313-772]]. Amoxicillin 500mg tds started 18:20.
Rm 8 - hearing aids (L [[DEVICE|device:2231K7718]], R [[DEVICE|device:2231K7720]]) - R one lost again, check laundry.
Fees: Rm 8 nephew asked re invoice, fee account [[ID|account:CBH-0041172]] - pass to office.""",
    """[[LOCATION|geo:Taigh a' Chridhe Nursing Home]] - day handover [[DATE|date:14/03/2024]]
1. [[PERSON|name:Iain Dòmhnallach]] (on TRAK as [[PERSON|name:MACDONALD, Iain]]), CHI [[ID|health_plan:2511684802]], early-onset Alzheimer's.
   Agitated 16:00-18:00, PRN lorazepam 0.5mg x1 at 17:10. ABC chart filled.
2. Rm 6 ([[AGE|date:92]]) - sleeping most of day, diet and fluids poor, anticipatory meds in place. Daughter staying in family room.
3. Rm 9 - GPS watch for walks (serial [[DEVICE|device:MM-L3-004917]]) charged overnight. Welfare guardian is his niece.""",
    """[[LOCATION|geo:Teach na Gréine Nursing Home]] - handover [[DATE|date:Fri 15/03/2024 20:00]]
Rm 1 [[PERSON|name:Bridie Gallagher]] - NFR, comfortable, mouth care 2-hrly. Priest came with Communion.
Rm 4 - IHI [[ID|health_plan:1029 4488 3017]]. Cellulitis L leg, fluclox day 4/7.
Rm 9 - son asks to be emailed after GP round Monday: [[EMAIL|email:declan.mulchrone@gmail.com]]. Fair Deal direct debit from her account [[ID|account:IE74BOFI90001723812752]] bounced - finance to ring.
MAR photos updated: [[ID|photo:TNG_res09_face.png]].
GP surgery fax [[PHONE|fax:094 902 1748]].""",
    """Handover sheet - [[LOCATION|geo:Laurel Lodge]] EMI unit - [[DATE|date:17.03.24]]
* Mrs [[PERSON|name:Hyacinth Forbes]] [[AGE|other:87]] - MMSE 11/30. Wants to go 'home to [[LOCATION|geo:Clarendon]]' at dusk. Dominoes settles her.
* Rm 4 ([[AGE|date:90]]) - grandson visited, brought curry goat, ate well. Weight 61.2kg.
* Rm 9 - skin tear R forearm, Datix [[ID|other:W-118832]] raised, steristrips.
* Rm 11 - back from hospital tomorrow after PEG review, transport 11:00.
Pharmacy delivering new MAR sheets Tue.""",
    """[[LOCATION|geo:The Old Rectory]] residential home, [[LOCATION|geo:Bishops Castle]] - am handover [[DATE|date:19/3/24]]
Mr [[PERSON|name:Zbigniew Wójcik]] ([[AGE|other:79]]) - little English now. Daughter coming Weds.
  R heel dressed (Aquacel Ag), DN tomorrow. Pressure mattress pump alarming (serial [[DEVICE|device:DF-MERC-2019-44172]]) - engineer called.
Rm 2 - BNO x4 days, Laxido 2 sachets given.
New resident Mon from [[ADDRESS|geo:Hillside Cottage, Church Street, Bishops Castle SY9 5AA]], NHS [[ID|health_plan:715 740 0588]].""",
    """NIGHT HANDOVER - [[LOCATION|geo:Glenview Care Home]] - [[DATE|date:20/03/2024 20:00]]
- [[PERSON|name:Sadie McKeown]] ([[AGE|date:96]]), H&C [[ID|health_plan:3273311452]]: chest infection, doxy day 3. Daughter aware.
- Rm 14: T2DM on insulin. Libre sensor changed, new SN [[DEVICE|device:0M00C4RYTP7]]. BM 14.2 at 17:00, Humulin I 18 units given.
- Rm 15: bruise L upper arm on wash, body map done, ASG referral to Trust, ref [[ID|other:ASG-NHSCT-24-03187]].
Staff nurse G.Q., NMC [[ID|license:10D2874N]].""",
    """Handover - [[LOCATION|geo:Wellspring House]] - [[DATE|date:22 March 2024]]
Rm 21 Mrs [[PERSON|name:Xaawo Maxamed Cilmi]] ([[AGE|other:76]]), Somali-speaking. Wishes to fast for Ramadan, GP advised against; family meeting Monday.
Rm 22 - cataract appt next week, hosp no [[ID|mrn:EAL2281945]]. Wheelchair 14 in store room.
Rm 24 - MAR photo re-taken, file [[ID|photo:WH_R24_2024.jpg]].
Finance: Rm 22 son pays by standing order from account [[ID|account:40917736]] (sort code 20-45-77); this month's not received.""",
    """[[LOCATION|geo:Kennet Meadows Care Home]] - night handover [[DATE|date:25-03-2024]]
Mrs [[PERSON|name:Winifred Oyelaran]] ([[AGE|other:82]]) - O2 2L via concentrator, serial [[DEVICE|device:EVO-19-0088312]]. Sats 91-93%.
Rm 6 '[[PERSON|name:Den]]' - very confused, calling for his late wife. Urine dip +ve nitrites, sent.
Rm 7 - parish visitors Sunday.
Agency RGN tonight.
Email sent to Mrs [[PERSON|name:Oyelaran]]'s son re visiting: [[EMAIL|email:tunde.oyelaran@outlook.com]].""",
    """HANDOVER - [[LOCATION|geo:Frome Valley House]], [[LOCATION|geo:Wool]] - [[DATE|date:Thursday 28 March 2024 14:00]]
[[PERSON|name:Phyllis Damen]] [[AGE|date:99]] - 100th birthday card requested.
Rm 3 - Parkinson's, Madopar time-critical (07:00, 11:00, 15:00, 19:00). DBS pulse generator serial [[DEVICE|device:NNB204118H]] - no diathermy.
Rm 5 - weight loss 3kg/month, dietitian referral. NOK son at [[ADDRESS|geo:5 Colliers Lane, Wool BH20 6DL]].
Hairdresser Tues. Chiropodist next week.""",
]

DISTRICT_NURSE_NOTES = [
    """DN visit [[DATE|date:04/03/2024 09:20]] - Mr [[PERSON|name:Ronald Tizzard]], [[AGE|other:83]], [[ADDRESS|geo:12 Leigh Road, Street BA16 0HB]]
Key safe 2095 (code in EMIS alert). Lives alone with dog.
Bilateral venous leg ulcers: L gaiter 4.2 x 3.1cm, R 2.0 x 1.5cm, slough 20%. ABPI 0.91 R / 0.88 L. 2-layer compression reapplied.
Pain 3/10, co-codamol 30/500 2 qds. Daughter worried he isn't eating - MUST next visit.
Next visit [[DATE|date:Thu 7/3]]. GP fax [[PHONE|fax:01458 841 109]].
T.H. DN, NMC [[ID|license:02I1558E]]""",
    """DISTRICT NURSING - PALLIATIVE CARE VISIT
Pt: [[PERSON|name:CORNISH, Margaret Ann]]   NHS [[ID|health_plan:7954536964]]
[[ADDRESS|geo:Flat 3, 7 Lansdown Crescent, Bath BA1 5EX]]
Visit [[DATE|date:Sat 9 March 2024 14:15]]. Husband ([[AGE|other:81]]) present; daughter flying in from Canada.
CSCI via T34 pump serial [[DEVICE|device:T34-0152279]], 24h: morphine 15mg + midazolam 10mg + levomepromazine 6.25mg in WFI to 17ml. Site L upper chest, no redness. Rate 0.69ml/h, battery 68%.
CD count correct. Ampoule batch nos. recorded on chart.
Husband asked what happens after death - leaflet given, verification by DN agreed. Hospice at home ([[LOCATION|geo:Dorothy House]]) aware.""",
    """Public Health Nurse visit
Client: [[PERSON|name:Kathleen Fagan]]   DOB [[DATE|date:03/07/1938]]   MRN [[ID|mrn:MRH0382711]]
Address: [[ADDRESS|geo:Ardmore, Ballinea, Mullingar, Co. Westmeath N91 W2K3]]
Date: [[DATE|date:11th March 2024]]
Post-discharge # NOF R (DHS). Clips removed (22), wound healed. Enoxaparin 40mg sc course completed.
Husband ([[AGE|date:90]]) struggling with stairs himself - referred to OT.
Home support hours increased. PPSN [[ID|ssn:4384437V]] given to home support office.
PHN""",
    """Nyrsys Ardal / District Nurse - insulin visit
[[DATE|date:12.03.24 08:10]] - Mrs [[PERSON|name:Nerys Wyn Jones]], [[ADDRESS|geo:Tŷ Capel, Stryd Fawr, Llanrwst LL26 0LG]]
[[AGE|other:78]]. AMD, cannot self-administer. Lantus 22 units L abdomen. CBG pre 9.8. HbA1c 64 ([[DATE|date:Jan 24]]).
Libre sensor (SN [[DEVICE|device:3MH00A71BZ4]]) reading 10.4 vs CBG 9.8 - acceptable.
Son does evening check. Next visit tomorrow 08:00.""",
    """DN note - catheter care. Pt [[PERSON|name:Vernon Mahabir]] ([[AGE|other:72]]), [[ADDRESS|geo:31 Cumberland Road, Reading RG1 3JY]]. [[DATE|date:14/03/2024]].
LTC urethral Ch14 10ml balloon, changed today. Bypassing yesterday per wife. Urine cloudy, CSU sent.
Next planned change [[DATE|date:06/06/2024]] (12 weeks). Catheter passport updated.
Mobile [[PHONE|phone:07700 900 372]] - prefers text.
Sister visiting from [[LOCATION|geo:Port of Spain]] for 6 weeks.""",
    """District nursing - island team
[[DATE|date:15/03/2024]] Mr [[PERSON|name:Magnus Flett]] CHI [[ID|health_plan:0702812498]], [[ADDRESS|geo:Quoyness, Tankerness, Orkney KW17 2QT]].
Post-op laparotomy wound (surgery [[DATE|date:29/02/24]]). NPWT - PICO unit serial [[DEVICE|device:PICO7-66118204]] changed, 7-day device.
Partner shown how to recognise leak alarm.
Works on a creel boat - unlikely fit for 8-10 weeks, fit note from GP.
Next: [[DATE|date:Mon 18th March]]. Community Staff Nurse""",
    """DN visit - [[PERSON|name:William John Agnew]], H&C no. [[ID|health_plan:377 822 0624]]
[[ADDRESS|geo:22 Market Street, Cookstown BT80 8AA]]
[[DATE|date:19 Mar 2024 11:40]]. Grade 3 PU L hip, 3.5 x 2.8 x 0.5cm. Kerracel + Allevyn. Datix [[ID|other:DTX-NHSCT-20240319-0441]] (niece says hospital-acquired).
Niece: [[EMAIL|email:lorraine.agnew@hotmail.co.uk]].
Alternating air mattress ordered from equipment store.
GP fax [[PHONE|fax:028 8676 3390]].""",
    """DN - wound clinic then home visit [[DATE|date:21/03/2024]]
[[PERSON|name:Ayaan Xasan Nuur]] [[AGE|other:64F]], T2DM, DFU R hallux. Lives with son who interprets.
NHS [[ID|health_plan:4219003630]]. HbA1c 81. Podiatry at [[LOCATION|geo:Southmead Hospital]], hosp no [[ID|mrn:NBT 4471 8820]].
Offloading boot in use. Probe-to-bone negative. Ulcer 1.1 x 0.9cm.
Next: Monday. Son's mobile [[PHONE|phone:07700 900 815]].""",
    """District nurse record
Pt: [[PERSON|name:BOORMAN, Leonard]]   [[AGE|date:91]] yrs   NHS [[ID|health_plan:779 267 2999]]
Address: [[ADDRESS|geo:Bramble Cottage, The Butts, Sandwich CT13 9QQ]]
[[DATE|date:Fri 22/03/2024]] Housebound. Hydroxocobalamin 1mg IM L deltoid, batch 33X019. Next due [[DATE|date:14/06/24]].
INR by CoaguChek (pt's own meter, serial [[DEVICE|device:UU10293847]]): 2.6, warfarin 4mg continues.
Carer from the agency present.""",
    """DN visit note [[DATE|date:26.03.2024 16:30]] - Mrs [[PERSON|name:Surinder Kaur Johal]], [[AGE|other:80]], [[ADDRESS|geo:64 Lea Road, Wolverhampton WV3 0LN]]
Daily enoxaparin 40mg post TKR at [[LOCATION|geo:New Cross Hospital]]. Clips out day 14.
Grand-daughter ([[AGE|other:16]]) translated Punjabi - not to be relied on, LanguageLine booked for next visit.
Telecare pendant not being worn - unit ID [[DEVICE|device:LR-71-093375]]. Reminded.
Husband is carer and LPA for health.""",
]

SAFEGUARDING_REFERRALS = [
    """ADULT SAFEGUARDING CONCERN - referral to B&NES
Date of referral: [[DATE|date:05/03/2024]]   Referrer: Practice Nurse
Adult at risk: [[PERSON|name:Harold Pinnock]], [[ADDRESS|geo:9 Northend, Batheaston, Bath BA1 7EN]]
Concern: financial abuse. Lodger '[[PERSON|name:Shane]]' (surname unknown) withdrawing cash; Mr [[PERSON|name:Pinnock]] showed me bank letters - 23 withdrawals of £250 from account [[ID|account:71043389]] last month.
Lodger drives a white Transit, reg [[VEHICLE|vehicle:WU63 FKN]].
Capacity re finances doubtful, MoCA 19/30 last week.
Consent: pt agreed to referral. Police not yet contacted. MASH ref (office use): [[ID|other:MASH-24-011873]].""",
    """MASH REFERRAL (children)
Child: [[PERSON|name:Sagal Ismail]] [[AGE|other:13F]]
Home: [[ADDRESS|geo:Flat 7, Maitland Park Villas, London NW3 2EH]]
Raised by school nurse on [[DATE|date:Friday 8 March 2024]]: [[PERSON|name:Sagal]] disclosed a planned summer 'holiday' to have 'the cut' - FGM risk. Younger sisters at home.
FGM-IS flag requested; child's NHS [[ID|health_plan:7633809582]].
Police informed by phone (101).
Referrer contact: [[EMAIL|email:bernadette.okoro@nhs.net]]""",
    """SAFEGUARDING ADULTS REFERRAL - domestic abuse (MARAC considered)
Adult: [[PERSON|name:Karolina Zielińska]], [[ADDRESS|geo:15 Wood Street, Swindon SN1 4AN]]
Alleged perpetrator: [[PERSON|name:Marek Zieliński]], husband, NI no [[ID|ssn:SJ 48 21 07 B]].
Disclosure to midwife at booking (G2P1, 14/40). DASH 16 - high risk.
Threats about her posted on [[URL|url:https://www.facebook.com/marek.zielinski.9089]].
She found a tracker taped inside the car lining, serial [[DEVICE|device:H6WDF2K3P0GV]]. Her car: [[VEHICLE|vehicle:LD17 XPA]].
IDVA referral made. Safe contact only via work email [[EMAIL|email:k.zielinska@swindonlogistics.co.uk]].""",
    """HSE Safeguarding and Protection Team - Preliminary Screening
Date received: [[DATE|date:13/03/2024]]   Ref: [[ID|other:SPT-CHO1-24-0193]]
Adult: [[PERSON|name:Máire Ní Dhomhnaill]], [[AGE|other:67]], intellectual disability, lives at [[LOCATION|geo:Cois Locha Community House]].
Concern: alleged verbal abuse by a night staff member, witnessed by a co-resident.
PPSN [[ID|ssn:3390272X]]. NOK brother, [[ADDRESS|geo:Ard na Gaoithe, Gortahork, Co. Donegal F92 PX8D]].
Gardaí not notified at this stage. Interim plan: staff member redeployed.""",
    """ADULT AT RISK REPORT (Wales Safeguarding Procedures)
Report date: [[DATE|date:18 March 2024]]
Adult: Mr [[PERSON|name:Gareth Prosser]], [[AGE|other:59]], [[ADDRESS|geo:41 Clive Street, Grangetown, Cardiff CF11 7HB]]
Concern: self-neglect and hoarding. Fire service found exits blocked, gas capped. Clutter rating 7/9.
Alcohol dependence. Brother ([[PHONE|phone:029 2039 4417]]) says pt has pawned his mobility scooter.
DWP appointee application in progress, NI no [[ID|ssn:JN 71 36 29 A]].
Reported by social worker, Social Care Wales reg [[ID|license:SCW-R-1143378]].""",
    """CHILD PROTECTION REFERRAL - online exploitation
Child: [[PERSON|name:Kayden Lewis-Grant]], [[AGE|other:14]]. Mother contactable on [[PHONE|phone:07700 900 947]].
Last night mum found messages on [[PERSON|name:Kayden]]'s console from an adult asking for images.
Account security email showed a sign-in to his account from IP [[IP|ip:185.201.47.132]] the same night.
Console handed to police, serial [[DEVICE|device:030845217762]]. CEOP report made, ref [[ID|other:CEOP-2024-118372]].""",
    """SAFEGUARDING REFERRAL - possible modern slavery (NRM consideration)
Seen in ED [[DATE|date:22/03/2024 03:30]]: [[PERSON|name:Vasile Rusu]], says he is [[AGE|other:42]], Romanian, ED no [[ID|mrn:LCH-ED-2403220117]].
Hand injury at a car wash, works 7 days, 'pays back' a gangmaster for housing. No ID documents - held by employer.
Lives at [[ADDRESS|geo:112 High Street, Boston PE21 8TN]] with 9 other men.
Brought in by co-worker in grey BMW [[VEHICLE|vehicle:FY15 OHU]], who did not stay.
Wages paid into an account he has no card for: [[ID|account:RO66BTRLVEAGEN2HXX6KJZ54]].
Police informed; Salvation Army line 0800 808 3733 given.""",
    """UNOCINI referral - Gateway Team
Child: [[PERSON|name:Riley McCrory]] [[AGE|other:6yo]], H&C [[ID|health_plan:3883218413]]
Address: [[ADDRESS|geo:17 Glenbank Drive]]
[[ADDRESS|geo:Omagh BT79 7DE]]
Referrer: HV, [[DATE|date:Mon 25 March 2024]]. Nursery report child arriving hungry, unwashed, bruise to L cheek.
Mother's partner known to PSNI (DA).
Photo of bruise taken by nursery (cheek only, close-up) - on file.
Allocated SW NISCC [[ID|license:6091205]].""",
    """Safeguarding - missing adult at risk - [[LOCATION|geo:Pinewood Court]]
Resident [[PERSON|name:Douglas Featherstone]] ([[AGE|other:86]]) left via fire door about 02:00 [[DATE|date:27/03/2024]]. Herbert Protocol form on file with recent full-face photograph, ref [[ID|photo:HP-TVP-0093311-photo1]].
Reported missing to police. Found 05:40 at the railway station, temp 34.8C, conveyed to ED.
Daughter informed: [[EMAIL|email:fi.cheeseman@icloud.com]].
GPS tracker left in his room, serial [[DEVICE|device:PTG-4G-01177352]].""",
    """SAFEGUARDING CONCERN FORM (online submission)
Submitted [[DATE|date:29/03/2024 22:17]] from IP [[IP|ip:2a00:23c7:8d05:1b01::4e]]
Person at risk: [[PERSON|name:Lurline Williams]], [[AGE|date:93]], [[ADDRESS|geo:5 Alfred Road, Handsworth, Birmingham B21 9LP]]
Reported by: neighbour, [[PHONE|phone:0121 507 2283]]
Concern: left alone for days; grandson collects her pension; house very cold; shouting at 2am.
Referrer attached a photo of the front door and uncollected post.
Referrer's email [[EMAIL|email:bev.sealy61@gmail.com]].""",
]

SOCIAL_PRESCRIBING_NOTES = [
    """Social prescribing - link worker note
[[DATE|date:07/03/2024]] - [[PERSON|name:Elinor Griffiths]], [[AGE|other:72]], widowed last autumn. Lives in [[LOCATION|geo:Llandeilo]].
What matters to me: 'getting out of the house, singing again'.
Linked to: community choir (Tues 7pm in the memorial hall); community car scheme.
Digital: set up email [[EMAIL|email:elinor.griffiths38@btinternet.com]] and NHS App together; enrolled bank voice ID by phone, voiceprint ref [[ID|biometric:VP-9917-2204-HB]].
Next contact in 2 weeks, landline [[PHONE|phone:01558 823 604]].""",
    """Community Links Worker note
Person: [[PERSON|name:Archie Dunsmuir]] ([[AGE|other:64]]) CHI [[ID|health_plan:2208596006]]
[[DATE|date:Tue 12/3/24]]: GP referral for low mood + debt. Redundant from shipyard after 30 years.
Council tax arrears £1,840 - Citizens Advice booked; Scottish Welfare Fund application ref [[ID|other:SWF-GC-2024-08871]].
Credit union account opened: [[ID|account:GCU 00183347]].
Walking football Thursdays; Men's Shed taster next week. Wife attended; wants carer support.
Contact: [[EMAIL|email:archie.dunsmuir@gmail.com]].""",
    """Social Prescribing - Family Resource Centre
Participant: [[PERSON|name:Nóra Breathnach]], [[AGE|other:69]], [[ADDRESS|geo:Bóthar na Trá, Fenit, Co. Kerry V92 YR03]]
Referred by GP, [[DATE|date:14 March 2024]]. Isolated since husband moved to nursing home. WEMWBS 38.
Plan: knitting circle in the library, Active Retirement group, sea swim group at [[LOCATION|geo:Banna Strand]] in summer.
Free Travel pass application - PPSN [[ID|ssn:3101531UW]].
Fuel allowance queried; IBAN for DSP payments [[ID|account:IE95AIBK93115288249318]].""",
    """SP link worker - initial conversation, [[DATE|date:15/03/2024]]
[[PERSON|name:Abdullahi Yusuf Hassan]] [[AGE|other:27M]], [[ADDRESS|geo:Flat 12, 40 Evington Road, Leicester LE2 1HG]]
Referred by practice pharmacist: weight, low mood, isolation (arrived 2019, refugee status).
Goals: warehouse or driving job, football, English.
Actions: ESOL enrolment at [[LOCATION|geo:Leicester College]]; CV help at the library.
Provisional licence arrived - DVLA no. [[ID|license:HASSA902106AY9KL]]. NI no [[ID|ssn:SN 62 08 91 D]].""",
    """Social prescribing review - [[PERSON|name:Delphine Augustine]] ('[[PERSON|name:Dellie]]'), [[AGE|other:81]], from St Lucia.
[[DATE|date:19/03/2024]]: attending lunch club at [[LOCATION|geo:Malcolm X Community Centre]] on Wednesdays - enjoys dominoes and the music.
Windrush compensation claim support: Home Office ref [[ID|other:WCS-0093318]].
Pension credit claim made by phone together.
Grandson helping with forms: [[EMAIL|email:tyrone.aug@live.co.uk]].
BP at pharmacy 152/88 - GP aware. Next visit in 2 weeks.""",
    """Link worker note [[DATE|date:21.03.24]]
[[PERSON|name:Jerzy Kowalczyk]], [[AGE|other:66]], retired welder, [[ADDRESS|geo:8 Ruskin Road, Crewe CW2 7JT]].
Wife died last year. Drinks more at weekends. Daughter lives in Poland.
Linked to: Polish Saturday club, allotment waiting list, volunteer driver role (clean licence, DVLA [[ID|license:KOWAL503127JK9AB]]).
Own car Skoda Octavia [[VEHICLE|vehicle:DK70 WNC]], VIN [[VEHICLE|vehicle:TMBJJ7NE3L0123987]] for the volunteer insurance form.
Showed him fingerprint login for his banking app (nothing stored by us).""",
    """Social prescribing - carers' support
[[DATE|date:25/03/2024]] - Mrs [[PERSON|name:Baljit Kaur Rai]] ([[AGE|other:57]]), carer for husband (stroke 3 months ago).
[[ADDRESS|geo:19 Normanton Road, Derby DE23 6UQ]].
Carer's Allowance form done; payments to account [[ID|account:31926504]] (sort 30-96-41).
Respite: sitting service via Derbyshire Carers; gurdwara langar volunteers will visit.
Her own health: back pain, not sleeping - physio self-referral booked.
Carers' newsletter to [[EMAIL|email:baljit.rai@yahoo.co.uk]]; mob [[PHONE|phone:07700 900 288]].""",
    """Social Prescribing (Community Navigator)
Client: [[PERSON|name:Eamon Doherty]], [[AGE|other:45]], H&C [[ID|health_plan:3936689245]], [[ADDRESS|geo:33 Creggan Road, Derry BT48 9DA]]
[[DATE|date:27 March 2024]]: long Covid fatigue, lost work as taxi driver; taxi driver licence [[ID|license:DVA-TX-114782]] lapsed.
Universal Credit: NI no [[ID|ssn:WM 55 40 18 C]].
Linked with Men's Shed and a paced walking group.
Wants to sell the taxi ([[VEHICLE|vehicle:LXZ 4418]]) - signposted to advice.""",
    """SP note - [[PERSON|name:Loredana Ciobanu]], [[AGE|other:36]]
[[DATE|date:2 April 2024]]. Referred by HV: postnatal isolation, baby [[AGE|other:5mo]].
Husband works nights. Wants to return to hairdressing.
Plan: baby massage group; she has set up a booking page [[URL|url:https://www.fresha.com/a/loredana-ciobanu-hair-x8k2]] and business email [[EMAIL|email:loredanahair.pboro@gmail.com]].
Self-employment: UTR applied for; NI no [[ID|ssn:ST 90 23 76 A]].""",
    """Digital inclusion + social prescribing visit
[[DATE|date:Wed 3 April 2024]] - Mr [[PERSON|name:Clifford Hutley]] ([[AGE|other:84]]), [[ADDRESS|geo:Rose Cottage, Ugley Green, Bishop's Stortford CM22 6HN]]
Set up library-loan tablet; paired his hearing aids by Bluetooth (aid MAC [[DEVICE|device:00:1B:63:84:45:E6]]).
Video call with son in [[LOCATION|geo:Perth]], WA - first in 2 years.
Created NHS login; practice online services username [[ID|account:chutley1940]].
Signposted: talking newspaper, bowls club.""",
]

MEMORY_CLINIC_LETTERS = [
    """Memory Assessment Service - clinic letter
To: GP, fax [[PHONE|fax:01248 714 388]]
[[DATE|date:8 March 2024]]

Dear Colleague,
Re: Mr [[PERSON|name:Gwilym Owen Parry]], NHS [[ID|health_plan:4103705426]]
[[ADDRESS|geo:Tŷ Newydd, Ffordd y Felin, Llangefni LL77 7HN]]
I saw Mr [[PERSON|name:Parry]] with his wife this week, assessed in Welsh. ACE-III 71/100 (attention 15/18, memory 14/26, fluency 8/14, language 20/26, visuospatial 14/16). MRI: bilateral hippocampal atrophy, MTA 2, Fazekas 1.
Diagnosis: Alzheimer's disease, mild. Donepezil 5mg, to 10mg after 4 weeks if tolerated; ECG HR 68.
He still drives a Berlingo ([[VEHICLE|vehicle:CX66 BWV]]) and must inform DVLA; licence [[ID|license:PARRY406176GO9WX]].
Consultant Old Age Psychiatrist (electronically signed)""",
    """Older Adults Memory Service - [[DATE|date:12/03/2024]]
Re: [[PERSON|name:Elspeth Cairncross]], [[AGE|date:91]], CHI [[ID|health_plan:0901331406]], [[ADDRESS|geo:4/2 Restalrig Terrace, Edinburgh EH6 8EQ]]
MoCA 16/30. CT head: small vessel disease. Diagnosis: mixed dementia.
Nephew holds welfare and continuing POA.
Community alarm upgraded with bed and door sensors, hub unit [[DEVICE|device:LV4000-22917034]].
Purple Folder (Herbert Protocol): recent full-face photograph uploaded, [[ID|photo:PF-LOTH-21874-face.jpg]].
Kind regards,
Advanced Nurse Practitioner""",
    """Memory Clinic - [[DATE|date:14th March 2024]]
To GP, fax [[PHONE|fax:01 453 9012]]
RE: [[PERSON|name:Seán Mac Cárthaigh]] (registered as [[PERSON|name:John McCarthy]]), MRN [[ID|mrn:SJH 2209137]]
[[ADDRESS|geo:14 Emmet Road, Inchicore, Dublin 8, D08 P2X4]]
Attended with daughter. MMSE 23/30, MoCA 18/30. CSF deferred.
Dx: amnestic MCI, possible early AD.
VHI membership [[ID|health_plan:4410938721]] - private neuropsychology authorised.
Still driving; advised per Medical Fitness to Drive guidelines.
Consultant Geriatrician""",
    """BRISTOL MEMORY SERVICE
[[DATE|date:19 March 2024]]
Patient: [[PERSON|name:Maxamed Cabdullaahi Warsame]], [[AGE|other:79]], NHS [[ID|health_plan:6771853403]]
Seen with Somali interpreter and son. RUDAS 17/30. Collateral: lost on the way to [[LOCATION|geo:Easton Jamia Masjid]], repeating questions for 18 months.
CT: generalised atrophy, old lacune L basal ganglia. Dx: vascular dementia. Not for AChEI; BP target <140/90.
Son's email: [[EMAIL|email:yuusuf.warsame@gmail.com]]. Letter also on the shared record: [[URL|url:https://records.awp.nhs.uk/patient/6771853403/letters/2024-03-19]]
ST6 Old Age Psychiatry""",
    """Lambeth Memory Service
Date: [[DATE|date:21-03-2024]]
Dear Colleague,
RE: Mrs [[PERSON|name:Ivy Maud Clarke]]   NHS [[ID|health_plan:6372512297]]
[[ADDRESS|geo:22 Loughborough Road, London SW9 7SL]]
Mrs [[PERSON|name:Clarke]] came from [[LOCATION|geo:Montego Bay]] in 1961 and nursed for 30 years.
ACE-III 64/100. Dx: Alzheimer's disease, moderate. Rivastigmine patch 4.6mg/24h.
Her niece requests a copy. Faxed to practice on [[PHONE|fax:020 7274 8861]].
Consultant, GMC [[ID|license:3368214]]""",
    """MEMORY CLINIC - FOLLOW-UP LETTER
[[DATE|date:Mon 25 March 2024]]
Patient: [[PERSON|name:Halina Jabłońska]], [[ADDRESS|geo:7 Diamond Road, Slough SL1 1SX]], NHS [[ID|health_plan:6310697358]]
Seen with daughter and Polish interpreter. Memantine 20mg continues. MMSE (Polish) 14/30 (16/30 six months ago).
Night wandering: family bought a GPS locator, serial [[DEVICE|device:GL300-868123045512917]]; app account held by daughter ([[ID|account:LOC-beata.j-55120]]).
Consent to share with daughter: yes - [[EMAIL|email:beata.jablonska@o2.pl]].
Review 6/12.""",
    """Dementia Services - [[DATE|date:27/03/2024]]
To GP, fax [[PHONE|fax:028 9447 2251]]
Re: [[PERSON|name:Thomas Davison]], H&C [[ID|health_plan:3369666138]], [[ADDRESS|geo:3 Neillsbrook Road, Randalstown BT41 3AE]]
Former lorry driver. ACE-III 58. Disinhibition, sweet craving. MRI: frontal and anterior temporal atrophy. Dx: bvFTD.
Licence still shows HGV entitlement ([[ID|license:DAVIS402154TD9BH]]) - I have informed DVA as he declines to.
Wife exhausted; carer's assessment requested.
Consultant Psychiatrist, GMC [[ID|license:6129384]]""",
    """Memory Clinic letter - [[DATE|date:3 April 2024]]
Re: Mr [[PERSON|name:Gheorghe Munteanu]], [[AGE|other:71]], [[ADDRESS|geo:45 Cranbury Road, Reading RG30 2TS]], RiO [[ID|mrn:RIO6620381]]
Assessed in Romanian with interpreter. MoCA 20/30. GDS-15 9. B12 148 (low) - please start hydroxocobalamin loading. TSH 3.4.
Impression: cognitive impairment likely secondary to depression and B12 deficiency; re-test in 6 months.
Wife asked about returning to [[LOCATION|geo:Suceava]]; GHIC discussed.
Family can view the letter on PKB: [[URL|url:https://my.patientsknowbest.com/person/6620381/consultations/88214]]
Memory Nurse Specialist""",
    """Shropshire Memory Service - [[DATE|date:09/04/2024]]
To GP, fax [[PHONE|fax:01588 638 077]]
Re: Mrs [[PERSON|name:Rosalind Beddoes]]   NHS [[ID|health_plan:668 431 4784]]
[[ADDRESS|geo:The Bothy, Bury Lane, Bishops Castle SY9 5BU]]
Young onset, [[AGE|other:61]], retired vet. ACE-III 79, visuospatial 8/16; posterior cortical atrophy suspected. Referred to tertiary cognitive clinic.
Licence surrendered voluntarily. Husband drives (their car [[VEHICLE|vehicle:YN18 HZC]]).
Telecare: falls detector + GPS watch (IMEI [[DEVICE|device:356938035643809]]).""",
    """NHS Highland - Memory Service - [[DATE|date:Tuesday 16 April 2024]]
To GP, fax [[PHONE|fax:01470 521 490]]
Re: [[PERSON|name:Dòmhnall Iain Mac a' Phearsain]] ([[PERSON|name:Donald John MacPherson]]), CHI [[ID|health_plan:1904399665]]
[[ADDRESS|geo:6 Lusta, Waternish, Isle of Skye IV55 8GD]]
Native Gaelic speaker; testing in Gaelic with bilingual nurse. ACE-III 68 (adjusted).
Dx: mixed Alzheimer's/vascular. Donepezil 5mg.
Family asked for correspondence by email: [[EMAIL|email:ealasaid.macpherson@btinternet.com]].""",
]

OOH_GP_RECORDS = [
    """OOH CASE [[ID|other:ADA-2403-118827]]   Received [[DATE|date:09/03/2024 19:42]] via NHS 111
Patient: [[PERSON|name:TREHARNE, Bethan]]   NHS [[ID|health_plan:7748459908]]
Call-back 20:05 on [[PHONE|phone:07700 900 492]].
Hx: 2/7 dysuria, frequency, no loin pain, afebrile, not pregnant.
Plan: nitrofurantoin 100mg MR bd 3/7 - EPS to [[LOCATION|geo:Boots Southgate, Bath]].
Clinician GMC [[ID|license:7188234]]""",
    """OOH video consultation - [[DATE|date:Sat 16 March 2024 10:15]]
Link sent by SMS: [[URL|url:https://nhs.vc/ooh-wessex/waiting/7Qm3Kx9P]] - joined from IP [[IP|ip:109.150.64.22]].
Pt: [[PERSON|name:Kieran O'Dowd]], [[AGE|other:8]], with mum. [[ADDRESS|geo:3 Priory Road, Wool BH20 6HE]].
Rash on trunk, blanching, T 38.4 (Calpol 08:00). Eating and drinking. Parent uploaded photo of rash (torso).
Impression: viral exanthem. Safety-netted re non-blanching rash, 999.
Post-event message to [[LOCATION|geo:Wareham Surgery]].""",
    """OOH HOME VISIT
Case [[ID|other:HD-OOH-24-031702]]   [[DATE|date:17/03/2024 02:10]]
Pt: Mrs [[PERSON|name:Eirlys Protheroe]], [[AGE|other:88]], [[ADDRESS|geo:Maesyfelin, Heol Cwmcerrig, Gorslas SA14 7HS]]
Just-in-case meds in house (morphine 10mg/ml x10, midazolam, glycopyrronium, levomepromazine).
Terminal agitation - midazolam 2.5mg sc at 02:40. Daughter content with plan.
Known to DN team; T34 not yet set up - DN to site in am.""",
    """NHS 24 -> Lothian Unscheduled Care Service
NHS 24 ref [[ID|other:N24-2403-55718201]]   [[DATE|date:23-Mar-2024 23:48]]
Pt [[PERSON|name:Lachlan Drummond]], CHI [[ID|health_plan:3105629645]], [[AGE|other:62]], [[ADDRESS|geo:12 Main Street, Balerno EH14 7EQ]]
Chest pain 40 min radiating L arm, sweaty. MI 2019 - ICD in situ (serial [[DEVICE|device:PZR612407S]]).
Advised 999 - SAS dispatched from call. Wife with him.
Outcome: conveyed to ED.""",
    """SouthDoc call [[ID|other:SD-24-0341779]]   [[DATE|date:Sun 24/03/2024 14:32]]
Patient: [[PERSON|name:Ciara Ní Mhurchú]]   [[AGE|other:26mo]]
Address: [[ADDRESS|geo:Gleann Rua, Cahir Road, Clonmel, Co. Tipperary E91 T9P6]]
Mother's mobile [[PHONE|phone:087 214 6637]]. GP visit card [[ID|health_plan:7719023R]].
Barking cough 2 nights, no stridor at rest. Westley 2. T 37.8.
Dexamethasone 0.15mg/kg = 2mg PO stat. Discharged with advice.""",
    """GP OOH (Western)
Case [[ID|other:WOOH-240326-0193]]   Received [[DATE|date:26/03/24 21:05]]
Pt: [[PERSON|name:Bernard McGovern]] ([[AGE|other:77]]), H&C [[ID|health_plan:3419267495]], [[ADDRESS|geo:Drumbeg, Derrylin, Enniskillen BT92 9JR]]
LTC blocked, distended bladder. DN unavailable OOH.
Home visit 22:10: recatheterised Ch16, residual 900ml. Son present.
Message to practice, fax [[PHONE|fax:028 6772 1038]].""",
    """eConsult submitted out of hours - [[DATE|date:2024-03-29 01:13]]
Submitter IP [[IP|ip:82.132.219.77]]; form ref [[ID|other:EC-BRK-0883192]].
Patient: [[PERSON|name:Jasmine Kaur Bhogal]], [[AGE|other:22]], [[EMAIL|email:jasminekbhogal@icloud.com]], [[PHONE|phone:07700 900 366]]
Address: [[ADDRESS|geo:Flat 6, 2 Kings Road, Reading RG1 3AA]].
Panic attacks since Tues, palpitations, no chest pain, no red flags. PHQ-9 12, GAD-7 18.
Triaged 08:20 (bank holiday): Talking Therapies self-referral, Shout 85258.""",
    """NEMS OOH - [[DATE|date:Mon 1st April 2024 16:20]]
Pt: [[PERSON|name:Errol Lindo]] ([[AGE|other:70]]), [[ADDRESS|geo:14 Hungerhill Road, St Ann's, Nottingham NG3 4NB]], NHS [[ID|health_plan:7570178106]]
T2DM. CBG 28.6, ketones 0.4, no vomiting. Metformin + gliclazide - ran out while in [[LOCATION|geo:Kingston]], Jamaica; back Sat.
Emergency supply via [[LOCATION|geo:Asda Pharmacy Hyson Green]]. ANP""",
    """OOH triage record (Adastra)
Case no [[ID|other:SCAS-OOH-2404-0217]]
[[DATE|date:06.04.2024 03:22]] - [[PERSON|name:Oliwia Mazur]], [[AGE|other:17]], [[ADDRESS|geo:9 The Street, Bramley, Tadley RG26 5BX]]
T1DM on patch pump (PDM serial [[DEVICE|device:OP5-2207811364]]); occlusion alarm, BG 24.1, ketones 2.1.
Advised pod change, correction bolus, recheck 1h. Mum on [[PHONE|phone:07700 900 579]].
04:30 call-back: ketones 0.8, BG 15.2. Not for ED.
Message to hospital diabetes team, hosp no [[ID|mrn:BNH 7720394]].""",
    """IC24 OOH - [[DATE|date:13/04/2024 22:55]]
Pt [[PERSON|name:Roxanne Gayle]], [[AGE|other:29]], [[ADDRESS|geo:Flat 3, The Chain, Sandwich CT13 9BJ]], NHS [[ID|health_plan:7350300778]]
Requesting zopiclone - not prescribed. Anxious, 6 nights poor sleep since discharge from [[LOCATION|geo:St Martin's Hospital]].
No overdose, no SI. Crisis team will ring tomorrow; Release the Pressure 0800 107 0160 given.
Partner present, agrees with plan. Nil prescribed.""",
]

PHARMACY_MDS_RECORDS = [
    """MDS RECORD - [[LOCATION|geo:Widcombe Pharmacy, Bath]]   fax [[PHONE|fax:01225 310 448]]
Patient: [[PERSON|name:CHIVERS, Norman]]   NHS [[ID|health_plan:4861673216]]
[[ADDRESS|geo:27 Prior Park Road, Bath BA2 4NF]]
Tray: 7-day, 4 slots (08:00/13:00/18:00/22:00).
Breakfast: amlodipine 5mg, ramipril 2.5mg, bisoprolol 2.5mg, aspirin 75mg. Tea: atorvastatin 40mg. Bed: mirtazapine 15mg.
Not in tray: GTN spray, Fostair 100/6. Delivery Tues, key safe 1947.
Photo on PMR for ID at handover: [[ID|photo:PMR-IMG-00418832.jpg]].
Pharmacist GPhC [[ID|license:2061447]]""",
    """Cofnod MDS / MDS record - [[LOCATION|geo:Fferyllfa'r Bont, Llandysul]]
Claf: Mrs [[PERSON|name:Enid Davies]] ([[AGE|date:92]]), [[ADDRESS|geo:Bryngwyn, Pontsian, Llandysul SA44 4UA]]
NHS [[ID|health_plan:7004367371]].
[[DATE|date:06/03/24]]: GP change - furosemide 40mg om increased to 40mg bd (08:00 + 13:00 slots). New trays for weeks 2-4.
Carousel dispenser (serial [[DEVICE|device:PVT11-004471]]) loaded; alarms 08:00 and 13:00.
Daughter signs for deliveries.""",
    """Blister pack record - [[LOCATION|geo:McGettigan's Pharmacy, Letterkenny]]
Patient: [[PERSON|name:Pádraigín Nic Giolla Easpaig]], [[ADDRESS|geo:Cnoc an Stollaire, Churchill, Co. Donegal F92 C4W7]]
Medical card [[ID|health_plan:2284106M]]. Weekly pack, Friday collection by son.
Levothyroxine 75mcg 08:00, metformin 500mg bd, sitagliptin 100mg od, donepezil 10mg nocte. Metformin reduced this month, eGFR 38.
Son orders repeats online: [[URL|url:https://www.mcgettigans-pharmacy.ie/account/repeats/PNGE-44102]], last from IP [[IP|ip:109.76.211.40]] on [[DATE|date:14/03/2024 21:08]].""",
    """Compliance aid record - [[LOCATION|geo:Lochaber Pharmacy, Fort William]]
Pt: [[PERSON|name:Alasdair Camshron]], CHI [[ID|health_plan:1708905030]]
[[ADDRESS|geo:3 Achintore Road, Fort William PH33 6RQ]]
Weekly pack, instalment dispensing. Methadone 60ml daily supervised - NOT in pack. Olanzapine 15mg nocte, sertraline 100mg om.
CPN informed of missed collection [[DATE|date:Fri 22 March]].
Out-of-hours collection via locker; pt enrolled fingerprint, template ID [[ID|biometric:FPT-LK-00913377]].""",
    """Monitored Dosage - [[LOCATION|geo:Gordon's Chemists, Newry]]
Patient [[PERSON|name:McPARLAND, Rose]], H&C [[ID|health_plan:3499814536]]
[[ADDRESS|geo:41 Armagh Road, Newry BT35 6DN]]
[[DATE|date:18/03/2024]] hospital discharge: apixaban 2.5mg bd NEW, digoxin STOPPED. Trays remade, old trays destroyed.
Discrepancy: discharge says bisoprolol 5mg, GP list 2.5mg - queried with surgery by fax [[PHONE|fax:028 3083 0281]].
Niece: [[EMAIL|email:bronagh.fearon@gmail.com]].
MPSNI, PSNI reg [[ID|license:3318]]""",
    """Pharmacy PMR note - MDS patient
[[PERSON|name:Gurmeet Singh Kalsi]], [[ADDRESS|geo:62 Melton Road, Leicester LE4 6PN]], NHS [[ID|health_plan:7034166692]]
[[DATE|date:20.03.24]]: grandson rang - family travelling to [[LOCATION|geo:Amritsar]] for 6 weeks; GP authorised 6 weeks of trays.
Insulin not in trays (Humulin M3 20u/12u).
Repeat ordering app account [[ID|account:PA-KALSI-771302]]. Travel letter for medicines prepared.
Pharmacist GPhC [[ID|license:2087713]]""",
    """DOSETTE/MDS - [[LOCATION|geo:Brixton Hill Pharmacy, London]]
Pt [[PERSON|name:Rupert Spencer]], [[ADDRESS|geo:Flat 11, 40 Upper Tulse Hill, London SW2 2RN]]
NHS [[ID|health_plan:7341593327]]. Glaucoma - large print + tactile tray. Latanoprost in fridge, not tray.
Amlodipine 10mg, indapamide 2.5mg, metformin 1g bd, atorvastatin 20mg.
Delivery charge by direct debit, account [[ID|account:55102874]], sort code 40-11-62.
eRD portal: pt logged in from IP [[IP|ip:86.27.154.231]] [[DATE|date:25/03/2024 19:52]] to request items.""",
    """Compliance aid assessment - [[LOCATION|geo:Day Lewis Pharmacy, Street]]
Patient: [[PERSON|name:Doina Stănescu]], [[AGE|other:58]], [[ADDRESS|geo:7 Vestry Road, Street BA16 0HX]]
Referred by GP after stroke (L hemiparesis). NHS [[ID|health_plan:4305393875]].
Can open blisters with R hand, not bottles. Reads Romanian and English.
Agreed: 28-day MDS, 2 slots (08:00/20:00). Clopidogrel 75mg, atorvastatin 80mg, ramipril 5mg, omeprazole 20mg.
Husband's email: [[EMAIL|email:costin.stanescu@gmail.com]].
Face photo added to PMR for delivery ID: [[ID|photo:DLP-STR-4471-photo.jpg]].""",
    """MDS patient record - [[LOCATION|geo:Butetown Pharmacy, Cardiff]], fax [[PHONE|fax:029 2048 7120]]
[[PERSON|name:Faysal Aden Maxamuud]], [[ADDRESS|geo:22 Loudoun Square, Cardiff CF10 5JB]], NHS [[ID|health_plan:7911848130]]
Ramadan: morning doses moved to suhoor (04:30), evening to iftar (18:30). Gliclazide 80mg -> 40mg per GP.
Reminder speaker registered to pt, MAC [[DEVICE|device:F0:27:2D:91:3C:A4]]. Daughter interprets.
Collection locker enrolment: palm-vein template [[ID|biometric:PV-CDF-0048821]].""",
    """MDS RECORD - [[LOCATION|geo:Castle Street Pharmacy, Dover]]
Patient: [[PERSON|name:Stanisława Krawczyk]], NHS [[ID|health_plan:4021469826]]
[[ADDRESS|geo:Flat 2, 19 Maison Dieu Road]]
[[ADDRESS|geo:Dover CT16 1RA]]
Trays weeks 14-17 made. Warfarin NOT in tray (INR-dependent). Memantine 10mg.
Smart dispenser on loan (serial [[DEVICE|device:HERO-8823-1177-04]]), linked to daughter's app account [[ID|account:hero.agata.k.1966]]; missed-dose alerts go to her.
Dispenser dose release by fingerprint, template [[ID|biometric:HERO-FP-0093-2211]].
Daughter: [[EMAIL|email:agata.krawczyk@onet.pl]].""",
]

TRIBUNAL_REPORT_EXCERPTS = [
    """FIRST-TIER TRIBUNAL (MENTAL HEALTH) - RESPONSIBLE CLINICIAN'S REPORT
Patient: [[PERSON|name:Leroy Augustus Bryan]]   Tribunal ref [[ID|other:MP/2024/01187]]   RiO [[ID|mrn:RIO7734102]]
Detained s3 MHA 1983, Ward 4.
1. Mr [[PERSON|name:Bryan]] is a [[AGE|other:36]]-year-old man of Jamaican heritage.
2. Last year he was arrested; fingerprints taken (IDENT1 set [[ID|biometric:IDENT1-23MPS441871F]]).
3. Section 2 (Form A2), then section 3 (Form A6, AMHP registered with SWE [[ID|license:SW71823]]).
4. Clozapine 400mg, level 0.48. No incidents this year.
RC, GMC [[ID|license:4820177]]""",
    """Mental Health Review Tribunal for Wales - Social Circumstances Report
Patient: [[PERSON|name:Cadi Fflur Morgan]] ([[AGE|other:24]]), [[LOCATION|geo:Hafan y Coed]]
Application no. [[ID|other:MHRTW/24/0331]]   Section 3, renewed [[DATE|date:02/02/2024]]
Address before admission: [[ADDRESS|geo:18 Heol Hir, Llanishen, Cardiff CF14 5AA]]
Family: mother supportive; father lives away; younger brother at school.
s117 aftercare: supported tenancy identified.
Finance: PIP in payment, no appointee needed; own account [[ID|account:20447719]].
Care Coordinator, Social Care Wales reg [[ID|license:SCW-R-1107745]]""",
    """MENTAL HEALTH TRIBUNAL FOR SCOTLAND - MHO report, application for CTO
Patient: [[PERSON|name:Murdo Iain MacAulay]], CHI [[ID|health_plan:1509794611]]
Tribunal ref [[ID|other:MHTS/CTO/24/0418]]
In [[LOCATION|geo:Leverndale Hospital]] under STDC.
Four admissions; stops depot after discharge. Last address [[ADDRESS|geo:2/1, 18 Langlands Road, Glasgow G51 3BD]]. Named person: sister.
Drove his Corsa ([[VEHICLE|vehicle:SK62 MWL]]) while acutely unwell; car seized by police; DVLA notified.
MHO, SSSC [[ID|license:1120934]]""",
    """MENTAL HEALTH TRIBUNAL (Mental Health Act 2001) - Consultant Psychiatrist's report
Patient: [[PERSON|name:Darragh Ó Flaithearta]]. Admission order (Form 6) [[DATE|date:20/03/2024]], MHC ref [[ID|other:MHC/IA/2024/01933]], MRN [[ID|mrn:UHG 1177034]].
Applicant (Form 1): mother, of [[ADDRESS|geo:Baile na hAbhann, Co. Galway H91 F3X2]].
Gardaí assisted under s12; PULSE incident [[ID|other:24/188372]].
He had posted threatening videos at [[URL|url:https://www.youtube.com/@darragh_of_cnoc/videos]].
Consultant Psychiatrist, MCRN [[ID|license:412055]]""",
    """MENTAL HEALTH REVIEW TRIBUNAL (NORTHERN IRELAND) - Article 71 application
Patient: [[PERSON|name:Jonathan Stewart Boyd]], H&C [[ID|health_plan:3941032690]]
Application ref [[ID|other:MHRT-NI-2024-0077]]; Form 10 completed.
Arrested [[DATE|date:09/02/2024 23:40]]; custody photograph ref [[ID|photo:CP-2402-118834]], fingerprints [[ID|biometric:NIFS-FP-24-008812]].
Drove through red lights in [[VEHICLE|vehicle:JCZ 7412]].
Home: [[ADDRESS|geo:8 Ballynahinch Road, Lisburn BT27 5LU]]. Wife does not want him home.""",
    """COURT OF PROTECTION - COP3 Assessment of Capacity (excerpt)
Case no [[ID|other:COP 14071829]]
Person: [[PERSON|name:Kartar Kaur Sidhu]], [[AGE|other:83]], at [[LOCATION|geo:Meadowbank Nursing Home]]
Applicant: son, seeking property and affairs deputyship.
Assets: house at [[ADDRESS|geo:71 Bath Road, Hounslow TW3 3BS]]; savings [[ID|account:GB84NWBK60161316631160]]; occupational pension.
Assessed [[DATE|date:04/03/2024]] with Punjabi interpreter: unable to retain the value of the house or weigh a sale.""",
    """PSYCHIATRIC REPORT FOR [[LOCATION|geo:Reading Crown Court]]
R v [[PERSON|name:Cristian Bălan]]
Instructed by defence solicitors (fax [[PHONE|fax:0118 958 2241]]).
Interviewed at [[LOCATION|geo:HMP Bullingdon]] on [[DATE|date:8 March 2024]]. Prison no [[ID|other:A4471CJ]]; identity checked against custody photo [[ID|photo:NOMIS-A4471CJ-01.jpg]].
Came to the UK in 2016; delivery driver, van [[VEHICLE|vehicle:WR21 KXE]].
Opinion: PTSD and alcohol dependence; no mental disorder warranting a hospital order (s37).""",
    """FAMILY COURT - addendum psychiatric report (parent), case no [[ID|other:BS24P00317]]
Re: [[PERSON|name:Amina Jama Guleid]] (mother, [[AGE|other:29]]); child aged [[AGE|other:3]].
Ms [[PERSON|name:Guleid]] was admitted to [[LOCATION|geo:Callington Road Hospital]] last year for seven weeks (postpartum psychosis; s2 then informal).
Current address: [[ADDRESS|geo:Flat 5, Barton Hill House, Queen Ann Road, Bristol BS5 9TX]].
Supervised contact - positive reports.
Respondent father cites posts at [[URL|url:https://www.instagram.com/amina.guleid.bs5]], said to be posted from IP [[IP|ip:31.94.72.118]].""",
    """HM CORONER - statement for the inquest touching the death of [[PERSON|name:Owain Rhys Pugh]]
Inquest ref [[ID|other:COR-NWW-2023-0744]]
I am [[PERSON|name:Ffion Haf Roberts]], CPN, his care coordinator for two years.
Mr [[PERSON|name:Pugh]] was a [[AGE|other:42]]-year-old sheep farmer living at [[ADDRESS|geo:Ffridd Goch, Llanuwchllyn, Bala LL23 7UB]].
My last contact was a home visit on [[DATE|date:Thursday 9 November 2023, 14:00]]; PHQ-9 was 19.
His pick-up (VIN [[VEHICLE|vehicle:SALGA2BE1FA241156]]) was later found parked by the lake.""",
    """HOSPITAL MANAGERS' REVIEW - NURSING REPORT
Patient: [[PERSON|name:Paweł Dąbrowski]] ([[AGE|other:40]]), s3 MHA, [[LOCATION|geo:Fountain Way Hospital]]
Hearing [[DATE|date:Thursday 18 April 2024 10:00]]; renewal form H5 ref [[ID|other:AWP-MHA-H5-24-0219]]
1. Admitted six months ago after police found him walking on the dual carriageway.
2. s17 leave: escorted grounds 2x30 min daily; unescorted to local shops this month.
3. One incident (verbal aggression, no restraint).
4. Partner visits weekly with son ([[AGE|other:7]]). Video calls to his mother in [[LOCATION|geo:Wrocław]].
RMN, NMC [[ID|license:07E1841O]]""",
]


def main() -> None:
    styles = [
        ("cpn-visit-note", CPN_VISIT_NOTES),
        ("crisis-team-log", CRISIS_TEAM_LOGS),
        ("care-home-handover", CARE_HOME_HANDOVERS),
        ("district-nurse-note", DISTRICT_NURSE_NOTES),
        ("safeguarding-referral", SAFEGUARDING_REFERRALS),
        ("social-prescribing-note", SOCIAL_PRESCRIBING_NOTES),
        ("memory-clinic-letter", MEMORY_CLINIC_LETTERS),
        ("ooh-gp-record", OOH_GP_RECORDS),
        ("pharmacy-mds-record", PHARMACY_MDS_RECORDS),
        ("tribunal-report-excerpt", TRIBUNAL_REPORT_EXCERPTS),
    ]
    print(f"probe95: {write_styled(OUT, styles)} docs")


if __name__ == "__main__":
    main()
