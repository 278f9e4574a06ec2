"""Write the 56th hand-annotated redaction probe, 100 notes of mixed-locale clinical text.

Why: a privacy officer's held-out set does not look like the training text. It mixes ten
document styles and four regions (United States, Australia, United Kingdom and Ireland,
continental Europe in German, French, Dutch, Spanish and Italian), so identifiers arrive in
unfamiliar shapes: HL7 carets, X12 segments, CSV rows, pipe tables, form fields, OCR damage
(O for 0, ll for 11, a split surname), lower-case shorthand, addresses split over lines, a
given name glued into a host name, names and ids inside file names and URLs. Many clinical
look-alikes sit beside them unmarked (doses, scores, lot and batch numbers, MBS/CPT/ICD/PZN/
CIP/CN codes, IK insurer codes, HL7 message ids, bed and room numbers, gestations, eponyms,
NPI-NH behaviour scores, protocol, ethics and EudraCT numbers, product expiry dates), and
several facilities and towns are named after people or ordinary words (Fiona Stanley
Hospital, King Edward Memorial, The Prince Charles Hospital, Virginia Mason, Lyell McEwin,
Virgen del Rocio, Orange, Sandy, Smith's Pharmacy, Farmacia Carmen Ortiz). It measures recall
per category on text the engine has never seen, and precision against that clutter.

What: ten styles of ten notes each: progress notes, discharge summaries, GP referral letters,
nursing shorthand handovers, pharmacy records (dispensing, reconciliation, opioid dosing,
e-prescriptions), telehealth consults, billing and claims exports, device telemetry logs
(pumps, CGMs, cardiac devices, infusion pumps, bedside monitors, ventilators, CPAP, personal
alarms), research enrolment and consent records, and aged-care/care-home records. Notes are
set across many US states, every Australian state and territory, England, Scotland, Wales and
Ireland, and Germany, France, the Netherlands, Spain and Italy, some in their own languages.
All people are invented. Every identifier is marked inline as [[LABEL|category:value]].
Conventions: values are marked exactly as written, OCR damage included. Titles (Dr, Dr. med.,
Mr, Mrs, Ms, Mme, M., Frau, Herr, Dott., dhr., mevr., mw., CNM) stay outside name spans;
"SURNAME, Given", "SURNAME Given" and an HL7 name with its caret separators are one span,
while an X12 name split by "*" into elements is one span per element; a given name alone, a
nickname, an initial plus surname and a given name inside a host name are each their own span;
bare staff initials, hand signs and roles are not marked. A full street address is one
ADDRESS|geo span (HL7 carets included); an address broken over lines is one ADDRESS|geo span
per line, and in a form whose city and ZIP sit in their own fields those are LOCATION|geo.
Towns, suburbs, cities, Irish counties, islands, named hospitals, clinics, practices,
pharmacies (also when named after a person or brand), care homes, universities, airports and
hospital abbreviations (QEUH, rah, SVHM, OLVG, UMCG, UCSF) are LOCATION|geo, as is a postcode
or ZIP standing alone; states, provinces, countries, insurers, national agencies, programs and
brand-only company names are not marked. Dates more specific than a year are DATE|date,
including day-month without a year, HL7 and X12 compact dates and full log timestamps (one
span each; a weekday with its date in the same span); a weekday alone, "yesterday", times of
day, durations (3/7, 6/52, 12/12), gestations (39+2/40, 26+4 wks), product expiry, discard and
document-version dates and a year alone are not marked. The age of a note's patient (each
patient in a multi-patient handover) is AGE|other; any age over 89 is AGE|date, whoever it
belongs to; no other ages appear. Fax numbers are PHONE|fax and other numbers PHONE|phone;
internal extensions and pagers are not marked. National and tax numbers (SSN, TFN, the ABN of
a sole-trader support worker, PPSN, BSN, NIR, DNI, NUSS, codice fiscale) are ID|ssn; hospital
record numbers (MRN, UR, IPP, hospital number, HL7 PID and device-clinic patient ids) are
ID|mrn; Medicare (the Australian IRN stays outside), IHI, NHS, CHI, GMS medical card, KVNR,
MBI, DVA, Medicaid, MassHealth, AHCCCS and insurer member numbers are ID|health_plan; bank
accounts, BSB, IBAN, hospital financial numbers (HAR, FIN), X12 patient control numbers and
invoice numbers billed to a person are ID|account; NPI, DEA, Australian provider numbers,
AHPRA, GMC, GPhC, MCRN/IMC, BIG, LANR, RPPS, colegiado, Italian regional GP codes and driver
licence numbers are ID|license; plates and VINs are VEHICLE|vehicle; serial numbers, MAC
addresses, IMEIs, transmitter ids, Android ids and app-instance UUIDs are DEVICE|device;
biometric template ids are ID|biometric; image, video and signature file names carrying a
name or an id are ID|photo; claim, referral (UBRN), prescription, meeting, session,
participant, study, pseudonym, accession, permit, My Aged Care and case numbers and user names
are ID|other. Patient- or practice-specific URLs are URL|url, email addresses EMAIL|email and
IPv4/IPv6 addresses IP|ip. Check-digit identifiers pass their checksums: Australian Medicare,
IHI, TFN, ABN and provider numbers, NHS and CHI numbers, NPI, DEA, VIN, IBAN, BSN, NIR, DNI,
NUSS, PPSN, codice fiscale, KVNR, RPPS and IMEI.

How: cd /work/main && .venv/bin/python scripts/make_probe56_corpus.py (writes corpus/redaction/probe56.jsonl).
"""

from pathlib import Path

from make_safe_harbor_suite import write_styled

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "corpus" / "redaction" / "probe56.jsonl"

PROGRESS_NOTES = [
    """PROGRESS NOTE - INTERNAL MEDICINE
Pt: [[PERSON|name:Okafor, Chinedu]]   MRN: [[ID|mrn:E4471092]]   Age: [[AGE|other:65]]
Loc: [[LOCATION|geo:Riverside Methodist Hospital]] 7 Tower, Rm 714-B
Date of service: [[DATE|date:02/14/2024]] 08:40

S: Feels "a lot less winded." Slept flat for the first time since admission. Wife at bedside, asks about going home before the weekend.
O: T 36.8, HR 82, BP 118/70, SpO2 95% RA. Wt 88.2 kg (down 3.1 kg). Bibasilar crackles improved. JVP 8 cm. K 3.9, Cr 1.34 (baseline 1.2), BNP 1,240 -> 610.
A/P: HFrEF (EF 30%), NYHA III -> II. Continue furosemide 40 mg IV BID, switch to PO tomorrow. Start sacubitril/valsartan 24/26 mg BID once Cr stable. Cardiology to see re ICD. Daily BMP. PT/OT for discharge planning.
Signed: [[PERSON|name:Priya Venkataraman]], MD (NPI [[ID|license:1659367324]]) pager 4417""",
    """WARD 4B PROGRESS NOTE   [[LOCATION|geo:Townsville University Hospital]]
[[DATE|date:Tues 5/3/24]] 1015 Surg ward round (reg + RMO)
Pt: [[PERSON|name:Jayden Brierley]] [[AGE|other:19]]M
D2 post ORIF R tib plateau after single-vehicle MVA on Sunday - driver, white Hilux (QLD rego [[VEHICLE|vehicle:612 KZD]]) left the road nr [[LOCATION|geo:Charters Towers]]. QPS attended; officer requesting BAC result, consent pending.
O/E: afeb, HR 96, BP 124/68, pain 6/10 on movt. Wound dressings dry. DP pulse palp. Compartments soft. Hb 104 (pre-op 131).
Plan:
- Endone 5-10mg q4h prn, Panadol 1g QID, enoxaparin 40mg SC daily
- NWB R leg 6/52, physio to r/v crutches
- SW: lives w/ mum in [[LOCATION|geo:Kirwan]]; works FIFO; worried re WorkCover - not work related, explained.
- rpt FBC mane
RMO x6624""",
    """CMHT PROGRESS NOTE - north hub
Client: [[PERSON|name:FEATHERSTONE, Declan]]   NHS [[ID|health_plan:881 424 5738]]
Seen: home visit, [[ADDRESS|geo:27 Roundhay Mount, Leeds LS8 4DW]] - [[DATE|date:Wed 17 Apr 2024]], 14:30, with care coordinator (CPN).
Present: client and sister.
MSE: kempt, good rapport, euthymic. No FTD. Denies AVH. Insight partial ("the tablets make me fat"). Risk: no current SI/SH; historic OD 2019.
Clozapine 350 mg nocte, level last month 0.42 mg/L. FBC via phlebotomy - ANC 3.1, green result. BMI 33.
Plan: dietitian referral; continue fortnightly CPN visits; r/v with consultant in clinic at the [[LOCATION|geo:Becklin Centre]] in 4/52. Sister can be reached on [[PHONE|phone:07700 914 362]] if client not answering.
[[PERSON|name:S. Iqbal]] CPN""",
    """Verlaufsdokumentation - Unfallchirurgie, [[LOCATION|geo:Klinikum rechts der Isar]], Station 2/3
Patient: [[PERSON|name:Krüger, Hans-Dieter]], geb. [[DATE|date:04.09.1961]]
Datum: [[DATE|date:12.03.2024]], 07:45 Uhr - Oberarztvisite
Pat. berichtet über mäßige Schmerzen (NRS 4/10). Wunde reizlos, Drainage entfernt (80 ml). Hb 11,2 g/dl, CRP 34 mg/l rückläufig.
Fahrradsturz am [[DATE|date:09.03.]] auf dem Heimweg; der Pkw des Unfallgegners (amtl. Kennzeichen [[VEHICLE|vehicle:M-KL 4821]]) wurde von der Polizei aufgenommen, Unfallbericht liegt vor.
Procedere: Mobilisation mit Physio, Teilbelastung 20 kg für 6 Wochen, Clexane 40 mg s.c. Entlassung voraussichtlich Freitag nach Hause, [[ADDRESS|geo:Wörthstraße 14, 81667 München]]. Ehefrau telefonisch informiert.
gez. [[PERSON|name:L. Brandstätter]], Assistenzärztin""",
    """ed prog note 0215 - [[LOCATION|geo:unm hospital]] ed pod c
pt [[PERSON|name:tsosie, marcus]] [[AGE|other:34]]m from [[LOCATION|geo:shiprock]]. bibems after found down outside a gas station. etoh 312, gcs 14 (e4v4m6). ct head neg. cxr clear. lactate 2.1.
reassessed 0210: gcs 15, ambulating w/ steady gait, tol po. cousin on way from [[LOCATION|geo:gallup]] to pick up, cell [[PHONE|phone:505-862-0193]].
dispo: d/c to cousin once sober, f/u ihs behavioral health. thiamine 100 given, ciwa 4.
-[[PERSON|name:r. castellanos]] pa-c""",
    """[[LOCATION|geo:North West Regional Hospital]] - Medical Progress Note
Name: [[PERSON|name:Heather Jane McKenzie]]   ([[AGE|other:74]]F)
[[DATE|date:19/01/2024]] 1400 - Gen Med consultant round
Day 3 CAP RLL. CURB-65 = 2. Afebrile 24h. RR 18, SpO2 94% 2L NP -> wean to RA. CRP 188 -> 96. WCC 14.1 -> 9.8.
IV ceftriaxone 1g daily D3 + azithro; switch to oral amoxicillin 1g TDS for total 5/7.
Home: lives alone on a farm at [[LOCATION|geo:Nietta]], 40 min from town; son visits weekends. Needs someone to drive her home - no taxi service out there.
Plan d/c [[DATE|date:Sat 20/1]] if obs remain stable; GP at [[LOCATION|geo:Penguin Medical Centre]] to r/v in 1/52.
Waterlow 14.""",
    """[[LOCATION|geo:University Hospital Galway]] - Medical Notes (continuation sheet)
[[PERSON|name:Ó MURCHÚ, Pádraig]]   PPSN [[ID|ssn:4113285J]]
Ward round, resp team, Ward 4A
Known COPD GOLD 3, on LTOT 2L. Admitted via ED w/ IECOPD. Day 4: SOB improving, wheeze less. ABG on 2L: pH 7.38, pCO2 6.4, pO2 8.1. Pred 40 mg D4/5.
Lives on [[LOCATION|geo:Inis Meáin]]; ferry/plane to mainland; daughter willing to have him stay on d/c. Public health nurse to be notified.
Plan: pulm rehab referral; d/c Friday to daughter's at [[ADDRESS|geo:12 Seapoint Promenade, Salthill, Galway H91 X2T4]].
[[PERSON|name:Aoife Ní Bhriain]] SHO, MCRN [[ID|license:418822]]""",
    """Note d'évolution - Service de pneumologie, [[LOCATION|geo:Hôpital de la Croix-Rousse]], [[LOCATION|geo:Lyon]]
Patiente : Mme [[PERSON|name:Benali, Yasmina]], née le [[DATE|date:14/07/1967]], IPP [[ID|mrn:690041872]]
Visite du matin
J5 d'une embolie pulmonaire bilatérale. Eupnéique au repos, SpO2 97 % en AA. Troponine négative, NT-proBNP 410 ng/L. Relais HBPM -> apixaban 5 mg x2/j.
Score de Wells 6,5 ; Genève révisé 8.
Retour à domicile envisagé lundi : [[ADDRESS|geo:8 rue Belfort, 69004 Lyon]]. Son mari est joignable au [[PHONE|phone:06 72 18 44 09]].
Passage IDE libérale pour bas de contention.""",
    """PR0GRESS N0TE  .  pg 2 of 3
Patient Name: [[PERSON|name:WHITFIELD, LaTonya R]]   MRN: [[ID|mrn:M1O48827]]
DOB: [[DATE|date:O3/19/1981]]   Adm: [[DATE|date:03/ll/2024]]
Pt is a [[AGE|other:42]] y/o F w/ sickle cell dz (HbSS) adm w/ VOC. Pain 7/10 -> 4/10 on PCA hydromorphone 0.2 mg/demand, lockout 10 min. Hgb 7.1, retic 9%. IS q1h. No ACS on CXR.
Social: lives w/ her mother at [[ADDRESS|geo:1418 Prince Ave Apt 3C, Athens, GA 3O6O6]].
Heme to f/u in clinic 2 wk.
e-signed [[PERSON|name:J. Merc ado]], MD  [[DATE|date:O3/13/2O24]] O9:12""",
    """[[LOCATION|geo:Royal Darwin Hospital]] - Renal progress note
[[DATE|date:28.05.2024]]
[[PERSON|name:Jacinta Wunungmurra]] [[AGE|other:51]]F, from [[LOCATION|geo:Galiwin'ku]].
ESKD on HD MWF via L AVF. Missed 2 sessions while home for sorry business. K 6.4, urea 38, fluid +4 kg. Extra HD today 4h, UF 3.5L.
Yolŋu Matha interpreter booked via AIS.
Plan: hostel bed while stabilised; renal coordinator to liaise with [[LOCATION|geo:Galiwin'ku Health Centre]] re return flight.
Medicare [[ID|health_plan:4518 69630 1]]/2""",
]

