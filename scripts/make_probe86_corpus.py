# ruff: noqa: RUF001
"""Write the 86th hand-annotated redaction probe, Australian ED, mental health and ambulance text.

Why: Australian clinical text from every state and territory packs identifiers whose formats
collide with clinical numbers: Medicare numbers with an IRN glued on, 16-digit IHIs and HPI-Is,
DVA file numbers, TFNs and Centrelink CRNs, provider numbers with check letters, AHPRA codes,
state driver licences and plates, ambulance case numbers, MHA order numbers, clozapine
monitoring ids. Beside them sit look-alikes that must stay: ATS categories, MHA sections and
form numbers, ICD-10-AM codes, MBS and PBS items, batch numbers, blood unit numbers, HPI-O
numbers, unit call-signs, bed numbers, times, and the public hotlines (000, 13 11 14,
1800 011 511, 1300 MH CALL, TIS 131 450, Poisons 13 11 26).
What: ten styles, ten notes each:
  ed-triage-notes            ED triage and ED medical notes
  mha-forms-orders           Mental Health Act forms, schedules, orders, absent-patient notices
  cmht-case-notes            community mental health team progress notes, SMS logs, caseloads
  ambulance-epcr             ambulance patient care records (NSW, AV, QAS, St John, SAAS ...)
  pathology-requests-results requests, results, call logs, HL7 segments, blood bank
  gp-discharge-letters       discharge summaries and letters to GPs
  my-health-record-uploads   My Health Record / HI Service upload receipts, logs, audits
  isbar-handover             ISBAR / SBAR clinical handover sheets and tables
  riskman-incident-reports   RiskMan / IIMS style incident reports
  agency-letters             Centrelink, NDIS, DVA, workers compensation and CTP letters
Conventions: titles and roles (Dr, Mr, Mrs, RN, RAN, NP, NUM) stay outside PERSON spans;
nicknames in quotes are marked as their own PERSON span; an HL7 name with carets is one span.
A Medicare number is one health_plan span; an IRN glued by "/" or "-" is inside the span, an
IRN written apart after a cue ("IRN 5", "ref 3") is not marked. IHI, DVA file numbers and NDIS
participant numbers are ID|health_plan; TFN and Centrelink CRN are ID|ssn; AHPRA, Medicare
provider, PBS prescriber, HPI-I, driver licence, security licence, firearms licence and JP
numbers are ID|license; HPI-O numbers (organisations) are not marked. Workers compensation,
CTP and TAC claim numbers and bank account numbers (with their BSB) are ID|account. Ambulance
case / incident numbers, RiskMan / IIMS numbers, police event numbers, EEA and CIMHA ids,
clozapine monitoring ids, lab accession and specimen numbers, staff employee numbers and
coded sexual-health ids are ID|other. Fingerprint and voiceprint template ids are ID|biometric;
a file name of a full-face photo is ID|photo (a cropped lesion photo is not marked). Every phone
or fax number is marked (clinic and ward numbers too) except public hotlines and 13/1300/1800
service numbers. Hospitals, clinics, RACFs, named workplaces, schools, pharmacies, suburbs,
towns, communities, roads without a number and GPS points are LOCATION|geo; agencies and
organisations (NSW Ambulance, QAS, Services Australia, NDIA, icare, WorkSafe, PathWest, LHDs)
are not marked; ward, bed, cubicle and ambulance call-sign numbers are not marked. A street
address with a number is one ADDRESS|geo span (HL7 caret form included). Ages follow the brief
(90+ is AGE|date; glued forms such as 34M or 19yo are marked whole; "17 yo" and "M/41" mark the
number only). Years alone, times alone and durations are not marked; ISO timestamps with a
date are one DATE span.
How: cd /work/main && .venv/bin/python scripts/make_probe86_corpus.py (writes corpus/redaction/probe86.jsonl).
"""

from pathlib import Path

from make_safe_harbor_suite import write_styled

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "corpus" / "redaction" / "probe86.jsonl"

ED_TRIAGE = [
    """ED TRIAGE — [[LOCATION|geo:Westmead Hospital]] ED | Arrival [[DATE|date:14/03/2024]] 0217 via NSW Ambulance
Pt: [[PERSON|name:TRAN, Minh Duc]]  [[AGE|other:34M]]  MRN [[ID|mrn:W0418823]]  Medicare [[ID|health_plan:2850 18468 1/5]]
ATS 2. PC: ?OD quetiapine ~20 x 300mg + ETOH. GCS 14 (E3V5M6), HR 118, BP 102/64, RR 16, SpO2 96% RA, BGL 5.8.
Brought in by brother (mob [[PHONE|phone:0491 570 156]]). Lives [[ADDRESS|geo:4/27 Station St, Wentworthville NSW 2145]].
Poisons Info 13 11 26 contacted 0235 — advised ECG + obs q1h. QTc 468. Triage RN J.K.""",
    """triage [[DATE|date:2/4/24]] 0912 — [[LOCATION|geo:Royal Melbourne Hospital]] ED
[[PERSON|name:georgiou, eleni]] [[AGE|other:71F]] UR [[ID|mrn:3318842]]
c/o SOB x3/7, worse o/n. hx CCF, AF on apixaban 5mg BD, T2DM. PPM in situ (Medtronic Azure, SN [[DEVICE|device:RNB611284S]]).
obs: RR 26 SpO2 89% RA -> 94% 2L NP, HR 104 irreg, BP 148/90, T 37.1
ATS 2 -> resus 3. NOK daughter [[PHONE|phone:0412 883 120]]. GP letter to follow.""",
    """ED MEDICAL NOTE | [[LOCATION|geo:Princess Alexandra Hospital]] | [[DATE|date:Sat 11 May 2024]] 22:40
Pt [[PERSON|name:Jayden WALKER]], [[AGE|other:19yo]] M, URN [[ID|mrn:PA902117]]
HOPC: assaulted outside a nightclub ~2130, punched x2, brief LOC (<1 min). GCS 15 now, nil vomiting.
O/E: 3cm lac L eyebrow, periorbital swelling, no step. CT brain (Canadian CT Head Rule +ve) NAD.
Lac closed 5/0 prolene x4. ADT booster given, batch AC52B146AA. QPS attended, event no [[ID|other:QP2400887123]].
Dx S01.1. D/C with head injury advice, mum to collect, [[PHONE|phone:(07) 5550 2184]].
ED reg R.O. (AHPRA [[ID|license:MED0002214853]])""",
    """[[LOCATION|geo:Flinders Medical Centre]] ED — Triage
Date: [[DATE|date:2024-06-03]]  Time: 14:05  Cat: 3
Name: [[PERSON|name:Aisha Mohammed]]  DOB: [[DATE|date:17/09/1988]]
UR: [[ID|mrn:F1204477]]  Medicare: [[ID|health_plan:2670 93353 1]] IRN 2
PC: 28/40 G2P1, PV bleeding since 1100, ~2 pads. Abdo pain 4/10. BP 118/72 HR 96. O NEG on antenatal card.
Interpreter (Somali) via TIS 131 450. Husband [[PHONE|phone:+61 491 570 157]].
O&G reg paged ext 64412.""",
    """[[LOCATION|geo:ROYAL DARWIN HOSPITAL]] EMERGENCY — TRIAGE NOTE
[[DATE|date:22.07.24]] 1630 | ATS 3 | walk-in with aunty
[[PERSON|name:JAPALJARRI, Warren]] [[AGE|other:27M]], HRN [[ID|mrn:0009918274]], from [[LOCATION|geo:Wadeye]], staying in town
c/o L hand cellulitis after fish hook injury 3/7 ago. T 38.4 HR 110 BP 124/70. Spreading erythema to wrist, marked with pen.
Aunty contactable via clinic. ALO notified. Interpreter Murrinh-Patha requested via AIS.
Clinic: [[LOCATION|geo:Wadeye Health Centre]] fax [[PHONE|fax:(08) 8978 2281]]""",
    """ED Med Reg note — [[LOCATION|geo:Royal Hobart Hospital]]
[[DATE|date:Tuesday 5th March 2024]], seen 0310
[[PERSON|name:Margaret O'Sullivan]] ("[[PERSON|name:Peggy]]"), aged [[AGE|date:93]], from RACF
BIBA post unwitnessed fall, on floor ~6h. CK 2840. Cr 142 (baseline 90). #NOF L on XR — Garden IV.
ACD on file; EPOA son informed 0345.
DVA Gold card [[ID|health_plan:TX123456]]. FICB given (ropivacaine 0.2% 30mL), ortho ref, 4AT = 3.""",
    """[[LOCATION|geo:Canberra Hospital]] ED — triage [[DATE|date:09 Aug 2024]] 19:52
Pt [[PERSON|name:Liam Fitzgerald-Nguyen]], [[AGE|other:6yo]], with mum
PC: ?button battery ingestion (dad's key fob) approx 1900. Drooling nil. Wt 21kg. HR 104 RR 22 SpO2 99%. ATS 2.
MRN [[ID|mrn:CH00781245]]. Medicare [[ID|health_plan:5417 61477 2/4]]
Honey 10mL at 1955 per protocol. XR: disc in oesophagus — ENT paged.
Mum mob [[PHONE|phone:0491 571 266]], email [[EMAIL|email:hannah.fitz82@gmail.com]]""",
    """[[LOCATION|geo:Fiona Stanley Hospital]] ED [[DATE|date:31/10/2024]] 0048 ATS 4
UNKNOWN MALE -> ID'd as [[PERSON|name:Brendan Kowalski]] via WA driver licence [[ID|license:6612048]] found in wallet, photo matches.
Intox, GCS 13, lac occiput.
Wristband ID photo (full face): [[ID|photo:FSH_ID_20241031_0052.jpg]]
UMRN [[ID|mrn:U3390127]] (temp UMRN [[ID|mrn:T9000412]] merged).
Licence address: [[ADDRESS|geo:17 Rosewood Ave, Kardinya WA 6163]].""",
    """[[LOCATION|geo:Dubbo Health Service]] ED — triage [[DATE|date:3rd Feb]] 1120 cat 3
[[PERSON|name:kevin mcgrath]] [[AGE|other:58]] y/o farmer from [[LOCATION|geo:Narromine]]
crush injury R foot under quad bike; tetanus status unknown -> ADT given. pedal pulses present, CRT <2s. XR ?#MT
drove himself in ute, rego [[VEHICLE|vehicle:CK 47 PR]] — parked in amb bay, security asked to move it.
wife [[PHONE|phone:02 6882 5519]]. GP prov no [[ID|license:8504826A]]""",
    """[[LOCATION|geo:Monash Medical Centre Clayton]] ED — MO note [[DATE|date:2024-11-18]] 06:15
[[PERSON|name:Priya Raman]] [[AGE|other:16F]] UR [[ID|mrn:MMC2047788]]
DKA — BGL HI, ketones 5.8, pH 7.12, HCO3 9. T1DM on Omnipod 5 (PDM serial [[DEVICE|device:OP5-4471-88213]]) + Dexcom G6 tx [[DEVICE|device:8N3TKP]].
?pod site failure. DKA protocol, insulin 0.1 u/kg/h.
Dad [[PHONE|phone:0491 572 549]]. Endo reg aware.""",
]

