"""Write the seventh hand-annotated redaction tuning probe.

Why: a fresh set written without looking at the engine, its rules or any earlier corpus, in a
deliberately messier voice than the templated notes: terse shorthand, typos, run-on sentences,
pasted email threads with headers, SMS and chat transcripts, dictation ("full stop new
paragraph"), forms and tables flattened to "key: value | key: value", log lines and JSON, and
European letters mixing English with German, Dutch, French, Italian, Spanish, Polish and Swedish.
It stresses names in awkward positions (sentence-initial, comma lists, possessives, initials,
lowercase, surname-first, names that are also words or places such as Jordan, Lincoln, Florence,
Georgia, Chelsea, Carter, Mason, Hunter, Parker and Sterling), rural and remote places across
every Australian state and territory plus NZ towns with macrons, UK villages, US towns and
European towns with diacritics, addresses with no street-type word, PO boxes and RMBs, dates in
words, ordinals, ranges and many national DOB formats, ages over 89 in words, and identifiers in
odd shapes: spaced or dotted digits, mixed letter-digit codes, IDs hyphen-split across a line
break (marked as two spans, the hyphen left out), IDs inside URLs and file paths, IPv6, MAC
addresses and bare serials in telemetry lines. Clinical look-alikes (drugs, doses, eponyms,
ward and bed numbers, MBS/ICD items, device model names, times, bare weekdays and years) are
left unmarked.
What: 125 notes, 12-13 in each of ten styles (progress-note, discharge-summary, gp-referral,
nursing-shorthand, pharmacy, telehealth, billing, device-telemetry, research-enrolment,
eu-clinic-letter); each identifier is marked inline as [[LABEL|category:text]] and
write_styled strips the markers into character-offset spans, one JSON document a line.
How to run:
    python scripts/make_probe7_corpus.py
"""

from pathlib import Path

from make_safe_harbor_suite import write_styled

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "corpus" / "redaction" / "probe7.jsonl"

PROGRESS_NOTE = [
    "0730 WR cons [[PERSON|name:Hunter]]. pt [[PERSON|name:Georgia Mason]] [[AGE|other:67]]F D3 post lap chole, "
    "tolerating diet, drain out. [[PERSON|name:Georgia]]'s husband [[PERSON|name:Lincoln]] rang ward ~2300 upset re "
    "parking at [[LOCATION|geo:Wagga Wagga Base Hospital]]. plan d/c tmrw if LFTs settle. URN [[ID|mrn:0044-1817]]",
    "Seen by [[PERSON|name:Patel]], [[PERSON|name:Okoro]] and [[PERSON|name:Lindqvist]] on ward round "
    "[[DATE|date:Tues 4/3]]. Pt (Mr [[PERSON|name:Aldous Ferreira-Nunes]], [[AGE|other:81]]) confused overnight, "
    "pulled IVC x2. Collateral from son [[PERSON|name:Sterling]] on [[PHONE|phone:0417 332 908]] - baseline indep, "
    "lives alone on [[ADDRESS|geo:The Esplanade]] in [[LOCATION|geo:Sandgate]]. Sepsis screen neg. CAM pos. "
    "Cont haloperidol 0.5mg prn, review Thurs.",
    "dictated by Dr [[PERSON|name:Chelsea Okafor]] full stop new paragraph this [[AGE|other:74]] year old man from "
    "[[LOCATION|geo:Cobar]] was reviewed today the [[DATE|date:twelfth of March]] comma he remains short of breath on "
    "minimal exertion full stop new paragraph plan repeat echo at [[LOCATION|geo:Dubbo Base Hospital]] comma GP "
    "Dr [[PERSON|name:Kwame Asante]] to be cc'd full stop MRN [[ID|mrn:7 7 1 0 4 2 9]] end of dictation",
    "ICU night note 02:15 - Bed 7. [[PERSON|name:Jordan Whitlock-Baird]] (URN [[ID|mrn:3390271]]) ventilated, "
    "FiO2 0.4, PEEP 8. Parents [[PERSON|name:Florence]] and [[PERSON|name:Dale Whitlock-Baird]] at bedside, drove in "
    "from [[LOCATION|geo:Yarram]] tonight, staying at [[LOCATION|geo:Ronald McDonald House Parkville]]. "
    "Noradrenaline 0.08 mcg/kg/min. For CT head AM. Discussed w Dr [[PERSON|name:Nakamura-Lowe]] (reg).",
    "pt states she is [[AGE|date:ninety-three]] 'and a half thank you'. Lives w daughter [[PERSON|name:Carter]] "
    "(yes, thats her name) at [[ADDRESS|geo:4 Wattle Gully Rd Chewton VIC 3451]]. DOB [[DATE|date:02/09/1930]] per "
    "old chart but pt insists 1931. Hb 98. Plan: OT home visit, cc [[LOCATION|geo:Castlemaine Health]].",
    "Addendum to note of [[DATE|date:14-Mar-2024]] (wrong pt - entry belonged to [[PERSON|name:Parker, Nathaniel]] "
    "UR [[ID|mrn:00918832]], see correct file). Riskman [[ID|other:IR-2024-04417]] lodged. Apologies. "
    "[[PERSON|name:J. O'Connell]] RN 2",
    "Surg reg note. [[PERSON|name:Mason]] ([[AGE|other:48]]M) from [[LOCATION|geo:Tennant Ck]] for ?appendix, RFDS "
    "retrieved to [[LOCATION|geo:Alice Springs Hospital]] [[DATE|date:11/03]] 0340. WCC 17. To theatre. Consent "
    "witnessed by [[PERSON|name:AB Singh]]. Mother [[PERSON|name:Hine Te Awa]] contact "
    "[[PHONE|phone:0408 771 265]] (staying in [[LOCATION|geo:Alice]]).",
    "Physio: mobilised 20m w 4WW, SBA. Pt keen to get home to the farm past [[LOCATION|geo:Gundagai]] before "
    "shearing. Son ([[PERSON|name:Hunter]]) can pick up [[DATE|date:Fri 15th]]. Pain 3/10. [[PERSON|name:Hunter]] "
    "also asking re Centrelink forms - SW referral made ([[PERSON|name:Rosalind Mbeki-Tran]]).",
    "reviewed again pm pt now saying she wants to go back to [[LOCATION|geo:Nhulunbuy]] tomorrow against advice her "
    "sister [[PERSON|name:Lorraine Batjula]] has been ringing the ward all day on [[PHONE|phone:08 8987 4410]] and "
    "the interpreter (Yolŋu Matha) booked for [[DATE|date:Monday 18 March]] 10am through "
    "[[LOCATION|geo:Gove District Hospital]] liaison, MRN is [[ID|mrn:62-00417]] at [[LOCATION|geo:RDH]]",
    "Psych liaison: [[AGE|other:29]]yo nb pt (they/them) known to [[LOCATION|geo:Headspace Bunbury]], presented "
    "after OD of paracetamol ~20g. Flatmate [[PERSON|name:Sienna]] found them, called 000 from "
    "[[ADDRESS|geo:17 Koombana Dr, Bunbury]]. Safety plan done. Case mgr [[PERSON|name:Dakota Reyes-Whitfield]] "
    "[[PHONE|phone:0499 120 556]]. ED arrival [[DATE|date:7th April]].",
    "Med reg cover: called re hypoK 2.9 in bed 22 ([[PERSON|name:Tavita Leaupepe]], [[AGE|other:58]]). Replaced IV "
    "KCl 20mmol. Note pt hep B pos - pls see Dr. [[PERSON|name:Sorensen]]'s letter from "
    "[[LOCATION|geo:Hobart Clinic]] dated [[DATE|date:30.01.24]]. Nxt of kin wife [[PERSON|name:Mele]] at "
    "[[ADDRESS|geo:3/88 Invermay Rd Invermay TAS 7248]].",
    "Anaesthetic pre-op: [[AGE|other:66]]M, BMI 41, OSA on CPAP (ResMed AirSense 10 s/n "
    "[[DEVICE|device:23191844570]]). Previous GA at [[LOCATION|geo:St John of God Geraldton]] 2019 uneventful. "
    "Allergies nil. Wife [[PERSON|name:Dawn Pettigrew-Ho]] to bring CPAP in. Pt phone "
    "[[PHONE|phone:+61 8 9964 2271]].",
]

