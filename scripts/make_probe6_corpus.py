"""Write the sixth hand-annotated redaction tuning probe.

Why: a fresh set of notes written without looking at the engine, its rules or its
earlier corpora, so the scores it yields are not tuned to the author's memory of them.
It stresses what redactors miss: lowercase names in shorthand, names that are ordinary
English words (placed next to the same words used in their ordinary sense), surnames
alone, hyphenated, particle and non-Anglo names, ALL-CAPS "SURNAME, Given" forms,
names in signatures, cc lines and email local parts; suburbs and remote communities in
lowercase or abbreviated form, postcodes alone and many address formats; dates in
words, partial, ISO, US and European-language forms; and IDs with odd separators, glued
cues or no cue at all in billing, HL7 and telemetry lines.

What: 120 notes, 12 in each of ten styles (progress-note, discharge-summary,
gp-referral, nursing-shorthand, pharmacy, telehealth, billing, device-telemetry,
research-enrolment, eu-clinic-letter); every identifier is marked inline as
[[LABEL|category:text]] and write_styled strips the markers into character spans.
Every name, number and street is invented; real towns, suburbs and facilities are
used as places.

How to run:
    python scripts/make_probe6_corpus.py
"""

from pathlib import Path

from make_safe_harbor_suite import write_styled

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "corpus" / "redaction" / "probe6.jsonl"

PROGRESS_NOTE = [
    "ID: [[PERSON|name:Frank Bishop]], [[AGE|other:71]]M, URN [[ID|mrn:00.481.236]]. Frank haematuria overnight, Hb 98. "
    "Daughter [[PERSON|name:Rose]] rang from [[LOCATION|geo:Wangaratta]] at 0715; plan cysto with Dr [[PERSON|name:Castellanos]] "
    "on [[DATE|date:Thursday 14 March]].",
    "Ward round ([[DATE|date:03/07/2024]]) - Pt [[PERSON|name:Nguyen-Tran]], bed 12, Ward 4B. Day 3 post lap chole. "
    "Temp rose to 38.2 overnight. Discussed with reg [[PERSON|name:Aroha Te Whata]]; to ask [[PERSON|name:Castellanos]] re imaging. "
    "Wife [[PERSON|name:Hope]] at bedside, lives [[LOCATION|geo:Pt Hedland]], flying back on the [[DATE|date:9th]].",
    "S: [[PERSON|name:YOUNG, Dawn]] ([[AGE|date:93]]F) c/o worsening SOB. Lives alone at "
    "[[ADDRESS|geo:Unit 4/17 Wattle Grove, Nth Melb VIC 3051]]. O: SpO2 91% RA. A: CCF exacerbation. "
    "P: frusemide 40mg IV BD, daily weights. Inform GP Dr [[PERSON|name:Bill Hartigan]] "
    "([[LOCATION|geo:Errol St Medical]]) ph [[PHONE|phone:(03) 9329 4471]].",
    "Post-op review [[DATE|date:14-Jun]]. Mr [[PERSON|name:Wiremu Parata-Hohaia]], NHI [[ID|health_plan:ZKM4821]], "
    "transferred from [[LOCATION|geo:Whangārei Hospital]], POD 3 (op on the [[DATE|date:11th]]). Whānau "
    "([[PERSON|name:Mere]], [[PERSON|name:Hemi]]) updated. Wound clean, drain out. Hodgkin lymphoma 2009, in remission.",
    "Medical registrar note. [[PERSON|name:O'SULLIVAN-REID, Siobhán]] DOB [[DATE|date:22.08.1958]] MRN: [[ID|mrn:7734 2291]]. "
    "Known Parkinson's disease, on Sinemet 100/25 QID. Fell at home in [[LOCATION|geo:Kalgoorlie]] on "
    "[[DATE|date:March 3rd]]. Son [[PERSON|name:Rich]] (goes by [[PERSON|name:Richie]]) is EPOA, mob [[PHONE|phone:0417-330-982]].",
    "Pt seen with interpreter [[PERSON|name:Mai Phuong]] (Vietnamese, interpreter ID [[ID|other:INT-30418]]). "
    "[[PERSON|name:Trần Văn Bảo]] [[AGE|other:66]]M, chartMRN[[ID|mrn:00481234]]. Lives with daughter [[PERSON|name:Linh]] at "
    "[[ADDRESS|geo:8 Kalang Rd, Springvale South 3172]]. Bell's palsy R side since [[DATE|date:12/05]], prednisolone 50mg daily, eye care.",
    "ICU progress. [[PERSON|name:Ahmad Al-Rashidi]], [[AGE|other:48]]. Intubated [[DATE|date:2024-02-29]] after MVA north of "
    "[[LOCATION|geo:Tennant Creek]] (car rego [[VEHICLE|vehicle:CB 84 TK]]). Retrieved by RFDS from "
    "[[LOCATION|geo:Tennant Creek Hospital]]. Brother [[PERSON|name:Khalid]] and a cousin aka [[PERSON|name:Abu Sami]] visiting; "
    "contact [[PHONE|phone:+61 8 8962 4410]].",
    "Geri review. Mrs [[PERSON|name:Sandy Wood]], aged [[AGE|date:101]], from [[LOCATION|geo:Hillcrest Lodge]] RACF, "
    "[[LOCATION|geo:Toowoomba]]. Grace period for fasting given, BSL 6.1. Known to Dr [[PERSON|name:Cook]] (geri). "
    "NOK: niece [[PERSON|name:Grace Hill]] [[PHONE|phone:07 4638 2210]]. Plan d/c back to facility [[DATE|date:Fri 22/3]].",
    "Psych progress. [[PERSON|name:Jayden Kennedy-Walsh]] ([[AGE|other:19]]), known as [[PERSON|name:JK]], student at "
    "[[LOCATION|geo:James Cook University]]. Mother [[PERSON|name:Dawn]] concerned he walks out at dawn. "
    "Treatment order until the [[DATE|date:28th of April]]. Case manager [[PERSON|name:bishop]] (signs lowercase) to r/v.",
    "Renal. [[PERSON|name:Jedda Napurrurla]] from [[LOCATION|geo:Yuendumu]], HD at [[LOCATION|geo:Alice Springs Hospital]] MWF. "
    "Medicare [[ID|health_plan:2951 84730 1]]. Aboriginal Liaison Officer [[PERSON|name:Tanya Namatjira]] to arrange return "
    "to community on [[DATE|date:1/4]]. K 5.9 pre-dialysis.",
    "Cardiology. [[PERSON|name:Pieter van der Meulen]] [[AGE|other:74]]M, PPM in situ (Medtronic Azure XT DR), serial "
    "[[DEVICE|device:RNB 409211 H]]. Device check at [[LOCATION|geo:Epworth Richmond]] [[DATE|date:5 Feb]]. "
    "Wife [[PERSON|name:Ingrid]] reports presyncope x2.",
    "Overnight: [[PERSON|name:Giuseppina Lo Bianco]] [[AGE|other:83]], urn [[ID|mrn:312 004 77]]. Dtr [[PERSON|name:Carmela]] "
    "rang from [[LOCATION|geo:Griffith]], will arrive [[DATE|date:Sunday the 17th]]. Surg reg [[PERSON|name:Tim Brown]] aware of "
    "brown ooze from drain site.",
]

