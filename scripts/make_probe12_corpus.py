"""Write the 12-th hand-annotated redaction probe, other locales and other document styles.

Why: the earlier corpora lean on US, UK and mainstream Australian hospital notes. A redaction
engine used across the region also meets New Zealand NHI and IRD numbers and Māori names with
macrons, Canadian OHIP/RAMQ numbers and French-Canadian text, Irish PPSNs, Eircodes and names with
fadas, South African 13-digit ID numbers and Afrikaans/isiZulu names, Indian Aadhaar/PAN/UHID
numbers and +91 phones, Singapore NRICs and Malaysian MyKad numbers with bin/binti/a/l names, and
Australian Medicare/IHI/DVA numbers with Aboriginal community names. It also meets documents that
are not ward notes: triage sheets, imaging and lab reports, call-centre transcripts, incident
reports, emails and SMS from patients and relatives, and aged-care notes. This probe measures how
the engine does there, written without reading the engine.

What: 140 notes (about 600 identifiers), 20 in each of seven styles (ed-triage,
radiology-report, lab-report, call-centre-transcript, incident-report, patient-email,
aged-care-note), spread roughly evenly over seven locales (NZ, Canada, Ireland, South Africa,
India, Singapore/Malaysia, Australia). Every identifier is an inline marker
[[LABEL|category:text]] using the 18 Safe Harbor categories; titles stay outside name spans,
a full street address is one ADDRESS span, a postcode or Eircode alone is
ADDRESS, towns, suburbs, communities and named facilities are LOCATION, ages of 90 or more are
AGE|date, weekdays stay outside date spans. Names are written surname-first, with initials, in
lowercase, with honorifics (Whaea, Matua, Gogo, Hajah, Mdm) left outside. Dates come in local
formats (dd/mm/yyyy, yyyy-mm-dd, yyyy/mm/dd, dd.mm.yyyy, "12 Mac 2024", "12 mars 2024",
"14 Mei 2024"). Look-alikes that are not identifiers (doses, lab values and ranges, gestations like
11/40, spinal levels, bed and room numbers, bleeps, device model names, branch codes) stay
unmarked. Every person and number is invented; towns, suburbs and hospitals may be real.

How to run:
    cd /work/main && .venv/bin/python scripts/make_probe12_corpus.py
writes corpus/redaction/probe12.jsonl.
"""

from pathlib import Path

from make_safe_harbor_suite import write_styled

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "corpus" / "redaction" / "probe12.jsonl"

ED_TRIAGE = [
    # NZ
    "ED TRIAGE\nPt: [[PERSON|name:Wiremu Tautahi]]  NHI [[ID|health_plan:ZAC5361]]  DOB [[DATE|date:04/11/1968]]\nPC: central chest pain radiating L arm since 0630, diaphoretic. ATS 2.\nObs: HR 112, BP 158/94, RR 22, SpO2 94% RA, BGL 9.4\nNOK wife mob [[PHONE|phone:021 555 0192]]",
    # Canada (Quebec)
    "TRIAGE URGENCE\nNom: [[PERSON|name:GAGNON, Jean-François]]  RAMQ [[ID|health_plan:GAGJ 7203 1418]]\nNé le [[DATE|date:1972-03-14]]  ÉTG 3\nMotif: chute de vélo, douleur poignet droit, déformation +. Pouls radial présent. Glasgow 15.\nAccompagné de sa conjointe, cell [[PHONE|phone:514.555.0199]]",
    # Ireland
    "ED triage\nName: [[PERSON|name:Siobhán Ní Bhriain]], F, [[AGE|other:34]]\nPPSN [[ID|ssn:7345612TA]]\nMedical card no. [[ID|health_plan:0918273A]]\nMTS orange. 3/7 hx of productive cough, pleuritic pain R side, T 38.9. Sat 92% on air, RR 26.\nGP letter attached.",
    # South Africa
    "CASUALTY TRIAGE\nSATS: RED\n[[PERSON|name:Sipho Nkosi]] M  ID no [[ID|ssn:9605125834082]]\nStab wound L chest, brought by private vehicle from [[LOCATION|geo:Soweto]] (Zone 6). Security noted car reg [[VEHICLE|vehicle:HXT 441 GP]].\nHR 128 BP 88/52 RR 30. GCS 14/15.\nSAPS to be informed",
    # India
    "EMERGENCY TRIAGE\nUHID: [[ID|mrn:SJ24-0081734]]\nPt: [[PERSON|name:Lakshmi Narayanan]], [[AGE|other:62]]/F\nAadhaar: [[ID|ssn:4821 7730 9156]]\nC/o: breathlessness since 2 days, orthopnoea, pedal oedema. K/c/o DM, HTN on metformin 500 mg BD, amlodipine 5 mg OD.\nVitals: PR 108/min, BP 170/100, SpO2 89% RA, GRBS 286 mg/dl\nAttender: son - [[PHONE|phone:+91 98450 12345]]\nTriage: RED.",
    # Singapore
    "A&E TRIAGE\nPAC 2\nName: [[PERSON|name:TAN Wei Ming]]  NRIC [[ID|ssn:S7812345D]]  [[AGE|other:45]]M\nPresents w/ epigastric pain x 6h, vomited x3, no haematemesis. Pain 7/10.\nT 37.4 HR 96 BP 142/88\nLives [[ADDRESS|geo:Blk 512 Tampines Central 1, #08-224, Singapore 520512]]",
    # Australia
    "ED TRIAGE\nATS 3\n[[PERSON|name:Jedda Napaljarri]] [[AGE|other:19]]F from [[LOCATION|geo:Yuendumu]]\nMedicare [[ID|health_plan:2953 61847 2]] (IRN 1)\nFlown in by RFDS. 2/7 fevers, dysuria, L flank pain. T 39.2, HR 118, BP 96/60.\nWarlpiri interpreter booked.",
    # Malaysia
    "TRIAGE ZON KUNING\nNama: [[PERSON|name:Nur Aisyah binti Rahman]]\nMyKad [[ID|ssn:850312-14-5567]]\nTarikh: [[DATE|date:12 Mac 2024]] 14:20\nAduan: demam 4 hari, sakit kepala, ruam. Platelet 88 (dengue NS1 +ve di klinik).\nBP 102/64, HR 104. CRT <2s\nSuami: [[PHONE|phone:012-345 6789]]",
    # NZ
    "triage 0215\n[[PERSON|name:aroha tūhoe]] F  NHI [[ID|health_plan:PRT8824]]\nbrought in by mum after taking ?20 x paracetamol 500mg at approx 2300. Alert, tearful. HR 92.\n4h level due 0300\nschool: [[LOCATION|geo:Kamo High School]]\nmum mob [[PHONE|phone:027 488 1033]]",
    # Canada (Ontario)
    "TRIAGE NOTE\nCTAS 2\n[[PERSON|name:Réjean Lapointe]], M\nOHIP [[ID|health_plan:4532-281-907-KT]]\nDOB [[DATE|date:1952-09-30]]\nSudden L facial droop + slurred speech, LKW 1340 per daughter. Code stroke called 1412.\nBGL 6.8. BP 188/102\nDaughter [[PHONE|phone:(613) 555-0147]]",
    # Ireland
    "ED TRIAGE  [[DATE|date:03/02/2024]]\nMRN [[ID|mrn:CUH0448812]]\n[[PERSON|name:Pádraig Ó Súilleabháin]]. Fall at home in [[LOCATION|geo:Ballincollig]], long lie ~8 hrs. Shortened externally rotated L leg.\nMTS yellow. Pain 8/10, given morphine 2.5mg IV.\nLives alone, Eircode [[ADDRESS|geo:P31 KX92]]",
    # South Africa
    "TRIAGE EC 21:05\nNaam/Name: [[PERSON|name:Pieter van der Merwe]]\nID: [[ID|ssn:6603045129081]]\nMedical aid: Discovery KeyCare no. [[ID|health_plan:190445782]]\nSATS orange. SOB, wheeze, known COPD, home O2 2L. Sats 84%.\nFrom [[LOCATION|geo:Durbanville]]",
    # India
    "Casualty triage sheet\nName: [[PERSON|name:Murugan S.]] Sex M\nH/o RTA - two-wheeler skid near [[LOCATION|geo:Tambaram]], no helmet. Bike no. [[VEHICLE|vehicle:TN 11 AK 4417]]\nGCS E3V4M6, R periorbital swelling, bleeding L ear\nMLC registered, MLC no [[ID|other:MLC 3312/24]]",
    # Malaysia
    "ED TRIAGE\nGreen zone\n[[PERSON|name:Rajendran a/l Subramaniam]]\nIC [[ID|ssn:570822-10-6231]]\nLaceration R forearm from parang while clearing garden, ~6cm. Bleeding controlled. ATT last >10y.\nBGL 11.2\nDaughter [[PHONE|phone:016-220 4187]]",
    # Australia
    "ED Triage\nATS 2\nPt [[PERSON|name:GUMBULA, Rosalind]] F from [[LOCATION|geo:Galiwin'ku]]\nURN [[ID|mrn:RD0918844]]  Medicare [[ID|health_plan:4127 55018 3]]\nKnown RHD, mech MVR on warfarin. INR at clinic 5.8. Melaena x2.\nHR 124 BP 90/58\nEscort: sister, no phone.",
    # NZ
    "ED triage\n[[PERSON|name:Hamish McAllister]] [[AGE|date:91]]M, NHI:[[ID|health_plan:LKM2840]]\ntransferred by St John. ?sepsis - UTI. Confused from baseline per rest home ([[LOCATION|geo:Rosebank Lifecare]]).\nT 38.6 HR 105 BP 104/60 RR 24",
    # Canada (Ontario)
    "Triage\nCTAS 3 | [[DATE|date:Nov 4, 2023]] 0912\n[[PERSON|name:Priyanka Sharma]], G2P1 at 11/40, vaginal bleeding + cramping since last night. HR 88 BP 118/72.\nOHIP [[ID|health_plan:5584 129 063 RM]]\nAddress [[ADDRESS|geo:1402-25 Broadway Ave, Toronto ON M4P 1T7]]",
    # Ireland
    "Triage\n[[PERSON|name:Caoimhe Ní Dhonnchadha]] [[AGE|other:7]]F with mam. Fell off trampoline, deformity L forearm, NV intact. MTS yellow. Wt 24kg, ibuprofen 240mg given.\nSchool: [[LOCATION|geo:Scoil Mhuire]], [[LOCATION|geo:Gaoth Dobhair]]",
    # Singapore
    "A&E triage\nP1\n[[PERSON|name:ONG Boon Keat]] M, NRIC [[ID|ssn:S4733921H]]\nBrought by SCDF, collapsed at [[LOCATION|geo:Toa Payoh]] hawker centre. PPM in situ (Medtronic Azure XT DR) - SN [[DEVICE|device:RNA612345S]] per card.\nHR 38 BP 80/50",
    # South Africa
    "triage - referred from district hospital\n[[PERSON|name:Zanele Khumalo]] F, ID [[ID|ssn:9011230648085]]\nDKA: BGL HI, ketones 5.8, pH 7.08. Kussmaul breathing.\nLives [[ADDRESS|geo:K 1234 Ndlovu Road, Umlazi, 4031]]\nMother [[PHONE|phone:083 555 2741]]",
]