MHA_FORMS = [
    """MENTAL HEALTH ACT 2007 (NSW) — SCHEDULE 1, s.19 Medical certificate as to examination or observation of person
I, Dr [[PERSON|name:Oluwaseun Adeyemi]] (AHPRA [[ID|license:MED0001876543]]), examined [[PERSON|name:Callum James BRODIE]] of [[ADDRESS|geo:9/112 Parramatta Rd, Granville NSW 2142]]
on [[DATE|date:12 January 2024]] at 1615 at [[LOCATION|geo:Cumberland Hospital]]. MRN [[ID|mrn:0771204]].
I am of the opinion that the person is a mentally ill person. Reasons: pressured speech, grandiose delusions, 3/7 no sleep, threatened neighbour with a hammer.
Time signed 1640. Copy to MHRT.""",
    """Mental Health and Wellbeing Act 2022 (Vic) — ASSESSMENT ORDER (community)
Person: [[PERSON|name:Ngozi Eze]]  DOB [[DATE|date:21-Apr-1979]]  UR [[ID|mrn:AH4418203]]
Made by: [[PERSON|name:Tomasz Wiśniewski]], registered medical practitioner, [[LOCATION|geo:The Alfred]]
Made [[DATE|date:07/02/2024]] 11:20, expires 24h. Place: [[ADDRESS|geo:3 Carlisle St, St Kilda VIC 3182]] (home visit with CATT).
Authorised psychiatrist notified. VicPol assisted.""",
    """EMERGENCY EXAMINATION AUTHORITY (Public Health Act 2005 (Qld) ch 4A) — EEA No. [[ID|other:EEA-2024-118834]]
Person: [[PERSON|name:MacKENZIE, Ruby-Lee]] aged [[AGE|other:23]]
Detained by QAS officer [[PERSON|name:Ben Tuhiwai]] at the cliffs, [[DATE|date:16/03/2024]] 2310
Transported to [[LOCATION|geo:Royal Brisbane and Women's Hospital]] ED, arrived 2352. Exam within 6h (may extend to 12h).
Pt sitting on cliff edge stating intent to jump. 1300 MH CALL contacted by crew.""",
    """MENTAL HEALTH ACT 2014 (WA) — FORM 1A: REFERRAL FOR EXAMINATION BY PSYCHIATRIST
Person referred: [[PERSON|name:Daniel Okonkwo-Smith]]
Address: [[ADDRESS|geo:Unit 6, 40 Canning Hwy, Victoria Park WA 6100]]
DOB: [[DATE|date:30.11.2001]]  UMRN: [[ID|mrn:A7780213]]
Referrer: [[PERSON|name:Claire Bateman]], mental health practitioner (AHPRA [[ID|license:NMW0001549217]])
Examined at [[LOCATION|geo:Royal Perth Hospital]] [[DATE|date:4 April 2024]] 0930. Form 3A transport order also made. Referral expires 72 hours.""",
    """Mental Health Act 2009 (SA) — Form 2: Level 1 Inpatient Treatment Order
Patient: [[PERSON|name:Stavros KARAGIANNIS]], age [[AGE|other:61]]
Address: NFA since [[DATE|date:Feb 2024]], sleeping in car [[VEHICLE|vehicle:S482BXR]] near the beach
Made by Dr [[PERSON|name:Anjali Deshpande]] at [[LOCATION|geo:Lyell McEwin Hospital]] [[DATE|date:19/05/2024]] 1400; expires 7 days.
Notified: Chief Psychiatrist; SACAT; sister [[PHONE|phone:0491 573 770]].""",
    """Mental Health Act 2013 (Tas) — ASSESSMENT ORDER
Patient [[PERSON|name:Jessica Page]], DOB [[DATE|date:8 Dec 1990]], of [[ADDRESS|geo:22 Invermay Rd, Invermay TAS 7248]]
Medical practitioner: Dr [[PERSON|name:Hamish Grant]], prescriber no [[ID|license:2417738]]
Made [[DATE|date:27/06/2024]] 1015 at [[LOCATION|geo:Launceston General Hospital]] DEM. Admit Ward 2E, 1:1 obs.""",
    """MENTAL HEALTH ACT 2015 (ACT) — s.80 Apprehension: statement of action taken
Person: [[PERSON|name:Ethan Mareko]], aged [[AGE|other:29]]
Where: bus interchange, [[LOCATION|geo:Belconnen]], [[DATE|date:Fri 13/09/2024]] approx 1745
Apprehended by ACT Policing officer [[PERSON|name:Gabrielle Yuen]]. Conveyed to [[LOCATION|geo:Canberra Hospital]] MHSSU.
Property: Samsung phone IMEI [[DEVICE|device:350484422669293]] (property book p.14).
Mother [[PHONE|phone:+61 2 5550 3381]].""",
    """MENTAL HEALTH AND RELATED SERVICES ACT 1998 (NT) — Recommendation for psychiatric examination (s.34)
Name: [[PERSON|name:Amelia Raggett]]  HRN: [[ID|mrn:0002287410]]
Recommending practitioner: Dr [[PERSON|name:Yusuf Hassan]] ([[LOCATION|geo:Alice Springs Hospital]])
Date: [[DATE|date:the second of October 2024]]
Found by family at house in [[LOCATION|geo:Larapinta]]: disorganised, not eaten 4/7, command AH. Transport via NT Police.
Brother mob [[PHONE|phone:0401 882 613]].""",
    """NOTIFICATION OF ABSENT PATIENT — MHA 2007 (NSW) s.48
To: NSW Police Force — local PAC, fax [[PHONE|fax:(02) 5550 7712]]
Patient: [[PERSON|name:Tyson Fa'amausili]]  DOB [[DATE|date:05/05/2000]], involuntary, [[LOCATION|geo:Blacktown Hospital]] MHU bed 14
Absent since [[DATE|date:20/08/2024]] 1530 (failed to return from escorted leave). Tattoo R forearm.
Full-face photo attached: [[ID|photo:BMHU_AWOL_FAAMAUSILI_20240820.jpg]]
Possibly at mother's, [[ADDRESS|geo:31 Bungarribee Rd, Blacktown NSW 2148]]. Silver Corolla NSW [[VEHICLE|vehicle:EZ 71 TK]].
Contact NUM [[PHONE|phone:(02) 5550 8841]]""",
    """TREATMENT AUTHORITY — Mental Health Act 2016 (Qld) | CIMHA ID [[ID|other:CIM00339172]]
Patient: [[PERSON|name:Lachlan Brennan]] | DOB [[DATE|date:1985-02-14]] | URN [[ID|mrn:GC884120]]
Authorising doctor: Dr [[PERSON|name:Meera Pillai]] | Category: inpatient
Nominated support person: [[PERSON|name:Kate Brennan]] (wife) [[PHONE|phone:0491 574 118]], [[EMAIL|email:kate.brennan@bigpond.com]]
MHRT review due within 28 days.""",
]