DISCHARGE_SUMMARY = [
    "DISCHARGE SUMMARY\nPatient: [[PERSON|name:HILL, Bronwyn Rose]]  DOB: [[DATE|date:17/09/1949]]  UR: [[ID|mrn:1029384]]\n"
    "Admitted: [[DATE|date:02/03/2024]]  Discharged: [[DATE|date:09/03/2024]]\n"
    "Facility: [[LOCATION|geo:Ballarat Base Hospital]], Ward 3 South\n"
    "Diagnosis: NSTEMI (I21.4). Meds: aspirin 100mg, ticagrelor 90mg BD, atorvastatin 80mg.\n"
    "GP: Dr [[PERSON|name:Anand Krishnamurthy]], [[ADDRESS|geo:PO Box 218, Daylesford VIC 3460]]",
    "Discharge summary - [[PERSON|name:Ngaio Waititi-Brown]], [[AGE|other:34]]F, NHI [[ID|health_plan:PQR 7731]]. Admitted "
    "[[LOCATION|geo:Christchurch Hospital]] on the [[DATE|date:3rd of March]] with DKA, d/c [[DATE|date:7 March]]. Address: "
    "[[ADDRESS|geo:RD 2, 1184 Old Tai Tapu Road, Halswell 7672]]. F/u diabetes clinic [[LOCATION|geo:Hillmorton]].",
    "D/S: Mr [[PERSON|name:Eamon Cook]] ([[AGE|other:58]]), MRN [[ID|mrn:55-10-2938]], discharged to "
    "[[LOCATION|geo:Caulfield Hospital]] rehab on the [[DATE|date:twelfth of February]].\n"
    "cc: Dr [[PERSON|name:P. Vasilopoulos]], [[LOCATION|geo:Carnegie Family Practice]]; Ms [[PERSON|name:Dawn Fitzgerald]] "
    "(NDIS LAC). Ortho clinic 6/52.",
    "Discharge letter. Re: [[PERSON|name:Aaliyah Mahmoud]] DOB [[DATE|date:1987-11-02]] Medicare [[ID|health_plan:4102 55871 3-2]]. "
    "Presented to [[LOCATION|geo:Westmead]] ED [[DATE|date:14/06]] 0230 with ruptured ectopic; laparoscopic salpingectomy. "
    "Partner [[PERSON|name:Yusuf]]. Home to [[ADDRESS|geo:Lot 7 Bringelly Rd, Kemps Creek NSW 2178]].",
    "ELECTRONIC DISCHARGE SUMMARY\n[[PERSON|name:KOWALCZYK, Zbigniew]] [[AGE|other:79]]M IHI [[ID|health_plan:8003 6087 1234 5678]] "
    "DVA Gold [[ID|health_plan:NX482913]]\nLives [[LOCATION|geo:Morwell]], wife [[PERSON|name:Halina]] is carer. "
    "Discharged [[DATE|date:Mon 4 Mar]] by Dr [[PERSON|name:Sophie Engström]].",
    "Neonatal discharge. Baby of [[PERSON|name:Salote Tu'ipulotu]] (boy), URN [[ID|mrn:NB00231]], born on the "
    "[[DATE|date:2nd]] at [[LOCATION|geo:Logan Hospital]], 36+4/40. Father [[PERSON|name:Sione]]. Home to "
    "[[LOCATION|geo:Kingston]] QLD; CFHN nurse [[PERSON|name:sandy]] to visit within 1/52.",
    "Mental health discharge. Consumer: [[PERSON|name:Declan Mulqueen]] (aka [[PERSON|name:Dex]]), [[AGE|other:27]], from "
    "[[LOCATION|geo:Frankston North]]. Discharged from the [[LOCATION|geo:Alfred]] psych unit. Community team: "
    "[[LOCATION|geo:Peninsula Health]] CATT, case mgr [[PERSON|name:Hope Okonkwo]] [[PHONE|phone:03 9784 8100]]. "
    "Next review [[DATE|date:19 April]].",
    "DISCHARGE - Orthopaedics. [[PERSON|name:Mohinder Singh Gill]], [[AGE|other:62]], URN [[ID|mrn:0087 1123]]. R TKR "
    "[[DATE|date:11/03]]; review 6 weeks from [[DATE|date:11/03]]. Implant: Zimmer NexGen LPS, serial "
    "[[DEVICE|device:64218833]]. Forklift driver at [[LOCATION|geo:Bunnings Dandenong]]. Discharge to "
    "[[ADDRESS|geo:5/22 Station St, Dandenong VIC 3175]].",
    "d/s nurse-led: [[PERSON|name:Maria do Carmo Silva]], [[AGE|date:91]], DOB [[DATE|date:5 May 1932]], urn "
    "[[ID|mrn:9912034]], back to [[LOCATION|geo:Mercy Place Abbotsford]]. Contact son [[PERSON|name:João]] "
    "[[PHONE|phone:0433 210 877]].",
    "Day surgery discharge. [[PERSON|name:Björn Lindqvist]] [[AGE|other:45]], colonoscopy on the [[DATE|date:21st]]; polyp "
    "removed, histology pending (specimen [[ID|other:S24-018832]]). Escort: partner [[PERSON|name:Frank]], collecting in car "
    "[[VEHICLE|vehicle:1NX 4QP]]. Not to drive until [[DATE|date:22/03]]. Queries [[LOCATION|geo:Knox Private]] "
    "[[PHONE|phone:(03) 9210 7000]].",
    "DISCHARGE SUMMARY (Paeds). [[PERSON|name:Isla-Rose McKenzie]] DOB [[DATE|date:03-Jul-2018]], "
    "[[LOCATION|geo:Perth Children's Hospital]]. School: [[LOCATION|geo:Mundaring Primary School]]. Mum [[PERSON|name:Kirsten]], "
    "dad [[PERSON|name:Bill]]. Lives [[LOCATION|geo:Mundaring]], postcode [[LOCATION|geo:6073]]. Asthma action plan given; "
    "Ventolin 100mcg 6 puffs PRN.",
    "Transfer summary - Mr [[PERSON|name:Kalani Makoa]] [[AGE|other:52]]M, repatriated from "
    "[[LOCATION|geo:Queen's Medical Center]], [[LOCATION|geo:Honolulu]] on [[DATE|date:Feb 28, 2024]]. US SSN "
    "[[ID|ssn:512-44-9087]]; travel insurer policy [[ID|health_plan:TRV7741203]]. Home: "
    "[[ADDRESS|geo:33 Marine Pde, Kingscliff NSW 2487]].",
]

