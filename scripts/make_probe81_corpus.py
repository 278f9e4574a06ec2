"""Write the 81st hand-annotated redaction probe, 100 notes of an adversarial clinical de-identification audit.

Why: the notes are written to be hard. Identifiers sit in running prose with no field label,
get reformatted (spaced out by a scanner, glued to a word, packed into file names, URLs, HL7,
CSV and JSON), dates come in words, holidays and partial forms, ages over 89 are written many
ways, and people and places carry names that are ordinary words ("Will will bring", "Hope" the
wife and Hope the town, Sale, Bulls, Street, Medicine Hat) next to dense clinical look-alikes
(ICD/Read/SNOMED/DIN codes, MBS items, lot numbers, doses, hotlines, eponyms, drug names).

What: ten styles of ten notes, US, Australian, UK, New Zealand and Canadian records mixed.
unlabelled-prose-ward: ED, ward and clinic progress notes with identifiers in prose, no labels.
dates-in-words-letters: letters and summaries whose dates are in words, holidays, roman-numeral
months and partial dates. oldest-old-aged-care: aged care and geriatrics where ages of 90 and over
appear as digits, words, glued suffixes and "100th". common-word-names-places: community and GP
notes whose people and places are ordinary words. clinical-lookalike-codes: pathology, radiology,
pharmacy, billing and claims text where identifiers look like clinical codes. ehr-exports-hl7-
csv-json: HL7 v2, CSV, tab, pipe, FHIR JSON and CDA XML exports. email-threads: clinician,
patient, lawyer and billing e-mail with headers, signatures and quoted replies. chat-sms-messages:
Teams, WhatsApp and SMS exports, lowercase and nicknamed. ocr-scanned-forms: OCR text of
referral, claim, licence, card and fax forms with O/0 and l/1 confusions and spaced box letters.
access-device-logs: portal, telehealth, dispensing-cabinet, kiosk, pump and PACS logs.
Places: NSW, Victoria, Queensland, SA, WA, NT, ACT towns; Wales, England, Scotland and Northern
Ireland; North and South Island NZ; BC, Alberta, Saskatchewan, Ontario, Quebec; several US states.

Conventions: every person is marked (given names alone, nicknames, lowercase, ALL CAPS, "SURNAME,
Given", HL7 "FAMILY^GIVEN" as one span, OCR-spaced letters as one span); titles (Dr, Mr, Mrs, Revd,
Nonna) stay outside. Eponyms, drug names and organisations named after people (Sullivan Nicolaides,
Bolton Clarke, Tobin Brothers) are not names; hospitals, care homes and churches named after people
(Sir Charles Gairdner, Churchill, Hugh Green) are places. Towns, suburbs, named regions,
facilities, named streets without a number and standalone postcodes are LOCATION; a chain's brand
(Walgreens, Priceline, Jean Coutu) is left out and only its town marked. States, provinces,
countries and national agencies (Medicare, Centrelink, NDIS, ACC, DVLA, WSIB) are not marked. A
street address from number (or PO Box/RMB) through postcode is one ADDRESS span; in JSON/XML
exports each field is marked separately. Dates: every date more specific than a year, including
month alone, month+year, weekday+day, "the 2nd", holidays (Anzac Day, Easter, the Twelfth), roman-
numeral months, OCR-spaced digits and whole timestamps; years alone, times alone and weekdays alone
(sat, a Tuesday appointment) are not marked. Ages: the patient's age below 90 is AGE|other; any age
90+ (anyone's) is AGE|date; a suffix glued to the number (93yo, 91F, 103y) is inside the span,
separate words are outside; relatives' ages under 90 are unmarked. Medicare IRN stays outside;
check-digit numbers (Medicare, IHI, HPI-I, TFN, NHS, CHI, H&C, NHI, IRD, SIN, BC PHN, NPI, provider
numbers, VIN, IBAN, IMEI) are computed to pass. NHS, CHI, H&C and NHI numbers are mrn; provincial
health numbers, RAMQ, MBI, Medicaid and fund numbers are health_plan; HPI-I, AHPRA, GMC, MCNZ, NPI,
OHIP billing and provider numbers are license; NI numbers, IRD, SIN, SSN, TFN and CRN are ssn;
invoice and patient account numbers are account. Hotlines (000, 111, 988, 1800 022 222, 0800 611
116, insurer 1-800 lines), group numbers, lot numbers, DINs, MBS/CPT/ICD/Read codes and OIDs stay
unmarked.

How: cd /work/main && .venv/bin/python scripts/make_probe81_corpus.py (writes corpus/redaction/probe81.jsonl).
"""

from pathlib import Path

from make_safe_harbor_suite import write_styled

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "corpus" / "redaction" / "probe81.jsonl"

UNLABELLED_PROSE = [
    """ED triage 0214. [[PERSON|name:Tyson Walker-Reid]], [[AGE|other:19]], driver of a white Hilux, rego [[VEHICLE|vehicle:CX47QP]], that rolled on the [[LOCATION|geo:Mitchell Hwy]] about 10 km out of [[LOCATION|geo:Orange]]; the passenger walked away. GCS 14 (E3V5M6), HR 118, BP 104/62, FAST negative, collar on. Highway Patrol at bedside for a blood sample. Mum is driving over, she's on [[PHONE|phone:0428 316 950]]. Licence in his wallet says [[ID|license:18773452]], Medicare [[ID|health_plan:4128 83055 1]] ref 3. Resus 2. ADT 0.5 mL IM, batch K9921B.""",
    """Ward 24 nursing, nights. [[PERSON|name:Aroha]] settled after 0100, pain 3/10, oxycodone 5 mg PRN x1 at 0140. Husband [[PERSON|name:Wiremu Tane]] stayed till 2100 and wants a call on [[PHONE|phone:027 431 8802]] before any whanau hui. She is [[ID|mrn:ZBK5160]] on the board, but the old paper notes sent down from [[LOCATION|geo:Taumarunui Hospital]] are under her maiden name [[PERSON|name:Aroha Ngata]] - merge request logged. The fall on [[DATE|date:the 2nd]] is ACC claim [[ID|other:10045823317]]. Plan home once INR < 3 (today 3.4, warfarin held). DN referral faxed.""",
    """Clerked 23:40. [[PERSON|name:Gwendolyn Price]], [[AGE|other:84]], brought in by her grandson after a long lie - the postman saw her through the letterbox. Still on our system as [[ID|mrn:H0829114]] from the [[DATE|date:January 2021]] admission, NHS [[ID|mrn:422 712 1124]]. CK 4,200, creatinine 212 (baseline 88), K 5.9. Looks Addisonian but random cortisol 540. Lives alone at [[ADDRESS|geo:7 Heol y Felin, Trallwn, Pontypridd CF37 4DR]]. GP Dr [[PERSON|name:Mehta]], [[LOCATION|geo:Taff Vale Surgery]]. NEWS2 5. Plan 1 L 0.9% saline over 4 h, U&E 06:00, falls bundle.""",
    """HD#3. Mr. [[PERSON|name:Delgado]] is a [[AGE|other:58]] y/o man with HFrEF (EF 25%) admitted for volume overload, net -2.1 L yesterday, Cr 1.4. Daughter [[PERSON|name:Marisol]] asks that prognosis only be discussed with her present and in Spanish via the interpreter line; best at [[PHONE|phone:(559) 402-7316]] after 5 pm. He fills at the Walgreens on [[LOCATION|geo:Shaw Ave]] in [[LOCATION|geo:Clovis]], Medi-Cal [[ID|health_plan:91847362A]]. SW filed SSDI under [[ID|ssn:146-35-1231]]. ICD-10 I50.23, CPT 99233. Tele box 14. Target d/c 48 h.""",
    """[[PERSON|name:Shaz]] (on the system as [[PERSON|name:Sharon Maree Kettle]]) back re her lower back - L4/5 disc bulge on MRI, no red flags, straight leg raise neg. Works nights at [[LOCATION|geo:Millaquin Mill]] and can't do the bagging; WorkCover claim [[ID|other:C21/184773]] is open. Certificate extended to [[DATE|date:28 March]]. New Medicare card came, [[ID|health_plan:2556 30142 1]]. Lives at [[ADDRESS|geo:14 Tantitha St, Bundaberg South QLD 4670]] with her partner. Naproxen 500 mg bd, physio. Review 2/52.""",
    """[[AGE|other:42M]] roofer, fell approx 3 m off a ladder at a job site in [[LOCATION|geo:Kanata]]. ?L1 burst # on CT, neuro intact. OHIP [[ID|health_plan:6657-251-135-KT]]. WSIB claim started, ref [[ID|other:31748822]], and they want his SIN, [[ID|ssn:630 341 147]]. Wife [[PERSON|name:Chantal Belanger]] on [[PHONE|phone:613 271 4408]]. Spine accepted at the [[LOCATION|geo:Civic campus]]. Ketorolac 15 mg IV, hydromorphone 0.5 mg IV. His truck, [[VEHICLE|vehicle:CKWT 418]], is still at the site - wife aware.""",
    """[[PERSON|name:Macca]] rang from the servo at [[LOCATION|geo:Hay]] - out of his Seroquel 100 mg, script faxed to the chemist on [[PHONE|fax:02 6993 1147]] at 1015. DH""",
    """CMHT home visit, [[LOCATION|geo:Flaxmere]]. [[PERSON|name:Tui]] calmer, sleeping 6 h on quetiapine 50 mg nocte. Her sister says she took the car again at the weekend - the silver Corolla, [[VEHICLE|vehicle:LPW692]] - despite the suspension; NZTA notified re fitness to drive. WINZ want her IRD number for the hardship grant; she read it off a letter as "[[ID|ssn:91-057-166]]". Next depot due [[DATE|date:4 Sept]], paliperidone 100 mg, lot 2PT41. Key worker [[PERSON|name:Hemi]] on [[PHONE|phone:021 448 9310]]; 111 if risk to life.""",
    """Neuro clinic. [[PERSON|name:Trevor Nankervis]], [[AGE|other:66]], first unprovoked GTCS at the [[LOCATION|geo:Kadina Bowling Club]], witnessed by his wife. EEG left temporal sharps; started levetiracetam 500 mg bd. No driving for 6 months - he drives the ute, [[VEHICLE|vehicle:S608BRQ]], and the header on the farm; will notify the Registrar (licence [[ID|license:SL4822]]). GP Dr [[PERSON|name:Anh Vo]], provider [[ID|license:2486571K]]. Review 3/12.""",
    """Diabetes nurse clinic, [[LOCATION|geo:Ninewells]]. [[PERSON|name:Morag Duthie]], [[ID|mrn:0307616029]] on the folder label, HbA1c 71 (was 84). Pump serial [[DEVICE|device:NG2735914H]] alarming 'occlusion' since [[DATE|date:Saturday the 9th]]; set changed, cannula kinked. BMI 31, BP 138/82.""",
]

