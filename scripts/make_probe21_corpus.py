"""Write the 21st hand-annotated redaction probe, ``corpus/redaction/probe21.jsonl``.

Why: the redaction engine's quality must be measured on text written by someone who has never
read the engine, so the score says how it does on notes it was not tuned for. This probe is one
such independent sample: 150 clinical notes written by hand, across ten document styles and four
regions, with every identifier annotated inline. It mixes easy identifiers with awkward ones
(names that are ordinary words such as Rose, Hope, Mark, Young, Will; towns that are words such
as Orange, Bath, Hope, Wells, Mallow; facilities named after people; identifiers glued to a label
or put on the line after it; spoken phone numbers and spoken e-mail addresses in dictation) and
plants look-alikes that are not identifiers (doses, lab ranges, BP, gestations such as 28/40,
visual acuities such as 6/18, "4/12 nodes", bed and room numbers, times, MBS/CPT/ICD/GOÄ codes,
device model numbers, trial registry numbers, ABN/EIN, bank sort codes and BSBs, key-safe codes).

What: 150 notes, 15 in each of ten styles: progress-note, discharge-summary, gp-referral,
nursing-shorthand, pharmacy, telehealth, billing, device-telemetry, research-enrolment and
outpatient-letter. Locales: about 30% Australia, 25% US, 25% UK/Ireland, 20% continental Europe
(Germany, France, Netherlands, Belgium, Spain, Italy, Sweden, Poland). All 18 Safe Harbor
categories appear at least five times. Conventions: titles (Dr, Mrs, Mr, Herr, Mme, Fr, Dott.)
stay outside name spans; a full street address is one ADDRESS|geo span, a town, suburb or named
facility alone is LOCATION|geo, a postcode alone is ADDRESS|geo, states and countries are not
marked; dates more specific than a year are DATE|date (a month with a year is marked, a weekday
next to a date stays outside the span, only the date part of an ISO timestamp is marked); ages
are the number only, AGE|other up to 89 and AGE|date from 90; licence and prescriber numbers are
ID|license, national numbers and passports ID|ssn, insurer and health-system numbers
ID|health_plan, record and accession numbers ID|mrn, bank, invoice and card numbers ID|account,
any other code for the person (study, claim, booking, interpreter, portal login) ID|other.
Every person and number is invented; towns and hospitals may be real.

How to run: ``cd /work/main && .venv/bin/python scripts/make_probe21_corpus.py``
(writes ``corpus/redaction/probe21.jsonl`` relative to this repository).
"""

from __future__ import annotations

from pathlib import Path

from make_safe_harbor_suite import write_styled

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "corpus" / "redaction" / "probe21.jsonl"

PROGRESS_NOTES: list[str] = [
    # AU
    "WARD ROUND 0815 - Gen Med, bed 14\nPt: [[PERSON|name:Harold Young]] [[AGE|other:78]]M UR [[ID|mrn:00418273]]\nS: slept poorly, c/o ?constipation, no BO 3/7\nO: BP 128/76 HR 88 afeb, abdo soft, BS present. Na 134 K 4.1 Cr 112 (eGFR 54)\nA: POD2 R NOF #, delirium improving, 4AT 2\nP: coloxyl + senna, mobilise w physio, d/w daughter [[PERSON|name:Rose]] re: d/c plan - prefers respite at [[LOCATION|geo:Bupa Woodend]]",
    "Progress note dictated by Dr [[PERSON|name:Anjali Mehta]], consultant geriatrician. Seen on the ward today [[DATE|date:the fourteenth of February]]. Mrs [[PERSON|name:Faith O'Loughlin]] is a [[AGE|date:91]] year old lady from [[LOCATION|geo:Orange]] who was transferred down after a fall at home. She tells me her late husband used to do all the medications, and since he passed in [[DATE|date:October 2023]] her neighbour has been helping. Full stop new paragraph. On examination she is alert and orientated, GCS 15 over 15, postural drop of 22 millimetres. Plan is to rationalise her medications, cease the oxybutynin, and liaise with her GP. Her my health record is consented.",
    "MH progress note - IPU [[DATE|date:03/05/24]] 1420\nConsumer: [[PERSON|name:Jayden Hope]] (pref 'Jay'), [[AGE|other:19]]yo, assessment order\nMood 'flat', affect restricted. Denied SI/HI. States he wants to 'go back to Mum's in [[LOCATION|geo:Eaglehawk]]'. Nil PRN required. Olanzapine 5mg nocte given 2100 prev night.\nCase mgr aware.",
    "pt [[PERSON|name:Clarence Dhurrkay]], [[AGE|other:67]], from [[LOCATION|geo:Galiwinku]] - flown in via RFDS [[DATE|date:2/4]]. interpreter (Yolngu Matha) booked. HbA1c 9.8%, Cr 188, on dialysis Tue/Thu/Sat. Nephew is contact, no phone - message via clinic [[PHONE|phone:08 8970 5011]].",
    "ED PROGRESS  [[DATE|date:2024-08-19]] 23:40\n[[PERSON|name:MARK BISHOP]] [[AGE|other:44]]M MRN [[ID|mrn:3390127]]\nMVA, driver, ~60 km/h vs pole in [[LOCATION|geo:Granville]]. Car (rego [[VEHICLE|vehicle:CV 71 LR]]) towed. Police attended.\nGCS 15, c-spine cleared NEXUS. CXR NAD. Trop <5.\nd/c w/ wife",
    # US
    "HOSPITAL DAY 3 - PROGRESS NOTE\nPatient: [[PERSON|name:Dolores Whitfield]]   DOB: [[DATE|date:07/22/1949]]   MRN: [[ID|mrn:MGH-4471920]]\nSubjective: Pt reports SOB improved, now 2-pillow orthopnea (was 4). Net -1.8 L yesterday.\nObjective: T 98.1 HR 76 BP 112/68 SpO2 95% 2L NC. JVP 9 cm. Cr 1.4 (baseline 1.1). BNP 1,420.\nA/P: ADHF, HFrEF EF 25% - cont IV furosemide 40 mg BID, hold lisinopril for AKI. Daughter [[PERSON|name:Joy]] (HCP) updated by phone.\nDispo: likely [[LOCATION|geo:Spaulding Rehab]] vs home w/ VNA.",
    "this is doctor [[PERSON|name:Okafor]] dictating a progress note on [[PERSON|name:Terrence Banks]], medical record number [[ID|mrn:0 0 6 1 3 3 8 2]]. He is a [[AGE|other:58]] year old gentleman with a history of Crohn's disease status post ileocecal resection who presented on [[DATE|date:June 11th]] with partial small bowel obstruction. Today he is passing flatus. N G tube out. Plan advance to clears. His wife [[PERSON|name:Grace]] asked that we call her at work at [[PHONE|phone:five zero four, five five two, eight eight one zero]]. end of dictation",
    "MICU progress - [[DATE|date:3/14]]\n[[AGE|other:62]]yo F (bed 9) septic shock 2/2 pyelo, E. coli. Levo weaning 0.04. Lactate 1.8 from 4.6. UOP 40/hr.\nPt is a [[LOCATION|geo:Kent County]] jail transfer - CO at bedside, inmate # [[ID|other:A194-227]].",
    "Clinic f/u - [[LOCATION|geo:McAllen]]\n[[PERSON|name:Rosa Elena Garza]], [[AGE|other:47]]F, here w/ her daughter interpreting (pt declined certified interpreter).\nDM2 - A1c 8.9 from 10.2. On metformin 1000 BID, glargine 24u. Foot exam: monofilament dec L great toe.\nBP 138/84. LDL 131.\nRTC 3 mo.\n- [[PERSON|name:L. Ortiz]], PA-C",
    # UK / IE
    "Surgical ward round\nPt [[PERSON|name:Kevin Little]], NHS no. [[ID|health_plan:943 476 5919]]\nDay 4 post lap chole. Tolerating diet. Wound c/d/i. LFTs trending down (bili 31).\nPlan: home today. Discharge letter to GP at [[LOCATION|geo:Bath Road Surgery]], [[LOCATION|geo:Reading]]. OPA 6/52.\nSigned [[PERSON|name:F. Adeyemi]] FY2",
    "ward 32 [[LOCATION|geo:ARI]] - [[DATE|date:21.11.23]]\n[[PERSON|name:Morag Baird]] CHI [[ID|health_plan:1204567893]] [[AGE|other:83]]F\nFall at home in [[LOCATION|geo:Inverurie]], ? syncope. ECG SR, QTc 452. Lying/standing BP 142/80 -> 118/70 sympt.\nD/W son - welfare POA.\nFor 24hr tape + echo. OT assess home.",
    "Progress Note - [[LOCATION|geo:Beaumont Hospital]]\n[[DATE|date:9th Jan]]\nMRN:\n[[ID|mrn:2281904]]\nCOPD exacerbation, day 3. Now on 2L, sats 91%. ABG pH 7.37 pCO2 6.4. Pred day 3/5, doxy.\nWife asking re home O2 - referred to resp CNS. PHN to visit post d/c in [[LOCATION|geo:Finglas]].",
    # EU
    "Verlaufsnotiz Station 4B - [[DATE|date:12.03.2024]]\nPat.: Herr [[PERSON|name:Günther Schäfer]], geb. [[DATE|date:04.11.1952]], Fall-Nr. [[ID|mrn:2024-118834]]\nZustand nach TEP li. Hüfte. Mobilisation mit Rollator. Hb 10,1 g/dl. Schmerzen VAS 3.\nTochter organisiert Reha in [[LOCATION|geo:Bad Wildbad]].\ngez. Dr. [[PERSON|name:Yilmaz]]",
    "Note d'évolution - [[LOCATION|geo:Hôpital Pellegrin]], [[LOCATION|geo:Bordeaux]]\nMme [[PERSON|name:Camille Moreau]], IPP [[ID|mrn:800441276]]\nJ2 post-césarienne. Afébrile, TA 118/72, lochies normales. Allaitement OK.\nBébé en néonat (bilirubine 210).\nSortie prévue vendredi [[DATE|date:22 mars]].",
    "Voortgang - afd. Longziekten, [[LOCATION|geo:Isala]] [[LOCATION|geo:Zwolle]]\nDhr. [[PERSON|name:Bram de Vries]] ([[AGE|other:59]]), BSN [[ID|ssn:183449027]]\nPneumonie RLL, CRP 212->88. Amoxi/clav iv -> po per vandaag.\nPartner belt dagelijks, [[PHONE|phone:06-41927730]].",
]