GP_REFERRAL = [
    "Dear Dr [[PERSON|name:Castellanos]],\nThank you for seeing [[PERSON|name:Grace Adeyemi]] DOB [[DATE|date:14/02/1979]], of "
    "[[ADDRESS|geo:2/9 Banksia Cres, Glenroy 3046]], mob [[PHONE|phone:0402 119 556]]. 3 month hx of symmetrical "
    "small-joint synovitis, RF+.\nKind regards,\nDr [[PERSON|name:Rebecca Young]]\n"
    "[[LOCATION|geo:Pascoe Vale Road Medical Centre]]\nProvider No. [[ID|license:2456781B]]",
    "Referral to [[LOCATION|geo:Sunshine Hospital]] Endocrinology. Re: Mr [[PERSON|name:Vikram Reddy]], [[AGE|other:56]], "
    "Medicare [[ID|health_plan:3105 88214 1]]. HbA1c 9.8% despite metformin 1g BD and empagliflozin 10mg. Wife "
    "[[PERSON|name:Lakshmi]] manages meds. Fax reply to [[PHONE|fax:(03) 9363 1188]]. Dr [[PERSON|name:Hope Mensah]], "
    "prescriber no. [[ID|license:4412937]].",
    "To the Orthopaedic Registrar, [[LOCATION|geo:Townsville University Hospital]]\nPlease review "
    "[[PERSON|name:Jarrah Bin Saleh]] ([[AGE|other:23]]M), a stockman at [[LOCATION|geo:Lorraine Station]] via "
    "[[LOCATION|geo:Julia Creek]], thrown from a horse on the [[DATE|date:2nd of May]]. XR: displaced mid-shaft clavicle #. "
    "Phone the station on [[PHONE|phone:(07) 4746 7712]].\nRegards, [[PERSON|name:Tom Bishop]] RN, "
    "[[LOCATION|geo:Julia Creek Multipurpose Health Service]]",
    "Referral - Psychology (MHCP, MBS 2715). Patient: [[PERSON|name:WOOD, Sandy]] DOB [[DATE|date:6 Jan 1990]]. Low mood "
    "since redundancy from [[LOCATION|geo:Alcoa Point Henry]] in [[DATE|date:Oct 2023]]. Address "
    "[[ADDRESS|geo:PO Box 41, Portarlington VIC 3223]]. Email [[EMAIL|email:sandywood77@bigpond.com]]. "
    "Dr [[PERSON|name:Li Wei Chen]]",
    "Dear Dr [[PERSON|name:Ní Bhriain]],\nRe: [[PERSON|name:Pádraig Mac Giolla Phádraig]], DOB [[DATE|date:30/11/1962]], "
    "[[ADDRESS|geo:Rathmore, Ballyhaunis, Co. Mayo F35 X2K7]]. PPS No. [[ID|ssn:7284915TA]]. Thank you for seeing this man "
    "with progressive dysphagia to solids.\nYours sincerely,\n[[PERSON|name:Aoife Kenny]], GP, "
    "[[LOCATION|geo:Claremorris Medical Centre]]",
    "e-Referral (HealthLink)\nFrom: Dr [[PERSON|name:Hinemoa Tipene]], [[LOCATION|geo:Kaitaia Medical Centre]]\n"
    "To: Gastroenterology, [[LOCATION|geo:Whangārei Hospital]]\nPatient: [[PERSON|name:Rawiri Pōtae]] NHI "
    "[[ID|health_plan:ABC1235]] DOB [[DATE|date:12-07-1971]]\nLives [[ADDRESS|geo:23 Matthews Ave, Kaitaia 0410]]. "
    "Iron deficiency, FIT positive. Kaumātua [[PERSON|name:Matiu]] will accompany.",
    "Patient: [[PERSON|name:Dolores Bishop]], DOB [[DATE|date:03/14/1955]], MRN [[ID|mrn:KP-00918273]]. Member ID "
    "[[ID|health_plan:XEH 882 471 903]]. Resides [[ADDRESS|geo:1420 Elm Hollow Rd, Asheville, NC 28803]]. Referred to "
    "Dr [[PERSON|name:Frank Yazzie]] at [[LOCATION|geo:Mission Hospital]] for a cardiology opinion. Referring NPI "
    "[[ID|license:1548392017]].",
    "Urgent referral. [[PERSON|name:Thi Hoa Pham]] (goes by [[PERSON|name:Hoa]]) [[AGE|other:41]]F, 2/52 painless jaundice. "
    "Lives [[LOCATION|geo:Cabramatta]]. CT booked at [[LOCATION|geo:Liverpool Hospital]] for the [[DATE|date:19th]]. "
    "Interpreter required (Vietnamese). Husband [[PERSON|name:Quang]] [[PHONE|phone:0425 661 093]].",
    "Dear Colleague, I would be grateful if you could see [[PERSON|name:Christos Karagiannis]] ([[AGE|other:68]]), a retired "
    "fisherman from [[LOCATION|geo:Port Lincoln]], Medicare [[ID|health_plan:2298765431]]. Seen at "
    "[[LOCATION|geo:Port Lincoln Hospital]] on [[DATE|date:3/2/24]] with haemoptysis. Yours, Dr [[PERSON|name:A. Wood]] "
    "Ph [[PHONE|phone:08 8682 1022]]",
    "Referral to Memory Clinic, [[LOCATION|geo:Launceston General Hospital]]. [[PERSON|name:Rosemary Hanlon]] (known as "
    "[[PERSON|name:Rose]]), aged [[AGE|date:90]], of [[ADDRESS|geo:RMB 4412 Bridport Rd, Scottsdale TAS 7260]]. Daughter "
    "[[PERSON|name:Sue Whitehead]] concerned. MMSE 21/30. DVA White Card [[ID|health_plan:TX 204118]].",
    "Referral: paediatric ENT. Child [[PERSON|name:Mikael Johansson-Okafor]] DOB [[DATE|date:2019-06-30]], attends "
    "[[LOCATION|geo:Little Acorns Childcare Bundoora]]. Mum [[PERSON|name:Astrid]], mob [[PHONE|phone:+61 431 004 228]], "
    "email [[EMAIL|email:astrid.johansson.o@outlook.com]]. Recurrent AOM x6, for grommets.",
    "GP to physio. [[PERSON|name:Hemi Walker]] [[AGE|other:37]], shearer, lives [[ADDRESS|geo:412 Main St, Gore 9710]]. "
    "ACC claim [[ID|other:CC4218870]], lumbar strain on [[DATE|date:8/4]] at a shed near [[LOCATION|geo:Mataura]]. "
    "Dr [[PERSON|name:Fiona Mackay]]",
]

