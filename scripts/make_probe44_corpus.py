"""Write the 44th hand-annotated redaction probe, 100 notes across ten clinical and billing styles.

Why: the engine needs fresh, unseen text to measure recall and precision on; every earlier probe
has been tuned against, so this one plants new shapes: run sheets, dental charts, eye clinics,
photo logs, pedigrees, sleep studies, dialysis flowsheets, consent logs, chat transcripts and
X12-like remittance, with look-alike numbers left deliberately unmarked.

What: ten styles of ten notes each (ambulance-run-sheet, dental-record, ophthalmology-clinic,
dermatology-photo-log, genetic-counselling, sleep-study-report, dialysis-unit,
research-consent-log, telehealth-chat-transcript, billing-and-remittance). Locales: United States
40, Australia 30, United Kingdom 10, New Zealand 10, Canada 10, with identifiers printed the way
each country prints them. Titles stay outside name spans; a full street address is one ADDRESS
span; lone towns, suburbs and named facilities are LOCATION; states and countries standing alone
are unmarked; ages are AGE (category date at 90 and over); fax numbers are PHONE|fax; NHS, NHI,
IHI, Medicare and member numbers are health_plan; doses, vitals, scores, codes, acuities, tooth
numbers, bed and chair numbers, lot numbers, model names and money amounts stay unmarked.

How: cd /work/main && .venv/bin/python scripts/make_probe44_corpus.py
(writes corpus/redaction/probe44.jsonl).
"""

from pathlib import Path

from make_safe_harbor_suite import write_styled

OUT = Path(__file__).resolve().parents[1] / "corpus" / "redaction" / "probe44.jsonl"

AMBULANCE = [
    """EMS RUN REPORT   Unit M14
Veh VIN [[VEHICLE|vehicle:1FDXE4FS8KDC41927]]
Disp 02:14 / On scene 02:23 / Tx 02:41 / At dest 02:58   DATE: [[DATE|date:03/17/2025]]
PT: [[PERSON|name:HOLLOWAY, Dean R]]   AGE [[AGE|other:67]]   DOB [[DATE|date:09/02/1957]]
Pickup: [[ADDRESS|geo:4410 N Sheridan Rd Apt 3B, Chicago IL 60640]]
ASA 324mg PO, NTG 0.4mg SL x2, BP 148/92 -> 122/80, SpO2 94% RA, pain 7/10 -> 4/10.
LP15 s/n [[DEVICE|device:44012389]]""",
    """TX EMS PCR // MVC rollover FM 2126 approx 3 mi W of [[LOCATION|geo:Early]]
pt [[PERSON|name:rusty summer]] [[AGE|other:19]]yo M, restrained driver, 2011 Silverado plate [[VEHICLE|vehicle:RKN 4471]] (TX)
GCS 15, c/o neck pain, C-collar applied, lac 4cm L forearm. BP 132/84 HR 104 RR 20
Medicaid ID [[ID|health_plan:521874930]]   ph [[PHONE|phone:325.555.0147]]
transported Code 2 to [[LOCATION|geo:Hendrick Medical Center Brownwood]]""",
    """REFUSAL OF TREATMENT / TRANSPORT - AGAINST MEDICAL ADVICE
DATE: [[DATE|date:JAN 04 2025]]   TIME: 2218
PATIENT NAME: [[PERSON|name:MAE-LIN DEVEREAUX-PRICE]]   DOB: [[DATE|date:11-30-1948]]   AGE: [[AGE|other:76]]
SSN: [[ID|ssn:433-84-0596]]
LOCATION OF INCIDENT: [[ADDRESS|geo:1207 MAGNOLIA AVE, BATON ROUGE, LA 70802]]
BGL 58 MG/DL, D10 250 ML GIVEN, RECHECK 112. PT A&OX4, DECLINES TRANSPORT TO [[LOCATION|geo:OUR LADY OF THE LAKE]].
RISKS EXPLAINED INCL. RECURRENT HYPOGLYCEMIA, DEATH. PT VERBALIZES UNDERSTANDING.""",
    """IFT / CCT transfer sheet
From: [[LOCATION|geo:St. Luke's Magic Valley]] ([[LOCATION|geo:Twin Falls]]) -> [[LOCATION|geo:Saint Alphonsus Regional Medical Center]] ICU bed 14
Pt: [[PERSON|name:Gomez, Ana Luisa]]  MRN [[ID|mrn:SLMV00482217]]  DOB [[DATE|date:1962-07-14]]
facesheet faxed from [[PHONE|fax:208-555-0139]]
drips: norepi 8 mcg/min, propofol 30 mcg/kg/min. Vent AC 450/16/+8/40%.
ground unit 7, plate [[VEHICLE|vehicle:GOV 44178]]""",
    """NSW Ambulance eMR
Pt [[PERSON|name:Tran Thi Bich Ngoc]] (prefers [[PERSON|name:Ngoc]]) F [[AGE|other:82]]
Addr [[ADDRESS|geo:17/42 Station St, Blacktown NSW 2148]]
Hx AF on apixaban 2.5mg BD, CCF. Fall in bathroom, ?#NOF L. Pain 8/10 -> 3/10 post methoxyflurane 3mL + fentanyl 50mcg IN.
Medicare [[ID|health_plan:4203 09989 5]] IRN 1
Tx to [[LOCATION|geo:Blacktown Hospital]] ED, handover 0412 hrs""",
    """QAS ePR  MVA cnr [[ADDRESS|geo:Gold Coast Hwy & Hedges Ave]], [[LOCATION|geo:Mermaid Beach]]   [[DATE|date:Sat 22 Feb 2025]]
Pt1 driver [[PERSON|name:Kobe Whitehand]] [[AGE|other:24]]M, QLD rego [[VEHICLE|vehicle:512 KTW]], airbag deployed
GCS 14 (E4V4M6), BGL 6.2, ETOH ?. Seatbelt abrasions, tender RUQ.
Tx to [[LOCATION|geo:Gold Coast University Hospital]], trauma call made 1447""",
    """AV VACIS extract
Pt: [[PERSON|name:Wilfred 'Bluey' Hanrahan]], [[AGE|date:91]]yo, resid. [[LOCATION|geo:Sale]], lives alone
SpO2 84% RA -> 93% on 6L NP, T 38.6, RR 28. ?LRTI.
Pacemaker card: Medtronic Azure, s/n [[DEVICE|device:RNB482917S]]
DVA Gold Card [[ID|health_plan:VX107734]]
Tx to [[LOCATION|geo:Latrobe Regional Hospital]]""",
    """SCAS ePR
Pt: [[PERSON|name:READING, Thomas]]   NHS No [[ID|health_plan:410 636 0152]]   DOB [[DATE|date:02.11.1939]] ([[AGE|other:85]])
Address: [[ADDRESS|geo:Flat 2, 19 Kendrick Road, Reading RG1 5DU]]
Conveyed to [[LOCATION|geo:Royal Berkshire Hospital]], [[LOCATION|geo:Reading]]. Handover Sister [[PERSON|name:Morag Dunn]].""",
    """Hato Hone St John PRF   [[DATE|date:2 Apr 2025]]
Pt [[PERSON|name:Aroha Te Whare]] NHI [[ID|health_plan:MXL7955]] F [[AGE|other:43]]
Scene: SH6 layby 2km south of [[LOCATION|geo:Hope]]; cyclist v ute, ute rego [[VEHICLE|vehicle:NGR214]]
Helmet intact, LOC ~1 min, GCS 14. Penthrox 3ml, fent 50mcg IV.
Transported to [[LOCATION|geo:Nelson Hospital]] ED.
ACC claim [[ID|health_plan:10048823415]]""",
    """ONTARIO AMBULANCE CALL REPORT   Call# [[ID|other:4471-0093]]   Date [[DATE|date:2025/01/19]]
Pickup [[ADDRESS|geo:88 Grand River St N, Paris, ON N3L 2M4]]
Pt [[PERSON|name:Gervais, Lucien]] [[AGE|other:58]] M   HCN [[ID|health_plan:8803-931-792-KT]]
CTAS 2. Syncope while shovelling, now A&Ox4, HR 44 -> atropine 0.6 mg x1 -> 58.
Transport to [[LOCATION|geo:Brantford General Hospital]]""",
]

