"""Write the 64th hand-annotated redaction probe, 100 notes of Canadian and New Zealand clinical text.

Why: an audit sample from two health systems at once mixes identifier shapes that collide with
each other and with clinical codes: a nine-digit SIN beside a nine-digit Saskatchewan HSN and an
eight-digit DIN, an NHI (three letters, four digits) beside Read codes and ward names, RAMQ numbers
that embed a birth date, OHIP numbers with glued version codes, ACC claim numbers beside fee codes,
French and English in one chart, and Maori, Inuit and Cree names and places that no English name
list contains (Ruatoria, Pang, Maskwacis, Matua Rawiri). It measures recall on those shapes and
precision on the look-alikes planted beside them (doses, DINs, lot numbers, fee codes, gestations,
scores, eponyms, helplines, model numbers).

What: ten styles of ten notes each: progress notes, discharge summaries, GP and family-physician
referral letters, nursing shorthand handovers, pharmacy dispensing and reconciliation records,
telehealth and virtual-care notes, billing and claims (provincial billing, ICBC, SGI, WCB, ACC),
device telemetry and remote-monitoring logs, research enrolment and consent logs, and incident and
complaint reports. In each style five notes are set in Canada (every province and territory,
eleven notes in French from Quebec and New Brunswick) and five in New Zealand. All people are
invented. Every identifier is marked inline as [[LABEL|category:value]]. Conventions: titles (Dr,
Mr, Mme, Cst., Matua) stay outside PERSON spans; "SURNAME, Given" and "SURNAME Given" are one span;
a given name or a nickname alone is its own span; bare staff initials are not marked. A street
address from number to postcode is one ADDRESS span (rural delivery RD and overseas addresses
included). Towns, suburbs, First Nations and Inuit communities and councils, local short forms
(Pang, CHCH HOSP, RUH, SJRH, Royal Alex), hospitals, clinics, practices, pharmacies, community
health providers, universities, employers' sites and named rest homes are LOCATION; a city in a
letter's dateline is LOCATION too. Provinces, territories, countries, NZ regions and region-wide
health bodies (Nova Scotia Health, NL Health Services, Te Whatu Ora Waikato, Tairawhiti), national
agencies and programs (ACC, NIHB, PharmaNet, OTN, Healthline 0800 611 116, ACC's 0800 101 996,
Info-Social 811, National Bowel Screening Programme) and highway numbers (SH1) are not marked; a
sub-regional district (Counties Manukau) is LOCATION. Dates more specific than a year are DATE; a
log timestamp glued into one token (with T) is one DATE span, while a clock time separated by a
space, a bare time and a relative offset (+00:01:43, +2d) stay outside. Document-version, protocol
and product expiry dates, weekdays alone, durations (2/52, 5/7, 14/7) and gestations (35/40, 39+2)
are not marked. Every stated age of a patient or participant in the note (several patients in a
handover) is AGE|other; any age over 89 is AGE|date. SIN (NAS) and IRD numbers are ID|ssn. Hospital
record, chart, dossier and unit numbers are ID|mrn. Health cards of every province and territory
(OHIP with its version code as written, RAMQ/NAM, PHN, ULI, HSN, PHIN, MSI, MCP, YHCIP, NU, NWT, PEI
and NB numbers), Manitoba registration numbers, NHI numbers, Indian status numbers quoted for NIHB
coverage, insurer member numbers and travel-insurance policies are ID|health_plan. Bank accounts
(IBAN included), customer and subscription accounts, payee deposit numbers and invoices to a person
are ID|account. CPSO, CPSA, CMQ, CPSM, MCNZ, Yukon Medical Council, CPTBC, pharmacy-council and
pharmacy accreditation numbers, OHIP and RAMQ billing numbers, ACC provider ids and driver licences
are ID|license. Plates and VINs are VEHICLE. Device serials, transmitter ids, MAC addresses, IMEI
and SIM ICCID numbers are DEVICE. Fingerprint, face and voice template ids are ID|biometric. Image,
scan, signature and CCTV file names that contain a name or an identifier are ID|photo. Claim
numbers (ACC, ICBC, SGI, WCB), ACC45 numbers, Rx numbers, Special Authority and prior-approval
numbers, eReferral, incident, complaint, privacy and breach numbers, newborn-screening card and
accession numbers, participant and screening ids, passports, logins, video-room and meeting ids
are ID|other. DINs, Pharmacodes, lot numbers, fee, diagnostic and explanatory codes, Read codes,
model numbers, room, bed, stall and pocket numbers, batch and facility numbers, wholesaler invoices,
phone extensions and REB/HDEC references are not marked.

How: cd /work/main && .venv/bin/python scripts/make_probe64_corpus.py (writes corpus/redaction/probe64.jsonl).
"""

# ruff: noqa: RUF001

from pathlib import Path

from make_safe_harbor_suite import write_styled

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "corpus" / "redaction" / "probe64.jsonl"

PROGRESS_NOTES = [
    """PROGRESS NOTE - Internal Medicine, [[LOCATION|geo:Thunder Bay Regional Health Sciences Centre]]
Pt: [[PERSON|name:MEEKIS, Delbert]]   MRN [[ID|mrn:TB0418827]]   OHIP [[ID|health_plan:3097-032-969-KT]]
Date: [[DATE|date:2024-02-11]] 0815
S: [[AGE|other:58]]M from [[LOCATION|geo:Sandy Lake First Nation]], medevac'd 2 days ago with L lower leg cellulitis. Pain 4/10 (was 8/10). Slept ok. Wife called the ward last night from the nursing station.
O: T 37.4, HR 88, BP 134/82, SpO2 96% RA. Erythema receded ~3 cm inside the marked border. WBC 11.2 (16.8 on adm), Cr 94, A1c 9.1%.
A/P: cellulitis improving on cefazolin 2 g IV q8h; step down to cephalexin 500 mg QID once afebrile x24h. DM2 poorly controlled - diabetes educator consult. Wound photo uploaded as [[ID|photo:MEEKIS_D_Lleg_20240211.jpg]]. NIHB coverage confirmed, status no. [[ID|health_plan:2210481702]]. Navigator to book the sked home.
PGY2, Internal Medicine""",
    """NOTE D'ÉVOLUTION - Médecine interne, [[LOCATION|geo:Hôpital Maisonneuve-Rosemont]], 7e AB
Usagère : [[PERSON|name:GAGNON, Sylvie]]   RAMQ : [[ID|health_plan:GAGS 6261 0318]]
Le [[DATE|date:12 mars 2024]], 10 h 40
Patiente de [[AGE|other:61]] ans admise il y a 3 jours pour pneumonie communautaire LID. Afébrile depuis 36 h. SaO2 94 % AA. Crépitants base D en diminution. Signe de Murphy négatif.
Labos : GB 9,8; CRP 41 (188 à l'admission); créat 77.
Plan : ceftriaxone 1 g IV die -> céfuroxime 500 mg PO BID pour compléter 7 jours. Physio pour mobilisation. Sa fille ([[PHONE|phone:514 872-3391]]) souhaite être appelée avant le congé, prévu jeudi. Suivi par le CLSC pour soins à domicile.
T.S. : formulaire de prestations de maladie de l'assurance-emploi rempli (NAS [[ID|ssn:383 642 584]]).
R3 médecine interne""",
    """PROGRESS NOTE | [[LOCATION|geo:University Hospital of Northern BC]] | 4 North Medicine
[[DATE|date:Mar 3 2024]] 14:20
Name: [[PERSON|name:Tsai, Wen-Li]] | PHN [[ID|health_plan:9213 607 845]] | MRN [[ID|mrn:H00492871]]
[[AGE|other:44]]F, day 3 DKA. Anion gap closed overnight (AG 11), K 4.1, HCO3 22. Transitioned to SC glargine 22 units qHS + lispro correction scale. Eating 75% of meals. Kussmaul resp resolved.
Husband driving down tonight (3 h).
FreeStyle Libre 2 sensor applied, serial [[DEVICE|device:0M4T2K7PZ8]]; to pair with her phone before d/c.
Plan: endo to see Tues. DM nurse teaching. Sick-day rules handout.
-- NP, Medicine""",
    """[[LOCATION|geo:Qikiqtani General Hospital]] - Inpatient progress note
Pt: [[PERSON|name:Annie Qaunaq]]   NU HC# [[ID|health_plan:104382917]]
[[DATE|date:16/01/2024]]: day 5 post emergency LSCS (medevac from [[LOCATION|geo:Pangnirtung]] at 35/40). Afebrile, fundus firm, lochia moderate. Incision clean, staples out Thursday. Hb 98. Breastfeeding well; baby in nursery, 2.9 kg.
Social: partner flew home to [[LOCATION|geo:Pang]] yesterday. Pt to stay at [[LOCATION|geo:Tammaativvik Boarding Home]] until sked flight. Inuktitut interpreter present for rounds.
Plan: d/c to boarding home; CHN in home community to follow wound + BP.
FM resident""",
    """[[LOCATION|geo:RUH]] 6000 Surgery -- PROGRESS -- [[DATE|date:05-Apr-2024]]
[[PERSON|name:BEARDY, Tyrone]] ([[AGE|other:27]]M)  HSN [[ID|health_plan:783 914 266]]
POD2 lap appy (perforated). Hydromorphone 0.5 mg IV q3h PRN used x3 overnight. Tolerating clears. JP drain 40 mL serosang. Afebrile, lactate 1.1, WBC 12.
Home community [[LOCATION|geo:Muskeg Lake Cree Nation]]; works fly-in/fly-out at a uranium mine - off-work note given.
Plan: DAT, remove JP POD3, ertapenem 1 g IV daily to complete 4 days. Mom at bedside, asking re medical transportation through the band office.
Gen Surg R1""",
    """Ward 4 Medical - [[LOCATION|geo:Middlemore Hospital]]
Progress note [[DATE|date:Tue 20/02/24]] 0930, WR with Dr [[PERSON|name:Faleolo]]
Pt [[PERSON|name:Sione Tuipulotu]], NHI [[ID|health_plan:EUL5252]]
S: less SOB, slept in bed not chair. Still 2-pillow orthopnoea.
O: wt 112.4 kg (down 2.1), JVP 4 cm, bibasal creps to mid-zones, pitting oedema to knees. Na 134, K 4.6, Cr 168 (baseline 140).
A: ADHF improving, HFrEF (EF 25%).
P: furosemide 80 mg IV BD, FR 1.5 L, daily weights. Echo booked. HF CNS to see. Family meeting Thurs with daughter [[PERSON|name:Mele]] and their faifekau from [[LOCATION|geo:Ōtara]].
HO""",
    """[[LOCATION|geo:Gisborne Hospital]], Te Whatu Ora Tairāwhiti - Medical progress note
[[DATE|date:3 May 2024]]
[[PERSON|name:Hēmi Te Kani]], NHI [[ID|health_plan:XSD0352]], [[AGE|other:49]]yo tāne, lives rurally with his wife.
AECOPD d2. Wheeze reduced, speaking full sentences. SpO2 90% on 1L (target 88-92). Pred 40 mg day 2/5, doxy 100 mg. Smoking 20/day, keen to quit - referred to the Stop Smoking Service, nicotine patch 21 mg.
Whānau hui this pm with his wife and kaumātua Matua [[PERSON|name:Rāwiri]]; karakia before.
Plan: home Mon if stable to [[ADDRESS|geo:1187 Waiomatatini Road, RD 3, Ruatōria 4032]]. Spiriva 18 mcg, Seretide 250 continue.""",
    """[[LOCATION|geo:CHCH HOSP]] ORTHO - PROGRESS - [[DATE|date:14.08.2023]]
Pt: [[PERSON|name:Liam O'Driscoll]]  NHI [[ID|health_plan:UZM3933]]  ACC [[ID|other:10049218763]]
D1 post ORIF R distal radius (volar plate) after an MTB crash on Saturday.
Pain 3/10 on oxycodone 5 mg PRN x2. Fingers WWP, cap refill <2 s, sensation intact median/ulnar/radial. Swelling mild. Backslab intact.
Wound check photos: [[ID|photo:UZM3933_Rwrist_20230814_01.jpg]], [[ID|photo:UZM3933_Rwrist_20230814_02.jpg]].
Plan: d/c today, flatmate collecting. #clinic 2/52 with XR. Medical cert for uni given.
Ortho Reg""",
    """[[LOCATION|geo:Kaitaia Hospital]] - inpatient progress note
[[PERSON|name:Mereana Poutama-Hetaraka]]  NHI [[ID|health_plan:DHT8795]]  [[AGE|other:71]]F
R shin cellulitis day 3 IV fluclox 2 g q6h. Erythema static, less warm. Afebrile 24 h. CRP 62 <- 140. eGFR 48.
Lives alone at [[LOCATION|geo:Ahipara]], no car; moko [[PERSON|name:Tama]] (ph [[PHONE|phone:021 447 930]]) checks on her daily.
Plan: fluclox 500 mg QID PO tomorrow, d/c Thursday; district nurses for dressings; GP f/u 1/52.
MO""",
    """[[LOCATION|geo:Te Whare o Matairangi]] (acute MH inpatient unit) - progress note
[[DATE|date:Sat 9 Dec 2023]] 1415
Tangata whaiora: [[PERSON|name:Priyanka Deo]], [[AGE|other:24]], NHI [[ID|health_plan:FHW0097]], s30 MH(CAT) Act.
Mental state: more settled, sleeping 6 h, no PRN lorazepam since Thurs. Less preoccupied with the neighbours in [[LOCATION|geo:Newtown]]. Denies SI. Insight partial.
Mum visited; phone [[PHONE|phone:04 389 2716]]; wants to be informed re leave.
Plan: escorted leave 2 h Sunday. Olanzapine 10 mg nocte cont. Consultant review Mon.
RN""",
]

