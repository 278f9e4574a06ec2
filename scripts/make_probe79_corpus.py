"""Write the 79th hand-annotated redaction probe, 100 notes of one four-country hospital network's records.

Why: a de-identification audit of a network that spans the US, Australia, the UK, Ireland and
continental Europe sees the same person written ten ways: "PAPADOPOULOS, Eleni", "Bev", an HL7
"Smits^Johanna", a lowercase "dr hutchins". The identifiers sit among look-alikes that are just as
dense (MBS, CPT, GOÄ and PBS codes, NDC and lot numbers, ward and bed numbers, HREC and NCT
numbers, hotlines, times, money), and many are glued into CSV rows, JSON, HL7 segments, syslog
lines, file names and URLs, so a redactor cannot lean on whitespace, capitals or a single locale.

What: ten styles of ten notes. ward-progress: ward-round and cross-cover notes, copy-forward
artefacts (Melbourne, Phoenix, an English colorectal ward, Cork, Amsterdam, Alice Springs, Fife,
Boston, Cologne). discharge-summary: eDS, TTO letters, Arztbrief, compte rendu, AVS, maternity and
mental-health discharges. referral-letter: GP to specialist and back, fax covers, e-RS, Healthlink,
SCI Gateway and In Basket messages. nursing-shorthand: handover rows, SBAR, obs-chart comments and a
CSV obs chart, a Pflegebericht. pharmacy: medication reconciliation, controlled-drug dispensing,
aseptic compounding and cabinet override logs, GMS and EPS records, a JSON dispense event.
telehealth: video-consult notes, portal messages, SMS, platform session logs. billing: CMS-1500,
835 remittance, statements, collections letters, GOÄ invoice, CTP claim, CSV itemised bill.
device-telemetry: pump, pacemaker, loop recorder, CGM, CPAP and ventilator exports, an HL7 ORU,
JSON alerts and syslog. research-enrolment: screening and randomisation logs, consent records,
withdrawal emails, a biobank manifest. incident-safety: RiskMan, Datix, NIMS, IIMS, CIRS, security,
privacy, needlestick and missing-person reports. Locales: several US states, Victoria, New
South Wales, Queensland, the Northern Territory and Tasmania, England, Wales, Scotland, Northern Ireland, Ireland,
Germany, the Netherlands, Belgium, France, Italy and Sweden.

Conventions: titles and roles (Dr, Mr, Mrs, Fr., Sgt., Prof, Herrn, drs.) stay outside PERSON
spans; "SURNAME, Given", nicknames, lowercase names and HL7 name components are each marked; staff
initials alone (KL, TK, JM) are not. Hospitals, practices, pharmacies, care homes, named
workplaces, streets without a number, an intersection, GPS coordinates and an eircode standing
alone are LOCATION; a numbered street, unit or PO Box address runs as one ADDRESS span through its
postcode. Every date more specific than a year is a DATE, including "Fri 17/3", "03.", month+year,
HL7 and ISO timestamps (whole) and a syslog stamp; times alone are not. Patient ages below 90 are
AGE|other with their suffix ("74F", "4y 2m"); any age of 90 or over is AGE|date; relatives' ages
below 90 stay bare. Medicare card spans stop before the IRN. Hospital, NHS, CHI and H&C numbers
are mrn; SSN, TFN, PPSN, BSN, NIR, INSZ, personnummer, codice fiscale and Centrelink CRN are ssn;
prescriber, provider, AHPRA, GMC, MCRN, BIG, RIZIV, NPI, DEA and driving licence numbers are
license; claim, referral, incident, screening, study, kit, specimen and prescription numbers are
ID|other. Check-digit identifiers (Medicare, IHI, TFN, NHS, CHI, H&C, NPI, DEA, VIN, IBAN, IMEI,
BSN, NIR, INSZ, personnummer, PPSN, KVNR, codice fiscale, AU provider numbers) pass their checks.
Not marked: ICD, CPT, MBS, PBS, GOÄ, CCSD, NDC, LOINC and SNOMED codes, lot numbers, bed and ward
numbers, pagers and bleeps, HREC/NCT/ODS/EIN numbers, hotlines (000, 911, 988, 112, 999, 13 11 14,
1300 642 255, 1-800-662-4357), states and countries, insurers and agencies, drug names and
eponyms (Parkinson, Herriot as part of a marked hospital name only).

How: cd /work/main && .venv/bin/python scripts/make_probe79_corpus.py (writes corpus/redaction/probe79.jsonl).
"""

# ruff: noqa: RUF001

from pathlib import Path

from make_safe_harbor_suite import write_styled

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "corpus" / "redaction" / "probe79.jsonl"

