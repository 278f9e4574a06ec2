"""Write the 39th hand-annotated redaction probe, 100 notes of international English clinical text.

Why: clinical English written in Canada, the UK, Ireland, continental Europe, Africa and Israel
carries national identifiers with their own shapes (health cards, NHS/CHI numbers, BSN, KVNR,
personnummer, PESEL, AMKA, Teudat Zehut, South African ID, NIN, Ghana Card), local postcodes,
plates, licence registers and date habits (dotted, Roman-numeral months, French, Dutch and German
month names). This probe checks the engine on them, next to look-alike numbers it must keep.

What: ten styles of ten notes each - outpatient clinic letters, theatre and anaesthetic records,
occupational health, sexual health and contact tracing, sports medicine, travel medicine and
vaccination, palliative care, public health notifications, medico-legal reports and clinical
trial correspondence. Locales: Ontario, BC, Quebec, Alberta, Nova Scotia; England, Scotland;
Ireland; Netherlands, Germany, Sweden, Norway, Denmark, Poland, Greece, Portugal; Nigeria,
Kenya, Ghana, South Africa, Uganda; Israel. Conventions: titles stay outside name spans; health
cards, NHS, CHI, KVNR, NHIF/NHIS/NHIA, SNS and sick-fund numbers are ID|health_plan; SIN, NINO,
PPSN, BSN, personnummer, CPR, PESEL, AMKA, NIF, Teudat Zehut, SA ID, NIN, Ghana Card, SSNIT and
passports are ID|ssn; hospital, folder, CCC/ART, lab and accession numbers are ID|mrn; GMC, NMC,
HCPC, CPSO, CPSBC, CMQ, MDCN, KMPDC, HPCSA, BIG, LANR, NPWZ, HPR, HSA-id and driving licences
are ID|license; claim, case, certificate, participant, study and app-handle codes are ID|other;
IBANs, invoices and billing accounts are ID|account; a lone postcode or street is LOCATION;
holiday names that stand for a day are DATE. Doses, lab values, scores, OPCS/ICD codes, lot and
batch numbers, device models, flight numbers, jersey numbers, theatre and bed numbers, times and
amounts are planted and left unmarked.

How: cd /work/main && .venv/bin/python scripts/make_probe39_corpus.py (writes
corpus/redaction/probe39.jsonl).
"""

from pathlib import Path

from make_safe_harbor_suite import write_styled

OUT = Path(__file__).resolve().parents[1] / "corpus" / "redaction" / "probe39.jsonl"

CLINIC_LETTERS = [
    """\
Department of Rheumatology   Fax [[PHONE|fax:0113 392 4990]]

Clinic date: [[DATE|date:Tue 2nd July]]

Re: Mrs [[PERSON|name:Rose Anne WALKER]]   DOB [[DATE|date:14/03/1958]]   NHS No [[ID|health_plan:346 033 6900]]   Hosp No [[ID|mrn:K0482213]]
    [[ADDRESS|geo:12 Harrogate Road, Moortown, Leeds LS17 6PE]]

Diagnosis: seropositive rheumatoid arthritis (M05.9), dx 2016
Current Rx: methotrexate 15 mg once weekly (Friday), folic acid 5 mg once weekly (not Fri), hydroxychloroquine 200 mg od

I reviewed this [[AGE|other:66]]-year-old lady in clinic. Morning stiffness ~90 min, 6 tender/4 swollen joints, DAS28-CRP 4.21 today (5.02 in Jan). CRP 14 (ref <5), ESR 32, ALT 28, eGFR >90. Hb 118.
Plan: increase MTX to 20 mg weekly; if DAS28 still >3.2 at 3/12 we will apply for biologic. Bloods 2-weekly x 6 then monthly.

Yours sincerely

Consultant Rheumatologist""",
    """\
Clinic: DIAB-OP3    Seen: [[DATE|date:19 Feb 2024]]

Patient: Ms [[PERSON|name:Summer BAKER]]   CHI [[ID|health_plan:2509693468]]   (dob [[DATE|date:25.09.69]])
Address: [[ADDRESS|geo:Flat 2/1, 48 Causeyside Street, Paisley PA1 1YJ]]

I reviewed [[PERSON|name:Summer]], T1DM since childhood. HbA1c 71 mmol/mol (prev 64). Tresiba 22 units nocte, NovoRapid 1:10 ratio, ISF 2.5.
FreeStyle Libre 2 reader SN [[DEVICE|device:MAVG24B1107]] - download: TIR 48%, TBR 6%, GMI 7.9%. Two level 2 hypos overnight, both after alcohol.
Feet: monofilament 10/10 bilat. Retinal screening R1M0 both eyes.
Plan: reduce Tresiba to 20 units, DAFNE refresher, consider closed loop (she meets NICE TA criteria).
She has asked for letters by email: [[EMAIL|email:summer.baker69@gmail.com]]
Review 4/12.

ST5 Diabetes & Endocrinology""",
    """\
Cardiology Outpatients

MRN: [[ID|mrn:1842210]]      PPSN [[ID|ssn:2143732K]]      Medical card no. [[ID|health_plan:7731849M]]
Name: Mr [[PERSON|name:Declan Ó Briain]] (known as "[[PERSON|name:Deccie]]")   DOB [[DATE|date:11-XII-1949]]
Addr: [[ADDRESS|geo:3 Mill Road, Clonakilty, Co. Cork P85 WK20]]

Thank you for referring this [[AGE|other:74]] yo retired fisherman with palpitations. ECG today AF, ventricular rate 96. CHA2DS2-VASc 4, HAS-BLED 1.
24h Holter (Spacelabs, unit [[DEVICE|device:SL-90217-44]]) showed AF throughout, max 148 bpm, no pauses >2.5 s.
Echo: LVEF 45%, LA 4.6 cm, mild MR.
Started apixaban 5 mg bd and bisoprolol 2.5 mg od. TSH 1.9. Creat 104.
He will be seen in the AF clinic in 8/52.""",
    """\
RE: [[PERSON|name:GREEN, Bill]] ([[PERSON|name:William]])   DOB: [[DATE|date:1971-08-30]]   OHIP [[ID|health_plan:5735-279-258-KT]]

Mr. [[PERSON|name:Green]] is a [[AGE|other:52]] yo right-handed electrician seen for two episodes of rising epigastric sensation followed by loss of awareness. EEG: L temporal sharp waves. MRI 3T: L mesial temporal sclerosis.
Impression: focal impaired-awareness seizures. Start levetiracetam 500 mg bid, titrate to 1000 mg bid over 2/52.
As required under the Highway Traffic Act I have filed a Medical Condition Report with the MTO on [[DATE|date:2024-06-11]]. He drives a 2019 F-150, plate [[VEHICLE|vehicle:CBRK 417]]; he understands he must not drive.
Follow-up 3 months. Copy to patient: [[EMAIL|email:bgreen.1971@rogers.com]]

[[PERSON|name:Anika Sharma]], MD FRCPC, CPSO #[[ID|license:84217]]""",
    """\
Clinique de pneumologie - téléc. [[PHONE|fax:514-843-2083]]

[[LOCATION|geo:Montréal]], le [[DATE|date:3 mars 2024]]

Objet / Re: Mme [[PERSON|name:Marie-Ève TREMBLAY]] - RAMQ [[ID|health_plan:TREM 6853 1214]]

Chère collègue / Dear colleague,
Vue en clinique le [[DATE|date:28 février]] pour suivi MPOC / Seen for COPD follow-up. Madame [[PERSON|name:Tremblay]], [[AGE|other:55]] ans, ex-fumeuse 40 paquets-années.
VEMS 1,12 L (48 % prédit), VEMS/CVF 0,52. SpO2 93 % AA. CAT 18. Eos 0,3.
Prochain rendez-vous: le [[DATE|date:3 juin 2024]] à 9 h 30.

[[PERSON|name:Jean-François Bell]], MD, pneumologue - permis [[ID|license:05348]]""",
    """\
Betreft: Mr [[PERSON|name:Willem van der Meer]] (goes by [[PERSON|name:Wim]]), geb. [[DATE|date:17-04-1962]], BSN [[ID|ssn:186455963]]
[[LOCATION|geo:Utrecht]], [[DATE|date:12 juni 2024]]

I saw Mr [[PERSON|name:van der Meer]] ([[AGE|other:62]]) in the IBD outpatient clinic. He moved to [[LOCATION|geo:Best]] last year and would like follow-up closer to home in due course.
Ileocolonic Crohn's (L3B1, Montreal). Faecal calprotectin 850 µg/g, CRP 22 mg/l, Hb 7.6 mmol/l, ferritin 14.
MR enterography: 15 cm active terminal ileitis, no abscess.
Plan: infliximab 5 mg/kg at week 0-2-6, ferric carboxymaltose 1000 mg IV, TPMT normal.

Met vriendelijke groet,
MDL-arts""",
    """\
Ambulanzbrief / Outpatient letter - [[LOCATION|geo:Heidelberg]], [[DATE|date:3 Juli 2024]]

Patientin: Frau [[PERSON|name:Rose Schneider-Kühn]], geb. [[DATE|date:02.11.1955]]
KVNR [[ID|health_plan:C780664870]] (AOK Baden-Württemberg) - Pat.-ID [[ID|mrn:00488127]]
Anschrift: [[ADDRESS|geo:Hauptstraße 121, 69117 Heidelberg]]

we reviewed your [[AGE|other:68]]-year-old patient with CKD G3b A2 (N18.3) secondary to hypertensive nephrosclerosis.
Labs: creatinine 1.52 mg/dl, eGFR 38 ml/min/1.73 m², potassium 5.4 mmol/l, UACR 212 mg/g, Hb 11.8 g/dl, PTH 88 pg/ml.
BP 148/86 mmHg. Medication: ramipril 5 mg 1-0-0, amlodipine 5 mg 0-0-1, dapagliflozin 10 mg started today.
Recheck potassium and creatinine in 2 weeks. Next visit: [[DATE|date:9. Oktober 2024]].

Mit freundlichen Grüßen
Oberarzt, Nephrologie""",
    """\
Department of Medicine - Endocrinology Clinic

[[DATE|date:12th March, 2024]]

Hospital No: [[ID|mrn:LUTH/HN/482117]]    NIN: [[ID|ssn:38472019564]]    NHIA ID: [[ID|health_plan:0049-118273]]
Name: Miss [[PERSON|name:Blessing Chiamaka OKAFOR]]   Age: [[AGE|other:29]] yrs   Sex: F
Address: [[ADDRESS|geo:14 Adeniran Ogunsanya Street, Surulere, Lagos]]   Phone: [[PHONE|phone:0803 482 1190]]

Thank you for referring this young lady. She presented with weight loss of 7 kg, palpitations and a diffuse goitre (WHO grade 2).
TSH <0.01 mIU/L, FT4 38 pmol/L (12-22), TRAb positive. PR 112/min, BP 132/70.
Impression: Graves' disease. Commenced carbimazole 20 mg daily and propranolol 40 mg tds. FBC in 2/52 (neutrophils).
Kindly review at your end. Next clinic appointment [[DATE|date:9th April]].""",
    """\
[[LOCATION|geo:Sheba Medical Center]], [[LOCATION|geo:Tel HaShomer]] - Hematology Outpatient Clinic
Summary of visit

Patient: [[PERSON|name:Levi, Shira]]   ID (T.Z.) [[ID|ssn:261996490]]   DOB [[DATE|date:07.09.1988]]
Clalit member no. [[ID|health_plan:4471-2093-88]]
Address: [[ADDRESS|geo:Rehov Ahuza 114, Ra'anana 4310102]]

[[AGE|other:35]] y/o F, chronic ITP since 2019. Plt 34 x10^9/L today (prev 58), no bleeding, WHO bleeding score 0.
On eltrombopag 50 mg daily. ALT 31, bilirubin 0.8.
Plan: increase eltrombopag to 75 mg daily, CBC weekly at the kupat holim lab, return in 4 weeks. She is planning pregnancy - counselled.""",
    """\
[[LOCATION|geo:GROOTE SCHUUR HOSPITAL]] - Division of Dermatology
Date: [[DATE|date:2024/04/09]]          Ref: folder [[ID|mrn:48821934]]

RE: Mr [[PERSON|name:Thabo Gift MOKOENA]]   ID [[ID|ssn:6709219689080]]   ([[AGE|other:56]] yrs)
Discovery Health member no. [[ID|health_plan:307718242]] (principal member)

Chronic plaque psoriasis, PASI 14.2, BSA 12%, DLQI 17. Nail pitting, no arthritis (PEST 1).
Clinical photographs taken today (ref [[ID|photo:GSH-DERM-IMG-0311-mokoena.jpg]]) for comparison.
Baseline: FBC normal, ALT 24, HBV/HCV/HIV neg, CXR clear.
Start methotrexate 10 mg weekly + folic acid 5 mg weekly; topical calcipotriol/betamethasone.
Review in 8 weeks.""",
]

