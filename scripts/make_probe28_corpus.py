"""Write the 28th hand-annotated redaction probe, Romance-language, Latin-American, African, Gulf and South-East-Asian patients.

Why: the engine's quality must be measured on text its authors never tuned for. This probe is
written blind (without reading the engine, its tests or the other corpora) and stresses the
identifier forms of patients who come from or live in southern and western Europe, Latin
America, North and West Africa, the Gulf and South-East Asia: two surnames and particles
("de la", "dos", "i", "bin", "de Dios"), family-name-first order, nicknames, local national numbers
(DNI/NIE, NIF, codice fiscale, NIR, NISS, CURP, INE, cédula, CUIL, RUT, CPF, CIN, CNI, Emirates
ID, QID, Civil ID, Thai ID, NIK, CCCD), local insurers (SNS utente, IMSS, EPS, PAMI, OSDE, IAPOS,
CNS, AMO, CMU, Daman, PhilHealth, BPJS, BHYT),
local address forms (carrera/calle with #, Brgy., RT/RW, Moo/Soi, ngõ/phường, e/ between
streets), Buddhist-era and Hijri dates, and universal identifiers (emails, URLs, IPs, MAC
addresses, device serials, plates, photo files, biometric template IDs).

What: 100 notes, 10 in each of ten styles (progress-note, discharge-summary, referral-letter,
nursing-shorthand, pharmacy, telehealth, billing-claims, lab-and-imaging, emergency-department,
patient-message). Locales: Spain, Portugal, Italy, France, Belgium (25 notes); Mexico,
Colombia, Peru, Chile, Argentina, Brazil (35); Morocco, Senegal, Côte d'Ivoire, Egypt and the
Gulf states (20); the Philippines, Indonesia, Vietnam, Thailand (20). All 18 Safe Harbor
categories appear at least four times; about five identifiers a note. Decoys that look like
identifiers (doses, lab ranges, bed and ward numbers, times, model numbers, ICD/CUPS/TUSS/DRG
codes, FONASA tramo, "Dos de Mayo", CIN 3) are left unmarked.

How to run:
    cd /work/main && .venv/bin/python scripts/make_probe28_corpus.py
writes corpus/redaction/probe28.jsonl (one JSON document a line, tagged with its style).
"""

from __future__ import annotations

from pathlib import Path

from make_safe_harbor_suite import write_styled

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "corpus" / "redaction" / "probe28.jsonl"

PROGRESS_NOTE: list[str] = [
    # Spain
    "PROGRESS NOTE - Internal Medicine, [[LOCATION|geo:Hospital Universitario La Paz]], ward 6B\nPatient: [[PERSON|name:María Dolores Fernández Ruiz]], [[AGE|other:78]]F, DNI [[ID|ssn:50321478-K]]\nS: 'me ahogo menos' - less breathless overnight, slept on 2 pillows.\nO: T 36.8, HR 88, BP 134/72, SpO2 95% on 2 L. Bed 14. Weight 71.4 kg (73.0 kg on admission [[DATE|date:02/03/2024]]).\nA/P: decompensated HF improving. Furosemide 40 mg IV bd, switch to PO tomorrow. Daughter updated by phone ([[PHONE|phone:622 41 89 03]]).\nR3 on call",
    # Italy
    "Diario clinico - Cardiology\n[[PERSON|name:BIANCHI Giuseppe]] (surname first on the wristband), CF [[ID|ssn:BNCGPP41S23F205X]]\n[[AGE|other:82]]-yr-old, AF with RVR overnight, rate now 92 after bisoprolol 2.5 mg.\nPPM check: Medtronic Azure XT DR (model W1DR01), serial [[DEVICE|device:RNB417263S]], battery 9.5 y, no mode-switch episodes >6 min.\nK 3.6, Mg 0.71 -> replace Mg 2 g IV.\nSon (cell [[PHONE|phone:347 201 8846]]) to bring the home med list from the GP in [[LOCATION|geo:Sesto San Giovanni]].\nsigned, cardiology registrar",
    # France
    "Progress note - pneumologie\nMme [[PERSON|name:Hélène Dubois-Marchand]], [[AGE|date:91]] ans, IPP [[ID|mrn:0069284173]]\nCOPD exacerbation D4. Less wheeze, now on 1 L O2, SpO2 93%. CRP 48 -> 21.\nPlan: wean O2, stop IV amox-clav at day 5, physio bd.\nLives alone in [[LOCATION|geo:Villeurbanne]], 3rd floor no lift; nephew ([[PHONE|phone:06 71 38 92 05]]) is the contact. Social worker referral sent.\nDr [[PERSON|name:A. N'Diaye]]",
    # Mexico
    "SOAP progress note - Internal Medicine, [[LOCATION|geo:Hospital General de México Dr. Eduardo Liceaga]]\nPt [[PERSON|name:José Guadalupe Hernández Cruz]], [[AGE|other:54]]M, IMSS NSS [[ID|health_plan:4219 85 1276 3]]\nS: RUQ pain 6/10, no fever, vomited x1 at 04:30.\nO: BP 128/80, HR 84, cap glucose 212 mg/dL. US: cholelithiasis, wall 4 mm, CBD 5 mm.\nA: chronic calculous cholecystitis; uncontrolled T2DM (HbA1c 9.4%).\nP: surgical consult, NPH 10-0-6 units, repeat LFTs in AM.\nWife's cell [[PHONE|phone:55 3187 2290]]; they live in [[LOCATION|geo:Iztapalapa]].\n- R2 internal medicine",
    # Colombia
    "progress note [[DATE|date:08-feb-2024]] day 3\npt [[PERSON|name:Luz Marina Ospina de Restrepo]] EPS Sura affiliate no.[[ID|health_plan:1043587612-01]]\ncellulitis L leg improving, erythema receding from the pen line drawn [[DATE|date:06-feb]]. afebrile 36.9. wbc 14.2->9.8\nswitch cefazolin to cefalexin 500 mg qid. needs diabetic foot clinic f/u\nhome: [[ADDRESS|geo:Cra. 80 # 32B-45, Apto 502, Laureles, Medellín]]\nson [[PHONE|phone:314 782 0356]]",
    # Chile
    "Evolución / progress note - traumatology\nPatient: [[PERSON|name:Concepción Soto Yáñez]]  RUT [[ID|ssn:9.874.312-K]]  FONASA tramo C\n[[AGE|other:71]] y/o, POD 2 hip hemiarthroplasty (#NOF after a fall at home in [[LOCATION|geo:Concepción]]).\nPain controlled, Hb 9.1, transfuse if <8. CAM negative.\nDaughter [[PERSON|name:Paz]] travelling up from [[LOCATION|geo:Victoria]] today.\nKine to sit her out.",
    # Morocco
    "PROGRESS NOTE - Endocrinology, [[LOCATION|geo:CHU Ibn Rochd]]\nPt: Mme [[PERSON|name:Fatima Zahra El Idrissi]], [[AGE|other:47]]F, CIN [[ID|ssn:BH 482715]]\nDKA resolved, anion gap 10, on SC insulin since 06:00. Ketones 0.3.\nEducation given in Darija with interpreter (ID [[ID|other:INT-CS-0417]]).\nHusband's tel [[PHONE|phone:06 61 47 23 90]].\nD/c tomorrow if eating; pen technique checked.",
    # UAE
    "Progress Note | [[LOCATION|geo:Sheikh Khalifa Medical City]]\nName: [[PERSON|name:Hamad Saeed Al Mansoori]] | Age [[AGE|date:93]] | Emirates ID [[ID|ssn:784-1931-4417298-6]]\nAspiration pneumonia, day 5 pip-tazo. SLP recommends IDDSI level 4.\nFingerprint for bedside med scanning re-enrolled after fistula surgery: template [[ID|biometric:FPT-AD-55019-R2]].\nGrandson ([[PHONE|phone:+971 50 238 6614]]) wants a goals-of-care meeting Thursday.\n-- hospitalist",
    # Philippines
    "PROGRESS NOTES (SOAPIE) - Ward 3\n[[DATE|date:03/14/2024]] 0800H\nPx: [[PERSON|name:DELA CRUZ, Ma. Lourdes Santos]] [[AGE|other:38]]/F  PhilHealth PIN [[ID|health_plan:19-051234567-8]]\nS: 'medyo okay na po' less abdominal pain\nO: T 37.2, BP 110/70, WBC 11.5, plt 180. Dengue NS1 neg.\nA: AGE w/ mod dehydration, resolving\nP: shift IVF to PNSS 1L x 12h, soft diet\nE: informed husband [[PERSON|name:Rommel]]\n-Dr. [[PERSON|name:Jose Rizal Bautista]] (JRB), PGY-2",
    # Vietnam
    "Progress note - ICU\nPatient [[PERSON|name:Trần Văn Hùng]] (Mr [[PERSON|name:Hùng]]), [[AGE|other:62]]M, CCCD [[ID|ssn:079062008431]]\nBHYT\n[[ID|health_plan:HT2797912345678]]\nSeptic shock from liver abscess, norad weaned to 0.05 mcg/kg/min. Lactate 1.8. Drain 60 mL pus.\nWife at bedside. Home: [[ADDRESS|geo:123/4 Nguyễn Trãi, Phường 2, Quận 5, TP.HCM]].",
]

