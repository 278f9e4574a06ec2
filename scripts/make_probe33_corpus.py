"""Write the 33rd hand-annotated redaction probe, ``corpus/redaction/probe33.jsonl``.

Why: the redaction engine is scored on text written by people who have never read it. This
probe is one more independent sample of clinical free text, written blind to the engine, so
that recall and precision per Safe Harbor category can be measured on notes the engine was not
tuned on. It mixes easy identifiers with awkward ones (names that are ordinary words, towns
that are words, facilities named after people, IDs glued to their prefix) and plants text that
only looks like an identifier (doses, lab values, bed numbers, times, model numbers, codes).

What: 150 notes, 15 in each of ten styles (progress-note, discharge-summary, gp-referral,
nursing-shorthand, pharmacy, telehealth, billing, device-telemetry, research-enrolment,
specialist-letter). Locales: about 30% Australia, 25% US, 20% UK and Ireland, 15% continental
Europe, 10% elsewhere (NZ, Canada, Singapore, India, South Africa). Every one of the 18 Safe
Harbor categories appears at least five times. Identifiers are written inline as
``[[LABEL|category:text]]``; titles stay outside name spans, a full street address is one
ADDRESS span, a town or named facility alone is LOCATION, ages up to 89 are AGE|other and 90 or
more AGE|date, bare years, weekdays and times are not marked, and in an ISO timestamp only the
date is. Every person and number is invented; towns and hospitals may be real.

How to run:
    cd /work/main && .venv/bin/python scripts/make_probe33_corpus.py
"""

from __future__ import annotations

from pathlib import Path

from make_safe_harbor_suite import write_styled

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "corpus" / "redaction" / "probe33.jsonl"

PROGRESS_NOTES = [
    "PROGRESS NOTE - Ward 6B Bed 14\n0740\nPt: [[PERSON|name:Rose Whitaker]] ([[AGE|other:71]]F)  UR [[ID|mrn:00482913]]\nS: slept poorly, c/o 'my chest is tight again'. Daughter [[PERSON|name:Hope]] visited last night, worried.\nO: HR 96 irreg, BP 142/88, SpO2 94% RA. Hb 104 (115-165). K 3.4. Wt 81.2kg (up 1.6)\nA: fluid overload ?AF recurrence\nP: IV frusemide 40mg BD, ECG, fluid restrict 1.5L, d/w Dr [[PERSON|name:Mark Young]] (cards reg) [[PHONE|phone:0412 558 903]]\nRMO",
    "ICU progress note D3\n[[PERSON|name:Bradley Nguyen]] [[AGE|other:34]]M, MVA [[DATE|date:08/03/24]] on Hume Hwy nr [[LOCATION|geo:Gundagai]], retrieved by CareFlight. Police req BAC result - vehicle NSW rego [[VEHICLE|vehicle:CBV47Q]] impounded.\nNeuro: GCS 3T sedated, pupils 3mm equal reactive. ICP 14-18.\nResp: SIMV, PEEP 8, FiO2 0.35, P/F 260.\nPlan: SBT if ICP settles. Wife updated by phone.\n- ICU reg",
    "wr w cons. [[AGE|other:88]]yo m from [[LOCATION|geo:Orange]], lives alone, son in [[LOCATION|geo:Bathurst]] [[PHONE|phone:0428117632]]. DVA gold card [[ID|health_plan:NX219384]].\nfall x2 this wk, no LOC. CK 420. lying/standing BP 138/80 -> 112/70.\nimp: orthostatic hypotension, ?overmedicated (5 antihypertensives)\nplan - cease prazosin, PT/OT, ACAT referral, d/c planning w son",
    "MENTAL HEALTH PROGRESS NOTE\nClient: [[PERSON|name:Tahlia Brooks]]   DOB: [[DATE|date:02.11.1998]]\nSeen with case manager [[PERSON|name:Sam Rivers]].\nMSE: kempt, good rapport, mood 'flat, like a 4 out of 10', affect reactive. Denies SI today. Lithium level 0.8 mmol/L last week.\nCollateral from mum ([[PHONE|phone:0400 218 775]]): sleeping better.\nPlan: continue, r/v Thursday [[DATE|date:21/3]] 1400.",
    "Physio progress\nMrs [[PERSON|name:Gwen Sale]], [[AGE|other:79]], #NOF (R) DHS [[DATE|date:2nd March]].\nMob: 2x assist + FWF 10m. Pain 6/10 on WB. Goal - home to [[LOCATION|geo:Hope Valley]] with husband (also frail).\nRec: TCP vs GEM at [[LOCATION|geo:Hampstead Rehabilitation Centre]]. D/w OT.\n-PT",
    "HOSPITALIST PROGRESS NOTE  [[DATE|date:3/14/2024]]\n[[PERSON|name:Marcus Bell]], [[AGE|other:62]] y/o M   MRN: [[ID|mrn:004417826]]   HD#4\nS: Feels 'a whole lot better', tolerating PO. No BM x2d.\nO: T 98.9 HR 78 BP 128/76. WBC 11.2 (down from 16.4). Cr 1.3.\nA/P: 1. CAP - day 4 ceftriaxone/azithro, transition to PO cefpodoxime\n2. AKI resolving\nDispo: home tomorrow if afebrile. Wife (cell [[PHONE|phone:(614) 555-0183]]) aware.\nBilling: 99232",
    "ED reassessment 0315. Pt [[PERSON|name:Christian Love]] BIBPD, ID from Ohio DL [[ID|license:RS482913]]; registration matched SSN [[ID|ssn:412-77-9034]] and old MRN [[ID|mrn:E7739021]] from [[LOCATION|geo:Riverside Methodist]]. Pickup (plate [[VEHICLE|vehicle:JKR 4471]]) left at scene per officer. Now more alert, GCS 14, EtOH 212. CT head neg. Will obs 4h and re-eval.",
    "Psych progress note\nPt [[PERSON|name:Jordan Price]] ([[AGE|other:27]], they/them) states 'call my sister [[PERSON|name:Faith]], she's the only one - [[PHONE|phone:773.555.0147]]'.\nSleeping 5h. Remains on 1:1 obs (room 12). Olanzapine 10mg nocte.\nLegal: 72h hold expires [[DATE|date:3/17]] 1100. SW to contact [[LOCATION|geo:Cook County]] public guardian.",
    "NH progress note. [[PERSON|name:Eleanor Banks]], [[AGE|date:94]]F, LTC resident at [[LOCATION|geo:Brookdale Paradise Valley]]. Medicare MBI [[ID|health_plan:1EG4-TE5-MK73]]. Wt down 3 lb in 30d, appetite poor. Sacral PI stage 2, improving. POA son [[PERSON|name:Richard Banks]] prefers email updates: [[EMAIL|email:rbanks1961@gmail.com]]",
    "WR [[LOCATION|geo:RUH Bath]] - Cons ward round\n[[PERSON|name:Peter Mason]], [[AGE|other:81]], NHS [[ID|health_plan:485 777 3456]], hosp no [[ID|mrn:K1123876]]\nDay 6 post-op, wound clean. NEWS2 1. Hb 98 -> tx 1 unit.\nTTO co-amoxiclav to complete 7/7. Home Friday if bloods ok. Dtr will collect.",
    "[[LOCATION|geo:Ninewells]] AMU  [[DATE|date:14-Mar-2024]]\nMr [[PERSON|name:Alasdair Reid]] CHI [[ID|health_plan:1203541234]]\nSeen by FY1. Sats 89% on 2L (target 88-92). ABG pH 7.33 pCO2 6.9.\nPlan: NIV if worsening. Wife aware.",
    "Progress note, [[LOCATION|geo:Beaumont Hospital]]. [[PERSON|name:Siobhan Murphy]] [[AGE|other:45]]F, MRN [[ID|mrn:0922841]]. Post-ERCP day 1, amylase 310 (ref 28-100). Pain settling, tolerating sips. GP Dr [[PERSON|name:Aoife Ní Bhriain]] to get d/c summary.",
    "Verlaufseintrag [[DATE|date:14.03.2024]] 09:10\nHerr [[PERSON|name:Klaus Becker]], [[AGE|other:67]] J., Station 3B Zi. 12\nSubj.: Schmerz 3/10, mobilisiert am Rollator.\nObj.: RR 135/80, HF 72, CRP 48 (Vortag 96).\nProcedere: Drainage ex, Reha in [[LOCATION|geo:Bad Tölz]] geplant. Ehefrau informiert.\nDr. [[PERSON|name:Weiß]]",
    "Voortgangsnotitie\nDhr. [[PERSON|name:Jan de Vries]], geb. [[DATE|date:17-06-1949]], BSN [[ID|ssn:123456782]]\nOpname via SEH [[LOCATION|geo:UMC Utrecht]]. Delier verbeterd, DOS-score 2. Dochter [[PERSON|name:Marieke]] wil graag overleg.",
    "Progress note - [[LOCATION|geo:Middlemore Hospital]]\n[[PERSON|name:Tama Ngata]] [[AGE|other:52]]M NHI [[ID|health_plan:ZKL4821]]\nCellulitis L leg improving, margins receding. CRP 88 -> 41. Whanau present, happy for d/c home to [[LOCATION|geo:Ōtara]] tomorrow with DN f/u.",
]

