"""Write the 29th hand-annotated redaction probe, ``corpus/redaction/probe29.jsonl``.

Why: the redaction engine is scored on text written by people who have not read it. This probe
adds 100 fresh notes in ten everyday clinical styles, written the way tired US, Canadian and
Australian staff really write: templated headers, copy-pasted key: value fields, lists of
relatives and providers, payer and pharmacy details, and patients' own words. It mixes easy
identifiers with awkward ones (people called Hope, Mark, Young, Faith, April or Rose; towns called
Hope, Orange, Why, Boring, Bright, Paris, Mobile, Temple or Hurricane; facilities named after
people; codes glued to words or split by spaces) and plants look-alikes that must stay unmarked
(doses, lab values and ranges, bed and room numbers, times, LOINC/CPT/ICD codes, OIDs, model
numbers, payer BINs, store numbers, gate codes, pet names).

What: 100 notes, 10 in each of ten styles (ed-note, hospitalist-progress,
discharge-instructions, ehr-export with HL7 v2, FHIR JSON, CSV and audit logs,
claims-and-billing, pharmacy-verification, home-health, behavioral-health, portal-message,
case-management). About 70% US (all regions), 15% Canada and 15% Australia. Every one of the 18
Safe Harbor categories appears at least four times. Identifiers are written inline as
``[[LABEL|category:text]]``; titles stay outside name spans, a full street address is one
ADDRESS span, a town or named facility alone is LOCATION, a state or country alone is unmarked,
ages are the number only (90 and over are category date), and only the date part of a timestamp
is marked.

How to run::

    cd /work/main && .venv/bin/python scripts/make_probe29_corpus.py
"""

from __future__ import annotations

from pathlib import Path

from make_safe_harbor_suite import write_styled

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "corpus" / "redaction" / "probe29.jsonl"

ED_NOTES = [
    # US - Maine
    'ED PROVIDER NOTE\nPt: [[PERSON|name:Hope Gagnon]]\nArrival: 02:14 via Medic 6\nCC: fall, R hip pain\nHPI: [[AGE|other:73]]yo F w/ hx AF on apixaban 5mg BID, HTN, OA, found on kitchen floor by neighbor [[PERSON|name:Roland Theriault]] who checks on her qAM. Pt states "I just went down, I don\'t think I hit my head." Down time unclear, maybe 4-6 hrs. Lives alone at [[ADDRESS|geo:14 Pine Ridge Rd, East Millinocket ME 04430]].\nPE: BP 158/92 HR 104 irreg RR 18 SpO2 95% RA. GCS 15. RLE shortened + ext rotated, NVI distally.\nLabs: Hgb 11.9, Cr 1.3, CK 612, trop 0.02 (ref <0.04), INR 1.1\nXR pelvis/R hip: displaced R femoral neck fx.\nA/P: R FNF. Ortho recommends transfer for arthroplasty. Accepted at [[LOCATION|geo:Northern Light EMMC]]. Hold apixaban. IVF for CK.\nDispo: transfer from bed 7, LifeFlight pending weather.',
    # US - Texas, MVC
    "EMERGENCY DEPT - TRAUMA ACTIVATION LVL II\n2247 hrs\nName: [[PERSON|name:MARK YOUNG]]  Age: [[AGE|other:19]]\nMOI: restrained driver, single veh MVC vs utility pole on FM 1960 nr [[LOCATION|geo:Humble]], est 45 mph. DPS on scene, veh (2011 silverado, plate [[VEHICLE|vehicle:KTX 4821]]) towed. +airbag. EMS reports open beer cans.\nPassenger (gf) in bed 12, separate chart.\nPrimary intact. GCS 14 (E4V4M6). 4 cm lac L forehead. Seatbelt sign neg.\nFAST neg. CT head/C-spine neg. EtOH 212 mg/dL.\nProc: lac repair 5-0 prolene x7. Tdap given.\nMom [[PERSON|name:Lorena Young]] here at 0015; d/c to her care in AM once clinically sober.",
    # US - Florida, age 90+
    'ED Note\n[[AGE|date:94]] y/o M BIBA from ALF for AMS x1d. Per facility RN [[PERSON|name:Grace]] pt "not himself since Tuesday", baseline A&Ox2, walker.\nPt: [[PERSON|name:Wendell Abernathy]]\nVS: T 38.4 HR 112 BP 96/58. Dry MM.\nUA: LE 3+, nitrite +, WBC >50/hpf. Lactate 2.4. Na 149.\nDx: sepsis 2/2 UTI, hypernatremia, metabolic encephalopathy. 30 mL/kg LR, CTX 1 g, BCx x2.\nAdmit hospitalist, tele bed 3N-14.\nHCP: dtr [[PERSON|name:Rose Abernathy-Kemp]] (lives in [[LOCATION|geo:Orange]], CA) updated by phone 0415, confirms DNR (yellow form in chart).',
    # US - Ohio, ingestion
    "EMERGENCY MEDICINE H&P\nDOS: [[DATE|date:January 3rd, 2025]]\n[[PERSON|name:Summer Kowalczyk]], [[AGE|other:27]]F\nCC: ingestion\nHPI: Roommate found pt drowsy w/ empty bottle of APAP ES (~50 tabs) around 2300, drove her in. Pt tearful, states \"I just wanted to sleep for a week, I didn't want to die... I don't know.\" Hx MDD, 1 prior attempt (2022).\n4h APAP 182 mcg/mL, AST 41 ALT 38, INR 1.0, salicylate neg, EtOH neg.\nPoison center case # [[ID|other:OH25-0031187]], rec 21h NAC.\nPlan: NAC protocol, 1:1 sitter rm 22, psych consult.\nMother [[PERSON|name:Dana Kowalczyk]] -- pt declines we contact her at this time.",
    # US - Arizona, peds
    "ED NOTE / PEDS\nPt [[PERSON|name:Jayden Whitehorse]] [[AGE|other:8]] yo M, 27 kg, brought by grandmother from [[LOCATION|geo:Why]] after vomiting + HA following school field trip outdoors, ambient 112F.\nAHCCCS ID [[ID|health_plan:A12345678]]\nT 39.4 HR 138 BP 98/60. Mentating nl, no seizure.\nNa 131, BUN 24, CK 288.\nDx heat exhaustion, dehydration. NS 20 mL/kg x2, cooling. Tolerating PO.\nD/c home w/ grandma, return if lethargic or no urine >8h. Grandma cell [[PHONE|phone:5205550107]].",
    # US - Washington, pacemaker
    "ED ATTENDING NOTE\n[[PERSON|name:Bill Faith]]  [[AGE|other:81]]M\nCC: syncope while gardening.\nHx CHB s/p dual-chamber PPM (Medtronic Azure XT DR MRI, model W1DR01) SN [[DEVICE|device:RNB402117H]], implanted 2019.\nInterrogation by device rep: battery 7.2 y, RV lead impedance 380 ohm, no arrhythmia logged at time of event.\nECG: AV paced 70, QTc 478. Orthostatics +. Hgb 13.8.\nDx likely orthostatic/vasovagal.\nWife [[PERSON|name:June]] at bedside, asks if he can take the ferry home to [[LOCATION|geo:Vashon]] tonight - ok w/ escort.\nF/u device clinic 2-4 wks.",
    # US - Louisiana, dog bite
    "ED note - [[LOCATION|geo:West Jefferson Medical Center]]\n1630. [[PERSON|name:Tran Thi Mai]], [[AGE|other:44]]F, works as nail tech.\nDog bite L hand dorsum, neighbor's pit mix. Puncture x3, no tendon involvement, FROM.\nPhoto of wound saved to media tab as [[ID|photo:IMG_0428_TRAN_Lhand.jpg]].\nDog owner [[PERSON|name:Curtis Boudreaux]]. Animal Control notified; dog quarantined 10 d at owner's home.\nTd utd. Irrigated 500 mL, left open. Augmentin 875/125 BID x5d.\nSon interpreting (Vietnamese), declined phone interpreter.\nWound check 48h.",
    # Canada - BC
    "EMERG NOTE -- [[LOCATION|geo:Royal Columbian Hospital]]\n03:40  CTAS 2\nPt: [[PERSON|name:Faith Kwan]]  PHN [[ID|health_plan:9876 543 210]]\n[[AGE|other:36]]F G2P1, ~8/40 by LMP. Vag bleeding + cramping since 2200, soaked 2 pads.\nVS stable. Spec: os closed, small clot.\nbHCG 14,220. POCUS: single IUP, FHR 152. Rh neg -> WinRho 300 mcg IM given.\nLives in [[LOCATION|geo:Hope]], 1.5 h away; f/u w/ her midwife within 48 h, EPL referral faxed to [[PHONE|fax:604-555-0177]].\nThreatened AB, pt & partner understand.",
    # Australia - NSW
    "ED Clinician Note -- [[LOCATION|geo:Orange Health Service]]\nMedicare [[ID|health_plan:2953 41872 1]] IRN 2\nPt: [[PERSON|name:Cooper Whitfield]], [[AGE|other:22]]M, jackaroo\nPresented 2310. Fall from horse at property, landed on L shoulder, helmet on, no LOC.\nMate [[PERSON|name:Jacko]] drove him in -- ute (rego [[VEHICLE|vehicle:CWH 77K]]) left in ambo bay, security asked him to move it.\nO/E: GCS 15/15, pain 7/10, deformity mid L clavicle, NV intact.\nXR: displaced midshaft # L clavicle. CT C-spine NAD.\nMx: broad arm sling, endone 5 mg x1, fracture clinic Tues.",
    # Canada - Ontario
    "ED NOTE\nOHIP [[ID|health_plan:4532-118-902-KT]]\n[[PERSON|name:Marc-André Leblanc]] [[AGE|other:58]]M, retired rail conductor\nCP 2h, pressure, radiating L arm, diaphoretic. Hx HTN, smoker 40 pk-yr.\nECG: ST dep V4-V6. hsTrop 48 -> 112 ng/L.\nNSTEMI. ASA 162, ticagrelor 180, heparin gtt. Cards aware, cath AM.\nFD copy to follow.\nEDP: Dr [[PERSON|name:R. Halvorsen]] (CPSO [[ID|license:91224]])",
]

