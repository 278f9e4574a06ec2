"""Write the 42nd hand-annotated redaction probe, 100 notes in ten clinical styles, six locales.

Why: the redaction engine is tuned on earlier corpora; this probe is written blind to the engine, in
ten clinical and administrative styles (triage, handover, mental health, aged care, paediatrics,
maternity, radiology, pathology, portal messages, insurance letters) so that held-out recall and
precision can be measured on text that looks like what clinicians, clerks, patients and systems
really write.

What: 100 notes, 10 per style (emergency-triage, ward-handover, mental-health-review, aged-care,
paediatrics, maternity, radiology-report, pathology-report, patient-portal-message,
insurance-correspondence). Locales: Australia 35, United States 25, United Kingdom 15, New Zealand
10, Canada 10, Ireland 5, with identifiers in local print forms (Medicare/IHI/DVA/CRN/TFN, SSN/MBI/
NPI/DEA, NHS/CHI/NI, NHI/ACC, OHIP/PHN/SIN, PPSN/IBAN). Check digits are valid where the scheme has
one (Medicare, IHI, NHS, CHI, NHI, NPI, DEA, SIN, OHIP, BC PHN, TFN, PPSN). Conventions: titles
stay outside name spans; DICOM and HL7 names are one span without the trailing title component; a
full street or PO box address is one ADDRESS span (HL7 carets included); towns, suburbs, streets
standing alone, zip codes, postcodes and named facilities (including ones named after people) are
LOCATION; states, provinces and countries are unmarked; ages are the number alone for years and
number plus unit for months or DICOM "078Y", category date if 90 or over; timestamps mark only the
date part; insurance claim numbers, workers' compensation and ACC claims, appeal refs and bank
accounts are ID|account; Centrelink CRN, TFN, NI number, SIN, PPSN and partial SSN are ID|ssn;
DVA, NHI, CHI, VAC K-numbers and medical cards are ID|health_plan; accession, lab, specimen,
session, study UID, encounter (CSN) and case numbers, usernames and handles are ID|other; device
serials, asset tags and app device IDs are DEVICE; face/wound photos and seizure videos by file name
or path are ID|photo; fingerprint, palm-vein, voiceprint and footprint template IDs are
ID|biometric. Deliberately unmarked: doses, lab values and ranges, vitals, times, bed/room/ward
numbers, extensions, ICD/CPT/MBS/LOINC/CCSD codes, model names, batch and lot numbers, scores,
gestations, durations, money, public helplines (132 111, 111, 1-866 numbers) and plan group numbers.

How: cd /work/main && .venv/bin/python scripts/make_probe42_corpus.py (writes
corpus/redaction/probe42.jsonl).
"""

from pathlib import Path

from make_safe_harbor_suite import write_styled

OUT = Path(__file__).resolve().parents[1] / "corpus" / "redaction" / "probe42.jsonl"

EMERGENCY_TRIAGE = [
    (
        "TRIAGE NOTE — [[LOCATION|geo:Royal Prince Alfred Hospital]] ED\n"
        "Pt: [[PERSON|name:MURPHY, Sunny]]   DOB [[DATE|date:03/08/1961]]   "
        "MRN:[[ID|mrn:0048812]]\n"
        "Medicare [[ID|health_plan:2043 32185 2]] IRN 1\n"
        "ATS 2. Arrived 0342 via amb from "
        "[[ADDRESS|geo:14/22 Salisbury Rd, Camperdown NSW 2050]]\n"
        "c/o central CP 8/10 x 40min, radiating L arm. HR 112 BP 148/92 SpO2 94% RA. "
        "GCS 15.\n"
        "ECG: STE II III aVF -> code STEMI 0351. Aspirin 300mg given, GTN 400mcg SL x1."
    ),
    (
        "ED TRIAGE | [[LOCATION|geo:Northwestern Memorial Hospital]] | ESI-3\n"
        "Name: [[PERSON|name:Deshawn T. Brooks]]   Age: [[AGE|other:27]]   Sex: M\n"
        "MRN: [[ID|mrn:NM-7730215]]  Acct#[[ID|account:440918327]]\n"
        'CC: "my hand got caught in the dough mixer" at work (bakery)\n'
        "Lac L palm ~4cm, cap refill <2s, FDP/FDS intact. Td last given 2012. Pain "
        "6/10.\n"
        "Lidocaine 1% 5ml for exploration. Workers comp — WC claim # "
        "[[ID|account:WC-23-0098814]]"
    ),
    (
        "MVC — restrained driver, airbag deployed. TX plate "
        "[[VEHICLE|vehicle:LHW4429]], VIN per EMS\n"
        "[[VEHICLE|vehicle:2HGFC2F59KH551824]]\n"
        "Pt [[PERSON|name:Carlos Villanueva-Ruiz]] [[AGE|other:34]]M  DOB "
        "[[DATE|date:Jan 9 1991]]  SSN [[ID|ssn:512-44-8190]]\n"
        "EMS from ESD 48. Arr [[LOCATION|geo:Ben Taub Hospital]] 22:14.\n"
        "GCS 14 (E4V4M6). c-collar on. FAST neg. Lactate 2.9. ESI 2."
    ),
    (
        "ED triage 2300hrs — [[LOCATION|geo:Princess Alexandra Hospital]]\n"
        "Found on floor by neighbour at home in [[LOCATION|geo:Wynnum]]. Long lie "
        "~12h.\n"
        "Name: [[PERSON|name:Hazel Winter]] (aged [[AGE|other:78]])   "
        "UR[[ID|mrn:2219047]]\n"
        "DVA gold card [[ID|health_plan:QX901533]]\n"
        "IHI [[ID|health_plan:8003 6001 1280 5988]]\n"
        "Meds: warfarin 3mg (INR 3.4, ref 2.0-3.0). CK 4200. ?#NOF L, shortened + ext "
        "rotated. ATS 3."
    ),
    (
        "triage 0215 [[LOCATION|geo:royal melbourne hospital]] ed. bib police s351 "
        "MHA\n"
        "pt [[PERSON|name:tyler jones]] [[AGE|other:19]]y dob [[DATE|date:12.4.06]] "
        "medicare [[ID|health_plan:6600133871]]\n"
        "posted threats on insta from handle [[ID|other:@tyj0nes_]] - vicpol event no "
        "[[ID|other:E240318-0091]]\n"
        "lives w mum at [[ADDRESS|geo:7 Hope St, Brunswick VIC 3056]], mum "
        "[[PERSON|name:Kylie]] [[PHONE|phone:+61 423 118 076]]\n"
        "HR 98 BP 132/80 RR 18 T 36.8 BGL 5.6. ATS 2 agitation. olanzapine 10mg wafer"
    ),
    (
        "[[LOCATION|geo:Billings Clinic]] ED — TRIAGE\n"
        "Mr [[PERSON|name:Jack Mason]], [[AGE|other:46]]. Oil field worker, drove in "
        "from [[LOCATION|geo:Williston]]\n"
        "Pickup MT plate [[VEHICLE|vehicle:4-88219B]] left in ambulance bay - security "
        "notified\n"
        "PPM (Medtronic Azure XT DR MRI SureScan) SN [[DEVICE|device:RNB602318S]]\n"
        "c/o palpitations, syncope x2 today. HR 38, CHB on monitor. ESI 2.\n"
        "Address [[ADDRESS|geo:2212 Grand Ave, Billings, MT 59102]]  Ph "
        "[[PHONE|phone:(406) 238-5512]]\n"
        "WC claim [[ID|account:WC0911284]]"
    ),
    (
        "A&E TRIAGE — [[LOCATION|geo:St Thomas' Hospital]], [[LOCATION|geo:London]]\n"
        "Manchester Triage: ORANGE (very urgent). Discriminator: acute SOB.\n"
        "Name: [[PERSON|name:Olwen Price-Davies]]  DOB: [[DATE|date:17 Nov 1949]]  Age "
        "[[AGE|other:76]]\n"
        "NHS No: [[ID|health_plan:577 738 7217]]   Hosp No: [[ID|mrn:D2285130]]\n"
        "Sats 88% on air, RR 28, NEWS2 = 9. COPD (GOLD 3), home O2 2L. Salbutamol 5mg "
        "neb + ipratropium 500mcg.\n"
        "Lives alone: "
        "[[ADDRESS|geo:Flat 12, Kennington Park House, Kennington Park Pl, London SE11 "
        "4AS]]"
    ),
    (
        "[[LOCATION|geo:Christchurch Hospital]] ED. Triage cat 3.\n"
        "[[PERSON|name:Rangi Te Whata]] [[AGE|other:45]]M NHI "
        "[[ID|health_plan:CSW5064]]\n"
        "chainsaw lac L thigh while felling out past [[LOCATION|geo:Oxford]]. "
        "Tourniquet on by St John 1412.\n"
        "BP 96/58 HR 124 Hb 98. 2 units O neg from blood bank.\n"
        "ACC claim no [[ID|account:10045892617]]\n"
        "wife [[PERSON|name:Aroha]] ph [[PHONE|phone:021 448 9013]]; farm ute "
        "[[VEHICLE|vehicle:KTR482]] still at scene"
    ),
    (
        "[[LOCATION|geo:Toronto General Hospital]] — ED Triage CTAS 2\n"
        "Pt: [[PERSON|name:Amélie Tremblay-Nguyen]]  DOB [[DATE|date:1990/05/22]]  "
        "OHIP [[ID|health_plan:9197-242-820-KM]]\n"
        "Anaphylaxis to peanut at restaurant. EpiPen x1 by friend 19:40.\n"
        "SBP 84. IM epi 0.5mg x2, NS 1L.\n"
        "Friend [[PERSON|name:Will Short]] (cell [[PHONE|phone:416.823.4471]])"
    ),
    (
        "[[LOCATION|geo:FLINDERS MEDICAL CENTRE]] ED TRIAGE -- PASTED FROM EMR --\n"
        "SURNAME: [[PERSON|name:RIVERS]]   GIVEN: [[PERSON|name:SUMMER]]\n"
        "DOB: [[DATE|date:29-FEB-1996]]   AGE: [[AGE|other:29]]\n"
        "ADDR: [[ADDRESS|geo:22 SPEED ST, PARADISE SA 5075]]\n"
        "MEDICARE: [[ID|health_plan:6386 37948 1]] / 3\n"
        "PRESENTING: ?ECTOPIC. BHCG 2300. LMP [[DATE|date:4/3]]. PAIN 7/10, BP 100/60, "
        "HR 108. ATS 2.\n"
        "PARTNER [[PERSON|name:DANE RIVERS]] [[PHONE|phone:0401992384]]"
    ),
]

