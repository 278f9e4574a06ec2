"""Write the 14th hand-annotated redaction probe, ten note styles in four English-speaking voices.

Why: the engine is tuned on notes that are mostly well-formed and mostly American. Real ward text is
full of people mentioned in passing (a covering registrar, Mum at the bedside, the NDIS coordinator),
surnames used alone, towns and suburbs dropped into a sentence, hospitals by their short names,
partial dates, ages over 90, and the codes that billing, device and research systems glue onto a
record. This probe measures recall and precision on exactly that, written by an author who has never
read the engine, with decoys (doses, lab values, bed numbers, times, MBS/CPT/ICD codes, device model
names, 2/52 and 3/12 durations, "mid-March") that must stay unmarked.

What: 150 notes, 15 in each of ten styles (progress-note, discharge-summary, gp-referral,
nursing-shorthand, pharmacy, telehealth, billing, device-telemetry, research-enrolment,
eu-clinic-letter). Locales are roughly 30% US, 30% Australia, 20% UK and 20% continental Europe
(German, Dutch, Flemish, French, Italian, Spanish/Catalan, Swedish, Danish, Norwegian, Finnish). Every
identifier is written inline as [[LABEL|category:text]] and covers the 18 Safe Harbor categories, each
at least six times. Conventions: titles stay outside name spans; a full street address is one
ADDRESS span, a town, suburb, county or named facility alone is LOCATION; a state or country alone is
not marked; dates more specific than a year are marked (DOBs, "14/3", "the 4th", "March 2015"), bare
years, months alone, weekdays and times are not; ages up to 89 are AGE|other and 90+ AGE|date, the
number only; in an ISO timestamp only the date is marked. Every person and number is invented.

How to run:
    cd /work/main && .venv/bin/python scripts/make_probe14_corpus.py
"""

from pathlib import Path

from make_safe_harbor_suite import write_styled

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "corpus" / "redaction" / "probe14.jsonl"

PROGRESS_NOTE = [
    # US hospitalist
    "HOSPITALIST PROGRESS NOTE - HD#3\nPt: [[PERSON|name:Delores Whitfield]], [[AGE|date:92]]F w/ CHF exacerbation, AFib on apixaban 2.5 mg BID. Net -1.4 L overnight. Cr 1.6 (1.4 on admit). K 3.9.\nSpoke w/ daughter [[PERSON|name:Rhonda]] by phone, she is HCPOA. Pt wants to go back to her ALF, not SNF.\nPlan: cont IV lasix 40 BID, BMP in AM, PT/OT eval. Covering for Dr [[PERSON|name:Okafor]] thru Sunday.",
    "Progress Note [[DATE|date:3/14]] 0710\nS: 'I slept like garbage.' c/o pain at L hip incision 6/10. Denies CP/SOB.\nO: T 37.9 HR 104 BP 118/72 SpO2 94% RA. Hgb 8.1 (9.4). Dressing c/d/i.\nA/P: [[AGE|other:67]]M POD2 s/p L hemiarthroplasty after mechanical fall at home in [[LOCATION|geo:Parma Heights]].\n- T&S, transfuse if <7\n- Ortho aware of fever, UA/CXR ordered\n- wife asking re rehab; CM to call the SNF in [[LOCATION|geo:Brecksville]] tomorrow",
    "ICU -> floor transfer accepted, night hospitalist.\n[[PERSON|name:Hope Delgado]], [[AGE|other:44]]F, DKA resolved, gap closed at 0300. Transitioned to glargine 22u + lispro SSI.\nBG 142-210. Bicarb 21. AG 11.\nPCP is in [[LOCATION|geo:Temple]]; fax d/c summary to [[PHONE|fax:254-555-0132]].\nSSN on facesheet wrong ([[ID|ssn:512-44-8093]]), registration notified.",
    "pn hd5\nmr [[PERSON|name:rich young]] still confused overnight, pulled PIV x2, 1:1 sitter resumed. CAM+.\nna 128 (126). fluid restrict 1.2L. urine osm pending.\nson [[PERSON|name:Will]] visiting from [[LOCATION|geo:Normal]], IL, wants to take him home. explained not safe yet.\ndispo: TCU once Na >130\nacct [[ID|account:HB40028817]]",
    "Interval hx: [[PERSON|name:Frank Okonkwo-Bell]] ([[AGE|date:96]]yo M) had an 8-beat run of NSVT on tele at 02:14. Asymptomatic. Mg 1.7 -> repleted. K 4.2.\nOld Medtronic pacer, model Adapta ADDR01, serial [[DEVICE|device:PWB881043H]] per the card in his wallet.\nGrandson is the contact; DNR/DNI confirmed with him on [[DATE|date:1/9/24]].\nCards following.",
    # Australian ward
    "WARD ROUND - Gen Med B\n[[PERSON|name:Kylie-Ann Burgess]] [[AGE|other:38]]F\nD4 cellulitis L leg. Improving, erythema receding from marked line. Afebrile 36h.\nIV cefaz 2g TDS -> oral keflex 500 QID today.\nLives out past [[LOCATION|geo:Dubbo]] on a property, 2hrs drive; husband to collect tmrw.\nReg covering for Dr [[PERSON|name:Okafor]]",
    "Gen Med progress note [[DATE|date:14/3]]\nMrs [[PERSON|name:Joy Pemberton]], [[AGE|date:94]], from RACF. Delirium settling. Ate 1/2 breakfast.\nSpoke with [[PERSON|name:Kylie]] from the NDIS re son's package - not relevant to this admission.\nDaughter [[PERSON|name:Leanne]] drove down from [[LOCATION|geo:Ballarat]] this am, at bedside.\nPlan: cease oxybutynin, bowel chart, aim d/c Friday. Was hoping for home by mid-March.",
    "PROGRESS NOTE - Surgical\npt: [[PERSON|name:Bill Hay]]\nPOD 1 lap chole. Tolerating fluids. Drain 40 mL serous. Pain ok w/ endone 5mg PRN.\nFrom [[LOCATION|geo:Hay]] originally, now lives in [[LOCATION|geo:Wagga]]; wife staying at a motel in town.\nfor d/c tmrw if LFTs trending down. f/u Mr [[PERSON|name:Abernethy]]'s rooms in 2/52.",
    "Day 2 - [[PERSON|name:Tane Rerekura]] [[AGE|other:27]]M\nFrom [[LOCATION|geo:Toowoomba]], down for a concert, first seizure at the venue. Mate witnessed.\nCT brain NAD. EEG booked. Na 139, glucose 5.4, ETOH neg.\nTold pt no driving x6 months per Austroads; his ute (rego [[VEHICLE|vehicle:742KXP]]) has been in P3 since admission, partner to move it.",
    "prog note - mh unit\npt [[PERSON|name:Summer Blake]] settled on ward. Slept 6h. Engaging w/ OT.\nCollateral from mum [[PERSON|name:Dawn]]: stopped lithium around [[DATE|date:20/2]]. Li level 0.2 today (0.6-1.2).\nLives [[ADDRESS|geo:4/18 Pearson St, Sale VIC 3850]].\nCommunity MH team to be updated.",
    # UK
    "Ward 9 post-take ward round\nMrs [[PERSON|name:Rose Ellery]], [[AGE|other:81]], Hosp no. [[ID|mrn:RBA4471209]]\nAdmitted via ED from [[LOCATION|geo:Bath]] with ?UTI / falls. CURB-65 = 2.\nLives alone; daughter lives in [[LOCATION|geo:Reading]].\nImp: urosepsis. IV co-amox, fluids, bloods in am, OT/PT, TTO when stable.",
    "Progress - Tues [[DATE|date:12th March]]\n[[PERSON|name:Mark]] says he feels 'loads better', breathing easier. Sats 93% on 2L.\nBNP 1840. Weight down 2.1kg.\nHis GP in [[LOCATION|geo:Lowestoft]] rang re warfarin - INR 3.4 today, hold tonight's dose.\nNOK wife, tel [[PHONE|phone:01502 496 331]].",
    "RESP WARD ROUND 0930\nPt: [[PERSON|name:Grace Oyelaran-Smith]] [[AGE|other:33]]F\nAsthma exac, day 3. PEFR 310 (best 420). Weaning pred 40mg.\nVisited by partner [[PERSON|name:Kemi]]. Lives [[ADDRESS|geo:Flat 12, Tennyson House, Peckham Road, London SE5 8UH]].\nInhaler technique review with resp nurse before TTO.",
    # continental Europe
    "Verlaufsnotiz / progress note, Station 4B\nPatient: [[PERSON|name:Herbert Kühn]], geb. [[DATE|date:02.09.1930]] ([[AGE|date:93]] J.)\nAZ reduced, Sturz on the ward at night, no fracture (Rö Becken o.B.). CRP 48 mg/l.\nTochter Frau [[PERSON|name:Sabine Kühn-Adler]] informed by phone. Hausarzt to be told.",
    "Dagstatus int. geneeskunde\nDhr. [[PERSON|name:de Vries]], [[AGE|other:72]] jr, pneumonie re onderkwab. Koorts weg. Amoxicilline iv -> po.\nEchtgenote [[PERSON|name:Marijke]] aanwezig bij visite.\nBSN [[ID|ssn:123456782]] ontbreekt nog in ZIS, admin gebeld.",
]

