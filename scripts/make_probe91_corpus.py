"""Write the 91th hand-annotated redaction probe, narrative US and Australian psychosocial prose.

Why: most probes plant identifiers in headers, labelled fields and log lines. Real psychology
letters, chaplaincy notes, psychosocial assessments, family meeting minutes, palliative notes,
forensic reports, complaint letters, pedigree notes, injury reports and school-nurse notes bury
them in long sentences instead: a neighbour's first name after a comma, a church and a town in
the same clause, a niece's age in a pedigree, a date written out in words, a claim number in
lowercase prose. Clinical numbers that must survive (doses, scores, lab values, item numbers,
bed numbers, times, durations, years, public helplines) sit right next to them.

What: ten styles of ten notes each, written by hand for this project, US and Australian:
psych-assessment-letter, chaplaincy-pastoral-note, psychosocial-assessment,
family-meeting-minutes, palliative-care-note, forensic-court-report, complaint-letter,
genetic-counselling-pedigree, occupational-injury-report and school-nurse-note. Identifiers
are marked inline as ``[[LABEL|category:text]]``; ``write_styled`` strips the markers and
computes offsets. Check-digit identifiers (Medicare, IHI, TFN, NPI, DEA, VIN, card numbers)
mostly pass their checksums; a few deliberately do not.

Conventions: titles/roles outside names; "SURNAME, First" and "SURNAME First" are one span;
nicknames and first names alone are marked; clinicians' names are marked like anyone else's.
Australian Medicare numbers, IHIs, DVA file numbers, US Medicare (MBI) and Medicaid ids and
insurer or health-fund memberships are ID|health_plan; MRN, URN/UR and ED attendance numbers
are ID|mrn; US SSNs and Australian TFNs ID|ssn; AHPRA registrations, NPI, DEA, prescriber and
state licence numbers, driver, firearms and high-risk work licences ID|license; bank account,
card, billing, utility and pharmacy account numbers ID|account (BSB and ABA routing numbers
alone are not marked); court, police, claim, complaint, child-protection, Centrelink CRN,
NDIS, inmate, student, employee and laboratory sample references ID|other. Ages of anyone
(patients, relatives, children) are marked, 90+ as AGE|date; "13F", "26M", "6yo", "18mo" whole,
"M/35" and "94 yrs" number only; ages written in words are marked. A date with its time is one
DATE span; weekday+date one span; month+year is a DATE; times, years, durations, weekdays alone
and gestations are not marked. Hospitals, practices, care homes, named pharmacies, schools,
universities, hotels, churches, courts, prisons, named workplaces and farms, parks, suburbs,
towns, counties and streets without a number are LOCATION|geo; a full address is one ADDRESS|geo
(an address set over two lines is one ADDRESS|geo span per line, as a span cannot cross a line
break); a lone postcode or ZIP code ADDRESS|geo. Countries, states, councils, police forces,
agencies, health services as organisations, insurers and charities are not marked. Public lines
(000, 911, 988, 13 11 14, 1800 and 1300 helplines) and extensions are not marked; ward,
practice and pharmacy phone and fax numbers are. Serials, UDIs, IMEIs, transmitter ids and MAC
addresses of personal devices are DEVICE|device; batch/lot numbers are not marked. Only
full-face photo references are ID|photo; fingerprint, voiceprint and iris template ids are
ID|biometric. Staff initials alone (PO, JB, TJ) are not marked.

How: cd /work/main && .venv/bin/python scripts/make_probe91_corpus.py (writes
corpus/redaction/probe91.jsonl).
"""

from pathlib import Path

from make_safe_harbor_suite import write_styled

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "corpus" / "redaction" / "probe91.jsonl"

PSYCH_LETTERS = [
    """Border Mental Health Service - Adult Outpatient Psychiatry
Fax [[PHONE|fax:(02) 6051 7739]]

Dear Doctor,

Re: [[PERSON|name:Callum BRIERLEY]], UR [[ID|mrn:3047719]]

Thank you for referring this [[AGE|other:35]]-year-old carpenter from [[LOCATION|geo:Wodonga]], whom I saw on [[DATE|date:Thursday 8 February 2024]]. He came with his partner, who drove him because his licence has been suspended since a drink-driving charge last year.

He describes low mood since his father died in a quad-bike accident on the family block in [[DATE|date:August 2022]]. He scored 19 on the PHQ-9 and 31 on the K10, and reports eight to ten standard drinks most nights, more on weekends at the pub where a mate works the bar.

Plan: increase sertraline from 50 mg to 100 mg mane, AOD referral, and six sessions with a psychologist under a Mental Health Treatment Plan (item 2715, review at session 6). GGT 88 and MCV 101 - please repeat in 6 weeks. Crisis: Lifeline 13 11 14 or 000.

Yours sincerely,
Consultant Psychiatrist, adult outpatients""",
    """NORTHWEST PSYCHOLOGICAL ASSOCIATES
[[ADDRESS|geo:2150 NE Broadway St, Suite 310, Portland, OR 97232]]
fax [[PHONE|fax:(503) 555-0169]]

RE: Psychological evaluation of [[PERSON|name:Tyler J. Vandenberg]]

He is a [[AGE|other:14]]-year-old eighth grader at [[LOCATION|geo:Lane Middle School]] who was referred by his pediatrician after two episodes of superficial cutting in the fall. He lives with his mother and a younger half-sister; his father moved interstate three years ago and calls on alternate Sundays.

Testing over two sessions (3.5 hours total): WISC-V FSIQ 104 (61st percentile), CDI-2 total T-score 72, SCARED parent report 31. He endorsed passive ideation without plan. Diagnoses: F32.1, F41.1.

Recommendations: weekly CBT, school 504 plan review, safety plan given to mother; family has the 988 Suicide & Crisis Lifeline number.

Sincerely,
[[PERSON|name:Rosalind Achebe-Kerr]], PsyD
Licensed Psychologist, Oregon license [[ID|license:2871]], NPI [[ID|license:1749235804]]""",
    """[[ADDRESS|geo:Level 2, 88 Brunswick Street, Fortitude Valley QLD 4006]]

Dear Doctor,

Re: Ms [[PERSON|name:Ngaire Te Whata]], Medicare [[ID|health_plan:2953 18477 1]]

She has now attended six sessions under her Mental Health Treatment Plan (items 80110 and 80010), the last four by video because she moved back to her sister's place up the coast when her lease ended. The recurring room she uses is [[URL|url:https://telehealth.valleyminds.com.au/room/ngaire-tw-5521]], in case your practice nurse needs to join the review.

Her DASS-21 scores fell from D 28 / A 18 / S 30 at intake to D 14 / A 8 / S 16. She is still grieving her nephew, who died in [[DATE|date:November 2023]], and the anniversary will be hard. No current suicidal ideation; she has 13 11 14 saved in her phone.

I would be grateful for a review and referral for a further four sessions.

Kind regards,
[[PERSON|name:Felix Tran]], Clinical Psychologist
AHPRA [[ID|license:PSY0002184736]]""",
    """Department of Psychiatry, [[LOCATION|geo:Hennepin County Medical Center]] - outpatient transition letter

Patient: [[PERSON|name:OKAFOR, Chinedu]]   MRN [[ID|mrn:00481927]]   MN Medicaid ID [[ID|health_plan:04718825]]

To the Adult Mental Health case management team:

He is a [[AGE|other:41]]-year-old man admitted to Station 7, bed 14, on [[DATE|date:1/2/24]] and discharged ten days later. He was brought in by police after his landlord found him barricaded in his apartment, convinced the smoke detector was recording him.

He was stabilized on olanzapine 15 mg qhs and lithium 900 mg daily (level 0.8 mmol/L on day 9, TSH 2.1, creatinine 0.9). He has agreed to a lithium level in 5 to 7 days. His brother in [[LOCATION|geo:St. Cloud]] is willing to have him stay for two weeks and can be reached at [[PHONE|phone:320-555-0148]].

Please schedule the first case-management visit within 72 hours.

Attending psychiatrist, Station 7""",
    """Private and confidential - psychiatric report requested by the treating GP

I reviewed Mrs [[PERSON|name:Despina Kouvaras]] at my rooms on the morning of [[DATE|date:the fourteenth of March]], at the request of her general practitioner. She is [[AGE|other:68]], widowed, and lives alone in a weatherboard house in [[LOCATION|geo:Preston]], two doors from her daughter-in-law.

Since her husband's death she has stopped attending the Greek Orthodox church and rarely leaves the house except to collect her Webster-pak. MMSE was 27/30 and the GDS-15 was 11. I could not find evidence of a neurocognitive disorder; the picture is of a moderate depressive episode with prominent somatic complaints.

I have started mirtazapine 15 mg nocte, to increase to 30 mg after two weeks, and suggested the Greek-speaking counsellor at the community health centre. A copy of this letter has been faxed to the practice on [[PHONE|fax:(03) 9478 2216]].

Dr [[PERSON|name:B. Nakagawa-Reid]] FRANZCP""",
    """Child and Adolescent Mental Health Service - letter to school, shared with parental consent

Re: [[PERSON|name:Sienna-Rose McAlister]] ([[AGE|other:15F]]), CAMHS number [[ID|mrn:C-229184]]

Dear Mr. [[PERSON|name:Delacroix]],

Thank you for seeing her in the school wellbeing room last term. With her mother's consent I can tell you that she was reviewed at the clinic on [[DATE|date:2 May 2024]] and again a fortnight later. She is taking fluoxetine 20 mg and has a safety plan. Her restrictive eating has improved (weight 49.2 kg, BMI 18.1, up from 16.9), but she still finds PE changing rooms very difficult.

She asked me to mention that she would like to sit the remaining assessments in the library rather than the gym, and that a close friend knows about the plan. Please email me at [[EMAIL|email:j.mwangi@camhs-eastern.org.au]] if anything changes; please do not use her personal address.

Warm regards,
[[PERSON|name:Josephine Mwangi]], Senior Clinician (Mental Health Social Worker)""",
    """INDEPENDENT NEUROPSYCHOLOGICAL ASSESSMENT - summary letter for the NDIS planner

Participant: [[PERSON|name:Darcy WOOLLETT]], NDIS number [[ID|other:431829074]]

He is a [[AGE|other:27]]-year-old man who sustained a severe traumatic brain injury when his motorbike hit a kangaroo on the highway near [[LOCATION|geo:Yass]] on [[DATE|date:3 October 2021]]. He spent 11 weeks in the trauma service and a further 14 weeks in inpatient rehabilitation.

Assessment took place over two mornings at his mother's home. On the WAIS-IV his processing speed index was 74 and working memory index 80; the RBANS delayed memory index was 69. He needs prompting for medication (levetiracetam 500 mg bd) and cannot reliably manage money.

I recommend 6 hours per week of support coordination and capacity building, an occupational therapy driving assessment before any return to driving, and a review in twelve months.

[[PERSON|name:Imogen Strachan-Bell]], Clinical Neuropsychologist""",
    """Psychiatric Emergency Services - transfer letter
[[LOCATION|geo:Zuckerberg San Francisco General]], building 5, ground floor

Patient: [[PERSON|name:Luis Alberto Mendoza-Ruiz]], M/[[AGE|other:52]], MRN [[ID|mrn:88120457]]
Medicare MBI [[ID|health_plan:3KR7-WN2-HP46]]

He was placed on a 72-hour hold (5150) on [[DATE|date:09/14/2023 22:40]] after a neighbour called 911 reporting he was shouting from the fire escape of his building. He has a long history of schizoaffective disorder and had stopped his paliperidone palmitate 234 mg monthly injection three months ago.

On arrival BP 168/102, HR 118, glucose 212. Urine toxicology positive for methamphetamine. He was given olanzapine 10 mg IM x1 with good effect.

He is accepted for transfer to an acute unit. His sister is the contact person and has asked to be told before he is moved.

PES attending physician""",
    """Perinatal mental health - letter to the maternity team

Dear midwives,

I saw [[PERSON|name:Hannah Eriksdottir-Lowe]] today at [[LOCATION|geo:King Edward Memorial Hospital]] at 31 weeks gestation, URN [[ID|mrn:K0771392]]. She is [[AGE|other:33]], expecting her second baby, and has a history of postpartum psychosis after the birth of her son in [[DATE|date:June 2021]].

She is currently well on lithium 750 mg nocte (level 0.7). We have agreed a birth plan: lithium withheld at onset of labour, level 12 hours after the birth, and at least three nights in hospital with her husband present. Her mother flies in from interstate next month and will stay for six weeks.

Please page the perinatal psychiatry registrar on admission. Her EPDS today was 8.

Dr [[PERSON|name:Seo-yeon Park]], Consultant Perinatal Psychiatrist""",
    """Veterans' psychology service - report to the referring GP

Dear Dr [[PERSON|name:Whitford]],

Re: Mr [[PERSON|name:Raymond Coutts]], DVA Gold card [[ID|health_plan:QX528113]]

He is a [[AGE|other:74]]-year-old Vietnam veteran who came to see me with his wife on [[DATE|date:Wednesday 10 July 2024]]. He served with 7 RAR in 1970 and has never spoken about it until his grandson enlisted last year.

His PCL-5 score was 54. He has nightmares most nights, startles at helicopters over the house in [[LOCATION|geo:Townsville]], and has been sleeping in the shed. He drinks four to six cans a day. Prazosin 1 mg nocte was started by you last month; he says it helps.

I will see him fortnightly for trauma-focused CBT. Open Arms (1800 011 046) details given.

Yours sincerely,
[[PERSON|name:Graham Ostrowski]], Clinical Psychologist""",
]

