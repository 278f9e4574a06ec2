"""Write the fifth hand-annotated redaction tuning probe.

Why:
    The earlier probes leave room for a fresh set written without looking at the engine or
    at the other corpora. This one is dense in places and personal names: towns, suburbs,
    remote communities, islands, regions, named facilities, workplaces, schools and
    properties across Australia, New Zealand, the UK, Ireland, the US, Canada and Europe,
    in every case and abbreviation notes use, next to clinical text that only looks like
    an identifier (eponyms, wards, doses, versions, billing codes).

What:
    About 120 notes across ten styles (progress notes, discharge summaries, GP referrals,
    nursing shorthand, pharmacy, telehealth, billing, device telemetry, research enrolment
    and European clinic letters), each marked inline as ``[[LABEL|category:text]]`` and
    written to ``corpus/redaction/probe5.jsonl`` by ``write_styled``. Every name, street
    and number is invented; real town names are used as places.

How to run:
    python scripts/make_probe5_corpus.py
"""

from pathlib import Path

from make_safe_harbor_suite import write_styled

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "corpus" / "redaction" / "probe5.jsonl"

PROGRESS_NOTE = [
    "Ward 7B round with Dr [[PERSON|name:Okafor]]. Mrs [[PERSON|name:Eleni Papadopoulos]], [[AGE|other:81]], from [[LOCATION|geo:Oakleigh]], day 3 post ORIF R NOF. Pain controlled on oxycodone 5 mg PRN. Daughter [[PERSON|name:Sophia]] visiting; plan rehab at [[LOCATION|geo:Caulfield Hospital]].",
    "S: [[PERSON|name:Wiremu]] reports less SOB overnight. Grew up in [[LOCATION|geo:Ruatoria]], moved down to [[LOCATION|geo:Porirua]] for work on the wharves. O: SpO2 94% RA, coarse creps bibasally. A: IECOPD improving. P: wean O2, pred day 4/5, f/u [[LOCATION|geo:Hutt Hospital]] resp clinic [[DATE|date:14/06]].",
    "Frank haematuria this am per nursing. Mr [[PERSON|name:Frank Bell]] ([[AGE|other:77]]) - facial droop is old (2019 CVA), not Bell's palsy. Bladder washout, urology (Dr [[PERSON|name:Nakashima]]) aware. Wife [[PERSON|name:Dawn]] rang from [[LOCATION|geo:Mt Gambier]] on [[PHONE|phone:0491 570 156]].",
    "Pt [[PERSON|name:Jimmy Wurramara]], [[AGE|other:54]], retrieved by RFDS from [[LOCATION|geo:Coober Pedy]]. Lives out past [[LOCATION|geo:Oodnadatta]] on [[LOCATION|geo:Mulga Springs Station]]. Cellulitis L leg, IV cefazolin 2 g TDS. Wants to go back to [[LOCATION|geo:Pt Augusta]] to be near sister [[PERSON|name:Nellie]] once off IVs.",
    "[[PERSON|name:Pádraig Ó Súilleabháin]], dairy farmer from [[LOCATION|geo:Ballyferriter]] near [[LOCATION|geo:Dingle]], here visiting son [[PERSON|name:Cian]] in [[LOCATION|geo:Fremantle]]. Presented [[DATE|date:2 March]] in Addisonian crisis; hydrocortisone 100 mg IV given in ED. Travel insurer member no. [[ID|health_plan:VHI-4471-22903]].",
    "[[AGE|other:63]] yo M long-haul trucker from [[LOCATION|geo:Amarillo]], Texas, admitted after rollover on the interstate near [[LOCATION|geo:Tucumcari]]. CDL [[ID|license:TX 40917735]]; tractor plate [[VEHICLE|vehicle:7KX-2291]]. Name on ID [[PERSON|name:Ray Delgado]]. GCS 15, C-spine cleared, #L ribs 4-6.",
    "pt from [[LOCATION|geo:moree]], lives w partner [[PERSON|name:kylie]] + 3 kids. works at the cotton gin out [[LOCATION|geo:boggabilla]] way. T2DM, HbA1c 9.4. d/w [[PERSON|name:kylie]] re insulin start, happy to learn.",
    "Mr [[PERSON|name:Tobias Qiatsuq]], [[AGE|other:46]], from [[LOCATION|geo:Pangnirtung]], medevac to [[LOCATION|geo:Qikiqtani General Hospital]] in [[LOCATION|geo:Iqaluit]] then south to [[LOCATION|geo:Ottawa]]. NU health card [[ID|health_plan:100472291]]. Active TB excluded, sputum x3 neg.",
    "Mrs [[PERSON|name:Morag MacLeod]], [[AGE|date:93]], from [[LOCATION|geo:Stornoway]] on [[LOCATION|geo:Lewis]], usually cared for by niece [[PERSON|name:Catriona]] in [[LOCATION|geo:Achmore]]. CHI [[ID|health_plan:0301314729]]. Fluctuating cognition, visual hallucinations; ?Lewy body dementia, avoid haloperidol.",
    "Son [[PERSON|name:Will]] will bring in the meds list tomorrow. Daughter [[PERSON|name:Hope]] hopes to take her home to [[LOCATION|geo:Orange]]; pt declined orange juice at breakfast, coughing on thin fluids, SLP r/v requested.",
    "Nonna [[PERSON|name:Giuseppina Lo Presti]], [[AGE|other:88]], from [[LOCATION|geo:Nth Fitzroy]], transferred from [[LOCATION|geo:St Vincent's]] ED overnight. Speaks Calabrese dialect; grandson [[PERSON|name:Matteo]] interpreting. Rapid AF, rate control with metoprolol.",
    "Mr [[PERSON|name:Deng Garang]] ([[AGE|other:38]]), lives [[LOCATION|geo:Blacktown]], works nights at a warehouse in [[LOCATION|geo:Eastern Creek]]. Sickle cell trait, nil crisis. Plan d/w reg. - [[PERSON|name:Priya Venkataraman]] HMO2 Gen Med, [[DATE|date:11/09/2024]] 14:20",
]

