"""Write the 58th hand-annotated redaction probe, 100 notes of diagnostic and allied services.

Why: diagnostic paperwork is dense with numbers that are not identifiers (Breslow depths, Gleason
scores, audiogram thresholds, AHI, lead impedances, DICOM class UIDs, CPT/MBS/CDT/TOSP codes, lot
numbers, product expiry dates, CAG repeat counts, HGVS variants, tooth numbers) sitting next to
numbers that are (accessions, NRICs, CHI and NHS numbers, implant and hearing-aid serials, MAC
addresses, IMEIs, VINs, plates). Names arrive as DICOM PN values (SURNAME^Given), pedigree lines,
OCR-damaged labels and glued label strings; places arrive as hospital abbreviations, Eircodes,
Singapore block/unit addresses and lower-case shorthand. The probe measures recall on identifiers
in these unseen layouts and precision on the look-alike clinical numbers around them.

What: ten styles of ten notes each: pathology-report, radiology-dicom, dental-chart, eye-letter,
audiology-report, genetics-letter, occ-health-medical, insurance-claim, sleep-cardiac-device and
lab-requisition-label. Notes are set in Australia, the United States, the United Kingdom,
Ireland, Canada, Singapore, South Africa and New Zealand, each in its own formats. All people are
invented. Every identifier is marked inline as [[LABEL|category:value]]. Conventions: titles
(Dr, Mr, Mrs, Ms, Prof, A/Prof, Capt., SSG (Ret), RN, Baby Boy) stay outside name spans; a DICOM
PN value is one span up to the trailing carets and title (NAKASHIMA^Kenji); "SURNAME, Given",
a given name alone, a nickname, a maiden name after "nee" and initial+surname are each one span;
bare staff initials (DA KL, Reader AK, collector TP) are not marked; kinship words (Nan, koro,
aunty) are not names. A full street address is one ADDRESS|geo span; a rural or PO box address
with its postcode or Eircode is also ADDRESS|geo; towns, suburbs, named hospitals (including
abbreviations such as PAH, RBWH, CHEO, fsh), clinics, labs, practices, mine and employer sites,
named streets without a number, and schools are LOCATION|geo; states, provinces, countries,
insurers, national agencies and programmes (NHS Breast Screening Programme, Hearing Australia,
ACC, ICBC, TAC, DVLA, WSIB, NIMIS, Help Me Grow) are not marked. Any date finer than a year is
DATE|date, including DICOM DA values, ISO timestamps, dates without a year, OCR-damaged dates and
a DOB glued to a name; a year alone is marked only as a person's birth year; times, durations
(6/12, 2/52), gestations (20w3d) and product/lot expiry dates are not marked. The note's
patient's age is AGE|other (number only; glued DICOM units as in 042Y stay inside); any age over
89 is AGE|date whoever it belongs to; relatives' ages under 90 and clinical thresholds are not
marked. Phone and fax numbers exclude extensions. National ID/tax numbers (SSN, TFN, NI, SIN,
PPSN, IRD, NRIC/FIN, SA ID) are ID|ssn; hospital, chart, folder and DICOM PatientID numbers are
ID|mrn (an NRIC used as PatientID stays ID|ssn); Medicare, MBI, Medicaid, IHI, NHS, CHI, NHI,
OHIP/PHN/NAM, DVA, insurer member, medical aid and policy numbers are ID|health_plan (Medicare
IRN and Ontario version codes in a separate field stay outside; a version code written joined
to the number is inside); bank accounts, sort codes, BSBs, branch codes, IBANs and invoices or
bills to a person are ID|account; professional registrations, NPI, NRCME, ARN, practice numbers
and driver licences are ID|license; plates and VINs are VEHICLE|vehicle; serials of implants,
hearing aids, CPAP units, scanners, recorders, loggers, IOLs (including a UDI string), MAC
addresses and IMEIs are DEVICE|device; fingerprint, palm-vein and voiceprint template ids are
ID|biometric; image and scan file names carrying a name or ID are one ID|photo span with nothing
nested; accessions, specimen, claim, case, request, order, employee, passport, work-permit,
police-event numbers, a sole trader's ABN, log-in user names and other unique codes are ID|other. A prefix glued
to an identifier (NHS2454954982, MRN0884127) stays outside the span. Unmarked look-alikes:
doses, lab values, scores, staging, lot/REF numbers, CLIA and ODS codes, group numbers, bleeps,
room/bed/ward numbers, tooth numbers, times, money, percentages, billing and diagnosis codes,
HGVS/ISCN strings, DICOM class UIDs, device model numbers, eponyms and test names (Maryland CNC,
Quebec Task Force, Afrikaner-1, Nottingham grade).

How: cd /work/main && .venv/bin/python scripts/make_probe58_corpus.py (writes corpus/redaction/probe58.jsonl).
"""

from pathlib import Path

from make_safe_harbor_suite import write_styled

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "corpus" / "redaction" / "probe58.jsonl"

PATHOLOGY = [
    """HISTOPATHOLOGY REPORT
Lab No: [[ID|other:24-H118204]]    Collected 09:40, received 14:12
Patient: [[PERSON|name:TRAN, Minh Chau]]    DOB: [[DATE|date:02/09/1967]]    Sex: F    UR: [[ID|mrn:0447120]]
Referring practice: results also by fax [[PHONE|fax:(02) 9858 4499]]
CLINICAL: Pigmented lesion L shoulder, changing over 6/12, ?melanoma. Orientation suture at 12 o'clock.
MACRO: Ellipse of skin 32 x 14 x 6 mm bearing a pigmented lesion 7 x 5 mm. Blocks A1-A4. Gross image [[ID|photo:GP_24-H118204_A1.jpg]].
MICRO: Superficial spreading melanoma. Breslow thickness 0.6 mm, Clark level III, mitoses 1/mm2, no ulceration, no LVI. Peripheral margin 4.1 mm, deep margin 2.3 mm. Melan-A / SOX10 confirm (Melan-A lot 2403118, QC passed).
DIAGNOSIS: Superficial spreading melanoma, pT1a (AJCC 8th ed). MBS 72823.
Reported by HC (FRCPA)""",
    """CELLULAR PATHOLOGY - CERVICAL SCREENING REPORT
Specimen No: [[ID|other:C24.0098231]]
NHS No: [[ID|health_plan:629 951 8766]]   Surname: [[PERSON|name:OKAFOR-BELL]]   Forename: [[PERSON|name:Adaeze]]   DOB: [[DATE|date:14.11.1988]]
Sender: [[LOCATION|geo:Chapeltown Health Centre]] (code B86042)
LMP 2/52, not pregnant, no IUCD. Previous: HPV negative 2019.
hrHPV: DETECTED (other HR types; 16/18 not detected)
Cytology: Low-grade dyskaryosis.  Result/action code 3/X/R -> refer colposcopy (routine).
Checked by BMS (HCPC [[ID|license:BS58217]]). Authorised by consultant cytopathologist.""",
    """SURGICAL PATHOLOGY REPORT - [[LOCATION|geo:Baystate Medical Center]] (CLIA 22D0076229)
Accession: [[ID|other:S24-11873]]        MRN: [[ID|mrn:30-118-442-7]]
Name: [[PERSON|name:Delacroix-Whitfield, Renée M]]   Sex: F
Ordering: [[PERSON|name:Raymond Okonjo]], MD (NPI [[ID|license:1832097400]])
SPECIMENS: A. Colon, ascending, polyps x2, cold snare.  B. Colon, sigmoid, polyp, hot snare.
FINAL DIAGNOSIS:
A. Tubular adenomas (2), low-grade dysplasia.
B. Sessile serrated lesion without cytologic dysplasia.
Comment: MMR IHC (MLH1, PMS2, MSH2, MSH6) not indicated. Surveillance interval per USMSTF 2020.
CPT 88305 x3 | ICD-10 D12.2, D12.5 | blocks 3, slides 6""",
    """LabPlus, [[LOCATION|geo:Auckland City Hospital]] | Anatomical Pathology
Lab No [[ID|other:24LP0331072]]
[[PERSON|name:TIPENE, Hemi Rawiri]]   NHI [[ID|health_plan:QXP1334]]   [[AGE|other:58]]M
Requester: Dr [[PERSON|name:Sione Fifita]], urology clinic
Clinical: PSA 8.4 ug/L, MRI PI-RADS 4 lesion L PZ. Transperineal biopsy, 12 systematic + 2 targeted cores.
Dx: Acinar adenocarcinoma, Gleason score 3+4=7 (ISUP Grade Group 2) in 5/14 cores, max 6 mm, pattern 4 = 20%. No PNI, no EPE.
Queries: duty pathologist via [[PHONE|phone:09 307 4949]] ext 22560.""",
    """DEPARTMENT OF ANATOMICAL PATHOLOGY, [[LOCATION|geo:SINGAPORE GENERAL HOSPITAL]]
Specimen No: [[ID|other:S24-040817]]
Patient: [[PERSON|name:LIM WEI LING]] ([[PERSON|name:林慧玲]])   NRIC: [[ID|ssn:S0310659D]]   Sex: F
Requesting: Dr [[PERSON|name:Tan Kok Hwee]] (MCR [[ID|license:M08127J]]), Breast Surgery
Specimen: L breast 2 o'clock 4 cm FN, 14G US-guided core x4.
Diagnosis: Invasive carcinoma of no special type, Nottingham grade 2 (3+2+2). Associated DCIS, intermediate nuclear grade.
ER 95% strong (Allred 8/8), PR 60% moderate (Allred 6/8), HER2 IHC 2+ (equivocal) - reflex SISH sent. Ki-67 approx 25%.""",
    """[[LOCATION|geo:PathCare N1 City]] - Cytology / Microbiology
Path no [[ID|other:NC-24-0770381]]
Patient: [[PERSON|name:VAN DER MERWE, Johanna Petronella]]   ID no: [[ID|ssn:9207073702088]]   Age: [[AGE|other:31]]
Medical aid: Discovery Health, member no [[ID|health_plan:142880471]], dep. code 01
Referring Dr: [[PERSON|name:T. Mokoena]] (Pr. no [[ID|license:0385921]])
Specimen: FNA, L posterior cervical lymph node, 2 passes.
Cytology: Epithelioid granulomas with caseous necrosis. ZN: scanty AFB (1+).
Xpert MTB/RIF Ultra: MTB DETECTED (low); RIF resistance NOT DETECTED.
Notifiable condition - NMC notification completed. Form states HIV negative (2023).""",
    """HISTOPATHOLOGY - [[LOCATION|geo:St James's Hospital]]
Specimen: [[ID|other:SJH/H/24/031172]]
Name: [[PERSON|name:Siobhán Ní Bhriain]]    MRN: [[ID|mrn:0912473]]    DOB: [[DATE|date:30/04/1972]]
Referring: Dr [[PERSON|name:Cathal Ó Murchú]] (IMC reg. [[ID|license:418274]]), Gastroenterology OPD
Clinical: tTG-IgA 128 U/mL (ref <7), total IgA normal. ?coeliac. D2 x4, D1 bulb x2.
Micro: Subtotal villous atrophy, crypt hyperplasia, IELs >40/100 enterocytes (CD3). Marsh-Oberhuber 3b.
Conclusion: Consistent with coeliac disease in the appropriate serological context.""",
    """[[LOCATION|geo:Juravinski Hospital]] - Anatomical Pathology
RENAL BIOPSY    Accession: [[ID|other:HHS-24-S-007731]]
Patient: [[PERSON|name:GAGNON-RAMSAROOP, Étienne]]   MRN: [[ID|mrn:H006120745]]   HCN: [[ID|health_plan:7410-790-286]]  VC: KT
Ordering: Dr [[PERSON|name:Priyanka Venkataraman]] (CPSO [[ID|license:98214]])
LM: 18 glomeruli, 2 globally sclerosed. Mesangial hypercellularity >50%. Segmental sclerosis in 1. IFTA ~10%.
IF: IgA 3+ mesangial, C3 2+, IgG/IgM trace, C1q neg.   EM: mesangial electron-dense deposits.
DIAGNOSIS: IgA nephropathy, Oxford MEST-C M1 E0 S1 T0 C0.""",
    """[[LOCATION|geo:sullivan nicolaides pathology]] - FS phone log
lab no [[ID|other:SNP24-7731150FS]]  pt [[PERSON|name:wiremu, aroha]]  UR [[ID|mrn:2231984]] [[LOCATION|geo:PAH]]
1042 FS result phoned to Dr [[PERSON|name:Asante-Boateng]] in theatre 7, read back confirmed.
FS dx: L thyroid lobe nodule 22mm - papillary thyroid carcinoma, classic type. defer margins to paraffin.
cryostat #2 (Leica CM1950) no issues. phoned by BMS [[DATE|date:18/03/24]]""",
    """HEMATOPATHOLOGY / FLOW CYTOMETRY - [[LOCATION|geo:Houston Methodist Hospital]]
Acc [[ID|other:FC24-002291]]
Pt: [[PERSON|name:HERNANDEZ RUBIO, JOSE LUIS]]   MRN [[ID|mrn:004-88-1930]]   [[AGE|other:75]] y.o. M   MBI [[ID|health_plan:1EG4-TE5-MK73]]
Ordering: hematology clinic
Specimen: PB, EDTA. WBC 38.2 K/uL, ALC 31.0 K/uL.
Findings: Monotypic kappa B cells (82% of lymphocytes), CD5+ CD23+ CD200+ CD20 dim, sIg dim, CD38-, FMC7-. Matutes score 5/5.
Interp: CLL/SLL phenotype. Recommend FISH (del17p, del11q, +12, del13q) and IGHV status.
CPT 88184, 88185 x11, 88189.""",
]

