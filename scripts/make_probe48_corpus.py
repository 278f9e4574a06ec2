"""Write the 48th hand-annotated redaction probe, 100 notes from Australian and NZ general practice.

Why: Australian and NZ primary care print their own identifiers (Medicare with IRN and expiry,
IHI, DVA, CRN, provider and prescriber numbers, AHPRA, HPI-I/HPI-O, ABN, NHI, HPI CPN) beside
lookalikes (MBS and PBS item codes, postcodes, BSBs, Read codes), and their place names include
Young, Orange, Paradise, Banks, Officer, Hope and Nowhere Else; this probe tests that ground.

What: ten styles of 10 notes (gp-referral-letter, medicare-claim-and-bulk-bill-record,
pathology-request-form, pbs-prescription-and-script, my-health-record-shared-summary,
aged-care-assessment, allied-health-note, after-hours-locum-note, aboriginal-health-check,
practice-software-export); 85 Australian notes across every state and territory, 15 NZ.
Conventions: titles outside names; Medicare numbers are ID|health_plan, with the IRN inside the
span only when printed as an unbroken 11th digit (a separate "IRN 2", "/ 2" or "-3" stays
unmarked), card expiry is DATE; IHI, DVA file numbers, private fund, NDIS, concession and
healthcare card numbers and NZ NHI are ID|health_plan; Centrelink CRN, pension numbers and NZ
IRD numbers are ID|ssn;
provider, prescriber, AHPRA, HPI-I, HPI-O, HPI CPN, pharmacy approval and driver licence numbers
are ID|license; ABN, eRx tokens, My Aged Care IDs, lab episode numbers, document IDs, usernames
and booking refs are ID|other; UR and practice chart numbers are ID|mrn; invoices, Medicare claim
transaction refs and bank account numbers are ID|account (the BSB beside them stays unmarked).
Practices, clinics, hospitals and ACCHOs are LOCATION; states standing alone are not marked.
MBS/PBS item codes, streamlined authority codes, doses, results, batch numbers, bed numbers,
masked card digits and money stay unmarked.

How: cd /work/main && .venv/bin/python scripts/make_probe48_corpus.py
(writes corpus/redaction/probe48.jsonl).
"""

from pathlib import Path

from make_safe_harbor_suite import write_styled

OUT = Path(__file__).resolve().parents[1] / "corpus" / "redaction" / "probe48.jsonl"

GP_REFERRAL = [
    """[[LOCATION|geo:Kite Street Medical Centre]]
Referral - Cardiology Outpatients

Re: Mr [[PERSON|name:Wilfred "Bill" Banks]]  DOB [[DATE|date:02/09/1948]] ([[AGE|other:75]])
[[ADDRESS|geo:7 Hope St, Young NSW 2594]]
Medicare [[ID|health_plan:6528 84830 3]]  IRN 1  exp [[DATE|date:11/2027]]

Dear [[PERSON|name:Priya]],
Thank you for seeing [[PERSON|name:Bill]], who has new AF picked up on a pharmacy BP machine. HR 118
irregular, BP 142/88. CHA2DS2-VASc 4. Started apixaban 5 mg BD and metoprolol 23.75 mg mane.
Echo: EF 45%, LA 46 mm. TSH 1.9, eGFR 64. He drives himself in, so please avoid Mondays (bowls).

Yours sincerely,
[[PERSON|name:Callum]]""",
    """-----BEGIN HEALTHLINK MESSAGE-----
Subject: referral - [[PERSON|name:PAGE, Summer]] UR [[ID|mrn:MB0412276]]

Pt: Ms [[PERSON|name:Summer Page]]  DOB [[DATE|date:3rd of July 1990]]  [[AGE|other:33]]yo  G2P1
Addr: [[ADDRESS|geo:44 Orange Ave, Red Cliffs VIC 3496]]

24/40 by dates, booked late. Hb 104, ferritin 9, GTT due 26-28/40. Previous LSCS 2019 (failure to progress).
Please book with midwife clinic; she prefers texts not calls.""",
    """[[LOCATION|geo:THURSDAY ISLAND PRIMARY HEALTH CARE CENTRE]]

date: [[DATE|date:Tues 5/12/23]]

pt [[PERSON|name:Elsie Ah Mat]], [[AGE|other:58]]F, from [[LOCATION|geo:Badu Island]], currently staying with her sister.
IHI [[ID|health_plan:8003601226190515]]  Medicare [[ID|health_plan:3440 94253 3]] / 2
eGFR 24 (was 31 in March), ACR 88, K 5.4. T2DM HbA1c 9.8%. On insulin glargine 38 units nocte.
Needs AV fistula work-up. PATS travel approved, escort = sister.""",
    """Dear Gastroenterology team,

re [[PERSON|name:GRACE CHURCH]], d.o.b. [[DATE|date:11-11-1962]], of [[ADDRESS|geo:3/27 Silkes Rd, Paradise SA 5075]]

Positive iFOBT (NBCSP kit). Hb 118, MCV 79. No weight loss. Mother had CRC age 70. Would appreciate colonoscopy within 30 days.
GP: Dr [[PERSON|name:Samuel Kwok]], [[LOCATION|geo:Hope Valley]] (prov [[ID|license:3703628F]])
Fax back on [[PHONE|fax:08 8396 1145]].""",
    """ROYAL FLYING DOCTOR SERVICE - WESTERN OPERATIONS

Referral to: Orthopaedics, [[LOCATION|geo:Fiona Stanley Hospital]]
Patient: [[PERSON|name:JOHNNY DAYLIGHT]] (pref name "[[PERSON|name:Sonny]]")  DOB [[DATE|date:1957-04-30]]
DVA White Card: [[ID|health_plan:WX21893]] (specific conditions: R knee)
Medicare [[ID|health_plan:5220 84555 1]]-3
Address: c/- [[ADDRESS|geo:Beagle Bay Community Store, via Broome WA 6725]]

Severe R knee OA, Kellgren-Lawrence 4. Walks 50 m. BMI 31. Needs TKR assessment.
""",
    """*** URGENT REFERRAL - GENERAL SURGERY - [[LOCATION|geo:LAUNCESTON GENERAL HOSPITAL]] ***
PH [[PHONE|phone:03 6491 1288]]  FAX [[PHONE|fax:03 6491 1760]]
PATIENT: [[PERSON|name:PATIENCE O'BRIEN-WALSH]]  DOB [[DATE|date:09 JAN 1971]]
ADDRESS: [[ADDRESS|geo:RMB 2240 NOWHERE ELSE RD, NOWHERE ELSE TAS 7306]]
MEDICARE: [[ID|health_plan:5236 94052 1]] (1)
PRIVATE: NIL
RUQ PAIN 3/7, FEVER 38.4, MURPHY'S +VE. WCC 16.2, BILI 41, ALP 210. USS - GALLSTONES, CBD 9MM.
HUSBAND DRIVING HER IN NOW - ETA 1 HR.""",
    """Referral - renal, pre-dialysis planning
Re [[PERSON|name:Rosie Napaljarri Martin]]  [[AGE|other:46]]yo, DOB [[DATE|date:14/6/1977]]
Medicare [[ID|health_plan:4949711341]]
CRN [[ID|ssn:204 318 775K]] (for PATS/centrelink letter)

eGFR 12, pre-dialysis. Refused fistula last year but now wants to talk to renal team with
interpreter (Warlpiri). Sorry business finished. Please phone her niece [[PERSON|name:Lorraine Nampijinpa]]
on [[PHONE|phone:0488 902 316]] - [[PERSON|name:Rosie]] has no phone credit.""",
    """ACT Health - Referral for Specialist Services
Practice: [[LOCATION|geo:Chisholm Medical Practice]], [[ADDRESS|geo:Shop 4, 2 Benham St, Chisholm ACT 2905]]

Patient: [[PERSON|name:Florence Gordon]]  DOB [[DATE|date:30.08.1939]]  age [[AGE|other:84]]
Lives in [[LOCATION|geo:Banks]] with her carer and partner [[PERSON|name:Page Watson]] (who lives in
[[LOCATION|geo:Page]], go figure - they alternate weeks).
Fall last week, now R wrist pain, scaphoid tender. XR queried occult #. Please see within 1/52.""",
    """[[LOCATION|geo:Otara Family & Christian Health Centre]]
[[ADDRESS|geo:10 Fair Way, Otara, Auckland 2023]]  Ph [[PHONE|phone:09-274 0917]]  Fax [[PHONE|fax:09-274 0918]]


Re: [[PERSON|name:Malia Fifita]]  NHI [[ID|health_plan:RYN6355]]  DOB [[DATE|date:17/01/2019]] ([[AGE|other:5]]y)

Recurrent tonsillitis x7 in 12 months, snoring, witnessed apnoeas. Weight 24 kg (>98th).
Rheumatic fever risk - GAS positive x3. Please assess for adenotonsillectomy.
Family speak Tongan at home; interpreter please.""",
    """[[LOCATION|geo:Gore Medical Centre]]

Patient: [[PERSON|name:Hemi Te Whare]]  NHI: [[ID|health_plan:ETW5309]]
Address: [[ADDRESS|geo:58 Hokonui Drive, Gore 9710]]
DOB: [[DATE|date:6.5.1966]]

[[PERSON|name:Hemi]] is a [[AGE|other:58]] y/o shearer with 3/12 of weight loss 9 kg, night sweats, cough.
CXR: R hilar mass. Ex-smoker 40 pack-years. Please expedite CT.
His partner [[PERSON|name:Aroha Cheviot]] would like to be present for results.""",
]

