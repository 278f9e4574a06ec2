"""Write the 82nd hand-annotated redaction probe, 100 notes of English-language clinical text from health systems outside the US, UK and Australia.

Why: the identifiers are not the shapes a US/UK/AU-trained redactor expects: national numbers with
their own check characters (NRIC/FIN, MyKad with a birth date and state code inside, HKID with a
bracketed check digit, Aadhaar, SA ID, NIN, SIN, PPSN), names in other orders and with particles
(surname-first Chinese names, bin/binti, A/L, ANAK, initials-first Tamil names, Irish-language names,
French-Canadian hyphenated surnames), and addresses made of blocks, estates, barangays, stands and
eircodes. They sit among dense look-alikes: doses, lab values, ICD/TOSP/CPT codes, ward and bed
numbers, local money (S$, RM, Rs, PHP, R, KES, N, EUR), local hotlines (995, 108, 1066, 161, 147,
811) and national agencies and programmes.

What: ten styles of ten notes, one note per health system in each style (Singapore, Malaysia, Hong
Kong, India, the Philippines, South Africa, Kenya, Nigeria, Canada, Ireland): outpatient-note
(polyclinic and OPD continuation sheets), discharge-summary (ward discharges and clinical abstracts),
referral-letter (GP, PHC, RHU and clinic referrals, some one-liners), lab-radiology (HL7 rows,
histology, imaging, microbiology and pipe-delimited lab lines), pharmacy-dispensing (CSV logs,
labels, a dangerous-drugs register, bills, OAT dosing logs), insurance-claims (shield-plan letters,
guarantee letters, TPA queries, HMO authorisations, medical-aid and disability letters),
telehealth-chat (WhatsApp and SMS threads, video-visit logs, e-mail), case-notification (MD131,
CDCIS, CHP, IDSP, PIDSR, NMC, IDSR, NCDC, MADO, CIDR forms), trial-screening-log (screening tables,
locator forms, REDCap audit trails, biometric check-in logs) and incident-report (falls, wrong-patient
medication, AWOL, device failure, needlestick, assault, privacy and data-protection incidents,
ambulance offload delay).
Conventions: titles and kinship or role words (Dr, Mr, Mrs, Ms, Mdm, Smt., Master, Chief (Mrs),
Mzee, Lola, Aling, Baby, Sr, SN, BHW) stay outside name spans; particles stay inside (BINTI, A/L,
ANAK, Ní, Ó); every occurrence of a name is marked, staff initials alone (MAR, JB) are not.
Hospitals and clinics (also by abbreviation: LUTH, LASUTH, ABUTH), pharmacies named as premises,
schools, estates, townships, villages, districts, a street without a number, rivers, GPS points
are LOCATION; provinces and states (Karnataka), countries and national agencies
and programmes (NEA, NHLS, NPHL, NCDC, CHP, PhilHealth, NIHB) are not. A full postal address,
including an HL7 address field, is one ADDRESS span. NRIC/FIN, MyKad, HKID, Aadhaar, PAN, SSS,
SA ID, Kenyan ID, NIN, SIN and PPSN are ID|ssn; ABHA numbers and ABHA addresses, PhilHealth PINs,
OHIP and RAMQ numbers, SHA, NHIA, GMS and insurer member numbers are ID|health_plan; UHID, HN,
folder and hospital numbers are ID|mrn; MCR, MMC, MCHK, PRC, SANC, KMPDC, MDCN, MLSCN, CPSO billing,
PSI and driver licence numbers are ID|license; bank accounts, an IBAN, UPI ids, a BVN, an invoice
account and a card last-4 are ID|account. Dates are marked in every local form (DD/MM, MM/DD in
the Philippines, YYYY/MM/DD in South Africa, Malay month names, HL7 and ISO timestamps, month+year);
patient ages under 90 are AGE|other ("67F", "4y", "11 months"), any age of 90 or more AGE|date.
Relatives' ages, drug batch and lot numbers, MFL facility codes, trial and registry numbers, IFSC
and branch codes, supplier invoices, flight numbers and bed numbers are left unmarked.

How: cd /work/main && .venv/bin/python scripts/make_probe82_corpus.py (writes corpus/redaction/probe82.jsonl).
"""

from pathlib import Path

from make_safe_harbor_suite import write_styled

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "corpus" / "redaction" / "probe82.jsonl"

OUTPATIENT = [
    """[[LOCATION|geo:Bukit Batok Polyclinic]] - Chronic Disease Clinic
Pt: [[PERSON|name:TAN Siew Kheng]] (NRIC [[ID|ssn:S8234567A]]), [[AGE|other:67F]], Chinese. HP [[PHONE|phone:9123 4476]].
Seen [[DATE|date:14/03/2024]] for DM/HTN review. HbA1c 7.9% (prev 8.4%). BP 142/86. eGFR 58. LDL 2.9.
Meds: metformin 850mg BD, amlodipine 5mg OM, atorvastatin 20mg ON.
Daughter accompanies; translates to Hokkien. Refer [[LOCATION|geo:Tan Tock Seng Hospital]] eye clinic (DRP grading R1). CHAS Blue. TCU 3/12.
Dr [[PERSON|name:Chua K. H.]]""",
    """[[LOCATION|geo:KLINIK KESIHATAN SERI KEMBANGAN]] - OUTPATIENT CONTINUATION SHEET
Nama: [[PERSON|name:NURUL AISYAH BINTI MOHD RAZALI]]   No. K/P: [[ID|ssn:920418-10-5836]]   Umur: [[AGE|other:32]]   Tel: [[PHONE|phone:012-378 4419]]
Tarikh: [[DATE|date:06/05/2024]]
G2P1 at 28/52. MGTT 5.1/8.9 -> GDM, diet-controlled. Urine FEME NAD. Hb 10.8 g/dL, started ferrous fumarate 200mg BD + folic acid 5mg OD. Green code.
Husband works night shift; she comes alone by Grab.
Plan: refer O&G clinic [[LOCATION|geo:Hospital Serdang]] on [[DATE|date:20/05/2024]], Rm 3.""",
    """[[LOCATION|geo:Kwong Wah Hospital]] SOPD (Medicine) FU: [[PERSON|name:CHAN Tai-man]] ([[ID|ssn:Y304918(1)]]), M/[[AGE|other:78]], lives alone in [[LOCATION|geo:Lok Fu Estate]]. AF on apixaban 5mg BD, CHA2DS2-VASc 4; HFrEF EF 35%, NT-proBNP 1840. Fell at [[LOCATION|geo:Wong Tai Sin MTR station]] 2 wks ago, no LOC. Refer GDH. Next FU [[DATE|date:2024-07-30]] AM.""",
    """OPD CARD - Dept of Medicine, [[LOCATION|geo:Govt. Rajaji Hospital]], [[LOCATION|geo:Madurai]]
UHID: [[ID|mrn:GRH/2024/0418837]]   Room 14
Name: [[PERSON|name:K. Muthulakshmi]]   Age/Sex: [[AGE|other:54]]/F   Date: [[DATE|date:12-03-2024]]
C/o DOE x 3 months, orthopnoea. K/c/o RHD - MS, post BMV 2011. Echo: MVA 0.9 cm2. INR 2.6 on acenocoumarol 2mg.
CMCHIS card no. [[ID|health_plan:1024561873]]. Adv: review CTVS OPD Thursday.
Dr. [[PERSON|name:S. Arulmozhi]], Asst Prof""",
    """OPD - [[LOCATION|geo:Vicente Sotto Memorial Medical Center]], [[LOCATION|geo:Cebu City]]   Hosp. No. [[ID|mrn:2024-118273]]
Pt: [[PERSON|name:Ma. Lourdes]] "[[PERSON|name:Malou]]" [[PERSON|name:Dela Cruz-Villanueva]], [[AGE|other:45]] y/o F. PhilHealth PIN: [[ID|health_plan:12-050387461-9]]
DOC: [[DATE|date:March 4, 2024]]
S: 3 wks productive cough, night sweats, wt loss 4 kg. Husband on DOTS last yr.
O: T 37.9, RR 22, SpO2 95%. CXR RUL cavity. GeneXpert MTB detected, RIF resistance not detected.
P: DOTS Cat I (2HRZE/4HR). Return after 2 weeks.""",
    """ARV clinic, [[LOCATION|geo:Chris Hani Baragwanath Academic Hospital]]: [[PERSON|name:Sipho Mthembu]] [[AGE|other:38M]], folder [[ID|mrn:4471-802-3]], VL [[DATE|date:28/02/2024]] <50 on TLD, CD4 412, TB screen neg; 6-month CCMDD script. BP 128/82, weight 71.3 kg.""",
    """[[LOCATION|geo:Moi Teaching and Referral Hospital]], [[LOCATION|geo:Eldoret]] - Diabetes Clinic (Tuesday)
[[PERSON|name:Kiprotich Edwin Kipkemboi]], [[AGE|other:58yrs]], M. SHA no. [[ID|health_plan:SHA-0458-2210-7]].
[[DATE|date:12/02/2024]]: FBS 11.2 mmol/L, HbA1c 9.1%. Monofilament loss L foot, ulcer 1x1cm L hallux. On Mixtard 30/70 24U mane / 12U nocte.
Wife [[PERSON|name:Chepkoech]] to learn injection technique. Review in 2/52 with wound clinic.""",
    """[[LOCATION|geo:LUTH]] Paediatric Sickle Cell Clinic, [[DATE|date:08-03-2024]]: [[PERSON|name:Oluwaseun Adebayo-Ogunleye]] ([[PERSON|name:Seun]]), [[AGE|other:9yrs]] M, HbSS. 3 VOC admissions in 2023. Hb 7.2 g/dL, retic 11%, TCD 168 cm/s (conditional). Start hydroxyurea 20mg/kg/day (300 mg); penicillin V 250mg BD, folic acid 5mg daily. Mother's line [[PHONE|phone:0803 412 7765]]. Dr [[PERSON|name:Chiamaka Okafor]] (SR)""",
    """[[LOCATION|geo:CLSC Hochelaga-Maisonneuve]] - follow-up (English note)
Patient: [[PERSON|name:Gagnon-Lefebvre, Marie-Josée]]   RAMQ: [[ID|health_plan:GAGM 7852 1418]]
Date: [[DATE|date:2024-04-09]]. [[AGE|other:46]] y.o. F, asthma, GAD. Symbicort 200/6 1 inh BID. PHQ-9 11, GAD-7 14.
Préposée aux bénéficiaires at [[LOCATION|geo:Hôpital Maisonneuve-Rosemont]], nights. Info-Social 811 given.
Dr [[PERSON|name:Étienne Bouchard-Roy]]""",
    """[[LOCATION|geo:Cork University Hospital]] - Rheumatology OPD
MRN [[ID|mrn:2193847]]   PPSN [[ID|ssn:6620194LA]]
Mr [[PERSON|name:Donal Ó Súilleabháin]] ([[PERSON|name:O'Sullivan]] on GP letter), [[AGE|other:62]], retired postman.
Seen [[DATE|date:05/03/2024]]. RA on MTX 20mg weekly + folic acid. DAS28-CRP 4.6, CRP 28, ESR 41. Add sulfasalazine 500mg BD; consider biologic if DAS28 >5.1 at 3/12.""",
]

