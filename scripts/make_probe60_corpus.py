"""Write the 60th hand-annotated redaction probe, 100 notes of a privacy-office audit sample.

Why: a hospital privacy office samples every kind of record before releasing text, so this
probe mixes ten document styles across the US, Australia, the UK, Ireland and continental
Europe (several notes in German, Dutch, French, Spanish, Italian, Swedish, Norwegian, Danish
and Finnish). Geography is deliberately dense: towns that are ordinary words (Normal, Surprise,
Street, Bright, Young, Best, Spa, Bra, Ski, Hay, Penguin, Worms, Gary), facilities named after
people or known only by abbreviation, bare postcodes and national address formats. Identifiers
sit in tables, X12 segments, CSV rows, log lines and shorthand, next to unmarked look-alikes
(eponyms, drug names, lot numbers, billing codes, doses, times, money, town names used as
ordinary words). It measures recall on unseen formats and precision on clinical look-alikes.

What: ten styles of ten notes each: progress notes, discharge summaries, GP/PCP referral
letters, nursing handovers, pharmacy dispensing and reconciliation records, telehealth
consults, billing and claims exports (X12 837/271, bulk-bill CSV, invoices), device telemetry
and remote-monitoring logs, research screening/consent/enrolment logs, and incident or
complaint reports. Every style mixes US states, Australian states and territories, the UK,
Ireland and continental Europe. All people are invented. Every identifier is marked inline as
[[LABEL|category:value]]. Conventions: titles (Dr, Mr, Mrs, Ms, Prof, Sister, dhr., mevr.,
dott., Herr) stay outside name spans; "SURNAME, Given" and "SURNAME Given" are one span; a
given name alone, a nickname, a surname alone and initial+surname are each their own span; in
X12 NM1 segments the surname and given-name elements are separate spans; bare staff initials
(RN-PN) are not marked. A full street address (unit/number to postcode) is one ADDRESS|geo
span, as is a street line printed without its town (X12 N3, specialist rooms).
Towns, suburbs, cities, named hospitals, clinics, practices, pharmacies, home-care providers,
employers' sites and wards named after places are LOCATION|geo, including facilities named
after people (Lyell McEwin, Rafael Méndez, Michele e Pietro Ferrero, Lister) and facility
abbreviations (NWRH, RHH, GUH, TUH, OUH, UHL, SVUH); a postcode, ZIP or ZIP+4 standing alone is
LOCATION|geo; UK and Irish counties and French départements standing alone are LOCATION|geo;
states, US state codes, German Länder, countries, national agencies, payers, programmes,
public helplines and wards named after saints are not marked; town names used as ordinary
words (a trim, mobile in the hall, hay fever, half a sandwich, fall på ski, best aardig, deux
tours, Essen auf Rädern, a Nokia phone, a bath board) are not marked. Dates more specific than
a year are DATE|date, including month+year of care, compact EDI dates (CCYYMMDD) and ISO
timestamps (one span with time and offset); a weekday with its date is one span; times,
weekdays alone, durations (3/7, 2/52, 13 d), gestations (11+3/40), product expiry dates and
years alone are not marked. The age of a note's patient is AGE|other (number only, so "57yo"
marks 57) and any age over 89 is AGE|date. Every full phone number is PHONE|phone or, for
fax, PHONE|fax; internal extensions, pagers, bleeps and public helplines are not marked.
National personal numbers (SSN, PPSN, BSN, NIR, NISS, DNI, personnummer, fødselsnummer, CPR,
HETU, codice fiscale, TFN) are ID|ssn; hospital record numbers (MRN, UR, URN, NHC, clinic
number) are ID|mrn; insurer and public health-cover numbers (Medicare card without its IRN,
IHI, NHS, NHI, DVA, MBI, Medicaid, KVNR, CIP, GMS, Bupa, VHI, polisnummer, member ids) are
ID|health_plan; invoice, debtor and guarantor account numbers, sort codes, IBANs and prepaid
card numbers are ID|account; provider, prescriber, NPI, DEA, GMC, IMC, AHPRA-style, LANR,
BSNR, INAMI, RPPS, HPR and colegiado numbers are ID|license; device serials and MAC addresses
are DEVICE|device; biometric template ids are ID|biometric; image and scan file names carrying
a name or an id are ID|photo; case numbers (Fall-Nr), script/Rx/EPS/NRE numbers, claim,
pre-authorisation, eConsult and UBRN numbers, incident and police references, study
participant/screening/record ids, interpreter ids, logins and ABNs are ID|other. Lot/batch
numbers, NDC, BIN/PCN, payer ids, IRB/HREC and site numbers, bed/room numbers, MBS, CPT, GOÄ,
CCSD, ICD and DRG codes, doses, lab values and money are not marked. Check-digit identifiers
(Medicare, IHI, TFN, ABN, NHS, NPI, DEA, VIN, IBAN, BSN, NIR, NISS, DNI, personnummer,
fødselsnummer, HETU, PPSN, codice fiscale, KVNR, NHI, AU provider and LANR numbers) pass
their checksums.

How: cd /work/main && .venv/bin/python scripts/make_probe60_corpus.py (writes corpus/redaction/probe60.jsonl).
"""
# ruff: noqa: RUF001

from pathlib import Path

from make_safe_harbor_suite import write_styled

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "corpus" / "redaction" / "probe60.jsonl"

