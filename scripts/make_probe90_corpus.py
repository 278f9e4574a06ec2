"""Write the 90th hand-annotated redaction probe, Australian metro hospital places and names.

Why: places and names are the hardest classes for the redactor, and Australian public hospital
text is dense in both: suburbs and rural towns, streets without numbers, shopping centres,
schools, clinics, aged-care homes, Aboriginal communities and homelands, and patients, families
and staff from Vietnamese, Greek, Lebanese, Chinese, Indian, Sudanese, Aboriginal and Torres
Strait Islander, Pacific, Maori and Anglo backgrounds. The identifiers sit next to clinical numbers
that must stay (doses, lab values, scores, bed and ward numbers, times, durations, years, public
helplines such as 000, 13 11 14, 131 450 and 1800 numbers) so that over-redaction is visible too.

What: one hundred notes written by hand for this project, ten in each of ten styles:
ED triage notes ("ed-triage-note"), ward nursing notes ("ward-nursing-note"), social-work notes
("social-work-note"), physiotherapy, occupational therapy, speech pathology and dietetics notes
("allied-health-note"), discharge summaries ("discharge-summary"), outpatient letters
("outpatient-letter"), community mental-health team notes ("mental-health-community-note"),
hospital-in-the-home visits ("hith-visit-note"), patient-liaison complaints
("patient-liaison-complaint") and inter-hospital transfer and retrieval logs
("transfer-retrieval-log"). Each identifier is marked inline as ``[[LABEL|category:text]]``;
``write_styled`` strips the markers and computes offsets while concatenating the text.

Conventions: titles/roles outside names; "SURNAME, First" and "SURNAME First" are one span;
nicknames and first names alone are marked. Medicare numbers (with or without the IRN), IHIs,
DVA file numbers and private health fund memberships are ID|health_plan; hospital UR, URN, MRN,
HRN, UMRN and ED attendance numbers are ID|mrn; tax file numbers ID|ssn; AHPRA registrations,
Medicare provider numbers, PBS prescriber numbers, driver and firearms licence numbers
ID|license; bank account numbers, hospital fees/billing, car-park and equipment-loan accounts and
device-app accounts ID|account (BSBs alone are not marked); Centrelink CRNs, NDIS numbers, police
event numbers, incident (RiskMan, IIMS, IMS+), HCCC, WorkCover, TAC, PATS, ambulance, retrieval
tasking, court/tribunal, My Aged Care and clozapine-registry references ID|other. Ages of anyone
(patients, relatives, children) are marked, 90+ as AGE|date; "13F", "26M", "6yo", "18mo" whole,
"M/35" and "94 yrs" number only. A date with its time is one DATE span; weekday+date one span;
times, years, durations, weekdays alone and gestations are not marked. Hospitals, clinics, GP
practices, Aboriginal medical services and community health centres, aged-care homes, named
pharmacies (with branch suburb), schools, universities, shopping centres, markets, clubs,
stations, bridges, prisons, suburbs, towns, communities, islands, highways and streets without a
number are LOCATION|geo; a full address (also a PO Box or Lot with town and postcode) is one
ADDRESS|geo; an address set out across lines is one ADDRESS|geo per line; a lone postcode
ADDRESS|geo. Countries, states and territories, regions such as the APY Lands, local health
districts, councils, police forces, agencies (Centrelink, NDIA, DCJ, Orygen) and charities are
not marked. Public lines (000, 13/1300/1800 numbers, TIS 131 450), bleeps and extensions are not
marked; ward, clinic, practice, pharmacy, RACF and community phone and fax numbers are. Serials,
UDIs, IMEIs, transmitter ids and MAC addresses of personal devices are DEVICE|device; batch/lot
and model numbers are not marked. Plates (all states) and VINs are VEHICLE|vehicle. Only
full-face photo references are ID|photo; fingerprint, palm-vein, voiceprint and face templates
are ID|biometric. Staff initials alone (PO, JB, TJ) are not marked. Check-digit identifiers
(Medicare, IHI, TFN, provider numbers, VINs) mostly pass their checksums; a few deliberately fail.

How: cd /work/main && .venv/bin/python scripts/make_probe90_corpus.py (writes corpus/redaction/probe90.jsonl).
"""

from pathlib import Path

from make_safe_harbor_suite import write_styled

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "corpus" / "redaction" / "probe90.jsonl"

ED_TRIAGE = [
    """ED TRIAGE [[DATE|date:02/03/2024 0214]] ATS 3
[[PERSON|name:NGUYEN, Van Thanh]] [[AGE|other:67M]] URN [[ID|mrn:0841273]] Medicare [[ID|health_plan:3179 94575 5]]
BIBA from [[LOCATION|geo:Cabramatta]] - found by son on the bathroom floor, ?LOC ?mech fall. Hx AF on apixaban 5mg BD.
Obs: HR 112 irreg, BP 96/58, RR 22, SpO2 93% RA, T 37.9, BGL 8.4, GCS 14 (E4V4M6). Pain 6/10 L hip, shortened + ext rotated.
Vietnamese speaking - TIS 131 450 booked. Son mob [[PHONE|phone:0413 552 908]]. To resus 4 for XR + bloods.
Triage RN KP""",
    """Triage [[DATE|date:Sat 9 March]] 19:40 - Cat 4
Pt: [[PERSON|name:Amira Haddad]], [[AGE|other:6yo]] F, brought by mum from [[LOCATION|geo:Lakemba]].
Fell off monkey bars at [[LOCATION|geo:Punchbowl Public School]] after school. Deformity R wrist, NV intact, cap refill <2s.
Wt 22kg. Paracetamol 15mg/kg (330mg) PO at 19:45. FLACC 4. Ice + sling. Bed 12 fast track.
Mum mob [[PHONE|phone:0431-207-665]]. Regular GP at [[LOCATION|geo:Belmore Family Medical]].""",
    """ED triage - ATS 2 - [[DATE|date:14/04/24 0510]]
[[PERSON|name:JUPURRURLA Clifford]] [[AGE|other:52yo]] M, transferred by RFDS from [[LOCATION|geo:Yuendumu Clinic]].
ESKD, HD Mon/Wed/Fri; missed 2 sessions (sorry business). K+ 7.1 on iSTAT, ECG peaked T.
Ca gluconate 10% 10mL IV given 0518, actrapid 10u + 50mL 50% dextrose.
Warlpiri first language; AHW present. Wife [[PERSON|name:Bessie Nungarrayi Martin]] can be reached via clinic on [[PHONE|phone:(08) 8956 4031]].
IHI [[ID|health_plan:8003606220193571]]""",
    """Triage 0130 [[DATE|date:Sunday 21st April 2024]] ATS 3
M/[[AGE|other:23]] brought in by police after single-vehicle MVA on the [[LOCATION|geo:Hume Highway]]. Driver, restrained, airbags deployed.
ETOH++. GCS 15. Midline C-spine tenderness - collar on. Abrasion L chest (seatbelt).
Gave name as "[[PERSON|name:JJ]]"; licence shows [[PERSON|name:TUILAGI Jayden Malo]], NSW licence [[ID|license:21457903]].
Vehicle white Hilux rego [[VEHICLE|vehicle:DK47LP]] - towed. BAC blood kit handed to police.
NOK aunty notified by police.""",
    """ED Triage ATS 3 | [[DATE|date:16/05/2024 11:05]]
Mrs [[PERSON|name:Theodora GIANNAKOPOULOS]], [[AGE|date:93]] yrs, from [[LOCATION|geo:St Nectarios Aged Care]].
BIBA post unwitnessed fall, found on floor 0930 by PCA. Skin tear L forearm 4cm, steristrips. Advanced dementia, ACD on file - not for CPR.
Greek speaking only. NOK daughter [[PHONE|phone:(03) 9568 2214]].
UR [[ID|mrn:1190234]]. DVA Gold [[ID|health_plan:VX203847]]. Transfer docs from RACF - fax back to [[PHONE|fax:03 9568 7701]].""",
    """Triage note [[DATE|date:03.06.24 2215]] ATS 2 - chest pain
[[PERSON|name:Deng Majok Garang]], [[AGE|other:41M]], lives [[LOCATION|geo:Blacktown]], works nights at a warehouse.
Central crushing CP radiating L arm since 2100, diaphoretic. ECG STE II, III, aVF -> Code STEMI 2219, cath lab activated.
Aspirin 300mg, GTN 400mcg SL x2. Dinka phone interpreter via 131 450.
Wife on [[PHONE|phone:0468 900 321]]. Medicare [[ID|health_plan:4745182077]]. MRN [[ID|mrn:W2209187]].""",
    """TRIAGE [[DATE|date:2024-06-11 08:52]] ATS 3
Ms [[PERSON|name:ZHANG Xiaoling]] [[AGE|other:29F]] G2P1 at 11+3/40. PV bleeding since waking, 3 pads soaked. HR 96, BP 118/72.
Lives [[LOCATION|geo:Hurstville]], works at [[LOCATION|geo:Westfield Hurstville]]. Mandarin; husband interpreting - prefers professional.
Bupa member [[ID|health_plan:71840362]]. Rh neg per antenatal card from [[LOCATION|geo:St George Hospital]] antenatal clinic - anti-D to be considered.""",
    """ED triage - [[DATE|date:Tues 18/6]] 16:20 - ATS 2 (MH)
[[PERSON|name:Priya Sharma]] [[AGE|other:15F]], Yr 10 at [[LOCATION|geo:Parramatta High School]], BIB school counsellor.
Disclosed ingesting ~20 x paracetamol 500mg at 1300 (approx 10g = 178mg/kg, wt 56kg). Nausea, no vomiting. Level due 1700 (4h).
Dad [[PERSON|name:Rajesh]] en route from [[LOCATION|geo:Harris Park]].
Lifeline 13 11 14 and Kids Helpline 1800 55 1800 cards given. MRN [[ID|mrn:3390128]].""",
    """Triage [[DATE|date:25 June 2024 07:15]] ATS 3
[[PERSON|name:Sione Fifita]] M/[[AGE|other:38]], T1DM, CGM reading HI, ketones 5.8, vomiting x6 overnight, Kussmaul resp. RR 28.
Dexcom G6 transmitter ID [[DEVICE|device:8GM4RT]]; pump site occluded per pt.
Lives [[LOCATION|geo:Woodridge]]. Wife [[PHONE|phone:0477 310 052]].
Medicare [[ID|health_plan:4712 88206 2-1]]. Resus 2 - DKA protocol commenced.""",
    """ED TRIAGE - STROKE CALL [[DATE|date:02/07/2024 14:32]] ATS 2
[[PERSON|name:SINGH, Gurpreet]] [[AGE|other:72]] yrs M. LKW 1350 at [[LOCATION|geo:Gurdwara Sahib Glenwood]]. R arm weakness, word-finding difficulty, FAST +. BGL 6.1.
Punjabi. Brought by grandson in private car, rego [[VEHICLE|vehicle:CU31XR]] left in ambulance bay - security notified.
On warfarin, INR pending. Medtronic pacemaker, serial [[DEVICE|device:PJN418772S]] - MR conditional? check card.
Identity confirmed by PatientSecure palm scan [[ID|biometric:PS-7741-20933]].""",
]