DENTAL = [
    """[[LOCATION|geo:Bright Smiles of Lake Forest]] - Clinical Note
Pt: [[PERSON|name:Penny Waters]]   Chart# [[ID|mrn:BS-004417]]   DOB [[DATE|date:04/22/1988]]
Exam: #14 MOD amalgam w/ recurrent decay, #3 O, #19 watch. Perio probing 2-3mm, BOP 8%.
Tx today: D2393 #14 MOD composite, 2 carp 2% lido 1:100k epi. Shade A2.
BWX x2 (D0274) taken. Next: D1110 in 6 mo.
Dr. [[PERSON|name:Lucas Fenwick]] DDS, NPI [[ID|license:1688126345]]""",
    """dental progress note -- [[DATE|date:Feb 3 2025]]
patient: [[PERSON|name:marcus "moose" delacroix]], [[AGE|other:34]] y/o, referred by Dr [[PERSON|name:Ines Holt]] ([[LOCATION|geo:Holt Family Dentistry]], [[LOCATION|geo:Metairie]]) for #32 extraction
med alert: PCN ok, latex allergy
#32 horizontally impacted, pano [[ID|photo:PANO_delacroix_20250203.jpg]] shows proximity to IAN
surgical ext #32 under IV sedation, midaz 5 mg total; 3-0 chromic x2
rx: ibuprofen 600 q6h, hydrocodone/APAP 5/325 #8, DEA [[ID|license:BM6520779]]
f/u 1 wk""",
    """PERIODONTAL CHARTING - [[LOCATION|geo:Cedar Rapids]] Perio & Implant Center
PATIENT [[PERSON|name:OLSON-BAKER, GRETCHEN]]   ACCT [[ID|account:0009918276]]   DOB [[DATE|date:1951-12-03]]
UR 5-6 mm pockets #2, #3; LL furcation II #30. Generalized stage III grade B.
Daughter/POA [[PERSON|name:Kristin Baker]] asked for copy; sent to [[EMAIL|email:kbaker.iowa@gmail.com]]
Referring dentist: Dr [[PERSON|name:Ray Summers]]; fax [[PHONE|fax:(319) 555-0190]]""",
    """Recipient [[PERSON|name:Jayden Cruz-Villanueva]] (minor, [[AGE|other:11]])  Medicaid # [[ID|health_plan:000417728310]]
Parent/guardian: [[PERSON|name:Maribel Villanueva]], [[ADDRESS|geo:2215 W Cermak Rd, Chicago, IL 60608]]
Requesting D8080 comprehensive ortho, HLD score 31 (threshold 28). Overjet 9mm.
Photos attached: [[ID|photo:JCV_extraoral_front.jpg]], [[ID|photo:JCV_extraoral_profile.jpg]]; ceph uploaded.""",
    """[[LOCATION|geo:Kettle & Finch Dental]], [[LOCATION|geo:Fremantle]] - treatment record
Patient: Ms [[PERSON|name:Sunday Okoro]]   DOB [[DATE|date:19/06/1979]]   File [[ID|mrn:KF10442]]
Medicare [[ID|health_plan:4593 61558 1]]/2   HF: HBF Extras
22 MO RCT commenced (item 415, 417), 11 DL resto (item 522). Apex locator reading 20.5mm.
Dentist: Dr [[PERSON|name:Prue Kettle]], AHPRA [[ID|license:DEN0001847295]]""",
    """CDBS child dental - [[LOCATION|geo:Orange]] Community Dental Clinic
Child: [[PERSON|name:Harper Wren Lindsay]], [[AGE|other:7]], attends [[LOCATION|geo:Orange Public School]]
Carer/grandmother [[PERSON|name:Dot Lindsay]] - holds Medicare [[ID|health_plan:3906 09719 2]], child IRN 3
Exam [[DATE|date:3 March 2025]]: 54, 64 carious (ICDAS 5), 75 abscess -> ext. FS 36, 46 (item 161 x2).""",
    """Oral surgery referral  (fax to [[PHONE|fax:07 3555 0148]])
To: Dr [[PERSON|name:Gideon Ashworth]], [[LOCATION|geo:Ashworth Oral Surgery]], [[ADDRESS|geo:Level 3, 455 Brunswick St, Fortitude Valley QLD 4006]]
Re: [[PERSON|name:Kim Lee Chambers]] d.o.b. [[DATE|date:1 Aug 1995]]   ph [[PHONE|phone:0422 555 036]]
38 & 48 mesioangular, recurrent pericoronitis. OPG attached.
Warfarin - INR 2.4 last week.""",
    """NHS DENTAL - FP17 working notes   [[LOCATION|geo:Paisley Road Dental Practice]]
Pt [[PERSON|name:Callum MacIver]]   NHS no. [[ID|health_plan:3504780045]]   DOB [[DATE|date:23/09/1990]]
Addr [[ADDRESS|geo:4 Anchor Lane, Ely, CB6 1DN]]
Band 2: 46 MO amalgam, 37 ext. Exempt? No - paid £73.50.
Performer no. [[ID|license:786541]]   Dr [[PERSON|name:Anjali Rao]]""",
    """Dental record - ACC treatment injury
Patient: [[PERSON|name:Tama Ngata-Reid]]  NHI [[ID|health_plan:ATR2456]]  DOB [[DATE|date:05-Nov-2002]]
Injury [[DATE|date:28/12/2024]] - rugby, [[LOCATION|geo:Eden Park]]; 11, 21 uncomplicated crown #.
ACC45 no. [[ID|health_plan:KF44718]]  Splint 2/52, composite build-up 11/21.
Practice: [[LOCATION|geo:Mt Eden Village Dental]]  ph [[PHONE|phone:(09) 555 4410]]""",
    """Clinical Notes - [[LOCATION|geo:Whyte Avenue Dental]], [[LOCATION|geo:Edmonton]]
Pt: [[PERSON|name:Bouchard, Amélie]]   AHCIP [[ID|health_plan:53128-4470]]   DOB [[DATE|date:1984-03-09]]
[[DATE|date:Jan 22, 2025]]: #36 fractured cusp, crown prep, temp w/ Integrity. Impression sent to lab (case 2211-A).
Dr. [[PERSON|name:Farrah Qadir]], ADA+C reg # [[ID|license:4418]]""",
]

