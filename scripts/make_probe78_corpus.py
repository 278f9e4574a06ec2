"""Write the 78th hand-annotated redaction probe, 100 notes of mixed-locale clinical text (US, AU, UK, EU).

Why: real records from four health systems print the same kind of identifier in many local forms
(a NIR with spaces, a PESEL that looks like a phone number, a personnummer with or without the century,
a Steuer-ID next to a PZN, a codice fiscale beside an exemption code). Identifiers sit inside HL7-like
log lines, CSV rows, JSON, file names and URLs, glued to their cues, and next to dense look-alikes
(doses, lab values, scores, ICD/CPT/MBS/GOÄ codes, lot numbers, public emergency numbers, trial
registration numbers, eponyms), so a redactor must tell a person's number from a clinical or public one.

What: ten styles of ten notes. progress-notes (ward rounds, SOAP lines); discharge-summaries (letters
and short epikrises); referrals (GP letters, e-referrals, impegnative); nursing-shorthand (handovers,
night notes, district-nurse visits); pharmacy (labels, S8 register, med rec, e-prescriptions, Pyxis);
telehealth (video/phone consults with links, IPs, uploads, voiceprints); billing (Medicare CSV, TAC,
superbill, GOÄ, FSE, Vecozo, tickets, IBANs); device-telemetry (pacemaker, CGM, pump, CPAP, pendant,
RTLS, kiosks); research-enrolment (trial logs, biobank consents, registries); incident-reports (RiskMan,
Datix, CIRS, FEI, VIM, Lex Maria). Locales in every style: United States (St. Louis, Chicago, Riverside),
Australia (Dubbo, Wagga Wagga, Geelong, Hawthorn, Yuendumu, Potts Point), United Kingdom (Leeds,
Harrogate, Hebden Bridge, Edinburgh) and continental Europe (Munich, Heidelberg, Paris, Lyon, Marseille,
Amsterdam, Eindhoven, Groningen, Turin, Naples, Milan, Madrid, Barcelona, Seville, Krakow, Lodz, Gdansk,
Uppsala, Gothenburg, Malmo).
Conventions: titles and roles (Dr, Mrs, Sig.ra, Hr., dott., lek., Sr., RN, EN) stay outside PERSON
spans; "SURNAME, Given", lowercase names, usernames built from a name and nicknames are names; staff
initials alone (KL, RB, GH, PS) are not marked. Named hospitals, practices, pharmacies with a branch
name, care homes, landmarks, suburbs and intersections are LOCATION; chains or organisations alone (Bupa,
AOK, Sanitas, Buurtzorg, Kry, Walgreens without a store), states, regions that are first-level divisions
(Bayern, Lombardia, Vastra Gotaland) and countries are not. A street address is one ADDRESS span from
the number (or street name, in European order) through postcode and town. Dates are marked in every form
more specific than a year, a range written as one expression is one span, and ISO timestamps are marked
whole. AGE|other marks only the note's patient's age (glued forms such as 71M, 34yo, 28a, 17y whole);
ages 90 and over are AGE|date; a visitor's or relative's age below 90 is not marked. Cues (MRN, NHS No.,
NIR, PESEL, BSN, DNI, pnr, SN, IMEI, IBAN) stay outside the value, even when glued (MRN88320417); the
Medicare IRN after the card number stays outside. National person numbers (SSN, TFN, BSN, Steuer-ID,
NIR, codice fiscale, DNI/NIE, PESEL, personnummer) are ID|ssn; NHS and CHI numbers, IPP, NHC and URN
are ID|mrn; Medicare, IHI, DVA, KVNR, MBI, tessera sanitaria, TIS, EHIC-like and fund numbers are
ID|health_plan; provider, AHPRA, NPI, DEA, GMC, GPhC, LANR, RPPS, AGB numbers and driver licences are
ID|license; MAC addresses and SIM ICCIDs of devices are DEVICE; every IP address (public or private) is
IP. Practice phone and fax numbers are marked; public lines (000, 911, 111, 112, 15, 17, 988,
13 11 14, 1800 022 222, 1-800-222-1222) are not, nor are organisational tax numbers, trial registry
numbers, IRB/HREC numbers, PBS/PZN/CPT/GOÄ/MBS codes, lot numbers or bed, room and bag numbers.
Check-digit identifiers (Medicare, IHI, TFN, NHS, CHI, NIR, BSN, PESEL, personnummer, DNI/NIE, NPI, DEA,
AU provider numbers, KVNR, VIN, IBAN) were generated to pass their checksums.

How: cd /work/main && .venv/bin/python scripts/make_probe78_corpus.py (writes corpus/redaction/probe78.jsonl).
"""

from pathlib import Path

from make_safe_harbor_suite import write_styled

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "corpus" / "redaction" / "probe78.jsonl"

PROGRESS = [
    # AU ward round
    """WARD ROUND - 4B Medical, Bed 12
Pt: [[PERSON|name:Graham Tuckwell]] ([[AGE|other:71M]]) URN [[ID|mrn:D0449172]] - day 3, admitted via [[LOCATION|geo:Dubbo Base Hospital]] ED.
S: SOB improved overnight, slept ~5h. Wife [[PERSON|name:Lorraine]] visited, asks for callback on [[PHONE|phone:0427 318 552]].
O: T 37.2, HR 88, BP 134/82, RR 18, SpO2 95% on 2L. CRP 48 (down from 112). Na 133, K 4.1, Cr 96.
A: CAP R lower lobe (J18.1), improving. CURB-65 = 1.
P: Step down IV ceftriaxone 1 g daily to oral amoxicillin 1 g TDS on [[DATE|date:Thurs 14/3]]. Physio x2 today.
Aim d/c home to [[LOCATION|geo:Narromine]] on [[DATE|date:16/03/2024]] if stable; GP letter faxed.
Discussed with consultant. - KL (RMO)""",
    # US one-liner
    """0715 IM progress: [[PERSON|name:reed, deshawn]] [[AGE|other:34yo]] M, MRN[[ID|mrn:88320417]], sickle cell VOC day 2 - pain 6/10 on PCA hydromorphone 0.2 mg q10min, Hgb 7.1, retic 9%. Mom ([[PERSON|name:Tanya Reed]], [[PHONE|phone:(404) 616-2290]]) at bedside. Heme (Dr [[PERSON|name:Oyelaran]]) following. Plan IVF, IS q1h, f/u [[LOCATION|geo:Grady]] sickle cell clinic [[DATE|date:Apr 2]].""",
    # UK
    """Progress note - [[LOCATION|geo:Leeds General Infirmary]], Ward J24
[[DATE|date:Tuesday 9 January 2024]], 14:20
Mrs [[PERSON|name:Pauline Ackroyd]], [[AGE|other:82]], NHS No. [[ID|mrn:234 024 8426]].
Post-op day 2 #NOF (R) - DHS. Mobilised 10 m with Zimmer frame and PT. Hb 98, transfuse if <80. 4AT = 2.
Daughter [[PERSON|name:Sharon]] rang on [[PHONE|phone:07712 448 903]] - wants update re discharge back to [[LOCATION|geo:Moorfield House]] care home.
Plan: OT assessment, enoxaparin 40 mg OD for 28 days, bone profile, refer fracture liaison. If deteriorates out of hours call 2222 / outreach.
[[PERSON|name:J. Whitcombe]], FY2 (GMC [[ID|license:7481226]]), bleep 2214""",
    # DE
    """Progress (Station 3/2, [[LOCATION|geo:Klinikum rechts der Isar]])
Pat. [[PERSON|name:HOFMANN, Jürgen]], geb. [[DATE|date:17.08.1952]], Pat-ID [[ID|mrn:40071193]]
[[DATE|date:02.04.2024]] 08:30 - day 5 after TAVI. Afebrile, NT-proBNP 1840 pg/ml. Paroxysmal AF overnight, CHA2DS2-VASc 4, start apixaban 5 mg BD.
Wife [[PERSON|name:Renate]] (Tel. [[PHONE|phone:+49 89 4127 7730]]) informed. Rehab in [[LOCATION|geo:Bad Tölz]] requested; AOK Bayern KVNR [[ID|health_plan:H482117097]].""",
    # FR
    """Progress [[DATE|date:11/06/2024]] - Mme [[PERSON|name:Élodie Marchand]] ([[AGE|other:40]]), IPP [[ID|mrn:6602184377]], [[LOCATION|geo:Hôpital Européen Georges-Pompidou]]. Day 1 post lap chole. Pain 3/10 on paracetamol 1 g QDS, ALT 88 (was 212). Partner [[PERSON|name:Karim Benali]] collecting at 17h to [[ADDRESS|geo:45 rue de la Roquette, 75011 Paris]]. NIR [[ID|ssn:2 84 03 69 123 045 31]]. IDE at home for clips on day 10; if fever call 15.""",
    # NL one-liner
    """bed 7 mw [[PERSON|name:de Vries]] - stable, BG 8.4, novorapid per scale, wound clean. plan home [[DATE|date:vrijdag 19 april]]. -- RB""",
    # IT
    """Day hospital oncology - [[LOCATION|geo:Ospedale Molinette]], [[LOCATION|geo:Torino]], [[DATE|date:22/05/2024]]
Sig. [[PERSON|name:Giuseppe Marengo]], [[AGE|other:65]], CF [[ID|ssn:MRNGPP58L12L219S]]. Diffuse large B-cell (non-Hodgkin) lymphoma, R-CHOP cycle 4 of 6.
ECOG 1, neutrophils 1.9, plt 156, LDH 240. Mild neuropathy grade 1 -> vincristine capped 2 mg. Wife [[PERSON|name:Carla]] asks to move cycle 5 to [[DATE|date:12 giugno]] (daughter's wedding). Agreed.
Next bloods locally in 2 weeks.""",
    # ES
    """Evolution note, [[LOCATION|geo:Hospital Universitario 12 de Octubre]], Neurology 6ª planta, bed 612-B.
Sra. [[PERSON|name:María del Carmen Ruiz Ortega]], NHC [[ID|mrn:1184420]], [[AGE|other:58]] a.
Day 3 post ischaemic stroke L MCA, NIHSS 6 -> 3. Swallow screen passed. Aspirin 100 mg + atorvastatin 80 mg.
Son [[PERSON|name:Álvaro]] (móvil [[PHONE|phone:+34 612 84 33 09]]) asks about rehab closer to home. SW referral. Fisio from [[DATE|date:lunes 8]].""",
    # PL
    """[[DATE|date:2024-02-27]] progress, Internal Medicine, [[LOCATION|geo:Szpital Uniwersytecki w Krakowie]]
Pan [[PERSON|name:Tadeusz Wróbel]], PESEL [[ID|ssn:63032166991]], [[AGE|other:60]] y/o - decompensated HF, NYHA III. Weight down 3.2 kg since admission. Furosemide 40 mg IV BD -> oral 80 mg OD tomorrow. K 3.6, Na 136, eGFR 52.
Wife [[PERSON|name:Halina]] phoned: [[PHONE|phone:601 228 417]]. Note: Parkinson-like tremor noted - neuro opinion.
lek. [[PERSON|name:M. Zielińska]]""",
    # SE one-liner
    """[[PERSON|name:Lindqvist]] [[AGE|other:76]] år, KOL-exacerbation improving, SpO2 91% RA, CAT 24, pred 30 mg day 4/5 - hem [[DATE|date:30/1]] if stable, hemtjänst informed.""",
]

