"""Write the 83rd hand-annotated redaction probe, 100 notes of clinical text about migrants and travellers crossing health systems.

Why: records about people who move between countries carry identifiers from two or more
health systems at once: foreign passports, visa, UNHCR and national ID numbers sit beside
Medicare, NHS, NHI and OHIP numbers, and foreign addresses, country-coded phone numbers and
dates written in Solar Hijri, Ethiopian, Bikram Sambat, Buddhist-era, Japanese-era or lunar
calendars sit beside Gregorian ones. Names follow conventions a Western-trained redactor does
not expect (family name first, single names, patronymics, honorifics such as Daw, Saw, Naw and
Adi, two surnames), and the text is dense with look-alikes: visa subclasses, flight numbers,
vaccine lots, MBS items, ICD codes, TIS and hotline numbers, and country and state names.

What: ten styles of ten notes. refugee-health-assessment (on-arrival screens and letters from
AU, NZ, Canadian and UK refugee clinics); interpreter-assisted-consult (phone, video and
on-site interpreted consults, interpreter bookings); travel-medicine (pre-travel consults,
vaccination certificates, device letters for airport security, returned-traveller fevers);
international-transfer-repatriation (air ambulance and escort reports, Pacific and Torres
Strait transfers, repatriation of remains); translated-overseas-record (certified English
translations of Afghan, Chinese, Ukrainian, Ethiopian, Thai, Colombian, Iranian, Japanese,
Polish and Korean records); visa-health-examination (eMedical, UK TB screening, Canadian IME,
INZ medicals, biometric enrolment); cross-border-insurance-claim (travel insurance, reciprocal
care, ACC, out-of-country and GHIC claims); maritime-aviation-medicine (seafarer medicals,
ship logs, TMAS advice, cruise medevacs, DAME and CAA medicals, MEDIF); international-student-
health (OSHC, UHIP, Studentcare, campus GP and counselling notes); adoption-surrogacy-paperwork
(intercountry adoption medicals, surrogacy birth and citizenship paperwork, DNA parentage).
Places: NSW, Victoria, Queensland, South Australia, WA, the Torres Strait, Auckland, Nelson,
Dunedin, Hamilton, Toronto, Calgary, Vancouver, Ottawa, Sheffield, Southampton, and overseas
cities, camps and hospitals in South and Southeast Asia, the Middle East, Africa, Latin America,
Eastern Europe and the Pacific.

Conventions: every person named is PERSON|name, including relatives, interpreters and
clinicians, Chinese, Thai, Korean, Japanese and Cyrillic renderings and staff usernames built
from a name; honorifics and titles (Dr, Mr, Miss, Fr., Capt., Daw, Saw, Naw, Adi, Haji, Seyed,
Aunty) stay outside the span, and family-first names ("NGUYEN Thi Hoa", "ZHANG Guoqiang") are one
span. Towns, villages, camps, districts, regions, hospitals, clinics, landmarks, GPS positions and
ships named as workplaces are LOCATION|geo; countries, states and provinces, companies, insurers
and nationwide programmes are not marked. Full street addresses, foreign ones included, are one
ADDRESS span. Every date more specific than a year is DATE|date, including log timestamps and
non-Gregorian dates (11 Jadi 1367, 15 Tir 1982 E.C., 12 มี.ค. 2566, 令和5年3月12日, 2060/09/15 BS);
years alone are not. Patient ages under 90 are AGE|other, any age 90 or over is AGE|date,
relatives' ages under 90 are left. Passports, BRP, UNHCR numbers, HAP IDs, TRNs, UCI and IME
numbers, claim, booking, specimen, case and student numbers are ID|other; national person
numbers (Aadhaar, CNIC, PESEL, RRN, Chinese resident ID, Iranian national code, Sri Lankan NIC,
e-tazkira, cedula, Thai ID, CCCD, Nepali citizenship, SIN) are ID|ssn; hospital numbers, NHS,
CHI and NHI are ID|mrn; Medicare (IRN outside), IHI, OSHC, UHIP, OHIP, PHN and insurer member
numbers are ID|health_plan; NAATI, AHPRA, CPSO, MCNZ, PRC, PWZ, provider, panel-physician, ENG1,
pilot and driver licence numbers are ID|license; scan and photo file names carrying a name or
number are ID|photo. Flight numbers, seat, bed and cabin numbers, visa subclasses, vaccine lots,
MBS items, ICD codes, TIS National, healthdirect, Lifeline and AFCA lines are left unmarked.

How: cd /work/main && .venv/bin/python scripts/make_probe83_corpus.py (writes corpus/redaction/probe83.jsonl).
"""

from pathlib import Path

from make_safe_harbor_suite import write_styled

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "corpus" / "redaction" / "probe83.jsonl"