NURSING_SHORTHAND = [
    "0600: pt [[PERSON|name:nguyen-tran]] bed 7, obs stable, c/o abdo pain 6/10, endone 5mg PO given. wife "
    "[[PERSON|name:jenny]] at bedside o/n. dtr rang from [[LOCATION|geo:nth melb]] 0530. handover to [[PERSON|name:kim]] @0700.",
    "ns: mr [[PERSON|name:bill frost]] [[AGE|other:82]] urn[[ID|mrn:4471203]] falls risk high, bed alarm on. pt rose from "
    "chair unassisted x2. son [[PERSON|name:rich]] rang, visiting sat. BGL 14.2 @2200, novorapid 4u per chart.",
    "pm shift: [[PERSON|name:o'brien-tau]] (rm 12) settled. grandson [[PERSON|name:tama]] visiting from "
    "[[LOCATION|geo:rotorua]] till [[DATE|date:14/06]]. PIVC L ACF resited. NOK [[PERSON|name:aroha]] ph "
    "[[PHONE|phone:021 448 9023]]. handed over to [[PERSON|name:dawn]] (agency).",
    "nocte: pt pulled NGT 0300, replaced, XR confirmed. keeps asking for [[PERSON|name:frank]] (late husband). confused ++, "
    "4AT 6. hx Parkinson's on madopar. dr [[PERSON|name:castellanos]] notified 0320. [[PERSON|name:hope]] from ASW to r/v "
    "in am. lives [[LOCATION|geo:bundoora]] w/ son.",
    "ED triage: [[AGE|other:45]]M walked in from [[LOCATION|geo:st kilda]], found in park by const [[PERSON|name:mills]] "
    "(badge [[ID|other:34127]]). GCS 14, ETOH ++. nil ID, says name is [[PERSON|name:dave]], called [[PERSON|name:davo]] "
    "by mates. temp URN [[ID|mrn:UNK-20240309-03]].",
    "handover: bed 3 [[PERSON|name:wood]], bed 4 [[PERSON|name:young]], bed 5 [[PERSON|name:brown]] - all TKR D1. bed 4 "
    "frank blood in IDC, reg aware. bed 5 dtr [[PERSON|name:grace]] wants a call [[PHONE|phone:0411223094]]. handed to "
    "[[PERSON|name:mel h]].",
    "wound care: ulcer L heel 3x2cm sloughy, photo [[ID|photo:heel_ulcer_4471203_1803.jpg]]. community nurse "
    "[[PERSON|name:ruth]] from [[LOCATION|geo:RDNS Geelong]] takes over from [[DATE|date:mon 18/3]]. pt lives "
    "[[ADDRESS|geo:u3/41 pakington st, geelong west]], ph [[PHONE|phone:5222 9104]].",
    "0200 called to see pt [[PERSON|name:tjungurrayi]], agitated, wants to go home to [[LOCATION|geo:kintore]]. AHW "
    "[[PERSON|name:marlene]] phoned via [[LOCATION|geo:kintore clinic]]. cultural support requested, ALO "
    "[[PERSON|name:desmond]] to attend 0900.",
    "resp: pt [[PERSON|name:ioannidis]] on HFNP 40L/0.45, SpO2 93. wife [[PERSON|name:voula]] + son [[PERSON|name:stavros]] "
    "visited, updated by [[PERSON|name:bishop]] RN. sister arriving from [[LOCATION|geo:kalamata]] on the [[DATE|date:22nd]].",
    "mat: G2P1 [[AGE|other:31]]yo [[PERSON|name:priya]] + partner [[PERSON|name:arjun]]. SROM 0410 clear liquor. MW "
    "[[PERSON|name:dawn]] & student [[PERSON|name:hope k]]. EDD [[DATE|date:27/03]]. lives [[LOCATION|geo:tarneit]] 25 min away, "
    "car rego [[VEHICLE|vehicle:zzt 118]] in bay 4.",
    "obs q1h. carer [[PERSON|name:shazza]] (aka [[PERSON|name:sharon mcgill]]) says baseline GCS 15. NDIS no. "
    "[[ID|other:431 882 907]]. group home [[ADDRESS|geo:14 carrington st, lismore 2480]]. carer mob "
    "[[PHONE|phone:0432 008 117]].",
    "PACU: pt [[PERSON|name:te rangi]] extubated 1410, PONV, ondansetron 4mg. surgeon [[PERSON|name:van dijk]] happy. "
    "[[PERSON|name:van der linden]] (anaes) charted PCA fentanyl, CADD-Solis pump sn [[DEVICE|device:3301847]]. handover to "
    "[[PERSON|name:sione]] on 6N.",
]

PHARMACY = [
    "Rx: [[PERSON|name:Marguerite de la Cruz]] DOB [[DATE|date:08/08/1944]] - atorvastatin 40mg nocte #30 rpt 5. Prescriber "
    "Dr [[PERSON|name:Ian Brown]], prescriber no. [[ID|license:2046118]]. Dispensed [[DATE|date:11/03/2024]] by "
    "[[PERSON|name:Hanh Vo]] (pharm), [[LOCATION|geo:Chemist Warehouse Box Hill]]. eRx token [[ID|other:2TXW4KQ8BF9R7M3J]].",
    "S8 register: oxycodone 10mg CR, balance 14. Patient [[PERSON|name:BROWN, Cliff]], "
    "[[ADDRESS|geo:88 Railway Pde, Kogarah 2217]]. Prescriber [[PERSON|name:S. Cook]], AHPRA "
    "[[ID|license:MED0001847221]]. Witness [[PERSON|name:rose t]].",
    "Webster-pak for [[PERSON|name:Josephine Quaye]] ([[AGE|date:94]]), [[LOCATION|geo:Arcare Maroochydore]], room 12. Changes "
    "from the [[DATE|date:4th of April]]: cease metoprolol, start bisoprolol 2.5mg mane. Confirmed with RN "
    "[[PERSON|name:Grace Mwangi]] [[PHONE|phone:07 5479 2210]].",
    "Clozapine monitoring: [[PERSON|name:Anton Petrović]], CPMS no. [[ID|other:CL-448120]], ANC 3.1 on "
    "[[DATE|date:14-Jun]]. Green result, dispense 7/7. Case manager [[PERSON|name:Bill Okeke]], "
    "[[LOCATION|geo:Broadmeadows CMHS]].",
    "DAA check - pt [[PERSON|name:wood]] says daughter [[PERSON|name:dawn]] collects; verify by DOB [[DATE|date:2/9/38]] and "
    "Medicare [[ID|health_plan:2387 61205 4/1]]. pharmacy acct [[ID|account:acc009188]] $23.40 owing.",
    "Compounding [[DATE|date:2024-03-12]]: morphine 1mg/mL oral soln 100mL for [[PERSON|name:Hemi Tawhiri]], NHI "
    "[[ID|health_plan:JKL4470]]. Courier label to [[ADDRESS|geo:Flat 2, 17 Tay St, Invercargill 9810]]. Prescriber MCNZ "
    "[[ID|license:28841]].",
    "Discharge med rec - [[PERSON|name:Fatima Zahra El-Amin]] UR [[ID|mrn:2210-873]]. Warfarin 3mg, INR 2.4 "
    "([[DATE|date:13/3]]). Anticoag clinic [[LOCATION|geo:Bankstown-Lidcombe Hospital]] on [[DATE|date:20/3]]. Son "
    "[[PERSON|name:Omar]] interprets (Arabic). Community pharmacy [[LOCATION|geo:Greenacre Amcal]], fax "
    "[[PHONE|fax:02 9759 0118]].",
    "Pharmacist intervention: vancomycin trough 22, dose reduced. Pt [[PERSON|name:Sigrún Halldórsdóttir]], [[AGE|other:57]], "
    "from [[LOCATION|geo:Kambah]] ACT, bed 14 Ward 7A. Discussed with ID reg [[PERSON|name:Hill]] and pharmacist "
    "[[PERSON|name:Kerry-Anne Bishop]]. Logged in iPharmacy as user [[ID|other:kbishop2]].",
    "Recall: pantoprazole 40mg batch recall. Patient [[PERSON|name:Nikolaos Georgiou]] dispensed [[DATE|date:March 3rd]]; "
    "contact [[PHONE|phone:0408 775 201]] / [[EMAIL|email:nick.georgiou@iinet.net.au]]. Lives "
    "[[ADDRESS|geo:cnr of Sydney Rd and Victoria St, Brunswick]], above the bakery.",
    "MedsCheck: [[PERSON|name:Sandy Freeman-Yunupingu]], [[AGE|other:61]], from [[LOCATION|geo:Yirrkala]], staying at a hostel "
    "in [[LOCATION|geo:Nhulunbuy]]. CTG-annotated scripts. Medicare [[ID|health_plan:5102 33871 2]]. AHW "
    "[[PERSON|name:Gawura]] present.",
    "Methadone program: client [[ID|other:OTP-00318]], [[PERSON|name:Jake Rich]], 80mg daily, takeaways Sat. Prescriber "
    "Dr [[PERSON|name:Emma Faulkner]]. Dosing point [[LOCATION|geo:Pharmacy 777 Mirrabooka]]. Missed doses on the "
    "[[DATE|date:14th]] and [[DATE|date:15th]].",
    "Rx fax from [[LOCATION|geo:Kempsey Medical Centre]] fax [[PHONE|fax:(02) 6562 4408]]: [[PERSON|name:Lowanna Simpson]] "
    "DOB [[DATE|date:19.04.2002]], amoxicillin 500mg TDS 5/7. Prescriber no [[ID|license:0391827]]. Original to be posted to "
    "[[ADDRESS|geo:Shop 3, 41 Smith St, Kempsey NSW 2440]].",
]