DISCHARGE = [
    # AU long
    """DISCHARGE SUMMARY - [[LOCATION|geo:Wagga Wagga Base Hospital]]
Patient: [[PERSON|name:WILLIAMS, Cheryl Anne]]    DOB: [[DATE|date:04/09/1961]]    MRN: [[ID|mrn:WW0318842]]
Address: [[ADDRESS|geo:27 Kintore Street, Wagga Wagga NSW 2650]]
Medicare: [[ID|health_plan:3144 60264 2]] / 4    IHI: [[ID|health_plan:8003 6036 7371 1397]]
Admitted: [[DATE|date:21 Feb 2024]]    Discharged: [[DATE|date:27 Feb 2024]]    Ward: Medical 2, Bed 4
Admitting unit: Gen Med B
Principal diagnosis: Diabetic ketoacidosis (E10.11), precipitated by missed insulin during gastroenteritis.
Comorbidities: T1DM since childhood, hypothyroidism (Hashimoto), depression.
Course: Presented with BGL 31.2, pH 7.09, ketones 6.8. DKA protocol, transitioned to SC insulin at 36h. HbA1c 9.4%.
Diabetes educator reviewed sick-day rules; Libre 2 sensor restarted.
Medications on discharge: insulin glargine 22 units nocte, insulin aspart 6-8 units TDS with meals, levothyroxine 100 mcg mane, sertraline 50 mg mane.
Follow-up: GP Dr [[PERSON|name:Kate O'Halloran]], [[LOCATION|geo:Kooringal Medical Centre]], within 1 week (ph [[PHONE|phone:(02) 6922 4718]], fax [[PHONE|fax:(02) 6922 4799]]).
Endocrine clinic in 3 weeks, Outpatients Level 1.
Next of kin: [[PERSON|name:Darren Williams]] (husband) [[PHONE|phone:0419 772 034]].
If unwell after hours: NSW Health line 1800 022 222 or 000.
Author: Resident, Gen Med B""",
    # US
    """DISCHARGE SUMMARY
[[LOCATION|geo:Mercy Hospital St. Louis]] | Dept of Medicine
Name: [[PERSON|name:Hollis, Raymond J.]]   MRN: [[ID|mrn:004471203]]
DOB: [[DATE|date:12/02/1948]] ([[AGE|other:75]] y)   SSN: [[ID|ssn:332-74-7241]]
Payer: Medicare MBI [[ID|health_plan:5KQ7-JW2-TN81]], Missouri Medicaid secondary
Admit [[DATE|date:01/14/2024]] - Discharge [[DATE|date:01/19/2024]]
Dx: NSTEMI (I21.4); s/p PCI w/ DES x1 to LAD. LVEF 45%.
Hospital course: troponin peaked 4.8 ng/mL. Cath uncomplicated. Cardiac rehab referral placed.
Discharge meds: aspirin 81 mg daily, ticagrelor 90 mg BID x 12 months, atorvastatin 80 mg qHS, metoprolol succinate 25 mg daily, lisinopril 5 mg daily, NTG 0.4 mg SL PRN.
Disposition: home to [[ADDRESS|geo:3319 Arsenal St, St. Louis, MO 63118]] with daughter [[PERSON|name:Keisha Hollis-Grant]] ([[PHONE|phone:314.771.2268]]).
Follow-up: Cardiology in 2 weeks.
Return precautions reviewed; chest pain -> call 911.
Electronically signed: [[PERSON|name:M. Osei]], MD  NPI [[ID|license:1974639019]]  15:42""",
    # UK Scotland
    """[[LOCATION|geo:Royal Infirmary of Edinburgh]] - Immediate Discharge Letter
Patient: Mr [[PERSON|name:Angus Craig MACLEOD]]   CHI: [[ID|mrn:1403625972]]
Address: [[ADDRESS|geo:Flat 3F2, 112 Gorgie Road, Edinburgh EH11 2NL]]
Admitted [[DATE|date:3/12/23]] via Emergency Dept; discharged [[DATE|date:8/12/23]].
Diagnosis: Acute alcoholic pancreatitis; Glasgow score 2. Alcohol withdrawal (CIWA max 14).
Actions for GP: please repeat LFTs and amylase in 2 weeks; refer to local alcohol service.
Medications changed: thiamine 100 mg TDS (new), Creon 25,000 two with meals (new), omeprazole 20 mg OD (continued).
Lives with partner [[PERSON|name:Morag]]. Contact: [[PHONE|phone:07834 110 592]]. Discharging doctor Dr [[PERSON|name:R. Nair]]""",
    # DE
    """Arztbrief / Discharge letter
[[LOCATION|geo:Universitätsklinikum Heidelberg]], Medizinische Klinik, Abt. Kardiologie
Sehr geehrte Frau Kollegin Dr. [[PERSON|name:Brigitte Lenz]],
we report on your patient Herr [[PERSON|name:Klaus-Dieter Brandt]], born [[DATE|date:3 June 1949]], resident [[ADDRESS|geo:Rohrbacher Straße 71, 69115 Heidelberg]], inpatient from [[DATE|date:08.01.2024]] to [[DATE|date:15.01.2024]].
Diagnoses: 1. Third-degree AV block, dual-chamber pacemaker implanted [[DATE|date:09.01.2024]] (Medtronic Azure XT DR, SN [[DEVICE|device:RNF612803S]]). 2. Arterial hypertension. 3. CKD G3a.
Course: uneventful; wound dry; device check normal (RA 0.7 V @ 0.4 ms, RV 0.9 V @ 0.4 ms).
Medication: ramipril 5 mg 1-0-0, amlodipine 5 mg 0-0-1, pantoprazole 20 mg 1-0-0.
Pacemaker clinic in 4 weeks. Wound check by Hausarzt on day 10.
For the social service: Steuer-ID [[ID|ssn:74567198306]].
Mit freundlichen Grüßen, Klinik für Kardiologie""",
    # FR
    """Compte rendu d'hospitalisation (discharge) - [[LOCATION|geo:Hôpital de la Croix-Rousse]]
Patient: M. [[PERSON|name:Bernard Fontaine]], né le [[DATE|date:19 novembre 1957]], NIR [[ID|ssn:1571175112008 88]]
Domicile: [[ADDRESS|geo:12 allée des Tilleuls, 69330 Meyzieu]] - tél. [[PHONE|phone:04 78 86 12 90]]
Stay: [[DATE|date:3 to 9 March 2024]], Hepatology.
Dx: Decompensated alcohol-related cirrhosis, Child-Pugh B8, MELD 15. Tense ascites drained 6.5 L with albumin 20% 100 ml x3.
Treatment on discharge: spironolactone 100 mg, furosemide 40 mg, propranolol 40 mg BD, rifaximin 550 mg BD, lactulose 15 ml TDS.
Follow-up: hepatology clinic [[DATE|date:le 2 avril]]. Social worker referral for CSAPA addiction service.""",
    # NL
    """ONTSLAGBRIEF / discharge summary  [[LOCATION|geo:Amsterdam UMC, locatie AMC]]
Betreft: mevr. [[PERSON|name:A.J. (Anneke) Kuipers-Smit]], geb. [[DATE|date:22-07-1975]], BSN [[ID|ssn:600 626 532]]
Opname [[DATE|date:5 t/m 11 mei 2024]], afd. Longziekten F6-zuid.
Diagnosis: pulmonary embolism bilateral, no RV strain (sPESI 0). Provoked (long-haul flight).
Treatment: rivaroxaban 15 mg BD for 21 days, then 20 mg OD for 3 months total. Outpatient clinic in 6 weeks.
Husband [[PERSON|name:Wouter Kuipers]], tel [[PHONE|phone:06-41827733]].""",
    # IT 90+
    """Lettera di dimissione - [[LOCATION|geo:Ospedale del Mare]], [[LOCATION|geo:Napoli]], UO Geriatria
Paziente: Sig.ra [[PERSON|name:Concetta Esposito]], età [[AGE|date:93]] anni
Ricovero dal [[DATE|date:14/04/2024]] al [[DATE|date:26/04/2024]].
Dx: delirium ipoattivo secondario a infezione urinaria (E. coli ESBL), disidratazione, demenza di Alzheimer moderata (MMSE 14/30).
Therapy: fosfomycin completed; quetiapine 12.5 mg at night PRN; donepezil 5 mg continued; macrogol 1 sachet daily.
Discharged to the care of her niece [[PERSON|name:Annunziata Russo]], [[ADDRESS|geo:Via dei Tribunali 181, 80138 Napoli]], cell. [[PHONE|phone:347 812 9904]].
ADI home nursing activated by the ASL.""",
    # ES short
    """Alta Cardiología [[LOCATION|geo:Hospital Clínic de Barcelona]] [[DATE|date:24/10/2023]]: [[PERSON|name:Oksana Melnyk]], NIE [[ID|ssn:X4799126S]], NHC [[ID|mrn:0912284]] - peripartum cardiomyopathy, LVEF 30% -> 35%. Bisoprolol 2.5 mg, enalapril 5 mg BD (breastfeeding-compatible), furosemide 20 mg, bromocriptine 2.5 mg BD x 2 wk. HF nurse to call in 1 week.""",
    # PL short
    """Karta informacyjna (discharge), Gastroenterologia: [[PERSON|name:KOWALCZYK Agnieszka]], PESEL [[ID|ssn:95073076809]], hosp. [[DATE|date:8-12.03.2024]]. Crohn's disease, ileocolonic, flare (CDAI 310). Budesonide 9 mg, azathioprine 50 mg -> 2.5 mg/kg, TPMT normal. IBD clinic 4 weeks, bloods weekly. Adres: [[ADDRESS|geo:ul. Piotrkowska 104/12, 90-006 Łódź]].""",
    # SE short
    """Epikris ortopedi: [[PERSON|name:Erik Johansson]], pnr [[ID|ssn:790611-2938]]. Tibial plateau fracture L (S82.1), ORIF [[DATE|date:4 juni]]. PWB 15 kg x 6 wk, dalteparin 5000 IE x 28 d, oxycodone 5 mg PRN max 4/day. Suture removal at vårdcentral day 14.""",
]

