"""Write the fourth tuning probe for the PII-redaction engine.

Why: redactors do worst on a handful of note styles -- lower-case ward shorthand, research
logs full of oddly shaped codes, billing notes, machine telemetry, telehealth logs and
pharmacy records. This fourth tuning probe covers those styles and was written independently
of the engine and of the other corpora, so tuning against it measures the engine rather than
echoing it.

What: about 120 hand-written notes, 20 in each of six styles, with every identifier marked
inline as ``[[LABEL|category:text]]``; ``write_styled`` strips the markers and writes one JSON
document a line (text, character spans, style) to ``corpus/redaction/probe4.jsonl``. Names,
streets and numbers are invented; numbers with a real checksum (Medicare, TFN, NHS, NHI, IRD,
BSN, PPSN, personnummer, codice fiscale, KVNR, LANR, IBAN, card, IMEI, NPI, DEA, Medicare
provider numbers, GTIN, VIN) carry valid check digits.

How to run::

    python scripts/make_probe4_corpus.py
"""

from __future__ import annotations

from pathlib import Path

from make_safe_harbor_suite import write_styled

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "corpus" / "redaction" / "probe4.jsonl"

NURSING = [
    "0615 [[PERSON|name:rose]] ([[AGE|other:82]]) settled overnight, 2x void, skin intact. obs bp 132/78 hr 74 sats 95% RA. dtr [[PERSON|name:mele]] rang from [[LOCATION|geo:dubbo]] 0710, coming in sat am. nil PRN. - rn [[PERSON|name:okafor]]",
    "cn visit [[DATE|date:12/3]] 1400. [[PERSON|name:bill]] [[AGE|other:79]]yo lives alone [[ADDRESS|geo:7 wattle cres orange nsw 2800]]. L lat malleolus ulcer 3x2cm sloughy base, redressed aquacel ag + crepe. son [[PERSON|name:frank]] ([[PHONE|phone:0428 551 907]]) to bring shopping thurs. next visit [[DATE|date:15/3]]. [[PERSON|name:tui]] cn",
    "urn [[ID|mrn:4471023]] [[PERSON|name:hope mcgregor]] d/c to [[LOCATION|geo:kowhai court rest home]] [[LOCATION|geo:taupo]] [[DATE|date:14/03]] 1030 via st john pt transport. nhi [[ID|health_plan:XQQ1295]]. handover to en [[PERSON|name:grace]] [[PHONE|phone:07 378 2241]]. meds + blister pack sent w/ pt. niece [[PERSON|name:ana]] informed.",
    "2245 called to rm 14, mr [[PERSON|name:king]] ([[AGE|date:91]]) found on floor beside bed, unwitnessed fall. no head strike per pt, on apixaban so neuro obs q15 commenced. rmo dr [[PERSON|name:sandhu]] r/v 2310, nil injury. riskman lodged. wife [[PERSON|name:dawn]] not rung overnight per pt wishes, day staff to inform.",
    "wound r/v [[DATE|date:3/4]]: [[PERSON|name:olive]] ([[AGE|other:88]]) from [[LOCATION|geo:wattle grove hostel]] [[LOCATION|geo:bright]]. sacral PI stage 2 improving 1.5x1cm, granulating. photo [[ID|photo:wound_olive_brennan_0304.jpg]] uploaded to emr. cont duoderm q3d. rn [[PERSON|name:may]]",
    "ph call 0915 from [[PERSON|name:sky]] (granddtr) re nan [[PERSON|name:pearl]] - asking if ok for [[PERSON|name:pearl]] to go to [[LOCATION|geo:moe]] for bday lunch sun [[DATE|date:21/4]]. explained needs d/w dr [[PERSON|name:ferreira]] on ward round. cb [[PHONE|phone:0491 207 336]]",
    "handover 1900: bed 6 [[PERSON|name:hunter]] [[AGE|other:19]]yo post lap appy D1, tol diet, amb indep. mum [[PERSON|name:kiri]] staying o/n. bed 7 mr [[PERSON|name:van der berg]] ([[AGE|other:67]]) NBM for colonoscopy [[DATE|date:9/5]] 0800, bowel prep 2/3 done. en [[PERSON|name:rusty]] taking over.",
    "dn visit [[PERSON|name:wiremu tane]] [[AGE|other:73]], [[ADDRESS|geo:22 kereru rd tokoroa 3420]]. nhi [[ID|health_plan:YSR8026]]. lantus 22u self-admin under supervision, bgl 11.4. wife [[PERSON|name:aroha]] reports poor appetite. gp dr [[PERSON|name:lim]] at [[LOCATION|geo:tokoroa medical centre]] notified via healthlink.",
    "0300 [[PERSON|name:guy]] ([[AGE|other:58]]) comfortable, syringe driver @ 0.9ml/hr (morphine 20mg + midaz 10mg/24h), site L chest clear. partner [[PERSON|name:faith]] asleep in chair. fr [[PERSON|name:o'donnell]] (pastoral care) to visit am. d/w sr [[PERSON|name:wood]].",
    "[[PERSON|name:iris]] [[AGE|date:94]]yo rm 22 [[LOCATION|geo:jacaranda gardens]] [[LOCATION|geo:mount isa]]. exit seeking 1600-1730, redirected w/ tea + music. son [[PERSON|name:mark]] visiting from [[LOCATION|geo:townsville]] [[DATE|date:2/6]]. medicare [[ID|health_plan:3226 51324 2]] irn 2, dva gold [[ID|health_plan:QX417305]]. rn [[PERSON|name:joy]]",
    "[[PERSON|name:ng]] ([[AGE|other:55]]) cp free since 0400, 2nd trop @ 0700 pending, ecg NSR. bro [[PERSON|name:tuan]] [[PHONE|phone:+61 412 880 315]] is NOK. cardio reg dr [[PERSON|name:abubakar]] aware. transfer to [[LOCATION|geo:liverpool]] for angio if trop rising.",
    "dn [[DATE|date:02/05]]: mrs [[PERSON|name:summer]] ([[AGE|other:86]]), [[ADDRESS|geo:flat 3, 41 mill lane, kendal la9 6dh]]. nhs no [[ID|health_plan:516 902 1003]]. IDC changed 14ch, draining clear. carer [[PERSON|name:bronwen]] present. next change [[DATE|date:30/05]].",
    "[[DATE|date:30/6]] 2130 [[PERSON|name:ahmad]] agitated ++, pulled PIVC, 2 staff to settle. wife [[PERSON|name:fatima]] rang x3. dari interpreter booked am via tis. reg dr [[PERSON|name:chidi]] r/v, olanzapine 2.5mg given w/ effect. 1:1 special [[PERSON|name:jet]] from 2200.",
    "paeds: [[PERSON|name:tama]] [[AGE|other:4]]yo fever 39.1 @ 1800, panadol given, tol fluids. mum [[PERSON|name:losa]] from [[LOCATION|geo:porirua]], dad [[PERSON|name:filipo]] at work. nhi [[ID|health_plan:SUN7039]]. [[PERSON|name:tama]] asleep 2000, obs 4hrly.",
    "[[PERSON|name:jazz]] (pref name; legal [[PERSON|name:jasmine hollis]]) [[AGE|other:23]] mhu, settled on ward, ate dinner. leave to courtyard w/ rn [[PERSON|name:autumn]]. mum [[PERSON|name:cheryl]] visiting tues [[DATE|date:8/10]]. nil s/h behaviours this shift.",
    "birth suite: [[PERSON|name:precious ndlovu]] [[AGE|other:31]] G2P1 39+2 SROM [[DATE|date:18/7]] 0340 clear liquor. partner [[PERSON|name:sipho]] present. mw [[PERSON|name:leilani]]. edd [[DATE|date:20/7/24]]. gbs neg. plan epidural on request.",
    "hd chair 3: mr [[PERSON|name:bishop]] ([[AGE|other:63]]) from [[LOCATION|geo:broken hill]], fistula L arm good thrill/bruit. uf goal 2.5L, pre wt 84.2kg. flight home w/ rfds [[DATE|date:25/7]]. next session wed [[DATE|date:24/7]] per sr [[PERSON|name:faulkner]]",
    "icu bed 4 [[PERSON|name:carlos]] [[AGE|other:44]] intubated, propofol 15ml/hr, RASS -2. wife [[PERSON|name:katherine]] drove down from [[LOCATION|geo:katherine]] today, staying at [[LOCATION|geo:ronald mcdonald house]]. sw [[PERSON|name:bree]] to see. urn [[ID|mrn:A0093318]]",
    "community: [[PERSON|name:baker]], [[PERSON|name:will]] [[AGE|other:81]] [[ADDRESS|geo:3/18 bridge st, gore 9710]]. ph [[PHONE|phone:03 208 4417]]. compression bandages reapplied both legs, pedal pulses palp. dtr [[PERSON|name:june]] (epoa) wants call back after [[DATE|date:5/8]]. [[PERSON|name:fern]] dn",
    "[[DATE|date:19/9]] 1330 [[PERSON|name:lupe]] ([[AGE|other:70]]) from [[LOCATION|geo:mangere]] admitted via ED w/ cellulitis R leg. iv fluclox 2g q6h. niece [[PERSON|name:sela]] ([[PHONE|phone:021 448 903]]) translating (tongan). en [[PERSON|name:robin]] + rn [[PERSON|name:pham]]",
]