MEDICARE_CLAIM = [
    """BULK BILL ASSIGNMENT OF BENEFIT (DB4)
Practice: [[LOCATION|geo:Young Street Family Practice]], [[ADDRESS|geo:88 Young St, Albury NSW 2640]]   ABN [[ID|other:82189813563]]
Patient: [[PERSON|name:Harold Orange]]   Medicare [[ID|health_plan:5509 67691 2]]  Ref 4  Valid to [[DATE|date:08/2028]]
Item 23   Fee $42.85   Benefit $42.85
Item 10990   $20.65  (concessional bulk billing incentive)
Item 10997  $12.55
Claim ID [[ID|account:A4J7Q]]  Transmitted [[DATE|date:17-APR-2024]] 16:02  Status: PAID""",
    """Medicare online claim report - Tyro HealthPoint
merchant: [[LOCATION|geo:Banksia Physio Eight Mile Plains]]
terminal id [[DEVICE|device:TY-0049318]]   txn [[ID|account:00472913]]
card: Medicare [[ID|health_plan:3537939211]]  patient [[PERSON|name:D. KING]]
provider [[ID|license:2775043H]] ([[PERSON|name:Amir Rahimi]], physio)  item 10960  fee $85.00  benefit $60.35
gap paid EFTPOS $24.65""",
    """Service record  |  bulk billed
Pt: [[PERSON|name:Forrest, Macquarie]]  (m, [[AGE|other:19]])  DOB [[DATE|date:29.01.2005]]
Medicare card [[ID|health_plan:3249 69889 2]] #2 exp [[DATE|date:12/25]]
Items: 36 ($82.90) + 10990 ... 36 is level C, not a birth-date, don't ask
Comment: student at [[LOCATION|geo:ANU]], lives [[ADDRESS|geo:Unit 12/40 Macquarie St, Barton ACT 2600]], ph [[PHONE|phone:0431 990 218]]""",
    """To: [[EMAIL|email:accounts@sandybaymedical.com.au]]

Provider number [[ID|license:222633FX]] ([[LOCATION|geo:Sandy Bay Medical Centre]], [[LOCATION|geo:Sandy Bay]] TAS)
Voucher [[ID|account:0193325]]   Patient [[PERSON|name:ELLIS BEVAN JONES]]
Medicare no. [[ID|health_plan:6607 84016 1]]  IRN 3
Reason code 160: patient not eligible on date of service. Card re-issued, new IRN. Please resubmit.""",
    """RECEIPT / TAX INVOICE  No. [[ID|account:INV-20413]]
[[LOCATION|geo:Dr Hope's Surgery]]  -  [[ADDRESS|geo:1 Hope Rd, Jerusalem Creek QLD 4350]]  ABN [[ID|other:34591408043]]
Patient [[PERSON|name:Bridget Lovely]]  DOB [[DATE|date:22/05/1984]] (birthday visit!)
Medicare [[ID|health_plan:2055197812]]  ref# 2
Item 44  long consult  fee $165.00  rebate $80.10  gap $84.90
Paid: Visa ****4471 (not stored)""",
    """DVA Claim - D1216S / Veterans' Access Network
Veteran: Mr [[PERSON|name:Leslie Speed]]   File No. [[ID|health_plan:VX401162]]  card: GOLD
Item 23 + 10990 (DVA rate $55.10) - paid to practice account BSB 633-000 [[ID|account:1620 55718]]
Provider [[ID|license:279772CB]] Dr [[PERSON|name:Noor Haddad]] ([[LOCATION|geo:Sea Lake Medical Centre]])
LMO confirmed. Carer: wife [[PERSON|name:Valda Speed]], Carer Payment CRN [[ID|ssn:207 554 118J]]""",
    """bulk bill log export (ppms) - [[LOCATION|geo:Port Hedland Medical Centre]]
date,prov,patient,medicare,irn,items,benefit,claim
[[DATE|date:04/06/2024]],[[ID|license:231188AH]],[[PERSON|name:ah Chee, Rebecca]],[[ID|health_plan:4101323971]],1,"23",42.85,[[ID|account:PH2406-0034]]
-- 1 of 4 rows shown (filter: prov 231188AH)""",
    """ACC45 INJURY CLAIM / GP SUBSIDY RECORD (NZ)
Claimant: [[PERSON|name:Trent McFadyen]]  NHI [[ID|health_plan:FWK9247]]  DOB [[DATE|date:12/12/1994]]
ACC claim no. [[ID|account:10 0449 8826]]  Date of injury [[DATE|date:01/03/2024]] (fell off quad bike, [[LOCATION|geo:Maraekakaho]])
Read code S52.. Consult fee $19.50 surcharge, ACC contribution $42.12
IRD [[ID|ssn:646-276-055]] (for weekly comp)  employer: [[LOCATION|geo:Crownthorpe Station]]""",
    """Pt called re "why did I get a bill" - notes
[[PERSON|name:Dawn Patrol]] (real name, pt laughed), [[AGE|other:67]], Medicare [[ID|health_plan:3345 32961 1]] pos 1
Seen [[DATE|date:4/11]] by locum Dr [[PERSON|name:Raj]] - item 23 billed privately because concession card
[[ID|health_plan:408 223 751B]] had expired [[DATE|date:31/10/2024]]. Pt now has new HCC.
Reversed invoice [[ID|account:33190]], re-lodged as BB. Told pt refund to her acc ending 5512.""",
    """MEDICARE SAFETY NET / FAMILY REGISTRATION
Family: [[PERSON|name:DE LA CRUZ]]   Medicare card [[ID|health_plan:2991 68047 3]]
 1 [[PERSON|name:MARIBEL DE LA CRUZ]]  DOB [[DATE|date:03/03/1981]]
Address [[ADDRESS|geo:9 Bell Ave, Bell Park VIC 3215]]
Threshold reached: EMSN $2,615.80 (general)
ph [[PHONE|phone:03 5278 9011]]  fx [[PHONE|fax:03 5278 9012]]  email [[EMAIL|email:pm@bellparkclinic.com.au]]""",
]