DISCHARGE_SUMMARY = [
    "DISCHARGE SUMMARY - [[LOCATION|geo:Broken Hill Health Service]]\nPatient: [[PERSON|name:HARRIS, Leonard]]  URN [[ID|mrn:BH0048812]]  DOB [[DATE|date:17/02/1949]]\nAdmitted [[DATE|date:03/04/2024]]  Discharged [[DATE|date:09/04/2024]]\nAddress: [[ADDRESS|geo:7 Oxide St, Broken Hill NSW 2880]]\nGP: Dr [[PERSON|name:Anneliese Voigt]], [[LOCATION|geo:Silver City Medical Centre]]\nDx: CAP; Hodgkin lymphoma in remission. Review in Oncology clinic in 6/52.",
    "[[LOCATION|geo:Dunedin Hospital]] discharge. NHI [[ID|health_plan:ZKT4821]]. [[PERSON|name:Aroha Te Whata]], [[AGE|other:29]], usual residence [[ADDRESS|geo:22 Kaikorai Valley Rd, Dunedin 9011]]. GDM on insulin, delivered SVD. To care of LMC midwife [[PERSON|name:Hine]] ([[PHONE|phone:021 555 0192]]); whānau in [[LOCATION|geo:Mosgiel]] and [[LOCATION|geo:Balclutha]] supporting.",
    "[[LOCATION|geo:Ninewells Hospital]], [[LOCATION|geo:Dundee]]. CHI [[ID|health_plan:1205487731]]. Mr [[PERSON|name:Alasdair Reid]] discharged [[DATE|date:21 Jan 2024]] to [[LOCATION|geo:Tayview Court]] care home in [[LOCATION|geo:Broughty Ferry]]. GP: Dr [[PERSON|name:Ferguson]], [[LOCATION|geo:Lochee Health Centre]]. Graves' disease, on carbimazole 10 mg.",
    "Mr [[PERSON|name:Albert Sweet]], [[AGE|date:96]], discharged home to [[LOCATION|geo:Lwr Plenty]] with daughter [[PERSON|name:Joy]]. Meals on Wheels via [[LOCATION|geo:Banyule]] council from [[DATE|date:15/05]]. Encourage a diet low in sweet drinks. CKD 4, eGFR 22.",
    "[[LOCATION|geo:St. Luke's Magic Valley]] - Discharge date [[DATE|date:May 3, 2024]]. MRN [[ID|mrn:00482291]]. Patient [[PERSON|name:Ximena Ortega-Ruiz]], [[ADDRESS|geo:1187 Poleline Rd, Twin Falls, ID 83301]]. Medicare MBI [[ID|health_plan:3QW7-RN2-HX58]]. Crohn's flare, discharged on budesonide taper.",
    "[[LOCATION|geo:Stanton Territorial Hospital]], [[LOCATION|geo:Yellowknife]]. [[PERSON|name:Marie-Josée Lafferty]], [[AGE|other:67]], returning to [[LOCATION|geo:Fort Good Hope]] by scheduled flight [[DATE|date:June 18]]. NWT health care no. [[ID|health_plan:D0418827]]. Nurse in charge at the [[LOCATION|geo:Fort Good Hope Health Centre]] notified.",
    "Patient: [[PERSON|name:Nguyen Thi Lan]] (prefers [[PERSON|name:Lan]]), DOB [[DATE|date:1958-11-30]], from [[LOCATION|geo:Cabramatta]]. Son [[PERSON|name:Minh]] to collect Webster pack from [[LOCATION|geo:Canley Vale Pharmacy]]. New warfarin, INR target 2-3, INR 1.8 on d/c.",
    "[[LOCATION|geo:University Hospital Galway]]. MRN [[ID|mrn:G7720194]]. [[PERSON|name:Bríd Ní Fhlatharta]], [[AGE|other:71]], [[ADDRESS|geo:Bóthar na Trá, Carraroe, Co. Galway H91 T6W2]]. Returning home to [[LOCATION|geo:Connemara]]; public health nurse [[PERSON|name:Nuala]] to visit. Medical card [[ID|health_plan:2290417M]].",
    "Flown from [[LOCATION|geo:Flinders Island]] with #NOF; lives in [[LOCATION|geo:Whitemark]]. Discharged on [[DATE|date:12 July]] (Fri) to [[LOCATION|geo:Launceston General Hospital]] rehab then home. Husband [[PERSON|name:Keith]] meeting her at the airstrip.",
    "Pt [[PERSON|name:Kayden Rich]] ([[AGE|other:19]]) from [[LOCATION|geo:Sth Hedland]], FIFO worker at [[LOCATION|geo:Yandi]] mine site. Admitted under MH Act, discharged to CMHT. Advised a diet rich in protein; vitamin D 25 nmol/L.",
    "[[PERSON|name:Amara Okonkwo]], [[AGE|other:7]], Year 2 at [[LOCATION|geo:Tuggeranong Primary School]]. Parents [[PERSON|name:Chidi]] and [[PERSON|name:Ngozi]]. Address [[ADDRESS|geo:4/19 Anketell St, Greenway ACT 2900]]. Medicare [[ID|health_plan:2428 77190 3]] / 1. Asthma action plan given; Ventolin via spacer.",
    "Transferred to [[LOCATION|geo:Townsville University Hospital]] from [[LOCATION|geo:Mt Isa]] via [[LOCATION|geo:Cloncurry]]. STEMI, thrombolysed at 03:10. Strong radial pulses post angio. Receiving team: Dr [[PERSON|name:Hamish Strong]], Cardiology.",
]

