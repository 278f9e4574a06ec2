"""Write the 76th hand-annotated redaction probe, 100 notes of Australian aged care, disability (NDIS) and carers.

Why: aged-care and disability paperwork is a thicket of national identifiers (Medicare with its IRN,
DVA file numbers, NDIS numbers, My Aged Care ids, Centrelink CRNs) sitting beside dense non-identifying
codes that look just like them (NDIS support item numbers, AN-ACC classes, Braden and PAS scores,
RACS ids and provider ABNs, public 1800 lines). Residents are often 90 or older, families and staff come
from many language backgrounds (names that read like words, family-name-first order, "Aunty", "Lola",
"Sig.ra"), and the text runs from rostered EVV log rows and PRODA CSV uploads to tribunal letters.

What: ten styles of ten notes. racf-progress-notes: residential aged care progress notes, wound
reviews, SBARs and shift handovers; acat-mac-referrals: ACAT/ACAS outcomes, My Aged Care referrals,
call logs, SMS, approval letters and a client CSV; ndis-plans-agreements: NDIS plans, s100 review
requests, functional capacity reports, myplace portal logs and service agreements;
ndis-invoices-statements: provider and sole-trader invoices, PRODA bulk-claim rows, plan-manager
statements, remittances and taxi-subsidy statements; sil-sda-incidents: SIL/SDA house incident,
missing-person and restrictive-practice reports; behaviour-support-plans: BSP extracts, review minutes,
ABC charts and aged-care restrictive practice consents; hcp-statements-evv: home care package monthly
and exit statements, DVA Veterans' Home Care summaries and care-worker visit logs (EVV CSV rows, log
lines, JSON, mileage logs); acd-guardianship-tribunal: advance care directives and personal plans,
enduring guardianship, NCAT/VCAT/QCAT/SAT/ACT tribunal and Public Guardian correspondence;
carer-respite-messages: Carer Gateway, respite and day-program emails, texts, a family chat and a bus run
sheet; sirs-incident-forms: falls, pressure injury and medication incident forms, a Riskman export and
SIRS notices. Places span every state and territory: Sydney suburbs (Kogarah, Canley Vale, Punchbowl,
Lakemba, Chatswood, Cabramatta, Mosman) and regional NSW (Wagga Wagga, Junee, Dubbo, Moree, Bathurst,
Tamworth); Victoria (Eaglehawk, Springvale, Noble Park, Brunswick, Thornbury, Shepparton, Mildura, Nhill);
Queensland (Doomadgee, Mount Isa, Toowoomba, Cairns, Inala, Logan Central, Thursday Island); WA
(Mirrabooka, Broome, Bidyadanga, Kalgoorlie, Bunbury, Fitzroy Crossing); SA (Norwood, Glengowrie,
Salisbury North, Whyalla, Port Augusta, Mount Gambier); Tasmania (Longford, Launceston, Glenorchy,
Burnie, Sandy Bay); NT (Alice Springs, Ti Tree, Katherine, Binjari, Galiwin'ku, Ramingining) and the ACT
(Tuggeranong, Belconnen, Charnwood, Scullin). Residents and families are Greek, Italian, Vietnamese,
Chinese, Lebanese, Afghan, Turkish, Polish, Filipino, Indian, Aboriginal, Torres Strait Islander,
Maori, Pacific Islander and Anglo-Australian.
Conventions: names are marked wherever a person is named (given name alone, surname alone, "SURNAME,
Given", family-name-first order, nicknames in quotes, Greek script) with titles and kin terms (Mr, Mrs,
Dr, Aunty, Uncle, Nana, Lola, Sig.ra) outside the span; staff initials alone are left unmarked, and
kin words used as names of no one ("yiayia", "Aka", "Mum") stay unmarked. Facilities, hospitals,
clinics, churches, temples, clubs, shopping centres, stadiums and named streets are LOCATION; provider
brands and agencies named without a site (NDIA, NDIS Commission, Services Australia, Carer Gateway,
Public Guardian, a tribunal's name, Pty Ltd provider names) are not. Ward and wing names (Wattle,
Banksia, Heather) are not places. Street addresses are one ADDRESS span from the number through the
postcode; a postcode alone and GPS coordinates (a pair, or lat and lng in separate JSON fields) are
LOCATION. Medicare spans are the ten-digit card number including its issue digit, with the IRN left
outside; Medicare, IHI, DVA file numbers, NDIS numbers are health_plan; Centrelink CRNs, TFNs and foreign
national ids (HKID) are ssn; facility URNs, resident record codes, hospital URs and the NZ NHI are mrn;
My Aged Care client ids, referral codes, claim references, service bookings, visit and staff ids,
incident, SIRS, police, ambulance and tribunal file numbers are other; BSB and account numbers are
separate account spans, and invoice numbers, client account, customer and Centrepay reference numbers
are account; NDIS provider registration, Medicare provider, prescriber, AHPRA, behaviour support
practitioner, NAATI, JP, solicitor's certificate, taxi-driver accreditation and driver-licence numbers
are license; a sole trader's ABN is other while company ABNs stay unmarked. Labels such as "IMEI", "SN"
and "S/N" stay outside device spans. Resident or participant ages under 90 are AGE|other (the carer's
own age in a carer intake), any age of 90 or more (resident or relative) is AGE|date, and relatives'
ages under 90 are unmarked. ISO date-times joined by "T" are marked whole, a space-separated date-time
has only its date marked; month+year and card expiry month/year are dates, weekday names alone and years
alone are not. Photo and scan file names that carry a name or id are one photo span. Support item
numbers, AN-ACC classes, RACS ids, scores, doses, room/bed numbers, "2/24" and "4/52" style intervals,
times, money, keypad codes, asset tags, batch numbers and public lines (000, 1800 200 422, 1800 422 737,
1800 035 544, 1300 006 228, 131 450, 13 11 14) are left unmarked.

How: cd /work/main && .venv/bin/python scripts/make_probe76_corpus.py (writes corpus/redaction/probe76.jsonl).
"""

# ruff: noqa: RUF001

from pathlib import Path

from make_safe_harbor_suite import write_styled

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "corpus" / "redaction" / "probe76.jsonl"