HOSPITALIST_NOTES = [
    # US - Minnesota
    'HOSPITALIST PROGRESS NOTE   HD#3\n[[PERSON|name:Hunter, Grace]]   [[AGE|other:67]]F   MRN [[ID|mrn:M-2290441]]   Rm 512-B\nAdm for CAP w/ sepsis\n\nS: "a bit stronger today", ate 1/2 breakfast, no f/c overnight. Son [[PERSON|name:Mark]] at bedside, asking if she can go home to [[LOCATION|geo:Bemidji]] by Sat.\nO: T 37.8 HR 96 BP 118/64 RR 20 SpO2 92% 2L NC\nWBC 14.2 -> 11.8, Cr 1.1, procal 0.9. BCx NGTD.\nA/P:\n# CAP - CTX/azithro d3 -> cefpodoxime PO tomorrow if afebrile\n# hypoxia - wean O2, IS\n# T2DM - SSI, A1c 8.2\nDispo: PT rec TCU vs home w/ HH. CM calling TCU.\nCode: DNR/DNI per POLST.',
    # US - Georgia
    "Hospital Medicine Progress Note -- Sunday\nPt: [[PERSON|name:Cash Wilkerson]] [[AGE|other:52]]M\nHFrEF (EF 20%), NICM, admitted ADHF.\nWearing LifeVest WCD (ZOLL 4000), SN [[DEVICE|device:LV4K-0819377]] - no shocks per download.\nI/O net -2.1 L, wt 104.2 -> 102.0 kg. K 3.4 (repleted 40 mEq), Cr 1.4 (baseline 1.2).\nPlan: cont IV lasix 80 BID, start spironolactone 12.5 when K ok, GDMT titration per Cards.\nSocial: lives in [[LOCATION|geo:Macon]] w/ wife, Medicaid (Amerigroup) ID [[ID|health_plan:GA7718204315]]; was out of meds x2 wk 'cause the pharmacy said prior auth.\nEDD 48-72h.",
    # US - New Mexico
    'IM Hospitalist Progress Note\n[[PERSON|name:Begay, Lorraine]]  ([[AGE|other:75]])\nNavajo interpreter (interp ID [[ID|other:INT-3307]]) by video for entire encounter.\nS: DKA resolved, insulin gtt off 0600, eating. Pt: "I want to go home to [[LOCATION|geo:Shiprock]] before my granddaughter graduates."\nO: AG 11, bicarb 22, glucose 180-240. A1c 13.1.\nA/P: DKA resolved -> glargine 22u + lispro 6u TID AC. Diabetes educ today. Needs glucometer.\nGranddaughter [[PERSON|name:Kaya]] will do insulin teaching with her.\nF/u diabetes clinic in 1 wk.',
    # US - Kentucky
    'PROGRESS NOTE (hospitalist)\n[[PERSON|name:Dwayne]] "[[PERSON|name:Bucky]]" [[PERSON|name:Hollins]] [[AGE|other:63]]M COPD exac, HD4\nS: SOB better, still 3L. Wants to smoke. "Doc, I been smoking since I was 11."\nO: diffuse exp wheeze, ABG 7.31/58/64 on adm -> VBG 7.38/49 today.\nA/P: COPD exac - pred 40 d4/5, duonebs, doxy. Nicotine patch 21 mg. Home O2 eval prior to d/c.\nSW: pt needs SSDI paperwork; SSN [[ID|ssn:401-88-2317]] verified w/ pt for SSA-3368.\nSister is HCS.',
    # US - California
    "Hospitalist Daily Note | [[LOCATION|geo:Salinas]]\nPt: [[PERSON|name:Esperanza Villalobos]], [[AGE|other:48]]F, Medi-Cal CIN [[ID|health_plan:91827364A]]\nHD5 gallstone pancreatitis s/p ERCP w/ sphincterotomy.\nS: pain 3/10, tolerating clears, spanish interp used.\nO: lipase 1840 -> 212. T bili 1.2. WBC 9.\nA/P: adv to low fat diet. Lap chole planned tomorrow.\nPt requests records be emailed to son at [[EMAIL|email:angel.villalobos88@gmail.com]] -- advised to complete ROI with HIM first.",
    # US - Alaska, age 90+
    "Hospitalist PN -- [[LOCATION|geo:Alaska Native Medical Center]]\n[[PERSON|name:Agnes Nanouk]]  [[AGE|date:91]]F  from [[LOCATION|geo:Unalakleet]]\nPOD2 s/p R hip hemiarthroplasty, medevac'd in.\nS: pain ok, speaks Inupiaq/English, dtr translating when needed.\nO: Hgb 8.1 (from 9.4) -> 1u PRBC. Na 134. Delirium screen neg.\nA/P: PT/OT, enoxaparin ppx, bowel regimen.\nDispo: Alaska Air booking ref [[ID|other:QXJ4PL]] per dtr. Village clinic CHA to arrange HH follow-up.",
    # US - New York
    "Hospitalist PN [[DATE|date:12/26/2024]] (day after xmas)\n[[PERSON|name:Young, Tobias]]  [[AGE|other:39]]M  10W bed 22\nT1DM, RLE cellulitis, HD2.\nCGM: Dexcom G7, sensor/transmitter [[DEVICE|device:4DT7H2]] removed for MRI (r/o osteo), pt to replace after.\nS: pain improved, erythema receding from marked borders.\nO: T 37.2, WBC 13 -> 10.1. Vanc trough 14.2. BG 120s-240s (goal 140-180).\nA/P: cont vanc, MRI foot today. Endo adjusting basal.\nPartner [[PERSON|name:Luis]] bringing pump supplies from home.",
    # Canada - Quebec
    "PROGRESS NOTE -- Hospitalist -- [[LOCATION|geo:Jewish General Hospital]]\nRAMQ [[ID|health_plan:TREY 3855 1512]]\nMme [[PERSON|name:Yvette Tremblay]], [[AGE|other:86]]F, hypoactive delirium 2/2 UTI, HD6\nS: more alert, oriented x2. Son [[PERSON|name:Benoît]] visited, prefers updates in French.\nO: afebrile, CAM neg today. Cr 98.\nA/P: completed cipro. PT: needs 1 assist.\nDispo: waiting CHSLD placement.",
    # Australia - QLD
    "Gen Med Ward Round -- [[LOCATION|geo:Townsville University Hospital]]\nPt [[PERSON|name:Beau Tennant]] [[AGE|other:34]]M\nL leg cellulitis -> ?melioidosis (lives [[LOCATION|geo:Magnetic Island]], gardening in wet season, T2DM). BCx x2 pending, urine burk Ag sent.\nMeropenem 1g q8h. BSL 11-16 -> increase lantus to 24u.\nNOK partner [[PERSON|name:Shaz]] aware.\nGP: d/c summary on discharge.",
    # Australia - VIC, age 90+
    "PROGRESS NOTE GIM -- [[LOCATION|geo:Bendigo Health]]\nMrs [[PERSON|name:Ivy Hollis]]  [[AGE|date:90]]F  DVA Gold [[ID|health_plan:VX412993]]\nD3 post # NOF (DHS). Delirium settling. Eating 50%.\nHb 92, Na 131 (fluid restrict 1.2 L). Ca/vit D started.\nPlan: GEM referral. Home was unit in [[LOCATION|geo:Eaglehawk]], alone.\nSon (EPOA) agrees w/ GEM. Dtr in [[LOCATION|geo:Perth]] updated by email.",
]

