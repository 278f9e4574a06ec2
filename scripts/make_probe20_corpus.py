"""Write the 20th hand-annotated redaction probe, a ten-style mix of clinical and exported text.

Why: the engine's quality is measured on notes written by people who have never read it. This
probe adds 100 fresh notes in ten styles, so that a score is not tuned to the wording of the
earlier probes. It leans on realistic traps: names that are ordinary words (Hope, Rose, Mark
Young, June, Heath, Stern), surnames with particles or hyphens (von der Heyde, de la Torre,
van 't Hek, Ni Bhriain), towns that are words (Orange, Bath, Hope, Normal, Street, Paradise,
Bright), identifiers with odd separators or glued to a word (UR904412, MRN#M7730418), HL7,
CSV, JSON and log exports, and look-alikes left unmarked (doses, lab values and ranges, bed and
room numbers, times, MBS/CPT/GOA/CCAM items, LOINC codes, PBS codes, BSB and BIN numbers,
device model names, lot numbers, internal extensions).

What: 100 notes, 10 in each style: progress-note, discharge-summary, gp-referral,
nursing-shorthand, pharmacy, telehealth, billing, device-telemetry, research-enrolment and
data-export (CSV, HL7 v2, JSON, key=value logs, email, SMS). Locales: 30 US, 30 Australia,
20 UK/Ireland and 20 continental Europe (Germany, France, Netherlands, Spain, Italy, Denmark,
Sweden, Norway), written in English with local identifiers, dates and addresses. Every one of
the 18 Safe Harbor categories appears at least four times. Each identifier is an inline marker
[[LABEL|category:text]]; titles stay outside name spans, a full address is one ADDRESS span, a
town or named facility alone is LOCATION, a postcode alone is ADDRESS, ages 90+ are AGE|date,
and in a timestamp only the date part is marked. All people and numbers are invented.

How to run:
    cd /work/main && .venv/bin/python scripts/make_probe20_corpus.py
writes corpus/redaction/probe20.jsonl.
"""

from __future__ import annotations

from pathlib import Path

from make_safe_harbor_suite import write_styled

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "corpus" / "redaction" / "probe20.jsonl"

PROGRESS_NOTE: list[str] = [
    # US
    "PROGRESS NOTE - Hospitalist service\nDate of service: [[DATE|date:03/14/2024]]  Pt: [[PERSON|name:Hope Castillo]]  MRN: [[ID|mrn:00418832]]  Rm 412-B\n[[AGE|other:67]]F w/ CHF exacerbation, HD#3. Diuresed 2.1 L overnight on furosemide 40 mg IV bid. K 3.4 -> replaced 40 mEq KCl. Cr 1.32 (baseline 1.1).\nDaughter [[PERSON|name:Faith Castillo-Reyes]] called, best # [[PHONE|phone:417-555-0193]] - wants update after 1700.\nPlan: cont diuresis, repeat BMP 0600, PT eval. d/w attending.",
    # AU
    "Ward 6 West progress note [[DATE|date:12.02.24]] 0730\nS: [[PERSON|name:Mark Young]] ([[AGE|other:81]]) slept poorly, c/o pain L hip 6/10.\nO: T 37.9 HR 102 BP 108/64 RR 20 SpO2 93% 2L NP. Hb 94, WCC 13.2, CRP 88.\nA: ?HAP vs UTI post #NOF (ORIF day 3).\nP: cultures, CXR, start amoxicillin 1 g tds. Notify reg if MEWS >=4.\nWife [[PERSON|name:Rose]] visiting from [[LOCATION|geo:Orange]], mobile [[PHONE|phone:0412 883 190]].\n- RN",
    # UK
    "Ward round - Cardiology, [[LOCATION|geo:Royal Bournemouth Hospital]]\nTues [[DATE|date:5th March 2024]]\nPt: Mr [[PERSON|name:Bartholomew Amos-Lee]], NHS no. [[ID|health_plan:485 777 3456]]\nNSTEMI. Trop 45 -> 212 -> 190 ng/L. Seen by SpR.\nLives alone in [[LOCATION|geo:Bath]]; neighbour [[PERSON|name:Sandy Fairweather]] has key.\nPlan: angio list Thurs, bisoprolol 2.5 mg od, ticagrelor 90 mg bd.",
    # DE
    "Progress note (translated) - [[LOCATION|geo:Charité Campus Virchow-Klinikum]], Station 14i\n[[DATE|date:07.11.2023]]\nHerr [[PERSON|name:Klaus von der Heyde]], geb. [[DATE|date:22.04.1951]], Fall-Nr. [[ID|mrn:4410 2287 91]]\nDay 4 post CABG x3. Extubated, Lac 1.8 mmol/l, Kreatinin 1,4 mg/dl. Drain output 120 ml/12h.\nWife Frau [[PERSON|name:Ingrid von der Heyde]] reachable on [[PHONE|phone:+49 30 8851 2207]].\nNeurology consult requested.",
    # US
    "ICU progress note\n[[DATE|date:2023-08-19]]T06:40\nname: [[PERSON|name:Summer Blackwood]] | MRN#[[ID|mrn:M7730418]]\nHD 2, septic shock from pyelo. Norepi 0.08 mcg/kg/min, lactate 2.9 -> 1.7. UOP 45 mL/h. Cx: E. coli pan-S.\nLine: R IJ CVC day 2.\nHusband [[PERSON|name:Dale]] at bedside; they live in [[LOCATION|geo:Paradise]], NV. Social work re: disability form, SSN on file [[ID|ssn:529-41-7738]].\nAttending: [[PERSON|name:R. Van Buren]] MD",
    # AU
    "PROGRESS NOTES - [[LOCATION|geo:Lismore Base Hospital]] - Medical Ward B\n[[DATE|date:03/06/2024]] 1415 Intern\nPt [[PERSON|name:Grace O'Shaughnessy]] MRN [[ID|mrn:LBH 661 204]], Medicare [[ID|health_plan:2953 61884 1]]/2\nAdmitted w/ cellulitis R leg. Improving, erythema receding from marked line. Cefazolin 2g q8h D3 -> switch to cefalexin 500mg qid.\nLives [[ADDRESS|geo:14 Bent St, Nimbin NSW 2480]]. GP to f/u.\nD/c planned Wed if afebrile 24h.",
    # IE
    "Clinical note, [[LOCATION|geo:St James's Hospital]]\n[[DATE|date:18/01/2024]]\nMs [[PERSON|name:Aoife Ní Bhriain]], [[AGE|other:33]], PPSN [[ID|ssn:7654321TA]]\nG2P1 at 31/40, admitted w/ reduced FM. CTG reactive. Hb 10.9. BP 132/84, urine PCR 28.\nPartner [[PERSON|name:Cian Walsh]] - [[PHONE|phone:087 224 9913]].\nPlan: growth scan, review by reg in am.",
    # NL
    "Voortgangsverslag / progress - [[LOCATION|geo:Erasmus MC]]\n[[DATE|date:2 februari 2024]]\nPt [[PERSON|name:Joost de Wit]], BSN [[ID|ssn:1234.56.782]]\nPost-op day 1 lap chole. Pain 3/10 on paracetamol 1 g 4dd. Bili 18 umol/L, ALAT 54.\nAddress: [[ADDRESS|geo:Kruisstraat 12-B, 3012 CT Rotterdam]]. Contact sister [[PHONE|phone:06-18 44 72 09]].\nAttending chirurg [[PERSON|name:Van den Berg]].",
    # US
    "progress note peds\n[[DATE|date:Jan 9, 2024]]\n[[AGE|other:4]]yo M [[PERSON|name:Brooks Wheeler]] (goes by [[PERSON|name:Bo]]) w/ bronchiolitis, RSV+. HFNC 8L FiO2 30%. Feeds via NG 60 mL q3h.\nMom [[PERSON|name:Crystal Wheeler]] [[PHONE|phone:(208) 555 0147]], dad works nights.\nMedicaid ID [[ID|health_plan:ID4418830299]].\nDischarge target when off O2 >12h.",
    # AU
    'PN [[DATE|date:28-Oct-2023]] physio\n[[PERSON|name:Wally Dunn]] UR[[ID|mrn:904412]] bed 22 - mobilised 40 m with 4WW, SOB ++ at 20 m, SpO2 dropped 96->89% RA. HR 118.\nPt says "I walk the dog to [[LOCATION|geo:Bald Hills]] every morning at home" - goal.\nDVA Gold Card [[ID|health_plan:QX 901234]]. NOK son aware.\nWill see again pm. PT',
]