DISCHARGE_SUMMARIES: list[str] = [
    # AU
    "DISCHARGE SUMMARY\n[[LOCATION|geo:Royal Prince Alfred Hospital]] - Cardiology\nPatient: [[PERSON|name:NGUYEN, Thi Lan]]   DOB: [[DATE|date:12/09/1956]]   MRN: [[ID|mrn:0884213]]\nAdmitted: [[DATE|date:02/03/2024]]   LOS: 5 days\nDiagnosis: NSTEMI (I21.4). PCI to LAD, DES x1.\nMeds on d/c: aspirin 100mg, ticagrelor 90mg BD, atorvastatin 80mg, metoprolol 23.75mg.\nFollow-up: GP, fax [[PHONE|fax:02 9560 3382]]\nCardiac rehab referral sent.",
    "Discharge summary - [[LOCATION|geo:Princess Alexandra Hospital]]\n[[PERSON|name:Dawn Kettle]] [[AGE|other:72]]F URN [[ID|mrn:1193377]]\nAdmitted with VT storm. Dual-chamber ICD inserted day 3 - Medtronic Cobalt XT DR, serial [[DEVICE|device:BWM402219H]].\nRemote monitoring via CareLink enrolled. Not to drive for 6 months (licence [[ID|license:084221937]] - TMR notification pending).",
    "discharge summary for [[PERSON|name:Brendan Hall]] date of birth [[DATE|date:the 3rd of the 8th 1985]] UR number [[ID|mrn:5 5 1 0 2 8]] he was admitted under the orthopaedic team at [[LOCATION|geo:Sir Charles Gairdner]] following a work injury at a mine site near [[LOCATION|geo:Kalgoorlie]]. he had ORIF of a left distal radius fracture. he can be discharged home to [[ADDRESS|geo:14 Salvado Road Wembley 6014]]. follow up fracture clinic 2 weeks. sutures out day 10 to 14 with GP. full stop.",
    "DISCHARGE - [[LOCATION|geo:Perth Children's Hospital]]\nChild: [[PERSON|name:Isla Mae Thompson]]  DOB [[DATE|date:30/11/2021]]\nDx: bronchiolitis, RSV +ve. Max O2 1L NP. Feeding >75% on d/c.\nWeight 11.2 kg. Next immunisations due at 4yo. Child health nurse notified.",
    # US
    "DISCHARGE SUMMARY\nName: [[PERSON|name:Whitaker, James R.]]   MRN: [[ID|mrn:10448219]]   Acct: HAR [[ID|account:7730044812]]\nAdmit: [[DATE|date:04/02/2024]]   LOS: 4d\nPrincipal dx: Acute on chronic pancreatitis (K85.90). EtOH cessation counseling done.\nDisposition: home. PCP f/u 1 wk.",
    "Discharge Summary - [[LOCATION|geo:Cedars-Sinai Medical Center]]\n[[PERSON|name:Marcus Lee Hollis]], [[AGE|other:34]] y/o M\nReason: DKA (new dx T1DM). pH 7.08 on arrival, AG 28. Transitioned to basal-bolus.\nDexcom G7 started; pt taught. Endo f/u [[DATE|date:5/21]].\nCA driver license [[ID|license:D4492018]] on file - counseled re hypoglycemia & driving.",
    "DISCHARGE SUMMARY (abbrev.)\n[[PERSON|name:Evelyn Sparrow]], [[AGE|date:94]]F\nAdmit [[DATE|date:Jan 2]] - [[DATE|date:Jan 9, 2024]]. Hip fx s/p hemiarthroplasty.\nDischarged to [[LOCATION|geo:Brookdale Willow Creek]] SNF. Contact: niece [[PHONE|phone:918.555.0143]]\nCode status: DNR/DNI (POLST on file).",
    "PSYCHIATRIC DISCHARGE SUMMARY\nPt: [[PERSON|name:Tyler Brooks]] | SSN [[ID|ssn:529-41-7730]]\nAdmitted involuntarily (5150) [[DATE|date:10/28/23]]; converted to voluntary.\nDx: bipolar I, current episode manic w/ psychotic features. Li level 0.9 at d/c (range 0.6-1.2). TSH 2.1.\nSafety plan reviewed. Pt will stay with grandmother in [[LOCATION|geo:Bakersfield]]. Crisis line given.",
    # UK / IE
    "DISCHARGE SUMMARY - [[LOCATION|geo:Addenbrooke's Hospital]]\nPatient: Mrs [[PERSON|name:Hope Pennington]]   NHS Number: [[ID|health_plan:401 023 2137]]\nDOB: [[DATE|date:09-Apr-1947]]   Address: [[ADDRESS|geo:3 Mill Lane, Histon, Cambridge CB24 9HW]]\nDiagnosis: Community-acquired pneumonia, CURB-65 = 2. New AF - CHA2DS2-VASc 4, started apixaban 5 mg BD.\nGP actions: U&E in 1/52; review rate control.",
    "Discharge letter\nRe: [[PERSON|name:Darren Price]] dob [[DATE|date:23/7/79]]\nAdm via ED after assault (police crime ref [[ID|other:CR/0198227/24]]). Zygomatic fracture - ORIF by maxfax.\nPhotos of injuries taken w/ consent for police: [[ID|photo:MED-PHOTO-24-0418.jpg]], [[ID|photo:MED-PHOTO-24-0419.jpg]].\nFollow-up maxfax clinic 2/52. Safeguarding: none.",
    "DISCHARGE SUMMARY - [[LOCATION|geo:Cork University Hospital]]\nName: [[PERSON|name:Pádraig Mallow]]   PPSN: [[ID|ssn:6684219W]]\nAdmission: STEMI inferior, primary PCI RCA. Echo EF 45%.\nD/C meds: DAPT 12 months, atorva 80, bisoprolol 2.5, ramipril 2.5.\nGP: [[LOCATION|geo:Mallow Primary Care Centre]] - fax [[PHONE|fax:022 21447]]",
    "Crynodeb Rhyddhau / DISCHARGE SUMMARY\n[[LOCATION|geo:Ysbyty Gwynedd]]\n[[PERSON|name:Gwenllian Rhys-Evans]], [[AGE|other:66]]\nAdm [[DATE|date:2/10/23]] ?stroke - MRI: small L pontine infarct. NIHSS 2 -> 0.\nDVLA: Group 1 licence - must not drive 1 month.\nClopidogrel 75 mg OD long-term. Welsh-speaking, prefers correspondence in Welsh.",
    # EU
    "INFORME DE ALTA - [[LOCATION|geo:Hospital Universitario La Paz]]\nPaciente: [[PERSON|name:María del Carmen Ruiz Gallego]]  NHC [[ID|mrn:3392817]]\nFecha ingreso: [[DATE|date:08/01/2024]] (estancia 7 días)\nDiagnóstico: Neumonía por SARS-CoV-2, insuficiencia respiratoria parcial.\nControl en consulta de Neumología.",
    "LETTERA DI DIMISSIONE\n[[LOCATION|geo:Ospedale San Raffaele]] - U.O. Neurologia\nSig. [[PERSON|name:Lorenzo Bianchi]], nato a [[LOCATION|geo:Bergamo]] il [[DATE|date:14/05/1962]]\nC.F. [[ID|ssn:BNCLRN62E14A794T]]\nDiagnosi: Sclerosi multipla recidivante-remittente. Avviato ocrelizumab.\nControllo RM a [[DATE|date:giugno 2024]].",
    "Epikris - [[LOCATION|geo:Karolinska Universitetssjukhuset]], [[LOCATION|geo:Huddinge]]\nPat: [[PERSON|name:Astrid Lindqvist]], pnr [[ID|ssn:19480316-4427]]\n[[AGE|other:76]]-årig kvinna inlagd pga hjärtsvikt NYHA III. NT-proBNP 4800.\nFurosemid 40 mg x 2, dapagliflozin 10 mg. Vikt vid utskrivning 68,4 kg.\nUppföljning hjärtsviktsmottagning.",
]

