"""Write the 30th hand-annotated redaction probe, ``corpus/redaction/probe30.jsonl``.

Why: the redaction engine is tuned on its own dev corpora; this probe measures it on text written
by an author who has never read the engine. It is Australian throughout: the identifier forms
(Medicare with IRN, IHI, DVA, TFN, CRN, NDIS number, provider and prescriber numbers, AHPRA
registrations, UR/MRN styles, state number plates), the addresses and phone formats, the dates
and the shorthand ("2/52", "3/7", "6/12" are durations, not dates) that a tired Australian
clinician writes. It plants awkward cases (names that are words such as Hope, Mark, Rose,
Young, Sunny; towns that are words or names such as Orange, Sale, Bright, Katherine,
Elizabeth, Penguin; IDs glued to their labels such as "HRN#0284713") next to text that only
looks like an identifier (doses, lab ranges, bed numbers, times, model numbers, MBS items).

What: 100 notes, 10 in each of ten styles: ed-triage, ward-round, discharge-summary, gp-letter,
community-nursing, aged-care-progress, mental-health, pharmacy, ndis-and-centrelink-paperwork and
rural-and-remote (RFDS, remote clinics, Aboriginal community controlled health services). Every
state and territory, capital cities and small towns. Each identifier is written inline as
``[[LABEL|category:text]]``; titles stay outside name spans, a full street address is one span,
ages 90 and over are ``AGE|date``, all 18 Safe Harbor categories appear at least four times.
Every person and number is invented; towns, suburbs and hospitals may be real.

How to run::

    cd /work/main && .venv/bin/python scripts/make_probe30_corpus.py
"""

from __future__ import annotations

from pathlib import Path

from make_safe_harbor_suite import write_styled

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "corpus" / "redaction" / "probe30.jsonl"

ED_TRIAGE = [
    "ED TRIAGE\n"
    "Arr 0214 via NSW Ambulance. ATS 2.\n"
    "Pt: [[PERSON|name:TRAN]], [[PERSON|name:Minh Duc]]  DOB [[DATE|date:03/08/1961]] (M)\n"
    "PC: central CP radiating L arm, onset ~0130 while asleep. diaphoretic. BP 92/60 HR 118 SpO2 93% RA GCS 15/15. BGL 7.4\n"
    "ECG shown to ED reg 0218 - ?inferior STEMI, cath lab paged\n"
    "NOK wife [[PERSON|name:Lan]] [[PHONE|phone:0412 907 336]]",
    "triage rn note - ED\n"
    "2240\n"
    "[[AGE|other:19]]yo F, driver, single veh MVA vs pole. Car VIC rego [[VEHICLE|vehicle:1RX 4KD]] per VicPol.\n"
    "Name: [[PERSON|name:Chloe Anne Pritchard]]\n"
    "Airbag deployed, seatbelt sign L chest. GCS 14/15 (E4V4M6). c/o neck pain, ETOH denies. c-collar insitu.\n"
    "Mum [[PERSON|name:Rose]] enroute ph [[PHONE|phone:0438 221 904]]. ATS 3",
    "ED triage 1615\n"
    "[[AGE|other:7]]yo M [[PERSON|name:Jaxon Bowie]] bought in by dad ([[PERSON|name:Mark]]) - dog bite R forearm ~1hr ago at home [[ADDRESS|geo:22 Moody St, Manoora QLD 4870]].\n"
    "2 puncture wounds + 3cm flap lac, bleeding controlled. NV intact. Pain 6/10, paracetamol 360mg (15mg/kg) given.\n"
    "Wound photos on ED iPad: [[ID|photo:IMG_3390.HEIC]] (+1 more)\n"
    "Tetanus UTD? dad unsure - check AIR. Wt 24kg. ATS 4",
    "[[LOCATION|geo:FIONA STANLEY HOSPITAL]] ED - TRIAGE\n"
    "[[AGE|date:91]]F from [[LOCATION|geo:Amaroo Village Aged Care]]. Unwitnessed fall ~0400 found on floor by night AIN. "
    "Shortened + ext rotated L leg, ?NOF #. On apixaban 2.5mg BD. Pain 8/10, fentanyl 50mcg IN by SJA.\n"
    "Pt: [[PERSON|name:Dorothy Faith Mills]]  DVA Gold [[ID|health_plan:WX123456]]\n"
    "NOK son aware\n"
    "ATS 3",
    "ED triage [[DATE|date:2023-11-30]]T03:12:44\n"
    "[[AGE|other:34]]M brought by SAPOL under s56 Mental Health Act. Agitated, ?meth. HR 132 T 37.9.\n"
    "Identified from SA driver licence [[ID|license:SX48392]] as [[PERSON|name:Brayden Kyle Hocking]]. NFA - sleeping rough in the city.\n"
    "Says his caseworker is [[PERSON|name:Hope]] at [[LOCATION|geo:Hutt St Centre]]. Medicare card not sighted.\n"
    "Security aware, code grey standby. ATS 2 (behavioural)",
    "EMERGENCY DEPARTMENT - TRIAGE\n"
    "NAME: [[PERSON|name:ISLA MAE O'CONNOR]]   DOB: [[DATE|date:22.09.2019]]   URN: [[ID|mrn:RH 612 004]]\n"
    "PH (MUM [[PERSON|name:BEC]]): [[PHONE|phone:0417 553 860]]\n"
    "PC: WHEEZE, WOB ++, TRACHEAL TUG. SPO2 89% RA. RR 48. VENTOLIN 12 PUFFS VIA SPACER PTA - NIL EFFECT.\n"
    "SEEN 2/52 AGO FOR SAME, D/C HOME ON PRED 1MG/KG X 3/7.\n"
    "ATS 2",
    "ED triage\n"
    "[[PERSON|name:Djapirri Marrkula]] [[AGE|other:58]]F from [[LOCATION|geo:Galiwin'ku]], CareFlight overnight. Yolngu Matha first lang - interpreter [[PERSON|name:Dhalulu]] via AIS.\n"
    "?cellulitis R leg / sepsis. T 39.1 HR 124 BP 88/50 lactate 4.2. ESKD on HD MWF at satellite unit.\n"
    "HRN#[[ID|mrn:0284713]]\n"
    "ATS 2",
    "triage - ED, Sat [[DATE|date:6 Jan 2024]] 1105\n"
    "[[PERSON|name:Liam Ng]] [[AGE|other:27]]M, palpitations since gym this am. HR 182 reg narrow complex, BP 118/76. ?SVT.\n"
    "Came in bc his watch alerted (Apple Watch S8, serial [[DEVICE|device:GH7Q2LL9KX]]) - ECG strip screenshot emailed from [[EMAIL|email:liam.ng.cbr@gmail.com]] to ED inbox.\n"
    ""
    "Reg aware. ATS 2",
    "[[LOCATION|geo:Orange Health Service]] ED triage\n"
    "[[AGE|other:66]]M farmer from out of town ?brown snake bite L ankle moving hay 1530. PIB applied by wife [[PERSON|name:Margaret]].\n"
    "Drove himself in - ute NSW rego [[VEHICLE|vehicle:CT48WQ]] left in the ambo bay!!\n"
    "Pt [[PERSON|name:Ian Hargreaves]]\n"
    "Alert, no ptosis, no bleeding. 20min WBCT + coags sent. Had half an orange in car (?). ATS 2",
    "[[LOCATION|geo:Gold Coast University Hospital]] - ED Triage\n"
    "[[AGE|other:23]]F UK backpacker [[PERSON|name:Amelia Hart]], fall ~3m from balcony at hostel [[ADDRESS|geo:45 Cavill Ave, Surfers Paradise QLD 4217]]. ETOH ++.\n"
    "No Medicare - RHCA UK; passport [[ID|ssn:532198764]] sighted. Travel ins card sighted.\n"
    "4cm lac occiput, GCS 13 (E3V4M6). registered by clerk 0122. ATS 3",
]