GP_REFERRAL = [
    "[[LOCATION|geo:Kununurra Family Practice]] | [[ADDRESS|geo:Shop 3, 92 Messmate Way, Kununurra WA 6743]] | Ph [[PHONE|phone:(08) 9168 0144]] Fax [[PHONE|fax:(08) 9168 0145]]\nDear Dr [[PERSON|name:Oyelaran]], thank you for seeing [[PERSON|name:Gloria Jinjair]], [[AGE|other:58]], of [[LOCATION|geo:Wyndham]], who travels in from [[LOCATION|geo:Kalumburu]] for appointments. Rheumatic heart disease, on monthly bicillin.\nKind regards, Dr [[PERSON|name:Tom Bishop]], provider no. [[ID|license:2449731F]]",
    "[[LOCATION|geo:Ullapool Medical Practice]]\nDear Colleague,\nRe: [[PERSON|name:Ewan Sutherland]], DOB [[DATE|date:08/10/1962]], [[ADDRESS|geo:Achiltibuie, Ullapool IV26 2YG]]\nThis crofter and part-time ferryman to the [[LOCATION|geo:Summer Isles]] has had exertional chest pain since [[DATE|date:January 2024]]. Yours sincerely, Dr [[PERSON|name:R. Khan]]",
    "To: [[LOCATION|geo:Billings Clinic]] Cardiology. From: [[LOCATION|geo:Lame Deer Health Center]], [[LOCATION|geo:Lame Deer]], MT. Re: [[PERSON|name:Darrell Two Bulls]], [[AGE|other:52]]. Please see for HFrEF, EF 30%. Referring NP [[PERSON|name:Sandra Whitewolf]], NPI [[ID|license:1487390025]], tel [[PHONE|phone:(406) 555-0143]].",
    "Kia ora [[PERSON|name:Mere]],\nCould you see [[PERSON|name:Kahurangi Paewai]], [[AGE|other:34]], who lives in [[LOCATION|geo:Upr Hutt]] and works at [[LOCATION|geo:Trentham Racecourse]] as a strapper. Recurrent shoulder dislocation. Whānau in [[LOCATION|geo:Hastings]], [[LOCATION|geo:Hawke's Bay]].\nNgā mihi, Dr [[PERSON|name:Paul Tane]]",
    "re: [[PERSON|name:jasmine o'connell]] dob [[DATE|date:3/3/88]]. lives [[LOCATION|geo:st albans]], works at the [[LOCATION|geo:sunshine hospital]] cafe. ?endometriosis, pls see. thx, [[PERSON|name:mike]]",
    "Re: [[PERSON|name:Harpreet Sandhu]], [[AGE|other:44]], from [[LOCATION|geo:Surrey]], BC, BC PHN [[ID|health_plan:9123 456 789]]. Referred by Dr [[PERSON|name:Liang]], [[LOCATION|geo:Fleetwood Medical Clinic]], to endocrinology for Cushing's work-up. Works shifts at [[LOCATION|geo:Port Mann]] toll operations.",
    "[[PERSON|name:Iris Black]], [[AGE|other:69]], of [[LOCATION|geo:Bathurst]]. Optometrist [[PERSON|name:Jenny Oakes]] noted iris neovascularisation and new black floaters OD. Please see urgently at [[LOCATION|geo:Sydney Eye Hospital]]. Diabetic, Hb 13.1.",
    "Mental Health Treatment Plan referral: [[PERSON|name:Mohammed Al-Hashimi]] ([[PERSON|name:Mo]]), [[AGE|other:24]], student at [[LOCATION|geo:Charles Sturt University]] in [[LOCATION|geo:Wagga Wagga]]. K10 32. Grew up in [[LOCATION|geo:Fairfield]], family now in [[LOCATION|geo:Lakemba]].",
    "[[LOCATION|geo:Wurli-Wurlinjang Health Service]], [[LOCATION|geo:Katherine]]. Re: [[PERSON|name:Rosalie Bush]], lives at [[LOCATION|geo:Beswick]] (also called [[LOCATION|geo:Wugularr]]), 110 km south-east. Bush medicine used for wounds; needs podiatry and diabetic foot review at [[LOCATION|geo:Katherine Hospital]].",
    "From: [[EMAIL|email:reception@thurlesfamilypractice.ie]]\nRe: [[PERSON|name:Seán Fogarty]], [[AGE|other:61]], farms at [[LOCATION|geo:Holycross]] outside [[LOCATION|geo:Thurles]]. Not fasting for bloods. Query polymyalgia, CRP 48. Referring GP Dr [[PERSON|name:Aoife Brennan]], IMC [[ID|license:412339]].",
    "Dear Dr [[PERSON|name:Ramanathan]], [[PERSON|name:Summer Hayes]], [[AGE|other:5]], attends [[LOCATION|geo:St Brigid's Primary]] in [[LOCATION|geo:Mt Barker]]. Mum [[PERSON|name:Jade]] reports snoring and pauses all summer. Brother [[PERSON|name:Hunter]] had T&As at [[LOCATION|geo:Flinders Medical Centre]].",
    "Dear Professor [[PERSON|name:Adeyemi]],\nI would be grateful if you would see Mr [[PERSON|name:Lachlan Hill]], [[AGE|other:47]], a shearer based at [[LOCATION|geo:Wilcannia]] who works stations up past [[LOCATION|geo:Tilpa]]. Hill walking now limited by claudication.\nRegards,\n[[PERSON|name:Georgina Pratt]] (GP), [[LOCATION|geo:Bourke Medical Centre]]",
]

