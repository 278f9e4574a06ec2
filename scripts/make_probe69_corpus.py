"""Write the 69th hand-annotated redaction probe, 100 notes across ten clinical document styles.

Why: an engine tuned on one kind of note fails on the others. Progress notes and letters carry
names, addresses and dates in prose; nursing handovers glue ages and identifiers to cues in
shorthand; pharmacy, billing and telemetry exports put identifiers in table cells, JSON fields
and log lines next to look-alike codes (NDC, PBS, PZN, CIP, GOÄ, CPT, MBS, ICD, model and lot
numbers, firmware versions, protocol and ethics numbers) that must survive; telehealth and
research logs add URLs, IP addresses, user names, pseudonyms and biometric template ids; and
incident reports name the wrong person on purpose. Each country writes phones, dates, addresses
and national identifiers its own way, and some notes are in German, French, Dutch, Italian or
Spanish, so a detector keyed to one country's shapes or one language's cue words misses them.

What: ten styles of ten notes each: progress notes, discharge summaries, GP/PCP referral
letters, nursing shorthand handovers, pharmacy records, telehealth visits, billing and claims,
device telemetry logs, research enrolment logs and incident reports. Notes are set in the United
States, Australia, the United Kingdom (England, Scotland, Wales) and continental Europe (Germany,
France, the Netherlands, Italy, Spain), written by careful letter writers, rushed nurses and
machine exports. Names of anyone are PERSON|name with titles and credentials outside; a street
address from its number (or flat, house name, unit) to its postcode and town is one ADDRESS|geo
span; towns, suburbs, hospitals, clinics, pharmacies, employers' sites, streets without a number,
postcodes alone and GPS fixes are LOCATION|geo; states, countries, insurers and agencies are not
marked. Dates more specific than a year (and years of birth) are DATE|date in every language and
format, with clock times outside unless part of one ISO timestamp; ages of 90 and over are
AGE|date, other patients' ages AGE|other. Phones and faxes carry their country code inside the
span; public helplines and manufacturer support lines are not marked. National and social
security numbers (SSN, NHS, CHI, BSN, NIR, codice fiscale, DNI/NIE, NUSS, TFN, NI) are ssn;
hospital, unit record and chart numbers mrn; insurance member numbers, Medicare, MBI, Medicaid,
DVA, IHI, German KVNR, TEAM cards and fund memberships health_plan; IBANs, BSB+account, invoice and
statement numbers and card last-4 account; NPI, DEA, GMC, GPhC, LANR, BSNR, RPPS, BIG, AGB,
Australian provider numbers, BtM numbers and driver licences license; plates and VINs vehicle;
implant, pump, sensor, processor, hub and patch serials, IMEIs, ICCIDs and MAC addresses device;
fingerprint, palm and voiceprint templates and voice recordings biometric; photo, video and CCTV file names
carrying a name or id photo; claim, incident, biobank, participant, screening, prescription
and prior-auth ids, REDCap record ids and user names other. Check-digit values pass
their checksums.

How: cd /work/main && .venv/bin/python scripts/make_probe69_corpus.py (writes corpus/redaction/probe69.jsonl).
"""

from pathlib import Path

from make_safe_harbor_suite import write_styled

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "corpus" / "redaction" / "probe69.jsonl"

PROGRESS_NOTES = [
    """HOSPITAL MEDICINE PROGRESS NOTE - HD#4
Pt: [[PERSON|name:Delgado, Ramona]]   MRN [[ID|mrn:0048817236]]   Rm 11B-1142
S: [[AGE|other:65]]F w/ HFrEF (EF 25-30%), CKD3b, admitted [[DATE|date:3/10]] w/ ADHF. Net -4.1 L since admit. Slept on 2 pillows. Daughter at bedside, asks about going home to [[LOCATION|geo:Chelsea]] by the weekend.
O: T 36.8 HR 84 BP 104/62 RR 18 SpO2 95% RA. Wt 78.2 kg (admit 82.6). JVP 9 cm. Bibasilar crackles improved.
Labs: Na 134, K 3.9, Cr 1.84 (baseline 1.6), BNP 1,420 (from 2,980). Mg 2.0.
A/P:
1. ADHF - cont furosemide 80 mg IV BID, strict I/O, daily wt. Goal net -1 to -1.5 L/d.
2. CKD3b - Cr bump tolerable, trend BMP AM.
3. ICD in situ (Boston Sci, SN [[DEVICE|device:187342]]) - interrogated HD#2, no events.
Dispo: likely Sat if Cr stable. PCP office notified, ph [[PHONE|phone:617-568-4471]].
-- Hospitalist team B""",
    """WR Gen Med - Cons / reg / intern   [[DATE|date:12/3/24]] 0815
[[PERSON|name:KOVACEVIC, Zoran]] Bed 14 Ward 6 East
[[AGE|other:74]]M D3 CAP R) LL + delirium
o/e alert, oriented x2, ?hypoactive. T 37.9 last nt. RR 22, SpO2 93% 2L NP. Chest - coarse creps R base.
CRP 186 -> 142. WCC 14.1. Na 131.
Plan:
- cont ceftriaxone 1g daily + azithro (D3/5)
- wean O2 to SpO2 92-96
- delirium bundle, CAM daily, pls avoid benzos
- son (NOK) to be updated re plan; wife not coping, ?SW r/v
- lives alone, 2 steps at front door - OT home vis before d/c
- ACP: NFR documented, MET call ok
HMO2""",
    """Inpatient Progress Note - [[LOCATION|geo:Becklin Centre]], Ward 4
Patient: [[PERSON|name:Callum Ashworth-Reid]]   NHS No: [[ID|ssn:415 418 5713]]
Seen on [[DATE|date:Tuesday 5th March 2024]], 14:00, with CPN and ST5.

[[PERSON|name:Callum]] is a [[AGE|other:29]]-year-old man detained under s.3 MHA since [[DATE|date:19/02/2024]]. Today he was more settled, attended the OT breakfast group and engaged for 25 minutes. He denied AVH but appeared to be responding to unseen stimuli. He remains preoccupied with the belief that his neighbour is monitoring him through the Wi-Fi and has been posting about this on a public blog ([[URL|url:https://callumtruthwatch.blogspot.com]]); he agreed not to post while on the ward.
MSE: unkempt, good rapport, mood "alright", affect restricted, persecutory delusions unchanged, no thoughts of harm to self or others, partial insight.
Plan: continue clozapine titration, currently 150 mg nocte; FBC Monday for CPMS. HoNOS 18. Escorted ground leave 30 min x2 daily.
ST5 General Adult Psychiatry, GMC [[ID|license:7120458]]""",
    """Verlaufsdokumentation Station 3B
Pat.: [[PERSON|name:Wiegand, Hildegard]], Fall-Nr. [[ID|mrn:24015573]]
[[DATE|date:Mo, 11.03.2024]]
Visite OÄ: [[AGE|other:84]]-jährige Pat. mit dekomp. Herzinsuff. NYHA III, VHF. Gewicht 71,4 kg (-1,2 kg), Beinödeme rückläufig. RR 118/70, HF 88 arrh. Krea 1,6 mg/dl, K 4,1.
Procedere: Torasemid 20 mg 1-0-0 weiter, Apixaban 2,5 mg 1-0-1 (Dosisreduktion bei Alter/Krea). Barthel 45.
Sozialdienst: Tochter (Tel. [[PHONE|phone:0221 4783 912]]) wünscht Kurzzeitpflege im [[LOCATION|geo:Haus Lindenhof]] in [[LOCATION|geo:Frechen]], Antrag bei der Pflegekasse läuft.""",
    """SKILLED NURSING PROGRESS NOTE (monthly regulatory visit)
Facility: [[LOCATION|geo:Big Sky Care Center]], [[LOCATION|geo:Helena]] MT
Resident: [[PERSON|name:Arlo Fenstermacher]]   Medicare MBI [[ID|health_plan:4KQ9-TE2-MD71]]   Visit [[DATE|date:04/02/2024]]

[[AGE|date:92]] y/o male, long-term resident, former rancher. Wife, 88, is in the memory care wing; he visits her daily after lunch.
Vitals: BP 138/74, P 66, wt 152 lb (stable). BIMS 11/15, PHQ-9 4.
Stage 2 PI L heel - healing, 1.0 x 0.8 cm, see wound photo [[ID|photo:Fenstermacher_Lheel_0402.jpg]].
Meds reviewed; GDR of quetiapine 25 mg attempted x2, unsuccessful (sundowning).
POLST on file - DNR/selective treatment. Son is POA.
APRN, NPI [[ID|license:1254178597]]""",
    """[[LOCATION|geo:Wurrumiyanga Health Centre]] - clinic progress note
[[DATE|date:21-Feb-2024]] 10:40   RN w/ AHP
Client: [[PERSON|name:Jacinta Tipiloura]]   Medicare [[ID|health_plan:3963 27695 4]]
Reason: wound review L shin (dog bite 10 days ago) + 715 health check due.
Wound 3x2cm, granulating, nil ooze, nil cellulitis. Photo saved as [[ID|photo:TIPILOURA_J_shin_210224.jpg]] in PCIS.
BGL 9.8, BP 132/86, wt 94 kg, ACR 4.1. HbA1c 8.4% (Dec).
Plan: dressing 2nd daily at clinic, cont metformin 1g BD, SGLT2i discussed, RMP tele-review.
Lives with aunty at [[ADDRESS|geo:House 117, Wurrumiyanga NT 0822]].""",
    """Observation médicale - Service de Pneumologie, [[LOCATION|geo:Hôpital de la Croix-Rousse]]
Patiente : Mme [[PERSON|name:Nathalie Girardot]], née le [[DATE|date:9 juin 1956]], NIR [[ID|ssn:2 56 06 69 123 187 48]]
Patiente de [[AGE|other:67]] ans, BPCO GOLD 3, hospitalisée pour exacerbation. Amélioration clinique, SpO2 93 % sous 1 L/min. GDS : pH 7,38, PaCO2 48 mmHg. Apyrétique.
CAT : arrêt de la corticothérapie à J5, kiné respiratoire quotidienne, réévaluation de l'OLD avant la sortie.
Vit seule au [[ADDRESS|geo:14 rue d'Austerlitz, 69004 Lyon]], 3e étage sans ascenseur. Fille joignable. Médecin traitant à [[LOCATION|geo:Caluire-et-Cuire]].""",
    """DN CONTINUATION NOTE - [[LOCATION|geo:Govan]] District Nursing Team
Pt: [[PERSON|name:Agnes McIlwraith]]   CHI [[ID|ssn:2709410826]]
Addr: [[ADDRESS|geo:0/2, 48 Langlands Road, Glasgow G51 3BD]] - key safe, code given verbally, not recorded
[[DATE|date:07/03/24]] visit 09:20. Leg ulcer R gaiter, 2-layer compression reapplied. ABPI 0.92 (done [[DATE|date:Jan 24]]).
Wound 4.2 x 3.1 cm (prev 4.8 x 3.5). Slough 20%. Exudate mod. Pain 3/10.
Pt [[AGE|other:82]], lives alone, carers x2 daily. Niece visits Sundays. Next visit Mon.
SN""",
    """SICU PROGRESS NOTE   [[DATE|date:2024-01-27]]
[[PERSON|name:BRANNIGAN, TUCKER J]]   MRN [[ID|mrn:E7730418]]
[[AGE|other:34]]M POD#2 s/p ex-lap/splenectomy after MVC (restrained driver, rollover on I-35 nr [[LOCATION|geo:Hillsboro]]). Per DPS crash report pt's pickup (TX plate [[VEHICLE|vehicle:NKV-4829]], VIN [[VEHICLE|vehicle:1FTFW1E51PFA12345]]) was towed to [[LOCATION|geo:Waco]]; wife asking about belongings in the cab.
Neuro: GCS 15, off sedation, CAM-ICU neg. CV: MAP 70s off pressors. Resp: extubated POD1, 2L NC, IS 1250.
GI: NPO -> clears. Renal: UOP 0.8 mL/kg/h. Heme: Hgb 8.9 stable, plt 412. ID: post-splenectomy vaccines due POD14.
Plan: SQ heparin 5000 q8h, tertiary survey done - L 5th MC fx, splint, hand f/u.
CM: auto insurance claim open, adjuster [[PHONE|phone:(254) 741-6093]].""",
    """Diario clinico - U.O. Medicina Interna, [[LOCATION|geo:Policlinico di Sant'Orsola]]
Paziente: [[PERSON|name:ROSSI Anna]] - C.F. [[ID|ssn:RSSNNA81E45A944V]]
Ore 9:30 - giro visita
Paziente di [[AGE|other:43]] anni, ricoverata il [[DATE|date:12 maggio]] per pielonefrite acuta destra. Apiretica da 36 ore. PA 115/70, FC 78. PCR 4,2 mg/dl (da 18,6). Emocolture negative. Prosegue ceftriaxone 2 g/die, poi switch per os secondo antibiogramma (E. coli sensibile a cotrimossazolo).
Il marito chiede informazioni: tel. [[PHONE|phone:+39 347 812 4460]].
Dimissione prevista venerdì.""",
]