WARD_PROGRESS = [
    """WARD 7 WEST - PROGRESS NOTE
[[DATE|date:14/03/2023]] 0745  Gen Med ward round (Cons Dr [[PERSON|name:Anand Raghunathan]], Reg EW, Int KL)
Pt: [[PERSON|name:PAPADOPOULOS, Eleni]]   UR [[ID|mrn:0749213]]   ([[AGE|other:74F]])   Bed 12
S: "didnt sleep, the man in bed 11 was calling out all nite". Nil CP. SOBOE improving - walked to nurses stn w/o stopping.
O: T 36.9 HR 88 reg BP 132/70 RR 18 SpO2 95% RA. JVP not raised. Fine bibasal creps L>R. Pitting oedema to mid-shin bilat.
   Wt 71.2kg (adm 74.9). FBE Hb 112 WCC 8.1 Plt 244. UEC Na 136 K 4.6 Cr 118 (baseline 95) eGFR 41. BNP 2150.
A: 1. Decompensated HFrEF (EF 30% on TTE [[DATE|date:11/3]]) - diuresing well, -3.7kg
   2. AKI on CKD 3b - prerenal ?overdiuresis vs cardiorenal
   3. T2DM - BSLs 6.1-11.4, HbA1c 8.2%
P: - frusemide 40mg IV BD -> 40mg PO BD from tmrw if Cr stable
   - fluid restrict 1.5L/day, daily wts, strict FBC
   - ?sacubitril/valsartan once renal fn settles, d/w cardiology reg (pg 4471)
   - dtr [[PERSON|name:Sophia]] updated by phone [[PHONE|phone:0412 558 903]], she is MTDM
   - EDD [[DATE|date:Fri 17/3]], home w/ HITH, GP letter to be faxed on d/c
[[PERSON|name:E Whitlock]] (HMO2) [[ID|license:MED0001873462]] pg 5520""",
    """[[DATE|date:6/2/24]] 22:15 RN paged re fall in bathroom Rm 418B. No head strike/LOC, CIWA 6, neuro intact, skin tear L forearm dressed. Wife (Mrs [[PERSON|name:Rosa Delgado]], cell [[PHONE|phone:(602) 555-0187]]) notified. Fall precautions, bed alarm on. -cross cover [[PERSON|name:T. Nakamura]] MD""",
    """Surgical Ward Round - Ward 23     [[DATE|date:Tues 9 Jan]] 08:10
Led by Mr [[PERSON|name:Fitzgerald-Hume]] (Cons colorectal), SpR + FY1 (JO)
NAME: [[PERSON|name:ABERNETHY, Colin James]]  NHS No: [[ID|mrn:853 731 3068]]
Day 3 post lap R hemicolectomy (adenoCa caecum, T3N0 on CT)
- passing flatus, no BO yet. Tolerating free fluids. PCA morphine used 14mg/24h
- obs: NEWS2 1 (RR 19). Abdo soft, apprpriately tender, wounds clean & dry. Drain 40ml serous -> remove.
- Bloods: CRP 142 (<- 188), Hb 121, WCC 11.3, K 3.4
Plan:
1. remove drain + catheter, TWOC
2. K+ replacement per protocol (Sando-K 2 tabs TDS x 2 days)
3. stop PCA, oral analgesia, mobilise w/ physio
4. ERAS pathway - aim d/c [[DATE|date:12/01/24]] if BO
5. wife [[PERSON|name:Maureen]] asked re driving - no driving 4/52; his Volvo ([[VEHICLE|vehicle:KX19 HWT]]) is in the multistorey, she'll collect
[[PERSON|name:J. Okafor]] FY1 GMC [[ID|license:7834219]] bleep 2217""",
    """[[DATE|date:03.05.2023]] 14:30 Medical Team (Prof [[PERSON|name:Ní Bhriain]]) - Bed 6
Re: [[PERSON|name:Tadhg Ó Súilleabháin]]  MRN [[ID|mrn:H0617724]]
CAP RLL, day 4 IV co-amoxiclav 1.2g TDS (clarith stopped d3, legionella Ag neg).
Afebrile 48h, CRP 212 -> 64. Sats 94% RA. CURB-65 now 1.
Pt keen to go home to [[LOCATION|geo:Ballyvourney]] - lives alone on farm, brother (78) nearby.
Plan: IV->PO co-amox 625 TDS to complete 7/7. Repeat CXR 6/52 via GP Dr [[PERSON|name:Máire Keohane]], [[LOCATION|geo:Macroom]] ([[PHONE|phone:026 41 882]]).
Medical card no. [[ID|health_plan:1427853M]] - checked, in date.
?PHN visit - referral sent to primary care centre.
Dr [[PERSON|name:C. Breathnach]] SHO  MCRN [[ID|license:421873]]""",
    """MICU PROGRESS NOTE - HD#6    [[DATE|date:2023-08-21]]
Patient: [[PERSON|name:Harlan Whitebear]]   MRN: [[ID|mrn:004471902]]   Age: [[AGE|other:58]] y/o
Interval: extubated 0900 to 4L NC. Off levo since 0300. Tmax 38.1.
Lines: R IJ CVC (placed HD#1), L radial art line - d/c today. Foley d/c.
Labs: lactate 1.4, Cr 1.6 (peak 2.9), WBC 14 -> 10.2, procal 0.8. BCx 2/2 E. coli pan-S.
A/P urosepsis c/b septic shock, AKI - improving
- ceftriaxone 2g q24h, day 7 of 10 (stop [[DATE|date:8/24]])
- PT/OT, advance diet, transfer to floor when bed avail
- SW: wife [[PERSON|name:Leona]] drove in from [[LOCATION|geo:Tuba City]], staying w/ cousin. Their pickup ([[VEHICLE|vehicle:AZ CMR4471]]) was ticketed in ED bay - security moved it to P3.
- Navajo interpreter requested for family mtg Thu 1400 w/ attending
- DVT ppx heparin 5000u SQ q8, PPI
Critical care time 35 min.
[[PERSON|name:Ruth Castellanos]], MD  NPI [[ID|license:1348999487]]""",
    """Voortgangsverslag / progress note - [[DATE|date:12-10-2022]]
Afd. Interne 5B, kamer 3
Pt. mevr. [[PERSON|name:J.W. van der Berg-Smit]] (pat.nr [[ID|mrn:7342119]], BSN [[ID|ssn:558397992]]), [[AGE|other:81]] jr
S/ Voelt zich beter. Less dyspnoea. Eetlust matig.
O/ RR 145/80, P 76 irr, sat 96%. Crepitaties basaal R. Enkeloedeem +.
   Lab: Hb 7.1 mmol/L, kreat 132, K 5.1, NT-proBNP 3400.
E/ AF w/ RVR - now rate controlled on metoprolol 50mg 2dd; CHA2DS2-VASc 5 -> start apixaban 2.5mg 2dd (dose red. age+Cr)
P/ - echo aangevraagd
   - dochter [[PERSON|name:Marieke]] gebeld, komt morgen
   - ontslag naar [[LOCATION|geo:Zorgcentrum De Buitenhof]] als plek vrij
[[PERSON|name:Sanne Hoekstra]], arts-assistent  BIG [[ID|license:19057682301]]""",
    """[[DATE|date:22/07/23]] 1100  GEN MED ([[LOCATION|geo:Alice Springs Hospital]])
Seen w/ ALO. Pt [[PERSON|name:Gloria Nampijinpa]], prefers "[[PERSON|name:Glo]]". HRN [[ID|mrn:A0389217]].
Day 2 IV benpen for ?ARF - migratory polyarthritis, CRP 98, ASOT 800, PR 220ms. Echo booked - ?RHD.
Aunty [[PERSON|name:Rosie]] here, wants to take her back to [[LOCATION|geo:Yuendumu]] for sorry business this week. Explained need for 48h more IV + echo.
D/w RHD Control Program & [[LOCATION|geo:Yuendumu Clinic]] RAN ([[PHONE|phone:08 8956 4031]]).
Plan: echo tmrw, then home w/ LAHA bicillin monthly via clinic. Medicare [[ID|health_plan:5685 79406 1]] 3 ok for bulk bill.""",
    """COTE ward round [[DATE|date:28/02/2024]] - ST5 reg
Mrs [[PERSON|name:Agnes McCall]], [[AGE|date:93]], CHI [[ID|mrn:0508301041]]
PC: fall at home ([[LOCATION|geo:Kirkcaldy]]) [[DATE|date:25/2]], long lie ~6h. CK 2400 -> 900. No #.
4AT 0. Clinical Frailty Scale 6.
Husband [[PERSON|name:Wullie]] ([[AGE|date:95]]) also frail, found her - couldnt lift her.
Plan: - stop IVI, oral intake ok
- PT/OT - stairs assessment, 14 steps to front door
- SW referral for POC x3; ?interim placement [[LOCATION|geo:Balfour Lodge Care Home]]
- son [[PERSON|name:Gordon]] (NOK, [[PHONE|phone:07841 226 093]]) prefers home w/ package
- ReSPECT form completed, not for CPR - d/w pt, she is clear.""",
    """***Copied forward from [[DATE|date:11/03/2023]] NP note***
Hospital Day #12. Pt is a [[AGE|other:67]]F (MRN [[ID|mrn:22109377]]) w/ hx EtOH cirrhosis (MELD-Na 24), HRS-AKI, admitted for SBP.
Interval: Pt seen and examined. No acute events overnight. Tolerating diet.
Interval: Pt seen and examined. No acute events overnight. Tolerating diet.
Exam: unchanged from prior.
[[DATE|date:11/04/2023]] UPDATE: para 6.2L today, albumin 25% 50g given. Cr 2.1 (2.4). Na 129.
-- transplant eval: hepatology following
-- sister [[PERSON|name:Denise Fitzpatrick-Kaur]] is HCP, lives in [[LOCATION|geo:Worcester]], cell [[PHONE|phone:508.555.0142]]
-- AUDIT-C 12; SW f/u for AA/rehab - pt reports last drink ~2 wks PTA""",
    """ID consult f/u [[DATE|date:7.3.24]]: Hr. [[PERSON|name:Kowalczyk]] (Fallnr. [[ID|other:40028813]], [[AGE|other:66]]J) - MRSA bacteraemia d14 dapto 8mg/kg, TEE neg, BK neg since [[DATE|date:24.02.]] PICC liegt; OPAT via HA Dr. [[PERSON|name:Hellmann]] in [[LOCATION|geo:Köln-Ehrenfeld]] bis 6 Wo.""",
]

