"""Write the 38th hand-annotated redaction probe, 100 notes from deep and regional Australia.

Why: the engine has to cope with Australian records as they are really written, from all eight
states and territories: aged-care progress notes, NDIS paperwork, Aboriginal community-controlled
health, RFDS retrievals, mental health forms, pathology, My Health Record exports, GP care plans,
virtual care and injury claims. Australian identifiers (Medicare with and without IRN, IHI, HPI-I,
HPI-O, DVA file numbers, TFN, CRN, NDIS, AHPRA, provider and prescriber numbers, state plates)
have shapes no other locale uses, and many look-alikes (MBS items, NDIS support item numbers,
ABNs, durations such as 6/12 and 14/7, visual acuity 6/9, 49/51mg, 13/1300/1800 numbers) must
survive untouched.

What: ten styles of ten notes each: aged-care-progress-notes, NDIS-and-disability-support,
Aboriginal-community-controlled-health, rural-and-remote-clinic,
mental-health-tribunal-and-MHA-forms, pathology-and-radiology-reports,
My-Health-Record-and-eHealth-exports, GP-care-plans-and-team-care-arrangements,
hospital-in-the-home-and-virtual-care and workers-compensation-and-TAC-CTP-claims; en-AU with
Warlpiri, Alyawarr, Yolngu, Tiwi, Noongar and Torres Strait names. Conventions: Medicare, IHI,
DVA, NDIS, private fund and travel policy numbers are ID|health_plan; TFN, CRN or concession
numbers, passports and ImmiCards are ID|ssn; URNs, HRNs, UMRNs and lab or imaging accession
numbers are ID|mrn; AHPRA, provider, prescriber, HPI-I, HPI-O, NDIS registration, worker
screening, ASAR, JP and driver licence numbers are ID|license; insurer claims, Medicare claim
IDs, invoices, quotes and bank accounts are ID|account; tribunal matters, police events, task
numbers, My Aged Care IDs, eRx SCIDs, usernames and HealthLink EDI names are ID|other; aircraft
regos, plates, VINs and a loader serial are VEHICLE|vehicle. A glued IRN is inside the Medicare
span, a spaced "IRN 5" is not; glued HL7 and ISO timestamps are one DATE span. Holiday names that
pin an event's date (Anzac Day, NYE, xmas) are DATE. Aunty, Uncle, Sister, Dr and Mr stay
outside names; a skin name is marked only as part of a person's name; "Kumanjayi" standing in
for a deceased person's name, tjilpi and kungka stay unmarked. Regions (Kimberley, Tiwi
Islands), roads that locate an event, named facilities and ACCHOs are LOCATION; PMB and Locked
Bag postal lines are ADDRESS. Statewide services (PathWest, ACT Pathology), businesses with
ABNs, no-reply and namespace addresses, and 13/1300/1800 numbers stay unmarked unless one is a
person's own line.

How: cd /work/main && .venv/bin/python scripts/make_probe38_corpus.py (writes
corpus/redaction/probe38.jsonl).
"""
# ruff: noqa: RUF001

from pathlib import Path

from make_safe_harbor_suite import write_styled

OUT = Path(__file__).resolve().parents[1] / "corpus" / "redaction" / "probe38.jsonl"

AGED_CARE = [
    """PROGRESS NOTE | RACF, [[LOCATION|geo:Orange]] NSW | Wattle Wing Rm 14B
Resident: [[PERSON|name:WALKER, Rose]]   DOB [[DATE|date:14/02/31]] ([[AGE|date:93]]y)   Medicare [[ID|health_plan:3765 44858 1]] IRN 5

Tues [[DATE|date:3/9]] 0630 - Found on floor beside bed by RN [[PERSON|name:Hope Church]]. Sensor mat (Smart Caregiver TL-2100G, s/n [[DEVICE|device:SC21-0448193]]) did not alarm - battery flat. Nil LOC, no head strike observed. BP 148/82 HR 88 SpO2 94% RA BGL 6.1. GCS 15. Neuro obs 1/24 x4 then 4/24. Hip ROM full, no shortening/rotation.
0710 daughter [[PERSON|name:Dawn Street]] notified on [[PHONE|phone:0412 338 905]] - will visit after work. GP to review on Thurs round.
FRAT 18 -> high. Plan: low-low bed, new mat battery, 2-hrly checks.""",
    """pm shift handover [[DATE|date:12/03]] - rm 7
res [[PERSON|name:mark bell]] aka "[[PERSON|name:bluey]]" [[AGE|other:88]]yo - agitated ++ 1600-1800 (sundowning), refused 1700 endone 5mg, prn given 1900 w/ good effect. obs wnl, temp 36.9.
stepson [[PERSON|name:will young]] rang from [[LOCATION|geo:moe]] re [[DATE|date:xmas]] outing ([[DATE|date:25/12]]), his mob [[PHONE|phone:0438-772-016]].
medicare on the webster pack label ([[ID|health_plan:27681303453]]) is WRONG - belongs to rm 8. pharmacy notified.
skin tear L shin 3cm, steri-strips, photo uploaded to leecare as [[ID|photo:mbell_Lshin_20240312.jpg]]""",
    """AN-ACC REASSESSMENT REQUEST
Facility: [[LOCATION|geo:Glennie Heights Residential Care]], [[LOCATION|geo:Toowoomba]] QLD
Resident: Mr [[PERSON|name:Jack HILL]]   My Aged Care ID: [[ID|other:AC40718823]]
DOB: [[DATE|date:28 Jun 1939]]   Age: [[AGE|other:85]]   Pension CRN: [[ID|ssn:208 441 937H]]
Current class: AN-ACC Class 9. Reassessment requested after recent hospital admission (#NOF L, hemiarthroplasty).
Mobility now 2-assist with Sara Stedy. RUG-ADL 14, Braden 13, DEMMI 22, Barthel 35/100.
Contact for assessor: care manager [[PERSON|name:Summer Rich]] RN, ph [[PHONE|phone:(07) 4632 8810 ext 214]]""",
    """MEDICATION INCIDENT REPORT - [[LOCATION|geo:Eyre View Aged Care]], [[LOCATION|geo:Whyalla Norrie]]
Date of incident: Sunday [[DATE|date:16 June 2024]], 0800 med round
Resident: [[PERSON|name:Doris van der Berg]] (Rm 22), [[AGE|other:81]] yrs
Doris was given Rm 23's sachet (metoprolol 50mg, apixaban 5mg, pantoprazole 40mg). She is not anticoagulated. Picked up at 0825 when the resident photo on the sachet ([[ID|photo:DVDB_profile.png]]) did not match.
After-hours GP advised obs q1h x4; BP nadir 104/61 at 0930, HR 58. Pharmacist ([[ID|license:PHA0001872264]]) notified - packing error, batch 240615-22.
Grandson [[PERSON|name:Kyle]] informed on [[PHONE|phone:0401 227 603]]. SIRS Priority 2 notification lodged.""",
    """Wound Assessment - Resident [[PERSON|name:Ngaire London-Hughes]]   UR [[ID|mrn:SWH0098812]]   [[LOCATION|geo:Australind]] WA
Stage 3 PI sacrum 4.2 x 3.1 x 0.6cm, slough 30%, gran 70%. Exudate mod serous. PAINAD 2.
Photo [[ID|photo:IMG_0448_LondonHughes_sacrum_ruler.jpg]] taken [[DATE|date:2024-05-21]].
Air mattress Dyna-Form Mercury Advance s/n [[DEVICE|device:MA-22-117305]] alarm fault - loan unit swapped in.
Wound CNC [[PERSON|name:Jo Baker]] from [[LOCATION|geo:Bunbury Regional Hospital]] to review [[DATE|date:Fri 24/5]].""",
    """EOL care - [[LOCATION|geo:Launceston]]
Mr [[PERSON|name:Clarence DAWSON]] (known as [[PERSON|name:Clarrie]]), [[AGE|date:96]], DVA [[ID|health_plan:TX401277]]
2200: syringe driver (NIKI T34, serial [[DEVICE|device:12-04417]]) recharged: morphine 15mg + midazolam 5mg/24h. RASS -2. Mouth care 2/24.
Died peacefully [[DATE|date:Anzac Day]] ([[DATE|date:25.04.24]]) at 0315, verified by RN on duty.
NOK: nephew [[PERSON|name:Sunny Baker]], [[ADDRESS|geo:RMB 2210 Bridport Rd, Scottsdale TAS 7260]].
Clarrie served in New Guinea; widowed in 2019.""",
    """-- resident census export (Leecare) -- run 06:00
res_id,surname,given,dob,room,medicare,irn,dva
[[ID|mrn:GV1042]],[[PERSON|name:MARCHETTI]],[[PERSON|name:Hope]],[[DATE|date:1936-05-11]],12,[[ID|health_plan:5238169885]],5,
[[ID|mrn:GV1043]],[[PERSON|name:BROWN]],[[PERSON|name:Arthur John]],[[DATE|date:1929-10-30]],14A,[[ID|health_plan:5933249614]],5,[[ID|health_plan:NSS23456]]""",
    """Progress note - [[LOCATION|geo:Wurrumiyanga Aged Care]] ([[LOCATION|geo:Tiwi Islands]])
Resident: [[PERSON|name:Marie Puruntatameri]], [[AGE|other:79]], Medicare [[ID|health_plan:5177973741-2]]
Return-to-country: family took Marie to [[LOCATION|geo:Pirlangimpi]] for her brother's funeral (family ask that he be called Kumanjayi) from [[DATE|date:Thurs 11/7]] to [[DATE|date:Sun 14/7]].
Escort: granddaughter.
Optisulin 18u nocte + pen needles supplied; BGL diary given. Glucometer Accu-Chek Guide s/n [[DEVICE|device:92334415708]].
Medication cabinet access for AHP logged by fingerprint template [[ID|biometric:FPT-WUR-00412]]. Marie prefers English + Tiwi, interpreter not required.""",
    """RESTRICTIVE PRACTICE - CHEMICAL - INFORMED CONSENT
Resident: Ms [[PERSON|name:Paris Kostopoulos]]   DOB [[DATE|date:07.11.1940]]   Rm 31, [[LOCATION|geo:Mildura]]
Risperidone 0.25mg BD (physical aggression toward staff, 11 episodes in 14/7 per ABC charts; CMAI 68)
Substitute decision-maker: [[PERSON|name:Young-Mi Park]] (daughter-in-law; VCAT guardianship order [[ID|other:G2023/04417]])
Contact: [[EMAIL|email:youngmi.park71@gmail.com]] / [[PHONE|phone:+61 409 555 218]]
Consent obtained by phone 1415. Prescriber [[ID|license:MED0001944201]]. Review due [[DATE|date:19/11/24]] (3/12).""",
    """DIETITIAN REVIEW [[DATE|date:05-JUN-2024]]
Name: [[PERSON|name:BELL, Ivy May]]   ID: [[ID|mrn:HB-77120]]   Age: [[AGE|other:87]]   [[LOCATION|geo:Urangan]]
Wt loss 4.1kg over 3/12 (52.3 -> 48.2kg), BMI 18.9, MNA-SF 6.
Grew up at [[LOCATION|geo:Bell]] near [[LOCATION|geo:Dalby]] on the family farm. Son [[PERSON|name:Rowan Bell]] says Ivy "only eats Weet-Bix and tinned peaches" - preference list updated.
IDDSI level 5 minced & moist, mildly thick fluids (level 2). Fortisip Compact 125mL BD.
Weigh weekly Tues; rv 4/52.""",
]