WARD_HANDOVER = [
    (
        "ISBAR handover 1900 — Ward 7B [[LOCATION|geo:Westmead Hospital]]\n"
        "I: Bed 14, Mrs [[PERSON|name:Dawn Day]], [[AGE|other:82]], UR "
        "[[ID|mrn:W0718834]]\n"
        "S: POD2 R TKR, drowsy since 1600, RR 10, sats 91% on 2L.\n"
        "B: PCA fentanyl, CKD3 (eGFR 38). OSA - CPAP at home (ResMed AirSense 10, SN "
        "[[DEVICE|device:23171548392]]), son bringing in.\n"
        "A: ?opioid toxicity\n"
        "R: naloxone 100mcg 1845 w/ effect, PCA ceased. Son [[PERSON|name:Craig]] "
        "[[PHONE|phone:0419 004 227]]. Med reg Dr [[PERSON|name:N. Okafor]] aware."
    ),
    (
        "BED,NAME,UR,AGE,DX,ISSUES\n"
        "3,[[PERSON|name:O'Brien K]],[[ID|mrn:1192384]],[[AGE|other:56]],cellulitis L "
        "leg,IV cefazolin 2g q8h; mark borders\n"
        "4,[[PERSON|name:Nguyen T]],[[ID|mrn:1190022]],[[AGE|date:91]],#NOF,fasting "
        "from 0200 for theatre\n"
        "6,EMPTY,,,,clean - admission from ED ~2100"
    ),
    (
        "handover nd -> am\n"
        "rm 22 mr [[PERSON|name:albert stone]] (goes by [[PERSON|name:bert]]) "
        "[[AGE|other:88]] from [[LOCATION|geo:ridleyton greens]] nursing home\n"
        "delirium +++, pulled IDC x2 overnight, haloperidol 0.5mg at 0200. bsl 11.2\n"
        "wife [[PERSON|name:shirley]] wants a call before 9 - "
        "[[PHONE|phone:08 8262 1904]]. dva white card [[ID|health_plan:SX298113]]"
    ),
    (
        "WARD 5 SOUTH — [[LOCATION|geo:John Hunter Hospital]] — pressure injury "
        "handover\n"
        "Pt [[PERSON|name:Lachlan McKenzie-Wright]] UR [[ID|mrn:NH4471093]]\n"
        "Stage 3 sacral PI 4x3cm. Photo uploaded to wound app:\n"
        "[[ID|photo:PI_sacrum_McKenzieWright_20250711.jpg]]\n"
        "Air mattress (Invacare Softform) asset tag [[DEVICE|device:HNE-BM-004417]]\n"
        "Waterlow 22, Braden 11. 2/24 turns. Next dressing [[DATE|date:13/07]]."
    ),
    (
        "SBAR — 4 West Med-Surg, "
        "[[LOCATION|geo:Johns Hopkins Bayview Medical Center]]\n"
        "Rm 412-A: [[PERSON|name:Willie Mae Jackson]], [[AGE|other:73]] y/o F, MRN "
        "[[ID|mrn:JH33018872]], DNR/DNI (MOLST on chart)\n"
        "S: new-onset AFib RVR 140s at 0530\n"
        "B: s/p lap chole POD1, hx HFrEF EF 30%\n"
        "A: diltiazem 10mg IV x1 -> rate 96\n"
        "R: cards consult placed. Daughter [[PERSON|name:Lorraine]] (HCPOA) "
        "[[PHONE|phone:(410) 633-8127]]"
    ),
    (
        "Patient: [[PERSON|name:HOLIDAY, Doc]]\n"
        "MRN: [[ID|mrn:100384472]] | CSN: [[ID|other:2211938461]] | Admit: "
        "[[DATE|date:10/02/2025]]\n"
        "Attending: [[PERSON|name:Patel, Nirav]] MD (NPI [[ID|license:1135182339]])\n"
        "Isolation: contact (MRSA).\n"
        "Vanco trough 17.2 (goal 15-20). Cr 1.1. Medicare MBI "
        "[[ID|health_plan:5F04-YW1-VG99]]"
    ),
    (
        "nite shift note — MICU bed 9 [[PERSON|name:Bobby Ray Castle]] "
        "([[AGE|other:41]]) still intubated, propofol 30mcg/kg/min, RASS -2\n"
        "Vent AC 450/14/+8/40%. ABG 7.38/42/88.\n"
        "Wife [[PERSON|name:Charity]] called 0300 from the hotel, cell "
        "[[PHONE|phone:334-790-1288]]\n"
        "Transferred from [[LOCATION|geo:Flowers Hospital]] in "
        "[[LOCATION|geo:Dothan]], AL"
    ),
    (
        "NURSING HANDOVER — Ward 23 (Elderly Care), "
        "[[LOCATION|geo:Leeds General Infirmary]]\n"
        "Bay 3 Bed 2: Mr [[PERSON|name:Reginald Bishop]]  DOB [[DATE|date:02.11.1941]] "
        " NHS [[ID|health_plan:4895134334]]  Hosp [[ID|mrn:L1104982]]\n"
        "DoLS in place. Falls risk - sensor mat. Hearing aids (NHS) L "
        "[[DEVICE|device:1923-44810]].\n"
        "For D/C to [[LOCATION|geo:Moorfield House]] care home "
        "[[DATE|date:Thurs 14th]]. Son [[PERSON|name:Gareth]] "
        "[[PHONE|phone:07781 402 665]]"
    ),
    (
        "Ward 27 handover — [[LOCATION|geo:Waikato Hospital]]\n"
        "Bed 11 [[PERSON|name:Mere Ngata]] NHI [[ID|health_plan:RDP5722]] "
        "[[AGE|other:67]]y\n"
        "CAP, CURB-65 2. IV amoxiclav 1.2g tds, O2 weaned to RA.\n"
        "Whānau at bedside — daughter [[PERSON|name:Hine]] "
        "[[PHONE|phone:027 518 2249]]\n"
        "Plan home to [[LOCATION|geo:Ngāruawāhia]] tmrw if afebrile 24h"
    ),
    (
        "Shift report 7W, [[LOCATION|geo:Vancouver General Hospital]]\n"
        "Rm 18: [[PERSON|name:Jean-Luc Desrosiers]], [[AGE|other:59]], PHN "
        "[[ID|health_plan:9526 018 156]]\n"
        "s/p Whipple POD5, JP 120ml serous, drain lipase sent. SSI.\n"
        "Lives in [[LOCATION|geo:Hope]], BC - wife driving down, call "
        "[[PHONE|phone:604-869-3301]] before transfer"
    ),
]