DISCHARGE_SUMMARY: list[str] = [
    # Portugal
    "DISCHARGE SUMMARY - General Surgery\nName: [[PERSON|name:Joaquim Manuel Sousa Pereira]]\nDOB: [[DATE|date:04-09-1957]]   Nº utente SNS: [[ID|health_plan:283517904]]   NIF [[ID|ssn:198 443 271]]\nDischarged [[DATE|date:19-01-2024]] after 7 days.\nProcedure: laparoscopic sigmoid colectomy for diverticular stricture. Uneventful; drain out D4.\nMeds: enoxaparin 40 mg SC od x 28 days, paracetamol 1 g qid prn.\nFollow-up: surgical clinic in 2 weeks; staples out at his USF.\nAddress: [[ADDRESS|geo:Rua Alfredo Roque Gameiro, 27, 3.º Esq., 2675-276 Odivelas]]",
    # Belgium
    "ONTSLAGBRIEF / DISCHARGE LETTER - [[LOCATION|geo:UZ Leuven]] campus Gasthuisberg\nPatient: [[PERSON|name:Van den Broeck, Marleen]]   INSZ [[ID|ssn:50.06.17-224.61]]\nAdmitted with NSTEMI; PCI to LAD (2 DES). Echo EF 45%.\nDischarge meds: ASA 80 mg, ticagrelor 90 mg bd, atorvastatin 80 mg, bisoprolol 2.5 mg.\nCardiac rehab at [[LOCATION|geo:AZ Sint-Maarten]]. No driving for 1 week.\nGP: dr. [[PERSON|name:Pieter De Smet]], fax [[PHONE|fax:015 41 22 86]]",
    # Argentina
    "EPICRISIS / DISCHARGE SUMMARY\nPaciente: [[PERSON|name:Rosario Beatriz Gómez]], PAMI afiliado [[ID|health_plan:15-04829376-11/00]]\nAge [[AGE|other:79]]. Discharged [[DATE|date:11/07/2024]] after 8 days.\nDx: CAP right lower lobe; AKI (Cr peak 2.1, at d/c 1.2).\nTx: ceftriaxone + clarithromycin, 7 days completed.\nShe goes home to [[LOCATION|geo:Rosario]] with her daughter [[PERSON|name:Mercedes]].\nControl with her PCP in 1 week.",
    # Brazil
    "RESUMO DE ALTA / DISCHARGE SUMMARY\n[[LOCATION|geo:Hospital das Clínicas da FMUSP]]\nPaciente: [[PERSON|name:Antônio Carlos dos Santos Filho]]   CPF [[ID|ssn:281.445.908-17]]\nAlta [[DATE|date:28/05/2024]]. Dx: upper GI bleed from duodenal ulcer, H. pylori +. Endoscopic clips x2. Hb nadir 6.8, 3 units PRBC.\nAlta com omeprazol 40 mg bid, amoxicilina + claritromicina 14 d.\nEndereço: [[ADDRESS|geo:Rua Voluntários da Pátria, 1520, apto 82, Santana, São Paulo - SP, 02011-200]]\nMédico: CRM-SP [[ID|license:142887]]",
    # Peru
    "DISCHARGE SUMMARY - EsSalud\nPt: [[PERSON|name:QUISPE MAMANI, Juan de Dios]]   DNI [[ID|ssn:41827365]]   Autogenerado [[ID|health_plan:6208151QMMAJ005]]\n[[AGE|other:61]] y/o from [[LOCATION|geo:Juliaca]], admitted with decompensated cirrhosis (Child B) and SBP. Paracentesis 6 L + albumin; cefotaxime x5 d.\nD/c [[DATE|date:22.03.2024]] on spironolactone 100 mg, furosemide 40 mg, ciprofloxacin prophylaxis.\nNephew to collect him.",
    # Mexico
    "DISCHARGE SUMMARY (nota de egreso)\n[[LOCATION|geo:Hospital Ángeles Lomas]]\nPatient: [[PERSON|name:Ximena Alejandra Ruiz de la Peña]], F, [[AGE|other:34]]\nGNP policy [[ID|health_plan:GMM-00418827-03]]\nLSCS at 39+2 for breech on [[DATE|date:2 de abril de 2024]]; baby girl 3,120 g, Apgar 8/9.\nDischarged POD2. Wound clean. Hb 10.4.\nFollow-up in 7 days; patient's cell [[PHONE|phone:55 4129 8836]] - call back if T >38.\nRx: ibuprofen 400 mg q8h, ferrous sulfate daily.",
    # Egypt
    "DISCHARGE SUMMARY - [[LOCATION|geo:Kasr Al Ainy Hospital]]\nName: [[PERSON|name:Mahmoud Abdel-Rahman El-Sayed]]   National ID [[ID|ssn:25807120104837]]\nAge [[AGE|other:65]]   D/C [[DATE|date:2024-02-18]]\nDx: ischaemic stroke L MCA, NIHSS 8 -> 3. No thrombolysis (outside window). New AF.\nMeds: apixaban 5 mg bd, atorvastatin 40 mg.\nHome: [[ADDRESS|geo:14 Shari' Mohamed Farid, Heliopolis, Cairo 11341]]\nOutpatient: neuro clinic + physio.",
    # Saudi Arabia
    "DISCHARGE SUMMARY - [[LOCATION|geo:King Faisal Specialist Hospital]]\nPatient: [[PERSON|name:Nourah bint Abdullah Al-Qahtani]]   National ID [[ID|ssn:1048822193]]\nDOB [[DATE|date:12/05/1409]] H ([[DATE|date:22/12/1988]])\nInsurance: Bupa Arabia policy [[ID|health_plan:BUP-77120348]]\nTotal thyroidectomy for MNG; post-op hypocalcaemia (Ca 1.92) on calcitriol. Voice normal.\nHusband informed of discharge plan.",
    # Indonesia
    "RINGKASAN PULANG / DISCHARGE SUMMARY - [[LOCATION|geo:RSUP Dr. Sardjito]]\nName: Ny. [[PERSON|name:Sri Wahyuningsih]]   Age [[AGE|other:45]]\nNIK [[ID|ssn:3404076502790003]]   BPJS Kesehatan [[ID|health_plan:0001482736615]]\nDx: DHF grade II, recovered; plt nadir 18k -> 142k at discharge.\nAddress: [[ADDRESS|geo:Jl. Kaliurang Km 5, Gg. Pandega Marta No. 12, RT 04/RW 19, Caturtunggal, Depok, Sleman 55281]]\ndr. Sp.PD (DPJP)",
    # Thailand
    "DISCHARGE SUMMARY\nPatient: Mr. [[PERSON|name:Somchai Rattanakorn]] (nickname '[[PERSON|name:Lek]]')\nThai ID [[ID|ssn:3 1012 00418 27 5]]\nDischarged [[DATE|date:21/02/2567]] (B.E.)\nDx: inferior STEMI, primary PCI to RCA. EF 50%.\nMeds: ASA 81, clopidogrel 75, atorvastatin 40, enalapril 5 bd.\nHome: [[ADDRESS|geo:88/15 Moo 3, Soi Charan Sanitwong 35, Bang Khun Si, Bangkok Noi, Bangkok 10700]]\nAttending licence [[ID|license:ว.38812]]",
]