DISCHARGE_SUMMARY = [
    # US
    "DISCHARGE SUMMARY\nPatient: [[PERSON|name:Lorraine Beaumont]]\nAdmit: [[DATE|date:02/27/2024]]   Discharge: [[DATE|date:03/04/2024]]\nDx: Acute pyelonephritis w/ E. coli bacteremia, AKI resolved (Cr 2.3 -> 1.1).\nDisposition: home w/ husband in [[LOCATION|geo:Chillicothe]]. PCP within 1 wk; ID clinic 2 wk.\nMeds: cephalexin 500 mg PO QID x 10 days.",
    "D/C SUMMARY - Medicine\n[[PERSON|name:Young, Harold T.]]  [[AGE|date:91]]M\nLOS 6 days, discharged [[DATE|date:Feb 9, 2024]].\nPrincipal dx: NSTEMI, medical mgmt given frailty (CFS 7). Trop peak 2,140 ng/L. EF 40-45%.\nTo memory care in [[LOCATION|geo:Bloomfield Hills]]; report called to RN, MAR faxed to [[PHONE|fax:(248) 555-0120]].\nCode status: DNR/DNI.",
    "Discharge Summary\nName: [[PERSON|name:Caleb Torres]]  DOB: [[DATE|date:2009-06-17]]\nPeds hospitalist service. Status asthmaticus, HFNC x 36h.\nHome with mom to [[ADDRESS|geo:1187 W Alvarado Ave, Apt 3B, Fresno, CA 93705]].\nMedicaid ID [[ID|health_plan:91827364A]]. Asthma action plan reviewed in Spanish via phone interpreter.",
    "DISCHARGE SUMMARY (abbreviated - AMA)\nPt [[PERSON|name:Travis Lee Dunham]], [[AGE|other:36]]M, left AMA [[DATE|date:4/2/24]] @ 2215 during endocarditis w/u.\nBCx 2/2 MSSA. TTE: 1.2 cm tricuspid vegetation.\nStated he was 'driving back to [[LOCATION|geo:Huntington]] tonight' - WV plate [[VEHICLE|vehicle:8KT 441]] per security.\nCapacity intact. Rx cefadroxil & naloxone kit.",
    "HOSPITAL DISCHARGE SUMMARY\n[[PERSON|name:Ngozi Eze]] | DOB [[DATE|date:11/30/1958]]\nDx: new HFrEF (EF 25%), GDMT started. LifeVest fitted, serial [[DEVICE|device:WCD4K70219]].\nRemote monitoring portal: [[URL|url:https://lifevest.zoll.com/patient/ee10293847]]\nF/u HF clinic in 1 week.",
    # Australia
    "DISCHARGE SUMMARY - [[LOCATION|geo:Royal Prince Alfred Hospital]]\nPatient: [[PERSON|name:Michelle Tran]]\nAdmitted [[DATE|date:07/03/2024]]  Discharged [[DATE|date:11/03/2024]]  Ward 9 East\nDx: CAP, CURB65 1. Amoxicillin 1g TDS, 3 more days.\nCopy to GP via HealthLink\nFollow up: GP 1 week; repeat CXR 6/52.",
    "Discharge summary\n[[PERSON|name:Wayne Clifford Maher]]  DVA Gold [[ID|health_plan:QX219477]]\nTransferred from [[LOCATION|geo:Hervey Bay Hospital]] for PCI. DES x2 to LAD.\nDAPT 12/12 - aspirin + ticagrelor 90 BD.\nHome to [[LOCATION|geo:Torquay]] (the QLD one) with wife.\nCardiologist provider no. [[ID|license:2426351K]]",
    "DISCHARGE SUMMARY - PAEDIATRICS\nChild: [[PERSON|name:Isla Rose Fitzgerald]] DOB [[DATE|date:12.01.2021]]\nBronchiolitis, HFNC 48h, weaned to RA Sun [[DATE|date:18/2]].\nHome to [[LOCATION|geo:Orange]]; letter to GP.\nReturn if WOB increases or feeds < 50% of usual.",
    "DISCHARGE SUMMARY\nName: [[PERSON|name:Marjorie 'Madge' Ellison]]   Age: [[AGE|date:97]]\n#NOF (R) after fall at her aged care home in [[LOCATION|geo:Belmont]].\nR hemiarthroplasty [[DATE|date:5 March 2024]]. Post-op delirium, resolved.\nBack to RACF. WBAT with 4WW. NOK son informed.",
    # UK
    "DISCHARGE SUMMARY / TTO\n[[LOCATION|geo:Addenbrooke's]] - Ward D8\nPatient: [[PERSON|name:Daniel Okafor]]  NHS Number: [[ID|health_plan:943 476 5919]]\nDate of discharge: [[DATE|date:06/03/2024]]\nDiagnosis: gallstone pancreatitis, Glasgow score 2. GP please refer for lap chole.\nAddress: [[ADDRESS|geo:27 Mill Road, Cambridge CB1 2AD]]",
    "Discharge letter - Elderly Care\nRe: Mrs [[PERSON|name:Ivy Thornhill]] ([[AGE|date:90]])\nThank you for seeing this lady, with us until [[DATE|date:9th Feb 2024]] after a fall at home in [[LOCATION|geo:Hope]], [[LOCATION|geo:Derbyshire]].\nHer carers will resume QDS calls.\nNew: alendronic acid 70mg weekly, Adcal-D3.",
    "IMMEDIATE DISCHARGE LETTER - [[LOCATION|geo:Ninewells Hospital]]\nPatient: [[PERSON|name:Callum Baird]]  CHI: [[ID|health_plan:1107859921]]\nDKA after pump failure; pump serial [[DEVICE|device:NG1488205H]] returned to manufacturer.\nNow on MDI until replacement; DSN to review.",
    # continental Europe
    "LETTERA DI DIMISSIONE - Medicina Interna\nPaziente: Sig. [[PERSON|name:Giuseppe Ferraro]], nato il [[DATE|date:14/05/1933]] ([[AGE|date:90]] anni)\nC.F. [[ID|ssn:FRRGPP33E14H501K]]\nDiagnosi: scompenso cardiaco acuto, FA permanente.\nTerapia: furosemide 25 mg 1 cp, bisoprololo 2,5 mg. Figlia informata.",
    "INFORME DE ALTA - [[LOCATION|geo:Hospital Clínic]]\nPaciente: [[PERSON|name:María del Carmen Ruiz Ortega]]\nFecha de ingreso: [[DATE|date:3 de marzo de 2024]]  Fecha de alta: [[DATE|date:8/3/2024]]\nIctus isquémico ACM izquierda, trombectomía TICI 2b. NIHSS 14 -> 3.\nControl en consultas de Neurología.",
    "Epikris - Medicinkliniken\nPatient: [[PERSON|name:Ingrid Lindström]], pnr [[ID|ssn:19480312-4428]]\nUtskriven [[DATE|date:2024-03-05]].\nLungemboli bilat, apixaban 10 mg x2 i 7 d, sedan 5 mg x2.\nMaken informerad. Uppföljning på vårdcentralen i [[LOCATION|geo:Kungälv]] om 4 veckor.",
]