DISCHARGE_SUMMARIES = [
    """DISCHARGE SUMMARY
Site: [[LOCATION|geo:Foothills Medical Centre]]
Patient: [[PERSON|name:OKAFOR, Chinedu]]    AB PHN/ULI: [[ID|health_plan:60017-4428]]    Discharge: [[DATE|date:2024-01-29]]
Most responsible physician: Dr [[PERSON|name:Marguerite Lindqvist]] (CPSA [[ID|license:022817]])
Diagnosis: NSTEMI. PCI to proximal LAD, DES x1 (Xience Skypoint 3.0 x 23 mm, lot 3092641). Peak troponin 4,812 ng/L. EF 45% on echo.
Discharge meds: ASA 81 mg daily; ticagrelor 90 mg BID x 12 months; atorvastatin 80 mg; metoprolol 25 mg BID; ramipril 2.5 mg daily; nitro spray PRN.
Follow-up: cardiac rehab, cardiology clinic 6 weeks. Copy to family physician by fax [[PHONE|fax:403-239-5514]].
No driving x 1 week. Off work (welder) pending rehab; EI sickness form done, SIN [[ID|ssn:622 348 852]].""",
    """RÉSUMÉ DE DÉPART - [[LOCATION|geo:Hôpital régional d'Edmundston]] (Réseau de santé Vitalité)
Nom : [[PERSON|name:Thériault, Jean-Guy]]   Assurance-maladie N.-B. : [[ID|health_plan:318 442 907]]
Né le [[DATE|date:2 février 1948]] ([[AGE|other:76]] ans)
Diagnostic principal : AVC ischémique sylvien gauche, aphasie légère résiduelle. FA nouvellement diagnostiquée (CHA2DS2-VASc 5).
Médicaments au départ : apixaban 5 mg BID, atorvastatine 40 mg, ramipril 5 mg.
Conduite automobile : interdite pour au moins 1 mois; le patient a été informé. Permis N.-B. no [[ID|license:4417289]] - avis au registraire envoyé.
Retour à domicile au [[ADDRESS|geo:84, rue Canada, Edmundston (N.-B.) E3V 1V5]] avec son épouse. Ergothérapie et orthophonie en externe; suivi chez le médecin de famille dans 2 semaines.""",
    """DISCHARGE SUMMARY - Nova Scotia Health
[[LOCATION|geo:QEII Health Sciences Centre]], Cardiology 7.2
Patient: [[PERSON|name:MacNeil, Catherine Anne]]   MSI: [[ID|health_plan:0049 227 318]]   Unit #: [[ID|mrn:Q1183306]]
Symptomatic complete heart block -> dual-chamber pacemaker. Generator Medtronic Azure XT DR MRI SureScan, model W1DR01, serial [[DEVICE|device:RNB602184S]]. RA lead 5076-52, serial [[DEVICE|device:PJN7283319]]. Temporary ID card given; permanent card to be mailed.
Remote monitoring: MyCareLink Smart enrolled.
Wound: Dermabond, keep dry 5/7. No lifting L arm above shoulder x 4 weeks.
Device clinic in 4 weeks. FP copy by fax [[PHONE|fax:902-842-1167]].""",
    """[[LOCATION|geo:Health Sciences Centre Winnipeg]] - DISCHARGE SUMMARY (Nephrology)
Patient: [[PERSON|name:APETAGON, Shirley]]   PHIN [[ID|health_plan:109442871]]   MB Reg # [[ID|health_plan:604219]]   HSC chart [[ID|mrn:0118 4472]]
Age: [[AGE|other:54]]   Home community: [[LOCATION|geo:Norway House Cree Nation]]
Admitted with uremia; tunneled HD catheter day 2; AV fistula L forearm day 16.
Dx: ESKD secondary to diabetic nephropathy. Started HD MWF.
Disposition: repatriated; satellite HD in community from next week. Contact via the band health office (pt has no home phone).
Meds: sevelamer 800 mg TID with meals, calcitriol 0.25 mcg, EPO per unit protocol, insulin glargine 14 u.""",
    """NL Health Services - DISCHARGE SUMMARY
[[LOCATION|geo:Health Sciences Centre]], [[LOCATION|geo:St. John's]] - Orthopaedics 5 North A
Patient: [[PERSON|name:FITZPATRICK, Bridget]]   MCP: [[ID|health_plan:219 004 418 007]]   Age: [[AGE|date:91]]
Fall at home in [[LOCATION|geo:Bonavista]]: R intertrochanteric # -> cephalomedullary nail (Gamma3, lot 2L88431).
Post-op delirium, resolved with non-pharm measures. Hb nadir 84, 1 unit PRBC.
Discharged to LTC. Niece is SDM, ph [[PHONE|phone:709-468-2219]].
Fracture clinic 6/52 by telehealth. Enoxaparin 40 mg SC daily x 35 days. Vit D 1000 IU.""",
    """DISCHARGE SUMMARY - [[LOCATION|geo:Waikato Hospital]], Te Whatu Ora Waikato
Name: [[PERSON|name:Ngaio Rangiwahia]]   NHI: [[ID|health_plan:AYR0669]]
Address: [[ADDRESS|geo:17 Kahikatea Drive, Frankton, Hamilton 3204]]
Discharged: [[DATE|date:15/03/2024]]   Ward: M6
Consultant: Dr [[PERSON|name:Sandeep Walia]] (MCNZ [[ID|license:41387]])
Diagnosis: urosepsis (E. coli, ESBL negative). AKI stage 2 - Cr peak 212, now 98.
Medications changed: STOPPED cilazapril and bendrofluazide (restart at GP review if BP >150). Co-amoxiclav 625 mg TDS to complete 7 days.
GP actions: U&E in 1 week. BP review.""",
    """Electronic Discharge Summary - [[LOCATION|geo:Hawke's Bay Fallen Soldiers' Memorial Hospital]]
Patient: [[PERSON|name:TAUROA, Wiremu Hōhepa]]   NHI [[ID|health_plan:FRH9332]]   Age [[AGE|date:92]]
Presenting problem: RLL pneumonia with hypoactive delirium. Delirium resolved by d5; 4AT 0 at discharge.
Functional: walks with frame, needs supervision for showers.
Discharged to whānau home at [[ADDRESS|geo:36 Kopu Road, Wairoa 4108]] (daughter [[PERSON|name:Huia Tauroa]]).
Referrals: district nursing; NASC for home help; kaupapa Māori provider kaiāwhina.
Follow-up: GP in 1 week. Amoxicillin completed in hospital.""",
    """[[LOCATION|geo:Dunedin Hospital]] - Cardiology discharge letter
Re: [[PERSON|name:Kirsten van der Berg]], NHI [[ID|health_plan:QPN5214]], [[LOCATION|geo:Mosgiel]]
Out-of-hospital VF arrest at the pool; bystander CPR + AED, ROSC 6 min.
Secondary-prevention ICD: Boston Scientific Resonate EL ICD, model D433, serial [[DEVICE|device:724519]]. LATITUDE communicator serial [[DEVICE|device:W65208381]] set up for remote follow-up.
Driving: no private driving for 6 months (NZTA guidance). Holds a class 2 licence, NZ driver licence [[ID|license:EH482917]]; told to stop heavy-vehicle driving.
Meds: bisoprolol 2.5 mg mane, atorvastatin 40 mg, aspirin 100 mg.""",
    """MATERNITY DISCHARGE - [[LOCATION|geo:Palmerston North Hospital]] Maternity Ward
Mother: [[PERSON|name:Losana Vuniwaqa]]   NHI [[ID|health_plan:FCA4686]]   G3P3
Baby: girl, NHI [[ID|health_plan:AHZ5356]], born [[DATE|date:28/01/2024]] 0412 at 39+2, SVD, 3420 g, Apgars 8 and 9.
Discharged day 2 to [[ADDRESS|geo:8 Ruahine Street, Roslyn, Palmerston North 4414]], LMC midwife to visit.
Newborn metabolic screen (Guthrie card) taken at 48 h, card no. [[ID|other:24-118330]]. Hep B vaccine and vitamin K given. O pos, anti-D not required.""",
    """DISCHARGE SUMMARY - General Surgery, [[LOCATION|geo:Whangārei Hospital]]
[[PERSON|name:PENE, Rawiri]]   NHI [[ID|health_plan:PCU9502]]
[[ADDRESS|geo:412 Bickerstaffe Road, RD 2, Maungaturoto 0583]]
ACC claim [[ID|other:10051377402]]. LOS 4 days.
Quad bike rollover on the farm; grade II splenic laceration, L ribs 9-10 #. Managed non-operatively, Hb stable 128 -> 121.
Advice: no contact sport or heavy farm work for 6 weeks.
Analgesia: paracetamol 1 g QID, ibuprofen 400 mg TDS x 5/7, oxycodone 5 mg PRN (10 tabs).
GP copy by fax [[PHONE|fax:09 431 8026]]. ACC medical certificate given for employer ([[LOCATION|geo:Otamatea Dairy Farms]]).""",
]