STYLE_A = [
    """PROGRESS NOTE - Medical Ward 2, [[LOCATION|geo:Central Gippsland Health]]
Pt: [[PERSON|name:ANDREOU, Kostas]]   UR [[ID|mrn:CG0418827]]   ([[AGE|other:78]]M)
[[DATE|date:Wed 13/3/24]] 0810 - Day 3 of admission for CAP (RLL). Overnight afebrile, T 37.2, HR 88, BP 134/78, SpO2 95% RA. CURB-65 now 1.
Reviewed with reg. Wife [[PERSON|name:Despina]] visiting from [[LOCATION|geo:Bright]]; son drives down from [[LOCATION|geo:Moe]] on weekends.
Plan: step down IV ceftriaxone 1g to PO amoxicillin 1g TDS, total 7/7. Repeat CRP (was 142, now 61). Physio - mobilise, Timed Up and Go 14s.
Social: lives at [[ADDRESS|geo:7 Foster St, Sale VIC 3850]]; 2 steps at front, rail present. Meals on Wheels Mon/Thu.
Dispo: ?home Fri if CRP trending down; garage sale at home this weekend, wife aware he is not to lift. D/w NUM.
- [[PERSON|name:J. Whitcombe]], HMO""",
    """Hospitalist Progress Note | [[LOCATION|geo:Carle BroMenn]] | 4 West Rm 412
Patient: [[PERSON|name:Tyrell Washington-Bey]]   MRN: [[ID|mrn:000718834]]   Age: [[AGE|other:61]] y
Date of service: [[DATE|date:03/14/2024]]
S: mild dyspnea w/ ambulation. Denies CP. Slept in recliner. Daughter [[PERSON|name:Keisha]] at bedside, asks about rehab near home in [[LOCATION|geo:Normal]] vs her place in [[LOCATION|geo:Bloomington]].
O: T 98.4 HR 92 BP 142/88 RR 18 SpO2 93% 2L NC. Wt 104.2 kg (down 1.8). JVP 9 cm. 1+ BLE edema. BNP 1,240 -> 880. Cr 1.4. K 3.9. EKG normal sinus, QTc 448.
A/P: 1. Acute on chronic HFrEF (EF 30%) - cont furosemide 40 mg IV BID, strict I/O. Add Entresto 24/26 mg BID once K/Cr stable. 2. T2DM - A1c 8.1%; SSI. 3. OSA - home CPAP (ResMed AirSense 10, s/n [[DEVICE|device:23191844072]]) brought from home, biomed check done.
PCP notified via EHR message.
Dispo: SNF eval; PT/OT. Full code.
[[PERSON|name:M. Okafor]], MD - pager 3321""",
    """Verlaufsdokumentation - Station 5B, [[LOCATION|geo:Kliniken Essen-Mitte]]
Patientin: [[PERSON|name:Schäfer-Wollny, Brigitte]], geb. [[DATE|date:21.08.1939]], Fall-Nr. [[ID|other:0024718833]]
[[DATE|date:14.03.2024]], Visite OA Dr. [[PERSON|name:Yilmaz]]:
S: Pat. klagt über Schmerzen li. Hüfte, NRS 4/10. Schlaf gut.
O: RR 128/70, HF 76, Temp 36,9 °C. Wunde reizlos, Redon entfernt (50 ml). Hb 9,8 g/dl.
Beurteilung: Z. n. Hüft-TEP li. bei Schenkelhalsfraktur, OP am [[DATE|date:11.03.2024]]. Mobilisation mit Rollator 20 m. Clexane 40 mg s.c. 1x tgl.
Sozial: wohnt allein, [[ADDRESS|geo:Rüttenscheider Str. 118, 45130 Essen]], 2. OG ohne Aufzug. Tochter [[PERSON|name:Sabine]] wohnt in [[LOCATION|geo:Werden]], Tel. [[PHONE|phone:0201 49 38 772]].
Procedere: AHB soll beantragt werden, Essen auf Rädern wird organisiert. Hausarzt informiert.
gez. [[PERSON|name:L. Marquardt]], Assistenzärztin""",
    """[[DATE|date:15/03/2024]] 10:40 WARD ROUND - [[LOCATION|geo:Musgrove Park]], [[LOCATION|geo:Quantock Ward]] bay 3 bed 4
Cons Dr [[PERSON|name:Oyelaran]] / FY1
Mrs [[PERSON|name:Gwendolyn Pike]], [[AGE|date:92]], NHS No. [[ID|health_plan:428 693 5302]]. From home in [[LOCATION|geo:Street]] (nr [[LOCATION|geo:Glastonbury]]), lives with husband [[PERSON|name:Reg]].
1) Delirium - hypoactive, 4AT 6 yesterday, 2 today. ?UTI. Cont nitrofurantoin 50mg QDS 5/7.
2) AKI stage 1 - Cr 134 (baseline 88). IV 0.9% NaCl 1L/8h.
3) Falls - L/S BP 128/72 -> 104/66 symptomatic. Hold amlodipine. Calf soft, Wells score 0, no DVT w/u.
Plan: OT home visit. Daughter [[PERSON|name:Caroline Ashdown]] (NOK) [[PHONE|phone:07700 914362]] to bring walking frame.""",
    """MEDICAL PROGRESS NOTE - [[LOCATION|geo:Our Lady's]], [[LOCATION|geo:Navan]]
Name: [[PERSON|name:Pádraig Ó Súilleabháin]]   MRN [[ID|mrn:0561274]]   PPSN [[ID|ssn:6271843U]]
[[DATE|date:16/03/24]] ~14:00
Known COPD (GOLD 3), 40 pack-yr. Adm via ED with IECOPD. Improving: RR 20, SpO2 91% on 28% venturi, target 88-92%. ABG pH 7.36 pCO2 6.8.
Pred 40mg day 4/5. Doxy 100mg OD. Toenails need a trim - podiatry referral.
Lives at [[ADDRESS|geo:Mill Lane, Trim, Co. Meath C15 YW92]]. Wife [[PERSON|name:Nuala]] anxious re home O2.
GP: Dr [[PERSON|name:Fintan Carey]], [[LOCATION|geo:Summerhill Road Surgery]].
Plan: home O2 assessment; pulmonary rehab referral to community programme in [[LOCATION|geo:Kells]].
Dr [[PERSON|name:Nkechi Obi]] SHO""",
    """[[DATE|date:13/03/24]] 1530 medical review
pt [[PERSON|name:Shirley Nannup]] [[AGE|other:66]]F, UR [[ID|mrn:B00392871]], [[LOCATION|geo:Busselton Health Campus]]
bg: t2dm, ckd3b, r) BKA 2019.
lives w/ grandson [[PERSON|name:Jayden]] in [[LOCATION|geo:Dunsborough]]; family mob from [[LOCATION|geo:Nannup]] and [[LOCATION|geo:Collie]].
s: stump sore, ?pressure area from new liner.
o: afeb, bsl 11-16, stump: 2cm stage 2 PI anteromedial, no slough. photo -> [[ID|photo:NANNUP_S_stump_20240313.jpg]]
a: stage 2 PI r) stump.
p: off-load, wound swab, prosthetics at [[LOCATION|geo:Fiona Stanley]] notified. ALO aware.
dr [[PERSON|name:k. nguyen]] rmo""",
    """MICU PROGRESS NOTE - [[LOCATION|geo:Hunt Regional]], [[LOCATION|geo:Greenville]], TX
PT: [[PERSON|name:GARZA, Maria Guadalupe]]   MRN [[ID|mrn:HR-2287193]]   DOB [[DATE|date:1971-05-02]]
HD #4, [[DATE|date:03/12/2024]]
Events: extubated 0930 yesterday to 4L NC. Pressors off since 0200.
Neuro: GCS 15, CAM-ICU neg, RASS 0. CV: MAP 72-85, lactate 1.1.
ID: urosepsis E. coli pan-S -> ceftriaxone 2g q24h, D4/7. Renal: Cr 2.1 -> 1.6, UOP 0.8 mL/kg/h.
Social: husband [[PERSON|name:Rogelio]] staying at a motel in [[LOCATION|geo:Commerce]]; works at [[LOCATION|geo:Texas A&M University-Commerce]] dining services. Spanish interpreter ID [[ID|other:20981]] used for family update.
Dispo: stepdown when bed available.
[[PERSON|name:Ravi Subramanian]], MD""",
    """Decursus - Interne Geneeskunde, [[LOCATION|geo:Máxima MC]] locatie [[LOCATION|geo:Veldhoven]]
Patiënt: dhr. [[PERSON|name:J.W. van der Heijden]] (roepnaam [[PERSON|name:Jan-Willem]]), BSN [[ID|ssn:931983393]]
[[DATE|date:di 12-03-2024]] visite met dr. [[PERSON|name:Bakker]]:
S/ Het gaat best aardig, minder benauwd. Eetlust matig.
O/ RR 118/64, P 72 irr, T 37,0. Crepitaties basaal re. Kreat 142, eGFR 41.
E/ Decompensatio cordis bij AF, verbetering.
P/ Furosemide iv -> oraal 40 mg 1dd. Apixaban 2,5 mg 2dd. Ontslag vrijdag indien stabiel.
Adres: [[ADDRESS|geo:Heuvelstraat 27, 5684 CB Best]]. Dochter [[PERSON|name:Marieke]] ([[PHONE|phone:06-41872290]]) woont in [[LOCATION|geo:Son en Breugel]].""",
    """[[DATE|date:17.3.24]] Surg reg r/v - [[LOCATION|geo:NWRH]]
[[PERSON|name:McCULLOCH, Ross]] URN [[ID|mrn:N447120]] [[AGE|other:57]]yo
D2 post lap chole. Tol diet. Pain ok on Panadol + Endone PRN (x1 o/n). Wounds C/D/I. Bili 22 -> 14. Murphy's neg.
Plan: d/c today. Lives in [[LOCATION|geo:Penguin]]; wife [[PERSON|name:Lorraine]] to collect.
F/u surg OPD [[LOCATION|geo:Burnie]] 2/52; histo to GP Dr [[PERSON|name:Imogen Frost]], [[LOCATION|geo:Ulverstone Family Practice]], fax [[PHONE|fax:(03) 6425 1983]].
- Dr [[PERSON|name:Siddharth Rao]] ext 4471""",
    """DIARIO CLINICO - S.C. Medicina Interna, presidio [[LOCATION|geo:Michele e Pietro Ferrero]], [[LOCATION|geo:Verduno]]
Paziente: [[PERSON|name:BERTOLA Luca]], nato a [[LOCATION|geo:Bra]] il [[DATE|date:12/03/1946]], C.F. [[ID|ssn:BRTLCU46C12B111R]]
[[DATE|date:18/12/2023]] ore 9:30 - Pz vigile, orientato. Apiretico. PA 145/80, FC 64 rp. SpO2 97% aa. Edemi declivi ++. Glicemia 142. Hb 11,2.
Prosegue Lasix 25 mg 1 cp, Tachipirina 1 g al bisogno.
Colloquio con la figlia [[PERSON|name:Chiara]] (tel. [[PHONE|phone:+39 347 281 9046]]), residente a [[LOCATION|geo:Cherasco]]. Pz vive solo in [[ADDRESS|geo:Via Vittorio Emanuele II 214, 12042 Bra (CN)]].
Dimissione prevista lunedì.
dr.ssa [[PERSON|name:Federica Rinaudo]]""",
]