GP_REFERRALS: list[str] = [
    # AU
    "Dear Dr [[PERSON|name:Ramanathan]],\nRe: Mr [[PERSON|name:Kieran Walsh]], [[ADDRESS|geo:45 Wattle Grove, Mount Hope NSW 2877]]\nThank you for seeing [[PERSON|name:Kieran]], a shearer with 3/12 hx of progressive dysphagia to solids, wt loss 6 kg. Smoker 15 pack-years.\nMeds: pantoprazole 40mg, Ventolin PRN.\nHappy for you to fax results to [[PHONE|fax:02 6892 1149]].\nKind regards,\nDr [[PERSON|name:Anne-Marie Fitzgerald]]\nProvider no. [[ID|license:4420917B]]",
    "REFERRAL TO: Orthopaedic OPD, [[LOCATION|geo:John Hunter Hospital]]\nFROM: Dr [[PERSON|name:Linh Pham]]\nPATIENT: [[PERSON|name:Sunny Ahmadzai]]  IHI [[ID|health_plan:8003 6081 4492 1183]]\nREASON: R knee OA, KL grade 4 on XR [[DATE|date:Jan 24]], failed 6/12 conservative mx (physio, wt loss, intra-artic steroid x2). BMI 31. Interpreter (Dari) req'd. Requesting TKR assessment.\nCategory: 2",
    "Dear [[PERSON|name:Olivia]],\nI'd be grateful if you could see Ms [[PERSON|name:Grace Liddell]] under a mental health treatment plan, item 2715 - session one of six. [[PERSON|name:Grace]] is [[AGE|other:twenty-six]], a nurse at [[LOCATION|geo:Ballarat Base Hospital]], with worsening anxiety since a code blue on her ward late last year. Her K10 is 31 and DASS-21 shows moderate anxiety. No SI. She prefers text.\nWarm regards, Michael (GP)",
    "To whom it may concern - re [[PERSON|name:Wayne Cook]] [[AGE|other:61]]\n? melanoma L scapula, 9mm, irregular border, changing per wife. dermoscopy pic attached [[ID|photo:WCook_lesion_0412.jpg]]. pls see urgently. nil previous skin ca.\nlives [[LOCATION|geo:Dubbo]], farms out at [[LOCATION|geo:Wongarbon]]. m [[PHONE|phone:0427 880 019]]",
    "Referral - [[LOCATION|geo:Wuchopperen Health Service]] -> Paediatric OPD\nChild: [[PERSON|name:Tahlia Mosby]], [[AGE|other:7]]yo, UR [[ID|mrn:0691044]]\nCarer: nan\nConcerns: speech delay, ?hearing - failed school screen. Recurrent AOM, grommets?",
    # US
    "REFERRAL / CONSULT REQUEST\nTo: [[LOCATION|geo:Mayo Clinic]] - Hematology\nPatient: [[PERSON|name:Gunnar Olson]]  DOB [[DATE|date:08/30/1955]]\nReason: Persistent thrombocytosis (plt 780-910K x 6 mo). JAK2 V617F neg. CALR pending. ?ET vs reactive.\nFax [[PHONE|fax:(218) 555-0130]]",
    "Dear Doctor [[PERSON|name:Feinberg]], I am referring my patient [[PERSON|name:Lamar Wilkins]], date of birth [[DATE|date:March 3rd, 1972]], for evaluation of obstructive sleep apnea. He is a long-haul trucker, CDL number [[ID|license:W452-118-70-331]], and his DOT physical is due [[DATE|date:July 28]]. Epworth is 16, neck 18.5 inches, BMI 38. Thank you. [[LOCATION|geo:Fayetteville Family Medicine]].",
    "Peds referral -> Dev-Behavioral, [[LOCATION|geo:Children's Hospital Colorado]]\nPt [[PERSON|name:Noah Kessler-Ruiz]], [[AGE|other:4]] yo\nParent email: [[EMAIL|email:dana.kessler.ruiz@gmail.com]]\nConcern: limited speech (approx 20 words), poor eye contact, hand-flapping. M-CHAT-R 11 (high risk).\nAudiology normal [[DATE|date:2/2024]].",
    # UK / IE
    "PRIORITY: Urgent suspected cancer (2WW) - Lower GI\n[[LOCATION|geo:Royal United Hospital]], [[LOCATION|geo:Bath]]\nPatient: [[PERSON|name:Margaret Church]]  NHS [[ID|health_plan:450 557 7104]]\nAddress: [[ADDRESS|geo:Flat 2, 19 Wellsway, Bath BA2 4RX]]\nFIT 186 ug/g. IDA: Hb 98, ferritin 6. 4/12 change in bowel habit. Wt down 5 kg.\nAvailable all dates except [[DATE|date:3 June]] to [[DATE|date:10 June]] (holiday).",
    "SCI Gateway referral - Rheumatology, [[LOCATION|geo:Gartnavel General]]\n[[PERSON|name:Alasdair Munro]], [[AGE|other:38]]. CHI [[ID|health_plan:2208853417]]\nInflammatory back pain >3 months, morning stiffness 1hr, HLA-B27 pos, CRP 24. Uveitis x1. ?axSpA. NSAIDs partial help.\nWorks offshore - email [[EMAIL|email:a.munro85@btinternet.com]]",
    "Dear Dr [[PERSON|name:Whelan]],\nRe: [[PERSON|name:Siobhán Kavanagh]], [[ADDRESS|geo:Apt 12, The Maltings, Bray, Co. Wicklow A98 E2P4]]\nI'd appreciate your opinion regarding her secondary amenorrhoea (LMP [[DATE|date:August 2023]]), hirsutism, BMI 29. Testosterone 3.1, LH:FSH 3:1. Pregnancy test neg x2.\nYours sincerely,\nDr [[PERSON|name:Ciarán Doherty]] MICGP, IMC [[ID|license:418823]]",
    "Referral to Community Memory Service - [[LOCATION|geo:Hellesdon Hospital]]\nRe: Mr [[PERSON|name:Frank Goodwin]] [[AGE|other:81]]\nWife concerned re memory - getting lost driving to [[LOCATION|geo:Wymondham]], repeated questions. 6-CIT 16/28. B12/folate/TFTs normal. CT head requested.\nHas been advised to stop driving pending assessment.",
    # EU
    "Überweisung an: Kardiologie, [[LOCATION|geo:Charité Campus Benjamin Franklin]]\nvon: Dr. med. [[PERSON|name:Ingrid Hoffmann]], Hausärztin\nPatient: [[PERSON|name:Mehmet Aydin]], geb. [[DATE|date:22.02.1966]]\nFragestellung: Belastungsdyspnoe, VHF Erstdiagnose, CHA2DS2-VASc 2. Bitte Echo + Ergometrie.\nLANR [[ID|license:554818201]]",
    "Cher confrère,\nJe vous adresse Mme [[PERSON|name:Élodie Marchand]], [[AGE|other:42]] ans, pour avis dermatologique concernant un naevus atypique du dos. Photos jointes ([[ID|photo:IMG_4471.HEIC]]).\nN° sécu : [[ID|ssn:2 82 03 67 482 119 54]]\nBien confraternellement,\nDr [[PERSON|name:Thomas Weber]]",
    "Verwijsbrief - huisartsenpraktijk [[LOCATION|geo:Utrecht]]-Oost\nAan: MDL-poli, [[LOCATION|geo:UMC Utrecht]]\nBetreft: mw. [[PERSON|name:Fenna Bakker]], geb. [[DATE|date:30-05-1984]]\nVraagstelling: persisterende ijzergebreksanemie (Hb 6,4 mmol/l) ondanks suppletie, coeliakie-serologie pos (tTG >128). Graag gastroscopie + biopten.\nZorgverzekeraar: Zilveren Kruis, polisnr [[ID|health_plan:188402736]]",
]