WARD_NURSING = [
    """Ward 6B nursing - night shift [[DATE|date:4/3/24]]
Mr [[PERSON|name:Dimitrios Kalogeropoulos]] ([[AGE|other:81]]) bed 14, day 2 post L TKR. BP 134/70, HR 78, SpO2 96% RA.
Pain 3/10 rest, 7/10 mobilising - oxycodone 5mg PRN x2 (2200, 0340). IDC 40-60mL/hr.
Wife [[PERSON|name:Kiki]] rang 2130 from home in [[LOCATION|geo:Brunswick]], wants update from team in am - landline [[PHONE|phone:9387 4410]].
Pt prefers to be called "[[PERSON|name:Jim]]". Physio in am. RN AO / EN JB""",
    """NURSING NOTE [[DATE|date:11/03/2024 1430]]
[[PERSON|name:Mohammed El-Hassan]] [[AGE|other:58M]] from [[LOCATION|geo:Bankstown]], D3 CAP. IV ceftriaxone 1g daily + azithro 500mg. T 37.4.
Fasting for Ramadan - insulin plan adjusted by endo, BGL 11.2 pre-iftar. Visited by Sheikh [[PERSON|name:Omar Kassem]] 1300.
Son [[PERSON|name:Bilal]] asking about discharge before Eid, mob [[PHONE|phone:0421 336 790]]. Sputum MC&S sent.""",
    """Nsg 0700-1530 [[DATE|date:Wed 20 March]]
Pt [[PERSON|name:Marjorie Kennedy]] ([[AGE|other:64]]) likes to be called Aunty [[PERSON|name:Marj]]. Wiradjuri woman from [[LOCATION|geo:Wellington]], staying with niece at [[ADDRESS|geo:14 Koala Cres, Mount Druitt NSW 2770]].
L foot ulcer dressed - Acticoat, mod exudate, no odour. BGL 9-14.
ALO visited 1100. Aunty talking about going home for sorry business - team aware.
HRN [[ID|mrn:MD0381722]].""",
    """ISBAR handover 4 West [[DATE|date:27/3/2024 1900]]
Bed 3 [[PERSON|name:TRAN Thi Hoa]] [[AGE|other:77F]] - NOF repair D1, Hb 84 -> 1 unit PRBC ordered. Daughter visiting daily.
Bed 5 [[PERSON|name:O'BRIEN, Patrick]] [[AGE|other:69M]] - AWS, CIWA 12, diazepam 10mg. Wife "[[PERSON|name:Mags]]" not to visit - AVO, police ref [[ID|other:AVO-2024-11873]].
Bed 8 and bed 11 empty - expecting 2 admissions from ED.""",
    """Incident: pt [[PERSON|name:Hamid Rezaei]] ([[AGE|other:86]]) found on floor beside bed 22 [[DATE|date:02/04/2024 0315]].
No obvious injury; neuro obs commenced, GCS 15, pupils equal. Hip protectors on. Falls risk score 19.
Dari phone interpreter used. Son [[PERSON|name:Reza]] informed [[PHONE|phone:0412 008 563]].
RiskMan [[ID|other:RM 1120487]] lodged. MO reviewed 0350.""",
    """Surgical ward nsg note [[DATE|date:09/04/24]] PM
[[PERSON|name:Evangelia Stavrou]] ("[[PERSON|name:Lia]]") [[AGE|other:55]], D3 Hartmann's. Stoma pink, moist, 300mL output. Drain 20mL serous.
Stomal therapy CNC reviewed; husband [[PERSON|name:Nick]] to learn bag changes.
Home in [[LOCATION|geo:Thornbury]]. HCF member no. [[ID|health_plan:00473382]] - pt elected private.""",
    """Paeds ward nsg [[DATE|date:15/04/2024]]
Baby [[PERSON|name:Ayaan Qureshi]] [[AGE|other:18mo]], bronchiolitis. HFNC 2L/kg/min (24L/min), FiO2 0.35. NGT feeds 90mL 3/24.
Mum [[PERSON|name:Sana]] ([[AGE|other:27]]) rooming in; dad at home with sibling.
Address on file [[ADDRESS|geo:7/22 Church St, Auburn NSW 2144]]. Mum mob [[PHONE|phone:0402 776 019]].""",
    """Ward 9A - nursing [[DATE|date:Thurs 18 April 2024]]
Mrs [[PERSON|name:Beryl Hutchins]], [[AGE|date:91]] yrs. R hearing aid (Phonak, serial [[DEVICE|device:1847P2093]]) missing after shower - linen and bins searched, nil.
Incident [[ID|other:RM1122091]]. Daughter [[PERSON|name:Gail Prentice]] to contact her audiologist at [[LOCATION|geo:Peninsula Hearing Clinic]].""",
    """Nsg [[DATE|date:22/04]] N/S
[[PERSON|name:Lachlan Fitzgerald]] [[AGE|other:19]], T1DM on Tandem t:slim X2 pump SN [[DEVICE|device:1102934]] - self-managing per policy. Dexcom transmitter [[DEVICE|device:8KX2LQ]].
BGLs 5.4-12.1. Hypo 0300 (3.1) treated 150mL juice, rechecked 5.6.
Mum [[PERSON|name:Fiona]] rang twice. 2nd-year uni student, shares a house in [[LOCATION|geo:Notting Hill]].""",
    """Nursing note [[DATE|date:29 Apr 2024]] 1500-2330
Pt [[PERSON|name:Abdi Warsame]] [[AGE|other:33M]], Somali, ?pulmonary TB - airborne precautions, negative pressure room 4. Sputum AFB x3 collected.
No Medicare; identity checked against registration photo [[ID|photo:WARSAME_A_ID_photo.jpg]].
Brother on [[PHONE|phone:0433 018 772]]. Family live in the [[LOCATION|geo:Flemington]] towers. PHU notified.
Omnicell override - RN finger scan template [[ID|biometric:OMC-FP-220318]] failed x3, witnessed override.""",
]

