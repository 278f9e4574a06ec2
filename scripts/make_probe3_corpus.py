"""Write the third tuning probe for the redaction engine.

Why: a third tuning probe, written without reading the engine or the other corpora, so that
tuning is checked against text the engine has not shaped. It leans on the
identifiers redactors tend to miss: names alone in odd places (sentence-initial surnames,
lower-case shorthand, names that are also words, particles, apostrophes, hyphens,
"SURNAME, Given", sign-offs), codes of every shape (claim, member, passport, biobank and
accession numbers, long hex ids), dates in words, ordinals, d/m without a year, ISO and log
timestamps and European forms, lower-case towns, and ages written many ways. Plenty of
non-identifying clinical text (drugs, doses, scores, ward and bed numbers, firmware versions,
NCT and ethics numbers, CPT/MBS/ICD codes) sits around them so precision is tested too.

What: about 150 hand-annotated notes in ten styles (progress notes, discharge summaries, GP
referrals, nursing shorthand, pharmacy, telehealth, billing, device telemetry, research
enrolment and EU clinics) across US, Australian, UK, Irish, NZ and European settings. Every
name, street and number is invented; numbers with a real checksum (Medicare, IHI, TFN, NHS,
CHI, NHI, PPSN, BSN, NIR, DNI/NIE, PESEL, AVS, KVNR, IBAN, Luhn cards and IMEIs, VIN, DEA,
NPI) carry valid check digits. National and payer-issued health numbers (NHS, CHI, NHI, IHI,
Medicare, Medicaid, EHIC, fund and member ids) are ``ID/health_plan``; facility-issued
numbers are ``ID/mrn``; national person numbers (SSN, TFN, PPSN, BSN, NIR, DNI, PESEL, AVS)
are ``ID/ssn``; passports, residence permits and practitioner numbers are ``ID/license``.

How: identifiers are marked inline as ``[[LABEL|category:text]]``; ``write_styled`` from
``make_safe_harbor_suite`` strips the markers, records the spans, tags each document with its
style and writes one JSON document a line to ``corpus/redaction/probe3.jsonl``. Run::

    python scripts/make_probe3_corpus.py
"""

from pathlib import Path

from make_safe_harbor_suite import write_styled

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "corpus" / "redaction" / "probe3.jsonl"

PROGRESS_NOTE: list[str] = [
    "[[PERSON|name:Okonkwo-Baird]] reviewed on the morning round. Afebrile overnight, CRP 38 (was 112). Continue ceftriaxone 2 g IV daily, repeat echo tomorrow. Plan discussed with daughter [[PERSON|name:Grace]] on [[PHONE|phone:0438 221 907]].",
    "Patient [[PERSON|name:Hope Tauroa]], bed 12. Hope is that she mobilises with physio today; [[PERSON|name:Hope]] told us she wants to be home in [[LOCATION|geo:warrnambool]] by the weekend. Pain 3/10 on oxycodone 5 mg prn. BO yesterday.",
    "[[AGE|other:54]]M, UR [[ID|mrn:00927741]], day 3 post lap chole. Wound clean, tolerating full diet. ALP 188 and falling. Surgical reg Dr [[PERSON|name:Vu]] happy for discharge [[DATE|date:Thurs 6/3]] if bili keeps trending down.",
    "Interval note [[DATE|date:2024-11-19 0730]]. [[PERSON|name:Frank]] more settled after haloperidol 0.5 mg last night; CAM negative this morning. Son [[PERSON|name:Bill Hennessy]] (EPOA) updated and asked that we also ring his sister [[PERSON|name:Summer]] in [[LOCATION|geo:Bunbury]].",
    "HPI: [[AGE|other:38]] y/o G2P1 at 29+4 wks presenting to L&D at [[LOCATION|geo:Mercy Lakeside Medical Center]] with contractions q8min. Seen by Dr. [[PERSON|name:Castellanos-Reyes]] and CNM [[PERSON|name:Abigail Ortiz]]. GBS unknown. Husband [[PERSON|name:Mark]] at bedside, cell [[PHONE|phone:(612) 555-0187]].",
    "[[PERSON|name:Vollmer]] brighter today. Tolerating NG feeds at 60 mL/h, Na 131, repeat in the am. Daughter-in-law [[PERSON|name:Oksana]] translating; family meeting booked for [[DATE|date:Wednesday the 12th]] after lunch with the palliative care CNC.",
    "Ward round, consultant Dr [[PERSON|name:Ashworth]]. [[PERSON|name:MACINTYRE, Fiona]], NHS no. [[ID|health_plan:597 386 5525]], [[AGE|other:81]]. Admitted via ED at [[LOCATION|geo:Royal Lancaster Infirmary]] after a fall at home in [[LOCATION|geo:Morecambe]]. NEWS2 4. CT head NAD. Falls bundle, bone profile, lying/standing BP.",
    "Ortho-geri review. [[PERSON|name:Van den Berg]] is a [[AGE|date:93]]-year-old retired engineer from [[LOCATION|geo:Glenelg]] with #NOF L, DHS on [[DATE|date:21/08]]. Delirium resolving, 4AT 2. Daughter [[PERSON|name:Marieke]] visits daily.",
    "[[PERSON|name:Seán Ó Súilleabháin]], MRN [[ID|mrn:H0392817]], transferred from [[LOCATION|geo:Cork University Hospital]] on [[DATE|date:12 Jan]] for PCI. Apixaban held 48 h. His GP is Dr [[PERSON|name:Nuala Keane]] in [[LOCATION|geo:Bantry]].",
    "Note by [[PERSON|name:J. Abernethy-Cole]], RMO. [[PERSON|name:Lily]] ([[AGE|other:7]]) admitted overnight with acute asthma. Mum [[PERSON|name:Kiri Walker]] says the preventer ran out last week. Salbutamol weaned from hourly to 2-hourly, pred 1 mg/kg day 2 of 3.",
    "Pt is a [[AGE|other:72]]yo M, MRN [[ID|mrn:E48213907]], from the [[LOCATION|geo:duluth]] area, s/p CABG x3 on [[DATE|date:Oct 2nd]]. Chest tubes out, ambulating in hall with PT. INR 1.4. CT surgery PA [[PERSON|name:Rourke]] following.",
    "Nocturnal BP rose to 182/95 at 0300; [[PERSON|name:Rose]] asymptomatic, no headache. Amlodipine increased to 10 mg. Discussed with her partner [[PERSON|name:Teuila]] on [[PHONE|phone:021 448 3926]]; she will bring in the home BP diary.",
    "Pt [[PERSON|name:Mark Delahunty]], [[AGE|other:59]]. Mark strict fluid balance on the chart please. [[PERSON|name:Mark]] drank about 2.1 L yesterday despite a 1.5 L restriction. Na 128. Renal reg aware.",
    "MET call [[DATE|date:07/04/2025 02:14]]: [[PERSON|name:Tavita]] found hypotensive 78/40 by RN [[PERSON|name:Bec]]. 1 L Hartmann's stat, lactate 3.9, cultures x2. ICU reg Dr [[PERSON|name:Ramaswamy]] reviewed, for HDU.",
    "Family meeting with [[PERSON|name:Paddy]] (son) and [[PERSON|name:Siobhan Geraghty-Nolan]] (daughter, NOK, [[PHONE|phone:087 334 1092]]). Agreed comfort care. Patient is [[AGE|date:96]] and lived alone at [[ADDRESS|geo:14 Ardnaree Terrace, Ballina, Co. Mayo F26 X7C2]] until this admission.",
]