CMHT_NOTES = [
    """[[DATE|date:14/02/24]] HV w/ [[PERSON|name:Shane]] (client [[PERSON|name:Shane DOYLE]], UR [[ID|mrn:PH7720019]]) at his flat, [[ADDRESS|geo:2/15 Beach St, Frankston VIC 3199]].
MSE: kempt, euthymic, reactive, no FTD, denies SI/HI, residual AVH (quiet). insight partial.
Depot paliperidone 150mg L deltoid, batch KMG3X01, next due [[DATE|date:13/03/24]].
Mum rang after — worried re smoking (40/day). K10 = 24. Plan r/v 2/52, OT ref re NDIS access. CM A.B.""",
    """CMHT DUTY NOTE — [[LOCATION|geo:Logan Central]] Community MH — [[DATE|date:3 June 2024]] 1040
Phone call from Mrs [[PERSON|name:Tui Herangi]] re son [[PERSON|name:Rawiri]] ([[AGE|other:24]]): stopped clozapine 5/7, pacing, not sleeping.
Callback [[PHONE|phone:07 5550 3391]]. Advised clozapine restart needs retitration (>48h missed).
Urgent r/v w/ Dr [[PERSON|name:Lim]] tmrw 0900. CPMS patient no [[ID|other:CPMS-447190]]. If escalates — 1300 MH CALL / 000.""",
    """Caseload review [[DATE|date:Wed 10 July]] — Team 2 ([[LOCATION|geo:Coburg]] CMHT)
client | UR | CM | status
[[PERSON|name:Bui, Thanh]] | [[ID|mrn:NH202291]] | SK | CTO expires [[DATE|date:28/07]] — MHT hearing booked
[[PERSON|name:Hussein, Layla]] | [[ID|mrn:NH198804]] | JM | disengaged, 3 DNAs, outreach [[DATE|date:12/7]]
[[PERSON|name:Papadopoulos, Nick]] | [[ID|mrn:NH177310]] | SK | stable, d/c to GP planned""",
    """[[DATE|date:22-Aug-2024]] Clinical review — [[PERSON|name:Zhang Wei]], [[AGE|other:38]] M
Dx F31.1 BPAD I, manic. Li 0.9 mmol/L, TSH 2.1, eGFR >90.
Wife [[PERSON|name:Li Na]] has taken kids to her parents in [[LOCATION|geo:Box Hill]].
Employer ([[LOCATION|geo:Bunnings Nunawading]]) phoned re fitness for work — consent on file.
Plan: Li 1000mg nocte, quetiapine 100mg prn. CM [[EMAIL|email:jarrah.collins@easternhealth.org.au]]""",
    """SMS log (work mobile) — client [[PERSON|name:Kirra Simpson]] UR [[ID|mrn:0441872]]
[[DATE|date:05/09/2024]] 08:12 from [[PHONE|phone:0491 570 313]]: "hey its [[PERSON|name:kirra]] cant make it 2day no $$ for bus"
08:20 to client: "Hi [[PERSON|name:Kirra]], no worries — I can do a HV at 2pm?"
08:31 from client: "ok im at nans now [[ADDRESS|geo:44 Gillies St, Wendouree 3355]]"
14:05 HV done, nan ([[PERSON|name:Beryl]]) present. Calm, engaging, sleeping ok. PHQ-9 14.""",
    """CMHT psychiatrist r/v [[DATE|date:Thurs 26th Sept]] — [[LOCATION|geo:Fremantle]] CMHS
Pt: [[PERSON|name:Abdullah bin Rashid]], [[AGE|other:45yo]], refugee background, PTSD + MDD. Arabic interpreter via TIS.
Sertraline ↑ 150mg. Prazosin 2mg nocte for nightmares. Referred to ASeTTS.
Centrelink CRN [[ID|ssn:408 112 387K]] — DSP medical evidence form completed.""",
    """CTO review — [[DATE|date:1/10/24]]
[[PERSON|name:Megan Holloway]] DOB [[DATE|date:19/02/1993]] MRN [[ID|mrn:SCG0093314]] ([[LOCATION|geo:Sir Charles Gairdner Hospital]])
CTO expires [[DATE|date:15 Oct 2024]]; MHT hearing [[DATE|date:11/10/2024]]. Adherent with depot. UDS neg.
Working p/t at [[LOCATION|geo:Subiaco Farmers Market]]. Lease issue at [[ADDRESS|geo:7/3 Hay St, Subiaco WA 6008]].""",
    """phone contact [[DATE|date:18.10.2024]] w/ [[PERSON|name:samuel tuala]] (pref. [[PERSON|name:Sammy]]) — ph [[PHONE|phone:0423 118 940]]
reports ↑ paranoia re neighbours "hacking" him, read out his home IP [[IP|ip:101.175.22.84]] as proof.
no SI/HI. Agreed to see Dr [[PERSON|name:Nakamura]] [[DATE|date:21/10]]. 1800 011 511 number given for after hours.""",
    """Family meeting — [[DATE|date:6 November 2024]], [[LOCATION|geo:Tuggeranong]] Adult CMHT
Present: [[PERSON|name:Oscar Lindqvist]], parents [[PERSON|name:Erik]] & [[PERSON|name:Maree Lindqvist]], CM T.N., Dr P.A.
FEP (F23). Cannabis daily -> weekends only. Parents concerned re driving — ACT licence [[ID|license:1183390]]; advised not to drive until r/v.""",
    """DNA follow-up — [[DATE|date:2024-12-09]]
Client [[PERSON|name:Rebecca Armstrong]] ("[[PERSON|name:Bec]]") — telehealth link sent [[URL|url:https://vcc.healthdirect.org.au/t/tas-mh/room/armstrong-r-8841]]
Did not join. Rang [[PHONE|phone:03 6223 5550]], no answer, VM left. Welfare check not indicated (no risk hx).
Rebooked [[DATE|date:16/12]] 10:30.""",
]