DISCHARGE_SUMMARIES = [
    """ELECTRONIC DISCHARGE SUMMARY
Facility: [[LOCATION|geo:The Prince Charles Hospital]]   Unit: Cardiology
Patient: [[PERSON|name:HAWTHORNE, Graeme Alistair]]   URN: [[ID|mrn:1788305]]   Sex: M
Medicare No: [[ID|health_plan:4557 80519 1]]   IHI: [[ID|health_plan:8003 6091 0048 5125]]
Admission: [[DATE|date:02/03/2024]] 14:12   Discharge: [[DATE|date:06/03/2024]] 10:30   LOS: 4 days
Principal Dx: NSTEMI (I21.4)   DRG F60B
Procedures: coronary angiography + PCI to LAD (DES x1) (MBS 38306)
Discharge Medications:
  aspirin 100 mg mane; ticagrelor 90 mg BD (12 months); atorvastatin 80 mg nocte;
  metoprolol succinate 47.5 mg daily; ramipril 2.5 mg daily; GTN spray 400 mcg PRN
Follow-up: GP within 1 week; cardiac rehab referral sent; Cardiology OPD 6/52.
Recipient GP: Dr [[PERSON|name:Meredith Sayce]]   Fax [[PHONE|fax:(07) 3359 2186]]
Document version 2""",
    """DISCHARGE SUMMARY - [[LOCATION|geo:Rush University Medical Center]], Department of Medicine
Patient Name: [[PERSON|name:Okonkwo-Barnes, Denise]]   MRN: [[ID|mrn:11930462]]
Admit: [[DATE|date:02/17/2024]]   Discharge: [[DATE|date:02/21/2024]]
Hospital course: [[AGE|other:51]] yo woman with T2DM (A1c 11.2), HTN, admitted with DKA after running out of insulin (lost job, coverage lapsed). AG closed within 18 h on insulin gtt; transitioned to glargine 24 u + lispro SSI. Endocrine consulted; diabetes educator visit completed.
Social: lives with her sister. Enrolled in IL Medicaid during admission, recipient ID [[ID|health_plan:731458902]].
Discharge Meds: insulin glargine 24 units at bedtime; insulin lispro per scale; metformin 1000 mg BID; lisinopril 20 mg daily.
Pending results: none. Follow-up: PCP in 1 week; Endocrine clinic in 4 weeks.""",
    """[[LOCATION|geo:Salford Royal]] - DISCHARGE LETTER / TTO - Stroke Unit (H4)
To: Dr [[PERSON|name:Iqbal]], [[ADDRESS|geo:28 Barton Lane, Eccles, Manchester M30 0EP]]
Re: Mr [[PERSON|name:Kenneth Walmsley]]   NHS [[ID|ssn:6102096207]]

Dear Doctor,
Mr [[PERSON|name:Walmsley]] was admitted on [[DATE|date:14th February 2024]] with a left MCA infarct (NIHSS 7 on arrival, 2 at discharge). He was thrombolysed at 14:52 (door-to-needle 41 min). CT angiogram showed no LVO. A 72 h tape showed paroxysmal AF, so clopidogrel was switched to apixaban 5 mg BD.
He has mild expressive dysphasia; mRS 2. He must not drive for at least one month and must tell the DVLA if deficits persist; his licence number [[ID|license:WALMS404036KJ9XY]] was recorded for the OT driving assessment referral.
His wife is his main carer ([[PHONE|phone:0161 496 0782]]).
Follow-up: TIA/Stroke clinic 6 weeks; community stroke team (ESD).
Yours sincerely,
SpR Stroke Medicine""",
    """ONTSLAGBRIEF - [[LOCATION|geo:UMC Utrecht]], Afdeling Longziekten
Aan: [[PERSON|name:J.P. van der Heijden]], huisarts
Betreft: mevr. [[PERSON|name:Fenna de Groot-Visser]], geb. [[DATE|date:12-07-1963]], BSN [[ID|ssn:557839427]]
Opname: [[DATE|date:4 maart 2024]] - ontslag na 5 dagen

Geachte collega,
Uw patiënte werd opgenomen wegens een longembolie rechts met RV-belasting (NT-proBNP 1840 ng/L, troponine T 42 ng/L). Behandeld met LMWH, overgezet op apixaban 10 mg 2dd gedurende 7 dagen, daarna 5 mg 2dd. Geen uitlokkende factor; CT thorax/abdomen zonder aanwijzing voor maligniteit.
Beleid: antistolling minimaal 6 maanden, controle polikliniek over 3 maanden.
Met collegiale groet,
aios longziekten""",
    """INFORME DE ALTA HOSPITALARIA - [[LOCATION|geo:Hospital Universitario 12 de Octubre]], Servicio de Traumatología
Paciente: [[PERSON|name:Mª Carmen Villalobos Prieto]]   DNI: [[ID|ssn:47218365D]]
Fecha de ingreso: [[DATE|date:01/03/2024]]   Fecha de alta: [[DATE|date:08/03/2024]]
Motivo de ingreso: fractura pertrocantérea de cadera izquierda tras caída casual en domicilio.
Evolución: intervenida al segundo día (clavo endomedular PFNA, lote 22H8741). Hb 9,1 g/dl postoperatoria, se transfunde 1 CH. Deambulación con andador al alta.
Domicilio: [[ADDRESS|geo:C/ de Antonio López 117, 3º B, 28026 Madrid]]
Tratamiento: enoxaparina 40 mg sc/24 h durante 35 días, paracetamol 1 g/8 h, calcifediol 0,266 mg mensual.
Seguimiento: consultas externas de Traumatología en 6 semanas; curas en [[LOCATION|geo:Centro de Salud Almendrales]].""",
    """[[LOCATION|geo:Fiona Stanley Hospital]] - REHABILITATION DISCHARGE SUMMARY
Name: [[PERSON|name:THORLEY, Reginald]] (prefers "[[PERSON|name:Reg]]")   DVA Gold Card: [[ID|health_plan:WX918274]]   Age [[AGE|date:94]]
Admitted from Orthopaedics [[DATE|date:29/01/2024]] following ORIF L NOF; discharged [[DATE|date:23/02/2024]] home with CHSP package.
FIM 72 -> 98. TUG 24 s with 4WW. MMSE 25/30.
Home with daughter nearby.
DVA-funded rails installed; Veterans' Home Care assessment booked.
Meds: paracetamol 1 g QID, denosumab 60 mg (next due 6 months), cholecalciferol 1000 IU daily.""",
    """NICU DISCHARGE SUMMARY - [[LOCATION|geo:Swedish First Hill]]
Infant: Baby Boy [[PERSON|name:Haugland]]   MRN [[ID|mrn:SW-20931577]]
DOB/TOB: [[DATE|date:01/04/2024]] 03:17   GA at birth 31+2 wks   BW 1,540 g
Discharge: [[DATE|date:02/19/2024]] (DOL 46, CGA 37+6)   Discharge wt 2,610 g
Mother: G2P1->2, O+, GBS unk.
Course: RDS -> surfactant x1, CPAP 4 d; caffeine stopped DOL 38; no IVH on HUS x2; ROP stage 1 zone III, eye exam in 2 wks.
Hearing: passed ABR bilaterally. CCHD screen passed. Car seat challenge passed (90 min).
Newborn screen #2 normal.
Home apnea monitor issued, SN [[DEVICE|device:SC-600-118274]].
Insurance: Apple Health (Medicaid) ProviderOne ID [[ID|health_plan:104827391WA]]""",
    """[[LOCATION|geo:Klinikum rechts der Isar]] - Klinik für Neurologie
Herrn Dr. med. [[PERSON|name:Thomas Aigner]], Facharzt für Allgemeinmedizin

Unser gemeinsamer Patient: Herr [[PERSON|name:Florian Schmidbauer]], geb. [[DATE|date:17.06.1979]], wohnhaft in [[LOCATION|geo:Garching]]
Versichertennr. [[ID|health_plan:M078665873]] (AOK Bayern)
Stationärer Aufenthalt vom [[DATE|date:12.02.]] bis [[DATE|date:20.02.2024]]

Diagnosen: Erstmanifestation einer schubförmig remittierenden Multiplen Sklerose (G35.10), Optikusneuritis links.
Verlauf: Der [[AGE|other:44]]-jährige Patient stellte sich mit Visusminderung links vor. MRT: 6 periventrikuläre und 2 juxtakortikale T2-Läsionen, 1 KM-aufnehmend. Liquor: OKB positiv. Methylprednisolon 1000 mg i.v. über 5 Tage, Visus 0,4 -> 0,8. EDSS bei Entlassung 2,0.
Herr [[PERSON|name:Schmidbauer]] ist Berufskraftfahrer. Fahreignung bis zur Wiedervorstellung in der MS-Ambulanz nicht gegeben; Führerschein-Nr. [[ID|license:J0L1SB84T21]] für die Meldung dokumentiert.
Mit freundlichen kollegialen Grüßen""",
    """HAFAN Y COED - brief discharge notification
Name: [[PERSON|name:Rhodri Pugh-Evans]]   NHS: [[ID|ssn:7266652618]]
Adm [[DATE|date:09/02/24]] (informal) -> dc [[DATE|date:01/03/24]]
Dx: depressive episode, severe w/o psychotic sx (F32.2). Sertraline 150 mg OD, mirtazapine 15 mg ON.
Risk: low-moderate; safety plan given (Samaritans 116 123, NHS 111 press 2).
Staying with mum at [[ADDRESS|geo:7 Heol y Felin, Rhiwbina, Cardiff CF14 6NB]] for now.
CMHT f/u within 72h.
Benefits: PIP form completed with pt, National Insurance no. [[ID|ssn:JT 48 21 93 B]] entered at his request.""",
    """DISCHARGE SUMMARY - ELECTROPHYSIOLOGY - [[LOCATION|geo:Emory University Hospital Midtown]]
Pt: [[PERSON|name:Marcus L. Whitfield]] | MRN [[ID|mrn:EUHM-5502178]]
Procedure [[DATE|date:2024-02-08]]: dual-chamber ICD implant (Medtronic Cobalt XT DR, model DDPA2D4), device SN [[DEVICE|device:PZX601347S]]; RA lead 5076-52cm SN [[DEVICE|device:PJN7718204]]; RV lead 6935M-62cm. DFT not performed.
Indication: NICM, EF 25% despite GDMT x 6 mo, NSVT on Holter.
CareLink monitor paired; remote transmissions q3mo. Wound check in 1 week at device clinic.
No driving x 6 months per counseling; GA DL# [[ID|license:058193472]] recorded on counseling form.
Meds: metoprolol succinate 100 mg daily, sacubitril/valsartan 49/51 mg BID, spironolactone 25 mg daily, dapagliflozin 10 mg daily.
Medtronic patient services 1-800-551-5544.""",
]