MENTAL_HEALTH_REVIEW = [
    (
        "MENTAL HEALTH REVIEW — [[LOCATION|geo:Orygen Youth Health]]\n"
        "Client: [[PERSON|name:Jordan Blessing]] (they/them), [[AGE|other:17]].  UR "
        "[[ID|mrn:OYH-208817]]\n"
        "K10 = 34. PHQ-A 19. C-SSRS: passive ideation, no plan/intent.\n"
        "Sertraline 50mg -> 100mg mane.\n"
        "Yr 11 at [[LOCATION|geo:Brunswick Secondary College]]; safety plan shared w/ "
        "mum [[PERSON|name:Tanya]].\n"
        "F/U [[DATE|date:Tue 22/7]] 1500."
    ),
    (
        "FORM 2 — Mental Health Act 2016 (Qld)\n"
        "Authorised Psychiatrist: Dr [[PERSON|name:Michael Angel]]\n"
        "Patient [[PERSON|name:Storm Bradley]], DOB [[DATE|date:7 June 1988]], "
        "[[LOCATION|geo:Logan Hospital]] AMHU bed 6\n"
        "Dx schizoaffective d/o (F25.0). Paliperidone palmitate 150mg IMI monthly, "
        "last given [[DATE|date:02/06/25]].\n"
        "Nominated support person: brother [[PERSON|name:Rocky Bradley]] "
        "[[PHONE|phone:(07) 3299 8845]]"
    ),
    (
        "mh review pateint [[PERSON|name:mia van der berg]] [[AGE|other:23]]f seen at "
        "[[LOCATION|geo:karratha health campus]]\n"
        "panic attacks ++ since the car accident on [[DATE|date:28/3]]. GAD-7 18, no "
        "SI/SH.\n"
        "propranolol 10mg prn (max 3/day). CBT x 6 sessions.\n"
        "resources emailed to [[EMAIL|email:miavdb97@outlook.com]]\n"
        "tele f/u link: "
        "[[URL|url:https://vcc.health.wa.gov.au/join?mtg=88123407&pt=MVDB0323]]"
    ),
    (
        "Psychiatric review — [[LOCATION|geo:Royal Hobart Hospital]] CL service\n"
        "Mr [[PERSON|name:Neville Drinkwater]], [[AGE|other:52]], ex-RAN. DVA file no. "
        "[[ID|health_plan:TX512209]]\n"
        "AUD — AUDIT 31. Thiamine 300mg IV tds. CIWA-Ar 14, diazepam loading.\n"
        "Firearms licence [[ID|license:TAS-FL-0448812]] — police notified, guns "
        "surrendered.\n"
        "Wife [[PERSON|name:Robyn]] [[PHONE|phone:0400 117 592]]"
    ),
    (
        "PSYCHIATRIC EVALUATION — [[LOCATION|geo:McLean Hospital]], "
        "[[LOCATION|geo:Belmont]], MA\n"
        "Pt: [[PERSON|name:Destiny Carter]], [[AGE|other:32]]F. Referred by PCP Dr "
        "[[PERSON|name:Hollis]] (NPI [[ID|license:2498941345]])\n"
        "Dx: MDD, recurrent, severe w/o psychotic features (F33.2). PHQ-9 24.\n"
        "Failed sertraline 200mg, bupropion XL 300mg. ECT consult.\n"
        "Tufts Health Plan ID [[ID|health_plan:TH-00418822-01]]  SSN "
        "[[ID|ssn:031-62-8844]]\n"
        "Emergency contact: husband [[PERSON|name:Marcus Carter]] "
        "[[PHONE|phone:617-489-2206]]"
    ),
    (
        "[telepsych session log]\n"
        "provider_user=[[ID|other:kiyer_md]] patient_user=[[ID|other:jacob.h.1999]] "
        "session=[[ID|other:TP-5590213]]\n"
        "client_ip=[[IP|ip:73.162.44.201]] start=[[DATE|date:2025-03-14]]T19:02:11Z "
        "dur=47m\n"
        "Pt [[PERSON|name:Jacob Hunter]], [[AGE|other:26]], ADHD + GAD. Adderall XR "
        "20mg qAM, PDMP checked, UDS neg.\n"
        "Controlled Rx under DEA [[ID|license:FK4820913]].\n"
        "Pt location during visit: home in [[LOCATION|geo:Normal]], IL (licensure "
        "requirement)"
    ),
    (
        "5150 HOLD — [[LOCATION|geo:Santa Clara Valley Medical Center]] EPS\n"
        "[[PERSON|name:Rain Whitfield]], [[AGE|other:44]]. BIB "
        "[[LOCATION|geo:San Jose]] PD, found sleeping in vehicle, CA plate "
        "[[VEHICLE|vehicle:8KJM492]].\n"
        "Grave disability. UDS +meth. Not eating x4 days.\n"
        "Conservatorship case # [[ID|other:19CV-338102]]"
    ),
    (
        "CMHT Review — [[LOCATION|geo:Springfield University Hospital]]\n"
        "Patient: Ms [[PERSON|name:Precious Okonkwo]]   NHS: "
        "[[ID|health_plan:200 379 1760]]   RiO: [[ID|mrn:RIO4481273]]\n"
        "S3 MHA 1983, CTO discussed. Clozapine 350mg nocte, level 0.42 mg/L, ANC 2.1.\n"
        "Care co-ordinator [[PERSON|name:Liam Fairweather]] "
        "([[EMAIL|email:liam.fairweather@swlstg.nhs.uk]])\n"
        "Next tribunal [[DATE|date:3rd September]]."
    ),
    (
        "Mental Health Review — [[LOCATION|geo:Te Whare Mārie]]\n"
        "Tangata whaiora: [[PERSON|name:Wiremu Parata]], NHI "
        "[[ID|health_plan:PFZ8493]], [[AGE|other:31]]\n"
        "Whānau hui held [[DATE|date:Friday 11 April]] at [[LOCATION|geo:Porirua]]. "
        "Olanzapine 15mg nocte. HoNOS 18."
    ),
    (
        "Psychiatry consult — [[LOCATION|geo:CAMH]]\n"
        "[[PERSON|name:Brooklyn Fraser]], [[AGE|other:20]], OHIP "
        "[[ID|health_plan:3859578845]] (no version code on file)\n"
        "AN-R: BMI 15.8, HR 44. Refeeding protocol, phosphate 1.1 -> supplement.\n"
        "Form 1 issued [[DATE|date:2025-01-09]].\n"
        "Student # [[ID|other:1008842271]] ([[LOCATION|geo:University of Toronto]] "
        "accessibility letter)\n"
        "Mum [[PERSON|name:Cheryl Fraser]] [[PHONE|phone:(905) 334-1187]]"
    ),
]

