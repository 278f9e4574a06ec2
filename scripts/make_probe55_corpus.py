"""Write the 55th hand-annotated redaction probe, 100 notes of Australian and New Zealand community, allied health and mental health care.

Why: care delivered outside the hospital reads differently from a ward or GP note:
crisis-team triage sheets, opioid dosing cards, NDIS invoices from sole-trader support
workers, Webster-pak profiles, remote clinic shift logs, wound-care visit notes and
telehealth logs. These records carry identifiers a hospital note rarely does (NDIS numbers,
skin names, Banned Drinker Register orders, satellite phones, Zoom meeting ids, NPWT pump
serials, NZ NHI and IRD numbers) beside dense clinical shorthand that looks like an identifier
and is not (16/4 mg films, 3/52, 28/40, 6/12 visual acuity, NDIS line items, MBS items). This
probe measures how well the engine finds the former in text it has never seen while leaving
the latter alone.

What: ten styles of ten notes each: community-mental-health-and-crisis-team-notes,
alcohol-and-other-drugs-service-records, ndis-plans-and-support-coordination,
allied-health-notes (physio, OT, speech, dietetics, podiatry),
maternal-and-child-health-and-school-nurse-records,
aboriginal-community-controlled-health-service-notes, remote-area-nursing-and-clinic-logs,
pharmacy-and-dose-administration-aid-records, community-nursing-and-wound-care-visits and
telehealth-and-after-hours-gp-notes. The notes are set in every Australian state and
territory (NSW, VIC, QLD, WA, SA, TAS, NT, ACT) and fifteen are set in New Zealand. All people
are invented. Every identifier is marked inline as [[LABEL|category:value]]. Conventions:
titles (Dr, Mr, Mrs, Ms, Aunty, Uncle, Const.) stay outside a name span; "SURNAME, Given" is
one span; a given name alone, a nickname, initial-plus-surname or a skin name used as a name is
its own span; bare staff initials (RN-JT, "HK" in a table) are not marked. A full street
address (unit to postcode, including Lot, RMB and PO Box forms) is one ADDRESS|geo span.
Towns, suburbs, islands, communities, town camps, stations, rivers, named hospitals, clinics,
services, pharmacies, courts, prisons and schools are LOCATION|geo; a postcode standing alone is
LOCATION|geo. States, territories, NZ regions and countries are not marked, nor are language
groups, iwi or nations (Yorta Yorta, Ngāpuhi, palawa), national or statewide agencies,
programs, airlines and retrieval services (NDIA, Centrelink, ACC, Healthline, Hearing Australia,
Quitline, 13YARN, CaFHS, CHaPS, Canberra Script, RFDS, CareFlight, Airnorth, Air Chathams), national
helplines (13 11 14, 1800 55 1800, 1800 800 110, 0800 611 116) or generic public web sites.
Dates more specific than a year are DATE|date (a weekday with its date is one span; a
weekday alone, "tomorrow", durations such as 3/7, 2/52, 6/12 and product expiry dates are
not); a year alone is not marked unless it is a date of birth. Ages over 89 are AGE|date; the
age of the note's patient (a named child's age in weeks or months included) is AGE|other;
gestations (28/40) and visit schedules ("12 months", "Core Contact 5") are not ages. Phone
PHONE|phone (satellite and 1300 business numbers included), fax PHONE|fax, EMAIL|email,
URL|url, IP|ip. TFN, NZ IRD and Centrelink CRN are ID|ssn. UR/MRN/HRN and a service's client
numbers are ID|mrn. Medicare (the card number only; a trailing IRN such as "/2" stays outside),
IHI, NZ NHI, DVA, NDIS, concession, health fund and travel insurance policy numbers are
ID|health_plan. BSB, account and invoice-to-person numbers are ID|account. AHPRA, Medicare
provider, prescriber, HPI-CPN, MCNZ, pharmacist accreditation and driver licence numbers are
ID|license. Plates VEHICLE|vehicle, device and equipment serials DEVICE|device, fingerprint
template ids ID|biometric, photo files named for a person or an ID ID|photo. Any other unique code
(case, court, order, referral, booking, service booking, claim, passport, register, Rx and
eRx token, portal login, meeting id, sole-trader ABN) is ID|other. Doses, lab values, scores,
MBS items, NDIS line items, times, rooms, batch numbers, key-safe codes, passcodes, money and
percentages are planted unmarked. Check-digit identifiers (Medicare, IHI, TFN, ABN, Medicare
provider numbers, NZ NHI and IRD) pass their checksums.

How: cd /work/main && .venv/bin/python scripts/make_probe55_corpus.py (writes corpus/redaction/probe55.jsonl).
"""

from pathlib import Path

from make_safe_harbor_suite import write_styled

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "corpus" / "redaction" / "probe55.jsonl"

CMH = [
    """CATT TRIAGE - [[LOCATION|geo:Northern Area Mental Health Service]]
Caller: [[PERSON|name:Rhonda Pike]] (mother) ph [[PHONE|phone:0417 662 908]]
Re: [[PERSON|name:PIKE, Jordan Lee]] DOB [[DATE|date:14/09/2001]] UR [[ID|mrn:0881245]]
Address: [[ADDRESS|geo:3/41 Gilbert Rd, Preston VIC 3072]]
Not slept for 3/7, pacing, talking about "the signal in the walls". Ceased olanzapine 10mg nocte approx 2/52 ago. No weapons in house. Mother frightened but not threatened. K10 not obtainable by phone.
Plan: CATT home visit today 1530 with RPN and SW. Triage scale C. Lifeline 13 11 14 given to mother.
Triage clinician: [[PERSON|name:A. Mbeki]] RPN""",
    """ACUTE CARE TEAM HOME VISIT [[DATE|date:Tue 05/03/2024]] 10:40
Client: [[PERSON|name:Tevita Fifita]]  MRN [[ID|mrn:K3390217]]  [[AGE|other:34]]M
Seen at [[ADDRESS|geo:12 Koala Cl, Mount Druitt NSW 2770]], cousin present.
MSE: casually dressed, good eye contact, speech normal rate, mood "tired", affect restricted. No SI/HI. Denies AH today. Insight partial.
Meds: paliperidone LAI 150 mg monthly, next due next week at the depot clinic. Sertraline 100mg mane.
HoNOS 11. K10 24.
Case manager updated by phone. Next ACT review Thurs; discharge to CM if stable.""",
    """ACUTE CARE TEAM - RISK SCREEN
NAME: [[PERSON|name:WARRIMOO, DESMOND]]   URN: [[ID|mrn:1029384]]
DOB: [[DATE|date:02.11.1968]]   SEX: M
ADDR: [[ADDRESS|geo:UNIT 9 88 MULGRAVE RD, WESTCOURT QLD 4870]]
NOK: [[PERSON|name:LORRAINE WARRIMOO]] (SISTER) [[PHONE|phone:07 4051 7732]]
PRESENTING: BIBP FROM A PUBLIC PLACE AFTER THREATS TO JUMP. EEA COMPLETED BY QPS.
RISK TO SELF: HIGH   RISK TO OTHERS: LOW   VULNERABILITY: MOD
AUDIT-C 9. BAC 0.11.
REFERRED TO [[LOCATION|geo:CAIRNS HOSPITAL]] MH ED FOR ASSESSMENT UNDER MHA 2016.
CLINICIAN: CN ON DUTY  2215""",
    """SMS log (team mobile) - client [[PERSON|name:Ashleigh Burrows-Kent]] [[PHONE|phone:0438 115 207]]
[[DATE|date:22/07]] 08:12 client: cant do today, car wont start sorry
08:20 clinician: No worries [[PERSON|name:Ash]] - phone at 11 instead?
08:31 client: yep. new number is [[PHONE|phone:0451 902 336]] btw old one got cut off
11:05 phone review 25 min. Mood 4/10. Sleep 5 hrs. Desvenlafaxine 100mg. DASS-21 D 18 A 12 S 20. Denies SI. Safety plan reviewed, keeps it on the fridge. Has been posting about feeling "done" at [[URL|url:https://www.tiktok.com/@ashbk_.x]] - discussed, agreed to take a break from socials.
Clinician: [[PERSON|name:Kieran O'Donoghue]] CMHN""",
    """[[LOCATION|geo:Eastern Community Mental Health Centre]]
[[ADDRESS|geo:Level 1, 190 Payneham Rd, Evandale SA 5069]] | Fax [[PHONE|fax:08 8362 0199]]

[[DATE|date:8 August 2024]]

To: the treating GP

Dear Doctor,
Re: Ms [[PERSON|name:Farida Nazari]], DOB [[DATE|date:30/01/1987]], UR [[ID|mrn:A774120]]
She was case managed by our team for five months for a major depressive episode with PTSD features. Discharge K10 19 (intake 38). She continues fluoxetine 40 mg mane and prazosin 2 mg nocte, and has 6 sessions remaining under her Mental Health Treatment Plan (MBS 2715).
Yours sincerely,
[[PERSON|name:Dimitra Kalogeropoulos]]
Senior Social Worker""",
    """mh crisis - [[LOCATION|geo:launceston]] CAT. pt [[PERSON|name:brody mcginty]] [[AGE|other:19]]yo, lives w nan [[PERSON|name:joan]] @ [[ADDRESS|geo:7 wentworth st, mowbray tas 7248]]. nan rang 2200 re pt smashing a window. on arrival pt calm, hx ADHD + cannabis ~2g/day. denies si. dexamfetamine 10mg bd (prescribed by paed). plan: nan to ring back if escalates, f/u [[LOCATION|geo:headspace launceston]] intake tomoz 1000. - [[PERSON|name:tash]] (cat rn)""",
    """[[LOCATION|geo:TOP END MENTAL HEALTH]] - COMMUNITY FOLLOW UP
Client: [[PERSON|name:Jacinta Wurramarrba]]  HRN [[ID|mrn:0412993]]
Community: [[LOCATION|geo:Angurugu]] ([[LOCATION|geo:Groote]]). Currently staying in town with aunty.
Seen with AMHW [[PERSON|name:Ricky Mununggurr]] who interpreted. Sleeping better, "no more bad spirit talking". Risperidone 2mg nocte adherent per Webster-pak. Weight 82.4kg, BGL 6.1.
Plan: return flight to community [[DATE|date:Friday 14 June]], Airnorth booking ref [[ID|other:QX7R2M]]. Handover to [[LOCATION|geo:Angurugu Health Centre]] RAN.
[[PERSON|name:M. Falzon]] MHN""",
    """MENTAL HEALTH INTAKE - triage [[DATE|date:03/10/2024]]
Referrer: self, by email from [[EMAIL|email:lucas.ferreira.cbr@gmail.com]]
Name: [[PERSON|name:Lucas Ferreira]]  DOB: [[DATE|date:17/05/1995]]  Medicare: [[ID|health_plan:3429 15893 2]]
Lives: [[ADDRESS|geo:22/5 Eyre St, Kingston ACT 2604]]
On sick leave 3 weeks. PHQ-9 21, GAD-7 17. Passive SI, no plan or intent. Alcohol 4-5 std drinks most nights.
Outcome: Home Treatment Team to see within 24h. GP Dr [[PERSON|name:Mei-Ling Tsang]] notified by fax [[PHONE|fax:(02) 6295 4481]].
Intake worker: duty RN""",
    """Acute Crisis Team - contact record
NHI: [[ID|health_plan:WVF5142]]   Name: [[PERSON|name:TE AWA, Mereana]]
DOB [[DATE|date:11-Mar-1990]]   Iwi: Ngāpuhi
Address: [[ADDRESS|geo:14B Pukeko Place, Glenfield, Auckland 0629]]
Contact: [[PHONE|phone:021 448 9017]] / brother [[PERSON|name:Hemi]] [[PHONE|phone:027 310 5526]]
Seen at [[LOCATION|geo:North Shore Hospital]] ED following quetiapine overdose ~1.2 g. Medically cleared. Whānau hui held with kaumātua present; referred to Kaupapa Māori mental health service.
Follow-up call [[DATE|date:Wed 20/11]]. Clinician [[PERSON|name:Aroha Ngata]] RN; duty psychiatrist informed.""",
    """cmht key worker f/u - [[PERSON|name:sefo]] ([[PERSON|name:Sefo Leota-Aiono]], nhi [[ID|health_plan:dyp7116]]) seen at home [[ADDRESS|geo:3 Rangi St, Porirua 5022]] w mum. mood improving, back at church choir. clozapine 350mg/day, level 420 ug/L, ANC 3.2. bp 118/72. smoking 10/day. next clozapine bloods due [[DATE|date:2 Dec]] at [[LOCATION|geo:Kenepuru Community Hospital]]. - cmhn""",
]