OPHTHALMOLOGY = [
    """OPHTHALMOLOGY CLINIC NOTE
Pt [[PERSON|name:Abernathy, Cole]]  MRN [[ID|mrn:W0081427]]  DOB [[DATE|date:8/8/1963]]  ([[AGE|other:61]] y)
Ref: Dr [[PERSON|name:Sunita Bose]] OD, [[LOCATION|geo:Bose Vision Care]], [[LOCATION|geo:Cherry Hill]] NJ
VAcc OD 20/40 OS 20/25, IOP 24/19 (GAT @ 10:42), CCT 532/540
OCT RNFL: inferior thinning OD, avg 71 um. HVF 24-2: superior arcuate OD, MD -6.31.
A/P: POAG OD > OS. Start latanoprost 0.005% qhs OU. SLT discussed.""",
    """retina f/u - [[DATE|date:Jan 7, 2025]]
[[PERSON|name:gladys pennywhistle]] [[AGE|date:93]] F, wet AMD OS, s/p aflibercept #14 (last [[DATE|date:11/26/24]])
VA OS 20/200 ph 20/100; OD CF 3ft. CST OS 412 -> 318.
Inj today aflibercept 2mg/0.05mL OS, lot 4B31C, time-out done, povidone. IOP post 28 -> 16 at 15 min.
Driven by her aide [[PERSON|name:Lorraine "Lolly" Fisk]] [[PHONE|phone:(412) 555-0133]]
Fundus photo [[ID|photo:PENNYWHISTLE_G_OS_20250107_color.jpg]] filed.
RTC 5 wk.""",
    """Pediatric Ophthalmology Consult
Date: [[DATE|date:2024-12-18]]   Pt: [[PERSON|name:Liberty Hale]]   Age [[AGE|other:4]]
Foster care worker [[PERSON|name:Dwayne Pettibone]] (DCS case [[ID|other:DCS-24-005871]])
Referred from [[LOCATION|geo:Vanderbilt]] ED for ?shaken baby r/o - dilated fundus: no RH. Cycloplegic refraction +3.50 OU.
Esotropia 25 PD near, 20 PD distance. Plan full hyperopic Rx, recheck 6 wks.
Ext photos: [[ID|photo:hale_liberty_ext_1.jpg]]""",
    """LASIK PRE-OP WORKUP  [[LOCATION|geo:ClearView Laser Center of Scottsdale]]
Name: [[PERSON|name:Brandi Voss-McKenna]]  DOB [[DATE|date:05.14.1991]]  Email [[EMAIL|email:brandivm91@yahoo.com]]
Manifest OD -4.25 -0.50 x 175, OS -4.00 -0.75 x 005. Pachy 548/551. Topo regular.
Iris registration template ID [[ID|biometric:IR-OD-77Q104]] / [[ID|biometric:IR-OS-77Q105]] captured on iDesign s/n [[DEVICE|device:IDS-20417]]
Payment plan CareCredit acct [[ID|account:6019 1544 0827 7713]]""",
    """EYE CLINIC - [[LOCATION|geo:Royal Victorian Eye and Ear Hospital]]
UR [[ID|mrn:1143872]]  [[PERSON|name:PAPADOPOULOS, Eleni]]  DOB [[DATE|date:14-02-1947]]
Seen [[DATE|date:11/02/2025]]. Referred by optom [[PERSON|name:Jack Ly]] ([[LOCATION|geo:Ly Optometrists Footscray]]).
VA R 6/9 L 6/60, PH L 6/24. IOP 14/17. L dense PSC cataract.
Plan L phaco + IOL, listed Cat 2. Biometry IOLMaster 700: AL 23.41/23.58, SN60WF +21.0D.""",
    """Diabetic eye screening - Aboriginal Medical Service [[LOCATION|geo:Redfern]]
[[PERSON|name:Jedda Williams]] [[AGE|other:52]]F  DOB [[DATE|date:9/4/72]]   IHI [[ID|health_plan:8003 6086 9203 7112]]
Retinal camera Topcon NW400 (s/n [[DEVICE|device:TNW4-8812]]), images [[ID|photo:JW_R_macula_250303.jpg]]
Findings: R mild NPDR, L moderate NPDR, no DMO. HbA1c 8.9%.""",
    """Eye casualty
[[PERSON|name:Hamish Royal]], [[AGE|other:29]], welder from [[LOCATION|geo:Mount Isa]] - metallic FB R cornea 7 o'clock + rust ring.
VA R 6/12 L 6/6. FB removed with 25G needle slit lamp, burr for rust ring. Chloramphenicol 1% qid 5/7.
Employer ([[LOCATION|geo:Glencore Mount Isa Mines]]) WorkCover claim [[ID|health_plan:WC25-0088913]]
Dr [[PERSON|name:Lachlan Beak]], [[LOCATION|geo:Mount Isa Hospital]]""",
    """Moorfields-style clinic letter
[[LOCATION|geo:Moorfields Eye Hospital]], [[ADDRESS|geo:162 City Road, London EC1V 2PD]]
Re: [[PERSON|name:Winifred Marsh]], DOB [[DATE|date:30/01/1958]], NHS [[ID|health_plan:452 631 1057]], Hosp no [[ID|mrn:MEH8841762]]
Seen in the uveitis clinic. HLA-B27 positive; AAU R, AC cells 2+.
Pred Forte 1% 2-hourly tapering. VA 6/9 R, 6/5 L.
DVLA: meets visual standard for Group 1; licence [[ID|license:MARSH551308W99LK]].""",
    """Eye dept, [[LOCATION|geo:Greenlane Clinical Centre]], [[LOCATION|geo:Auckland]]
[[PERSON|name:Sione Fifita]]  NHI [[ID|health_plan:KJT2262]]  [[DATE|date:24/01/2025]]
Keratoconus R>L, Kmax R 58.4D. CXL R booked. Contact lens trial (RGP) L.
Pentacam s/n [[DEVICE|device:P70-011284]]. Follow up 3/12.""",
    """Consultation - [[LOCATION|geo:Ivey Eye Institute]], [[LOCATION|geo:London]], Ontario
Patient [[PERSON|name:Desrosiers, Paul-André]]   OHIP [[ID|health_plan:5864 080 840 ZZ]]   DOB [[DATE|date:1970/10/02]]
Hx: T2DM, PDR OU s/p PRP. Today ([[DATE|date:Feb 12 2025]]) VH OS, VA OS HM.
Plan PPV OS. Referring MD Dr [[PERSON|name:Anne Kowalczyk]] (fax [[PHONE|fax:519-555-0177]]).""",
]

DERM_PHOTO = [
    """DERMATOLOGY TOTAL BODY PHOTOGRAPHY LOG
Patient: [[PERSON|name:Fairchild, Autumn]]   MRN [[ID|mrn:00734418]]   DOB [[DATE|date:06/21/1986]]
Session [[DATE|date:01/14/2025]]  camera Canon R6 body s/n [[DEVICE|device:032021004417]]
img_id | site | note
[[ID|photo:AF_TBP_0001.CR3]] | face frontal | baseline
[[ID|photo:AF_TBP_0014.CR3]] | L thigh | lesion #12 stable vs [[DATE|date:07/2024]]
Dermoscopy #7: atypical network, regression. Shave bx sent to path.""",
    """derm photo upload queue  (exported from ModMed)
2025-02-04 09:12:33  user=[[ID|other:jkowalski_ma]]  pt=[[PERSON|name:BRIGHT, SHELBY]]  mrn=[[ID|mrn:A2291044]]  file=[[ID|photo:IMG_4471.HEIC]]  site=scalp vertex  consent=Y
2025-02-04 09:40:51  user=[[ID|other:dr.amara.obi]]  pt=[[PERSON|name:LONGBOTTOM, NED]]  mrn=[[ID|mrn:A1187730]]  file=[[ID|photo:IMG_4480.HEIC]]  site=R shin  consent=verbal
upload host [[IP|ip:10.44.12.87]]   ipad s/n [[DEVICE|device:DMPXK2J4Q1GC]]""",
    """Mohs surgery photo documentation - [[LOCATION|geo:Schweiger Dermatology Group]], [[LOCATION|geo:Hoboken]]
[[DATE|date:March 5th, 2025]]  Pt [[PERSON|name:Vernon Goode]] [[AGE|other:78]] M, BCC L nasal ala
Pre-op photo: [[ID|photo:goode_v_preop_face.jpg]]; stage 1 map, stage 2 clear.
Repair: bilobed flap, 5-0 Monocryl / 6-0 prolene. Post-op photo [[ID|photo:goode_v_postop_face.jpg]].""",
    """Teledermatology e-consult  [[DATE|date:12/30/2024]]
Submitted by PA at [[LOCATION|geo:Crane Creek Rural Health Clinic]] ([[LOCATION|geo:Malta]], MT)
Pt [[PERSON|name:Bo Sterling]] ([[PERSON|name:Robert]]) [[AGE|other:45]] M  DOB [[DATE|date:2/2/1979]]
Images: [[URL|url:https://store.teledermhub.net/c/88412/bsterling_forearm_1.png]]
Rancher, 2 yrs enlarging pink papule R forearm 9mm, pearly border. Impression: nodular BCC. Recommend excision.""",
    """MoleMap-style surveillance log   [[LOCATION|geo:Skin Check Clinic Double Bay]]
Client: [[PERSON|name:Georgina Ashbury]]   DOB [[DATE|date:03/11/1968]]   client no. [[ID|other:SC-0094417]]
lesion | map ref | photo
L01 back R scapula | B-14 | [[ID|photo:GA_20250210_L01_derm.jpg]]
L02 R calf | LL-03 | [[ID|photo:GA_20250210_L02_derm.jpg]]""",
    """Wound/derm photos - community nursing, [[LOCATION|geo:Bundaberg]]
Client [[PERSON|name:Norm Piggott]] [[AGE|date:90]]y, venous ulcer L gaiter 4.2 x 3.1 cm, slough 30%.
Photo log: [[ID|photo:20250117_NP_Lleg.jpg]] (taken on work phone IMEI [[DEVICE|device:353982597919077]])
Daughter [[PERSON|name:Lyn Bright]] consented on his behalf - ph [[PHONE|phone:(07) 4155 5229]]
Dressing: Aquacel Ag + 2-layer compression. Doppler ABPI 0.92.""",
    """Derm OPD
Pt: Mr [[PERSON|name:Kumar Thapa]]  HRN [[ID|mrn:RDH0448213]]  [[AGE|other:38]]M, Nepali speaker
Extensive tinea corporis + ?leprosy (hypopigmented anaesthetic patch R forearm). Slit skin smear sent.
Clinical photos: [[ID|photo:RDH_DERM_THAPA_K_01.jpg]] to [[ID|photo:RDH_DERM_THAPA_K_04.jpg]] (PACS)
Referred by [[LOCATION|geo:Casuarina]] GP; fax [[PHONE|fax:(08) 8955 0166]]""",
    """Medical Photography Request & Log - [[LOCATION|geo:Salford Royal]]
Hosp No [[ID|mrn:SR3318492]]   NHS [[ID|health_plan:714 960 9767]]
Patient [[PERSON|name:Gemma Pickles]], [[AGE|other:27]], [[ADDRESS|geo:33 Chapel Street, Worsley, Manchester M28 2WQ]]
Indication: hidradenitis suppurativa Hurley II, pre-adalimumab baseline.
Images: [[ID|photo:MP/25/01893/001]] - [[ID|photo:MP/25/01893/006]] (axillae, groin). Face NOT photographed.""",
    """Skin cancer clinic, [[LOCATION|geo:Tauranga]]   [[DATE|date:6 Jan 2025]]
[[PERSON|name:Dougal McPhail]]  NHI [[ID|health_plan:LTG4588]]  [[AGE|other:71]]y, orchardist
Photos uploaded to DermEngine: [[ID|photo:DE-5527814-face-L-temple]]; [[ID|photo:DE-5527814-scalp]]
L temple 14mm hyperkeratotic - ?SCC, punch bx. Multiple AKs scalp - cryo x12.""",
    """DERMATOLOGY PHOTO CONSENT + LOG   [[LOCATION|geo:Women's College Hospital]], [[LOCATION|geo:Toronto]]
Pt [[PERSON|name:Nakita Sinclair-Boudreau]]  MRN [[ID|mrn:WCH7732018]]  OHIP [[ID|health_plan:2204-467-613-AX]]
Date [[DATE|date:2025-02-18]]. Vitiligo, VASI 6.4; starting ruxolitinib cream 1.5% BID.
Files: [[ID|photo:NSB_face_UV_2025-02-18.tif]], [[ID|photo:NSB_hands_UV_2025-02-18.tif]] (Wood's lamp)""",
]