REFUGEE_HEALTH = [
    """NSW Refugee Health Service - [[LOCATION|geo:Liverpool]] clinic
Initial health assessment (MBS items 701-707 applicable)

Re: [[PERSON|name:Zainab Hussaini]] (IOM manifest spelling "[[PERSON|name:HOSSEINI Zainab]]"), [[AGE|other:35]]F
DOB [[DATE|date:01/01/1989]]; tazkira gives [[DATE|date:11 Jadi 1367]] (Solar Hijri), which converts to the same day
Arrived [[LOCATION|geo:Sydney]] on EK414 from [[LOCATION|geo:Dubai]], visa subclass 200. UNHCR case [[ID|other:ISB-22C04417]]. Medicare [[ID|health_plan:4692 85778 5]] IRN 1
Dari interpreter booked via TIS National 131 450; caseworker from SSI present.

Left [[LOCATION|geo:Mazar-i-Sharif]] in 2021, then 3 years in [[LOCATION|geo:Quetta]]. Husband remains in Pakistan; she asks that we do not contact him.

Results: QuantiFERON positive (TB1-Nil 2.41 IU/mL), CXR clear. Hb 104 g/L, ferritin 6 ug/L, vit D 18 nmol/L.
Strongyloides IgG positive: ivermectin 200 mcg/kg (12 mg) days 1 and 15. Schistosoma serology negative.
HBsAg neg, anti-HBs <10 mIU/mL: hep B course started (Engerix-B lot AHBVB812AB). ICD-10 Z11.1, R76.8.

Plan: [[LOCATION|geo:Liverpool Hospital]] chest clinic for LTBI (3HP); ferrous sulfate 325 mg daily; review [[DATE|date:3 Sept 2024]].
Dr [[PERSON|name:Mei-Ling Tan]], refugee health GP, prov. no. [[ID|license:469149UY]]
cc [[LOCATION|geo:Cabramatta Family Medical Practice]], fax [[PHONE|fax:(02) 9724 3381]]""",
    """[[LOCATION|geo:Mangere Refugee Resettlement Centre]] - arrival health screen
Name: [[PERSON|name:Hsar Paw]] | NHI: [[ID|mrn:ZXC9486]] | DOB recorded as 1994 (day and month unknown) | Karen, Sgaw-speaking
Quota arrival from [[LOCATION|geo:Mae La]] camp via [[LOCATION|geo:Bangkok]], [[DATE|date:2 March 2025]]
| Test | Result |
| HIV Ag/Ab | non-reactive |
| RPR | non-reactive |
| HBsAg | REACTIVE, HBV DNA 2,400 IU/mL, ALT 38 U/L |
| Stool OCP | Giardia cysts seen |
Tinidazole 2 g stat. Hep B referral to hepatology. Settling in [[LOCATION|geo:Nelson]] with husband Saw [[PERSON|name:Eh Htoo]] and daughter (4).
RN [[PERSON|name:Aroha Ngata]], ward 2, bed 14""",
    """[[LOCATION|geo:Crossroads Clinic]] - new patient, government-assisted refugee
Pt: [[PERSON|name:Nyabol Gatwech Ruei]], [[AGE|other:27]] y/o F, Nuer-speaking; DOB on PR card [[DATE|date:1997-01-01]]
Route: [[LOCATION|geo:Kakuma]] camp, landed [[LOCATION|geo:Toronto]] [[DATE|date:Oct 9, 2024]]. OHIP [[ID|health_plan:7584-727-692]] (version code HK), IFHP covered meds until OHIP active.
Cell [[PHONE|phone:(437) 219-8846]]. Two living children, seen separately.
PHQ-9 14, GAD-7 11. Labs: Hb 98 g/L, eos 1.2 x10^9/L, malaria RDT neg, Strongyloides serology pending, HIV neg, syphilis neg.
Plan: empiric albendazole 400 mg x1; newcomer mental health referral; IUD discussed via Nuer interpreter by phone.
Dr [[PERSON|name:Anjali Raman]], CPSO #[[ID|license:84417]]""",
    """UNHCR proGres individual no. [[ID|other:144-21C03318]]; iris enrolment ref [[ID|biometric:BIMS-IR-7730412]] matched at [[LOCATION|geo:Kutupalong]] registration for [[PERSON|name:Nur Kalima]] on [[DATE|date:12/06/2022]] - identity confirmed, proceed with health assessment.""",
    """Catch-up immunisation, refugee clinic [[LOCATION|geo:Dandenong]]: [[PERSON|name:Mohammed Yunus]] ([[AGE|other:4y 2m]]), Rohingya, born [[DATE|date:15.04.2020]] in Bangladesh; Chittagonian interpreter via TIS (no Rohingya available).
Given: Infanrix hexa 0.5 mL IM (lot A21CD557B), MMR II (lot X016834), Prevenar 13 (lot HR4371). Recorded on AIR. Wt 14.1 kg (z -1.6). Next dose due in 8 weeks. - KL""",
    """UKRS arrival, GP registration: [[PERSON|name:Ahmad Al-Khatib]] ([[AGE|other:44]]), NHS No. [[ID|mrn:738 170 9163]], BRP [[ID|other:ZU4078316]]; from [[LOCATION|geo:Homs]] via Jordan. T2DM on metformin 1 g BD, HbA1c 71 mmol/mol; PTSD (PCL-5 52). Arabic interpreter by phone. Refer diabetes education and Freedom from Torture.""",
    """appt_id,date,patient,urn,lang,interp,outcome
[[ID|other:RH-5521]],[[DATE|date:2024-09-02]],"[[PERSON|name:ABDI, Hodan]]",[[ID|mrn:MRN0938214]],Somali,Y,DNA
[[ID|other:RH-5530]],[[DATE|date:2024-09-03]],"[[PERSON|name:TESFAYE, Meron]]",[[ID|mrn:MRN0940077]],Tigrinya,Y,seen - QFT+
RH-TOTAL,,,,,,2 rows exported (clinic 4, room 12)""",
    """[[LOCATION|geo:Mater Refugee Complex Care Clinic]] - referral letter
Dear Dr [[PERSON|name:Tran]],
Thank you for seeing [[PERSON|name:Mwamba Kalala Espoir]], [[AGE|other:52]], from [[LOCATION|geo:Bukavu]], who arrived from [[LOCATION|geo:Nyarugusu]] camp on [[DATE|date:28 May 2024]]. He speaks Swahili and some French; we have used a professional Swahili interpreter for every visit.
Problems: (1) chronic hep B, HBeAg neg, HBV DNA 18,000 IU/mL, elastography 9.8 kPa; (2) hypertension 168/102 on amlodipine 5 mg; (3) schistosomiasis treated with praziquantel 40 mg/kg; (4) reported torture 2016, referred to QPASTT.
IHI [[ID|health_plan:8003 6067 6107 1970]]. Hospital UR [[ID|mrn:2284731]].
Kind regards,
Dr [[PERSON|name:Bridget O'Halloran]], Refugee Health, MBBS FRACGP""",
    """SMS to caseworker: Hi [[PERSON|name:Akech]], can you let [[PERSON|name:Deng Garang Deng]] know his appt at Refugee Health moved to Thurs 10am ([[DATE|date:18 July]]). Dinka interp booked. Bring Medicare card + discharge papers from [[LOCATION|geo:Juba Teaching Hospital]]. Thx""",
    """[[LOCATION|geo:Mosaic Refugee Health Clinic]], [[LOCATION|geo:Calgary]] - CUAET arrival
[[PERSON|name:Oleksandra Ivanivna Bondarenko]] ([[PERSON|name:Бондаренко Олександра Іванівна]]), [[AGE|other:61]], from [[LOCATION|geo:Kharkiv]]; arrived [[DATE|date:15.03.2023]].
Ukrainian passport [[ID|other:FX482915]]. Scanned record: [[ID|photo:BONDARENKO_passport_FX482915.pdf]]
T2DM on gliclazide 60 mg, AF on apixaban 5 mg BD. Cardiology follow-up booked. Daughter interprets; Ukrainian interpreter offered and declined.""",
]

INTERPRETER_CONSULT = [
    """GP consult - [[DATE|date:Wed 12 June 2024]] 14:20
Pt [[PERSON|name:Hayder Abdulkareem Al-Saadi]] ([[PERSON|name:Abu Ali]]), [[AGE|other:58]]M, Iraqi Arabic. Phone interpreter via TIS National, job no. [[ID|other:TIS-J8841072]], interpreter gave first name only, [[PERSON|name:Nadia]].
Pt confirmed identity with DOB [[DATE|date:07/03/1966]] and address [[ADDRESS|geo:14 Mary St, Auburn NSW 2144]].
Presents with 3/52 exertional chest tightness. BP 152/94, HR 88, SpO2 97%. ECG: SR, no acute ST change. Troponin 6 ng/L.
Son present but not used to interpret (pt preference). Referred to RACPC; aspirin 100 mg, GTN spray 400 mcg. Interpreter repeated back plan; pt understood.""",
    """ED note
[[PERSON|name:NGUYEN Thi Hoa]] (family name NGUYEN; calls herself "[[PERSON|name:Hoa]]", not "Mrs [[PERSON|name:Thi]]"), [[AGE|other:71]]F, Vietnamese-speaking only. On-site interpreter attended 0310-0350.
Fall at home, L NOF fracture on XR. UR [[ID|mrn:F1127845]]. Meds per Webster pack: metformin 500 BD, perindopril 5 mg, simvastatin 20 mg. Allergy: penicillin (rash).
Own record from [[LOCATION|geo:Cho Ray Hospital]], [[LOCATION|geo:Ho Chi Minh City]] shows CKD stage 3a, eGFR 52.""",
    """Telehealth video consult log
session_id=[[ID|other:HDVC-7Q2K-94M1]] room=[[URL|url:https://vcc.healthdirect.org.au/t/refugeehealth/waiting-room/TESFAMARIAM-M]]
patient_name="[[PERSON|name:Mehret Tesfamariam]]" lang=Tigrinya interpreter=on_call joined=[[DATE|date:2024-11-04T09:02:11+10:00]]
patient_ip=[[IP|ip:203.219.44.187]] interpreter_ip=[[IP|ip:2001:8003:1c20:b400:9d4e:17a2:5f01:3c6e]]
note: 24/40 antenatal review, BP 118/72, GCT 7.1 mmol/L, refer GDM clinic.""",
    """Family meeting, renal ward (Ward 32)
Present: [[PERSON|name:Sione Tu'ipulotu]] (pt, [[AGE|other:67]]), wife [[PERSON|name:Mele]], Tongan interpreter, renal registrar, SW.
NHI [[ID|mrn:RJX8604]]. Discussed starting haemodialysis (Cr 612, K 6.1, eGFR 7). Family wish to consult relatives in [[LOCATION|geo:Nuku'alofa]] and their church minister first.
Interpreter clarified "kidney washing" vs "kidney fixing" - family now understand dialysis is ongoing. Decision by Friday.""",
    """Language Line Solutions - Punjabi, 22 min, access code 4417 (clinic account, not pt)
Diabetes clinic, [[DATE|date:2024/02/27]]. Pt: [[PERSON|name:Gurnam Singh Dhillon]], [[AGE|other:69]]; OHIP [[ID|health_plan:3181 992 490]]
Visiting from [[LOCATION|geo:Ludhiana]] on super visa. Aadhaar [[ID|ssn:6884 0797 6782]] on his travel insurance form.
Start glargine 10 units HS, titrate by 2 units q3d to FBG 5-7. A1c 9.8%.""",
    """Antenatal booking - [[PERSON|name:Małgorzata Wiśniewska]] ([[PERSON|name:Gosia]]), [[AGE|other:31]], G2P1, Polish interpreter via thebigword.
NHS No. [[ID|mrn:795 027 7564]]. EDD [[DATE|date:18/10/2024]]. Previous LSCS in [[LOCATION|geo:Gdańsk]] [[DATE|date:12.V.2020]] for failure to progress - op note requested. Booking bloods: Hb 121, Rh pos, rubella immune.""",
    """Interpreter (Dari) did not attend 10:40 - booking [[ID|other:VITS-5503891]] for [[PERSON|name:Gul Bibi]], rebooked [[DATE|date:Mon 28/10]]; pt sent home with son.""",
    """Family meeting - Ward 7 South
Pt: [[PERSON|name:ZHANG Guoqiang]] ([[PERSON|name:张国强]]), [[AGE|other:82]]M, Mandarin; UR [[ID|mrn:3301956]].
Attendees: wife [[PERSON|name:LI Shufen]] ([[PERSON|name:李淑芬]]), daughter, on-site interpreter (NAATI certified), geriatrics consultant.
Family prefer not to use the word "cancer" with pt; interpreter advised on culturally appropriate terms. For ward-based care, not for ICU/CPR. Son flying from [[LOCATION|geo:Shenzhen]], arrives [[DATE|date:9 Dec]].""",
    """Karen interpreter on-site. Pt's Medicare card reads "NAW [[PERSON|name:PAW HTOO]]" (Naw is the Karen female prefix, not part of the name); camp letters address her as Daw [[PERSON|name:Paw Htoo]]. [[AGE|other:48]]F, [[LOCATION|geo:Kennington]]. Knee OA, BMI 31; paracetamol 1 g QID, physio. Worried about son in [[LOCATION|geo:Mae Sot]].""",
    """STARTTS counsellor note - session 6 - Dari (same interpreter for continuity)
Client [[PERSON|name:Ahmad Shah Noori]], [[AGE|other:23]], arrived by boat [[DATE|date:2013-07-19]] to [[LOCATION|geo:Christmas Island]], detained at [[LOCATION|geo:Villawood]] until 2016. Nightmares 4/wk, PCL-5 48 (was 61). Next [[DATE|date:30.10.24]].""",
]

