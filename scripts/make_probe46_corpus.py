"""Write the 46th hand-annotated redaction probe, 100 notes from justice and welfare services.

Why: the paperwork around vulnerable people -- court reports, child protection intakes, police
liaison, forensic and guardianship files, disability plans, housing and welfare letters,
interpreter bookings and complaints -- puts many people in one note (parents, children, workers,
officers, lawyers, interpreters) and mixes identifiers from courts, police and benefit agencies
with health ones; the engine must catch them all without eating the clinical and legal numbers.

What: ten styles of 10 notes (court-report, child-protection-notification, police-liaison-note,
forensic-mental-health, guardianship-tribunal, disability-support-plan, housing-support-case-note,
welfare-agency-letter, interpreter-booking, patient-complaint-file); locales Australia 50, New
Zealand 15, United Kingdom 15, United States 20. Labelling: titles stay outside name spans;
nicknames and initials are PERSON and login usernames ID|other; a full
street address is one ADDRESS|geo span; facilities, suburbs, counties and street corners are
LOCATION|geo; states and countries alone are unmarked; Centrelink CRNs, court, police event, case
and booking numbers are ID|other; Medicare, IHI, NDIS, NHI, NHS, DVA, Medicaid numbers are
ID|health_plan; TFN, IRD, NINO and SSN (also last four) are ID|ssn; AHPRA, NAATI, GMC, NPI and
similar are ID|license; voiceprint, iris and livescan references are ID|biometric. Doses, scores,
bed/ward numbers, legislation sections, money, gestations and durations are left unmarked.

How: cd /work/main && .venv/bin/python scripts/make_probe46_corpus.py
(writes corpus/redaction/probe46.jsonl).
"""
# ruff: noqa: RUF001

from pathlib import Path

from make_safe_harbor_suite import write_styled

OUT = Path(__file__).resolve().parents[1] / "corpus" / "redaction" / "probe46.jsonl"

COURT_REPORT = [
    """CHILDREN'S COURT OF VICTORIA - FAMILY DIVISION
Court report (Protection Application by Emergency Care)
Child: [[PERSON|name:Kayden Rhys MOORE]] (known as "[[PERSON|name:KD]]"), DOB [[DATE|date:04/11/2016]], aged [[AGE|other:7]]
Author: [[PERSON|name:Mia Tran]], Child Protection Practitioner (CPP4), ph [[PHONE|phone:0438 771 902]]
Recommendation: Interim Accommodation Order s 262, 8 weeks, conditions 1-14 as attached.""",
    """[[LOCATION|geo:Parramatta]] Children's Court -- Care file [[ID|other:2023/00418762]]
re: [[PERSON|name:Destiny]] and [[PERSON|name:Faith KOROI]] (twins, DOB [[DATE|date:19-06-2019]], age [[AGE|other:4]])
Casework Mgr [[PERSON|name:Rebecca (Bec) Oyelaran]] -- fax [[PHONE|fax:02 9633 8101]]
Next mention [[DATE|date:3/4/2024]] @ 10am. Girls' Medicare [[ID|health_plan:2609 93823 5]] IRN 3 & 4.""",
    """Court report prepared for the Magistrates Court of Tasmania (Youth Justice), [[LOCATION|geo:Launceston]] registry.
Matter: Police v [[PERSON|name:Jai Summers]] ([[AGE|other:15]]), complaint [[ID|other:LN 2291/24]]. Defendant lives with his aunt
[[PERSON|name:Robyn Hill]] at [[ADDRESS|geo:22 Invermay Road, Invermay TAS 7248]] since [[DATE|date:Jan 2024]]. He was arrested
[[DATE|date:Friday 8 March]] after taking his aunt's car, a white Corolla reg [[VEHICLE|vehicle:G42 JX]], and driving it to [[LOCATION|geo:George Town]].
Report writer: [[PERSON|name:Sam Goodwin]], Youth Justice Worker. [[LOCATION|geo:Brooks High School]] reports 61%
attendance for term 1. No prior convictions. Bail conditions: curfew 8pm-6am.""",
    """FEDERAL CIRCUIT AND FAMILY COURT OF AUSTRALIA (Division 1) -- Family Report
File Number: [[ID|other:BRC 3318 of 2023]]
[[PERSON|name:Nguyen Thi Lan]] (applicant mother) v [[PERSON|name:Brayden JAMES]] (respondent father)
Ms [[PERSON|name:Nguyen]] attended with interpreter [[PERSON|name:Pham Minh Duc]] (NAATI CPN [[ID|license:CPN7HJ2K4]]).
[[PERSON|name:Oscar]], [[AGE|other:5]], calls his father's partner "Mama [[PERSON|name:Jo]]".""",
    """Court of Petty Sessions ACT -- Bail report, file [[ID|other:CC2024/551203]]
accused: [[PERSON|name:river o'donnell]] (lowercase on charge sheet), age [[AGE|other:19]], NFA -- last known [[LOCATION|geo:Ainslie Village]],
Contact: sister [[PERSON|name:Teagan O'Donnell]] m. [[PHONE|phone:0412-118-604]]
Drug screen: THC positive, amphetamine 0.05 mg/L. BP 138/86. K10 = 31.
Supervising officer [[PERSON|name:Lachlan Pereira]], ACT Corrective Services.""",
    """FAMILY COURT OF NEW ZEALAND AT [[LOCATION|geo:MANUKAU]]
[[ID|other:FAM-2024-092-000317]]
Section 132 report -- Oranga Tamariki Act 1989
In respect of: [[PERSON|name:Manaia TE AWA-HOHAIA]], born [[DATE|date:7 Hōngongoi 2017]] ([[DATE|date:7 July 2017]])
Social worker: [[PERSON|name:Hemi Walker]], OT site [[LOCATION|geo:Ōtara]].""",
    """District Court at [[LOCATION|geo:Christchurch]] -- Youth Court
Report of the Youth Justice Coordinator re: [[PERSON|name:Tyler-James NGATAI]], [[AGE|other:16]]
FGC held [[DATE|date:Wed 31/1]] at [[ADDRESS|geo:15 Lichfield St, Christchurch Central 8011]]. Present: [[PERSON|name:Tyler]], his koro
[[PERSON|name:Rangi Ngatai]], YAS [[PERSON|name:Brooke Pearce]], Sgt [[PERSON|name:Carl Anders]] (QID [[ID|other:J4417]]).""",
    """IN THE FAMILY COURT AT [[LOCATION|geo:EAST LONDON]]   Case No: [[ID|other:ZE23C00741]]
s.7 report (Children Act 1989) -- Cafcass  [[DATE|date:29 February 2024]]
Applicant: [[PERSON|name:Marcus Delacroix-Heath]]   Respondent: [[PERSON|name:Chantelle Amoah]]
Mother lives in a refuge; address withheld, correspondence c/o [[ADDRESS|geo:PO Box 4127, London E15 2PG]]
NHS no (child): [[ID|health_plan:972 268 4760]]""",
    """SUPERIOR COURT OF CALIFORNIA, COUNTY OF [[LOCATION|geo:SACRAMENTO]] -- JUVENILE DIVISION
JURISDICTION/DISPOSITION REPORT
Minor: [[PERSON|name:Isaiah Reyes-Hunt]] DOB: [[DATE|date:09/03/2012]] Age: [[AGE|other:11]]
Father: [[PERSON|name:Daniel Reyes]], whereabouts unknown; SSN ending [[ID|ssn:4471]] per CLETS
Minor's Medi-Cal BIC [[ID|health_plan:91234567A0842]]""",
    """court rpt -- [[LOCATION|geo:King County]] Superior Court, Juvenile ([[LOCATION|geo:Seattle]])
Dependency of [[PERSON|name:A.M.W.]] -- cause no. [[ID|other:24-7-00312-4 SEA]]
CASA: [[PERSON|name:Paul Strand]]  AAG: [[PERSON|name:Kimberly Lau]] fax [[PHONE|fax:206-389-2800]]
Mother's car (blue 2009 Civic, WA plate [[VEHICLE|vehicle:BYK4127]]) impounded [[DATE|date:1/12]].""",
]