GP_REFERRAL = [
    # Australian GP
    "Dear Doctor,\nRe: [[PERSON|name:Jarrah Simpson]]\n[[ADDRESS|geo:14 Wattle Cres, Kearneys Spring QLD 4350]]\nThank you for seeing this young man with a 6/12 hx of bloody diarrhoea and 8 kg wt loss. FCP >1000. CRP 41.\nHis mother has Crohn's. He works FIFO out of [[LOCATION|geo:Moranbah]] so appts need to fit his swing.\nKind regards,\nProvider no. [[ID|license:4418822B]]  Fax [[PHONE|fax:(07) 4632 1181]]",
    "Dear Colleague,\nRE: Mrs [[PERSON|name:Faith Monaghan]]\nPlease see this lovely lady with worsening exertional dyspnoea. Echo at [[LOCATION|geo:Qscan Gladstone]] ([[DATE|date:19/1/24]]): AVA 0.8 cm2, mean gradient 46.\nShe lives alone in [[LOCATION|geo:Boyne Island]] since her husband passed.\nPMHx: T2DM (HbA1c 7.1), CKD3a (eGFR 52), OA.",
    "Referral - Orthopaedics, [[LOCATION|geo:PA]] Hospital\nPt: [[PERSON|name:Troy Nguyen-Walsh]]\nWorkCover claim [[ID|other:WC24-0918337]]: fell from a ladder on site [[DATE|date:08/02/2024]].\nMRI L knee: complex tear medial meniscus, ACL intact.\nPls send report to [[EMAIL|email:reception@ipswichgp.com.au]]",
    "To: Psychiatry intake, [[LOCATION|geo:Mater]]\nRe: [[PERSON|name:Ebony Hart]] ([[DATE|date:17-11-2004]])\n3 presentations to [[LOCATION|geo:QEII]] ED this month w/ self harm. Sertraline 100mg. K10 = 38.\nUni student; her housemate brought her in today.\nMHCP done, MBS 2715. Please see urgently.\nAHPRA [[ID|license:MED0001837264]]",
    "Dear Dr [[PERSON|name:Hope]],\nthanks for seeing [[PERSON|name:Archie Bellamy]] re ?OSA - loud snoring, witnessed apnoeas (mum has videos). Tonsils 3+.\nFamily moved up from [[LOCATION|geo:Geelong]] to [[LOCATION|geo:Mackay]] in Jan.\nMedicare [[ID|health_plan:3391 44020 8]] (he is #4 on the card)",
    "REFERRAL - Endocrinology\nPatient [[PERSON|name:Sunny Ahmadi]]\nAddress [[ADDRESS|geo:Unit 7, 22 Rose Street, Moe VIC 3825]]\nIncidental 2.4cm L adrenal lesion on CT ([[DATE|date:12/01]]), 10 HU. Plasma metanephrines pending.\nBP 164/98 on 3 agents. Interpreter needed (Dari).\nRegards Dr [[PERSON|name:Helen Young]]",
    # US
    "REFERRAL - Outpatient Rheumatology\nTo: [[LOCATION|geo:UPMC]] Rheum, fax [[PHONE|fax:412-555-0109]]\nPatient: [[PERSON|name:Autumn Reyes]]  Highmark member ID [[ID|health_plan:XGH448210973]]\nPolyarthralgia, ANA 1:640 speckled, +dsDNA, malar rash.\nPrefers AM appts (works nights at the distribution center in [[LOCATION|geo:Cranberry]]).",
    "Dear Dr. [[PERSON|name:Feldman]],\nI am referring [[PERSON|name:Marcus Bell]] ([[AGE|other:58]]M) for colonoscopy after FIT+ on [[DATE|date:2/27]].\nFather had colon ca in his 60s. Hgb 11.9, MCV 78.\nHe lives in [[LOCATION|geo:Cherry Hill]] and would prefer an endoscopy center close to home.",
    "e-Referral #[[ID|other:RF-2024-118834]]\nPatient: [[PERSON|name:Shirley Mae Dobbs]] | [[AGE|date:99]] y/o F\nReferring PCP: [[EMAIL|email:pnakamura@kaiserclinic.org]]\nConsult: palliative care / GOC. Aspiration PNA x3 since Nov. Great-granddaughter is POA.\nLives w/ family on a farm outside [[LOCATION|geo:Visalia]].",
    "REFERRAL FORM - Sleep Medicine\nPt name: [[PERSON|name:Dawn Whitaker]]\nEmail: [[EMAIL|email:dawnwhitaker72@gmail.com]]\nInterstate trucker, CDL [[ID|license:D08841923]]; employer form lists truck VIN [[VEHICLE|vehicle:1FUJGLDR7CLBP8834]].\nESS 16, BMI 41, neck 46 cm. Apneas witnessed by husband.\nNeeds PSG result before [[DATE|date:4/30]] for DOT card.",
    # UK
    "Dear Urology team\nRe: [[PERSON|name:Thomas Read]], NHS [[ID|health_plan:401 023 2137]]\n[[ADDRESS|geo:5 Orchard Close, Bath BA2 6HT]]\nI'd be grateful if you could see this retired postman. PSA 14.2 (6.1 in [[DATE|date:Sept 2022]]). DRE: hard nodule L lobe.\n2WW referral.",
    "Urgent referral to memory clinic\nPt: Mrs [[PERSON|name:Olive Bush]]\nHer son [[PERSON|name:Keith]] rang on the [[DATE|date:4th]] worried: she got lost driving back from [[LOCATION|geo:Leamington]] and was found by police on the A46. Car reg [[VEHICLE|vehicle:WK08 TXP]]; advised not to drive, DVLA informed.\nMoCA 17/30. B12, folate, TFTs normal.\nLives alone in [[LOCATION|geo:Kenilworth]]. NOK son as above.",
    "Referral: Community Paediatrics\nChild: [[PERSON|name:Amelia-Rose Harding]] D.O.B [[DATE|date:09/09/2018]]\nSchool: [[LOCATION|geo:St Peter's C of E Primary]]\nSENCO concerns re attention, sensory seeking.\nMum's email [[EMAIL|email:jade.harding88@outlook.com]]",
    # continental Europe
    "Cher confrère,\nJe vous adresse Mme [[PERSON|name:Hélène Marchand]], née le [[DATE|date:12 février 1947]], pour avis cardiologique.\nDyspnée NYHA III, souffle systolique 3/6 au foyer aortique.\nElle habite [[ADDRESS|geo:18 rue des Lilas, 69004 Lyon]] avec sa fille.\nBien confraternellement,\nMédecin généraliste, RPPS [[ID|license:10101234567]]",
    "Überweisung - Neurologie\nPat.: [[PERSON|name:Jürgen Schäfer]], *[[DATE|date:11.08.1962]]\nAOK Bayern, Vers.-Nr. [[ID|health_plan:B123456789]]\nV.a. Morbus Parkinson (G20.9), Ruhetremor re > li seit ca. 1 J. Bitte um Mitbeurteilung, DaTSCAN? Ehefrau begleitet.\nMit freundlichen Grüßen\nDr. med. [[PERSON|name:K. Hoffmann]], LANR [[ID|license:123456601]]",
]