TRAVEL_MEDICINE = [
    """Pre-travel consultation
Pt: [[PERSON|name:Lakshmi Venkataraman]], [[AGE|other:38]]F, with children (7 and 3). VFR travel to [[LOCATION|geo:Chennai]] and [[LOCATION|geo:Madurai]] [[DATE|date:20 Dec 2024]] to [[DATE|date:2 Feb 2025]], staying with her mother at [[ADDRESS|geo:No. 14, 3rd Cross Street, Besant Nagar, Chennai 600090]].
Given: Typhim Vi 0.5 mL (lot W1E531V), Havrix 1440 (lot AHAVB973AD). Rabies PrEP discussed - declined. Malaria: low risk Tamil Nadu, no chemoprophylaxis; DEET 20%.
Traveller's diarrhoea: azithromycin 1 g stat script. After hours: healthdirect 1800 022 222.
Dr [[PERSON|name:Fiona McAllister]]""",
    """INTERNATIONAL CERTIFICATE OF VACCINATION OR PROPHYLAXIS - copy retained
This is to certify that [[PERSON|name:OKAFOR Chinedu Emmanuel]], date of birth [[DATE|date:04 MAR 1985]], sex M, nationality Nigeria, national identification document [[ID|other:A09874413]], has on the date indicated been vaccinated against: Yellow fever
Date [[DATE|date:11 JUL 2024]] | Stamaril lot X3A871V | Valid from [[DATE|date:21 JUL 2024]] for life of person vaccinated
Official stamp: Yellow Fever Vaccination Centre, approval no. [[ID|license:YFVC-VIC-0441]]""",
    """To Whom It May Concern - airport security
[[PERSON|name:Aisha Rahman]] (DOB [[DATE|date:23/09/2009]]) has type 1 diabetes and wears a Tandem t:slim X2 insulin pump, serial [[DEVICE|device:1093742]], with a Dexcom G7 sensor (transmitter ID [[DEVICE|device:8TKH3Q]]).
She must not walk through body scanners or have the pump X-rayed; please perform a pat-down. She carries NovoRapid 3 x 10 mL vials, glucagon 1 mg, needles and lancets.
Travelling [[LOCATION|geo:Brisbane]] - [[LOCATION|geo:Dubai]] - [[LOCATION|geo:Dhaka]] on EK433, returning [[DATE|date:16 May 2025]].
Paediatric Endocrinology, [[LOCATION|geo:Queensland Children's Hospital]]""",
    """Letter for airline and customs: Mr [[PERSON|name:Vusumuzi Dlamini]] uses a ResMed AirSense 11 CPAP, serial [[DEVICE|device:23212704518]], for severe OSA (AHI 48/h); please allow as additional cabin baggage. Flying NZ1 [[LOCATION|geo:Auckland]] - [[LOCATION|geo:Johannesburg]] via [[LOCATION|geo:Sydney]] to visit family in [[LOCATION|geo:Pietermaritzburg]]. Dr [[PERSON|name:Rangi Parata]], MCNZ [[ID|license:54321]]""",
    """ED triage - returned traveller
[[PERSON|name:Oluwaseun Adeyemi]] ([[PERSON|name:Seun]]), [[AGE|other:29]]M, fever 39.4, rigors. Returned from [[LOCATION|geo:Lagos]] [[DATE|date:30/01/2024]] after 3 weeks VFR in [[LOCATION|geo:Ikeja]]. No malaria prophylaxis.
Film: P. falciparum 3.2% parasitaemia. Plt 62, bili 41, Cr 118. IV artesunate 2.4 mg/kg; discussed with HTD on-call.
NHS No. [[ID|mrn:740 069 5789]]. Notified UKHSA (imported malaria). Resus bay 3.""",
    """Hajj/Umrah ACWY clinic - [[DATE|date:06/05/2024]]
| Name | DOB | Vaccine | Lot | Cert no. |
| [[PERSON|name:Mohamad El-Masri]] | [[DATE|date:12/02/1961]] | MenQuadfi | U7A93 | [[ID|other:ACWY-24-00731]] |
| Haji [[PERSON|name:Bilal Yousef]] | [[DATE|date:19/11/1958]] | Nimenrix | AAHM311 | [[ID|other:ACWY-24-00733]] |
Group leader collects certificates. Item 10997 not applicable.""",
    """Rabies PEP - [[PERSON|name:Charlotte Nguyen-Baker]], [[AGE|other:26]]F, bitten L calf by macaque at [[LOCATION|geo:Sacred Monkey Forest Sanctuary]], [[LOCATION|geo:Ubud]], [[DATE|date:2 Jan]]. Seen at [[LOCATION|geo:BIMC Hospital Kuta]] same day: wound wash, Verorab D0 and HRIG 20 IU/kg. Scooter crash next day - rented scooter plate [[VEHICLE|vehicle:DK 4821 ABK]] (insurer asks).
Today D7 rabies vaccine (Rabipur lot 3524C). NHI [[ID|mrn:EPT0884]].""",
    """SMS reminder: Hi [[PERSON|name:Tuan]], your 2nd Japanese encephalitis dose (Imojev) before your [[LOCATION|geo:Hue]] trip is due [[DATE|date:Sat 8 Mar]]. Reply Y to confirm. Travel Vax [[PHONE|phone:03 9890 4412]]""",
    """Travel health consultation
Patient: [[PERSON|name:Isabella Ortiz-Quispe]], [[AGE|other:19]], gap year volunteering in [[LOCATION|geo:Cusco]] and [[LOCATION|geo:Iquitos]]. Host family: [[PERSON|name:Rosa Quispe Mamani]], [[PHONE|phone:+51 984 772 031]].
Altitude: acetazolamide 125 mg BD from day before ascent. YF vaccine given. Malaria: atovaquone-proguanil for the jungle leg. Rabies PrEP 2 doses D0/D7.
Email summary sent to [[EMAIL|email:bella.oq@outlook.com]].""",
    """Clinique santé-voyage: [[PERSON|name:Jean-Baptiste Pierre-Louis]], [[AGE|other:55]], to [[LOCATION|geo:Port-au-Prince]] [[DATE|date:2025-01-06]] for a family funeral. Dukoral 2 doses, typhoid booster, chloroquine 500 mg weekly. OHIP [[ID|health_plan:2383 908 445]]. Pharmacy fax [[PHONE|fax:613-555-0148]].""",
]