DISCHARGE_NOTES = [
    # US - Pennsylvania
    "DISCHARGE INSTRUCTIONS\n[[LOCATION|geo:Reading Hospital]]\nPatient: [[PERSON|name:Rose Marchetti]]    DOB: [[DATE|date:06/19/1958]]\nReason for stay: Chest pain, heart attack ruled out. Stress test normal.\nYOUR MEDICATIONS\n- metoprolol succinate 25 mg once daily (NEW)\n- atorvastatin 40 mg at bedtime (CHANGED, was 20 mg)\n- STOP ibuprofen\nFOLLOW-UP\n- cardiology in 1-2 weeks. Call [[PHONE|phone:610-555-0121]] to schedule.\n- your PCP within 7 days.\nCall 911 for chest pain lasting more than 5 minutes.\nYour nurse today was [[PERSON|name:Frankie]].",
    # US - Colorado, peds
    'Discharge Instructions -- Pediatric ED\nChild: [[PERSON|name:Oliver]] "[[PERSON|name:Ollie]]" [[PERSON|name:Brandt]]   Age: [[AGE|other:4]] yrs   Wt 17.2 kg\nDiagnosis: croup\nDexamethasone 10 mg given at 2130 -- no more doses needed.\nCool night air or a steamy bathroom can help. Return for: noisy breathing at rest, blue lips, drooling, fever over 104.\nFollow up with your pediatrician in 1-2 days if not better.\nVideo recheck link (sent by text): [[URL|url:https://telehealth.goldenpeds.org/v/8c2f91a7]]\nDaycare note printed.',
    # US - Tennessee
    "AFTER VISIT SUMMARY -- DISCHARGE\n[[PERSON|name:Jolene Cates]]\nProcedure: laparoscopic cholecystectomy, [[DATE|date:9/17/2024]]\nWound care: keep incisions dry 48 h, then may shower. No tub baths x2 wk. Glue will peel off.\nSend a picture of your incisions through the portal on day 3; today's photo is in your chart as [[ID|photo:Cates_J_incision_0918.jpg]].\nNo lifting >10 lb x 4 wks.\nMeds: oxycodone 5 mg q6h prn #12, acetaminophen 1000 mg q8h.\nHome health referral sent to Amedisys ([[LOCATION|geo:Cookeville]]) fax [[PHONE|fax:931-555-0102]] for 1 nursing visit.",
    # US - Massachusetts
    "Discharge instructions / Instrucoes de alta\n[[LOCATION|geo:New Bedford]]\nPaciente: [[PERSON|name:Manuel Furtado]], [[AGE|other:70]] anos\nDx: heart failure (insuficiencia cardiaca)\n* Weigh yourself every morning. Call if weight goes up 3 lb in a day or 5 lb in a week.\n* Low salt: <2000 mg/day\n* Furosemide 40 mg twice a day (was once)\nCardiology appt Thursday [[DATE|date:March 6]] 10:40 am with the HF NP.\nHeart failure nurse will call you in 48 h.\nDaughter asked for copy by email: [[EMAIL|email:fatima.furtado@comcast.net]].",
    # US - Michigan
    "DISCHARGE MEDICATION INSTRUCTIONS\nPt: [[PERSON|name:Lamar Pettiford]]   Acct [[ID|account:V00129384]]\nDischarging physician: [[PERSON|name:Sandra Ng]], MD  NPI [[ID|license:1639284710]]\nNEW: apixaban (Eliquis) 10 mg twice daily x 7 days, then 5 mg twice daily -- for blood clot in leg (DVT)\nCONTINUE: metformin 1000 mg BID, lisinopril 20 mg daily\nSTOP: aspirin 81 mg (bleeding risk with Eliquis)\nPrescriptions sent to [[LOCATION|geo:Meijer Pharmacy Ypsilanti]]. Free 30-day card applied.\nLabs at f/u: CBC, BMP. A1c was 7.9.",
    # US - Hawaii
    "DISCHARGE INSTRUCTIONS\n[[PERSON|name:Keoni Kahale]], [[AGE|other:31]] y.o. male\nYou were treated for: R tibia fracture (ORIF), road rash, concussion after motorcycle crash.\nYour motorcycle (HI plate [[VEHICLE|vehicle:4GK219]]) was towed by police -- call HPD for release.\nNon-weight bearing R leg. Crutches.\nOrtho follow up in 2 wks.\nNo driving until cleared. Concussion: rest, no screens x48h.\nYou told us you will stay with your uncle [[PERSON|name:Kimo]] at [[ADDRESS|geo:75-1029 Hienaloli Rd, Kailua-Kona HI 96740]]; home health PT will visit there.",
    # US - Oregon
    "Discharge Instructions -- Withdrawal Management\n[[PERSON|name:Willow Pryce]] | DOB [[DATE|date:08/08/1996]]\nYou completed 5 days of opioid withdrawal treatment and started buprenorphine-naloxone 16-4 mg daily.\n- Rx: Suboxone 8-2 mg films, take 2 daily, #14, prescriber DEA [[ID|license:FA4821937]]\n- Naloxone nasal spray x2 (keep with you)\nBridge clinic visit Mon 9am.\nYou told us you're staying with your aunt in [[LOCATION|geo:Boring]] -- peer mentor will call you at [[PHONE|phone:503-555-0146]] (your phone).\nIf you use again, don't use alone. Call 988 for crisis.",
    # Canada - Alberta
    "DISCHARGE INSTRUCTIONS -- [[LOCATION|geo:Medicine Hat Regional Hospital]]\nName: [[PERSON|name:Sunny Dhaliwal]]   AHCIP [[ID|health_plan:12345-6789]]   Date: [[DATE|date:2025-01-22]]\nYou have a kidney stone (5 mm, left side). It will likely pass on its own.\n- tamsulosin 0.4 mg once a day until stone passes (max 4 wks)\n- ketorolac 10 mg q6h prn x 5 days, with food\n- strain your urine, bring stone to lab\nUrology f/u in [[LOCATION|geo:Lethbridge]]: clinic will call you.\nFor advice anytime call Health Link 811.\nCome back if fever >38, can't keep fluids down, or pain not controlled.",
    # Australia - SA, postnatal
    "DISCHARGE INFORMATION -- [[LOCATION|geo:Women's and Children's Hospital]]\nMother: [[PERSON|name:Bree Castellano]]\nBaby: [[PERSON|name:Rowan]] born [[DATE|date:11 Feb 2025]] 0417, 3.42 kg\nVaginal birth, 2nd deg tear sutured.\nMidwife home visit day 3-5 -- will phone [[PHONE|phone:0433 555 271]].\nBlue book & newborn screen done.\nChild & Family Health nurse will contact you.\nPanadol 1 g QID prn, ibuprofen 400 mg TDS w/ food.",
    # Canada - Saskatchewan
    "DISCHARGE -- [[LOCATION|geo:Dr. F.H. Wigmore Regional Hospital]]\nPt [[PERSON|name:Clifford Bear]]  HSN [[ID|health_plan:123 456 789]]  [[AGE|other:59]]M\nDx: L foot diabetic ulcer w/ cellulitis. IV cefazolin -> PO cephalexin 500 mg QID x 10 days.\nDressings: Aquacel Ag q3 days by band nurse at [[LOCATION|geo:Carry the Kettle]] health centre.\nOffload: post-op shoe. Foot clinic in 2 wk.\nBlood sugars: check BID, call if >20 consistently.",
]