WARD_ROUND = [
    "WR Gen Med - Cons Dr [[PERSON|name:Hussain]] + team\n"
    "[[DATE|date:12/6/24]]  Bed 14, Ward 7 West\n"
    "Mr [[PERSON|name:Papadopoulos]] [[AGE|other:81]]M D3 ?CAP RLL\n"
    "S: feels a bit better, ate brekky\n"
    "O: afeb, HR 88, BP 134/72, SpO2 95% 2L NP. creps R base. WCC 14.2 (4.0-11.0), CRP 188->96, Cr 112\n"
    "A: improving CAP\n"
    "P: - IV ceftriaxone -> PO amoxycillin 1g TDS\n"
    "- rpt CXR 6/52\n"
    "- d/w daughter re d/c\n"
    "- OT home visit [[ADDRESS|geo:8 Bell St, Heidelberg Heights 3081]]",
    "surg wr [[DATE|date:03/10]] colorectal (dr [[PERSON|name:whitfield]])\n"
    "bed 22 - [[PERSON|name:hope young]] [[AGE|other:45]]f d2 post lap r hemi\n"
    "npo, ngt 300ml bilious o/n, no flatus. abdo soft approp tender. young-ish, fit, mobilising w pt.\n"
    "hb 104 (115-165) k 3.3\n"
    "plan: cont ivt + kcl, ngt free drainage, d/w husband [[PERSON|name:mark]] this arvo. hope for diet upgrade tmrw",
    "RENAL WR - Tue [[DATE|date:19/09/2023]]\n"
    "Pt [[PERSON|name:Semisi Fifita]] [[AGE|other:53]]M. Home PD x 2yrs, admitted w/ PD peritonitis (cloudy effluent, WCC 1400).\n"
    "Cycler: Baxter HomeChoice Claria (home unit), serial [[DEVICE|device:HCC2019047721]] - company to swap.\n"
    "IP vanc + gent per ISPD. Wife [[PERSON|name:Mele]] does exchanges.\n"
    "Plan: cont abx 2/52, PD nurse review, f/u renal clinic",
    "CARDIOLOGY WARD ROUND\n"
    "Pt: [[PERSON|name:Walter Bird]]  [[AGE|date:92]]M\n"
    "PPM (Medtronic Azure XT DR MRI SureScan, implanted [[DATE|date:Feb 2019]]) serial [[DEVICE|device:RNB204418S]] - interrogated: batt 4.1 yrs, RV pacing 62%, lead params stable.\n"
    "Presented w/ syncope -> nil arrhythmia on device log. ?orthostatic. lying 142/80 standing 108/66.\n"
    "Plan: cease prazosin, TEDs, d/c tmrw. Letter to GP fax [[PHONE|fax:(08) 9384 2210]]",
    "geri wr\n"
    "Mrs [[PERSON|name:Nell Anstey]] [[AGE|date:96]]F from [[LOCATION|geo:Victor Harbor]].\n"
    "hypoactive delirium, CAM+. Na 128 (135-145) - ?SIADH, fluid restrict 1.2L. no falls o/n.\n"
    "EPOA daughter [[PERSON|name:Julie Webb]] [[PHONE|phone:0427 118 903]] - ACD on file, not for MET calls.\n"
    "plan: rpt Na am, cease sertraline, OT cog assessment when clearer",
    "Ortho WR [[DATE|date:8/4/2024]]\n"
    "Consultant: Mr [[PERSON|name:Abernethy]]\n"
    "1) Bed 9 - [[PERSON|name:Kevin Robson]] [[AGE|other:52]]M D1 post ORIF R ankle - trimalleolar # after fall off shed roof. NWB 6/52, clexane 40mg daily.\n"
    "2) Bed 11 - Ms [[PERSON|name:Summer Lee]], # distal radius, for MUA today. Fasting from 0200.\n"
    "3) Bed 12 - empty",
    "Med WR\n"
    "[[PERSON|name:Nellie Napaljarri]] [[AGE|other:44]]F from [[LOCATION|geo:Yuendumu]].\n"
    "RHD w/ severe MR, on monthly bicillin (last given 4/52 ago at the clinic). Adm w/ decomp HF.\n"
    "Warlpiri interpreter [[PERSON|name:Valerie]] present.\n"
    "Clinic RN [[PERSON|name:Tom Price]] phoned - will meet pt at airstrip on return.\n"
    "Plan: IV frusemide 80mg BD, daily wts, echo, cardiac surg referral",
    "ICU WR\n"
    "Bed 4: [[PERSON|name:Daniel Okoro]] [[AGE|other:38]]M D5, influenza A ARDS\n"
    "Proned 16h o/n, P/F 140 -> 210. PEEP 12, FiO2 0.45.\n"
    "Bedside monitor (Philips IntelliVue MX800) dropped off central station - IP [[IP|ip:10.42.7.118]], MAC [[DEVICE|device:00:09:FB:3C:71:A2]] - BME notified.\n"
    "Wife [[PERSON|name:Precious]] visiting daily, updated.\n"
    "Plan: supine trial 1400, cont oseltamivir",
    "Haem WR [[DATE|date:1/11]]\n"
    "Mr [[PERSON|name:Bill Sawyer]] [[AGE|other:70]]M relapsed Hodgkin lymphoma, C2D8 salvage\n"
    "Enrolled on ALLG protocol HD29 - study ID [[ID|other:HD29-0417]].\n"
    "Neutropenic, afeb. plt 12 (150-400), Hb 78 - 1 unit RBC + plt today.\n"
    "PICC R basilic, site clean.\n"
    "Daughter [[PERSON|name:Kylie]] asking re transfer closer to home - SW to see",
    "rehab wr\n"
    "Mr [[PERSON|name:Faulkner]] [[AGE|other:77]]M R MCA stroke 3/52 ago. DVA [[ID|health_plan:VSM18832]]\n"
    "FIM 62 (adm 41). mobilising w 4WW + 1 assist, L neglect improving. dysphagia - IDDSI lvl 5 minced moist, thin fluids ok.\n"
    "wife [[PERSON|name:Dawn]] keen for d/c home. home visit bookd for [[DATE|date:the 12th]]\n"
    "fu ax 2/52",
]