DISCHARGE_SUMMARY = [
    "DISCHARGE SUMMARY | Patient: [[PERSON|name:WOODWARD, Lincoln James]] | URN: [[ID|mrn:1120 4471]] | DOB: "
    "[[DATE|date:19/07/1948]] | Admitted: [[DATE|date:02/03/2024]] | Discharged: [[DATE|date:09/03/2024]] | Ward 6A | "
    "Consultant: Dr [[PERSON|name:F. Iannelli]] | GP: Dr [[PERSON|name:Georgia Sterling]], "
    "[[LOCATION|geo:Mudgee Medical Centre]], fax [[PHONE|fax:(02) 6372 0981]] | Dx: CAP, AKI stage 1",
    "Principal diagnosis: NSTEMI (I21.4). Mrs [[PERSON|name:Ngaire Tāwhiri-Beckett]], [[AGE|other:77]], of "
    "[[LOCATION|geo:Whakatāne]] was transferred from [[LOCATION|geo:Whakatāne Hospital]] to "
    "[[LOCATION|geo:Waikato Hospital]] on [[DATE|date:3rd February]] for angiography (DES to LAD x1). NHI "
    "[[ID|health_plan:ZKW4471]]. F/u Cardiology OPD 6 weeks. Meds: aspirin 100mg, ticagrelor 90mg BD, "
    "atorvastatin 80mg.",
    "Results on discharge - Date | Test | Value - [[DATE|date:11/3]] | Hb | 102 - [[DATE|date:12/3]] | Hb | 108 - "
    "[[DATE|date:12/3]] | Cr | 91. Pt ([[PERSON|name:Samira Haddad-Lund]], URN [[ID|mrn:88-31-402]]) discharged to "
    "daughter [[PERSON|name:Florence]]'s home at [[ADDRESS|geo:22 Kingsway, Glen Waverley VIC 3150]], daughter's "
    "landline [[PHONE|phone:9594 7110]].",
    "Discharge summary (copy pasted from eMR formatting lost) Patient Name [[PERSON|name:Desmond Aboagye]] Age "
    "[[AGE|date:90]] Sex M MRN [[ID|mrn:550091237]] Admission date [[DATE|date:Sunday 25 February 2024]] Discharge "
    "date [[DATE|date:Friday 1 March 2024]] Discharging clinician [[PERSON|name:Chelsea Brandt]] (RMO) Destination "
    "Residential aged care [[LOCATION|geo:Bethany Lodge]] [[LOCATION|geo:Kapunda]] SA",
    "Pt self-discharged 2315 hrs [[DATE|date:16/3/24]] against medical advice. Pt [[PERSON|name:Shane Kerrigan]], "
    "[[AGE|other:34]], no fixed address (last known [[ADDRESS|geo:PO Box 91, Roebourne WA 6718]]). Advised re risk "
    "of hepatic decompensation. Letter to GP Dr [[PERSON|name:Ngozi Achebe-Flint]] at "
    "[[LOCATION|geo:Karratha Health Campus]]. Police (Constable [[PERSON|name:Mason Drury]], badge "
    "[[ID|other:44017]]) present in ED.",
    "Discharge - Paeds. Baby of [[PERSON|name:Tayla Rostron]] (Baby Girl [[PERSON|name:Rostron]]), born "
    "[[DATE|date:28/02/2024]] at [[LOCATION|geo:Bairnsdale Regional Health Service]] 34+2 wks, transferred to "
    "[[LOCATION|geo:Monash Children's]] for CPAP, now home to [[LOCATION|geo:Lakes Entrance]] day 14. Newborn MRN "
    "[[ID|mrn:30017]]-\n[[ID|mrn:882]] (label printed split). Mum mob [[PHONE|phone:0438 002 117]]. MCHN "
    "[[LOCATION|geo:Lakes Entrance]] notified.",
    "Discharge from Acute Mental Health Unit, [[LOCATION|geo:Lyell McEwin Hospital]]. Patient: "
    "[[PERSON|name:Tobias Vasquez-Henning]] ([[PERSON|name:Toby]]). DOB [[DATE|date:1990-11-23]]. Next appt with "
    "community MH team at [[LOCATION|geo:Elizabeth]] on [[DATE|date:Wed 20/3]] at 2pm with [[PERSON|name:Jordan]] "
    "(case manager). Medicare [[ID|health_plan:2953 71840 1]]. Crisis plan given, copy to mother "
    "([[PERSON|name:Ileana]]) by email [[EMAIL|email:ileana.vh@outlook.com]].",
    "Ms [[PERSON|name:Marguerite Delacroix-Oyelaran]], aged [[AGE|date:ninety-one]], admitted from "
    "[[LOCATION|geo:Mount Gambier]] with #NOF L after fall at home "
    "([[ADDRESS|geo:RSD 212 Glenburnie Rd, Glenburnie SA 5291]]). [[PERSON|name:Marguerite]]'s daughter "
    "[[PERSON|name:Phoebe]] (EPOA) in [[LOCATION|geo:Adelaide]]. Hemiarthroplasty [[DATE|date:5/3]] by Mr "
    "[[PERSON|name:Tremaine Ostrowski]]. D/c to [[LOCATION|geo:Mt Gambier Private Hospital]] rehab "
    "[[DATE|date:13/3]].",
    "discharge summary dictated by [[PERSON|name:Hunter Lowry]] registrar for Professor "
    "[[PERSON|name:Ines Carvalho]] full stop patient [[PERSON|name:Reuben Tkachenko]] date of birth "
    "[[DATE|date:fourth of July nineteen fifty-two]] comma hospital number "
    "[[ID|mrn:four four zero one nine eight two]] full stop admitted with decompensated cirrhosis comma "
    "discharged to [[LOCATION|geo:Ballarat Base Hospital]] for ongoing care full stop",
    "Discharge - Haem. Dx AML (C92.0). Cycle 1 7+3 completed at [[LOCATION|geo:Townsville University Hospital]] "
    "[[DATE|date:12-19 Feb]]. Pt ([[PERSON|name:Keanu Fonoti]], [[AGE|other:23]]) returns to "
    "[[LOCATION|geo:Mt Isa]], shared care w [[LOCATION|geo:Mount Isa Hospital]]. Groshong PICC in situ, serial "
    "[[DEVICE|device:4412-KB-0097]]. Dad [[PERSON|name:Sione]] on [[PHONE|phone:0427 551 009]]; pt email "
    "[[EMAIL|email:keanu.fonoti23@gmail.com]].",
    "SUMMARY - Obstetrics, [[LOCATION|geo:Wellington Regional Hospital]]. G2P2. SVD 09:42 on "
    "[[DATE|date:Saturday 2 March]]. Baby [[PERSON|name:Lincoln]], 3.4kg. Mum [[PERSON|name:Aroha Pene-Whitfield]] "
    "(NHI: [[ID|health_plan:PLD 1192]]) discharged day 2 to [[LOCATION|geo:Ōtaki]] with LMC midwife "
    "[[PERSON|name:Georgia Lam]] (contact [[PHONE|phone:021 448 2290]]). Anti-D not required.",
    "DISCHARGE INSTRUCTIONS - Pt: [[PERSON|name:Chelsea Dubrovnik-Hale]] DOB [[DATE|date:11/03/1961]] (MM/DD/YYYY) "
    "MRN: [[ID|mrn:E-00448217]]. F/u w/ Dr. [[PERSON|name:Parker]] at [[LOCATION|geo:Bozeman Health Deaconess]], "
    "[[ADDRESS|geo:915 Highland Blvd, Bozeman, MT 59715]], ph [[PHONE|phone:(406) 555-0192]]. Rx sent to "
    "[[LOCATION|geo:Gallatin Drug]], [[LOCATION|geo:Belgrade]] MT.",
]