NURSING_SHORTHAND = [
    # Australia
    "0200 pt rousable, GCS 14 (E3V5M6), confused to time. obs stable. bsl 7.8\n0400 pt climbing OOB, 1:1 requested, [[PERSON|name:Kez]] (AIN) sitting w/ pt\n0600 mum ([[PERSON|name:Leanne]]) rang, updated. will come in after school drop off in [[LOCATION|geo:Wodonga]]\nbed 12. ^ falls risk. RN [[PERSON|name:J. Pham]]",
    "handover 1900 - bed 7\nMr [[PERSON|name:Bruce Hall]] [[AGE|date:93]] #NOF R, POD1\npain ok w/ 2.5mg oxynorm x1. IDC insitu, UO 30-40ml/hr\nwife [[PERSON|name:Pat]] stayed til 1730, v anxious, pls call if any change\nfrom [[LOCATION|geo:Bright]], family at the caravan park\nfor PT am. heels offloaded",
    "[[DATE|date:14/3]] nd\npt c/o nausea 0330, ondans 4mg IV w/ effect. BGL 11.2, ketones 0.4\nspoke to [[PERSON|name:Kylie]] from the NDIS re support worker access, she'll email [[EMAIL|email:kylie.w@ndis.gov.au]]\nsw to come in tmrw 1000.\n-[[PERSON|name:Bec]] RN",
    "ADMISSION (nsg)\npt [[PERSON|name:Darryl]] arr via QAS from [[LOCATION|geo:Gympie]] 1415. A&Ox3. HR 112, BP 96/58, RR 22, T 38.6, sats 95% RA\nbelongings: phone, wallet, glasses, hearing aids L+R, signed by pt\nNOK partner [[PERSON|name:Craig Dunn]]\ncar ([[VEHICLE|vehicle:NQA 18K]]) left at a servo on the highway\nDVA [[ID|health_plan:QSM07521]]",
    "wound care - Mrs [[PERSON|name:Baker]] rm 4\nL shin skin tear cat 2b, 6x4cm. NS, mepitel + combine + crepe.\nphoto uploaded [[ID|photo:IMG_20240311_1422.jpg]]\nnext dressing [[DATE|date:13/03]]. ref to wound CNC\npt [[AGE|date:95]], v fragile skin, on pred 5mg",
    # US
    "RN NOTE 1900-0700\nPt A&Ox4. Denies pain. Ambulated hall x2 w/ walker + SBA. Tele NSR 70s, occ PVC.\nDaughter [[PERSON|name:Crystal]] called x3 overnight, asked that we call [[PHONE|phone:915-555-0121]] only (not son).\nPIV L FA 20g WNL. Morse 55, bed alarm on.\n[[PERSON|name:Esperanza Villalobos]] rm 412",
    "Nsg note: pt [[PERSON|name:Hank]] ([[AGE|other:78]]) refusing lovenox again. 'I don't want no more shots.' Educated re VTE risk, still declines. Dr. [[PERSON|name:Sato]] notified 2145.\nSon coming in from [[LOCATION|geo:El Paso]] tmrw w/ his med list.\nBG 212 -> 4u lispro per SS.",
    "skin assessment - admission\npt [[PERSON|name:Lakeisha Grant]] DOB [[DATE|date:7/3/1967]]\nstage 3 PI sacrum 3.2 x 2.5 x 0.4 cm, slough 30%. photo [[ID|photo:WND_0049218_sacrum_01.jpg]] in media tab\nbraden 12. air mattress ordered.\nfrom [[LOCATION|geo:Shady Oaks]] nursing home per EMS",
    "0300 pt pulled NG tube. replaced, placement confirmed on xray (acc# [[ID|mrn:RAD77310042]])\npt yelling for '[[PERSON|name:Margaret]]'. wife [[PERSON|name:Margaret]] passed 2019 per chart. redirected.\nsitter at bedside\n[[AGE|date:91]]M, hard of hearing, speak to L ear",
    # UK
    "NIGHT SHIFT - bay 3 bed 2\nMr [[PERSON|name:Jones]] v unsettled, shouting for his wife [[PERSON|name:Glenys]]. Pulled cannula ~0100.\nNEWS 3 (RR 22, HR 98). FY2 r/v, no change.\nSon rang from [[LOCATION|geo:Merthyr]] 0530, updated.\nfluid bal -400\n[[PERSON|name:Carys]] SN",
    "care rounds 2hrly, pt [[PERSON|name:Ethel]] ([[AGE|date:102]]!) slept well, pad changed x2, skin intact\ntook 50% of weetabix. fluids 800ml so far\nkeyworker at [[LOCATION|geo:Oakwood Lodge]] called - bed held until Fri [[DATE|date:15th]].",
    "Pt [[PERSON|name:Joe Mbeki]] seen in clinic room. ?DVT L calf, Wells 2. D-dimer 1.2. Scan booked Monday [[DATE|date:18th March]].\nwife driving him home to [[LOCATION|geo:Kirkby-in-Ashfield]]\nclexane 1.5mg/kg stat = 120mg (wt 80.3 kg)\nNHS [[ID|health_plan:736 491 0082]]",
    "HCA obs 2230: BP 88/50 (usually 120s), RN informed. T 38.1. pt [[PERSON|name:Nadia Begum]] c/o chills.\nsepsis screen started by Staff Nurse [[PERSON|name:Price]]\nbrother here, speaking Sylheti for her; interpreter line ID [[ID|other:LL-448102]] used for consent\nbed 14 side room",
    # continental Europe
    "Sykepleienotat natt\nPas. [[PERSON|name:Kari Haugen]] ([[AGE|other:84]]) urolig 02-04, fikk 0,5 mg haldol etter ordinasjon fra lege [[PERSON|name:Berg]].\nSønnen ringte fra [[LOCATION|geo:Drammen]], informert.\nBT 134/78, SpO2 96%. Sov fra kl 04.",
    "Overdracht avond: mevr. [[PERSON|name:Jansen]] (kamer 6) pijn 7/10 na mobiliseren, oxynorm 5 mg gegeven.\nDochter komt morgen uit [[LOCATION|geo:Zwolle]] met pyjama's.\nDecubitus hiel re cat 2, foto in dossier ([[ID|photo:FOTO-2024-0312-0071]]).\n- [[PERSON|name:Sanne]] vpk",
]

PHARMACY = [
    # Australia
    "PHARMACY MED REC\nPatient: [[PERSON|name:Douglas Pryor]]  [[AGE|other:77]]M\nSources: Webster pak from [[LOCATION|geo:Chemist Warehouse Morwell]], wife, MyHR.\n1) metformin XR 1g nocte on pak vs 500 BD on GP list. 2) not taking atorva, 'gives me cramps'.\nIHI [[ID|health_plan:8003 6087 1122 3349]]",
    "S8 REGISTER ENTRY\nDate: [[DATE|date:11/03/2024]]  Ward 5A\nOxycodone 5mg IR tabs\nPatient: [[PERSON|name:Grace Kelly-Marsh]]\nPrescriber no. [[ID|license:2193847]]\nGiven by RN, witness EN (cabinet fingerprint login [[ID|biometric:FP-MH-2291]])\nBalance 18 -> 17",
    "Discharge Rx - pharmacist check\n[[PERSON|name:Lachlan Reid]] Medicare [[ID|health_plan:2298 54611 3]]\n1. apixaban 5mg BD - 60\n2. metoprolol 25mg BD - 60\nCounselled pt & partner. eScript token SMS'd to [[PHONE|phone:0412 773 019]], will fill in [[LOCATION|geo:Newtown]].",
    "clozapine monitoring - pharm note\npt [[PERSON|name:Jesse Tamihana]], monitoring program patient no. [[ID|other:CC-118402]]\nANC 2.1 (>1.5), WCC 4.6 - green. OK to dispense 7 days.\ncase mgr at [[LOCATION|geo:Frankston]] CCT notified\nnext FBC [[DATE|date:21/3]]",
    "Pharmacy intervention\nPt: Mr [[PERSON|name:Ah Kow Lim]] [[AGE|date:90]]yo\nDup therapy: Coversyl 5mg AND perindopril 5mg in dosette from a [[LOCATION|geo:Bowral]] pharmacy.\nGP agreed to cease one; fax sent [[PHONE|fax:(02) 4861 3351]]. Granddaughter manages meds.",
    # US
    "PHARMACY CONSULT - Vancomycin dosing\nPt: [[PERSON|name:Randall Pierce]], [[AGE|other:63]]M, 94.1 kg, SCr 1.3\nMRN [[ID|mrn:01553207]]\nMRSA bacteremia. Target AUC 400-600.\nLoad 2,250 mg x1, then 1,250 mg q12h. Trough before 4th dose [[DATE|date:3/15]] 0530.",
    "OUTPATIENT PHARMACY - Rx hold\n[[PERSON|name:Latoya Freeman]]  Aetna ID [[ID|health_plan:W192837465]]\nPA required for semaglutide 1 mg. PA form faxed to prescriber ([[PHONE|fax:(313) 555-0162]]), DEA [[ID|license:BH4417729]].\nPt texted. Store #2291, [[LOCATION|geo:Dearborn]].",
    "Pharmacist note - anticoag clinic (telephone)\n[[PERSON|name:Eugene Park]]  MRN [[ID|mrn:7720145]]\nINR 1.6 (goal 2-3). Missed 2 doses while visiting his daughter in [[LOCATION|geo:Fort Lee]].\nWeekly 35 mg -> 37.5 mg. Next INR [[DATE|date:March 22]].\nHome CoaguChek XS, serial [[DEVICE|device:CXS-441928]].",
    "PAP enrollment\nPatient [[PERSON|name:Bonnie Sue Akins]], SSN [[ID|ssn:408-77-2196]], income verified.\nMfr PAP approved, valid through [[DATE|date:12/31/2024]].\nShip to: [[ADDRESS|geo:Rt 2 Box 118, Hazard, KY 41701]]",
    "IV ROOM - TPN verification\nPt: Baby [[PERSON|name:Nguyen]], twin B  MRN [[ID|mrn:N24-00318]]  GA 29+3, wt 1.14 kg\nDOL 6 (born [[DATE|date:03/08/24]])\nD10, AA 3.5 g/kg/d, lipids 2 g/kg/d. Ca/Phos ok.",
    # UK
    "Pharmacy TTO screen, Ward 22\nPt [[PERSON|name:Albert Little]]\nMethotrexate 15mg once WEEKLY (Mon) + folic acid 5mg weekly (Thurs). Counselled x2, says his wife does the dosette.\nMDS tray request emailed to his pharmacy in [[LOCATION|geo:Ashby-de-la-Zouch]] ([[EMAIL|email:ashby.pharmacy@nhs.net]])\nPharmacist [[PERSON|name:Nikhil Shah]], GPhC [[ID|license:2087143]]",
    "Medicines rec (pharmacy technician)\nPt: Mrs [[PERSON|name:Winifred Hope]] [[AGE|date:98]]\nOn: donepezil 10mg ON, amlodipine 5mg OD, Adcal D3 1 BD, latanoprost both eyes ON\nMAR faxed by [[LOCATION|geo:The Beeches]] nursing home from [[PHONE|fax:0121 496 0881]].",
    "CD ledger discrepancy\nWard 7, morphine 10mg/ml amp: book 9, actual 8.\nLast entry [[DATE|date:09/03/24]] 22:00 for [[PERSON|name:Colin Page]] (hosp no [[ID|mrn:M0773314]]), given [[PERSON|name:S. Adeyemi]], witness RN.\nWard manager informed.",
    # continental Europe
    "Apotheke - Arzneimittelanamnese\nPat. [[PERSON|name:Wilhelm Brandt]], [[AGE|date:91]] J., Station 3\nStammapotheke: [[LOCATION|geo:Löwen-Apotheke]]\nMedikationsplan vom [[DATE|date:15.01.2024]]: Ramipril 5 mg 1-0-0, Torasemid 10 mg 1-0-0, ASS 100 1-0-0.\nRamipril + Spironolacton neu: K 5,4 mmol/l, Kontrolle!",
    "Farmaceut-gennemgang\nPatient: [[PERSON|name:Bente Mortensen]], CPR [[ID|ssn:120345-1872]]\nPolyfarmaci (14 præparater). Foreslår seponering af tramadol og zopiclon.\nEgen læge i [[LOCATION|geo:Roskilde]] kontaktet på [[EMAIL|email:laege.krogh@dadlnet.dk]].",
]