DISCHARGE_SUMMARY = [
    "DISCHARGE SUMMARY\n"
    "Patient: [[PERSON|name:Margaret Eileen Kowalczyk]]\n"
    "IHI: [[ID|health_plan:8003 6012 9876 5432]]\n"
    "LOS 7 days   Discharged: [[DATE|date:09/05/2024]]\n"
    "Principal dx: NSTEMI. Procedures: coronary angiogram, DES x1 to LAD (MBS 38307).\n"
    "Meds on d/c: aspirin 100mg mane, ticagrelor 90mg BD x 12/12, atorvastatin 80mg nocte, metoprolol 23.75mg daily.\n"
    "Discharging clinician: Dr [[PERSON|name:Aisha Rahman]] (Prov No [[ID|license:4471293T]])\n"
    "GP fax [[PHONE|fax:02 9412 7789]]",
    "DISCHARGE SUMMARY - Endocrinology\n"
    "Patient: [[PERSON|name:Kayla Thompson]] | [[AGE|other:22]]F\n"
    "Adm dx: DKA (pH 7.08, HCO3 6, ketones 5.8) precipitated by pump occlusion.\n"
    "Insulin pump Tandem t:slim X2, SN [[DEVICE|device:1108442]]; Dexcom G7 transmitter ID [[DEVICE|device:8GK4TP]]. Infusion set changed, basal 0.9u/h resumed.\n"
    "F/u: Diabetes clinic in 2/52.\n"
    "Results to pt by email ([[EMAIL|email:kayla.t01@outlook.com]]) as requested.",
    "Paediatric Discharge Summary\n"
    "[[PERSON|name:Arjun Singh]], [[AGE|other:4]]y M\n"
    "Parents: [[PERSON|name:Harpreet Kaur]] (mum) / dad, [[ADDRESS|geo:27 Kidds Rd, Doveton VIC 3177]]\n"
    "Dx: moderate croup. Dexamethasone 0.15mg/kg x1, neb adrenaline x2 in ED. Obs overnight, no stridor at rest on d/c.\n"
    "d/c [[DATE|date:22/06/2023]]\n"
    "Advice: return if stridor at rest or blue lips. MCH nurse notified.",
    "DISCHARGE SUMMARY - Gen Med\n"
    "[[PERSON|name:Shane Doolan]] [[AGE|other:49]]M  d/c [[DATE|date:11/2/24]]\n"
    "Dx: complicated ETOH withdrawal (1x seizure), hypokalaemia, hypomag.\n"
    "Lives alone in [[LOCATION|geo:Elizabeth]] (Housing SA). Brother local.\n"
    "SW input: Centrelink CRN [[ID|ssn:308 112 457K]] - JobSeeker suspended, assisted to reinstate.\n"
    "Thiamine 100mg TDS, diazepam weaned off. Referred to DASSA for detox f/u.",
    "DISCHARGE SUMMARY - Trauma\n"
    "Pt: [[PERSON|name:Jarrah Kelly]]  [[AGE|other:31]]M\n"
    "Addr: [[ADDRESS|geo:Unit 3, 41 Railway Pde, Bassendean WA 6054]]\n"
    "Mechanism: motorbike (WA rego [[VEHICLE|vehicle:1FDK928]]) vs car [[DATE|date:1 March 2024]], ~60km/h.\n"
    "Injuries: # L femoral shaft - IMN D1; grade II splenic lac - conservative.\n"
    "Insurance Commission of WA claim [[ID|other:MIC24-0188213]].\n"
    "Ortho f/u 6/52 fracture clinic. No driving/riding until cleared.",
    "DISCHARGE SUMMARY\n"
    "Mr [[PERSON|name:Reginald Cox]], [[AGE|date:90]]M, of [[LOCATION|geo:Penguin]]\n"
    "Dx: recurrent falls, orthostatic hypotension, new RACF placement.\n"
    "D/c to [[LOCATION|geo:Seaview Lodge Ulverstone]] on Friday.\n"
    "Webster pack by community pharmacy (fax [[PHONE|fax:03 6437 2290]]).\n"
    "Nb little penguin colony visit was pt's 'last outing' - family pleased.",
    "DISCHARGE SUMMARY - MEDICAL\n"
    "Name: [[PERSON|name:Katherine Murray]]\n"
    "Dx: community acquired pneumonia, T2DM (HbA1c 11.2%).\n"
    "Returning home to [[LOCATION|geo:Katherine]] by Greyhound tmrw.\n"
    "F/u: local ACCHO 1/52 for bloods; endocrine telehealth via [[URL|url:https://telehealth.nt.gov.au/join/kmurray-8841]].\n"
    "Contact niece [[PERSON|name:Shantelle]] [[PHONE|phone:0889 721 604]] if no answer on pt mobile.",
    "Canberra Health Services - DISCHARGE SUMMARY (Elective)\n"
    "Patient: Ms [[PERSON|name:Sunny Kwon]]\n"
    "Private - Bupa member [[ID|health_plan:98716543]]. Hospital account no [[ID|account:700442198]].\n"
    "Procedure: R THR (Exeter V40 stem, Trident cup). Stem SN [[DEVICE|device:EX2311094]] - recorded on AOANJRR form.\n"
    "[[PERSON|name:Sunny]] day-3 mobilising independently with crutches. WBAT. Clexane 40mg daily x 35/7.\n"
    "Surgeon's rooms to r/v at 6/52.",
    "eDischarge - Stroke Unit\n"
    "[[PERSON|name:Cliff Hay]] [[AGE|other:74]]M of [[LOCATION|geo:Narromine]]\n"
    "Admitted [[DATE|date:the 3rd of July]] with L hemiparesis, tPA declined (outside window). CT: R MCA infarct.\n"
    "d/c to inpt rehab.\n"
    "Copy emailed to [[EMAIL|email:reception@narrominemedical.com.au]].\n"
    "Wife aware.",
    "Cardiology - DISCHARGE SUMMARY\n"
    "Patient: [[PERSON|name:Douglas Arthur Finch]]  [[AGE|other:84]]M  DVA [[ID|health_plan:QX 4419 B]]\n"
    "Adm with decompensated CCF, BNP 4120. 6kg diuresed. K 4.1, Cr 138.\n"
    "ICD (Boston Scientific Resonate EL) SN [[DEVICE|device:812944]] - no therapies delivered.\n"
    "Veteran - Vietnam. DVA transport booked home to [[ADDRESS|geo:14 Ross River Rd, Mundingburra QLD 4812]].\n"
    "Results also on My Health Record.",
]

