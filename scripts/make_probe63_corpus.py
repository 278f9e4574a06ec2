"""Write the 63rd hand-annotated redaction probe, 100 notes of US care outside the acute hospital.

Why: records written outside the hospital carry identifiers the acute-care probes rarely show:
OTP central-registry and palm-vein template ids, booking and DOC numbers, VA last-4 codes and
ICNs, Medicare MBIs, Medicaid and MCO member ids, CURPs and A-numbers from border communities,
EVV GPS fixes, telehealth links and IP logs, plates and VINs for adaptive-equipment grants and
people living in cars. They sit beside dense look-alikes that must survive: methadone doses and
bottle lots, OASIS M-items, MDS section codes and BIMS scores, HCPCS/CPT/ICD codes, NDCs, group
numbers and BIN/PCN, cell and pod numbers, eponyms (Glasgow, Braden, Morse, Hoyer lift,
Columbia) and places that double as names or diseases (Glasgow MT, Huntington WV, Kyle SD). It
measures recall on unseen formats and precision on clinical text that merely looks identifying.

What: ten styles of ten notes each: behavioral-health, otp-mat, social-work, home-health,
hospice-palliative, snf-mds, school-peds, correctional, va-care, prior-auth. Notes are set across
many states, urban and rural, on reservations and Alaska villages, and in border towns on both
the Mexican and Canadian lines. All people are invented. Every identifier is marked inline as
[[LABEL|category:value]].
Conventions: titles, ranks and kinship terms (Dr, Mr, Ms, Rev., Sgt., Lt., SPC, Uncle, Abuela)
stay outside name spans, "SURNAME, Given" and VistA-style "SURNAME,GIVEN M" are
one span, given names, nicknames and initial+surname are each their own span, and bare staff
initials are not marked; a street address from number to ZIP is one ADDRESS span, an address
broken over lines is one ADDRESS span per line, a city or town written with only its state gets
a LOCATION span for the city alone (a ZIP beside it is its own LOCATION span), and counties,
reservations, colonias, villages, chapters, named facilities, schools, pharmacies, funeral
homes, churches, bases and employers' sites are LOCATION, including facilities named after
people (a VA medical center named for a person is one LOCATION span) and a city inside a police
department's name; states, countries, national and state agencies and programs, tribal
governments and their programs, insurers, contractors and public helplines (988, the Veterans
Crisis Line) are not marked; GPS coordinates of a home are LOCATION; dates more specific than a
year are DATE (a weekday with its date is one span, a product expiry month is not marked), the
note subject's age is AGE|other (the number only, also when glued as in 34F), any age over 89
is AGE|date, and other people's ages under 90 are not marked; SSNs, a bare last-4 of an SSN,
VA last-name-initial+last-4 codes, partial SSNs with their glued masks, Canadian SINs and
Mexican CURPs are ID|ssn; MRNs, chart and client numbers and VA ICNs are ID|mrn; Medicare MBIs,
Medicaid ids and plan member ids are ID|health_plan (group numbers, BIN, PCN, payer ids and NDCs
are not marked); patient billing and guarantor accounts, bank accounts, routing numbers and
inmate or resident trust accounts are ID|account; NPI, DEA, state professional licences,
provider and CMS certification numbers and driver licences are ID|license; plates and VINs are
VEHICLE; serials, MAC addresses, app device ids and CGM transmitter ids are DEVICE; palm-vein,
iris, facial, fingerprint, voiceprint and DHS IDENT biometric ids are ID|biometric; photo and
scan file names holding a name or id are ID|photo; practice and patient-specific links are URL;
booking, DOC, AIS, CDCR, NYSID, A-number, I-94, census, claim, case, referral, authorization,
docket, badge, registry, voucher, worker, student, meeting, session, order, Rx and confirmation
numbers are ID|other. Doses, scores, lots, seal numbers, rooms, beds, pods and cells, times,
money, OASIS and MDS item codes and CPT/HCPCS/ICD codes are left unmarked.

How: cd /work/main && .venv/bin/python scripts/make_probe63_corpus.py (writes corpus/redaction/probe63.jsonl).
"""

from pathlib import Path

from make_safe_harbor_suite import write_styled

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "corpus" / "redaction" / "probe63.jsonl"

STYLE_A = [
    """BEHAVIORAL HEALTH INTAKE ASSESSMENT
Agency: [[LOCATION|geo:UNM Psychiatric Center]] Outpatient
Client: [[PERSON|name:Marisol Tafoya-Chavez]]    DOB: [[DATE|date:07/22/1989]]    MRN: [[ID|mrn:001847263]]
Address: [[ADDRESS|geo:2714 Pennsylvania St NE, Albuquerque, NM 87110]]
Medicaid (Turquoise Care): [[ID|health_plan:700391846]]   Referred by: [[PERSON|name:Leticia Baca]], CNP
CC: "I can't sleep and I keep hearing my name at work."
HPI: [[AGE|other:34]]F grocery cashier, 3 wks of insomnia, low mood, hears her name called when alone. One prior inpatient stay (2019).
Screeners: PHQ-9 19, GAD-7 14, C-SSRS screen positive for passive ideation, no plan. AUDIT-C 2.
Meds: sertraline 100 mg daily, trazodone 50 mg qhs. Never trialed lithium.
Collateral: sister, ROI signed today. Dx: F33.2; r/o F25.0. Billing 90792, 60 min.""",
    """CRISIS RESPONSE CENTER - 23 HR OBSERVATION NOTE
PT: [[PERSON|name:ESPINOZA, RAFAEL ANTONIO]]   MRN [[ID|mrn:CRC-0093318]]   DOB [[DATE|date:11-02-1996]]
ARRIVED 0217 VIA [[LOCATION|geo:TUCSON]] PD ON PETITION FOR COURT-ORDERED EVALUATION (ARS 36-524), PETITION NO. [[ID|other:MH20231104-0447]].
PT FOUND WALKING IN TRAFFIC ON ORACLE RD, SHOUTING. BAL 0.00, UDS + METHAMPHETAMINE.
HALDOL 5 MG / ATIVAN 2 MG / BENADRYL 50 MG IM GIVEN 0240. OBS ROOM 6, Q15 CHECKS, BROSET 4.
MOTHER REACHED AT [[PHONE|phone:520-884-3109]]; LIVES IN [[LOCATION|geo:NOGALES]], WILL DRIVE UP.
AHCCCS ID [[ID|health_plan:A81147239]]. PRIOR INPT X2 (2021, 2022).
DISPO: HOLD FOR EVAL, SCREENING AGENCY NOTIFIED [[DATE|date:11/04/23]] 0305.""",
    """Telepsychiatry Progress Note (video)
Patient: [[PERSON|name:Travis Halvorsen]] | DOB [[DATE|date:1978-04-09]] | MRN [[ID|mrn:MT55108294]]
Patient location: home, [[LOCATION|geo:Glasgow]], MT [[LOCATION|geo:59230]] (verified at start of visit)
Platform: [[URL|url:https://billingsclinic.zoom.us/j/84412907731]]
Connection log: pt IP [[IP|ip:166.181.84.203]] (cellular), 38 min, audio dropped x2.
S: [[AGE|other:45]] y/o rancher, calving season, sleeping 4 h/night. Wife present for part of visit.
Hx TBI 2009 (horse kick), GCS 13 at the time; Glasgow Outcome Scale good recovery.
O: PHQ-9 16 (was 21), PCL-5 38. Denies SI. Firearms: 4 rifles in a safe, wife holds the key.
A/P: PTSD, MDD. Increase prazosin to 3 mg qhs; continue bupropion XL 300 mg. CPT 99214-95 + 90833.
[[PERSON|name:Anjali Raman]], MD""",
    """session #14 - cbt - 53 min (90837)
cl [[PERSON|name:dashawn]] arrived 10 min late, took the B46 from [[LOCATION|geo:flatbush]]. discussed conflict w/ his mother.
reports he got hired nights at the [[LOCATION|geo:amazon JFK8 warehouse]].
ex gf [[PERSON|name:keisha]] filed for custody of their son; hearing [[DATE|date:5/2]] in family court.
phq9 11, gad7 9. no si/hi. practiced thought record re "everyone thinks i'm a screwup".
hw: behavioral activation log. next appt thurs 4pm.
- [[PERSON|name:r. goldfarb]], lcsw-r""",
    """PSYCHOLOGICAL / NEUROCOGNITIVE EVALUATION - CONFIDENTIAL
Examinee: [[PERSON|name:Huong Thi Pham]]     Testing dates: [[DATE|date:02/27/2023]], [[DATE|date:03/06/2023]]
DOB: [[DATE|date:09/30/1960]]     Chart #: [[ID|mrn:PSY-771520]]
Tests: WAIS-IV (selected subtests), RBANS Form A, Trails A/B, Boston Naming Test, Geriatric Depression Scale, MoCA (Vietnamese version).
Results: RBANS total index 71 (3rd %ile); Trails B 212 s; MoCA 17/30; GDS 9/15.
Background: born in [[LOCATION|geo:Huế]], arrived 1992, 20 yrs as a seamstress. Widowed, lives with her daughter.
Impression: major neurocognitive disorder, probable Alzheimer type, mild; pattern not typical of Lewy body disease.
Recs: neurology f/u, OT driving evaluation, POA paperwork.
Report sent to [[EMAIL|email:mnguyen.md@ahsoakland.org]].
[[PERSON|name:Rebecca Lindqvist]], PhD, CA license [[ID|license:PSY 28814]]""",
    """LAI INJECTION CLINIC FLOWSHEET
Client: [[PERSON|name:OKAFOR, Chukwuemeka]]   ID [[ID|mrn:MHBH-40217]]   DOB [[DATE|date:1/14/1993]]
Date | Med | Dose | Site | Lot | Exp | RN
[[DATE|date:01/08/24]] | Invega Sustenna | 156 mg | L deltoid | 3KG7L01 | 08/2025 | JT
[[DATE|date:02/05/24]] | Invega Sustenna | 156 mg | R deltoid | 3KG7L01 | 08/2025 | JT
[[DATE|date:03/04/24]] | Invega Sustenna | 117 mg | L gluteal | 4AB2M17 | 11/2025 | MS
Dose reduced for EPS (AIMS 4, Simpson-Angus 6). Brought by ACT worker [[PERSON|name:Samantha Greer]].
Next due in 4 wk (window +/- 7 d). Prolactin 41 ng/mL. CPT 96372, J2426 x117.""",
    """Child & Adolescent Psychiatry - [[LOCATION|geo:Melrose Center]]
Pt: [[PERSON|name:Ayaan Warsame]], [[AGE|other:15]] yo M, 10th grade. MRN [[ID|mrn:60028841-3]]
Accompanied by father [[PERSON|name:Abdirahman Warsame]] (declined Somali interpreter) and aunt.
Wt 48.2 kg (BMI 16.1, 4th %ile), HR 44 supine / 71 standing, temp 35.9 C. Phos 2.9, K 3.3.
Restricting since cross-country season; fasting extended past Ramadan. EDE-Q global 3.8.
Plan: PHP 5 d/wk starting Monday; family-based treatment; refeeding labs q48h.
PCP notified by fax [[PHONE|fax:612-338-0419]].""",
    """MY SAFETY PLAN (Stanley-Brown)   Name: [[PERSON|name:Kaylee Dubois]]   Completed: [[DATE|date:October 19, 2023]]
1. Warning signs: not answering texts, skipping shifts at the [[LOCATION|geo:Walmart Supercenter]] in [[LOCATION|geo:Breaux Bridge]]
2. Internal coping: playlists, walking the levee, crawfish boil with cousins
3. People/places for distraction: Mamaw [[PERSON|name:Odile Guidry]] [[PHONE|phone:337-332-5107]]; adoration chapel at church
4. People I can ask for help: best friend (number in my phone)
5. Professionals: my therapist, LPC [[PHONE|phone:337-593-1120]] x204; 988 Suicide & Crisis Lifeline; nearest ER
6. Making the environment safe: dad's shotgun moved to uncle's camp, [[ADDRESS|geo:1047 Catahoula Hwy, St Martinville, LA 70582]]; meds in weekly blister packs.
Reason for living: "my daughter and my dog Boudreaux".""",
    """[[LOCATION|geo:Pine Ridge IHS Hospital]] - Behavioral Health walk-in
Pt: [[PERSON|name:Tashina Two Bulls]], age [[AGE|other:27]]. Chart [[ID|mrn:PR-118604]].
Lives with grandmother in [[LOCATION|geo:Kyle]]. Brought by cousin [[PERSON|name:Wesley Iron Cloud]].
Brother died [[DATE|date:02/14/24]] in a rollover on BIA Route 2.
C-SSRS: ideation with method (hanging), no intent, no prep. Columbia protocol reviewed with cousin.
Wants to see a traditional healer; wiping-of-tears ceremony planned with family.
Plan: daily check-ins through the Oglala Sioux Tribe suicide prevention program, safety plan, f/u 1 wk.
[[PERSON|name:Jolene Red Cloud]], LPC-MH""",
    """DISCHARGE SUMMARY - Youth Crisis Respite, [[LOCATION|geo:Edinburg]], TX
Resident: [[PERSON|name:Alondra Guadalupe Saenz Garza]]   DOB [[DATE|date:08 Jun 2008]]   Age [[AGE|other:15]]
Admit [[DATE|date:01/29/2024]]   LOS 46 days
Guardian: madre, cel [[PHONE|phone:956-720-3348]]; father lives in [[LOCATION|geo:Reynosa]], Tamps., tel [[PHONE|phone:+52 899 154 2087]]
CURP (consular file): [[ID|ssn:SAGA080608MTSNRLA0]]
Dx: F32.2, F43.10. D/C meds: fluoxetine 20 mg qam, hydroxyzine 25 mg PRN (max 3/day).
Aftercare: outpatient LPC in [[LOCATION|geo:Pharr]] within 7 days. Mamá verbalized understanding (en español).""",
]