RESEARCH = [
    "Screening log - participant [[ID|other:WM-014-0032]] screened [[DATE|date:04-Mar-2024]] at [[LOCATION|geo:Westmead]] by study coordinator [[PERSON|name:Priya Raghunathan]]. DOB [[DATE|date:17/09/1958]] ([[AGE|other:65]]). eGFR 52, HbA1c 8.1% - eligible. Protocol ABX-301, HREC/2023/ETH00412.",
    "Enrollment: Subject [[ID|other:1047-003]] randomized [[DATE|date:2024-05-21]], arm B. PI Dr. [[PERSON|name:Marcus Whitfield]]; consent obtained by CRC [[PERSON|name:Dana Kowalczyk]] at [[LOCATION|geo:Lakeview Medical Center]], [[LOCATION|geo:Duluth]], MN. NCT05519462; IRB #2023-0418. Stratum: age >=65, prior MI.",
    "Visit 4 (wk 12) participant [[ID|other:LDS/0219]], NHS no. [[ID|health_plan:180 611 8130]], seen at [[LOCATION|geo:Calder Vale Hospital]] [[DATE|date:11/06/2024]] by research nurse [[PERSON|name:Siobhan Carberry]]. BP 128/81, weight 92.4 kg. Next visit window [[DATE|date:03/09/2024]] +/- 7 days.",
    "Participant [[ID|other:NZ-AKL-0087]] ([[PERSON|name:Sione Taufa]], NHI [[ID|health_plan:DYY2385]]) consented [[DATE|date:2 Feb 2024]], witness [[PERSON|name:Mere Hohaia]]. Travel reimbursement to [[ADDRESS|geo:16 Tui Grove, Otara, Auckland 2023]]. Investigator Dr [[PERSON|name:Rangi Poutama]].",
    "Patienten-ID [[ID|other:DE-112-0045]], geb. [[DATE|date:03.11.1949]] ([[AGE|other:74]]), Einwilligung am [[DATE|date:15.01.2024]] bei Prüfärztin Dr. [[PERSON|name:Henrike Baumgärtner]], [[LOCATION|geo:Universitätsklinikum Freiburg]]. KVNR [[ID|health_plan:T689995484]]. EudraCT 2022-004418-31.",
    "Screen fail: [[ID|other:SCR-0451]] [[PERSON|name:Dimitra Papadakis]], DOB [[DATE|date:22/12/1961]], referred by Dr [[PERSON|name:Oyelaran]] ([[LOCATION|geo:Box Hill]]). Excluded: eGFR 28 (<30). Medicare [[ID|health_plan:6244 26866 2]]. Logged by [[PERSON|name:Ha-eun Park]] [[DATE|date:9/4/24]].",
    "SAE report: participant [[ID|other:0317-0012]] admitted to [[LOCATION|geo:St Brigid's Hospital]], [[LOCATION|geo:Galway]] on [[DATE|date:14 Aug 2024]] with community-acquired pneumonia (MedDRA PT). Onset [[DATE|date:12 Aug 2024]]. PPSN [[ID|ssn:2442686W]] on hospital record. Reported to sponsor by [[PERSON|name:Aoife Ní Bhriain]] within 24h.",
    "Biobank: aliquots [[ID|other:BB24-00731-P3]] and [[ID|other:BB24-00731-S1]] from participant [[ID|other:MEL-0093]] collected [[DATE|date:07/05/2024]] 08:40 (fasting), spun 15 min, stored -80C rack 4 box 12. Processed by [[PERSON|name:Tran Minh Chau]].",
    "Deltagare [[ID|other:SE-UPP-018]], personnummer [[ID|ssn:470812-7198]], [[AGE|other:76]] år, samtycke [[DATE|date:2024-03-19]] hos studiesköterska [[PERSON|name:Linnea Sjöberg]], [[LOCATION|geo:Akademiska sjukhuset]]. Nästa besök [[DATE|date:2024-06-18]].",
    "Deelnemer [[ID|other:NL-RTM-0204]] ([[PERSON|name:Joost de Wit]], BSN [[ID|ssn:222651325]]), geboren [[DATE|date:30-04-1955]], inclusie [[DATE|date:08-02-2024]] door arts-onderzoeker [[PERSON|name:Fleur Bakker]]. Vergoeding naar IBAN [[ID|account:NL30RABO0902843893]].",
    "Patiente [[PERSON|name:Élodie Marchand]], code [[ID|other:FR-LYO-07-115]], née le [[DATE|date:02/10/1972]] ([[AGE|other:51]]), visite J28 le [[DATE|date:27/03/2024]] au [[LOCATION|geo:Centre Hospitalier de Villefranche]]. Investigateur Dr [[PERSON|name:Koné]]. ECG normal.",
    "Uczestnik [[ID|other:PL-WAW-0031]] [[PERSON|name:Małgorzata Wójcik]], ur. [[DATE|date:11.07.1950]], wizyta 2 [[DATE|date:05.03.2024]], koordynator [[PERSON|name:Bartosz Lis]]. AE: headache grade 1, resolved, unrelated.",
    "Stipend: subject [[ID|other:RCH-22-0148]] [[PERSON|name:Tyrone Bellamy]], SSN [[ID|ssn:532-48-7761]] on W-9, reload $75 for V3 on [[DATE|date:06/12/2024]]. Mailing [[ADDRESS|geo:88 Catawba St, Rock Hill, SC 29730]]. Approved by [[PERSON|name:Gwen Sato]].",
    "Pre-screen list [[DATE|date:12/02/2024]] ([[PERSON|name:Hemi Walker]], RN): [[ID|other:PS-101]] [[PERSON|name:Patience Obi]] [[AGE|other:58]] - eligible; [[ID|other:PS-102]] [[PERSON|name:Lionel Frost]] [[AGE|date:90]] - excluded age >85; [[ID|other:PS-103]] [[PERSON|name:Charity Mutasa]] [[AGE|other:47]] - declined.",
    "Travel claim: participant [[ID|other:BRD-044]], home postcode [[ADDRESS|geo:BD20 6TD]], mileage 38 miles return to [[LOCATION|geo:Skipton]] clinic [[DATE|date:20 May 2024]]. Paid to sort code/acct on file. Checked by trial manager [[PERSON|name:Oluwaseun Adebayo]].",
    "Contact sheet [[ID|other:QLD-0088]]: [[PERSON|name:Bradley Hoang]] mob [[PHONE|phone:0433 918 207]], email [[EMAIL|email:brad.hoang88@bigpond.com]], alt contact wife [[PERSON|name:Linh]] [[PHONE|phone:0433 918 211]]. Prefers SMS reminders. Lives in [[LOCATION|geo:Toowoomba]].",
    "Randomisation [[DATE|date:2024-01-30]]: [[ID|other:CAN-0419]] allocated arm A (block 12, stratum 2). Retinal photo [[ID|photo:CAN-0419_OD_20240130.tif]] uploaded to reading centre. Grader [[PERSON|name:Yusuf Demir]]. Fingerprint enrolment id [[ID|biometric:FPX-7730194]] for IP dispensing cabinet.",
    "Withdrawal: [[ID|other:US-044-0007]] withdrew consent [[DATE|date:Sept 3, 2024]] by phone to coordinator [[PERSON|name:Marisol Quintero]] ([[PHONE|phone:(505) 555-0182]]). Reason: moving to [[LOCATION|geo:Flagstaff]]. No further data after [[DATE|date:08/30/2024]].",
    "AE log - [[ID|other:AUK-0112]] (DOB [[DATE|date:14/02/1988]], [[AGE|other:36]]): injection-site reaction onset [[DATE|date:2/7/24]], CTCAE grade 1, resolved [[DATE|date:5/7/24]]. Assessed by Dr [[PERSON|name:Faisal Qureshi]]. Study drug lot 24B117, dose held x1.",
    "Case report: case [[ID|other:RPG-2024-017]], [[AGE|other:62]]-year-old man from [[LOCATION|geo:Wagga Wagga]], enrolled [[DATE|date:16 Jan 2024]]; GP Dr [[PERSON|name:Honey]] notified by letter. Follow-up telephone [[DATE|date:16 Apr 2024]] with [[PERSON|name:Constance Ebert]].",
]