DISCHARGE = [
    """[[LOCATION|geo:CHANGI GENERAL HOSPITAL]] - INPATIENT DISCHARGE SUMMARY
Name: [[PERSON|name:MUHAMMAD FIRDAUS BIN ABDUL RAHMAN]]   NRIC: [[ID|ssn:T0412876H]]
Age/Sex: [[AGE|other:19]] / M   Ward 56 Bed 12   Class B2
Admitted: [[DATE|date:17 Feb 2024]]   Discharged: [[DATE|date:21 Feb 2024]]

Diagnosis: Dengue fever with warning signs (A91). NS1 Ag positive.
Course: Full-time NSF, reported sick at [[LOCATION|geo:Pulau Tekong]] with fever x3 days, myalgia, retro-orbital pain. Plt nadir 18 x10^9/L; Hct peak 49%. IV NS 100 mL/h, no transfusion. Plt 96 x10^9/L at discharge.
Neighbours along [[LOCATION|geo:Pasir Ris Drive 6]] also had dengue this month (NEA informed).
NOK: mother [[PERSON|name:Siti Aminah binti Jaafar]], HP [[PHONE|phone:9735 0214]].
MC 8 days, then light duty x 7 days. SOC (ID) in 1 week, FBC on arrival. Return if abdominal pain, vomiting or bleeding - call 995.
Dr [[PERSON|name:Ong Jia Wei]], MO""",
    """[[LOCATION|geo:HOSPITAL SULTANAH AMINAH]], [[LOCATION|geo:JOHOR BAHRU]] - DISCHARGE SUMMARY
Nama: [[PERSON|name:RAJENDRAN A/L MUNIANDY]]   No. KP: [[ID|ssn:570308-01-6117]]   Umur: [[AGE|other:67]]   Wad: CCU -> 5B
Tarikh discaj: [[DATE|date:8/4/2024]]
Anterior STEMI, Killip I, door-to-balloon 74 min. Primary PCI to pLAD: Xience Sierra 3.0 x 28 mm (LOT 3092841). Peak TnT 4,812 ng/L. LVEF 40%.
Meds: aspirin 100mg OD, ticagrelor 90mg BD x 12/12, atorvastatin 80mg ON, bisoprolol 2.5mg OD, perindopril 4mg OD, GTN 0.5mg SL PRN.
TCA Cardiology 4 weeks - staged PCI to RCA (60% mid).""",
    """[[LOCATION|geo:Prince of Wales Hospital]], Department of Medicine & Therapeutics - eDS
Name: [[PERSON|name:WONG Mei Fong]] ([[PERSON|name:黃美芳]])   Sex/Age: F/[[AGE|date:91]]   HKID: [[ID|ssn:K587201(4)]]   Ward 9C Bed 27
Admission [[DATE|date:12/03/2024]]   Discharge [[DATE|date:26/03/2024]]
Principal Dx: L MCA infarct (NIHSS 9 -> 4). New AF - apixaban 2.5mg BD (age >=80, wt 44kg). CKD 3b (Cr 142). MBI 38 -> 61/100.
Minced diet, mildly thick fluid. NGT removed day 8.
Lives in [[LOCATION|geo:Wo Che Estate]] with FDH [[PERSON|name:Siti Rahayu]]. Daughter Mrs [[PERSON|name:Lam]] (tel [[PHONE|phone:6123 8874]]) is main contact.
Day rehab at [[LOCATION|geo:Shatin Hospital]] GDH.""",
    """[[LOCATION|geo:APOLLO HOSPITALS]], [[LOCATION|geo:CHENNAI]] - CTVS - DISCHARGE SUMMARY
Patient: Mr. [[PERSON|name:V. Raghunathan]]   Age/Sex: [[AGE|other:71]] Y / M   UHID: [[ID|mrn:APC.0018273640]]   DOD: [[DATE|date:16.01.2024]]
Diagnosis: CAD - TVD, EF 42%. T2DM, SHTN. CABG x 3 (LIMA-LAD, SVG-OM1, SVG-PDA). Post-op AF on POD 2, reverted with amiodarone.
Advice: Tab. Ecosprin 75mg 1-0-0; Tab. Clopidogrel 75mg 0-0-1; Tab. Rosuvas 20mg 0-0-1; Tab. Metoprolol XL 25mg 1-0-1.
Review CT OPD after 1 week with CBC, RFT, ECG. Son's email for reports: [[EMAIL|email:karthik.raghu77@gmail.com]]. Emergency: 1066.""",
    """[[LOCATION|geo:PHILIPPINE GENERAL HOSPITAL]] clinical abstract - [[PERSON|name:MANALASTAS, Kristine Joy B.]], [[AGE|other:27]], discharged [[DATE|date:02/19/2024]] - G1P1 (1001) by primary LTCS for severe preeclampsia with eclampsia; BW 2,780 g, AS 8,9; MgSO4 Zuspan (4 g IV, 1 g/h x 24 h); nifedipine 30 mg OD + methyldopa 500 mg TID; BP checks at [[LOCATION|geo:Bagong Silang Health Center]].""",
    """[[LOCATION|geo:GROOTE SCHUUR HOSPITAL]] - Trauma Unit (C14) - DISCHARGE SUMMARY
Patient: [[PERSON|name:Ayanda Ntshona]]   ID no: [[ID|ssn:0003051234080]]   Age: [[AGE|other:24]]   Folder no: [[ID|mrn:GSH 2418832]]
Address: [[ADDRESS|geo:Q 412 Site C, Khayelitsha, 7784]]
Admitted [[DATE|date:2024/03/09]]   Discharged [[DATE|date:2024/03/18]]
Pedestrian vehicle accident on [[LOCATION|geo:Lansdowne Road]], struck by minibus taxi (reg. [[VEHICLE|vehicle:CA 412-339]]); SAPS informed.
Closed R tibial shaft fracture (IM nail day 1), L 6-8 rib fractures, small haemothorax - ICD removed day 4. Hb 10.4, CRP 36.
Enoxaparin 40mg SC daily x 4/52. Ortho clinic 2 weeks; physio at [[LOCATION|geo:Khayelitsha District Hospital]].
Dr [[PERSON|name:J. van der Merwe]] (MO)""",
    """[[LOCATION|geo:KENYATTA NATIONAL HOSPITAL]] - Internal Medicine - Discharge Summary
Name: [[PERSON|name:Mercy Achieng Odhiambo]]   Age: [[AGE|other:34]] yrs   Ward 7C   Discharged [[DATE|date:19th March 2024]]
Advanced HIV (CD4 38) with cryptococcal meningitis. CSF India ink positive, OP 32 cmH2O; therapeutic LPs x4. L-AmB 10mg/kg single dose + flucytosine + fluconazole 1200mg x 14/7.
TLD in 4-6 weeks at [[LOCATION|geo:Kibera South Health Centre]] CCC. Fluconazole 800mg OD x 8/52; CTX 960mg OD.
Bill KES 84,300; balance on invoice account [[ID|account:KNH/FIN/24/33817]].""",
    """[[LOCATION|geo:UNIVERSITY COLLEGE HOSPITAL]], [[LOCATION|geo:IBADAN]] - Orthopaedics - Discharge Summary
Name: Chief (Mrs) [[PERSON|name:Adunni Olabisi Akinwande]]   Age: [[AGE|date:92]] yrs   Hosp. No.: [[ID|mrn:UCH/0412877]]
R intertrochanteric fracture after fall; DHS fixation. HTN, mild dementia (MMSE 19/30). Post-op delirium day 2-4. Hb nadir 8.1, 1 unit transfused.
Copy of summary e-mailed to son, Dr [[PERSON|name:Femi Akinwande]] ([[EMAIL|email:femi.akinwande@nhs.net]]). Review Ortho clinic in 2 weeks.""",
    """[[LOCATION|geo:Toronto General Hospital]] - DISCHARGE SUMMARY
Patient: [[PERSON|name:DHILLON, Harjit Singh]]   MRN: [[ID|mrn:4028817]]   DOB: [[DATE|date:1959-11-03]] ([[AGE|other:64]])   OHIP: [[ID|health_plan:4589-230-178-KT]]
Wife [[PERSON|name:Manpreet Kaur]] [[PHONE|phone:647-388-1042]] (Punjabi interpreter)
Ischemic cardiomyopathy, LVEF 25%, NSVT. [[DATE|date:2024-01-24]]: dual-chamber ICD, Medtronic Cobalt XT DR DDPA2D1, serial [[DEVICE|device:BXJ418822S]]; RV lead 6935M-62 SN [[DEVICE|device:TDL0988217V]].
No driving x 4 weeks (MTO notified; licence [[ID|license:D4417-30915-91103]]).
Sacubitril/valsartan 49/51 mg BID, bisoprolol 5 mg, spironolactone 25 mg, dapagliflozin 10 mg.
GP Dr [[PERSON|name:Anita Sharma]], fax [[PHONE|fax:905-792-4417]].""",
    """[[LOCATION|geo:BEAUMONT HOSPITAL]] - Diabetes & Endocrinology - DISCHARGE SUMMARY
Name: [[PERSON|name:Siobhán Ní Bhriain]]   MRN: [[ID|mrn:B0728193]]   Discharged [[DATE|date:15th January 2024]]
DKA (pH 7.09, HCO3 9, ketones 5.8) from insulin pump failure (occluded cannula). MiniMed 780G serial [[DEVICE|device:NG2241873H]], Guardian 4 transmitter SN [[DEVICE|device:GT4-0182274]]. HbA1c 61 mmol/mol.
FRIII, then Tresiba 18u nocte + NovoRapid 1:10 until pump replaced.
Partner [[PERSON|name:Ciarán Walsh]] aware of sick-day rules.""",
]