PATHOLOGY_REQUEST = [
    """PATHOLOGY REQUEST                                  Lab episode: [[ID|other:24-DB-0338127]]
Surname [[PERSON|name:WELLINGTON]]   Given [[PERSON|name:Ruby]]   Sex F   DOB [[DATE|date:20/02/1952]]
Address [[ADDRESS|geo:3 Gunning Pl, Wellington NSW 2820]]
Medicare [[ID|health_plan:6212116853]]   BULK BILL [X]   Hospital status: non-admitted
Tests: EUC, LFT, FBC, HbA1c, UACR, lipids (fasting)
Clin notes: T2DM, CKD 3b, on empagliflozin 10 mg. eGFR 38 prev. K 5.1.""",
    """Collection centre: outpatient pathology (scanned request)
PATIENT: [[PERSON|name:Sunny Nguyen]] ([[PERSON|name:Nguyen Thi Nang]])  d.o.b [[DATE|date:1 Jan 1960]]
UR [[ID|mrn:WH1180455]]    Medicare [[ID|health_plan:5957 64479 1]]/1
lives [[ADDRESS|geo:27 Anderson Rd, Sunshine VIC 3020]]  mob [[PHONE|phone:0403 771 629]]
INR (on warfarin 4 mg), FBC, CRP 212 prev, blood cultures x2 (T 38.9 at 14:10)""",
    """[[LOCATION|geo:MOUNT ISA HOSPITAL]] - PATHOLOGY QUEENSLAND
Name: [[PERSON|name:Jacko Isa]]   DOB [[DATE|date:08-08-1988]]   URN [[ID|mrn:MI301992]]
Home: [[LOCATION|geo:Doomadgee]]
POCT i-STAT 1 s/n [[DEVICE|device:371802]] - K 6.8, Hb 88 (repeat on lab analyser)
Medicare [[ID|health_plan:3076 39413 1]]""",
    """SA Pathology request
Patient: Mr [[PERSON|name:Stuart Augusta]]   DOB: [[DATE|date:31/12/1944]]   age [[AGE|other:79]]
DVA: [[ID|health_plan:SX38817]] (Gold)
Tests: PSA (free/total), testosterone, FBC. Holter 24h - device s/n [[DEVICE|device:HLT-5590217]] fitted [[DATE|date:Mon 8th]] 09:00,
return Tue same time. Hx: on goserelin 10.8 mg 12-weekly. PSA 0.4 -> 2.9.
Results to fax [[PHONE|fax:(08) 8645 0710]] and to urology [[LOCATION|geo:Lyell McEwin Hospital]]""",
    """From the desk of Dr [[PERSON|name:Brendan Kalgoorlie-Smith]], [[LOCATION|geo:Hannan Street Medical Centre]]
Pt: [[PERSON|name:Lorna Boulder]], [[LOCATION|geo:Boulder]] (lives on [[ADDRESS|geo:Lane St, Boulder WA 6432]])
DOB [[DATE|date:12/4/71]]   Medicare [[ID|health_plan:2261560573]] exp [[DATE|date:03/2029]]
tests: Pb level, FBC, LFT, urine drug screen (chain of custody)""",
    """[[LOCATION|geo:Anyinginyi Health]] - lab request (paper, scanned)
name [[PERSON|name:kumanjayi Jupurrurla]] (name restricted - deceased relative)   hrn [[ID|mrn:AHAC 20917]]
dob [[DATE|date:1983]]  community: [[LOCATION|geo:Ali Curung]]
medicare [[ID|health_plan:6235 82880 1]] #1
tests: ACR, HbA1c (POC DCA Vantage s/n [[DEVICE|device:DCA-VT-24880]] = 10.2%), hep B serol, syphilis, chlamydia/gono PCR""",
    """REQUEST FOR PATHOLOGY TESTING
Pathology collection room, [[LOCATION|geo:Royal Hobart Hospital]] main entrance
Patient name: [[PERSON|name:Bruny, Violet]]   DOB: [[DATE|date:2 June 1931]]   [[AGE|date:92]] yrs
Address: [[ADDRESS|geo:Room 14, Queen Victoria Home, 40 Lenah Valley Rd, Lenah Valley TAS 7008]]
Medicare [[ID|health_plan:2072 97513 1]]  IRN 4   Pension CRN [[ID|ssn:302 616 484A]]
Test: FBC, B12, folate, Na (hypoNa 126), TFT""",
    """[[LOCATION|geo:tuggeranong health centre]]
path req [[DATE|date:2/11/23]]  Lab#: [[ID|other:CPL 23-7710095]]
pt [[PERSON|name:isabella plains]] - yes her name is [[PERSON|name:Isabella Plains]] and she lives in [[LOCATION|geo:Isabella Plains]]
email for results: [[EMAIL|email:izzyplains01@gmail.com]]
medicare [[ID|health_plan:3010236121]]
tests: bHCG quant, FBC, group & hold (8/40 PV bleeding), Rh status""",
    """Lab: SCL? no - Labtests, [[LOCATION|geo:Porirua]] collection room
Referrer: Dr [[PERSON|name:Mere Tawa]]  HPI [[ID|license:12KMWZ]]  [[LOCATION|geo:Porirua Union & Community Health Service]]
Patient: [[PERSON|name:Sione Titahi]]  NHI [[ID|health_plan:BPR9367]]  DOB [[DATE|date:05/09/1975]]
Clinical: allopurinol 300 mg, colchicine 0.5 mg. Urate 0.52.""",
    """Name [[PERSON|name:Tama Awanui]]   NHI [[ID|health_plan:NUQ5857]]   DOB [[DATE|date:14/11/2016]] ([[AGE|other:7]])
ASO, anti-DNase B, throat swab (GAS), CRP - ? ARF, joint pain migrating
requestor Dr [[PERSON|name:Iwi]] - wait, Dr [[PERSON|name:Aperahama Iwi]], CPN [[ID|license:31FJQA]]""",
]