EHR_EXPORT_NOTES = [
    # US - Tennessee, HL7 ADT
    "MSH|^~\\&|EPIC|ERL|RHAPSODY|LABCORP|[[DATE|date:20240311]]142205||ADT^A04|MSG00418220|P|2.5.1\nPID|1||[[ID|mrn:00482331]]^^^ERL^MR~[[ID|ssn:412770193]]^^^SSA^SS||[[PERSON|name:HOPE^LILIAN^M]]||[[DATE|date:19570402]]|F|||[[ADDRESS|geo:1822 CHERRY ST^^CHATTANOOGA^TN^37402]]||[[PHONE|phone:(423)555-0172]]|||M\nPV1|1|E|ED^12^A||||[[ID|license:1578492036]]^^^^^^MD\nIN1|1|BCBST01|00390|BLUECROSS BLUESHIELD OF TN||||||||||||||SEL||||||||||||||||||[[ID|health_plan:ZGP884190273]]",
    # US - North Carolina, FHIR Patient
    '{"resourceType": "Patient",\n "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.2210", "type": {"text": "MRN"}, "value": "[[ID|mrn:3390218]]"},\n  {"system": "urn:oid:2.16.840.1.113883.4.1", "value": "[[ID|ssn:219-44-7812]]"}],\n "name": [{"family": "[[PERSON|name:Orange]]", "given": ["[[PERSON|name:Clementine]]"]}],\n "telecom": [{"system": "phone", "value": "[[PHONE|phone:+1 919 555 0138]]", "use": "mobile"}],\n "gender": "female",\n "birthDate": "[[DATE|date:1990-06-01]]",\n "address": [{"line": ["[[ADDRESS|geo:2207 Glenwood Ave Apt 5]]"], "city": "[[LOCATION|geo:Raleigh]]", "state": "NC", "postalCode": "[[ADDRESS|geo:27608]]"}]}',
    # US - Kansas, CSV census
    "mrn,last_name,first_name,dob,sex,unit,bed,los_days,payer\n[[ID|mrn:1002938]],[[PERSON|name:Bell]],[[PERSON|name:Liberty]],[[DATE|date:1979-07-04]],F,4N,412,3,KS MEDICAID\n[[ID|mrn:1002961]],[[PERSON|name:Strong]],[[PERSON|name:Will]],[[DATE|date:1948-11-30]],M,ICU,3,11,MEDICARE",
    # US - audit log, break the glass
    '# EHR access audit -- break-the-glass report -- pt MRN [[ID|mrn:55019283]]\n[[DATE|date:2024-08-14]]T09:12:44Z user=[[ID|other:jmorales2]] role=RN ip=[[IP|ip:10.42.7.118]] ws=ICU-WS-07 mac=[[DEVICE|device:3C:52:82:1A:9F:04]] auth=badge+fp tmpl=[[ID|biometric:FPT-22019-0447]] action=BTG_OVERRIDE reason="pt is my aunt, checking on her"\n[[DATE|date:2024-08-14]]T22:40:19Z user=[[ID|other:tkessler]] role=MD ip=[[IP|ip:fe80::1c4b:2aff:fe19:7d02]] action=VIEW obj=Results/CT\nsystem: priv_audit_bot action=FLAG note="same surname as pt; refer to Privacy Officer"',
    # US - Arizona, HL7 ORU
    "MSH|^~\\&|SUNQUEST|LAB|EPIC|BUMC|[[DATE|date:20250119]]0633||ORU^R01|LAB77120|P|2.3\nPID|1||[[ID|mrn:E882019]]^^^BUMC^MR||[[PERSON|name:BEAR^CRYSTAL^R]]||[[DATE|date:19881203]]|F\nOBR|1||[[ID|mrn:ACC25-0019274]]|BMP^BASIC METABOLIC PANEL|||||||||||[[ID|license:1295837461]]\nOBX|1|NM|2951-2^Sodium^LN||128|mmol/L|136-145|L|||F\nOBX|2|NM|2823-3^Potassium^LN||5.9|mmol/L|3.5-5.1|H|||F\nOBX|3|NM|2345-7^Glucose^LN||212|mg/dL|70-99|H|||F\nNTE|1||Critical K called to RN at 0631, read back.",
    # US - Texas, CSV remote monitoring
    "serial_no,patient_id,reading_ts,sbp,dbp,hr,wt_lb,hub_ip\n[[DEVICE|device:GT-2208-44719]],[[ID|mrn:HF00931]],[[DATE|date:2024-12-02]] 07:09,151,92,81,214.0,[[IP|ip:172.16.40.21]]\n[[DEVICE|device:GT-2207-10382]],[[ID|mrn:HF01177]],[[DATE|date:2024-12-02]] 08:30,118,70,66,180.2,[[IP|ip:172.16.40.57]]\n# alert: wt gain 2.6 lb/24h row 1 -> RN called pt",
    # US - Virginia, FHIR Bundle
    '{"resourceType": "Bundle", "type": "collection", "entry": [\n {"resource": {"resourceType": "Patient", "id": "[[ID|other:a81f-2290]]", "name": [{"text": "[[PERSON|name:Hunter Rivers]]"}], "birthDate": "[[DATE|date:2002-09-14]]",\n   "photo": [{"contentType": "image/jpeg", "title": "[[ID|photo:badge_photo_hrivers.jpg]]", "url": "[[URL|url:https://ehr.sentara.example/media/pt/a81f-2290/photo.jpg]]"}]}},\n {"resource": {"resourceType": "Coverage", "status": "active", "subscriberId": "[[ID|health_plan:VAM88120934]]", "payor": [{"display": "Virginia Medicaid"}]}},\n {"resource": {"resourceType": "Encounter", "class": {"code": "EMER"}, "period": {"start": "[[DATE|date:2025-03-02]]T18:05:00-05:00"},\n   "serviceProvider": {"display": "[[LOCATION|geo:Sentara Norfolk General]]"}}}\n]}',
    # Canada - Ontario, HL7 ADT
    "MSH|^~\\&|MEDITECH|LHSC|OLIS|MOH|[[DATE|date:20241105]]||ADT^A08|LHS0092211|P|2.4\nPID|1||[[ID|mrn:L001928374]]^^^LHSC^MR~[[ID|health_plan:5521887340]]^DK^^ON^JHN||[[PERSON|name:MACDONALD^HEATHER^ANNE]]||[[DATE|date:19670521]]|F|||[[ADDRESS|geo:88 WHARNCLIFFE RD S^^LONDON^ON^N6J 2K2]]^^H||[[PHONE|phone:519-555-0161]]^PRN^PH~[[EMAIL|email:hmacd67@rogers.com]]^NET^Internet\nPD1|||[[LOCATION|geo:BYRON FAMILY MEDICAL CENTRE]]|[[ID|license:0098231]]",
    # Australia - NSW, HL7 ADT
    "MSH|^~\\&|IPM|[[LOCATION|geo:DUBBOBASE]]|HEALTHLINK|GPPRAC|[[DATE|date:20250204]]1130+1100||ADT^A03|DBO2250204113|P|2.4|||AL|NE|AUS\nPID|1||[[ID|mrn:0771840]]^^^DBH^MR~[[ID|health_plan:8003608166690503]]^^^AUSHIC^NI~[[ID|health_plan:29534187211]]^^^AUSHIC^MC||[[PERSON|name:WHITE^JACK^ROBERT]]||[[DATE|date:19441118]]|M|||[[ADDRESS|geo:12 BANKSIA ST^^DUBBO^NSW^2830^AUS]]||[[PHONE|phone:(02) 6855 5119]]\nPV1|1|I|WARD3^07^B||||[[ID|license:2426591T]]",
    # Australia - NSW, CSV access log
    "event_time,user_id,ip_addr,patient_ihi,action,document\n[[DATE|date:2025-02-03]] 10:14:22 AEDT,[[ID|other:dr.lwong]],[[IP|ip:203.0.113.48]],[[ID|health_plan:8003608833357361]],VIEW,Shared Health Summary\n[[DATE|date:2025-02-04]] 16:40:55 AEDT,[[ID|other:recept02]],[[IP|ip:2001:db8:4a1:ff::27]],[[ID|health_plan:8003608833357361]],VIEW,Prescription Record\nnote: access by reception account queried with PM",
]