NDIS = [
    """NDIS PLAN REASSESSMENT - SUMMARY OF SUPPORTS
Participant: [[PERSON|name:Jack Brown]]    NDIS no. [[ID|health_plan:431 245 987]]    DOB [[DATE|date:22/10/2006]]
Plan dates: [[DATE|date:14/03/2024]] to [[DATE|date:13/03/2026]]
Core - Assistance with daily life ........ $48,210.00
CB Daily Activity 15_056_0128_1_3 (OT) 40 hrs @ $193.99
Capital - AT 05_122403111_0103_1_2 .......... $3,150.00
Support coordinator: [[PERSON|name:Tane Walker]], [[EMAIL|email:tane@riverinasupportco.com.au]]
Plan manager: Bluegum Plan Partners (ABN 95 707 376 065) - OT invoice ref [[ID|account:INV-00418832]]
NDIA enquiries 1800 800 110 (not to be given to school as a contact).
Jack lives with mum at [[ADDRESS|geo:7 Kokoda St, Ashmont NSW 2650]].""",
    """SERVICE AGREEMENT (Schedule of Supports)
Between: [[PERSON|name:Summer Nguyen-Tran]] ("the Participant"), NDIS # [[ID|health_plan:430887124]]
of [[ADDRESS|geo:Unit 3/45 Smith St, Fitzroy VIC 3065]]
and Northside Allied Health Pty Ltd, ABN 28 065 691 593, NDIS Registration [[ID|license:4050031187]]
Nominee: mother, [[PHONE|phone:(03) 9417 2280]]
Commencement: [[DATE|date:1 July 2024]]   Term: 12 months
Travel reimbursed to acct name [[PERSON|name:S NGUYEN-TRAN]], acc no. [[ID|account:1043 5521]]
Signed: [[PERSON|name:S. Nguyen-Tran]] ..........""",
    """SIL shift notes - [[ADDRESS|geo:14 Carrington Ct, Andergrove QLD 4740]]
[[DATE|date:Sat 6/4]] AM 0700-1500.
Corey ([[PERSON|name:Corey Tabua]], NDIS [[ID|health_plan:43 1120 4452]]) up 0715. PEG feed 250mL Jevity via Kangaroo Joey pump (pump ID [[DEVICE|device:KJ-1189340]]). Seizure 0955 tonic-clonic 2min, midazolam 5mg buccal per plan, recovered 1010. Notified on-call [[PHONE|phone:0499 113 208]].
Community access 1100 - took Corey shopping in house car [[VEHICLE|vehicle:512 HGK]].
[[PERSON|name:Beau Hill]] declined outing, stayed home. Petty cash $42.50, receipts in folder.""",
    """ASSISTIVE TECHNOLOGY - QUOTE & OT JUSTIFICATION
Participant: [[PERSON|name:Bill Papadopoulos]] (prefers "[[PERSON|name:Vasili]]")   NDIS: [[ID|health_plan:431 076 332]]
Postal: [[ADDRESS|geo:PO Box 118, Kalamunda WA 6926]]
Item: Quickie Q700-M power wheelchair, Sedeo Pro seating, ROHO Quadtro Select cushion
Existing chair (Invacare TDX SP2) s/n [[DEVICE|device:TDX22-88104]] - motor failure, repair not viable.
Quote no. [[ID|account:Q-20441]] from Ability Mobility Solutions (ABN 42 887 246 582): $38,412.00 inc GST
OT AHPRA [[ID|license:OCC0001876543]]. Trial completed [[DATE|date:Wed 17th April]] at home; ramp gradient 1:14 OK.""",
    """BEHAVIOUR SUPPORT PLAN - INTERIM (regulated restrictive practices)
Participant: [[PERSON|name:Will Street]]   DOB [[DATE|date:2/2/1999]]   NDIS [[ID|health_plan:430 214 980]]
Lives at: [[ADDRESS|geo:4 Flinders St, Port Pirie SA 5540]] (SIL, 3 co-residents)
Behaviour support practitioner: Dr [[PERSON|name:Anita Hope]], NDIS Commission practitioner ID [[ID|license:BSP-0012877]]
RRPs: environmental (locked kitchen cupboard); chemical (olanzapine 5mg PRN, max 10mg/24h).
Escalation linked to roster changes and noise > 70 dB.
Lodged in NDIS Commission portal, notification [[ID|other:4-4H7XK2Q]].""",
    """From: [[PERSON|name:Hayley Kerr]] <[[EMAIL|email:hayley.kerr@northcoordination.com.au]]>
To: accounts team
Date: [[DATE|date:Mon, 8 Jul 2024]] 09:14:22 +1000
Subject: RE: [[PERSON|name:Rhiannon Green]] - NDIS [[ID|health_plan:431558207]] - unpaid invoices

Hi all,
Rhiannon's mum rang again - the OT ([[PERSON|name:Sam Parris]]) is chasing [[ID|account:INV-2291]] ($1,163.94). Was it paid from her CB Daily Activity budget? Her plan has since rolled over.
Her new address is [[ADDRESS|geo:Flat 2, 16 Bathurst St, Launceston 7250]] - please update.
Thanks | m [[PHONE|phone:0418 552 097]]

> The ABN on the invoices (16 427 707 075) doesn't match the ABR.""",
    """Centrelink - Disability Support Pension - treating doctor report attached (SU415)
Customer: [[PERSON|name:Tobias Greene]]   CRN: [[ID|ssn:204733519X]]   TFN: [[ID|ssn:177 114 408]]
Address: [[ADDRESS|geo:Unit 12, 5 Gungahlin Pl, Gungahlin ACT 2912]]
NDIS participant [[ID|health_plan:430-662-901]]; SDA High Physical Support.
Treating doctor: Dr [[PERSON|name:Meg Lau]], spinal unit, provider [[ID|license:5781204T]]
Condition: C6 ASIA B tetraplegia after MVA in 2021. Impairment Tables: Table 3 - 20 pts, Table 4 - 20 pts.""",
    """Remote Community Connector visit - [[LOCATION|geo:Ngukurr]] [[DATE|date:20 Feb]]
Participant: [[PERSON|name:Marcus Daniels]] (skin: Balang), NDIS [[ID|health_plan:431990216]]
Kriol interpreter booked through AIS, booking [[ID|other:AIS-220431]]
Lives with aunty at [[ADDRESS|geo:Lot 88, Ngukurr NT 0852]].
Supports: wheelchair repairs (TiLite, s/n [[DEVICE|device:TL04882190]]); transport to [[LOCATION|geo:Katherine Hospital]] for ortho review.
Contact via his cousin's mob [[PHONE|phone:0477 220 189]] (shared phone).""",
    """{"export":"CareMaster","generated":"[[DATE|date:2024-10-02T08:15:00+10:00]]","participants":[
{"participant_id":"[[ID|other:P-00821]]","ndis_number":"[[ID|health_plan:430 712 558]]","name":"[[PERSON|name:Sunny O'Hare]]","dob":"[[DATE|date:2009-11-23]]","guardian":"[[PERSON|name:Declan O'Hare]]","phone":"[[PHONE|phone:+61 7 4771 2094]]","address":"[[ADDRESS|geo:55 Bundock St, Belgian Gardens QLD 4810]]","funding":"plan-managed","support_items":["15_037_0117_1_3","01_011_0107_1_1"],"budget_remaining":11420.55},
{"participant_id":"[[ID|other:P-00822]]","name":"[[PERSON|name:Hope Ahmat]]","funding":"agency-managed","support_items":["04_104_0125_6_1"],"budget_remaining":3980.0}
]}""",
    """REPORTABLE INCIDENT - 24 HOUR NOTIFICATION
Reference: [[ID|other:4-9XKQ2LM]]
Date/time of incident: [[DATE|date:Saturday 31 August 2024]] approx 2130
Impacted person: [[PERSON|name:Eliza Moe]], NDIS [[ID|health_plan:431 662 044]]
Type: unauthorised use of a restrictive practice (seclusion - locked in bedroom approx 20 min)
Worker involved: [[PERSON|name:Tyson Baker]], NDIS Worker Screening ID [[ID|license:1023377A]]
Location: SIL house, [[LOCATION|geo:Glengarry]] VIC. Police attended.
Worker clocked on via facial template [[ID|biometric:FR-7730-221]].
Reported by: Operations Manager, [[EMAIL|email:nkerr@gippslandlivingsupports.org.au]]""",
]