PBS_SCRIPT = [
    """PBS/RPBS PRESCRIPTION                               Prescriber No. [[ID|license:2145873]]
Dr [[PERSON|name:Olive Branch]] MBBS
Patient: Mr [[PERSON|name:Rowan Tree]]
Address: [[ADDRESS|geo:2/9 Wodonga Pl, Albury NSW 2640]]
Medicare No. [[ID|health_plan:5721 14181 1]] - 1    Entitlement No. [[ID|health_plan:311 902 477T]]
PBS [X]  RPBS [ ]   Brand substitution not permitted [ ]
Date: [[DATE|date:03/04/2024]]
Rx  Atorvastatin 40 mg tablets  30   1 nocte   Rpt 5   (PBS 8215H)
Rx  Perindopril 5 mg  30  1 mane  Rpt 5  (PBS 8705T)
Signature ________""",
    """"Your eScript from [[LOCATION|geo:Sunnybank Family Medical]] is ready: [[URL|url:https://ausscripts.erx.com.au/scripts/2K7PJ8Q4XWB3MNR9TL]]"
SCID [[ID|other:2K7PJ8Q4XWB3MNR9TL]]
patient [[PERSON|name:Chen Wei-Ling]] ([[PERSON|name:Wendy]])   DOB [[DATE|date:1979-08-21]]
ASL consent Y   IHI [[ID|health_plan:8003609371741073]]
Rx: Metformin XR 1000 mg, 2 tabs with evening meal, qty 60, rpt 5  (PBS 9435Y)""",
    """*** AUTHORITY PRESCRIPTION - SCHEDULE 8 ***
Pt [[PERSON|name:Noel Christmas]]   UR [[ID|mrn:MK0190552]]   DOB [[DATE|date:25/12/1950]] (yes)
Medicare [[ID|health_plan:5451984201]]   DVA [[ID|health_plan:QX512378]] (White - cancer)
Hydromorphone 2 mg tabs, 1-2 q2h PRN BTP, qty 20, 0 rpt (PBS 8865Y, streamlined 4092 - NOT a prescriber no)
Prescriber Dr [[PERSON|name:Ivy Hollywood]]  [[ID|license:3389071]]  AHPRA [[ID|license:MED0002119046]]""",
    """Pharmacy dispensing label / log
[[LOCATION|geo:Priceline Pharmacy Marion]]   Approval No [[ID|license:43071K]]
Rx no. [[ID|other:118420]]   [[DATE|date:08/08/24]]   [[PERSON|name:WHITE, Lily]]
Ventolin CFC-free inhaler 100 mcg  200 doses  2 puffs PRN  batch KD774
Concession: safety net card [[ID|health_plan:SN 204 715 392C]]  CTG annotation: N
Dispensed by [[PERSON|name:Andrew Marion]] (pharmacist)  sign-off fingerprint ID [[ID|biometric:FPX-0093-114]]""",
    """paper script - photocopy faxed from [[LOCATION|geo:Mandurah Health Centre]] fax [[PHONE|fax:(08) 9535 6021]] on [[DATE|date:Sat 11 May 2024]]
Name: [[PERSON|name:Brian Peel]]   [[ADDRESS|geo:31 Pinjarra Rd, Mandurah WA 6210]]
Medicare [[ID|health_plan:4669 88557 2]]  exp [[DATE|date:6/28]]
Amoxicillin 500 mg caps, 1 TDS x 5/7, qty 15, no rpt
Prednisolone 25 mg, 2 mane x 5 days (taper not required)""",
    """Medication list printed for Webster-pak - [[LOCATION|geo:Launceston Chemist on Brisbane St]]
Resident: [[PERSON|name:Ida Devonport]]  [[AGE|date:94]]yo  [[LOCATION|geo:Mary's Grange]] room 22
Meds: donepezil 10 mg nocte; paracetamol 665 mg 2 TDS; sennosides 2 nocte; vit D 1000 IU""",
    """RE: repeat script request
From: [[PERSON|name:Jasmine Darwin]] <[[EMAIL|email:jazzy.d.87@outlook.com]]>
To: [[EMAIL|email:scripts@nightcliffmedical.com.au]]

hi can i pls get my levlen and sertraline 100mg repeated, i'm in [[LOCATION|geo:Humpty Doo]] til
next wk. my medicare is [[ID|health_plan:4613 49760 3]] ref 3. can u send the escript to
[[PHONE|phone:0409 771 255]] thanks
-- [[PERSON|name:Jas]]
ps my new address is [[ADDRESS|geo:5 Nightcliff Rd, Nightcliff NT 0810]]""",
    """NZ PRESCRIPTION (PHARMAC subsidised)
Prescriber: Dr [[PERSON|name:Fiona Bluff]]   Reg No [[ID|license:48211]]  CPN [[ID|license:29NXQD]]
Patient: [[PERSON|name:Rangi Bluff-Tipene]]   NHI [[ID|health_plan:EEP0806]]   DOB [[DATE|date:9 Sept 1958]]
Community Services Card [[ID|health_plan:CSC 7712 4490 1]]
Rx: Metoprolol CR 47.5 mg 1 mane""",
    """ePrescription audit - Active Script List
register id [[ID|other:ASL-7730219]]   patient [[PERSON|name:Benjamin Ben-David]]  IHI [[ID|health_plan:8003608378157697]]
items on ASL: rosuvastatin 10 mg (rpt 4 left), pantoprazole 40 mg (rpt 1 left), adalimumab 40 mg pen (authority)
prescriber Dr [[PERSON|name:Hannah Balaclava]]  [[ID|license:3106229]]  HPI-I [[ID|license:8003616848784974]]
accessed from [[IP|ip:203.45.118.27]] by user [[ID|other:pharm.mwong]]""",
    """Discharge scripts
UR [[ID|mrn:PA2291774]]   [[PERSON|name:Kalinda Woolloongabba-Reid]]  DOB [[DATE|date:19/02/1997]]
Medicare [[ID|health_plan:2656 24526 3]]  IRN 3   Private: nib [[ID|health_plan:NIB 80413362]]
enoxaparin 40 mg SC daily x 10/7 (post ORIF), oxycodone IR 5 mg q4h PRN qty 10
paracetamol 1 g QID   ondansetron 4 mg ODT PRN
Pt lives [[ADDRESS|geo:22 Annerley Rd, Woolloongabba QLD 4102]], ph [[PHONE|phone:07 3217 6620]]""",
]

MHR_SUMMARY = [
    """SHARED HEALTH SUMMARY - uploaded to My Health Record
Organisation: [[LOCATION|geo:Penny Lane Medical]], [[LOCATION|geo:Wollongong]]  HPI-O [[ID|license:8003623586824160]]
Individual: [[PERSON|name:Jude Heyman]]  IHI [[ID|health_plan:8003607121725701]]  DOB [[DATE|date:18 Feb 1966]]  Sex M
Medical history: T2DM (2011), OSA on CPAP - ResMed AirSense 10 s/n [[DEVICE|device:23191728463]], L TKR
Allergies: penicillin (rash), elastoplast
Medicines: metformin 1 g BD; dapagliflozin 10 mg; irbesartan 150 mg""",
    """<ClinicalDocument>
 <recordTarget><patientRole>
  <id root="1.2.36.1.2001.1003.0.[[ID|health_plan:8003601703914791]]"/>
  <patient><name><given>[[PERSON|name:Cowell]]</given><family>[[PERSON|name:FRANKLIN]]</family></name>
   <birthTime value="[[DATE|date:19490512]]"/></patient>
 </patientRole></recordTarget>
 <author><assignedAuthor><id root="1.2.36.1.2001.1003.0.[[ID|license:8003611997622125]]"/>
  <assignedPerson><name>Dr [[PERSON|name:Naomi Kimba]]</name></assignedPerson></assignedAuthor></author>
 <custodian><name>[[LOCATION|geo:Cowell Medical Practice]]</name></custodian>
 <!-- event summary: influenza vax, BP 138/82, eGFR 71 -->
</ClinicalDocument>""",
    """MHR access history (patient view, myGov)
Name: [[PERSON|name:Precious Lamb]]  IHI ending ...4433 (hidden)
[[DATE|date:14/07/2024]] 02:03  Unknown organisation, HPI-O [[ID|license:8003622136349975]] - viewed Shared Health Summary  <- ??
I did not visit anyone on the [[DATE|date:14th]]. Please investigate - email me at
[[EMAIL|email:preciouslamb@bigpond.com]]. My Medicare is [[ID|health_plan:4716 09386 3]].""",
    """Discharge Summary (uploaded to MHR) - [[LOCATION|geo:Royal Darwin Hospital]]
Patient: [[PERSON|name:Jimmy Bulla]]  URN [[ID|mrn:RDH0098817]]  IHI [[ID|health_plan:8003601971334433]]
Usual GP: [[LOCATION|geo:Wurli-Wurlinjang Health Service]], [[LOCATION|geo:Katherine]]
Dx: melioidosis, septic arthritis L knee. Meropenem 1 g TDS -> cotrimoxazole eradication x 3/12
Next review ID clinic via telehealth [[URL|url:https://telehealth.nt.gov.au/room/rdh-id-clinic-bulla]]""",
    """{"resourceType":"Bundle","type":"document",
 "entry":[{"resource":{"resourceType":"Patient",
  "identifier":[{"system":"http://ns.electronichealth.net.au/id/hi/ihi/1.0","value":"[[ID|health_plan:8003608852700913]]"}],
  "name":[{"family":"[[PERSON|name:Coolgardie]]","given":["[[PERSON|name:Esperance]]"]}],
  "address":[{"text":"[[ADDRESS|geo:8 Dempster St, Esperance WA 6450]]"}],
  "photo":[{"url":"[[URL|url:https://mhr-pilot.example.com.au/photos/esperance_coolgardie.jpg]]"}]}},
 {"resource":{"resourceType":"Practitioner","identifier":[{"value":"[[ID|license:8003618959702977]]"}],
  "name":[{"text":"Dr [[PERSON|name:Wyatt Norseman]]"}]}}]}""",
    """Manage My Health - shared summary printout
Patient: [[PERSON|name:Ngaire Hope]]   NHI [[ID|health_plan:FSD9378]]   DOB [[DATE|date:21/03/1951]]
Enrolled: [[LOCATION|geo:Hope Medical Centre]] ([[LOCATION|geo:Hope]], Tasman)
Portal login: [[EMAIL|email:ngaire.hope51@xtra.co.nz]]   last login from [[IP|ip:122.56.201.14]]
Recent: INR n/a; Hb 131; eGFR 58""",
    """Event Summary - [[LOCATION|geo:Ochre Health Bathurst]]
Patient [[PERSON|name:Lachlan Kelso]], [[AGE|other:31]], IHI [[ID|health_plan:8003601198957834]]
Encounter [[DATE|date:30 November 2023]]: dog bite R hand (owner Mrs [[PERSON|name:Bathurst]]'s kelpie), washout, amox/clav 875/125 BD x 5/7
ADT booster given, batch A1234B (not an ID)
Wound photo attached: [[ID|photo:kelso_l_hand_20231130.jpg]]""",
    """Specialist letter (MHR) - Dr [[PERSON|name:Marcus Adeyemi]], Respiratory, [[LOCATION|geo:John Hunter Hospital]]
Re: [[PERSON|name:Beryl Merewether]], [[AGE|date:90]], of [[LOCATION|geo:Merewether]]  IHI [[ID|health_plan:8003600214562016]]
COPD GOLD 3, FEV1 38%. Home O2 2 L/min via concentrator
(EverFlo s/n [[DEVICE|device:EF5 4410972]]). Pulse oximeter loaned s/n [[DEVICE|device:NONIN-OX-220915]].""",
    """PRIVACY INCIDENT - MHR ACCESS REVIEW (internal)
Staff member [[PERSON|name:Tahnee Rose]] (user [[ID|other:trose]]) accessed MHR for [[PERSON|name:Rose Tahnee-Bell]]
IHI [[ID|health_plan:8003602009366306]] on [[DATE|date:03/08/2024]] 19:44 from workstation [[IP|ip:10.20.4.117]]
(MAC [[DEVICE|device:3C:52:82:1A:7F:09]]). Staff member says names are similar, wrong patient selected.
Login by fingerprint reader - template [[ID|biometric:BIO-FP-000418-R2]]""",
    """MHR - Pathology Report overview
Patient [[PERSON|name:Kai Oceania]], DOB [[DATE|date:07/07/2007]], IHI [[ID|health_plan:8003607310692373]]
Report: HbA1c 6.1% (ref <6.0), ferritin 14 ug/L (30-300), vitamin D 42 nmol/L
Link: [[URL|url:https://www.myhealthrecord.gov.au/internet/mhr/publishing.nsf/Content/pathreport?id=SNP-24-9912034]]""",
]