CHAPLAINCY_NOTES = [
    """Spiritual care - initial visit. Referred by the nurse unit manager for Mrs [[PERSON|name:Agnes McCready]]'s family, bed 22, ward 6B.

She is [[AGE|date:91]] and a lifelong Presbyterian who was an elder's wife at [[LOCATION|geo:St Andrew's Uniting Church]] in [[LOCATION|geo:Ballarat]] for forty years. She was unresponsive to voice today. Present were her daughter [[PERSON|name:Morag]], who has driven down each day this week, and a neighbour of sixty years.

Her daughter asked whether it was "all right to stop the drip". We talked about her mother's wish, written in her advance care directive in 2019, to die "with the window open and Psalm 121 read". I read the psalm and she sang the first verse of "The Lord's my shepherd" (Crimond). Family asked that their minister be phoned; I left a message on [[PHONE|phone:0419 884 203]].

Plan: chaplain on call overnight via switch. Will follow up tomorrow morning.""",
    """Pastoral care note - Oncology, 4 North. Patient: [[PERSON|name:DeShawn Whitlock]], MRN [[ID|mrn:7730214]].

Visited at patient's request at 1530. He is [[AGE|other:29]], diagnosed with Ewing sarcoma in [[DATE|date:February 2023]], and now in his fourth relapse. He told me he grew up in the choir at [[LOCATION|geo:Greater New Hope Missionary Baptist Church]] but "hasn't been right with God" since his little brother was shot in 2017.

We talked about anger, forgiveness and whether he is "allowed" to be angry at God. He asked me to call his grandmother, Mother [[PERSON|name:Ernestine Whitlock]], who raised him; she does not drive. Her number is [[PHONE|phone:(816) 555-0193]].

He would like communion on Sunday. Pain 6/10 on hydromorphone PCA; RN aware.

Chaplain resident, CPE unit 2""",
    """Chaplaincy visit, Palliative Care Unit room 9 - [[DATE|date:Sat 13 April 2024]]

Patient [[PERSON|name:WIERZBICKI Tomasz]], URN [[ID|mrn:402 881 7]], [[AGE|other:79]], end-stage COPD.

He was born in Poland and came to Australia in 1981 with his wife [[PERSON|name:Halina]], who died in 2020. He asked for a Polish-speaking priest for confession and the Anointing of the Sick. I phoned the parish priest at [[LOCATION|geo:Our Lady of Czestochowa Parish]], who will come after the 6 pm Mass.

His hearing aids were not in; his son says the left aid (serial [[DEVICE|device:2213-44710-L]]) was left at the nursing home. I asked the ward clerk to log a lost-property request.

He held a photo of his wife through the whole visit and asked that it go in the coffin with him. Son aware.""",
    """Pastoral care - bereavement follow-up phone call.

Called [[PERSON|name:Lorraine Dubois-Hartley]], wife of the late [[PERSON|name:Gerald Hartley]], who died on the unit on [[DATE|date:the twenty-second of January]] aged [[AGE|other:86]]. She is staying with her son until after the funeral, which will be held at the cemetery chapel on [[DATE|date:Friday 2 February 2024]] at 11:00.

She wanted to know whether the hospital could send copies of the photos the nurses took of him with the grandchildren. I explained these were on her phone, not ours. She asked for the livestream link to be shared with family in Scotland; the funeral home page is [[URL|url:https://www.bowrafuneralsonline.com.au/tributes/gerald-hartley-1937]].

She described a good death: "he went with the footy on". Sleeping 4-5 hours a night. Gave details for the bereavement support group (second Tuesday of each month, 10:30, chapel) and GriefLine 1300 845 745.""",
    """Spiritual care assessment (FICA) - ICU bed 3

Patient intubated; history from his partner, [[PERSON|name:Aroha]], and his brother [[PERSON|name:Wiremu Tapsell]].

F: Faith important. Patient is Maori, raised in the Ratana church; more recently attends the Maori community group at [[LOCATION|geo:Logan Central]].
I: Whanau wish to be present for karakia before any change in treatment.
C: About 25 family members expected from [[LOCATION|geo:Ipswich]] and from New Zealand over the weekend; ICU has agreed to use the family room on level 2.
A: Requested that the body not be left alone after death and that water be available at the door for the washing of hands.

Coordinated with the Aboriginal and Torres Strait Islander liaison officer and the NUM. Family contact: partner on [[PHONE|phone:0433 902 517]]. URN [[ID|mrn:1193350]]. GCS 3T, FiO2 0.6, noradrenaline 0.3 mcg/kg/min.""",
    """Chaplain's note - Emergency Department, trauma bay 2.

Paged at 0205 for family support after a cardiac arrest. The patient, [[PERSON|name:Kaylee Ann Brower]], [[AGE|other:19]], was brought in from a party outside [[LOCATION|geo:Bozeman]]. Resuscitation continued for 48 minutes.

Her parents, [[PERSON|name:Rick]] and [[PERSON|name:Darlene Brower]], arrived at 0240. I stayed with them in the quiet room while the attending spoke with them. Her mother asked me to pray; her father asked me to leave and then asked me to come back.

They requested that their pastor, [[PERSON|name:Ben Thorsgaard]] of [[LOCATION|geo:Gallatin Valley Bible Church]], be called; he arrived at 0315. The coroner's investigator arrived at 0330. The family was given the ED bereavement packet and our number. I walked them to the parking garage at 0420. Vehicle was a blue pickup; the father was not fit to drive and the pastor drove them home.""",
    """Pastoral care - residential aged care outreach, [[LOCATION|geo:Banksia Lodge Aged Care]].

Visited Sister [[PERSON|name:Philomena Cahill]], [[AGE|date:94]], a retired Sister of Mercy who taught at [[LOCATION|geo:St Brigid's College]] for most of her working life. She is now bed-bound after a fractured NOF in 2023 and has moderate dementia.

Staff have taken a new face photograph for her medication chart because the old one was from 2015; the file is [[ID|photo:cahill_p_face_2024-03.jpg]] on the resident system. She did not recognise herself and asked "who is that old nun?", which made her laugh.

She recited the rosary with me in full. Her niece [[PERSON|name:Bernadette O'Driscoll]] visits on Sundays and can be emailed at [[EMAIL|email:bernie.odriscoll61@bigpond.com]]; the Sisters' community has asked to be told of any decline. Communion weekly; next visit Thursday.""",
    """Interfaith chaplaincy note - Maternity, birthing suite 4.

Stillbirth at 36 weeks, born 0712. Parents [[PERSON|name:Farah]] and [[PERSON|name:Imran Siddiqui]] asked for the imam to be contacted for guidance about washing and burial within 24 hours. I phoned the imam at [[LOCATION|geo:Lakemba Mosque]], who will come at 1300.

The baby was named [[PERSON|name:Zainab]]. The midwife took hand and footprints for the memory box. The mother's own mother is flying from [[LOCATION|geo:Karachi]] and will arrive on Tuesday.

Discussed the coroner's process and that a post-mortem is not compulsory; the family declined. Social work aware re funeral costs; the mosque's funeral fund will cover the janazah. Parents asked that the hospital account for the admission, [[ID|account:HA-00719925]], be held until after the burial.""",
    """Chaplaincy note - Veterans' ward.

Mr [[PERSON|name:Clive Enderby]] (Korea veteran, [[AGE|date:92]] yrs, DVA [[ID|health_plan:NSS 11427]]) asked to see "a padre". He is Church of England by upbringing and said he "hasn't darkened a church door since [[PERSON|name:Dot]]'s funeral". Wife [[PERSON|name:Dorothy]] died in [[DATE|date:March 2016]].

He spoke at length about his mate who was killed in Korea in 1951 and whose name he looks for every year at the dawn service at the cenotaph in [[LOCATION|geo:Wagga Wagga]]. He wonders if he could have done something.

Listened; prayed the Lord's Prayer at his request. He would like the Last Post played at his funeral. Son aware. Oxygen 2 L via nasal prongs, SpO2 91%.""",
    """Spiritual care progress note - Hematology/Oncology, room 5112.

Patient [[PERSON|name:Min-jun Cho]], [[AGE|other:44]], AML, day +12 post allogeneic transplant, MRN [[ID|mrn:KH-5530982]]. Wife at bedside; their two daughters are staying with friends from [[LOCATION|geo:Korean United Presbyterian Church]] in [[LOCATION|geo:Fort Lee]].

She is exhausted and has not left the unit in four days. She is worried about the girls' school pickups and asked whether the church could help; with consent, I phoned the pastor at [[PHONE|phone:201-555-0176]], who will coordinate a meal and driving roster.

The family keeps a CaringBridge site, [[URL|url:caringbridge.org/visit/minjunchostrong]], which the church prays from daily. He prefers Korean hymns; I will bring the hymnal. ANC 0.1, platelets 12 - mask and hand hygiene for visitors.""",
]