AGED_CARE = [
    (
        "[[LOCATION|geo:Uniting Mirinjani]] RACF — progress note "
        "[[DATE|date:Mon 3/3/25]]\n"
        "Resident: [[PERSON|name:Ivy Pickering]] ([[AGE|date:94]]) Rm 12 Banksia wing\n"
        "Medicare [[ID|health_plan:3654 23517 2]]  DVA [[ID|health_plan:NX221904]]\n"
        "Unwitnesed fall 0240, found beside bed. No head strike. Neuro obs 4/24.\n"
        "Sensor mat alarm serial [[DEVICE|device:SM-771023]] not alarming - reported.\n"
        "Daughter (EPOA) [[PERSON|name:Lorraine Pickering]] notified 0800 on "
        "[[PHONE|phone:02 6251 4418]]"
    ),
    (
        "ACAT ASSESSMENT SUMMARY\n"
        "Client: [[PERSON|name:KOWALSKI, Stanisław]]   DOB: [[DATE|date:14/03/1931]]   "
        "Age: [[AGE|date:94]]\n"
        "Address: [[ADDRESS|geo:3 Orange Grove, Orange NSW 2800]]\n"
        "Pension CRN\n"
        "[[ID|ssn:305 997 412H]]\n"
        "Rec: Home Care Package Level 3. Referred by Dr [[PERSON|name:Ngaio Banks]] "
        "(prov no [[ID|license:2445781F]])"
    ),
    (
        "SIRS Priority 1 notification — [[LOCATION|geo:Arcare Helensvale]]\n"
        "Incident ref [[ID|other:SIRS-2025-118204]]\n"
        "Resident [[PERSON|name:Beryl Goodbody]], [[AGE|other:87]]. Bruising L "
        "forearm; resident alleges a staff member grabbed her.\n"
        "Photos: [[ID|photo:IMG_4471.HEIC]], [[ID|photo:IMG_4472.HEIC]] (forearm, "
        "face)\n"
        "Facility manager [[PERSON|name:Deb Hollow]] "
        "[[EMAIL|email:dhollow@arcare.com.au]]"
    ),
    (
        "eMAR exception report — [[LOCATION|geo:Regis Brighton]]\n"
        "Cabinet access by fingerprint: RN [[PERSON|name:Anh Tran]] template "
        "[[ID|biometric:FPT-000448-R2]] failed x3, override used 0812.\n"
        "Resident [[PERSON|name:Harold Moon]] (Rm 7) — apixaban 2.5mg BD 0800 dose "
        "given late 0845.\n"
        "Webster pack batch W-7781. Pharmacy [[LOCATION|geo:Brighton Amcal]] fax "
        "[[PHONE|fax:(03) 9592 0014]]"
    ),
    (
        "MDS 3.0 QUARTERLY — [[LOCATION|geo:Heritage Manor of Mesa]]\n"
        "Resident: [[PERSON|name:Cletus Bloom]]   MBI: "
        "[[ID|health_plan:3G19-YN9-CA10]]\n"
        "DOB [[DATE|date:11/23/1939]], [[AGE|other:85]]. BIMS 9/15. PHQ-9 OV 7.\n"
        "WanderGuard bracelet [[DEVICE|device:WG-20931877]]\n"
        "POA: [[PERSON|name:Lynette Bloom-Harris]], "
        "[[ADDRESS|geo:4420 E Camelback Rd, Phoenix, AZ 85018]], "
        "[[PHONE|phone:602-955-3127]]"
    ),
    (
        "Hospice RN visit — [[LOCATION|geo:Good Shepherd Hospice]]\n"
        "Pt [[PERSON|name:Earnestine Lovejoy]] [[AGE|date:96]] yo, PPS 30%. Morphine "
        "conc 5mg SL q2h prn. Last BM [[DATE|date:11/2]].\n"
        "Granddaughter [[PERSON|name:Precious]] (primary caregiver) "
        "[[PHONE|phone:863.412.0917]]\n"
        "Hospital bed SN [[DEVICE|device:HB5D-221984]] delivered."
    ),
    (
        "CARE HOME REVIEW — [[LOCATION|geo:Cedar Court Care Home]], "
        "[[LOCATION|geo:Reading]]\n"
        "Resident: [[PERSON|name:Mabel Shepherd]], [[AGE|date:99]] (birthday "
        "[[DATE|date:22nd Dec]] - family party planned)\n"
        "NHS [[ID|health_plan:9367632010]]. DNACPR + ReSPECT in place.\n"
        "Wt 41.2kg, MUST 2, Fortisip bd.\n"
        "Niece [[PERSON|name:Patricia Lowe]] holds LPA (H&W), OPG ref "
        "[[ID|other:7001-2287-4410]]"
    ),
    (
        "ARC progress note — [[LOCATION|geo:Ryman Diana Isaac Village]]\n"
        "Resident [[PERSON|name:Colin Sweet]] NHI [[ID|health_plan:TRQ6947]] "
        "[[AGE|other:89]]\n"
        "interRAI LTCF done [[DATE|date:5/5/25]], CHESS 2.\n"
        "Hearing aid (Phonak Audéo) serial [[DEVICE|device:2318A0774]] missing since "
        "laundry day.\n"
        "EPOA son [[PERSON|name:Grant Sweet]] [[PHONE|phone:03 358 2210]]"
    ),
    (
        "LTC ADMISSION — [[LOCATION|geo:Sunnybrook Veterans Centre]]\n"
        "Resident: [[PERSON|name:Gordon MacLeod]], [[AGE|date:92]]. VAC K-number "
        "[[ID|health_plan:K0218874]], OHIP [[ID|health_plan:8937 493 255 FR]]\n"
        "SIN (pension) [[ID|ssn:556 551 257]]\n"
        "MMSE 19/30. Donepezil 10mg. 3 falls in last 6/12.\n"
        "Daughter [[PERSON|name:Fiona MacLeod]] "
        "[[EMAIL|email:fiona.macleod@rogers.com]]"
    ),
    (
        "Home health visit — [[PERSON|name:Percy Bird]] ([[AGE|other:81]]), "
        "[[ADDRESS|geo:19 Bell St, Sandy, UT 84070]]\n"
        "Aide [[PERSON|name:Kelly]] noted his car (UT [[VEHICLE|vehicle:B41 7KT]]) "
        "parked across the lawn; says he drove to the store yesterday.\n"
        "Family worried re driving — DL [[ID|license:0194487713]], PCP to do "
        "fitness-to-drive eval.\n"
        "Agency ref [[ID|other:HHA-3-00418827]]. Next visit "
        "[[DATE|date:Thursday 12 June]]."
    ),
]

PAEDIATRICS = [
    (
        "[[LOCATION|geo:Lady Cilento Children's Hospital]] — Paed ward round\n"
        "[[PERSON|name:Harper-Rose Nguyen]], [[AGE|other:3 months]], wt 5.2kg (10th "
        "centile). UR [[ID|mrn:LC0992184]]\n"
        "Bronchiolitis D3. HFNC 2L/kg/min, FiO2 30%. NG feeds 100ml/kg/d.\n"
        "Mum [[PERSON|name:Kim]] mob:[[PHONE|phone:0432118907]]. Medicare "
        "[[ID|health_plan:5155 94072 9]] (IRN 4)"
    ),
    (
        "CHILD PROTECTION — ROSH REPORT (NSW)\n"
        "Child: [[PERSON|name:Kayden Smith]]  DOB [[DATE|date:2019-11-02]] "
        "([[AGE|other:5]]y)\n"
        "School: [[LOCATION|geo:Mount Druitt Public School]]\n"
        "Report ref [[ID|other:CP-2318-44710]] made via Child Protection Helpline 132 "
        "111.\n"
        "Caseworker [[PERSON|name:Louise Eagle]], DCJ [[LOCATION|geo:Blacktown]] CSC."
    ),
    (
        "AIR immunisation history — [[PERSON|name:Ollie Brown]]\n"
        "DOB [[DATE|date:01.09.2020]]   IHI [[ID|health_plan:8003602620450539]]\n"
        "[[DATE|date:01/11/2020]] Infanrix hexa, Prevenar 13, Rotarix (batch "
        "A21CB442A)\n"
        "Provider: [[LOCATION|geo:Hornsby Ku-ring-gai Hospital]] immunisation clinic, "
        "provider no [[ID|license:4471823T]]"
    ),
    (
        "Paeds diabetes clinic — [[LOCATION|geo:Perth Children's Hospital]]\n"
        "[[PERSON|name:Isla May Cooper]] [[AGE|other:11]], T1DM dx "
        "[[DATE|date:Aug 2022]]. HbA1c 7.9%.\n"
        "Tandem t:slim X2 SN [[DEVICE|device:1120448]]; Dexcom G7 sensor "
        "[[DEVICE|device:8GNK72]]. Basal 0.45u/h overnight.\n"
        "School nurse given action plan.\n"
        "Dad [[PERSON|name:Ben Cooper]] [[EMAIL|email:ben.cooper.wa@gmail.com]]"
    ),
    (
        "Well-child visit — [[LOCATION|geo:Children's Hospital of Philadelphia]] "
        "Primary Care\n"
        "Pt: [[PERSON|name:Zion Wallace]]   DOB [[DATE|date:04/17/2024]]   Age "
        "[[AGE|other:18 mo]]\n"
        "Keystone First (Medicaid) ID [[ID|health_plan:KF88204417]]\n"
        "M-CHAT-R 1 (low risk). Wt 11.1kg (50%ile). Hgb 10.4, lead 3 mcg/dL.\n"
        "Hep A #2 + DTaP #4 given, lot UT7781AA.\n"
        "Mom [[PERSON|name:Shanice Wallace]] [[PHONE|phone:(267) 304-1184]]"
    ),
    (
        "ADOLESCENT HEADSS — [[LOCATION|geo:Texas Children's Hospital]]\n"
        "[[PERSON|name:Kennedy Ross]] (prefers [[PERSON|name:Kenny]]), "
        "[[AGE|other:15]]\n"
        "Home: dad + stepmom in [[LOCATION|geo:Pearland]]. Education: 10th grade, "
        "[[LOCATION|geo:Dawson High School]].\n"
        "Snapchat [[ID|other:kenz.r0ss]]. SSN for CHIP renewal "
        "[[ID|ssn:455-19-0723]].\n"
        "CONFIDENTIAL - do not disclose to parent per TX Family Code 32.003"
    ),
    (
        "pediatric asthma action plan — [[PERSON|name:DJ Okafor]] [[AGE|other:9]]y\n"
        "school: [[LOCATION|geo:PS 129 John H. Finley]]\n"
        "ProAir HFA 2 puffs q4h prn; Flovent 44mcg 2 puffs BID. PEF best 240, yellow "
        "120-190.\n"
        "Parent [[PERSON|name:Adaeze Okafor]] [[PHONE|phone:917 442 0831]]; fax plan "
        "to school nurse [[PHONE|fax:212-690-4417]]\n"
        "NYS Medicaid CIN [[ID|health_plan:KT48820D]]"
    ),
    (
        "PAEDIATRIC DISCHARGE SUMMARY — "
        "[[LOCATION|geo:Alder Hey Children's Hospital]]\n"
        "[[PERSON|name:Alfie Rooney]], [[AGE|other:6]]. NHS no. "
        "[[ID|health_plan:6328708319]]  AH no. [[ID|mrn:AH1044718]]\n"
        "Lap appendicectomy (perforated). Co-amoxiclav PO 5/7.\n"
        "GP: [[LOCATION|geo:Old Swan Health Centre]], fax [[PHONE|fax:0151 285 4410]]\n"
        "Clinic f/u [[DATE|date:Wednesday 9th July]]."
    ),
    (
        "[[LOCATION|geo:Starship Children's Hospital]]\n"
        "[[PERSON|name:Tama Walker]] [[AGE|other:4]]y, NHI [[ID|health_plan:LHC4734]] "
        "— rheumatic fever prophylaxis, Bicillin LA 600,000U IM q28d\n"
        "Next due [[DATE|date:14/08/2025]]. Nan [[PERSON|name:Moana]] in "
        "[[LOCATION|geo:Ōtara]] ph [[PHONE|phone:09 274 8831]]"
    ),
    (
        "[[LOCATION|geo:SickKids]] neuro f/u\n"
        "[[PERSON|name:Olivia Chen]], [[AGE|other:7]], OHIP "
        "[[ID|health_plan:7695-155-833-AB]]\n"
        "Epilepsy, VNS (LivaNova SenTiva M1000) serial [[DEVICE|device:204118]]. "
        "Levetiracetam 250mg bid. 3 seizures in 2/52.\n"
        "Video from dad: [[ID|photo:olivia_seizure_2025-02-11.mp4]]\n"
        "Dad [[PERSON|name:Wei Chen]] [[PHONE|phone:+1 647 882 0193]]"
    ),
]