ACCHO = [
    """715 HEALTH CHECK (adult) - [[LOCATION|geo:Ampilatwatja Health Centre]]
Client: [[PERSON|name:Rosie Napurrurla Martin]]   HRN [[ID|mrn:ASP0119874]]
DOB [[DATE|date:1/7/1978]] (registered [[DATE|date:1/7]], actual unknown)   Medicare [[ID|health_plan:2383 39721 5]] (IRN 3)
Goes out to [[LOCATION|geo:Irrultja]] outstation in the wet. Postal [[ADDRESS|geo:PMB 83, via Alice Springs NT 0872]].
Alyawarr speaker. Late father (Kumanjayi); mum [[PERSON|name:Maggie Pwerl]] lives with her.
Findings: BP 152/94, BMI 31, HbA1c 8.9%, ACR 31 mg/mmol, eGFR 71. Skin: scabies healed. Ears clear. AUDIT-C 0.
Plan: GPMP + TCA (721/723), CTG annotation on scripts, 10987 follow-ups x5. Next 715 due [[DATE|date:July 2025]].""",
    """Chronic disease review - [[LOCATION|geo:Badu Island]] PHC (via TI)
[[PERSON|name:Elsie Nona]], [[AGE|other:58]], UR [[ID|mrn:TI 0448812]]
T2DM, CKD 3b, HTN. HbA1c 9.4% (target <7.0), eGFR 38, uACR 45.2.
Metformin XR reduced 1g -> 500mg nocte; empagliflozin 10mg; perindopril 5mg.
Seen with IHW; endocrinology by telehealth.
Flies to [[LOCATION|geo:Cairns]] for renal r/v [[DATE|date:Wed 14 Aug]] - PTSS ref [[ID|other:PTSS-TI-240771]], escort daughter [[PERSON|name:Lena Nona]].""",
    """RHD SECONDARY PROPHYLAXIS - [[LOCATION|geo:Kimberley]]
Child: [[PERSON|name:Shaniqua Bedford]], [[AGE|other:11]]yo, [[LOCATION|geo:Bayulu]] community
WA RHD Register ID: [[ID|other:RHD-WA-04471]]
Dx ARF 2022; moderate MR on echo.
Benzathine penicillin G 1,200,000 units IM q28 days. This year: [[DATE|date:4/1]], [[DATE|date:1/2]], [[DATE|date:29/2]], [[DATE|date:2/4]] (late - family at funeral in [[LOCATION|geo:Halls Creek]]). Adherence 83%.
Mum ph [[PHONE|phone:0491 308 226]]; Nana also carer.""",
    """Clinic note - [[LOCATION|geo:Pukatja]]
Pt: [[PERSON|name:Dora Tjilari]], kungka [[AGE|other:63]]y, HRN [[ID|mrn:APY06221]], Medicare [[ID|health_plan:2156142291]]
Haemodialysis 3x/wk on country at [[LOCATION|geo:Purple House]]. Husband Mr [[PERSON|name:Harry Baker]] (tjilpi) wants to go out bush for a few weeks.
Pre-dialysis wt 68.2kg, IDWG 2.9kg; K+ 5.9; Hb 98; URR 71%. AVF L forearm - good thrill/bruit.
Renal clinic in [[LOCATION|geo:Alice]] [[DATE|date:Thurs 12 Sept]], travelling on the clinic troopy (rego [[VEHICLE|vehicle:S 344 BZQ]]).""",
    """[[LOCATION|geo:Thubbo Aboriginal Medical Cooperative]] - follow up
Client [[PERSON|name:Corey Hope-Kennedy]], [[AGE|other:34]], known as "[[PERSON|name:CJ]]". Wiradjuri.
Address: [[ADDRESS|geo:3/45 Myall St, Dubbo NSW 2830]]   Medicare [[ID|health_plan:2870-46867-5]] ref 1
Reason: r/v after ED [[DATE|date:Sat 22/6]] - alcohol withdrawal seizure.
Seen by Aunty [[PERSON|name:Dawn Ah See]] (AHW). Referred to residential rehab.
CRN [[ID|ssn:309 128 440P]] for Centrelink exemption letter. Court support letter given.""",
    """Ear health - [[LOCATION|geo:Rumbalara Aboriginal Co-operative]], [[LOCATION|geo:Mooroopna]]
Child: [[PERSON|name:Jayden Atkinson]], [[AGE|other:4]]y, Medicare [[ID|health_plan:4244 42749 3]] IRN 2
Mum: [[PERSON|name:Sharnie Atkinson]] [[PHONE|phone:0455 201 866]]
Tymps R type B, L type C. Audiology: mild-mod CHL R.
Hearing aid trial: Phonak Sky L-M PR, serial R [[DEVICE|device:2309X1TGL]] (L aid on back-order).
ENT - grommets waitlist, Cat 2. Next check [[DATE|date:Tues 3rd Sept]].""",
    """PRESCRIPTION (PBS) - CTG
Patient: [[PERSON|name:Noel Sailor]]   [[ADDRESS|geo:24 Back Beach Rd, Yarrabah QLD 4871]]
Medicare [[ID|health_plan:47751773734]]   Concession [[ID|ssn:204 991 127V]]
Rx: Trulicity 1.5mg/0.5mL pen, qty 4, rpt 5. PBS Authority approval no. [[ID|other:4482197]]. CTG annotated.
Prescriber: Dr [[PERSON|name:Isaac Fong]], prescriber no [[ID|license:2093418]]
Date [[DATE|date:17/05/24]]""",
    """[[LOCATION|geo:Galiwin'ku]] clinic - [[DATE|date:21/10/24]]
Pt: [[PERSON|name:Gawura Dhamarrandji]] (Yolngu, Gupapuyngu speaker), [[AGE|other:46]]   HRN [[ID|mrn:RDH0772815]]
Cough 6/52, wt loss, night sweats. ?TB - sputum x3 sent on the mail plane.
CXR [[LOCATION|geo:Gove District Hospital]] [[DATE|date:18.10.2024]]: RUL cavitation.
Contacts screened: wife [[PERSON|name:Yurranydjil Gumana]] and 2 sons.
NT TB Unit fax [[PHONE|fax:08 8922 8310]].""",
    """[[LOCATION|geo:Derbarl Yerrigan Health Service]] - Hep C treatment
Client: [[PERSON|name:Kylie Ugle]] (Noongar)   DOB [[DATE|date:30-10-1985]]
Results by email [[EMAIL|email:kylie.ugle85@outlook.com]]
HCV RNA 2.1 x10^6 IU/mL, genotype 3a, APRI 0.4, FibroScan 6.2 kPa.
Sofosbuvir/velpatasvir 12/52 (PBS S100); prescriber [[ID|license:MED0001377150]].
Lives [[ADDRESS|geo:Unit 6, 114 Wittenoom St, East Perth WA 6004]]. ID sighted: WA driver's licence [[ID|license:5502871]].
Partner [[PERSON|name:Jarrod]] to be tested. SVR12 bloods due [[DATE|date:March 2025]].""",
    """[[LOCATION|geo:Winnunga]] in-reach to [[LOCATION|geo:Alexander Maconochie Centre]]
Detainee: [[PERSON|name:Nathan Brown-Simms]], AMC ID [[ID|other:A19447]], DOB [[DATE|date:19/01/1996]]
Dispensing verified by fingerprint template [[ID|biometric:FP-AMC-0088213]]. Buvidal 128mg monthly: last [[DATE|date:12th Aug]], next due in 4/52.
Release to sister's place.
Medicare [[ID|health_plan:6153 5635 02]] (expired - new card ordered).
GP on release HPI-I [[ID|license:8003618561365239]].""",
]