NURSING_SHORTHAND: list[str] = [
    # AU
    "0200 Mr [[PERSON|name:Jenkins]] bed 22 agitated pulling IVC, redirected. BGL 11.2. obs stable. wife rang 0215 ([[PHONE|phone:0418442903]]) - updated. PRN haloperidol 0.5mg SC given 0230 w/ effect. falls risk up, bed alarm on. - [[PERSON|name:KL]] RN",
    "NOC handover [[DATE|date:7/3]] - SSU\nbd 3 - [[PERSON|name:Ronnie Tuhiwai]] [[AGE|other:52]]M, etoh w/d, CIWA 12 @0400 diaz 10mg x2. wants to self d/c, mate picking up in ute ([[VEHICLE|vehicle:YPD-04R]]) - told security.\nbd 4 - bub [[PERSON|name:Leo Finch]] [[AGE|other:3]]mo, bronchiolitis, HFNC 2L/kg, feeds NGT\nbd 6 empty",
    "RDNS visit - [[ADDRESS|geo:U4/19 Hope St, Brunswick 3056]] - key safe code 1947\nMrs [[PERSON|name:Dora Papas]] [[AGE|date:90]] - leg ulcer L gaiter, 4x3cm, sloughy, mod exudate. cleansed NS, inadine + combine + 2 layer compression. photo taken [[ID|photo:DP_leg_20240612_01]]. pain 3/10. next visit Fri.",
    "RAC progress - [[LOCATION|geo:Carinya Lodge]] wing B rm 14\nres: [[PERSON|name:Norm Whitehead]] (dob[[DATE|date:1.9.1936]])\n1400 unwitnessed fall in ensuite, found by AIN. Small skin tear R forearm - steri strips. Neuro obs commenced q15m x 1hr then hrly. On apixaban - GP notified, awaiting call back. NOK informed.",
    "1930 rv by med reg re: low sats 88% RA. mr [[PERSON|name:o'brien]] (bd 11) ?aspiration. cxr done. abx started (pip/taz 4.5g). sats 94% 2L NP. son on way from [[LOCATION|geo:geelong]]. nbm til SP rv. urn[[ID|mrn:720331]]",
    # US
    "0700 SBAR - [[PERSON|name:Gloria Jean Atkins]] rm 412\nS: [[AGE|other:77]]F POD1 TKA L\nB: DM2, CKD3, on insulin SS. Allergy PCN (hives). ID by palm-vein scan [[ID|biometric:PS-0044812-RV]]\nA: pain 6/10 on oxy 5mg q4, HR 104, Hgb 8.1 (from 10.9). drain 220 mL overnight.\nR: ?transfuse - paged ortho PA, awaiting.",
    "L&D nsg note [[DATE|date:11/3]] 0415\nG2P1 @ 39+2, [[PERSON|name:Kayla Brown]] [[AGE|other:23]]yo, SVE 6/90/-1, AROM clear 0350. FHR cat I, baseline 135. epidural in. GBS neg.\nFOB at bedside.",
    "q15 checks - unit 3W\npt [[PERSON|name:R.J. Castillo]] calm, in milieu. Declined 1700 olanzapine, took at 1730 after redirect. Talked about girlfriend in [[LOCATION|geo:Fresno]], wants to call her - phone privileges restored per MD.\nNo SI/HI. Slept 2200.\nBelongings bag #41 - wallet w/ CA DL [[ID|license:B7729914]] + $32, locked.",
    "HH visit - [[ADDRESS|geo:1187 County Rd 12, Hope, AR 71801]]\npt [[PERSON|name:Earl Dupree]] [[AGE|other:85]]M, CHF. wt 201 (up 4 lb since [[DATE|date:6/2]]) -> called MD office, lasix up 40 BID x3d.\nlungs crackles bases. 2+ edema BLE.\nO2 concentrator serial [[DEVICE|device:AS099-1142871]] checked, working.",
    # UK / IE
    "2030 - Mrs [[PERSON|name:Hilda Mark]] (bay 3 bed 4) NEWS2 6 - RR 24, sats 91% on 2L, T 38.4. Escalated to SHO. sepsis 6 started 2040. BCs x2, lactate 3.1, IVAB (co-amox 1.2g) 2055. Son [[PERSON|name:Mark]] visiting, aware. DNACPR in place dated [[DATE|date:02/01/24]]. - [[PERSON|name:J. Okonkwo]] RN",
    "community nursing - insulin visit\n[[PERSON|name:alan sykes]] [[AGE|other:68]], [[ADDRESS|geo:flat 9 lansdowne court, bury bl9 0qx]], keysafe 0000\nBM pre 14.3, novomix 30 26u given abd. feet checked, no breaks. fridge temp OK.\nnext: am tomorrow",
    "Nursing note 14:00 [[DATE|date:12/04]]\n[[PERSON|name:Tadhg Kelleher]], MRN [[ID|mrn:0719938]], post-op day 1 hemicolectomy\nEpidural running 8ml/hr. Urine 30-45 ml/hr. Stoma pink, no output yet. Mobilised to chair.\nChaplain Fr [[PERSON|name:Doody]] visited.",
    # EU
    "Pflegebericht ND [[DATE|date:15.05.2024]] - Zi. 214\nFr. [[PERSON|name:Hildegard Brandt]], [[AGE|date:92]] J., unruhig ab 01:30, mehrfach aufgestanden, will 'nach Hause nach [[LOCATION|geo:Lüdenscheid]]'. Sensormatte aktiv. BZ 06:00 132 mg/dl.\nSohn informiert. - [[PERSON|name:S. Krüger]], Pflegefachkraft",
    "Transmissions ciblées - 14h\nM. [[PERSON|name:Lefèvre]] ch. 12 - cible DOULEUR : EVA 7 -> 3 après morphine 5 mg SC.\nCible ELIMINATION : pas de selles depuis 3 j, lavement fait.\nSa fille a appelé, souhaite rencontrer le médecin demain.",
    "Nota enfermería turno noche - box 7\n[[PERSON|name:Joaquim Ferreira]], [[AGE|other:49]]a\nTA 150/95, FC 92. Dolor torácico atípico, trop x2 neg. Dormido desde 02h.\nAcompañante: esposa (sólo habla portugués) - tel [[PHONE|phone:+351 912 448 201]].\nPulsera identificativa revisada.",
]

PHARMACY: list[str] = [
    # AU
    "PHARMACY MEDICATION RECONCILIATION\nPatient: [[PERSON|name:Vasiliki Georgiou]]  UR [[ID|mrn:00319277]]  [[AGE|other:79]]F  Wt 58kg  CrCl 38\nSources: pt, Webster pack from [[LOCATION|geo:Oakleigh Priceline Pharmacy]], MyHR, GP list.\nDiscrepancies: 1) digoxin 125mcg listed by GP, pt stopped [[DATE|date:Dec 2023]] - confirm. 2) pregabalin 150mg BD - dose reduction for renal fn suggested.",
    "PBS prescription\nPrescriber: Dr [[PERSON|name:Nicholas Foo]]  Prescriber No [[ID|license:0431187]]\nPatient: [[PERSON|name:Jack O'Reilly]]  [[ADDRESS|geo:17 Station St, Box Hill North VIC 3129]]\nMedicare No [[ID|health_plan:5092 73318 1]] ref 3   Pension CRN [[ID|ssn:407 219 884K]]\nRx: Apixaban 5mg tab, 1 BD, 60, rpts 5. Authority code 11872.",
    "S8 DISPENSING - community pharmacy, [[LOCATION|geo:Morwell]]\n[[DATE|date:09/10/2024]] OTP dose: methadone 75mg (liquid), supervised.\nClient: [[PERSON|name:Shane Gallagher]]  prog ID [[ID|other:VIC-POP-22718]]\nSafeScript checked - no other S8 in 90 days. Takeaways: nil (unstable).\nClient ID check by fingerprint scanner, template ref [[ID|biometric:FPT-0A71-9921]]",
    "pharm rv - bd 8 [[PERSON|name:grace nguyen]] ([[AGE|other:31]]) G1 28/40 w/ hyperemesis. ondansetron 4mg ok per risk/benefit, pt counselled. thiamine 100 tds charted. phos 0.62 - replace. - [[PERSON|name:jl]] pharm",
    "Repeat request via web form\nName: [[PERSON|name:Ellie Kwan]]\nEmail: [[EMAIL|email:ellie.k.kwan@outlook.com]]\nMedicare: [[ID|health_plan:6018 44290 5]]\nRequest: levonorgestrel/EE repeat 2 of 5 on file. eScript token [[ID|other:2KT9P8XHQ3M7W4]].\nIP (web form): [[IP|ip:101.181.44.209]]",
    # US
    "NEW RX (e-prescribed)\nPatient: [[PERSON|name:Deborah Finch]]  DOB [[DATE|date:09/14/1968]]\nPrescriber: [[PERSON|name:Alan Voss]], MD  DEA [[ID|license:BV4471826]]\nDrug: oxycodone/APAP 5/325, #20, 1 q6h prn pain, 0 RF\nPDMP queried - 1 prior fill 6 wk ago (dental).\nIns: Express Scripts BIN 003858 PCN A4",
    "Pharmacy consult - vancomycin dosing\n[[PERSON|name:Luis Ocampo]] | [[AGE|other:56]]M | 88 kg | MRN [[ID|mrn:2209183]] | SCr 1.3 (up from 0.9)\nTarget AUC 400-600. Trough 0530: 19.8. Calculated AUC 648 -> reduce to 1250 mg q12h.\nRecheck levels w/ AM labs [[DATE|date:6/20]].",
    "SPECIALTY PHARMACY REFERRAL - fax to [[PHONE|fax:1-888-555-0419]]\nPt: [[PERSON|name:Brittany Hale]]\nDx: RA (M06.9), failed MTX\nRx: adalimumab 40 mg SC q2wk\nIns: UHC member [[ID|health_plan:944018227]]\nCopay card: [[ID|account:6004 4812 0093 7715]]\nPrescriber fax [[PHONE|fax:404-555-0188]]",
    "Immunization record - pharmacy\n[[PERSON|name:Raymond Ko]] [[AGE|other:67]] - Shingrix dose 2 (lot 7H2K9) L deltoid, [[DATE|date:10/05/2024]]\nVIS given. No rxn at 15 min. Submitted to state IIS.\nvaccinator: RPh, lic [[ID|license:RPH-028814]]",
    # UK / IE
    "Clinical check - community pharmacy (EPS)\nPt: [[PERSON|name:Joan Hardcastle]], [[AGE|other:84]], NHS [[ID|health_plan:712 384 5590]]\nRx from Dr [[PERSON|name:Sinha]] (GMC [[ID|license:7041882]]).\nIssue: clarithromycin 500mg BD + simvastatin 40mg - interaction. Rang surgery 11:20, advised to withhold simva for course - agreed.\nBlister pack delivered by driver.",
    "Pharmacy -> GP: discharge medicines service (DMS) referral\n[[PERSON|name:Colin Rainbird]] dob [[DATE|date:30.06.1955]]\nChanges: STOPPED gliclazide (hypos). STARTED dapagliflozin 10mg OD. Furosemide 40mg -> 80mg OM.\nNominated pharmacy: [[LOCATION|geo:Well Pharmacy Hessle]], fax [[PHONE|fax:01482 647 110]]",
    "Hospital pharmacy - [[LOCATION|geo:St James's Hospital]]\n[[PERSON|name:Eimear Fitzpatrick]], MRN [[ID|mrn:SJH2044719]], [[AGE|other:28]]\nHigh-tech scheme: etanercept approved. Community pharmacy: [[LOCATION|geo:Hickey's Pharmacy Rathmines]].\nPt email for portal: [[EMAIL|email:eimear.fitz@eircom.net]]",
    # EU
    "Rezept (Muster 16) - Apotheke Abgabe\nVersicherte/r: [[PERSON|name:Wojciech Nowak]], geb. [[DATE|date:11.09.1979]]\nKostenträger: AOK, Vers.-Nr. [[ID|health_plan:N339104725]]\nRp. Ramipril 5 mg N3 - aut idem x",
    "Apotheek - medicatieoverdracht\nPatiënt: mevr. [[PERSON|name:Anke Janssens]], [[ADDRESS|geo:Kerkstraat 18, 2000 Antwerpen]]\nINSZ [[ID|ssn:84.03.12-228.71]]\nVoorschrijver: dr. [[PERSON|name:P. Claes]], RIZIV [[ID|license:1-48812-33-004]]\nMedicatie: metformine 850 mg 2x/d, sitagliptine 100 mg 1x/d\nGFR 62",
    "Dispensazione DPC - [[LOCATION|geo:Farmacia Santa Lucia]], [[LOCATION|geo:Verona]]\nAssistito: [[PERSON|name:Giovanna Rossi]], C.F. [[ID|ssn:RSSGNN51L58L781K]]\nRicetta dematerializzata NRE [[ID|other:0500A4471829302]]\nFarmaco: enoxaparina 4000 UI, 10 fl.",
]

