"""Write ``corpus/redaction/probe2.jsonl``: a second hand-written tuning probe for the hardest styles.

Why: the redaction engine is tuned against a probe corpus, and a probe written with knowledge of
the engine tends to test what the engine already handles. This second probe was written
independently of the engine and of the other corpora, and concentrates on the three styles that
are hardest for a redactor: lower-case Australian nursing shorthand (names, suburbs and aged-care
homes without capitals, glued URNs, "2/7" that is a duration and "12/3" that is a date),
clinical-trial enrolment logs (participant, screening, randomisation and biobank codes in many
shapes next to protocol and ethics numbers that are not identifiers) and European clinic letters
in their own languages (honorifics, national address grammar, phone formats, national
health/insurance numbers and dates written out in words).

What: about 150 short notes, about 50 per style (``nursing-shorthand``, ``research-enrolment``,
``eu-clinic``). Every name, street and number was invented for this project; check-digit
identifiers (Medicare, IHI, TFN, NHS/CHI, BSN, PESEL, personnummer, fødselsnummer, henkilötunnus,
NIR, codice fiscale, DNI, NIF, AHV, KVNR, SVNR, IBAN, VIN, IMEI, card numbers) were computed to
pass their checksums. Each identifier is marked inline as ``[[LABEL|category:text]]``; the
markup is parsed by ``parse`` from ``make_safe_harbor_suite.py`` (offsets computed while
concatenating, never by searching), then each document's ``"style"`` is set. One
``json.dumps(doc, ensure_ascii=False)`` a line, UTF-8, ``"\\n"`` endings; output is
byte-reproducible.

Run: ``python scripts/make_probe2_corpus.py`` (writes relative to the repository of this file).
"""

from __future__ import annotations

from pathlib import Path

from make_safe_harbor_suite import write_styled

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "corpus" / "redaction" / "probe2.jsonl"