MATERNITY = [
    (
        "ANTENATAL VISIT — [[LOCATION|geo:Royal Women's Hospital]], "
        "[[LOCATION|geo:Parkville]]\n"
        "[[PERSON|name:Chloe Baptiste]] G2P1 34/40, EDD [[DATE|date:18/08/2025]]. UR "
        "[[ID|mrn:RWH 2210447]]\n"
        "BP 142/94, uPCR 38. sFlt-1/PlGF sent. Aspirin 150mg nocte.\n"
        "Partner [[PERSON|name:Luke]] [[PHONE|phone:0422 881 530]]"
    ),
    (
        "BIRTH SUMMARY — [[LOCATION|geo:Nepean Hospital]]\n"
        "Mother: [[PERSON|name:Aaliyah Rahman]] ([[AGE|other:29]]) MRN "
        "[[ID|mrn:0911824]] Medicare [[ID|health_plan:2618 49596 4]]\n"
        "Baby of [[PERSON|name:Aaliyah RAHMAN]]: F, born [[DATE|date:12.05.2025]] "
        "0417, 3420g, Apgars 8/9.\n"
        "SVD, EBL 450ml, 2nd degree tear.\n"
        "Infant footprint record [[ID|biometric:FP-NEP-250512-01]]"
    ),
    (
        "gdm review — [[LOCATION|geo:dubbo base hospital]] (telehealth to "
        "[[LOCATION|geo:gilgandra]])\n"
        "pt [[PERSON|name:tahnee little]] 27/40, bsl log fasting 5.6, 1h pp 8.4. "
        "metformin 500mg bd -> 1g bd.\n"
        "insulin teaching video link "
        "[[URL|url:https://vc.wnswlhd.health.nsw.gov.au/room/Tahnee.Little.GDM]]\n"
        "ph [[PHONE|phone:0268 471 209]]"
    ),
    (
        "L&D TRIAGE — [[LOCATION|geo:Brigham and Women's Hospital]]\n"
        "[[PERSON|name:Jasmine Hope Ellison]] [[AGE|other:24]] y/o G1P0 @ 39+2\n"
        "SROM 0300 clear. SVE 4/80/-1. GBS+ -> PCN G 5MU.\n"
        "MassHealth [[ID|health_plan:100288471903]]. Attending Dr "
        "[[PERSON|name:Rachel Kim]] NPI [[ID|license:1524082405]]"
    ),
    (
        "Postpartum day 2 — [[PERSON|name:Marisela Ortega]], [[AGE|other:19]], s/p "
        "primary LTCS for NRFHT\n"
        "Hgb 8.9 -> IV iron sucrose. EPDS 14 - SW referral.\n"
        "Infant Baby Boy [[PERSON|name:Ortega]] in NICU, MRN [[ID|mrn:600128841]]\n"
        "Medi-Cal BIC [[ID|health_plan:95588201A]]\n"
        "Home [[ADDRESS|geo:1187 W 39th Pl, Los Angeles, CA 90037]]; car seat check "
        "done, plate [[VEHICLE|vehicle:7RHD118]]"
    ),
    (
        "Maternity Booking — [[LOCATION|geo:Liverpool Women's Hospital]]\n"
        "[[PERSON|name:Siobhan McCarthy-Hale]], [[AGE|other:36]], NHS "
        "[[ID|health_plan:727 889 5790]], booking bloods [[DATE|date:02/04/25]]\n"
        "Dating scan CRL 45mm = 11+3. Combined screen 1:2500.\n"
        "Previous CS at [[LOCATION|geo:Arrowe Park Hospital]]. BMI 31, aspirin from "
        "12/40."
    ),
    (
        "Antenatal — [[LOCATION|geo:Royal Infirmary of Edinburgh]]\n"
        "[[PERSON|name:Morag Fairbairn]]  CHI [[ID|health_plan:2307904913]]  DOB "
        "[[DATE|date:23/07/1990]]\n"
        "G3P2, 28/40. Anti-D 1500iu IM. Hb 104.\n"
        "Partner [[PERSON|name:Ewan]] [[PHONE|phone:07836 114902]]"
    ),
    (
        "LMC midwife note — [[PERSON|name:Kiri Whaanga]], [[AGE|other:22]], NHI "
        "[[ID|health_plan:QUV6505]]\n"
        "Home visit [[ADDRESS|geo:14 Kea Street, Gore 9710]]\n"
        "Baby feeding well, wt 3.31kg (BW 3.42). Newborn screening card "
        "[[ID|other:7788120]] sent.\n"
        "MW [[PERSON|name:Ruth Meadows]], Midwifery Council reg [[ID|license:MW 11834]]"
    ),
    (
        "Prenatal — [[LOCATION|geo:BC Women's Hospital]]\n"
        "[[PERSON|name:Hannah Yoder]]  PHN [[ID|health_plan:9390 996 032]]  DOB "
        "[[DATE|date:30-Mar-1997]]\n"
        "Rh neg, anti-D at 28/40. 1h GCT 8.2 -> 2h OGTT booked.\n"
        "Referring Dr [[PERSON|name:Sandhu]], MSP billing # [[ID|license:44817]], fax "
        "[[PHONE|fax:604-532-8817]]"
    ),
    (
        "[[LOCATION|geo:National Maternity Hospital]], [[LOCATION|geo:Holles St]] — "
        "antenatal clinic\n"
        "[[PERSON|name:Aoife Ní Bhriain]], [[AGE|other:33]], MRN [[ID|mrn:N0448127]], "
        "PPSN [[ID|ssn:7923747P]]\n"
        "G2P1, 20/40 anomaly scan normal.\n"
        "Private — VHI [[ID|health_plan:VH 20088413]]. Consultant Dr "
        "[[PERSON|name:Fergal Mac Donnchadha]], IMC [[ID|license:418822]]"
    ),
]