DATES_IN_WORDS = [
    """[[LOCATION|geo:Royal Berkshire Hospital]] - Department of Medicine for Older People
Discharge letter to GP

Dear Dr [[PERSON|name:Okoro]],

Re: Mr [[PERSON|name:Leonard Albert Fairweather]], DOB [[DATE|date:3.xi.1939]], NHS No. [[ID|mrn:426 881 7085]]
[[ADDRESS|geo:22 Sandy Lane, Wokingham RG41 4DQ]]

Mr [[PERSON|name:Fairweather]] was admitted on the evening of [[DATE|date:the ninth]] after collapsing on the platform at [[LOCATION|geo:Reading]] station. He had felt unwell since [[DATE|date:Shrove Tuesday]], when he first noticed ankle swelling. ECG showed complete heart block at 34 bpm; a dual-chamber pacemaker went in two days later (Medtronic Azure, serial [[DEVICE|device:RNB604218S]]) and the wound was clean when he went home.

In retrospect a Stokes-Adams attack last year had been put down to vasovagal syncope.

Medications on discharge: bisoprolol stopped, ramipril 2.5 mg od, furosemide 40 mg om. No driving for one week (DVLA group 1); pacing clinic on [[DATE|date:Thursday 6th March]].

Yours sincerely,

Dr [[PERSON|name:Sunita Gill]]
Consultant Geriatrician, GMC [[ID|license:7043218]]""",
    """[[LOCATION|geo:Nelson Hospital]] - General Surgery Outpatients
[[DATE|date:Tuesday, 4 March 2025]]

Kia ora [[PERSON|name:Hana]],

Re: [[PERSON|name:Cameron Russell]], NHI [[ID|mrn:MWT2329]], born [[DATE|date:the seventh of June, 1961]]

Thank you for referring Cameron, whom I saw today with his partner. He first noticed the lump in his right groin around [[DATE|date:Labour Weekend]] and it has become painful since he started work on the wharf. He has a reducible right inguinal hernia, BMI 27. I have waitlisted him for laparoscopic TEP repair (booking [[ID|other:SGY-250304-0187]]). He drives log trucks and will need two weeks off heavy lifting.

Nga mihi,
Mr [[PERSON|name:T. Fifita]], FRACS, MCNZ [[ID|license:28815]]
cc: patient""",
    """[[LOCATION|geo:Fraser Canyon Hospital]]

[[DATE|date:March 3rd, 2025]]

Referral to: Rheumatology
Patient: [[PERSON|name:LAFONTAINE, Gerald]]   PHN [[ID|health_plan:9535 245 276]]
DOB: [[DATE|date:Feb 29, 1956]] ([[AGE|other:69]])

Dear Dr [[PERSON|name:Raghunathan]],

I would be grateful if you could see Mr [[PERSON|name:Lafontaine]], a retired CN rail signalman from [[LOCATION|geo:Hope]], who since [[DATE|date:New Year's Day]] has had symmetrical small-joint synovitis of both hands with ninety minutes of morning stiffness. RF 48, anti-CCP >340, CRP 22. Hand X-rays on [[DATE|date:the 12th of February]] show periarticular osteopenia without erosions.

His wife [[PERSON|name:Hope]] tells me his father had the same thing in his fifties. He has been on prednisone 10 mg for two weeks and would prefer a Tuesday appointment, when she can drive him down the [[LOCATION|geo:Fraser Canyon]].

Sincerely,
Dr [[PERSON|name:Marcus Tollefson]], MSP practitioner no. [[ID|license:38814]]""",
    """DISCHARGE SUMMARY - [[LOCATION|geo:Dubbo Base Hospital]]
Patient: [[PERSON|name:Jarrah Kennedy]], [[AGE|other:37M]]   URN [[ID|mrn:0418832]]   D.O.B. [[DATE|date:2 Jan 88]]
Admitted: [[DATE|date:Australia Day]] (public holiday) via ED.   Discharged: [[DATE|date:the twenty-ninth]].
Presenting problem: three days of fevers after cutting his left shin on a fence on the family property near [[LOCATION|geo:Narromine]]. Cellulitis with MSSA bacteraemia (cultures taken in ED at 2310). Flucloxacillin 2 g IV 6-hourly; TTE on [[DATE|date:the 28th]] - no vegetation.
Follow-up: GP at [[LOCATION|geo:Macquarie Street Medical Centre]]; Aboriginal Health Worker aware.
Oral flucloxacillin 500 mg qid for 10 more days. Medicare [[ID|health_plan:2189 64301 1]] (IRN 2).""",
    """[[DATE|date:June 2, 2025]]

To whom it may concern, Human Resources, Tyson Foods - [[LOCATION|geo:Noel]] plant

Re: [[PERSON|name:Esperanza Ruiz-Tapia]], DOB [[DATE|date:11/03/1979]], employee ID [[ID|other:TF-2281947]]

Ms. [[PERSON|name:Ruiz-Tapia]] has been under my care since her first trimester for a high-risk pregnancy, due date [[DATE|date:the fourth of July]]. She needs intermittent FMLA leave for visits every two weeks until 36 weeks and weekly after that. Please direct questions to my office by fax, [[PHONE|fax:417-451-6699]].

[[PERSON|name:Kelsey Marlow]], MD, NPI [[ID|license:1546261938]]
OB/GYN Clinic, [[ADDRESS|geo:113 W Hickory St, Neosho, MO 64850]]""",
    """[[LOCATION|geo:Holywell Hospital]], [[LOCATION|geo:Antrim]]
Dictated [[DATE|date:1st April]]

Dear Dr [[PERSON|name:McAleese]],

[[PERSON|name:Siobhan Doherty]] (H&C [[ID|mrn:376 308 9691]], DOB [[DATE|date:19/07/1994]]) was reviewed in clinic. She describes low mood since [[DATE|date:the Twelfth]], when she lost her job at the bus factory in [[LOCATION|geo:Ballymena]]. PHQ-9 19, GAD-7 14, no self-harm. She lives with her mother and her partner in [[LOCATION|geo:Cullybackey]]. Plan: sertraline 50 mg, increasing to 100 mg after two weeks; step 3 CBT. Review in clinic in six weeks.

Dr [[PERSON|name:O. Nwachukwu]], ST5 Psychiatry, GMC [[ID|license:7218840]]""",
    """[[DATE|date:21st of May 2025]]

Medical Review, Department of Transport and Planning

Re: [[PERSON|name:Konstantinos]] ([[PERSON|name:Con]]) [[PERSON|name:Papadakis]], licence no. [[ID|license:045 118 902]], born [[DATE|date:the 30th of November 1949]]
Address: [[ADDRESS|geo:3/41 Glengala Rd, Sunshine West VIC 3020]]

I reviewed Mr [[PERSON|name:Papadakis]] this week following his TIA on [[DATE|date:Easter Sunday]]. He has had no further events, carotid duplex showed <50% stenosis, and his MoCA is 27/30. In my opinion he meets the Assessing Fitness to Drive standard for a private licence now that the stand-down period has passed. He drives a 2014 Camry, [[VEHICLE|vehicle:1TX4PL]], mostly to the market and to his son's place in [[LOCATION|geo:Bright]] at [[DATE|date:Christmas]].

Yours faithfully,
Dr [[PERSON|name:Mai Tran]], provider no. [[ID|license:409112AB]]""",
    """[[DATE|date:August 12th, 2025]]
RE: [[PERSON|name:Tyler Jameson Boudreaux]]   Member ID [[ID|health_plan:ZGP884017263]]   Group 0047219
DOB [[DATE|date:04-22-2011]]

To the Medical Director:

I am writing on behalf of my patient [[PERSON|name:Tyler]], a [[AGE|other:14]]-year-old with type 1 diabetes diagnosed on [[DATE|date:Halloween 2019]], to request coverage of an automated insulin delivery system (HCPCS E0784). He had two episodes of severe hypoglycemia needing glucagon, two weeks apart, the second on [[DATE|date:Father's Day]] and witnessed by his coach at [[LOCATION|geo:Temple High School]]. HbA1c 9.4% (E10.649). He lives with his grandmother in [[LOCATION|geo:Temple]].

[[PERSON|name:Rachel Nguyen-Boyd]], MD, Pediatric Endocrinology, NPI [[ID|license:1984942510]]""",
    """[[LOCATION|geo:Sir Charles Gairdner Hospital]] Outpatient Bookings - please quote UMRN [[ID|mrn:A1820933]]
[[DATE|date:Tues 03/06/25]]

Mr [[PERSON|name:Dylan J. Harwood]]
[[ADDRESS|geo:PO Box 118, Kalbarri WA 6536]]

Dear [[PERSON|name:Dylan]],
Your Hepatology Clinic appointment has moved to [[DATE|date:Thursday the 26th of June]] at 9.15 am, Clinic B, Level 2. Concession parking is approved for your car, [[VEHICLE|vehicle:1HGT 472]]. If you are flying down from [[LOCATION|geo:Geraldton]] under PATS, your travel approval is [[ID|other:PATS-61177204]]. If you cannot attend, reschedule at [[URL|url:https://outpatients.health.wa.gov.au/appt?u=A1820933&b=7731502]]; for urgent advice call healthdirect on 1800 022 222, or 000 in an emergency.""",
    """[[LOCATION|geo:Swift Current Medical Clinic]]
[[DATE|date:the 5th day of September, 2025]]

To: Saskatchewan WCB, Claims
Re: [[PERSON|name:Darnell Fishbourne]], claim [[ID|other:2419-88713]], HSN [[ID|health_plan:761 094 153]]

This is to confirm that Mr [[PERSON|name:Fishbourne]] sustained a crush injury to the left hand on [[DATE|date:the 18th of August]] while working at the potash mine. He was seen at [[LOCATION|geo:Dr. F.H. Wigmore Regional Hospital]] and had K-wire fixation of the fourth metacarpal the next day. He remains off work; I will reassess him in six weeks.

[[PERSON|name:R. Sandhu]], MD, CPSS [[ID|license:11408]]""",
]