# ---- Australian ward and community nursing shorthand: lower case, glued, abbreviated.
NURSING: list[str] = [
    "0700 handover bed 14: pt [[PERSON|name:nguyen van thanh]] [[AGE|other:82]]yo, #nof L side, day 2 post op. urn [[ID|mrn:00481736]]. obs stable, afebrile, ate 1/2 brekkie. son [[PERSON|name:minh]] is nok, rang 0640, will visit pm.",
    "pt c/o pain 6/10 overnight, endone 5mg given 0215 w/ good effect. dtr [[PERSON|name:georgie]] ([[PHONE|phone:0412 873 905]]) aware. plan d/c back to [[LOCATION|geo:wattle grove lodge]] [[DATE|date:tues 4/6]] if physio happy.",
    "r/v dr [[PERSON|name:papadakis]] 1030. hx ccf, af on apixaban, fluid restrict 1.2L. pt [[PERSON|name:stavros]] keen to go home to [[LOCATION|geo:oakleigh]], wife [[PERSON|name:eleni]] not coping, sw referral done.",
    "admitted via ED [[DATE|date:12/3 2140]]. urn[[ID|mrn:7731904]] (label glued on). [[PERSON|name:haddad]] ([[AGE|other:79]]) from [[LOCATION|geo:bankstown]], son [[PERSON|name:jihad]] interpreting, arabic interp booked for consent.",
    "community visit @ [[ADDRESS|geo:14 kurrajong st, broadmeadows vic 3047]]. dressing L shin, slough ++, cleansed + aquacel ag. pt [[PERSON|name:aroha te rangi]] says nephew [[PERSON|name:wiremu]] helps w/ shopping. r/v 2/7.",
    "nok [[PERSON|name:tui faleolo]] (wife) [[PHONE|phone:0433 190 462]] rang re visiting hrs, explained screening. pt [[PERSON|name:sione]] settled, bsl 9.2 pre tea, novorapid 6u given.",
    "pt from [[LOCATION|geo:yuendumu]], flown in by rfds [[DATE|date:2/8]]. alo [[PERSON|name:wanda]] informed, aunty [[PERSON|name:dot napurrula]] is escort. renal bloods sent, plan dialysis chair at [[LOCATION|geo:alice springs hospital]] next wk.",
    "pt from [[LOCATION|geo:badu island]], [[AGE|other:67]]yo, hx t2dm, L bka. nok cousin [[PERSON|name:elma nona]] on [[PHONE|phone:(07) 4069 2318]]. hostel bed in [[LOCATION|geo:cairns]] booked til [[DATE|date:19/9]].",
    "handover: [[PERSON|name:zhang]] [[AGE|other:88]]F, dementia, wandering overnight, 1:1 special from 2300. dtr-in-law [[PERSON|name:lily chen]] asked for call b4 any transfer. urn [[ID|mrn:5519027]].",
    "[[AGE|date:94]]M from [[LOCATION|geo:st brigid's house]] [[LOCATION|geo:coburg]], #nof R. rn there [[PERSON|name:priya]] [[PHONE|phone:03 9386 1274]]. gp dr [[PERSON|name:osei-bonsu]]. nbm from 0000 for theatre [[DATE|date:wed 6/11]].",
    "pt [[PERSON|name:kiri]] (pref name, legal name [[PERSON|name:kirianne walker-brown]]) [[AGE|other:16]]yo, asthma exac, ventolin 12 puffs q1h. mum [[PERSON|name:shaz]] at bedside. school nurse rang re action plan.",
    "medicare [[ID|health_plan:2951 73045 1]] irn 2 checked w/ pt, pension card sighted. [[PERSON|name:dimitriou]] [[AGE|other:73]]yo, dvt prophylaxis clexane 40 sc daily, nil bleeding.",
    "0300 pt found on floor beside bed, unwitnessed fall, neuro obs commenced, gcs 15. riskman lodged. rmo dr [[PERSON|name:venkataraman]] r/v 0330, ct brain ordered. son [[PERSON|name:raj]] notified on [[PHONE|phone:0402 557 318]].",
    "d/c summary faxed to gp at [[LOCATION|geo:sunshine family medical]] fax [[PHONE|fax:(03) 9311 4826]]. pt [[PERSON|name:abdi]] to finish 5/7 augmentin, r/v gp in 1/52.",
    "hx: #nof 2019, cva [[DATE|date:3/2/22]], ckd3. lives alone in unit in [[LOCATION|geo:st albans]]. nok niece [[PERSON|name:mai-linh]] [[PHONE|phone:0421 306 884]]. acat referral sent.",
    "pt [[PERSON|name:tevita]] ([[AGE|other:54]]) refusing obs, says wants to go home to [[LOCATION|geo:logan]]. security aware. tongan interp booked 1400. wife [[PERSON|name:ana]] on her way in.",
    "rn [[PERSON|name:bec]] to rn [[PERSON|name:tomasz]] handover 1500: bed 7 [[PERSON|name:mcallister]] post lap chole, tolerating diet, d/c tmrw am. bed 8 [[PERSON|name:o'brien]] febrile 38.4, bc x2 taken, iv taz started.",
    "urn [[ID|mrn:330 941 27]] spaced on old label, ck id band. [[PERSON|name:karagiannis]] [[AGE|other:85]] yo f, iv fluids 80ml/hr, uo low, fbc/uec sent 0600.",
    "wound photo uploaded as [[ID|photo:urn5519027_sacrum.jpg]] per policy. stage 2 PI sacrum 2x3cm, mepilex border, 2hrly pressure care. pt [[PERSON|name:ah-kee]] tolerating turns.",
    "pt rang from home [[DATE|date:sat 9/3]] re ooze from picc site. advised to attend [[LOCATION|geo:werribee]] ED. hith pump sn [[DEVICE|device:CAD-77310482]] to be returned.",
    "hith visit: [[ADDRESS|geo:unit 3/22 gipps rd, greenacre 2190]]. iv cefazolin running, pt [[PERSON|name:fatima el-masri]] well, afebrile, picc site clean. next visit [[DATE|date:15/7 0900]].",
    "sw note: pt [[PERSON|name:bazza]] (aka [[PERSON|name:barry dunleavy]]) [[AGE|other:61]]yo, sleeping in car, rego [[VEHICLE|vehicle:1xk 4rt]]. linked w/ housing service. dva file no [[ID|health_plan:VX082417]].",
    "nok: husband [[PERSON|name:arjun]] [[PHONE|phone:0498 225 716]] / email [[EMAIL|email:arjun.mehra77@gmail.com]] wants updates by email, privacy explained, pt [[PERSON|name:sunita]] consented.",
    "pt [[PERSON|name:nikolaidis]] d/c'd 1130 to [[LOCATION|geo:greenhaven gardens]] [[LOCATION|geo:craigieburn]] via pt transport. webster pack + d/c meds sent, facility rn [[PERSON|name:jo]] rang back ok.",
    "[[DATE|date:thurs 11/4 1400]]: ot home visit at [[ADDRESS|geo:7 banksia cres, morwell 3840]] w/ pt + dtr [[PERSON|name:sharon]]. rails needed toilet + shower, ot [[PERSON|name:hemi]] to order.",
    "pt [[PERSON|name:luong]] ([[AGE|date:90]]) palliative, syringe driver sn [[DEVICE|device:NK34-019872]]: morph 10mg + midaz 5mg/24h. grandson [[PERSON|name:tommy]] asked for chaplain, sr [[PERSON|name:margaret]] from pastoral care to visit.",
    "gp letter from dr [[PERSON|name:anand]], [[LOCATION|geo:dandenong]]; prescriber no [[ID|license:2748316]] on script for oxycodone. pharmacy query re dose, clarified w/ gp.",
    "pt [[PERSON|name:jacinta mulcahy]] [[AGE|other:34]]yo g2p1 36/40, ctg reactive. partner [[PERSON|name:dec]] present. edd [[DATE|date:28/10]]. urn[[ID|mrn:MH0418827]].",
    "pt prefers aunty [[PERSON|name:june]], [[AGE|other:71]]yo, from [[LOCATION|geo:moree]]. sorry business this wk, family mtg w/ alo [[PERSON|name:daniel]] and dr [[PERSON|name:weatherall]] [[DATE|date:fri 22/3]].",
    "hx: ex-smoker, etoh 4 std/day, lives w/ partner [[PERSON|name:gaz]] at [[ADDRESS|geo:41 murray st, port pirie sa 5540]]. ph [[PHONE|phone:(08) 8632 1947]].",
    "bsl 2.8 @ 0315, hypo protocol, 150ml juice, rpt 5.6. pt [[PERSON|name:tran]] [[AGE|other:69]]m. ihi [[ID|health_plan:8003 6081 7461 2036]] on ereferral. diabetes educator [[PERSON|name:leonie]] to r/v.",
    "pt transferred to [[LOCATION|geo:westmead hospital]] for neuro r/v 1345, ambulance case no [[ID|other:S2403-11872]]. property list signed by son [[PERSON|name:farid]].",
    "pt [[PERSON|name:delaney]]'s dtr [[PERSON|name:kylie]] rang upset re lost dentures. incident logged, nm [[PERSON|name:rosa]] to f/u. nil clinical change, obs wnl.",
    "fluid bal -450, iv hartmanns 100ml/hr. [[PERSON|name:pappas]] r/v by renal reg dr [[PERSON|name:chidambaram]] [[DATE|date:7/5 1610]], hold frusemide, rpt uec am.",
    "pacemaker checked by tech, device sn [[DEVICE|device:PJN481297]], battery ok. [[PERSON|name:ioannou]] [[AGE|other:87]]yo syncopal ep, telemetry contd. nok grandson [[PERSON|name:chris]] [[PHONE|phone:0416 228 093]].",
    "new admit from [[LOCATION|geo:marrickville]], cantonese speaking, pt [[PERSON|name:wong siu-ling]] [[AGE|other:78]]F, urn [[ID|mrn:4471-902]]. son [[PERSON|name:kenneth]] rang 2000, says hx falls at home. bed alarm on.",
    "[[DATE|date:mon 18/3 0830]] mdt: pt [[PERSON|name:walker]] for stepdown to rehab in [[LOCATION|geo:ballarat]]. physio [[PERSON|name:ngaire]] happy w/ mobility, ot [[PERSON|name:sunny]] to do kitchen ax.",
    "sw: helped pt w/ centrelink claim, tfn [[ID|ssn:459 017 238]] given by pt. [[PERSON|name:kowalski]] [[AGE|other:58]], nfa, emergency accom at motel in [[LOCATION|geo:footscray]] arranged.",
    "pt [[PERSON|name:manu]] [[AGE|other:45]]m, cellulitis R leg, margins marked 1400. partner [[PERSON|name:losa]] to bring meds from home in [[LOCATION|geo:mt druitt]]. iv fluclox q6h. urn [[ID|mrn:0092 8814]].",
    "telehealth r/v w/ geri dr [[PERSON|name:fitzgerald]] via [[URL|url:https://telehealth.gwhs.org.au/join/48291-kx]] 1100, pt [[PERSON|name:heffernan]] and dtr joined, plan for acat.",
    "name alert: pt [[PERSON|name:singh]] bed 3 urn [[ID|mrn:8840273]], other [[PERSON|name:singh]] bed 9 urn [[ID|mrn:8840237]]! [[AGE|other:66]]m nstemi, heparin infusion per protocol, aptt due 1800.",
    "[[AGE|other:77]]F from [[LOCATION|geo:ocean grove]], sob, spo2 88% ra. husband [[PERSON|name:geoff]] given visitor parking permit for rego [[VEHICLE|vehicle:ztf392]].",
    "post dialysis obs stable, fistula bruit +. pt [[PERSON|name:kumarasamy]] [[AGE|other:59]]. transport home booked to [[ADDRESS|geo:9/104 hume hwy, lansvale 2166]] 1630, driver [[PERSON|name:ali]].",
    "sw: concerns re financial abuse, son [[PERSON|name:darren hollis]] has poa, withdrawing cash from pt's acct [[ID|account:063-182 10472931]]. snr const [[PERSON|name:bartlett]] informed [[DATE|date:24/1]].",
    "pt [[PERSON|name:jayden]] ([[AGE|other:19]]) on 1:1 obs, itp under mha, psych dr [[PERSON|name:abeyratne]] r/v. mum [[PERSON|name:tash]] [[PHONE|phone:0450 119 372]] not to be given info per pt request.",
    "[[PERSON|name:xu]] [[AGE|other:83]]F d/c home [[DATE|date:28/2]] w/ community nursing f/u from [[LOCATION|geo:box hill]] office, ph [[PHONE|phone:1300 362 418]]. meds reconciled.",
    "pt [[PERSON|name:reggie tjapaltjarri]] [[AGE|other:63]]m from [[LOCATION|geo:kintore]], missed dialysis x2. pintupi interp booked, nok brother [[PERSON|name:lindsay]] via clinic ph [[PHONE|phone:(08) 8956 8594]].",
    "pt [[PERSON|name:o'sullivan-tupou]] [[AGE|other:27]]f, dka resolving, insulin pump (sn [[DEVICE|device:NG2714739H]]) removed + bagged w/ property. bf [[PERSON|name:keanu]] to take home.",
    "1900 dtr [[PERSON|name:hoa]] rang from [[LOCATION|geo:cabramatta]], asks dr to ring back re nfr. dr [[PERSON|name:le]] aware. [[PERSON|name:pham]] [[AGE|date:91]] comfortable, mouth care q2h.",
    "pt transf from [[LOCATION|geo:maitland]] [[DATE|date:5/12/23 2215]]. old mrn [[ID|mrn:M00391847]], new urn [[ID|mrn:2184759]]. bp 96/58, hr 112, sepsis pathway. wife [[PERSON|name:bronwyn]] mob [[PHONE|phone:+61 419 082 374]].",
    "baby [[PERSON|name:ava-rose]] d/c w/ mum [[PERSON|name:chantelle]], mchn appt [[DATE|date:3/4]] at [[LOCATION|geo:frankston]]. newborn hearing screen passed, medicare newborn form given.",
    "pt's phone lost on ward, imei [[DEVICE|device:353987081234560]] given to security. [[PERSON|name:vu]] [[AGE|other:52]] anxious, prn diazepam 2mg given 2130.",
]