REFERRAL = [
    """[[LOCATION|geo:FRONTIER FAMILY MEDICINE CLINIC]]   Tel [[PHONE|phone:6386 4172]]   Fax [[PHONE|fax:6386 4173]]
[[DATE|date:3 April 2024]]

Dear Colleague, Paediatric Gastroenterology, [[LOCATION|geo:KK Women's and Children's Hospital]]

Re: [[PERSON|name:KOH Jun Hao Ethan]]   BC/NRIC: [[ID|ssn:T2038871J]]   DOB: [[DATE|date:09/08/2020]]

Thank you for seeing this [[AGE|other:3-year-old]] boy with recurrent abdominal pain and faltering growth (13.1 kg, <3rd centile). Loose stools 3-4x/day. TTG-IgA 86 U/mL (ref <7), total IgA normal. Father has coeliac disease.
Please contact mother [[PERSON|name:Cheryl Tan]] at [[PHONE|phone:+65 9012 6618]] or [[EMAIL|email:cheryltjl@gmail.com]].
Dr [[PERSON|name:Yeo Hwee Leng]], MCR [[ID|license:M09881Z]]""",
    """Rujukan [[DATE|date:18 Mac 2024]] ke Nefrologi, [[LOCATION|geo:Hospital Umum Sarawak]]: [[PERSON|name:MARCELLA ANAK JIMAN]], [[AGE|other:35]] y/o, K/P [[ID|ssn:880612-13-5508]] - SLE, on prednisolone 7.5mg OD and HCQ 200mg OD; UPCR 2.8 g/g, albumin 26, C3 0.52, RBC casts, BP 152/98. ?Lupus nephritis III/IV - for renal biopsy please.""",
    """Dr. [[PERSON|name:CHEUNG Siu-fai]], Family Physician, [[LOCATION|geo:Kwai Chung]]   Fax [[PHONE|fax:2427 6619]]
[[DATE|date:15 January 2024]]
Dear Dr [[PERSON|name:Ng]],
Re: [[PERSON|name:HO Ka-yan, Kelly]]   F/[[AGE|other:42]]   HKID [[ID|ssn:E220419(7)]]   Bupa member no. [[ID|health_plan:BHK-0044812337-01]]
Thank you for seeing Ms [[PERSON|name:Ho]] for OGD and colonoscopy: IDA (Hb 9.2, ferritin 6), 3-month change in bowel habit, FIT positive. Father died of colorectal cancer aged 58. She prefers a Saturday session.""",
    """PRIMARY HEALTH CENTRE, [[LOCATION|geo:VEMAGAL]], [[LOCATION|geo:Kolar District]], Karnataka - REFERRAL SLIP   Date: [[DATE|date:22/02/2024]]
To: The Physician, [[LOCATION|geo:SNR District Hospital]]
Name: Smt. [[PERSON|name:Lakshmamma]]   Age: [[AGE|other:62]] yrs   Sex: F
ABHA No.: [[ID|health_plan:91-4483-2210-7765]]   ABHA address: [[ID|health_plan:lakshmamma1962@abdm]]
Known HTN/DM. BP 196/112, RBS 348 mg/dL, headache and blurring of vision x 2 days. Urine albumin ++. Tab. Amlodipine 10mg stat.
Sent by 108 ambulance ([[VEHICLE|vehicle:KA 07 G 1138]]). Medical Officer: Dr. [[PERSON|name:Harish B. R.]]""",
    """RHU -> [[LOCATION|geo:Western Visayas Medical Center]]: [[PERSON|name:Angelo Miguel T. Dela Peña]], [[AGE|other:6]] y/o M, dengue with warning signs (T 38.6, PR 128, BP 90/60, plt 62,000). PNSS 10 cc/kg/hr x 1 hr. LGU ambulance [[VEHICLE|vehicle:SAB 4417]].""",
    """[[LOCATION|geo:Umlazi Section D Clinic]]   Fax [[PHONE|fax:031 907 1143]]   [[DATE|date:2024/03/15]]
To: Medical Outpatients, [[LOCATION|geo:Prince Mshiyeni Memorial Hospital]]
Re: [[PERSON|name:Zanele Ngcobo]]   ID [[ID|ssn:9110280242080]]
Please see this [[AGE|other:32]] year old woman, HIV+ on TLD (VL suppressed), with 6 weeks cough, night sweats, weight 62 -> 55 kg. Xpert Ultra trace / not detected. CXR ?miliary. Urine LAM positive. Started RHZE 4 tabs today.
Sr [[PERSON|name:B. Mkhize]]""",
    """[[LOCATION|geo:JARAMOGI OGINGA ODINGA TEACHING & REFERRAL HOSPITAL]]
To the Radiotherapy Unit, [[LOCATION|geo:Kenyatta National Hospital]]
RE: [[PERSON|name:ROSE AKINYI OCHIENG]] - ID [[ID|ssn:13774920]] - AGE [[AGE|other:47]] - Tel [[PHONE|phone:+254 712 883 410]]
P5 with SCC cervix, FIGO IIIB, bilateral hydronephrosis, creatinine 168 umol/L, Hb 8.4 - transfused 2 units. Requires chemoradiation.
Dr. [[PERSON|name:Brian Omondi]], KMPDC Reg. [[ID|license:A11482]]""",
    """[[LOCATION|geo:ANNUNCIATION SPECIALIST HOSPITAL]], [[ADDRESS|geo:No. 8 Zik Avenue, Uwani, Enugu]]
[[DATE|date:19th April, 2024]]
The Consultant Neurologist, [[LOCATION|geo:University of Nigeria Teaching Hospital]]
RE: MR. [[PERSON|name:CHINONSO EMEKA NWACHUKWU]] ([[AGE|other:29]]M)
A trader with 3 years of GTC seizures, now 4-5/month on carbamazepine 400mg BD. Last seizure [[DATE|date:16/04/2024]] while riding his okada ([[VEHICLE|vehicle:ENU-418QK]]); CT brain normal. Advised to stop riding.
Dr. [[PERSON|name:Ifeoma Chukwuemeka-Eze]], MDCN Reg. [[ID|license:38471]]""",
    """[[LOCATION|geo:Guildwood Family Health Team]]   F [[PHONE|fax:416-281-7731]]
[[DATE|date:February 6, 2024]]
Memory Clinic, [[LOCATION|geo:Sunnybrook Health Sciences Centre]]
Re: Mrs. [[PERSON|name:Lucienne Thibodeau]]   DOB [[DATE|date:March 2, 1931]]   OHIP [[ID|health_plan:2149037687]] VC XJ
Address: [[ADDRESS|geo:Apt 1107, 3845 Lawrence Ave E, Scarborough, ON M1G 1R1]]; daughter/POA [[PERSON|name:Denise Thibodeau-Gill]] [[PHONE|phone:905-683-4412]]
Thank you for assessing this [[AGE|date:92-year-old]] francophone widow with 18 months of short-term memory loss. MoCA 17/30 (French), MMSE 21/30. B12, TSH normal. CT: small-vessel disease.
[[PERSON|name:Rachel Okonkwo]], MD CCFP""",
    """Urgent SCC referral [[DATE|date:27/02/2024]] to Dermatology, [[LOCATION|geo:University Hospital Galway]]: [[PERSON|name:Pádraig Ó Conghaile]], [[AGE|other:70]]yo fisherman, 14 mm keratotic nodule L helix x 6 weeks; on warfarin (INR 2.4). Photo [[ID|photo:OConghaile_P_helix_20240227.jpg]].""",
]