GP_REFERRAL = [
    "From: Dr [[PERSON|name:Mason Albright]] <[[EMAIL|email:mason.albright@kyabramclinic.com.au]]>\n"
    "Sent: [[DATE|date:Tuesday, 5 March 2024]] 4:12 PM\n"
    "To: Outpatient Bookings ([[LOCATION|geo:Shepparton]]) <[[EMAIL|email:referrals@shepp-ops.org.au]]>\n"
    "Subject: RE: referral - [[PERSON|name:TRAN Thi Hoa]] URN [[ID|mrn:551204]]\n\n"
    "Hi team, resending as per phone call. Mrs [[PERSON|name:Tran]] (DOB [[DATE|date:14.08.1956]]) lives at "
    "[[LOCATION|geo:Kyabram]], ongoing iron deficiency ?colonoscopy. Her son [[PERSON|name:Jordan]] will drive. "
    "Thanks [[PERSON|name:Mason]]",
    "Dear Dr [[PERSON|name:Lindqvist]],\nRe: [[PERSON|name:Kaiah Beaumont-Ruiz]], DOB [[DATE|date:3/12/2008]], "
    "[[ADDRESS|geo:41 Yarrawonga St Corowa NSW 2646]], Medicare [[ID|health_plan:4127 90132 2]].\n"
    "Thank you for seeing this [[AGE|other:15]] yo with ?coeliac - TTG 128. Mum [[PERSON|name:Georgia]] works night "
    "shift at the [[LOCATION|geo:Albury]] abattoir, best on mobile [[PHONE|phone:0412 887 310]]. Kind regards, "
    "Dr [[PERSON|name:A. Nwachukwu]], [[LOCATION|geo:Corowa Family Practice]], Provider No. "
    "[[ID|license:2447190K]]",
    "REFERRAL | To: Cardiology, [[LOCATION|geo:Royal Hobart Hospital]] | From: Dr [[PERSON|name:Sunil Raghavan]] | "
    "Practice: [[LOCATION|geo:Smithton Medical Centre]], [[ADDRESS|geo:14 Nelson St Smithton TAS 7330]] | Prov: "
    "[[ID|license:4471206T]] | Pt: [[PERSON|name:Hunter, Eileen]] | DOB: [[DATE|date:1939-05-17]] | Age: "
    "[[AGE|other:84]] | Phone: [[PHONE|phone:03 6452 0193]] | Urgency: Cat 2 | Reason: AF new, CHA2DS2-VASc 4",
    "dear doc pls see [[PERSON|name:jordan mckenzie]] [[AGE|other:19]] yr old aprentice from "
    "[[LOCATION|geo:Mooroopna]] w/ L knee injury at work (footy?) , mri at "
    "[[LOCATION|geo:Goulburn Valley Imaging]] showed ACL tear. Workcover claim no. [[ID|other:WC-0091-44871]]. his "
    "boss (Mr [[PERSON|name:Carter]]) happy for time off. thx Dr [[PERSON|name:Tamsin Oduya]]",
    "Dear Colleague, Re: Mrs [[PERSON|name:Florence Abernethy-Ward]] (NHS No. [[ID|health_plan:917 204 6638]]), "
    "[[ADDRESS|geo:Rose Cottage, Church Lane, Great Snoring, Fakenham NR21 0AJ]]. This [[AGE|other:88]]-year-old "
    "lady was seen at [[LOCATION|geo:Wells Cottage Hospital]] on the [[DATE|date:12th Jan]] with a TIA. Yours "
    "sincerely, Dr [[PERSON|name:P. Okoro]], [[LOCATION|geo:Holt Medical Practice]], GMC [[ID|license:7044128]]",
    "Referral - psychology MHCP. Pt [[PERSON|name:Declan Moriarty]] [[AGE|other:36]]M, MHTP (MBS 2715) completed "
    "[[DATE|date:21/2/24]]. Lives [[LOCATION|geo:Kununurra]], FIFO to [[LOCATION|geo:Argyle]] previously. Prefers "
    "telehealth. Email [[EMAIL|email:declan.moriarty.86@bigpond.com]]. Mob [[PHONE|phone:0448 210 339]]. "
    "Referring GP: Dr [[PERSON|name:Ruth Galloway-Nkemelu]], "
    "[[LOCATION|geo:Ord Valley Aboriginal Health Service]].",
    "HealthLink msg [[DATE|date:09/03]] 11:04 >> to: obs&gyn clinic [[LOCATION|geo:wodonga]] >> re: "
    "[[PERSON|name:chelsea p.]] (DOB [[DATE|date:22-01-1996]]), G1 12/40, BSL 9.4 on GTT, pls expedite. ph pt "
    "[[PHONE|phone:0401 223 876]]. from: dr [[PERSON|name:h. sterling]], [[LOCATION|geo:baranduda family med]]",
    "letter to Dr [[PERSON|name:Abimbola Fashola]] comma Oncology comma "
    "[[LOCATION|geo:Sir Charles Gairdner Hospital]] new paragraph dear [[PERSON|name:Abimbola]] comma thank you for "
    "seeing Mr [[PERSON|name:Gerard Whitcombe]] comma date of birth "
    "[[DATE|date:twenty-first of October nineteen forty-four]] comma of "
    "[[ADDRESS|geo:Lot 17 Great Eastern Highway]] comma [[LOCATION|geo:Merredin]] full stop he worked at the "
    "[[LOCATION|geo:Merredin]] CBH bin for forty years full stop his wife [[PERSON|name:Ngaire]] can be reached on "
    "[[PHONE|phone:nine zero four one two two eight seven]] full stop",
    "Kia ora Dr [[PERSON|name:Parata]], referring [[PERSON|name:Wiremu Hohaia]] (NHI [[ID|health_plan:MKT8820]]), "
    "[[AGE|other:61]], from [[LOCATION|geo:Kaikōura]], T2DM w eGFR 38, pls see in renal clinic at "
    "[[LOCATION|geo:Christchurch Hospital]]. Lives [[ADDRESS|geo:1187 State Highway 1, Hāpuku, Kaikōura]]. Whānau "
    "contact: moko [[PERSON|name:Tama]] on [[PHONE|phone:027 551 3094]]. Ngā mihi, Dr "
    "[[PERSON|name:Amelia Tuhiwai]], [[LOCATION|geo:Kaikōura Health Te Hā o Te Ora]]",
    "Referral to Neurology - Patient: [[PERSON|name:Parker Hollis]], [[AGE|other:57]] y/o M, DOB "
    "[[DATE|date:04/22/1966]]. Insurance: BlueCross member ID [[ID|health_plan:XJQ882104471]]. Address: "
    "[[ADDRESS|geo:221 Old Ferry Rd, Paducah, KY 42001]]. Referring: [[PERSON|name:Jamal Whitaker-Boone]] MD, NPI "
    "[[ID|license:1740288913]].",
    "G'day [[PERSON|name:Sione]] - can u squeeze in Mrs [[PERSON|name:Lee]] ([[PERSON|name:Esther Lee-Mabuza]]) for "
    "derm? lesion L cheek, photo attached: [[ID|photo:lee_esther_cheek_0312.jpg]]. She's in "
    "[[LOCATION|geo:Cooktown]] till end of month then back to [[LOCATION|geo:Atherton]]. DOB "
    "[[DATE|date:7 Aug 1950]]. Cheers, [[PERSON|name:Bron]] (Dr [[PERSON|name:Bronwyn Hatzis]], "
    "[[LOCATION|geo:Cooktown MPHS]])",
    "Re: [[PERSON|name:Sterling Achterberg]], [[AGE|other:70]], DVA Gold Card [[ID|health_plan:QX409173]], of "
    "[[ADDRESS|geo:6 Bowen Tce, Bowen QLD 4805]]. Worsening dyspnoea ?ILD, ex-asbestos worker at "
    "[[LOCATION|geo:Wittenoom]] in the 60s. Please see at [[LOCATION|geo:Mackay Base Hospital]]. Ph "
    "[[PHONE|phone:07 4786 1203]].",
    "Re: Mr [[PERSON|name:Lincoln Haversham-Boyd]], [[AGE|other:46]], of "
    "[[ADDRESS|geo:2 Main Street, Wetwang, Driffield YO25 9XR]], previously under "
    "[[LOCATION|geo:Lincoln County Hospital]] for Crohn's. Currently staying w sister in "
    "[[LOCATION|geo:Busselton]] until [[DATE|date:30 June]]; needs script for azathioprine 100mg. NHS "
    "[[ID|health_plan:702 391 4485]].",
]