# ---------------------------------------------------------------------------------------------
# A. Residential aged care progress notes and handovers
RACF_NOTES = [
    """PROGRESS NOTE — [[LOCATION|geo:Kogarah Bay Aged Care]] — Wattle wing, Rm 14B
Resident: [[PERSON|name:PAPADOPOULOS, Eleni]]   DOB [[DATE|date:02/09/1929]]   Age [[AGE|date:94]]   URN [[ID|mrn:KB-004417]]
Medicare [[ID|health_plan:4763 40637 3]] / 2   DVA: nil   AN-ACC class 10
0630 — found sitting on floor beside bed by AIN on round. Bed alarm (sensor mat) did not sound; unit S/N [[DEVICE|device:SMX-22-081447]] checked, battery flat, replaced with spare from store room 3.
Obs: BP 148/82, HR 88 irreg, T 36.4, SpO2 95% RA, RR 18, BGL 6.8. Neuro obs commenced as unwitnessed fall (GCS 15). Skin tear 3cm L forearm, STAR 2a, dressed with Mepitel One.
Abbey pain score 4 -> paracetamol 1g PO 0650. PMAGS 18 (high). Hi-lo bed to lowest, crash mat in place, hip protectors on.
Daughter notified 0715 on [[PHONE|phone:0412 558 903]]; spoke with mum in Greek, will visit after work. Not SIRS-reportable (no injury beyond skin tear, no staff involvement).
Photo saved to wound module: [[ID|photo:PAPADOPOULOS_E_skintear_20240314.jpg]]
— RN [[PERSON|name:Mercy Okafor]] (AHPRA [[ID|license:NMW0001847263]])""",
    """AM>PM HANDOVER   [[DATE|date:Tue 07/05/24]]   [[LOCATION|geo:Banksia Grove Lodge]] — Banksia wing
Rm 1  [[PERSON|name:NGUYEN Van Thanh]] [[AGE|other:87M]] — Parkinson's; Sinemet 100/25 0700/1100/1500 given on time. BO x2 loose (Bristol 6), push fluids, stool chart.
Rm 2  Mrs [[PERSON|name:Walsh]] ("[[PERSON|name:Peg]]") [[AGE|date:96]] — palliative, Abbey 2. Syringe driver morphine 10mg + midazolam 5mg /24h, pump S/N [[DEVICE|device:NK34-107722]] at 0.21 mL/h. Son staying overnight.
Rm 4  — BGL 14.2 pre-lunch, NovoRapid 6u per sliding scale. Podiatry Thurs.
Rm 9  [[PERSON|name:Harold Penrose]] [[AGE|date:101]] — refusing meals, wt 48.2kg (-1.6kg over 4/52). Dietitian referral sent, Sustagen TDS.
PM tasks: Rm 2 PAC 2/24, Rm 4 BGL 1700, Rm 7 Waterlow + FRAT; AN-ACC assessment booked (class 9 expected). Interpreter TIS 131 450 for Rm 7 family.""",
    """[[DATE|date:12/6]] 2210 — Mr [[PERSON|name:Russo]] calling out ++, Endone 2.5mg PRN for L hip pain, effective by 2245, settled. Bed 2, sensor light on. —EN KL""",
    """Progress note [[DATE|date:3 August 2024]] 1415 — [[LOCATION|geo:Alice Springs]].
Aunty [[PERSON|name:Dulcie]] ([[PERSON|name:Dulcie Kemarre]], [[AGE|other:78]]) returned from 3 days' return-to-country leave at [[LOCATION|geo:Ti Tree]] with family, travelled in the family Troopy, NT rego [[VEHICLE|vehicle:CD 41 77]].
Missed metformin 500mg x2 and Norspan 10 mcg/h patch change — new patch applied R upper back, GP informed. BGL 11.6. Skin check NAD, feet intact.
ALO present for the yarn; Aunty happy, "good to see my country". Next leave requested for sorry business, dates TBC.
Medicare [[ID|health_plan:4773 15432 3]]-1 (sighted, exp [[DATE|date:06/2027]]).""",
    """NIGHT REPORT — Sig.ra [[PERSON|name:Concetta Lo Giudice]] (Rm 22, memory support) up x4, exit-seeking at 0300 near front door keypad (code 2580# — change it!). Redirected with warm milk and her rosary. Family request no antipsychotics — ACD dated [[DATE|date:18/01/2023]]. Husband ([[AGE|date:93]]) to be called only after 0800 on [[PHONE|phone:(02) 9569 4471]]. DBMAS referral? discuss with CM.""",
    """[[DATE|date:2024-09-21]] 10:00 WOUND REVIEW — [[LOCATION|geo:Tuggeranong]]
Mr [[PERSON|name:Trevor Kettering]] ("[[PERSON|name:Blue]]"), [[AGE|other:79]], DVA Gold Card [[ID|health_plan:VX512833]].
Sacral PI stage 3: 3.4 x 2.1 x 0.5 cm, slough 30%, moderate serous exudate, periwound macerated. Braden 12. Cleansed NS, Aquacel Ag+ Extra, Allevyn Life 15x15, change 3rd daily and PRN.
Photo [[ID|photo:IMG_20240921_Kettering_sacrum.jpg]] uploaded. Alternating air mattress (Nimbus 4, S/N [[DEVICE|device:NB4-0067812]]) alarmed overnight — replaced 0800.
Wound CNC to review Thursday. Wife aware.""",
    """[[DATE|date:5/11]] — Mrs [[PERSON|name:LIANG Shu Fen]] L hearing aid missing after laundry collection. Oticon More 1, serial [[DEVICE|device:2214XK0937]]; R aid still in charging case. Room 31, laundry and lounge searched. Son emailed ([[EMAIL|email:jason.liang88@outlook.com]]) — will lodge replacement through the Hearing Services Program.""",
    """SBAR to on-call GP — [[DATE|date:Sat 19/10]] 1930
S: Mr [[PERSON|name:Georges Khoury]], [[AGE|other:88]], Rm 3, [[LOCATION|geo:Punchbowl]]. SpO2 89% RA, RR 26, T 38.3, HR 112, productive cough.
B: COPD, AF on apixaban 2.5mg BD, CKD (eGFR 38), dysphagia — IDDSI level 5 minced & moist.
A: ?aspiration pneumonia.   R: please review; daughter ([[PHONE|phone:0433 219 650]]) wants transfer if needed, not for CPR per ACD.
Outcome: Dr [[PERSON|name:Feras Aziz]] (prov [[ID|license:603887AT]]) ordered doxycycline 200mg stat then 100mg daily, obs 2/24, call back if SpO2 <88 or NEWS >= 7.""",
    """[[DATE|date:28 Feb 2024]] night shift. Lola [[PERSON|name:Remy]] ([[AGE|date:91]]) sundowning from 1730, accused carer [[PERSON|name:Jericho]] of taking her coin purse; purse found under mattress. Reassured in Tagalog. Granddaughter FaceTimed 2030 on facility iPad (asset IPAD-07); her front-door kiosk face enrolment created, template [[ID|biometric:FT-0093-51827]]. Slept from 2200.""",
    """Readmission note: Mr [[PERSON|name:Harbhajan Singh Gill]], [[AGE|other:84]], returned from [[LOCATION|geo:Lyell McEwin Hospital]] (UR [[ID|mrn:LMH0932871]]) after 4/7 for hyperglycaemia. FreeStyle Libre 2 sensor applied L arm, serial [[DEVICE|device:0M00041HRN7]]. Lantus 18u mane (was 14u). Son requests vegetarian meals, no beef; turban care per family. Facility URN [[ID|mrn:SE-22813]].""",
]

# ---------------------------------------------------------------------------------------------
# B. ACAT/ACAS assessments, My Aged Care referrals and support plans
ACAT_NOTES = [
    """My Aged Care — Referral for Comprehensive Assessment
Referral ID: [[ID|other:1-8KJ4QZ2]]    MAC ID: [[ID|other:AC48201937]]    Received: [[DATE|date:11/04/2024]]
Client: [[PERSON|name:TRAN Thi Hoa]]    DOB [[DATE|date:15/08/1938]]    Sex F    Preferred language: Vietnamese (interpreter required)
Address: [[ADDRESS|geo:14/62 Canley Vale Rd, Canley Vale NSW 2166]]
Representative: son, [[PHONE|phone:0422 617 905]]
Medicare: [[ID|health_plan:6006 99635 3]] IRN 2    Pension CRN: [[ID|ssn:308 442 917H]]
Referrer: hospital social worker (ward 4B, ext 8111)
Reason: 2 falls in the last 6 weeks, son (primary carer) admitted for surgery, client alone overnight. Requests residential respite and HCP assessment.
Priority: HIGH. Allocated to ACAT — face-to-face within 2 calendar days.""",
    """ACAS SUPPORT PLAN — Aged Care Assessment Service
Client: [[PERSON|name:Giuseppe Marchetti]] (known as [[PERSON|name:Joe]]), [[AGE|other:86]], of [[LOCATION|geo:Eaglehawk]]
Assessment [[DATE|date:22 July 2024]], home visit, Italian interpreter by phone.
Delegate decision: HCP Level 3 approved (medium priority); residential respite approved; permanent residential care approved.
Client goal: "I want to keep my garden and see my mates at the [[LOCATION|geo:Eaglehawk Bocce Club]] every Saturday."
Carer: wife [[PERSON|name:Luisa]] (84), macular degeneration, no longer drives. Carer stress — referred to Carer Gateway (1800 422 737).
Function: Modified Barthel 68/100, RUDAS 21/30, FRAT 14 (medium). Shower chair and over-toilet frame recommended.
Interim CHSP: meals 5/wk, domestic assistance 1.5h fortnightly.
NOK: daughter — [[EMAIL|email:antonella.ruiz@bigpond.com]]
Review: [[DATE|date:Jan 2025]]""",
    """MAC contact centre call [[DATE|date:2024-02-06]] 14:12 — daughter-in-law re client [[PERSON|name:Albert Groves]], MAC ID [[ID|other:AC10873356]], [[AGE|date:97]], lives alone 12km out of [[LOCATION|geo:Nhill]]. Referral code [[ID|other:1-9RMX3T7]] issued for RAS assessment.""",
    """ACAT OUTCOME SUMMARY — outreach clinic, [[LOCATION|geo:Doomadgee]]
Client: Mr [[PERSON|name:Clarence Walden]], [[AGE|other:58]] — Aboriginal, eligible under the 50+ provision.
DOB [[DATE|date:04.01.1966]]  Medicare [[ID|health_plan:6701 62132 1]] (IRN 1)  IHI [[ID|health_plan:8003 6064 7711 2340]]  CRN [[ID|ssn:207 618 554J]]
Conditions: T2DM (HbA1c 9.4%), ESKD on haemodialysis 3x/wk at [[LOCATION|geo:Mount Isa Hospital]], L BKA.
Wants to stay on country; wife is carer, grandkids help. Approved: HCP Level 4 (high priority), residential respite 63 days.
Best contact via clinic [[PHONE|phone:(07) 4745 8100]] — mobile reception poor.
Assessor: [[PERSON|name:Tom Brereton]] RN. Decision date [[DATE|date:19 June 2024]].""",
    """RAS SUPPORT PLAN — [[PERSON|name:Margaret Ellen Hobbs]], [[AGE|date:92]], [[ADDRESS|geo:3 Wellington St, Longford TAS 7301]]
Visit [[DATE|date:09/09/2024]]. MAC ID [[ID|other:AC77410562]].
Goals: stay home with her cat; keep going to craft group on Wednesdays.
Services referred (CHSP): domestic assistance fortnightly; social support group; home maintenance (gutters) x1; transport to eye clinic.
Risks: lives alone; personal alarm pendant IMEI [[DEVICE|device:353588117074895]] — responder nephew, [[PHONE|phone:0439 440 187]].
Review 12 months or earlier if needs change.""",
    """From: [[EMAIL|email:reception@scarboroughbeachmedical.com.au]]
To: My Aged Care e-referral
Date: [[DATE|date:Wed 20 Mar 2024]]
Re: Mrs [[PERSON|name:Jayanthi Krishnan]], [[AGE|other:76]], of [[LOCATION|geo:Mirrabooka]] — DOB [[DATE|date:30/11/1947]]
Moderate Alzheimer's dementia (MMSE 19/30), insulin-treated diabetes (HbA1c 8.9%), nocturnal hypo last week. Husband is primary carer and unwell himself. Family speak Tamil and English.
Referring GP: Dr [[PERSON|name:Helen Corrigan]], provider no. [[ID|license:6207319H]]
Ph [[PHONE|phone:(08) 9245 1100]]  Fax [[PHONE|fax:(08) 9245 1102]]""",
    """MyAgedCare: Your assessment with [[PERSON|name:Naomi]] is booked for [[DATE|date:Thu 14 Nov]] at 10:30am at your home. To change, call 1800 200 422. Do not reply to this SMS.""",
    """[[DATE|date:3 October 2024]]
Mrs [[PERSON|name:Kalliopi Stavrou]]
[[ADDRESS|geo:PO Box 218, Oakleigh VIC 3166]]
Dear Mrs [[PERSON|name:Stavrou]],
Notice of approval as a care recipient. Client ID [[ID|other:AC60318844]].
You have been approved for residential care (permanent) and residential respite care (high). These approvals do not expire. You may ask for reconsideration within 28 days by writing to the Secretary, quoting the client ID above.
Delegate, Aged Care Assessment""",
    """client_id,client_name,dob,postcode,service_type,status
[[ID|other:AC55201847]],"[[PERSON|name:O'Brien, Kathleen]]",[[DATE|date:1931-04-27]],[[LOCATION|geo:2444]],Domestic assistance,ACTIVE
[[ID|other:AC55207731]],"[[PERSON|name:MABO, Elsie]]",[[DATE|date:1944-10-12]],[[LOCATION|geo:4875]],Allied health - podiatry,ACTIVE
[[ID|other:AC55210099]],"[[PERSON|name:Fitzgerald, Noel]]",[[DATE|date:1939-02-02]],[[LOCATION|geo:7250]],Meals,WAITLIST""",
    """ACAT note, [[LOCATION|geo:Chatswood]] home visit. Mr [[PERSON|name:CHAN Wai-Ming]] ([[AGE|other:82]]) arrived from Hong Kong 2021 on a contributory parent visa; no Australian pension; HKID [[ID|ssn:K482913(1)]] on the old hospital file. Daughter interprets (Cantonese). Vascular dementia, PAS 14, wanders at night. Income and assets form SA457 to be lodged with Services Australia.""",
]

