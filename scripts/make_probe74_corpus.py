"""Write the 74th hand-annotated redaction probe, 100 notes of dates, ages and unique codes.

Why: clinical text is full of numbers shaped like dates. The engine has to tell real dates in
every written form (day-first and month-first numerics with any separator, two-digit years,
glued eight-digit dates, ISO dates and timestamps, month names, ordinals in words, weekdays
with a day number, French and Spanish dates, partial trial dates like UNK-APR-2024) from the
fraction-shaped look-alikes beside them: blood pressures, 2/52 and 3/7 durations, 3/12
follow-ups, dose schedules (1-0-1, 6-6-8 units), gestations (32+4), scores (GCS 15/15, ER 8/8,
MoCA 17/30), ratios and MICs (1:10, <=4/4), reference ranges, versions, clock times, product
lot numbers and expiry dates, and form revision dates. Ages of 90 and over must be found in
digits, glued forms and words, beside "eGFR >90" and ">90 days". Unique codes of category
other (claim, referral, incident, booking, accession, specimen, study, passport, court and
case numbers) come in every shape, several with a date inside them, and sit beside protocol,
ethics, MBS, CPT, ICD and NDC codes that must stay.

What: ten styles of ten notes each: antenatal records, medication charts, pathology reports,
outpatient letters, immunisation records, workers compensation certificates, death
certificates and coroner referrals, aged care progress notes, clinical trial visit logs and
billing statements. Notes come from Australia (six states and the NT), the US, the UK
(England, Wales, Scotland) and Canada (Ontario, Quebec), with notes or passages in French and
Spanish. Conventions: names, places and identifiers follow the suite's conventions. Every
date more specific than a year is DATE|date: numeric in either order, glued, ISO, timestamps
(one span when written as one token), month names, ordinals and words ("3rd of March",
"the third of July"), a day number alone when it names a day ("on the 3rd": the span is
"3rd"), month and day without a year, month and year without a day (including "March 2029" and
trial partial dates), a weekday written with its date (inside the span), fixed-date holidays
(Boxing Day). Not marked: bare years (except a year of birth), a bare weekday, relative
references ("last Tuesday", "3/7 ago", "yesterday"), a month alone or a vague part of one
("in January", "mid-June"), recurring days ("the 15th of each month"), durations, gestations,
post-injury and post-op days, trial day numbers, product and vaccine expiry dates, and form,
document and VIS edition dates. A range sharing one month and year ("12-26/03/2024",
"10-17 May", "4-11 juin 2024") is one span; two complete dates joined by a dash or "to" are
two spans. A date inside an ID or file name is not marked separately: the whole token is
marked as its ID category (specimen barcodes, photo file names, RAMQ and CHI numbers). Ages:
90 and over are AGE|date (anyone's, including "turns 100" and "ninety-seven"); other ages of
the note's patient or patients (each resident of a care-home list, each worker) are
AGE|other; the span is the number, with a unit glued to it without a space ("93Y", "19yo",
"24M", "92yo") and outside it otherwise ("101-year-old", "94 ans"); decades ("in her
nineties") and schedule points ("6 months", "8 week imms") are not marked, nor relatives'
ages under 90. Hospital URNs and chart numbers are mrn; coroner, court, police event,
incident, claim, episode, specimen, accession, booking, e-Referral, registry, participant,
screening, randomisation, SAE and PK tube numbers, passports and user names are other;
biometric templates (fingerprint, palm vein, face, voice) are biometric; invoice, statement,
payment-plan and bank numbers and card last-4 are account.

How: cd /work/main && .venv/bin/python scripts/make_probe74_corpus.py (writes corpus/redaction/probe74.jsonl).
"""

from pathlib import Path

from make_safe_harbor_suite import write_styled

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "corpus" / "redaction" / "probe74.jsonl"