REFERRAL_LETTER: list[str] = [
    # Spain
    "[[LOCATION|geo:Centro de Salud Delicias]]\nFax [[PHONE|fax:976 32 44 19]]\n\n[[DATE|date:4 de marzo de 2024]]\n\nDear colleague (Rheumatology),\nI would be grateful if you could see [[PERSON|name:Pilar Aznar Lahoz]], DNI [[ID|ssn:17238846-W]], with symmetrical small-joint polyarthritis for 4 months, morning stiffness >1 h, RF 64, anti-CCP positive, ESR 48. She works as a cleaner and is struggling. Started prednisone 10 mg.\nYours sincerely,\nFamily physician, nº colegiado [[ID|license:50/09874]]",
    # France
    "Médecin généraliste\nFax [[PHONE|fax:04 90 34 12 78]]\n\n[[LOCATION|geo:Orange]], le [[DATE|date:18 janvier 2024]]\n\nCher confrère,\nI am referring M. [[PERSON|name:Rachid Benali]], NIR [[ID|ssn:1 69 10 99 350 042 17]], to your endocrinology clinic for poorly controlled type 2 diabetes despite metformin 1 g bd + gliclazide 60 mg (HbA1c 9.1%). A Dexcom G7 has been started; receiver serial [[DEVICE|device:DX7R-40918-2276]].\nHe lives at [[ADDRESS|geo:3 impasse des Lavandes, 84100 Orange]].\nBien confraternellement,\n[[PERSON|name:JB Lefèvre]]",
    # Italy
    "REFERRAL - impegnativa\nTo: Neurology outpatients, [[LOCATION|geo:Policlinico Gemelli]]\nPatient: [[PERSON|name:Esposito Anna]]   CF [[ID|ssn:SPSNNA58L45F839E]]\nResiding at [[ADDRESS|geo:Via Tiburtina 512, int. 7, 00159 Roma RM]]\nReason: resting tremor R hand for 8 months, micrographia, hypomimia. ?Parkinson's disease. DaTscan requested.\nPriority D (within 30 days). NRE [[ID|other:1200A4471829305]]\nMMG dott. [[PERSON|name:Salvatore De Luca]]",
    # Colombia
    "REFERRAL (remisión) - IPS [[LOCATION|geo:Centro Médico Imbanaco]]\nPatient: [[PERSON|name:Yeison Andrés Mosquera Rentería]], CC [[ID|ssn:1.144.087.332]]\n[[AGE|other:27]]M, L knee twisting injury 3 weeks ago; +ve Lachman, MRI: complete ACL tear + bucket-handle medial meniscus tear.\nPlease assess for arthroscopic reconstruction. He delivers for an app on motorbike [[VEHICLE|vehicle:XKQ 48F]] and cannot work.\nContact: [[EMAIL|email:yeison.mosquera27@gmail.com]]\nRegards, orthopaedics clinic",
    # Argentina
    "[[DATE|date:12 de agosto de 2024]]\nTo the Haematology Service, [[LOCATION|geo:Hospital de Clínicas José de San Martín]]\nRe: [[PERSON|name:Federico Ignacio Lanús]], CUIL [[ID|ssn:20-32118904-5]], OSDE plan 310, credencial [[ID|health_plan:61 844209 3 01]]\n[[AGE|other:38]]M, painless cervical lymphadenopathy + night sweats, LDH 512. Core biopsy: classical Hodgkin lymphoma, nodular sclerosis. PET-CT pending.\nThank you, internal medicine",
    # Brazil
    "ENCAMINHAMENTO / REFERRAL\n[[LOCATION|geo:UBS Vila Nova Cachoeirinha]] -> Cardiology outpatients\nPaciente: [[PERSON|name:Maria das Graças Oliveira]] (Dona [[PERSON|name:Graça]])\nCNS [[ID|health_plan:898 0041 2277 6610]]   CPF:[[ID|ssn:047.318.226-50]]\nExertional chest pain CCS II; ECG LBBB (old?). Cannot do treadmill (knee OA). Request: myocardial perfusion scan + consult.\nCRM [[ID|license:98421-SP]]",
    # Senegal
    "Referral to: Cardiology, [[LOCATION|geo:CHU Aristide Le Dantec]]\nPatient: [[PERSON|name:Aminata Diop]] épouse [[PERSON|name:Ndiaye]], G3P2, 30 weeks.\nCNI [[ID|ssn:2 751 1994 00832]]\nExertional dyspnoea + loud mid-diastolic murmur, ?rheumatic mitral stenosis. Urgent echo please.\nAddress: [[ADDRESS|geo:Villa n° 214, Cité Millionnaire, Grand Yoff, Dakar]]\nTel: [[PHONE|phone:77 418 22 09]]",
    # Qatar
    "REFERRAL - PHCC [[LOCATION|geo:Al Wakra Health Center]]\nTo: Electrophysiology, HMC\nPatient: [[PERSON|name:Rajesh Kumar Pillai]] (expat, company driver)   QID [[ID|ssn:28435604417]]\n[[AGE|other:40]]M, syncope at the wheel of his car (plate [[VEHICLE|vehicle:318442]], private); no injuries.\nHolter: runs of NSVT, QTc 492 ms. Please evaluate for ICD.\nEmail [[EMAIL|email:rajesh.pillai84@outlook.com]]\nFM resident",
    # Philippines
    "REFERRAL SLIP\nTo: OPD Pulmo\nName: [[PERSON|name:MANALASTAS, Rodrigo Jr. P.]] a.k.a. '[[PERSON|name:Digoy]]'   Sex: M\nPhilHealth: [[ID|health_plan:02-000418826-3]]\nAddress: [[ADDRESS|geo:Blk 12 Lot 8, Phase 2, Brgy. Guitnang Bayan I, San Mateo, Rizal 1850]]\nReason: 2 mo cough, wt loss 6 kg, CXR RUL cavity. GeneXpert MTB detected, RIF resistance not detected. For DOTS + eval of hemoptysis.\nReferred by: Dr. [[PERSON|name:E. Salonga]] PRC Lic. [[ID|license:0098124]]",
    # Vietnam
    "GIẤY CHUYỂN TUYẾN / TRANSFER REFERRAL\nTo: [[LOCATION|geo:Bệnh viện Bạch Mai]]\nPatient: [[PERSON|name:Nguyễn Thị Lan]], female\nCCCD: [[ID|ssn:001180012774]]   BHYT: [[ID|health_plan:GD4010120034571]]\nAddress: [[ADDRESS|geo:Thôn Văn Quán, xã Đỗ Động, huyện Thanh Oai, Hà Nội]]\nDx: ?SLE - malar rash, arthralgia, proteinuria 2+, ANA 1:640.\nTx given: prednisolone 30 mg. Escort: husband.\nBS. [[PERSON|name:Hoàng Quốc Việt]]",
]