BILLING = [
    "Claim [[ID|account:CLM-2024-0088172]] for [[PERSON|name:Dolores Whitcombe]], DOB [[DATE|date:02/14/1951]], member ID [[ID|health_plan:XKW884172630]], payer ID 60054. CPT 99214, ICD-10 E11.65. Denied CO-197 (no auth); auth obtained, resubmitted [[DATE|date:03/08/2024]]. Billed $248.00.",
    "Medicare Part B: beneficiary [[PERSON|name:Harold Pettigrew]], MBI [[ID|health_plan:7HC2-VN4-RT81]], DOS [[DATE|date:01/22/2024]]. Secondary Medicaid ID [[ID|health_plan:OK448190273]]. Crossover received, pt resp $0.00. Rendering NPI [[ID|license:1683707453]].",
    "Collections call: guarantor [[PERSON|name:Raymond Akintola]] for son [[PERSON|name:Tobi]] (acct [[ID|account:00731958]]), balance $1,240.55. Address verified [[ADDRESS|geo:4417 Bellhaven Dr, Apt 2B, Tulsa, OK 74135]], ph [[PHONE|phone:(918) 555-0147]]. Card ending 4410 declined; payment plan $100/mo from [[DATE|date:04/01/2024]].",
    "Pt read full card over phone, entered then noted here in error: [[ID|account:4889 6725 6921 2610]]. Supervisor [[PERSON|name:Kim Delgado]] notified, note to be masked. Payment $85.00 applied to invoice [[ID|account:INV-2024-33817]].",
    "Bulk bill: [[PERSON|name:Kylie Oakes]], Medicare [[ID|health_plan:5189 95823 2]] ref 1, item 23 + 10990, DOS [[DATE|date:14/05/2024]]. Provider [[ID|license:1791069B]] (Dr [[PERSON|name:Anand Pillai]]). Rejected 160 - card expired, pt to update via app.",
    "Private fund: member no. [[ID|health_plan:48817203]] (principal [[PERSON|name:Geoffrey Wellington]], dependant [[PERSON|name:Sienna]]), gap $62.40 invoiced on [[ID|account:INV-77310]] [[DATE|date:21/3/24]]. Posted to [[ADDRESS|geo:9 Lorikeet Pl, Mudgeeraba QLD 4213]].",
    "DVA: veteran [[PERSON|name:Leslie Crouch]], file no. [[ID|health_plan:NX183245]] (white card), D904 lodged [[DATE|date:6 June 2024]] for physio x6. Claim ref [[ID|account:DVA-0612-8821]]. Referring GP Dr [[PERSON|name:Summers]], provider [[ID|license:403681AK]].",
    "WorkCover: worker [[PERSON|name:Jarrah Whitely]], claim no. [[ID|account:WC24-117305]], employer Coastline Scaffolding Pty Ltd, DOI [[DATE|date:29/01/2024]]. Case manager [[PERSON|name:Nerida Foss]] [[PHONE|phone:(02) 9018 4452]], fax [[PHONE|fax:(02) 9018 4499]]. Invoice $184.50 ex GST.",
    "ERA posted [[DATE|date:07/19/2024]]: patient control # [[ID|account:PCN7781204]] [[PERSON|name:Imani Castellanos]], claim [[ID|account:24198E00412]], allowed $312.00, paid $249.60, PR-1 $62.40. CARC 45 adjustment $88.00. Posted by [[PERSON|name:dwhitlow]].",
    "Subscriber is spouse: [[PERSON|name:Curtis Lamb]] (DOB [[DATE|date:11/03/1979]]), subscriber ID [[ID|health_plan:W2284719031]]; patient [[PERSON|name:Rosa Lamb]], relationship 01. Claim [[ID|account:CLM-88120-A]] rejected for mismatched DOB, corrected and resent [[DATE|date:08/02/2024]].",
    "Statement [[DATE|date:05/31/2024]] to [[PERSON|name:Precious Washington]], [[ADDRESS|geo:212 Magnolia Ave, Macon, GA 31201]], account [[ID|account:HB-00417729]], balance $2,118.00 after insurance. Email copy to [[EMAIL|email:pwashington1967@yahoo.com]]. Charity care application sent.",
    "Bad debt referral: [[PERSON|name:Brandon Kessler]], SSN [[ID|ssn:417-62-9038]], acct [[ID|account:00821447]], last payment [[DATE|date:11/17/2023]]. Skip trace new address [[ADDRESS|geo:1903 W Elm St, Springfield, MO 65802]], cell [[PHONE|phone:(417) 555-0133]].",
    "Estate: [[PERSON|name:Marjorie Fairweather]] deceased [[DATE|date:2 Feb 2024]]; executor [[PERSON|name:Nigel Fairweather]], [[ADDRESS|geo:5 Coronation Rd, Hamilton East, Hamilton 3216]]. Outstanding invoice [[ID|account:INV-4417]] NZ$380 written off per manager [[PERSON|name:Anjali Rao]].",
    "ACC: claim [[ID|account:NH48812]] for [[PERSON|name:Matiu Reihana]], NHI [[ID|health_plan:DUM6226]], injury [[DATE|date:17/03/2024]] (ankle sprain). ACC32 approved for 6 physio. IRD no. [[ID|ssn:527-581-494]] supplied for weekly comp - forwarded to ACC.",
    "Direct debit set up for [[PERSON|name:Saoirse Kavanagh]] ([[LOCATION|geo:Dublin]] clinic invoice [[ID|account:DUB-2024-0191]]): IBAN [[ID|account:IE10BOFI90120431726659]], mandate signed [[DATE|date:12/04/2024]]. Phone [[PHONE|phone:+353 87 441 2096]].",
    "Self-pay overseas visitor [[PERSON|name:Oliver Penhaligon]] (UK), ED attendance [[DATE|date:03/01/2024]], invoice [[ID|account:INV-RBW-22981]] A$1,455.00 paid by Amex [[ID|account:372176389560606]]. Travel insurer claim ref [[ID|account:TIC-0091184]] given to pt.",
    "CTP claim [[ID|account:CTP-2410-77318]] (insurer ref) for [[PERSON|name:Deborah Quaid]], MVA [[DATE|date:9 Oct 2024]] on the Hume Hwy near [[LOCATION|geo:Goulburn]]. Vehicle rego [[VEHICLE|vehicle:EKL 42T]], VIN [[VEHICLE|vehicle:JTDKB20U883899153]]. ED + 2 nights invoiced $3,912.00; approved by [[PERSON|name:Chris Otto]].",
    "Prior auth [[ID|account:PA-55120984]] approved [[DATE|date:02/26/2024]] for MRI L-spine (CPT 72148) for [[PERSON|name:Ramón Ibarra]], member [[ID|health_plan:UHC903881264]]. Valid through [[DATE|date:05/26/2024]]. Ordering NPI [[ID|license:1940716909]].",
    "Refund check request: overpayment $45.20 on acct [[ID|account:PT-338190]] to [[PERSON|name:Ada Lovejoy]], [[ADDRESS|geo:PO Box 772, Bend, OR 97709]]. Reason: copay collected twice on [[DATE|date:6/14/24]]. Requested by [[PERSON|name:Terrence Mbeki]] (billing office).",
    "Tax file number received in error on intake form for [[PERSON|name:Wei Chen]]: TFN [[ID|ssn:845 646 266]] - shredded, not recorded. Medicare [[ID|health_plan:4848 02606 2]]. Account [[ID|account:10095521]] updated; ph [[PHONE|phone:0402 113 908]].",
]