STYLE_B = [
    """OPIOID TREATMENT PROGRAM - ADMISSION
Program: [[ADDRESS|geo:1401 7th Ave, Huntington, WV 25701]]
Patient: [[PERSON|name:Cody Ray Adkins]]   DOB [[DATE|date:12/03/1991]]   SSN [[ID|ssn:236-41-8875]]
WV DL [[ID|license:F418203]]
Biometric enrollment: palm vein template [[ID|biometric:PV-7730-1184-22]] (left hand)
History: IV heroin -> fentanyl since 2016, 3 prior OD, Narcan x2 last year. No family hx of Huntington disease (pt asked).
COWS 14 at 0905. UDS: fentanyl +, norfentanyl +, buprenorphine -, xylazine test strip +.
PDMP query ref [[ID|other:WV-PDMP-88137420]] - no active controlled Rx.
Initial methadone 30 mg PO observed 0930, re-eval 3 h; max day 1 per 42 CFR 8.12 = 50 mg.
Admitting physician NPI [[ID|license:1937868671]]""",
    """DOSING LOG  wk of [[DATE|date:03/04/2024]]   pt [[PERSON|name:REYES, Jasmine]]   OTP# [[ID|mrn:4420-118]]
Palm scan ID on file [[ID|biometric:PSV0093817]]
Day | Time | Dose (mg) | Form | Bottle lot | Verified | Nurse
Mon | 0612 | 95 | liquid | L24-0219A | palm | KW
Tue | 0620 | 95 | liquid | L24-0219A | palm | KW
Wed | 0608 | 100 | liquid | L24-0227C | palm | DP
Thu | -- | -- | -- | -- | NO SHOW | --
Fri | 0735 | 100 | liquid | L24-0227C | palm FAIL x2 -> photo ID | DP
Sat/Sun take-homes x2 (100 mg ea) dispensed Fri in lockbox; lockbox serial [[DEVICE|device:MLB-55012-R]].
Thu no-show: called [[PHONE|phone:(413) 226-7719]], left VM. Dose increase per medical director.""",
    """FAX COVER - COURTESY (GUEST) DOSING REQUEST
To: [[LOCATION|geo:Grand Strand Treatment Center]], [[LOCATION|geo:Myrtle Beach]] SC   Fax [[PHONE|fax:843-449-2186]]
From: OTP, [[ADDRESS|geo:408 Congress St, Portland, ME 04101]]   Fax [[PHONE|fax:(207) 780-1523]]
Re: [[PERSON|name:Nathaniel J. Thibodeau]]   DOB [[DATE|date:5/17/1985]]   Central registry [[ID|other:ME-CR-0071946]]
Dates requested: [[DATE|date:7/22/23]] through [[DATE|date:7/29/23]] (family vacation)
Current dose: methadone 120 mg liquid. Phase 3, no take-homes while away.
Last UDS: methadone/EDDP only. QTc 448 ms.
Ordering physician DEA [[ID|license:FO7924283]]
Pages: 4 (incl. cover). CONFIDENTIAL - 42 CFR Part 2 protected.""",
    """Office-based buprenorphine f/u - [[LOCATION|geo:Hazard]] KY - visit [[DATE|date:Mar 12, 2024]]
Pt: [[PERSON|name:Loretta Caudill]] ([[AGE|other:52]] F)   MRN [[ID|mrn:KRM000381104]]
Sublingual film buprenorphine/naloxone 8/2 mg BID, wk 61. Cravings 1/10. No use. Works at a dollar store.
UDS POC: bup +, norbup +, everything else neg. Pill/film count correct (14).
KASPER reviewed, report #[[ID|other:K24071120338]].
Rx: 8/2 mg films #28, to [[LOCATION|geo:Family Drug of Hazard]], Rx [[ID|other:6120447]].
Husband drove her (her license suspended after DUI 2021).
[[PERSON|name:Whitney Slone]], APRN  DEA [[ID|license:MS2186600]]""",
    """Group counseling - Relapse Prevention (Tues PM)   [[LOCATION|geo:Spokane]] outpatient
Facilitator: SUDP on duty
Attendance:
- [[PERSON|name:Chantel]] - present, shared re: 90 days
- [[PERSON|name:Tyrell M.]] - present
- [[PERSON|name:Gus]] - late 20 min
- [[PERSON|name:Samuel Whitehorse]] - present, first group
Topic: HALT, urge surfing, "play the tape forward". ASAM dimension 5 reviewed.
Individual note for [[PERSON|name:Samuel Whitehorse]] (client #[[ID|mrn:SP-20431]]): engaged, disclosed meth use at cousin's in [[LOCATION|geo:Wellpinit]]. Plan: add IOP Thurs.
Re-disclosure prohibited under 42 CFR Part 2.""",
    """Reentry MAT - naltrexone ER injection
Site: [[LOCATION|geo:Worcester County House of Correction]] discharge clinic   Date [[DATE|date:2024-03-08]]
Pt [[PERSON|name:Kevin O'Halloran]], inmate # [[ID|other:WCHC-117426]]
Vivitrol 380 mg IM R gluteal, lot 230815B, exp 2025-06. Naloxone kit (Narcan 4 mg x2) given at door.
Release address: sister's, [[ADDRESS|geo:22 Grafton St, Apt 3L, Worcester, MA 01604]]
Probation docket [[ID|other:2362CR001478]]
MassHealth [[ID|health_plan:100284719035]] reinstated. Next injection in 28 days at the health center.""",
    """TELEHEALTH BUPRENORPHINE VISIT - audit extract
Patient: [[PERSON|name:Ashley Marie Kowalski]] | DOB [[DATE|date:06/19/1997]] | Acct [[ID|account:700118294]]
Session: [[URL|url:https://doxy.me/drcalloway-mat]] | join 19:02 | end 19:21
Patient device IP: [[IP|ip:2600:1700:5a40:9e10:8c2:1f4b:7e03:2a1]]   Provider: clinic NAT
Patient states location: home in [[LOCATION|geo:Sault Ste. Marie]], MI (confirmed; not across the bridge in Ontario)
Dual citizen; Ontario records requested, SIN [[ID|ssn:157 016 288]] given for that request.
Plan: continue 16 mg/day, Rx to usual pharmacy, next visit 4 wk.
PHQ-2 = 1, COWS N/A. Sublocade discussed: prefers films for now. Billing G2086.""",
    """STATE OTP CENTRAL REGISTRY - DUAL ENROLLMENT CHECK
Query for: [[PERSON|name:FONTAINE, Marcus Everett]], DOB [[DATE|date:02/28/1979]], last 4 SSN [[ID|ssn:6617]]
Result: MATCH - active enrollment at [[LOCATION|geo:Tampa Metro Treatment]] since [[DATE|date:11/02/2023]], registry id [[ID|other:FL-OTP-2290418]].
Action: contacted that program's nurse manager ([[EMAIL|email:lmarrero@tampametrotx.com]]); pt to be discharged there before admission here.
Biometric check: palm vein template [[ID|biometric:PV-FL-0448192]] matched the other program's enrollment.
Intake on hold. Pt informed by phone at 1540; verbalized understanding.""",
    """OB-OTP coordination note
Pt [[PERSON|name:Tiana Brooks]] G3P2 at 28 weeks, methadone 85 mg split (45/40). [[AGE|other:29]] y/o.
Program: [[LOCATION|geo:Center for Addiction and Pregnancy]]
OB: Dr [[PERSON|name:Folasade Ige]]; anatomy scan nl, EFW 47th %ile.
NAS/NOWS plan discussed: Eat-Sleep-Console, rooming-in. MD Medicaid [[ID|health_plan:41982277310]].
EDD [[DATE|date:06/11/2024]]. Partner attending parenting group; DV screen negative.
Take-home eligibility: 7 days per 2024 rule.""",
    """INCIDENT / TRANSFER SUMMARY
Pt [[PERSON|name:Hector Luis Ruiz]]   MRN [[ID|mrn:CD-99032]]
[[DATE|date:3/2/24]] 0710: staff found pt unresponsive in a silver 2014 Honda Civic, RI plate [[VEHICLE|vehicle:1LK 427]], in our lot. Narcan 4 mg IN x2, responsive after 3 min, EMS to ED.
Pt relocating to [[LOCATION|geo:Anchorage]] with his aunt.
Transfer packet faxed to [[PHONE|fax:907-561-4093]]: dose history, last UDS, ID scans [[ID|photo:DL_scan_RUIZ_Hector.pdf]], [[ID|photo:RUIZ_H_intake_photo.jpg]].
Last dose here 80 mg. No bridging Rx (methadone). Palm vein template [[ID|biometric:PSV0117730]] deactivated at discharge.""",
]