CLAIMS_NOTES = [
    # US - Illinois, CMS-1500
    "CMS-1500 CLAIM SUMMARY (PT)\n1a INSURED'S ID: [[ID|health_plan:W218834710]]\n2 PATIENT NAME: [[PERSON|name:KOWALSKI, FRANK J]]\n3 DOB: [[DATE|date:05 17 1961]] SEX: M\n5 ADDRESS: [[ADDRESS|geo:880 N LAKE SHORE DR APT 14C, CHICAGO IL 60611]]\n4 INSURED: SAME\n11c PLAN: AETNA CHOICE POS II\n17b REF NPI [[ID|license:1124093875]]\n21 DX: A. M54.50  B. G89.29\n24D CPT 97110 GP x3 / 97140 GP x1\n26 PATIENT ACCT NO: [[ID|account:PT-0091847]]\n28 TOTAL CHARGE $412.00  29 AMT PAID $0.00",
    # US - Arkansas, patient statement
    "PATIENT STATEMENT\nGuarantor acct #: [[ID|account:880017264]]\nGuarantor: [[PERSON|name:Bonnie Sue Pratt]]\n[[ADDRESS|geo:PO Box 118, Mountain View AR 72560]]\nPatient: [[PERSON|name:Kenzie Pratt]] (dependent)\nED visit lvl 4 (99284) .......... $1,842.00\n  Ins pmt (Arkansas BCBS) ............ -$1,203.55\n  Adj ..................................  -$338.45\nPayment recv'd, Visa ending [[ID|account:4417]] ... -$100.00\nBALANCE DUE: $200.00\nPay online: [[URL|url:https://pay.baptist-health.example/?acct=880017264]]",
    # US - Texas, UB-04
    "UB-04 (inpt) -- [[LOCATION|geo:Paris Regional Health]]\nFL3a PAT CNTL #: [[ID|account:IP24-0093381]]\nFL4 TOB 0111   FL6 STMT PERIOD [[DATE|date:091224]] THRU DISCH\nFL8 [[PERSON|name:OSEI, KWAME]]\nFL10 BIRTHDATE [[DATE|date:11031958]]  FL11 SEX M\nFL42/43 0120 ROOM-BOARD/SEMI x5 ... 0250 PHARMACY ... 0300 LAB\nFL50 MEDICARE PART A  FL60 INSURED'S UNIQUE ID [[ID|health_plan:5TR2WE9KK18]]\nFL67 I50.23  FL71 PPS 291\nFL80 REMARKS: secondary = TX Medicaid, wife gave card info by phone",
    # US - Utah, appeal fax
    "FAX COVER -- orthopedics billing\nTo: UnitedHealthcare Appeals   Fax: [[PHONE|fax:801-555-0177]]\nPages: 6 incl cover\nRE: 1st level appeal, claim # [[ID|other:UHC9928173645]]\nMember: [[PERSON|name:Jordan Hale]]  ID [[ID|health_plan:918273645-01]]\nDenied: MRI L knee w/o contrast (73721) - 'not medically necessary'.\nPrior auth ref [[ID|other:PA-77201844]] was obtained beforehand, copy attached.\nCONFIDENTIAL: PHI. If received in error call sender.",
    # US - Florida, auto PIP
    "AUTO PIP BILLING NOTE -- PFS\nClaimant/pt: [[PERSON|name:Destiny Alvarado]]\nCarrier: GEICO  claim no. [[ID|other:0438812297-0101]]  policy # [[ID|health_plan:4417-88-21-3]]\nDate of loss: [[DATE|date:March 1st]], rear-ended on I-275.\nVehicle: 2019 Nissan Altima, VIN [[VEHICLE|vehicle:1N4BL4BV5KC118273]]\nAdjuster: [[EMAIL|email:gtillman@geico.com]]\nPIP limit $10k, EMC determination done.\nSubmitted UB + itemized, 3 DOS.",
    # US - Missouri, collections note
    'PFS ACCOUNT NOTES -- acct [[ID|account:H000188273]]\n10:02 kmurphy: Inbound call from guarantor [[PERSON|name:Lucky Mayweather]] re: balance $3,412.19 for surgery. IVR voice ID match [[ID|biometric:VP-00918273]] + SSN last 4 [[ID|ssn:7731]].\nPt states "I lost my job last fall, I can do maybe 75 a month."\nSet up payment plan $75/mo x 46, ACH from checking ending [[ID|account:0921]].\nFAP application emailed to [[EMAIL|email:luckym1977@yahoo.com]].',
    # US - Nevada, 837P EDI
    "ISA*00*          *00*          *ZZ*SUBMITTERID    *ZZ*CLEARHOUSE     *[[DATE|date:250108]]*1412*^*00501*000000905*0*P*:~\nNM1*IL*1*[[PERSON|name:RIVERA*LUZ*M]]***MI*[[ID|health_plan:XJH900112233]]~\nN3*[[ADDRESS|geo:6120 W TROPICANA AVE UNIT 2081]]~\nN4*[[LOCATION|geo:LAS VEGAS]]*NV*[[ADDRESS|geo:89103]]~\nDMG*D8*[[DATE|date:19790312]]*F~\nCLM*1*250***11:B:1*Y*A*Y*Y~\nHI*ABK:J069*ABF:R051~\nNM1*82*1*[[PERSON|name:PATEL*NIRAV]]****XX*[[ID|license:1831204957]]~\nSV1*HC:99213*150*UN*1***1~\nSE*24*0001~",
    # Canada - Ontario, WSIB
    "WSIB Health Professional's Report (Form 8) -- billing copy\nClinic: [[LOCATION|geo:Health Sciences North]]\nWorker: [[PERSON|name:Guy Lapointe]]  DOB [[DATE|date:1981/07/09]]  HCN [[ID|health_plan:6628 410 923 PL]]\nWSIB claim # [[ID|other:30118847]]\nInjury: crush injury R hand, 3rd/4th digit fx.\nPhysician billing # [[ID|license:047281]]",
    # Australia - NSW, CTP
    "CTP CLAIM -- INVOICE COVER\nInsurer: NRMA CTP   Claim no. [[ID|other:CTP-25-0418877]]\nClaimant: [[PERSON|name:Darcy Oakley]]\nAt-fault vehicle rego [[VEHICLE|vehicle:DK92PQ]] (NSW)\nAccident date [[DATE|date:20 Jan 2025]], [[LOCATION|geo:Parramatta]]\nInvoice: 6 x initial/standard physio consult, $540.00\nPay to BSB 062-000",
    # Canada - Alberta, out-of-country invoice
    "INVOICE -- UNINSURED SERVICES  [[LOCATION|geo:Banff]]\nInvoice # [[ID|account:MSH-2024-07731]]\nPatient: [[PERSON|name:Dakota Springer]] (USA resident, non-Canadian)\nPassport: [[ID|ssn:567839201]] (USA)\nSvc: ED visit, XR ankle x3 views, aircast -- total CAD $1,286.00\nPaid: Mastercard, auth code 084412\nTravel insurer: Allianz Travel -- itemized bill emailed to [[EMAIL|email:dakota.springer@icloud.com]]",
]

PHARMACY_NOTES = [
    # US - Ohio, vanco PK
    "PHARMACY VERIFICATION NOTE -- vancomycin pharmacokinetics\nPt: [[PERSON|name:Easton Marsh]]  [[AGE|other:58]]M  MRN [[ID|mrn:CC-3309128]]  wt 112 kg  ht 178 cm\nIndication: MRSA bacteremia (2/2 bottles)\nSCr 1.1 -> CrCl ~62 mL/min (adj BW).\nLoading 2500 mg x1 given 0200, then 1250 mg q12h. AUC goal 400-600, est AUC 512.\nLevels: peak + trough with 4th dose.\nVerified 1415 by [[PERSON|name:R. Lindgren]], PharmD.\nPyxis override by RN 0155 (biometric login [[ID|biometric:FPT-00418823]]).",
    # US - Oklahoma, PDMP
    "CII VERIFICATION / PDMP\n11:47\nPt: [[PERSON|name:Crystal Rainwater]]  OK DL [[ID|license:D041882731]]\nID scanned: [[ID|photo:IDSCAN_20240923_1147.png]]\noxycodone 5 mg #20 (5 day supply)\nPrescriber: dentist, DEA [[ID|license:AW4412093]]\nPDMP: 3 prescribers/2 pharmacies in 90d incl hydrocodone from an ER.\nCalled prescriber office [[PHONE|phone:918-555-0143]] -- confirmed, post-extraction x3.\nDispensed. Counseled re: no ETOH, naloxone offered -- pt declined.",
    # US - Pennsylvania, specialty intake
    "SPECIALTY PHARMACY INTAKE -- adalimumab-adaz\nPt: [[PERSON|name:Noah Bellweather]]  DOB [[DATE|date:02/21/2000]]\nDx: Crohn's (K50.012).\nIns: Highmark member ID [[ID|health_plan:HMK441982730]]  RxBIN 610014  PCN MEDDPRIME\nPA approved.\nCopay card ID [[ID|account:CP77102938]] -> pt pays $5\nShip to: [[ADDRESS|geo:412 S Allen St Apt 3, State College PA 16801]] (cold chain, sig req'd).",
    # US - South Carolina, LTC consultant, age 90+
    "CONSULTANT PHARMACIST MRR -- [[LOCATION|geo:Cedar Haven Nursing and Rehabilitation]]\nResident: [[PERSON|name:Ethel Moultrie]]  [[AGE|date:96]]F  Rm 14B\nMeds: 13 scheduled. Findings:\n1. quetiapine 25 mg HS for 'sundowning' -- no documented behaviors x 90 d; recommend GDR to 12.5 mg (CMS F758).\n2. omeprazole 40 mg since a hospital stay, no ongoing indication -> taper.\n3. glipizide 5 mg BID w/ FSBG 62-110 -> recommend d/c, A1c 6.1.\nRecs faxed to attending Dr [[PERSON|name:Pinckney]] [[PHONE|fax:843-555-0120]].",
    # US - Montana, anticoag
    "ANTICOAGULATION CLINIC -- phone encounter\nPt: [[PERSON|name:Virgil Sweetgrass]] [[AGE|other:77]]M\nHome INR via CoaguChek XS, meter SN [[DEVICE|device:UP11482093]]: INR 3.8 (goal 2-3). Indication: AF, CHA2DS2-VASc 4.\nDaughter [[PERSON|name:Patience]] called from [[LOCATION|geo:Browning]], says he ate less greens last wk, no bleeding, no falls.\nWarfarin 5 mg daily except 7.5 mg Mon/Fri -> hold x1, then 5 mg daily (35 mg/wk), recheck 1 wk.\nPlan reviewed with supervising MD.",
    # US - Georgia, pump
    "PHARMACY BENEFIT -- Omnipod 5 verification\nPt [[PERSON|name:Ava-Grace Tolliver]] ([[AGE|other:12]]F)\nPlan: Peach State Health Plan, ID [[ID|health_plan:PSH0938271640]]\nController (PDM) SN [[DEVICE|device:PDM5-0029-184472]]; paired CGM Dexcom G6 transmitter [[DEVICE|device:8GJ4K2]]\nPods 5-pack: 10 boxes / 90 d. Claim rejected 75 (PA req) -> PA submitted via CoverMyMeds.",
    # US - Virginia, immunization
    "IMMUNIZATION -- pharmacist administration record\n[[LOCATION|geo:Alexandria]] store #0912\nPt: [[PERSON|name:Mercy Adjei]]  DOB [[DATE|date:01/01/1962]]\nVIIS (state IIS) ID [[ID|other:VA00918273]]\nGiven today: Shingrix dose 2 (IM L deltoid), RSV (Arexvy) IM R deltoid.\nDose 1 Shingrix given in spring at this store.\nScreening: no hx GBS, no allergy. Observed 15 min, no rxn.\nBilled Part D (BIN 004336).\nAdministered by RPh (VA lic [[ID|license:0202214583]])",
    # Canada - Ontario, MedsCheck
    'MEDSCHECK ANNUAL -- [[LOCATION|geo:Thunder Bay]] community pharmacy\nPatient: [[PERSON|name:Walter Kakegamic]]  OHIP [[ID|health_plan:7712 309 448]]\nPrescribers: NP in [[LOCATION|geo:Sioux Lookout]]\n14 meds reviewed, 2 DRPs: duplicate PPI (pantoprazole + OTC omeprazole), NSAID w/ CKD (eGFR 38).\nBlister pack weekly.\nPt quote: "I don\'t like the big white one, it sticks in my throat."\nPharmacist OCP # [[ID|license:612904]]',
    # Australia - NSW, chart review
    "PHARMACY -- Medication Chart Review / MMP\n[[LOCATION|geo:Shoalhaven District Memorial Hospital]]\nPt: [[PERSON|name:Dawn Kelly]]  UR [[ID|mrn:S0092817]]  DOB [[DATE|date:2/7/1941]]\nBPMH from Webster-pak + pt's son.\nDiscrepancies: apixaban 2.5 mg BD not charted -- restart today; frusemide 40 mg mane charted as BD -> corrected.\nPBS authority streamlined code 4269.\nPharmacist AHPRA [[ID|license:PHA0001928374]]",
    # Australia - VIC, S8 eScript
    'DISPENSING NOTE -- S8 -- [[LOCATION|geo:Bright]] Pharmacy\nPt: [[PERSON|name:Harley Jacobs]]  Medicare [[ID|health_plan:2287 51904 3]]/1\neScript token [[URL|url:https://ausscripts.erx.com.au/scripts/2KLM8P4QRT7V]] -- tapentadol SR 100 mg BD #28\nSafeScript: 2 alerts -- high dose (>100 OME) + multiple prescribers ([[LOCATION|geo:Wangaratta]]).\nAgreed w/ prescriber to supply 7 days only, staged.\nPt said: "I\'m not doctor shopping, mate, my GP retired."',
]