REFERRAL = [
    # AU GP -> cardiology letter
    """[[LOCATION|geo:Bellarine Family Practice]]
[[ADDRESS|geo:14 Bellarine Hwy, Newcomb VIC 3219]]
Ph [[PHONE|phone:03 5248 1190]]  Fax [[PHONE|fax:03 5248 1195]]  Provider No. [[ID|license:4122052T]]

[[DATE|date:28 August 2024]]

Dr [[PERSON|name:Marcus Lim]]
Cardiologist, [[LOCATION|geo:University Hospital Geelong]]

Dear [[PERSON|name:Marcus]],

Re: Mrs [[PERSON|name:Dorothy (Dot) Fairweather]], DOB [[DATE|date:11/05/1950]]
[[ADDRESS|geo:Unit 4/17 Bostock Avenue, Manifold Heights VIC 3218]]
Medicare [[ID|health_plan:6165 49690 1]] IRN 1   DVA Gold Card [[ID|health_plan:VX143872]]

Thank you for seeing [[PERSON|name:Dot]], a [[AGE|other:74]] year old widow, with 3 months of exertional chest tightness and two presyncopal episodes.
ECG today: sinus rhythm 64, LBBB (new compared with 2022). Echo booked.
Bloods: Hb 128, eGFR 61, LDL 3.1, HbA1c 6.0%. Murmur 3/6 ESM at RUSB radiating to carotids - ?AS.
Current meds: perindopril 5 mg, atorvastatin 20 mg, aspirin 100 mg, cholecalciferol 1000 IU.
Social: lives alone, son checks daily. Drives.
I have asked her to call 000 if chest pain lasts more than 10 minutes.
Mobile for appointments: [[PHONE|phone:0438 211 906]].

Kind regards,
Dr [[PERSON|name:Sunita Rao]] MBBS FRACGP""",
    # AU short e-referral
    """eReferral to [[LOCATION|geo:Headspace Broadmeadows]] | pt [[PERSON|name:Jaxon Pereira-Hill]] [[AGE|other:17y]] | Medicare [[ID|health_plan:3151174464]]-2 | K10 34, PHQ-A 19, no active SI, safety plan done, Lifeline 13 11 14 given | mum [[PERSON|name:Renee Hill]] [[PHONE|phone:0401 558 732]] | MHCP item 2715 billed | referrer prov [[ID|license:055812AH]]""",
    # UK GP -> rheumatology e-RS
    """[[LOCATION|geo:Hebden Bridge Group Practice]], Tel [[PHONE|phone:01422 884 210]]
NHS e-Referral UBRN: [[ID|other:0004 2291 7735]]
[[DATE|date:14th October 2023]]
Dear Rheumatology colleague,
Ms [[PERSON|name:Hannah Crossley]] ([[AGE|other:44]]), NHS number [[ID|mrn:8248938867]], of [[ADDRESS|geo:4 Mill Lane, Hebden Bridge HX7 6AB]].
6 months of symmetrical small joint synovitis, EMS 90 min. RF 48, anti-CCP >340, CRP 22, ESR 41. DAS28 5.2.
Started prednisolone 10 mg OD as a bridge; hydroxychloroquine not yet started. She is a teacher and is struggling to hold a pen.
Please see in the early arthritis clinic.
Her email [[EMAIL|email:hcrossley79@btinternet.com]]""",
    # US PCP -> endocrinology
    """REFERRAL / PRIOR AUTH  -  [[DATE|date:March 4, 2024]]
From: [[PERSON|name:Rebecca Lindgren]], MD, NPI [[ID|license:1738612864]], [[LOCATION|geo:Lakeview Internal Medicine]]. Fax [[PHONE|fax:773-296-4418]].
To: Endocrinology
Patient: [[PERSON|name:Luis A. Moreno Vega]], DOB [[DATE|date:7/22/1983]], [[AGE|other:40yo]]
Insurance: BCBS IL PPO, member ID [[ID|health_plan:XOF884120037]]
Reason: T2DM uncontrolled, A1c 10.8% on metformin 1000 mg BID + empagliflozin 25 mg; BMI 38.4. Requesting GLP-1 RA initiation (semaglutide) and CGM. ICD-10 E11.65, E66.01. CPT 99204 requested.
Pt prefers Spanish. Pt email for portal invite: [[EMAIL|email:luis.moreno.vega83@gmail.com]]""",
    # DE Hausarzt -> Neurologie
    """Überweisung / referral - Neurologie
Hausarztpraxis Dr. med. [[PERSON|name:Ulrike Schönfeld]], [[ADDRESS|geo:Lindwurmstraße 88, 80337 München]], Tel. [[PHONE|phone:089/4140-2211]], LANR [[ID|license:384120301]]
Pat.: [[PERSON|name:Wolfgang Reiter]], *[[DATE|date:02.11.1956]], Versicherten-Nr. [[ID|health_plan:T119384525]]
Question: idiopathic Parkinson syndrome? Resting tremor R hand since spring, bradykinesia, micrographia. No neuroleptics. UPDRS not done.
Please DAT-SPECT if indicated. Daughter accompanies.""",
    # FR -> dermatology, short
    """Cher confrère, I am referring Mr [[PERSON|name:Théo Lambert]], [[AGE|other:27]], for a changing naevus on the L scapula (ABCDE 4/5, photo attached: [[ID|photo:naevus_LAMBERT_Theo_2024-02-06.jpg]]). Father had melanoma at 52. NIR [[ID|ssn:1 96 02 13 055 402 53]]. Médecin traitant, RPPS [[ID|license:10101842277]], [[LOCATION|geo:Marseille]].""",
    # NL huisarts -> orthopaedie
    """Verwijzing via ZorgDomein [[ID|other:ZD-8813-2290-4471]]
Huisarts: [[PERSON|name:H.W. van den Broek]], AGB [[ID|license:01048327]]
Patiënt: dhr. [[PERSON|name:Sander Mulder]], geb [[DATE|date:30-09-1991]], BSN [[ID|ssn:341644250]], [[ADDRESS|geo:Burg. Jansenstraat 22, 5611 PN Eindhoven]]
Reason: L knee twisting injury football last Sunday, effusion, positive Lachman, locking x2. Ottawa rules: no X-ray needed. Request MRI + orthopaedic opinion. Works for ASML as an engineer.""",
    # IT short
    """Impegnativa SSN, visita cardiologica + Holter 24h (89.50), priorità B: [[PERSON|name:BIANCHI GIULIA]], CF [[ID|ssn:BNCGLI72D55F205Z]], [[ADDRESS|geo:Corso Buenos Aires 51, 20124 Milano]] - palpitations, TSH 0.02, ?Graves'. NRE [[ID|other:030A04928351776]].""",
    # ES short
    """IC Digestivo: [[PERSON|name:Javier Gómez Castillo]], [[AGE|other:31]] a, TIS [[ID|health_plan:GMCS920314818013]] - diarrhoea 8/day with blood, calprotectin 1120 ug/g, ?IBD. Dra. [[PERSON|name:Inés Navarro]].""",
    # SE/PL short ENT
    """Remiss ÖNH, [[LOCATION|geo:Karolinska Universitetssjukhuset Huddinge]]: [[PERSON|name:Piotr Kamiński]], pnr [[ID|ssn:861129-9861]] (also PESEL [[ID|ssn:86112973751]]), unilateral hearing loss R 40 dB, MRI IAM requested, tolk polska. Tel [[PHONE|phone:073-559 01 42]].""",
]