SOCIAL_WORK = [
    """SOCIAL WORK - [[DATE|date:5 March 2024]]
Pt [[PERSON|name:Mai Linh Pham]] [[AGE|other:36]] (F) disclosed FV by partner. Safety plan completed.
Will not return to [[ADDRESS|geo:3/41 Railway Pde, Canley Vale NSW 2166]]. Police event [[ID|other:E 88120544]]. Link2home 1800 152 152 for crisis accommodation.
Safe contact: sister [[PHONE|phone:0404 551 982]] - do NOT leave messages on pt's own phone.
Two children attend [[LOCATION|geo:Canley Heights Public School]] - principal aware.""",
    """SW note [[DATE|date:12/03/24]]
[[PERSON|name:Shane Cooper]] [[AGE|other:47]], sleeping rough, usually under [[LOCATION|geo:Princes Bridge]].
Centrelink CRN [[ID|other:312 448 905K]] - JSP suspended; reinstated today on the phone, pt enrolled in voice authentication, voiceprint ref [[ID|biometric:VP-5573018-C]].
TFN [[ID|ssn:934 223 816]] confirmed for the form. Bond loan to be paid into his CBA account BSB 063-000 acct [[ID|account:1047 2283]].
Mob [[PHONE|phone:0487 211 360]] (often flat).""",
    """Social work - family meeting [[DATE|date:Fri 22/3/2024 1400]]
Present: pt Mrs [[PERSON|name:Panagiota Markou]] ([[AGE|date:95]]), son [[PERSON|name:Con Markou]], geriatrician, Greek interpreter.
Husband, [[AGE|date:97]], is primary carer at home in [[LOCATION|geo:Marrickville]]. Family want residential care - application to [[LOCATION|geo:Agia Sophia Aged Care]].
ACAT referral sent. [[PERSON|name:Con]] holds enduring guardianship.""",
    """SW [[DATE|date:2/4/24]]
[[PERSON|name:Nyibol Akech]] [[AGE|other:31]], postnatal D3, baby boy. Arrived 2022 on humanitarian visa (visa grant no. [[ID|other:VGN 4471228931]]).
Address:
[[ADDRESS|geo:27 Bellbird Crt]]
[[ADDRESS|geo:St Albans VIC 3021]]
Husband works at an abattoir. Interim Medicare [[ID|health_plan:2184 31164 2]].
Settlement worker from AMES. Dinka interpreter for all contacts.""",
    """SOCIAL WORK PROGRESS NOTE  [[DATE|date:9 April 2024]]
[[PERSON|name:Benjamin Osei-Bonsu]] [[AGE|other:26M]], CP with spastic quadriplegia, admitted aspiration pneumonia. NDIS participant no. [[ID|other:430 918 227]].
SIL house at [[ADDRESS|geo:5 Jacaranda Way, Kellyville Ridge NSW 2155]]. Support coordinator [[PERSON|name:Tegan Lowe]], ph [[PHONE|phone:02 8824 1190]].
Mum is guardian. [[PERSON|name:Ben]]'s TFN [[ID|ssn:712035589]] provided for the DSP review.""",
    """SW - child protection concern [[DATE|date:16.04.2024]]
Infant [[PERSON|name:Kayden Walker-Brown]], aged [[AGE|other:9]] weeks, bruising to L upper arm and ear, no explanation.
Mum [[PERSON|name:Tahlia Brown]] ([[AGE|other:19]]) and her partner both present.
ROSH report to the Child Protection Helpline (132 111), ref [[ID|other:HS-24-0771832]]. Skeletal survey booked.
Maternal grandmother (ph [[PHONE|phone:4628 5519]]) willing to have baby.""",
    """SW note - [[DATE|date:23/04/2024]] financial hardship
Pt [[PERSON|name:Carlos Mendoza]] [[AGE|other:52]], admitted 3/52. Behind on rent at [[ADDRESS|geo:2/9 Gordon St, Fairfield NSW 2165]].
Centrelink CRN [[ID|other:208 771 309B]]; JobSeeker (medical exemption) claimed. Rent to come from his account, BSB 012-003 acct [[ID|account:339011764]].
Hospital fees account [[ID|account:PF-22018837]] - costs waived, public patient. TFN [[ID|ssn:400-416-907]].
Spanish interpreter. Wife is in Chile.""",
    """Social Work - [[DATE|date:30 April 2024]]
Pt [[PERSON|name:Walter Baker Tjapaltjarri]] ([[AGE|other:74]]), Pitjantjatjara man from [[LOCATION|geo:Pukatja]], APY Lands. Wants to go home to country for palliation.
Liaised with [[LOCATION|geo:Pukatja Clinic]] RN. PATS ref [[ID|other:PATS-SA-0027731]].
Escort nephew, contact via community store [[PHONE|phone:(08) 8954 8116]].""",
    """SW note [[DATE|date:6 May]]
[[PERSON|name:Georges Nassar]] [[AGE|other:63]]. Wife concerned about his gambling at [[LOCATION|geo:Revesby Workers]] - pokies, ~$40k debt.
Gambling Help 1800 858 858 provided. Joint account [[ID|account:0623 1148 7722]] frozen at wife's request.
Daughter [[EMAIL|email:jo.nassar88@hotmail.com]]. Home [[ADDRESS|geo:16 Lucas Rd, Greenacre NSW 2190]].""",
    """SW - discharge planning [[DATE|date:13/05/2024]]
[[PERSON|name:Ian McPherson]] ([[AGE|other:79]]) lives alone in [[LOCATION|geo:Mildura]] - 550km. Needs transport home.
His Falcon (VIC [[VEHICLE|vehicle:1GH 4TL]]) has been in the staff car park since admission; car park account [[ID|account:CP-0048821]] fines waived.
Neighbour feeding the dog. Brother [[PHONE|phone:03 5024 1788]].""",
]