AOD = [
    """OPIOID TREATMENT PROGRAM - DOSING RECORD
Clinic: [[LOCATION|geo:Redfern OTP Clinic]]
Client ID: [[ID|mrn:OTP-20417]]   Name: [[PERSON|name:MARSH, Kylie Anne]]
Authority no.: [[ID|other:NSW-PA-884120]]   Prescriber no. [[ID|license:2245671]]
Fingerprint ID enrolled: [[ID|biometric:FPT-88-40217-R2]]
Date       | Drug      | Dose  | Witness | Takeaway
[[DATE|date:01/07/24]] | methadone | 85 mg | RN-JT   | nil
[[DATE|date:02/07/24]] | methadone | 85 mg | RN-JT   | nil
[[DATE|date:03/07/24]] | methadone | 90 mg | RN-SK   | 1 (Sat)
Comments: dose increase per review, nil sedation at 2h obs. UDS +ve cannabis only.""",
    """AOD Comprehensive Assessment
client_name=[[PERSON|name:Hamish Doyle-Barrett]]
dob=[[DATE|date:1979-08-23]]
urn=[[ID|mrn:ACSO-58821]]
crn=[[ID|ssn:204 551 873K]]
addr=[[ADDRESS|geo:17 Cremorne St, Richmond VIC 3121]]
referrer=[[LOCATION|geo:Melbourne Magistrates' Court]] CISP, case no. [[ID|other:M11984320]]
drug_of_concern=alcohol; secondary=methamphetamine (smoked, 0.2g x3/wk)
audit=27 | sds=9 | k10=31
withdrawal_hx=seizure 2019
goal=residential withdrawal then rehab
notes=prefers [[PERSON|name:Ham]]. Licence cancelled but still driving partner's car [[VEHICLE|vehicle:2HQ7LM]] - risk discussed.""",
    """[[LOCATION|geo:Gold Coast Alcohol and Other Drugs Service]] - progress note
[[DATE|date:Mon 16 Sep 2024]] 14:00-14:50 (individual, face to face)
Client: [[PERSON|name:Niamh Costigan]] (pref. [[PERSON|name:Nee]])  MRN [[ID|mrn:SH00482291]]
Attended with partner. GHB use reduced from daily to 2x/wk. Two near-overdoses, one at a party. Discussed baclofen-assisted inpatient withdrawal.
DASS-21: D 24, A 18, S 26. ATOP completed.
Next appt [[DATE|date:30/09]] 1400, reminder SMS to [[PHONE|phone:0423 781 006]].
AOD Clinician""",
    """From: [[PERSON|name:Tayla Reid]] <[[EMAIL|email:tayla.reid@justice.wa.gov.au]]>
To: AOD intake
Sent: [[DATE|date:Thursday, 10 October 2024]] 9:14 AM
Subject: Referral - [[PERSON|name:Wayne Collard]] DOB [[DATE|date:04/04/1983]]

Hi team, referring him (goes by [[PERSON|name:Wazza]]) for methamphetamine counselling. He is on a Community Based Order, file [[ID|other:CBO/2024/118372]]. Mobile [[PHONE|phone:0408 960 552]], staying at [[ADDRESS|geo:45 Helena St, Midland WA 6056]]. His two kids are in the care of their grandmother.
Happy to discuss - in the office Tue-Thu.
Thanks""",
    """HOME-BASED WITHDRAWAL - DAY 3
Client: [[PERSON|name:Gianluca Ferraro]] [[AGE|other:58]]M  UR [[ID|mrn:DS-4470183]]
Location: [[ADDRESS|geo:8 Tulip Ave, Salisbury SA 5108]]
Support person: wife [[PERSON|name:Rosa]], [[PHONE|phone:0412 077 481]]
CIWA-Ar 0900: 6 ; 1500: 4. BP 146/92 HR 88 T 36.8.
Diazepam 10mg QID day 1-2, now 10mg TDS. Thiamine 100mg TDS. Nil hallucinations, eating small meals.
GP aware (Medicare provider [[ID|license:5539365A]]).
Next visit tomorrow 0930. - AOD RN""",
    """[[LOCATION|geo:Alcohol and Drug Service South]]
To: Pharmacist in charge, [[LOCATION|geo:Glenorchy Plaza Pharmacy]]   Fax [[PHONE|fax:(03) 6273 8821]]
[[DATE|date:25 Nov 2024]]
RE: [[PERSON|name:Shane Thorley]] DOB [[DATE|date:19/12/1976]], pharmacotherapy ID [[ID|other:TAS-OST-09931]]
Please cease buprenorphine/naloxone film 16/4 mg. Commenced long-acting buprenorphine (Buvidal) 128 mg monthly, first dose given in clinic today. Supervised dosing no longer required.
Dr [[PERSON|name:Catriona MacLeod]], Addiction Medicine Specialist. Provider [[ID|license:3184207F]]""",
    """AOD outreach - [[DATE|date:12/02/2025]]
Client [[PERSON|name:Clifford Kngwarreye]] (skin name [[PERSON|name:Kemarre]]) from [[LOCATION|geo:Ltyentye Apurte]] ([[LOCATION|geo:Santa Teresa]]), staying at [[LOCATION|geo:Hidden Valley]] town camp.
BDR: on register, order no. [[ID|other:BDR-0027713]], expires [[DATE|date:12 May 2025]].
AUDIT 31. AST 88, ALT 61, GGT 412. Thiamine 100 mg IMI given.
Wife requests residential rehab in town; waitlist 3 weeks.
Worker: [[PERSON|name:Jodie Ebatarinja]] (AHP)""",
    """ph call 1100 [[DATE|date:6/6]] - [[PERSON|name:Priya Venkataraman]] (client no. [[ID|mrn:AODS 771204]]) rang re missed appt. reports 2/52 abstinent from alcohol, on naltrexone 50mg daily (started 3/52 ago). craving 3/10. working at a cafe in [[LOCATION|geo:Woden]]. rebooked [[DATE|date:13/6]] 1530 w same counsellor. confirmed email [[EMAIL|email:priya.v88@outlook.com]]. - [[PERSON|name:Eleanor Hsu]] (reception)""",
    """Community alcohol and drug service - OST 3-monthly review
Client: [[PERSON|name:Ropata Hēnare]]   NHI: [[ID|health_plan:RAX5706]]
Dispensing pharmacy: [[LOCATION|geo:Unichem Papatoetoe]], takeaways 4/wk.
Methadone 70 mg. UDS negative for opioids x3. Working at a panel beaters in [[LOCATION|geo:Ōtāhuhu]]. Partner expecting, due early in the new year.
Key worker [[PERSON|name:Losa Tuimavave]] ([[PHONE|phone:09 277 1661]] ext 4412). Prescriber reviewed.""",
    """AOD counselling session 6/8 ([[LOCATION|geo:Christchurch]])
client: [[PERSON|name:Brooke Harrington]]  dob [[DATE|date:9.2.1998]]  nhi [[ID|health_plan:SEG9671]]
ird no. for the WINZ hardship form: [[ID|ssn:040-215-115]]
home visit: [[ADDRESS|geo:52 Wairakei Road, Bryndwr, Christchurch 8052]]
synthetic cannabinoid use ~$40/day, down from $80. GAF 55. motivated, attending NA at the church hall on tues.
sister ([[EMAIL|email:courtneyh.nz@xtra.co.nz]]) is support person.
next: [[DATE|date:Thu 21 Nov]] 10am.""",
]