HOME_HEALTH_NOTES = [
    # US - Iowa, SOC
    "HOME HEALTH SOC / OASIS-E -- skilled nursing\nVisit 0930-1115  EVV voice verify ID [[ID|biometric:VPRINT-88210394]]\nPt: [[PERSON|name:Harold Frank]] [[AGE|other:84]]M, [[ADDRESS|geo:2106 Washington St, Pella IA 50219]]\nPCP fax orders [[PHONE|fax:641-555-0112]]\nDx: CHF, s/p hosp.\nVS 132/78 HR 72 wt 181 (d/c wt 183). Lungs clear bases. 1+ BLE edema.\nMed rec: 11 meds, furosemide 40 BID. Wife sets up pill box.\nHome safety: throw rugs, no grab bars -> OT referral. Dog 'Duke' very friendly.\nPlan SN 2w3, 1w4. HHA 2w4.",
    # US - West Virginia, wound photos
    "SN VISIT -- WOUND CARE\nPt [[PERSON|name:Loretta Lynn Caudill]]  [[AGE|other:71]]F\nLoc: pt home, [[LOCATION|geo:Hurricane]] WV (long gravel drive, 4WD recommended)\nStage 3 PI sacrum: 3.2 x 2.4 x 0.6 cm, 20% slough, mod serous, periwound macerated.\nPhoto taken w/ agency tablet: [[ID|photo:caudill_sacrum_20241114_a.jpg]] (uploaded to chart).\nTx: cleansed NS, hydrofiber Ag, foam border. Q2h turns reinforced w/ dtr.\nAir mattress (Invacare) SN [[DEVICE|device:INV-AM-55019273]] -- alarm beeping, called DME.",
    # US - Texas, telemonitoring
    "TELEHEALTH RN -- remote monitoring review\nPt [[PERSON|name:Felipe Garza]]  [[AGE|other:79]]M\nHub: Honeywell Genesis Touch SN [[DEVICE|device:GT-2208-44719]], cellular, last sync 0709.\nWt 214.0 (+2.6 lb/24h, +4.1/wk). BP 151/92.\nCalled pt at [[PHONE|phone:956-555-0114]]; wife [[PERSON|name:Socorro]] answered (spanish), reports he ate menudo at granddaughter's quince Sat. Mild ankle swelling, no SOB.\nNotified MD -> extra furosemide 40 mg x2 d. SN visit tomorrow.",
    # US - Vermont, hospice
    "HOSPICE RN -- DEATH VISIT\n0340 on [[DATE|date:the twelfth of March]], call from wife - 'he stopped breathing'.\nArrived 0425 at [[ADDRESS|geo:77 North Hollow Rd, Rochester VT 05767]].\nPt [[PERSON|name:Chester Poland]]  [[AGE|other:88]]M  dx: metastatic prostate ca.\nNo resp, no apical pulse x1 min, pupils fixed. TOD 0431.\nMeds destroyed w/ son as witness: morphine 20mg/mL 22 mL, lorazepam 0.5 mg x14.\nFuneral home: [[LOCATION|geo:Day Funeral Home]] notified 0510.\nHospice bereavement referral.",
    # US - Nevada, PT
    "HOME HEALTH PT VISIT\nPt: [[PERSON|name:Marguerite]] \"[[PERSON|name:Peg]]\" [[PERSON|name:Ostrander]]  [[AGE|other:82]]F\nGate code 4471# at front.\ns/p L TKA, ROM 5-92, ambulating 150 ft w/ RW, TUG 16 s.\nPain 4/10 post-tx. HEP updated.\nPt 'wants to drive to church again soon' -- discussed. Car: white Buick, NV plate [[VEHICLE|vehicle:828 JPF]], neighbor moving it weekly.\nNext visit Mon.",
    # US - Mississippi, aide, age 90+
    'HHA VISIT NOTE\nClient: [[PERSON|name:Pearlie Mae Hudson]]  ([[AGE|date:92]])  [[LOCATION|geo:Yazoo City]]\nEVV clock-in 0802 via client landline [[PHONE|phone:662-555-0170]], voiceprint match [[ID|biometric:VX-4471029]]\nBath (bed bath), hair, linen change, light housekeeping, meal prep (grits, eggs).\nSkin: redness L heel, reported to RN.\nClient said "tell my grandbaby to bring my church fan."\nBP 146/84 taken w/ client\'s cuff.\nNo falls. Clock-out 0959.',
    # US - Wisconsin, infusion
    "HOME INFUSION RN VISIT\nPt [[PERSON|name:Garrett Lindahl]]  [[AGE|other:45]]M  [[LOCATION|geo:Eau Claire]]\nOPAT: ertapenem 1 g IV q24h x 6 wk for vertebral osteo, day 15/42.\nR basilic PICC 4Fr SL, ext length 1 cm, CHG dressing changed, blood return +.\nAmbIT pump SN [[DEVICE|device:AMB-0331-77281]] (for hydration), programmed 100 mL/h.\nLabs drawn: CBC, CMP, ESR, CRP -> weekly labs faxed to ID [[PHONE|fax:715-555-0124]].",
    # Canada - Ontario, home care
    "HOME CARE -- PSW/NURSING VISIT RECORD\nClient: [[PERSON|name:Gisèle Charbonneau]]  HCN [[ID|health_plan:3382 775 120 RX]]\nAddress: [[ADDRESS|geo:45 rue Principale, Embrun ON K0A 1W0]]\nVisit [[DATE|date:2025-01-06]]: RN -- compression wraps BLE, leg ulcer L medial 2.1 x 1.5, improving.\nClient's daughter lives in [[LOCATION|geo:Casselman]], visits daily.\nLifeline button tested OK.",
    # Australia - TAS, DVA, age 90+
    "COMMUNITY NURSING -- DVA\nClient: Mr [[PERSON|name:Reginald Hope]]  [[AGE|date:97]]M  DVA Gold [[ID|health_plan:TX019283]]\nAddress: [[ADDRESS|geo:9 Cimitiere St, Longford TAS 7301]]\nReason: weekly wound care R shin skin tear (cat 2b) + med prompt.\nSkin tear 4 x 2 cm, edges approximated, Mepitel + Tubifast. Healing.\nWife in respite at [[LOCATION|geo:Glenara Lakes]].\nNext visit 1/52.",
    # Canada - Manitoba
    'HOME CARE NURSING NOTE\nClient: [[PERSON|name:Abram Friesen]]  PHIN [[ID|health_plan:118 904 227]]\nOstomy care teaching w/ wife [[PERSON|name:Helen]] (now independent w/ pouch change).\nStoma pink, moist, 32 mm. Peristomal skin intact.\nPt says: "[[PERSON|name:Helen]] does it faster than the nurses now."\nCPAP (ResMed AirSense 11) SN [[DEVICE|device:23211587342]] -- mask leak, reported to vendor.\nNext: 1 month.',
]