RFDS = [
    """RFDS SE OPERATIONS - RETRIEVAL LOG
[[DATE|date:07/05/24]]   Priority 1   Aircraft B200 [[VEHICLE|vehicle:VH-MSZ]]
Pickup: [[LOCATION|geo:Yancannia Station]] airstrip ([[LOCATION|geo:-30.271, 142.803]])
Pt: [[PERSON|name:Tom Rich]] [[AGE|other:52]]M, station manager, crushed in cattle yards, L femur #.
Called in by wife on sat phone [[PHONE|phone:+8816 3147 7821]].
Fentanyl 100mcg IN, ketamine 20mg IV, traction splint. BP 108/70 HR 118 GCS 15.
Dest: [[LOCATION|geo:Broken Hill Hospital]]. Medicare [[ID|health_plan:2288 57400 3]] IRN 5""",
    """RFDS QLD - [[LOCATION|geo:Mount Isa]] base - patient care record
[[DATE|date:Friday 15th March 2024]]
From [[LOCATION|geo:Doomadgee Hospital]] to [[LOCATION|geo:Mount Isa Hospital]]
Pt: [[PERSON|name:Lionel Walden]], [[AGE|other:27]]M, Medicare [[ID|health_plan:2174 94065 5-3]]
Snakebite L ankle (?king brown) at the [[LOCATION|geo:Nicholson River]] crossing while fishing. PIB applied. 20WBCT clotted. No envenomation, antivenom not given.
Uncle will collect his Hilux ([[VEHICLE|vehicle:921 KPW]]) from the crossing.
MO [[ID|license:MED0002118804]]""",
    """RFDS WESTERN OPS - [[LOCATION|geo:Meekatharra]] base - PRIMARY RESPONSE
Job [[ID|other:WO-24-20871]] / [[DATE|date:02.08.2024]] 0317 WST
Patient: [[PERSON|name:Dylan McKenzie-Ward]], [[AGE|other:31]], FIFO haul truck operator. Rollover of light vehicle (LandCruiser 79, [[VEHICLE|vehicle:1HKT 552]], VIN [[VEHICLE|vehicle:JTM13GHFXE8309058]]).
# R clavicle, ?pneumothorax (E-FAST +ve R), GCS 14 (E3V5M6).
Site clinic ph [[PHONE|phone:+61 8 9981 5520 ext 3]].
NOK: partner, details on file. Retrieved to [[LOCATION|geo:Fiona Stanley Hospital]].""",
    """RFDS Central Ops - [[LOCATION|geo:Port Augusta]] - [[DATE|date:13-Jan-2024]]
Pt: [[PERSON|name:Lukas Weber]], [[AGE|other:24]], German backpacker, passport [[ID|ssn:C4X7K9R21]]
Heat stroke; found on the [[LOCATION|geo:Oodnadatta Track]] near [[LOCATION|geo:William Creek]]. Temp 41.2, GCS 11.
Campervan (Britz Hitop) SA rego [[VEHICLE|vehicle:S 782 CJW]]
Companion [[PERSON|name:Mia Schröder]] travelling with him. Travel insurance policy [[ID|health_plan:TI-DE-44710928]].
No reciprocal health care agreement with Germany.""",
    """RFDS Central Ops - [[LOCATION|geo:Darwin]] - OBSTETRIC RETRIEVAL   [[DATE|date:Sun 16/6/24]]
From [[LOCATION|geo:Borroloola Health Centre]] to [[LOCATION|geo:Royal Darwin Hospital]] birth suite
Pt: [[PERSON|name:Tahlia Baker]], [[AGE|other:19]], G2P1, 32+4/40, PPROM 0200, contracting 1:5.
Betamethasone 11.4mg IM 0345; nifedipine 20mg; MgSO4 4g load; GBS unknown - benzylpenicillin 3g.
RDH HRN [[ID|mrn:RDH0881902]]. Midwife AHPRA [[ID|license:NMW0002231178]].
Escort: mother [[PERSON|name:Leanne Baker]]. Baby's father stays at [[LOCATION|geo:Robinson River]].""",
    """Aeromedical - [[LOCATION|geo:King Island Hospital]] to [[LOCATION|geo:Launceston]]
[[DATE|date:Tuesday, 9 April 2024]]
Pt: [[PERSON|name:Rowan Hill]] [[AGE|other:67]], cray fisherman. Inferior STEMI (STE II, III, aVF). TNK 35mg at 1420, door-to-needle 38 min.
Wife at [[ADDRESS|geo:RMB 840 North Rd, Egg Lagoon TAS 7256]]
UR [[ID|mrn:LG 883 012]]; DVA White Card [[ID|health_plan:TSM12055]]""",
    """[[LOCATION|geo:Omeo District Health]] - Urgent Care - [[DATE|date:22-Feb-24]]
[[PERSON|name:Angus Fairbairn]], [[AGE|other:45]]. Quad bike rollover on "[[LOCATION|geo:Bundara Downs]]", [[ADDRESS|geo:RMB 4410 Benambra Rd, Omeo VIC 3898]].
NEXUS neg. # ribs 5-7 L, SpO2 92% RA -> O2 4L NP.
AV HEMS requested 1534, ETA 55 min.
Wife [[PERSON|name:Kath]] driving down in the ute [[VEHICLE|vehicle:1BD 3KP]]. Mob [[PHONE|phone:0428 591 007]]""",
    """RFDS SE - remote clinic, [[LOCATION|geo:Grawin]] opal field club - [[DATE|date:Thurs 28th Nov]]
Pt: [[PERSON|name:Stavros Kalogeropoulos]] aka "[[PERSON|name:Stevo]]", [[AGE|other:71]]. No street address: green caravan past the [[LOCATION|geo:Sheepyard Inn]]. Postal [[ADDRESS|geo:PO Box 301, Lightning Ridge NSW 2834]].
No phone.
BCC L cheek biopsy (lab [[ID|mrn:24-1188273]]) infiltrative - refer plastics.
Medicare [[ID|health_plan:2791 58828 3/3]]. BP 162/90.""",
    """[[LOCATION|geo:Lockhart River]] PHCC - telehealth consult log
session=[[ID|other:TH-24-88213]] start=[[DATE|date:2024-02-07]] 10:02 AEST link=SkyMuster client_ip=[[IP|ip:10.88.4.117]] remote_ip=[[IP|ip:203.45.192.16]]
Pt [[PERSON|name:Jennifer Pascoe]], [[AGE|other:38]], UR [[ID|mrn:CNS-3318822]]
Diabetic foot ulcer L hallux 1.5cm, probe-to-bone neg. RFDS GP via video.
Road closed (wet season); mail plane Tue/Thu. Plan: fly to [[LOCATION|geo:Cairns]] next week for high-risk foot clinic.""",
    """MSH|^~\\&|TOPAS|NWMHS|WEBPAS|PHS|[[DATE|date:20240922141503]]||ADT^A02|MSG00073318|P|2.4
PID|1||[[ID|mrn:NWM0044712]]^^^NWMHS^MR~[[ID|health_plan:60925827314]]^^^AUSHIC^MC||[[PERSON|name:WALKER^SUMMER^JADE]]||[[DATE|date:19940318]]|F|||[[ADDRESS|geo:Lot 4 Kalgan Dr^^Newman^WA^6753]]||[[PHONE|phone:0891751204]]
PV1|1|I|ED^^^[[LOCATION|geo:NEWMAN]]||||[[ID|license:4107244Y]]^[[PERSON|name:KARIMI^SAMIR]]
NTE|1||RFDS transfer to [[LOCATION|geo:Hedland Health Campus]], ?appendicitis""",
]

MENTAL_HEALTH = [
    """MENTAL HEALTH ACT 2007 (NSW) - SCHEDULE 1 - MEDICAL CERTIFICATE AS TO EXAMINATION OR OBSERVATION OF PERSON
I, Dr [[PERSON|name:Rajesh Menon]], of [[LOCATION|geo:Nepean Hospital]], provider no. [[ID|license:3386648Y]],
personally examined [[PERSON|name:Jordan Lee PARIS]] of [[ADDRESS|geo:44 Orange Grove Rd, Liverpool NSW 2170]] on [[DATE|date:Sat 9 March 2024]] at 0140.
I am of the opinion that the person is a mentally ill person (s 14).
Brought in by police under s 22 - event no. [[ID|other:E71234567]].
MRN [[ID|mrn:NPN 4421987]]; [[AGE|other:22]] y.o.""",
    """MENTAL HEALTH TRIBUNAL (Vic) - hearing report - Temporary Treatment Order
Consumer: [[PERSON|name:Hope Ng]]   UR [[ID|mrn:U1188402]]   Service: [[LOCATION|geo:Latrobe Regional Hospital]]
Hearing [[ID|other:MHT-24-0912]] listed [[DATE|date:Wednesday 10 July 2024]], 10:30am, by video.
Documents emailed to [[EMAIL|email:hope.ng.1999@icloud.com]].
Nominated support person: brother [[PERSON|name:Mike Ng]] [[PHONE|phone:0416 209 730]].
Paliperidone LAI 150mg monthly. CGI-S 5, HoNOS 19.""",
    """QLD Mental Health Act 2016 - Treatment Authority - CIMHA extract
Patient: [[PERSON|name:Jarrah BELL]]   CIMHA ID [[ID|mrn:1038874]]
DOB [[DATE|date:11/11/1990]]   Address [[ADDRESS|geo:2/17 Ross River Rd, Mundingburra QLD 4812]]
Brought to [[LOCATION|geo:Townsville University Hospital]] on EEA [[DATE|date:01/05/24]] 2250; QPS occurrence [[ID|other:QP2400771188]].
TA made next morning 1015, inpatient category.
Nominated support person: mother [[PERSON|name:Sunny Bell]].
Threats posted on [[URL|url:facebook.com/jarrah.bell.9085]] - police aware.""",
    """MENTAL HEALTH ACT 2014 (WA) - FORM 1A - REFERRAL FOR EXAMINATION BY A PSYCHIATRIST
Person referred: [[PERSON|name:Kane Whitford]] aka "[[PERSON|name:Kaner]]"   UMRN [[ID|mrn:A9182273]]
Address: [[ADDRESS|geo:Lot 9 Moonlight Rd, Lake Clifton WA 6215]]
Examined at [[LOCATION|geo:Peel Health Campus]] [[DATE|date:20/08/2024]] 1420
Command AH, threatening neighbour with machete, not sleeping 5/7.
Transport order (Form 4A) to police. His white Falcon ute [[VEHICLE|vehicle:1EMT 488]] left at scene.
Copy to Chief Psychiatrist fax [[PHONE|fax:(08) 6553 0099]].""",
    """SA Health - MENTAL HEALTH ACT 2009 - LEVEL 1 INPATIENT TREATMENT ORDER
Patient: [[PERSON|name:Mark DE LA CRUZ]]   URN [[ID|mrn:07124410]]   [[LOCATION|geo:Lyell McEwin Hospital]]
Made 0300 [[DATE|date:Fri 22 Nov 2024]] (prescriber [[ID|license:MED0001592270]]); confirmed by psychiatrist 1100 same day.
Guardian under SACAT order [[ID|other:2023/GA/01188]].
Home: [[ADDRESS|geo:Unit 5/ 23 Main North Rd, Elizabeth SA 5112]].
Notice to [[PERSON|name:Mark]]'s GP faxed [[PHONE|fax:08 8252 9917]].""",
    """Mental Health Act 2013 (Tas) - ASSESSMENT ORDER
Person: [[PERSON|name:Brianna Dawn Cooper]]   DOB [[DATE|date:5/5/05]] ([[AGE|other:19]])
Address: [[ADDRESS|geo:14 Hopkins St, Moonah TAS 7009]]
Applicant: father [[PERSON|name:Geoff Cooper]]
Made at [[LOCATION|geo:Royal Hobart Hospital]] ED, [[DATE|date:31 Dec 2023]] 2310 ([[DATE|date:NYE]]).
TASCAT file [[ID|other:MHT-TAS-23-4471]].""",
    """ACAT - Mental Health - application for Psychiatric Treatment Order
Respondent: [[PERSON|name:Will Hartigan-Brown]], [[AGE|other:42]], MRN [[ID|mrn:0006338271]]
Respondent's address: [[ADDRESS|geo:37 Namatjira Dr, Weston ACT 2611]]
Treating psychiatrist HPI-I [[ID|license:8003616369693935]]
Hearing [[DATE|date:Thursday 4/7/24]] at ACAT. ACAT file [[ID|other:MH 24/00871]].
Solicitor: [[PERSON|name:Hamish Reid]], Legal Aid ACT, [[EMAIL|email:hreid@legalaidact.org.au]]""",
    """NT Mental Health and Related Services Act - recommendation for psychiatric examination
Person: [[PERSON|name:Jimmy Jakamarra Rice]] (also spelt [[PERSON|name:Jakamara]]) from [[LOCATION|geo:Lajamanu]]
DOB [[DATE|date:01/01/1979]]   HRN [[ID|mrn:RDH0993401]]
Warlpiri interpreter [[PERSON|name:Valerie Napaljarri]]. Examined [[DATE|date:Tue 5 Nov 2024]].
RFDS to [[LOCATION|geo:Joan Ridley Unit]], [[LOCATION|geo:Royal Darwin Hospital]].""",
    """From: [[PERSON|name:Jess O'Brien]] <[[EMAIL|email:j.obrien@mht.vic.gov.au]]>
To: [[EMAIL|email:dhruv.k@monashhealth.org]]
Sent: [[DATE|date:Friday, 19 January 2024]] 4:47 PM
Subject: Statement of Reasons - [[PERSON|name:Ada Church]] - [[ID|other:MHT 24/0188]]

Dear Doctor,
The Tribunal revoked the Community Treatment Order for Ms [[PERSON|name:Church]].
Her DOB was recorded as [[DATE|date:2/11/1976]]; the correct DOB is [[DATE|date:11/2/1976]].
Regards, Registry""",
    """cmht rv [[DATE|date:tues 3/9]] - forensic order (disability) - pt [[PERSON|name:summer o'connell]] ([[AGE|other:26]])
ur [[ID|mrn:pah4412809]]. seen at home [[ADDRESS|geo:unit 7 22 logan rd woolloongabba]].
mse: kempt, calm, logical, denies si/hi. lai due [[DATE|date:17/9]] zuclopenthixol 200mg q2/52.
mum ([[PERSON|name:rose]]) ph [[PHONE|phone:0431227190]].
pt has new insta [[URL|url:instagram.com/summer.oc_]] - ?contact w victim, discuss w tl.""",
]