DISCHARGE_SUMMARIES = [
    """DISCHARGE SUMMARY - [[LOCATION|geo:Wollongong Hospital]]
Patient: Mrs [[PERSON|name:Giuseppina ROSSO]]   MRN [[ID|mrn:WH00347821]]   Medicare [[ID|health_plan:5201 71754 2]]/3
Address: [[ADDRESS|geo:4 Kembla St, Port Kembla NSW 2505]]
LOS 7 days   Ward: Cardiology (C7)
Principal dx: NSTEMI (I21.4). Secondary: T2DM, CKD 3a (eGFR 52), AF CHA2DS2-VASc 5.
Procedure: coronary angiogram D2 - DES to LAD (Xience 3.0 x 18 mm, lot 3091141).
Discharge meds: aspirin 100 mg mane; ticagrelor 90 mg BD x 12/12 then review; apixaban WITHHELD pending haem r/v; atorvastatin 80 mg nocte; metoprolol 25 mg BD; empagliflozin 10 mg; Ryzodeg 30 units mane.
Follow-up: cardiology rooms in 6/52. GP to r/v in 1/52, summary faxed to [[PHONE|fax:(02) 4274 3318]]. Cardiac rehab referral sent.
Author: cardiology AT, prov no [[ID|license:615389KK]]""",
    """DISCHARGE SUMMARY
[[LOCATION|geo:Scripps Memorial Hospital La Jolla]]
PATIENT: [[PERSON|name:Huang, Wei-Lun]]     HAR: [[ID|account:120039481177]]
AGE: [[AGE|other:84]]     SEX: M
ADMIT: [[DATE|date:2024-01-08]]   LOS: 2 days
DIAGNOSIS: Symptomatic complete heart block (I44.2).
PROCEDURE: Dual-chamber pacemaker implant on day 2. Generator Medtronic Azure XT DR MRI, model W1DR01, SN [[DEVICE|device:RNB418822S]]. RA lead 5076-52 SN [[DEVICE|device:PJN7734019]]; RV lead 5076-58.
Mode DDD 60-130. Thresholds RA 0.75 V @ 0.4 ms, RV 0.5 V @ 0.4 ms.
COURSE: Uneventful. CXR no PTX. Wound clean and dry.
INSTRUCTIONS: no lifting L arm above shoulder x 4 wk. Remote monitoring set up; wound/device check in device clinic in 10 days.
Daughter is HCPOA (contact in FYI flag)
Dictated by [[PERSON|name:R. Solís-Marín]] / transcribed 16:02""",
    """[[LOCATION|geo:Queen Elizabeth Hospital Birmingham]]
ELECTRONIC DISCHARGE NOTIFICATION (to GP)
Patient: [[PERSON|name:Mohammed Tariq HUSSAIN]]   NHS No: [[ID|health_plan:236 644 6586]]
DOB: [[DATE|date:19-Jun-1972]]   Address: [[ADDRESS|geo:61 Coventry Road, Small Heath, Birmingham B10 0RX]]
GP: [[LOCATION|geo:Bordesley Green Surgery]]
Admission via AMU, LOS 4 days, Ward 305
Diagnosis: DKA (precipitant: missed basal insulin while fasting for Ramadan). pH 7.12 on admission, ketones 5.8, glucose 31.2.
Management: FRIII per JBDS protocol, resolved within 14 h. Diabetes specialist nurse reviewed - sick day rules, fasting plan.
Medication changes: Lantus 28 units -> 22 units at iftar; NovoRapid per carb ratio 1:10. Libre 2 sensor started.
Actions for GP: HbA1c (98 mmol/mol) recheck in 3/12; retinal screening overdue.
Completed by: FY2, GMC [[ID|license:7098421]]""",
    """ONTSLAGBRIEF - Afdeling Interne Geneeskunde, [[LOCATION|geo:UMC Utrecht]]
Aan: dhr. [[PERSON|name:P.J. van den Berg]], huisarts
Betreft: mevr. [[PERSON|name:Fatima el Idrissi]], geb. [[DATE|date:03-10-1988]], BSN [[ID|ssn:160192511]]
Opname: [[DATE|date:20 februari 2024]] (6 dagen)
Geachte collega,
Uw patiënte werd opgenomen wegens pyelonefritis rechts met urosepsis (E. coli, gevoelig voor ceftriaxon). CRP max 287 mg/L, lactaat 3,1. Na 3 dagen iv ceftriaxon over op ciprofloxacine 500 mg 2dd tot totaal 10 dagen. Echo nieren: geen obstructie. hCG negatief.
Controle op de polikliniek over 6 weken.
Met collegiale groet,
[[PERSON|name:S. Bouzidi]], arts-assistent, BIG [[ID|license:19063847201]]""",
    """DISCHARGE SUMMARY - TRAUMA SURGERY
[[LOCATION|geo:University Hospital]], TX
Name: [[PERSON|name:Garza, Rogelio]] "[[PERSON|name:Roy]]"   FIN [[ID|account:88120044719]]
Age [[AGE|other:33]]   LOS 5 days
HPI: restrained driver, head-on collision on the interstate north of the city.
Injuries: L femoral shaft fx (IMN day 1), L pneumothorax (chest tube removed POD3), splenic lac grade II (non-op). ISS 22.
Disposition: home with sister, [[ADDRESS|geo:2207 W Commerce St, San Antonio, TX 78207]].
Case management: patient's 2019 Silverado (TX plate [[VEHICLE|vehicle:NKT-4719]], VIN [[VEHICLE|vehicle:3GCUYDED3LG095053]]) towed to impound; auto insurer notified. Patient asks that no info go to the other driver's insurer.
Signed attending trauma surgeon""",
    """[[LOCATION|geo:Sunshine Hospital]] - Maternity Discharge Summary
Mother: [[PERSON|name:Tran Thi Ngoc Anh]] (pref. [[PERSON|name:Annie]])   UR [[ID|mrn:3309117]]
Baby: [[PERSON|name:Kai Nguyen]] (male), born [[DATE|date:14/02/2024]] 03:17, 3.41 kg, Apgars 8/9.
G2P2, SVD at 39+2/40. EBL 450 mL. 2nd-degree tear, sutured. Hb 108.
Baby: NBST collected D3. Hep B vax given. Hips normal.
Discharged home D2 to [[ADDRESS|geo:17/3 Hampshire Rd, Sunshine VIC 3020]]. Partner mob [[PHONE|phone:0433 802 117]].
MCH nurse home visit within 7/7.
Baby to be added to mother's Medicare card.
Midwife RM, postnatal ward""",
    """INFORME DE ALTA HOSPITALARIA
[[LOCATION|geo:Hospital Universitari Vall d'Hebron]] - Servicio de Neurología
Paciente: [[PERSON|name:Montserrat Puig i Ferrer]]   DNI: [[ID|ssn:69055354Q]]
Edad: [[AGE|other:67]] años
Domicilio: [[ADDRESS|geo:Carrer de Sardenya 312, 3r 2a, 08025 Barcelona]]
Fecha de alta: [[DATE|date:08/03/2024]]
Motivo de ingreso: ictus isquémico de ACM izquierda (NIHSS 9 al ingreso). Trombectomía mecánica, TICI 2b. NIHSS al alta 2. mRS 2.
Tratamiento al alta: AAS 100 mg/24h, atorvastatina 80 mg/24h; rehabilitación ambulatoria.
Control en consultas externas en 6 semanas.
Contacto: hija (teléfono en historia).
Médico responsable: Dr. [[PERSON|name:Jordi Casals]], núm. colegiado [[ID|license:08-39417]]""",
    """BEHAVIORAL HEALTH DISCHARGE SUMMARY
[[LOCATION|geo:McLean Hospital]]
Patient: [[PERSON|name:Sullivan, Brendan P.]]   DOB [[DATE|date:12/30/1996]]
Legal status: Section 12 -> conditional voluntary (3-day notice).
Admit [[DATE|date:March 2, 2024]] / LOS 11 days
Dx: MDD, recurrent, severe w/o psychotic features; AUD moderate. PHQ-9 24 -> 11. C-SSRS: passive SI at admit, none at discharge.
Meds: sertraline 150 mg qd, naltrexone 50 mg qd, hydroxyzine 25 mg q6h prn.
Aftercare: IOP at [[LOCATION|geo:Arbour Counseling Services]], first session Friday 9am; PCP at [[LOCATION|geo:Codman Square Health Center]].
Safety plan reviewed; no firearms in home per patient and mother.
MassHealth ID [[ID|health_plan:100281946522]]
SW [[PERSON|name:D. Abramowitz]], LICSW""",
    """[[LOCATION|geo:Royal Infirmary of Edinburgh]] - Immediate Discharge Letter
Name: [[PERSON|name:Alasdair MacLeod]]   CHI: [[ID|health_plan:0703524313]]   DOB [[DATE|date:07/03/1952]]
Address: [[ADDRESS|geo:Flat 3F2, 14 Marchmont Crescent, Edinburgh EH9 1HN]]
Adm [[DATE|date:01/02/2024]] ward 108; d/c day 5
Dx: upper GI bleed - DU (Forrest IIa) injected + clipped at OGD same day. Hb nadir 71, 2 units RBC. Glasgow-Blatchford 12, Rockall 5.
H. pylori positive -> eradication (PPI + amoxicillin + clarithromycin 7/7). STOP naproxen.
Repeat OGD 8/52.
Lives alone; neighbour has a key.
Dr [[PERSON|name:K. Szymańska]] CT1""",
    """[[LOCATION|geo:Flinders Medical Centre]] - Discharge Summary (Geriatrics / GEM)
Patient: [[PERSON|name:Reginald Arthur PETTIGREW]]   Age: [[AGE|date:91]]
DVA Gold Card: [[ID|health_plan:SX019283]]
Admission [[DATE|date:29/01/2024]], LOS 16 days
Diagnoses: delirium (UTI, constipation, anticholinergic burden); #L NOF day 2 - hemiarthroplasty.
MMSE 21/30 at d/c. 4AT 0.
Discharged to: residential respite, permanent placement pending ACAT.
Wife ([[AGE|date:90]]) remains at home in [[LOCATION|geo:Glenelg North]]; son-in-law holds EPOA.
Ceased: oxybutynin, amitriptyline.
GP fax [[PHONE|fax:08 8377 1209]]
Signed: Geri AT""",
]