RADIOLOGY = [
    """--- dcmdump excerpt, study pushed from CT2 ---
(0008,0020) DA [[[DATE|date:20240305]]]                  # StudyDate
(0008,0030) TM [101522.000]                              # StudyTime
(0008,0050) SH [[[ID|other:RDX24030500871]]]             # AccessionNumber
(0008,0060) CS [CT]                                      # Modality
(0008,0080) LO [[[LOCATION|geo:Gold Coast University Hospital]]]   # InstitutionName
(0008,1010) SH [GCUH_CT2]                                # StationName
(0010,0010) PN [[[PERSON|name:FALEOLO^Tavita^Iosefa]]]   # PatientName
(0010,0020) LO [[[ID|mrn:GC2290471]]]                    # PatientID
(0010,1010) AS [[[AGE|other:042Y]]]                      # PatientAge
(0018,0060) DS [120]                                     # KVP
(0018,1000) LO [[[DEVICE|device:83214]]]                 # DeviceSerialNumber
(0008,0016) UI [1.2.840.10008.5.1.4.1.1.2]               # SOPClassUID
--- REPORT ---
CT BRAIN (non-contrast). Hx: fall from ladder, GCS 15, on apixaban 5 mg bd.
No acute intracranial haemorrhage. No calvarial fracture. Mild small vessel change. CTDIvol 48.2 mGy, DLP 812 mGy.cm.""",
    """[[LOCATION|geo:UCHealth Anschutz Outpatient Pavilion]] - Imaging
EXAM: MRI KNEE RT WO CONTRAST (CPT 73721)     ACC#: [[ID|other:A20240312-44817]]
PATIENT: [[PERSON|name:Brennan O'Rourke-Diaz]]     MRN: [[ID|mrn:7719-20-44]]
Registration: identity confirmed by palm-vein scan, template [[ID|biometric:PS-PV-00918273]].
HX: twisting injury skiing at [[LOCATION|geo:Breckenridge]] 2 weeks ago, ?ACL.
FINDINGS: Complete mid-substance ACL tear. Bone contusions lateral femoral condyle and posterolateral tibial plateau (pivot-shift pattern). Medial meniscus posterior horn grade 3 signal reaching the inferior articular surface. MCL grade 1 sprain. No Segond fracture. Small effusion.
IMPRESSION: 1. Complete ACL tear. 2. Medial meniscal tear, posterior horn.
Share images: [[URL|url:https://myimages.uchealth.org/share/7Hq2KcP9xZ]] (link valid 7 days)""",
    """NHS BREAST SCREENING PROGRAMME - [[LOCATION|geo:Jarvis Breast Screening Centre]]
Client: [[PERSON|name:Harriet Pemberton-Oduya]]    NHS no. [[ID|health_plan:475 379 3443]]    DOB [[DATE|date:22/06/1965]]
Round 3 (routine recall). Unit: Hologic 3Dimensions, s/n [[DEVICE|device:87410022301]].
Reader 1: AK    Reader 2: SB    Arbitration: not required
BI-RADS density B. No suspicious mass, calcification or distortion. Outcome: NORMAL - routine recall in 3 years.
Result letter to client and to registered GP.""",
    """[[LOCATION|geo:BC Women's Hospital]] - Maternal Fetal Ultrasound
MWL query OK from [[IP|ip:10.44.18.207]] (AE title BCW_US07), accession [[ID|other:BCW-US-24-0091823]]
Patient: [[PERSON|name:Nguyen, Bao Tran]]    PHN [[ID|health_plan:9795422052]]    Age [[AGE|other:33]]
EDD by LMP [[DATE|date:2024-08-09]] (unchanged by 12-week scan)
Detailed anatomy at 20w3d: single live IUP, FHR 148 bpm, EFW 352 g (48th centile). Placenta posterior, high. Cervix 38 mm. Anatomy complete and normal; no soft markers.
Sonographer DM / radiologist HWB""",
    """[[LOCATION|geo:Cork University Hospital]] - Radiology
NIMIS Acc No. [[ID|other:CUH24R0188342]]    MRN [[ID|mrn:M0748213]]
Patient: [[PERSON|name:Pádraig Ó Súilleabháin]]    DOB [[DATE|date:09-Jan-1950]]
XR CHEST PA: Right lower lobe airspace opacity with air bronchograms, in keeping with consolidation. Small right effusion. CTR 0.48. Suggest repeat CXR in 6 weeks to confirm resolution.
-- PACS audit --
[[DATE|date:2024-03-14 09:14:22]] VIEW user=[[ID|other:okeeffem]] ws=[[IP|ip:172.21.40.118]] acc=[[ID|other:CUH24R0188342]]""",
    """CT CORONARY ANGIOGRAM - [[LOCATION|geo:National Heart Centre Singapore]]
(0008,0050) AccessionNumber   [[ID|other:NHC2403-118723]]
(0010,0010) PatientName       [[PERSON|name:MUHAMMAD HAFIZ BIN RAHMAT]]
(0010,0020) PatientID         [[ID|ssn:T4772248E]]
(0018,1000) DeviceSerialNo    [[DEVICE|device:CN21418]]
(0008,1040) InstDeptName      Cardiac Imaging
HR 58 bpm after metoprolol 50 mg. Agatston calcium score 112 (MESA 78th percentile).
LAD: proximal mixed plaque, 50-69% stenosis. LCx and RCA: minimal plaque.
CAD-RADS 3. Recommend functional testing.""",
    """TELERADIOLOGY REPORT for [[LOCATION|geo:Mediclinic Panorama]]
Study received [[DATE|date:2024/03/21]] 02:47 from [[IP|ip:196.25.118.42]]; reporting radiologist [[EMAIL|email:r.pillay@capetelerad.co.za]]
Patient: [[PERSON|name:Sipho Ndlovu-Khumalo]]   Hosp no [[ID|mrn:PAN-0771841]]   [[AGE|other:52]]M
CT ABDOMEN/PELVIS with IV contrast: Dilated appendix 11 mm with periappendiceal fat stranding and a 6 mm appendicolith. No free gas, no collection. Alvarado score on request form: 8.
Conclusion: acute uncomplicated appendicitis. Discussed with surgical registrar at 03:20.
Dr [[PERSON|name:R. Pillay]] (HPCSA [[ID|license:MP 0712284]])""",
    """nuc med - bone scan   [[LOCATION|geo:Monash Medical Centre]]
pt [[PERSON|name:Giuseppe Bellantonio]] ("[[PERSON|name:Joe]]")  UR [[ID|mrn:MH0092231]]  [[AGE|other:78]]yo  DVA [[ID|health_plan:VX418823]]
inj Tc-99m HDP 800 MBq L ACF 0845, lot 2403-HDP-118 exp 31/03/2024. imaging 3h post. camera Siemens Symbia Intevo s/n [[DEVICE|device:1187]].
findings: multiple foci of increased uptake T7, T10, L3, R 6th rib posteriorly and L iliac bone - pattern c/w osseous mets in setting of prostate ca (PSA 14). no superscan.
ref: urology (AD)""",
    """[[LOCATION|geo:Whangārei Hospital]] Radiology    Referral via ED, ACC claim [[ID|other:KH4471093]]
Patient: [[PERSON|name:Mere Tāwhiri-Hohaia]]   NHI [[ID|health_plan:PRD6292]]   Home: [[ADDRESS|geo:1442 State Highway 12, RD 2, Kaikohe 0472]]
Injury [[DATE|date:02/03/2024]]: FOOSH from horse.
XR L WRIST: Extra-articular distal radius fracture, dorsal angulation 18 deg, 3 mm shortening. Ulnar styloid avulsion. Post-reduction: angulation 4 deg, acceptable.""",
    """From: PACS Admin <[[EMAIL|email:pacs-admin@lakeshorerad.com]]>
Subject: Study merge error - ACC [[ID|other:LSR-884120]]
Sent: [[DATE|date:Fri 3/8/2024]] 4:51 PM
Team - the DX chest was filed under [[PERSON|name:ZHANG^YUFEI]] (MRN [[ID|mrn:00553871]]) but belongs to [[PERSON|name:ZHANG^YUTING]] (MRN [[ID|mrn:00553817]]). Similar names, same-day registration. Unmerged and re-sent to RIS.
Modality: DX Room 2, Carestream DRX-Evolution, SN [[DEVICE|device:4R72205]], MAC [[DEVICE|device:00:1B:63:84:45:E6]], IP [[IP|ip:10.12.4.31]].
- PACS team""",
]