RADIOLOGY_REPORT = [
    # Australia
    "Department of Medical Imaging\nPatient: [[PERSON|name:WUNUNGMURRA, Terrence]]\nAccession: [[ID|mrn:RPH24CT0098812]]\nExam: CT BRAIN NON-CONTRAST\nReferrer: Dr [[PERSON|name:A. Nguyen]] (prov no [[ID|license:2456781B]])\nCLINICAL: Fall, on apixaban 5 mg BD, GCS 14.\nFINDINGS: 8 mm L frontal convexity subdural, no midline shift. Old lacune R lentiform nucleus.\nCONCLUSION: Acute L SDH. Discussed with ED reg 1542.",
    # NZ
    "RADIOLOGY REPORT\nName: [[PERSON|name:Kahurangi Parata]]  NHI: [[ID|health_plan:ZHJ4471]]\nExam: US ABDOMEN  Date: [[DATE|date:8/01/2024]]\nHistory: RUQ pain post fatty meals. ?gallstones\nFindings: Multiple mobile calculi, largest 14 mm. GB wall 2 mm. CBD 5 mm. Liver normal echotexture. Spleen 11 cm.\nImpression: Cholelithiasis without cholecystitis.\nCopy to GP, fax [[PHONE|fax:07 871 5566]]",
    # Canada (Quebec)
    "IMAGERIE MÉDICALE\nPatient: [[PERSON|name:TREMBLAY Marie-Ève]]\nRAMQ: [[ID|health_plan:TREM 8551 1512]]\nExamen: RADIOGRAPHIE PULMONAIRE PA/LAT, le [[DATE|date:12 mars 2024]]\nRenseignements cliniques: toux 3 sem, fumeuse 30 PA.\nConstatations: Opacité nodulaire 18 mm lobe supérieur droit. Pas d'épanchement.\nConclusion: Nodule LSD, TDM recommandée.\nMédecin référent: permis [[ID|license:1-98452]]",
    # Ireland
    "RADIOLOGY\nMRN: [[ID|mrn:B00761234]]\nName: [[PERSON|name:Seán Ó Ceallaigh]]\nExam: MRI LUMBAR SPINE\nIndication: L5 radiculopathy R, 6/52.\nFindings: L4/5 broad-based disc bulge with R paracentral protrusion compressing traversing R L5 root. L5/S1 desiccation.\nNo cauda equina compression.\nReferred by Dr [[PERSON|name:Niamh Breathnach]], MCRN [[ID|license:412389]]\nReport faxed to [[PHONE|fax:01 809 2299]]",
    # South Africa
    "Radiology\nPatient: [[PERSON|name:Nomvula Mthembu]]  Folder no. [[ID|mrn:GSH 3318872]]\nCXR PA: Bilateral upper lobe cavitating consolidation, R > L. Hilar lymphadenopathy. Consistent with PTB.\nRequesting clinician: Dr [[PERSON|name:F. Ebrahim]] HPCSA [[ID|license:MP 0731255]]\nReport also faxed to the CDC on [[PHONE|fax:021 555 0710]]",
    # India
    "DEPARTMENT OF RADIODIAGNOSIS\nHospital No: [[ID|mrn:418223L]]\nName: Mrs. [[PERSON|name:Sunita Devi]]   Age/Sex: [[AGE|other:48]]/F\nDate: [[DATE|date:18.06.2024]]\nCECT ABDOMEN & PELVIS\n5.2 x 4.8 cm heterogeneously enhancing solid-cystic mass arising from L ovary. Mild ascites. No liver SOL. CA-125 412 U/ml noted.\nIMPRESSION: Left adnexal mass - likely malignant (O-RADS 5).\nReported by: MD (RD), Reg. No. [[ID|license:TNMC 84412]]",
    # Singapore
    "DEPARTMENT OF DIAGNOSTIC RADIOLOGY\nPatient: [[PERSON|name:CHONG Mei Ling]] ([[PERSON|name:Chloe]])  NRIC: [[ID|ssn:S8834172F]]\nAccession: [[ID|mrn:SGH-MR-24-556120]]\nExam: MRI BREAST BILATERAL\nFindings: 11 mm irregular enhancing mass L breast 2 o'clock, 4 cm FN, type III kinetics. R breast unremarkable.\nImpression: BI-RADS 4. Recommend US-guided biopsy.",
    # Malaysia
    "JABATAN RADIOLOGI\nNama: [[PERSON|name:Siti Nurhaliza binti Osman]]\nNo. KP: [[ID|ssn:790605-07-5120]]\nNo. RN: [[ID|mrn:RN 2291843]]\nUS Thyroid: Right lobe nodule 2.1 x 1.8 cm, TIRADS 4. No cervical LN.\nCadangan: FNAC.\nPakar Radiologi: Dr [[PERSON|name:Harjit Kaur]] (MMC [[ID|license:48712]])",
    # NZ
    "CHEST X-RAY\n[[PERSON|name:Rāwiri Pōtae]], NHI [[ID|health_plan:ABX9072]]\nIndication: post PPM insertion [[DATE|date:10/03/2024]], check lead position\nFindings: Dual chamber pacemaker L chest wall. Leads RA and RV apex, no pneumothorax. Device (Abbott Assurity MRI PM2272) SN [[DEVICE|device:7734152]] as per implant record.\nConclusion: satisfactory position.",
    # Canada (Ontario)
    "DIAGNOSTIC IMAGING REPORT\nPatient: [[PERSON|name:Daniel Oyelaran]]  HCN: [[ID|health_plan:6012 448 195 HX]]\nExam: CT HEAD + C-SPINE (TRAUMA)\nHx: MVC, restrained driver, airbag deployed; vehicle [[VEHICLE|vehicle:CKRT 772]] per EMS run sheet.\nFindings: No intracranial haemorrhage. No C-spine fracture. C5-6 degenerative change.\nCC: referring physician, fax [[PHONE|fax:(613) 555-0133]]",
    # Ireland
    "Radiology\nPatient [[PERSON|name:Róisín Mac Cárthaigh]]  MRN [[ID|mrn:MUH-772019]]\nDEXA: L1-L4 T-score -2.8, total hip -2.3. Osteoporosis.\nGP Dr [[PERSON|name:Rose Gallagher]] (fax [[PHONE|fax:094 902 1180]])\nPatient address [[ADDRESS|geo:Knockaphunta, Castlebar, Co. Mayo F23 Y6T2]]",
    # South Africa
    "X-RAY REPORT  [[LOCATION|geo:Bloemfontein]]\nName: [[PERSON|name:Lerato Mokoena]]\nHosp no: [[ID|mrn:PEL 0044819]]\nDate: [[DATE|date:17 Aug 2024]]\nR ankle 3 views: Bimalleolar fracture (Weber B) with lateral talar shift. Soft tissue swelling.\nSuggest ORIF.",
    # India
    "MRI BRAIN (PLAIN + CONTRAST)\nPt: [[PERSON|name:Mohd. Irfan Shaikh]]  UHID [[ID|mrn:NIM/24/033819]]  M\nRef by: Dr [[PERSON|name:Meera Kulkarni]]\nRing enhancing lesion 12 mm R parietal with perilesional oedema and eccentric scolex - neurocysticercosis.\nReport viewable at [[URL|url:https://pacs.nimhans-portal.in/view?uhid=NIM24033819]]",
    # Singapore
    "Ultrasound report\nPatient: [[PERSON|name:Nur Farhana binte Ismail]]\nCase no [[ID|mrn:KK24-117742]]\nLMP [[DATE|date:02/01/2024]]\nSingle live IUP, CRL 62 mm = 12+4 weeks. NT 1.6 mm.\nEDD by scan: [[DATE|date:06/10/2024]]",
    # Australia
    "Medical Imaging\nPt: [[PERSON|name:Kevin Ah Sam]]  from [[LOCATION|geo:Yarrabah]]\nMedicare [[ID|health_plan:3281 77145 6]]\nCT PULMONARY ANGIOGRAM: Saddle embolus with extension into both lower lobe arteries. RV:LV 1.4.\nDiscussed with Dr [[PERSON|name:Young]] at 1620.\nRef GP fax [[PHONE|fax:(07) 4226 4100]]",
    # NZ
    "RADIOLOGY ADDENDUM\n[[PERSON|name:Ngaire Walker]] NHI [[ID|health_plan:MNP3318]]\nComparison with outside images from a private practice in [[LOCATION|geo:Ōamaru]], imported via PACS node [[IP|ip:10.42.17.8]] - confirms 4 mm R lower lobe nodule stable since [[DATE|date:04/2022]].\nNo further follow-up required (Fleischner).",
    # Canada (Ontario)
    "OBSP SCREENING MAMMOGRAM\nClient: [[PERSON|name:Brenda Sinclair]]  DOB [[DATE|date:1962-05-17]]  OHIP [[ID|health_plan:2274-518-936-PQ]]\nAddress: [[ADDRESS|geo:RR 2, Kakabeka Falls ON P0T 1W0]]\nScattered fibroglandular density. No suspicious mass, calcification or distortion.\nBI-RADS 1. Routine recall 2 years.",
    # Ireland
    "Interventional Radiology\nProcedure: IVC filter insertion\nPatient: [[PERSON|name:Declan Hope]], MRN [[ID|mrn:SJH 0829171]]\nDevice: Cook Gunther Tulip retrievable filter, serial [[DEVICE|device:GT-2291847]], infrarenal, R IJV access.\nRetrieval planned ~[[DATE|date:9 Dec]].",
    # South Africa
    "X-RAY PELVIS + R HIP\nPatient: [[PERSON|name:Johannes Pretorius]] ([[PERSON|name:Hannes]])\nMedical aid Momentum no. [[ID|health_plan:88420193]]\nPost R THR (implant sticker: stem SN [[DEVICE|device:MSN0417728]]). Components well positioned, no periprosthetic lucency.",
    # India
    "RADIOLOGY REPORT\nPt: [[PERSON|name:K. Srinivasa Rao]]  MR No [[ID|mrn:AHJ.0011844276]]\nDate: [[DATE|date:21-Sep-2024]]\nHRCT THORAX: Subpleural basal reticulation with honeycombing and traction bronchiectasis - UIP pattern.\nReport mailed to [[EMAIL|email:srinivasarao.k1956@gmail.com]] at patient request",
]