NDIS = [
    """NDIS PARTICIPANT PLAN - SUMMARY
Participant: [[PERSON|name:Oliver Nguyen-Reid]]
NDIS number: [[ID|health_plan:430 912 557]]
Date of birth: [[DATE|date:27 February 2013]]
Plan start: [[DATE|date:15/04/2024]]   Plan end: [[DATE|date:14/04/2025]]
Core supports $28,450.00 | Capacity Building $14,200.00 | Capital $0.00
Primary disability: Autism Spectrum Disorder (Level 2)
Goal 1: "I want to make friends at school"
Nominee: [[PERSON|name:Thi Hoa Nguyen]] (mother)
Information about your plan: www.ndis.gov.au""",
    """Support Coordination - case note
Participant: [[PERSON|name:Beatrice Lumumba]] (NDIS [[ID|health_plan:431 558 204]])
Phone call with OT re AT quote for power wheelchair ($18,900), quote ref [[ID|other:Q-2024-0419]].
Service booking [[ID|other:SB-81127706]] created for $3,400 OT capacity building.
Time 45 min, line item 07_002_0106_8_3 @ $100.14/hr.
Delivery address confirmed: [[ADDRESS|geo:4 Grevillea Way, Sebastopol VIC 3356]]. Follow up NDIA planner re review.""",
    """TAX INVOICE  #[[ID|account:INV-0142]]
[[PERSON|name:Marley Dunn]] - Independent Support Worker   ABN [[ID|other:92 484 156 662]]
Bill to: [[PERSON|name:Kenji Watanabe]] c/- plan manager   NDIS # [[ID|health_plan:430 667 129]]
Date       | Support                    | Item            | Hrs | Rate   | Total
[[DATE|date:03/06/2024]] | Community access           | 04_104_0125_6_1 | 4.0 | $67.56 | $270.24
[[DATE|date:05/06/2024]] | Self care (weekday)        | 01_011_0107_1_1 | 3.0 | $67.56 | $202.68
TOTAL $472.92 (GST free)
Pay to: BSB [[ID|account:064-159]]  Acc [[ID|account:1048 7731]]  Ref [[ID|account:INV-0142]]
Questions: [[EMAIL|email:marleydunn.supports@gmail.com]]""",
    """Support coordinator report for plan reassessment
Participant: [[PERSON|name:Graham Yarran]]  NDIS [[ID|health_plan:431 204 886]]  DOB [[DATE|date:08/08/1971]]
SIL house, [[ADDRESS|geo:19 Kalamunda Rd, South Guildford WA 6055]]; 3 housemates, 1:3 days, active overnight.
Psychosocial disability (schizoaffective disorder). Admissions past 12 months: 2 ([[LOCATION|geo:Bentley Hospital]]).
Informal supports: brother [[PERSON|name:Neville]] visits fortnightly from [[LOCATION|geo:Northam]].
Recommend increase CB Daily Activity by 40 hrs (psychosocial recovery coach).
Author: Support Coordinator (Level 2)""",
    """Service Agreement - signatures
Participant: [[PERSON|name:Ngaire Wilton]]     Representative: [[PERSON|name:Colin Wilton]] (husband)
Provider: [[LOCATION|geo:Fleurieu Community Therapy]]
Agreement period [[DATE|date:1 July 2024]] to [[DATE|date:30 June 2025]]. Cancellation: 7 clear days notice, 100% of fee for short notice.
Signed: [[PERSON|name:C. Wilton]]    Date: [[DATE|date:28/06/2024]]""",
    """Shift notes - [[DATE|date:Sat 19/10]] 0900-1500
Participant: [[PERSON|name:Tamsin]] (SIL, [[LOCATION|geo:Kings Meadows]] house)   Worker: [[PERSON|name:Abdi Hassan]]
0900 Assisted with shower and breakfast. 0800 Webster slot given (lamotrigine 100mg, Movicol 1 sachet) - signed.
1030 Community access: bus to [[LOCATION|geo:Launceston]] library, lunch at Maccas. $14.90 from her wallet, receipt in folder.
1330 Rang mum on [[PHONE|phone:0437 882 015]], happy chat.
1500 Handover to PM staff. Incidents: nil. Behaviours of concern: nil.""",
    """LAC remote community engagement note
Participant: [[PERSON|name:Lionel Martin]], skin name [[PERSON|name:Jupurrurla]], DOB [[DATE|date:1984]]
Community: [[LOCATION|geo:Yuendumu]]   NDIS [[ID|health_plan:430 775 018]]
Met at the old church with interpreter [[PERSON|name:Valerie Napaljarri]]. [[PERSON|name:Lionel]] wants a wheelchair accessible shower and to get to town for the footy carnival.
Plan funds $61,000, utilisation 12%. No registered providers in community; recommend support coordination via [[LOCATION|geo:Yapa Disability Supports]].
TFN for his new job at the store: [[ID|ssn:557 841 810]] (form completed with him).""",
    """NDIA contact log
[[DATE|date:14/08/2024]] 1012 - rang NDIA 1800 800 110, request no. [[ID|other:REQ-0392771]].
Re participant [[PERSON|name:Yasmin Haddad]] (NDIS [[ID|health_plan:431 096 332]]): internal review of decision to decline SDA.
Correspondence to [[EMAIL|email:yas.haddad@icloud.com]] and [[ADDRESS|geo:PO Box 3317, Weston Creek ACT 2611]].
Outcome: review allocated within 60 days. Call 47 min (hold 31 min).""",
    """PLAN MANAGEMENT STATEMENT - [[DATE|date:October 2024]]
Client: [[PERSON|name:Harold Pettigrew]] ([[PERSON|name:Harry]])   Client ID [[ID|mrn:PM-003318]]   NDIS no. [[ID|health_plan:430 218 864]]
[[ADDRESS|geo:11 Coramba Rd, Coffs Harbour NSW 2450]]
Invoices paid:
  [[LOCATION|geo:Coffs Coast Podiatry]]   inv [[ID|account:8823]]   $120.00
  Meals on wheels                          $96.00
  [[PERSON|name:Karen Sly]] (support worker)  inv [[ID|account:KS-2210]]   $540.40
Remaining core budget: $9,422.18 (41%)
Fundraiser for his ute modification: [[URL|url:https://www.gofundme.com/f/harrys-ute-hoist]]""",
    """NASC Needs Assessment - [[LOCATION|geo:Te Tihi NASC Hamilton]]
Person: [[PERSON|name:Anahera Pōmare-Smith]]   NHI [[ID|health_plan:KSB3349]]   DOB [[DATE|date:3/6/2006]]
Address: [[ADDRESS|geo:27 Clarkin Road, Fairfield, Hamilton 3214]]
Allocation: Carer Support 28 days/yr; Individualised Funding $12,400/yr.
Contact: mum [[PHONE|phone:022 617 3390]]""",
]