DISCHARGE_SUMMARIES = [
    "DISCHARGE SUMMARY\n[[LOCATION|geo:Royal Perth Hospital]]\nPatient: Mr [[PERSON|name:Desmond Hart]]  UMRN [[ID|mrn:A4471902]]  DOB [[DATE|date:19/08/1957]]\nDiagnosis: NSTEMI, DES x1 to prox LAD\nMedications: aspirin 100mg daily, ticagrelor 90mg BD for 12/12, atorvastatin 80mg nocte\nFollow-up: cardiology OPD 6/52\nGP: Dr [[PERSON|name:Ben Ashby]]  fax [[PHONE|fax:(08) 9381 4420]]",
    "Discharge summary - Cardiology\n[[PERSON|name:Joyce Pemberton]] [[AGE|date:91]]F  UR [[ID|mrn:3309127]]\nProcedure [[DATE|date:7 Mar 2024]]: dual chamber PPM (Medtronic Azure XT DR MRI, model W1DR01), generator SN [[DEVICE|device:RNB604117S]]\nIndication: CHB. Threshold 0.5V@0.4ms.\nWound check with GP in [[LOCATION|geo:Nambour]] day 7-10. Remote monitoring set up.",
    "DISCHARGE - Trauma\nName: [[PERSON|name:Kayden Morris]]   MRN [[ID|mrn:MR00761234]]   Medicare [[ID|health_plan:4123 45678 9 1]]\nMechanism: motorbike vs car nr [[LOCATION|geo:Caboolture]] [[DATE|date:29/02/2024]]. Bike rego [[VEHICLE|vehicle:6KM42]].\nInjuries: # R tib/fib - IMN. Abrasions.\nD/c home to [[ADDRESS|geo:14 Banksia Cres, Morayfield QLD 4506]], NWB 6/52.",
    "Discharge summary - [[LOCATION|geo:Flinders Medical Centre]] Stroke Unit\n[[PERSON|name:Ivy Chen]] [[AGE|other:58]]F\nL MCA infarct, thrombolysed. NIHSS 9 -> 3. For inpatient rehab at [[LOCATION|geo:Hampstead]].\nNOK husband [[PHONE|phone:+61 8 8277 3901]].",
    "PAEDS D/C: [[PERSON|name:Ruby-Mae Sinclair]], [[AGE|other:4]]yo, acute asthma. Discharged [[DATE|date:10/3]] on pred 1mg/kg x3d, ventolin 6 puffs 4/24 then wean per action plan. Mum [[PERSON|name:Chantelle]] given written plan. GP: [[LOCATION|geo:Brassall Family Practice]].",
    "DISCHARGE SUMMARY\nPatient Name: [[PERSON|name:HOLLOWAY, DENISE]]\nMRN: [[ID|mrn:88213047]]   Acct #: [[ID|account:500219934]]\nAdmit: [[DATE|date:03/02/2024]]   D/C: [[DATE|date:03/09/2024]]\nPrincipal dx: DKA (E10.10)\nInsulin: glargine 22 units qHS, lispro per scale. Dexcom G7 sensor serial [[DEVICE|device:8Z4JK71Q2X]].\nF/u PCP in 1 week.",
    "Discharge: [[PERSON|name:Tyrone Jackson]] [[AGE|other:45]]M, GSW L thigh [[DATE|date:Feb 27]], SFA repair. Discharged to [[ADDRESS|geo:2217 W Madison St Apt 3R, Chicago, IL 60612]]. CPD case # [[ID|other:JD-219044]]. Medicaid [[ID|health_plan:884219037]]. Enoxaparin 40mg SC daily x 28d.",
    "HOSPICE TRANSFER SUMMARY. [[PERSON|name:Walter Kowalski]], [[AGE|date:97]], retired railroad worker from [[LOCATION|geo:Hope]], Arkansas. Metastatic prostate ca, DNR/DNI. Transferred [[DATE|date:March 9th]] to [[LOCATION|geo:Wadley Regional Medical Center]] hospice unit. Daughter [[PERSON|name:June Kowalski-Reyes]] is HCPOA, [[PHONE|phone:870-555-0122]].",
    "Postpartum D/C. [[PERSON|name:Maria Elena Gutierrez]], G2P2, SVD [[DATE|date:3/11/24]] 0412, liveborn female 3.41kg, Apgars 8/9. Baby MRN [[ID|mrn:N2024031188]]. Rh neg, RhoGAM given. PP visit at [[LOCATION|geo:Clinica Sierra Vista]] 6 wks. Medi-Cal CIN [[ID|health_plan:91234567A]].",
    "DISCHARGE LETTER\n[[LOCATION|geo:Addenbrooke's Hospital]]\nPatient: [[PERSON|name:Nigel Ashworth]]   NHS No: [[ID|health_plan:401 023 2137]]   DOB: [[DATE|date:30 Jan 1948]]\nAddress: [[ADDRESS|geo:7 Mill Lane, Histon, Cambridge CB24 9HW]]\nDiagnosis: CAP, CURB-65 = 2\nFollow-up: repeat CXR in 6 weeks via GP.",
    "D/C summary - [[LOCATION|geo:Royal Derby Hospital]] ward 302\n[[PERSON|name:Kerry-Ann Bishop]], [[AGE|other:39]], hosp no [[ID|mrn:RTG4429107]]\nStaggered paracetamol OD 32g. NAC completed, ALT peak 412. Liaison psych: safe for d/c. Partner collecting - car reg [[VEHICLE|vehicle:YD19 KXR]] given to car park office for exit permit.",
    "Discharge summary, [[LOCATION|geo:University Hospital Galway]]. [[PERSON|name:Padraig Ó Sé]], MRN [[ID|mrn:G0928117]], medical card [[ID|health_plan:4411829K]]. Dx lower GI bleed, diverticular. 3 units RCC. GP in [[LOCATION|geo:Oughterard]].",
    "COMPTE RENDU D'HOSPITALISATION\n[[LOCATION|geo:CHU de Bordeaux]] - Service de pneumologie\nMme [[PERSON|name:Sylvie Marchand]], née le [[DATE|date:03/07/1951]], IPP [[ID|mrn:8004471923]]\nEntrée le [[DATE|date:01/03/2024]], sortie le [[DATE|date:09/03/2024]].\nExacerbation de BPCO. Retour à domicile, [[ADDRESS|geo:12 rue des Tanneurs, 33000 Bordeaux]].",
    "Lettera di dimissione - [[LOCATION|geo:Ospedale Niguarda]]\nSig.ra [[PERSON|name:Giulia Romano]], [[AGE|other:73]] anni, C.F. [[ID|ssn:RMNGLI50C41F205X]]\nDiagnosi: frattura vertebrale L1 osteoporotica. Dimessa il [[DATE|date:12/03/2024]]. Controllo ambulatoriale tra 4 settimane.",
    "DISCHARGE SUMMARY - [[LOCATION|geo:Tan Tock Seng Hospital]]\nName: [[PERSON|name:Lim Boon Hock]]   NRIC: [[ID|ssn:S1847291D]]\nAge: [[AGE|other:76]]   Adm: [[DATE|date:02/03/2024]]\nDx: Urosepsis (E. coli). IV ceftriaxone -> PO amoxicillin-clavulanate.\nTCU [[LOCATION|geo:Ang Mo Kio Polyclinic]] 2/52.",
]