NURSING_SHORTHAND = [
    "0200 obs stable. mrs [[PERSON|name:tan]] settled. rang dtr [[PERSON|name:mei]] re ?d/c tmrw. nok lives [[LOCATION|geo:box hill]]. bed 14 pressure areas intact.",
    "pt AAOx3, mobilising w 4WW. wife [[PERSON|name:bev]] rang from [[LOCATION|geo:warrnambool]] [[PHONE|phone:0491 570 110]]. RN [[PERSON|name:grace]] to call back after ward rounds.",
    "handover: [[PERSON|name:Sione]] (bed 3), tongan, family from [[LOCATION|geo:Nuku'alofa]] + [[LOCATION|geo:Otahuhu]]. NBM for theatre, IVT 125 ml/hr. uncle [[PERSON|name:Tevita]] is spokesperson.",
    "pt grew up in [[LOCATION|geo:cooktown]], now lives [[LOCATION|geo:atherton]]. ?parkinson's, tremor R hand. BGL 7.8. refused evening meds, d/w RMO.",
    "NOK: [[PERSON|name:BROWN, Rose]] (sis) [[PHONE|phone:(07) 5550 4471]]. temp rose to 38.9 @ 2200, brown urine ++, MSU sent, paracetamol 1 g given.",
    "mr [[PERSON|name:ah-kee]] from [[LOCATION|geo:thursday island]], flight home to [[LOCATION|geo:cairns]] then TI tmrw. PICC removed, tip intact.",
    "falls risk. pt wandered off ward, found by security near ED. lives alone [[LOCATION|geo:mt druitt]]. bed alarm on. neighbour [[PERSON|name:faisal]] has key.",
    "IDC in situ, draining clear. son [[PERSON|name:jayden]] + [[PERSON|name:tayla]] visited. fam driving back to [[LOCATION|geo:dubbo]] tonight via [[LOCATION|geo:gilgandra]].",
    "pt [[PERSON|name:Abdirahman]] fasting (ramadan), d/w dietitian. somali interpreter booked [[DATE|date:18/03]] 1000. wife [[PERSON|name:Hodan]] in [[LOCATION|geo:Flemington]] flats.",
    "pt states 'im from [[LOCATION|geo:bundaberg]] but lived [[LOCATION|geo:hervey bay]] 20 yrs'. hx MI 2015. BGL 11.2, novorapid 4u given.",
    "[[PERSON|name:Lachie]] from [[LOCATION|geo:kangaroo island]] ([[LOCATION|geo:kingscote]]), ferry via [[LOCATION|geo:cape jervis]] tues [[DATE|date:4/6]]. wound clean, steris intact.",
    "night: mr [[PERSON|name:Bull]] confused, calling for [[PERSON|name:Marg]]. says he's at the farm '[[LOCATION|geo:Ridgeview]]' out [[LOCATION|geo:Murrumbateman]]. CAM +ve. 1:1 special.",
]

PHARMACY = [
    "Rx for [[PERSON|name:Kostas Dimitriou]], [[ADDRESS|geo:8 Jephson St, Toowong QLD 4066]]. Medicare [[ID|health_plan:5512 38841 2]]. Prescriber Dr [[PERSON|name:Huang]], prescriber no. [[ID|license:0449812]]. PBS item 2622B metformin XR 1 g, 120 tabs, repeats 5.",
    "Veteran [[PERSON|name:Len Major]], DVA Gold [[ID|health_plan:QX123456]]. Webster pack delivery to [[ADDRESS|geo:Unit 2, 41 Nind St, Southport QLD 4215]]. No major interactions flagged; apixaban 5 mg BD continues.",
    "[[LOCATION|geo:Boots Inverness]] - EPS script for [[PERSON|name:Fiona Grant]], NHS no. [[ID|health_plan:721 384 6650]]. Collected by partner [[PERSON|name:Stuart]]. Lives [[LOCATION|geo:Drumnadrochit]]; delivery van comes out Tuesdays.",
    "ODP dosing, [[LOCATION|geo:Mildura Amcal]]. Client [[PERSON|name:Shane]] (DOB [[DATE|date:22/08/1985]]) requests takeaways for travel to [[LOCATION|geo:Robinvale]] for grape picking. Methadone 60 mg. Prescriber Dr [[PERSON|name:Karakas]] approved 2 TADs.",
    "Rx #[[ID|other:6613902]] filled at [[LOCATION|geo:Walgreens Flagstaff]] for [[PERSON|name:Naomi Begay]], [[ADDRESS|geo:2210 N Fort Valley Rd, Flagstaff, AZ 86001]]. Prescriber DEA [[ID|license:BK1234563]]. Lisinopril 10 mg #90.",
    "[[LOCATION|geo:Unichem Kaiapoi]]: blister packs for Mrs [[PERSON|name:Ngaire Tipene]], NHI [[ID|health_plan:PRX3914]], moved from [[LOCATION|geo:Rangiora]] to [[LOCATION|geo:Pines Beach]]. Ph [[PHONE|phone:03 555 0177]].",
    "[[LOCATION|geo:Shoppers Drug Mart Whitehorse]]. Patient [[PERSON|name:Colton McKay]] from [[LOCATION|geo:Carcross]]; Yukon health care [[ID|health_plan:002-457-119]]. Insulin glargine 100 U/mL, pens x5.",
    "Compounded omeprazole suspension 2 mg/mL for infant [[PERSON|name:Oliver Tuipulotu]], DOB [[DATE|date:02/01/2024]]. Mum [[PERSON|name:Losana]] collecting. Hospital: [[LOCATION|geo:Starship Children's]]. MRN [[ID|mrn:3394018]].",
    "Called Dr [[PERSON|name:Van der Merwe]] at [[LOCATION|geo:Riverside Medical]] in [[LOCATION|geo:Echuca]] re duplicate rosuvastatin. Pt [[PERSON|name:Heather Riverside]] confirmed she stopped atorvastatin. Riverside clinic fax [[PHONE|fax:(03) 5550 9120]].",
    "Inpatient pharmacy, Ward 4 bed 12. MRN [[ID|mrn:W8844107]]. [[PERSON|name:Gurpreet Kaur]], [[AGE|other:72]]. Vancomycin trough 14.2. Chart reviewed by [[PERSON|name:Ashleigh]] (pharmacist).",
    "Reminder SMS sent to [[PHONE|phone:0491 570 313]]: 'Hi [[PERSON|name:Daisy]], your script is ready at [[LOCATION|geo:Capital Chemist Kambah]].' Customer account [[ID|account:CC-0081273]].",
    "Clozapine dispensing for [[PERSON|name:Wojciech Nowakowski]] from [[LOCATION|geo:Morwell]]. ANC 3.1, OK to supply. Home visit by pharmacist [[PERSON|name:Ebony]] to [[ADDRESS|geo:17 Buckley St, Morwell VIC 3840]] on [[DATE|date:19 Feb]].",
]