ALLIED = [
    """PHYSIOTHERAPY - Initial Ax [[DATE|date:04/03/2024]]
Pt: [[PERSON|name:Con Stavrou]] [[AGE|other:67]]M. Ref: Dr [[PERSON|name:Amelia Frost]] (GPMP/TCA, MBS 10960 x5).
S: R knee OA, pain 6/10 stairs, 3/10 rest. Walks 20 min with SPC.
O: ROM R knee 5-110 deg, quads 4/5, TUG 14.2s, 30s STS 8 reps.
A: OA knee with deconditioning; falls risk mod.
P: HEP, hydro at [[LOCATION|geo:Oakleigh Recreation Centre]], r/v 2/52. Private: HCF member [[ID|health_plan:8821 3390]] ref 02, HICAPS claimed.
[[PERSON|name:Hannah Lim]] Physiotherapist  AHPRA [[ID|license:PHY0001847392]]""",
    """OT Home Safety Assessment
Client: [[PERSON|name:Marjorie Ellison]], [[AGE|date:91]]   DVA Gold [[ID|health_plan:NX481227]]
Address: [[ADDRESS|geo:6 Banksia Pde, Toukley NSW 2263]]
Access: 3 steps to front door, no rail. Step-over bath with shower, no grab rails. Toilet height 400mm.
Recs: grab rails x2 (900mm, 45 deg), shower chair, toilet surround, rails both sides of front steps. D904 submitted [[DATE|date:18/07/2024]].
Personal alarm pendant [[DEVICE|device:PA-5521-88714]] tested - working.
Daughter [[PERSON|name:Kim]] ([[PHONE|phone:0418 440 217]]) to be present for installation.
[[PERSON|name:Rashid Karimi]] OT""",
    """SPEECH PATHOLOGY PROGRESS NOTE
Child: [[PERSON|name:Aaliyah Mensah]]   DOB: [[DATE|date:12/10/2019]]   Client #: [[ID|mrn:SP-10442]]
School: [[LOCATION|geo:Logan Reserve State School]] (Prep)
Session 4 of 10 (CDM). Attended with dad.
Targets: final consonants /t, d, k/ in CVC words 62% (baseline 30%). Fronting /k/ to /t/ persists in conversation. CELF-5 CLS 82.
Home program 5 min daily. Teacher Ms [[PERSON|name:Pratt]] emailed at [[EMAIL|email:jpratt23@eq.edu.au]] with classroom strategies.
Next: [[DATE|date:Thu 17 Oct]] 3:30pm""",
    """Dietitian review - [[LOCATION|geo:Port Augusta Community Health Service]]
Name [[PERSON|name:Rhys Pedersen]]   UR [[ID|mrn:PA119046]]
T2DM (HbA1c 9.1%), CKD 3a (eGFR 52), BMI 36.8. Wt 112.4 kg (down 1.6 kg).
Diet hx: 1.25 L Coke/day, now 600 mL; pies at roadhouses (truck driver).
Goals: diet cola, pack lunch 3 days/wk.
Plan: r/v 6/52 by phone. Copy to GP Dr [[PERSON|name:Adebayo]], fax [[PHONE|fax:(08) 8641 9932]].
[[PERSON|name:Freya Holmqvist]] APD""",
    """Podiatry - high risk foot clinic, [[LOCATION|geo:Burnie]]
[[PERSON|name:SMITHERS, Raymond]]  DOB [[DATE|date:24.06.1950]]  Medicare [[ID|health_plan:3597 15408 1]]/2
L hallux ulcer 6x4mm, depth 2mm, granulating, no probe to bone. Monofilament 4/10 L, 7/10 R. ABI L 0.82, R 0.91.
Debrided; Inadine + foam; felt offloading. EPC item 10962. r/v 1/52.
[[PERSON|name:Ella Brandt]] Podiatrist""",
    """OT driver assessment summary
Client [[PERSON|name:Mohammed Al-Rawi]], [[AGE|other:72]]   WA licence [[ID|license:5518832]]
On-road in client's Camry [[VEHICLE|vehicle:1EYT 804]].
Off-road: MMSE 27/30, Trails B 142 s, UFOV risk category 2.
On-road 45 min around [[LOCATION|geo:Joondalup]]: 2 critical errors (failed to give way at roundabout, lane drift).
Recommend conditional licence: daylight only, 20 km radius of home, no freeways.
[[PERSON|name:Philippa Grant]] OT, AHPRA [[ID|license:OCC0002210457]]""",
    """physio outreach [[LOCATION|geo:Wadeye]] [[DATE|date:28/5]]
seen [[PERSON|name:Priscilla Nemarluk]] (HRN [[ID|mrn:0517324]]) at clinic with AHP [[PERSON|name:Theodora]] interpreting (Murrinhpatha).
L CVA 2023. now walks with quad stick ~50m. falls x1 last month.
issued 4WW (serial [[DEVICE|device:W4W-22781]]) from clinic AT store.
HEP taught to sister. r/v next fly-in 6/52.""",
    """SP dysphagia review - home visit, [[ADDRESS|geo:40 Mawson Dr, Mawson ACT 2607]]
Client: [[PERSON|name:Ingrid Sörensen]], [[AGE|date:94]], discharged [[LOCATION|geo:Calvary Public Hospital]] [[DATE|date:09/09/2024]].
IDDSI Level 5 minced & moist, Level 2 mildly thick fluids. Coughing with thin fluids x3.
Continue; HCP provider informed.
[[PERSON|name:Tomasz Wiśniewski]], Speech Pathologist (CPSP)""",
    """Dietitian clinic, [[LOCATION|geo:Thursday Island Primary Health Care Centre]]
Client: Aunty [[PERSON|name:Elsie Nona]] from [[LOCATION|geo:Badu]].
Breastfeeding 6/12 old baby; GDM last pregnancy. Fasting BGL 5.9. Discussed tinned fish vs fresh, cost at the IBIS store ($4.80 a tin).
Follow up by telehealth in 3/12.""",
    """Physiotherapy (ACC) initial consultation
Patient: [[PERSON|name:Liam O'Connell-Tuhiwai]]   NHI [[ID|health_plan:GQP9059]]
ACC45 lodged, claim no. [[ID|other:11024738906]]. Date of injury [[DATE|date:02/09/2024]], rugby tackle, R shoulder.
Anterior instability, apprehension +ve, Beighton 2/9.
Plan: 6 sessions; orthopaedic referral to [[LOCATION|geo:Tauranga Hospital]] if not improving.
Physio: [[PERSON|name:Sarah Whitcombe]] (HPI CPN [[ID|license:31BKMW]])""",
]