PATH_RAD = [
    """NSW Health Pathology - [[LOCATION|geo:Orange Health Service]] laboratory
Patient: [[PERSON|name:GREEN, William Robert]]   Sex M   DOB [[DATE|date:27/08/1958]]
MRN [[ID|mrn:K0338812]]   Medicare [[ID|health_plan:3355 48815 1-3]]
Address [[ADDRESS|geo:18 Hope St, Orange NSW 2800]]
Requested by Dr [[PERSON|name:Fatima Rahimi]] ([[ID|license:5824046J]])
Collected [[DATE|date:12/06/2024]] 08:40
Na 138 (135-145) mmol/L; K 5.6 H (3.5-5.2); Creat 142 H (60-110) umol/L; eGFR 46; Hb 118 L (130-180) g/L; HbA1c 7.8% (62 mmol/mol).
K+ may be spurious (haemolysed). Phoned to surgery 11:02.
NATA Accreditation No. 2298. MBS 66512 65070 73938 bulk billed.""",
    """[[LOCATION|geo:Latrobe Regional Hospital]] - Medical Imaging
Accession [[ID|mrn:RAD24-00981233]]
Patient: [[PERSON|name:MOE, Jacqueline]]   DOB [[DATE|date:1948-02-29]]   [[AGE|other:76]]F
Exam: CT BRAIN NON-CONTRAST   [[DATE|date:Tue 03 Sep 2024]] 14:22   Siemens SOMATOM go.Top, DLP 812 mGy.cm
Clinical: fall at home in [[LOCATION|geo:Moe]], on apixaban, GCS 14.
Findings: 6mm L frontoparietal acute SDH, no midline shift. Old lacunar infarct R internal capsule.
Comparison CT [[DATE|date:14/02/2022]] ([[LOCATION|geo:Bairnsdale]]).
Reported by consultant radiologist.""",
    """MSH|^~\\&|AUSLAB|QHP|HBCIS|TUH|[[DATE|date:20240716093012]]||ORU^R01|Q24071600331|P|2.3.1
PID|1||[[ID|mrn:TUH2209184]]^^^TUH^MR~[[ID|health_plan:8003604264350157]]^^^AUSHIC^NI||[[PERSON|name:HILL^SUNNY^MAE]]||[[DATE|date:19870402]]|F|||[[ADDRESS|geo:12 Wattle St^^Mount Isa^QLD^4825]]||[[PHONE|phone:(07)47431189]]
PV1|1|O|MIH-ANC||||[[ID|license:482329CY]]^[[PERSON|name:OKONJO^ADA]]^^^DR
OBR|1||[[ID|mrn:QH24-4471902]]|BHCG^beta hCG
OBX|1|NM|BHCG||18240|IU/L|<5|H|||F
OBX|2|NM|PROG||42|nmol/L|||||F""",
    """PathWest Laboratory Medicine WA - [[LOCATION|geo:QEII Medical Centre]]
HISTOPATHOLOGY   Specimen [[ID|mrn:S24-18873]]
Patient: Mr [[PERSON|name:Mark GREEN]]   DOB [[DATE|date:02.01.1961]]   Medicare [[ID|health_plan:4309680865]] / 4
Clinical: ?BCC L ear helix, excised [[DATE|date:18/03/24]] in [[LOCATION|geo:Geraldton]]. Pre-op photo [[ID|photo:MGREEN_Lear_preop.jpg]] attached.
Macro: ellipse 14 x 6 x 4mm, blocks A1-A3.
Micro: nodular and infiltrative BCC, margins clear (closest 0.8mm deep).
Dx: BCC (SNOMED 254701007; ICD-10 C44.2).
Pathologist Dr [[PERSON|name:Wen Li]], authorised 16:04""",
    """Obstetric ultrasound - morphology - [[LOCATION|geo:Mount Gambier]]
Patient: [[PERSON|name:Summer Mackintosh]]   Age [[AGE|other:34]]
Exam date [[DATE|date:23 July 2024]]. LMP [[DATE|date:02/03/24]]; EDD by dates [[DATE|date:07/12/24]]
Gestation 20+3 weeks. Single live IUP, FHR 148 bpm, EFW 352g (45th centile). Placenta posterior, not low-lying. Cervix 38mm.
Sonographer ASAR [[ID|license:12044]].
Referrer: midwife [[PERSON|name:Kate Bell]]. Report faxed to [[PHONE|fax:08 8724 1199]].""",
    """MRI LEFT KNEE - [[LOCATION|geo:Launceston General Hospital]] - [[DATE|date:Mon 12 Feb 2024]]
Pt: [[PERSON|name:Darcy Street]]   DVA [[ID|health_plan:TX290144]]   UR [[ID|mrn:LG 448 120]]
Referrer provider [[ID|license:3981053W]]. MBS 63560.
MRI safety: spinal cord stimulator (Medtronic Intellis) s/n [[DEVICE|device:NKF447120H]], MRI-conditional, MRI mode set by rep.
Findings: complex tear posterior horn medial meniscus; grade 2 MCL sprain; Baker's cyst 32 x 14mm.""",
    """ACT Pathology - [[LOCATION|geo:Canberra Hospital]] - cumulative report
Patient: [[PERSON|name:NGUYEN, Van Thi]]   MRN [[ID|mrn:0004471290]]   IHI [[ID|health_plan:8003 6036 0653 4643]]
date,time,Hb,WCC,Plt,Neut,CRP
[[DATE|date:2024-08-01]],07:10,102,3.1,88,1.2,45
[[DATE|date:2024-08-03]],06:55,98,2.4,71,0.8,112
[[DATE|date:2024-08-05]],07:05,91,0.9,52,0.3,188
FN alert: neut 0.3 - phoned to haem reg Dr [[PERSON|name:Rose Bell]] 07:40.
Ref ranges: Hb 115-165 g/L; WCC 4.0-11.0 x10^9/L; Plt 150-400; Neut 2.0-7.5; CRP <5.""",
    """Territory Pathology - SPECIMEN REJECTION NOTICE
Collected [[LOCATION|geo:Yuendumu]] clinic [[DATE|date:Mon 4/3]]; arrived [[LOCATION|geo:Alice Springs]] lab on the mail plane (48h transit).
Tube label: [[PERSON|name:Sharon Nungarrayi Granites]] DOB [[DATE|date:01/07/1982]]
Request form: [[PERSON|name:Sharon Napangardi Granites]] DOB [[DATE|date:01/07/1982]] HRN [[ID|mrn:ASP0204471]]
Two clients share given name, surname and registered DOB; skin name differs. Specimen REJECTED - please recollect.
Notified clinic fax [[PHONE|fax:(08) 8956 4038]].""",
    """BreastScreen Victoria - screening result letter
[[DATE|date:14 March 2024]]
Ms [[PERSON|name:Dawn Church]]
[[ADDRESS|geo:Unit 3, 12 Hare St]]
[[ADDRESS|geo:ECHUCA VIC 3564]]
Client number: [[ID|mrn:BSV-00917734]]
Dear [[PERSON|name:Dawn]],
Your screening mammogram on [[DATE|date:29/02/2024]] showed no evidence of breast cancer. Your next screen is due in 2 years.
A copy has been sent to your GP. Questions? Call 13 20 50.""",
    """FAX   From: [[PHONE|fax:(02) 9515 8870]]   To: [[PHONE|fax:02 4962 1133]]   [[DATE|date:28/10/2024]] 15:22   Page 1/2
[[LOCATION|geo:Royal Prince Alfred Hospital]] - Nuclear Medicine & PET
Patient: [[PERSON|name:LONDON, Grace]]   MRN [[ID|mrn:RPA 0448 1902]]
FDG PET/CT whole body: 18F-FDG 251 MBq, BSL 5.4 mmol/L, uptake 62 min.
Findings: FDG-avid R upper lobe mass SUVmax 14.2; R hilar node SUVmax 6.8; no distant disease.
Impression: T2aN1M0 on imaging.
cc Dr [[PERSON|name:Wilhelmina Rich]], [[LOCATION|geo:Calvary Mater Newcastle]].""",
]