# ---------------------------------------------------------------------------------------------
# C. NDIS plans, plan reviews and service agreements
NDIS_PLAN_NOTES = [
    """NDIS PLAN
Participant: [[PERSON|name:Lachlan Meehan]]     NDIS number: [[ID|health_plan:430 891 274]]
Date of birth: [[DATE|date:09/12/1998]] ([[AGE|other:25]])     Lives in: [[LOCATION|geo:Wagga Wagga]]
Plan start: [[DATE|date:01/07/2024]]   Reassessment due by: [[DATE|date:30/06/2026]]
Nominee: mother    Local area coordinator: [[PERSON|name:Sinead Cullen]]
About me: I have cerebral palsy (GMFCS IV) and use a power chair. I live with Mum and my brother.
My goals: 1. Get my learner licence and drive a modified car. 2. Work at the library two days a week.
Funded supports: Core – Assistance with Daily Life $84,312.40; Core – Transport $3,224.00; CB Daily Activities $12,500.00; CB Employment $9,870.00; Capital – AT $18,200.00.
Plan management: plan-managed (Core, CB); agency-managed (Capital).""",
    """Request for review of a reviewable decision (s100)
Participant: [[PERSON|name:Amira Haddad]]  NDIS [[ID|health_plan:431 557 029]]  Case no. [[ID|other:CAS-04418827-H7Q2]]
I, [[PERSON|name:Samira Haddad]] (mother and child representative), ask for an internal review of the plan approved on [[DATE|date:14/02/2024]].
The plan removed 20 hours/week of capacity building for [[PERSON|name:Amira]]'s autism (level 3) and dropped speech pathology. The CPSP report dated [[DATE|date:9 January 2024]] was not considered.
Contact: [[ADDRESS|geo:27 Haldon St, Lakemba NSW 2195]] | [[EMAIL|email:samira.h.haddad@gmail.com]]""",
    """SERVICE AGREEMENT — Supported Independent Living
Between [[PERSON|name:Ethan Kowalski]] (the participant, NDIS no. [[ID|health_plan:430-227-618]]) and Brightpath Living Pty Ltd (ABN 26 054 177 088, NDIS registration [[ID|license:4050061234]]).
Participant representative: mother, [[EMAIL|email:marta.kowalski@iinet.net.au]]
Agreement period: [[DATE|date:1 July 2024]] to [[DATE|date:30 June 2025]]
Supports: 01_801_0115_1_1 SIL, 1:3 ratio weekdays, 1:2 weekends, active overnight 2200-0600. Roster of care v3 attached, annualised $198,441.16.
Dwelling: SDA villa, [[ADDRESS|geo:14B Tillyard Dr, Charnwood ACT 2615]] (improved liveability).
Cancellations: short notice if less than 7 clear days; claimable at 100% of the agreed price.
Complaints: NDIS Quality and Safeguards Commission, 1800 035 544.""",
    """Hi [[PERSON|name:Bec]], [[PERSON|name:Lachie]]'s plan reassessment meeting is confirmed for [[DATE|date:Mon 3/3]] 11am at the [[LOCATION|geo:Wagga]] office. Bring the OT report + driving assessment. Cheers [[PERSON|name:Sinead]] (LAC)""",
    """NDIS early childhood — plan review note, [[DATE|date:17/10/2024]], [[LOCATION|geo:Broome]]
Child: [[PERSON|name:Kaiden Roe]], [[AGE|other:6]], NDIS [[ID|health_plan:431 940 385]]. Global developmental delay; FASD assessment pending.
Family travels between town and [[LOCATION|geo:Bidyadanga]] community.
Supports: key worker (speech); fly-in OT block at school, remote loading applied (+40%). Next check-in in 4 months.""",
    """FUNCTIONAL CAPACITY ASSESSMENT — for plan reassessment
Participant: [[PERSON|name:Nguyen, Bao]] ([[AGE|other:34]]), [[LOCATION|geo:Springvale]] VIC. NDIS [[ID|health_plan:430 112 967]].
Assessing OT: [[PERSON|name:Chloe Armitage]], AHPRA [[ID|license:OCC0002381945]].
Acquired brain injury after MVA in [[DATE|date:April 2019]]. WHODAS 2.0: 62%. Lawton IADL 3/8. Needs 1:1 prompting for meals and bus travel.
Recommendation: maintain Core $71,000; CB Daily Activities 60h OT; AT — smart watch with GPS for community access.""",
    """NDIS PLAN — Statement of participant supports (summary)
Name: [[PERSON|name:WILLIAMS Dorothy Anne]]    NDIS number [[ID|health_plan:431029553]]    DOB [[DATE|date:1962-05-03]]
Address: [[ADDRESS|geo:2/15 Commercial St West, Mount Gambier SA 5290]]
Disability: multiple sclerosis (secondary progressive). SDA: High Physical Support, $51,874.00 p.a.
Capital AT: ceiling hoist; tilt-in-space chair Quickie Q700-UP serial [[DEVICE|device:QK700-1854422]]; pressure cushion.""",
    """myplace provider portal — access log export
[[DATE|date:2024-11-04T09:14:22+10:00]] LOGIN user=[[EMAIL|email:j.petrakis@capellacare.com.au]] src=[[IP|ip:203.45.118.62]] ok
[[DATE|date:2024-11-04T09:15:01+10:00]] VIEW participant=[[ID|health_plan:430779128]] service_booking=[[ID|other:SB-88213]]
[[DATE|date:2024-11-04T09:21:47+10:00]] LOGIN user=[[EMAIL|email:m.fonoti@capellacare.com.au]] src=[[IP|ip:2001:8003:5c21:e00:1d4:77ff:fe12:9a03]] ok
[[DATE|date:2024-11-04T09:22:10+10:00]] DOWNLOAD [[URL|url:https://portal.capellacare.com.au/docs/430779128/plan_2024.pdf]]""",
    """Service agreement signature page: participant [[PERSON|name:Tama Wiremu]] signed [[DATE|date:12.08.24]] at [[LOCATION|geo:Logan Central]]. NZ NHI on old file [[ID|mrn:ZHK4420]] — not used for NDIS.""",
    """From: [[EMAIL|email:cvitale@supportcoord.net.au]]
Sent: [[DATE|date:Friday, 8 November 2024]] 4:52 PM
Subject: Plan review - next steps

Ciao [[PERSON|name:Enzo]],
The NDIA has scheduled your plan reassessment by phone. Your current plan ends [[DATE|date:15 December 2024]]. I've attached the psychosocial recovery coach report and the letter from your psychiatrist at [[LOCATION|geo:Shepparton]].
Please have the Centrelink DSP letter (CRN [[ID|ssn:415 337 820B]]) handy in case they ask about your income support.
I'll ring your sister on [[PHONE|phone:0427 886 112]] as you asked.
Kind regards, [[PERSON|name:Carmen]]""",
]