RADIOLOGY_REPORT = [
    (
        "[[LOCATION|geo:I-MED Radiology]] [[LOCATION|geo:Chatswood]]\n"
        "CT BRAIN NON-CONTRAST\n"
        "Patient: [[PERSON|name:LEE, Jun-ho]]   DOB [[DATE|date:1958-06-30]]   "
        "Accession [[ID|other:IM2507-118843]]\n"
        "Referrer: Dr [[PERSON|name:S. Whitlam]] (provider [[ID|license:2871033K]])\n"
        "FINDINGS: 12mm L frontal acute-on-chronic SDH, 4mm MLS. No fracture.\n"
        "Images: "
        "[[URL|url:https://imedconnect.com.au/viewer?study=1.2.36.1.2001.4471882&pid="
        "IM998120]]"
    ),
    (
        "DICOM header dump\n"
        "(0010,0010) PatientName: [[PERSON|name:ABERNATHY^MAUREEN^J]]\n"
        "(0010,0020) PatientID: [[ID|mrn:QH8812047]]\n"
        "(0010,0030) PatientBirthDate: [[DATE|date:19470813]]\n"
        "(0010,1010) PatientAge: [[AGE|other:078Y]]\n"
        "(0008,0080) InstitutionName: [[LOCATION|geo:Townsville University Hospital]]\n"
        "(0008,1090) ManufacturerModelName: SOMATOM go.Top\n"
        "(0020,000D) StudyInstanceUID: "
        "[[ID|other:1.2.840.113619.2.55.3.604688.11.2025.0711]]\n"
        "REPORT: XR L HIP — displaced subcapital NOF fracture, Garden IV."
    ),
    (
        "MRI SAFETY SCREEN — [[LOCATION|geo:Gold Coast University Hospital]]\n"
        "Mr [[PERSON|name:Tobias Kingsford-Smith]]\n"
        "Implant: Medtronic Micra AV leadless pacemaker, serial "
        "[[DEVICE|device:MVR612844H]]. MR Conditional 1.5T/3T.\n"
        "Booking ref [[ID|other:GCUH-MRI-44128]]. Parking validation for rego "
        "[[VEHICLE|vehicle:722 XKF]]."
    ),
    (
        "RADIOLOGY REPORT — [[LOCATION|geo:Mayo Clinic]], [[LOCATION|geo:Rochester]], "
        "MN\n"
        "EXAM: CT CHEST W/ CONTRAST (CPT 71260)\n"
        "PATIENT: [[PERSON|name:SVENSON, INGRID]]   MRN: [[ID|mrn:11-048-873]]   DOB: "
        "[[DATE|date:02/28/1952]]\n"
        "ORDERING: [[PERSON|name:Bartholomew Thorne]], MD  NPI "
        "[[ID|license:1842710943]]\n"
        "FINDINGS: 2.3 cm spiculated RUL nodule (series 4 image 88). Lung-RADS 4B.\n"
        "Critical result called to Dr [[PERSON|name:Thorne]] 14:22 "
        "[[DATE|date:7/9/25]], read-back confirmed."
    ),
    (
        "teleRad worklist export\n"
        "acc,mrn,name,dob,site\n"
        "[[ID|other:TR99120044]],[[ID|mrn:E4418829]],[[PERSON|name:QUINN ANTHONY]],"
        "[[DATE|date:1985-10-03]],[[LOCATION|geo:St. Luke's Boise]]\n"
        "[[ID|other:TR99120045]],[[ID|mrn:E4418830]],[[PERSON|name:BLESSING FAITH]],"
        "[[DATE|date:2001-01-17]],[[LOCATION|geo:St. Luke's Meridian]]\n"
        "pacs_host=[[IP|ip:10.22.14.118]] port=104 ae=STLUKE_PACS"
    ),
    (
        "Imaging Report — [[LOCATION|geo:Addenbrooke's Hospital]]\n"
        "MRI LUMBAR SPINE\n"
        "Name: Dr [[PERSON|name:Evan Church]]   NHS No [[ID|health_plan:868 727 7431]] "
        "  RIS [[ID|other:ADB2507110044]]\n"
        "Clinical: LBP + saddle anaesthesia ?CES\n"
        "L4/5 large central disc extrusion compressing the cauda equina.\n"
        "Discussed with on-call neurosurgical registrar 23:40."
    ),
    (
        "[[LOCATION|geo:University Hospital of Wales]], [[LOCATION|geo:Cardiff]] — DXA "
        "REPORT\n"
        "[[PERSON|name:Gwenllian ap Rhys]]  DOB [[DATE|date:09-09-1955]]  NHS "
        "[[ID|health_plan:4873471435]]\n"
        "L1-L4 T-score -2.8; femoral neck -2.4. FRAX major 21%, hip 6.1%.\n"
        "Recommend alendronic acid 70mg weekly."
    ),
    (
        "[[LOCATION|geo:Pacific Radiology]] [[LOCATION|geo:Nelson]]\n"
        "XR R WRIST — [[PERSON|name:Grace Kingi]], NHI [[ID|health_plan:RLF7359]], ACC "
        "claim [[ID|account:10048832119]]\n"
        "Distal radius fracture, 20° dorsal angulation, no intra-articular extension.\n"
        "Referrer: [[LOCATION|geo:Stoke Medical Centre]]"
    ),
    (
        "[[LOCATION|geo:The Ottawa Hospital]] — Civic Campus\n"
        "US ABDOMEN\n"
        "Pt: [[PERSON|name:Dubois, Marie-Ève]]; HCN "
        "[[ID|health_plan:8986 699 786 QA]]; DOB [[DATE|date:1979-12-05]]\n"
        "CBD 9mm, multiple gallstones, sonographic Murphy's sign positive.\n"
        "Images pushed to [[IP|ip:172.16.40.21]]"
    ),
    (
        "[[LOCATION|geo:Beaumont Hospital]] Radiology, [[LOCATION|geo:Dublin 9]]\n"
        "CT PULMONARY ANGIOGRAM\n"
        "Patient: [[PERSON|name:Seán Ó Súilleabháin]]   MRN [[ID|mrn:B3318842]]   "
        "Medical card [[ID|health_plan:0448127B]]\n"
        "Referral: GP Dr [[PERSON|name:Niamh Foley]], "
        "[[LOCATION|geo:Artane Medical Centre]]\n"
        "Saddle PE, RV/LV 1.4. Phoned to ED reg ext 2241."
    ),
]

PATHOLOGY_REPORT = [
    (
        "[[LOCATION|geo:Laverty Pathology]] — CUMULATIVE REPORT\n"
        "Patient: [[PERSON|name:Wilma Flintoff]]   DOB [[DATE|date:21/01/1944]]   Sex "
        "F\n"
        "Lab No. [[ID|other:25-188410-4]]   Medicare [[ID|health_plan:2034 13160 5]]\n"
        "Ref Dr [[PERSON|name:Kemal Yilmaz]] ([[ID|license:2244718B]]), "
        "[[LOCATION|geo:Castle Hill Medical Centre]]\n"
        "Na 131 (135-145) L   K 5.9 (3.5-5.2) H   Cr 188 (45-90) H   eGFR 23\n"
        "Hb 98 (115-165) L   Plt 412"
    ),
    (
        "HISTOPATHOLOGY — [[LOCATION|geo:Sullivan Nicolaides Pathology]]\n"
        "[[PERSON|name:BARNABY, Kurt]] [[AGE|other:61]]M   UR [[ID|mrn:SN4471205]]   "
        "Specimen [[ID|other:S25-41188]]\n"
        "Site: skin, R cheek, excision.\n"
        "Invasive SCC, moderately differentiated, depth 3.1mm, PNI absent. Margins "
        "clear (peripheral 4mm, deep 2mm).\n"
        "Clinical photo: "
        "[[ID|photo:S:\\Derm\\ClinPhotos\\2025\\RCheek_BarnabyK_preop.jpg]]\n"
        "Reported Dr [[PERSON|name:Helena Stark]] [[DATE|date:09/07/2025]]"
    ),
    (
        "HL7 ORU extract\n"
        "MSH|^~\\&|CLINLAB|[[LOCATION|geo:ACT Pathology]]||||ORU^R01\n"
        "PID|1||[[ID|mrn:C0448812]]^^^CHHS^MR||[[PERSON|name:O'NEILL^PADRAIG]]^^^MR||"
        "[[DATE|date:19720304]]|M|||[[ADDRESS|geo:12 Wattle St^^Lyneham^ACT^2602]]||"
        "[[PHONE|phone:(02)62494410]]\n"
        "OBX|1|NM|2345-7^Glucose^LN||14.2|mmol/L|3.0-7.8|H\n"
        "OBX|2|NM|4548-4^HbA1c^LN||9.1|%|<6.5|H"
    ),
    (
        "BLOOD TRANSFUSION LAB — [[LOCATION|geo:St James's Hospital]], "
        "[[LOCATION|geo:Dublin 8]]\n"
        "Patient [[PERSON|name:Bríd Ní Chonaill]], [[AGE|other:34]]F, MRN "
        "[[ID|mrn:SJH0092218]], DOB [[DATE|date:22.10.1990]]\n"
        "Group O RhD NEG. Antibody screen: anti-K detected. Crossmatch 2 units K-neg.\n"
        "Consent by Dr [[PERSON|name:Liam O'Hara]]. Bedside ID via palm-vein enrolment "
        "[[ID|biometric:PV-SJH-003318]]"
    ),
    (
        "[[LOCATION|geo:Quest Diagnostics]] [[LOCATION|geo:Lenexa]]\n"
        "PATIENT: [[PERSON|name:Alvarez, Dolores]]   DOB: [[DATE|date:08/14/1967]]   "
        "AGE: [[AGE|other:58]]\n"
        "ACCESSION: [[ID|other:LX448120Q]]   ACCOUNT: [[ID|account:73344812]]\n"
        "PHYSICIAN: [[PERSON|name:R. Osei]]  NPI [[ID|license:2775204714]]\n"
        "TSH 0.02 (0.45-4.5) L   FT4 3.1 (0.82-1.77) H\n"
        "HCV Ab reactive; HCV RNA 1,240,000 IU/mL\n"
        "Faxed to [[PHONE|fax:(913) 541-2280]] [[DATE|date:07/10/2025]] 06:14"
    ),
    (
        "FORENSIC TOXICOLOGY — [[LOCATION|geo:Cuyahoga County]] Medical Examiner\n"
        "Case [[ID|other:ME-25-01841]]   Decedent: "
        "[[PERSON|name:Travis Lee Honeycutt]], [[AGE|other:37]]   DOD "
        "[[DATE|date:6/28/2025]]\n"
        "ID confirmed by AFIS fingerprint match [[ID|biometric:AFIS-OH-2291844]]\n"
        "Femoral blood: fentanyl 28 ng/mL, norfentanyl 6.1 ng/mL, xylazine present.\n"
        "OH DL [[ID|license:RT448812]]; vehicle VIN "
        "[[VEHICLE|vehicle:1FTFW1E51KFA88102]]"
    ),
    (
        "[[LOCATION|geo:Royal Victoria Infirmary]] Blood Sciences\n"
        "Name: [[PERSON|name:ARMSTRONG, Dorothy]]  DOB: [[DATE|date:11/06/1938]]  Age "
        "[[AGE|other:87]]\n"
        "NHS [[ID|health_plan:4558122365]]  MRN [[ID|mrn:RVI0882147]]  Lab no "
        "[[ID|other:N25.4471882]]\n"
        "Ward 31. Digoxin 3.2 ug/L (0.5-2.0) HIGH - phoned to FY1 16:05"
    ),
    (
        "MICROBIOLOGY — [[LOCATION|geo:Ninewells Hospital]], [[LOCATION|geo:Dundee]]\n"
        "Patient: [[PERSON|name:Callum Rennie]]   CHI: [[ID|health_plan:1403586314]]   "
        "DOB [[DATE|date:14/03/1958]]\n"
        "MSU: >10^5 cfu/mL E. coli (ESBL). S: nitrofurantoin, fosfomycin. R: "
        "ciprofloxacin, co-amoxiclav."
    ),
    (
        "[[LOCATION|geo:Awanui Labs]] [[LOCATION|geo:Dunedin]]\n"
        "[[PERSON|name:Hemi Tuhoe]], NHI [[ID|health_plan:JLJ9484]], DOB "
        "[[DATE|date:3 Jan 1969]]\n"
        "HbA1c 88 mmol/mol (<41). ACR 34."
    ),
    (
        "[[LOCATION|geo:LifeLabs]] — [[LOCATION|geo:Mississauga]]\n"
        "Patient: [[PERSON|name:Rahul Sharma]]   HC# [[ID|health_plan:6447 471 688]]   "
        "Req # [[ID|other:LL2507-88214]]\n"
        "Ferritin 8 (15-247) L. B12 142 pmol/L. tTG-IgA 118 U/mL (<20) POSITIVE.\n"
        "Ordering Dr [[PERSON|name:Ng]], CPSO [[ID|license:88211]]. cc: "
        "[[EMAIL|email:rahul.sharma88@hotmail.ca]]"
    ),
]