DISCHARGE_SUMMARY: list[str] = [
    "DISCHARGE SUMMARY\nPatient: [[PERSON|name:PELLETIER, Anouk]]  DOB: [[DATE|date:14/09/1961]]  URN: [[ID|mrn:MH7720194]]\nAdmitted: [[DATE|date:02/03/2025]]  Discharged: [[DATE|date:09/03/2025]]\nDiagnosis: community-acquired pneumonia (J18.9). Amoxicillin 1 g tds to complete 7 days. Follow up with Dr [[PERSON|name:Harland]] at [[LOCATION|geo:Moonee Ponds Medical Centre]] in one week.",
    "Mr [[PERSON|name:Oyelaran]] was discharged home to [[ADDRESS|geo:Unit 4/27 Kestrel Crescent, Tarneit VIC 3029]] on the [[DATE|date:18th]] with community nursing for daily dressings. Medicare [[ID|health_plan:6249 03259 2]] IRN 5. HbA1c 8.1%; metformin XR 1 g nocte continued.",
    "Summary of stay: [[AGE|other:seventy-eight]] year old woman admitted [[DATE|date:Sunday 2 February 2025]] with urosepsis. E. coli on blood cultures, sensitive to ceftriaxone. Stepped down to oral cefalexin. Home to [[LOCATION|geo:Toowoomba]] with husband [[PERSON|name:Clem]].",
    "Hospital number [[ID|mrn:K1183920]], NHS number [[ID|health_plan:698 554 3219]]. Discharged to [[LOCATION|geo:Oakhurst Lodge]] nursing home. GP: Dr [[PERSON|name:A. Pemberton-Hughes]], [[LOCATION|geo:Larkfield Surgery]], [[ADDRESS|geo:3 Mill Lane, Ashford TN23 4PL]]. Please review U&E in 1 week.",
    "Pt: [[PERSON|name:Beaulieu-Tran, Jacqueline]]  Acct#: [[ID|account:400918275]]  Admit: [[DATE|date:1/14/2025]]  D/C: [[DATE|date:1/19/2025]]\nAttending: [[PERSON|name:Ravi Subramanian]], MD. Dx: NSTEMI. Follow up at [[LOCATION|geo:Riverside Heart Clinic]] in 2 weeks. PCP fax [[PHONE|fax:(503) 555-0162]].",
    "NHI [[ID|health_plan:WKS2067]]. [[PERSON|name:Aroha Te Whata]], [[AGE|other:44]], discharged [[DATE|date:5 Sept]] after laparoscopic appendicectomy. Histology pending (lab no. [[ID|other:WH25-118402]]). Sutures out at the [[LOCATION|geo:Kaitaia]] practice day 10.",
    "Infant of [[PERSON|name:Ngaire Tapsell]], born [[DATE|date:03/11/2024 04:52]], 38+2 weeks, 3.21 kg. Phototherapy for 36 h, SBR peak 289. Discharged with LMC midwife [[PERSON|name:Jodie-Ann McKay]]; hearing screen ID [[ID|other:NB-HS-4471902]].",
    "Discharge letter dictated by Dr [[PERSON|name:Okafor]], typed by [[PERSON|name:Leanne]] on [[DATE|date:22.10.2024]]. Patient [[PERSON|name:de la Cruz]] had an uncomplicated TKR right. Enoxaparin 40 mg daily for 14 days. Physio at [[LOCATION|geo:Epworth Camberwell]].",
    "Transferred to [[LOCATION|geo:St Brigid's Private]] for rehab on the [[DATE|date:3rd of March]]. Next of kin: wife [[PERSON|name:Summer Lindqvist]], [[EMAIL|email:summer.lindqvist@bigpond.example.com]], mobile [[PHONE|phone:0417 093 552]]. Warfarin target INR 2-3.",
    "Deceased [[DATE|date:11 June 2024 16:40]]. [[PERSON|name:Gwendolyn Ap Rhys]], [[AGE|date:101]], died peacefully with family present. Certified by Dr [[PERSON|name:Morgan]]. Coroner not required. Funeral director contact: [[PERSON|name:Dai Pritchard]], [[PHONE|phone:01286 870 431]].",
    "DC summary: [[PERSON|name:Yusuf]] ([[AGE|other:16]]) admitted with DKA, first presentation. Discharged on basal-bolus insulin. Diabetes educator [[PERSON|name:Carmel]] will call on [[DATE|date:Mon 24/2]]. School: [[LOCATION|geo:Westfields Sports High]].",
    "Discharged against medical advice [[DATE|date:2025-01-30T22:05]]. Mr [[PERSON|name:O'Loughlin]] declined further IV antibiotics. Risks explained. Advised to return to ED at [[LOCATION|geo:Beaumont Hospital]] if febrile. Contact sister [[PERSON|name:Deirdre]] on [[PHONE|phone:+353 86 210 4437]].",
    "Medicare number [[ID|health_plan:5955 20147 9]]/4; IHI [[ID|health_plan:8003 6090 3542 8968]]. [[PERSON|name:Charmaine Wu]], [[AGE|other:63]], discharged to [[ADDRESS|geo:88 Bluegum Road, Kalamunda WA 6076]]. Home oxygen 2 L/min via concentrator, serial [[DEVICE|device:DV5-2291-K8810]].",
    "D/C summary - [[PERSON|name:St. John-Mowbray, Peregrine]] (MRN [[ID|mrn:A-00-391-227]]). Admitted from [[LOCATION|geo:Chipping Norton]] with acute cholecystitis. Lap chole [[DATE|date:9th May]]. Consultant Mr [[PERSON|name:Fairweather]]. Wound review with practice nurse in 7 days.",
    "Summary for GP. [[PERSON|name:Bronwyn]] was admitted under Dr [[PERSON|name:McAlister]] with a fall on the [[DATE|date:27th]]. No fracture. Moved in with her daughter at [[ADDRESS|geo:6 Wattle Grove, Mount Barker SA 5251]]; please update address. Aged [[AGE|other:84]].",
]