NURSING_SHORTHAND: list[str] = [
    # Portugal
    "enf. noite [[DATE|date:22/1]] - sr. [[PERSON|name:Albano]] cama 12, [[AGE|other:84]]a\nconfused ++ overnight, pulled out PIV x1 at 02h, resited L hand 22G. SpO2 94% AA. diurese 900 mL.\nBraden 12, turned 2/2h; sacral PI cat 2 photographed - [[ID|photo:IMG_20240122_0314_albano.jpg]] uploaded to SClínico\nwife d. [[PERSON|name:Fernanda]] rang at 6h - informed\nenf. [[PERSON|name:Tiago M.]]",
    # Spain
    "NIGHT SHIFT - rm 312-B\n[[PERSON|name:Manolo]] ([[PERSON|name:Manuel Jiménez Rosales]]), [[AGE|other:88]]y, NHC[[ID|mrn:00418773]]\n- BP 102/58 at 23h -> on-call doc aware, NS 250 cc\n- IDC 16Fr, UO 35 ml/h\n- BGL 245 -> 4 U rapid insulin per scale\n- very restless, verbal de-escalation; daughter staying (tel [[PHONE|phone:699 102 447]])\n- Alaris GP pump s/n [[DEVICE|device:800-41276-183]] occlusion alarm x2 -> swapped",
    # Mexico
    "nursing evening shift\npt [[PERSON|name:Hdz Glez Ma. Elena]] bed 7 [[AGE|other:59]]y exp.[[ID|mrn:224487]]\npost-op lap chole, pain 3/10, tolerating liquids, walking w/ help\nvitals: BP 118/74 HR 78 T 36.6 SpO2 97%\nwound clean, penrose drain 20 ml serosang.\nfamily: husband [[PERSON|name:Chucho]] [[PHONE|phone:(222) 418 7730]] - they live in [[LOCATION|geo:Cholula]]",
    # Chile
    "NURSING - night\npt [[PERSON|name:Rosa Elvira Pérez Huenchullán]] (likes to be called [[PERSON|name:Rosita]]), [[AGE|other:76]]\nHGT 182 mg/dL at 22h, 2U as per scale\nCVC R subclavian day 6, dressing changed, site clean\nfalls risk HIGH - bed alarm on, bed 21\ndaughter rang from [[LOCATION|geo:Temuco]]: [[PHONE|phone:9 6630 1842]]\nTENS helped w/ shower\nEU [[PERSON|name:C. Valdebenito]]",
    # Peru
    "NURSING NOTE 7pm-7am - ED observation, [[LOCATION|geo:Hospital Dos de Mayo]]\npt [[PERSON|name:HUAMÁN CCORI, Teodora]] [[AGE|other:67]]y DNI [[ID|ssn:23981147]]\nmainly Quechua-speaking, son [[PERSON|name:Efraín]] translating (came from [[LOCATION|geo:Abancay]])\nvomited x3 coffee-ground, NGT 16Fr placed, aspirate 150cc. Hb 8.2. omeprazole 80 mg IV stat then 8 mg/h\nBP 96/60 -> NS 500 bolus -> 108/66",
    # Brazil
    "ENF - night shift\nbed 9 - Seu [[PERSON|name:Zé]] ([[PERSON|name:José Aparecido Ferreira]]), [[AGE|other:73]]a\nHD: decompensated CHF. fluid bal +300 ml, UO 1200\nO2 nasal 2L, sat 93%. LL oedema 2+/4+\n22h: BP 150x90 HR 96 RR 22\ndaughter [[PERSON|name:Aparecida]] called, coming tomorrow from [[LOCATION|geo:Betim]]\ninfusion pump SN [[DEVICE|device:BI-SAMTRONIC-2208871]] furosemide 10mg/h",
    # Côte d'Ivoire
    "nursing handover - paeds\nchild [[PERSON|name:KOUASSI Yao Emmanuel]] ([[PERSON|name:Manu]]) [[AGE|other:4]] yrs\nsevere malaria, IV artesunate dose 3 at 08h; T 38.4 -> paracetamol 15mg/kg\nglycaemia 0.92 g/L ok. Hb 6.9 -> transfused 20ml/kg\nmother [[PERSON|name:Adjoua Konan]] at bedside, from [[LOCATION|geo:Bouaké]]\nCMU card [[ID|health_plan:CMU-0144728193]]",
    # Egypt
    "Nursing note - ICU bed 4, [[LOCATION|geo:Ain Shams University Hospital]]\nPt: [[PERSON|name:Samia Fathy Abdel-Aziz]], [[AGE|other:58]]F\nintubated, SIMV 14/450/PEEP 8/FiO2 0.4, ABG ok\nvent Hamilton C6 s/n [[DEVICE|device:HC6-2019-00418]]\nheel pressure ulcer - photo [[ID|photo:ASU_ICU4_heel_0903.png]]\nhusband ([[PHONE|phone:0111 482 7730]]) visited 20:00",
    # Indonesia
    "nursing note night shift\nTn. [[PERSON|name:Agus Salim]] [[AGE|other:49]]th, Melati ward bed 3\npost TURP D1, 3-way cath irrigation running, urine rose-tinted. BP 130/80 P 82 T 36.7\npain 2/10. family: wife [[PERSON|name:Siti Aminah]] HP [[PHONE|phone:0813 1147 2290]]\nBPJS [[ID|health_plan:0002218847712]] - SEP [[ID|other:0301R0010724V004812]] printed",
    # Philippines
    "NURSE'S NOTES 11-7 shift\nBed 22 Px [[PERSON|name:Precious Joy Villanueva]] [[AGE|other:24]]/F G1P1 post NSD\nFDAR: D> fundus firm, lochia rubra mod, perineum intact. A> ambulated to CR, breastfeeding. R> tolerated well.\nBP 110/70 PR 80 RR 18 T 36.9\nbaby rooming-in, NBS filter card [[ID|other:NBS-PH-24-3318721]]\nhusband [[PERSON|name:Jun-Jun]] ([[PERSON|name:Romeo Villanueva Jr.]]) at bedside\nPhilHealth MDR given, PIN [[ID|health_plan:12-025537781-4]]",
]

PHARMACY: list[str] = [
    # France
    "PHARMACIE DU CENTRE - [[ADDRESS|geo:22 place Masséna, 06000 Nice]]\nFax [[PHONE|fax:04 93 85 11 49]]\nPatient: Mme [[PERSON|name:Nicole Giordano]] - NIR [[ID|ssn:2 47 03 06 088 114 52]]\nPrescriber: Dr [[PERSON|name:Paul Ricci]], RPPS [[ID|license:10101884723]]\nRx: levothyroxine 75 mcg 1/d x 3 months; apixaban 2.5 mg bd.\nInteraction check vs amiodarone - prescriber called, OK to dispense.",
    # Belgium
    "PHARMACY - [[LOCATION|geo:Pharmacie Saint-Michel]]\nPatient: [[PERSON|name:Jacques Lambert]], NISS [[ID|ssn:41.08.22-157.09]]\nRecip-e RID [[ID|other:BEP0KVRT4N2Q]]\n- Eliquis 5 mg 1x2/d, box of 60\n- Lasix 40 mg 1/d\nPrescriber INAMI [[ID|license:1-77412-33-004]]\nDelivered to [[ADDRESS|geo:Avenue Reine Astrid 114, 4900 Spa]]",
    # Italy
    "FARMACIA - [[LOCATION|geo:Farmacia San Carlo]]\nE-prescription NRE [[ID|other:1600A7732018844]]\nAssistito: [[PERSON|name:LORUSSO Vito]]   CF [[ID|ssn:LRSVTI51E14A662K]]   esenzione 048\nDispensed: pantoprazole 20 mg x 28, metformin 850 mg x 60 (co-pay EUR 2).\nPrescriber dott. [[PERSON|name:Nicola D'Amato]], ASL code [[ID|license:BA-0318472]]",
    # Argentina
    "FARMACIA - [[LOCATION|geo:Esperanza]], Santa Fe\nPaciente: [[PERSON|name:Esperanza Bustos]], [[AGE|date:94]] años, DNI [[ID|ssn:5.882.013]]\nIAPOS afiliado [[ID|health_plan:20145882013/00]]\nRx: donepezil 10 mg 1/day x 30; quetiapine 25 mg at night\nPicked up by granddaughter [[PERSON|name:Camila Bustos]]",
    # Colombia
    "PHARMACY DISPENSING - Audifarma, [[LOCATION|geo:Chapinero]]\nMIPRES prescription no. [[ID|other:20240115187004412338]]\nAfiliado: [[PERSON|name:Óscar Iván Rincón Parra]], Compensar EPS [[ID|health_plan:CP-79884215-1]]\nDispensed: adalimumab 40 mg/0.4 mL pens x2 (cold chain). Lot 2231456.\nPending: 1 pen on backorder - SMS to [[PHONE|phone:301 448 2716]]\nHome delivery: [[ADDRESS|geo:Calle 63 # 9-44, Int. 3, Apto 802, Bogotá D.C.]]",
    # Mexico
    "Hospital pharmacy, [[LOCATION|geo:Hospital Civil de Guadalajara Fray Antonio Alcalde]]\nControlled-drug log (Group II)\nPatient: [[PERSON|name:Alfonso Rivas Ochoa]], [[AGE|other:63]]\nMorphine 10 mg/mL amp x 6; prescriber céd. prof. [[ID|license:10473382]]\nCollected for home palliative care by son [[PERSON|name:Alfonso Jr.]], INE clave de elector [[ID|ssn:RVOCAL88031214H200]]\nDispensing cabinet Omnicell XT unit 3.",
    # Morocco
    "PHARMACIE [[LOCATION|geo:Pharmacie Ibn Sina]] - [[ADDRESS|geo:45, Boulevard Mohammed V, Quartier Hassan, Rabat 10020]]\nFax : [[PHONE|fax:05 37 70 41 30]]\nPatient: [[PERSON|name:Abdelkader Tazi]], CNSS/AMO no. [[ID|health_plan:1 5588 2044 03]]\nRx: insulin glargine 20 IU at night, metformin 1000 mg x2\nPrescriber INPE [[ID|license:099214773]]\nAMO claim form stamped and handed to his son.",
    # UAE
    "OUTPATIENT PHARMACY - [[LOCATION|geo:Rashid Hospital]]\nPatient: [[PERSON|name:Maria Theresa Aquino]] (Filipino national, nanny)\nEmirates ID [[ID|ssn:784-1987-6621448-3]]   Daman Enhanced card [[ID|health_plan:1-07-45-88213-02]]\nDispensed: nitrofurantoin MR 100 mg bd x 5 d\nCollection verified by fingerprint (UAE PASS biometric token [[ID|biometric:UAEP-BIO-3f82a19c]])\nPharmacist DHA licence [[ID|license:DHA-P-0049127]]",
    # Thailand
    "PHARMACY\nDispensed [[DATE|date:09/01/2567]]\nName: Mrs. [[PERSON|name:Kanya Thongdee]] ('[[PERSON|name:Nok]]')   Thai ID [[ID|ssn:3-5099-00182-44-1]]\nRights: UC (30-baht scheme)\nItems: warfarin 3 mg (pink) x 30; INR today 2.6 (target 2.0-3.0)\nCounselled her daughter by LINE, id [[ID|other:nokkanya.cm]]\nPharmacist licence [[ID|license:ภ.24418]]",
    # Vietnam
    "Outpatient pharmacy, [[LOCATION|geo:Bệnh viện Đại học Y Dược TP.HCM]]\nPatient: [[PERSON|name:Võ Thị Hồng Nhung]], [[AGE|other:31]]F\nBHYT [[ID|health_plan:DN4797923318801]]\nRx: isotretinoin 20 mg od - pregnancy test neg, contraception counselling done\nCo-pay refund sent to her Vietcombank account [[ID|account:0071000882413]]\nZalo [[PHONE|phone:0908 331 472]]",
]