REFERRAL_LETTERS = [
    """[[LOCATION|geo:Bellarine Family Medical]]
Fax [[PHONE|fax:(03) 5258 1790]]

The Orthopaedic Surgeon
[[LOCATION|geo:Epworth Geelong]]
[[ADDRESS|geo:1 Epworth Pl]]
[[ADDRESS|geo:Waurn Ponds VIC 3216]]

Dear colleague,
Re: Mr [[PERSON|name:Terence Walsh]]
Thank you for seeing him, a [[AGE|other:65]]-year-old retired fisherman with 18 months of worsening R hip pain, now 8/10 on weight bearing and limiting him to 200 m. XR last week: severe OA, loss of joint space, subchondral cysts. Oxford Hip Score 17/48.
Tried: paracetamol SR, celecoxib (stopped - dyspepsia), physio x8, intra-articular steroid x1.
PMHx: HTN, BMI 31, ex-smoker 30 pack-years. Meds: perindopril 5 mg, amlodipine 5 mg.
He is keen on THR and has private cover (HCF top cover).
Kind regards,
GP principal, MBBS FRACGP
Provider No. [[ID|license:101141CF]]""",
    """NHS e-Referral Service - Referral Letter
UBRN: [[ID|other:0004 1187 2293]]   Priority: Routine   Specialty: Rheumatology - Inflammatory arthritis
Referrer: Dr [[PERSON|name:Harriet Osei-Bonsu]], [[LOCATION|geo:Montpelier Health Centre]]
Patient: [[PERSON|name:ANDREWS, Kelly-Marie]]   NHS No. [[ID|health_plan:4461557499]]
Dear colleague,
I'd be grateful if you could see this [[AGE|other:34]]-year-old care worker with 10 weeks of symmetrical small-joint synovitis (MCPs 2-4 bilat, wrists), EMS 90 min. RF 64, anti-CCP >340, CRP 28, ESR 41. DAS28-CRP approx 5.1.
Prednisolone 10 mg started 10 days ago, tapering. No ILD symptoms. Hep B/C, HIV negative; CXR clear.
She is a single parent - Tuesday appointments preferred.
Kind regards, [[PERSON|name:Harriet]]""",
    """*** FAX ***   [[LOCATION|geo:Lakewood Family Medicine]]
TO: [[LOCATION|geo:Minneapolis Heart Institute]] - Referral Intake   FAX: [[PHONE|fax:612-863-3801]]
FROM: referring NP   FAX: [[PHONE|fax:218-634-2290]]
PAGES: 4 (incl. cover)
CONFIDENTIALITY NOTICE: this facsimile contains protected health information...
REFERRAL - Cardiology, urgent (within 2 wk)
Pt: [[PERSON|name:Lindqvist, Arne]]   Sex M
Addr: [[ADDRESS|geo:PO Box 411, Baudette, MN 56623]]
Ins: Medicare MBI [[ID|health_plan:4TY7-KW2-MN58]]
Reason: exertional chest pressure x 6 wk, 2 episodes at rest; ECG new LBBB. hs-Trop 14 -> 15 ng/L. Echo not available locally. TIMI 3.
Meds: metformin 1000 BID, lisinopril 20, ASA 81 started.
Referring NPI: [[ID|license:2729497265]]
Pt fishes commercially on the lake; daughter will drive him down; prefers Mon/Tue.""",
    """Überweisungsschein (Muster 6) - Auszug
Krankenkasse: Techniker Krankenkasse   Versicherten-Nr.: [[ID|health_plan:M481209370]]   Status 1000000
Name, Vorname: [[PERSON|name:Yilmaz, Emre]]
Anschrift: [[ADDRESS|geo:Osterstraße 88, 20259 Hamburg]]
Arzt-Nr. (LANR) [[ID|license:384719901]]
Datum: [[DATE|date:07.02.2024]]
Überweisung an: Gastroenterologie - [[LOCATION|geo:Asklepios Klinik Altona]]
Diagnose: K50.9 G (Morbus Crohn), R19.5 V
Auftrag: Ileokoloskopie; Calprotectin 820 µg/g, Hb 10,9 g/dl. Unter Budesonid 9 mg keine Besserung. Bitte Therapieeskalation (Biologika?) prüfen.
Hausärztin: Dr. med. [[PERSON|name:Annette Schmiedel]]""",
    """MENTAL HEALTH TREATMENT PLAN & REFERRAL (Better Access)
To: Clinical Psychologist, [[LOCATION|geo:Mind Matters Toowong]] - [[EMAIL|email:intake@mindmatterstoowong.com.au]]
From: Dr [[PERSON|name:Kwame Asante]], Prov [[ID|license:636760JB]]
Patient: [[PERSON|name:Isla Montgomery]]   Medicare [[ID|health_plan:6941 11299 9]] - 2
Address: [[ADDRESS|geo:5/22 Sylvan Rd, Toowong QLD 4066]]   Email [[EMAIL|email:isla.montgomery03@outlook.com]]
Presenting issue: panic attacks 3-4/wk since starting uni, low mood, sleep-onset insomnia. K10 = 32; DASS-21 D 18 A 22 S 26. No SI, no self-harm. Alcohol 6 std/wk.
Goals: reduce panic frequency, return to full course load.
Referred for up to 6 sessions of focussed psychological strategies (item 80010). GP review item 2712 after session 6.""",
    """[[LOCATION|geo:Ballincollig Family Practice]]  |  [[ADDRESS|geo:Main Street West, Ballincollig, Co. Cork P31 H9W2]]
Fax [[PHONE|fax:021 487 3399]]
ENT Outpatients
Re: [[PERSON|name:Ciarán Ó Súilleabháin]] (registered as [[PERSON|name:Kieran O'Sullivan]] on older records), PPSN [[ID|ssn:9497045D]]
Dear Doctor,
Thank you for seeing [[PERSON|name:Ciarán]], [[AGE|other:12]], with recurrent tonsillitis: 7 documented episodes in the past 12 months (Paradise criteria met), missing a lot of school. Snoring with witnessed apnoeas per his mother.
Weight 41 kg. No bleeding history. Penicillin allergic (rash).
Yours sincerely,
GP principal, MICGP, IMC [[ID|license:021447]]""",
    """REFERRAL ORDER #[[ID|other:REF-2024-0331-7782]]
To: Endocrinology, [[LOCATION|geo:Virginia Mason Medical Center]]
Patient: [[PERSON|name:Vo, Thanh Hung]]
Address [[ADDRESS|geo:3810 S 56th St, Tacoma, WA 98409]]
Apple Health (Medicaid) ProviderOne ID [[ID|health_plan:108447392WA]]   Interpreter: Vietnamese
Reason: thyroid nodule 3.2 cm L lobe, TI-RADS 4; TSH 0.21, FT4 1.9. FNA last month: Bethesda III. Please assess repeat FNA vs molecular testing vs lobectomy.
Referring provider: [[PERSON|name:Lorna Whitehorse]], ARNP   NPI [[ID|license:1028992380]]
Fax results to [[PHONE|fax:(253) 396-4417]]""",
    """Dott.ssa [[PERSON|name:Chiara Benedetti]] - Medico di Medicina Generale
[[ADDRESS|geo:Via Saragozza 141, 40135 Bologna]] - Codice regionale [[ID|license:0803712]]
[[DATE|date:21 febbraio 2024]]
Gentile Collega, Ambulatorio di Dermatologia, [[LOCATION|geo:Policlinico di Sant'Orsola]]
invio il Sig. [[PERSON|name:Marco Bianchi]], nato il [[DATE|date:12/02/1947]], C.F. [[ID|ssn:BNCMRC47B12L219W]], per lesione pigmentata del dorso (6 mm, asimmetrica, ABCDE 4/5), comparsa circa 4 mesi fa.
Anamnesi: fototipo II, ustioni solari in gioventù, pregresso BCC al naso (2016). In terapia con ramipril 5 mg.
Ricetta dematerializzata - priorità B (entro 10 giorni).
Cordiali saluti.""",
    """Referral to: Gynaecology Outpatients, [[LOCATION|geo:King Edward Memorial Hospital]]
Fax: [[PHONE|fax:(08) 6458 1031]]
Patient: [[PERSON|name:Kirra Dodd]]   IHI [[ID|health_plan:8003 6066 2384 0893]]
Address: [[ADDRESS|geo:Lot 12 Lionel St, Boulder WA 6432]]
Phone: text first (works underground shifts)
Clinical: menorrhagia, Hb 84, ferritin 4. US last week: 5.8 cm posterior fibroid, endometrium 14 mm. Iron infusion given (Ferinject 1 g). PBAC score 310.
Needs PATS travel assistance - please coordinate the clinic date with flights [[LOCATION|geo:Kalgoorlie]]-[[LOCATION|geo:Perth]].
Regards, GP, AHPRA [[ID|license:MED0001873455]]""",
    """[[LOCATION|geo:Meddygfa Canna]] / [[LOCATION|geo:Canna Surgery]]
Llythyr atgyfeirio / Referral letter - Memory Assessment Service, [[LOCATION|geo:University Hospital Llandough]]
Patient: Mrs [[PERSON|name:Gwenllian Prys-Jones]]   NHS: [[ID|health_plan:121 956 8740]]
Address: [[ADDRESS|geo:22 Severn Grove, Pontcanna, Cardiff CF11 9EN]]
Welsh is her first language - please offer assessment in Welsh.
History: 18 months of progressive short-term memory loss per husband; got lost driving home from the shops in January - DVLA informed, no longer drives. 6-CIT 16/28. B12, folate, TFTs, calcium normal. CT head: small vessel disease, generalised atrophy.
No antipsychotics. Lives with husband; daughter in [[LOCATION|geo:Aberystwyth]] holds LPA.
Dr [[PERSON|name:Rhodri ap Iorwerth]]""",
]