REFERRAL_LETTERS = [
    """[[ADDRESS|geo:2333 Bloor St W, Suite 204, Toronto, ON M6S 1P4]]
T [[PHONE|phone:416-769-2240]]  F [[PHONE|fax:416-769-2251]]

To: Movement Disorders Clinic

Re: [[PERSON|name:Bohdan Kravchenko]]  OHIP [[ID|health_plan:8287 831 997 BX]]

Dear colleague,
Thank you for seeing this streetcar operator with an 8-month history of asymmetric R hand resting tremor, micrographia and reduced arm swing. No response to propranolol 40 mg BID. MoCA 27/30. No antipsychotic exposure. He is worried about his job.
PMH: HTN, GERD. Meds: amlodipine 5 mg, pantoprazole 40 mg.
Sincerely,
Dr [[PERSON|name:Farah Siddiqui]], CCFP   CPSO #[[ID|license:87412]]   Billing # [[ID|license:042817]]""",
    """[[LOCATION|geo:GMF des Grands-Vents]]
Téléc. : [[PHONE|fax:418 724-9190]]

[[LOCATION|geo:Rimouski]], le [[DATE|date:8 avril 2024]]

Objet : demande de consultation en dermatologie (priorité B, via CRDS)
Patient : [[PERSON|name:Francis Pelletier]], RAMQ [[ID|health_plan:PELF 7403 1922]]

Chère consœur, cher confrère,
Lésion pigmentée du dos de 9 mm, asymétrique, bords irréguliers, changement de couleur depuis 6 mois (ABCDE 4/5). Dermoscopie : réseau atypique. Photo jointe : [[ID|photo:PELF74031922_dos_01.jpg]].
ATCD : coups de soleil répétés; père décédé d'un mélanome.
Médecin de famille - permis CMQ [[ID|license:1-08214]]""",
    """[[LOCATION|geo:Summerside Medical Centre]] | Fax [[PHONE|fax:902-432-8830]]
To: Orthopaedic Surgery
RE: [[PERSON|name:GALLANT, Yvette]] | PEI Health # [[ID|health_plan:10447218]] | DOB [[DATE|date:Feb 3 1955]]
Reason: R knee OA, Kellgren-Lawrence grade 4, failed conservative mgmt (physio x 12 wk, 2 steroid injections, Tylenol Arthritis; naproxen stopped d/t GI upset). WOMAC 68. BMI 31. Night pain, walking < 1 block. Lives alone in [[LOCATION|geo:Miscouche]] and wants to stay independent. Requesting TKA assessment.""",
    """REFERRAL | [[LOCATION|geo:Klondike Family Medicine]] | [[EMAIL|email:referrals@klondikefm.ca]]
Date: [[DATE|date:2024-05-06]]
To: Hepatology (travel via Yukon Medical Travel)
Patient: [[PERSON|name:Dennis Charlie]]   YHCIP [[ID|health_plan:002-418-355]]
Lives in [[LOCATION|geo:Carmacks]].
Hx: hep C genotype 1a, SVR after sofosbuvir/velpatasvir 2019. Now compensated cirrhosis, Child-Pugh A5, FibroScan 17.8 kPa. AFP 9. US: 2.1 cm lesion seg VI, LI-RADS 4 on MRI.
Please expedite. He prefers Mon-Wed appointments to fit the Air North schedule.
Referring physician, Yukon Medical Council licence [[ID|license:YMC-1187]]""",
    """[[LOCATION|geo:Frame Lake Community Health Clinic]]   Fax [[PHONE|fax:867-669-3128]]
[[DATE|date:11 Jan 2024]]
Referral to Nephrology
Patient: [[PERSON|name:Mackenzie Lafferty]], NWT HCN [[ID|health_plan:N1473082]], [[AGE|other:62]] y/o M from [[LOCATION|geo:Behchokǫ̀]].
eGFR decline 38 -> 24 over 12 months, ACR 84, BP 152/90 on 3 agents. DM2 x 20 y, A1c 8.4. Renal US: small echogenic kidneys, no hydro.
Needs a Tłı̨chǫ interpreter and an escort (wife).""",
    """[[ADDRESS|geo:885 New North Road, Mt Albert, Auckland 1025]]
Fax [[PHONE|fax:(09) 846 2119]]
eReferral [[ID|other:ERF-2024-118372]]
To: Cardiology OPD
Patient: [[PERSON|name:Mohammed Al-Rashidi]], NHI [[ID|health_plan:CCG0003]], mob [[PHONE|phone:022 318 7751]]
Interpreter: Arabic.
Dear colleague, exertional chest tightness for 6 weeks, CCS II. Exercise ECG: 2 mm ST depression at 6 min (Bruce protocol). TC 6.4, LDL 4.1. Ex-smoker. Started aspirin 100, atorvastatin 40, GTN spray. Please see for angiography.
GP, MCNZ [[ID|license:28814]]""",
    """[[LOCATION|geo:Ngongotahā Medical Centre]]
To: Ophthalmology
Re: [[PERSON|name:Whetu Ngata]] ([[AGE|other:52]]), NHI [[ID|health_plan:CHF9504]]
Kia ora koutou,
Diabetic retinal screening graded R3s/M1 both eyes (images [[ID|photo:CHF9504_R_macula_20240115.tif]], [[ID|photo:CHF9504_L_macula_20240115.tif]]). VA 6/12 R, 6/18 L. HbA1c 92 mmol/mol on metformin 1 g BD and vildagliptin.
She works shifts at [[LOCATION|geo:Red Stag Timber]] and transport may be an issue - her daughter drives.
Ngā mihi""",
    """From: [[LOCATION|geo:Windsor Medical Centre]], [[LOCATION|geo:Invercargill]] - email [[EMAIL|email:nurses@windsormedical.co.nz]]
To: Colorectal Surgery / Endoscopy
Patient: [[PERSON|name:Hamish McKenzie]]   NHI [[ID|health_plan:TBB5962]]   DOB [[DATE|date:30/08/1962]]
Address: [[ADDRESS|geo:57 Palmerston Street, Riverton 9822]]
Positive FIT via the National Bowel Screening Programme (FIT 96 ng/mL); Hb 118, ferritin 9. Altered bowel habit 3 months, 4 kg weight loss. Father had bowel cancer at 60. Meets criteria for urgent colonoscopy (within 2/52).""",
    """REFERRAL - ENT / Audiology
From: [[LOCATION|geo:Grey Medical Centre]], [[LOCATION|geo:Greymouth]]
To: ENT visiting clinic
Name: [[PERSON|name:Shona Bradshaw]]   NHI [[ID|health_plan:AJP6352]]
Lives in [[LOCATION|geo:Blackball]]; heavy machinery operator at an opencast mine for 20 years.
Bilateral high-frequency SNHL with a 4 kHz notch, constant tinnitus. ACC gradual-process claim lodged, claim no. [[ID|other:10052284719]].
Please assess for hearing aids and the ACC hearing loss assessment.""",
    """[[LOCATION|geo:Cannons Creek Family Practice]] | fax [[PHONE|fax:04 237 6619]]
[[DATE|date:Thursday 29 February 2024]]
URGENT referral - Paediatrics
Child: [[PERSON|name:ʻOfa Havili]], [[AGE|other:6]] years, NHI [[ID|health_plan:KPN9378]]
Mother [[PERSON|name:Salote Havili]], mob [[PHONE|phone:021 0266 4418]] (Tongan; English ok)
Sore throat 3 weeks ago, now migratory polyarthritis (knees, ankles), ESR 88, ASOT 800, new apical pansystolic murmur. ?Acute rheumatic fever - please see today.""",
]