GP_REFERRAL: list[str] = [
    "Dear Dr [[PERSON|name:Nakashima]],\nThank you for seeing [[PERSON|name:Grace O'Donoghue]], DOB [[DATE|date:02/07/1979]], of [[ADDRESS|geo:22 Fennell Street, Port Melbourne VIC 3207]], with a 6-month history of iron deficiency anaemia. Ferritin 6, Hb 98. Colonoscopy please.\nKind regards,\n[[PERSON|name:Tom]]",
    "Re: [[PERSON|name:Hirani]], Priyanka ([[AGE|other:31]]). Medicare [[ID|health_plan:3027 27252 6]]-2. Referred to the fertility clinic at [[LOCATION|geo:Monash IVF Clayton]]. AMH 4.1, day 21 progesterone ovulatory. Partner [[PERSON|name:Dev]], semen analysis attached.",
    "Frank haematuria x2 weeks in a [[AGE|other:67]] year old ex-smoker. [[PERSON|name:Frank Delacroix]] is on apixaban for AF. Urine cytology sent (specimen [[ID|other:CYT-25-003417]]). Please see urgently. Dr [[PERSON|name:Imogen Bright]], [[LOCATION|geo:Ponsonby]] Family Doctors, tel [[PHONE|phone:09 376 2210]].",
    "Two-week-wait referral. Patient: [[PERSON|name:Katarzyna Wiśniewska-Hale]], NHS number [[ID|health_plan:472 332 6502]]. Breast lump L UOQ, 2 cm, first noticed [[DATE|date:4th January]]. Mother had breast ca at [[AGE|other:49]]. Interpreter not required.",
    "Dear Orthopaedics, I'd be grateful if you could review Mr [[PERSON|name:Ruaidhrí Mac Giolla Phádraig]] (PPSN [[ID|ssn:2577335U]]) who injured his knee playing hurling in [[LOCATION|geo:thurles]] on [[DATE|date:the 9th]] of last month. MRI shows a bucket-handle tear. Yours, [[PERSON|name:Aoife]] (GP)",
    "Referral to memory clinic. [[PERSON|name:Bill]] is [[AGE|other:82]] and increasingly forgetful per wife [[PERSON|name:Maureen]]. MoCA 19/30. B12, TSH normal. CT brain [[DATE|date:Nov 2024]] generalised atrophy. Lives at [[ADDRESS|geo:3/15 Rosella St, Kiama NSW 2533]].",
    "Please see [[PERSON|name:D'Souza-Mendes]], [[AGE|other:45]]F, re: uncontrolled psoriasis despite methotrexate 20 mg weekly. PASI 14. Happy for biologic work-up. She works night shifts at the [[LOCATION|geo:Fremantle]] port. Contact: [[EMAIL|email:tdsouzamendes@iinet.example.net]]",
    "Referral from [[LOCATION|geo:Riccarton Medical Centre]]. [[PERSON|name:Te Rangi Pomare]], NHI [[ID|health_plan:BYH4354]], [[AGE|other:58]], for cardiology opinion regarding exertional chest tightness. Exercise ECG equivocal. Please fax reply to [[PHONE|fax:03 348 0917]].",
    "Dear Colleague, re Mrs [[PERSON|name:P. Lachance]], [[AGE|other:71]], of [[LOCATION|geo:Mount Gambier]]. Progressive dyspnoea, BNP 1240, echo EF 30%. Started bisoprolol 1.25 mg. Appreciate your advice. Ph [[PHONE|phone:(08) 8725 4419]].",
    "Urgent referral: [[PERSON|name:Noor]], a [[AGE|other:22]]-year-old student at [[LOCATION|geo:University of Canterbury]], with 5 kg weight loss, night sweats and cervical lymphadenopathy. FBC attached. Lives in a flat in [[LOCATION|geo:ilam]]. Mobile [[PHONE|phone:022 615 3309]].",
    "Dr [[PERSON|name:Summer]] - thanks for taking [[PERSON|name:Marco]] on. Mr [[PERSON|name:Bellucci]] moved here from [[LOCATION|geo:Bologna]] in March. Previous records from Dr [[PERSON|name:Ferraro]] attached. Needs ongoing INR monitoring. Passport [[ID|license:YA4418270]] seen for ID.",
    "Referral: paediatric. [[PERSON|name:Rosie-Mae Atkinson]], DOB [[DATE|date:17.05.2021]], [[AGE|other:3]] yrs. Speech delay, hearing test normal. Attends kindy at [[LOCATION|geo:Gumdale]]. Mum [[PERSON|name:Kayla]] [[PHONE|phone:0423 880 615]]. Please send appointment to [[ADDRESS|geo:PO Box 417, Wynnum QLD 4178]].",
    "Dear [[PERSON|name:Hamish]],\nWould you see [[PERSON|name:Grant]] for a vasectomy consult? [[AGE|other:41]], two children, consent discussed with partner. No anticoagulants.\nCheers,\n[[PERSON|name:Mel]]\nDr [[PERSON|name:Melanie Fonoti-Grey]]",
    "Re: [[PERSON|name:ABERCROMBIE, Hugh]], CHI [[ID|health_plan:0612784401]]. Referred to the [[LOCATION|geo:Ninewells]] respiratory clinic: persistent cough since [[DATE|date:14/10]], CXR right hilar fullness. Smoked 40 pack-years. Please see within 2 weeks.",
    "To the Diabetes Clinic, [[LOCATION|geo:Tallaght University Hospital]]: Ms [[PERSON|name:Hope Kavanagh]] [[AGE|other:29]]. HbA1c 11.2%. MRN with you [[ID|mrn:TUH-448102]]. Next antenatal visit [[DATE|date:Friday 21st]]. Regards, [[PERSON|name:Niamh Brophy]], practice nurse.",
]