MCH = [
    """Maternal & Child Health - [[LOCATION|geo:Wyndham Vale MCH Centre]]
Child: [[PERSON|name:Zara Okafor]]   DOB [[DATE|date:11/01/2024]]   (age [[AGE|other:8 months]])
Mother: [[PERSON|name:Chiamaka Okafor]]   EPDS 7.
Wt 8.1 kg (50th), length 70 cm, HC 43.5 cm. Crawling, babbling. Immunisations up to date.
Discussed iron-rich foods, dental. Next KAS: 12 months.
MCHN ph [[PHONE|phone:(03) 8734 1650]]""",
    """Child & Family Health - Universal Health Home Visit
[[DATE|date:07/05/2024]]   Baby [[PERSON|name:Mateo Silva]], born [[DATE|date:24/04/2024]] at [[LOCATION|geo:Liverpool Hospital]], 39+2, SVD, BW 3.42 kg.
Mum [[PERSON|name:Camila Silva]], [[AGE|other:26]]. EPDS 14 (Q10 score 0). Referred perinatal MH (consented).
Address: [[ADDRESS|geo:9 Memorial Ave, Liverpool NSW 2170]].
Breastfeeding 3-hourly, good attachment. Wt 3.36 kg. SWISH pass both ears. Blue Book given.
CFHN""",
    """SBYHN consultation record - [[LOCATION|geo:Kirwan State High School]]
Student: [[PERSON|name:Sienna Marshall]], Yr 10, [[AGE|other:15]].
Low mood, friendship breakdown, superficial cuts L forearm, last [[DATE|date:Sunday 3 March]].
Assessed as mature minor; declines parent contact at this stage. Safety plan completed.
Warm referral to [[LOCATION|geo:headspace Townsville]], intake [[DATE|date:6/3]] 3:45pm. Kids Helpline 1800 55 1800 given.
Student mobile [[PHONE|phone:0447 902 113]] (consents to SMS).
SBYHN: [[PERSON|name:Kate Ng]]""",
    """SCHOOL ENTRY HEALTH ASSESSMENT
Name: [[PERSON|name:BIN ZAHID, Ayaan]]   DOB: [[DATE|date:15/03/2019]]   School: [[LOCATION|geo:Girrawheen Primary School]]   Room 4
Parent/carer: [[PERSON|name:Nadia Zahid]]   Mobile: [[PHONE|phone:0416 338 950]]
Vision: R 6/9  L 6/12 - REFER optometrist.   Hearing: pass (OAE).
Growth: wt 21.4kg ht 114cm. Caries upper molars - refer Dental Health Services.
PEDS: 1 significant concern (speech). Referred CDS.
School nurse: [[PERSON|name:Monique Bassett]]   Date: [[DATE|date:26/02/2024]]""",
    """CaFHS - Universal Contact Visit
Client: [[PERSON|name:Hugo Brennan-Tait]] (CaFHS ID [[ID|mrn:CF2088412]]), [[AGE|other:6 weeks]]
Mum [[PERSON|name:Lauren Tait]], [[ADDRESS|geo:3/12 Rosetta St, West Croydon SA 5008]].
Unsettled evenings; discussed crying curve and feeding cues. Mum sleeps 4h/night, EPDS 11.
Added to [[LOCATION|geo:Torrens House]] waitlist.
Care plan emailed to [[EMAIL|email:lauren.tait@hotmail.com]].""",
    """CHaPS [[LOCATION|geo:Devonport]] - toddler check
Child: [[PERSON|name:Archie Blackwood]]   DOB [[DATE|date:2 Mar 2023]]   Medicare [[ID|health_plan:2077 91316 3]]   IHI [[ID|health_plan:8003 6048 7333 1135]]
ASQ-3: communication 40 (monitor), gross motor 60, fine motor 50, problem solving 45, personal-social 50.
~10 words. Walking well. Ferritin 9 ug/L; Ferro-Liquid 3 mL daily via GP.
Mum reports 1 L cow's milk/day - advised max 500 mL.
CHN""",
    """Healthy Under 5 Kids check - [[LOCATION|geo:Maningrida Health Centre]]
Child: [[PERSON|name:Kayden Wurrkidj]]   DOB [[DATE|date:30/06/2021]]   HRN [[ID|mrn:0633871]]
Carer: nanna [[PERSON|name:Doreen]] (mum in [[LOCATION|geo:Darwin]] for dialysis)
Hb 104 g/L - start iron. Wt 13.1 kg (z -1.2). Scabies - permethrin for whole household (8 people). R CSOM with perforation.
Referred Hearing Australia outreach. Skin photo [[ID|photo:HRN0633871_skin_01.jpg]] uploaded.
RAN [[PERSON|name:Sally-Anne Cribb]] / AHP [[PERSON|name:Gladys Bununggurr]]""",
    """School Immunisation Program - Year 7, [[DATE|date:12 March 2024]], [[LOCATION|geo:Amaroo School]]
Exceptions:
- [[PERSON|name:Ethan Pham]] (7C): HPV (Gardasil 9) 0.5 mL L deltoid, batch U0123X; dTpa (Boostrix) R deltoid, batch AC37B412AA. Vasovagal post HPV, recovered 10 min. Mum called [[PHONE|phone:0402 667 114]].
- [[PERSON|name:Isla Fitzgerald]]: absent; catch-up [[DATE|date:9/4]].
AIR notified.""",
    """Well Child Tamariki Ora - Core Contact 5
Pēpi: [[PERSON|name:Kahu Rangihuna]]   NHI [[ID|health_plan:UHD4151]]   DOB [[DATE|date:18/08/2024]]
Māmā: [[PERSON|name:Hinewai Rangihuna]], [[ADDRESS|geo:8 Awatea Street, Gisborne 4010]]
Wt 6.2 kg. Exclusively breastfed. Smokefree whare. Wahakura in use. 6wk immunisations given.
Kaiāwhina [[PERSON|name:Pania]] visiting again in 2 wks.
Nurse [[PERSON|name:Georgia McKenzie]] RN, ph [[PHONE|phone:06 867 4412]]""",
    """B4 School Check - [[PERSON|name:Tavita Faleolo]]   nhi [[ID|health_plan:BGR6196]]
DOB [[DATE|date:05.11.2020]]   ECE: [[LOCATION|geo:Māngere Bridge Kindergarten]]
Vision pass (Parr 4m). Tymps B type R - refer. SDQ-P 18 (borderline). Referred Community Oral Health Service.
Caregiver: [[PERSON|name:Fa'aolataga Faleolo]] (grandmother) [[PHONE|phone:+64 21 336 7742]]""",
]

ACCHS = [
    """Aboriginal and Torres Strait Islander Health Check (MBS 715)
Service: [[LOCATION|geo:Walgett Aboriginal Medical Service]]
Client: [[PERSON|name:Darren Kennedy]]   DOB [[DATE|date:16/02/1975]]   Medicare [[ID|health_plan:5375 70874 3]]
Lives at [[LOCATION|geo:Namoi Village]] with partner and 3 kids.
BP 148/94. HbA1c 7.8%. ACR 12.4. Smoker 20/day - Quitline referral. K5 14.
Follow-up items 10987 x10, CTG on scripts.
GP Dr [[PERSON|name:Imogen Walsh]]""",
    """SEWB case note - [[DATE|date:21/06/2024]]
Client: [[PERSON|name:Shannon Atkinson]] (Yorta Yorta), known as [[PERSON|name:Shaz]]. Client ID [[ID|mrn:RUM-88214]].
Yarn at [[LOCATION|geo:Rumbalara]] co-op. Grieving - her uncle passed on [[DATE|date:13 June]]; travelling to [[LOCATION|geo:Cummeragunja]] for sorry business.
Denies self-harm. Has 13YARN (13 92 76).
Follow-up yarn next week with Aunty [[PERSON|name:Bev Murray]].""",
    """[[LOCATION|geo:Palm Island]] - chronic disease yarn and care plan review (721/723)
Name: [[PERSON|name:George Poynter]]   DOB [[DATE|date:07/07/1962]]   IHI [[ID|health_plan:8003 6075 8620 9266]]
eGFR 24, dialysis planning discussed. Fluid restriction 1.5 L. K+ 5.6.
Ferry to [[LOCATION|geo:Townsville University Hospital]] renal Mon/Wed/Fri.
Carer: daughter [[PERSON|name:Marlene]] [[PHONE|phone:0477 221 904]].""",
    """[[LOCATION|geo:Broome Regional Aboriginal Medical Service]] - antenatal
[[PERSON|name:Tiahnee Cox]], [[AGE|other:23]], 28/40 (G2P1). From [[LOCATION|geo:Halls Creek]].
Syphilis: RPR 1:32 - Bicillin L-A 1.8g IM weekly x3, dose 2 of 3 today. Partner treated [[DATE|date:02/09]].
BP 112/70. FH 28cm. FM+.
Staying at [[ADDRESS|geo:14 Dora St, Broome WA 6725]].
Next dose [[DATE|date:Mon 16/9]]. MW review.""",
    """[[LOCATION|geo:Nganampa Health Council]] - [[LOCATION|geo:Pukatja]] clinic
Pt: [[PERSON|name:Tjulkiwa Baker]]   DOB [[DATE|date:01/07/1958]]   Medicare [[ID|health_plan:2933 50695 1]]
RHD - Bicillin q28 days; last given [[DATE|date:03/04]], next due [[DATE|date:01/05]].
INR 2.6 on warfarin 5mg.
Interpreter [[PERSON|name:Mona]] (Pitjantjatjara).""",
    """[[LOCATION|geo:Tasmanian Aboriginal Health Service]] visit to [[LOCATION|geo:truwana]] ([[LOCATION|geo:Cape Barren Island]])
Client: [[PERSON|name:Daniel Maynard]], DOB [[DATE|date:28.01.1988]]
715 + flu vaccine (Vaxigrip Tetra 0.5 mL IM, batch W3D811).
AUDIT-C 6, K10 18. Works on the boat during birding season.
Dental referral to [[LOCATION|geo:Flinders Island Multipurpose Centre]]. Mobile [[PHONE|phone:0458 113 672]].
Seen by AHW""",
    """[[LOCATION|geo:Wurli-Wurlinjang Health Service]], [[LOCATION|geo:Katherine]]
Client [[PERSON|name:Noeleen Lardy]] from [[LOCATION|geo:Barunga]]; family call her [[PERSON|name:Bangardi]].
HbA1c 11.2%. Glargine 34 u nocte. Libre sensor s/n [[DEVICE|device:0M0009K7R4Z]] - reader not syncing, replaced.
Nephew drives her in; troopy rego [[VEHICLE|vehicle:CD27HX]] noted for the carpark pass.""",
    """Prison in-reach - [[LOCATION|geo:Winnunga Nimmityjah Aboriginal Health and Community Services]]
Client [[PERSON|name:Jordan Bell]] at [[LOCATION|geo:Alexander Maconochie Centre]], release date [[DATE|date:18 October 2024]].
Hep C: SVR12 confirmed after Maviret.
Post-release: housing at [[ADDRESS|geo:5/19 Gollan St, Downer ACT 2602]]. Centrelink CRN [[ID|ssn:312 448 901B]] for crisis payment; TFN [[ID|ssn:417 518 568]] for jobactive registration.
Community corrections officer: [[PERSON|name:Michelle Cavanagh]].""",
    """Patient transport log - [[LOCATION|geo:Derbarl Yerrigan Health Service]]   [[DATE|date:Wed 04/12/2024]]
Driver: [[PERSON|name:Roy Ugle]]   Vehicle: Hiace [[VEHICLE|vehicle:1HFM 227]]
Pick up | Client                  | Destination                    | Drop
0745    | [[PERSON|name:Mavis Kickett]]    | [[LOCATION|geo:Royal Perth Hospital]] dialysis  | 0830
0815    | [[PERSON|name:B. Yarran]]        | [[LOCATION|geo:Lions Eye Institute]]           | 0900
1130    | (return, same client)   | home, [[LOCATION|geo:Lockridge]]               | 1215""",
    """[[LOCATION|geo:AMS Redfern]] - referral to [[LOCATION|geo:Sydney Children's Hospital]] ENT
Re: [[PERSON|name:Jayda Munro]]   DOB [[DATE|date:22/09/2017]]
Recurrent AOM, bilateral OME > 3/12, mild conductive loss 35 dB. Speech delay.
Mum: [[PERSON|name:Kristy Munro]] [[PHONE|phone:0433 018 762]] / [[EMAIL|email:kristymunro22@gmail.com]]
Dr [[PERSON|name:Felix Adeyemi]]   Provider No. [[ID|license:6110009F]]""",
]