PATIENT_PORTAL_MESSAGE = [
    (
        "From: [[PERSON|name:Jess Dawson]] <[[EMAIL|email:jessdawson84@bigpond.com]]>\n"
        "To: [[LOCATION|geo:Summer Hill Medical Practice]] (HotDoc)\n"
        "Subject: repeat script + results??\n"
        "hi Dr [[PERSON|name:Wong]], can i get my repeat for the pill (Levlen ED) sent "
        "as an escript to [[PHONE|phone:0407 331 298]]? also were my bloods from "
        "[[DATE|date:the 9th]] ok. medicare is [[ID|health_plan:5525 53410 3]] ref 2 "
        "in case. thanks [[PERSON|name:jess]]"
    ),
    (
        "[MyHealth portal audit]\n"
        "[[DATE|date:2025-07-11]] 21:14:07 login ok user=[[ID|other:dmcgrath_71]] "
        "ip=[[IP|ip:2406:3400:21a:e10:4d2f:9c1b:77e0:3a15]]\n"
        "device=iPhone14,2 "
        "device_id=[[DEVICE|device:3F2A9C11-77B0-4E28-9D55-A1C04B7E3D20]]\n"
        "[[DATE|date:2025-07-11]] 21:16:42 msg_sent "
        "to=[[LOCATION|geo:Campbelltown Hospital]] Diabetes Service\n"
        "[[DATE|date:2025-07-11]] 21:17:03 voice_auth match "
        "template=[[ID|biometric:VP-88f1c2d0]] score=0.93\n"
        "body: \"Hi it's [[PERSON|name:Declan McGrath]], sugars 15-18 since starting "
        'prednisolone 25mg, should I up my Lantus from 22 units?"'
    ),
    (
        "Subject: RE: RE: appointment\n"
        "Hello I am writing on behalf of my father [[PERSON|name:Giuseppe Russo]] dob "
        "[[DATE|date:5/11/40]] who was seen at the "
        "[[LOCATION|geo:Fiona Stanley Hospital]] fracture clinic. His new hearing aid "
        "(serial [[DEVICE|device:HA-0091-33817]]) was left in the x-ray room!! Please "
        "call me ([[PERSON|name:Maria]]) on [[PHONE|phone:0418 900 224]] or email "
        "[[EMAIL|email:maria.russo@iinet.net.au]]. His UR is\n"
        "[[ID|mrn:FSH 0291884]].\n"
        "Grazie"
    ),
    (
        "MyChart Message — [[LOCATION|geo:UCSF Health]]\n"
        "From: [[PERSON|name:Tyrone Baptiste]] (MRN [[ID|mrn:04418822]])\n"
        "To: Rheumatology\n"
        "Re: methotrexate\n"
        "Dr F - my LFTs from [[DATE|date:6/30]] came back ALT 112?? is that bad. on "
        "MTX 20mg weekly + folic acid 1mg.\n"
        "New insurance: Aetna member ID [[ID|health_plan:W288401127]], group 0088214.\n"
        "text me at [[PHONE|phone:415-260-4471]]\n"
        "Sent from my iPad"
    ),
    (
        "portal registration payload:\n"
        '{"first":"[[PERSON|name:Patience]]","last":"[[PERSON|name:Goodwin]]",'
        '"dob":"[[DATE|date:1988-03-09]]","ssn_last4":"[[ID|ssn:6621]]",'
        '"email":"[[EMAIL|email:patience.goodwin@yahoo.com]]","mobile":"[[PHONE|'
        'phone:+12024318867]]","zip":"[[LOCATION|geo:20011]]","ip":"[[IP|'
        'ip:98.204.17.66]]","insurance":{"payer":"CareFirst","member_id":"[[ID|'
        'health_plan:JHK841125590]]"},"referrer":"[[URL|url:https://'
        'www.medstarhealth.org/mychart/signup?token=8f2c1a77d0&mrn=MSH7710442]]"}'
    ),
    (
        "NHS App message — [[LOCATION|geo:Riverside Medical Practice]], "
        "[[LOCATION|geo:Bath]]\n"
        "From: [[PERSON|name:Imogen Fairclough]] (NHS [[ID|health_plan:2316658768]])\n"
        '"Hello, my son [[PERSON|name:Rufus]] ([[AGE|other:4]]) has had a temp of 39.2 '
        "for 3 days, Calpol not helping. Can someone ring me on "
        "[[PHONE|phone:07912 446 310]]. We're at "
        '[[ADDRESS|geo:2 Gay Street, Bath BA1 2PH]] if a home visit is possible."\n'
        "Reply (reception): please call 111 or attend "
        "[[LOCATION|geo:Royal United Hospital]] UTC."
    ),
    (
        "eConsult ref [[ID|other:EC-3318-774-12]]\n"
        "Name: [[PERSON|name:Kwame Boateng-Wright]]   DOB: [[DATE|date:30/06/1975]]   "
        "Postcode: [[LOCATION|geo:M14 5RG]]\n"
        "Q: What is your main problem?\n"
        "A: my BP machine (Omron M3, serial [[DEVICE|device:20210418733LG]]) says "
        "168/101 three mornings running, I take amlodipine 10mg\n"
        "Preferred contact: [[EMAIL|email:kboatengwright@btinternet.com]]"
    ),
    (
        "ManageMyHealth message\n"
        "From: [[PERSON|name:Aroha Paewai]]\n"
        "To: [[LOCATION|geo:Te Puke Medical Centre]]\n"
        "Kia ora, can I please get my Symbicort 200/6 script sent to "
        "[[LOCATION|geo:Unichem Te Puke]]. NHI [[ID|health_plan:ASG1367]]. Also new "
        "address: [[ADDRESS|geo:7 No 3 Road, RD 2, Te Puke 3182]]. Ngā mihi"
    ),
    (
        "Secure message [[URL|url:https://myhealthrecords.alberta.ca/msg/77120443]]\n"
        "From: [[PERSON|name:Dakota Runningwater]]   AHCIP # "
        "[[ID|health_plan:44820-1183]]\n"
        "Hi, I need proof of my booster for work at "
        "[[LOCATION|geo:Peter Lougheed Centre]]. Also can my kid's "
        "([[PERSON|name:Sky]], [[AGE|other:8]]) appt move to [[DATE|date:Aug 14]]? "
        "cell [[PHONE|phone:403  991 2047]]"
    ),
    (
        "From: [[EMAIL|email:siobhan.kavanagh@eircom.net]]\n"
        "To: [[LOCATION|geo:Galway Clinic]] appointments\n"
        "Subject: Colonoscopy [[DATE|date:Friday 18th]]\n"
        "Dear Sir/Madam, I'm booked under [[PERSON|name:Siobhán Kavanagh]], MRN "
        "[[ID|mrn:GC-114882]], with Mr [[PERSON|name:Ó Ceallaigh]]. I'm on Laya, "
        "member no. [[ID|health_plan:LH00488127]]. Do I stop my iron (Galfer 305mg)? I "
        "live in [[LOCATION|geo:Oranmore]], mobile [[PHONE|phone:+353 86 442 1188]]. "
        "PPS No. [[ID|ssn:4074821S]]"
    ),
]