TELEMETRY = [
    "[[DATE|date:2024-06-11]] 03:14:07 ALARM OCCL_DOWNSTREAM pump SN [[DEVICE|device:12739481]] ch B (heparin 25000u/500ml @ 18ml/h) pt MRN [[ID|mrn:00482917]] bed ICU-07; ack 03:14:52 user [[PERSON|name:jtanaka]]; fw 9.33.2",
    "cgm upload ok: sensor [[DEVICE|device:SN-8K2Q77LMW]] paired phone IMEI [[DEVICE|device:355578400710352]] src [[IP|ip:203.0.113.47]] patient_id [[ID|mrn:P-0091734]] name=[[PERSON|name:Tahlia Morrison]] glucose 5.8 mmol/L trend flat ts [[DATE|date:2024-03-02]] 22:10:05+10:00",
    "hub [[PERSON|name:okonkwo]]-lounge.local ([[DEVICE|device:3C:71:BF:4A:92:0E]]) connected from [[IP|ip:198.51.100.23]] at [[DATE|date:2024-07-19]] 07:02:11; fall sensor battery 18%; next heartbeat 300s",
    "vent SN [[DEVICE|device:HC6-20391]] bed 9: mode PCV+, PEEP 10, FiO2 0.45, Ppeak 29 cmH2O; HIGH PRESSURE alarm x3 [[DATE|date:2024-02-14]] 11:42; silenced by [[PERSON|name:rmcallister]]; asset tag [[DEVICE|device:BIO-004417]]",
    "remote monitoring: CRT-D serial [[DEVICE|device:PJN118724]], UDI [[DEVICE|device:(01)03091529221530(17)270331(21)PJN118724]], patient [[PERSON|name:Edwin Castillo]], DOB [[DATE|date:1953-08-09]]; AF burden 12% since [[DATE|date:2024-05-01]]; transmission via bedside unit [[IP|ip:2001:db8:4a1:12::3f]]",
    "pm-bed07-[[ID|mrn:00482917]].icu.local syslog: lead II disconnected [[DATE|date:2024-06-11]] 03:20:44, reconnected 03:21:05; central station cs-02 ([[IP|ip:10.44.8.17]]) ack by [[PERSON|name:pkaur]]",
    "EHR audit: user=[[PERSON|name:s.oyelaran]] role=RN action=VIEW chart MRN [[ID|mrn:M0448210]] ([[PERSON|name:Jessie Blackwood]]) ws=WS-ED-14 ip=[[IP|ip:10.12.3.144]] [[DATE|date:2024-09-23]] 14:05:33 reason=treating",
    "home HD machine SN [[DEVICE|device:NX4-0077812]] at [[ADDRESS|geo:31 Harakeke St, Palmerston North 4410]]: session [[DATE|date:2024-04-08]] 18:00-22:10, UF 2.1 L, venous pressure alarm x2; modem IMEI [[DEVICE|device:356526473826398]]; patient NHI [[ID|health_plan:UVH1116]]",
    "insulin pump: SN [[DEVICE|device:NG1784403H]] basal 0.85 u/h, bolus 4.2u at 12:31 [[DATE|date:2024-10-02]], reservoir 46u, BT link to phone [[DEVICE|device:F4:5C:89:1D:7A:B2]]; owner [[PERSON|name:Freya Lindqvist]]",
    "CPAP compliance report [[DATE|date:01/04/2024]]-[[DATE|date:30/04/2024]]: device [[DEVICE|device:23221184597]], patient [[PERSON|name:Barry Dunstan]] ([[PERSON|name:Bazza]]), usage 6.2 h/night, AHI 3.1, leak 12 L/min. Modem last seen [[IP|ip:203.0.113.199]].",
    "aged care bed sensor: asset [[DEVICE|device:AT-004417]] room 12 wing B [[LOCATION|geo:Kowhai Court]]; resident [[PERSON|name:Pearl Ashdown]]; bed exit 02:13 [[DATE|date:2024-08-30]], staff response 3m40s ([[PERSON|name:lfonoti]])",
    "gw-[[PERSON|name:whitehorse]]-home ([[DEVICE|device:B8:27:EB:64:0C:19]]) lease [[IP|ip:192.168.1.44]] wan [[IP|ip:198.51.100.88]]; BP cuff SN [[DEVICE|device:A6-1192044]] reading 148/92 p 77 at 07:15 [[DATE|date:2024-05-17]]; SpO2 probe offline",
    "wearable enrolment: wristband [[DEVICE|device:WB-7F31-0924]], ECG template id [[ID|biometric:ECGT-55104-A]], participant [[ID|other:HRT-0156]], synced [[DATE|date:2024-01-11]] 09:44 via [[IP|ip:2001:db8:ffa0::1b]]",
    "med cabinet log: [[DATE|date:2024-03-05]] 21:16 override removal oxycodone 5mg x1 by [[PERSON|name:mwaititoa]] (fingerprint [[ID|biometric:FP-00238817]]) for pt [[PERSON|name:Gerald Frost]] MRN [[ID|mrn:7731190]]; witness [[PERSON|name:jnair]]; cabinet ADC-4N",
    "DICOM: StationName=CT02 PatientName=[[PERSON|name:KAUR^AMARDEEP]] PatientID=[[ID|mrn:H9912034]] AccessionNumber=[[ID|other:ACC24-771903]] StudyDate=[[DATE|date:20240612]] Modality=CT SeriesDescription=CTPA 1.0mm",
    "DHCP ack [[IP|ip:10.44.9.203]] to [[DEVICE|device:A4:83:E7:2C:51:90]] hostname ipad-of-[[PERSON|name:hinewai]] vlan 40 (patient wifi) [[DATE|date:2024-11-02]] 19:41:07; lease 86400s",
    "smart dispenser [[DEVICE|device:SP-2209-4417]] at [[ADDRESS|geo:14 Rue des Tanneurs, 1000 Bruxelles]]: dose 08:00 missed, 08:30 taken; caregiver alert to [[PHONE|phone:+32 470 12 88 41]] ([[PERSON|name:Luc Verhaegen]]); client [[PERSON|name:Germaine Peeters]]",
    "ventilator home (NZ): SN [[DEVICE|device:AS150-55219]] alarm LOW MINUTE VOL [[DATE|date:2024-12-24]] 04:10; on-call resp physio [[PERSON|name:Kahu Ngata]] phoned [[PHONE|phone:027 551 0834]]; patient [[PERSON|name:Stella Rua]], [[LOCATION|geo:Whakatane]]",
    "implant registry: hip stem UDI [[DEVICE|device:(01)07783892568201(10)L2309B(21)HS-448120]] implanted [[DATE|date:2024-02-20]] in [[PERSON|name:Florence Nightly]] by Mr [[PERSON|name:Adeyemi]] at [[LOCATION|geo:Northcote Private Hospital]]; cup size 52 mm",
    "telemetry box TX-31 reassigned: prev pt [[PERSON|name:Angel Ruiz]] (MRN [[ID|mrn:3390217]]) -> [[PERSON|name:Sunny Malhotra]] (MRN [[ID|mrn:3390884]]) by [[PERSON|name:ctran]] [[DATE|date:2024-04-30]] 15:02; serial [[DEVICE|device:TX31-0087723]]",
]

