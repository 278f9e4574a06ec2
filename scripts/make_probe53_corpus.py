"""Write the 53rd hand-annotated redaction probe, 100 notes of research, safety, registry and legal records about patients.

Why: a redactor tuned on ward notes and discharge letters can still leak identifiers from the
paperwork that surrounds patients outside the bedside: trial case report forms, pharmacovigilance
reports, biobank manifests, registry abstracts, death and coroner records, compensation claims,
occupational medicals, subpoenas, notifiable disease forms and consent records. These documents
mix many identifier shapes from many countries with dense numeric noise (protocol numbers, lot
numbers, lab values, ICD/ICD-O codes, TNM stages, section numbers of acts), so they test both
recall and precision on text the engine has never seen.

What: ten styles of 10 notes each, written by hand for this probe: clinical-trial-case-report-forms,
adverse-event-and-pharmacovigilance-reports (MedWatch, CIOMS, TGA, HSA, SAHPRA, NPRA, Yellow Card,
VAERS), biobank-and-specimen-manifests, cancer-registry-abstracts,
death-certificates-and-coroner-reports, workers-compensation-and-insurance-claims,
occupational-health-and-pre-employment-medicals, medico-legal-reports-and-subpoenas,
public-health-notifiable-disease-reports and ethics-and-consent-records. Countries: United
States, Australia, India, South Africa, Singapore, Malaysia and Canada, with a few from the UK.
Formats include ALL CAPS and lower-case shorthand, glued labels (UR00718842), field=value rows,
pipe-delimited and CSV rows, HL7 v2 segments, JSON, email headers, checkbox forms, fixed-width
tables and OCR slips (O for 0, l for 1). Every identifier is marked inline as
[[LABEL|category:value]] and parsed by make_safe_harbor_suite.write_styled. Labelling
conventions: titles (Dr, Mr, Mrs, Mdm, Sr, Insp.) stay outside PERSON spans; "SURNAME, Given",
HL7 SURNAME^GIVEN and Malay/Indian patronymic names (bin, binti, a/l, a/p, s/o, anak) are one
span; a surname or given name standing alone is its own span; patient initials on CRFs and AE
forms (DLM, R.J.K., J.W.) are PERSON|name. A full street address is one ADDRESS|geo span; a
postcode standing alone is LOCATION|geo (UK and US postcode-only fields are ADDRESS|geo); named
hospitals, clinics, research sites, employers that locate a worker (mines, plants, shipyards,
estates, schools), suburbs, towns, lakes and police station areas are LOCATION|geo; states,
provinces and countries are not marked. Dates more specific than a year, including month+year,
dates in words and timestamps, are DATE|date; a year of birth on a CRF is DATE|date; other bare
years are not marked. Ages over 89 are AGE|date; ages of named or initialled patients are
AGE|other; age bands (60-69) are not marked. SSNs (also a bare last-four), SA ID numbers,
Aadhaar, PAN, NRIC/FIN, MyKad/MyKid (and the PERKESO number that equals it), SIN and UK National
Insurance numbers are ID|ssn; Medicare AU, OHIP, RAMQ, BC/Manitoba PHIN, NHS number, ABHA,
insurer member, TPA card and superannuation member numbers are ID|health_plan; hospital, UR, URN,
HRN, UHID, IPD, CR and folder numbers are ID|mrn; subject, screening, specimen, accession, tube,
biobank, lab, report/case-safety, claim, court, coroner, police, notification and certificate
numbers, employee and payroll numbers, passport numbers and user logins are ID|other; MCR, GMC,
NPI-registry, SANC, DMC, MMC, CDL, OHIP billing and bar numbers are ID|license; plates and VINs are
VEHICLE|vehicle; implant, eDiary and CPAP serials are DEVICE|device; fingerprint/thumbprint
template ids are ID|biometric; photo, whole-slide-image and consent-video file names carrying an
ID are ID|photo; social-media handles and personal links are URL|url. Left unmarked on purpose:
protocol, trial-registry and ethics reference numbers (NCT, CTRI, ISRCTN, NMRR, IRAS, HREC, DSRB),
IP kit, lot and batch numbers, waybills, message control ids, Bates page ranges, bank routing,
branch and IFSC codes, group numbers, MedDRA terms, ICD-10 and ICD-O-3 codes, TNM and FIGO
stages, doses, lab values, scores, money, durations, times, eponymous diseases and scales
(Guillain-Barre, Gleason, Naranjo, Stockholm stage), staff roles and sections of acts.
Check-digit identifiers (SSN rules, Medicare AU, Aadhaar Verhoeff, SA ID Luhn, NRIC/FIN, SIN
Luhn, OHIP Luhn, NHS number mod 11, VIN) were generated to pass their checksums. All people are
invented; phone numbers use reserved or fictional ranges where the country has them.

How: cd /work/main && .venv/bin/python scripts/make_probe53_corpus.py (writes corpus/redaction/probe53.jsonl).
"""

from pathlib import Path

from make_safe_harbor_suite import write_styled

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "corpus" / "redaction" / "probe53.jsonl"

CLINICAL_TRIAL_CRFS = [
    """PROTOCOL: ONC-4471-302 (NCT05518234)    SPONSOR: Halvorsen Therapeutics Inc.
CRF PAGE 4 of 22 - DEMOGRAPHICS / VISIT 1 (SCREENING)
Site No.: 112   Site Name: [[LOCATION|geo:Mercy Ridge Cancer Institute]], [[LOCATION|geo:Columbus]] OH
Subject ID: [[ID|other:112-0047]]    Subject Initials: [[PERSON|name:DLM]]
Date of Visit (DD-MMM-YYYY): [[DATE|date:04-MAR-2024]]
Year of Birth: [[DATE|date:1958]]   Sex: [X] M  [ ] F
ECOG PS: 1    Weight: 81.4 kg   Height: 177 cm   BSA 1.99 m2
Informed consent signed: [X] Yes   Date: [[DATE|date:01-MAR-2024]]   Time: 09:40
Investigator signature: on file (PI)""",
    """CRF - ADVERSE EVENT LOG | Study CARDIO-AF-07 | Subj [[ID|other:AU03-0118]] | Site 03 [[LOCATION|geo:Royal Perth Hospital]]
AE#  Term (MedDRA PT)      Onset        Resolved     Grade  Related   SAE
1    Atrial fibrillation   [[DATE|date:12/02/2024]]   [[DATE|date:15/02/2024]]   2      Possibly  N
2    Hypokalaemia          [[DATE|date:19/02/2024]]   ongoing      1      Unlikely  N
3    Syncope               [[DATE|date:27/02/2024]]   ongoing      3      Possibly  Y -> SAE form
ILR s/n [[DEVICE|device:RLA614822S]] interrogated after AE 3 - AF burden 4.2%
Con meds: apixaban 5 mg BD, metoprolol 47.5 mg daily. K+ 3.1 mmol/L, Mg 0.68 mmol/L.
Entered by: Study Coordinator 16:05""",
    """Screening log entry
CTRI/2023/08/056214 | Protocol DIAB-SGLT-IN-204 | Site 09: [[LOCATION|geo:Sri Venkateswara Institute of Medical Sciences]]
Scr No. [[ID|other:S-204-017]] | Name: [[PERSON|name:Lakshmi Narasimhan]] | Age [[AGE|other:52]] F
Aadhaar (re-identification log only): [[ID|ssn:4739 1825 6039]]
ABHA: [[ID|health_plan:91-4821-7305-6614]]
Mob: [[PHONE|phone:+91 94405 18237]]
HbA1c 8.9%, eGFR 64 mL/min/1.73m2, UACR 41 mg/g - ELIGIBLE. Randomised; IP kit K-4471 dispensed, 30 tabs dapagliflozin 10 mg / placebo.
Screen failure? [ ] Yes [X] No""",
    """Visit 6 (Week 12) - source document verification notes
Subject [[ID|other:ZA-07-1143]], [[LOCATION|geo:Khayelitsha]] research site (site 07).
Clinic folder shows full name [[PERSON|name:Nomvula Dlamini]] and SA ID [[ID|ssn:8509210127082]]; CRF correctly shows PID only.
Sputum culture wk 8 negative; ALT 48 U/L; QTcF 441 ms (bedaquiline arm). No new AEs, adherence 96% by pill count.
Next visit [[DATE|date:14 May 2024]]; contact number confirmed [[PHONE|phone:072 555 0418]].
Monitor: [[PERSON|name:Pieter van Wyk]]""",
    """subject_id=[[ID|other:SG-VAX-2231]]; site=[[LOCATION|geo:National University Hospital]]; nric=[[ID|ssn:S7834102E]]; dob=[[DATE|date:1978-03-14]]; visit=D29; visit_date=[[DATE|date:2024-02-06]]; temp_c=37.9; solicited_ae=injection site pain G1, myalgia G1; conmed=paracetamol 1 g PRN; ediary_sn=[[DEVICE|device:ED4-2231-70918]]; pi=[[PERSON|name:Ong Wei Ming]]""",
    """BORANG LAPORAN KES / CASE REPORT FORM
Kajian / Study: DENV-MY-03 (NMRR-23-01874-XYZ)
No. Subjek: [[ID|other:MY02-0056]]
Nama (source only): [[PERSON|name:Nurul Aisyah binti Kamarudin]]
No. K/P: [[ID|ssn:850921-10-6248]]
Hospital: [[LOCATION|geo:Hospital Tengku Ampuan Rahimah]], [[LOCATION|geo:Klang]]
Tarikh kemasukan: [[DATE|date:22/01/2024]]
Platelet 38 x10^9/L, HCT 46%, NS1 positive. Warning signs: abdominal pain, mucosal bleed. IV NS 5 mL/kg/h x 2 h.""",
    """FORMULAIRE DE RAPPORT DE CAS - Visite 2
Protocole NEURO-MS-118 | Centre 21 - [[LOCATION|geo:CHUM]], [[LOCATION|geo:Montréal]]
No de participant: [[ID|other:21-008]]
RAMQ: [[ID|health_plan:GAGM 8457 1214]]
Date de visite: [[DATE|date:2024-04-09]]
EDSS 3.5; T25FW 7.2 s; IRM: 2 nouvelles lésions T2, 0 Gd+. Ocrelizumab 600 mg IV q6 mois.
Chercheuse: Dr [[PERSON|name:Émilie Gagnon-Roy]]""",
    """Trial: PRISM-HF (ISRCTN48172039)   Participant ID: [[ID|other:PRH-118-0342]]
Arm: blinded
Visit 4 - telephone contact (window day +2)
Spoke to participant's wife [[PERSON|name:Margaret]] on [[PHONE|phone:01632 960457]]; participant [[PERSON|name:Colin Ashworth]] admitted to [[LOCATION|geo:Leeds General Infirmary]] on Friday with worsening breathlessness - reported as SAE within 24 h.
NHS no. on admission letter [[ID|health_plan:485 777 3023]]. Site to obtain discharge summary.""",
    """QUERY 0041 | Form: ELIGIBILITY | Field: DOB | Status: OPEN
Subject [[ID|other:1003-021]] - DOB entered [[DATE|date:31/06/1961]] is not a valid date. Please correct.
Site response ([[ID|other:jwhitford]] @ [[IP|ip:10.20.14.77]], [[DATE|date:05-Apr-2024]] 14:12): typo, source = [[DATE|date:30/06/1961]] per Medicare card [[ID|health_plan:2953 18468 1]] IRN 2. Updated.
Query closed by DM [[PERSON|name:Ana Ruiz]] [[DATE|date:08-Apr-2024]]. Status: CLOSED""",
    """PK SAMPLING LOG - Cycle 1 Day 1 - Subject [[ID|other:305-0019]] ([[PERSON|name:R.J.K.]])
Date: [[DATE|date:02/20/2024]]
Timepoint   Planned   Actual   Tube ID
Pre-dose    08:00     07:52    [[ID|other:PK305001901]]
0.5 h       08:30     08:31    [[ID|other:PK305001902]]
Dose: pembrolizumab 200 mg IV over 30 min, lot 8H2271. Centrifuged 1500 g x 10 min at 4 C.
Drawn by research RN; shipped on dry ice, airway bill 7789 4410 2231.""",
]