INSURANCE_CORRESPONDENCE = [
    (
        "Medibank — Claim Assessment\n"
        "Member: Mr [[PERSON|name:Harold Tuckey]]   Membership no. "
        "[[ID|health_plan:MBP 40018 82271]]\n"
        "Address: [[ADDRESS|geo:PO Box 118, Mount Isa QLD 4825]]\n"
        "Claim ref [[ID|account:CLM-7731-00482]]\n"
        "Hospital: [[LOCATION|geo:Mater Private Hospital Townsville]], "
        "[[DATE|date:2 June 2025]] to [[DATE|date:6 June 2025]]\n"
        "MBS item 48218 — benefit $1,240.55 paid, gap $380.00.\n"
        "Paid to BSB/acc [[ID|account:064-804 10482276]]. Enquiries 132 331."
    ),
    (
        "Transport Accident Commission — claim acknowledgement\n"
        "Claim no: [[ID|account:T2500448721]]\n"
        "Client: [[PERSON|name:Rosa Fiorentino-Hunt]]   DOB [[DATE|date:1984-09-09]]\n"
        "Accident [[DATE|date:15/05/2025]] on the [[LOCATION|geo:Princes Fwy]], "
        "[[LOCATION|geo:Werribee]]. Rego [[VEHICLE|vehicle:1XQ7TR]], VIN "
        "[[VEHICLE|vehicle:MR0FA3CD100448812]]\n"
        "Treating GP Dr [[PERSON|name:Aung Min]], prov no [[ID|license:4412897H]]\n"
        "TFN (income support): [[ID|ssn:885 160 607]]"
    ),
    (
        "icare — Workers Compensation\n"
        "Dear Ms [[PERSON|name:Faith Ward]],\n"
        "Re: claim [[ID|account:4482-118-09]], employer store "
        "[[LOCATION|geo:Bunnings Artarmon]]\n"
        "Your certificate of capacity from Dr [[PERSON|name:G. Lim]] "
        "([[LOCATION|geo:Artarmon Medical]]) dated [[DATE|date:03/07/25]] states "
        "suitable duties 4h/day x 4/52.\n"
        "Invoices by fax to [[PHONE|fax:(02) 8763 1144]]."
    ),
    (
        "EXPLANATION OF BENEFITS — UnitedHealthcare\n"
        "Member: [[PERSON|name:DUKE, EARL]]   Member ID: "
        "[[ID|health_plan:918 442 071 01]]   Group: 0705512\n"
        "Patient: [[PERSON|name:DUKE, MASON]] (dependent)   Claim #: "
        "[[ID|account:EA18822041]]\n"
        "Provider: [[LOCATION|geo:Baptist Health Medical Center]], "
        "[[LOCATION|geo:Little Rock]]   NPI [[ID|license:1671902298]]\n"
        "DOS [[DATE|date:04/22/2025]]   CPT 99285, 71046   Billed $4,812.00   Allowed "
        "$1,907.33   You owe $350.00\n"
        "Questions? 1-866-414-1959"
    ),
    (
        "[[DATE|date:July 11, 2025]]\n"
        "Re: [[PERSON|name:Nakamura, Kenji]]   ID [[ID|health_plan:U44810827]]   DOB "
        "[[DATE|date:12/02/1970]]   Appeal ref [[ID|account:APL-25-0047712]]\n"
        "Dear Reviewer, I am appealing the denial of adalimumab 40mg q2w for "
        "[[PERSON|name:Kenji]]'s Crohn's disease (K50.00). He failed azathioprine and "
        "infliximab (ATI 18 AU/mL).\n"
        "Sincerely, [[PERSON|name:Erin Walsh]], MD, "
        "[[LOCATION|geo:Swedish Medical Center]], [[LOCATION|geo:Seattle]]\n"
        "NPI [[ID|license:2131869994]]  Ph [[PHONE|phone:206-386-2219]]  Fax "
        "[[PHONE|fax:206-386-2251]]"
    ),
    (
        "AXA Health — pre-authorisation\n"
        "Policy holder: Mr [[PERSON|name:Julian Fortescue-Brown]]   Membership "
        "[[ID|health_plan:H88102447 01]]\n"
        "L knee arthroscopy (CCSD W8500) at "
        "[[LOCATION|geo:The Princess Grace Hospital]], consultant Mr "
        "[[PERSON|name:Arjun Mehta]] GMC [[ID|license:6148823]]\n"
        "Date: [[DATE|date:Tues 29 July]]"
    ),
    (
        "DWP — PIP medical evidence request\n"
        "Claimant: [[PERSON|name:Shannon Wells]]   NI No: [[ID|ssn:JT 44 81 02 B]]\n"
        "GP: [[LOCATION|geo:Abbey Medical Centre]], [[LOCATION|geo:Wigan]]\n"
        "Conditions: fibromyalgia, hEDS, PoTS. Ivabradine 5mg bd, pregabalin 150mg "
        "bd.\n"
        "Payment sort code/acct [[ID|account:20-44-81 33018824]]\n"
        "Appointee: mother [[PERSON|name:Diane Wells]], "
        "[[ADDRESS|geo:41 Church Lane, Hindley, Wigan WN2 3LP]]"
    ),
    (
        "ACC — Decision letter\n"
        "Claim number: [[ID|account:10048821173]]\n"
        "Client: [[PERSON|name:Tipene Rogers]], NHI [[ID|health_plan:ACK3630]], "
        "[[ADDRESS|geo:22 Rimu Street, Taumarunui 3920]]\n"
        "Full-thickness L rotator cuff tear lifting at work. Cover accepted; weekly "
        "comp 80% from [[DATE|date:1 July]].\n"
        "Case owner [[PERSON|name:Anna-Marie Flett]] [[PHONE|phone:07 895 4418]] / "
        "[[EMAIL|email:anna-marie.flett@acc.co.nz]]\n"
        "Bank acct [[ID|account:02-0412-0448812-000]]"
    ),
    (
        "Sun Life — Group Benefits LTD claim\n"
        "Plan member: [[PERSON|name:Patrice Beaulieu]]   Certificate #: "
        "[[ID|health_plan:44810275]]   SIN: [[ID|ssn:604 902 783]]\n"
        "Attending Physician Statement: Dr [[PERSON|name:Nadia Haddad]], "
        "[[LOCATION|geo:CLSC Hochelaga-Maisonneuve]], CMQ licence "
        "[[ID|license:1-18244]]\n"
        "Dx MDD + PTSD. Off work since [[DATE|date:2025-02-17]].\n"
        "Direct deposit transit/account [[ID|account:00018-815-4482107]]"
    ),
    (
        "Irish Life Health — claim form\n"
        "Member: [[PERSON|name:Declan Fitzgerald]]   Policy "
        "[[ID|health_plan:IL-8811042]]   PPSN [[ID|ssn:7594647H]]\n"
        "Hospital: [[LOCATION|geo:Cork University Hospital]], admitted "
        "[[DATE|date:28/06/2025]]\n"
        "IBAN for refund [[ID|account:IE29 AIBK 9311 5212 3456 78]]\n"
        "Consultant Prof [[PERSON|name:Eoin O'Mahony]], IMC [[ID|license:021148]]"
    ),
]

STYLES = [
    ("emergency-triage", EMERGENCY_TRIAGE),
    ("ward-handover", WARD_HANDOVER),
    ("mental-health-review", MENTAL_HEALTH_REVIEW),
    ("aged-care", AGED_CARE),
    ("paediatrics", PAEDIATRICS),
    ("maternity", MATERNITY),
    ("radiology-report", RADIOLOGY_REPORT),
    ("pathology-report", PATHOLOGY_REPORT),
    ("patient-portal-message", PATIENT_PORTAL_MESSAGE),
    ("insurance-correspondence", INSURANCE_CORRESPONDENCE),
]


def main() -> None:
    print(f"probe42: {write_styled(OUT, STYLES)} docs")


if __name__ == "__main__":
    main()