LAB_RADIOLOGY = [
    """MSH|^~\\&|LIS|SHS|EPIC|SHS_EHR|[[DATE|date:20240314083211]]||ORU^R01|MSG00418273|P|2.5
PID|1||[[ID|mrn:SGH4418273K]]^^^SHS^MR~[[ID|ssn:S6543210B]]^^^SG^NRIC||[[PERSON|name:LIM^BOON HOCK]]||[[DATE|date:19580922]]|M|||[[ADDRESS|geo:BLK 23 TOA PAYOH EAST #07-118^^SINGAPORE^^310023]]||[[PHONE|phone:91876634]]
OBR|1|||CBC^FULL BLOOD COUNT|||[[DATE|date:202403140640]]
OBX|1|NM|HGB^Haemoglobin||9.8|g/dL|13.0-17.0|L|||F
OBX|2|NM|PLT^Platelets||512|10*9/L|150-400|H|||F""",
    """Dept of Biomedical Imaging, [[LOCATION|geo:University Malaya Medical Centre]]
Patient: [[PERSON|name:WONG KAH MUN]]   IC: [[ID|ssn:650917-14-5513]]   Age/Sex: [[AGE|other:58]]/M
CT Thorax/Abdomen/Pelvis with contrast, [[DATE|date:28-02-2024]] 10:42. Clinical: ex-smoker, wt loss, haemoptysis.
4.1 x 3.6 cm spiculated RUL mass; hilar (12 mm) and subcarinal (18 mm) nodes; 2 indeterminate liver lesions (1.4 cm, seg VII); lytic T9.
Impression: cT2bN2M1c. Suggest CT-guided biopsy.""",
    """[[LOCATION|geo:QUEEN MARY HOSPITAL]] - Histopathology   Lab No: [[ID|other:QMH-S24-11873]]
Patient: [[PERSON|name:CHOW Wai-kwan]]  F/[[AGE|other:39Y]]  HN [[ID|mrn:HN22918404(2)]]  Ward K14N   Reported [[DATE|date:11-Mar-2024]]
L breast WLE + SLNB: invasive carcinoma NST, grade 2 (3+2+2), 22 mm. DCIS intermediate grade. Margins clear (3 mm). SLN 0/3. ER 95%, PR 60%, HER2 1+, Ki-67 18%. pT2 pN0(sn).
Pathologist: Dr. [[PERSON|name:LO Tsz-hin, Kevin]]""",
    """Patient Name : Mrs. [[PERSON|name:P. Sridevi Reddy]]      Sample ID : [[ID|other:SDI2403120047]]
Age/Gender   : [[AGE|other:44 Y]]/Female         Registered : [[DATE|date:12/Mar/2024]] 08:14 AM
TSH 38.60 uIU/mL (0.27-4.20) H | T4 4.1 ug/dL L | Anti-TPO >600 IU/mL H | HbA1c 6.1 % | B12 164 pg/mL L
Report link: [[URL|url:https://reports.sanjeevanidx.in/r/SDI2403120047?k=7f3a91]]""",
    """Exam [[ID|other:US24-031877]] - TVS [[DATE|date:03/11/2024]] - [[PERSON|name:REYES, Maricel S.]] [[AGE|other:33]]/F, Maxicare [[ID|health_plan:MXC-1120-4418-7730]]. Intramural myoma 2.4 x 2.1 cm (FIGO 4); L ovarian endometrioma 4.6 cm. Images [[ID|photo:REYES_MARICEL_US24-031877_01.dcm]]""",
    """NHLS [[LOCATION|geo:Tygerberg]] Microbiology
Patient: [[PERSON|name:JACOBS, Chantelle]]   Age [[AGE|other:28]]   Folder [[ID|mrn:T2214873]]   Ward F2
Collected [[DATE|date:2024/02/19]] 21:40
Blood culture: Klebsiella pneumoniae, ESBL. Amp R, amox-clav R, ceftriaxone R, pip-tazo I, ertapenem S, meropenem S, amikacin S, cipro R. Contact precautions.
Phoned to Dr [[PERSON|name:Van Wyk]] 08:15 next morning.""",
    """[[PERSON|name:Mwanaisha Said Bakari]] | [[AGE|other:19]]F | [[DATE|date:14.02.2024]] | mRDT POS, BS P. falciparum ++ (2.1%), Hb 7.9, Plt 88, VDRL NR, HIV NR, UPT POS""",
    """[[LOCATION|geo:LASUTH]], [[LOCATION|geo:IKEJA]] - RADIOLOGY
Name: Mr [[PERSON|name:Babatunde Ojo]]   Age: [[AGE|other:61]]yrs
Date: [[DATE|date:Tuesday 23rd January, 2024]]
CHEST X-RAY (PA): CTR 0.61 - cardiomegaly. Upper-lobe diversion, Kerley B lines, small bilateral effusions.
IMPRESSION: Congestive cardiac failure.
Image: [[ID|photo:CXR_Ojo_Babatunde_LASUTH-17-44213.png]]""",
    """Patient: [[PERSON|name:TREMBLAY, Jean-Philippe]]   DOB: [[DATE|date:1971-05-30]]   HCN: [[ID|health_plan:5273980143]] ON
Accession: [[ID|other:24-118-447382]]   Ordering: Dr [[PERSON|name:Priya Raghavan]], billing no. [[ID|license:018447]]
Creatinine 188 umol/L H | eGFR 35 L | K 5.6 mmol/L H | Urine ACR 62.4 mg/mmol H | A1c 0.081 H
Results: [[URL|url:https://patient.lifelabs.com/results/24-118-447382]]""",
    """[[LOCATION|geo:Mater Misericordiae University Hospital]] - Radiology
Ms [[PERSON|name:Aoibheann Kelleher]]   MRN [[ID|mrn:M1129874]]
MRI brain + whole spine with gadolinium, [[DATE|date:07/02/2024]]. Clinical: [[AGE|other:35F]], L optic neuritis [[DATE|date:Dec 2023]], now R leg paraesthesia. ?MS
Periventricular lesions (Dawson's fingers), juxtacortical L frontal, R MCP; one enhancing lesion L centrum semiovale; cord lesions C4, T7. Fulfils 2017 McDonald criteria for DIS and DIT.""",
]