LAB_REPORT = [
    # Australia
    "NT PATHOLOGY\nPatient: [[PERSON|name:TJAPALTJARRI, Leroy]]  HRN[[ID|mrn:AS0781142]]\nCommunity: [[LOCATION|geo:Papunya]]\nCollected 0945   Lab no: [[ID|mrn:24-AS-118472]]\nSODIUM 131 mmol/L (135-145) L\nPOTASSIUM 5.9 mmol/L (3.5-5.2) H\nCREATININE 412 umol/L (60-110) H\neGFR 14\nHbA1c 10.2 %\nRequesting prov no [[ID|license:4419823K]]",
    # NZ
    "LABORATORY REPORT\nName: [[PERSON|name:Tama Ngata]]  NHI: [[ID|health_plan:ZAD8815]]\nReq: [[ID|mrn:L24-9918723]]\nHAEMATOLOGY\nHb 78 g/L (130-175)\nMCV 68 fL\nFerritin 6 ug/L\nPlt 412\nComment: Microcytic anaemia c/w iron deficiency.\nResults to GP, fax [[PHONE|fax:09 274 8830]]",
    # Canada (Quebec)
    "RAPPORT DE LABORATOIRE\nNom: [[PERSON|name:LAVOIE, Sylvie]]\nNAM: [[ID|health_plan:LAVS 6557 0219]]\nDossier: [[ID|mrn:H0381127]]\nPrélevé le [[DATE|date:2024-05-06]] 07:40\nINR 3,8 (2,0-3,0)\nCréatinine 98 umol/L\nTSH 0,21 mUI/L",
    # Ireland
    "Laboratory Medicine\nPatient: [[PERSON|name:Aoife Nic Giolla Phádraig]]\nMRN [[ID|mrn:T1298340]]  DOB [[DATE|date:05-04-1995]]\nSpecimen: urine MSU\nCulture: >10^8 cfu/L E. coli\nSensitive: nitrofurantoin, co-amoxiclav. Resistant: trimethoprim\nGP copy by fax to [[PHONE|fax:01 462 3317]]",
    # South Africa
    "NHLS\nPatient: [[PERSON|name:Dlamini, Thabo]]  Folder: [[ID|mrn:CMJ 7781026]]\nID [[ID|ssn:9002145733084]]\nHIV viral load: 48 200 copies/mL (log 4.68)\nCD4 182 cells/uL\nGeneXpert MTB/RIF Ultra: MTB detected, RIF resistance not detected\nClinic: [[LOCATION|geo:Hillbrow CHC]]",
    # India
    "LAB REPORT\nPatient: Mr. [[PERSON|name:Venkatesh Iyer]]  Age/Sex: [[AGE|other:54]] Y/M\nSample ID: [[ID|mrn:SD2409180442]]\nFBS 148 mg/dL (70-100)\nPPBS 231 mg/dL\nHbA1c 8.1 %\nLipid profile: TC 232, LDL 151, HDL 38, TG 214\nReport also sent on WhatsApp to [[PHONE|phone:+91 90000 41728]]",
    # Singapore
    "Laboratory Medicine\nName: [[PERSON|name:LIM Ah Kow]]  NRIC: [[ID|ssn:S3921774B]]  [[AGE|date:92]]Y M\nCollected [[DATE|date:2024-03-31]]T06:12:00+08:00\nNa 121 mmol/L (135-145) CRITICAL\nSerum osm 254\nUrine Na 48\nCritical value phoned to SN on Ward 46 at 06:58.",
    # Malaysia
    "MAKMAL PATOLOGI\nNama: [[PERSON|name:Ahmad Fauzi bin Ismail]]\nNo. KP: [[ID|ssn:680115-10-5533]]\nNo. Makmal: [[ID|mrn:HTAR/24/77812]]\nDengue NS1 Ag: POSITIF\nFBC: WBC 2.1, Hct 46%, Plt 54\nLaporan dihantar ke KK, faks [[PHONE|fax:03-3323 1188]]",
    # NZ
    "Community laboratory\nPatient: [[PERSON|name:Mere Tūhoe-Kingi]]  NHI [[ID|health_plan:HKP7720]]\nAddress: [[ADDRESS|geo:4 Manuka Crescent, Pāpāmoa 3118]]\nHbA1c 68 mmol/mol\nACR 14.2 mg/mmol\neGFR 52\nComment: result to GP; patient enrolled in diabetes programme, ID [[ID|other:DCIP-0044182]]",
    # Canada (Ontario)
    "COMMUNITY LAB REPORT\nPatient: [[PERSON|name:Aidan MacNeil]]\nHealth card: [[ID|health_plan:9011 223 807 TN]]\nOrdered by: (CPSO [[ID|license:88341]])\nPSA 7.8 ug/L (<4.0)\nFree/total ratio 0.11\nPlease call patient at [[PHONE|phone:905-555-0172]] ext. 3 re urology referral",
    # Ireland
    "BLOOD TRANSFUSION LAB\nPatient: [[PERSON|name:O'BRIEN, Mairéad]]\nMRN: [[ID|mrn:0912237]]\nPPSN on request form: [[ID|ssn:8823144WA]]\nGroup: O RhD neg\nAntibody screen: anti-D detected (prior pregnancy)\nCrossmatch 2 units for Thurs [[DATE|date:7th March]]\nContact haemovigilance officer, bleep 412",
    # South Africa
    "Private lab report\nPatient: [[PERSON|name:Annelie Botha]]\nMedical aid: Bonitas [[ID|health_plan:104421873]]\nAccount no: [[ID|account:PC-2024-7719823]]\nReferred from [[LOCATION|geo:Mediclinic Stellenbosch]]\nTSH 12.4 mIU/L (0.27-4.2)\nFT4 8.1 pmol/L\nAnti-TPO 580 IU/mL\nComment: Primary hypothyroidism, likely Hashimoto's thyroiditis.",
    # India
    "DEPARTMENT OF MICROBIOLOGY\nUHID: [[ID|mrn:102498771]]\nName: [[PERSON|name:Rajinder Singh Gill]]\nSex M  Ward: Medicine (Bed 14)\nABHA No: [[ID|health_plan:91-4471-2283-6605]]\nSample: Blood C/S  Date [[DATE|date:09-01-2024]]\nGrowth: Klebsiella pneumoniae (ESBL) - meropenem S, colistin MIC 0.5",
    # Singapore
    "PRE-EMPLOYMENT MEDICAL\nName: [[PERSON|name:Muthu Kumar s/o Pandian]]  FIN: [[ID|ssn:G5512847N]]\nCXR: NAD\nHIV: non-reactive\nSyphilis (TPPA): non-reactive\nFit for work.\nMOM medical exam ref [[ID|other:ME24-0081557]]\nDoctor: MCR [[ID|license:M09814C]]",
    # Malaysia
    "Chemical Pathology\nPatient: [[PERSON|name:Wong Kar Fai]]  MRN [[ID|mrn:PPUM 0771325]]\nIC: [[ID|ssn:551030-08-6119]]\nSampled [[DATE|date:02/07/2024]]\nTroponin T hs: 1840 ng/L (<14)\nCK-MB 88\nRepeat 3h: 2210\nPhoned to CCU registrar 0245h, read back OK.",
    # Australia
    "Pathology - warfarin clinic\nPt [[PERSON|name:PURDIE, Francis Xavier]]  DVA Gold [[ID|health_plan:QX901234]]  ([[AGE|date:91]])\nINR 2.4 (target 2-3)\nDose unchanged: 3 mg Mon/Wed/Fri, 2.5 mg other days.\nNext INR Tue [[DATE|date:28/05]]",
    # NZ
    "PORTAL RESULT NOTIFICATION\nTo: [[EMAIL|email:mereana.tepaa@xtra.co.nz]]\nKia ora [[PERSON|name:Mereana]], a new result is available in your patient portal.\nTest: Cervical screening (HPV self-test)\nView: [[URL|url:https://portal.mychart.co.nz/results/7718-2231?nhi=KTL5519]]\nLast login from [[IP|ip:203.109.44.17]]",
    # Canada (BC)
    "MICROBIOLOGY\nPatient [[PERSON|name:Harjeet Dhillon]]  PHN [[ID|health_plan:9123 456 782]]\nSpecimen: CSF\nGram stain: Gram-positive diplococci\nCulture: Streptococcus pneumoniae\nReported to public health, case [[ID|other:VCH-IPD-23-0418]]\nAttending Dr [[PERSON|name:Mark Friesen]]",
    # Ireland
    "HISTOPATHOLOGY\nLab no: [[ID|mrn:H24-18872]]\nPatient: [[PERSON|name:Tadhg Ó Murchú]]  PPSN [[ID|ssn:6104327K]]\nSpecimen: prostate biopsies x12\nAdenocarcinoma, Gleason 3+4=7 (Grade Group 2) in 4/12 cores",
    # South Africa
    "PRIVATE PATHOLOGY\nPatient: [[PERSON|name:Mpho Sithole]]  DOB [[DATE|date:1998/05/03]]\nID [[ID|ssn:9805030419088]]\nMedical aid: GEMS [[ID|health_plan:001882734]]\nbeta-hCG 12 450 IU/L\nRh positive\nRequest by: Sr [[PERSON|name:J. Ngwenya]], [[LOCATION|geo:Mamelodi]] clinic",
]