ADVERSE_EVENT_REPORTS = [
    """MEDWATCH FORM FDA 3500 - VOLUNTARY REPORT
A. PATIENT INFORMATION
1. Patient identifier: [[PERSON|name:J.W.]]   2. Age: 60-69 yrs   3. Sex: M   4. Weight: 94 kg
B. ADVERSE EVENT OR PRODUCT PROBLEM
2. Outcome: [X] Hospitalization   3. Date of event: [[DATE|date:01/14/2024]]   4. Date of this report: see cover
5. Describe event: Pt started Ozempic 0.5 mg weekly in Nov; presented to [[LOCATION|geo:St. Agnes Medical Center]] with epigastric pain, lipase 1,240 U/L, CT c/w acute pancreatitis. NPO, IV fluids, discharged day 5.
D. SUSPECT PRODUCT: semaglutide 0.5 mg SC weekly, lot PR7J441
G. REPORTER: [[PERSON|name:Angela Whitcomb]], PharmD   Phone [[PHONE|phone:(559) 555-0176]]   Email [[EMAIL|email:awhitcomb@stagnesrx.org]]""",
    """CIOMS FORM - SUSPECT ADVERSE REACTION REPORT
Mfr control no.: [[ID|other:IN-ZYDRA-2024-004417]]
1. PATIENT INITIALS: [[PERSON|name:SKR]]   1a. COUNTRY: INDIA   2. DATE OF BIRTH: [[DATE|date:12 AUG 1989]]   2a. AGE: [[AGE|other:34]]   3. SEX: F
4-6. REACTION ONSET: [[DATE|date:03 FEB 2024]]
7+13. DESCRIBE REACTION(S): Toxic epidermal necrolysis (MedDRA PT) 9 days after starting carbamazepine 200 mg BD for trigeminal neuralgia. HLA-B*15:02 positive. SCORTEN 3. Admitted to burns ICU, [[LOCATION|geo:Govt. Stanley Hospital]].
8-12. [ ] PATIENT DIED  [X] INVOLVED OR PROLONGED INPATIENT HOSPITALISATION  [ ] LIFE THREATENING
14. SUSPECT DRUG: Tegretol (carbamazepine) 200 mg tab, batch CBZ23K09
24c. DATE RECEIVED BY MANUFACTURER: within 15 days""",
    """TGA ADVERSE EVENT REPORT - online submission receipt
Report no.: [[ID|other:TGA-AER-2024-118845]]
Patient: initials [[PERSON|name:B.T.]], [[AGE|other:71]] y, female, postcode [[LOCATION|geo:4870]]
Medicine: Comirnaty (Pfizer) batch HA1871, dose 5 on [[DATE|date:18/10/2023]]
Reaction: Guillain-Barré syndrome, onset 15 days post-dose; admitted [[LOCATION|geo:Cairns Hospital]] ICU, IVIG 2 g/kg over 5 days, NIF -18 cmH2O.
Reporter: Dr [[PERSON|name:Harriet Nandi]], GP, [[LOCATION|geo:Edmonton]] QLD""",
    """HSA Vigilance and Compliance Branch - AE report (health professional)
Our ref: [[ID|other:HSA-AE-2024-02571]]
Patient name: [[PERSON|name:Muhammad Hafiz bin Rahmat]]   NRIC/FIN: [[ID|ssn:S9012384Z]]   Age: [[AGE|other:33]]   Gender: M
Suspected product: allopurinol 100 mg (Zyloprim), started 4 weeks earlier
ADR: DRESS - fever 39.2 C, eosinophils 2.1 x10^9/L, ALT 312 U/L, facial oedema; RegiSCAR score 6. HLA-B*58:01 not tested pre-treatment.
Managed at [[LOCATION|geo:Tan Tock Seng Hospital]] ward 9B.
Reporting pharmacist: [[PERSON|name:Goh Li Ting]], [[EMAIL|email:liting_goh@ttsh.com.sg]]""",
    """call log - canada vigilance report drafted
pt: [[PERSON|name:gurpreet sandhu]], [[AGE|other:46]]M, [[LOCATION|geo:brampton]] on. ohip [[ID|health_plan:4827-193-600-KT]]
suspect: isotretinoin (Epuris) 40 mg daily x 6 wks; new low mood + SI reported [[DATE|date:feb 19 2024]] by pt's sister
referred to ED [[LOCATION|geo:brampton civic]]; drug stopped. PHQ-9 = 19, C-SSRS screen positive.
report sent via MedEffect, ref [[ID|other:E2B-CA-000781244]]""",
    """SAHPRA ADR REPORT (6.04)
Patient initials: [[PERSON|name:T.M.]]   File no: [[ID|mrn:CHB 1123-4587]]   DOB: [[DATE|date:1992/01/17]]   Weight 58 kg
Facility: [[LOCATION|geo:Chris Hani Baragwanath Academic Hospital]]
Suspected medicine: TLD (dolutegravir/lamivudine/tenofovir DF), switched from TEE 10 weeks prior
Reaction: hyperglycaemia, random glucose 22.4 mmol/L, HbA1c 11.2%; onset approx. [[DATE|date:mid-January 2024]]
Outcome: recovering on metformin 500 mg BD. Rechallenge: N/A.
Reporter: Sr [[PERSON|name:Lindiwe Khumalo]], SANC reg. no. [[ID|license:14523117]]""",
    """Yellow Card report - MHRA ref [[ID|other:GB-MHRA-ADR 27418830]]
Patient initials [[PERSON|name:PH]], [[AGE|other:58]] y, male. Local ID [[ID|mrn:RJ1-0493381]]
Drug: atorvastatin 80 mg od for 7 months
Reaction: rhabdomyolysis, CK 38,400 IU/L on [[DATE|date:19/01/2024]], AKI stage 2 (creat 241 umol/L). Clarithromycin 500 mg bd started [[DATE|date:15/01/2024]] for CAP - likely CYP3A4 interaction.
Reporter: Dr [[PERSON|name:Alasdair McLeod]], acute medicine""",
    """NPRA - Borang Laporan ADR / ADR Reporting Form
Report ID: [[ID|other:MAL24-00932]]
Pesakit / Patient: [[PERSON|name:Lim Chee Keong]]   IC: [[ID|ssn:660505-07-5137]]   Umur: [[AGE|other:57]]
Ubat disyaki: Augmentin 625 mg tds x 7/7 (batch 4L88K)
Reaksi: cholestatic jaundice, ALP 640 U/L, bilirubin 98 umol/L, onset [[DATE|date:08/03/2024]]
Dilaporkan oleh: Pegawai Farmasi [[PERSON|name:Saravanan a/l Muthusamy]], [[LOCATION|geo:Hospital Pulau Pinang]]""",
    """VAERS_ID|RECVDATE|STATE|AGE_YRS|SEX|VAX_DATE|ONSET_DATE|SYMPTOM_TEXT
[[ID|other:2718834]]|[[DATE|date:03/2024]]|TX|[[AGE|date:91]]|F|[[DATE|date:02/26/2024]]|[[DATE|date:02/27/2024]]|Pt found unresponsive at [[LOCATION|geo:Live Oak Senior Living]]; hx CHF, CKD4. RSV vaccine (Arexvy) given [[DATE|date:2/26]] at pharmacy. Died [[DATE|date:03/01/2024]]. Info from daughter.""",
    """ADR ALERT ENTERED - [[PERSON|name:PAPADAKIS, Stavroula]] UR[[ID|mrn:00718842]] DOB[[DATE|date:02.01.1931]] ([[AGE|date:93]]y)
Agent: trimethoprim+sulfamethoxazole (Bactrim DS). Reaction: hyperkalaemia K 6.9 mmol/L + AKI. Severity: severe. Certainty: probable (Naranjo 6).
Reported to TGA: yes. Entered by pharmacist [[PERSON|name:T. Nguyen]] 11:40.""",
]