PHARMACY = [
    """date,nric_fin,patient,item,qty
[[DATE|date:2024-04-02]],[[ID|ssn:S2876145G]],[[PERSON|name:GOH Ah Lian]],Warfarin 1mg tab,56
[[DATE|date:2024-04-02]],[[ID|ssn:F2234908L]],[[PERSON|name:Maria Clara SANTOS]],Ferrous fumarate 200mg,60
[[DATE|date:2024-04-02]],[[ID|ssn:G5678123X]],[[PERSON|name:KWEK Soon Huat]],Allopurinol 100mg,30
# ADC override 14:02, pharmacist fingerprint tmpl [[ID|biometric:OMC-FP-0093381]]""",
    """FARMASI [[LOCATION|geo:KLINIK KESIHATAN BANDAR BARU BANGI]] - LABEL UBAT
Pesakit: [[PERSON|name:SITI HAJAR BINTI ZAINUDDIN]]   Tarikh: [[DATE|date:18/03/2024]]
METFORMIN 500MG TAB - makan 2 biji 2 kali sehari selepas makan (2 tab BD after food). Kuantiti 120.
Ubat Melalui Pos seterusnya ke [[ADDRESS|geo:No. 33, Jalan 9/4D, Seksyen 9, 43650 Bandar Baru Bangi]]
Pusat Racun Negara 1-800-88-8099""",
    """DANGEROUS DRUGS REGISTER - [[LOCATION|geo:Kin Wah Pharmacy]], [[LOCATION|geo:Mong Kok]]
Morphine sulphate oral solution 10mg/5mL (batch MS23-0917)
[[DATE|date:04/01/2024]] | [[PERSON|name:LAI Chun-yip]] | [[ID|ssn:C668312(4)]] | Dr [[PERSON|name:YIP K. W.]] ([[ID|license:M08814]]) | 300mL | bal 1,200mL
received from supplier, invoice 4410-2281 | +1000mL | bal 2,200mL""",
    """[[LOCATION|geo:SRI VENKATESWARA MEDICALS]], [[LOCATION|geo:Jayanagar]]. Patient: Master [[PERSON|name:Aarav S.]], [[AGE|other:8]]. Azithral 200mg/5ml susp (batch AZL3091) Rs 98.50; Montair LC kid x10 Rs 145.00; Levolin inhaler 50mcg Rs 212.30. Total Rs 455.80 via UPI [[ID|account:sanjay.s1984@okicici]].""",
    """SENIOR CITIZEN PURCHASE BOOKLET - [[PERSON|name:Leonora]] "[[PERSON|name:Nora]]" [[PERSON|name:Magbanua-Castillo]], OSCA ID [[ID|other:MNL-05-2011-08742]]
[[DATE|date:01/08/2024]] Losartan 50mg #30 - Dr. [[PERSON|name:E. Tolentino]] (PRC [[ID|license:0045521]])
[[DATE|date:02/07/2024]] Losartan 50mg #30, Metformin 500mg #60 - same prescriber. 20% SC discount applied.""",
    """CCMDD parcel - [[PERSON|name:MOKOENA, Tshepo]] - cell [[PHONE|phone:+27 82 441 9036]] - TLD x30, amlodipine 10 mg x30, HCTZ 12.5 mg x30 - collect by [[DATE|date:2024-04-11]]""",
    """Rx via WhatsApp for [[PERSON|name:Otieno, Kevin Ouma]], [[PHONE|phone:0711 902 347]]: amox/clav 625mg tds x 7/7 (KES 1,450), prednisolone 40mg od x 5/7 (KES 320), salbutamol inhaler (KES 650). M-PESA code [[ID|other:SCR7K2L9QX]]. Delivered by rider ([[VEHICLE|vehicle:KMFE 412K]]) to [[ADDRESS|geo:Hse No. 14, Kileleshwa Gardens, Othaya Road, Nairobi]].""",
    """[[LOCATION|geo:ABUTH]] Pharmacy - NHIA dispensing log [[DATE|date:07-02-2024]]
10:02 | [[ID|mrn:ABU/22/118734]] | [[PERSON|name:Hauwa Abubakar Sani]] | NHIA [[ID|health_plan:NHIA-KD-0418827-03]] | Artemether/lumefantrine 80/480 x6
10:31 | [[ID|mrn:ABU/24/002871]] | [[PERSON|name:Blessing Ojonugwa Idoko]] | cash, POS card ending [[ID|account:4417]] | Ceftriaxone 1g x7""",
    """Pharmacie [[PERSON|name:Julie Bergeron]] - OAT witnessed dosing, Metadol-D 10 mg/mL
Patient: [[PERSON|name:Kevin Lapointe]]   RAMQ [[ID|health_plan:LAPK 9103 2211]]
[[DATE|date:2024-03-12]] 85 mg witnessed - MAR
[[DATE|date:2024-03-13]] missed - called [[PHONE|phone:438 771-0932]], no answer
[[DATE|date:2024-03-14]] 85 mg witnessed - JB""",
    """[[LOCATION|geo:O'Driscoll's Pharmacy]], [[LOCATION|geo:Skibbereen]] - dispensing [[DATE|date:12/04/2024]]
Mrs [[PERSON|name:Eileen Hurley]], GMS [[ID|health_plan:2281746W]]
Methotrexate 2.5mg x 8 ONCE WEEKLY (Monday) #24; folic acid 5mg weekly (Thursday) #4; omeprazole 20mg #28.
Label: "[[PERSON|name:EILEEN HURLEY]] - METHOTREXATE 2.5MG - TAKE EIGHT TABLETS ONCE A WEEK ON MONDAY"
Pharmacist: [[PERSON|name:Conor O'Driscoll]] MPSI (PSI [[ID|license:07743]])""",
]

INSURANCE = [
    """[[DATE|date:22 March 2024]]

Dear Ms [[PERSON|name:Chng]],
Claim No.: [[ID|other:ISP-C-2403-0148827]]   Policy No.: [[ID|health_plan:0048 1127 3391]]
Life Assured: [[PERSON|name:Chng Ah Kow]] (NRIC [[ID|ssn:S7012345B]])
Hospital: [[LOCATION|geo:Mount Elizabeth Novena Hospital]], 4 days
Laparoscopic cholecystectomy (TOSP SF849G). Total bill S$18,442.60; MediShield Life S$3,120.00; Medisave S$2,850.00; co-payment S$1,600.00.
The balance will be paid via PayNow to mobile [[PHONE|phone:9664 0173]].
Queries: [[EMAIL|email:jasmine.quek@greateasternlife.com]].""",
    """GUARANTEE LETTER - [[LOCATION|geo:KPJ Damansara Specialist Hospital]]   GL No. [[ID|other:GL-2404-0038812]]
Member: [[PERSON|name:AHMAD ZULKIFLI BIN HASSAN]]   Member ID [[ID|health_plan:TKF-MED-0877412-01]]
Patient (dependant): daughter, [[AGE|other:7]], admitted [[DATE|date:01/04/2024]], dengue fever (A90). R&B RM 250/day. Approved up to RM 12,000.00.
Excess refund to Maybank a/c [[ID|account:1140 2233 8812]].""",
    """Group Medical Claim [[ID|other:AIA-GM-24-337281]] - member [[PERSON|name:YEUNG Chi-ho]], HKID [[ID|ssn:P912045(2)]], acute gout R 1st MTPJ (M10.071), urate 0.62 mmol/L, seen [[DATE|date:29 Feb 2024]]. Pay to HSBC a/c [[ID|account:023-418827-838]].""",
    """Date: [[DATE|date:18-03-2024]]
To, Mr. [[PERSON|name:Subramanian Venkatraman]], [[ADDRESS|geo:B-402, Lakshmi Enclave, Sector 21, Kharghar, Navi Mumbai - 410210]]
Sub: Query on claim [[ID|other:MA24031811847]] - Policy [[ID|health_plan:OG-24-1901-8403-00008812]]
Patient: spouse, [[AGE|other:58]] yrs, TKR (R) at [[LOCATION|geo:MGM New Bombay Hospital]]. Claim Rs. 2,84,500/-.
Please send: final bill; implant sticker (lot 64118823); PAN ([[ID|ssn:AGHPV4418K]]) and Aadhaar ([[ID|ssn:2846 1093 7579]]) of proposer; cancelled cheque for a/c [[ID|account:50100288174432]], IFSC HDFC0001287.
Upload: [[URL|url:https://claims.mediassist.in/upload/MA24031811847]]""",
    """LOA [[ID|other:LOA-24-0331-88127]] valid until [[DATE|date:April 30, 2024]]: member [[PERSON|name:BAUTISTA, Renato Jr. C.]], card [[ID|health_plan:8007-2214-0019-4431]]; MRI LS spine (CPT 72148) approved PHP 14,500.00; SSS [[ID|ssn:34-2288174-5]].""",
    """[[DATE|date:5 February 2024]]
Mr [[PERSON|name:Pieter Jacobus Botha]], [[ADDRESS|geo:PO Box 1184, Stellenbosch, 7599]]
Membership number: [[ID|health_plan:180 447 221]]   Dependant code 01
Re: PMB: breast cancer (C50.4), dependant [[PERSON|name:Marietjie Botha]], ID [[ID|ssn:6901180329081]]
Trastuzumab 600mg SC 3-weekly x 18 cycles approved. Co-payment R 0 at DSP. Call centre 0860 99 88 77.""",
    """CLAIM STATUS - [[LOCATION|geo:Nakuru Level 5 Hospital]] (MFL 15220) - [[PERSON|name:Joseph Kiptoo Rotich]], SHA [[ID|health_plan:CR5590183321-7]]: haemodialysis x 8 at KES 10,650/session. Sessions of [[DATE|date:12/03/2024]] and [[DATE|date:14/03/2024]] REJECTED - fingerprint template [[ID|biometric:FPT-31187452-R2]] not matched. Toll-free 147.""",
    """[[DATE|date:14 March 2024]]
The Medical Director, [[LOCATION|geo:Reddington Hospital]], [[LOCATION|geo:Victoria Island]]
RE: PRE-AUTHORISATION FOR ENROLLEE [[PERSON|name:OKONKWO Chukwudi Samuel]]
Enrollee ID: [[ID|health_plan:HYG/LAG/2213847/0]]
Approved: laparoscopic appendicectomy (CPT 44970) - N1,250,000.00, 3 days.
BVN on file [[ID|account:22184190733]]; refund a/c GTBank [[ID|account:0127844337]].
Dr. [[PERSON|name:Adaeze Obi]], Head, Medical Services""",
    """[[DATE|date:March 8, 2024]]
Claimant: [[PERSON|name:Nathalie Côté-Pelletier]]   Group contract 25418   Claim [[ID|other:LTD-9921847]]   SIN [[ID|ssn:219 384 757]]
Direct deposit: Desjardins (815), transit 30147, account [[ID|account:0418827]]
Dear Ms. [[PERSON|name:Côté-Pelletier]],
Major depressive disorder (F32.2), PHQ-9 21; venlafaxine XR 150 mg. LTD benefits approved from [[DATE|date:February 12, 2024]] at 66.7% of earnings ($3,412.50/month).""",
    """Claim for Mr [[PERSON|name:Tadhg Moriarty]]: day-case colonoscopy (45378) at [[LOCATION|geo:Bon Secours Hospital Tralee]]; EUR 1,120.00 paid to IBAN [[ID|account:IE48AIBK93341276540012]] (BIC AIBKIE2D). Details: [[URL|url:https://www.vhi.ie/myvhi/claims/CLM-IE-2024-0448172]].""",
]