NURSING_HANDOVERS = [
    """HANDOVER 1900 - Ward 8 East ([[LOCATION|geo:Royal North Shore]]) PM -> ND
Bd 1 [[PERSON|name:HARGREAVES, Colin]] [[AGE|other:78]]M - #NOF D2 post op, PCA fent, pain 3/10, IDC in situ, BNO since adm -> coloxyl/senna given. FALLS RISK - bed alarm on.
Bd 2 [[PERSON|name:Abdi, Yusra]] F - lap chole today, tol diet, mobilising, for d/c am, husband picking up ~1000.
Bd 3 Mr [[PERSON|name:Papadakis]] [[AGE|other:83]] - CONFUSED o/n, pulled PIVC x2, 1:1 special req'd - NUM aware. Daughter wants a call if agitated.
Bd 4 empty - ED sending transfer ~2100.
Bd 5 Ms [[PERSON|name:O'Connell]] - VAC dressing abdo, due change Thurs; BSL 14.2 -> actrapid 4u per sliding scale.
RN-JT / EN-KM""",
    """SBAR shift report 07:00 - 4W Tele, [[LOCATION|geo:Tampa General]]
Rm 4112-A: [[PERSON|name:Delgado, Ana Lucía]] [[AGE|other:67]] F. S: chest pain r/o ACS, trop x2 neg. B: CAD s/p stents 2022. A: NSR 70s on tele box 17, VSS, heparin gtt off @0200. R: stress test 0900, NPO since MN. Son (Spanish only) to be called after.
Rm 4114: [[PERSON|name:Kessler, Bart]] [[AGE|other:81]] M. S: CHF exac. B: EF 25%, ICD. A: net -1.8 L, K 3.4 -> 40 mEq KCl PO 0500, recheck 1100. R: daily wt 0600 = 94.1 kg. Wife staying nearby.
Rm 4117: [[PERSON|name:Thibodeaux, Remy]] M. New AF RVR, dilt gtt 10 mg/hr, HR 90-110, CHA2DS2-VASc 2, TEE/DCCV tmrw pending consent. His truck (FL tag [[VEHICLE|vehicle:QRV K81]]) still in ED valet lot, keys in safe.
Report given to oncoming RN by [[PERSON|name:M. Tran]] RN""",
    """Ward 7B handover (late -> night) [[LOCATION|geo:QEUH]]
bay 1
1) [[PERSON|name:Drummond, Hamish]] CHI [[ID|health_plan:1508472017]] - CAP, IV amox D2, O2 1L NC sats 93, NEWS 3, DNACPR in place. Wife visiting till 8.
2) [[PERSON|name:Agnieszka Wójcik]] - alcohol withdrawal, CIWA 12 at 1800 -> chlordiazepoxide 20mg, pabrinex given, falls risk. Partner NOT allowed on ward - police aware.
3) [[PERSON|name:Rosalind Cairney]] ("[[PERSON|name:Rosie]]") [[AGE|date:92]] - dementia, from a nursing home, UTI, wandering, 1:1 overnight. Waterlow 18, skin intact, 2hrly turns.
4) side room - C. diff +ve, enteric precautions, stool chart type 7 x3.
handed over SN -> D.B.""",
    """icu handover [[LOCATION|geo:rah]] pod 3 - 1900
bed 14 - [[PERSON|name:kowalski, stan]] [[AGE|other:70]] m. retrieved from [[LOCATION|geo:whyalla]] by medstar, septic shock ?biliary. ett 8.0 @ 23 lip, fio2 0.4 peep 8, norad 0.18 mcg/kg/min, vaso 0.03. lactate 4.1 -> 2.6. crrt started 1400, filter clotted x1. ercp tmrw - consent from wife by phone [[PHONE|phone:0427 118 436]] (still up there, driving down).
bed 15 - [[PERSON|name:huynh, thi mai]] f, sah d5 (wfns 2), nimodipine 60 q4h, tcd velocities up mca 160 ?vasospasm, neuro obs 1/24, evd @ 10 cmh2o draining 8 ml/hr. son is nok; home is [[ADDRESS|geo:22 ashwin pde, torrensville 5031]].
bed 16 - empty, cleaned. next adm from [[LOCATION|geo:lyell mcewin]] ~2200 (no details yet)""",
    """NICU RN HANDOFF - [[LOCATION|geo:Prentice Women's Hospital]]
Pod B, bed 6: Baby Girl [[PERSON|name:Washington]] ("[[PERSON|name:Nia]]" per parents), born [[DATE|date:3/1/24]] @ 26+4 wks, now CGA 30+1, wt 1,120 g.
Resp: NIPPV 20/6, FiO2 28-32%, caffeine. 2 brady/desats overnight, self-resolved.
FEN: EBM 22 kcal 18 mL q3h OG, tolerating. PICC removed Weds.
Social: mom [[PERSON|name:Tamika Washington]] pumping, visits after her shift at [[LOCATION|geo:O'Hare]]; no car (Metra). Dad [[PERSON|name:Andre Ellis]] not on birth certificate - no info to him per mom.
ROP exam Thurs. Car seat test before d/c.
Primary RN days: same.""",
    """Overdracht avonddienst -> nachtdienst, afd. Cardiologie, [[LOCATION|geo:Maasstad Ziekenhuis]]
K12-1: dhr. [[PERSON|name:J. de Vries]], STEMI, PCI RCA vanmiddag via a. radialis re., drukverband eraf om 22:00. Pijnvrij. RR 112/64. Zoon belt om 21:00.
K12-2: mevr. [[PERSON|name:Özdemir]], decompensatio cordis, vochtbeperking 1,5 L, gewicht 81,4 kg, furosemide iv 2dd 40 mg. Tolk Turks aangevraagd voor morgen.
K14: mevr. [[PERSON|name:Wilhelmina Bakker]] ("[[PERSON|name:Mien]]"), uit [[LOCATION|geo:Verpleeghuis Vreewijk]], AF, delier? DOS-score 4. Bedhek op. Dochter: [[PHONE|phone:06-41 22 87 19]].
Overgedragen door avonddienst.""",
    """[[LOCATION|geo:Canberra Hospital]] ED short stay handover 0700
SSU1 [[PERSON|name:Lachlan Pirie]] M - renal colic, CT 4mm L VUJ stone, pain controlled w/ PR diclofenac, voiding, strain urine. d/c w/ tamsulosin.
SSU2 [[PERSON|name:Farida Rahimi]] F - hyperemesis 11/40, ketones 3+ -> 1+, 2L Hartmann's, ondansetron. Dari interpreter for husband.
SSU3 [[PERSON|name:Gordon Blakely]] [[AGE|date:93]]M - fall at home, no #, ?syncope, postural drop 30 systolic, tele o/n NAD. Lives alone; family want RACF, ACAT referral made. Car keys surrendered - his Corolla ([[VEHICLE|vehicle:YNP 92C]]) still parked in ED lot P2, son to collect.
SSU4 [[PERSON|name:Ngaio Tipene]] F - cellulitis L leg, IV cefazolin via PIVC (inserted yesterday), margins marked.
RN -> CNC""",
    """L&D CHARGE HANDOFF 1900 - [[LOCATION|geo:Banner Desert Medical Center]]
LDR 2 - [[PERSON|name:Yazzie, Shandiin]] G1P0 @ 39+5, IOL for GHTN, cytotec x2 -> pit @ 8 mu/min, 5/80/-1, cat I. Epidural 1645. GBS neg. BP 148/92 -> labetalol 20 IV. From [[LOCATION|geo:Chinle]].
LDR 4 - [[PERSON|name:Martínez-Oyelaran, Gabriela]] G3P2 @ 37+1, SROM 1400 clear, 6 cm, cat II intermittent lates -> position change, IVF bolus, OB aware.
LDR 7 - [[PERSON|name:Heather Boone]] G5P4 @ 40+2, planned rpt CS 0730 tomorrow, NPO MN, T&S drawn. AHCCCS ID [[ID|health_plan:A58820417]].
Triage - walk-in Ms [[PERSON|name:Lopez]], r/o labor @ 34 wks, cx closed, to d/c.
OB tech on till 2300""",
    """[[LOCATION|geo:Beaumont Hospital]] - Stroke Unit handover 08:00
Rm 1: [[PERSON|name:Seamus Kinsella]] [[AGE|other:69]] - L TACS D3, NBM, NGT feeds Jevity 65 ml/hr, SALT r/v today. mRS 4. Wife visiting.
Rm 2: [[PERSON|name:Olamide Adeyinka]] - TIA, ABCD2 5, on DAPT, for carotid doppler; wants home - needs transport.
Rm 3: [[PERSON|name:Máire Ní Chonaill]] [[AGE|date:91]] - 24h post thrombolysis, BP < 180/105, neuro obs hourly, NIHSS 3. Family up from [[LOCATION|geo:Donegal]], staying in a hotel.
Beds 4-6 see list. Handover by CNM.""",
    """[[LOCATION|geo:Fiona Stanley Hospital]] ED - resus/acute handover 2300
R1 - unknown male (alias TRAUMA BRAVO), ~30s, motorbike vs car on the freeway. Intubated, GCS 3 pre-RSI, CT: SDH, #C6, liver lac. Police running the bike plate ([[VEHICLE|vehicle:3CXZ 49]]) to ID him.
R2 - [[PERSON|name:Tahlia Bennell]] [[AGE|other:17]]F - DKA, pH 6.98, insulin 0.1 u/kg/hr, K 3.6, mum here.
A6 - Mr [[PERSON|name:Rajapaksa]] - STEMI call, to cath lab at 2245.
A9 - [[PERSON|name:Zhang, Li Na]] [[AGE|other:29]] - ?ectopic, bHCG 2,900, FF on US, to theatre.
CN on till 0730""",
]