ALLIED_HEALTH = [
    """PHYSIOTHERAPY [[DATE|date:06/03/2024]]
[[PERSON|name:Lucia Romano]] [[AGE|other:84F]], R #NOF D2. Sat EOB assist x1, transferred with 4WW, mobilised 10m. TUG 32s.
Two-storey home at [[ADDRESS|geo:11 Vincent St, Haberfield NSW 2045]], 14 steps to bedroom. Daughter able to stay.
Plan: rehab at [[LOCATION|geo:Balmain Hospital]]. Physio SO""",
    """OT HOME VISIT REPORT - [[DATE|date:14 March 2024]]
Client: [[PERSON|name:Rangi Tawhiri]], [[AGE|other:68]]. Address: [[ADDRESS|geo:42 Merino Pl, Minto NSW 2566]]. Wife present.
Front entry 3 steps, no rail. Step-over bath. Recommend rail x2, shower chair, toilet frame - equipment loan acct [[ID|account:EL-2018-44721]].
Car transfers practised into Camry, rego [[VEHICLE|vehicle:BZ82QF]].
OT [[PERSON|name:Hannah Wilkes]], AHPRA [[ID|license:OCC0002184561]]""",
    """Speech Pathology - swallow review [[DATE|date:Mon 18/3]]
[[PERSON|name:WONG Kam Fai]] [[AGE|other:79]], L MCA stroke D5. Cantonese; phone interpreter.
IDDSI 4 puree, mildly thick fluids (level 2). Wet voice after thin fluids. FEES booked at [[LOCATION|geo:Royal North Shore Hospital]].
Daughter [[PERSON|name:Cindy]] present, lives in [[LOCATION|geo:Chatswood]]; home program to [[EMAIL|email:cindy.wkf@yahoo.com.hk]].""",
    """ICU Physio [[DATE|date:21.03.24 0830]]
[[PERSON|name:Tevita Kupu]] [[AGE|other:44]] M, intubated D4, influenza A pneumonia. FiO2 0.45, PEEP 10. MHI + suction - thick yellow.
Wife and pastor Rev. [[PERSON|name:Siaosi Lolohea]] at bedside. Home: [[LOCATION|geo:Inala]].
ECMO referral to [[LOCATION|geo:The Prince Charles Hospital]] discussed. Physio MD""",
    """Dietetics [[DATE|date:27/03/2024]]
[[PERSON|name:Arjun Menon]] [[AGE|other:61]], T2DM, CKD 4 (eGFR 22), K+ 5.9. Wt 72.4kg, BMI 25.8. Vegetarian; wife cooks.
Low-K diet education, Malayalam resources. They shop on [[LOCATION|geo:Wigram Street]]; lives in [[LOCATION|geo:Wentworthville]].
Phone review [[PHONE|phone:(02) 9631 4470]]. Medicare [[ID|health_plan:2013 20868 9 1]].""",
    """OT - cognition & driving [[DATE|date:3 April 2024]]
[[PERSON|name:Graham Pettit]] [[AGE|other:76]]. MoCA 19/30, Trails B 210s.
Holds Qld driver licence [[ID|license:084117392]], drives a Mazda 3 rego [[VEHICLE|vehicle:512 KXD]]. Advised not to drive until on-road assessment; TMR notification.
Wife [[PERSON|name:Janice]] agrees. Lives in [[LOCATION|geo:Carindale]].""",
    """Physiotherapy outpatient - WorkCover [[DATE|date:10/04/2024]]
[[PERSON|name:Ahmad Darwish]] [[AGE|other:39M]], L rotator cuff tear, injured at work ([[LOCATION|geo:Port Botany]] container terminal).
TFN [[ID|ssn:550 128 476]] for the insurer form. Employer RTW coordinator [[EMAIL|email:k.hanson@southbaylogistics.com.au]].
Flex 110 deg, abd 85 deg, ER 20 deg. Certificate: suitable duties 4h/day.
GP at [[LOCATION|geo:Arncliffe Medical Centre]], fax [[PHONE|fax:(02) 9597 3318]].""",
    """Speech Pathology (paeds) [[DATE|date:17 April 2024]]
[[PERSON|name:Lily Tran-Nguyen]] [[AGE|other:3yo]], expressive language delay, bilingual Vietnamese/English. Attends [[LOCATION|geo:Little Gumnuts Childcare Sunshine]] 3 days.
Hearing normal. Oromotor exam - face photo (consent) saved [[ID|photo:IMG_4471_LilyTN_face.jpg]].
Mum [[PERSON|name:Hien]] [[EMAIL|email:hien.tn.mum@gmail.com]]. Review 6/52.""",
    """Hand therapy (OT) [[DATE|date:24/04/24]]
[[PERSON|name:Kieran Doyle]] [[AGE|other:28]], R hand crush at a [[LOCATION|geo:Somerton]] factory. Thermoplastic splint remoulded. Oedema improving.
Telehealth review next week: room [[URL|url:https://vcc.healthdirect.org.au/nh/waiting-area/kdoyle-ht-2404]]. Connection test OK from pt's IP [[IP|ip:110.144.67.209]].""",
    """Falls & Balance class - attendance [[DATE|date:Tues 30 April 2024]]
[[PERSON|name:Maureen O'Connell]] ([[AGE|other:82]]), [[PERSON|name:Yee Ling Chan]] ([[AGE|other:88]]), [[PERSON|name:Harold Banks]] ("[[PERSON|name:Harry]]", [[AGE|date:90]]).
Venue: [[LOCATION|geo:Box Hill Community Health]]. Transport by community bus.
Balance scores: BBS 41, 46, 35. Next class Tuesday.""",
]