CALL_CENTRE = [
    # Australia
    "CALL LOG - after-hours nurse line\nAgent: Thanks for calling. Can I get the patient's name?\nCaller: yeah it's for my dad, [[PERSON|name:Frank Moretti]]\nAgent: And his date of birth?\nCaller: [[DATE|date:9th of May 1939]]\nAgent: Medicare number if you have it handy?\nCaller: um [[ID|health_plan:5512 40017 3]], he's number 2 on the card\nAgent: And a callback number?\nCaller: [[PHONE|phone:0412 345 678]]\nCaller: he's had the runs since Tuesday and he's on the Endone after his hip\nAgent: OK, I'm going to recommend he's seen in ED tonight.",
    # NZ
    "Healthline call\nNurse: Kia ora, Healthline. Who am I speaking with?\nCaller: It's [[PERSON|name:Kiri Hohaia]], ringing about my baby\nNurse: What's baby's name, and NHI if you have the Well Child book?\nCaller: [[PERSON|name:Manaia]], um NHI [[ID|health_plan:RFG4432]]\nCaller: he's got a temp of 38.5 and won't feed\nNurse: Where are you calling from?\nCaller: [[LOCATION|geo:Kaitāia]]\nNurse: I'd like you to take him to the hospital now. Best number for you?\nCaller: [[PHONE|phone:022 081 4477]]",
    # Canada (Quebec)
    "Info-Santé 811 - transcription\nInfirmière: Info-Santé, bonjour.\nAppelante: Bonjour, c'est pour ma mère, [[PERSON|name:Lise Bergeron]].\nInfirmière: Son numéro d'assurance maladie?\nAppelante: [[ID|health_plan:BERL 4261 0917]]\nInfirmière: Et son adresse?\nAppelante: [[ADDRESS|geo:1245, boul. des Forges, app. 3, Trois-Rivières (Québec) G8Z 1T7]]\nAppelante: Elle est tombée hier soir et elle a de la misère à se lever.\nInfirmière: Un numéro où vous joindre?\nAppelante: [[PHONE|phone:819 555-0164]]",
    # Ireland
    "GP out-of-hours call transcript\nCall handler: What's the patient's name?\nCaller: my son [[PERSON|name:Cian]]\nCall handler: Date of birth?\nCaller: [[DATE|date:the fourteenth of August 2016]]\nCall handler: And your Eircode?\nCaller: [[ADDRESS|geo:P51 K8AF]]\nCaller: He's vomiting since last night, can't keep anything down\nCall handler: What number are you on?\nCaller: [[PHONE|phone:085 221 4096]]\nCall handler: Appointment at the treatment centre 10:40, ref [[ID|other:SD-882914]].",
    # South Africa
    "Medical aid call centre - recorded line\nAgent: Good afternoon. Voice verification complete, voiceprint ID [[ID|biometric:VP-ZA-77104382]].\nCaller: Hi, I need pre-auth for my wife's op\nAgent: Membership number please\nCaller: [[ID|health_plan:304 118 227]]\nAgent: And the main member's ID number?\nCaller: [[ID|ssn:7407215088083]]\nAgent: Thank you Mr [[PERSON|name:Naidoo]]. Auth will be SMSed within 48 hours.",
    # India
    "Hospital helpline - call transcript\nCaller: madam my father having chest pain\nAgent: Patient name?\nCaller: [[PERSON|name:Ramesh Gowda]]\nAgent: Are you registered with us? UHID?\nCaller: yes [[ID|mrn:MH-BLR-00928814]]\nAgent: Address for ambulance?\nCaller: [[ADDRESS|geo:No. 42, 3rd Cross, Ramagondanahalli, Whitefield, Bengaluru 560066]]\nAgent: Your mobile?\nCaller: [[PHONE|phone:98861 04452]]\nAgent: Ambulance [[VEHICLE|vehicle:KA 53 G 0788]] dispatched, ETA 18 min. Give him one aspirin 325 mg to chew.",
    # Singapore
    "Polyclinic appointment line - transcript\nCaller: Hi I want to change my mother's appointment\nAgent: Can I have her NRIC?\nCaller: [[ID|ssn:S4512093E]], name [[PERSON|name:Yeo Ah Lian]]\nAgent: I see an appointment on [[DATE|date:18 April]] for diabetes review. I can move it to 9.20am next week.\nCaller: ok can\nAgent: SMS confirmation will be sent. Booking ref [[ID|other:BDK-2405-11873]].",
    # Malaysia
    "Transkrip panggilan - talian hospital\nPemanggil: Saya nak tanya keputusan ujian ayah saya, [[PERSON|name:Osman bin Yusof]]\nEjen: Nombor IC?\nPemanggil: [[ID|ssn:520909-08-5371]]\nEjen: Tarikh lahir?\nPemanggil: [[DATE|date:9 September 1952]]\nEjen: Keputusan belum siap, cik boleh telefon semula minggu depan.\nPemanggil: ok, nombor saya [[PHONE|phone:019-772 1408]]",
    # Australia
    "Veterans' line call\nAgent: You've verified with your voice, thanks - voiceprint match on file [[ID|biometric:VPR-0048812-AU]].\nCaller: Yeah it's [[PERSON|name:Col Henderson]], Gold Card [[ID|health_plan:NX217845]]\nAgent: What can I help with?\nCaller: I need transport to my eye appt next week\nAgent: Pick up from [[ADDRESS|geo:7 Banksia Close, Wauchope NSW 2446]]?\nCaller: that's it",
    # NZ
    "ACC claims line - call transcript excerpt\nCaller: hi, calling about my claim, number [[ID|other:10049928371]]\nAgent: Can you confirm your IRD number for verification?\nCaller: [[ID|ssn:049-091-850]]\nAgent: Thanks Mrs [[PERSON|name:Parata]]\nCaller: my weekly comp hasn't come in, bank acc [[ID|account:12-3140-0123456-00]]\nAgent: I'll escalate to your case manager today.",
    # Canada (Ontario)
    "Health811 transcript\nNurse: Health811, this is the RN.\nCaller: hi, I'm calling for myself. [[PERSON|name:Ashley Tremblay-Clarke]].\nNurse: Health card number?\nCaller: [[ID|health_plan:3385-207-114-RB]]\nNurse: Postal code?\nCaller: [[ADDRESS|geo:L6Y 4M3]]\nCaller: I'm 34 weeks pregnant and I've got a headache that won't go away and I'm seeing spots\nNurse: I want you to go to the nearest ED now. Is someone able to drive you?\nCaller: yes my partner. my number is [[PHONE|phone:647 555 0129]]",
    # Ireland
    "Hospital billing enquiry - call recording\nAgent: Accounts, how can I help?\nCaller: Hi, it's [[PERSON|name:Seamus Fahy]], got a bill I don't understand\nAgent: Invoice number on the top right?\nCaller: [[ID|account:INV-0047719]]\nAgent: And your VHI policy number?\nCaller: [[ID|health_plan:VH 3881290]]\nAgent: I'll need the card you want to pay with\nCaller: [[ID|account:4539 1488 0343 6467]]\nAgent: Sorry, I can't take the full card on a recorded line - I've paused recording.\nCaller: grand",
    # South Africa
    "Clinic appointments line - transcript\nCaller: Molo sisi. I want to check my son's follow up\nAgent: Name?\nCaller: [[PERSON|name:Lwazi Ntuli]]\nAgent: Folder number?\nCaller: [[ID|mrn:KDH 0917744]]\nAgent: I see [[DATE|date:05/09/2024]] at paeds OPD, 08h00.\nCaller: Can you SMS me, [[PHONE|phone:073 555 4182]]\nAgent: Done.",
    # India
    "TPA cashless helpline - call transcript\nCaller: I am calling for cashless approval for my wife [[PERSON|name:Anjali Deshpande]]\nAgent: Policy number please\nCaller: [[ID|health_plan:P/211200/01/2024/004471]]\nAgent: Employee ID?\nCaller: [[ID|other:INFY-228193]]\nAgent: Hospital?\nCaller: [[LOCATION|geo:Ruby Hall Clinic]]\nAgent: We'll mail the approval letter to [[EMAIL|email:anjali.deshpande82@rediffmail.com]]",
    # Singapore
    "Patient portal helpdesk call - account lockout\nCaller: hi can't log in, username [[ID|other:peck.lh71]]\nAgent: Full name please\nCaller: [[PERSON|name:PECK Li Hua]]\nAgent: I see 5 failed attempts from [[IP|ip:116.86.211.40]] at 2305 last night, that you?\nCaller: ya, my laptop\nAgent: Reset link sent to [[EMAIL|email:lihua.peck@singnet.com.sg]]",
    # Malaysia
    "Pump support line - call transcript\nCaller: pump alarm keep beeping, insulin flow blocked\nAgent: Can you read me the serial number on the back?\nCaller: [[DEVICE|device:NG2841177H]]\nAgent: Registered to [[PERSON|name:Nur Iman binti Zulkifli]], age [[AGE|other:14]]?\nCaller: yes my daughter.\nAgent: Change the infusion set, check BG in 1 hour. Still on the MiniMed 780G, correct?\nCaller: yes.\nAgent: Case [[ID|other:MY-CS-1187725]] opened.",
    # Australia
    "Phone triage - remote clinic after-hours\nRAN: remote area nurse on call\nCaller: my nanna real sick, breathing no good\nRAN: What's her name?\nCaller: [[PERSON|name:Bernadette Tunmuck]]\nRAN: HRN? it's on the clinic card\nCaller: [[ID|mrn:WD 004471]]\nRAN: Which house?\nCaller: [[ADDRESS|geo:House 212, Wadeye]]\nRAN: I'm coming now. Ring me back on [[PHONE|phone:08 8978 2101]] if she gets worse.",
    # NZ
    "Pharmacy phone call transcript\nCaller: kia ora it's Whaea [[PERSON|name:Moana]], ringing for [[PERSON|name:Rangi Nikora]]\nPharmacist: and his date of birth?\nCaller: [[DATE|date:5/10/45]]\nPharmacist: and is his NHI [[ID|health_plan:CGR1127]]?\nCaller: yep\nPharmacist: His warfarin's ready, 1 mg and 3 mg tabs. Want it delivered to [[ADDRESS|geo:19 Church Street, Ōpōtiki 3122]]?\nCaller: ka pai",
    # Canada (Manitoba)
    "Central intake call - transcript\nCaller: Hi, it's the GP office. We faxed a referral for [[PERSON|name:Gordon Flett]] but haven't heard.\nClerk: His PHIN?\nCaller: [[ID|health_plan:117 802 463]]\nClerk: What number did you fax to?\nCaller: [[PHONE|fax:204-555-0177]]\nClerk: That's the old one, please resend to [[PHONE|fax:204-555-0190]]\nCaller: Will do. Our fax is [[PHONE|fax:204-555-0121]].",
    # Ireland
    "Online GP consult - support call\nCaller: hi, the app won't recognise my face for login\nAgent: What's the account email?\nCaller: [[EMAIL|email:grainne.oshea@eircom.net]]\nAgent: Face template [[ID|biometric:FT-7f3a91c2]] was re-enrolled yesterday from a new device at [[IP|ip:2a02:8084:4e41:2f00::1c]]. Was that you?\nCaller: no! that wasn't me\nAgent: I'll lock the account and flag it, incident [[ID|other:SEC-24-03117]].",
]