TELEHEALTH = [
    """9:14 pm - Mdm [[PERSON|name:Tan]]: Doc my husband sugar 18.4 after dinner, he say dizzy
9:20 pm - Dr [[PERSON|name:Wong]] (HomeDoc): Hi Mdm [[PERSON|name:Tan]], can he talk normally? Any chest pain or weakness one side? If yes call 995 now.
9:21 pm - Mdm [[PERSON|name:Tan]]: talk ok. he eat kueh lapis 3 pieces 😅
9:26 pm - Mdm [[PERSON|name:Tan]]: [[PERSON|name:Tan Ah Seng]] [[ID|ssn:S1849203B]]
9:27 pm - Mdm [[PERSON|name:Tan]]: [[ID|photo:IMG_TanAhSeng_glucometer.jpg]] (file attached)
9:31 pm - Dr [[PERSON|name:Wong]]: Video link tmr 9am: [[URL|url:https://meet.homedoc.sg/v/tas-s1849203b-0313]]""",
    """Video consult started [[DATE|date:2024-03-02T21:14:08+08:00]]
Patient joined from [[IP|ip:175.139.88.21]]; doctor joined from [[IP|ip:2001:e68:5432:1a00::42]]
[[AGE|other:25]] y/o M, dysuria 3 days, no fever. Rx nitrofurantoin 100mg BD x 5d. MC 1 day, verify at [[URL|url:https://www.doctoroncall.com.my/mc/verify/8Q2KX7]]""",
    """SMS HA Go: Dear [[PERSON|name:CHAN TM]], your tele-consultation (MED SOPC) is on [[DATE|date:25/01/2024]] 14:30. Join: [[URL|url:https://hago.ha.org.hk/tc/join?ref=PYN24012588]]
Reply from [[PHONE|phone:+852 6277 1904]]: 唔該, my mother cannot use phone, can I join for her? son [[PERSON|name:Tony]]""",
    """7:42 am - [[PHONE|phone:+91 98455 20391]]: Good morning doctor 🙏 this is [[PERSON|name:Anitha]], mother of Baby [[PERSON|name:Tanvi]]. loose motions 6 times since night, [[AGE|other:11 months]] old, taking ORS. wt 8.4 kg
7:50 am - Dr. [[PERSON|name:Sunil Hegde]]: Any blood? Passing urine? Send photo of diaper pls
7:53 am - [[PHONE|phone:+91 98455 20391]]: [[ID|photo:Tanvi_diaper_0604.jpg]] (file attached)
7:58 am - Dr. [[PERSON|name:Sunil Hegde]]: No blood. ORS 50-100 ml after each stool, zinc 10 mg OD x 14 days. Fee Rs 300 to UPI [[ID|account:drsunilhegde@okhdfcbank]]""",
    """[[DATE|date:2/8/24]] 3:15 PM - BHW [[PERSON|name:Marites]]: Doc, si Lola [[PERSON|name:Pacing]] ([[AGE|date:94]]) hindi makakain since yesterday, BP 90/60, confused.
[[DATE|date:2/8/24]] 3:22 PM - Dr. [[PERSON|name:Jun Ilagan]]: Check CBG and temp please. If >38 or not waking, bring to [[LOCATION|geo:Amang Rodriguez Memorial Medical Center]].
[[DATE|date:2/8/24]] 3:40 PM - BHW [[PERSON|name:Marites]]: CBG 62 mg/dL, T 38.4. Called Marikina Rescue 161.""",
    """08:12 - [[PHONE|phone:+27 73 560 2281]]: Molo sister, it's [[PERSON|name:Nomsa]]. My baby born [[DATE|date:2024/02/20]] at [[LOCATION|geo:Cecilia Makiwane Hospital]] is yellow in the eyes since yesterday
08:24 - [[PHONE|phone:+27 73 560 2281]]: [[ID|photo:IMG-Lwando-Dyantyi-jaundice.jpg]]
08:31 - Sr [[PERSON|name:Mbali]]: Bring him today to [[LOCATION|geo:NU 12 Clinic]] before 11 with his Road to Health book.""",
    """[SMS] [[DATE|date:11-Mar-2024]] 08:00 to [[PHONE|phone:254722018347]]: Habari [[PERSON|name:Wafula]], ART refill on [[DATE|date:14-Mar-2024]]. Reply STOP to opt out.
[SMS] from [[PHONE|phone:254722018347]]: am at [[LOCATION|geo:Webuye]] for burial, can I pick there?""",
    """From: [[PERSON|name:Temitope Adeleke]] <[[EMAIL|email:temi.adeleke@yahoo.com]]>
To: Dr [[PERSON|name:Kelechi Anyanwu]] <[[EMAIL|email:k.anyanwu@medikloud.ng]]>
Subject: Re: my BP readings

Readings this week on the Omron M3 (serial [[DEVICE|device:20230711418LG]]): Mon 162/104, Tue 158/100, Wed 150/96, Thu 148/94, Fri 155/98.
Lab result attached: [[ID|photo:Temitope_Adeleke_LFT_RFT_15022024.pdf]]. Creatinine 1.1.
I am [[AGE|other:47]] and my father had a stroke at 60.""",
    """Virtual visit [[DATE|date:2024-02-13]] 10:30 EST - [[PERSON|name:Kakegamic, Raymond]], [[AGE|other:52M]], at [[LOCATION|geo:Sandy Lake First Nation]] nursing station; OHIP [[ID|health_plan:8802154347]]
Zoom [[URL|url:https://otn.zoom.us/j/91844127735?pwd=Rk5Lm]]; HbA1c 10.4%, eGFR 52, ACR 38. Start semaglutide 0.25 mg weekly (NIHB). Patient-side IP [[IP|ip:142.117.41.208]].""",
    """SMS [[DATE|date:03/02/2024]] 09:11 -> [[PHONE|phone:+353 86 771 2340]]: Hi [[PERSON|name:Dearbhla]], your prescription is ready. Video review Tues [[DATE|date:6th Feb]] 11:20: [[URL|url:https://attendanywhere.ie/c/ballymunhc/v/DK-0602-1120]]
Reply: thanks can my partner collect? my pps is [[ID|ssn:4518823S]]""",
]