AGED_CARE = [
    """AGED CARE ASSESSMENT - SUPPORT PLAN (Single Assessment System)
Client: [[PERSON|name:Dorothy "Dot" Patience]]   DOB [[DATE|date:04/04/1932]]   Age [[AGE|date:92]]
Carer: son [[PERSON|name:Murray Patience]] (lives [[LOCATION|geo:Cowra]], visits Sundays) [[PHONE|phone:0428 300 775]]
Falls x3 in 6/12, Timed Up and Go 22 s, MMSE 21/30. Personal alarm pendant s/n [[DEVICE|device:VA-PA-0088142]].
Recommend: Home Care Package level 3, respite 63 days.""",
    """interRAI Home Care assessment summary (NZ)
Client: [[PERSON|name:Mihi Kaiti]]  NHI [[ID|health_plan:RZG5334]]  DOB [[DATE|date:1.1.1934]]  [[AGE|date:90]] years
CHESS 2, ADL hierarchy 3, CPS 2, MAPLe 4. Hearing aids (Phonak s/n [[DEVICE|device:1829A4K77]]) - R aid lost.""",
    """ACAS (VIC) - comprehensive assessment
client Mr [[PERSON|name:Kiet Nguyen-Square]] (calls himself "[[PERSON|name:Goldie]]")  born [[DATE|date:12 Nov 1938]]  [[AGE|other:85]]yo
Drives - car rego [[VEHICLE|vehicle:1HQ 8WX]] (VIC), recent minor accident, VicRoads medical review needed
Recommend: residential respite both, ACFI n/a, AN-ACC class pending""",
    """RESIDENTIAL AGED CARE - ADMISSION
Resident: [[PERSON|name:EUNICE FAIRVIEW]]   DOB [[DATE|date:29/02/1928]]   [[AGE|date:96]]
Medicare [[ID|health_plan:2646179072]]   Pensioner Concession [[ID|health_plan:301 188 654C]]
Photo ID for medication chart: [[ID|photo:res_0471_fairview_e.jpg]]
Facial recognition med round enrolment [[ID|biometric:FR-TMP-77104]]
Bed 14, wing B - PAS 12, waterlow 18, Braden 14""",
    """Carer Gateway intake - phone notes
Caller [[PERSON|name:Rain Summers]] ([[AGE|other:52]]), carer for mother [[PERSON|name:June Summers]] ([[AGE|other:88]]), both at home.
[[PERSON|name:June]]'s MAC ID [[ID|other:AC33902157]], Carer Allowance CRN ([[PERSON|name:Rain]]) [[ID|ssn:210 448 663H]]
GPS tracker (watch) IMEI [[DEVICE|device:356938035643809]] issued by council.""",
    """TAS - Aged Care Assessment (Regional Assessment Service)
Client: [[PERSON|name:Arthur Penguin-Hill]]  [[AGE|other:81]]  DOB [[DATE|date:03/06/1943]] (birthday today)
Medicare [[ID|health_plan:5108 01562 3]]   private: St Lukes [[ID|health_plan:00219937]]
Lives with partner [[PERSON|name:Ted]] (not registered carer). Uses mobility scooter (Pride Pathrider s/n [[DEVICE|device:PR140-S-23051]]).
Needs: gardening, shower rail. Transport: community car [[VEHICLE|vehicle:H 71QK]] (council community transport) Tues.""",
    """ACAT review - [[LOCATION|geo:Mirrabooka]] WA
Client: Mrs [[PERSON|name:Alinta Swan]]  [[AGE|other:77]]  DOB [[DATE|date:11/3/47]]   Noongar
AC ID [[ID|other:AC20074519]]   Centrelink [[ID|ssn:306 210 981L]]
Daughter [[PERSON|name:Marlee Swan]] wants mum near family, not in facility. Discussed CHSP options.""",
    """Aged care: respite discharge handover
From [[LOCATION|geo:Southern Cross Care Paradise]] to home ([[LOCATION|geo:Paradise]] SA)
Resident [[PERSON|name:Pat Malone]] - yes, "[[PERSON|name:Paddy]]"  DOB [[DATE|date:17-03-1940]]
Personal alarm: Vitalcall pendant [[DEVICE|device:VC-772310]] re-paired
Transport home in facility bus [[VEHICLE|vehicle:S 411 BZV]], driver [[PERSON|name:Lou]]""",
    """NT - ACAT [[LOCATION|geo:Top End]] (remote) assessment via telehealth
Client: [[PERSON|name:Dorothy Gurrwiwi]]  ~[[AGE|other:80]] (DOB records say [[DATE|date:01/07/1944]])
Medicare [[ID|health_plan:6235828801]]   MAC [[ID|other:AC58820013]]
Video call link (expired): [[URL|url:https://nt-health.zoom.us/j/84412209931]]""",
    """interRAI LTCF - admission to rest home (NZ)
Resident: [[PERSON|name:Colin Ashhurst]]  NHI [[ID|health_plan:QZD3102]]  DOB [[DATE|date:14/08/1937]] ([[AGE|other:86]])
Pacemaker: Medtronic Azure s/n [[DEVICE|device:RNB608812S]], last check [[DATE|date:Feb 2024]] at [[LOCATION|geo:Palmerston North Hospital]]
Superannuation/IRD for residential subsidy: IRD [[ID|ssn:536-941-096]]""",
]