DISCHARGE_SUMMARY = [
    """DISCHARGE SUMMARY
Patient: [[PERSON|name:HO, Minh Chau]]   DOB: [[DATE|date:12/08/1958]]   URN: [[ID|mrn:00472918]]
IHI: [[ID|health_plan:8003 6065 9921 7464]]
Address: [[ADDRESS|geo:18 Hemmings St, Dandenong VIC 3175]]
Discharged [[DATE|date:07/03/2024]]  Ward 5 North, LOS 6 days
Diagnosis: E. coli urosepsis; AKI (Cr peak 214, at d/c 118).
Medications: cefalexin 500mg QID 5 days; metformin 1g BD withheld until UEC review.
GP: [[LOCATION|geo:Springvale Road Medical Clinic]], fax [[PHONE|fax:(03) 9546 0019]]""",
    """DISCHARGE SUMMARY - [[LOCATION|geo:Royal Darwin Hospital]]
Name: [[PERSON|name:MUNUNGGURR Rosalind]]
Community: [[LOCATION|geo:Galiwin'ku]]
Admission [[DATE|date:04/03/2024]], LOS 15 days
Dx: ARF recurrence; RHD with severe MR. Benzathine penicillin 1.2MU IM 28-daily. RHD register [[ID|other:RHD-NT-11847]].
Follow-up: [[LOCATION|geo:Galiwin'ku Health Centre]] fax [[PHONE|fax:(08) 8970 5578]]. Yolngu Matha interpreter.
Discharging RMO, Medicare provider no. [[ID|license:451806EW]]""",
    """DISCHARGE SUMMARY | Cardiology | [[LOCATION|geo:Fiona Stanley Hospital]]
Pt [[PERSON|name:Rajiv Kapoor]] | [[AGE|other:59]] y | UMRN [[ID|mrn:A4419027]]
VT storm. Dual-chamber ICD (model D433, lot 2209A): generator SN [[DEVICE|device:604381]], RA lead SN [[DEVICE|device:PJN7730214]].
Home communicator SN [[DEVICE|device:6290-441827]]; remote record [[URL|url:https://latitude.bsci.com/clinic/patient/44190271]].
No private driving 6 months. GP to review wound day 10.""",
    """DISCHARGE SUMMARY - Paediatrics
Child: [[PERSON|name:Zainab Al-Rashid]]  DOB [[DATE|date:27/05/2019]]  Age [[AGE|other:4]] years  MRN [[ID|mrn:SCH-0229183]]
Parents: [[PERSON|name:Yusuf Al-Rashid]] and mum, [[ADDRESS|geo:9 Boundary Rd, Chester Hill NSW 2162]]
Medicare [[ID|health_plan:4096721833-4]]
Dx: Kawasaki disease (day 6 fever, conjunctival injection, strawberry tongue). Face photo for record [[ID|photo:ZAR_face_D6.jpg]].
IVIG 2g/kg (36g) + aspirin 3-5mg/kg. Echo: no aneurysm. Repeat echo at 6 weeks. Arabic interpreter.""",
    """DISCHARGE SUMMARY - Acute Mental Health Unit, [[LOCATION|geo:Sunshine Hospital]]
[[PERSON|name:Jarrah Thompson]] [[AGE|other:22M]]  UR [[ID|mrn:SH 880214]]
Temporary Treatment Order revoked [[DATE|date:18 Mar 2024]]. Dx first-episode psychosis. Olanzapine 10mg nocte; weight 81kg, lipids baseline.
Discharged to mum's home, [[ADDRESS|geo:33 Ballarat Rd, Braybrook VIC 3019]]. Mum [[PERSON|name:Kerry]] to supervise meds.
Early psychosis case manager (Orygen) to see within 7 days.""",
    """DISCHARGE SUMMARY
[[PERSON|name:Sofia Karam]]  F  [[AGE|other:47]]   MRN [[ID|mrn:1184330]]   Medibank member [[ID|health_plan:6012448391]]
Lap cholecystectomy day 1; discharged [[DATE|date:23 March 2024]].
Nil complications. Histo pending. Review 10/7.
GP: [[LOCATION|geo:Brighton-Le-Sands Medical Practice]], fax [[PHONE|fax:02 9567 1144]].""",
    """DISCHARGE SUMMARY - Aged Care
[[PERSON|name:FERGUSON, Dorothy May]]  [[AGE|date:92]] yrs   UR [[ID|mrn:B0449812]]   DVA Gold [[ID|health_plan:NX617204]]
Discharged [[DATE|date:28/3/24]] to RACF at [[ADDRESS|geo:2-6 Kurrajong Ave, Penrith NSW 2750]]. RACF fax [[PHONE|fax:(02) 4732 8809]].
Dx: delirium secondary to UTI; Alzheimer's dementia (MMSE 14/30 in 2022).
Guardian: nephew, [[EMAIL|email:graeme.ferguson@bigpond.net.au]].""",
    """DISCHARGE SUMMARY (Renal)
[[PERSON|name:Faith Tuimavave]] [[AGE|other:53F]], MRN [[ID|mrn:P0338271]], discharged [[DATE|date:2 April 2024]]
Home HD machine serial [[DEVICE|device:NX1-20418836]] installed at [[ADDRESS|geo:40 Kingfisher Dr, Marsden QLD 4132]]. Water test passed.
Remote monitoring via home gateway [[IP|ip:120.148.33.19]]. Husband trained as carer.
Review [[LOCATION|geo:Logan Hospital]] renal clinic in 4 weeks. Hb 104, K 4.8.""",
    """DISCHARGE SUMMARY - Maternity, [[LOCATION|geo:Liverpool Hospital]]
Mother: [[PERSON|name:Le Bao Anh]] [[AGE|other:32]] G1P1, MRN [[ID|mrn:L2047715]]. Baby: male, born [[DATE|date:05/04/2024 03:17]], 3.42kg, MRN [[ID|mrn:L2047732]].
SVD at 39+2, EBL 350mL. Breastfeeding established. Hep B vaccine + vit K given.
Discharged D2 to [[ADDRESS|geo:5/112 Bonnyrigg Ave, Bonnyrigg NSW 2177]]. MGP midwife to visit.
Then [[LOCATION|geo:Bonnyrigg Child and Family Health Centre]].""",
    """DISCHARGE SUMMARY - Trauma Service, [[LOCATION|geo:The Alfred]]
[[PERSON|name:Dylan Pereira]] [[AGE|other:31M]] | UR [[ID|mrn:20448193]]
Motorcyclist vs car, [[LOCATION|geo:Richmond]], [[DATE|date:06/04/2024]] approx 1745. Bike VIN [[VEHICLE|vehicle:JYARN23EXHA001234]]; car VIC [[VEHICLE|vehicle:AXT994]].
R femoral shaft # - IMN day 1. L clavicle # - sling, fracture clinic 2/52.
Partner [[PERSON|name:Chloe Maddox]] to collect.""",
]

OUTPATIENT_LETTER = [
    """[[LOCATION|geo:Westmead Hospital]] - Diabetes Clinic
[[DATE|date:7 March 2024]]

Dr [[PERSON|name:Mina Guirguis]]
[[LOCATION|geo:Merrylands Medical Centre]]
[[ADDRESS|geo:212 Merrylands Rd]]
[[ADDRESS|geo:Merrylands NSW 2160]]

Dear Doctor,
Re: Mr [[PERSON|name:Ashraf Botros]], MRN [[ID|mrn:4471882]]
HbA1c 9.1% (from 8.4%). Commenced semaglutide 0.25mg weekly, titrate to 1mg. He fasts for Coptic Lent - hypo plan given.
Yours sincerely, Endocrinology AT, provider no. [[ID|license:156870YY]]""",
    """[[LOCATION|geo:Royal Melbourne Hospital]] Rheumatology Outpatients
[[DATE|date:14/03/2024]]
Dear [[PERSON|name:Peter]],
RE: [[PERSON|name:ANASTASIOU Georgia]] [[AGE|other:62]] URN [[ID|mrn:2209917]]
Thank you for referring [[PERSON|name:Georgia]]. Seropositive RA. Methotrexate 20mg weekly + folic acid 5mg. ESR 38, CRP 12. DAS28 4.1.
Phone review in 3 months.
Kind regards, Rheumatology Fellow, AHPRA [[ID|license:MED0001873264]]""",
    """Renal Outreach Clinic - [[LOCATION|geo:Dubbo Base Hospital]]
[[DATE|date:21 March 2024]]
To: [[LOCATION|geo:Walgett Aboriginal Medical Service]], fax [[PHONE|fax:(02) 6828 1721]]
Re: [[PERSON|name:Raymond Dixon]] ("[[PERSON|name:Ray]]"), MRN [[ID|mrn:D0391027]], Medicare [[ID|health_plan:6823 84320 6]]
He is a Gamilaraay man. eGFR 14; dialysis planning - AV fistula referral to vascular.
Nephrologist""",
    """Liver Clinic, [[LOCATION|geo:Princess Alexandra Hospital]]
[[DATE|date:Thursday 28 March 2024]]
[[LOCATION|geo:Sunnybank Hills Medical Centre]], [[ADDRESS|geo:Shop 4, 341 Compton Rd, Sunnybank Hills QLD 4109]]
Re: Mr [[PERSON|name:CHEN Jianguo]], UR [[ID|mrn:PA 771 0293]]
Chronic hepatitis B: HBV DNA 2,400 IU/mL, ALT 68, Fibroscan 9.8 kPa. Starting entecavir 0.5mg daily. HCC surveillance US 6-monthly.
Son [[PERSON|name:Jason]] ([[EMAIL|email:jason.chen.au@qq.com]]) to receive copies - consent on file.""",
    """[[DATE|date:4 April 2024]]
Mr [[PERSON|name:Hemi Paewai]]
[[ADDRESS|geo:PO Box 217, Kununurra WA 6743]]

Dear [[PERSON|name:Hemi]],
Re: [[PERSON|name:Manaia]] ([[AGE|other:7]]), MRN [[ID|mrn:PCH-3370142]]
The sleep study is booked for [[DATE|date:Wednesday 15 May 2024]] at 0930, [[LOCATION|geo:Perth Children's Hospital]], Level 2 outpatients.
PATS covers flights. Questions: ring the clinic in hours; after hours healthdirect 1800 022 222.""",
    """Ophthalmology Outpatients, [[LOCATION|geo:Flinders Medical Centre]]
[[DATE|date:11/04/2024]]
[[LOCATION|geo:Marion Road Family Practice]], fax [[PHONE|fax:08 8297 4402]]
Re: Mr [[PERSON|name:Bruce Lindqvist]], UR [[ID|mrn:F771203]]
POAG, IOP 24/26 on latanoprost. Binocular Esterman 88 points - fails the private driving standard.
SA licence [[ID|license:DL 882045]] - he must notify DIT; drives a Holden ute rego [[VEHICLE|vehicle:S418BLR]].
Ophthalmology Registrar""",
    """[[LOCATION|geo:Royal Women's Hospital]] - Gynaecology Clinic
[[DATE|date:April 18, 2024]]
Dear Dr [[PERSON|name:Ramsay]],
Re: Ms [[PERSON|name:Aaliyah Mohamud]] ([[AGE|other:34]]), [[ADDRESS|geo:Flat 6, 14 Racecourse Rd, Kensington VIC 3031]]
Ultrasound: 6cm intramural fibroid, Hb 92. Plan laparoscopic myomectomy. Female Somali interpreter requested.
Private election - NIB member [[ID|health_plan:31887402]], billing account [[ID|account:RWH-PP-440182]].""",
    """Haematology Clinic, [[LOCATION|geo:Canberra Hospital]]
[[DATE|date:24 Apr 2024]]
Dr [[PERSON|name:Siobhan Kelleher]]
Re: [[PERSON|name:Thomas Ah Kee]], MRN [[ID|mrn:C0019374]], Medicare [[ID|health_plan:4461 50473 1]]
Torres Strait Islander man from [[LOCATION|geo:Thursday Island]]: Hb 98, MCV 68, ferritin 6.
Ferric carboxymaltose 1000mg given today. Colonoscopy referral sent.
Haematologist, prescriber [[ID|license:3350211]]""",
    """Sleep Disorders Clinic, [[LOCATION|geo:Prince of Wales Hospital]]
[[DATE|date:1 May 2024]]
Dear Dr [[PERSON|name:Rao]],
Re: [[PERSON|name:Kostas Vlahos]], MRN [[ID|mrn:0048372261]]
CPAP AirSense 11 serial [[DEVICE|device:23241178204]], myAir account [[ID|account:kvlahos1967]]. Usage 6.2 h/night, AHI 2.1, leak 12 L/min.
Data: [[URL|url:https://airview.resmed.com/patients/8829104]]. Heavy vehicle licence [[ID|license:19447821]] - fit to drive, review 12 months.""",
    """[[DATE|date:9 May 2024]]
Ms [[PERSON|name:Ngaire Pomare]]
[[ADDRESS|geo:3/27 Coronation Pde]]
[[ADDRESS|geo:Enfield NSW 2136]]

Dear [[PERSON|name:Ngaire]],
You missed your appointment at the [[LOCATION|geo:Concord Hospital]] Endoscopy Unit on [[DATE|date:Tues 7 May]].
Please rebook at [[URL|url:https://bookings.slhd.health.nsw.gov.au/rebook?ref=GI240507-3381]] or ring Patient Bookings.""",
]