GENETIC = [
    """GENETIC COUNSELING NOTE
Proband: [[PERSON|name:Harriet Lemon]]  DOB [[DATE|date:1979-05-30]]  MRN [[ID|mrn:MGH-0448812]]
Indication: breast ca dx [[AGE|other:41]], ER+/HER2-. Ashkenazi Jewish ancestry both sides.
Pedigree: mother [[PERSON|name:Ruth Lemon]] (ovarian ca dx [[AGE|other:58]], d. [[AGE|other:62]]); maternal aunt breast ca [[AGE|other:47]].
Result: BRCA1 c.5266dupC (p.Gln1756Profs*74), pathogenic.""",
    """prenatal genetic counseling - [[LOCATION|geo:Baylor St. Luke's]]
pt [[PERSON|name:Marisol Ybarra]] G2P1, [[AGE|other:38]], 12+3 wks by CRL, EDD [[DATE|date:8/4/2025]]
discussed CVS vs amnio; chose CVS.
prior pregnancy: son [[PERSON|name:Mateo]] ([[AGE|other:3]]) healthy.
insurance BCBS TX member [[ID|health_plan:ZGP884102337]]""",
    """Cancer Genetics Pedigree (text export)
ID  | rel            | name                  | status          | age
I-1 | MGF            | [[PERSON|name:Walter Church]]   | colon ca dx [[AGE|other:49]] | d. [[AGE|other:55]]
III-1| proband       | [[PERSON|name:Dale Pruitt]]     | colon ca dx [[AGE|other:38]] | [[AGE|other:40]]
Result (Invitae): MLH1 c.350C>T pathogenic. Lynch syndrome.
Proband DOB [[DATE|date:03/07/1984]]; address [[ADDRESS|geo:RR 2 Box 118, Clarksville, AR 72830]]""",
    """Pharmacogenomics counseling - telephone
[[DATE|date:2/14/25]] spoke with [[PERSON|name:Chip Merriweather]] ([[PERSON|name:Charles]]) re: CYP2C19 *2/*2 poor metabolizer.
Clopidogrel 75 mg -> switch to ticagrelor 90 mg BID; messaged cardiology Dr [[PERSON|name:Patel-Ruiz]].
Sample kit barcode [[ID|other:GX-KIT-55T9038]], lab req [[ID|other:RQ 20250207-114]]
pt email [[EMAIL|email:chip.merriweather@outlook.com]]  SSN on req form [[ID|ssn:012-73-2471]] (insurer required)
24andMe raw data NOT used for clinical decisions.""",
    """Clinical Genetics - [[LOCATION|geo:Royal Children's Hospital]] Melbourne
Patient: [[PERSON|name:Archie Blackwood-Tan]]  UR [[ID|mrn:1587332]]  DOB [[DATE|date:21/08/2021]] ([[AGE|other:3]])
GDD, hypotonia, seizures from 6/12. Trio exome via Mackenzie's Mission: de novo SCN2A c.2558G>A.
Counselled today; recurrence risk <1% (germline mosaicism caveat).
Medicare [[ID|health_plan:5648 71544 2]] (IRN 3)""",
    """Familial hypercholesterolaemia cascade screening - [[LOCATION|geo:Fiona Stanley Hospital]]
Index: [[PERSON|name:Kerry Strange]], LDLR c.681C>G, LDL-C 7.8 mmol/L.
Relatives contacted with consent:
 - brother [[PERSON|name:Bradley Strange]], [[LOCATION|geo:Kalgoorlie]], [[PHONE|phone:0437 555 611]], LDL 6.2
Letter template sent via [[EMAIL|email:fh.cascade@health.wa.gov.au]] on [[DATE|date:4/3/25]]""",
    """Genetic counselling letter (Huntington disease predictive testing)
[[DATE|date:17 January 2025]]
Dear [[PERSON|name:Lachie]],
Thank you for attending with your partner [[PERSON|name:Emma Coote]]
on [[DATE|date:Thursday 16th]]. As discussed, your father [[PERSON|name:Graham McInnes]] has 44 CAG repeats.
Your result: 40 and 17 repeats (full penetrance range). This is the second of our three sessions.
Next appointment [[DATE|date:6/2/2025]] at 10:30, [[LOCATION|geo:Royal Brisbane and Women's Hospital]].
If you need to talk sooner call [[PHONE|phone:07 3646 1686]] or Lifeline 13 11 14.""",
    """Clinical Genetics Service - [[LOCATION|geo:St George's Hospital]], [[LOCATION|geo:Tooting]]
Re: [[PERSON|name:Olamide Bankole-Smith]] DOB [[DATE|date:11/04/2016]] NHS No [[ID|health_plan:2142059740]]
Sickle cell (HbSS) confirmed; both parents HbAS carriers. PND options discussed incl. CVS at 11/40.
Yoruba interpreter not required. Letter to [[ADDRESS|geo:Flat 12, Fircroft Court, 58 Tooting Bec Road, London SW17 8BJ]]
GP: [[LOCATION|geo:Balham Park Surgery]]  NINO on benefits form (dad) [[ID|ssn:JR 41 27 83 C]]""",
    """Genetic Health Service NZ - Northern Hub  [[DATE|date:14/02/2025]]
Proband [[PERSON|name:Wiremu Kingi]]  NHI [[ID|health_plan:BZU7072]]  [[AGE|other:26]]
CDH1 c.1137G>A familial variant (Māori whānau, known kindred). Counselled re prophylactic gastrectomy.
Contact: [[PHONE|phone:022 555 8164]], [[EMAIL|email:wkingi.whanau@xtra.co.nz]]
Surgeon referral: upper GI, [[LOCATION|geo:Middlemore Hospital]]""",
    """Medical Genetics - [[LOCATION|geo:BC Children's Hospital]], [[LOCATION|geo:Vancouver]]
Patient [[PERSON|name:Liam Wong-Fairbairn]]  PHN [[ID|health_plan:9586 057 948]]  DOB [[DATE|date:2019-09-12]]
Fragile X: FMR1 full mutation >200 CGG. Mother premutation 92 repeats; counselled re FXTAS/FXPOI.
Mail to [[ADDRESS|geo:3307 W 12th Ave, Vancouver, BC V6R 2N7]]  tel [[PHONE|phone:(604) 555-0187]]""",
]