NURSING_SHORTHAND: list[str] = [
    "0600 obs stable. pt [[PERSON|name:grace]] slept well, nil c/o pain. IDC draining clear 40ml/hr. dtr [[PERSON|name:leanne]] to visit pm. for d/c to [[LOCATION|geo:st albans]] tmrw if bloods ok.",
    "N/S: [[PERSON|name:frank]] agitated 0200, pulled PIVC. re-sited x1 by CN [[PERSON|name:Obi]]. 1:1 special requested. olanzapine 2.5mg given 0230 w/ good effect. nil falls.",
    "A: [[AGE|other:88]]yo F, bed 7. S: c/o SOB. B: CCF, AF on apixaban. R: reviewed by RMO dr [[PERSON|name:chen]], frusemide 40mg IV given, fluid restrict 1.2L. daughter [[PERSON|name:vivienne]] rang, updated.",
    "pt [[PERSON|name:mcgillicuddy]] refused 2200 meds again. son [[PERSON|name:declan]] aware, says she's always been stubborn. BGL 11.4. pressure areas intact, repo 2/24.",
    "hand over from [[PERSON|name:Shaz]] @ 1430: Mrs [[PERSON|name:Nguyen-Phan]] for theatre tmrw, NBM from MN, consent signed. allergies: penicillin (rash). husband [[PERSON|name:Thanh]] to bring CPAP in.",
    "[[DATE|date:12/2]] 2315 - [[PERSON|name:bill]] found on floor beside bed, unwitnessed. GCS 15, no head strike per pt. neuro obs x4 hrly. RIMS done. wife [[PERSON|name:june]] informed on [[PHONE|phone:0407 113 288]].",
    "pt rose from chair independently w/ 4WW. [[PERSON|name:rose]] mobilised to bathroom, SpO2 94% RA. skin tear L forearm dressed w/ mepitel. next dressing due [[DATE|date:thurs 14th]].",
    "NB: visitor [[PERSON|name:wayne o'brien]] (ex-partner) NOT to be given info, AVO in place. pt [[PERSON|name:kylie]] aware. security ext 4400 notified. car rego [[VEHICLE|vehicle:1KX 9PQ]] seen in carpark last night.",
    "infant [[PERSON|name:ari]], [[AGE|other:9]] days old, feeding 3/24 BF, wet nappies x6. mum [[PERSON|name:hinemoa]] tired, LC review booked. weight 3.34 kg. whanau from [[LOCATION|geo:rotorua]] visiting.",
    "ISBAR to ICU outreach [[DATE|date:3/9 04:10]]: [[PERSON|name:o'sullivan]] RR 28, SpO2 89% on 4L, HR 122. temp 38.6. MET criteria met. reg [[PERSON|name:patel]] attending.",
    "HITH visit [[DATE|date:Tue 18/3]]. Ms [[PERSON|name:Rangihuna]] at home, [[ADDRESS|geo:41 Tui St, Otara, Auckland 2023]]. IV cefazolin 2g via PICC. site clean. next visit tmrw am. keysafe code given by pt - not recorded.",
    "pt transferred to ward 5B via bed. belongings w/ pt: wallet, phone (IMEI [[DEVICE|device:357700618655678]] recorded per property policy), glasses. [[PERSON|name:kev]] from orderlies assisted.",
    "1900 - [[PERSON|name:jan-willem]] more settled after family visit. son from [[LOCATION|geo:geelong]] staying overnight in parents room. EWS 1. PCA 1 mg bolus x3 this shift.",
    "wound photo taken & uploaded as [[ID|photo:IMG_20250311_Tamihana_sacrum.jpg]] to clinical photos. stage 2 PI sacrum 3x2cm. [[PERSON|name:Tamihana]] repositioned 2/24, air mattress on.",
    "[[PERSON|name:baz]] (pt's preferred name, legal name [[PERSON|name:Barnaby Whitlock-Shaw]]) c/o nausea 1600, ondansetron 4mg SL given with effect. BO x1 soft. [[AGE|other:47]] and v anxious re surgery on the [[DATE|date:20th]].",
]

PHARMACY: list[str] = [
    "Rx #[[ID|other:RX-4471038]] filled [[DATE|date:03/14/2025]] for [[PERSON|name:Hollis, Mark]], DOB [[DATE|date:08/22/1957]]. Atorvastatin 40 mg #90, 3 refills. Prescriber Dr. [[PERSON|name:Ellery Quinlan]], DEA [[ID|license:BK6146915]], NPI [[ID|license:1068378532]].",
    "PBS script for [[PERSON|name:Anh Thu Lam]], Medicare [[ID|health_plan:4822 55064 3]] (4). Pregabalin 75 mg bd, authority approval no. [[ID|other:AUTH 8830219]]. Counselled re dizziness. Collected by husband [[PERSON|name:Quoc]].",
    "Dose administration aid packed for [[PERSON|name:Bill Trevaskis]] of [[ADDRESS|geo:2 Heron Way, Busselton WA 6280]]. Changes from Dr [[PERSON|name:Amundsen]]: cease diltiazem, start metoprolol 23.75 mg mane. Webster pack delivered [[DATE|date:Friday the 7th]].",
    "Clozapine monitoring: [[PERSON|name:Rhys]] ([[AGE|other:27]]), registry ID [[ID|other:CPMS-209883]]. ANC 2.9, green result, supply 28 days. Community mental health key worker [[PERSON|name:Fatima]] aware.",
    "Script query: GP surgery [[LOCATION|geo:Hollybush Health Centre]] rang re [[PERSON|name:Eleanor Fitzwilliam-Crane]] (NHS [[ID|health_plan:602 858 6242]]). Amoxicillin 500 mg tds dose confirmed. EPS token [[ID|other:A7F3C2-Z81D4E-11B29K]].",
    "Opioid substitution: [[PERSON|name:Jaxon]] dosed methadone 65 mg supervised [[DATE|date:Mon 10/2]]. Takeaways suspended per prescriber Dr [[PERSON|name:Fa'amausili]]. Next review at [[LOCATION|geo:Logan Central]] clinic.",
    "Compounding record [[DATE|date:2025-02-11]]: omeprazole 2 mg/mL suspension 100 mL for baby [[PERSON|name:Willow Kemp]], [[AGE|other:4]] months. Batch prepared by [[PERSON|name:Ranjit]], checked by [[PERSON|name:Olive]].",
    "Medication history via My Health Record (IHI [[ID|health_plan:8003 6005 1811 4431]]). [[PERSON|name:Ngata]] reports stopping spironolactone himself last month. K+ 5.9 on admission. Discussed with Dr [[PERSON|name:Lau]].",
    "Repeat authorisation: [[PERSON|name:Seamus]] rang to request levothyroxine 100 mcg. Held on file under GMS card no. [[ID|health_plan:4418273K]]. Collect from our [[LOCATION|geo:Castlebar]] branch after [[DATE|date:28 Feb]].",
    "Vaccination record: influenza (quadrivalent) 0.5 mL IM L deltoid given to [[PERSON|name:Grace Akinyemi]] [[DATE|date:14 April 2025]]. AIR updated. Pharmacist immuniser [[PERSON|name:Tomás Herrera]]. Next dose due next autumn.",
    "Controlled drug register, [[DATE|date:22/01/2025]]: oxycodone 10 mg x20 supplied to [[PERSON|name:K. Rautenbach]], [[ADDRESS|geo:19 Protea Close, Stanmore Bay, Whangaparaoa 0932]]. Prescriber reg no. [[ID|license:MCNZ 48812]]. Witness [[PERSON|name:hemi]].",
    "Recall notice sent to [[PERSON|name:Philippa Dunstan]] at [[EMAIL|email:pip.dunstan@outlook.example.com]] regarding batch recall of her valsartan. Customer loyalty no. [[ID|account:LY-00938271]]. Replacement stock arrives [[DATE|date:the 2nd]].",
    "Dispensed to [[PERSON|name:Hope Ibekwe]], [[AGE|other:33]], prenatal vitamins and ferrous sulfate 325 mg daily. Insurance: Aetna member ID [[ID|health_plan:W284017736]], group [[ID|health_plan:0912844]]. Copay $10 charged to card ending 5434.",
    "Med rec on admission: [[PERSON|name:Lachlan]] brought his dosette box. Metformin 500 mg bd, empagliflozin 10 mg mane, rosuvastatin 10 mg. Pharmacy of origin: [[LOCATION|geo:Priceline Carindale]], phone [[PHONE|phone:(07) 3398 4120]].",
    "Interaction alert overridden by Dr [[PERSON|name:Whitcombe-Ng]] on [[DATE|date:05-03-2025 11:42]]: clarithromycin with simvastatin. [[PERSON|name:Rose Kaspersky]] advised to withhold simvastatin for the course. Documented by [[PERSON|name:frank l]].",
]