BIOBANK_MANIFESTS = [
    """SHIPMENT MANIFEST   Ship date [[DATE|date:2024-04-16]]   From: [[LOCATION|geo:Northwestern Memorial Hospital]] Biorepository   To: central lab
box,pos,specimen_id,subject_id,type,vol_mL,collected
B07,A1,[[ID|other:NMB-24-004471-01]],[[ID|other:CHI-0233]],plasma EDTA,1.0,[[DATE|date:2024-04-11]]
B07,A2,[[ID|other:NMB-24-004471-02]],[[ID|other:CHI-0233]],serum,1.0,[[DATE|date:2024-04-11]]
Temp log: -78.6 C min, dry ice 12 kg, 96 h hold time. Packed by biorepository tech.""",
    """Biobank participant withdrawal - linkage table (restricted)
Participant [[PERSON|name:Graham Ellery]], NHS no. [[ID|health_plan:401 023 9182]], DOB [[DATE|date:14/11/1949]], recruited at assessment centre in 2008.
Pseudo-ID [[ID|other:1048773]] -> application-specific EID [[ID|other:5521903]].
Withdrawal level: no further use (option 3), requested by letter [[DATE|date:2 April 2024]].
All 14 aliquots (serum x4, urine x2, DNA x8) to be destroyed; destruction certificate to follow within 28 days.""",
    """TISSUE REPOSITORY - SPECIMEN RELEASE REQUEST
Source: [[LOCATION|geo:Singapore General Hospital]], Dept of Anatomical Pathology
Requestor: PI, DSRB 2023/00714
Donor ref: [[ID|other:TR-SGH-19-03318]]   Linked NRIC (custodian only): [[ID|ssn:S6509213A]]
Specimen: FFPE [[ID|other:S19-24517]] block A3 (colon, adenocarcinoma, pT3N1b, MSS); WSI [[ID|photo:S19-24517_A3_HE.svs]]
Consent for future research: [X] Yes  [ ] No
Approved by: [[PERSON|name:Nur Syafiqah Rahim]], Tissue Bank Manager, [[DATE|date:19-Mar-2024]]""",
    """biobank register - [[LOCATION|geo:tata memorial]]
bb id [[ID|other:TMC-BB-24-01187]] | pt [[PERSON|name:meena ganpat jadhav]] | [[AGE|other:44]] f | uhid [[ID|mrn:TMH2318842]] | ca cervix sqcc figo iiib | tumour x2, normal x1, blood 10 ml | consent by ward sister | [[DATE|date:13/3/24]]""",
    """SAMPLE RECEIPT FORM - [[LOCATION|geo:Tygerberg Hospital]] Biobank
Received: [[DATE|date:Thursday, 7 March 2024]] 10:15    Temp on arrival: 4 C
Participant study no.: [[ID|other:TBB-CVD-0419]]    Lab no.: [[ID|other:TY24-118803]]
Clinic card name: [[PERSON|name:Johannes Petrus Koekemoer]]    ID no.: [[ID|ssn:6906055241089]]
Tubes: 2 x EDTA (purple), 1 x SST (gold), 1 x PAXgene RNA. Haemolysed: no. Volume adequate.
Fingerprint template [[ID|biometric:FPT-TBB-0419-R1]] matched at collection: yes""",
    """NEWBORN SCREENING CARD - retained for research (parent consented)
Card no. [[ID|other:NSW-24-0377162]]
Baby [[PERSON|name:KAUR]] (mother [[PERSON|name:Simran Kaur]])   DOB [[DATE|date:26/02/2024]] 04:17   GA 39+2   BW 3,210 g
Collected day 2, 06:00 at [[LOCATION|geo:Westmead Hospital]]
Address [[ADDRESS|geo:14/2 Station St, Blacktown NSW 2148]]
TSH 3.1 mIU/L; IRT 28 ng/mL; Phe 72 umol/L; 17-OHP 9 nmol/L - all within reference range""",
    """CHAIN OF CUSTODY - research specimen transfer
Specimen: [[ID|other:OICR-PR-2024-00883-T1]]    Donor: [[ID|other:PRCA-0883]]
Released by: [[PERSON|name:Marc-André Tremblay]], [[LOCATION|geo:Princess Margaret Cancer Centre]], [[DATE|date:March 5, 2024]] 13:20
Courier waybill 1Z 999 AA1 0123 4567 84
Received 09:05 next day.    Condition: intact, frozen, data logger max -71 C
Linked health card (restricted field): [[ID|health_plan:5631-048-278-PM]]""",
    """SENARAI SAMPEL SERUM / SERUM SAMPLE LIST (page 2 of 3)
No.  Lab ID          Nama                        No. KP            Tarikh ambil
11   [[ID|other:IMR-DV-2401l]]   [[PERSON|name:AHMAD FAIZAL B ROSLI]]         [[ID|ssn:920117-01-4427]]    [[DATE|date:O4/01/2024]]
12   [[ID|other:IMR-DV-24012]]   [[PERSON|name:SITI HAJAR BT ISMAIL]]         [[ID|ssn:010830-14-5652]]    [[DATE|date:04/0l/2024]]
Disimpan -80C, peti sejuk F3 rak 2. Disemak: [[PERSON|name:Norazlina]]""",
    """{"accession": "[[ID|other:SP24-031877]]", "mrn": "[[ID|mrn:002841937]]", "patient": "[[PERSON|name:Hollis, Wendell R]]", "dob": "[[DATE|date:1953-08-30]]", "collected": "[[DATE|date:2024-01-09T10:42:00]]", "site": "[[LOCATION|geo:UPMC Shadyside]]", "dx": "C61 / 8140/3 Gleason 4+3=7", "biobank_id": "[[ID|other:PCB-118203]]", "consent_version": "4.2", "aliquots": 6}""",
    """lims audit [[DATE|date:2024-03-22]]
09:14:07 user=[[ID|other:mchen2]] action=ALIQUOT parent=[[ID|other:VBB-00912-P]] n_children=6 vol=0.25mL
09:20:51 user=[[ID|other:mchen2]] action=LINK sample=[[ID|other:VBB-00912-P]] urn=[[ID|mrn:3310729]] pt=[[PERSON|name:o'loughlin, brendan]]
09:21:03 user=[[ID|other:svaratharajah]] action=VIEW_PHI ip=[[IP|ip:10.142.7.88]]""",
]


CANCER_REGISTRY_ABSTRACTS = [
    """CANCER REGISTRY ABSTRACT - [[LOCATION|geo:Baptist Health Lexington]]
Accession no.: [[ID|other:2024-00318]]   Seq: 00
Name: [[PERSON|name:CALLOWAY, Dolores Jean]]   SSN: [[ID|ssn:412-73-8826]]   MRN: [[ID|mrn:1037782]]
DOB: [[DATE|date:09/14/1947]]   Sex: 2   Address at dx: [[ADDRESS|geo:118 Pin Oak Dr, Nicholasville, KY 40356]]
Date of dx: [[DATE|date:01/23/2024]]   Primary site: C34.1   Histology: 8140/3   Grade: 2   Laterality: 1
AJCC 8th: cT2aN2M0, stage IIIA   Class of case: 14
First course: carboplatin/pemetrexed + pembrolizumab
Abstracted by: CTR, QA passed""",
    """NOTIFICATION OF CANCER - Victorian Cancer Registry (Public Health and Wellbeing Act 2008, s 134)
Surname: [[PERSON|name:NGATA]]   Given: [[PERSON|name:Wiremu James]]   Sex: M   DOB: [[DATE|date:17/05/1962]]
Medicare: [[ID|health_plan:6091 83421 3]]   Lab ref: [[ID|other:MP24-0918833]]
Usual address: [[ADDRESS|geo:5 Karingal Dr, Frankston VIC 3199]]
Specimen: prostate core biopsies x12 (TRUS)
Dx: acinar adenocarcinoma, Gleason 4+4=8 (ISUP grade group 4), 9/12 cores, PNI present. ICD-O-3 C61.9 8140/3. PSA 14.2 ug/L.""",
    """HBCR CORE FORM - [[LOCATION|geo:Kidwai Memorial Institute of Oncology]], [[LOCATION|geo:Bengaluru]]
Registration no.: [[ID|mrn:KMIO/24/0041187]]
Name: [[PERSON|name:Mohammed Irfan Pasha]]   Father's name: [[PERSON|name:Abdul Khader Pasha]]
Sex: M   Mother tongue: Urdu
Address: [[ADDRESS|geo:No. 41, 3rd Main, Shivajinagar, Bengaluru 560051]]
Date of first diagnosis: [[DATE|date:11-01-2024]]   Method: histology of primary
Site: buccal mucosa (C06.0)   Morphology: 8070/3 SCC, well differentiated   Stage: cT4aN2bM0
Tobacco: gutka x 20 yrs. Treatment: surgery + adjuvant CRT (60 Gy/30#).""",
    """NATIONAL CANCER REGISTRY - PATHOLOGY-BASED NOTIFICATION
Patient: [[PERSON|name:MOLEFE, Kagiso Tshepo]]   ID no.: [[ID|ssn:8804024316082]]   Gender: F
Hospital: [[LOCATION|geo:Charlotte Maxeke Johannesburg Academic Hospital]]   Hosp. no.: [[ID|mrn:CMJ 4471902]]
Specimen date: [[DATE|date:2024-02-19]]   Lab no.: [[ID|other:JA24-05512]]
Topography: C50.4 breast UOQ   Morphology: 8500/3 IDC NST   ER+ PR+ HER2 2+ (FISH neg), Ki-67 30%
HIV status: positive, VL <50 copies/mL on TLD.
Residence: [[LOCATION|geo:Tembisa]]""",
    """SCR_NOTIF|nric=[[ID|ssn:T0238815J]]|name=[[PERSON|name:LEE JIA HUI CHLOE]]|dob=[[DATE|date:20020511]]|sex=F|race=C|postal=[[LOCATION|geo:529510]]|dx_date=[[DATE|date:20240208]]|icdo3_site=C73.9|icdo3_morph=8260/3|grade=9|basis=7|hosp=[[LOCATION|geo:Changi General Hospital]]|notifier_mcr=[[ID|license:M82214J]]""",
    """Re: Death certificate only (DCO) follow-back
Patient: [[PERSON|name:Ferreira, Antonio Manuel]]   OHIP: [[ID|health_plan:7190 284 633]]   DOB: [[DATE|date:1939-12-02]]
Date of death: [[DATE|date:2024-01-28]]   Place: [[LOCATION|geo:Mississauga Hospital]]
Cause on certificate: metastatic carcinoma of pancreas (C25.9)
Please confirm date of diagnosis and diagnostic basis. Reply to Registry Analyst, fax [[PHONE|fax:416-555-0197]].""",
    """NDRS tumour record
Field            Value
NHS_NUMBER       [[ID|health_plan:7382041158]]
SURNAME          [[PERSON|name:OKONKWO-BELL]]
FORENAMES        [[PERSON|name:CHIDI ANTHONY]]
DOB              [[DATE|date:03-SEP-1971]]
POSTCODE         [[ADDRESS|geo:NG7 2UH]]
DIAGNOSIS_DATE   [[DATE|date:14-FEB-2024]]
SITE_ICD10       C18.7
MORPH_ICDO3      8140/3
T/N/M            pT3 pN1a M0
STAGE            IIIB
TRUST            [[LOCATION|geo:Nottingham University Hospitals]]""",
    """NATIONAL CANCER REGISTRY MALAYSIA - Cancer Notification Form
1. Nama: [[PERSON|name:Wong Siew Peng]]   2. No. MyKad: [[ID|ssn:740822-08-5012]]
3. Umur semasa diagnosis: [[AGE|other:49]]   4. Jantina: P   5. Bangsa: Cina
6. Alamat: [[ADDRESS|geo:No. 8, Jalan Sultan Azlan Shah 2, 31400 Ipoh, Perak]]
7. Tarikh diagnosis: [[DATE|date:15 Februari 2024]]
8. Tapak: nasofarinks C11.9   Histologi: 8072/3 (non-keratinising SCC)   EBV DNA 4,200 copies/mL   Peringkat: T2N2M0 (III)
9. Hospital: [[LOCATION|geo:Hospital Raja Permaisuri Bainun]]""",
    """MSH|^~\\&|COPATH|[[LOCATION|geo:VALLEYCARE MEDICAL CENTER]]|STATE_CR|CA|||ORU^R01|MSG00418827|P|2.5.1
PID|1||[[ID|mrn:VC0048821]]^^^VCMC^MR||[[PERSON|name:GUTIERREZ^MARIA^ELENA]]||[[DATE|date:19650304]]|F|||[[ADDRESS|geo:744 LIVERMORE AVE^^PLEASANTON^CA^94566]]||[[PHONE|phone:(925)555-0148]]|||||||[[ID|ssn:523-81-4097]]
OBR|1||[[ID|other:S24-2210]]|88305^SURG PATH
OBX|1|TX|22637-3^FINAL DX||Endometrium, biopsy: endometrioid adenocarcinoma, FIGO grade 1 (8380/3).||||||F""",
    """Australian Childhood Cancer Registry - case note
[[PERSON|name:Ava Thompson-Reid]] (DOB [[DATE|date:9 Dec 2019]]), of [[LOCATION|geo:Wagga Wagga]], dx B-ALL (9811/3) at [[LOCATION|geo:Sydney Children's Hospital]] on [[DATE|date:5 January 2024]]. NCI standard risk, MRD day 29 <0.01%, on AIEOP-BFM consolidation. Mother consented to registry follow-up. Local URN [[ID|mrn:K1180774]].""",
]