ALLIED_HEALTH = [
    """PODIATRY - CDM (item 10962) - visit 2 of 5
[[LOCATION|geo:Footprints Podiatry Moree]]   [[DATE|date:21/03/2024]]
Client: [[PERSON|name:Clarence Moree]]  DOB [[DATE|date:06/06/1961]]  Medicare [[ID|health_plan:6528848303]]
L hallux ulcer 1.2 x 0.8 cm, granulating, no probe to bone. Monofilament 4/10 L, 9/10 R.
Photos: [[ID|photo:IMG_4471_MOREE_C_Lhallux.jpg]], [[ID|photo:IMG_4472_MOREE_C_Lhallux.jpg]]
Offloading: CAM walker. ABI 0.92 L. Review 1/52.""",
    """OT driver assessment report
Client: [[PERSON|name:Dean Officer]]  [[AGE|other:23]]  of [[LOCATION|geo:Officer]] VIC (yes the suburb)
NDIS participant no. [[ID|health_plan:430 918 276]]   Licence (probationary) [[ID|license:041 882 397]]
Dx: C6 incomplete SCI ([[DATE|date:Aug 2022]]). Vehicle: Toyota HiAce, rego [[VEHICLE|vehicle:2AB 7CD]],
VIN [[VEHICLE|vehicle:JTFSS22P900123457]]. Mods: hand controls (Fadiel), spinner knob, Braun lift.""",
    """Physio - [[LOCATION|geo:North Hobart Physiotherapy]]   Initial Ax  [[DATE|date:9/1/24]]
Pt [[PERSON|name:Summer Bay]] (F, [[AGE|other:34]]), netballer, [[LOCATION|geo:Howrah]]
Lachman +ve, effusion 2+, ROM 5-95 deg. Quad lag 10 deg. Pain 6/10.
Plan: prehab, NMES, review 2x/wk. Pt pays privately - HICAPS: HCF [[ID|health_plan:60311879]], card #02
Invoice [[ID|account:NHP-009841]]""",
    """dietetics f/u - telehealth [[DATE|date:15.04.24]] (pt in [[LOCATION|geo:Coober Pedy]], me at [[LOCATION|geo:Port Augusta Hospital]])
[[PERSON|name:mary opal]] [[AGE|other:62]]yo, T2DM, CKD 4, on HD MWF at [[LOCATION|geo:Pika Wiya Health Service]]
wt 81.4 kg (prev 83.0), K 5.9 Tues, PO4 2.1, albumin 31
diet hx: lots of takeaway from roadhouse, cordial. discussed low K fruit, renal-friendly bread.
telehealth link [[URL|url:https://vcc.sahealth.sa.gov.au/join/dietitian-pah-2210]]""",
    """PHYSIOTHERAPY - ACC treatment note (NZ)
[[LOCATION|geo:Rangiora Physio]]   Date [[DATE|date:08/02/2024]]
Client: [[PERSON|name:Jack Amberley]]  NHI [[ID|health_plan:RZR1338]]  ACC claim [[ID|account:CA 44019823]]
Treatment: Tx 3 of 6, balance board, HEP. Able to jog 10 min.
Physio: [[PERSON|name:Hannah Oxford]], APC, HPI CPN [[ID|license:70HBWZ]]""",
    """OT home visit - falls/equipment
Client [[PERSON|name:Eileen Canning]], [[AGE|date:91]], lives alone at [[ADDRESS|geo:5/120 Canning Hwy, Victoria Park WA 6100]]
Equipment issued: shower chair, toilet surround, 4WW (Days s/n [[DEVICE|device:DW-4W-553817]])
Electric wheelchair loan: Invacare Pronto s/n [[DEVICE|device:IVC-PR-20113984]]
Gas bottle on back step - tripping hazard. Hand rails x2 front steps.
Son [[PERSON|name:Damien Canning]] [[PHONE|phone:0400 631 445]] to install rails; HACC ID [[ID|other:WA-HACC-118203]]""",
    """Dietitian - initial consult (private)
[[DATE|date:2024-02-27]]  client: [[PERSON|name:Hercules "Herc" Papadopoulos]] [[AGE|other:45]]
referred by [[LOCATION|geo:Margaret Street Medical]] Dr [[PERSON|name:Margaret Street]] (yes, really)
Wt 132 kg, Ht 178 cm, BMI 41.7. HbA1c 8.1%. On semaglutide 1 mg weekly.
Goals: 5% wt loss in 12 wks. 1800 kcal, 100 g protein.
Fund: Medibank [[ID|health_plan:712 388 42]]   Email plan to [[EMAIL|email:herc.papa@gmail.com]]""",
    """Podiatry - [[LOCATION|geo:Danila Dilba Health Service]] [[LOCATION|geo:Palmerston]] clinic
[[DATE|date:04/10/2023]]   Client [[PERSON|name:Raymond Tipiloura]]  HRN [[ID|mrn:DD-771204]]
R 2nd toe amputation site healed. Custom insoles ordered. Footwear: size 11 wide.
Photo consent Y: [[ID|photo:DDHS_tipiloura_r_foot_041023.png]]
Next: [[DATE|date:01/11/2023]]. Transport: DDHS bus [[VEHICLE|vehicle:CB 44 TQ]]""",
    """physio - hydro class attendance log - [[LOCATION|geo:Bundaberg Hospital]] pool
1. [[PERSON|name:Joy Elliott]] (post THR, [[DATE|date:06/01/24]]) - NDIS [[ID|health_plan:431 220 598]]
2. [[PERSON|name:Faith Gin Gin]] (surname [[PERSON|name:Gin Gin]], from [[LOCATION|geo:Gin Gin]])""",
    """DIETITIAN NOTE - [[LOCATION|geo:Waikato Hospital]] Renal
Patient: [[PERSON|name:Aroha Ngaruawahia]]  NHI [[ID|health_plan:LMB8422]]  DOB [[DATE|date:30/04/1988]]
address [[ADDRESS|geo:7 Great South Road, Huntly 3700]]
Pregnant 28/40 + diabetic nephropathy. Wt 96 kg. Protein 1.1 g/kg. Na restriction.
Partner [[PERSON|name:Manu Huntly]] [[PHONE|phone:027 448 1209]]""",
]