TELEHEALTH = [
    "Telehealth (video). Pt joining from [[LOCATION|geo:Lightning Ridge]], clinician at [[LOCATION|geo:Dubbo Base Hospital]]. Link [[URL|url:https://vc.westernhealth.example/room/wr-88213]] dropped twice, completed by phone on [[PHONE|phone:0491 570 202]].",
    "Session log: client IP [[IP|ip:203.0.113.47]], user [[EMAIL|email:t.hollow@btinternet.com]]. [[PERSON|name:Tamsin Hollow]] at home in [[LOCATION|geo:Penzance]]; husband [[PERSON|name:Jago]] present. Hollow feeling in chest, ECG at [[LOCATION|geo:West Cornwall Hospital]] arranged.",
    "Phone review, pt on [[LOCATION|geo:Lord Howe Island]] visiting daughter [[PERSON|name:Kirra]]. Normally lives [[LOCATION|geo:Port Macquarie]]. BP 142/88 on home cuff. Continue perindopril 5 mg.",
    "Video consult: [[PERSON|name:Eilidh Nicolson]] joining from staffroom at [[LOCATION|geo:Portree High School]], [[LOCATION|geo:Skye]]. Migraine diary reviewed; start propranolol 10 mg BD.",
    "Pt on [[LOCATION|geo:Stewart Island]], in [[LOCATION|geo:Oban]]; connection via clinic satellite. Nurse [[PERSON|name:Ruth]] present. Wound pain 3/10, no fever. Resume normal activity [[DATE|date:1 Aug]].",
    "Telehealth from [[LOCATION|geo:Hay River]], NWT to [[LOCATION|geo:Royal Alexandra Hospital]], [[LOCATION|geo:Edmonton]]. Participant IP [[IP|ip:198.51.100.23]]. [[PERSON|name:Kenny Beaulieu]] reports stool improving on mesalazine.",
    "Zoom from [[LOCATION|geo:Bethel]], AK clinic with CHA [[PERSON|name:Martha Nanuk]]. Patient [[PERSON|name:Joseph Andrew]], [[AGE|other:12]], from [[LOCATION|geo:Toksook Bay]]. Otitis media, amoxicillin 90 mg/kg/day.",
    "Summary emailed to pt at [[EMAIL|email:amelia.wong88@gmail.com]] and to GP practice [[LOCATION|geo:Carlton Family Medical]]. Pt travelling to [[LOCATION|geo:Queenstown]] for work from [[DATE|date:20 Oct]].",
    "Interpreter (Dari) on conference line. [[PERSON|name:Zahra Rahimi]] in [[LOCATION|geo:Dandenong]]. Child [[PERSON|name:Mustafa]] has fevers; advised to attend [[LOCATION|geo:Monash Children's]] ED if persists.",
    "Patient portal message via [[URL|url:https://portal.mlgclinic.example/messages/4471902]]. Reply from [[PERSON|name:Craig Hunter]]: 'back in [[LOCATION|geo:Tamworth]] now'. Bushfire smoke last week, wheeze; salbutamol PRN.",
    "Video call dropped from client device at [[IP|ip:2001:db8:44::1a7]]. [[PERSON|name:Bronwyn]] called back from [[LOCATION|geo:Cowra]]; parents in [[LOCATION|geo:Canowindra]]. PHQ-9 14.",
    "Phone consult with [[PERSON|name:Aisling Murphy]] at her workplace, [[LOCATION|geo:Kerry Airport]] near [[LOCATION|geo:Farranfore]]. Home [[ADDRESS|geo:V93 K2X4]]. Lab results from [[LOCATION|geo:University Hospital Kerry]] discussed: TSH 6.2.",
]