PSYCHOSOCIAL_ASSESSMENTS = [
    """SOCIAL WORK PSYCHOSOCIAL ASSESSMENT - General Medicine, ward 7A

Patient: [[PERSON|name:Shane Pettigrew]], [[AGE|other:47]], URN [[ID|mrn:6620193]]
Referral: homelessness, unable to return to previous accommodation.

He has been sleeping in his car, a white 2009 Holden Commodore wagon (rego [[VEHICLE|vehicle:1HX 4KP]]), in the carpark behind the [[LOCATION|geo:Werribee]] aquatic centre since he was evicted from a rooming house in [[DATE|date:January 2024]]. He was admitted with cellulitis of the left leg (CRP 212, WCC 18.4) after his sister found him confused.

Income: JobSeeker, Centrelink CRN [[ID|other:308 447 192K]]. He has around $40 in his account and a $2,300 debt to a payday lender. He has had no contact with his two sons since an intervention order was taken out by their mother in 2021.

Plan: priority housing application, referral to the local homelessness access point, link to a financial counsellor (National Debt Helpline 1800 007 007). Car to be moved from the hospital carpark by Friday - security aware.""",
    """Psychosocial Assessment - Medical Social Work, [[LOCATION|geo:Parkland Memorial Hospital]]

Pt: [[PERSON|name:GUTIERREZ, Yesenia]]  DOB [[DATE|date:04/27/1979]]  MRN [[ID|mrn:31094766]]
SSN on the disability application (verified with pt): [[ID|ssn:523-47-8816]]

She is a [[AGE|other:44]]-year-old woman with newly diagnosed ESRD who will start outpatient hemodialysis three times weekly (MWF, 0530 chair time). She works as a housekeeper at a downtown hotel and is afraid she will lose her job. She lives in [[LOCATION|geo:Oak Cliff]] with her husband and three children, the eldest [[AGE|other:17]].

Insurance: uninsured; hospital financial assistance application started; Texas Medicaid not eligible. SSDI application submitted today with ESRD Medicare (CMS-2728) form.

Transportation: husband works nights and cannot drive her; DART paratransit application faxed. Emotional: tearful, PHQ-2 = 4, referred to the renal psychologist.""",
    """SW initial psychosocial - Child Protection concerns, Paediatrics

Child: [[PERSON|name:Kobe Ratana-Simmonds]] ([[AGE|other:18mo]]), URN [[ID|mrn:P4471206]]
Presented with a spiral fracture of the right femur; history inconsistent with mechanism ("rolled off the couch").

Lives with mother [[PERSON|name:Jade Simmonds]] and her partner, known as "[[PERSON|name:Tank]]" (legal name [[PERSON|name:Travis Hoani]], not the father), in a rental in [[LOCATION|geo:Blacktown]]. Biological father is in custody. Maternal grandmother lives nearby and is willing to care for the child.

Report made to the Child Protection Helpline (13 21 11) at 1410; DCJ reference [[ID|other:CP-2024-0318842]]. Skeletal survey and ophthalmology review pending. Mother was calm but asked repeatedly when they could leave.

Security and nursing staff aware: partner not to take the child from the ward. Next SW review after the safety assessment.""",
    """Psychosocial assessment - Renal transplant work-up (living donor)

Recipient: [[PERSON|name:Arjun Subramaniam]], [[AGE|other:38]]. Proposed donor: his wife, [[PERSON|name:Lakshmi]], [[AGE|other:36]].

They met at university in India and migrated in 2012; both work in IT. Their son attends [[LOCATION|geo:Northmead Public School]]. Her parents will come on a visitor visa to help after surgery.

Financial: mortgage, private health fund membership with Bupa [[ID|health_plan:71938402]] (hospital cover gold); both have sick leave. Questions about income protection were referred to the donor coordinator; for the leave-support scheme form she gave her TFN as [[ID|ssn:468 291 731]].

Coercion screen: interviewed separately. She says the decision is her own and that her mother-in-law "doesn't know yet". No concerns about pressure or payment. Both understand the 2-3% risk of complications quoted by the surgeon.""",
    """SOCIAL WORK NOTE - Psychosocial assessment, Burns Unit

Patient [[PERSON|name:Wade Kinsella]], [[AGE|other:31]], 22% TBSA flame burns after a shed fire at his property outside [[LOCATION|geo:Murray Bridge]] last week. Intubated for the first 3 days.

He lives with his partner [[PERSON|name:Shay]] and her daughter, [[AGE|other:5]]. Both were at the house; neither injured. His partner reports that he had been "cooking" in the shed; police attended and the property is a crime scene. His ute, a grey Hilux, VIN [[VEHICLE|vehicle:MR0FZ22G501234569]], was seized.

His partner works part-time at the local supermarket and is now the only income. Rent is $360 a week. She asked for help with the electricity bill; AGL account [[ID|account:2104 8837 651]] is in his name and is overdue. Referred to the hospital emergency relief fund and to Family Support.

She is frightened of the police and of his brother. Safety discussed; 1800RESPECT number given.""",
    """Psychosocial assessment - Geriatric evaluation and management (GEM)

Client: Mrs [[PERSON|name:Marjorie Vellacott]], [[AGE|date:93]], widowed, from [[LOCATION|geo:Cessnock]].

She has lived alone since her husband died in 2010 in the house they built. Her only son lives interstate and phones on Sunday nights. A neighbour, [[PERSON|name:Carmel Flanagan]], has been doing her shopping and collecting her pension.

Concerns: the neighbour has been using the patient's debit card and has her PIN; the bank statements show 14 cash withdrawals of $500 from the [[LOCATION|geo:Kurri Kurri]] branch since [[DATE|date:12 February]]. The savings account is BSB 062-718, account [[ID|account:1044 7392]] (CBA), balance now $212.

She says she "doesn't mind" and that the neighbour is her friend. MoCA 19/30. Discussed with the team: referral to the elder abuse helpline (1800 353 374) and an urgent capacity assessment; son to be informed with her consent.""",
    """Psychosocial Assessment - Veterans Affairs Medical Center, Social Work Service

Veteran: [[PERSON|name:TREMBLAY, Francis X.]] "[[PERSON|name:Frank]]", [[AGE|other:71]], US Army 1971-1975.
Last four SSN [[ID|ssn:4412]]; full SSN on file.

He was referred by primary care after he disclosed that his truck is his only home. He has been parking overnight in a supercentre lot on [[LOCATION|geo:Dixie Highway]] in [[LOCATION|geo:Louisville]] and showering at a friend's house. Vehicle: 2006 Ford F-150, Kentucky plate [[VEHICLE|vehicle:X4J 772]].

He is divorced; his daughter lives across the river but they have not spoken since 2019. He receives $1,840/month VA pension and Social Security. He has a valid Kentucky driver's license, no. [[ID|license:T04-118-447]], which he was anxious about losing.

Plan: HUD-VASH referral, Grant and Per Diem bed offered (declined for now), follow-up in 1 week. Veterans Crisis Line (988 press 1) reviewed.""",
    """Social work psychosocial - Maternity, antenatal clinic

Woman: [[PERSON|name:Precious Ndlovu]], [[AGE|other:24]], G2P1 at 28 weeks, URN [[ID|mrn:M-5521904]].

She arrived in Australia from Zimbabwe in 2022 on a student visa, which has lapsed; she is awaiting a decision on a protection visa and has no Medicare. She is attending the hospital's fee-free program. She lives in a share house in [[LOCATION|geo:Dandenong]] with her daughter ([[AGE|other:3]]) and two other families.

The father of the baby, [[PERSON|name:Blessing Moyo]], is interstate and sends money irregularly. She disclosed that he pushed her against a wall in the first trimester. She does not want police involvement.

Plan: ASRC referral for casework and material aid; DV safety planning; food vouchers given; interpreter not required. Contact by email only as her phone is shared: [[EMAIL|email:preciousndlovu.au@gmail.com]].""",
    """Psychosocial assessment - Trauma surgery, [[LOCATION|geo:Harborview Medical Center]]

Patient: [[PERSON|name:Jaxon Leavitt]], [[AGE|other:19]]M, GSW right thigh, MRN [[ID|mrn:H2209381]].

He lives with his grandmother, Ms. [[PERSON|name:Lorene Pickett]], in a two-bedroom apartment. His mother is incarcerated; father not involved. He was a senior at [[LOCATION|geo:Franklin High School]] but stopped attending in the fall.

Seattle PD incident number [[ID|other:2024-108873]]; detective left a card. He declines to talk to police and is worried about returning to the same block. Grandmother is on Apple Health (Medicaid) and so is he; ProviderOne client ID [[ID|health_plan:100394827WA]].

Referred to the hospital-based violence intervention program; youth advocate to meet him tomorrow. Grandmother's number is on the face sheet.""",
    """Psychosocial assessment - Spinal Injuries Unit

Patient: [[PERSON|name:Brodie McIntyre-Walsh]], [[AGE|other:23]], C6 complete after a diving accident at [[LOCATION|geo:Shelly Beach]] on [[DATE|date:Boxing Day]].

He was an apprentice electrician with a small firm in [[LOCATION|geo:Gosford]]. His parents live locally and are both working; his girlfriend has been at the bedside daily. The family home is two-storey with no ground-floor bathroom.

Funding: no compensable claim; NDIS access request lodged [[DATE|date:15/01/2024]]. The family has set up a fundraiser at [[URL|url:https://www.gofundme.com/f/brodie-mcintyre-walsh-recovery]] which has raised $38,000; explained this may affect some means-tested payments.

Emotional: he is flat and asked twice "what's the point". Psychiatry referral made; 1:1 nursing not required.""",
]

FAMILY_MEETINGS = [
    """FAMILY MEETING MINUTES - Aged Care Assessment / discharge planning
Date: [[DATE|date:Tuesday 5 March 2024]], 14:00-15:10, ward 3 interview room
Patient: Mr [[PERSON|name:Kevin Doherty]] ([[AGE|other:84]]), UR [[ID|mrn:2281945]]

Present: geriatrician, SW, OT, NUM; daughter [[PERSON|name:Tracey Lucas]] and her younger sister; son [[PERSON|name:Mick]] by phone.

1. Medical update: admitted after a fall at home with a right pubic ramus fracture; also delirium, now resolving. Mobilising 20 m with a four-wheeled walker and one assist. MoCA 17/30.
2. Home: lives alone in a highset Queenslander in [[LOCATION|geo:Rockhampton]] with 14 front steps. OT does not think he can manage the stairs safely.
3. Family views: the elder daughter would like him to move into residential care near her on the coast; her brother thinks "Dad would rather die at home".
4. Outcome: transitional care program (TCP) for 12 weeks, ACAT referral, EPOA to be located (family believe it is with the solicitor).

Actions: SW to send the ACAT paperwork to her at [[EMAIL|email:tracey.lucas.yeppoon@outlook.com]]. Next meeting in two weeks.""",
    """Family conference notes - Medical ICU

Patient: [[PERSON|name:ABERNATHY, Lewis]], [[AGE|other:58]], MRN [[ID|mrn:60044192]]; hospital day 19.
Attendees: intensivist, bedside RN, palliative care NP, chaplain; wife [[PERSON|name:Deborah]]; adult son and daughter; patient's brother by video.

Summary given: out-of-hospital cardiac arrest at the [[LOCATION|geo:Lake Norman YMCA]] on [[DATE|date:10/2]]; downtime estimated 25 minutes. MRI day 5 shows diffuse hypoxic-ischemic injury. Off sedation 7 days; no response to pain, absent corneals bilaterally, SSEP N20 absent.

Family understanding: his wife said "he would never want to live like this"; their son asked about a second opinion, which was offered. Their daughter asked that the family be allowed to play his bluegrass records.

Decision: transition to comfort care on Saturday after the family arrives from out of town. Organ donation: he is a registered donor on his license; LifeShare notified per policy. The video link for the brother was [[URL|url:https://zoom.us/j/94418302276?pwd=abernathyfam]].""",
    """MINUTES OF FAMILY MEETING - Rehabilitation Unit

Re: Ms [[PERSON|name:Jasmine Okonjo-Fairweather]], [[AGE|other:39]], left MCA stroke [[DATE|date:18 December 2023]].
Held [[DATE|date:Wed 24/01/2024]] at 11:30. Present: rehab consultant, speech pathologist, physio, SW; husband [[PERSON|name:Dale Fairweather]]; her mother (Igbo interpreter declined).

Progress: walking 50 m with a quad stick; expressive aphasia improving (WAB AQ 48 to 61). She can now say her children's names, which the family found very moving.

Discharge: planned in three weeks to home in [[LOCATION|geo:Mawson Lakes]] with day rehab three mornings a week. Her husband has taken carer's leave from his job at the shipyard. Her mother will move in for a month.

Driving: not to drive for at least 6 months; her husband asked about her licence - SA licence [[ID|license:UH4471]] - and was advised to notify the DPTI.""",
    """Family meeting - Heart failure / LVAD service

Patient: Mr. [[PERSON|name:Donnell Pryor]], [[AGE|other:62]]M. Destination therapy HeartMate 3, implanted 2021, pump serial [[DEVICE|device:MLP-204871]].

Present: HF cardiologist, LVAD coordinator, social worker, palliative care; wife [[PERSON|name:Vernita]]; son and daughter (daughter by phone).

Update: third driveline infection this year (MRSA), now on IV vancomycin via PICC; pump flow 4.2 L/min, PI 3.1, LDH 310. Renal function worse (creatinine 2.4). Not a transplant candidate.

Discussion: [[PERSON|name:Donnell]] wants to go home to [[LOCATION|geo:Gary]] for his granddaughter's graduation on [[DATE|date:June 8]]. Family asked "what happens when the pump is turned off". Cardiologist explained deactivation and that it can be done at home with hospice.

Plan: home IV antibiotics, hospice referral, POLST updated (DNR, continue LVAD for now). Wife's email for the written summary: [[EMAIL|email:vpryor1963@att.net]].""",
    """Family meeting record - Older Persons Mental Health

Consumer: [[PERSON|name:Alasdair Finlayson]], [[AGE|other:81]], URN [[ID|mrn:0039187]].
Present: consultant psychiatrist, case manager, GP (by phone); daughter [[PERSON|name:Fiona Drummond]]; son-in-law.

Background: he has frontotemporal dementia. Since [[DATE|date:October 2023]] he has given away about $60,000 to a woman he met online, whom he calls "Lady [[PERSON|name:Anne]]", and has tried twice to withdraw cash at the [[LOCATION|geo:Launceston]] branch. The bank froze the account last week.

Discussion: his daughter has enduring power of attorney but it has never been activated. The team recommends an application to the Guardianship and Administration Board; reference number once lodged will be recorded. She agreed. The patient was present for the first 15 minutes and said he "has every right to spend his own money".

Other: his dog, Bonnie, needs care if he is admitted to respite; the son-in-law will take the dog to their farm.""",
    """FAMILY MEETING MINUTES - Paediatric Oncology

Child: [[PERSON|name:Ruby-Mae Castellano]] ([[AGE|other:6yo]]), MRN [[ID|mrn:RCH7716032]]
Date: [[DATE|date:Monday 20 May 2024]]. Present: oncologist, CNC, child life therapist, SW, teacher from the hospital school; mother [[PERSON|name:Bec Castellano]] and father; nonna.

Medical: relapsed ALL; second remission not achieved after block 2. CAR-T has been discussed with the [[LOCATION|geo:Peter MacCallum Cancer Centre]] team; leukapheresis planned.

Family: older brother is struggling at school; the school counsellor at [[LOCATION|geo:St Joseph's Primary]] has been contacted with consent. Parents ask how to talk to him.

Practical: mother has stopped work. Family live 2.5 hours away in [[LOCATION|geo:Shepparton]] and are staying in family accommodation near the hospital. Sibling support program referral. Next meeting after the CAR-T decision.""",
    """Interdisciplinary family meeting - Skilled Nursing Facility

Resident: Mrs. [[PERSON|name:Opal Jean Haskins]], [[AGE|date:97]], room 118B, [[LOCATION|geo:Whispering Pines Health & Rehab]].
Present: DON, MDS coordinator, dietitian, activities director; granddaughter [[PERSON|name:Misty Haskins-Rudd]] (POA); great-grandson.

Weight 91.4 lb, down 6.2 lb in 30 days. Eating 25% of meals; mechanical soft with thin liquids. No pain. Sleeps most of the day. Pressure injury on the sacrum, stage 2, healing.

[[PERSON|name:Misty]] asked whether her grandmother "should go to the hospital for a feeding tube". Dietitian and DON explained tube feeding does not prolong life in advanced dementia. She decided against it and asked for a hospice evaluation.

Billing: Medicaid pending; resident account [[ID|account:WP-118B-20447]] shows an outstanding balance of $4,212 from the private-pay days. Business office to meet the POA separately. Care plan updated.""",
    """Family meeting - Neonatal Intensive Care Unit

Baby: Baby Boy [[PERSON|name:Nakamura-Singh]] (twin 2), born at 24+3 weeks, URN [[ID|mrn:N2400917]], now day of life 41.
Parents: [[PERSON|name:Aiko Nakamura]] and [[PERSON|name:Harpreet Singh]]. Present: neonatologist, NUM, SW, lactation consultant.

Twin 1 went home on [[DATE|date:2 July]]. Twin 2 remains ventilated with severe BPD; grade IV IVH on the left. Neonatologist discussed the possibility of reorientation to comfort care.

Parents wish to continue full care for now and to revisit in one week. Mother asked for photos of both twins together; the unit photographer will arrange. Father asked about his leave; his employer in [[LOCATION|geo:Penrith]] has been contacted.

Follow-up: meeting in 7 days. Parents' Medicare card [[ID|health_plan:4182 73655 1]] needs the baby added before discharge.""",
    """FAMILY MEETING - Neurology / motor neurone disease clinic

Patient: [[PERSON|name:Geoffrey Albanese]], [[AGE|other:66]], ALS diagnosed [[DATE|date:March 2023]].
Present: neurologist, MND nurse, respiratory physician, speech pathologist; wife [[PERSON|name:Pauline]]; daughter from [[LOCATION|geo:Wollongong]].

FVC 41% predicted; nocturnal NIV started. PEG discussed - he has decided against it. Communication: he is banking his voice with a voice-banking app; the voice model id is [[ID|biometric:VB-AU-77120-GA]], which his speech pathologist will link to the eye-gaze device.

Advance care plan: no intubation, no tracheostomy; wishes to die at home in [[LOCATION|geo:Kiama]]. His wife is struggling with night care; referral for overnight respite.

NDIS does not apply (age ineligible at access); My Aged Care referral made. Next review in 6 weeks.""",
    """Family meeting minutes - Guardianship matter, Acute Medical Unit

Patient: Mr [[PERSON|name:Desmond Yarran]], [[AGE|other:57]], URN [[ID|mrn:A3390124]]. Aboriginal Liaison Officer present. Family: sister Aunty [[PERSON|name:Rita Yarran]], nephew, a cousin by phone.

He has alcohol-related brain injury and repeated admissions with falls. He wants to go back to his own place in [[LOCATION|geo:Walgett]]. Family are split: his sister thinks he should move to a hostel in [[LOCATION|geo:Dubbo]]; his nephew thinks he should be on Country.

Agreed that NCAT be asked to appoint a guardian for accommodation decisions only; the application was filed and the tribunal reference is [[ID|other:2024/00218471]]. Family asked that a decision be made "with him, not about him". Next meeting after the hearing on [[DATE|date:19 August 2024]].""",
]