TELEHEALTH: list[str] = [
    # AU
    "TELEHEALTH CONSULT (video) - [[DATE|date:14/05/2024]] 10:30\nPatient joined from home. Identity confirmed: name [[PERSON|name:Leonie Sharp]], DOB [[DATE|date:07/07/1962]], address [[ADDRESS|geo:88 Argent St, Broken Hill NSW 2880]].\nLink: [[URL|url:https://healthdirect.vc/t/clinic-renal/rm/8821934]]\nReason: CKD4 review, eGFR 22. K 5.6 - dietary advice, reduce spironolactone.\nMBS 91833 (video).",
    "Phone consult - pt rang [[PHONE|phone:0491 570 156]] (says mob; not on file - updated)\n[[PERSON|name:Tom Rigby]] [[AGE|other:45]] c/o ongoing back pain, wants more endone. Declined; explained. Offered in-person appt Thurs [[DATE|date:23rd]]. Safescript alert: 3 prescribers in 2 months. Pt hung up.",
    "Nurse-on-call triage (transcript summary)\nCaller verified via voice biometrics - voiceprint ID [[ID|biometric:VPX-0092-44718]]\nCaller: mother re [[PERSON|name:Oscar Hart]], [[AGE|other:2]]\nSx: fever 39.4 x 2 days, non-blanching rash on legs -> advised call 000 immediately. Ambulance case [[ID|other:AV-240911-0573]] dispatched.",
    "Telepsychiatry - [[LOCATION|geo:Mount Isa]] hospital <-> [[LOCATION|geo:Townsville University Hospital]]\nfar-end IP [[IP|ip:10.44.118.27]] (QH network) - audio drop x2.\nPt [[PERSON|name:Cody Winter]] [[AGE|other:27]], first-episode psychosis, on risperidone 2mg. Mother present at far end.\nPlan: increase risperidone 3mg, f/u 2/52 via same link.",
    "tele (phone) - [[PERSON|name:jordan lee]] [[AGE|other:33]] - covid +ve RAT today, day 2 sx. not eligible for antivirals. advised rest fluids, red flags. med cert emailed to [[EMAIL|email:jlee.1991@gmail.com]].",
    # US
    "TELEHEALTH VISIT NOTE\nPlatform: Doxy.me - [[URL|url:https://doxy.me/drpatelcardio]]\nPatient location: home, [[LOCATION|geo:Scottsdale]], AZ (licensed state confirmed).\n[[PERSON|name:Harriet Bloom]], [[AGE|other:70]]F\nHome BP log 150s/90s. Kardia ECG strip uploaded - AF, rate 96. Start apixaban 5 BID, metoprolol 25 BID.\nIP at connect: [[IP|ip:72.201.18.144]]. Consent verbal. 24 min.",
    "MyChart message thread\nFrom: [[PERSON|name:Kyle Bennett]] (pt) via portal user [[ID|other:kbennett88]]\n'Hi, my sugars have been 250-300 since starting prednisone on [[DATE|date:the 4th]]. Is that normal? thx'\nReply (RN): Please call us; we'll adjust insulin.",
    "This is Doctor [[PERSON|name:Stein]] for a virtual visit with [[PERSON|name:Anna Marie Kowalczyk]], date of birth [[DATE|date:November 2nd 1984]]. She is calling from her car in the parking lot of her work at [[LOCATION|geo:Hope Lutheran School]]. Period. She has had three days of dysuria and frequency, no fevers, no flank pain. Plan nitrofurantoin 100 mg twice daily times five days. Her email for the after visit summary is [[EMAIL|email:anna.kowal at yahoo dot com]].",
    "Video visit w/ interpreter\nInterpreter: Vietnamese, ID [[ID|other:LL-40918]] (LanguageLine)\nPt [[PERSON|name:Nguyen Van Thanh]] [[AGE|other:74]]M\nDM2/HTN f/u. BP at home 130s. A1c 7.4. Refill metformin.\nZoom mtg [[URL|url:https://uci.zoom.us/j/94410283377]]",
    # UK / IE
    "Video consultation (Attend Anywhere) - [[DATE|date:7 March 2024]]\n[[PERSON|name:Gary Bath]], [[AGE|other:52]], joined from [[LOCATION|geo:Frome]]\nL shoulder - 3/12 post subacromial decompression. ROM flex 150, abd 140. HEP updated, video demo.\nNext: F2F at [[LOCATION|geo:Bath]].",
    "NHS 111 - call summary\nCaller: [[PERSON|name:Stacey Wren]] (self), [[AGE|other:29]]\nSx: headache, photophobia, neck stiff? -> disposition ED within 1 hr ([[LOCATION|geo:Royal Berkshire Hospital]]). Partner driving, car reg [[VEHICLE|vehicle:RX68 TWN]] - ED notified of arrival.\nCallback [[PHONE|phone:07451 008 932]]",
    "Phone consult [[DATE|date:11/11/23]] - SouthDoc OOH, [[LOCATION|geo:Killarney]]\nDaughter rang re her dad, [[PERSON|name:Denis Scanlon]], [[AGE|date:93]], at [[LOCATION|geo:Oakpark Nursing Home]]. Temp 38.6, confused. Advised visit - Dr [[PERSON|name:O'Sullivan]] to attend by car.",
    # EU
    "Videosprechstunde [[DATE|date:08.02.2024]]\nPat.: [[PERSON|name:Lena Vogt]], [[AGE|other:36]]\neAU ausgestellt bis [[DATE|date:11.02.]]\nBeschwerden: Gastroenteritis seit 2 Tagen, keine Red Flags.\nVerbindung: [[URL|url:https://arzt.cgm-elvi.de/s/4KQ8TR]]; Client-IP [[IP|ip:2a02:8108:1640:4e00::1b7]]",
    "Videobesök via 1177 - [[DATE|date:2024-03-19]]\nPat: [[PERSON|name:Oskar Berg]], pnr [[ID|ssn:19910522-3391]]\nBankID-verifierad. Ringer från [[LOCATION|geo:Luleå]].\nAstma, ökade besvär. PEF 340 (pers. bästa 520). Ökar Symbicort 2x2. Återbesök 2 v.",
    "Teleporada [[DATE|date:15.01.2024]] - POZ [[LOCATION|geo:Kraków-Nowa Huta]]\nPacjent: [[PERSON|name:Zbigniew Wójcik]], PESEL [[ID|ssn:56031508217]]\nRozpoznanie: zapalenie oskrzeli. e-ZLA wystawione na 5 dni.\nLek. [[PERSON|name:Agnieszka Mazur]], PWZ [[ID|license:2918374]]",
]