# ---------------------------------------------------------------------------------------------
# D. NDIS provider invoices, PRODA claims and plan-manager statements
NDIS_INVOICE_NOTES = [
    """TAX INVOICE   [[ID|account:INV-2024-00871]]   Date: [[DATE|date:31/07/2024]]
Bill to: [[PERSON|name:Lachlan Meehan]] c/- Clearview Plan Partners (plan manager)   NDIS: [[ID|health_plan:430891274]]
From: Stride Therapy Co, ABN 92 839 318 232
| Date | Support item | Description | Qty | Rate | Total |
| [[DATE|date:03/07/2024]] | 15_056_0128_1_3 | OT assessment and recommendation | 2.0h | $193.99 | $387.98 |
| [[DATE|date:10/07/2024]] | 15_056_0128_1_3 | OT therapy (driving prep) | 1.5h | $193.99 | $290.99 |
| [[DATE|date:24/07/2024]] | 15_799_0128_1_3 | Provider travel (to [[LOCATION|geo:Junee]]) | 0.75h | $193.99 | $145.49 |
Total (GST free): $824.46
Pay by EFT: BSB [[ID|account:062-692]] Acc [[ID|account:1034 5678]], or online at [[URL|url:https://pay.stridetherapy.com.au/i/INV-2024-00871]]
Price limits: see ndis.gov.au/providers/pricing-arrangements""",
    """PLAN MANAGEMENT — Monthly statement, [[DATE|date:October 2024]]
Participant: [[PERSON|name:Georgia Petrakis]]   NDIS [[ID|health_plan:430 779 128]]   Client account [[ID|account:RPM-30412]]
Paid this month:
 [[DATE|date:02/10]] Capella Care — core daily activities — $2,341.20
 [[DATE|date:09/10]] [[PERSON|name:Mele Fonoti]] (sole trader, ABN [[ID|other:79 966 059 958]]) — community access — $611.52
 [[DATE|date:16/10]] Kinetic Physio — physiotherapy — $214.41
 [[DATE|date:23/10]] Coastal Continence Supplies — consumables 03_040000111_0103_1_1 — $186.30
Budget remaining: Core $31,882.06 (54%), CB Daily Activities $4,120.00.
Queries: [[PHONE|phone:07 5443 9021]].""",
    """RegistrationNumber,NDISNumber,SupportsDeliveredFrom,SupportsDeliveredTo,SupportNumber,ClaimReference,Quantity,Hours,UnitPrice,GSTCode
[[ID|license:4050061234]],[[ID|health_plan:430227618]],[[DATE|date:2024/09/02]],[[DATE|date:2024/09/08]],01_801_0115_1_1,[[ID|other:BPL-EK-0902]],1,,4123.77,P2
[[ID|license:4050061234]],[[ID|health_plan:431118406]],[[DATE|date:2024/09/02]],[[DATE|date:2024/09/08]],01_801_0115_1_1,[[ID|other:BPL-TN-0902]],1,,4123.77,P2""",
    """INVOICE #0047 — [[PERSON|name:Mele Fonoti]], independent support worker, ABN [[ID|other:79 966 059 958]], [[EMAIL|email:mele.fonoti.support@gmail.com]]
Client: [[PERSON|name:Georgia P]], NDIS [[ID|health_plan:430779128]]
04_104_0125_6_1 Access community social and rec activities, weekday daytime: 9h @ $67.56 = $608.04; activity-based transport 42km @ $0.85 less $32.22 claimed = $3.48. Total $611.52, no GST.
Bank: BSB [[ID|account:484-799]] Account [[ID|account:207 118 452]]""",
    """Hi [[PERSON|name:Jess]] — claim for [[PERSON|name:Tama Wiremu]] rejected by the portal: "NDIS number and date of birth do not match". We have [[ID|health_plan:431 205 773]] and DOB [[DATE|date:19/04/2001]]; can you check his plan letter? Also inv [[ID|account:LC-3391]] is still unpaid (over 30 days). Thanks — accounts""",
    """REMITTANCE ADVICE — Payment run [[DATE|date:15-Nov-2024]]
Payee: Ochre Allied Health, ABN 83 798 845 834
Participant                     NDIS no.      Invoice     Amount
[[PERSON|name:GUMBULA, Marcus]]               [[ID|health_plan:431 662 018]]   [[ID|account:TEAH-2290]]   $1,044.72
[[PERSON|name:NAMARNYILK, Rosie]]             [[ID|health_plan:430 390 557]]   [[ID|account:TEAH-2291]]   $688.10
Remote (+40%) and very remote (+50%) loadings applied per price limits.
Services delivered at [[LOCATION|geo:Galiwin'ku]] and [[LOCATION|geo:Ramingining]].""",
    """hey its [[PERSON|name:sophia]] ([[PERSON|name:georgia]]'s mum) — did u get the physio invoice?? they emailed me saying overdue. my new email is [[EMAIL|email:sophia.petrakis77@yahoo.com.au]] thx x""",
    """[[LOCATION|geo:Canberra Speech Clinic]] · Invoice [[ID|account:CSC-11823]] — due 14 days
Client: [[PERSON|name:Ethan Kowalski]]    NDIS [[ID|health_plan:430227618]]
Speech pathologist: [[PERSON|name:Olivia Tran-Bui]] CPSP, Medicare provider no. [[ID|license:034377LW]]
[[DATE|date:05/09/2024]] 15_622_0128_1_3 AAC device setup (TD Snap on Grid Pad 12, serial [[DEVICE|device:GP12-220471-AU]]) 1.5h $290.99
Total $290.99""",
    """QUOTE/INVOICE — Assistive technology — agency-managed
Customer: [[PERSON|name:Dorothy Williams]] · NDIS [[ID|health_plan:431029553]]
Item: Quickie Q700-UP tilt-in-space power chair, serial [[DEVICE|device:QK700-1854422]], delivered [[DATE|date:21 Aug 2024]]
Item number 05_122203211_0103_1_2 — $38,540.00 incl. setup; delivery photo [[ID|photo:delivery_WILLIAMS_D_QK700_1854422.jpg]]""",
    """TAXI SUBSIDY — statement for [[PERSON|name:Bao Nguyen]], [[DATE|date:August 2024]]. MPTP member no. [[ID|other:3318092]]
[[DATE|date:06/08]] 0842 [[LOCATION|geo:Springvale]] -> [[LOCATION|geo:Monash Medical Centre]]  taxi [[VEHICLE|vehicle:1TX 4RG]], driver accreditation [[ID|license:DA 0481273]], $38.20 (member pays $19.10)
[[DATE|date:13/08]] 0850 same trip, taxi [[VEHICLE|vehicle:M12345]], $36.90 (member pays $18.45)""",
]

# ---------------------------------------------------------------------------------------------
# E. SIL/SDA house incident reports and restrictive-practice reports
SIL_INCIDENT_NOTES = [
    """INCIDENT REPORT — SIL house, [[ADDRESS|geo:22 Nardoo Cres, Glenorchy TAS 7010]]
Incident no. [[ID|other:IR-24-0317]]   Date/time: [[DATE|date:Sunday 17 March 2024]], approx 1840
Participant: [[PERSON|name:Callum Jessup]] ([[AGE|other:31]]), NDIS [[ID|health_plan:430 557 102]]
Staff on shift: [[PERSON|name:Priscilla Mbeki]] (SW) and one casual SW. TL on call notified 1900.
What happened: at dinner [[PERSON|name:Callum]] became distressed when a housemate changed the TV channel; he struck his head against the kitchen wall x3 and pushed [[PERSON|name:Priscilla]] (no injury). BSP de-escalation used (headphones, sensory room). Settled by 1915.
Injuries: 2cm haematoma R forehead, ice pack 20 min. Photo: [[ID|photo:CJessup_forehead_17032024.jpg]].
Restrictive practice used: no. PRN diazepam 5mg not given.
Reportable to NDIS Commission? No. Guardian (mother) informed 1950 on [[PHONE|phone:0407 912 634]].""",
    """MONTHLY RESTRICTIVE PRACTICE REPORT — NDIS Commission portal
Participant: [[PERSON|name:Fotini (Tina) Georgiou]]   NDIS number: [[ID|health_plan:431 448 290]]   BSP ref [[ID|other:BSP-2024-1187]]
Reporting period: [[DATE|date:September 2024]]. Provider: Harbourside Supports, registration [[ID|license:4050087512]]. Site: [[ADDRESS|geo:5 Olive St, Brunswick VIC 3056]]
Authorised by the Victorian Senior Practitioner, authorisation [[ID|other:SP-AUTH-77124]], expiry [[DATE|date:31/03/2025]]
| Type | Practice | Uses | Dates |
| Chemical | risperidone 0.5mg PRN (max 1mg/24h) | 3 | [[DATE|date:4/9]], [[DATE|date:11/9]], [[DATE|date:27/9]] |
| Environmental | locked pantry and knife drawer | continuous | per BSP s.6.2 |
| Mechanical | nil | 0 | — |
Prescriber: Dr [[PERSON|name:Anand Raghavan]], prescriber no. [[ID|license:2719304]].""",
    """shift note 0200 — [[PERSON|name:Arlo]] up, asked for his mum, gave warm milk, back to bed 0220. Door alarm ([[DEVICE|device:DS-4410-0238]]) triggered once, false alarm (wind). —OL""",
    """INCIDENT REPORT — [[LOCATION|geo:Inala]] SIL (house code INL-2)
[[DATE|date:14 Jun 2024]] 2215. Participant: [[PERSON|name:Tyrone Blackwell]] ([[AGE|other:22]]), NDIS [[ID|health_plan:430 663 941]]; guardian: Office of the Public Guardian (QLD).
[[PERSON|name:Tyrone]] left on foot after a phone argument with his brother; staff followed at a distance per BSP. He threw a rock that broke the window of a parked car (QLD rego [[VEHICLE|vehicle:123 ABC]]). QPS attended, QPRIME occurrence [[ID|other:QP2400871234]]; police returned him home 2340.
Property damage only; courtesy notification to NDIS Commission, no. [[ID|other:4-3QW7RT1]].""",
    """SDA maintenance + incident log — [[ADDRESS|geo:7 Saltbush Ct, Port Augusta SA 5700]]
[[DATE|date:2024-04-02]] 0910  Ceiling hoist, bed 2, failed mid-transfer; resident lowered manually, no injury. Molift Air 205 S/N [[DEVICE|device:MA205-19-08832]] tagged out.
1130  Technician attended, motor replaced, load test pass 205kg.
[[DATE|date:2024-04-03]] 0800  Entered as [[ID|other:IR-SA-2024-0441]]; family informed by house manager.""",
    """NSW Ambulance attended [[ADDRESS|geo:41 Kurrajong Ave, Dubbo NSW 2830]] at 0315 for [[PERSON|name:Bradley Moss]] ([[AGE|other:44]]), tonic-clonic seizure >5 min. Midazolam 10mg buccal given by SW at 0311 per epilepsy plan. Case no. [[ID|other:NSWA-240822-0087]]. VNS magnet swiped x1, implant serial [[DEVICE|device:VNS-106-042117]].""",
    """participant_name,ndis_no,practice_type,practice,date,start,end,authorised
"[[PERSON|name:Georgiou, Tina]]",[[ID|health_plan:431448290]],environmental,locked pantry,[[DATE|date:2024-09-04]],07:00,21:00,Y
"[[PERSON|name:Jessup, Callum]]",[[ID|health_plan:430557102]],chemical,olanzapine 5mg PRN,[[DATE|date:2024-09-06]],16:40,,N""",
    """5-DAY REPORT — unauthorised use of a regulated restrictive practice
Notification no. [[ID|other:4-8JKD2P6]]
Impacted person: [[PERSON|name:Callum Jessup]], DOB [[DATE|date:11/11/1992]]
On [[DATE|date:6 September 2024]] at 1640 a casual staff member administered olanzapine 5mg PRN, which is not authorised in the BSP nor by the Tasmanian Senior Practitioner. [[PERSON|name:Callum]] slept 5 hours and missed his evening levetiracetam 750mg.
Actions: pharmacist medication reconciliation; staff member stood down from medication duties pending retraining; GP review next day; guardian notified.
Drug safe access is by fingerprint; the log shows template [[ID|biometric:FPT-00418832]] at 1636.""",
    """TL: heads up, [[PERSON|name:Tyrone]] on the 2-person escort for tonight's footy at [[LOCATION|geo:Suncorp Stadium]] — do NOT use the hold unless he's in the road. Record everything in the RP log. Maxi taxi booked for 1730, [[VEHICLE|vehicle:QLD 712 YTX]].""",
    """MISSING PERSON — SIL [[LOCATION|geo:Kalgoorlie]]
[[DATE|date:2024-07-29]] 1505: [[PERSON|name:Darnell Hume]] ([[AGE|other:27]]), 180cm, thin build, black hoodie, red cap, not back from the shop on [[LOCATION|geo:Hannan Street]].
GPS watch (IMEI [[DEVICE|device:354676753451110]]) last ping [[LOCATION|geo:-30.7489, 121.4658]] at 1448.
Police notified 1530, ref [[ID|other:WAPOL-240729-1182]]. Mum driving around in white Hilux [[VEHICLE|vehicle:1HUM 227]].
1712: found at the racecourse, unharmed.""",
]