OLDEST_OLD = [
    """RACF transfer: [[PERSON|name:Edna Ferris]], [[AGE|date:97yo]], from [[LOCATION|geo:Warrigal Albion Park Rail]], ?UTI vs delirium, MMSE 14/30 (19 six months ago). DVA gold card [[ID|health_plan:NX187325]]. Daughter [[PERSON|name:Lorraine]] (71) is EPOA, mob [[PHONE|phone:0412 553 870]]. T 38.2, HR 96, BP 102/58, SpO2 93% RA.""",
    """Mrs [[PERSON|name:Ivy Pettigrew]], [[AGE|date:ninety-four]], from [[LOCATION|geo:Bath]]: #NOF after a fall in the garden, for hemiarthroplasty tomorrow. NHS [[ID|mrn:400 663 6210]]. AMTS 8/10. Husband [[PERSON|name:Cyril]], [[AGE|date:96]], is at home with carers twice a day.""",
    """Happy 100th! [[PERSON|name:Clarrie]] (Mr [[PERSON|name:Clarence Hobbs]]) turned [[AGE|date:100]] on [[DATE|date:Anzac Day]] - letter from the Governor-General on the wall. RAAF ground crew 1943-46. Resident at [[LOCATION|geo:Bolton Clarke Fairways]] since 2019. DVA [[ID|health_plan:QX 90318]]. Weight 52.1 kg, Braden 17, no new issues.""",
    """SNF day 12. Mrs. [[PERSON|name:Pruitt]] is a [[AGE|date:92]] y.o. F s/p L hip ORIF at [[LOCATION|geo:Baptist Memorial]], here for rehab at [[LOCATION|geo:Windsor Gardens of Germantown]]. Part A day 12 of 20. MBI [[ID|health_plan:4TK9-DX2-MA71]]. Granddaughter visits Sundays. PT: 60 ft with RW, CGA. Hgb 9.8, Na 133.""",
    """Rest home round at [[LOCATION|geo:Hugh Green]]. Mrs [[PERSON|name:Mere Tamaki]] - [[PERSON|name:Mere]] is [[AGE|date:ninety-nine and a half]] and wants everyone to know it. NHI [[ID|mrn:PQR0252]]. Chest clear, Waterlow 18, BP 118/64. Great-granddaughter [[PERSON|name:Moana]] is organising her [[AGE|date:100th]] at the [[LOCATION|geo:Otara]] marae on [[DATE|date:Waitangi Day]].""",
    """[[AGE|date:91F]] from [[LOCATION|geo:Red Deer]] brought by EMS from [[LOCATION|geo:Bethany CollegeSide]] LTC. [[PERSON|name:Hildegard Schaefer]], AHCIP [[ID|health_plan:27841-9035]]. Son (POA) confirms goals of care M1. Hb 84, lactate 2.9, CXR RLL consolidation.""",
    """Death verified 0315 [[DATE|date:14/07]]. [[PERSON|name:Florence May Ashby]], aged [[AGE|date:one hundred and two]], resident of [[LOCATION|geo:Uniting Mirinjani]], [[LOCATION|geo:Weston]]. Dr [[PERSON|name:Rhodes]] notified. Niece attended. Expected death, not reportable; Tobin Brothers to collect.""",
    """VA PACT note. Veteran: [[PERSON|name:HOLLOWAY, WENDELL R]]   Age: [[AGE|date:92]]   SSN [[ID|ssn:232-95-7529]]. Transferred from the [[LOCATION|geo:Orem]] CBOC; Korean War, Army. Seen at [[LOCATION|geo:George E. Wahlen VA Medical Center]] by Dr. [[PERSON|name:Ana Quintero]]. PHQ-2 0. Falls screen positive.""",
    """Safeguarding referral. [[PERSON|name:Winifred]] ([[PERSON|name:Winnie]]) [[PERSON|name:Hargreaves]], aged [[AGE|date:90]] years and 4 months, lives alone in [[LOCATION|geo:Street]]. Her neighbour, Mr [[PERSON|name:Brian Wells]], reported that her nephew [[PERSON|name:Gareth]] has been using her bank card; Lloyds account ending [[ID|account:4471]]. Adult Social Care ref [[ID|other:ASC/2025/118804]].""",
    """ACAT: Nonna [[PERSON|name:Rosa]] - [[PERSON|name:Rosaria Colantonio]], [[AGE|date:103y]] - still lives with her son [[PERSON|name:Enzo]] (74) at [[ADDRESS|geo:12 Frederick St, Campbelltown SA 5074]]. My Aged Care ID [[ID|other:AC40917236]]. Level 4 package. Pension via Centrelink CRN [[ID|ssn:204 117 563K]].""",
]