PALLIATIVE_NOTES = [
    """Community palliative care - home visit

Client: [[PERSON|name:Noeline Batterham]], [[AGE|other:77]], metastatic pancreatic cancer. Visited at home, [[ADDRESS|geo:14 Jacaranda Drive, Kingaroy QLD 4610]], with the RN.

She is sleeping most of the day and eating a few spoonfuls of custard. Pain controlled on the syringe driver: hydromorphone 6 mg + midazolam 5 mg over 24 hours, breakthrough hydromorphone 1 mg s/c prn (3 doses in the last 24 h). Mouth dry; mouth care shown to husband.

Her husband is coping but tired; their daughter is flying up from [[LOCATION|geo:Hobart]] on [[DATE|date:Sunday 9 June]]. She has asked to be buried at the local cemetery beside her parents. The family has the after-hours palliative line and knows not to call 000 when she dies.

GP Dr [[PERSON|name:Swanepoel]] updated by fax on [[PHONE|fax:(07) 4162 7781]]; the verification of death form is in the house.""",
    """Palliative Care Consult - inpatient

Patient: [[PERSON|name:Harold Jennings]] ("[[PERSON|name:Hal]]"), [[AGE|other:88M]], MRN [[ID|mrn:5510082]], metastatic prostate cancer with new cord compression at T10.

Consulted for symptom management and goals of care. He is a retired machinist from a tractor plant in [[LOCATION|geo:West Allis]] and lives with his second wife [[PERSON|name:Bernice]]. He has an ICD (serial [[DEVICE|device:PZM402118S]]) that has shocked him twice this week.

Discussion: he does not want further radiation; he wants "to go home and not be shocked again". After discussion with EP, the ICD tachy therapies will be deactivated today at the bedside; pacing left on. Dexamethasone 8 mg BID, oxycodone 5-10 mg q4h prn.

Plan: hospice referral, Medicare hospice benefit; his MBI is [[ID|health_plan:7TQ2-HK9-RN61]]. Son (interstate) to be called with update.""",
    """Palliative care progress note - day 3 of admission, hospice unit bed 6

Mrs [[PERSON|name:Yvette Charbonneau]] ([[AGE|other:63]], ovarian cancer, malignant bowel obstruction) remains comfortable. Vomiting settled on octreotide 600 mcg/24 h and haloperidol 1.5 mg; NG tube removed at her request.

She spent the morning with her grandchildren, aged [[AGE|other:7]] and [[AGE|other:4]], who drew pictures for the wall. Her wife [[PERSON|name:Annette Szabo]] asked about voluntary assisted dying; the patient made her first request on [[DATE|date:11 April 2024]] to the coordinating practitioner. VAD care navigator contacted.

She would like her funeral at [[LOCATION|geo:Springvale Botanical Cemetery]] and has written her own eulogy. Social work to help her wife with the superannuation paperwork. Next review tomorrow.""",
    """Hospice admission note - home hospice team

Patient: [[PERSON|name:Wendell Ray Sixkiller]], [[AGE|other:72]]. Primary dx: COPD (FEV1 22%); secondary: CHF (EF 25%).

Lives in a single-wide trailer off the highway near [[LOCATION|geo:Coweta]] with his daughter and her husband. Oxygen 3 L continuous via concentrator; two E cylinders for backup. Oxygen safety reviewed - he still smokes on the porch.

Insurance: Medicare A/B; SSN for the hospice election statement [[ID|ssn:612 38 4027]]; SoonerCare secondary. DME: hospital bed and bedside commode ordered for delivery [[DATE|date:2/22]].

He would like a traditional burial at the family cemetery and asked for a visit from the pastor of [[LOCATION|geo:Echota Baptist Church]]. Daughter's cell [[PHONE|phone:918-555-0112]].""",
    """Palliative care note - Renal supportive care clinic

Mr [[PERSON|name:Bao Nguyen]], [[AGE|other:81]], CKD stage 5 (eGFR 8), decided in [[DATE|date:December 2023]] not to start dialysis. Attends with his daughter [[PERSON|name:Thu]], who interprets (Vietnamese); a professional interpreter was offered and declined.

Symptoms: itch 7/10 (gabapentin 100 mg nocte), fatigue, poor appetite. Weight 52 kg (58 kg six months ago). K 6.1, Hb 84.

He wants to stay at home in [[LOCATION|geo:Cabramatta]] and to visit Vietnam one last time for his brother's death anniversary later this year. We discussed that travel is possible but risky.

Advance care plan completed and uploaded to My Health Record (IHI [[ID|health_plan:8003 6051 2847 3903]]). Patient asked that the monk from the [[LOCATION|geo:Phuoc Hue Temple]] be told when he is dying.""",
    """Palliative medicine - outpatient review, motor neurone disease

[[PERSON|name:Catriona Lindqvist]], [[AGE|other:54]], bulbar-onset MND. Attended by wheelchair taxi with her husband.

Communication now by text-to-speech tablet only. Saliva managed with glycopyrrolate patch; PEG since [[DATE|date:2 November 2023]]. Dyspnoea worse lying flat; NIV overnight, 6-8 hours. ALSFRS-R 21.

She asked about photographs for her children to remember her by and for her celebrant; the family has a portrait file, [[ID|photo:catriona_lindqvist_portrait_face.jpg]], which she wants on the order of service. Daughter [[PERSON|name:Freya]] ([[AGE|other:16]]) is doing her VCE at [[LOCATION|geo:Balwyn High School]] and has asked to be present when her mother dies.

Plan: Pal Care Victoria anticipatory medications kit at home; review in 2 weeks or sooner by phone.""",
    """Palliative care note - Cancer centre day unit

Pt: [[PERSON|name:Sergio Benedetti]], M/[[AGE|other:69]], URN [[ID|mrn:BN-0045721]], glioblastoma, 14 months post resection.

Now drowsy most of the day, right-sided weakness, dysphasia. Dexamethasone weaned to 2 mg. Seizure-free on levetiracetam 1 g bd. Family has stopped driving him since the second seizure; his car (rego [[VEHICLE|vehicle:ZKT 09B]]) has been sold and the transport disability parking permit returned.

His wife [[PERSON|name:Concetta]] and son attended. They want him at home in [[LOCATION|geo:Five Dock]] until the end, with the Italian-speaking palliative nurse. His wife asked whether he could still receive communion; chaplain notified.

Pension and tax: son needs his father's TFN for the estate paperwork - not provided by staff; advised to contact the ATO. Next review 1 week.""",
    """Inpatient palliative care note - night RN entry

[[DATE|date:03/05/2024 02:15]]. Mrs [[PERSON|name:Lillian Oduya]], [[AGE|other:59]], room 12. Restless and calling out for her sister. Breakthrough midazolam 2.5 mg s/c given at 0220 with good effect; repositioned; mouth care.

Her husband [[PERSON|name:Patrick]] slept in the recliner. He woke at 0400 and asked if her breathing pattern meant "it is close"; explained Cheyne-Stokes breathing and that it could be hours to days. He asked that their son in [[LOCATION|geo:Houston]] be called; number [[PHONE|phone:+1 713 555 0184]] is on the contact sheet. Called at 0415; son is booking a flight.

Pressure areas intact, catheter draining 20 mL/h, SpO2 not monitored (comfort care). Family kept updated.""",
    """Palliative care - discharge summary to GP

Patient: [[PERSON|name:Rhys Pendergast]], [[AGE|other:45]], metastatic melanoma, discharged home to [[ADDRESS|geo:Unit 3/41 Beach Road, Christies Beach SA 5165]] on [[DATE|date:the ninth of October]].

He lives with his partner [[PERSON|name:Jono Kyriacou]] and their dog. His mother lives nearby and will help. Medications: methadone 5 mg tds, oxycodone IR 10 mg prn, dexamethasone 4 mg mane, olanzapine 2.5 mg nocte.

He has a continuous glucose monitor for steroid-induced diabetes; the sensor transmitter id is [[DEVICE|device:8G47KN2]] and data are shared to the clinic portal. Please review glucose targets (relaxed: 6-15 mmol/L).

Medicare [[ID|health_plan:5739 20189 1]]. Follow-up by the community palliative team within 48 hours. Fax copy to your practice: [[PHONE|fax:08 8382 4419]].""",
    """Palliative care note - paediatric, home visit

[[PERSON|name:Bella Marchetti-Kaur]] ([[AGE|other:4]]), spinal muscular atrophy type 1 with progressive respiratory failure. Seen at home in [[LOCATION|geo:Point Cook]] with the paediatric palliative nurse.

She is comfortable on low-flow oxygen 1 L and morphine 0.1 mg/kg oral prn (2 doses today). Parents [[PERSON|name:Daniela]] and [[PERSON|name:Ravinder]] have chosen to focus on comfort at home. Her brother ([[AGE|other:7]]) made a memory book about her at school.

The family shares updates with friends and their church through a private page, [[URL|url:https://www.facebook.com/groups/bellasbravejourney]]. They asked that no photos from the hospital be posted.

Memory-making: handprints and a lock of hair taken. Plan: daily phone contact, weekly visit; after-hours on-call team details given.""",
]