STYLE_B = [
    """DISCHARGE SUMMARY
Facility: [[LOCATION|geo:Orange Health Service]]   Ward: Acute Medical Unit
Patient: [[PERSON|name:O'BRIEN, Teresa Margaret]]   MRN: [[ID|mrn:0871123]]   DOB: [[DATE|date:09/07/1952]]
Medicare: [[ID|health_plan:6305 08828 5]]/3   IHI: [[ID|health_plan:8003 6054 2731 5805]]
Admitted: [[DATE|date:08/03/2024]]   Discharged: [[DATE|date:14/03/2024]]
Principal diagnosis: community-acquired pneumonia (J18.9) complicated by new AF with RVR (I48.91). CHA2DS2-VASc 3, HAS-BLED 1.
Medications on discharge: Eliquis 5 mg BD (NEW); metoprolol 25 mg BD (NEW); Augmentin Duo Forte 875/125 BD, 2 more days. Ceased: aspirin 100 mg.
Social: lives alone at [[ADDRESS|geo:41 Lords Place, Orange NSW 2800]]; her sister lives in [[LOCATION|geo:Young]] and will stay for a week.
Follow-up: GP Dr [[PERSON|name:Hamish Cutler]], [[LOCATION|geo:Molong Medical Centre]], within 1/52; TTE as outpatient.
Author: JMO, Acute Medical Unit""",
    """DISCHARGE SUMMARY - [[LOCATION|geo:UMass Memorial]] University Campus
Name: [[PERSON|name:Sullivan, Brendan J.]]   MRN: [[ID|mrn:5520194437]]
Admit: [[DATE|date:3/4/2024]]   Discharge: [[DATE|date:3/9/2024]]
Dx: NSTEMI s/p DES x1 to mid LAD on [[DATE|date:3/5/2024]]. Stent card given: Xience Skypoint 3.0 x 23 mm, lot 3091241.
Course: troponin peak 4.2 ng/mL; TTE EF 45%, anterior hypokinesis. No arrhythmia on tele.
Meds: aspirin 81 mg daily; Brilinta 90 mg BID x 12 months; atorvastatin 80 mg; Toprol XL 25 mg.
Follow-up: cardiac rehab at [[LOCATION|geo:Harrington]] (closer to his work); PCP Dr. [[PERSON|name:Lisa Ferreira]] in [[LOCATION|geo:Shrewsbury]], [[PHONE|phone:508-842-3307]], in 7-10 days.
Home: [[ADDRESS|geo:88 Grove St Apt 2, Worcester, MA 01605]]""",
    """[[LOCATION|geo:Royal Berkshire]] NHS Foundation Trust - Discharge Letter
Dear Dr [[PERSON|name:Ahmed]],
Re: [[PERSON|name:Kieran Doherty-Walsh]]   DOB [[DATE|date:22.12.1988]]   NHS [[ID|health_plan:992 733 7493]]   Hosp No [[ID|mrn:RBK4410921]]
[[ADDRESS|geo:Flat 6, Kennet House, 12 Queens Road, Reading RG1 4AP]]
Your patient was admitted on [[DATE|date:5 March 2024]] to [[LOCATION|geo:Sidmouth Ward]] with diabetic ketoacidosis, new presentation of type 1 diabetes (GAD antibodies positive, C-peptide 0.11).
He was discharged on [[DATE|date:9 March 2024]] on Lantus 18 units nocte and NovoRapid 1 unit:10 g carbohydrate. A FreeStyle Libre 2 sensor was started.
He drives for work; he has been advised to inform the DVLA. Diabetes specialist nurse follow-up at the [[LOCATION|geo:Wokingham]] clinic.
Yours sincerely,
Dr [[PERSON|name:Helena Kowalczyk]], ST5 Diabetes & Endocrinology (bleep 1187)""",
    """COMPTE RENDU D'HOSPITALISATION - [[LOCATION|geo:CHRU de Tours]], site [[LOCATION|geo:Bretonneau]], service de Pneumologie
Patiente : Mme [[PERSON|name:LEFEBVRE Jeanne]] née [[PERSON|name:MOREAU]] le [[DATE|date:03/07/1951]] - NIR [[ID|ssn:2 51 07 37 261 084 46]]
Hospitalisée du [[DATE|date:21/02/2024]] au [[DATE|date:29/02/2024]].
Motif : embolie pulmonaire bilatérale sans signe de gravité (sPESI 1). Troponine négative. Écho-doppler : TVP poplitée gauche.
Traitement de sortie : apixaban (Eliquis) 10 mg x2/j pendant 7 jours puis 5 mg x2/j ; Doliprane 1 g si douleur.
Mode de vie : vit seule au [[ADDRESS|geo:14 rue Nationale, 37000 Tours]] ; marche bien, fait deux tours du quartier par jour.
Médecin traitant : Dr [[PERSON|name:Gilles Charpentier]], [[LOCATION|geo:Joué-lès-Tours]]. Consultation de contrôle le [[DATE|date:18 avril 2024]].""",
    """INFORME DE ALTA - [[LOCATION|geo:Sant Joan de Reus]] - Servicio de Traumatología
Paciente: [[PERSON|name:Montserrat Puig i Ferrer]]   NHC [[ID|mrn:00712884]]   DNI [[ID|ssn:70316999L]]   CIP [[ID|health_plan:PUFE1460325003]]
Edad: [[AGE|other:77]] años   Ingreso: [[DATE|date:17/04/2024]]   Alta: [[DATE|date:23/04/2024]]
Diagnóstico: fractura pertrocantérea de fémur izquierdo (S72.1). Osteosíntesis con clavo Gamma3 (lote 24K118, cad. 2029-06).
Evolución favorable; carga parcial con andador. Hb al alta 10,4.
Tratamiento: enoxaparina 40 mg sc 30 días; Nolotil 575 mg si dolor; calcifediol 0,266 mg mensual.
Domicilio: [[ADDRESS|geo:C/ de Llovera, 31, 2º 1ª, 43201 Reus]]. Control de herida en [[LOCATION|geo:CAP Sant Pere]] a los 14 días.
Dr. [[PERSON|name:Xavier Companys]], FEA Traumatología, nº col. [[ID|license:43-08817]]""",
    """MACKAY BASE - DISCHARGE SUMMARY
PATIENT: [[PERSON|name:WHITEHEAD, LESLIE ARTHUR]]   URN: [[ID|mrn:MK301987]]   DVA: [[ID|health_plan:QX512398]] (GOLD)
AGE: [[AGE|date:93]]   ADMITTED [[DATE|date:05/03/2024]] FROM [[LOCATION|geo:PROSERPINE]] VIA QAS   DISCHARGED [[DATE|date:13/03/2024]]
DIAGNOSES: 1. URINARY RETENTION SECONDARY TO BPH - IDC INSITU, TWOC FAILED X1. 2. CONSTIPATION. 3. PARKINSON'S DISEASE (ON MADOPAR 100/25 QID).
PLAN: IDC CHANGE 4/52. UROLOGY OPD REVIEW RE TURP. DO NOT MISS MADOPAR DOSES.
DISCHARGED TO: [[LOCATION|geo:BLUEWATER AGED CARE]], [[LOCATION|geo:CANNONVALE]].
GP: DR [[PERSON|name:P. SINGH]], [[LOCATION|geo:AIRLIE BEACH MEDICAL]].""",
    """Discharge Summary - [[LOCATION|geo:Mayo Clinic]] Arizona, [[LOCATION|geo:Phoenix]] campus
Pt: [[PERSON|name:Delgado, Ernesto]] | Clinic # [[ID|mrn:11-482-907]] | Medicare MBI [[ID|health_plan:4TW7-H29-RK61]]
Age [[AGE|other:74]] | Admit [[DATE|date:02/26/2024]] | D/C [[DATE|date:03/02/2024]]
Procedure: TAVR (transfemoral), 26 mm valve. Post-op complete heart block -> dual-chamber PPM placed before discharge.
Course otherwise unremarkable; mean gradient 8 mmHg. It came as no surprise to the family that he asked to go home early.
Home: lives in [[LOCATION|geo:Surprise]], AZ with wife [[PERSON|name:Consuelo]] ([[PHONE|phone:623.806.4419]]). No stairs.
Follow-up: device clinic 10-14 d; TTE 30 d.
Signed: [[PERSON|name:Olivia Strand]], PA-C""",
    """[[LOCATION|geo:Beaumont]] - Department of Neurology - Discharge Summary
Patient: Ms [[PERSON|name:Siobhán Kavanagh]]   MRN: [[ID|mrn:B7719043]]   DOB: [[DATE|date:14/09/1979]]
Address: [[ADDRESS|geo:3 Harbour Row, Cobh, Co. Cork, P24 E2F7]]
Admission: [[DATE|date:29/02/2024]] - [[DATE|date:07/03/2024]]
Diagnosis: relapse of relapsing-remitting MS (new L INO, Uhthoff phenomenon reported). Bell's palsy excluded. IVMP 1 g daily x3 with good response.
Plan: MS nurse follow-up; ocrelizumab to be commenced at [[LOCATION|geo:CUH]] as she lives in the south.
GP: Dr [[PERSON|name:Eamon Lynch]], [[LOCATION|geo:Carrigtwohill]]. Copy by fax [[PHONE|fax:021 488 2910]].""",
    """EPIKRIS - Medicinkliniken, [[LOCATION|geo:Mora lasarett]]
Patient: [[PERSON|name:Ingrid Halvarsson]], [[ID|ssn:19470318-2388]]
Vårdtid: [[DATE|date:2024-03-06]] - [[DATE|date:2024-03-11]]
Diagnos: Hjärtsvikt, försämring (I50.9). Förmaksflimmer. NT-proBNP 4200 ng/L vid ankomst.
Bostad: [[ADDRESS|geo:Vasagatan 14 B, 792 30 Mora]]. Maken [[PERSON|name:Sture]] avled 2021. Dottern bor i [[LOCATION|geo:Orsa]].
Uppföljning: distriktssköterska vid [[LOCATION|geo:Vårdcentralen Mora]], tel [[PHONE|phone:0250-49 31 00]], viktkontroll dagligen.
Läkemedel: Furosemid 40 mg 1x1, Eliquis 5 mg 1x2, Alvedon 1 g vb.
[[PERSON|name:Erik Lindqvist]], ST-läkare""",
    """SEPARATION SUMMARY - [[LOCATION|geo:Flinders Medical Centre]]
Name: [[PERSON|name:Ngozi Okonkwo-Reid]]   UR: [[ID|mrn:FMC2284510]]   [[AGE|other:34]]F   G2P1 at 11+3/40
Admission [[DATE|date:02/06/2024]] 22:14   Separation [[DATE|date:04/06/2024]] 11:00
Dx: hyperemesis gravidarum. Ketones 3+ on arrival, K 3.1. IV Hartmann's + KCl, ondansetron 4mg, thiamine.
Address: [[ADDRESS|geo:6/22 Smart Rd, Modbury SA 5092]] ([[LOCATION|geo:Tea Tree Gully]] council).
GP: Dr [[PERSON|name:Stavros Pappas]], [[LOCATION|geo:Unley Road Family Practice]].
Antenatal follow-up at [[LOCATION|geo:Lyell McEwin]] as booked.""",
]