REFERRAL_LETTERS = [
    """[[LOCATION|geo:Crookes Valley Medical Centre]]   Fax: [[PHONE|fax:0114 496 0331]]

Rheumatology Outpatients, [[LOCATION|geo:Northern General Hospital]]

Dear Colleague,

Re: Mrs [[PERSON|name:Pauline Entwistle]], NHS No. [[ID|ssn:417 588 4394]]

Thank you for seeing this [[AGE|other:55]]-year-old school cook with a four-month history of symmetrical small-joint polyarthritis of the hands and feet with early-morning stiffness of about 90 minutes. CRP 38, ESR 44, RF positive (64 IU/mL), anti-CCP >340. Hand X-rays show periarticular osteopenia without erosions. DAS28-CRP 5.1.
I have started prednisolone 10 mg once daily as a bridge and would be grateful for your advice on DMARD therapy.
She has asked that letters are not sent to her home address, as her former partner, Mr [[PERSON|name:Darren Cole]], is subject to a non-molestation order. Please use her email [[EMAIL|email:p.entwistle68@outlook.com]] for appointment letters.

Yours sincerely,
Dr [[PERSON|name:Anjali Mistry]], GP Partner""",
    """[[LOCATION|geo:Unley Park Medical Clinic]]   Fax [[PHONE|fax:(08) 8271 4492]]

Dr [[PERSON|name:Stavros Kyriakou]]
Orthopaedic Surgeon, [[LOCATION|geo:Calvary Wakefield Hospital]]

Re: [[PERSON|name:Leanne Whitbread]]   Medicare [[ID|health_plan:5496 49476 1]] Ref 3

Thank you for seeing [[PERSON|name:Leanne]], a [[AGE|other:57]] yo retail manager with severe R knee OA. She has failed 12 weeks of physio, a weight-loss program (BMI 33 -> 31) and one Synvisc injection. XR shows KL grade 4 medial compartment OA with varus 8 deg. Oxford knee score 19/48. She is keen to discuss TKR.
PMHx: HTN, GORD. Meds: perindopril 5 mg, pantoprazole 40 mg, paracetamol SR 1330 mg TDS. Allergy: penicillin (rash).
Referral valid for 12 months.
Kind regards,
Provider No. [[ID|license:203948TH]]""",
    """FAX COVER - CONFIDENTIAL
To: [[LOCATION|geo:Banner Heart Hospital]] Cardiology Intake   Fax: [[PHONE|fax:480-854-5137]]
From: [[LOCATION|geo:Desert Palms Family Medicine]]   Fax: [[PHONE|fax:(602) 943-7718]]
Pages: 4 (incl. cover)

REFERRAL FOR SPECIALTY CARE
Patient: [[PERSON|name:Guadalupe Arredondo]]   Sex: F   (Spanish preferred; son interprets)
Insurance: Mercy Care (AHCCCS) ID [[ID|health_plan:A12847396]]
Referring NPI [[ID|license:1594561650]]
Dx: R00.2 palpitations; I48.91 AF unspecified
Requested: CPT 93306 TTE, 93224 Holter 48h, consult 99204
Reason: new AF, CHA2DS2-VASc 4, started apixaban 5 mg BID + metoprolol tartrate 25 mg BID. Rate 110s -> 80s. TSH 1.2, Hgb 13.1, Cr 0.9.
Prior auth #: [[ID|other:PA24-0307-88412]]""",
    """Überweisungsschein (Muster 6) - Ausdruck aus der Praxissoftware
Krankenkasse: Techniker Krankenkasse   Kostenträgerkennung 101575519
Name, Vorname: [[PERSON|name:Petersen, Maike]]   geb. am [[DATE|date:23.09.85]]
[[ADDRESS|geo:Eppendorfer Landstr. 104, 20249 Hamburg]]
Versicherten-Nr.: [[ID|health_plan:A498087374]]   Status 1000000
Betriebsstätten-Nr.: [[ID|license:017284600]]   Arzt-Nr.: [[ID|license:790620923]]
Überweisung an: Gynäkologie/Endokrinologie, [[LOCATION|geo:Universitätsklinikum Hamburg-Eppendorf]]
Auftrag: Abklärung sek. Amenorrhoe seit 7 Mon., Prolaktin 86 ng/ml (Norm < 25), TSH basal normal, ß-HCG neg. Bitte MRT Sella?
Diagnosen: N91.1 G, E22.1 V
Praxis für Allgemeinmedizin, Fax [[PHONE|fax:040 4806 2216]]""",
    """ZorgDomein verwijzing
Verwijzer: [[PERSON|name:M. el Amrani]], huisarts, AGB [[ID|license:01045872]]
Patiënt: dhr. [[PERSON|name:Sem Kuipers]], BSN [[ID|ssn:267395498]]
Naar: MDL, [[LOCATION|geo:Maasstad Ziekenhuis]]
Vraagstelling: jonge man met sinds 3 mnd diarree 4-6x/dag met bloedbijmenging, gewichtsverlies 5 kg. Calprotectine 940 µg/g, Hb 7,9 mmol/l, CRP 31. Fecestest op pathogenen negatief. Verdenking IBD; graag coloscopie en beleid.
ICPC D94. Medicatie: geen. Allergieën: geen.
Patiënt deelt zijn uitslagen via zijn PGO: [[URL|url:https://www.mijngezondheid.net/delen/8f3c21ab-kuipers]]""",
    """MENTAL HEALTH TREATMENT PLAN - REFERRAL (MBS item 2715)
From: Dr [[PERSON|name:Hamish Lockyer]], [[LOCATION|geo:Peel Street Medical]], [[LOCATION|geo:Tamworth]]   Prov No. [[ID|license:538104KH]]
To: Clinical Psychologist   email [[EMAIL|email:sdwyer.psych@bigpond.com]]
Patient: [[PERSON|name:Jye Burgess]]   Medicare [[ID|health_plan:5258 09634 3]]

[[PERSON|name:Jye]] is a shearer with 3 months of low mood, poor sleep and heavy weekend drinking after his mate died by suicide late last year. K10 34, DASS-21 D 24 / A 14 / S 26, AUDIT-C 9. No current SI, no plan. Protective: his dog, his sister, work.
Safety plan done; he has Lifeline 13 11 14 and Suicide Call Back Service 1300 659 467 in his phone.
Please provide 6 sessions under Better Access (CBT, grief work). Happy to review at session 6.""",
    """eReferral -> GI | urgency: ROUTINE
pt [[PERSON|name:stanislaw wojcik]] dob [[DATE|date:8/14/49]] mrn [[ID|mrn:003318527]]
ins medicare A/B, MBI [[ID|health_plan:7QT2-RW8-NK35]] + supp plan G
reason: IDA hgb 10.1 ferritin 9, FIT + x1, last c-scope 2013 "normal" per pt @ [[LOCATION|geo:Parma]] hosp.
on ASA 81 + clopidogrel (DES 2022). pls EGD/colo; cards ok'd 5d plavix hold.
best # [[PHONE|phone:440-886-2731]] (wife) - pt very HOH, call wife.
ordering PA-C / supervising MD""",
    """Dr [[PERSON|name:Olivier Sarrazin]] - Médecine générale
Fax [[PHONE|fax:04 91 47 22 09]] - RPPS [[ID|license:10918835686]]

Le [[DATE|date:26 février 2024]]

Chère Consœur,
Je vous adresse M. [[PERSON|name:Karim Benhaddou]], n° de sécurité sociale [[ID|ssn:1 72 03 13 055 218 71]], pour avis cardiologique : douleur thoracique d'effort depuis 3 semaines. ECG de repos : sous-décalage ST de 1 mm en V4-V6. Chauffeur-livreur à [[LOCATION|geo:Vitrolles]]. Facteurs de risque : tabac 30 PA, LDL 1,9 g/L, HTA. J'ai débuté aspirine 75 mg et ramipril 5 mg.
Il préfère être contacté par mail ([[EMAIL|email:k.benhaddou72@free.fr]]).
Je vous remercie de le recevoir rapidement.
Bien confraternellement""",
    """SCI Gateway referral - Old Age Psychiatry
Patient: [[PERSON|name:MACLEOD, Euphemia]] ("[[PERSON|name:Effie]]")   CHI [[ID|ssn:0809321548]]   Age [[AGE|date:91]]
Address: [[ADDRESS|geo:14/3 Restalrig Road South, Edinburgh EH7 6LJ]]
Reason for referral: progressive short-term memory loss over 18 months. ACE-III 61/100 (attention 14, memory 9, fluency 5, language 20, visuospatial 13). B12, folate, TFTs, calcium normal. CT head: generalised atrophy and small vessel disease.
Lives alone. Nephew (welfare POA) reports she was found driving to her late husband's old work in [[LOCATION|geo:Rosyth]]; her car (Nissan Micra [[VEHICLE|vehicle:SF09 KXL]]) is now kept by him and DVLA has been informed.""",
    """Dott. [[PERSON|name:Vincenzo Esposito]] - Medico di Medicina Generale

[[DATE|date:7 marzo 2024]]

Gentile Collega,
le invio il sig. [[PERSON|name:Marco Esposito]] (omonimo, nessuna parentela), C.F. [[ID|ssn:SPSMRC68S03F839V]], per visita pneumologica con spirometria globale presso l'[[LOCATION|geo:Ospedale Monaldi]].
Ricetta dematerializzata NRE [[ID|other:1500A4128837456]], classe di priorità B, esenzione 048.
Si tratta di un paziente di [[AGE|other:55]] anni, ex fumatore (40 pack/year), con dispnea ingravescente (mMRC 2). Spirometria: FEV1 58% del predetto, FEV1/FVC 0,62. Rx torace: enfisema bolloso apicale destro.
Terapia attuale: tiotropio 2,5 µg 2 puff/die.
Cordiali saluti""",
]