HANDOVERS = [
    """HANDOVER 1900 - 5W ortho, [[LOCATION|geo:Juravinski Hospital]]
bed 12 - [[PERSON|name:kovacs, imre]] [[AGE|other:79]]m mrn [[ID|mrn:J0218847]] d4 post R TKA. pain 3/10 w/ hm 1mg po q4h prn. amb w/ 4ww x2 assist. foley out 0600, voided x2. inr 1.9 on warf. dtr [[PERSON|name:zsuzsa]] calls nightly.
bed 14 - [[PERSON|name:Dolores Fernandes]] [[AGE|other:66]]f CAP, 2L NC sat 93%. son's blue civic, plate [[VEHICLE|vehicle:CKRT 418]], in ER lot since 0300 - security called re ticket, told him to move it.
bed 16 - empty, adm from ED ?2200.
- JT""",
    """RAPPORT INTERSERVICES 7h-15h - 4e Neuro, [[LOCATION|geo:Hôpital de l'Enfant-Jésus]]
412-2 : Mme [[PERSON|name:Lapointe]], [[AGE|other:84]] a, dossier [[ID|mrn:EJ-551209]]. TCC léger post-chute, Glasgow 14 -> 15 ce matin. Surveillance neuro q4h. Fils : [[PHONE|phone:418-661-4075]] (appeler si changement).
414-1 : [[PERSON|name:TREMBLAY Raymond]], [[AGE|other:71]] a, HSA grade 2 J6, nimodipine 60 mg q4h, TA cible < 160. Doppler transcrânien demain. Dort bcp, réveillable.
416-2 : libre, admission de l'urgence vers 13 h.
- inf. MCB""",
    """[[LOCATION|geo:Royal Alex]] 4E handover - nights -> days
rm 4 - [[PERSON|name:Okeymaw, Travis]] [[AGE|other:33]] - [[LOCATION|geo:Maskwacis]] - IVDU, R forearm abscess I&D yesterday, vanc 1.25g q12h, trough due 1000. AMA risk ++, security aware. OAT: Suboxone 16mg daily.
rm 7 - [[PERSON|name:Giesbrecht, Helena]] [[AGE|other:88]] - frail, HAP, M1 goals of care, on 4L. son driving down from the north.
rm 9 - new DM dx, insulin teaching, Vietnamese interp via language line.
ULI on rm 9 wristband reads [[ID|health_plan:72218-5534]] - doesn't match chart, HIM notified.
- SK RN""",
    """[[LOCATION|geo:SJRH]] 3CS ISBAR handover [[DATE|date:Jan 7]] 1900
S: [[PERSON|name:Hatfield, Gordon]] [[AGE|other:69]]M bed 3CS-14, NB Medicare [[ID|health_plan:227 609 481]], d1 post CABG x3.
B: DM2, HTN, ex-smoker. Lives in [[LOCATION|geo:Quispamsis]] w/ wife.
A: CT output 60 mL/4h serous. Pacing wires in, not paced. K 4.2, Mg 0.7 - replaced. Sliding scale insulin, BG 9-12.
R: dangle tonight; CT out tomorrow if <100 mL/8h. Wife left his car keys at front desk - security moved the car ([[VEHICLE|vehicle:JHN 472]]) from the ED bay.""",
    """[[LOCATION|geo:Regina General]] 4A handover (days -> evenings)
Bed 1: [[PERSON|name:Desjarlais, Marlene]] [[AGE|other:47]] from [[LOCATION|geo:Fort Qu'Appelle]] - pancreatitis, NPO, lipase 1800 -> 640, hydromorph 1mg sc q2h prn.
Bed 3: AECOPD, pred d3, neb q4h, sats 89-91 on 2L.
!! Bed 1 visitor restriction: ex-partner [[PERSON|name:Dwayne Pelletier]] NOT permitted (protection order). Protective Services have description; drives a black F-150, SK plate [[VEHICLE|vehicle:124 KXT]].""",
    """ED handover 0700 - [[LOCATION|geo:Waikato Hospital]] ED
R2: [[PERSON|name:Tamati Kereopa]] [[AGE|other:41]] NHI [[ID|health_plan:WMV9962]] - MVC SH1 nr [[LOCATION|geo:Taupiri]] 0340, driver, belted. FAST neg, CT pan-scan: L clavicle #, sternal #. Police attended; his ute [[VEHICLE|vehicle:LKT492]] was towed. ETOH 0.09. Sister on her way from [[LOCATION|geo:Huntly]].
A5: anaphylaxis to cashew, IM adrenaline x2, obs 4h then home with EpiPen script.
A9: chest pain, trop 14 -> 15, ECG unchanged, awaiting med reg.""",
    """Ward 24 [[LOCATION|geo:Christchurch Hosp]] - pm handover
bed 1 [[PERSON|name:Maureen O'Sullivan]] [[AGE|date:94]] NHI [[ID|health_plan:NNG9231]] #NOF d2 post DHS, delirium (4AT 6), 1:1 sitter overnight. from [[LOCATION|geo:Rosewood Rest Home]]. EPOA son [[PERSON|name:Declan]] [[PHONE|phone:03 352 8817]].
bed 2 cellulitis L foot, IV cefaz, BSL 8-14.
bed 1 property: hearing aids L+R in bedside drawer, glasses x2.""",
    """[[LOCATION|geo:Nelson Hospital]] Rata ward handover 2300
1A - [[PERSON|name:Jake Thornbury]] [[AGE|other:34]] - fell from an orchard ladder, L calcaneal #, elevate, NWB. ACC claim no [[ID|other:10053109926]].
1C - [[PERSON|name:Kalo Tari]] - RSE worker from Vanuatu, Bislama interpreter. Passport [[ID|other:RA0448213]] held by the employer's liaison - to be returned to pt. IRD for ACC weekly comp [[ID|ssn:20-517-581]]. Appendicectomy d1, drinking well.
1D - empty.""",
    """[[LOCATION|geo:Tauranga Hosp]] ward 2B am handover
- [[PERSON|name:Ngaire Rewi]] NHI [[ID|health_plan:TSG4309]] from [[LOCATION|geo:Te Puke]] - SBO, NGT on free drainage 400 mL, NBM, KVO.
- [[PERSON|name:Stephen Gallagher]] ("[[PERSON|name:Steve]]") - T1DM, DKA resolved. Keeps his own Medtronic 780G pump, serial [[DEVICE|device:NG4117832H]]; endo ok for pt to self-manage.
- post lap chole, d/c today, husband picking up 1100.""",
    """[[LOCATION|geo:Starship]] ward 26B night handover
bed 5 - [[PERSON|name:Manaia Tautahi]] [[AGE|other:4]]yo - acute asthma, weaning salbutamol 6 puffs q2h -> q3h, pred d2.
bed 7 - [[PERSON|name:Zoe Li]] [[AGE|other:11]] - new T1DM in DKA, off insulin infusion 0200, SC insulin started. Mum [[PERSON|name:Jia Li]] staying on the ward; family from [[LOCATION|geo:Kaikohe]].
bed 9 - OT involvement, social worker on call for tomorrow.""",
]