BILLING = [
    "Invoice [[ID|account:INV-2024-00871]] to [[PERSON|name:Margaret Oduya]], [[ADDRESS|geo:31 Bluegum Cres, Shepparton VIC 3630]]. MBS item 23 x1, item 11700 ECG. Medicare [[ID|health_plan:3307 41928 1]]. Paid by EFTPOS [[DATE|date:02/05/2024]].",
    "Claim rejected: member no. [[ID|health_plan:HCF 44910327]] for [[PERSON|name:Tevita Fifita]]. Provider [[LOCATION|geo:Ipswich Physio Centre]], provider no. [[ID|license:4471098J]]. Resubmit with item 10960.",
    "Statement for account [[ID|account:ACC-558219]]. Patient [[PERSON|name:Gerald Pryce-Jones]], [[ADDRESS|geo:Flat 2, 14 Mill Lane, Abergavenny NP7 5HE]]. Balance GBP 145.00 for private physio at [[LOCATION|geo:Nevill Hall]].",
    "EOB: [[PERSON|name:Luis Alvarado]], member ID [[ID|health_plan:XKW882041337]], employer group plan. Date of service [[DATE|date:04/17/2024]]. CPT 99213. Facility [[LOCATION|geo:Valley Regional Medical Center]], [[LOCATION|geo:Brownsville]], TX.",
    "Bulk-billed. [[PERSON|name:Kaylene White]] ([[AGE|other:59]]) from [[LOCATION|geo:Nhulunbuy]]. White cell count pathology billed under item 65070. DVA no. [[ID|health_plan:NX229183]].",
    "Acct [[ID|account:1044 7736]] (BSB on file) (direct debit, [[PERSON|name:Rangi Walker]]). Practice: [[LOCATION|geo:Kerikeri Medical]], [[LOCATION|geo:Bay of Islands]]. ACC claim [[ID|account:ACC40917721]].",
    "Payment plan for [[PERSON|name:Siobhan Kelleher]], [[ADDRESS|geo:5 Church View, Mallow, Co. Cork P51 R3H8]]. PPSN [[ID|ssn:8123456TA]]. Consultant fee for Dr [[PERSON|name:Brennan]], [[LOCATION|geo:Bon Secours Cork]].",
    "Invoice to employer [[LOCATION|geo:Roxby Downs]] site office for pre-employment medical, [[PERSON|name:Callum Reeve]]. SSN not collected. Job no. [[ID|account:OD-77120]]. Audiogram and spirometry (items 11300, 11506).",
    "Ambulance account [[ID|account:QAS-3318907]] for [[PERSON|name:Patricia Bloom]], transport [[LOCATION|geo:Gympie]] to [[LOCATION|geo:Nambour]]. Transport code T2, non-urgent. Concession card [[ID|health_plan:304 918 227K]].",
    "Patient [[PERSON|name:Dmitri Volkov]], SSN [[ID|ssn:412-58-7093]], [[ADDRESS|geo:48 Harbor View Dr, Bar Harbor, ME 04609]]. Balance USD 312.40, [[LOCATION|geo:Mount Desert Island Hospital]].",
    "OHIP [[ID|health_plan:4412-883-119-AB]]; [[PERSON|name:Jean-Luc Tremblay]], [[ADDRESS|geo:116 Rue Principale, Hawkesbury, ON K6A 1A1]]. OHIP fee code A007. Clinic [[LOCATION|geo:Hawkesbury General Hospital]].",
    "Gap fee refund to [[PERSON|name:Carmel Dunne]] by cheque no. [[ID|account:000418]], posted to [[ADDRESS|geo:PO Box 18, Birdsville QLD 4482]]. Item 36 consult at [[LOCATION|geo:Birdsville Primary Health Centre]].",
]