STYLE_C = [
    """Outreach contact - [[LOCATION|geo:Ballard]] safe lot
Client: [[PERSON|name:Gerald Lindstrom]] (goes by [[PERSON|name:Gerry]]), [[AGE|other:61]]
Living in 2006 Ford E-350 van, WA plate [[VEHICLE|vehicle:CBF4127]], VIN [[VEHICLE|vehicle:1FTSE34L56DA40219]] (title lost; DOL replacement form started).
SSN last-4 [[ID|ssn:xxx-xx-2290]] verified vs. SSA letter.
Health: COPD, uses O2 at night from a battery concentrator (serial [[DEVICE|device:IG5-2203-04417]]) - battery dies, charges it at the library.
Referred to clinic for PCP. Coordinated entry score 11. Next contact Thursday at the lot.""",
    """CHILD WELFARE CASE NOTE - CONFIDENTIAL
Case # [[ID|other:FR-2024-0031187]]
Family: [[PERSON|name:MORALES, Daniela]] (mother); children [[PERSON|name:Isaac]] and [[PERSON|name:Leah]]
Home visit [[DATE|date:March 6, 2024]] at [[ADDRESS|geo:4418 E Hedges Ave, Fresno, CA 93703]] - unannounced.
Home: adequate food, 1 space heater, mold in bathroom. Children attend school daily per mother.
Mother's boyfriend not present; mother states he moved out of county.
Safety plan reviewed; SDM risk: moderate. TDM in 2 weeks.""",
    """BENEFITS ASSISTANCE - case management
Client [[PERSON|name:Oksana Melnyk]], [[AGE|other:58]]
SSI application filed online, confirmation # [[ID|other:SSI-7Q4K2M9]]; SSN [[ID|ssn:614-38-2079]].
Direct deposit for SSI: routing [[ID|account:321175261]], acct [[ID|account:0044817792]].
Former employer: [[LOCATION|geo:Sutter Roseville Medical Center]] environmental services.
Rent $1,140, 2 months behind ($2,280). CalFresh recert due end of month.
Task: print SSA-3368, get medical source statement from PCP.""",
    """ACT TEAM NOTE   ACT Team 3
Consumer: [[PERSON|name:Reginald Booker]]   DOB [[DATE|date:04/04/1970]]   Case [[ID|mrn:DW-ACT-55819]]
Contact type: home visit, [[ADDRESS|geo:18940 Gallagher St, Detroit, MI 48234]], 45 min
Housing: Section 8 voucher # [[ID|other:MSHDA-HCV-771053]] - inspection failed (no smoke detector), landlord [[PERSON|name:Samir Haddad]] to fix.
Meds: clozapine 400 mg, ANC 2.9 (REMS no longer required). Pt reports drooling.
Brother visiting from [[LOCATION|geo:Flint]] this weekend.""",
    """ADULT PROTECTIVE SERVICES - INTAKE NARRATIVE
Report #: [[ID|other:APS-2024-FL-0447812]]
Alleged victim: [[PERSON|name:Dorothy Ann Whitaker]], age [[AGE|date:92]], [[ADDRESS|geo:5270 Pinewood Ct, Sarasota, FL 34233]]
Reporter: bank officer at local branch.
Concern: nephew [[PERSON|name:Brent Whitaker]] added as joint owner on acct [[ID|account:1000287449312]] in Jan; $48,600 withdrawn; purchase of 2023 Ram 1500, VIN [[VEHICLE|vehicle:1C6SRFFT3NN294417]].
Victim has dementia (MMSE 15 per PCP). Nephew email on bank file [[EMAIL|email:brentw.fl79@gmail.com]].
Priority: 24 hr.""",
    """Refugee case management - 90-day check
Family: [[PERSON|name:Ahmadzai, Gul Bibi]] (PA) and 4 dependents, arrived [[DATE|date:12/11/2023]]
Agency: [[LOCATION|geo:International Center of Kentucky]]
A-number [[ID|other:A218-447-903]]; I-94 [[ID|other:38219470A51]]. Language: Dari, telephonic interpreter.
Evacuated from [[LOCATION|geo:Kabul]], processed at [[LOCATION|geo:Camp Atterbury]]. PA has hypertension; BP 162/98 today.
PCP appointment at [[LOCATION|geo:Graves Gilbert Clinic]] next week; no Graves disease history.
Cash assistance ends this month.""",
    """DV advocacy note (confidential)
Survivor: [[PERSON|name:Jenna Castellano]]
ACP substitute address issued: [[ADDRESS|geo:PO Box 257, Olympia, WA 98507]] (participant #[[ID|other:ACP-58204]])
Protection order [[ID|other:24-2-00913-34]] granted by Superior Court.
Abuser drives black 2019 Silverado, WA plate [[VEHICLE|vehicle:C88213V]]; seen outside her work twice this week.
New email for contact only: [[EMAIL|email:safeharbor.jc22@proton.me]]. Do NOT call old number.
Referred to shelter; kids' school notified (name withheld).""",
    """Case management - community health rep home visit
Client: [[PERSON|name:Begay, Loretta Yazzie]]   Census # [[ID|other:NN-214773]]
Location: [[LOCATION|geo:Many Farms]] chapter; no street address, hogan near water tank; GPS [[LOCATION|geo:36.3562, -109.6203]]
Hauls water weekly; propane low. Grandson [[PERSON|name:Darius Begay]] helps.
Needs: DM supplies, wood, ride to eye clinic. A1c 9.4. Speaks Diné bizaad, daughter interprets.
Navajo Nation CHR program follow-up in 2 weeks.""",
    """Promotora visit log - colonia outreach
Household: [[PERSON|name:Esperanza Villarreal]] y familia, [[LOCATION|geo:Colonia Larga Vista]]
No city water; tank filled Sunday. Husband works in [[LOCATION|geo:Nuevo Laredo]], crosses daily at Bridge 2.
Mrs [[PERSON|name:Villarreal]]: DM2, out of metformin x2 wks. Mexican ID (CURP) shown for clinic registration: [[ID|ssn:VIRJ850312HTSLDQ09]] (belongs to husband; wrong card - returned).
Referred to community health center, sliding scale, appt [[DATE|date:martes 12 de marzo]].
Tel [[PHONE|phone:956-286-0917]] (WhatsApp).""",
    """From: [[EMAIL|email:m.oyelowo@thresholds.org]]
To: [[EMAIL|email:kfitzgerald@cookcountyhhs.org]]
Sent: [[DATE|date:Tue 12/12/2023]] 4:51 PM
Subject: RE: shelter bed / CCH f/u

[[PERSON|name:Kathleen]] - [[PERSON|name:Jerome]] ([[PERSON|name:Baptiste, Jerome]], CCH MRN [[ID|mrn:2118847]]) got a bed at [[LOCATION|geo:Pacific Garden Mission]] tonight. He still needs his Haldol dec shot (due Friday). Can psych clinic see him?
His phone died; best reach is the mission front desk. Chart folder: [[URL|url:https://thresholds.sharepoint.com/sites/ACT/Clients/JBaptiste]]
- M.O., case manager""",
]