DISCHARGE_SUMMARY = [
    """DISCHARGE SUMMARY - [[LOCATION|geo:Cumberland Hospital]] Cardiology
Patient: Mr [[PERSON|name:Nguyen Van Thanh]]   MRN [[ID|mrn:10472288]]
Address: [[ADDRESS|geo:12/48 Good St, Granville NSW 2142]]
Medicare: [[ID|health_plan:3271 86614 5]]-1   IHI: [[ID|health_plan:8003 6092 3486 9459]]
Admitted: [[DATE|date:02-Jun-2023]]  Discharged: [[DATE|date:09-Jun-2023]]
Principal dx: NSTEMI (I21.4). PCI to LAD (DES x1).
Comorbid: T2DM (E11.9), HTN, HLD, ex-smoker 30 pk-yr.
Medications on discharge:
  aspirin 100mg mane - CONTINUE indefinitely
  ticagrelor 90mg BD - 12 months
  atorvastatin 80mg nocte - NEW
  metoprolol 25mg BD - NEW
  ramipril 2.5mg mane - NEW
  metformin XR 1g BD - unchanged
  GTN spray 400mcg prn
Follow up: GP within 1/52; cardiac rehab; Cardiology clinic 6/52.
Interpreter: Vietnamese. Son present for d/c education.
Dr [[PERSON|name:Hannah Cole]] (Cardiology AT)  Prov No [[ID|license:2067215H]]""",
    """IMMEDIATE DISCHARGE LETTER - [[LOCATION|geo:St Aldhelm's Hospital]]
To: Dr [[PERSON|name:R. Pennington]], [[LOCATION|geo:Castle Street Surgery]], [[ADDRESS|geo:14 Castle St, Salisbury SP1 3TR]]
Patient: [[PERSON|name:HOLLOWAY, Margaret Anne]]  NHS: [[ID|mrn:9645986362]]
Admission [[DATE|date:21/01/2024]] -> Discharge [[DATE|date:26/01/2024]]   Ward: Pembroke
Dx: Cellulitis R lower leg; background AF (on apixaban), CKD3a, OA knees.
Course: IV flucloxacillin 2g QDS x 3 days -> oral 1g QDS; erythema receded from marked line. CFS 5.
TTO: flucloxacillin 1g QDS 7 days; apixaban 5mg BD (unchanged); paracetamol 1g QDS PRN.
GP actions: please check U&E in 1 week (Cr 128 on d/c); review leg in surgery.
District nurses to dress blistered area Mon/Wed/Fri.
Completed by FY2 (IE) for Dr [[PERSON|name:Carys Lloyd]] (Consultant, GMC [[ID|license:4418027]])""",
    """Discharge summary (abbrev) - [[LOCATION|geo:Mater Misericordiae University Hospital]]
[[PERSON|name:Siobhán Dunne]], [[AGE|other:34]]F, MRN [[ID|mrn:0912847]], adm [[DATE|date:14 Feb 2024]] w/ DKA (pH 7.09, ketones 5.8), precipitant missed insulin + gastro. Resolved on FRIII. DSN reviewed; Libre 2 started (sensor s/n [[DEVICE|device:0M0005ZQK1A]]). D/C [[DATE|date:17/2]] on Tresiba 22u + NovoRapid per carb ratio 1:10. DSN clinic 2/52. GP Dr [[PERSON|name:Hennessy]], [[LOCATION|geo:Phibsborough]].""",
    """DISCHARGE SUMMARY
Pt Name: [[PERSON|name:GARZA, MIGUEL A]]      MRN: [[ID|mrn:E7720413]]     Acct#: [[ID|account:V00381127740]]
DOB: [[DATE|date:01/22/1979]]   Admit: [[DATE|date:04/10/2024]]   D/C: [[DATE|date:04/13/2024]]
Attending: [[PERSON|name:Sarah K. Whitfield]], DO   PCP: [[PERSON|name:Roberto Salinas]], MD ([[LOCATION|geo:McAllen]])
Discharge Dx: 1) Acute pancreatitis, alcohol-induced (K85.20) 2) Alcohol use disorder, moderate 3) Hypertriglyceridemia (TG 1,240)
Hospital Course: [[AGE|other:45]] y/o M w/ epigastric pain radiating to back, lipase 2,340. Managed w/ aggressive LR, hydromorphone PCA -> oxycodone 5mg, CIWA protocol (max 14, lorazepam x3). CT A/P: interstitial edematous pancreatitis, no necrosis. Diet advanced to low fat. SW gave resources incl. 988 and SAMHSA 1-800-662-4357.
Disposition: Home with wife. Work note x 1 wk.
Follow up: PCP 1 wk; GI clinic [[DATE|date:4/29]] @ 10:40. Rx e-sent to pharmacy on file.""",
    """[[LOCATION|geo:Klinikum Schwabing]] - Klinik für Kardiologie
Entlassungsbericht
Sehr geehrte Frau Kollegin,
wir berichten über Herrn [[PERSON|name:Friedrich Oberhuber]], geb. [[DATE|date:11.04.1952]], wohnhaft [[ADDRESS|geo:Leopoldstr. 118, 80802 München]], KVNR [[ID|health_plan:T834484853]] (AOK Bayern), der sich vom [[DATE|date:03.]] bis [[DATE|date:10.11.2023]] in unserer stationären Behandlung befand.
Diagnosen: Vorhofflimmern, paroxysmal (I48.0); Z.n. Pulmonalvenenisolation; art. Hypertonie (I10.00).
CHA2DS2-VASc 3 -> Edoxaban 60 mg 1-0-0.
Mit freundlichen kollegialen Grüßen
Prof. Dr. [[PERSON|name:H. Aydın]]      LS, Assistenzärztin""",
    """MENTAL HEALTH DISCHARGE SUMMARY  |  Acute Inpatient Unit
Consumer: [[PERSON|name:Kayden Reid-Murray]] ("[[PERSON|name:KJ]]")   URN [[ID|mrn:2294017]]   DOB [[DATE|date:08/10/2001]]
Presented via QPS (EEA) from [[LOCATION|geo:Kangaroo Point Cliffs]] [[DATE|date:11/09/2023]]; ITO since revoked.
Dx: Bipolar I, current episode manic w/ psychotic features (F31.2); cannabis use.
Meds: lithium 750mg nocte (level 0.7), olanzapine 10mg nocte.
Discharged to mother's home, [[ADDRESS|geo:33 Wattle Ave, Slacks Creek QLD 4127]]
F/U: CCU case manager [[PERSON|name:Dominique Tait]] ([[PHONE|phone:(07) 3299 8412]]) appt [[DATE|date:26/9]] 10am.
Crisis: 1300 MH CALL (1300 642 255) / Lifeline 13 11 14 / 000.
NDIS participant #[[ID|health_plan:430918273]]""",
    """After Visit Summary for [[PERSON|name:Brianna Okoye]] - You were in the hospital from [[DATE|date:March 3]] to [[DATE|date:March 5, 2024]]. Your next appointment: [[DATE|date:Mon, Mar 18]] 9:15 AM with [[PERSON|name:Jessica Tran]], PA-C at [[LOCATION|geo:Lakeview OB/GYN]], [[ADDRESS|geo:2201 N Clark St Ste 300, Chicago, IL 60614]]. View online: [[URL|url:https://mychart.lakeviewhealth.org/avs/8842170-BO]]""",
    """Maternity Discharge - [[LOCATION|geo:Royal Jubilee Maternity Hospital]]
Mother: [[PERSON|name:Niamh Gallagher]]  H&C [[ID|mrn:3315905487]]  DOB [[DATE|date:04/04/1993]]
Baby: baby boy [[PERSON|name:Gallagher]] ("[[PERSON|name:Oisín]]") born [[DATE|date:15/05/2024]] 03:42, 3.41kg, SVD, Apgars 9/9. Baby H&C [[ID|mrn:3547428386]]
NIPE NAD. BCG offered - declined.
Blood spot due day 5 - community MW team to visit.""",
    """Compte rendu d'hospitalisation - [[LOCATION|geo:Hôpital Édouard-Herriot]], [[LOCATION|geo:Lyon]]
Mme [[PERSON|name:Catherine Morel]], née le [[DATE|date:19/11/1958]], NIR [[ID|ssn:2 58 11 69 123 045 75]]
Séjour du [[DATE|date:08/01/2024]] au [[DATE|date:12/01/2024]]. Pyélonéphrite aiguë droite à E. coli BLSE. Ertapénem 1 g/j puis relais oral. Créat 88 µmol/L.
Médecin traitant : Dr [[PERSON|name:Laurent Vidal]], [[LOCATION|geo:Villeurbanne]].""",
    """eDS [[DATE|date:30/11/2023]]: [[PERSON|name:Ronald]] "[[PERSON|name:Snow]]" [[PERSON|name:Beaumont]], DVA Gold [[ID|health_plan:QX901234A]], [[AGE|other:88]]M, Vietnam vet from [[LOCATION|geo:Hervey Bay]]. Adm w/ urinary retention (1.2L), IDC inserted; TWOC failed x1; d/c with IDC + Urology OPD 2/52. Tamsulosin 400mcg nocte started. RSL advocate aware.""",
]