COMMON_WORDS = [
    """Home visit, [[LOCATION|geo:Sale]]. [[PERSON|name:Grace]] sitting out in her chair; sacral pressure injury stage 2 improving (3 x 2 cm, was 4 x 3). Her husband [[PERSON|name:Will Short]] does most of the cares; [[PERSON|name:Will]] will bring the NDIS plan next visit (participant [[ID|health_plan:430 912 557]]). Mepilex Border, change every 3 days. Photo saved as [[ID|photo:GShort_sacrum_wk6.jpg]]. Wound clinic at [[LOCATION|geo:Central Gippsland Health]] if not healed.""",
    """Phone consult with [[PERSON|name:Hope Marama]] in [[LOCATION|geo:Bulls]] about her son [[PERSON|name:Frank]], [[AGE|other:2]]: barking cough 3 days, no frank stridor at rest, feeding well, afebrile. Croup. Dexamethasone 0.15 mg/kg (2 mg), script to the pharmacy in [[LOCATION|geo:Marton]]. 111 if stridor at rest or drooling; Healthline 0800 611 116 overnight. [[PERSON|name:Frank]]'s NHI [[ID|mrn:DHC7452]].""",
    """Well-child visit. [[PERSON|name:Summer Rayne Mobley]], [[AGE|other:6]], with mom [[PERSON|name:Autumn]]. Lives in [[LOCATION|geo:Normal]], starts first grade. Growth 50th centile, vision 20/25 OU. Kinrix lot 7X42C, ProQuad lot Y001945. Mom asks for the summer camp form - done. Medicaid [[ID|health_plan:418220377]]. Next WCC [[DATE|date:June 2026]].""",
    """[[PERSON|name:Mark Baker]], [[AGE|other:47]], works early shifts at a bakery in [[LOCATION|geo:Sandwich]]; story fits baker's asthma - PEF 520 at home, 390 by end of shift, chart scanned as [[ID|photo:PEF_MBaker_4126982191.pdf]]. NHS No [[ID|mrn:412 698 2191]]. Refer occupational respiratory clinic at [[LOCATION|geo:Kent and Canterbury Hospital]]. Clenil 200 mcg bd, salbutamol PRN. Fit note to [[DATE|date:the 30th]].""",
    """Aeromedical handover: [[PERSON|name:Sunny Daniels]], [[AGE|other:34M]] from [[LOCATION|geo:Katherine]], stab wound L flank at an outstation. RFDS to [[LOCATION|geo:RDH]]. Escort is his cousin [[PERSON|name:Bluey]] (real name [[PERSON|name:Leon]]). Hb 98, lactate 3.1, 2 units O neg en route. IHI [[ID|health_plan:8003 6097 6081 8136]].""",
    """IM consult: [[PERSON|name:Ruby Fox]], [[AGE|other:63F]], from [[LOCATION|geo:Medicine Hat]], transferred to [[LOCATION|geo:Foothills]] with new AF and a TIA. CHA2DS2-VASc 4; apixaban 5 mg BID. Husband [[PERSON|name:Rusty]] ([[PHONE|phone:403-528-6120]]) says she works at the greenhouses in [[LOCATION|geo:Redcliff]].""",
    """DM clinic. Mrs [[PERSON|name:Noelene Young]], [[AGE|other:58]], drives two hours from [[LOCATION|geo:Young]] for this clinic. HbA1c 8.9%, eGFR 51, UACR 12. Her sister [[PERSON|name:Pearl]] has Hashimoto's too. Lives at [[ADDRESS|geo:RMB 402 Milvale Rd, Young NSW 2594]]. Seen with CDE.""",
    """Revd [[PERSON|name:Angela Bishop]], [[AGE|other:61]], vicar of [[LOCATION|geo:St Mary's]], [[LOCATION|geo:Ware]]: two months of fatigue, ferritin 6, Hb 98. Coeliac serology sent. Her curate [[PERSON|name:Tom]] drove her in. OGD booked at the [[LOCATION|geo:Lister]] w/c [[DATE|date:9 June]].""",
    """[[PERSON|name:Precious Moody]], [[AGE|other:29]], G2P1 at 31 weeks, from [[LOCATION|geo:Mobile]]; BP 152/98, urine protein 2+, ?preeclampsia. Mag 4 g load, labetalol 20 mg IV, betamethasone 12 mg IM. Partner [[PERSON|name:Dewayne King]]; her mobile [[PHONE|phone:251-490-3318]].""",
    """School nurse, [[LOCATION|geo:Box Hill High School]]: [[PERSON|name:Jade]] ([[AGE|other:15]]) from Year 9 wheezy after cross-country at [[LOCATION|geo:Wattle Park]]. Ventolin 4 puffs via spacer, settled. Mum [[PERSON|name:Crystal]] collected her at 1420.""",
]