ANTENATAL = [
    """ANTENATAL VISIT - PREGNANCY HEALTH RECORD (QLD)
Name: [[PERSON|name:Tahlia Marie BRENNAN]]    UR: [[ID|mrn:1187342]]    DOB: [[DATE|date:03071996]]
Medicare: [[ID|health_plan:3593 23841 7]] / 1    Booking hosp: [[LOCATION|geo:Townsville University Hospital]]
G2 P1. LMP [[DATE|date:14/01/24]] (sure, reg 28/7 cycle). EDD by dating scan [[DATE|date:19-10-2024]] (CRL 45mm = 11+2) - scan EDD adopted.
Visit [[DATE|date:Tues 4th June]]: 20+3/40. BP 118/72. U/A NAD. FH 20cm. FHR 146. Wt 71.4kg (booking 66.0).
Morph scan booked [[DATE|date:11.06.2024]] 0930, pt to bring referral.
Flu vax given today. Pertussis 20-32/40 - due next visit. GTT 24-28/40.
O pos, antibodies neg. Rubella immune. Prev: NVD [[DATE|date:Boxing Day 2021]] @ 39+1, 3.4kg, PPH 650mL.
Plan r/v 2/52 w MW. RFM/PV bleeding -> birth suite ext 4471, or 13 HEALTH after hours.""",
    """Maternity Booking Summary - [[LOCATION|geo:Liverpool Women's Hospital]]
Woman: [[PERSON|name:OKAFOR, Chiamaka]]    NHS No: [[ID|ssn:919 747 0422]]    Hosp No: [[ID|mrn:RXW4417203]]
Age at booking: [[AGE|other:31]]    Address: [[ADDRESS|geo:Flat 6, 22 Lodge Lane, Liverpool L8 0QH]]
LMP [[DATE|date:02/02/2024]]. Dating scan (CRL 58 mm = 12+3); EDD agreed [[DATE|date:08/11/2024]].
BMI 33.1 -> OGTT at 24-28/40; aspirin 150 mg nocte 12/40 -> 36/40 (2 moderate risk factors).
Hx: GDM 2019 (diet), SVD. FHx T2DM (mother). Smoker: no, CO 1 ppm.
Bloods: Hb 118 g/L, ferritin 14 -> ferrous fumarate 210 mg 1-0-1.
Next: 16/40 with community MW team. MAU is open 24h.""",
    """ONTARIO PERINATAL RECORD 2 - antenatal visit flow sheet
Patient [[PERSON|name:Marie-Ève Tremblay-Lacroix]]   DOB [[DATE|date:1993/11/27]]   G1 P0
Health card [[ID|health_plan:3069835217]]  VC NR    Chart # [[ID|mrn:M00482217]]
Primary care fax [[PHONE|fax:613-789-1525]]
LMP [[DATE|date:2024/01/09]]   EDB [[DATE|date:2024/10/15]] (confirmed by dating U/S [[DATE|date:2024-03-04]] at 7+6 wks)
Date         GA     Wt    BP       Urine   SFH   FHR   Next
[[DATE|date:2024-06-18]]   23+0   66.0  110/68   tr/-    23    144   4 wk - 1h GCT ordered
GCT 7.2 mmol/L (<7.8). Rh neg - WinRho 1500 IU IM at 28 wk. Tdap given, lot U7114AA exp 2026-02-28.
GBS swab 35-37 wk. Planned hospital birth.""",
    """CONTROL PRENATAL - [[LOCATION|geo:La Clínica de la Raza]]
Paciente: [[PERSON|name:Guadalupe Ramírez Ortega]]   Edad: [[AGE|other:27]] años   Expediente: [[ID|mrn:LCR-0048812]]
Medi-Cal CIN: [[ID|health_plan:91847362B]]
G2P1. FUM: [[DATE|date:3 de enero de 2024]] (segura). FPP: [[DATE|date:9 de octubre]]. EG hoy 24+1 semanas.
TA 110/70, peso 68 kg, AU 24 cm, FCF 148 lpm. Sin edema.
Curva de tolerancia (1 h) 128 mg/dL - normal. Hb 11.2 g/dL; sigue con sulfato ferroso 325 mg 1-0-1.
Ultrasonido estructural del [[DATE|date:23/05]] sin hallazgos. Vacuna Tdap pendiente (27-36 sem).
Viene con su hija de 6 años.
Próxima cita: [[DATE|date:martes 2 de julio]] a las 10:15. Si tiene sangrado o pérdida de líquido, llamar al 911.""",
    """[[LOCATION|geo:Wadeye]] Health Centre - Antenatal check (Communicare)
Client: [[PERSON|name:Bernadette Kungul]]   HRN [[ID|mrn:0091873]]   [[AGE|other:19yo]] G1P0
30+5 by early scan in [[LOCATION|geo:Darwin]] on the [[DATE|date:3rd of March]].
BP 130/85 (rpt 124/78). Urine prot trace. FH 31cm, ceph, FM+. Hb 98 -> Maltofer 1 tab BD, r/v 2/52.
Syphilis serology repeated (28/40 screen missed). Boostrix L deltoid, batch AC37B412AC, exp 31/08/2025.
Relocation to [[LOCATION|geo:Darwin]] at 37/40 (~[[DATE|date:21 June]]) - PATS travel booked, Airnorth booking ref [[ID|other:QX7K2M]].
Bleeding/pain/RFM -> clinic, or call 000 after hours.""",
    """[[LOCATION|geo:Sunshine Hospital]] - Pregnancy Day Assessment Centre, BP profile
UR [[ID|mrn:2044718]]   [[PERSON|name:HUSSAIN Ayesha]]   DOB [[DATE|date:17.08.1988]] ([[AGE|other:35]])
Referred by GP for PIH at 34+2.
Date        | Time | GA   | BP     | uPCR | Plt | CTG
[[DATE|date:Mon 08/04]]   | 0915 | 34+2 | 142/92 | 24   | 210 | normal
[[DATE|date:Mon 15/04]]   | 1010 | 35+2 | 146/94 | 41   | 176 | normal
Labetalol 100mg TDS -> 200mg TDS from [[DATE|date:15/4]]. uPCR now >30 mg/mmol; ALT 22, urate 0.38.
Plan: IOL at 37/40, provisionally [[DATE|date:Fri 26 April]] - birth suite to confirm by phone.
Reviewed with O&G reg; consultant aware.""",
    """PRENATAL VISIT - OB/GYN
Pt: [[PERSON|name:Kayleigh Dubois]]   MRN [[ID|mrn:60418832]]   DOB [[DATE|date:4/9/1990]]   [[AGE|other:34]] y.o. G3P2002
MassHealth ID [[ID|health_plan:100298734512]]
EDC [[DATE|date:07/14/2024]] by LMP [[DATE|date:10/8/23]] c/w 8 wk US.
Today 31w2d. BP 130/85, wt 182 lb (+2), FHT 140s, FH 31 cm. Denies VB/LOF/ctx; +FM.
1 hr GTT 142 -> 3 hr GTT on [[DATE|date:4/2]]: 88/176/152/118 (1 abnl value), not GDM by Carpenter-Coustan.
Rh neg, RhoGAM 300 mcg given at 28 wk ([[DATE|date:Apr 21st]]). Tdap today, lot 3CA29C1 exp 12/2025.
Hx LTCS x1 ([[DATE|date:Aug 2019]]); desires TOLAC, consent signed today.
F/u 2 wks; weekly NST from 36 wk. - RS, CNM""",
    """SCOTTISH WOMAN HELD MATERNITY RECORD - antenatal contacts
Name [[PERSON|name:Morag Fiona Ferguson]]   CHI [[ID|ssn:1402915365]]   DOB [[DATE|date:14/02/91]]
Booked: [[LOCATION|geo:Royal Infirmary of Edinburgh]]
Twin pregnancy, DCDA (confirmed on scan [[DATE|date:03 Jan 2024]]).
Scans 4-weekly from 20/40 - last scan [[DATE|date:28th Feb]]: EFW T1 612 g, T2 588 g, discordance 4%. Liquor normal.
Today 24+0. BP 122/76. Urine NAD. Hb 109 -> iron. Aspirin 150 mg.
Plan: delivery by 37+0, provisionally w/c [[DATE|date:13 May 2024]].
Partner works offshore, 2/52 on 2/52 off.""",
    """Shared antenatal care - GP (shared care with [[LOCATION|geo:Launceston General Hospital]])
Pt [[PERSON|name:Sienna Kowalski-Hart]], [[AGE|other:38]] (AMA), G1P0, Medicare [[ID|health_plan:2219 01577 3]]
IVF pregnancy - ET [[DATE|date:12-02-2024]], EDD by transfer [[DATE|date:29-10-2024]]. Today 13+1.
NIPT collected on the [[DATE|date:3rd]]: low risk T21 (<1:10 000), T18, T13; fetal fraction 11.2%. Lab ref [[ID|other:HRM24-0330571]].
NT 1.6mm, CRL 68mm. PAPP-A 0.94 MoM.
TSH 2.9 on thyroxine 75 mcg -> 100 mcg 6/7 per wk (75 mcg one day a week).
Morphology 19-20/40 to book. Husband (44) works FIFO.""",
    """Maternity triage 23:40, [[DATE|date:Sat 2nd Nov]]. [[PERSON|name:Priya Sharma]], [[AGE|other:26]], G1 28+1, c/o RFM since lunchtime. Hosp no [[ID|mrn:K1742290]].
CTG 20 min: baseline 135, variability >5, accels present, no decels - normal (Dawes-Redman met at 14 min). BP 118/70, HR 82, T 36.8, SpO2 99%.
Reassured, RFM leaflet given. D/w SHO. Growth scan booked [[DATE|date:Mon 4/11]] at 09:20 in ANC. Advised to return with any further RFM, not to wait till the next day.""",
]