NURSING_SHORTHAND = [
    "0600 obs stable. pt (mrs [[PERSON|name:k. nguyen]]) slept well, PU x2, BNO. husb [[PERSON|name:tuan]] rang 0545 "
    "?visiting - told 10am. PAC site clean. BSL 7.2. UR [[ID|mrn:4410 982]] - RN [[PERSON|name:lindqvist]] / EN "
    "[[PERSON|name:chelsea]]",
    "ISBAR handover bed 12: S - [[AGE|other:81]]yo M fall at home [[LOCATION|geo:Merimbula]], ?#rib. B - lives "
    "alone, dtr [[PERSON|name:Georgia]] in [[LOCATION|geo:Bega]] (rings daily ~6pm [[PHONE|phone:0428 330 190]]). "
    "A - sats 93% RA, pain 6/10. R - ortho r/v, dtr aware. UR [[ID|mrn:22.14.88.09]]",
    "pt agitated o/n ++ calling out for '[[PERSON|name:Jordan]]' (grandson per nok). gave prn. BP 168/92. refused "
    "0600 meds. [[PERSON|name:mason]] (AIN) 1:1 from 0200. family (dau [[PERSON|name:Rosa Petrakis-Ng]] "
    "[[PHONE|phone:0402 119 774]]) to be called at 0700. Code grey 0315 - security officer "
    "[[PERSON|name:Tuiasosopo]] attended.",
    "wound care: sacral PI stg 3, photo taken & uploaded to \\\\fs02\\woundphotos\\[[ID|mrn:URN0771452]]\\"
    "[[ID|photo:sacrum_0771452_20240311.jpg]]. dressing mepilex. next due [[DATE|date:13/3]]. pt (Mr "
    "[[PERSON|name:Ahmad Rahimi]], [[AGE|other:79]]) turns 2/24.",
    "Pt from [[LOCATION|geo:Katherine]], bush name '[[PERSON|name:Tiger]]', legal name "
    "[[PERSON|name:Desmond Bara]]. Sister [[PERSON|name:Yvonne]] rang from [[LOCATION|geo:Beswick]] "
    "([[LOCATION|geo:Wugularr]]) on [[PHONE|phone:08 8975 4102]]. Wants to go home 4 funeral Fri. NOK form says "
    "'[[ADDRESS|geo:c/- Post Office, Barunga NT 0852]]'. Hep B vacc due.",
    "nsg note 1420 - IDC removed, TWOC started. pt [[PERSON|name:Florence Hartigan]] ([[PERSON|name:Flo]]) "
    "[[AGE|date:ninety-six]] y.o. very HOH. daughter-in-law [[PERSON|name:Parker]] (yes first name) visited, "
    "brought hearing aids. BGL 5.8. for d/c to [[LOCATION|geo:Karinya Aged Care]], "
    "[[ADDRESS|geo:4 Holbrook Rd Tumut NSW 2720]] when bed avail",
    "RN [[PERSON|name:Chelsea Moana-Kerr]] [[ID|license:NMW0001782441]] admin'd enoxaparin 40mg - wrong pt?? pt in "
    "bed 4 is [[PERSON|name:A. Kowalczyk]] not [[PERSON|name:A. Kowalski]]. IIMS [[ID|other:4401872]] lodged. NUM "
    "([[PERSON|name:Hunter]]) informed 2245 [[DATE|date:Tues 12/3]].",
    "CGM on pt's phone (Dexcom G7 tx [[DEVICE|device:8RK41Z]]) BG 3.1 @ 0310 -> 15g glucose given. pt "
    "[[PERSON|name:Lily-Rose Tanaka]] [[AGE|other:14]]F. Mum ([[PERSON|name:Georgia]]) stays overnight, mob "
    "[[PHONE|phone:0455 901 338]]. Pt lives [[LOCATION|geo:Ceduna]], endo f/u [[LOCATION|geo:WCH]].",
    "Falls risk reassessed. [[AGE|other:88]]F, hx #NOF. bed alarm on. son [[PERSON|name:jordan b.]] sez mum was on "
    "'the blue tablets' at home - ?donepezil. GP Dr [[PERSON|name:Ng]] ([[LOCATION|geo:Ringwood East]]). Pt address "
    "on file [[ADDRESS|geo:8 Kalang Rd Cremorne]]? query wrong - pt says she moved to "
    "[[LOCATION|geo:Mornington]] 2022.",
    "Palliative. Pt settling, syringe driver (NIKI T34 serial [[DEVICE|device:100-21-8874]]) ran through 0400, "
    "morphine 20mg/24h + midaz 10mg/24h. wife [[PERSON|name:Barb]] & daughters [[PERSON|name:Sterling]] & "
    "[[PERSON|name:Ava]] at bedside all night. Pastoral care (Fr. [[PERSON|name:Oisín Ó Braonáin]]) visited. "
    "Funeral home in [[LOCATION|geo:Mansfield]] number on whiteboard [[PHONE|phone:03 5775 1190]]",
    "Admission from ED 2330. pt from [[LOCATION|geo:Dandenong]] unsure of own DOB - gave 'around "
    "[[DATE|date:12th of the 4th, 71]]'. ID: drivers lic VIC [[ID|license:048 771 902]]. Wallet contents listed & "
    "locked in safe: Centrelink card CRN [[ID|other:308 114 662K]]. Pt name per lic: "
    "[[PERSON|name:Clinton Aldridge-Okoye]]",
    "neuro obs q1h. GCS 14 (E4V4M6). PEARL. pt repeatedly says she lives 'on [[ADDRESS|geo:Marine Parade]] near the "
    "jetty' - confirmed w/ son [[PERSON|name:Hamish]]: [[ADDRESS|geo:2/14 Marine Pde, Napier 4110]]. pt = Mrs "
    "[[PERSON|name:Huia Te Rangi-Walker]], [[AGE|other:74]]. family flying in from [[LOCATION|geo:Invercargill]].",
    "tfr from [[LOCATION|geo:Pt Hedland]] via RFDS 1915. pt [[PERSON|name:kiri w.]] [[AGE|other:31]]F, 28/40, "
    "PPROM. partner [[PERSON|name:Hunter]] driving down, ETA [[DATE|date:Sat 16th]]. CTG reactive. URN "
    "[[ID|mrn:K0044-7719]]",
]

PHARMACY = [
    "Script: Pt [[PERSON|name:Lincoln Arundel]] DOB [[DATE|date:08/05/1972]] | Addr "
    "[[ADDRESS|geo:14 Brolga St, Kalgoorlie WA 6430]] | Medicare [[ID|health_plan:5123 44908 1]] | Prescriber Dr "
    "[[PERSON|name:H. Vasudevan]] Presc# [[ID|license:2201847]] | Item: oxycodone 10mg CR #28 | Authority approval "
    "[[ID|other:4419-3387]] | Dispensed [[DATE|date:11-03-24]] [[LOCATION|geo:Goldfields Pharmacy]]",
    "DAA packing note: Mrs [[PERSON|name:Aurelia Fontaine-Oduya]] (RAC [[LOCATION|geo:Bethesda Lodge]], Rm 14) - "
    "cease perindopril per Dr [[PERSON|name:Mason]] [[DATE|date:4/3]], start candesartan 8mg mane. Webster pack wk "
    "commencing [[DATE|date:Mon 11 March]]. Pharmacist: [[PERSON|name:Kerrie Sato]].",
    "Hi its [[PERSON|name:Bec]] from [[LOCATION|geo:Terry White Chemmart Emerald]] 😊 your script for "
    "[[PERSON|name:Jordan]] is ready (order [[ID|other:TW-558102]]), pls bring Medicare card & concession card. ph "
    "[[PHONE|phone:07 4982 1190]] if any q's. Reply STOP to opt out",
    "ODP dosing card: Client: [[PERSON|name:Georgia-Mae Pritchard]] | DOB [[DATE|date:30.06.1989]] | Program ID "
    "[[ID|other:OST-NT-01447]] | Methadone 65mg daily | Dosing point: [[LOCATION|geo:Tennant Creek Pharmacy]] | "
    "Takeaways: Sat/Sun | Prescriber AHPRA [[ID|license:MED0002218431]] (Dr [[PERSON|name:Kofi Mensah]]) | Photo on "
    "file: [[ID|photo:pritchard_gm_id.jpg]]",
    "From: [[EMAIL|email:orders@broomepharmacy.com.au]]\n"
    "To: Dr [[PERSON|name:Parker]], [[LOCATION|geo:Kimberley Mental Health]]\n"
    "Sent: [[DATE|date:Thu 7/03/2024]] 09:14\n"
    "Subject: clozapine - ANC due\n\n"
    "Hi Dr [[PERSON|name:Parker]], clozapine pt [[PERSON|name:Rohan Adeyemi-Burke]] (CPMS "
    "[[ID|other:44017-B]]) is due ANC [[DATE|date:Mon 11/3]], last result 3.1. Pls confirm before we can dispense. "
    "Regards, [[PERSON|name:Annika Söderberg]], Pharmacist",
    "MedsCheck - [[AGE|other:83]] yo M, 14 regular meds. Wife [[PERSON|name:Dorothy]] manages meds. Pt tells me his "
    "name is '[[PERSON|name:Sterling]] like the money' - [[PERSON|name:Sterling Haukamp]]. Lives "
    "[[LOCATION|geo:Renmark]], [[ADDRESS|geo:RMB 4410 Bunyip Rd via Paringa SA 5340]]. Recommend deprescribe: "
    "ranitidine, oxybutynin (anticholinergic burden). Sent to GP Dr [[PERSON|name:Yeo]], "
    "[[LOCATION|geo:Renmark Medical Clinic]] fax [[PHONE|fax:08 8586 1177]].",
    "Pharmacy med rec - admission [[DATE|date:09.03.2024]] 14:20. Source: pt + dau + MyHR. Pt ID label: "
    "[[PERSON|name:BLACKWOOD, Hunter T.]] UR [[ID|mrn:7720913]] DOB [[DATE|date:17/11/1940]] Ward 4B Bed 9. "
    "Allergies: penicillin (rash). Note: pt also known as '[[PERSON|name:Terry]]'.",
    "Rx label: [[PERSON|name:CARTER, Mason]] DOB [[DATE|date:02/14/1958]] Rx# [[ID|other:6620195-0417]] Qty 90 "
    "metformin ER 500mg Dr. [[PERSON|name:Okonkwo-Reyes]] DEA [[ID|license:BO4417728]] Refills 3 "
    "[[LOCATION|geo:Canyonlands Pharmacy]], [[ADDRESS|geo:402 E Main St, Moab UT 84532]]",
    "Compounding log - row 14: [[DATE|date:12/03]] | hydrocortisone 2mg caps x60 | for: baby "
    "[[PERSON|name:Ruby Tran-Halloran]] (URN [[ID|mrn:3004 1127]]) | checked: [[PERSON|name:L. Fairbairn]] | "
    "row 15: [[DATE|date:12/03]] | omeprazole susp 2mg/mL | for: [[PERSON|name:Jordan Wei]]",
    "PBS authority phone log: approval no. [[ID|other:8812-4470]] for Mrs [[PERSON|name:Mele Taufa]], DVA file "
    "[[ID|health_plan:N 221774]], for apixaban. Spoke to '[[PERSON|name:Jess]]'. Script no. "
    "[[ID|other:00441-7728]].",
    "Recall call list - [[LOCATION|geo:St Helens Pharmacy]]: 1) [[PERSON|name:Bruce Cowley-Lim]] "
    "[[PHONE|phone:0417 229 004]] 2) [[PERSON|name:Marguerite Olsen]] [[PHONE|phone:6376 1128]] 3) "
    "[[PERSON|name:Ava-Grace Devlin]] (mum: [[PERSON|name:Courtney]]) [[PHONE|phone:0438 871 205]] - all on "
    "affected valsartan lot, swap stock",
    "Webster-pak ordering portal: [[URL|url:https://webster.example.com.au/orders?pt=QH-4471902&store=deloraine]] "
    "user: [[ID|other:kfairweather]] logged in from [[IP|ip:203.45.118.207]] on "
    "[[DATE|date:2024-03-11T08:02:44+11:00]] (for pt [[PERSON|name:Nola Brindley]], [[AGE|date:90]])",
]