NURSING_HANDOVERS = [
    """ISBAR HANDOVER 1900 - 7 West ([[LOCATION|geo:Westmead]])
Bed 3 - [[PERSON|name:Aroha Ngata]] [[AGE|other:46]]F - lap chole D1, obs stable, PCA fentanyl ceased 1400, tol diet, voiding. Husband picking up tmrw am.
Bed 4 - MR [[PERSON|name:LI Jianguo]] [[AGE|other:81]]M ?UTI/delirium. CAM+. Wandering, 1:1 special booked o/n. Wife no English - TIS Mandarin. BGL 14.2 at 1700, novorapid 4u given as charted. Falls risk HIGH.
Bed 5 - empty, adm from ED ~2000, ?cellulitis L leg.
Bed 7 - [[PERSON|name:Harry Voss]] [[AGE|date:93]]M NFR/palliative, syringe driver (Niki T34 SN [[DEVICE|device:T34-0048216]]) midaz 10mg/morph 15mg/24h, site L chest checked 1800. Dtr staying o/n.""",
    """SBAR handoff 0700, night RN -> day RN
S: [[PERSON|name:Pettigrew, Lonnie]] rm 512 [[AGE|other:58]]M POD1 R TKA.
B: DM2, OSA on CPAP (own machine, ResMed AirSense 10 SN [[DEVICE|device:23192480571]], biomed tagged). Hx ETOH, last drink 2 days ago per wife, CIWA q4.
A: T 37.4, BP 142/88, HR 92, SpO2 94% 2L. CIWA 6 -> 8 at 0400. Pain 6/10 on oxy 5 q4h prn. Hemovac 60 mL serosang. CPM 0-70. BG 188 at 0600.
R: PT 0900, watch CIWA - may need lorazepam per protocol. Wife wants a call before d/c planning mtg. His truck is still in ramp lvl 3, CO plate [[VEHICLE|vehicle:BXR-M18]] - security wants it moved, valet has keys.""",
    """NIGHT HANDOVER - Ward 516 (Elderly Care)
B1 Mrs [[PERSON|name:Doris Pegg]] [[AGE|date:96]]. CFS 7. Fall 0200 (Datix done), no head injury, neuro obs 4hrly x24h. Niece informed 0315 on [[PHONE|phone:0121 496 0644]].
B2 Mr [[PERSON|name:Tariq Mahmood]] [[AGE|other:79]] - AKI stage 2, IVI 125ml/hr, UO 30ml/hr, K 5.6 -> repeat 0600. Son rang x3, pls update.
B3 d/c today to [[LOCATION|geo:Brookvale Care Home]]; TTOs in pharmacy, transport booked 1100.
B4 NG feed 65ml/hr, NG position confirmed pH 4.5 at 2200. MUST 3.
HCA 1:1 in bay 2.""",
    """Handover - [[LOCATION|geo:Eureka Gardens Aged Care]] - Wattle Wing - AM->PM
Rm 2 [[PERSON|name:Mavis]] ([[AGE|date:98]]) - refused brekky, skin tear L forearm redressed, photo saved [[ID|photo:RM2_MavisBrennan_skintear_20032024.jpg]].
Rm 5 - fall o/n no injury, hip protectors on, physio to r/v.
Rm 9 [[PERSON|name:Bill]] - new adm from [[LOCATION|geo:Ballarat Base]] yest. NOK son [[PHONE|phone:0407 312 884]]. [[PERSON|name:Bill]]'s Medicare card + DVA white card in office safe - DVA no. [[ID|health_plan:VX418833]].
Rm 11 - palliative, comfortable, s/c butterfly sited L abdo.
Pharmacy delivery due 1500. Med fridge 4.6°C.""",
    """Übergabe Früh -> Spät, Stat. 12 Chirurgie
Zi. 4/1 Hr. [[PERSON|name:Yilmaz]], [[AGE|other:67]] J., Z.n. Hemikolektomie re. (POD 3), DT +, Kostaufbau Stufe 2, Drainage heute ex.
Zi. 4/2 Fr. [[PERSON|name:Helga Nowak]], [[AGE|date:90]] J., Cholezystitis konservativ, Pip/Taz 4x4,5 g, Temp 38,2 um 10 Uhr, BK abgenommen. Sohn ruft an, Tel. [[PHONE|phone:030 6217 4490]], Vollmacht liegt vor.
Zi. 6/1 [[PERSON|name:Kevin Schulze-Ramm]], lap. Appendektomie heute 8:30, mobil, VAS 3. Freundin hat sein Auto (Kennz. [[VEHICLE|vehicle:B-KS 2471]]) auf dem NA-Parkplatz stehen lassen -> Pforte informiert.
Zi. 7 leer, Aufnahme aus ZNA ca. 15 Uhr.""",
    """EMS -> ED handoff (MIST)   bay T2   2214
M: MVC, driver, ~45 mph T-bone, airbag deployed, extrication 20 min, Hwy 50 EB nr [[LOCATION|geo:Rancho Cordova]].
I: L chest wall tender, dec BS L, L femur deformity.
S: HR 118 BP 96/60 RR 26 SpO2 91% NRB, GCS 14 (E4V4M6), BGL 142.
T: 2x 16g, 500 NS, traction splint L leg, fentanyl 100 mcg total.
ID from DL: [[PERSON|name:CARTWRIGHT, DALLAS R]]   CA DL [[ID|license:D4829173]]   DOB [[DATE|date:06/09/1991]]
Vehicle: 2019 Camry, CA [[VEHICLE|vehicle:8KTN412]], VIN per CHP [[VEHICLE|vehicle:4T1B11HK5KU274819]].
Passenger (wife) to trauma center by 2nd unit. PCR # [[ID|other:24-061-0099371]]""",
    """ICU Bed 19 handover 1900 - [[LOCATION|geo:The Alfred]]
[[PERSON|name:FITZGERALD-KANE, Siobhan]] [[AGE|other:38]]F UR [[ID|mrn:A3398160]]
Dx: cardiogenic shock, peripartum cardiomyopathy -> VA-ECMO D3 (Cardiohelp SN [[DEVICE|device:90443176]])
Neuro: RASS -2, propofol 150mg/h, fentanyl 50mcg/h. Pupils 3 brisk.
CVS: 3500 rpm, flow 4.1 L/min, MAP 68 on NA 0.08 mcg/kg/min.
Resp: PC 15/8, FiO2 0.4, TV 380. Renal: CRRT circuit changed 1400, UF 100 ml/h. Haem: heparin, APTT 62, Hb 84, Plt 96.
Social: partner visiting daily; baby in NICU at [[LOCATION|geo:Monash Children's]].""",
    """Team handover - community nursing
1. [[PERSON|name:Gerald Mobbs]] (NHS [[ID|ssn:6356422203]]) - cat 3 PU sacrum; photos uploaded to S1: [[ID|photo:GMobbs_sacrum_14-03-24_01.jpg]], [[ID|photo:GMobbs_sacrum_14-03-24_02.jpg]]. Air mattress in situ. Wife struggling, carers up to QDS from Mon.
2. Mrs [[PERSON|name:Iris Tuttle]], [[ADDRESS|geo:Rose Cottage, Church Lane, Knapton, NR28 0SB]] - insulin visit, Humulin I 18u mane, CBG 6.2.
3. Catheter change due Mon, 16Ch Foley, long-term.
4. New referral from [[LOCATION|geo:Cromer Hospital]]: [[PERSON|name:Leonard Gotts]], [[AGE|date:91]], bilat leg ulcers, lives [[LOCATION|geo:Mundesley]].""",
    """Overdracht avond -> nacht | afd. Cardiologie C2
k.1 NSTEMI, PCI RCA vanmiddag via re radialis, TR-band eraf om 21u, pols goed. Ticagrelor gestart.
k.2 mevr. [[PERSON|name:Anke Dijkstra-Bos]], [[AGE|other:66]] jr, AF met snelle VR, amiodaron iv, telemetrie (zender [[DEVICE|device:TX-4471-C2]]). Dochter belt 's nachts, tel. [[PHONE|phone:06-23918845]].
k.3 dhr. [[PERSON|name:Wouter ten Brink]], decomp. cordis, furosemide 40mg 2dd iv, vochtbeperking 1,5 L, weging 06u. NB: wil naar huis in [[LOCATION|geo:Haren]] i.v.m. zijn hond.
k.4 leeg.""",
    """Home health visit handoff - LPN -> RN case mgr
Pt: [[PERSON|name:Verna Lee Combs]], [[AGE|other:71]], [[ADDRESS|geo:4418 KY-15, Hazard, KY 41701]] (gravel drive past the church, dogs loose)
Skilled need: NPWT R BKA stump (KCI V.A.C. Ultra SN [[DEVICE|device:VUL0917735]]) - dressing chg done, canister 40 mL serosang. Alarm "leak" x2, fixed w/ drape; KCI line 1-800-275-4524 if recurs.
FSBS 212 - ate cornbread late. Insulin as ordered.
Grandson says the drugstore in [[LOCATION|geo:Hindman]] is out of gauze - ordered via DME.
Medicaid MCO auth on file.""",
]