GP_REFERRALS = [
    "[[LOCATION|geo:Bondi Junction Medical Practice]]\n[[ADDRESS|geo:Level 2, 500 Oxford St, Bondi Junction NSW 2022]]\nFax [[PHONE|fax:02 9389 4199]]\n\n[[DATE|date:13 March 2024]]\n\nDear Colleague,\nRe: [[PERSON|name:Natalie Ford]]  DOB [[DATE|date:21/07/1984]]\nMedicare [[ID|health_plan:2951 47182 1]]\nThank you for seeing Natalie with 3 months of fatigue and menorrhagia; ferritin 6, Hb 102.\nYours sincerely\nDr [[PERSON|name:Andrew Lau]]  Provider No. [[ID|license:2148762J]]",
    "Referral to [[LOCATION|geo:Orange Health Service]] ortho OPD. Pt [[PERSON|name:Colin Speed]] [[AGE|other:66]], R knee OA, failed conservative mx, BMI 34, KL grade 4 on xray. Pls see. Dr [[PERSON|name:M. Nasser]] prov # [[ID|license:4419283F]]. Pt mob [[PHONE|phone:0438 221 906]].",
    "To: [[PERSON|name:Jess Oakley]] (Psychologist)  [[EMAIL|email:admin@oakleypsychology.com.au]]\nRe: [[PERSON|name:Aaron Lee]]  DOB [[DATE|date:9.4.2001]]\nMHTP completed, item 2715. K10 32. Please provide 6 sessions.\nIHI [[ID|health_plan:8003 6080 1234 5678]]\nRegards",
    "fax to [[PHONE|fax:(07) 4031 2288]] - [[LOCATION|geo:Cairns Diabetes Centre]]\nhi team, pls see [[PERSON|name:Norma Tapim]] [[AGE|other:57]] t2dm hba1c 10.2%, from [[LOCATION|geo:Yarrabah]], needs help w insulin start. 715 health check done [[DATE|date:Feb 2024]]. thx, [[PERSON|name:Kate]]",
    "Referral - Dermatology, [[LOCATION|geo:The Skin Hospital]] [[LOCATION|geo:Darlinghurst]]\nPatient: [[PERSON|name:Gregory Bath]]  DOB [[DATE|date:05/05/1960]]\nChanging pigmented lesion L scapula 9x7mm, ABCD +ve. Dermoscopy image attached: [[ID|photo:IMG_4471_scapula.jpg]]. FHx melanoma (brother).\nThank you, Dr [[PERSON|name:P. Kaur]]",
    "REFERRAL - Gastroenterology\nFrom: [[PERSON|name:Susan Whitfield]], MD (NPI [[ID|license:1538294710]])\n[[ADDRESS|geo:4410 Main St, Suite 200, Kansas City, MO 64111]]   Fax: [[PHONE|fax:816-555-0199]]\nPatient: [[PERSON|name:Derek Olsen]]   DOB: [[DATE|date:11/02/1971]]   Member ID: [[ID|health_plan:BCB882910044]]\nReason: IDA, Hgb 9.8, FIT positive. Please schedule colonoscopy.",
    "Pls see Mr [[PERSON|name:Ernesto Ruiz]] for sleep study. [[AGE|other:54]]M, STOP-BANG 6, BMI 41, witnessed apneas. Commercial driver (CDL [[ID|license:39281744]]) so urgent. Contact [[PHONE|phone:(915) 555-0166]]. - Dr. [[PERSON|name:Angela Meyers]]",
    "Referral: Pediatric cardiology, [[LOCATION|geo:Children's Hospital Colorado]]\nPt: [[PERSON|name:Mason Reed]], [[AGE|other:7]] yo\nNew 3/6 systolic murmur LUSB. ECG attached. Parent email [[EMAIL|email:brittany.reed82@yahoo.com]]. Medicaid ID [[ID|health_plan:CO7719204]].",
    "To: [[LOCATION|geo:Mayo Clinic]] Neurology\nRe: [[PERSON|name:Harold Summers]] DOB [[DATE|date:6/30/1944]]\nGait disturbance, urinary urgency, MoCA 22/30 ?NPH. MRI [[DATE|date:02/19/2024]] ventriculomegaly.\nReferring NP. Fax records to [[PHONE|fax:507-555-0140]].",
    "Dear Colleague,\nRe: Mrs [[PERSON|name:Beryl Hope]], NHS No [[ID|health_plan:943 476 5919]]\n[[ADDRESS|geo:22 Orchard Way, Bath BA2 3QP]]\nI would be grateful if you could see this [[AGE|other:84]]-year-old lady under the 2WW pathway: 2cm hard L breast lump, skin tethering.\nDr [[PERSON|name:Timothy Walsh]]  GMC [[ID|license:6143882]]\n[[LOCATION|geo:Widcombe Surgery]]",
    "eRS referral, UBRN [[ID|other:0001 2345 6789]]\nPt [[PERSON|name:Callum MacLeod]], [[AGE|other:31]]. Recurrent renal colic, 6mm L VUJ stone on CTKUB. Urology [[LOCATION|geo:Southmead Hospital]]. Mob [[PHONE|phone:07911 123456]].",
    "Referral to [[LOCATION|geo:Cork University Hospital]] Rheumatology\nPatient: [[PERSON|name:Declan Byrne]], [[ADDRESS|geo:Apt 4, The Maltings, Mallow, Co. Cork, P51 X2Y7]]\nPPSN [[ID|ssn:7654321WA]]\nInflammatory polyarthritis, RF+, anti-CCP 180, ESR 42.\nThanks, Dr [[PERSON|name:Eimear Walsh]], fax [[PHONE|fax:022 21443]]",
    "Überweisung an: Rheumatologie, [[LOCATION|geo:Charité]]\nPatientin: [[PERSON|name:Anna Schmidt]], geb. [[DATE|date:08.02.1976]]\nVersichertennr. [[ID|health_plan:M184729305]] (AOK Nordost)\nV.a. rheumatoide Arthritis, CRP 24 mg/l.\nMfG Dr. med. [[PERSON|name:Jürgen Hoffmann]], LANR [[ID|license:123456701]], Fax [[PHONE|fax:030 4471 2290]]",
    "Derivación a Cardiología - [[LOCATION|geo:Hospital Clínic de Barcelona]]\nPaciente: [[PERSON|name:José Luis Fernández García]], DNI [[ID|ssn:45123987K]], TIS [[ID|health_plan:FEGA0450919012]]\nPalpitaciones, ECG con FA a 130 lpm. Teléfono [[PHONE|phone:612 345 678]].",
    "Referral - [[LOCATION|geo:Sunnybrook]] Memory Clinic\nPt: [[PERSON|name:Doris Tremblay]], [[AGE|date:90]], OHIP [[ID|health_plan:4412-339-871-KT]]\nMMSE 21/30, declining over 12 mo. Lives w daughter.\nFax back [[PHONE|fax:416-555-0177]]",
]