TELEHEALTH = [
    # Australia
    "Telehealth consult (video) [[DATE|date:12/03/2024]] 1030\nPt [[PERSON|name:Brodie Kerr]] joined from home in [[LOCATION|geo:Longreach]], mum off camera.\nLink: [[URL|url:https://vcc.healthdirect.org.au/t/rbwh-endo/waiting/kerr-b]]\nT1DM, HbA1c 9.8, Libre TIR 31%.\nPt IP [[IP|ip:101.182.44.17]] (dropped x2)\nReview 3/12.",
    "Phone consult - GP\nMrs [[PERSON|name:Noeline Barker]] rang re BP readings, home avg 152/88 since mid-March. Amlodipine 5 -> 10.\nCalled back on mobile [[PHONE|phone:0437 662 105]]; she's away this week minding the grandkids.\nID confirmed: DOB [[DATE|date:8 June 1955]] + address [[ADDRESS|geo:9 Banksia Ct, Shepparton 3630]]",
    "TELEHEALTH - Psychology (NDIS funded)\nClient: [[PERSON|name:Zara Winton]]\nSession room [[URL|url:https://coviu.com/r/zw-session-3391]]\nSupport coordinator [[PERSON|name:Kylie Brennan]] joined last 10 min.\nPanic attacks x3 this wk. Practised box breathing.\nSummary emailed w/ client consent.\nPsychologist AHPRA#[[ID|license:PSY0001739254]]",
    "video consult - remote\npt [[PERSON|name:Jimmy Tjapaltjarri]] at [[LOCATION|geo:Yuendumu]] clinic w/ RAN [[PERSON|name:Carmel]]\nHTN + T2DM. BP 146/92. HbA1c 8.4. ACR 34. AHW interpreting.\nplan: up-titrate ramipril, repeat ACR 3/12\nHRN [[ID|mrn:NT0044712]]\nreconnected via [[IP|ip:10.140.22.9]]",
    "TeleDerm\nPt: [[PERSON|name:Patrick O'Dea]], [[LOCATION|geo:Broken Hill]]\nImages: [[ID|photo:ODEA_P_back_0314.jpg]], [[ID|photo:ODEA_P_back_0314_derm.jpg]]\nImp: suspicious pigmented lesion L scapula, ?melanoma. Excise.\nGP to arrange.",
    # US
    "TELEHEALTH VISIT - Primary Care (video)\nPatient [[PERSON|name:Jordan Ellis]] at home in [[LOCATION|geo:Boise]], ID. Verbal consent.\nRoom: [[URL|url:https://doxy.me/drpatelboise]]\nPatient IP [[IP|ip:174.51.209.88]] logged for licensure.\nDysuria x2d, afebrile. Nitrofurantoin 100mg BID x5d.\nIdaho-licensed MD",
    "Virtual visit (audio only)\n[[PERSON|name:Gloria Benavides]], [[AGE|date:90]]F, granddaughter on speaker. Pt in [[LOCATION|geo:Laredo]].\nCaller verified by voice ID [[ID|biometric:VB-55810293]].\nBP log 138/76, 142/80. Continue lisinopril.\nProxy portal username [[ID|other:xbenavides_proxy]]",
    "Telepsychiatry F/U\nPt: [[PERSON|name:Tyler Quinn]]  DOB [[DATE|date:12.14.2001]]\nSat in his car (plate [[VEHICLE|vehicle:8ZYT401]]) outside work for privacy.\nMood 5/10. Sleep 6h. Lithium 0.7.\nZoom [[URL|url:https://zoom.us/j/93748201156?pwd=QnR4]]\nSafety plan reviewed, sister's number confirmed.",
    "eVisit (async) - derm\nSubmitted by [[EMAIL|email:hollyjohansen@yahoo.com]]\nPt [[PERSON|name:Holly Johansen]]\nPhotos [[ID|photo:IMG_4471.HEIC]], [[ID|photo:IMG_4472.HEIC]] (R forearm)\nNummular eczema. Triamcinolone 0.1% oint BID x 2 wk.\nfrom IP [[IP|ip:2600:1700:5a20:9b10::3f]]",
    "RPM monthly call\n[[PERSON|name:Clarence Whitehorse]]  MRN [[ID|mrn:IHS-0092214]]\nOn RPM since [[DATE|date:Oct 2023]]. Cellular BP cuff ID [[DEVICE|device:BPM-88C19024]].\nAvg 131/79, 27/30 days transmitted.\nRide to clinic via CHR.\nCPT 99457.",
    # UK
    "Video consultation (Attend Anywhere)\n[[PERSON|name:Fiona MacLeod]], CHI [[ID|health_plan:2402715533]], at home in [[LOCATION|geo:Stornoway]].\nILD: home FVC 2.1L (68% pred). Nintedanib tolerated.\nWaiting area [[URL|url:https://nhs.vc/nhshighland/respiratory]]",
    "Telephone triage\n[[DATE|date:13/3]] 0845 Mrs [[PERSON|name:Priya Sharma]] re her son ([[AGE|other:4]]), fever 39.2, rash blanches per mum.\nBooked f2f 0920 with duty GP.\nCall back [[PHONE|phone:07700 900 317]]",
    "Remote consultation - Diabetes\n[[PERSON|name:Stephen Rowe]], NHS [[ID|health_plan:9434765870]]\nClarity clinic share code [[ID|other:RW88-TX4Q]]\nHypos 0300-0500; reduce basal 10%.\nLetter by email to [[EMAIL|email:s.rowe1974@btinternet.com]]",
    # continental Europe
    "Televisita - ambulatorio scompenso, [[LOCATION|geo:Niguarda]]\nPaziente [[PERSON|name:Rosa Esposito]], [[AGE|other:79]] anni, collegata da casa con il figlio.\nPeso 71,2 kg (+1,5 in 3 gg). Aumento furosemide.\nLink [[URL|url:https://televisita.asst-niguarda.it/s/ESPR-2291]]",
    "Téléconsultation du [[DATE|date:11/03/2024]]\nM. [[PERSON|name:Karim Benali]], depuis son domicile.\nLien : [[URL|url:https://rdv.doctolib.fr/tc/4f9a2c71]]\nHTA, automesure 158/94. Ajout amlodipine 5 mg.\nN° de sécurité sociale [[ID|ssn:1 71 08 59 350 112 48]]",
]