MEDCHART = [
    """NATIONAL INPATIENT MEDICATION CHART - [[LOCATION|geo:Royal Adelaide Hospital]]   Ward 7B  Bed 12
UR [[ID|mrn:A4471902]]   [[PERSON|name:PAPADOPOULOS Eleni]]   DOB [[DATE|date:02/02/1931]]   Age [[AGE|date:93]]   Wt 52 kg
ADR: penicillin (rash, 1987). Chart 1 of 2.
Regular                | [[DATE|date:05/03]]       | [[DATE|date:06/03]]       | [[DATE|date:07/03]]
Warfarin (dose per INR)| 3mg (INR 2.6)| 2mg (INR 3.1)| withheld (INR 3.4)
Frusemide 40mg mane    | 0800         | 0800         | 0800
Metoprolol 23.75mg 1-0-1
Paracetamol 1g QID PRN, max 4g/24h (last 0540).
Prescriber: Dr [[PERSON|name:Joel Haddad]], prescriber no. [[ID|license:2318406]]
Pharmacist review: INR rising with clarithromycin 500mg BD (D3/7); hold warfarin, recheck INR [[DATE|date:Fri 8/3]].""",
    """eMAR - administration history   [[LOCATION|geo:Johns Hopkins Bayview Medical Center]]   Unit 4W Rm 412-B
Pt [[PERSON|name:Harold J. Whitcombe]]   MRN [[ID|mrn:JH3318402]]   DOB [[DATE|date:11/30/1929]] ([[AGE|date:94]] y)
[[DATE|date:Thu 03/14/2024]]
Sched  Given  Med / dose                            By
0900   0912   heparin 5,000 units SC q8h            LM
0900   0915   metoprolol tartrate 12.5 mg PO        LM
1300   held   insulin lispro per scale (BG 112)     LM
1700   1722   heparin 5,000 units SC                TR
Override pull: oxycodone 5 mg tab, NDC 0406-0552-01, Pyxis station 4W-A, user [[ID|other:lmartinez4]], BioID login template [[ID|biometric:BIO-7F3A-22910]].
Waste witnessed by second RN.""",
    """EPMA print - [[LOCATION|geo:Northern General Hospital]]
Patient: Mr [[PERSON|name:Dennis Haworth]]   NHS [[ID|ssn:913 082 4907]]   DOB [[DATE|date:21-Jun-1948]]
Co-amoxiclav 1.2 g IV TDS - start [[DATE|date:11/03/24]], day 3/7, IV-to-oral switch review [[DATE|date:14/03/24]]
Enoxaparin 40 mg SC OD (VTE assessment done on admission)
Paracetamol 1 g QDS PRN (max 4 g/24 h). Oramorph 2.5-5 mg 2-hourly PRN.
Omeprazole 20 mg OD - started 2019, review indication.
Screened by pharmacist [[DATE|date:13/3]].""",
    """Residential Medication Chart - [[LOCATION|geo:Anglicare Newmarch House]]
Resident: [[PERSON|name:Albert Cosgrove]]   Age [[AGE|date:101]]   DVA Gold Card [[ID|health_plan:NX901533]]
Supplying pharmacy: [[LOCATION|geo:Kingswood]] - fax [[PHONE|fax:(02) 4736 2219]]
Chart valid [[DATE|date:01/04/24]] to [[DATE|date:31/07/24]] (4 months). Packed weekly in Webster-pak.
Donepezil 10mg nocte. Atorvastatin 20mg - withheld, GP to review. Vitamin D 1000 IU mane.
PRN: Movicol 1 sachet daily; Panadol Osteo 665mg 2 tds.""",
    """FEUILLE D'ADMINISTRATION DES MÉDICAMENTS (FADM) - [[LOCATION|geo:Hôpital Maisonneuve-Rosemont]], 5e étage, lit 22
Usager: [[PERSON|name:GAGNON, Marguerite]]   No dossier: [[ID|mrn:0551284]]   RAMQ: [[ID|health_plan:GAGM 3153 1219]]
Née le [[DATE|date:12 mars 1931]] ([[AGE|date:93]] ans)
Période du [[DATE|date:2024-03-18]] au [[DATE|date:2024-03-24]]
Apixaban 2,5 mg PO BID - 08h / 20h. Furosémide 20 mg die 08h. Acétaminophène 650 mg q6h PRN (max 3 g/24 h).
Hydromorphone 0,5 mg SC q4h PRN si douleur > 4/10.
Vérifié par la pharmacienne.""",
    """Subcutaneous insulin and BGL chart - [[LOCATION|geo:Princess Alexandra Hospital]]
[[PERSON|name:Liam O'Shaughnessy]]  UR [[ID|mrn:PA0932174]]  [[AGE|other:24M]]  T1DM on CSII - MiniMed 780G SN [[DEVICE|device:NG2847713H]]; Guardian 4 sensor serial [[DEVICE|device:GT4L09231857]]
Pump off for MRI, basal-bolus meanwhile.
Date        | 0700 | 1100 | 1700 | 2100 | Ketones
[[DATE|date:Mon 8th]]     | 7.2  | 11.4 | 6.8  | 9.1  | 0.2
[[DATE|date:Tues 9th]]    | 14.6 | 16.2 | 9.9  | 8.4  | 0.9
Optisulin 22 units nocte; Novorapid 6-6-8 units with meals + correction 1 unit per 2 mmol/L above 8.
Pump settings: ICR 1:10, ISF 1:2.5, firmware 5.3.2. Resume pump post MRI per Endo reg.""",
    """Anticoagulation Clinic - warfarin flowsheet ([[LOCATION|geo:Kaiser Permanente Fontana Medical Center]])
[[PERSON|name:Dolores Whitfield]]   MRN [[ID|mrn:000113849277]]   [[AGE|other:78]] F   AF, goal INR 2-3
Date   INR   Wkly dose   Plan
[[DATE|date:3/4]]    1.8   32.5 mg     5 mg M/W/F, 2.5 mg other days -> 35 mg/wk
[[DATE|date:3/25]]   3.6   35 mg       hold x1, then 30 mg/wk
Next INR [[DATE|date:4/8]] (2 wk). Missed dose: take same day, never double. - KN, PharmD""",
    """Transdermal patch record - Mrs [[PERSON|name:Winifred Ashdown]], [[AGE|date:96]], Room 3, care home in [[LOCATION|geo:Nantwich]]
Fentanyl 12 micrograms/hr, change every 72 h.
Applied [[DATE|date:Sat 09/03]] 10:00 L upper arm; due [[DATE|date:Tue 12/03]] - removed 10:05, new patch R upper arm, batch 2Z45B1 exp 08/2026.
Witness: [[PERSON|name:Gail Pryce]] / agency RN.""",
    """Clozapine monitoring - [[LOCATION|geo:Fremantle Hospital]] Mental Health. [[PERSON|name:Jayden Whitehurst]], [[AGE|other:31]]; ClopineConnect patient reg [[ID|other:CC-WA-118402]]. Week 14.
WCC 6.8, ANC 3.9 (green). Troponin <5, CRP 4. Dose 200mg-0-300mg. Constipation - Movicol BD.
Next FBC due [[DATE|date:Wed 17/7]]. Queries to ward pharmacist, [[EMAIL|email:rhiannon.kelly@health.wa.gov.au]]""",
    """PRN oxycodone 5mg given 0215 [[DATE|date:12/3]] for pain 7/10 (post-op day 2), ward 5A bed 31, [[PERSON|name:PHAM Thi Hoa]]. Withdrawn via Omnicell, fingerprint login template [[ID|biometric:OMC-FP-00418823]]. Pain 3/10 at 0300.""",
]

PATHOLOGY = [
    """NSW Health Pathology - [[LOCATION|geo:Concord Repatriation General Hospital]]
Patient: [[PERSON|name:MORRISON, Keith Allan]]   DOB: [[DATE|date:05/11/1930]]   Age/Sex: [[AGE|date:93Y]]/M   MRN [[ID|mrn:C1184026]]
Lab No: [[ID|other:24-118842]]   Collected: [[DATE|date:12/03/2024]] 07:45   Requested by: RMO, prov. [[ID|license:2184778J]]
Copy to: GP - fax [[PHONE|fax:02 9744 3187]]
             [[DATE|date:08/03/24]]   [[DATE|date:10/03/24]]   [[DATE|date:12/03/24]]   (ref)
Na           134        136        138        (135-145)
K            5.6 H      5.1        4.6        (3.5-5.2)
Creat        142 H      128 H      117 H      (60-110)
eGFR         39         44         48         (>90)
INR          2.3        2.6        3.1 H      (2.0-3.0)
eGFR >90 is not reported as a number. K result phoned to RMO at 09:12 (ext 5521).""",
    """CELLULAR PATHOLOGY REPORT - [[LOCATION|geo:St James's University Hospital]]
Name [[PERSON|name:ASHWORTH Doreen]]   NHS No [[ID|ssn:996 500 4641]]   DOB [[DATE|date:30.04.1932]]   Lab No [[ID|other:H24-07713]]
Received [[DATE|date:11/03/2024]]. Clinical: [[AGE|date:91]] yo F, 28 mm mass L breast UOQ, core B5b. WLE + SLNB.
Macro: A) WLE 46 x 38 x 25 mm, inked (blue sup, black deep), blocks A1-A12. Photo [[ID|photo:H24-07713_A_gross_01.jpg]].
Micro: invasive carcinoma NST, grade 2 (3+2+2). Size 24 mm. Closest margin 3 mm (deep). LVI not seen. SLN 1/2 positive (macromet 4.1 mm).
ER 8/8, PR 6/8 (Allred). HER2 IHC 2+, ISH ratio 1.6, copy number 3.2: negative. Ki-67 18%.
pT2 pN1a(sn), R0. Reported [[DATE|date:15 Mar 2024]]. Report v1.""",
    """MICROBIOLOGY - [[LOCATION|geo:Cleveland Clinic]] Laboratory
Patient: [[PERSON|name:Tremaine Jackson]]  MRN: [[ID|mrn:CC48021177]]  DOB: [[DATE|date:08/19/1961]]
Accession: [[ID|other:MB-24-0031187]]   Source: blood, peripheral, set 1 of 2
Collected: [[DATE|date:2024-03-12T06:40:00-04:00]]
Gram stain: gram-negative rods (aerobic bottle, TTP 14.2 h). Critical value called to ward RN at 21:12, read back.
ID: Escherichia coli (MALDI-TOF score 2.31)
MIC (mcg/mL): ampicillin >16 R; ceftriaxone <=1 S; pip-tazo <=4/4 S; TMP-SMX <=2/38 S; ciprofloxacin <=0.25 S.
CLSI M100 34th ed. Final [[DATE|date:03/14/2024]].""",
    """RAPPORT DE PATHOLOGIE - [[LOCATION|geo:Hôtel-Dieu de Québec]]
Nom: [[PERSON|name:BOUCHARD, Réjean]]   Âge: [[AGE|date:92]] ans   Dossier: [[ID|mrn:HDQ-771204]]
No de spécimen: [[ID|other:S24-118305]]   Prélevé le [[DATE|date:12 mars 2024]]
Peau, joue droite, exérèse: carcinome basocellulaire nodulaire, marges libres (la plus proche 1,5 mm).
Signé le [[DATE|date:2024-03-19]].""",
    """[[LOCATION|geo:Victorian Clinical Genetics Services]] - NIPT report
Patient [[PERSON|name:Rania Haddad]]   DOB [[DATE|date:1990-07-02]]   Sample ID [[ID|other:VCGS-20240312-0447]]
Gestation at collection 10+4. Fetal fraction 9%.
Low probability for trisomy 21 (<1 in 10,000), 18 and 13. Karyotype not performed.
Referrer Dr [[PERSON|name:Olivia Trang]]. Reported [[DATE|date:15/03/2024]].""",
    """Transfusion lab - group and antibody screen. [[PERSON|name:Kiri Walker]]  UR [[ID|mrn:H0218833]]  DOB [[DATE|date:7/10/1957]]
Group O RhD neg. Antibody screen negative. 2 units RBC crossmatched (electronic issue).
Sample valid until [[DATE|date:16/03/2024]] 23:59; new sample required after this.
Hb 68 g/L. Transfuse 1 unit over 2 h, recheck Hb.""",
    """ABG [[DATE|date:12/03]] 03:14, FiO2 0.40 via HFNP 40 L/min: pH 7.31, pCO2 48, pO2 72, HCO3 23, BE -2.1, lactate 1.9. P/F ratio 180. [[PERSON|name:Baxter]], bed 9 ICU. Analyser ABL90, software 3.4.""",
    """Cervical screening result
Dear Ms [[PERSON|name:Pritchard]],
NHS number [[ID|ssn:969 966 6765]]. Your sample taken on [[DATE|date:4th March 2024]] at your GP surgery in [[LOCATION|geo:Rotherham]] did not show HPV.
Your next test is due in [[DATE|date:March 2029]] (5 years). Lab ref [[ID|other:CS24/0412277]].""",
    """Patient: [[PERSON|name:Esther Goldfarb]]   DOB: [[DATE|date:01/22/1933]]   Age: [[AGE|date:91]]   Sex: F
Acc#: [[ID|other:WN447120K]]
Collected: [[DATE|date:03/12/2024]] 08:15   Reported: [[DATE|date:03/13/2024]] 16:45
Ordering: [[PERSON|name:Marcus Delacroix]], MD  NPI [[ID|license:1494310752]]  fax [[PHONE|fax:(914) 682-4410]]
TSH 6.82 H (0.40-4.50)   Free T4 0.9 (0.8-1.8)   B12 212 L   Folate >20.0   HbA1c 6.1% H""",
    """Lab ref [[ID|other:24S-10293]]: L forearm ellipse 22x9mm - SCC, well diff, 4.2 mm thick, clear margins (periph 2mm, deep 1.5mm). Pt [[PERSON|name:D. Kowalski]], [[AGE|other:82]]. Dr [[PERSON|name:Fenwick]] to review.""",
]