# ---------------------------------------------------------------------------------------------
# F. Behaviour support plans
BSP_NOTES = [
    """COMPREHENSIVE BEHAVIOUR SUPPORT PLAN
Focus person: [[PERSON|name:Fotini Georgiou]] ("[[PERSON|name:Tina]]")   DOB [[DATE|date:17/06/1988]]   NDIS [[ID|health_plan:431 448 290]]
Lives in a SIL house with 3 housemates. Mother is guardian (VCAT order); brother visits Sundays.
Plan date: [[DATE|date:12 March 2024]]   Review by: [[DATE|date:11 March 2025]]
Specialist behaviour support practitioner: Dr [[PERSON|name:Yasmin Farouk]] (NDIS Commission practitioner ID [[ID|license:BSP-P-0031947]]).
Behaviours of concern: (1) grabbing food from others' plates; (2) hitting own chin with fist, up to 40x/day when distressed; (3) pushing staff.
Functions (FBA: 6 weeks ABC data, MAS, QABF): escape from noisy rooms; access to preferred food; pain (recurrent otitis media, dental caries).
Setting events: poor sleep, menstruation, unfamiliar staff, Lent fasting at the family home.
Proactive: visual schedule; noise-cancelling headphones; snack box at 10am and 3pm; consistent roster.
Reactive: offer headphones, move others away, say "[[PERSON|name:Tina]], walk with me". Do not physically block.
Regulated restrictive practices: chemical (risperidone 0.5mg PRN, max 1mg/24h) and environmental (locked pantry), authorised by the Victorian Senior Practitioner.
Fade-out: unlock pantry between meals if fewer than 3 food-grabs/week for 4 weeks.""",
    """Interim BSP — [[PERSON|name:Darnell Hume]], SIL. Written [[DATE|date:02/08/2024]] by [[PERSON|name:Marcus Ye]] (practitioner ID [[ID|license:BSP-P-0052210]]) after two absconding episodes. Planned shop trips with staff at 1000 and 1500; GPS watch worn with his consent (not a regulated restrictive practice). No RRPs.""",
    """BSP REVIEW MEETING — MINUTES
Date: [[DATE|date:Thursday 10 October 2024]], 2pm, Teams + [[LOCATION|geo:Launceston]] office
Focus person: [[PERSON|name:Callum Jessup]]
Present: mother/guardian, team leader, SW, [[PERSON|name:Anouk de Vries]] (behaviour support practitioner), GP by phone, [[PERSON|name:Callum]] (first 10 min).
1. Data for the last quarter: head-hitting down from 12/wk to 5/wk. Triggers: TV remote disputes, noisy dinners.
2. Unauthorised olanzapine use — report [[ID|other:4-8JKD2P6]] closed by the Commission. Retraining done.
3. Proposed: second TV in his room; dinner at 1730 before housemates; headphones at the table.
4. No regulated RP to be added. Next review in 3 months.""",
    """BSP implementation note [[DATE|date:19/09]]: [[PERSON|name:Tina]] used headphones x2 before lunch, no chin-hitting, ate her own meal. Pantry stayed locked per authorisation. PRN not used. —GC""",
    """BEHAVIOUR SUPPORT PLAN — residential aged care (Quality of Care Principles, Part 4A)
Resident: Mrs [[PERSON|name:Bridget Mary Doyle]], [[AGE|date:93]], Rm 12 Heather wing, [[LOCATION|geo:St Brigid's Home]], [[LOCATION|geo:Toowoomba]]
Diagnoses: Alzheimer's disease with BPSD (CMAI 68; NPI-NH agitation 8), macular degeneration, OA knees.
Behaviours: verbal aggression during showering; calling out "[[PERSON|name:Jack]]!" (late husband) at dusk; hitting out during personal care.
Unmet needs: pain (Abbey 6 during care -> paracetamol 1g TDS), fear of water on face, hearing (R aid only, serial [[DEVICE|device:PH-MK90-4471022]]).
Strategies: shower at 1000 not 0700; female carers only; washcloth over eyes; Irish tenor records; rosary beads in hand.
Restrictive practice: chemical — quetiapine 12.5mg nocte. Informed consent by restrictive practices substitute decision-maker, son [[PERSON|name:Patrick Doyle]], signed [[DATE|date:08/05/2024]].
Dementia Support Australia referral [[ID|other:DSA-2405-88172]]. Review monthly.""",
    """PBS plan — strategy table — [[PERSON|name:Jayden Tuilagi]] ([[AGE|other:15]]), [[LOCATION|geo:Salisbury North]] SA
| Trigger | Early signs | Staff response |
| bus late on [[LOCATION|geo:Waterloo Corner Rd]] | rocking, "bus bus bus" | show the bus app, count down (route 430) |
| Dad ([[PERSON|name:Pita]]) cancels Sunday visit | pacing, ripping paper | offer FaceTime with dad, then trampoline |
| fire drill at school | hands over ears, dropping to floor | headphones, exit via gate 3 with aide |
Seizure action plan separate (Keppra 500mg BD). PBS-Q score 41 -> 33.""",
    """From: [[EMAIL|email:anouk@devriespbs.com.au]]
To: [[EMAIL|email:dana.frew@greenleafsupports.org.au]]
Date: [[DATE|date:25 Oct 2024]] 08:47
Subject: BSP v2.1 lodged

Hi [[PERSON|name:Dana]],
v2.1 is lodged — lodgement ID [[ID|other:BSPL-1093385]]: [[URL|url:https://portal.ndiscommission.gov.au/bsp/lodgement/BSPL-1093385]]
Please make sure every staff member signs the implementation record by [[DATE|date:1/11]].
[[PERSON|name:Anouk]] | Practitioner ID [[ID|license:BSP-P-0048812]] | [[PHONE|phone:0412 660 385]]""",
    """date,time,location,antecedent,behaviour,consequence,staff
[[DATE|date:03/09/2024]],0745,kitchen,housemate took cereal,grabbed bowl,staff offered own bowl,LD
[[DATE|date:03/09/2024]],1330,[[LOCATION|geo:Barkly Square]] food court,loud music,chin-hitting x6,headphones + left area,GC
[[DATE|date:05/09/2024]],1810,dining room,dinner late,pushed staff,PRN risperidone 0.5mg 1825,LD""",
    """PBS summary, [[LOCATION|geo:Cairns]] — [[PERSON|name:Liam Ah Mat]] ([[AGE|other:19]]), Torres Strait Islander; family on [[LOCATION|geo:Thursday Island]].
Containment (locked front gate at night) needs QCAT approval; application lodged, QCAT file [[ID|other:GAA 08812-24]]; short-term approval in place until [[DATE|date:3 October 2024]].
Cultural advisor Uncle [[PERSON|name:Dennis Nona]] helped write the "Island time" routine: Sunday fishing off the jetty, call home to Aka (grandmother) on Fridays.""",
    """RESTRICTIVE PRACTICE CONSENT — psychotropic medication
Resident: [[PERSON|name:KOUTSOUKIS, Panagiotis]]   URN [[ID|mrn:0058812]]   DOB [[DATE|date:29.02.1932]]   Age [[AGE|date:92]]
Medication: risperidone 0.25mg BD for physical aggression (BPSD). Review in 6 weeks, then 3-monthly.
Alternatives tried: Greek radio (3XY), garden walks, 1:1 with lifestyle staff, pain review (Abbey 2).
Consent: daughter (medical treatment decision maker), [[PHONE|phone:03 9568 2271]], verbal consent 1530, witnessed by RN.
Prescriber: Dr [[PERSON|name:Petros Vlahos]], prescriber no. [[ID|license:4418273]].""",
]