MY_HEALTH_RECORD = [
    """<!-- My Health Record - Shared Health Summary (CDA) extract -->
<recordTarget><patientRole>
  <id root="1.2.36.1.2001.1003.0.[[ID|health_plan:8003608455892521]]"/>
  <addr use="H"><streetAddressLine>[[ADDRESS|geo:Unit 2, 9 Darwin St]]</streetAddressLine><city>[[LOCATION|geo:Hope Valley]]</city><state>SA</state><postalCode>[[LOCATION|geo:5090]]</postalCode></addr>
  <telecom value="mailto:[[EMAIL|email:bkaur.hv@bigpond.com]]"/>
  <patient><name><given>[[PERSON|name:Baljit]]</given><family>[[PERSON|name:KAUR]]</family></name><birthTime value="[[DATE|date:19670815]]"/></patient>
</patientRole></recordTarget>
<author><assignedAuthor><id root="1.2.36.1.2001.1003.0.[[ID|license:8003615791369502]]"/>
  <representedOrganization><name>[[LOCATION|geo:Tea Tree Gully]] practice</name></representedOrganization>
</assignedAuthor></author>
<!-- meds: atorvastatin 40mg, metformin 1g BD; allergy: penicillin (urticaria) -->""",
    """{"resourceType":"Bundle","type":"document","timestamp":"[[DATE|date:2024-05-02T11:40:12+09:30]]","entry":[
{"resource":{"resourceType":"Patient","identifier":[{"system":"http://ns.electronichealth.net.au/id/hi/ihi/1.0","value":"[[ID|health_plan:8003608719297442]]"},{"system":"http://ns.electronichealth.net.au/id/dva","value":"[[ID|health_plan:SX98765]]"}],"name":[{"family":"[[PERSON|name:Pearce]]","given":["[[PERSON|name:Jack]]","[[PERSON|name:Darwin]]"]}],"birthDate":"[[DATE|date:1944-09-03]]","gender":"male"}},
{"resource":{"resourceType":"Encounter","serviceProvider":{"display":"[[LOCATION|geo:Flinders Medical Centre]]"},"reasonCode":[{"text":"NSTEMI","coding":[{"system":"http://snomed.info/sct","code":"401314000"}]}]}}
]}""",
    """# MHR B2B gateway audit - Best Practice - site [[LOCATION|geo:Northam Medical Centre]]
ts="[[DATE|date:2024-06-18]] 09:02:11" event=doesPCEHRExist hpio=[[ID|license:8003627853161040]] user=[[ID|other:dr.pmoyo]] ip=[[IP|ip:192.168.20.14]] ihi=[[ID|health_plan:8003603896025708]] result=true
ts="[[DATE|date:2024-06-18]] 09:06:02" event=HI_searchIHI medicare=[[ID|health_plan:6603732561]] irn=2 dob=[[DATE|date:1952-12-25]] family=[[PERSON|name:CHRISTMAS]] given=[[PERSON|name:Noel]] status=Verified/Active err=PCEHR_ERROR_5100""",
    """SMS [[DATE|date:Wed 2 Oct]] 10:41 to [[PHONE|phone:+61 423 887 015]]
"Your eScript for ATORVASTATIN 40MG TAB is ready: [[URL|url:https://ausscripts.erx.com.au/scripts/2GKX4R7QWYTPZH8D]] Reply STOP to opt out"
Dispensing record: SCID [[ID|other:2GKX4R7QWYTPZH8D]]; patient [[PERSON|name:Marlene Young]], [[ADDRESS|geo:47 Boundary St, Young NSW 2594]]
Entitlement no. [[ID|ssn:206 118 394A]] (concessional). Prescriber no. [[ID|license:2217736]].""",
    """From: My Health Record <noreply@digitalhealth.gov.au>
To: [[PERSON|name:Tui Paewai]] <[[EMAIL|email:tui.paewai@gmail.com]]>
Date: [[DATE|date:Sat, 17 Aug 2024]] 08:02:55 +1000
Subject: Your My Health Record has been accessed

Hi [[PERSON|name:Tui]],
[[LOCATION|geo:Gold Coast University Hospital]] (HPI-O [[ID|license:8003625603335245]]) accessed your record on [[DATE|date:16/08/2024]] at 11:47 pm using emergency access.
If you don't recognise this, call 1800 723 471 or visit https://www.myhealthrecord.gov.au
This message was sent to the email linked to myGov account [[ID|other:UJ448201]].""",
    """ADVANCE CARE DIRECTIVE (Medical Treatment Planning and Decisions Act 2016, Vic) - uploaded to MHR
Directive of: [[PERSON|name:Bill Hope]]   DOB [[DATE|date:3rd September 1938]]   [[AGE|other:85]]
Medical treatment decision maker: [[PERSON|name:Faith Hope]] (wife) [[PHONE|phone:(03) 5442 1107]]
Values: "I don't want to be kept alive on machines. I want to die at home in [[LOCATION|geo:Bendigo]], not in [[LOCATION|geo:Melbourne]]."
Witness: JP reg. [[ID|license:22471]].
Signed [[DATE|date:11.04.2023]]; uploaded to MHR.""",
    """MY HEALTH RECORD - Pathology Report view
Patient: [[PERSON|name:Sunny Nguyen]] · IHI [[ID|health_plan:8003607529316707]] · DOB [[DATE|date:09 Jan 1999]] · F
Reporting lab: [[LOCATION|geo:Royal Hobart Hospital]] Pathology
Requester HPI-I [[ID|license:8003615288490381]]
Chlamydia/gonorrhoea NAAT (FVU): NOT DETECTED. HIV Ag/Ab non-reactive. Syphilis EIA negative.
Collected [[DATE|date:27-06-2024]]; lab report [[ID|mrn:RH24-0977612]]
Note: an earlier report ([[DATE|date:Feb 2023]]) has been removed from view by the patient (LRAC set).""",
    """eReferral via HealthLink
From: Dr [[PERSON|name:Amara Obi]], physician, [[ADDRESS|geo:Suite 4, 173 Lake St, Cairns QLD 4870]]; EDI [[ID|other:aobicrns]]
To: Dr [[PERSON|name:Kieran Bell]], [[LOCATION|geo:Atherton]]
Re: [[PERSON|name:Hope Walker]], DOB [[DATE|date:14/09/1979]]
IHI [[ID|health_plan:8003602636595665]]   Medicare [[ID|health_plan:5469 78649 4/5]]
Chronic hep B, HBV DNA 2,400 IU/mL, ALT 62, FibroScan 8.1 kPa.
Plan: entecavir 0.5mg daily (S100); Dr [[PERSON|name:Bell]] to continue as community prescriber.""",
    """IHI validation exception report - [[LOCATION|geo:Palmerston]] - generated [[DATE|date:01/10/2024]]
PatientID,Name,DOB,Medicare,IRN,DVA,IHI,Status
[[ID|mrn:44012]],"[[PERSON|name:Gurruwiwi, Dhapanbal]]",[[DATE|date:01/01/1970]],[[ID|health_plan:5070833842]],2,,,Unverified
[[ID|mrn:44119]],"[[PERSON|name:Brown]], Baby of [[PERSON|name:Tiana]]",,,,,,Provisional
Action owner: practice manager [[EMAIL|email:renee.pm@palmerstonsuperclinic.com.au]]""",
    """Ticket [[ID|other:INC0918273]] | MHR app linking | opened [[DATE|date:2024-07-09]] 14:12 AWST
Caller: [[PERSON|name:Rhys Fremantle]], mob [[PHONE|phone:+61 (0)4 1266 3091]], lives [[LOCATION|geo:Victoria Park]] WA
Issue: cannot link My Health Record to app - "IHI not found". myGov username [[ID|other:RF4471X2]].
Device: Samsung Galaxy S23, Android 14, Android ID [[DEVICE|device:a3f9c2e1b7d04418]], app v2.3.1.
Source IP [[IP|ip:2001:8003:4c21:9e00:1d4:7aff:fe21:3b90]]
Cause: duplicate IHIs. Escalated to HI Service, case [[ID|other:HI-CASE-7718203]].""",
]