LETTERS = [
    """[[LOCATION|geo:Queen Elizabeth Hospital Birmingham]] - Department of Elderly Care
Clinic date: [[DATE|date:14th March 2024]]
Dr [[PERSON|name:R. Sandhu]], [[ADDRESS|geo:4 York Street, Harborne, Birmingham B17 0HG]]
Re: Mrs [[PERSON|name:Iris Blackwood]], DOB [[DATE|date:09/08/1929]], NHS No [[ID|ssn:468 279 0668]]
Diagnoses: 1. Mixed dementia (MoCA 17/30 in November) 2. Falls x3 since January 3. Orthostatic hypotension (lying 148/82, standing at 3 min 118/70) 4. AF (CHA2DS2-VASc 5, apixaban 2.5mg BD)
Thank you for asking me to see this [[AGE|date:94]]-year-old lady, who came with her daughter, her LPA. Her sister, also in her nineties, visits weekly.
Plan: reduce amlodipine 10 -> 5mg; Adcal-D3 1 tab BD; OT home visit; review in 3/12 with lying/standing BP.
Dr [[PERSON|name:Helen Achterberg]], Consultant Geriatrician, GMC [[ID|license:4471209]]
Secretary fax [[PHONE|fax:0121 371 4899]]""",
    """[[LOCATION|geo:The Prince Charles Hospital]] - Cardiology Outpatients
[[DATE|date:19 April 2024]]
Dr [[PERSON|name:Naomi Fairweather]]
Dear Doctor,
Re: [[PERSON|name:Graham Leslie PUTT]], DOB [[DATE|date:03.07.1951]], UR [[ID|mrn:0741188]]
I reviewed him ([[AGE|other:72]]) today. His ICD (Medtronic Cobalt XT VR, implanted [[DATE|date:Nov 2021]], serial [[DEVICE|device:BLC612403S]]) shows no therapies, battery 7.2 years.
Echo [[DATE|date:12/2/24]]: LVEF 35% (prev 30%). NYHA II. BP 108/66, HR 64. K 4.8, Cr 112.
Meds: sacubitril/valsartan 49/51mg BD, bisoprolol 5mg, spironolactone 25mg, dapagliflozin 10mg.
Plan: uptitrate to 97/103mg BD if BP allows; repeat echo 6/12; review 3/12.
Yours sincerely, Dr [[PERSON|name:Arjun Mehta]] FRACP, provider no. [[ID|license:4243825L]]""",
    """Clinique de gériatrie - [[LOCATION|geo:Hôpital général juif]]
Le [[DATE|date:mardi 12 mars 2024]]
Objet: M. [[PERSON|name:Lucien Gauthier]], né le [[DATE|date:3 juillet 1951]], dossier [[ID|mrn:JGH-2290417]], RAMQ [[ID|health_plan:GAUL 5107 0311]]
Cher collègue, j'ai revu votre patient ([[AGE|other:72]] ans). Parkinson depuis 2017, lévodopa/carbidopa 100/25 1 1/2 co TID.
Chute le [[DATE|date:3 février]] avec fracture du poignet droit (plâtre 6 sem).
TA couchée 132/80, debout 104/66. MoCA 24/30.
Plan: dompéridone 10 mg TID, physiothérapie, revoir dans 3 mois.
Dre [[PERSON|name:Sophie Lévesque]], gériatre, permis [[ID|license:18412]]""",
    """[[LOCATION|geo:UCSF Diabetes Center]] - telehealth visit, letter to PCP
Re: [[PERSON|name:Alyssa Nakamura-Reid]]   DOB [[DATE|date:2/14/2001]]   MRN [[ID|mrn:58830127]]
Seen by video ([[URL|url:https://ucsf.zoom.us/j/93817264051?pwd=Rk5qT2xWbU]]); patient at home.
This [[AGE|other:23]]-year-old with T1D since childhood uses a Tandem t:slim X2 (SN [[DEVICE|device:1190427]]) with Dexcom G6 (transmitter SN [[DEVICE|device:8GW3JN]]).
TIR 62%, TBR 3%, GMI 7.4%. A1c 7.2% (was 8.1% on [[DATE|date:11/3/23]]).
Basal 0.85 u/h 00:00-06:00, 0.95 u/h 06:00-24:00; ICR 1:8; CF 1:40; target 110. Control-IQ v7.6.
Plan: f/u 3 mo; lipids, UACR, TSH before next visit.
[[PERSON|name:Daniel Osei]], MD - NPI [[ID|license:1739817934]]""",
    """Fracture Clinic - [[LOCATION|geo:Gold Coast University Hospital]]. UR [[ID|mrn:0918843]]
[[PERSON|name:Bodhi Anderson]], [[AGE|other:14]]. Date of injury [[DATE|date:3rd March]] (came off scooter at a skate park).
Dx: R distal radius buckle #. Removable splint 3/52, no contact sport 6/52. XR [[DATE|date:13/3]] satisfactory.
Skin check photo saved as [[ID|photo:GCUH_0918843_20240313_wrist.jpg]].
Mum happy with plan. Discharged to GP; no further fracture clinic f/u.""",
    """[[LOCATION|geo:Royal Devon and Exeter Hospital]]
Mr [[PERSON|name:Peter Langdon-Hughes]]
[[ADDRESS|geo:17 Polsloe Road, Exeter EX1 2DN]]
Hospital number [[ID|mrn:K0461983]]    NHS number [[ID|ssn:650 017 3740]]
Your appointment: [[DATE|date:Tuesday 4th June 2024]] at 10:40, Dermatology Outpatients, Level 2, Area C.
e-Referral UBRN: [[ID|other:0004 4127 9935]]    Booking reference: [[ID|other:DERM-RDE-77120]]
Please arrive 15 minutes early. To change your appointment call [[PHONE|phone:01392 402101]]; for urgent advice call NHS 111.""",
    """Memory clinic, [[LOCATION|geo:Flinders Medical Centre]]. Mrs [[PERSON|name:Doris Kettle]], aged [[AGE|date:ninety-three]], lives alone in [[LOCATION|geo:Glenelg North]]. MMSE 21/30 (24/30 in [[DATE|date:Sept 2023]]). Son (67) helps with shopping. Review 6/12.""",
    """GI Medical Oncology follow-up
[[PERSON|name:Ramón Echeverría]], [[AGE|other:67]] M, MRN [[ID|mrn:2983341]]
Metastatic CRC (KRAS G12D) on FOLFOX + bevacizumab q14d; today C6D1 [[DATE|date:4/15/24]].
ECOG 1. CEA 48 -> 19. CT [[DATE|date:4/10/24]]: PR by RECIST 1.1 (SLD 82 -> 54 mm).
Oxaliplatin 85 mg/m2 reduced to 75% for grade 2 neuropathy. 5-FU 2400 mg/m2 over 46 h. Bev 5 mg/kg.
Spanish interpreter used. Daughter [[PERSON|name:Marisol Echeverría]] [[PHONE|phone:(713) 555-0148]].""",
    """Renal outpatients - [[LOCATION|geo:Southmead Hospital]], seen [[DATE|date:Weds 10 April]]. Re: [[PERSON|name:Yusuf Demir]], NHS [[ID|ssn:698 324 5008]].
CKD G3b A2 (eGFR 38, ACR 42 mg/mmol). BP 138/84 on ramipril 10mg. HbA1c 58 mmol/mol.
His record is shared at [[URL|url:https://my.patientsknowbest.com/personal/record/8813420947]].
Next bloods 4/52, clinic 4/12.""",
    """Dear Dr [[PERSON|name:Hollis]], thank you for referring Ms [[PERSON|name:Tran Ngoc Anh]], [[AGE|other:45]], with chronic migraine. Headache diary 14/30 days. Started candesartan 4mg nocte, to 8mg after 2/52. Review booked [[DATE|date:Tues 2/7]] at 1430h.""",
]