CHILD_PROTECTION = [
    """CHILD PROTECTION NOTIFICATION -- INTAKE
Notifier: Mrs [[PERSON|name:Carol Penny]], year 2 teacher, [[LOCATION|geo:Sunshine Primary School]]
Concern: bruising to L upper arm, approx 4cm x 2cm, yellowing. Child said "Uncle [[PERSON|name:Bear]] grabbed me".
Photos taken by school nurse: [[ID|photo:LF_arm_110324_01.jpg]], [[ID|photo:LF_arm_110324_02.jpg]]
Mother [[PERSON|name:Tash Fairweather]] mob [[PHONE|phone:0400 913 227]]. Risk rating: 2 (SOS).""",
    """Report of Concern -- Oranga Tamariki
tamariki: [[PERSON|name:Kauri Tipene]] ([[AGE|other:3]]), [[PERSON|name:Ana Tipene]] ([[AGE|other:8 months]])
Whānau home: [[ADDRESS|geo:14B Kowhai Cres, Flaxmere, Hastings 4120]]
NHI baby [[ID|health_plan:CGB7513]]; [[PERSON|name:Kauri]] [[ID|health_plan:QAK9508]]""",
    """CHILD PROTECTION HELPLINE  -- NSW DCJ
Child: [[PERSON|name:Marley Brooks]] aka "[[PERSON|name:Moo]]", DOB [[DATE|date:2 Dec 2020]]
Mother's partner: [[PERSON|name:Shane "Bluey" Redfern]], DOB [[DATE|date:1989-07-14]], drives a silver Hilux [[VEHICLE|vehicle:CX 48 TR]]
Reporter: Sen Cst [[PERSON|name:Olivia Park]], [[LOCATION|geo:Bathurst]] PS, event [[ID|other:E 412338190]]""",
    """Notification -- QLD Child Safety
SUBJECT CHILD   [[PERSON|name:Jayden Wills]]   M   [[AGE|other:13]]   [[LOCATION|geo:Woodridge State High]]
GUARDIAN (INF)  grandfather [[PERSON|name:Clarence "Pop" Wills]]
Content: [[PERSON|name:Jayden]] disclosed "mum's been gone since [[DATE|date:Sunday]]"; 3 days no food, $0 in house.
Ph [[PERSON|name:jayden]] (own) [[PHONE|phone:+61 487 220 915]]""",
    """SA DHS -- Child Abuse Report Line (CARL) ... notif no. [[ID|other:CARL-24-1029388]]
Received [[DATE|date:Sat 6 January 2024]] 03:10 from [[LOCATION|geo:Women's and Children's Hospital]] SW [[PERSON|name:Abebe Tesfaye]]
GP: Dr [[PERSON|name:Ravi Menon]] ([[PHONE|phone:08 8263 4100]], fax [[PHONE|fax:08 8263 4199]])""",
    """kid protect notif (OT ROC line, [[LOCATION|geo:Papatoetoe]]) -- pasted from PHONE LOG
[[DATE|date:2024-02-08]]T16:04 caller=[[PERSON|name:Ruby Gardner]] (neighbour) cb=[[PHONE|phone:021 664 013]]
kids' surname [[PERSON|name:Van Der Merwe]]; dad [[PERSON|name:Pieter van der Merwe]] -- yelling every night, glass smashed 2/7 ago
dad ute: black Ranger plate [[VEHICLE|vehicle:NDL338]]
assigned: SW [[PERSON|name:Hannah Lee]] [[EMAIL|email:hannah.lee3@ot.govt.nz]]""",
    """FORM CP-1  Notification of suspected child abuse -- Victoria (Mandatory reporter: medical practitioner)
Child name:  [[PERSON|name:Willow Ashby-Kahn]]    DOB: [[DATE|date:15/05/2021]]   Sex: F
Medicare: [[ID|health_plan:6001 50028 5]]  /2       IHI: [[ID|health_plan:8003 6093 9514 1581]]
Presenting: #L femur (spiral), hx inconsistent. Skeletal survey booked. Hb 112, plt 310.
Seen at: [[LOCATION|geo:Monash Children's Hospital]], UR [[ID|mrn:M0447812]]""",
    """MASH referral -- [[LOCATION|geo:Reading]] Borough Council Children's Services
Child: [[PERSON|name:Kai Bishop]] (DOB [[DATE|date:03/10/2014]]), [[PERSON|name:Lily-Rose Bishop]] (DOB [[DATE|date:27/04/2018]])
Address: [[ADDRESS|geo:Flat 7, Oxford Court, 212 Oxford Road, Reading RG1 7PG]]
NINO mother [[ID|ssn:JH 42 19 77 C]]""",
    """SCREENED IN -- CPS intake, [[LOCATION|geo:Maricopa County]] (AZ DCS)
Alleged victim: [[PERSON|name:Jaxon "JJ" Little]], age [[AGE|other:9]]
Alleged perpetrator: [[PERSON|name:Travis Little]] (stepfather), DOB [[DATE|date:6/30/1985]], SSN [[ID|ssn:526-41-8807]]
Photos uploaded: [[ID|photo:DCS_202400418833_back.png]]""",
    """intake note -- [[LOCATION|geo:NYC]] ACS SCR transfer
Kids: [[PERSON|name:Amir Johnson]] ([[AGE|other:4]]) & [[PERSON|name:Zaria Johnson]] ([[AGE|other:11]]), shelter: [[LOCATION|geo:Tier II Bronx Family Center]], unit 4C
[[PERSON|name:Zaria]] at [[LOCATION|geo:Jacobi Medical Center]], MRN [[ID|mrn:004418276]], for burn R hand (2nd degree, 3% TBSA)""",
]
POLICE_LIAISON = [
    """POLICE LIAISON NOTE -- Mental Health Liaison, [[LOCATION|geo:Royal Melbourne Hospital]] ED
Attending members: Sen Const [[PERSON|name:Rhys Dalton]] (reg [[ID|other:41233]]) and Const [[PERSON|name:Priya Nair]] (reg [[ID|other:44819]]), [[LOCATION|geo:Melbourne East]] uniform
Phone seized (IMEI [[DEVICE|device:356938035643809]]) -- returned to pt on handover 02:15.""",
    """QPS -- MH liaison / Co-responder note
POI: [[PERSON|name:Shaniqua "Shan" Doyle]], [[AGE|other:38]], usual res [[ADDRESS|geo:Room 4, Roma House, 36 Roma St, Brisbane City QLD 4000]]
POI's ex [[PERSON|name:Warren Doyle]] has DVO, app no. [[ID|other:MAG-00091233/24]]; vehicle of interest: red Commodore QLD [[VEHICLE|vehicle:512 XTL]].""",
    """NSW Police -- Mental Health Intervention Team, liaison note
COPS event [[ID|other:E 844129030]]   [[DATE|date:03/01/2024]]
POI [[PERSON|name:Brodie Alexander McKAY]] ([[AGE|other:31]]) of [[ADDRESS|geo:Unit 6/2 Station St, Orange NSW 2800]]
DL NSW [[ID|license:18244973]] sighted. Clozapine level pending; CK 412.""",
    """WA Police -- liaison email (pasted)
From: "Const. [[PERSON|name:Ben Hardcastle]]" <[[EMAIL|email:ben.hardcastle@police.wa.gov.au]]>
To: [[EMAIL|email:liaison.scgh@health.wa.gov.au]]
Subject: RE: IR [[ID|other:050224-0912-2291]] -- [[PERSON|name:Kaylee Summers]] DOB [[DATE|date:30/06/2005]]
Regards, [[PERSON|name:Ben]]  | PD [[ID|other:13944]] | [[LOCATION|geo:Nedlands]] Police Station""",
    """SAPOL / DASSA liaison -- case conf minutes [[DATE|date:27.02.24]]
present: Brevet Sgt [[PERSON|name:Anne-Marie Coote]]; SW [[PERSON|name:Liam Obi]]; [[PERSON|name:Faye]] (client's support worker)
client: [[PERSON|name:Dylan Crow]], [[AGE|other:44]], staying [[LOCATION|geo:Hutt St Centre]] / sleeping in car [[VEHICLE|vehicle:S 219 BKW]] at [[LOCATION|geo:Glenelg]]
livescan prints taken on arrest [[DATE|date:20/2]] -- biometric ref [[ID|biometric:SAP-LS-0092281747]]
PIR [[ID|other:24-A00551922]]. [[PERSON|name:Dylan]]'s medicare [[ID|health_plan:4851 67522 4]] 1""",
    """NZ Police -- Mental Health liaison (Te Whatu Ora [[LOCATION|geo:Waikato]])
Event no [[ID|other:P058812334]] | Date [[DATE|date:10/01/2024]]
Person: [[PERSON|name:Ngaire Rewi-Parata]] NHI [[ID|health_plan:XXJ8035]] DOB [[DATE|date:02-04-1979]]
s 109 MH(CAT) Act -- taken to [[LOCATION|geo:Henry Rongomau Bennett Centre]].""",
    """Police liaison note -- [[LOCATION|geo:Dunedin]]
Subject: [[PERSON|name:Hunter Bay]] (yes real name), [[AGE|other:27]]yo
Car: [[VEHICLE|vehicle:LPK442]] Mazda Demio, found [[LOCATION|geo:Tunnel Beach]] carpark""",
    """Metropolitan Police -- Street Triage / MH liaison note
Subject: [[PERSON|name:Deshawn OKONKWO-BELL]], DOB [[DATE|date:21/11/1999]], PNC ID [[ID|other:99/418223H]]
Custody photo [[ID|photo:MPS_CUST_0044182_F.jpg]]; fingerprints IDENT1 ref [[ID|biometric:IDENT1-B4418223]]
PC [[PERSON|name:Hollie Brand]] [[ID|other:4471EK]], tel [[PHONE|phone:020 7230 1218]]. Subject NHS no. [[ID|health_plan:564 626 0108]]""",
    """[[LOCATION|geo:Baltimore]] Police Dept -- Behavioral Health Unit liaison
Subject: [[PERSON|name:Marcus "Tiny" Wallace]], B/M, age [[AGE|other:52]], SSN [[ID|ssn:219-44-0931]]
last addr [[ADDRESS|geo:1401 N Fulton Ave, Baltimore, MD 21217]]; MVA tag [[VEHICLE|vehicle:2EB4417]]
Transported [[LOCATION|geo:Johns Hopkins Hospital]] PES, MRN [[ID|mrn:JH5518243]].""",
    """liaison log | APD Crisis Response, [[LOCATION|geo:Albuquerque]]
ts=[[DATE|date:2024-03-09]] 22:14:07 unit=CIT-12 officer="[[PERSON|name:J. Yazzie]]" badge=[[ID|other:6621]]
bodycam_serial=[[DEVICE|device:X6A-09112844]] disposition=voluntary to [[LOCATION|geo:UNM Psychiatric Center]]""",
]
FORENSIC_MH = [
    """[[LOCATION|geo:Thomas Embling Hospital]] -- Forensicare
FORENSIC PSYCHIATRY REVIEW (CMIA s 35 extended leave application)
Patient: [[PERSON|name:Graham Edward TOLLEY]]   UR: [[ID|mrn:F041187]]   DOB: [[DATE|date:14/09/1971]] ([[AGE|other:52]])
Electronic monitoring device S/N [[DEVICE|device:BI-LOC8-0044718]] to be fitted.
Psychiatrist: Dr [[PERSON|name:Yusuf Barakzai]] (AHPRA [[ID|license:MED0002291184]])""",
    """FORENSIC MH -- Community Forensic Mental Health Service (CFMHS), [[LOCATION|geo:Long Bay]]
clin note [[DATE|date:19-Jan-24]] -- seen in SMAP
pt: [[PERSON|name:Kane WHITEHORSE]] MIN [[ID|other:483211]] ([[AGE|other:24]]). Remanded since [[DATE|date:Nov 2023]].
Hx: ABI post-MVA (2017), 2x prior s 32 applications. Olanzapine 10mg, valproate 500mg BD, level 62 (ref 50-100).
Mother [[PERSON|name:Beryl Whitehorse]] in [[LOCATION|geo:Moree]], best on [[PHONE|phone:0467 001 884]]""",
    """QLD Forensic Mental Health Service -- Court Liaison Service report
Re: [[PERSON|name:Tobias "Toby" Jacobs-Nona]] DOB [[DATE|date:11.07.1988]]  QP9 [[ID|other:QP2400221784]]
He resides at [[ADDRESS|geo:Room 3, 19 Digger St, Cairns North QLD 4870]] (supported accom).
Risk: low-moderate (START). BAC on arrest 0.14.""",
    """forensic MH -- secure unit access log ([[LOCATION|geo:Frankland Centre]], [[LOCATION|geo:Graylands]])
2024-02-14 07:02:11 badge=[[ID|other:FC-0911]] user=[[ID|other:e.kowalczyk]] iris_tpl=[[ID|biometric:IRS-77A1-0044]] door=AIRLOCK-2 OK
2024-02-14 07:03:55 badge=[[ID|other:FC-1044]] user=[[ID|other:m.ngata]] iris_tpl=[[ID|biometric:IRS-77A1-0102]] door=AIRLOCK-2 OK
escort: pt [[PERSON|name:Jarrah Collins]] (HRN [[ID|mrn:WA7710392]]) to [[LOCATION|geo:Fiona Stanley Hospital]] for CT, dep 08:30
Nurse-in-charge [[PERSON|name:Eva Kowalczyk]] ext 2241""",
    """Tasmania Forensic Mental Health -- [[LOCATION|geo:Wilfred Lopes Centre]]
Discharge summary: [[PERSON|name:Clifford "Cliff" Banks]]  [[AGE|other:67]]
Restriction order under Criminal Justice (MI) Act; MHT ref [[ID|other:MHT-F-0447]]
GP Dr [[PERSON|name:Mel Kwong]], fax [[PHONE|fax:(03) 6223 9912]]. Depot: zuclopenthixol 200mg q2/52.
DVA gold card [[ID|health_plan:TX123456]]""",
    """[[LOCATION|geo:Mason Clinic]] -- Regional Forensic Psychiatry Services, [[LOCATION|geo:Point Chevalier]]
Defendant: [[PERSON|name:Sione Havili]], DOB [[DATE|date:05/12/1996]], NHI [[ID|health_plan:VKS9661]]
[[PERSON|name:Sione]]'s partner [[PERSON|name:Losana]] (cell [[PHONE|phone:022 418 7730]]) reports 3/12 of persecutory ideation.""",
    """Forensic MH -- [[LOCATION|geo:Hillmorton]] ([[LOCATION|geo:Te Whare Manaaki]]), [[LOCATION|geo:Christchurch]]
special patient: [[PERSON|name:ROSS, Keegan Paul]]  nhi [[ID|health_plan:RRX7243]]
Responsible clinician Prof. [[PERSON|name:Ian Mattheson]] -- sign-off pending""",
    """[[LOCATION|geo:Rampton Hospital]] (Nottinghamshire Healthcare NHS FT) -- CPA review [[DATE|date:07/03/2024]]
Patient: Mr [[PERSON|name:Jason ALDRIDGE]]  RiO [[ID|mrn:RT4418820]]  NHS [[ID|health_plan:867 448 0306]]
Detained s37/41 MHA 1983; MoJ MHCS ref [[ID|other:MHCS/2019/00417]]. Ward: Evergreen, room 14.
First-tier Tribunal (MH) hearing listed [[DATE|date:22 April]]; HoNOS-secure 18.""",
    """FORENSIC EVALUATION -- Competency to Stand Trial
[[LOCATION|geo:Harris County]], Texas -- Cause No. [[ID|other:1789443]], 228th District Court
Defendant: [[PERSON|name:Reginald Thibodeaux]]  DOB [[DATE|date:03/17/1982]]  SPN [[ID|other:02218844]]
Collateral: sister [[PERSON|name:Monique Thibodeaux]] [[PHONE|phone:(713) 555-0148]]
MacCAT-CA: Understanding 9/16, Reasoning 11/16, Appreciation 6/12.""",
    """State Hospital forensic progress note -- [[LOCATION|geo:Napa State Hospital]]
pt [[PERSON|name:Dwayne Kettle]]  Pt# [[ID|mrn:NSH-2210448]]  Unit T-15  PC 1370 commitment [[DATE|date:10/4/23]]
90-day report due [[DATE|date:1/2/24]] -- late. Patient is [[AGE|other:41]]
PRN lorazepam 2mg x2 this wk. SAPS-C not completed.""",
]