THEATRE_RECORDS = [
    """\
THEATRE RECORD / WHO SURGICAL SAFETY CHECKLIST
Theatre 6   Session AM
Pt: [[PERSON|name:PARSONS, Dawn]]   NHS [[ID|health_plan:6561689445]]   RUH No [[ID|mrn:D1144920]]   DOB [[DATE|date:05/05/1947]]
Home: [[LOCATION|geo:Wells]] (lives alone, daughter nearby)
Procedure: R total hip replacement, cemented (OPCS W37.1 Z94.2)   ASA 3   BMI 31.2
SIGN IN 08:12 - ID band checked x2, consent form 1 signed, site marked, allergies: penicillin (rash)
TIME OUT 08:40 - Surgeon Mr [[PERSON|name:Adrian Deal]] (GMC [[ID|license:3318274]])
  ODP [[PERSON|name:Sunny Patel]] (HCPC [[ID|license:ODP03271]]); Scrub RN [[PERSON|name:Rachel Bury]] (NMC [[ID|license:98Y4127E]])
Anaesthesia: spinal L3/4, 2.6 ml 0.5% heavy bupivacaine + diamorphine 300 mcg; sedation propofol TCI 0.5-1.0 mcg/ml
Implants: Exeter V40 stem size 1 #44 REF 0580-1-441 LOT 2318844; Contemporary cup 50 mm LOT 2207731; Simplex P cement x2 LOT KKB117
Cell saver: Haemonetics Cell Saver Elite+ S/N [[DEVICE|device:21E07728]] - 210 ml reinfused
Knife to skin 08:47   Closure 10:02   EBL 450 ml   Swab/instrument count correct x3
SIGN OUT 10:09 - specimen: femoral head to histology. To recovery bay 3. Hb check D1.""",
    """\
ANESTHESIEVERSLAG / ANAESTHETIC RECORD - OK 11
Patiënt: [[PERSON|name:de Vries, Hendrika]] ([[PERSON|name:Riek]])   BSN [[ID|ssn:929608458]]   patiëntnr. [[ID|mrn:6213307]]
geb. [[DATE|date:28-02-1939]]
Procedure: laparoscopic cholecystectomy   ASA 3 (AF, COPD GOLD 2)   Mallampati 2
Machine: Dräger Perseus A500 S/N [[DEVICE|device:ASFL-0132]]
Induction 13:05: sufentanil 20 mcg, propofol 120 mg, rocuronium 50 mg; ETT 7.0 cuffed @ 21 cm, Cormack-Lehane 2
Maintenance sevoflurane MAC 0.8, BIS 40-55. Dexamethasone 4 mg, ondansetron 4 mg, paracetamol 1 g iv
Vitals: BP 142/81 -> lowest 92/54 (phenylephrine 100 mcg x2), HR 72 AF, SpO2 97%, EtCO2 4.8 kPa, T 36.2
Sugammadex 200 mg, TOF 0.94, extubated 14:22. To PACU bed 4.
Anesthesioloog: drs. [[PERSON|name:P. Green]] (BIG [[ID|license:19052318101]])""",
    """\
OPERATIONSBERICHT / OPERATIVE NOTE - Hybrid-OP 3
OP-Datum: [[DATE|date:29.12.2023]]
Patient: Herr [[PERSON|name:Jonas Sommer]], geb. [[DATE|date:14.08.1941]], wohnhaft in [[LOCATION|geo:Essen]] (zu Besuch bei Tochter)
KVNR [[ID|health_plan:N055844079]]
Indikation: AV-Block III°, Synkope (I44.2)
Eingriff: DDD-Schrittmacher-Implantation links pektoral (OPS 5-377.30)
Aggregat: Medtronic Azure XT DR MRI SureScan, SN [[DEVICE|device:RNB218847H]]
Elektroden: RA 5076-52 cm, RV 5076-58 cm
Messwerte: RA P-Welle 3.1 mV, Reizschwelle 0.6 V @ 0.4 ms, Impedanz 512 Ohm; RV R-Welle 11.2 mV, 0.5 V, 684 Ohm
Durchleuchtungszeit 4.2 min, DFP 318 cGy·cm². Cefazolin 2 g prä-OP.
Operateur: OA Dr. med. [[PERSON|name:Katrin Engel]] (LANR [[ID|license:731884205]])
Patientenausweis ausgehändigt. Nachsorge Schrittmacherambulanz in 6 Wochen.""",
    """\
[[LOCATION|geo:Solna]] - Anestesijournal (export)
Personnummer: [[ID|ssn:640912-8722]]    Namn: [[PERSON|name:Lindqvist, Björn]]
Sal C5   ASA 2   Vikt 91 kg   Längd 183 cm
Ingrepp: robotassisterad radikal prostatektomi (KEC01)
Monitor: Philips IntelliVue MX800 serial [[DEVICE|device:DE51738291]], network IP [[IP|ip:10.31.44.207]]
Infusion pump: B. Braun Space serial [[DEVICE|device:0227419]] (remifentanil 50 mcg/ml)
07:58 preoxygenation, 08:02 propofol 200 mg, remifentanil 0.2 mcg/kg/min, cisatracurium 14 mg
08:05 intubated ETT 8.0, grade 1. Arterial line R radial 20G.
08:40-11:55 steep Trendelenburg 25°, pneumoperitoneum 12 mmHg, Pplat 27 cmH2O
Crystalloid 1800 ml, blood loss 300 ml, urine 250 ml. Lowest MAP 62.
12:20 extubated, to postop (IVA-POP), NRS 3.
Anestesiolog: Dr [[PERSON|name:Elin Sjöberg]] (HSA-id [[ID|license:SE2321000016-A8K2]])""",
    """\
[[LOCATION|geo:KENYATTA NATIONAL HOSPITAL]] - MAIN THEATRE, THEATRE 9 - OPERATION NOTES
Name: [[PERSON|name:Patience Wanjiru Kamau]]    IP No: [[ID|mrn:1289433/23]]    Age: [[AGE|other:27]] yrs
ID No: [[ID|ssn:28471905]]    NHIF: [[ID|health_plan:8210447]]
Diagnosis: G2P1 at 39/40, previous scar x1, failed TOLAC, fetal distress (CTG cat III)
Procedure: Emergency LSCS (cat 1) under spinal
Anaesthesia: 0.5% heavy bupivacaine 2.2 ml, fentanyl 20 mcg. Machine Glostavent Helix SN [[DEVICE|device:GH-0892-KNH]]
Surgeon: Dr [[PERSON|name:Mark Otieno Ouma]] (KMPDC [[ID|license:A7731]])
Findings: live male infant, Apgar 8/9/10, wt 3.1 kg, clear liquor, thin lower segment
EBL 600 ml. Oxytocin 5 IU bolus + 20 IU infusion. Uterus closed in 2 layers.
Post-op: to Ward 1C, bed 12. Vitals q15 min x 2 h.""",
    """\
[[LOCATION|geo:VANCOUVER GENERAL HOSPITAL]] - OR 14 - Intraoperative Nursing Record
Pt: [[PERSON|name:STREET, Gordon A.]]   PHN [[ID|health_plan:9737712997]]   DOB [[DATE|date:1950-Jan-22]]
Resides: [[LOCATION|geo:Hope]], BC (2.5 h drive - family staying in town)
Proc: L cochlear implant (CCI: 1.DM.53.LA-LK)   ASA 2   Allergy: NKDA
Implant: Cochlear Nucleus CI622 - serial [[DEVICE|device:4471930182]]
Surgeon: Dr. [[PERSON|name:Nadia Rich]] (CPSBC [[ID|license:31284]])
Facial nerve monitor: NIM 3.0, thresholds 0.05 mA. Impedances within normal limits, NRT responses present on 20/22 electrodes.
In room 0745, incision 0822, closure 1031. Count correct. Mastoid dressing applied.
Transferred to PACU Bay 7 at 1049, VSS.""",
    """\
[[LOCATION|geo:BEAUMONT HOSPITAL]] - Theatre Register / Anaesthetic Record - Neurosurgery
MRN [[ID|mrn:0974412]]    Name: [[PERSON|name:O'SULLIVAN, Jack Patrick]]    DOB [[DATE|date:09-VI-1983]]
PPSN on consent: [[ID|ssn:7016404A]]
Theatre 2
Procedure: R frontal VP shunt insertion for NPH   ASA 2   GCS 15
Valve: Codman Certas Plus programmable, SN [[DEVICE|device:8241703]], set at 4
Anaesthetist: Dr [[PERSON|name:Gráinne Mac an tSaoi]] (IMC [[ID|license:412873]])
GA: propofol 150 mg, fentanyl 100 mcg, atracurium 40 mg. ETT 8.0. Cefuroxime 1.5 g.
Opening pressure 18 cmH2O. CSF sent for MC&S.""",
    """\
[[LOCATION|geo:Szpital Uniwersytecki w Krakowie]] - Blok Operacyjny - ANAESTHESIA RECORD (English copy requested by insurer)
Patient: [[PERSON|name:Zofia Kowalczyk-Nowak]]   PESEL [[ID|ssn:58041709002]]   Nr księgi głównej [[ID|mrn:2024/11873]]
Date: [[DATE|date:22.04.2024]]   Age: [[AGE|other:66]]   Weight 64 kg
Procedure: total thyroidectomy (multinodular goitre, Bethesda III)   ASA 2
Anaesthesia machine: Mindray A7 s/n [[DEVICE|device:AD-18204467]]
Nerve monitoring: Medtronic NIM 3.0, EMG tube 7.0
Induction: fentanyl 0.2 mg, propofol 130 mg, rocuronium 30 mg (low dose for NIM)
Maintenance: desflurane 5-6%. BP 118/72 - 135/80, HR 64-78, SpO2 99%, temp 36.4 °C
Signal L1/V1/R1/V2 preserved bilaterally (V2 R 820 µV, L 760 µV).
Extubated in OR, stridor nil. PONV prophylaxis given.
Anaesthetist: lek. [[PERSON|name:Tomasz Zieliński]], NPWZ [[ID|license:2874510]]""",
    """\
Department of Anaesthesia
PRE-OP ASSESSMENT & INTRA-OPERATIVE CHART
Folder No: [[ID|mrn:KBTH/24/031877]]   Ghana Card: [[ID|ssn:GHA-718204563-2]]   NHIS No: [[ID|health_plan:09384127]]
Name: [[PERSON|name:Kwame Gift Asante]] (M)   Age: [[AGE|other:45]]y   Date: [[DATE|date:Wed 06/03/2024]] ([[DATE|date:Independence Day]] - emergency list)
Diagnosis: obstructed R inguinal hernia   ASA 2E   Hb 13.2 g/dl, RBS 6.4 mmol/l, sickling negative
Procedure: emergency herniorrhaphy (Lichtenstein)
Anaesthetic machine: Comen AX-700
Technique: spinal 27G Whitacre, 3 ml 0.5% heavy bupivacaine, block to T8. Ketamine 20 mg for anxiety.
BP 138/84 -> 104/66, ephedrine 6 mg x1. Duration 70 min. Fluids 1.5 L Ringer's.
Anaesthetist: Dr [[PERSON|name:Efua Boateng]] ([[ID|license:MDC/RN/4521]])""",
    """\
Central OR - Consent & Anaesthesia Summary
Patient: [[PERSON|name:Cohen, Avraham]] ("[[PERSON|name:Avi]]")   TZ [[ID|ssn:828756932]]   Maccabi member [[ID|health_plan:0-431-772-19]]
Age: [[AGE|date:91]] y.o.   Date: [[DATE|date:15.01.2024]]
Patient photo captured at admission: [[ID|photo:consent_cohen_avraham_20240115.jpg]] (for ID verification)
Procedure: Hemiarthroplasty L hip (NOF fracture)   ASA 3   CFS 5
Anaesthesia: FICB pre-op (bupivacaine 0.25% 30 ml), spinal 1.8 ml heavy bupivacaine 0.5%, no sedation
Trop 14 ng/L, Na 133, Hb 10.9, creat 1.3. Ceftriaxone 2 g.
Intra-op: BP 128/70 -> 96/50, phenylephrine infusion 20-40 mcg/min. EBL 250 ml.
Delirium prevention bundle ordered. Ward: Orthopaedics B, room 14.
Anaesthesiologist: Dr. [[PERSON|name:Noa Baker]], lic. [[ID|license:27719]]""",
]