PHARMACY_RECORDS = [
    """[[LOCATION|geo:Pape Avenue Pharmacy]] - OCP accreditation [[ID|license:309472]]
DISPENSING RECORD
Rx# [[ID|other:4417820]]   Fill date [[DATE|date:2024/03/18]]   Refills 5 of 6
Patient: [[PERSON|name:Theodora Papadakis]]   ODB/OHIP [[ID|health_plan:2955945734]]
Drug: APO-APIXABAN 5MG TAB   DIN 02480987   Qty 60   Days 30   Lot AB2391   Exp 2026-07
Sig: 1 tab PO BID
Prescriber CPSO [[ID|license:61190]]
Customer account [[ID|account:PAP-000418]] - ODB copay $2.00, fee $13.25
Note: MedsCheck done. Daughter picks up.""",
    """BILAN COMPARATIF DES MÉDICAMENTS (BCM) - admission
[[LOCATION|geo:Hôpital Fleurimont]]
Usager : [[PERSON|name:Boucher, Lucien]]   RAMQ [[ID|health_plan:BOUL 4109 2714]]   Dossier [[ID|mrn:F0928841]]   Âge : [[AGE|other:82]]
Sources : DSQ; pharmacie communautaire [[LOCATION|geo:Familiprix Rock Forest]]; entrevue avec l'épouse.
| Médicament | Dose | Fréquence | Décision |
| Metformine | 500 mg | BID | Cesser (DFGe 28) |
| Gliclazide MR | 30 mg | DIE | Poursuivre |
| Rivaroxaban | 20 mg | DIE | Ajuster à 15 mg |
| Pantoprazole | 40 mg | DIE | Poursuivre |
| Lorazépam | 0,5 mg | HS PRN | Réévaluer (chutes) |
Pharmacienne, le [[DATE|date:2024-01-09]]""",
    """Omnicell XT - discrepancy report + med rec, [[LOCATION|geo:Royal Inland Hospital]], 6 North
Pt: [[PERSON|name:DHALIWAL, Harjit Kaur]]  PHN [[ID|health_plan:9167 507 457]]  MRN [[ID|mrn:RIH0883315]]
Override removal: HYDROmorphone 2 mg/mL amp x1, cabinet 6N-A, drawer 3 pocket 12, user [[ID|other:cmackay2]], fingerprint template [[ID|biometric:BIO-FP-0041877]].
Witness RN, fingerprint login [[ID|biometric:BIO-FP-0039112]].
Count: expected 7, found 6 -> resolved (pocket miscount at last refill).
Home meds (PharmaNet): insulin glargine 30 u hs, metformin 1000 mg BID, amlodipine 10 mg, rosuvastatin 20 mg.""",
    """[[LOCATION|geo:Thompson Clinic Pharmacy]] - OAT dispensing log
Patient: [[PERSON|name:Spence, Marcus]]  PHIN [[ID|health_plan:112 830 447]]  NIHB status [[ID|health_plan:3081147702]]
Rx [[ID|other:RX5530127]]: methadone 1 mg/mL oral soln (Metadol-D), 85 mg daily, witnessed Mon-Sat, 1 carry Sun. Lot 22K184 exp 2025-11.
Prescriber CPSM reg [[ID|license:44129]]
Missed 2 doses last week (funeral out of town); prescriber notified, dose held at 85 mg.
SIN on file for the NIHB appeal form: [[ID|ssn:667 883 581]].""",
    """[[LOCATION|geo:Lawtons Drugs West Street]], [[LOCATION|geo:Corner Brook]] - blister pack reconciliation (NLPDP)
Client: [[PERSON|name:Gerard Pike]]   MCP [[ID|health_plan:308 412 776 019]]
Home: [[ADDRESS|geo:12 Humber Rd, Corner Brook, NL A2H 1E9]]
Changes since last pack:
+ furosemide 40 mg AM (new)
- spironolactone 25 mg (stopped, K 5.8)
~ metoprolol 25 -> 50 mg BID
4 weeks, DIN list checked x2.
Account [[ID|account:CB-77231]]: NLPDP paid, client balance $4.17.
Delivery: leave at side door, call [[PHONE|phone:709-634-2278]] first.""",
    """[[LOCATION|geo:Unichem Papakura]] - dispensing record
Rx [[ID|other:1187342]]   [[DATE|date:15/05/24]]
[[PERSON|name:Vaifale Leota]]   NHI [[ID|health_plan:VVU5697]]
Febuxostat 80mg tab, 1 daily - Qty 30 x 3 repeats. Pharmacode 2453142. Special Authority [[ID|other:SA2290117]] (expires 2025).
Colchicine 500mcg tab, 2 stat then 1 BD prn flare - Qty 20.
Prescriber MCNZ [[ID|license:17732]]
Co-payment $0 (prescription subsidy card).""",
    """Medicines reconciliation - [[LOCATION|geo:Tauranga Hospital]] Pharmacy
Patient: [[PERSON|name:Brian Hollis]]   NHI [[ID|health_plan:UVP3693]]   [[AGE|other:73]]
Sources: patient, wife, community pharmacy ([[LOCATION|geo:Bethlehem Pharmacy]]), GP record, MedChart.
| Medicine | Pre-admission | Inpatient | Comment |
| cilazapril | 5 mg mane | WITHHELD | AKI, Cr 168 |
| metoprolol CR | 47.5 mg | 23.75 mg | HR 58 |
| dabigatran | 110 mg BD | 110 mg BD | check CrCl |
| Laxsol | 2 nocte | 2 nocte | - |
Discrepancy: patient also takes glucosamine (not on GP list) - documented.
Pharmacist, Pharmacy Council reg [[ID|license:8812]]""",
    """CONTROLLED DRUG REGISTER - [[LOCATION|geo:Ōpōtiki Pharmacy]] - methylphenidate SR 20 mg
Date | Patient name & address | Prescriber | In | Out | Balance | Pharm
[[DATE|date:03/10/23]] | [[PERSON|name:Kahu Raihania]], [[ADDRESS|geo:9 Potts Avenue, Ōpōtiki 3122]] | GP | - | 60 | 124 | TM
[[DATE|date:05/10/23]] | [[PERSON|name:Rebecca Hughes]], [[ADDRESS|geo:118 Church Street, Ōpōtiki 3122]] | psych | - | 30 | 94 | TM
received from wholesaler, invoice W-7718342 | - | 100 | - | 194 | SB
Weekly balance check: 194 physical = 194 book. Signed TM / SB.""",
    """Opioid Substitution Treatment - dispensing - [[LOCATION|geo:Linwood Pharmacy]]
Client: [[PERSON|name:Shane Ruwhiu]] ("[[PERSON|name:Shano]]")   NHI [[ID|health_plan:JKJ2191]]
Methadone 60 mg daily, observed Mon-Sat, takeaway Sun. Photo ID on file: [[ID|photo:JKJ2191_ID_photo.jpg]].
Missed 3 consecutive doses - NOT dosed today; referred back to prescriber per protocol.
Key worker: [[PERSON|name:Donna Kerr]] (CADS), [[PHONE|phone:03 335 4020]]. Partner not authorised to collect.""",
    """Pyxis MedStation ES - ward 64, [[LOCATION|geo:Auckland City Hospital]] - discrepancy + reconciliation
[[DATE|date:2024-07-02T03:14:22+12:00]] REMOVE user=[[ID|other:JTAUFA01]] bio=[[ID|biometric:BIO-7743-0915]] item=fentanyl 100mcg/2mL amp qty=1 pt=[[PERSON|name:Helen Maʻilo]] nhi=[[ID|health_plan:PST5491]]
+00:01:43 WASTE 50mcg witness=[[ID|other:SELWOOD3]] bio=[[ID|biometric:BIO-7743-1188]]
+04:48:18 COUNT DISCREPANCY pocket 4-B12 expected 9 found 8 -> resolved: documented waste not entered""",
]

TELEHEALTH_NOTES = [
    """VIRTUAL CARE NOTE - OTN eVisit
Date: [[DATE|date:2024-03-26]]   Start 13:02   End 13:31
Patient site: telemedicine room, [[LOCATION|geo:Weeneebayko General Hospital]], [[LOCATION|geo:Moose Factory]]; TCN presenting
Patient: [[PERSON|name:KATAQUAPIT, Josephine]]   OHIP [[ID|health_plan:2143 870 919 RM]]
Link: [[URL|url:https://otnhub.ca/join/7731820446]]
Otoscope image saved: [[ID|photo:KATAQUAPIT_J_Lear_20240326.png]]. L TM retracted with effusion, no perforation. Hearing screen failed L.
Plan: ENT visiting clinic; amoxicillin not indicated. Mother agrees. Billed B100A + A261.""",
    """Virtual visit - Zoom for Healthcare - GDM clinic, [[LOCATION|geo:Kelowna General Hospital]]
Patient: [[PERSON|name:Ashleigh Brennan]]   PHN [[ID|health_plan:9909 176 176]]   at home
Contact: [[EMAIL|email:ash.brennan88@shaw.ca]]
Meeting ID [[ID|other:962 4418 3307]] - [[URL|url:https://interiorhealth.zoom.us/j/96244183307]]
ID verified: name + DOB, BC driver's licence [[ID|license:7719043]] held to camera. Patient connection [[IP|ip:24.69.144.208]]; dropped once at 10:22, rejoined.
29/40, fasting BG 5.6-6.1, 1h PP 7.0-8.4 on diet. Start NPH 6 u hs. Growth scan at 32/40.""",
    """TÉLÉCONSULTATION - Pédopsychiatrie, [[LOCATION|geo:Hôpital de Chicoutimi]]
Date : [[DATE|date:2024-02-15]], 9 h 00 - plateforme Teams
Lien : [[URL|url:https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmQ4ZjE2YTgtOWI3Ny00ZTdh%40thread.v2/0]]
Usagère : [[PERSON|name:Léa Simard]], [[AGE|other:15]] ans, RAMQ [[ID|health_plan:SIML 0857 2411]]
Mère présente en début d'entrevue. Courriel pour suivi : [[EMAIL|email:caro.bouchard@videotron.ca]]
Humeur basse depuis 4 mois, idées suicidaires passives, sans plan. PHQ-A 17. Sertraline 25 mg -> 50 mg. Filet de sécurité revu; Info-Social 811 et 1 866 APPELLE rappelés.""",
    """Telehealth consult - [[LOCATION|geo:Kivalliq Health Centre]], [[LOCATION|geo:Rankin Inlet]] <-> Pediatrics
Patient: [[PERSON|name:Tuktu Kaludjak]], [[AGE|other:3]]yo, NU HC [[ID|health_plan:118445209]]; mother and Inuktitut interpreter present.
Cart: Polycom RealPresence, serial [[DEVICE|device:8211470F52E9CD]], site codec [[IP|ip:10.48.12.77]]. Digital stethoscope streamed well.
3 wheezy episodes since Sept; today mild resp distress, SpO2 93%. Salbutamol via spacer, pred 1 mg/kg x3d. Medevac not required.""",
    """Consultation virtuelle - Clinique de la douleur, [[LOCATION|geo:CHU Dr-Georges-L.-Dumont]]
Le [[DATE|date:4 juin 2024]], 13 h 30
Patiente : [[PERSON|name:Chantal LeBlanc]], [[AGE|other:59]] ans; assurance-maladie [[ID|health_plan:774 019 336]]
Lien envoyé à [[EMAIL|email:chantal.leblanc59@rogers.com]]; connexion depuis [[IP|ip:142.166.204.19]].
Lombalgie chronique et fibromyalgie. Duloxétine 60 mg bien tolérée; prégabaline cessée (œdème). Programme d'exercice en piscine.""",
    """Telehealth - [[LOCATION|geo:Chatham Islands Health Centre]], [[LOCATION|geo:Waitangi]] <-> Diabetes service
[[DATE|date:12/09/2023]]
Patient [[PERSON|name:Te Rangi Tuuta]], NHI [[ID|health_plan:PSD2658]]; nurse with patient.
Zoom [[URL|url:https://ccdhb.zoom.us/j/84277190432]] (meeting ID [[ID|other:842 7719 0432]]).
Foot photo uploaded: [[ID|photo:PSD2658_Rfoot_ulcer_0923.jpg]] - R 1st MTP ulcer 1.5 cm, clean base, no probe to bone.
Plan: offloading boot on the next Air Chathams freight, flucloxacillin not needed, review by video 2/52.""",
    """Video consult (ManageMyHealth) - [[LOCATION|geo:Mercury Bay Medical Centre]]
[[PERSON|name:Olivia Brandt]], NHI [[ID|health_plan:XFU5186]], portal login [[ID|other:olivia.brandt84]], [[EMAIL|email:olivia.brandt84@xtra.co.nz]]
Session from [[IP|ip:2404:4408:63c1:9a00:5d2e:1f07:ab34:c019]].
UTI symptoms 2/7, no fever, no loin pain. Not pregnant. Nitrofurantoin 100 mg BD 5/7 e-prescribed.
Results link sent: [[URL|url:https://app.managemyhealth.co.nz/patient/labresults/8817320]]""",
    """Tele-psychiatry review - Community Mental Health, [[LOCATION|geo:Hāwera]] (client) / psychiatrist at [[LOCATION|geo:Taranaki Base Hospital]]
Client: [[PERSON|name:Jordan Ngarewa-Lowe]] (they/them), [[AGE|other:27]], NHI [[ID|health_plan:XCR5607]]
Key worker in the room. Vidyo room [[ID|other:TAR-MH-0417]].
Mood improved on lithium 800 mg, level 0.7. Sleeping. Working part-time. No SI. Flatmate concerns re alcohol discussed.
Plan: lithium level + TFT/Ca in 3 months; next tele-review 6/52.""",
    """Virtual urgent care - video + photo triage
[[DATE|date:2024-01-12]] 19:05
Patient: [[PERSON|name:Maya Fernando]], NHI [[ID|health_plan:JTA6351]]; on holiday at [[LOCATION|geo:Twizel Holiday Park]]
Identity check: selfie matched to ID, face template [[ID|biometric:FMT-3c9a17e2]]
Uploaded photo [[ID|photo:rash_MFernando_0112.heic]]: annular erythema L calf, 6 cm, central clearing. Tramped around [[LOCATION|geo:Lake Ōhau]] last week; also hiked in Germany 3 wk ago.
Plan: doxycycline 100 mg BD 14/7 to cover erythema migrans acquired overseas vs cellulitis. Healthline 0800 611 116 if worse.""",
    """Phone/video consult - [[LOCATION|geo:Te Kōhao Health]]
[[PERSON|name:Kararaina Herangi]], NHI [[ID|health_plan:TCQ8398]], lives in [[LOCATION|geo:Raglan]]
Video link [[URL|url:https://tekohao.vc.health.nz/room/kh-4471]] failed (client [[IP|ip:122.56.201.14]], packet loss 18%) - switched to phone [[PHONE|phone:027 415 8830]].
BP home readings 148/92 avg. Amlodipine 5 -> 10 mg. Kaiāwhina to drop a new BP cuff and the prescription.""",
]