REFERRAL_LETTER = [
    """[[LOCATION|geo:Bellarine Family Practice]]
[[ADDRESS|geo:Shop 3, 21-23 Hesse St, Queenscliff VIC 3225]]
Ph [[PHONE|phone:03 5258 1190]]  Fax [[PHONE|fax:03 5258 1191]]
[[DATE|date:5 September 2023]]

Dr [[PERSON|name:Imogen Hartley]]
Rheumatologist

Dear Imogen,

Re: Mrs [[PERSON|name:Beverley Anne Sutcliffe]]
    Medicare [[ID|health_plan:2130 94168 5]] (ref 2)

Thank you for seeing [[PERSON|name:Bev]], a [[AGE|other:66]] y.o. retired teacher with 3/12 hx of symmetrical small joint
polyarthritis hands + wrists, EMS ~2h. RF 64 (H), anti-CCP >300, CRP 31, ESR 48.
XR hands: periarticular osteopenia, no erosions.
I have started prednisolone 10mg daily and would value your opinion re DMARDs.
PMHx: HTN, hypothyroid, ?latent TB (mother had TB in the 1960s) - QuantiFERON pending.
Meds: perindopril 5mg, thyroxine 100mcg, pred 10mg, Caltrate + D.
Allergies: sulfa (rash).

Kind regards,

Dr [[PERSON|name:Marcus Bell]]
Provider No. [[ID|license:8375286B]]""",
    """[[LOCATION|geo:Wythenshawe Hospital]] - Dept of Respiratory Medicine
Clinic date: [[DATE|date:14 March 2024]]

Dr [[PERSON|name:A. Ferreira]]
[[LOCATION|geo:Northenden Group Practice]]
[[ADDRESS|geo:489 Palatine Road, Manchester M22 4DH]]

Dear Doctor,

RE: [[PERSON|name:Kevin O'Rourke]]   NHS No [[ID|mrn:815 473 4737]]
Diagnosis: 1. Obstructive sleep apnoea, severe (AHI 41/h)  2. Obesity, BMI 38

I saw Mr [[PERSON|name:O'Rourke]], an HGV driver, with his partner. ESS 16, although he told me "I've never once nodded off
at the wheel, doc". He understands he must not drive until his symptoms are controlled; he will inform DVLA himself
(licence [[ID|license:OROUR607239K99LX]]). CPAP set-up via the sleep service; review 3/12.

Yours sincerely

Dr [[PERSON|name:Helen Achterberg]]
Consultant Respiratory Physician
cc: patient""",
    """HEALTHLINK eREFERRAL   Ref# [[ID|other:HL-2024-0387712]]
To: Urology OPD, [[LOCATION|geo:University Hospital Waterford]]
From: Dr [[PERSON|name:Declan Furlong]] (MCRN [[ID|license:018823]]), [[LOCATION|geo:Quay Medical]], [[LOCATION|geo:Dungarvan]]
Patient: [[PERSON|name:Patrick Joseph Kehoe]] | DOB [[DATE|date:1951-06-02]] | PPSN [[ID|ssn:3072302W]] | GMS [[ID|health_plan:0837261K]]
Eircode [[LOCATION|geo:X35 F6P2]]
Urgency: URGENT (rapid access prostate)
PSA 14.2 (was 6.1 last year). DRE: hard nodule L lobe. IPSS 18. On tamsulosin 400mcg.""",
    """[[LOCATION|geo:Summit Neurology Associates]]
[[DATE|date:February 6, 2024]]
Re: [[PERSON|name:Dolores Kaminski]]   DOB: [[DATE|date:09/14/1950]]
Dear Dr. [[PERSON|name:Patel]]:
Thank you for referring Ms. [[PERSON|name:Kaminski]], a pleasant [[AGE|other:73]]-year-old right-handed woman, for evaluation of resting tremor. Exam: asymmetric rest tremor R>L, cogwheel rigidity, bradykinesia; MoCA 26/30. Impression: idiopathic Parkinson disease, H&Y stage 1.5. Started carbidopa/levodopa 25/100 1/2 tab TID, titrating to 1 tab TID over 3 wks. PT referral to LSVT BIG program in [[LOCATION|geo:Akron]]. RTC 3 months.
Sincerely, [[PERSON|name:Gregory Fairbanks]], MD
cc: referring PCP via fax [[PHONE|fax:330-555-0199]]""",
    """*** FAX *** [[DATE|date:10/23/2023]] 14:52 FROM: [[PHONE|fax:(512) 454-3380]] TO: [[PHONE|fax:(512) 339-2201]]  P. 1/4
CONFIDENTIAL - REFERRAL - [[LOCATION|geo:Capital Area Pediatrics]] -> Pedi GI, [[LOCATION|geo:Dell Children's]]
Pt: [[PERSON|name:Mateo Ruiz-Alvarado]]  DOB [[DATE|date:03/02/2016]]  Ins: TX Medicaid (Superior) ID [[ID|health_plan:528847109]]
Reason: FTT, wt <3rd %ile, tTG-IgA 128 (ULN 4). Mom's cell [[PHONE|phone:512-902-7718]], Spanish preferred.
Referring: Dr. [[PERSON|name:A. Whitcombe]]  NPI [[ID|license:1601931219]]""",
    """SCI Gateway Referral - Dermatology, [[LOCATION|geo:Ninewells Hospital]]
Referral ID: [[ID|other:SCIG-7719320]]
Patient: [[PERSON|name:Fraser Dunbar]]  CHI [[ID|mrn:0307881814]]
Address: [[ADDRESS|geo:Flat 2/1, 44 Clepington Rd, Dundee DD3 7BQ]]
Referring GP: Dr [[PERSON|name:S. MacLeod]], [[LOCATION|geo:Lochee Health Centre]]
Reason: pigmented lesion L upper back, changing per wife; 9mm, asymmetric, 3 colours (7-point checklist 5).
Photos attached: [[ID|photo:DUNBAR_F_lesion_back_01.jpg]], [[ID|photo:DUNBAR_F_lesion_back_02.jpg]]
Priority: Urgent suspicion of cancer""",
    """[[DATE|date:Wed 11 Oct 2023]]

Dr [[PERSON|name:Ngaio Whitford]]
[[LOCATION|geo:Silver City Medical Group]]

Re: [[PERSON|name:Jarrah Knight]], [[AGE|other:27]], [[ADDRESS|geo:214 Oxide St, Broken Hill NSW 2880]]

Thanks for referring [[PERSON|name:Jarrah]] for telepsychiatry assessment (seen via video).
Impression: PTSD (childhood trauma; MVA 2021), moderate depressive episode, cannabis use.
Recommendations: sertraline 50mg -> 100mg after 2/52; trauma-focused CBT via the local community MH team.
I have completed the DSP medical evidence form as requested (Centrelink CRN [[ID|ssn:306 418 227K]]).

Yours sincerely,
Dr [[PERSON|name:Callum Petrakis]] FRANZCP""",
    """FYI Dr. [[PERSON|name:Lindgren]] - saw your pt [[PERSON|name:Tomasz Wiśniewski]] (MRN [[ID|mrn:60233891]]) in cardiology today [[DATE|date:5/17]]. Holter 14% PVC burden, echo EF 45%. Starting metoprolol succ 50. Will get cMRI. No driving restriction. -[[PERSON|name:AK Sharma]]""",
    """Verwijsbrief / Referral letter
[[LOCATION|geo:Huisartsenpraktijk Zuid]], [[ADDRESS|geo:Vlaamsekaai 33, 2000 Antwerpen]]
Tel. [[PHONE|phone:+32 3 248 19 07]] - [[EMAIL|email:dokter.peeters@hapzuid.be]]
Antwerpen, [[DATE|date:2 februari 2024]]

Dear colleague at [[LOCATION|geo:St. Vincent's University Hospital]] (Hepatology),

I refer Mr [[PERSON|name:Wouter Janssens]] (°[[DATE|date:19/02/1983]], INSZ [[ID|ssn:83.02.19-042.78]]), who is relocating to [[LOCATION|geo:Dublin]] for work.
Chronic hepatitis B, HBeAg-neg, HBV DNA 1,800 IU/mL, ALT 38, FibroScan 6.1 kPa. Not on treatment; 6-monthly US + AFP.
Household contacts vaccinated.

Met collegiale groeten,
Dr. [[PERSON|name:Griet Peeters]]""",
    """e-RS UBRN: [[ID|other:0001 4477 2913]]   Service: Gastroenterology 2WW - [[LOCATION|geo:Royal Derby Hospital]]
Patient: Miss [[PERSON|name:Chloe Ann Whitaker]] | [[AGE|other:24y]] | NHS [[ID|mrn:959 310 3414]]
Reason: IDA (Hb 94, ferritin 6), wt loss 6kg, loose stools. FIT 212. Coeliac screen neg. ?IBD
Contact: mob [[PHONE|phone:07823 447190]] / [[EMAIL|email:chloe.whitaker96@gmail.com]] (happy for email)
Referrer: Dr [[PERSON|name:Oluwaseun Adeyemi]], [[LOCATION|geo:Littleover Medical Centre]] (ODS C81067)""",
]

NURSING_SHORTHAND = [
    """Bd 4 | [[PERSON|name:WALLACE, Doreen]] [[AGE|other:82]] | UR [[ID|mrn:0612994]] | #NOF L, D2 post DHS. WBAT. PCA off. Obs stable, BGL ok. Hb 84 - 1 unit PRBC tonight. DIL: dtr [[PERSON|name:Jo]] [[PHONE|phone:0427 039 118]]. NFR. ?RACF [[LOCATION|geo:Arcare Craigieburn]]""",
    """[[DATE|date:02/11]] 0400 NEWS 5 (RR 24, SpO2 92% on 2L, HR 112) - escalated to FY1 Dr [[PERSON|name:Tomlinson]] bleep 4412, r/v 0420, ABG + CXR. Sepsis 6 started. - [[PERSON|name:Grace Mensah]] RN""",
    """S: 4W-22 [[PERSON|name:Hollis, R.]] [[AGE|other:71M]] post cath via R radial [[DATE|date:1/9]], TR band off 1800.
B: CAD, DM2 (BG 180s, SSI), CKD3. Full code.
A: VSS, A&Ox4, site CDI, +radial pulse. Ambulated x2. Voiding.
R: AM labs, echo. Wife [[PERSON|name:Bev]] calls q shift ([[PHONE|phone:614-555-0163]]) - ok to give info per pt. Pt requests chaplain (Fr. [[PERSON|name:Anselm]]).""",
    """[[DATE|date:17/8]] 22:00 pt agitated, pulled IV cannula x2, wandering to exit - states "im going home to [[LOCATION|geo:Tallaght]] to feed the dog". Redirected. 4AT 6. Security aware. Son [[PERSON|name:Aidan]] rang, will come in AM. Special requested. [[PERSON|name:M. Ní Dhomhnaill]] CNM2""",
    """Bed 9 [[PERSON|name:Jim Kouris]] - long stay, wife visits daily, car park permit for her car [[VEHICLE|vehicle:1HX 7QM]] (VIC) renewed til [[DATE|date:30/6]]. PI sacrum stage 2 - wound photo [[ID|photo:IMG_20230621_kouris_sacrum.jpg]] uploaded to EMR. 2/24 pos changes.""",
    """Bay 2 Bd 3 - [[PERSON|name:Ollie]] ([[PERSON|name:Oliver Brennan]]) [[AGE|other:4y 2m]] - acute asthma, salbutamol weaned to 4-hrly, off O2 since 0600. Safeguarding: SW involved, mum [[PERSON|name:Kerry]] only to visit (NOT dad - see alert). Plan d/c when stable on 4-hrly.""",
    """[[DATE|date:2/14]] 0730 FSBG 312 -> 8u lispro per SSI. Pt states home pump (Tandem t:slim X2, SN [[DEVICE|device:1284436]]) is OFF and in locker, site removed in ED. CDE [[PERSON|name:Marisol]] paged re restart.""",
    """Pt AWOL @ 1530, last seen in [[LOCATION|geo:Todd Mall]] heading to [[LOCATION|geo:Hoppy's Camp]] per ALO. Police (131 444) notified. IIMS #[[ID|other:IIMS-2023-118830]] logged. -[[PERSON|name:S. Dhillon]] RN""",
    """[[DATE|date:12.02.]] ND: Pat. [[PERSON|name:Schulze]] ([[AGE|date:91]] J.) nachts unruhig, 2x aus dem Bett gestiegen, Sturzprotokoll angelegt, Bettgitter nach Rücksprache mit Tochter Frau [[PERSON|name:Ilse Schulze-Wendt]] NICHT hochgezogen. RR 150/85, BZ 7,2. Pfl. [[PERSON|name:K. Yılmaz]]""",
    """time,HR,BP,RR,SpO2,temp,pain,comment,initials
0400,92,108/62,18,96,37.1,3,"resting, wife [[PERSON|name:Tina]] at bedside",JM
0800,104,98/54,22,93,38.4,6,"rigors; MET call criteria not met, resident notified, BCx x2, lactate 2.8",JM
1200,96,112/66,20,95,37.6,4,"IV vanc/zosyn running; MRN [[ID|mrn:80044719]] label reprinted",KO""",
]