TELEHEALTH = [
    "Telehealth consult via Healthdirect Video Call. Pt joined from home in [[LOCATION|geo:Charleville]] (poor "
    "connection, audio only after 5 min). Link: "
    "[[URL|url:https://vcc.healthdirect.org.au/login?clinic=ChasDocs&p=aj.mcgillivray]]. Pt: "
    "[[PERSON|name:Angus McGillivray]] [[AGE|other:52]]M DOB [[DATE|date:19/09/1971]]. Also present: wife "
    "[[PERSON|name:Chelsea]]. Clinician: Dr [[PERSON|name:Priya Lindqvist-Rao]]. Consent verbal. MBS 91800.",
    "[10:02] Dr [[PERSON|name:Okafor]]: Hi, can you confirm your full name and DOB?\n"
    "[10:02] patient: [[PERSON|name:kirra johnson-blake]] [[DATE|date:12 feb 03]]\n"
    "[10:03] Dr [[PERSON|name:Okafor]]: and your address?\n"
    "[10:03] patient: [[ADDRESS|geo:unit 4 / 19 gregory st mt isa 4825]]\n"
    "[10:04] Dr [[PERSON|name:Okafor]]: thanks [[PERSON|name:Kirra]]. and best number?\n"
    "[10:04] patient: [[PHONE|phone:0491 776 203]] its my mums phone ([[PERSON|name:Georgia]])",
    "Zoom Meeting ID: [[ID|other:845 2219 0471]]. Pt Mr [[PERSON|name:Hemi Walker-Ngata]] (NHI: "
    "[[ID|health_plan:QRT3318]]) joining from marae at [[LOCATION|geo:Ōpōtiki]]. IP logged: "
    "[[IP|ip:2406:e001:4a3f:9b00::1c]]. Whānau: Aunty [[PERSON|name:Mere]] & cousin [[PERSON|name:Lincoln]].",
    "From: [[PERSON|name:Jordan Pike]] <[[EMAIL|email:jpike@tuggeranongpsych.com.au]]>\n"
    "To: [[EMAIL|email:mason.h@outlook.com]]\n"
    "Sent: [[DATE|date:Monday, 11 March 2024]] 7:55 AM\n"
    "Subject: Your appt today 2pm\n\n"
    "Hi [[PERSON|name:Mason]], your session today is via "
    "[[URL|url:https://tuggeranongpsych.coviu.com/room/mhughes-0311]] - click link 5 min before. If it drops out "
    "I'll ring [[PHONE|phone:0422 018 776]]. [[PERSON|name:Jordan]] (Clinical Psychologist, "
    "[[LOCATION|geo:Tuggeranong]])",
    "phone consult 0915, rang pt on landline [[PHONE|phone:(08) 9021 3377]] no answer, rang mob "
    "[[PHONE|phone:0407 993 120]] - spoke to [[PERSON|name:Hunter]] (husb), pt at work at the "
    "[[LOCATION|geo:Super Pit]]. 2nd attempt 1130: pt [[PERSON|name:Rhiannon Blaxell]] [[AGE|other:39]]F, "
    "[[LOCATION|geo:Kal]]. ECG from [[LOCATION|geo:Kalgoorlie Health Campus]] emailed to me.",
    "Video consult w/ TIS interpreter (Dari, ID [[ID|other:44917]]). Pt [[PERSON|name:Farid Qaderi]], "
    "[[AGE|other:45]], at [[LOCATION|geo:Multicultural Hub Dandenong]]. Case worker [[PERSON|name:Sterling Moyo]] "
    "present. Pt disclosed current address: [[ADDRESS|geo:7/112 Lonsdale St, Dandenong 3175]]. Next appt "
    "[[DATE|date:Thurs 21 March]].",
    "Virtual ward round. Pt [[PERSON|name:Gwendolyn Akintola]], [[AGE|date:90]] ([[AGE|date:ninety]] on Tuesday!), "
    "home in [[LOCATION|geo:Mallacoota]]. BP cuff Omron HEM-7361T s/n [[DEVICE|device:20231108477JG]] syncing via "
    "tablet IMEI [[DEVICE|device:358240057734219]]. Carer [[PERSON|name:Parker]] attends daily.",
    "this is a telehealth review for Ms [[PERSON|name:Sienna Kaur-Whitlam]] comma joining from "
    "[[LOCATION|geo:Jindabyne]] comma date of birth the [[DATE|date:third of the first two thousand and one]] full "
    "stop she works at [[LOCATION|geo:Thredbo]] on the lifts full stop new paragraph she was last seen in person at "
    "[[LOCATION|geo:Cooma Hospital]] on the [[DATE|date:twenty-eighth of February]] full stop",
    "[[DATE|date:2024-03-12]] 14:03:11 session_start room=[[ID|other:rfds-bh-0312-ab]] "
    "user=[[ID|other:Dr.AKoroma]] client_ip=[[IP|ip:101.167.22.84]]\n"
    "[[DATE|date:2024-03-12]] 14:03:40 join participant='[[PERSON|name:Mervyn Lockyer-Naylor]]' device=iPad MAC "
    "[[DEVICE|device:a4:83:e7:1c:09:5d]]\n"
    "[[DATE|date:2024-03-12]] 14:41:02 session_end",
    "SMS [[DATE|date:11/03]] 16:20 to [[PHONE|phone:0438 551 902]]: 'Hi [[PERSON|name:Lincoln]], reminder of your "
    "video appt w Dr [[PERSON|name:Sato]] tmrw [[DATE|date:12/3]] 9:30am. Join: "
    "[[URL|url:https://meet.ochre.example/v/LN-77120]] . Reply Y to confirm' | Reply: 'y. its actually his mum "
    "[[PERSON|name:Dawn]] replying, hes at work in [[LOCATION|geo:Moree]]'",
    "Telederm: images uploaded by GP (Dr [[PERSON|name:Lucia Ferreira]], [[LOCATION|geo:Longreach]]) - "
    "[[ID|photo:IMG_20240308_mcbride_back.jpg]], [[ID|photo:IMG_20240308_mcbride_shin.jpg]]. Pt "
    "[[PERSON|name:Callum McBride]] [[AGE|other:62]], station hand near [[LOCATION|geo:Ilfracombe]] QLD. ?SCC. "
    "Return via Secure Messaging to [[EMAIL|email:longreach.gp@msg.example.com]].",
    "Telehealth (Doxy.me) w pt travelling in US: [[PERSON|name:Tamara Oyelaran-Hicks]] joined from hotel in "
    "[[LOCATION|geo:Taos]] NM [[LOCATION|geo:87571]], IP [[IP|ip:2600:1700:3d41:88c0:5d2e:9a1f:7c44:2b10]]. "
    "Returns home to [[LOCATION|geo:Byron Bay]] on the [[DATE|date:19th]]. Travel insurer claim ref "
    "[[ID|other:TIC-2024-884190]].",
]