DEATH_AND_CORONER = [
    """CERTIFICATE OF DEATH   State file no.: [[ID|other:2024-011873]]
1. DECEDENT'S LEGAL NAME: [[PERSON|name:Harold Eugene Whitlock]]   2. SEX: M   3. SSN: [[ID|ssn:287-44-1630]]
4a. AGE: [[AGE|date:92]]   6. DATE OF BIRTH: [[DATE|date:June 4, 1931]]   7. BIRTHPLACE: OH
8. RESIDENCE: [[ADDRESS|geo:2210 Maple Grove Rd, Zanesville, OH 43701]]
24. DATE PRONOUNCED DEAD: [[DATE|date:March 9, 2024]]   25. TIME: 0412
32. PART I. a) Aspiration pneumonia - 3 days  b) Parkinson's disease - 11 years
34. AUTOPSY: No    37. MANNER: Natural
CERTIFIER: attending physician, DO""",
    """CORONERS COURT OF VICTORIA
FINDING INTO DEATH WITHOUT INQUEST
Court reference: [[ID|other:COR 2023 004417]]
Deceased: [[PERSON|name:Jarrah Lee Wilkinson]]   Date of death: [[DATE|date:13 July 2023]]
Place of death: [[ADDRESS|geo:41 Ballarat Road, Footscray VIC 3011]]
Cause of death: 1(a) mixed drug toxicity (fentanyl, alprazolam, pregabalin)
A forensic pathologist performed an external examination and post-mortem CT. I am satisfied that no further investigation is required under s 67(1) of the Coroners Act 2008.
The senior next of kin, [[PERSON|name:Karen Wilkinson]] (mother), did not request an inquest.""",
    """DHA-1663 NOTIFICATION OF DEATH / STILLBIRTH   Serial no.: [[ID|other:B0917734]]
Deceased - Surname: [[PERSON|name:Nkosi]]   Forenames: [[PERSON|name:Sibusiso Bongani]]   ID no.: [[ID|ssn:7803145083085]]
Date of death: [[DATE|date:2024-02-11]]   Place: [[LOCATION|geo:Edendale Hospital]]
Cause: [X] Unnatural - refer to forensic pathology service; SAPS CAS no. [[ID|other:CAS 118/02/2024]]
Informant: [[PERSON|name:Zanele Nkosi]], wife""",
    """HM SENIOR CORONER
INQUEST TOUCHING THE DEATH OF [[PERSON|name:ELIZABETH ANNE MARSDEN]]
Ref: [[ID|other:INQ/0412/2023]]
Record of Inquest: 1a Pulmonary thromboembolism  1b Immobility following fractured neck of femur (surgically treated)
Conclusion: Accident. A Regulation 28 report was sent to [[LOCATION|geo:Stepping Hill Hospital]] regarding VTE prophylaxis omitted for 4 days.
Deceased born [[DATE|date:26/08/1938]], died [[DATE|date:04/06/2023]] aged [[AGE|other:84]].""",
    """CERTIFICATE OF CAUSE OF DEATH (CCOD)   CCOD no.: [[ID|other:D24-0318842]]
Name of deceased: [[PERSON|name:Rajendran s/o Krishnan]]   NRIC: [[ID|ssn:S0381275H]]
Age: [[AGE|date:90]]   Sex: Male   Race: Indian
Date & time of death: [[DATE|date:27/01/2024]] 23:40
Place of death: [[ADDRESS|geo:Blk 118 Bukit Merah View #09-215 Singapore 151118]]
Cause: I(a) Acute myocardial infarction (b) Ischaemic heart disease  II Type 2 diabetes mellitus; CKD stage 4
Certified by: Dr [[PERSON|name:Kwek Hui Min]] (MCR [[ID|license:M09887C]])""",
    """OFFICE OF THE CHIEF CORONER - INVESTIGATION STATEMENT
Case no.: [[ID|other:2024-04117]]   Region: Central West
Deceased: [[PERSON|name:Daniel Joseph Morningstar]]   Age: [[AGE|other:29]]
Found [[DATE|date:Saturday, February 3, 2024]] approx. 07:30 at [[ADDRESS|geo:55 Ottawa St N, Unit 212, Hamilton ON L8H 3Y9]] by roommate [[PERSON|name:Tyler]]. Paramedics pronounced at 07:52.
Post-mortem examination 2 days later; toxicology: fentanyl 14 ng/mL, norfentanyl 3.1 ng/mL, carfentanil detected.
Cause of death: fentanyl and carfentanil toxicity. Manner: accident.""",
    """FORM 4A - MEDICAL CERTIFICATE OF CAUSE OF DEATH (Hospital in-patients)
Hospital: [[LOCATION|geo:King Edward Memorial Hospital]]   IPD no.: [[ID|mrn:KEM/IPD/24/033918]]
Name of deceased: [[PERSON|name:Sunita Ramdas Deshpande]]   Sex: F   Age: [[AGE|other:61]] yrs
Date of death: [[DATE|date:06/02/2024]] 03:15 hrs
I (a) Septic shock  (b) Acute cholangitis  (c) Choledocholithiasis    Interval: 4 days
II Type 2 DM, hypertension
Certifying doctor: Dr [[PERSON|name:Nikhil Joshi]], MMC Reg. [[ID|license:2009/03/1184]]
PAN of deceased (for records): [[ID|ssn:AQMPD7305K]]""",
    """POL. 61 - PERMINTAAN PEMERIKSAAN MAYAT / REQUEST FOR POST-MORTEM EXAMINATION
No. Laporan Polis: [[ID|other:SENTUL/004418/24]]
Si mati: [[PERSON|name:Mohd Rizal bin Abdullah]]   No. KP: [[ID|ssn:880402-14-6131]]   Umur: [[AGE|other:35]]
Ditemui: [[DATE|date:19/03/2024]] jam 0615 di [[ADDRESS|geo:Lot 12, Jalan Sentul Pasar, 51000 Kuala Lumpur]]
Pegawai penyiasat: Insp. [[PERSON|name:Kavitha a/p Subramaniam]]
Dihantar ke Jabatan Perubatan Forensik. Kenderaan si mati: [[VEHICLE|vehicle:WVK 4471]] (Honda City).""",
    """ME case [[ID|other:24-00871]] / investigator notes
dec: [[PERSON|name:trevor mcallister]], [[AGE|other:54]]wm, dob [[DATE|date:4/17/69]]. found in own truck, tx plate [[VEHICLE|vehicle:KFT-4471]], vin [[VEHICLE|vehicle:1FTEW1EP4LKD28451]], parked at [[LOCATION|geo:cedar creek lake]] boat ramp.
hx depression per ex-wife; note left on dash. ligature. rigor full, livor fixed. pronounced on scene [[DATE|date:3/22/24]] 1044.
scene photos [[ID|photo:ME24-00871_scene_001-014.jpg]] uploaded. transported to [[LOCATION|geo:swifs]] for autopsy.""",
    """MEDICAL CERTIFICATE OF CAUSE OF DEATH   Cert no. [[ID|other:MCCD-2024-0188317]]
Name [[PERSON|name:Beryl Constance O'DONNELL]]   Date of birth [[DATE|date:11/11/1929]]   Age [[AGE|date:94]]
Usual residence [[ADDRESS|geo:Room 14, Banksia Lodge, 3 Hospital Rd, Bega NSW 2550]]
Date of death [[DATE|date:20/01/2024]]
Cause 1(a) Bronchopneumonia  1(b) Alzheimer's disease   II Chronic kidney disease stage 3b
Certifying practitioner Dr [[PERSON|name:Nicholas Papas]]
Cremation: pacemaker removed (St Jude Assurity, s/n [[DEVICE|device:7281904]]).
Not a reportable death under s 6 Coroners Act 2009.""",
]