NURSING_NOTES = [
    "0200 mrs [[PERSON|name:wong]] rang bell, c/o pain 7/10, PRN oxy 5mg given. obs stable BP 110/65 HR 88. IDC draining 40ml/hr. pt asked for dtr [[PERSON|name:Lily]] to be called at 0600 on [[PHONE|phone:0417 882 310]]. - RN [[PERSON|name:Hayes]]",
    "n/s: [[PERSON|name:jack o'neill]] [[AGE|other:77]]m bed 9. PI L heel stage 1, photo taken & uploaded [[ID|photo:WND_20240312_0931.jpg]]. PIVC R hand. fluids 80ml/hr. BGL 7.2. UR[[ID|mrn:771203]]",
    "handover 1900 - bed 22 [[PERSON|name:Rob Sterling]] [[AGE|other:64]]M, #ribs 4-7 L after fall off ladder at home in [[LOCATION|geo:Mount Barker]]. PCA fent. SpO2 93% 2L NP. anxious about his car left at [[LOCATION|geo:Aldinga Beach]] (rego [[VEHICLE|vehicle:S482BXT]]) - son to collect.",
    "RAC nsg note - [[LOCATION|geo:Bupa Aged Care Mosman]]\nres [[PERSON|name:Dorothy Rose]] [[AGE|date:96]] y/o found on floor 0430, no obvious injury, neuro obs commenced. GP Dr [[PERSON|name:Ng]] notified. NOK dtr ph [[PHONE|phone:9960 1122]].",
    "NICU nsg: baby [[PERSON|name:Hudson]] (twin 2), cGA 34+2, 1.82kg. CPAP 5 FiO2 21%. feeds 3hrly EBM 28ml. mum [[PERSON|name:Sarah Ling]] expressing. born [[DATE|date:1/3/24]]. [[LOCATION|geo:KEMH]] MRN [[ID|mrn:448291]]",
    "RN note 2310. Pt [[PERSON|name:Grace Holloway]] [[AGE|other:58]]F A&Ox4, c/o nausea, zofran 4mg IV 2230 w/ effect. Accucheck 212, 4u per SSI. PIV L FA 20g patent. Pump #[[DEVICE|device:AL-88219]] heparin 18 u/kg/hr per nomogram, PTT due 0400.",
    "Wound care RN: pt [[PERSON|name:Dwayne Carter]] MRN [[ID|mrn:2219874]]. Sacral stage 3, 4.2x3.1x0.8cm, tunneling @ 12 o'clock 1.5cm. Photos in media tab [[ID|photo:MED-PHOTO-77120]]. Wound vac serial [[DEVICE|device:VFKT83921]] reapplied, 125mmHg continuous.",
    "LPN note [[DATE|date:3/12]] - res Mr. [[PERSON|name:Young]] refused AM meds again ('I'm not taking that poison'). Family notified ([[PERSON|name:Angie]], [[PHONE|phone:555-0134]]). Will reattempt at 1400.",
    "L&D nsg: [[PERSON|name:Destiny Alvarez]] G1P0 @ 39+1, SROM 0215 clear, FHR 140s mod var, ctx q3min. Epidural 0345. SVE 6/90/-1. OB Dr [[PERSON|name:Kim]] aware.",
    "Nights [[DATE|date:14/03]]. Mr [[PERSON|name:Derek Mark]], bay 3 bed 5. NEWS 3 @ 0200 (RR 22). Escalated to FY1 Dr [[PERSON|name:Patel]]. Bladder scan 400ml, catheterised. Wife [[PERSON|name:Pauline]] rang, updated. Hosp no [[ID|mrn:J3349102]]",
    "DN visit - [[ADDRESS|geo:Flat 12, Ashdown Court, Crawley RH10 1BY]]. Mrs [[PERSON|name:Ethel Brown]] [[AGE|date:92]]. Leg ulcer dressing changed, ABPI 0.9. Next visit Thurs. GP [[LOCATION|geo:Langley Corner Surgery]].",
    "MAU nsg [[LOCATION|geo:Rotunda]]: [[PERSON|name:Mary-Kate Doyle]] [[AGE|other:29]] G2P1 30/40, reduced FM. CTG reactive, reassured. Husband [[PERSON|name:Conor]] asked to move car ([[VEHICLE|vehicle:221-D-48817]]) from ambulance bay!",
    "Verpleegkundige notitie: mevr. [[PERSON|name:De Smet]], [[AGE|other:83]] jr, kamer 214. Valrisico hoog, bedalarm aan. Zoon tel. [[PHONE|phone:+32 475 12 34 56]]. Ontslag naar [[LOCATION|geo:WZC Sint-Jozef]] [[LOCATION|geo:Aalst]].",
    "Omvårdnad natt: pat [[PERSON|name:Erik Lindqvist]], pnr [[ID|ssn:19460312-4471]], orolig, fått Oxascand 5 mg kl 02. Dotter [[PERSON|name:Karin]] kontaktad.",
    "Nursing note [[LOCATION|geo:Groote Schuur]] C14: [[PERSON|name:Thandiwe Mokoena]], ID no. [[ID|ssn:8503125123085]], TB on RHZE day 12, sputum pending. Obs stable. Sister [[PERSON|name:Nomsa]] [[PHONE|phone:082 555 0193]].",
]

PHARMACY_NOTES = [
    "PRESCRIPTION\nDr [[PERSON|name:Helen Moore]]   Prescriber No [[ID|license:0482913]]\nPatient: [[PERSON|name:Thomas Reid]]   [[ADDRESS|geo:88 High St, Wodonga VIC 3690]]\nMedicare [[ID|health_plan:3398 21407 2 1]]\n[[DATE|date:13/03/2024]]\nRx: Amoxicillin 500mg caps, 1 TDS x 5/7, qty 15, rpt 0",
    "[[LOCATION|geo:Priceline Pharmacy Toowong]] - intervention log\nPt [[PERSON|name:Sandra Kim]] presented script for methotrexate 10mg DAILY (!!) from Dr [[PERSON|name:Evans]] - rang surgery, confirmed WEEKLY, script amended. Pharmacist [[PERSON|name:Chris Adebayo]] AHPRA [[ID|license:PHA0001829934]]",
    "ODT dosing chart - [[PERSON|name:Brendan Kelly]], DOB [[DATE|date:01/01/1990]]. methadone 65mg daily supervised. Missed dose [[DATE|date:11/3]]. Photo ID on file [[ID|photo:ODT-PHOTO-0449]]; identity at dosing point verified by fingerprint (template [[ID|biometric:MDS-FP-00417]]).",
    "Home Medicines Review\nFor: [[PERSON|name:Ivy Shepherd]], [[AGE|other:86]], [[ADDRESS|geo:5 Wattle Ave, Sale VIC 3850]]\nReferred by Dr [[PERSON|name:Paul Craig]]. 14 regular meds incl. 3 anticholinergics (ACB 5). eGFR 38.\nRec: deprescribe oxybutynin, reduce metformin to 500mg BD.\nAccredited pharmacist [[PERSON|name:M. Osei]]",
    "Med rec - [[LOCATION|geo:Royal Hobart Hospital]]\nPt [[PERSON|name:Alan Frost]] UR [[ID|mrn:H0933217]]\nSources: pt, community pharmacy dispensing hx (faxed from [[PHONE|fax:03 6223 1190]]), MyHR.\nDiscrepancy: apixaban 5mg BD omitted on admission - charted. Warfarin ceased [[DATE|date:Jan 2023]].",
    "Rx\n[[PERSON|name:Kevin Park]], MD   DEA [[ID|license:BP4471928]]   NPI [[ID|license:1821094455]]\nPt: [[PERSON|name:Samantha Greene]]   DOB [[DATE|date:04/22/1988]]\nAddr: [[ADDRESS|geo:1190 Pine Ridge Rd, Asheville, NC 28804]]\nOxycodone 5 mg tab, 1 PO q6h PRN pain, #20 (twenty), no refills\nPDMP checked.",
    "Pharmacy call log: called Walgreens #10992 re PA for Ozempic 0.5mg. Pt [[PERSON|name:Linda Harper]], member ID [[ID|health_plan:W2940018837]]. PA approved, ref [[ID|other:PA-24-0319922]]. Pt notified at [[PHONE|phone:480-555-0148]].",
    "Compounding record: [[PERSON|name:Aiden Brooks]] ([[AGE|other:3]]yo, 14.2kg) - amoxicillin susp 400mg/5mL, 90mg/kg/day div BID, lot 24C117, BUD 14 days. Rx# [[ID|other:6628104]]. Prescriber Dr. [[PERSON|name:Farah]].",
    "Specialty pharmacy intake: [[PERSON|name:Robert Lin]] ('[[PERSON|name:Bobby]]'), adalimumab 40mg q2wk start. Copay card [[ID|account:4100 3922 8817 0044]]. Ship to [[ADDRESS|geo:77 Harbor View Dr, Unit 5, Portland, ME 04101]]. Portal username [[ID|other:boblin77]].",
    "FP10 - Dr [[PERSON|name:Amelia Hart]], [[LOCATION|geo:Jericho Health Centre]]\nPatient: [[PERSON|name:Oliver Grant]], [[AGE|other:8]], NHS [[ID|health_plan:721 448 3902]]\nAmoxicillin 250mg/5ml oral susp, 5ml TDS 5 days\nNominated pharmacy: [[LOCATION|geo:Boots Summertown]]",
    "NMS consultation (phone). [[PERSON|name:Mohammed Iqbal]], [[AGE|other:63]], new on apixaban 5mg BD. Adherent, no bleeding. Called on [[PHONE|phone:0121 496 0755]]. Pharmacist [[PERSON|name:R. Patel]], GPhC [[ID|license:2071943]].",
    "Pharmacy, [[LOCATION|geo:St James's Hospital]] - [[PERSON|name:Bridget Kavanagh]] MRN [[ID|mrn:SJH0092871]]. Gentamicin trough 1.9 (target <1) - dose held, d/w team. Discharge Rx to go to [[LOCATION|geo:Hickey's Pharmacy]] by fax [[PHONE|fax:01 453 2211]].",
    "Ordonnance\nDr [[PERSON|name:Claire Dubois]] - RPPS [[ID|license:10003456789]]\n[[ADDRESS|geo:45 avenue Jean Jaurès, 69007 Lyon]]\nLe [[DATE|date:12 mars 2024]]\nMme [[PERSON|name:Nadia Benali]], [[AGE|other:34]] ans\nLévothyroxine 75 µg, 1 cp/j, QSP 3 mois.",
    "[[LOCATION|geo:Löwen-Apotheke Freiburg]]: Rezept für Frau [[PERSON|name:Petra Vogel]], Vers.-Nr. [[ID|health_plan:V331908472]], Metformin 1000. Rückfrage Praxis Dr. [[PERSON|name:Braun]] Tel. [[PHONE|phone:0761 29 4410]] wg. Dosierung.",
    "Dispensing note - [[LOCATION|geo:Apollo Pharmacy Jayanagar]]\nPt: [[PERSON|name:Ramesh Iyer]], Aadhaar [[ID|ssn:4821 7730 9914]]\nRx from Dr [[PERSON|name:S. Venkatesh]] (KMC reg [[ID|license:48291]]): Tab Metformin 500 BD, Tab Glimepiride 1mg OD.\nContact [[PHONE|phone:+91 98450 12345]]",
]