INCIDENT_REPORT = [
    # Australia
    "INCIDENT REPORT\nLocation: Ward 6A bed 14\nPerson affected: [[PERSON|name:DAVIES, Gwen]] F  UR [[ID|mrn:LM304412]]\nDescription: Pt found on floor beside bed at 0315. Bed alarm not activated. Small haematoma R occiput. Neuro obs commenced, GCS 15.\nPhoto of injury uploaded: [[ID|photo:IMG_20240302_0331.jpg]]\nNOK daughter informed 0400 on [[PHONE|phone:0433 219 870]]\nSAC 3",
    # NZ
    "INCIDENT FORM\nType: Medication error (wrong patient)\nPatient A: [[PERSON|name:Tāne Whaanga]] NHI [[ID|health_plan:DFR5528]]\nPatient B: [[PERSON|name:Tony Whanga]] NHI [[ID|health_plan:DFR5582]]\nSimilar names; Patient A received B's 0800 metoprolol 47.5 mg. BP 98/60 post, monitored.\nReported by RN on duty (NCNZ [[ID|license:247881]]). Open disclosure with whānau done.",
    # Canada (Quebec)
    "SECURITY INCIDENT REPORT\nSummary: Visitor vehicle (grey Honda CR-V, Québec plate [[VEHICLE|vehicle:K47 PRW]]) struck the ambulance bay bollard at 22:50. Driver [[PERSON|name:Denis Fortin]] stated he was rushing to see his father (rm 412).\nPermis de conduire [[ID|license:F6321-150368-04]]\nPolice file no. [[ID|other:2024-0119-338]]\nNo injuries.",
    # Ireland
    "DATA PROTECTION INCIDENT\nDischarge summary for [[PERSON|name:Bridget Hogan]] (MRN [[ID|mrn:STG220419]]) emailed in error to [[EMAIL|email:b.hogan77@gmail.com]] instead of [[EMAIL|email:bhogan.clonmel@gmail.com]].\nRecipient contacted by phone ([[PHONE|phone:052 612 4471]]) and confirmed deletion.",
    # South Africa
    "INCIDENT REPORT - Casualty, approx 01h30\nPatient [[PERSON|name:Musa Zwane]] (ID [[ID|ssn:8807215633089]]) became aggressive, threw a drip stand at Sr [[PERSON|name:Busisiwe Ndlovu]]. Security restrained. Haloperidol 5 mg IM given.\nShe sustained laceration L hand, sutured. IOD claim [[ID|other:WCL/2023/889124]].",
    # India
    "INCIDENT REPORT\nIncident: Unauthorised access to narcotics cabinet\nCabinet log shows fingerprint template [[ID|biometric:FP-00417]] (assigned to staff nurse [[PERSON|name:Jessy Varghese]]) used at 02:14 while she was on leave. CCTV reviewed. Cabinet serial [[DEVICE|device:OMN-CAB-22871]].\nMissing: 2 amp morphine 10 mg/ml.\nEscalated to Nursing Superintendent Mrs. [[PERSON|name:Latha Pillai]]",
    # Singapore
    "INCIDENT - LOSS OF PATIENT PROPERTY\nWard B6\nPatient: Madam [[PERSON|name:Goh Siew Eng]], [[AGE|date:93]], NRIC [[ID|ssn:S2218354C]]\nR hearing aid (Phonak Audeo P90) serial [[DEVICE|device:2219A0XK4]] missing after bed change. Linen and bins searched. Family informed.",
    # Malaysia
    "LAPORAN INSIDEN\nPesakit: [[PERSON|name:Lim Chee Keong]], RN [[ID|mrn:HRPB 118823]]\nJenis: Jatuh dari kerusi roda semasa dipindahkan ke wad 7C.\nKecederaan: lebam lutut kanan. X-ray: tiada patah.\nDilaporkan oleh: SN [[PERSON|name:Nor Azlina binti Hashim]]\nWaris dimaklumkan: anak, tel [[PHONE|phone:012-519 8834]]",
    # Australia
    "INCIDENT - CAR PARK\nHospital fleet vehicle [[VEHICLE|vehicle:G 12044]] reversed into parked Hilux [[VEHICLE|vehicle:CB 72 KL]] belonging to a patient escort from [[LOCATION|geo:Ngukurr]].\nMinor damage rear bumper. Driver: AHP, licence [[ID|license:NT 0418822]]",
    # NZ
    "Incident - infusion pump\nInfusion pump (Alaris GP) asset [[DEVICE|device:SCH-INF-04471]], serial [[DEVICE|device:800412937]] delivered heparin at 10x rate due to programming error (5 mL/h entered as 50 mL/h).\nPatient [[PERSON|name:Ariana Tuhiwai]] [[AGE|other:4]]y NHI [[ID|health_plan:TKH6810]]. APTT 180s, infusion stopped, protamine given.\nPump quarantined and sent to biomed.",
    # Canada (Saskatchewan)
    "OCCURRENCE REPORT\nPatient: [[PERSON|name:Wesley Bear]] (MRN [[ID|mrn:SCH-55182]])\nPt sustained skin tear R forearm (4 cm) during transfer with sit-stand lift. Photo taken per wound protocol, file [[ID|photo:WND_55182_0212.png]]\nStaff involved: LPN [[PERSON|name:Angela Bird]]\nSister notified.",
    # Ireland
    "NEEDLESTICK INJURY REPORT\nStaff member: [[PERSON|name:Ruairí Keane]], staff nurse\nSource patient: [[PERSON|name:Gerard Walsh]], MRN [[ID|mrn:NGH771302]], bloods for HBV/HCV/HIV sent with consent\nPEP not indicated per ED Dr [[PERSON|name:Ng]].",
    # South Africa
    "INCIDENT REPORT: PRESSURE INJURY\nWard F2\nPt Gogo [[PERSON|name:Nokuthula Cele]]\nStage 3 sacral PI found [[DATE|date:2024-05-27]] - not present on admission.\nWound photos: [[ID|photo:ADD-PH-20240527-01]], [[ID|photo:ADD-PH-20240527-02]]\nAir mattress (serial [[DEVICE|device:AM9930417]]) found deflated - biomed notified.",
    # India
    "INCIDENT / NEAR MISS\nSpecimen from bed 7 labelled with details of bed 8 patient: [[PERSON|name:Harpreet Kaur]] (UHID [[ID|mrn:SGRH-7719281]]) instead of [[PERSON|name:Harleen Kaur]] (UHID [[ID|mrn:SGRH-7719218]]). Detected by blood bank before crossmatch.\nRoot cause: similar names, pre-printed labels.",
    # Singapore
    "IT SECURITY INCIDENT\nStaff login [[ID|other:sk_tanjh]] accessed the record of [[PERSON|name:Tan Jia Hui]] (NRIC [[ID|ssn:T0212845G]]), the staff member's own sister, from workstation [[IP|ip:10.180.22.41]] (MAC [[DEVICE|device:00:1B:44:11:3A:B7]]).\nNo clinical reason. Referred to HR.",
    # Malaysia
    "LAPORAN KESELAMATAN - kemalangan kecil di tempat letak kereta\nKereta pesakit [[VEHICLE|vehicle:KEL 4521]] (Perodua Myvi) dilanggar oleh van hospital [[VEHICLE|vehicle:KDA 8830]].\nPemilik kereta: [[PERSON|name:Aminah binti Saad]], KP [[ID|ssn:630401-02-5584]], tel [[PHONE|phone:04-733 8129]]",
    # Australia
    "CLINICAL INCIDENT\nPatient: [[PERSON|name:Hope Nguyen]], UR [[ID|mrn:SV0882147]], IHI [[ID|health_plan:8003 6080 1124 5519]]\nInsulin glargine 40 units given instead of 4 units (handwritten 'U' misread). BGL 2.1 at 0300, treated.\nPrescriber no. [[ID|license:2417739]]",
    # NZ
    "Incident report - absconding\n[[PERSON|name:Hōhepa Te Rangi]], under Mental Health Act s11, left ward approx 1445. Last seen heading toward [[LOCATION|geo:Manunui]] in a blue Nissan Tiida [[VEHICLE|vehicle:JQT812]].\nPolice notified, event number [[ID|other:P059812734]]\nPhoto on file: [[ID|photo:PH-HTR-001]]",
    # Canada (BC)
    "PRIVACY BREACH REPORT\nConsult note for [[PERSON|name:Louise Caron]] (PHN [[ID|health_plan:9874 112 305]]) faxed to [[PHONE|fax:250-555-0188]] (a dental office) instead of the GP's clinic fax [[PHONE|fax:250-555-0181]].\nDental office confirmed shredding.\nPatient notified by letter to [[ADDRESS|geo:3320 Hammond Bay Rd, Nanaimo BC V9T 1E4]].",
    # Australia
    "INCIDENT: threats to staff via social media\nFormer patient [[PERSON|name:Shane Kirby]] posted photos of ED staff on the Facebook page [[URL|url:https://www.facebook.com/shane.kirby.7731]] with threats.\nScreenshots saved ([[ID|photo:SCR_0616_01.png]])\nPolice report [[ID|other:QP2400918312]]",
]

