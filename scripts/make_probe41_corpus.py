"""Write the 41st hand-annotated redaction probe, 100 notes in ten clinical styles, four locales.

Why: the redaction engine needs fresh held-out text written without knowledge of how it works, in
styles and locales the earlier probes under-sample: pasted templates, key=value and JSON device
logs, claims e-mail headers, CSV exports, shorthand nursing notes, and identifiers printed the way
each country prints them (MBI, Medicare with IRN, IHI, TFN, NHS and CHI numbers, NINO, KVNR, BSN,
NIR, DNI, codice fiscale, PPSN, IBAN), next to many look-alikes that must stay unmarked.

What: ten styles of 10 notes each - progress-note, discharge-summary, GP-referral-letter,
nursing-shorthand, pharmacy, telehealth, billing-and-claims, device-telemetry, research-enrolment,
outpatient-clinic-letter. Each style has three United States notes, three Australian, two United
Kingdom and two continental European or Irish notes written in English. Conventions: titles (Dr,
Mr, Mrs, Ms, Lady, Aunty, A/Prof) stay outside name spans; initials and nicknames are names; a full
street address is one ADDRESS span; towns, suburbs, counties, GPS fixes and
named facilities are LOCATION; states and countries alone are unmarked; ages of 90 and over are
category date; claim, invoice, patient-account and bank account numbers are account (bank sort
codes and BSBs are not); prescriber, provider, DEA, NPI, GMC, AHPRA and driving-licence numbers are
license; serials, IMEIs, UDIDs and MAC addresses are device; Rx numbers, visit IDs, study IDs,
usernames and handles are other. Doses, labs, vitals, times, beds, rooms, ICD/CPT/MBS/PBS/GOA
codes, lot and batch numbers, NDCs, PZNs, IRB and protocol numbers, EINs and ABNs stay unmarked.

How: cd /work/main && .venv/bin/python scripts/make_probe41_corpus.py (writes
corpus/redaction/probe41.jsonl).
"""

from pathlib import Path

from make_safe_harbor_suite import write_styled

OUT = Path(__file__).resolve().parents[1] / "corpus" / "redaction" / "probe41.jsonl"

PROGRESS_NOTES = [
    """PROGRESS NOTE - Med/Surg 4 West, Bed 12
Pt: [[PERSON|name:Rose Baker]]   MRN: [[ID|mrn:00482173]]   DOB: [[DATE|date:04/11/1958]] ([[AGE|other:68]] y/o F)
Date of service: POD2 07:40
S: c/o incisional pain 6/10, tolerating clears. Daughter at bedside, best # [[PHONE|phone:(614) 555-0187]].
O: T 37.9 HR 96 BP 132/78 SpO2 95% RA. WBC 13.2, Hb 10.1, K 3.4. Wound photo uploaded to media tab as [[ID|photo:IMG_20261128_RBaker_abd.jpg]].
A/P: POD2 lap chole, ?early SSI. Cefazolin 2 g IV q8h. Recheck CBC in AM. ICD-10 K81.0, CPT 47562.
D/w attending - no ICU transfer needed.""",
    """pn 2130 psych obs
pt [[PERSON|name:hunter mcgraw]] ([[ID|mrn:7731-0042-9]]) [[AGE|other:34]]yo m, vol admit. calm, slept 4h. denies SI/HI. q15 checks cont.
mom called x3 from [[PHONE|phone:740.555.0143]] - ok to give update per ROI signed on admit.
pt asked staff to look up his ex on insta "[[ID|other:@kaylee.r.moon]]" - redirected.
lithium 300 mg bid, Li level 0.8 (0.6-1.2). PHQ-9 = 17. rm 214-B.
ss# on facesheet [[ID|ssn:523-47-8190]] - verified w/ pt for SSDI paperwork.
-- [[PERSON|name:t. nguyen]] RN""",
    """MICU DAILY PROGRESS NOTE      HD#6      [[DATE|date:Sat 28 Nov 2026]]
[[PERSON|name:WILL PARSONS]] is a [[AGE|date:93]]-year-old man (MRN [[ID|mrn:E1049927]]) from [[LOCATION|geo:Normal]], IL, admitted with urosepsis.
Overnight: norepi weaned 0.08 -> 0.02 mcg/kg/min. Lactate 1.4. Cr 1.9 (baseline 1.1). UOP 35 mL/h.
Lines: R IJ CVC placed HD#1; A-line L radial.
Goals of care: HCPOA is his niece [[PERSON|name:Constance "Connie" Parsons-Held]], [[PHONE|phone:309-555-0116]] (cell). Full code for now; revisit after family mtg.""",
    """PROGRESS NOTE  Ward 7 North
UR [[ID|mrn:3114879]]   Name: [[PERSON|name:NGUYEN, Thi Hoa]]   DOB [[DATE|date:02.07.1949]]   [[AGE|other:77]]F
0815 - Gen Med round (cons + reg)
Fall at home in [[LOCATION|geo:Footscray]] 3/7 ago, #NOF excluded. Mobilising with 4WW, PT review.
Na 129, Hb 98, eGFR 41. Frusemide held. Bed 14.
Son (NOK) [[PHONE|phone:0412 556 031]] - interpreter (Vietnamese) booked for family meeting [[DATE|date:Tues 1st Dec]] 1400.""",
    """ED PROGRESS NOTE - Pod C
Pt: [[PERSON|name:Jack Sprott]]  URN [[ID|mrn:A0928817]]  [[AGE|other:19]]M
Time 0230 [[DATE|date:30.11.2026]]
BIBA from [[LOCATION|geo:Scarborough]] after MBA, GCS 15, helmet on. Abrasions L forearm. Ax: Ix CT C-spine NAD.
Bike rego [[VEHICLE|vehicle:1HX 442]] noted by WAPOL, incident ref [[ID|other:WA-INC-261130-0881]].
Tetanus booster given lot X3471B. ATT 2/7 then GP.""",
    """mental health progress note - CATT
client: [[PERSON|name:Grace Mercy Tuilagi]] ([[ID|mrn:MHN 0093-4471]]) [[AGE|other:27]]
seen at home [[ADDRESS|geo:4/18 Kite St, Orange NSW 2800]] w/ CM [[PERSON|name:Faith]] today.
mood low, sleep 3-4h, no plan/intent. K10 = 31. olanzapine 5 mg nocte.
partner works FIFO, back next wk.
f/u phone review Mon on [[PHONE|phone:0438-219-774]]. risk: low-mod.""",
    """Progress note - Ward 22
Name [[PERSON|name:Oliver March]]   Hosp no [[ID|mrn:R0941823]]   NHS No [[ID|health_plan:943 476 5919]]
Day 3 post TKR (R). Pain controlled on oxycodone MR 10mg bd. Hb 104. CRP 88 -> 61.
Lives alone in [[LOCATION|geo:March]], [[LOCATION|geo:Cambs]] - OT home visit next wk. Neighbour [[PERSON|name:Ivy Deal]] holds key, [[PHONE|phone:01354 650 221]].
Plan: physio BD, TTO drafted. FY2 bleep 4471.""",
    """CONTINUATION SHEET   Hospital No. [[ID|mrn:GST 4417729]]
10:15  Resp r/v
[[PERSON|name:Imani Osei-Bonsu]] ([[AGE|other:41]]) - acute asthma, improving. PEFR 280 -> 390 (pred 460). Pred 40mg day 3/5.
Works as nursery teacher at [[LOCATION|geo:Lark Hill Primary School]]; fit note 1/52 issued.
NINO for fit note: [[ID|ssn:QQ 12 34 56 C]]?? - pt says wrong, correct one [[ID|ssn:JT 48 21 97 B]].
Sister mob [[PHONE|phone:07700 900 482]].
ST4 resp""",
    """PROGRESS NOTE (translated summary for English-speaking family) - [[LOCATION|geo:Charité Campus Virchow-Klinikum]], Station 31
Patient: [[PERSON|name:Dieter Kühn-Albrecht]], geb. [[DATE|date:14.03.1944]] ([[AGE|other:82]] J.)
KVNR [[ID|health_plan:T482910373]] (TK).
[[DATE|date:30.11.2026]]: NSTEMI day 4, PCI RCA day 1. Troponin falling 1840 -> 312 ng/L. ASS 100 mg, Ticagrelor 90 mg 1-0-1.
Daughter tel. [[PHONE|phone:+49 331 5550 7721]] informed.
Reha requested. OA informed.""",
    """Progress note - [[LOCATION|geo:Mater Misericordiae University Hospital]] | St Cecilia's ward
MRN [[ID|mrn:0711423]] | [[PERSON|name:Siobhán Ní Bhriain]] | DOB [[DATE|date:1961]] | PPSN [[ID|ssn:8473921I]]
COPD exac day 2. ABG pH 7.33 pCO2 6.9. NIV overnight, off 0600. Sats 88-92% target.
Husband phone [[PHONE|phone:087 214 5530]]. GP Dr [[PERSON|name:Aidan Mac Giolla Phádraig]].""",
]