DENTAL = [
    """Clinical Notes - [[LOCATION|geo:Carlingford Court Dental]]
Pt: [[PERSON|name:Sophie Anagnostopoulos]]  DOB [[DATE|date:08/12/2009]]  Chart# [[ID|mrn:SD-10442]]
[[DATE|date:12/03/2024]] | Dr [[PERSON|name:Ng]] | DA KL
11 MO comp A2 | 16 FS | 26 FS | 36 O caries into dentine -> GIC | 46 sealed, intact
BW x2 + OPG. Items 011, 022 x2, 161 x2, 531. Gap $48.20.
Intraoral photos saved: [[ID|photo:IO_Anagnostopoulos_S_120324_01.jpg]]
Ortho referral (Class II div 1, OJ 7 mm). Recall 6/12, booked online: [[URL|url:https://bookings.carlingfordcourtdental.com.au/appt/88213]]""",
    """NHS dental - treatment record    Performer no. [[ID|license:118472]]
Patient: [[PERSON|name:Callum McTaggart]]    CHI [[ID|health_plan:1503783375]]    Tel [[PHONE|phone:0141 632 8814]]
Acceptance [[DATE|date:05/02/2024]]    Completion [[DATE|date:28/02/2024]]
BPE 2 2 1 / 1 2 2. LR6 RCT (3 canals, WL 21/20/21 mm), UR4 DO amalgam, scale & polish. Band 2 - charge £0 (exempt, HC2 certificate).
Smoker 10/day - cessation advice given.""",
    """ADA CLAIM FORM (2019) - key fields
Subscriber ID: [[ID|health_plan:DDM007302961]]    Group: 01220    Carrier: Delta Dental
Patient: [[PERSON|name:Vang, Thao]]    DOB [[DATE|date:06/02/1991]]    [[ADDRESS|geo:1842 Payne Ave, Saint Paul, MN 55130]]
Line 1: [[DATE|date:03/05/2024]] | tooth 19 | D2740 crown porcelain/ceramic | $1,245.00
Line 2: same DOS | tooth 19 | D2950 core buildup | $285.00
Remarks: MB and DL cusps fractured, existing MOD amalgam >50% of crown; see narrative and pre-op PA.
Billing dentist: [[PERSON|name:Erik Lindqvist]], DDS   NPI [[ID|license:2078564186]]""",
    """ACC dental injury - [[LOCATION|geo:Mosgiel Dental Centre]]
[[PERSON|name:Ruby Tangitu-Marsh]] ([[AGE|other:16]]) NHI [[ID|health_plan:PGH8156]]. Came with mum [[PERSON|name:Karen]].
Fell off skateboard at the skate park [[DATE|date:Sat 9 March]] approx 1600.
11: Ellis class II (enamel-dentine) fracture, no pulp exposure, mobility 0, sensibility +ve (EPT 32).
21: enamel chip only. Composite bonding 11, smoothed 21. Splint not required.
ACC45 lodged, claim [[ID|other:DK58830174]]. Review 2/52 then 3/12 for vitality.
Dentist DCNZ [[ID|license:43218]]""",
    """[[LOCATION|geo:National Dental Centre Singapore]] - Implant record
Patient: [[PERSON|name:Rajesh s/o Subramaniam]]   NRIC [[ID|ssn:S0751853F]]   [[AGE|other:61]]M
Site 36: Straumann BLT 4.1 RC SLActive 10 mm, REF 021.5310, LOT UE172 (exp 2027-08). ISQ 72. Healing abutment 4 mm.
Insertion torque 35 Ncm. Bone type D2. Amoxicillin 500 mg tds x5/7.
Post-op instructions sent to [[EMAIL|email:rajesh.subra61@singnet.com.sg]]; surgeon Dr [[PERSON|name:Goh Siew Ling]]""",
    """[[LOCATION|geo:Clinique dentaire Saint-Hubert]] - notes cliniques
Patiente : [[PERSON|name:Geneviève Lachapelle-Roy]]   NAM : [[ID|health_plan:LACG 8556 1218]]   Tél. : [[PHONE|phone:450 676-2210]]
[[DATE|date:2024-03-07]] - Examen périodique, détartrage, BW x2. 36 : carie occlusale profonde, obturation composite prévue. 47 : scellant intact. Indice de plaque 22 %.
Prochain RDV : dans 6 mois.
Dr [[PERSON|name:Karim Benali]], permis ODQ [[ID|license:214488]]""",
    """PERIODONTAL CHARTING - Dr [[PERSON|name:Nomvula Dlamini-Sithole]] BDS (Wits)  HPCSA [[ID|license:DP 0118822]]
Patient: [[PERSON|name:Pieter-Jan Coetzee]] ([[AGE|other:47]])   Medical aid: Momentum Health [[ID|health_plan:910027734]]
PD (mm)  17 | 16 | 15 | 14 | 13 | 12 | 11
buccal   535 | 646 | 434 | 323 | 323 | 212 | 213
BOP 38%, plaque 45%. Stage III Grade B periodontitis. 16, 26 furcation II. Smoker 20/day.
Plan: RSD x4 quadrants, review 3/12. Invoice [[ID|account:INV-2024-5531]] emailed to [[EMAIL|email:pjcoetzee@telkomsa.net]].""",
    """DTSS CLAIM - [[LOCATION|geo:Moycullen Dental]]
Patient: [[PERSON|name:Caoimhe Breathnach]]   PPSN [[ID|ssn:1877608T]]   Medical card [[ID|health_plan:0734215C]]
Addr: [[ADDRESS|geo:14 Ard Aoibhinn, Moycullen, Co. Galway H91 E2K8]]
[[DATE|date:11/03/2024]] Ext 47 (grossly carious, non-restorable). Lignospan 2.2 ml, IDB. Haemostasis OK.
Item codes: A1 exam, C1 extraction.
Dentist: Dental Council reg. [[ID|license:5581]]""",
    """OFFICE OF THE CHIEF MEDICAL EXAMINER - [[LOCATION|geo:Oklahoma City]]
Case [[ID|other:ME-24-00318]]    Forensic odontology comparison    Date: [[DATE|date:03/15/2024]]
Putative identity: [[PERSON|name:Darnell Whitaker-Moss]], [[AGE|other:34]]
Antemortem records from [[LOCATION|geo:Edmond Family Dental]]; radiograph [[ID|photo:AM_BWX_WhitakerMoss_D_2021-08-17.tif]]
PM findings (Universal): #1, #16, #17, #32 missing; #3 MOD amalgam; #14 PFM crown; #30 RCT + crown; #19 O composite.
AFIS fingerprint record [[ID|biometric:AFIS-OK-2210937]] unusable (decomposition). Concordant points 11, no unexplainable discrepancies. Conclusion: POSITIVE IDENTIFICATION (ABFO category 1).""",
    """[[LOCATION|geo:katherine]] community dental - walk in
pt [[PERSON|name:jaylen tipiloura]] [[AGE|other:9]]yo, HRN [[ID|mrn:KAT0047721]], with aunty [[PERSON|name:ros]] (ph [[PHONE|phone:08 8972 1144]])
multiple ECC - 54 55 64 65 cavitated, 74 abscess w buccal swelling. SDF to 54 55 64 65, FV 22,600 ppm. amox 250mg tds.
needs GA - referral to [[LOCATION|geo:royal darwin hospital]] paeds dental list. CDBS eligible.""",
]