GUARDIANSHIP = [
    """VICTORIAN CIVIL AND ADMINISTRATIVE TRIBUNAL -- Guardianship List
VCAT Reference No. [[ID|other:G12/2024/01887]]
Hearing: [[DATE|date:Wednesday 20 March 2024]] 10:00am by Teams; in-person parties at [[ADDRESS|geo:55 King Street, Melbourne VIC 3000]]
Proposed represented person: [[PERSON|name:Dorothy May FINCH]], [[AGE|other:93]], resident of [[LOCATION|geo:Arcare Kew]] room 27
Tribunal fax [[PHONE|fax:(03) 9628 9788]]""",
    """NCAT Guardianship Division -- Application for guardianship order
Subject person: [[PERSON|name:Bill Joy]] ([[PERSON|name:William Henry Joy]]) DOB [[DATE|date:22/04/1950]]
Living: [[ADDRESS|geo:Bed 12, Matthew Talbot Hostel, 22 Talbot Pl, Woolloomooloo NSW 2011]]
Centrelink CRN [[ID|other:211 094 338B]]; Age Pension paid to acct no. [[ID|account:1049 8821]] (CBA)""",
    """QCAT -- Guardianship and administration reasons (extract)
re [[PERSON|name:RJK]] -- file [[ID|other:GAA 3315-24]]
Hearing [[DATE|date:12.02.2024]], [[LOCATION|geo:Townsville]]
The Tribunal appointed the Public Trustee as administrator; guardian: [[PERSON|name:Heather Kelly]] (wife).
Unit: [[ADDRESS|geo:3/27 Mooney St, Gulliver QLD 4812]]""",
    """SAT (WA) -- Guardianship & Administration Act 1990
Represented person: [[PERSON|name:Patience Okafor]] ([[AGE|other:34]]) -- intellectual disability, epilepsy (levetiracetam 1g BD)
Resides: SIL home [[ADDRESS|geo:14 Lake St, Northbridge WA 6003]]
NDIS [[ID|health_plan:431 772 095]]; plan manager invoice no. [[ID|account:INV-20044817]]
Tribunal email [[EMAIL|email:sat@justice.wa.gov.au]]""",
    """SACAT -- Guardianship review
[[LOCATION|geo:Elizabeth]] hearing room 2, [[DATE|date:5/3/2024]]
re Mr [[PERSON|name:Alfred Neville PARADISE]] of [[ADDRESS|geo:Unit 9, 2 Darley Rd, Paradise SA 5075]]
orders under review: guardianship (OPA) made [[DATE|date:5 March 2021]]; administration: Public Trustee.
DVA file no. [[ID|health_plan:SX 41187]] -- Gold card.""",
    """Family Court -- PPPR Act 1988 application (welfare guardian), [[LOCATION|geo:Tauranga]]
Subject: [[PERSON|name:Moana-Lee Rika]], [[AGE|other:24]], NHI [[ID|health_plan:PAB6714]]
Lives at [[ADDRESS|geo:12 Cameron Rd, Tauranga 3110]] (IHC residential)
IRD no. [[ID|ssn:123-452-526]] (for WINZ SLP)""",
    """PPPR review -- Family Court [[LOCATION|geo:Nelson]]
ref [[ID|other:FAM-2019-042-000218]]
welfare guardian [[PERSON|name:Bryce Hope]] (brother) for [[PERSON|name:Marigold Hope]] dob [[DATE|date:17.9.61]]
[[PERSON|name:bryce]] mob [[PHONE|phone:+64 21 099 4812]]""",
    """COURT OF PROTECTION  Case no. [[ID|other:14008822]]
In the matter of [[PERSON|name:Edith Primrose WHITE]] (P), [[AGE|other:90]]
P's NHS number [[ID|health_plan:6640987058]]. OPG ref LPA [[ID|other:7000-1184-2297]]""",
    """PROBATE AND FAMILY COURT, [[LOCATION|geo:Middlesex County]] (MA) -- Guardianship of incapacitated person
Respondent: [[PERSON|name:Walter "Wally" Brennan]], DOB [[DATE|date:2/2/1937]], age [[AGE|other:87]]
MCI signed by Dr [[PERSON|name:Priya Raman]], NPI [[ID|license:1139824217]]; MassHealth ID [[ID|health_plan:100488217734]]""",
    """guardianship ad litem report -- [[LOCATION|geo:Cook County]] Probate Division
Alleged disabled person: [[PERSON|name:Hope Marie Sandoval]], [[AGE|other:71]]
GAL [[PERSON|name:Kenneth O. Adeyemi]], ARDC [[ID|license:6298114]]; SSN [[ID|ssn:338-20-5147]]""",
]
DISABILITY_PLAN = [
    """NDIS PARTICIPANT SUPPORT PLAN -- draft v3
Participant: [[PERSON|name:Jesse Tran-Whitlam]]   NDIS no: [[ID|health_plan:430774512]]   DOB: [[DATE|date:08/08/2003]]
Power wheelchair Permobil M3 Corpus, serial [[DEVICE|device:PB3C-2209-44817]]; Core supports $84,210.54; CB Daily Activity $12,400.
[[PERSON|name:Jesse]]'s mum [[PERSON|name:Lorraine]] and step-dad [[PERSON|name:Graeme Whitlam]] ("[[PERSON|name:G]]") attend reviews.""",
    """Behaviour Support Plan (interim) -- NDIS Commission lodgement [[ID|other:BSP-00448127]]
person: [[PERSON|name:Skye]] ([[PERSON|name:Skye Marie O'Neill-Barker]]), [[AGE|other:12]], autism L3, non-verbal, uses Proloquo2Go on iPad (S/N [[DEVICE|device:DMPXK4417Q1M]])
RP: chemical -- risperidone 0.5 mg nocte; environmental -- locked pantry
consent: mother [[PERSON|name:Tanya O'Neill]] signed [[DATE|date:14/1/24]] -- photo consent for plan: [[ID|photo:skye_profile_2024.jpg]]""",
    """disability support plan -- [[LOCATION|geo:Alice Springs]] (remote)
Client [[PERSON|name:Jimmy Japaljarri Spencer]] -- skin name used with family consent; aged [[AGE|other:47]]
Renal: HD Mon/Wed/Fri at [[LOCATION|geo:Flynn Drive Renal Unit]], eGFR 8. Hearing aid L ear, serial [[DEVICE|device:PH-A90-7721044]]
Interpreter (Warlpiri) [[PERSON|name:Bessie Nakamarra]]; brother [[PERSON|name:Nugget]] is nominee.""",
    """SUPPORT PLAN -- [[LOCATION|geo:Hobart]]  ||  date of plan meeting [[DATE|date:16-02-2024]]
NAME............ [[PERSON|name:Penelope ("Pen") Castle]]
NDIS............ [[ID|health_plan:430 992 116]]
ADDRESS......... [[ADDRESS|geo:Unit 5, 21 Hill St, West Hobart TAS 7000]]
PLAN MANAGER.... Tasplan Co, invoices to [[EMAIL|email:accounts@tasplanco.com.au]], client acct [[ID|account:TPC-00918]]
RISK............ falls (2 in 3/12), seizures (last 2/52 ago)""",
    """Disability support plan -- meeting notes [[DATE|date:Thurs 29th Feb]]
present: [[PERSON|name:Noah Bright]] (participant, [[AGE|other:26]]), mum [[PERSON|name:Kath]], OT [[PERSON|name:Fleur de Villiers]], LAC [[PERSON|name:Amit Joshi]]
CPAP ResMed AirSense 10 (S/N [[DEVICE|device:23181144820]]) -- compliance 92%, AHI 3.1
next mtg [[DATE|date:28/3]], at [[ADDRESS|geo:Level 1, 100 Young St, Frankston VIC 3199]]""",
    """Whaikaha -- Disability Support Services needs assessment (NASC: Taikura Trust)
Client: [[PERSON|name:Tama Rangihuna]], NHI [[ID|health_plan:NBC9574]], DOB [[DATE|date:30.03.1998]]
Address: [[ADDRESS|geo:27 Gloucester Rd, Manurewa, Auckland 2102]]
Allocated: Individualised Funding 22 hrs/wk; respite 28 days/yr. Reassessment in 12/12.
Facilitator [[PERSON|name:Brooke van Asch]]""",
    """SUPPORT PLAN (Care Act 2014) -- Adult Social Care, [[LOCATION|geo:Leeds]] City Council
Person: [[PERSON|name:Sunny Patel]] (legal name [[PERSON|name:Suneet Patel]])   Mosaic ID [[ID|other:MOS-1184277]]
Personal budget £18,420 p.a.; Direct Payment to prepaid card acct [[ID|account:5301 7782 0041 9913]]
Social worker: [[PERSON|name:Bethany Crowe]] tel [[PHONE|phone:0113 378 4411]], [[EMAIL|email:bethany.crowe@leeds.gov.uk]]""",
    """EHCP review -- Section F (provision) extract, [[LOCATION|geo:Swansea]] (Wales now uses IDP; kept for record)
Child: [[PERSON|name:Morgan Lloyd-Pryce]] ([[AGE|other:14]]), [[LOCATION|geo:Ysgol Crug Glas]]
ULN [[ID|other:4418822319]]; NHS [[ID|health_plan:8200861937]]
Cochlear implant R (Nucleus 7), processor serial [[DEVICE|device:CP1000-4417823]]; BSL 1:1 32 hrs/wk""",
    """INDIVIDUAL SUPPORT PLAN (ISP) -- [[LOCATION|geo:Regional Center of Orange County]]
UCI#: [[ID|other:7744281]]  Consumer: [[PERSON|name:Matthew "Matty" Goldberg]], DOB [[DATE|date:05/30/2001]], age [[AGE|other:22]]
Service coordinator: [[PERSON|name:Rosa Villanueva]], [[PHONE|phone:714-796-5330]], fax [[PHONE|fax:714-796-5301]]
IPP mtg [[DATE|date:2/14/24]]""",
    """Person-Centered Support Plan -- Texas HCS waiver
individual: [[PERSON|name:LaToya Freeman]]  Medicaid # [[ID|health_plan:518824471]]  SSN xxx-xx-[[ID|ssn:6622]]
home: [[ADDRESS|geo:4410 Marvin D Love Fwy Apt 208, Dallas, TX 75232]]
photo ID on file: [[ID|photo:LFreeman_ID_front.jpeg]]; emergency contact auntie [[PERSON|name:Pearl]] [[PHONE|phone:(214) 555-0187]]""",
]