BILLING = [
    # US
    "CLAIM - CMS-1500 summary\nPatient: [[PERSON|name:ALVAREZ, MIGUEL A]]\nPatient acct #: [[ID|account:PA-00918273]]\nCheck-in palm vein ID [[ID|biometric:PSC-00918273]]\nDOS [[DATE|date:03/05/2024]]  CPT 99214-25, 93000  ICD-10 I10, R00.2\nRendering NPI [[ID|license:1669482305]]  Charges $285.00",
    "PATIENT STATEMENT\nAccount [[ID|account:4400129983]]\nGuarantor: [[PERSON|name:Deborah Kline]] (mother)\nED visit [[DATE|date:01/19/2024]]\nAmount due $412.60\nPay online [[URL|url:https://pay.slhn.org/?acct=4400129983]]",
    "Remit / EOB\nMember: [[PERSON|name:Tran, Linh]]\nClaim # [[ID|other:2024071883301]]  DOS [[DATE|date:2/14/24]]\nDenied CO-197; retro auth obtained by UM.\nResubmit to payer fax [[PHONE|fax:877-555-0148]]",
    "Financial assistance app\nApplicant [[PERSON|name:Roberto Fuentes]], SSN [[ID|ssn:574-20-9913]], lives in [[LOCATION|geo:Wapato]]\nHousehold 4, income $38,200 (below 200% FPL) -> 100% write-off.\nHAR [[ID|account:7720019]]\nRefund to routing 021000021 acct [[ID|account:483920117]]",
    "Charge capture - inpatient\nPt [[PERSON|name:Scott Hammond]]\nDc [[DATE|date:3/12]]. DRG 291.\nAttending NPI [[ID|license:1285937740]]\nImplant Azure XT DR MRI, SN [[DEVICE|device:RNF228741S]]. Rev code 0278, CPT 33208.",
    # Australia
    "TAX INVOICE - specialist rooms\nInvoice [[ID|account:INV-004418]]\nMr [[PERSON|name:Kevin Doyle]]  Medicare [[ID|health_plan:2123 45670 1]] IRN 1\nItem 104 initial consult $280.00 (rebate $80.25); item 11700 ECG\nReferring GP prov [[ID|license:2470915T]]\nBupa member [[ID|health_plan:71839204]]",
    "Bulk bill batch [[DATE|date:8/3/24]]\n- [[PERSON|name:Morgan, Tilly]] [[ID|health_plan:4950281371]] item 23\n- [[PERSON|name:Stone, Mabel]] ([[AGE|date:92]]) DVA [[ID|health_plan:NX901224]] item 23 + 10990\ntransmitted via PRODA",
    "Billing query - private pt\n[[PERSON|name:Cheryl Anne Boyd]], HCF member, excess $500 unpaid\nAccount [[ID|account:AC-88271]] to collections [[DATE|date:29/02/24]]\nPt disputes; card [[ID|account:4564 8810 2233 9017]] taken over phone, receipt emailed",
    "icare / WorkCover invoice\nClaimant: [[PERSON|name:Jake Vella]]\nClaim no. [[ID|other:4049187332]], injured at the steelworks in [[LOCATION|geo:Port Kembla]] [[DATE|date:22 Jan 2024]]\nPhysio x6 @ $98 (WCO002)\nPhysio AHPRA [[ID|license:PHY0001922374]]",
    "NDIS PLAN-MANAGED INVOICE\nParticipant: [[PERSON|name:Oscar Fitzpatrick]]  NDIS no. [[ID|health_plan:430 118 227]]\nSupport item 15_054_0128_1_3, 2 hrs @ $193.99\nDates [[DATE|date:4/3]], [[DATE|date:11/3]]\nPlan manager: [[EMAIL|email:invoices@leapinplan.com.au]]",
    # UK
    "Private patient invoice - [[LOCATION|geo:Nuffield Health Tees]]\n[[PERSON|name:Gareth Lowther]], [[ADDRESS|geo:12 Brunswick Gardens, Stockton-on-Tees TS18 3AU]]\nAXA Health policy [[ID|health_plan:AXA-50088219]]\nKnee arthroscopy (CCSD W8500)\nConsultant GMC [[ID|license:4418207]]",
    "Overseas visitor charging\nPt [[PERSON|name:Mehmet Yilmaz]], passport [[ID|ssn:U48811902]]\nNot ordinarily resident. Est. charge £3,840 (150% tariff).\nOVM spoke to cousin at [[ADDRESS|geo:Flat 3, 88 Green Lanes, London N16 9EJ]]",
    "GDS claim\n[[PERSON|name:Shannon Reilly]] DOB [[DATE|date:02/11/2002]], NI no. [[ID|ssn:QQ 12 34 56 C]] (UC exempt)\nBand 2, fillings x2\nPerformer no. [[ID|license:129847]]",
    # continental Europe
    "Privatliquidation (GOÄ)\nHerr [[PERSON|name:Dieter Vogel]], [[ADDRESS|geo:Schillerstr. 14, 70173 Stuttgart]]\nGOÄ 1, 5, 651, 3550 - Summe 97,43 EUR\nIBAN [[ID|account:DE27 6005 0101 0004 8839 22]]\nDebeka Vers.-Nr. [[ID|health_plan:4470019221]]",
    "Declaratie zorgverzekeraar\nVerzekerde [[PERSON|name:P.J. van den Berg]]  BSN [[ID|ssn:209318447]]\nBehandeldatum [[DATE|date:12-02-2024]], DBC 990017019\nIBAN [[ID|account:NL91ABNA0417164300]]",
]