TELEHEALTH: list[str] = [
    # Spain
    "TELECONSULTA - video - [[DATE|date:11/09/2024]] 10:15\nPatient: [[PERSON|name:Alba Martínez de la Rosa]]\nConnected from IP [[IP|ip:83.44.172.19]] ([[LOCATION|geo:Valencia]])\nPsoriasis flare on elbows/scalp. Uploaded [[ID|photo:codo_izq_0911.jpg]].\nPASI ~8. Plan: calcipotriol/betamethasone gel od x 4 wk, review in 6 wk.\nReport emailed to [[EMAIL|email:alba.mdlr@hotmail.es]].",
    # Portugal
    "SNS 24 telephone triage 22:41\nCaller: [[PERSON|name:Inês Carvalho]] (mother) re: son [[PERSON|name:Duarte Carvalho Reis]], [[AGE|other:3]]y\nNº utente [[ID|health_plan:317 884 062]]\nVoiceprint match on the registered caller: [[ID|biometric:VP-PT-0098812-A]]\nFever 39.2 for 2 days, barking cough, no stridor at rest. Westley 1.\nDisposition: self-care + GP tomorrow at [[LOCATION|geo:USF Ramalde]].",
    # Brazil
    "TELEMEDICINA - teleconsulta\nLink: [[URL|url:https://meet.teleatende.saude.gov.br/sala/8841-KQZ]]\nPaciente: [[PERSON|name:Thaís Cristina Barbosa]], CPF [[ID|ssn:339.021.448-72]]\nPatient IP: [[IP|ip:177.92.34.210]]  device: iPhone\nFollow-up hypothyroidism + anxiety. TSH 3.1. Sertraline 50 mg helping, sleeping better.\nE-prescription sent to [[EMAIL|email:thais.barbosa@uol.com.br]]\nLives in [[LOCATION|geo:Salvador]].",
    # Chile
    "Telemedicine consult - Hospital Digital\nPatient: [[PERSON|name:Ignacio Andrés Muñoz Carrasco]], RUN [[ID|ssn:19.448.203-7]]\nCalling from [[LOCATION|geo:Puerto Williams]] (rural health post)\nSession IPv6 [[IP|ip:2800:150:11e:2a4::1f]]\nDermatology: pigmented lesion on back, dermatoscopy image sent by the TENS: [[ID|photo:DERM_PW_0507_01.tif]]\nAsymmetry, 3 colours -> excision biopsy; transfer to [[LOCATION|geo:Punta Arenas]].",
    # Mexico
    "TELEHEALTH NOTE (video)\nPatient: [[PERSON|name:Ma. Guadalupe Castañeda Salas]] ('[[PERSON|name:Lupe]]'), CURP [[ID|ssn:CASG570814MCHSLD02]]\nConnected from [[LOCATION|geo:Ciudad Juárez]]; granddaughter set up the tablet.\nCGM data shared from FreeStyle Libre 2 reader SN [[DEVICE|device:MAJP128-T4411]]; TIR 52%, lows around 3am.\nReduce glargine 22 -> 18 units.\nPortal login: [[ID|other:lupe.castaneda57]]\nMeeting link [[URL|url:https://zoom.us/j/84412290331]]",
    # Argentina
    "Teleconsulta\nPaciente: [[PERSON|name:Valentina Sol Iturralde]], OSDE credencial [[ID|health_plan:61 771208 2 02]]\nConnected from [[IP|ip:190.210.44.87]], device MAC [[DEVICE|device:3C:22:FB:91:0A:6E]] registered to her profile\nContraceptive counselling; home BP 112/70, BMI 22.\nPlan: COC; e-receta sent to [[EMAIL|email:valeiturralde@gmail.com]]\nLives in [[LOCATION|geo:Bahía Blanca]]",
    # Saudi Arabia
    "VIRTUAL CLINIC - Seha app - [[DATE|date:1445/08/12]] H\nPatient: [[PERSON|name:Turki Mohammed Al-Otaibi]], National ID [[ID|ssn:1072245819]]\nLogin via Nafath, face template ref [[ID|biometric:NFTH-FACE-88a1c4e7]]\nSession IP [[IP|ip:212.118.9.74]]\nHome BP avg 148/92 on amlodipine 5 -> increase to 10 mg. Labs booked.\nMobile [[PHONE|phone:+966 55 214 8803]]",
    # Senegal
    "Téléconsultation\nPatient: [[PERSON|name:Mamadou Lamine Fall]], from [[LOCATION|geo:Saint-Louis]]\nCall via WhatsApp [[PHONE|phone:+221 76 388 14 02]] (son [[PERSON|name:Cheikh]] holding the phone)\nHTN + CKD 3. Creat 182 umol/L. Pharmacy BP 162/98.\nAnkle oedema photo received: [[ID|photo:WhatsApp Image 2024-04-19 at 10.12.44.jpeg]]\nAdd amlodipine 5 mg; labs at [[LOCATION|geo:Hôpital Régional de Saint-Louis]].",
    # Philippines
    "TELEMEDICINE CONSULT\nPt: [[PERSON|name:Lovely Grace Macaraeg]], F, from [[LOCATION|geo:Dagupan City]], Pangasinan\nPhilHealth [[ID|health_plan:01-050882741-5]]\nIP [[IP|ip:112.198.77.40]]\nCC: dysuria + frequency x2d, no fever. LMP [[DATE|date:10/21/2023]].\nRx: nitrofurantoin 100mg BID x5d - e-Rx to [[EMAIL|email:lovelygrace.m@yahoo.com]]\nf/u if w/ fever or flank pain",
    # Indonesia
    "TELEKONSULTASI\nPasien: [[PERSON|name:Rizky Pratama]], [[LOCATION|geo:Bekasi]]\nUser ID [[ID|other:rizky_p04]] ; device IP [[IP|ip:36.72.118.203]]\nItchy groin rash 2 wk; photo [[ID|photo:IMG-20240516-WA0007.jpg]] consistent with tinea cruris.\nTx: ketoconazole 2% cream bd 2-4 wk, keep dry.\nFollow-up link [[URL|url:https://halodoc.com/c/rz8841qk]]",
]