NURSING = [
    # AU
    """2200 N/N: mrs [[PERSON|name:tuckwell]]?? no - bed 12 is Mr [[PERSON|name:G Tuckwell]], settled, obs WNL (T 36.9 P 84 BP 128/74 RR 18 SpO2 96% 2L NP). FBC/UEC for AM. IDC draining 40ml/hr. Pressure areas intact, Waterlow 14, 2/24 repositioning. wife [[PERSON|name:lorraine]] rang 2140 - updated. Falls risk high, bed alarm on. - EN [[PERSON|name:Kylie Dunstan]]""",
    # AU remote
    """clinic nurse note [[LOCATION|geo:Yuendumu]] - [[DATE|date:Mon 5/8]] 1030. [[PERSON|name:Jeffrey Japaljarri Brown]] ([[AGE|other:52M]]), HRN [[ID|mrn:YD004417]], Medicare [[ID|health_plan:4868 03199 3]], came w/ aunty. BGL 18.3, BP 162/98, foot ulcer R hallux 1x1cm clean, dressed (Inadine + combine). Missed metformin x1 wk - ran out. Booked RFDS GP clinic Thurs. wound pic in Communicare: [[ID|photo:BROWN_J_footulcer_050824.jpg]].""",
    # US ICU shorthand
    """0400 ICU RN: [[PERSON|name:HOLLIS]] rm 14. NSR 70s, MAP 68-74, on norepi 0.04 mcg/kg/min, weaning. UO 35-50/hr. K 3.4 replaced 20 mEq. CAM-ICU neg. Daughter [[PERSON|name:Keisha]] called from [[LOCATION|geo:Florissant]] @ 0315, pw "bluebird" verified, update given. Pt's own phone [[PHONE|phone:314-771-2268]] in belongings bag #B4471 with wallet (DL [[ID|license:T418220703]]); keys to his 2021 F-150 in Garage B, VIN [[VEHICLE|vehicle:1FTFW1E50MFA44179]] on the key tag - daughter to collect. -RN [[PERSON|name:T. Okafor]]""",
    # UK district nurse
    """DN visit [[DATE|date:12/2/24]] - Mrs [[PERSON|name:Ackroyd]] not at home? -> rang dtr [[PERSON|name:Sharon]] [[PHONE|phone:07712448903]], pt at [[LOCATION|geo:Moorfield House]] for respite. Dressing L heel grade 2 PU, Waterlow 18, MUST 1. Revisit Thurs. - SN [[PERSON|name:A. Cole]]""",
    # DE Pflege
    """Pflegebericht Station 3/2, Nachtdienst [[DATE|date:03./04.04.]]: Hr. [[PERSON|name:Hofmann]] (Zi. 214-2) unruhig ab 02:00, desorientiert zu Ort/Zeit, 4AT 5. RR 152/90, HF 96 arrhythm. BZ 142. Ehefrau [[PERSON|name:Renate Hofmann]] tel. informiert ([[PHONE|phone:089 4127 7730]]). Arzt informiert 02:20. Bettgitter nach Anordnung. - Sr. [[PERSON|name:Monika]]""",
    # FR IDE home visit
    """IDE domicile [[DATE|date:19/06]] 8h15 - M. [[PERSON|name:Fontaine B.]], [[ADDRESS|geo:12 allée des Tilleuls, Meyzieu]]: weight 78.4 kg (+1.6 kg/48h), ankle oedema ++, BP 104/62. Called hepatology, Dr [[PERSON|name:Ferhat]] on [[PHONE|phone:04.72.07.16.40]] -> furosemide up to 80 mg. Next visit tomorrow.""",
    # NL wijkverpleging
    """wijkverpleging Buurtzorg team [[LOCATION|geo:Bijlmer]] - [[DATE|date:di 14-5]]: mw [[PERSON|name:Kuipers]] tired, HR 92, SpO2 97%, Borg 3. checked rivaroxaban blister: 2x daily ok. next visit thu. -- [[PERSON|name:Ingrid]] (VP)""",
    # IT RSA nursing
    """Nursing, RSA [[LOCATION|geo:Villa Serena]] - turno notte [[DATE|date:28-29/04]]: Sig.ra [[PERSON|name:Esposito Concetta]], [[AGE|date:93aa]], stanza 7 letto B. Agitated 01:30, took quetiapine 12.5 mg PRN, slept from 02:10. Diuresi in pannolone x3. Norton 11. Called niece [[PERSON|name:Nunzia]] ([[PHONE|phone:3478129904]]) in AM as requested.""",
    # ES
    """Enfermería, UCI coronaria box 3, [[DATE|date:18/10]] T. tarde: [[PERSON|name:Melnyk]] stable, TA 98/60, FC 88, no O2. Balance hídrico -650 ml. Breast pump q3h, milk bags labelled NHC [[ID|mrn:0912284]] for partner to take home. Partner rang from [[PHONE|phone:631 09 27 45]] at 18:40.""",
    # SE/PL handover
    """ISBAR avd 33 kv [[DATE|date:5/6]]: S - [[PERSON|name:Johansson]] sal 4 säng 2, dag 1 ORIF. B - [[AGE|other:44]] y man, pnr [[ID|ssn:19790611-2938]]. A - VAS 6 -> oxy 5 mg 19:40, VAS 3 @ 20:30. Drain 120 ml. CMS intakt. R - wife may stay over. Also sal 5: [[PERSON|name:Nowak, Zofia]] (PL tourist, passport [[ID|other:EK4419023]]), interpreter tomorrow.""",
]