PHARMACY_RECORDS = [
    """DISPENSE HISTORY - [[LOCATION|geo:Blooms The Chemist Bathurst]]
Pt: [[PERSON|name:NIKOLAIDIS, Stavros]]   Medicare [[ID|health_plan:5808 86256 2]] IRN 1   Pension conc.
Date       | Drug                      | Qty | Rpts | Prescriber           | PBS
[[DATE|date:04/03/2024]] | Jardiance 25mg tab        | 30  | 4    | Dr [[PERSON|name:M. Azoulay]]        | 10052J
  "        | Rosuvastatin 20mg tab     | 30  | 5    |   "                  | 8721N
[[DATE|date:18/03/2024]] | Endone 5mg tab (S8)       | 10  | 0    | locum                | 2622B
S8 checked against SafeScript NSW - no alerts. eScript token: [[URL|url:https://ausscripts.erx.com.au/scripts/2HBN8JQK4WX7PDRTA3]]
Batch GX4471, exp 08/2026.""",
    """[[LOCATION|geo:Sloan's Lake Pharmacy]]
Filled: [[DATE|date:02/26/2024]]
[[PERSON|name:MARGARET O'DONNELL-REYES]]
[[ADDRESS|geo:1477 N Pennsylvania St Apt 2, Denver CO 80203]]
OXYCODONE-APAP 5-325 MG TAB   Qty 20 (twenty)
Take 1 tablet by mouth every 6 hours as needed for pain. May cause drowsiness.
Dr [[PERSON|name:Benjamin Mwangi]]   DEA [[ID|license:BM0489042]]
Refills: 0   Discard after: 02/26/2025   Lot 24A118 Exp 11/2026
PDMP checked 10:42 by PharmD
Picked up by spouse, CO DL [[ID|license:19-482-7730]] verified""",
    """MEDICINES RECONCILIATION - Pharmacy, [[LOCATION|geo:Royal Sussex County Hospital]]
Pt [[PERSON|name:Penelope Ashworth-Grey]]   NHS [[ID|health_plan:0411589431]]
Sources: SCR viewed [[DATE|date:06/03/2024]] 11:20; patient's own drugs (POD); community pharmacy [[LOCATION|geo:Hove Pharmacy]] - confirmed weekly blister pack.
Drug | GP list | POD | Pt states | Action
Levothyroxine 100mcg od | Y | Y | Y | continue
Warfarin per INR (target 2.5) | Y | Y | "Tuesdays 3mg, rest 4mg" | INR 4.1 today -> withhold, r/v
Sertraline 50mg od | Y | N | stopped herself in Jan | discuss with team
Alendronic acid 70mg weekly (Sun) | Y | Y | Y | continue
Allergies: penicillin (anaphylaxis 1998).
Pharmacist: [[PERSON|name:Tunde Okonjo]], GPhC [[ID|license:2079144]]""",
    """ODT DOSING RECORD - [[LOCATION|geo:Nicholson St Pharmacy Footscray]]
Client: [[PERSON|name:Brodie Kettle]]   ODT permit [[ID|other:VIC-PP-0448172]]
Prescriber: AOD clinic GP
ID check: photo on file [[ID|photo:odt_KETTLE_B_photo_2023.jpg]]; fingerprint template [[ID|biometric:FPT-3C91-77A0-B2E4]]
Date       | Drug                          | Dose  | TA | Pharm | Sig
[[DATE|date:Mon 11/03]]  | Biodone (methadone 5mg/mL)    | 85 mg | 0  | KL    | yes
[[DATE|date:Wed 13/03]]  | -- missed --                  |       |    |       | prescriber notified 1530
Thu        | Biodone (not intoxicated, dosed) | 85 mg | 0 | RB | yes""",
    """E-Rezept Abgabedatensatz (Auszug) - [[LOCATION|geo:Agnes-Apotheke]]
Rezept-ID: [[ID|other:160.000.100.392.817.44]]
Versicherte: [[PERSON|name:Schulte-Wieking, Ingeborg]], KVNR [[ID|health_plan:T704551823]]
Kostenträger: BARMER, IK 104940005
Verordnender Arzt: Dr. med. [[PERSON|name:Tobias Rehnquist]], LANR [[ID|license:719204601]]
PZN 08847264  Ramipril 5 mg  N3  100 St.
PZN 04884568  Bisoprolol 2,5 mg  N2  50 St.
Zuzahlung 10,00 EUR
Hinweis: Pat. holt nicht selbst ab - Tochter mit Vollmacht; Botendienst an [[ADDRESS|geo:Neusser Str. 412, 50733 Köln]].""",
    """MED RECONCILIATION - ADMISSION   [[LOCATION|geo:Intermountain Medical Center]], UT
Pt: [[PERSON|name:Christensen, Brynn]]   [[AGE|other:29]] F   MRN [[ID|mrn:IH77209184]]
Home pharmacy: [[LOCATION|geo:Smith's Pharmacy]] in [[LOCATION|geo:Sandy]]
T1DM on Tandem t:slim X2 pump, serial [[DEVICE|device:1128407]], Dexcom G7. Basal TDD 18.4 u/day; ICR 1:9; ISF 1:40; target 110. Pt to self-manage pump per policy (competent) - endo consult placed.
Humalog (in pump) - verified against pump history
Sertraline 100 mg daily - verified w/ pharmacy fill last month
Levonorgestrel IUD (placed 2021) - no action
Allergies: sulfa (hives)
Verified by PharmD, ext 5-3381""",
    """DISPENSACIÓN - receta electrónica - [[LOCATION|geo:Farmacia Carmen Ortiz]], [[ADDRESS|geo:Calle de Alcalá 221, 28028 Madrid]]
Paciente: [[PERSON|name:Alejandro Fernández Ruiz]]   DNI [[ID|ssn:43083392E]]
Fecha dispensación: [[DATE|date:19/02/2024]]
- Sintrom 4 mg 20 comp (CN 654475)
- Adiro 100 mg 30 comp (CN 712729)
Aportación TSI 002, 10 %.
Observaciones: INR previo: 2,8. Próxima dispensación a partir de 4 días antes.
Farmacéutica: [[PERSON|name:Carmen Ortiz]], col. [[ID|license:28-14471]]""",
    """DISCHARGE MEDICATION RECORD - [[LOCATION|geo:Gold Coast University Hospital]] Pharmacy
Pt: [[PERSON|name:Kahurangi Te Rangi]]   IHI [[ID|health_plan:8003603851640046]]
eScripts sent by SMS to mobile on file:
 1. apixaban 5mg BD - [[URL|url:https://ausscripts.erx.com.au/scripts/2KQ7M9ZB8T1VXHD4NC]]
 2. metoprolol 47.5mg CR mane - [[URL|url:https://ausscripts.erx.com.au/scripts/3RXW2F6P4JHQ8LMT0A]]
Counselled patient + partner. Webster pak arranged with [[LOCATION|geo:TerryWhite Chemmart Southport]].
Pharmacist AHPRA [[ID|license:PHA0001998432]]""",
    """[[LOCATION|geo:McCabes Pharmacy Dún Laoghaire]] - dispensing label
Ms [[PERSON|name:Aoibheann Kearney]]
[[ADDRESS|geo:Apt 6, Harbour Court, Marine Road, Dún Laoghaire, Co. Dublin A96 K2N7]]
GMS No. [[ID|health_plan:0883126K]]   Rx [[ID|other:DL-448190]]   [[DATE|date:29/01/2024]]
CITALOPRAM 20MG TABS x28 - Take ONE tablet daily.
Prescriber: Dr [[PERSON|name:Enda Corrigan]], MCRN [[ID|license:403318]]
Next collection due in 28 days. Batch 3L882A exp 10/2026.""",
    """[[LOCATION|geo:Pharmacie du Vieux-Port]] - [[ADDRESS|geo:12 quai du Port, 13002 Marseille]] - Fax [[PHONE|fax:04 91 90 33 19]]
Ordonnance délivrée le [[DATE|date:12/03/2024]]
Patiente : Mme [[PERSON|name:Rachida Haddad-Lemoine]], NIR [[ID|ssn:2 39 06 13 055 208 47]]
Prescripteur : Dr [[PERSON|name:Vincent Albertini]], RPPS [[ID|license:10003827614]]
Produits : Lévothyrox 75 µg (CIP 3400930003418), Kardégic 75 mg, Doliprane 1000 mg. Lot 4B221, exp. 09/2026.
Tiers payant AMO + AMC.""",
]

TELEHEALTH_CONSULTS = [
    """TELEHEALTH CONSULT - video (healthdirect Video Call)
Clinic waiting area: [[URL|url:https://vcc.healthdirect.org.au/blacktown-sleep-clinic]]
Date: [[DATE|date:Wednesday 6 March 2024]] 10:30-10:52 AEDT
Clinician: sleep physician, [[LOCATION|geo:Blacktown Hospital]] Sleep Clinic
Patient: [[PERSON|name:Gemma Ruhl]]   F   joined from home in [[LOCATION|geo:Orange]]
Identity confirmed: name, DOB, address.
S: CPAP 3/12, using 6.1 h/night (AHI 2.3, 95th leak 18 L/min). ESS 14 -> 6.
A/P: continue auto-PAP 6-14 cmH2O. Holds HR licence [[ID|license:28716640]] - fitness-to-drive form completed (OSA treated, compliant).
Video review 6/12. Pt email [[EMAIL|email:gemma.ruhl@bigpond.com]]""",
    """TELEPSYCHIATRY NOTE (synchronous audio-video, POS 10, modifier 95)
Platform: Zoom for Healthcare   Meeting ID: [[ID|other:814 2290 4471]]
Pt location: home, [[ADDRESS|geo:5521 N Kenmore Ave #3, Chicago, IL 60640]] (verified for emergency dispatch); provider in office.
Pt: [[PERSON|name:Abernathy, Quinn]] (they/them)   [[AGE|other:26]]
Emergency contact: sibling (on file)
CC: med f/u ADHD + GAD. Adderall XR 20 mg qAM; ILPMP reviewed. Self-reported BP 122/78, HR 84. GAD-7 9.
Plan: continue; Rx e-prescribed to usual pharmacy.
Connection dropped x1 at 14:12, reconnected; session log client IP [[IP|ip:73.44.182.219]].
Time: 28 min.
[[PERSON|name:Deborah Feinstein-Ruiz]], MD""",
    """Video consultation - [[LOCATION|geo:Riverside Surgery]]
Invite link sent by SMS: [[URL|url:https://accurx.nhs.uk/v/riversidebarnstaple/Xk4P9qLm]]
Date/time: [[DATE|date:Fri 8 March 2024]] 09:10
Patient [[PERSON|name:Thomas Penhaligon]], NHS no [[ID|health_plan:430 592 6202]]
Photo uploaded before call: [[ID|photo:IMG_20240307_penhaligon_rash.jpg]]
Hx: 5/7 itchy annular rash R thigh, ?tinea vs erythema migrans - walked the dog on [[LOCATION|geo:Exmoor]] 2/52 ago, remembers a tick. No fever, no arthralgia.
Image: 7 cm annular erythema with central clearing.
Plan: EM clinical dx -> doxycycline 100mg BD 21/7, photosensitivity advice, safety netting. Works as a hospital porter.
Dr [[PERSON|name:A. Nwachukwu]]""",
    """Compte rendu de téléconsultation - [[DATE|date:lundi 15 avril 2024]], 18h40
Plateforme : Doctolib - salle : [[URL|url:https://www.doctolib.fr/visio/r/8d2f71c0-44ab-4f8e-9b17-6a0e91d3c245]]
Médecin : Dr [[PERSON|name:Hélène Marchetti]], médecin généraliste, RPPS [[ID|license:10002911831]]
Patient : M. [[PERSON|name:Théo Lambert-Nguyen]], NIR [[ID|ssn:1 92 10 33 063 187 06]]
Localisation du patient pendant l'appel : domicile.
Motif : lombalgie aiguë depuis 3 jours après un déménagement, EVA 6/10, pas de signe de gravité, pas de déficit.
Conduite : paracétamol 1 g x3/j, ibuprofène 400 mg x3/j pendant 5 jours ; arrêt de travail 3 jours (employeur informé).
Contact : [[EMAIL|email:theo.lambert.nguyen@laposte.net]]""",
    """VA VIDEO CONNECT - Primary Care (PACT) - [[LOCATION|geo:Fayetteville VA Medical Center]]
Veteran: [[PERSON|name:McAllister, Dwayne T.]]   SSN [[ID|ssn:239-29-7507]]
Location: home in [[LOCATION|geo:Spring Lake]], NC; spouse present with consent.
Identity verified by voice biometric (enrollment [[ID|biometric:VP-ENR-55A0-91C7]]).
Session: [[URL|url:https://care.va.gov/vvc-app/?name=McAllister&conference=VVC8817340@care.va.gov]]
S: HTN, PTSD (PCL-5 41), chronic L knee pain after IED blast. Home cuff avg 146/92.
P: amlodipine 5 -> 10 mg; MH referral placed; PT at main campus.
[[PERSON|name:Nkechi Obi-Walters]], FNP""",
    """PHONE CONSULT (MBS 91891) - [[LOCATION|geo:Sorell Family Practice]]
[[DATE|date:27/02/2024]] 15:05 - outbound call to [[PHONE|phone:03 6265 8810]] (landline). Patient [[PERSON|name:Deirdre Cotton]] confirmed DOB [[DATE|date:03/03/1940]] and Medicare [[ID|health_plan:3709 83394 1]].
Reason: INR 3.9 yesterday; warfarin 5mg -> 4mg Mon/Wed/Fri, 5mg other days; recheck in 1/52 at usual collection centre.
Hearing impaired - spoke with husband on speaker, pt consented.
Also discussed Shingrix - eligible under NIP.
Dr [[PERSON|name:Y. Ben-Ami]]""",
    """Videosprechstunde (EBM 01450) - [[LOCATION|geo:Hautarztpraxis Dr. Wendt]]
Anbieter: RED connect; IP Patientin [[IP|ip:2a02:908:1c2:5e40:8d1b:3f0a:19c4:22e7]]
Datum [[DATE|date:29.01.2024]], 11:15
Patientin: Frau [[PERSON|name:Lea Sommerfeld]], KVNR [[ID|health_plan:A529384711]]
Hochgeladene Fotos: [[ID|photo:sommerfeld_lea_ekzem_01.jpg]], [[ID|photo:sommerfeld_lea_ekzem_02.jpg]]
Befund: atopisches Ekzem Ellenbeugen bds., SCORAD 38.
Therapie: Mometason Creme 1x tgl. für 2 Wo., dann proaktiv 2x/Woche; Dupilumab erwägen.
Rückfragen über das Praxis-Postfach.""",
    """TELESTROKE CONSULT - hub [[LOCATION|geo:Renown Regional Medical Center]] <-> spoke [[LOCATION|geo:Banner Churchill Community Hospital]], NV
Cart S/N [[DEVICE|device:IT4-20331907]]; cart IP [[IP|ip:10.48.12.207]]
Call 03:11; LKW 01:30 per wife.
Pt: [[PERSON|name:Ybarra, Ernesto]] M, MRN (spoke) [[ID|mrn:BCH-0092281]]
NIHSS 14 (R face 2, R arm 4, R leg 3, aphasia 2, dysarthria 1, neglect 2). CTA: L M1 occlusion. ASPECTS 9.
Plan: TNK 0.25 mg/kg (84 kg -> 21 mg) pushed 03:29. Transfer for EVT by Care Flight to hub.
Consultant: [[PERSON|name:Sven Aaltonen]], MD""",
    """Specialist Telehealth - Endocrinology (video, MS Teams)
Meeting link: [[URL|url:https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ3MmQ4ZjEtYjU2Zi00%40thread.v2/0?context=ASH-endo-0213]]
Date: [[DATE|date:13/02/2024]]
Specialist: Dr [[PERSON|name:Elspeth Grieve]] ([[LOCATION|geo:Alice Springs Hospital]])
Patient end: clinic in [[LOCATION|geo:Tennant Creek]], AHP facilitating.
Patient: [[PERSON|name:Lorraine Napanangka Brown]] F
T2DM, HbA1c 11.2%, ACR 48, eGFR 61. Start semaglutide 0.25 mg weekly, titrate 4-weekly.
Retinal camera image reviewed: [[ID|photo:TC_Brown_L_retina_20240213.png]] - mild NPDR.""",
    """Beeldbelconsult - [[LOCATION|geo:Huisartsenpraktijk De Pijp]]
Datum: [[DATE|date:do 4 april 2024]], 10:20
Patiënt: [[PERSON|name:Daan Verhoeven]], BSN [[ID|ssn:715743910]]
Eenmalige link: [[URL|url:https://beeldbellen.depijp-huisartsen.nl/join/7Q4-PK2-XM9]]   inlog-IP [[IP|ip:145.132.48.77]]
Klacht: sinds 2 weken hoesten, geen koorts, saturatie 98% (eigen meter). Advies: afwachten; bij dyspnoe terugbellen.
Contact: [[EMAIL|email:d.verhoeven83@ziggo.nl]]
Behandelaar: huisarts""",
]