AMBULANCE_EPCR = [
    """NSW AMBULANCE — ePCR   Incident # [[ID|other:240412-1187]]   Date [[DATE|date:12/04/2024]]
Pt: [[PERSON|name:HENDERSON, Gary]]  Sex M  Age [[AGE|other:67]]
Location: [[ADDRESS|geo:88 Wollombi Rd, Cessnock NSW 2325]]
Disp 0714 | At scene 0726 | Pt contact 0728 | Depart 0751 | Hosp 0812 ([[LOCATION|geo:Maitland Hospital]])
CC: central CP 8/10 radiating L arm, onset 0645. 12-lead: STE II, III, aVF.
Rx: aspirin 300mg PO, GTN 400mcg SL x2, fentanyl 50mcg IN. Cath lab activated.
Vitals 0730: HR 54 BP 98/60 RR 20 SpO2 95% GCS 15.""",
    """AV VACIS PCR | Case [[ID|other:AV-24-0918832]] | [[DATE|date:3-Jul-24]]
Patient: [[PERSON|name:Isabella Conti]], [[AGE|other:82]] F
Found on floor by neighbour
Scene: [[ADDRESS|geo:5 Olive Gr, Pascoe Vale South VIC 3044]] — key safe.
Long lie ~10h, T 34.9, GCS 14 (E4V4M6), R leg shortened & ext rot.
Methoxyflurane 3mL, fentanyl 25mcg IV. Code 2 to [[LOCATION|geo:Royal Melbourne Hospital]].
Medicare card sighted: [[ID|health_plan:4666 33064 3]] ref 3""",
    """QAS eARF — Case No [[ID|other:QA2407551203]]
[[DATE|date:Sun 21 July 2024]] 1412hrs | Unit: 601
MVA single vehicle vs tree, [[LOCATION|geo:Glass House Mountains]].
Driver [[PERSON|name:Connor Hughes]] [[AGE|other:20M]], P-plater. White Hilux QLD [[VEHICLE|vehicle:218 XKD]], VIN [[VEHICLE|vehicle:MR0FA3CD600412287]]
Airbags deployed, self-extricated. c/o neck pain, midline tenderness -> SMR.
QLD DL [[ID|license:102 887 341]]. Transported [[LOCATION|geo:Sunshine Coast University Hospital]].""",
    """St John WA — PCR  Job [[ID|other:SJ-240901-00442]]  [[DATE|date:01/09/2024]] 2203
Pt: [[PERSON|name:Mia Rowe]], [[AGE|other:17]] yo, party at [[ADDRESS|geo:14 Marmion St, Cottesloe WA 6011]]
?MDMA, agitated, T 39.1, HR 148. Midazolam 5mg IM.
A friend gave mum's number [[PHONE|phone:0491 575 254]] — mum informed 2230, meeting at [[LOCATION|geo:Sir Charles Gairdner Hospital]].""",
    """SA AMBULANCE SERVICE — ePCR
Case: [[ID|other:SAAS 24 771093]] Date: [[DATE|date:08 Oct 2024]]
Pt name: [[PERSON|name:Robert Lennox]] Age: [[AGE|date:91]]
From [[LOCATION|geo:Kensington Gardens Lodge]] RACF, room 22. Resp distress ?aspiration. SpO2 84% RA -> 91% 6L HM.
ACD: not for CPR, for transfer. GP Dr [[PERSON|name:Sunita Bhatt]], prescriber no [[ID|license:2194475]].
Transported [[LOCATION|geo:Royal Adelaide Hospital]].""",
    """AMBULANCE TASMANIA — VACIS
Case #[[ID|other:AT2410-3381]] | [[DATE|date:19/10/24]]
Pt [[PERSON|name:Toby Whitfield]] [[AGE|other:9]] yo, anaphylaxis — peanut. Own EpiPen 300mcg given by teacher at [[LOCATION|geo:Kingston Beach Primary School]] 1025.
Adrenaline 0.15mg IM by crew 1035, lot 3FK221. Wheeze settling.
Dad [[PHONE|phone:+61 438 557 201]] meeting at [[LOCATION|geo:Royal Hobart Hospital]].""",
    """ACTAS ePCR  Case [[ID|other:ACT-240311-0098]]  [[DATE|date:11/03/2024]] 0320
Pt [[PERSON|name:Nikolai Petrov]] [[AGE|other:52]] M. Witnessed seizure, partner [[PERSON|name:Alana]] on scene.
Hx epilepsy, VNS in situ (LivaNova SenTiva, serial [[DEVICE|device:SEN-1003-884217]]) — magnet swiped x1.
Post-ictal, GCS 12->14. BGL 7.4.
Address: [[ADDRESS|geo:Unit 12, 9 Akuna St, City ACT 2601]]. Refused transport, capacity assessed.""",
    """St John NT — PCR [[ID|other:NT24-55120]] [[DATE|date:Monday 2 December 2024]]
Pt: [[PERSON|name:Gurruwiwi, Jasmine]] [[AGE|other:31F]]
Location: [[LOCATION|geo:Nightcliff Jetty]], GPS [[LOCATION|geo:-12.3818, 130.8464]]
Heat exhaustion, found collapsed. T 39.6. 1L NaCl 0.9% IV. Transported [[LOCATION|geo:Royal Darwin Hospital]].""",
    """NSW AMBULANCE — MH transport (s.20 MHA)  Incident [[ID|other:241115-0634]]  [[DATE|date:15-11-2024]]
Pt [[PERSON|name:Chloe Ramirez]] [[AGE|other:26]], transfer [[LOCATION|geo:Campbelltown Hospital]] ED -> [[LOCATION|geo:Liverpool Hospital]] MH IPU.
Schedule 1 sighted (Dr [[PERSON|name:B. Haddad]]). Midaz 5mg IM pre-transfer by ED.
Police escort (car 22). Obs stable. Handed to RN M.T. 1648.""",
    """QAS — PATIENT REFUSAL / NON-TRANSPORT  eARF [[ID|other:QA2412180077]] | [[DATE|date:18/12/2024]]
[[PERSON|name:Pham Thi Lan]] [[AGE|other:76F]], hypo BGL 2.6 -> 15g glucose gel + sandwich -> BGL 6.8. On gliclazide MR 60mg.
Daughter [[PERSON|name:Vicky]] staying overnight.
Referral faxed to GP at [[LOCATION|geo:Inala Family Medical]] [[PHONE|fax:07 5550 6620]].""",
]