WORKERS_COMP_CLAIMS = [
    """EMPLOYER'S REPORT OF OCCUPATIONAL INJURY OR ILLNESS (Form 5020)
Claim no.: [[ID|other:WC-24-118377]]   Employer: [[LOCATION|geo:Sunvale Packing Co.]], [[ADDRESS|geo:4100 S Golden State Blvd, Fresno, CA 93725]]
Employee: [[PERSON|name:Rosa Isela Mendoza]]   SSN: [[ID|ssn:061-52-9384]]
Date of injury: [[DATE|date:03/18/2024]]   Time: 14:20   Hours worked that day: 6.5
Injury: R wrist laceration with FCR tendon injury from box-cutter on line 3. Lost time expected: 6-8 weeks.
TTD benefits by direct deposit, routing 121000358, acct [[ID|account:4471902236]]""",
    """WORK CAPACITY CERTIFICATE - WORKERS' COMPENSATION (QLD)
Claim number: [[ID|other:C24/337185]]   Worker: [[PERSON|name:Liam Patrick Fogarty]]   DOB [[DATE|date:23/07/1990]]
Address: [[ADDRESS|geo:7 Pandanus Ave, Mackay QLD 4740]]
Employer: [[LOCATION|geo:Carrington North Mine]] (open-cut)
Date of injury [[DATE|date:11/02/2024]]. Diagnosis: L4/5 disc prolapse with L5 radiculopathy (M51.1).
Capacity: suitable duties 4 h/day, no lifting >5 kg, for 4 weeks from [[DATE|date:26/02/2024]].
Doctor: Dr [[PERSON|name:Aroha Te Rangi]]""",
    """WSIB HEALTH PROFESSIONAL'S REPORT (FORM 8)
Claim no.: [[ID|other:38817204]]   SIN: [[ID|ssn:518 340 278]]
Worker: [[PERSON|name:Kwame Asante]]   Tel: [[PHONE|phone:647-555-0163]]
Employer: [[LOCATION|geo:Northfield Poultry]] processing plant
Date of accident: [[DATE|date:2024-01-15]]   Date first seen: next day
Dx: R shoulder rotator cuff strain (S46.0). No overhead work x 2 weeks. Naproxen 500 mg bid.
Health professional: Dr [[PERSON|name:Priyanka Bhatt]]   OHIP billing no. [[ID|license:028471]]""",
    """COMPENSATION FUND - EMPLOYER'S REPORT OF AN ACCIDENT (W.Cl.2)
Claim no.: [[ID|other:CL/2024/0558213]]
Employee: [[PERSON|name:Lucky Sipho Mahlangu]]   ID no.: [[ID|ssn:6112305102086]]
Occupation: underground winch operator   Employer: [[LOCATION|geo:Kloofvlei Platinum Mine]], Shaft 3
Date of accident: [[DATE|date:06/03/2024]] 10:40
Description: R hand crushed between haulage and tub; amputation R index finger at PIP joint.
Bank for payment: FNB acc. [[ID|account:62841177390]], branch code 250655""",
    """ATTENDING PHYSICIAN STATEMENT - SHORT TERM DISABILITY
Insurer claim #: [[ID|other:STD-0092284417]]   Group no. 770214
Claimant: [[PERSON|name:Bethany Kowalczyk]]   DOB [[DATE|date:05/12/1988]]   Member ID [[ID|health_plan:UHC884120377]]
[X] Pregnancy  [ ] Injury  [ ] Illness     Delivered [[DATE|date:03/28/2024]] (C-section)
Expected RTW [[DATE|date:05/20/2024]]
Physician: [[PERSON|name:Nadia Farouk]], MD   Fax [[PHONE|fax:(312) 555-0128]]
[[ADDRESS|geo:680 N Lake Shore Dr Ste 1100, Chicago, IL 60611]]""",
    """TPA CLAIM FORM - PART B (to be filled by hospital)
Claim ID: [[ID|other:MDI/24/HC/0774182]]   TPA card: [[ID|health_plan:MD-9128844173]]
Patient: [[PERSON|name:Arvind Kumar Yadav]]   Age [[AGE|other:39]]   Employee no. [[ID|other:BFW-48821]] ([[LOCATION|geo:Bhosari Forge Works]])
Hospital: [[LOCATION|geo:Ruby Hall Clinic]]
DOA [[DATE|date:12-03-2024]]   LOS 4 days   Dx: crush injury L foot, # 2nd-4th metatarsals (S92.3), ORIF done.
Claimed amount Rs 1,84,500. Bank a/c [[ID|account:50100412887761]], IFSC HDFC0001234""",
    """MOM WORK INJURY COMPENSATION - MEDICAL REPORT
WIC ref: [[ID|other:WIC-2024-0188426]]   FIN: [[ID|ssn:G5830126X]]
Name: [[PERSON|name:Md Rafiqul Islam]]   Nationality: Bangladeshi
Employer: [[LOCATION|geo:Tuas South Shipyard]]
Accident: [[DATE|date:14 Feb 2024]], fall from height ~2.5 m from scaffolding.
Injuries: L calcaneal fracture (S92.0), L1 wedge compression fracture. MC 60 days.
Permanent incapacity assessed at 8% (AMA Guides 4th ed).
Compensation payable to POSB savings [[ID|account:188-41772-0]].
Doctor: Dr [[PERSON|name:Aaron Seow]]""",
    """PERKESO - BORANG 34 (Notis Kemalangan / Accident Notice)
No. Keselamatan Sosial: [[ID|ssn:830715-13-5389]]
Nama pekerja: [[PERSON|name:Jeffrey anak Nyambong]]
Majikan: [[LOCATION|geo:Kilang Papan Sri Rejang]], [[LOCATION|geo:Sibu]]
Tarikh kemalangan: [[DATE|date:07/02/2024]]   Masa: 0930
Sebab: tangan kiri tersepit mesin pemotong / left hand caught in band saw
No. tel: [[PHONE|phone:019-887 4412]]""",
    """CLAIMS NOTIFICATION FORM (RTA) - extract
Claimant: Mr [[PERSON|name:Declan Fitzpatrick]]   DOB [[DATE|date:19/03/1984]]   NI no. [[ID|ssn:JT 48 21 73 C]]
Address: [[ADDRESS|geo:27 Holloway Road, Luton LU2 0QJ]]
Accident: 17:45, rear-end collision at traffic lights.
Claimant vehicle: [[VEHICLE|vehicle:KY19 XTD]]   Defendant vehicle: [[VEHICLE|vehicle:BF68 RLW]]
Portal ref: [[ID|other:RTA-20240112-448137]]
Injuries: whiplash-associated disorder grade II, soft tissue injury R shoulder. Attended A&E same day.""",
    """From: [[EMAIL|email:claims.assessor@southernlifeinsure.com.au]]
Sent: [[DATE|date:Wednesday, 6 March 2024]] 11:02 AM
To: [[EMAIL|email:jess.marangoni@outlook.com]]
Subject: Your TPD claim [[ID|other:TPD-7730419]] - further information

Dear [[PERSON|name:Jess]],
Thank you for the report from your treating psychiatrist ([[LOCATION|geo:Geelong Psychiatry]]). To progress your claim under super fund member no. [[ID|health_plan:00418827734]] we also need your Centrelink CRN and the last 3 years of tax returns.
Please upload documents at [[URL|url:https://claims.southernlifeinsure.com.au/upload?c=TPD-7730419]] or call [[PHONE|phone:1300 555 018]].
Regards, Claims Assessor""",
]