PHARMACY = [
    """MEDICATION RECONCILIATION - Admission  [[DATE|date:18/04/2024]]
Patient: [[PERSON|name:Helga Lindström]]  UR [[ID|mrn:00331872]]  Wt 58kg  CrCl 34
Sources: pt, Webster pack from [[LOCATION|geo:Priceline Pharmacy Sunbury]] (ph [[PHONE|phone:03 9744 6120]]), My Health Record, GP list
| Drug        | Pre-adm       | Charted | Action |
| apixaban    | 2.5mg BD      | 5mg BD  | DISCREPANCY -> dose reduce (age>80, Cr 141) |
| digoxin     | 62.5mcg mane  | omitted | unintentional omission - re-charted |
| oxybutynin  | 5mg BD        | 5mg BD  | ACB score 3, d/w team |
| Ostelin     | 1000IU daily  | -       | cont |
Pharmacist: [[PERSON|name:Thuy Nguyen]]  AHPRA [[ID|license:PHA0001792643]]""",
    """RX# [[ID|other:6610294]]   Filled [[DATE|date:03/22/2024]]   [[PERSON|name:WASHINGTON, DARNELL]]   DOB [[DATE|date:07/30/1985]]
[[ADDRESS|geo:4418 Old Hickory Blvd Apt 12, Nashville TN 37218]]
oxyCODONE HCl 5 MG TAB  #42  Sig: 1 tab PO q6h prn pain x7d  NDC 0406-0552-01  Lot 44T2291  Exp [[DATE|date:11/2025]]
Prescriber: [[PERSON|name:K. Oyelaran]] MD  DEA [[ID|license:BO9600138]]  NPI [[ID|license:2686165673]]
Pt ID verified: TN DL [[ID|license:118402277]]   CSMD checked
Ins: BCBST member [[ID|health_plan:ZGP831047762]]  copay $10.00""",
    """ASEPTIC COMPOUNDING LOG - [[LOCATION|geo:Addenbrooke's]] Pharmacy Aseptic Unit
Batch     | Product                          | Patient            | Hosp No  | Prep | Checked
AS24-0412 | Methotrexate 30mg in NaCl 50mL   | [[PERSON|name:S. Rahman]]          | [[ID|mrn:D418832]]  | TK   | JO
AS24-0413 | Gentamicin 320mg/80mL            | [[PERSON|name:McCANN, P]]          | [[ID|mrn:D551902]]  | TK   | JO
AS24-0414 | PN bag 1540mL + additives         | [[PERSON|name:Ewa Kowalska]]       | [[ID|mrn:D390177]]  | RB   | TK
Isolator 2 particle count within limits. Log closed [[DATE|date:16-Apr-2024]] 17:40""",
    """OMNICELL XT - OVERRIDE REPORT   Unit 5N   [[DATE|date:2024-01-09]]
09:14:22 User [[PERSON|name:Alvarez, Marisol]] (BIO-ID [[ID|biometric:FP-0x3A7C19E2]]) removed HYDROmorphone 1mg/mL x1 for [[PERSON|name:Kessler, Dana]] MRN [[ID|mrn:30772154]] - override reason: STAT per MD
09:16:05 Witness [[PERSON|name:Obi, Chinedu]] (BIO-ID [[ID|biometric:FP-0x91BD4470]]) waste 0.5mL
09:40:51 User FP login fail x3 (fingerprint not recognised) -> PIN fallback""",
    """[[DATE|date:28/03/24]] GMS Rx disp'd - [[PERSON|name:Bridget Mulcahy]], [[ADDRESS|geo:4 Church View, Kilmallock, Co. Limerick V35 K8W2]]. Med card [[ID|health_plan:0482197T]], PPSN [[ID|ssn:2601082QB]]. Prescriber Dr [[PERSON|name:Ó Laoire]] (IMC [[ID|license:402115]]). Items: Eliquis 5mg x56, Lipitor 40mg x28 (generic subst declined - pt wants "the brand only"). Pharmacist CH MPSI""",
    """Discharge Rx chk [[DATE|date:03/02/24]]: [[PERSON|name:Kaur, Harpreet]] UR [[ID|mrn:1104392]]. Pregabalin 75mg BD - streamlined auth code 4288. Tapentadol SR 50mg - phone Authority Approval No. [[ID|other:Z8K41TQ]]. Medicare [[ID|health_plan:6733 74785 3]]/4, PCC (CRN [[ID|ssn:404 883 192A]]). Prescriber no. [[ID|license:2470166]].""",
    """Pharmacy note [[DATE|date:8/3]]: spoke w/ pt [[PERSON|name:Abdi Yusuf]] re warfarin + Bactrim interaction, INR 4.6. Held tonight's dose. Anticoag clinic ([[PERSON|name:Kim]], PharmD) to recheck [[DATE|date:8/5]]. Best # [[PHONE|phone:612 555 0148]] ext 2 (work, [[LOCATION|geo:Midtown Global Market]]).""",
    """Actueel medicatieoverzicht - [[LOCATION|geo:Apotheek De Magistrale]], [[LOCATION|geo:Haarlem]]
Patiënt: [[PERSON|name:H.J. Mulder]], geb. [[DATE|date:03-06-1946]], BSN [[ID|ssn:271282125]]
- metoprolol retard 100mg 1dd1
- acenocoumarol 1mg volgens trombosedienst (INR streef 2.0-3.0)
- furosemide 40mg 1dd1 (ochtend)
- macrogol/elektrolyten 1-2dd1 zn
Apotheker: drs. [[PERSON|name:P. de Groot]]""",
    """EPS Rx ID [[ID|other:4F8A21-C81067-55C3DK]] claimed. NMS intervention [[DATE|date:12/06/2024]] - Mr [[PERSON|name:D. Achebe]] (NHS [[ID|mrn:743 828 1973]]), new rivaroxaban 20mg od with evening meal. Adherence good, no bleeding. Pharmacist [[PERSON|name:Nadia Rahimi]] GPhC [[ID|license:2087741]].""",
    """{"event":"dispense","ts":"[[DATE|date:2024-05-02T16:44:09-05:00]]","patient":{"name":"[[PERSON|name:Reyes, Camila]]","mrn":"[[ID|mrn:11840023]]","dob":"[[DATE|date:2011-12-19]]"},"drug":"methotrexate 2.5 mg tab","qty":12,"sig":"10 mg PO once WEEKLY (Fri)","prescriber_npi":"[[ID|license:2149538821]]","rph_id":"RPH-0417","lot":"MTX2291A"}""",
]