RAN = [
    """RAN SHIFT LOG - [[LOCATION|geo:Kalkarindji Health Centre]]   [[DATE|date:Sat 11/01/2025]]
0215 call-out: [[PERSON|name:Eugene Morris]] [[AGE|other:41]]M chest pain.
ECG: ST elevation V2-V4. DMO Dr [[PERSON|name:Okeke]] ([[LOCATION|geo:Royal Darwin Hospital]]) consulted 0232; tenecteplase 40 mg IV 0250 per CARPA.
CareFlight tasked 0240, job no. [[ID|other:CF-250111-0088]], wheels down 0610 at the airstrip.
2nd on call notified. Troopy fuel 62 L. Generator checked.""",
    """PHCC [[LOCATION|geo:Mer Island]] ([[LOCATION|geo:Murray Is.]])   [[DATE|date:14-Feb]]
Pt: [[PERSON|name:Ned Passi]] [[AGE|other:56]]M. Fever 39.2, cough, SpO2 91%.
IV ceftriaxone 1g stat after telehealth with SMO Dr [[PERSON|name:Karina Lee]], [[LOCATION|geo:Thursday Island Hospital]].
Medevac declined by pt (wants to stay for tombstone opening); AMA form signed, niece [[PERSON|name:Sissy]] aware.""",
    """[[LOCATION|geo:warakurna]] clinic log
[[DATE|date:3/8]] 1400 - [[PERSON|name:Daphne Ward]] in from [[LOCATION|geo:Tjukurla]]. wound L shin 3x2cm, slough 30%, no cellulitis. cleaned, Intrasite + Melolin.
1530 - [[PERSON|name:Trevor]]'s boy [[PERSON|name:Jasper]], [[AGE|other:4]]yo, skin sores ++, swab taken, Bicillin 450mg IMI.
1700 - pharmacy order faxed to [[PHONE|fax:(08) 8951 7711]].
generator fault reported to maintenance.""",
    """[[LOCATION|geo:Oodnadatta Health Service]] - RN after hours
2140 call from [[PERSON|name:Mick Tulloch]], [[LOCATION|geo:Macumba Station]], on satphone [[PHONE|phone:+8816 3142 7720]].
Station hand [[PERSON|name:Jeremy]] thrown from horse, ?# clavicle, GCS 15. Advised sling and Panadeine Forte x2 from station RFDS medical chest (item 9).
RFDS clinic run Thursday to station airstrip.""",
    """[[LOCATION|geo:King Island Hospital]] - rural NP log [[DATE|date:05/05/2024]]
1. [[PERSON|name:Fergus Hay]], [[AGE|other:78]], dairy farmer at [[LOCATION|geo:Grassy]]. ?SCC L ear, punch bx, path to [[LOCATION|geo:Launceston]].
2. [[PERSON|name:Olive Bramich]], [[AGE|date:93]], INR 3.4 - withhold 1 dose, repeat [[DATE|date:Tues 7/5]].
3. Tourist from Germany (no Medicare): hand laceration, 4 sutures, paid $185, invoice [[ID|account:KIH-24-0571]].""",
    """[[LOCATION|geo:Ti Tree]] clinic - night log
2330 [[PERSON|name:Rodney Stafford]] BIBP, intoxicated, lac forehead 4cm, sutured 5/0 nylon x6. BAC 0.19. Police job no. [[ID|other:NTP-25-0134821]].
0115 baby [[PERSON|name:Grace]], [[AGE|other:3/12]] old, fever 38.6. Discussed with DMO at [[LOCATION|geo:ASH]]; for retrieval to [[LOCATION|geo:Alice Springs Hospital]] in am.""",
    """[[LOCATION|geo:Tibooburra Health Service]] - RN log [[DATE|date:27/12/2024]]
Traveller [[PERSON|name:Yuki Tanabe]] (Japanese national, passport [[ID|other:TK4471902]]) heat exhaustion after breakdown on the track; campervan rego [[VEHICLE|vehicle:CJ88WQ]].
Na 131. IV NaCl 0.9% 1L. Travel insurance policy [[ID|health_plan:TIP-8823301]].
Partner to arrange tow from [[LOCATION|geo:Broken Hill]].""",
    """[[LOCATION|geo:Doomadgee PHCC]] - RAN handover [[DATE|date:16/10]]
Bed 1: [[PERSON|name:Lorna Walden]] [[AGE|other:67]] - cellulitis R leg, IV flucloxacillin 2g Q6H day 2, T 37.4.
Bed 2: [[PERSON|name:Kevin Logan]] - asthma, salbutamol 12 puffs via spacer q20min x3, SpO2 96% RA.
Bed 3: empty.
Clinic emergency line [[PHONE|phone:(07) 4745 8100]] diverted to on-call mobile [[PHONE|phone:0419 711 302]].""",
    """[[LOCATION|geo:Dargo Bush Nursing Centre]] - RIPERN log
[[DATE|date:Saturday 20 January 2024]]: camper [[PERSON|name:Sebastian Korte]] ([[AGE|other:29]]) ?snake bite L ankle at the river; PIB applied by mate. Ambulance Victoria and HEMS tasked, case [[ID|other:AV-240120-1182]]. Asymptomatic. Flown to [[LOCATION|geo:The Alfred]].
Mate's phone [[PHONE|phone:0403 119 725]].""",
    """Rural Nurse Specialist log - [[LOCATION|geo:Chatham Islands Health Centre]]
[[DATE|date:02/10/2024]] [[PERSON|name:Moana Tuuta]]  NHI [[ID|health_plan:LQY0667]]  [[AGE|other:61]]F - hand laceration, ?flexor tendon. Telehealth with [[LOCATION|geo:Wellington Regional Hospital]] plastics.
Air Chathams booking [[ID|other:ACH5T2K]] for tomorrow. ACC45 lodged.""",
]