TELEHEALTH: list[str] = [
    "Telehealth video consult [[DATE|date:4 March 2025 10:30]] via [[URL|url:https://vc.healthdirect.example.org.au/room/drpatel-4471]]. Patient [[PERSON|name:Cassidy Moore]] joined from home in [[LOCATION|geo:dubbo]]. Identity confirmed with DOB [[DATE|date:11/08/1990]]. Anxiety improving on sertraline 100 mg.",
    "Phone consult. Spoke with [[PERSON|name:Ebony]] on [[PHONE|phone:0412 556 873]]. Mum of [[PERSON|name:Zara]] ([[AGE|other:2]]). Fever 3 days, eating less, good wet nappies. Advised paracetamol weight-based and review if not improving. Bulk-billed item noted.",
    "Video link sent to [[EMAIL|email:hfleischmann@gmx.example.de]]. Herr [[PERSON|name:Fleischmann]], [[AGE|other:69]], visiting his daughter in [[LOCATION|geo:Fitzroy North]]; review of gout flare. Colchicine 500 mcg bd for 3 days, then allopurinol uptitration. Urate 0.52.",
    "Patient connected from IP [[IP|ip:203.0.113.47]] (logged by platform). [[PERSON|name:Delphine Marchetti]], [[AGE|other:52]], follow-up for hypothyroidism. TSH 2.1 on levothyroxine 100 mcg. Next check in 6 months.",
    "Video call dropped twice; reconnected by phone [[PHONE|phone:+44 7700 900417]]. [[PERSON|name:Oluwaseun]] reports improved mood. PHQ-9 now 8 (was 17). Continue mirtazapine 30 mg. Safety plan reviewed; sister [[PERSON|name:Bisi]] staying with him.",
    "Teleconsult for [[PERSON|name:Kowalski, Summer]] (member ID [[ID|health_plan:BCX-882019447]]). Pt located in [[LOCATION|geo:Scranton]] at time of visit. Rash consistent with contact dermatitis. Triamcinolone 0.1% cream sent to pharmacy.",
    "Remote consult, patient's device: iPad, MAC [[DEVICE|device:A4:83:E7:2C:19:5F]]. [[PERSON|name:Koa]] logged in from his cousin's place in [[LOCATION|geo:Hilo]]. BG logs uploaded, average 168 mg/dL. Adjusted glargine to 22 units.",
    "Telepsychiatry session. Ms [[PERSON|name:Ní Bhriain]] joined from a private room at [[LOCATION|geo:Letterkenny]] library. Mood low, no SI. Lithium level 0.7 on [[DATE|date:2/4]]. Consultant [[PERSON|name:Fitzpatrick]] to review next week.",
    "[[DATE|date:Tuesday 11/02]] phone review with [[PERSON|name:Jarrah]] re post-op pain. Paracetamol plus ibuprofen. Wound photo received by email as [[ID|photo:jarrah_wound_day5.png]]; looks clean. Advised to see practice nurse in [[LOCATION|geo:Alice Springs]] for suture removal.",
    "After-hours telehealth (ref [[ID|other:AH-2025-0117732]]). Caller [[PERSON|name:Bridie]] on behalf of her father [[PERSON|name:Ted]], [[AGE|date:90]], in [[LOCATION|geo:Mount Isa]]. Vomiting since yesterday, alert. Advised to present to ED; ambulance declined.",
    "Video review - [[PERSON|name:Hamid Rezaei]] joined late from work in [[LOCATION|geo:Parramatta]]. BP home readings average 138/86. Perindopril 5 mg continued. Results portal: [[URL|url:https://portal.westside-gp.example.com.au/patients/88120/results]].",
    "Telehealth (audio only). Mrs [[PERSON|name:Tui]] unable to use video. [[AGE|other:74]], lives on a farm near [[LOCATION|geo:Gisborne]]. COPD exacerbation, started prednisone 40 mg x5 days and doxycycline. Nephew [[PERSON|name:Wiremu]] will collect scripts.",
    "Session notes: [[PERSON|name:Niko]] ([[AGE|other:fifteen]]) attended with dad [[PERSON|name:Petri]] from [[LOCATION|geo:Tauranga]]. ADHD review, methylphenidate LA 36 mg. Weight 52 kg. School reports better focus. Next review [[DATE|date:16 June]].",
    "Consult by phone with [[PERSON|name:Marguerite]] ([[PHONE|phone:(02) 6684 1923]]); she lives alone outside [[LOCATION|geo:mullumbimby]]. Reports dizziness on standing. Advised to hold tamsulosin and book a BP check.\nRegards, Dr [[PERSON|name:Yeo]]",
    "eConsult request [[ID|other:EC/2025/004419]] from Dr [[PERSON|name:Villanueva]] regarding [[PERSON|name:Okeke, Chidinma]], [[AGE|other:36]]. Question: continue hydroxychloroquine in pregnancy? Answer: yes, continue; ophthalmology screen annually.",
]