BILLING_CLAIMS: list[str] = [
    # Italy
    "INVOICE - Casa di Cura [[LOCATION|geo:Villa Maria Pia]]\nBill to: [[PERSON|name:FERRARO Luca]], CF [[ID|ssn:FRRLCU72D11L219R]]\nAddress: [[ADDRESS|geo:Corso Francia 214, 10143 Torino TO]]\nUniSalute policy [[ID|health_plan:US-00884127-A]]\nItems: knee arthroscopy (DRG 503), anaesthesia, 1 night - EUR 4,820.00\nDirect debit from IBAN [[ID|account:IT47 K030 6909 6061 0000 0118 824]]",
    # France
    "FSE rejected\nAssuré: [[PERSON|name:Yannick Le Goff]]   NIR [[ID|ssn:1 78 02 29 019 233 61]]\nBénéficiaire: daughter [[PERSON|name:Maëlys Le Goff]]\nActs: G + MEG (consultation 26.50 EUR)\nReject reason: carte Vitale rights not updated.\nPractitioner AM no. [[ID|license:29 1 04417 8]], fax [[PHONE|fax:02 98 55 41 20]]\nResubmitted, claim ref [[ID|other:FSE-29-000448127]]",
    # Belgium
    "INVOICE - [[LOCATION|geo:Cliniques universitaires Saint-Luc]]\nPatient: [[PERSON|name:MERTENS, Luc]]   NISS [[ID|ssn:67.11.30-331.48]]   Invoice ref [[ID|account:F24-00718842]]\nStay from [[DATE|date:02/05/2024]], 4 nights, room 512 single (supplement)\nPatient share: EUR 1.284,60\nRefund of deposit to account [[ID|account:BE68 5390 0754 7034]]",
    # Colombia
    "RIPS / claim objection (glosa) - IPS [[LOCATION|geo:Fundación Valle del Lili]]\nFactura electrónica [[ID|account:FVL-8844127]]\nUsuario: [[PERSON|name:Stiven Caicedo Angulo]] (minor)\nSubsidised scheme, EPS Emssanar no. [[ID|health_plan:EMS-76-4410827]]\nCare from [[DATE|date:18/01/2024]], 7 days; CUPS 470301 appendectomy; CIE-10 K35.8\nObjection: authorisation no. [[ID|other:AUT-76-2024-118803]] not attached",
    # Peru
    "SITEDS claim - [[LOCATION|geo:Clínica Ricardo Palma]]\nAfiliado: [[PERSON|name:Gonzalo Alfredo Ríos Vargas Machuca]]\nPacífico EPS certificate [[ID|health_plan:PEPS-0008821447]]\nCarta de garantía [[ID|other:CG-2024-0055128]] for MRI lumbar spine\nCo-pay S/ 120.00; deductible S/ 40.00\nPaid by Visa [[ID|account:4557 8811 0243 6619]]\nContact: [[EMAIL|email:gonzalo.riosvm@pucp.edu.pe]]",
    # Brazil
    "GUIA TISS - SP/SADT\nOperadora: Unimed   Registro ANS 343889\nBeneficiário: [[PERSON|name:Luiz Henrique Moreira Campos]]   Carteira [[ID|health_plan:0 038 884127003210 4]]\nRequest date: [[DATE|date:03/04/2024]]\nRequesting: CRM-MG [[ID|license:55.118]]\nTUSS 40901122 abdominal ultrasound; guide no. [[ID|other:GUIA-2024-44180291]]\nPatient account [[ID|account:CT-0887412]]",
    # Egypt
    "INSURANCE CLAIM - [[LOCATION|geo:As-Salam International Hospital]]\nMember: [[PERSON|name:Karim Mostafa Helmy]]   AXA card [[ID|health_plan:AXA-EG-002281447]]\nNational ID [[ID|ssn:28904152102371]]\nDOS [[DATE|date:2024-01-22]]\nLap appendicectomy; ICD-10 K35.80; 1 night. Total EGP 38,400; approved 32,000.\nRefund by transfer to CIB account [[ID|account:100034881273]]",
    # Kuwait
    "CLAIM FORM - [[LOCATION|geo:Dar Al Shifa Hospital]]\nPatient: [[PERSON|name:Abdullah Fahad Al-Enezi]], Civil ID [[ID|ssn:287061201774]]\nAddress: [[ADDRESS|geo:Block 4, Street 12, Avenue 3, House 18, Salwa]]\nEncounter [[DATE|date:17/10/2023]]: ER visit after RTA, driver of vehicle [[VEHICLE|vehicle:18/44721]]\nAmount KWD 215.500",
    # Vietnam
    "COST STATEMENT - [[LOCATION|geo:Bệnh viện Trung ương Huế]]\nPatient: [[PERSON|name:Lê Văn Tám]]\nBHYT [[ID|health_plan:HT3464621004418]]; 80% coverage\nDischarge [[DATE|date:12/11/2023]]\nInvoice account [[ID|account:HD-TWH-2311-00418]]\nTotal 18.420.000 VND; BHYT 14.736.000; patient 3.684.000\nAddress: [[ADDRESS|geo:45 Kiệt 12 Phan Đình Phùng, phường Vĩnh Ninh, TP. Huế]]",
    # Thailand
    "CLAIM\nPatient: Ms. [[PERSON|name:Ploypailin Wongsawat]]   Thai ID [[ID|ssn:1103700441829]]\nIdentity confirmed at cashier by palm-vein scan, template [[ID|biometric:PV-BH-0041827]]\nDOS [[DATE|date:28/06/2024]]; OPD dermatology + punch biopsy; THB 12,850\nPaid by card [[ID|account:5412 7530 1182 4470]], balance claimed\nStatement to [[EMAIL|email:ploy.w@gmail.com]]",
]