GP_CARE_PLANS = [
    """GP MANAGEMENT PLAN (MBS 721) & TEAM CARE ARRANGEMENTS (MBS 723)
Patient: [[PERSON|name:Beryl Hill]]   DOB [[DATE|date:16/04/1949]]   Age [[AGE|other:75]]
Address: [[ADDRESS|geo:3/12 Brisbane St, Dubbo NSW 2830]]   Medicare: [[ID|health_plan:4198835403]]   Ref: 1
Conditions: T2DM (HbA1c 8.1%), OA knees, HFrEF (EF 40%).
Team: podiatrist [[PERSON|name:Ben Hill]] (no relation), provider [[ID|license:504893CH]]; dietitian TBA.
5 allied health services per calendar year: 10962 x2, 10954 x2, 10951 x1.
Goals: HbA1c <7%; walk 30 min 5/7; wt 92 -> 88kg. Review 6/12.""",
    """MENTAL HEALTH TREATMENT PLAN (GP) - item 2715
Name: [[PERSON|name:Jack Baker]] ("[[PERSON|name:Jacko]]"), [[AGE|other:19]], DOB [[DATE|date:07/07/2005]]
Student, [[LOCATION|geo:La Trobe University]] [[LOCATION|geo:Bendigo]] campus; moved here this year.
K10 32/50; DASS-21 D24 A16 S28; PHQ-9 17. Risk: low-moderate (passive ideation, no plan).
Referral: psychologist provider [[ID|license:371235BK]] - 6 sessions then review.
Crisis: Lifeline 13 11 14; Beyond Blue 1300 22 4636. Emergency contact mum [[PERSON|name:Rose Baker]].
Email [[EMAIL|email:jbaker05@students.latrobe.edu.au]]""",
    """DVA - Coordinated Veterans' Care - care plan
Veteran: Mr [[PERSON|name:Raymond Kris]], known as Uncle [[PERSON|name:Ray]], [[AGE|date:91]]
DVA file no. [[ID|health_plan:QX901234]] (Gold Card); old file [[ID|health_plan:QSS21456]] merged.
Address [[ADDRESS|geo:Unit 14/101 Lake St, Cairns North QLD 4870]]
CAP admission [[DATE|date:14/2/24]]. CVC item UP01 claimed.
DVA transport booking [[ID|other:TR-2208171]] for [[DATE|date:Thurs 22/8]] 0900.""",
    """75+ HEALTH ASSESSMENT (MBS 703)
Patient: [[PERSON|name:Merv Chapman]], [[AGE|other:81]], DOB [[DATE|date:30.06.1943]]
Lives [[ADDRESS|geo:Lot 14 Chapman Valley Rd, Nabawa WA 6532]] (farm, 45km from town). No mobile coverage.
Still drives - ute [[VEHICLE|vehicle:1GHK 771]]. Vision 6/9 both eyes. Falls: 1 in 12/12. TUG 14s. MMSE 27/30. GDS 3/15.
Fluvax done; Shingrix #2 [[DATE|date:Sept '23]].
Medicare [[ID|health_plan:6869-58932-4 (2)]]. Pension CRN [[ID|ssn:205 119 004L]].
Wife [[PERSON|name:June]] ([[AGE|other:80]]) is his carer.""",
    """FACSIMILE
To: [[PERSON|name:Cara Nolan]], physiotherapist   Fax: [[PHONE|fax:(08) 8723 0918]]
From: [[LOCATION|geo:Penola Road Family Practice]], [[LOCATION|geo:Mount Gambier]]   Fax [[PHONE|fax:(08) 8725 3399]]
Date: [[DATE|date:Thu 14 Nov 2024]]   Pages: 3 incl. cover
RE: TCA referral - [[PERSON|name:Dennis Parris]], Medicare [[ID|health_plan:6740 08957 3]] / 2
Chronic low back pain + T2DM. Please provide up to 5 sessions (item 10960) and report back.
Patient mobile [[PHONE|phone:0407 341 920]].""",
    """gpmp review (732) [[DATE|date:19-03-24]]
pt [[PERSON|name:hope rich]] [[AGE|other:58]]f, lives [[LOCATION|geo:latrobe]] (the tas town, not the uni) w/ partner [[PERSON|name:sunny]].
copd (fev1 48% pred), t2dm, depression. smokes 15/d.
o/e bp 138/84, spo2 93% ra, wt 101kg, bmi 38.
tca: resp physio [[PERSON|name:Mark Bath]] (pulm rehab), quitline 13 78 48, dietitian.
spirometer on loan - vitalograph copd-6 s/n [[DEVICE|device:C6-2204813]].
medicare [[ID|health_plan:5 2 7 5 2 8 3 4 8 3]]""",
    """Medicare Online - Bulk Bill processing report - [[LOCATION|geo:Macquarie]] ACT
Claim ID [[ID|account:B2647@]]   Lodged [[DATE|date:05/09/2024]]   Payee provider [[ID|license:5117975X]]
Voucher 01: [[PERSON|name:TRAN, Minh]]   [[ID|health_plan:6806105821]] IRN 4   items 721, 10997   $157.85
Voucher 02 REJECTED: [[PERSON|name:WALKER, Sunny]] - card [[ID|health_plan:2368400634]] IRN 3 not on card (IRN 2). Reason code 160.""",
    """Refugee health assessment + GPMP - [[LOCATION|geo:Melaleuca Refugee Centre]] clinic
Pt: [[PERSON|name:Hawa Ibrahim Adam]], [[AGE|other:37]], arrived [[DATE|date:March 2024]] (subclass 202). Passport [[ID|ssn:P04471829]]; ImmiCard [[ID|ssn:HPD447120]].
Arabic and Fur. TIS National (131 450) booking [[ID|other:TIS-7720441]].
Latent TB (QFT +ve), vit D 28, Hb 108, schistosoma serology +ve -> praziquantel.
Children [[PERSON|name:Amna]] ([[AGE|other:9]]) and her brother - catch-up immunisations.
Address [[ADDRESS|geo:Unit 9/30 Temple Tce, Palmerston City NT 0830]]""",
    """CHRONIC DISEASE MANAGEMENT - TCA review - [[LOCATION|geo:Young]] NSW
Patient: [[PERSON|name:Cherie Lambing]], DOB [[DATE|date:2 Dec 1966]], [[EMAIL|email:cherie.lambing@bigpond.com]]
Endocrinologist: Dr [[PERSON|name:Young]] (visiting from [[LOCATION|geo:Wagga]]; provider [[ID|license:337294BY]]).
T1DM on Tandem t:slim X2 pump s/n [[DEVICE|device:90477128]], Dexcom G7. HbA1c 7.4%, TIR 61%, TBR 3%.
Works in a cherry packing shed over summer - hypos on long shifts.
DE clinic at [[LOCATION|geo:Young Hospital]] Tuesdays. Next review [[DATE|date:Fri 7th Feb]].""",
    """Care plan - heart failure - [[LOCATION|geo:Echuca]]
Patient: Mrs [[PERSON|name:Victoria Bath]], [[AGE|other:79]], DVA war widow [[ID|health_plan:VX412233]]
Lives with son [[PERSON|name:Paris Bath]] at [[ADDRESS|geo:RMB 1190 Murray Valley Hwy, Strathallan VIC 3622]]
HFrEF, LVEF 30%, NYHA III. ICD (Medtronic Cobalt XT) s/n [[DEVICE|device:BXL701220S]] implanted [[DATE|date:03/2022]] at [[LOCATION|geo:St John of God Bendigo Hospital]].
Sacubitril/valsartan 49/51mg BD; furosemide 40mg mane + 20mg midi; fluid 1.5L/day; target wt 71-73kg.""",
]

VIRTUAL_CARE = [
    """[[LOCATION|geo:RPA Virtual Hospital]] - remote monitoring enrolment
Pt: [[PERSON|name:Mohammed Ali Rahman]], [[AGE|other:63]], MRN [[ID|mrn:RPA 0338 1177]], [[ADDRESS|geo:18/4 Station St, Newtown NSW 2042]]
Kit issued:
 - tablet Samsung Tab A8, IMEI [[DEVICE|device:352094114737254]]
 - 4G router MAC [[DEVICE|device:A4:2B:B0:9E:71:3C]], public IP [[IP|ip:101.187.44.212]]
Escalate: SpO2 <88%, RR >28, HR >120.""",
    """HITH - IV antibiotics - [[LOCATION|geo:Alfred Health]] Better at Home
Pt: [[PERSON|name:Marguerite d'Souza]]   UR [[ID|mrn:A0441827]]   Bupa member [[ID|health_plan:72044198]]
Visit address: [[ADDRESS|geo:Apt 1204/8 Daly St, South Yarra VIC 3141]] - key safe code 4471, intercom 1204.
Cellulitis L leg. Cefazolin 2g/24h via elastomeric (Baxter Infusor LV, lot 24C118). PICC inserted [[DATE|date:Sat 13/7]], R basilic.
Blood cultures no growth. CRP 188 -> 64.
Nurse car [[VEHICLE|vehicle:1CW 4RT]] in visitor bay. Discharge from HITH planned [[DATE|date:20.07.24]].""",
    """Virtual Ward - telehealth appointment
Dear Mr [[PERSON|name:Young Kim]],
Your video appointment is on [[DATE|date:Monday 9 September 2024]] at 2:30pm AEST.
Join: [[URL|url:https://vc.health.qld.gov.au/webapp/#/?conference=pt4418823&pin=7781]]
Your reference: [[ID|mrn:RBWH 4418823]]
Please have your BP cuff and glucometer (Contour Next One, s/n [[DEVICE|device:7291D144B]]) ready.
Can't connect? Call 1300 128 477.
Sent to [[EMAIL|email:ykim.brisbane@gmail.com]] and SMS [[PHONE|phone:0415 338 061]]""",
    """WA Virtual Emergency Department (WAVED) - call record
call_id=[[ID|other:WAV-240815-00912]] start=[[DATE|date:15/08/2024]] 21:14:02 AWST caller_cli=[[PHONE|phone:0899414433]]
Caller [[PERSON|name:Kirsty Bell]] (mother) re [[PERSON|name:Archie Bell]], [[AGE|other:3]], fever 39.4, blanching rash. Location [[LOCATION|geo:Carnarvon]].
Caller identity verified by voiceprint template [[ID|biometric:VPT-88120447]] (match 0.94).
Video link [[URL|url:https://waved.health.wa.gov.au/v/8Q2KX7]]
Outcome: present to local ED within 1h.""",
    """SA Virtual Care Service - device telemetry
patient=[[PERSON|name:Gordon Hill]] urn=[[ID|mrn:5504418]] site=[[LOCATION|geo:Whyalla Hospital]]
[[DATE|date:2024-11-02]] 06:00 weight=88.4kg dev=[[DEVICE|device:AND-UC352-44120]] mac=[[DEVICE|device:5C:0F:E7:21:A9:04]] gw=[[IP|ip:58.96.12.201]]
[[DATE|date:2024-11-02]] 06:01 bp=142/88 hr=71
[[DATE|date:2024-11-03]] 06:04 weight=90.1kg ALERT gain 1.7kg/24h
Nurse call 0915: wife [[PERSON|name:Pam]] answered; ankles swollen; extra furosemide 40mg per plan.""",
    """Community Rapid Response - [[LOCATION|geo:Hobart]] - COVID-19 antivirals
Pt: [[PERSON|name:Bill Lowe]], [[AGE|date:90]], DVA [[ID|health_plan:TX1127]]
Address [[ADDRESS|geo:22 Summerhill Rd, West Hobart TAS 7000]]
Nirmatrelvir/ritonavir 300/100mg BD x 5/7 - atorvastatin withheld.
Loan pulse oximeter [[DEVICE|device:LD-0087]] couriered [[DATE|date:Tue 23rd July]], return by [[DATE|date:30/7]].
Daily calls via daughter [[PERSON|name:Jill Lowe-Harris]]. Bill lost his wife in 2021 and lives alone.""",
    """HITH - NPWT - [[LOCATION|geo:Canberra Hospital]]
[[PERSON|name:Jacqueline Paris]], DOB [[DATE|date:4/10/1964]], Medibank [[ID|health_plan:MB 3341 9028]]
V.A.C. Ultra SN [[DEVICE|device:VULT24118]], -125mmHg continuous; dressing change M/W/F.
Home: [[ADDRESS|geo:17 Ainslie Ave, Braddon ACT 2612]]
Wound photos via app: [[ID|photo:JPARIS_abdo_wk2.jpg]]
Nurse [[PERSON|name:Olivia Nkosi]] parks ACT fleet car [[VEHICLE|vehicle:YGT 23B]] in visitor bay.""",
    """Specialist telehealth - Renal - [[DATE|date:Thurs 10/10]] 1000 ACST
Pt at [[LOCATION|geo:Maningrida]] clinic: [[PERSON|name:Joy Wurrkidj]], [[AGE|other:51]]
Teams: [[URL|url:https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjA4Yjk2ZmQtNDE3MC00ODU3%40thread.v2/0?context=%7b%22Tid%22%3a%22f1e2%22%7d]]
Clinic laptop IP [[IP|ip:10.44.18.27]]. Burarra interpreter by phone.
eGFR 14, K 5.8. Discussed moving to [[LOCATION|geo:Darwin]] for dialysis; daughter [[PERSON|name:Shaniece]] lives in [[LOCATION|geo:Nightcliff]].""",
    """alert_id,ts,patient,urn,device,reading,ip
[[ID|other:AL-99012]],[[DATE|date:2024-03-05]] 07:12,[[PERSON|name:Rose Young]],[[ID|mrn:BH0044712]],[[DEVICE|device:OMR-HEM7361-8840217]],SBP 182,[[IP|ip:49.180.7.33]]
[[ID|other:AL-99013]],[[DATE|date:2024-03-05]] 07:40,[[PERSON|name:Hope Street]],[[ID|mrn:BH0051890]],,SpO2 86,[[IP|ip:1.145.88.20]]""",
    """HITH discharge summary - [[LOCATION|geo:Wagga Wagga Base Hospital]]
Patient [[PERSON|name:Kevin Hope]], MRN [[ID|mrn:WW0228174]]
HITH episode [[DATE|date:02/05/24]]–[[DATE|date:09/05/24]]: IV ceftriaxone 2g daily for pyelonephritis; switched to oral cefalexin 500mg QID x 7/7.
Visits: RN [[PERSON|name:Dawn O'Leary]] in fleet car [[VEHICLE|vehicle:DQ74KL]] (swapped to [[VEHICLE|vehicle:BXT 45M]] day 4).
Summary to GP Dr [[PERSON|name:Summer Ali]] via HealthLink EDI [[ID|other:sumaliww]]; r/v 1/52.""",
]