PHARM = [
    """DOSE ADMINISTRATION AID - PATIENT PROFILE
Pharmacy: [[LOCATION|geo:TerryWhite Chemmart Tweed Heads]]
Patient: [[PERSON|name:CLARKE, Dorothy May]]   DOB: [[DATE|date:09/12/1938]]   Medicare: [[ID|health_plan:6291 17714 4]]
Pensioner Concession Card: [[ID|health_plan:205 118 663X]]
Address: [[ADDRESS|geo:Room 14, Seaview Lodge, 21 Kennedy Dr, Tweed Heads NSW 2485]]
Pack: Webster-pak weekly, 4 slots
| Medication   | Strength | B | L | D | Bed |
| Metformin XR | 1000 mg  | 1 | - | 1 | -   |
| Perindopril  | 5 mg     | 1 | - | - | -   |
| Atorvastatin | 40 mg    | - | - | 1 | -   |
| Donepezil    | 10 mg    | - | - | - | 1   |
Prescriber: Dr [[PERSON|name:Vo Thanh Hai]] ([[ID|license:0534271K]])
Packed: [[PERSON|name:S. Alameddine]]   Checked: TG""",
    """DISPENSING LABEL (reprint)
Rx [[ID|other:2218849]]   [[DATE|date:14/02/24]]
ENDONE 5MG TABLETS   #20
Take ONE tablet every 4-6 hours when required for pain. Max 6 per day.
MR [[PERSON|name:PETER KOSTOPOULOS]]      Dr [[PERSON|name:J BHATTACHARYA]]
[[LOCATION|geo:Coburg Amcal Pharmacy]] [[ADDRESS|geo:402 Sydney Rd, Coburg VIC 3058]] [[PHONE|phone:03 9386 2214]]
eScript: [[URL|url:https://ausscripts.erx.com.au/scripts/2K7QG3ZW4HX8MN5P1T]]""",
    """HOME MEDICINES REVIEW - report to GP
Accredited pharmacist: [[PERSON|name:Ngozi Eze]] (AACP [[ID|license:2241]])
Patient: [[PERSON|name:Reginald Fenwick]]   DOB [[DATE|date:31/03/1944]]   Interview at home [[DATE|date:2 August 2024]]
GP: Dr [[PERSON|name:Olga Petrenko]]
1. OTC ibuprofen 400mg tds with perindopril + frusemide ("triple whammy"), eGFR 41 - recommend cease.
2. Oxybutynin 5mg bd with donepezil (ACB 3) - consider mirabegron 50mg.
3. Vitamin D 25 nmol/L - cholecalciferol 1000 IU daily.
GP to claim MBS 900.""",
    """Pharmacy ODT dosing card - [[LOCATION|geo:Mandurah Forum Pharmacy]]
Client: [[PERSON|name:Jesse Tilbrook]]   Photo ID: [[ID|photo:tilbrook_j_odt_photo.jpg]]   Face template: [[ID|biometric:FT-MFP-20931]]
CPOP no. [[ID|other:WA-CPOP-118340]]   Prescriber Dr [[PERSON|name:Hussain]]
Suboxone film 12/3 mg daily, supervised. Takeaways Sat/Sun.
Missed [[DATE|date:19/03]] and [[DATE|date:20/03]] - 2 missed, dose OK. 3 missed: contact prescriber.
Dosing fee $35/wk, owing $70.""",
    """Pharmacist Immunisation Record
Client: [[PERSON|name:Anjali Deshmukh]]   DOB [[DATE|date:04-06-1990]]   Medicare [[ID|health_plan:3638 09931 3]] IRN 2
Vaxigrip Tetra 0.5 mL IM L deltoid, batch X3B612, exp 06/2025.
Screening: not pregnant, no previous reaction. Observed 15 min.
AIR uploaded [[DATE|date:18/04/2024]] 11:42.
Pharmacist: [[PERSON|name:Luke Zammit]]  AHPRA [[ID|license:PHA0001734529]]""",
    """FAX   To: [[LOCATION|geo:Kingston Pharmacy]]   Fax: [[PHONE|fax:03 6229 8810]]
From: GP   Date: [[DATE|date:O5.12.2O24]]   Pages: 1 of 1
Re: [[PERSON|name:BRUCE LAVENDER]]   D0B: [[DATE|date:11/11/l947]]
Please change Webster-pak: CEASE amlodipine 10mg. START lercanidipine 10 mg mane.
Warfarin now 4mg Mon/Wed/Fri, 3mg other days - pack separately.
Dr [[PERSON|name:Siobhan Ferris]]   Prov [[ID|license:2593128W]]""",
    """s100 RAAHS imprest order - [[LOCATION|geo:Papunya]] clinic, [[DATE|date:Feb 2025]]
amoxicillin 500mg caps x100; Bicillin L-A 1.2MU x20; salbutamol MDI x30; ceftriaxone 1g x20.
Separate: clozapine 100mg for [[PERSON|name:T. Brown]] (HRN [[ID|mrn:0722815]]), supervised dosing.
Ordered: RAN [[PERSON|name:Heidi Strachan]]   Pharmacist check: hub pharmacy""",
    """Clinical intervention - [[LOCATION|geo:Capital Chemist Charnwood]]   [[DATE|date:29/08/2024]]
Patient [[PERSON|name:Xu Mingyu]], [[AGE|other:46]]F, script from telehealth GP for paracetamol/codeine 500/30 #20. Canberra Script: 4 codeine scripts from 3 prescribers in 6 weeks.
Discussed with prescriber Dr [[PERSON|name:Amal Farouk]] on [[PHONE|phone:1300 732 118]]. Not supplied. Referred to GP and AOD service.
IHI on script [[ID|health_plan:8003608798113510]].""",
    """LTC registration - [[LOCATION|geo:Life Pharmacy Palmerston North]]
Patient: [[PERSON|name:Ihaia Tamihana]]   NHI [[ID|health_plan:UMB7883]]   DOB [[DATE|date:13/04/1956]]
Blister pack (7-day), 4 times daily: metformin 500mg 2 bd, cilazapril 2.5mg mane, allopurinol 300mg mane. Colchicine PRN not packed.
Prescriber: Dr [[PERSON|name:Fiona Chadwick]] (HPI CPN [[ID|license:12QJTL]]), [[LOCATION|geo:Kauri Health Centre]]""",
    """CONTROLLED DRUG REGISTER - Methylphenidate ER 36mg
Date     | In/Out | Patient / Supplier | Prescriber | Qty | Bal | Pharm
[[DATE|date:04/06/24]] | In  | Wholesaler inv 88213 | - | 30 | 112 | KL
[[DATE|date:05/06/24]] | Out | [[PERSON|name:Noah Brightwater]], [[ADDRESS|geo:22 Rimu Street, Riccarton, Christchurch 8041]] | Dr [[PERSON|name:A. Sandhu]] | 30 | 82 | KL
[[DATE|date:07/06/24]] | Out | [[PERSON|name:Mele Taufa]], [[ADDRESS|geo:5/18 Aorangi Road, Bryndwr, Christchurch 8053]] | Dr [[PERSON|name:P. Kaur-Brar]] | 60 | 22 | RW""",
]

CNURSE = [
    """Visit [[DATE|date:Mon 12/08/2024]] 0915 - client [[PERSON|name:Stanislaw Nowak]] ([[AGE|other:84]]), [[ADDRESS|geo:27 Elder St, Watsonia VIC 3087]]. Key safe code 1948.
VLU L gaiter 4.2 x 3.1 cm, 80% granulation / 20% slough, mod serous exudate, peri-wound macerated.
Cleanse NaCl, Acticoat Flex 3, ABD pad, 2-layer compression (Coban 2). ABPI 0.92 (Doppler [[DATE|date:20/07]]).
Photo [[ID|photo:WND_Nowak_S_LLeg_20240812.jpg]] uploaded.
Next visit Thurs. RN [[PERSON|name:Paloma Ruiz]]""",
    """Community Nursing - NPWT check
Pt: [[PERSON|name:Blessing Adeyinka]]   MRN [[ID|mrn:24-881304]]
Dehisced LSCS wound (op [[DATE|date:2/4]]). NPWT unit serial [[DEVICE|device:VUSL91022]] at -125 mmHg continuous. Canister changed (120 mL serosanguinous). Dressing 3x weekly.
Baby well, breastfeeding. Husband [[PERSON|name:Tunde]] home until [[DATE|date:20 April]].
[[ADDRESS|geo:31 Anzac Pde, Campbelltown NSW 2560]]
RN, [[LOCATION|geo:Macarthur Community Health]]""",
    """Palliative home visit - [[LOCATION|geo:Toowoomba]] community nursing
[[PERSON|name:Beryl Ashcroft]], [[AGE|date:92]], metastatic breast ca. Phase deteriorating, AKPS 30.
Niki T34 [[DEVICE|device:T34-0912877]]: morphine 20mg + midazolam 10mg /24h, 0.21 mL/h. Site L chest, clean.
Breakthrough morphine 2.5mg s/c x2 in 24h.
Son [[PERSON|name:Geoffrey]] staying. Discussed signs of dying. ARP on fridge.""",
    """Community nursing visit - [[DATE|date:9 Jan 2025]]
Client: [[PERSON|name:Kerry Gallagher]] ([[ID|mrn:CN00719931]]), [[ADDRESS|geo:Lot 12 Wandoo Rd, Gidgegannup WA 6083]]
New ileostomy - stoma teaching. SenSura Mio 2-piece 50mm. Output 900 mL/day. Peristomal skin intact.
Stomal therapy nurse [[PERSON|name:Li Na Chow]] joining next visit. Supplier enrolment [[ID|other:CPC-4410982]].
Husband home after 1700.""",
    """Insulin administration record - [[PERSON|name:Vasiliki Georgiou]]   UR [[ID|mrn:CN-5502118]]
[[ADDRESS|geo:7 Marian Rd, Firle SA 5070]]
Date  | Time | BGL  | NovoMix 30 | Site   | RN
[[DATE|date:01/10]] | 0800 | 11.4 | 24 u | abdo L | HK
[[DATE|date:02/10]] | 0805 | 9.8  | 24 u | abdo R | HK
[[DATE|date:03/10]] | 0750 | 4.1  | HELD - hypo protocol, 15g glucose, recheck 6.2 | - | MP
GP Dr [[PERSON|name:Arun Pillai]] phoned on [[PHONE|phone:(08) 8332 5521]]: dose reduced to 20 u.
DVA White card [[ID|health_plan:SX229817]].""",
    """District nursing - [[LOCATION|geo:Huonville]] - [[DATE|date:Thu 14 Nov]]
[[PERSON|name:Alistair Cruickshank]], [[AGE|other:88]]: SPC change (16Fr, 10 mL balloon). Last change [[DATE|date:17/10]]. Draining clear.
Wife [[PERSON|name:Moira]] has dementia; respite at [[LOCATION|geo:Huon Eldercare]] booked [[DATE|date:25/11]] to [[DATE|date:2/12]].
Next SPC change 4/52.""",
    """Community care centre
Client [[PERSON|name:Ernesto Dela Cruz]], [[AGE|other:59]]: DFU post R 2nd toe amputation [[DATE|date:August 2024]]. Lives [[ADDRESS|geo:8/22 Progress Dr, Nightcliff NT 0810]].
Wound 1.8 x 1.0 x 0.4 cm. Offloading boot. Swab MRSA+; doxycycline 100mg bd via GP.
Interpreter (Tagalog) via TIS. Daughter [[PERSON|name:Maricel]] [[EMAIL|email:maricel.dc@yahoo.com]].
Wound images portal: [[URL|url:https://wounds.tecare.net.au/case/7731204]]""",
    """Community Nursing - PICC care [[DATE|date:23/09/2024]]
Pt: [[PERSON|name:Connor McAlister]], [[ADDRESS|geo:15 Bindubi St, Macquarie ACT 2614]]
IV ertapenem 1g daily via PICC R basilic (inserted [[DATE|date:12/09]], external length 2 cm, arm circ 27 cm). Flushed 10 mL NaCl. Tegaderm CHG changed.
OPAT: [[LOCATION|geo:Canberra Hospital]] ID unit. Planned end [[DATE|date:03/10/2024]].""",
    """DISTRICT NURSING - [[LOCATION|geo:Whanganui]]
Patient: [[PERSON|name:Doris Pukepuke]]   NHI [[ID|health_plan:QHC9447]]   [[AGE|date:96]]
Address: [[ADDRESS|geo:42 Gonville Avenue, Gonville, Whanganui 4501]]
Pressure injury sacrum stage 3, 3 x 2.5 cm. Allevyn Life 15cm, change 3-daily. Air mattress [[DEVICE|device:AM-NZ-77129]] alarming - replaced.
Moko [[PERSON|name:Wiremu]] [[PHONE|phone:027 482 9910]].""",
    """dn visit [[DATE|date:15/7]] - mr [[PERSON|name:hamish gillespie]], [[ADDRESS|geo:3 cargill st, dunedin 9016]]. leg ulcers bilat, 4-layer compression (Profore), ABPI r 1.0 l 0.95. exudate ++, strikethrough. increase to 2x/wk. vascular clinic [[LOCATION|geo:dunedin hospital]] [[DATE|date:29/7]] 1015, shuttle booked ref [[ID|other:SJ-448213]]. - [[PERSON|name:anna k]]""",
]