OCC_HEALTH = [
    """\
OCCUPATIONAL HEALTH REPORT (Management Referral)
Employee: Mr [[PERSON|name:Mark Bell]]   NINO [[ID|ssn:JR 47 82 19 C]]
Role: LGV Class 1 driver, [[LOCATION|geo:Reading]] depot
Driving licence no. [[ID|license:BELL9711029M99AB]]   Assigned tractor unit [[VEHICLE|vehicle:RX19 KHN]] (VIN [[VEHICLE|vehicle:YV1DZ40C9F1609996]])

Mr [[PERSON|name:Bell]] ([[AGE|other:44]]) was diagnosed with moderate OSA (AHI 24). He now uses CPAP nightly; ResMed AirSense 10, SN [[DEVICE|device:23171845092]], compliance 6.8 h/night, residual AHI 2.1. Epworth 16 -> 6.
Opinion: fit for Group 2 driving under DVLA guidance; he has informed DVLA himself. Suggest no night trunking for 4 weeks while compliance data are confirmed.

Occupational Physician (MFOM)""",
    """\
WCB-ALBERTA - PHYSICIAN'S FIRST REPORT (C050)
Claim #: [[ID|other:5104873]]
Worker: [[PERSON|name:ADEYEMI-BROWN, Precious]]   AHCIP # [[ID|health_plan:47382-9105]]   SIN [[ID|ssn:597 902 808]]
DOB [[DATE|date:1985/10/03]]
Address: [[ADDRESS|geo:212 Signal Rd, Fort McMurray AB T9H 4N6]]
Mechanism: lifting 25 kg valve overhead at shoulder height, felt pop R shoulder.
Exam: R shoulder abduction 120° (L 180°), painful arc 70-120°, Jobe +, ER strength 4/5, neuro intact.
Dx: R rotator cuff strain (supraspinatus), rule out tear. ICD-9 840.4
Plan: modified duties - no lifting >5 kg, no overhead work x 2 wk; physio; naproxen 500 mg bid; US shoulder requested.
Physician: Dr. [[PERSON|name:Jason Wells]]
Clinic fax [[PHONE|fax:(780) 791-2284]]""",
    """\
ARBODIENST RAPPORT - Probleemanalyse (week 6) / Problem analysis
Werknemer: mevr. [[PERSON|name:Anouk ten Hove]]   personeelsnr. [[ID|other:220418]]   geb. [[DATE|date:03-08-1990]]

Ms [[PERSON|name:ten Hove]], [[AGE|other:33]], order picker in the frozen section (-24 °C). Off work with L wrist pain after repetitive scanning; ortho at [[LOCATION|geo:Elisabeth-TweeSteden Ziekenhuis]] diagnosed De Quervain tenosynovitis.
Functional capacity: no repetitive gripping >2 h/day, no cold store work for now.
Note for employer: access to the freezer hall is via fingerprint reader; her template (ID [[ID|biometric:FP-0042-7719]]) has been suspended while she is on leave - please re-enrol on return, the R index finger is to be used instead of the L.
Prognosis: partial return (4 h/day, ambient picking) from week 8.

drs. [[PERSON|name:Joost de Jong]], bedrijfsarts   [[EMAIL|email:j.dejong@arbo-zuid.nl]]""",
    """\
ARBEITSMEDIZINISCHE VORSORGE - Fahr-, Steuer- und Überwachungstätigkeiten (ehem. G 25)
Bescheinigung / Certificate (English summary for the group HSE team)
Beschäftigter: Herr [[PERSON|name:Dieter Braun]], geb. [[DATE|date:3 Juli 1968]]
KVNR [[ID|health_plan:V024374346]]
Tätigkeit: forklift and yard tractor driver, [[LOCATION|geo:Köln-Niehl]] site; company car [[VEHICLE|vehicle:K-DB 4471]]
Visus: R 0.8, L 1.0, binocular 1.0 (with glasses); Ishihara 17/17; field by confrontation normal
Hearing: audiometry 25 dB @ 4 kHz R, 30 dB L. BP 152/94 (repeat 146/90). BMI 32.
Epworth 7. HbA1c 6.1%.
Beurteilung: keine gesundheitlichen Bedenken unter der Voraussetzung: Sehhilfe tragen; BP follow-up with GP.
Nächste Vorsorge fällig [[DATE|date:03/2027]].
Betriebsärztin: Dr. med. [[PERSON|name:Sabine Kiel]], Fachärztin für Arbeitsmedizin, LANR [[ID|license:519204701]]""",
    """\
HELSEERKLÆRING / OFFSHORE HEALTH CERTIFICATE (Norwegian petroleum activities)
Name: [[PERSON|name:Gunnar Øvrebø]]   Fødselsnummer: [[ID|ssn:15047939140]]
Address: [[ADDRESS|geo:Lagårdsveien 78, 4010 Stavanger]]
Certificate no. [[ID|other:OHC-NO-2024-03318]]   Date of exam: [[DATE|date:12.03.2024]]
Position: scaffolder, offshore platform
Age [[AGE|other:44]]. Weight 98 kg (HUET/helicopter seat ok, shoulder width 51 cm - within limit).
Spirometry FEV1 4.2 L (101%), FVC 5.3 L. Audiogram: noise notch 4 kHz, 35 dB L. Vision 6/6 both.
ECG sinus rhythm 58, normal. Drug & alcohol screen negative.
Conclusion: FIT without restrictions. Hearing protection class 5 recommended.
Examining doctor: Dr [[PERSON|name:Ingrid Haugland]], HPR-nr [[ID|license:9144382]]""",
    """\
CERTIFICATE OF FITNESS - Mine Health and Safety Act 29 of 1996, s.13
Mine: Shaft 2
Employee: [[PERSON|name:Sunny Dlamini]]   Co. No. [[ID|other:BRPM-221840]]   ID [[ID|ssn:0304226250088]]   Age [[AGE|other:20]]
Occupation: underground winch operator (trainee)
Access control: biometric clock-in template ref [[ID|biometric:BIO-FP-00917733]]; face enrolment photo [[ID|photo:dlamini_s_enrol_0123.jpg]]
Audiometry: Amplivox 270 - baseline PLH 4.2%
Spirometry FEV1/FVC 0.81, FEV1 96% pred. CXR: no TB, no silicosis. TB symptom screen neg.
Heat tolerance screening: passed (core temp 37.9 °C at end of protocol).
Vision: 6/6 R, 6/9 L. BP 124/78. Urine dip clear.
Outcome: FIT for underground work.
Dr [[PERSON|name:Pieter de Klerk]], OMP, HPCSA [[ID|license:MP 0471126]]""",
    """\
PRE-EMPLOYMENT / OFFSHORE FITNESS MEDICAL - PORT HARCOURT
Candidate: Mr [[PERSON|name:Chukwuemeka Nwosu]] (aka "[[PERSON|name:Emeka]]")   Age [[AGE|other:31]]
NIN [[ID|ssn:71084203356]]   Staff ID [[ID|other:BOS/PH/08841]] (Bonny Offshore Services Ltd)
Ht 1.79 m, Wt 88 kg, BMI 27.5. BP 128/82. Vision 6/6 unaided. Colour vision normal.
Hb genotype AA, FBS 5.1 mmol/L, urine drug screen negative, HBsAg neg.
CXR normal. ECG sinus rhythm 72, QTc 402 ms.
HUET/BOSIET: fit to undergo. Malaria RDT negative.
Transport: company bus [[VEHICLE|vehicle:RSH 482 KA]] to the base; candidate does not drive offshore plant.
Result: FIT.
Examining doctor: Dr [[PERSON|name:Sunny Ikpe]], MDCN Reg. No. [[ID|license:31876]]""",
    """\
HSE OCCUPATIONAL HEALTH DEPARTMENT - BLOOD & BODY FLUID EXPOSURE RECORD
Staff member: Ms [[PERSON|name:Hope Farrell]], Staff Nurse, [[LOCATION|geo:St Vincent's University Hospital]]
PPSN [[ID|ssn:4165642B]]   DOB [[DATE|date:21/07/1996]]   [[EMAIL|email:hope.farrell@hse.ie]]
Date/time of exposure: [[DATE|date:Sun 14/04/2024]] ~03:20 - percutaneous, hollow-bore 21G, through glove, during cannula removal
Source patient: MRN [[ID|mrn:1175530]] (name withheld) - consented: HBsAg neg, anti-HCV neg, HIV Ag/Ab neg
Staff bloods: anti-HBs 112 IU/L (immune, 3 doses 2017), baseline serum stored.
PEP: not indicated given source results. Wound washed, bled.
Follow-up: none required.
Reviewed by CNM2 [[PERSON|name:Will Byrne]], OH Nurse""",
    """\
Arbejdsmedicinsk Klinik, [[LOCATION|geo:Aarhus Universitetshospital]] - Assessment report (English translation for the insurer)
Patient: [[PERSON|name:Mette Kjær Andersen]]   CPR [[ID|ssn:120375-7073]]
Address: [[ADDRESS|geo:Skovvej 14, 7100 Vejle]]   Tlf. [[PHONE|phone:+45 24 81 67 09]]

[[AGE|other:49]]-year-old car body sprayer since 2008, symptoms of wheeze and cough on workdays, better on holidays. Uses 2-component paints (HDI isocyanates).
Spirometry: FEV1 2.41 L (82%), FEV1/FVC 0.68, reversibility 14%. FeNO 52 ppb.
Serial PEF over 4 weeks: diurnal variation 24%, OASYS score 3.4 (positive for occupational effect).
Specific IgE HDI: negative (does not exclude).
Conclusion: probable occupational asthma due to isocyanates. Reported to Arbejdstilsynet; case reference [[ID|other:AT-2024-0418-117]].
Læge [[PERSON|name:Søren Bell]], overlæge, autorisations-ID [[ID|license:0K4XT]]""",
    """\
Occupational Health Unit
FITNESS-TO-WORK REVIEW
Name: [[PERSON|name:Abena Dawn Owusu]]   Ghana Card [[ID|ssn:GHA-003918472-6]]   SSNIT [[ID|ssn:D057906150012]]
Age [[AGE|other:41]]
Job: ship-to-shore gantry crane operator (cab height 45 m)
Gantry cab access is controlled by iris scanner - template [[ID|biometric:IRIS-TM-000381]] to be re-captured after her cataract surgery at [[LOCATION|geo:Tema General Hospital]] on [[DATE|date:2nd April]].
Visual acuity: R 6/6 (pseudophakic), L 6/12. Stereopsis 60 arc-sec. Fields full.
BP 134/88 on amlodipine 5 mg. RBS 5.9.
Decision: fit for crane duty once L eye listed; meanwhile ground duties only.
Dr [[PERSON|name:Kojo Mensah-Bonsu]] ([[ID|license:MDC/RN/7790]])""",
]