LOOKALIKE_CODES = [
    """SULLIVAN NICOLAIDES PATHOLOGY   Lab No. [[ID|other:24-8817390-K]]
Patient: [[PERSON|name:MORRISSEY, Brendan]]   DOB: [[DATE|date:17/08/1972]]   Sex: M   UR: [[ID|mrn:T4408172]]
Collected: [[DATE|date:14/03/2025 08:42]]   Requesting Dr: [[PERSON|name:K. Lindqvist]] (Prov [[ID|license:5218841T]])
Hb 131 g/L, WCC 7.2, Plt 244. HbA1c 53 mmol/mol (7.0%). Ferritin 412. LOINC 4548-4.""",
    """EXAM: CT ABDOMEN PELVIS W CONTRAST (CPT 74177)   ACC#: [[ID|other:CT25031188421]]
PATIENT: [[PERSON|name:Whitfield, Marcus A]]   MRN [[ID|mrn:E10442917]]   DOB [[DATE|date:1968-09-30]]
ORDERING: [[PERSON|name:Priya Natarajan]], MD   NPI [[ID|license:1820796120]]
CLINICAL: RLQ pain, R10.31. COMPARISON: CT [[DATE|date:2023-11-02]] (outside, [[LOCATION|geo:St. Joseph]] in [[LOCATION|geo:Bangor]]).
FINDINGS: Appendix 11 mm with periappendiceal stranding. 1.2 cm L adrenal nodule, 8 HU, adenoma. Key images: [[ID|photo:WHITFIELD_E10442917_KI_03.png]]
IMPRESSION: Acute uncomplicated appendicitis. Called to ordering provider 14:12.""",
    """[[PERSON|name:HAMID, Farida]] - Endone 5 mg tabs, 1 every 4 h when required, max 6/day, qty 20. Dr [[PERSON|name:L. Petrakis]], prescriber [[ID|license:4821937]]. Dispensed [[DATE|date:07/04/25]], PBS 08501Y, repeats 0. Priceline Pharmacy [[LOCATION|geo:Mount Druitt]].""",
    """[[ID|account:INV-0049182]] | [[PERSON|name:NGO Thi Lan]] | Medicare [[ID|health_plan:5217 06948 1]]/2 | item 23 $42.85, item 10997 $26.25, item 73811 | provider [[ID|license:478821KB]] | DOS [[DATE|date:12-May-2025]] | rebate to BSB [[ID|account:062-118]] acct [[ID|account:1045 7732]]""",
    """Histopathology, [[LOCATION|geo:Addenbrooke's]]. Specimen [[ID|other:H25-04417]]. [[PERSON|name:OYELARAN, Folasade]], NHS [[ID|mrn:6420938333]], hosp no [[ID|mrn:R1994027]]. Received [[DATE|date:11.03.2025]]. Ellipse of skin 22 x 9 x 6 mm. Nodular BCC, peripheral margin 2.1 mm, deep 1.4 mm. SNOMED 1338007.""",
    """Med rec: [[PERSON|name:Tremblay, Josee]], [[AGE|other:74]], RAMQ [[ID|health_plan:TREJ 5154 1512]]. Metformin 500 mg BID (DIN 02229785), ramipril 5 mg daily (DIN 02221837), atorvastatin 20 mg HS. Allergy sulfa. Pharmacist [[PERSON|name:Olivier Gagnon]], OPQ licence [[ID|license:214587]], Jean Coutu [[LOCATION|geo:Rimouski]].""",
    """NF-3 VERIFICATION OF TREATMENT BY ATTENDING PHYSICIAN OR OTHER PROVIDER OF HEALTH SERVICE
Insurer claim no. [[ID|other:0417-22-81934]]   Patient: [[PERSON|name:DARIUS T. OKAFOR]]   Date of accident [[DATE|date:06/11/2025]]
Vehicle: 2013 Ford F-150, VIN [[VEHICLE|vehicle:1FTFW1ET0DFB20871]], NY plate [[VEHICLE|vehicle:KZR-4417]]
Provider: [[LOCATION|geo:Jamaica Hospital Medical Center]]   CPT 72125 CT cervical spine w/o contrast $1,286.00; 99284 ED visit $940.00   ICD-10 S13.4XXA
Patient acct [[ID|account:PA-8842017]]""",
    """Special Authority SA2064 (empagliflozin) for [[PERSON|name:Losa Fa'alogo]], NHI [[ID|mrn:KLF3947]]; approval [[ID|other:22SA0418331]], valid to [[DATE|date:01/12/2027]]. Applicant Dr [[PERSON|name:Vaimoana Tupou]], MCNZ [[ID|license:41266]]. HbA1c 68 mmol/mol on metformin 1 g BD + vildagliptin 50 mg BD; eGFR 58.""",
    """XR L wrist 2V (MBS 57506). FOOSH at netball. [[PERSON|name:Emily Zhao]] [[AGE|other:11F]], IHI [[ID|health_plan:8003600339823285]]. Ref Dr [[PERSON|name:Tom Brennan]], provider [[ID|license:054419BH]], HPI-I [[ID|license:8003617483383791]], [[LOCATION|geo:Kingscliff Medical Practice]]; results fax [[PHONE|fax:07 5523 0914]].""",
    """G&S rejected - label mismatch. Form: [[PERSON|name:WOODWARD Jacqueline]] DOB [[DATE|date:05/05/1985]] MRN [[ID|mrn:RBK2203918]]; tube: [[PERSON|name:WOODWARD Jacquline]] DOB [[DATE|date:05/05/1958]]. Sample [[ID|other:BT25-0117734]]. Datix [[ID|other:W-311842]] raised by [[PERSON|name:Gemma]] (BMS). Re-bleed, O neg x2 on standby, Hb 71.""",
]

EXPORTS = [
    """MSH|^~\\&|PAS|F0120|EMR|HIE|[[DATE|date:20250314092201]]||ADT^A01|MSG00417220|P|2.4
PID|1||[[ID|mrn:0418772]]^^^F0120^MR~[[ID|health_plan:2953418771]]^^^AUSHIC^MC||[[PERSON|name:NGUYEN^VAN THANH]]||[[DATE|date:19640227]]|M|||[[ADDRESS|geo:48 Cavendish St^^Stanmore^NSW^2048]]||[[PHONE|phone:0411873206]]
PV1|1|I|C6W^12^B|||||[[ID|license:437160XL]]^[[PERSON|name:OYELOWO^BAYO]]""",
    """urn,name,dob,medicare,irn,suburb,triage
[[ID|mrn:773104]],"[[PERSON|name:O'BRIEN, Kathleen]]",[[DATE|date:1951-06-04]],[[ID|health_plan:6031447831]],1,[[LOCATION|geo:Penrith]],3
[[ID|mrn:773190]],"[[PERSON|name:HOPE, Charity]]",[[DATE|date:1996-02-29]],[[ID|health_plan:2274158321]],2,[[LOCATION|geo:St Marys]],4""",
    """{"resourceType":"Patient","id":"[[ID|other:pat-7f3e21c0]]","identifier":[{"system":"http://ns.electronichealth.net.au/id/hi/ihi/1.0","value":"[[ID|health_plan:8003601686326203]]"}],"name":[{"family":"[[PERSON|name:Rosewarne]]","given":["[[PERSON|name:Dale]]"]}],"telecom":[{"system":"email","value":"[[EMAIL|email:dale.rosewarne@bigpond.com]]"}],"birthDate":"[[DATE|date:1977-10-08]]","address":[{"line":["[[ADDRESS|geo:17 Gap Rd]]"],"city":"[[LOCATION|geo:Alice Springs]]","state":"NT","postalCode":"[[LOCATION|geo:0870]]"}]}""",
    """user,patient_mrn,patient_name,action,ts,workstation_ip
[[EMAIL|email:tmorrow@sutterhealth.org]],[[ID|mrn:88104421]],[[PERSON|name:REYES, ANGELICA]],BREAK_GLASS_VIEW_PRINT,[[DATE|date:2025-02-11T02:14:09-08:00]],[[IP|ip:10.42.17.118]]""",
    """NHI|NAME|DOB|PRACTICE|CELL|HBA1C
[[ID|mrn:TRX9847]]|[[PERSON|name:TE WHATA, Rangi]]|[[DATE|date:03/09/1958]]|[[LOCATION|geo:Te Kuiti Medical Centre]]|[[PHONE|phone:0274 417 702]]|71
[[ID|mrn:HRT3310]]|[[PERSON|name:MATENGA, Huia]]|[[DATE|date:21/12/1987]]|[[LOCATION|geo:Otorohanga Health]]||58""",
    """Theatre 4 list [[DATE|date:Mon 16/06]]
Slot\tHosp No\tName\tAge\tProcedure\tSurgeon
1\t[[ID|mrn:K1028834]]\t[[PERSON|name:ABBOTT, Reginald]]\t[[AGE|other:77]]\tTKR (L)\tMr [[PERSON|name:Hussain]]
2\t[[ID|mrn:K0913377]]\t[[PERSON|name:PARKINSON, Joan]]\t[[AGE|date:91]]\tDHS (R) #NOF\tMr [[PERSON|name:Hussain]]""",
    """{"event":"session_start","ts":"[[DATE|date:2025-04-02T09:31:44+10:00]]","room":"[[URL|url:https://vcc.healthdirect.org.au/call/gp-bathurst-3?pid=HP8841027]]","patient":{"name":"[[PERSON|name:Mick Dunstan]]","dob":"[[DATE|date:02/02/1962]]","ihi":"[[ID|health_plan:8003603935369760]]"},"client_ip":"[[IP|ip:2001:8003:4c1d:a900:6d2e:91ff:fe3a:1b07]]","ua":"Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)"}""",
    """<patientRole><id root="2.16.840.1.113883.4.1" extension="[[ID|ssn:610-94-1540]]"/><id root="1.2.840.114350.1.13.0.1.7.5.737384.14" extension="[[ID|mrn:Z7731904]]"/><addr use="HP"><streetAddressLine>[[ADDRESS|geo:2207 Elm Ridge Dr]]</streetAddressLine><city>[[LOCATION|geo:Independence]]</city><state>MO</state><postalCode>[[LOCATION|geo:64055]]</postalCode></addr><telecom value="mailto:[[EMAIL|email:bev.kowalski58@yahoo.com]]"/><patient><name><given>[[PERSON|name:Beverly]]</given><family>[[PERSON|name:Kowalski]]</family></name><birthTime value="[[DATE|date:19580114]]"/></patient></patientRole>""",
    """client_id,name,dob,dose_mg,time,verified_by,bio_ref
[[ID|other:OTP-2231]],[[PERSON|name:Bradley Fitzsimmons]],[[DATE|date:11/12/1990]],85,0812,KL,[[ID|biometric:FP-7C41E2A9]]
[[ID|other:OTP-2297]],[[PERSON|name:Kylie Mundine]],[[DATE|date:30/04/1979]],40,0819,KL,[[ID|biometric:FP-19D0B6F3]]""",
    """Patient,[[PERSON|name:Hamish Tait]]
DOB,[[DATE|date:22-Sep-1946]]
Device,Azure XT DR MRI W1DR01
Serial,[[DEVICE|device:RNB718550S]]
Implant,ongoing
Clinic,[[LOCATION|geo:Dunedin Hospital]] Pacing Clinic
Transmission,[[DATE|date:09-Jun-2025 03:12]]
Battery,8.5 yrs
AF burden,3.2%
Home monitor SN,[[DEVICE|device:24M0918834]]""",
]