PHARMACY_RECORDS = [
    """DISPENSE HISTORY - [[LOCATION|geo:Sandy Bay Pharmacy]] - printed 0915
Patient: [[PERSON|name:WILLIAMS, Narelle J]]   Medicare: [[ID|health_plan:5339771925]]   Safety net: 38 scripts
Date        Item                              PBS     Qty  Rpt
[[DATE|date:02/01/2024]]  Oxycodone CR 10mg tab              8385X    20   0
[[DATE|date:13/03/2024]]  Oxycodone CR 10mg tab              8385X    20   0
Note: RTPM checked before supply - 2 prescribers, no alerts.""",
    """RX LABEL REPRINT / DISPENSE RECORD - [[LOCATION|geo:Fishtown Community Pharmacy]]   Fax [[PHONE|fax:(215) 634-8830]]
Rx# [[ID|other:6042817]]   Filled: [[DATE|date:03/11/2024]]   Refills: 0 of 0
Pt: [[PERSON|name:Terrence O'Malley]]
Drug: Buprenorphine/Naloxone 8-2 mg SL film   NDC 12496-1208-3   Qty 14   Days 7   Lot LA2304 exp 08/2025
Sig: dissolve 1 film under tongue daily
Prescriber: [[PERSON|name:Nadia Kowalski]], DO   DEA [[ID|license:FK1857119]]   NPI [[ID|license:1236074153]]
PDMP checked. Ins: PA Medicaid, BIN 610494, PCN 9999""",
    """New Medicine Service - intervention record
Patient: Mr [[PERSON|name:Darren Kenwright]]
Medicine: apixaban 5 mg BD, started [[DATE|date:27 Feb 2024]] at [[LOCATION|geo:Aintree University Hospital]] (DVT L leg).
Intervention call on [[PHONE|phone:07700 900561]].
Pt reports one missed dose after a night shift at the [[LOCATION|geo:Garston]] docks; now uses phone alarm. No bleeding, no bruising. Counselled re bleeding signs, NSAID avoidance (was taking ibuprofen 400 mg for back pain - advised paracetamol), alert card given.
Outcome: adherent, no referral to GP needed.
Pharmacist: MRPharmS, GPhC [[ID|license:2087415]]""",
    """BtM-Abgabeprotokoll - [[LOCATION|geo:Apotheke am Marienplatz]]
Datum: [[DATE|date:08.03.2024]]   BtM-Rezept Nr. [[ID|other:382947170]]
Patient: [[PERSON|name:Häfele, Bernd]]   Kasse: AOK Baden-Württemberg, Vers.-Nr. [[ID|health_plan:T131598728]]
Verordnung: Oxycodon/Naloxon 20 mg/10 mg Retardtbl., N2 (50 St.), PZN 09714891, 1-0-1
Arzt: BtM-Nr. [[ID|license:3148927]]
Abgabe an: Ehefrau [[PERSON|name:Gerlinde Häfele]], Ausweis vorgelegt.
Ch.-B. 3K417B, verw. bis 11/2026. Bestand nach Abgabe: 12 Packungen.""",
    """OMNICELL XT - OVERRIDE / DISCREPANCY REPORT   Cabinet 4B-MED-01
Site: [[LOCATION|geo:Gold Coast University Hospital]]   Generated 06:00
Time   User                         Auth                     Patient                  UR           Item                            Qty
03:12  [[PERSON|name:MCKENZIE, Tahlia]] (RN)      FP [[ID|biometric:BIO-7F3A-22C9]]      [[PERSON|name:DOYLE, Patrick]]          [[ID|mrn:G1045522]]     HYDROmorphone 2mg/mL amp        1
03:12  witness [[PERSON|name:ABARA, Chidi]] (RN)  FP [[ID|biometric:BIO-19D4-8E01]]
DISCREPANCY 04:41 Oxycodone IR 5mg: expected 15, counted 14. Resolved 07:15 by NUM - miscount at restock. S8 register amended, page 112.""",
    """PYXIS MEDSTATION ES - DISCREPANCY RESOLUTION   Station 6S-MAIN
Opened 19:42 by [[PERSON|name:Lindgren, Erik]] RN (BioID template [[ID|biometric:TPL-00471983]])
Med: fentaNYL 100 mcg/2 mL inj   expected 8, found 7
Last removal 18:55 by [[PERSON|name:Abdi, Hodan]] RN for [[PERSON|name:VOLKOV, ANDREI]] (MRN [[ID|mrn:2209418]]); dose given 50 mcg, waste 50 mcg witnessed by 2nd RN (BioID template [[ID|biometric:TPL-00392255]]).
Outcome: unresolved -> drug diversion review.""",
    """Dossier pharmaceutique - [[LOCATION|geo:Pharmacie du Vieux-Lille]]
Bénéficiaire : Mme [[PERSON|name:Ginette Lefebvre]]   N° SS : [[ID|ssn:2 88 06 59 350 102 76]]   Mutuelle : Harmonie
Ordonnance - prescripteur (RPPS [[ID|license:10701784570]])
Délivrance :
- LEVOTHYROX 75 µg cp, boîte de 30 (CIP 3400936227018) - mention « non substituable »
- PARACETAMOL 1 g cp, boîte de 8 (CIP 3400935955838)
Tiers payant : oui. Renouvellement : 2 fois.
Contact patiente : SMS.""",
    """Registro de dispensación - receta electrónica
[[LOCATION|geo:Farmacia Puig Serra]]
Paciente: [[PERSON|name:Jordi Casals Ribera]]   CIP CatSalut: [[ID|health_plan:CARI1580617003]]   DNI: [[ID|ssn:30917254X]]
Medicamento: Sintrom 4 mg 20 comp. (CN 654340), posología según hoja de control TAO. INR 2,6.
Prescriptor: médico de familia
Aportación TSI 002: 2,64 €. Recogido por su hijo.""",
    """CLOZAPINE MONITORING RECORD - Pharmacy
Patient: [[PERSON|name:Liam Bassford]]   NHS [[ID|ssn:4488213022]]
Bloods:
[[DATE|date:04/03/24]]   WBC 6.1   ANC 3.8   GREEN
[[DATE|date:11/03/24]]   WBC 4.9   ANC 2.1   AMBER -> twice weekly
[[DATE|date:14/03/24]]   WBC 5.3   ANC 2.6   GREEN
Dose 400 mg/day (150 mg mane, 250 mg nocte). Level: clozapine 0.48 mg/L, norclozapine 0.29 mg/L.
Stopped smoking 3 weeks ago (vaping now) - levels may rise; repeat level in 1 week.""",
    """SPECIALTY PHARMACY INTAKE
Pt: [[PERSON|name:Brianna Colson]], SSN [[ID|ssn:452-71-8836]] (mfr assistance application), [[EMAIL|email:bree.colson90@gmail.com]]
Drug: adalimumab-adaz 40 mg/0.4 mL pen q14d, HCPCS J3590
Ins: BCBSTX PPO, member [[ID|health_plan:XOJ884120337]], group 281455, RxBIN 004336
PA via CoverMyMeds key [[ID|other:BMXK2T9P]] -> approved, 12 months
Copay card ID [[ID|account:SZ-004418270]], BIN 004682
Ship to [[ADDRESS|geo:801 W Royal Ln, Apt 2207, Irving, TX 75039]], signature req'd, cold chain 2-8 C.""",
]

TELEHEALTH_VISITS = [
    """TELEHEALTH VISIT NOTE - Psychiatry (video)
Pt: [[PERSON|name:Hollis Andersen-Pike]]   MRN [[ID|mrn:OH4471902]]   Date [[DATE|date:03/14/2024]] 15:00-15:35 PT
Modality: Zoom for Healthcare, [[URL|url:https://ohsu.zoom.us/j/94738215066?pwd=Rk9xTjZLb]]
Pt location (verified for licensure/emergency): home, [[ADDRESS|geo:5520 SE Woodstock Blvd, Portland, OR 97206]]. Connection from [[IP|ip:73.164.22.198]]; audio dropped x1, reconnected.
CC: f/u bipolar II on lamotrigine 200 mg.
Interval: mood "steady", sleep 7 h, no hypomanic sx, PHQ-9 6, GAD-7 5. Back at work full time. No SI/HI.
Plan: continue lamotrigine 200 mg daily; RTC 8 wks by video. Crisis: 988.
Consent for telehealth obtained verbally. Total time 35 min. CPT 99214-95.""",
    """Phone consult - [[DATE|date:18/03/2024]] 09:10
Pt [[PERSON|name:Shayne Kirkwood]] [[AGE|other:44]]M, ID confirmed w/ DOB + address [[ADDRESS|geo:9 Mango Ave, Edge Hill QLD 4870]]
Called on [[PHONE|phone:0477 205 318]] - pt on the wharf, deckhand.
Hx: gout flare R 1st MTP x2/7, can't get boots on. Urate 0.52 (Jan). No fever.
Mx: colchicine 500mcg BD x3/7, pred 30mg x5/7. Allopurinol once settled - recall in 4/52. eScript token sent by SMS ([[ID|other:2K7N9QXPJ4VH8WD3R2]]).
Med cert emailed to [[EMAIL|email:shayne.kirkwood@outlook.com.au]] for 3 days.
MBS 91891.""",
    """Video consultation (Attend Anywhere) - Paediatric Diabetes, [[LOCATION|geo:Southampton Children's Hospital]]
Child: [[PERSON|name:Isla Fairweather]]
Present: [[PERSON|name:Isla]], mum, consultant, DSN.
Waiting area link sent by SMS: [[URL|url:https://nhs.vc/uhs-paed-diabetes]]
Libre 2 sensor [[DEVICE|device:0M0006T7XQ]] data reviewed: TIR 58%, TBR 3%, mean glucose 9.8 mmol/L, GMI 7.4%. Omnipod DASH PDM serial [[DEVICE|device:PDM-421883059]].
Plan: breakfast ICR 1:8 -> 1:7; basal unchanged; HbA1c at next clinic. School nurse updated with new ratios.""",
    """Videosprechstunde - Hautarztpraxis Dr. [[PERSON|name:Vogt]], [[LOCATION|geo:Leipzig-Gohlis]]
Datum [[DATE|date:19.03.2024]], 16:20 Uhr
Pat.: [[PERSON|name:Jana Krüger]], Vers.-Nr. [[ID|health_plan:H175139659]] (Barmer)
Vorab hochgeladene Fotos: [[ID|photo:krueger_jana_unterarm_li_1.jpeg]], [[ID|photo:krueger_jana_unterarm_li_2.jpeg]]
Befund (Video/Foto): scharf begrenzte, erythematosquamöse Plaques Unterarm li., ca. 4 x 3 cm, kein Nagelbefall. DLQI 9.
Diagnose: V.a. nummuläres Ekzem, DD Psoriasis vulgaris (L30.0 V).
Therapie: Mometasonfuroat Fettcreme 1x tgl. für 2 Wochen, dann Ausschleichen; Basispflege. E-Rezept in der App.
Rückfragen per Mail: [[EMAIL|email:jana.krueger94@web.de]]""",
    """TELEDERMATOLOGY CONSULT (store-and-forward)
Referring site: [[LOCATION|geo:Gallup Indian Medical Center]]
Patient: [[PERSON|name:Nizhoni Yazzie]]   Chart # [[ID|mrn:GIMC-0558127]]
Images: [[ID|photo:YAZZIE_N_0558127_face_01.jpg]], [[ID|photo:YAZZIE_N_0558127_face_02.jpg]], [[ID|photo:YAZZIE_N_0558127_dermoscopy_01.jpg]]
History: [[AGE|other:60]] yo F, sheep herder near [[LOCATION|geo:Crownpoint]]. 8 mm pearly papule L nasal ala x1 yr, bleeds occasionally. Fitzpatrick IV.
Assessment: arborizing vessels, ulceration, blue-gray ovoid nests - c/w nodular BCC.
Recommendation: punch bx at referring site; if confirmed, Mohs referral (H-zone).""",
    """Telehealth specialist consult - Renal
Pt end: [[LOCATION|geo:Broken Hill Health Service]]   Specialist end: [[LOCATION|geo:Royal Prince Alfred Hospital]]
Platform: Healthdirect Video Call, clinic waiting area [[URL|url:https://vcc.healthdirect.org.au/t/fwlhd-renal]]
Session log: patient endpoint [[IP|ip:203.45.118.77]], specialist endpoint [[IP|ip:2001:388:608c:a14::1f]]
Pt: [[PERSON|name:Warren Sutcliffe]] [[AGE|other:63]]M
ALO and telehealth nurse present with pt.
CKD4, eGFR 17, K 5.4, Hb 94, HCO3 18. Discussed KRT options: prefers PD at home in [[LOCATION|geo:Menindee]] over HD 3x/wk travel.
Plan: PD catheter insertion, travel via IPTAAS; sodium bicarb 840mg BD; renal diet r/v.""",
    """Verslag beeldbelconsult
Datum: [[DATE|date:woensdag 13 maart 2024]], 10.00 uur
Cliënt: [[PERSON|name:Daan Verhoeven]], [[AGE|other:31]] jaar
Beveiligde videoverbinding: [[URL|url:https://ggze.webcamconsult.nl/room/dv-8841]]; cliënt verbond vanaf [[IP|ip:84.26.193.12]] (thuis, [[LOCATION|geo:Woensel]]).
Behandelaar: GZ-psycholoog, BIG [[ID|license:59061832825]]
Inhoud: 6e sessie EMDR, target verkeersongeval. SUD van 8 naar 3, VoC 5. Nachtmerries afgenomen (2x/week).
Volgende sessie over 2 weken op locatie. Bij crisis: huisartsenpost of 113 Zelfmoordpreventie (0800-0113).""",
    """REMOTE PATIENT MONITORING - monthly interactive communication (CPT 99457)
Pt: [[PERSON|name:Esperanza Quiñones]], MBI [[ID|health_plan:2HV7-Q43-YT58]]
Call 11:02-11:24 to home phone; identity verified by voiceprint (enrolment ID [[ID|biometric:VV-ENR-5531-0917]], match 0.94). Spanish-speaking RN.
Device data (cellular BP cuff, IMEI [[DEVICE|device:359226088307424]]): 24 readings, avg 148/86, 3 readings >170. Scale: 71.8 kg (+1.1).
Plan: per protocol amlodipine 5 -> 10 mg, PCP notified. Daughter helps with cuff. 20 min interactive time this month.""",
    """Referto di televisita - SSD Diabetologia
Televisita ore 11:15, piattaforma regionale di telemedicina
Paziente: [[PERSON|name:Giulia Ferraro]], C.F. [[ID|ssn:FRRGLI52C54L219Y]], tessera TEAM [[ID|health_plan:80380001200274815632]]
Collegata dal domicilio con la figlia [[PERSON|name:Chiara]]; foto del piede caricata sul portale: [[ID|photo:ferraro_g_piede_dx_20240321.jpg]].
Lesione ulcerativa I dito piede destro, 1 cm, fondo deterso, nessun segno di infezione. Texas 1A. HbA1c 7,9%.
Indicazioni: scarico con calzatura, medicazione ogni 48 h, visita in presenza tra una settimana.""",
    """Telephone consultation - [[LOCATION|geo:Montpelier Health Centre]] - 08:47
Pt: [[PERSON|name:Precious Adebayo-Smith]] [[AGE|other:24]]F. ID checked (DOB, first line of address).
Called back on [[PHONE|phone:07700 900118]] (1st attempt 08:40 no answer, VM left).
Hx: 3/7 dysuria, frequency. No loin pain, no fever, no PV discharge. Not pregnant.
Plan: nitrofurantoin MR 100 mg BD x3/7 via EPS. Safety-netted: NHS 111 / 999 if worse.
Fit note emailed to [[EMAIL|email:precious.adebayosmith@hotmail.co.uk]].""",
]