# ---- Clinical-trial screening, consent, visit, AE and data-query logs (AU, US, UK, EU sites).
RESEARCH: list[str] = [
    "Screening log [[DATE|date:14-Feb-2024]]: [[ID|other:SCR-0412]] ([[AGE|other:67]] y, M) failed inclusion criterion 4 (eGFR 28). PI Dr [[PERSON|name:Helen Marchetti]] confirmed screen failure; not randomised.",
    "Participant [[ID|other:AUS-03-117]] consented [[DATE|date:02/05/2024 10:40]] by study coordinator [[PERSON|name:Joel Tan]] at [[LOCATION|geo:Kingsford Heart Institute]]. Copy of signed PICF given to participant.",
    "Subject [[ID|other:P0098]], DOB [[DATE|date:1958-07-23]], randomised [[DATE|date:2024-03-11]] to arm B, randomisation no. [[ID|other:R-2417]]. IWRS confirmation emailed to [[EMAIL|email:k.oduya@mercyvalleyresearch.org]].",
    "AE report: subject [[ID|other:101-004]] at [[LOCATION|geo:Lakeshore Medical Center]], [[LOCATION|geo:Duluth]]: grade 2 rash, onset [[DATE|date:Apr 3, 2024]], study drug held. Reported by sub-investigator [[PERSON|name:Marcus Feld]], MD.",
    "Participant [[ID|other:KCL/PD/0021]], NHS no. [[ID|health_plan:943 476 5129]], consented [[DATE|date:9 Jan 2024]] at the [[LOCATION|geo:Denmark Hill]] clinic by research nurse [[PERSON|name:Siobhan Kearney]]. REC ref 23/LO/1147.",
    "Data query DQ-0457: visit 3 date for [[ID|other:S-0212]] is [[DATE|date:13/04/2024]] in the eCRF but [[DATE|date:14/04/2024]] in source. CRA [[PERSON|name:Ingrid Solheim]] to verify at next monitoring visit.",
    "Biobank: samples [[ID|other:BB-24-03391]] and [[ID|other:BB-24-03392]] (serum, 2 x 1.8 mL) for participant [[ID|other:MEL-0087]] logged into freezer 3, rack C, box 12.",
    "Visit schedule for [[ID|other:NL-AMC-045]]: V2 [[DATE|date:18-Mar-2024]], V3 [[DATE|date:15-Apr-2024]] (window 3 d), EOT [[DATE|date:10-Jun-2024]]. Coordinator [[PERSON|name:Femke Dijkstra]], [[PHONE|phone:+31 20 566 3194]].",
    "Participant [[ID|other:FR-12-0093]] withdrew consent [[DATE|date:22/03/2024]] and asks that stored samples be destroyed. Investigator Pr [[PERSON|name:Anne-Laure Besson]], [[LOCATION|geo:CHU de Rennes]].",
    "Pre-screening: [[PERSON|name:J.K.]], [[AGE|other:72]]F, referred by Dr [[PERSON|name:Whitcombe]] ([[LOCATION|geo:Bendigo]]). Not yet consented, no study number assigned. Phone screen booked [[DATE|date:Tue 7 May]].",
    "SAE: subject [[ID|other:US-214-0031]] ([[AGE|date:91]] y) admitted [[DATE|date:05/19/2024]] to [[LOCATION|geo:St. Agnes Hospital]] in [[LOCATION|geo:Fresno]] with pneumonia. Reported within 24 h by [[PERSON|name:Dana Whitlock]], RN CRC, [[EMAIL|email:dwhitlock@sagnes-research.org]].",
    "Enrolment log, site 05 ([[LOCATION|geo:Townsville]]): [[ID|other:05-0011]] screened [[DATE|date:3/6/24]], enrolled [[DATE|date:10/6/24]]; [[ID|other:05-0012]] screen fail (HbA1c 6.1%); [[ID|other:05-0013]] pending labs.",
    "Medicare [[ID|health_plan:4173 62582 1]] is recorded on the contact sheet for [[ID|other:QLD-NOVA-021]] only; do not transcribe to the eCRF. PI Dr [[PERSON|name:Sandeep Iyer]] notified.",
    "DOB query: [[ID|other:P0114]] DOB entered as [[DATE|date:01/12/1949]], age at consent [[AGE|other:74]]; hospital record gives [[DATE|date:12/01/1949]]. Site to confirm DD/MM order.",
    "Randomisation ID [[ID|other:RND-004417]] issued [[DATE|date:2024-02-27T09:14]] for [[ID|other:SCR-0533]]; stratum eGFR < 45, age 65 or over. Dose 10 mg once daily.",
    "Patient [[ID|other:BE-02-S017]], [[AGE|other:58]]-year-old woman, signed ICF [[DATE|date:4 March 2024]]. Investigator Dr [[PERSON|name:Pieter Vanhoutte]], study nurse [[PERSON|name:Lotte Claes]]. HIV and HBV screening negative.",
    "Phone visit V4 (week 12) for [[ID|other:AUS-07-031]] (screening no. [[ID|other:SCR-0577]]) done [[DATE|date:14/8]]. Mild nausea, no SAE. Next clinic visit [[DATE|date:11/9 0900]] at [[LOCATION|geo:Sunshine Hospital]].",
    "Lab accession [[ID|other:24-HAE-118362]] for participant [[ID|other:P-0301]] haemolysed; redraw requested. Lab manager [[PERSON|name:Ruth Abernethy]], [[PHONE|phone:(03) 9482 7716]].",
    "Participant [[ID|other:EDI-DM-0042]], CHI [[ID|health_plan:1506421830]], seen at the [[LOCATION|geo:Little France]] research facility; fasting bloods and DXA done. Research nurse [[PERSON|name:Morag Lennie]].",
    "Consent: Mrs [[PERSON|name:Doreen Ashby]] ([[AGE|other:81]]) given PIS [[DATE|date:02/04/2024]], 48 h to consider, daughter [[PERSON|name:Claire]] present. Consented [[DATE|date:04/04/2024]], assigned [[ID|other:LEEDS-HF-118]].",
    "CGM sensor sn [[DEVICE|device:3MH0074X2K]] inserted for [[ID|other:DIA-0093]] at V2; participant to return reader on [[DATE|date:26 June 2024]]. Device accountability log updated.",
    "Subject [[ID|other:P-17-0233]]: SSN [[ID|ssn:431-58-2796]] collected for stipend only; payment card [[ID|account:5217 2940 6813 7758]] loaded after V2. Do not enter SSN in EDC.",
    "Optional genetic sub-study declined by [[ID|other:GEN-0419]]. DNA sample [[ID|other:DNA-24-00731]] to be destroyed; confirmation to [[EMAIL|email:biobank@northgate-research.org.au]].",
    "Eligibility: [[ID|other:SCR-1142]], [[AGE|other:45]] y F, BMI 31, T2DM diagnosed 2019, metformin 1 g bd. Meets all inclusion criteria; HbA1c 8.2%.",
    "Site initiation visit [[DATE|date:12 Feb 2024]] at [[LOCATION|geo:Royal Tamar Hospital]]. Attendees: PI A/Prof [[PERSON|name:Grace Liang]], CRA [[PERSON|name:Tom Redfern]], pharmacist [[PERSON|name:Nadia Rahimi]].",
    "Subject [[ID|other:IT-MI-007]] ([[AGE|other:63]] y) AE: dizziness onset [[DATE|date:2024-05-02]], resolved [[DATE|date:2024-05-04]], unlikely related. Sub-I Dott. [[PERSON|name:Carlo Pellegrini]], [[LOCATION|geo:Ospedale San Gerardo di Monza]].",
    "Source worksheet for [[ID|other:SP-ES-0310]] shows participant initials [[PERSON|name:MGL]] but the eCRF has [[PERSON|name:MLG]]; please reconcile and initial the correction.",
    "Reimbursement for [[ID|other:P0132]] (travel, 3 visits) paid to sort code/account [[ID|account:20-45-77 53018264]]. Receipts held by coordinator [[PERSON|name:Priti Shah]].",
    "Telephone screen: caller Mr [[PERSON|name:Okonkwo]], [[AGE|other:56]], [[PHONE|phone:07700 900418]], from [[LOCATION|geo:Croydon]]. Potentially eligible; PIS posted, call back in one week.",
    "Positive pregnancy test for [[ID|other:WAR-0056]] at V5 [[DATE|date:23.05.2024]] ([[LOCATION|geo:Warszawa]] site); study drug discontinued. Investigator dr [[PERSON|name:Agnieszka Kowalczyk]] to follow pregnancy outcome.",
    "Protocol deviation: [[ID|other:DE-BER-014]] V6 done [[DATE|date:08.07.2024]], window closed [[DATE|date:03.07.2024]]. Coordinator [[PERSON|name:Jana Möller]], [[EMAIL|email:jana.moeller@studienzentrum-mitte.de]].",
    "Emergency unblinding for [[ID|other:RND-3318]] ([[ID|other:AUS-02-044]]) requested by Dr [[PERSON|name:Kalinda Moore]] [[DATE|date:17/10/2024 02:35]] via IWRS from the ED in [[LOCATION|geo:Launceston]].",
    "Re-consent on PICF v5 for [[ID|other:P0098]] [[DATE|date:19 Aug 2024]], witnessed by interpreter [[PERSON|name:Huong Dao]] (Vietnamese). No change to participation.",
    "DICOM header for [[ID|other:ONC-221]] still contains [[PERSON|name:GALLAGHER^MAUREEN]] and MRN [[ID|mrn:H7734021]]; re-anonymise before upload to [[URL|url:https://upload.meridian-imaging-core.com/site14]].",
    "DOB [[DATE|date:14 Nov 1931]], [[AGE|date:92]] at consent; capacity assessed by Dr [[PERSON|name:Odhiambo]]; person responsible (son [[PERSON|name:Graham Pike]]) signed for [[ID|other:GER-AU-0008]].",
    "ePRO diary for [[ID|other:P-0055]] submitted from [[IP|ip:203.17.84.211]] at [[DATE|date:2024-06-03 22:41]], after the 21:00 cut-off; flagged as late entry.",
    "Actigraph sn [[DEVICE|device:MOS2E41187329]] assigned to [[ID|other:SLP-0210]] [[DATE|date:15/07/2024]], returned [[DATE|date:29/07/2024]] with 14 nights of data.",
    "Dermatology photos uploaded as [[ID|photo:SCR0412_face_V1.jpg]] must be renamed with the kit label only before transfer to the central reader.",
    "US screening log: [[ID|other:SCR-0098]], [[PERSON|name:L. Ramirez]], DOB [[DATE|date:3/14/1955]], MRN [[ID|mrn:000918273]], insurance member ID [[ID|health_plan:XJH482193017]]. Prior MI, on aspirin.",
    "Fingerprint template [[ID|biometric:FP-0093-L1]] enrolled for [[ID|other:PHX-0093]] at the [[LOCATION|geo:Phoenix]] site to prevent dual enrolment across studies.",
    "Screening ID [[ID|other:SCR/24/0731]] assigned to Ms [[PERSON|name:Tahlia Briggs]], [[AGE|other:29]], mobile [[PHONE|phone:0438 552 017]]; consent appointment [[DATE|date:Thursday 16 May]].",
    "AE: [[ID|other:NOR-OSL-012]] fell at home [[DATE|date:1 Sep 2024]], fractured wrist, treated at [[LOCATION|geo:Ullevål]]; SAE (hospitalisation) reported by study nurse [[PERSON|name:Kari Nordby]].",
    "Lost to follow-up: [[ID|other:AUS-05-062]], 3 calls to [[PHONE|phone:(02) 6971 3850]] unanswered, registered letter sent to [[ADDRESS|geo:17 Ironbark Cl, Wagga Wagga NSW 2650]].",
    "Screening for [[ID|other:CAM-MS-0019]] at [[LOCATION|geo:Addenbrooke's]]: NHS [[ID|health_plan:452 816 3799]], EDSS 3.5, MRI within 90 days. Coordinator [[PERSON|name:Ben Okafor]].",
    "Subject [[ID|other:101-017]] DOB [[DATE|date:07/04/1946]] (MM/DD), [[AGE|other:78]] y; consented [[DATE|date:06/02/2024]] by PI [[PERSON|name:Raymond Chu]], MD; LAR spouse [[PERSON|name:Evelyn Chu]].",
    "Email from participant [[ID|other:P0177]] ([[EMAIL|email:beachbum.dave62@outlook.com]]) asking to move V3; rescheduled to [[DATE|date:Mon 2 Dec]], fasting.",
    "Recruitment letters sent via [[LOCATION|geo:Newtown Family Practice]]; mail-merge list held by Dr [[PERSON|name:Fiona Garlick]]. 42 letters, 6 replies so far.",
    "Stratification: site 12 ([[LOCATION|geo:Groningen]]), [[ID|other:NL-12-0440]], [[AGE|other:66]] y, male. BSN [[ID|ssn:184372604]] must not be recorded on the CRF; redacted copy filed.",
    "Holter sn [[DEVICE|device:HR7-0041-2298]] fitted to [[ID|other:AF-2024-118]] [[DATE|date:12/11/2024 14:05]]; to be returned by courier after 7 days.",
    "Visit note: [[ID|other:P0098]] attended V5 with wife [[PERSON|name:Mariam]]; BP 142/88, diary reviewed, compliance 94%. No new AEs.",
    "Screening log [[DATE|date:28-Aug-2024]], [[LOCATION|geo:Hospital Clínico San Carlos]]: [[ID|other:ES-MAD-S-0091]], [[AGE|other:70]] y, failed ECG criterion (QTcF 482 ms). Investigator Dra. [[PERSON|name:Lucía Herrero]].",
]