DISCHARGE_SUMMARY: list[str] = [
    # US
    "DISCHARGE SUMMARY\nPatient: [[PERSON|name:Marcus DeLaurentis]]  DOB: [[DATE|date:06/30/1958]]  MRN: [[ID|mrn:10-442-981]]\nLOS 5 days  Discharge: [[DATE|date:02/16/2024]]\nFacility: [[LOCATION|geo:Baptist Memorial Hospital]]\nDx: Community-acquired pneumonia (J18.9); T2DM\nCourse: ceftriaxone 1 g daily + azithro 500 mg x5d. A1c 8.4%. Glucose 140-210.\nDisposition: home with wife.\nAddress: [[ADDRESS|geo:2207 Poplar Ave Apt 3C, Memphis, TN 38104]]\nF/u PCP 1 wk.",
    # AU
    "DISCHARGE SUMMARY - [[LOCATION|geo:Royal Prince Alfred Hospital]]\nName: [[PERSON|name:FOX, Sterling]]  DOB [[DATE|date:14/09/1947]]\nLOS 8 days, discharged [[DATE|date:09/04/2024]] to [[LOCATION|geo:Bupa Ashfield]] (RACF)\nPrincipal dx: delirium 2° UTI; background Alzheimer's dementia, AF on apixaban 2.5 mg BD.\nGP: [[LOCATION|geo:Summer Hill Medical Centre]], fax [[PHONE|fax:(02) 9798 4410]]\nMBS item 23 for GP f/u. Na 131, eGFR 42.",
    # UK
    "DISCHARGE LETTER\n[[LOCATION|geo:Leeds General Infirmary]] - Ward L14\nPatient: Mrs [[PERSON|name:Dawn Ashworth]]  DOB [[DATE|date:02.12.1939]]  NHS No [[ID|health_plan:9434765919]]\nAddress: [[ADDRESS|geo:Flat 4, 18 Chapel Lane, Headingley, Leeds LS6 3BW]]\nDate of discharge: [[DATE|date:2 March 2024]]\nDiagnosis: fractured neck of femur, hemiarthroplasty. Post-op Hb 88, transfused 1 unit.\nMeds on TTO: alendronic acid 70 mg weekly, Adcal-D3 1 tab bd, enoxaparin 40 mg od x 28 days.\nGP: [[LOCATION|geo:Ash Tree Surgery]].",
    # ES
    "Discharge report (informe de alta) - [[LOCATION|geo:Hospital Universitario La Paz]]\nPatient: Sra. [[PERSON|name:María del Carmen Ruiz de la Torre]]\nDNI [[ID|ssn:48213377-K]]\nIngreso [[DATE|date:12/03/2024]] - Alta [[DATE|date:19/03/2024]]\n[[AGE|other:66]] years, ischaemic stroke L MCA, tPA given. NIHSS 9 -> 3.\nDomicilio: [[ADDRESS|geo:C/ de Alcalá 215, 3º Izq, 28028 Madrid]]\nFollow-up neurology clinic 3/12.",
    # US
    "DISCHARGE SUMMARY (OB)\nPt: [[PERSON|name:April Mayweather]]  [[AGE|other:29]] y.o. G1P1\nMRN [[ID|mrn:A00917735]]\nDelivered [[DATE|date:April 2, 2024]] 03:12 SVD, baby girl 3.41 kg, Apgars 8/9.\nEBL 450 mL. Hgb 11.2 -> 9.8. Rh neg, RhoGAM given PPD1.\nInsurance: BCBS member ID [[ID|health_plan:XKD882910447]]\nDischarge to [[ADDRESS|geo:81 Willow Creek Rd, Hope, AR 71801]]\nOB: Dr [[PERSON|name:Sam Christian]]",
    # AU
    "Discharge Summary\nHospital: [[LOCATION|geo:Flinders Medical Centre]]   Unit: Gen Med\nPatient: [[PERSON|name:Jarrah Nguyen-Whitfield]]   UR: [[ID|mrn:F1102288]]\nMedicare No.: [[ID|health_plan:4417 22390 2 1]]   DVA: nil\nDischarge: [[DATE|date:22 Jan 2024]]\nDKA, new dx T1DM. pH 7.08, ketones 6.1 -> <0.6. Commenced Lantus 18 units nocte + NovoRapid per scale.\nDiabetes educator to phone daily x1 wk.\nMother [[PERSON|name:Linh Nguyen]] at [[ADDRESS|geo:3/27 Marion Rd, Mitchell Park SA 5043]].",
    # UK (Scotland)
    "DISCHARGE - [[LOCATION|geo:Ninewells Hospital]]\nName: [[PERSON|name:Hamish McCallum-Reid]]  CHI: [[ID|health_plan:1207554491]]\nD/C [[DATE|date:11/1/24]]\nCOPD exacerbation, NIV x 48h. pCO2 8.9 -> 6.1 kPa. Pred 30 mg od 5/7.\nHome O2 ordered. Home: [[ADDRESS|geo:22 Strathmore Ave, Forfar DD8 2LP]]\nDaughter [[PERSON|name:Morag]] tel [[PHONE|phone:07700 900 461]]\nConsultant: resp team",
    # IT
    "Lettera di dimissione / Discharge letter - [[LOCATION|geo:Ospedale San Raffaele]]\nPaziente: [[PERSON|name:Giovanni Dell'Acqua]], nato il [[DATE|date:3 maggio 1944]]\nCodice fiscale [[ID|ssn:DLLGNN44E03F205X]]\nDimissione [[DATE|date:14/02/2024]]\nTAVI for severe AS. Peak gradient 78 -> 12 mmHg. INR 2.3 (warfarin held).\nResidenza: [[ADDRESS|geo:Via Padova 118, 20132 Milano MI]]\nMedico curante Dott.ssa [[PERSON|name:Lucia Ferrante]], tel. [[PHONE|phone:02 2643 7781]]",
    # US
    "D/C SUMMARY - behavioral health\n[[PERSON|name:Tyler Banks]] | MRN [[ID|mrn:BH-22871]]\nAdmitted [[DATE|date:12/24/2023]] ([[DATE|date:Christmas Eve]]) - LOS 9 days\nSI w/ plan; sertraline titrated 50 -> 100 mg. PHQ-9 22 -> 11.\nSafety plan: call 988, or mom [[PERSON|name:Tammy Banks]] [[PHONE|phone:214.555.0176]].\nOutpt therapist (LCSW) at [[LOCATION|geo:Timberlawn Clinic]].\nTexas DL [[ID|license:41827735]] on file for pharmacy pickup.",
    # AU
    "DISCHARGE SUMMARY  [[LOCATION|geo:Alice Springs Hospital]]\nPt: [[PERSON|name:Desmond Liddle]]  HRN [[ID|mrn:ASH 551902]]\nCommunity: [[LOCATION|geo:Hermannsburg]]. Interpreter (Western Arrarnta) ID [[ID|other:INT-4471]].\nLOS 7/7. Rheumatic heart disease, bicillin 1.2 MU q28d overdue. Echo: mod MR.\nClinic: [[LOCATION|geo:Ntaria Health Centre]]\nEmergency contact: sister, via clinic.",
]