FORENSIC_REPORTS = [
    """FORENSIC PSYCHIATRIC REPORT - prepared for the Magistrates' Court of Victoria

Re: [[PERSON|name:Bradley James KOVAC]], born [[DATE|date:29 July 1996]]
Court file [[ID|other:H11938472]]; Victoria Police LEAP report [[ID|other:230918-4471]]

I was asked by defence counsel to assess him. He is [[AGE|other:27]] and is charged with recklessly causing injury and criminal damage arising from an incident at a suburban railway station on [[DATE|date:18 September 2023]].

I interviewed him for 2.5 hours at [[LOCATION|geo:Port Phillip Prison]] last month. He told me he had been awake for four days using methylamphetamine and believed the man on the platform was "sent by the bikies" to kill his mother. His mother confirmed by phone that he had been talking about cameras in the ceiling for a week.

Opinion: at the time of the offence he was experiencing a substance-induced psychotic disorder. I do not consider the defence of mental impairment is open. He is suitable for a Community Correction Order with treatment conditions.""",
    """Court-ordered competency evaluation - Superior Court

Defendant: [[PERSON|name:Dominic Reyes-Aguilar]], DOB [[DATE|date:11/03/1988]], booking no. [[ID|other:P881204]], case [[ID|other:CR2023-148812-001]].
FBI fingerprint record (IAFIS TCN) [[ID|biometric:E2023318004471]] noted in the jail file.

He is a [[AGE|other:35]]-year-old man charged with aggravated assault on a detention officer. I evaluated him for 90 minutes at the [[LOCATION|geo:Lower Buckeye Jail]] on [[DATE|date:January 9, 2024]] with a Spanish interpreter.

He knew the charge and that the judge "decides if I go to prison", but believed his attorney was "working for the cartel" and refused to speak with him. He has a documented history of schizophrenia with three prior psychiatric admissions.

Opinion: he is not presently competent to stand trial because delusions prevent him from assisting counsel; there is a substantial probability of restoration within 15 months with medication.""",
    """PRE-SENTENCE PSYCHOLOGICAL REPORT - District Court of Western Australia

Offender: [[PERSON|name:Tyrone Mippy]], [[AGE|other:24]], of [[LOCATION|geo:Roebourne]]
Indictment [[ID|other:IND 1184 of 2023]]

He pleaded guilty to dangerous driving causing grievous bodily harm after a crash on the highway on [[DATE|date:the sixth of May 2023]]. He was driving his uncle's Toyota LandCruiser, registration [[VEHICLE|vehicle:1GBA 447]], with a blood alcohol concentration of 0.162. His cousin, a passenger, suffered a fractured pelvis and spent six weeks at [[LOCATION|geo:Fiona Stanley Hospital]].

He was raised by his grandmother after his mother died when he was small. He left school in Year 9. He has worked on and off as a deckhand. He expressed remorse and cried when describing visiting his cousin in hospital.

Testing: LSI-R total 27 (medium-high). AUDIT 24. No psychotic symptoms. I recommend the court consider a residential alcohol program and Aboriginal-led cultural mentoring as part of any order.""",
    """Forensic evaluation - Protective order / stalking matter, Superior Court, family law

Respondent: [[PERSON|name:Gregory Pallister]], [[AGE|other:46]]. Petitioner: [[PERSON|name:Amanda Pallister]] (estranged wife).

Records reviewed include a police digital forensics summary. Messages to the petitioner were sent from an account logged in from [[IP|ip:73.221.48.190]] (his home connection) and later from [[IP|ip:2601:602:9b00:4e10::1a7]], and a GPS tracker, IMEI [[DEVICE|device:356938035643809]], was found under the bumper of her car. The respondent maintained a blog at [[URL|url:https://gregpallister.wordpress.com/the-truth-about-amanda]] describing her movements.

The respondent acknowledged the tracker but said he wanted to "make sure the kids were safe". The two children live with their mother.

Opinion: the pattern is consistent with obsessional relational intrusion; risk of continued stalking is high (SAM total 18). Recommend a no-contact order, surrender of firearms, and a batterer intervention program.""",
    """CORONIAL REPORT - forensic pathology summary for the State Coroner

Deceased: [[PERSON|name:Kelvin Aitchison]], [[AGE|other:52]]. Found deceased at his residence, [[ADDRESS|geo:7 Quarry Lane, Beaconsfield TAS 7270]], on [[DATE|date:Monday 12 February 2024]].
Coronial case [[ID|other:COR 2024/0219]]; Tasmania Police reference [[ID|other:TP-24-0038815]].

Identification: visual identification by his brother was not possible because of decomposition. Identity was confirmed by comparison of ante-mortem fingerprints (NAFIS fingerprint record [[ID|biometric:1049287731]]) and by dental records from a local dental clinic.

Findings: severe coronary atherosclerosis (LAD 90% stenosis), cardiomegaly (heart weight 540 g), no injuries. Toxicology: alcohol 0.04%, therapeutic citalopram. The last contact was a phone call to a neighbour eleven days earlier.

Cause of death: ischaemic heart disease. Manner: natural.""",
    """Psychological risk assessment - Adult Parole Board

Prisoner: [[PERSON|name:WHITEHEAD, Darren Scott]], CRN [[ID|other:A0447219]], [[AGE|other:38]], currently at [[LOCATION|geo:Loddon Prison]].

Index offence: armed robbery of a service station in 2017; sentenced to 9 years with a non-parole period of 6. He is eligible for parole on [[DATE|date:22 November 2024]].

He proposes to live with his partner [[PERSON|name:Naomi Quirk]] and her two children in the western suburbs. She visits weekly and describes him as changed. He has completed the Violence Intervention Program and has been drug-free in custody (urinalysis clear x 14).

Electronic monitoring is recommended for the first six months; the ankle device allocated is serial [[DEVICE|device:BI-HS-402718]]. Risk: moderate (HCR-20 V3, LSI-R 19). Conditions recommended: residence, curfew 2100-0600, no contact with the co-offender.""",
    """Forensic mental health - court liaison assessment, [[LOCATION|geo:Downing Centre Local Court]]

Person: [[PERSON|name:Kim Oanh Pham]], [[AGE|other:29]], charged with shoplifting (x3) and resisting police. Police event [[ID|other:E 7418 2208]].

Seen in the cells at 1030 before her mention. She was tearful, guarded and said she had not slept since her baby was removed by DCJ three weeks ago. She has a history of bipolar affective disorder and was discharged from hospital in [[DATE|date:March 2024]]. She has stopped lithium.

Her ID on arrest: NSW driver licence [[ID|license:19 284 770]]; the custody photograph is stored as [[ID|photo:PHAM_KO_custody_front_20240612.jpg]]. She gave her sister as her support person.

Recommendation to the magistrate: adjourn for section 14 application; referral to the local community mental health team for review within 48 hours.""",
    """Forensic interview summary - Child Advocacy Center

Child: [[PERSON|name:Aubree Linscott]], [[AGE|other:8]]. Interview at [[LOCATION|geo:Tri-County Children's Advocacy Center]], [[DATE|date:April 22, 2024]], 1000-1047. Interviewer: forensic interviewer, MSW.

She disclosed that her mother's boyfriend, [[PERSON|name:Jason Merritt]] ([[AGE|other:34]]), touched her when her mother was at work at the discount store. She said it happened "in the camper" parked at the back of the trailer lot.

Recording of the interview is stored under CAC case [[ID|other:TCCAC-24-0173]]; DCS intake [[ID|other:2024-118347]]. Sheriff's detective observed from the monitoring room. The camper, a white Jayco with plate [[VEHICLE|vehicle:7HH-2201]], was secured.

Medical exam referral made to the child abuse pediatrics clinic. Non-offending parent (mother) was supportive and agreed to a safety plan.""",
    """Independent psychiatric report - personal injury (motor vehicle accident)

Claimant: [[PERSON|name:Marisol Quintero]], [[AGE|other:41]], TAC claim number [[ID|other:1187 3326]]
Accident: rear-ended while stationary at lights in [[LOCATION|geo:Glen Waverley]], [[DATE|date:13/10/2022]]. Her vehicle was a 2019 Mazda CX-5, VIN [[VEHICLE|vehicle:JM0KF4W1A00312488]].

She has not driven since. She now catches two buses to her job as a dental nurse and leaves early to avoid the intersection. She has nightmares about the sound of the impact and her daughter ([[AGE|other:10]]) screaming in the back seat.

Testing: PCL-5 47, DASS-21 D 22 A 20 S 28. Diagnosis: post-traumatic stress disorder, moderate. She has had 12 sessions with a psychologist with partial benefit.

Whole person impairment (GEPIC): 12%. Prognosis guarded; further treatment with EMDR recommended.""",
    """Forensic psychological evaluation - Immigration Court (asylum), prepared for counsel

Respondent: [[PERSON|name:Yonas Gebremedhin]], [[AGE|other:26]]. A-Number [[ID|other:A218-447-093]].

He was evaluated over three sessions at the office of his attorney in [[LOCATION|geo:Silver Spring]], the last on [[DATE|date:Friday, May 17, 2024]]. He reported detention and torture in a military camp and later at a prison in the capital after he refused conscription in 2016. Scars on his back and wrists were photographed by the physician evaluator; a full-face identification photograph was not taken.

He described his younger brother, who was [[AGE|other:15]] when he was taken at a checkpoint and has not been seen since. He now lives with a cousin and works at a car wash. Voice recognition enrolment for the ISAP check-in line: template [[ID|biometric:VR-ISAP-5520418]].

Findings: PTSD (CAPS-5 severity 41) and major depressive disorder. Symptoms are consistent with his account.""",
]