SEXUAL_HEALTH = [
    """\
PARTNER NOTIFICATION RECORD
Clinic no: [[ID|mrn:MMC-24-018833]]
Index: goes by "[[PERSON|name:Jay]]" (registered as [[PERSON|name:James Paris-Okoro]]), [[AGE|other:34]], MSM
Dx: secondary syphilis - RPR 1:32, TPPA pos, rash palms/soles. Treated benzathine penicillin 2.4 MU IM stat.
Look-back period: 3/12 + duration of symptoms (~6/52)
Contacts:
 1. "[[PERSON|name:Tom]]" surname unk - Grindr username [[ID|other:tom_e8_vers]] - last sex ~2/52 ago - index will message via app
 2. [[PERSON|name:Will]] (regular partner) mob [[PHONE|phone:07700 900461]] - PN by provider, text sent 16:10, attended, treated epi
 3. one-off at sauna, no details - untraceable
Outcome at 4/52: 2/3 contacts verified. HIV neg (4th gen), PrEP restarted, next 3-monthly screen.
HA: [[PERSON|name:Dawn Street]]""",
    """\
[[LOCATION|geo:BCCDC Provincial STI Clinic]] - Partner Notification Worksheet (syphilis)
Index: [[PERSON|name:Kayla Whitehorse]]   PHN [[ID|health_plan:9610173558]]   DOB [[DATE|date:1996/07/09]]
lives near [[LOCATION|geo:Commercial Drive]]
Dx: early latent, RPR 1:16, EIA reactive. Bicillin L-A 2.4 MU given.
Contacts (look-back 12 months):
 a) [[PERSON|name:Dillon]] - Instagram handle [[ID|other:@sunny.daze.604]] ([[URL|url:https://www.instagram.com/sunny.daze.604/]]) - PHN unknown - notified by PHN via DM
Pregnancy test neg. HIV neg. GC/CT NAAT neg x3 sites.""",
    """\
Centrum Seksuele Gezondheid
SOA-registratienummer: [[ID|mrn:CSG-2024-117384]]
Client: [[PERSON|name:Daan Hoekstra]], [[AGE|other:29]], BSN [[ID|ssn:613310184]] (PrEP programme), postcode [[LOCATION|geo:1018 WT]]
PrEP: FTC/TDF 200/245 mg event-driven (2-1-1). Creatinine 88 µmol/L, eGFR >90. HIV neg, HBsAg neg, anti-HBs 340.
Today: rectal CT pos (L1-3 neg), GC neg, syphilis neg. Doxycycline 100 mg bd 7 days.
Partnerwaarschuwing: client will use anonymous notification via the site, code [[ID|other:PW-7K3M-91QX]] issued. 2 partners in last 6 months, one named "[[PERSON|name:Bas]]".
Next PrEP visit in 3 months.""",
    """\
Comprehensive Care Centre (CCC)
Index client testing & partner services form
CCC No: [[ID|mrn:13939-04821]]
Name: [[PERSON|name:Gift Achieng Odhiambo]]   Sex F   Age [[AGE|other:23]]
ID No: [[ID|ssn:34128876]]   NHIF: [[ID|health_plan:5512078]]   Tel: [[PHONE|phone:0712 334 905]]
Status: HIV positive (new, confirmed Determine/First Response). Enrolled, started TLD (TDF/3TC/DTG 300/300/50) same day. CD4 612, VL pending.
Partner elicitation (APNS):
 - [[PERSON|name:Mark Otieno]] (husband) - tested same day, HIV neg -> PrEP offered, accepted
 - [[PERSON|name:Brian]] (boda boda rider, motorbike [[VEHICLE|vehicle:KMEF 417C]]) - no phone; index to refer
IPV screen: negative. Disclosure plan discussed.""",
    """\
[[LOCATION|geo:Kampala]] - ART clinic / Assisted partner notification
ART No. [[ID|mrn:KIS-ART-11873]]
Client: Mr [[PERSON|name:Robert Ssempala]] aka "[[PERSON|name:Bobi]]", [[AGE|other:35]]   NIN [[ID|ssn:CM88014105LXPA]]
Dx: HIV (on TLD since 2021, VL <50), now RPR 1:8 + TPHA pos -> benzathine penicillin 2.4 MU weekly x3.
Partners (past 12 months):
 1. [[PERSON|name:Nakato Precious]], [[LOCATION|geo:Kawempe]] - provider referral
Boda used to reach partner 1: [[VEHICLE|vehicle:UFF 482K]]""",
    """\
[[LOCATION|geo:Esselen Street Clinic]] - STI syndromic management & contact tracing
Folder no. [[ID|mrn:ESC/2024/0518]]
Client: [[PERSON|name:Lindiwe Khumalo]]   ID [[ID|ssn:9201052495087]]   Age [[AGE|other:32]]
WhatsApp: [[PHONE|phone:082 447 1923]]
Syndrome: vaginal discharge syndrome; GeneXpert CT/NG: NG detected. Ceftriaxone 500 mg IM + azithromycin 1 g PO.
HIV test: neg (self-test kit given for partner). PrEP offered - accepted, TDF/FTC started.
Contact slips issued: [[ID|other:CS-4471]] (main partner [[PERSON|name:Sizwe Mokoena]]), [[ID|other:CS-4472]] (casual partner, name not given)
Expedited partner therapy not available at this site.""",
    """\
[[LOCATION|geo:St James's Hospital]] - Results & Partner Notification
MRN [[ID|mrn:2093318]]     Seen [[DATE|date:Thurs 9th May]]
Client: Ms [[PERSON|name:Aoife Ní Dhonnchadha]], [[AGE|other:22]], student   Eircode [[LOCATION|geo:D08 K7P2]]
CT NAAT pos (vaginal swab, self-taken), NG neg, HIV neg, syphilis neg.
Rx: doxycycline 100 mg bd 7/7.
SMS log: [[DATE|date:14/05/2024]] 11:42 "Please call the clinic re your results" sent to [[PHONE|phone:085 771 2093]]; callback 12:10.
Partners:
 - [[PERSON|name:Oisín]] (current) - client prefers provider notification
TOC not needed. Retest 3/12.""",
    """\
SMITTSPÅRNINGSRAPPORT (klamydia) - [[LOCATION|geo:Södersjukhuset]]
Index: [[ID|ssn:990517-2152]] [[PERSON|name:Andersson, Elias]]   Datum: [[DATE|date:2024-03-20]]   Ålder [[AGE|other:24]]
Diagnos: Chlamydia trachomatis (urine NAAT), LGV-PCR neg. Doxycyklin 100 mg x2 i 7 dagar.
Kontakter (12 mån):
 A. [[PERSON|name:Sara L.]], pnr [[ID|ssn:020119-0543]] - kallad via brev, pos, behandlad
 B. Hinge-match, handle [[ID|other:elias_sthlm]] <-> "[[PERSON|name:Mika]]" - index kontaktar själv via appen""",
    """\
[[LOCATION|geo:Attikon University Hospital]] - HIV Unit, 4th Dept of Internal Medicine
Patient: [[PERSON|name:Nikos Papadopoulos]]   AMKA [[ID|ssn:02039072570]]   DOB [[DATE|date:02/03/1990]]
email [[EMAIL|email:n.papad90@yahoo.gr]]
First visit: [[DATE|date:15-IV-2024]]
[[AGE|other:34]] y/o man, new HIV-1 dx (ELISA + WB), VL 48,000 c/ml, CD4 380 (22%). HBV immune. Genotype: no major RAMs.
Started bictegravir/FTC/TAF 50/200/25 mg od.
Partner notification: one regular partner ([[PERSON|name:Giorgos]], consents to be contacted by the unit); 2 casual contacts via app - index will inform himself. Anonymous notification via KEELPNO/EODY platform offered.
Internist-Infectiologist""",
    """\
[[LOCATION|geo:Sandyford Sexual Health Service]]
Attendance [[DATE|date:Mon 22 Jan 2024]]   CHI [[ID|health_plan:0408810335]]
Pt: [[PERSON|name:Jack Young]] ([[AGE|other:42]]), MSM, on PrEP (daily)
Dx: rectal GC (NAAT + culture, ceftriaxone-sensitive), pharyngeal GC pos.
Tx: ceftriaxone 1 g IM. TOC in 2/52.
PN (look-back 2/12):
 - [[PERSON|name:Will Brown]] - X profile [[URL|url:https://x.com/willbrown_gla]], handle [[ID|other:@willbrown_gla]] - pt will DM
 - Grindr: "[[ID|other:glasgowcub88]]" - pt messaged from clinic, screenshot seen
HIV 4th gen neg, creat 91.""",
]

SPORTS_MEDICINE = [
    """\
HEAD INJURY ASSESSMENT - HIA2 / concussion record
Club: Sale & Altrincham RFC (1st XV)   Venue: [[LOCATION|geo:Heywood Road]], [[LOCATION|geo:Sale]]
Match date: [[DATE|date:Sat 06.01.2024]]   HIA1 at 23 min - removed (criteria 2: confusion)
Player: [[PERSON|name:Josh Walker]] #9   DOB [[DATE|date:11/04/1999]]   NHS [[ID|health_plan:3997965463]]
GPS unit: Catapult Vector S7, SN [[DEVICE|device:CV7-04482]] - peak impact 14.2 g at 22:41 match clock
HIA2 (post-match, 19:05): SCAT5 symptoms 9/22, severity 18/132; SAC 24/30; tandem gait 16.2 s (baseline 11.8 s); BESS errors 6.
GRTP: stage 1 from D2, earliest return D12 if asymptomatic through stages 2-5.
Club doctor: Dr [[PERSON|name:Rhys Bury]]""",
    """\
Return-to-Play Letter
[[DATE|date:Tuesday the 14th of May 2024]]

To the coaching staff, Frontenacs U18 (via parent)
Re: [[PERSON|name:Liam Rich]], [[AGE|other:17]] y/o, #22, OHIP [[ID|health_plan:1067560779-AB]]

[[PERSON|name:Liam]] sustained a concussion on [[DATE|date:April 27]] (body check into boards). Baseline ImPACT (test ID [[ID|other:IMP-88213047]]) composite scores have now returned to baseline (verbal memory 88, visual memory 79, reaction time 0.58 s). VOMS normal. Buffalo treadmill test: asymptomatic to 170 bpm.
He has completed steps 1-5 of the Canadian Guideline on Concussion in Sport and may return to full contact practice, then games after 1 further practice without symptoms.
Questions: [[EMAIL|email:deb.rich@cogeco.ca]] (mother)

[[PERSON|name:Priya Summer]], MD CCFP(SEM)""",
    """\
[[LOCATION|geo:Sports Surgery Clinic]] - ACL reconstruction review (6/12 post-op)
Pt: [[PERSON|name:Ciarán Hill]]   PPSN [[ID|ssn:8239412C]]   DOB [[DATE|date:19.09.1997]]
Club: senior hurling, lives [[LOCATION|geo:Clonmel]]
DOS: [[DATE|date:13.02.2023]] - R ACL recon, BPTB autograft + lateral extra-articular tenodesis; medial meniscal repair.
Today: effusion nil, ROM 0-140, Lachman 1+ firm end point, KT-1000 side-to-side 2 mm.
Isokinetic (Biodex, 60°/s): quads LSI 82%, hams LSI 94%. Hop battery: single 88%, triple 86%, crossover 84%.
ACL-RSI 64.
Plan: continue S&C, no hurling contact until LSI >90% on all tests and 9/12 post-op.
Mr [[PERSON|name:Dónal Ó Murchú]], Consultant Orthopaedic Surgeon, IMC [[ID|license:403318]]""",
    """\
ATHLETE MEDICAL & ANTI-DOPING NOTE - [[LOCATION|geo:Iten]] high-altitude training camp
Athlete: [[PERSON|name:Sharon Chebet Kiprotich]] (called "[[PERSON|name:Sunny]]" in camp), [[AGE|other:28]], marathon
ADAMS ID [[ID|other:KEN-ATH-4418227]]   Passport [[ID|ssn:AK0482117]]
Race history: [[DATE|date:31-XII-2023]] (new year road race) - DNF with calf cramp.
Bloods: Hb 15.8 g/dL, Hct 46%, ferritin 22 ng/mL (low), retic 1.1%. ABP sample flagged for altitude declaration only.
Doping control (OOC) - declared meds: ferrous sulphate 200 mg, paracetamol.
Wearable: Garmin Forerunner 965, unit ID [[DEVICE|device:3391872510]] - shared HRV data with team doctor.
Whereabouts updated for the quarterly filing. Advice: oral iron alternate days, recheck ferritin in 8/52.
Team physician: Dr [[PERSON|name:Grace Jepkosgei]]""",
    """\
Team doctor note - continental pro cycling team (NL)
Rider: [[PERSON|name:Jesse van den Heuvel]], from [[LOCATION|geo:Ede]]   UCI ID [[ID|other:10014829731]]   BSN [[ID|ssn:639451846]]
Incident: crash at km 142, [[DATE|date:10-03-2024]], Ronde van Drenthe; landed on L shoulder.
Assessment at finish: Allman I L clavicle fracture, displaced 1 shaft width, no skin tenting; neuro intact. GCS 15, no LOC, SCAT6 symptom score 2.
X-ray at [[LOCATION|geo:Martini Ziekenhuis]]: confirmed. ORIF with 8-hole plate.
Return: turbo trainer from day 5, road from week 3 if pain-free.
Equipment to return to team mechanic: SRM power meter serial [[DEVICE|device:1840-22731]]; chest strap MAC [[DEVICE|device:C8:2B:96:1F:4A:07]] (paired to his head unit).
dr. [[PERSON|name:Maarten de Wit]], sportarts""",
    """\
SPORTMEDIZIN / SPORTS MEDICINE REPORT - Bundesliga club medical department
Spieler: [[PERSON|name:Yusuf Brandt]], geb. [[DATE|date:22.02.2003]], aus [[LOCATION|geo:Essen]]
KVNR [[ID|health_plan:Z157596589]]
Verletzung: acute posterior thigh pain at 61' sprint
MRI ([[LOCATION|geo:Radiologie am Rhein]], [[DATE|date:3 Juli 2024]]): BAMIC 2b, biceps femoris long head, 6 cm craniocaudal, no tendon involvement.
GPS (STATSports Apex, pod SN [[DEVICE|device:APX-0044817]]): max speed 33.8 km/h before injury; HSR load 18% above 4-week rolling average.
Plan: criteria-based rehab, expected return 4-5 weeks; PRP not indicated.
Dr. med. [[PERSON|name:Tobias Hamm]] (no relation), Mannschaftsarzt""",
    """\
NIGERIA FOOTBALL FEDERATION - MEDICAL DEPARTMENT - PRE-CAMP MEDICAL CLEARANCE
Camp: [[LOCATION|geo:Moshood Abiola National Stadium]]   Date: [[DATE|date:Monday, 8th April 2024]]
Player: [[PERSON|name:Precious Ogunleye]] (F), [[AGE|other:22]], defender
NIN [[ID|ssn:48201937764]]   Passport [[ID|ssn:A09148822]]
Hb genotype AS, Hb 12.9 g/dl, ferritin 41. Urinalysis normal. Pregnancy test negative.
ECG: sinus rhythm 52 bpm, QTc 418 ms, early repolarisation (athletic, normal per international criteria). Echo not required.
Previous injury: L ankle ATFL sprain last season - stable, single-leg hop symmetric.
Dental: one caries referred.
CLEARED to participate.
Dr [[PERSON|name:Babatunde Lawal]] ("Dr [[PERSON|name:Tunde]]"), Team Physician, [[ID|license:MDCN/R/52093]]""",
    """\
[[LOCATION|geo:Centralny Ośrodek Sportu]] - Sports medicine clearance (ski jumping)
Zawodnik / Athlete: [[PERSON|name:Bartosz Młynarczyk]]   PESEL [[ID|ssn:02251460574]]   Date: [[DATE|date:19.01.2024]]   Age: [[AGE|other:21]]
Height 178 cm, weight 61.2 kg, BMI 19.3. FIS rule: ski length 145% of height at BMI >=21 - currently reduced to 139%.
DXA: lumbar spine Z-score -1.4. Vitamin D 18 ng/ml. Energy availability estimated 26 kcal/kg FFM/day (low).
Screening RED-S: positive. Referred to sports dietitian [[PERSON|name:Ewa Zima-Kowal]].
ECG normal, echo normal. Stress test 17.5 METs.
Decision: cleared for competition with conditions (weekly weight log, no further weight reduction).
Contact: [[EMAIL|email:bartek.mlynarczyk@wp.pl]]
Lekarz: dr [[PERSON|name:Anna Zima]], specjalista medycyny sportowej, NPWZ [[ID|license:3318721]]""",
    """\
[[LOCATION|geo:Hospital da Luz Arrábida]] - Sports Medicine Consultation
Atleta: [[PERSON|name:Tiago Ferreira da Silva]]   Idade [[AGE|other:29]]   NIF [[ID|ssn:216006287]]   Nº utente SNS [[ID|health_plan:284117903]]
Data da lesão: [[DATE|date:3-XI-2023]] (futsal match) - non-contact pivot, L knee.
MRI: complete ACL rupture, bone bruise LFC/posterolateral tibia, lateral meniscus root tear.
Pre-op: ROM 0-130, effusion 1+, quad lag 5°. IKDC 42.
Médico: Dr. [[PERSON|name:Rui Paris]], cédula profissional OM [[ID|license:48213]]""",
    """\
Team Medical Report - professional basketball, [[LOCATION|geo:Jerusalem]]
Player: [[PERSON|name:Daniel Paris]] ("[[PERSON|name:Danny]]")   TZ [[ID|ssn:718034937]]   DOB [[DATE|date:04.03.1996]]
Supplementary insurance (Harel) policy no. [[ID|health_plan:88-4417203]]
Instagram: [[URL|url:https://instagram.com/dannyparis_7]] - player asked that no injury details be posted
Pre-season cardiac screening:
 ECG: sinus brady 48, LVH by voltage (isolated), incomplete RBBB - normal athlete findings per Seattle criteria.
 Echo: LVEDD 58 mm, IVS 11 mm, EF 62%, normal diastolic function. CPET VO2max 56 ml/kg/min.
Height 201 cm, arm span 209 cm. Wingate peak power 14.1 W/kg.
Issue: recurrent L patellar tendinopathy (VISA-P 61) - isometric loading programme, no injection.
Cleared.
Dr. [[PERSON|name:Michal Ben-Ami]], Team Physician""",
]