BILLING_CLAIMS = [
    """OHIP CLAIM - MOH EDT batch 0412 - HEADER-1 / ITEM records
Provider: Dr [[PERSON|name:Rashida Osei]]   Billing # [[ID|license:018834]]   Specialty 00
Health No: [[ID|health_plan:6008895333-AH]]   Pt: [[PERSON|name:HUANG, MEI-LING]]   DOB [[DATE|date:19780412]]   Sex 2
Payment program HCP   Facility # 3910   Service date [[DATE|date:20240304]]
ITEM | Fee code | Units | Fee | Dx
1 | A007A | 1 | 37.95 | 300
2 | K005A | 2 | 140.40 | 300
3 | G590A | 1 | 5.60 | 895
Claim ref [[ID|other:ON24-0304-118822]]
RA: item 3 rejected, explanatory code V05 (version code). Resubmit with new VC.
EFT to payee account [[ID|account:002-14882-3390415]].""",
    """DEMANDE DE PAIEMENT - RAMQ - rémunération à l'acte, omnipratique
Professionnel : Dr [[PERSON|name:Khalil Haddad]], no [[ID|license:1-12457]]
Lieu : [[LOCATION|geo:CLSC Hochelaga-Maisonneuve]] (no d'établissement 06164)
Personne assurée : [[PERSON|name:CÔTÉ, Ginette]]   NAM [[ID|health_plan:COTG 5562 1019]]
Service du [[DATE|date:2024-05-13]] : code d'acte 00092 (visite de suivi, clientèle vulnérable), diagnostic 250, 62,45 $
Code d'acte 08879 (tarif ajusté) 14,20 $
État : payée.   Dépôt direct : [[ID|account:815-30124-0047719]]""",
    """ICBC / MSP BILLING WORKSHEET - physiotherapy
Patient: [[PERSON|name:Gurdeep Sangha]]   PHN [[ID|health_plan:9597 196 106]]
ICBC claim # [[ID|other:KA48217305]]
Insured vehicle: 2018 Toyota Corolla, BC plate [[VEHICLE|vehicle:SM4 87T]], VIN [[VEHICLE|vehicle:2T1BURHE6J9546971]]
Income replacement form attached - SIN [[ID|ssn:714 777 133]]
Treatment | Code | Fee
Initial assessment | PT01 | $185.00
Treatment #2 | PT02 | $110.00
Physiotherapist CPTBC reg [[ID|license:P2144]]""",
    """SGI AUTO INJURY - Initial Physician Report
Claimant: [[PERSON|name:Kayleigh Bear]]   HSN [[ID|health_plan:661 208 473]]
SGI claim [[ID|other:2400118734]] - front-seat passenger, highway collision
Vehicle: 2020 Chevrolet Equinox, SK plate [[VEHICLE|vehicle:738 MJB]], VIN [[VEHICLE|vehicle:2GNAXUEV2L0047905]]
Injuries: WAD II, L wrist sprain. Off work (CCA at [[LOCATION|geo:Sherbrooke Community Centre]]) 2 weeks.
SIN (income replacement): [[ID|ssn:660 026 535]]
Fee code 50B""",
    """WCB NOVA SCOTIA - Physician's Report (Form 8/10)
Worker: [[PERSON|name:Darren MacIsaac]]   SIN [[ID|ssn:103-430-989]]   MSI [[ID|health_plan:0032 118 447]]
Address: [[ADDRESS|geo:27 Pleasant St, Antigonish NS B2G 1W3]]   Phone [[PHONE|phone:(902) 863-7740]]
WCB claim [[ID|other:5087742]]
Dx: L rotator cuff strain (lifting rolls at the mill). Modified duties 4 wk, no overhead lifting > 5 kg.
Fees: WCB 8/10 report $75.50; MSI 03.03 visit
Remit to: [[ID|account:003-40122-1048879]]""",
    """ACC45 INJURY CLAIM
ACC45 no. [[ID|other:KG82047]]   Claim no. [[ID|other:10056617203]]
Patient: [[PERSON|name:Tevita Fifita]]   NHI [[ID|health_plan:WPZ9866]]   Ethnicity: Tongan
Address: [[ADDRESS|geo:22 Ferguson Street, Māngere East, Auckland 2024]]
Accident: at work - stepped off a loading dock
Diagnosis: sprain of ankle, Read code S540. (lateral ligament), side L
Work capacity: fully unfit 14 days
IRD [[ID|ssn:46-204-603]]
ACC provider ID [[ID|license:G07534]]""",
    """ACC claim lodgement - motor vehicle accident - [[LOCATION|geo:Tokoroa Hospital]] ED
[[PERSON|name:Connor Blackburn]], NHI [[ID|health_plan:MXJ8896]]
Accident approx 2300 on SH1, driver.
Vehicle 1 (pt): Toyota RAV4 2018, rego [[VEHICLE|vehicle:MTH983]], VIN [[VEHICLE|vehicle:JTMRFREV8J7430687]]. Vehicle 2: rego [[VEHICLE|vehicle:NPK21]].
ACC claim [[ID|other:10057734118]].
Dx: cervical sprain, chest wall contusion (seatbelt sign). CXR NAD.""",
    """Southern Cross Health Insurance - claim (surgical) - prior approval [[ID|other:PA9938201]]
Member: [[PERSON|name:Jennifer Tomlinson]]   Member no. [[ID|health_plan:40018827]]
Procedure: laparoscopic cholecystectomy at [[LOCATION|geo:Grace Hospital]]
Surgeon: Mr [[PERSON|name:Michael Chen]]
Invoice [[ID|account:INV-GH-0048817]] $9,460.00 incl GST; surgeon fee code 30445
Reimburse member to account [[ID|account:12-3041-0150631-00]]""",
    """ACC - weekly compensation set-up (first week paid by employer)
Client: [[PERSON|name:Aperahama Tuhiwai]]   Claim [[ID|other:10058920446]]   NHI [[ID|health_plan:XXA8775]]
IRD [[ID|ssn:103-206-782]]
Address: [[ADDRESS|geo:18 Tamarangi Drive, Kawerau 3127]]
Employer: [[LOCATION|geo:Oji Fibre Solutions Kawerau]] - pre-incapacity earnings $1,642.10/wk (80% = $1,313.68)
Bank account: [[ID|account:06-0817-0554710-03]]
Queries to the case owner via the general line 0800 101 996.""",
    """TAX INVOICE [[ID|account:INV-204417]] - [[LOCATION|geo:Queenstown Medical Centre]]
Bill to: [[PERSON|name:Lukas Brenner]], [[ADDRESS|geo:Lindenstraße 14, 60325 Frankfurt am Main]], Germany
Passport [[ID|other:C4RJ71N2X]]   Travel insurance policy [[ID|health_plan:HMR-TRV-88412093]]
Ski injury - ACC covers visitors.
Items: consult (ACC part-charge) $68.00 | X-ray R knee $0 ACC | hinged knee brace (non-ACC) $185.00
Total $253.00 - paid by card.
Refund of overpayment $40.00 to IBAN [[ID|account:DE98 5001 0517 0648 2719 35]]""",
]