GP_LETTER = [
    "REFERRAL - CARDIOLOGY\nPractice fax [[PHONE|fax:(02) 9389 4411]]\n\n"
    "Dr [[PERSON|name:Helen Marchetti]], Cardiologist\n\n"
    "Dear colleague,\n"
    "Re: Mr [[PERSON|name:Oliver Grant]]\n"
    "[[ADDRESS|geo:7 Ocean St, Bondi NSW 2026]]\n\n"
    "Thank you for seeing this [[AGE|other:57]] y.o. accountant with exertional chest tightness x 3/12. ECG: LBBB (new c/w 2019). "
    "Lipids: TC 6.8, LDL 4.4. BP 148/92.\n\n"
    "Kind regards,\nDr [[PERSON|name:James Whitlam]]  Provider no. [[ID|license:2044381K]]",
    "[[LOCATION|geo:Sale Medical Centre]]\n"
    "To: Dr [[PERSON|name:Vikram Desai]], Endocrinologist\n"
    "Re: Mrs [[PERSON|name:Joy Pemberton]], of [[LOCATION|geo:Sale]]\n"
    "Dear colleague, I'd appreciate your opinion re this lady with a 3cm R thyroid nodule (TIRADS 4) found incidentally on carotid US. TSH 0.02, fT4 24.\n"
    "She is keen to be seen before her garage sale trip interstate!\n"
    "Her mobile is [[PHONE|phone:0429 884 016]].\n"
    "Yours sincerely, Dr [[PERSON|name:Anna Kostopoulos]] (prov [[ID|license:4411927J]])",
    "MENTAL HEALTH TREATMENT PLAN - REFERRAL\n"
    "From: Dr [[PERSON|name:Michael Tuan]], prescriber no [[ID|license:2197345]]\n"
    "To: [[PERSON|name:Grace Whitehouse]], Psychologist (AHPRA [[ID|license:PSY0001873264]])\n"
    "Pt: [[PERSON|name:Lachlan Reid]]\n"
    "K10 = 34, DASS-21 severe anxiety. Referred under Better Access for 6 sessions (MBS 2715). PHQ-9 19.\n"
    "Prefers contact by email [[EMAIL|email:lachie.reid99@gmail.com]]",
    "[[LOCATION|geo:Broome Regional Aboriginal Medical Service]]\n"
    "Dear Surgeon,\n"
    "Re: [[PERSON|name:Darren Edgar]] (DOB unknown)\n"
    "Lives at [[LOCATION|geo:Bidyadanga]] community, ~180km south of town\n"
    "Please review for lap chole - 3 episodes biliary colic, US gallstones, LFTs nil acute. BMI 34.\n"
    "Best contact: cousin [[PERSON|name:Rosie]] [[PHONE|phone:0419 008 732]].\n"
    "Regards, Dr [[PERSON|name:E. Huang]]",
    "Dear colleague,\n"
    "Re: Mr [[PERSON|name:Albert Neville Pope]], [[AGE|date:93]] yrs, [[ADDRESS|geo:11 Penola Rd, Mount Gambier SA 5290]]\n"
    "Thank you for seeing him at your clinic. Progressive STM loss over 18/12, MMSE 21/30, now getting lost driving to the RSL.\n"
    "His daughter (EPOA) can be reached via our rooms; please fax reports to [[PHONE|fax:08 8725 0941]].\n"
    "Yours faithfully,\nDr [[PERSON|name:Toby Lange]]\nAHPRA [[ID|license:MED0001499281]]",
    "Medical certificate / fitness to drive (Austroads)\n"
    "Patient: [[PERSON|name:Wayne Bradshaw]]\n"
    "TAS driver licence no [[ID|license:B492817]]  - heavy vehicle (HR) class\n"
    "Vehicle: prime mover reg [[VEHICLE|vehicle:C 58 LK]]\n"
    "Dx: T2DM on insulin since [[DATE|date:06/2023]]. Hypo awareness intact, no severe hypos in 12/12, HbA1c 7.1. Vision 6/6 both eyes.\n"
    "Conditional licence recommended; review 12 months.\n"
    "Dr [[PERSON|name:Priya Nair]]",
    "[[LOCATION|geo:Danila Dilba Health Service]]\n"
    "Referral - Renal\n"
    "Client: [[PERSON|name:Clarence Bara]]\n"
    "eGFR 24 (was 38 in [[DATE|date:Jan 2023]]), ACR 180. BP 162/98 on 3 agents. Please assess re RRT planning.\n"
    "Works at the port. Mob [[PHONE|phone:0401 553 209]]\n"
    "Thanks - Dr [[PERSON|name:Rachel Oduya]], GP",
    "To whom it may concern (WorkSafe ACT / insurer)\n"
    "RE: [[PERSON|name:Natalie Brennan]], claim no. [[ID|other:WC-24-006611]], employer: ACT Government\n"
    "She sustained a L shoulder injury lifting archive boxes at work on [[DATE|date:18/04/2024]]. US: supraspinatus partial tear. Restricted duties x 4/52 - no lifting >5kg, no overhead work.\n"
    "Certificate of Capacity attached. GP: Dr [[PERSON|name:Hamish Leckie]], ph [[PHONE|phone:02 6282 9011]]",
    "The Principal, [[LOCATION|geo:Newtown Public School]]\n"
    "Re: [[PERSON|name:Poppy Addison]] (Yr 2)\n"
    "She has IgE-mediated peanut and cashew allergy with previous anaphylaxis. Updated ASCIA action plan attached; EpiPen Jr 150mcg to be kept with class. "
    "Mum [[PERSON|name:Skye Addison]] happy to do staff training.\n"
    "Dr [[PERSON|name:Con Georgiou]], [[LOCATION|geo:King St Family Practice]]",
    "Teledermatology referral\n"
    "Pt [[PERSON|name:Harold Cheung]] [[AGE|other:68]]M\n"
    "Lesion L ear helix 9mm, ulcerated, grown 2/12. ?SCC. Dermoscopy imgs [[ID|photo:DERM_HC_0412.jpg]] uploaded to [[URL|url:https://portal.skinreferral.com.au/case/83317]].\n"
    "Pls reply to [[EMAIL|email:drsmyth@noosadocs.com.au]].",
]

COMMUNITY_NURSING = [
    "Bolton Clarke - home visit 0915\n"
    "Client: [[PERSON|name:Beryl Hutchins]] [[AGE|other:83]]F, [[ADDRESS|geo:19 Wattle Gr, Frankston VIC 3199]]\n"
    "Venous leg ulcer L gaiter 4.2 x 3.1cm (was 5.0 x 3.6 last wk). Slough 20%, mod exudate. Cleansed NS, Aquacel Ag + 2-layer compression.\n"
    "Photos: [[ID|photo:BH_LLeg_20240116_01.jpg]] uploaded to chart.\n"
    "Parked on street - work car [[VEHICLE|vehicle:1TZ 7QM]] got a ticket again, pls reimburse. Next visit 2/7.",
    "HITH - home visit\n"
    "Pt [[PERSON|name:Rocco Marino]] [[AGE|other:61]]M\n"
    "[[ADDRESS|geo:5 Coreen Ave, Penrith NSW 2750]] - side gate, dog friendly\n"
    "IV cefazolin 2g via elastomeric (Baxter LV10) for MSSA osteomyelitis R foot, D12/42. PICC L arm: ext length 1cm, dressing changed, no erythema.\n"
    "Wife [[PERSON|name:Concetta]] [[PHONE|phone:0411 802 559]] asks if visits can be after 1000.\n"
    "Bloods: CRP 31 (<5), WCC 8.1. ID team happy.",
    "community palliative care\n"
    "[[DATE|date:26/05/2023]] visit 2 of 2 today\n"
    "[[PERSON|name:Joyce Ferguson]] [[AGE|other:79]]F metastatic pancreatic ca. Syringe driver NIKI T34 serial [[DEVICE|device:T34-0116483]] - morphine 30mg + midaz 10mg /24h, site L chest, no redness.\n"
    "Restless pm, family giving breakthrough morphine 5mg sc x2. Husband [[PERSON|name:Keith]] coping, daughter flying in tmrw.\n"
    "GP to visit. After-hours pall line given.",
    "Silver Chain - diabetes nurse visit\n"
    "[[DATE|date:3.4.24]] Client [[PERSON|name:Mohammed Al-Hassan]] [[AGE|other:67]]M, [[ADDRESS|geo:22/8 Hector St, Osborne Park WA 6017]]\n"
    "Glucometer (Accu-Chek Guide, serial [[DEVICE|device:92601337418]]) download: fasting 9-13, 2 hypos (3.1, 3.4) pre-lunch last wk.\n"
    "Insulin glargine 28u nocte - d/w GP to drop to 24u. Feet: R hallux callus, pulses present, monofil intact.\n"
    "Son interprets.",
    "district nursing - IDC change\n"
    "date: [[DATE|date:12/12/2023]]\n"
    "pt [[PERSON|name:Lionel Pratt]] [[AGE|other:88]]M, [[ADDRESS|geo:9 Gertrude St, Port Pirie SA 5540]], SPC 16Fr due for 6-weekly change, changed w/o difficulty, 10ml water balloon. urine clear.\n"
    "wife [[PERSON|name:Ivy]] has dementia, respite bookd for 2/52.\n"
    "next change 6/52.",
    "Community nursing - [[LOCATION|geo:King Island]]\n"
    "[[DATE|date:18th of August 2023]]\n"
    "Mrs [[PERSON|name:Gwen Turnbull]] [[AGE|other:72]]F post TKR - staples out today D14, wound healed, ROM 5-95deg.\n"
    "Physio via telehealth Thurs. Flight home from Launnie cost concern - PATS form completed (PATS ref [[ID|other:PT-23-71185]]).\n"
    "Husband supportive.",
    "[[LOCATION|geo:Palmerston]] community care - wound clinic\n"
    "[[DATE|date:30/10/2023]]\n"
    "Client: [[PERSON|name:Jasmine Kelly-Ross]]  HRN [[ID|mrn:0611940]]\n"
    "Burn R forearm (hot oil), 2% TBSA partial thickness, day 9. Mepilex Ag changed, epithelialising well.\n"
    "Pt requested results sent to [[EMAIL|email:jaz.kellyross@bigpond.com]]. Next review Fri.",
    "ACT Health community nursing - home oxygen check\n"
    "[[DATE|date:22/02/2024]] [[PERSON|name:Stanley Ikeda]] [[AGE|other:76]]M, [[ADDRESS|geo:41 Pockett Ave, Banks ACT 2906]]\n"
    "COPD GOLD 4. Concentrator (Philips EverFlo) serial [[DEVICE|device:EF21A044917]], 2L/min 16h/day, hours meter 8812.\n"
    "SpO2 90% on 2L, RR 22. Smoke alarm ok, no smoking in house (daughter confirms).\n"
    "Resp nurse to review 1/52.",
    "Child & Family Health Nurse - home visit (1-4 wk)\n"
    "Baby: [[PERSON|name:Willow Grace Fenech]]  DOB [[DATE|date:11/09/2023]]  Blue Book given\n"
    "Mum: [[PERSON|name:Tahlia Fenech]], [[ADDRESS|geo:6 Lawson Cres, Kellyville Ridge NSW 2155]]\n"
    "Birth: 39+2, SVD, BW 3340g. Today wt 3510g. Breastfeeding 8-10x/24h.\n"
    "EPDS 11 - repeat at 6/52, SW aware. Grace is gran's name ([[PERSON|name:Grace Fenech]], lives next door).",
    "Community nursing note - [[LOCATION|geo:Bright]]\n"
    "[[DATE|date:4/3/24]] (Mon)\n"
    "Mr [[PERSON|name:Leslie Dunstan]] [[AGE|other:80]]M - bright & chatty today. Post-op L BKA stump check: healing well, sutures out. Prosthetist next wk.\n"
    "Lives alone [[ADDRESS|geo:3 Ireland St, Bright VIC 3741]]. Neighbour checks daily. HACC hrs increased.",
]