PATHOLOGY = [
    """PATHOLOGY REQUEST
Patient: [[PERSON|name:WONG, Kelvin]] DOB [[DATE|date:02/08/1974]] Sex M
Medicare [[ID|health_plan:6556 96690 3-2]]  Address [[ADDRESS|geo:22 Kent St, Epping NSW 2121]]
Tests: FBC, UEC, LFT, HbA1c, lipids (fasting), uACR. MBS 66512, 66551. T2DM r/v, metformin XR 1g BD.
Requesting Dr [[PERSON|name:Sarah Goldberg]] Prov No [[ID|license:063239KL]]. Copy to Dr [[PERSON|name:M. Aziz]]
Bulk bill. Collected [[DATE|date:7/5/24]] 0805.""",
    """PathWest Laboratory Medicine WA — Report
Pt [[PERSON|name:Harrison, Elizabeth J]] UMRN [[ID|mrn:B2209817]] DOB [[DATE|date:11-Jan-1959]]
Lab No [[ID|other:24-113-0871]]  Collected [[DATE|date:15/05/2024]] 0730  Reported 1412
Na 131 L (135-145) K 5.6 H Cr 188 H eGFR 25 Urea 14.2 | Hb 98 L WCC 11.2 Plt 402
Comment: K phoned to Dr [[PERSON|name:Teo]] 1420 by [[PERSON|name:Jin]] (scientist).""",
    """critical_call_log.csv
date,time,pt_name,mrn,test,result,called_to,ph
[[DATE|date:2024-06-02]],0312,[[PERSON|name:Nguyen Van Hai]],[[ID|mrn:RMH0912281]],K,6.9,Dr [[PERSON|name:Bell]],ext 4471
[[DATE|date:2024-06-02]],0455,[[PERSON|name:Georgia Mills]],[[ID|mrn:RMH1104329]],Hb,58,RN [[PERSON|name:Amir]],[[PHONE|phone:0491 576 398]]
[[DATE|date:2024-06-02]],0610,[[PERSON|name:Sutanto, Rini]],[[ID|mrn:RMH0087712]],Lactate,5.1,Dr [[PERSON|name:Bell]],ext 4471""",
    """BLOOD BANK — GROUP & HOLD / XM
[[PERSON|name:ELLIS, Tamsin]]  [[DATE|date:24/09/1987]]  MRN [[ID|mrn:0332198]]  [[LOCATION|geo:Townsville University Hospital]]
O Rh(D) neg. Antibody screen: anti-D (titre 1:8), 32/40.
2 units O neg XM, donation nos 5141 24 338812 / 5141 24 338813.
Sample collected by [[PERSON|name:P. Kaur]] RM [[DATE|date:28/06/24]] 1105, labelled at bedside.""",
    """Sexual health screen — coded request, [[LOCATION|geo:Clinic 34 Darwin]]
Pt code [[ID|other:FZ-12-0488]] (alpha code, pt declines name) DOB [[DATE|date:14/07/1998]]
HIV Ag/Ab, syphilis EIA, HBsAg/anti-HBs, HCV Ab, CT/NG PCR x3 sites. PrEP on Truvada.
Neg results by SMS to [[PHONE|phone:0491 577 426]]. Requesting NP [[PERSON|name:Leah Morrison]] (prescriber [[ID|license:4417326]]).""",
    """HISTOPATHOLOGY — Specimen [[ID|other:S24-22817]]
Patient: [[PERSON|name:Valentina Rossi]]  URN [[ID|mrn:FMC771203]]  Age [[AGE|other:58]]
Skin, L cheek, excision. ?BCC. Micro: nodular BCC, margins clear (closest 2.1mm deep). Clinical photo lesion_L_cheek_0412.jpg (cropped).
Reported Dr [[PERSON|name:Graham Tiller]] [[DATE|date:20 Feb 2024]]. Copy: [[LOCATION|geo:Brighton Skin Clinic]], fax [[PHONE|fax:(08) 5550 4412]]""",
    """URINE DRUG SCREEN — [[DATE|date:26/3/24]]
[[PERSON|name:Kurt Lehmann]] UR [[ID|mrn:GV55180]] — [[LOCATION|geo:University Hospital Geelong]]
Amphetamines POS (immunoassay); LC-MS methylamphetamine 8.2 mg/L. THC POS. Benzo NEG. SNOMED 699453005.
Requested by CMHT reg for CTO monitoring.""",
    """CLOZAPINE MONITORING — week 12
Patient [[PERSON|name:Ahmed Saleh]] | CPMS [[ID|other:CP-77410-N]] | DOB [[DATE|date:5 Mar 1990]]
WCC 5.8, ANC 3.4 — GREEN. Trop <5, CRP 3. Clozapine 0.42 mg/L, norclozapine 0.21.
Next FBC due [[DATE|date:Mon 15 April]]. Results to CM [[EMAIL|email:r.finch@health.qld.gov.au]]""",
    """HL7 ORU^R01 excerpt
PID|1||[[ID|mrn:5533201]]^^^THS^MR||[[PERSON|name:MORRISON^Heather^Anne]]||[[DATE|date:19520318]]|F|||[[ADDRESS|geo:41 Cygnet Cres^^Kingston^TAS^7050]]||[[PHONE|phone:(03)62295550]]
OBR|1||[[ID|other:24-889104]]|INR^International normalised ratio
OBX|1|NM|INR||3.8||2.0-3.0|H|||F""",
    """NEWBORN SCREENING CARD
Baby [[PERSON|name:Brandt]] (male), DOB [[DATE|date:30/01/2024]] 0412, BW 3410g, GA 39+2
Mother: [[PERSON|name:Olivia Brandt]], MRN [[ID|mrn:WCH3390021]] ([[LOCATION|geo:Women's and Children's Hospital]])
Sample collected [[DATE|date:01/02/2024]] (48-72h). CF IRT, PKU, CH TSH, galactosaemia: normal.
Baby added to Medicare card [[ID|health_plan:3708 42565 4/2]]""",
]

GP_LETTERS = [
    """[[LOCATION|geo:Liverpool Hospital]] — Discharge Summary
To: Dr [[PERSON|name:Vikram Sethi]], [[ADDRESS|geo:Shop 3, 120 Moore St, Liverpool NSW 2170]]  Fax [[PHONE|fax:(02) 5550 9134]]
Re: Mrs [[PERSON|name:Leila Haddad]], DOB [[DATE|date:17/10/1956]], MRN [[ID|mrn:L0298812]]
Admitted [[DATE|date:02/03/2024]]  Discharged [[DATE|date:09/03/2024]]
Dx NSTEMI (I21.4); T2DM; CKD3a. Angio 80% LAD -> DES x1.
Ticagrelor 90mg BD (12 months), aspirin 100mg, atorvastatin 80mg. Cardiac rehab referral sent.""",
    """Dear Dr [[PERSON|name:Kowalczyk]],
Re: [[PERSON|name:Thomas Baxter]], DOB [[DATE|date:09.09.1982]], UR [[ID|mrn:MH0044718]]
He was admitted to [[LOCATION|geo:Bendigo Hospital]] Acute Psychiatric Unit from [[DATE|date:1 April]] to [[DATE|date:19 April 2024]] as a compulsory patient after an interrupted hanging.
Dx: MDD, severe (F32.2); AUD. D/C meds: mirtazapine 45mg nocte, naltrexone 50mg mane.
Safety plan given incl. Lifeline 13 11 14 and Suicide Call Back Service 1300 659 467.
F/u: CM [[PERSON|name:Aimee Clarke]] [[PHONE|phone:(03) 5550 2271]] within 7 days.
Yours sincerely, psychiatry registrar""",
    """DISCHARGE LETTER — [[LOCATION|geo:Gold Coast University Hospital]] Paediatrics
GP: [[LOCATION|geo:Robina Town Medical]] ([[EMAIL|email:reception@robinatownmed.com.au]])
Patient: [[PERSON|name:Archie Kennedy]], [[AGE|other:3]] yrs. Adm [[DATE|date:10/06]] – D/C [[DATE|date:12/06/2024]].
Viral-induced wheeze. Salbutamol 6 puffs via spacer, wean per plan. Prednisolone 1mg/kg x3 days.""",
    """Discharge summary — [[LOCATION|geo:Fiona Stanley Hospital]]
Patient: [[PERSON|name:Ian McTavish]] | UMRN [[ID|mrn:F6612093]] | DVA [[ID|health_plan:WX20417B]]
Adm [[DATE|date:2024-08-14]] | D/C [[DATE|date:2024-08-20]]
Dual-chamber PPM for CHB. Abbott Assurity MRI serial [[DEVICE|device:8123456]]; RA lead SN [[DEVICE|device:BBL224719]]; RV lead SN [[DEVICE|device:BBM330112]].
Wound check 7-10 days with GP. Device clinic 6/52.""",
    """GP letter — ED discharge, [[LOCATION|geo:Alice Springs Hospital]]
Dear Dr [[PERSON|name:Ostrowski]], [[LOCATION|geo:Gap Road Clinic]]
Re [[PERSON|name:Marlene Kngwarreye]], DOB [[DATE|date:05/06/1975]]
Seen [[DATE|date:16/07/24]] for BGL 24 and UTI. Nitrofurantoin 100mg QID 5/7. Glargine up to 30 units.
Pt prefers contact via clinic, [[PHONE|phone:(08) 5550 4413]].""",
    """eDischarge — [[LOCATION|geo:Royal Brisbane and Women's Hospital]] — sent via Medical Objects to Dr [[PERSON|name:Tran Bao]] (provider [[ID|license:4639307H]])
Patient [[PERSON|name:Ryan O'Connell]] DOB [[DATE|date:22/12/1968]] Medicare [[ID|health_plan:6787 60109 2]] URN [[ID|mrn:RB3318802]]
Admission [[DATE|date:5th Sept]]–[[DATE|date:9th Sept 2024]]: alcohol withdrawal, seizure x1 day 2. CIWA max 18. Thiamine 300mg TDS.
GGT 412. Referred to ADIS 1800 177 833.""",
    """[[LOCATION|geo:Launceston General Hospital]] — DISCHARGE
pt [[PERSON|name:darcy blake]] M/[[AGE|other:41]]
adm [[DATE|date:3/11]] d/c [[DATE|date:6/11]] cellulitis R leg -> IV cefazolin -> PO cefalexin 500mg QID to complete 10/7.
GP to review day 5.""",
    """Letter to GP — [[LOCATION|geo:Noarlunga Hospital]]
Dear Dr [[PERSON|name:Whitlock]],
Your patient [[PERSON|name:Kayla Dunn]] (DOB [[DATE|date:3/3/2003]]) presented at 20 weeks with hyperemesis; 2L IV fluids, ondansetron 4mg ODT. Ketones 3+ -> trace.
She is with the [[LOCATION|geo:Noarlunga]] MGP — midwife [[PHONE|phone:0491 579 212]].""",
    """Discharge referral — [[LOCATION|geo:North Canberra Hospital]]
To: Dr [[PERSON|name:Jonah Whitehead]] ([[EMAIL|email:jwhitehead@kippaxmed.com.au]])
Patient: [[PERSON|name:Elsie Dawes]], aged [[AGE|date:96]]. L hip hemiarthroplasty; delirium resolved.
D/C to [[LOCATION|geo:Ainslie Grove Residential Care]]. Enoxaparin 40mg daily x 28 days.""",
    """[[LOCATION|geo:SUNSHINE HOSPITAL]] — DISCHARGE SUMMARY
PATIENT: [[PERSON|name:AL-MANSOUR, Yousef]]  DOB: [[DATE|date:13 AUG 1964]]  UR: [[ID|mrn:WH1180046]]
GP: [[ADDRESS|geo:250 Hampshire Rd, Sunshine VIC 3020]] — fax [[PHONE|fax:03 9311 5551]]
CAP + AKI (Cr peak 210). D/C on amoxicillin 1g TDS. Repeat UEC 1/52.""",
]