LOCUM_NOTE = [
    """AFTER HOURS HOME VISIT - 13SICK National Home Doctor
Patient: [[PERSON|name:Evie Sydenham]], [[AGE|other:3]]   DOB [[DATE|date:02/02/2021]]
Fever 39.2, barking cough, stridor at rest absent. Croup - mild/mod. Pred 1 mg/kg = 15 mg stat.
Usual GP: [[LOCATION|geo:Marrickville Road Medical]] - summary faxed to [[PHONE|fax:02 9560 3318]]
Dr [[PERSON|name:Oluwaseun Adebayo]] prov [[ID|license:3357398X]]  car [[VEHICLE|vehicle:CZ 91 PL]]""",
    """locum note (dictated, uncorrected)
visit to [[ADDRESS|geo:eleven Charity Street, Charity Creek, Lismore]] hmm - actual address [[ADDRESS|geo:11 Charity St, Goonellabah NSW 2480]]
patient mr [[PERSON|name:victor charity]] [[AGE|other:71]] with wife [[PERSON|name:faith]] present. date the [[DATE|date:4th of may]].
short of breath since this arvo, orthopnoea 3 pillows, bibasal creps, sats 89 percent room air, bp 165 over 95
impression acute LVF, frusemide 40 mg IV, GTN 400 mcg SL, ambulance called
to [[LOCATION|geo:Lismore Base Hospital]] ED. his medicare is [[ID|health_plan:4101323971]]""",
    """Dr [[PERSON|name:Felix Christmas]] (locum), provider [[ID|license:4508847A]], vehicle [[VEHICLE|vehicle:1XY-9ZZ]] (Qld)
Pt: Mrs [[PERSON|name:Noela Boxing]] (surname [[PERSON|name:Boxing]], born on [[DATE|date:Boxing Day]] [[DATE|date:26/12/1939]]) [[AGE|other:84]]
Addr: [[ADDRESS|geo:4 Bells Rd, Eight Mile Plains QLD 4113]]
Vomiting x6 after a big family lunch. Mild dehydration. Ondansetron 4 mg wafer, ORS.""",
    """DOCTORDOCTOR AFTER HOURS ([[LOCATION|geo:Hobart]]) - visit summary
[[DATE|date:22/05/2024]] 02:14  Pt [[PERSON|name:Sorell Midway]] [[AGE|other:29]] m
[[ADDRESS|geo:88 Cole St, Sorell TAS 7172]], mob [[PHONE|phone:0407 551 903]]
Renal colic R, haematuria dip 3+. Ketorolac? no - gave indomethacin 100 mg PR, ondansetron 4 mg.
Usual GP: [[LOCATION|geo:Sorell Family Practice]] fax [[PHONE|fax:(03) 6265 2291]]""",
    """AFTER HOURS LOCUM - NZ
Patient: [[PERSON|name:Lucy Takapuna]]  NHI [[ID|health_plan:WPY7523]]  DOB [[DATE|date:24/09/1985]]
Address [[ADDRESS|geo:3 Lake Rd, Northcote, Auckland 0627]]  ph [[PHONE|phone:(09) 486 7732]]
UTI sx 2/7, no fever, not pregnant (bHCG neg). Nitrofurantoin 50 mg QID x 5/7.
Doctor: Dr [[PERSON|name:Aditya Rao]] MCNZ [[ID|license:52118]]""",
    """[[DATE|date:9/9/24]] 23:55 call from carer [[PERSON|name:Shane Sebastopol]] re client [[PERSON|name:Ruby Wendouree]] [[AGE|other:38]]
(NDIS SIL house, [[ADDRESS|geo:12 Forest St, Wendouree VIC 3355]]); known epilepsy, cluster x3 seizures
NDIS no [[ID|health_plan:431 005 882]]; seizure plan: midazolam 10 mg buccal given 23:40 by carer
On arrival 00:30 post-ictal, GCS 14. VNS device (LivaNova s/n [[DEVICE|device:VNS-106-42981]]) magnet swiped.""",
    """Locum handover - remote clinic, on-call weekend
1) [[PERSON|name:Bobby Ord]] [[AGE|other:14]] - R forearm # (fell off horse at [[LOCATION|geo:Ivanhoe Station]]), backslab, RFDS to [[LOCATION|geo:Darwin]] Mon. Mum [[PERSON|name:Dianne Ord]] [[PHONE|phone:0429 118 340]]
2) tourist from Germany, insect bites, cetirizine, no details taken
Medicare for #1: [[ID|health_plan:3249698892]]. Hospital UR [[ID|mrn:KNX 044719]]""",
    """AFTER-HOURS NURSE LINE -> GP callback (healthdirect)
Caller: [[PERSON|name:Tahlia Moonah]] for daughter [[PERSON|name:Skye]] (8 mo)
Location given: [[ADDRESS|geo:4/15 Main Rd, Moonah TAS 7009]]   cb [[PHONE|phone:+61 437 203 118]]
GP callback: otitis media likely, amoxicillin 15 mg/kg TDS. Email script to pharmacy [[EMAIL|email:moonahpharmacy@bigpond.net.au]]
Medicare (mum's card) [[ID|health_plan:4716 09386 3]] IRN 4""",
    """Locum doctor visit - after hours (NZ)
Date [[DATE|date:2 January 2024]]   Dr [[PERSON|name:Isla Tinwald]], MCNZ [[ID|license:61270]], car [[VEHICLE|vehicle:QKB482]]
Pt [[PERSON|name:Jock Methven]] [[AGE|other:66]], farmer, [[ADDRESS|geo:1402 Thompsons Track, Mayfield 7777]]
Fell from hay barn, L wrist deformity, NV intact. Splinted, to local hospital
then ortho [[LOCATION|geo:Christchurch Hospital]]. ACC45 [[ID|account:AB77214]] lodged.""",
    """ts=[[DATE|date:2024-06-30]]T22:41:05 job=[[ID|other:CALMS-33912]] pt="[[PERSON|name:Scullin, Holt]]" age=[[AGE|other:54]]
addr="[[ADDRESS|geo:19 Chewings St, Scullin ACT 2614]]" ph=[[PHONE|phone:0262546611]] medicare=[[ID|health_plan:6212116853]]
complaint="back pain, can't walk, on oxycodone 10mg" triage=3 dr=[[PERSON|name:Lyons]] vehicle=[[VEHICLE|vehicle:YPL 33K]]
canscript checked - 3 prescribers in 2 months""",
]

HEALTH_CHECK_715 = [
    """ABORIGINAL AND TORRES STRAIT ISLANDER HEALTH ASSESSMENT (MBS 715) - ADULT 25-49
Service: [[LOCATION|geo:Redfern AMS]]   Date [[DATE|date:11/04/2024]]
Client: [[PERSON|name:Kirra Lawford]]  DOB [[DATE|date:19/09/1989]]  [[AGE|other:34]]   Identifies: Aboriginal (Wiradjuri)
Medicare [[ID|health_plan:2261 56057 3]]   IHI [[ID|health_plan:8003608598365690]]   HRN [[ID|mrn:RAMS-44108]]
BP 128/80, BMI 27.4, waist 92 cm, BGL 5.6, AUDIT-C 4, K10 19, smoker 10/day
CVD absolute risk <10%. CTG PBS co-payment: registered. Follow-up items 10987 x3 booked.""",
    """715 CHILD CHECK (0-14)
Child: [[PERSON|name:Tjarra Sampson]] (calls himself "[[PERSON|name:TJ]]")  [[AGE|other:5]]y  DOB [[DATE|date:20/12/2018]]
Carer (kinship): grandmother Aunty [[PERSON|name:Valerie Sampson]] [[PHONE|phone:07 4080 1000]]
Medicare [[ID|health_plan:6471 61494 2]] #3
Ears: tympanometry Type B both (Otoread s/n [[DEVICE|device:OTR-20180477]]), hearing screen referred
Hb 112, growth 50th centile, imms up to date (AIR checked), skin sores x2 - IMPETIGO""",
    """Health Check 715 - [[LOCATION|geo:Nganampa Health Council]] clinic [[LOCATION|geo:Pukatja]] ([[LOCATION|geo:Ernabella]])
Name [[PERSON|name:Tjilpi Kunmanara Ken]] (name used since passing of relative)   [[AGE|other:67]]
DOB [[DATE|date:1957]]   HRN [[ID|mrn:NHC-PUK-00412]]
Pensioner: CRN [[ID|ssn:201 774 352J]]""",
    """715 Elder check (50+) - [[LOCATION|geo:Winnunga Nimmityjah Aboriginal Health]], [[LOCATION|geo:Narrabundah]] ACT
Client: Uncle [[PERSON|name:Neville Bell]]  [[AGE|other:72]]  DOB [[DATE|date:09/05/1952]]
Social: drives to [[LOCATION|geo:Tumut]] for family, rego [[VEHICLE|vehicle:YCB 42M]] (ACT) - fit to drive""",
    """ATSI HEALTH ASSESSMENT - 715 - Adolescent
[[LOCATION|geo:Derbarl Yerrigan Health Service]] [[LOCATION|geo:East Perth]]   [[DATE|date:Tues 28 May 2024]]
[[PERSON|name:Brody Collard]], [[AGE|other:16]], DOB [[DATE|date:28/05/2008]] (happy bday)
Medicare [[ID|health_plan:6607 84016 1]] #2""",
    """[[LOCATION|geo:Katherine West Health Board]] - 715 check, [[LOCATION|geo:Kalkarindji]]
client: [[PERSON|name:Topsy Nangari Jimmy]]  F [[AGE|other:44]]
IHI [[ID|health_plan:8003601918917993]]   Medicare [[ID|health_plan:3537 93921 1]]
Centrelink letter for remote exemption: CRN [[ID|ssn:312 008 144A]]""",
    """715 health check template (Communicare) - [[LOCATION|geo:Pika Wiya Health Service]], [[LOCATION|geo:Port Augusta]]
Patient [[PERSON|name:AGIUS, Shirley]]  DOB [[DATE|date:14-Jan-1967]]  Age [[AGE|other:57]]
Medicare [[ID|health_plan:4905 66134 2]] - ref 2 - exp [[DATE|date:05/2027]]
Results: BGL 11.4 (random), eGFR 55, ACR 14, BP 150/94 -> ambulatory BP (monitor s/n [[DEVICE|device:ABP-66192]])""",
    """715 check, [[LOCATION|geo:Yarrabah]] - [[LOCATION|geo:Gurriny Yealamucka]]
[[PERSON|name:Fred Mundraby]], [[AGE|other:49]], Medicare [[ID|health_plan:6335 06869 1]]
Smoking 20/day - quit plan, NRT patches 21 mg (CTG script). Fish, hunting - keeps fit.
Diabetes screen HbA1c 6.3. Lipids TC 5.9. eGFR >90.
Deadly Choices shirt given :) Photo for Deadly Choices wall consented: [[ID|photo:DC_yarrabah_fmundraby_2024.jpg]]
wife [[PERSON|name:Rhonda]] [[PHONE|phone:0477 310 258]]""",
    """HEALTH CHECK (715)
[[DATE|date:08/08/2023]]   [[PERSON|name:Summer Maynard]] [[AGE|other:27]] (palawa)
[[ADDRESS|geo:4 Ravenswood Rd, Ravenswood TAS 7250]]   mob [[PHONE|phone:0447 019 552]]
Medicare [[ID|health_plan:3010 23612 1]]   HCC [[ID|health_plan:208 661 507X]]""",
    """715 ADULT - remote - [[LOCATION|geo:Warburton]] ([[LOCATION|geo:Ngaanyatjarra Lands]])  [[DATE|date:Mon 15 Apr]]
client [[PERSON|name:Lance Giles]] [[AGE|other:39]], [[LOCATION|geo:Ngaanyatjarra Health Service]] HRN [[ID|mrn:NHS-WBT-2290]]
medicare [[ID|health_plan:2791 72318 3]]
dialysis? no. eGFR 68. HbA1c 8.4. BP 142/90. Hep B immune.""",
]