# ---------------------------------------------------------------------------------------------
# G. Home care package monthly statements and care-worker visit logs
HCP_EVV_NOTES = [
    """HOME CARE PACKAGE — MONTHLY STATEMENT — [[DATE|date:August 2024]]
Care recipient: [[PERSON|name:Ahmad Saleh]]     Client ID [[ID|account:HC-210447]]     MAC ID [[ID|other:AC31907265]]
[[ADDRESS|geo:19 Quigg St, Lakemba NSW 2195]]
Package level 3 (daily subsidy $93.38)
Opening unspent funds                          $8,214.55
Government subsidy (31 days)                   $2,894.78
Basic daily fee                                 $0.00 (waived — hardship)
Income-tested care fee                          $0.00
Services
  Personal care 6 x 1.5h                                        $666.00
  Domestic assistance 4 x 2h                                    $592.00
  Physiotherapy (home) x1                                       $165.00
  Continence aids (product code 61-4473)                         $96.40
  Care management                                               $289.48
  Package management                                            $144.74
Closing unspent funds                          $9,155.71
Fees, if any, are direct-debited from BSB [[ID|account:112-879]] account [[ID|account:458219330]].""",
    """client_id,client,worker_id,checkin,checkout,gps_in,service
[[ID|account:HC-210447]],[[PERSON|name:SALEH Ahmad]],[[ID|other:W-1182]],[[DATE|date:2024-08-02]] 07:58,[[DATE|date:2024-08-02]] 09:31,"[[LOCATION|geo:-33.9217,151.0762]]",PC
[[ID|account:HC-118903]],[[PERSON|name:HUYNH Lan]],[[ID|other:W-1182]],[[DATE|date:2024-08-02]] 10:05,[[DATE|date:2024-08-02]] 11:02,"[[LOCATION|geo:-33.9380,151.0441]]",DA""",
    """[[DATE|date:2024-10-14T07:02:11+09:30]] CHECKIN visit=[[ID|other:VST-55102]] client=[[ID|account:KTH-00419]] geofence=PASS (48 m)
[[DATE|date:2024-10-14T07:03:40+09:30]] TASK shower_assist done; med_prompt done (Webster — morning blister)
[[DATE|date:2024-10-14T08:01:55+09:30]] NOTE "client says knee sore, told daughter"
[[DATE|date:2024-10-14T08:04:12+09:30]] CHECKOUT duration=62min device=IMEI:[[DEVICE|device:357232879732897]] ip=[[IP|ip:101.177.48.212]]""",
    """DVA VETERANS' HOME CARE — service summary, month ending [[DATE|date:30/09/2024]]
Veteran: [[PERSON|name:Kenneth Jack Dowling]] ("[[PERSON|name:Ken]]"), [[AGE|date:98]], [[LOCATION|geo:Burnie]] TAS   DVA file no. [[ID|health_plan:TX 017745]] (Gold)
Domestic assistance 1.5h fortnightly; home and garden maintenance x1 (gutters, lawn); in-home respite 6h while daughter away for the day.
Veteran co-payment $5.00/hr — paid. Reassessment due in 6 months.""",
    """Subject: Missed visit AGAIN — Mum
From: [[EMAIL|email:kim.vo.family@gmail.com]]
Date: [[DATE|date:Tue, 3 Sep 2024]] 19:22

Hello,
Nobody came to Mum's place at [[ADDRESS|geo:3/41 Buckingham Ave, Springvale VIC 3171]] today for her 8am shower. This is the third time this month. She is [[AGE|date:90]] and has no way to call — her pendant alarm (serial [[DEVICE|device:PA-3G-20719852]]) keeps dropping out. The app says the worker checked in at 8:04 but nobody was here!! Please investigate and credit the package.
[[PERSON|name:Kim Vo]] (daughter, authorised representative)""",
    """Care worker mileage log — [[PERSON|name:Rohan Mehta]] — Toyota Corolla VIC [[VEHICLE|vehicle:1XK 9PD]]
[[DATE|date:02/09]]  [[LOCATION|geo:Noble Park]] -> [[LOCATION|geo:Springvale]] 6.2km -> [[LOCATION|geo:Keysborough]] 5.8km
[[DATE|date:03/09]]  home -> client (visit aborted, GPS shows arrival at wrong unit 3/14) 7.1km
Rate $0.99/km; total 19.1km = $18.91. Licence [[ID|license:049 118 732]] (VIC, full).""",
    """{"visitId":"[[ID|other:EVV-2024-11-07-00318]]","clientRef":"[[ID|account:BEL-77201]]","clientName":"[[PERSON|name:Margaret Flynn]]","worker":{"id":"[[ID|other:EMP-40917]]","faceMatchTemplate":"[[ID|biometric:fm_8c21e0d94b7a]]"},"checkIn":{"ts":"[[DATE|date:2024-11-07T09:00:48+11:00]]","lat":[[LOCATION|geo:-35.2412]],"lng":[[LOCATION|geo:149.0645]],"addr":"[[ADDRESS|geo:12 Chewings St, Scullin ACT 2614]]"},"deviceIp":"[[IP|ip:49.183.22.170]]","services":["PC01","MP02"]}""",
    """CM note [[DATE|date:14/11]]: rang Mrs [[PERSON|name:Flynn]] re new worker — happy, wants Tues instead of Thurs. Level 2 budget ok. —MB""",
    """HOME CARE PACKAGE STATEMENT — [[DATE|date:September 2024]]
Client: [[PERSON|name:Nellie Raymond]]     Client ref [[ID|account:KTH-00419]]     Level 4 (MMM 6 — remote)
Lives at [[LOCATION|geo:Binjari]] community, 16 km from [[LOCATION|geo:Katherine]].
Government subsidy $5,045.10 + remote viability supplement $312.00
Income-tested care fee $0.00 (full pensioner, CRN [[ID|ssn:601 224 918K]])
Personal care, 5 mornings/wk                                    $3,108.00
Transport to renal clinic (return 32 km) x4                      $352.00
Care management $431.00   Package management $215.00
Basic daily fee deducted via Centrepay, customer reference [[ID|account:555 019 472X]]""",
    """HCP EXIT STATEMENT — care recipient deceased
Care recipient: the late [[PERSON|name:Desmond Arthur Pike]], [[AGE|date:95]], formerly of [[ADDRESS|geo:88 Rankin St, Bathurst NSW 2795]]
Date of death: [[DATE|date:2 June 2024]]     Client account [[ID|account:BX-0093341]]
Unspent home care amount, care recipient portion: $1,127.45 — refundable to the estate within 70 days.
Executor contact: [[EMAIL|email:gail.pikenorton@outlook.com]]
Refund paid to BSB [[ID|account:633-000]] account [[ID|account:169842207]] (Estate of [[PERSON|name:D A Pike]]).
With our condolences — Finance, [[PHONE|phone:(02) 6331 7800]]""",
]