DEVICE_TELEMETRY = [
    "Remote transmission [[DATE|date:2024-03-18]] 02:14. Pacemaker SN [[DEVICE|device:PJN614782S]], firmware v4.2.1. Patient [[PERSON|name:Harold Finch]], [[AGE|date:91]], [[LOCATION|geo:Toorak Gardens]]. AP 84%, VP 2%, lead impedances stable.",
    "CGM alert: sensor [[DEVICE|device:G7-8KQ2MX]] on [[PERSON|name:Ella Moana]], [[AGE|other:14]], at [[LOCATION|geo:Whangarei Girls' High School]]. Glucose 3.1 mmol/L 11:40. Mum [[PERSON|name:Tania]] notified at [[PHONE|phone:027 555 0133]].",
    "ICD shock event. Device [[DEVICE|device:ICD S/N 41188729]] uploading from home hub IP [[IP|ip:192.0.2.118]]. [[PERSON|name:Bernard Kowalski]] in [[LOCATION|geo:Sudbury]], ON. VT at 214 bpm, ATP failed, 1 shock delivered.",
    "Insulin pump [[DEVICE|device:MMT-780G NG3384221H]] data upload. Pt [[PERSON|name:Ruby Clarke]] from [[LOCATION|geo:Pt Lincoln]] on the [[LOCATION|geo:Eyre Peninsula]]. TIR 71%. Algorithm v2.0.",
    "Home oximeter [[DEVICE|device:MOX-55102]] assigned to [[PERSON|name:Sunny Bajwa]], [[ADDRESS|geo:9 Harrow Rd, Leytonstone, London E11 3QF]]. Sats 95% on a sunny afternoon walk, drops to 86% overnight.",
    "Holter report. Recorder [[DEVICE|device:HLT-0099217]]. [[PERSON|name:Coral Reef-Watson]], from [[LOCATION|geo:Airlie Beach]], works on a boat out of [[LOCATION|geo:Shute Harbour]]. PAF burden 6%.",
    "CPAP compliance: device [[DEVICE|device:AirSense 11 SN 23221844991]]. [[PERSON|name:Keith Long]] uses 4.1 h/night, long mask leak. Modem IMEI [[DEVICE|device:356938035643809]]. Lives [[LOCATION|geo:Gisborne]].",
    "Loop recorder [[DEVICE|device:LNQ22-RLA771903]] for [[PERSON|name:Hannelore Fischer]] (moved from [[LOCATION|geo:Hahndorf]] to [[LOCATION|geo:Victor Harbor]]). Pause 4.2 s at 03:05 [[DATE|date:7 Sept]].",
    "Telemetry pack 12 on Ward 5 (CCU). Patient MRN [[ID|mrn:T0094431]], [[PERSON|name:Ahmed Siddiqui]]. Sinus rhythm 72. Pack battery replaced.",
    "Gateway [[IP|ip:10.44.2.17]] lost contact with cochlear processor [[DEVICE|device:CP1110-4821993]] for [[PERSON|name:Milly Brookes]], [[AGE|other:6]]. Family at [[LOCATION|geo:Bright]] for holidays; parents [[PERSON|name:Dan]] and [[PERSON|name:Kate]].",
    "Smart inhaler sensor [[DEVICE|device:HLX-3310-7781]] reports 9 reliever puffs. Pt [[PERSON|name:Connor O'Neill]], [[LOCATION|geo:Letterkenny]]. Air quality alert issued for the area.",
    "Remote monitoring portal [[URL|url:https://clinic.cardiolink.example/patients/77120]]. [[PERSON|name:Lorna Begg]] of [[LOCATION|geo:Nairn]]. CRT-D [[DEVICE|device:CRT-D SN RWX408812]]. BiV pacing 98%.",
]

RESEARCH_ENROLMENT = [
    "Participant [[ID|other:P5-014]] enrolled [[DATE|date:12/02/2024]] at [[LOCATION|geo:Alice Springs Hospital]] site. HREC/2023/QRBW/98123. ACTRN12623000456789. Consented by [[PERSON|name:Jess Ramsay]] (coordinator).",
    "Screening log: [[PERSON|name:Lowanna Simpson]], [[AGE|other:42]], from [[LOCATION|geo:Yuendumu]], eligible. Contact via clinic at [[LOCATION|geo:Yuendumu Clinic]]; no personal phone. Randomised to arm B.",
    "Study coordinator: Dr [[PERSON|name:Ngaio Parata]], [[EMAIL|email:ngaio.parata@otago.example.nz]]. Site: [[LOCATION|geo:Wairau Hospital]], [[LOCATION|geo:Blenheim]]. Participant [[ID|other:NZ-WAI-0033]] withdrew [[DATE|date:5 April]].",
    "Biobank: saliva kit linked to participant [[ID|other:BB-110473]]; fingerprint template [[ID|biometric:FP-22871-R]] stored for sample custody. [[PERSON|name:Colm Ó Dálaigh]], [[LOCATION|geo:Ennis]].",
    "Photo consent: full-face photograph [[ID|photo:IMG_FACE_0471]] taken for dysmorphology study. Child [[PERSON|name:Zara Mendes]], [[AGE|other:3]], from [[LOCATION|geo:Fall River]], MA. Down syndrome cohort, site 04.",
    "Eligibility check: [[PERSON|name:Alfred Grimshaw]], [[AGE|date:90]], [[LOCATION|geo:Whitby]]. Exclusion: age over 85 for arm A. Referred from [[LOCATION|geo:Whitby Community Hospital]]. NHS no. [[ID|health_plan:618 203 4471]].",
    "Recruitment poster at [[LOCATION|geo:Dalby Hospital]]. Enquiry from [[PERSON|name:Bec]] ([[PHONE|phone:0491 570 987]]) on a property '[[LOCATION|geo:Wongalee]]' out past [[LOCATION|geo:Jandowae]]. Sent PICF v3.1.",
    "CRF page 2: initials [[PERSON|name:K.M.T.]], study ID [[ID|other:SAFE-0219]], DOB [[DATE|date:14/07/1975]]. Site PI Prof [[PERSON|name:Osei]], [[LOCATION|geo:Royal Hobart Hospital]]. Visit window 28 +/- 3 days.",
    "Voice sample [[ID|biometric:VX-44182]] recorded for ALS speech study. Participant [[PERSON|name:Gordon McAllister]] travelled to [[LOCATION|geo:Glasgow]] from [[LOCATION|geo:Campbeltown]] on the [[LOCATION|geo:Kintyre]] peninsula.",
    "Enrolment via [[URL|url:https://redcap.example.edu/surveys/?s=K8P4XHT9]] by [[PERSON|name:Aanya Iyer]], [[AGE|other:31]], PhD student at [[LOCATION|geo:McGill University]], [[LOCATION|geo:Montréal]]. Grew up in [[LOCATION|geo:Mysuru]].",
    "Site list: [[LOCATION|geo:Orange Health Service]] (lead), [[LOCATION|geo:Bathurst Hospital]], [[LOCATION|geo:Parkes Hospital]]. Orange-flavoured placebo matched to active. Participants so far: 41.",
    "Follow-up missed [[DATE|date:3 Dec 2024]]. Participant [[ID|other:CAN-NL-017]] ([[PERSON|name:Ryan Penney]]) was out fishing off [[LOCATION|geo:Twillingate]]; mother [[PERSON|name:Maud]] took message at [[PHONE|phone:(709) 555-0182]].",
]