BILLING = [
    "INVOICE [[ID|other:INV-2024-018842]] | Bill to: Mr [[PERSON|name:Hunter Galbraith]], "
    "[[ADDRESS|geo:PO Box 318, Cloncurry QLD 4824]] | Acct no. [[ID|account:0044-7719-02]] | Medicare "
    "[[ID|health_plan:3377 10482 1]] | Item 23 x1 $41.40 | Item 10990 | Date of service [[DATE|date:04/03/2024]] | "
    "Provider: Dr [[PERSON|name:N. Okoro]] [[ID|license:4410297A]]",
    "From: [[PERSON|name:Georgia Lachance]] <[[EMAIL|email:glachance77@yahoo.com]]>\n"
    "Sent: [[DATE|date:6 March 2024]]\n"
    "To: [[EMAIL|email:accounts@mudgeeradiology.com.au]]\n"
    "Subject: Fwd: overdue notice acct [[ID|account:99102-LAC]]\n\n"
    "I already paid this!! paid from acc [[ID|account:062-704 10448872]] weeks ago. Pls stop sending letters to "
    "[[ADDRESS|geo:41 Church St Gulgong]], my mum ([[PERSON|name:Florence Lachance]]) lives there not me.",
    "ECLIPSE claim rejected - reason 'member not found'. Fund: HCF. Member no. [[ID|health_plan:0440 2219 37]], "
    "patient [[PERSON|name:Jordan Oyelowo-Grant]] (dep 02). Hospital: [[LOCATION|geo:Calvary Mater Newcastle]]. "
    "Admission [[DATE|date:28/02/2024-02/03/2024]]. Claim ID [[ID|other:ECL-7781204]].",
    "Statement date [[DATE|date:03/08/2024]] | Guarantor: [[PERSON|name:Mason Whitfield]], "
    "[[ADDRESS|geo:58 Elm Hollow Rd, Bar Harbor, ME 04609]] | Patient: [[PERSON|name:Lincoln Whitfield]] (son), "
    "DOB [[DATE|date:06/30/2011]] | Acct# [[ID|account:300-44871-2]] | Ins: Aetna ID "
    "[[ID|health_plan:W 8841 2267 01]] | Balance due $312.55 | Pay online "
    "[[URL|url:https://pay.mdihospital.example.com/acct/300448712]]",
    "WorkSafe claim [[ID|other:24/81177-B]], worker: [[PERSON|name:Chelsea Ngata-Brown]], employer: "
    "[[LOCATION|geo:Portland Aluminium]] ([[LOCATION|geo:Portland]] VIC), date of injury "
    "[[DATE|date:Tues 13th Feb]], payee acct [[ID|account:033-172 447 812]]. Case manager "
    "[[PERSON|name:Hunter Ellis]].",
    "Item | Date | Patient | Fee ;; 36 | [[DATE|date:11/03]] | [[PERSON|name:K. Papadakis]] | 80.10 ;; 36 | "
    "[[DATE|date:11/03]] | [[PERSON|name:S. Mahmoud-Jensen]] | 80.10 ;; 721 | [[DATE|date:12/03]] | "
    "[[PERSON|name:H. Carter]] | 156.55 ;; total 316.75 - billing user [[ID|other:mlee2]] - "
    "[[LOCATION|geo:Bellingen Family Medical]]",
    "FINAL NOTICE. Dear [[PERSON|name:Sterling Pryce]], our records show $1,420.00 owing for ambulance transport on "
    "[[DATE|date:17 January 2024]] from [[LOCATION|geo:Bourke]] to [[LOCATION|geo:Dubbo]]. Ref "
    "[[ID|other:AMB-NSW-00917442]]. Pay by BPAY, customer ref [[ID|account:90017734412]]. Queries: "
    "[[PHONE|phone:02 6882 0917]].",
    "Medicare bulk bill batch 0311-A: 1) Ms [[PERSON|name:T. Nakamura]] [[ID|health_plan:2612 44871 3]] item 23; "
    "2) Mr [[PERSON|name:J. Lincoln]] [[ID|health_plan:5190 22781 1]] item 23; 3) baby [[PERSON|name:Hunter Rose]] "
    "[[ID|health_plan:4480 11902 4]] item 23. Submitted [[DATE|date:11/3/24]] by practice mgr "
    "([[PERSON|name:Deb]]).",
    "ACC45 claim no. [[ID|other:QQ41187]] for [[PERSON|name:Ana Fifita]], [[AGE|other:27]], injured at "
    "[[LOCATION|geo:Tauranga]] port on [[DATE|date:3/3/24]]. Lodged by [[LOCATION|geo:Te Puke Medical Centre]], "
    "provider ID [[ID|license:ZA4417]]. Invoice to ACC ref [[ID|other:2241-8817]].",
    "Tax invoice. Patient: [[PERSON|name:Dominika Wiśniewska-Hart]], "
    "[[ADDRESS|geo:19 Hopkins St, Footscray VIC 3011]]. Patient acct [[ID|account:P-00917]]. Private health (Bupa) "
    "[[ID|health_plan:4471 2209 11]]. DOS: [[DATE|date:29-Feb-2024]]. Item 104, $165.00, rebate $75.05.",
    "Inpatient election form: private patient. Fund member no. [[ID|health_plan:7730 11]]-\n"
    "[[ID|health_plan:4882]] (see reverse). Patient [[PERSON|name:Marlon Kettering]], Room 12, "
    "[[LOCATION|geo:Mildura Base Public Hospital]]. Admission [[DATE|date:Wed 6 March]]. Signed by patient's "
    "daughter [[PERSON|name:Lincoln-Rose Kettering]], relationship: dtr.",
    "Txt from [[PHONE|phone:0412 558 001]] ([[DATE|date:11 Mar]]): 'hi its [[PERSON|name:Jordan Cleary]] re "
    "invoice [[ID|other:8812]] for mum ([[PERSON|name:Patricia Cleary]]) can i pay $50/fortnight? shes on the "
    "pension. she's at [[ADDRESS|geo:22 Ellery Cres Alice Springs NT 0870]] now not "
    "[[LOCATION|geo:Hermannsburg]]'",
]

DEVICE_TELEMETRY = [
    "ICM transmission - Reveal LINQ SN [[DEVICE|device:RLA552190H]] - pt [[PERSON|name:EVERETT, Carter]] - "
    "[[DATE|date:2024-03-08]] 02:14 AF episode 3h42m - [[DATE|date:2024-03-09]] AF 1h10m - remote site "
    "[[LOCATION|geo:Orange Health Service]].",
    "14:02:11 [[DEVICE|device:PZX-88341-K]] HR 72 SpO2 96 RR 18\n"
    "14:02:41 [[DEVICE|device:PZX-88341-K]] HR 118 SpO2 88 RR 26 ALARM\n"
    "14:03:11 [[DEVICE|device:PZX-88341-K]] HR 121 SpO2 86 RR 28 ALARM -> paged Dr [[PERSON|name:Lindqvist]] "
    "[[PHONE|phone:0412 441 090]]",
    "Insulin pump download: Tandem t:slim X2, serial [[DEVICE|device:1044871]], pt [[PERSON|name:Mia Goldsworthy]] "
    "DOB [[DATE|date:21/04/2012]], basal 0.35 U/h. Uploaded via "
    "[[URL|url:https://tconnect.example.com/clinic/upload?sn=1044871&pt=MGOLD0412]] from clinic IP "
    "[[IP|ip:10.44.18.202]] on [[DATE|date:12 March]].",
    "PPM check Medtronic Azure XT DR MRI SureScan, model W1DR01 (not serial). Device SN "
    "[[DEVICE|device:RNB 447 102 S]]. Leads: 5076 SN [[DEVICE|device:PJN9920187]], 5076 SN "
    "[[DEVICE|device:PJN9920455]]. Pt [[PERSON|name:Bartholomew Nkemelu]], [[AGE|other:87]]. Programmed DDD 60. "
    "Next check via CareLink, patient ID [[ID|other:CL-0091128]].",
    "NIV log export - ResMed Stellar 150 - S/N: [[DEVICE|device:22161877412]] - pt: "
    "[[PERSON|name:hunter, mason r.]] - downloaded [[DATE|date:11/3]] - address on delivery docket: "
    "[[ADDRESS|geo:5 Lyons St Stawell 3380]] - AHI 4.1, leak 12 L/min - modem MAC "
    "[[DEVICE|device:00:1A:7D:DA:71:13]]",
    '{"device_id": "[[DEVICE|device:CGM-7Q2K-88XZ]]", "patient": "[[PERSON|name:Parker Sloane]]", "dob": '
    '"[[DATE|date:2009-10-31]]", "site": "[[LOCATION|geo:Rockhampton]]", "reading": 2.8, "ts": '
    '"[[DATE|date:2024-03-10T03:12:00+10:00]]", "alert_to": "[[PHONE|phone:+61 7 4922 0981]]"}',
    "Holter report. Recorder ID [[DEVICE|device:H3-00471]]. Hookup [[DATE|date:04/03/2024]] 09:10 at "
    "[[LOCATION|geo:Port Augusta Hospital]]. Pt: [[PERSON|name:Jasmine Tullock-Ames]], [[AGE|other:44]]F. Referrer "
    "Dr [[PERSON|name:T. Sterling]]. Findings: sinus rhythm, 214 VEs, no pauses >2s.",
    "BLE pairing log: gw=[[DEVICE|device:RPM-GW-0077]] mac=[[DEVICE|device:f4:5c:89:ab:12:3e]] "
    "ipv6=[[IP|ip:fe80::f65c:89ff:feab:123e]] pt_ref=[[ID|other:WHI-4410]] "
    "patient=[[PERSON|name:Georgia Whitehorse]] loc=[[LOCATION|geo:Strahan]] TAS",
    "PSG Embla device #[[DEVICE|device:EMB-20-4471]] loaned [[DATE|date:11-12 March]] to pt Mr "
    "[[PERSON|name:Oluwaseun Adebayo-King]] (DOB [[DATE|date:1/1/1970]]), home in [[LOCATION|geo:Ulladulla]]. "
    "Collected by partner [[PERSON|name:Jordan]]. Scored by [[PERSON|name:D. Fitzgerald-Nguyen]] RPSGT.",
    "CI mapping - Cochlear Nucleus 8 processor SN [[DEVICE|device:3401887712]], implant CI632 SN "
    "[[DEVICE|device:9911870]], L ear. Pt [[PERSON|name:Chelsea-Anne Waititi]], [[AGE|other:6]]yo, from "
    "[[LOCATION|geo:Gisborne]]. Mum: [[PERSON|name:Hana]]. Audiologist: [[PERSON|name:L. Mason]].",
    "Alarm [[DATE|date:11/03]] from monitor [[DEVICE|device:US4122]]-\n[[DEVICE|device:71904]] (serial wrapped) "
    "bed 14 CCU: VT 12 beats 03:41. Pt: [[PERSON|name:Dennis O'Halloran-Price]]. Notified: Dr "
    "[[PERSON|name:Ruiz]] (reg) via pager.",
    "AirView: pt [[PERSON|name:Mabel Torrance]] [[AGE|date:ninety-four]] y.o., CPAP AirSense 11 SN "
    "[[DEVICE|device:23232118804]], compliance 2.1h/night. Cloud URL "
    "[[URL|url:https://airview.example.com/patients/8841-2219/therapy]]. Modem IMEI "
    "[[DEVICE|device:35-209900-176148-1]]. Lives [[LOCATION|geo:Deniliquin]].",
    "03:12:55 [[DEVICE|device:G7PZ8T]] glucose=2.4 trend=DOWN\n"
    "03:17:55 [[DEVICE|device:G7PZ8T]] glucose=2.2 trend=DOWN urgent_low\n"
    "03:18:02 notify follower=[[EMAIL|email:parker.jansen@icloud.com]] ([[PERSON|name:Parker Jansen]], dad) "
    "sms=[[PHONE|phone:0433 672 015]]",
]