TELEHEALTH = [
    """TELEHEALTH (video) [[DATE|date:07/08/2023]] 1030-1050 - MBS item 91824 (specialist video)
Pt: [[PERSON|name:Ruby Castellano]] [[AGE|other:29]]. Identity confirmed (name/DOB/address: [[ADDRESS|geo:9 Ferrier St, Mount Isa QLD 4825]]). Pt located at home, alone, consented to video.
Clinician located: [[LOCATION|geo:Townsville University Hospital]] Endocrine OPD.
Platform: session [[URL|url:https://vc.health.qld.gov.au/join/rc-7731-kx]], pt IP [[IP|ip:203.45.118.77]] (poor audio, switched to phone x5 min)
Graves' disease - on carbimazole 10mg, FT4 14, TSH 0.02. TRAb 6.1. Discussed RAI vs surgery - she prefers to wait.
Dr [[PERSON|name:Ahmed Siddiqui]] (endo AT)""",
    """From: [[PERSON|name:Jenna Morales]] <[[EMAIL|email:jenmorales88@yahoo.com]]>
Sent: [[DATE|date:Tue 1/16/2024]] 11:42 PM
To: Dr. [[PERSON|name:Hutchins]]'s Care Team
Subject: rash still not better

hi dr [[PERSON|name:hutchins]] its me [[PERSON|name:jenna]], the rash on my arm is still there after the cream u gave me (the triamcinalone). i uploaded pics [[ID|photo:IMG_4471_jmorales_arm.HEIC]] and IMG_4472.HEIC
also my new insurance is Ambetter member id [[ID|health_plan:U7128830401]]. can u send the rx to the cvs by my work instead. my cell changed its [[PHONE|phone:480 392 7716]] now
thx
[[PERSON|name:jen]]""",
    """Hi [[PERSON|name:Jenna]], Dr. [[PERSON|name:Hutchins]] reviewed your photos. Please book a video visit - first opening is [[DATE|date:1/18]] at 2:20pm, join here: [[URL|url:https://telehealth.desertvalleyclinic.org/join/8830-4412-JM]]. If the rash blisters or you get a fever, go to urgent care or call 911. - [[PERSON|name:Kelsey]], RN""",
    """Video consultation - Attend Anywhere - [[DATE|date:22 Nov 2023]] 14:00
Patient: [[PERSON|name:Rhys Pritchard]] ([[AGE|other:41]]), NHS [[ID|mrn:911 870 0225]], joined from home in [[LOCATION|geo:Aberystwyth]] (IP [[IP|ip:2a00:23c7:9b14:e801:4d2:1ff:fe3a:77c0]])
Connection dropped x2 - completed by phone on [[PHONE|phone:01970 624 318]].
Focal epilepsy, lamotrigine 200mg BD, levels ok. One focal aware seizure on [[DATE|date:4/11]] (missed doses). DVLA: must not drive for 6 months from that date - car ([[VEHICLE|vehicle:CU68 VZX]]) to stay parked; wife will drive him.
Dr [[PERSON|name:Gwen ap Rhys]], Consultant Neurologist""",
    """Video consult [[DATE|date:05/01/2024]] via [[URL|url:https://myclinic365.ie/v/ROD-55192]]. Pt [[PERSON|name:Orla Dempsey]] (DOB [[DATE|date:11/09/1990]]) - UTI sx 2/7, no loin pain, afebrile. Nitrofurantoin 50mg QDS x5/7 sent via Healthmail to [[EMAIL|email:lucanvillage.pharmacy@healthmail.ie]]. Safety net given - SouthDoc / 112 / 999.""",
    """Audio-only visit [[DATE|date:10/02/2023]] 16:00 CT. Pt [[PERSON|name:Cody Fenwick]] confirmed his location for emergency planning: parked at the Walmart on [[LOCATION|geo:Oak St]], [[LOCATION|geo:Conway]] AR (shared GPS [[LOCATION|geo:35.1190, -92.4388]]), in his truck, plate [[VEHICLE|vehicle:AR 4HJ-72P]].
PHQ-9 19, C-SSRS screen + (passive SI, no plan, no intent, no firearm access - guns at brother's). Safety plan updated, 988 reviewed. -LCSW""",
    """Videosprechstunde [[DATE|date:19.06.2024]], Raum [[URL|url:https://vs.red-medical.de/r/7KQ2-HB91]]. Pat. [[PERSON|name:Jannik Hoffmann]], KVNR [[ID|health_plan:M943076666]], eGK im Quartal eingelesen. Teilnehmer-IP [[IP|ip:91.64.203.18]]. Neurodermitis-Schub, Dupilumab weiter, Folgerezept an [[LOCATION|geo:Löwen-Apotheke Freiburg]].""",
    """Patient portal - secure message [[DATE|date:14/12/2023]]
From: [[PERSON|name:Mel Tawhiri]] (carer for [[PERSON|name:Hemi Tawhiri]], URN [[ID|mrn:5512087]])
"hi the voice ID on the phone line wont recognise me anymore since i had the flu lol. ref [[ID|biometric:VPRINT-AU-0093317]]. can someone reset it. also his NDIS no is [[ID|health_plan:431 004 872]] for the letter. pls email [[EMAIL|email:mel.tawhiri@outlook.co.nz]] not post, we moved to [[LOCATION|geo:Ipswich]]" """,
    """[[DATE|date:2024-02-27 09:58:14Z]] session_start visit_id=[[ID|other:V-772190]] pt_mrn=[[ID|mrn:70418830]] client_ip=[[IP|ip:73.158.22.104]] ua="Mozilla/5.0 (iPhone; CPU iPhone OS 17_2)"
[[DATE|date:2024-02-27 09:58:40Z]] face_match ok template=[[ID|biometric:FTMPL-9f31c0a7]] score=0.97""",
    """AccuRx SMS sent [[DATE|date:03/04/2024]] 09:12 to [[PHONE|phone:+44 7911 382 604]]: "Hi [[PERSON|name:Precious]], Dr [[PERSON|name:Lowe]] would like you to book a blood test (HbA1c + kidney function). Book here: [[URL|url:https://accurx.nhs.uk/p/8Hk2Lq]]" | Reply: "ok thank u x" """,
]

BILLING = [
    """CMS-1500  MEDICARE
1a INSURED'S ID NUMBER: [[ID|health_plan:5HN2C74RY64]]
2  PATIENT'S NAME: [[PERSON|name:KOWALSKI, JOHN, P]]        3 BIRTH DATE: [[DATE|date:08 14 1951]]  M
5  PATIENT'S ADDRESS: [[ADDRESS|geo:1187 W FULLERTON AVE, CHICAGO IL 60614]]   TEL [[PHONE|phone:(773) 281-4406]]
21 ICD IND 0   A. I10   B. E78.5   C. Z79.899
24 [[DATE|date:02 05 24]]  POS 11  CPT 99214 25   DX AB  $185.00  1 unit  NPI [[ID|license:1122691664]]
25 FED TAX ID 36-4418201 (EIN)     26 PATIENT'S ACCOUNT NO. [[ID|account:KOW00418]]
31 SIGNATURE ON FILE
33 BILLING PROVIDER: [[LOCATION|geo:LINCOLN PARK INTERNAL MEDICINE]]  [[PHONE|phone:(773) 880-2150]]""",
    """ERA 835  PAYER: UNITEDHEALTHCARE  TRN*1*0004418829*1411289245~
CLP*[[ID|account:ACC-2231907]]*1*420*312.5*0*12*[[ID|other:2224018830117]]~
NM1*QC*1*[[PERSON|name:NGUYEN]]*[[PERSON|name:LAN]]****MI*[[ID|health_plan:921447180]]~
DTM*232*[[DATE|date:20240115]]~
SVC*HC:97110*420*312.5**4~
CAS*CO*45*107.5~""",
    """STATEMENT OF ACCOUNT    [[LOCATION|geo:St Andrew's Private Hospital Toowoomba]]
Account No: [[ID|account:SAT-00714483]]
Mr [[PERSON|name:George Stavros]]
[[ADDRESS|geo:PO Box 218, Highfields QLD 4352]]
Episode [[DATE|date:12/05/2024]] - [[DATE|date:15/05/2024]]  Knee arthroscopy (MBS 49558)  Theatre + accommodation $4,212.00
Health fund: HCF membership [[ID|health_plan:0041772290]]  Benefit paid $3,792.00   Gap $420.00
A previous overpayment of $38.50 was refunded to your nominated account BSB [[ID|account:064-112]] Acc [[ID|account:1043 8821]].""",
    """[[DATE|date:July 8, 2024]]

[[PERSON|name:Tyrone Mitchell]]
[[ADDRESS|geo:77 Rosewood Ct, Decatur GA 30032]]

RE: Account #[[ID|account:4471-002918]]    Balance Due: $1,842.60

Dear Mr. [[PERSON|name:Mitchell]],

This communication is from a debt collector. This is an attempt to collect a debt and any information obtained will be used for that purpose.
Our records show your balance for services on [[DATE|date:11/19/2023]] remains unpaid after 120 days. Your Visa ending [[ID|account:3318]] was declined.
For your security, verify the last four of your SSN (XXX-XX-[[ID|ssn:2145]]) when you call.
Pay online: [[URL|url:https://pay.meridiancollect.com/a/4471002918]]

Sincerely,
Patient Accounts Department""",
    """INVOICE [[ID|account:INV-2024-03317]]     [[DATE|date:09/02/2024]]
Patient: Mrs [[PERSON|name:Philippa Drummond-Hay]]
Insurer: Bupa   Membership [[ID|health_plan:80471293]]   Pre-authorisation [[ID|other:PA 6617 2290]]
CCSD A3010 Outpatient consultation ............ £250.00
CCSD X-ray knee (2 views) ...................... £95.00
Consultant: Mr [[PERSON|name:Alastair Greig]]
Excess £100.00 paid by pt; refund of double payment to IBAN [[ID|account:GB23 BARC 2032 5373 7184 55]].""",
    """[[LOCATION|geo:Bon Secours Hospital Galway]] - Statement [[DATE|date:14/06/2024]]. [[PERSON|name:Eoin McGrath]], VHI no. [[ID|health_plan:VH 3318 2047 11]]. Shortfall €312.40. Will be collected by direct debit from [[ID|account:IE77BOFI90001727461935]], next collection run.""",
    """Privatliquidation nach GOÄ   Rechnungsnr. [[ID|account:2024-PL-08817]]
Herrn Dr. [[PERSON|name:Matthias Vogel]], [[ADDRESS|geo:Am Stadtgarten 4, 50672 Köln]]
Leistungsdatum [[DATE|date:21.03.2024]]: GOÄ 1 (2,3-fach) 10,72 €; GOÄ 5 10,72 €; GOÄ 651 EKG 25,47 €; GOÄ 3550 BB 4,08 €. Summe 51,00 €.
Einzug per SEPA-Lastschrift von Ihrem Konto [[ID|account:DE44 5001 0517 5407 3249 31]].""",
    """271 eligibility resp [[DATE|date:01/03/2024]]: [[PERSON|name:DIAZ, YARITZA]] DOB [[DATE|date:05/11/1998]] SSN [[ID|ssn:469-41-1189]] NY Medicaid CIN [[ID|health_plan:TK48203P]] - ACTIVE, MCO Fidelis, copay $0.""",
    """Compensable patient - CTP (NSW)
Claim no: [[ID|other:CTP-4419-22087]]   Insurer: NRMA
Pt: [[PERSON|name:Daniel Okeke]]  DOB [[DATE|date:16/05/1990]]  Medicare [[ID|health_plan:4513648982]]-1
Accident [[DATE|date:02/03/2024]] at [[LOCATION|geo:Pennant Hills Rd and Boundary Rd]] (driver)
Vehicle: Toyota Corolla rego [[VEHICLE|vehicle:CB91KP]], VIN [[VEHICLE|vehicle:JTDKBUWW1MS223888]]
ED attendance + CT C-spine invoiced to insurer; weekly payments - TFN declaration on file ([[ID|ssn:172 577 504]]).""",
    """acct,pt_name,svc_date,cpt,desc,charge,paid,bal
[[ID|account:A0099187]],"[[PERSON|name:Becker, Lynn]]",[[DATE|date:2024-04-02]],80053,CMP,$48.00,$12.31,$0.00
[[ID|account:A0099187]],"[[PERSON|name:Becker, Lynn]]",[[DATE|date:2024-04-02]],85025,CBC w/ diff,$32.00,$8.12,$0.00""",
]