GP_REFERRAL: list[str] = [
    # AU
    "Dear Dr [[PERSON|name:Penny Lane]],\nRe: [[PERSON|name:Oliver Stone]], DOB [[DATE|date:05/11/1962]], [[ADDRESS|geo:9 Banksia Cres, Bright VIC 3741]]\nThank you for seeing him with 3 months of exertional chest tightness. ECG: TWI V4-6. Chol 6.8, LDL 4.5. BP 152/94.\nCurrent: perindopril 5 mg, atorvastatin 40 mg (started 2/12 ago).\nKind regards,\nDr [[PERSON|name:Ross Hatch]]\n[[LOCATION|geo:Bright Medical Centre]] Provider No. [[ID|license:2451873K]]\nFax [[PHONE|fax:03 5755 1199]]",
    # UK
    "REFERRAL - 2WW suspected lower GI cancer\nTo: Colorectal team, [[LOCATION|geo:Derriford Hospital]]\nFrom: Dr [[PERSON|name:Alasdair Gray]], [[LOCATION|geo:Mount Gould Surgery]]\nPatient: [[PERSON|name:Ivy Marsh]] ([[AGE|date:91]]), NHS [[ID|health_plan:401 023 2137]]\n(hard of hearing - pls write)\nFIT 212 ug/g, Hb 96, ferritin 8. Wt loss 4 kg over 2/12.\nNB daughter [[PERSON|name:Holly]] holds LPA: [[EMAIL|email:holly.marsh64@btinternet.com]]",
    # US
    "Referral to Dermatology\nRe: [[PERSON|name:Clay Mercer]], MRN [[ID|mrn:556-02-19]]\nPlease eval 8 mm irregular pigmented lesion L scapula, changed over 6 mo. Photos uploaded to chart as [[ID|photo:IMG_20240518_mercer_back.jpg]].\nFHx melanoma (father). Fitzpatrick II. Outdoor worker (roofing).\nIns: Aetna\nReferring: [[PERSON|name:Nadine Oyelaran]], PA-C, [[LOCATION|geo:Eagle Valley Family Practice]]\nFax back to [[PHONE|fax:970-555-0138]]",
    # DE
    "Überweisung / referral to rheumatology\nPatient: Frau [[PERSON|name:Heike Schwarz-Lindner]], geb. [[DATE|date:30.01.1977]]\n[[ADDRESS|geo:Lindenallee 7, 50968 Köln]]\nSymmetrische Polyarthritis MCP/PIP bds. seit 4 Monaten. CRP 24 mg/l, RF pos, anti-CCP 310 U/ml. Prednisolon 10 mg seit dem [[DATE|date:12.03.24]].\nBitte um Termin. Mit kollegialen Grüßen\nDr. med. [[PERSON|name:Tobias Engel]], [[LOCATION|geo:Praxis am Rheinufer]]\nFax [[PHONE|fax:0221 934 28 19]]",
    # AU
    "Referral - Endocrinology, [[LOCATION|geo:Townsville University Hospital]]\nDear Endocrine Registrar,\nI'd appreciate review of [[PERSON|name:Tahlia Brown]] ([[AGE|other:24]]F), [[ADDRESS|geo:Unit 2, 41 Mango Ave, Kirwan QLD 4817]], mob [[PHONE|phone:0438-552-017]].\nTSH <0.01, fT4 38.2, fT3 11.5. HR 112. Wt loss 6kg. Carbimazole 15 mg bd commenced.\nYours, Dr [[PERSON|name:Fern Castellano]]",
    # IE
    "GP referral letter\n[[LOCATION|geo:Ballina Family Practice]], [[LOCATION|geo:Co. Mayo]]\nTo: ENT Dept, [[LOCATION|geo:University Hospital Galway]]\nRe: [[PERSON|name:Seán Ó Móráin]]\nEircode [[ADDRESS|geo:F26 X2P8]]\nRecurrent tonsillitis x7 this yr, OSA symptoms. Tonsils grade 3. Ferritin 44.\nPPSN [[ID|ssn:8812345WA]].\nDr [[PERSON|name:Niamh Daly]]",
    # US
    "REFERRAL FORM\nReferring provider: [[PERSON|name:Wendell Ambrose]], DO  NPI [[ID|license:1982736450]]\nPatient: [[PERSON|name:Joy Kettleman]]  DOB [[DATE|date:02/29/1952]]\nAddress: [[ADDRESS|geo:1140 N Main St, Normal, IL 61761]]\nMedicare MBI [[ID|health_plan:1EG4-TE5-MK73]]\nReason: palpitations, Holter showed 14% PVC burden. Echo EF 45%. Mg 1.6, K 3.7.\nReferred to: [[LOCATION|geo:OSF St. Joseph Medical Center]]",
    # FR
    "Lettre d'adressage - referral to hepatology\n[[LOCATION|geo:Hôpital Beaujon]]\nCher confrère,\nJe vous adresse Mme [[PERSON|name:Élodie Lefèvre-Martin]], née en 1969, n° sécu [[ID|ssn:2 69 10 75 114 087 42]]\nAlcohol-related cirrhosis Child B, MELD 16. Albumin 29 g/L, INR 1.6, bili 48 µmol/L. Ascites on spironolactone 100 mg.\nAdresse: [[ADDRESS|geo:14 rue des Lilas, 92110 Clichy]]\nConfraternellement, Dr [[PERSON|name:Pascal Rousseau]]",
    # AU
    "eReferral - [[LOCATION|geo:Orange Health Service]] Orthopaedics\nFrom: [[LOCATION|geo:Molong Medical Practice]], Dr [[PERSON|name:Miles Power]]\nPatient: [[PERSON|name:Daisy Kemp]] | DOB [[DATE|date:19.07.1950]]\nR knee OA, KL grade 4, failed conservative mx. BMI 31. HbA1c 6.4. Lives on farm out of [[LOCATION|geo:Cumnock]], drives ute rego [[VEHICLE|vehicle:CXK 82T]] - can't drive post-op, needs transport.\nPh [[PHONE|phone:0268 664 201]]",
    # NL
    "Verwijsbrief / referral\nAan: afdeling Longziekten, [[LOCATION|geo:UMC Utrecht]]\nVan: huisarts [[PERSON|name:M. de Jong]], [[LOCATION|geo:Huisartsenpraktijk Zeist-West]]\nPatiënt: dhr. [[PERSON|name:Pieter van 't Hek]], BSN [[ID|ssn:111222333]]\nPersistent cough 10 wk, ex-smoker 40 pk-yr. CXR: 2.3 cm RUL nodule. Hb 8.1 mmol/L.\nEmail [[EMAIL|email:p.vanthek@ziggo.nl]]\n[[ADDRESS|geo:Slotlaan 221, 3701 GE Zeist]]",
]

NURSING_SHORTHAND: list[str] = [
    # AU
    "0200 pt [[PERSON|name:Stormy]] ([[PERSON|name:S. Kilpatrick]]) agitated, pulled PIVC, ?delirium. obs: hr 110 bp 150/90 t 37.4 bsl 11.2. PRN haloperidol 0.5mg given per chart. bed 7 -> moved to bed 3 nearer station. husb [[PERSON|name:Gary]] rang 0215 on [[PHONE|phone:0407118 332]] - informed. UR [[ID|mrn:77 41 903]]. for r/v by dr [[PERSON|name:chen]] am.\n-- [[PERSON|name:kez]] EN",
    # US
    "RN note 1930: rec'd pt from ED. [[PERSON|name:Jewel Parrish]] [[AGE|other:88]]F, fall at [[LOCATION|geo:Sunrise of Bellevue]] (ALF). A&Ox2. skin tear L forearm 3x2cm, steri-stripped. BG 212 -> 4u lispro per SS. foley 16Fr. 2g Na diet. fam: niece [[PERSON|name:Carol-Ann Mills]] [[PHONE|phone:425-555-0166]] POA. bracelet chk'd MRN [[ID|mrn:00839117]], allergy PCN.",
    # UK
    "nursing eval 14:00 - Mr [[PERSON|name:Rowan Birch]], bay 3 bed 2. NEWS2 = 5 (RR 24, SpO2 93% on air, HR 96). SR. c/o SOB. Dr [[PERSON|name:Oduya]] bleeped x2227 @1405 - attending. Paracetamol 1g given 1410. ?CAP. Hosp no [[ID|mrn:K 450 3318]]. wife [[PERSON|name:Heather]] on her way from [[LOCATION|geo:Street]] ([[LOCATION|geo:Somerset]]), mob [[PHONE|phone:07911 123 456]].",
    # DE
    "Pflegebericht / nursing - Nachtdienst [[DATE|date:15.02.2024]]\nFrau [[PERSON|name:Gisela Sommer]], Zi. 214/2, unruhig ab 23 Uhr, BZ 68 mg/dl -> 2 BE Traubenzucker, BZ 0030: 124. RR 165/90. Dekubitus Grad 2 sakral, Foto in Doku [[ID|photo:DSC04417.JPG]]. Tochter [[PERSON|name:Sabine]] angerufen [[PHONE|phone:0171 4429087]]. Pat.-Nr. [[ID|mrn:00339812]]. - Schw. [[PERSON|name:Marta]]",
    # AU
    "NOC: [[PERSON|name:Pearl Winter]] [[AGE|date:93]]yo settled. turns 2/24 done, pressure areas intact. FBC +620ml. pain 2/10. BP 112/64. weight 48.2kg. obs due 0600. resident of [[LOCATION|geo:Blue Care Wynnum]] - transfers back tmrw. son [[PERSON|name:Lance]] [[PHONE|phone:+61 412 090 447]]. MRN[[ID|mrn:QH0081764]]. ACP on file dated [[DATE|date:3/11/22]].",
    # US
    "pt [[PERSON|name:Ernesto Ybarra]], [[AGE|other:70]]M POD2 R TKA, ambulating in hall w/ walker, steady. pain 4/10 -> oxycodone 5 mg PO 1120. I&O 1200/650. Incision c/d/i, 22 staples. hgb 10.1. enoxaparin 40mg sq daily. Wife [[PERSON|name:Dolores Ybarra]] asking re parking validation - van CA plate [[VEHICLE|vehicle:7KDJ442]]. Her cell [[PHONE|phone:916-555-0139]]. MRN [[ID|mrn:2048-8813]].",
    # IE
    "nn 0600 - [[PERSON|name:Bernadette]] ('[[PERSON|name:Bernie]]') [[PERSON|name:Kehoe]], rm 9. vomited x1 0330, ondansetron 4mg iv. BM 7.8. catheter draining ~40ml/hr. bp 98/60 -> 500ml NaCl bolus, recheck 112/70. husband [[PERSON|name:Paddy]] phoned from [[LOCATION|geo:Nenagh]] 0500, asked to call back [[PHONE|phone:086-1234 567]]. MRN [[ID|mrn:H00921487]]. handed over to D/S.",
    # FR
    "Transmissions IDE [[DATE|date:09/01/2024]] matin - M. [[PERSON|name:Lucien Blanc]], ch. 12 lit 1. T° 38,4, TA 10/6, FC 104. Hémocultures x2 faites 07h10. Pansement escarre talon G refait. IPP [[ID|mrn:800 551 203]]. Fille [[PERSON|name:Claire]] prévenue au [[PHONE|phone:07 81 22 90 14]]. Sortie prévue vers EHPAD [[LOCATION|geo:Les Jardins de Saint-Cloud]].",
    # US
    'Flowsheet comment: [[DATE|date:11/3]] 2200 - pt [[PERSON|name:Brandy Lamb]] refusing vitals, states "my name is not [[PERSON|name:Brandy]] it\'s [[PERSON|name:Bee]]" - ok noted pref name. Wound vac -125 mmHg, canister 80 mL serosang. KVO 10 mL/h. Sitter in rm 5118. Guardian [[PERSON|name:Harold Lamb]] [[PHONE|phone:(501)5550124]]. acct [[ID|account:V00044812736]].',
    # AU
    "ED triage 0315 ATS 3 - [[PERSON|name:Banjo Cripps]] [[AGE|other:37]]M brought in by QAS from [[LOCATION|geo:Nambour]], MBA, driver, rego [[VEHICLE|vehicle:512 HJQ]]. GCS 15, c/o neck pain, C-spine collar insitu. BAL 0.09. HR 88 BP 131/80. Police present (Sgt [[PERSON|name:Wren]]). pt's phone [[PHONE|phone:0499 120 773]]. Medicare card not sighted. URN [[ID|mrn:1189023]].",
]