SLEEP = [
    """POLYSOMNOGRAPHY REPORT
Patient: [[PERSON|name:Booker, Travis]]   DOB: [[DATE|date:10/05/1972]]   MRN: [[ID|mrn:SDC-117402]]
Ht 5'10" Wt 284 lb BMI 40.7. ESS 16/24.
Diagnostic portion TST 168 min: AHI 58.2/h, RDI 61.0, SpO2 nadir 71%, T90 22%.
CPAP titration 5-14 cmH2O, optimal 12 cmH2O with AHI 2.1/h. Dx G47.33.
CDL holder (long-haul, Class A) - lic AR [[ID|license:923114087]]; DOT fitness letter to carrier.
Interpreting physician: [[PERSON|name:Monica Aldridge]], MD, D-ABSM  NPI [[ID|license:1469655157]]""",
    """HSAT (home sleep apnea test) report
pt [[PERSON|name:Lily-Mae Dorsey]] [[AGE|other:52]] F   DOB [[DATE|date:7-19-72]]
device WatchPAT ONE, disposable unit s/n [[DEVICE|device:WP1-2207743115]] mailed to [[ADDRESS|geo:906 Honeysuckle Ln, Dothan, AL 36301]]
pAHI 22.4, pRDI 27.9, ODI 18.1, min SpO2 83%. moderate OSA.
ordering: NP [[PERSON|name:Kaitlyn Brooks]], [[LOCATION|geo:Wiregrass Family Medicine]] fax [[PHONE|fax:334.555.0126]]""",
    """CPAP COMPLIANCE DOWNLOAD (30 day)
Patient [[PERSON|name:Ignatius "Iggy" Romero]]   Acct [[ID|account:DME-0044871]]   Ins: Humana Medicare Adv [[ID|health_plan:H44718820]]
Device: ResMed AirSense 11 AutoSet, SN [[DEVICE|device:23231754892]], modem [[DEVICE|device:MDM 8840013371]]
Usage days >=4h: 27/30 (90%). Avg use 6h41m. Median pressure 9.6, 95th 12.3 cmH2O. Leak 95th 18 L/min. AHI 3.4.
Mask: AirFit F30 medium. Supplies shipped to [[ADDRESS|geo:5120 E Fort Lowell Rd, Tucson AZ 85712]]
myAir login [[EMAIL|email:iggy.romero55@gmail.com]]""",
    """Pediatric PSG - [[LOCATION|geo:Cincinnati Children's]]
[[PERSON|name:Rowan Stitt]], [[AGE|other:6]] y/o M   MRN [[ID|mrn:00918447]]   DOS [[DATE|date:12/12/2024]]
Hx: snoring, tonsils 3+. Mom [[PERSON|name:Carrie Stitt]] slept in room. Video recorded - file [[ID|photo:PSG_20241212_STITT_R_video.mp4]]
oAHI 11.8/h (severe for age), SpO2 nadir 84%, CO2 peak 52.""",
    """LEVEL 1 PSG REPORT   [[LOCATION|geo:Woolcock Institute]], [[LOCATION|geo:Macquarie Park]]
Name: [[PERSON|name:Vaughan Steele]]  DOB: [[DATE|date:02/12/1966]]  Medicare: [[ID|health_plan:6958 71471 3]]
Study [[DATE|date:13/01/2025]]. Referring GP prov no. [[ID|license:5260183W]]
TST 372 min, SE 81%, AHI 34.6/h (supine 61.2), ArI 28, min SaO2 79%. PLMI 4.
MBS 12203. Recommend APAP trial, positional therapy. Commercial driver (HR licence) - Austroads fitness
standards apply; licence NSW [[ID|license:18829403]].""",
    """sleep lab - tech notes night of [[DATE|date:Fri 7/2]]
pt [[PERSON|name:Shaz Middleton]] ([[PERSON|name:Sharon]]) from [[LOCATION|geo:Mackay]], [[AGE|other:61]]
hookup 2105. lights out 2248. pt up x3 to toilet. bruxism ++. Ch: C4-M1 poor impedance, re-gelled 0130.
camera 2 rec file [[ID|photo:rm2_20250207_middleton.avi]]
Compumedics Grael s/n [[DEVICE|device:GR-2304118]]""",
    """Sleep Health Report - [[LOCATION|geo:Sleep Health Tasmania]], [[LOCATION|geo:Launceston]]
Patient: [[PERSON|name:Ivy Crowhurst]]   DOB [[DATE|date:29 Jun 1955]]   DVA file [[ID|health_plan:TX228145]]
Central apnoea with Cheyne-Stokes respiration; CAI 28/h, LVEF 30% known (HFrEF).
ASV contraindicated (LVEF < 45%). Plan: optimise HF, O2 2L nocturnal.
Daughter/carer [[PERSON|name:Belinda Crowhurst]] [[EMAIL|email:bel.crowhurst@bigpond.com]]""",
    """[[LOCATION|geo:Royal Papworth Hospital]] Respiratory Support and Sleep Centre
Patient: [[PERSON|name:Kelvin Hart-Davies]]  NHS: [[ID|health_plan:8935318892]]  Hosp: [[ID|mrn:RPH0047192]]  DOB [[DATE|date:17.05.1977]]
Limited sleep study [[DATE|date:05/02/2025]]: ODI 4% 38/h, mean SpO2 91%. Severe OSA.
HGV driver - advised not to drive until treated & notify DVLA. Licence [[ID|license:HARTD705177K99XY]]
CPAP issued, Philips DreamStation s/n [[DEVICE|device:J18940422B7AF]]""",
    """Sleep clinic letter - [[LOCATION|geo:Wellington Regional Hospital]]
Re: [[PERSON|name:Ngaire Bell]]  NHI [[ID|health_plan:UVU7467]]  DOB [[DATE|date:12/12/1980]]
AutoPAP download (Fisher & Paykel SleepStyle, s/n [[DEVICE|device:SL2214005377]]): use 5.2h/night, AHI 4.1.
GP Dr [[PERSON|name:Mana Tipene]], [[LOCATION|geo:Waitangirua Health Centre]] ([[PHONE|fax:04 555 0188]] fax)""",
    """Sleep Study Interpretation - [[LOCATION|geo:Ottawa Hospital]] Sleep Centre
Patient: [[PERSON|name:Tremblay, Marie-Ève]]   OHIP: [[ID|health_plan:3495 942 140 MB]]   DOB [[DATE|date:1988-06-25]]
Study [[DATE|date:2025-01-30]]: MSLT mean sleep latency 3.2 min, 3 SOREMPs. PSG prior night AHI 1.8.
Dx: narcolepsy type 1 (cataplexy hx). Start pitolisant 4.45 mg.
Employer form for Canada Post depot, [[LOCATION|geo:Gatineau]]; SIN requested by insurer - [[ID|ssn:296 911 910]].""",
]