RESEARCH_ENROLMENT = [
    "Screening log - Site 04 ([[LOCATION|geo:Launceston General Hospital]]) - Screen # [[ID|other:SCR-04-0117]] - "
    "DOB [[DATE|date:14/02/1961]] - Consent date: [[DATE|date:Mon 4 Mar 2024]] - Randomisation ID "
    "[[ID|other:R-04-0056]] - Consent taken by [[PERSON|name:Lincoln Ashby]] (study coordinator)",
    "From: [[PERSON|name:Sterling Abara]] <[[EMAIL|email:sterling.abara@monash.edu.example]]>\n"
    "To: [[PERSON|name:Chelsea Ruiz-Fontaine]]\n"
    "Cc: [[EMAIL|email:trial-ops@ctc.example.org]]\n"
    "Sent: [[DATE|date:Friday, 8 March 2024]] 5:47 PM\n"
    "Subject: SAE - participant HEART-AU [[ID|other:2210-0415]]\n\n"
    "[[PERSON|name:Chelsea]], [[ID|other:0415]] (pt Mr [[PERSON|name:V. Andreou]], [[AGE|other:78]]) admitted to "
    "[[LOCATION|geo:Box Hill Hospital]] Wed with GI bleed. Need SAE form by Monday. [[PERSON|name:Sterling]]",
    "Participant enrolled in gait study. Fingerprint template ID [[ID|biometric:FP-TPL-00921AB]] stored on secure "
    "server; face scan file [[ID|photo:okoye_c_face_01.obj]]. Participant: [[PERSON|name:Chiamaka Okoye]], "
    "[[AGE|other:33]]. Contact: [[EMAIL|email:chiamaka.o@proton.me]]. Sessions [[DATE|date:12-14 March]] at "
    "[[LOCATION|geo:Deakin Geelong Waurn Ponds]].",
    "PARTICIPANT CONSENT | Name: [[PERSON|name:Mason Leota-Harris]] | Date of birth: "
    "[[DATE|date:9 September 1999]] | Address: [[ADDRESS|geo:3 Cuthbert Dr, Mt Barker SA 5251]] | Phone: "
    "[[PHONE|phone:0404 777 219]] | Witness: Dr [[PERSON|name:Hunter Kaye]] | Study: SMOKE-FREE-SA | Participant "
    "no. [[ID|other:SFS-0193]] | Signature: [signed] | Date: [[DATE|date:10/03/2024]]",
    "Biobank accession [[ID|other:BB-24-004471]] (plasma, 6 aliquots) linked to MRN [[ID|mrn:0099 1742]] at "
    "[[LOCATION|geo:Flinders Medical Centre]]. Donor consented [[DATE|date:7/3/24]] for future unspecified "
    "research. Donor: Ms [[PERSON|name:Ramona Stavridis]], aged [[AGE|other:67]]. Freezer rack F3-R12.",
    "record_id,redcap_event,dob,postcode,gp_name,email\n"
    "[[ID|other:1044]],baseline,[[DATE|date:1958-12-01]],[[LOCATION|geo:2830]],Dr [[PERSON|name:Florence Tai]],"
    "[[EMAIL|email:r.barlow58@gmail.com]]\n"
    "[[ID|other:1045]],baseline,[[DATE|date:1963-07-22]],[[LOCATION|geo:2824]],Dr [[PERSON|name:Jordan Mills]],",
    "research note dictated comma participant number [[ID|other:S R T hyphen zero zero four two]] comma Mrs "
    "[[PERSON|name:Yolanda Achterberg]] comma was approached on [[DATE|date:Tuesday the fifth of March]] at "
    "[[LOCATION|geo:Northeast Health Wangaratta]] full stop she agreed to enrol full stop her husband "
    "[[PERSON|name:Carter]] signed as witness full stop",
    "Genomic sample - lab accession [[ID|other:GX2403-11872]]; pedigree: proband [[PERSON|name:Isla Mackintosh]] "
    "(b. [[DATE|date:2.2.2016]]), father [[PERSON|name:Angus]], maternal grandmother "
    "[[PERSON|name:Mòrag Ferguson]] (dec., from [[LOCATION|geo:Tobermory]], [[LOCATION|geo:Isle of Mull]]). "
    "Referring: Clinical Genetics, [[LOCATION|geo:Royal Children's Hospital]]. Family ID [[ID|other:FAM-0772]].",
    "eConsent audit trail: participant user id = [[ID|other:jparker_88]], consent signed "
    "[[DATE|date:2024-03-06T21:14:09+08:00]] from IP [[IP|ip:49.180.22.131]] ([[LOCATION|geo:Bunbury]] WA per geo "
    "lookup). Study ID [[ID|other:STRIDE-WA-0088]]. Coordinator: [[PERSON|name:Naomi Strickland-Obi]].",
    "Site 112 ([[LOCATION|geo:Sanford Health]], [[LOCATION|geo:Fargo]] ND) enrolment: Subject "
    "[[ID|other:112-0047]], DOB [[DATE|date:07/04/1955]], ZIP [[LOCATION|geo:58103]]. PI: Dr. "
    "[[PERSON|name:Lincoln Haugen]]. Subject's daughter [[PERSON|name:Dakota Haugen-Price]] (LAR) signed. Phone "
    "[[PHONE|phone:(701) 555-0147]].",
    "Withdrawal of consent received by post [[DATE|date:11 March]] from participant [[ID|other:PX-0992]] (Mr "
    "[[PERSON|name:Tomasz Zieliński]], [[ADDRESS|geo:ul. Lipowa 14/3, 30-102 Kraków]]). Requests destruction of "
    "samples. Note participant moved from [[LOCATION|geo:Perth]] ([[LOCATION|geo:Joondalup]]) to Poland last year.",
    "Retinal imaging sub-study: images saved as /data/retina/2024/[[ID|photo:PX0451_OD_20240307.png]] and "
    "[[ID|photo:PX0451_OS_20240307.png]]. Participant [[ID|other:PX-0451]] ([[PERSON|name:Hamid Sorkhabi]], "
    "[[AGE|other:59]]) drove from [[LOCATION|geo:Griffith]]. Iris template [[ID|biometric:IRT-5541-0F]] registered "
    "for building access.",
    "MPS II (Hunter syndrome) natural history study - enrolled [[PERSON|name:Eli Marchetti]], [[AGE|other:4]], "
    "referred from [[LOCATION|geo:John Hunter Children's Hospital]]. Parents [[PERSON|name:Sofia]] and "
    "[[PERSON|name:Dario Marchetti]], [[LOCATION|geo:Maitland]]. Participant [[ID|other:MPS-NH-0031]].",
]