MENTAL_HEALTH = [
    """CMHT home visit [[DATE|date:5/3/2024]]
[[PERSON|name:Chinedu Eze]] [[AGE|other:34]], seen at [[ADDRESS|geo:8/19 Station St, Pendle Hill NSW 2145]]. Schizophrenia; paliperidone LAI 150mg monthly.
MSE: guarded, no FTD, denies AH today. No SI/HI. Brother present.
Mob [[PHONE|phone:0426 881 003]]. CTO expires [[DATE|date:14/06/2024]]; tribunal ref [[ID|other:MHRT-2024-2281]].""",
    """Mental Health Line triage call [[DATE|date:12/03/2024 2210]]
Caller [[PERSON|name:Bich Ngoc Luong]] ([[AGE|other:52]]), mother of [[PERSON|name:Kevin]] ([[AGE|other:24]]). He is locked in his room at [[ADDRESS|geo:27 Pevensey St, Lansvale]], smashing things, no sleep 4 days, using ice.
Advised 000 if weapons. Police ref [[ID|other:E 90117283]]. Triage category C. Mental Health Line 1800 011 511 given.""",
    """Community MH review - clinic [[DATE|date:Mon 18 March 2024]]
[[PERSON|name:Hayley Robbins]] [[AGE|other:29F]]. DBT group at [[LOCATION|geo:Frankston Community Health]]. Self-harm 2 weeks ago (superficial).
Ex-partner [[PERSON|name:Brodie]] posting about her at [[URL|url:facebook.com/brodie.sk8r.91]] - police informed.
Email [[EMAIL|email:hayleyrobbins_95@outlook.com]].""",
    """Clozapine clinic [[DATE|date:25/03/24]]
[[PERSON|name:Anthony Vella]] [[AGE|other:46M]]. ANC 3.9, WCC 6.8, clozapine level 420 ug/L on 400mg nocte. Wt 118kg, BGL 7.2.
Registry no. [[ID|other:CPMS 0184471]]. Lives at [[LOCATION|geo:Norton House]] supported accommodation.
Dad [[PERSON|name:Joe]] applying for Carer Payment; his TFN [[ID|ssn:388 200 145]] on the form, [[PERSON|name:Anthony]]'s [[ID|ssn:629 311 708]].""",
    """Perinatal MH home visit [[DATE|date:3 April 2024]]
[[PERSON|name:Ayesha Siddiqui]] [[AGE|other:27]], 6/52 postpartum. EPDS 17, Q10 = 0. Sertraline 50mg.
Husband works FIFO in [[LOCATION|geo:Karratha]]. Lives in [[LOCATION|geo:Baldivis]]; mother-in-law [[PERSON|name:Nasreen]] staying. Urdu.
GP at [[LOCATION|geo:Rockingham Medical Centre]].""",
    """Aboriginal Mental Health outreach [[DATE|date:9/4/2024]]
Yarn with [[PERSON|name:Tyrone Kirby]] [[AGE|other:20]], Dharug man, at [[LOCATION|geo:Emerton]] with his nan [[PERSON|name:Pearl]].
Released from [[LOCATION|geo:Parklea]] 3 weeks ago. Cannabis daily, sleeping better.
His cousin goes to [[LOCATION|geo:Marrin Weejali]] - he is keen to try. K10 28.""",
    """CATT visit [[DATE|date:16-04-2024 1530]]
[[PERSON|name:Olivia Stanton-Reid]] [[AGE|other:17]], lives [[LOCATION|geo:Toorak]], Yr 12 at [[LOCATION|geo:St Catherine's School]]. BMI 15.2, HR 44 lying, postural drop 22.
Father [[PERSON|name:Marcus Reid]] [[EMAIL|email:mreid@reidlegal.com.au]]; mother aware.
Recommend admission - paediatric bed requested.""",
    """Telehealth review [[DATE|date:22 April 2024]]
[[PERSON|name:Hamza Yilmaz]] [[AGE|other:38]]. Room [[URL|url:https://coviu.com/room/mhs-yilmaz-4471]] dropped x3; pt IP [[IP|ip:1.145.203.77]] logged for IT.
Pt at his cousin [[PERSON|name:Emre]]'s place in [[LOCATION|geo:Broadmeadows]]. PHQ-9 21, K10 34. Venlafaxine 150mg -> 225mg. Turkish.""",
    """MH community - medication delivery [[DATE|date:29/04]]
[[PERSON|name:Wayne Collins]] aka "[[PERSON|name:Budgie]]" [[AGE|other:61]]. Webster pack from [[LOCATION|geo:Chemist Warehouse Elizabeth]]. Lithium level 0.7.
Lives [[ADDRESS|geo:12 Haydown Rd, Elizabeth Grove SA 5112]]. Smokes 40/day. Neighbour keeps an eye out.""",
    """MH community - risk review [[DATE|date:6 May 2024]]
[[PERSON|name:Elie Saade]] [[AGE|other:42]], escalating threats after business collapse. Holds firearms licence [[ID|license:FL0048217]] - police notified re seizure.
Drives a Hilux, NSW rego [[VEHICLE|vehicle:EHJ92K]]; property near [[LOCATION|geo:Bargo]]. Wife aware of plan.
Missing-person photo lodged with police [[ID|photo:SAADE_E_face_0624.jpg]].""",
]