TELEHEALTH_NOTES = [
    "TELEHEALTH CONSULT (video)\nPt: [[PERSON|name:Megan Holt]]   DOB [[DATE|date:27/11/1992]]   located at home\nID confirmed: name, DOB, address ([[ADDRESS|geo:31 Argent St, Broken Hill NSW 2880]])\nLink: [[URL|url:https://healthdirect.vc/call/gp-mholt-8821]]\nDropped twice, finished by phone [[PHONE|phone:0408 773 219]].",
    "Phone consult - [[PERSON|name:Harold Woods]] [[AGE|other:82]] re INR 3.8 (target 2-3). Omit warfarin tonight then 3mg. Recheck Monday [[DATE|date:18/3]]. Caller verified via practice voiceprint system, ref [[ID|biometric:VP-2291-HW]].",
    "Telepsych - pt [[PERSON|name:Zoe Hartley]], rural [[LOCATION|geo:Longreach]], Coviu session [[URL|url:https://coviu.com/r/hartley-z-4410]]. Client IP logged [[IP|ip:203.45.118.92]] (audit). Mood improved on sertraline 100mg. Safety plan reviewed. Next [[DATE|date:4 April]].",
    "Video consult: [[PERSON|name:Cooper Walsh]], [[AGE|other:19]], acne on isotretinoin 20mg. Photos uploaded via portal ([[ID|photo:cwalsh_face_0312.png]]) - improving. LFTs, lipids ok. Summary emailed to [[EMAIL|email:cooper.walsh05@outlook.com]].",
    "TELEMEDICINE ENCOUNTER\nPatient: [[PERSON|name:Angela Ruiz]]   DOB: [[DATE|date:08/14/1979]]\nPlatform: Doxy.me, room [[URL|url:https://doxy.me/drkaplan]]\nPatient location: [[LOCATION|geo:Flagstaff]], AZ (verified). Consent obtained verbally.\nCC: dysuria x2d. Rx nitrofurantoin 100mg BID x5d.\nProvider: [[PERSON|name:Ira Kaplan]], MD, AZ lic [[ID|license:MD-48812]]",
    "Tele-ICU note 0310: camera to rm 14, pt [[PERSON|name:Franklin Moss]] desat to 86%, bedside RN [[PERSON|name:Tara]] suctioned, recovered to 93%. Remote intensivist Dr [[PERSON|name:Hsu]] session from [[IP|ip:10.44.21.7]]. Vent AC 18/450/+8/40%.",
    "Portal message [[DATE|date:3/12/2024]] 10:42 PM: 'hi its [[PERSON|name:Kayla Benson]]'s mom, she still has fever 102.4 since yesterday, can we do a video visit? my number changed to [[PHONE|phone:(503) 555-0129]]'\nReply: video visit booked, confirmation [[ID|other:VV-8830214]].",
    "Audio-only visit (no broadband). [[PERSON|name:Earl Whitehorse]], [[AGE|other:71]], [[LOCATION|geo:Chinle]]. Home BP 150/92. Diné interpreter ID [[ID|other:INT-5529]]. IHS chart [[ID|mrn:CH-009182]].",
    "Remote consultation (video) [[DATE|date:13/3/24]]\n[[PERSON|name:Charlotte Evans]], NHS [[ID|health_plan:612 339 0871]]\nRash x3d; photos sent via link ([[ID|photo:accurx_img_77310.jpg]]) - herald patch, looks like pityriasis rosea. Reassured. Fit note to [[EMAIL|email:c.evans.1990@btinternet.com]]",
    "NHS 111 callback. Caller (son) re father [[PERSON|name:Ron Hughes]], [[AGE|other:89]], new confusion since am. At [[ADDRESS|geo:4 Bramble Close, Orpington BR6 9LW]]. Cat 3 ambulance arranged, CAD ref [[ID|other:CAD-240313-1188]]. Callback [[PHONE|phone:01689 555 012]].",
    "Video clinic, [[LOCATION|geo:Mater Misericordiae]]. [[PERSON|name:Niamh Fitzpatrick]], MRN [[ID|mrn:M0044719]]. IBD review, calprotectin 45, stable on vedolizumab. Join link was [[URL|url:https://hse.vc/mater/gi-clinic?pt=NF4719]].",
    "Videosprechstunde: Herr [[PERSON|name:Stefan Krüger]], [[AGE|other:44]], LWS-Schmerzen. Verbindung über [[URL|url:https://meet.praxis-nord.de/sprechzimmer/kr-0314]], IP Patient [[IP|ip:2a02:8108:1140:5e00::1f]]. AU bis [[DATE|date:20.03.2024]].",
    "Beeldbellen: mevr. [[PERSON|name:Sanne Bakker]], BSN [[ID|ssn:999912345]], migraine, sumatriptan 50mg. Stemverificatie voiceprint-ID [[ID|biometric:VPR-00881742]]. Verslag naar [[EMAIL|email:sanne.bakker@ziggo.nl]].",
    "Teleconsult, pt at home in [[LOCATION|geo:Wairoa]]. [[PERSON|name:Mereana Walker]] NHI [[ID|health_plan:ABC1235]]. Asthma review, PEF 380 (pred 420). Link [[URL|url:https://zoom.us/j/83920144712]].",
    "Virtual visit. [[PERSON|name:Liam Côté]], RAMQ [[ID|health_plan:COTL 8503 1214]], [[LOCATION|geo:Sherbrooke]]. App login by fingerprint, template [[ID|biometric:FPT-44A9-2210]]. ADHD f/u, lisdexamfetamine 40mg.",
]