PHARMACY = [
    # AU dispensing label
    """[[LOCATION|geo:Priceline Pharmacy Wagga Central]] | [[PHONE|phone:(02) 6921 3380]]
Rx 448217  [[DATE|date:27/02/24]]
INSULIN GLARGINE 100U/mL 3mL PEN x5 (Optisulin) - Inject 22 units under the skin at night
For: [[PERSON|name:CHERYL WILLIAMS]]   Dr [[PERSON|name:C. Tan]]
PBS 9185N  Auth no. [[ID|other:R47220916]]  Lot AB3390X exp 11/2025  $31.60 (concession)
Medicare [[ID|health_plan:3144602642]]/4  Safety Net card not held. Keep refrigerated 2-8°C.""",
    # AU S8 register entry
    """S8 register p.44 [[DATE|date:2024-03-02]] 14:10 - OxyContin 10 mg tab x20 supplied to [[PERSON|name:Shane Mitchell]], [[ADDRESS|geo:3/88 Glenferrie Road, Hawthorn VIC 3122]], Rx by Dr [[PERSON|name:Ahmed Qasim]] (prescriber [[ID|license:3019463F]], AHPRA [[ID|license:MED0001873342]]). SafeScript check done, no alerts. ID sighted: VIC licence [[ID|license:044 118 762]]. Bal 40 -> 20. Pharm LP / witness RS.""",
    # US med rec
    """PHARMACY MED REC - [[LOCATION|geo:Barnes-Jewish Hospital]] Pharmacy Services
Pt: [[PERSON|name:Hollis, Raymond]]  MRN [[ID|mrn:004471203]]
Source: pt + daughter + fill hx from [[LOCATION|geo:Walgreens #04412, S Grand Blvd]]
- metoprolol tartrate 25 mg BID -> changed to succinate 25 mg daily
- clopidogrel 75 mg (never filled) -> replaced by ticagrelor 90 mg BID; copay card BIN 004682 PCN CN, ID [[ID|health_plan:CX88412907]]
- atorvastatin 80 mg qHS (new)
- OTC naproxen 220 mg PRN - STOP (CKD3, DAPT bleeding risk)
Prescriber: [[PERSON|name:Priya Venkataraman]] MD, DEA [[ID|license:FV8277178]]
Reviewed by [[PERSON|name:Dana Whitfield]], PharmD, 10:05. Poison control 1-800-222-1222 info given.""",
    # UK community pharmacy
    """NMS consultation - [[LOCATION|geo:Boots, Commercial Street, Halifax]]
[[DATE|date:20/10/2023]]. Ms [[PERSON|name:H. Crossley]], NHS [[ID|mrn:824 893 8867]], new med prednisolone 10 mg EC; adherent, mild insomnia. Advised steroid card. Hydroxychloroquine 200 mg BD from hospital pending - will need eye screening.
GP informed via NHSmail [[EMAIL|email:calderdale.hebdenbridgegp@nhs.net]].
Pharmacist [[PERSON|name:Yusuf Patel]], GPhC [[ID|license:2071336]]. NHS 111 if unwell out of hours.""",
    # DE Apotheke e-Rezept
    """E-Rezept Token [[ID|other:160.000.033.491.280.78]] eingelöst [[DATE|date:19.09.2023]], [[LOCATION|geo:Sonnen-Apotheke am Sendlinger Tor]].
Pat. [[PERSON|name:Wolfgang Reiter]], KVNR [[ID|health_plan:T119384525]].
Levodopa/Benserazid 100/25 mg, 3x1, N2 100 St., PZN 04563201, Zuzahlung 5,00 EUR.
Abholung durch Tochter [[PERSON|name:Katrin Reiter-Wolf]].""",
    # FR pharmacie
    """[[LOCATION|geo:Pharmacie des Brotteaux]] - dispensing [[DATE|date:10/03/2024]]
Ordonnance Dr [[PERSON|name:N. Ferhat]] (RPPS [[ID|license:10003719452]]) for M. [[PERSON|name:Bernard FONTAINE]], carte Vitale NIR [[ID|ssn:1 57 11 75 112 008 88]].
Rifaximine 550 mg x56, propranolol 40 mg x60, spironolactone 100 mg x30. Tiers payant OK, 0,00 EUR. Lot 23K118 (rifaximine). Not his usual pharmacy (usual one in [[LOCATION|geo:Meyzieu]]).""",
    # NL
    """apotheek [[LOCATION|geo:Apotheek De Pijp]] [[DATE|date:13-05-2024]]: medicatiebewaking - [[PERSON|name:A.J. Kuipers-Smit]] (BSN [[ID|ssn:600626532]]) rivaroxaban 15 mg 2dd + ethinylestradiol/levonorgestrel (Microgynon 30) -> COC stopped per specialist; advised no ibuprofen. Phone check-in next week. apotheker [[PERSON|name:R. Hoekstra]].""",
    # IT one-liner
    """DPC ritiro [[DATE|date:27.04.2024]]: donepezil 5 mg cpr 28 per [[PERSON|name:ESPOSITO CONCETTA]], esente 011, ritirato da nipote (CI [[ID|other:CA41882KM]]).""",
    # ES Pyxis fingerprint
    """Dispensación unidosis, [[LOCATION|geo:Hospital Clínic]] - Pyxis MedStation 4000 torre 3B. [[DATE|date:2023-10-19]] 21:04 retirada bisoprolol 2.5 mg x1 para cama 3 ([[PERSON|name:O. Melnyk]], NHC [[ID|mrn:0912284]]). User [[PERSON|name:mrodriguez]] authenticated by huella (BioID template [[ID|biometric:FPT-00A9-33C1-7E42]]). Override: none. Discrepancy count 0.""",
    # SE apotek
    """Apotek Hjärtat [[LOCATION|geo:Uppsala Forumgallerian]] [[DATE|date:31 jan 2024]]: e-recept prednisolon 5 mg, Spiriva Respimat 2.5 mcg, Bricanyl Turbuhaler, expedierat till [[PERSON|name:Gunnar Lindqvist]] ([[ID|ssn:470315-5491]]). Högkostnadsskydd: 1 450 kr cap reached. Paid by card ending [[ID|account:4471]].""",
]

TELEHEALTH = [
    # AU video consult note
    """TELEHEALTH VIDEO CONSULT (Healthdirect Video Call) - MBS item 91891
Date: [[DATE|date:Wednesday, 10 July 2024]] 09:40-09:58
Clinician: Dr [[PERSON|name:Marcus Lim]], Cardiology, [[LOCATION|geo:University Hospital Geelong]]
Patient: [[PERSON|name:Dot Fairweather]] ([[AGE|other:74F]]), joined from home with her son on his tablet.
Identity confirmed: name, DOB [[DATE|date:11 May 1950]], address.
Waiting-room link sent by SMS to [[PHONE|phone:0438211906]]: [[URL|url:https://vcc.healthdirect.org.au/t/barwon-cardiology/fairweather-d-0710]]
Echo: AVA 0.8 cm2, mean gradient 44 mmHg - severe AS. Discussed TAVI vs SAVR; STS score 2.9%.
Plan: heart team meeting next week; CT TAVI protocol booked.
Connection poor at 09:51 - reconnected by phone. Session ID [[ID|other:HDV-7F3A-2291]].""",
    # US telepsychiatry
    """Telepsychiatry follow-up (Zoom for Healthcare), [[DATE|date:2024-05-13]] 16:00 CT
Pt [[PERSON|name:Brianna Kowalski]], located at [[ADDRESS|geo:4410 Magnolia Ave Apt 7, Riverside, CA 92506]] (verified for licensure - CA), provider located in Oregon.
Meeting link [[URL|url:https://zoom.us/j/93318824410?pwd=bK77qWZ]] ; pt email [[EMAIL|email:bree.kowalski@outlook.com]].
PHQ-9 11 (from 17), GAD-7 9. On sertraline 150 mg, tolerating. Denies SI. Knows 988 crisis line.
Emergency contact on file (roommate).
Provider: [[PERSON|name:Oren Katz]], MD, CA lic [[ID|license:A158224]]. Audit: client IP [[IP|ip:76.167.44.201]].""",
    # UK remote consultation
    """Remote consultation (AccuRx video) [[DATE|date:3 Jan 2024]]
Mr [[PERSON|name:A. MacLeod]], CHI [[ID|mrn:140362 5972]] - post-pancreatitis review. Abstinent since discharge, attending AA. Abdo pain 1/10. Weight stable.
Sent photo of rash via AccuRx: [[ID|photo:IMG_20240102_macleod_chest.jpg]] - looks like pityriasis versicolor, topical ketoconazole.
Partner present. New mobile on record [[PHONE|phone:+44 7834 110592]].
Dr [[PERSON|name:Fiona Mackintosh]]""",
    # DE Videosprechstunde
    """Videosprechstunde (zertifizierter Anbieter, GOP 01450) [[DATE|date:Di., 07.05.2024]] - Pat. [[PERSON|name:Jürgen Hofmann]], [[AGE|other:71]] J.
Technik: Browser-Einwahl von [[IP|ip:2a02:8108:1a40:5e2f::7c3]], Tablet der Ehefrau.
Pacemaker/AF: pulse 72 irregular self-measured, no bleeding on apixaban. Remote monitoring transmissions OK.
Son ([[EMAIL|email:tobias.hofmann@web.de]]) asks for copy of the Arztbrief; sent via KIM to the GP practice.
Next in-person: in 3 months.""",
    # FR teleconsultation
    """Téléconsultation Doctolib [[DATE|date:vendredi 23 février 2024]], 18h30.
Patient [[PERSON|name:Théo Lambert]], [[AGE|other:28a]] - photos of the naevus uploaded ([[ID|photo:lambert_theo_naevus_dos_02.heic]]). Dermoscopy not possible at distance - in-person excision booked.
Patient link: [[URL|url:https://www.doctolib.fr/rdv/5f9c2a1e-88d4-4b4e-a812-lambert]]. Contact [[EMAIL|email:theo.lambert13@free.fr]].
Dr [[PERSON|name:Camille Rousseau]]""",
    # NL e-consult
    """E-consult via MijnGezondheid.net [[DATE|date:02-06-2024]]
Van: [[PERSON|name:Sander Mulder]] <[[EMAIL|email:s.mulder91@ziggo.nl]]>
"Hoi dokter [[PERSON|name:van den Broek]], knee still swells after training. MRI is on [[DATE|date:14/6]] at [[LOCATION|geo:Catharina]] - can I play on [[DATE|date:the 8th]]?"
Antwoord huisarts: no pivoting sports until MRI on [[DATE|date:14/6]]; ice, NSAID max 3 days. Login from [[IP|ip:84.104.231.17]].""",
    # IT televisita
    """Televisita cardiologica ([[LOCATION|geo:ASST Fatebenefratelli Sacco]]) [[DATE|date:05/03/2024]] ore 11:20
Paziente [[PERSON|name:Giulia Bianchi]], [[AGE|other:51]] anni. Holter: sinus, 14 runs SVT max 9 beats, no AF. TSH now 0.8 on methimazole.
Piattaforma: link inviato a [[EMAIL|email:giulia.bianchi72@libero.it]] - [[URL|url:https://televisita.asst-fbf-sacco.it/room/BNCGLI-0503]].
Verified identity via SPID. Follow-up in 6 months.""",
    # ES teleconsulta telefónica + voiceprint
    """Teleconsulta telefónica, [[LOCATION|geo:Centro de Salud Valdelasfuentes]] [[DATE|date:09/01/2024]]: [[PERSON|name:Javier Gómez]] called from [[PHONE|phone:+34 689 114 372]]; caller identity verified by voice biometrics (voiceprint ID [[ID|biometric:VP-ES-55102-8871]]). Now on mesalazine 4 g, stools 3/day, no blood. Colonoscopy result: UC E2. Sick leave extended. Dra. [[PERSON|name:Navarro]].""",
    # PL teleporada
    """Teleporada [[DATE|date:15.04.2024]] - [[PERSON|name:Agnieszka Kowalczyk]], [[AGE|other:28]] l. Abdominal pain improved, 3 stools/day. e-recepta azatiopryna 75 mg sent by SMS to [[PHONE|phone:+48 512 330 884]]. Konto IKP login noted from [[IP|ip:91.223.64.118]].""",
    # SE digital vård
    """Kry video visit [[DATE|date:2024-08-19]] 21:12. Pat [[PERSON|name:Amira Hassan]], [[ID|ssn:991204-5946]], [[AGE|other:24]] år, in [[LOCATION|geo:Malmö]]. UTI symptoms 2 days, no fever, not pregnant. Pivmecillinam 400 mg TDS x3 days to apotek. Patient uploaded photo of urine dipstick: [[ID|photo:AHassan_dipstick_20240819.png]]. BankID verified. Session IP [[IP|ip:2001:2042:3b61:a200:9d4c:1f0e:66a2:18b3]].""",
]