PHARMACY: list[str] = [
    # AU
    "DISPENSING RECORD - [[LOCATION|geo:Terry White Chemmart Toowong]]\nPatient: [[PERSON|name:Ivan Petrović]]  Medicare [[ID|health_plan:2398 11742 3]]\nItem: Apixaban 5 mg tab #60, 1 BD. PBS 10157Q. Repeats 5.\nPrescriber: Dr [[PERSON|name:Sunita Bhatt]] Prescriber No. [[ID|license:2197654]]\nAddress: [[ADDRESS|geo:17 Church St, Toowong QLD 4066]]\nNotes: counselled re bleeding; pt hard of hearing, son [[PERSON|name:Marko]] [[PHONE|phone:0421 556 098]] collects.",
    # US
    "Pharmacy intervention note [[DATE|date:06/12/2024]]\nPt [[PERSON|name:Harmony Gutierrez]] MRN [[ID|mrn:30028841]] rm 6N-12\nVancomycin trough 24.3 mcg/mL (goal 15-20) -> dose reduced 1250 mg q12h to 1000 mg q12h. SCr 1.4 (from 0.9). Recheck trough before 4th dose.\nCalled prescriber [[PERSON|name:Kevin Oduya-Hart]], MD (NPI [[ID|license:1326049877]]), agrees.\nInsurance: Medicaid [[ID|health_plan:88213004X]], BIN 004336 PCN MEDDADV\n- [[PERSON|name:L. Nakamura]], PharmD",
    # UK
    "FP10 / prescription query - [[LOCATION|geo:Boots Ashby-de-la-Zouch]]\nPatient: [[PERSON|name:Constance Pryor-Welles]], [[ADDRESS|geo:3 The Green, Ashby-de-la-Zouch LE65 2FP]]\nNHS [[ID|health_plan:943 476 5870]]\nRx: Morphine sulfate MR 30 mg bd - quantity written as '60 (sixty)' ok, CD reg entry #412.\nPrescriber: Dr [[PERSON|name:Gareth Hope]], GMC [[ID|license:7012345]]. Phoned surgery; faxed query to [[PHONE|fax:01530 414 799]].\nCollected by carer, ID seen.",
    # DE
    "Apotheke - BtM-Rezept Prüfung\n[[LOCATION|geo:Löwen-Apotheke Freiburg]]\nPat.: [[PERSON|name:Friedrich Vogel]], [[ADDRESS|geo:Schwarzwaldstr. 88, 79117 Freiburg im Breisgau]]\nKV-Nr. [[ID|health_plan:F442109838]]\nFentanyl TTS 25 µg/h, N1 5 St.; BtM-Nr. Arzt [[ID|license:3456789]]\nArzt: Dr. [[PERSON|name:Anja Kühn]], Tel. [[PHONE|phone:0761 / 4 55 66 12]]",
    # AU
    "MEDICATION RECONCILIATION - pharmacist\nPt [[PERSON|name:Violet Heath]] ([[AGE|other:79]]) UR [[ID|mrn:M334 9021]]\nSources: pt, [[LOCATION|geo:Priceline Pharmacy Broadbeach]] dispensing hx, GP letter.\nDiscrepancies:\n• metformin 1 g BD on GP list, pt takes 500 mg BD since [[DATE|date:Nov 2023]]\n• warfarin 3 mg - INR 3.6 today, hold tonight\n• Webster-pak from pharmacy; DAA acct [[ID|account:WP-00781]]\nIHI [[ID|health_plan:8003 6011 2255 9034]]",
    # US
    "CVS/pharmacy #4471\n[[PERSON|name:DUKE, RANDALL]]  DOB [[DATE|date:01/30/61]]\n[[ADDRESS|geo:4408 Ridgeview Dr, Lake Forest, CA 92630]]\nLISINOPRIL 20 MG TAB  #90  NDC 68180-0517-09\nTAKE 1 TAB BY MOUTH DAILY\nDr. [[PERSON|name:Helen Marquez]]  DEA [[ID|license:FM2234517]]\nRefills: 2\nQuestions? [[PHONE|phone:949-555-0181]]",
    # SE
    "Apoteket - e-recept query\n[[DATE|date:2024-02-14]]\nPatient: [[PERSON|name:Björn Lindqvist]], personnummer [[ID|ssn:19510322-4417]]\nLäkemedel: Waran 2,5 mg - PK(INR) 2,8, dos enl. schema. Also Alvedon 500 mg.\nFörskrivare: [[PERSON|name:Karin Ekström]], förskrivarkod [[ID|license:1234567]]\nKontakt: [[PHONE|phone:070-123 45 67]]\nLevereras till: [[ADDRESS|geo:Storgatan 14 B, 931 30 Skellefteå]]",
    # AU
    "S8 register entry - [[LOCATION|geo:Mount Isa Base Hospital]] pharmacy\n[[DATE|date:02/02/24]] 1620 Oxycodone IR 5mg x10 issued to Ward 3. Balance 184.\nFor: [[PERSON|name:Clancy Moon]] UR [[ID|mrn:MI 40 22 817]]\nWitness: [[PERSON|name:R. Dhillon]] RN, Pharm\nQScript check: pt has scripts from 3 prescribers in 30 days incl Dr [[PERSON|name:Ahmed]] (prescriber [[ID|license:4512098]]) - flag raised.",
    # IE
    "Hospital pharmacy - [[LOCATION|geo:Cork University Hospital]]\nMedication history\nPt: [[PERSON|name:Oisín Hegarty]]  DPS no. [[ID|health_plan:77120]]\nCommunity pharmacy: [[LOCATION|geo:Hickey's Pharmacy]], [[LOCATION|geo:Carrigaline]]\nLevothyroxine 100 mcg od; TSH 0.3. Lithium 400 mg nocte - level 0.74 mmol/L.\nEmail from GP Dr [[PERSON|name:Brennan]]: [[EMAIL|email:reception@carrigalinemedical.ie]]",
    # US
    "Specialty pharmacy onboarding\nPt: [[PERSON|name:Destiny Okafor]]  DOB [[DATE|date:3/8/1999]]\nHumira 40 mg/0.4 mL pen q2wk. Copay card [[ID|account:6011 0098 7612 4410]]\nShip to: [[ADDRESS|geo:2290 Peachtree Rd NW #1104, Atlanta, GA 30309]]\nPA approved\nTB quant neg. HBsAg neg.\nEmail [[EMAIL|email:destiny.okafor99@gmail.com]]  cell [[PHONE|phone:+1 404 555 0112]]",
]