BILLING_NOTES = [
    "TAX INVOICE\n[[LOCATION|geo:North Shore Specialist Centre]]\nInvoice [[ID|account:INV-0044871]]\nPatient: [[PERSON|name:Graham Little]]   Medicare [[ID|health_plan:5512 88473 1 2]]\nDate of service: [[DATE|date:11/03/2024]]\nItem 104 initial specialist consult  $220.00  (rebate $80.30)\nProvider No [[ID|license:2290417B]]\nEFT to BSB 062-000 Acc [[ID|account:1234 5678]]",
    "PHI claim: [[PERSON|name:Sophie Trinh]], HCF member [[ID|health_plan:88104427]]. Admitted [[DATE|date:02/03/24]], discharged [[DATE|date:04/03/24]]. DRG I08B. $500 excess paid.",
    "DVA claim - LMO Dr [[PERSON|name:Sean McKay]]. Veteran [[PERSON|name:Kenneth Arthur Bell]], file no [[ID|health_plan:QX901234]]; item 23 x1 plus home visit loading ([[LOCATION|geo:Toowoomba]]). Claim ref [[ID|other:DVA-CL-7749213]].",
    "WorkCover: [[PERSON|name:Mitchell Hayes]], claim no. [[ID|other:WC24-0093317]], injury [[DATE|date:19/02/2024]] (lifting at work). CoC issued. Send invoice to insurer fax [[PHONE|fax:(03) 9641 1599]].",
    "STATEMENT OF ACCOUNT\n[[LOCATION|geo:St. Luke's Regional Medical Center]]\nGuarantor: [[PERSON|name:Patricia Dunn]]\n[[ADDRESS|geo:802 N 9th St, Boise, ID 83702]]\nAccount No: [[ID|account:1009928341]]\nPatient: [[PERSON|name:Caleb Dunn]] (dependent)   DOS [[DATE|date:02/11/2024]]\nCPT 99284, 73610   ICD-10 S82.61XA\nMember ID [[ID|health_plan:RGX449102873]]\nBalance due $412.60. Pay online: [[URL|url:https://pay.slrmc.org/acct/1009928341]]",
    "CMS-1500 abstract: 1a insured ID [[ID|health_plan:1EG4TE5MK72]]; 2 [[PERSON|name:LOPEZ, CARMEN]]; 3 DOB [[DATE|date:05 17 1950]]; 5 [[ADDRESS|geo:3301 Rio Grande Blvd NW, Albuquerque NM 87107]]; 24J rendering NPI [[ID|license:1457392018]]; 26 pt acct [[ID|account:CL-22918]]",
    "Collections note: called guarantor [[PERSON|name:Marcus Webb]] at [[PHONE|phone:404-555-0162]], left VM. Visa on file [[ID|account:4532 7719 0081 2246]] declined. MVA - PIP claim [[ID|other:PIP-55019-22]], vehicle VIN [[VEHICLE|vehicle:1FTFW1E50JFB44712]]. SSN on file [[ID|ssn:523-81-4470]].",
    "Ambulance billing: run # [[ID|other:24-003817]]. Pt [[PERSON|name:Bernice Hall]], [[AGE|date:90]]. From [[ADDRESS|geo:16 Elm St, Hope, RI 02831]] to [[LOCATION|geo:Kent Hospital]]. Loaded miles 11.4. Unit M12, BLS.",
    "Private patient invoice - [[LOCATION|geo:The London Clinic]]\nPatient: [[PERSON|name:Rupert Hale]]   Hospital no. [[ID|mrn:LC-228194]]\nBupa membership [[ID|health_plan:81492037]], pre-auth [[ID|other:AUTH 55201872]]\nConsultant GMC [[ID|license:4412098]]\nProcedure: knee arthroscopy (CCSD W8200). Total £3,480.00",
    "Overseas visitor charging: [[PERSON|name:Ana Popescu]], passport [[ID|ssn:051288331]]. Inpatient stay [[DATE|date:28/02/2024]]-[[DATE|date:05/03/2024]], charge £2,190. Overpayment refund to pt account [[ID|account:GB29 NWBK 6016 1331 9268 19]].",
    "Billing query, [[LOCATION|geo:Bon Secours Cork]]: [[PERSON|name:Eoin Ryan]], VHI member [[ID|health_plan:0093847712]], claim form signed [[DATE|date:7/3/24]]. VHI query re consultant Dr [[PERSON|name:Hegarty]], IMC [[ID|license:021887]]. Reply by fax [[PHONE|fax:021 494 1822]].",
    "Rechnung nach GOÄ\nPatient: [[PERSON|name:Heinrich Lange]], [[ADDRESS|geo:Lindenstraße 14, 80331 München]]\nRechnungsnr. [[ID|account:2024-03-0172]]   Leistungsdatum [[DATE|date:05.03.2024]]\nGOÄ-Ziff. 1, 5, 250 - Betrag 58,97 EUR\nIBAN [[ID|account:DE89 3704 0044 0532 0130 00]]",
    "Facture - [[LOCATION|geo:Clinique Pasteur]] [[LOCATION|geo:Toulouse]]\nAssuré : M. [[PERSON|name:Laurent Girard]], NIR [[ID|ssn:1 68 03 31 555 044 82]]\nMutuelle adhérent n° [[ID|health_plan:MG-7729104]]\nSéjour du [[DATE|date:04/03/2024]] au [[DATE|date:08/03/2024]].",
    "ACC45 lodged: [[PERSON|name:Hemi Parata]], NHI [[ID|health_plan:PRT4471]], claim [[ID|other:10049927114]], injury [[DATE|date:09/03/2024]] (rugby), [[LOCATION|geo:Rotorua]]. Provider ID [[ID|license:G12345]].",
    "Medical aid claim: principal member [[PERSON|name:Sipho Dlamini]], member no. [[ID|health_plan:192884731]], dependant code 01. Practice no. [[ID|license:0512345]]. ICD-10 J06.9. Queries [[PHONE|phone:011 555 0122]].",
]