OCCUPATIONAL_MEDICALS = [
    """COAL MINE WORKERS' HEALTH SCHEME - HEALTH ASSESSMENT (Section 2)
Worker: [[PERSON|name:Shaun Michael Pettigrew]]   DOB: [[DATE|date:12/09/1987]]   Worker ID: [[ID|other:CMW-2204817]]
Mine/employer: [[LOCATION|geo:Blackwater South Mine]]
Spirometry: FEV1 4.21 L (98% pred), FVC 5.10 L, ratio 0.83. CXR ILO classification 0/0.
Audiometry: 25 dB at 4 kHz R, 40 dB L - early NIHL.
BMI 31.4; BP 142/88. Drug & alcohol screen: negative (AS/NZS 4308).
Outcome: Fit for work, no restrictions.
Appointed medical adviser: Dr [[PERSON|name:Camille Ostrowski]]   Date: see cover""",
    """MEDICAL EXAMINATION REPORT FOR COMMERCIAL DRIVER FITNESS DETERMINATION (MCSA-5875)
Driver: [[PERSON|name:Wayne Delbert Huskins]]   DOB: [[DATE|date:10/30/1966]]   Age: [[AGE|other:57]]
CDL #: [[ID|license:H52417788]]   State: TN
Hx: OSA on CPAP (compliance 6.8 h/night, 94% of nights), T2DM on metformin, A1c 7.1%.
BP 138/84. Vision 20/25 OU corrected. Whisper test passed.
Determination: meets standards, qualified for 1 year.
ME: [[PERSON|name:Luis Carrasco]], PA-C   National Registry no. [[ID|license:4472819903]]
CPAP device s/n [[DEVICE|device:23214082117]] (ResMed AirSense 11)""",
    """SIX-MONTHLY MEDICAL EXAMINATION (6ME) - MIGRANT DOMESTIC WORKER
FIN: [[ID|ssn:F2748391R]]   Name: [[PERSON|name:MARIBEL DELA CRUZ SANTOS]]   Passport: [[ID|other:P4471823B]]
Employer: Mdm [[PERSON|name:Tan Soo Lian]]   Contact [[PHONE|phone:9127 4408]]
Tests: urine hCG negative; RPR non-reactive; HIV non-reactive; CXR no active TB.
Date of examination: [[DATE|date:04/03/2024]]
Examining doctor: Dr [[PERSON|name:Lim Kah Wai]]""",
    """FORM No. 33 - CERTIFICATE OF FITNESS (Factories Act 1948)
Name of worker: [[PERSON|name:Santosh Bhimrao Kamble]]
Sex: M   Age: [[AGE|other:24]]
Employed in: [[LOCATION|geo:Deccan Paints and Resins Ltd]], [[LOCATION|geo:Chakan]]   Process: solvent mixing (hazardous)
Findings: Hb 13.8 g/dL; LFT normal; urine phenol 12 mg/L; PFT normal; vision 6/6.
I certify that I have personally examined the above person and he is fit to work. Date [[DATE|date:08/02/2024]]
Certifying surgeon: Dr [[PERSON|name:Meera Kulkarni]]""",
    """ANNEXURE 3 - CERTIFICATE OF FITNESS (Mine Health and Safety Act 29 of 1996, s 13)
Employee: [[PERSON|name:Themba Ndlovu]]   ID: [[ID|ssn:0111155764082]]   Company no.: [[ID|other:EMP 004418271]]
Mine: [[LOCATION|geo:Modderfontein East Colliery]], [[LOCATION|geo:eMalahleni]]
Occupation: continuous miner operator   Exposure: coal dust, noise >85 dBA
Examination date: [[DATE|date:2024-01-22]]   Valid: 12 months
Findings: audiogram PLH 3.2%; CXR normal; TB symptom screen negative; BP 128/80.
Outcome: [X] Fit  [ ] Fit with restrictions  [ ] Temporarily unfit  [ ] Unfit
OMP: Dr [[PERSON|name:Annelie Swanepoel]]""",
    """[[LOCATION|geo:Sudbury Occupational Health Clinic]]
RE: [[PERSON|name:Jean-Luc Bérubé]] / employee no. [[ID|other:VLI-30418]]
To: Return-to-Work Coordinator, [[LOCATION|geo:Creighton Deep Mine]]
Date: [[DATE|date:March 1, 2024]]
Mr [[PERSON|name:Bérubé]] was assessed today following his diagnosis of hand-arm vibration syndrome (Stockholm stage 2V / 2SN). Cold provocation test positive. He may return to modified duties without vibrating tools (jackleg drill, stoper) effective [[DATE|date:March 4]], review in 8 weeks.
Occupational physician, CCFP
fax [[PHONE|fax:705-555-0139]]""",
    """OCCUPATIONAL HEALTH REPORT - CONFIDENTIAL
Employee: [[PERSON|name:Priya Chauhan]]   Payroll no.: [[ID|other:00488213]]   Dept: Ward 22 (Acute Medicine)
Referred by: Ward Manager   Appointment: [[DATE|date:15 Feb 2024]] (telephone)
Ms [[PERSON|name:Chauhan]] reports latex-related contact urticaria. Specific IgE to latex 3.4 kUA/L (class 2). Advice: latex-free environment; adjustments under the Equality Act 2010 likely apply. Fit for work with adjustments.
Hep B surface Ab 112 mIU/mL - immune. MMR and varicella IgG positive.
OH physician: Dr [[PERSON|name:Rhys Pemberton]], GMC [[ID|license:6128840]]""",
    """FOMEMA - FOREIGN WORKER MEDICAL EXAMINATION
Worker ID: [[ID|other:FW24-0338175]]   Passport: [[ID|other:BN4471882]]   Name: [[PERSON|name:RAM BAHADUR THAPA]]   Country: Nepal
Employer: [[LOCATION|geo:Ladang Sungai Tiram]] (oil palm estate), Johor
Exam date: [[DATE|date:21/01/2024]]
Results: HIV neg, HBsAg neg, VDRL non-reactive, malaria BFMP neg, urine opiates/cannabis neg, CXR normal.
Biometric (fingerprint) verified: template [[ID|biometric:FMT-8821044-L2]]
Status: SUITABLE
Panel doctor: Dr [[PERSON|name:Aziz bin Omar]], [[PHONE|phone:07-883 1124]]""",
    """BLOOD LEAD SURVEILLANCE - [[LOCATION|geo:Riverbend Battery Recycling]], [[LOCATION|geo:Muncie]], IN
Employee            Emp ID    DOB          Sample date   BLL (ug/dL)   ZPP
[[PERSON|name:Alvarez, Tomas]]      [[ID|other:RB-1187]]   [[DATE|date:03/02/1979]]   [[DATE|date:01/10/2024]]    28            62
[[PERSON|name:Boone, Kyle]]         [[ID|other:RB-1204]]   [[DATE|date:11/19/1992]]   [[DATE|date:01/10/2024]]    41            88
Action: [[PERSON|name:Boone]] - BLL >=40, medical removal per 29 CFR 1910.1025(k); retest in 2 weeks.""",
    """hi team - pre-placement screen for new grad [[PERSON|name:zara al-hashimi]] (staff no [[ID|other:338127]]) starting on 4 east at [[LOCATION|geo:st vincent's]] on [[DATE|date:mon 15/4]].
- hep b sAb 7 mIU/mL (non-immune) -> booster given today, batch AHBVB712AB
- quantiferon neg, mmr/vzv immune
- n95 fit test: 3M 1870+ pass (fit factor 180)
her mobile is [[PHONE|phone:0451 774 209]] if the ward needs her.
cheers, [[PERSON|name:deb]] (staff health)""",
]