HOUSING_SUPPORT = [
    """HOUSING SUPPORT -- case note  [[DATE|date:04/03/2024]]  Worker: [[PERSON|name:Sinead Carey]] (Launch Housing)
Currently rough sleeping, car: maroon Falcon wagon [[VEHICLE|vehicle:1XP 4GT]], parked [[LOCATION|geo:Flagstaff Gardens]] most nights.
VHR application no. [[ID|other:VHR-2024-118842]]. Client's phone [[PHONE|phone:0422 006 915]] (credit low, text first).
Centrelink JSP $762.70/fn.""",
    """case note -- youth refuge ([[LOCATION|geo:Newcastle]])
client [[PERSON|name:Tahlia]] (surname [[PERSON|name:Bird]]), [[AGE|other:16]], self-referred [[DATE|date:Sat 10 Feb]]
bed 3 at [[LOCATION|geo:Samaritans Youth Refuge]]; address confidential (do not disclose)
youth allowance claim lodged [[DATE|date:12/02/2024]]; Medicare card not with her -- to ring Services Australia""",
    """TENANCY SUSTAINMENT -- Housing SA
tenant: [[PERSON|name:Lynette Ashgrove]] ([[AGE|other:61]])  tenancy acct [[ID|account:T004481277]]
arrears $1,418.20 as at [[DATE|date:29.02.24]]; repayment $25/wk via Centrepay deduction ref [[ID|account:555 018 442 S]]
hoarding (CIR 7), smoke alarm s/n [[DEVICE|device:RED-EI3016-0884412]] disabled -- replaced.
support wkr [[PERSON|name:Thuy Le]] [[EMAIL|email:thuy.le@sa.gov.au]]""",
    """Homelessness service case note (SHIP)
[[DATE|date:2024/01/22]] -- client [[PERSON|name:Joseph "Joe" Cloud]], [[AGE|other:35]], presented [[LOCATION|geo:Vinnies Fitzroy]] w/ partner [[PERSON|name:Aimee Strong]] (preg 28/40)
[[PERSON|name:Joe]]'s Medicare [[ID|health_plan:4762 64535 1]] / IRN 2; [[PERSON|name:Aimee]] is IRN 1
phone ([[PERSON|name:Joe]]) [[PHONE|phone:04 1177 2093]]""",
    """Housing support case note -- Mission Australia, [[LOCATION|geo:Campbelltown]]
Client: Mrs [[PERSON|name:Ngozi Eze]] and son [[PERSON|name:Chidi]] ([[AGE|other:9]]). DV; ADVO [[ID|other:2024/00031187]] v. [[PERSON|name:Emmanuel Eze]].
TFN [[ID|ssn:783 486 688]] supplied for Rent Choice form; caseworker [[PERSON|name:Abby Quill]] x4471""",
    """Emergency housing note -- MSD / Kāinga Ora, [[LOCATION|geo:Rotorua]]
client [[PERSON|name:Kirimoana Tuhoe]] + 4 tamariki (ages [[AGE|other:2]], [[AGE|other:5]], [[AGE|other:7]], [[AGE|other:11]])
Client no. [[ID|other:SWN 412-882-119]]; IRD [[ID|ssn:134-817-739]]
HNS register ref [[ID|other:HR-0449181]]. Case mgr [[PERSON|name:Pania Walker]] [[PHONE|phone:0800 559 009 ext 4411]]""",
    """Housing Options -- homelessness case note, [[LOCATION|geo:Manchester]] City Council
Applicant: [[PERSON|name:Tyrone Ashley-Grant]] ([[AGE|other:44]]), NI [[ID|ssn:PX 71 44 03 B]]
Placed in temp accom: [[ADDRESS|geo:Room 12, Ashton Old Road Hostel, 41 Ashton Old Road, Manchester M12 6LP]]
UC account: journal messages via [[URL|url:https://www.universal-credit.service.gov.uk/sign-in]]""",
    """Case note -- St Mungo's outreach, [[LOCATION|geo:Camden]]
client "[[PERSON|name:Scouse]]" -- real name [[PERSON|name:Anthony Lyle]], DOB [[DATE|date:01.04.1979]]
Referred No Second Night Out hub; GP at [[LOCATION|geo:Great Chapel Street Medical Centre]] (NHS no. [[ID|health_plan:895 062 3056]])""",
    """HMIS case note -- [[LOCATION|geo:Skid Row]] (LAHSA CES)
HMIS ID: [[ID|other:1044829]]  VI-SPDAT 12 (high)   date [[DATE|date:2024-02-27]]
Client [[PERSON|name:Marisol Cortez-Luna]], DOB [[DATE|date:12/12/1967]]; tent at corner of [[LOCATION|geo:San Pedro & 5th]]
Section 8 voucher # [[ID|other:HACLA-V-2240018]]""",
    """housing case note -- [[LOCATION|geo:Portland]], OR (JOIN)
[[DATE|date:3/11/24]] met [[PERSON|name:Wesley "Wes" Oyelaran-Price]] at his RV (plate OR [[VEHICLE|vehicle:WXL 442]], VIN [[VEHICLE|vehicle:1FDXE45S78HA41172]])
[[PERSON|name:wes]]'s daughter [[PERSON|name:Kenzie]] ([[AGE|other:19]]) calls him; her # [[PHONE|phone:503-555-0133]]""",
]
WELFARE_LETTER = [
    """Services Australia
Centrelink
[[ADDRESS|geo:Reply Paid 7800, Canberra BC ACT 2610]]

[[DATE|date:14 February 2024]]

Ms [[PERSON|name:Jacinta Marie Lowe]]
[[ADDRESS|geo:PO Box 331, Moe VIC 3825]]

Customer Reference Number: [[ID|other:302 118 447L]]

Dear Ms [[PERSON|name:Lowe]],
You were overpaid $2,318.44. Your debt reference is [[ID|account:DR-7719-0044-12]].
Voice Biometrics: you are enrolled -- voiceprint ID [[ID|biometric:VB-3021184479]]. Say "In Australia, my voice identifies me".
Log on to myGov at [[URL|url:https://my.gov.au/en/services/centrelink/letter?id=LTR20240214-88120]] to view this letter.""",
    """DEPARTMENT OF VETERANS' AFFAIRS -- letter of decision
Mr [[PERSON|name:Keith Edward Lamb]] OAM, [[ADDRESS|geo:Unit 14, RSL Lifecare Village, 2 Veterans Pde, Narrabeen NSW 2101]]
DVA file no. [[ID|health_plan:NX 418220]]   Gold Card
Your claim for permanent impairment (MRCA) lodged [[DATE|date:17 August 2023]] has been accepted. Lump sum $48,112.06
will be paid to BSB/acct on file ending [[ID|account:4419]].
Delegate: [[PERSON|name:H. Okonjo]], ph [[PHONE|phone:(02) 9213 7716]]""",
    """welfare agency letter (Anglicare) -- emergency relief outcome
To: [[PERSON|name:Rowan Blue]] & [[PERSON|name:Sky Blue]] (kids: [[PERSON|name:Ocean]] [[AGE|other:6]], [[PERSON|name:River]] [[AGE|other:3]])
ER approved: $150 supermarket vouchers (batch 24-ER-07) + $80 Aurora power credit to account [[ID|account:4100 2291 84]].
Referred to financial counsellor [[PERSON|name:Meg Summer]] at [[LOCATION|geo:Anglicare Launceston]], [[PHONE|phone:(03) 6333 4417]].""",
    """Service NSW / Revenue NSW -- Work and Development Order approval
Dear [[PERSON|name:Kobe Nguyen-Aldous]],
Your WDO covers penalty notices [[ID|other:3098847712]] and [[ID|other:3098851204]] (vehicle [[VEHICLE|vehicle:EBH-41K]]).
Your licence [[ID|license:24480917]] will be restored once the amount is below $1,000.
Questions? [[EMAIL|email:wdo@revenue.nsw.gov.au]] / fax [[PHONE|fax:02 9761 9400]]""",
    """Letter -- [[LOCATION|geo:Broome]] Aboriginal Corporation (family support) to Department of Communities
Re: [[PERSON|name:Sharon Cox]] (DOB [[DATE|date:04-08-1983]]) and her grandchildren [[PERSON|name:Tjarra]] and [[PERSON|name:Lenny Cox]]
Please expedite her Special Guardianship Allowance; Centrelink CRN [[ID|other:219 004 881A]]; bank acct [[ID|account:0413 2281]] (BOQ)""",
    """Ministry of Social Development -- Te Manatū Whakahiato Ora
[[DATE|date:9 February 2024]]
[[PERSON|name:Huia Parata-Grey]]
[[ADDRESS|geo:Flat 2, 33 Cuba St, Te Aro, Wellington 6011]]
Client number: [[ID|other:312-447-091]]
Kia ora [[PERSON|name:Huia]], your Jobseeker Support (Health Condition) has been granted from [[DATE|date:1 Feb 2024]] at $337.74 net/week.
Payments to account [[ID|account:12-3140-0418827-00]].
Check MyMSD: [[URL|url:https://my.msd.govt.nz/messages/inbox?client=312447091]]""",
    """DWP -- Universal Credit: decision letter
Ms [[PERSON|name:Amina Yusuf-Clarke]]
National Insurance number: [[ID|ssn:SK 48 21 07 A]]
Your son [[PERSON|name:Idris]] (born [[DATE|date:3 June 2019]]) is included. Payment to account ending [[ID|account:88120]].
Journal last accessed from [[IP|ip:86.142.77.210]]; see [[URL|url:https://www.universal-credit.service.gov.uk/journal/entry/7741-2219]]
Work coach: [[PERSON|name:Gareth Price]], [[LOCATION|geo:Longsight]] Jobcentre""",
    """[[LOCATION|geo:Glasgow]] City HSCP -- Scottish Welfare Fund, Crisis Grant decision
Application ref [[ID|other:SWF-CG-24-008812]]   Date [[DATE|date:Friday 26 January 2024]]
To: [[PERSON|name:Declan McAteer]], [[ADDRESS|geo:Flat 0/1, 118 Dumbarton Road, Glasgow G11 6NY]]
Award: £96.00 (food/fuel), paid to PayPoint ref [[ID|account:PPT-4418-2291]]
Your NI number [[ID|ssn:NA 44 18 22 D]] is held on file.""",
    """[[LOCATION|geo:Cuyahoga County]] Job and Family Services -- Notice of Action
[[PERSON|name:Brittany Kowalski]]
[[ADDRESS|geo:3311 W 105th St, Cleveland, OH 44111]]
Your SNAP benefits will be reduced to $291/mo effective [[DATE|date:03/01/2024]] because of reported earnings.
Medicaid ID [[ID|health_plan:104882713344]]. Request a hearing: fax [[PHONE|fax:(614) 728-9574]]
Sign in: [[URL|url:https://benefits.ohio.gov/case/6004418827]]""",
    """NOTICE -- Social Security Administration
[[PERSON|name:EARL T. MAYFIELD]]
BNC#: [[ID|other:24BC118Z4471]]  SSN: [[ID|ssn:349-72-8815]]
We are writing about your Supplemental Security Income. Your representative payee, [[PERSON|name:Marsha Dunn]] of [[LOCATION|geo:Normal]], reported
you moved from [[LOCATION|geo:Bloomington]] on [[DATE|date:December 30, 2023]]. Your age is [[AGE|other:66]].
Online access log: login from IP [[IP|ip:73.44.182.9]] on [[DATE|date:02/10/2024]] 21:04 CST""",
]