BILLING: list[str] = [
    "Claim [[ID|other:CLM-2025-00448913]] for [[PERSON|name:Harrington, Bill]], SSN [[ID|ssn:079-09-4829]], DOS [[DATE|date:01/07/2025]]. CPT 99214, ICD-10 E11.65. Billed $212.00, allowed $148.30. Member ID [[ID|health_plan:XQH884120735]].",
    "Invoice [[ID|account:INV/2025/03/0917]] issued to [[PERSON|name:Frank Oduya]], [[ADDRESS|geo:17 Larch Avenue, Hamilton ML3 6QZ]]. Physiotherapy x4 sessions, GBP 240. Pay by transfer to IBAN [[ID|account:GB50BARC20473958216604]], reference [[ID|account:FO-4471]].",
    "Medicare claim rejected: card [[ID|health_plan:4618 81677 4]] IRN 4 expired. Item 23 and 10990. Patient [[PERSON|name:Tran]] asked to update at Service Centre. Rebate reprocessed [[DATE|date:19/03/2025]].",
    "Statement for account [[ID|account:0041-883902-7]]. Guarantor: [[PERSON|name:Rosemary Pugh-Davies]] (mother). Patient: [[PERSON|name:Ffion]], [[AGE|other:12]]. Balance due $86.40 by [[DATE|date:April 30]]. Questions? Call billing on [[PHONE|phone:1300 654 229]].",
    "Workers comp claim no. [[ID|other:WC 7720-33819]], employer [[LOCATION|geo:Westgate Logistics]] depot at [[LOCATION|geo:Laverton North]]. Injured worker [[PERSON|name:Sione Taufa]], DOI [[DATE|date:14.11.2024]]. Lumbar strain; certificate issued for modified duties.",
    "Private health fund: Bupa membership [[ID|health_plan:71204496]], [[PERSON|name:Hope Marsden]] (dependent 02). Gap payment $350 paid with Visa [[ID|account:4824903251869559]] on [[DATE|date:3 Jan 2025]]. Surgeon Dr [[PERSON|name:Beauchamp]], provider no. [[ID|license:2447193K]].",
    "ACC claim [[ID|other:10074438821]] for [[PERSON|name:Kahurangi]], NHI [[ID|health_plan:QXU8158]]. Injury: laceration R hand at home in [[LOCATION|geo:lower hutt]] on [[DATE|date:the 22nd]]. Treatment: wound closure, 4 sutures. Provider [[PERSON|name:M. Dalziel]].",
    "Superbill: [[PERSON|name:Ana Lucía Ferreira-Souza]], DOB [[DATE|date:1984-03-09]], Medicaid ID [[ID|health_plan:NY-AB39284K]]. Visit [[DATE|date:02/18/25]]: CPT 90834 psychotherapy 45 min. Rendering provider [[PERSON|name:Carmen Obregón]], LCSW, license [[ID|license:NY-082714]].",
    "Refund of overpayment $45 to [[PERSON|name:Mark O'Neill-Byrne]], BIC AIBKIE2D, IBAN [[ID|account:IE19AIBK93208847120396]]. Originally charged [[DATE|date:Wed 5th February]]. Processed by accounts, [[PERSON|name:Sinéad]].",
    "Collections note: called [[PERSON|name:Dwayne Fitch]] at [[PHONE|phone:(615) 555-0139]] re unpaid ER bill, acct [[ID|account:ER-55817302]]. He says his insurer, policy [[ID|health_plan:UHC 9028837104]], should have covered it. Escalated to supervisor [[PERSON|name:Bev]].",
    "TFN declaration for locum payment: Dr [[PERSON|name:Anjali Raghunathan]], TFN [[ID|ssn:513 275 974]], BSB 063-182 account [[ID|account:1043 8871]]. Sessions at [[LOCATION|geo:Kununurra]] hospital [[DATE|date:6-10 January]].",
    "DVA claim: veteran [[PERSON|name:Reginald Ashby]], [[AGE|date:97]], Gold Card [[ID|health_plan:QX502918]]. Home visit to [[ADDRESS|geo:5 Anzac Parade, Maroochydore QLD 4558]]. Item 5003 billed. Transport by [[PERSON|name:Grace]] from the RSL.",
    "Hospital excess waived for [[PERSON|name:Lindiwe Mokoena-Smith]] per fund approval [[ID|other:PA-88301]]. Episode [[ID|account:EP0094471]], admitted [[DATE|date:11/12/24]]. MBS 30443. Fund contact [[EMAIL|email:claims@healthfund.example.com.au]].",
    "Self-pay estimate for [[PERSON|name:Jorge Villalobos]], passport [[ID|license:G82390174]], visitor from [[LOCATION|geo:Guadalajara]]. MRI lumbar spine $650. Deposit taken [[DATE|date:Sat 8 March]]; travel insurance claim ref [[ID|other:TI-99-238104]].",
    "Remittance advice [[DATE|date:2025-03-31]]: 14 claims paid. Exception: [[PERSON|name:Wilhelmina Okafor]], HICN/MBI [[ID|health_plan:4TE7-QA3-HK82]], denial CO-16 missing modifier. Resubmit. Prepared by [[PERSON|name:Summer]] in billing.",
]

DEVICE_TELEMETRY: list[str] = [
    "[[DATE|date:2025-03-04T02:17:44Z]] ALERT AF burden 14% device_sn=[[DEVICE|device:RNH8802417S]] patient_id=[[ID|mrn:MRN-3392017]] clinic=[[LOCATION|geo:Hamilton Heart]] fw=4.2.1 battery=8.1y",
    "ICD remote transmission [[DATE|date:12 Feb 2025 06:02]]: 1 VT episode, ATP successful. Model Evera MRI XT VR, serial [[DEVICE|device:BWB402913H]]. Patient [[PERSON|name:Ignatius Flood]], Ph [[PHONE|phone:(07) 4051 7736]]. Reviewed by [[PERSON|name:Kat]], cardiac physiologist.",
    "CGM upload: sensor [[DEVICE|device:0M7H2K9PQ4]], receiver [[DEVICE|device:PL81-220-4491]], user [[EMAIL|email:maddie.p.2009@icloud.example.com]]. Time in range 61%, 4 hypos. [[PERSON|name:Maddie]] ([[AGE|other:15]]) and mum [[PERSON|name:Caz]] to discuss basal changes.",
    "gateway=[[IP|ip:10.44.18.203]] mac=[[DEVICE|device:00:1B:44:11:3A:B7]] pump_udi=[[DEVICE|device:(01)00643169007222(17)270930(21)PX4410293]] event=OCCLUSION ts=[[DATE|date:2025-01-09 23:48:12]] bed=ICU-04 rate=5.0mL/h",
    "Home CPAP compliance [[DATE|date:01/02/2025]] to [[DATE|date:28/02/2025]]: usage 6.4 h/night, AHI 2.3, leak 14 L/min. Unit serial [[DEVICE|device:23191448826]], modem [[DEVICE|device:AirSense-10-4G-771209]]. [[PERSON|name:Grahame]] happy with the mask; next review with sleep tech [[PERSON|name:Priya]].",
    "Wearable sync log: user [[PERSON|name:Hope Alvarez]] device IMEI [[DEVICE|device:352014872027276]] last seen [[IP|ip:2001:db8:4a1f:0:c1e2:9b3:22f0:18]] at [[DATE|date:2025-02-27 18:03 UTC]]. Fall detected, escalated to daughter [[PERSON|name:Lucía]].",
    "Loop recorder ILR [[DEVICE|device:LNQ-21-338104]] transmission [[DATE|date:3rd March]]: 3 pauses >3 s, longest 4.8 s at 03:12. [[PERSON|name:Augustin]] asymptomatic. Booked for PPM at [[LOCATION|geo:Prince Charles Hospital]]; cardiologist Dr [[PERSON|name:Kinsella]].",
    "Insulin pump export. Pump SN [[DEVICE|device:NG2214588H]], patient [[PERSON|name:O'Rourke-Lennon, Cian]]. Basal 0.9 U/h, ICR 1:10. Firmware 2.8. Uploaded from clinic PC [[IP|ip:192.168.20.117]] by [[PERSON|name:rachel]].",
    "Telemetry strip [[DATE|date:14/3 21:55]] bed 9: SVT 188 bpm, self-terminated after 40 s. [[PERSON|name:Bronte]] felt palpitations. Device: Philips telemetry pack [[DEVICE|device:TX-88192-US]]. RN [[PERSON|name:Dimitri]] notified reg.",
    "Remote BP monitor enrolled for [[PERSON|name:Ebenezer Boateng]], cuff serial [[DEVICE|device:OMR-HEM7361-22K90413]], SIM ICCID [[DEVICE|device:8961023401998827713]]. Dashboard: [[URL|url:https://rpm.example-health.com/p/7f3c9e21a4b84d6c]]. Readings avg 152/94 this week.",
    "hearing aid fitting: L [[DEVICE|device:SN 2207-41983]], R [[DEVICE|device:SN 2207-41984]]. Mr [[PERSON|name:Pettigrew]] paired aids to phone, app account [[EMAIL|email:g.pettigrew@btinternet.example.com]]. 4-frequency average 52 dB. Review in [[LOCATION|geo:Harrogate]] in 6 weeks.",
    "Event log\n[[DATE|date:2025-04-01 07:00:03]] INFO ventilator [[DEVICE|device:HAM-C6-119204]] mode=SIMV PEEP=8 FiO2=0.4\n[[DATE|date:2025-04-01 07:14:51]] WARN high pressure alarm; RT [[PERSON|name:Jess]] attended\nhost=[[IP|ip:172.16.40.9]]",
    "Cochlear implant processor [[DEVICE|device:CP1150-A19-00382]] replaced under warranty for [[PERSON|name:Summer Ng]], [[AGE|other:8]]. Audiologist Dr [[PERSON|name:Hēnare]] re-mapped; impedances normal. Courier to [[ADDRESS|geo:12 Kowhai Lane, Nelson 7010]].",
    "Smart inhaler cap (serial [[DEVICE|device:HLR7720931]]) shows 2 rescue puffs/day for [[PERSON|name:Wilfred]]. Synced via Bluetooth from phone with MAC [[DEVICE|device:F0-9F-C2-1A-7B-3E]]. ACT score 15. Step up to ICS/LABA.",
    "Connected-car crash notification [[DATE|date:02/09/2025 17:26]] from VIN [[VEHICLE|vehicle:5TA8NRLL9RGZ20914]], plate [[VEHICLE|vehicle:DLX-4492]]. Driver [[PERSON|name:Marcus Greenbaum]] taken to [[LOCATION|geo:Mercy Lakeside Medical Center]]; his insulin pump [[DEVICE|device:MMT-1780K-NG7714]] retrieved and downloaded.",
]