DISCHARGE_SUMMARIES = [
    """DISCHARGE SUMMARY
Patient Name: [[PERSON|name:Marisol de la Cruz]]          MRN: [[ID|mrn:MR-2210948]]
DOB: [[DATE|date:Jan 9, 1987]]
Discharge: [[DATE|date:11/27/2026]]
Facility: [[LOCATION|geo:Parkland Memorial Hospital]]
Dx: DKA (E10.10), resolved. HbA1c 11.4%. Insulin glargine 22 units qHS, lispro per scale.
Follow-up: Endocrine clinic in 1 week, 9:30am.
Pt has no car; ride via Medicaid transport (member ID [[ID|health_plan:518830217]]).
Patient portal: [[URL|url:https://mychart.parklandhealth.org/MyChart/Visit/88172045]]""",
    """DISCHARGE INSTRUCTIONS / SUMMARY -- [[LOCATION|geo:Mercy Hospital Springfield]]
NAME: [[PERSON|name:BROOKS, LEDGER T]]   [[AGE|other:58]] yo M
LOS 7d
R MCA stroke, mild L weakness, NIHSS 3 at d/c. Atorvastatin 80 mg, clopidogrel 75 mg.
DRIVING: Do NOT drive for 30 days. Truck (2019 F-150, plate [[VEHICLE|vehicle:MO 7HB-K42]], VIN [[VEHICLE|vehicle:1FTFW1E59NFA23817]]) to be picked up from hospital garage level 3 by wife.
Implanted loop recorder (Reveal LINQ) SN [[DEVICE|device:RLA418822G]] - remote monitoring enrolled.
PCP office fax [[PHONE|fax:417-555-0190]].""",
    """D/C SUMMARY (peds) [[LOCATION|geo:Lurie Children's]]
Baby Boy [[PERSON|name:Mobile]] ([[PERSON|name:Mobile, Ky'lah]] mother) MRN [[ID|mrn:10448271]]
Born @ 34/40, BW 2140 g. NICU LOS 24 days. d/c weight 2.61 kg.
Problems: prematurity, hyperbilirubinemia (peak SBR 14.2), apnea of prematurity resolved.
Car seat challenge passed 90 min. Home: [[ADDRESS|geo:2741 W Cermak Rd Apt 3F, Chicago, IL 60608]]
Mom cell [[PHONE|phone:773 555 0164]].
Pediatrician: Dr [[PERSON|name:Noel Faith]].""",
    """DISCHARGE SUMMARY - [[LOCATION|geo:John Hunter Hospital]]
Patient: Mrs [[PERSON|name:Dawn Sunday]]       MRN: [[ID|mrn:K1184092]]      ([[AGE|other:74]])
Medicare: [[ID|health_plan:3428106042]] ref 1      LOS 8 days
Principal dx: CAP (RLL). CURB-65 = 2. Ceftriaxone -> amoxicillin 1 g TDS to complete 7/7.
Address: [[ADDRESS|geo:7 Boundary Rd, Wallsend NSW 2287]]
GP fax [[PHONE|fax:(02) 4957 1203]]""",
    """DISCHARGE SUMMARY
Unit: Orthopaedics
PATIENT [[PERSON|name:ARCHER, Joy]]   UR [[ID|mrn:2049917]]   AGE [[AGE|date:93]]
D/c to [[LOCATION|geo:Resthaven Marion]] (residential aged care, room 18).
Medicare [[ID|health_plan:4172 95309 1]].
Contact: granddaughter [[PERSON|name:Skye Archer]] [[PHONE|phone:0401 992 318]].""",
    """DISCHARGE SUMMARY  [[LOCATION|geo:Princess Alexandra Hospital]]  QLD
Name: [[PERSON|name:Rhys Van Den Heever]]  [[AGE|other:45]] M
Admission: [[DATE|date:Thursday 19 November 2026]]
Acute pancreatitis (alcohol). Lipase 2380 -> 140. Advised abstinence. Thiamine 100 mg tds.
Occupation: truck driver - medical certificate for NHVR, heavy vehicle licence [[ID|license:QLD 091 447 832]] - not fit to drive for 4/52.
Truck rego [[VEHICLE|vehicle:719 RQZ]] parked at depot.
TFN declaration for income protection: [[ID|ssn:876 253 196]].
Follow-up: own GP""",
    """DISCHARGE LETTER - [[LOCATION|geo:Leeds General Infirmary]]
Patient: [[PERSON|name:Reading, Temperance]]   DOB: [[DATE|date:21/04/1990]]   NHS number: [[ID|health_plan:4857773457]]
MRN [[ID|mrn:LGI-0061204]]   Address: [[ADDRESS|geo:Flat 2, 19 Hyde Park Road, Leeds LS6 1PY]]
LOS 4 days, Ward L21.
Diagnosis: hyperemesis gravidarum at 11+2/40. IV fluids, cyclizine 50mg tds, thiamine.
Follow up EPU next week. Community midwife to visit.
Electronically signed: Dr [[PERSON|name:H. Qureshi]]""",
    """DISCHARGE SUMMARY - [[LOCATION|geo:Royal Infirmary of Edinburgh]]
CHI: [[ID|health_plan:1402592183]]   Name: [[PERSON|name:Alasdair MacLeod]]
LOS 13 days
Upper GI bleed, OGD day 2: DU Forrest IIa, clipped. Hb 68 -> 97 post 3u RBC. PPI omeprazole 40mg bd x 8/52.
Home: [[ADDRESS|geo:33/4 Leith Walk, Edinburgh EH6 8RA]]. Drives a taxi ([[VEHICLE|vehicle:SK19 XWM]]), advised not to drive until Hb >100.
GP: [[LOCATION|geo:Leith Links Medical Practice]], fax [[PHONE|fax:0131 554 3382]].""",
    """DISCHARGE SUMMARY (English copy for insurer) - [[LOCATION|geo:Hospital Universitario La Paz]]
Patient: [[PERSON|name:Lucía Ferrer Aguirre]]   DNI [[ID|ssn:48293716H]]
LOS 8 days
Appendicectomy (lap) day 0; uncomplicated. Travel insurance claim ref [[ID|account:AXA-ES-26-0448120]].
Flying home to [[LOCATION|geo:Dublin]], flight ok after 48 h.
Contact: [[EMAIL|email:lucia.ferrer.a@gmail.com]], [[PHONE|phone:+34 612 448 907]].""",
    """DISCHARGE SUMMARY - [[LOCATION|geo:Amsterdam UMC]], locatie AMC
Patient: [[PERSON|name:Pieter van der Berg]]  BSN [[ID|ssn:145782360]]
Born [[DATE|date:05-08-1970]] ([[AGE|other:56]]). LOS 7 days.
ICD placed for VT (Medtronic Cobalt XT, serial [[DEVICE|device:BWB204118S]]); lead serial [[DEVICE|device:PJN7720381]].
No driving 3 months (CBR notified). Car [[VEHICLE|vehicle:GX-417-R]].
Huisarts informed by letter.""",
]