IMMUNISATION = [
    """Australian Immunisation Register - Immunisation History Statement
Prepared [[DATE|date:12 March 2024]]
Name: [[PERSON|name:Ava Grace NGUYEN]]   DOB: [[DATE|date:18/07/2023]]   Medicare: [[ID|health_plan:6704 90288 7]]  IRN 3
Date given   | Vaccine                                   | Schedule point | Provider
[[DATE|date:18/07/2023]]   | H-B-Vax II Paed                           | Birth          | [[LOCATION|geo:Westmead Hospital]]
[[DATE|date:29/08/2023]]   | Infanrix hexa, Prevenar 13, Rotarix       | 6 weeks        | community health centre
[[DATE|date:31/10/2023]]   | Infanrix hexa, Prevenar 13, Rotarix       | 4 months       | same
Next due: 12 months (MMR, MenACWY, Prevenar 13) from [[DATE|date:18/07/2024]].""",
    """Red Book - immunisation entry
Baby [[PERSON|name:Oliver Tobiasz Nowak]], NHS no [[ID|ssn:338 910 3635]], DOB [[DATE|date:19/12/2023]]
8 week imms given [[DATE|date:14/02/24]] at the surgery in [[LOCATION|geo:Bedminster]]:
6-in-1 (Infanrix hexa) batch A21CD492A exp 09/2025 L thigh; MenB (Bexsero) batch AB7891 R thigh; Rotarix oral batch AROLB945AD.
Paracetamol 2.5 ml (60 mg) x3 doses advised after MenB. Wt 5.12 kg (50th centile).
Next: 12 week imms. Given by [[PERSON|name:Shona Baird]], practice nurse.""",
    """REGISTRO DE VACUNACIÓN - California Immunization Registry (CAIR2)
Nombre: [[PERSON|name:Mateo Alejandro Fuentes]]   Fecha de nacimiento: [[DATE|date:05/17/2019]]   ID CAIR: [[ID|other:CA-0009318824]]
Vacuna                  Fecha        Lote         VIS (edición)
DTaP-IPV (Kinrix)       [[DATE|date:06/03/2023]]   AC14B285AA   8/6/2021
MMRV (ProQuad)          [[DATE|date:06/03/2023]]   Y013412      8/6/2021
Influenza (Flucelvax)   [[DATE|date:10/12/2023]]   394211       8/6/2021
Siguiente refuerzo: Tdap a los 11-12 años.
Administrado por: YM, LVN - [[LOCATION|geo:Clínica Sierra Vista]]""",
    """Carnet de vaccination - [[PERSON|name:Élodie Bergeron]], née le [[DATE|date:1958-10-04]], RAMQ [[ID|health_plan:BERE 5860 0412]]
Zona (Shingrix) dose 1: [[DATE|date:2024-01-15]], lot 2N7P4, exp. 2025-11-30. Dose 2 prévue dans 2 à 6 mois.
Pneumocoque (Prevnar 20): même date.
Vaccinée par [[PERSON|name:Karine Pelletier]], inf., [[LOCATION|geo:CLSC de Rosemont]].""",
    """Travel vaccination record
[[PERSON|name:Samuel Okonkwo-Bright]], [[AGE|other:29]], passport [[ID|other:PA7291843]]. Departing [[DATE|date:2nd April]] (Ghana, Togo), returning [[DATE|date:28/04]].
Yellow fever (Stamaril) given [[DATE|date:12 Mar 2024]], lot X1A52 exp 06/2026 - ICVP issued, valid from [[DATE|date:22 Mar 2024]] for life.
Typhim Vi and Havrix 1440 given. Malarone 1 tab daily from 1-2 days before to 7 days after travel.""",
    """Staff Health - HCW immunisation compliance (Category A)
[[PERSON|name:Chloe Marchetti]], RN, employee no. [[ID|other:E0447192]], AHPRA [[ID|license:NMW0002184471]]
Hep B: 3 doses (2011); anti-HBs 124 IU/L (>=10 immune) on [[DATE|date:09/02/2024]]. MMR x2 documented. Boostrix [[DATE|date:14/05/2019]], due 10-yearly. Influenza 2024 given.
Compliant - confirmation sent to [[EMAIL|email:chloe.marchetti@health.nsw.gov.au]].""",
    """School Vaccination Program - Year 7 consent card
Student: [[PERSON|name:Zara Mahmoud]]   DOB [[DATE|date:23/11/2011]]   School: [[LOCATION|geo:Bankstown Girls High School]]
Parent/guardian mob [[PHONE|phone:0423 118 904]]   Medicare [[ID|health_plan:3480 79810 2]] ref 2
Gardasil 9 (single dose) given [[DATE|date:14.05.2024]] L deltoid, batch X018932 exp 11/2025. Boostrix same day R deltoid.""",
    """[[LOCATION|geo:Meadowbank Care Home]] - autumn vaccination round, [[DATE|date:Thursday 12 October 2023]]
Rm | Resident                 | Age | NHS No        | COVID (XBB.1.5)    | Flu (aTIV)
1  | [[PERSON|name:Edith Barraclough]]        | [[AGE|date:97]]  | [[ID|ssn:976 146 0649]]  | given, batch HL6729 | given
4  | [[PERSON|name:Margaret Ollerenshaw]]     | [[AGE|date:102]] | [[ID|ssn:336 096 4128]]  | given              | given
6  | [[PERSON|name:Harold Sykes]]             | [[AGE|other:88]]  | [[ID|ssn:689 726 5500]]  | declined           | given
Flu batch HT0913 exp 06/2024. Vaccinator: PCN nurse.""",
    """Immunization record (Panorama) - Toronto Public Health
Client: [[PERSON|name:Aarav Patel]]   Client ID [[ID|other:PAN-7723019]]   OHIP [[ID|health_plan:9844656554]]   Age [[AGE|other:4]] yrs
DTaP-IPV (Quadracel) [[DATE|date:2024-02-20]] lot C5744AA; MMRV (Priorix-Tetra) same visit.
School: [[LOCATION|geo:Rose Avenue Junior Public School]] - suspension notice rescinded.""",
    """Shingrix dose 1 given today to Mr [[PERSON|name:Costa]], [[AGE|other:71]] (NIP 65+). Dose 2 due in 2-6/12, recall set for [[DATE|date:15/07/2024]]. Lot 7DP2K exp 03/2026.""",
]