MHR_UPLOADS = [
    """MHR UPLOAD — Event Summary
Status: SUCCESS | [[DATE|date:2024-03-14T09:22:41+11:00]]
Patient: [[PERSON|name:Alicia Moreno]] | IHI [[ID|health_plan:8003 6035 2080 6366]] | DOB [[DATE|date:07/07/1991]]
Author: Dr [[PERSON|name:Jacob Stein]] HPI-I [[ID|license:8003 6106 9544 8924]]
HPI-O 8003 6234 5678 9012 ([[LOCATION|geo:Box Hill Hospital]]) | client [[IP|ip:10.44.18.201]]""",
    """PCEHR B2B gateway log
[[DATE|date:2024-05-02]] 14:01:07 INFO uploadDocument ihi=[[ID|health_plan:8003601314073540]] type=DischargeSummary from=[[IP|ip:203.0.113.47]] PCEHR_SUCCESS
[[DATE|date:2024-05-02]] 14:01:09 WARN getDocumentList ihi=[[ID|health_plan:8003604173175141]] PCEHR_ERROR_3002 access denied (RACP)
[[DATE|date:2024-05-02]] 14:03:55 INFO searchIHI medicare=[[ID|health_plan:5738080033]] irn=4 name=[[PERSON|name:KOVAC/IVANA]] dob=[[DATE|date:1980-10-30]] from=[[IP|ip:2001:db8:4a1:20::1b]] ihi=[[ID|health_plan:8003608998440408]]""",
    """Shared Health Summary — uploaded to My Health Record [[DATE|date:18 Jun 2024]]
Individual: [[PERSON|name:Reuben Tawhiri]] · M · DOB [[DATE|date:11/04/1977]] · IHI [[ID|health_plan:8003 6035 4954 3479]]
Author: Dr [[PERSON|name:Olga Ivanova]], [[LOCATION|geo:Mt Druitt Medical Practice]]
Hx: schizoaffective disorder (2009), T2DM, OSA on CPAP (ResMed AirSense 11, SN [[DEVICE|device:23231487615]]). Allergy: penicillin (rash).""",
    """My Health Record — access history export (requested by [[PERSON|name:Noor Siddiqui]], [[EMAIL|email:noor.siddiqui1990@outlook.com]])
Date | Organisation | Action
[[DATE|date:02/09/2024]] 10:14 | [[LOCATION|geo:Westmead Hospital]] | viewed document list
[[DATE|date:05/09/2024]] 16:40 | [[LOCATION|geo:Parramatta Westfield Pharmacy]] | viewed Prescription Record
Nominated representative: [[PERSON|name:Imran Siddiqui]]""",
    """HealtheNet upload receipt — Specialist Letter
Patient [[PERSON|name:Grace Whitby]] | MRN [[ID|mrn:K3320917]] ([[LOCATION|geo:Royal North Shore Hospital]])
IHI verified [[DATE|date:22/07/2024]]: [[ID|health_plan:8003 6035 5525 2841]] (Active, Verified)
Portal: [[URL|url:https://myportal.health.nsw.gov.au/p/K3320917/docs/7781]]""",
    """ERROR — Pathology upload failed: demographic mismatch
Local: [[PERSON|name:SMYTH, Jon]] DOB [[DATE|date:1966-03-01]]; HI Service: [[PERSON|name:SMITH, John]] DOB [[DATE|date:1966-01-03]]
IHI [[ID|health_plan:8003 6034 5920 8188]], Medicare [[ID|health_plan:6986 82502 3]] IRN 5
Action: HIM officer [[PERSON|name:Bree]] to confirm at next presentation ([[PHONE|phone:+61 7 5550 1938]]).""",
    """ePrescription — token issued [[DATE|date:04/10/24]] 15:30
Patient: [[PERSON|name:Lena Fischer]] | mob [[PHONE|phone:0491 572 983]] | Medicare [[ID|health_plan:2540 44533 4/3]]
Prescriber: Dr [[PERSON|name:Oren Malik]], prescriber no [[ID|license:2288146]]
Sertraline 50mg x30, rpt 5 (PBS item 2236Q). Token: [[URL|url:https://ausscripts.erx.com.au/scripts/2GH7K9QW3P8MD]]""",
    """Advance Care Directive — uploaded by [[LOCATION|geo:Flinders Medical Centre]] [[DATE|date:Monday 11 November 2024]]
Person: [[PERSON|name:Cornelius van der Berg]], aged [[AGE|date:90]], IHI [[ID|health_plan:8003 6069 5840 1642]]
Substitute decision-makers: [[PERSON|name:Anneke van der Berg]] (daughter)
Witness JP [[PERSON|name:Mei Ling Chow]], JP no. [[ID|license:194472]]""",
    """AIR + MHR upload — [[LOCATION|geo:Palmerston Regional Hospital]] ED
Patient [[PERSON|name:Kaden Thompson]] DOB [[DATE|date:14/02/2019]] IHI [[ID|health_plan:8003 6034 4760 5024]]
ADT booster, batch AC37B182AB, L deltoid, by RN [[PERSON|name:Sally Ngo]].
myGov identity check: selfie [[ID|photo:mygov_selfie_kthompson_parent.jpg]] matched parent's licence photo.""",
    """MHR personal health notes — consumer entry
[[PERSON|name:Tahlia Reid]] ([[EMAIL|email:tahlia.r@icloud.com]]), last login [[DATE|date:29/11/2024]] from [[IP|ip:49.180.112.9]]
"Libre 3 sensor [[DEVICE|device:3MH00A8K1RJ]], Tandem t:slim X2 pump SN [[DEVICE|device:1078842]], hypos mostly 3am\"""",
]