TRAVEL_MEDICINE = [
    """\
[[LOCATION|geo:Deal Travel Health Clinic]], [[ADDRESS|geo:84 High Street, Deal CT14 6EG]] - Pre-travel risk assessment
Traveller: Mrs [[PERSON|name:Florence Hill]]   DOB [[DATE|date:22.11.1945]]   NHS [[ID|health_plan:452 041 5012]]
Itinerary: depart [[DATE|date:12/02/24]] -> [[LOCATION|geo:Mombasa]]. Booking ref [[ID|other:K7QX2M]] (flight KQ 101).
PMH: AF on apixaban 5 mg bd, thymectomy 1988 (myasthenia) -> yellow fever vaccine CONTRAINDICATED.
YF: Kenya coast not endemic-risk; exemption letter issued, ICVP exemption no. [[ID|other:YF-CT14-004117]].
Malaria: Malarone 250/100 mg 1 od from 2 days before to 7 days after (30 tabs). Check interaction - none with apixaban.
Vaccines today: Typhim Vi (batch X3K221V), Havrix Monodose (batch AHAVB917AC). Tetanus/dip/polio in date (2019).
Insect bite avoidance, 50% DEET. DVT advice (flight 9 h 40 min).""",
    """\
Clinique santé-voyage / Travel Health Clinic
Date: le [[DATE|date:15 avril 2024]] / [[DATE|date:April 15, 2024]]
Patient: [[PERSON|name:Gabriel Hope-Lavoie]]   ([[AGE|other:35]])   OHIP [[ID|health_plan:6375 517 940 ZX]]
Mobile: [[PHONE|phone:613-799-2046]]
Trip: conference in [[LOCATION|geo:Mobile]], Alabama, then 3 weeks cycling from [[LOCATION|geo:Nice]] along the coast and on to Morocco (Atlas mountains, rural homestays).
Rabies PrEP: Imovax Rabies IM day 0 (today, lot W1A882M) and day 7. Booster not needed for this trip thereafter.
Typhoid: Vivotif 4 caps alternate days (start after last antibiotic).
Hep A/B: Twinrix series complete 2015 - anti-HBs 146.
TD risk: azithromycin 1 g single dose standby.
Fee: 210,00 $ (non assuré / not OHIP-covered), invoice [[ID|account:TVC-2024-04417]].""",
    """\
PORT HEALTH UNIT, [[LOCATION|geo:KOTOKA INTERNATIONAL AIRPORT]] - ICVP ISSUANCE LOG
no,name,ghana_card,passport,dob,vaccine,lot,icvp_no,destination
1,[[PERSON|name:Jack Osei-Bonsu]],[[ID|ssn:GHA-001749382-4]],[[ID|ssn:G2284173]],[[DATE|date:1979-02-17]],YF (Stamaril),U3L622V,[[ID|other:GH-AC-0413872]],[[LOCATION|geo:Johannesburg]]
3,[[PERSON|name:Kofi Walker-Mensah]],[[ID|ssn:GHA-002274118-1]],[[ID|ssn:H0118272]],[[DATE|date:2016-07-22]],YF (Stamaril),U3L622V,[[ID|other:GH-AC-0413874]],[[LOCATION|geo:Lagos]]
note: row 3 child aged [[AGE|other:7]], parent present, consent given.
Queries: port health office""",
    """\
[[LOCATION|geo:Hamburg]] - Reisemedizinische Beratung / Travel consultation
Patientin: Frau [[PERSON|name:Lena Bauer-Gröning]], geb. [[DATE|date:8. Juni 1991]]   KVNR [[ID|health_plan:X466891722]]
Reise: Peru (Andes + Amazon lodge), Abreise [[DATE|date:01.08.2024]]
- Gelbfieber: Stamaril heute, ICVP Nr. [[ID|other:DE-HH-2024-118832]] (gültig lebenslang)
- Höhe: Acetazolamid 125 mg 1-0-1 ab Tag vor Aufstieg auf 3400 m
- Malaria: standby Artemether/Lumefantrin (Riamet) 24 Tbl.
- Tollwut: Rabipur Tag 0 und 7 (2-dose schedule)
Rechnung Nr. [[ID|account:RM-2024-08817]] (IGeL, 185,00 EUR); Erstattung an IBAN [[ID|account:DE59100205006543941911]] nach Vorlage bei der Kasse.""",
    """\
[[LOCATION|geo:GGD regio Utrecht]] - Reizigersvaccinatie
Cliënt: [[PERSON|name:Sanne de Groot]], geb. [[DATE|date:21-08-1998]], BSN [[ID|ssn:471800181]]
Online dossier: [[URL|url:https://mijn.ggdreizigers.nl/dossier/118-44731]]
Reis: Tanzania & Zanzibar, vertrek [[DATE|date:zaterdag 6 juli]], KLM flight KL 571, booking code [[ID|other:Y8KQ4N]]
Given today: hepatitis A (Avaxim 160 U, batch V2P41), DTP booster (Revaxis, batch X6B99), yellow fever (Stamaril, batch U3L622V) - international certificate (geel boekje) no. [[ID|other:NL-GGDU-0447821]]
Malaria: atovaquone/proguanil 250/100 mg. Cholera (Dukoral) advised only if working in camps - declined.
Payment refund (double booking) to [[ID|account:NL62ABNA0800867334]].""",
    """\
[[LOCATION|geo:Tropical Medical Bureau]] - Travel consultation
Client: Mr [[PERSON|name:William Church]] (prefers [[PERSON|name:Bill]])   DOB [[DATE|date:02-II-1957]]
Address: [[ADDRESS|geo:11 Meath Road, Bray, Co. Wicklow A98 V2K4]]
Trip: Thailand & Cambodia, 4 weeks from the [[DATE|date:3rd of March]] - rural Cambodia (villages outside [[LOCATION|geo:Kampot]] town) incl. rice fields, homestay 10 days.
JE: Ixiaro day 0 (today) and day 7. Rabies PrEP accelerated 0/7.
Hep A booster due (primary 2009). Typhoid given.
Malaria: doxycycline 100 mg od (Cambodia west border - mefloquine resistance area).
PMH: T2DM on metformin 1 g bd, CKD 2. No live vaccine contraindication.
Travel insurance: VHI MultiTrip, policy [[ID|health_plan:VMT-0082274419]]""",
    """\
[[LOCATION|geo:Sheba Medical Center]] - Travel Medicine & Tropical Diseases Clinic - post-travel visit
Patient: [[PERSON|name:Noa Green]] ([[PERSON|name:Grin]])   TZ [[ID|ssn:816917629]]   Age [[AGE|other:26]]
Returned from India ([[LOCATION|geo:Rishikesh]], [[LOCATION|geo:Manali]]) on [[DATE|date:Friday 16.02.2024]]; fever 39.4 °C since [[DATE|date:18.02]], retro-orbital pain, rash.
Labs: WBC 2.8, plt 88, AST 142, ALT 110. Dengue NS1 positive, IgM negative. Malaria smear x3 negative.
Pre-travel: seen in this clinic - typhoid, HAV, rabies PrEP given.
Plan: outpatient, oral fluids 3 L/day, paracetamol only, daily CBC; warning signs explained. MOH notification done (dengue, imported).""",
    """\
[[LOCATION|geo:Mombasa]] - Travel vaccination clinic
Name: [[PERSON|name:Hassan Abdalla Omar]]   Age [[AGE|other:61]]   ID No. [[ID|ssn:12088374]]
NHIF No. [[ID|health_plan:3301882]]   Residence: [[LOCATION|geo:Old Town]], [[LOCATION|geo:Mombasa]]
Purpose: Hajj - departing [[DATE|date:9th June 2024]]
Given: meningococcal ACWY conjugate (Menveo), lot AMVA148C - ICVP no. [[ID|other:KE-MSA-22817]]. Seasonal influenza (Vaxigrip Tetra).
Yellow fever: already valid (certificate 2015, lifelong) - copy attached.
Chronic: DM2 on metformin 1 g bd, HbA1c 7.4%. BP 138/84. Advised heat illness precautions, foot care.""",
    """\
[[LOCATION|geo:Odense]] - Travel & COVID vaccination record
Patient: [[PERSON|name:Freja Holm]]   CPR [[ID|ssn:181092-9827]]
Appointment: [[DATE|date:16. august 2024]]
Trip: exchange semester, [[LOCATION|geo:Accra]] from [[DATE|date:1 September]]
- Yellow fever (Stamaril, lot W2F018V)
- Typhoid (Typhim Vi), Hep A (Havrix 1440) dose 1, meningococcal ACWY (Nimenrix)
- COVID-19 booster (Comirnaty JN.1) - EU digital certificate UVCI [[ID|other:URN:UVCI:01:DK:8H4KQ2P9XM3R#V]]
Malaria: Malarone, 1 tab daily. Cost DKK 2.140 - paid by MobilePay ([[PHONE|phone:31 47 80 92]]).""",
    """\
Pre-travel consult
Client: Mrs [[PERSON|name:Patience Govender]] (née [[PERSON|name:Rich]])   ID [[ID|ssn:7702283912081]]
Passport [[ID|ssn:A04417823]]   Discovery Health [[ID|health_plan:481173920]]
Home: [[LOCATION|geo:George]], Western Cape   Email [[EMAIL|email:patience.gov77@gmail.com]]
Travel: Zambia ([[LOCATION|geo:Livingstone]] and a safari) for 12 days.
YF: Zambia - certificate required for travellers from endemic countries only; SA not endemic -> YF not required, waiver letter given.
Malaria: high risk -> atovaquone-proguanil 1 od; alt. doxycycline (photosensitivity counselled).
Rabies PrEP: Verorab 0/7 (safari, remote). Typhoid Vi.
Account: medical aid claim submitted, member account [[ID|account:NTC-ACC-0088124]]""",
]