BILLING_CLAIMS = [
    """CLAIM EXPORT - 837P SUMMARY
Claim ID: [[ID|other:CLM-7740192853]]   Payer: UnitedHealthcare (payer ID 87726)
1a  Insured ID: [[ID|health_plan:918273645-01]]
2   Patient: [[PERSON|name:HALVERSEN, KRISTOFFER A]]   M
5   Address: [[ADDRESS|geo:2714 Juniper Ridge Dr, Bozeman, MT 59715]]
11  Group: 0704418
17b Referring NPI [[ID|license:1710413240]]
21  Dx: A. M54.16  B. M51.26
24  [[DATE|date:03/08/24]]  POS 11  CPT 64483 RT  ptr A  $1,850.00  units 1
    (same DOS)  POS 11  CPT 77003     ptr A  $310.00    units 1
26  Patient Acct No: [[ID|account:BZP-0088174]]
28  Total charge: $2,160.00
33  Billing provider fax [[PHONE|fax:(406) 582-1190]]""",
    """ECLIPSE IN-HOSPITAL MEDICAL CLAIM - remittance detail
Fund: Medibank   Membership No: [[ID|health_plan:71849302]]
Patient: [[PERSON|name:Sonia Castellano]]
Hospital: [[LOCATION|geo:Mater Hospital North Sydney]]   Admission [[DATE|date:05/03/2024]]   Servicing provider: Prov [[ID|license:611592AA]]
Item 30445  Fee $1,140.20  MBS 75% $855.15  Fund $285.05  Gap $0.00 (known gap)
Item 20706  Fee $480.00    MBS 75% $143.70  Fund $336.30  Gap $0.00
Benefit paid to provider EFT, BSB [[ID|account:062-118 10487752]]
Status: PAID""",
    """INVOICE / STATEMENT OF ACCOUNT - [[LOCATION|geo:The London Clinic]]
Invoice no. [[ID|account:INV-2024-118734]]
Bill to: Mr [[PERSON|name:Jonathan Ashcombe-Reeve]]
Insurer: Bupa   Membership no. [[ID|health_plan:41827735]]
Treatment: arthroscopic ACL reconstruction, R knee (CCSD W8290)
Theatre                         £4,210.00
Accommodation, 1 night          £1,180.00
Implants (2 units)              £620.00
Less insurer settlement        -£5,760.00
Excess payable by patient       £250.00
Paid by Visa ending [[ID|account:4417]]. Balance £0.00.""",
    """Privatärztliche Liquidation nach GOÄ
Praxis - Facharzt für Orthopädie
Herrn [[PERSON|name:Rüdiger Falkenhahn]], [[ADDRESS|geo:Am Lindenbaum 3, 61352 Bad Homburg v. d. Höhe]]
Rechnungs-Nr. [[ID|account:R-24-03187]]   Patient geb. [[DATE|date:09.07.1961]]   Diagnose: Gonarthrose re. (M17.1)
Datum        GOÄ-Nr.  Leistung                            Faktor  Betrag
[[DATE|date:05.03.2024]]   410      Sonographie Gelenk                  1,8     21,14 €
[[DATE|date:12.03.2024]]   255      Injektion intraartikulär            2,3     12,74 €
Gesamtbetrag: 33,88 €
Bitte überweisen Sie den Betrag innerhalb von 30 Tagen auf IBAN [[ID|account:DE36 5001 0517 5407 3243 96]].""",
    """Aetna - Provider Appeals
RE: Level 1 appeal, claim # [[ID|other:EA0417728391]]
Member: [[PERSON|name:Priya Venkataraman]]   Member ID: [[ID|health_plan:W284719306]]
DOS: [[DATE|date:01/22/2024]]   Billed: $4,280.00   Denial: CO-50 (not medically necessary)

To whom it may concern:
I am writing to appeal the denial of CPT 95811 (attended polysomnography with CPAP titration). Her home sleep test showed AHI 38 with nadir SpO2 79%; auto-PAP failed (residual AHI 22, leak >40 L/min with three mask types). STOP-BANG 6, ESS 16. An attended titration is the standard of care after failed APAP.
Supporting records: [[URL|url:https://portal.gardenstatesleep.com/records/req/7Qm2xL9]]
Sincerely,
[[PERSON|name:Howard Blumenfeld]], MD, FAASM   NPI [[ID|license:1891906376]]   Fax [[PHONE|fax:(201) 845-7720]]""",
    """TAC INVOICE - physiotherapy
Claimant: [[PERSON|name:Ebony Sutherland]]   TAC claim no. [[ID|other:32874519]]
Accident [[DATE|date:02/02/2024]]: pedestrian struck by vehicle rego [[VEHICLE|vehicle:1XR 4TK]] on [[LOCATION|geo:Moorabool St]].
Income support form attached, TFN [[ID|ssn:441 955 572]].
Service                      Fee
Initial consultation          $98.40
Standard consultation x2      $137.90
Total $236.30 (GST free)
Invoice # [[ID|account:BP-20931]]   Pay to BSB [[ID|account:633-000 148227509]]""",
    """FACTURE - [[LOCATION|geo:Clinique Saint-Augustin]]
N° facture [[ID|account:FAC-24-0047713]]
Patient : M. [[PERSON|name:Jean-Baptiste Labarthe]], NIR [[ID|ssn:1 49 01 33 063 218 95]]
Séjour du [[DATE|date:11/03/2024]] au [[DATE|date:14/03/2024]] - GHM 08C241
Chambre particulière 3 nuits x 95 €       285,00 €
Forfait journalier 3 x 20 €                60,00 €
Dépassement d'honoraires                  350,00 €
Part AMO prise en charge                  - 285,00 €
Reste à charge : 410,00 €
Règlement par virement : IBAN [[ID|account:FR76 3000 4008 2300 0144 5873 686]].""",
    """PIP MEDICAL BILLING - FL No-Fault
Insurer: GEICO   Claim # [[ID|other:0492817365-0101-022]]
Insured vehicle: 2018 Nissan Rogue, VIN [[VEHICLE|vehicle:JN8AT2MV8JW418273]], FL tag [[VEHICLE|vehicle:LKW H62]]
Date of accident [[DATE|date:01/09/2024]], [[LOCATION|geo:Tampa]]
Patient: [[PERSON|name:Dontrell Weathers]]   SSN [[ID|ssn:589-40-7712]]
Charges: 99204 x1 $285; 98941 x8 $760; 97110 x16 $1,120; 97140 x8 $520; 72040 x1 $190. Total $2,875.00
PIP limit $10,000; deductible $1,000 applied.""",
    """DECLARATIE / FACTUUR - [[LOCATION|geo:Fysiotherapie Zuiderpark]]
Factuurnr. [[ID|account:F2024-00381]]
Aan: dhr. [[PERSON|name:Bram Hoekstra]]   BSN [[ID|ssn:882821039]]   Verzekeraar: CZ, verzekerdennr. [[ID|health_plan:318847265]]
Prestatiecode  Datum        Omschrijving                 Bedrag
1000           [[DATE|date:01-03-2024]]   zitting fysiotherapie        € 38,50
1000           [[DATE|date:08-03-2024]]   zitting fysiotherapie        € 38,50
Aanvullende verzekering: 9 zittingen, reeds gebruikt 6. Totaal € 77,00, te voldoen binnen 14 dagen op [[ID|account:NL87 RABO 0315 2743 88]] o.v.v. factuurnummer.""",
    """PATIENT STATEMENT - [[LOCATION|geo:Wesley Medical Center]]
Statement date [[DATE|date:03/22/2024]]   Guarantor acct [[ID|account:WMC-30019874]]   Amount due $612.40
Guarantor: [[PERSON|name:Teresa Nightingale]], [[ADDRESS|geo:1833 N Woodlawn St, Wichita, KS 67208]]   Employer: [[LOCATION|geo:Spirit AeroSystems]]
Patient: [[PERSON|name:Caleb Nightingale]] (son)   Emergency Dept - CPT 99284, 12002
Insurance paid $1,904.11; contractual adj $2,210.00
Last payment: card ending [[ID|account:3310]], $50.00
Pay online: [[URL|url:https://pay.wesleymc.com/?acct=WMC-30019874&z=67208]]""",
]