STYLE_C = [
    """[[LOCATION|geo:Jamison Green Medical]]
[[ADDRESS|geo:Shop 4, 12 Bowman St, Macquarie ACT 2614]]   Fax [[PHONE|fax:(02) 6251 4480]]
[[DATE|date:11 March 2024]]

Dr [[PERSON|name:Lucinda Park]]
Endocrinology Rooms, [[ADDRESS|geo:Level 2, 40 Mary Potter Circuit]] ([[LOCATION|geo:Calvary Public]] campus)

Re: Mr [[PERSON|name:Tamati Rangi]]   DOB [[DATE|date:04/04/1983]]   Medicare [[ID|health_plan:3137 08776 8]] / 1

Thank you for seeing this [[AGE|other:40]]-year-old man with poorly controlled type 2 diabetes (HbA1c 10.2%) despite metformin XR 2 g and Jardiance 25 mg. BMI 36. eGFR >90, ACR 4.1.
He moved here from [[LOCATION|geo:Rotorua]] last year; his NZ NHI is [[ID|health_plan:ZKC4510]] should you need old results.
Kind regards,
Dr [[PERSON|name:Oliver Brandt]]   Provider No. [[ID|license:2488132H]]""",
    """[[LOCATION|geo:High Desert Family Medicine]] | [[ADDRESS|geo:2600 NE Neff Rd, Suite 210, Bend, OR 97701]] | Fax [[PHONE|fax:541-330-8812]]
REFERRAL / CONSULT REQUEST
To: Gastroenterology, [[LOCATION|geo:OHSU]]        Date: [[DATE|date:03/11/2024]]        Priority: urgent
Patient: [[PERSON|name:Hailey Brooks-Tanaka]]   DOB [[DATE|date:08/30/1996]]   PacificSource member ID [[ID|health_plan:PSC448810273]]
Reason: suspected Crohn's disease - 4 months loose stools 6-8/day, fecal calprotectin 890 ug/g, CRP 31, iron-deficiency anemia (Hgb 10.1). CT A/P: terminal ileal thickening. ICD-10 K50.90, D50.9.
Referring provider: [[PERSON|name:Daniel Ochoa]], MD   NPI [[ID|license:1257989628]]""",
    """[[LOCATION|geo:St Cuthbert's Surgery]], [[ADDRESS|geo:Priory Road, Wells, Somerset BA5 1XL]]   Fax [[PHONE|fax:01749 679921]]
NHS e-Referral - UBRN [[ID|other:0004 7712 8833]]
To: Colorectal two-week-wait clinic, [[LOCATION|geo:Bristol Royal Infirmary]]
Date of referral: [[DATE|date:30/01/2024]]
Patient: [[PERSON|name:Geoffrey Attwell]]   NHS No [[ID|health_plan:405 336 4744]]
History: 10 weeks of looser stool, 4 kg weight loss. FIT 142 ug/g Hb. Ferritin 6, Hb 104. No FH of bowel cancer. PR: no mass.
Referrer: Dr [[PERSON|name:Rachel Summerfield]]   GMC [[ID|license:7031884]]""",
    """[[LOCATION|geo:Quinsboro Road Medical Centre]]
[[ADDRESS|geo:14 Quinsboro Road, Bray, Co. Wicklow, A98 X4K2]]
[[EMAIL|email:reception@quinsboromedical.ie]]

Dear Colleague,
Rheumatology OPD, [[LOCATION|geo:SVUH]]
Re: [[PERSON|name:Aisling Byrne]], DOB [[DATE|date:02/02/1969]], [[ADDRESS|geo:Apt 12, The Maltings, Bray, A98 W6P3]]
I would be grateful if you could see this lady with a 3-month history of symmetrical small joint synovitis, EMS 90 minutes. RF positive, anti-CCP >340, CRP 22. Currently naproxen 500 mg BD with PPI.
Yours sincerely,
Dr [[PERSON|name:Cormac Ó Dálaigh]] MICGP, IMC reg. [[ID|license:021876]]""",
    """Praxis Dr. med. [[PERSON|name:Hannelore Brück]] - Fachärztin für Allgemeinmedizin
[[ADDRESS|geo:Kämmererstraße 41, 67547 Worms]] - Fax [[PHONE|fax:06241 85 93 29]]
BSNR [[ID|license:513377400]]   LANR [[ID|license:882154301]]

Überweisung an: Neurologische Ambulanz, [[LOCATION|geo:Klinikum Worms]]
Patient: Herr [[PERSON|name:Dragan Petrović]], geb. [[DATE|date:17.06.1958]], Versichertennr. [[ID|health_plan:K481209376]]
Fragestellung: V. a. idiopathisches Parkinson-Syndrom; Rigor re. > li., Hypomimie, Ruhetremor re. Hand seit ca. 1 Jahr. Bitte um Mitbeurteilung, ggf. DaTSCAN.
[[LOCATION|geo:Worms]], [[DATE|date:13.03.2024]]""",
    """[[LOCATION|geo:Cabinet médical du Parc]] - Dr [[PERSON|name:Véronique Lambotte]], médecine générale
[[ADDRESS|geo:Rue Royale 18, 4900 Spa]] - INAMI [[ID|license:1-48207-93-004]]
[[LOCATION|geo:Spa]], le [[DATE|date:26/09/2024]]

Cher Confrère,
Service de Cardiologie, [[LOCATION|geo:CHC MontLégia]]
Je vous adresse M. [[PERSON|name:Jean-Luc Dethier]], né le [[DATE|date:14/08/1956]], NISS [[ID|ssn:56.08.14-233.94]], pour FA paroxystique documentée au Holter (charge 12 %), CHA2DS2-VASc 2. Il rentre d'un séjour en spa thermal et se plaint de palpitations nocturnes.
Confraternellement.""",
    """[[LOCATION|geo:Palmerston GP Super Clinic]]   [[DATE|date:03.07.2024]]
To: Renal Physicians, [[LOCATION|geo:Royal Darwin]]
Re: [[PERSON|name:Jacinta Wurramarrba]] ([[AGE|other:47]]), lives [[LOCATION|geo:Humpty Doo]], family on [[LOCATION|geo:Groote Eylandt]]. Medicare [[ID|health_plan:4098 04135 5]]
CKD 4 - eGFR 24, uACR 180 mg/mmol, Hb 98, PTH 31. T2DM on insulin glargine 40u + metformin ceased. Kriol/Anindilyakwa interpreter helpful. Please consider AV fistula planning.
Dr [[PERSON|name:Benedict Ahn]]   Prov [[ID|license:4319071H]]""",
    """[[LOCATION|geo:Southwest Arkansas Family Health]]
[[ADDRESS|geo:1205 S Main St, Hope, AR 71801]]   fax [[PHONE|fax:870-777-2290]]
REFERRAL TO: Orthopaedic Surgery, [[LOCATION|geo:UAMS]], [[LOCATION|geo:Little Rock]]
Patient: [[PERSON|name:Bobby Ray Tillman]]   DOB [[DATE|date:10/12/1964]]   AR Medicaid ID [[ID|health_plan:0817440562]]
R knee OA, KL grade 4, failed 3 steroid injections and PT x 12 wks. BMI 38. A1c 6.9. Little hope of further conservative benefit; evaluate for TKA.
Referring: [[PERSON|name:Carla Jimenez]], APRN   NPI [[ID|license:2040868202]]""",
    """HENVISNING
Fra: [[LOCATION|geo:Ski legesenter]]   Dato: [[DATE|date:08.03.2024]]
Til: Ortopedisk poliklinikk, [[LOCATION|geo:Ahus]]
Pasient: [[PERSON|name:Kari Nordahl Bakke]], f.nr. [[ID|ssn:12055349205]]
Adresse: [[ADDRESS|geo:Kirkeveien 9, 1400 Ski]]   Tlf [[PHONE|phone:+47 915 28 304]]
Problemstilling: Smerter ve. hofte etter fall på ski i vinterferien. Rtg: ingen fraktur. Mistanke om labrumskade. Paracet 1 g x 4.
Henvisende lege: [[PERSON|name:Magnus Øverli]], HPR-nr. [[ID|license:9144782]]""",
    """From: [[EMAIL|email:dr.fitzgerald@murrayesplanadeclinic.com.au]]
To: [[EMAIL|email:outpatient.referrals@bendigohealth.org.au]]
Sent: [[DATE|date:Tue 12/03/2024]] 4:51 PM
Subject: Referral - [[PERSON|name:PATEL, Dhruv]] - DOB [[DATE|date:19/11/2001]]

Dear team at [[LOCATION|geo:Bendigo Health]],
Please see [[PERSON|name:Dhruv]] for ongoing snuffbox tenderness 3/52 after a fall from his bike; x-rays at [[LOCATION|geo:Echuca]] were negative, MRI shows an undisplaced scaphoid waist fracture. He lives across the river in [[LOCATION|geo:Moama]].
Regards,
Dr [[PERSON|name:Niamh Fitzgerald]] | [[URL|url:www.murrayesplanadeclinic.com.au]]""",
]