TRANSFER_REPATRIATION = [
    """MEDICAL ESCORT REPORT - aeromedical repatriation
Assistance case: [[ID|other:AXA-AP-24-118302]]
Patient: [[PERSON|name:Dorothy May Hargreaves]], [[AGE|date:91]]F, passport [[ID|other:PA1190347]]
Sending facility: [[LOCATION|geo:Bangkok Hospital]], HN [[ID|mrn:HN 62-118907]]
Receiving facility: [[LOCATION|geo:Fiona Stanley Hospital]], stroke unit bed 6A-14
Diagnosis: L MCA infarct [[DATE|date:02/10/2024]] (onset in [[LOCATION|geo:Pattaya]]), not thrombolysed (late presentation); AF, new, on apixaban 2.5 mg BD.
Escort: flight nurse. Commercial stretcher, TG483.
In-flight: SpO2 95-97% on 2 L/min, GCS 14 (E4V4M6), BP 148/80-162/88, one episode urinary incontinence, pad changed.
Ground transfer: St John WA ambulance rego [[VEHICLE|vehicle:1GDR 413]]; handover 22:40 to ED.
Daughter travelling on the same flight, will be NOK contact. Escort signature: [[PERSON|name:K. Brennan]] RN""",
    """{"transfer_request": {"ref": "[[ID|other:ISOS-SYD-2024-77610]]", "patient": {"name": "[[PERSON|name:Rajapaksa Mudiyanselage Nimal Bandara]]", "nic": "[[ID|ssn:197922704561]]"}, "from": "[[LOCATION|geo:Lanka Hospitals]], [[LOCATION|geo:Colombo]]", "to": "[[LOCATION|geo:St Vincent's Hospital Sydney]]", "diagnosis": "STEMI, post primary PCI LAD, EF 35%", "icd10": "I21.0", "fit_to_fly_date": "[[DATE|date:2024-06-22]]", "seats": 3, "o2_lpm": 2}}""",
    """Medical Treatment Scheme (Tonga) - overseas referral accepted
Patient [[PERSON|name:Losaline Fifita Vake]], [[AGE|other:12]]F, from [[LOCATION|geo:Vaiola Hospital]]. Rheumatic heart disease, severe MR, for mitral valve repair at [[LOCATION|geo:Starship Children's Hospital]].
NZ NHI assigned on arrival [[ID|mrn:NDL6535]]. Escort: mother [[PERSON|name:'Ofa Vake]]. Arrival on NZ971 [[DATE|date:Tuesday 4 June 2024]].
Penicillin prophylaxis (Bicillin LA 1.2 MU monthly).""",
    """[[LOCATION|geo:Torres Strait]] cross-border referral - [[LOCATION|geo:Saibai Island]] PHC to [[LOCATION|geo:Cairns Hospital]]
PNG national [[PERSON|name:Kila Gabi]] ([[AGE|other:34]]M) from [[LOCATION|geo:Sigabadaru]] village, Western Province, presented under the Torres Strait Treaty traditional visitor movement; productive cough 2 mo, wt loss 7 kg, haemoptysis.
GeneXpert MTB detected, RIF resistance DETECTED. Discussed with TB Control Unit; RFDS retrieval requested. Creole interpreting via health worker Aunty [[PERSON|name:Elma Nona]].""",
    """REPATRIATION OF HUMAN REMAINS - checklist
Deceased: [[PERSON|name:Adebayo Olumide Ogunleye]], DOD [[DATE|date:03/02/2024]]
Cause of death 1a: intracerebral haemorrhage; 2: hypertension. MCCD serial [[ID|other:MCCD 004417829]].
Out-of-England notice (Form 104) obtained from coroner. Embalming certificate and freedom from infection letter on file.
Hearse [[VEHICLE|vehicle:LK19 XRT]]. Cargo: BA75 [[LOCATION|geo:Heathrow]] to [[LOCATION|geo:Lagos]]; consignee brother [[PERSON|name:Babatunde Ogunleye]], [[ADDRESS|geo:17 Adeola Odeku Street, Victoria Island, Lagos]], [[PHONE|phone:+234 802 551 7390]].""",
    """Inter-facility transfer, Florida to [[LOCATION|geo:Ottawa]]
Pt: [[PERSON|name:Gérald Lemieux]], [[AGE|other:78]], Ontario snowbird. US MRN [[ID|mrn:SMH-00918274]]. OHIP [[ID|health_plan:5918 440 735]].
Dx: R hip hemiarthroplasty [[DATE|date:01/22/2025]] (US date format, = 22 Jan) post fall; delirium resolved.
Medjet transfer; Florida ground ambulance plate [[VEHICLE|vehicle:QKT 4J7]]. Travel insurer claim [[ID|other:C-25-0044718]].""",
    """Pacemaker check prior to fit-to-fly - [[LOCATION|geo:BIMC Hospital Nusa Dua]]
[[PERSON|name:Graham Whitlock]] ([[AGE|other:74]]M), complete heart block, dual-chamber PPM implanted [[DATE|date:18 Aug 2024]]: Medtronic Azure XT DR MRI, serial [[DEVICE|device:RNB412773S]]; RA lead 5076 sn [[DEVICE|device:PJN7734021]].
Interrogation normal, thresholds 0.75 V @ 0.4 ms. Pacing clinic follow-up within 6 wk of return to [[LOCATION|geo:Adelaide]].""",
    """RFDS ops log [[DATE|date:2024-03-11]]
06:10 ops: ETA [[LOCATION|geo:Horn Island]] 07:45
06:22 ops: pt [[PERSON|name:Kila Gabi]] masked N95, isolation pod requested
09:40 ops: handover ward 3B neg pressure rm 12
10:05 ops: escort return flight booking [[ID|other:QTT-88JX41]]""",
    """Handover: Fr. [[PERSON|name:Joseph Nguyen]], [[AGE|other:66]], ex-[[LOCATION|geo:Da Nang]] via Medevac, now bed 12, needs repeat CT head tmrw [[DATE|date:14/8]].""",
    """Neonatal retrieval - [[LOCATION|geo:Colonial War Memorial Hospital]], [[LOCATION|geo:Suva]] to NICU
Baby of Adi [[PERSON|name:Litia Naivalu]]: male, born [[DATE|date:23/07/2024]] 29+4 wk, 1,310 g. Father mob [[PHONE|phone:+679 923 4418]].
CWMH reg no. [[ID|mrn:CWM-24-017734]]. Surfactant x1, CPAP 6 cmH2O FiO2 0.30. Fiji MoH approval ref [[ID|other:FJ-MTS-0724-112]].""",
]