# ---------------------------------------------------------------------------------------------
# H. Advance care directives, enduring guardianship and tribunal correspondence
ACD_TRIBUNAL_NOTES = [
    """ADVANCE CARE DIRECTIVE (South Australia) — Part 2: Substitute decision-makers
I, [[PERSON|name:Giovanna Ferraro]], of [[ADDRESS|geo:6 Beulah Rd, Norwood SA 5067]], born [[DATE|date:14 April 1936]], appoint:
  1. [[PERSON|name:Marco Ferraro]] (son) — [[PHONE|phone:0402 337 615]]
  2. [[PERSON|name:Teresa Ianni]] (daughter) — [[EMAIL|email:teresa.ianni@internode.on.net]]
They may act separately.
Part 3: "I do not want to be kept alive on machines. If I no longer know my family I do not want CPR or a feeding tube. Please call the priest from [[LOCATION|geo:St Francis of Assisi Church]] for the last rites."
Interpreter statement: NAATI certified interpreter (Italian), practitioner no. [[ID|license:CPN8K3RT2]].
Witness: Justice of the Peace, JP no. [[ID|license:15082]]. Signed [[DATE|date:20/02/2023]].
Scanned copy on file: [[ID|photo:ACD_Ferraro_G_signed_20022023.pdf]]""",
    """NSW Civil and Administrative Tribunal — Guardianship Division
NOTICE OF HEARING                                   File number: [[ID|other:2024/00318842]]
Person the subject of the application: Mr [[PERSON|name:Abdul Karim Rahimi]]
Applicant: [[PERSON|name:Zahra Rahimi]] (daughter)
Application for: guardianship order; financial management order.
Hearing: [[DATE|date:Tuesday 22 October 2024]] at 10:00am, by telephone. The Tribunal will call you on [[PHONE|phone:0421 556 090]].
Other parties: the manager of the residential aged care facility; the treating GP.
A Dari interpreter has been booked. General enquiries 1300 006 228.""",
    """VCAT — Guardianship List    VCAT reference [[ID|other:G48213/2024]]
ORDER: The Tribunal appoints [[PERSON|name:Anastasia Georgiou]] of [[ADDRESS|geo:17 Pender St, Thornbury VIC 3071]] as limited guardian of [[PERSON|name:Fotini Georgiou]] with power to make decisions about accommodation, access to services, health care and restrictive practices under the NDIS.
Order made [[DATE|date:7 February 2024]]. Reassessment within 3 years.""",
    """Queensland Civil and Administrative Tribunal
Our ref: [[ID|other:GAA 14420-24]]                         [[DATE|date:12 August 2024]]
Ms [[PERSON|name:Charmaine Walker]]
[[ADDRESS|geo:PO Box 1187, Toowoomba QLD 4350]]
Re: [[PERSON|name:Harold Walker]] — application for appointment of guardian and administrator
The hearing is listed for [[DATE|date:04/09/2024]] at 9:30am at the [[LOCATION|geo:Toowoomba Court House]]. Please bring the enduring power of attorney and the geriatrician's capacity assessment (MoCA 11/30).
Registry officer""",
    """APPOINTMENT OF ENDURING GUARDIAN — Guardianship Act 1987 (NSW) s6C
I, [[PERSON|name:NGUYEN Thi Lan]], of [[ADDRESS|geo:22 Cabramatta Rd East, Cabramatta NSW 2166]], appoint [[PERSON|name:Peter Nguyen]] as my enduring guardian.
Functions: to decide where I live; what health care I receive; to consent to medical and dental treatment.
Directions: I want to live near the [[LOCATION|geo:Phuoc Hue Buddhist Temple]] and be cared for by Vietnamese-speaking staff.
Signed on [[DATE|date:14/11/2019]] before a solicitor, practising certificate no. [[ID|license:P0412937]].""",
    """From: [[EMAIL|email:j.okonkwo@publicguardian.nsw.gov.au]]
Subject: RE: consent for PEG insertion — our ref [[ID|other:PG-24-117093]]

The Public Guardian, as guardian of Mr [[PERSON|name:Rahimi]], consents to PEG insertion at [[LOCATION|geo:Westmead Hospital]] (MRN [[ID|mrn:WH01882647]]) on [[DATE|date:Mon 18 Nov]].
Please fax the signed anaesthetic consent to [[PHONE|fax:02 8688 6099]].
[[PERSON|name:Joy Okonkwo]] | Guardian""",
    """ACD sighted [[DATE|date:9/4]] — scanned to file as [[ID|photo:scan_ACD_URN0058812.pdf]]. Not for CPR, not for ICU, yes to oral antibiotics.""",
    """State Administrative Tribunal (WA) — Human Rights stream
Matter [[ID|other:GAA 2887/2024]] — application for guardianship and administration
Represented person: [[PERSON|name:Ronald Jakamarra Brown]], [[AGE|other:71]], of [[LOCATION|geo:Fitzroy Crossing]]
Hearing: [[DATE|date:Wednesday 16 October 2024]], 11am by video. Kriol interpreter booked.
Family: sister [[PERSON|name:Doreen Brown]] ([[PHONE|phone:0458 301 772]]). Family want [[PERSON|name:Ronald]] to stay on country near the river.""",
    """ACT Civil & Administrative Tribunal (ACAT) — Application [[ID|other:GA 24/0781]] — outcome letter
To: Mrs [[PERSON|name:Wendy Okafor-Lang]], [[ADDRESS|geo:Unit 9, 40 Benjamin Way, Belconnen ACT 2617]]
The Tribunal appointed the Public Trustee and Guardian as financial manager for your father, Mr [[PERSON|name:Stanley Wu]] ([[AGE|other:81]]), and appointed you as guardian (health and accommodation). Review hearing in 12 months.""",
    """ADVANCE PERSONAL PLAN (Northern Territory)
Maker: [[PERSON|name:Yolanda Gumbula]]   DOB [[DATE|date:01/07/1949]]   of [[LOCATION|geo:Galiwin'ku]]
Decision maker: daughter, [[PHONE|phone:0889 700 412]]
"When I am finishing up I want to be at home on country with my family, not in [[LOCATION|geo:Royal Darwin Hospital]]. Ceremony must be done properly."
Witness: Aboriginal and Torres Strait Islander Health Practitioner, AHPRA [[ID|license:ATS0001822914]].
Registered copy ref [[ID|other:APP-NT-20931]]; IHI [[ID|health_plan:8003 6038 8974 7896]].""",
]

# ---------------------------------------------------------------------------------------------
# I. Carer Gateway, respite and day-program emails and texts
CARER_NOTES = [
    """Hi [[PERSON|name:Sandra]], it's [[PERSON|name:Kylie]] from Carer Gateway. Your counselling session is on [[DATE|date:Thu 21 Nov]] at 2pm by phone. Reply Y to confirm or call 1800 422 737. Ref [[ID|other:CG-2411-30871]]""",
    """Subject: Emergency respite confirmed
Date: [[DATE|date:28 Nov 2024]]

Hi [[PERSON|name:Elif]],
Your dad [[PERSON|name:Ali Yilmaz]] has a bed at [[LOCATION|geo:Shepparton Villages]] (Rm 8) from [[DATE|date:Friday 6 December]] to [[DATE|date:Friday 13 December]] while you are in hospital for your surgery. Emergency respite is funded through Carer Gateway, so there is no cost to you.
Please pack his Webster pack, glasses, both hearing aids (serials SN [[DEVICE|device:19HA40337]] / SN [[DEVICE|device:19HA40338]]) and his Medicare card — we have [[ID|health_plan:5299 67862 2]] IRN 3 on file.
A volunteer driver will collect him at 10am from [[ADDRESS|geo:14 Welsford St, Shepparton VIC 3630]].
Warm regards, [[PERSON|name:Bronwyn]] — [[PHONE|phone:(03) 5831 2904]]""",
    """[[LOCATION|geo:Moree]] day centre: Aunty [[PERSON|name:Pat]] had a deadly day — bingo, yarning circle, ate all her lunch. Bus drops her home about 3pm. See you [[DATE|date:Thurs 17/10]]! — [[PERSON|name:Kerry-Ann]]""",
    """Subject: Your Carer Gateway coaching session
Dear [[PERSON|name:Deepa]],
Your first coaching session is on [[DATE|date:Monday 9 September 2024]] at 7:30pm (AEST).
Join here: [[URL|url:https://us02web.zoom.us/j/83155029174?pwd=Rk9xV2hQb3VQeUZaTmdsQT09]]
Your client number is [[ID|other:CGW-0512287]]. If someone is unwell right now, call 000; for crisis support call Lifeline 13 11 14.
Booking made from [[IP|ip:110.144.67.203]].""",
    """RESPITE BOOKING FORM — [[LOCATION|geo:Whyalla]] cottage respite
Care recipient: [[PERSON|name:Leonard Kwiatkowski]]   DOB [[DATE|date:07/03/1940]]   Age [[AGE|other:84]]   Language: Polish/English
Medicare [[ID|health_plan:3892 99907 2]] IRN 1   DVA white card [[ID|health_plan:SX291044]]   Pension CRN [[ID|ssn:210 447 093A]]
Carer: wife, [[PHONE|phone:08 8645 2217]]
Dates: [[DATE|date:14/10/2024]] to [[DATE|date:21/10/2024]] (7 nights of 63 respite days; 21 used this year)
Allergies: penicillin (rash). Diet: soft, diabetic. Mobility: 4WW, 1 assist.
Equipment coming with him: bed alarm mat S/N [[DEVICE|device:BA-220-77140]]; CPAP ResMed AirSense 10 S/N [[DEVICE|device:23171540882]].""",
    """[[DATE|date:12/01/24]], 8:14 pm - [[PERSON|name:Nick Karagiannis]]: who's taking yiayia to day program tmrw
[[DATE|date:12/01/24]], 8:16 pm - [[PERSON|name:Effie]]: not me working at [[LOCATION|geo:Westfield Marion]] till 6
[[DATE|date:12/01/24]], 8:20 pm - [[PERSON|name:Nick Karagiannis]]: ok I'll drive her, pick up at 9
[[DATE|date:12/01/24]], 8:21 pm - [[PERSON|name:Effie]]: her CRN is [[ID|ssn:406 118 735K]] if they ask for the carer allowance form. and she turns [[AGE|date:95]] on the [[DATE|date:20th]]!!""",
    """RUN SHEET — Seniors Day Program — [[DATE|date:Mon 16 Sep]] — Bus 2 (Toyota Commuter [[VEHICLE|vehicle:S614BXQ]]), driver licence [[ID|license:UK4829]]
0830  Mrs [[PERSON|name:Karagiannis]] — [[ADDRESS|geo:33 Diagonal Rd, Glengowrie]] — walker, Greek
0845  Mr [[PERSON|name:Tran]] — [[ADDRESS|geo:7/2 Partridge St, Glenelg South]] — wheelchair, hoist lift
0900  [[PERSON|name:Beryl Atkins]] ([[AGE|date:99]]) — oxygen 2L, cylinder checked
Backup car: Hyundai iLoad [[VEHICLE|vehicle:XNU227]].""",
    """Carer Gateway intake — [[DATE|date:2024-06-11]]
Carer: [[PERSON|name:Lorraine Bellamy]] ([[AGE|other:67]]), [[LOCATION|geo:Mildura]] VIC
Caring for husband [[PERSON|name:Doug]] ([[AGE|date:90]]) — Parkinson's disease, Lewy body dementia, recent falls.
Receives Carer Payment and Carer Allowance. Plan: in-home respite 4h/wk; 6 counselling sessions; carer-directed support $1,000 (washing machine). Kessler-10: 31.""",
    """Γεια σου [[PERSON|name:Μαρία]]! Hi [[PERSON|name:Maria]], it's [[PERSON|name:Voula]] from [[LOCATION|geo:Philoxenia House]] respite. Mum is booked in from [[DATE|date:2/10]] to [[DATE|date:16/10]], Rm 4. Please bring her Webster and her Medicare ([[ID|health_plan:5612 08075 1]]). Φιλιά""",
    """Date: [[DATE|date:Mon, 22 Jul 2024]]
Hi [[PERSON|name:Tessa]],
Centrelink finally rang back about my Carer Payment claim for Mum ([[AGE|date:92]]). My CRN is [[ID|ssn:312 908 441C]]. They need the Medical Report (SA332b) from Mum's GP by [[DATE|date:5 August]], plus my tax file number [[ID|ssn:793 048 938]] and bank details (BSB [[ID|account:067-167]], account [[ID|account:10552874]]).
I also set up the voice ID on the phone line — my voiceprint reference is [[ID|biometric:VPR-3381-0042-77]].
Thanks, [[PERSON|name:Marlene]]""",
]