COMPLAINT_LETTERS = [
    """To the Patient Liaison Officer, [[LOCATION|geo:Gold Coast University Hospital]]

I am writing about the care my father, [[PERSON|name:Reginald Stott]] ([[AGE|other:82]], UR [[ID|mrn:7704418]]), received in the emergency department on the night of [[DATE|date:Saturday 16 March 2024]].

Dad was brought in by ambulance from his unit at about 9 pm with chest pain. He waited on a trolley in the corridor until 6:40 the next morning. Nobody offered him water or helped him to the toilet, and at 3 am he wet himself. When I arrived at 7 am he was shaking and embarrassed. He is a proud man who served in the navy for 22 years.

I was told by a nurse that they were "flat out" and there was nothing she could do. I understand the pressure staff are under, but my father deserved dignity.

I would like an explanation and an apology. You can contact me at [[EMAIL|email:donna.stott.gc@gmail.com]].

[[PERSON|name:Donna Stott-McLeod]]""",
    """Patient Relations, [[LOCATION|geo:Cedars-Sinai Medical Center]]
RE: Complaint regarding billing and portal privacy

My name is [[PERSON|name:Alejandra Voss]] and I was a patient in your labor and delivery unit for three nights ending [[DATE|date:October 6, 2023]], MRN [[ID|mrn:024419873]]. My daughter was born during that stay.

First, I received a bill for $6,412.88 on account [[ID|account:CSMC-88412097]] even though my insurance, Anthem Blue Cross member ID [[ID|health_plan:XEH884129306]], approved the stay. Second, and more serious: my portal shows a login to my record from [[IP|ip:104.28.77.214]] at 2:14 am on a date when I was asleep. My ex-partner knows my email and I believe he accessed my records.

I want the bill corrected, an audit of who accessed my chart, and my portal password reset. Please reply in writing to [[ADDRESS|geo:1147 N Formosa Ave, Apt 6, West Hollywood, CA 90046]].

Sincerely,
(signature on the paper copy)""",
    """Dear Health Care Complaints Commission,

Complaint reference (as given on the phone): [[ID|other:HCCC 24/08813]]

My wife, [[PERSON|name:Mei-Ling Sato]], died at [[LOCATION|geo:Nepean Hospital]] on [[DATE|date:the second of February]], aged [[AGE|other:71]]. She had a fall on the ward two days earlier and hit her head, but she was not scanned until the next afternoon. By then she had a large bleed.

The ward was told she was on apixaban. I was told by the registrar that the scan was "not urgent". When I asked for the incident report I was told it was confidential.

Our son flew from Japan and did not arrive in time. I have photographs of her face and the bruising taken by my daughter-in-law on her phone, which I am willing to provide; the clearest is [[ID|photo:IMG_8841_meiling_face.HEIC]].

I would like to know why the protocol for head strikes on anticoagulants was not followed. I live at [[ADDRESS|geo:22 Lemongrove Road, Penrith NSW 2750]].

Yours faithfully,
[[PERSON|name:Hiroshi Sato]]""",
    """To: Quality and Patient Safety, [[LOCATION|geo:Royal Hobart Hospital]]
From: [[PERSON|name:Tamsin Arkwright]]
Subject: Parking fine issued while my son was in theatre

On [[DATE|date:Wednesday 21 August 2024]] my son, who is [[AGE|other:5]], had emergency surgery for a perforated appendix. I parked in the drop-off bay outside the emergency department because he was screaming and I could not carry him and find a space. A parking officer put a $123 infringement on my car (registration [[VEHICLE|vehicle:G 47 2KT]]) while I was in the emergency department.

When I went to the cashier the next day I was told to pay online. The infringement number is [[ID|other:PI 40088172]]. I would like it withdrawn.

My son's nurse was wonderful and I want that passed on. Please reply by email: [[EMAIL|email:tamsin.arkwright@icloud.com]].""",
    """Member complaint submitted online (copy for the grievance file)

Submitted [[DATE|date:2024-02-11 21:48]] via the member portal from IP address [[IP|ip:98.214.6.33]].
Member: [[PERSON|name:Curtis Lemaire]]  Plan ID [[ID|health_plan:W2281094-01]]

My mother, [[PERSON|name:Ida Lemaire]], [[AGE|date:93]], has been in [[LOCATION|geo:Magnolia Gardens Assisted Living]] since 2022. Last month she was transferred to the ER after a fall and then sent back at 4 am in a taxi with a broken wrist and no splint. She sat in the lobby for two hours because nobody was told she was coming.

Your plan then denied the ambulance charge. I am attaching the EOB and the facility's letter. I would also like to know why the facility had my social security number, [[ID|ssn:401-73-6652]], on her admission file instead of hers.

Please call me on the number in my member profile during business hours.""",
    """Dear Director of Nursing,

I am writing about my visit to the [[LOCATION|geo:Alice Springs Hospital]] emergency department on [[DATE|date:28/06/2024]] with my nephew [[PERSON|name:Clinton Kngwarreye]], [[AGE|other:16]], after he was bitten by a dog at the camp on the west side of town.

We waited 5 hours. When we were seen, the doctor asked me three times if I had been drinking. I had not. He spoke to my nephew like he was a criminal. The Aboriginal Liaison Officer was not on that night. His wound was cleaned and he was given Augmentin and a tetanus shot and sent home. It became infected and he was admitted two days later for IV antibiotics.

I want the hospital to make sure an Aboriginal Liaison Officer is on call after hours. I would also like someone to look at how our family was spoken to.

[[PERSON|name:Rosalie Ampetyane]]
Phone [[PHONE|phone:0889 517 204]]""",
    """Ombudsman complaint - health service billing

Complainant: [[PERSON|name:Trevor Whitcombe-Lyle]], [[ADDRESS|geo:PO Box 318, Mudgee NSW 2850]]

I was charged $1,860 by the private hospital for my hip replacement even though my fund, HCF, told me I would be covered in full. My membership number is [[ID|health_plan:0038 4471 2]]. The hospital says I owe the gap because the surgeon, Dr [[PERSON|name:Ambrose Kettering]], used a prosthesis that was "not on the list".

Nobody told me this before the operation on [[DATE|date:4 April 2024]]. I have paid $500 by direct debit from my account (BSB 032-754, account [[ID|account:482 913 07]]) to stop the debt collector calling, but I do not believe I owe the rest.

My daughter has been helping me with this and has a copy of all the letters. I am [[AGE|other:76]] and on the pension. Please help.""",
    """Complaint to the Office of Patient Advocacy

My name is [[PERSON|name:Destiny Okereke]] and I am a Black woman who gave birth at your hospital on [[DATE|date:July 30, 2023]]. I told the nurses at least five times that my headache was the worst of my life and that I could see spots. My blood pressure was 172/110 and nobody called the doctor for three hours. I had a seizure in front of my husband and our son, who is [[AGE|other:4]].

I was transferred to the ICU and spent a week at [[LOCATION|geo:Grady Memorial Hospital]]. I have since shared my story on my blog, [[URL|url:https://destinyspeaks.substack.com/p/my-birth-story-preeclampsia]], and other mothers have told me the same thing happened to them.

I am asking for a meeting with the chief nursing officer and for training on preeclampsia for all L&D staff. My case number from your office is [[ID|other:OPA-2023-11472]].

Call me: [[PHONE|phone:(404) 555-0158]]""",
    """Letter to the Chief Executive - complaint about the hospital pharmacy and a card charge

Dear Sir or Madam,

On [[DATE|date:the 3rd of January]] I collected discharge medicines for my husband, [[PERSON|name:Eamon Fitzgerald-Rowe]], at the outpatient pharmacy at [[LOCATION|geo:Flinders Medical Centre]]. I was charged twice for the same prescriptions, $42.50 each time, on my credit card [[ID|account:4532 0184 7362 9104]]. The second charge has still not been refunded.

Worse, one of the boxes was labelled with another patient's name and contained warfarin 5 mg instead of his apixaban 5 mg. My husband has dementia; if I had not checked, he would have taken it. I rang the pharmacy and was told to "bring it back when convenient".

I have faxed the receipts and a copy of the label to the pharmacy manager on [[PHONE|fax:(08) 8204 5519]]. I expect a refund and an assurance that this has been reviewed as an incident.

Yours sincerely,
[[PERSON|name:Siobhan Fitzgerald-Rowe]]
[[ADDRESS|geo:9 Heysen Avenue]]
[[ADDRESS|geo:Bedford Park SA 5042]]""",
    """Feedback received via the online form - escalated to complaints officer

Form submitted [[DATE|date:14/11/2023 23:06]] from [[IP|ip:120.156.44.201]]; reply-to [[EMAIL|email:kpatel.dad@yahoo.com.au]].

"My son [[PERSON|name:Aarav Patel]] ([[AGE|other:13]]) has type 1 diabetes and was seen in your children's emergency department on Sunday night with vomiting. The triage nurse told us to wait even though his blood ketones were 4.2 and his sugar was 24. We waited 2 hours before he was put on a drip. He ended up in ICU with DKA.

I also found his photo and full name on a public fundraising page the hospital foundation posted without asking us: [[URL|url:https://www.childrensfoundation.org.au/stories/aarav-p-brave-in-icu]]. We never consented to this and want it removed immediately.

Please call me on [[PHONE|phone:0431 907 225]]. - [[PERSON|name:Kiran Patel]]"

Officer note: Foundation contacted; page unpublished same day. Clinical review requested from the paediatric ED director.""",
]