RESEARCH_ENROLMENT: list[str] = [
    "Screening log: participant [[ID|other:SCR-0447]] ([[PERSON|name:Deborah Yallop]]) consented [[DATE|date:14 Feb 2025]] to NCT05512237, HREC/24/QPCH/118. Randomised as [[ID|other:P3-BNE-0112]]. eGFR 58, meets inclusion. Coordinator [[PERSON|name:Tamsin]].",
    "Biobank accession [[ID|other:BBK-2025-000937-PL]] (plasma x4, serum x2) linked to [[PERSON|name:Ferris, Gideon]], hospital no. [[ID|mrn:RVH0918273]]. Collected [[DATE|date:3/3/25 08:40]] at the [[LOCATION|geo:Belfast]] site. Freezer rack C, box 12.",
    "Enrolment CRF. Initials: GH. Subject [[ID|other:007-014]]. Age at consent: [[AGE|other:63]]. Site: [[LOCATION|geo:Auckland City Hospital]]. Consent version 3.1 dated [[DATE|date:1 October 2024]]. Ethics ref 21/NTA/144.",
    "Sample [[ID|other:LAB_SPEC_88201_B]] rejected: haemolysed. Recall participant [[PERSON|name:hemi walker]] ([[PHONE|phone:027 441 8820]]) for repeat draw on [[DATE|date:the 6th]]. Notify PI Prof [[PERSON|name:Ngārimu-Blake]].",
    "Cohort linkage: genomic ID [[ID|other:GEN-7f3a91c0e4b2]] maps to [[PERSON|name:Wren Halloway]], Medicare [[ID|health_plan:2230 00841 4]]/2. Fingerprint enrolment template [[ID|biometric:FPT-20250212-00981]] stored for biometric sign-in to the study app.",
    "Reconsent call [[DATE|date:Thursday 20 March]]: [[PERSON|name:Bill Okoro]], aged [[AGE|other:seventy-one]], agreed to continue in the extension study. Wife [[PERSON|name:Patience]] witnessed. Study email [[EMAIL|email:ext-study@uni-research.example.edu.au]] sent copy of PICF.",
    "Participant [[ID|other:AUS-MEL-00388]] withdrew consent on [[DATE|date:2025-01-15]]; samples to be destroyed (accession [[ID|other:ACC-24-118830]]). Reason: moving to [[LOCATION|geo:Launceston]]. Logged by RA [[PERSON|name:Priyanka S.]]",
    "Pre-screen: [[PERSON|name:Hope]] (chart [[ID|mrn:00812274]]) is [[AGE|other:44]] with HER2+ breast cancer, ECOG 1, LVEF 60%. Eligible for cohort B. Oncologist Dr [[PERSON|name:Armitage-Lowe]] to discuss at clinic on [[DATE|date:4/4]].",
    "Retinal imaging: image file [[ID|photo:RET_OD_PID0451_20250210.tif]] uploaded for [[PERSON|name:Murali Krishnan]], study ID [[ID|other:DRS-0451]]. Iris scan code [[ID|biometric:IRS-55A9C2D0]] used for visit check-in at [[LOCATION|geo:Westmead]] eye clinic.",
    "UK Biobank-style questionnaire sent to [[EMAIL|email:c.mcpartland@gmail.example.com]]. Participant [[PERSON|name:Ciara McPartland]], DOB [[DATE|date:23rd June 1988]], postcode [[ADDRESS|geo:BT47 2QJ]]. Allocation: arm A (placebo-controlled, double-blind).",
    "Eligibility failure: [[PERSON|name:van Rensburg]] (screening no. [[ID|other:S-2025/0093]]) excluded, HbA1c 6.1% below threshold. GP Dr [[PERSON|name:Lutz]] informed by letter to [[ADDRESS|geo:Suite 2, 140 Gympie Road, Kedron QLD 4031]].",
    "Pharmacokinetic visit day 8. Subject [[ID|other:101-A-0027]], [[AGE|other:52]]F, dosed 08:00, PK draws at 0.5, 1, 2, 4, 8 h. Tubes labelled [[ID|other:PK27-D8-01]] to [[ID|other:PK27-D8-05]]. Study nurse [[PERSON|name:Ofa]].",
    "Adverse event report: participant [[ID|other:RCT-NZ-0219]] ([[PERSON|name:Ropata]]), grade 2 rash from [[DATE|date:9/12]]. Study drug held. Reported to sponsor via [[URL|url:https://edc.example-cro.com/study/AX-204/subject/0219/ae/3]].",
    "Voice biomarker arm: voiceprint ID [[ID|biometric:VP-2a7e19c4]] recorded for [[PERSON|name:Grace Whitford]], [[AGE|other:67]], from [[LOCATION|geo:Kalgoorlie]]. Photo consent form scanned as [[ID|photo:consent_photo_whitford.jpg]].",
    "Recruitment log [[DATE|date:Mon 3 Feb]]: 6 approached, 2 consented ([[PERSON|name:Ahmadi]], [[PERSON|name:Brennan-Coyle]]), 1 declined (Mrs [[PERSON|name:Lowe]] - transport from [[LOCATION|geo:wodonga]] too hard), 3 ineligible. Next clinic [[DATE|date:10/2]].",
]