LAB_AND_IMAGING: list[str] = [
    # Portugal
    "IMAGING REPORT\n[[LOCATION|geo:Hospital de São João]]\nDoente: [[PERSON|name:Maria de Fátima Coelho Antunes]]   Nº proc. [[ID|mrn:HSJ-2288104]]\nExam date: [[DATE|date:2024.03.08]]\nCT head w/o contrast: no acute haemorrhage. Chronic small-vessel change; old lacune L lentiform.\nAccession [[ID|mrn:ACC-PT-77184420]]\nSeries saved as [[ID|photo:CT_HEAD_COELHO_20240308.dcm]]",
    # Spain
    "LAB - [[LOCATION|geo:Hospital Clínic de Barcelona]]\nNHC [[ID|mrn:1188204]]\nPatient: [[PERSON|name:Jordi Puig i Ferrer]]   DOB [[DATE|date:19/02/1970]]\nHb 13.9 g/dL (13.0-17.0)\nGlucose 5.4 mmol/L\nTSH 2.41 mIU/L (0.35-4.94)\nPSA 6.8 ng/mL (<4.0) H\nComment: repeat PSA + free/total ratio. Patient told by phone [[PHONE|phone:+34 688 210 447]].\nValidated: Dra. [[PERSON|name:Montserrat Vilaró]]",
    # Argentina
    "LAB - [[LOCATION|geo:Hospital Alemán]] - protocol [[ID|mrn:2408-33187]]\nPaciente: [[PERSON|name:Nahuel Quintana]]\nSwiss Medical member [[ID|health_plan:80001 1175033 01]]\nSample taken [[DATE|date:19/08/2024]]\nHIV 1/2 Ag/Ab: REACTIVE; confirmatory test pending. CD4 pending.\nResult given in person. Contact email [[EMAIL|email:nquintana@fibertel.com.ar]]",
    # Chile
    "RADIOLOGY REPORT - [[LOCATION|geo:Clínica Alemana]]\nPatient: [[PERSON|name:Josefina Errázuriz Larraín]]   RUT [[ID|ssn:16.722.418-3]]   Date [[DATE|date:28-02-2024]]\nBilateral mammogram + US: BI-RADS 4B nodule L breast at 2 o'clock, 14 x 11 mm, 4 cm from nipple.\nRecommend US-guided core biopsy.\nPACS image [[ID|photo:MG_ERRAZURIZ_L_CC_0228.dcm]]\nPortal: [[URL|url:https://portal.alemana.cl/resultados?id=77184420]]",
    # Mexico
    "CLINICAL LAB - [[LOCATION|geo:Hospital Médica Sur]]\nFolio [[ID|mrn:CH-2024-0418872]]\nPatient: [[PERSON|name:Brenda Yazmín Olvera Téllez]] F\nDate: [[DATE|date:27/03/2024]]\nquantitative beta-hCG: 18,420 mIU/mL\nTSH 1.9 (0.4-4.0)\nVDRL non-reactive\nResults sent to [[EMAIL|email:brenda.olvera91@hotmail.com]]; faxed to the requesting doctor's office [[PHONE|fax:55 5554 2218]]",
    # Peru
    "RESULTS - [[LOCATION|geo:Instituto Nacional de Enfermedades Neoplásicas]] (INEN)\nPatient: [[PERSON|name:Flor de María Cárdenas Yupanqui]]   DNI [[ID|ssn:70448215]]   Age [[AGE|other:39]]\nPAP: HSIL. Biopsy: CIN 3. HPV 16 positive.\nColposcopy booked [[DATE|date:05/12/2023]]\nAddress: [[ADDRESS|geo:Jr. Huánuco 1244, Dpto. 3, Barrios Altos, Cercado de Lima]]",
    # Morocco
    "IMAGING REPORT - [[LOCATION|geo:Centre d'Imagerie Anfa]]\nPatient: [[PERSON|name:Khadija Ouazzani Chahdi]]   CIN [[ID|ssn:B 318204]]\nDate: [[DATE|date:14/05/2024]]\nMRI lumbar spine: L4-L5 disc extrusion compressing the right L5 root.\nReport faxed to the referrer ([[PHONE|fax:05 22 39 41 88]])\nImages online: [[URL|url:https://resultats.cia-anfa.ma/r/5518KO]]",
    # Côte d'Ivoire
    "LAB - [[LOCATION|geo:Institut Pasteur de Côte d'Ivoire]], [[LOCATION|geo:Cocody]]\nPatient: [[PERSON|name:KONÉ Mariam]]   CNI [[ID|ssn:CI 0028 4417 21]]\nSample [[DATE|date:02/09/2024]]\nThick film: P. falciparum 12 400 /uL\nHb 9.8 g/dL; platelets 88 000/mm3\nHBV serology: HBsAg positive\nResults by SMS to [[PHONE|phone:+225 05 44 18 27 93]]",
    # Philippines
    "RADIOLOGY REPORT - [[LOCATION|geo:St. Luke's Medical Center]]\nName: [[PERSON|name:TAN, Vincent Lim]]   Sex: M\nPatient ID [[ID|mrn:SLMC-GC-00481127]]   Exam date [[DATE|date:04/22/2024]]\nCT chest with contrast: 2.1 cm spiculated RUL nodule; no adenopathy. Lung-RADS 4X.\nImplanted loop recorder noted (Reveal LINQ, SN [[DEVICE|device:RLA418827G]]).\nRequesting: Dr. [[PERSON|name:Mark Anthony Santos]]",
    # Indonesia
    "LAB RESULT - [[LOCATION|geo:RS Hasan Sadikin]]\nNo. RM [[ID|mrn:0018824471]]\nName: [[PERSON|name:Cecep Supriatna]]   Date: [[DATE|date:12 September 2024]]\nFBG 186 mg/dL; HbA1c 8.7%; urea 48; creatinine 1.6; eGFR 48\nUrine protein +2\nAddress: [[ADDRESS|geo:Jl. Cihampelas No. 118, RT 02/RW 07, Kel. Cipaganti, Kec. Coblong, Kota Bandung 40131]]\nHP [[PHONE|phone:+62 822-1847-3306]]",
]

EMERGENCY_DEPARTMENT: list[str] = [
    # Italy
    "PRONTO SOCCORSO - [[LOCATION|geo:Ospedale San Raffaele]]\nTriage [[DATE|date:16/07/2024]] 02:14 - orange code\n[[PERSON|name:ROMANO Alessandro]], M\nRTC: scooter vs car, helmeted. Car plate [[VEHICLE|vehicle:GF 482 KL]], his scooter [[VEHICLE|vehicle:EK 41882]]\nGCS 15, L wrist deformity, abrasions. eFAST neg. XR: distal radius fracture.\nMother on her way ([[PHONE|phone:+39 345 882 1047]])",
    # France
    "URGENCES\nArrived [[DATE|date:24/12/2023]] 23h47 ([[DATE|date:Christmas Eve]])\nPatient: M. [[PERSON|name:Kévin Moreau]]\nNo fixed abode, usually sleeps near [[LOCATION|geo:Gare d'Austerlitz]].\nAlcohol intoxication + hypothermia 34.8C. GCS 13.\nBrother reached on [[PHONE|phone:07 82 44 19 03]]\nInjury photos for police: [[ID|photo:URG_PSL_24122023_MOREAU_01.jpg]]",
    # Spain
    "URGENCIAS - [[LOCATION|geo:Hospital Universitario Virgen del Rocío]]\nMTS yellow, 17:20\n[[PERSON|name:Mustapha El Khattabi]], M, farm worker from [[LOCATION|geo:Lebrija]]. NIE [[ID|ssn:Y4418271-M]]\n?heat stroke - T 40.6 at triage, confused.\nBrought in by his employer, [[PERSON|name:Rafael Ortega]], in van [[VEHICLE|vehicle:4418 KTB]]\nActive cooling, IV NS 2 L, CK 8,400.",
    # Brazil
    "PRONTO-SOCORRO - [[LOCATION|geo:Hospital Municipal Miguel Couto]]\n[[DATE|date:01/01/2024]] 03:40\nPaciente: [[PERSON|name:Wellington da Silva Souza]]\nGSW L thigh, tourniquet applied by SAMU at 03:05. HR 128, BP 90/60. MTP activated.\nHe was riding motorcycle [[VEHICLE|vehicle:KPR4G21]]\nMother [[PERSON|name:Rosângela]] on her way from [[LOCATION|geo:Rocinha]]",
    # Colombia
    "URGENCIAS - [[LOCATION|geo:Hospital Pablo Tobón Uribe]]\n21:05 - Triage II\nPatient: [[PERSON|name:María Camila Zuluaga Henao]], [[AGE|other:17]]F\nParacetamol ~10 g at 19:00 (20 x 500 mg tabs) per a friend. NAC started 21:30; 4h level pending.\nMother [[PERSON|name:Gloria Henao]] at bedside\nInstagram handle in the note she posted: [[ID|other:@camizh_17]]\nPsych consult requested. Dr. [[PERSON|name:Santiago Arango]]",
    # Mexico
    "URGENCIAS ADULTOS - [[LOCATION|geo:Mérida]]\nPt [[PERSON|name:CANUL PECH Wilberth]] M, IMSS NSS [[ID|health_plan:8409 78 3318 7]]\nFall from scaffold 4 m. C-collar. CT: L1 burst fx, no cord compromise.\nCoworker [[PERSON|name:Pancho Uc]] drove him in a pickup, plates [[VEHICLE|vehicle:YP-41-882]]\nWife tel [[PHONE|phone:999 188 4407]]",
    # Oman
    "EMERGENCY DEPT - [[LOCATION|geo:Sultan Qaboos University Hospital]]\n[[DATE|date:2024-06-09]]T13:50\nPatient: [[PERSON|name:Salim bin Nasser Al-Harthy]], M, civil no. [[ID|ssn:11884207]]\nRTA on the expressway, driver, airbags deployed; car plate [[VEHICLE|vehicle:4418 AB]]\nGCS 14, seatbelt sign, FAST +ve LUQ -> CT grade III splenic laceration -> IR embolisation.\nBrother [[PHONE|phone:+968 9912 4418]]",
    # Egypt
    "ER - [[LOCATION|geo:Alexandria Main University Hospital]]\n11 pm\nPt: [[PERSON|name:Yasmin Adel]], F, nat. ID [[ID|ssn:30201140201448]]\nBurn from kitchen gas cylinder, 18% TBSA partial thickness face/neck/arms. Parkland started.\nPhotos: [[ID|photo:BURN_AMUH_YA_01.jpg]] (series of 4)\nMother's phone [[PHONE|phone:0100 447 2189]]; home [[ADDRESS|geo:22 Shari' Abu Qir, Sidi Gaber, Alexandria]]",
    # Thailand
    "ER - [[LOCATION|geo:Vachira Phuket Hospital]]\n[[DATE|date:13/04/2567]] 16:30\nPatient: Mr. [[PERSON|name:Arthit Boonmee]]\nThai ID [[ID|ssn:1839900418227]]\nMotorbike crash, no helmet. Bike plate [[VEHICLE|vehicle:1กค 4418 ภูเก็ต]]\nGCS 12, 6 cm scalp laceration, CT brain: small SDH, no shift. Neurosurg consulted.\nBAC 0.18%.\nGirlfriend [[PERSON|name:Fon]] at bedside",
    # Vietnam
    "CẤP CỨU / EMERGENCY - [[LOCATION|geo:Bệnh viện Việt Đức]]\nBN [[PERSON|name:Phan Thanh Tùng]], male\nCCCD [[ID|ssn:036088004418]]\nMotorbike vs truck. Motorbike plate (BKS) [[VEHICLE|vehicle:29-B1 418.27]]\nOpen R tibial fracture, Gustilo II. Tetanus + cefazolin given. To theatre.\nWife [[PHONE|phone:0977 418 226]]\nAddress: [[ADDRESS|geo:Số 18, ngõ 44 phố Võ Thị Sáu, phường Thanh Nhàn, quận Hai Bà Trưng, Hà Nội]]",
]