EMAILS = [
    """From: [[PERSON|name:Jess Albanese]] <[[EMAIL|email:jalbanese@iinet.net.au]]>
To: [[EMAIL|email:reception@bondijunctionmedical.com.au]]
Sent: [[DATE|date:Thursday, 6 February 2025 7:42 PM]]
Subject: Mum's scripts - [[PERSON|name:Rita Albanese]]

Hi, could Dr [[PERSON|name:Nair]] please do Mum's repeats for Xarelto 15mg and the Coversyl? She's staying with me for the week. Her Medicare is [[ID|health_plan:4901 28769 1]] no. 2. eScript to this email or my mobile [[PHONE|phone:0419 662 047]] is fine.
Thanks""",
    """From: [[EMAIL|email:priya.shah12@nhs.net]]
To: [[EMAIL|email:leedsth-tr.cardiologysecs@nhs.net]]
Date: [[DATE|date:2 Apr 2025 16:05]]
Subject: RE: urgent echo - [[ID|mrn:6876633179]]

Thanks, can we squeeze him in before [[DATE|date:Easter]]? He's the chap from [[LOCATION|geo:Pudsey]] with the new murmur, ?AS, syncope at the wheel at the weekend. The mobile on file is wrong - his daughter says use [[PHONE|phone:07700 914 552]].
[[PERSON|name:Priya]]

> Hi Dr [[PERSON|name:Shah]], we have a slot next week at [[LOCATION|geo:St James's]] if that helps.""",
    """MyChart message from [[PERSON|name:Dolores Whitehorse]], received [[DATE|date:07/15/2025 11:48 PM]]
Subject: [[PERSON|name:Jaxon]]'s ADHD meds

Hi, the Walmart pharmacy in [[LOCATION|geo:Gallup]] won't fill [[PERSON|name:Jaxon]]'s Vyvanse 30 mg because the PA expired. His chart number at the Indian hospital is [[ID|mrn:GIMC-448120]]. Please call me at [[PHONE|phone:505-722-4198]].
Sent from my iPhone""",
    """From: [[EMAIL|email:nurse.leader@rangiorahealthhub.co.nz]]
To: [[EMAIL|email:plastics.referrals@cdhb.health.nz]]
Subject: Photo referral - [[ID|mrn:GNU9324]]
Attachments: [[ID|photo:GNU9324_L_forearm_lesion.jpg]]; [[ID|photo:Stewart_B_dermoscopy_2.jpg]]

Kia ora, please see attached for [[PERSON|name:Bruce Stewart]], [[AGE|other:79]], farmer from [[LOCATION|geo:Cust]] - rapidly growing lesion L forearm, 14 mm, ?SCC vs KA. On rivaroxaban. Happy to excise here if you prefer.
Nga mihi, [[PERSON|name:Aneta]] RN, [[LOCATION|geo:Rangiora Health Hub]]""",
    """To: [[EMAIL|email:k.mcallister@mcallisterinjurylaw.ca]]
Subject: Records request - [[PERSON|name:Bogdan Wisniewski]] - your file [[ID|other:MIL-24-0387]]

Ms. [[PERSON|name:McAllister]], attached are the clinical notes up to [[DATE|date:Mar. 21, 2025]] for Mr. [[PERSON|name:Wisniewski]]; his SIN is not released under our policy. Our invoice [[ID|account:INV-20417]] for $45.00 can be paid by e-transfer to [[EMAIL|email:billing@kingstonfamilymed.ca]].
Medical Records, [[LOCATION|geo:Kingston Family Medicine]]""",
    """Fwd: parking permit form
---------- Forwarded message ---------
From: [[PERSON|name:Robbo]] <[[EMAIL|email:robbo.kershaw71@gmail.com]]>
Doc can you sign Dad's disability parking form? car is the silver Carnival [[VEHICLE|vehicle:YPL 28K]], he's at [[ADDRESS|geo:9/14 Kerrigan St, Dickson ACT 2602]] now. Dad = [[PERSON|name:Alan Kershaw]].""",
    """Subject: Telepsychiatry follow-up [[DATE|date:Thu 8/21]]
Hi [[PERSON|name:Destiny]], your visit with Dr. [[PERSON|name:Abernathy]] is confirmed. Join here: [[URL|url:https://umich.zoom.us/j/93847120556?pwd=Q2x5dFRlR0ZjT0p1a0Y3dz09]]. If the link fails call [[PHONE|phone:734-615-2870]]. In a crisis call or text 988.""",
    """From: [[EMAIL|email:the.wolfs.of.hull@btinternet.com]]
Dear Dr [[PERSON|name:Lamb]],
My husband [[PERSON|name:Derek Wolf]] (NHS [[ID|mrn:692 356 0896]]) is out of his inhalers. We have moved to [[ADDRESS|geo:Flat 2, 11 Beverley Road, Hull HU3 1XH]] and his new GP is [[LOCATION|geo:Newland Group Practice]], could you transfer the notes please.
Kind regards, [[PERSON|name:Sheila]]""",
    """Kia ora [[PERSON|name:Tama]], we have refunded the $19.50 consult fee that was charged twice on [[DATE|date:18 Feb]] to [[ID|account:06-0817-0419736-00]]. Please allow 3 working days.
[[PERSON|name:Nicola]], Practice Manager, [[LOCATION|geo:Gore Health Centre]]""",
    """From: [[EMAIL|email:accounts@harleystreetdermclinic.co.uk]]
Dear Mr [[PERSON|name:Abiodun]], as requested your deposit of GBP 150 for the [[DATE|date:12 June]] appointment will be refunded to [[ID|account:GB37 LOYD 3096 3431 9268 19]] within 5 working days. Patient reference [[ID|other:HSD-10482]].""",
]