EU_CLINIC: list[str] = [
    "Patiënt [[PERSON|name:Jansen-de Vries]], BSN [[ID|ssn:445570726]], geboren [[DATE|date:12-05-1958]], [[ADDRESS|geo:Keizersgracht 218-II, 1016 DZ Amsterdam]]. Verwezen door huisarts [[PERSON|name:Bakker]]. Metformine 500 mg 2dd. HbA1c 58 mmol/mol.",
    "Consultation à [[LOCATION|geo:Lyon]] le [[DATE|date:14 mars 2025]]. Mme [[PERSON|name:Élodie Marchand-Lefèvre]], [[AGE|other:47]] ans, NIR [[ID|ssn:2 80 06 40 342 953 79]]. Migraine sans aura, triptan efficace. Médecin traitant Dr [[PERSON|name:Rousseau]], tél. [[PHONE|phone:04 78 62 19 33]].",
    "Patient [[PERSON|name:Klaus-Dieter Brenninkmeyer]], geb. [[DATE|date:03.09.1951]], Versichertennummer [[ID|health_plan:K384019274]], wohnhaft [[ADDRESS|geo:Lindenstraße 14, 10969 Berlin]]. Z.n. Hüft-TEP rechts am [[DATE|date:22.01.2025]]. Ehefrau [[PERSON|name:Gisela]] informiert.",
    "Paciente [[PERSON|name:María del Carmen Ruiz Ortega]], DNI [[ID|ssn:57130387C]], [[AGE|other:71]] años, natural de [[LOCATION|geo:Albacete]]. Ingreso [[DATE|date:5 de febrero de 2025]] por EPOC reagudizada. Hija [[PERSON|name:Rocío]], tel. [[PHONE|phone:+34 612 448 390]].",
    "Visita ambulatoriale [[DATE|date:11/03/2025]]: sig. [[PERSON|name:D'Ambrosio]] Giuseppe, [[AGE|date:91]] anni, da [[LOCATION|geo:Caserta]]. Fibrillazione atriale, apixaban 2,5 mg x2. Tessera sanitaria [[ID|health_plan:80380000901234567890]]. Figlia [[PERSON|name:Rosa]] accompagna.",
    "EHIC holder [[PERSON|name:Lukas Hofbauer]], card no. [[ID|health_plan:80040000120045678912]], tourist from [[LOCATION|geo:Innsbruck]], seen at [[LOCATION|geo:Galway University Hospital]] ED [[DATE|date:26/07/2024]] with wrist fracture. Cast applied. Travel back [[DATE|date:the 30th]].",
    "Belgian patient [[PERSON|name:Van Damme]], Rijksregisternummer [[ID|ssn:74.06.04-963.28]], [[AGE|other:50]]. Consult in [[LOCATION|geo:Gent]] op [[DATE|date:vrijdag 7 februari 2025]]. Hypertensie, amlodipine 5 mg. Contact: [[EMAIL|email:wim.vandamme@telenet.example.be]].",
    "Kontrolle [[DATE|date:Di., 18.02.2025]]. Frau [[PERSON|name:von Thurn-Ebersberg]] berichtet über Schwindel. RR 104/62. Ramipril pausiert. Tochter [[PERSON|name:Annika]] ruft an unter [[PHONE|phone:+49 89 2174 4410]]. Nächster Termin [[DATE|date:4. März]].",
    "SEPA mandate for clinic fees: [[PERSON|name:Hendrik Schoemaker]], IBAN [[ID|account:NL67RABO0381746520]]. Physiotherapy at [[LOCATION|geo:Utrecht]] practice. Referral from Dr [[PERSON|name:Mulder]] dated [[DATE|date:2025-02-03]].",
    "Irish patient [[PERSON|name:Caoimhe Ní Fhloinn]], PPSN [[ID|ssn:9283644RA]], on holiday in [[LOCATION|geo:Málaga]]; seen at the centro de salud on [[DATE|date:2 August]]. Otitis externa, ciprofloxacin drops. Family contact in [[LOCATION|geo:Ennis]]: [[PHONE|phone:065 682 1947]].",
    "Dossier no. [[ID|mrn:HCL-2025-004471]]: M. [[PERSON|name:N'Diaye]], [[AGE|other:34]] ans, titre de séjour [[ID|license:9921047733]]. Drépanocytose, hydroxyurée 1 g/j. Prochain rendez-vous [[DATE|date:le 3 avril]]. Adresse: [[ADDRESS|geo:27 rue des Lilas, 69003 Lyon]].",
    "Patient from [[LOCATION|geo:Kraków]], [[PERSON|name:Zbigniew Wójcik-Kamiński]], PESEL [[ID|ssn:52031403712]], seen in [[LOCATION|geo:Dublin]] on [[DATE|date:Saturday 15th March]]. COPD, tiotropium. Passport [[ID|license:EP4419082]]. Son [[PERSON|name:Tomek]] interpreted.",
    "Overdracht [[DATE|date:28/02 22:00]]: dhr. [[PERSON|name:de Graaf]], [[AGE|other:83]], [[LOCATION|geo:Zwolle]]. Delier, haloperidol 0,5 mg. Dochter [[PERSON|name:Femke]] [[PHONE|phone:06 4412 8830]]. Bed 3.",
    "Clinique de [[LOCATION|geo:Genève]]: patient [[PERSON|name:Baptiste Rochat]], no AVS [[ID|ssn:756.3047.5009.62]], assurance [[ID|health_plan:CSS-88201447]]. IRM genou le [[DATE|date:2 mai]]. Envoyer le compte rendu à [[EMAIL|email:b.rochat@bluewin.example.ch]].",
    "Seen at [[LOCATION|geo:Hospital Clínic]] in [[LOCATION|geo:Barcelona]] on [[DATE|date:20-01-2025]]: [[PERSON|name:Joan Puig i Ferrer]], NIE [[ID|ssn:Z2517749J]], [[AGE|other:39]]. Gastroenteritis, oral rehydration. Insured via Sanitas, policy [[ID|health_plan:SAN-30094417]].",
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
    """Write the probe and report how many documents it holds."""
    print(f"{OUT.relative_to(ROOT)}: {write_styled(OUT, STYLES)} docs")


if __name__ == "__main__":
    main()