STYLE_D = [
    """HOME HEALTH SOC VISIT - OASIS-E
Pt: [[PERSON|name:Wilbur Dean Pruitt]]   M0066 DOB [[DATE|date:01/19/1942]]   M0069 Gender 1
M0063 Medicare MBI [[ID|health_plan:3QW7HN2KD84]]   M0030 SOC [[DATE|date:03/11/2024]]
Address: [[ADDRESS|geo:3307 68th St, Lubbock, TX 79413]]
M1033 risk: 3 (hx falls, >=5 meds, exhaustion). M1800 grooming 1, M1860 ambulation 3. GG0170 walk 10 ft: 04.
O2 2 L via concentrator, serial [[DEVICE|device:1012-CF4Q-88321]]; backup E cylinders x4.
PCP NPI [[ID|license:1004776112]]. Wife is primary caregiver.
BP 142/78, HR 88 irreg, SpO2 93% on 2 L, wt 171 lb. Episode 1 of 2, HIPPS 1FC21.""",
    """wound visit - skilled nsg
pt [[PERSON|name:Evangeline Batiste]]   visit [[DATE|date:9/13/23]] 1030-1115
stage 4 sacral PI: 4.2 x 3.1 x 1.6 cm, tunneling 2 cm @ 11 o'clock, 30% slough. braden 13.
NPWT changed, 125 mmHg continuous, canister changed. unit serial [[DEVICE|device:UTA-4471902-K]]
photos uploaded to chart: [[ID|photo:BATISTE_E_sacrum_20230913_01.jpg]], [[ID|photo:BATISTE_E_sacrum_20230913_02.jpg]]
dr notified of increased drainage, orders for santyl to slough.
dtr doing repositioning q2h, hospital bed + group 2 mattress in place. RN-AB""",
    """REMOTE PATIENT MONITORING - device enrollment & 7-day summary
Patient: [[PERSON|name:Stanislaw Wojcik]]   Agency MRN [[ID|mrn:HH-2024-08817]]
Hub: cellular gateway, serial [[DEVICE|device:HGW3-00917724]], MAC [[DEVICE|device:00:1E:C0:4A:7F:21]]
Scale serial [[DEVICE|device:BWS-71A-552019]]
Last upload 06:41 from [[IP|ip:100.74.18.215]]
Day | Wt (lb) | BP | HR | Alert
1 | 203.4 | 128/74 | 71 | -
4 | 206.8 | 134/80 | 78 | wt +3 lb/72h
7 | 208.2 | 138/82 | 84 | wt +5 lb/wk -> RN call
RN call: pt admits salty soup at daughter [[PERSON|name:Halina]]'s. Cardiology notified, furosemide 40 mg x2 days.""",
    """HOME INFUSION NURSING VISIT
Patient: [[PERSON|name:Deshawn Tillman]] ([[AGE|other:38]])   Visit: [[DATE|date:Wed, March 6, 2024]]
Location: [[ADDRESS|geo:742 Poplar Grove Rd, Starkville, MS 39759]]
Therapy: IV ertapenem 1 g q24h x 6 wks for osteomyelitis (R foot), PICC R basilic, 44 cm, arm circumference 29 cm.
Backup pump serial [[DEVICE|device:CADD-SOL-1709433]] left in home.
Pharmacy lot 23K119 (exp 09/2024). Labs drawn: CBC, CMP, ESR, CRP.
Dressing change, CHG disc, caps changed. Mother [[PERSON|name:Gloria Tillman]] trained on flush SASH.""",
    """RESUMPTION OF CARE (ROC) - OASIS
M0032 ROC date [[DATE|date:03/09/2024]]  (inpt stay 6 days at [[LOCATION|geo:Mercy Hospital Springfield]])
Patient: [[PERSON|name:HOLLINGSWORTH, Beverly J]]   MBI [[ID|health_plan:7TC2JR5GA61]]
Dx: I50.33 acute on chronic diastolic HF; E11.22; N18.31. PDGM clinical group MMTA-cardiac.
M2001 drug regimen review: issues found (duplicate metoprolol tartrate + succinate) - MD called, tartrate d/c'd.
Lives alone, [[LOCATION|geo:Ozark]], MO; son checks daily, cell [[PHONE|phone:417-598-3361]].
Medical alert pendant serial [[DEVICE|device:LA-MXD-220718834]] tested OK.""",
    """lpn visit  pt [[PERSON|name:arlene bouchard]]
directions: [[ADDRESS|geo:1189 Crow Hill Rd, St Johnsbury, VT 05819]] - 2nd drive past the grange hall, mud season, park at road & walk up.
vs 136/70, 76, 18, 97.8, spo2 95 ra. bg 188 (ate maple toast). insulin glargine 22u given by pt w/ cueing.
pill planner filled for 7d. 1 missed pm dose of apixaban 5 mg.
husband [[PERSON|name:roland]] has mild dementia, not safe to drive - truck keys hidden per dtr.
called dtr at [[PHONE|phone:802-748-2219]]. next lpn visit tues. -kp lpn""",
    """EVV VISIT VERIFICATION EXPORT (Medicaid HCBS)
Member: [[PERSON|name:Yer Vang]]   Medicaid ID [[ID|health_plan:02718834]]   Service: T1019 personal care
Caregiver: [[PERSON|name:Pa Houa Xiong]], worker ID [[ID|other:W-3318270]]
Check-in: 07:58 CST  GPS [[LOCATION|geo:44.5226, -88.0018]]  method: IVR voiceprint [[ID|biometric:VP-88K2-1190]]
Check-out: 11:02 CST  GPS [[LOCATION|geo:44.5225, -88.0021]]  units: 12
Exception: none. Telephony caller ID [[PHONE|phone:920-336-7408]] (member's landline)
Mobile app session from [[IP|ip:24.183.77.12]], device ID [[DEVICE|device:A3F1-77C2-90BD-4E18]]""",
    """PT HOME VISIT #5
Pt: [[PERSON|name:Francisco Delgado]] (prefers [[PERSON|name:Paco]]), [[AGE|other:79]] yo, s/p L TKA [[DATE|date:2/20/24]].
Home: [[ADDRESS|geo:2250 Calle de Guadalupe, Mesilla, NM 88046]], 2 steps to enter, no rails.
AROM L knee 8-94 deg. TUG 21 s w/ FWW (was 34 s). Tinetti 17/28.
Wife unable to transfer him alone; Hoyer lift delivered by DME for night use, lift serial [[DEVICE|device:HPL-402-0077183]]; caregiver trained on sling sizing.
Plan: 2w3 then 1w2; goal community ambulation to the basilica for Sunday Mass (~150 ft + curb).
PT, DPT, NM lic [[ID|license:PT-0041729]]""",
    """DISCHARGE FROM AGENCY - OASIS M0100 RFA 9
Pt [[PERSON|name:Mattie Lou Freeman]], [[LOCATION|geo:Macon]], GA.  D/C date [[DATE|date:03/12/2024]].
Goals met: independent with meds via pill dispenser (dispenser serial [[DEVICE|device:MDP-45-007731]], locked, rings 0800/2000).
M1400 dyspnea 1, M1830 bathing 2, M2420 discharge disposition: 1 (remained in community).
Ongoing services: CCSP waiver, care coordinator at the Area Agency on Aging; Meals on Wheels 5x/wk.
Medicaid [[ID|health_plan:113848207]].
Summary faxed to PCP at [[PHONE|fax:478-633-0290]].""",
    """HOME HEALTH CERTIFICATION AND PLAN OF CARE
1. PATIENT'S HI CLAIM NO.: [[ID|health_plan:2KF9M83NP47]]   2. SOC DATE: [[DATE|date:02/28/2024]]   3. CERTIFICATION PERIOD: 60 DAYS
4. MEDICAL RECORD NO.: [[ID|mrn:A01-3371902]]   5. PROVIDER NO.: [[ID|license:127331]]
6. PATIENT'S NAME AND ADDRESS: [[PERSON|name:KAHALE, LEILANI M]]
[[ADDRESS|geo:94-1041 WAIPAHU ST APT 12]]
[[ADDRESS|geo:WAIPAHU HI 96797]]
8. DATE OF BIRTH: [[DATE|date:06/14/1951]]   9. SEX: F
11. ICD: L97.512 NON-PRS CHR ULCER OTH PRT R FOOT; E11.621; I70.235
15. SAFETY MEASURES: FALL PRECAUTIONS, GLUCOMETER
21. ORDERS: SN 2W4, 1W4; WOUND CARE R FOOT QOD; PT EVAL.
24. PHYSICIAN FAX [[PHONE|fax:808-524-1193]]""",
]

STYLE_E = [
    """HOSPICE ADMISSION - RN CASE MANAGER
Patient: [[PERSON|name:Cornelius Abernathy]]   Age [[AGE|date:91]]
Hospice: [[LOCATION|geo:CarePartners Hospice]]   Election date [[DATE|date:02/26/2024]]
Terminal dx: end-stage CHF (I50.43); secondary: CKD 4, Parkinson disease. PPS 30%, FAST N/A, NYHA IV.
Location of care: home, [[ADDRESS|geo:86 Beaverdam Rd, Asheville, NC 28804]]
MOST form: DNR/comfort measures; signed by HCPOA (daughter) [[PERSON|name:Winifred Abernathy-Cole]].
Medicare MBI [[ID|health_plan:5HX4EP7WR02]].
Comfort kit delivered: morphine 20 mg/mL 0.25 mL q1h prn, lorazepam 0.5 mg, haloperidol 0.5 mg, atropine 1% gtt.""",
    """Outpatient Palliative Care Consult - [[LOCATION|geo:OHSU Knight Cancer Institute]] clinic
Pt: [[PERSON|name:Ingrid Solberg]], [[AGE|other:67]]F, metastatic pancreatic adenocarcinoma, s/p 6 cycles FOLFIRINOX.
Accompanied by wife [[PERSON|name:Marguerite Lacroix]] (health care representative, OR Advance Directive on file).
ECOG 2, Karnofsky 60, ESAS pain 6/10, nausea 4/10. Celiac plexus block last month - partial relief.
Goals: "I want to be at the coast in [[LOCATION|geo:Manzanita]] for our anniversary on [[DATE|date:May 4]]."
Plan: methadone 2.5 mg q8h (QTc 431), olanzapine 2.5 mg qhs; POLST completed today; hospice information visit offered.""",
    """HOSPICE IDT MEETING   Team: [[LOCATION|geo:Fargo]] team
Pt | Benefit period | Update | Plan
[[PERSON|name:Gunderson, Arvid]] | BP2 day 74 | wt down 4 lb, PPS 40->30, sleeping 20 h | continue; F2F not due
[[PERSON|name:Bjerke, Solveig]] | BP1 day 12 | agitation at night | haloperidol 0.5 mg qhs, vol sitter Thurs
[[PERSON|name:Lapointe, Denise]] | BP1 day 3 | lives in [[LOCATION|geo:Wahpeton]], 50 mi; son primary CG | add Tues RN visit
Chaplain: [[PERSON|name:Solveig]] requests Lutheran communion, pastor coming Sun.
MSW: [[PERSON|name:Arvid]]'s funeral pre-planning done.""",
    """RN DEATH VISIT NOTE
Patient [[PERSON|name:Ruth Ellen Sizemore]] pronounced by RN at 0347 on [[DATE|date:11/09/2023]].
Location: home, [[LOCATION|geo:Boone]]. Present: husband [[PERSON|name:Earl Sizemore]], grandson.
No breath sounds x1 min, no apical pulse x1 min, pupils fixed. Time of death 0341 per family.
Post-mortem care given. Foley removed. Comfort kit: morphine 18 mL wasted with witness (RN-TG), lorazepam 7 tabs wasted.
Notified: on-call MD 0355; [[LOCATION|geo:Hampton Funeral Home]], removal 0520.
Bereavement risk: moderate (husband [[AGE|date:94]], lives alone now). Bereavement file opened.""",
    """PCA pump setup - hospice home visit
Pt [[PERSON|name:Abdullah Qureshi]] - [[ADDRESS|geo:3921 Ellerslie Ave, Baltimore, MD 21218]] - [[DATE|date:1/16/2024]]
CADD-Solis serial [[DEVICE|device:SN 1210-448273]], cassette 100 mL hydromorphone 2 mg/mL.
Settings: continuous 0.6 mg/h, PCA 0.3 mg q15min, max 2.4 mg/h; lock level LL2; clinician code withheld.
SQ site L abdomen, 24g, transparent dressing. Son [[PERSON|name:Imran]] taught bolus button and alarms.
Pharmacy order # [[ID|other:HP-4481-2290]]. Pain 8 -> 3 over 90 min. RASS 0.""",
    """[[LOCATION|geo:Hospice of Santa Cruz County]]

[[DATE|date:April 2, 2024]]

Ms. [[PERSON|name:Teresa Alcantara]]
[[ADDRESS|geo:118 Bay View Dr]]
[[ADDRESS|geo:Aptos, CA 95003]]

Dear [[PERSON|name:Teresa]],

We are thinking of you as you approach one month since [[PERSON|name:Ramon]]'s death. Grief can arrive in waves. Our Wednesday evening support group meets in the parish hall; no registration needed. Dates and readings are at [[URL|url:https://www.hospicesantacruz.org/grief-support]].
If you would like a call from a bereavement counselor, please reach us at [[EMAIL|email:hweiss@hospicesantacruz.org]].

With care,
Bereavement Team""",
    """HOSPICE FACE-TO-FACE ENCOUNTER ATTESTATION
Patient: [[PERSON|name:Lucille Marchetti]]   MBI [[ID|health_plan:8RD1VK6CT95]]
Benefit period 3, beginning [[DATE|date:03/18/2024]]. F2F performed within 30 days prior.
Findings: FAST 7c, unable to sit up without support, wt 98 lb (BMI 17.4), MAC 21 cm (was 23.5), two aspiration events in 60 days.
I attest that I, [[PERSON|name:Olivia Castellanos]], NP, NPI [[ID|license:2004562916]], had a face-to-face encounter with the patient and the findings were shared with the hospice physician for recertification.
Location: [[LOCATION|geo:Parkview Manor]] memory care, [[LOCATION|geo:Yonkers]], NY""",
    """Pediatric Palliative Care - concurrent care visit
Pt: [[PERSON|name:Emmett Larsen]] ([[AGE|other:6]]), SMA type 1 dx infancy; trach/vent, G-tube.
Home: [[LOCATION|geo:Tooele]], UT. Parents [[PERSON|name:Kelsey]] and [[PERSON|name:Bryce Larsen]].
Vent: Trilogy Evo serial [[DEVICE|device:TV1-209-88314]]; cough assist serial [[DEVICE|device:CA70-1174302]]. Pulse ox alarm settings reviewed.
Wish trip planned for June; portable O2 and backup vent arranged.
Parents want full code except no CPR with chest compressions; POLST (peds) updated today.
Complex care contact [[EMAIL|email:complexcare.team@imail.org]]""",
    """Hospice/palliative - rural coordination note
Pt [[PERSON|name:Anna Kasayulie]], [[AGE|other:78]], Yup'ik elder, village of [[LOCATION|geo:Tuntutuliak]]; ca lung, wants to die at home.
Care team: village CHA, regional hospital palliative RN, [[LOCATION|geo:Bethel]] pharmacy.
Meds sent by bush plane in locked pouch (morphine oral soln 20 mg/mL, lorazepam). Pouch seal #A-004471 intact on arrival.
Family: son [[PERSON|name:Peter Kasayulie]] (cell [[PHONE|phone:907-256-2137]]), daughter-in-law translates.
Weather: no flights 3 days. Teleconference with MD via clinic line.
AK Medicaid [[ID|health_plan:4401877329]].""",
    """Spiritual care note - hospice chaplain
Pt: [[PERSON|name:Lorenzo Washington]]   visit at hospice house, room 4
Baptist; member of [[LOCATION|geo:Greater New Hope Missionary Baptist Church]] on the west side of [[LOCATION|geo:Jackson]].
Pastor visited yesterday; choir members sang "Precious Lord".
Pt worried about estranged son [[PERSON|name:Terrence]] in [[LOCATION|geo:Memphis]]; SW to help locate. Pt gave number [[PHONE|phone:901-774-3308]].
FICA: faith central; community strong; wants "to be right with God and with [[PERSON|name:Terry]]".
Plan: return Thursday; Lord's Supper with pastor. - Chaplain, BCC""",
]