AGED_CARE_PROGRESS = [
    "PROGRESS NOTE\n"
    "1430  Resident: [[PERSON|name:Edna May Goodwin]] Rm 14  [[AGE|date:98]]F\n"
    "Found sitting on floor beside bed by AIN. No head strike reported. Obs: BP 128/70 P 82 T 36.4 SpO2 96%. Neuro obs commenced (on apixaban).\n"
    "Skin tear L forearm 3cm, STAR cat 2a, steri-strips. Photo [[ID|photo:EG_skin_tear_0403.png]]\n"
    "NOK daughter informed 1450. GP notified via fax [[PHONE|fax:02 9555 1882]]. RN [[PERSON|name:S. Ogunleye]]",
    "RN progress note [[DATE|date:12.01.2024]]\n"
    "[[PERSON|name:Frank Bellamy]] ([[AGE|other:86]]), Banksia wing bed 3\n"
    "BGL 22.4 at 1130, ketones 0.3. Dexamethasone recently increased. Novorapid 6u per sliding scale chart. rpt BGL 15.1 at 1330.\n"
    "S8 drug cabinet access via fingerprint reader - RN enrolment template [[ID|biometric:FP-0047-RN12]] failed x3, used override key. Maintenance ticket logged.\n"
    "Son [[PERSON|name:Martin]] visiting Sun.",
    "EN note [[DATE|date:21/7/23]] night shift\n"
    "Mrs [[PERSON|name:Olive Tregear]] [[AGE|date:101]]F settled until 0200, then calling out 'where's [[PERSON|name:Jack]]' (late husband). Reassured, warm milk. Slept 0300-0600.\n"
    "Pressure injury sacrum stage 2 - photo taken [[ID|photo:OT_sacrum_21072023.jpg]], 2-hrly repositioning maintained. Turning chart attached.",
    "PROGRESS NOTES  [[LOCATION|geo:Carinity Brookfield Green]]\n"
    "Res: [[PERSON|name:YOUNG]], [[PERSON|name:Desmond]]  DVA [[ID|health_plan:QX198870]]\n"
    "Today: Special lunch attended, ate 75%. Weight 61.2kg (down 2.1kg/1 month) - dietitian referral.\n"
    "Wife [[PERSON|name:Marjorie Young]] in memory support wing, joined for lunch.\n"
    "Monthly fees: family asked re direct debit - acct no. [[ID|account:064-000 10473321]] updated by admin.",
    "aged care prog note\n"
    "am\n"
    "resident [[PERSON|name:Theo Stavrakis]] [[AGE|other:89]]M refusing meds (sertraline, donepezil). says 'you are poisoning me'. GP rv'd, UTI? - MSU sent (lab no [[ID|mrn:23-0811-4471]]).\n"
    "Greek speaking - daughter [[PERSON|name:Eleni Stavrakis]] helped on ph[[PHONE|phone:0402578113]].\n"
    "BGL 6.2, T 37.8. Encourage fluids 1.5L.",
    "Care note\n"
    "[[DATE|date:Christmas Day 2023]] - resident [[PERSON|name:Noel Christmas]] (yes really) [[AGE|other:84]]M celebrated his b'day today. Family visited.\n"
    "Choked briefly on pudding 1310, back blows x2 effective, SpO2 97% after. Speech path referral for review Wed.\n"
    "IDDSI lvl 6 soft & bite-sized. EPOA son [[PERSON|name:Brendan Christmas]] [[PHONE|phone:(03) 5243 8817]] informed.",
    "RN note - [[LOCATION|geo:Yaraandoo]]\n"
    "[[PERSON|name:Daphne Wells]] [[AGE|date:94]]F. Palliative approach per ACD. Family meeting today w/ daughter - comfort focus, no transfer to hospital.\n"
    "Anticipatory meds charted by NP [[PERSON|name:Ruth Heaney]] (NMBA reg [[ID|license:NMW0001622147]]).\n"
    "Oral care 2hrly, mouth dry.",
    "Aged care - clinical progress\n"
    "[[LOCATION|geo:Hammond Care Darlinghurst]] [[DATE|date:19/10/23]]\n"
    "[[PERSON|name:Bartholomew Quill]] [[AGE|other:78]]M, younger-onset AD. Exit-seeking x4 this shift, tried keypad door. Wander alert wristband (Inovonics) ID [[DEVICE|device:WB-3A71C9]] re-paired to nurse call.\n"
    "Calm w/ old country music. Wife aware. Dementia Support Australia referral sent.",
    "PROGRESS NOTE [[DATE|date:2024-01-29]]\n"
    "Resident: [[PERSON|name:Constance Fairweather]] [[AGE|date:92]]F Rm 22\n"
    "Med round: resident identification via facial photo in eMAR ([[ID|photo:CF_eMAR_profile.jpg]]) + wristband. Pt had swapped rooms w/ neighbour - corrected before meds given. Incident IR logged.\n"
    "Medication-dispensing cabinet palm-vein scan ID for RN on duty: [[ID|biometric:PV-7731-0042]].",
    "aged care note - [[LOCATION|geo:Old Timers Village]]\n"
    "[[PERSON|name:Maisie Ngala]] [[AGE|other:81]]F. On country visit to [[LOCATION|geo:Hermannsburg]] with niece [[PERSON|name:Freda]] for sorry business, back Sun. Meds packed x3 days (Webster).\n"
    "Niece has phone.",
]