HITH_VISIT = [
    """HITH visit [[DATE|date:04/03/2024]] 0900
[[PERSON|name:Giuseppe Barbaro]] [[AGE|other:78]] at [[ADDRESS|geo:26 Lygon St, Carlton North VIC 3054]]. IV ceftriaxone 2g daily via PICC (R basilic, 42cm, ext 1cm).
T 36.8, HR 74. Elastomeric batch 2291A. Daughter [[PERSON|name:Carmela]] [[PHONE|phone:0412 774 903]]. Dog at home.
Next visit tomorrow 0900.""",
    """HITH virtual ward remote monitoring [[DATE|date:8 March 2024]]
[[PERSON|name:Pauline Whitty]] [[AGE|other:71]], COPD + HFrEF. Tablet kit [[DEVICE|device:TAB-8841-2203]]; Bluetooth oximeter MAC [[DEVICE|device:A4:C1:38:5F:02:9E]]; scales SN [[DEVICE|device:SC40-118927]].
Home router [[IP|ip:58.173.92.140]]. Wt 84.2kg (+1.8kg/48h) - furosemide 40mg -> 80mg.
Husband aware. Lives [[LOCATION|geo:Newport]].""",
    """HITH visit - wound [[DATE|date:Tues 12 March]]
[[PERSON|name:Ngozi Adeyemi]] [[AGE|other:49]]. Address:
[[ADDRESS|geo:Lot 7 Deepfields Rd]]
[[ADDRESS|geo:Catherine Field NSW 2557]]
NPWT unit SN [[DEVICE|device:VFNT40218]] at -125mmHg. Wound 6.2 x 3.1 x 1.4cm, granulating.
Husband [[PERSON|name:Tunde]] to call if alarm: [[PHONE|phone:0413 227 640]].""",
    """HITH - DVT [[DATE|date:15/3/24]]
[[PERSON|name:Jeremy Liang]] [[AGE|other:35]]. Enoxaparin 1.5mg/kg (120mg) daily; platelets 231.
Apartment in [[LOCATION|geo:Docklands]]; concierge [[PHONE|phone:(03) 9602 4417]]. Pt's car (VIC [[VEHICLE|vehicle:1XR 7LM]]) moved so nurse could park.
Partner [[PERSON|name:Tom]].""",
    """Paeds HITH visit [[DATE|date:20 March 2024]]
[[PERSON|name:Noah Fonoti]] [[AGE|other:11]], CF exacerbation, IV tobramycin + ceftazidime via port. Tobra trough 0.4.
Mum [[PERSON|name:Leilani]] [[PHONE|phone:0447 201 886]]. Home: [[ADDRESS|geo:19 Waratah St, Ipswich QLD 4305]].
School ([[LOCATION|geo:Ipswich West State School]]) sending work home.""",
    """HITH [[DATE|date:27/03/2024 1400]]
Mr [[PERSON|name:Sami Bou Khalil]] [[AGE|other:66]] at [[ADDRESS|geo:4 Ilma St, Condell Park NSW 2200]]. Cellulitis L leg, IV cefazolin 2g + probenecid.
T 37.2, margin receding. Wife speaks for him (Arabic).
Pharmacy: [[LOCATION|geo:Yagoona Amcal Pharmacy]] ph [[PHONE|phone:(02) 9790 3021]].""",
    """HITH - home TPN [[DATE|date:2 April 2024]]
[[PERSON|name:Caitlin Murphy]] [[AGE|other:39]], short gut. CADD Solis SN [[DEVICE|device:22190731]]. Compounder delivery account [[ID|account:HPN-003318]].
Husband [[PERSON|name:Declan]] [[EMAIL|email:declan.murphy@iinet.net.au]]. Lives [[LOCATION|geo:Lane Cove]]. LFTs: ALP 180, GGT 96.""",
    """HITH [[DATE|date:9/4/24]]: no answer at [[ADDRESS|geo:Flat 3, 6 Beach Rd, Christies Beach SA 5165]] for [[PERSON|name:Joyce Kerr]] ([[AGE|other:85]]).
Rang [[PHONE|phone:(08) 8382 6610]] x2. Son [[PERSON|name:Darren]] let us in - pt on floor, alert.
Personal alarm pendant [[DEVICE|device:VP-4471209]] not being worn. Ambulance called.""",
    """HITH virtual [[DATE|date:16/04/2024 0815]]
[[PERSON|name:Vijay Patel]] [[AGE|other:63]], post-COVID pneumonia. SpO2 93% on MightySat SN [[DEVICE|device:MS2-1180342]].
App login from [[IP|ip:2001:8003:a91c:4d00::1b]] with voice ID [[ID|biometric:VID-330918-P]]. Dashboard: [[URL|url:https://rpm.hithwest.org.au/patients/VP-10932]].
Daughter [[PERSON|name:Nisha]] on video.""",
    """HITH [[DATE|date:30.04.2024]]
[[PERSON|name:Margaret Thwaites]] ("[[PERSON|name:Peggy]]"), [[AGE|date:94]] yrs, palliative. Subcut fluids 1L overnight. Living with her son in [[LOCATION|geo:Caringbah]].
GP Dr [[PERSON|name:Bernard Cho]], fax [[PHONE|fax:(02) 9524 3378]].""",
]

PATIENT_LIAISON = [
    """PATIENT LIAISON - complaint received [[DATE|date:6 March 2024]]
Complainant: [[PERSON|name:Thao Dang]] (daughter), [[EMAIL|email:thao.dang.85@gmail.com]], [[PHONE|phone:0432 118 705]]
Patient: [[PERSON|name:DANG Quoc Hai]] [[AGE|other:80]], MRN [[ID|mrn:3318402]]
Waited 9 hours in ED on [[DATE|date:2/3/24]]; no interpreter; dentures lost. ims+ ref [[ID|other:IMS-2024-038812]].""",
    """Consumer feedback - car park [[DATE|date:11/03/2024]]
Mr [[PERSON|name:Ronald Pike]] disputes $280 fine for vehicle [[VEHICLE|vehicle:XQR-204]], parking account [[ID|account:PK-7730412]], while visiting wife [[PERSON|name:Glenys]] in ICU.
Refund requested to BSB 082-001 acct [[ID|account:5512 99083]].
Reply to [[ADDRESS|geo:88 Old Northern Rd, Baulkham Hills NSW 2153]].""",
    """Complaint - privacy breach [[DATE|date:18 March 2024]]
[[PERSON|name:Fatima Yousef]], MRN [[ID|mrn:7748120]]: discharge summary faxed to [[LOCATION|geo:Berala Family Medical]] ([[PHONE|fax:9649 2231]]) instead of [[LOCATION|geo:Regents Park Medical]] ([[PHONE|fax:9644 8107]]).
Her solicitor [[PERSON|name:David Sarkis]] [[EMAIL|email:dsarkis@sarkislawyers.com.au]].""",
    """PLO - verbal complaint [[DATE|date:21/3]]
[[PERSON|name:Santino Lual Mayen]], son of patient [[PERSON|name:Abuk Mayen]] ([[AGE|other:68]]), reports a racist remark by a security officer he calls "[[PERSON|name:Gazza]]".
Security incident [[ID|other:SEC-24-0441]]. Mob [[PHONE|phone:0466 017 392]]. Family staying at a motel while mum is on ward 9.""",
    """Complaint (email) received [[DATE|date:Mon 25 March 2024 09:14]]
From: [[EMAIL|email:sharon.mcgrath@bigpond.com]]
"My mum [[PERSON|name:Edna]] ([[AGE|date:98]]) was left in a wet pad for hours on Ward 4. She is now at [[LOCATION|geo:Banksia Lodge]] in [[LOCATION|geo:Tweed Heads]]."
Attached her photo of mum [[ID|photo:mum_face_ward4.jpg]]. Records request to follow.""",
    """Compliment [[DATE|date:4 April 2024]]
Family of [[PERSON|name:Kofi Boateng]] thank Dr [[PERSON|name:Imogen Hartley]], RN [[PERSON|name:Paulo Sapolu]] and wardsman [[PERSON|name:Vinnie]].
Family from [[LOCATION|geo:Ashfield]]. Fundraiser: [[URL|url:https://www.gofundme.com/f/kofi-boateng-recovery]].""",
    """Complaint - lost property [[DATE|date:10.04.24]]
[[PERSON|name:Huynh Tan Long]] [[AGE|other:57]]: iPhone 13 (IMEI [[DEVICE|device:353987112045671]]) and wallet with NSW licence [[ID|license:88204471]] missing after transfer from ICU.
Wife [[PERSON|name:Thuy]] [[PHONE|phone:0420 338 661]]. Valuables register checked - not listed.""",
    """HCCC complaint [[DATE|date:16 April 2024]]
HCCC ref [[ID|other:24/03318]]. Mrs [[PERSON|name:Jennifer Abbott]] on behalf of late husband [[PERSON|name:Keith]] (d. [[DATE|date:20/01/2024]]).
Alleges delayed diagnosis of bowel cancer. Surgeon Dr [[PERSON|name:Arvind Subramaniam]], AHPRA [[ID|license:MED0002241187]].
Address [[ADDRESS|geo:7 Currawong Cl, Lismore NSW 2480]].""",
    """PLO phone call [[DATE|date:23/4/24]] 1530
[[PERSON|name:Miriama Hohaia]] billed as private patient (invoice [[ID|account:INV-2024-118803]]) although she elected public. Medicare [[ID|health_plan:6981659671]].
Also reports portal access from [[IP|ip:27.33.140.201]] that was not her - profile [[URL|url:https://myhealth.sesswest.org.au/profile/MH-2248131]]; IT security notified.""",
    """Complaint - facial recognition kiosk [[DATE|date:2nd May 2024]]
[[PERSON|name:Aziz Rahimi]] (Hazara, Dari) via his caseworker, [[PHONE|phone:(03) 9792 7110]].
Visited [[LOCATION|geo:Dandenong Hospital]] fracture clinic [[DATE|date:29 April]] - no interpreter; kiosk enrolled his face without consent, template [[ID|biometric:FRK-20240429-0831]].
Asks for template deletion. Lives in [[ADDRESS|geo:3175]].""",
]