PATIENT_EMAIL = [
    # NZ
    "From: [[EMAIL|email:hine.k.walker@xtra.co.nz]]\nSubject: repeat script pls\n\nkia ora, can i pls get a repeat of my sertraline 100mg and the ventolin. NHI is [[ID|health_plan:WQT4410]] if u need it. i can pick up from the chemist in [[LOCATION|geo:Kamo]] on friday. my new number is [[PHONE|phone:0275 118 402]]\nngā mihi\n[[PERSON|name:hine]]",
    # Canada (Quebec)
    "De: [[EMAIL|email:ggagnon1962@videotron.ca]]\nObjet: rdv de ma mere\n\nBonjour, je suis la fille de [[PERSON|name:Yvette Gagnon]] (née le [[DATE|date:3 avril 1938]]). Elle a un rdv en cardio mais elle peut pas y aller, elle est en CHSLD depuis la semaine passée. Pouvez vous me rappeler svp? Sa carte soleil: [[ID|health_plan:GAGY 3804 0311]]\nMerci",
    # Ireland
    "SMS to practice mobile 08:14\nhi its [[PERSON|name:niamh o connor]] here, [[PERSON|name:jack]]s mam. he has the chicken pox now defo, spots everywhere. can i bring him in or will i keep him home? hes due his 4 in 1 jab on the [[DATE|date:20th of jan]] too. my number is [[PHONE|phone:0863318274]] thanks a mill",
    # South Africa
    "WhatsApp message to clinic\nMorning Sister, it's [[PERSON|name:Thandi]] ([[PERSON|name:Thandeka Dlamini]]). My ARVs are finished and I'm away this week for a funeral. Can I collect at your clinic? My folder no is [[ID|mrn:UMZ 229184]]. ID [[ID|ssn:9205170944081]]. Thank u",
    # India
    "From: [[EMAIL|email:priya.raghunathan@yahoo.co.in]]\nSubject: Query regarding my father's discharge summary\n\nDear Sir/Madam,\nMy father Mr. [[PERSON|name:T. Raghunathan]] was discharged last week. The discharge summary mentions his age as [[AGE|other:67]] but he is [[AGE|other:76]]. Kindly correct it as the insurer is rejecting the claim.\nAlso his Aadhaar is [[ID|ssn:5032 8871 4490]] and PAN [[ID|ssn:AKDPR4471K]] for your records.\nRegards",
    # Singapore
    "sms from [[PHONE|phone:+6591827364]]: hi dr, this is [[PERSON|name:jasmine lee]], mdm [[PERSON|name:lee mui kheng]]'s daughter. mummy fell at home this morning at [[LOCATION|geo:ang mo kio]], now knee swollen cannot walk. can we come polyclinic or go [[LOCATION|geo:TTSH]] straight? tq",
    # Malaysia
    "Daripada: [[EMAIL|email:faizal.hamid88@gmail.com]]\nTajuk: sijil cuti sakit\n\nSalam doktor, saya [[PERSON|name:Mohd Faizal bin Hamid]] IC [[ID|ssn:880214-01-5937]]. Saya datang klinik semalam ([[DATE|date:14/8]]) tapi lupa ambil MC. Boleh email MC ke sini? Majikan perlukan sebelum hujung minggu.\nTerima kasih",
    # Australia
    "Email to clinic\nFrom: [[EMAIL|email:m.wirrpanda.family@outlook.com]]\nhi, I'm [[PERSON|name:Djapirri]]'s auntie. she is staying with us now at [[ADDRESS|geo:14 Matthew Flinders Way, Nhulunbuy NT 0880]]. can her medicine go to the hospital pharmacy insted. her medicare is [[ID|health_plan:2290 41158 6]]. phone me [[PHONE|phone:0457 228 913]]\nthanks",
    # NZ
    "txt from [[PHONE|phone:021 077 4521]] ([[DATE|date:9/2/24]] 10:02pm): hey doc its [[PERSON|name:tama]] from [[LOCATION|geo:otara]], my iron bloods came back low eh? lab said see gp. i work nights at the port so can i get a phone appt? cheers",
    # Canada (Alberta)
    "From: [[EMAIL|email:kevin.mcleod@shaw.ca]]\nSubject: Fwd: disability tax credit form\n\nHi Dr [[PERSON|name:Bélanger]],\nThe CRA sent back my T2201, they need part B signed again. My SIN is [[ID|ssn:046 454 286]] in case you need it on the form. DOB [[DATE|date:1969-07-22]]. I can drop it off at the clinic next week.\nThanks",
    # Ireland
    "Subject: my husbands hearing aids\n\nHello, my husband [[PERSON|name:Tom Maguire]] left his hearing aid behind in the day ward on tuesday, its the left one, serial on the box is [[DEVICE|device:16XK9921B]]. Could some one check the locker? we live in [[LOCATION|geo:Ballyhaunis]] so its a long way to go in. His DOB is [[DATE|date:02/02/1946]].\nKind regards",
    # South Africa
    "SMS [[DATE|date:14 Mei 2024]]: Goeie more Dokter, dis [[PERSON|name:Elsabé du Toit]]. My ma ([[PERSON|name:Hester]]) se bloedsuiker is 22 vanoggend, sy voel naar. Kan ek haar hospitaal toe bring? Haar mediese fonds nr is [[ID|health_plan:44019382]]. Bel my asb [[PHONE|phone:084 555 2310]]",
    # India
    "WhatsApp: Sir namaste, main [[PERSON|name:Sunil Yadav]] bol raha hoon, [[PERSON|name:Kamla Devi]] ka beta. Mummy ka dialysis Wed [[DATE|date:14/2]] ko hai na? PMJAY card no [[ID|health_plan:N7K4Q2P9X]], pls confirm. Ghar ka address change hua hai: [[ADDRESS|geo:H.No. 221, Gali No. 4, Indira Nagar, Lucknow 226016]]",
    # Singapore
    "From: [[EMAIL|email:rachel.koh.sl@gmail.com]]\nSubject: photos of dad's leg\n\nHi Nurse, attached are 2 photos of my father's ulcer as requested ([[ID|photo:IMG_4471.HEIC]], [[ID|photo:IMG_4472.HEIC]]). He is [[PERSON|name:Koh Beng Huat]], his appt at the wound clinic is next week. The smell is worse since monday. Thanks",
    # Malaysia
    "Subject: Appeal - bil hospital\n\nDear Sir/Madam,\nI refer to bill no. [[ID|account:HSA/BIL/2024/0091827]] for my wife [[PERSON|name:Vasanthi a/p Raman]] (IC [[ID|ssn:830517-01-6624]]) admitted last month. I have uploaded the receipts to [[URL|url:https://drive.google.com/drive/folders/1aX9KpQ7vVelu2024]]. Please check.\nRegards",
    # Australia
    "Subject: Dads warfarin\n\nHi, just letting u know Dad ([[PERSON|name:Frank Purdie]]) had a nose bleed last nite, stopped after 20 mins. His INR was 2.4 last week. Should we still take him to the clinic Tues [[DATE|date:28th]]? His DVA no is [[ID|health_plan:QX901234]]. We r at [[ADDRESS|geo:22 Flinders St, Hermit Park QLD 4812]].\nCheers",
    # NZ
    "Subject: Re: invoice\n\nHi there, I paid the $45 for [[PERSON|name:Lose]]'s consult into your account but put my IRD [[ID|ssn:112-884-930]] as the reference by mistake instead of invoice [[ID|account:INV 20931]]. Paid from [[ID|account:06-0193-0412788-00]]. Sorry!",
    # Canada (Ontario)
    "Subject: Can't access my results\nFrom: [[EMAIL|email:nathalie.roy.qc@gmail.com]]\n\nBonjour/Hello, I keep getting 'account locked' on MyChart. My username is [[ID|other:nroy1984]]. I tried from home and from work (IT said my IP is [[IP|ip:70.53.118.212]] if that helps). I need my bloodwork for my appt next week. My MRN [[ID|mrn:OTT-1130948]]",
    # Ireland
    "Subject: letter for fundraiser\n\nHi Doctor,\nWe set up a fundraiser for [[PERSON|name:Conor]]'s treatment in Germany [[URL|url:https://www.gofundme.com/f/help-conor-flanagan-beat-dipg]]. Would you be able to write a short letter confirming his diagnosis? He is [[AGE|other:9]] now. Our address is [[ADDRESS|geo:6 Ard na Gréine, Tuam, Co. Galway H54 W9P2]].\nMany thanks",
    # South Africa
    "Subject: Refund\n\nGood day, I was overcharged for my son [[PERSON|name:Kiran Naidoo]]'s X-rays. Medical aid paid in full. Please refund to FNB acc [[ID|account:62841197754]], branch 250655. My ID [[ID|ssn:7802115185088]].",
]