TRANSLATED_RECORD = [
    """CERTIFIED TRANSLATION - Dari to English
Source: patient discharge card, [[LOCATION|geo:Herat Regional Hospital]] (seal and signature present)
Patient name: [[PERSON|name:Khalida]] (single name as written), daughter of [[PERSON|name:Mohammad Nabi]]
Tazkira (electronic) no.: [[ID|ssn:1401-0100-28741]]
Age written as "approx. [[AGE|other:30 years]]"; no date of birth recorded
Date of admission: [[DATE|date:14 Saratan 1401]] (translator's note: = [[DATE|date:5 July 2022]])
Ward: Internal Medicine, bed 9. Diagnosis: typhoid fever (Widal O 1:320), anaemia (Hb 8.2 g/dL)
Treatment: ceftriaxone 2 g IV daily x 7 days, ferrous sulfate tablets
Translator: NAATI Certified Translator, practitioner no. [[ID|license:CPN5B7W2J]]""",
    """English translation of outpatient record - [[LOCATION|geo:四川大学华西医院]] ([[LOCATION|geo:West China Hospital]])
姓名 Name: [[PERSON|name:王芳]] ([[PERSON|name:WANG Fang]]) 性别 Sex: F
出生日期 DOB: [[DATE|date:1995年8月22日]]
身份证号 Resident ID: [[ID|ssn:510107199508221543]]
住址 Address: [[ADDRESS|geo:成都市武侯区人民南路四段12号3栋2单元501]]
Findings: R thyroid nodule 1.4 cm, C-TIRADS 4a. FNA: Bethesda II (benign). TSH 2.1 mIU/L. Advice: repeat ultrasound in 12 months.""",
    """TRANSLATION FROM UKRAINIAN - Vaccination record (form 063/o)
Child: [[PERSON|name:Kovalenko Sofiia Oleksandrivna]] ([[PERSON|name:Коваленко Софія Олександрівна]]), born [[DATE|date:12.06.2016]]
Institution: [[LOCATION|geo:City Children's Polyclinic No. 23]], [[LOCATION|geo:Kharkiv]]
| Vaccine | Date | Series |
| BCG | [[DATE|date:15.06.2016]] | 0417 |
| DTaP-IPV-Hib 1 | [[DATE|date:14.08.2016]] | A20CB412 |
| MMR 2 | [[DATE|date:03.07.2022]] | R77341 |
Mantoux 2021: 4 mm.""",
    """Certified translation (Amharic to English) - [[LOCATION|geo:Tikur Anbessa Specialized Hospital]]
Name: [[PERSON|name:Tsehay Alemu Bekele]] (given name, father's name, grandfather's name)
Date of birth: [[DATE|date:15 Tir 1982 E.C.]] (Gregorian: [[DATE|date:23 January 1990]])
Card no.: [[ID|mrn:TASH-0817742]]
Admitted [[DATE|date:3 Meskerem 2016 E.C.]] with pre-eclampsia at 34 weeks; caesarean delivery; baby girl 2.1 kg. Discharged on methyldopa 250 mg TDS.
Note: Ethiopian calendar runs 7-8 years behind Gregorian.""",
    """Translation of Thai hospital summary: Miss [[PERSON|name:Supaporn Jaidee]] (นางสาว [[PERSON|name:สุภาพร ใจดี]]), HN [[ID|mrn:5412877]], Thai ID [[ID|ssn:1-1037-00123-45-8]]. Admitted [[DATE|date:12 มี.ค. 2566]] (Buddhist Era 2566 = 2023) for laparoscopic cholecystectomy at [[LOCATION|geo:Chiang Mai]]; histology chronic cholecystitis.""",
    """Traducción / Translation - Historia clínica, [[LOCATION|geo:Medellín]]
Paciente: [[PERSON|name:María José Hernández Gutiérrez]]. Documento: CC [[ID|ssn:1.037.614.228]]
Dirección: [[ADDRESS|geo:Calle 45 # 12-30, apto 502, Medellín]]. Cel: [[PHONE|phone:+57 310 448 2917]]
Ingreso [[DATE|date:15/03/2022]]: apendicitis aguda; apendicectomía laparoscópica. Alta [[DATE|date:18-mar-2022]].
Médico tratante: Dr. [[PERSON|name:Andrés Felipe Restrepo]]""",
    """Translation from Persian (Farsi) - [[LOCATION|geo:Dr Shariati Hospital]], [[LOCATION|geo:Tehran]]
Name: Seyed [[PERSON|name:Mohammad Reza Mousavi]]; father's name: [[PERSON|name:Ali]]
National code: [[ID|ssn:0923456783]]
Date of birth: [[DATE|date:1364/05/12]] (= [[DATE|date:3 August 1985]])
Angiography [[DATE|date:1402/07/15]]: 2-vessel CAD (LAD 80%, RCA 70%), DES x2. Discharged on aspirin 80 mg, clopidogrel 75 mg, atorvastatin 40 mg.
Translator's note: dates converted from the Solar Hijri calendar.""",
    """Translation of referral letter (紹介状)
Patient: [[PERSON|name:田中 美咲]] ([[PERSON|name:TANAKA Misaki]]), DOB [[DATE|date:平成2年4月8日]]
Health insurance card (被保険者証) number [[ID|health_plan:5502871]]
Date of letter: [[DATE|date:令和5年3月12日]]
Dx: Crohn's disease (A2L3B1), on adalimumab 40 mg q2w; last colonoscopy mucosal healing. Please continue care during her working holiday in [[LOCATION|geo:Queenstown]].""",
    """Tłumaczenie przysięgłe / Sworn translation: [[PERSON|name:Katarzyna Nowak-Zielińska]], PESEL [[ID|ssn:79081412341]], born [[DATE|date:14.VIII.1979]]. Admission [[DATE|date:3.II.2021]]: right breast carcinoma, NST, grade 2, ER+ PR+ HER2-; WLE and SLNB; adjuvant letrozole 2.5 mg. Surgeon PWZ [[ID|license:2718849]]. CHI [[ID|mrn:1403727562]] added by GP practice.""",
    """Translation of Korean medical certificate (진단서)
Name: [[PERSON|name:김민지]] ([[PERSON|name:KIM Min-ji]]); RRN 주민등록번호: [[ID|ssn:870412-2165435]]
Birthday: lunar [[DATE|date:1987.03.15]] (음력), solar [[DATE|date:1987.04.12]] (양력) - family celebrates the lunar date
Diagnosis: SLE (M32.1), class IV lupus nephritis on biopsy. Mycophenolate 1 g BD, hydroxychloroquine 200 mg daily.
Translated for renal clinic by [[EMAIL|email:sooyeon.lee.translate@gmail.com]].""",
]

VISA_HEALTH_EXAM = [
    """eMedical - Immigration medical examination summary (501/502)
HAP ID: [[ID|other:88014726539]] | TRN: [[ID|other:EGOD3FK7XQ]] | Visa subclass 482
Applicant: [[PERSON|name:SHARMA, Rohit Kumar]], DOB [[DATE|date:09-Feb-1991]], passport [[ID|other:Z6190472]] (India)
Panel clinic: [[LOCATION|geo:New Delhi]]; panel physician ID [[ID|license:IND-PP-0217]]
Identity verified against passport; photo file [[ID|photo:88014726539_SHARMA_R_photo.jpg]] uploaded.
Height 174 cm, weight 79 kg, BMI 26.1, BP 132/84, urinalysis NAD. CXR (502): no active TB. HIV 707 test not required for this subclass.
Grade: A - meets health requirement.""",
    """UK TB SCREENING CERTIFICATE - IOM UK Tuberculosis Detection Programme
Certificate no.: [[ID|other:UKTB-PK-24-0338812]]
Name: [[PERSON|name:Ayesha Siddiqa]] d/o [[PERSON|name:Muhammad Aslam]]; CNIC/B-Form [[ID|ssn:35202-7718420-4]]
Clinic: [[LOCATION|geo:Islamabad]] health assessment centre. Chest X-ray [[DATE|date:02 Aug 2024]]: normal. No TB detected; certificate valid 6 months.""",
    """Immigration Medical Examination (IMM 1017) - Canada
UCI: [[ID|other:1104-7729]] | IME no.: [[ID|other:0099418237]] | Parents and Grandparents
Client: [[PERSON|name:DELA CRUZ, Maria Cristina Santos]] ([[PERSON|name:Tina]]), DOB [[DATE|date:1958/04/30]]
Panel clinic [[LOCATION|geo:Makati]]. T2DM (HbA1c 7.4%), HTN 138/86, CKD 2 (eGFR 74). CXR: old granulomas, sputum smear/culture x3 negative.""",
    """INZ 1007 medical certificate - applicant [[PERSON|name:Fa'amoana Leota]], [[AGE|other:46]]M, client no. [[ID|other:40118827]], from [[LOCATION|geo:Apia]]. BMI 38, HbA1c 58, gout. Medical Assessor [[DATE|date:11 Nov 2024]]: acceptable standard of health.""",
    """[[DATE|date:2024-07-02 09:14:55]] eMedical AUDIT user=panel.kbl07 action=VIEW hap_id=[[ID|other:88019930214]] src_ip=[[IP|ip:180.94.92.17]]
[[DATE|date:2024-07-02 09:15:40]] eMedical AUDIT user=panel.kbl07 action=UPLOAD file=[[ID|photo:88019930214_cxr_20240702.dcm]] src_ip=[[IP|ip:180.94.92.17]]
[[DATE|date:2024-07-03 02:47:31]] eMedical AUDIT user=mo.syd14 action=REFER_TB applicant="[[PERSON|name:AHMADZAI Naveed]]" src_ip=[[IP|ip:203.6.117.40]]""",
    """VFS Global biometric enrolment - [[LOCATION|geo:Ho Chi Minh City]] VAC
Applicant: [[PERSON|name:TRAN Minh Khoa]]; CCCD [[ID|ssn:079201004417]]
Fingerprints (10-print) template ref [[ID|biometric:FP-VN-2024-0819-338177]]; facial image template [[ID|biometric:FACE-VN-2024-0819-338177]]
Photo: [[ID|photo:TRAN_MINH_KHOA_C8812047_face.jpg]]. Track: [[URL|url:https://visa.vfsglobal.com/vnm/en/aus/track-application?ref=HCM-AU-240819-0447]]. Fee VND 2,150,000 paid at counter 4.""",
    """Parent visa (subclass 864) health examination
Applicant [[PERSON|name:Kamala Devi Pillai]], [[AGE|date:92]]F; attended in wheelchair with son and Malayalam interpreter.
HAP ID [[ID|other:88017752098]]. Dementia (MMSE 16/30), CCF NYHA II, osteoporosis. CXR: cardiomegaly, no TB. Referred to MOC for significant cost assessment.""",
    """CXR 502 [[PERSON|name:OKELLO, Brian]] HAP [[ID|other:88020044117]] [[DATE|date:12/09/24]] - file [[ID|photo:OKELLO_B_88020044117_PA.jpg]] - no abnormality, grade A.""",
    """Health undertaking (Form 815) - TB follow-up
Mr [[PERSON|name:Li Jiahao]] ([[PERSON|name:李家豪]]), Chinese resident ID [[ID|ssn:440304198803153634]], has signed a health undertaking after his CXR showed apical fibrosis (treated TB [[LOCATION|geo:Shenzhen]] 2015, 6 months HRZE). Sputum x3 culture negative.
He must contact the TB clinic within 28 days of arrival. Australian address [[ADDRESS|geo:1203/2 Chester St, Epping NSW 2121]]; [[EMAIL|email:jiahao.li88@qq.com]].""",
    """Student visa (500) medical - [[LOCATION|geo:Kathmandu]]
[[PERSON|name:Dil Maya Gurung]], [[AGE|other:21]]F. DOB [[DATE|date:2060/09/15 BS]] ([[DATE|date:30 Dec 2003]]). Citizenship cert. no. [[ID|ssn:27-01-74-04418]].
Permanent address: [[ADDRESS|geo:Ward No. 5, Lekhnath Marg, Pokhara-8, Kaski]]. Exam [[DATE|date:2081 Shrawan 12]]. IGRA negative. Fit.""",
]