BILLING = [
    # AU Medicare bulk bill CSV
    """claim_id,date_of_service,patient,medicare_no,irn,item,fee,status
[[ID|other:BB24-0088172]],[[DATE|date:2024-08-28]],"[[PERSON|name:FAIRWEATHER, DOROTHY]]",[[ID|health_plan:6165496901]],1,23,42.85,PAID
[[ID|other:BB24-0088174]],[[DATE|date:2024-08-28]],"[[PERSON|name:NGUYEN, THI HOA]]",[[ID|health_plan:5977300255]],3,721,156.55,REJECTED-IRN
[[ID|other:BB24-0088175]],[[DATE|date:2024-08-29]],"[[PERSON|name:O'CONNOR, LIAM]]",[[ID|health_plan:2739554585]],1,10990,8.40,PAID""",
    # AU TAC motor accident claim
    """TAC claim [[ID|other:T24/118832]] - invoice from [[LOCATION|geo:Epworth Richmond]] physio
Client: [[PERSON|name:Shane Mitchell]], TFN [[ID|ssn:575 681 014]] (income support claim). TAC requires vehicle details:
Vehicle: 2019 Toyota Hilux, rego [[VEHICLE|vehicle:1XK 4RT]] (VIC), VIN [[VEHICLE|vehicle:MR0HA3CD1K0412285]]
Accident [[DATE|date:14 Jan 2024]] at the [[LOCATION|geo:Punt Rd / Swan St]] intersection.
Sessions x6 @ $98.20 (item PM22), total $589.20. Pay to clinic BSB [[ID|account:083-004]] acct [[ID|account:51 882 4471]].""",
    # US superbill
    """SUPERBILL  [[LOCATION|geo:Lakeview Internal Medicine]]  TIN 36-4418822  NPI [[ID|license:1738612864]]
Patient: [[PERSON|name:MORENO VEGA, LUIS A]]  Acct# [[ID|account:LIM-0044718]]
Ins: BCBS IL  Member [[ID|health_plan:XOF884120037]]  Subscriber: [[PERSON|name:Guadalupe Moreno]] (spouse), SSN [[ID|ssn:731 26 0356]]
DOS [[DATE|date:03/04/2024]]  CPT 99214-25 $212.00; 83036 (A1c) $28.00; 95251 $74.00   Dx E11.65, E66.01, Z68.38
Copay $30 paid Visa ****[[ID|account:8841]]. Balance $0.""",
    # US collections letter
    """[[DATE|date:June 3, 2024]]
[[PERSON|name:Raymond J. Hollis]]
[[ADDRESS|geo:3319 Arsenal St, St. Louis, MO 63118]]
RE: Account [[ID|account:HAR 7712093345]], inpatient stay, [[LOCATION|geo:Mercy Hospital St. Louis]]
Total charges $48,212.70; Medicare paid $17,409.33; Medicaid crossover $1,276.00; patient responsibility $1,632.00.
You may qualify for financial assistance. Call our billing office at [[PHONE|phone:314-251-0870]] or pay online at [[URL|url:https://pay.mercy.net/acct/7712093345]].
Claim number [[ID|other:24014C99218]].""",
    # UK private invoice
    """INVOICE [[ID|other:INV-2024-01187]]  [[LOCATION|geo:Spire Leeds Hospital]]
Bill to: Mrs [[PERSON|name:Pauline Ackroyd]], [[ADDRESS|geo:28 Otley Road, Harrogate HG2 0DJ]]
Insurer: Bupa, membership [[ID|health_plan:96483301-07]]
[[DATE|date:22/03/2024]] Physiotherapy initial (CCSD A9010) GBP 95.00; follow-up x4 GBP 280.00. Excess GBP 100.00 due from patient.
Pay by BACS: sort code [[ID|account:20-45-77]], account [[ID|account:63118842]].""",
    # DE GOÄ Privatrechnung
    """Privatliquidation nach GOÄ - Rechnungsnr. [[ID|other:RE-24-3319]]
Empfänger: Herrn [[PERSON|name:Klaus-Dieter Brandt]], [[ADDRESS|geo:Rohrbacher Straße 71, 69115 Heidelberg]]
Behandlungszeitraum [[DATE|date:08.01.2024]] - [[DATE|date:15.01.2024]], Wahlleistung Chefarzt
GOÄ 1, 3, 650, 5295 ... Summe 2.418,77 EUR.
Bitte überweisen an IBAN [[ID|account:DE39 4899 4608 0434 5065 45]], Verwendungszweck: Rechnungsnr. / Name.""",
    # FR feuille de soins
    """FSE rejet - lot 4471, [[DATE|date:14/06/2024]]
Bénéficiaire [[PERSON|name:FONTAINE Bernard]], NIR [[ID|ssn:157117511200888]], AMO régime général, AMC mutuelle [[ID|health_plan:HM-0471188205]]
Actes: AMI 4 x3 + IFD x3 = 61,80 EUR. Motif rejet: droits AMC expirés.
IDE [[PERSON|name:Sophie Garnier]]. Virement IBAN [[ID|account:FR4070406851892434497627717]].""",
    # NL declaratie
    """Declaratie Vecozo [[DATE|date:juni 2024]] | zorgverlener AGB [[ID|license:01048327]] | verzekerde [[PERSON|name:S. Mulder]] BSN [[ID|ssn:341644250]] | prestatie 13001 consult regulier 5-20 min EUR 12,25 | status afgewezen: eigen risico | incasso NL-rekening [[ID|account:NL54 INGB 0462 8358 09]]""",
    # IT ticket
    """Ricevuta ticket CUP n. [[ID|other:2024-NA-0114883]] - [[LOCATION|geo:Presidio Ospedaliero Pellegrini]], pagata il [[DATE|date:03/05/2024]] da [[PERSON|name:Russo Annunziata]]: visita geriatrica 89.7 EUR 25,82 + ECG 89.52 EUR 11,62. Rimborso su IBAN [[ID|account:IT04K1735153208373425373735]].""",
    # ES/SE quick rows
    """[[DATE|date:2023-10-31]] | Seguro privado Sanitas póliza [[ID|health_plan:SAN-33091128-02]] | beneficiaria [[PERSON|name:Oksana Melnyk]] | ecocardiograma 31.5 EUR 140,00 | domiciliación [[ID|account:ES81 0896 6777 0362 2648 2348]]
[[DATE|date:2024-06-07]] | Region Västra Götaland patientavgift | [[PERSON|name:Erik Johansson]] [[ID|ssn:197906112938]] | 100 kr/dygn x4 | faktura skickas""",
]