DEVICE_TELEMETRY = [
    """CARELINK NETWORK - REMOTE TRANSMISSION SUMMARY - [[LOCATION|geo:Sentara Heart Hospital]] Device Clinic
Patient: [[PERSON|name:Bowser, Lillian M.]]   ID: [[ID|mrn:SNT-00718824]]
Device: Azure XT DR MRI SureScan   Model W1DR01   SN: [[DEVICE|device:RNB604118H]]
Leads: RA 5076, RV 5076 SN [[DEVICE|device:PJN5631447]]
Transmission: [[DATE|date:2024-03-18T02:14:37-04:00]]  Scheduled  (MyCareLink Smart app, uplink [[IP|ip:98.228.104.61]])
Battery 2.99 V, est. longevity 8.5 yr | RA 1.9 V @ 0.4 ms | RV 0.8 V @ 0.4 ms | RV imp 513 ohm
Pacing: AP 42%  VP 3%  (MVP on)
Episodes since last: AT/AF x3, longest 00:04:12; no VT/VF. Alerts: none.""",
    """PUMP / CGM UPLOAD REPORT - Diabetes Service
Patient: [[PERSON|name:Archie Pennington]]   UR [[ID|mrn:WCH0617729]]
Pump: t:slim X2  SN [[DEVICE|device:1184937]]  fw 7.6.0
CGM: Dexcom G6  transmitter [[DEVICE|device:8JQ4RT]]
Upload [[DATE|date:2024-03-14T19:42:10+10:30]] via uploader PC MAC [[DEVICE|device:3C:22:FB:7A:19:E4]]
14-day: TIR 3.9-10.0 61% | >10.0 31% | >13.9 7% | <3.9 1% | mean 9.2 mmol/L | SD 3.4 | GMI 7.3% | CGM active 96%
TDD avg 28.4 U (basal 41%). Control-IQ on 96%.
Events:
[[DATE|date:2024-03-12T16:45]]  OCCLUSION alarm -> site change""",
    """AirView Compliance Report - Sleep Service
Patient: [[PERSON|name:Graham Ellery]]   NHS [[ID|ssn:6114918975]]
Device: AirSense 11 AutoSet   Serial [[DEVICE|device:23221178964]]   Product code 39001
Comms: cellular, IMEI [[DEVICE|device:353566978079203]], last connection 04:12 from [[IP|ip:31.94.23.168]]
30-day compliance period
Usage days 27/30 (90%) | >=4h 25 (83%) | avg 6h 12m
Pressure median 9.4 cmH2O, 95th 12.1 | leak median 6.0 L/min | AHI 2.3
For DVLA (Group 2): compliance confirmed; driver no. [[ID|license:ELLER609236G99AB]].""",
    """{"export":"rpm-hub-events","generated_by":"hub-gw-2",
 "patient":{"name":"[[PERSON|name:GUIDRY, ALPHONSE]]","mrn":"[[ID|mrn:MH10447391]]","zip":"[[LOCATION|geo:77029]]"},
 "hub":{"model":"HH-200","fw":"3.2.1","serial":"[[DEVICE|device:HH2-0091-77413]]","imei":"[[DEVICE|device:351959453728919]]","wan_ip":"[[IP|ip:172.58.14.203]]"},
 "peripherals":[{"type":"bp_cuff","model":"UA-651BLE","mac":"[[DEVICE|device:D0:39:72:A4:5B:1E]]"}],
 "events":[
  {"t":"[[DATE|date:2024-03-18T06:41:12Z]]","type":"bp","sys":162,"dia":94,"hr":88,"flag":"HIGH"},
  {"t":"[[DATE|date:2024-03-18T06:43:50Z]]","type":"weight","kg":104.6,"delta_3d":2.4,"flag":"CHF_GAIN"}],
 "escalation":{"to":"RN on call","callback":"[[PHONE|phone:+1 713 672 0194]]","status":"ACK"}}""",
    """Home Monitoring - Ereignisbericht (Cardio Messenger) - [[LOCATION|geo:Herzzentrum Dresden]]
Patient: [[PERSON|name:Lehmann, Uwe]], Pat.-ID [[ID|mrn:HZD-558102]]
Implantat: ICD DR-T, Modell Acticor 7, Seriennr. [[DEVICE|device:60447281]]
Cardio Messenger Smart SN [[DEVICE|device:CMS-2091774]]
Ereignis: VT/VF-Episode am [[DATE|date:16.03.2024]] 22:17, Zykluslänge 280 ms, ATP 1x erfolglos, Schock 40 J erfolgreich.
Batterie OK (ca. 9 J.), Impedanz RV 512 Ohm, Schockimpedanz 68 Ohm.
Maßnahme: Pat. telefonisch kontaktiert ([[PHONE|phone:0351 8472 309]]), Ehefrau am Apparat, Pat. wohlauf. Vorstellung morgen in der Rhythmusambulanz, Fahrverbot 3 Monate besprochen.""",
    """Custom Sound fitting session log - Cochlear Implant Clinic
Recipient: [[PERSON|name:Maddison Trewin]] ([[AGE|other:4]])
Implant L: CI622   serial [[DEVICE|device:3100492873]]
Sound processor L: Nucleus 8   serial [[DEVICE|device:4120087352]] (warranty replacement after water damage)
Session [[DATE|date:21/03/2024]]: MAP 9 created; T/C levels updated E1-E22; impedances within normal limits; NRT present on E5, E11, E16, E20.
Parent uses the Nucleus Smart App; app account [[EMAIL|email:shan.trewin@gmail.com]].""",
    """ALARIS GP PUMP - EVENT LOG EXTRACT (for incident review)
Pump serial [[DEVICE|device:800312774]] | Guardrails data set v14.2, profile "Adult Critical Care"
Patient: [[PERSON|name:Maureen Hepple]], Ward 38 bed 12
[[DATE|date:2024-03-10]] 21:02:17  INFUSION START  Heparin 1000 units/mL  rate 1.2 mL/h  VTBI 48 mL
           22:14:40  RATE CHANGE 1.2 -> 12.0 mL/h  (soft limit override)
           22:58:03  ALARM downstream occlusion
           23:05:11  RATE CHANGE 12.0 -> 1.2 mL/h
[[DATE|date:2024-03-11]] 00:31:56  INFUSION STOP
APTT 23:40: >180 s.""",
    """Plateforme de télésurveillance - Insuffisance cardiaque - [[LOCATION|geo:CHU de Toulouse]]
Patiente : Mme [[PERSON|name:Bernadette Soulié]]
Balance connectée n° série [[DEVICE|device:WBS05-7A3F9921]] ; passerelle 4G, IMEI [[DEVICE|device:357687918806509]]
Alertes :
[[DATE|date:12/03/2024]] 07:14 - poids 68,9 kg (+2,1 kg/3 j) -> ALERTE ORANGE
[[DATE|date:13/03/2024]] 07:20 - poids 69,6 kg -> ALERTE ROUGE ; questionnaire : dyspnée NYHA III, orthopnée
Action IDE : appel de la patiente au [[PHONE|phone:05 61 48 23 77]] -> furosémide 40 -> 80 mg selon protocole, consultation cardiologique le lendemain.
Domicile : [[ADDRESS|geo:3 impasse des Tilleuls, 31320 Castanet-Tolosan]]""",
    """PERS ALARM EVENT REPORT - monitoring centre
Client: [[PERSON|name:Dulcie Fairclough]] ([[AGE|date:92]])
Pendant: GPS fall-detect pendant, IMEI [[DEVICE|device:355145955349307]], SIM ICCID [[DEVICE|device:89610185002187765436]]
[[DATE|date:2024-03-16T14:27:51+11:00]] FALL DETECTED  fix [[LOCATION|geo:-32.9271, 151.7536]] (acc 12 m)
14:28:20 voice channel opened to pendant - no response
14:30:15 called responder 1 (son) [[PHONE|phone:0408 661 720]] - on his way, 10 min
14:31:00 NSW Ambulance requested via 000
14:44 son on scene: client conscious, sore L hip, transported.
Home address on file: [[ADDRESS|geo:12 Hickson St, Merewether NSW 2291]]. Key safe code held.""",
    """ECG PATCH REPORT (14-day) - generated by analysis service
Patient: [[PERSON|name:de Vries, Maarten]]   Patient ID [[ID|mrn:OLVG-2207841]]   BSN [[ID|ssn:451017365]]
Device: ECG patch SN [[DEVICE|device:QX-24A118362]]   Wear: [[DATE|date:2024-02-27]] 10:02 to [[DATE|date:2024-03-12]] 09:41 (13d 23h)   Analyzable 97.6%
Findings: sinus rhythm, HR 48-162 (avg 74). AF burden 6%, longest episode 7h 12m. 2 pauses >3 s (max 3.8 s). PVC burden <1%.
Patient-triggered events: 5, correlated with AF in 3.
Uploaded from patient app [[IP|ip:2a02:a466:5c1e:1:b8f4:91ff:fe2a:77c0]]""",
]

RESEARCH_ENROLMENT = [
    """SITE SCREENING LOG (site copy - contains PHI, do not send to sponsor)
Protocol ABX-301 (NCT05512347) | Site 014 | IRB00318822
Scr #        | Name                | Age/Sex | Outcome
[[ID|other:S-014-001]]    | [[PERSON|name:Kimberly Tolliver]]   | [[AGE|other:57]] F    | ENROLLED
[[ID|other:S-014-002]]    | [[PERSON|name:Gerald Amos]]         | [[AGE|other:66]] M    | SCREEN FAIL (eGFR 28, excl #4)
[[ID|other:S-014-003]]    | [[PERSON|name:Luz Marina Ochoa]]    | [[AGE|date:91]] F    | NOT ELIGIBLE (age >85, incl #1)
Stipend loaded to ClinCard ending [[ID|account:8834]].""",
    """BIOBANK CONSENT & ENROLMENT - [[LOCATION|geo:Royal Brisbane and Women's Hospital]] Tissue Bank
Participant: [[PERSON|name:Lachlan Fogarty]]   URN [[ID|mrn:RB2093344]]
Biobank ID: [[ID|other:QTB-24-01187]]   PICF v6.0
Consent taken [[DATE|date:19/03/2024]] by research nurse, witnessed.
Samples: EDTA x2 (barcoded); FFPE block from resection.
Options: future genomic research YES; recontact YES via [[EMAIL|email:lachie.fogarty59@bigpond.com]]; data linkage to cancer registry YES; return of incidental findings NO.""",
    """Participant enrolment - ARCADIA cohort (IRAS 318442) - [[LOCATION|geo:Leicester General Hospital]] CRF
Participant ID [[ID|other:LGH-ARC-0217]]
Name: [[PERSON|name:Harpreet Kaur Sandhu]]   NHS no: [[ID|ssn:4291384017]]
Address: [[ADDRESS|geo:19 Evington Lane, Leicester LE5 5PQ]]
Consent items 1-9 initialled; item 10 (optional MRI sub-study) declined.
Baseline: BMI 29.4, BP 138/84, HbA1c 44 mmol/mol. Samples SST, EDTA x3, PAXgene.
Punjabi interpreter used; husband present. Visit 2 due in 6 months +/- 14 days.""",
    """Studie ONKO-PRO-7 (EU CT 2022-501847-31-00) - Prüfzentrum 03
EINSCHLUSSPROTOKOLL
Patienten-ID (pseudonymisiert): [[ID|other:03-117]]
Identifikationsliste (verbleibt im Zentrum): [[PERSON|name:Schwarz, Renate]], geb. [[DATE|date:14.02.1966]], [[ADDRESS|geo:Rohrbacher Str. 88, 69115 Heidelberg]]
Einwilligung nach Aufklärung unterschrieben; Randomisierung Arm B.
Einschlusskriterien erfüllt: ECOG 1, Kreatinin-Clearance 74 ml/min, LVEF 58 %.
Fahrtkostenerstattung auf IBAN [[ID|account:DE46 3705 0198 0014 7258 36]].""",
    """REGISTRY EXPORT - European rare disease registry - site ES-07
record_id,sex,yob,dx_orpha,contact
[[ID|other:ES07-00381]],F,[[DATE|date:1988]],ORPHA:558,[[EMAIL|email:rocio.nunez88@hotmail.es]]
[[ID|other:ES07-00383]],M,[[DATE|date:1954]],ORPHA:790,"NIE [[ID|ssn:Y2093615P]], vive en [[LOCATION|geo:Dos Hermanas]]"
# DM note: row 2 has an NIE and a town in a free-text field; flagged for deletion.""",
    """REDCap - Logging export - PID 18842 "HEART-FIT pilot"
Time / Date,Username,Action,List of Data Changes
[[DATE|date:03/12/2024]] 2:02pm,[[ID|other:kmarsh]],Update record [[ID|other:1047]],"first_name = '[[PERSON|name:Travis]]', last_name = '[[PERSON|name:Oyelowo]]', phone = '[[PHONE|phone:(734) 615-8820]]', bmi = '31.2'"
[[DATE|date:03/12/2024]] 2:05pm,[[ID|other:kmarsh]],Survey invitation sent,"link = [[URL|url:https://redcap.med.umich.edu/surveys/?s=K8HM3DNTR4XJ7WPA]]"
[[DATE|date:03/13/2024]] 9:41am,[[ID|other:jrbecker]],Login,"IP [[IP|ip:141.213.74.22]]"
(export instrument v3.1, 42 records)""",
    """ENROLMENT LOG - HCV point-of-care test & treat study (HREC/2023/ETH01842)
Participants are identified by fingerprint template only; no names are held in the study database.
Visit [[DATE|date:04/03/2024]]
- [[ID|other:KRC-0419]] FP template [[ID|biometric:fp_tpl_9c41e0b7]] [[AGE|other:41]]M - Xpert HCV VL detected (5.82 log IU/mL), started sof/vel 12/52. $40 voucher.
- [[ID|other:KRC-0421]] FP match failed (finger lac) -> manual ID from Medicare card [[ID|health_plan:5125 26061 1]], name [[PERSON|name:Corey Waititi]] on site-only sheet; re-enrolled as [[ID|biometric:fp_tpl_e8830a52]].
Outreach van (rego [[VEHICLE|vehicle:DK24PL]]) on site 1300-1700.""",
    """Cahier d'inclusion - cohorte NUTRI-AGE (ID-RCB 2023-A01847-38)
Code participant : [[ID|other:NAN-0492]] - date d'inclusion : [[DATE|date:12 mars 2024]]
Table de correspondance (conservée au centre) :
Nom : [[PERSON|name:LE GOFF]]   Prénom : [[PERSON|name:Yannick]]   Date de naissance : [[DATE|date:30/08/1948]]
Adresse : [[ADDRESS|geo:27 rue de Coulmiers, 44000 Nantes]]
NIR : [[ID|ssn:1 48 08 44 109 047 11]]
Médecin traitant à [[LOCATION|geo:Rezé]].
Critères : âge >= 70 ans, MNA 22/30, pas de démence (MMSE 28/30).""",
    """Study log - SPEECH-DEM (speech biomarkers in early dementia)
Visit 1 - participant [[ID|other:SD-1138]]
Site file only: [[PERSON|name:Dennis Arkwright]]; study partner wife.
ACE-III 84/100, MoCA 24/30. Hearing aids in.
Recordings: picture description [[ID|biometric:SD-1138_v1_cookie_theft.wav]], reading passage [[ID|biometric:SD-1138_v1_rainbow.wav]]; face video [[ID|photo:SD-1138_v1_face.mp4]].
Speaker embedding stored as [[ID|biometric:spk-emb-SD1138-v1]] (consent item 7: voiceprint may be used to link visits - YES).""",
    """Registro di arruolamento - Studio OSS-BPCO-24 (protocollo v2.1)
Codice soggetto [[ID|other:MI-NIG-031]]
Lista di identificazione (conservata in reparto): [[PERSON|name:Lucia Bianchi]], C.F. [[ID|ssn:BNCLCU47H62F205R]]
Spirometria: FEV1 1,12 L (52% pred), CAT 21, mMRC 2, 6MWT 310 m.
Rimborso spese di viaggio: IBAN [[ID|account:IT64 B020 0801 6640 0010 4217 566]]""",
]