DEVICE_TELEMETRY = [
    """Name,[[PERSON|name:Ava Lindqvist]]
Device,MiniMed 780G MMT-1884,Serial Number,[[DEVICE|device:NG4114227H]]
Export Start,[[DATE|date:2024-03-01]],Export End,[[DATE|date:2024-03-14]]
Index,Date,Time,BG Reading (mmol/L),Basal Rate (U/h),Bolus Volume Delivered (U),Sensor Glucose (mmol/L),Alert
1,[[DATE|date:2024/03/14]],03:12:00,,0.875,,3.6,LOW SG
2,[[DATE|date:2024/03/14]],03:17:00,,0.000,,3.4,SUSPEND BEFORE LOW""",
    """REMOTE TRANSMISSION REPORT - Home Monitoring
Patient: [[PERSON|name:Ferguson, Walter]]  ([[AGE|other:84]])
Device: Edora 8 DR-T   SN [[DEVICE|device:68419327]]   Implanted [[DATE|date:12 Jan 2021]]
Leads: RA SN [[DEVICE|device:83318874]], RV SN [[DEVICE|device:83319020]]
CardioMessenger [[DEVICE|device:CM-71150992]] last contact [[DATE|date:2023-12-02]] 02:14 from [[IP|ip:101.189.44.13]]
Battery OK (est. 7.5 yrs). AP 64% VP 2%. AT/AF burden 0.4%.
Event: AHRE 6h 12m on [[DATE|date:28/11/2023]] -> clinic notified.
Clinic: [[LOCATION|geo:Royal Hobart Hospital]] Pacing Clinic""",
    """Dexcom Follow: [[PERSON|name:Maddie]] is LOW 54 mg/dL ↓ at 2:14 AM ([[DATE|date:Sep 9]]). Transmitter [[DEVICE|device:8G2KXQ]]. Sent to [[PHONE|phone:+1 208 555 0133]]""",
    """HAMILTON-C6 SN [[DEVICE|device:C6-006812]] event log export [[DATE|date:2024-02-11]]   Bed ICU-07   Pt ID [[ID|mrn:RX2-448107]]
[[DATE|date:2024-02-11 03:44:10]] ALARM High pressure (Pinsp 38 > 35) ack
[[DATE|date:2024-02-11 04:10:03]] ALARM Disconnection patient side ack (user #4471)
Network: [[IP|ip:10.44.12.87]]  MAC [[DEVICE|device:00:1B:2C:4F:9A:71]]""",
    """{"msg":"ALERT","pump_sn":"[[DEVICE|device:12044187]]","channel":"B","drug":"heparin 25,000 units/250 mL","rate_ml_h":18,"alert":"AIR_IN_LINE","pt":{"mrn":"[[ID|mrn:55108223]]","name":"[[PERSON|name:TORRES, ELENA M]]"},"room":"6E-14","gw_ip":"[[IP|ip:172.16.40.221]]","ts":"[[DATE|date:2024-06-30T21:07:44Z]]"}""",
    """AirView compliance - [[PERSON|name:Gary Pickering]], AirSense 10 AutoSet SN [[DEVICE|device:23172044859]], [[DATE|date:01/05/2024]]-[[DATE|date:30/05/2024]]: 27/30 days >=4h, AHI 3.1, 95th leak 18 L/min, P95 11.4 cmH2O. Modem IMEI [[DEVICE|device:856996176463192]].""",
    """LINQ II SN [[DEVICE|device:RLB618273G]] - [[PERSON|name:Aisling Brophy]] - MyCareLink app, phone IMEI [[DEVICE|device:140002864138547]] - symptom episode [[DATE|date:07/04/2024]] 15:32, pause 4.2s ("felt faint at the bus stop on [[LOCATION|geo:Eyre Square]]") -> cardiology reg paged.""",
    r"""MSH|^~\&|TELEMON|[[LOCATION|geo:ZGT Almelo]]|HIX|ZGT|[[DATE|date:20240522101502]]||ORU^R01|MSG00918|P|2.5
PID|1||[[ID|mrn:8831147]]^^^ZGT^MR~[[ID|ssn:495396138]]^^^NLMINBIZA^NNNLD||[[PERSON|name:Smits]]^[[PERSON|name:Johanna]]^C||[[DATE|date:19530814]]|F|||[[ADDRESS|geo:Wierdensestraat 12^^Almelo^^7604 BA]]^NL
OBX|1|NM|8480-6^Systolic BP^LN||162|mm[Hg]|||H|||F|||[[DATE|date:202405220948]]
OBX|2|ST|DEVICE^^L||Omron HEM-9200T SN [[DEVICE|device:20190304517LG]]""",
    """LibreView AGP Report | [[PERSON|name:Jayden Brooks]] | Sensor serial [[DEVICE|device:0M00085AKRC]] | [[DATE|date:Apr 1]] - [[DATE|date:Apr 14, 2024]] | TIR 58%, TBR 3%, GMI 7.6%, CV 38% | Clinic: [[LOCATION|geo:Children's Mercy]] Endocrinology""",
    """[[DATE|date:Mar 14 02:11:09]] hmgw01 carelinkd[2231]: upload ok serial=[[DEVICE|device:PJN604418S]] patient_urn=[[ID|mrn:2294118]] src=[[IP|ip:2001:8003:6d21:4c00::1a]]
[[DATE|date:Mar 14 02:11:40]] hmgw01 carelinkd[2231]: WARN battery RRT serial=[[DEVICE|device:PJN604418S]] notify=[[EMAIL|email:r.kapoor@nh.org.au]]""",
]