EYE = [
    """[[LOCATION|geo:Eyecare Plus Toowong]]    Fax [[PHONE|fax:(07) 3870 1133]]
Dear Doctor,
Re: Mr [[PERSON|name:Howard Fitzgerald-Nunn]], DOB [[DATE|date:03/05/1952]]
Thank you for seeing this [[AGE|other:71]]-year-old interstate truck driver, with reduced vision and raised IOPs.
VA (best corrected): R 6/12, L 6/24; pinhole no better. IOP (iCare) 24 / 27 mmHg at 10:40. CCT 528 / 519 um.
Nuclear sclerosis 3+ OU. C/D 0.6 R, 0.7 L with inferior rim thinning L. 24-2 SITA Fast: early superior arcuate defect L, MD -4.2 dB.
He holds a multi-combination licence (QLD DL [[ID|license:081447293]]) and does not meet the commercial vision standard.
Fundus and OCT images attached ([[ID|photo:FUNDUS_OU_FITZGERALD-NUNN_H_140324.jpg]]).
Kind regards, optometrist (AHPRA [[ID|license:OPT0001742281]])""",
    """[[LOCATION|geo:Moorfields Eye Hospital]] - Medical Retina Service
Hospital no. [[ID|mrn:M4472910]]    NHS no. [[ID|health_plan:137 919 3125]]
Mrs [[PERSON|name:Gwendolyn Achebe-Rhys]], [[AGE|other:76]]
Diagnosis: Neovascular AMD left eye (type 1 CNV), non-neovascular AMD right eye.
VA (ETDRS letters) R 72, L 41. OCT L: subretinal fluid and PED. Started aflibercept 2 mg, loading x3 monthly then treat-and-extend.
Driving: she does not meet the DVLA standard and agreed to stop driving today and notify the DVLA (driver no. [[ID|license:ACHEB460117G99LK]]).
Her husband will drive her; parking permit issued for vehicle [[VEHICLE|vehicle:LR19 XKP]].
Mr [[PERSON|name:Dimitrios Kalogeropoulos]] FRCOphth""",
    """OPERATIVE NOTE - [[LOCATION|geo:Tucson Eye Surgery Center]]    DOS [[DATE|date:03/20/2024]]
Patient: [[PERSON|name:Ramón Aguilar-Whitehorse]]    Age [[AGE|other:66]]
Procedure: Phacoemulsification with IOL, right eye (CPT 66984). Anesthesia: MAC + topical.
IOL: Alcon AcrySof IQ SN60WF +21.5 D, serial [[DEVICE|device:13927461015]]
UDI [[DEVICE|device:(01)00380652440912(17)270630(21)13927461015]]
Biometry: AL 23.42 mm, K1 43.75 / K2 44.25, A-constant 119.0, target -0.25 D (Barrett Universal II).
CDE 8.41. No complications; posterior capsule intact.
Surgeon: [[PERSON|name:Naomi Feinberg-Osei]], MD""",
    """Diabetic Retinal Screening - [[LOCATION|geo:Manukau SuperClinic]]
[[PERSON|name:Losa Fa'amausili]]   NHI [[ID|health_plan:VHK4565]]   [[AGE|other:54]]F   Mob [[PHONE|phone:022 418 7730]]
Screened [[DATE|date:05/03/2024]]. Images: [[ID|photo:VHK4565_OS_macula_20240305.jpg]] + 3 others.
Grading: OD R2 M0; OS R3 M1 (suspected NVE, exudate within 1 DD of fovea).
Outcome: URGENT referral to ophthalmology (within 4 weeks). HbA1c on file 86 mmol/mol.
Grader: [[PERSON|name:A. Tuilagi]]""",
    """[[LOCATION|geo:Brampton Civic Hospital]] - Paediatric Ophthalmology    Fax [[PHONE|fax:905-494-2120]]
Re: [[PERSON|name:Aarav Mehta]]    DOB [[DATE|date:2019-08-14]]    OHIP [[ID|health_plan:2505-968-897]]
Seen with his mother [[PERSON|name:Kavya]]. Alternating esotropia 25 PD at near and distance. Cycloplegic refraction +3.50 OU. Central, steady fixation OU; no amblyopia on Teller cards.
Plan: full hyperopic correction, review in 3 months; if residual ET > 10 PD consider surgery.""",
    """MEDICAL REPORT - VISUAL FITNESS FOR DRIVING
Clinic: [[LOCATION|geo:Novena Eye Clinic]]
Name: [[PERSON|name:Chua Boon Keat]]    NRIC: [[ID|ssn:S0891172Z]]    Age: [[AGE|other:67]]
Class 3 licence. Vehicle registered to applicant: [[VEHICLE|vehicle:SKQ 4182 L]]
VA (with glasses) R 6/9, L 6/7.5; binocular 6/7.5. Ishihara 15/15. Esterman binocular 120 points, no central defect.
Opinion: FIT to drive (Class 3). Review in 3 years (age above 65).
Dr [[PERSON|name:Wong Shu Fen]] (MCR [[ID|license:M14482A]])""",
    """[[LOCATION|geo:Spec-Savers Menlyn Maine]] - Eye examination record
Client: [[PERSON|name:Lerato Mahlangu]]    ID: [[ID|ssn:9904052492083]]    GEMS no: [[ID|health_plan:005932718]]
Cell [[PHONE|phone:072 418 2290]]    e-mail [[EMAIL|email:lerato.m99@gmail.com]]
Rx OD -2.25/-0.50x180  OS -2.00/-0.75x170  Add nil. VA 6/6 each. IOP 14/15 (NCT). Horizontal binocular field 120 deg - meets driving licence requirement.
Contact lens trial: Acuvue Oasys 8.4 / -2.25 / -2.00, lot B00413T.
Optometrist: HPCSA [[ID|license:OP 0071418]]""",
    """[[LOCATION|geo:Royal Victoria Eye and Ear Hospital]] - Cornea Clinic
Re: [[PERSON|name:Oisín Kavanagh]], DOB [[DATE|date:17/09/2003]], MRN [[ID|mrn:RV0073314]]
Dear Dr [[PERSON|name:Ó Ceallaigh]],
[[PERSON|name:Oisín]] attends with progressive keratoconus OD. Pentacam Kmax 58.4 D (56.1 D in September), thinnest pachymetry 452 um. BCVA 6/9 OD, 6/6 OS.
Listed for epi-off corneal cross-linking (Dresden protocol, riboflavin 0.1%, UVA 3 mW/cm2 x 30 min).
Scan: [[ID|photo:Pentacam_KAVANAGH_Oisin_OD_20240308.pdf]]
Yours sincerely, Consultant Ophthalmic Surgeon""",
    """Teleretinal screening - [[LOCATION|geo:Englewood Community Health]]
Camera: Topcon TRC-NW400, SN [[DEVICE|device:1844712]], uploaded from [[IP|ip:68.112.4.201]] on [[DATE|date:03/11/2024]]
Patient: [[PERSON|name:Deshawn Mitchell-Okafor]]    IL Medicaid [[ID|health_plan:118472093]]
Read: moderate NPDR OU without DME. Image quality adequate (2 fields/eye). Recommend ophthalmology in 3-6 months.
Case link for PCP: [[URL|url:https://portal.eyepacs.com/case/3318820]]
Reader: OD""",
    """[[LOCATION|geo:geelong eye]] - scanned clinic note (OCR)
pt: [[PERSON|name:marcus o'loughlin]]   urn: [[ID|mrn:0O44l87]]   dob [[DATE|date:1O/O3/l968]]
r/v post YAG capsulotomy R - va 6/6-2, iop 15. L PCO mild.
vicroads medical report done - fit for car licence (lic no [[ID|license:044718229]]), not for HR. drives work ute rego [[VEHICLE|vehicle:2AK 7QP]].
next: 12/12 with fields""",
]