TELEHEALTH: list[str] = [
    # AU
    "Telehealth consult (video) [[DATE|date:15/07/2024]] 1030 AEST\nPatient: [[PERSON|name:Rhys Albury]] joined from [[LOCATION|geo:Cobar]]; link [[URL|url:https://coviu.com/room/dr-hanley-7731]]\nIdentity confirmed: name, DOB [[DATE|date:21/12/1983]], Medicare [[ID|health_plan:6120 44317 1]]\nBSL diary avg 9.8, HbA1c 7.9. Gliclazide MR 60 mg mane. No hypos.\nMBS item 91891 (video). Dr [[PERSON|name:Clare Hanley]].",
    # US
    "Telemedicine visit - [[DATE|date:September 4, 2023]]\nPlatform: Zoom for Healthcare; pt IP logged [[IP|ip:73.212.48.190]]\nPt [[PERSON|name:Autumn Reyes-Holt]], located at home in [[LOCATION|geo:Paris]], TX (confirmed for licensure).\nMigraine w/ aura, 8 days/mo. Started topiramate 25 mg qhs. BP 118/74 (home cuff).\nVoice verification ID [[ID|biometric:VP-55120-AR]] matched.\nPortal: [[URL|url:mychart.paristxhealth.org/visit/88213]]\ne-signed, MD",
    # UK
    'GP e-consult\nSubmitted [[DATE|date:03/04/2024]] 21:47\nName: [[PERSON|name:Robin Swift]]  DOB [[DATE|date:27/05/2001]]  NHS no: [[ID|health_plan:6501234567]]\nIP [[IP|ip:2a00:23c5:8f11:d501::4a]]\n"sore throat 5 days, can\'t swallow my own spit, temp 39.2". Centor 4.\nCall-back no: [[PHONE|phone:+44 7700 900 812]]\nTriage: same-day F2F at [[LOCATION|geo:Wells City Practice]]. Nurse to book.',
    # DK
    "Video consultation - [[LOCATION|geo:Rigshospitalet]]\n[[DATE|date:12.04.2024]]\nCPR [[ID|ssn:120465-2281]] - [[PERSON|name:Mette Kjær Sørensen]]\nFollow-up breast ca, on letrozole 2.5 mg. Hot flushes. CA 15-3 18 U/mL.\nPhotos of surgical scar uploaded: [[ID|photo:scar_front_120424.png]]\nHome: [[ADDRESS|geo:Nørrebrogade 45, 2. tv, 2200 København N]]\nCall back [[PHONE|phone:+45 28 91 44 07]]",
    # US
    "Tele-psych session note\n[[DATE|date:10/17/2023]] 1400-1450 CT\nClient: [[PERSON|name:Chance Whitaker]]  MRN [[ID|mrn:TP0043871]]\nClient joined from his truck (parked at work, [[LOCATION|geo:Joplin]]) - advised re privacy.\nGAD-7 15. Buspirone 10 mg bid. Discussed CBT skills.\nDoxy.me room [[URL|url:https://doxy.me/drwillowshaw]]\nLogin used: [[ID|other:cwhitaker87]]\n[[PERSON|name:Willow Shaw]], PsyD",
    # AU
    "Phone consult [[DATE|date:22/08/23]] - after hours, MBS 91900\nSpoke with [[PERSON|name:Summer]], mother of [[PERSON|name:Kai Rivers]] ([[AGE|other:2]]), on [[PHONE|phone:0433 019 552]].\nFever 39.6 x2 days, drinking ok, 4 wet nappies. Small blanching rash on trunk. Paracetamol 15 mg/kg (180 mg).\nPhoto of rash sent by MMS: [[ID|photo:IMG_4471.HEIC]]\nAdvised ED [[LOCATION|geo:Gold Coast University Hospital]] if lethargic or non-blanching.",
    # IE
    "Video consult - [[LOCATION|geo:Beaumont Hospital]] epilepsy service\n[[DATE|date:2nd February 2024]]\nPt: [[PERSON|name:Ciara Kinsella]]\nSeizure diary via app, user [[ID|other:ciarak_1994]]: 2 focal aware events since last review.\nLevetiracetam 750 mg bd. Advised not to drive; car reg [[VEHICLE|vehicle:191-D-44821]] to be kept off road per pt.\nCall link [[URL|url:https://hse.attendanywhere.com/call/bh-ck-8813]]\nMobile [[PHONE|phone:085 776 1023]]",
    # NL
    'E-consult (beeldbellen) [[DATE|date:6-3-2024]]\nPatiënt: mevr. [[PERSON|name:Femke Visser-de Groot]]\nConnected from IP [[IP|ip:145.97.12.201]], device "iPad van [[PERSON|name:Femke]]"\nEczema flare; photo [[ID|photo:foto_arm_links.jpg]] reviewed. Start hydrocortisone 1% cream bd.\nBSN [[ID|ssn:203 412 558]]\nRecept naar [[LOCATION|geo:Apotheek De Gaper]]',
    # US
    "Remote patient monitoring - telehealth nurse call\n[[DATE|date:01/05/2024]]\n[[PERSON|name:Hunter Grayson]], CHF, on RPM.\nCuff transmitted BP 162/98, wt up 2.4 lb overnight (now 231.6 lb).\nCalled pt [[PHONE|phone:(605) 555-0128]] - admits salty ham at daughter's in [[LOCATION|geo:Pierre]].\nFurosemide extra 20 mg x1 per protocol.\nPortal username [[ID|other:hgrayson605]]; tablet unlock via fingerprint, template [[ID|biometric:FPT-8841920]] re-enrolled after reset.",
    # AU
    "RFDS clinic call - [[LOCATION|geo:Tibooburra]] nurse post\n[[DATE|date:11 Dec 2023]]\nPt [[PERSON|name:Noel Bright]], [[AGE|other:52]], station hand at [[LOCATION|geo:Mount Wood Station]]\nc/o chest pain 2h. ECG transmitted: STE II, III, aVF. Trop iSTAT 0.41. Tenecteplase per protocol (weight-based 40 mg).\nSat phone [[PHONE|phone:+8816 3145 8210]]\nRetrieval booked, job no [[ID|other:RFDS-NSW-2023-118842]]",
]