PALLIATIVE_CARE = [
    """\
Community Palliative Care Team - HOME VISIT
Pt: Mr [[PERSON|name:Albert London]] (known as "[[PERSON|name:Bert]]")   [[AGE|date:91]]y   NHS [[ID|health_plan:316 781 6007]]
Address: [[ADDRESS|geo:21 Tottington Road, Bury BL8 1LL]]   Key safe at front door (code with DN team)
Visit: [[DATE|date:Wed 27/03/2024]] 14:30   Seen with daughter [[PERSON|name:Dawn Rich]] (NOK)
Dx: metastatic prostate Ca, bone mets, now bed-bound (PPS 30%), oral intake sips only. ReSPECT form in place (ref [[ID|other:RSP-BRY-00418]]) - DNACPR, preferred place of death home.
Symptoms: pain controlled; terminal agitation overnight x2; secretions ++.
CSCI: McKinley T34 s/n [[DEVICE|device:300-11473]] - morphine sulfate 15 mg + midazolam 10 mg + glycopyrronium 1.2 mg / 24 h, WFI to 17 ml. Line site L upper chest, clean.
Anticipatory meds in house: morphine 2.5-5 mg sc 1 h, midazolam 2.5-5 mg sc 1 h, glycopyrronium 200 mcg sc 4 h, levomepromazine 6.25 mg sc.""",
    """\
Nova Scotia Health - Palliative Care Home Program - Central Zone
Client: [[PERSON|name:Joan Church]] (goes by "[[PERSON|name:Jo]]")   MSI # [[ID|health_plan:0019 482 731]]   DOB [[DATE|date:Jan 9, 1940]]
Home: [[ADDRESS|geo:44 Prince St, Truro NS B2N 1E4]]
EHS Special Patient Program ID [[ID|other:SPP-2024-0771]] (Palliative Care Protocol - paramedics may treat at home)
Visit: end-stage COPD + HFrEF (EF 25%). Breathless at rest, mMRC 4. PPS 40%.
Requested information re MAID; MAID coordinator referral sent, 1st assessor booked.
Meds: hydromorphone 0.5 mg po q4h prn dyspnoea (using 3/day), lorazepam 0.5 mg SL prn, furosemide 40 mg bid.
Home O2 3 L/min (Respironics concentrator SN [[DEVICE|device:EV1418882]]).
Fax summary to family physician [[PHONE|fax:(902) 893-4471]].""",
    """\
Specialist Palliative Care - Hospice Inpatient Unit
Patient: Mrs [[PERSON|name:Brigid Dunne]]   DOB [[DATE|date:14-VIII-1935]]   Medical card [[ID|health_plan:6628104B]]
Address: [[ADDRESS|geo:Ballyvarra, Lisnagry, Co. Limerick V94 R2C8]]
Admitted for symptom control - advanced ovarian Ca, malignant bowel obstruction.
Octreotide 600 mcg/24 h + hyoscine butylbromide 60 mg/24 h via CSCI; NG not tolerated. Vomiting 1/day.
Family meeting with daughter [[PERSON|name:Mary Dunne]]; eldest son travelling from [[LOCATION|geo:London]], arriving on [[DATE|date:Christmas Eve]]. Goals: comfort, wishes to be in the unit over [[DATE|date:Christmas Day]].""",
    """\
Huisartsenpraktijk, [[LOCATION|geo:Best]] - Palliatieve zorg / euthanasie - verslag
Patiënt: dhr. [[PERSON|name:Cornelis van Dam]] ("[[PERSON|name:Kees]]")   [[AGE|other:79]] jaar   BSN [[ID|ssn:923188344]]
Adres: [[ADDRESS|geo:Oranjestraat 12, 5683 AB Best]]
Diagnosis: ALS (bulbar onset), now PEG-dependent, NIV nocturnal (ResMed Lumis 150, SN [[DEVICE|device:22231704411]]).
Written euthanasia request on file, repeated orally twice since.
SCEN consultation - due care criteria met.
Planned date: [[DATE|date:27 februari]] - not on [[DATE|date:Koningsdag]] as initially proposed by family.
Medication ordered from apotheek: thiopental 2 g + rocuronium 150 mg (2 sets).
Huisarts""",
    """\
[[LOCATION|geo:Hospice Africa Uganda]] - HOME VISIT RECORD
Patient: Mrs [[PERSON|name:Grace Namubiru]]   Age [[AGE|other:67]]   Pt No. [[ID|mrn:HAU/KLA/24/0311]]   NIN [[ID|ssn:CF57013102XKLD]]
Village: [[LOCATION|geo:Kasubi]], near the tombs
Date: [[DATE|date:Tuesday 5th March 2024]]
Dx: Ca cervix stage IVA, vesicovaginal fistula, HIV+ on TLD (VL suppressed).
Pain: 8/10 -> 3/10 on oral morphine 5 mg/5 ml, 2.5 ml (5 mg) 4-hourly + double dose at night. Constipation - bisacodyl, lactulose.
Social: son is boda driver ([[VEHICLE|vehicle:UEK 071Q]]) - brings morphine from the hospice weekly.
Next visit 1/52.
Nurse: Sister [[PERSON|name:Rose Achola]]""",
    """\
Patient review & billing
Patient: Mzee [[PERSON|name:Joseph Kariuki]]   Age [[AGE|date:92]]   ID No. [[ID|ssn:0518827]]   NHIF [[ID|health_plan:0744182]]
Home: [[LOCATION|geo:Kikuyu]], Kiambu - visits by hospice van [[VEHICLE|vehicle:KCX 518M]]
Dx: Ca oesophagus, stented; now dysphagia to liquids again, weight 41 kg.
Morphine liquid 10 mg 4-hourly, dexamethasone 8 mg mane (trial 5 days for stent obstruction/oedema).
Billing: account [[ID|account:NH/2024/0418]]; payment via M-Pesa Paybill, account ref [[ID|account:KARIUKI0418]]; NHIF rebate claimed.
Clinician: Dr [[PERSON|name:Wanjiku Mwangi]]""",
    """\
ANTICIPATORY CARE PLAN / KIS update - [[LOCATION|geo:Marie Curie Hospice Edinburgh]]
Name: Mrs [[PERSON|name:Margaret Bell]] ("[[PERSON|name:Peggy]]")   CHI [[ID|health_plan:1403306907]]   Age [[AGE|date:94]]
Home: [[ADDRESS|geo:7/3 Bath Street, Portobello, Edinburgh EH15 1EZ]] (sheltered housing)
Date: [[DATE|date:11.10.2023]]
Dx: frailty, CKD 4 (eGFR 19), HFpEF. Rockwood CFS 7. Two recent admissions.
Wishes: no further hospital admission unless fracture; DNACPR form completed (copy in yellow folder on fridge).
Just in case meds: oxycodone 1-2 mg sc 1-hourly prn (renal), midazolam 2.5 mg sc, levomepromazine 2.5 mg sc, glycopyrronium 200 mcg sc.
Completed by: Dr [[PERSON|name:Calum Reid]], GP""",
    """\
SAPV-Team - Verlaufsdokumentation / home palliative care progress note
Patientin: Frau [[PERSON|name:Hildegard Winter]], [[AGE|other:86]] J.   KVNR [[ID|health_plan:S594756823]]
Adresse: [[ADDRESS|geo:Zülpicher Str. 88, 50937 Köln]]
Besuch: [[DATE|date:Mo., 18.03.2024]]
Dx: Pankreaskarzinom, hepatic mets, ECOG 4.
PCA: CADD-Solis s/n [[DEVICE|device:1201-88471]] - hydromorphone 2 mg/ml, basal 0.4 mg/h, bolus 0.5 mg, lockout 20 min; 6 boluses/24 h.
Nausea: haloperidol 1 mg sc abends. Ascites: drain (PleurX) 1 L every 3 days by family.
Krisenplan: Fax Hausarzt [[PHONE|fax:0221 4418 2299]].
Palliativärztin: Dr. med. [[PERSON|name:Julia Brückner]] (LANR [[ID|license:117308421]])""",
    """\
Palliative Care Unit "[[LOCATION|geo:Galilee]]" - Home care summary
Patient: Mrs [[PERSON|name:Eleni Christodoulou]]   AMKA [[ID|ssn:30035919346]]   Age [[AGE|other:65]]
Address: [[ADDRESS|geo:Leoforos Kifisias 112, Marousi 151 25]]
Contact: son [[EMAIL|email:d.christodoulou@gmail.com]]
Date: [[DATE|date:28-VI-2024]]
Dx: metastatic breast Ca (ER+/HER2-), lung + pleural mets, malignant pleural effusion - IPC inserted [[DATE|date:10/6]].
Dyspnoea: morphine 2.5 mg po 4-hourly prn, fan, drainage 500 ml alternate days.
Pain: NRS 3. Oxycodone/naloxone 10/5 mg bd. Mouth care.
Name day celebrated at home with family (request honoured).
Dr [[PERSON|name:Sofia Mavridou]], palliative physician""",
    """\
Home Hospice - Weekly team note
Patient: [[PERSON|name:Hillel, Moshe]]   TZ [[ID|ssn:346392988]]   DOB [[DATE|date:15.09.1948]]
Address: [[ADDRESS|geo:Rehov HaNassi 41, Haifa 3463405]]
Visit [[DATE|date:12.09.2023]] (before [[DATE|date:Rosh Hashana]] - family gathering planned for the holiday)
Dx: glioblastoma, post-RT/TMZ, progression on MRI; now somnolent, dysphagia.
Meds: dexamethasone weaned to 2 mg, levetiracetam 500 mg bid via buccal route trial, morphine sc 2.5 mg prn.
Equipment: hospital bed + air mattress (serial [[DEVICE|device:AM-7730-1182]]), suction unit.
Dr. [[PERSON|name:Sarit Baker]]""",
]

PUBLIC_HEALTH = [
    """\
MSH|^~\\&|WINPATH|RBK|ETS|UKHSA|[[DATE|date:20240311091522]]||ORU^R01|1|P|2.4
PID|1||[[ID|mrn:K0482213]]^^^RBK^MR~[[ID|health_plan:8424005139]]^^^NHS^NH||[[PERSON|name:PATEL]]^[[PERSON|name:SUNNY]]^^^MR||[[DATE|date:19880402]]|M|||[[ADDRESS|geo:14 Oxford Road]]^^[[LOCATION|geo:READING]]^^[[LOCATION|geo:RG1 7LB]]||[[PHONE|phone:07700900118]]
OBR|1||[[ID|mrn:24M018837]]|MTBPCR^M. tuberculosis complex PCR|||
OBX|1|ST|MTBPCR||DETECTED; rifampicin resistance NOT detected||||||F
OBX|2|ST|AFB||Smear 2+ (ZN)||||||F
---
Notification of infectious disease (Health Protection (Notification) Regulations 2010) - PULMONARY TB
Household contacts: son (primary school); mother-in-law, recently arrived from Gujarat.
Sender system: WINPATH-RBK, host [[IP|ip:10.214.8.33]]""",
    """\
FAX COVER - REPORTABLE DISEASE NOTIFICATION - URGENT
To: [[LOCATION|geo:Ottawa Public Health]] - Communicable Disease Control   Fax: [[PHONE|fax:613-580-9642]]
From: Pediatric Infectious Diseases, [[LOCATION|geo:CHEO]]
Pages: 3
Disease: Invasive meningococcal disease - N. meningitidis serogroup B (blood culture + CSF PCR)
Case: [[PERSON|name:YOUNG, Jasmine]]   DOB [[DATE|date:2009-10-12]]   OHIP [[ID|health_plan:9195493797 JP]]
Address: [[ADDRESS|geo:88 Bank St, Apt 1207, Ottawa ON K1P 5N4]]
School: [[LOCATION|geo:Glebe Collegiate Institute]], Grade 10.
Onset [[DATE|date:Oct 14]] 22:00, admitted PICU. Ceftriaxone 2 g q12h.
Close contacts: ciprofloxacin 500 mg x1 (adults/teens), rifampin for the younger sibling.
iPHIS case # to be assigned by OPH.""",
    """\
MELDING MELDINGSPLICHTIGE ZIEKTE (groep B2) - [[LOCATION|geo:GGD Hart voor Brabant]]
Osiris-nummer: [[ID|other:2024-0418832]]
Ziekte: Legionellose (urine-antigeen pos, sputum PCR L. pneumophila sg1)
Patiënt: mevr. [[PERSON|name:Johanna van Wijk-de Bruijn]], geb. [[DATE|date:11-01-1951]], BSN [[ID|ssn:918155770]]
Adres: [[ADDRESS|geo:Kerkstraat 7, 5061 EG Oisterwijk]]
Opgenomen: [[LOCATION|geo:Elisabeth-TweeSteden Ziekenhuis]]
Incubatieperiode (2-14 d): stayed in [[LOCATION|geo:Hotel Le Royal]], [[LOCATION|geo:Nice]] for a week - ELDSNet travel report made.
Bron-onderzoek: water samples from home shower (boiler 48 °C) requested.""",
    """\
MELDUNG GEMÄSS § 6 IfSG - an [[LOCATION|geo:Gesundheitsamt Frankfurt am Main]] - per Fax [[PHONE|fax:069 212-30475]]
Krankheit: Masern (klinisch + IgM pos., PCR Rachenabstrich pos.)
Patient/in: [[PERSON|name:Mia Schuster]], geb. [[DATE|date:14.02.2019]]   KVNR [[ID|health_plan:C911496426]]
Gemeinschaftseinrichtung: [[LOCATION|geo:Kita Sonnenschein]] (Gruppe "Igel")
Erkrankungsbeginn: [[DATE|date:Fr., 12.04.2024]] (Fieber)
Meldender Arzt: Kinderarzt, LANR [[ID|license:371108422]]""",
    """\
IDSR 001A - CASE-BASED REPORTING FORM - LASSA FEVER
State: Edo   LGA: [[LOCATION|geo:Esan West]]
EPID No: [[ID|other:NIE-EDS-ESW-24-0117]]
Patient: Mr [[PERSON|name:Friday Ehimare]]   Age [[AGE|other:34]]   Sex M   NIN [[ID|ssn:66201947718]]
Occupation: farmer / rodent trapper
Facility: [[LOCATION|geo:Irrua Specialist Teaching Hospital]]   Hosp. No. [[ID|mrn:ISTH/24/10082]]
Date of onset [[DATE|date:02/02/2024]]; lab no. [[ID|mrn:ISTH/LF/24/0338]] - RT-PCR POSITIVE
Symptoms: fever 39.8, sore throat, retrosternal pain, bleeding gums. Ribavirin started.
Contacts listed: 14 (wife, 3 children, 10 others) - 21-day follow-up.""",
    """\
GHANA HEALTH SERVICE - DISEASE SURVEILLANCE - CHOLERA LINE LIST (extract) - Greater Accra - Epi week 47
case_id,name,sex,age,community,ghana_card,phone,onset,rdt,outcome
[[ID|other:GA-CHL-23-0413]],[[PERSON|name:Kwesi Dawn Appiah]],M,[[AGE|other:6]],[[LOCATION|geo:Chorkor]],,[[PHONE|phone:0244182297]],[[DATE|date:21/11/2023]],pos,admitted
[[ID|other:GA-CHL-23-0415]],[[PERSON|name:Comfort Laryea]],F,[[AGE|date:90]],[[LOCATION|geo:Jamestown]],[[ID|ssn:GHA-712004418-0]],,[[DATE|date:22/11/2023]],pos,died
notes: last case died at [[LOCATION|geo:Ussher Polyclinic]].
Water source: shared standpipe. Samples sent to NPHRL.""",
    """\
SmiNet - Klinisk anmälan / Clinical notification - TBE (fästingburen encefalit)
Patient: [[ID|ssn:730415-3153]] [[PERSON|name:Nilsson, Peter]]   Ålder [[AGE|other:51]]
Smittort: [[LOCATION|geo:Värmdö]] (tick bite on the island of [[LOCATION|geo:Runmarö]]); not vaccinated.
Course: biphasic, meningoencephalitis, admitted. TBE IgM+IgG pos serum and CSF.
--- audit ---
ts=[[DATE|date:2024-07-23T10:44:02Z]] user=[[ID|other:kalj01]] client_ip=[[IP|ip:10.182.40.117]] action=SUBMIT form=TBE_KLIN""",
    """\
Department of Public Health, HSE - CIDR notification (Hepatitis A)
CIDR event ID: [[ID|other:HEPA-2024-00871]]
Case: Mr [[PERSON|name:Paudie Sheehan]]   DOB [[DATE|date:30-III-1986]]   PPSN [[ID|ssn:4392385B]]
Address: [[ADDRESS|geo:14 Main Street, Navan, Co. Meath C15 K2X9]]
Lab: HAV IgM pos ([[LOCATION|geo:Our Lady of Lourdes Hospital]], specimen [[ID|mrn:OLOL-V24-11832]]); ALT 2,410.
Occupation: FOOD HANDLER - chef at [[LOCATION|geo:The Bridge Café]].
Actions: excluded from work until 7 days after jaundice onset; HAV vaccine offered to 11 staff + household.
Travel: none. Shellfish: oysters on [[DATE|date:Valentine's Day]] - source unclear.""",
    """\
{"resource":"measles_case_report","country":"KE","county":"Nairobi",
 "epid_no":"[[ID|other:KEN-NRB-EMB-24-0093]]",
 "facility":"[[LOCATION|geo:Mama Lucy Kibaki Hospital]]",
 "patient":{"name":"[[PERSON|name:Baby Hope Wambui]]","sex":"F","age_months":[[AGE|other:9]],"dob":"[[DATE|date:2023-06-02]]"},
 "guardian":{"name":"[[PERSON|name:Lucy Wambui Njoroge]]","national_id":"[[ID|ssn:29117403]]","phone":"[[PHONE|phone:+254711204418]]"},
 "lab_id":"[[ID|mrn:KEMRI-MR-24-0338]]",
 "mcv1_received":false,"result":"IgM positive",
 "submitted_from":"[[IP|ip:41.89.12.7]]","schema_version":"2.3.1"}""",
    """\
SINAVE - Notificação clínica / Clinical notification - Tuberculose pulmonar
Nº notificação [[ID|other:SINAVE-2024-118274]]
Utente: [[PERSON|name:Maria da Conceição dos Santos]]   Idade [[AGE|other:58]]   NIF [[ID|ssn:235502898]]   Nº SNS [[ID|health_plan:312 884 701]]
Morada: [[ADDRESS|geo:Rua do Almada 115, 4050-036 Porto]]
Hospital: [[LOCATION|geo:Centro Hospitalar Universitário de Santo António]], processo [[ID|mrn:HSA-0882173]]
Microbiology: sputum smear 3+, GeneXpert MTB detected, RIF not detected. Culture pending.
Contacts: husband; colleagues at a laundry (n=7).
Referral to [[LOCATION|geo:CDP Porto]] (Centro de Diagnóstico Pneumológico) for contact screening - IGRA + CXR.""",
]