AUDIOLOGY = [
    """AUDIOLOGY REPORT - Hearing Australia, [[LOCATION|geo:Wodonga]] centre
Client: Mrs [[PERSON|name:Bronwyn Eastaugh]]    DOB [[DATE|date:02/11/1932]] ([[AGE|date:91]])
Freq (Hz)     | 250 | 500 | 1k | 2k | 4k | 8k
R AC (dB HL)  |  30 |  35 | 45 | 60 | 75 | 80
L AC (dB HL)  |  25 |  35 | 50 | 65 | 80 | NR
Bilateral moderate-to-severe sloping SNHL. SRT 40/45 dB. Tymps type A.
Fitted Phonak Audeo L90-R: R s/n [[DEVICE|device:2312A0XK4]], L s/n [[DEVICE|device:2312A0XK9]]. COSI goals: TV, church, phone.
Daughter [[PERSON|name:Jenny]] will help with charging ([[PHONE|phone:0427 118 903]]).""",
    """PEDIATRIC AUDIOLOGY - ABR
Patient: Baby Boy [[PERSON|name:Ochieng]]    MRN [[ID|mrn:10044718]]    DOB [[DATE|date:02/27/2024]]
Mother: [[PERSON|name:Grace Ochieng]]    Phone [[PHONE|phone:(612) 813-6042]]
Newborn hearing screen: REFER both ears (AABR x2). NICU 9 days, hyperbilirubinemia, cCMV PCR pending.
Sedation-free ABR: tone-burst 2 kHz R 50 dB nHL, L 45 dB nHL; 500 Hz R 40, L 40. Click ABR wave V present to 50 dB nHL bilaterally; no ANSD.
Impression: mild-to-moderate hearing loss bilaterally, likely sensorineural. Referred to Help Me Grow; hearing aid fitting at [[LOCATION|geo:Children's Minnesota]].
Audiologist, AuD, CCC-A""",
    """[[LOCATION|geo:Royal Bolton Hospital]] Audiology - hearing aid fitting
Mr [[PERSON|name:Trevor Haslingden]] ([[AGE|other:72]])    NHS [[ID|health_plan:735 332 1113]]
Fitted NHS Oticon More 1 BTE: L SN [[DEVICE|device:2107L38842]], R SN [[DEVICE|device:2107R38851]]. REM to NAL-NL2 within 5 dB, 500-4k.
Paired to his phone (BT MAC [[DEVICE|device:5C:F3:70:8A:1D:22]]). Remote follow-up: [[URL|url:https://remotecare.oticon.com/join/TRH-77412]] (test call from [[IP|ip:81.154.207.33]] OK)
TFI score 38. Datalogging check at 6/52.""",
    """[[LOCATION|geo:Stoney Creek Hearing Centre]]    Fax [[PHONE|fax:905-662-4419]]
Re: [[PERSON|name:Dmytro Kovalenko]]    WSIB claim [[ID|other:31448207]]    SIN [[ID|ssn:592 432 496]]
Employer: [[LOCATION|geo:ArcelorMittal Dofasco]], hot strip mill, 29 years noise exposure (Leq 94 dBA).
Audiogram [[DATE|date:2024-03-04]]: bilateral 4 kHz notch, R 65 / L 70 dB HL at 4k, recovery at 8k. Word recognition 84% / 80% at 75 dB HL.
Pattern consistent with noise-induced hearing loss. Binaural hearing aids recommended.""",
    """Cochlear implant mapping - Southern CI Programme, [[LOCATION|geo:Christchurch]]
[[PERSON|name:Aniwaniwa Pōtae]] ([[AGE|other:7]]), NHI [[ID|health_plan:FPJ8146]]
Implant CI632 S/N [[DEVICE|device:4630217]] (R, implanted 2019); processor Nucleus 8 S/N [[DEVICE|device:7320041883]].
Impedances within normal limits, no open/short circuits. T and C levels stable; MAP 7 ACE 900 pps, 8 maxima.
Aided thresholds 20-25 dB HL 250-6k. CNC words 76% in quiet.
Mum reports good use at kura ([[LOCATION|geo:Te Kura Kaupapa Māori o Te Whānau Tahi]]).""",
    """BASELINE AUDIOMETRY (WSH Noise Regs) - [[LOCATION|geo:Raffles Medical Jurong East]]
Worker: [[PERSON|name:Karthik Ramasamy]]   FIN [[ID|ssn:G3887085N]]   WP no. [[ID|other:0 21760391]]   Age [[AGE|other:29]]
Company: [[LOCATION|geo:Keppel Shipyard (Tuas)]]   Tested [[DATE|date:07/03/2024]], booth ambient OK
Hz:   500  1k  2k  3k  4k  6k
R:     10  10  15  20  25  20
L:     15  10  15  25  30  25
Result: early noise dip L 4k. Category: Normal. Re-test annually.""",
    """MINE AUDIOMETRY - PLH calculation (SANS 10083)
Employee: [[PERSON|name:Mandla Zwane]]   ID [[ID|ssn:7811248943089]]   Coy no [[ID|other:KLF-207715]]   Age [[AGE|other:45]]
Operation: [[LOCATION|geo:Kloof Gold Mine]], [[LOCATION|geo:Westonaria]]
Baseline PLH (2009): 3.1%    Current PLH [[DATE|date:2024-02-26]]: 14.2%    Shift: 11.1% (>10% - referral required)
Referred for diagnostic audiology and possible compensation claim.
Audiologist: HPCSA [[ID|license:AU 0041182]]""",
    """[[LOCATION|geo:University Hospital Galway]] - Paediatric Audiology
Child: [[PERSON|name:Fionn Mac Giolla Phádraig]]    DOB [[DATE|date:03/08/2019]]    MRN [[ID|mrn:UHG1184402]]
Attended with mother [[PERSON|name:Áine]].
Tympanometry: type B bilaterally (ECV 0.7 / 0.8 ml). Play audiometry: 30-35 dB HL across 500-4k bilaterally.
Impression: bilateral conductive loss consistent with OME, persistent > 3/12. Referred ENT for consideration of grommets.
Copy: GP""",
    """VA C&P EXAM - HEARING LOSS AND TINNITUS DBQ
Veteran: SSG (Ret) [[PERSON|name:Curtis Lamar Odom]]    SSN [[ID|ssn:214-58-7790]]    Claim no. [[ID|other:28447193]]
Exam at [[LOCATION|geo:Durham VA Medical Center]]
MOS 13B Cannon Crewmember, two deployments.
Puretone (dB HL)  500  1000  2000  3000  4000
RIGHT              20    25    45    60    70
LEFT               25    30    50    65    75
Maryland CNC: R 88%, L 84%. Recurrent tinnitus, onset during service.
Opinion: at least as likely as not (50% or greater probability) caused by military noise exposure.
Examiner AuD   NPI [[ID|license:2851018277]]""",
    """tele-aud log [[DATE|date:19/03/24]]
remote fit session [[LOCATION|geo:mt isa]] clinic (ip [[IP|ip:203.45.117.88]]) -> [[LOCATION|geo:townsville]] hub.
client [[PERSON|name:kayden w.]] [[AGE|other:15]]yo, UR [[ID|mrn:TTH09918274]].
signia pure c&g 7ax R sn [[DEVICE|device:GB4418206]] - fine tuned, feedback mgr re-run. mum ok w/ changes; summary to [[EMAIL|email:marlene.w@bigpond.com]]""",
]

GENETICS = [
    """[[LOCATION|geo:Parkville Familial Cancer Centre]]
Re: Ms [[PERSON|name:Chiara Bonaventura]]
Pedigree summary (maternal side unremarkable):
 I-1   [[PERSON|name:Salvatore Bonaventura]], d. 71, prostate ca dx 66
 I-2   [[PERSON|name:Rosaria Bonaventura]] (nee [[PERSON|name:Lombardo]]), b. [[DATE|date:1933]], alive, [[AGE|date:91]]
 II-1  aunt, breast ca dx 44, d. 2009
 II-3  father [[PERSON|name:Franco]], 68, unaffected, not tested
 III-1 consultand, [[AGE|other:40]]
 III-2 sister, 36
Result: BRCA1 c.5266dupC p.(Gln1756Profs*74) - PATHOGENIC (class 5), lab ref [[ID|other:VCGS-GEN-24-00418]].
Cascade testing offered to her sister and father. Risk-reducing BSO discussed (guideline: by 35-40).""",
    """Clinical Genetics, [[LOCATION|geo:St George's Hospital]]
Re: Mr [[PERSON|name:Jonathan Aldous-Mbeki]], DOB [[DATE|date:19/02/1990]], NHS [[ID|health_plan:174 136 8316]]
Predictive HD test, session 3 of 3. Accompanied by partner [[PERSON|name:Naomi]].
Family: father [[PERSON|name:Robert Aldous]], symptomatic from 52, HTT CAG 44, now resident at [[LOCATION|geo:Wimbledon Lodge Nursing Home]]. Paternal grandmother [[PERSON|name:Edith]] died aged [[AGE|date:93]] with late-onset chorea; CAG 38 on stored DNA.
Result given: CAG 17 / 42 - fully penetrant range. He had expected this and has a support plan.""",
    """PRENATAL GENETIC COUNSELING NOTE
Patient: [[PERSON|name:Rivka Hershkowitz-Adler]]    Age [[AGE|other:34]]    G2P1 at 12w4d
Partner [[PERSON|name:Eli Adler]] (Ashkenazi Jewish, both sides).
Family history: maternal grandmother [[PERSON|name:Shoshana Hershkowitz]], [[AGE|date:94]], living, Parkinson disease. A paternal great-uncle reportedly died in childhood of Tay-Sachs (1950s).
Results: cfDNA low risk T21 (1:10,000), T18, T13; fetal fraction 9%. Carrier screen: GBA c.1226A>G (N370S) heterozygous; partner testing sent.
Results shared via portal: [[URL|url:https://mychart.mountsinai.org/MyChart/Messages/view/88213407]]
Genetic counselor, MS, CGC""",
    """Genetic Health Service NZ - Northern Hub
GP team, [[LOCATION|geo:Gisborne]]
Tēnā koe, re: [[PERSON|name:Tamati Ngata]], NHI [[ID|health_plan:CFU4075]]
This [[AGE|other:45]]-year-old man carries an MLH1 pathogenic variant, c.1852_1854del p.(Lys618del). Whānau history:
- mother [[PERSON|name:Huia]]: colorectal ca at 51, died 58
- aunty: endometrial ca at 49
- koro [[PERSON|name:Hone Ngata]]: alive, [[AGE|date:92]], no cancer
Colonoscopy every 2 years from now; aspirin 600 mg discussed (CAPP2).""",
    """[[LOCATION|geo:CHEO]] - Genetics Clinic
Patient: [[PERSON|name:Noémie Tremblay-Ouellet]]    DOB [[DATE|date:2021-05-30]]    OHIP [[ID|health_plan:4882-509-443]]
Parents: [[PERSON|name:Mathieu Ouellet]] (31) and [[PERSON|name:Sophie Tremblay]] (29), non-consanguineous.
Microarray: arr[GRCh38] 22q11.21(18912231_21465672)x1 - 2.55 Mb deletion, pathogenic. Parental studies: de novo.
Echo: perimembranous VSD. Ca 2.08 mmol/L, CD3+ 890 cells/uL.
Clinical photographs (consented): [[ID|photo:CHEO_GEN_TremblayOuellet_N_face_AP.jpg]]""",
    """Thalassaemia carrier counselling - [[LOCATION|geo:KK Women's and Children's Hospital]]
Couple: [[PERSON|name:Nur Aisyah binte Ismail]] ([[AGE|other:27]], NRIC [[ID|ssn:T2899656F]]) and husband [[PERSON|name:Mohd Faizal bin Abdullah]] (30, NRIC [[ID|ssn:S2792930C]])
Wife: Hb 11.2, MCV 64, MCH 20.1, HbA2 2.4% -> alpha-thal --SEA/aa (carrier).
Husband: MCV 66, HbA2 2.6% -> --SEA/aa.
Risk of Hb Bart's hydrops fetalis 25% each pregnancy. Options: PGT-M, CVS at 11-13 weeks.
Contact: [[PHONE|phone:8224 1176]]""",
    """Lipid Clinic, [[LOCATION|geo:Groote Schuur Hospital]]    Folder no [[ID|mrn:GSH40118273]]
Patient: [[PERSON|name:Botha, Hendrik Jacobus]] ("[[PERSON|name:Henk]]"), [[AGE|other:39]]
LDL-C 7.8 mmol/L off treatment, Achilles tendon xanthomata, DLCN score 13 (definite FH).
Genetics: LDLR c.681C>G p.(Asp227Glu) - FH Afrikaner-1 founder variant, heterozygous.
Family: father - fatal MI at 46. Cousin [[PERSON|name:Annelie Steyn]] in [[LOCATION|geo:Bloemfontein]] already on a PCSK9 inhibitor.
Cascade letters sent.""",
    """Dept of Clinical Genetics, [[LOCATION|geo:CHI at Crumlin]]
Infant: [[PERSON|name:Darragh Ó Flaithearta]]    DOB [[DATE|date:12/12/2023]]
IRT raised; CFTR: F508del / G551D. Sweat chloride 98 mmol/L.
Parents [[PERSON|name:Seán]] and [[PERSON|name:Máire Ó Flaithearta]], home [[ADDRESS|geo:Ros Muc, Co. na Gaillimhe H91 KD92]].
A maternal relative, [[PERSON|name:Bríd Ní Fhlatharta]] (first cousin once removed), is a known carrier.
G551D: eligible for ivacaftor-based modulator therapy. GP informed.""",
    """[[LOCATION|geo:UT Southwestern]] Cardiovascular Genetics    Fax [[PHONE|fax:(214) 645-8319]]
Dear Family Member,
Your relative, [[PERSON|name:Marcus Delgado-Reyes]] (age [[AGE|other:48]]), has hypertrophic cardiomyopathy and carries MYH7 c.1208G>A, p.(Arg403Gln), likely pathogenic.
His uncle [[PERSON|name:Arturo Delgado]] died suddenly at 38 while playing basketball, and his grandmother [[PERSON|name:Consuelo Reyes]] ([[AGE|date:96]]) has a pacemaker.
First-degree relatives should have an ECG and echocardiogram and be offered testing. Reference lab accession [[ID|other:8847221]].""",
    """GC ph call - [[LOCATION|geo:RCH]] genetics
proband [[PERSON|name:Liam Kowalczyk-Hart]], [[AGE|other:6]]yo, UR [[ID|mrn:8827104]]
spoke w mum re FMR1 results:
- [[PERSON|name:Liam]]: full mutation >200 CGG, methylated
- mum [[PERSON|name:Deborah Hart]] 38: premutation 92 CGG
- maternal gma "Nan" [[PERSON|name:Patricia Hart]] 67: premutation 78 CGG, new tremor ?FXTAS -> neuro referral suggested
- maternal great-uncle [[PERSON|name:Les]] d. 1998, "slow", never tested
next appt [[DATE|date:Wed 10/04/2024]] 1400. summary emailed [[EMAIL|email:deb.hart84@outlook.com]]""",
]