RESEARCH_ENROLMENT = [
    """Screening Log - MERIDIAN-HF (HREC/2022/QTQEH/88421)  Site 03 [[LOCATION|geo:Toowoomba]]
scr_no,date,urn,age,sex,eligible,reason,rand_no
[[ID|other:S03-042]],[[DATE|date:2023-07-06]],[[ID|mrn:1120933]],[[AGE|other:66]],F,Y,,[[ID|other:R-03-0117]]
[[ID|other:S03-043]],[[DATE|date:2023-07-06]],[[ID|mrn:0049218]],[[AGE|date:92]],F,N,age >85,""",
    """[[DATE|date:15/01/2024]] 10:20 Consent obtained - Mr [[PERSON|name:Terence Agyeman]], PRISM-UK, Study ID [[ID|other:PRISM-UK-0219]], NHS [[ID|mrn:648 350 3059]].
PIS v3.1 dated [[DATE|date:01/11/2023]] given at clinic; >24h to consider, questions answered. Consent form v2.0 signed by pt and Dr [[PERSON|name:Yasmin Qureshi]] (PI delegate, on DoA log).
Optional: tissue biobank YES; future contact YES via [[EMAIL|email:t.agyeman@btinternet.com]]. Copies: pt, notes, ISF.""",
    """Subject: Randomization complete - Record [[ID|other:ELM-1047]]
Participant [[ID|other:ELM-1047]] was randomized on [[DATE|date:2024-02-09 14:31]] (site: [[LOCATION|geo:UPMC Shadyside]]). Allocation concealed; blinded kit # [[ID|other:K-55820]] to be dispensed by IDS.
Open record: [[URL|url:https://redcap.ctsi.pitt-demo.edu/redcap_v13.1/DataEntry/index.php?pid=882&id=ELM-1047&page=randomization]]""",
    """Cancer Trials Ireland CTRIAL-IE 22-14 eligibility: [[PERSON|name:Caoimhe Walsh]], MRN [[ID|mrn:M4418207]], DOB [[DATE|date:06/06/1975]], ECOG 1, HER2+ (IHC 3+), LVEF 61%. Screening no. [[ID|other:CTI-2214-SCR-009]]. Screening bloods [[DATE|date:22/03/2024]]. Research nurse [[PERSON|name:Deirdre Kinsella]] ([[PHONE|phone:01 416 2247]] ext 3).""",
    """Phase 1 unit - duplicate-enrolment check (palm vein): volunteer [[PERSON|name:Lars Vermeulen]] ([[AGE|other:24]]), ID [[ID|other:HVX-014-0032]], template [[ID|biometric:PV-7d41e09b2c]] - no match across registry sites. Enrolled [[DATE|date:2023-10-17]]. Stipend card ending [[ID|account:8842]]. Parking reimb. plate [[VEHICLE|vehicle:8-KXP-47]].""",
    """From: [[PERSON|name:Yvonne Pollard]] <[[EMAIL|email:yvonnep54@bigpond.com]]>
Sent: [[DATE|date:Monday, 4 March 2024]] 7:02 PM
Subject: pulling out of the study
Hi [[PERSON|name:Kath]], I dont want to do the GRACE study anymore, the drives to [[LOCATION|geo:Box Hill]] are too much for me now. My number is [[ID|other:GRACE-0419]]. Can you please destroy my blood samples too (specimen [[ID|other:GRC-B-0419-03]]). Thank you for everything. [[PERSON|name:Yvonne]]""",
    """Randomisierungsliste Zentrum 04 ([[LOCATION|geo:Universitätsklinikum Tübingen]]) | Pat.-Nr. [[ID|other:04-017]] | geb. [[DATE|date:03/1961]] | Rand.-Datum [[DATE|date:11.09.2023]] | Arm A | Prüfarzt Dr. [[PERSON|name:Kessler]]""",
    """Research: [[PERSON|name:Marcus Lee]] ([[AGE|other:52]]M) enrolled. Consent [[DATE|date:5/6/24]] witnessed by [[PERSON|name:Tanya Reeves]], CRC. Subject ID [[ID|other:PRO-221-0087]]. Investigational CGM SN [[DEVICE|device:X7Q-220145]] placed L abdomen. Stipend via ClinCard [[ID|account:xxxx-xxxx-xxxx-6120]]; SSN collected for 1099: [[ID|ssn:237-26-9357]].""",
    """Dear Ms [[PERSON|name:Okwuosa]], thank you for attending the STEP-UP screening visit at [[LOCATION|geo:Leicester General Hospital]] on [[DATE|date:1 August]]. I'm sorry to say that you are not eligible (HbA1c 48 mmol/mol, the study needs 53 or above). Best wishes, the STEP-UP team""",
    """sample_id,participant,personnummer,collected,tube,freezer_pos
[[ID|other:BB-SE-00913-A]],[[ID|other:P00913]],[[ID|ssn:520914-3386]],[[DATE|date:2024-01-30]],EDTA 4mL,F3-R2-B14
[[ID|other:BB-SE-00914-A]],[[ID|other:P00914]],[[ID|ssn:19480203-1148]],[[DATE|date:2024-01-30]],SST 5mL,F3-R2-B15""",
]

INCIDENT_SAFETY = [
    """RiskMan ID: [[ID|other:RM-2023-044718]]     Date/time of incident: [[DATE|date:19/08/2023]] 0315
Location: Ward 4B, Room 11, ensuite
Person affected: Mrs [[PERSON|name:Gladys Petrović]], UR [[ID|mrn:0712004]], [[AGE|other:87]]
Description: pt found on floor by PCA; states "I slipped getting to the loo, didnt want to bother anyone". Bed alarm was OFF (not re-enabled after 0200 obs).
Injury: laceration R eyebrow 2cm, steristripped. CT brain NAD (on apixaban).
Notified: NUM; HMO; son [[PERSON|name:Milan]] ([[PHONE|phone:0438 200 917]]) at 0410.
SAC 3. Photo: [[ID|photo:RM044718_petrovic_brow.jpg]]
Reporter: [[PERSON|name:Alana Burke]] RN""",
    """Datix [[ID|other:W114872]] | Reported [[DATE|date:07/03/2024]] | Medication incident - insulin
NovoRapid 14 units given instead of Levemir at 22:00, Bay 3 Bed 2 (hosp no [[ID|mrn:J8820147]]). BM 3.1 at 00:30, treated per hypo protocol (Glucogel + toast), BM 6.8 at 01:00.
Reporter: SN [[PERSON|name:Abigail Fenton]].
Duty of Candour letter sent [[DATE|date:11/03/2024]] to [[ADDRESS|geo:3 Primrose Terrace, Hebden Bridge HX7 6AL]].""",
    """SECURITY INCIDENT REPORT   IR# [[ID|other:SEC-24-01183]]
Date: [[DATE|date:01/27/2024]] 17:40   Location: Parking Garage B, level 3, [[LOCATION|geo:Mercy Hospital South]]
Vehicle 1: 2019 Honda Accord, MO plate [[VEHICLE|vehicle:DK3-W7T]], VIN [[VEHICLE|vehicle:1HGCV1F31KA044187]], driver [[PERSON|name:Patricia Hendricks]] (visitor), MO DL [[ID|license:T118227046]]
Vehicle 2: 2021 Toyota RAV4, plate [[VEHICLE|vehicle:RB4 K2L]], owner a staff RN - unoccupied, rear bumper damage
CCTV still: [[ID|photo:CAM-B3-02_20240127_1741_DK3W7T.png]]
Officer: Sgt. [[PERSON|name:D. Kowalczyk]]""",
    """NIMS ref [[ID|other:IE-NIMS-2024-33187]]: Wrong-patient blood sample - tube labelled [[PERSON|name:Mary Byrne]] (MRN [[ID|mrn:0441872]]) was drawn from [[PERSON|name:Marie Byrne]] (MRN [[ID|mrn:0441287]]); both on same ward, DOBs [[DATE|date:12/03/1941]] / [[DATE|date:21/03/1941]]. Detected by lab delta check (Hb 128 -> 86). No harm. Open disclosure to both pts [[DATE|date:09/02/2024]].""",
    """MHRA Yellow Card (device) ref [[ID|other:2024/003/118/MDR/11872]]: volumetric pump SN [[DEVICE|device:800418227]] free-flow event [[DATE|date:15/04/2024]], pt [[AGE|other:58]]F, hosp no [[ID|mrn:R0448827]] - ~120mL metronidazole over 6 min. Pump quarantined by EBME ([[PERSON|name:Gareth Pugh]]). Giving set lot 22J1417 retained.""",
    """IIMS [[ID|other:IIMS-2024-2231907]] | ED, [[LOCATION|geo:Blacktown Hospital]] | [[DATE|date:02/02/2024]] 23:50 | Visitor [[PERSON|name:Shane Doherty]] (DOB [[DATE|date:11/11/1986]], NSW DL [[ID|license:14882093]]) verbally abusive, threatened RN [[PERSON|name:Mei Ling Chow]]. Code Black called. Police attended, event no. [[ID|other:E77288193]]. Left in vehicle [[VEHICLE|vehicle:NSW EQK18T]].""",
    """Privacy incident [[DATE|date:2023-11-20]]: discharge summary for [[PERSON|name:Luca Bianchi]] (MRN [[ID|mrn:10088412]], codice fiscale [[ID|ssn:BNCLCU78R14F205Q]]) emailed to [[EMAIL|email:l.bianchi@gmail.com]] instead of [[EMAIL|email:luca.bianchi78@gmail.com]]. Recipient contacted, deletion confirmed [[DATE|date:2023-11-21]]. Risk assessment: NDB not notifiable.""",
    """OSHA 300 case #[[ID|other:2024-0117]]: Employee [[PERSON|name:Danielle Frost]], RN (EID [[ID|other:E448120]]), needlestick L index finger [[DATE|date:3/30/2024]] during insulin admin. Staff entrance reader log confirms badge-in 06:52 (fingerprint template [[ID|biometric:BIO-EMP-448120-R2]]). Source pt MRN [[ID|mrn:20931145]] consented to testing. Employee Health baseline labs; PEP not indicated.""",
    """CIRS-Fall [[ID|other:CIRS-2024-0412]] ([[LOCATION|geo:Charité Campus Mitte]]): Bauchtuch nach Sectio am [[DATE|date:14.02.2024]] belassen, Zählprotokoll unterschrieben von OP-Pflege [[PERSON|name:S. Wagner]]. Revision [[DATE|date:16.02.2024]], kein bleibender Schaden.""",
    """Missing patient [[DATE|date:10/10/2023]] - [[PERSON|name:Callum Rae]] ([[AGE|other:19]]), on STDC, absconded from [[LOCATION|geo:Royal Cornhill Hospital]] ~14:20. Last seen at [[LOCATION|geo:Union St/Market St]] junction. ID photo given to Police Scotland: [[ID|photo:RAE_C_ID_photo_2023.jpg]]. Mother [[PERSON|name:Lorna]] [[PHONE|phone:01224 551 807]] informed. Returned by police 18:05.""",
]


def main() -> None:
    n = write_styled(
        OUT,
        [
            ("ward-progress", WARD_PROGRESS),
            ("discharge-summary", DISCHARGE_SUMMARY),
            ("referral-letter", REFERRAL_LETTER),
            ("nursing-shorthand", NURSING_SHORTHAND),
            ("pharmacy", PHARMACY),
            ("telehealth", TELEHEALTH),
            ("billing", BILLING),
            ("device-telemetry", DEVICE_TELEMETRY),
            ("research-enrolment", RESEARCH_ENROLMENT),
            ("incident-safety", INCIDENT_SAFETY),
        ],
    )
    print(f"probe79: {n} docs")


if __name__ == "__main__":
    main()