AGED_CARE_NOTE = [
    # Australia
    "Progress note - night shift\nResident: Mrs [[PERSON|name:Edna Crowley]], [[AGE|date:96]], Room 14\nDVA Gold [[ID|health_plan:VX044187]]\n[[PERSON|name:Edna]] restless, calling out for her late husband. PRN paracetamol 1 g given 0120. Slept from 0230.\nFall sensor mat (serial [[DEVICE|device:SM-552190]]) alarmed x2, no falls.",
    # NZ
    "Hospital level care - whānau hui\nResident: [[PERSON|name:Huhana Hēnare]], [[AGE|date:90]]y, NHI [[ID|health_plan:BTW6621]]\nHui held re advance care plan. Kaumātua Matua [[PERSON|name:Rewi]] present. Wishes to return to [[LOCATION|geo:Ōmāpere]] if possible.",
    # Canada (Quebec)
    "Note d'évolution - CHSLD\nRésidente: Mme [[PERSON|name:Thérèse Ouellet]], [[AGE|date:94]] ans, ch. 207\nNAM [[ID|health_plan:OUET 2957 2814]]\nRefus du bain ce matin, agitée. Famille avisée. Bracelet anti-fugue no [[DEVICE|device:WG-40917]] vérifié, fonctionnel.",
    # Ireland
    "Nursing home progress note\nResident: [[PERSON|name:Máirtín Ó Flaithearta]]\nGMS no. [[ID|health_plan:2281947B]]\nEating poorly, weight 58.2 kg (down 3.1 kg in 4/52). SALT referral sent. Brought in a radio for Raidió na Gaeltachta, settled well.\nSigned: CNM2, NMBI PIN [[ID|license:119283]]",
    # South Africa
    "Versorgingsnota / care note\nInwoner: Mev. [[PERSON|name:Sannie Kruger]] ([[AGE|date:97]])\n[[DATE|date:5 Junie 2024]]: found on floor 02h15, no injury noted. Obs stable. Doctor and daughter informed 07h00.\nHip protector on. Pendant alarm ID [[DEVICE|device:PA-77129]]",
    # India
    "ELDER CARE HOME VISIT NOTE\nClient: Mrs. [[PERSON|name:K. Saraswathi]], [[AGE|date:91]] yrs\nAddress: [[ADDRESS|geo:Flat 3B, Sri Sai Apartments, 12 2nd Avenue, Anna Nagar, Chennai 600040]]\nBP 148/82, pulse 76, SpO2 96%, RBS 162. Pressure area sacrum - stage 1, repositioning 2 hrly advised.\nPhoto uploaded to app: [[ID|photo:PHT-88213-SAR]]\nGrandson reachable on [[PHONE|phone:+91 99401 77206]]",
    # Singapore
    "Nursing home progress note\nResident: [[PERSON|name:TEO Kim Choo]], [[AGE|date:99]]F, NRIC [[ID|ssn:S0412239J]]\nRefused lunch, says 'mai, mai'. Fed 50% porridge. Med cabinet opened by SN via fingerprint ([[ID|biometric:FPID-2231]]) for 1200 meds.",
    # Malaysia
    "Nota penghuni\nNama penghuni: Hajah [[PERSON|name:Fatimah binti Ali]]\nNo. KP [[ID|ssn:380621-05-5098]]\n[[DATE|date:18 Disember 2023]]: Luka tekanan tumit kiri, gred 2. Gambar diambil ([[ID|photo:RSK-0918-IMG07]]). Dressing hydrocolloid.",
    # Australia
    "Aged care progress note\nResident: [[PERSON|name:Nellie Nungarrayi]] from [[LOCATION|geo:Lajamanu]]\nMedicare [[ID|health_plan:2109 86634 1]]\nFamily visit - grand-daughters. [[PERSON|name:Nellie]] happy, ate kangaroo tail brought by family. Wants to go back to country for sorry business. Warlpiri interpreter ID [[ID|other:AIS-0442]]",
    # NZ
    "Rest home progress note 1400\n[[PERSON|name:Bill Hemara]]\nLibre sensor changed (L arm), sensor serial [[DEVICE|device:0M00034GRTX]]. Readings 6-14 mmol today. Hypo alarm at 0412 (3.6) - treated with 15g glucose, recheck 5.8.\nDaughter wants reports emailed: [[EMAIL|email:awhina.hemara@hotmail.co.nz]]",
    # Canada (Ontario)
    "LTC progress note\nResident: [[PERSON|name:Grace O'Neill]] [[AGE|date:101]]\nChristmas lunch in dining room with family. Ate 75%. Skin intact. BM today.\nHealth card [[ID|health_plan:6630-771-204-ZX]]\nPOA (niece) prefers email: [[EMAIL|email:plindqvist@rogers.com]]",
    # Ireland
    "Home Support - carer visit log 08:00-08:45\nClient: [[PERSON|name:Nora Kavanagh]] [[AGE|date:92]], [[ADDRESS|geo:Cloghroe, Blarney, Co. Cork T23 HX06]]\nAssisted with shower, breakfast, meds from blister pack (Wed am). In good form.\nKey safe code changed, see office. Carer car reg [[VEHICLE|vehicle:231-C-4471]] parked in drive.",
    # South Africa
    "Frail care note\nResident: Mr [[PERSON|name:Koos Pienaar]]\nID [[ID|ssn:3409025062081]]\nMedical aid: Profmed [[ID|health_plan:PM 4471820]]\nAgitated at sundowning, wandering to gate. Staff redirected. Wander-guard tag [[DEVICE|device:WGT-009114]] replaced (battery flat).",
    # Singapore
    "Community hospital - nursing note 0530\nResident: Mdm [[PERSON|name:Low Ah Moi]] [[AGE|date:94]]\nFound sitting on floor next to commode. Denies pain. No deformity. Photo of bruise L hip ([[ID|photo:RC-WND-240905-03]]). BP 132/70 HR 82 T 36.8.\nDaughter informed ([[PHONE|phone:6452 8891]] - home).",
    # Malaysia
    "Nota jururawat komuniti - lawatan rumah\nPesakit: [[PERSON|name:Muniammah a/p Kandasamy]]\nAlamat: [[ADDRESS|geo:No. 18, Jalan Mawar 3, Taman Sri Muda, 40400 Shah Alam, Selangor]]\nTarikh: [[DATE|date:2024-11-04]]\nBedbound, kateter Foley ditukar (size 14Fr). Urine clear. Anak perempuan dilatih jagaan kateter.\nTelefon: [[PHONE|phone:016-338 1902]]",
    # Australia
    "Resident progress note\nResident: [[PERSON|name:Stanley Rigby]] ('[[PERSON|name:Stan]]'), [[AGE|date:98]]\nDVA [[ID|health_plan:NX004412]], IHI [[ID|health_plan:8003 6011 7832 4470]]\nAttended dawn service in the courtyard in wheelchair, wearing medals. Emotional.\nS8 cabinet accessed by RN (fingerprint ID [[ID|biometric:BIO-RN-0091]]) for oxycodone 5 mg at 1800.",
    # NZ
    "Rest home note\nResident: [[PERSON|name:Losaline Vaipulu]]  NHI [[ID|health_plan:QTH9014]]\nChurch group from [[LOCATION|geo:Māngere]] visited, sang hymns in Tongan. Brighter mood.\nPodiatrist [[PERSON|name:Mark Reid]] attended, toenails cut.\nHearing aids (Oticon) both in, L serial [[DEVICE|device:OT5528104L]]",
    # Canada (Nunavut)
    "Elders care note\nResident: [[PERSON|name:Annie Kilabuk]]\nNU health card [[ID|health_plan:100 447 821]]\nCountry food (arctic char) brought by grandson; ate well. Weight 51 kg.\nNephew calls from [[LOCATION|geo:Pangnirtung]] [[PHONE|phone:867-555-0176]]",
    # Ireland
    "nh note - [[LOCATION|geo:Nazareth House Mallow]] - nights\nmrs [[PERSON|name:kelleher]] rm 9 - settled, ate toast @ 2300, sats 93% ra. c/o sore throat, temp 37.2. gp dr [[PERSON|name:o'mahony]] to review am. daughter aware via txt [[PHONE|phone:087 669 1150]]. dentures in pot bedside.\n-[[PERSON|name:sinéad]] rgn",
    # South Africa
    "Home-based carer report - [[LOCATION|geo:KwaMashu]] section G\nClient: Gogo [[PERSON|name:Zodwa Mkhize]]\nVisited 10h00. Gogo alone, grandchild at school. BP 172/96 - missed amlodipine x3 days, tablets finished.\nReferred to [[LOCATION|geo:KwaMashu CHC]]. Carer cell [[PHONE|phone:078 555 2290]]",
]

STYLES = [
    ("ed-triage", ED_TRIAGE),
    ("radiology-report", RADIOLOGY_REPORT),
    ("lab-report", LAB_REPORT),
    ("call-centre-transcript", CALL_CENTRE),
    ("incident-report", INCIDENT_REPORT),
    ("patient-email", PATIENT_EMAIL),
    ("aged-care-note", AGED_CARE_NOTE),
]


def main() -> None:
    print(f"probe12: {write_styled(OUT, STYLES)} docs")


if __name__ == "__main__":
    main()