TELEHEALTH = [
    "Telehealth consult [[DATE|date:12 March 2024]] 1030 via "
    "[[URL|url:https://vc.healthdirect.org.au/clinic/mildura-gp/room/4417]]. Patient [[PERSON|name:Maeve O'Donoghue]] joined "
    "from [[LOCATION|geo:Red Cliffs]]; IP logged [[IP|ip:101.178.42.9]]. ID confirmed with DOB [[DATE|date:3/11/1966]] and "
    "Medicare [[ID|health_plan:2745 10938 1]].",
    "Phone review. Called [[PERSON|name:Hone Tamihana]] on [[PHONE|phone:027 551 3382]], no answer, left VM. Called wife "
    "[[PERSON|name:Kiri]] on [[PHONE|phone:06 357 1140]] at home in [[LOCATION|geo:Feilding]]; identity verified by voiceprint "
    "[[ID|biometric:VX-448120]]. Last seen on the [[DATE|date:third of July]]. R/v [[DATE|date:Tuesday 26/3]].",
    "Video failed (poor connection at [[LOCATION|geo:Wilcannia]]), switched to phone. Uncle [[PERSON|name:Roy Kennedy]], "
    "[[AGE|other:72]]; AMS worker [[PERSON|name:Shontae]] assisted from [[LOCATION|geo:Wilcannia Aboriginal Medical Service]]. "
    "Scripts emailed to [[EMAIL|email:scripts.wilcannia@ams-nsw.org.au]].",
    "Telepsych session 6. Client [[PERSON|name:Zoë Vandenberg]] (she/her). Zoom meeting ID [[ID|other:842 5531 9907]]. Client "
    "located at [[ADDRESS|geo:Apt 1203, 610 St Kilda Rd, Melbourne VIC 3004]] during call (for risk plan). Emergency contact: "
    "flatmate [[PERSON|name:Jordan Hope]] [[PHONE|phone:0468 227 301]].",
    "Store-and-forward dermatology. Images [[ID|photo:IMG_nguyen_back_0314.jpg]] and "
    "[[ID|photo:IMG_nguyen_back_0315.jpg]] uploaded by Dr [[PERSON|name:Peter Vo]] "
    "([[LOCATION|geo:Mt Druitt Medical Centre]]) on [[DATE|date:14 March]]. Pt [[PERSON|name:Kim Nguyen]], "
    "[[AGE|other:49]]. Lesion 8mm, irregular border; excise.",
    "Portal message from [[EMAIL|email:frankie.hill1958@gmail.com]] at [[DATE|date:2024-03-18T21:04:11+11:00]]: "
    "'Hi it's [[PERSON|name:Frankie]], can I get my repeat for Lyrica?' Login IP "
    "[[IP|ip:2001:8003:e41c:9a00:5d1b:2f7e:1c3a:88b4]]. Replied via "
    "[[URL|url:https://myhealth.easternhealth.org.au/msg/771203]].",
    "Telehealth from [[LOCATION|geo:Lord Howe Island Hospital]]: RN [[PERSON|name:Ellen Wilson]] presenting "
    "[[PERSON|name:Ross Partridge]], [[AGE|other:66]], chest pain onset [[DATE|date:18/03]] 0200. ECG sent as "
    "[[ID|photo:LHI_ECG_partridge_r.pdf]]. CareFlight to [[LOCATION|geo:Port Macquarie Base Hospital]] requested.",
    "Phone f/u with Mrs [[PERSON|name:Anneke de Jong]], [[AGE|other:80]], re INR 3.6; hold warfarin tonight. Daughter "
    "[[PERSON|name:Sanne van Leeuwen]] on speaker from [[LOCATION|geo:Utrecht]]. Next INR at "
    "[[LOCATION|geo:Dorevitch Pathology Blackburn]] on [[DATE|date:Thursday the 21st]].",
    "Telemedicine (HIPAA). Patient [[PERSON|name:Tyrone Jackson]], DOB [[DATE|date:07/04/1983]]. Location at visit: "
    "[[ADDRESS|geo:5521 W Lake Mead Blvd, Las Vegas, NV 89108]]. MRN [[ID|mrn:DH7739120]]. Callback "
    "[[PHONE|phone:(702) 555-0148]]. Link [[URL|url:https://doxy.me/drcastellanos]].",
    "Virtual visit (Ontario). [[PERSON|name:Abdirahman Warsame]], [[AGE|other:58]], OHIP [[ID|health_plan:4417-228-190-AK]], "
    "joined from [[LOCATION|geo:Rexdale]], postal code [[LOCATION|geo:M9V 2B4]]. Somali interpreter "
    "[[PERSON|name:Ayaan Farah]]. Callback [[PHONE|phone:416-555-0172]]. Next visit [[DATE|date:April 2nd]].",
    "MDT teleconference [[DATE|date:Wed 20/03/2024]]. Present: A/Prof [[PERSON|name:L. Hill]] (chair), Dr "
    "[[PERSON|name:Rangi Parata]], CNC [[PERSON|name:Grace Otieno]]. Case: Mr [[PERSON|name:Kon Young]] "
    "([[AGE|other:77]]), [[LOCATION|geo:Box Hill Hospital]], young-onset dementia excluded.",
    "Audio-only consult. Pt rang from work ([[LOCATION|geo:Woolworths DC Dandenong South]]), employee no. "
    "[[ID|other:E448120]]. [[PERSON|name:Sunita Rao]], gastro. Cert for [[DATE|date:19/3]]-[[DATE|date:21/3]] emailed to "
    "[[EMAIL|email:sunita.rao@woolworths.com.au]].",
]