BEHAVIORAL_NOTES = [
    # US - Kansas, intake
    "BEHAVIORAL HEALTH INTAKE -- psychosocial assessment\nClient: [[PERSON|name:Trent Haskell]]  [[AGE|other:33]]M  Client ID [[ID|mrn:CMHC-114920]]\nReferral: court-ordered via [[LOCATION|geo:Sedgwick County]] DUI diversion, case # [[ID|other:24-DV-001873]].\nFamily: mother local, father deceased (overdose), 2 kids w/ ex, sees them every other weekend.\nSubstance: EtOH 10-12 beers/d weekends, meth last use ~6 wks ago.\nClient: \"I'm here because the judge said so, but I also don't want to end up like my dad.\"\nAUDIT 24, PHQ-9 14, GAD-7 9. No SI/HI.\nDx: F10.20, F15.10. Plan: IOP 3x/wk.",
    # US - Maryland, OTP
    'OTP DOSING / COUNSELOR NOTE -- [[LOCATION|geo:Baltimore]]\nPt: [[PERSON|name:Dante Whitlock]]  OTP ID [[ID|mrn:OTP-20931]]  palm-vein ID [[ID|biometric:PV-7731-0092-44]] (scanned at window)\nMethadone 95 mg PO observed.\nUDS: +methadone, +fentanyl, -cocaine.\nPt: "I slipped once, Friday, my cousin\'s funeral."\nTake-homes: remains at 1/wk per phase II; lockbox checked.\nCounselor discussed naloxone; increase to 100 mg per MD.\nEmergency contact: gf [[PERSON|name:Tasha Greene]]',
    # US - California, mobile crisis
    "MOBILE CRISIS -- field assessment  2215\nLocation: store parking lot, [[ADDRESS|geo:1800 N Main St, Salinas CA 93906]]\nPt [[PERSON|name:Rory Keane]] [[AGE|other:26]]M, living in vehicle (grey 2008 Corolla, CA [[VEHICLE|vehicle:6FXR219]]) x3 mo.\nCalled by sister after texts: 'nobody would even notice'.\nOn contact: calm, tearful, denies plan, no firearm. C-SSRS: passive SI, no intent.\nSafety plan completed; sister agreed to hold his meds.\nLinked to [[LOCATION|geo:Dorothy's Place]] for shelter bed, BH f/u in 2 days.",
    # US - New York, telehealth
    'PSYCHOTHERAPY PROGRESS NOTE (telehealth, 90837)\nModality: video -- [[URL|url:https://zoom.us/j/91234567890?pwd=Qm9sZ1R]]\nClient: [[PERSON|name:Serenity Okafor]]  located at home ([[LOCATION|geo:Yonkers]]) for session; session IP [[IP|ip:98.114.27.203]] logged by platform.\nS: "Work\'s been a nightmare, I cried in the bathroom twice." Sleep 4-5 h.\nO: PHQ-9 17 (from 12). Affect constricted.\nA: MDD, recurrent, moderate -- worsening.\nP: CBT thought record; refer to psychiatry NP [[PERSON|name:Hope Randall]] for med eval. Crisis plan reviewed; client knows 988.',
    # US - Texas, inpatient psych
    'INPATIENT PSYCHIATRY -- Daily Progress\n[[LOCATION|geo:Austin State Hospital]]  Unit: C2\n[[PERSON|name:Hollis, Journey]]  [[AGE|other:19]]F  legal: OPC, Cause No. [[ID|other:C-1-PB-24-001877]]\nS: "The voices are quieter, they stopped telling me about the cameras."\nO: Calm, fair grooming, thought process linear-ish. No PRNs x24h.\nMeds: risperidone 3 mg BID (up from 2 BID).\nCollateral: mother [[PERSON|name:April Hollis]] -- reports cousin w/ schizophrenia.\nA/P: first-episode psychosis, improving. Continue. Family mtg next week.',
    # US - Colorado, adolescent
    'CHILD & ADOLESCENT OUT-PT NOTE\nPt: [[PERSON|name:Maverick Dunn]]  [[AGE|other:15]]M\nPresent: pt, mom, stepdad.\nConcern: cyberbullying; anonymous account [[ID|other:@mav_dunn_isaloser]] posting about him. Screenshots saved by mom.\nSchool: [[LOCATION|geo:Thompson Valley High]]; counselor [[EMAIL|email:mferreira@thompsonschools.org]].\nPHQ-A 16, item 9 = 1 ("sometimes"). Safety plan, means restriction: stepdad to lock hunting rifles at uncle\'s.\nPlan: weekly CBT; consider sertraline; mom consents to school contact (ROI signed).',
    # US - Alabama, VA
    "VA MENTAL HEALTH -- PCT PE Session 5\n[[LOCATION|geo:Tuscaloosa VA Medical Center]]\nVet: Cpl (ret) [[PERSON|name:Deshawn Pickett]]  ICN [[ID|mrn:1012873346V551092]]  SSN xxx-xx-[[ID|ssn:6624]]\nIndex trauma: IED strike, [[LOCATION|geo:Ramadi]], 2006.\nPCL-5 52 -> 38.\nIn vivo: drove past the VFW on his own.\nSpouse reports fewer nightmares.\nNext appt 2 wks.",
    # Canada - BC, Form 4
    "MENTAL HEALTH ACT -- Form 4 (Medical Certificate, Involuntary Admission)\n[[LOCATION|geo:Kelowna General Hospital]]  Psych ED\nPatient: [[PERSON|name:Skylar Moreau]]  PHN [[ID|health_plan:9123 456 782]]\nBrought by RCMP (file # [[ID|other:2025-11873]]) under s.28 from [[LOCATION|geo:West Kelowna]] after standing on the bridge railing.\nMSE: disheveled, pressured speech, grandiose ('I'm meant to start a new religion'), no insight.\nCriteria met (a)-(d). Form 4 signed 0140.",
    # Australia - QLD
    "MENTAL HEALTH -- Treatment Authority review (MHA 2016 Qld)\n[[LOCATION|geo:Cairns Hospital]] Adult Acute Unit\nPt: [[PERSON|name:Jarrah Mosby]] [[AGE|other:29]]M\nLives [[LOCATION|geo:Yarrabah]] w/ mum, Aunty [[PERSON|name:Roslyn]] involved in care.\nTA made, review at MHRT in 4 wks.\nPlan: paliperidone LAI 150 mg day 1, 100 mg day 8. Indigenous MH liaison involved.",
    # Australia - WA, headspace
    'headspace [[LOCATION|geo:Bunbury]] -- Youth Access Clinician note\nYP: [[PERSON|name:Indi]] [[AGE|other:16]]F, yr 11, attended w/ mum.\nK10 34. Self-harm (cutting forearm) 2x last wk, superficial. Denies intent to die.\n[[PERSON|name:Indi]]: "It\'s like a pressure valve, it just makes the noise stop."\nSnap handle [[ID|other:indi.c_2008]] shared for safety check-in -- declined, noted.\nMHCP from GP at [[LOCATION|geo:Eaton Family Practice]].\nPlan: 6 sessions DBT-informed.',
]

PORTAL_NOTES = [
    # US - Tennessee
    "MyChart message -- Mon\nFrom: [[PERSON|name:Rose Delacroix]] (pt)\nSubject: refill + question\n\nhi dr [[PERSON|name:patel]] its [[PERSON|name:rose]]. i am almost out of my losartan 50 and the pharmacy says they need a new script. can you send it to the CVS in [[LOCATION|geo:Hermitage]] not the other one. also my BP at home has been like 150/95 in the mornings, is that bad? my new cell is [[PHONE|phone:615 555 0108]] if you need to call.\nthanks",
    # US - Idaho, proxy
    "Patient Message (proxy)\nFrom: [[PERSON|name:Brooke Sorensen]] on behalf of [[PERSON|name:Hazel Sorensen]]\nRe: rash + daycare\n\n[[PERSON|name:Hazel]] has had a red bumpy rash on her cheeks and now arms since Sunday. No fever (99.1 highest). She's eating fine. Daycare in [[LOCATION|geo:Meridian]] says she can't come back without a doctor's note. Can we get seen tomorrow?? I attached a pic: [[ID|photo:IMG_4471.HEIC]].\nThx",
    # US - Arkansas
    "Portal msg\nFrom: [[PERSON|name:Buddy Holloway]]\nSubject: my foot\n\nDoc, the spot on my big toe is turning black I think. Wife took pictures, attaching [[ID|photo:toe_left_aug9.jpg]]. Sugars been running 250s. I can't drive right now, truck's in the shop. You can reach her at [[EMAIL|email:nellholloway52@aol.com]].\n[[PERSON|name:Buddy]]\n\n--- triage RN: spoke w/ pt, scheduled same day w/ podiatry at [[LOCATION|geo:Jonesboro]] clinic; advised ED if fever/red streaks.",
    # US - Arizona, work note
    "Message from patient -- 07:12\n[[PERSON|name:Marcus Tran]]\nhey, I need a work note for [[DATE|date:1/22]] thru [[DATE|date:1/24]] when i had the flu. my HR lady said to fax it to [[PHONE|fax:(602) 555-0184]] attn Leave Dept, my employee # is [[ID|other:E448213]]. also can you put it on my portal so i have a copy. thanks!!\n\n-- reply: Note generated and faxed, copy in Letters tab.",
    # US - Georgia, insurance
    "MyChart -- Update insurance\nFrom: [[PERSON|name:Destiny Parr]]\nHi! I got new insurance through my husband's job. It's Aetna, member ID [[ID|health_plan:W188273645]]. Card front uploaded: [[ID|photo:ins_card_front.jpg]]. Please don't bill my old plan anymore, they sent me to collections acct # [[ID|account:COL-5531982]] for the [[DATE|date:Nov 12]] visit!! Can someone call me? I'm at work til 5.",
    # US - Alabama, CPAP
    "Secure message to DME\nFrom: [[PERSON|name:Gus Pappas]]\nMy CPAP machine (ResMed AirSense 10, serial [[DEVICE|device:22161234567]]) keeps saying 'high leak' and the app says my score is 40. I've had this mask over a year. Can I get a new cushion? I'm in [[LOCATION|geo:Mobile]] now, moved from [[LOCATION|geo:Pensacola]]. Medicare [[ID|health_plan:1EG4-TE5-MK73]].\nthanks [[PERSON|name:gus]]",
    # US - New Hampshire, proxy, age 90+
    "Portal message (proxy access)\nSent by: [[PERSON|name:Karen Dube]] for [[PERSON|name:Lucille Dube]] ([[AGE|date:93]])\nDate: Friday\nMom fell again last night at [[LOCATION|geo:Birch Hill Terrace]] (her assisted living). No injury per staff but she's confused today. Can she be seen next week? Also please update my email to [[EMAIL|email:karen.dube.nh@gmail.com]], the old one is dead.",
    # Canada - Ontario
    "Patient portal -- [[LOCATION|geo:The Ottawa Hospital]]\nFrom: [[PERSON|name:Priya Ramanathan]]\nSubject: Results?\nHello, I had my biopsy on [[DATE|date:August 26]] and was told results in a week. It's been 8 days. I'm very anxious. My health card is [[ID|health_plan:8821-337-104-QT]] in case you need it. Please call -- I'm off work this week.\n[[PERSON|name:Priya]]\n-- Reply RN: Results reviewed w/ MD, appt booked to discuss in person.",
    # Australia - QLD
    "Patient app message -- [[LOCATION|geo:Hope Island Medical Centre]]\nFrom: [[PERSON|name:Mick Doherty]]  Sent 6:52am\nG'day, need my script for pregabalin 75 renewed, down to last 3. Can it be an e-script to my mobile [[PHONE|phone:0407 555 613]]? Wife will pick up the paper one if not. Cheers, [[PERSON|name:Mick]]\n-- Reply: eScript sent; token SMS'd. Reminder: review due, booked [[DATE|date:18/11]] 10:30.",
    # Canada - Quebec
    "Message via portail patient\nDe: [[PERSON|name:Amélie Gauthier-Roy]]\nBonjour, my son [[PERSON|name:Félix]] (RAMQ [[ID|health_plan:ROYF 1703 1219]]) has had ear pain since Saturday, fever 38.9. Can we get an appointment this week? I work days, best number is [[PHONE|phone:514.555.0177]]. Merci!\n-- Réponse infirmière: RDV [[DATE|date:16 janv.]] 15h20.",
]