MEDICO_LEGAL = [
    """SUPERIOR COURT OF THE STATE OF CALIFORNIA
Case No. [[ID|other:37-2023-00041827-CU-PO-CTL]]
[[PERSON|name:MARCUS ELLINGTON]], Plaintiff, v. HARBORVIEW LOGISTICS LLC, Defendant.
DEPOSITION SUBPOENA FOR PRODUCTION OF BUSINESS RECORDS
To the Custodian of Records, [[LOCATION|geo:Sharp Memorial Hospital]], [[ADDRESS|geo:7901 Frost St, San Diego, CA 92123]]
Records of: [[PERSON|name:Marcus Anthony Ellington]], DOB [[DATE|date:08/21/1975]], SSN (last 4) [[ID|ssn:4417]], for the period 2022 to present.
Attorney: [[PERSON|name:Rebecca Oduya]] (SBN [[ID|license:287714]]), [[EMAIL|email:roduya@oduyalaw.com]], fax [[PHONE|fax:(619) 555-0153]]""",
    """INDEPENDENT MEDICAL EXAMINATION - MOTOR ACCIDENT INJURIES
Claimant: [[PERSON|name:Tahnee Marie Collard]]   DOB: [[DATE|date:04/06/1993]]   Claim no.: [[ID|other:MAI-2023-118274]]
Instructing solicitor: [[PERSON|name:Lachlan Whitby]], [[ADDRESS|geo:Level 9, 60 Margaret St, Sydney NSW 2000]]
Date of accident: [[DATE|date:17 August 2023]]
History: driver of [[VEHICLE|vehicle:DKT93X]], T-boned at an intersection in [[LOCATION|geo:Parramatta]].
WPI (AMA 4 / MAI Guidelines): cervical spine DRE II 5%; psychiatric (PIRS) 6%. Threshold of >10% WPI not met.
Assessor: occupational physician, FAFOEM""",
    """IN THE HIGH COURT OF SOUTH AFRICA, GAUTENG DIVISION, [[LOCATION|geo:PRETORIA]]
Case no.: [[ID|other:41877/2022]]
In the matter between: [[PERSON|name:PRECIOUS NONHLANHLA SITHOLE]] (Plaintiff) and THE MEC FOR HEALTH, GAUTENG PROVINCE (Defendant)
SUBPOENA DUCES TECUM
To: The Head of Records, [[LOCATION|geo:Dr George Mukhari Academic Hospital]]
You are required to produce the complete obstetric records (incl. CTG tracings and partogram) of the plaintiff, ID no. [[ID|ssn:9201170489087]], hospital no. [[ID|mrn:GM 0388172]], relating to her admission on [[DATE|date:14 March 2019]] and the birth of the minor child.
Dated at [[LOCATION|geo:PRETORIA]] on this the [[DATE|date:8th day of April 2024]].""",
    """[[DATE|date:February 22, 2024]]
Ms. [[PERSON|name:Chantal Leblanc]]
[[ADDRESS|geo:1100 Melville St, Suite 600, Vancouver BC V6E 4A6]]
Re: Your client [[PERSON|name:Harjit Singh Grewal]]; MVA 2022; ICBC claim [[ID|other:LA41877213]]
Dear Counsel,
I saw Mr. [[PERSON|name:Grewal]] on [[DATE|date:February 9, 2024]] for a medical-legal assessment. He reports persisting post-traumatic headache (ICHD-3 5.2.2) and a chronic pain disorder. In my opinion, but for the collision he would not have developed these conditions.
Yours truly,
Consultant neurologist, FRCPC""",
    """IN THE COUNTY COURT AT [[LOCATION|geo:BIRMINGHAM]]   Claim No. [[ID|other:K00BM418]]
BETWEEN: [[PERSON|name:SHAZIA PERVEEN AKHTAR]] (Claimant) and [[LOCATION|geo:SANDWELL AND WEST BIRMINGHAM HOSPITALS NHS TRUST]] (Defendant)
EXPERT REPORT OF CONSULTANT ORTHOPAEDIC SURGEON FRCS (Tr & Orth) - DELAYED DIAGNOSIS OF SCAPHOID FRACTURE
Claimant DOB [[DATE|date:02.11.1986]]; NHS no. [[ID|health_plan:902 117 4634]]
4.2 On [[DATE|date:5 March 2021]] the Claimant attended ED after a FOOSH; radiographs reported as normal; no scaphoid series was requested.
7.1 I have read the statement of the ED registrar.
Statement of truth signed [[DATE|date:11 January 2024]].""",
    """MEDICAL REPORT
Your ref: [[ID|other:SPF/IO/2024/03/1188]]
Patient: [[PERSON|name:Hamid bin Yusof]]   NRIC: [[ID|ssn:S8126457J]]
Date of attendance: [[DATE|date:11 February 2024]], 02:14 hrs, Emergency Department, [[LOCATION|geo:Khoo Teck Puat Hospital]]
He alleged assault by a known person at the void deck of his block.
Findings: 3 cm laceration L eyebrow (sutured, 5 x 5-0 nylon), periorbital haematoma; CT facial bones: undisplaced L zygomatic arch fracture.
Clinical photographs: [[ID|photo:KTPH_ED_S8126457J_face_01.jpg]]
Medical leave: 7 days.
Dr [[PERSON|name:Jasmine Koh Yi Xuan]], Senior Staff Registrar, MCR [[ID|license:M77218H]]""",
    """MEDICO-LEGAL CASE (MLC) REGISTER - Casualty, [[LOCATION|geo:Safdarjung Hospital]], [[LOCATION|geo:New Delhi]]
MLC No.: [[ID|other:MLC/24/03/1187]]   CR No.: [[ID|mrn:2024031100488]]
Date/time: [[DATE|date:11.03.2024]] 22:40   Brought by: HC, PS [[LOCATION|geo:Hauz Khas]]
Name: [[PERSON|name:Vikas Chaudhary]]   Age [[AGE|other:27]]/M
Alleged h/o RTA (two-wheeler [[VEHICLE|vehicle:DL 3S BX 4471]] vs car).
Injuries: 1. lacerated wound 4x1 cm over occiput, simple; 2. abrasion R knee 3x2 cm, simple. Smell of alcohol present, blood sample preserved.
MO: DMC reg. no. [[ID|license:71882]]""",
    """LAPORAN PERUBATAN / MEDICAL REPORT (for legal purposes)
Rujukan tuan: [[ID|other:RK/PI/2023/0418]]
Pesakit: [[PERSON|name:Chong Wei Jie]]   No. KP: [[ID|ssn:010515-01-5471]]
Kemalangan jalan raya pada [[DATE|date:22 Oktober 2023]]; motosikal [[VEHICLE|vehicle:JRT 8812]] dilanggar lori.
Dimasukkan ke [[LOCATION|geo:Hospital Sultanah Aminah]], [[LOCATION|geo:Johor Bahru]].
Diagnosis: open fracture L tibia (Gustilo IIIA), external fixator then IM nail.
Prognosis: expected residual disability 10-15% of lower limb.
Disediakan oleh: Dr [[PERSON|name:Faridah binti Hassan]], Pakar Ortopedik""",
    """VIA FAX: [[PHONE|fax:(404) 555-0177]]
[[DATE|date:March 27, 2024]]
[[LOCATION|geo:Piedmont Atlanta Hospital]] - Health Information Management
RE: Our client: [[PERSON|name:Deshawn Terrell Brooks]]
DOB: [[DATE|date:12/03/1990]]   SSN: [[ID|ssn:734-18-2257]]   Dates of service: [[DATE|date:November 2023]]
Please produce itemized bills (UB-04) and complete medical records pursuant to the enclosed HIPAA-compliant authorization (45 CFR 164.508). Fees per O.C.G.A. 31-33-3.
Paralegal   [[PHONE|phone:(404) 555-0170]]   [[EMAIL|email:records@caldwellbrookslaw.com]]""",
    """SUBPOENA RESPONSE - Federal Circuit and Family Court of Australia (Division 2)
File no.: [[ID|other:PAC4418/2023]]   Parties: [[PERSON|name:HENDRY]] & [[PERSON|name:HENDRY]]
Records produced for: [[PERSON|name:Mia Rose HENDRY]] (child) DOB[[DATE|date:14/09/2016]] URN[[ID|mrn:M2277104]]
Producing entity: HIM dept, [[LOCATION|geo:Women's and Children's Hospital]], [[LOCATION|geo:North Adelaide]]
Pages: 214 (paginated WCH000001-WCH000214).
Conduct money $65.00 received. Prepared by Release of Information Officer""",
]


NOTIFIABLE_DISEASE = [
    """CONFIDENTIAL MORBIDITY REPORT (CDPH 110a)
Disease: Measles (rubeola)   Onset: [[DATE|date:03/02/2024]]   Rash onset: day 3
Patient: [[PERSON|name:Sofia Ramírez-Ochoa]]   DOB: [[DATE|date:09/17/2021]]   Sex: F
Address: [[ADDRESS|geo:3318 E Cesar Chavez Ave, Los Angeles, CA 90063]]   Phone: [[PHONE|phone:(323) 555-0126]]
Vaccination: MMR x0. Travel: [[LOCATION|geo:Guadalajara]], Mexico, returned 2 weeks before onset.
Lab: measles IgM positive, PCR (NP swab) positive, genotype D8.
Daycare: [[LOCATION|geo:Little Sprouts Learning Center]]""",
    """NOTIFIABLE CONDITION LAB NOTIFICATION|Q fever (Coxiella burnetii)|Lab no. [[ID|other:24-71188203]]|Patient: [[PERSON|name:DOUGHERTY Callum]]|DOB [[DATE|date:30/01/1978]]|Sex M|Address [[ADDRESS|geo:Lot 4 Taroom Rd, Wandoan QLD 4419]]|Ph [[PHONE|phone:0429 880 117]]|Occupation: abattoir worker ([[LOCATION|geo:Condamine Meat Processors]])|Phase II IgM 1:640, IgG 1:2560|Collected [[DATE|date:12/03/2024]]""",
    """IDSP - FORM P (Presumptive cases) - Weekly
Reporting unit: [[LOCATION|geo:PHC Kadamakudy]]   Week 11
S.No | Name | Age/Sex | Address | Mobile | Syndrome | Suspected
1 | [[PERSON|name:Thomas Varghese]] | [[AGE|other:46]]/M | [[ADDRESS|geo:Kalathiparambil House, Moolampilly, Ernakulam 682027]] | [[PHONE|phone:9447218830]] | fever with jaundice | Leptospirosis
2 | [[PERSON|name:Anjali Suresh]] | [[AGE|other:9]]/F | [[LOCATION|geo:Pizhala]] | - | fever with rash | Dengue
Reported by: MO PHC""",
    """NOTIFIABLE MEDICAL CONDITIONS (NMC) - CASE NOTIFICATION FORM - CATEGORY 1
Condition: Rabies (human)
Patient: [[PERSON|name:Ayanda Cele]]   ID no.: [[ID|ssn:1106125837082]]   Age: [[AGE|other:12]]
Residence: [[LOCATION|geo:Eshowe]]
Health facility: [[LOCATION|geo:Eshowe District Hospital]]   Folder no.: [[ID|mrn:EDH 24/1887]]
Exposure: dog bite L calf 6 weeks earlier, no PEP received. Symptoms: hydrophobia, agitation.
Specimens: saliva + nuchal skin biopsy sent to reference laboratory.
Notifier: Dr [[PERSON|name:Sizwe Mthembu]]   Cell: [[PHONE|phone:082 555 4471]]   Fax: [[PHONE|fax:035 473 4100]]""",
    """moh_notif_id=[[ID|other:N2024-118847]]; disease=dengue fever; pt_name=[[PERSON|name:tan ah kow]]; nric=[[ID|ssn:S1847203A]]; dob=[[DATE|date:1958-11-02]]; addr=[[ADDRESS|geo:blk 208 bedok north st 1 #05-112 s460208]]; onset=[[DATE|date:2024-03-11]]; ns1=pos; plt=88; workplace=[[LOCATION|geo:changi airport terminal 3]]""",
    """TB CONTACT INVESTIGATION - Public Health, [[LOCATION|geo:Winnipeg]]
Index case: [[PERSON|name:Nathaniel Keeper]], PHIN [[ID|health_plan:118447203]], smear 3+, cavitary RUL disease, dx [[DATE|date:2024-02-26]]. Community: [[LOCATION|geo:Garden Hill First Nation]]
Household contacts:
 1. [[PERSON|name:Marlene Keeper]] (mother), [[AGE|other:61]], TST 18 mm -> CXR normal -> LTBI, 3HP offered""",
    """NOTIFICATION OF INFECTIOUS DISEASE (Health Protection (Notification) Regulations 2010)
Disease: Meningococcal disease (suspected)   Date of onset: [[DATE|date:18/03/2024]]
Patient: [[PERSON|name:Oliver James Pritchard]]   DOB: [[DATE|date:05/07/2005]]   NHS no.: [[ID|health_plan:7319022648]]
Address: [[ADDRESS|geo:Flat 3, 112 Osborne Road, Newcastle upon Tyne NE2 2AN]]
Place of education: [[LOCATION|geo:Newcastle University]]
Admitted: [[LOCATION|geo:Royal Victoria Infirmary]]; ceftriaxone 2 g IV given in ED.
Notifying practitioner: paediatric registrar, [[PHONE|phone:0191 233 6161]] bleep 2418""",
    """BORANG NOTIFIKASI PENYAKIT BERJANGKIT (CDCIS)
No. Notifikasi: [[ID|other:WPKL/2024/LEPTO/00318]]
Penyakit: Leptospirosis   Tarikh onset: [[DATE|date:26/02/2024]]
Nama: [[PERSON|name:Muthu a/l Perumal]]   No. KP: [[ID|ssn:770218-14-5247]]   Umur: [[AGE|other:47]]   Pekerjaan: pembersih longkang
Tempat kerja: [[LOCATION|geo:Pasar Borong Selayang]]
MAT titre 1:1600 (serovar Bataviae). Dimasukkan ke [[LOCATION|geo:Hospital Selayang]] ICU.""",
    """dis field record - syphilis (early latent)
ix: [[PERSON|name:jamal o. whitfield]], [[AGE|other:24]]bm, dob [[DATE|date:6/14/99]], cell [[PHONE|phone:404-555-0161]], ig [[URL|url:instagram.com/jw_4ever_atl]]
rpr 1:64, tppa reactive. tx bicillin l-a 2.4 mu im x3 weekly started [[DATE|date:3/19]]
partners: "[[PERSON|name:kee]]" (no last name, [[PHONE|phone:678-555-0133]]); [[PERSON|name:marcus t.]] ([[ADDRESS|geo:1440 donald lee hollowell pkwy nw apt 12, atlanta ga 30318]])""",
    """pertussis cluster - [[LOCATION|geo:st brigid's primary]] [[LOCATION|geo:mt druitt]] - phu case mgmt notes [[DATE|date:20/03/2024]]
case 1: [[PERSON|name:lily-rose tupou]] ([[AGE|other:7]]) yr 2, onset cough [[DATE|date:4/3]], pcr pos b. pertussis. mum [[PERSON|name:seini]] [[PHONE|phone:0402 338 119]]
case 2: [[PERSON|name:hunter mcgrath]] ([[AGE|other:8]]), pcr pos
- azithromycin prophylaxis offered to yr 2 class (n=26) and household contacts
- case 2 missed 4yo booster""",
]