# ---- European clinic letters, discharge notes and clinic logs in their own languages.
EU_CLINIC: list[str] = [
    # German, Austrian, Swiss
    "Sehr geehrte Frau Kollegin [[PERSON|name:Brandl]], wir berichten über Herrn [[PERSON|name:Manfred Kühnel]], geb. [[DATE|date:14.03.1941]], wohnhaft [[ADDRESS|geo:Lindenstraße 12, 3. OG links, 50674 Köln]], der sich vom [[DATE|date:02.04.2024]] bis [[DATE|date:11.04.2024]] in stationärer Behandlung befand.",
    "Diagnosen: exazerbierte COPD, Vorhofflimmern. Versichertennummer [[ID|health_plan:K839205177]]. Rückfragen gerne unter [[PHONE|phone:0221 4839-2716]] oder per Fax an [[PHONE|fax:0221 4839-2799]].",
    "Frau [[PERSON|name:Gisela Hartmann-Ohle]] ([[AGE|other:84]] J.) wurde am [[DATE|date:12. März 2024]] aus dem [[LOCATION|geo:Klinikum Sankt Elisabeth Straubing]] in die Kurzzeitpflege [[LOCATION|geo:Haus am Stadtpark]] in [[LOCATION|geo:Bogen]] entlassen. Tochter [[PERSON|name:Sabine]] ist Betreuerin, Tel. [[PHONE|phone:+49 9421 58 31 07]].",
    "Hausarzt Dr. med. [[PERSON|name:Ulrich Seebauer]], [[ADDRESS|geo:Marktplatz 3, 91054 Erlangen]], [[EMAIL|email:praxis.seebauer@t-online.de]]. Patient [[PERSON|name:Kemal Aydın]], Herzschrittmacher-Seriennr. [[DEVICE|device:PZK602718S]], Kontrolle am [[DATE|date:5. Juni 2024]].",  # noqa: RUF001 (Turkish dotless i is part of the name)
    "Pat. [[PERSON|name:Johann Pichler]], SVNR [[ID|ssn:5179 150342]], wohnhaft [[ADDRESS|geo:Gürtelstraße 18/2/7, 1090 Wien]]. Aufnahme [[DATE|date:3. Jänner 2024]] an der Abteilung für Innere Medizin, [[LOCATION|geo:Klinik Floridsdorf]].",
    "Herr [[PERSON|name:Beat Zürcher]], AHV-Nr. [[ID|ssn:756.3214.5987.61]], [[ADDRESS|geo:Bahnhofstrasse 27, 8400 Winterthur]], Tel. [[PHONE|phone:052 213 47 80]], Eintritt am [[DATE|date:3.4.2024]] ins [[LOCATION|geo:Kantonsspital Winterthur]] wegen NSTEMI.",
    "Labor vom [[DATE|date:21.02.2024]]: Hb 9,8 g/dl, Kreatinin 1,6 mg/dl. Frau [[PERSON|name:Ewa Nowicki-Brandt]], KVNR [[ID|health_plan:M407218632]], Wiedervorstellung in der Praxis Dr. [[PERSON|name:Roloff]] in [[LOCATION|geo:Lüneburg]].",
    "Sprechstundennotiz: Herr [[PERSON|name:Dieter Schulze-Wendt]] ([[AGE|date:92]]) aus dem [[LOCATION|geo:Seniorenstift Am Mühlenteich]], Sohn [[PERSON|name:Jörg]] erreichbar unter [[PHONE|phone:0171 4827365]]. Nächster Termin am [[DATE|date:Donnerstag, 4. Juli 2024]].",
    # French and Swiss French
    "Lettre de sortie : Mme [[PERSON|name:Jacqueline Morvan]], née le [[DATE|date:17/08/1938]] ([[AGE|other:85]] ans), hospitalisée du [[DATE|date:3 avril]] au [[DATE|date:12 avril 2024]] au [[LOCATION|geo:Centre hospitalier de Quimperlé]] pour décompensation cardiaque.",
    "N° de sécurité sociale [[ID|ssn:2 51 03 69 305 122 88]]. Adresse : [[ADDRESS|geo:27, rue des Tanneurs, bât. B, appt 14, 69003 Lyon]]. Tél. [[PHONE|phone:04 78 52 19 63]], portable [[PHONE|phone:06 12 48 73 90]].",
    "Cher confrère, je vois ce jour M. [[PERSON|name:Lefèvre]] ([[AGE|other:72]] ans), adressé par le Dr [[PERSON|name:Chantal Roux]] de [[LOCATION|geo:Montauban]] pour dyspnée d'effort. Contrôle prévu le [[DATE|date:14/05/2024]].",
    "Mme [[PERSON|name:Isabelle Perrin-Gay]], [[ADDRESS|geo:Chemin des Vignes 4, 1009 Pully]], tél. [[PHONE|phone:021 728 45 16]], AVS [[ID|ssn:756.9044.1238.52]], admise le [[DATE|date:9 mars 2024]] au [[LOCATION|geo:CHUV]].",
    "M. [[PERSON|name:Karim Benali]], né le [[DATE|date:2 août 1943]], n° de sécurité sociale [[ID|ssn:1 43 08 75 120 341 56]], mutuelle adhérent [[ID|health_plan:MGN-4471902]]. Suivi par l'infirmière [[PERSON|name:Nathalie]] à domicile.",
    "Compte rendu de consultation du [[DATE|date:lundi 8 juillet 2024]] : Mme [[PERSON|name:Odette Caillaud]], résidente de l'EHPAD [[LOCATION|geo:Les Tilleuls]] de [[LOCATION|geo:Saumur]], chute sans traumatisme crânien. Fils [[PERSON|name:Philippe]] prévenu au [[PHONE|phone:+33 6 71 84 20 93]].",
    # Italian
    "Gentile collega, dimettiamo in data odierna la Sig.ra [[PERSON|name:Giuseppina Ferraro]], nata a [[LOCATION|geo:Caserta]] il [[DATE|date:12 aprile 1941]], C.F. [[ID|ssn:FRRGPP41D52B963U]], ricoverata per polmonite.",
    "Ricoverata presso l'[[LOCATION|geo:Ospedale Civile di Piacenza]] dal [[DATE|date:5 maggio]] al [[DATE|date:14 maggio 2024]]. Residente in [[ADDRESS|geo:Via dei Mille 42, int. 7, 00185 Roma]]. Recapito del figlio [[PERSON|name:Marco]]: [[PHONE|phone:347 218 5906]].",
    "Il Sig. [[PERSON|name:Luigi Castellano]] ([[AGE|date:93]] anni), C.F. [[ID|ssn:CSTLGU31H04D205I]], ospite della RSA [[LOCATION|geo:Villa Serena]] di [[LOCATION|geo:Cuneo]], viene visitato il [[DATE|date:5 maggio]] per disfagia. Tessera sanitaria n. [[ID|health_plan:80380001200413572096]].",
    "Ambulatorio di cardiologia, [[DATE|date:giovedì 18 gennaio 2024]]: Sig. [[PERSON|name:Enzo Marchesini]], tel. [[PHONE|phone:+39 051 634 2718]], email [[EMAIL|email:enzo.marchesini41@libero.it]]. Medico curante dott.ssa [[PERSON|name:Paola Guidi]].",
    # Dutch
    "Geachte collega, hierbij bericht over dhr. [[PERSON|name:J.W. van der Heijden]], geb. [[DATE|date:03-11-1947]], BSN [[ID|ssn:273198543]], wonende [[ADDRESS|geo:Keizersgracht 214-III, 1016 DZ Amsterdam]], tel. [[PHONE|phone:020-6241837]].",
    "Mevr. [[PERSON|name:de Boer-Bakker]] ([[AGE|other:79]] jr) werd op [[DATE|date:14 februari 2024]] opgenomen in [[LOCATION|geo:Isala Zwolle]] met een heupfractuur. Huisarts [[PERSON|name:Smit]] te [[LOCATION|geo:Kampen]] is ingelicht.",
    "Poliklinisch verslag [[DATE|date:2 oktober 2024]]: dhr. [[PERSON|name:Anouar el Idrissi]], mobiel [[PHONE|phone:06-41827395]], BSN [[ID|ssn:348520165]]. Dochter [[PERSON|name:Samira]] tolkt. Controle over zes weken.",
    "Overdracht naar verpleeghuis [[LOCATION|geo:De Hooge Weide]] in [[LOCATION|geo:Apeldoorn]]: mevr. [[PERSON|name:Tineke Jansen]], geb. [[DATE|date:22 juli 1935]], [[AGE|other:89]] jaar, zorgverzekeraar polisnr. [[ID|health_plan:ZK-218473906]]. Contactpersoon zoon [[PERSON|name:Ruud]], [[PHONE|phone:055-5217394]].",
    # Spanish and Catalan
    "Informe de alta. Paciente: Sra. [[PERSON|name:María del Carmen Ruiz Otero]], NHC [[ID|mrn:0473821]], DNI [[ID|ssn:47318256B]]. Domicilio: [[ADDRESS|geo:C/ Mayor 18, 3.º izq., 28013 Madrid]]. Ingreso el [[DATE|date:14 de febrero de 2024]].",
    "Sr. [[PERSON|name:Antonio Gallego Pérez]], DNI [[ID|ssn:38102947C]], tarjeta sanitaria [[ID|health_plan:GAPR510618914015]], tel. [[PHONE|phone:912 483 716]], móvil [[PHONE|phone:+34 655 21 43 08]]. Ingresó en el [[LOCATION|geo:Hospital del Henares]] el [[DATE|date:3 de marzo]].",
    "Nota de enfermería, [[DATE|date:martes 9 de abril de 2024]]: la hija, Dña. [[PERSON|name:Rocío]], solicita traslado a la residencia [[LOCATION|geo:Virgen del Rocío]] de [[LOCATION|geo:Huelva]]. Contacto [[EMAIL|email:rocio.marquez.h@gmail.com]].",
    "Informe d'alta. Sra. [[PERSON|name:Montserrat Puigdomènech i Vila]], CIP [[ID|health_plan:PUVI0480503008]], domicili [[ADDRESS|geo:Carrer de Sant Pere Més Alt 31, 2n 1a, 08003 Barcelona]]. Ingrés el [[DATE|date:9 de març de 2024]] a l'[[LOCATION|geo:Hospital de Sant Pau]].",
    "Visita de control el [[DATE|date:dijous 23 de maig]]: Sr. [[PERSON|name:Jordi Casals]], telèfon [[PHONE|phone:93 412 58 70]], derivat pel [[LOCATION|geo:CAP Gràcia]]. La seva filla [[PERSON|name:Núria]] l'acompanya.",
    # Polish
    "Karta informacyjna. Pacjent: Pan [[PERSON|name:Tadeusz Wróblewski]], PESEL [[ID|ssn:44051401359]], zam. [[ADDRESS|geo:ul. Długa 17 m. 4, 80-827 Gdańsk]], tel. [[PHONE|phone:+48 601 274 938]]. Przyjęty [[DATE|date:12 marca 2024]] r.",
    "Pani [[PERSON|name:Halina Zielińska]], PESEL [[ID|ssn:52030712464]], przyjęta do [[LOCATION|geo:Szpitala Wojewódzkiego w Olsztynie]] dnia [[DATE|date:4 kwietnia 2024]] z powodu zaostrzenia niewydolności serca. Córka [[PERSON|name:Magdalena]], tel. [[PHONE|phone:512 384 907]].",
    "Porada lekarska [[DATE|date:18.06.2024]]: Pan [[PERSON|name:Krzysztof Mazur]] ([[AGE|other:38]] lat), zam. [[ADDRESS|geo:al. Jana Pawła II 44/12, 31-864 Kraków]]. Zwolnienie lekarskie do [[DATE|date:30.06.2024]].",
    # Swedish
    "Epikris. Patient [[PERSON|name:Birgitta Lindqvist]], personnummer [[ID|ssn:410823-3182]], [[ADDRESS|geo:Storgatan 8 lgh 1102, 752 31 Uppsala]]. Inskriven den [[DATE|date:3 april 2024]] på [[LOCATION|geo:Akademiska sjukhuset]].",
    "Mottagningsanteckning [[DATE|date:2024-05-14]]: [[PERSON|name:Lars-Erik Holm]], pnr [[ID|ssn:520614-2274]], tel. [[PHONE|phone:070-382 91 45]]. Hustrun [[PERSON|name:Inger]] närvarande. Återbesök om tre månader.",
    "Remiss från vårdcentralen i [[LOCATION|geo:Sollentuna]]: [[PERSON|name:Amira Hassan]], [[AGE|other:46]] år, [[ADDRESS|geo:Malmvägen 12, 191 60 Sollentuna]], tel. [[PHONE|phone:08-623 41 27]]. Remitterande läkare [[PERSON|name:Per Ekström]].",
    # Danish
    "Epikrise: [[PERSON|name:Jens Peder Mikkelsen]], CPR-nr. [[ID|ssn:150342-4271]], [[ADDRESS|geo:Nørrebrogade 45, 3. tv., 2200 København N]], tlf. [[PHONE|phone:28 41 73 96]], indlagt den [[DATE|date:14. maj 2024]] på [[LOCATION|geo:Bispebjerg Hospital]].",
    "Ambulant notat [[DATE|date:7. august 2024]]: fru [[PERSON|name:Karen Søgaard]] fra plejecentret [[LOCATION|geo:Solgården]] i [[LOCATION|geo:Vejle]], datter [[PERSON|name:Mette]] på [[PHONE|phone:+45 61 27 84 30]]. Næste kontrol om 3 mdr.",
    "Henvisning fra praktiserende læge [[PERSON|name:Henrik Dahl]], [[ADDRESS|geo:Vestergade 9, 1. th., 8000 Aarhus C]]. Patient [[PERSON|name:Ole Brandt]], [[AGE|other:67]] år, pacemaker serienr. [[DEVICE|device:RNK338102V]].",
    # Norwegian
    "Epikrise. [[PERSON|name:Odd Arne Haugen]], f.nr. [[ID|ssn:23084931519]], [[ADDRESS|geo:Thorvald Meyers gate 61, H0302, 0552 Oslo]], tlf. [[PHONE|phone:+47 915 28 374]]. Innlagt [[DATE|date:15. mars 2024]] ved [[LOCATION|geo:Lovisenberg]].",
    "Poliklinisk notat [[DATE|date:2. september 2024]]: [[PERSON|name:Solveig Bakke]], fødselsnummer [[ID|ssn:11094653896]], bor på [[LOCATION|geo:Fjellheim sykehjem]] i [[LOCATION|geo:Voss]]. Kontaktperson sønn [[PERSON|name:Eirik]], tlf. [[PHONE|phone:412 73 905]].",
    "Henvisning: [[PERSON|name:Nils Rønning]] ([[AGE|other:74]] år) fra [[LOCATION|geo:Tromsø]], fastlege [[PERSON|name:Ragnhild Aas]]. Kontonummer for refusjon [[ID|account:NO4486015938274]].",
    # Finnish
    "Epikriisi. [[PERSON|name:Aino Virtanen]], hetu [[ID|ssn:120447-236P]], [[ADDRESS|geo:Hämeenkatu 22 B 14, 33200 Tampere]], puh. [[PHONE|phone:040 718 2934]]. Osastolla [[DATE|date:12.3.2024]] - [[DATE|date:19.3.2024]], [[LOCATION|geo:Tampereen yliopistollinen sairaala]].",
    "Hoitajan merkintä [[DATE|date:4. huhtikuuta 2024]]: potilas [[PERSON|name:Eeva-Liisa Koskinen]] (hetu [[ID|ssn:030951-418U]]) kotiutuu [[LOCATION|geo:Palvelukoti Koivula]]an. Tytär [[PERSON|name:Sanna]], puh. [[PHONE|phone:+358 50 412 7390]].",
    # Portuguese
    "Nota de alta. Utente: Sr.ª D.ª [[PERSON|name:Maria de Lurdes Fonseca]], n.º de utente [[ID|health_plan:184 527 306]], NIF [[ID|ssn:246183594]], morada [[ADDRESS|geo:Rua de Santa Catarina 314, 2.º Esq., 4000-447 Porto]].",
    "Internada no [[LOCATION|geo:Hospital de Santo António]] de [[DATE|date:12 de março]] a [[DATE|date:20 de março de 2024]]. Contacto da filha [[PERSON|name:Ana Rita]]: [[PHONE|phone:+351 912 408 375]]. Médico de família Dr. [[PERSON|name:Nuno Teixeira]], tel. [[PHONE|phone:22 208 4173]].",
    "Consulta de [[DATE|date:quinta-feira, 6 de junho de 2024]]: Sr. [[PERSON|name:Joaquim Pereira]], NIF [[ID|ssn:198273460]], [[AGE|other:79]] anos, residente em [[LOCATION|geo:Viana do Castelo]]. Matrícula do carro [[VEHICLE|vehicle:AB-12-CD]] registada para dístico de estacionamento.",
    # Mixed: vehicles, IBAN, URL, IP, photo, fax
    "Fahrdienst: Herr [[PERSON|name:Hans-Peter Vogl]] wird vom Sohn abgeholt, Kennzeichen [[VEHICLE|vehicle:M-KV 4821]], FIN [[VEHICLE|vehicle:WDD2050401F739284]]. Entlassung am [[DATE|date:22.05.2024 14:00]].",
    "Rimborso spese di trasporto alla Sig.ra [[PERSON|name:Carla Nardi]], IBAN [[ID|account:IT27R0306909460100000472815]]. Pratica seguita da [[PERSON|name:Silvia Conti]], ufficio accettazione, [[PHONE|phone:0521 703 418]].",
    "Facture de transport: M. [[PERSON|name:Gérard Lemoine]], IBAN [[ID|account:FR9530004028370001847261K93]], transport en ambulance depuis [[LOCATION|geo:Chinon]], fax [[PHONE|fax:02 47 38 61 95]].",
    "Teleconsult via [[URL|url:https://videoconsult.zorgportaal-noord.nl/kamer/5512]] met mevr. [[PERSON|name:Lies Postma]], verbinding vanaf [[IP|ip:2a02:a45f:3c1:0:8d2e:14ff:fe7a:90b3]]. Foto's van de wond opgeslagen als [[ID|photo:postma_L_enkel_0310.jpg]].",
    "Utlåning av hjälpmedel: [[PERSON|name:Gunnel Sjöberg]] har fått rollator och trygghetslarm, serienr. [[DEVICE|device:TL-540-88213]]. Bilen har reg.nr [[VEHICLE|vehicle:KLM 48B]] för färdtjänstparkering.",
    "Zaświadczenie dla Pani [[PERSON|name:Bożena Kamińska]]: rachunek do zwrotu kosztów [[ID|account:PL08249020010000087265319042]], kontakt e-mail [[EMAIL|email:b.kaminska58@wp.pl]], wizyta kontrolna [[DATE|date:7 listopada 2024]].",
]

STYLES = (
    ("nursing-shorthand", NURSING),
    ("research-enrolment", RESEARCH),
    ("eu-clinic", EU_CLINIC),
)


def main() -> None:
    print(f"{OUT.relative_to(ROOT)}: {write_styled(OUT, STYLES)} docs")


if __name__ == "__main__":
    main()