STYLE_F = [
    """MDS 3.0 - 5-DAY PPS ASSESSMENT SUMMARY (abridged)
A0500 Legal name: [[PERSON|name:Hendrickson, Marvel A]]
A0600A SSN: [[ID|ssn:503-27-6641]]   A0600B Medicare: [[ID|health_plan:4GA8YA3HU20]]   A0700 Medicaid: +
A0900 DOB: [[DATE|date:07/16/1936]]   A1600 entry: [[DATE|date:08/05/2023]]   A1800 entered from: 03 acute hospital
C0500 BIMS 8 (moderately impaired). D0160 PHQ-2 to 9 total 6. GG0130A eating 05; GG0170C lying to sitting 02.
I0020 primary: 04 (orthopedic - hip fx). J1800 falls since admit: 0. M0300B1 stage 2: 1.
PDPM: PT/OT TJ, SLP SC, nursing LDE1, NTA NF. Room 212-B.
Completed by: MDS coordinator, RN, RAC-CT""",
    """Care Plan Conference - quarterly   [[DATE|date:03/14/2024]] 1:30 pm
Resident: [[PERSON|name:Ignatius Kowalczyk]] ("[[PERSON|name:Iggy]]"), [[AGE|other:84]], rm 118 West, [[LOCATION|geo:Allied Services Skilled Nursing]]
Present: son [[PERSON|name:Frank Kowalczyk]] (by phone), SW, RD, MDS coordinator, CNA.
Nutrition: wt 142 -> 134.6 lb in 30 days (-5.2%), triggers CAA 12. Mech soft, thin liquids, Ensure BID; likes pierogi from the church sale - son will bring.
Cognition: BIMS 11. Mood: PHQ-9 4. Behaviors: none. Falls: 0 this quarter.
Goals next 90 d: maintain wt >= 134 lb; walk to dining room with RW and 1 assist.
Advance directive: POLST - DNR, limited interventions. Resident trust fund acct [[ID|account:RT-118-2206]], balance $412.""",
    """INCIDENT REPORT - FALL (unwitnessed)
Resident: [[PERSON|name:Clementine Hardaway]]   MR# [[ID|mrn:NMS-30418]]
Date/time found: [[DATE|date:03/10/2024]] 0215, on floor beside bed, rm 34, [[LOCATION|geo:Tupelo]] facility
Bed alarm did not sound - pad alarm unit serial [[DEVICE|device:SP-2000-0418826]] found unplugged; removed from service, ticket to maintenance.
Assessment: 2 cm skin tear L forearm, no hip pain, ROM WNL, neuro checks q15 x4 then q1h; Morse Fall Scale 65.
Photo of skin tear: [[ID|photo:HARDAWAY_C_skin_tear_031024.jpg]]
Notified: NP 0240; daughter [[PHONE|phone:662-842-7730]] 0700.
Root cause: toileting; intervention: scheduled toileting 0000/0200/0400, floor mat, low bed.""",
    """WOUND MD ROUNDS - weekly summary
Resident | Wound | Size (cm) | Tx | Photo
[[PERSON|name:Yazzie, Harold]] | R heel DTI | 3.0x2.5 | offload, skin prep | [[ID|photo:IMG_YAZZIEH_RHEEL_0312.jpg]]
[[PERSON|name:Montoya-Ruiz, Celia]] | sacral stage 3 | 5.1x3.8x0.6 | calcium alginate, foam | [[ID|photo:MONTOYARUIZ_sacrum_w4.png]]
[[PERSON|name:Begaye, Lorraine]] | L lat malleolus arterial | 1.2x1.0 | betadine paint, vasc consult | [[ID|photo:pt20448817_LLM.jpg]]
ABI L 0.52 - vascular referral, fax [[PHONE|fax:480-963-5512]].
Braden scores 12 / 14 / 16. Low air loss mattresses on all three.""",
    """INTERFACILITY TRANSFER / ADMISSION RECORD
To: [[LOCATION|geo:Sage View Care Center]], [[LOCATION|geo:Cheyenne]]
Name: [[PERSON|name:Dale Everett Lundquist]]   Sex: M   Age: [[AGE|other:76]]
Hospital stay: sepsis from UTI, AKI resolved (Cr 2.4 -> 1.3). Foley removed.
Isolation: none. MDRO: ESBL E. coli urine.
Meds: ceftriaxone course complete; carbidopa/levodopa 25/100 TID (Parkinson's; time-critical 0700/1300/1900).
Code status: Full. WY Medicaid [[ID|health_plan:0441872290]].
Contact: wife [[PHONE|phone:307-634-8812]]. Belongings: hearing aids x2 (L serial [[DEVICE|device:2201HX4471]], R serial [[DEVICE|device:2201HX4472]]), dentures upper.""",
    """MEMORY CARE - elopement risk review
Resident: [[PERSON|name:THIBODEAUX, MARGARET]] ("[[PERSON|name:Peggy]]"); [[LOCATION|geo:Dirigo Pines]] memory care
Wander-management bracelet tag ID [[DEVICE|device:WG-TX7-004491]], battery exp 09/2025, checked nightly.
Exit-seeking at front door x3 at 1645; door alarm activated, redirected; says she needs to "catch the bus to [[LOCATION|geo:Millinocket]] for shift at the mill".
Facial-recognition door panel enrollment [[ID|biometric:FR-DP-00412]] set to alert on approach. BIMS 3. Elopement risk score 14 (high). Photo on file for search: [[ID|photo:THIBODEAUX_M_ID_photo_2024.jpg]]
Husband visits daily 1100-1400; calms her.
Plan: activity at 1600 (sundowning), melatonin 3 mg, no door-side seating.""",
    """SECTION Q - RETURN TO COMMUNITY REFERRAL
Resident: [[PERSON|name:Luis Enrique Ocampo]]
Q0400A active discharge plan: yes. Q0490 pt preference: return home. Q0500B asked: yes.
Local contact agency referral sent [[DATE|date:05/21/2023]], ref # [[ID|other:LCA-KS-44190]].
Home: [[ADDRESS|geo:2418 N 17th St, Kansas City, KS 66104]], two steps, bathroom upstairs - needs stair lift quote.
Supports: daughter ([[EMAIL|email:adri.ocampo@yahoo.com]]), church group.
KanCare member ID [[ID|health_plan:20447198306]]; HCBS FE waiver application in process.""",
    """NOTICE OF MEDICARE NON-COVERAGE (NOMNC) - delivery note
Patient name: [[PERSON|name:Beatrice Okonkwo-Reid]]   Patient number: [[ID|mrn:RC-117053]]
The effective date coverage of your current skilled nursing services will end: [[DATE|date:March 15, 2024]]
Notice delivered in person 2 days prior to representative (son) [[PERSON|name:Obinna Reid]]; signed.
Plan of care: PT/OT goals met, ambulating 150 ft with cane. Medicare Advantage (Humana) - expedited appeal rights explained; QIO number on form.
Facility: [[LOCATION|geo:Riverchase Care Center]]. SW ext 214.""",
    """SNF PHYSICIAN PROGRESS NOTE
PATIENT: [[PERSON|name:BOUDREAUX, ALPHONSE J]]   DOB [[DATE|date:05/05/1939]]   ROOM 7B   [[LOCATION|geo:SHREVEPORT]]
SUBJ: NURSING REPORTS INCREASED CONFUSION X2 DAYS, POOR PO INTAKE. NO FEVER.
OBJ: T 98.9, BP 108/62, HR 96, RR 20, O2 94% RA. DRY MM. ORIENTED X1 (BASELINE X2).
LABS: NA 131, BUN 38, CR 1.6 (BASELINE 1.1), WBC 11.2. UA: LE +, NITRITE +.
A/P: 1. DELIRIUM LIKELY 2/2 UTI + DEHYDRATION - URINE CX, CEPHALEXIN 500 MG Q12H (RENAL), NS 75 ML/H X 1L VIA HYPODERMOCLYSIS. 2. DEMENTIA, ALZHEIMER TYPE - HOLD DONEPEZIL WHILE DELIRIOUS. 3. CKD 3A.
CALLED WIFE [[PERSON|name:LORENA]].
[[PERSON|name:KHALID AL-MANSOURI]], MD  NPI [[ID|license:1657332783]]""",
    """Activities / social services note - [[LOCATION|geo:St. Ann Center for Intergenerational Care]]
Resident [[PERSON|name:Viola Pettaway]] celebrated her [[AGE|date:98]]th birthday with cake in the day room.
Visitors: great-granddaughter, nephew Rev. [[PERSON|name:Clarence Pettaway]].
Resident said she was born in [[LOCATION|geo:Greenwood]], MS and came up on the train in 1944 to work at the plant.
Mood bright, participated in hymn sing. PHQ-9 2. Hearing: uses pocket talker.
Med pass note: eMAR login by nurse via fingerprint reader, template [[ID|biometric:FPT-00317-KM]].""",
]