TELEMETRY = [
    # DE pacemaker remote
    """[[DATE|date:2024-02-11T03:14:07Z]] CareLink RX transmission OK device=Azure XT DR MRI SureScan model W1DR01 sn=[[DEVICE|device:RNF612803S]] pt="[[PERSON|name:Brandt, Klaus-Dieter]]" clinic=[[LOCATION|geo:Universitätsklinikum Heidelberg]] monitor_sn=[[DEVICE|device:KBA402188N]] battery=10.9y AP=2% VP=98% AT/AF burden=0.0% alerts=none gw=[[IP|ip:185.22.141.7]]""",
    # AU CGM upload JSON
    """{"ts":"[[DATE|date:2024-03-20T22:41:09+11:00]]","app":"LibreLinkUp","sensor_sn":"[[DEVICE|device:0M00058YJ6K]]","reader_imei":"[[DEVICE|device:359768017433318]]","patient":{"name":"[[PERSON|name:Cheryl Williams]]","dob":"[[DATE|date:1961-09-04]]","mrn":"[[ID|mrn:WW0318842]]"},"glucose_mmol":3.1,"trend":"falling","alarm":"LOW","follower":"[[EMAIL|email:darren.williams61@bigpond.com]]","src_ip":"[[IP|ip:2001:8003:e41c:9a00:5d2:4bff:fe19:a07c]]"}""",
    # US insulin pump + CGM log
    """pump_log  [[LOCATION|geo:Lakeview Internal Medicine]]  pt [[PERSON|name:Luis Moreno Vega]]
[[DATE|date:2024-06-02]] 07:12  t:slim X2 SN [[DEVICE|device:1187423]]  BOLUS 6.2 u  carbs 48 g  BG 182 mg/dL  IOB 1.1 u
[[DATE|date:2024-06-02]] 11:40  Dexcom G7 tx [[DEVICE|device:3A7F9K2M1Q]]  SENSOR EXPIRED  auto-mode off
[[DATE|date:2024-06-02]] 11:58  upload via t:connect from [[IP|ip:2600:1700:5e90:8ac0:1c3:88ff:fe02:4a1d]]  user [[EMAIL|email:luis.moreno.vega83@gmail.com]]""",
    # UK CPAP AirView
    """ResMed AirView compliance report [[DATE|date:01/11/2023]]-[[DATE|date:30/11/2023]] | [[PERSON|name:MACLEOD ANGUS]] | CHI [[ID|mrn:1403625972]] | AirSense 10 AutoSet SN [[DEVICE|device:23181347702]] | modem IMEI [[DEVICE|device:356505298925213]] | usage 27/30 days >4h (90%), avg 6h42m, AHI 3.8, leak 95th 18 L/min, pressure 95th 11.2 cmH2O | sleep service [[LOCATION|geo:Royal Infirmary of Edinburgh]], physiologist [[PERSON|name:K. Baird]]""",
    # AU fall pendant with GPS
    """ALERT 0317 [[DATE|date:Sat 16/3]] - Personal alarm pendant ID [[DEVICE|device:VIT-44-0918-227]] (client [[PERSON|name:Maureen Kelly]], [[AGE|date:91]]) fall detected, GPS [[LOCATION|geo:-33.8731, 151.2252]] (outside home [[ADDRESS|geo:8 Wylde St, Potts Point NSW 2011]]). Two-way speech no answer. Called responder 1 [[PERSON|name:Brendan Kelly]] [[PHONE|phone:+61 412 583 907]] - no answer; called 000, ambulance dispatched 0322. Responder 2 (neighbour) attended 0329.""",
    # NL thuismonitoring BP/weight
    """thuismonitoring HF - Luscii export [[DATE|date:12-06-2024]]: pt [[PERSON|name:Kuipers-Smit, A.J.]] patnr [[ID|mrn:7043318]]; weegschaal Withings SN [[DEVICE|device:00:24:E4:7A:31:C2]]; weight 71.2 kg (stable), BP 118/76, HR 71; spO2 98. Alerts 0. Phone app v3.4.1 on iOS 17.5 from [[IP|ip:145.53.18.92]].""",
    # FR Holter + IT loop recorder
    """Holter ECG 24h, [[LOCATION|geo:Hôpital Européen Georges-Pompidou]] - enregistreur Spiderview SN [[DEVICE|device:SV3-0188-4471]], pose [[DATE|date:14/06/2024]] 10:05, retrait [[DATE|date:15/06/2024]] 10:20. Patient [[PERSON|name:MARCHAND Élodie]], IPP [[ID|mrn:6602184377]]. Mean HR 78, min 48 at 04:12, max 162 during stairs, 212 SVEs, no pauses > 2 s.""",
    # US hospital nurse-call / RTLS log
    """RTLS badge log - [[LOCATION|geo:Barnes-Jewish Hospital]]
[[DATE|date:2024-01-16 02:14:55]] tag=[[DEVICE|device:AA:7C:21:0F:88:E4]] assigned_to=pt [[PERSON|name:HOLLIS RAYMOND]] loc=8400-CVICU-Rm14 event=BED_EXIT
[[DATE|date:2024-01-16 02:15:31]] tag=[[DEVICE|device:AA:7C:21:0F:90:11]] assigned_to=staff [[PERSON|name:Okafor, Tunde]] RN loc=8400-CVICU-Rm14 event=ENTER""",
    # SE/ES wearable + palm vein kiosk
    """[[DATE|date:2024-09-02 08:01:13]] kiosk=REG-03 [[LOCATION|geo:Hospital Universitario La Paz]] palm-vein match OK template=[[ID|biometric:PV-7721-0043-AC19]] -> NHC [[ID|mrn:3308112]] ([[PERSON|name:Gómez Castillo, Javier]]) checkin Endoscopia 08:30 sala 4
[[DATE|date:2024-09-02 08:02:40]] kiosk=REG-03 palm-vein NO MATCH (score 0.41) -> manual DNI [[ID|ssn:43225128D]] ([[PERSON|name:Carmen Soto Blanco]])""",
    # PL telemonitoring + Swedish spirometry
    """Telemonitoring KOS-zawał, [[LOCATION|geo:Szpital Uniwersytecki w Krakowie]]: pacjent [[PERSON|name:Tadeusz Wróbel]], PESEL [[ID|ssn:63032166991]]; Kardiobox SN [[DEVICE|device:KBX-2210-09117]], SIM [[DEVICE|device:89480012347720991104]]; weight 84.3 kg (+2.1 kg/3d) -> ALERT sent to nurse [[PERSON|name:Beata]] at [[DATE|date:06.03.2024 19:44]]. Patient called on [[PHONE|phone:+48 601 228 417]]; furosemide +40 mg x3d.""",
]

RESEARCH = [
    # AU trial enrolment
    """STUDY ENROLMENT LOG - ACTRN12623000441873 (CAP-STEP), Site 04 [[LOCATION|geo:Dubbo Base Hospital]]
Participant ID: [[ID|other:CS-04-0117]]   Randomised [[DATE|date:13 March 2024]] 16:20 -> Arm B (early oral switch)
Name: [[PERSON|name:Graham Tuckwell]]   DOB [[DATE|date:02/10/1952]]   URN [[ID|mrn:D0449172]]
Consent: written, witnessed by research nurse (PS); person responsible not required.
Eligibility: CAP, CURB-65 0-2, afebrile 24h - all met. Exclusions: none. eGFR 68.
Contact for 30-day follow-up call: mobile [[PHONE|phone:0427 318 552]] (wife's).
Baseline sputum specimen accession [[ID|other:24D117729]]; serum stored box 14 pos C7.
PI signature on file.""",
    # US biobank consent + fingerprint
    """BIOBANK CONSENT RECORD - [[LOCATION|geo:Washington University School of Medicine]] IRB #202311087
Participant: [[PERSON|name:Brianna Kowalski]]  DOB [[DATE|date:August 9, 1997]]  Biobank ID [[ID|other:WUB-0093321]]
Consented [[DATE|date:2/14/2024]] by CRC. Genomic data sharing (dbGaP): YES. Recontact: YES via [[EMAIL|email:bree.kowalski@outlook.com]]; annual survey link [[URL|url:https://redcap.wustl.edu/surveys/?s=HKD7TR3M9AWUB0093321]].
Identity check at sample collection: fingerprint template [[ID|biometric:FP-US-7714-22B9]] enrolled on Lumidigm V302 reader.
Samples: EDTA x2 (accession [[ID|other:B24-004471]]), saliva x1. Compensation $50 Visa gift card, last4 [[ID|account:3310]].""",
    # UK screening log row
    """ISRCTN 48211765 screening log, [[LOCATION|geo:Calderdale Royal Hospital]]:
[[DATE|date:07/11/2023]] | [[PERSON|name:Crossley, Hannah]] | NHS [[ID|mrn:8248938867]] | [[AGE|other:44]] | F | DAS28 5.2 | eligible | consented Y | screening no. [[ID|other:EARLY-RA-031]] | GH
[[DATE|date:07/11/2023]] | [[PERSON|name:Ahmed, Rukhsana]] | NHS [[ID|mrn:5297867878]] | [[AGE|other:61]] | F | DAS28 3.1 | not eligible (DAS<3.2) | - | - | GH""",
    # DE Studie retinal imaging
    """Studie DIAB-EYE, Studienzentrum [[LOCATION|geo:Universitäts-Augenklinik Tübingen]], Visit 2 (Woche 12, [[DATE|date:21.03.2024]])
Proband [[ID|other:DE-TU-0442]] ([[PERSON|name:Meier, Sabine]], geb. [[DATE|date:09.12.1968]]) - Fundusfotos exported: [[ID|photo:DE-TU-0442_OD_20240321.dcm]], [[ID|photo:Meier_Sabine_OS_20240321.jpg]] (the second file name violates the pseudonymisation SOP - renamed).
HbA1c 8.1%, ETDRS letters 82/79. Aufwandsentschädigung 40 EUR paid.""",
    # FR cohort
    """Cohorte CONSTANCES-like, [[LOCATION|geo:Centre d'examens de santé de Lyon]] - inclusion [[DATE|date:le 3 juillet 2023]]
Participant [[PERSON|name:Nathalie Perrin]], née le [[DATE|date:8 octobre 1979]], NIR [[ID|ssn:2 79 10 59 350 117 81]], identifiant cohorte [[ID|other:C7-69-118402]].
Questionnaire sent to [[EMAIL|email:nath.perrin@orange.fr]].""",
    # NL biobank
    """Lifelines-style biobank intake [[DATE|date:17 januari 2024]], [[LOCATION|geo:Groningen]]: deelnemer [[PERSON|name:Jelle Dijkstra]] ([[AGE|other:33]]), BSN [[ID|ssn:572367995]], studienummer [[ID|other:LL-1447302]]. Blood 6 tubes, faeces kit, body comp (BMI 24.1). Face photo for ID card: [[ID|photo:LL1447302_dijkstra_face.png]]; face template [[ID|biometric:FT-NL-0091-44C2]].""",
    # IT registry
    """Registro regionale IBD - arruolamento [[DATE|date:20 giugno 2024]], [[LOCATION|geo:Policlinico Gemelli]]. Paz. [[PERSON|name:Francesca Costa]], CF [[ID|ssn:CSTFNC91E48H501I]], [[AGE|other:33a]], codice registro [[ID|other:IBD-LAZ-2024-0339]]. Crohn ileale (Montreal A2 L1 B1), on adalimumab 40 mg q2w. Consent signed.""",
    # ES ensayo
    """EudraCT 2022-004118-33 - screening visit [[DATE|date:11/04/2024]], [[LOCATION|geo:Hospital Universitario Virgen del Rocío]]
Sujeto [[ID|other:ES-07-0012]] - [[PERSON|name:Rocío Márquez León]], NIE n/a, DNI [[ID|ssn:31207098P]], [[AGE|other:67]]. Screening failure: eGFR 28 (criterion ≥30). Re-screen allowed in 8 weeks.""",
    # PL + SE
    """Badanie kliniczne, ośrodek 02 [[LOCATION|geo:Gdańsk]] ([[LOCATION|geo:Uniwersyteckie Centrum Kliniczne]]): uczestnik [[ID|other:PL-02-0081]] = [[PERSON|name:Marek Lewandowski]], PESEL [[ID|ssn:02310410913]], [[AGE|other:21]] l. Consent [[DATE|date:9.05.2024]]. Wearable Fitbit Charge 6 SN [[DEVICE|device:FB421A8C77E2]] issued.""",
    # AU Aboriginal community research
    """Community research visit [[LOCATION|geo:Yuendumu]] [[DATE|date:22 Oct 2024]] - RHD echo screening study (ethics HREC 2023-118). Enrolled [[PERSON|name:Tanisha Brown]], [[AGE|other:14]], consent by mother [[PERSON|name:Rosalie Napangardi]]. Study no. [[ID|other:RHD-YDU-0055]]. Echo clip [[ID|photo:RHD-YDU-0055_PLAX_221024.mp4]]. Result borderline RHD - refer to cardiac outreach.""",
]