NOTIFICATION = [
    """NOTIFICATION OF INFECTIOUS DISEASE (MD131) - Measles, lab-confirmed (IgM +, PCR genotype B3)
Patient: [[PERSON|name:ALVAREZ, Joshua Miguel]]   FIN [[ID|ssn:G3314529U]]   Age [[AGE|other:1Y 8M]]
Address: [[ADDRESS|geo:208C Compassvale Lane, #12-442, Singapore 543208]]
Onset [[DATE|date:08-03-2024]]. Returned from [[LOCATION|geo:Davao City]] [[DATE|date:02-03-2024]] (flight 5J 241).
Notifying doctor: Dr [[PERSON|name:Sim Wen Xuan]], MCR [[ID|license:M14723K]]""",
    """e-NOTIFIKASI (CDCIS) - Leptospirosis   No. [[ID|other:NOT/SEL/2024/018273]]
Nama: [[PERSON|name:KUMARESAN A/L RAMAN]]   KP [[ID|ssn:820530-08-5717]]   Umur [[AGE|other:41]]
Pekerja ladang kelapa sawit. Onset [[DATE|date:04/01/2024]]; dimasukkan [[LOCATION|geo:Hospital Seri Manjung]]. MAT 1:800 (Pomona).
Swam in [[LOCATION|geo:Sungai Dinding]] after flood, [[DATE|date:28 Dis 2023]]. GPS kediaman [[LOCATION|geo:4.3512, 100.8734]].""",
    """Legionnaires' disease: [[PERSON|name:SIU Kwok-leung]], M/[[AGE|other:68]], tel [[PHONE|phone:9408 1273]], urine antigen positive, admitted [[LOCATION|geo:United Christian Hospital]] ICU.""",
    """IDSP P-FORM - suspected cholera cluster (3 cases, one room)
Reporting unit: [[LOCATION|geo:CHC Kundara]]   IHIP ID [[ID|other:IHIP-KL-KLM-2024-041187]]   Week 11
Case 1: [[PERSON|name:Anil Kumar P.]], [[AGE|other:34]]/M, migrant worker, Mob [[PHONE|phone:+91 70129 88431]]
Case 2: [[PERSON|name:Sahidul Sk]], [[AGE|other:28]]/M, same room
Case 3: [[PERSON|name:Rafiqul Islam]], [[AGE|other:41]]/M, admitted [[LOCATION|geo:District Hospital Kollam]]
Onset [[DATE|date:13/03/2024]] after meal from [[LOCATION|geo:Hotel Annapoorna]]. Stool samples sent.""",
    """PIDSR CIF - HUMAN RABIES   EPI ID [[ID|other:PH-NCR-MNL-24-00172]]   DRU: [[LOCATION|geo:San Lazaro Hospital]]
Patient: [[PERSON|name:Rogelio]] "[[PERSON|name:Oying]]" [[PERSON|name:Mendoza Caballero]], [[AGE|other:52]], M, tricycle driver (plate [[VEHICLE|vehicle:413 QKT]])
Bitten by own unvaccinated dog [[DATE|date:11/28/2023]], Cat III, no PEP. Hydrophobia, aerophobia. Died [[DATE|date:01/21/2024]] 04:10.
Contacts given PEP: wife [[PERSON|name:Rosalinda Caballero]], neighbor Aling [[PERSON|name:Tessie]].""",
    """NMC CATEGORY 1 - Cholera (V. cholerae O1 Ogawa) - case [[ID|other:NMC-GP-TSH-2024-00188]]: [[PERSON|name:Kgomotso Maluleke]], [[AGE|other:35]], [[ADDRESS|geo:Stand 2218, Extension 4, Kanana, Hammanskraal, 0400]], GPS [[LOCATION|geo:-25.4012, 28.2771]]; onset [[DATE|date:2024-05-19]]; water from [[LOCATION|geo:Apies River]] and tanker.""",
    """IDSR - ANTHRAX (cutaneous)   EPID [[ID|other:KEN-NYR-NCE-24-003]]   facility [[LOCATION|geo:Nyeri County Referral Hospital]] (MFL 10903)
[[PERSON|name:Gathoni Wambui Muriuki]], [[AGE|other:38]], F; village [[LOCATION|geo:Gatitu]]
Onset [[DATE|date:23/01/2024]]. Ate meat of a cow that died suddenly at the homestead of Mzee [[PERSON|name:Kariuki]]; 11 others exposed. Vesicle swab to NPHL.
Reporting officer: [[EMAIL|email:pkamau.dsc@gmail.com]]""",
    """NCDC LASSA FEVER CIF   EPID No [[ID|other:NIE-EDS-ESN-24-0417]]   [[LOCATION|geo:Irrua Specialist Teaching Hospital]]
Patient: [[PERSON|name:Osagie Ehigiator Omoregie]], [[AGE|other:26]], M, NIN [[ID|ssn:60217748391]]
Student, [[LOCATION|geo:University of Benin]]. Onset [[DATE|date:29/01/2024]], RT-PCR positive [[DATE|date:05/02/2024]]. Mastomys at home; hostel in [[LOCATION|geo:Ekpoma]].
Contacts: 14, incl. roommate [[PERSON|name:Efosa]].""",
    """MADO - pulmonary TB, smear-positive - case [[ID|other:MADO-MTL-2024-001874]]
[[PERSON|name:NGUYEN Van Thanh]], RAMQ [[ID|health_plan:NGUV 6704 1819]] ([[AGE|other:56]]), tél. [[PHONE|phone:514 739-4102]]
Cook at [[LOCATION|geo:Restaurant Phở Mekong]], [[LOCATION|geo:Côte-des-Neiges]]. AFB 2+, Xpert MTB detected, RIF susceptible.
Contacts: wife [[PERSON|name:Tran Thi Mai]], daughter [[PERSON|name:Nguyen Linh]], 9 co-workers.""",
    """NOTIFICATION - VTEC O157 with HUS - CIDR [[ID|other:CIDR-MW-24-00913]]
[[PERSON|name:Ruairí Ó Briain]], DOB [[DATE|date:19/04/2021]], M. Parent [[PERSON|name:Aisling O'Brien]], [[PHONE|phone:085 119 4072]].
Creche: [[LOCATION|geo:Little Acorns Childcare]], [[LOCATION|geo:Annacotty]]. Private well.
Onset [[DATE|date:22/03/2024]]; to [[LOCATION|geo:CHI at Crumlin]] for dialysis.""",
]

TRIAL_LOG = [
    """SG-NASH-301 Site 012 [[LOCATION|geo:National University Hospital]] - screening log
Screen ID | Age | Sex | Consent | Outcome
[[ID|other:012-S-0041]] | [[AGE|other:52]] | M | [[DATE|date:04-Mar-2024]] | SF: CAP 241 dB/m (<275)
[[ID|other:012-S-0042]] | [[AGE|other:47]] | F | [[DATE|date:05-Mar-2024]] | ENROLLED""",
    """[[DATE|date:2024-01-15]] 09:20 screened [[PERSON|name:Lim Chee Keong]] [[ID|ssn:890214-07-5591]] eligible; ePRO tablet SN [[DEVICE|device:4C1182F7]]
[[DATE|date:2024-01-15]] 10:05 screened [[PERSON|name:Nurul Huda binti Rosli]] SF - urine hCG +""",
    """Phase 1 unit check-in (biometric de-duplication), HK-PK-0921
07:31 vol [[PERSON|name:LAU Ho-yin]] fp tmpl [[ID|biometric:FP-HK-00418823]] NEW; BMI 22.1 -> ELIGIBLE, bed 4
07:44 vol [[PERSON|name:MAK Chun-wai]] MATCHED existing tmpl [[ID|biometric:FP-HK-00397712]] (in HK-PK-0917, washout to [[DATE|date:2024-03-30]]) -> SF""",
    """[[LOCATION|geo:Christian Medical College]], [[LOCATION|geo:Vellore]] - screening log, CTRI/2023/08/056112
[[ID|other:VEL-S-211]] | [[PERSON|name:M. Selvi]] | [[AGE|other:36]]/F | thumb impression, AV [[ID|photo:AV_VEL-S-211_Selvi.mp4]] | IGRA pos | ENROLLED
[[ID|other:VEL-S-212]] | [[PERSON|name:R. Murugan]] | [[AGE|other:45]]/M | signed | IGRA neg | SF""",
    """Screening log PH-DNG-03, [[LOCATION|geo:Cebu Doctors' University Hospital]]
1 | [[ID|other:CDU-0301]] | [[PERSON|name:Althea Faith Y. Ramos]] | [[AGE|other:7]] | [[LOCATION|geo:Lahug]] | [[PHONE|phone:0917 330 1884]] | Eligible""",
    """ZA-PrEP-208 locator, ppt [[ID|other:208-0418-2]]: [[PERSON|name:Asiphe Gqirana]], [[ADDRESS|geo:14 Ntlangano Crescent, Masiphumelele, 7975]], cell [[PHONE|phone:078 339 2041]], ID [[ID|ssn:0401140843087]].""",
    """KEMRI-Wellcome, [[LOCATION|geo:Kilifi]] - R21 booster screening
[[DATE|date:2024-02-05]] SCR [[PERSON|name:Baraka Kahindi Charo]], [[AGE|other:4y]], [[LOCATION|geo:Pingilikani]]. Hb 10.9. ELIGIBLE.
[[DATE|date:2024-02-05]] SCR [[PERSON|name:Neema Kazungu]], [[AGE|other:4y]]; father thumbprint consent (template [[ID|biometric:KHDSS-FP-211874]]). Hb 7.2 -> SF.""",
    """REDCap audit trail - NG-HTN-POLY
[[DATE|date:2024-03-18 09:12:44]] | [[EMAIL|email:o.adebiyi@fmcabeokuta.gov.ng]] | [[IP|ip:197.210.84.33]] | Create record [[ID|other:ABK-0093]] | age = '[[AGE|other:56]]', sbp = '168', dbp = '102'
[[DATE|date:2024-03-18 09:20:03]] | [[EMAIL|email:o.adebiyi@fmcabeokuta.gov.ng]] | [[IP|ip:197.210.84.33]] | Update record [[ID|other:ABK-0093]] | participant_name = '[[PERSON|name:Kehinde Oyelaran]]', phone = '[[PHONE|phone:08034418279]]'""",
    """[[LOCATION|geo:Institut de Cardiologie de Montréal]] - CA-HF-PACE screening log
[[DATE|date:2024-02-01]] | [[AGE|other:71]] | M | RAMQ [[ID|health_plan:BEAJ 5211 0714]] | randomized; CardioMEMS SN [[DEVICE|device:CM2000-448217]]
[[DATE|date:2024-02-08]] | [[AGE|other:58]] | F | RAMQ [[ID|health_plan:ROYS 6553 3108]] | randomized; SN [[DEVICE|device:CM2000-448302]], hub [[DEVICE|device:CMH-0998174]]""",
    """IRL-ICH-02 screening: MRN [[ID|mrn:G1882713]] age [[AGE|other:77]] NIHSS 14, consent by son [[PERSON|name:Brendan Keane]]; MRN [[ID|mrn:G0441876]] age [[AGE|date:93]] NIHSS 22, SF (mRS 4).""",
]