PATIENT_MESSAGE: list[str] = [
    # Portugal
    "From: [[EMAIL|email:rui.figueiredo.1962@sapo.pt]]\nSubject: appointment / marcação\n\nBoa tarde Dra.,\nI am writing about my wife [[PERSON|name:Lurdes Figueiredo]] (utente [[ID|health_plan:219 774 035]]). She had the colonoscopy on [[DATE|date:15 de março]] and we still have no result. Can you send it to this email?\nOur new address is [[ADDRESS|geo:Avenida dos Bombeiros Voluntários, 88, 1.º Dto, 2720-078 Amadora]].\nObrigado,\n[[PERSON|name:Rui Figueiredo]]",
    # Belgium
    "Portal message\nFrom: [[PERSON|name:An Vermeulen]]\nSent 21:14 from IP [[IP|ip:81.164.22.197]]\n\nDag dokter,\nMy father ([[AGE|date:90]]) had his pacemaker checked last week at [[LOCATION|geo:AZ Groeninge]]. The home monitor box (SN [[DEVICE|device:SSM482117N]]) has been blinking orange since yesterday. Should we worry? He lives alone in [[LOCATION|geo:Menen]].\nGroeten",
    # Argentina
    "WhatsApp to the clinic\n'hola dra, soy [[PERSON|name:Mirta]], la mamá de [[PERSON|name:Thiago Benjamín Acosta]]. He is still coughing at night and the salbutamol isn't helping much, can I bring him tomorrow?? his DNI is [[ID|ssn:56.882.104]] and IOMA [[ID|health_plan:1-56882104-00]]. we moved to [[ADDRESS|geo:Calle 47 n° 812 e/ 11 y 12, La Plata]]. my cel [[PHONE|phone:221 15 448-2710]] thanks!!'",
    # Chile
    "Patient portal message - [[LOCATION|geo:Clínica Santa María]]\nFrom: [[PERSON|name:Catalina Fuentes]] <[[EMAIL|email:cata.fuentes.v@gmail.com]]>\n\nDoctor, my result came back 'TSH 7.2' and the range says 0.4-4.0. I'm 11 weeks pregnant. Should I start the levothyroxine? My RUT is [[ID|ssn:17.448.220-1]]. I live in [[LOCATION|geo:Ñuñoa]]. Thanks!!\n[[PERSON|name:Cata]]",
    # Peru
    "Email to [[LOCATION|geo:Clínica Internacional]]\nFrom: [[EMAIL|email:jhuaman.torres@outlook.com]]\nSubject: lost my vaccination card\n\nGood morning. I am [[PERSON|name:Jhonatan Huamán Torres]]. I lost the card from the yellow fever vaccine I got there on [[DATE|date:9/12/2023]] before travelling to [[LOCATION|geo:Iquitos]]. Could you email a copy? My photo for the card is attached ([[ID|photo:foto_carnet_jhonatan.jpg]]).",
    # Colombia
    "Portal message\nFrom user [[ID|other:mpbarrera82]], IP [[IP|ip:181.49.110.23]]\n'Good afternoon Dr. [[PERSON|name:Rey]], I'm [[PERSON|name:María Paula Barrera]]. My insulin pump (Medtronic 780G, serial [[DEVICE|device:NG4418827H]]) keeps showing Calibrate BG alerts. Should I change the sensor? Also please update my address to [[ADDRESS|geo:Transversal 19A # 98-14, Apto 1102, Chicó Navarra, Bogotá]]. Gracias!'",
    # Senegal
    "WhatsApp to [[LOCATION|geo:Hôpital Principal de Dakar]] paediatrics\n'Bonjour docteur, c'est [[PERSON|name:Ndèye Fatou Sow]], the mother of [[PERSON|name:Serigne Mbaye Sow]]. The fever is back since yesterday, 39. He had his vaccines at the poste de santé on [[DATE|date:10/02]]. We are at [[ADDRESS|geo:Rue 22 x Blaise Diagne, Médina, Dakar]]. Call me [[PHONE|phone:78 441 20 93]] please'",
    # Morocco
    "From: [[EMAIL|email:h.elfassi@menara.ma]]\nSent from [[IP|ip:105.158.44.12]]\nSubject: my results\n\nSalam Dr,\nThis is [[PERSON|name:Hanane El Fassi]], CIN [[ID|ssn:JA 118824]]. You asked for a photo of the rash on my arm: attached [[ID|photo:bras_eruption_hanane.heic]]. Since the new antibiotic it is spreading. I live in [[LOCATION|geo:Fès]].\nMerci",
    # Philippines
    "Message thru patient portal\nFrom: [[PERSON|name:Jocelyn Ramos]]\n'Hi doc! Mama [[PERSON|name:Corazon Ramos]] ([[AGE|date:92]] na po siya) has been vomiting since last night, di makakain. Her PhilHealth is [[ID|health_plan:08-001882741-9]]. Can we bring her to ER or video consult muna? The link you sent before [[URL|url:https://portal.themedicalcity.com/tele/8841]] is not working. Our address [[ADDRESS|geo:#27 Mabini St., Brgy. Kapitolyo, Pasig City 1603]]. Thank u po'",
    # Indonesia
    "WhatsApp to [[LOCATION|geo:RS Siloam Kebon Jeruk]]\n19:02\n'Selamat malam dok, saya [[PERSON|name:Putri Ayu Lestari]]. My son [[PERSON|name:Bima]] had the MMR shot there on [[DATE|date:17 Agustus]], now rash and fever 38.5. Is this normal? My email [[EMAIL|email:putriayu.lestari@yahoo.co.id]]. If he needs a check our house is [[ADDRESS|geo:Perum Griya Asri Blok C2 No. 15, Kelapa Dua, Tangerang 15810]]. Makasih dok'",
]

STYLES = [
    ("progress-note", PROGRESS_NOTE),
    ("discharge-summary", DISCHARGE_SUMMARY),
    ("referral-letter", REFERRAL_LETTER),
    ("nursing-shorthand", NURSING_SHORTHAND),
    ("pharmacy", PHARMACY),
    ("telehealth", TELEHEALTH),
    ("billing-claims", BILLING_CLAIMS),
    ("lab-and-imaging", LAB_AND_IMAGING),
    ("emergency-department", EMERGENCY_DEPARTMENT),
    ("patient-message", PATIENT_MESSAGE),
]


def main() -> None:
    print(f"probe28: {write_styled(OUT, STYLES)} docs")


if __name__ == "__main__":
    main()