BILLING: list[str] = [
    # AU
    "TAX INVOICE - [[LOCATION|geo:St Andrew's War Memorial Hospital]]\nInvoice [[ID|account:INV-20240917-4412]]\nPatient: [[PERSON|name:Robert Lambert]]\nHealth fund: HCF, membership [[ID|health_plan:84471920]]\nItems: MBS 30445 (lap chole)\nGap: $480.00. Pay by BPAY biller 44812 ref [[ID|account:3300882137]]",
    "TAC claim - billing\nClaimant: [[PERSON|name:Jasmine Ola]]\nTAC claim no. [[ID|other:T24-881903]]\nAccident [[DATE|date:2 Feb 2024]] near [[LOCATION|geo:Seymour]]. Vehicle rego [[VEHICLE|vehicle:1XR 4LM]], VIN [[VEHICLE|vehicle:6FPAAAJGSW8E12345]]\nServices billed: physio x6 @ $88 (TAC item PI200)",
    "Medicare claim rejected - reason 160 (card no./patient details mismatch)\nPt: [[PERSON|name:Chloe Dempsey]] (formerly [[PERSON|name:Chloe Riordan]])\nCard on file [[ID|health_plan:3381 22017 5]] ref 2 - exp [[DATE|date:06/2023]]\nItem 23 [[DATE|date:12/06]]; resubmit when pt brings new card.",
    "NDIS INVOICE - Clearview OT Services, ABN 51 824 753 556\nParticipant: [[PERSON|name:Lachlan Drury]]  NDIS no. [[ID|health_plan:430 118 702]]\nSupport item 15_056_0128_1_3 - OT assessment, 2.0 hr @ $193.99 = $387.98\nInvoice no. [[ID|account:CV-0441]]\nPay to BSB 082-401 acc [[ID|account:442918807]]",
    "ED billing query - Mr [[PERSON|name:Harrison Webb]] attended [[DATE|date:30/06]], elected private. Gap invoice sent to [[EMAIL|email:h.webb@bigpond.com]] - bounced. Posted to [[ADDRESS|geo:PO Box 412, Toowoomba QLD 4350]].",
    # US
    "CMS-1500 CLAIM (abstract)\n1a Insured ID: [[ID|health_plan:YHK882019337]]\n2 Patient: [[PERSON|name:MORALES, ANGELA R]]\n3 DOB: [[DATE|date:05 14 1976]] F\n21 Dx: E11.65, I10\n24 [[DATE|date:09/12/24]] 99214 25 $185.00; 83036 $28.00\n25 Fed Tax ID: 36-4418290 (EIN)\n33 NPI [[ID|license:1184725533]]",
    "Billing call log - acct [[ID|account:0049281337]]\nSpoke w/ guarantor (father of pt [[PERSON|name:Lily Reyes]], [[AGE|other:16]]). Balance $1,240.18.\nIns denied - OON. Set up payment plan $100/mo.\nVerified identity w/ voice ID [[ID|biometric:VB-77120-REY]] and ZIP [[ADDRESS|geo:78745]].",
    "PIP / auto claim - ER visit [[DATE|date:7/4/24]]\nPt [[PERSON|name:Brandon Mitchell]]\nAuto carrier: GEICO claim # [[ID|other:0442187730101018]]\nVehicle: 2019 Honda Civic, VIN [[VEHICLE|vehicle:2HGFC2F59KH512233]], FL tag [[VEHICLE|vehicle:QJK-M42]]",
    "PATIENT STATEMENT - [[LOCATION|geo:Baptist Health Louisville]]\nGuarantor acct [[ID|account:7712-004981]]\nPay online: [[URL|url:https://pay.baptisthealth.com/?acct=7712004981&z=40165]]\nAmount due $312.40 by [[DATE|date:08/31/2024]].",
    # UK / IE
    "INVOICE - [[LOCATION|geo:The London Clinic]]\nInv no. [[ID|account:LC/24/118832]]\nPatient: Ms [[PERSON|name:Olivia Hart-Dyke]]\nInsurer: Bupa, membership no. [[ID|health_plan:BU7722910834]]\nCCSD code W8400 knee arthroscopy\nShortfall £340 payable by card / BACS sort code 20-44-91",
    "Overseas Visitors Office - chargeable episode\nPt: [[PERSON|name:Ahmed Al-Sayed]], passport [[ID|ssn:P44721908]] (visit visa), [[AGE|other:63]]\nadm [[DATE|date:14/01/24]] (CABG)\nInvoice [[ID|account:OVS-24-00317]] £48,210 sent to sponsor (son), [[EMAIL|email:khalid.alsayed@hotmail.co.uk]]",
    "Invoice [[ID|account:MPH-0992271]] - [[PERSON|name:Ronan Geraghty]]\nInsurer: VHI, policy [[ID|health_plan:VH 1123 9904]]\nProcedure [[DATE|date:06/03/2024]]: colonoscopy + polypectomy. Excess EUR150.\nIBAN on file for refund: [[ID|account:IE29 AIBK 9311 5212 3456 78]]",
    # EU
    "Privatliquidation nach GOÄ\nRechnungs-Nr. [[ID|account:2024-03-00918]]\nPatient: Herr Dr. [[PERSON|name:Klaus Reinhardt]], [[ADDRESS|geo:Maximilianstr. 12, 80539 München]]\nBehandlungstag [[DATE|date:04.03.2024]] - GOÄ Nr. 1, 5, 652 (EKG), 3550\nBetrag: 142,87 EUR",
    "FACTURE N° [[ID|account:F24-008812]] - [[LOCATION|geo:Clinique Saint-Jean]], [[LOCATION|geo:Lyon]]\nAssuré : M. [[PERSON|name:Karim Benali]]\nSéjour du [[DATE|date:12/02/2024]] au [[DATE|date:14/02/2024]] - GHM 06C19 (cholécystectomie)\nReste à charge : 220,00 EUR - chambre particulière",
    "Facturación a aseguradora - accidente de tráfico\nLesionado: [[PERSON|name:Iker Etxeberria]], DNI [[ID|ssn:72448019R]]\nFecha accidente: [[DATE|date:03/09/2024]]\nVehículo matrícula [[VEHICLE|vehicle:4471 KTB]]\nSiniestro nº [[ID|other:SIN-24-771902]]\nImporte urgencias 412,50 EUR",
]