DIALYSIS = [
    """HEMODIALYSIS TREATMENT FLOWSHEET   [[LOCATION|geo:DaVita Hollywood Dialysis]]   [[DATE|date:02/17/2025]]
Pt [[PERSON|name:Baptiste, Jean-Robert]]  MRN [[ID|mrn:DV-7718204]]  Medicare [[ID|health_plan:8QE9-JN3-MP26]]
EDW 78.5 kg, pre 81.2, post 78.7. UF goal 2.7 L. Qb 400 Qd 600, 4h. Access L AVF, 15G x2.
Pre BP 168/94, post 142/80. Heparin 2000u bolus. Kt/V 1.38, URR 71%.
Haitian Creole interp by daughter [[PERSON|name:Nadège Baptiste]] [[PHONE|phone:954-555-0175]]""",
    """dialysis social work note
pt [[PERSON|name:Delroy Carrington]] [[AGE|other:63]] ESRD 2/2 HTN. transport issues - missed 3 tx last month.
Medicaid NEMT vendor booking ref [[ID|other:MTM-5581207]]; driver no-show x2. cab plate [[VEHICLE|vehicle:T644518C]] (NYC TLC)
lives [[ADDRESS|geo:1480 Sheridan Ave Apt 6F, Bronx, NY 10457]], niece [[PERSON|name:Precious Carrington]] is HCP agent
SSN verified for SSI appeal [[ID|ssn:198-69-4683]]""",
    """HOME HEMO TRAINING CHECKLIST - NxStage System One
Trainee: [[PERSON|name:Crystal Meadows]] (pt)   care partner: husband [[PERSON|name:Lonnie Meadows]]
Cycler s/n [[DEVICE|device:NX1-03318847]], PureFlow SL s/n [[DEVICE|device:PF-22017764]]
Cannulation buttonhole L AVF - pt independent 5/5. Alarm troubleshooting 4/5.
Water test: chlorine <0.1 ppm. Lot # dialysate SAK-303.
Home: [[ADDRESS|geo:77 Prospect Rd, Ypsilanti, MI 48198]]""",
    """PD (peritoneal dialysis) clinic visit
[[PERSON|name:Gray, Sterling]]  DOB [[DATE|date:04/30/1958]]  MRN [[ID|mrn:4471902]]
CCPD: 4 x 2.5L, 1.5%/2.5%, last fill 1.5L icodextrin. Baxter Amia cycler s/n [[DEVICE|device:AMA1907114]]
Sharesource patient ID [[ID|other:SS-448812-G]]
weekly Kt/V 1.9, PET high-average. exit site clean, no tunnel infection.
Nephrologist [[PERSON|name:Rashida Coleman]], MD  clinic fax [[PHONE|fax:(615) 555-0139]]""",
    """Satellite dialysis - [[LOCATION|geo:Fairfield]] unit (SWSLHD)   [[DATE|date:10/02/2025]]
Pt [[PERSON|name:Nguyen Van Hung]]  MRN [[ID|mrn:FH3318804]]  Medicare [[ID|health_plan:3217 65718 3]]
Chair 4 Tue/Thu/Sat. Fresenius 5008S CorDiax s/n [[DEVICE|device:5008S-7B22031]]
Check-in by palm-vein scan, template [[ID|biometric:PV-FH-0041187]] (replaces wristband)
Pre 72.3 / post 70.1 kg (DW 70.0). BP 150/88. K 5.9 pre. Needle 16G. Clotted lines x1.""",
    """RENAL UNIT HANDOVER  [[LOCATION|geo:Alice Springs Hospital]]
- bed 3 [[PERSON|name:Betty Napaltjarri]], [[AGE|other:58]], from [[LOCATION|geo:Yuendumu]]. Missed Fri run (sorry business). K 6.8 -> urgent.
- chair 7 [[PERSON|name:Frank Dixon]], AVF thrill good, Hb 98.
- chair 9 [[PERSON|name:Reggie Brown]], fistulogram [[DATE|date:26/2]] at [[LOCATION|geo:RAH]]; flight booked (RFDS)""",
    """Home haemodialysis - water & machine log (Victoria)
Patient: [[PERSON|name:Dominic Lo Presti]]   UR [[ID|mrn:MH0448217]]   [[LOCATION|geo:Monash Medical Centre]]
Address for technician visit: [[ADDRESS|geo:14 Wattle Grove, Narre Warren South VIC 3805]]
RO unit Gambro WRO 300 s/n [[DEVICE|device:WRO-300-11847]]; AK 98 s/n [[DEVICE|device:AK98-6612004]]
Chlorine <0.05, conductivity 3 uS/cm, endotoxin <0.03 EU/mL ([[DATE|date:20.01.2025]]).""",
    """Renal Unit - [[LOCATION|geo:Royal Free Hospital]], [[LOCATION|geo:Hampstead]]
Patient [[PERSON|name:Bernadette O'Shaughnessy]]  NHS [[ID|health_plan:397 148 5901]]  MRN [[ID|mrn:RF2291837]]
Satellite unit Tue/Thu/Sat. Transplant work-up: blood group O, cRF 85%.
Living donor assessment - sister [[PERSON|name:Maeve Gallagher]] ([[AGE|other:54]]) of [[ADDRESS|geo:9 Bridge Street, Westport, Co. Mayo F28 X2V4]]""",
    """Dialysis unit note - [[LOCATION|geo:Hawke's Bay Fallen Soldiers' Memorial Hospital]]   [[DATE|date:11/03/2025]]
[[PERSON|name:Rāwiri Paewai]] NHI [[ID|health_plan:DGU1171]] [[AGE|other:49]]
Self-care HD at [[LOCATION|geo:Wairoa]] satellite; came in for access problem - AVG clotted.
Vehicle for NTA mileage claim: rego [[VEHICLE|vehicle:KLP772]]
IRD no for NTA reimbursement [[ID|ssn:053-859-836]]""",
    """Independent Health Facility - [[LOCATION|geo:Humber River Health]] Satellite Dialysis, [[LOCATION|geo:Etobicoke]]
Pt [[PERSON|name:Gurpreet Sandhu]]  MRN [[ID|mrn:HRH-00771852]]  OHIP [[ID|health_plan:7723389925 GH]]
[[DATE|date:Jan 27 2025]] - HD 4h, Qb 350. Pre wt 88.4, EDW 86.0. Cramping at 3h, saline 200 mL.
Trillium Gift of Life referral # [[ID|other:TGLN-2025-03318]]""",
]

RESEARCH = [
    """INFORMED CONSENT LOG  Protocol IRB00418822 (v4.1)  Site: [[LOCATION|geo:Johns Hopkins Bayview]]
subj_id,name,dob,consent_dt,version,obtained_by,witness
[[ID|other:JHB-018]],[[PERSON|name:Dorothy Ames]],[[DATE|date:1949-10-30]],[[DATE|date:2025-01-08]],4.1,[[PERSON|name:K.Lutz]],Rev. [[PERSON|name:Lyle Ames]]
note: [[ID|other:JHB-018]] LAR = husband; reconsent due for v4.2 by [[DATE|date:03/31]].""",
    """eConsent audit trail (REDCap)  project 10472
record_id=[[ID|other:0881-22]]  participant=[[PERSON|name:Tyrell Booker]]  email=[[EMAIL|email:tbooker.research@gmail.com]]
2025-02-03T14:02:11-05:00 survey link opened [[URL|url:https://redcap.musc.edu/surveys/?s=KX7DPRW4AH]] from ip [[IP|ip:73.148.22.190]]
2025-02-03T14:19:47-05:00 signature captured; typed name "[[PERSON|name:Tyrell J Booker]]", dob [[DATE|date:09/14/1990]]
2025-02-04T09:00:03-05:00 countersigned by coordinator ip [[IP|ip:10.22.4.118]]""",
    """BIOBANK ENROLLMENT - [[LOCATION|geo:Mayo Clinic]] [[LOCATION|geo:Rochester]] MN
Participant: [[PERSON|name:Clifford Sandoval]]   Clinic # [[ID|mrn:8-441-772]]   DOB [[DATE|date:Mar 3, 1962]]
Identity confirmed by fingerprint kiosk, template hash [[ID|biometric:FP-7c41e09a2b]]
Opted IN to recontact; OUT of commercial use.
Contact pref: [[PHONE|phone:507-555-0134]] (text ok)""",
    """Research consent - minor assent (pediatric asthma study)
Child: [[PERSON|name:Journey Whitfield]] [[AGE|other:9]] yo   Parent: [[PERSON|name:Tamika Whitfield]]
Study ID [[ID|other:ASTHMA-KIDS-0203]]. FEV1 78% pred, FeNO 44 ppb.
Gift card $50 given.
Home air sensor PurpleAir s/n [[DEVICE|device:PA-II-84F3EB1C22D0]] MAC [[DEVICE|device:84:F3:EB:1C:22:D0]] installed at [[ADDRESS|geo:3318 W North Ave, Baltimore, MD 21216]]""",
    """PARTICIPANT CONSENT REGISTER  HREC/2024/QRBW/10234
Site [[LOCATION|geo:The Prince Charles Hospital]], [[LOCATION|geo:Chermside]]   Study: AF-SCREEN-QLD
Ppt no. | Name | Consent date | Obtained by
[[ID|other:PCH-042]] | [[PERSON|name:Evelyn Wu]] | [[DATE|date:04/02/2025]] | [[PERSON|name:Z. Haddad]]
Kardia device issued to [[ID|other:PCH-042]]: s/n [[DEVICE|device:KMB-3F90A221]]
Withdrawals: nil.""",
    """Consent discussion note - oncology trial
[[DATE|date:12 Feb 2025]] Met [[PERSON|name:Coral Beauchamp]] and her husband [[PERSON|name:Ian]] at [[LOCATION|geo:Peter MacCallum Cancer Centre]].
PICF v3.0 explained; >1h discussion; randomisation 2:1 explained.
Pt wants to discuss w/ daughter [[PERSON|name:Skye]] in [[LOCATION|geo:Ballarat]] - call back on [[PHONE|phone:0425 555 613]].""",
    """Verbal consent (telephone) - Aboriginal community health survey, [[LOCATION|geo:Port Augusta]]
[[DATE|date:5/3/2025]] 1015-1040. Participant [[PERSON|name:Desmond Coulthard]] ([[AGE|other:47]]), participant code [[ID|other:PA-2025-0066]]
Call recorded - audio [[ID|other:REC_0066_20250305.m4a]]; voiceprint not retained.
Follow-up address [[ADDRESS|geo:22 Hurcombe Cres, Port Augusta SA 5700]]""",
    """Imaging study visit - consent check  [[LOCATION|geo:Cheadle]] imaging centre  [[DATE|date:18/01/2025]]
Participant [[PERSON|name:Hyacinth Bucket-Walsh]]   Participant ID [[ID|other:UKB 5520417]]   DOB [[DATE|date:1954]]
Consent form v2.3 initialled all boxes; MRI safety checklist - no implants. Prior surgery in 2011 (hernia) - ok.
Touchscreen login [[ID|other:hbwalsh54]]; DXA, carotid US, brain MRI completed.
Incidental findings protocol explained: GP [[LOCATION|geo:Gatley Medical Centre]] will be informed.""",
    """He Pou Oranga research consent - Kaupapa Māori diabetes study
Site: [[LOCATION|geo:Te Puna Hauora]], [[LOCATION|geo:Tauranga]]   [[DATE|date:23 Jan 2025]]
Participant [[PERSON|name:Hone Tawhiri]]  NHI [[ID|health_plan:KAL8851]]  Study code [[ID|other:HPO-TGA-112]]
Tissue (blood) may be returned to whānau on request (tikanga clause ticked).
Wearable CGM Libre 3 s/n [[DEVICE|device:3MH00552J1K]]; data upload to [[URL|url:https://portal.hpo-study.nz/p/HPO-TGA-112]]""",
    """CONSENT TRACKING - [[LOCATION|geo:Sunnybrook Health Sciences Centre]]   REB # 5521 (study-level)
Participant: [[PERSON|name:Okonkwo, Chiamaka]]   MRN [[ID|mrn:SHSC0928113]]   Study ID [[ID|other:SB-CARD-0442]]
Optional genetic substudy: declined. Optional future contact: yes, [[PHONE|phone:416 555 0128]], [[EMAIL|email:c.okonkwo88@hotmail.ca]]
Copy of signed ICF mailed to [[ADDRESS|geo:12 Elm Ridge Dr, North York, ON M6B 1A5]]""",
]