SOFTWARE_EXPORT = [
    """-- Best Practice export: PATIENTS (partial)
INTERNALID|SURNAME|FIRSTNAME|DOB|ADDRESS1|CITY|POSTCODE|MEDICARENO|MEDICARELINENO|MEDICAREEXPIRY|DVANO
[[ID|mrn:10442]]|[[PERSON|name:CHURCH]]|[[PERSON|name:Hope]]|[[DATE|date:1958-03-14]]|[[ADDRESS|geo:12 Church St|MUDGEE|2850]]|[[ID|health_plan:2072975131]]|1|[[DATE|date:2027-09]]|
-- rows: 1 of 8812""",
    """MedicalDirector Clinical - audit log
[[DATE|date:2024-03-19]] 08:01:33 LOGIN user=[[ID|other:drbhatt]] ws=RECEP-02 ip=[[IP|ip:192.168.10.24]] method=fingerprint tmpl=[[ID|biometric:MDFP-3381-0042]]
[[DATE|date:2024-03-19]] 08:06:02 UPLOAD ehealth doc=SHS ihi=[[ID|health_plan:8003605981443647]] hpio=[[ID|license:8003629563374939]]
[[DATE|date:2024-03-19]] 08:06:03 SEND healthlink to=[[ID|other:sthcanbe]] status=OK remote=[[IP|ip:203.24.211.90]]""",
    """Medtech Evolution - patient register export (NZ) - [[LOCATION|geo:Greenlane Family Doctors]]
"NHI","Family","Given","DOB","Address","Phone","Email","Enrol"
"[[ID|health_plan:JSA7914]]","[[PERSON|name:Wairua]]","[[PERSON|name:Hope]]","[[DATE|date:12/06/2001]]","[[ADDRESS|geo:8 Marama Ave, Greenlane, Auckland 1051]]","[[PHONE|phone:021 773 0042]]","[[EMAIL|email:hope.w@gmail.com]]","[[DATE|date:01/04/2022]]\"""",
    """BP Premier - Document import queue
file,patient,internal_id,received,from,category
"[[ID|photo:\\\\BPSRV01\\Images\\55120\\mole_L_shoulder_20240318.jpg]]","[[PERSON|name:Banks, Joseph]]",[[ID|mrn:55120]],[[DATE|date:18/03/2024]],"dermatoscope",Clinical photo
"[[ID|other:fax_20240317_1422.tif]]","[[PERSON|name:Leederville, Sam]]",[[ID|mrn:60492]],[[DATE|date:17/03/2024]],"fax [[PHONE|fax:08 9381 7710]]",Letter
dermatoscope serial: [[DEVICE|device:DL5-22041983]]""",
    """Practice configuration dump (MD Pracsoft) - [[LOCATION|geo:Wattle Street Surgery]], [[LOCATION|geo:Ultimo]]
practice_name=[[LOCATION|geo:Wattle Street Surgery]]
bank_bsb=082-057 bank_acct=[[ID|account:51 887 2209]]
online_booking_url=[[URL|url:https://www.hotdoc.com.au/medical-centres/ultimo-NSW-2007/wattle-street-surgery/doctors]]
nas_ip=[[IP|ip:10.0.0.50]]   server_mac=[[DEVICE|device:00-1B-21-3A-4F-C2]]
principal_gp=Dr [[PERSON|name:Wattle Okafor]] prov=[[ID|license:3143100K]]""",
    """Appointment book export - [[DATE|date:Tuesday 21 May 2024]] - Dr [[PERSON|name:Sunny Boulevard]] ([[LOCATION|geo:Bay Road Medical]], [[LOCATION|geo:Sandringham]] VIC)
09:15  [[PERSON|name:Heath Mont]]       [[PHONE|phone:9598 2231]]   long  "skin check - photos" ([[ID|photo:mont_h_back_01.jpg]])
09:45  "[[LOCATION|geo:BLACK ROCK]]"?? - booked under suburb by mistake, pt is [[PERSON|name:Harvey Blackburn]] from [[LOCATION|geo:Black Rock]]""",
    """-- SQL: SELECT * FROM BPS_Patients WHERE surname LIKE '[[PERSON|name:Young]]%'
InternalID  Title  Firstname  Surname          DOB         Sex  Mobile          Email
[[ID|mrn:9043]]        Ms     [[PERSON|name:Angus]]      [[PERSON|name:Young]]            [[DATE|date:31/03/1983]]  F    [[PHONE|phone:0400 218 734]]    [[EMAIL|email:angus.young.f@hotmail.com]]
(1 row)   -- server [[IP|ip:192.168.1.5]]  db BPSPatients  practice: [[LOCATION|geo:Young Family Medical]], [[LOCATION|geo:Young]] NSW""",
    """Indici (NZ) - clinical note export JSON
{"patient":{"nhi":"[[ID|health_plan:RYN6355]]","name":"[[PERSON|name:Atawhai Bay]]","dob":"[[DATE|date:1962-10-15]]"},
 "encounter":{"date":"[[DATE|date:2024-07-09]]","provider_cpn":"[[ID|license:36LXWE]]","provider":"Dr [[PERSON|name:T. Greenmeadows]]",
  "note":"BP 152/96, start amlodipine 5 mg. HbA1c 49 mmol/mol. Review 3/12."},
 "audit":{"user":"[[ID|other:tgreenmeadows]]","ip":"[[IP|ip:101.98.44.201]]"}}""",
    """Zedmed / Genie style recall list export
RecallID,Patient,DOB,Phone,Recall,Due,Provider
[[ID|other:RC-11842]],"[[PERSON|name:HUNTER, Valley]]",[[DATE|date:04/04/1974]],[[PHONE|phone:02 4932 8810]],Cervical screening (CST),[[DATE|date:01/05/2024]],[[ID|license:4081195Y]]
practice: [[LOCATION|geo:Kurri Kurri Family Practice]] - [[EMAIL|email:recalls@kurrifp.com.au]]""",
    """From: [[EMAIL|email:bp-backup@greenhillsmedical.com.au]]

Backup: BPSPatients_full.bak   size 18.4 GB   server BPSRV01 ([[IP|ip:192.168.20.10]])
Offsite copy to [[URL|url:sftp://backup.greenhillsmedical.com.au/bp/]] from [[IP|ip:203.122.55.18]]
Failed to attach: [[ID|photo:C:\\BPSImages\\4471\\PT_4471_photo_ID.jpg]] (patient [[PERSON|name:Mitchell Lorn]], ID [[ID|mrn:4471]])
UPS serial [[DEVICE|device:APC-3S1827X04412]] reports battery 61%.""",
]


STYLES = [
    ("gp-referral-letter", GP_REFERRAL),
    ("medicare-claim-and-bulk-bill-record", MEDICARE_CLAIM),
    ("pathology-request-form", PATHOLOGY_REQUEST),
    ("pbs-prescription-and-script", PBS_SCRIPT),
    ("my-health-record-shared-summary", MHR_SUMMARY),
    ("aged-care-assessment", AGED_CARE),
    ("allied-health-note", ALLIED_HEALTH),
    ("after-hours-locum-note", LOCUM_NOTE),
    ("aboriginal-health-check", HEALTH_CHECK_715),
    ("practice-software-export", SOFTWARE_EXPORT),
]


def main() -> None:
    print(f"probe48: {write_styled(OUT, STYLES)} docs")


if __name__ == "__main__":
    main()