DEVICE_TELEMETRY: list[str] = [
    # AU
    "CareLink remote transmission - received [[DATE|date:2024-05-02]]T03:14:09+10:00\nPatient: [[PERSON|name:Beverley Stone]]  DOB [[DATE|date:1941-08-19]]\nDevice: Azure XT DR MRI (W1DR01)  SN [[DEVICE|device:RNB612884S]]\nBattery 9.2 yrs. RA 1.5V@0.4ms, RV 0.75V@0.4ms. AT/AF burden 2.1%. 3 VHR episodes, longest 12 beats.\nAction: nil.",
    "CGM/pump download - diabetes clinic\n[[PERSON|name:Zara Haddad]] (T1D, 24/40 preg)\nTandem t:slim X2 SN [[DEVICE|device:1044827]]\n14d: TIR (3.5-7.8) 61%, TBR 4%, GMI 6.6. Overnight basal up 10% 0300-0700.",
    "Ambulatory ECG (patch) report\nRecorder ID [[DEVICE|device:ZIO-AT-44871002]]; BT MAC [[DEVICE|device:C4:7C:8D:6A:1F:09]]\nPt: [[PERSON|name:Mohammed Saleh]], [[AGE|other:58]], [[LOCATION|geo:Liverpool Hospital]]\nWear 14 days from [[DATE|date:11/06/24]]. Underlying SR, mean HR 71. 4 runs SVT (max 9 beats). No pauses > 2s.",
    "AirView sync log\n[[DATE|date:2024-07-14]] 06:02:11 AEST  device=AirSense 11  SN=[[DEVICE|device:23211488107]]  modem IMEI=[[DEVICE|device:356938035643809]]\nusage 6h42m, AHI 3.1, leak 95th 18 L/min\nsrc_ip=[[IP|ip:203.59.102.77]]",
    "CENTRAL MONITOR ALARM LOG - CCU\n03:41:22 bed 7 [[PERSON|name:PEARSON, L]] VT 8 beats - ack RN\n03:41:50 bed 7 SpO2 probe off\n03:55:09 bed 12 HR 38 brady - ack RN\ntelemetry pack [[DEVICE|device:TX-14-0088721]] (bed 12) battery low\nmonitor host [[IP|ip:172.16.40.12]]",
    # US
    "Merlin.net transmission - [[DATE|date:03/22/2024]] 02:11 CST\nPt [[PERSON|name:Raymond Tuttle]] | MRN [[ID|mrn:U-2280194]]\nDevice: Gallant HF CRT-D, SN [[DEVICE|device:81044729]]\nEvents: 1 ATP-terminated VT @ 188 bpm. No shocks. BiV pacing 97%.\nThoracic impedance trend down (CorVue) - called pt, wt up 5 lb.",
    'RPM vendor feed\n{"patient":"[[PERSON|name:Curtis Vaughn]]","device_sn":"[[DEVICE|device:BPM-A7-00918823]]","gw_mac":"[[DEVICE|device:00-1B-44-11-3A-B7]]","reading":"168/102","ts":"[[DATE|date:2024-02-09]]T07:45:00Z","alert":"HTN stage 2"}',
    "Dexcom Clarity follow alert - [[DATE|date:10/17]] 11:20\nLOW 52 mg/dL for [[PERSON|name:Maddie Schultz]] ([[AGE|other:9]]), school nurse Mrs. [[PERSON|name:Gale]] at [[LOCATION|geo:Lincoln Elementary]] notified. 15 g juice given, recheck 78 @ 11:37.\nTransmitter SN [[DEVICE|device:8H7K2M]]",
    "Alaris pump event log - exported by biomed\nPump SN [[DEVICE|device:12044871]]  network [[IP|ip:10.210.8.144]]\n22:14 heparin 25,000u/500mL @ 18 mL/h - rm 5N-22\n22:47 AIR IN LINE alarm, cleared RN\n23:58 rate chg 18->16 per protocol (aPTT 92)",
    # UK / IE
    "Home haemodialysis - remote monitoring (Quanta SC+)\nMachine SN [[DEVICE|device:QSC-0004418]]\nPt [[PERSON|name:Ibrahim Yusuf]], hosp no [[ID|mrn:LTH6610924]]\nSession: 4h, UF 2.1 L, pre BP 152/88, post 131/79. Arterial pressure alarm x3 - ?needle position.",
    "Pacing clinic check - [[LOCATION|geo:Royal Papworth]]\n[[PERSON|name:Derek Long]] [[AGE|other:79]]M\nDevice: Boston Accolade MRI DR SN [[DEVICE|device:117009]]; leads RA 7741, RV 7742\nPresenting rhythm AS-VP 60. Batt OK (11 yrs). Thresholds stable.\nLATITUDE home monitor paired [[DATE|date:05/09/23]]",
    "Telecare alert log - community alarm scheme\n[[DATE|date:02/02/2024]] 04:12 fall detector (pendant [[DEVICE|device:PND-77128]]) triggered - [[PERSON|name:Kathleen Byrne]], [[AGE|date:90]], [[ADDRESS|geo:3 Church View, Athy, Co. Kildare R14 DK70]]\n04:13 no voice response. 04:14 keyholder 1 [[PHONE|phone:086 119 4402]] - no answer; neighbour attended 04:31, pt on floor, ambulance called.",
    # EU
    "Telemonitoring Herzinsuffizienz - Zentrum [[LOCATION|geo:Bad Oeynhausen]]\nPat.-ID [[ID|mrn:HDZ-220417]] | [[AGE|other:81]] J.\nWaage SN [[DEVICE|device:WS-50-4418820]], MAC [[DEVICE|device:a4:c1:38:9e:20:d7]]\n[[DATE|date:22.04.2024]] 07:02 Gewicht 74,8 kg (+2,3 kg / 3 Tage) -> Alarm gelb",
    "Luscii export [[DATE|date:2024-11-03]]\npatiënt=[[PERSON|name:H. Smit]] ziekenhuisnr=[[ID|mrn:Z1049227]]\nsaturatiemeter Nonin 3230 SN [[DEVICE|device:501884]] - SpO2 86% (drempel 88%) 3x\nlaatste sync vanaf IP [[IP|ip:84.104.226.18]]",
    "Télésurveillance - stimulateur (Home Monitoring)\nPatient : [[PERSON|name:Jacqueline Garnier]], [[AGE|other:86]] ans\nBoîtier SN [[DEVICE|device:66014872]]\nDernière transmission [[DATE|date:18/09/2024]] - FA paroxystique 14 %. Anticoagulation ? -> avis cardiologue.",
]

RESEARCH_ENROLMENT: list[str] = [
    # AU
    "STUDY ENROLMENT LOG - ACTRN12621000744819 (HOPE-HF)\nParticipant ID: [[ID|other:HHF-SYD-0041]]\nName: [[PERSON|name:Catherine Wong]]  MRN [[ID|mrn:4478102]]\nSite: [[LOCATION|geo:Westmead Hospital]]. Consent signed [[DATE|date:19/02/2024]].\nRandomised - arm concealed.",
    "Biobank consent - [[LOCATION|geo:Peter MacCallum Cancer Centre]]\nDonor code [[ID|other:PMB-22-18804]]\n[[PERSON|name:Gregory Vassallo]], [[AGE|other:63]], prostate ca, Gleason 4+3.\nSamples: serum x4, PAXgene x1, FFPE block [[ID|mrn:S24-11928 A2]]\nRe-contact: Y",
    "screening visit dictation for the TACT-AF study, protocol number TA-2023-07. participant [[PERSON|name:Deng Mabior]], screening number [[ID|other:S-014]], aged [[AGE|other:41]]. he was identified from the AF clinic list on [[DATE|date:the twelfth of March]]. eligibility confirmed except for the washout of his flecainide, which he'll stop from today. interpreter used, Dinka, interpreter number [[ID|other:DIN-20877]]. end.",
    "Research enrolment - PREDICT network (observational)\nChild: [[PERSON|name:Archie Bell]] [[AGE|other:6]]\nStudy ID [[ID|other:PRD-RCH-2291]]\nParent consent signed via REDCap [[DATE|date:05-Aug-2024]] from IP [[IP|ip:120.22.81.190]]",
    # US
    "CLINICAL TRIAL ENROLLMENT - NCT05512874\nSite 014 ([[LOCATION|geo:Emory University Hospital]])\nSubject ID: [[ID|other:014-0073]]\nPt [[PERSON|name:Tamika Greene]], DOB [[DATE|date:06/19/1979]]\nICF v4.0 signed; HIPAA auth signed. LAR: n/a.",
    "Participant payment form (ClinCard)\nStudy: IRB #2023-0418 (sleep & cognition)\nName: [[PERSON|name:Jorge Alvarado]]  SSN (for 1099): [[ID|ssn:611-24-9083]]\nClinCard # [[ID|account:4104 8820 0193 7751]]\nVisit 3 completed [[DATE|date:3/27/24]]: $75",
    "Speech biomarker sub-study - enrollment\nSubject [[ID|other:VOX-PD-0318]] ([[PERSON|name:Walter Henning]], [[AGE|other:71]], Parkinson's H&Y 2)\nVoice samples recorded (sustained /a/, reading passage). Voiceprint enrollment template [[ID|biometric:VT-9a41c7e2]] stored.\nVideo of finger-tapping: [[ID|photo:VOX0318_tap_v1.mp4]]",
    "Dermatology photo registry\nPt [[PERSON|name:Min-jun Park]] MRN [[ID|mrn:49920817]]\nBaseline total-body photography: files [[ID|photo:TBP_49920817_001.dng]] ... [[ID|photo:TBP_49920817_044.dng]]\nFace included (y) - consent for identifiable images signed.",
    # UK / IE
    "Research enrolment - NIHR portfolio study (CPMS 51209)\nSite: [[LOCATION|geo:Queen Elizabeth Hospital Birmingham]]\nParticipant ID [[ID|other:QEB-117]]\nPatient: [[PERSON|name:Jasbir Kaur Sandhu]], NHS [[ID|health_plan:652 119 0447]]\nConsent taken [[DATE|date:11/09/2023]]; PIS v2.3 given.",
    "Cohort study recall - invitation log\nParticipant: Mr [[PERSON|name:Stanley Rose]] ([[AGE|other:74]])\n[[ADDRESS|geo:The Old Rectory, Wells, Somerset BA5 2PA]]\nRetinal imaging at baseline: OCT + fundus (template [[ID|biometric:RET-44817-L]]); fingerprints not collected.\nPrefers contact by post. Do not ring after 6pm (carer [[PERSON|name:Hope]]).",
    "SHARE register - consent check\n[[PERSON|name:Fiona McLeod]], CHI [[ID|health_plan:0503721184]], [[ADDRESS|geo:EH10 4BF]]\nConsented to SHARE (leftover blood). Flagged for COPD trial via resp clinic list.",
    "Trial screening log - [[LOCATION|geo:University Hospital Galway]] CRF\n[[PERSON|name:Niamh Ní Fhlatharta]], [[AGE|other:55]], from [[LOCATION|geo:Spiddal]]\nBreast ca ER+/HER2-, stage II. Eligible. Consent discussion [[DATE|date:20/05/2024]]; pt taking PIL home.",
    # EU
    "Studieneinschluss - NAKO-Gesundheitsstudie, Studienzentrum [[LOCATION|geo:Greifswald]]\nProbanden-ID [[ID|other:NAKO-1147-22918]]\n[[PERSON|name:Jürgen Wendt]], geb. [[DATE|date:03.03.1957]]\nMRT Ganzkörper ja. Biomaterial: Serum, DNA.\nE-Mail [[EMAIL|email:j.wendt57@web.de]]",
    "Inclusie - trial NL84412.018.23 (METc AMC)\nStudienummer [[ID|other:AMS-042]]\ndeelnemer [[PERSON|name:Youssef El Amrani]], [[AGE|other:38]]\nIC getekend [[DATE|date:14-02-2024]]\nDigiD-inlog vragenlijst: gebruiker [[ID|other:yelamrani86]]\nBSN niet vastgelegd (niet nodig).",
    "Reclutamiento - ensayo EudraCT 2022-003318-41\nCentro: [[LOCATION|geo:Hospital Clínic de Barcelona]]\nCódigo participante [[ID|other:HCB-17]]\n[[PERSON|name:Montserrat Puig i Vidal]], [[AGE|other:67]], CIP [[ID|health_plan:PUVI1570608003]]\nCI firmado [[DATE|date:9 de abril de 2024]].",
]