STYLE_D = [
    """ISBAR HANDOVER 1900 - AMU
bed 12 | [[PERSON|name:Merv]] ([[PERSON|name:Mervyn Hoskins]]) [[AGE|other:81]]M | gen med
I: adm from [[LOCATION|geo:Junee]] ?cellulitis L) leg
S: IVAB fluclox 2g q6h. obs stable, T 37.8 @1600. BGL 9.2
B: T2DM, AF on warfarin, INR 2.4 today
A: redness within marked line
R: bloods AM, falls risk - bed alarm on. wife [[PERSON|name:Gwen]] rings ~2000 most nights
bed 14 | [[PERSON|name:PHAM, Linh]] [[AGE|other:45]]F | post lap appy D1, tol fluids, PCA ceased, d/c tmrw""",
    """SBAR 7p - [[LOCATION|geo:Springhill Medical Center]] 5th fl
Rm 5210-A [[PERSON|name:Deshawn Pruitt]] [[AGE|other:29]]M
S: sickle cell VOC, pain 7/10 on Dilaudid PCA
B: HbSS, 6 admits this yr. Lives in [[LOCATION|geo:Prichard]]; mom [[PERSON|name:Lottie]] at bedside, cell [[PHONE|phone:251-694-3370]]
A: SpO2 94% RA, Hgb 6.8 -> 1u PRBC @1500, no rxn. Mobile in hall w/ standby assist.
R: repeat H/H 2200, IS q1h while awake, heat packs.""",
    """NURSING HANDOVER nights->days  [[LOCATION|geo:Blackpool Vic]] Ward 14
Bay 2 Bed 3 - [[PERSON|name:ELLIS-CRABTREE, Maureen]] [[AGE|other:88]]. #NOF R, for theatre today, NBM from 0200. Pre-op Hb 118. Waterlow 18, heels intact. Ate half a sandwich before midnight.
Son [[PERSON|name:Darren]] NOK - lives in [[LOCATION|geo:Sandwich]], [[LOCATION|geo:Kent]], driving up today.
Bed 4 - Mr [[PERSON|name:Oduya]] [[AGE|other:67]]. CAP, IV co-amox, NEWS2 3 @0600, O2 2L NC.""",
    """hnd ovr 1430 - kids ward
rm 7 - [[PERSON|name:tahlia]] [[AGE|other:19]] from [[LOCATION|geo:mission beach]] - dka resolving, ivi off @1100, now basal bolus, ketones 0.3. mum [[PERSON|name:kerry]] staying at [[LOCATION|geo:ronald mcdonald house]]
rm 9 - mr [[PERSON|name:bozic]] [[AGE|other:72]] (outlier) - d2 post TKR, cpm 0-70, lives alone in [[LOCATION|geo:gordonvale]], ot to see re shower chair""",
    """Handover - [[LOCATION|geo:TUH]] AMAU
Bed 6: [[PERSON|name:Bridget Flanagan]] ('[[PERSON|name:Bridie]]') [[AGE|date:91]] - from nursing home in [[LOCATION|geo:Rathcoole]]. Asp pneumonia, IV pip-taz, SALT: mildly thick fluids. DNACPR signed. Nephew [[PERSON|name:Declan]] is NOK, visiting after 6.""",
    """Overdracht avonddienst - [[LOCATION|geo:Adrz]] [[LOCATION|geo:Goes]], afd. Chirurgie
k. 204-1 mw. [[PERSON|name:de Ruyter-Verburg]] ([[AGE|other:76]]), komt uit [[LOCATION|geo:Kapelle]]
S: dag 2 na hemicolectomie re.
B: DM2, COPD GOLD 2
A: buik soepel, flatus +, pijnscore 3, drain 40 ml sereus
R: mobiliseren 3x, drain eruit morgen. Zoon [[PERSON|name:Maarten]] belt om 20u.""",
    """0700 HANDOVER - [[LOCATION|geo:Port Pirie Health Service]] gen ward
1. [[PERSON|name:Colin Agius]] [[AGE|other:63]] - CP r/o, trop x2 neg, ECG NSR. For stress echo at [[LOCATION|geo:Whyalla]] Thurs.
2. [[PERSON|name:Edna]] [[AGE|date:94]] - from [[LOCATION|geo:Crystal Brook]], UTI + delirium settling, Delirium Risk hi, 1:1 overnight ceased.
3. bed 6 empty - terminal clean.""",
    """[[LOCATION|geo:Enloe]] 4 North - bedside shift report
[[PERSON|name:Dusty Harwell]], [[AGE|other:58]], COPD exac, 3L NC, nebs q4h.
From [[LOCATION|geo:Paradise]] (lost house in the Camp Fire), now staying in a trailer in [[LOCATION|geo:Oroville]]. Sometimes sleeps in his pickup - security has the plate [[VEHICLE|vehicle:8WKT512]] for the lot.
Smoking cessation consult placed; nicotine patch 21 mg on.""",
    """Vagtoverlevering - [[LOCATION|geo:OUH]], Lungemedicinsk afd.
Stue 3 seng 2: [[PERSON|name:Birthe Kjærgaard]], CPR [[ID|ssn:140662-1878]], bor i [[LOCATION|geo:Nyborg]].
KOL-exacerbation, 2 l ilt, sat 91 %. Prednisolon dag 3. Ægtefælle [[PERSON|name:Henning]] på [[PHONE|phone:+45 21 64 83 07]].""",
    """handover 2300 - [[LOCATION|geo:Broome Health Campus]]
rm 4: [[PERSON|name:Kevin Chulung]] [[AGE|other:39]]M, from [[LOCATION|geo:One Arm Point]] ([[LOCATION|geo:Ardyaloon]]), cellulitis R) forearm, came in w/ RFDS. 1800 IVAB dose given late @1930 - riskman done.
rm 6: Sister [[PERSON|name:Agnes]], retired nun, ?TIA, neuro obs 2/24, NIHSS 0.""",
]

STYLE_E = [
    """DISPENSE HISTORY - [[LOCATION|geo:Sturt Street Pharmacy]], [[LOCATION|geo:Ballarat]]
Patient: [[PERSON|name:Vesna Ilić]] | Medicare [[ID|health_plan:3467 64488 2]]/2 | Conc: Y | SN: N
Script# | Date | Item | Qty | Rpts | Prescriber
[[ID|other:3312890]] | [[DATE|date:04/03/24]] | Pregabalin 75mg cap | 56 | 2 | Dr [[PERSON|name:R. Hollis]] ([[ID|license:205566AX]])
[[ID|other:3312891]] | [[DATE|date:04/03/24]] | Paracetamol SR 665mg | 96 | 0 | same
PBS item 2179Y / 9232E. Lot P88213 exp 11/2026.""",
    """DISPENSING RECORD - [[LOCATION|geo:Kinney Drugs]] #31, [[LOCATION|geo:Potsdam]], NY
Rx [[ID|other:6048813]]   Filled [[DATE|date:03/08/2024]]
[[PERSON|name:HOLLOWAY, JUNE]]   DOB [[DATE|date:02/14/1950]]
OXYCODONE HCL 5MG TAB #20 (TWENTY)   SIG: 1 TAB PO Q6H PRN PAIN   C-II
Prescriber: [[PERSON|name:Marcus Keller]], DO   DEA [[ID|license:BK0745224]]
Plan: BIN 610014 PCN MEDDPRIME   Member [[ID|health_plan:W284417739]]
NDC 00406-0552-01   Lot 23B118   Exp 09/2025   PDMP checked, no red flags.""",
    """EPS dispensing note - [[LOCATION|geo:Widcombe Parade Pharmacy]], [[LOCATION|geo:Bath]]
Token [[ID|other:2F8A1C-Z81842-11E9KV]]   Pt: [[PERSON|name:Nigel Ashworth]]   NHS [[ID|health_plan:926 423 1021]]
Sertraline 50mg tabs x28 - new item, NMS offered. Prescriber: Dr [[PERSON|name:Okwuosa]].
Pt asked about a bath board for his mother; signposted to OT.""",
    """ADC EVENT LOG - Omnicell XT - cabinet ICU-2 - [[LOCATION|geo:GCUH]]
[[DATE|date:2024-03-10T02:14:09+10:00]] | user [[ID|other:sjlowe4]] | auth FP [[ID|biometric:FPT-0093A7C2E1]] | REMOVE | fentaNYL 100mcg/2mL amp x1 | pt [[PERSON|name:NGATA, Hemi]] MRN [[ID|mrn:G7701442]]
[[DATE|date:2024-03-10T02:15:40+10:00]] | witness [[PERSON|name:Sarah-Jane Lowe]] RN / [[PERSON|name:Raj Mehta]] RN | WASTE 50mcg
count expected 10, found 9 -> discrepancy resolved 0340 (amp in sharps tray). Pocket B4-12.""",
    """Pharmacie : [[LOCATION|geo:Pharmacie du Port]], [[ADDRESS|geo:5 place Île-de-Beauté, 06300 Nice]]
Délivrance du [[DATE|date:11/03/2024]] - ordonnance du Dr [[PERSON|name:Sandrine Bellanger]] (RPPS [[ID|license:10101948273]])
Patiente : Mme [[PERSON|name:Hélène Giordano]] - NIR [[ID|ssn:2 68 03 06 088 041 78]] - AMO 100 %
Levothyrox 75 µg - 1 boîte - 2,27 EUR
Doliprane 1000 mg - 1 boîte - 1,16 EUR   lot 3K417 - péremption 04/2027""",
    """MEDICATION RECONCILIATION - ADMISSION - [[LOCATION|geo:Providence Sacred Heart]]
Pt [[PERSON|name:Oksana Melnyk]] [[AGE|other:52]]F   MRN [[ID|mrn:SH00481927]]
Sources: pt interview (Ukrainian interpreter), fill history from [[LOCATION|geo:Yoke's Pharmacy]] in [[LOCATION|geo:Cheney]].
Home med | dose | last taken | action
lisinopril | 20 mg daily | [[DATE|date:3/9]] AM | HOLD (AKI)
metformin | 1000 mg BID | [[DATE|date:3/9]] PM | HOLD
Vitamin D3 | 2000 IU | unsure | continue
Verified: [[PERSON|name:Tomás Reyes]], PharmD (Pyxis BioID [[ID|biometric:BIO-7F31-22C8]])""",
    """Medicines reconciliation on discharge - Pharmacy Dept, [[LOCATION|geo:UHL]]
Patient: [[PERSON|name:Michael Hogan]] (known as '[[PERSON|name:Mixer]]'), GMS no. [[ID|health_plan:6620513T]]
To: [[LOCATION|geo:O'Connell Street Pharmacy]], [[LOCATION|geo:Ennis]] - by fax [[PHONE|fax:065 682 4417]]
STOPPED: bisoprolol 5mg (bradycardia 42). STARTED: rivaroxaban 20mg with evening meal. CHANGED: furosemide 40mg -> 80mg mane.""",
    """[[LOCATION|geo:Farmacia Comunale Galcetello]], [[LOCATION|geo:Prato]]
Ricetta elettronica NRE [[ID|other:0900A4815723966]]
Assistita: [[PERSON|name:FERRI Giuseppina]] - CF [[ID|ssn:FRRGPP38E55G999F]] - esenzione 048
Prescrittore: dott. [[PERSON|name:Alessandro Niccolai]]
Dispensato il [[DATE|date:05/02/2024]]: Coumadin 5 mg 30 cpr, lotto T24118, scad. 06/2026. INR target 2-3.""",
    """[[LOCATION|geo:RHH]] pharmacy - med rec
pt: [[PERSON|name:Doris Allwright]] [[AGE|date:90]] DVA [[ID|health_plan:TX119742]]
Webster-pak from [[LOCATION|geo:Kingston Beach Pharmacy]] (lives [[LOCATION|geo:Snug]]) - 2 discrepancies: pack has amlodipine 5mg, d/c summary says ceased; Ostelin 1000IU missing. Compression stocking should feel snug not tight.
Advised ward to confirm w/ GP.""",
    """Toimitus: [[LOCATION|geo:Nokian apteekki]]
Asiakas: [[PERSON|name:Aila Mäkelä]], hetu [[ID|ssn:140352-238J]]
e-resepti toimitettu [[DATE|date:13.3.2024]]: Burana 600 mg 30 tabl, Kela-korvaus 40 %.
Määrääjä: LL [[PERSON|name:Juha Pennanen]], [[LOCATION|geo:Pirkkala]].
Huom: asiakkaalla vanha Nokia-puhelin, ei tekstiviestejä - soitetaan.""",
]