INSURANCE_CLAIM = [
    """Travel insurance claim - medical expenses abroad
Claim no.: [[ID|other:CLM-2024-5581907]] | Policy: [[ID|health_plan:TID-AU-03318840]] (comprehensive)
Insured: [[PERSON|name:Rebecca Tran-Whitfield]], [[EMAIL|email:bec.tranwhitfield@gmail.com]]
Event: dengue fever with warning signs, admitted [[LOCATION|geo:Denpasar]] [[DATE|date:8 Jan 2025]]. Plt nadir 28 x10^9/L, no bleeding.
Invoice IDR 48,750,000 (approx AUD 4,860). Excess AUD 200.
Attachment: [[ID|photo:invoice_TRANWHITFIELD_CLM-2024-5581907.pdf]]
Claim status link sent: [[URL|url:https://claims.covermore.com.au/track/CLM-2024-5581907]]
Reimburse to BSB [[ID|account:062-155]] account [[ID|account:1049 8832]].""",
    """Reciprocal Health Care Agreement - UK visitor
[[PERSON|name:Oliver Pembridge]], [[AGE|other:33]], visiting [[LOCATION|geo:Cairns]]; enrolled in Medicare under RHCA: reciprocal card [[ID|health_plan:3057 37908 1]] IRN 1.
Seen in ED with dive-related barotrauma; bulk-billed as public patient. Ambulance invoice [[ID|account:INV 7718820]] not covered under RHCA, forwarded to travel insurer.""",
    """claims-portal access log
[[DATE|date:2024-12-03T21:14:02Z]] login member=[[ID|health_plan:BUPA-INTL-7730184]] ip=[[IP|ip:86.152.33.9]] ua=Safari/17.1
[[DATE|date:2024-12-03T21:16:40Z]] upload claim=[[ID|other:BGI-OC-24-99182]] file=[[ID|photo:receipt_Klinikum_Muenchen_PETROVIC.pdf]] ip=[[IP|ip:86.152.33.9]]
[[DATE|date:2024-12-04T08:01:12Z]] assessor=[[PERSON|name:m.okafor]] status=pending_docs note="need itemised invoice" ip=[[IP|ip:10.20.4.55]]""",
    """ACC claim - overseas visitor injury (NZ)
ACC claim no.: [[ID|other:10049218774]]
Claimant: [[PERSON|name:Lukas Brandstetter]], [[AGE|other:24]], German citizen on working holiday visa
Accident [[DATE|date:27/01/2025]] ~1630, SH6 near [[LOCATION|geo:Haast]] - rental campervan rolled on gravel. Vehicle: Toyota HiAce reg [[VEHICLE|vehicle:NKT492]], VIN [[VEHICLE|vehicle:JTMHV05J3PZ776439]].
L clavicle fracture, sling, orthopaedic clinic. Contact [[EMAIL|email:l.brandstetter@gmx.de]].""",
    """OHIP Out-of-Country claim (form 0951): [[PERSON|name:Priya Raghunathan]], health number [[ID|health_plan:4470 215 882]]. Renal colic treated in [[LOCATION|geo:Buffalo]], NY, [[DATE|date:March 2, 2024]]; CT KUB 6 mm R VUJ stone. US account no. [[ID|account:BGMC-0018840291]]; charges USD 6,412.00; OHIP ED rate CAD 50.""",
    """GHIC/EHIC overseas treatment cost claim
Patient: [[PERSON|name:Siobhan Gallagher]], NHS No. [[ID|mrn:707 087 8850]]
Treated [[LOCATION|geo:Palma]] [[DATE|date:14/08/2024]]: appendicectomy. Charged as private patient in error; EUR 3,960 paid by card ending [[ID|account:4471]].
Refund to IBAN [[ID|account:GB67LOYD30964871402593]].""",
    """From: [[EMAIL|email:intl.claims@allianz-assistance.com.au]]
To: [[EMAIL|email:anh.pham.1979@yahoo.com.au]]
Subject: Claim [[ID|other:AP-AU-24-0667312]] - [[PERSON|name:PHAM Van Anh]]
Dear [[PERSON|name:Anh]],
Thank you for the invoices from [[LOCATION|geo:Hanoi]]. The hospital invoice is in VND (VND 94,200,000) and dated [[DATE|date:28/10/2024]]; we also need the discharge summary in English.
Regards, Claims Consultant""",
    """claim_id,member,dob,country,amount,currency,status
[[ID|other:C9910274]],[[PERSON|name:Olena Hrytsenko]],[[DATE|date:1976-11-03]],Ukraine,18400,UAH,paid to [[ID|account:UA743052990000026007233566001]]
[[ID|other:C9910275]],[[PERSON|name:Jakub Nowicki]],[[DATE|date:1992-02-17]],Poland,2210,PLN,paid to [[ID|account:PL52102055581111184372650017]]""",
    """Claim declined - pre-existing condition
Dear Mr [[PERSON|name:Baraka Mwangi]],
Re: claim [[ID|other:TI-24-0188730]]
We have reviewed your claim for hospital treatment in [[LOCATION|geo:Nairobi]] from [[DATE|date:19 June 2024]] for diabetic ketoacidosis.
Your GP records show type 1 diabetes diagnosed [[DATE|date:March 2023]], and the condition was not declared when the policy was purchased.
You may request an internal review within 30 days, or contact AFCA on 1800 931 678.""",
    """Pt paid KES 12,500 at [[LOCATION|geo:Nairobi Hospital]] with Visa ending [[ID|account:8806]]; insurer ref [[ID|other:TI-24-0188731]], Mr [[PERSON|name:Mwangi]] to send receipt.""",
]

MARITIME_AVIATION = [
    """SEAFARER MEDICAL CERTIFICATE (ENG1) - MCA approved doctor
Certificate no.: [[ID|license:ENG1-448127]]
Seafarer: [[PERSON|name:Reynaldo Bautista Villanueva]], DOB [[DATE|date:21/06/1983]], nationality Philippines
SIRB no.: [[ID|other:C0418827]]; SID biometric template [[ID|biometric:SID-BT-PH-0418827]]
Rank: AB (deck), vessel [[LOCATION|geo:MV Pacific Harmony]]; manning agent in [[LOCATION|geo:Manila]]
Examined at [[LOCATION|geo:Southampton]] docks surgery: vision 6/6 both eyes, Ishihara 17/17, audiometry normal, BP 134/86, urinalysis NAD, BMI 29.
Fit for duty without restrictions, valid 2 years.""",
    """Ship's medical log - [[LOCATION|geo:MV Coral Endeavour]]
[[DATE|date:14/03/2024]] 0215 (ship's time UTC+10): 2nd Engineer [[PERSON|name:Dmitri Volkov]], [[AGE|other:46]], crushed R index finger in engine-room hatch. Position [[LOCATION|geo:16°55'S 146°12'E]].
Open wound, nail bed avulsion, capillary refill 2 s. Cleaned, Steri-strips, cefalexin 500 mg QID from ship's medicine chest (Cat A).
Radio medical advice: TMAS Australia via satphone, case ref [[ID|other:TMAS-24-03-0091]]. Master: Capt. [[PERSON|name:Einar Solberg]].""",
    """Cruise medevac - [[LOCATION|geo:Overseas Passenger Terminal]]
Crew member [[PERSON|name:Made Suartini]] ([[AGE|other:31]]F, Indonesian, cabin steward), crew ID [[ID|other:CR-2281774]].
Acute abdomen, suspected ectopic pregnancy; bHCG 3,410 on ship's lab; Hb 96.
NSW Ambulance (rego [[VEHICLE|vehicle:CX47LN]]) to [[LOCATION|geo:RPA]]. Husband in [[LOCATION|geo:Gianyar]], [[PHONE|phone:+62 813 3744 8192]].""",
    """Aviation medical - Class 1 renewal (CASA DAME)
ARN: [[ID|license:1048827]] | Applicant: [[PERSON|name:Samira Haddad-Collins]], DOB [[DATE|date:11 Sep 1986]], airline transport pilot
Previous medical issued in [[LOCATION|geo:Dubai]] (GCAA) [[DATE|date:July 2022]].
Visual acuity 6/5 uncorrected, BP 118/76, audiogram: mild 4 kHz notch bilaterally, within standards. Class 1 issued, valid 12 months.""",
    """In-flight medical event report
Flight QF1, [[DATE|date:08OCT24]], sector 2, seat 41C. Passenger [[PERSON|name:Harjit Kaur Sandhu]], [[AGE|other:67]]F, booking [[ID|other:ZK4P2Q]].
Syncope in aisle near galley. BP 86/50 -> 118/70 after fluids (500 mL NaCl from EMK), BGL 6.2. Continued to destination; met by paramedics at stand 347.""",
    """MEDIF - Medical information form (Part 2, physician)
Passenger: [[PERSON|name:Kostas Papadakis]], [[AGE|other:72]]M. COPD, FEV1 0.9 L (34%), SpO2 91% RA.
Requires in-flight oxygen via own POC: Inogen One G5, serial [[DEVICE|device:G5-2230718841]], 2 batteries. Flight: [[LOCATION|geo:Melbourne]] - [[LOCATION|geo:Athens]] via [[LOCATION|geo:Abu Dhabi]] (EY461/EY91) [[DATE|date:17-05-2025]].
Stay in Greece: [[ADDRESS|geo:Odos Ermou 42, 821 00 Chios]].
AHPRA [[ID|license:MED0001873412]].""",
    """ED - foreign fishing vessel crew. Apprehended vessel (Border Force case [[ID|other:ABF-DRW-24-0417]]). Crew member [[PERSON|name:Sutrisno]] (single name), approx [[AGE|other:38]]M, from [[LOCATION|geo:Rote Island]]. Leg cellulitis, temp 38.6; IV flucloxacillin 2 g q6h; ADT booster.""",
    """NZ CAA Class 2 medical: [[PERSON|name:Aiyana Whitehorse]], DOB [[DATE|date:1999-06-03]], Canadian flight instructor trainee in [[LOCATION|geo:Hamilton]]. NZ CAA participant no. [[ID|license:CAA-192884]]. Childhood asthma, spirometry FEV1/FVC 0.84. Issued [[DATE|date:4 Feb 2025]].""",
    """[[DATE|date:2024-11-02]] 14:05 sick bay: pax [[PERSON|name:WONG, Siu Ming]] cabin 8214, vomiting x6, norovirus suspected, isolated
[[DATE|date:2024-11-02]] 15:30 sick bay: pax [[PERSON|name:WONG, Mei Ling]] (wife) same sx, isolated cabin 8214
[[DATE|date:2024-11-03]] 08:10 sick bay: stool PCR sample [[ID|other:SB-NOV-2411-0033]] to port health officer""",
    """Pilot [[PERSON|name:V. Andrianov]] grounded pending cardiology - ARN [[ID|license:5522190]] - review [[DATE|date:2/12]].""",
]