OCC_HEALTH = [
    """PRE-EMPLOYMENT MEDICAL - [[LOCATION|geo:Port Hedland]] Occupational Health
Candidate: [[PERSON|name:Jarrah Whitford]]    DOB [[DATE|date:22/08/1994]]
Role: haul truck operator, [[LOCATION|geo:Roy Hill mine]]. WA DL [[ID|license:6094211]] (HR).
Drug and alcohol (AS/NZS 4308): negative. BrAC 0.000. Spirometry FEV1/FVC 82%. Audiogram: mild 4k notch L.
Site access fingerprint enrolled - template [[ID|biometric:FP-WA-0098213]].
Outcome: Fit for role without restriction. AHPRA [[ID|license:MED0002417731]]""",
    """Occupational Health - [[LOCATION|geo:Salford Royal]]
Employee: Ms [[PERSON|name:Bethany Ashworth-Kaur]]    Staff no [[ID|other:E0592736]]    NI no [[ID|ssn:JM 41 88 27 C]]
Role: scrub nurse, main theatres (EPP). Anti-HBs 148 mIU/mL (responder). HCV Ab neg, HIV neg (IVS).
Fit for role including EPP. Adjustments: none.
Line manager informed. Contact [[EMAIL|email:bethany.ashworth-kaur@nca.nhs.uk]]
GMC [[ID|license:7188204]]""",
    """MEDICAL EXAMINATION REPORT FOR COMMERCIAL DRIVER FITNESS (MCSA-5875)
Driver: [[PERSON|name:Travis Lee Hutchins]]    DOB [[DATE|date:03/14/1978]]    CDL: TX [[ID|license:41887203]] Class A
Tractor: unit 27, VIN [[VEHICLE|vehicle:3AKJHHDR2MSF73104]], plate [[VEHICLE|vehicle:R447219]]
BP 148/92, pulse 84. BMI 36.4, neck 18 in, Mallampati IV, STOP-BANG 6 -> in-lab PSG ordered.
Determination: meets standards, 1-year certificate (hypertension stage 1).
Examiner NRCME [[ID|license:4418827390]], [[LOCATION|geo:Permian Basin Occupational Medicine]]""",
    """Workplace Health - pre-placement, [[LOCATION|geo:Surrey Memorial Hospital]]
Employee: [[PERSON|name:Gurleen Kaur Dhaliwal]]    ID [[ID|other:F-5730186]]    PHN [[ID|health_plan:9879158902]]    Age [[AGE|other:27]]
2-step TST: step 1 0 mm, step 2 4 mm -> negative. MMR x2 documented, varicella IgG positive, Tdap 2019. Hep B series complete, anti-HBs 87.
Cleared for placement [[DATE|date:2024-03-15]].
OHN, RN (BCCNM [[ID|license:0118442]])""",
    """FOREIGN WORKER MEDICAL EXAMINATION - [[LOCATION|geo:Kranji]] clinic
Name: [[PERSON|name:MD RAHIM UDDIN]]    FIN [[ID|ssn:G7381501R]]    Passport [[ID|other:BX7306614]]
Employer: [[LOCATION|geo:Sembcorp Marine Admiralty Yard]]    Dorm: [[ADDRESS|geo:11 Jalan Tukang, Singapore 619251]]
Identity verified by thumbprint - biometric ref [[ID|biometric:BIO-SG-77120938]]
CXR: no active TB. HIV: negative. Syphilis (TPPA): negative.
Result: FIT. Doctor MCR [[ID|license:M14972K]]""",
    """CERTIFICATE OF FITNESS (MHSA s13) - [[LOCATION|geo:Impala Platinum]], [[LOCATION|geo:Rustenburg]]
Employee: [[PERSON|name:Sibusiso Mthembu]]    ID [[ID|ssn:8503126920086]]    Age [[AGE|other:39]]
Occupation: underground winch operator. Heat tolerance screening passed. Vision 6/9 binocular. BP 132/84. Spirometry normal.
Access: palm-vein clock-in template [[ID|biometric:PV-0044187]] re-enrolled.
FIT - valid 12 months from [[DATE|date:2024-03-18]].
OMP (HPCSA [[ID|license:MP 0644182]])""",
    """PRE-EMPLOYMENT ASSESSMENT - forklift / reach truck operator
Candidate: [[PERSON|name:Kacper Wiśniewski]]    PPSN [[ID|ssn:0621753P]]
Site: [[LOCATION|geo:Dunnes Stores distribution centre]], [[LOCATION|geo:Naas]]
Vision: Snellen 6/6 R, 6/5 L; Ishihara 17/17. Whisper test normal. Epworth 4. BMI 26.
Driving licence [[ID|license:180563294]] (cat B), no endorsements. Will operate Linde R14 reach truck s/n [[DEVICE|device:H2X391E07762]].
Fit. - OHN""",
    """Pre-employment medical - [[LOCATION|geo:Rotorua]] Occupational Health
[[PERSON|name:Ropata Wihongi]]   DOB [[DATE|date:04/04/1990]]   NHI [[ID|health_plan:DAA9908]]   IRD [[ID|ssn:463-358-400]]
Crew: [[LOCATION|geo:Kaingaroa Forest]], based [[LOCATION|geo:Murupara]]. Licence [[ID|license:EK448218]] class 2; crew truck [[VEHICLE|vehicle:KFR418]].
Oral fluid (AS/NZS 4760:2019): non-negative THC -> sent for lab confirmation. HAVS: Stockholm stage 0. Audiometry normal.
Outcome: pending confirmation.""",
    """RESPIRATOR MEDICAL CLEARANCE (OSHA 1910.134 App C)
Employee: [[PERSON|name:Nkechi Adebayo-Lawson]]    Emp ID [[ID|other:100447218]]    [[AGE|other:37]]F
Unit: MICU, [[LOCATION|geo:Grady Memorial Hospital]]
Questionnaire: no cardiopulmonary history. Qualitative fit test 3M 1870+ regular: PASS (Bitrex).
Timeclock re-enrolment: fingerprint template [[ID|biometric:0x4F1A99C2]]
Badge photo [[ID|photo:badge_AdebayoLawson_N_100447218.png]] updated. EHR login [[ID|other:nadebayo2]]; clearance copied to [[EMAIL|email:nadebayo@gmh.org]]""",
    """CASA CLASS 1 MEDICAL - DAME report
Applicant: Capt. [[PERSON|name:Declan Moriarty-Hughes]]    ARN [[ID|license:1044182]]    DOB [[DATE|date:26/10/1981]]
Address: [[ADDRESS|geo:8/22 Bay St, Botany NSW 2019]]    Mob [[PHONE|phone:0402 771 418]]
Base: [[LOCATION|geo:Mascot]]. ECG: sinus rhythm, normal intervals. Audiogram within standard. VA uncorrected 6/12 both eyes, corrected 6/6 - condition: distance correction worn, spare carried.""",
]