BILLING_EXPORTS = [
    """ST*837*0417*005010X222A1~
NM1*IL*1*[[PERSON|name:PATEL]]*[[PERSON|name:RAVI]]*K***MI*[[ID|health_plan:XOF884710294]]~
N3*[[ADDRESS|geo:912 W ARMITAGE AVE]]~
N4*[[LOCATION|geo:CHICAGO]]*IL*[[LOCATION|geo:606142207]]~
DMG*D8*[[DATE|date:19810519]]*M~
CLM*[[ID|account:PTACCT448201]]*250***11:B:1*Y*A*Y*Y~
HI*ABK:M5416~
LX*1~
SV1*HC:99214:25*180*UN*1***1~
LX*2~
SV1*HC:20610*70*UN*1***1~
SE*15*0417~""",
    """service_date,patient_name,medicare_no,irn,item,fee,benefit,provider_no,referrer_no
[[DATE|date:2024-03-19]],"[[PERSON|name:WILLIAMS, Tayla]]",[[ID|health_plan:2239716487]],2,23,42.85,42.85,[[ID|license:801340CT]],
[[DATE|date:2024-03-19]],"[[PERSON|name:O'ROURKE, Patrick]]",[[ID|health_plan:3957608002]],3,11700,37.55,37.55,[[ID|license:690996FL]],
# batch 0319, 2 services, total benefit 80.40""",
    """[[LOCATION|geo:Spire Manchester Hospital]] - INVOICE
Invoice No. [[ID|account:INV-2024-118934]]
Bill to: Mr [[PERSON|name:Jonathan Ashdown-Pryce]]
[[ADDRESS|geo:The Old Rectory, Church Lane]]
[[ADDRESS|geo:Prestbury, Macclesfield SK10 4DG]]
Insurer: Bupa, membership [[ID|health_plan:84471902 01]]
Procedure: knee arthroscopy + partial meniscectomy (CCSD W8200); consultant orthopaedic surgeon (GMC [[ID|license:4417263]])
Theatre fee                 GBP 1,840.00
Day-case accommodation      GBP   395.00
Less insurer                GBP 1,985.00
Excess payable by patient   GBP   250.00
Overpayment of GBP 40.00 refunded to patient's account [[ID|account:GB96NWBK60161375610824]]""",
    """PRIVATLIQUIDATION nach GOÄ - Rechnungs-Nr. [[ID|account:2024-03-0871]]
Dr. med. [[PERSON|name:Friederike Oldenburg]], Fachärztin für Innere Medizin
Patient: Herr [[PERSON|name:Konstantin Rauscher]], geb. [[DATE|date:30.06.1966]], [[ADDRESS|geo:Lindemannstraße 9, 40237 Düsseldorf]]
Datum      | GOÄ-Nr | Leistung                      | Faktor | Betrag
[[DATE|date:12.02.2024]] | 1      | Beratung                      | 2,3    | 10,72 EUR
  "        | 5      | Symptombezogene Untersuchung  | 2,3    | 10,72 EUR
  "        | 410    | Sonographie Oberbauch         | 1,8    | 21,98 EUR
Diagnose: Steatosis hepatis (K76.0)
Gesamtbetrag 43,42 EUR, fällig binnen 30 Tagen. Einzug per SEPA-Lastschrift vom Konto des Patienten IBAN [[ID|account:DE43370400443702658066]].""",
    """CLP*[[ID|account:CHS-55102-A]]*1*325*198.40*25*12**11*1~
NM1*QC*1*[[PERSON|name:DUBOIS]]*[[PERSON|name:AMARA]]****MI*[[ID|health_plan:W284470193]]~
DTM*232*[[DATE|date:20240301]]~
SVC*HC:99393*325*198.40**1~
CAS*PR*3*25~
CAS*CO*45*101.60~
-- remittance note: patient [[PERSON|name:Amara Dubois]] ([[AGE|other:8]]), guarantor mother at [[ADDRESS|geo:48 Rutledge Ave, Charleston, SC 29401]]; copay $25.00 due from guarantor""",
    """CTP CLAIM - Personal Injury Claim Form (extract)
Injured person: [[PERSON|name:Rhys Kalogeropoulos]]   [[ADDRESS|geo:3/41 Station St, Penrith NSW 2750]]
Accident: approx 17:40, rear-ended at lights
Vehicle at fault: rego [[VEHICLE|vehicle:CX 84 NP]], VIN [[VEHICLE|vehicle:6FPAAAJG4MC560190]]
Claimant's vehicle: rego [[VEHICLE|vehicle:EYT 29K]]
Treating doctor: ED then GP
Injuries: whiplash-associated disorder grade II; L scaphoid #.
Employer: licensed club (bar attendant)
Weekly payments to BSB [[ID|account:062-614]] acct [[ID|account:1049 2281]]; TFN declaration on file [[ID|ssn:469 403 146]]""",
    """Lot FSE n° 417 - télétransmission
Professionnelle : [[PERSON|name:Nathalie Rousseau-Brunel]], masseur-kinésithérapeute, RPPS [[ID|license:10104579205]]
Assuré : [[PERSON|name:PERRIN Jean-Luc]], NIR [[ID|ssn:1 48 03 75 113 042 46]]
Bénéficiaire : [[PERSON|name:PERRIN Lucie]] (ayant droit, mineure)
Séances AMK 7.5 x 10 : du [[DATE|date:04/03]] au 29/03 (10 actes)
Montant 161,30 EUR ; part AMO 96,78 EUR ; AMC (mutuelle) 64,52 EUR
Remboursement par virement : IBAN [[ID|account:FR0230004008208211843745712]]""",
    """DECLARATIEOVERZICHT - zorgverzekeraar
Verzekerde: mw. [[PERSON|name:S.A. Kramer-de Groot]]   BSN [[ID|ssn:756806227]]
Adres: [[ADDRESS|geo:Herengracht 401-H]]
       [[ADDRESS|geo:1017 BP Amsterdam]]
Behandeldatum | Zorgaanbieder              | Prestatie          | Bedrag      | Eigen risico
[[DATE|date:14-02-2024]]    | fysiotherapeut             | 1000 zitting       | EUR 38,50   | EUR 38,50
[[DATE|date:22-02-2024]]    | [[LOCATION|geo:OLVG]] (DBC 990017044)       | polikliniek        | EUR 1.244,00 | EUR 346,50
Uitbetaling op rekening [[ID|account:NL57INGB9504813654]]""",
    """CMS-1500 (02/12) - field extract - auto PIP claim
1a INSURED'S ID: [[ID|health_plan:PIP-4410928817]]
2  PATIENT NAME: [[PERSON|name:KOWALCZYK, DANUTA]]
3  SEX F
5  ADDRESS: [[ADDRESS|geo:2918 CANIFF ST]]   CITY: [[LOCATION|geo:HAMTRAMCK]]   ST: MI   ZIP: [[LOCATION|geo:48212]]
10b AUTO ACCIDENT? YES   PLACE: MI
19 ADDL CLAIM INFO: VIN [[VEHICLE|vehicle:1FTFW1E55RK129644]] / MI PLATE [[VEHICLE|vehicle:EKL 4419]]
21 ICD: S13.4XXA, S33.5XXA
24 CPT 97110 x3, 97140 x2   CHARGES 385.00
33 BILLING NPI [[ID|license:1356481550]]""",
    """FATTURA n. [[ID|account:FT-2024/000318]] del [[DATE|date:26/03/2024]]
[[LOCATION|geo:Poliambulatorio Città Studi]]
Intestataria: [[PERSON|name:Giuseppina Rossi]], C.F. [[ID|ssn:RSSGPP52T48F205H]], [[ADDRESS|geo:Corso Buenos Aires 54, 20124 Milano]]
Prestazione: visita cardiologica + ECG - EUR 150,00 (esente IVA art. 10) - bollo EUR 2,00
Medico: Dott. [[PERSON|name:Paolo Ferraris]]
Dati trasmessi al Sistema TS (opposizione: NO).
Rimborso polizza integrativa: accredito su IBAN [[ID|account:IT41X0542811101609097302233]]""",
]