STYLE_G = [
    """HEALTH OFFICE VISIT LOG - [[LOCATION|geo:Lincoln Elementary]]   [[DATE|date:10/17/2023]]
Time | Student | Gr | Complaint | Action | Disp
0845 | [[PERSON|name:Harper Kinsella]] | 2 | stomachache | temp 98.4, rest 15 min | class
0910 | [[PERSON|name:Mateo Alvarez-Kim]] | K | bloody nose | pressure 10 min, ice | class
1015 | [[PERSON|name:Zainab Bello]] | 4 | asthma, wheeze | albuterol MDI 2 puffs w/ spacer (lot 4S01A), PEF 180->240 | class
1130 | [[PERSON|name:Brayden Schmitt]] | 5 | fell at recess, L wrist | ice, splint, mom called | home
1305 | [[PERSON|name:Harper Kinsella]] | 2 | vomited x1 | temp 100.9 | home w/ dad
Glucose checks: T1D student 1130 BG 212, 2 units per DMMP. RN-LS""",
    """DIABETES MEDICAL MANAGEMENT PLAN (DMMP) - SY 2023-24
Student: [[PERSON|name:Sofia Marchetti-Obi]]   DOB [[DATE|date:04/21/2013]]   Grade 5   School: [[LOCATION|geo:Bryn Mawr Elementary]]
Parent: [[PHONE|phone:773-288-4016]]
Pump: Omnipod 5, PDM serial [[DEVICE|device:PDM5-1A77B2390]]. CGM: Dexcom G6, transmitter ID [[DEVICE|device:8GM4JT]].
Dexcom Follow shared with [[EMAIL|email:gmarchetti.home@gmail.com]].
Targets: 80-180 mg/dL. Low < 70: 15 g fast carb, recheck 15 min. Glucagon (Baqsimi 3 mg) in health office.
Carb ratio 1:18, correction 1:60 > 150. Exercise: eat 15 g before PE if < 120.
Endocrinology fax [[PHONE|fax:312-227-9419]]""",
    """Individualized Healthcare Plan - Asthma
Student: [[PERSON|name:Jayden Whitfield-Moore]], gr 7, [[LOCATION|geo:Hillcrest Middle School]], [[LOCATION|geo:Simpsonville]]
Triggers: cold air, cut grass, the gym's fog machine at the spring musical.
Meds at school: albuterol HFA 90 mcg 2 puffs q4h prn (self-carry approved), Flovent at home.
Peak flow personal best 380; yellow zone 190-300; red < 190.
Emergency: call 911, then parent [[PERSON|name:Tasha Moore]] [[PHONE|phone:864-901-5526]].
Medicaid [[ID|health_plan:9701447216]]. Reviewed with PE teacher at start of year.""",
    """4 yr WCC
Pt [[PERSON|name:Amir Hassan]]   DOB [[DATE|date:2/27/2020]]   MRN [[ID|mrn:NCH-009114827]]   here w/ mom [[PERSON|name:Hibo]]
Wt 16.1 kg (48%), Ht 102 cm (41%), BMI 15.5. BP 96/58. Vision: HOTV 20/32 OU - recheck. Hearing OAE pass.
Dev: ASQ-3 all above cutoff. Speaks Somali + English. Attends [[LOCATION|geo:Columbus Early Learning Center]].
Lead 2 ug/dL. Hgb 11.8.
Vaccines: DTaP #5 lot 7R9K2 / IPV #4 lot X3J88 / MMRV #2 lot W004218. VIS given.
Anticipatory guidance: booster seat, water safety, screen time. RTC 5 yr. Guarantor acct [[ID|account:GA-60031872]].""",
    """IMMUNIZATION RECORD REVIEW / EXEMPTION - school enrollment
Student: [[PERSON|name:Levi Yoder]]   DOB [[DATE|date:08-11-2017]]   [[LOCATION|geo:Millersburg]], OH
Registry (ImpactSIIS) patient ID [[ID|other:OH-SIIS-55810237]]
Missing: MMR #2, Varicella #2, Tdap N/A. Parent [[PERSON|name:Esther Yoder]] submitted exemption form dated [[DATE|date:1/8/2024]].
Counseled re measles cases in the county 2023-24; parent declines today.
If outbreak: student excluded 21 days after last case per local health dept.
School nurse, RN, OH license [[ID|license:RN.437718]]""",
    """Concussion - Return to Learn / Return to Play
Athlete: [[PERSON|name:Kaden Two Crow]], [[AGE|other:16]], football, [[LOCATION|geo:Lame Deer High School]]
Injury [[DATE|date:Fri 10/13/23]] - helmet-to-helmet, no LOC, GCS 15 on field; Glasgow Coma Scale 15 again at sideline recheck.
SCAT6 symptoms 18/22 (severity 41) on day 1; 3/22 on day 7.
RTL: stage 3 (half days); RTP stage 1 started day 10.
Parent: [[PERSON|name:Corrine Two Crow]] [[PHONE|phone:406-477-6120]].
Clearance by PA-C, [[LOCATION|geo:Northern Cheyenne]] IHS clinic.""",
    """SCHOOL NURSE - SUSPECTED ABUSE DOCUMENTATION (mandated report)
Student: [[PERSON|name:Ethan Kowalski]], gr 3   Date: [[DATE|date:03/07/2024]] 10:40
Observed: 3 linear bruises L upper arm ~1 cm wide, yellow-green; patterned bruise R thigh. Student states "Uncle [[PERSON|name:Rick]] grabbed me." Office staff note uncle picks up in a white pickup, OH plate [[VEHICLE|vehicle:HZP 5519]].
Photos (by nurse with principal present): [[ID|photo:EK_arm_030724_1.jpg]], [[ID|photo:EK_thigh_030724_2.jpg]] - stored in locked nurse drive.
Report to [[LOCATION|geo:Lucas County]] Children Services hotline 10:55, intake # [[ID|other:LCCS-24-031877]].
Parent not contacted per CPS instruction.""",
    """[[LOCATION|geo:Anchorage School District]] - Vision Screening Results

To the parent/guardian of: [[PERSON|name:Mila Petrov]]   Grade 1   Teacher: Mrs. [[PERSON|name:Alvarado]]
[[LOCATION|geo:Chugiak Elementary]]

Your child was screened for vision at school. Results: Right eye 20/40, Left eye 20/50 (Snellen / LEA symbols). This is outside the passing range for her age.
Please take this form to an eye doctor. Return the bottom portion to the nurse within 30 days.
Questions: school nurse, [[EMAIL|email:tulik_sharon@asdk12.org]].
Student ID [[ID|other:1044729]]""",
    """School-Based Health Center - [[LOCATION|geo:Window Rock High School]]
Pt: [[PERSON|name:Shaylene Tsosie]]   DOB [[DATE|date:12/01/2007]]   IHS chart [[ID|mrn:WR-221067]]
CC: sore throat x3 d, fever 101.3. Centor 4. Rapid strep +.
Tx: amoxicillin 500 mg BID x10 d; excuse note for 2 days.
Also: confidential visit re contraception (minor consent reviewed); Depo-Provera 150 mg IM given, next window 11-13 wk.
Lives w/ grandma in [[LOCATION|geo:Fort Defiance]]; rides bus 40 min. Portal msg via [[URL|url:https://ihs-phr.navajo-sbhc.org/p/WR221067]].""",
    """Pediatric phone triage - after hours
Caller: mom, cb [[PHONE|phone:(714) 531-2260]]   Pt: [[PERSON|name:Khoa Le]], [[AGE|other:9]] mo, DOB [[DATE|date:06/04/2023]]
Fever 103.1 rectal since 1800, fussy, drinking ok, 4 wet diapers today, no rash. Tylenol 80 mg at 2030.
Protocol: fever 3-12 mo -> see within 24 h. Advised ibuprofen 75 mg (7.5 kg) ok now at >6 mo.
Appointment tomorrow 0900 at clinic. If lethargic or < 3 wet diapers -> ER.
Portal: [[URL|url:https://mychoc.org/mychart/app/patient-messages/8801923]] (msg sent from [[IP|ip:76.102.14.9]])
Triage RN 2115""",
]