ISBAR = [
    """ISBAR — ED to MAPU [[DATE|date:15/01/24]] 1900
I: ED RN to MAPU RN. Pt [[PERSON|name:Joan Ferris]] [[AGE|other:84F]], MRN [[ID|mrn:4410278]], bed 12.
S: urosepsis, HR 92 BP 118/70 post 2L.
B: Alzheimer's dementia, from [[LOCATION|geo:Woodville Park RACF]].
A: delirious, pulled IDC x1. Falls risk high.
R: 4/24 obs, cefTRIAXone 1g daily, call daughter [[PERSON|name:Wendy]] if deteriorates, [[PHONE|phone:0491 570 737]].""",
    """ISBAR | paramedic -> ED triage | [[DATE|date:2/2/2024]] 0305
I: QAS crew [[PERSON|name:Mick]] & [[PERSON|name:Sione]]; pt [[PERSON|name:Leon Ashby]] [[AGE|other:35]]
S: ?GHB OD, GCS 8 -> 11, snoring resps
B: known to [[LOCATION|geo:Surfers Paradise Alcohol and Drug Service]]
A: NPA in, SpO2 97% 6L HM
R: resus bed. Mate's ph [[PHONE|phone:0400 118 227]]""",
    """MHU night handover [[DATE|date:Sat 23/03]] — [[LOCATION|geo:Lyell McEwin Hospital]]
Bed | Pt | Legal | Obs | Notes
1 | [[PERSON|name:Jaxon Reeves]] | ITO L2 | 15min | settled
4 | [[PERSON|name:Maria Stathopoulos]] | vol | 30min | anxious, PRN lorazepam 1mg 2200
7 | [[PERSON|name:Kwame Asante]] | ITO L1 exp [[DATE|date:25/03]] | 1:1 | tried to abscond 1940, see SLS
9 | [[PERSON|name:Dani]] ([[PERSON|name:Danielle Frost]]) | ITO L1 | 15min | nil""",
    """Handover — [[LOCATION|geo:Royal Prince Alfred Hospital]] ortho
I: Mr [[PERSON|name:Hamid Rahmani]], URN [[ID|mrn:RPA1234983]], aged [[AGE|other:72]], bed 22
S: day 1 post L TKR. B: CABG 2019, warfarin held, INR 1.2. Own CPAP (ResMed SN [[DEVICE|device:22181893102]]).
A: pain 6/10, PCA fentanyl. UO 30ml/h.
R: restart warfarin per haem. Son [[PERSON|name:Farid]] [[PHONE|phone:02 5550 4108]]""",
    """SBAR by phone 0215 [[DATE|date:7.4.24]] — RN [[PERSON|name:Tarni Leslie]] to med reg Dr [[PERSON|name:Okafor]]
S: [[PERSON|name:Graham Pike]] bed 5, [[LOCATION|geo:Katherine Hospital]] — BP 84/50, HR 126, T 38.9
B: TURP [[DATE|date:4/4]]
A: ?sepsis, qSOFA 2
R: pls r/v within 30 min. MET call 0230.""",
    """Handover to community team — [[DATE|date:14 May 2024]]
I: [[PERSON|name:Shaun Dempsey]] ([[AGE|other:33]]), UR [[ID|mrn:SV7710043]], d/c from [[LOCATION|geo:St Vincent's Hospital Melbourne]] today
S: NFA -> [[LOCATION|geo:Flagstaff Crisis Accommodation]]. B: BPAD, polysubstance.
A: mood stable, insight fair.
R: CM f/u within 48h; Centrelink CRN [[ID|ssn:312 448 901Y]] — crisis payment applied for.""",
    """ISBAR (NT) [[DATE|date:11/08/24]]
I: RAN [[PERSON|name:Chloe Gardiner]], [[LOCATION|geo:Maningrida Health Centre]] -> CareFlight MO
S: [[PERSON|name:Dhakiyarr Wunungmurra]], [[AGE|other:14yo]], ?appendicitis, RIF pain, T 38.2
A: needs retrieval; airstrip [[LOCATION|geo:12°03'S 134°14'E]]
R: retrieve to [[LOCATION|geo:Royal Darwin Hospital]], escort mum.""",
    """shift_handover.csv (iView export)
bed,name,age,dx,notes
3,"[[PERSON|name:LAM, Rosie]]",[[AGE|other:88]],#NOF,"fasting from MN"
4,"[[PERSON|name:PAREKH, Dev]]",[[AGE|other:45]],pancreatitis,"lipase 2100"
5,"[[PERSON|name:HALL, Trevor]]",[[AGE|date:99]],CAP,"NFR, son [[PERSON|name:Paul]] aware [[PHONE|phone:0491 578 957]]\"""",
    """ISBAR — MH triage (1800 011 511) -> ED, [[DATE|date:30/09/2024]] 1645
I: triage clinician [[PERSON|name:Rowan]]
S: caller [[PERSON|name:Stephanie Kerr]] ([[PHONE|phone:0491 579 760]]) re partner [[PERSON|name:Josh]], [[AGE|other:38]], threats to end his life; holds NSW firearms licence [[ID|license:41219876]]
A: high risk
R: police welfare check at [[ADDRESS|geo:8 Currawong Pl, Orange NSW 2800]]""",
    """ICU -> ward ISBAR [[DATE|date:19 Dec]]
I: [[PERSON|name:Amara Okoye]], [[AGE|other:27]], UR [[ID|mrn:TH0418832]]
S: stepdown post DKA
B: T1DM, Medtronic 780G pump SN [[DEVICE|device:NG3215487H]] — off, on SC basal-bolus
R: diabetes educator r/v pump restart.""",
]

RISKMAN = [
    """RiskMan — Incident [[ID|other:RM-2024-018832]]
Type: aggression, patient to staff | SAC 3 | [[DATE|date:14/01/2024]] 2315
Location: [[LOCATION|geo:Royal Melbourne Hospital]] ED, cubicle 14
Patient: [[PERSON|name:Dylan Kerrigan]] UR [[ID|mrn:RMH2203481]]
Triage RN punched L shoulder; Code Grey 2316.
Security officer [[PERSON|name:Hemi Walker]] (licence [[ID|license:812274]]) + 3 others. VicPol ref [[ID|other:240114-3381]]""",
    """IIMS+ incident [[ID|other:4471902]] — S8 storage breach
[[DATE|date:03/03/2024]], [[LOCATION|geo:Nepean Hospital]] MHU
S8 cupboard opened via biometric reader 0214 — fingerprint template [[ID|biometric:FP-T-00418827]] (RN [[PERSON|name:Brett Doyle]], rostered off).
Second access 0221 — template [[ID|biometric:FP-T-00390114]] ([[PERSON|name:Maya Sinclair]], EN).
Oxycodone 10mg x20 unaccounted, register p.112.""",
    """RiskMan [[ID|other:RM24-33091]] | Fall with harm
Pt [[PERSON|name:Dorothy Pell]], [[AGE|date:92yo]], MRN [[ID|mrn:0774419]], [[LOCATION|geo:Princess Alexandra Hospital]] ward 4D bed 8
[[DATE|date:Thursday 16 May 2024]] ~0430 found on floor, R hip pain, XR #NOF. Ontario falls score 17. Bed alarm off.
Son [[PERSON|name:Geoff]] notified 0520 by med reg. Open disclosure: high level.""",
    """RiskMan — absconding (involuntary pt) [[ID|other:RM-2024-044210]]
[[DATE|date:6 July 2024]] 1710 — [[LOCATION|geo:Townsville University Hospital]] AMHU
Pt [[PERSON|name:Corey Ah Kit]] left via staff door; picked up by white Commodore QLD [[VEHICLE|vehicle:791 QWE]] (CCTV, car park P2).
CCTV still (full face): [[ID|photo:CCTV_P2_20240706_1711_face.png]]
QPS missing person report [[ID|other:QP2400112873]]. Returned by police [[DATE|date:07/07]] 0210.""",
    """Incident [[ID|other:RM 2024/51207]] — privacy breach
D/C summary for [[PERSON|name:Ava Brooks]] (MRN [[ID|mrn:WM8814022]]) faxed to [[PHONE|fax:(02) 5550 1190]] instead of GP fax [[PHONE|fax:(02) 5550 1109]].
Recipient ([[LOCATION|geo:Castle Hill Vet Clinic]]) confirmed destruction [[DATE|date:12/08/2024]]. Pt informed by NUM G.L.""",
    """RiskMan [[ID|other:RM-24-60117]] — inappropriate EMR access
Audit: user [[PERSON|name:J. Kellett]] opened record of [[PERSON|name:Sienna Kellett]] (ex-partner) MRN [[ID|mrn:CH0094412]] 14x between [[DATE|date:01/09/2024]] and [[DATE|date:15/09/2024]]
from workstation [[IP|ip:10.212.44.67]] and VPN [[IP|ip:fe80::1c2a:4bff:fe21:9a0c]].
Referred to Professional Standards; AHPRA notification re RN [[PERSON|name:Jordan Kellett]] ([[ID|license:NMW0002291184]]).""",
    """Incident: ramp offload delay >60 min — [[DATE|date:20/10/24]], [[LOCATION|geo:Flinders Medical Centre]]
Pt [[PERSON|name:Harold Beck]] [[AGE|other:79]] (SAAS case [[ID|other:SAAS 24 809910]]) deteriorated on ramp, MET 1422.
Reporter: paramedic J.T. SAC 2.""",
    """Incident [[ID|other:RM-2024-77104]] — occupational exposure (NSI)
Staff: [[PERSON|name:Ngaire Tamatea]], RN, employee no [[ID|other:E0048812]]
Source pt: [[PERSON|name:Brayden Coles]] MRN [[ID|mrn:CAN0612234]], consented to BBV testing.
[[DATE|date:4 Nov 2024]], [[LOCATION|geo:Canberra Hospital]] ED. Hep B immune (anti-HBs 112).""",
    """RiskMan [[ID|other:RM24-81530]] — medication incident (insulin pump)
Pt [[PERSON|name:Olivia Chen]], [[AGE|other:15]]; Tandem pump SN [[DEVICE|device:1121874]] left running with IV insulin -> BGL 2.1.
[[DATE|date:2024-11-22]], [[LOCATION|geo:Perth Children's Hospital]]. Mum [[PHONE|phone:0491 571 804]].""",
    """Incident [[ID|other:RM-2024-90044]] — threats to staff by phone
Caller: [[PERSON|name:Vince Marello]] (ex-pt, UR [[ID|mrn:QE5501276]]) rang ward from [[PHONE|phone:0491 574 632]] on [[DATE|date:15/12/2024]] x6.
Voiceprint match [[ID|biometric:VP-2024-1183]] (switchboard security). SAPOL report [[ID|other:24/118822]].""",
]