TELE = [
    """AFTER HOURS HOME VISIT - [[DATE|date:Sun 18/02/2024]] 2140
Patient: [[PERSON|name:Wilhelmina Van der Berg]]   DOB [[DATE|date:06/06/1931]] ([[AGE|date:92]])
[[ADDRESS|geo:Unit 3, 14-16 Pacific Hwy, Wahroonga NSW 2076]]   Medicare [[ID|health_plan:4553 45338 2]] / 1
Dysuria, confusion 1/7. T 38.1, HR 104, BP 108/64. Nitrites +, leuk +++.
UTI with delirium: cefalexin 500 mg QID 5/7, first dose given. MSU sent.
Item 5023. Letter to usual GP.
Attending doctor, provider no. [[ID|license:4750884T]]""",
    """Telehealth consult (video) [[DATE|date:11/04/2024]] 10:20-10:38
Link: [[URL|url:https://vcc.healthdirect.org.au/clinic/ballarat-gp/room/rm-48812]]
Connected from [[IP|ip:120.148.77.203]], audio dropped x2.
Pt: [[PERSON|name:Yusra Abdi]], [[AGE|other:31]]. ID confirmed by name + DOB [[DATE|date:2/12/1992]].
3/7 sore throat, no cough, T 38.0, Centor 3. Phenoxymethylpenicillin 500 mg bd 10/7, eScript to [[PHONE|phone:0434 776 102]].
MBS 91800. 2-day certificate emailed to [[EMAIL|email:yusra.abdi@live.com.au]].
Dr [[PERSON|name:Claire Dumont]]""",
    """After-hours GP phone consult [[DATE|date:Sat 27 Jul 2024]] 19:05
Caller: [[PERSON|name:Brendan Kowalski]] (father) re [[PERSON|name:Milla Kowalski]], [[AGE|other:4]]yo.
Fever 2/7, max 39.4, drinking ok, 4 wet nappies today, no rash, alert.
Paracetamol 15 mg/kg (17 kg = 255 mg). Return precautions; ED ([[LOCATION|geo:Gold Coast University Hospital]]) if rash, drowsy or not drinking.
Callback [[PHONE|phone:0414 229 867]]. Dr [[PERSON|name:Oren Feldman]]""",
    """Telepsychiatry review - [[LOCATION|geo:Kalgoorlie Community Mental Health]] to [[LOCATION|geo:Perth]]
[[DATE|date:20-08-2024]], Zoom meeting ID [[ID|other:871 4402 9915]], passcode 448120
Patient: [[PERSON|name:Darcy Whitehurst]], [[AGE|other:27]]. Lithium 750 mg nocte, level 0.7 mmol/L ([[DATE|date:15/08]]). TSH 3.1.
Mood stable. FIFO 2/1 roster.
Plan: continue, next telehealth 3/12.
Dr [[PERSON|name:Elena Marchetti]], consultant psychiatrist; local clinician present.""",
    """After-hours telehealth to RACF - [[LOCATION|geo:Regency Green Aged Care]]
Resident: [[PERSON|name:Maude Fitzsimmons]], [[AGE|date:98]], Room 22B.
RN on duty: unwitnessed fall 2215, found beside bed. Neuro obs stable. Not anticoagulated. No shortening/rotation, weight bears with 2 assist.
Plan: neuro obs 4/24, usual GP to review in am. Son [[PERSON|name:Laurence]] informed on [[PHONE|phone:0419 882 130]].
Dr [[PERSON|name:Hamid Rezaei]]. Note faxed to [[PHONE|fax:(08) 8252 7745]].""",
    """Patient portal thread - [[LOCATION|geo:Sandy Bay Medical]]
[[DATE|date:03/03/2025]] 07:14 from [[EMAIL|email:c.fraserhunt@protonmail.com]] (login [[ID|other:cfhunt96]], IP [[IP|ip:2403:5800:7f12:aa00::1c]])
"Hi Dr [[PERSON|name:Okafor]], can I get my sertraline 50 repeated? Run out Thursday. Thanks, [[PERSON|name:Callum]]"
[[DATE|date:03/03/2025]] 09:40 reply: eScript sent to your mobile. Please book a review (last review [[DATE|date:Sept 2024]]).""",
    """Telehealth - RHD clinic, [[LOCATION|geo:Tennant Creek Hospital]] to [[LOCATION|geo:Royal Darwin Hospital]]
Pt: [[PERSON|name:Shakira Nampijinpa Holt]], [[AGE|other:17]]F, severe RHD (MR), Bicillin q28d, adherence 75% past 12 months.
Echo: LVEDD 58mm, EF 55%.
Surgical referral to [[LOCATION|geo:Adelaide]] discussed; wants to wait until after Year 11. Escort: aunty [[PERSON|name:Lena Holt]].
RHD register [[ID|other:RHD-NT-004412]].
Dr [[PERSON|name:Wei Zhang]] (cardiology)""",
    """After-hours GP clinic, [[LOCATION|geo:Belconnen]] - [[DATE|date:24/12/2024]] 22:50
[[PERSON|name:Haruka Mori]], [[AGE|other:38]]: reaction to prawns at work Christmas party. Urticaria, lip swelling, no stridor. BP 122/80, SpO2 99%.
Loratadine 10 mg, prednisolone 50 mg stat (3/7 course). Observed 1h. EpiPen 300mcg script; ASCIA action plan given.
Dr [[PERSON|name:Patrick Oyelaran]]""",
    """Virtual consult (video) [[DATE|date:Tues 9 July 2024]]
Patient: [[PERSON|name:Ana Lemalu]]   NHI [[ID|health_plan:AZL2944]]
At home; enrolled at [[LOCATION|geo:East Tāmaki Healthcare]].
Contact [[PHONE|phone:022 419 6630]]; portal user [[ID|other:ana.lemalu90]]. Joined via [[URL|url:https://meet.etamaki-health.co.nz/v/8Q2K-77LM]] from [[IP|ip:125.239.44.18]].
Gout L 1st MTP 3/7. Prednisone 40mg 5/7; allopurinol 100mg after flare, titrate. Urate 0.58 mmol/L.
Dr [[PERSON|name:Sina Tuilagi]], MCNZ [[ID|license:54821]]""",
    """URGENT CARE - [[LOCATION|geo:Te Awamutu]] after hours
Healthline (0800 611 116) referral ref [[ID|other:HL-2024-8817220]].
[[PERSON|name:Jack Bidois]], DOB [[DATE|date:22/01/2015]], NHI [[ID|health_plan:KRT9323]]
Fell off trampoline: L wrist buckle fracture distal radius on x-ray. Backslab; fracture clinic at [[LOCATION|geo:Waikato Hospital]]. ACC45 claim [[ID|other:11026601457]].
Mum [[PERSON|name:Stacey]] [[PHONE|phone:07 871 4430]].""",
]


def main() -> None:
    styles = [
        ("community-mental-health-and-crisis-team-notes", CMH),
        ("alcohol-and-other-drugs-service-records", AOD),
        ("ndis-plans-and-support-coordination", NDIS),
        ("allied-health-notes", ALLIED),
        ("maternal-and-child-health-and-school-nurse-records", MCH),
        ("aboriginal-community-controlled-health-service-notes", ACCHS),
        ("remote-area-nursing-and-clinic-logs", RAN),
        ("pharmacy-and-dose-administration-aid-records", PHARM),
        ("community-nursing-and-wound-care-visits", CNURSE),
        ("telehealth-and-after-hours-gp-notes", TELE),
    ]
    print(f"probe55: {write_styled(OUT, styles)} docs")


if __name__ == "__main__":
    main()