GP_REFERRAL_LETTERS = [
    """[[LOCATION|geo:Bayou Family Medicine]]
Fax [[PHONE|fax:504-555-0123]]

Dear Rheumatology colleague,
Re: [[PERSON|name:Honor Boudreaux]], DOB [[DATE|date:07/22/1979]]
Thank you for seeing this [[AGE|other:47]]-year-old woman with symmetrical small-joint synovitis x 4 months. RF 88 IU/mL, anti-CCP >250, ESR 46, CRP 2.1 mg/dL.
Started prednisone 10 mg daily 2 weeks ago. Hand x-rays attached.
Sincerely,
[[PERSON|name:Miles Arceneaux]], MD   NPI [[ID|license:1647392814]]""",
    """REFERRAL - URGENT (2WW equivalent)
From: [[PERSON|name:Grace Lindqvist]] DO, [[LOCATION|geo:Duluth]]
To: GI, [[LOCATION|geo:Essentia Health-St. Mary's Medical Center]]   fax to [[PHONE|fax:(218) 555-0177]]
Patient: [[PERSON|name:Cash, William "Bill"]]  DOB [[DATE|date:3/3/1951]]  [[AGE|other:75]]M
IDA Hb 9.2, ferritin 6, MCV 71. FIT positive. Wt loss 6 kg over 3/12. Fam hx colon ca (brother).
Pt prefers early AM appts.""",
    """To: Orthopedic Surgery
Re: [[PERSON|name:Dakota Rain Whitehorse]]
Dear colleague -- [[AGE|other:22]]yo collegiate lacrosse player, twisting injury L knee 2 wk ago. Lachman +, MRI shows complete ACL tear + bucket handle MM tear.
Insurance: Aetna Student Health, member [[ID|health_plan:W2847190331]], group 0881204.
Please contact mother [[PERSON|name:Lorelei Whitehorse]] [[EMAIL|email:lorelei.whitehorse@outlook.com]] to schedule.
[[PERSON|name:Ana Paula Reyes]], FNP  DEA [[ID|license:BM4829175]]""",
    """[[ADDRESS|geo:82 Raymond Street, Sale VIC 3850]]   Fax [[PHONE|fax:(03) 5144 2801]]
Cardiology Outpatients
Dear colleague,
Re: Mr [[PERSON|name:Clem Hardy]]  Medicare [[ID|health_plan:5683 01407 3]] / 1
[[PERSON|name:Clem]], [[AGE|other:80]], has new AF (CHA2DS2-VASc 4) and exertional dyspnoea. Echo booked. Apixaban 5 mg bd started.
Kind regards,
Dr [[PERSON|name:Bec O'Shaughnessy]]  Provider No. [[ID|license:2418865B]]""",
    """SECURE MESSAGE (HealthLink) -> Neurology OPD
From: Dr [[PERSON|name:Kirra Walsh]]   prov# [[ID|license:4470123K]]
Pt: [[PERSON|name:Stormy Byrne]]  F  DOB [[DATE|date:01/01/1998]]
Addr: [[ADDRESS|geo:1143 Huon Hwy, Franklin TAS 7113]]
Hx: 3 GTCS in 4 months, last [[DATE|date:27/11/26]]. No driving advised (Tas licence [[ID|license:A784412]]). Levetiracetam 500 mg bd.
Please assess. Pt happy for SMS reminders.""",
    """[[LOCATION|geo:Nightcliff Family Practice]] | [[ADDRESS|geo:Shop 5, 18 Progress Dr, Nightcliff NT 0810]]
fax [[PHONE|fax:08 8948 1799]]
To the Renal team
RE: [[PERSON|name:Gulumbu Yunupingu]] ([[PERSON|name:Gulu]])
[[AGE|other:52]]F from [[LOCATION|geo:Yirrkala]], eGFR 18, ACR 310. Needs dialysis planning + AV fistula assessment. AHW will escort.
Interpreter: Yolŋu Matha.""",
    """[[ADDRESS|geo:14 Cavendish Place, Bath BA1 2UB]]
[[DATE|date:30th November 2026]]
Dear Dermatology team,
Re: [[PERSON|name:Hope Ashworth-Lyle]] NHS No [[ID|health_plan:401 023 2137]]
I would be grateful if you could see this [[AGE|other:43]] y/o with a changing pigmented lesion on the left calf (7 mm, irregular border). Dermoscopy images attached: [[ID|photo:derm_HAL_LLcalf_301126.png]].
Yours sincerely, Dr [[PERSON|name:Rowan Pike]] (GMC [[ID|license:7041552]])""",
    """eRS referral - Gastroenterology
UBRN [[ID|other:0004 8172 9931]]
Patient: [[PERSON|name:Tariq Mahmood]] | NHS [[ID|health_plan:640 382 9157]]
Referred by: Dr [[PERSON|name:Nia Evans]]
Clinical: [[AGE|other:36]]M, 3 months bloody diarrhoea, faecal calprotectin 780 ug/g, Hb 112. ?IBD.
Pt works nights at [[LOCATION|geo:Longbridge]]; prefers afternoon appts after [[DATE|date:7th December]].""",
    """Referral (English) - Dr [[PERSON|name:Margot Lefèvre]], Médecin généraliste
[[ADDRESS|geo:12 rue des Lilas, 69003 Lyon]]  RPPS [[ID|license:10101864372]]
[[LOCATION|geo:Lyon]], le [[DATE|date:29/11/2026]]
To: Service de Pneumologie
Patient: M. [[PERSON|name:Benoît Marchand]], NIR [[ID|ssn:1570913055117 33]]
Persistent cough 10 weeks, ex-smoker 40 PY, CT: 2.1 cm spiculated RUL nodule. Please see urgently.
Email: [[EMAIL|email:dr.lefevre.cabinet@orange.fr]]""",
    """Referral - Dr [[PERSON|name:Francesca di Stefano]], [[LOCATION|geo:Studio Medico Prati]], [[LOCATION|geo:Roma]]
To: Endocrinologia
Patient: [[PERSON|name:Mario Rossi]], codice fiscale [[ID|ssn:RSSMRA71C12H501D]], tessera sanitaria [[ID|health_plan:80380001200041873916]]
[[AGE|other:55]]M, TSH <0.01, fT4 38 pmol/L, weight loss. Scan attached.
Fax studio [[PHONE|fax:06 3972 1044]]""",
]

NURSING_SHORTHAND = [
    """0700 hnd ovr rcvd. mrs. [[PERSON|name:b. king]] rm 508 ... A&Ox3, RA, ambulating w/ walker.
1000 BG 212 -> 4u lispro per SS. pt states dtr [[PERSON|name:Ebony]] coming @ noon, pls call [[PHONE|phone:2145550199]] if any change.
1130 wound vac chg, granulation pink, photo -> [[ID|photo:wound_bking_508_1130.jpg]] (media). vac SN [[DEVICE|device:KCI-VAC-88210447]].
1400 pt's son asked abt car in ER lot, silver Camry TX [[VEHICLE|vehicle:LVD-4821]], security notified.
1900 hnd ovr. MRN [[ID|mrn:0091123]]""",
    """NSG NOTE nocs
pt [[PERSON|name:Sparrow, Jay]] [[AGE|other:61]]M bed 3 CCU. tele: SR 70s w/ occ PVCs. K 3.3 -> 40 mEq KCl PO.
pt asking for his wife; she's staying at [[LOCATION|geo:Ronald McDonald House]]? (no - that's peds) - actually [[LOCATION|geo:Hope Lodge]], ph [[PHONE|phone:(412) 555-0175]].
Telemetry box #14 (not pt-specific). Pacer pads on.
IV L FA 20g, site clean. Pain 2/10. PRN morphine 2mg x1 @ 0310.
"[[PERSON|name:jay]] says call him [[PERSON|name:Birdie]]" lol. Pt owns Harley, plate PA [[VEHICLE|vehicle:MC4-118X]] in garage B per his request to note it.
-RN""",
    """RN NOTE. [[PERSON|name:HOLLY IVY]], [[AGE|date:101]] YO F, HOSPICE HOME VISIT [[DATE|date:11.30.26]]
ADDRESS [[ADDRESS|geo:6 BRIAR LN, HOPE, AR 71801]]. PT RESTING COMFORTABLY, RR 14 W/ PERIODS OF APNEA 10-15 SEC. MOTTLING KNEES.
MORPHINE 5MG SL Q2H PRN X2 GIVEN BY CAREGIVER. SCOPOLAMINE PATCH CHANGED.
DAUGHTER-IN-LAW [[PERSON|name:MARIGOLD IVY]] UPDATED, PH [[PHONE|phone:870 555 0138]]. CHAPLAIN FROM [[LOCATION|geo:FIRST BAPTIST CHURCH OF HOPE]] VISITED.
HOSPICE ID [[ID|mrn:HSP-22041]]""",
    """nursing - 4B - PM
[[PERSON|name:bruce]] ([[PERSON|name:brewer]]) [[AGE|other:71]] bed 22. obs stable BP 142/88 HR 78 T 36.8 RR 16 sats 96% RA. BGL 9.4.
mobilised to shower w/ 1 assist. bowels not opened 3/7 -> coloxyl/senna given.
wife [[PERSON|name:Shirl]] rang from [[LOCATION|geo:Wagga]], will bring his phone charger tmrw.
ur [[ID|mrn:1189204]]  - skin tear L shin dressed w/ mepitel, pic on eMR [[ID|photo:PIC_1189204_skintear_2911.jpeg]]
- EN""",
    """NSG ENTRY  [[DATE|date:30.11.26]] 0300  Ward 6A [[LOCATION|geo:Westmead]]
Pt [[PERSON|name:Kale Tipene]] [[AGE|other:24]]M agitated, pulling at IDC. Code grey called 0245, security + Dr [[PERSON|name:Fong]] attended.
Pt believes his ute ([[VEHICLE|vehicle:CQ-71-PX]]) has been towed from [[LOCATION|geo:Parramatta]] carpark - checked with security: still there, level 2.
Haloperidol 2.5 mg IM given 0250. Settled 0320.
Brother in NZ informed.
MRN [[ID|mrn:W0471282]]""",
    """CN note. [[PERSON|name:Cherry Blossom Nguyen]] DOB [[DATE|date:8/8/88]] - DNA home visit [[DATE|date:Fri 27th]], left card at [[ADDRESS|geo:Unit 12/40 Anzac Pde, Maroubra NSW 2035]].
Tried [[PHONE|phone:0433 210 665]] x2 (VM full). Emailed [[EMAIL|email:cherryb.nguyen@yahoo.com.au]].
Due: VAC dressing chg + INR (last 3.4 on warfarin 5mg).
Community nurse to re-attempt Mon. Ref [[ID|other:CNS-SES-882041]].""",
    """Nursing evaluation - [[LOCATION|geo:Frimley Park]], Ward F8, bay 3 bed 4
Nights
Mr [[PERSON|name:Sonny Bright]] ([[AGE|other:88]]) hosp no [[ID|mrn:FPH 1882045]]
NEWS2 = 5 at 0200 (RR 22, sats 93% on 2L, HR 104). Outreach r/v, fluids 500ml stat. Lactate 2.1.
Wife [[PERSON|name:Pearl Bright]] rang 0230, [[PHONE|phone:01252 555 908]], ?on her way from [[LOCATION|geo:Farnborough]] by taxi.
Falls risk high; bed alarm on. RN""",
    """district nursing visit [[DATE|date:29/11/2026]]
pt: [[PERSON|name:maureen o'day]] [[AGE|date:96]] yrs, nhs [[ID|health_plan:721 934 5623]]
at [[ADDRESS|geo:3 Mill Cottages, Deal, Kent CT14 9AB]]
leg ulcer L gaiter 4.2 x 3.1 cm, slough 30%. compression K2 reapplied. doppler ABPI 0.92.
keysafe code given by dtr [[PERSON|name:Carol]] ([[PHONE|phone:07700 900 761]]) - NOT recorded here per policy.
next visit Tues. DN""",
    """Pflegebericht (Nursing note, EN) - [[LOCATION|geo:Universitätsklinikum Heidelberg]], Chirurgie Station 3
[[DATE|date:29.11.2026]] Spätdienst
Pat. [[PERSON|name:Ursula Brandt]], [[AGE|other:79]] J., Zimmer 12. Post-op day 1 hemicolectomy. Drain 120 ml serous. NRS pain 3.
Urine output 0.6 ml/kg/h. Mobilised to chair.
Son [[PERSON|name:Jörg]] phoned ([[PHONE|phone:0621 555 8812]]), informed.
Patient ID [[ID|mrn:0041872295]]""",
    """nursing note - [[LOCATION|geo:Hospital Clínic de Barcelona]], planta 8
morning. [[PERSON|name:Jordi Puig i Serra]] [[AGE|other:66]]y, NHC [[ID|mrn:3310472]], CIP [[ID|health_plan:PUSE0600315002]]
post-TAVI day 2, femoral site dry, no haematoma. ECG: new LBBB, tele continues. K 4.1, Cr 98.
Wife [[PERSON|name:Montse]] tel [[PHONE|phone:+34 93 555 27 14]]. Pt speaks Catalan only - used interpreter.""",
]