MEDICO_LEGAL = [
    """\
MEDICAL REPORT ON CLAIMANT - WHIPLASH INJURY (Civil Liability Act 2018 / MedCo)
MedCo case ref: [[ID|other:MC-24-0818447]]
Claimant: Mr [[PERSON|name:Tyrone Brown]]   DOB [[DATE|date:12/06/1990]]   NINO [[ID|ssn:NH 61 04 93 D]]
Address: [[ADDRESS|geo:3 Parkside Close, Sale M33 7XJ]]
Date of accident: [[DATE|date:Friday 19 January 2024]]
Circumstances: Claimant ([[AGE|other:33]]) was the driver of a Vauxhall Corsa, reg [[VEHICLE|vehicle:LK19 XRH]], stationary at lights when struck from behind by a Ford Transit, reg [[VEHICLE|vehicle:YF70 BNU]] (VIN [[VEHICLE|vehicle:WF0XXXTT1MK501656]]), est. 20-25 mph. Seatbelt worn, airbags not deployed.
Injuries: neck pain onset same evening (whiplash, WAD II), lower back pain onset next day. Travel anxiety.
Prognosis: neck 9 months, back 6 months from accident; anxiety 4 months. No physiotherapy to date - 6 sessions recommended.
Records reviewed: GP records, A&E card.""",
    """\
INDEPENDENT MEDICAL EXAMINATION - REPORT TO COUNSEL (Rule 11-6 Supreme Court Civil Rules)
Plaintiff: Ms [[PERSON|name:Dawn Kowalski]]   DOB [[DATE|date:1982-Nov-03]]   PHN [[ID|health_plan:9364595711]]
MVA: [[DATE|date:September 8, 2022]], approx. 17:40; plaintiff driving 2018 Honda Civic, BC plate [[VEHICLE|vehicle:NK4 21P]], VIN [[VEHICLE|vehicle:2HGFC2F57JH168944]]; T-boned on passenger side.
Examination: Ms [[PERSON|name:Kowalski]], now [[AGE|other:41]], reports chronic neck/shoulder pain and post-traumatic headaches 3-4/week. ROM cervical rotation R 50°, L 65°. Trigger points L trapezius. Neuro normal. PCL-5 score 38.
Opinion: chronic myofascial pain and PTSD, causally related to the MVA. Partial permanent functional impairment; unlikely to return to full-time work as a dental hygienist.
[[PERSON|name:Samuel Gill]], MD FRCPC (Physiatry) - fax [[PHONE|fax:604-872-1191]]""",
    """\
MEDICO-LEGAL REPORT - Personal Injuries Assessment Board (PIAB)
PIAB ref: [[ID|other:PIAB/2024/114873]]
Claimant: Ms [[PERSON|name:Niamh Green]]   DOB [[DATE|date:07-IV-1994]]   PPSN [[ID|ssn:5381332A]]
Address: [[ADDRESS|geo:28 Kill Avenue, Dún Laoghaire, Co. Dublin A96 Y8F2]]
Incident: [[DATE|date:Tues 5th Dec 2023]], rear-ended while stationary on the [[LOCATION|geo:Bray Road]]. Her car [[VEHICLE|vehicle:191-D-44172]]; other vehicle [[VEHICLE|vehicle:12-KE-8813]].
Attended [[LOCATION|geo:St Vincent's University Hospital]] ED same night: cervical strain, X-ray NAD.
Seen by me 4 1/2 months post-accident. Neck pain 4/10, reduced rotation to L, intermittent paraesthesia R hand (non-dermatomal). Sleep disturbed.
Prognosis: expect substantial recovery within 12-18 months of the accident.""",
    """\
REPORT FOR THE PROCURATOR FISCAL - ASSAULT TO INJURY (Forensic Medical Examination)
Police Scotland incident no. [[ID|other:PS-20240302-1187]]
Complainer: Mr [[PERSON|name:Kyle Hill]]   DOB [[DATE|date:17/07/1996]]   CHI [[ID|health_plan:1707960410]]
Address: [[ADDRESS|geo:2/R, 61 Peddie Street, Dundee DD1 5LX]]
Examined: [[DATE|date:Sat 2 March 2024]] 03:40, Emergency Department, with consent.
Locus (per police): outside a licensed premises on [[LOCATION|geo:Union Street]].
Findings: 1) 3.5 cm full-thickness laceration L eyebrow; 2) bruising 4 x 3 cm L periorbital; 3) abrasion R knuckles (dorsal MCP 2-4) - consistent with punching; 4) tender R 9th rib, no crepitus.
Photographs: taken by FME, PSOS ref [[ID|photo:PSOS-FME-0302-01]] to [[ID|photo:PSOS-FME-0302-06]]; body map attached.
CT head (NCCT) normal. Laceration closed 5 x 5-0 Prolene.
Opinion: injuries consistent with account of being punched, with L eyebrow laceration likely to leave a permanent scar ("permanent disfigurement").
Dr [[PERSON|name:Siobhan Walker]], FME""",
    """\
UNFALLCHIRURGISCHES GUTACHTEN / ORTHOPAEDIC TRAUMA EXPERT REPORT (for liability insurer)
Geschädigter: Herr [[PERSON|name:Tim Grün]], geb. [[DATE|date:05.05.1979]]   KVNR [[ID|health_plan:R343342424]]
Unfalltag: [[DATE|date:Mo., 05.02.2024]] - als Radfahrer von Pkw erfasst ([[VEHICLE|vehicle:HD-KM 412]], Fahrzeug-Ident.-Nr. [[VEHICLE|vehicle:WDD205040LR176495]]) an der Kreuzung [[LOCATION|geo:Bismarckplatz]].
Erstversorgung: [[LOCATION|geo:BG Klinik Ludwigshafen]]: distale Radiusfraktur rechts (AO 23-C2), Plattenosteosynthese.
Untersuchung: Handgelenk: Ext/Flex 40-0-45 (links 70-0-75), Kraft Jamar 28 kg (links 46 kg). DASH 34.
Beurteilung: MdE 20 v.H. bis Ende des 1. Jahres, danach voraussichtlich 10 v.H.; Materialentfernung empfohlen.
Gutachter: Prof. Dr. med. [[PERSON|name:Friedrich Hill-Wagner]], Facharzt für Orthopädie und Unfallchirurgie""",
    """\
REPUBLIC OF KENYA - P3 FORM - MEDICAL EXAMINATION REPORT (Part II)
Police station: [[LOCATION|geo:Kilimani Police Station]]   OB No: [[ID|other:OB 22/14/03/2024]]
Complainant: [[PERSON|name:Jane Wairimu Mwangi]]   ID No. [[ID|ssn:30552718]]
Alleged offence: assault causing actual bodily harm, [[DATE|date:13/03/2024]] ~21:00, [[LOCATION|geo:Yaya Centre]] car park. Assailant fled in a white Probox, reg. [[VEHICLE|vehicle:KDJ 418C]].
Examined on [[DATE|date:14th March 2024]]; OP No. [[ID|mrn:NWH-OP-88214]].
Findings: swelling and tenderness R zygoma; 2 cm laceration lower lip (sutured); fingertip bruises L upper arm (4, approx. 1 cm each); no fracture on facial X-ray.
Approximate age of injuries: ~12 hours. Weapon: blunt (fist).
Degree of injury: HARM.
Examining doctor: Dr [[PERSON|name:Kevin Omondi]], Medical Officer""",
    """\
J88 - SOUTH AFRICAN POLICE SERVICE - REPORT BY AUTHORISED MEDICAL PRACTITIONER ON COMPLETION OF MEDICO-LEGAL EXAMINATION
SAPS CAS no.: [[ID|other:CAS 118/03/2024]]
Patient: Ms [[PERSON|name:Gift Mahlangu]]   ID [[ID|ssn:0108120552089]]   Age [[AGE|other:22]]
Examined: [[DATE|date:2024/03/09]] at [[LOCATION|geo:Mamelodi Hospital]], file no. [[ID|mrn:MAM-TCC-24-0218]]
History: pedestrian struck by a minibus taxi ([[VEHICLE|vehicle:HX 41 KP GP]]) that did not stop, then assaulted by passengers; police collected CCTV.
Findings: abrasions L forearm (8 x 3 cm) and L hip, haematoma occiput 4 cm, tenderness L wrist - X-ray: undisplaced scaphoid waist fracture.
GCS 15/15, no LOC. BAC not measured.
RAF claim assistance: RAF 1 form completed, serious injury assessment (RAF 4) to follow; RAF ref [[ID|other:RAF-GP-2024-441827]].
Practitioner: Dr [[PERSON|name:Thandeka Nkosi]], MBChB   Signature ......""",
    """\
[[LOCATION|geo:FEDERAL MEDICAL CENTRE]] - MEDICAL REPORT (for Police / Court)
RE: Mrs [[PERSON|name:Patience Oyelaran]] (F, [[AGE|other:38]] yrs), NIN [[ID|ssn:10478829314]]
The above-named was brought to our Emergency Department on [[DATE|date:31st March 2024]] ([[DATE|date:Easter Sunday]]) at about 23:15hrs with a history of assault by her neighbour, Mr [[PERSON|name:Sunday Bakare]], at [[ADDRESS|geo:No. 7 Ita-Eko Road, Abeokuta]].
Findings: GCS 14/15, scalp laceration 5 cm parietal, bruises to both forearms (defence injuries), tender L 7th-8th ribs; CXR: undisplaced L 8th rib fracture, no pneumothorax. Skull X-ray normal.
Management: wound debrided and sutured, tetanus toxoid, analgesia, admitted 48 h for observation. Discharged well.
She is expected to recover fully within 6 weeks. Injuries are in keeping with blunt trauma.
Dr [[PERSON|name:Adewale Church]], Consultant Emergency Physician, MDCN Folio No. [[ID|license:MDCN/R/39417]]""",
    """\
MEDICAL OPINION - NATIONAL INSURANCE INSTITUTE (Bituach Leumi) - WORK INJURY CLAIM
Claim file no. [[ID|other:4-118-2273-22]]
Insured: [[PERSON|name:Yosef Mizrahi]] ("[[PERSON|name:Yossi]]")   TZ [[ID|ssn:975843830]]   DOB [[DATE|date:11.11.1970]]
Address: [[ADDRESS|geo:Rehov Jabotinsky 58, Petah Tikva 4951214]]
Event: [[DATE|date:Sunday 22.10.2023]], work accident - delivery driver, company van [[VEHICLE|vehicle:87-412-63]] hit while unloading on [[LOCATION|geo:Derech Menachem Begin]].
Treated in ED: L tibial plateau fracture (Schatzker II), ORIF.
Current: knee flexion 0-105°, mild effusion, early post-traumatic OA on X-ray, walks with a limp.
Opinion: permanent disability 10% per regulation 35(1)(b), increased by half under reg. 15 - total 15%.
Prof. [[PERSON|name:Dalia Street]], Orthopaedic Surgeon""",
    """\
MEDISCH ADVIES LETSELSCHADE / Medical advice (personal injury)
Benadeelde: mw. [[PERSON|name:Lotte van der Linden]], geb. [[DATE|date:09-09-1985]], BSN [[ID|ssn:706253255]]
Adres: [[ADDRESS|geo:Vondelstraat 44-II, 1054 GE Amsterdam]]
Ongeval: [[DATE|date:donderdag 18 januari 2024]], aanrijding als bestuurder eigen auto (kenteken [[VEHICLE|vehicle:GZ-482-V]], VIN [[VEHICLE|vehicle:VF1RFB002KY900399]]) door tegenpartij ([[VEHICLE|vehicle:83-KRT-5]]).
Letsel: whiplash-associated disorder II, concussion (mTBI, no LOC, PTA <1 h), L wrist contusion.
Behandeling: huisarts, fysiotherapie 18 sessions, neurologist - normal MRI.
Advies: eindtoestand nog niet bereikt; herbeoordeling over 6 maanden. Functioneel: 24 uur/week werk als verpleegkundige (was 32).
Medisch adviseur: drs. [[PERSON|name:Bram Rose]], arts""",
]