INSURANCE = [
    """CERTIFICATE OF CAPACITY - workers compensation
Worker: [[PERSON|name:Mateo Quispe]] (sole trader, ABN [[ID|other:51 189 307 104]], deemed worker)    Claim no. [[ID|other:40184473]]    Medicare [[ID|health_plan:2240 24426 5]]
Employer: [[LOCATION|geo:Boral Concrete Greystanes]]    Date of injury [[DATE|date:26/02/2024]]
Diagnosis: L4/5 disc-related low back pain with L S1 radicular symptoms (lifting).
Capacity: suitable duties 4 hrs/day, 3 days/wk, lifting <5 kg, for 3 weeks.
Photo of bruising attached: [[ID|photo:injury_Quispe_M_260224.jpg]]
Nominated treating doctor: fax [[PHONE|fax:(02) 9637 8820]]""",
    """DOCTOR'S FIRST REPORT OF OCCUPATIONAL INJURY OR ILLNESS (Form 5021)
Employee: [[PERSON|name:Lupe Fonoti]]    SSN [[ID|ssn:529-41-8820]]    Claim [[ID|other:WC-24-0044187]]
Employer: [[LOCATION|geo:Costco Wholesale #1047]]
Date of injury [[DATE|date:03/02/2024]] 14:30. Slipped on wet floor, FOOSH R.
Dx: S63.501A sprain R wrist; S60.211A contusion. XR negative. Thumb spica; modified duty, no use of R hand x2 wks.
CPT 99203, 73110. Fax [[PHONE|fax:(408) 885-4419]]
Carrier note: caller authenticated by voiceprint, enrolment [[ID|biometric:VP-2271904]].""",
    """Pre-authorisation - private medical insurance
Member: [[PERSON|name:Olusegun Adeyemi-Clarke]]    Membership [[ID|health_plan:71048822-04]]
Consultant orthopaedic surgeon (GMC [[ID|license:3318420]]), [[LOCATION|geo:Spire Leeds Hospital]]
Procedure: arthroscopic ACL reconstruction, CCSD W8200. Admission [[DATE|date:02/04/2024]].
Income protection - benefit to sort code [[ID|account:20-45-12]], account [[ID|account:02706939]] (IBAN [[ID|account:GB40BARC20451202706939]]); NI no [[ID|ssn:PZ 44 18 72 A]]""",
    """ACC45 INJURY CLAIM - motor vehicle
Claimant: [[PERSON|name:Grace Liufau]]    NHI [[ID|health_plan:EFV5783]]    IRD [[ID|ssn:157-973-851]]
Accident [[DATE|date:09/03/2024]] on SH1 near [[LOCATION|geo:Ōhau]]: driver, restrained, rear-ended at approx 60 km/h.
Vehicle: Toyota RAV4, reg [[VEHICLE|vehicle:MFL482]], VIN [[VEHICLE|vehicle:JTMHV05J2M4076906]].
Injury: whiplash-associated disorder (S13.4), seatbelt bruise to chest wall. Read code S572.
Weekly compensation to bank a/c [[ID|account:06-0501-0447182-00]]. GP notified.""",
    """ICBC claim [[ID|other:OA44182730]] - physiotherapy invoice
Patient: [[PERSON|name:Ethan Sokolov]]    PHN [[ID|health_plan:9128916147]]
Date of loss [[DATE|date:2024-01-29]]. Insured vehicle [[VEHICLE|vehicle:RT9 41K]], VIN [[VEHICLE|vehicle:JTDKB3FU1R3306182]].
Dx: WAD II, L shoulder strain. 12 treatments pre-authorised.
Invoice [[ID|account:INV-10447]] - $95.00 x 4 visits.
[[LOCATION|geo:Kitsilano Physiotherapy]]""",
    """COIDA - Employer's Report of Accident (W.Cl.2) / First Medical Report (W.Cl.4)
Employee: [[PERSON|name:Thandiwe Nkosi]]    ID [[ID|ssn:0102180824082]]
Employer: [[LOCATION|geo:Shoprite Checkers distribution centre]]
Accident [[DATE|date:2024-03-05]]: pallet jack rolled over L foot. XR: undisplaced 3rd metatarsal shaft fracture.
Claim no [[ID|other:CC 2024/0441827]]. Temporary total disablement 4 weeks.
Banking for TTD: FNB account [[ID|account:62441827093]], branch code [[ID|account:250655]]""",
    """PIAB medical report - personal injury
Claimant: [[PERSON|name:Ciarán Whelan]]    PPSN [[ID|ssn:9845730G]]    PIAB ref [[ID|other:PIAB/24/118427]]
Collision [[DATE|date:14/02/2024]]: claimant's car [[VEHICLE|vehicle:221-D-44187]] rear-ended by [[VEHICLE|vehicle:191-KE-2208]] at traffic lights.
WAD grade II (Quebec Task Force). Physiotherapy x8. Prognosis: resolution within 9-12 months.
Settlement to IBAN [[ID|account:IE72AIBK93115219405534]].""",
    """REDETERMINATION REQUEST - Medicare Part B (CMS-20027)
Beneficiary: [[PERSON|name:Evangeline Broussard]]    Age [[AGE|date:92]]    MBI [[ID|health_plan:7QR2-HN4-WD58]]
Claim ICN [[ID|other:2224071182410]]    DOS [[DATE|date:01/16/2024]]    HCPCS E0601 (CPAP) - denied, "no face-to-face within 6 months".
Face-to-face note attached. Supplier: [[LOCATION|geo:Acadiana Sleep & Pulmonary]], NPI [[ID|license:2161990827]]. Patient acct [[ID|account:44-018827]].
Fax [[PHONE|fax:(337) 232-4420]]""",
    """INTEGRATED SHIELD CLAIM - [[LOCATION|geo:Mount Elizabeth Novena Hospital]]
Patient: [[PERSON|name:Goh Mei Xuan]] ([[PERSON|name:吳美萱]])    NRIC [[ID|ssn:T4291528E]]    Policy [[ID|health_plan:0073611842]]
Admitted [[DATE|date:04/03/2024]], 2 nights. Lap cholecystectomy, TOSP SF849G, table 3A. Histology: chronic cholecystitis.
Bill ref [[ID|account:MENH-B-24-118827]]: S$14,820.55; MediSave withdrawal S$3,950.
Surgeon MCR [[ID|license:M20411H]]""",
    """TAC claim [[ID|other:T24-0441827]] - medical certificate & payment details
Claimant: [[PERSON|name:Aleksandra Petrović]]    Medicare [[ID|health_plan:3044 17896 3]]/1    TFN [[ID|ssn:237 526 906]]
Accident [[DATE|date:27/01/2024]], [[LOCATION|geo:Hoddle St]], [[LOCATION|geo:Collingwood]]. Cyclist struck by car (rego [[VEHICLE|vehicle:1XJ 4PL]]).
Injuries: R clavicle fracture (ORIF), abrasions. Off work 6 weeks.
Income support to BSB [[ID|account:063-182]] acct [[ID|account:1044 8827]].""",
]

SLEEP_CARDIAC = [
    """SLEEP STUDY REPORT (Level 1 PSG) - [[LOCATION|geo:Royal North Shore Hospital]]
Patient: [[PERSON|name:Nikolai Petrakis-Lowe]]    DOB [[DATE|date:15/07/1972]]    MRN [[ID|mrn:7720418]]
Study night [[DATE|date:04/03/2024]]. TST 342 min, SE 81%, AHI 38.2/h (supine 61.0), ODI 35, nadir SpO2 78%, T90 12%. ESS 14. MBS 12203.
Dx: severe OSA. Linehaul driver - advised per Assessing Fitness to Drive; not to drive if sleepy.
CPAP: ResMed AirSense 11 AutoSet issued, SN [[DEVICE|device:23241418827]].""",
    """CPAP COMPLIANCE (30-day) - DME: [[LOCATION|geo:Apria Healthcare Overland Park]]
Patient: [[PERSON|name:Oluwaseun Bankole]] ("[[PERSON|name:Seun]]")    UHC [[ID|health_plan:918447218]]
Device ResMed AirSense 10 AutoSet, SN [[DEVICE|device:22191044827]], modem IMEI [[DEVICE|device:353918100739263]]
Usage 26/30 days (87%), >=4 h on 83% of nights, average 6 h 12 min. Pressure 6-14 cmH2O, 95th %ile 11.2. Leak 95th 18 L/min. Residual AHI 2.1.
Meets CMS compliance (>=4 h on 70% of nights in 30 consecutive days).
AirView record: [[URL|url:https://airview.resmed.com/patients/8842-1772]]""",
    """PACEMAKER CHECK - Cardiac Physiology, [[LOCATION|geo:Royal Papworth Hospital]]
Mr [[PERSON|name:Leonard Ashcombe]], [[AGE|date:93]], NHS [[ID|health_plan:650 313 3804]]
Device: Medtronic Azure XT DR MRI SureScan W1DR01, SN [[DEVICE|device:RNB602391S]], implanted 2019.
Leads: RA 5076-52 cm SN [[DEVICE|device:PJN7731052]]; RV 5076-58 cm SN [[DEVICE|device:PJN7731148]]
Battery 9.5 yrs. RA threshold 0.75 V @ 0.4 ms, P wave 2.8 mV, 532 ohm. RV 0.5 V @ 0.4 ms, R wave 11.2 mV, 608 ohm. AP 64%, VP 2%. AF burden 3.1% (longest 4 h 12 min).
Mode DDDR 60/130. MyCareLink remote in 3/12. Physiologist: SR""",
    """ICD INTERROGATION - Arrhythmia Service, [[LOCATION|geo:University of Ottawa Heart Institute]]
Patient: [[PERSON|name:Andrés Villanueva-Côté]]    [[AGE|other:61]]M    OHIP [[ID|health_plan:3670-732-084]]
Device: Boston Scientific DYNAGEN MINI ICD D020, SN [[DEVICE|device:206517]].
Event [[DATE|date:2024-03-09]] 14:22: monomorphic VT 188 bpm, terminated by ATP x1. No shocks.
Driving: no private driving for 4 weeks (CCS); vehicle on file, Ontario plate [[VEHICLE|vehicle:CDXL 418]].
Remote record: [[URL|url:https://www.latitude.bostonscientific.com/clinic/patient/44182731]]""",
    """Sleep study - [[LOCATION|geo:Middlemore Hospital]] Sleep Service
[[PERSON|name:Viliami Tuipulotu]] ([[AGE|other:44]])   NHI [[ID|health_plan:LNB9857]]
Occupation: truck-and-trailer driver; licence [[ID|license:FT118427]] class 5; unit reg [[VEHICLE|vehicle:KQH772]].
HST (ApneaLink Air SN [[DEVICE|device:1441882]]): AHI 52/h, ODI 49, nadir 71%. ESS 17; near-miss on the motorway last month.
Advised to stop commercial driving until established on effective CPAP.""",
    """24-h HOLTER REPORT - [[LOCATION|geo:Changi General Hospital]]
Name: [[PERSON|name:Siti Khadijah binte Osman]]    NRIC [[ID|ssn:S0899566D]]    Age [[AGE|other:58]]
Recorder GE SEER 1000, SN [[DEVICE|device:SE4418270]]. Hook-up [[DATE|date:11/03/2024]] 09:05.
Rhythm: sinus. HR min 48 (03:12), max 142 (17:45), mean 76. PVCs 8,412 (8.4% burden), unifocal, 12 couplets, no VT. SVEs 210.
Diary: palpitations at 17:40 correlate with ventricular bigeminy.""",
    """LOOP RECORDER REMOTE TRANSMISSION - [[LOCATION|geo:Netcare Milpark Hospital]]
Patient: [[PERSON|name:KRUGER, Johannes]] ("[[PERSON|name:Hannes]]")    Age [[AGE|other:67]]    Medshield [[ID|health_plan:880530274]]
ILR Abbott Confirm Rx DM3500, SN [[DEVICE|device:3215509]]; myMerlin app paired (phone BT [[DEVICE|device:A4:C3:F0:57:19:2B]])
AF episode [[DATE|date:2024-02-28]] 06:40, duration 3 h 05 min, ventricular rate 112-138. CHA2DS2-VASc 5 (prior stroke). Start apixaban 5 mg bd.
Patient notified at [[EMAIL|email:hkruger@mweb.co.za]]""",
    """[[LOCATION|geo:Sligo University Hospital]] - Cardiac Investigations    Fax [[PHONE|fax:071 918 2210]]
Patient: [[PERSON|name:Maura Clancy-Devlin]]    MRN [[ID|mrn:0339182]]    [[AGE|other:72]]
ABPM (Spacelabs 90217A, SN [[DEVICE|device:217-081734]]): day mean 148/88, night 136/80, non-dipper.
TTE: LVEF 55% (Simpson biplane), concentric LVH, IVSd 13 mm, E/e' 14, LAVI 38 mL/m2, TR Vmax 2.9 m/s.
To: GP""",
    """merlin.net transmission log (export)
[[DATE|date:2024-03-19T02:14:07Z]] upload OK pt="[[PERSON|name:HOLLOWAY, Denise R]]" dob=[[DATE|date:1949-06-23]] mrn=[[ID|mrn:01928374]] dev="Assurity MRI PM2272" sn=[[DEVICE|device:8841207]] tx_ip=[[IP|ip:73.162.40.118]]
[[DATE|date:2024-03-19T02:14:09Z]] retry tx_ipv6=[[IP|ip:2601:646:8200:1a40::3f2]] alerts=0 batt=8.1y RV_thr=0.625V
clinic=[[LOCATION|geo:Piedmont Heart Institute]] portal_user=[[ID|other:dholloway49]]""",
    """cpap trial r/v - [[LOCATION|geo:fsh]] sleep
pt [[PERSON|name:tahnee o'brien-walsh]] [[AGE|other:34]]yo ur [[ID|mrn:30918274]]. lives [[ADDRESS|geo:unit 3/41 marine pde cottesloe 6011]]
airsense 10 sn [[DEVICE|device:23162207391]] - 14 nights, usage 5h48 avg, p95 9.4 cmh2o, leak 12 l/min, ahi 3.4. mask f20 medium - some mouth leak -> chinstrap.
myair acct linked to [[EMAIL|email:tahnee.obw@iinet.net.au]]. ph [[PHONE|phone:0431 902 655]]. dashboard [[URL|url:https://myair.resmed.com.au/u/tobw-58120]]""",
]