INTERPRETER_BOOKING = [
    """TIS National -- on-site interpreter booking confirmation
Date/time: [[DATE|date:Tue 19/03/2024]] 09:30-12:30   Language: Dari
Interpreter: [[PERSON|name:Farid Noorzai]], NAATI CPN [[ID|license:CPN4RT8Q1]] (Certified Interpreter)
Court contact: registrar [[PERSON|name:Lou Fenech]] [[PHONE|phone:(03) 9767 1399]]""",
    """interpreter booking -- [[LOCATION|geo:Westmead Hospital]] HCIS
bkg ref [[ID|other:HCIS-88120441]]  pt [[PERSON|name:Nguyen Van Hai]]  MRN [[ID|mrn:0044182291]]
lang: Vietnamese (male interpreter requested) -- [[DATE|date:Wed 7 Feb]] 14:00, Clinic 4B Renal, 60 min
interp assigned: [[PERSON|name:Tran Thi Hoa]] -- pt declined (knows her from community, [[LOCATION|geo:Cabramatta]]); re-assigned [[PERSON|name:Le Quang]]""",
    """{"booking_id": "[[ID|other:VITS-240311-0092]]", "agency": "VITS LanguageLoop",
 "requester": "[[EMAIL|email:cp.intake.north@dffh.vic.gov.au]]", "requester_name": "[[PERSON|name:Ellen Marsh]]",
 "client": "[[PERSON|name:Abdirahman Warsame]]", "language": "Somali", "mode": "video",
 "session_url": "[[URL|url:https://vits.webex.com/meet/ellen.marsh.dffh]]",
 "date": "[[DATE|date:2024-03-11]]", "start": "10:00", "duration_min": 90,
 "interpreter_id": "[[ID|license:NAATI-CPN9KX2M7]]", "caller_ip": "[[IP|ip:203.45.118.72]]"}""",
    """Phone interpreter log -- [[LOCATION|geo:Logan Hospital]] Maternity
[[DATE|date:21/01/2024]] 03:12 call to TIS -- client code [[ID|other:C220418]]
Language: Tigrinya. Interpreter ID [[ID|license:TIS-INT-44172]] ("[[PERSON|name:Yonas]]")
husband [[PERSON|name:Dawit]] asked to interpret -- declined per policy.
Voiceprint verification for interpreter: [[ID|biometric:VP-TIS-0044172-A]] passed.""",
    """Auslan booking -- Expression Australia
booking #[[ID|other:EA-118442]]
Deaf client: [[PERSON|name:Mick Rosewarne]] ([[AGE|other:58]]) -- NDIS [[ID|health_plan:430 558 219]]
invoice to plan manager, inv [[ID|account:EA-INV-0991284]]; SMS client on [[PHONE|phone:0419 662 118]] (text only!)""",
    """Interpreter request -- Te Whatu Ora [[LOCATION|geo:Counties Manukau]]
Request ID [[ID|other:INTREQ-44812]] | [[DATE|date:13-03-2024]] 11:00 | Samoan | face-to-face
Patient: [[PERSON|name:Faʻafetai Leota]], NHI [[ID|health_plan:FWP2414]], ward 22, [[LOCATION|geo:Middlemore]]
Interpreter: [[PERSON|name:Tavita Sapolu]] (staff ext 8844)""",
    """NHS Interpreting -- booking confirmation (DA Languages)
Patient: [[PERSON|name:Mohammed Iqbal Chaudhry]]   Hospital no: [[ID|mrn:Q4418227]]   NHS: [[ID|health_plan:574 624 1253]]
Date: [[DATE|date:Monday 5th February 2024]] at 09:15, Outpatients Area 3
Booked by: [[EMAIL|email:outpatients.bookings@uhb.nhs.uk]] Tel [[PHONE|phone:0121 371 4418]]""",
    """Re: interpreter for child protection conference
From: [[EMAIL|email:kate.oyeleke@bristol.gov.uk]]
To: [[EMAIL|email:bookings@bristolinterpreting.org]]
Family: [[PERSON|name:Agnieszka]] and [[PERSON|name:Tomasz Wiśniewski]]; child [[PERSON|name:Zuzia]] ([[AGE|other:4]]). LCS ref [[ID|other:LCS-1184229]].
[[PERSON|name:Kate Oyeleke]], Social Worker""",
    """LanguageLine Solutions -- OPI call detail
Acct [[ID|account:LL-0044812]]  Client: [[LOCATION|geo:Grady Memorial Hospital]], [[LOCATION|geo:Atlanta]]
patient: [[PERSON|name:Jean-Baptiste Dorcelus]] MRN [[ID|mrn:GMH00771823]] DOB [[DATE|date:7/15/1958]]
handset MAC [[DEVICE|device:00:1B:63:84:45:E6]]""",
    """Interpreter scheduling -- [[LOCATION|geo:Hennepin County Medical Center]], [[LOCATION|geo:Minneapolis]]
Patient [[PERSON|name:Hodan Abdi]] ([[AGE|other:8 mo]]), mom [[PERSON|name:Fadumo Hassan]] [[PHONE|phone:612-555-0149]]
Video link: [[URL|url:https://hcmc.zoom.us/j/94418822310?pwd=aBc12]]""",
]