TELEHEALTH = [
    """[Teladoc-style visit transcript]
[19:02] system: Patient [[PERSON|name:Brianna Kowalczyk]] joined from [[IP|ip:98.212.47.131]] (Chrome/Win10)
[19:02] system: Provider Dr. [[PERSON|name:Felix Obuya]] joined
[19:03] [[PERSON|name:Brianna]]: [[DATE|date:4/17/96]]
[19:04] [[PERSON|name:Brianna]]: burning when i pee since thursday, no fever. not pregnant
[19:06] Dr. [[PERSON|name:Obuya]]: sending nitrofurantoin 100mg BID x5d to your usual CVS
[19:07] [[PERSON|name:Brianna]]: can u send a note to my work too, [[EMAIL|email:hr@lakeviewlogistics.com]]""",
    """patient portal secure messages - thread [[ID|other:MSG-449102]]
From: [[PERSON|name:dwight bolden]] <[[EMAIL|email:dbolden1961@aol.com]]>
Sent: 6:41 AM
my sugar was 312 this morning and 287 last night. im on metformin 1000 twice and glipizide 5. is this ok. my wife says go to ER
---
From: [[PERSON|name:Tricia Hollins]], RN ([[LOCATION|geo:Piedmont Family Medicine]])
Mr. [[PERSON|name:Bolden]], please call us at [[PHONE|phone:478-555-0117]] or ext 4 this morning. If you have vomiting or confusion go to the ER.
Patient ID on file: [[ID|mrn:PFM-0061774]], DOB [[DATE|date:1961]]""",
    """Video visit log (Epic MyChart Video)   [[DATE|date:12/27/2024]]
Pt: [[PERSON|name:Ollie Birch]] ([[AGE|other:15]]), parent on video: [[PERSON|name:Hazel Birch]]
Pt location at time of visit: [[ADDRESS|geo:19 Ridge Rd, Bar Harbor, ME 04609]] (required for licensure)
Link: [[URL|url:https://mychart.northernlight.org/video/join?vid=8Q4TZ17M]]
Behavioral health f/u. PHQ-A 14 (down from 19). Sertraline 75mg. Safety plan reviewed, no SI.
Therapist [[PERSON|name:Meredith Tanaka]], LCSW, ME lic [[ID|license:LC14471]]""",
    """IVR + voice-bot transcript (nurse triage line)
CALLER_ANI=[[PHONE|phone:+1 (602) 555-0183]]  VOICEPRINT_MATCH=[[ID|biometric:VPX-22A9-041F]] (score 0.91)
BOT: Please say your member ID.
CALLER: it's [[ID|health_plan:U 8841 2290 3]]
BOT: Thank you, [[PERSON|name:Rosa]]. Please describe your symptoms.
CALLER: my little boy [[PERSON|name:Mateo]] he's [[AGE|other:2]], fever 103.4 since last night and breathing fast
BOT: Transferring you to a nurse now.
call_id=[[ID|other:c7f3a1e2-55b0-4d7e-9a61-0c2f88d4e901]]  ts=[[DATE|date:2025-01-04]]T02:17:44Z""",
    """Healthdirect-style video GP consult (chat sidebar export)   [[DATE|date:16/02/2025]]
[[PERSON|name:Jacinta Moore]] (patient): hi doc im in [[LOCATION|geo:Broome]] for work, need my script for the pill
[[PERSON|name:Jacinta Moore]]: levlen ed. medicare [[ID|health_plan:4283047401]] ref 2
[[PERSON|name:Jacinta Moore]]: email the escript to [[EMAIL|email:jac.moore@outlook.com.au]] or sms [[PHONE|phone:0488555301]]
doc: BP? you did one at a chemist last week?
[[PERSON|name:Jacinta Moore]]: 118/76 at Priceline""",
    """Telehealth psych - [[LOCATION|geo:headspace Bunbury]]   (Coviu room)
room URL [[URL|url:https://coviu.com/room/headspace-bunbury-k7p2]]
Client: [[PERSON|name:Kai Teoh]] [[AGE|other:17]]  - mum [[PERSON|name:Li Na Teoh]] present for first 5 min, then left.
Safety plan emailed to [[EMAIL|email:kai.teoh08@education.wa.edu.au]]
Clinician [[PERSON|name:Ebony Clarke]], AHPRA [[ID|license:PSY0002287614]]""",
    """WhatsApp msgs pasted into record by RN (remote outreach, [[LOCATION|geo:Tennant Creek]])
[[DATE|date:03/03/25]], 8:14 am - Aunty [[PERSON|name:Nat]]: sister he still got that cough, coughing blood little bit this morning
[[DATE|date:03/03/25]], 8:15 am - Aunty [[PERSON|name:Nat]]: his clinic card is [[ID|mrn:TCC-20817]]
[[DATE|date:03/03/25]], 8:40 am - RN [[PERSON|name:Jodie Harms]]: ok clinic troopy ([[VEHICLE|vehicle:CD 73 KL]]) will come get yous""",
    """NHS 111 online / video consult summary
Patient: [[PERSON|name:Alfie Thornbury]]   DOB [[DATE|date:02/05/2019]]   NHS [[ID|health_plan:805 828 4114]]
Consultation [[DATE|date:Sat 1 Mar 2025]] 21:47, via [[URL|url:https://attendanywhere.nhs.uk/cw/room/8812-ALFIE]]
Photo of rash uploaded: [[ID|photo:IMG_20250301_214455.jpg]] - non-blanching? Glass test: blanches.
Temp 38.9. Advised calpol 240mg, fluids, safety-net. GP [[LOCATION|geo:Lister House Surgery]], [[LOCATION|geo:Hatfield]] to review.""",
    """Telehealth consult transcript (Zoom for Healthcare) - [[LOCATION|geo:Whangārei Hospital]] outpatients
[10:01] Dr [[PERSON|name:Hēnare]]: kia ora [[PERSON|name:Matiu]], can you hear me? who's with you today?
[10:03] Dr [[PERSON|name:Hēnare]]: your gout bloods - urate 0.58, creatinine 112. we'll up allopurinol to 300mg
[10:05] [[PERSON|name:Matiu Rapana]]: can you send it to the chemist in [[LOCATION|geo:Kaikohe]]
Connected from [[IP|ip:203.109.177.42]]; NHI [[ID|health_plan:PLU2261]] confirmed verbally.""",
    """Virtual care chat (OTN) - [[LOCATION|geo:Sioux Lookout Meno Ya Win Health Centre]]
[13:30] nurse [[PERSON|name:Tammy Kakegamic]] ([[LOCATION|geo:Sandy Lake]] nursing station): pt [[PERSON|name:Roger Fiddler]], [[AGE|other:66]], CHF, wt up 3kg in 4 days
[13:32] nurse [[PERSON|name:Tammy Kakegamic]]: crackles bibasal, SpO2 90% RA, BP 158/90. his status card # [[ID|other:6400448121]]
[13:34] doc: furosemide 80 IV now, then 80 PO BID, daily wts. medevac if sats <88
OTN session [[ID|other:OTN-2025-0226-7731]]""",
]