GENETIC_PEDIGREES = [
    """Familial Cancer Centre - pedigree and counselling note

Proband: [[PERSON|name:Kathryn Oyelowo-Brennan]], [[AGE|other:42]], URN [[ID|mrn:FC-338102]], breast cancer (ER+/HER2-) diagnosed at [[AGE|other:40]].

Pedigree (three generations): mother [[PERSON|name:Maureen Brennan]] died at [[AGE|other:51]] of ovarian cancer; maternal aunt [[PERSON|name:Patricia]] had breast cancer at [[AGE|other:38]] and is alive and well; maternal grandmother died in her forties, cause unknown (born in Ireland). Father alive, no cancer. One younger sister, unaffected.

Manchester score 31; CanRisk BRCA1/2 probability 18%. Testing: 15-gene panel, sample [[ID|other:VCGS-24-117283]]. Result: BRCA1 c.68_69del (p.Glu23fs), pathogenic.

Cascade testing discussed. She will tell her sister herself; family letter provided. Testing for her two daughters is deferred until adulthood.""",
    """Genetic counseling note - cardiovascular genetics clinic

Patient: [[PERSON|name:Marcus Delgado]], [[AGE|other:17]], referred after collapse during a high-school basketball game; QTc 512 ms.

Family history: father [[PERSON|name:Ricardo]] ([[AGE|other:48]]) has had fainting spells since childhood, never evaluated. Paternal uncle [[PERSON|name:Tomas]] drowned at [[AGE|other:22]] while swimming. Paternal grandmother [[PERSON|name:Esperanza]] lives nearby and has a pacemaker. Mother and younger sister have normal ECGs.

Genetic testing: LQTS panel (KCNQ1, KCNH2, SCN5A, and 14 others). KCNQ1 c.1032G>A, likely pathogenic (LQT1). Insurance prior authorization approved; member ID [[ID|health_plan:KPN20044871]].

Plan: nadolol, no competitive swimming, AED at home. Cascade testing for father and sister. Family letter emailed to mother at [[EMAIL|email:lucia.delgado.ca@gmail.com]].""",
    """Clinical genetics - dysmorphology consultation

Child: [[PERSON|name:Eli Abramowitz]] ([[AGE|other:3]]), MRN [[ID|mrn:2299114]]. Referred by developmental paediatrics for global developmental delay and hypotonia.

Examination: OFC 2nd centile, upslanting palpebral fissures, smooth philtrum, 2-3 toe syndactyly. Standardised facial photographs taken with parental consent; the front-face file is [[ID|photo:ABRAMOWITZ_E_face_front_2024-05-14.png]].

Family: parents [[PERSON|name:Rachel]] and [[PERSON|name:Ari]] are not related. A maternal uncle has intellectual disability and lives in supported accommodation. Older sister is well.

Testing: trio exome, proband sample [[ID|other:EX-24-09931]]; parental samples [[ID|other:EX-24-09932]] and [[ID|other:EX-24-09933]]. Turnaround 12-16 weeks. Chromosomal microarray (2022) was normal.""",
    """Genetic counselling - Huntington disease predictive testing, session 2 of 3

Client: [[PERSON|name:Lachlan Pemberton-Hayes]], [[AGE|other:29]], at 50% risk.

Pedigree: father [[PERSON|name:Warren Hayes]] was diagnosed with HD at [[AGE|other:44]] (CAG 45) and now lives at [[LOCATION|geo:Ashwood Park Aged Care]]; paternal grandfather "[[PERSON|name:Pop]]" died at [[AGE|other:61]] in a psychiatric hospital, said to have had "the shakes". A paternal aunt has declined testing. He has a younger brother who "doesn't want to know".

He and his fiancee [[PERSON|name:Sarah Lam-Whitby]] are planning to marry next year and want to know before they try for children. Discussed PGT-M and that exclusion testing is an option.

Reviewed insurance implications (life insurance moratorium up to $500,000). Psychological assessment booked. Result appointment to be in person only, with a support person.""",
    """Genetic counseling - Lynch syndrome follow-up

Patient: [[PERSON|name:Janice Holtzclaw]], [[AGE|other:52]], MLH1 pathogenic variant (c.350C>T), endometrial cancer at [[AGE|other:49]], MRN [[ID|mrn:H00774129]].

Updated pedigree: brother [[PERSON|name:Wayne]] had colon cancer at [[AGE|other:47]] and lives out of state; he tested positive last year. Another brother tested negative. Their mother died at [[AGE|other:63]] of "stomach cancer"; a maternal uncle died young of a bowel cancer.

Her children: [[PERSON|name:Dustin]] ([[AGE|other:27]]) tested positive and has started colonoscopy every 1-2 years; [[PERSON|name:Brianna]] ([[AGE|other:24]]) has not yet been tested and lives two hours away.

Faxed the family letter and lab report to her daughter's PCP at [[PHONE|fax:319-555-0190]] with her consent. Aspirin 600 mg (CAPP2) discussed; defer to oncology.""",
    """Prenatal genetic counselling - Maternal Fetal Medicine

Woman: [[PERSON|name:Anastasia Georgiou]], [[AGE|other:36]], G3P1 at 13+2 weeks, URN [[ID|mrn:MW-4410927]].

NIPT: high chance for trisomy 21 (fetal fraction 9%). Nuchal translucency 3.4 mm. Partner [[PERSON|name:Nikos]] attended.

Family history: her cousin has a son with Down syndrome, now [[AGE|other:12]], in Greece. Her partner's sister had two miscarriages. Their daughter [[PERSON|name:Chloe]] is [[AGE|other:4]] and well.

Options discussed: CVS now or amniocentesis from 15 weeks; continuing without diagnostic testing. Couple chose CVS on [[DATE|date:Thursday 27 June]]. Medicare [[ID|health_plan:3618 29470 1]]; CVS bulk billed. Perinatal loss and support services discussed. Counsellor to call with results (QF-PCR in 48 hours).""",
    """Genetic counselling note - familial hypercholesterolaemia cascade screening

Index case: [[PERSON|name:Ngozi Adebayo-Clarke]], [[AGE|other:44]], LDL 7.8 mmol/L, LDLR c.1775G>A, pathogenic. Myocardial infarction at [[AGE|other:41]].

Relatives contacted with consent:
- mother [[PERSON|name:Folasade Adebayo]], [[AGE|other:69]], LDL 6.1, on rosuvastatin 40 mg; lives in Nigeria
- brother, untested, in [[LOCATION|geo:Leeds]]
- son [[PERSON|name:Jayden Clarke]], [[AGE|other:15]], LDL 5.2 - tested positive; started on atorvastatin 10 mg
- daughter [[PERSON|name:Imani]], [[AGE|other:10]], LDL 2.4 - tested negative

Family letters sent by post. The index case's husband asked about the children's school sport; no restriction. Lipid clinic review in 3 months. Dutch Lipid Clinic Network score 16 (definite FH).""",
    """Genetic counselling - inherited retinal disease clinic

Patient: [[PERSON|name:Samuel Treloar]], [[AGE|other:31]], retinitis pigmentosa, legally blind since 2020. Lives in [[LOCATION|geo:Bunbury]] with his guide dog.

Pedigree: maternal uncle [[PERSON|name:Colin Ashby]] "went blind in his thirties"; maternal grandfather died at [[AGE|other:88]], used a white cane. Mother, [[AGE|other:58]], has night blindness only. Suggestive of X-linked inheritance with a carrier mother.

Result: RPGR c.2405_2406del, pathogenic, hemizygous. Mother tested as a carrier. His sister [[PERSON|name:Kate Treloar-Finch]], [[AGE|other:28]], is pregnant (20 weeks) and has been offered carrier testing urgently. Her email for the family letter: [[EMAIL|email:kate.tf@westnet.com.au]].

Discussed gene therapy trials; the clinical trial registry listing was printed for him in large font. Referred to Guide Dogs WA and the low vision service.""",
    """Genetics clinic - hereditary haemochromatosis and family screening

Proband: [[PERSON|name:Declan Moriarty]], [[AGE|other:46]], ferritin 2140, transferrin saturation 86%, HFE C282Y homozygous. UR [[ID|mrn:0071439]].

Family: born in Ireland; moved to [[LOCATION|geo:Toowoomba]] in 2004. Wife [[PERSON|name:Grainne]] tested: C282Y heterozygous. Their children [[PERSON|name:Cian]] ([[AGE|other:17]]) and two younger ones ([[AGE|other:14]] and [[AGE|other:9]]) - testing offered for the eldest now and the younger two when they reach adulthood. His sister overseas was told by phone.

Venesection weekly at the blood bank until ferritin under 100. Liver FibroScan 8.1 kPa. Alcohol reduced. Review in 3 months with LFTs.""",
    """Cancer genetics - pedigree review meeting note

Family id [[ID|other:FAM-2021-0447]]; proband [[PERSON|name:Beatrix Lowenthal]], [[AGE|other:61]], pancreatic adenocarcinoma.

Four generations drawn. Ashkenazi Jewish on both sides. Father died at [[AGE|other:72]] of prostate cancer; paternal aunt [[PERSON|name:Miriam]] breast cancer in her forties, since deceased. Sister [[PERSON|name:Ruth Gabay]], breast cancer at [[AGE|other:59]], living in Florida. Two sons: [[PERSON|name:Eitan]] ([[AGE|other:34]]) and a younger son.

Germline: BRCA2 c.5946delT (6174delT), pathogenic. Discussed PARP inhibitor eligibility with oncology. Both sons to be offered testing; the elder lives in [[LOCATION|geo:Brooklyn]] and will be referred to a local counselor. Family portal for sharing results: [[URL|url:https://myfamilyhealth.geneshare.org/family/lowenthal-b-2021]].""",
]

OCCUPATIONAL_REPORTS = [
    """WORKPLACE INJURY REPORT - occupational health nurse summary

Worker: [[PERSON|name:Kieran Fairbrother]], [[AGE|other:23]], storeperson, employee no. [[ID|other:E-104471]]
Site: distribution centre, [[ADDRESS|geo:45 Export Drive, Brooklyn VIC 3012]]

On [[DATE|date:Tuesday 7 May 2024]] at about 1425, the worker was struck on the left foot by a pallet jack reversed by a co-worker in aisle 14. Steel-capped boots were worn. He was seen in first aid by the OHN and sent by taxi to hospital, where X-ray showed a non-displaced fracture of the 5th metatarsal. Moon boot, 6 weeks, non-weight-bearing for 2.

The forklift licence of the co-worker was checked: High Risk Work Licence [[ID|license:LF 0448712]], current. CCTV reviewed by the site manager.

WorkSafe claim lodged; claim number [[ID|other:WS2405-118847]]. Suitable duties: seated work in returns from next week, 4 hours a day. Contributing factor: pedestrian exclusion zone not marked.""",
    """EMPLOYER'S FIRST REPORT OF INJURY - summary for occupational medicine

Employee: [[PERSON|name:Efrain Villanueva]]  SSN [[ID|ssn:287-19-0634]]  Age [[AGE|other:38]]
Employer: poultry processor, Plant 2, [[ADDRESS|geo:1900 Industrial Pkwy, Gainesville, GA 30501]]

On [[DATE|date:03/18/2024]] at 0610, while deboning on line 4, the employee sustained a laceration to the left index finger from a knife. He was seen at the plant nurse station and referred to the regional medical center; flexor tendon injury (FDP, zone 2) repaired the same day.

The line supervisor reports the line speed was 140 birds per minute and the employee had been on shift for 1 hour 40 minutes. Cut-resistant glove was worn on the non-knife hand only.

Time clock record shows badge-in at 0427 using finger scan template [[ID|biometric:FS-PL2-008841]]. Restrictions: no use of the left hand, 6 weeks. Workers' comp carrier notified; claim [[ID|other:GA-WC-24-330981]]. Fax to carrier [[PHONE|fax:(770) 555-0138]].""",
    """Occupational health consultation - return to work assessment

Worker: Mr [[PERSON|name:Waleed Nasrallah]], [[AGE|other:51]], long-haul truck driver. Employer: a freight company on the city's western fringe.
Claim: WorkCover Queensland [[ID|other:20231188472]]

He injured his lower back on [[DATE|date:14 November 2023]] unloading pallets from his prime mover (rego [[VEHICLE|vehicle:102 XZK]]) at a supermarket distribution centre two hours west. MRI: L4/5 disc protrusion with right L5 nerve root contact. Now 16 weeks post-injury, attending physiotherapy twice weekly.

His heavy vehicle licence ([[ID|license:087 442 193]], class MC) is current, but I am not satisfied he can safely sit for more than 2 hours or climb into the cab. ODI 38%. Pregabalin 75 mg bd causes drowsiness - not compatible with driving; GP informed.

Recommendation: suitable duties in the depot (dispatch), 6 hours a day, no lifting over 10 kg, review in 4 weeks. Copy faxed to the case manager at [[PHONE|fax:(07) 3271 8860]].""",
    """Incident investigation summary - Needlestick injury

Injured worker: [[PERSON|name:Priya Raman]], RN, [[AGE|other:27]], AHPRA [[ID|license:NMW0002281947]], ward 5C.

At 0315 on [[DATE|date:Sunday 3 March 2024]], while disposing of a used subcutaneous needle after giving enoxaparin 40 mg to a patient in bed 7, the RN sustained a needlestick to the right thumb. The sharps container was overfilled. Source patient: [[PERSON|name:Lionel Matthews]], URN [[ID|mrn:5508213]], consented to BBV testing: HIV Ag/Ab negative, HBsAg negative, HCV Ab negative.

RN's bloods taken at 0500 in ED (hepatitis B surface antibody 212 IU/L, immune). No PEP required. Follow-up at 6 and 12 weeks with Staff Health. RiskMan incident [[ID|other:RM-2024-448120]].

The nurse unit manager has ordered larger sharps bins. RN was offered EAP (1300 360 364) and declined.""",
    """WORKERS' COMPENSATION - initial medical report (occupational medicine)

Patient: [[PERSON|name:Leon Kaczmarek]], [[AGE|other:44]], lineman. DOB [[DATE|date:8/12/1979]]. SSN last 4 [[ID|ssn:7731]].
Employer: electric cooperative, [[LOCATION|geo:Brainerd]] service center.

History: on [[DATE|date:February 2, 2024]], while restoring power after an ice storm on a county road, the patient fell approximately 12 feet from a bucket truck (unit 417, plate [[VEHICLE|vehicle:GHK 902]]) when the boom shifted. He landed on his right side in snow.

Exam: tender right lateral ribs 7-9, no pneumothorax on CXR; right wrist distal radius fracture (AO 23-A2), closed reduction. Pain 7/10. Lineman's personal fall-arrest harness had been signed out; lanyard not attached.

Work status: off work 2 weeks, then light duty (no climbing) for 6 weeks. OSHA 300 log entry. Next appointment in 2 weeks. The crew foreman witnessed the fall.""",
    """Occupational health - hearing conservation program, annual audiometry exception report

Employee: [[PERSON|name:Peni Tuilagi]], [[AGE|other:56]], boilermaker, mine site [[LOCATION|geo:Mount Whaleback]], [[LOCATION|geo:Newman]].

Today's audiogram shows a standard threshold shift in the left ear (average 2, 3 and 4 kHz worse by 12 dB compared with his baseline in 2011). He reports not wearing his moulded plugs since they cracked. He has a personal hearing aid in the right ear, serial [[DEVICE|device:PH-R-22041877]], supplied through Hearing Australia.

Site access for the employee uses an iris scan at the turnstile; his enrolment id [[ID|biometric:IRS-MW-041187]] was updated today after his cataract surgery.

Plan: new moulded plugs fitted; noise dosimetry of the workshop (LAeq,8h was 91 dB at the last survey); ENT referral. Supervisor [[PERSON|name:Cody Mahony]] notified of the result. Employee's wife asked to be sent a copy - declined without written consent.""",
    """Injury report and OHN review - school cafeteria worker

Employee: [[PERSON|name:Deloris Whitfield]], [[AGE|other:61]], food service, [[LOCATION|geo:Riverside Elementary]] (district employee ID [[ID|other:DS-220418]]).

On [[DATE|date:Monday, October 16, 2023]] at approximately 11:05 am, she slipped on a wet floor in the dish room and fell onto her outstretched right hand. A coworker helped her up. She was driven by her daughter to an urgent care clinic; X-ray showed a distal radius fracture.

Floor mat had been removed for cleaning. Wet floor sign not in place.

Wage continuation: paid to her checking account by direct deposit, routing 042000314, account [[ID|account:7720 4418 3390]]; Ohio BWC claim number [[ID|other:23-418877]]. Restrictions: no use of the right arm; transitional work in the office in two weeks.""",
    """Occupational health assessment - psychological injury claim

Worker: Ms [[PERSON|name:Renata Castellanos-Vidal]], [[AGE|other:36]], youth worker, residential care house in [[LOCATION|geo:Logan]].

She reports that on [[DATE|date:the twenty-fourth of July 2023]] a [[AGE|other:15]]-year-old resident assaulted her with a broken chair leg, causing a scalp laceration requiring 7 sutures in the emergency department. She reports two earlier incidents that were reported but not acted on by her team leader.

Since then: nightmares, avoidance of the area, startle. PCL-5 52. She has not returned to work. Her union has lodged a claim (WorkCover [[ID|other:20230976114]]). TFN [[ID|ssn:710 538 264]] supplied on the income details form.

Opinion: PTSD arising out of employment. Not fit for her pre-injury role; fit for non-client-facing work 3 days a week from 8 weeks, with ongoing psychology (12 sessions approved).""",
    """Employee health - pre-placement and fitness-for-duty note

Employee: [[PERSON|name:Kenji Watanabe-Ross]], [[AGE|other:33]], commercial pilot (FAA certificate [[ID|license:3447182]]), referred after a near-syncope on the ground at [[LOCATION|geo:Spokane International Airport]].

Event: on [[DATE|date:8/27/2024]] at 1810 during a preflight walkaround he felt lightheaded and sat down; no LOC. He had worked a 12-hour duty day and had not eaten since 0630. In clinic: BP 118/74, orthostatics negative, ECG sinus rhythm, HR 62, glucose 96, Hb 14.8.

His smartwatch recorded the episode; he shared the export, which came from his watch (device serial [[DEVICE|device:GWX7-88214-KR]]) and was uploaded from [[IP|ip:172.58.14.203]] to the employee health portal.

Assessment: vasovagal near-syncope, likely dehydration. Holter 48 hours and echo ordered; grounded pending results per company policy. Chief pilot notified of duty status only.""",
    """INCIDENT REPORT - farm worker, agricultural injury

Injured person: [[PERSON|name:Sione Fifita]], [[AGE|other:29]], seasonal worker (PALM scheme), employed at [[LOCATION|geo:Goldfields Orchard]].

At 1530 on [[DATE|date:Thursday 15 February 2024]] he was thrown from a quad bike when it rolled on a slope in block 6. No helmet. He was taken by the orchard manager in the farm ute (rego [[VEHICLE|vehicle:ZQL 881]]) to [[LOCATION|geo:Shepparton Hospital]], not by ambulance. Fractured left clavicle and 3 rib fractures; admitted overnight.

The worker lives in accommodation provided by the employer with 11 other workers. Wages are paid into his account with BSB 063-547, account [[ID|account:1092 4471]]. He asked that his family in Tonga not be told until he is out of hospital.

WorkSafe notified (notifiable incident). Quad bike to be fitted with an operator protective device.""",
]