BILLING: list[str] = [
    # US
    "CLAIM - CMS-1500 summary\nPatient: [[PERSON|name:MILLER, DESTINY R]]\nDOB [[DATE|date:04 12 1985]]  Sex F\nInsured ID [[ID|health_plan:YLX990218374]]\nAddress [[ADDRESS|geo:77 Sycamore Ln, Chesterfield, MO 63017]]\nDOS [[DATE|date:03/02/2024]]  CPT 99214, 93000  ICD-10 I10, R00.2\nCharges $285.00 / $42.00\nPatient acct no. [[ID|account:PT-0044187]]",
    # AU
    "TAX INVOICE - [[LOCATION|geo:Hunter Valley Specialist Rooms]]\nPatient: [[PERSON|name:Sage Whitlock]]  Medicare [[ID|health_plan:2428 77160 4]]-1\nItem 104 Initial consultation  $250.00  Medicare rebate $94.75\nItem 11700 ECG $45.00\nProvider: Dr [[PERSON|name:Leon Castellanos]] Provider No [[ID|license:209871AB]]\nPay by EFT: BSB 062-000 Acc [[ID|account:1092 4471]]\nPatient address [[ADDRESS|geo:6 Vine St, Cessnock NSW 2325]]",
    # UK
    "Private patient invoice - [[LOCATION|geo:The London Clinic]]\nAccount: [[ID|account:LC/2024/004417]]\nPatient: Ms [[PERSON|name:Felicity Archer-Hall]]\nInsurer: Bupa, membership no. [[ID|health_plan:81127733-02]]\nAdmitted [[DATE|date:7 Jan 2024]], day case, CCSD code H2002 colonoscopy  £1,150.00\nConsultant fee - Mr [[PERSON|name:Rupert Ainsworth]]  £650.00\nBilling address: [[ADDRESS|geo:12 Cheyne Walk, London SW3 5RA]]",
    # DE
    "Rechnung nach GOÄ\nRechnungsnr. [[ID|account:2024-0419-77]]  Datum [[DATE|date:19.04.2024]]\nPatient: Herr [[PERSON|name:Dieter Mann]], [[ADDRESS|geo:Am Markt 3, 99423 Weimar]]\nGOÄ 1 Beratung 2,3-fach 10,72 EUR\nGOÄ 5 Untersuchung 2,3-fach 10,72 EUR\nGOÄ 3511 Urinstatus 1,15-fach 4,36 EUR\nBitte überweisen auf IBAN [[ID|account:DE89 3704 0044 0532 0130 00]] unter Angabe der Rechnungsnr.\nPraxis Dr. med. [[PERSON|name:Ulrike Stern]], Tel. [[PHONE|phone:03643 / 77 21 40]]",
    # US
    "EOB - Explanation of Benefits\nMember: [[PERSON|name:Taylor Dawson]]  Member ID [[ID|health_plan:923011840]]\nClaim [[ID|other:2024-EOB-0071442]]  Provider: [[LOCATION|geo:Valley Children's Hospital]]\nService date [[DATE|date:05/14/2024]]  Patient: [[PERSON|name:Mason Dawson]] (dependent)\n  CPT 99283 ED visit   billed $1,240.00  allowed $612.50  you owe $150.00\n  CPT 73090 xray forearm  billed $210.00  allowed $88.00\nView claim: [[URL|url:https://member.uhc.com/claims/2024-EOB-0071442]]",
    # AU
    "Medicare claim rejection log [[DATE|date:2024-06-03]]\nPatient [[PERSON|name:Jasper Holloway]] - card [[ID|health_plan:3951 28476 1]] IRN 2\nReason 160: card expired [[DATE|date:05/2024]]. Pt to update via myGov.\nItem 23 x1; item 10990 bulk bill incentive.\nServicing provider [[ID|license:4491027F]] Dr [[PERSON|name:Hana Sato]]\nPayee acct BSB 484-799 [[ID|account:125 447 981]]\nContact pt: [[PHONE|phone:0403 227 661]]",
    # FR
    "Facture / feuille de soins - [[LOCATION|geo:Clinique Pasteur]], [[LOCATION|geo:Toulouse]]\nAssuré: [[PERSON|name:Mathieu Garnier]], NIR [[ID|ssn:1 84 07 31 555 123 88]]\nMutuelle: MGEN, adhérent [[ID|health_plan:0081445230]]\nActe CCAM DEQP003 (ECG) 14,26 €; consultation G 26,50 €\nRIB patient: IBAN [[ID|account:FR76 3000 6000 0112 3456 7890 189]]\nAdresse: [[ADDRESS|geo:5 allée des Tilleuls, 31400 Toulouse]]",
    # US
    "Collections note - acct [[ID|account:000712248-01]]\nGuarantor [[PERSON|name:Raymond Sparrow]], SSN [[ID|ssn:412-77-4821]]\nBalance $3,412.17 for DOS [[DATE|date:11/09/2023]] (ED, CPT 99285).\nSpoke w/ guarantor at [[PHONE|phone:803 555 0170]], set up plan $150/mo.\nVisa [[ID|account:4532 0151 1283 0366]] on file.\nPatient is his wife [[PERSON|name:June Sparrow]].",
    # IE
    "Statement - [[LOCATION|geo:Bon Secours Hospital Cork]]\nPatient: [[PERSON|name:Eamon de Búrca]]  Patient No. [[ID|mrn:BSC-0092817]]\nVHI policy [[ID|health_plan:VH 4471 2289]]\nProcedure: knee arthroscopy\nTotal €4,870.00; insurer paid €4,120.00; excess €750.00 due by [[DATE|date:08/04/2024]]\nPay by phone [[PHONE|phone:+353 21 454 2807]] quoting ref [[ID|account:BS24-7718]]",
    # AU
    "Hospital billing - [[LOCATION|geo:St Vincent's Private Hospital]]\nPatient: [[PERSON|name:Colin Major]]\nHealth fund: HCF, membership [[ID|health_plan:44 1183 7720]]\nAdmission [[DATE|date:2/2/24]] (3 nights); MBS items 30445, 30443 (lap chole, IOC); theatre band 6\nGap payment $420.00 - invoice [[ID|account:SVH-INV-0931174]]\nNOK [[PERSON|name:Beryl Major]], [[ADDRESS|geo:88 Paddington St, Paddington NSW 2021]]",
]

DEVICE_TELEMETRY: list[str] = [
    # US
    "ICD remote interrogation - Medtronic CareLink\nTransmission [[DATE|date:2024-03-11]] 02:14\nPatient: [[PERSON|name:Gordon Pike]]\nDevice: Cobalt XT DR DDPA2D1  Serial [[DEVICE|device:PZX601172S]]\nEvents: 1 VT episode 188 bpm, terminated by ATP. Battery 6.8 yrs. RV lead impedance 456 ohms.\nClinic: [[LOCATION|geo:Iowa Heart Center]]  MRN [[ID|mrn:IHC-557820]]\nNotify Dr [[PERSON|name:Sheila Brandt]]",
    # AU
    "CGM upload - Dexcom Clarity\nPatient: [[PERSON|name:Indigo Fraser]] ([[AGE|other:14]])\nTransmitter ID [[DEVICE|device:8G44JK]]\nLast 14 days: TIR 58%, GMI 7.6%, avg 9.9 mmol/L, CV 38%.\nPump: Tandem t:slim X2, serial [[DEVICE|device:1104872]]\nClinic: [[LOCATION|geo:Perth Children's Hospital]] diabetes, URN [[ID|mrn:P0998120]]\nParent email [[EMAIL|email:fraser.family@iinet.net.au]]",
    # UK
    "Pacemaker check, [[LOCATION|geo:Royal Papworth Hospital]]\n[[DATE|date:21/11/2023]]\n[[PERSON|name:Alfred Peacock]], NHS [[ID|health_plan:712 384 9015]]\nImplant: Boston Scientific Accolade MRI L331, SN [[DEVICE|device:789412]], implanted [[DATE|date:15 June 2017]]\nRA lead SN [[DEVICE|device:PJN2249187]]\nPacing 96% A, 4% V. Threshold 0.7V @ 0.4ms. Battery: ERI expected ~14 months.",
    # DE
    "Telemonitoring Herzinsuffizienz - [[LOCATION|geo:Universitätsklinikum Heidelberg]]\nPat. [[PERSON|name:Hans-Jürgen Weiß]], Fallnr. [[ID|mrn:21-0448-3317]]\nWaage/Gateway IMEI [[DEVICE|device:356938035643809]]\nGewicht [[DATE|date:03.10.2023]]: 84,2 kg (+1,9 kg in 48h) -> Alarm.\nCardioMEMS PA sensor SN [[DEVICE|device:CM-000781]], PAd mean 28 mmHg (Ziel 15-20).\nRückruf Pat. [[PHONE|phone:06223 / 91 44 02]]",
    # US
    "Insulin pump alert log (Omnipod 5) - exported\nuser: [[ID|other:mkowalski_t1d]]\n[[DATE|date:2023-12-02]] 03:41 LOW 52 mg/dL -> auto-suspend\n[[DATE|date:2023-12-02]] 04:10 Resume, IOB 0.4 U\nPDM serial [[DEVICE|device:PDM-4A1B-99C2]]  Pod lot L44127\nBluetooth MAC [[DEVICE|device:00:1A:7D:DA:71:13]]\nPatient [[PERSON|name:Megan Kowalski]], endo team notified",
    # AU
    "Home oximetry / sleep study download\n[[PERSON|name:Heath Ledbetter]] - DOB [[DATE|date:30/06/1975]]\nDevice: ResMed ApneaLink Air SN [[DEVICE|device:22181440927]]\nRecorded night of [[DATE|date:12/03/2024]]: AHI 31.4/h, ODI 28, nadir SpO2 79%, T90 6.2%.\nCPAP ResMed AirSense 11 SN [[DEVICE|device:23224512091]] dispatched to [[ADDRESS|geo:41 Hope St, Geelong West VIC 3218]]\nRef GP",
    # ES
    "Holter report - [[LOCATION|geo:Hospital Clínic de Barcelona]]\nPaciente: [[PERSON|name:Jordi Puig i Serra]], NHC [[ID|mrn:90.334.721]], CIP [[ID|health_plan:PUSE 0460217003]]\nRecording start [[DATE|date:05/06/2024]] 09:12, 24 h, recorder SN [[DEVICE|device:HS-2207-0419]]\nMin HR 41 (03:20), max 148, mean 72. 3 pauses >2.5 s, longest 3.4 s at 04:55. AF burden 0%.\nInforme: Dra. [[PERSON|name:Montserrat Vidal]]",
    # US
    "Telemetry strip annotation - 4 West, bed 17, box 442 (transmitter SN [[DEVICE|device:TX-0817-4410]])\n[[DATE|date:2/14/24]] 0312: pt [[PERSON|name:Valentine Okeke]] - run of NSVT 9 beats, HR 160s. K 3.3, Mg 1.7 -> replete. Paged Dr [[PERSON|name:Chris Gentry]] @ 0315.\nMRN [[ID|mrn:04471209]]",
    # AU
    "Cochlear implant mapping - [[LOCATION|geo:Hear and Say]]\nRecipient: [[PERSON|name:Lachlan Quinn]] ([[AGE|other:6]])\nImplant CI622 SN [[DEVICE|device:L312045689]]; processor Nucleus 8 SN [[DEVICE|device:N8-2310-77412]]\nMap today: T/C levels adjusted, impedances normal. Streaming via phone, BT addr [[DEVICE|device:F4:5C:89:A0:13:7E]]\nParent [[PERSON|name:Skye Quinn]] [[PHONE|phone:0418 004 229]]",
    # IE
    "Telecare alarm log - community alarms\nSubscriber [[PERSON|name:Bridie Nolan]] ([[AGE|date:94]]) at [[ADDRESS|geo:Ballinacarrig, Co. Carlow, R93 E2K4]]\nPendant ID [[DEVICE|device:PA-09-771204]], base unit SIM [[PHONE|phone:087 330 1141]]\n[[DATE|date:17/12/2023]] 22:48 Fall detected -> operator call, no answer -> keyholder [[PERSON|name:Tom Nolan]] attended 23:05. Pt on floor ~1h. CK later 2140.",
]