CHATS = [
    """[[PERSON|name:Kirsty O'Neill]] 9:07 PM: anyone covering bed 12? [[PERSON|name:kowalczyk]]'s daughter on the phone again, wants a call back on [[PHONE|phone:0403 771 290]]
[[PERSON|name:Rajesh Pillai]] 9:11 PM: the [[AGE|other:88yo]] with the delirium?
[[PERSON|name:Kirsty]] 9:12 PM: yep [[PERSON|name:Halina]], UR[[ID|mrn:3318820]]. daughter driving down from [[LOCATION|geo:Wollongong]]""",
    """SMS from [[PHONE|phone:+64 21 058 7734]] [[DATE|date:3/7]] 07:52: hi its [[PERSON|name:Mereana]] from the diabetes clinic? sugars 18-22 since sat and im out of lantus. still at my nans in [[LOCATION|geo:Opotiki]]
Reply 08:10: Kia ora [[PERSON|name:Mereana]], please go to [[LOCATION|geo:Opotiki Health Centre]] this morning or ring us on [[PHONE|phone:07 315 3122]]. DNS team""",
    """[[DATE|date:6/14/25]], 8:02 AM - [[PERSON|name:Shay]] RN: saw [[PERSON|name:bill t]] this am, bs 342, foot wound looks worse
[[DATE|date:6/14/25]], 8:05 AM - [[PERSON|name:Marcus]] PT: same guy off [[LOCATION|geo:old dixie hwy]]?
[[DATE|date:6/14/25]], 8:06 AM - [[PERSON|name:Shay]] RN: yep. daughter [[PERSON|name:tina]] [[PHONE|phone:772-418-2290]]. also medicare sent him a bill, told him to call them""",
    """Hi [[PERSON|name:Bazza]], reminder: appt with Dr [[PERSON|name:Nguyen]] at [[LOCATION|geo:Cessnock Medical]] on [[DATE|date:Wed 9 Jul]] at 2:40pm. Reply Y to confirm or reschedule at [[URL|url:https://hotdoc.com.au/r/k8T2mQ]]""",
    """[[PERSON|name:Tom]] (FY1): can someone review the lady in bay 3 bed 2, Ms [[PERSON|name:Okafor]]? NEWS 7, HR 128, hosp no [[ID|mrn:K3319055]]
[[PERSON|name:Amira]] (SpR): coming. is she the one from [[LOCATION|geo:Lewisham]] with the sickle crisis?""",
    """MMS from [[PHONE|phone:0427 118 503]] [[DATE|date:21/05/2025]] 16:40, attachment [[ID|photo:IMG_Jarrah_rash_0521.jpg]]: this is [[PERSON|name:Jarrah]]'s rash doc, started after the amoxil, is it hives?""",
    """[[PERSON|name:Lauren Chu]]: [[AGE|other:17M]] open tib # from a dirt bike crash near [[LOCATION|geo:Canmore]], ancef 1400, tetanus done, MRN [[ID|mrn:30277154]]. ok to book?
[[PERSON|name:Dev Patel]]: ya. parents there?
[[PERSON|name:Lauren Chu]]: dad here, mom flying in from [[LOCATION|geo:Yellowknife]]""",
    """Txt from [[PERSON|name:Patience]] ([[PHONE|phone:470-228-9016]]): baby [[PERSON|name:Blessing]] has 101.4 fever since 2am, gave tylenol 2.5ml""",
    """[[PERSON|name:Ana]]: heads up, [[PERSON|name:Losana]] G3P2 39+2 labouring at home in [[LOCATION|geo:Mangere Bridge]], 4 min apart, on my way. NHI [[ID|mrn:CJH6195]], husband [[PERSON|name:Viliami]] [[PHONE|phone:021 775 340]]""",
    """[[DATE|date:02/08/2025]], 18:44 - [[PERSON|name:Shazza]]: mum's in [[LOCATION|geo:Mackay Base]] again chest pain. troponin ok but keeping her
[[DATE|date:02/08/2025]], 18:47 - [[PERSON|name:Davo]]: be there in 20, ute's in the ED bay if security asks, [[VEHICLE|vehicle:QLD 718KPM]]""",
]

OCR_FORMS = [
    """REFERRAL FOR SPECIALIST SERVlCES
Patient Narne: [[PERSON|name:KARAGIANNIS, Eleni]]      D.O.B. [[DATE|date:1 4 / 0 2 / 1 9 5 6]]
Medicare No: [[ID|health_plan:5882 13605 1]]   Ref No: 3
Address: [[ADDRESS|geo:27 Rosella St, Dandenong N0rth VIC 3175]]
Ph(H) ___________   Mob [[PHONE|phone:0417 2l8 330]]
Referred to: Dr [[PERSON|name:S. Ramanathan]], Gastroenterology, [[LOCATION|geo:Monash Medical Centre]]
Clinical notes: 3/12 dyspepsia, wt loss 6 kg, Fe def (ferritin 9).
Referring Dr: [[PERSON|name:M. Haddad]]   Prov No: [[ID|license:3321 07TB]]   Date: [[DATE|date:O3/06/2O25]]""",
    """BlueCross BlueShield of Tennessee
Member: [[PERSON|name:JAMES R HOLLINGS WORTH]]
ID: [[ID|health_plan:ZGK 71O4 82913]]   Group: 148820
RxBIN 610455  RxPCN CLAIMS  RxGrp BCTN
Dependent 02: [[PERSON|name:KAYLEIGH]]
PCP: DR [[PERSON|name:L OKONJO]]   Copay $30/$60   ER $250
Customer Service 1-800-565-9140""",
    """BLUE BADGE - SUPPORTING MEDICAL INFORMATION
Applicant surname [[PERSON|name:P E N H A L I G O N]]   Forename(s) [[PERSON|name:D O R E E N]]
Date of birth [[DATE|date:2 9 0 2 1 9 4 8]]   NI number [[ID|ssn:J T 4 8 1 1 9 6 B]]
Vehicle registration (optional) [[VEHICLE|vehicle:B A 6 4 K W Z]]
Address [[ADDRESS|geo:Chy an Mor, 6 Fore St, Mousehole, Penzance TR19 6PF]]
GP practice [[LOCATION|geo:Morrab Surgery]]
Conditions: COPD, FEV1 0.9 L (38% predicted); walks < 30 m with 2 rests.""",
    """ACC45 lnjury Claim Form   Claim number [[ID|other:1OO51187204]]
Surname [[PERSON|name:TE HIRA]]   First name [[PERSON|name:Manaia]]   NHI [[ID|mrn:N X P 8 8 0 3]]
DOB [[DATE|date:O7/11/2OO3]]   IRD no. [[ID|ssn:141-730-693]]
Address [[ADDRESS|geo:18 Kowhai Ave, Levin 5510]]   Ph [[PHONE|phone:027 9O4 1183]]
Accident date [[DATE|date:22/06/2025]]   Scene: home
Diagnosis: sprain L ankle (ATFL), Read S560.
Provider: Dr [[PERSON|name:A. Wihongi]]   ACC provider no. [[ID|license:J45812]]""",
    """LifeLabs Requisition
Patient [[PERSON|name:DESROCHERS Marc-Andre]]   Sex M   DOB [[DATE|date:1971 / 08 / 3O]]
OHIP [[ID|health_plan:3007 909 O33]]  Ver. MK
Tests: TSH, lipid (fasting), HbA1c, PSA (uninsured)
Clinician: Dr. [[PERSON|name:F. Ahmadi]]   Billing # [[ID|license:0 2 4 7 1 8]]
Copy to: [[LOCATION|geo:Barrie Community Health Centre]]""",
    """DVA TRANSPORT - D0904
Veteran's name [[PERSON|name:MAcDONALD Ian]]   File No. [[ID|health_plan:VSM2l047]]   Card: Gold
Address [[ADDRESS|geo:55 Forest Rd, Trafalgar VIC 3824]]   Vehicle [[VEHICLE|vehicle:KGP-471]]
Trip: home to [[LOCATION|geo:Latrobe Regional Hospital]] on [[DATE|date:1O/O7/25]], 86 km return @ $0.29/km
Certified by: [[PERSON|name:J. Oduya]] (GP)   Prov [[ID|license:2988132A]]""",
    """CALIFORNIA DRIVER LICENSE   DL [[ID|license:D4471209]]   EXP [[DATE|date:O9/14/2O28]]
LN [[PERSON|name:AVILA]]   FN [[PERSON|name:MARIA GUADALUPE]]
[[ADDRESS|geo:1418 W PINE ST APT 3 LODI CA 95240]]
DOB [[DATE|date:O9/14/1987]]   RSTR NONE   SEX F   HGT 5-03   EYES BRN
file: [[ID|photo:scan_AVILA_DL_front.png]]""",
    """FAX   To: [[LOCATION|geo:Churchill Hospital]] Oncology   Fax: [[PHONE|fax:01865 2356l8]]
From: [[LOCATION|geo:Botley Medical Centre]]   Tel [[PHONE|phone:01865 248719]]   Pages: 3 (incl. cover)
Re: Mr [[PERSON|name:Kwabena Asante]]   NHS No [[ID|mrn:490 246 l749]]
2WW suspected lung cancer - CXR [[DATE|date:28/O5]] R hilar mass.""",
    """Application for release of superannuation on compassionate grounds - medical treatment
Part B - to be completed by the treating specialist
Applicant [[PERSON|name:Tayla-Rose Mclnnes]]   TFN [[ID|ssn:786 364 4l8]]   DOB [[DATE|date:3l.12.98]]
Condition: stage IV endometriosis, chronic pelvic pain (ICD-10 N80.3); treatment: laparoscopic excision, est. cost $14,200
Specialist Dr [[PERSON|name:Okoye]]   AHPRA [[ID|license:MED0002184471]]   [[LOCATION|geo:Gladstone Hospital]]""",
    """INClDENT REPORT   RiskMan ID [[ID|other:2O25-11873]]   Date of incident [[DATE|date:l9/O4/2025]]
Location: Ward 5A, [[LOCATION|geo:Wagga Wagga Base]]
Patient: [[PERSON|name:BARTHOLOMEW Keith]]   MRN [[ID|mrn:W9140027]]
Description: Pyxis override for hydromorphone 2 mg by fingerprint template [[ID|biometric:BIO-44718-R]], not on roster for 5A.""",
]