DEVICE_TELEMETRY = [
    # US
    "REMOTE ICD TRANSMISSION - Merlin.net\nPatient: [[PERSON|name:Kowalski, Edward]]  DOB [[DATE|date:02/02/1948]]\nGallant HF CRT-D, model CDHFA500Q, SN [[DEVICE|device:111884227]]\nTransmission [[DATE|date:2024-03-11]] 03:12. 1 VT episode, ATP successful. Battery 6.8 yrs. RV lead 512 ohms.\nDevice clinic RN called pt at [[PHONE|phone:248-555-0117]].",
    "CGM export (Clarity)\nname: [[PERSON|name:Mariana Garcia]]  dob [[DATE|date:5/5/2008]]\nG7 sensor SN [[DEVICE|device:8WX4K2J7N1]], phone app\n14-day mean 168 mg/dL, GMI 7.3%, TIR 58%, TBR 3%\nuploaded from [[IP|ip:73.158.20.211]]",
    "HOLTER REPORT\nPt: [[PERSON|name:Augusta Pruitt]]  [[AGE|date:93]]F\nRecorder SN [[DEVICE|device:H3P0098127]]\nHookup [[DATE|date:3/6/2024]] 10:40, 48h. AF, avg VR 88, max 142. Longest pause 3.2s at 04:17 (asleep).\nRead by cardiology.",
    "Pump download - t:slim X2\nPt [[PERSON|name:Noah Feinberg]]\nPump SN [[DEVICE|device:901847226]]; G6 transmitter [[DEVICE|device:8JQ2XL]]\nt:connect login [[EMAIL|email:noahfein07@gmail.com]]\nControl-IQ 94%. Basal 0.85 U/h 00-06. Breakfast ICR 1:8 -> 1:7.\nUploaded in clinic from [[IP|ip:10.42.118.6]]",
    "[[DATE|date:2024-03-12]]T09:41:07Z ERR bedside monitor feed rejected\n  monitor_mac=[[DEVICE|device:00:1B:44:11:3A:B7]] ip=[[IP|ip:10.20.31.104]] bed=ICU-07\n  patient_mrn=[[ID|mrn:00742219]] name=[[PERSON|name:HOLLOWAY^JAMES^R]]\n  reason: MRN/bed mismatch, paged biomed on-call",
    # Australia
    "Pacemaker check - device clinic\n[[PERSON|name:Shirley Ng]]\nAccolade MRI L331, SN [[DEVICE|device:712884]]\nImplanted [[DATE|date:17/08/2019]].\nRA 2.1 mV, RV 11 mV, thresholds 0.7V@0.4ms. Battery 8 yrs. VP 4%.\nNext in-clinic [[DATE|date:Mar 2025]].",
    "Home oximetry upload\n[[PERSON|name:Barry Keogh]]\nOximeter SN [[DEVICE|device:WM-2219483]] posted back from [[LOCATION|geo:Warrnambool]]\nODI 34/hr, nadir 74%, T90 22%.\nCPAP (AirSense 11) started; myAir login [[ID|other:barry.keogh61]]",
    "CareLink - remote ILR\n[[PERSON|name:Rebecca Thornton]]\nLINQ II SN [[DEVICE|device:RLB301947G]]\nAlert [[DATE|date:10/3]] 22:48, pause 4.8s, asleep per diary. Pt called.\nReviewed by tech & Dr [[PERSON|name:Sandhu]].\nApp last seen [[IP|ip:120.156.88.203]]",
    "Smart pump log - Ward 6B\nPump asset [[DEVICE|device:ALR-0048813]], channel B occlusion x3 0200-0300\nAssoc. pt [[PERSON|name:Hamish Doolan]]\nheparin 25,000u/50ml @ 4.2 ml/h\nBiomed ([[PERSON|name:Craig]]) swapped pump, new asset [[DEVICE|device:ALR-0051162]], wifi MAC [[DEVICE|device:a4:5e:60:c2:11:9f]]",
    "Tele alarm audit [[DATE|date:12/03/2024]]\nTele box 14, pt [[PERSON|name:Vince Russo]] (CCU bed 3)\nTransmitter [[DEVICE|device:TX-14-88321]]\n0312 VF alarm: artefact (brushing teeth). RN attended.\n0415 leads off x4.\nCentral station [[IP|ip:172.16.40.12]]",
    # UK
    "Remote monitoring - ILR\n[[PERSON|name:Peter Shaw]]\nReveal LINQ SN [[DEVICE|device:RLA118203G]]\nSince [[DATE|date:01/02/24]]: AF burden 0.4%, 2 brady episodes (asleep).\nHome router IP [[IP|ip:86.14.221.7]]",
    "Telecare activation log\nClient: Mrs [[PERSON|name:Doris Leigh]] ([[AGE|date:95]])\n[[ADDRESS|geo:22 Hoylake Road, Moreton, Wirral CH46 9PT]]\n03:42 pendant alarm, fall detected. Key safe code given to ambulance.\nResponder: daughter [[PHONE|phone:0151 496 0720]]\nPendant [[DEVICE|device:TN-PD-330184]]",
    "Home HD machine report\n[[PERSON|name:Adebayo Ogunleye]], hosp no [[ID|mrn:RF4419021]]\nSystem One SN [[DEVICE|device:NX1-0022841]]\nLast week: 5/5 sessions, UF avg 2.1L.\nBlood leak alarm [[DATE|date:06/03]] 21:15, false; cartridge changed.",
    # continental Europe
    "Telemonitoring Herzinsuffizienz\nPat.: [[PERSON|name:Renate Zimmermann]], geb. [[DATE|date:23.04.1944]]\nCardioMessenger SN [[DEVICE|device:60433812]], ICD Acticor 7 DR-T SN [[DEVICE|device:88224109]]\nAlarm: thorakale Impedanz fallend, Gewicht +2 kg. Torasemid erhöht.\nLetzte Verbindung [[IP|ip:91.64.127.30]]",
    "Telemonitorización EPOC\nPaciente: [[PERSON|name:Antonio Jiménez Moreno]]  NUSS [[ID|ssn:28/10445219/73]]\nPulsioxímetro SN [[DEVICE|device:PX-7781204]]\n[[DATE|date:10/03/2024]] SpO2 media 87% (basal 91%). Alerta roja.\nLa enfermera gestora llama a la hija al [[PHONE|phone:+34 655 210 384]].",
]

RESEARCH_ENROLMENT = [
    # US
    "RESEARCH ENROLLMENT LOG - NCT05511234 (SGLT2i in HFpEF)\nSubject ID [[ID|other:HF-017-0042]]\n[[PERSON|name:Walter Greene]]  MRN [[ID|mrn:6620193]]\nConsent signed 14:20, witnessed by CRC\nLVEF 55%, NT-proBNP 612, eGFR 48.\nStipend card [[ID|account:6011 4820 1937 4412]]",
    "Biobank consent\nParticipant [[PERSON|name:Hope Ashworth]] (goes by '[[PERSON|name:Hopie]]')\nBiobank ID [[ID|other:BV-2291-447A]]\nTablet fingerprint template [[ID|biometric:FPT-00918274]]\n2x EDTA, 1x SST collected today\n[[EMAIL|email:hope.ashworth@me.com]]",
    "Screening log - delirium prevention trial\nMr. [[PERSON|name:Ernest Cobb]], [[AGE|date:94]]M, 7W\nExcluded: LAR unavailable (son [[PERSON|name:Dwayne]] in [[LOCATION|geo:Baton Rouge]], no answer x3)\nScreen # [[ID|other:SCR-0318]] (not enrolled)",
    "Study visit 3 (wk 12)\nSubj [[ID|other:0304-118]]\nWt 101.4 kg (baseline 108.9). BP 128/80. AE: nausea gr 1.\nRetinal images [[ID|photo:0304-118_V3_OD.dcm]], [[ID|photo:0304-118_V3_OS.dcm]]\nNext visit [[DATE|date:June 3]]. Parking validated, plate [[VEHICLE|vehicle:LKR-4471]]",
    "IRB reportable - withdrawal\nVOICE-PD (voice biomarkers in Parkinson's)\nParticipant [[ID|other:VPD-0087]] ([[PERSON|name:Leonard Sykes]]) withdrew [[DATE|date:2/29/24]], asks deletion of voiceprint [[ID|biometric:VP-0087-A3F91C]].\nRecordings from home IP [[IP|ip:98.210.44.5]] to be purged.",
    # Australia
    "TRIAL ENROLMENT - ACTRN12623000123456\n[[PERSON|name:Megan O'Brien]]  Study ID [[ID|other:MEL-02-019]]\nSite [[LOCATION|geo:Peter Mac]]\nTravel reimb to BSB 633-000 a/c [[ID|account:118472930]]",
    "Registry enrolment (ANZDATA)\n[[PERSON|name:Tamati Walker]]\nStarted HD [[DATE|date:2/2/24]], satellite unit in [[LOCATION|geo:Ayr]]\nDiabetic nephropathy. Registry ID [[ID|other:AZ-88214]]\nconsent witnessed by renal CNC",
    "Research nurse - rural heart cohort\nSeen at the AMS: Uncle [[PERSON|name:Roy Kennedy]] ([[AGE|other:71]])\nParticipant no. [[ID|other:RHH-0442]]; retinal photo [[ID|photo:RHH0442_R.jpg]]\nBP 158/90, HbA1c 8.9\nlives out past [[LOCATION|geo:Lightning Ridge]]",
    "Consent form (scanned) - genomics\nName: [[PERSON|name:Chloe Anne Marchetti]]\nParticipant code [[ID|other:GEN-AU-55102]]\n[[ADDRESS|geo:PO Box 412, Mount Barker SA 5251]]\nSaliva kit [[ID|other:SK0099182734]]",
    "Trial pharmacy - IMP\nPt [[PERSON|name:Neville Prior]] [[AGE|date:91]], study no. [[ID|other:OPT-91-003]]\nPatient transport pick up [[ADDRESS|geo:3/44 Napier St, Bendigo 3550]]",
    # UK
    "Platform trial enrolment\n[[PERSON|name:Kenneth Brooks]], NHS no. [[ID|health_plan:7234051186]]\nRandomised [[DATE|date:14/03/2024]] at [[LOCATION|geo:Royal Derby]]\nPersonal consultee: wife",
    "Biobank recall\n[[PERSON|name:Sian Pritchard]], [[ADDRESS|geo:4 Heol y Coed, Pontypridd CF37 4RT]]\nBiobank ID [[ID|other:UKB-3318204]]\nRepeat imaging [[DATE|date:18 April 2024]]\nPalm-vein verification (template [[ID|biometric:PV-77120-S]])",
    "Study coordinator note\n[[PERSON|name:Harry Patel]], consent call\nPIS in Gujarati emailed to son [[PERSON|name:Nikesh]] [[EMAIL|email:nikesh.patel@gmail.com]]\nOriginally from [[LOCATION|geo:Leicester]], now [[LOCATION|geo:Oadby]].",
    # continental Europe
    "Inclusie multicenter studie, [[LOCATION|geo:UMC Utrecht]]\nDeelnemer [[ID|other:UTR-0192]], dhr. [[PERSON|name:Bram Visser]]\nIC getekend [[DATE|date:7 maart 2024]], dochter aanwezig.\nIris-scan voor identificatie: [[ID|biometric:IRS-0192-Q7]]",
    "Studieinkludering, [[LOCATION|geo:Karolinska Huddinge]]\nDeltagare: [[PERSON|name:Lars-Erik Nyberg]], pnr [[ID|ssn:500712-3917]]\nInkluderad [[DATE|date:12 mars 2024]]. Röstprov lagrat som [[ID|biometric:VX-KS-0314]].\nHustrun informerad.",
]