TELEHEALTH = [
    "Video consult [[DATE|date:14/03/2024]] 10:30 via [[URL|url:https://vc.mlclinic.example/room/jd8Kq2?token=a9f3e71c44]]. Pt [[PERSON|name:Jade Whitlock]] joined from her car at work in [[LOCATION|geo:Penrith]]; asked to park safely. Reviewed BP diary, increased perindopril 5mg. Dr [[PERSON|name:Mohan]].",
    'Portal message from [[PERSON|name:Barry]] ([[PERSON|name:Bazza]]) [[PERSON|name:Kettle]], [[EMAIL|email:bazza.kettle@outlook.com]]: "knee still swollen since Tues [[DATE|date:2 April]], can i get the physio referral sent to my email". Replied by nurse [[PERSON|name:Heather]] [[DATE|date:3/4/24]].',
    "Phone consult with interpreter ([[PERSON|name:Nadia]], Arabic): [[PERSON|name:Yasmin Haddad]] calling from [[LOCATION|geo:Lakemba]] on [[PHONE|phone:0414 208 771]]. Fever 2 days, dysuria. Script sent as eScript to mobile. Safety-netting given.",
    "Telepsychiatry: patient verified located in [[LOCATION|geo:Bend]], Oregon (licensure check) at start of session [[DATE|date:07/22/2024]]. [[PERSON|name:Dakota Reyes]] ([[AGE|other:27]]), emergency contact mother [[PERSON|name:Lorraine]] [[PHONE|phone:(541) 555-0119]]. PHQ-9 14.",
    "Zoom link sent to [[EMAIL|email:tane.whaanga@xtra.co.nz]]: [[URL|url:https://zoom.us/j/98844120379?pwd=Q2hxT1pTaW5aLmlq]]. [[PERSON|name:Tāne Whaanga]] (NHI [[ID|health_plan:FYF2657]]) dialled in from [[LOCATION|geo:Ruatoria]], poor signal, converted to phone [[PHONE|phone:06 864 8120]].",
    "NHS 111 callback: [[PERSON|name:Daisy Pemberton]], [[AGE|other:2]], mum [[PERSON|name:Kerry]] called from [[ADDRESS|geo:27 Orchard Way, Thame OX9 3AR]]. Temp 38.6, drinking well, no rash. NHS no [[ID|health_plan:829 455 7013]]. Advised GP same day.",
    "Tech log: session dropped 3x, pt IP [[IP|ip:203.0.113.61]], browser Safari 17.4. Pt [[PERSON|name:Hope Angelis]] switched to phone [[PHONE|phone:0403 551 216]]; consult completed by Dr [[PERSON|name:Wren]]. Ticket INC0041127 raised with IT.",
    "Consult note: [[PERSON|name:Sunil]] ('[[PERSON|name:Sunny]]') [[PERSON|name:Varghese]] [[AGE|other:61]], at daughter's house in [[LOCATION|geo:Christchurch]] for the month. Telehealth OK. DM2 review, HbA1c 7.4. Daughter [[PERSON|name:Anju]] on call, email [[EMAIL|email:anju.v@gmail.com]].",
    'Message thread: "hi its [[PERSON|name:chook]] ([[PERSON|name:charlie hook]]) - can i move my call to fri [[DATE|date:9/8]]? im at the farm near [[LOCATION|geo:walgett]] and reception is bad" -> receptionist [[PERSON|name:Brooke]]: booked Fri 2pm, phone [[PHONE|phone:0467 221 904]].',
    "Video: [[PERSON|name:Ingrid Solberg]] ([[AGE|other:45]]) from [[LOCATION|geo:Tromsø]] via secure link [[URL|url:https://meet.helsenorge.example/v/8f2c1ad0-77e1]]. Second opinion re MRI brain [[DATE|date:2024-02-11]]. Husband [[PERSON|name:Erlend]] present. Dr [[PERSON|name:Hagen]].",
    "Consult via healthdirect Video Call: pt [[PERSON|name:Marcus Tipene]] in waiting area at [[LOCATION|geo:Kaitaia Hospital]] with RN [[PERSON|name:Ruby Smith]]. Wound image [[ID|photo:tipene_marcus_leg_20240513.jpg]] shared. Plan: continue flucloxacillin 500mg qid x7d.",
    "Follow-up call [[DATE|date:28 Nov]]: [[PERSON|name:Pierre-Louis Dubois]], [[AGE|other:77]], calling from his son's flat at [[ADDRESS|geo:Flat 12, 4 Harbour Rd, Brighton BN2 1TF]]. Son [[PERSON|name:Antoine]] [[PHONE|phone:07700 900 418]]. Warfarin INR 2.6.",
    "Portal: appointment link [[URL|url:https://portal.lakeshorehealth.example/appt/confirm?id=771204&sig=Zx9Qp]] sent to [[PERSON|name:Amber Lee]] at [[EMAIL|email:amber.lee.rn@icloud.com]] for [[DATE|date:6/18/2024]] 3:30 pm. Insurance member [[ID|health_plan:BCX774120396]] verified.",
    "Phone consult - [[PERSON|name:Fiifi Mensah]] ([[AGE|other:38]]) rang from [[LOCATION|geo:Geelong]] while on work trip; usual GP Dr [[PERSON|name:Ashworth]] in [[LOCATION|geo:Ballarat]]. Asthma flare, pred 40mg x5d. Callback [[PHONE|phone:+61 421 330 587]].",
    "Video (interpreter [[PERSON|name:Thu]], Vietnamese): [[PERSON|name:Nguyen Van Long]] [[AGE|date:92]] at [[LOCATION|geo:Cabramatta]] with granddaughter [[PERSON|name:Kim]]. BP 146/80 on home cuff. Medicare [[ID|health_plan:2545 58692 2]]. Next review [[DATE|date:12/09/2024]].",
    'Secure message to [[PERSON|name:Autumn Rivers]]: "Your results are ready, log in at [[URL|url:https://myhealth.tristate.example/results?rid=4471-AB2]]". Read receipt [[DATE|date:10/03/2024]] 08:14 from IP [[IP|ip:198.51.100.150]].',
    "Physio telehealth: [[PERSON|name:Kristóf Nagy]] at [[LOCATION|geo:Lake Hawea]] campervan park, rego [[VEHICLE|vehicle:KNG442]] noted for site check-in; shoulder ROM 120 deg flexion. Exercise video sent to [[EMAIL|email:k.nagy@freemail.hu]].",
    "After-hours GP line: caller [[PERSON|name:Rusty Brennan]] re wife [[PERSON|name:Gail]] ([[AGE|other:69]]), vomiting x4, at holiday unit in [[LOCATION|geo:Port Macquarie]]. Advised ED at [[LOCATION|geo:Port Macquarie Base Hospital]]. Callback no. [[PHONE|phone:0418 774 120]].",
    "Teen telehealth: [[PERSON|name:Blessing Adeyemi]] ([[AGE|other:16]]) consented to confidential consult; mum [[PERSON|name:Funmi]] not present. Contact only via [[EMAIL|email:blessing.a07@hotmail.com]]. Session room [[URL|url:https://tele.youthhealth.example/s/kq81z]].",
    "Group video (diabetes education) [[DATE|date:5 March 2024]]: attendees [[PERSON|name:Mabel Orr]], [[PERSON|name:Ivan Petrov]], [[PERSON|name:Sandy Frost]]. Educator [[PERSON|name:Lucy Tamatea]]. Recording not kept. Handout on hypo management sent.",
]