EU_CLINIC_LETTER = [
    "Sehr geehrte Frau Kollegin Dr. [[PERSON|name:Lindqvist]],\nwir berichten über Herrn "
    "[[PERSON|name:Matthias Brückner]], geb. [[DATE|date:03.11.1957]], wohnhaft "
    "[[ADDRESS|geo:Lindenstraße 12, 31675 Bückeburg]], der sich vom [[DATE|date:12.–15. März]] in unserer Klinik "  # noqa: RUF001 (en dash intended)
    "([[LOCATION|geo:Klinikum Schaumburg]]) befand. Diagnose: NSTEMI. Versichertennr. "
    "[[ID|health_plan:A123456789]] (AOK). Mit freundlichen Grüßen, OA Dr. [[PERSON|name:Jörg Hoffmeister-Yilmaz]]. "
    "PS: patient's daughter [[PERSON|name:Hannah]] speaks English, Tel. [[PHONE|phone:+49 5722 88104]].",
    "Geachte collega, betreft: mevr. [[PERSON|name:Femke van der Heijden-Bakker]], geb. [[DATE|date:21-06-1948]], "
    "BSN [[ID|ssn:2047.19.635]], wonende [[ADDRESS|geo:Hooiweg 7, 8011 AB Zwolle]]. Patiënte, "
    "[[AGE|other:75]] jaar, werd op [[DATE|date:4 maart]] opgenomen in [[LOCATION|geo:Isala Zwolle]] wegens "
    "pneumonie. Her son [[PERSON|name:Jordan]] lives in [[LOCATION|geo:Melbourne]] ([[LOCATION|geo:Brunswick]]) and "
    "asked for an English copy. Met vriendelijke groet, dr. [[PERSON|name:Sem Oosterhuis]], internist",
    "Cher confrère, je vous adresse Mme [[PERSON|name:Élodie Marchand-Nguyen]], née le "
    "[[DATE|date:2 février 1962]] à [[LOCATION|geo:Besançon]], demeurant "
    "[[ADDRESS|geo:18 rue des Granges, 25000 Besançon]], n° de sécurité sociale "
    "[[ID|ssn:2 62 02 25 056 041 87]]. Vue en consultation le [[DATE|date:mardi 5 mars]] au "
    "[[LOCATION|geo:CHU de Besançon]]. She is relocating to [[LOCATION|geo:Adelaide]] "
    "([[LOCATION|geo:Norwood]]) shortly - please forward to Dr [[PERSON|name:Ahmed Benali]], tél. "
    "[[PHONE|phone:03 81 66 21 09]]. Bien confraternellement, Dr [[PERSON|name:Chantal Lefèvre]]",
    "Gentile collega, la sig.ra [[PERSON|name:Giuseppina Esposito in Russo]], nata il [[DATE|date:14/08/1931]] "
    "(ha quindi [[AGE|date:novantadue]] anni), residente in [[ADDRESS|geo:Via Roma 22, 90015 Cefalù (PA)]], codice "
    "fiscale [[ID|ssn:SPSGPP31M54C421X]], è stata ricoverata presso l'[[LOCATION|geo:Ospedale Giglio di Cefalù]] "
    "dal [[DATE|date:1° al 9 marzo]]. Grandson [[PERSON|name:Luca Russo]] ([[LOCATION|geo:Sydney]], "
    "[[LOCATION|geo:Leichhardt]]) requested summary in English: [[EMAIL|email:luca.russo.syd@gmail.com]]",
    "Estimado/a colega: Paciente D. [[PERSON|name:Álvaro Ibáñez Gutiérrez]], DNI [[ID|ssn:47201938K]], NHC "
    "[[ID|mrn:004417823]], fecha de nacimiento [[DATE|date:30-IX-1944]], domicilio "
    "[[ADDRESS|geo:C/ Mayor 5, 3º B, 26001 Logroño]]. Ingresó el [[DATE|date:lunes 26 de febrero]] en el "
    "[[LOCATION|geo:Hospital San Pedro]]. Tarjeta sanitaria [[ID|health_plan:RIOJ 440917 7721]]. Hijo: "
    "[[PERSON|name:Sergio]] (vive en [[LOCATION|geo:Perth]], tel [[PHONE|phone:+61 8 9381 4420]]). Atentamente, "
    "Dra. [[PERSON|name:Carmen Olmedo]]",
    "Szanowni Państwo, pacjentka Pani [[PERSON|name:Zofia Wróblewska-Kowal]], PESEL [[ID|ssn:49020512345]], ur. "
    "[[DATE|date:05.02.1949]] w [[LOCATION|geo:Bielsku-Białej]], zam. "
    "[[ADDRESS|geo:ul. Słoneczna 8 m. 4, 43-300 Bielsko-Biała]]. Hospitalizowana w "
    "[[LOCATION|geo:Szpitalu Wojewódzkim w Bielsku-Białej]] od [[DATE|date:2 do 8 marca 2024]] r. Daughter "
    "[[PERSON|name:Agnieszka]] (lives in [[LOCATION|geo:Canberra]], [[LOCATION|geo:Gungahlin]]) tel. "
    "[[PHONE|phone:+61 412 009 871]]. Z poważaniem, lek. [[PERSON|name:Paweł Dąbrowski]]",
    "Remiss. Patient: [[PERSON|name:Lars-Göran Åkesson]], personnummer [[ID|ssn:19440612-3818]], adress "
    "[[ADDRESS|geo:Storgatan 4B, 722 15 Västerås]]. Vårdades på [[LOCATION|geo:Västmanlands sjukhus Västerås]] "
    "[[DATE|date:4–7 mars]]. Hustru [[PERSON|name:Birgitta Åkesson]], tfn [[PHONE|phone:070-412 88 19]]. English "  # noqa: RUF001
    "summary for GP in [[LOCATION|geo:Margaret River]] (Dr [[PERSON|name:Hollis Carter]]) attached. Med vänliga "
    "hälsningar, [[PERSON|name:Ulrika Sjöberg]], överläkare",
    "dictaat dr. [[PERSON|name:De Vries]], punt, nieuwe alinea: patiënt [[PERSON|name:Thijs Hendriks-Ooms]], "
    "[[AGE|other:58]] jaar, uit [[LOCATION|geo:'s-Hertogenbosch]], komma, gezien op de polikliniek van het "
    "[[LOCATION|geo:Jeroen Bosch Ziekenhuis]] op [[DATE|date:vrijdag 8 maart]], punt. Ziekenhuisnummer "
    "[[ID|mrn:7 7 1 2 0 4 4]]. English addendum: patient is emigrating to [[LOCATION|geo:Hamilton]] NZ, please send "
    "records to [[LOCATION|geo:Waikato Hospital]].",
    "De : [[EMAIL|email:secretariat.cardio@chu-orleans.example.fr]]\n"
    "Envoyé : [[DATE|date:jeudi 7 mars 2024]] 11:20\n"
    "À : Dr [[PERSON|name:Georgia Blanchard]]\n"
    "Objet : TR: CR patient [[PERSON|name:LEROY Florence]]\n\n"
    "Bonjour Docteur, ci-joint le compte-rendu de Mme [[PERSON|name:Florence Leroy]] (IPP [[ID|mrn:20044817]]), "
    "[[AGE|date:90]] ans, hospitalisée à [[LOCATION|geo:Orléans]] du [[DATE|date:1er au 6 mars]]. Her "
    "English-speaking nephew ([[PERSON|name:Lincoln Leroy]], [[LOCATION|geo:Toowoomba]]) is copied. Cordialement, "
    "[[PERSON|name:Sandrine]]",
    "Lettera di dimissione | Paziente: [[PERSON|name:Marco Bianchi-Forlani]] | Nato: [[DATE|date:22.12.1979]] a "
    "[[LOCATION|geo:Forlì]] | Residenza: [[ADDRESS|geo:Corso della Repubblica 104, 47121 Forlì FC]] | Tessera "
    "sanitaria [[ID|health_plan:80380 00012 34567890]] | Ricovero: "
    "[[LOCATION|geo:Ospedale Morgagni-Pierantoni]], [[DATE|date:10/03–14/03]] | Contatto: moglie "  # noqa: RUF001
    "[[PERSON|name:Chiara]] [[PHONE|phone:347 118 2290]] | GP in Australia: Dr [[PERSON|name:Parker Nguyen]], "
    "[[LOCATION|geo:Mona Vale]]",
    "Kurzbrief: Pat. Frau [[PERSON|name:Ilse Grünewald]], [[AGE|date:94]] J. ([[AGE|date:vierundneunzig]]!), aus "
    "[[LOCATION|geo:Tübingen-Lustnau]], Sturz am [[DATE|date:So 10.3.]], V.a. SHF re. Sohn "
    "[[PERSON|name:Jürgen Grünewald]] lebt in [[LOCATION|geo:Hobart]] ([[LOCATION|geo:Sandy Bay]]) - email "
    "[[EMAIL|email:j.gruenewald@bigpond.net.au]]. Hausärztin: Dr. [[PERSON|name:Sabine Öztürk]], "
    "[[LOCATION|geo:Praxis Am Lustnauer Tor]], Fax [[PHONE|fax:07071 44 8812]].",
    "Informe de alta - [[LOCATION|geo:Hospital Universitario A Coruña]] ([[LOCATION|geo:CHUAC]]). Paciente: "
    "[[PERSON|name:Xoán Pérez Lamas]], [[AGE|other:81]] años, NHC [[ID|mrn:3312-0988]], F. nac. "
    "[[DATE|date:17/05/1942]] (dd/mm/aaaa). Reside en [[LOCATION|geo:Betanzos]]. Alta el "
    "[[DATE|date:miércoles 13 de marzo]] a domicilio: [[ADDRESS|geo:Rúa do Castro 9, 15300 Betanzos]]. Hija "
    "[[PERSON|name:Uxía]], email [[EMAIL|email:uxia.perez.lamas@yahoo.es]]. Traducción para GP in "
    "[[LOCATION|geo:Darwin]] ([[LOCATION|geo:Nightcliff]]).",
    "Bonjour Dr [[PERSON|name:Mason]] - quick one from Aix. Mon patient [[PERSON|name:Rémi Castellane]] "
    "(né [[DATE|date:19/10/1950]]) de [[LOCATION|geo:Aix-en-Provence]] fait un séjour chez sa fille "
    "[[PERSON|name:Chelsea]] à [[LOCATION|geo:Whāngārei]] jusqu'au [[DATE|date:15 avril]]. INR cible 2-3 "
    "(warfarine 5 mg). Son INR de contrôle: please fax to [[PHONE|fax:+33 4 42 17 80 09]]. Merci, Dr "
    "[[PERSON|name:Amélie Roussel]]",
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
    print(f"probe7: {write_styled(OUT, STYLES)} docs")


if __name__ == "__main__":
    main()