WORKCOMP = [
    """NSW Workers Compensation - Certificate of Capacity
Worker: [[PERSON|name:Tevita Fifita]]   DOB [[DATE|date:09/04/1984]]   Claim no: [[ID|other:7002318846]]   Medicare [[ID|health_plan:2011 28730 5]]
Date of injury: [[DATE|date:27/02/2024]]   Time 06:40. Lifting 22 kg carton from pallet, pain L lower back.
Diagnosis: lumbar strain (S33.5).
Capacity: fit for selected duties from [[DATE|date:05/03/2024]] to [[DATE|date:19/03/2024]]. 4 hrs/day, 3 days/wk. No lifting > 5 kg, no repetitive bending, sitting 30 min at a time.
Treatment: physio 2x/wk x 3/52; Panadeine Forte 1-2 qid prn. Review on last day of certificate.
Dr [[PERSON|name:Mariam Saleh]], provider no. [[ID|license:3734325X]]
Fax [[PHONE|fax:(02) 9625 1189]]   [[EMAIL|email:reception@mountdruittmc.com.au]]""",
    """WorkSafe Victoria - Certificate of Capacity
Worker: [[PERSON|name:Jessica Lam]]   Claim number [[ID|other:24-0391847-11]]
R shoulder strain after rear-end collision driving work vehicle (rego [[VEHICLE|vehicle:1XL 7RV]]) on the [[LOCATION|geo:Monash Freeway]].
Date of injury [[DATE|date:Mon 19 Feb 2024]].
Capacity for suitable employment [[DATE|date:12-26/03/2024]]: no driving, no overhead work, desk duties 6 hrs/day.
GP: Dr [[PERSON|name:Stavros Andreou]]. Next review 2/52.""",
    """PRIMARY TREATING PHYSICIAN'S PROGRESS REPORT (PR-2)
Patient: [[PERSON|name:Jose Luis Herrera]]   SSN: [[ID|ssn:524-11-7060]]
Claim #: [[ID|other:05A24117734-0001]]   Date of injury: [[DATE|date:01/16/2024]]
Work status: modified work [[DATE|date:3/12/24]] - [[DATE|date:4/12/24]]: no lifting >10 lbs, no ladders.
Lumbar ROM flexion 40/60 deg, SLR neg, DTR 2+/2+.
[[PERSON|name:Anne-Marie Kessler]], MD   CA lic. [[ID|license:A147203]]""",
    """Statement of Fitness for Work
Patient's name: Mr [[PERSON|name:Gareth Pugh]]
I assessed your case on: [[DATE|date:08/03/2024]]
Because of: lumbar disc prolapse L4/5. You may be fit for work taking into account: amended duties, altered hours.
This will be the case from [[DATE|date:08/03/2024]] to [[DATE|date:05/04/2024]].
GP surgery, [[LOCATION|geo:Cardiff]]. Occupational health referral ref [[ID|other:OH-CCC-2024-00417]]. Form Med3 (rev 04/22).""",
    """WSIB Ontario - Health Professional's Report (Form 8)
Worker: [[PERSON|name:Oluwaseun Adeyemi]]   SIN [[ID|ssn:556 627 479]]   DOB [[DATE|date:1988-03-22]]
Health card [[ID|health_plan:4498220542]]   WSIB claim [[ID|other:34418827]]
Date of accident: [[DATE|date:2024-02-29]]
Warehouse worker. L ankle sprain grade 2. Modified duties: seated, 4 h/shift x 2 wks.""",
    """WorkCover Qld work capacity certificate. [[PERSON|name:Brodie McAllister]], truck driver. Claim [[ID|other:C24/118273]].
Injured [[DATE|date:Sat 3rd Feb]] when prime mover [[VEHICLE|vehicle:087 QZB]] jack-knifed on the [[LOCATION|geo:Warrego Highway]] near [[LOCATION|geo:Gatton]].
Whiplash WAD II; # L 5th metacarpal, splint 4/52. No capacity for driving duties until review in 2/52.""",
    """Progress medical certificate - [[PERSON|name:Kerry-Lee Dunstan]], claim [[ID|other:WC240031187]]. Improving, day 41 post injury. Restricted duties continue 3/52; GP review [[DATE|date:Thurs 4th April]].""",
    """Texas Workers' Compensation Work Status Report (DWC073)
Employee: [[PERSON|name:María Guadalupe Torres]] (Spanish interpreter). In her words: "me resbalé en el piso mojado el [[DATE|date:viernes 8 de marzo]]".
Date of injury [[DATE|date:03/08/2024]]. Employer: [[LOCATION|geo:Texas Children's Hospital]] (environmental services). Carrier claim no. [[ID|other:TX-24-0088213]]
Able to return to work with restrictions from [[DATE|date:03/18/2024]] through [[DATE|date:04/01/2024]]. Follow-up same day 1430h.""",
    """Incident report (employer), attached to claim - [[LOCATION|geo:Coles Distribution Centre Eastern Creek]]
Incident no. [[ID|other:INC-2024-004417]]   Logged [[DATE|date:2024-02-27T06:52]]   Bay 14, aisle 22, forklift FL-22
Injured: [[PERSON|name:T. Fifita]]. Witness: team lead.
Photos: [[ID|photo:INC-2024-004417_pallet_01.jpg]], [[ID|photo:INC-2024-004417_pallet_02.jpg]]""",
    """Return to work plan - [[PERSON|name:Deepak Raghavan]], claim [[ID|other:24-0417720-09]]
Wks 1-2 ([[DATE|date:18/03]]-[[DATE|date:29/03]]): 4h/day x 3 days. Wks 3-4: 6h/day x 4 days. Full duties target [[DATE|date:22 April]].
Case manager: [[EMAIL|email:b.sorrentino@eml.com.au]], [[PHONE|phone:03 9268 4410]]""",
]

DEATH = [
    """MEDICAL CERTIFICATE OF CAUSE OF DEATH (Victoria)
Deceased: [[PERSON|name:Dorothy May HENDERSON]]   Sex F   DOB [[DATE|date:22/09/1929]]   Age [[AGE|date:94]]
Usual residence: [[ADDRESS|geo:14 Kookaburra Court, Mildura VIC 3500]]
Date of death [[DATE|date:16/03/2024]]   Place: [[LOCATION|geo:Mildura Base Public Hospital]]
I(a) Aspiration pneumonia - 3 days; (b) Dysphagia - 6 months; (c) Alzheimer disease - 5 years. II: AF, CKD 3b.
Implanted device: pacemaker (Boston Scientific Accolade MRI), serial [[DEVICE|device:L331-774219]]; burial, removal not required.
Dr [[PERSON|name:Benedict Aldous]], provider no. [[ID|license:5616195F]].""",
    """Report of Death to Coroner (P79A)
COPS event no. [[ID|other:E 71442931]]
Deceased: [[PERSON|name:Jarrod Wayne PEARCE]], [[AGE|other:23]] yrs.
Found [[DATE|date:Sun 10/03/2024]] approx 0210 hrs, single vehicle collision, near [[LOCATION|geo:Murwillumbah]]. White Holden Commodore, NSW rego [[VEHICLE|vehicle:CX45LM]], VIN [[VEHICLE|vehicle:6G1FA8E56EL368193]].
Life pronounced extinct 0255 by paramedics. Blood alcohol kit [[ID|other:2318844]] taken at hospital.
Mother notified by attending police at 0540.""",
    """MCCD - [[LOCATION|geo:Norfolk and Norwich University Hospital]]
Name of deceased: [[PERSON|name:Cyril Arthur Bunting]]   NHS [[ID|ssn:342 297 2994]]
Date of death: [[DATE|date:13th March 2024]]   Age as stated to me: [[AGE|date:103]]
Last seen alive by me: [[DATE|date:11/03/2024]]
1a Hospital-acquired pneumonia; 1b Parkinson's disease; II Frailty of old age.
Medical examiner scrutiny ref [[ID|other:NNUH-ME-24-0719]]. Not referred to the coroner.
Certifying doctor: Dr [[PERSON|name:Tom Whitlock]], GMC [[ID|license:7093312]].""",
    """Certificate of Death - physician's worksheet (Ohio)
Decedent: [[PERSON|name:Walter Eugene Kowalczyk]]   SSN [[ID|ssn:184-08-9191]]
DOB [[DATE|date:07/04/1927]]   Age [[AGE|date:96]]   DOD [[DATE|date:03/21/2024]]   Pronounced 04:17
Place: [[LOCATION|geo:Hospice of the Western Reserve]]
Part I: a. cardiogenic shock - hours; b. acute MI - 2 days; c. CAD - years. Part II: T2DM, CKD stage 4.
Manner: natural. Autopsy: no. Tobacco contributed: probably.
Certifier: [[PERSON|name:Priya Raman]], MD, license [[ID|license:35.098412]]. Date certified [[DATE|date:03/22/2024]].""",
    """Bulletin de décès (SP-3) - [[LOCATION|geo:Hôpital de Chicoutimi]]
Défunte: [[PERSON|name:Thérèse Lapointe]], née [[PERSON|name:Girard]]
Date du décès: [[DATE|date:3 juillet 2024]], 23 h 40   Âge: [[AGE|date:91]] ans   RAMQ: [[ID|health_plan:LAPT 3356 2118]]
a) insuffisance cardiaque - 2 jours; b) cardiopathie ischémique - années.
Avis au coroner: non.""",
    """Statement re death reported to the Coroners Court of Victoria. Case no. [[ID|other:COR 2024 001873]]
[[PERSON|name:Neil Patrick Doyle]], [[AGE|other:58]], was found deceased at home in [[LOCATION|geo:Frankston]] by a neighbour on the [[DATE|date:11th]]; last known alive on the Thursday.
Visual identification not possible; identity confirmed by fingerprint comparison, NAFIS ref [[ID|biometric:NAFIS-VIC-8841207]].
Scene photographs include [[ID|photo:COR2024001873_scene_014.jpg]].""",
    """Cremation Form A - medical certificate (SA). [[PERSON|name:Mavis Ilene Treloar]], aged [[AGE|date:ninety-seven]], died [[DATE|date:Tuesday the 5th of March 2024]] at her care home in [[LOCATION|geo:Oaklands Park]].
Pacemaker removed before cremation by Dr [[PERSON|name:Julian Pace]]: St Jude Assurity, SN [[DEVICE|device:7740318]].""",
    """Medical Certificate of Cause of Perinatal Death - [[LOCATION|geo:King Edward Memorial Hospital]]
Baby of [[PERSON|name:Amira Hassan]]; UR (mother) [[ID|mrn:K2207914]]
Delivered [[DATE|date:19/04/2024]] 0312; estimated date of fetal death [[DATE|date:17/04/2024]] (IUFD on scan the next day).
Gestation 32+4; birthweight 1740 g; male. LMP [[DATE|date:04/09/23]], EDD [[DATE|date:10/06/24]].
Cause: (a) placental abruption; maternal condition: pre-eclampsia. Perinatal PM consented, ref [[ID|other:PPM-24-0142]].""",
    """Office of the Medical Examiner, [[LOCATION|geo:Maricopa County]]. Case [[ID|other:ME24-04127]].
Tentative ID: [[PERSON|name:Curtis Dale Wilkins]], Arizona DL [[ID|license:D04418273]] in wallet.
Found in vehicle (VIN [[VEHICLE|vehicle:1FT83AHVXPM536082]]) off [[LOCATION|geo:I-17]] near mile marker 229, ambient 41 C. Pronounced 15:22 [[DATE|date:07/19/2024]].""",
    """Inquest opened [[DATE|date:22 March 2024]] into the death of [[PERSON|name:Kieran Moss]] ([[AGE|other:34]]); adjourned to [[DATE|date:9th July]]. Coroner's ref [[ID|other:SCC/0418/24]].""",
]