OUTPATIENT_LETTERS: list[str] = [
    # AU
    "[[LOCATION|geo:Royal Melbourne Hospital]] - Neurology Outpatients\nFax [[PHONE|fax:03 9687 2203]]\n\nDear [[PERSON|name:Julia]],\nRe: [[PERSON|name:Ahmed Rashidi]], UR [[ID|mrn:2281177]]\nI reviewed [[PERSON|name:Ahmed]] today regarding his focal epilepsy. Seizure-free for 4 months on levetiracetam 1g BD. EEG unchanged. Under the Austroads standards he may resume a private licence after 12 months seizure-free.\nKind regards,\nNeurology Registrar",
    "Dear Mr [[PERSON|name:Fairweather]],\nYour appointment at the [[LOCATION|geo:Flinders Medical Centre]] Hepatology Clinic has been booked:\n  Tuesday [[DATE|date:3 September 2024]] at 9:15am, Outpatients Level 3, Clinic C\nBooking ref: [[ID|other:FMC-HEP-772019]]\nPlease bring your Medicare card and a list of medicines. Check in via [[URL|url:https://sahealth.sa.gov.au/checkin?ref=772019]]",
    "Dear Doctor [[PERSON|name:Mackie]] comma\nthank you for referring Mrs [[PERSON|name:Joy Pemberton]] who I saw in the rheumatology clinic at [[LOCATION|geo:Nambour General]]. Mrs [[PERSON|name:Pemberton]] is an [[AGE|other:80]] year old retired school teacher with polymyalgia rheumatica. Her ESR was 78 and CRP 41. She responded well to prednisolone 15 milligrams. new paragraph. I've asked her to reduce by 2.5 mg every 2 to 3 weeks. Her husband's contact number is [[PHONE|phone:oh four one nine, three three two, seven seven one]] should you need it. yours sincerely",
    "[[LOCATION|geo:Launceston General Hospital]] - Vascular Surgery\nRe: [[PERSON|name:Desmond Hobart]], [[AGE|other:69]]\nDx: R ICA stenosis 80% (symptomatic - amaurosis fugax [[DATE|date:12/1]]). CEA planned next available list.\nAntiplatelet: aspirin + clopidogrel (continue).",
    # US
    "[[LOCATION|geo:Cleveland Clinic]] - Department of Gastroenterology\n[[DATE|date:May 14, 2024]]\nRE: [[PERSON|name:Gregory Allen Fry]]  CCF# [[ID|mrn:88120447]]\n\nDear Dr. [[PERSON|name:Marsh]]:\nI saw Mr. [[PERSON|name:Fry]] in follow-up for Barrett's esophagus without dysplasia. EGD showed C2M4 Barrett's; biopsies negative for dysplasia. Continue PPI daily; surveillance in 3 years.",
    "To whom it may concern:\n[[PERSON|name:Jaylen Carter]] was seen in our sports medicine clinic on [[DATE|date:9/16/2024]] for a concussion sustained during a football game at [[LOCATION|geo:Westlake High School]]. He may return to class with accommodations (rest breaks, no screens >20 min) and must not return to contact play until cleared.\n[[LOCATION|geo:Dell Children's Medical Center]] Sports Medicine",
    "Genetic counseling summary letter\nDear Ms. [[PERSON|name:Goldberg]],\nThank you for meeting with us. Your test (accession [[ID|mrn:RQ4471208]]) identified a pathogenic variant in BRCA2 (c.5946delT). Your sister [[PERSON|name:Rachel]] may wish to be tested - family letter enclosed.\nYou can reach me at [[EMAIL|email:kimk2@mskcc.org]].",
    # UK / IE
    "[[LOCATION|geo:Manchester Royal Eye Hospital]]\nClinic date: [[DATE|date:03/06/2024]]   Hosp No: [[ID|mrn:M4471290]]\nDear Dr [[PERSON|name:Ahmed]],\nRe: [[PERSON|name:Brian Moss]]\nDiagnosis: bilateral wet AMD. VA R 6/18, L 6/36. Intravitreal aflibercept started R eye.\nDVLA: he does not meet the visual standard and has been advised to surrender his licence.",
    "Dear Mrs [[PERSON|name:Young]],\nIt was lovely to meet you and your son [[PERSON|name:Will]] at the memory clinic on [[DATE|date:17th July]]. As we discussed, your scans and memory tests suggest mild Alzheimer's disease. We have started donepezil 5mg at night. Your next appointment is on [[DATE|date:16th October]] at 2pm.\nYours sincerely",
    "CONFIDENTIAL - Oncology clinic letter\n[[LOCATION|geo:The Christie]]\nPt: [[PERSON|name:Lesley Barrow-Hughes]] [[AGE|other:57]]F\nDx: R breast IDC grade 3, ER-/PR-/HER2+ pT2 pN1 (4/12 nodes).\nPlan: adjuvant trastuzumab/pertuzumab q3w, 14 cycles total; echo q12w. Port-a-cath SN [[DEVICE|device:PAC-9951023]] in situ.",
    "Outpatient letter - Diabetes Service\n[[DATE|date:28/11/2023]]\nRe: [[PERSON|name:Jamie Nolan]], MRN [[ID|mrn:T0993204]]\nHbA1c 71 mmol/mol. Libre 2 sensor uploaded; TIR 48%. Discussed pump - keen. Review 4/12.\nDr [[PERSON|name:Aisling Breen]], SpR Endocrinology",
    "Fracture Clinic\n[[PERSON|name:Conor McAllister]] DOB [[DATE|date:19/3/1987]]\nL scaphoid waist fracture, undisplaced, CT-confirmed. Cast 6/52. Off work (scaffolder) - fit note issued.\nNext: fracture clinic with XR.",
    # EU
    "Arztbrief - [[LOCATION|geo:Universitätsklinikum Freiburg]], Klinik für Dermatologie\nSehr geehrter Herr Kollege,\nwir berichten über Ihre Patientin Frau [[PERSON|name:Sabine Roth]], die sich in unserer Ambulanz vorstellte.\nDiagnose: Psoriasis vulgaris, PASI 14.\nTherapie: Beginn Secukinumab 300 mg.\nFotodokumentation: [[ID|photo:DERM_FR_24_05_21_Roth_03.jpg]]",
    "Compte rendu de consultation - néphrologie pédiatrique\nEnfant : [[PERSON|name:Inès Belkacem]], [[AGE|other:11]] ans\nSyndrome néphrotique corticosensible, rechute [[DATE|date:mars 2024]]. Protéinurie 0,2 g/g.\nProchain RDV : [[DATE|date:12 novembre]].",
    "Referto ambulatoriale - Cardiologia, [[LOCATION|geo:Policlinico Gemelli]]\nPaziente: [[PERSON|name:Franco Esposito]], [[AGE|date:90]] anni\nVisita: stenosi aortica severa (AVA 0,7 cm2, Vmax 4,6 m/s). Candidato a TAVI - discusso in Heart Team.\nDott.ssa [[PERSON|name:Giulia Marchetti]]",
]

STYLES = [
    ("progress-note", PROGRESS_NOTES),
    ("discharge-summary", DISCHARGE_SUMMARIES),
    ("gp-referral", GP_REFERRALS),
    ("nursing-shorthand", NURSING_SHORTHAND),
    ("pharmacy", PHARMACY),
    ("telehealth", TELEHEALTH),
    ("billing", BILLING),
    ("device-telemetry", DEVICE_TELEMETRY),
    ("research-enrolment", RESEARCH_ENROLMENT),
    ("outpatient-letter", OUTPATIENT_LETTERS),
]


def main() -> None:
    print(f"probe21: {write_styled(OUT, STYLES)} docs")


if __name__ == "__main__":
    main()