PHARMACY = [
    """RX INTAKE - [[LOCATION|geo:Walgreens #04417]]
Rx# [[ID|other:0441-7729810]]   Filled 14:02
Pt: [[PERSON|name:KOWALSKI, DOROTA]]
Drug: oxycodone/APAP 5/325 mg tab #20, 1 tab PO q6h prn. NDC 0406-0512-01. Lot 4471A exp 08/2028.
Prescriber: [[PERSON|name:Ravi Chatterjee]] MD, NPI [[ID|license:1293847566]], DEA [[ID|license:FR6391041]]
Ins: BCBSIL RxBIN 004336 PCN ADV
PDMP checked. ID verified - IL DL [[ID|license:K425-7730-2912]].""",
    """Pyxis override log -- [[LOCATION|geo:Vanderbilt University Medical Center]] 6N
2026-11-30 03:14:55 user=[[ID|other:lmartinez4]] bio=[[ID|biometric:FPT-7A2C-119E]] station=6N-MED-02 (Pyxis ES)
  pt=[[PERSON|name:Dempsey, Lane]] mrn=[[ID|mrn:V18820451]] item=HYDROmorphone 1 mg/mL inj qty=1 reason=STAT
2026-11-30 03:16:02 witness=[[ID|other:rgreer2]] bio=[[ID|biometric:FPT-90D1-4B7F]] waste=0.5 mL
Station serial [[DEVICE|device:BD-PX-0082291]], firmware 1.7.3""",
    """Compounding worksheet - [[LOCATION|geo:Seaside Specialty Pharmacy]], CA
Patient: [[PERSON|name:Sunny Delight Okoro]] ([[AGE|other:9]]y)  wt 27.4 kg
Rx: omeprazole 2 mg/mL susp 150 mL; sodium bicarbonate 8.4% base. BUD 30 days. Batch CMP-26-1130-04.
Prescriber Dr [[PERSON|name:Elaine Park-Whitby]], NPI [[ID|license:1502839479]]
Parent: [[PERSON|name:Chidi Okoro]], [[PHONE|phone:831-555-0121]]
Ship to: [[ADDRESS|geo:415 Seabright Ave, Santa Cruz, CA 95062]].""",
    """PBS SCRIPT - [[LOCATION|geo:Priceline Pharmacy Toowong]]
Script #[[ID|other:TW221804]]
Patient: [[PERSON|name:Wren Holloway]]   Medicare [[ID|health_plan:2347 71905 4]]-3
Address: [[ADDRESS|geo:22 Sylvan Rd, Toowong QLD 4066]]
Item: ustekinumab 90 mg PFS x1, PBS code 10189Q, authority approval no. [[ID|other:A7740192]]. Cold chain 2-8 C.
Prescriber Dr [[PERSON|name:Ng]] prescriber no. [[ID|license:2461091]]""",
    """S8 REGISTER - [[LOCATION|geo:Terry White Chemmart Glenelg]]
[[DATE|date:28/11/26]] | methadone 5 mg/mL | dose 65 mg | pt [[PERSON|name:D. Angel]] (ODP client [[ID|other:SA-ODP-04418]]) | takeaway x2
Balance 1840 mL. Drug lot M2241-88.
Witness sign-off via fingerprint reader: template [[ID|biometric:BIO-GLN-77120]]
Prescriber Dr [[PERSON|name:Oskar Lund]], fax [[PHONE|fax:(08) 7087 1743]]""",
    """Webster pack order
RACF: [[LOCATION|geo:Regis Inglewood]], wing B
[[PERSON|name:Mabel Storey]] ([[AGE|date:90]]) - DOB [[DATE|date:11-07-1936]]
IHI [[ID|health_plan:8003605147280933]]
Changes from next pack: cease amlodipine 5 mg; start perindopril 2.5 mg mane. Metformin 500 mg BD unchanged.
Charge to account [[ID|account:MLP-ACC-00921]]. Contact RN [[PHONE|phone:9271 0033]].""",
    """EPS PRESCRIPTION RECEIVED 11:42
Prescription ID: [[ID|other:A1B2C3-Z94R8K-11F8E9]]
Patient: [[PERSON|name:Wilde, Felicity]]  NHS: [[ID|health_plan:5982736414]]  DOB: [[DATE|date:17/10/1975]]
Address: [[ADDRESS|geo:41 Chapel Street, Penzance TR18 4AQ]]
Item: sertraline 100mg tabs x28, 1 OD. Exemption: none (paid).
Prescriber: Dr [[PERSON|name:Toby Nankervis]] GMC [[ID|license:6118290]]
Dispensed, accuracy-checked""",
    """Hospital pharmacy clinical check - [[LOCATION|geo:Royal Liverpool University Hospital]]
[[DATE|date:30/11]] Ward 8Z Bed 17  [[PERSON|name:Liverpool, Joe]] (yes, surname) hosp no [[ID|mrn:RLU0993374]]
Gentamicin level 1.4 mg/L (trough <1) - dose held, r/v with micro.
Warfarin INR 4.8 -> omit x1, vit K 1 mg PO.
Community pharmacy (Dosette) [[LOCATION|geo:Rowlands Pharmacy Aintree]] fax [[PHONE|fax:0151 529 2210]].
Pharmacist [[PERSON|name:Aisha Begum]] (bleep 3301)""",
    """Apotheke - prescription query (EN) - [[LOCATION|geo:Löwen-Apotheke]]
E-Rezept token [[ID|other:160.000.033.491.280.78]]
Patient [[PERSON|name:Lena Schäfer]], geb. [[DATE|date:22.06.1991]], Versichertennr. [[ID|health_plan:M730192841]] (AOK Bayern)
Verordnung: Levothyroxin 75 µg N3, PZN 03870456.
Arzt: Dr. med. [[PERSON|name:Tobias Graf]], LANR [[ID|license:418872901]]
Rückruf Praxis erbeten""",
    """Pharmacy - GMS script (Ireland) - [[LOCATION|geo:Hickey's Pharmacy]]
Pt [[PERSON|name:Seamus Óg Fitzpatrick]] GMS no. [[ID|health_plan:2290441X]] PPSN [[ID|ssn:6152087DA]]
Rx: salbutamol 100mcg MDI x2, Seretide 250 Accuhaler x1 (batch 8K2L). Dr [[PERSON|name:N. Mulcahy]] MCRN [[ID|license:024418]]
Label printer S/N [[DEVICE|device:ZBR-GK420-77301]]""",
]