STUDENT_HEALTH = [
    """[[LOCATION|geo:UNSW Health Service]] - GP consult [[DATE|date:26/02/2024]]
[[PERSON|name:Zhou Yiming]] ("[[PERSON|name:Eric]]"), [[AGE|other:20]]M, international student, student no. [[ID|other:z5419827]], CoE [[ID|other:E0D3KP7H1]].
OSHC: Bupa, member no. [[ID|health_plan:99418270-01]].
Presents with 2 wk cough, low-grade fever, night sweats; arrived from [[LOCATION|geo:Chengdu]] [[DATE|date:Feb 10]]. CXR: RUL cavity. Sputum x3 AFB sent (accession [[ID|other:SEALS-24-0918821]]).
Notified NSW TB program; advised not to attend classes. Lives at [[ADDRESS|geo:Room 1214, UniLodge, 8 Boronia St, Kensington NSW 2033]]. Mob [[PHONE|phone:0451 208 779]]; WeChat ID [[ID|other:eric_zym0912]].
Mother in China [[PHONE|phone:+86 189 8174 2206]] (Mandarin). Dr [[PERSON|name:Sophie Langford]]""",
    """Counselling and Psychological Services - [[LOCATION|geo:University of Melbourne]]
Client: [[PERSON|name:Nguyen Hoang Bao Chau]] ([[PERSON|name:Chau]]), [[AGE|other:22]]F, Vietnamese international student, Master of Engineering.
Presenting: low mood since failing 2 subjects; parents in [[LOCATION|geo:Da Nang]] paid AUD 48,000 fees, fears "losing face". K10 34. No SI/plan today (C-SSRS negative).
Safety plan reviewed; Lifeline 13 11 14 and 1800RESPECT given. Referred to GP for MHTP; Vietnamese-speaking psychologist Dr [[PERSON|name:Vu Thanh Ha]] at [[LOCATION|geo:Springvale]].
Email [[EMAIL|email:baochau.nguyen@student.unimelb.edu.au]]. Next session [[DATE|date:Thu 21 March]] by Zoom, link [[URL|url:https://unimelb.zoom.us/j/83310274415?pwd=bWp4Y2ZkR3lQ]].""",
    """From: [[PERSON|name:Ananya Krishnamurthy]] <[[EMAIL|email:ananya.k2003@gmail.com]]>
Sent: [[DATE|date:Monday, 9 September 2024 11:47 PM]]
To: Student Health
Subject: medical certificate for exam deferral - student no [[ID|other:23918841]]
Hi, I was seen by Dr [[PERSON|name:Mahoney]] last Friday ([[DATE|date:6 Sep]]) for gastro but forgot to ask for a certificate for my CITS1401 exam on the 10th. Can someone please email it? My OSHC is Allianz Care [[ID|health_plan:OSHC-4412-8820-773]].
Thanks, [[PERSON|name:Ananya]]
Sent from my iPhone""",
    """UHIP student health
Pt: [[PERSON|name:Emeka Chukwuemeka Obi]], [[AGE|other:25]]M, PhD student from [[LOCATION|geo:Enugu]]. UHIP (Sun Life) certificate [[ID|health_plan:UHIP 7182 0447 1]].
Study permit [[ID|other:F318827441]]; SIN [[ID|ssn:947 102 836]] (9-series, temporary resident).
Sickle cell disease (HbSS). Painful crisis, managed at [[LOCATION|geo:Toronto General Hospital]] [[DATE|date:2024-11-18]] to [[DATE|date:2024-11-21]]; hydroxyurea 1,000 mg daily, folic acid.
Cell [[PHONE|phone:(416) 882-3019]]; Nigerian number [[PHONE|phone:+234 706 312 4418]].""",
    """New patient registration (GMS1) - [[LOCATION|geo:University Health Centre Sheffield]]
Name: [[PERSON|name:Fatima Zahra Benali]]; DOB [[DATE|date:30/04/2005]]; nationality Moroccan; BRP [[ID|other:RF1882047]]
NHS No. (allocated) [[ID|mrn:425 013 3826]]. Immigration Health Surcharge paid, ref [[ID|other:IHS008817742]].
Home address [[ADDRESS|geo:12 Rue Ibn Batouta, Agdal, Rabat 10090]]; mobile [[PHONE|phone:+44 7418 302 775]].
BRP fingerprint record [[ID|biometric:UKVI-FP-0911-88273]].
Imms: MenACWY not given in Morocco - given today; MMR x2 confirmed from carnet de santé.""",
    """Sexual health clinic - client code [[ID|other:SSHC-CH-1182]] (pt requested no name on file; Medicare-ineligible). International student, [[AGE|other:23]]M. Insurer nib OSHC [[ID|health_plan:nibO-30418827]]. HIV Ag/Ab reactive on rapid test; confirmatory sent. Linked to HIV clinic. SMS only to [[PHONE|phone:0468 332 190]].""",
    """Motor vehicle accident - student [[PERSON|name:Rahul Nair]], [[AGE|other:24]], [[LOCATION|geo:Dunedin]]
Driving on Indian licence [[ID|license:KL07 20190004418]] (valid 12 months in NZ). Car: 2009 Mazda Axela reg [[VEHICLE|vehicle:GHT219]], VIN [[VEHICLE|vehicle:JMZBL14F291734826]] - collided with parked car on [[LOCATION|geo:Castle Street]].
Whiplash, neck NDI 18%; ACC45 lodged, ACC no. [[ID|other:10049302277]].""",
    """member portal - login audit, session for student [[ID|other:s4418820]] ("[[PERSON|name:Mariana Alves da Silva]]") on [[DATE|date:2025-02-14]]
08:03:11 ip=[[IP|ip:177.45.201.88]] geo=BR action=view_claims
08:05:46 ip=[[IP|ip:177.45.201.88]] action=upload file=[[ID|photo:CPF_40831765208_front.jpg]]
08:06:02 ip=[[IP|ip:177.45.201.88]] action=update_bank bsb=[[ID|account:083-004]] acct=[[ID|account:61-992-4471]]""",
    """Student Health - [[PERSON|name:Ioane Fa'asalele]], [[AGE|other:19]]M, from [[LOCATION|geo:Apia]], scholarship student. Studentcare [[ID|health_plan:SC-2025-10447]]. Asthma, Seretide 250/25 1 puff BD; spacer. Follow up [[DATE|date:3/3/25]].""",
    """txt to [[PHONE|phone:0423 771 908]]: [[PERSON|name:Kwame]], your flu vax at [[LOCATION|geo:RMIT Health Service]] is booked [[DATE|date:Tue 23 Apr]] 2:15pm. Bring your student card & OSHC card. Reply STOP to opt out.""",
]