STYLE_F = [
    """TELEHEALTH CONSULT - healthdirect Video Call
Date: [[DATE|date:21/08/2024]]   Clinician: Dr [[PERSON|name:Mei-Ling Cho]], Endocrinology, [[LOCATION|geo:Townsville]]
Patient: [[PERSON|name:Roslyn Gilbert]], at [[LOCATION|geo:Normanton]] PHC with Aboriginal Health Worker present.
Clinic waiting area: [[URL|url:https://vcc1.vcc.healthdirect.org.au/clinic/tuh-endo-outreach]]
Connection: patient endpoint [[IP|ip:203.47.118.26]], 1.2 Mbps, two dropouts; finished on audio.
A: T2DM, HbA1c 9.4%. Dexcom not funded - will trial Libre 2. Increase Ryzodeg to 38 units. Review 3/12.""",
    """Telehealth Visit (video) - Behavioral Health, [[LOCATION|geo:Denver Health]]
Pt: [[PERSON|name:Caleb Wainwright]]   Location at time of visit: home, [[ADDRESS|geo:415 Main St, Frisco, CO 80443]] (pt confirmed; in-state, licensure OK)
ID check: face match passed, template [[ID|biometric:FM-3A91C0D7]]
Join link: [[URL|url:https://denverhealth.zoom.us/j/89344102275]]   pt IP [[IP|ip:73.229.14.188]]
PHQ-9 14 (was 19), GAD-7 11. Sertraline 100 mg, tolerating. Safety plan reviewed; no SI.
[[PERSON|name:Imani Brooks]], PMHNP-BC""",
    """Video consultation (Attend Anywhere) - Rheumatology, [[LOCATION|geo:Lister]]
[[DATE|date:14 Mar 2024]] 11:20
Pt [[PERSON|name:Sunita Chauhan]] joined from home in [[LOCATION|geo:Ware]], [[LOCATION|geo:Herts]]. Pt aware this is not a recorded session; software update delayed start by 5 min.
Waiting room: [[URL|url:https://nhs.attendanywhere.com/ENHT/rheum-virtual-clinic]]
PMR - pred taper 10mg -> 7.5mg, ESR 18. Summary emailed to [[EMAIL|email:sunita.chauhan77@btinternet.com]] at her request.""",
    """Videosprechstunde - Dermatologie Dr. [[PERSON|name:Annegret Voigt]], [[LOCATION|geo:Halle (Saale)]]
Patient: [[PERSON|name:Lukas Zimmermann]], [[AGE|other:24]] J.
Verbindung: [[IP|ip:2a02:8109:9c40:1f00:4d1e:7b2a:9e3c:51f0]], Bild- und Tonqualität gut.
Befund anhand der vorab hochgeladenen Fotos ([[ID|photo:zimmermann_lukas_ruecken_03.jpg]]): Acne papulopustulosa, Rücken > Gesicht.
Therapie: Doxycyclin 100 mg 1-0-0 für 12 Wochen, Adapalen/BPO-Gel abends. Kontrolle in 8 Wochen.""",
    """Telepsychiatry review (video) - patient at [[LOCATION|geo:Hay]] MPS
Pt [[PERSON|name:Bradley Tunks]]. Identity confirmed via voice biometric, voiceprint ID [[ID|biometric:VP-55201-AE]].
Psychiatrist: Dr [[PERSON|name:Inês Carvalho]].
MSE: euthymic, no psychotic features. Hx of hay fever, on cetirizine - no interaction with lithium. Li level 0.7.
Crisis plan: callback number [[PHONE|phone:0428 771 905]]; NSW Mental Health Line 1800 011 511.""",
    """TELEDERMATOLOGY (store-and-forward) - eConsult # [[ID|other:EC-2024-118834]]
Referring site: [[LOCATION|geo:Adams County Clinic]], [[LOCATION|geo:Friendship]], WI
Patient: [[PERSON|name:Gordon Pflug]], [[AGE|other:71]] M, retired dairy farmer.
Images: [[ID|photo:PFLUG_G_L_cheek_01.jpg]], [[ID|photo:PFLUG_G_L_cheek_02_dermoscopy.jpg]]
Impression: 7 mm pearly papule with arborizing vessels - nodular BCC likely. Recommend shave biopsy; Mohs if confirmed (H-zone).
Responder: [[PERSON|name:Renee Castellanos]], MD""",
    """Teleconsulta (videollamada) - Cardiología, [[LOCATION|geo:Rafael Méndez]]
Paciente: [[PERSON|name:Encarnación López Gázquez]], [[AGE|other:68]] años, conectada desde [[LOCATION|geo:Águilas]], acompañada por su nieta [[PERSON|name:Lucía]].
IC con FEVI 35 %. Peso estable. Entresto 49/51 mg c/12h, bisoprolol 5 mg. NYHA II.
Plan: analítica con iones en 2 semanas; próxima teleconsulta en 3 meses.""",
    """Telephone review - Diabetes Day Centre, [[LOCATION|geo:Tullamore]]
Pt [[PERSON|name:Seán Ó Broin]], [[LOCATION|geo:Birr]], [[LOCATION|geo:Co. Offaly]], rang from [[PHONE|phone:087 219 4406]].
Clarity report: TIR 64 %, TBR 2 %, CV 33 %. Hypos mostly 03:00-05:00 -> reduce Tresiba 22 -> 20 units.
Report sent to [[EMAIL|email:seanobroin.birr@gmail.com]]. Next review by phone in 3 months.""",
    """ETS TELEHEALTH LOG - site [[LOCATION|geo:Leonora]] nursing post
Pt: [[PERSON|name:Trevor Jaffer]], chest pain 2h, ECG sent via cart - inferior STE.
ETS doctor: Dr [[PERSON|name:Abena Mensah]]. Cart session from [[IP|ip:10.148.22.71]], 720p.
Actions: aspirin 300mg, GTN, thrombolysis (tenecteplase 40mg) at 0412, RFDS to [[LOCATION|geo:Kalgoorlie]] then [[LOCATION|geo:Perth]].""",
    """Téléconsultation (Doctolib)
Lien patient : [[URL|url:https://www.doctolib.fr/visio/7f3a2c91-4be0-4d55-a1e2-0c9b8f11d6e2]]
Médecin : Dr [[PERSON|name:Arnaud Pellissier]], [[LOCATION|geo:Vienne]] ([[LOCATION|geo:Isère]])
Patient : M. [[PERSON|name:Karim Benali]], [[AGE|other:44]] ans, NIR [[ID|ssn:1 79 09 38 544 207 10]]
Motif : renouvellement traitement HTA. TA auto-mesure moyenne 138/86. Amlodipine 5 mg poursuivie ; bilan rénal à faire.""",
]