MENTAL_HEALTH = [
    "CATT assessment\n"
    "[[DATE|date:27/03/2024]] 2110, home visit w/ VicPol\n"
    "[[PERSON|name:Ryan Gallagher]] [[AGE|other:26]]M, [[ADDRESS|geo:2/14 Beach St, Frankston VIC 3199]].\n"
    "Mum called - texts saying goodbye, bought rope. Pt calm on arrival, denies current intent but 'can't promise tomorrow'.\n"
    "Risk: HIGH. Assessment Order made under MHA 2014 s29, transported to ED by ambulance.\n"
    "Pt's car (white Corolla, [[VEHICLE|vehicle:ZSH 412]]) left at address - keys with mum.",
    "MENTAL HEALTH ACT - INVOLUNTARY TREATMENT ORDER review\n"
    "Mental Health Unit\n"
    "Pt: [[PERSON|name:Tegan Moss]]  URN [[ID|mrn:RH 730 552]]\n"
    "Tribunal hearing [[DATE|date:16 May 2024]], case no. [[ID|other:MHT-24-01937]]. Legal Aid rep present.\n"
    "Dx: schizoaffective d/o, relapse after ceasing paliperidone. PANSS 98.\n"
    "Pt posting on public Instagram [[URL|url:https://instagram.com/tegan.moss.art]] - team discussed privacy, pt consents to us noting it.",
    "CONSUMER CALL LOG - 1800 mental health access line\n"
    "[[DATE|date:03/09/2023]] 0217. Caller identified by voice biometrics (reg. voiceprint [[ID|biometric:VPX-118-42093]]) as existing client [[PERSON|name:Aaron Blight]].\n"
    "States 'the voices are loud again'. Not taken olanzapine x 5/7. No weapons.\n"
    "Callback number [[PHONE|phone:0487 220 619]]. Referred to CMHT for am home visit; case mgr emailed [[EMAIL|email:nadia.sultani@sa.gov.au]].",
    "Psych reg note - ED\n"
    "[[PERSON|name:Jed Morrow]] [[AGE|other:17]]M - OD paracetamol 40 x 500mg ~6h ago after breakup. 4h level 210 - above nomogram, NAC started.\n"
    "Lives w/ dad [[PERSON|name:Craig Morrow]]. Yr 12.\n"
    "[[LOCATION|geo:headspace Inala]] worker on [[PHONE|phone:07 3372 0918]].\n"
    "Plan: admit paeds/adol when medically cleared, CYMHS consult.",
    "MH progress note (community, clozapine clinic)\n"
    "date: [[DATE|date:15-Jan-2024]]\n"
    "client [[PERSON|name:Peter Yiannakis]], [[AGE|other:44]]M, Clozapine patient monitoring reg no [[ID|other:CPMS 7701423]]\n"
    "ANC 3.1 (>2.0 green), WCC 6.4. clozapine level 0.42 mg/L. weight up 3kg. constipation - movicol added.\n"
    "smokes 30/day - level will change if quits!! mum supportive. next FBC 4/52.\n"
    "Centrelink DSP ok, CRN [[ID|ssn:207 339 804H]].",
    "ACUTE INPATIENT UNIT - nursing entry\n"
    "[[LOCATION|geo:Graylands Hospital]] Ward 3, [[DATE|date:20/06/2023]] late shift\n"
    "[[PERSON|name:Storm Jacobs]] [[AGE|other:31]]F (pref they/them). Settled, attended art group. PRN lorazepam 1mg x1 at 1900 for agitation after phone call from ex.\n"
    "Visitor restriction: ex-partner - restraining order [[ID|other:FVRO 2023/4417]]. Security aware.\n"
    "obs q15min.",
    "Perinatal mental health - [[LOCATION|geo:Gidget House]]\n"
    "Client: [[PERSON|name:Felicity Brand]] [[AGE|other:33]] G2P2, 8/52 postpartum. EPDS 19, Q10 score 1 (thoughts of self-harm 'hardly ever').\n"
    "Partner works FIFO in [[LOCATION|geo:Port Hedland]] - 2 wks on / 1 off. Mum staying.\n"
    "Referral to MBU discussed. Appt next wk.\n"
    "Mob [[PHONE|phone:0402 911 530]]",
    "Forensic MH liaison - [[LOCATION|geo:Alexander Maconochie Centre]]\n"
    "Detainee [[PERSON|name:Corey Walsh]], [[AGE|other:29]]M\n"
    "Referred by custodial officer - not eating, poor sleep, ?psychotic. MSE: guarded, thought blocking, denies AH. Hx bipolar I.\n"
    "Collateral from GP ([[LOCATION|geo:Winnunga Nimmityjah]] AHS) - lithium ceased [[DATE|date:02/2024]].\n"
    "Plan: Li level, TFTs, restart quetiapine, r/v 2/7.",
    "Community MH team\n"
    "Care coordination note\n"
    "Client: [[PERSON|name:Patrick Dunn]]  [[AGE|other:52]]M\n"
    "Depot (zuclopenthixol 300mg IM q2w) given L glute, batch not recorded - pharmacy notified.\n"
    "Pt asks we stop emailing his work address [[EMAIL|email:pdunn@ntport.com.au]]; use [[EMAIL|email:patdunn68@hotmail.com]].\n"
    "Next depot 2/52. Case mgr [[PERSON|name:Cheryl Ah Kit]].",
    "EATING DISORDERS - outpatient review\n"
    "[[DATE|date:28/02/2024]]\n"
    "[[PERSON|name:Mia Rosenberg]] [[AGE|other:15]]F. FBT phase 1. Wt 41.2kg (BMI 15.9), HR 44 lying, 68 standing.\n"
    "Parents supervising meals. School aware.\n"
    "Telehealth session next wk from pt IP [[IP|ip:203.45.118.27]] flagged by IT as interstate VPN - ok, family at holiday house in [[LOCATION|geo:Merimbula]].",
]