BILLING = [
    """ISA*00*          *00*          *ZZ*BCBSIL         *ZZ*CLRHSE0447     ...(envelope trimmed)
ST*835*0001~
BPR*I*1842.16*C*ACH*CCP*01*071000039*DA*[[ID|account:4418802271]]*1234567890**01*071904779*DA*[[ID|account:9930041177]]~
N1*PE*[[LOCATION|geo:LAKESHORE ORTHOPAEDICS OF EVANSTON]]*XX*[[ID|license:1451405611]]~
CLP*[[ID|account:LO-2025-004417]]*1*2450*1842.16*320*12*[[ID|account:2025043118822]]*11*1~
NM1*QC*1*[[PERSON|name:ABERNATHY]]*[[PERSON|name:ROSALIND]]***MI*[[ID|health_plan:XOF884120937]]~
DTM*232*[[DATE|date:20250121]]~
SVC*HC:27447*2450*1842.16**1~
CAS*PR*1*320~
SE*13*0001~""",
    """EXPLANATION OF BENEFITS - THIS IS NOT A BILL
Aetna
Member: [[PERSON|name:Priya Venkataraman]]   Member ID: [[ID|health_plan:W188 4412 079]]
Patient: [[PERSON|name:Arjun Venkataraman]] (dependent, [[AGE|other:8]])
Claim # [[ID|account:EA25-0331-88174]]   Service [[DATE|date:01/08/2025]]
CPT 99214  billed $285.00  allowed $172.40  deductible $0  copay $30.00  plan paid $142.40
CPT 87880  billed $48.00  allowed $16.10  you owe $0""",
    """837P claim snippet (pasted into denial ticket)
PER*IC*BILLING DEPT*TE*[[PHONE|phone:7025550141]]*FX*[[PHONE|fax:7025550142]]~
NM1*IL*1*[[PERSON|name:ESPINOZA]]*[[PERSON|name:RAMON]]****MI*[[ID|health_plan:2CA7UD4XW91]]~
N3*[[ADDRESS|geo:3817 E CHARLESTON BLVD APT 22]]~
N4*[[LOCATION|geo:LAS VEGAS]]*NV*[[ADDRESS|geo:89104]]~
DMG*D8*[[DATE|date:19540618]]*M~
CLM*[[ID|account:DSD250118-07]]*4380***72:A:1~
HI*ABK:N186~
SV1*HC:90999*4380*UN*13~""",
    """PATIENT STATEMENT   [[LOCATION|geo:Hudson Valley Sleep & Lung]]   [[ADDRESS|geo:21 Old Post Rd, Rhinebeck, NY 12572]]
Guarantor: [[PERSON|name:Thaddeus Wolfe Jr]]   Acct [[ID|account:HV-0048812]]   Statement [[DATE|date:01/31/2025]]
Patient: [[PERSON|name:Wren Wolfe]]
Insurance paid (MVP)                               -$1,611.72
Balance due                                        $  626.68
Pay online [[URL|url:https://pay.hvsleeplung.com/?acct=HV-0048812]] or call [[PHONE|phone:845.555.0152]]""",
    """Medicare Australia Processing Report / Bulk bill payment
Payee provider [[ID|license:5908302Y]] Dr [[PERSON|name:Hamid Sultani]], [[LOCATION|geo:Sultani Family Practice]], [[LOCATION|geo:Dandenong]]
Payment run [[DATE|date:11/02/2025]]   EFT to BSB 063-182 acct [[ID|account:1044 8821]]
Claim ID     | Patient            | Medicare No.     | Item | Fee    | Benefit
[[ID|account:A1182B]]       | [[PERSON|name:ZHANG Wei]]          | [[ID|health_plan:3217 65718 3]] | 23 | 42.85 | 42.85
Total benefit $42.85""",
    """TAX INVOICE   [[LOCATION|geo:Bayside Physio & Hydro]], [[LOCATION|geo:Brighton]]   Inv [[ID|account:INV-22817]]
Date [[DATE|date:28/01/2025]]
Bill to: Ms [[PERSON|name:Clementine Hart]], [[ADDRESS|geo:6/120 Bay St, Brighton VIC 3186]]
Medibank member [[ID|health_plan:P47718290]] (HICAPS claimed on the spot)
560 Initial consult        $115.00   HICAPS benefit $68.00
505 Hydrotherapy group x1  $45.00    HICAPS benefit $27.00
Gap paid $65.00 EFTPOS.""",
    """NDIS / DVA invoice ledger export (csv)   run [[DATE|date:2025-02-28]]
inv_no,client,client_id,svc_date,item,units,rate,total,bank_ref
[[ID|account:NDS-00481]],[[PERSON|name:Jarrah Wilkes]],[[ID|health_plan:430118227]],[[DATE|date:2025-02-03]],15_056_0128_1_3,2,193.99,387.98,[[ID|account:REM-7710-48]]
plan manager: [[LOCATION|geo:Plan Partners Geelong]] - remittance to [[EMAIL|email:accounts@planpartnersgeelong.com.au]]""",
    """INVOICE - private consultation   [[LOCATION|geo:The London Clinic]], [[ADDRESS|geo:20 Devonshire Place, London W1G 6BW]]
Patient: Mrs [[PERSON|name:Arabella Fotheringham-Smythe]]   DOB [[DATE|date:09/09/1962]]   Hosp no. [[ID|mrn:LC0338127]]
Insurer: Bupa, membership no. [[ID|health_plan:77104418-02]], pre-auth [[ID|other:PA3318842]]
CCSD A6530 consultation (new)   £250.00
CCSD X7050 ECG                  £95.00""",
    """ACC INVOICE / SCHEDULE   Vendor [[ID|license:G04471]] [[LOCATION|geo:Riccarton Physiotherapy]], [[LOCATION|geo:Christchurch]]
Claimant: [[PERSON|name:Ngaio Fraser]]   NHI [[ID|health_plan:RTW4019]]   ACC claim no. [[ID|health_plan:DC99183]]
PI01 initial  x1  $86.52   |  PS01 follow-up x4  $259.56
Bank a/c for payment [[ID|account:12-3140-0447721-00]]""",
    """OHIP REMITTANCE ADVICE (RA) - extract
Billing no. [[ID|license:028841]]  Dr [[PERSON|name:Chandra Maharaj]]   Group [[LOCATION|geo:Maharaj Family Health Team]], [[LOCATION|geo:Brampton]]
Claim #       HCN            VC  Acct#   Svc date    FSC   Paid   Expl
[[ID|account:R0449118]]    [[ID|health_plan:1599526918]]     QA  [[ID|account:PT0771]]  [[DATE|date:20250109]]    A007A  37.95""",
]


STYLES = [
    ("ambulance-run-sheet", AMBULANCE),
    ("dental-record", DENTAL),
    ("ophthalmology-clinic", OPHTHALMOLOGY),
    ("dermatology-photo-log", DERM_PHOTO),
    ("genetic-counselling", GENETIC),
    ("sleep-study-report", SLEEP),
    ("dialysis-unit", DIALYSIS),
    ("research-consent-log", RESEARCH),
    ("telehealth-chat-transcript", TELEHEALTH),
    ("billing-and-remittance", BILLING),
]


def main() -> None:
    print(f"probe44: {write_styled(OUT, STYLES)} docs")


if __name__ == "__main__":
    main()