# ---------------------------------------------------------------------------------------------
# J. Falls, pressure injury and medication incident forms; SIRS notices
SIRS_NOTES = [
    """SIRS NOTIFICATION — PRIORITY 1 (within 24 hours)
Notification ID: [[ID|other:SIRS-24-0038817]]     Submitted: [[DATE|date:2024-05-19T16:42:00+10:00]]
Service: [[LOCATION|geo:Mosman Grove Residence]] (RACS ID 2701)
Incident type: unreasonable use of force.   Date of incident: [[DATE|date:19/05/2024]], approx 0715
Impacted resident: [[PERSON|name:Irene Whitcombe]], DOB [[DATE|date:23/12/1930]], [[AGE|date:93]], Rm 27. Medicare [[ID|health_plan:2976 37954 4]] 1.
Subject of allegation: care worker, staff ID [[ID|other:E-30661]], stood down pending investigation.
Description: during morning care the resident reported the worker "grabbed my wrist and shoved me back in the chair". Bruise 4 x 3 cm L wrist, photographed as [[ID|photo:Whitcombe_I_Lwrist_190524_0815.jpg]].
Police notified 0930, event no. [[ID|other:E84402197]]. Son informed 0800, [[PHONE|phone:+61 418 227 504]].""",
    """FALL — [[DATE|date:08/07/2024]] 0410 — Mr [[PERSON|name:William Kearney]] ("[[PERSON|name:Bill]]"), [[AGE|other:85]], Rm 6. Found on ensuite floor, hit occiput; on apixaban -> CT at [[LOCATION|geo:Wagga Wagga Base Hospital]]. CT NAD, returned 1120. Not SIRS-reportable. Riskman [[ID|other:RM-2024-10442]].""",
    """PRESSURE INJURY REPORT — [[LOCATION|geo:Moree MPS]] aged care beds
Resident: Nana [[PERSON|name:Gwen]] ([[PERSON|name:Gwendoline Cutmore]]), [[AGE|other:86]], URN [[ID|mrn:MRE-301877]]
Stage 2 R heel, 2.0 x 1.5 cm, blister deroofed. Acquired during admission to [[LOCATION|geo:Tamworth Hospital]]; not present on transfer-out skin check [[DATE|date:03/06/2024]].
Braden 13, Waterlow 20. Heel offloading boots, Allevyn Heel, reposition 2/24. Pressure mattress S/N [[DEVICE|device:SF-PR-0092871]].
Photos: [[ID|photo:CUTMORE_G_R_heel_12062024_01.jpg]], [[ID|photo:CUTMORE_G_R_heel_12062024_02.jpg]]""",
    """MEDICATION INCIDENT — wrong resident
[[DATE|date:Wed 14/08/2024]], 0800 round. EN gave Mr [[PERSON|name:Peter Lam]] (Rm 15) the morning Webster blister of Mr [[PERSON|name:Peter Lau]] (Rm 16): metoprolol 50mg, perindopril 5mg, sertraline 50mg, Coloxyl with senna. Trolley opened with EN's fingerprint (template [[ID|biometric:FPT-00522190]]). ID photos similar; Mr [[PERSON|name:Lam]]'s photo file [[ID|photo:LAM_P_0041215_idphoto.png]] was out of date.
Mr [[PERSON|name:Lam]] ([[AGE|other:88]]): BP 96/58 at 0900, HR 54; lay flat, fluids, hourly obs x4, recovered by 1300. Mr [[PERSON|name:Lau]] given missed doses at 0930. Pharmacy batch 240812-A re-packed.
SIRS priority 2 lodged (neglect — medication), ref [[ID|other:SIRS-24-0051294]].""",
    """SIRS 30-day follow-up (priority 2) — [[ID|other:SIRS-24-0051294]] — due [[DATE|date:13 September 2024]]
EN completed medication competency reassessment [[DATE|date:22/08/2024]]. Photo audit of all 64 residents completed. Open disclosure held with son. Closed.""",
    """riskman_export.txt
[[ID|other:RM-2024-11801]]|[[DATE|date:2024-09-02]] 06:50|FALL|[[PERSON|name:Ellen MacGregor]]|[[ID|mrn:RES-20091]]|no injury|SAC 4
[[ID|other:RM-2024-11806]]|[[DATE|date:2024-09-02]] 14:12|PRESSURE INJURY|[[PERSON|name:PENROSE H]]|[[ID|mrn:RES-20077]]|stage 2 sacrum|SAC 3
[[ID|other:RM-2024-11820]]|[[DATE|date:2024-09-03]] 21:40|MEDICATION|[[PERSON|name:Ngo Thi Mai]]|[[ID|mrn:RES-20112]]|omitted dose Sinemet|SAC 3""",
    """MEDICATION/DEVICE INCIDENT — insulin pump
Resident: [[PERSON|name:Colin Argent]], [[AGE|other:71]], T1DM since age 12, Rm 40, [[LOCATION|geo:Sandy Bay]]
[[DATE|date:17/03/2024]] 0200: pump (Tandem t:slim X2, S/N [[DEVICE|device:1148876]]) occlusion alarm unanswered ~90 min; BGL 24.3, ketones 1.8. On-call endocrinology advised correction bolus + site change. BGL 11.2 by 0600.
Wife ([[PHONE|phone:03 6225 4019]]) asks that staff carry the pump alarm pager.""",
    """SIRS — UNEXPLAINED ABSENCE — priority 1
Resident: Mr [[PERSON|name:Vinod Pillai]], [[AGE|other:83]], secure dementia unit, [[LOCATION|geo:Bunbury]] WA
Last seen [[DATE|date:27/07/2024]] 1410 in garden; exit via maintenance gate left unlocked by a contractor (van WA [[VEHICLE|vehicle:1FRD 338]]).
GPS tag (IMEI [[DEVICE|device:352939945058371]]) pinged [[LOCATION|geo:-33.3271, 115.6414]] at 1452.
1530 found by a taxi driver at the foreshore — taxi [[VEHICLE|vehicle:BT 215]]. WA Police ref [[ID|other:WAPOL-270724-0931]].""",
    """FALL WITH FRACTURE — [[DATE|date:Sunday 3rd March 2024]]
Resident [[PERSON|name:Ruby Kanakis]], [[AGE|date:102]], Rm 11, found on floor at 0545 — shortened externally rotated L leg. Ambulance Victoria case [[ID|other:AV-24030301447]]. Transferred to [[LOCATION|geo:The Alfred]] (UR [[ID|mrn:A2291847]]), NOF fracture, hemiarthroplasty next day.
Sensor mat present but unplugged. PMAGS 20. Granddaughter informed — [[EMAIL|email:eva.kanakis@me.com]].""",
    """SIRS — INAPPROPRIATE USE OF RESTRICTIVE PRACTICE — priority 2
Notification [[ID|other:SIRS-24-0062231]]   Service: [[LOCATION|geo:Kalgoorlie]] WA
Resident: [[PERSON|name:Margaret Tully]] ("[[PERSON|name:Peg]]"), [[AGE|date:91]], URN [[ID|mrn:KHC-1190]]
On [[DATE|date:2 September 2024]] night staff applied a lap belt to her recliner 2300–0530 and raised both bedrails — not in her behaviour support plan, no informed consent from her substitute decision-maker ([[PHONE|phone:0427 019 552]]).
Red mark across abdomen, no break. Bed alarm S/N [[DEVICE|device:BA-220-80213]] was available but not switched on.
Retraining in SIRS and restrictive practices; the SIRS portal record is at [[URL|url:https://sirs.agedcarequality.gov.au/notifications/SIRS-24-0062231]].""",
]


def main() -> None:
    n = write_styled(
        OUT,
        [
            ("racf-progress-notes", RACF_NOTES),
            ("acat-mac-referrals", ACAT_NOTES),
            ("ndis-plans-agreements", NDIS_PLAN_NOTES),
            ("ndis-invoices-statements", NDIS_INVOICE_NOTES),
            ("sil-sda-incidents", SIL_INCIDENT_NOTES),
            ("behaviour-support-plans", BSP_NOTES),
            ("hcp-statements-evv", HCP_EVV_NOTES),
            ("acd-guardianship-tribunal", ACD_TRIBUNAL_NOTES),
            ("carer-respite-messages", CARER_NOTES),
            ("sirs-incident-forms", SIRS_NOTES),
        ],
    )
    print(f"probe76: {n} docs")


if __name__ == "__main__":
    main()