ETHICS_AND_CONSENT = [
    """INFORMED CONSENT - SIGNATURE PAGE
Study: A Phase 3 Randomized Study in ES-SCLC (Protocol 20230118)   IRB #: STUDY00021877
Participant name (print): [[PERSON|name:Gloria Fuentes-Watts]]
Participant signature: ______________   Date: [[DATE|date:03/11/2024]]   Time: 10:42
Person obtaining consent: CRC
Impartial witness (short-form, Spanish): [[PERSON|name:Yesenia Carrillo]], interpreter ID [[ID|other:INT-2291]]
Copy given to participant: [X] Yes   Personal eConsent link: [[URL|url:https://econsent.gulfcoastci.org/s/8QZ4-1187]]
Site: [[LOCATION|geo:Gulf Coast Cancer Institute]], [[LOCATION|geo:Tampa]]""",
    """HREC SAFETY AND PROTOCOL DEVIATION REPORT
HREC ref: HREC/2023/QRBW/98812   Site: [[LOCATION|geo:Royal Brisbane and Women's Hospital]]
Deviation: participant [[ID|other:RBW-017]] consented using superseded PICF (v2.1) on [[DATE|date:7 February 2024]]. Identified at monitoring visit.
Participant (Mrs [[PERSON|name:Eileen Tuhiwai]]) re-consented on [[DATE|date:21 March 2024]] by telephone with witness.
No safety impact. CAPA: version control checklist added to ISF.
Reported by: Dr [[PERSON|name:Thomas Goodwin]], PI   [[EMAIL|email:t.goodwin@health.qld.gov.au]]""",
    """AUDIO-VISUAL CONSENT RECORDING LOG (New Drugs and Clinical Trials Rules 2019)
CTRI/2024/01/061188   Site: [[LOCATION|geo:AIIMS Bhubaneswar]]
Participant: [[PERSON|name:Pramila Behera]]   Screening no.: [[ID|other:SCR-07-0112]]   Age [[AGE|other:66]]
LAR: [[PERSON|name:Sanjay Behera]] (son)   Aadhaar of LAR: [[ID|ssn:8412 7396 0511]]
Impartial witness: Ms [[PERSON|name:Lipika Mohanty]] (participant illiterate; thumb impression taken)
Video file: [[ID|photo:SCR-07-0112_AVconsent_20240124.mp4]]   Duration 38 min   Language: Odia""",
    """CONSENT FOR STORAGE OF SAMPLES FOR FUTURE RESEARCH
Site: [[LOCATION|geo:Groote Schuur Hospital]] renal clinic
Participant: [[PERSON|name:Noluthando Qwabe]]   PID: [[ID|other:AFG-CPT-00418]]
[X] I agree to storage of my blood and urine samples for up to 10 years.
[ ] I agree to genetic testing (DNA).
[X] I agree to be contacted about future studies on: [[PHONE|phone:079 555 1832]]
Signature/thumbprint: (right thumbprint)   Date: [[DATE|date:12/02/2024]]
Thumbprint scanned to template [[ID|biometric:TPL-AFG-00418-RT]]""",
    """DSRB CONSENT AUDIT - Study 2022/00871 - sampled records
Subj ID   Consent date   Consented by    Witness        Issue
[[ID|other:CP-031]]    [[DATE|date:02-Aug-2023]]    [[PERSON|name:Ng Pei Shan]]     -              none
[[ID|other:CP-044]]    [[DATE|date:17-Aug-2023]]    [[PERSON|name:Ng Pei Shan]]     [[PERSON|name:Siti Aminah]]    witness signed before participant
[[ID|other:CP-052]]    [[DATE|date:5-Sep-2023]]     Dr [[PERSON|name:Arun Pillai]]  -              p.7 initials missing""",
    """From: [[EMAIL|email:mchantal.ouellet@videotron.ca]]
Date: [[DATE|date:Tue, 5 Mar 2024]] 21:14
X-Originating-IP: [[IP|ip:24.200.118.37]]
Subject: withdraw from study

Hello, my name is [[PERSON|name:Marie-Chantal Ouellet]], I am in the sleep apnea study (my participant number is [[ID|other:OSA-2-0418]]). I want to withdraw and I want my blood samples destroyed. My health card is [[ID|health_plan:OUEM 7153 0912]]. You can call me at [[PHONE|phone:819-555-0144]].
[[PERSON|name:Chantal]]""",
    """PERSONAL CONSULTEE DECLARATION FORM (Mental Capacity Act 2005, s 32)
Study: DELIRIUM-PREVENT (IRAS 318827)   Site: [[LOCATION|geo:Royal Derby Hospital]]
Participant: Mr [[PERSON|name:Ernest Albert Haddon]]   Age: [[AGE|date:91]]   Study no.: [[ID|other:DP-RDH-0072]]
Consultee: Mrs [[PERSON|name:Joan Haddon]] (wife)   Address: [[ADDRESS|geo:18 Chestnut Avenue, Mickleover, Derby DE3 9FS]]
I have been consulted about [[PERSON|name:Ernest]]'s participation and advise that he would have no objection.
Signed: ____________   Date: [[DATE|date:27/02/2024]]""",
    """BORANG KEIZINAN IBU BAPA / PARENTAL CONSENT FORM
Kajian: RSV-PAED-MY (NMRR ID-23-02217-QXT)
Nama kanak-kanak: [[PERSON|name:Aryan Danial bin Mohd Hafiz]]   No. MyKid: [[ID|ssn:220314-10-5457]]
Tarikh lahir: [[DATE|date:14/03/2022]]
Nama ibu/bapa/penjaga: [[PERSON|name:Mohd Hafiz bin Zulkifli]]   Hubungan: bapa
Tandatangan: ________   Tarikh: [[DATE|date:09/01/2024]]
Penyelidik: Dr [[PERSON|name:Lee Kah Mun]], [[LOCATION|geo:Hospital Serdang]]""",
    """data access request [[ID|other:DAR-2024-0087]] - approved w/ conditions
requestor: [[PERSON|name:hyun-woo park]] (postdoc), pi dr. [[PERSON|name:ellen marsh]]
dataset: ehr extract, 4,412 pts with c50.x, 2015-2023; limited data set under dua.
example row flagged for removal from extract (free-text leak): "pt [[PERSON|name:Candace Moore]] seen at [[LOCATION|geo:Ridgeview]] clinic [[DATE|date:4/2/2019]], mrn [[ID|mrn:40019921]], zip [[ADDRESS|geo:55425]]"
vpn access from [[IP|ip:172.21.40.118]] only; account [[ID|other:hpark7]]""",
    """Opt-out recorded - Clinical Quality Registry (hip fracture)
Patient: [[PERSON|name:Dulcie Nampijinpa Hayes]]   DOB [[DATE|date:1 July 1948]]   HRN [[ID|mrn:NT0418827]]
Community: [[LOCATION|geo:Yuendumu]]
Opt-out received by phone [[DATE|date:13/03/2024]] from daughter [[PERSON|name:Rhonda Hayes]] with patient present; Warlpiri interpreter [[PERSON|name:Jeffrey Japaljarri]] assisted.
All identifiable data to be removed from the registry within 30 days; de-identified counts retained per HREC approval.
Recorded by Registry Coordinator, [[LOCATION|geo:Alice Springs Hospital]]""",
]


def main() -> None:
    print(
        f"probe53: {write_styled(OUT, [('clinical-trial-case-report-forms', CLINICAL_TRIAL_CRFS), ('adverse-event-and-pharmacovigilance-reports', ADVERSE_EVENT_REPORTS), ('biobank-and-specimen-manifests', BIOBANK_MANIFESTS), ('cancer-registry-abstracts', CANCER_REGISTRY_ABSTRACTS), ('death-certificates-and-coroner-reports', DEATH_AND_CORONER), ('workers-compensation-and-insurance-claims', WORKERS_COMP_CLAIMS), ('occupational-health-and-pre-employment-medicals', OCCUPATIONAL_MEDICALS), ('medico-legal-reports-and-subpoenas', MEDICO_LEGAL), ('public-health-notifiable-disease-reports', NOTIFIABLE_DISEASE), ('ethics-and-consent-records', ETHICS_AND_CONSENT)])} docs"
    )


if __name__ == "__main__":
    main()