TELEHEALTH = [
    """VIDEO VISIT NOTE - [[LOCATION|geo:Kaiser Permanente San Jose]] (Teladoc bridge)
10:05-10:21 PT
Patient [[PERSON|name:Destiny Alvarez]] ([[AGE|other:31]]F) joined from [[LOCATION|geo:Gilroy]], CA; connection IP [[IP|ip:73.189.44.201]]
Identity verified: photo ID upload [[ID|photo:idscan_dalvarez_20261130.jpg]] matched to face template [[ID|biometric:FT-3392-AB7E-0041]].
CC: dysuria x2d, no fever. UA not available. Nitrofurantoin 100 mg BID x5d sent to pharmacy.""",
    """telehealth (audio only - pt video failed)
pt: [[PERSON|name:bobby "tank" jenkins]] dob [[DATE|date:2/14/1969]]
call placed to [[PHONE|phone:+1-502-555-0107]] at 1415 on [[DATE|date:11/27]], pt in his truck in parking lot of [[LOCATION|geo:Churchill Downs]] lol
bp readings he texted: 152/94, 148/90, 156/96. amlodipine 5 -> 10 mg.
send summary to [[EMAIL|email:tankjenkins69@aol.com]] per pt.
zoom link used: [[URL|url:https://uoflhealth.zoom.us/j/8841207733?pwd=Qk4xT2]] (expired).
ins: Humana Medicare Adv""",
    """[[LOCATION|geo:Mayo Clinic]] Connected Care - eVisit
Patient: [[PERSON|name:Lakota Two Bears]]   Clinic # [[ID|mrn:4-188-207]]   Age: [[AGE|other:44]]
Submitted via patient app; device iPhone UDID [[DEVICE|device:00008110-001A2C4E3C91801E]].
Photo of rash attached: [[ID|photo:rash_LTB_1129_01.heic]].
Assessment: likely pityriasis rosea (herald patch), reassurance. No meds.
Portal msg thread: [[URL|url:https://patient.mayoclinic.org/messages/thread/7720841]]
Billing: e-visit CPT 99422, acct [[ID|account:MC-PA-00922184]].""",
    """TELEHEALTH CONSULT - RFDS (Central Ops)
0940 ACST. Pt at [[LOCATION|geo:Coober Pedy Hospital]] via video; referring RN.
[[PERSON|name:Kev Dusty]] [[AGE|other:58]]M, chest pain 2h, ECG inferior STE. Trop pending. Aspirin 300mg given.
Retrieval tasked (PC-24). Receiving: cath lab.
Wife [[PERSON|name:Noreen]] (NOK), [[PHONE|phone:0427 610 883]].
Session log: endpoint [[IP|ip:10.44.18.207]] -> RFDS bridge, session [[ID|other:RFDS-VC-118204]].""",
    """Healthdirect Video Call - GP consult
Dr [[PERSON|name:Ewan Strange]]
Waiting room link: [[URL|url:https://vcc.healthdirect.org.au/bulli-medical/waiting-area]]
Pt [[PERSON|name:Autumn Lee-Kwan]] DOB [[DATE|date:29/02/1996]] joined 15:02 from IP [[IP|ip:2001:8003:1c40:7a00::1d]]
Hx: 3/7 sore throat, no fever, Centor 1. Symptomatic rx. Med cert 2 days.
MBS item 91800 (telehealth). Medicare [[ID|health_plan:4815 27003 2]]
Pt email [[EMAIL|email:autumn.lk@uowmail.edu.au]]""",
    """Phone consult (MBS 91891) - [[DATE|date:Sat 28 Nov]]
[[PERSON|name:Patience Kelly]], [[AGE|other:36]], rang from work at [[LOCATION|geo:Mount Isa Mines]].
Migraine w/ aura, 3/month. Start propranolol 40 mg BD. Review 6/52.
eScript token sent via SMS to [[PHONE|phone:0491 570 156]]: [[URL|url:https://ausscripts.erx.com.au/token/2BX7KQ9M4R]]
- Dr [[PERSON|name:Sally Goode]], prov no [[ID|license:2190447T]]""",
    """NHS Attend Anywhere consult - [[LOCATION|geo:Moorfields Eye Hospital]] (virtual clinic)
[[DATE|date:30 Nov 2026]], 14:30. Clinician: consultant.
Patient: Ms [[PERSON|name:Clementine Frost]] NHS [[ID|health_plan:3331209481]]
Patient shared smartphone retinal photo [[ID|photo:CFrost_fundus_R.jpg]] - poor quality.
Hx: floaters R eye 2/7, no curtain. Advised same-day attendance A&E City Road.
Call dropped, re-dialled [[PHONE|phone:07911 123456]]. Access logged from [[IP|ip:86.14.201.77]].""",
    """e-consult (text-based) via [[URL|url:www.askmygp.uk/practice/ashgrove]]
submitted by: [[PERSON|name:jonah swift]] <[[EMAIL|email:jonah.swift@btinternet.com]]>
at 22:41
"hi im [[AGE|other:29]] and have had a lump in my right testicle since about [[DATE|date:mid october]], no pain. also my mate said i should check it. my dob is [[DATE|date:4 april 1997]]"
-> triaged 08:10 next day: urgent USS + 2WW urology, pt phoned [[PHONE|phone:07480 552 219]].""",
    """Telemedicine - [[LOCATION|geo:Ospedale San Raffaele]] (English summary)
Televisita
Patient [[PERSON|name:Giulia Bianchi]], CF [[ID|ssn:BNCGLI58T45F205H]], age [[AGE|other:68]]
Post-PCI follow-up. BP 128/76, HR 62. LDL 1.6 mmol/L. Continue ticagrelor to 12 months.
Platform session from [[IP|ip:151.38.112.9]], biometric voice login [[ID|biometric:VP-SR-00448172]].
Daughter assisted, [[EMAIL|email:chiara.bianchi@tiscali.it]].""",
    """Video consult - Dutch telehealth (English) - [[LOCATION|geo:Erasmus MC]]
Pt [[PERSON|name:Sanne de Vries-Smit]] (BSN [[ID|ssn:276394586]]), [[AGE|other:38]].
Joined via [[URL|url:https://erasmusmc.videoconsult.nl/r/9K2F4Q]] from [[IP|ip:145.94.21.130]].
IBD review: calprotectin 60, on vedolizumab, remission.
Mob [[PHONE|phone:06-12345678]].""",
]