ACCESS_LOGS = [
    """[[DATE|date:2025-06-01 02:14:55]] WARN portal auth_fail user=[[EMAIL|email:kfernando88@outlook.com]] src=[[IP|ip:203.220.14.87]] attempts=5 lockout=true mrn=[[ID|mrn:00918273]]
[[DATE|date:2025-06-01 02:15:10]] INFO sms_otp sent=[[PHONE|phone:+61 423 018 557]] mrn=[[ID|mrn:00918273]]""",
    """ts=[[DATE|date:2025-04-17T03:41:02+01:00]] cabinet=WARD-C7-OMN02 user_bio=[[ID|biometric:FPT-0a93e7c1]] action=CD_REMOVE drug="morphine sulfate 10mg/1ml" qty=1 patient="[[PERSON|name:LOVELL, Harold]]" hosp_no=[[ID|mrn:L1022839]] witness_bio=[[ID|biometric:FPT-77b02d4e]]""",
    """[[DATE|date:2025-07-21 14:02:11]] CDT session=[[ID|other:tele-8841]] patient="[[PERSON|name:Lucas Ferreira]]" dob=[[DATE|date:2003-05-17]] join_url=[[URL|url:https://ochsner.zoom.us/j/81294410673]] client_ip=[[IP|ip:2600:1700:6c80:5e10:b8a4:2f9c:a11e:43d2]] device=iPad13,18""",
    """Omnipod 5 upload [[DATE|date:2025-05-12 07:30]] from [[IP|ip:120.18.44.201]] | patient [[PERSON|name:Indi Castellano]] DOB [[DATE|date:14/09/2012]] | PDM SN [[DEVICE|device:PDM-4L19-02881]] | Dexcom G6 transmitter [[DEVICE|device:8GM4T9]] | TIR 58%, GMI 7.6%, CV 38%, basal 0.45 U/h""",
    """Call log [[DATE|date:12/08/2025]] 10:14 - inbound from [[PHONE|phone:02 9498 2261]]; caller identified as [[PERSON|name:Gordon Lamb]] of [[LOCATION|geo:Gordon]], voiceprint [[ID|biometric:VP-2210-88341]] matched 0.94; repeat atorvastatin 40 mg requested. IHI [[ID|health_plan:8003609143333019]].""",
    """LibreView | patient [[PERSON|name:Noor Haddad]] | sensor SN [[DEVICE|device:0M0008YTC2]] | reader SN [[DEVICE|device:JGMA297-T2419]] | clinic LMC [[LOCATION|geo:Brampton]] | share [[URL|url:https://www.libreview.com/share/7d2f91ac-5e20-4b8e-a0b1-3c6e91f24d07]]""",
    """Security log [[DATE|date:28/02/2025]] 23:51 - patient [[PERSON|name:Darren Feeney]] (Ward 23) reports phone stolen: Galaxy A54, IMEI [[DEVICE|device:35 209900 176148 1]], last on guest Wi-Fi as [[IP|ip:172.16.48.203]], MAC [[DEVICE|device:a4:83:e7:1c:0b:92]]. Police ref [[ID|other:CRI-0225-771043]].""",
    """ManageMyHealth audit [[DATE|date:2025-01-06 19:22:40]] NZDT user=[[EMAIL|email:hemi.parata@xtra.co.nz]] viewed results of dependant [[PERSON|name:Nikau Parata]] ([[ID|mrn:BWA9324]]) page=[[URL|url:https://app.managemyhealth.co.nz/dependants/BWA9324/labresults]] from [[IP|ip:2406:e003:1a2f:6400::1c]]""",
    """Kiosk [[LOCATION|geo:Arcare Craigieburn]]: visitor [[PERSON|name:Joanne Hickey]] (face template [[ID|biometric:FT-00418-9c2a]]) signed in [[DATE|date:03/03/2025]] 15:02 for resident [[PERSON|name:Norma Hickey]], room 14; RAT negative; car [[VEHICLE|vehicle:TAS F83LQ]]""",
    """PACS audit [[DATE|date:20250619T081455]] user=rad2 AE=STJ_CT1 study=[[ID|other:1.2.840.113619.2.55.3.604688119.971.1718786095.237]] patient=[[PERSON|name:HOLM^ERIK]] pid=[[ID|mrn:MN40012871]] export=[[ID|photo:HOLM_ERIK_MN40012871_CT_HEAD.zip]] dest=[[IP|ip:64.124.18.37]]""",
]


def main() -> None:
    n = write_styled(
        OUT,
        [
            ("unlabelled-prose-ward", UNLABELLED_PROSE),
            ("dates-in-words-letters", DATES_IN_WORDS),
            ("oldest-old-aged-care", OLDEST_OLD),
            ("common-word-names-places", COMMON_WORDS),
            ("clinical-lookalike-codes", LOOKALIKE_CODES),
            ("ehr-exports-hl7-csv-json", EXPORTS),
            ("email-threads", EMAILS),
            ("chat-sms-messages", CHATS),
            ("ocr-scanned-forms", OCR_FORMS),
            ("access-device-logs", ACCESS_LOGS),
        ],
    )
    print(f"probe81: {n} docs")


if __name__ == "__main__":
    main()