DEVICE_NOTES = [
    "CareLink transmission [[DATE|date:2024-03-12]]T03:14:08+10:00\nPatient: [[PERSON|name:Neville Crane]]\nDevice: Medtronic Micra AV (MC1AVR1)  SN [[DEVICE|device:PWB227491S]]\nBattery 9.8 y. RV pacing 4%. No AT/AF episodes.\nClinic: [[LOCATION|geo:St Vincent's Hospital Melbourne]] pacing clinic",
    "CGM export - LibreView\nuser: [[EMAIL|email:lj.tanaka@bigpond.com]]   pt [[PERSON|name:Lachlan Tanaka]]\nsensor serial [[DEVICE|device:0M00082KJTH]] started [[DATE|date:03/03/24]]\nTIR 62%  TBR 4%  GMI 7.4%\nreader MAC [[DEVICE|device:A4:C1:38:9F:22:0B]]",
    "Overnight oximetry - [[PERSON|name:Gary Orange]], [[LOCATION|geo:Wollongong]] Sleep Lab. Nonin 3150 SN [[DEVICE|device:502118734]]. ODI 28/h, nadir 76%, T90 14%. Data uploaded from [[IP|ip:101.180.44.12]].",
    "ALARIS pump [[DEVICE|device:800412377]] event log, ward 4E bed 7\n[[DATE|date:12/03/2024]] 02:14 OCCLUSION DOWNSTREAM\n02:15 RESTART rate 125 mL/h\nwristband UR[[ID|mrn:0098812]]\nserver [[IP|ip:172.16.40.21]] port 8443",
    "REMOTE MONITORING ALERT\nPt: [[PERSON|name:Gloria Sanchez]]  MRN [[ID|mrn:55128840]]\nDevice: Boston Scientific ICD (Resonate EL, model D433) S/N [[DEVICE|device:190338]]\nEvent [[DATE|date:2024-03-11]] 22:41:07: VF, shock delivered 41J, successful.\nLATITUDE communicator last contact from [[IP|ip:73.162.44.201]]\nCalled pt [[PHONE|phone:(305) 555-0177]].",
    "Home BP feed (Omron Connect): Omron HEM-7600T SN [[DEVICE|device:20231102887L]]. Readings [[DATE|date:3/5]]-[[DATE|date:3/12]]: avg 148/91, HR 77. Pt [[PERSON|name:Donald Johnson]]. Endpoint [[URL|url:https://rpm.heartwellclinic.com/api/patients/77310/readings]]",
    "CPAP compliance: ResMed AirSense 11, SN [[DEVICE|device:23201647382]], pt [[PERSON|name:Wesley Ford]]. AHI 3.2, usage 6.4h avg, 95th pct leak 12 L/min. Modem IMEI [[DEVICE|device:356938035643809]]. For DOT - driver DL [[ID|license:F229-4471-8830]].",
    "Telemetry review, CCU [[LOCATION|geo:Royal Papworth]]\nPt: [[PERSON|name:Colin Marsh]], hosp no [[ID|mrn:P0049117]], telemetry box [[DEVICE|device:TX-4471]]\n06:12 NSVT 9 beats, rate 170. K 3.6, Mg 0.7 - replace.",
    "ILR (Reveal LINQ II, LNQ22) SN [[DEVICE|device:RLB338291G]] - [[PERSON|name:Abigail Stone]], NHS [[ID|health_plan:450 227 8813]]. AF burden 12% since [[DATE|date:01/02/2024]]. Alert sent to [[EMAIL|email:arrhythmia.nurses@nhs.net]].",
    "Home HD machine log: [[PERSON|name:Sean Gallagher]], [[LOCATION|geo:Letterkenny]]. NxStage SN [[DEVICE|device:NX1-0048817]]. Session [[DATE|date:10/03/2024]]: UF 2.1L, BFR 400. Gateway [[IP|ip:2001:db8:4a1:22::7]].",
    "Telemonitoring HI: Patientin [[PERSON|name:Ursula Meier]], Waage SN [[DEVICE|device:BW-5520-884112]], Gewicht +2,1 kg vom [[DATE|date:09.03.2024]] bis [[DATE|date:12.03.2024]] - Alarm an Zentrum [[LOCATION|geo:Bad Oeynhausen]].",
    "Insulinepomp export: MiniMed 780G, serienr [[DEVICE|device:NG2741188H]], pat. [[PERSON|name:Daan Visser]], [[AGE|other:16]] jr. Upload via CareLink vanaf [[IP|ip:84.241.199.17]] op [[DATE|date:11-03-2024]]. TIR 71%.",
    "Holter EKG: [[PERSON|name:Katarzyna Nowak]], PESEL [[ID|ssn:72051412345]]. Rejestrator nr [[DEVICE|device:HR-88219]]. Zapis [[DATE|date:06.03.2024]], 24h: nsVT x2, SVES 1200/24h.",
    "ECG patch (Zio XT) serial [[DEVICE|device:Z4471928A]], patient [[PERSON|name:Nur Aisyah binte Rahman]], NRIC [[ID|ssn:T0182734G]]. Worn [[DATE|date:1 Mar]] to [[DATE|date:14 Mar 2024]]. Report [[URL|url:https://portal.irhythm.example/reports/SG-448172]].",
    "Meter sync - [[PERSON|name:Emily Wong]], [[LOCATION|geo:Richmond]], BC. Meter SN [[DEVICE|device:GU58210433]], phone MAC [[DEVICE|device:3C:22:FB:91:0A:7E]]. Portal user [[ID|other:ewong_bc88]]. Hypo 2.9 mmol/L at 0312.",
]

RESEARCH_NOTES = [
    "STUDY ENROLMENT LOG - ACTRN12623000123456\nParticipant [[PERSON|name:Lorraine Pike]], study ID [[ID|other:AH2-MEL-0147]], consented by research nurse. Contact [[EMAIL|email:lorraine.pike@iinet.net.au]]. Randomised arm B.",
    "Biobank consent: [[PERSON|name:Ahmed Farouk]], UR [[ID|mrn:51192038]], DOB [[DATE|date:30/06/1971]]. Samples 2x EDTA, 1x SST. Consent kiosk fingerprint record [[ID|biometric:BIO-FP-2290417]].",
    "Screen fail - [[PERSON|name:Wendy Clay]] [[AGE|other:67]], [[LOCATION|geo:Geelong]]. eGFR 28 (excl <30). Screening no. [[ID|other:SCR-0093]]. Letter to GP Dr [[PERSON|name:Summer Hill]].",
    "Retinal imaging sub-study: participant [[ID|other:RET-00812]] ([[PERSON|name:Kenji Moriarty]]). Fundus photos [[ID|photo:RET00812_OD_20240312.tif]], [[ID|photo:RET00812_OS_20240312.tif]]. Retinal vessel template [[ID|biometric:RVT-7781-0042]] on server [[IP|ip:10.200.4.18]].",
    "RESEARCH CONSENT NOTE\nStudy NCT05123456, Phase 2\nSubject [[PERSON|name:Tamika Ross]], [[AGE|other:49]], MRN [[ID|mrn:7741209]], subject ID [[ID|other:041-0187]]. Consented [[DATE|date:03/13/2024]] 1420 by PI. ePRO login [[ID|other:tross_041]] via [[URL|url:https://studyportal.example-cro.com/s/041-0187]].",
    "Cohort enrollment: [[PERSON|name:Miguel Santos]], [[ADDRESS|geo:5510 Valley Blvd, Los Angeles, CA 90032]], participant ID [[ID|other:P219044871]]. Physical measurements done: BP 132/84, waist 98cm.",
    "Vaccine trial visit 3: [[PERSON|name:Lily Chen]] ([[AGE|other:2]]), parent [[PERSON|name:David Chen]] [[EMAIL|email:dchen.family@gmail.com]]. Injection site photo [[ID|photo:VT3_0229_site.jpg]]. Diary card reviewed.",
    "Participant info - [[PERSON|name:Fiona McAllister]], NHS [[ID|health_plan:708 221 4590]], recruited at [[LOCATION|geo:Western General Hospital]], [[LOCATION|geo:Edinburgh]]. Trial ID [[ID|other:SCOT-DM-3317]]. Iris enrolment template [[ID|biometric:IRIS-GB-004471]].",
    "Recruitment log: approached [[PERSON|name:Joseph King]] ([[AGE|other:74]]) - declined ('too much faff'). Approached [[PERSON|name:Amira Said]] ([[AGE|other:52]]) - consented, ID [[ID|other:HFX-104]]. Both from [[LOCATION|geo:Halifax]] practice list.",
    "Trial enrolment - [[LOCATION|geo:St Vincent's University Hospital]]. [[PERSON|name:Gráinne O'Reilly]], MRN [[ID|mrn:V0218834]], randomisation no. [[ID|other:R-0447]]. Eircode [[ADDRESS|geo:D04 K7W2]].",
    "Studieneinschluss: Proband [[ID|other:MUC-0291]], Frau [[PERSON|name:Lena Fischer]], geb. [[DATE|date:21.04.1985]], Einwilligung [[DATE|date:13.03.2024]], E-Mail [[EMAIL|email:lena.fischer85@web.de]].",
    "Inclusión en estudio: [[PERSON|name:Carmen Ortega Ruiz]], NHC [[ID|mrn:2019004471]], código participante [[ID|other:ESP-BCN-088]], [[LOCATION|geo:Hospital Vall d'Hebron]]. Tel. [[PHONE|phone:+34 933 456 789]].",
    "Inklusion: [[PERSON|name:Mette Sørensen]], CPR [[ID|ssn:120368-1442]], [[LOCATION|geo:Rigshospitalet]]. Studie-ID [[ID|other:DK-RH-0033]]. Foto til deltagerkort [[ID|photo:PHOTO-DK-0033.jpg]].",
    "Enrolment: [[PERSON|name:Wiremu Tane]], NHI [[ID|health_plan:TNW8812]]. Participant ID [[ID|other:NZ-GOUT-0119]]. Koha voucher posted to [[ADDRESS|geo:12 Kamo Rd, Kensington, Whangārei 0112]].",
    "Enrolment CRF: [[PERSON|name:Rekha Kumari]], [[AGE|other:38]], village [[LOCATION|geo:Sohna]], Aadhaar [[ID|ssn:7219 4408 3312]], subject no [[ID|other:TB-212]], mobile [[PHONE|phone:98110 44721]].",
]