BILLING_AND_CLAIMS = [
    """CMS-1500 (02/12) extract
1a INSURED'S ID: [[ID|health_plan:W884102736]]   2 PATIENT: [[PERSON|name:HUNT, CHASE M]]   3 DOB [[DATE|date:06 18 1984]] M
5 ADDRESS: [[ADDRESS|geo:88 ORCHARD HILL DR, FRANKLIN TN 37064]]
11 GROUP: 004418  INSURER: CIGNA
14 DATE OF CURRENT ILLNESS: (blank)
21 ICD: S83.511A, M25.561
24 CPT 29888 $8,420.00 / 99214 $210.00
25 FED TAX ID 62-1884470 (EIN, billing entity)   26 PT ACCT NO [[ID|account:FRK-00982214]]
33 BILLING PROVIDER: [[LOCATION|geo:Williamson Orthopaedics]] NPI [[ID|license:1884201934]]
SSN on file (legacy): [[ID|ssn:412-88-0273]]""",
    """Subject: RE: denial appeal - claim [[ID|account:2026331A44817]]
From: [[PERSON|name:Kim Rowe]] <[[EMAIL|email:krowe@summitbilling.net]]>
To: UHC appeals team
Date: [[DATE|date:Mon, 30 Nov 2026 09:14:02 -0500]]

Member [[PERSON|name:Faith Goodman]], ID [[ID|health_plan:918204471-01]], was denied CO-50 for MRI lumbar (72148).
Attached: op note, PT notes x12 visits, ordering provider NPI [[ID|license:1376102848]].
Please reply by fax [[PHONE|fax:800-555-0132]].
Balance $1,284.50.""",
    """AUTO PIP CLAIM - MVA [[DATE|date:10/22/2026]]
Claimant: [[PERSON|name:Jesus Ángel Moreno]]  SSN [[ID|ssn:601-44-2907]]
Vehicle: 2017 Toyota Camry VIN [[VEHICLE|vehicle:4T1BF1FK5HU418227]], FL tag [[VEHICLE|vehicle:QKR L47]]
Carrier: Progressive, claim no. [[ID|account:26-1047882-01]], adjuster ext 3322.
Treating: ED then chiro.
Charges to date $14,980.00. PIP limit $10,000.
Remit to: Chase acct [[ID|account:000447120983]]""",
    """INVOICE [[ID|account:INV-2026-11-4471]]            Date [[DATE|date:30/11/2026]]
[[LOCATION|geo:Sydney Sleep Centre]]  ABN 51 824 753 556
Patient: Mr [[PERSON|name:Heath Blacklock]]   Medicare [[ID|health_plan:2951 84702 1]]  ref 3
Item 12203 Polysomnography  Fee $620.00  Benefit $519.05  Gap $100.95
Pay to BSB 062-140 Acc [[ID|account:10447832]]
Enquiries [[EMAIL|email:accounts@sydneysleep.com.au]] / [[PHONE|phone:1300 555 812]]""",
    """CTP CLAIM FORM (SIRA) - personal injury
Claim number [[ID|account:CTP-26-0441827]]
Injured person: [[PERSON|name:Daisy Hill]]
Address [[ADDRESS|geo:3 Pleasant Ave, Hill Top NSW 2575]]
Accident [[DATE|date:11 Oct 2026]] approx 1730, Hume Hwy
At-fault vehicle rego [[VEHICLE|vehicle:EZ 44 QR]] (NSW); claimant's car rego [[VEHICLE|vehicle:CJ19LL]]
Bank: BSB 032-001 acc [[ID|account:448 120 3]]
Treating GP prov# [[ID|license:4418202F]]""",
    """2026-11-29T16:40:12+11:00 claim=[[ID|account:IMC-8827104]] fund=Bupa member=[[ID|health_plan:71048822]] patient="[[PERSON|name:WATERS, River]]" ur=[[ID|mrn:SVP0418825]]
  items=[30390, 30026] theatre=4 status=ACCEPTED
2026-11-29T16:41:55+11:00 claim=[[ID|account:IMC-8827105]] patient="[[PERSON|name:O'NEILL-SHAH, Kiran]]" medicare=[[ID|health_plan:6120493051]] status=REJECTED reason="card expired [[DATE|date:10/2026]]"
  op_user=[[ID|other:bvalentine]] ip=[[IP|ip:172.20.14.88]]""",
    """NHS Overseas Visitor Charging - invoice
Invoice no: [[ID|account:OVM/26/00418]]   Date: [[DATE|date:27/11/2026]]
Patient: [[PERSON|name:Ahmad Karimi]]   DOB [[DATE|date:01/01/1980]]   Passport [[ID|ssn:X44187201]]
Address (temporary): [[ADDRESS|geo:27 Gladstone Road, Croydon CR0 2BQ]]
Episode: [[LOCATION|geo:Croydon University Hospital]], ward Heathfield 2, HRG FD10C.
Amount due GBP 6,482.00 (150% tariff). Pay to Barclays sort code 20-45-77 acc [[ID|account:83920114]].
Contact: Overseas Visitors Team ext 4471""",
    """PRIVATE PATIENT BILL - [[LOCATION|geo:The London Clinic]]
Account [[ID|account:TLC-2026-0884102]]
Patient Lady [[PERSON|name:Augusta Fane]]   Age [[AGE|date:90]]
Insurer: AXA Health, membership [[ID|health_plan:AXA 8220 4471 09]]
Procedure: cataract extraction + IOL (R); CCSD C7122. Fee GBP 2,950.
Consultant: Mr [[PERSON|name:Hugo St John-Mildmay]] (GMC [[ID|license:3398102]])
Send statements c/o son [[EMAIL|email:piers@fane-estates.co.uk]]""",
    """Facture / Invoice (EN) - [[LOCATION|geo:Clinique Pasteur]]
N° facture [[ID|account:CP-26-118204]]
Patient: Mme [[PERSON|name:Chantal Dupont-Rivière]], NIR [[ID|ssn:2910669123057 15]], mutuelle MGEN adhérent [[ID|health_plan:071882204]]
Acte: CCAM DZQM006 (echocardiography), 96.54 EUR; dépassement 40.00 EUR.
IBAN [[ID|account:FR98 3000 4012 3400 0104 4712 082]]
Questions: [[PHONE|phone:05 62 21 31 31]]""",
    """Rechnung (GOÄ) - [[LOCATION|geo:Privatpraxis Dr. Weiß]], [[ADDRESS|geo:Kurfürstendamm 210, 10719 Berlin]]
Rechnungsnr. [[ID|account:RE-2026-4471]]
Patient: [[PERSON|name:Friedrich von Hohenlohe]], geb. [[DATE|date:02.02.1966]]
PKV: Allianz, Versicherungsnr. [[ID|health_plan:AZ-118204471]]
GOÄ 1, 5, 651 (ECG), 3.5x factor. Total 214.88 EUR.
Bankverbindung IBAN [[ID|account:DE89 3704 0044 0532 0130 00]]
Zahlungsziel 30 Tage""",
]

DEVICE_TELEMETRY = [
    """{"source":"CareLink","ts":"2026-11-30T04:12:09Z","patient":{"name":"[[PERSON|name:Marcus Bell]]","dob":"[[DATE|date:1966-09-02]]","mrn":"[[ID|mrn:UMH-00418827]]"},
 "device":{"model":"Azure XT DR MRI","serial":"[[DEVICE|device:RNB311287S]]"},
 "episode":{"type":"AT/AF","duration_s":14220,"max_rate":188},"battery_v":3.01,"rv_threshold":"0.75V@0.4ms",
 "clinic":"[[LOCATION|geo:University of Michigan Health]]","transmitter_mac":"[[DEVICE|device:00:1B:44:11:3A:B7]]","uplink_ip":"[[IP|ip:68.43.118.20]]"}""",
    """dexcom_share_export.csv
user_email,receiver_sn,timestamp,glucose_mgdl,trend
[[EMAIL|email:ellie.sorrow.t1d@gmail.com]],[[DEVICE|device:SM81104472]],[[DATE|date:2026-11-29]] 23:55,54,DoubleDown
[[EMAIL|email:ellie.sorrow.t1d@gmail.com]],[[DEVICE|device:SM81104472]],[[DATE|date:2026-11-30]] 00:00,49,DoubleDown
# follower alert sent to [[PERSON|name:Ellie Sorrow]]'s dad at 00:01
# patient age [[AGE|other:14]]; pump Tandem t:slim X2 SN [[DEVICE|device:1204471]]""",
    """ResMed AirView nightly summary
Patient: [[PERSON|name:Sandy Shore]]   DOB [[DATE|date:Aug 3 1959]]   Patient ID [[ID|mrn:RM-5581-0027]]
Device: AirSense 11 AutoSet, SN [[DEVICE|device:23211480992]], modem IMEI [[DEVICE|device:356938035643809]]
Night of [[DATE|date:11/29/2026]]: usage 6h42m, AHI 3.1, leak 95th 18 L/min, pressure 95th 11.2 cmH2O.
DME fax [[PHONE|fax:813-555-0144]]
Compliance (30d): 27/30 nights >4h = 90%.""",
    """2026-11-30 06:01:14 AEDT INFO hub=[[DEVICE|device:TTL-HUB-0041882]] mac=[[DEVICE|device:a4:cf:12:9e:08:71]] wan=[[IP|ip:203.219.44.18]]
2026-11-30 06:01:15 AEDT INFO sensor=fall_pendant status=FALL_DETECTED conf=0.94 subscriber="[[PERSON|name:Beryl Cross]]" age=[[AGE|date:91]]
2026-11-30 06:01:15 AEDT INFO gps=[[LOCATION|geo:-33.8121,151.0034]] addr="[[ADDRESS|geo:11 Wattle Cres, Carlingford NSW 2118]]"
2026-11-30 06:01:40 AEDT WARN no voice response; calling responder 1 [[PHONE|phone:0419 203 447]]
2026-11-30 06:04:02 AEDT INFO 000 dispatched, ambulance case [[ID|other:NSWA-26-8841027]]""",
    """Smart inhaler weekly report (Hailie) - [[LOCATION|geo:Lung Foundation Clinic Hobart]]
pt [[PERSON|name:Tully Mason]] ([[AGE|other:11]]) | parent [[EMAIL|email:kmason.home@iinet.net.au]]
sensor serial [[DEVICE|device:HAL-22-0087341]] on Ventolin; [[DEVICE|device:HAL-22-0087342]] on Flixotide 125
reliever puffs: Mon 2, Tue 0, Wed 6, Thu 8, Fri 4 | preventer adherence 61%
geo-tag of Thu night uses: [[LOCATION|geo:Sandy Bay]] (home) - 3 uses 0200-0300
app login bio: FaceID template ref [[ID|biometric:FID-TM-7720-X]]""",
    """Holter/Event monitor - [[LOCATION|geo:HeartWest Cardiology]]
Recorder [[DEVICE|device:BT-EVT-441827]] worn 7 days
Patient [[PERSON|name:Banjo Patterson-Reid]]  UR [[ID|mrn:HW-22187]]  DOB [[DATE|date:04-04-1981]]
Findings: sinus rhythm, 3 runs NSVT max 7 beats rate 168 bpm on day 3 at 14:02; PVC burden 6.2%.
Upload: [[URL|url:https://portal.heartwest.com.au/reports/HW-22187/event/441827]]
Reporting: Dr [[PERSON|name:Leah Moon]] (Provider No. [[ID|license:2447109W]])""",
    """NHS remote monitoring (Docobo) export - [[DATE|date:29/11/2026]]
patient_nhs=[[ID|health_plan:4562198710]] name="Mrs [[PERSON|name:Winifred Gale]]" pcn="PCN-04"
device=Omron M7 serial=[[DEVICE|device:20210400417AB]] bp=168/97 hr=84 spo2=94 wt=81.4kg (+2.1kg/48h)
alert=HF_WEIGHT_GAIN escalated_to="[[PERSON|name:Fiona Bowness]] HF nurse" tel=[[PHONE|phone:015394 44120]]
gateway_ip=[[IP|ip:81.109.7.44]] tablet_imei=[[DEVICE|device:353918105847269]]""",
    """Cochlear implant programming log - [[LOCATION|geo:Manchester Royal Infirmary]] Auditory Implant Service
10:20  Clinician: audiologist
Recipient: [[PERSON|name:Lily-Rose Hargreaves]]  Hosp no [[ID|mrn:MRI0088412]]  age [[AGE|other:6]]
Implant CI632 S/N [[DEVICE|device:5418821]] (R); processor Kanso 2 S/N [[DEVICE|device:K2-00471829]]
Impedances normal all 22 electrodes. C-levels +3 CL.
Photo of coil placement for notes: [[ID|photo:LRH_coil_R_271126.jpg]]""",
    """insulin pump download - [[LOCATION|geo:UMC Utrecht]] diabetes (English export)
patient: [[PERSON|name:Noor El Amrani]] | BSN [[ID|ssn:318475625]] | dob [[DATE|date:19-03-2009]]
pump: Medtronic 780G sn [[DEVICE|device:NG2218047H]] | cgm Guardian 4 transmitter [[DEVICE|device:GT4-41887220]]
TIR 71%, TBR 3%, GMI 6.9%, auto-correction 22% of bolus.
cloud sync: [[URL|url:https://carelink.minimed.eu/patient/export?id=NL-8820417]] from [[IP|ip:145.53.220.8]]""",
    """Home dialysis telemetry (Baxter Sharesource) - [[LOCATION|geo:Beaumont Hospital]]
pt_id=[[ID|mrn:BH-RX-004418]] name=[[PERSON|name:Cathal Ó Riordáin]] ppsn=[[ID|ssn:3928471Q]]
cycler=Homechoice Claria serial=[[DEVICE|device:HCL-71882041]]
UF -1120 mL, dwell 2h10 x4, drain alarm x3 (0140, 0215, 0310)
login=[[ID|other:cathal.oriordain]] biometric_fp=[[ID|biometric:FP-BAX-99120-1]] ip=[[IP|ip:89.101.44.231]]""",
]