ADOPTION_SURROGACY = [
    """INTERCOUNTRY ADOPTION - child medical report review
Program: Philippines (Hague). Australian case no. [[ID|other:ICA/NSW/23/1182]]
Child: [[PERSON|name:Angelo Reyes Bautista]] (to be known as [[PERSON|name:Angelo Reyes Whitford]]), DOB [[DATE|date:11 November 2019]], [[AGE|other:4]]M
Placement: [[LOCATION|geo:Hospicio de San Jose]], [[LOCATION|geo:Manila]]
Prospective adoptive parents: [[PERSON|name:Matthew Whitford]] and [[PERSON|name:Leah Whitford]], [[ADDRESS|geo:19 Currawong Cres, Orange NSW 2800]]
Reports reviewed: medical [[DATE|date:03/02/2023]] (PRC licence [[ID|license:0098217]]); weight 13.2 kg (<3rd centile), height 96 cm (10th), HC 48 cm.
Developmental: walks, 20-30 words Tagalog, limited fine motor at [[AGE|other:3y]]. Hep B sAg negative, HIV negative, VDRL non-reactive, PPD 0 mm.
Recommendations for arrival: repeat serologies (HBV, HCV, HIV, syphilis), Mantoux (QuantiFERON not reliable <5y), Strongyloides serology, stool OCP, FBC/ferritin, TSH, lead level, catch-up immunisation.
Dr [[PERSON|name:Catherine Ashdown]], Intercountry Adoption Clinic, [[LOCATION|geo:Sydney Children's Hospital]] [[LOCATION|geo:Randwick]]""",
    """Surrogacy - infant born overseas
Baby: [[PERSON|name:Isla Grace Morrison-Patel]], born [[DATE|date:2024-04-02]] at [[LOCATION|geo:BC Women's Hospital]], [[LOCATION|geo:Vancouver]]; birth weight 3,120 g. BC PHN [[ID|health_plan:9740 647 249]].
Intended parents: [[PERSON|name:James Morrison]] and [[PERSON|name:Ravi Patel]], of [[LOCATION|geo:Mount Lawley]], WA.
Gestational surrogate (BC), agreement file [[ID|other:SURR-BC-23-0422]]; lawyer [[EMAIL|email:afong@fonglaw.ca]].
Australian citizenship by descent application [[ID|other:CBD-24-0098122]] lodged [[DATE|date:18 April 2024]]; DNA parentage test required.
Newborn: vitamin K, hep B dose 1 given, hearing screen pass.""",
    """Post-adoption clinic
Pt: [[PERSON|name:Selam Tadesse O'Brien]], [[AGE|other:15]]F, adopted from [[LOCATION|geo:Addis Ababa]] in 2011. Birth name [[PERSON|name:Selam Tadesse Girma]].
Recorded DOB on Ethiopian documents: [[DATE|date:22 Hamle 2001 E.C.]] = [[DATE|date:29 July 2009]]. Bone age at adoption suggested she may be ~1 yr older - family aware.
Latent TB treated 2012; now anxiety around identity and birth family search. Medicare [[ID|health_plan:4121 96991 1]] IRN 4.""",
    """Surrogacy DNA parentage test - laboratory report
Case no.: [[ID|other:DNA-PT-2024-4471]]. Requested by: Department of Home Affairs (citizenship by descent)
| Participant | Role | Specimen | Collected |
| [[PERSON|name:Ravi Patel]] | alleged father | [[ID|other:BC24-11882-A]] | [[DATE|date:12/04/2024]], [[LOCATION|geo:Perth]] |
| [[PERSON|name:Isla Grace Morrison-Patel]] | child | [[ID|other:BC24-11882-C]] | [[DATE|date:10/04/2024]], [[LOCATION|geo:Vancouver]] |
Chain of custody: donor thumbprint on form, biometric ref [[ID|biometric:TP-24-11882-A]]. Participant photo: [[ID|photo:DNA-PT-2024-4471_Patel_photo.jpg]].
Result: probability of paternity > 99.99% (CPI 1.8 x 10^8), 23 STR loci.""",
    """Adoptee medical history request - [[PERSON|name:Kim Soo-jin]] (adopted name [[PERSON|name:Susan Jane Rowley]]), [[AGE|other:48]]F, adopted from [[LOCATION|geo:Seoul]] in 1977 to Ontario. Holt case no. [[ID|other:K-77-1184]]. BRCA2 positive. Birth date on orphan hojuk: [[DATE|date:1976.09.03]]. SIN [[ID|ssn:380 690 040]].""",
    """Intercountry adoption (Samoa) - medical and identity check
Child: [[PERSON|name:Tavita Sapolu]], born [[DATE|date:8 May 2021]] at [[LOCATION|geo:Tupua Tamasese Meaole Hospital]], [[LOCATION|geo:Apia]].
Proposed adopters (relatives, customary arrangement to be formalised): aunt [[PERSON|name:Lagi Sapolu-Tuilagi]], [[ADDRESS|geo:27 Buckland Rd, Mangere East, Auckland 2024]].
Child's NHI [[ID|mrn:JJB5406]] (visitor). Referral for murmur - echo normal [[DATE|date:14/11/2024]].""",
    """UK adoption from India - CARA
CARA registration no. [[ID|other:UKHA200112870]]
Child: [[PERSON|name:Riya]] (name given at [[LOCATION|geo:Bal Asha Trust]], [[LOCATION|geo:Mumbai]]), DOB [[DATE|date:15-08-2021]] (assessed), [[AGE|other:2]]F. Aadhaar enrolment [[ID|ssn:9590 7154 6013]].
Adopters: [[PERSON|name:Anita Desai-Grant]] and [[PERSON|name:Callum Grant]], [[LOCATION|geo:Leicester]]; [[PHONE|phone:0116 270 9984]].
Repaired cleft lip; cleft palate for repair. Hb 102; TSH normal.""",
    """Adoption medical - child implant details
[[PERSON|name:Lin Xiaomei]] ([[PERSON|name:林晓梅]]), adopted name [[PERSON|name:Mei Lin Hartley]], [[AGE|other:7]]F, from [[LOCATION|geo:Guangzhou]]. Bilateral profound SNHL; R cochlear implant [[DATE|date:2019年6月3日]]: Cochlear CI512, serial [[DEVICE|device:CI512-4417829]]; processor Nucleus 7 sn [[DEVICE|device:NU7-2208831]].
Transferring to [[LOCATION|geo:Hear and Say]] ([[LOCATION|geo:Brisbane]]) for mapping.""",
    """Online adoption file access log
[[DATE|date:2024-06-18 19:22]] user=[[EMAIL|email:leah.whitford@bigpond.com]] ip=[[IP|ip:120.158.44.201]] doc=[[URL|url:https://adoptions.dcj.nsw.gov.au/portal/case/ICA-NSW-23-1182/docs/medical_report.pdf]]
[[DATE|date:2024-06-18 19:31]] user=[[EMAIL|email:leah.whitford@bigpond.com]] ip=[[IP|ip:120.158.44.201]] doc=[[URL|url:https://adoptions.dcj.nsw.gov.au/portal/case/ICA-NSW-23-1182/docs/photos/angelo_2023.jpg]]""",
    """Dear Dr [[PERSON|name:Ashdown]], [[PERSON|name:Angelo]] arrived [[DATE|date:Sat 4 May]] - can we book the post-arrival screen? Thanks, [[PERSON|name:Leah]] [[PHONE|phone:0427 315 884]]""",
]


def main() -> None:
    n = write_styled(
        OUT,
        [
            ("refugee-health-assessment", REFUGEE_HEALTH),
            ("interpreter-assisted-consult", INTERPRETER_CONSULT),
            ("travel-medicine", TRAVEL_MEDICINE),
            ("international-transfer-repatriation", TRANSFER_REPATRIATION),
            ("translated-overseas-record", TRANSLATED_RECORD),
            ("visa-health-examination", VISA_HEALTH_EXAM),
            ("cross-border-insurance-claim", INSURANCE_CLAIM),
            ("maritime-aviation-medicine", MARITIME_AVIATION),
            ("international-student-health", STUDENT_HEALTH),
            ("adoption-surrogacy-paperwork", ADOPTION_SURROGACY),
        ],
    )
    print(f"probe83: {n} docs")


if __name__ == "__main__":
    main()