SCHOOL_NURSE_NOTES = [
    """School nurse note - health office visit

Student: [[PERSON|name:Mackenzie Ruhl]], grade 4, [[AGE|other:9]], student ID [[ID|other:2031847]], [[LOCATION|geo:Prairie View Elementary]].

11:40 - sent by her teacher for a CGM alarm (low). CGM reading 62 mg/dL with down arrow; fingerstick 58. Given 15 g fast-acting carbs (4 glucose tabs); recheck at 11:55 was 94. Insulin pump (serial [[DEVICE|device:OT-DASH-4471882]]) not suspended. Lunch bolus per care plan: 1 unit per 15 g carbohydrate.

Called mom, [[PERSON|name:Jolene Ruhl]], at [[PHONE|phone:(402) 555-0164]]; she will send more tabs tomorrow. Student returned to class at 12:05 with a friend.

Reminder: the diabetes medical management plan expires at the end of the school year; request to the endocrinologist faxed to [[PHONE|fax:(402) 555-0166]].""",
    """School health centre - nurse's note (confidential)

Student: [[PERSON|name:Tayla Wirihana]], Year 9, [[AGE|other:14]], [[LOCATION|geo:Kingswood High School]].

[[PERSON|name:Tayla]] came to the sick bay at recess saying she "couldn't breathe". On assessment she was hyperventilating and tearful; SpO2 99%, RR 32, HR 118. Settled with paced breathing over 20 minutes. She disclosed that a group of girls had shared an edited photo of her face on a group chat and showed me the account that posted it, [[URL|url:https://www.instagram.com/tayla.w.exposed2024]].

She also said someone had been logging into her school email; the IT log shows logins from [[IP|ip:110.145.82.17]], which is not her home connection. Her school email is [[EMAIL|email:tayla.wirihana3@education.nsw.gov.au]].

Actions: wellbeing head teacher and school counsellor informed; eSafety report discussed; mother phoned at 11:10 and is coming to collect her. Kids Helpline (1800 55 1800) card given.""",
    """School nurse - medication incident and parent contact

Student: [[PERSON|name:Noah Featherstone]], 2nd grade, [[AGE|other:7]], [[LOCATION|geo:Lincoln Elementary School]].

At 12:15 on [[DATE|date:Wednesday, March 6, 2024]], a substitute aide gave the student's methylphenidate 10 mg to a classmate ([[AGE|other:8]]), who has the same first initial and sits next to him. The classmate had no symptoms; HR 96, BP 104/66, observed in the health office for 2 hours. Poison Control (1-800-222-1222) consulted: no treatment needed.

Parents contacted: the classmate's father at 12:30, and the student's mother at 12:40. [[PERSON|name:Noah]] received his own dose at 12:50.

Incident report submitted to the district; reference [[ID|other:KPS-MED-2024-0117]]. Corrective action: photo-identification sheet for each student with medication, using the student ID photo on file (this student: [[ID|photo:featherstone_noah_id_2023.jpg]]).""",
    """Nurse note - camp health screening

Student: [[PERSON|name:Isla Montgomery-Tait]], Year 6, [[AGE|other:11]], [[LOCATION|geo:Glenbrook Public School]].

Year 6 camp for three days from [[DATE|date:Monday 11 March]]. Mother has completed the health form. She has a peanut and tree-nut allergy (anaphylaxis 2022); EpiPen 300 mcg x2 packed and expiry checked (09/2025). ASCIA action plan signed by her paediatrician.

Asthma: Ventolin 100 mcg 2-4 puffs prn, uses a spacer. No admissions this year.

Camp kitchen informed. Camp nurse: the school's first-aid officer. Emergency contact: father [[PERSON|name:Angus]] on [[PHONE|phone:0423 118 902]]. Medicare number from the form: [[ID|health_plan:2294 71636 1]].""",
    """School nurse note - head injury at recess

Student: [[PERSON|name:Marquise Oliphant]], grade 6, [[AGE|other:12]], [[LOCATION|geo:Whittier Middle School]].

10:25 - fell from the climbing structure on the playground, struck the back of his head on the wood chips/edge of the border. Witnessed by the recess aide. No LOC per aide. Alert, oriented x3, pupils equal and reactive, GCS 15. Small hematoma occiput. No vomiting. Concussion symptom checklist 4/22 (headache, "foggy").

Called grandmother/guardian [[PERSON|name:Mavis Oliphant]] at [[PHONE|phone:(612) 555-0197]]; she picked him up at 10:55 in a grey Buick, plate [[VEHICLE|vehicle:NFR 418]], and will take him to the pediatrician. Concussion handout and the return-to-learn protocol given.

Student has MinnesotaCare; member ID [[ID|health_plan:02937718]] copied onto the injury form for the district insurer.""",
    """Health room log - chronic condition follow-up

Student: [[PERSON|name:Layla Mansour-Morrison]], Year 11, [[AGE|other:16]], [[LOCATION|geo:Sacred Heart College]].

She has juvenile myoclonic epilepsy; previously on sodium valproate 500 mg bd, switched to levetiracetam 750 mg bd in [[DATE|date:January 2024]] by her neurologist because of pregnancy-planning guidance for girls. No seizures this term.

She has a seizure-alert smartwatch; the watch's device id is [[DEVICE|device:EW-2F8C-119204]] and it sends alerts to her mother and to the sick bay phone. The school's Wi-Fi had blocked the watch; IT whitelisted its MAC address [[DEVICE|device:A4:83:E7:2C:19:5B]].

Seizure management plan updated and signed; staff trained in buccal midazolam 10 mg. Driving: discussed that she cannot get her L-plates until seizure-free for the required period.""",
    """School nurse note - vision and hearing screening follow-up

Student: [[PERSON|name:Emilio Sandoval]], kindergarten, [[AGE|other:5]], [[LOCATION|geo:Garfield Elementary]], student number [[ID|other:S00448192]].

Failed vision screening (right eye 20/50, left 20/25 on HOTV) on [[DATE|date:9/18/23]] and on rescreen two weeks later. Referral letter sent home in Spanish; no response. Family lives in a trailer park near the school.

Called father, [[PERSON|name:Joaquin Sandoval]], via the district interpreter. He works nights at a packing plant and has no insurance for the children; he did not know about Apple Health for Kids. Helped complete the application online with the family resource coordinator.

Vision to Learn mobile van booked at the school next month. Teacher to seat him at the front in the meantime.""",
    """Nurse's note - student with a fever and rash, infection control

Student: [[PERSON|name:Olivia Brackenridge]], Year 2, [[AGE|other:7]], [[LOCATION|geo:Bayside Christian College]].

Presented to sick bay at 9:20 with temp 38.9, a fine sandpaper-like rash on the trunk and a sore throat; strawberry tongue. Suspected scarlet fever. Isolated in the sick bay. Her brother ([[AGE|other:10]]) in Year 5 is well.

Mother [[PERSON|name:Kristen Brackenridge]] phoned at 9:30 on [[PHONE|phone:0413 227 450]]; collected at 10:05. Advised to see the GP today; exclusion until 24 hours of antibiotics.

The class (2B, 24 students) has had two other cases this fortnight. Letter emailed to all 2B parents; principal informed; public health unit notified. Mother asked us to use her work email, [[EMAIL|email:k.brackenridge@baysideconveyancing.com.au]], for the follow-up.""",
    """School nurse documentation - suspected neglect

Student: [[PERSON|name:Kaiden Shortall]], 3rd grade, [[AGE|other:8]], [[LOCATION|geo:Roosevelt Elementary]].

Fourth visit this month for hunger and stomach ache; no breakfast, clothes soiled, head lice (live lice, 3rd occurrence). Weight 21.4 kg (below 5th percentile, was 25th percentile in 2022). Dental caries with visible abscess lower left.

Student said his mom "sleeps all day" and that he and his sister ([[AGE|other:5]]) get their own food. He said "Uncle [[PERSON|name:Rob]]" stays over sometimes.

Report made to Lucas County Children Services by phone at 1:20 pm; intake number [[ID|other:LCCS-24-0441782]]. Principal and counselor aware. Enrolled in the weekend backpack food program. School lunch account [[ID|account:L-880417]] balance was -$46.20; the negative balance has been cleared by the PTA fund.""",
    """School nurse note - lunch line, allergic reaction

Student: [[PERSON|name:Grace Ohanian]], grade 10, [[AGE|other:15]], [[LOCATION|geo:Westfield High School]].

12:05 - came to the health office with lip swelling and hives after eating a cookie from the a la carte line. Known sesame allergy. BP 112/70, HR 108, no wheeze, SpO2 98%. Cetirizine 10 mg given per standing order; epinephrine not indicated, observed for 1 hour; symptoms improved.

Cafeteria records show the purchase was made with her finger-scan lunch account; the biometric template on file is [[ID|biometric:NUT-FS-00477209]], linked to lunch account [[ID|account:0447-9921]]. The cookie was mislabelled; food services notified.

Father, [[PERSON|name:Armen Ohanian]], picked her up at 1:15. He asked for the incident report by email at [[EMAIL|email:armen.ohanian@verizon.net]]. Allergy action plan to be updated with the allergist.""",
]


def main() -> None:
    n = write_styled(
        OUT,
        [
            ("psych-assessment-letter", PSYCH_LETTERS),
            ("chaplaincy-pastoral-note", CHAPLAINCY_NOTES),
            ("psychosocial-assessment", PSYCHOSOCIAL_ASSESSMENTS),
            ("family-meeting-minutes", FAMILY_MEETINGS),
            ("palliative-care-note", PALLIATIVE_NOTES),
            ("forensic-court-report", FORENSIC_REPORTS),
            ("complaint-letter", COMPLAINT_LETTERS),
            ("genetic-counselling-pedigree", GENETIC_PEDIGREES),
            ("occupational-injury-report", OCCUPATIONAL_REPORTS),
            ("school-nurse-note", SCHOOL_NURSE_NOTES),
        ],
    )
    print(f"probe91: {n} docs")


if __name__ == "__main__":
    main()