INCIDENT_REPORTS = [
    """ims+ INCIDENT NOTIFICATION
Site: [[LOCATION|geo:Wollongong Hospital]]   Ward: C7 Aged Care   Location: ensuite, room 12
Time of incident: 0340
Person affected: [[PERSON|name:Vittoria Santangelo]]   MRN [[ID|mrn:W0473318]]   [[AGE|date:95]]F
Description: Pt found on floor of ensuite by AIN at 0340. Pt states she "went to the toilet by myself". Bed sensor mat not alarming (battery flat). Unwitnessed. Obs BP 148/70, HR 92, GCS 15, BGL 6.1. Small haematoma R occiput. On apixaban -> CT brain per protocol: no acute bleed.
Family: son notified 0415 on [[PHONE|phone:0419 226 873]]. Open disclosure commenced.
SAC 3.""",
    """PATIENT SAFETY EVENT REPORT   Event # [[ID|other:PSE-24-003381]]
Facility: [[LOCATION|geo:Riverside Methodist Hospital]]   Unit: 7 Ortho   Type: Medication - wrong patient
Summary: oxycodone 10 mg intended for [[PERSON|name:Reginald Pryor]] (rm 712A, MRN [[ID|mrn:22187345]]) was given to [[PERSON|name:Reginald Price]] (rm 712B, MRN [[ID|mrn:22190118]]), [[AGE|other:82]] yo, opioid-naive. Barcode scan overridden - wristband unreadable (printer low toner). Mr [[PERSON|name:Price]] became drowsy, RR 8 at 0955; naloxone 0.04 mg IV x2 with effect; transferred to step-down.
Harm: temporary harm, intervention required. Daughter notified by charge RN at 1130.
Contributing factors: sound-alike names in adjacent beds, scanner battery, override culture.""",
    """DATIX WEB - incident report
Incident date: [[DATE|date:02/03/2024]]
Patient: [[PERSON|name:Trevor Pascoe]]
Category 3 hospital-acquired pressure ulcer L heel, 3 x 2.5 cm, first noted on skin bundle by HCA. Waterlow 22. Gaps in repositioning charts over two nights.
Photos (consented): [[ID|photo:IMG_20240302_PASCOE_A447120_Lheel.jpg]], [[ID|photo:IMG_20240302_PASCOE_A447120_Lheel_ruler.jpg]]
Actions: offloading boots, dynamic mattress, SSKIN audit. Duty of Candour letter posted to [[ADDRESS|geo:5 Molesworth Terrace, Stoke, Plymouth PL3 4EJ]].
Harm: moderate.""",
    """CIRS-Meldung Nr. [[ID|other:CIRS-2024-0117]] - Zentrale Notaufnahme
Was ist passiert? Ein Pat. (ca. [[AGE|other:60]] J., Geburtsjahr [[DATE|date:1963]]) mit Thoraxschmerz wurde in der Triage unter falschem Namen aufgenommen: Anmeldung mit der eGK des Bruders ([[PERSON|name:Andreas Keller]], Vers.-Nr. [[ID|health_plan:K758843968]]); der tatsächliche Pat. heißt [[PERSON|name:Matthias Keller]]. Labor und EKG wurden dem falschen Fall ([[ID|mrn:40028817]]) zugeordnet.
Aufgefallen am [[DATE|date:Sonntag, 10. März]] um 2:15 Uhr bei Rückfrage nach dem Geburtsdatum.
Ergebnis: kein Schaden.
Vorschlag: Lichtbildabgleich bei Aufnahme, zwei Identifikatoren vor jeder Blutentnahme.""",
    """INCIDENT REPORT - Security & Transport
Location: ambulance bay 2   Date: [[DATE|date:Saturday 9 March 2024]]   Time: 2250
Description: visitor vehicle (white Toyota HiLux, ACT rego [[VEHICLE|vehicle:YPK 21F]], VIN [[VEHICLE|vehicle:MR0FZ29G5X3051872]] per tow docket) parked across ambulance bay 2, blocking offload for 14 minutes. Driver identified as [[PERSON|name:Blake Henwood]] (ACT licence [[ID|license:2187730]]), visiting his partner in ED; verbally aggressive to security. Vehicle towed 2315.
CCTV clip exported: [[ID|photo:CCTV_AmbBay2_09032024_2248_HENWOOD.mp4]]""",
    """EVENT REPORT - Patient Identification / Registration
Patient presented as "[[PERSON|name:Angela Dawson]]" with NC driver license [[ID|license:000042718830]] and DOB [[DATE|date:11/19/1990]]. Palm-vein scan returned no match; registrar then found an existing record [[ID|mrn:CMC-4410287]] for [[PERSON|name:Angela Dawson-Reyes]], SSN [[ID|ssn:243-81-9055]], with palm template [[ID|biometric:PS-77129045-R]] on file. New enrollment created as [[ID|biometric:PS-77418822-L]] pending review.
Suspected medical identity theft; Compliance and Privacy notified, records not merged.""",
    """INFORMATION GOVERNANCE INCIDENT [[ID|other:IG-24-0093]] - [[LOCATION|geo:Royal Sussex County Hospital]]
What happened: a sexual health clinic letter for [[PERSON|name:Chloe Winterbourne]] (NHS [[ID|ssn:6136725355]]) was emailed to [[EMAIL|email:c.winterbourne@gmail.com]] instead of [[EMAIL|email:c.winterbourne1@gmail.com]]. The letter gave an HIV result (negative) and a results link [[URL|url:https://results.sussexsh.nhs.uk/v/7Kd2Pq]]. The unintended recipient replied; headers show [[IP|ip:86.143.201.57]].
Recall failed; recipient confirmed deletion; link revoked.
Reported to ICO within 72 h.""",
    """Fiche de déclaration d'événement indésirable n° [[ID|other:FEI-2024-03512]]
Description : M. [[PERSON|name:Abdoulaye Diallo]] (IPP [[ID|mrn:8004123796]]), [[AGE|other:71]] ans, programmé pour PTH gauche. Marquage du site non réalisé ; la check-list « Sécurité du patient au bloc opératoire » a détecté une discordance de date de naissance (bracelet : [[DATE|date:12/01/1953]] ; dossier : [[DATE|date:21/01/1953]]) : bracelet d'un autre patient, M. [[PERSON|name:DIALLO Mamadou]].
Photo du bracelet : [[ID|photo:bracelet_DIALLO_A_05032024.jpg]].
Conséquence : aucune, intervention décalée de 45 min. Criticité C3 x G2.""",
    """SiNASP - Notificación de incidente n.º [[ID|other:SN-46-2024-00718]]
Centro: [[LOCATION|geo:Hospital Universitari i Politècnic La Fe]], [[LOCATION|geo:València]]
Fecha del incidente: [[DATE|date:martes, 12 de marzo de 2024]]   Turno: noche
¿Qué ocurrió? Se administró enoxaparina 80 mg en lugar de 40 mg a una paciente de [[AGE|other:84]] años (hab. 412, cama 2) con ClCr 28 ml/min. Paciente: [[PERSON|name:Amparo Soler Navarro]], NHC [[ID|mrn:9012447]], n.º afiliación SS [[ID|ssn:46/41736209/59]].
Sin daño (anti-Xa 0,9 UI/ml, sin sangrado). Se informó a su hija.
Factores: peso registrado erróneo (92 kg; real 62 kg) en la prescripción por peso.""",
    """MedWatch 3500 (voluntary) - draft by Risk Management
A. Patient: age [[AGE|other:27]], F, 61 kg
B. Adverse event: unexpected bolus delivery -> severe hypoglycemia, BG 32 mg/dL, EMS glucagon, ED admit.
D. Suspect device: insulin pump model MMT-1880, lot NB4H219, serial [[DEVICE|device:NG3112874H]]; UDI (01)00763000442917(21)[[DEVICE|device:NG3112874H]].
Device returned to manufacturer, RMA [[ID|other:RMA-4471893]].
Patient contact (in confidence): [[PERSON|name:Rebecca Haslam]], [[ADDRESS|geo:1488 E 3300 S, Salt Lake City, UT 84106]], [[PHONE|phone:801-466-2093]]""",
]


def main() -> None:
    n = write_styled(
        OUT,
        [
            ("progress-notes", PROGRESS_NOTES),
            ("discharge-summaries", DISCHARGE_SUMMARIES),
            ("referral-letters", REFERRAL_LETTERS),
            ("nursing-handovers", NURSING_HANDOVERS),
            ("pharmacy-records", PHARMACY_RECORDS),
            ("telehealth-visits", TELEHEALTH_VISITS),
            ("billing-claims", BILLING_CLAIMS),
            ("device-telemetry", DEVICE_TELEMETRY),
            ("research-enrolment", RESEARCH_ENROLMENT),
            ("incident-reports", INCIDENT_REPORTS),
        ],
    )
    print(f"probe69: {n} docs")


if __name__ == "__main__":
    main()