EU_CLINIC_LETTER = [
    "[[LOCATION|geo:Charité]], Klinik für Kardiologie\nDear colleague,\nwe report on Mr [[PERSON|name:Klaus Richter]], inpatient from [[DATE|date:04.03.]] to [[DATE|date:08.03.2024]].\nNSTEMI, 2-vessel CAD; PCI RCX (1x DES). Rehab (AHB) to follow.\nFax [[PHONE|fax:+49 30 450 765 922]]",
    "Sehr geehrte Frau Kollegin,\nwir berichten über Frau [[PERSON|name:Anneliese Huber]], geb. [[DATE|date:02.11.1929]], wh. [[ADDRESS|geo:Bahnhofstraße 7, 83022 Rosenheim]], stationär bei uns.\nDie [[AGE|date:94]]-jährige Patientin kam nach Sturz im [[LOCATION|geo:Seniorenheim St. Anna]].\nDiagnosen: Pertrochantäre Femurfraktur li. (S72.10), DHS-Osteosynthese.\nMit freundlichen kollegialen Grüßen",
    "Geachte collega,\nUw patiënt dhr. [[PERSON|name:Henk de Jong]], BSN [[ID|ssn:172635495]], wonende [[ADDRESS|geo:Dorpsstraat 41, 7361 AK Beekbergen]], zag ik op [[DATE|date:5 maart]] op de polikliniek Longziekten.\nConclusie: COPD GOLD 3, exacerbatie. Start roflumilast.\nZijn vrouw rookt nog binnenshuis.\nMet vriendelijke groet, longarts, BIG [[ID|license:19054321801]]",
    "[[LOCATION|geo:Hôpital de la Pitié-Salpêtrière]], Neurologie\n[[LOCATION|geo:Paris]], le [[DATE|date:8 mars 2024]]\nCher Confrère,\nJ'ai revu Mme [[PERSON|name:Sylvie Lambert]], suivie pour une SEP rémittente. IRM récente : pas de nouvelle lésion.\nProchaine perfusion d'ocrelizumab le [[DATE|date:2 avril]].",
    "Compte rendu d'hospitalisation, [[LOCATION|geo:CHU de Bordeaux]]\nM. [[PERSON|name:Thierry Dubois]], NIR [[ID|ssn:1 44 01 33 063 218 55]]\nHospitalisé jusqu'au [[DATE|date:6 mars 2024]] pour pneumopathie d'inhalation.\nVit à [[LOCATION|geo:Arcachon]] avec son épouse ; IDE à domicile 2x/j.\nCopie au médecin traitant par messagerie sécurisée.",
    "Gentile Collega,\nrelazione clinica della Sig.ra [[PERSON|name:Anna Maria Colombo]], di [[AGE|date:92]] anni.\nC.F. [[ID|ssn:CLMNMR31H62A794Z]]\nDimessa dal [[LOCATION|geo:Papa Giovanni XXIII]] il [[DATE|date:09/03/2024]]: polmonite basale dx, delirium ipocinetico.\nAssistita dalla badante e dal nipote.",
    "[[LOCATION|geo:Ospedale San Raffaele]], [[LOCATION|geo:Milan]] - Endocrinology\nTo whom it may concern,\nMr [[PERSON|name:Luca Romano]] has been under our care for type 1 diabetes since 2015.\nHe uses an Omnipod 5 (PDM serial [[DEVICE|device:OPD5-44102873]]) and a Dexcom G6 and must carry insulin and sensors on flights.\nPassport no. [[ID|ssn:YA4418273]]",
    "Estimado/a compañero/a:\nRemito a D. [[PERSON|name:José Luis Fernández]], domicilio [[ADDRESS|geo:C/ Mayor 14, 3º B, 28013 Madrid]], DNI [[ID|ssn:50734821K]].\nDM2, HTA, IAM en [[DATE|date:12/2019]]. Claudicación a 100 m, ITB 0,6.\nSolicito valoración por Cirugía Vascular del [[LOCATION|geo:Gregorio Marañón]].\nMédico de familia",
    "Informe de consulta - Unitat del Dolor, [[LOCATION|geo:Vall d'Hebron]]\nPaciente: [[PERSON|name:Núria Puigdomènech i Serra]]\nTSI [[ID|health_plan:PUSE 0750620003]]\nFecha [[DATE|date:05-03-2024]]. Fibromialgia, EVA 8/10. Duloxetina 30 mg.\nSu pareja pide informe para la mutua (expediente [[ID|other:MUT-2024-77812]]).",
    "[[LOCATION|geo:Skåne University Hospital]], [[LOCATION|geo:Lund]] - Infectious Diseases\nPatient: [[PERSON|name:Anders Holm]], personal identity no. [[ID|ssn:19720811-5531]]\nLyme neuroborreliosis, doxycycline 200 mg x 1 x 14 d. Sick leave 2 weeks.\nHe drove himself; car [[VEHICLE|vehicle:MLB 47C]] left in our garage overnight.",
    "Epikrise - [[LOCATION|geo:Rigshospitalet]], Hjertemedicinsk Klinik\nPatient: [[PERSON|name:Søren Kierkegaard Nielsen]], CPR [[ID|ssn:040563-2291]]\nUdskrevet [[DATE|date:01.03.2024]] efter AFLI; DC-konverteret.\nEgen læge, fax [[PHONE|fax:+45 33 12 48 90]]\nKontrol om 6 uger.",
    "Epikrise - [[LOCATION|geo:Haukeland]]\nPasient: [[PERSON|name:Sigrid Solberg]] ([[AGE|date:95]] år)\nInnlagt fra sjukeheimen i [[LOCATION|geo:Os]] etter fall. Kollumfraktur høyre, hemiprotese [[DATE|date:2. mars]].\nPårørende: sønn, ringt",
    "Arztbrief - [[LOCATION|geo:LKH Graz]], Innere Medizin\nHr. [[PERSON|name:Franz Gruber]], SVNR [[ID|ssn:1237 010180]]\nEntlassung [[DATE|date:7.3.2024]]: äthyltoxische Leberzirrhose Child B, Aszites, SBP.\nWohnt bei der Lebensgefährtin, [[ADDRESS|geo:Annenstraße 33/5, 8020 Graz]]\nKontrolle Leberambulanz in 2 Wochen.",
    "Brief aan huisarts - [[LOCATION|geo:AZ Sint-Jan]]\nBetreft mevr. [[PERSON|name:Lieve Vermeulen]], °[[DATE|date:03/04/1939]]\nOntslag [[DATE|date:02/03/2024]] na urosepsis.\nDochter [[PERSON|name:An]] regelt thuisverpleging.",
    "Lähete / Referral - kardiologia\nPotilas: [[PERSON|name:Aino Virtanen]], hetu [[ID|ssn:150287-114N]]\nOsoite [[ADDRESS|geo:Mannerheimintie 88 B 12, 00250 Helsinki]]\nIn English for the visiting fellow: [[AGE|other:37]]F, recurrent pericarditis, 3rd episode since [[DATE|date:Nov 2023]]. CRP 112.",
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
    ("eu-clinic-letter", EU_CLINIC_LETTER),
]


def main() -> None:
    print(f"probe14: {write_styled(OUT, STYLES)} docs")


if __name__ == "__main__":
    main()