STYLE_H = [
    """RECEIVING SCREENING - [[LOCATION|geo:4th Avenue Jail]]
Booking #: [[ID|other:T848172]]   Name: [[PERSON|name:VALENZUELA, Ernesto R]]   DOB: [[DATE|date:01/27/1984]]   SSN: [[ID|ssn:526-90-3318]]
Arresting agency: [[LOCATION|geo:Phoenix]] PD.
Suicide screen: prior attempt 2019 (OD), currently denies SI. Placed on standard housing with 30-min checks x24h.
Withdrawal: last fentanyl use "this afternoon"; COWS 6 at 0015. Alcohol: 12 beers/day, last drink 1900, CIWA 9.
Chronic: HTN (lisinopril 20 mg), HCV Ab+ (untreated).
Prior custody 2016-2019, ADC # [[ID|other:278441]].
Iris enrollment ID [[ID|biometric:IRS-MC-0098812]] captured at booking.
Emergency contact: wife [[PHONE|phone:602-278-4490]]. Screener RN-TW""",
    """SICK CALL REQUEST (scanned, OCR)
Name [[PERSON|name:JOHNS0N, Darnell]]  Bkg# [[ID|other:2024-O04113]]  Pod C-2 Cell 14 Bunk B
Date [[DATE|date:3/ll/24]]
"my tooth is killing me on the left bottom side cant eat for 3 days, asked CO [[PERSON|name:Ramirez]] on 2nd shift he said put in a slip. also need my inhaler refil"
---- triage ----
Seen next day 0830. T 99.6, L lower molar #19 fractured, gingival swelling, no trismus.
Tx: amoxicillin 500 mg TID x7d, ibuprofen 600 mg TID x5d (KOP), dental list priority 2. Albuterol HFA KOP renewed.
Copay $3.00 charged to trust acct [[ID|account:T-55190274]]. RN-SA""",
    """MAR EXTRACT   AIS # [[ID|other:00298714]]   [[PERSON|name:Pritchett, Lamar D.]]
Medication | Dose | Route | Freq | [[DATE|date:3/10]] | [[DATE|date:3/11]] | [[DATE|date:3/12]]
Buprenorphine 8 mg SL film | 8 mg | SL | daily pill line 0500 | given/obs 15 min | given/obs | REFUSED
Olanzapine 10 mg | 10 mg | PO | qhs | given | given | given
Metformin 500 mg | 500 mg | PO | BID | given x2 | given x1, NS pm | given x2
Mouth check after bup: film dissolved, no diversion noted.
Refusal: states "dorm is taxing me for it"; referred to MH and shift commander. Custody notified: Lt. [[PERSON|name:Spivey]].""",
    """TELEPSYCHIATRY - state prison
Patient: [[PERSON|name:Mikhail Sorokin]]   CDCR # [[ID|other:BK4417]]
Institution: [[LOCATION|geo:Salinas Valley State Prison]], Facility B clinic.
Video session via secure VTC, endpoint IP [[IP|ip:10.212.44.117]] (institution), provider IP [[IP|ip:172.20.8.36]]; session ID [[ID|other:VTC-0313-22190]].
LOC: CCCMS. Dx schizoaffective d/o, bipolar type. Adherent to clozapine 300 mg (ANC 3.1).
Cellmate conflict; requests single cell. No SI/HI. RVR pending for possession of pruno.
Plan: continue meds; f/u 30 d; case to IDTT.""",
    """RELEASE / REENTRY HEALTH PLAN
Individual: [[PERSON|name:Travon Mitchell]]   DOC # [[ID|other:A774190]]   Release date [[DATE|date:03/22/2024]]
Release to: [[ADDRESS|geo:1760 E Livingston Ave, Columbus, OH 43205]] (mother's home)
Ohio Medicaid pre-release enrollment: ID [[ID|health_plan:110448271935]], MCO assigned.
Meds at release: 30-day supply sertraline 100 mg, Narcan kit x2; Vivitrol injection given 2 days before release.
Parole officer [[PERSON|name:Gina Castellucci]]. Pickup by mother at sally port, 2015 Buick LaCrosse, OH plate [[VEHICLE|vehicle:JKT 4827]].
State ID: not held - BMV voucher given. Fingerprint record ref (LiveScan TCN) [[ID|biometric:OH24031844721]].""",
    """USE OF FORCE - MEDICAL ASSESSMENT
Inmate: [[PERSON|name:Delacroix, Jean-Baptiste]]   Booking [[ID|other:24-000518]]
Date/time of incident: [[DATE|date:03/08/2024]] ~1410, unit 3C. Assessed 1432 in medical.
Officers involved: Sgt. [[PERSON|name:Monroe]] (badge [[ID|other:1127]]), Dep. [[PERSON|name:K. Landry]].
Force: OC spray, takedown, restraint chair 1 h (checks q15 min - see log).
Findings: OC decontamination done, eyes flushed 15 min; abrasion R cheek 2 x 1 cm; wrists - mild erythema, CRT < 2 s bilaterally.
Denies LOC; GCS 15. Photos taken by investigator, file names [[ID|photo:UOF24-0308_DELACROIX_01.jpg]] to _06.""",
    """HUNGER STRIKE MONITORING - day 6
Detainee: [[PERSON|name:Abdi Farah Mohamed]]   A# [[ID|other:A 209 338 417]]   [[LOCATION|geo:Otay Mesa Detention Center]]
Meals refused 6 days. Accepting water + electrolyte.
Wt 61.8 kg (baseline 67.4 kg, -8.3%). BP 98/60, HR 104, orthostatic +. Glucose 68. K 3.4, ketones 2+.
Capacity: intact; informed refusal of labs today documented with Somali interpreter (telephonic).
DHS IDENT FIN on file [[ID|biometric:1190447723]].
Plan: daily wt/vitals, MD review daily, IHSC notified per policy.""",
    """JUVENILE DETENTION HEALTH ASSESSMENT
Youth: [[PERSON|name:Jaylen Cortez-Whitaker]]   DOB [[DATE|date:9/18/2008]]   Age [[AGE|other:15]]   [[LOCATION|geo:Bernalillo County]] Youth Services Center
Guardian: grandmother [[PERSON|name:Rosa Cortez]] (notified 0910).
School: 9th gr, IEP (ADHD, SLD reading).
Meds: guanfacine ER 2 mg - verified with community clinic.
MAYSI-2: angry-irritable caution, suicide ideation below caution. PREA screen: no concerns.
Tattoo: "Abuela [[PERSON|name:Rosa]]" L forearm (identifying mark noted for records).
Vision 20/20, hearing pass. TB screen neg.""",
    """INMATE GRIEVANCE RESPONSE - HEALTH SERVICES
Grievance #: [[ID|other:HSG-2024-0339]]   Inmate: [[PERSON|name:Crowley, Thomas P]]
Facility: [[LOCATION|geo:Anamosa State Penitentiary]]
Complaint: CPAP machine confiscated at transfer on [[DATE|date:2/20]].
Finding: SUSTAINED. Device (ResMed AirSense 10, serial [[DEVICE|device:23181497605]]) located in property room; returned to inmate after security check.
Sleep study on file from 2022 (AHI 41). Medical copay $12.00 refunded to trust account [[ID|account:ASP-0118-9045]].
Responder: Health Services Administrator. Appeal within 15 days to central office.""",
    """CORRECTIONAL CARE - chronic care clinic (HIV)
Pt [[PERSON|name:Luis Ángel Figueroa]]   NYSID [[ID|other:09287714K]]   [[LOCATION|geo:Rikers Island]]
Biktarvy 1 tab daily (DOT). VL < 20, CD4 512.
Pt states he was on meds outside; records requested by fax [[PHONE|fax:212-271-7236]].
Discharge planning: likely release to the [[LOCATION|geo:Bronx]]; ADAP + Medicaid continuation. Sister [[PERSON|name:Yaritza]] [[PHONE|phone:347-590-1128]].""",
]

STYLE_I = [
    """PRIMARY CARE (PACT) NOTE  LOCAL TITLE: PC NURSE/PROVIDER VISIT
PATIENT: [[PERSON|name:HARGROVE,WESLEY T]]  [[ID|ssn:H4417]]   ICN [[ID|mrn:1012847395V604218]]
DOB: [[DATE|date:FEB 11,1951]]   STANDARD TITLE: PRIMARY CARE NOTE
VISIT: [[DATE|date:MAR 12, 2024@09:40]]   LOCATION: [[LOCATION|geo:SHERIDAN VAMC]] PACT TEAM GREEN
Era: Vietnam (Army, 1969-71, Agent Orange registry). SC 70% (PTSD, DM2, IHD).
A1c 7.9, LDL 88, eGFR 54. Foot exam: monofilament 6/10 R. DM shoes via prosthetics.
Lives on ranch outside [[LOCATION|geo:Buffalo]], WY; drives to appts, 38 mi each way - beneficiary travel mileage paid. Parking permit for WY plate [[VEHICLE|vehicle:17-3308]].""",
    """PTSD CLINICAL TEAM - individual psychotherapy (CPT session 6)
Veteran: [[PERSON|name:Luis A. Bermudez]]   Last4: [[ID|ssn:B2207]]   [[LOCATION|geo:El Paso VA Health Care System]]
PCL-5 today 41 (intake 63). PHQ-9 12.
Index trauma: IED strike near [[LOCATION|geo:Ramadi]] 2006; friend SPC [[PERSON|name:Danny Whitecotton]] KIA.
Stuck point worked: "It was my fault because I was TC that day." Challenged with the worksheet.
Sleep improved with prazosin 6 mg. Drinks 2-3 beers Fri/Sat (AUDIT-C 4).
Crosses to [[LOCATION|geo:Ciudad Juárez]] monthly to see mother; aware VA coverage does not apply there.""",
    """PROSTHETICS CONSULT - AUTOMOBILE ADAPTIVE EQUIPMENT (AAE)
Veteran: [[PERSON|name:Marcus Delaney]]   SSN [[ID|ssn:418-66-2093]]
Eligibility: SC bilateral TFA (2011). 100% P&T.
Vehicle: 2020 Toyota Tundra, VIN [[VEHICLE|vehicle:5TFDZ5BN7LX051276]], TN plate [[VEHICLE|vehicle:BHK-4471]].
Requested: hand controls (push-rotate), power seat base, running boards.
Current prostheses: C-Leg 4 L serial [[DEVICE|device:3B1-4-MA0119243]]; Genium R serial [[DEVICE|device:3B1-3-PB0087512]].
Vendor quote $14,860. Driver rehab eval done - passed.""",
    """HOME TELEHEALTH ENROLLMENT
Veteran: [[PERSON|name:Hollis J. Redbird]]   ICN [[ID|mrn:1008337412V118903]]
Program: CHF + COPD disease management.
Device: in-home messaging device serial [[DEVICE|device:HTM-G3-1147288]].
Connectivity: cellular; last transmission 07:12, source IP [[IP|ip:198.18.44.207]].
Home: [[ADDRESS|geo:Rt 1 Box 88, Anadarko, OK 73005]]. Phone [[PHONE|phone:405-247-3816]].
Alert thresholds: wt gain > 3 lb/day or 5 lb/wk; SpO2 < 88%.""",
    """C&P EXAMINATION - DBQ Hearing Loss and Tinnitus
Claimant: [[PERSON|name:Deborah K. Ashworth]]   VA file # [[ID|other:28 447 190]]   EDIPI [[ID|other:1284471903]]
Exam date: [[DATE|date:01/25/2024]]   Contract vendor: QTC
Service: USAF 1996-2016, aircraft maintenance (F-16 flight line) - noise exposure high probability.
Puretone (dB HL) R: 500 20, 1k 25, 2k 40, 3k 55, 4k 65; L: 500 15, 1k 20, 2k 35, 3k 50, 4k 60. Maryland CNC R 88% L 92%.
Tinnitus: recurrent, bilateral, onset at [[LOCATION|geo:Hill AFB]].
Opinion: at least as likely as not (50% or greater) caused by military noise exposure.""",
    """COMMUNITY CARE CONSULT - MISSION Act
Veteran: [[PERSON|name:Ahanu Nez]]   Last4: [[ID|ssn:N0915]]   VISN 22
Referral # [[ID|other:VA0048812390]]   SEOC: Physical Therapy 1.9.1   Auth period 90 days
Eligibility: drive time > 60 min from [[LOCATION|geo:Gallup]] CBOC for specialty PT.
Community provider NPI [[ID|license:1377698372]]
Fax records to [[PHONE|fax:505-863-7011]]. Referral packet: [[URL|url:https://hsrm.va.gov/referral/VA0048812390]]
Dx: M54.16 lumbar radiculopathy. 12 visits approved.""",
    """SUICIDE PREVENTION COORDINATOR NOTE (HIGH RISK FLAG REVIEW)
Veteran: [[PERSON|name:Brandon Kyle Eastman]]   [[ID|ssn:E3371]]   Flag placed [[DATE|date:12/14/2023]]
REACH VET tier: top 0.1%. Recent ED visit at [[LOCATION|geo:Bozeman Health Deaconess Hospital]] for intox + SI.
Lethal means: 2 handguns, 1 shotgun stored at brother's in [[LOCATION|geo:Belgrade]]; cable locks x3 issued. Veterans Crisis Line card given (988 press 1).
Safety plan updated. Works lift ops at a ski resort.
Plan: flag continued 90 days; weekly phone contact.""",
    """AUDIOLOGY - hearing aid fitting
Patient: [[PERSON|name:Ray Takahashi]] ([[AGE|other:77]])   [[LOCATION|geo:Spark M. Matsunaga VA Medical Center]]
Fitted: Phonak Audeo P90-R, L serial [[DEVICE|device:2309X1C4K]], R serial [[DEVICE|device:2309X1C5M]].
REM verified to NAL-NL2. myPhonak app paired to pt's iPhone; remote support account [[EMAIL|email:ray.takahashi.1946@icloud.com]].
Was at [[LOCATION|geo:Schofield Barracks]] motor pool 1966-69. Wife attended.
Remote fine-tuning test session from pt's home IP [[IP|ip:2607:fb90:a2c4:11e::5]] successful.
RTC 2 wk for fine-tuning; batteries: rechargeable.""",
    """HUD-VASH CASE MANAGEMENT
Veteran: [[PERSON|name:Curtis Lamont Greer]]   [[ID|ssn:G8812]]
Voucher issued via housing authority, voucher # [[ID|other:DKHA-V-30471]].
Currently sleeping in 2009 Chevy Impala, GA tag [[VEHICLE|vehicle:RSK 7102]], VIN [[VEHICLE|vehicle:2G1WT57K291184437]], parked overnight in a church lot.
Unit found: [[ADDRESS|geo:3150 Glenwood Rd Apt 14C, Decatur, GA 30032]]; inspection next week.
Income: VA pension $1,246/mo; SSDI pending. Furniture via donation program.""",
    """CAREGIVER SUPPORT PROGRAM - PCAFC annual reassessment
Eligible veteran: [[PERSON|name:Jesse Ray Whitlock]]   DOB [[DATE|date:10/03/1985]]
Primary family caregiver: wife [[PERSON|name:Amber Whitlock]], email [[EMAIL|email:amber.whitlock85@outlook.com]]
Level 2 stipend continues. Direct deposit: routing [[ID|account:062005690]], account [[ID|account:0021189047]].
Vet: TBI (2007), needs supervision for meds and cooking (left stove on x2 in Jan).
CG strain index 9. Respite: 30 days/yr, 12 used. Peer support group Tues evenings.""",
]