INJURY_CLAIMS = [
    """TAC - claim acknowledgement
Claim number: [[ID|account:TAC-5102-4471]]
Claimant: [[PERSON|name:Summer Rose Walker]]   DOB [[DATE|date:19/12/1997]]
Accident: [[DATE|date:Fri 1st March 2024]] approx 1745, near [[LOCATION|geo:Woodend]].
Claimant vehicle: Mazda 3 [[VEHICLE|vehicle:1XQ 8MN]], VIN [[VEHICLE|vehicle:JM0008YA1J4459354]]. Other vehicle a HiLux.
Injuries: # L tibial plateau, whiplash.
Income support: payroll TFN [[ID|ssn:185 021 173]]; paid to account [[ID|account:2048 1199]].
Case manager via TAC 1300 654 329.""",
    """icare - CERTIFICATE OF CAPACITY (NSW)
Worker: [[PERSON|name:Bill Church]]   DOB [[DATE|date:8/8/1980]]   Claim no. [[ID|account:4012 8834 771]]
Workplace: concrete batching plant, [[LOCATION|geo:Orange]]
Date of injury [[DATE|date:14-05-2024]]: lifting formwork; L4/5 disc prolapse.
Capacity: suitable duties 4h/day, 3 days/wk, for 4/52; no lifting >5kg.
Treating doctor [[ID|license:MED0001877290]], [[PHONE|phone:(02) 6362 1105]]
Worker [[EMAIL|email:billchurch80@hotmail.com]]""",
    """WorkCover Queensland - claim notes
Claim [[ID|account:C24/118733]]. Worker [[PERSON|name:Tane Whaanga]] (goes by "[[PERSON|name:Tiny]]"), underground loader operator, [[LOCATION|geo:George Fisher Mine]].
Crush injury L hand [[DATE|date:04.06.2024]] - loader (Sandvik LH517i, s/n [[VEHICLE|vehicle:L617D0447]]).
Transferred to [[LOCATION|geo:Townsville University Hospital]] hand surgery.
TFN [[ID|ssn:840 590 379]].
Mob [[PHONE|phone:0487 223 119]]; NZ citizen (SCV).""",
    """WorkCover WA - FIRST CERTIFICATE OF CAPACITY
Worker: [[PERSON|name:Dawn Summers]]   DOB [[DATE|date:23 April 1976]]   Employee no. [[ID|other:E100447]]
Postal [[ADDRESS|geo:PO Box 4412, Rockingham WA 6968]]
Injury [[DATE|date:Wed 10/1]]: R shoulder strain transferring resident (aged care).
Insurer claim [[ID|account:WC-2400118]].
Certifying doctor provider [[ID|license:3524999L]]. Certificate faxed to insurer [[PHONE|fax:(08) 9231 4420]].""",
    """ReturnToWorkSA - claim file note [[DATE|date:11/11/2024]]
Worker [[PERSON|name:Brett Young]], mobile mechanic; his business line [[PHONE|phone:1300 466 218]]. Claim [[ID|account:RTW24-558120]].
Car fell off jack at a client's house ([[ADDRESS|geo:6 Oaklands Rd, Glengowrie SA 5044]]) - client's Ford Falcon VIN [[VEHICLE|vehicle:6FPRZVNB9F1412276]].
Crush chest, # ribs 4-8 L; [[LOCATION|geo:Flinders Medical Centre]] [[DATE|date:08/11]] - [[DATE|date:10/11]].
Case manager via ReturnToWorkSA 13 18 55.""",
    """WorkSafe Tasmania - notifiable incident / workers comp
Worker [[PERSON|name:Cody Hill]], [[AGE|other:23]], tree faller. Struck by limb [[DATE|date:19th Feb]] at coupe off [[ADDRESS|geo:Lot 3 Arthur Hwy, Taranna TAS 7180]].
ICU 3 days; TBI GCS 9 -> 14.
Insurer claim [[ID|account:AZ-WC-7781204]]; WorkSafe notification [[ID|other:WST-24-00918]].
Chainsaw (Stihl MS 661) s/n [[DEVICE|device:180712447]] and his ute [[VEHICLE|vehicle:F55WK]] held for inspection.
Partner [[PERSON|name:Mikaela]] [[PHONE|phone:0439 118 602]].""",
    """Comcare - claim for workers' compensation
Employee: [[PERSON|name:Priya Summerhayes]], AGS no. [[ID|other:AGS-449120]]
Psychological injury (adjustment disorder), claim lodged [[DATE|date:2 Aug 2024]]. Claim no [[ID|account:CC24/117788]]
Treating psychologist AHPRA [[ID|license:PSY0001829912]].
Work email [[EMAIL|email:priya.summerhayes@servicesaustralia.gov.au]]
Evidence requested: time-clock fingerprint template [[ID|biometric:FPT-447120-ACT]] logs.""",
    """NT Motor Accidents (Compensation) - MACC claim
Claim [[ID|account:MAC-24-00871]]; claimant [[PERSON|name:Dean Japaljarri Spencer]]
Accident [[DATE|date:Sat 21 Sep 2024]] 0200, [[LOCATION|geo:Stuart Hwy]] 40km N of [[LOCATION|geo:Tennant Creek]]; rollover, LandCruiser NT rego [[VEHICLE|vehicle:CB44TR]].
Passenger [[PERSON|name:Leon Jupurrurla]] also injured. RFDS to [[LOCATION|geo:Alice Springs]].
Address [[ADDRESS|geo:House 29, Ali Curung NT 0872]]; mail c/- shire office, [[ADDRESS|geo:Locked Bag 1, Tennant Creek NT 0861]].""",
    """QLD CTP - Notice of Accident Claim Form
Claim no [[ID|account:CTP-Q-24-0088127]]
Claimant: [[PERSON|name:Jade Brown]], [[AGE|other:29]], pedestrian.
Location: [[ADDRESS|geo:cnr Sheridan St & Grafton St, Cairns]], [[DATE|date:27/04/24]] 2230.
At-fault vehicle QLD rego [[VEHICLE|vehicle:456XYZ]].
Photos supplied: [[ID|photo:IMG_4471.HEIC]] (facial abrasions), [[ID|photo:IMG_4472.HEIC]] (R knee).
Treated ED, MRN [[ID|mrn:CNS-4471902]].""",
    """INDEPENDENT MEDICAL EXAMINATION - WorkSafe Victoria
Worker [[PERSON|name:Antonio Ferraro]]; claim [[ID|account:WSV-10448127]]; [[AGE|other:52]]
IME examined [[DATE|date:Tues 7 May 2024]].
Surveillance reviewed: worker seen [[DATE|date:20/04/24]] lifting a 20kg bag of dog food at [[LOCATION|geo:Bunnings Epping]]; still [[ID|photo:SURV_0420_03.jpg]]; his car [[VEHICLE|vehicle:1NB 7WZ]].
Home [[ADDRESS|geo:45 Mahoneys Rd, Thomastown VIC 3074]].
WPI (AMA4): 12% lumbar spine, DRE III.""",
]

STYLES = [
    ("aged-care-progress-notes", AGED_CARE),
    ("NDIS-and-disability-support", NDIS),
    ("Aboriginal-community-controlled-health", ACCHO),
    ("rural-and-remote-clinic", RFDS),
    ("mental-health-tribunal-and-MHA-forms", MENTAL_HEALTH),
    ("pathology-and-radiology-reports", PATH_RAD),
    ("My-Health-Record-and-eHealth-exports", MY_HEALTH_RECORD),
    ("GP-care-plans-and-team-care-arrangements", GP_CARE_PLANS),
    ("hospital-in-the-home-and-virtual-care", VIRTUAL_CARE),
    ("workers-compensation-and-TAC-CTP-claims", INJURY_CLAIMS),
]


def main() -> None:
    print(f"probe38: {write_styled(OUT, STYLES)} docs")


if __name__ == "__main__":
    main()