PHARMACY = [
    "DISPENSING NOTE - [[LOCATION|geo:Priceline Pharmacy Toowong]]\n"
    "Pt: [[PERSON|name:Jennifer Holt]]  Medicare[[ID|health_plan:2954718326]]/4\n"
    "eScript token [[ID|other:2K7TQRNB9ZPX4AH2XS]] - Ozempic 1mg pen. Prescriber no [[ID|license:0486172]].\n"
    "Private Rx (not PBS - indication obesity). Supply shortage, 1 pen only. Pt to call Fri.",
    "S8 register entry / ODT\n"
    "[[LOCATION|geo:Chemist Warehouse Footscray]]\n"
    "Client [[PERSON|name:Darren Lupi]] ODT permit [[ID|other:ODP-V-221904]] - methadone 75mg supervised. Witnessed swallow + talk.\n"
    "Missed 2 doses this wk - dose not increased per protocol (3+ missed -> contact prescriber). Prescriber (AHPRA [[ID|license:MED0001182743]]) emailed.\n"
    "S8 safe opened by pharmacist [[PERSON|name:K. Vu]] via fingerprint (template [[ID|biometric:FPT-3398-KV]]).",
    "Medication review (HMR) - accredited pharmacist\n"
    "Pt: Mrs [[PERSON|name:Iris Wainwright]] [[AGE|date:90]]F, [[ADDRESS|geo:4 Yarra St, Warrandyte VIC 3113]]\n"
    "Referring GP fax [[PHONE|fax:03 9844 3172]]\n"
    "Findings: 14 regular meds. Anticholinergic burden 5 (oxybutynin, amitriptyline). Duplicate PPI (esomeprazole + pantoprazole). eGFR 34 - metformin 1g BD too high.\n"
    "Recs: cease oxybutynin, deprescribe amitriptyline slowly, metformin 500mg BD.\n"
    "Pharmacist (PHA [[ID|license:PHA0001448203]])",
    "dose administration aid - packing note\n"
    "[[LOCATION|geo:Blooms The Chemist Mudgee]] [[DATE|date:2/10/23]]\n"
    "[[PERSON|name:Gordon Fairleigh]] - Webster pack for next wk. New: furosemide 40mg mane added per hosp d/c.\n"
    "acc. balance owing $214.60 on acct [[ID|account:FAIR-00617]] - daughter [[PERSON|name:Sue]] to pay.\n"
    "Nb warfarin 3mg Mon/Wed/Fri, 2mg other days - INR 2.4.",
    "Clinical intervention - [[LOCATION|geo:TerryWhite Chemmart Kingston]]\n"
    "Rx for [[PERSON|name:Oscar Lindqvist]] [[AGE|other:3]] - amoxicillin 500mg/5mL 10mL TDS - dose 10x too high for 14kg. Phoned prescriber Dr [[PERSON|name:Graves]] on [[PHONE|phone:03 6229 7730]] - corrected to 250mg/5mL 5mL TDS.\n"
    "Mum counselled. PBS item 1888X.",
    "HOSPITAL PHARMACY - medication reconciliation\n"
    "[[DATE|date:06/12/2023]]\n"
    "[[PERSON|name:Ngaire Te Awa]] [[AGE|other:59]]F. NZ citizen, NHI [[ID|health_plan:ZKL4821]]; also Medicare [[ID|health_plan:5523 80194 1]] (SCV).\n"
    "BPMH from pt + community pharmacy (fax [[PHONE|fax:08 9414 8816]]).\n"
    "Discrepancy: pt taking perindopril 10mg (not 5mg as on GP list). Clarified with GP.",
    "Pharmacy - eRx gateway fault log\n"
    "[[DATE|date:2024-02-19]] 09:41 AEDT - script for [[PERSON|name:Wendy Castellano]] (IHI [[ID|health_plan:8003 6034 1190 2277]]) failed to download.\n"
    "Pharmacy workstation IP [[IP|ip:192.168.20.41]] blocked by firewall after update; MAC [[DEVICE|device:3C-52-82-4F-19-D0]].\n"
    "Pt waited 40 mins, supplied emergency 3 days (emergency supply, Reg 49). Called pt later.",
    "PHARMACY TO GP - FAX\n"
    "To: Dr [[PERSON|name:Suresh Pillai]]  fax [[PHONE|fax:(03) 5572 0418]]\n"
    "From: [[LOCATION|geo:Hamilton Pharmacy]]\n"
    "Re [[PERSON|name:Edwin Matthews]] (DVA [[ID|health_plan:VX 11902]]) - owing script for Endone 5mg (S8, continued dispensing not permitted). Pt out tomorrow. Please send via eRx to [[EMAIL|email:scripts@hamiltonpharmacy.com.au]].\n"
    "Thanks (pharmacist on duty)",
    "Vaccination record - pharmacist immuniser\n"
    "[[LOCATION|geo:Capital Chemist Manuka]] [[DATE|date:03/05/2024]]\n"
    "[[PERSON|name:Hamish O'Rourke]] [[AGE|other:68]]M - Fluad Quad 0.5mL L deltoid, batch AU19X02. Shingrix dose 2 due 2/12.\n"
    "Reported to AIR. Email confirmation to [[EMAIL|email:hamish.orourke@iinet.net.au]].\n"
    "Obs 15 min - nil reaction.",
    "Compounding / NDSS note\n"
    "[[PERSON|name:Raymond Kalu]] [[AGE|other:45]]M NDSS registration [[ID|health_plan:NDSS 4208819]] - pen needles + strips supplied.\n"
    "Paid by card ending [[ID|account:4532 **** **** 0918]] - receipt emailed.\n"
    "Pt asked about Libre 2 subsidy - not eligible (T2). Sensor serial from his sample [[DEVICE|device:0M0009ZK3N]] registered to pharmacy demo acct in error - removed.",
]

NDIS_AND_CENTRELINK = [
    "NDIS ACCESS REQUEST - Supporting Evidence Form (treating professional)\n"
    "Participant name: [[PERSON|name:Zachary Liam Hough]]   DOB: [[DATE|date:14/06/2012]]\n"
    "NDIS reference no: [[ID|health_plan:430 918 245]]\n"
    "Primary disability: Autism spectrum disorder level 2 (DSM-5), dx [[DATE|date:03/2016]] by paediatrician.\n"
    "Completed by: OT, AHPRA [[ID|license:OCC0002051837]]",
    "Centrelink - Disability Support Pension: Treating Doctor's Report (SA332a)\n"
    "Customer: [[PERSON|name:Gary Lucas Whitmore]]   CRN:[[ID|ssn:301448922A]]\n"
    "Address: [[ADDRESS|geo:PO Box 218, Tumut NSW 2720]]\n"
    "Condition: L5/S1 discectomy [[DATE|date:Aug 2021]], chronic radicular pain, fully diagnosed/treated/stabilised. Impairment Table 4.\n"
    "Doctor: provider no [[ID|license:2301756F]], fax [[PHONE|fax:02 6947 1399]]",
    "Services Australia - phone contact note (advocate)\n"
    "Rang Centrelink with client [[PERSON|name:Mary-Anne Tuck]] present. Voice ID enrolled, voiceprint ref [[ID|biometric:VID-55910273]].\n"
    "Customer reference number [[ID|ssn:212 604 118J]]. TFN [[ID|ssn:463 218 097]] provided to update income.\n"
    "Payment into acct [[ID|account:633-000 152884307]] (Bendigo Bank).\n"
    "Client email [[EMAIL|email:maryannetuck@yahoo.com.au]].",
    "NDIS plan review - support coordinator notes\n"
    "Participant: [[PERSON|name:Jordan Baxter]] [[AGE|other:34]], NDIS # [[ID|health_plan:431055672]]\n"
    "Plan reassessment due. Plan-managed.\n"
    "C-level SCI (MVA 2015). Needs: 2:1 hoist transfers, power chair replacement (current chair serial [[DEVICE|device:PR-Q6E-0082134]], 8 yrs old).\n"
    "myplace portal login used from participant IP [[IP|ip:2001:8003:1c2d:4b00::1a]] - access ok.\n"
    "SC to f/u",
    "NDIS SERVICE AGREEMENT / INVOICE\n"
    "Provider: [[LOCATION|geo:Hobart Allied Health Collective]]\n"
    "Participant: [[PERSON|name:Aroha Walker]]  NDIS no. [[ID|health_plan:430776214]]\n"
    "Invoice [[ID|account:INV-2024-00918]]\n"
    "15_056_0128_1_3 Physiotherapy 2.0 hrs @ $193.99 = $387.98\n"
    "Self-managed - pay to participant's nominee, acct [[ID|account:067-167 1093 8824]]",
    "CARER PAYMENT - Medical Report (SA332b / carer)\n"
    "Person being cared for: [[PERSON|name:Ethan Pau]], [[AGE|other:9]], CRN [[ID|ssn:415 003 871C]]\n"
    "Carer: mum [[PERSON|name:Losana Pau]], CRN [[ID|ssn:412 990 336B]]\n"
    "[[ADDRESS|geo:22 Tamarind Dr, Bellbowrie QLD 4070]]\n"
    "Dx: Duchenne muscular dystrophy, non-ambulant since [[DATE|date:04/2022]]. DMS score exceeds threshold.\n"
    "Treating paediatric neurologist report attached",
    "myGov / NDIS portal incident - provider IT log\n"
    "[[DATE|date:2023-10-02]] 14:08 user [[ID|other:lchen_sc2023]] (support coordinator) viewed plan for participant NDIS [[ID|health_plan:430 551 290]].\n"
    "Session from [[IP|ip:101.186.42.207]] (home NBN) - flagged because 2FA phone changed same day.\n"
    "Participant notified by letter to [[ADDRESS|geo:8/3 Hindley St, Adelaide SA 5000]].\n"
    "Portal link sent: [[URL|url:https://myplace.ndis.gov.au/participant/430551290]]",
    "JobSeeker medical certificate (SU415)\n"
    "Name: [[PERSON|name:Kirra Anderson]]\n"
    "CRN [[ID|ssn:209884152K]]\n"
    "Condition: major depressive episode; temporarily reduced capacity 0-7 hrs/wk from [[DATE|date:1/5/2024]] for 3/12.\n"
    "Treatment: sertraline 100mg, psychology 6 sessions.\n"
    "Dr [[PERSON|name:Joel Kemp]], prov [[ID|license:2487711L]]",
    "NDIS - Assistive Technology quote\n"
    "Participant: [[PERSON|name:Bronwyn Joyce Ellery]]  NDIS [[ID|health_plan:430 182 559]]  F  MS\n"
    "Home: [[ADDRESS|geo:1 Hope St, Wynyard TAS 7325]] - bathroom mods + ceiling hoist quote attached\n"
    "Current Hoist (Molift Smart 150) serial [[DEVICE|device:MS150-2019-77431]] - fails annual test.\n"
    "Vehicle mods for WAV (TAS rego [[VEHICLE|vehicle:GH 7749]]) separate request.\n"
    "OT [[PERSON|name:Clare Hope]]",
    "Centrelink Age Pension / Veteran - assist letter\n"
    "Re: Mr [[PERSON|name:Ivan Petrovski]], CRN [[ID|ssn:103 337 905X]], DVA file [[ID|health_plan:NX 092331]]\n"
    "He is unable to attend the service centre due to COPD. Please accept this letter for his nominee [[PERSON|name:Vesna Petrovska]].\n"
    "Dr [[PERSON|name:Aleksandra Mitic]], GP",
]