EU_CLINIC = [
    "[[LOCATION|geo:Klinikum Garmisch-Partenkirchen]], Innere Medizin. Patient [[PERSON|name:Jürgen Weißmüller]], geb. [[DATE|date:03.06.1951]], [[ADDRESS|geo:Bahnhofstraße 12, 82467 Garmisch-Partenkirchen]]. Versichertennr. [[ID|health_plan:K220481934]]. Hausarzt Dr. [[PERSON|name:Brandl]], [[LOCATION|geo:Mittenwald]].",
    "Consultation à la [[LOCATION|geo:Clinique du Parc]], [[LOCATION|geo:Périgueux]]. Mme [[PERSON|name:Éloïse Dufresne]], [[AGE|other:74]], habite [[LOCATION|geo:Sarlat-la-Canéda]]. NIR [[ID|ssn:2 49 07 24 322 018 45]]. Maladie de Parkinson, lévodopa 100 mg.",
    "Patiënt [[PERSON|name:Joost van der Berg]], BSN [[ID|ssn:204517389]], woont in [[LOCATION|geo:Hoorn]], werkt op [[LOCATION|geo:Texel]] (veerboot via [[LOCATION|geo:Den Helder]]). Huisarts [[PERSON|name:de Vries]]. Ziekte van Crohn.",
    "[[LOCATION|geo:Ospedale di Bressanone]]. Sig.ra [[PERSON|name:Giulia Colombo]], codice fiscale [[ID|ssn:CLMGLI68A41B160X]], da [[LOCATION|geo:Chiusa]]. Tel. [[PHONE|phone:+39 0472 555 019]]. Controllo il [[DATE|date:15/10/2024]].",
    "[[LOCATION|geo:Centro de Salud de Vejer de la Frontera]]. Vive a las afueras de [[LOCATION|geo:Barbate]]. Paciente [[PERSON|name:Manuel Jiménez Ortega]], [[AGE|other:66]], [[ADDRESS|geo:Calle Real 4, 11150 Vejer de la Frontera]]. Tarjeta sanitaria [[ID|health_plan:AND0123456789]].",
    "[[LOCATION|geo:Vårdcentralen Kiruna]]. [[PERSON|name:Sven Lindqvist]], personnummer [[ID|ssn:19550312-2471]], renskötare nära [[LOCATION|geo:Jukkasjärvi]]. Dotter [[PERSON|name:Ingrid]] tolkar.",
    "Pasient [[PERSON|name:Kari Nordby]] fra [[LOCATION|geo:Svolvær]] i [[LOCATION|geo:Lofoten]], innlagt [[LOCATION|geo:Nordlandssykehuset]] [[DATE|date:2. mai]]. Fastlege [[PERSON|name:Hansen]]. Hjerteinfarkt, PCI.",
    "Szpital w [[LOCATION|geo:Zakopanem]]. Pacjent [[PERSON|name:Wojciech Brzęczyszczykiewicz]], PESEL [[ID|ssn:55030101193]], z [[LOCATION|geo:Poronina]]. Żona [[PERSON|name:Halina]], tel. [[PHONE|phone:+48 18 555 0123]].",
    "Internal Medicine, [[LOCATION|geo:General Hospital of Chania]]. Patient [[PERSON|name:Giorgos Markakis]], [[AGE|other:70]], olive grower from [[LOCATION|geo:Kissamos]], brother [[PERSON|name:Manolis]] in [[LOCATION|geo:Paleochora]]. AMKA [[ID|ssn:12035003317]].",
    "Consulta no [[LOCATION|geo:Hospital de Faro]]. Sr. [[PERSON|name:João Ferreira]], [[AGE|other:57]], pescador em [[LOCATION|geo:Olhão]], vive na [[LOCATION|geo:Ilha da Culatra]]. Utente SNS [[ID|health_plan:298 114 552]].",
    "Ordination Dr. [[PERSON|name:Gruber]], [[ADDRESS|geo:Hauptplatz 3, 8970 Schladming]]. Patientin [[PERSON|name:Theresia Moser]], SVNR [[ID|ssn:1234 120368]], Sennerin auf der [[LOCATION|geo:Planai]]. E-Mail [[EMAIL|email:t.moser@aon.example.at]].",
    "[[LOCATION|geo:Sygehus Sønderborg]]. Patient [[PERSON|name:Mette Sørensen]], CPR [[ID|ssn:120458-1234]], fra [[LOCATION|geo:Als]]. Flyttet fra [[LOCATION|geo:Ærø]] i [[DATE|date:marts 2023]]. Nabo [[PERSON|name:Bent]] kører hende.",
]

STYLES: list[tuple[str, list[str]]] = [
    ("progress-note", PROGRESS_NOTE),
    ("discharge-summary", DISCHARGE_SUMMARY),
    ("gp-referral", GP_REFERRAL),
    ("nursing-shorthand", NURSING_SHORTHAND),
    ("pharmacy", PHARMACY),
    ("telehealth", TELEHEALTH),
    ("billing", BILLING),
    ("device-telemetry", DEVICE_TELEMETRY),
    ("research-enrolment", RESEARCH_ENROLMENT),
    ("eu-clinic", EU_CLINIC),
]


def main() -> None:
    print(f"{OUT.relative_to(ROOT)}: {write_styled(OUT, STYLES)} docs")


if __name__ == "__main__":
    main()