INCIDENT = [
    """iReport [[ID|other:IR-TTSH-2024-004187]] - patient fall with injury (SAC 3)
Date/time: [[DATE|date:09/02/2024]] 03:40   Ward 7B Bed 18, [[LOCATION|geo:Tan Tock Seng Hospital]]
Patient: [[PERSON|name:SEAH Kim Choo]], F/[[AGE|other:84]]
Found on floor beside bed by SN [[PERSON|name:Aung Myat Thu]]. Bed-exit sensor (SN [[DEVICE|device:BX-7710-3318]]) did not alarm - battery flat. L hip pain; XR L NOF fracture. Daughter informed 05:10.
Nocturia on furosemide 40mg OM; Morse 65.""",
    """LAPORAN INSIDEN No. [[ID|other:HRPB/QA/2024/0218]], [[DATE|date:21 Januari 2024]] 22:15, Wad 4A: IV furosemide 40 mg given to [[PERSON|name:CHE MAH BINTI ISMAIL]] (RN [[ID|mrn:P0388172]], bed 12) instead of [[PERSON|name:CHE MAH BINTI YAACOB]] (RN [[ID|mrn:P0412284]], bed 21) - same name, wristband not checked. K+ 3.4 next morning. No harm.""",
    """AIRS [[ID|other:AIRS-CPH-24-00317]] - [[LOCATION|geo:Castle Peak Hospital]] - patient missing during escorted leave, [[DATE|date:2024-03-06]] 15:20, last seen [[LOCATION|geo:Tuen Mun Town Plaza]]. [[PERSON|name:KO Wing-hong]], M/[[AGE|other:33]], HKID [[ID|ssn:V603318(0)]]. Found 21:10 at mother's flat; returned by police car [[VEHICLE|vehicle:AM 8871]].""",
    """INCIDENT REPORT - [[LOCATION|geo:Kasturba Hospital]]   IRF No. [[ID|other:KH/IRF/2024/0733]]   [[DATE|date:17.02.2024]] 02:50   MICU bed 6
Ventilator Hamilton C6 (SN [[DEVICE|device:C6-2019-18732]]) 'Technical fault 288', stopped ventilating; bagged 6 min until backup (SN [[DEVICE|device:C6-2021-20418]]) connected. SpO2 82% -> 96%.
Patient: Mr. [[PERSON|name:Raghavendra Bhat]], [[AGE|other:66]]Y/M, ARDS, PEEP 12, FiO2 0.6.
Biomedical engineer [[PERSON|name:Prakash K.]] entered ICU store 03:09 (fingerprint log [[ID|biometric:BIO-EMP-48821]]).""",
    """IR No. [[ID|other:SPMC-IR-2024-0412]] - needlestick (18G IV cannula), ER Resus Bay 2, 11:40 PM
Exposed staff: [[PERSON|name:Kristel Joy Manalo]], RN, [[AGE|other:26]] y/o, PhilHealth [[ID|health_plan:11-203318774-2]]
Source patient brought by barangay ambulance ([[VEHICLE|vehicle:SJL 4471]]); HBsAg reactive, HIV NR. PEP started 12:30 AM.""",
    """INCIDENT [[ID|other:CMJAH-INC-2024-0881]] - [[DATE|date:2024/04/12]] 23:05 - Adult Emergency Unit, resus bay 3
A relative of a patient pushed Sr [[PERSON|name:Precious Nkosi]] against a trolley; bruised L forearm. Relative left in white Hilux [[VEHICLE|vehicle:HX 41 TK GP]] that had blocked the ambulance bay.
SAPS informed. CCTV clip [[ID|photo:AEU_cam3_Khumalo_20240412_2305.mp4]] retained.""",
    """DATA PROTECTION INCIDENT - Ref [[ID|other:MMH-DPI-24-017]]
VL result for [[PERSON|name:Wairimu Ndungu]] sent by clinic WhatsApp to [[PHONE|phone:+254 727 118 403]] instead of [[PHONE|phone:+254 727 118 430]]. Recipient confirmed deletion 16:20.
Lab portal also accessed from unrecognised IP [[IP|ip:41.90.64.117]] with account [[EMAIL|email:lwanjiku@materkenya.com]] - password reset.""",
    """CLINICAL INCIDENT No. [[ID|other:LIMH/CIR/24/019]] - [[DATE|date:Friday 9th Feb 2024]] 18:30 - labour ward couch 2
Transfusion near miss: Mrs [[PERSON|name:Aisha Bello-Usman]], [[AGE|other:31]]yrs, PPH, O+. Unit collected was labelled for another patient (A+). Caught at bedside check by midwife [[PERSON|name:Funmilayo Oladipo]]. Scientist on duty MLSCN [[ID|license:RMLS-18742]]. No harm.""",
    """Privacy incident [[ID|other:PRIV-2024-0218]]
Chart of [[PERSON|name:Chloé Desjardins]] (MRN [[ID|mrn:0037718842]]) opened 14 times between [[DATE|date:2024-01-03]] and [[DATE|date:2024-02-11]] by RN [[PERSON|name:Brittany Lalonde]], not in circle of care. Workstations [[IP|ip:10.42.118.27]], [[IP|ip:10.42.118.31]]; VPN from [[IP|ip:2607:fea8:1c20:8e00:4d1:9b2f:77a1:ef30]].""",
    """NIMS [[ID|other:NIMS-UHK-24-4411]] - [[LOCATION|geo:University Hospital Kerry]] - ED triage - offload delay (38 on trolleys)
Patient: [[PERSON|name:Cathal O'Shea]], [[AGE|other:81]], MRN [[ID|mrn:K0227431]]; NAS ambulance [[VEHICLE|vehicle:222-KY-1187]].
Held on stretcher 3 h 40 min; grade 2 sacral pressure injury. Photo [[ID|photo:OShea_Cathal_K0227431_sacrum_240224.jpg]].""",
]


def main() -> None:
    n = write_styled(
        OUT,
        [
            ("outpatient-note", OUTPATIENT),
            ("discharge-summary", DISCHARGE),
            ("referral-letter", REFERRAL),
            ("lab-radiology", LAB_RADIOLOGY),
            ("pharmacy-dispensing", PHARMACY),
            ("insurance-claims", INSURANCE),
            ("telehealth-chat", TELEHEALTH),
            ("case-notification", NOTIFICATION),
            ("trial-screening-log", TRIAL_LOG),
            ("incident-report", INCIDENT),
        ],
    )
    print(f"probe82: {n} docs")


if __name__ == "__main__":
    main()