BILLING = [
    "[[ID|account:INV-20240312-0091]] | [[PERSON|name:HILL, GRACE]] | [[ID|health_plan:2953184721/1]] | "
    "[[DATE|date:12/03/2024]] | 23 | 39.75 | BB | Dr [[PERSON|name:R Young]] [[ID|license:2456781B]]",
    "Statement - acct [[ID|account:00418-22]]\nPatient: [[PERSON|name:Deng Majok Chol]]  Payer: "
    "[[PERSON|name:Achol Deng]] (mother)\n[[ADDRESS|geo:PO Box 1192, Toowoomba QLD 4350]]\nOutstanding $142.50 since "
    "[[DATE|date:1 Feb 2024]]. Pay to acc [[ID|account:10482291]].",
    "[[DATE|date:20240311]],[[ID|mrn:00481234]],[[PERSON|name:NGUYEN-TRAN^MINH]],[[ID|health_plan:4102558713]],"
    "[[ID|other:CLM88420017]],36,80.10,[[ID|license:4412937A]]",
    "HICAPS receipt [[LOCATION|geo:Smile Dental Cairns]] [[DATE|date:08-Mar-24]]: Bupa member "
    "[[ID|health_plan:61082773]] ref 02 [[PERSON|name:Tama Rivers]], items 011 114 121, approval "
    "[[ID|other:A77102]], gap $62.00.",
    "DVA claim D1216: veteran [[PERSON|name:McALLISTER, Hamish Bruce]] file no [[ID|health_plan:QX 119 823]], home visit "
    "[[DATE|date:05/03/2024]] at [[ADDRESS|geo:Unit 2, 7 Lakeside Dr, Broadwater WA 6280]]. LMO Dr [[PERSON|name:Cook]].",
    "Bill to: [[PERSON|name:Bill Sandy]], [[ADDRESS|geo:19 Grace St, Hope Valley SA 5090]]. Inv acct "
    "[[ID|account:HV-77213]]. HCF member [[ID|health_plan:0071 882 904]]. Rebate within grace period.",
    "CMS-1500 1a [[ID|health_plan:1EG4-TE5-MK72]] | 2 [[PERSON|name:WOOD, LORRAINE]] | 3 [[DATE|date:12 01 1941]] | "
    "SSN [[ID|ssn:512 66 0193]] | 26 [[ID|account:A44019-88]] | 24J [[ID|license:1093817264]] | ZIP "
    "[[LOCATION|geo:27601]]",
    "EOB claim [[ID|other:2024-0311-77821]]: member [[PERSON|name:Tui Hēnare]], Southern Cross no. "
    "[[ID|health_plan:SX 40018872]], provider [[LOCATION|geo:Mercy Hospital Dunedin]], DOS [[DATE|date:2 March]]. Benefit "
    "paid to [[ID|account:12-3140-0187652-00]].",
    "[[ID|account:0041882]] [[PERSON|name:BISHOP F]] [[DATE|date:110324]] 104 96.15 [[ID|health_plan:5023847716]] "
    "[[ID|license:2119884K]] PAID",
    "Workers comp: claim [[ID|other:WC-4418802]], worker [[PERSON|name:Dean Rich]], employee no. [[ID|other:00771203]], "
    "site [[LOCATION|geo:BHP Nelson Point]], DOI [[DATE|date:4/2]], company ute [[VEHICLE|vehicle:1HQT 447]]. Address "
    "[[ADDRESS|geo:6 Kingsmill St, Port Hedland WA 6721]]. Invoice to insurer acct [[ID|account:ICW-1192-04]].",
    "Bulk bill batch [[DATE|date:2024-03-15]], provider [[ID|license:4471203J]] Dr [[PERSON|name:Quoc Anh Tran]]:\n"
    "1. [[PERSON|name:Sofia Greco]] [[ID|health_plan:2209 44918 1]] item 23\n"
    "2. [[PERSON|name:Wiremu Brown]] [[ID|health_plan:3318 20771 2]] item 36\n"
    "3. [[PERSON|name:Hope Daley]] [[ID|health_plan:4479 02816 1]] item 23",
    "Overdue notice to [[EMAIL|email:k.castellanos@tpg.com.au]] and posted to "
    "[[ADDRESS|geo:Locked Bag 22, Wagga Wagga NSW 2650]] re invoice [[ID|account:7741-2203]], patient "
    "[[PERSON|name:Kate Castellanos]], DOS [[DATE|date:18/01/24]]. TFN [[ID|ssn:459 371 826]] recorded in error - remove.",
]

DEVICE_TELEMETRY = [
    "[[DATE|date:2024-03-14T02:17:44Z]] ALERT pt=[[ID|mrn:00481234]] dev=[[DEVICE|device:PJN884201S]] model=AzureXT-DR "
    "AF burden 18% (threshold 6%) remote=[[IP|ip:10.42.18.77]]",
    "CareLink transmission [[DATE|date:14-Jun-2024]] 0312 from [[PERSON|name:Graham Hope]] ([[AGE|other:77]]), ICD Evera MRI "
    "SN [[DEVICE|device:BWB 300118 H]], bedside monitor [[DEVICE|device:24950-1187723]]. Clinic "
    "[[LOCATION|geo:Monash Heart Clayton]]. No therapies delivered.",
    "CGM sync: user [[ID|other:sandy_b_1988]] (Dexcom G7, sensor [[DEVICE|device:3K7Q9X]]) uploaded 288 readings from "
    "[[IP|ip:203.219.41.118]]; mean glucose 9.2. Clinic acct [[ID|account:DEX-55102]]. Pt [[PERSON|name:Sandy Bui]].",
    "pump log | Tandem t:slim X2 sn [[DEVICE|device:1109447]] | basal 0.85U/h | occlusion alarm [[DATE|date:03/07]] 0422 | "
    "owner [[PERSON|name:lachlan o'connell]] | contact [[PHONE|phone:0499 120 338]]",
    "O2 concentrator [[DEVICE|device:OC-77419-2023]] at [[ADDRESS|geo:Lot 14 Boundary Rd, Lake Bolac VIC 3351]] reported "
    "purity 82% on the [[DATE|date:3rd]]. Tech [[PERSON|name:Brendan Wood]] dispatched from [[LOCATION|geo:Ararat]].",
    "AirSense 10 AutoSet serial [[DEVICE|device:23201784562]], modem IMEI [[DEVICE|device:358240051111117]]. AHI 3.2, usage "
    "7.1h. Patient [[PERSON|name:Declan Ó Súilleabháin]], AirView login [[EMAIL|email:declan.osullivan@eircom.net]], "
    "sleep clinic [[LOCATION|geo:Bon Secours Cork]].",
    "PID|1||[[ID|mrn:7734229]]^^^[[LOCATION|geo:RMH]]^MR||[[PERSON|name:VAN DER BERG^PIETER]]||[[DATE|date:19490712]]|M|||"
    "[[ADDRESS|geo:12 Oak St^^Hawthorn^VIC^3122]]||[[PHONE|phone:0398184471]]",
    "Patch [[DEVICE|device:VC-0A33F91]] paired to gateway [[DEVICE|device:GW-118840]] at [[LOCATION|geo:Mildura Base Hospital]] "
    "Ward 2; pt Aunty [[PERSON|name:Dawn Kennedy]]. HR 112, RR 24; alert to ward [[PHONE|phone:03 5022 3104]].",
    "tele box [[DEVICE|device:TX-014]] moved from [[PERSON|name:Ashworth]] (bed 3) to [[PERSON|name:Nakamura]] (bed 9) "
    "[[DATE|date:21/03]] 1410 by [[PERSON|name:jess]]; central station [[IP|ip:172.16.4.21]].",
    "Implant registry: Cochlear Nucleus CI632 R ear, serial [[DEVICE|device:CI632-R-55102938]], implanted "
    "[[DATE|date:9 Nov 2023]] at [[LOCATION|geo:Royal Victorian Eye and Ear Hospital]]; recipient "
    "[[PERSON|name:Mia-Grace Thompson]], age [[AGE|other:4]]; Nucleus 7 processor [[DEVICE|device:N7-2041178]].",
    "[[DATE|date:2024-03-20 03:44:10]] WARN hub=[[DEVICE|device:HUB-7F3A-9920]] "
    "post=[[URL|url:https://telemon.bhs.org.au/api/v2/patients/4471203]] src=[[IP|ip:49.186.22.140]] "
    "user=[[ID|other:nurse.hill]] pt_mrn=[[ID|mrn:4471203]] retry=3",
    "Holter (Mortara H3+, recorder [[DEVICE|device:H31877204]]) fitted [[DATE|date:18/03]], removed [[DATE|date:20/03]]. "
    "[[PERSON|name:Ravi Shankar Iyer]], [[AGE|other:53]], referred by Dr [[PERSON|name:Wood]], "
    "[[LOCATION|geo:Ipswich Hospital]]. Sinus rhythm, 2% VEs.",
]