STYLE_G = [
    """ST*837*0001*005010X222A1~
BHT*0019*00*BAT0312A*[[DATE|date:20240312]]*1022*CH~
NM1*85*2*[[LOCATION|geo:CROSS TIMBERS FAMILY CLINIC]]*****XX*[[ID|license:1438217816]]~
N3*[[ADDRESS|geo:1410 N ELM ST STE 200]]~
N4*[[LOCATION|geo:DENTON]]*TX*[[LOCATION|geo:762014411]]~
HL*2*1*22*0~
SBR*P*18*******MC~
NM1*IL*1*[[PERSON|name:OKAFOR]]*[[PERSON|name:CHIDINMA]]****MI*[[ID|health_plan:519447028]]~
DMG*D8*[[DATE|date:19870419]]*F~
CLM*[[ID|other:PCN7712093]]*185***11:B:1*Y*A*Y*Y~
HI*ABK:E119*ABF:I10~
LX*1~
SV1*HC:99214*185*UN*1***1~
DTP*472*D8*[[DATE|date:20240305]]~
SE*14*0001~""",
    """ST*271*0001*005010X279A1~
BHT*0022*13*BAT0311E*[[DATE|date:20240311]]*0815~
NM1*PR*2*MEDICAL MUTUAL OF OHIO*****PI*29076~
NM1*IL*1*[[PERSON|name:HUANG]]*[[PERSON|name:WEI]]****MI*[[ID|health_plan:MMO920318847]]~
N4*[[LOCATION|geo:CLEVELAND]]*OH*[[LOCATION|geo:44113]]~
DMG*D8*[[DATE|date:19610722]]*M~
EB*1*IND*30**SUPERMED PLUS PPO~
EB*C*IND*30***23*1500~
EB*B*IND*98***27*35~
SE*9*0001~""",
    """# bulk bill batch export B2024-031 | servicing provider [[ID|license:4722193X]] | payee ABN [[ID|other:36128733611]]
claim_id,date_of_service,patient,medicare_no,irn,item,fee,benefit,status
[[ID|other:BB4471902]],[[DATE|date:2024-07-08]],"[[PERSON|name:FERNANDO, Ruwan]]",[[ID|health_plan:5864419071]],1,23,42.85,42.85,PAID
[[ID|other:BB4471903]],[[DATE|date:2024-07-08]],"[[PERSON|name:NGUYEN, Thi Hoa]]",[[ID|health_plan:6533491436]],3,721,156.55,156.55,PAID
# total 199.40 | items 2 | rejected 0""",
    """TAX INVOICE
[[LOCATION|geo:Sunnybank Hills Physiotherapy]]   ABN [[ID|other:87836776979]]
Invoice no. [[ID|account:INV-20931]]
Bill to: Ms [[PERSON|name:Anh Thu Vo]], [[ADDRESS|geo:17 Gaskell St, Eight Mile Plains QLD 4113]]
Bupa member no. [[ID|health_plan:71948832]]
[[DATE|date:06/05/2024]] | item 500 initial consultation | $95.00 | HICAPS benefit $41.50 | gap $53.50
[[DATE|date:13/05/2024]] | item 505 subsequent consultation | $80.00 | HICAPS benefit $35.00 | gap $45.00
Balance owing: $0.00 - thank you.""",
    """INVOICE - [[LOCATION|geo:Spire Parkway]]
Patient: Mr [[PERSON|name:Imran Qureshi]]   Bupa membership no. [[ID|health_plan:4471039218]]   Pre-authorisation [[ID|other:AUTH-5583921]]
CCSD W3712 Total knee replacement (cemented) | Surgeon fee 2,150.00 | Anaesthetist 740.00 | Hospital package 9,980.00 GBP
Shortfall payable by patient: 310.00
Pay by BACS: sort code [[ID|account:20-45-77]]  account [[ID|account:61193402]]""",
    """PVS-Abrechnung - Rechnung Nr. [[ID|account:2024-031877]]
Rechnungsempfänger: Herr Dr. [[PERSON|name:Friedrich Hoppe]], [[ADDRESS|geo:Lindenallee 3, 45127 Essen]]
Behandelnder Arzt: Prof. Dr. [[PERSON|name:Jörg Albers]], Kardiologie
[[DATE|date:04.03.2024]]  GOÄ 1 (2,3-fach) 10,72 € | GOÄ 5 10,72 € | GOÄ 651 EKG 34,86 € | GOÄ 424 Echokardiographie 130,15 €
Summe 186,45 € - zahlbar innerhalb 30 Tagen auf IBAN [[ID|account:DE65 3605 0105 7744 1643 46]]""",
    """FACTUUR - [[LOCATION|geo:Rijnstate]]
Debiteurnummer [[ID|account:D-1184523]]   BSN [[ID|ssn:802687398]]
Verzekerde: mevr. [[PERSON|name:S. El Amrani]]   Polisnummer [[ID|health_plan:CZ 20481177]]
Zorgproduct 029199019 Dagbehandeling cataract | declaratiecode 15E343 | € 1.842,17
Eigen risico verrekend: € 385,00 - te betalen binnen 14 dagen op [[ID|account:NL34 ABNA 0242 3011 95]]""",
    """VHI CLAIM FORM - EXTRACT
Member: [[PERSON|name:Orla Kennedy-Nash]]   Membership no. [[ID|health_plan:VH00381147]]
Hospital: [[LOCATION|geo:Bon Secours Galway]]   Admission [[DATE|date:19/02/2024]]   Discharge [[DATE|date:20/02/2024]]
Consultant: Mr [[PERSON|name:Liam Cusack]], IMC [[ID|license:018442]]
Procedure: laparoscopic cholecystectomy (schedule code 0523), semi-private room.
Refund of excess to IBAN [[ID|account:IE71 AIBK 9330 6581 9515 93]]""",
    """PATIENT STATEMENT - [[LOCATION|geo:Sparrow]] Emergency Services
Guarantor: [[PERSON|name:Nadia Haddad]]   Account # [[ID|account:10048832917]]
Patient: [[PERSON|name:Yusuf Haddad]] (dependent)
Motor vehicle accident - Michigan no-fault PIP claim [[ID|other:MI-PIP-2024-004418]]; VIN [[VEHICLE|vehicle:1HGCM4X34N1788678]], plate [[VEHICLE|vehicle:EPK 4417]]
99284 ED visit level 4 ........ $1,480.00
70450 CT head w/o contrast .... $2,115.00
Auto insurer payment .......... -$2,960.70
Amount due .................... $0.00""",
    """TAC INVOICE - Dr [[PERSON|name:Callum Bright]], Orthopaedic Surgeon, [[LOCATION|geo:Geelong]]
TAC claim no. [[ID|other:T24-118920]]   Client: [[PERSON|name:Jasmine Kaur Sandhu]], DOB [[DATE|date:03/10/1990]]
Vehicle: rego [[VEHICLE|vehicle:1XK 7PL]], VIN [[VEHICLE|vehicle:JTDKB9VA0PS019302]]; collision on Princes Fwy near [[LOCATION|geo:Lara]]
Attachments: [[ID|photo:SANDHU_J_wrist_xray_0221.png]]
MBS 47361 ORIF distal radius ..... $1,126.40 (TAC schedule)
MBS 105 follow-up consultation ... $99.50""",
]

STYLE_H = [
    """CareLink(TM) Network - Remote Transmission Summary
Clinic: [[LOCATION|geo:Norton Heart & Vascular]] device clinic
Patient: [[PERSON|name:Loretta Sims]]
Device: Azure XT DR MRI SureScan W1DR01   SN [[DEVICE|device:RNA218334S]]   Leads: 5076 (RA), 5076 (RV)
Received [[DATE|date:2024-03-11T06:02:44Z]] via MyCareLink Smart app, source IP [[IP|ip:174.205.33.91]]
Battery 11.2 yrs | RA 38% / RV 2% paced | AT/AF burden 0.4% | 3 AHR episodes, longest 00:14:22 | RV impedance 532 ohm | no VT/VF""",
    """CGM UPLOAD - Dexcom G7 - paediatric diabetes service
Patient: [[PERSON|name:Archie Lindqvist-Moore]]
Sensor SN [[DEVICE|device:4N7Q2KM9P3]]   paired phone BT MAC [[DEVICE|device:F4:5C:89:A1:3E:07]]
14-day: TIR 58% | TAR 38% | TBR 4% | GMI 7.6% | mean 9.8 mmol/L | sensor wear 94%
Follower alerts go to [[EMAIL|email:bec.lindqvistmoore@outlook.com]]; urgent low 3.1 alarm x6 overnight.""",
    """VIRTUAL WARD - pulse oximetry feed (respiratory)
Kit: oximeter SN [[DEVICE|device:OXM-2231-77810]] paired to home hub
Pt [[PERSON|name:Harjit Kaur Bains]]   NHS [[ID|health_plan:307 358 3874]]
06:00 SpO2 93 HR 98 | 12:00 SpO2 91 HR 104 AMBER | 14:00 SpO2 89 HR 108 RED -> clinician call
hub last seen 14:02:17 from [[IP|ip:81.152.204.17]] (4G)""",
    """Telemonitoring-Bericht AirView - Schlafmedizin [[LOCATION|geo:Bethel]]
Gerät: AirSense 11 AutoSet, SN [[DEVICE|device:23221998871]], Maske AirFit F30 M
Patient: [[PERSON|name:Horst Wendland]]
Zeitraum: [[DATE|date:Februar 2024]] - Nutzung 27/29 Tage, Ø 6:12 h/Nacht, AHI 3,1/h, Leckage 95. Perz. 18 l/min, Druck 7,4-11,8 cmH2O.
Bewertung: gute Adhärenz, keine Anpassung erforderlich.""",
    """LATITUDE NXT - RED ALERT
Patient [[PERSON|name:Warwick Neale]], follow-up clinic [[LOCATION|geo:Rockhampton]]
RESONATE EL ICD D433   SN [[DEVICE|device:448192]]
Episode [[DATE|date:09-Mar-2024]] 03:12 - VT 188 bpm, ATP x1 successful, no shock. Shock impedance 58 ohm. Battery 9.5 yrs.
Action: phoned pt 0830, asymptomatic, K 4.1 requested.""",
    """NxStage System One - home HD treatment export
cycler SN [[DEVICE|device:NX1C-20419]] | Nx2me tablet [[IP|ip:2601:4c3:8200:7a10::1f3b]]
pt [[PERSON|name:Darnell Hughes]], [[LOCATION|geo:Gary]], IN
tx 5/wk | dialysate 30 L | UF 2.1 L | pre BP 148/86 post 128/78 | venous pressure 140-160 | alarms: 2 (air detector, cleared)
partner trained: yes""",
    """Telemonitoraggio aritmologico - Loop recorder Reveal LINQ II
SN [[DEVICE|device:RLB491772G]] - paziente [[PERSON|name:Marino Silvana]]
Centro: Ambulatorio Aritmie, [[LOCATION|geo:Careggi]]
Evento: pausa 4,2 s il [[DATE|date:27/11/2023]] alle 02:44 (sintomo non segnalato). FA 0 %.
Nota: convocare per valutazione PM.""",
    """Pump upload - MiniMed 780G SN [[DEVICE|device:NG4114782H]]
Clinic: paediatric diabetes, [[LOCATION|geo:GUH]]
Pt [[PERSON|name:Ciara Mulryan]] - share link [[URL|url:https://carelink.minimed.eu/app/share/cmulryan-5kq2]]
SmartGuard 93% | TIR 71% | TBR 1.8% | auto-correction 28% of bolus | set changes q3.1 days""",
    """Zio XT report - patch SN [[DEVICE|device:Z2B4419027]]
Wear: [[DATE|date:09/10/2023]] to [[DATE|date:22/10/2023]] (13 d 2 h analysable)
Patient: [[PERSON|name:Felicity Ashcombe]]
Min HR 41, max HR 162, avg 74. SVE 1.2%, VE <1%. 4 runs SVT, longest 11 beats. Triggered events x3 - sinus rhythm.""",
    """Télésurveillance insuffisance cardiaque - alerte poids
Balance connectée Withings Body Cardio, MAC [[DEVICE|device:00:24:E4:7A:19:C2]]
Patient : M. [[PERSON|name:Mathieu Dubois]], [[LOCATION|geo:Mons]]
Passerelle [[IP|ip:91.183.40.215]]
+2,1 kg en 3 jours (84,6 kg) - infirmière de coordination à rappeler le patient ; furosémide 40 mg -> 80 mg selon protocole.""",
]