RURAL_AND_REMOTE = [
    "RFDS - aeromedical retrieval record\n"
    "Base: [[LOCATION|geo:Port Augusta]]  Date: [[DATE|date:15/07/2023]]\n"
    "Pickup: roadside strip. Pt [[PERSON|name:Kym Roberts]] [[AGE|other:38]]M rollover on Stuart Hwy, approx [[LOCATION|geo:-27.30, 133.62]].\n"
    "Ute SA rego [[VEHICLE|vehicle:S 481 BXQ]] - per SAPOL. GCS 13, #R clavicle, ?pneumothorax - ICC inserted at strip.\n"
    "To tertiary trauma centre. Sat phone used at scene",
    "[[LOCATION|geo:Maningrida Health Centre]] - clinic note\n"
    "[[PERSON|name:Jimmy Wurrkidj]] [[AGE|other:12]]M, scabies + impetigo R leg, 3rd episode this yr. Bicillin given per CARPA. Household screening done (8 people at [[ADDRESS|geo:House 41, Maningrida NT 0822]]).\n"
    "Aunty is carer.\n"
    "Telehealth w/ DMO. Photo of lesions to DMO [[ID|photo:IMG_20240422_101533.jpg]].",
    "Remote area nurse - [[LOCATION|geo:Fitzroy Crossing]]\n"
    "[[DATE|date:6/1/24]] wet season, road cut\n"
    "[[PERSON|name:Annette Cox]] [[AGE|other:27]]F G3P2 36/40, SROM 0300. Contractions 3:10. Fetal HR 140.\n"
    "RFDS called 0345, ETA 0600 from base.\n"
    "Partner - mob [[PHONE|phone:0491 307 664]] (no coverage at station; use station landline).\n"
    "Medicare card at home",
    "[[LOCATION|geo:Ernabella]] ([[LOCATION|geo:Pukatja]]) clinic\n"
    "Elderly man (tjilpi, ?[[AGE|other:80]]s) presented w/ chest pain, no card on him. Name confirmed by AHW as [[PERSON|name:Harry Tjutjana]], DOB on file.\n"
    "ECG: AF rate 130. Troponin i-STAT 0.04. Discussed w/ RFDS doctor, evac arranged.\n"
    "Clinic PCIS ID:[[ID|mrn:PK00418]]",
    "[[LOCATION|geo:Thursday Island Hospital]] - outreach clinic [[LOCATION|geo:Badu Island]]\n"
    "[[PERSON|name:Elsie Nona]] [[AGE|other:63]]F, T2DM, retinal screening - fundus images [[ID|photo:RET_EN_121023_L.tif]], [[ID|photo:RET_EN_121023_R.tif]] - moderate NPDR both eyes.\n"
    "Daughter informed.\n"
    "Next boat/flight 2/52.",
    "MINE SITE MEDIC - incident report\n"
    "[[LOCATION|geo:Roy Hill]] site, [[LOCATION|geo:Pilbara]]. 1340\n"
    "Worker [[PERSON|name:Dylan Murphy]] [[AGE|other:24]]M, heat illness - T 39.8, confused. Active cooling, IV NS 1L.\n"
    "Site access via iris scanner at gate - worker's template [[ID|biometric:IRIS-2207-55103]] last logged 0540 (on shift 8h).\n"
    "RFDS called. Supervisor notified.\n"
    "Site vehicle [[VEHICLE|vehicle:1GTR 904]] used for transport to airstrip.",
    "[[LOCATION|geo:Bourke MPS]] - ED/clinic note\n"
    "Friday [[DATE|date:19 January 2024]], 44deg\n"
    "Aunty [[PERSON|name:Pearl Edwards]] [[AGE|other:69]]F, dizzy, dehydrated, no aircon at home ([[ADDRESS|geo:33 Oxley St, Bourke NSW 2840]]).\n"
    "Na 131, urea 14.2, Cr 148 (base 90). IV fluids.\n"
    "AMS worker to chase cooling via housing.\n"
    "Notes in eMR2.",
    "Telehealth consult - [[LOCATION|geo:Ceduna]] - [[LOCATION|geo:Koonibba]] clinic\n"
    "Pt [[PERSON|name:Wilfred Miller]] [[AGE|other:57]]M, TB contact tracing. Video link [[URL|url:https://vc.sahealth.sa.gov.au/room/CED-5521]], clinic PC IP [[IP|ip:10.128.33.14]].\n"
    "Mantoux 12mm at 72h. CXR clear. For LTBI Rx - isoniazid 300mg + B6 x 6/12.\n"
    "ACCHO AHW supporting.",
    "Remote health - [[LOCATION|geo:Kununurra Hospital]]\n"
    "0130\n"
    "[[PERSON|name:Sam Tait]] [[AGE|other:41]]M station hand, thrown by horse. ?L # ribs x3, SpO2 94%.\n"
    "Brought 100km on dirt in station Landcruiser (WA [[VEHICLE|vehicle:1HQA 226]]).\n"
    "Employer notified. Workers comp claim [[ID|other:WCWA-23-3381]].\n"
    "Medicare card not sighted",
    "Remote clinic - [[LOCATION|geo:Cooktown MPHS]] outreach\n"
    "[[PERSON|name:Faith Gibson]] [[AGE|other:19]]F, antenatal 28/40, GDM screen OGTT 5.3 / 10.4 / 9.1 (ranges 5.1/10.0/8.5) - GDM.\n"
    "Referred to diabetes in pregnancy clinic, telehealth next wk.\n"
    "Lives in [[LOCATION|geo:Hope Vale]] w/ nan. Email [[EMAIL|email:faithgibson05@gmail.com]].\n"
    "Medicare card sighted",
]


STYLES = [
    ("ed-triage", ED_TRIAGE),
    ("ward-round", WARD_ROUND),
    ("discharge-summary", DISCHARGE_SUMMARY),
    ("gp-letter", GP_LETTER),
    ("community-nursing", COMMUNITY_NURSING),
    ("aged-care-progress", AGED_CARE_PROGRESS),
    ("mental-health", MENTAL_HEALTH),
    ("pharmacy", PHARMACY),
    ("ndis-and-centrelink-paperwork", NDIS_AND_CENTRELINK),
    ("rural-and-remote", RURAL_AND_REMOTE),
]


def main() -> None:
    print(f"probe30: {write_styled(OUT, STYLES)} docs")


if __name__ == "__main__":
    main()