TRANSFER_RETRIEVAL = [
    """RETRIEVAL LOG [[DATE|date:05/03/2024]]
0412 Call from [[LOCATION|geo:Moree District Hospital]] re [[PERSON|name:DUNN, Tyson]] [[AGE|other:16M]], Kamilaroi.
MVA on the [[LOCATION|geo:Newell Highway]]. GCS 8, intubated. Tasking [[ID|other:ACC-24-031187]].
0605 wheels up. 1120 handover at [[LOCATION|geo:John Hunter Hospital]] ICU. Mum driving down.""",
    """Inter-hospital transfer request [[DATE|date:12/03/24 1630]]
From [[LOCATION|geo:Goulburn Valley Health]] to [[LOCATION|geo:Austin Hospital]] ICU.
[[PERSON|name:Ali Hussaini]] [[AGE|other:44M]], UR [[ID|mrn:GV330178]]. SAH, WFNS 3.
Wife driving down, car rego [[VEHICLE|vehicle:1TK 8BN]].""",
    """CareFlight NT log [[DATE|date:19 March 2024]]
1040 Request from [[LOCATION|geo:Wadeye Health Centre]], RAN on [[PHONE|phone:(08) 8978 2011]].
Pt [[PERSON|name:Bernadette Kinthari]] [[AGE|other:23F]], 34/40, APH. 1155 wheels up. 1340 arrived [[LOCATION|geo:RDH]] birth suite.
Escort aunty [[PERSON|name:Theresa]]. Murrinh-Patha interpreter requested.""",
    """Road trauma retrieval log [[DATE|date:23/03/2024]]
2205 Police request - rollover, [[LOCATION|geo:Bruce Highway]] 5km south of [[LOCATION|geo:Gin Gin]]. Navara VIN [[VEHICLE|vehicle:MNTVCUD45Z0012345]].
Pt [[PERSON|name:Cody Aplin]] [[AGE|other:27]], QAS incident [[ID|other:QAS-24-0881273]].
0010 arrived [[LOCATION|geo:Bundaberg Hospital]]. Mother informed.""",
    """Newborn retrieval [[DATE|date:28 March 2024 02:40]]
From [[LOCATION|geo:Wollongong Hospital]] to [[LOCATION|geo:Royal Hospital for Women]] NICU. Baby of [[PERSON|name:Priscilla Faleolo]] ([[AGE|other:26]]), 28/40, 1.1kg.
Father [[PERSON|name:Tavita]] following by car. NETS ref [[ID|other:NETS-240328-07]]. Surfactant given 0310.""",
    """Patient flow - transfer to private [[DATE|date:2/4/2024]]
[[PERSON|name:Harrison Lee]] [[AGE|other:70]], HCF member [[ID|health_plan:003188472]], Medicare [[ID|health_plan:2486 13022 9]] -> [[LOCATION|geo:Norwest Private Hospital]] for CABG.
Son [[EMAIL|email:jonolee@optusnet.com.au]] informed.""",
    """Transfer log [[DATE|date:Sat 6 April]]
2310 [[LOCATION|geo:Broken Hill]] -> [[LOCATION|geo:Royal Adelaide Hospital]] (RFDS). Pt [[PERSON|name:Clarence Bates]] [[AGE|other:57]], Barkindji, STEMI thrombolysed 2140 (tenecteplase 40mg).
Wife [[PERSON|name:Noreen]] can't fly, [[PHONE|phone:(08) 8087 2254]].
Photo ID sent with pt: [[ID|photo:BATES_C_photoID.jpg]].""",
    """ICU transfer-out [[DATE|date:11/04/2024]]
[[PERSON|name:Farhad Jafari]] [[AGE|other:50]], post OOHCA, to ward 7. ILR SN [[DEVICE|device:RLA604412S]].
Wife [[PERSON|name:Parisa]]. Persian interpreter. ID verified by palm scan, template [[ID|biometric:PSV-00482271]].""",
    """Retrieval coordination [[DATE|date:18 April 2024]]
[[LOCATION|geo:Mount Isa Hospital]] -> [[LOCATION|geo:Townsville University Hospital]]. [[PERSON|name:Lenny Sam]] [[AGE|other:33M]], from [[LOCATION|geo:Murray Island]], 22% TBSA burns.
Tasking [[ID|other:RSQ-24-11937]].""",
    """Secure MH transport [[DATE|date:25.04.2024 19:05]]
[[PERSON|name:Adrian Kovac]] [[AGE|other:36]], involuntary, [[LOCATION|geo:Wagga Wagga Base Hospital]] -> [[LOCATION|geo:Bloomfield Hospital]].
Police escort. Mother [[PERSON|name:Vesna]] [[PHONE|phone:6925 4418]].
Identity confirmed by police mobile fingerprint scan, template [[ID|biometric:FP-BLM-55091]].""",
]


def main() -> None:
    styles = [
        ("ed-triage-note", ED_TRIAGE),
        ("ward-nursing-note", WARD_NURSING),
        ("social-work-note", SOCIAL_WORK),
        ("allied-health-note", ALLIED_HEALTH),
        ("discharge-summary", DISCHARGE_SUMMARY),
        ("outpatient-letter", OUTPATIENT_LETTER),
        ("mental-health-community-note", MENTAL_HEALTH),
        ("hith-visit-note", HITH_VISIT),
        ("patient-liaison-complaint", PATIENT_LIAISON),
        ("transfer-retrieval-log", TRANSFER_RETRIEVAL),
    ]
    print(f"probe90: {write_styled(OUT, styles)} docs")


if __name__ == "__main__":
    main()