AGEDCARE = [
    """[[DATE|date:Thurs 16th May]] 1430 RN progress note. [[PERSON|name:Bessie]] (Mrs [[PERSON|name:Elizabeth Kowalenko]]), Rm 14, [[AGE|date:99]], turns [[AGE|date:100]] on the [[DATE|date:29th]]; family planning a party in the activities room, centenarian letter requested. Appetite fair, 50% lunch. BGL 6.4. BP 130/85. Last BO 3/7 ago - Movicol given. Braden 14.""",
    """Falls incident - RiskMan [[ID|other:RM-2024-118273]]. [[PERSON|name:Frank Moretti]], [[AGE|other:87]], found on floor beside bed 0320 [[DATE|date:19/03/24]], unwitnessed. GCS 15/15; neuro obs 15-min x 1 hr then hourly x 4. Skin tear L forearm 3cm (STAR 2a), Steri-strips. Photo [[ID|photo:SkinTear_MRN204471_20240319.jpg]]. Son [[PERSON|name:Paul]] notified 0700 on [[PHONE|phone:0417 330 982]]. GP Dr [[PERSON|name:Leung]] to review.""",
    """Daily notes - [[LOCATION|geo:Larchwood Nursing Home]], [[LOCATION|geo:Ilkley]]. Mrs [[PERSON|name:Annie Greenhalgh]] ([[AGE|date:98]]) slept well, repositioned 2-hrly (Waterlow 18). MUST 1, wt 44.2 kg (45.6 on [[DATE|date:01/02]]). Her sister, also in her nineties, visited with niece [[PERSON|name:Julie]]. Care plan review due mid-June.""",
    """Progress note - [[LOCATION|geo:Sunnybrook Veterans Centre]]. Resident [[PERSON|name:Arthur Lindqvist]], [[AGE|other:89]], turns [[AGE|date:90]] on [[DATE|date:June 3rd]]; daughter [[PERSON|name:Karen]] asked about a diabetic cake. CPS 2. BP 128/74.""",
    """Night report [[DATE|date:Wed 13/03]]. Mr [[PERSON|name:Giuseppe Rinaldi]] ([[AGE|date:92yo]]): bed-exit sensor mat (SN [[DEVICE|device:SM-2210-44871]]) alarmed x4. Found at front door 0210, redirected. PRN oxazepam 7.5mg 0230 with effect. RN [[PERSON|name:Aroha]].""",
    """Palliative care progress note. Mrs [[PERSON|name:Nora Fitzgerald]], [[AGE|date:95]]. Advance care directive dated [[DATE|date:20 August 2021]]: no hospital transfer. Syringe driver morphine 10mg + midazolam 5mg / 24h. Abbey pain 4/18 (was 9/18). Mouth care 2-hrly. Son [[PERSON|name:Declan]] staying overnight. Dr to review [[DATE|date:Thurs 7th]].""",
    """Admission - [[PERSON|name:Leslie Harcourt]] ("[[PERSON|name:Les]]"), [[AGE|date:101]], DVA Gold Card [[ID|health_plan:QX417265]], Medicare [[ID|health_plan:5643 21623 4]]. Served RAN 1942-1946. Admitted from [[LOCATION|geo:Greenslopes Private Hospital]] after UTI; independent with walker.""",
    """Handover - [[LOCATION|geo:Rowan House]], [[LOCATION|geo:Whitby]] - nights [[DATE|date:Sun 17/03]]
Rm | Resident              | Age | Notes
2  | Mr [[PERSON|name:H. Dobson]]          | [[AGE|date:93]]  | chest clear, sats 95% RA
5  | [[PERSON|name:Peggy]]                 | [[AGE|other:84]]  | UTI - trimethoprim 200mg BD day 2/3
9  | [[PERSON|name:Stanislaw Nowicki]]     | [[AGE|date:90]]  | end of life, anticipatory meds in, family aware""",
    """Admin note: family portal set up for daughter [[PERSON|name:Mandy Pocock]] ([[URL|url:https://family.carelink.com.au/r/8841207?k=Zq4xV]]). Resident [[PERSON|name:Rex Pocock]] enrolled in the secure-unit face recognition door system, template [[ID|biometric:FR-TPL-0094471]], consent from EPOA [[PERSON|name:Mandy]]; first portal login from [[IP|ip:120.21.88.6]].""",
    """Seen by physio last Tuesday, mobilising with 4WW. Review again [[DATE|date:Friday 14th]]. Mr [[PERSON|name:Olsen]] in good spirits: "in my nineties and still beating them at cribbage". Wt 61.3 kg.""",
]