COMPLAINT_FILE = [
    """PATIENT COMPLAINT FILE -- Health Complaints Commissioner (Vic)
HCC ref: [[ID|other:C-24-00418]]   Received: [[DATE|date:8 January 2024]]
Complainant: [[PERSON|name:Yvonne Heather STARK]] (daughter of patient), [[ADDRESS|geo:12 Carnation St, Sunshine West VIC 3020]]
Provider: [[LOCATION|geo:Sunshine Hospital]] (Western Health), UR [[ID|mrn:WH2041882]]
Allegations: delayed response to falls; Braden score 11 not actioned; pressure injury stage 3.
Online form submitted from IP [[IP|ip:120.18.44.201]] at 23:41.""",
    """complaint log -- [[LOCATION|geo:Gold Coast University Hospital]] Consumer Liaison
cmplt# [[ID|other:CL24-0771]] | recd [[DATE|date:19/2/24]] via phone | [[PERSON|name:Brett Honey]] re wife [[PERSON|name:Shirley Honey]] ([[AGE|other:71]])
- waited 9 hrs in ED, cubicle 14. triage cat 3.
- IV pump Alaris 8100, asset/serial [[DEVICE|device:8100-12244187]] alarmed all night""",
    """HCCC (NSW) complaint -- assessment summary
File no: [[ID|other:24/03318]]   Date: [[DATE|date:11 March 2024]]
Complainant: [[PERSON|name:Priscilla Mae Baker]] ("[[PERSON|name:Cilla]]"), Medicare [[ID|health_plan:3563 27295 3]]/1
Allegation: methotrexate 10 mg dispensed daily instead of weekly by her local pharmacy; admitted [[DATE|date:2/3/24]].
Outcome: referred to Pharmacy Council. WCC 1.9, plt 41.""",
    """Letter of complaint (handwritten, scanned)
To whom it may concern at [[LOCATION|geo:Alice Springs Hospital]],
My name is [[PERSON|name:Doreen Napanangka]] and my son [[PERSON|name:Tyson]] was in Ward 3 from [[DATE|date:the 3rd]] till [[DATE|date:the 9th of Jan]].
I put a photo of his leg: [[ID|photo:tyson_leg_wound.jpg]]
His hospital number is [[ID|mrn:AS 0774412]].""",
    """OHO (Qld) complaint CSV export
ref,received,complainant,patient,dob,provider,ahpra,contact
[[ID|other:OHO-2401-4471]],[[DATE|date:2024-01-22]],[[PERSON|name:Carmel Ng]],[[PERSON|name:Carmel Ng]],[[DATE|date:1975-05-09]],Dr [[PERSON|name:Roland Fitch]],[[ID|license:MED0001441822]],[[PHONE|phone:0402 771 315]]""",
    """Health & Disability Commissioner -- complaint acknowledgment
Our ref: [[ID|other:C24HDC00412]]
[[DATE|date:20 February 2024]]
Tēnā koe [[PERSON|name:Rawiri Pomare]],
Complaints Assessor: [[PERSON|name:Nicola Fraser-Tui]], [[EMAIL|email:nicola.frasertui@hdc.org.nz]], fax [[PHONE|fax:(09) 373 1061]]""",
    """PALS / formal complaint -- [[LOCATION|geo:Royal Devon University Hospital]], [[LOCATION|geo:Exeter]]
Complainant: Mr [[PERSON|name:Geoffrey Penhallow]] ([[AGE|other:77]]), [[ADDRESS|geo:3 Fore Street, Topsham, Exeter EX3 0HF]]
Issue: hearing aid (Phonak Audeo P90-R, serial [[DEVICE|device:2219A1K44]]) lost on Yeo ward after transfer [[DATE|date:31 Jan]].
Replacement cost £1,180 claimed; audiology at [[LOCATION|geo:Heavitree]] notified.""",
    """Complaint email (forwarded)
From: "[[PERSON|name:Joy Winter]]" <[[EMAIL|email:joywinter_58@hotmail.co.uk]]>
Sent: [[DATE|date:24 January 2024 22:18]]
To: PALS, [[LOCATION|geo:Whittington Hospital]]
Photos of his bruised wrist attached: [[ID|photo:IMG_20240124_2215.jpg]], [[ID|photo:IMG_20240124_2216.jpg]]
Reply to my mobile [[PHONE|phone:07700 918 442]].""",
    """GRIEVANCE FILE -- [[LOCATION|geo:Mercy Hospital]], [[LOCATION|geo:St. Louis]]
Patient [[PERSON|name:Darnell Price]], acct [[ID|account:HAR 1044182273]], MRN [[ID|mrn:MH7718824]]
Insurance: Ambetter member [[ID|health_plan:U7718429101]]. Portal submission IP [[IP|ip:2600:1700:4a1:8e0::2f]]
Patient rep: [[PERSON|name:Cheryl Lang]] ext 55412""",
    """complaint -- [[LOCATION|geo:Bellevue Hospital]] Patient Relations ([[LOCATION|geo:NYC]] H+H)
from: [[PERSON|name:Guadalupe "Lupita" Herrera]] re: brother [[PERSON|name:Ramón Herrera]], DOB [[DATE|date:11-22-1970]], age [[AGE|other:53]]
security took his wheelchair (serial [[DEVICE|device:QX2-7718204]]) into storage and lost it; PD complaint [[ID|other:2024-013-004418]]
web form: [[URL|url:https://www.nychealthandhospitals.org/patient-relations/feedback?ticket=PR-77102]]""",
]

STYLES = [
    ("court-report", COURT_REPORT),
    ("child-protection-notification", CHILD_PROTECTION),
    ("police-liaison-note", POLICE_LIAISON),
    ("forensic-mental-health", FORENSIC_MH),
    ("guardianship-tribunal", GUARDIANSHIP),
    ("disability-support-plan", DISABILITY_PLAN),
    ("housing-support-case-note", HOUSING_SUPPORT),
    ("welfare-agency-letter", WELFARE_LETTER),
    ("interpreter-booking", INTERPRETER_BOOKING),
    ("patient-complaint-file", COMPLAINT_FILE),
]


def main() -> None:
    print(f"probe46: {write_styled(OUT, STYLES)} docs")


if __name__ == "__main__":
    main()