RESEARCH_ENROLMENT = [
    """SCREENING & ENROLLMENT LOG - Protocol ONC-4471 (phase II, NCT05511482)
Site 014 [[LOCATION|geo:MD Anderson Cancer Center]]
Subject ID [[ID|other:014-0087]]  Initials [[PERSON|name:R.T.W.]]  Name (source only): [[PERSON|name:Robin T. Wolfe]]
Consent v3.2 signed [[DATE|date:11/24/2026]] 15:40, witnessed by CRC.
Eligibility: ECOG 1, ANC 1.8, plt 142, bili 0.9, CrCl 72. Prior lines: 2.
Randomized arm B (IWRS conf [[ID|other:IWRS-7720-441]]). MRN [[ID|mrn:1882047]].
Stipend card (ClinCard) [[ID|account:4400 1882 0417 2291]]""",
    """eConsent audit trail (REDCap) - study "SLEEP-TEEN" IRB#2026-0418
record_id,participant,email,ip,signed_at
[[ID|other:ST-117]],[[PERSON|name:Brooklyn Meadows]],[[EMAIL|email:bmeadows2011@icloud.com]],[[IP|ip:24.118.70.3]],[[DATE|date:2026-11-28]] 19:02:44
[[ID|other:ST-117-P]],[[PERSON|name:Shannon Meadows]] (parent),[[EMAIL|email:shannon.meadows@comcast.net]],[[IP|ip:24.118.70.3]],[[DATE|date:2026-11-28]] 19:05:10
note: participant age [[AGE|other:15]]; actigraphy watch GT9X SN [[DEVICE|device:TAS1F44182047]] mailed to home""",
    """BIOBANK ENROLMENT - [[LOCATION|geo:Johns Hopkins]] Precision Medicine
Donor [[PERSON|name:Clay Potter]]   DOB [[DATE|date:May 1st, 1948]]   [[AGE|other:78]]
Biobank ID [[ID|other:JH-BB-220418]]   Specimen tubes 4 x EDTA (barcodes on rack 12).
Retinal scan for identity re-contact: [[ID|biometric:RET-JH-00441-OD]]; voiceprint consent declined.
Participant photo for kiosk check-in: [[ID|photo:JHBB_220418_portrait.png]]
Contact: [[PHONE|phone:410-555-0183]]""",
    """Participant enrolment form - ASPREE-XT sub-study ([[LOCATION|geo:Monash University]])
Participant no. [[ID|other:AXT-VIC-03318]]
Name: [[PERSON|name:Ngaire Whitlam]]   Sex F   DOB [[DATE|date:12/12/1944]]   Age at consent [[AGE|other:81]]
Address [[ADDRESS|geo:4 Currawong Cl, Bendigo VIC 3550]]
Baseline MMSE 28/30, gait 0.9 m/s, eGFR 64.
Medicare [[ID|health_plan:5018 82309 1]]-1 (for data linkage only).""",
    """HREC-approved trial screening note - [[LOCATION|geo:Westmead Institute]]
Screening #[[ID|other:SCR-0441]]. Potential participant: [[PERSON|name:Mercy Adeyemi]] [[AGE|other:33]]F
Inclusion met: HbA1c 7.9%, BMI 34. Exclusion: nil. Washout 2/52.
Participant portal: [[URL|url:https://trials.westmead.edu.au/enrol?pid=SCR-0441&tok=aa81f]]
Preferred contact email [[EMAIL|email:mercy.adeyemi@hotmail.com]] / SMS [[PHONE|phone:0401 448 271]].
Randomisation pending. Coordinator [[PERSON|name:Harriet "Harry" Vu]]""",
    """Indigenous health cohort - enrolment (community-controlled)
Site: [[LOCATION|geo:Danila Dilba Health Service]]
Participant code [[ID|other:DDH-117]]; consented by Aunty [[PERSON|name:June Baker]] (community researcher)
Name [[PERSON|name:Jarrah Lowe]] DOB [[DATE|date:07/01/1990]] community [[LOCATION|geo:Palmerston]]
Photo consent: YES - image file [[ID|photo:DDH117_photo_2611.jpg]] for study newsletter.
Fingerprint for incentive payment kiosk: [[ID|biometric:FPK-NT-000117]]
BP 138/86, HbA1c 6.1%.""",
    """UK Biobank-style recall visit - [[LOCATION|geo:Cheadle]] assessment centre
Participant ID [[ID|other:1004471]] | Name: [[PERSON|name:Derek Sheppard-Lowe]] | DoB [[DATE|date:11/11/1950]]
NHS no [[ID|health_plan:738-190-2648]]
Imaging: brain MRI, DXA, carotid US. Grip R 32 kg. Retinal OCT ref [[ID|biometric:OCT-RID-88204471]]
Consent for linkage to HES. Contact email [[EMAIL|email:dsl1950@talktalk.net]]
Bus arranged.""",
    """CTIMP enrolment - [[LOCATION|geo:Royal Papworth Hospital]] - trial PAP-ILD-2
Pt initials [[PERSON|name:G.O.]] trial no [[ID|other:PAP2-033]]
Full name (ISF only): [[PERSON|name:Gwendolyn Okonjo]]  MRN [[ID|mrn:PAP4418201]]
FVC 62% pred, DLCO 41%. HRCT UIP pattern.
GP letter sent to [[LOCATION|geo:Huntingdon Road Surgery]], fax [[PHONE|fax:01223 364 127]].
Next visit 2/52.""",
    """Studienteilnahme / Study enrolment (EN) - [[LOCATION|geo:LMU Klinikum Großhadern]]
Pseudonym [[ID|other:LMU-NEURO-0418]]
Participant: [[PERSON|name:Karl-Heinz Maier]], [[AGE|other:62]] J., KVNR [[ID|health_plan:K158204738]]
Address [[ADDRESS|geo:Lindwurmstraße 88, 80337 München]]
Lumbar puncture: Aβ42 520 pg/mL, pTau 84 pg/mL. MoCA 22.
Study app account [[ID|other:khmaier62]], voice sample ID [[ID|biometric:VS-LMU-0418-A]].""",
    """Estudio multicéntrico (English CRF) - [[LOCATION|geo:Hospital Universitari Vall d'Hebron]]
Subject [[ID|other:VH-07-022]]
Name (local source): [[PERSON|name:Carmen Ruiz de la Fuente]]   DNI [[ID|ssn:53107284P]]   age [[AGE|other:49]]
NHC [[ID|mrn:1044827]]
PET-CT baseline: SUVmax 14.2. ECOG 0.
Contact [[PHONE|phone:+34 655 120 447]]. Participant photo for ID badge [[ID|photo:VH07022_badge.jpg]]""",
]