RESEARCH_ENROLMENT = [
    "Consent log: participant [[ID|other:CAP-044-0117]], [[PERSON|name:Rose Tjandra]], consented [[DATE|date:11 March 2024]] "
    "by coordinator [[PERSON|name:Hannah Brooks]] at [[LOCATION|geo:Peter MacCallum Cancer Centre]]. Witness "
    "[[PERSON|name:Bill Nakamura]].",
    "Screen fail: subject [[ID|other:SCR-0312-08]], initials [[PERSON|name:J.W.]], [[AGE|other:67]]M, DOB "
    "[[DATE|date:1956-10-03]], site [[LOCATION|geo:Gold Coast University Hospital]]. Excluded: eGFR 28.",
    "Biobank accession [[ID|other:BB-24-003318]] (serum x3, PAXgene x1) from [[PERSON|name:Aroha Ngata]], collected the "
    "[[DATE|date:fourteenth of March]] at the [[LOCATION|geo:Gisborne]] outreach clinic. Courier waybill "
    "[[ID|other:88310271]].",
    "Participant [[ID|other:STAR-2-0417]] ([[PERSON|name:Dimitra Kostopoulou]], DOB [[DATE|date:21/07/1951]]) randomised "
    "[[DATE|date:19/03/2024]]; portal [[URL|url:www.star2trial.org.au/p/0417]]. PI: A/Prof [[PERSON|name:Olusegun Bishop]].",
    "Enrolment CRF A. Name: [[PERSON|name:Tran Thi Mai]]  Preferred: [[PERSON|name:May]]  Medicare: "
    "[[ID|health_plan:6102 48813 3]]  Postcode: [[LOCATION|geo:3021]]  Contact: [[PHONE|phone:9311 4478]]  NOK: "
    "[[PERSON|name:Long Tran]] (son). Long-acting insulin: yes.",
    "SAE report [[ID|other:SAE-0044]]: participant [[ID|other:HEAL-17-203]] admitted to "
    "[[LOCATION|geo:Orange Health Service]] on [[DATE|date:March 9th]] with pneumonia. Reported by Dr "
    "[[PERSON|name:Grace Liu]] to [[EMAIL|email:pv@medsafe-cro.com]].",
    "Recontact list: [[PERSON|name:Hamid Karimi]] [[PHONE|phone:0412 330 018]] ([[LOCATION|geo:Auburn]]) - agreed; "
    "[[PERSON|name:Marjorie Hope]] - deceased [[DATE|date:02.02.2024]], do not contact; [[PERSON|name:Kiah Anderson]] "
    "([[LOCATION|geo:Moree]]) - no response.",
    "record_id=[[ID|other:1147]] | dag=[[LOCATION|geo:alfred]] | consent_date=[[DATE|date:2024-03-05]] | "
    "email=[[EMAIL|email:tomcook1961@hotmail.com]] | dob=[[DATE|date:1961-04-30]] | age_at_consent=[[AGE|other:62]]",
    "Genomics: proband [[ID|other:MCRI-GEN-00442]], [[PERSON|name:Oliver Wood-Hampton]], [[AGE|other:6]]; mother "
    "[[PERSON|name:Tess]] is a carrier. Sample [[ID|other:DNA24-0917]] received [[DATE|date:13/3]] from "
    "[[LOCATION|geo:Royal Children's Hospital]].",
    "Dispensing kiosk enrolment: fingerprint template [[ID|biometric:FP-TPL-0092231]], voiceprint "
    "[[ID|biometric:VP-77120]]. Participant [[PERSON|name:Sipho Ndlovu]], [[AGE|other:39]], site "
    "[[LOCATION|geo:Westmead Hospital]]. Photo: [[ID|photo:ndlovu_s_enrol_photo.jpg]].",
    "Visit 3 (week 12), the [[DATE|date:20th of March]]. Participant [[ID|other:PX-2291]] came with carer "
    "[[PERSON|name:Frank]], himself participant [[ID|other:PX-2292]]. Travel reimbursement to "
    "[[ID|account:633-000 144 882 019]]; drove from [[LOCATION|geo:Geelong]].",
    "Eligibility (US site): [[PERSON|name:Maria Guadalupe Hernández]], DOB [[DATE|date:March 3, 1970]], ZIP "
    "[[LOCATION|geo:78207]], MRN [[ID|mrn:UH-4471209]], Medicaid [[ID|health_plan:TX 523 881 047]]. Coordinator "
    "[[PERSON|name:J. Young]] [[PHONE|phone:210-555-0193]].",
]