SPECIALIST_LETTERS = [
    "[[LOCATION|geo:Epworth Richmond]] - Neurology\n[[DATE|date:12 March 2024]]\nDr [[PERSON|name:Lucy Zhang]]  Fax [[PHONE|fax:03 9882 1133]]\nDear [[PERSON|name:Lucy]],\nRe: [[PERSON|name:Anthony Rossi]], DOB [[DATE|date:16/04/1966]]\nI reviewed him today regarding his Parkinson's disease. Levodopa/carbidopa 100/25 TDS, UPDRS III 24.\nKind regards,\nA/Prof [[PERSON|name:Helen Mark]]",
    "Dear Dr [[PERSON|name:Hope]],\nThank you for referring Mrs [[PERSON|name:Valerie Stokes]] ([[AGE|other:73]]) from [[LOCATION|geo:Young]]. Echo shows severe AS, AVA 0.7cm2, mean gradient 48mmHg. I have referred her for TAVI at [[LOCATION|geo:Prince of Wales Hospital]].\nYours sincerely,\nDr [[PERSON|name:Rajiv Menon]], AHPRA [[ID|license:MED0001847223]]",
    "Oncology letter. Re [[PERSON|name:Jasmine Orchard]], MRN [[ID|mrn:0884721]]. HER2+ breast ca, cycle 4 TCH given [[DATE|date:08/03/24]]. Port serial [[DEVICE|device:PAC2291884]] flushed, good return. Partner [[PERSON|name:Skye]] attends.",
    "Dermatology: [[PERSON|name:Brett Lawson]], [[AGE|other:61]]. BCC L nasal ala excised [[DATE|date:5 March]], margins clear. Clinical photos [[ID|photo:DERM-2024-03-05-BL-01]] and [[ID|photo:DERM-2024-03-05-BL-02]]. Review 12 months.",
    "[[LOCATION|geo:Johns Hopkins]] Rheumatology\nRE: [[PERSON|name:Kimberly Hart]]   DOB: [[DATE|date:09/09/1983]]   MRN: [[ID|mrn:JH4417290]]\nShe has SLE with class III nephritis on MMF 1.5g BID and HCQ 400 daily. UPCR 0.4 g/g, C3 78.\nSincerely, [[PERSON|name:Aaron Goldberg]], MD",
    "Ortho consult: Re [[PERSON|name:Jamal Washington]], [[AGE|other:17]], football at [[LOCATION|geo:Lincoln High School]]. R ACL tear [[DATE|date:2/24/24]], surgery booked next week. Mother's cell [[PHONE|phone:(901) 555-0190]]. TennCare ID [[ID|health_plan:TC2230194478]].",
    "Neurosurgery f/u: [[PERSON|name:Patricia O'Hara]] s/p bilateral STN DBS, IPG Percept PC (B35200) serial [[DEVICE|device:NPK221904N]]. L 2.5mA 130Hz 60us. 'I can button my shirt again.'\n[[PERSON|name:Victor Alvarez]], MD, [[LOCATION|geo:Cleveland Clinic]], fax [[PHONE|fax:216-555-0111]]",
    "VA letter: Veteran [[PERSON|name:Curtis Bell]], SSN [[ID|ssn:219-44-8812]], SC PTSD 70%. Lives in [[LOCATION|geo:Ozark]], [[LOCATION|geo:Christian County]]. Prefers email: [[EMAIL|email:curtis.bell.usmc@gmail.com]]",
    "Dear Dr [[PERSON|name:Fenwick]],\nRe: [[PERSON|name:Harry Bloom]], DOB [[DATE|date:03/10/2015]], NHS No. [[ID|health_plan:634 119 0278]]\n[[ADDRESS|geo:19 Castle Street, Hope, Hope Valley S33 6RS]]\nI saw him in epilepsy clinic at [[LOCATION|geo:Sheffield Children's Hospital]]. EEG showed centrotemporal spikes. Levetiracetam 250mg BD.\nDr [[PERSON|name:Rebecca Lowe]], GMC [[ID|license:7033194]]",
    "Clinic date: [[DATE|date:11/03/2024]]\nMr [[PERSON|name:Daniel Frost]], [[AGE|other:42]] - carpal tunnel, NCS moderate. Plan CTR under LA. Hosp No. [[ID|mrn:R0992817]]. Queries to secretary on [[PHONE|phone:0117 414 0000]].",
    "Consultant letter, [[LOCATION|geo:Tallaght University Hospital]]. Re: [[PERSON|name:Ciara Moran]], [[AGE|other:26]], MRN [[ID|mrn:T1190283]]. Crohn's ileitis, starting adalimumab 160/80/40. QuantiFERON negative.",
    "Cher confrère,\nJ'ai vu M. [[PERSON|name:Julien Moreau]], [[AGE|other:55]] ans, adressé par son médecin traitant d'[[LOCATION|geo:Angers]]. IC à FEVG 30 %. Introduction sacubitril/valsartan 24/26 mg x2/j.\nBien confraternellement, Dr [[PERSON|name:Camille Petit]], [[LOCATION|geo:CHU d'Angers]]",
    "Befundbericht [[LOCATION|geo:AKH Wien]]: Frau [[PERSON|name:Elisabeth Huber]], SVNR [[ID|ssn:1234 010170]]. Vorhofflimmern, Apixaban 5 mg 1-0-1. Kontrolle am [[DATE|date:15.04.2024]]. Univ.-Prof. Dr. [[PERSON|name:Gruber]]",
    "Dear Doctor,\nRe: [[PERSON|name:Aroha Te Whare]], NHI [[ID|health_plan:HGT2210]], [[AGE|other:64]], [[LOCATION|geo:Hastings]]. Seen in renal clinic, [[LOCATION|geo:Hawke's Bay Hospital]]. eGFR 24, ACR 88.\nKind regards, renal registrar",
    "Dear Colleague,\nI saw Mr. [[PERSON|name:Raymond Gagnon]] ([[AGE|other:69]]) at the [[LOCATION|geo:Ottawa Hospital]] Civic Campus for his COPD. FEV1 48% pred. Health card [[ID|health_plan:5584-112-903-XL]].\nFax [[PHONE|fax:613-555-0188]]  CPSO [[ID|license:74419]]",
]

STYLES = [
    ("progress-note", PROGRESS_NOTES),
    ("discharge-summary", DISCHARGE_SUMMARIES),
    ("gp-referral", GP_REFERRALS),
    ("nursing-shorthand", NURSING_NOTES),
    ("pharmacy", PHARMACY_NOTES),
    ("telehealth", TELEHEALTH_NOTES),
    ("billing", BILLING_NOTES),
    ("device-telemetry", DEVICE_NOTES),
    ("research-enrolment", RESEARCH_NOTES),
    ("specialist-letter", SPECIALIST_LETTERS),
]


def main() -> None:
    print(f"probe33: {write_styled(OUT, STYLES)} docs")


if __name__ == "__main__":
    main()