TELEMETRY_LOGS = [
    """TELEHOMECARE RPM EXPORT - COPD program - [[LOCATION|geo:Kingston Health Sciences Centre]]
patient_id=[[ID|mrn:KHSC-2290417]] name="[[PERSON|name:Rideout, Wayne]]" ohip=[[ID|health_plan:9979734069]]
oximeter=Nonin 3230 sn=[[DEVICE|device:503218664]] bt_mac=[[DEVICE|device:00:1C:05:4B:7E:21]]
date=[[DATE|date:2024-02-03]]
07:12:09 SpO2=87 HR=104 RR=24 alert=RED rule=SPO2<88x2
07:18:40 SpO2=89 HR=98 alert=AMBER
07:41:02 ack=RN outcome="using rescue puffer; COPD action plan, started pred"
upload_ip=[[IP|ip:69.158.41.222]] fw=4.2.11 battery=71%""",
    """Rapport de téléversement - t:connect - Clinique de diabète, [[LOCATION|geo:CHU Sainte-Justine]]
Patient : [[PERSON|name:Ouellet, Mathis]] ([[AGE|other:12]] ans)   Dossier : [[ID|mrn:SJ-3309184]]
Pompe t:slim X2 no de série [[DEVICE|device:1087442]]
Période de 14 jours. Temps dans la cible 3,9-10,0 mmol/L : 61 %; < 3,9 : 4 %; GMI 7,4 %; CV 38 %
Téléversé par le père ([[EMAIL|email:j.ouellet@hotmail.ca]]) depuis [[IP|ip:2607:fa49:d840:1e00:8c21:4b7f:2e90:11ad]]
Commentaires : hypos nocturnes après le hockey -> baisser la basale 0 h-4 h de 10 %.""",
    """ResMed AirView - compliance report - [[LOCATION|geo:Chinook Sleep Centre]]
Patient: [[PERSON|name:Bergeron, Todd]]   AB PHN [[ID|health_plan:40822-1196]]
Device: AirSense 11 AutoSet, SN [[DEVICE|device:23214398771]], modem IMEI [[DEVICE|device:354917110248868]]
30-day period: usage 28/30 days, 25 days >= 4 h (83%), median 6.2 h, AHI 3.1, leak 95th 22 L/min, pressure 95th 11.8 cmH2O
myAir account: [[EMAIL|email:todd.bergeron@telus.net]]
Class 1 driver - compliance letter for the medical review; operator licence [[ID|license:163812-447]]
Funding AADL. Mask AirFit F20 M (re-supply due).""",
    """Medtronic CareLink - remote transmission summary - Pacemaker Clinic, [[LOCATION|geo:Royal Jubilee Hospital]]
Patient: [[PERSON|name:Ellison, Margaret]]   PHN [[ID|health_plan:9500 671 407]]
Device: Advisa DR MRI A3DR01, SN [[DEVICE|device:PZY471203H]]; bedside monitor MyCareLink 24950, SN [[DEVICE|device:RMX0118842]]
Transmission [[DATE|date:05-Mar-2024]] 02:14 (scheduled)
Battery 7.5 y. AP 12%, VP 3%. AT/AF burden 0.4%, 2 AHREs (longest 38 min). Lead impedances stable (A 456, V 532 ohms).
Action: CHA2DS2-VASc 4 - letter to GP re anticoagulation.""",
    """Remote patient monitoring - HF program - [[LOCATION|geo:Hay River Health Centre]]
Client: [[PERSON|name:Bertrand Beaulieu]]   NWT HCN [[ID|health_plan:D2208417]]   from [[LOCATION|geo:Fort Resolution]]
Scale A&D UC-352BLE | BP cuff UA-651BLE | hub MAC [[DEVICE|device:B8:27:EB:4C:19:A2]] | hub ip [[IP|ip:206.172.80.41]]
week of [[DATE|date:2024-05-12]]
d1 | 81.4 kg | 128/74 | -
d2 | 83.1 kg | 134/80 | WT +1.7/24h
d3 | 84.0 kg | 140/86 | WT +2.6/48h -> RN call
RN called [[PHONE|phone:867-394-4107]]: lots of dry fish (salt) at a feast; extra furosemide 40 mg x2 days per protocol.""",
    """t:connect / Dexcom Clarity download - [[LOCATION|geo:Auckland Diabetes Centre]]
[[PERSON|name:Anahera Walker]]   NHI [[ID|health_plan:TPV8352]]
Pump: t:slim X2, SN [[DEVICE|device:1169218]]; CGM Dexcom G6 transmitter ID [[DEVICE|device:8GM4RT]]
14 days | TIR 3.9-10: 58% | <3.9: 2% | >13.9: 17% | GMI 7.6% | Control-IQ active 94%
Share report: [[URL|url:https://tconnect.tandemdiabetes.com/reports/patient/8217736]]
Missed lunch boluses (uni timetable). Plan: lunch reminders; ICR 1:8 -> 1:7.""",
    """St John Medical Alarm - event log - subscription [[ID|account:SJMA-0448172]]
Client: [[PERSON|name:Dorothy Pemberton]], [[AGE|date:90]], [[ADDRESS|geo:5 Brougham Street, Westport 7825]]
Base unit VTX330 | SIM ICCID [[DEVICE|device:8964012207184492215]]
[[DATE|date:2024-06-19]] 03:42:10 PENDANT PRESS
03:42:31 voice connected - client: "I've had a fall in the bathroom, can't get up"
03:44:05 responder 1 son [[PERSON|name:Craig Pemberton]] [[PHONE|phone:027 224 9015]] - no answer
03:45:20 responder 2 neighbour - attending
03:51:00 ambulance dispatched""",
    """Virtual Ward - [[LOCATION|geo:Counties Manukau]] - remote obs feed (JSON lines)
{"ts":"[[DATE|date:2023-08-02T09:14:55+12:00]]","pt":"[[PERSON|name:Faʻamoe Leilua]]","nhi":"[[ID|health_plan:RSG1701]]","dev":"[[DEVICE|device:MAS-R100-776102]]","spo2":91,"hr":102,"src_ip":"[[IP|ip:203.86.200.17]]"}
{"ts":"[[DATE|date:2023-08-02T13:31:47+12:00]]","event":"nurse_call","by":"[[PERSON|name:Losa Tuimavave]]","spo2":89,"note":"O2 up to 2L, GP visit arranged"}""",
    """LINQ II ICM - remote monitoring summary - Cardiac Physiology, [[LOCATION|geo:Wellington Regional Hospital]]
Patient: [[PERSON|name:Grant Iti]]   NHI [[ID|health_plan:TNE5705]]
ICM SN [[DEVICE|device:RLB318872G]] implanted [[DATE|date:14/02/2024]] for cryptogenic stroke.
Last 30 days: AF x3, longest 2 h 14 min; pause 0; brady 0. AF burden 0.8%.
Report to neurologist Dr [[PERSON|name:Kate Wu]] - start apixaban 5 mg BD.""",
    """Home haemodialysis - machine log summary - Home Training Unit, [[LOCATION|geo:Christchurch Hospital]]
Patient: [[PERSON|name:Rewi Manihera]]   NHI [[ID|health_plan:EZY9299]]   [[ADDRESS|geo:52 Pages Road, Aranui, Christchurch 8061]]
Cycler NxStage System One SN [[DEVICE|device:CY-0418812]]; Wi-Fi gateway MAC [[DEVICE|device:F4:5C:89:A1:07:3E]]
[[DATE|date:04/03/2024]] | 2h45 | UF 2.1 L | BP pre 152/88 post 128/76 | alarms 2 (air detector)
+2d | 3h00 | UF 2.6 L | BP pre 160/94 post 132/80 | alarms 0
Training nurse phoned re interdialytic gains; wife (carer) to recheck target weight.""",
]

RESEARCH_LOGS = [
    """SCREENING & ENROLMENT LOG - CAN-HF ENGAGE (REB 2023-0418, protocol v3.1 dated 2023-11-02) - Site 07, [[LOCATION|geo:University of Ottawa Heart Institute]]
| Screen # | Participant ID | Name | Consent date | Outcome |
| [[ID|other:S07-031]] | [[ID|other:ENG-07-0219]] | [[PERSON|name:Jean-Marc Lavoie]] | [[DATE|date:2024-01-08]] | randomized |
Honoraria over $500/yr: SIN collected for T4A: [[ID|ssn:529 187 551]].
Coordinator: [[EMAIL|email:kdesrosiers@ottawaheart.ca]], ext 4417""",
    """REGISTRE DE CONSENTEMENT - Biobanque, [[LOCATION|geo:CHUM]]
No participant : [[ID|other:BQ-CHUM-004417]]
Nom : [[PERSON|name:Nguyen, Thi Thu Trang]]   RAMQ : [[ID|health_plan:NGUT 9054 2317]]
Consentement signé le [[DATE|date:20 février 2024]] (formulaire version 4.0 du 2023-09-01)
[ x ] Prélèvement sanguin   [ x ] Recontact futur   [   ] Accès au dossier médical   [ x ] Partage de données hors Québec
Formulaire numérisé : [[ID|photo:consent_NguyenTTT_20240220.pdf]]
Courriel : [[EMAIL|email:trang.nguyen@umontreal.ca]]   Compensation 25 $; NAS pour le relevé : [[ID|ssn:349 150 342]]""",
    """REDCap eConsent audit trail - project NORTHGEN (H23-01187) - [[LOCATION|geo:Whitehorse General Hospital]] site
participant=[[PERSON|name:Tanya Johnny]]
[[DATE|date:2024-03-11T15:22:07Z]] survey opened from [[IP|ip:209.89.172.54]] via [[URL|url:https://redcap.bcchr.ca/surveys/?s=K7R4WX93HE]]
15:41:55Z signature captured; PDF archived
15:42:10Z copy emailed to [[EMAIL|email:tjohnny.yt@gmail.com]]
Community approval on file: [[LOCATION|geo:Ta'an Kwäch'än Council]].""",
    """Enrolment log - Kidney Check community screening (First Nations-led; OCAP principles apply)
Community: [[LOCATION|geo:Garden Hill First Nation]]
ID | Name | ACR | BIA fat % | Retinal image
[[ID|other:GH-0117]] | [[PERSON|name:Wesley Mason]] | 12.4 | 31 | [[ID|photo:GH-0117_OD_20231004.jpg]]
[[ID|other:GH-0118]] | [[PERSON|name:Darlene Monias]] | 2.1 | 38 | [[ID|photo:GH-0118_OD_20231004.jpg]]
Honoraria $40 each. ACR > 3 referred to the nursing station.""",
    """Voice biomarker study (Parkinson's disease) - [[LOCATION|geo:Dalhousie University]]
Participant [[ID|other:VOX-NS-118]]: [[PERSON|name:Gwendolyn Ferguson]], enrolled [[DATE|date:2023-09-14]]
Consent on tablet; signature image [[ID|photo:sig_GFerguson_20230914.png]]; e-consent submitted from [[IP|ip:129.173.44.201]]
Voiceprint template (speaker verification for home recordings): [[ID|biometric:VPT-0118-a3f9c2]]
Tasks: sustained /a/, DDK rate, Rainbow Passage. UPDRS-III 24, H&Y 2.
Honorarium by e-transfer to [[EMAIL|email:gwen.ferguson@eastlink.ca]].""",
    """Enrolment log - HEART-PASIFIKA trial (HDEC 2023 FULL 18442) - [[LOCATION|geo:Middlemore Clinical Trials]]
| Participant | Name | Consent | Arm |
| [[ID|other:HP-MMH-041]] | [[PERSON|name:Losaline Vea]] | [[DATE|date:05/02/2024]] | B |
| [[ID|other:HP-MMH-042]] | [[PERSON|name:Iosefa Sapolu]] | [[DATE|date:06/02/2024]] | withdrew before rand. |
Consent in Samoan (version 2.0), interpreter present. Koha vouchers $50.
Coordinator: [[PHONE|phone:09 276 0044]] ext 58812""",
    """Tissue bank consent register - [[LOCATION|geo:Dunedin Hospital]]
Donor: [[PERSON|name:Ripeka Tipene]]   NHI [[ID|health_plan:FXC8409]]
Consent [[DATE|date:29 May 2024]] (form v5, Māori consultation approved)
Specimen: breast tumour, accession [[ID|other:S24-11873]], blocks A1-A6
Tikanga: [x] return unused tissue to whānau  [x] karakia at disposal  [ ] commercial research
Whānau contact for return: son [[PERSON|name:Hemi Tipene]], [[ADDRESS|geo:31 Brockville Road, Brockville, Dunedin 9011]]""",
    """eConsent audit (Qualtrics) - SLEEP-TEENS study - [[LOCATION|geo:University of Waikato]]
participant=[[PERSON|name:Tyler Moana-Smith]] age=[[AGE|other:16]]
parent_email=[[EMAIL|email:donna.ms@hotmail.com]]
[[DATE|date:2024-05-14T19:02:11+12:00]] parent consent submitted ip=[[IP|ip:115.188.23.140]]
+13h45m teen assent submitted ip=[[IP|ip:2407:7000:9b3e:4100:1d6:a2ff:fe31:77c0]]
participant portal: [[URL|url:https://sleepteens.waikato.ac.nz/p/3kP9wQ2z]]""",
    """Research consent log - patient identification pilot (facial recognition at ED triage) - [[LOCATION|geo:Hutt Hospital]]
Enrolment session [[DATE|date:2023-09-03]]
| Study ID | Name | Face template | Withdrawn |
| [[ID|other:FRP-0087]] | [[PERSON|name:Mikaere Wihongi]] | [[ID|biometric:FT-87-e91c44b0]] | - |
| [[ID|other:FRP-0088]] | [[PERSON|name:Sunita Prasad]] | [[ID|biometric:FT-88-07ad3f19]] | [[DATE|date:2023-09-20]], template deleted |""",
    """Pasifika Heart Cohort - wave 3 contact log - [[LOCATION|geo:Porirua]] site
[[ID|other:PHC-2231]] [[PERSON|name:Sina Leavasa]] - no answer x2; home visit to [[ADDRESS|geo:7 Warspite Avenue, Waitangirua, Porirua 5024]], consented wave 3, bloods taken
[[ID|other:PHC-2232]] [[PERSON|name:Viliami Kauhalalalo]] - moved overseas; remote consent by video, email [[EMAIL|email:viliami.k@bigpond.com]]""",
]