STYLE_J = [
    """PRIOR AUTHORIZATION REQUEST - PHARMACY (fax to [[PHONE|fax:1-866-940-7328]])
Plan: Molina Healthcare of Ohio   BIN 004336   PCN MCAIDADV   Group RX5461
Member: [[PERSON|name:Destiny Raye Holloway]]   Member ID [[ID|health_plan:MOH108847213]]   DOB [[DATE|date:11/07/1996]]
Drug: Sublocade 300 mg/1.5 mL SC monthly x2, then 100 mg monthly. NDC 12496-0300-01. HCPCS Q9992.
Dx: F11.20 opioid use disorder, moderate/severe. Stabilized on SL bup 24 mg x 14 days.
Reason: diversion pressure at home, two lost-film reports; patient preference.
Prescriber NPI [[ID|license:2108142938]]   DEA [[ID|license:FF3316622]]
ePA key: [[URL|url:https://www.covermymeds.com/request/#/BKXW7T2Q]]
Office fax [[PHONE|fax:330-784-2290]]""",
    """Sunshine Health | Notice of Adverse Benefit Determination
[[DATE|date:March 8, 2024]]

[[PERSON|name:Yadira Montes]]
[[ADDRESS|geo:1290 NW 7th St Apt 3]]
[[ADDRESS|geo:Miami, FL 33125]]

Member ID: [[ID|health_plan:4418027736]]   Reference #: [[ID|other:PA-24-0308-551902]]
Service requested: Intensive outpatient program (H0015), 36 units.
Decision: DENIED - does not meet ASAM level 2.1 criteria per documentation received.
You may ask for an appeal within 60 days of this letter. Call Member Services (TTY 711) or fax your appeal to [[PHONE|fax:1-866-534-5972]].
Online: [[URL|url:https://appeals.sunshinehealth.com/case/PA-24-0308-551902]]""",
    """LETTER OF MEDICAL NECESSITY - TMS (appeal, level 1)
RE: [[PERSON|name:Callum Fitzpatrick]]   DOB [[DATE|date:03/23/1979]]   Member ID [[ID|health_plan:XEH902718445]]
To the Appeals Unit, Anthem Blue Cross of Colorado:
I am writing on behalf of my patient, Mr. [[PERSON|name:Fitzpatrick]], [[AGE|other:44]], treated in our clinic since 2021.
He meets your TMS criteria: MDD, recurrent, severe (F33.2); PHQ-9 22, HAM-D 26; failed four adequate trials:
1) sertraline 200 mg x 10 wk; 2) bupropion XL 450 mg x 8 wk; 3) venlafaxine XR 225 mg x 12 wk; 4) aripiprazole 5 mg augmentation x 6 wk.
Plus CBT 16 sessions. ECT declined (memory concerns, works as an air traffic controller).
Please reverse the denial. Records attached (38 pages).
Sincerely, [[PERSON|name:Viktor Hallström]], MD - CO license [[ID|license:DR.0061472]]""",
    """PEER-TO-PEER REVIEW NOTE
Case [[ID|other:UM-77104528]] - [[PERSON|name:Keanu Kaleikini]] - residential SUD (ASAM 3.5) concurrent review
Plan reviewer (Optum) and treating MD at [[LOCATION|geo:Hina Mauka]].
Discussed: day 18, persistent cravings 8/10, left AMA x1 then returned, no stable housing (couch-surfing in [[LOCATION|geo:Waianae]]), positive UDS for meth on day 15 (visitor contraband).
Outcome: 7 additional days approved; next review day 24. Auth # [[ID|other:HI24PA0091877]].""",
    """EXPEDITED APPEAL - Medicare Advantage SNF continued stay
Enrollee: [[PERSON|name:Harriet Van Buskirk]]   MBI [[ID|health_plan:6EJ5K97FQ13]]
SNF: [[LOCATION|geo:Pella Regional Health Center]] long-term care wing   NPI [[ID|license:2199307671]]
Last covered day per plan: [[DATE|date:01/14/2024]]. Appeal requested by daughter by phone the day before.
Clinical: day 16 after L hemiarthroplasty; ambulates 40 ft with FWW + mod A; transfers max A x1 at night; Hgb 8.9.
Facility fax for records: [[PHONE|fax:641-628-6721]]. QIO case # [[ID|other:KN-2401-117842]].""",
    """DME PRIOR AUTHORIZATION - Group 3 power wheelchair
Beneficiary: [[PERSON|name:Rosalind Achebe-Turner]]   Medicaid [[ID|health_plan:AB44719C]]
Supplier NPI [[ID|license:2056026513]]
Items: K0861 Group 3 PWC, E1002 power tilt, E2310 electronic interface, E2622 skin protection cushion.
Current chair: Quickie Pulse 6 (2016) serial [[DEVICE|device:QP6-160418832]] - frame cracked, repair > replacement cost.
Dx: G35 multiple sclerosis; EDSS 7.5. Lives at [[ADDRESS|geo:46 Avenue D, Rochester, NY 14621]], ramp present.
Photos of home access: [[ID|photo:AchebeTurner_ramp_front.jpg]], [[ID|photo:AchebeTurner_bathroom_door.jpg]]""",
    """STATE EXTERNAL REVIEW REQUEST - submitted online
Confirmation: [[ID|other:ER-TX-2024-004417]]   Submitted [[DATE|date:04/02/2024]] 21:14 CDT from IP [[IP|ip:73.166.219.40]]
Portal link: [[URL|url:https://txexternalreview.tdi.texas.gov/status?req=ER-TX-2024-004417]]
Covered person: [[PERSON|name:Gabriel Ximénez]]   Member ID [[ID|health_plan:U89114472]]
Representative: mother, [[EMAIL|email:lili.ximenez@att.net]]
Service denied: residential eating-disorder treatment - plan says not medically necessary.
Uploaded: growth chart, [[ID|photo:Ximenez_G_weight_log_scan.pdf]], treating team letters.""",
    """CGM PRIOR AUTH (pediatric, Medicaid)
Child: [[PERSON|name:Aiyana Morningstar]]   Age [[AGE|other:7]]   ND Medicaid [[ID|health_plan:ND0557102934]]
Request: Dexcom G7 sensors (A4239) 3 per 30 days + receiver; current Libre 2 reader serial [[DEVICE|device:MAVV1L2A4471]] being replaced (child cannot feel vibration alarms).
Dx E10.65. A1c 8.6. 3 severe hypoglycemia events at school - school nurse logs attached.
Prescriber NPI [[ID|license:1685633152]]
Fax determination to [[PHONE|fax:701-323-5960]]. Pharmacy: [[LOCATION|geo:Thrifty White Pharmacy Mandan]], Rx [[ID|other:7109384]].""",
    """ADDITIONAL DOCUMENTATION REQUEST (ADR) RESPONSE - hospice claim
To: Palmetto GBA (Jurisdiction M) - via esMD
Provider NPI [[ID|license:2502906656]]
Beneficiary: [[PERSON|name:Eula Mae Rutherford]]   MBI [[ID|health_plan:1WY6DM4RH39]]
Claim (DCN) [[ID|other:21024300417702TNA]]   Billed $6,418.20 for one month of routine home care
Patient account # [[ID|account:HHK-00087713]]
Enclosed: election statement; certs of terminal illness (initial + BP2); F2F note; IDT notes; MAR; wound photos [[ID|photo:RUTHERFORD_EM_heel_20240115.jpg]].
Decline documentation: wt 112 -> 101 lb, FAST 7a -> 7c, PPS 40% -> 30%.""",
    """APPEAL - home & community based services hours reduction
Participant: [[PERSON|name:Kalani Pereira]]   OR Medicaid prime # [[ID|health_plan:TK81339D]]
Issue: in-home hours cut 212 -> 160/mo after CAPS reassessment.
Hearing request filed [[DATE|date:02/16/2024]] via [[URL|url:https://apps.oregon.gov/ODHS/hearings/request/TK81339D]] from IP [[IP|ip:2601:1c0:8d80:4a20::3f]].
Participant uses a ceiling lift (serial [[DEVICE|device:GH3-22-081147]]) and needs 2-person transfers for bathing.
Representative (sister): [[ADDRESS|geo:3875 Portland Rd NE, Salem, OR 97301]].
Billing acct (co-pay/liability) [[ID|account:OR-LIAB-7730145]].""",
]


def main() -> None:
    n = write_styled(
        OUT,
        [
            ("behavioral-health", STYLE_A),
            ("otp-mat", STYLE_B),
            ("social-work", STYLE_C),
            ("home-health", STYLE_D),
            ("hospice-palliative", STYLE_E),
            ("snf-mds", STYLE_F),
            ("school-peds", STYLE_G),
            ("correctional", STYLE_H),
            ("va-care", STYLE_I),
            ("prior-auth", STYLE_J),
        ],
    )
    print(f"probe63: {n} docs")


if __name__ == "__main__":
    main()