LAB_LABELS = [
    """PATHOLOGY REQUEST
Surname: [[PERSON|name:NGUYEN]]    Given names: [[PERSON|name:THI HONG NHUNG]]    DOB: [[DATE|date:19/04/1961]]    Sex: F
Medicare No: [[ID|health_plan:5457 74721 1]]   IRN 3   IHI: [[ID|health_plan:8003603002905652]]
Tests: FBC, EUC, LFT, HbA1c, fasting lipids, urine ACR.    Clinical notes: T2DM, metformin 1 g bd, empagliflozin 10 mg.
Collected 07:55 - fasting Y - collector TP
LABEL: [[PERSON|name:NGUYEN THI HONG NHUNG]] | [[DATE|date:19.04.1961]] | LAB# [[ID|other:24-7718203]] | EDTA""",
    """REQUISITION [[ID|other:REQ7720591843]]
Patient: [[PERSON|name:Kowalczyk, Bartholomew J]]    DOB [[DATE|date:11/23/1969]]    Sex M
Ins: BCBS IL    member [[ID|health_plan:XOF903318827]]    group 228104
Ordering NPI [[ID|license:1324268063]]
ICD-10: Z13.220, E78.5, Z12.5    Tests: lipid panel (80061), TSH (84443), PSA screen (G0103)
Collected 08:10, fasting 12 h.    Specimen barcode [[ID|other:L0039271184]]
Check-in: palm scan matched ([[ID|biometric:PSV-55819027]])
Results: [[URL|url:https://my.questdiagnostics.com/r/7KQ2-MW81]]""",
    """ICE OrderComms    Request [[ID|other:RQ24-88041273]]    [[LOCATION|geo:St Thomas' Hospital]] Ward 8
[[PERSON|name:MORRISON-ADEBAYO, Tobias]]    NHS:[[ID|health_plan:2454954982]]    HospNo:[[ID|mrn:RJ10442871]]    DOB:[[DATE|date:07/12/1994]]
Requested by FY2, bleep 4471. Tests: blood cultures x2, lactate, CRP, U&E. Sepsis 6 started 21:25.
LABEL>[[PERSON|name:MORRISON-ADEBAYO T]]|[[DATE|date:07/12/1994]]|[[ID|mrn:RJ10442871]]|NHS[[ID|health_plan:2454954982]]|[[DATE|date:12/03/24]] 21:40""",
    """COMMUNITY LAB FORM
[[PERSON|name:Anahera Tuhiwai-Brown]]    NHI [[ID|health_plan:QRD4439]]    DOB [[DATE|date:30/05/1955]]
[[ADDRESS|geo:PO Box 81, Ōpōtiki 3162]]
Tests: INR (warfarin, target 2-3, AF), HbA1c, creatinine/eGFR.
Requester MCNZ [[ID|license:27718]]
Collected at [[LOCATION|geo:Whakatāne]] collection centre [[DATE|date:08/03/2024]]""",
    """Laboratory Requisition (Ontario 4422-84)
Patient: [[PERSON|name:Bélanger, Marie-Josée]]    HCN [[ID|health_plan:1184-403-176-XM]]    DOB [[DATE|date:1978/04/22]]
Address: [[ADDRESS|geo:88 rue Principale, Embrun ON K0A 1W0]]
Clinician: Dr [[PERSON|name:Étienne Lavoie]] (CPSO [[ID|license:77213]])
Tests: ferritin, B12, TSH, 25-OH vitamin D (uninsured - $50.00 paid).
Collected at patient service centre""",
    """[[LOCATION|geo:Tampines Polyclinic]] - Lab request
Name: [[PERSON|name:ONG JING WEN]]    NRIC [[ID|ssn:T2330158F]]    DOB [[DATE|date:17/09/2000]]
Tests: FBC, ferritin, TSH. Dx: fatigue, menorrhagia.
Label scan (OCR): "[[PERSON|name:0NG JlNG WEN]] [[ID|ssn:T233Ol58F]] SPEC# [[ID|other:PC24-3318027]]" - barcode unreadable, keyed manually.""",
    """LAB REQUEST - [[LOCATION|geo:Chris Hani Baragwanath Academic Hospital]] ARV clinic
Patient: [[PERSON|name:MOKOENA, Karabo Lesego]]    ID [[ID|ssn:0511213248087]]    Age [[AGE|other:18]]
Main member: parent    Bestmed [[ID|health_plan:730822151]]    dep 02
Address: [[ADDRESS|geo:1187 Vilakazi St, Orlando West, Soweto 1804]]
ICD-10: B20, Z21.    Tests: CD4 count, HIV viral load, creatinine (on TDF).
Practice no [[ID|license:0518827]]""",
    """Healthlink lab order [[ID|other:HL-7720-118342]] -> [[LOCATION|geo:University Hospital Limerick]]
Patient: [[PERSON|name:Dervla Fitzmaurice]]    DOB [[DATE|date:05/11/1983]]
Address: [[ADDRESS|geo:12 O'Connell Avenue, Limerick V94 F2R1]]
Requested by GP. Tests: TFTs, ferritin, tTG-IgA + total IgA.
Tube label: [[PERSON|name:FITZMAURICE,DERVLA]][[DATE|date:05111983]] MRN[[ID|mrn:0884127]]""",
    """FEDERAL DRUG TESTING CUSTODY AND CONTROL FORM - Copy 2
Specimen ID [[ID|other:8830217]]    Donor SSN [[ID|ssn:461-83-2207]]
Donor: [[PERSON|name:Cody Rae Brannigan]]
Collection site: [[ADDRESS|geo:4040 E McDowell Rd, Phoenix, AZ 85008]]
Temperature 90-100F within 4 min: YES. Split specimen. Collected [[DATE|date:03/15/2024]] 06:52. Reason: pre-employment.
Donor identity: photo ID verified; fingerprint captured, template [[ID|biometric:ECCF-FP-3391826]]
MRO: [[EMAIL|email:mro@fairbrothermro.com]]""",
    """BLOOD BANK - SAMPLE REJECTED    [[LOCATION|geo:RBWH]]
Request for [[PERSON|name:Mahmoud Al-Khatib]] UR [[ID|mrn:1188320]] DOB [[DATE|date:12/07/1958]].
Tube label reads "[[PERSON|name:AL KHATIB M]]  DOB [[DATE|date:12/07/1985]]" - DOB mismatch. Zero-tolerance labelling policy: re-collect.
Collector (RN) notified 14:05. Incident logged.
Group & hold and antibody screen pending new sample. Hb 82 g/L; 2 units RBC on hold.""",
]


def main() -> None:
    n = write_styled(
        OUT,
        [
            ("pathology-report", PATHOLOGY),
            ("radiology-dicom", RADIOLOGY),
            ("dental-chart", DENTAL),
            ("eye-letter", EYE),
            ("audiology-report", AUDIOLOGY),
            ("genetics-letter", GENETICS),
            ("occ-health-medical", OCC_HEALTH),
            ("insurance-claim", INSURANCE),
            ("sleep-cardiac-device", SLEEP_CARDIAC),
            ("lab-requisition-label", LAB_LABELS),
        ],
    )
    print(f"probe58: {n} docs")


if __name__ == "__main__":
    main()