PHARMACY = [
    "Webster-pak packed [[DATE|date:11/06/24]] for [[PERSON|name:Maisie Cartwright]] ([[AGE|other:87]]), room 12 [[LOCATION|geo:Banksia Lodge]] [[LOCATION|geo:Nowra]]: metformin 500mg bd, amlodipine 5mg mane, atorvastatin 40mg nocte. Packed [[PERSON|name:Tegan]], checked pharmacist [[PERSON|name:Omar Siddiqui]].",
    "Compounded: omeprazole 2mg/mL susp 100mL, batch 240611-03, exp 14 days, for baby [[PERSON|name:Arlo Finch]] (DOB [[DATE|date:02/03/2024]]). Prescriber Dr [[PERSON|name:Celeste Moreau]], prescriber no. [[ID|license:2719044]]. Compounded by [[PERSON|name:Jin Park]].",
    "eScript token [[ID|other:2HW7KQ9P3M4XT6]] received via SMS for [[PERSON|name:Raj Malhotra]], [[PHONE|phone:0412 338 905]]. Dispensed rosuvastatin 10mg x30 + 5 rpts, PBS. Medicare [[ID|health_plan:5221 74225 1]] ref 4. Rx no. [[ID|other:00441873]].",
    "Rx # [[ID|other:6672019]] filled [[DATE|date:08/14/2024]] for [[PERSON|name:Clarence Boateng]], DOB [[DATE|date:04/30/1949]]: oxycodone 5mg #20. Prescriber Dr [[PERSON|name:Whitney Hale]] NPI [[ID|license:1725905792]] DEA [[ID|license:AH5018026]]. ID checked: OH DL [[ID|license:RP419283]].",
    "EPS token [[ID|other:A3F1B2-C81007-00021Q]] for [[PERSON|name:Gwendolyn Price]], NHS [[ID|health_plan:648 671 8277]], [[ADDRESS|geo:8 Beech Close, Abergavenny NP7 5LU]]. Dosette box weekly; carer [[PERSON|name:Rhys]] collects Thursdays. GP Dr [[PERSON|name:Llewellyn]].",
    "Delivery run [[DATE|date:19/07]]: driver [[PERSON|name:Hamish Todd]] (van [[VEHICLE|vehicle:CQX 918]]) to [[ADDRESS|geo:44 Sunbird Tce, Bellbird Park QLD 4300]] for Mrs [[PERSON|name:Leota]]. Left with neighbour [[PERSON|name:Dot]] as pt at dialysis. Fridge item (insulin) flagged.",
    "S8 register: [[DATE|date:02/09/2024]] methadone 5mg/mL, 60mg supervised dose to [[PERSON|name:Travis Cole]] (ODT program), prescriber [[ID|license:MED0001844173]] Dr [[PERSON|name:Zhao]]. Witnessed [[PERSON|name:Priscilla Naidoo]]. Balance 812 mL.",
    "Collected by carer [[PERSON|name:Marlene Ruiz]] for [[PERSON|name:Edward Ruiz]]; NSW DL [[ID|license:14772209]] sighted. Safety net card [[ID|health_plan:SN481729]] applied - $0 copay. Counselled re new apixaban 5mg bd.",
    "Blister pack (NZ): [[PERSON|name:Huia Pomare]], NHI [[ID|health_plan:PDX8990]], [[ADDRESS|geo:3 Tawa Pl, Kawerau 3127]]. GP Dr [[PERSON|name:Fitzgerald]] ([[LOCATION|geo:Kawerau Health Centre]]) fax [[PHONE|fax:07 323 8841]]. Daughter [[PERSON|name:Mere]] to collect fortnightly.",
    "US PBM reject 75 (PA required): cardholder ID [[ID|health_plan:ZGP480127733]] for [[PERSON|name:Destiny Holloway]], BIN 610014, PCN MEDDPRIME. Semaglutide 0.5mg. Called Dr [[PERSON|name:Abernathy]] office [[PHONE|phone:(614) 555-0188]], fax [[PHONE|fax:(614) 555-0189]].",
    "E-Rezept für [[PERSON|name:Jürgen Hoffmann]], geb. [[DATE|date:19.05.1947]], KVNR [[ID|health_plan:M480260477]], Lieferung an [[ADDRESS|geo:Lindenstraße 22, 79098 Freiburg]]. Ramipril 5 mg N3. Arzt Dr. [[PERSON|name:Özdemir]], LANR [[ID|license:904417522]].",
    "Clozapine dispensed [[DATE|date:3/5]] to [[PERSON|name:Liam O'Rourke]] after ANC 3.4 checked (registry ID [[ID|other:CLZ-0098127]]). Prescriber Dr [[PERSON|name:Bello]], prescriber no. [[ID|license:4417082]]. Next blood [[DATE|date:10/5]].",
    "Methotrexate counselling: [[PERSON|name:Prudence Hart]] ([[AGE|other:59]]) told WEEKLY only (Mondays). Folic acid 5mg weekly not on MTX day. Pharmacist [[PERSON|name:Ngaio Reid]]. Home ph [[PHONE|phone:(03) 5442 7780]], [[LOCATION|geo:Castlemaine]].",
    "Hospital discharge script for [[PERSON|name:Walter Greenaway]], URN [[ID|mrn:1188402]], ward 5B bed 12, to [[LOCATION|geo:St Agnes Aged Care]] [[LOCATION|geo:Bunbury]]. Faxed med chart to [[PHONE|fax:(08) 9721 5530]] [[DATE|date:17/8/24]]. Pharmacist [[PERSON|name:Ines Carvalho]].",
    "Recall notice: lot 3X2291 of enoxaparin quarantined. Patients supplied: [[PERSON|name:Cedric Amankwah]] ([[PHONE|phone:0438 200 716]]), [[PERSON|name:Ruth Baker]] ([[PHONE|phone:0402 884 330]]). Both contacted [[DATE|date:22/10/2024]] by [[PERSON|name:Sally Wu]].",
    "Home delivery (UK): [[PERSON|name:Bartholomew Quince]], [[ADDRESS|geo:Apartment 6, Weavers Yard, 19 Canal St, Manchester M1 3HE]], driver [[PERSON|name:Kwame]] vehicle [[VEHICLE|vehicle:MA19 KXR]]. Signed for by lodger [[PERSON|name:Fenella]]. Co-codamol 30/500 x100.",
    "Vaccination record: influenza QIV 0.5mL L deltoid given [[DATE|date:15/04/2024]] to [[PERSON|name:Grace Oyelowo]] DOB [[DATE|date:07/11/1990]], Medicare [[ID|health_plan:4827 19243 2]]. Reported to AIR. Immuniser [[PERSON|name:Ben Khoury]] (AHPRA [[ID|license:PHA0001774521]]).",
    "Charge to pharmacy account [[ID|account:ACC-008817]] for [[PERSON|name:Olga Ivanova]]; card on file Visa ending 2213. Statement emailed to [[EMAIL|email:olga.ivanova54@gmail.com]]. Dose admin aid fee $7.50/wk.",
    "Pharmacist note: [[PERSON|name:Sandy Hill]] rang - dog ate 2 of her sertraline 50mg; advised call vet. Own supply short, 3-day emergency supply given per reg. Usual pharmacy [[LOCATION|geo:Mount Gambier]]. Email [[EMAIL|email:sandyhill.sa@gmail.com]].",
    "Dispensing label: [[PERSON|name:Aurelio Santangelo]], [[ADDRESS|geo:Via Garibaldi 14, 10122 Torino]], Rx [[ID|other:RX-IT-24-08871]], prescriber Dott.ssa [[PERSON|name:Bianchi]]; codice fiscale [[ID|ssn:SNTRLA51C22L219U]]; amoxicillina 1g bid x6 gg.",
]

STYLES = [
    ("nursing-shorthand", NURSING),
    ("research-enrolment", RESEARCH),
    ("billing", BILLING),
    ("device-telemetry", TELEMETRY),
    ("telehealth", TELEHEALTH),
    ("pharmacy", PHARMACY),
]


def main() -> None:
    print(f"{OUT.relative_to(ROOT)}: {write_styled(OUT, STYLES)} docs")


if __name__ == "__main__":
    main()