INCIDENT = [
    # AU RiskMan car park
    """RiskMan incident [[ID|other:RM-2024-004417]] | SAC 3 | Reported [[DATE|date:18/04/2024]] 17:55
Location: Level 2 visitor car park, [[LOCATION|geo:Wagga Wagga Base Hospital]], near lift B.
Description: Visitor [[PERSON|name:Trevor Hocking]] (68) reversing white Ford Ranger NSW rego [[VEHICLE|vehicle:CY 83 KT]] struck pedestrian, patient [[PERSON|name:Cheryl Williams]], who was walking to Outpatients for endo clinic. Pt fell, grazed L forearm, no head strike. GCS 15. Reviewed in ED, X-ray NAD.
Driver details taken: NSW licence [[ID|license:18 442 907]]. Police event [[ID|other:E71882043]]. CCTV requested from security.
Photos: [[ID|photo:RM-2024-004417_scene_1.jpg]], [[ID|photo:williams_cheryl_forearm.jpg]].
Reporter: EN, Medical 2.""",
    # US event report med error
    """SAFETY EVENT REPORT #[[ID|other:SE-24-01932]]  [[DATE|date:01/16/2024]] 02:40  Unit 8400 CVICU
Type: Medication - wrong rate. Harm: none (Level C).
Patient [[PERSON|name:Raymond Hollis]], MRN [[ID|mrn:004471203]], rm 14. Heparin 25,000 units/250 mL programmed at 18 mL/h instead of 18 units/kg/h (=14.6 mL/h) on Alaris pump channel B, pump SN [[DEVICE|device:8015-14422871]]. Found at handover by RN [[PERSON|name:Tunde Okafor]]; aPTT 98 s. Rate corrected, held 1h. Pharmacist and attending notified 02:55; family ([[PERSON|name:Keisha Hollis-Grant]]) informed [[DATE|date:1/16]] AM per disclosure policy.""",
    # UK Datix missing patient
    """Datix [[ID|other:W118844]] - absconded patient, [[LOCATION|geo:Leeds General Infirmary]], Ward J24, [[DATE|date:10th January 2024]] approx 19:30
Mrs [[PERSON|name:Pauline Ackroyd]] ([[AGE|other:82]]), delirium, found missing at 19:45 obs round. Description given to police: white female, grey bob, pink dressing gown. Police log [[ID|other:13/224471/24]].
Located 20:40 by security at [[LOCATION|geo:Leeds railway station]] taxi rank, trying to get a taxi to "my house". Returned unharmed. Daughter [[PERSON|name:Sharon Ackroyd-Bell]] informed on [[PHONE|phone:07712 448 903]].
Handler: ward matron""",
    # DE CIRS
    """CIRS-Meldung [[ID|other:CIRS-HD-2024-0087]] (anonymised? - NO, contains names, returned for correction): [[DATE|date:10.01.2024]], Kardiologie, [[LOCATION|geo:Universitätsklinikum Heidelberg]]. Pat. [[PERSON|name:Brandt]] (Fall [[ID|other:0024011807]]) received pantoprazole 40 mg i.v. intended for bed neighbour Herr [[PERSON|name:Yilmaz]]; wristband not scanned. No harm. Reported by Pflegekraft; Stationsleitung informed.""",
    # FR violence
    """Fiche d'événement indésirable n° [[ID|other:FEI-2024-0612]] - [[DATE|date:12 juin 2024]], Urgences [[LOCATION|geo:Hôpital de la Timone]], box 7.
A visitor, [[PERSON|name:Kévin Roux]], became verbally aggressive towards the triage nurse while waiting for news about his brother ([[PERSON|name:Lucas Roux]], IPP [[ID|mrn:AP-HM-7718402]]). Security and police (17) called. Visitor left in a grey Peugeot 208 plate [[VEHICLE|vehicle:FG-482-LK]]. Plainte déposée, récépissé [[ID|other:2024/011882]]. Staff offered debrief.""",
    # NL MIC melding ambulance
    """VIM-melding [[ID|other:VIM-24-3312]] - ambulance handover delay, SEH [[LOCATION|geo:Catharina Ziekenhuis]] [[DATE|date:zaterdag 8 juni 2024]] 23:10
Ambulance 22-118 (kenteken [[VEHICLE|vehicle:4-KXT-92]]) waited 74 min with pt [[PERSON|name:Henk Visser]] ([[AGE|other:79]]), BSN [[ID|ssn:106414100]], suspected sepsis (qSOFA 2) from home. Lactate 4.1. Antibiotics delayed to 00:35. Reported by ambulanceverpleegkundige. Meldkamer informed.""",
    # IT incident + stolen car
    """Segnalazione evento (incident reporting) n. [[ID|other:IR-NA-2024-144]] - [[DATE|date:2 maggio 2024]] - [[LOCATION|geo:Ospedale del Mare]] parcheggio P2.
The car of Dr [[PERSON|name:Luisa Amato]] (Fiat Panda, targa [[VEHICLE|vehicle:GE 418 KM]], telaio [[VEHICLE|vehicle:ZFA31200800871340]]) was broken into; her work laptop with unencrypted discharge letters was stolen. Carabinieri denuncia [[ID|other:NAPR102024-00883]]. DPO notified at [[EMAIL|email:dpo@aslnapoli1centro.it]] within 72h. Garante breach notification planned.""",
    # ES needlestick staff
    """Notificación accidente biológico [[DATE|date:2023-11-02]] 04:15 - [[LOCATION|geo:Hospital Universitario 12 de Octubre]], Neurología.
Worker: [[PERSON|name:Lucía Serrano Vidal]], enfermera, nº empleado [[ID|other:E-0448172]], DNI [[ID|ssn:34118442N]]. Needle-stick with insulin pen needle after use on source patient [[PERSON|name:M.C. Ruiz Ortega]]. Source serology: HBsAg neg, HCV neg, HIV neg. Worker anti-HBs 212 (immune). No PEP. Salud Laboral follow-up in 6 weeks.""",
    # PL zdarzenie niepożądane + CCTV face
    """Zdarzenie niepożądane nr [[ID|other:ZN/2024/0318]], [[DATE|date:18 marca 2024]], [[LOCATION|geo:Uniwersytecki Szpital Kliniczny im. WAM]], izba przyjęć.
Unauthorised person entered the pharmacy store at 03:12; CCTV face-match against staff database returned template [[ID|biometric:FACE-PL-00419-B7]] = former porter [[PERSON|name:Krzysztof Mazur]]. Police (112) attended, notatka [[ID|other:RSD-4471/24]]. Stock check by pharmacy: 2 ampoules morphine 10 mg missing. Car seen leaving: Opel Astra [[VEHICLE|vehicle:EL 4K771]].""",
    # SE Lex Maria + IPv6 phishing
    """Avvikelse [[ID|other:AV-2024-1187]] / Lex Maria anmälan till IVO, [[DATE|date:2024-08-21]]. [[LOCATION|geo:Sahlgrenska Universitetssjukhuset]]: phishing email from "journal-support" reached physician [[PERSON|name:Sofia Berg]] ([[EMAIL|email:sofia.berg@vgregion.se]]); credentials entered; attacker logged in from [[IP|ip:2a0d:5600:24:a11::3f]] and [[IP|ip:185.220.101.44]], opened records of 14 patients incl. [[PERSON|name:Erik Johansson]]. Voice-authenticated password reset via helpdesk used voiceprint [[ID|biometric:VP-SE-0093-7F1A]].""",
]


def main() -> None:
    n = write_styled(
        OUT,
        [
            ("progress-notes", PROGRESS),
            ("discharge-summaries", DISCHARGE),
            ("referrals", REFERRAL),
            ("nursing-shorthand", NURSING),
            ("pharmacy", PHARMACY),
            ("telehealth", TELEHEALTH),
            ("billing", BILLING),
            ("device-telemetry", TELEMETRY),
            ("research-enrolment", RESEARCH),
            ("incident-reports", INCIDENT),
        ],
    )
    print(f"probe78: {n} docs")


if __name__ == "__main__":
    main()