AGENCY_LETTERS = [
    """Services Australia — Medical Certificate (SU415)
Customer: [[PERSON|name:Daniel Huynh]]  CRN [[ID|ssn:204 771 093H]]  DOB [[DATE|date:01/01/1990]]
Condition: MDD (F32.1), onset [[DATE|date:March 2024]]. Unfit for work [[DATE|date:15/04/2024]] to [[DATE|date:15/07/2024]].
Dr [[PERSON|name:Lisa Ferraro]], provider no [[ID|license:802452BW]], [[ADDRESS|geo:Level 1, 45 Victoria Rd, Marrickville NSW 2204]], [[PHONE|phone:(02) 5550 6677]]""",
    """Dear NDIA,
Re: [[PERSON|name:Jarrod Winter]], NDIS no. [[ID|health_plan:430 118 492]], DOB [[DATE|date:28 Feb 1995]]
I have treated [[PERSON|name:Jarrod]] since 2019 for treatment-resistant schizophrenia (F20.0), on clozapine since 2021. WHODAS 2.0 = 42.
Participant portal: [[URL|url:https://myplace.ndis.gov.au/participant/430118492/plan]]
Dr [[PERSON|name:Nadia Rahman]], psychiatrist, AHPRA [[ID|license:MED0001733218]]""",
    """icare — Certificate of Capacity (NSW)
Worker: [[PERSON|name:Tevita Fonua]]  Claim no. [[ID|account:4120887731]]  Employer: [[LOCATION|geo:Prospect Concrete Works]]
DOI [[DATE|date:02/05/2024]] — L rotator cuff tear lifting formwork.
Suitable duties from [[DATE|date:20/06/2024]]: no lifting >5kg, no overhead work, 4h/day.
Dr [[PERSON|name:Helen Chau]] prov [[ID|license:0721074A]]""",
    """WorkSafe Victoria — claim [[ID|account:24-7718803]]
Worker [[PERSON|name:Rachel Bolton]], paramedic — PTSD after a job on [[DATE|date:9 Jan 2024]].
Weekly payments BSB/acc [[ID|account:063-182 10487723]]. TFN [[ID|ssn:296 031 542]].
Agent case manager [[PERSON|name:Mark Delaney]] [[EMAIL|email:mdelaney@claimsagent.com.au]]""",
    """WorkCover Queensland — Work Capacity Certificate
Claimant [[PERSON|name:Jye Morgan]] DOB [[DATE|date:19/09/1999]] Claim [[ID|account:C24/118930]]
Injury [[DATE|date:28 Jul 2024]] at [[LOCATION|geo:Acacia Ridge rail yard]] — crush L hand.
QLD DL [[ID|license:089 443 102]]: no heavy vehicle driving until [[DATE|date:1 Oct 2024]].""",
    """Social work — Centrelink contact [[DATE|date:16/08/2024]]
Rang Centrelink for Mr [[PERSON|name:Bill Harrow]] (CRN [[ID|ssn:551 203 448A]]) with verbal consent; crisis payment (homelessness) requested.
Identity confirmed by Voice ID, voiceprint ref [[ID|biometric:VID-88104273]].
New postal address [[ADDRESS|geo:PO Box 118, Katherine NT 0851]]. Mob [[PHONE|phone:0491 576 801]].""",
    """DVA — treatment request
Veteran: [[PERSON|name:Graham Oakes]], DVA file no. [[ID|health_plan:QX152338]], Gold card. Accepted: PTSD, tinnitus, L knee OA.
Admission to [[LOCATION|geo:Greenslopes Private Hospital]] trauma program. Open Arms 1800 011 046 given.
Address [[ADDRESS|geo:19 Birdwood Tce, Toowong QLD 4066]]""",
    """[[DATE|date:12 September 2024]]
NDIS plan review — functional capacity assessment (OT)
Participant: [[PERSON|name:Mason Riley]] ([[AGE|other:12]]), NDIS [[ID|health_plan:431 772 905]]
Nominee: [[PERSON|name:Stacey Riley]], [[PHONE|phone:+61 491 577 644]], [[EMAIL|email:stacey.riley.au@gmail.com]]
Address: [[ADDRESS|geo:7 Wattle Pl, Mount Barker SA 5251]]""",
    """TAC claim — medical report
Claimant: [[PERSON|name:Eliza Park]], TAC claim [[ID|account:TAC240091873]]
Accident [[DATE|date:2 March 2024]], [[LOCATION|geo:Princes Hwy]], [[LOCATION|geo:Dandenong]]. Her car VIC [[VEHICLE|vehicle:1TR 8MV]], VIN [[VEHICLE|vehicle:KMHH3V9T3SN238138]].
VIC licence [[ID|license:048771233]]. Whiplash (S13.4), 6/52 physio.""",
    """ReturnToWorkSA — work capacity certificate
Worker: [[PERSON|name:Aleksandar Jovanović]]  Claim [[ID|account:RTW-3318742]]  Employer [[LOCATION|geo:Holden Street Winery]]
DOI [[DATE|date:10/10/2024]]: low back strain. TFN [[ID|ssn:409 890 993]]. Ph [[PHONE|phone:08 5550 2299]].
Treating GP Dr [[PERSON|name:Wen Li]], prescriber [[ID|license:2031549]].""",
]


def main() -> None:
    n = write_styled(
        OUT,
        [
            ("ed-triage-notes", ED_TRIAGE),
            ("mha-forms-orders", MHA_FORMS),
            ("cmht-case-notes", CMHT_NOTES),
            ("ambulance-epcr", AMBULANCE_EPCR),
            ("pathology-requests-results", PATHOLOGY),
            ("gp-discharge-letters", GP_LETTERS),
            ("my-health-record-uploads", MHR_UPLOADS),
            ("isbar-handover", ISBAR),
            ("riskman-incident-reports", RISKMAN),
            ("agency-letters", AGENCY_LETTERS),
        ],
    )
    print(f"probe86: {n} docs")


if __name__ == "__main__":
    main()