TRIAL_CORRESPONDENCE = [
    """\
From: "CTRU SAE Desk" <[[EMAIL|email:ctru-sae@leeds.ac.uk]]>
Date: [[DATE|date:Tue, 4 Jun 2024]] 16:22:07 +0100
Subject: RE: SAE notification - query 2 of 3

Thank you for the initial SAE form for participant [[ID|other:014-0037]] (initials [[PERSON|name:J.W.B.]], DOB [[DATE|date:Jun-1957]]), site 014.
Event: hospitalisation with hyperkalaemia (K+ 6.8 mmol/L), day 84 of IMP. Please confirm:
 1. Dose at onset (we have 10 mg od - the CRF says 5 mg).
 2. Whether the ECG device (Holter serial [[DEVICE|device:HLT-77120-3]]) data were uploaded - the EDC audit shows upload from [[IP|ip:172.16.40.22]] but no file attached.
 3. Causality: your assessment "possibly related" - please sign page 3.
Please do NOT send documents containing the participant's name or NHS number (the copy received showed NHS no. [[ID|health_plan:8559558128]] - it has been quarantined and destroyed).
Kind regards,
[[PERSON|name:Summer Hargreaves]], Senior Trial Coordinator""",
    """\
Lettre au participant / Participant letter - re-consentement (amendement 4)
[[LOCATION|geo:Montréal]], le [[DATE|date:14 mai 2024]]
M. [[PERSON|name:Jean-Luc Bouchard]]
[[ADDRESS|geo:2285, rue Beaubien Est, app. 3, Montréal (Québec) H2G 1M9]]
N° participant / Participant no.: [[ID|other:CAN-03-118]]   RAMQ [[ID|health_plan:BOUJ 5411 0218]] (pour remboursement des frais / for expense reimbursement only)
Suite à l'amendement 4 du protocole, nous vous invitons à signer le nouveau formulaire de consentement lors de votre visite du [[DATE|date:28 mai]] à l'Institut.
Vous pouvez aussi le consulter en ligne: [[URL|url:https://portail.essai-cardio.ca/p/CAN-03-118?lang=fr]]
Compensation: 50 $ par visite, virée au compte [[ID|account:815-30271-0048817]] (Desjardins).
Le chercheur principal""",
    """\
To: METC (secretariaat)   From: PI, [[LOCATION|geo:Diakonessenhuis]]
Re: SUSAR report
Subject [[ID|other:007-112]]: male, initials [[PERSON|name:H.d.V.]], born [[DATE|date:1949]], weight 82 kg.
Event: Stevens-Johnson syndrome (SCORTEN 2) onset [[DATE|date:29-01-2024]], 22 days after first dose. Admitted to a burn unit.
Concomitant: allopurinol 100 mg - considered more likely causative.
Wearable: ActiGraph GT9X serial [[DEVICE|device:TAS1F29180417]] returned; data upload log: [[IP|ip:145.97.38.211]].
Unblinding: performed via IWRS - active arm.
The participant's BSN was printed on the discharge letter in the ISF; redacted copy filed ([[ID|ssn:325770475]] - removed from the eCRF).
hoofdonderzoeker, [[EMAIL|email:e.debruin@diakhuis.nl]]""",
    """\
Subject: Monitoring visit follow-up letter - Site DE-276-004
Dear Professor,
please find below the findings from the on-site monitoring visit.
1. Patient [[ID|other:276-004-009]] (year of birth [[DATE|date:1962]]): source document copy in the ISF contained the KVNR ([[ID|health_plan:Y811784791]]) and full name - please replace with a pseudonymised copy.
2. Pathology report not yet entered in the eCRF.
3. DICOM transfer: CT images for [[ID|other:276-004-009]] were received with header PatientName "[[PERSON|name:MUELLER]]^[[PERSON|name:KLAUS]]" and accession [[ID|mrn:24CT004471]]; the central reader has deleted the series - please re-send via the anonymiser.
4. Second patient: ECOG 1, RECIST SD at week 16 (sum of diameters 58 mm vs 61 mm baseline). OK.
5. Drug accountability: kit numbers 4410-4418 dispensed, reconciled.
Best regards, [[PERSON|name:Anja Rich]], CRA - [[EMAIL|email:anja.rich@cro-europe.com]]""",
    """\
Screening log export (CSV), study [[ID|other:DIA-CGM-05]]
screen_no,cpr,initials,dob,cgm_sensor_sn,transmitter_id,eligible,reason
[[ID|other:S-0141]],[[ID|ssn:030447-1204]],[[PERSON|name:KMH]],[[DATE|date:1947-04-03]],[[DEVICE|device:1G48K227Q9]],[[DEVICE|device:8G4K2T]],N,eGFR 24
[[ID|other:S-0142]],[[ID|ssn:260679-8035]],[[PERSON|name:PJL]],[[DATE|date:1979-06-26]],[[DEVICE|device:1G48K230X1]],[[DEVICE|device:8G4K3V]],Y,
Note from study nurse: CPR column must be removed before the file leaves the site - this export was sent by mistake to the sponsor at [[EMAIL|email:dia-cgm05@novexa-pharma.com]]; sponsor confirms deletion.""",
    """\
Subject: Re: e-diary access problem - subject [[ID|other:616-0203]]
Sent: [[DATE|date:Wednesday, 20 March 2024]] 11:02

Dear site 616,
subject [[ID|other:616-0203]] (username [[ID|other:mlynarczyk88]]) is locked out after 5 failed PIN attempts from IP [[IP|ip:83.24.117.9]]. We have reset the account; temporary PIN sent by SMS to [[PHONE|phone:+48 601 228 417]].
Please also note the reactogenicity photo uploaded on Day 3 ([[ID|photo:IMG_616-0203_D3_face.jpg]]) shows the subject's face - per protocol only the deltoid injection site may be photographed. File quarantined.
Site staff should confirm identity using PESEL [[ID|ssn:88030489125]] only at the site, never by email - we have deleted your message.
Regards, eDiary Helpdesk (ticket [[ID|other:HD-2024-031877]])""",
    """\
[[LOCATION|geo:Desmond Tutu Health Foundation]] research site - TB vaccine trial
Participant status letter to sponsor
PID [[ID|other:21-0418]], female, [[AGE|other:19]] at enrolment.
Duplicate enrolment check: fingerprint enrolment ID (BioSig) [[ID|biometric:BS-0418-22791]] matched a participant screened in another trial at [[LOCATION|geo:Khayelitsha]] site ([[ID|biometric:BS-0211-08813]]) - investigated; sister twin, not the same person (confirmed by SA ID [[ID|ssn:0401240412080]] vs [[ID|ssn:0401241198084]]).
Reimbursement: R300 per visit paid to Capitec account [[ID|account:1418827731]].
AE summary: 2 x injection site pain (grade 1), 1 x headache (grade 1). QuantiFERON negative at M6.""",
    """\
[[LOCATION|geo:MRC/UVRI and LSHTM Uganda Research Unit]] - malaria vaccine trial - protocol deviation report
Participant: [[ID|other:UG-0412]] (child, [[AGE|other:14]] months), guardian NIN [[ID|ssn:CF89022104RTKA]]
Description: identity at the Month 3 visit was confirmed by SimPrints fingerprint ID [[ID|biometric:SPX-7714-20931]] of the guardian, but the guardian consent photo ([[ID|photo:ug_0412_consent.jpg]]) did not match the person attending (aunt, [[PERSON|name:Nakimuli Grace]]). Dose 3 was nevertheless given.
Action: re-consent obtained from mother ([[PERSON|name:Sarah Nakato]]) on [[DATE|date:16/02/2024]]; staff retrained.
Reported to UVRI REC and UNCST within 7 days.""",
    """\
To: Helsinki Committee, [[LOCATION|geo:Sourasky Medical Center]]   Re: approval [[ID|other:0418-23-TLV]]
Annual progress report - voice biomarker study in Parkinson's disease
Recruited: 62/80. Withdrawals: 3.
Data protection incident: on [[DATE|date:18.03.2024]] a research assistant uploaded a recording for participant [[ID|other:PDV-031]] with the file name containing the participant's TZ ([[ID|ssn:922255427]]) to the shared drive [[URL|url:https://drive.tasmc-research.org.il/pdv/raw/PDV-031/]]. The voiceprint template ([[ID|biometric:VP-IL-00231]]) was regenerated under a new key.
Participant notified by phone; he did not object to continued participation.
Server access log: [[IP|ip:132.66.41.18]] (14:02).
Device: recordings made with Zoom H1n recorder.
PI: Dr. [[PERSON|name:Tamar Hope-Levin]]""",
    """\
[[LOCATION|geo:Andreas Syggros Hospital]] - Dermatology trial site 301 - participant reimbursement & imaging note
Participant [[ID|other:301-017]] (psoriasis, biologic vs placebo), visit week 12
Photographs: full-face and trunk photos [[ID|photo:301-017_face_wk12.jpg]], [[ID|photo:301-017_trunk_wk12.jpg]] uploaded to central reader portal [[URL|url:https://imaging.dermtrial-central.eu/site301/301-017]] - NOTE: face photo not required by protocol, please delete.
PASI 4.1 (baseline 18.6), sPGA 1. hsCRP 1.2 mg/L.
Travel reimbursement: EUR 45.00 to IBAN [[ID|account:GR3101403009167997602033087]] (beneficiary [[PERSON|name:Dimitra Alexiou]]).
AMKA [[ID|ssn:07079565755]] recorded only in the site's subject identification log (not in EDC).
Coordinator fax [[PHONE|fax:+30 210 726 4411]]""",
]

STYLES = [
    ("outpatient-clinic-letters", CLINIC_LETTERS),
    ("theatre-and-anaesthetic-records", THEATRE_RECORDS),
    ("occupational-health", OCC_HEALTH),
    ("sexual-health-and-contact-tracing", SEXUAL_HEALTH),
    ("sports-medicine", SPORTS_MEDICINE),
    ("travel-medicine-and-vaccination", TRAVEL_MEDICINE),
    ("palliative-care", PALLIATIVE_CARE),
    ("public-health-notifications", PUBLIC_HEALTH),
    ("medico-legal-reports", MEDICO_LEGAL),
    ("clinical-trial-correspondence", TRIAL_CORRESPONDENCE),
]


def main() -> None:
    print(f"probe39: {write_styled(OUT, STYLES)} docs")


if __name__ == "__main__":
    main()