STYLE_I = [
    """SCREENING LOG - ALPHA-HF (HREC/23/MH/412) - site [[LOCATION|geo:Monash Health]]
scr_id | screened | eligible | consented | comment
[[ID|other:MH-S-014]] | [[DATE|date:19/01/24]] | N | - | eGFR 24 (<30 excl.)
[[ID|other:MH-S-015]] | [[DATE|date:22/01/24]] | Y | Y | randomised, arm B
site totals: screened 15, randomised 6""",
    """REDCap e-Consent - record [[ID|other:JHU-0452]] - DPP-lifestyle substudy
Participant: [[PERSON|name:Terrence Mobley]]
Survey link (single use): [[URL|url:https://redcap.jhmi.edu/surveys/?s=LK9TEH4RDA]]
Compensation: ClinCard [[ID|account:4147229000318825]], $50 per visit, 4 visits.
Consent version 3.2 (IRB00291144), signed electronically, witness not required.""",
    """BIOBANK ENROLMENT
Participant: [[PERSON|name:Olwen Pryce]]   NHS [[ID|health_plan:834 592 1280]]
Biobank ID: [[ID|other:WBB-7748123]]   Consent date: [[DATE|date:7/3/24]]
Identity at sample collection confirmed by finger-vein scan (template [[ID|biometric:FV-22A07B91]]).
Samples: 2 x EDTA 9 mL, 1 x SST, 1 x urine 10 mL. Consent to recontact: yes. Tissue from future surgery: yes.""",
    """Castor EDC - studie HEART-NL - deelnemer [[ID|other:110-0032]]
Informed consent getekend op [[DATE|date:11-03-2024]] bij dr. [[PERSON|name:P. de Vries]]
Record: [[URL|url:https://data.castoredc.com/studies/4F1A9C2E/participants/110-0032]]
Inclusiecriteria 1-6 ja, exclusiecriteria 1-4 nee. LVEF 38 %, NT-proBNP 1450.""",
    """Screeningslog - REGISTERSTUDIE DANHEART - [[LOCATION|geo:Rigshospitalet]]
[[PERSON|name:Lone Bech Sørensen]], CPR [[ID|ssn:030458-2952]] - samtykke givet, blodprøve taget. Eksklusion: ingen.""",
    """RETINAL IMAGING SUB-STUDY - site [[LOCATION|geo:Westmead]]
participant [[ID|other:EYE-2291]] | fundus image [[ID|photo:EYE-2291_OD_20240308.jpg]] | vessel-pattern template [[ID|biometric:RT-7c19e04a]]
grading: R1 M0, image quality adequate, AI grader agrees.""",
    """SCREEN FAILURE - LEAP-T2D
[[PERSON|name:Guadalupe Ortiz]]   MRN [[ID|mrn:CS-40017726]]   screened [[DATE|date:03/07/2024]]
Reason: HbA1c 11.2% (> 10.5% exclusion). May rescreen after 12 weeks. Screen number not reused.""",
    """ENSAYO CLÍNICO ONCO-218 - centro 008 [[LOCATION|geo:Vall d'Hebron]]
Paciente [[ID|other:008-0019]] - consentimiento informado firmado el [[DATE|date:06/03/2024]] (versión 4.0).
Biopsia basal: PD-L1 TPS 60 %. ECOG 1. Aleatorización pendiente.""",
    """VOICE BIOMARKER STUDY (Parkinson's) - [[LOCATION|geo:Mater]]
Participant [[PERSON|name:Gearóid Nolan]]: voiceprint template [[ID|biometric:VPT-0fa93b]] enrolled; consent form scanned as [[ID|photo:consent_nolan_g_signed.pdf]].
UPDRS-III 22, H&Y stage 2. Recording 3 x sustained /a/, reading passage.""",
    """Participant payment form - ASPREE-XT follow-up
Name: [[PERSON|name:Lachlan O'Hare]]   TFN: [[ID|ssn:341 883 018]]
Reimbursement $40 per visit x 4 paid to nominated account on file. Receipt emailed.""",
]

STYLE_J = [
    """RISKMAN INCIDENT [[ID|other:RM-558201]]
Date/time: [[DATE|date:09/03/2024]] 0315   Location: [[LOCATION|geo:McKellar Centre]], GEM ward, room 12
Person affected: [[PERSON|name:Dorothy Quinlivan]]   URN [[ID|mrn:BH1120937]]
Unwitnessed fall from bed. Found on floor by RN-PN during 2-hourly checks. Neuro obs, no head strike evident, on apixaban -> CT brain NAD. SAC 3.""",
    """PATIENT RELATIONS - complaint received by phone
Complainant: [[PERSON|name:Dana Kowalski-Reyes]] (daughter of patient)
Her car, plate [[VEHICLE|vehicle:KZT-4471]] (PA), was towed from the ED ambulance bay while she was helping her father inside; asks for fee of $185 to be refunded.
Security reviewed camera 14; still saved as [[ID|photo:CCTV14_KZT4471_0229.png]]. Tow company in [[LOCATION|geo:Reading]] confirmed.""",
    """DATIX [[ID|other:W114478]] - Missing patient (detained s2 MHA)
[[PERSON|name:Trevor Penhaligon]] left the ward via the garden at approx 14:20, believed to be driving a silver Ford Focus [[VEHICLE|vehicle:WK19 OPX]] towards [[LOCATION|geo:Looe]].
Police informed 14:45, log number given. Returned by police 19:10, unharmed.""",
    """Your Service Your Say - complaint
From: [[PERSON|name:Philomena Brennan]] <[[EMAIL|email:phil.brennan58@eircom.net]]>
Re: care of her mother on St Brigid's ward, [[LOCATION|geo:St Luke's]], [[LOCATION|geo:Kilkenny]]
Mother left in soiled sheets for several hours; call bell out of reach; meals left on tray table without assistance. Requests meeting with CNM2.""",
    """CIRS-Bericht (anonymisiert)
Was ist passiert? Auf einer Intensivstation wurde Heparin 25.000 IE/50 ml statt 10.000 IE/50 ml aus dem Schrank entnommen; Perfusor lief mit 2 ml/h. Bemerkt bei Übergabe am Dienstag, aPTT 118 s. Pat. [[PERSON|name:Reinholz]] ohne Blutung.
Was war das Ergebnis? Keine Schädigung.
Mögliche Gründe: ähnliche Verpackung, Look-alike.""",
    """CODE GREY / OVA REPORT - ED [[LOCATION|geo:Logan]]
Pt [[PERSON|name:Brayden Kerslake]] became verbally aggressive, threw a chair in resus 2. Security + QPS attended; QPS ref [[ID|other:QP2400448812]].
Pt's ute (QLD rego [[VEHICLE|vehicle:528 KRT]]) left blocking ambulance bay - moved by QPS. No staff injury.""",
    """PRIVACY INCIDENT - misdirected email
Discharge paperwork for MRN [[ID|mrn:E-3394812]] was sent to [[EMAIL|email:jmartinez1987@yahoo.com]] instead of the patient's address on file.
Portal access log: record viewed from [[IP|ip:98.115.62.203]] via [[URL|url:https://mychart.easternmaine.org/MyChart/Visit/Summary?csn=88120944]].
Palm-vein registration record [[ID|biometric:PVS-00418823]] was re-linked to the correct patient by Registration.""",
    """Klachtenregistratie - [[LOCATION|geo:ZOL]] campus [[LOCATION|geo:Genk]]
Melder: mevr. [[PERSON|name:Fatma Yıldız]], tel. [[PHONE|phone:0476 28 91 44]]
Klacht: lange wachttijd op spoed (6 u), vader kreeg geen pijnstilling. Ombudsdienst neemt contact op.""",
    """INCIDENT - MEDICATION ERROR (RiskMan)
Patient: [[PERSON|name:Yvonne Castellari]]   URN [[ID|mrn:TCH0917263]]
Community nursing, [[LOCATION|geo:Tuggeranong Health Centre]]: insulin glargine 30 units given instead of 20 units (transcription error). BGL monitored, nadir 4.2. GP informed by fax [[PHONE|fax:(02) 6293 5518]].""",
    """AVVIKSMELDING
Pasient [[PERSON|name:Solveig Haugen]] ble skrevet ut uten følge; parkerte egen bil [[VEHICLE|vehicle:EL 48213]] ved akuttmottaket, [[LOCATION|geo:Hamar]], og kjørte hjem selv etter sedasjon (midazolam 2,5 mg).
Tiltak: rutine for utskrivning etter sedasjon gjennomgås.""",
]


def main() -> None:
    n = write_styled(
        OUT,
        [
            ("progress-notes", STYLE_A),
            ("discharge-summaries", STYLE_B),
            ("referral-letters", STYLE_C),
            ("nursing-handovers", STYLE_D),
            ("pharmacy-records", STYLE_E),
            ("telehealth-consults", STYLE_F),
            ("billing-claims", STYLE_G),
            ("device-telemetry", STYLE_H),
            ("research-logs", STYLE_I),
            ("incident-reports", STYLE_J),
        ],
    )
    print(f"probe60: {n} docs")


if __name__ == "__main__":
    main()