OUTPATIENT_CLINIC_LETTERS = [
    """[[LOCATION|geo:Cleveland Clinic]] - Heart, Vascular & Thoracic Institute

[[PERSON|name:Norma Jean Pruitt]], MD
Fax: [[PHONE|fax:440.555.0129]]

RE: [[PERSON|name:August Sterling]]   DOB: [[DATE|date:08/01/1955]]   CCF MRN: [[ID|mrn:40-118-2204]]
Dear Dr. [[PERSON|name:Pruitt]],
I saw Mr. [[PERSON|name:Sterling]], a [[AGE|other:71]]-year-old retired steelworker. Echo: severe AS, AVA 0.7 cm2, mean gradient 46 mmHg, LVEF 55%. STS risk 2.8%.
We will proceed with TAVR workup; CTA to be scheduled.
Sincerely, TAVR team""",
    """[[LOCATION|geo:Seattle Children's]] Neurology Clinic
Patient: [[PERSON|name:Phoenix Blue Harper]]
Parents: [[PERSON|name:Sky Harper]] and [[PERSON|name:Dale Harper]], [[ADDRESS|geo:1218 NE 65th St, Seattle, WA 98115]]
Dear Dr [[PERSON|name:Kwame Boateng]],
[[PERSON|name:Phoenix]] has had 2 further absence seizures/day on ethosuximide 250 mg BID (level 62 mcg/mL). EEG: 3 Hz spike-wave. Add lamotrigine slow titration.
Apple Health (Medicaid) ProviderOne ID [[ID|health_plan:108847201WA]].
Child Neurology attending""",
    """CLINIC LETTER -- [[LOCATION|geo:UT Southwestern]] Hepatology
Re: [[PERSON|name:PRICE, ROYAL E.]]
[[AGE|other:63]] yo M w/ NASH cirrhosis, MELD-Na 14, Child-Pugh B7. AFP 4.2. No HCC on MRI.
Pt lives in [[LOCATION|geo:Commerce]], TX.
Transplant eval referral to [[LOCATION|geo:Baylor University Medical Center]]. Driver's license [[ID|license:TX 08841207]] copied for registration.
cc: PCP via Direct [[EMAIL|email:lvasquez@direct.commercefamilymed.org]]""",
    """[[LOCATION|geo:Royal Children's Hospital]] - Endocrinology
Dr [[PERSON|name:Sophie Tran]]  Fax [[PHONE|fax:03 9311 0442]]
Dear [[PERSON|name:Sophie]],
Re: [[PERSON|name:Ruby Jones]] DOB [[DATE|date:5/3/2014]]
[[PERSON|name:Ruby]] ([[AGE|other:12]]) attended with her mum. HbA1c 8.6% (was 9.2%). On Omnipod 5, pod lot 4471882. Weight 48 kg (z +0.8).
Plan: increase ICR at breakfast 1:8. Review 3/12.
Yours sincerely, Endocrinology""",
    """Outpatient letter - [[LOCATION|geo:Gold Coast University Hospital]] Rheumatology
Clinic date: [[DATE|date:Wed 25/11/2026]]
Patient: [[PERSON|name:Brandy Snapp]]   URN [[ID|mrn:GC772048]]   DOB [[DATE|date:14/08/1972]]
[[ADDRESS|geo:PO Box 118, Nerang QLD 4211]]
Dear Dr [[PERSON|name:Paul Mace]],
PsA, on adalimumab 40mg fortnightly since early this year. DAS28 2.4. Skin clear. LFTs normal.
PBS authority renewed (approval [[ID|other:B8820417]]). Next review 6/12.
Rheum reg, for consultant""",
    """[[LOCATION|geo:Fiona Stanley Hospital]] - Sleep & Respiratory Outpatients
To: GP   cc: patient
Re: Mr [[PERSON|name:Ian Rivers]]  MRN [[ID|mrn:FSH1188204]]
[[ADDRESS|geo:7/22 Seaview Tce, Safety Bay WA 6169]]
Mr [[PERSON|name:Rivers]] ([[AGE|other:61]]) has severe OSA (AHI 52). CPAP started; machine AirSense 10 SN [[DEVICE|device:22161447820]].
Heavy-vehicle driver (WA licence [[ID|license:6620418]]) - cleared to drive if compliance >4h/night on download.""",
    """[[LOCATION|geo:Great Ormond Street Hospital]] - Cardiology Outpatients
Patient: [[PERSON|name:Archie Wells-Bishop]]   DOB: [[DATE|date:09.09.2019]]   NHS: [[ID|health_plan:8022145734]]
Address: [[ADDRESS|geo:21 Camden Mews, London NW1 9DB]]
Dear Dr [[PERSON|name:Penny Lane]],
[[PERSON|name:Archie]] ([[AGE|other:7]]) is 4 years post arterial switch. Echo: mild neo-AR, good function. Exercise ok. Review 12/12.
Consultant Paediatric Cardiologist""",
    """Dictated not signed.
[[LOCATION|geo:Southmead Hospital]] - Neurosurgery Clinic
Re: [[PERSON|name:Dennis The]] (surname The), hosp no. [[ID|mrn:NBT4418823]], NHS [[ID|health_plan:612 447 8293]]
Seen [[DATE|date:24 November]]. MRI: 14 mm vestibular schwannoma L. Hearing 40 dB loss. Watch and wait, MRI in 6/12.
He works as a crane operator at [[LOCATION|geo:Avonmouth]] docks; DVLA informed by pt.
Driving licence no. [[ID|license:THE99701124DJ9AB]].
cc GP fax [[PHONE|fax:0117 959 0231]]""",
    """Outpatient letter (English) - [[LOCATION|geo:St. James's Hospital]], [[LOCATION|geo:Dublin 8]] - HIV/GUIDe clinic
[[DATE|date:27/11/2026]]
Re: [[PERSON|name:Tomás Ó Súilleabháin]], MRN [[ID|mrn:0044182]], PPSN [[ID|ssn:5204718F]]
Dear Dr [[PERSON|name:Orla Nic Aodha]],
Viral load <20 copies/mL, CD4 640. Continue Biktarvy 1 tab OD. Hep B immune.
Mobile [[PHONE|phone:+353 86 441 8207]]. Next review 6/12.
Yours, GUIDe clinic""",
    """Lettre de consultation (English translation) - [[LOCATION|geo:Hôpital Pitié-Salpêtrière]]
Cher confrère, Dr [[PERSON|name:Jean-Luc Martin]],
I saw Mme [[PERSON|name:Amélie Rose Fontaine]] ([[AGE|other:34]]), NIR [[ID|ssn:1840375120483 56]]?? - corrected, her NIR is [[ID|ssn:2920475114087 12]].
MS relapsing-remitting, EDSS 2.0, new T2 lesion. Ocrelizumab planned.
Pr [[PERSON|name:Hélène Roussel]], Neurologie, tél [[PHONE|phone:01 42 16 28 00]]""",
]


STYLES = [
    ("progress-note", PROGRESS_NOTES),
    ("discharge-summary", DISCHARGE_SUMMARIES),
    ("GP-referral-letter", GP_REFERRAL_LETTERS),
    ("nursing-shorthand", NURSING_SHORTHAND),
    ("pharmacy", PHARMACY),
    ("telehealth", TELEHEALTH),
    ("billing-and-claims", BILLING_AND_CLAIMS),
    ("device-telemetry", DEVICE_TELEMETRY),
    ("research-enrolment", RESEARCH_ENROLMENT),
    ("outpatient-clinic-letter", OUTPATIENT_CLINIC_LETTERS),
]


def main() -> None:
    print(f"probe41: {write_styled(OUT, STYLES)} docs")


if __name__ == "__main__":
    main()