EU_CLINIC_LETTER = [
    "Sehr geehrte Frau Dr. [[PERSON|name:von Hagen]],\nwir berichten über Herrn [[PERSON|name:Klaus-Dieter Schmidt]], geb. "
    "[[DATE|date:14.06.1948]], wohnhaft [[ADDRESS|geo:Lindenstraße 12, 79098 Freiburg im Breisgau]], der sich am "
    "[[DATE|date:3. März 2024]] nach Verkehrsunfall (Pkw [[VEHICLE|vehicle:FR-KS 482]]) vorstellte. Versichertennummer "
    "[[ID|health_plan:A123456789]].\nMit freundlichen Grüßen\nProf. Dr. [[PERSON|name:Anna Weiß]], "
    "[[LOCATION|geo:Universitätsklinikum Freiburg]]",
    "Cher confrère,\nJ'ai vu en consultation le [[DATE|date:12 juillet 2023]] Mme [[PERSON|name:Camille Dubois-Lefèvre]], "
    "née le [[DATE|date:2 février 1961]], domiciliée [[ADDRESS|geo:8 rue des Lilas, 69003 Lyon]]. N° de sécurité sociale "
    "[[ID|ssn:2 61 02 69 123 456 78]].\nDr [[PERSON|name:Jean-Baptiste Rousseau]], "
    "[[LOCATION|geo:Hôpital Édouard Herriot]]",
    "Geachte collega [[PERSON|name:de Vries]],\nBetreft: mevrouw [[PERSON|name:Femke van den Heuvel]], geboren "
    "[[DATE|date:7 mei 1985]], BSN [[ID|ssn:204817365]], [[ADDRESS|geo:Prinsengracht 263-2, 1016 GV Amsterdam]]. Zij werd op "
    "[[DATE|date:18 maart]] opgenomen in het [[LOCATION|geo:OLVG]].\nMet vriendelijke groet,\n"
    "[[PERSON|name:Maarten ter Horst]], internist",
    "Gentile Collega, si dimette in data [[DATE|date:21 marzo 2024]] il sig. [[PERSON|name:Giovanni De Luca]], nato a "
    "[[LOCATION|geo:Bari]] il [[DATE|date:5/9/1952]], C.F. [[ID|ssn:DLCGNN52P05A662X]], residente in "
    "[[ADDRESS|geo:Via Garibaldi 14, 70122 Bari]]. Tessera sanitaria [[ID|health_plan:80380000501234567890]].\n"
    "Dott.ssa [[PERSON|name:Chiara Esposito]], [[LOCATION|geo:Policlinico di Bari]]",
    "Estimado compañero: le remito a D. [[PERSON|name:José Luis García Martínez]], de [[AGE|other:74]] años, NHC "
    "[[ID|mrn:004471203]], domicilio [[ADDRESS|geo:C/ Mayor 22, 3º B, 28013 Madrid]]. Fecha de ingreso: "
    "[[DATE|date:3 de marzo de 2024]]. Tarjeta sanitaria [[ID|health_plan:GRMT510703118015]].\nFdo.: Dra. "
    "[[PERSON|name:Lucía Fernández Ortega]], [[LOCATION|geo:Hospital Gregorio Marañón]]",
    "Remiss: [[PERSON|name:Åsa Lindgren]], personnummer [[ID|ssn:19580314-2281]], adress "
    "[[ADDRESS|geo:Storgatan 7, 903 26 Umeå]]. Besök den [[DATE|date:14 mars]] på "
    "[[LOCATION|geo:Norrlands universitetssjukhus]]. Dotter [[PERSON|name:Ingrid]] tolkar.\nLäkare: "
    "[[PERSON|name:Erik Nyström]]",
    "Dear Dr [[PERSON|name:Patel]],\nRe: Mr [[PERSON|name:Geoffrey Rose]], DOB [[DATE|date:01/04/1937]], NHS No. "
    "[[ID|health_plan:485 777 3456]], [[ADDRESS|geo:Flat 3, 22 Hope Street, Liverpool L1 9BH]]. Hospital No. "
    "[[ID|mrn:RQ6 0044812]]. Seen in Falls Clinic at [[LOCATION|geo:Royal Liverpool University Hospital]] on "
    "[[DATE|date:3rd March]].\nYours sincerely,\nDr [[PERSON|name:Helen Cook]], Consultant Geriatrician\n"
    "cc: Mrs [[PERSON|name:Dawn Rose]] (daughter)",
    "Szanowny Panie Doktorze, pacjent [[PERSON|name:Tomasz Wiśniewski]], ur. [[DATE|date:12 stycznia 1969]], PESEL "
    "[[ID|ssn:69011204816]], zam. [[ADDRESS|geo:ul. Długa 15/4, 80-827 Gdańsk]], hospitalizowany w "
    "[[LOCATION|geo:Uniwersyteckie Centrum Kliniczne]] od [[DATE|date:3.03.2024]].\nlek. "
    "[[PERSON|name:Magdalena Zielińska]]",
    "Arztbrief. Patientin: [[PERSON|name:Maria-Theresia von Lichtenfels]], [[AGE|date:92]] Jahre, SVNR "
    "[[ID|ssn:1237 010132]], aus [[LOCATION|geo:Bad Ischl]]. Aufnahme am [[DATE|date:12. Jänner]], Entlassung am "
    "[[DATE|date:19.01.]] nach Hause. Hausarzt: Dr. med. [[PERSON|name:Friedrich Huber]], Tel. [[PHONE|phone:+43 6132 23456]].",
    "Epikrise: [[PERSON|name:Ole Kristian Haugen]], fødselsnummer [[ID|ssn:12035845678]], innlagt "
    "[[LOCATION|geo:Haukeland universitetssjukehus]] [[DATE|date:2. april 2024]]. Pårørende: kone "
    "[[PERSON|name:Solveig]], tlf [[PHONE|phone:+47 912 34 567]]. Fastlege [[PERSON|name:Kari Nordmann-Lie]], "
    "[[LOCATION|geo:Sandviken legesenter]].",
    "Patient [[PERSON|name:Georgios Papadopoulos]] ([[PERSON|name:Γεώργιος Παπαδόπουλος]]), AMKA [[ID|ssn:05085201234]], "
    "from [[LOCATION|geo:Chania]], seen at [[LOCATION|geo:Evangelismos Hospital]] on [[DATE|date:5 Μαρτίου 2024]] for "
    "Hodgkin lymphoma staging.",
    "Lettre de sortie - [[PERSON|name:Luc Vandermeersch]], né le [[DATE|date:30/06/1977]], numéro national "
    "[[ID|ssn:77.06.30-123.45]], [[ADDRESS|geo:Rue de la Loi 155, 1040 Etterbeek]]. Admis aux "
    "[[LOCATION|geo:Cliniques universitaires Saint-Luc]] le [[DATE|date:1er mars]]. Contact "
    "[[EMAIL|email:luc.vdm@skynet.be]], GSM [[PHONE|phone:0475 12 34 56]]. IBAN remboursement "
    "[[ID|account:BE71 0961 2345 6769]].",
]

STYLES = [
    ("progress-note", PROGRESS_NOTE),
    ("discharge-summary", DISCHARGE_SUMMARY),
    ("gp-referral", GP_REFERRAL),
    ("nursing-shorthand", NURSING_SHORTHAND),
    ("pharmacy", PHARMACY),
    ("telehealth", TELEHEALTH),
    ("billing", BILLING),
    ("device-telemetry", DEVICE_TELEMETRY),
    ("research-enrolment", RESEARCH_ENROLMENT),
    ("eu-clinic-letter", EU_CLINIC_LETTER),
]


def main() -> None:
    print(f"probe6: {write_styled(OUT, STYLES)} docs")


if __name__ == "__main__":
    main()