DEVICE_TELEMETRY = [
    """CareLink Personal - upload log
[[DATE|date:2024-03-11T07:42:18+10:00]] INFO upload start patient="[[PERSON|name:Kavindi Balasuriya]]" clinic="YA-DIAB"
device=MiniMed 780G model=MMT-1886 sn=[[DEVICE|device:NG2918334H]] fw=8.3B
cgm=Guardian 4
uploader host=[[PERSON|name:KAVINDI]]-LAPTOP ip=[[IP|ip:120.156.44.81]] mac=[[DEVICE|device:3C:22:FB:9A:10:4E]]
range 14d records=4012
SmartGuard 94%, TIR 71%, TBR<3.9 3.1%, GMI 7.1%, mean SG 8.6 mmol/L, TDD 41.2 U, basal 45% / bolus 55%, AIT 2:30
07:42:41 INFO report shared with [[EMAIL|email:ya.diabetes@mater.org.au]]""",
    """Index,Timestamp (YYYY-MM-DDThh:mm:ss),Event Type,Event Subtype,Patient Info,Device Info,Source Device ID,Glucose Value (mg/dL),Transmitter ID
1,,FirstName,,[[PERSON|name:Rosalind]],,,,
2,,LastName,,[[PERSON|name:Achterberg]],,,,
3,,DateOfBirth,,[[DATE|date:1975-12-02]],,,,
4,,Device,,,G7 Receiver,[[DEVICE|device:PL29187730]],,
5,[[DATE|date:2024-01-15T00:04:51]],EGV,,,,Android G7,112,[[DEVICE|device:8K2Q7A]]
# exported by clinic share code for [[LOCATION|geo:OHSU Harold Schnitzer Diabetes Health Center]]""",
    """LATITUDE NXT - Alert Report
Clinic: [[LOCATION|geo:Baylor Scott & White Heart Hospital Plano]]
Patient: [[PERSON|name:Okonjo-Adebayo, Funmilayo]]
Device: RESONATE X4 CRT-D G447, SN [[DEVICE|device:447281933]]
Communicator: WAVE 6290, SN [[DEVICE|device:6290-118477]], cellular adapter IMEI [[DEVICE|device:353288110472937]]
Last contact 02:14 CST
ALERT (RED): VF episode [[DATE|date:03/08/2024]] 23:47 - 7.2 s, 41 J shock delivered, converted to sinus.
HeartLogic index 18 (threshold 16), rising. RV pacing 98%. Battery 6.5 yr.
Action: called [[PHONE|phone:(972) 608-4421]], spoke with husband; no syncope. Driving restriction discussed.
RN, device clinic""",
    """Alaris Systems Manager - event export - ward D8
timestamp,module_sn,ch,event,drug,rate,pcu_ip,patient_id,user
[[DATE|date:2024-02-14 03:12:07]],[[DEVICE|device:8015-1190442]],A,INFUSION_START,Heparin 1000 units/mL,1.2 mL/h,[[IP|ip:10.212.44.19]],[[ID|mrn:A1122834]],
[[DATE|date:2024-02-14 03:40:55]],[[DEVICE|device:8015-1190442]],A,ALARM_OCCLUSION_DOWNSTREAM,Heparin 1000 units/mL,1.2 mL/h,[[IP|ip:10.212.44.19]],[[ID|mrn:A1122834]],
-- guardrails data set v14.2, profile ADULT-ICU""",
    r"""MSH|^~\&|IntelliVue|[[LOCATION|geo:SVHM]]^ICU|HIS|EMR|[[DATE|date:20240307143000]]||ORU^R01|MSG000187|P|2.6
PID|1||[[ID|mrn:0778120]]^^^UR^MR||[[PERSON|name:PAPADOPOULOS^KATERINA^M]]||[[DATE|date:19580922]]|F|||[[ADDRESS|geo:12 Napier St^^Fitzroy^VIC^3065]]
PV1|1|I|ICU^07^^ICU||||
OBX|1|NM|150456^MDC_PULS_OXIM_SAT_O2^MDC||96|%|||||F|||[[DATE|date:20240307142955]]||||[[DEVICE|device:DE84019772]]
OBX|2|NM|147842^MDC_ECG_HEART_RATE^MDC||88|/min|||||F
OBX|3|NM|150021^MDC_PRESS_BLD_ART_SYS^MDC||104|mm[Hg]|90-140||||F""",
    """AirView - Compliance Report
Patient: [[PERSON|name:Murray Tjandra]]
Device: AirSense 11 AutoSet, SN [[DEVICE|device:23241788910]], modem IMEI [[DEVICE|device:861427055188307]]
Provider: [[LOCATION|geo:CPAP Direct Charlestown]]; referring sleep physician
Period [[DATE|date:01/02/2024]] - [[DATE|date:29/02/2024]]: days >= 4h 27/29 (93%), avg use 6h 41m, AHI 1.8, median leak 4.2 L/min, 95th pressure 11.6 cmH2O.
myAir account: [[EMAIL|email:murray.tj@iinet.net.au]]
Purpose: heavy vehicle fitness to drive (B-double), NSW licence [[ID|license:21984401]]""",
    """PERS event log - monitoring centre
Subscriber: [[PERSON|name:Bridget Keogh]] ([[AGE|date:93]])   DD IBAN [[ID|account:IE22AIBK93115267473135]]
Address: [[ADDRESS|geo:7 Tullow Road, Carlow R93 E2K6]]
Base unit; pendant + fall detector paired
[[DATE|date:17/03/2024]] 02:41:12 FALL DETECTED (auto) - speech link opened - no response
02:41:50 call to responder 1 (son) [[PHONE|phone:087 228 4410]] - answered, attending (10 min)
02:44:03 ambulance requested
03:02:37 son on scene, subscriber on floor, conscious
03:31:10 ambulance on scene, conveyed to [[LOCATION|geo:St Luke's General Hospital]]""",
    """LibreView - registro sincronizzazioni
Utente: [[PERSON|name:Francesca Esposito]] - [[EMAIL|email:f.esposito1991@libero.it]] - centro: [[LOCATION|geo:Ospedale Cardarelli]] (Diabetologia)
Sensore FreeStyle Libre 3 - n. serie [[DEVICE|device:0M0008X4J7K]], avviato [[DATE|date:03/03/2024]] 21:10 (lotto 3K41729, scad. 2025-01)
Telefono: Pixel 7, Android ID [[DEVICE|device:9f3c27a1b04d5e88]], IP ultima sincronizzazione [[IP|ip:151.38.117.204]]
[[DATE|date:2024-03-09 06:15]] sync ok, 96 letture - glicemia media 142 mg/dL, TIR 74%, GMI 6,7%
14:02 allarme glucosio basso 58 mg/dL
Condiviso con: diabetologo di riferimento""",
    """LINQ II ICM - remote transmission
Patient: [[PERSON|name:Hollister, Grace Y.]]   ID [[ID|mrn:VUMC-0048811]]   Clinic: [[LOCATION|geo:Vanderbilt Heart]]
Device: LNQ22, SN [[DEVICE|device:RLB604433G]], implanted [[DATE|date:11/02/2023]]
Relay app instance [[DEVICE|device:6E1B4A02-77C3-4D9F-9A81-F2C0D5E13B47]]
Transmission [[DATE|date:Mar 4 2024]] 06:02 CST (scheduled)
Episodes: AF x3 (longest 4h 12m, onset Sat 21:40), pause 0, brady 0. AF burden 2.1%.
Patient-activated x1 ("fluttering") while at work in the [[LOCATION|geo:Belmont University]] library.
Battery OK. Reviewed by device RN; routed to EP.""",
    """Heimbeatmung - Fernüberwachung (Trilogy Evo)
Zentrum: [[LOCATION|geo:Universitätsklinikum Freiburg]], Heimbeatmungsambulanz
Patient: [[PERSON|name:Jonas Albrecht]] ([[AGE|other:17]] J.), DMD
Gerät SN [[DEVICE|device:TV022104288]]; WLAN-MAC [[DEVICE|device:a4:5e:60:c1:3b:09]]; Modem-IP [[IP|ip:100.72.19.4]]
[[DATE|date:2024-02-02 22:00]] bis 07:10: Nutzung 9,2 h; AVAPS-AE, IPAP 14-22, EPAP 6; Leckage 38 L/min; AHI 3,1; SpO2 mittel 95 %.
03:14 Alarm Diskonnektion, Pflegedienst reagiert nach 40 s.
Mutter [[PHONE|phone:0761 4482 190]]""",
]

RESEARCH_CONSENTS = [
    """PARTICIPANT ENROLMENT LOG - STAR-HF trial (HREC/2023/QMS/98211, protocol v3.1 dated 12/10/2023)
Site: [[LOCATION|geo:The Prince Charles Hospital]]
Participant ID: [[ID|other:STARHF-07-0143]]
Name: [[PERSON|name:Desmond Achebe]]   DOB [[DATE|date:19/04/1957]]
Consent signed [[DATE|date:07/02/2024]] 10:15. Witness: research nurse. Consent taken by site PI.
Clinic check-in palm-vein enrolment: [[ID|biometric:PV-TPCH-118204]]
Optional: biobank Y; future contact Y via [[EMAIL|email:des.achebe57@gmail.com]]; linkage to MBS/PBS data Y.
Randomised 2 days later, allocation concealed.
Eligibility: LVEF 32%, NT-proBNP 2,180 pg/mL, eGFR 48.""",
    """VOICE BIOMARKERS IN PARKINSON'S DISEASE (VBPD) - IRB #2023-0917
Site: [[LOCATION|geo:Emory Brain Health Center]]
Participant: [[PERSON|name:Harold Levinson]]   Study ID [[ID|other:VBPD-A-0088]]
Consent [[DATE|date:01/30/2024]]; LAR: wife (cosigned).
Voiceprint template [[ID|biometric:VPT-88A1-0C4D-E9F2]] generated from the sustained /a/ task.
Finger-tapping video: [[ID|photo:VBPD-A-0088_levinson_fingertap.mp4]]
MDS-UPDRS III 28; Hoehn & Yahr 2; MoCA 26.
Compensation: $50 gift card mailed to [[ADDRESS|geo:1140 Briarcliff Rd NE, Atlanta, GA 30306]]
Coordinator: study line""",
    """TISSUE BANK DONOR CONSENT - [[LOCATION|geo:St Thomas' Hospital]]
Donor: [[PERSON|name:Olivia Mensah-Carter]]   NHS [[ID|health_plan:817 113 5838]]
Accession: [[ID|other:TB-24-01873]] (FFPE block x3; serum x4 aliquots, freezer rack C-14)
Consent form v5.0 signed [[DATE|date:18/01/2024]]; withdrawal contact [[EMAIL|email:o.mensahcarter@icloud.com]]
Clinical photographs for research: consented - [[ID|photo:MENSAH-CARTER_O_breast_pre-op_01.tif]]
Genomic sequencing: consented; return of incidental findings: declined.
Taken by: research registrar
Specimen labels printed (lot of tubes 22L0917)""",
    """Einwilligungserklärung - Kohortenstudie GESUND-NORD, Studienzentrum [[LOCATION|geo:Kiel]]
Teilnehmer-Pseudonym: [[ID|other:GN-KI-04471-X]]
Name: [[PERSON|name:Hannelore Petersen]], geb. [[DATE|date:11.11.1955]], [[ADDRESS|geo:Holtenauer Str. 180, 24105 Kiel]]
MRT Ganzkörper: ja. 3D-Gesichtsscan für Altersforschung: ja - Template [[ID|biometric:FACE3D-7731-19AC]]
Fingerabdruck zur Identitätsprüfung am Terminal: nein.
Rückmeldung auffälliger Befunde an Hausarzt: Hausarztpraxis laut Stammdaten
Unterschrift Teilnehmerin / Datum: [[DATE|date:05.03.2024]]
Aufklärende Person: Studienärztin""",
    """HOJA DE CONSENTIMIENTO INFORMADO - Estudio COHORTE DIETA-MED
Centro: [[LOCATION|geo:Hospital Universitario Virgen del Rocío]]
Código de participante: [[ID|other:CDM-SEV-0219]]
Nombre: [[PERSON|name:Rocío Jiménez Bermúdez]]   NUSS [[ID|ssn:41 10293847 36]]
Fecha de nacimiento: [[DATE|date:22/08/1962]]
Muestra de sangre para ADN: Sí. Retinografía: Sí - [[ID|photo:CDM-SEV-0219_retina_OD.jpg]]
Firma del investigador   Fecha: [[DATE|date:11 de enero de 2024]]""",
    """REDCap e-Consent Framework - audit footer
Project: [[LOCATION|geo:UCSF]] ALS Natural History (PID 18442)
Participant: [[PERSON|name:Marisol Quintanilla-Beck]]
Survey link: [[URL|url:https://redcap.ucsf.edu/surveys/?s=KJ8RH3WNPA]]
e-Consent certified [[DATE|date:2024-02-20 19:41:07]] from IP [[IP|ip:98.207.61.142]], Safari 17.2 / iPad
Identity check: selfie face-match template [[ID|biometric:FM-1193-A4C0]]
Signature image: [[ID|photo:signature_quintanilla_1193.png]]
Coordinator countersigned next day.""",
    """Research consent record - Healthy Feet diabetic foot study - [[LOCATION|geo:Broome]] site
Participant: [[PERSON|name:Shaquille Councillor]], M, ID [[ID|other:HF-BRM-031]]
Consent discussed in Kriol with community researcher; verbal consent + mark.
Plantar photographs: [[ID|photo:HF-BRM-031_plantar_L.jpg]] (+ R)
Pressure-mat gait signature [[ID|biometric:GAIT-HF-0931-B7]] (used to re-identify across visits)
Results returned to the [[LOCATION|geo:Bidyadanga]] clinic: yes. $40 voucher given.
Date [[DATE|date:20/03/2024]]""",
    """Toestemmingsformulier - cohortstudie, [[LOCATION|geo:UMCG]]
Deelnemersnummer: [[ID|other:LLG-2024-088413]]
Naam: [[PERSON|name:Hendrika Wiersma-Dijkstra]] (roepnaam [[PERSON|name:Riek]])
Geboortedatum: [[DATE|date:17 juli 1948]]   Woonplaats: [[LOCATION|geo:Winsum]]
Vingerafdruk voor toegang biobank: nee. Irisscan bij bezoek: ja - sjabloon [[ID|biometric:IRIS-NL-2C77E019]]
Handtekening deelnemer, datum: [[DATE|date:08-03-2024]]""",
    """Trial: ATTAIN-AF (EudraCT 2022-004118-27) - [[LOCATION|geo:HRB Clinical Research Facility Cork]]
Participant: [[PERSON|name:Eoghan Fitzgibbon]]   PPSN [[ID|ssn:7214598U]]   DOB [[DATE|date:29/02/1956]]
GP letter faxed to [[PHONE|fax:022 58 3321]] on [[DATE|date:12/03/2024]].
IMP bottles from lot K2231 dispensed (2 x 60 caps).
Wearable: Apple Watch ECG paired, serial [[DEVICE|device:GQ7KW2LRXJ]].
Next visit in 4 weeks.""",
    """ASSENT + PARENTAL PERMISSION - Pediatric Sickle Cell Hydroxyurea Registry
Site: [[LOCATION|geo:Children's of Alabama]]
Child: [[PERSON|name:Jaylen Whitaker]] ([[AGE|other:11]])   Registry ID [[ID|other:SCHR-AL-00571]]
Parent: [[PERSON|name:Monique Whitaker]] (mother), [[EMAIL|email:moniquew205@yahoo.com]]
Registry badge photo: [[ID|photo:whitaker_jaylen_badge.jpg]]
Assent obtained [[DATE|date:3/16/2024]] by study physician""",
]