RESEARCH_ENROLMENT: list[str] = [
    # US
    "STUDY ENROLLMENT LOG\nStudy: HEART-FAST (NCT05123456) - Site 014, [[LOCATION|geo:Vanderbilt University Medical Center]]\nParticipant ID [[ID|other:014-0087]]\nName: [[PERSON|name:Lacey Dunmore]]  DOB [[DATE|date:07/07/1966]]\nConsent signed [[DATE|date:02/09/2024]] 10:40\nEligibility: LVEF 35%, NT-proBNP 1840 pg/mL, eGFR 52 - eligible. Randomized arm B.\nContact: [[PHONE|phone:615-555-0107]] / [[EMAIL|email:lacey.dunmore@comcast.net]]",
    # AU
    "Research enrolment - MIND-AU cohort, [[LOCATION|geo:Monash Medical Centre]]\nParticipant: [[PERSON|name:Merle Gumbleton]], [[AGE|date:90]]\nStudy ID [[ID|other:MAU-0421]]\nConsent [[DATE|date:04/03/2024]]; MoCA 23/30; Hb 128; eGFR 61.\nPerson responsible: daughter [[PERSON|name:Dianne]] ([[PHONE|phone:03 9544 7810]])\nHome: [[ADDRESS|geo:2/15 Jasper Rd, Bentleigh VIC 3204]]",
    # UK
    "Research clinic recall\nParticipant [[PERSON|name:Graham Lovejoy]], study no. [[ID|other:RC-77-01924]]\nAttended [[LOCATION|geo:Addenbrooke's]] CRF on [[DATE|date:the ninth of May]], DXA done. Retinal photos [[ID|photo:RP_L_01924.tif]] saved.\nIris template enrolled for biobank access, ref [[ID|biometric:IRIS-01924-A]]\nFasting glucose 5.9, HbA1c 41 mmol/mol.\nPostcode [[ADDRESS|geo:CB1 7EG]]",
    # IE
    "Enrolment - healthy ageing sub-study, [[LOCATION|geo:Mater Misericordiae University Hospital]]\nParticipant [[PERSON|name:Finbar Joyce]], [[AGE|other:71]], PPSN [[ID|ssn:1234567FA]]\nStudy ID [[ID|other:MMUH-CHR-00871]]\nConsent [[DATE|date:11 June 2023]]; gait speed 0.82 m/s, grip 28 kg, Hb 13.1\nHome visit: [[ADDRESS|geo:34 Iona Road, Glasnevin, Dublin 9, D09 F2X3]]\nMobile [[PHONE|phone:+353 87 412 7702]]",
    # US
    "REDCap record export - enrollment form\nrecord_id: [[ID|other:1047]]\nfirst_name: [[PERSON|name:Hope]]\nlast_name: [[PERSON|name:Mercado]]\ndob: [[DATE|date:1988-11-23]]\nzip: [[ADDRESS|geo:79936]]\nphone: [[PHONE|phone:9155550187]]\nhba1c_screen: 6.1\nbmi: 33.4\nhomeless_ever: 0\nsurvey_link: [[URL|url:https://redcap.utep.edu/surveys/?s=HMR4KX7NAE]]",
    # AU
    "Clinical trial screening - [[LOCATION|geo:Peter MacCallum Cancer Centre]]\nPt [[PERSON|name:Ewan Stamp]], UR [[ID|mrn:PM 0723 148]], [[AGE|other:64]]M\nProtocol LUNG-0319 (cohort 2). ECOG 1. EGFR ex19del. ALT 31, Plt 212.\nScreening ID [[ID|other:0319-AU-0062]]\nConsent v4.2 signed [[DATE|date:26/09/2023]]\nTravel: lives in [[LOCATION|geo:Warrnambool]], 3.5 h drive; reimbursement to BSB 633-000 acct [[ID|account:1457 22019]]",
    # FR
    "Inclusion essai - [[LOCATION|geo:CHU de Bordeaux]]\nNuméro d'inclusion [[ID|other:BDX-017-0044]]\nPatient: Mme [[PERSON|name:Marie-Laure Dufresne]], née le [[DATE|date:14/02/1959]]\nRandomisé bras B.\nDFG 68; Hb 12,4 g/dL.\nMédecin investigateur: Pr [[PERSON|name:Antoine Saint-Just]]\nTél [[PHONE|phone:+33 5 56 79 56 79]]",
    # US
    "Biobank consent - [[LOCATION|geo:Marshfield Clinic]]\nParticipant [[PERSON|name:Dakota Strand]] [[AGE|other:45]]F\nBiobank ID [[ID|other:PMRP-218843]]\nFingerprint scanned for specimen chain-of-custody, template [[ID|biometric:FPR 00918-221]]\nPhoto ID badge image [[ID|photo:badge_dstrand.jpg]]\nAddress [[ADDRESS|geo:N4471 County Rd K, Spencer, WI 54479]]\nDraw today, 3 EDTA tubes, hct 41%",
    # AU
    "Registry enrolment - Victorian Cardiac Outcomes Registry\nPt [[PERSON|name:Archie Newman]] UR [[ID|mrn:0449188]] Medicare [[ID|health_plan:5592 11034 7 1]]\nPCI [[DATE|date:07/12/2023]] at [[LOCATION|geo:Ballarat Base Hospital]]; DES to LAD 3.0x28mm\n30-day follow-up call to [[PHONE|phone:0355 310 442]] - no MACE.\nRegistry ID [[ID|other:VCOR-2023-088123]]",
    # NO
    "Study enrolment - [[LOCATION|geo:Haukeland universitetssjukehus]]\nFødselsnummer [[ID|ssn:150372 44851]]\nName: [[PERSON|name:Solveig Haugen]]\nInclusion [[DATE|date:19.09.2023]], study ID [[ID|other:NOR-HB-0133]]\nEligibility: MS relapse, EDSS 3.5, MRI 2 new Gd+ lesions.\nContact [[PHONE|phone:+47 915 22 048]]\nAddress [[ADDRESS|geo:Fjellveien 12, 5019 Bergen]]",
]