TRIAL = [
    """Protocol CRD-301, NCT05512034, HREC/23/SVH/114. Site 0412 - [[LOCATION|geo:St Vincent's Hospital Melbourne]]. Screening no. [[ID|other:0412-S017]]
PICF v5.0 dated 12-Jan-2024. Consent signed [[DATE|date:12-MAR-2024]] 09:14 with Dr [[PERSON|name:Hannah Lindgren]] (PI delegate).
Year of birth [[DATE|date:1957]]; age at consent [[AGE|other:66]]; male.
eConsent record: [[URL|url:https://econsent.medidata.com/s/0412-S017/a9F3kQ]], signed from [[IP|ip:49.181.22.140]]
Eligibility: eGFR 48 (>=30), NT-proBNP 2140, LVEF 40%.""",
    """V2 (Day 1) [[DATE|date:26-MAR-2024]]: randomised, IWRS rand no. [[ID|other:R104471]], participant [[ID|other:0412-017]]. 2 bottles IMP dispensed, lot DP-24-0187, exp 31-DEC-2025.
BP 132/78, HR 71, wt 84.2 kg. QTcF 428 ms.
Next V3 (Day 28 +/-3), window [[DATE|date:20-26 APR 2024]].""",
    """AE log - participant [[ID|other:0412-022]]
AE1 dizziness: onset [[DATE|date:2024-04-03]], resolved [[DATE|date:2024-04-09]], CTCAE grade 1, not related.
AE2 fall with L wrist #: onset [[DATE|date:UNK-APR-2024]] (participant unsure of day), not serious.
SAE1 hospitalisation for HF decompensation [[DATE|date:2024-04-21]] to [[DATE|date:2024-04-26]], SAE no. [[ID|other:SAE-0412-2024-003]], reported within 24 h.""",
    """eDiary compliance export - handset IMEI [[DEVICE|device:358190328600561]], app v4.2.0, participant [[ID|other:1107-0038]]
sync_ts                 src_ip                                   entries
[[DATE|date:2024-04-11T21:03:44Z]]    [[IP|ip:101.188.42.17]]                            3
[[DATE|date:2024-04-12T20:58:10Z]]    [[IP|ip:101.188.42.17]]                            3
[[DATE|date:2024-04-14T07:12:31Z]]    [[IP|ip:2001:8003:1c20:b400:5d1e:9a2f:3c11:7e04]]  6 (late entries)
Compliance 86% (target >=80%).""",
    """Reimbursement log - participant [[ID|other:1107-0041]], V4 [[DATE|date:07/05/2024]]: parking (plate [[VEHICLE|vehicle:ZTR 442]]) $18.50; mileage 84 km @ $0.88/km = $73.92. Paid by EFT to [[ID|account:063-019 1044 7721]]. Approved by SC [[PERSON|name:Georgia Pappas]].""",
    """Visit 4 (Week 12) - [[DATE|date:14/05/2024]]. Participant [[ID|other:PRT-044-0219]], NHS [[ID|ssn:407 366 6835]]. PHQ-9 8/27, GAD-7 6/21. Sertraline 100mg. Next: Week 24 (+/-7 d), ~[[DATE|date:06/08/2024]]. Letter sent to GP Dr [[PERSON|name:Okafor]].""",
    """Visite 3 (Jour 56) - le [[DATE|date:2024-05-07]]. Participant [[ID|other:MTL-03-0117]], [[AGE|other:58]] ans. TA 128/82, FC 66. Prochaine visite: semaine 12, fenêtre du [[DATE|date:4-11 juin 2024]]. Coordonnatrice: [[PERSON|name:Annie Bélanger]], [[EMAIL|email:annie.belanger.cemtl@ssss.gouv.qc.ca]]""",
    """PK sampling log - participant [[ID|other:0205-004]], C1D1 [[DATE|date:14-MAY-2024]], dose 08:02
Timepoint   Planned   Actual   Tube ID
Pre-dose    07:45     07:41    [[ID|other:PK0205004-C1D1-00]]
1 h         09:02     09:05    [[ID|other:PK0205004-C1D1-01]]
4 h         12:02     12:10    [[ID|other:PK0205004-C1D1-04]]
4 h sample +8 min (window +/-10 min): not a deviation. Spun 1500 g x 10 min at 4 C; plasma:aliquot 1:2.""",
    """Phase 1 unit check-in. [[PERSON|name:Connor Blaine Whitaker]], passport [[ID|other:N7718342]], identity verified by palm-vein scan (template [[ID|biometric:PV-00318847]]). Verified Clinical Trials ID [[ID|other:VCT-9921037]]: no washout conflict; last dosing [[DATE|date:02/01/2024]] (>90 days).""",
    """Monitoring visit: PD-07 - V5 for [[ID|other:0412-009]] done [[DATE|date:22-May-2024]], outside window ([[DATE|date:10-17 May]]). CRA [[PERSON|name:Ines Duarte]]. eCRF v2.3.1.""",
]

BILLING = [
    """TAX INVOICE - Dr [[PERSON|name:Fiona McTavish]] FRACP, Rheumatology
[[ADDRESS|geo:Suite 5, 120 Victoria Parade, East Melbourne VIC 3002]]   Provider no. [[ID|license:2069641W]]
Invoice [[ID|account:INV-0041877]]   Date [[DATE|date:18/03/2024]]
Patient: [[PERSON|name:Lauren Kiely]]   Medicare [[ID|health_plan:5850 83843 6]] / 2
Date of service | Item | Description                           | Fee     | Rebate
[[DATE|date:13/03/2024]]      | 110  | Initial consultation, consultant physician | $420.00 | $162.35
Gap $257.65, due in 30 days. EFT: BSB/acct [[ID|account:083-004 518824419]], reference = invoice number.""",
    """[[LOCATION|geo:Mercy Hospital St. Louis]] - Patient Statement
Statement date [[DATE|date:04/02/2024]]   Account # [[ID|account:7701884420]]
Guarantor: [[PERSON|name:Daniel R. Hutchins]]   Patient: [[PERSON|name:Emily Hutchins]]
Services [[DATE|date:03/04/24]]-[[DATE|date:03/06/24]], inpatient, DRG 203; CPT 99223, 71046.
Anthem BCBS member ID [[ID|health_plan:XGM884017239]], claim [[ID|other:2024064KS8812]]
Insurance paid $8,412.60; adjustments $3,107.00; your balance $1,250.00 (deductible).
Pay online: [[URL|url:https://pay.mercy.net/s/7701884420?t=4KQ9ZP]]""",
    """[[LOCATION|geo:The London Clinic]] - Invoice [[ID|account:TLC-INV-224017]], [[DATE|date:20 March 2024]]
Patient: Mr [[PERSON|name:Ahmed Al-Rashid]]   Bupa membership [[ID|health_plan:71283094]]   Pre-authorisation [[ID|other:PA-4471902]]
CCSD W8400 knee arthroscopy, day case [[DATE|date:18/03/2024]]. Consultant fee £1,850; anaesthetist £620. Shortfall £310 payable by patient.
BACS: IBAN [[ID|account:GB33NWBK73578264097861]].""",
    """EXPLANATION OF BENEFITS - THIS IS NOT A BILL
Member: [[PERSON|name:Sandra K. Obuya]]   Member ID [[ID|health_plan:W284017733]]   Claim # [[ID|other:E24077318002]]
Provider: [[LOCATION|geo:Twin Cities Orthopedics]] (NPI [[ID|license:1451353308]])
Dates of service [[DATE|date:02/19/24]] - [[DATE|date:02/21/24]]. CPT 27447; ICD-10 M17.11.
Billed $38,920.00; allowed $21,404.00; plan paid $19,263.60 (90%); you may owe $2,140.40.""",
    """Uninsured services invoice [[ID|account:BWV-2024-0381]] - family practice, [[LOCATION|geo:Bloor West Village]]
Patient: [[PERSON|name:Giulia Ferraro]], OHIP [[ID|health_plan:1952083523]]. Service date [[DATE|date:2024-03-11]]: sick note $25.00; CPP-D form $120.00 (HST exempt).
Pay by Interac e-Transfer to [[EMAIL|email:billing@bwvfamilypractice.ca]] with the invoice number as the message.""",
    """[[LOCATION|geo:St Andrew's War Memorial Hospital]] - patient account
Mrs [[PERSON|name:Joan Whitely]]   Episode [[ID|other:EP24-0093177]]   Fund: Medibank, member no. [[ID|health_plan:44718820]]
Admitted [[DATE|date:04/03/24]], discharged [[DATE|date:07/03/24]] (3 nights, ward 3 North).
Excess $500 paid on admission, card ending [[ID|account:4417]].""",
    """Bulk billed - Medicare assignment. Lab episode [[ID|other:24-118902]], [[PERSON|name:R. Okoye]], MBS items 66512, 66596, 73938. Collected [[DATE|date:03/04]].""",
    """Billing dispute [[ID|other:BD-2024-01183]]. [[PERSON|name:Marcus Whitlow]] wrote from [[EMAIL|email:mwhitlow77@yahoo.com]]; portal login [[DATE|date:2024-04-18T14:22:09-05:00]] from [[IP|ip:73.142.18.209]] ([[URL|url:https://mychart.nm.org/billing/case/BD-2024-01183]]). Disputes ED charge on [[DATE|date:3/28]] ($312; CPT 99284 vs 99283). Call back [[PHONE|phone:(312) 555-0183]] ext 2.""",
    """Payment arrangement - account [[ID|account:PA-778120]] ([[PERSON|name:Nikolai Petrov]]). Balance $1,840.00 by direct debit of $80.00 on the 15th of each month, first debit [[DATE|date:15/05/2024]], expected to clear by [[DATE|date:Apr 2026]]. Debit from [[ID|account:633-000 178122394]].""",
    """Reminder: invoice [[ID|account:INV-0039912]] for [[PERSON|name:T. Nakagawa]] is 60 days overdue (issued [[DATE|date:19 Jan]]). Caller verified by voice biometrics, enrolment [[ID|biometric:VB-55018823]].""",
]


def main() -> None:
    n = write_styled(
        OUT,
        [
            ("antenatal-record", ANTENATAL),
            ("medication-chart", MEDCHART),
            ("pathology-report", PATHOLOGY),
            ("outpatient-letter", LETTERS),
            ("immunisation-record", IMMUNISATION),
            ("workers-comp-certificate", WORKCOMP),
            ("death-coroner", DEATH),
            ("aged-care-progress", AGEDCARE),
            ("trial-visit-log", TRIAL),
            ("billing-statement", BILLING),
        ],
    )
    print(f"probe74: {n} docs")


if __name__ == "__main__":
    main()