AGED_CARE_RECORDS = [
    """[[LOCATION|geo:Arcare Craigieburn]] - Resident Progress Notes (export)
Resident: [[PERSON|name:Vera Lukić]]   Rm 23 (Banksia wing)   Age [[AGE|date:92]]   Medicare [[ID|health_plan:4527 49636 4]]
[[DATE|date:14/03/2024]] 0715 - found sitting on the floor beside bed, unwitnessed fall. No head strike per resident (unreliable - dementia). Neuro obs commenced, GCS 15. Skin tear L forearm 3 cm, STAR 2a, steri-stripped; photo [[ID|photo:LUKIC_V_skintear_140324.jpg]].
Daughter notified 0745 by phone. GP notified by fax [[PHONE|fax:(03) 9308 4412]].
Incident form lodged; not SIRS reportable.
EN on AM shift""",
    """[[LOCATION|geo:Sandgate Lodge Care Home]], [[LOCATION|geo:Folkestone]] - Daily Record
Resident: Mr [[PERSON|name:Albert Hithersay]]   Room 4   Age [[AGE|date:94]]   NHS [[ID|health_plan:529 991 6000]]
[[DATE|date:Sun 10 Mar]] - Day: [[PERSON|name:Albert]] ate 3/4 of his roast, fluids 1,150 ml. Walked to lounge with frame + 1 carer. Son visited 14:00-16:30; his car ([[VEHICLE|vehicle:GK19 XPE]]) parked in the ambulance bay again - asked him to use visitor spaces.
Night: settled, 2-hourly checks, pad changed x2. Waterlow 16. MUST 1.
Key worker: SCW on days""",
    """MEDICATION ADMINISTRATION RECORD - [[LOCATION|geo:Sunrise of Scottsdale]] (Assisted Living)
Resident: [[PERSON|name:Florence Kaminsky]] ("[[PERSON|name:Flo]]")   Apt 212   Age [[AGE|date:90]]
Physician office fax [[PHONE|fax:480-994-3129]]
Medicare MBI [[ID|health_plan:7QV2-MT4-KA61]]
| Med                    | 0800 | 1200 | 2000 |
| Donepezil 10 mg        |  -   |  -   | FK   |
| Metoprolol succ 25 mg  | FK   |  -   |  -   |
| Eliquis 2.5 mg BID     | FK   |  -   | HOLD (refused) |
Note [[DATE|date:3/21/24]]: [[PERSON|name:Flo]] refused evening Eliquis ("I'm not taking rat poison"). On-call NP and daughter notified by phone.""",
    """AGED CARE ASSESSMENT - Support Plan
MAC ID: [[ID|other:AC48117204]]
Client: [[PERSON|name:Ernest Thorogood]]   Age [[AGE|other:88]]
Address: [[ADDRESS|geo:41 Whitehill Rd, Eastern Heights QLD 4305]]
Carer: wife ([[AGE|date:91]]), own health declining.
Assessed [[DATE|date:05/03/2024]] at home by RN assessor, [[LOCATION|geo:Ipswich Hospital]] ACAT.
Findings: Parkinson's disease (H&Y 3), 2 falls in 3 months, MMSE 24/30, needs assistance to shower.
Recommendations: Home Care Package level 3; residential respite up to 63 days; preferred respite facility nearby.
GP: regular GP, copy sent""",
    """[[LOCATION|geo:Áras Mhuire Nursing Home]], [[LOCATION|geo:Ballina]], Co. [[LOCATION|geo:Mayo]] - care plan review
Resident: [[PERSON|name:Tomás Ó Gallchóir]]
Review [[DATE|date:4 March 2024]]
Nutrition: MUST 2, weight 52.4 kg (down 3.1 kg in 3 months); Fortisip BD; dietitian referral.
Hearing aids: L serial [[DEVICE|device:2218X0HK4]]; R aid labelled after it went missing in Feb (found in laundry).
NOK: niece, [[ADDRESS|geo:Knockmore, Ballina, Co. Mayo F26 P6X3]]
Photo ID for medication round: [[ID|photo:res_OGallchoir_T_2022.jpg]]""",
    """Pflegebericht - [[LOCATION|geo:Seniorenzentrum St. Josef]]
Bewohnerin: Frau [[PERSON|name:Anneliese Hofbauer]], [[AGE|date:94]] J., Zi. 118, Pflegegrad 4
[[DATE|date:10.03.2024]] Frühdienst: Bewohnerin verwirrter als sonst, Temp. 38,2 °C, Urin trüb. Hausarzt telefonisch informiert ([[PHONE|phone:0941 56 20 77]]); Urinstix Leukozyten +++, Nitrit pos. -> Fosfomycin 3 g einmalig.
Gesetzlicher Betreuer: Herr [[PERSON|name:Rüdiger Hofbauer]] (Neffe).
Zugang Wohnbereich per Gesichtserkennung: Bewohnerin nicht registriert; Neffe registriert, Template-ID [[ID|biometric:GZ-TPL-004471]].
Hz. MK""",
    """INCIDENT / ELOPEMENT ATTEMPT REPORT - [[LOCATION|geo:Laurel Health Care of Mount Vernon]]
Resident: [[PERSON|name:Cornelius Dabrowski]]   Room 118B   Age [[AGE|other:81]]
Date/time: [[DATE|date:02/07/2024]] 16:20
WanderGuard transmitter [[DEVICE|device:WG-4410-7719]] alarmed at east exit; resident found in the parking lot beside a visitor's car (OH plate [[VEHICLE|vehicle:JDM 4471]]) asking to be driven home to [[LOCATION|geo:Newark]].
Redirected by CNA. No injury. BIMS 7.
Notified: DON, attending, POA son [[PHONE|phone:740-397-5512]].
Care plan updated: 15-min checks x 72h.""",
    """Wound chart - [[LOCATION|geo:HammondCare Hammondville]]
Resident: [[PERSON|name:Kostas Georgiou]]   Room 7
Stage 3 PI sacrum 3.2 x 2.1 x 0.4 cm, slough 30%. Photo [[ID|photo:GEORGIOU_K_sacrum_wk6.jpg]] taken [[DATE|date:21/02/2024]].
Dressing: Aquacel Ag + Allevyn Life (lot 2307114), change every 3/7.
Behaviour: NPI-NH total 24 (agitation, aberrant motor behaviour).
Air mattress asset/serial [[DEVICE|device:PCA-0019932]].
Reviewed by wound CNC; goal healed in 6/52.
NOK: wife [[PERSON|name:Despina Georgiou]], lives in [[LOCATION|geo:Moorebank]].""",
    """EHPAD [[LOCATION|geo:Les Glycines]], [[LOCATION|geo:Annecy]] - Transmissions ciblées
Résidente : Mme [[PERSON|name:Simone Favre-Bulle]], [[AGE|date:98]] ans, ch. 14, NIR [[ID|ssn:2 25 05 74 011 043 70]]
[[DATE|date:18/03/2024]] 14h - Cible : chute. D : retrouvée au sol en salle à manger. A : relevée à 2 soignants, pas de douleur, constantes normales. R : pas de lésion.
Médecin coordonnateur prévenu. Fille prévenue au [[PHONE|phone:04 50 27 63 19]].
Bracelet anti-fugue n° [[DEVICE|device:AF-74-00821]].""",
    """Home Care Package - support worker visit notes
Client: [[PERSON|name:Wilfred Ngata]] ("[[PERSON|name:Wilf]]"), [[AGE|other:86]], [[ADDRESS|geo:9 Carrington St, Palmyra WA 6157]]
[[DATE|date:Thu 7/3/24]] 0900-1100: shopping escort to the plaza. Drove client's own car (rego [[VEHICLE|vehicle:1DFQ 884]]) with consent - client no longer drives.
Personal alarm pendant tested - OK.
Noted: bruise R shin, he says he bumped the trolley. Reported to coordinator.
Support worker: [[PERSON|name:Mahlet Tesfaye]] (independent contractor, ABN [[ID|ssn:83 006 832 990]])""",
]


def main() -> None:
    n = write_styled(
        OUT,
        [
            ("progress-note", PROGRESS_NOTES),
            ("discharge-summary", DISCHARGE_SUMMARIES),
            ("gp-referral-letter", REFERRAL_LETTERS),
            ("nursing-handover", NURSING_HANDOVERS),
            ("pharmacy-record", PHARMACY_RECORDS),
            ("telehealth-consult", TELEHEALTH_CONSULTS),
            ("billing-claims-export", BILLING_EXPORTS),
            ("device-telemetry-log", DEVICE_TELEMETRY),
            ("research-consent", RESEARCH_CONSENTS),
            ("aged-care-record", AGED_CARE_RECORDS),
        ],
    )
    print(f"probe56: {n} docs")


if __name__ == "__main__":
    main()