CASE_MANAGEMENT_NOTES = [
    # US - Ohio, SNF placement
    "CASE MANAGEMENT NOTE -- discharge planning\nPt [[PERSON|name:Eugene Marks]] [[AGE|other:78]]M HD7, s/p CVA, R hemiparesis.\nPayer: Humana Gold Plus (MA) ID [[ID|health_plan:H48291037]], auth req'd for SNF -- submitted, ref [[ID|other:HUM-AUTH-2291048]].\nSNF referrals sent via CarePort: [[LOCATION|geo:Crystal Care of Dayton]] (accepted), second facility declined -- no bed.\nWife prefers [[LOCATION|geo:Crystal Care]], close to home.\nTransport: wheelchair van booked for 1000 Thursday.\nIM Medicare letter given.",
    # US - Alabama, Medicaid application
    "SW/CM NOTE -- financial & Medicaid application\nPt: [[PERSON|name:Tyrone Battle]] [[AGE|other:58]]M, uninsured\nMet w/ pt + sister.\nAL Medicaid app started w/ hospital presumptive eligibility. SSN [[ID|ssn:422-19-8830]] verified.\nNeeds: proof of income, birth cert.\nPhoto ID: AL DL expired -- copy scanned [[ID|photo:battle_dl_scan.pdf]].\nMailing: [[ADDRESS|geo:2214 15th Ave N, Bessemer AL 35020]].",
    # US - North Carolina, APS, age 90+
    'CASE MANAGEMENT / SOCIAL WORK -- APS REPORT\nPt [[PERSON|name:Lillian Honeycutt]] [[AGE|date:90]]F admitted w/ dehydration, stage 4 sacral PI, weight 38 kg.\nLives w/ grandson [[PERSON|name:Brantley]] (POA?).\nConcern for neglect + possible financial exploitation (grandson has her debit card ending [[ID|account:7790]], bank reports $4k in ATM withdrawals).\nAPS report made to county DSS by phone, report # [[ID|other:HC-APS-25-0031]].\nPt alert, states "he\'s a good boy, he just works a lot."\nPlan: no d/c home pending APS. Ethics consult.',
    # US - Michigan, dialysis
    "CM NOTE -- outpatient dialysis placement\n[[PERSON|name:Jerome Sweet]] [[AGE|other:62]]M, new ESRD, tunneled HD cath.\nChair secured: [[LOCATION|geo:DaVita Dearborn]] MWF 2nd shift. 2728 form signed.\nTransport: not cleared to drive post-HD. Son to drive MWF (2016 Ford Escape, MI plate [[VEHICLE|vehicle:EKP 4471]]) -- backup Medicaid NEMT.\nMedicaid (HAP) ID [[ID|health_plan:0039182736]].",
    # US - Pennsylvania, shelter
    "CASE MANAGER NOTE -- housing / d/c to shelter\nPt: [[PERSON|name:Angel Soto]] [[AGE|other:47]]M, unhoused x2 y\nShelter bed confirmed at [[LOCATION|geo:Our Brother's Place]].\nPhone: pt has Lifeline phone [[PHONE|phone:267-555-0108]], often dead.\nMeds: 30-day supply filled at [[LOCATION|geo:Temple]] outpt pharmacy, naloxone given.\nPCP f/u next week.",
    # US - Nebraska, guardianship
    "CM/UR NOTE -- avoidable days, guardianship\nPt [[PERSON|name:Mildred Koenig]] [[AGE|other:84]]F, dementia w/ behaviors, medically ready for 18 days; no capacity per psych.\nNo POA. Niece willing to serve as temp guardian; petition filed, case [[ID|other:PR24-1183]], hearing next week.\nAttorney [[PERSON|name:Neil Baskin]] [[PHONE|phone:402-555-0166]].\nUR: Medicare A days used 18; payer notified.",
    # US - South Dakota, TCM call
    'TRANSITIONAL CARE -- 2-day post d/c call\nCall [[DATE|date:4/16/25]] 1410 to pt [[PERSON|name:Dusty Two Bulls]] [[AGE|other:55]]M ([[LOCATION|geo:Pine Ridge]]).\nD/c after NSTEMI + PCI.\nMeds picked up? -- ticagrelor not filled, pharmacy out of stock, will have Thu.\nPt: "I feel ok, just tired, the stairs get me."\nCardiac rehab referral -- too far (2 h); home program given.\nF/u cards via telehealth link texted: [[URL|url:https://monument.health/vv/8812-44ZQ]].',
    # Canada - Newfoundland
    "CARE COORDINATION NOTE\nPt: [[PERSON|name:Gerald Pardy]]  MCP [[ID|health_plan:214 883 901 027]]  [[AGE|other:70]]M from [[LOCATION|geo:Twillingate]].\nD/c plan: return home w/ home support; MTAP form completed for onc f/u.\nSon driving, truck plate NL [[VEHICLE|vehicle:HRJ 882]].\nAccommodation during chemo booked.\nCommunity nurse to be faxed d/c summary.",
    # Australia - NSW, NDIS
    "SOCIAL WORK / DISCHARGE PLANNING -- [[LOCATION|geo:John Hunter Hospital]]\nPt: Mr [[PERSON|name:Stan Kowalski]] [[AGE|other:69]]M, L BKA.\nNDIS participant no. [[ID|health_plan:431 882 019]]; plan review requested (change of circs).\nHome: 2nd floor unit, no lift -> needs interim accom; respite offered.\nWife (NOK) [[PHONE|phone:(02) 4955 5128]].\nEnduring guardian: nil.",
    # Australia - VIC, TAC
    "CASE MANAGEMENT -- TAC claim\nClient: [[PERSON|name:Aiden Tuipulotu]]  [[AGE|other:24]]M\nMechanism: motorcyclist vs car, [[LOCATION|geo:Dandenong]]. Other vehicle rego [[VEHICLE|vehicle:1HS 4TR]].\nInjuries: # L femur (IMN), # L radius.\nTAC approved inpatient rehab.\nIncome support: TFN [[ID|ssn:318 442 907]] on TAC form.",
]

STYLES = [
    ("ed-note", ED_NOTES),
    ("hospitalist-progress", HOSPITALIST_NOTES),
    ("discharge-instructions", DISCHARGE_NOTES),
    ("ehr-export", EHR_EXPORT_NOTES),
    ("claims-and-billing", CLAIMS_NOTES),
    ("pharmacy-verification", PHARMACY_NOTES),
    ("home-health", HOME_HEALTH_NOTES),
    ("behavioral-health", BEHAVIORAL_NOTES),
    ("portal-message", PORTAL_NOTES),
    ("case-management", CASE_MANAGEMENT_NOTES),
]


def main() -> None:
    print(f"probe29: {write_styled(OUT, STYLES)} docs")


if __name__ == "__main__":
    main()