INCIDENT_REPORTS = [
    """RL6 INCIDENT REPORT # [[ID|other:IR-2024-004417]]
Site: [[LOCATION|geo:Victoria Hospital]] - C7-100, bed 12
Event: [[DATE|date:2024-01-14]] 0320   Type: fall   Harm: moderate (temporary)
Patient: [[PERSON|name:Abernathy, Clifford]]   MRN [[ID|mrn:V00882431]]   [[AGE|other:83]]
Description: found on floor beside bed by PSW during rounds. Bed alarm not re-engaged after 0200 toileting. Morse 65. c/o L hip pain; XR: L femoral neck #.
Notified: SDM (wife) at 0410, [[PHONE|phone:519-472-8836]]; MRP informed. Disclosure documented.""",
    """RAPPORT DE DÉCLARATION D'INCIDENT OU D'ACCIDENT (AH-223-1)
Établissement : [[LOCATION|geo:Hôpital du Sacré-Cœur-de-Montréal]]
No de rapport : [[ID|other:2024-HSCM-11872]]
Usager : [[PERSON|name:BÉLIVEAU, Armand]]   Dossier : [[ID|mrn:HSC441902]]   [[AGE|other:86]] ans
Date de l'événement : [[DATE|date:2024-04-03]], 14 h 15 - unité 5 Sud, chambre 5118
Type : médication - hydromorphone 2 mg SC administrée au lieu de 0,5 mg. Naloxone 0,1 mg x2, surveillance accrue; aucune séquelle.
Gravité : E1 (conséquence temporaire)
Divulgation faite à sa fille, [[PERSON|name:Nicole Béliveau]].""",
    """PROTECTIVE SERVICES OCCURRENCE REPORT - [[LOCATION|geo:Rockyview General Hospital]] parkade P2
Vehicle 1: 2021 Ford F-150, AB plate [[VEHICLE|vehicle:CJX-4418]], VIN [[VEHICLE|vehicle:1FTEW1EP6M8740186]], driver [[PERSON|name:Herbert Klassen]] (visitor), AB operator licence [[ID|license:094417-328]]
Vehicle 2 (parked, unoccupied): 2022 Hyundai Sonata, plate [[VEHICLE|vehicle:BZR-7702]], VIN [[VEHICLE|vehicle:5NPE34AF6NG514863]], staff permit (Unit 57)
Summary: V1 reversing from stall 2-118 struck V2 rear bumper. No injuries at scene.
CCTV still: [[ID|photo:PS-24-03318_P2_cam14_1645.jpg]]
Police not attended (private property); information exchanged.""",
    """PRIVACY BREACH REPORT - Health Information Management, [[LOCATION|geo:Abbotsford Regional Hospital]]
Breach # [[ID|other:PB-2024-0117]]
Discharge summary for [[PERSON|name:Agnieszka Zielinski]] (PHN [[ID|health_plan:9421 857 776]]) was faxed to [[PHONE|fax:604-853-2217]] instead of the GP fax [[PHONE|fax:604-853-2271]] (transposed digits). Intended recipient: [[LOCATION|geo:Clearbrook Medical Clinic]].
Actual recipient: [[LOCATION|geo:Mill Lake Collision]] (auto body shop); the owner shredded the pages and confirmed by email.
Risk: low-moderate. OIPC not notified. EMR fax directory corrected.""",
    """CODE WHITE / INCIDENT REPORT - ED, [[LOCATION|geo:Prince County Hospital]]
Incident [[ID|other:PCH-CW-0912]]   2240
Patient: [[PERSON|name:Tyler Doucette]], [[AGE|other:31]], PEI Health # [[ID|health_plan:10992415]], intoxicated (ETOH 62 mmol/L)
Threatened triage RN, threw a chair. Code White called 2243, resolved 2301. RCMP attended - Cst. [[PERSON|name:Marc Arsenault]].
His truck (grey Silverado, PEI plate [[VEHICLE|vehicle:KV 3308]]) was left in the ambulance bay and towed.
Staff injury: RN forearm scratch; WCB PEI claim [[ID|other:23-118074]].""",
    """Complaint - [[LOCATION|geo:Taupō Hospital]] ED - HDC ref [[ID|other:24HDC00417]]
From [[PERSON|name:Moana Rapana]] about the care of her father [[PERSON|name:Pita Rapana]] ([[AGE|other:78]], NHI [[ID|health_plan:CSK5781]]).
Concerns: 7 h wait; analgesia delayed; discharged at 0200 without whānau being called; re-presented next day with a #NOF that was missed.
Complainant contact: [[EMAIL|email:moana.rapana@outlook.co.nz]]
SAC 2. Open disclosure hui with the ED SMO.""",
    """Privacy incident - misdirected email - [[LOCATION|geo:Hutt Hospital]] Outpatients
Ref [[ID|other:PRIV-2023-0291]]
A clinic letter for [[PERSON|name:Jasmine Kaur Bains]] (NHI [[ID|health_plan:EJP4699]]) was emailed to [[EMAIL|email:jas.bains@gmail.com]] instead of [[EMAIL|email:jasbains@gmail.com]].
Contents: diagnosis (endometriosis) and planned surgery date [[DATE|date:22/11/2023]].
Actions: recall attempted; recipient replied confirming deletion. Patient phoned by the charge nurse; apology letter sent. Not notifiable to OPC (serious harm unlikely).""",
    """Security incident report - [[LOCATION|geo:Whanganui Hospital]] car park B
Incident [[ID|other:SEC-WGN-23-1187]]   0215
Guard saw two youths trying door handles. One vehicle entered: silver Mazda CX-5, rego [[VEHICLE|vehicle:KRZ571]], VIN [[VEHICLE|vehicle:JMZKFGWL5M7462405]], owned by ED nurse [[PERSON|name:Charlotte Greaves]]. Window smashed; laptop bag taken.
A white Hilux, rego [[VEHICLE|vehicle:MDR402]], seen leaving via the back exit.
CCTV clip saved: [[ID|photo:CPB_cam03_20231104_0214_KRZ571.mp4]]""",
    """MISSING PATIENT (AWOL) REPORT - [[LOCATION|geo:Hillmorton Hospital]], acute inpatient unit
Patient: [[PERSON|name:Corey Whatuira]], NHI [[ID|health_plan:XMY4324]], s30 MH(CAT) Act
Last seen [[DATE|date:17/05/2024]] 1540 leaving via the courtyard gate (door log: staff fingerprint [[ID|biometric:FPX-22871]] opened it at 1538 for a visitor).
Description: 180 cm, slim, black hoodie, tā moko on L forearm.
Possibly picked up by his mother [[PERSON|name:Tina Whatuira]] in a blue Suzuki Swift, rego [[VEHICLE|vehicle:JZB884]], VIN [[VEHICLE|vehicle:7AT0H63Y9K5693553]].
Police notified. Returned next morning with police.""",
    """Staff incident (Safety1st) [[ID|other:S1-2024-18872]] - needlestick - [[LOCATION|geo:Wairau Hospital]]
Staff member: [[PERSON|name:Hannah Kerekere]], RN
[[DATE|date:12/03/2024]] 2210 - hollow-bore needle after IV cannulation, gloved, bled freely.
Source patient: [[PERSON|name:Dean Fowler]], NHI [[ID|health_plan:WJX6367]] - consented to BBV testing.
ACC work-injury claim [[ID|other:10059013376]]; IRD for weekly comp if needed [[ID|ssn:114-414-662]].""",
]


def main() -> None:
    n = write_styled(
        OUT,
        [
            ("progress-note", PROGRESS_NOTES),
            ("discharge-summary", DISCHARGE_SUMMARIES),
            ("referral-letter", REFERRAL_LETTERS),
            ("nursing-handover", HANDOVERS),
            ("pharmacy-record", PHARMACY_RECORDS),
            ("telehealth-note", TELEHEALTH_NOTES),
            ("billing-claim", BILLING_CLAIMS),
            ("device-telemetry", TELEMETRY_LOGS),
            ("research-consent", RESEARCH_LOGS),
            ("incident-report", INCIDENT_REPORTS),
        ],
    )
    print(f"probe64: {n} docs")


if __name__ == "__main__":
    main()