DATA_EXPORT: list[str] = [
    # US - CSV
    "patient_id,last_name,first_name,dob,zip,dx\n[[ID|mrn:448102]],[[PERSON|name:Booker]],[[PERSON|name:Royal]],[[DATE|date:1954-03-09]],[[ADDRESS|geo:30310]],I50.9\n[[ID|mrn:448117]],[[PERSON|name:Lam]],[[PERSON|name:Christine]],[[DATE|date:1990-12-01]],[[ADDRESS|geo:30318]],O80",
    # AU - HL7 v2
    "MSH|^~\\&|HBCIS|RBWH|EMR|QH|[[DATE|date:20240305]]101522||ADT^A01|MSG00441|P|2.4\nPID|1||[[ID|mrn:1092231]]^^^RBWH^MR||[[PERSON|name:TAYLOR]]^[[PERSON|name:MAVIS]]^[[PERSON|name:JUNE]]||[[DATE|date:19380417]]|F|||[[ADDRESS|geo:12 FERN ST^^KEDRON^QLD^4031]]||[[PHONE|phone:(07)33591277]]\nPV1|1|I|7AS^12^B|||||0412^ADMITTING^TEAM",
    # UK - JSON (FHIR)
    '{"resourceType":"Patient","id":"[[ID|mrn:pt-7f3a92]]","identifier":[{"system":"https://fhir.nhs.uk/Id/nhs-number","value":"[[ID|health_plan:9000000009]]"}],"name":[{"family":"[[PERSON|name:Fairbairn]]","given":["[[PERSON|name:Honor]]"]}],"birthDate":"[[DATE|date:1962-10-30]]","telecom":[{"system":"email","value":"[[EMAIL|email:honor.f@outlook.com]]"}],"address":[{"line":["[[ADDRESS|geo:7 Mill Row]]"],"city":"[[LOCATION|geo:Haxby]]","postalCode":"[[ADDRESS|geo:YO32 3HT]]"}]}',
    # DE - key=value logs
    '[[DATE|date:2024-02-11]]T14:03:55Z level=INFO svc=kis-adt event=admit fallnr=[[ID|mrn:2400418813]] pat_name="[[PERSON|name:Özdemir, Ayşe]]" gebdat=[[DATE|date:1979-06-14]] station=K3 bett=04 kv=GKV\n[[DATE|date:2024-02-11]]T14:04:02Z level=WARN svc=portal msg="login failed" user=[[ID|other:aoezdemir]] src_ip=[[IP|ip:91.64.203.17]] attempts=3\n[[DATE|date:2024-02-11]]T14:04:30Z level=INFO svc=portal msg="login ok" method=fingerprint template=[[ID|biometric:FP-8812-0044]]\n[[DATE|date:2024-02-11]]T14:05:40Z level=INFO svc=labor order=HB,CRP,KREA result_hb=11.8 crp=4.2 k=4.1 ref_k="3.5-5.1"',
    # AU - email
    "From: [[PERSON|name:Narelle Goodwin]] <[[EMAIL|email:ngoodwin@westmeadmedical.com.au]]>\nTo: Outpatient Bookings\nDate: Mon, [[DATE|date:8 Apr 2024]] 09:14:22 +1000\nSubject: Re: appt for [[PERSON|name:Tom Keen]] UR [[ID|mrn:W2204418]]\n\nHi team,\nMr [[PERSON|name:Keen]]'s daughter rang - he can't do [[DATE|date:the 15th]], he's in [[LOCATION|geo:Katoomba]] for respite till next wk. Can we move him to the Tuesday list? His INR clinic is Thurs 10:30 so not then.\nHer number is [[PHONE|phone:0402 118 374]].\nThanks,\n[[PERSON|name:Narelle]]\nCNC Anticoag | ext 55231",
    # US - SMS thread
    "SMS thread - patient outreach (exported)\n[09:02] Clinic: Hi [[PERSON|name:Marisol]], this is [[LOCATION|geo:Desert Bloom Family Health]] reminding you of your appt [[DATE|date:5/10]] at 2:15pm with Dr. [[PERSON|name:Kwan]]. Reply C to confirm.\n[09:17] [[PHONE|phone:+1 480 555 0133]]: cant make it my car got towed lol. plate [[VEHICLE|vehicle:CJK4471]] if ur security knows anything\n[09:18] Clinic: Sorry to hear! Reply 1 to reschedule.\n[09:20] Pt: 1. also my son [[PERSON|name:Angel]] needs his shots hes [[AGE|other:4]] now\n[09:21] Clinic: Got it. DOB for [[PERSON|name:Angel]]?\n[09:24] Pt: [[DATE|date:3-3-20]]",
    # ES - CSV with semicolons
    "nhc;apellidos;nombre;fecha_nac;cp;hb\n[[ID|mrn:0044812]];[[PERSON|name:García de la Fuente]];[[PERSON|name:Rocío]];[[DATE|date:12/05/1971]];[[ADDRESS|geo:41013]];12,9\n[[ID|mrn:0051990]];[[PERSON|name:Soler]];[[PERSON|name:Pau]];[[DATE|date:30/11/1948]];[[ADDRESS|geo:08025]];10,4",
    # US - HL7 v2 ORU
    "MSH|^~\\&|EPIC|MERCY|LAB|LABCORP|[[DATE|date:20231107]]1532||ORU^R01|00028841|P|2.5.1\nPID|1||[[ID|mrn:E10042277]]^^^MRN||[[PERSON|name:O'NEAL]]^[[PERSON|name:CHARITY]]^L||[[DATE|date:19720818]]|F||2106-3|[[ADDRESS|geo:415 E WALNUT ST^APT 2^SPRINGFIELD^MO^65806]]||[[PHONE|phone:(417)555-0162]]|||||[[ID|account:88120044731]]|[[ID|ssn:491228813]]|[[ID|license:F449-221-07]]\nPV1|1|O|||||OP^CLINIC\nOBX|1|NM|2345-7^Glucose^LN||182|mg/dL|70-99|H|||F\nOBX|2|NM|2160-0^Creatinine^LN||1.9|mg/dL|0.6-1.2|H|||F",
    # AU - JSON booking export
    '{"patient":{"name":"[[PERSON|name:Willow Banks]]","dob":"[[DATE|date:2015-09-02]]","medicare":"[[ID|health_plan:4951872036]]","irn":2},"guardian":{"name":"[[PERSON|name:Jade Banks]]","mobile":"[[PHONE|phone:+61431220984]]"},"clinic":"[[LOCATION|geo:Darwin Paediatrics]]","slot":"[[DATE|date:2024-07-01]]T15:30:00+09:30","video_url":"[[URL|url:https://telehealth.example-health.com.au/j/88213qx]]","client_ip":"[[IP|ip:203.45.117.9]]","weight_kg":27.4,"temp_c":38.1}',
    # IE - email with headers
    "Received: from mail.example-isp.ie ([[IP|ip:10.44.12.7]]) by mx.hse.ie\nFrom: [[EMAIL|email:declan.furlong@gmail.com]]\nTo: Outpatients TUH\nSubject: cancelling appt - MRN [[ID|mrn:T0091123]]\n\nhi, this is [[PERSON|name:Declan Furlong]] DOB [[DATE|date:2/9/81]], I had an appointment at the fracture clinic in [[LOCATION|geo:Tallaght University Hospital]] on [[DATE|date:the 20th]] but I'm stuck in [[LOCATION|geo:Athlone]] with work. my new number is [[PHONE|phone:089 412 6630]]. my address changed too, its [[ADDRESS|geo:Apt 12 Riverside Quay, Athlone, Co. Westmeath, N37 K2X1]]. thanks\n[[PERSON|name:Declan]]\nSent from my iPhone",
]

STYLES = [
    ("progress-note", PROGRESS_NOTE),
    ("discharge-summary", DISCHARGE_SUMMARY),
    ("gp-referral", GP_REFERRAL),
    ("nursing-shorthand", NURSING_SHORTHAND),
    ("pharmacy", PHARMACY),
    ("telehealth", TELEHEALTH),
    ("billing", BILLING),
    ("device-telemetry", DEVICE_TELEMETRY),
    ("research-enrolment", RESEARCH_ENROLMENT),
    ("data-export", DATA_EXPORT),
]


def main() -> None:
    print(f"probe20: {write_styled(OUT, STYLES)} docs")


if __name__ == "__main__":
    main()
