"""Write the 49th hand-annotated redaction probe, 100 notes of UK and Irish primary/secondary care.

Why: the engine needs an unseen test of NHS and HSE paperwork: GP2GP extracts, 111 calls,
discharge and clinic letters, CAMHS, ED cards, prescriptions, safeguarding referrals, district
nursing visits and EMIS/SystmOne-style export rows, each printing identifiers its own way.

What: ten styles (gp2gp-record-extract, hospital-discharge-letter, nhs-111-call-record,
district-nursing-visit, camhs-letter, emergency-department-card, fp10-and-repeat-prescription,
safeguarding-referral, outpatient-clinic-letter, emis-systmone-style-export-rows), 10 notes
each; 70 notes from England, Scotland, Wales and Northern Ireland and 30 from Ireland. NHS,
CHI and H&C numbers, IHI, Medical Card/GMS numbers are ID|health_plan; hospital numbers and
MRNs ID|mrn; NI numbers and PPSNs ID|ssn; GMC/NMC/HCPC/IMC/PSI numbers, GMS panel and
prescriber codes ID|license; ODS codes, case and call references ID|other. Practices, named
wards, hospitals, towns and standalone postcodes or Eircodes are LOCATION|geo; a full address
is one ADDRESS|geo span; counties standing alone are LOCATION, countries and provinces are
unmarked. Titles stay outside name spans. Doses, lab values, Read/SNOMED codes, bed numbers,
scores, gestations, times, batch numbers and money are planted unmarked.

How: cd /work/main && .venv/bin/python scripts/make_probe49_corpus.py (writes
corpus/redaction/probe49.jsonl).
"""

from pathlib import Path

from make_safe_harbor_suite import write_styled

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "corpus" / "redaction" / "probe49.jsonl"

GP2GP = [
    """GP2GP EXTRACT -- EHR_REQUEST_COMPLETED
From: [[ID|other:B82005]] [[LOCATION|geo:Beech House Surgery]], [[LOCATION|geo:Knaresborough]]   To: [[ID|other:B86071]]
Patient: [[PERSON|name:HOLLAND, Bryony Ann]]  DOB: [[DATE|date:14-Mar-1979]]  NHS No: [[ID|health_plan:456 158 8000]]
Problems:
  [[DATE|date:02/11/2016]]  Asthma (H33..) active
Meds: Clenil Modulite 100mcg 2 puffs BD; amlodipine 5 mg OD""",
    """** GP2GP summary (received [[DATE|date:03.02.2025]]) **
Name: [[PERSON|name:Gwenllian Prys-Jones]]    Age: [[AGE|date:93]]    NHS [[ID|health_plan:942 708 8397]]
Prev practice: [[LOCATION|geo:Meddygfa Teilo]], [[ADDRESS|geo:Crescent Rd, Llandeilo SA19 6HN]] ([[ID|other:W92034]])
Dx: AF (G573.), CKD 3a eGFR 52, falls x3 in 6/12
Welsh speaker, prefers Cymraeg.""",
    """GP2GP ATTACHMENTS / PATIENT [[PERSON|name:KHAN Imran]] NHSNO [[ID|health_plan:6956032163]]
1. [[ID|photo:IMG_KHAN_IMRAN_backrash_20240311.jpg]]  (clinical photo) 2.4 MB
4. ** DEGRADED ** placeholder inserted -- original file type .tif not supported
Sender ODS [[ID|other:G81044]] ([[LOCATION|geo:Preston Park Surgery]], [[LOCATION|geo:Brighton]] [[LOCATION|geo:BN1 6SB]])""",
    """ehr_extract patient_nhs=[[ID|health_plan:9655469905]] surname=[[PERSON|name:Meadows]] forename=[[PERSON|name:Summer]] dob=[[DATE|date:1998-07-21]] sex=F
ods_from=[[ID|other:F84021]] ods_to=[[ID|other:F86650]] transport=spine mhs_ip=[[IP|ip:10.214.7.33]]
record: [[DATE|date:21/7]] pregnancy booking 12+3/40, BMI 31, Hb 104 g/L; folic acid 5 mg
author=[[ID|other:kpatel3]] role=Practice Nurse nmc=[[ID|license:11H0642E]]""",
    """Record received via GP2GP from [[LOCATION|geo:The Ridgeway Surgery]] -- merged [[DATE|date:Tue 4th]] by [[PERSON|name:Lorna]] (summariser)
[[PERSON|name:Dafydd Lloyd-Hughes]], [[AGE|other:67]]y, NHS [[ID|health_plan:968 931 9485]], hosp no. [[ID|mrn:M1782044]] ([[LOCATION|geo:Ysbyty Gwynedd]])
[[DATE|date:Jan 2022]]  ICD implanted -- Medtronic Evera, serial [[DEVICE|device:BWB604471H]]
Driving: DVLA informed; vehicle [[VEHICLE|vehicle:CC19 UVW]] sold.""",
    """GP2GP -- LARGE MESSAGE (fragmented 3/3)
...continued consultations
patient: [[PERSON|name:Faith Hope]] | [[ID|health_plan:9852735497]] | [[DATE|date:02/05/2001]]
NI no on file [[ID|ssn:JT 48 21 67 C]]""",
    """PATIENT SUMMARY (SCR-style, from GP2GP)
Mr [[PERSON|name:Tomasz Wiśniewski]]  b. [[DATE|date:6/1/1958]]  ([[AGE|other:66]])
NHS: [[ID|health_plan:697 764 8082]]
Allergies: penicillin (rash), latex
Practice: [[LOCATION|geo:Mukherjee Medical Practice]], [[ADDRESS|geo:23 Abbey Street, Accrington BB5 1EB]] -- [[ID|other:P81016]]""",
    """GP2GP RESPONSE ACK -- error 06 (patient not at surgery) -- requesting practice [[ID|other:Y02847]]
PDS trace: [[PERSON|name:BROOK, Willow]], [[ID|health_plan:4031410506]], DOB [[DATE|date:30MAR2012]]
Parent/guardian: [[PERSON|name:Rain Brook]]; social worker [[PERSON|name:Kelechi Ade]] ([[LOCATION|geo:Norfolk]] CC) [[EMAIL|email:kelechi.ade@norfolk.gov.uk]]""",
    """>>> gp2gp import log [[DATE|date:2025-01-17]]T09:12:44Z
src=[[ID|other:M85063]] ([[LOCATION|geo:Kingsbury Road Medical Centre]], [[LOCATION|geo:Erdington]]) dst=[[ID|other:M85711]]
patient=[[ID|health_plan:6517364722]] name="[[PERSON|name:Lennox-Boyd, Amelia]]"
codes mapped 412/415; unmapped: 3 (EMISNQAL1, XaJM6, 1371.)""",
    """GP2GP record -- paper notes to follow via PCSE
[[PERSON|name:Siân Evans]] ([[PERSON|name:Sian]]) -- NHS [[ID|health_plan:675 116 7717]] -- [[ADDRESS|geo:2 Maes yr Ysgol, Llanrug, Caernarfon, Gwynedd LL55 4AL]]
Blue badge no. [[ID|other:LL554AL7812]]; car [[VEHICLE|vehicle:CX68 HNT]]
NI: [[ID|ssn:PW123456D]]""",
]

DISCHARGE = [
    """NHS [[LOCATION|geo:GREATER GLASGOW AND CLYDE]] -- IMMEDIATE DISCHARGE LETTER
[[LOCATION|geo:Queen Elizabeth University Hospital]], [[ADDRESS|geo:1345 Govan Road, Glasgow G51 4TF]]
Patient: [[PERSON|name:MCALLISTER, Catriona]]   CHI: [[ID|health_plan:1403798990]]   Unit no: [[ID|mrn:G1402339K]]
Dx: community-acquired pneumonia, CURB-65 2. CRP 212 -> 38. Co-amoxiclav 625mg TDS to complete 7/7.""",
    """[[LOCATION|geo:Belfast]] Health and Social Care Trust -- Discharge Summary
[[LOCATION|geo:Royal Victoria Hospital]], [[LOCATION|geo:Belfast]]   Ward: [[LOCATION|geo:Musgrave Ward]] (6A)
Name [[PERSON|name:Ciarán O'Hagan]]   H&C No [[ID|health_plan:318 985 4408]]   Hosp No [[ID|mrn:RVH 2281937]]
DOB [[DATE|date:17.02.1964]]   Addr [[ADDRESS|geo:44 Glen Rd, Andersonstown, Belfast BT11 8BX]]""",
    """[[LOCATION|geo:LEEDS]] TEACHING HOSPITALS -- ELECTRONIC DISCHARGE
Pt: Mrs [[PERSON|name:Joy Brown]]  MRN [[ID|mrn:L4471203]]  NHS [[ID|health_plan:991 336 5899]]  Age [[AGE|other:84]]
Ward: [[LOCATION|geo:Nightingale Ward]], [[LOCATION|geo:St James's University Hospital]]
TTO: paracetamol 1g QDS, Adcal-D3 1 BD, alendronic acid 70mg weekly. Lot KX2291 dispensed.
cc: Dr [[PERSON|name:Priya Ramanathan]], [[LOCATION|geo:Moorfield House Surgery]] fax [[PHONE|fax:0113 286 9017]]""",
    """Bwrdd Iechyd Prifysgol [[LOCATION|geo:Bae Abertawe]] / [[LOCATION|geo:Swansea Bay]] UHB
DISCHARGE LETTER -- [[LOCATION|geo:Ysbyty Treforys]] ([[LOCATION|geo:Morriston Hospital]]), [[LOCATION|geo:Cyril Evans Ward]]
Enw/Name: [[PERSON|name:Rhodri Gwyn Bowen]]  Dyddiad geni/DOB: [[DATE|date:30/09/1994]]
NHS [[ID|health_plan:4255191298]]   Rhif ysbyty/Hosp no: [[ID|mrn:M0921347]]
Burns 12% TBSA (L arm, chest) -- split-skin graft [[DATE|date:14eg Mai]]. Wound photos: [[ID|photo:SBUHB-BURNS-M0921347-0514-02.png]]""",
    """RCHT DISCHARGE SUMMARY    [[LOCATION|geo:Royal Cornwall Hospital]], [[ADDRESS|geo:Treliske, Truro TR1 3LJ]]
PATIENT: [[PERSON|name:PASCOE, Jago]]   [[ID|health_plan:696 145 8270]]   RCHT no [[ID|mrn:Q225618]]
Procedure: dual-chamber PPM [[DATE|date:19-Feb-2025]] for CHB. Device Abbott Assurity MRI PM2272, SN [[DEVICE|device:8841726]]
Leads: Tendril STS 2088TC (lot 3391X -- not a serial).
Remote monitoring (Abbott Merlin), account [[ID|account:MN-04478192]]""",
    """[[LOCATION|geo:Cambridge]] University Hospitals -- [[LOCATION|geo:Addenbrooke's]]
DISCHARGE TO: [[LOCATION|geo:Elm Lodge]] care home, [[ADDRESS|geo:Station Road, Histon, CB24 9LQ]]
[[PERSON|name:Ernest Rose]] ([[PERSON|name:Ernie]]), [[AGE|date:97]]yo, NHS: [[ID|health_plan:9197926906]], Hosp No [[ID|mrn:A3341129]]
Adm [[DATE|date:3rd of July]] -- urosepsis, AKI 2 (creat 212 -> 98). ReSPECT form completed, DNACPR.""",
    """[[LOCATION|geo:MATER MISERICORDIAE UNIVERSITY HOSPITAL]] -- DISCHARGE LETTER
[[ADDRESS|geo:Eccles Street, Dublin 7, D07 R2WY]]
Patient: [[PERSON|name:Ó BRIAIN, Pádraig]]   MRN: [[ID|mrn:00742219]]   IHI: [[ID|health_plan:2198864403]]
DOB: [[DATE|date:11/12/1952]]   Address: [[ADDRESS|geo:31 Cabra Park, Phibsborough, Dublin 7, D07 K5T9]]
Private account ref [[ID|account:MMUH-PA-0098113]]  Cardiology reg Dr [[PERSON|name:Eoin Fitzgerald]] IMC [[ID|license:421087]]""",
    """[[LOCATION|geo:Cork University Hospital]] / [[LOCATION|geo:Ospidéal Ollscoile Chorcaí]]
DISCHARGE SUMMARY   Ward: [[LOCATION|geo:St Finbarr's Ward]]
[[PERSON|name:Nora Hennessy]]  [[AGE|other:71]]F  MRN [[ID|mrn:CUH1139825]]  PPSN [[ID|ssn:7942337D]]
[[ADDRESS|geo:Ballyhooly Road, Glanmire, Co. Cork T45 H298]]
Fax to GP [[PHONE|fax:021 486 0311]]""",
    """[[LOCATION|geo:UHG]] -- [[LOCATION|geo:University Hospital Galway]] ([[LOCATION|geo:Ospidéal na hOllscoile, Gaillimh]])
Discharge Letter   Date of Discharge: [[DATE|date:05-03-2025]]
Name: [[PERSON|name:Seosamh Mac Con Iomaire]]   Hosp No: [[ID|mrn:G00581133]]
Address: [[ADDRESS|geo:Baile na hAbhann, Co. na Gaillimhe, H91 X2F6]]
Exacerbation COPD, pH 7.31, NIV 2/7. Pred 40mg x5/7, doxycycline 100mg OD.
GMS no. [[ID|health_plan:G 0927743 C]] -- Consultant Dr [[PERSON|name:Aoife Walsh]]
Enquiries: [[EMAIL|email:resp.secretary.uhg@hse.ie]]""",
    """[[LOCATION|geo:LETTERKENNY UNIVERSITY HOSPITAL]] -- DISCHARGE
pt [[PERSON|name:Donal McGettigan]] (known as [[PERSON|name:Dinny]]) d.o.b [[DATE|date:01/04/1961]] mrn [[ID|mrn:LUH-448210]]
of [[ADDRESS|geo:Meenacladdy, Falcarragh, Co. Donegal F92 P6X7]]
ETOH withdrawal, CIWA max 22. Thiamine 100mg TDS. Ascites tap 4.2L.""",
]

NHS111 = [
    """NHS 111 CALL RECORD   Case ID: [[ID|other:111-2025-0119-774310]]   Call start 02:14:07
Patient: [[PERSON|name:Alfie Whitlock]], [[AGE|other:3]]y, DOB [[DATE|date:18/06/2021]], NHS [[ID|health_plan:6815995682]]
Pathways: Fever (Under 5) -- temp 39.8, rash non-blanching? -> caller unsure. Disposition Dx011 ambulance cat 2.""",
    """NHS 24 / 111 Scotland -- Call summary
pt: [[PERSON|name:Morag Sinclair]]  CHI [[ID|health_plan:0208617493]]  ([[AGE|other:63]])
addr: [[ADDRESS|geo:Tigh na Mara, Balallan, Isle of Lewis HS2 9PN]]
chest pain 20 mins, radiating L arm, sweaty. Aspirin 300 mg advised. SAS dispatched -> [[LOCATION|geo:Western Isles Hospital]], [[LOCATION|geo:Stornoway]].
Voice ID enrolment: [[ID|biometric:VPR-NHS24-55810392]] (caller verified)""",
    """111 online -> callback
submission_id=[[ID|other:f3c91e0a-77b2]] ts=[[DATE|date:2024-12-24]]T23:41:02Z client_ip=[[IP|ip:86.142.207.19]]
name=[[PERSON|name:Holly Berry]] dob=[[DATE|date:1990-12-25]] postcode=[[LOCATION|geo:YO31 8HE]]
symptoms: vomiting x6, unable to keep fluids, 11/40 pregnant (G2P1). ketones ++""",
    """GIG 111 Cymru / NHS 111 Wales -- Cofnod galwad / Call record
Ref [[ID|other:W111-88310457]]
Claf/Patient: [[PERSON|name:Gethin Tudur]]  [[AGE|other:19]]  NHS [[ID|health_plan:983 030 5171]]
Caller states he is in his car in a lay-by near [[LOCATION|geo:Llanwrtyd]], reg [[VEHICLE|vehicle:DN21 KPO]].
Took 32 x paracetamol 500 mg approx 20:00 with alcohol. Police + WAST dispatched.
Mental health practitioner [[PERSON|name:Osian Rees]] (HCPC [[ID|license:PYL044719]])""",
    """NHS111 CAD ENTRY
INCIDENT [[ID|other:CAD2213/05MAR]]   CALLER MR [[PERSON|name:GRAHAM STONE]] (neighbour)   TEL [[PHONE|phone:0151 924 3381]]
PT: [[PERSON|name:PEARL ASHWORTH]]  AGE [[AGE|date:91]]  NHS [[ID|health_plan:648 068 4176]]
LOC: [[ADDRESS|geo:FLAT 12 MERSEY VIEW COURT, CROSBY, L23 0QT]] -- KEYSAFE CODE 4417 (not an ID)
FOUND ON FLOOR ~6HRS, NO HEAD INJ, ON WARFARIN INR 2.8. TELECARE PENDANT [[DEVICE|device:TUNSTALL-LR-00987731]] NOT WORN.""",
    """111 call -- transcript extract (auto-generated)
ADVISOR: can I take the patient's first line of address and postcode
CALLER: yeah its [[ADDRESS|geo:4 Coronation Street, Salford, M5 3EX]]... no not that one, ha
CALLER: i'm [[PERSON|name:Gail]], his wife. he's [[PERSON|name:Kevin Tilsley]], born [[DATE|date:the ninth of October sixty-two]]
ADVISOR: and a number we can ring you back on
CALLER: [[PHONE|phone:oh seven seven double oh nine double oh one two three]]
ADVISOR: thank you. Is he breathing normally? -- resp 28, sats 91% on his own oximeter (Contec CMS50D)
call_ref=[[ID|other:111NW-0301-55219]]""",
    """NHS 111 -- ADASTRA OOH CASE [[ID|other:OOH/6630912]]
Pt [[PERSON|name:Mia-Rose O'Driscoll-Pratt]]  DOB [[DATE|date:07.08.2019]] ([[AGE|other:5]])  NHS [[ID|health_plan:4079246242]]
Video consult link sent: [[URL|url:https://video.nhs.uk/wc/ooh-bristol/join?room=8K2Q-77TJ]]""",
    """NHS 111 Wales -- dental line
Caller [[PERSON|name:Anwen Puw]] ([[PERSON|name:Puw, A]]) [[PHONE|phone:(01248) 712 448]]
[[ADDRESS|geo:Tŷ Capel, Stryd Fawr, Llangefni LL77 7LR]]
facial swelling x2/7, temp 38.1, trismus. Not registered with dentist -> booked Emergency Dental Service [[LOCATION|geo:Bangor]] [[DATE|date:Mon 10/2]] 09:15
NI number for exemption check: [[ID|ssn:SK 20 51 93 B]]   HC2 cert [[ID|health_plan:HC2/0448129]]""",
    """NHS24 111 CALL LOG  [[DATE|date:31/12/2024]]  23:58
CHI [[ID|health_plan:3009944365]] | [[PERSON|name:DUNCAN, Skye]] | [[AGE|other:30]] | [[ADDRESS|geo:3/2, 118 Dumbarton Rd, Partick, G11 6NX]]
Recording: [[URL|url:https://recordings.nhs24.scot/calls/2024/12/31/235812-3009944365.wav]] voiceprint [[ID|biometric:VP-7Q1-99204815]]""",
    """111 clinical assessment service -- Repeat prescription request (emergency supply)
[[PERSON|name:Sunny Day]] (legal name, not a joke -- checked), [[AGE|other:44]], NHS [[ID|health_plan:932 394 5307]]
Away from home at [[LOCATION|geo:Premier Inn Skegness]] -- home [[ADDRESS|geo:9 Lavender Way, Leicester LE3 2GH]]
Needs levetiracetam 500mg BD, 2/7 left. Pharmacy: [[LOCATION|geo:Boots Lumley Avenue]], [[PHONE|fax:01754 762 001]] (fax), NUMSAS ref [[ID|other:NUM-8812-4471]]""",
]

DISTRICT = [
    """DN VISIT -- [[DATE|date:Wed 12/3]] 10:40   Caseload: [[LOCATION|geo:Hexham]] West
Mr [[PERSON|name:Alan Hedley]] ([[AGE|other:82]]) [[ID|health_plan:4601118638]]  [[ADDRESS|geo:Low Fell Cottage, Acomb, NE46 4PL]]
Key safe 1066 (code for door, not recorded elsewhere). Wife [[PERSON|name:Dot]] present.
L leg venous ulcer 4.1 x 2.8cm, slough 30%, exudate mod. ABPI 0.92. Urgoclean + K2 compression.
Photo uploaded: [[ID|photo:hedley_alan_Lleg_120325.jpg]]""",
    """District Nursing -- End of Life visit  [[DATE|date:02/02/25]] 22:15 (OOH)
Patient [[PERSON|name:Glenys Pugh]]  NHS [[ID|health_plan:632 531 0152]]  [[ADDRESS|geo:Pen y Bryn, Cwmann, Lampeter SA48 8DZ]]
McKinley T34 syringe driver serial [[DEVICE|device:T34-2417-00816]] -- midazolam 10mg + morphine 15mg /24h, rate 0.17 ml/h.""",
    """dn note -- catheter change
pt [[PERSON|name:frank castle]] dob [[DATE|date:9/9/41]] nhs [[ID|health_plan:4963035847]]
[[ADDRESS|geo:17 mill lane, wickham bishops, cm8 3nn]]
14ch 10ml balloon, residual 350ml, urine cloudy -> dip nitrite +, MSU sent. bypassing since [[DATE|date:fri]].
signed [[PERSON|name:T Okafor]] band 5""",
    """NORTHERN HSC TRUST -- DISTRICT NURSING CONTACT
Client: [[PERSON|name:Sadie McKeown]]   H&C: [[ID|health_plan:3958736637]]   DOB: [[DATE|date:12-Jul-1938]] ([[AGE|other:86]])
Address: [[ADDRESS|geo:3 Church Brae, Cloughmills, Ballymena BT44 9LB]]
Insulin: Humulin I 18 units mane, BM 14.2 pre-dose. FreeStyle Libre reader SN [[DEVICE|device:JGWT112-K3307]].
GP: [[LOCATION|geo:Dunluce Health Centre]] Fax [[PHONE|fax:028 2076 0229]]""",
    """SystmOne DN template -- PRESSURE AREA REVIEW
Patient: Mr [[PERSON|name:Noble Patience]]   NHS Number: [[ID|health_plan:425 813 1113]]
Address: [[ADDRESS|geo:Willow Bank, 2 The Green, Much Wenlock, TF13 6HS]]
Purpose T: Waterlow 22 (very high). Cat 3 sacral PU 3 x 2cm. Dynamic mattress Dyna-Form Mercury, asset tag [[DEVICE|device:SATH-EQ-0047712]].
Safeguarding? No concerns. DN: [[PERSON|name:Carol Singer]] NMC [[ID|license:88C1120E]]""",
    """DN HANDOVER (WhatsApp-style, pasted)
[[DATE|date:18/1]] -- mrs [[PERSON|name:ivy lawless]] [[ADDRESS|geo:4 harbour row, portsoy AB45 2QQ]] CHI [[ID|health_plan:0711525161]] -- dressing done, leg looking better, asked for [[PERSON|name:Shona]] again x
[[DATE|date:19/1]] -- son's van [[VEHICLE|vehicle:SV70 LMX]] blocking the lane again, pls ring ahead""",
    """PUBLIC HEALTH NURSE -- HOME VISIT RECORD (HSE CHO 4)
Client: [[PERSON|name:Kathleen Ní Shúilleabháin]]   DOB [[DATE|date:22/05/1940]]   Medical Card: [[ID|health_plan:1048862T]]
Address: [[ADDRESS|geo:Gortnagross, Ballyvourney, Co. Cork, P12 WK77]]
Post-op wound (R TKR) -- clips removed x18. Temp 36.9. Wound swab not needed.""",
    """PHN visit / Community Intervention Team
Pt [[PERSON|name:Michael Brennan]] ("[[PERSON|name:Mossie]]"), [[AGE|other:58]], PPS [[ID|ssn:0099332I]], IHI [[ID|health_plan:4409127765]]
[[ADDRESS|geo:Main St, Abbeyfeale, Co. Limerick V94 E3C8]]
Temp 37.4, CRP 44 (from 131). Flush 10ml NaCl 0.9%.
Wife [[PERSON|name:Peg]] asked re: home care grant -- bank acct for HCP payments [[ID|account:IE29 AIBK 9311 5212 3456 78]]""",
    """PHN -- new birth visit (72h)
Mother: [[PERSON|name:Aoibheann Daly]]  PPSN [[ID|ssn:1965954G]]   Baby: [[PERSON|name:Fiadh Daly]] born [[DATE|date:28.02.2025]] at [[LOCATION|geo:Rotunda]], 3.41 kg, 39+2/40
Home: [[ADDRESS|geo:Apt 14, Block B, Clongriffin, Dublin 13 D13 YK82]]
Breastfeeding well; weight 3.29 (-3.5%). Heel prick done day 4, card no. NBS 7741 (lab batch).""",
    """Community nursing (CIT [[LOCATION|geo:Galway]]) -- syringe driver / palliative
[[PERSON|name:Bartley Conneely]] -- [[ADDRESS|geo:Inis Mór, Aran Islands, H91 YX40]] -- [[AGE|date:90]] -- MRN [[ID|mrn:G00311984]]
BD BodyGuard pump serial [[DEVICE|device:BG-3117-0092841]]; oxycodone 10mg + haloperidol 1.5mg /24h.""",
]

CAMHS = [
    """[[LOCATION|geo:Riverside CAMHS]], [[ADDRESS|geo:Unit 3, Brunswick Court, Newcastle upon Tyne NE3 5RE]]
[[DATE|date:14 January 2025]]
Dear Dr [[PERSON|name:Jennings]],
Re: [[PERSON|name:Lily-Mae Robson]], DOB [[DATE|date:03/03/2010]], NHS No. [[ID|health_plan:934 802 7476]], RiO [[ID|mrn:RIO1184472]]
Restrictive eating: BMI 15.8 (0.4th centile), HR 46 lying, QTc 432. Weekly weights at the surgery please.""",
    """CAMHS -- Gwasanaeth Iechyd Meddwl Plant a Phobl Ifanc / [[LOCATION|geo:Cardiff and Vale CAMHS]]
Llythyr / Letter   [[DATE|date:22.11.2024]]
Re: [[PERSON|name:Cai Llewelyn]] (d.o.b. [[DATE|date:9 Feb 2012]]) NHS [[ID|health_plan:4426192250]]
[[ADDRESS|geo:56 Heol Llanishen Fach, Rhiwbina, Caerdydd CF14 6LB]]
ADHD assessment: Conners 3 parent T-score 78. Trial methylphenidate XL 18mg; wt 38kg, BP 104/62, HR 88.
[[PERSON|name:Elin Vaughan]], Clinical Nurse Specialist, NMC [[ID|license:07G1883W]]""",
    """NHS [[LOCATION|geo:LOTHIAN]] CAMHS -- CLINIC LETTER
[[LOCATION|geo:Royal Hospital for Children and Young People]], [[ADDRESS|geo:50 Little France Crescent, Edinburgh EH16 4TJ]]
Patient: [[PERSON|name:Rowan Grey]] (pronouns they/them; legal name [[PERSON|name:Rebecca Grey]])   CHI [[ID|health_plan:2512881555]]
Self-harm: superficial cuts L forearm, no suturing. HoNOSCA 21. Sertraline 100mg.""",
    """[[LOCATION|geo:Belfast]] Trust CAMHS (Step 3) -- Choice Appointment Letter
[[PERSON|name:Oisín Magee]]   H&C [[ID|health_plan:365 234 0124]]   DOB [[DATE|date:20/08/2009]]
[[ADDRESS|geo:11 Shaw's Road, Belfast, BT11 9PP]]
Dear Mrs [[PERSON|name:Magee]],
Your son has been offered a Choice appointment on [[DATE|date:Thursday 6 March 2025]] at 16:00 at [[LOCATION|geo:Beechcroft]] ([[ADDRESS|geo:511 Saintfield Road, Belfast BT8 8BH]]).""",
    """CAMHS LD -- letter to GP (pasted from RiO)
RE: [[PERSON|name:JOSHUA OKONJO]] aka [[PERSON|name:Josh]]   DOB: [[DATE|date:2013-04-17]]   NHS: [[ID|health_plan:4055704399]]   RiO: [[ID|mrn:RIO0093318]]
ADDRESS: [[ADDRESS|geo:Flat 7, Sceptre House, 169 Mile End Road, London E1 4DU]]
Josh is an [[AGE|other:11]]-year-old boy with autism and moderate LD, non-verbal, uses PECS.
Clinician: Dr. [[PERSON|name:Ferguson-Achebe]], Consultant LD Psychiatrist (GMC [[ID|license:4788210]])""",
    """[[LOCATION|geo:Highland]] CAMHS -- [[LOCATION|geo:Inverness]] -- appointment summary [[DATE|date:Mon 13th Jan]]
young person: [[PERSON|name:Iona Fraser]] ([[AGE|other:15]]) CHI [[ID|health_plan:120310 1848]] (dob [[DATE|date:12.03.10]])
attended via Near Me: [[URL|url:https://nhs.attendanywhere.com/cd/highland-camhs/w/Iona_Fraser_1301]]
clinician [[PERSON|name:moira ross]] (CAAP)""",
    """[[LOCATION|geo:Swindon]] CAMHS ([[LOCATION|geo:Oxford]] Health) -- DNA letter
[[DATE|date:07/02/2025]]
To the parent/carer of: [[PERSON|name:Storm Hunter]]  DOB [[DATE|date:11/11/2008]]  NHS [[ID|health_plan:964 039 7903]]
[[ADDRESS|geo:22 Clover Lea, Penhill, Swindon SN2 5LN]]
This is the second missed appointment. We will discharge to the GP if we hear nothing in 14 days.
Cc: social worker [[PERSON|name:Dawn Chorus]] (yes, real name), [[EMAIL|email:dawn.chorus@swindon.gov.uk]]""",
    """HSE CAMHS -- [[LOCATION|geo:Cork North Lee]] Team 2
[[ADDRESS|geo:St Mary's Health Campus, Gurranabraher, Cork T23 AK26]]   Tel [[PHONE|phone:021 492 5900]]
Date: [[DATE|date:19ú Feabhra 2025]]
Re: [[PERSON|name:Saoirse Ní Bhriain]]   DOB [[DATE|date:02/01/2011]]   PPSN [[ID|ssn:0924686Q]]   MRN [[ID|mrn:CAMHS-NL2-00418]]
Dx: moderate depressive episode (F32.1). Fluoxetine 10mg -> 20mg. CGAS 48.
Dr [[PERSON|name:Colette Burke]], Consultant, IMC [[ID|license:402217]]""",
    """HSE CAMHS [[LOCATION|geo:Galway]]/[[LOCATION|geo:Roscommon]] -- Discharge letter
[[DATE|date:Feb 3rd]]
Re: [[PERSON|name:Cian Ó Flatharta]], [[ADDRESS|geo:An Spidéal, Co. na Gaillimhe H91 FP29]], DOB [[DATE|date:30 Meán Fómhair 2007]], Medical Card [[ID|health_plan:4471902W]]
Transferring to adult mental health services. Remains on aripiprazole 10mg; prolactin 210 mIU/L.
Consultant: Dr [[PERSON|name:Anand Pillai]] (IMC [[ID|license:019544]])""",
    """CAMHS ([[LOCATION|geo:Wexford]]) -- parent letter
[[LOCATION|geo:Summerhill Clinic]], [[LOCATION|geo:Wexford]]  | [[PHONE|phone:053 912 3899]] | fax [[PHONE|fax:053 912 3870]]
Dear Ms [[PERSON|name:Furlong]],
Re: [[PERSON|name:Holly Furlong]] (DOB [[DATE|date:14-06-2012]]), [[ADDRESS|geo:8 Rosslare Road, Drinagh, Y35 R6K0]]
Holly has been placed on the waiting list (approx 9/12). Please contact us if things get worse.""",
]

ED_CARD = [
    """ED CARD  [[LOCATION|geo:Royal Blackburn]]  arr 03:12  triage MTS orange
NAME [[PERSON|name:DUCKWORTH, Wayne]]  [[AGE|other:38]]M  MRN [[ID|mrn:RXR2260417]]
PC: RTC driver, airbag deployed, car [[VEHICLE|vehicle:YK17 OVR]] on the motorway. GCS 15, HR 104, BP 132/80. C-spine cleared (CCR).
Wound L hand photographed -- [[ID|photo:RXR2260417_Lhand_01.jpg]]. Tetanus booster given, batch T7761.""",
    """EMERGENCY DEPT -- [[LOCATION|geo:Ninewells]], [[LOCATION|geo:Dundee]]
pt [[PERSON|name:Kerr, Eilidh]] CHI [[ID|health_plan:0806172673]] age [[AGE|other:7]]
fell off trampoline, ?supracondylar #. Neurovasc intact. Gartland II -> ortho.
dad [[PERSON|name:Stuart]] [[PHONE|phone:07747 118 302]]. School [[LOCATION|geo:Grove Academy]].""",
    """A&E  [[LOCATION|geo:Ysbyty Glan Clwyd]]  [[DATE|date:23/03/25]]
[[PERSON|name:Rhys ap Gruffydd]], [[AGE|other:24]], NHS [[ID|health_plan:6247717806]]
assault outside club in [[LOCATION|geo:Rhyl]], lac R eyebrow 2cm -- steristrips. Police ref [[ID|other:NWP-25-118842]].""",
    """ED TRIAGE CARD -- [[LOCATION|geo:Antrim Area Hospital]]
[[PERSON|name:Grace Millar]] | H&C [[ID|health_plan:3466019095]] | [[DATE|date:03/08/1955]]
SOB, sats 88% RA, RR 26. Hx COPD. Home O2 concentrator serial [[DEVICE|device:INV-PC5-4471983]].""",
    """ED -- [[LOCATION|geo:Whiston]]  (paed)   DOB [[DATE|date:01/01/2024]]  [[AGE|other:14 months]]
[[PERSON|name:Archie Bird]]  NHS [[ID|health_plan:466 109 2201]]
?ingested button battery -- XR no FB. Mum [[PERSON|name:Robin Bird]] (Mum, not Dad).""",
    """EMERGENCY DEPARTMENT -- [[LOCATION|geo:Kingston Hospital]]
Pt: Mr [[PERSON|name:Victor Marsh]]  [[AGE|date:95]]  NHS [[ID|health_plan:9021458039]]
From [[LOCATION|geo:Coombe Hill Nursing Home]]. Hypoglycaemia BM 2.1, glucagon 1mg IM by LAS. CBG now 7.4.
Paramedic [[PERSON|name:Nadia Haque]] HCPC [[ID|license:PA41877]]""",
    """ED NURSING CARD -- [[LOCATION|geo:St Vincent's University Hospital]], [[LOCATION|geo:Elm Park]]
[[PERSON|name:Fintan Keogh]]  [[AGE|other:52]]  MRN [[ID|mrn:SVUH0871120]]
chest pain 2h, ECG NSR, trop 8 -> 9. HEART score 3.
Private patient -- billing acct [[ID|account:SVUH-BIL-22018874]]. Wife [[PERSON|name:Gráinne]] [[PHONE|phone:01 269 4533]]""",
    """ED Card  [[LOCATION|geo:University Hospital Kerry]], [[LOCATION|geo:Tralee]]
[[PERSON|name:Johnny Sheehy]], DOB [[DATE|date:5/5/88]], PPS [[ID|ssn:6927816U]]
fell from tractor on farm at [[LOCATION|geo:Ballyheigue]]. L wrist deformity -> BBA, POP. Tractor reg [[VEHICLE|vehicle:12-KY-3318]].""",
    """Emergency Dept -- [[LOCATION|geo:Our Lady of Lourdes Hospital]], [[LOCATION|geo:Drogheda]]
Name: [[PERSON|name:Tiernan McEvoy-Reilly]]  MRN [[ID|mrn:OLOL442915]]  Age [[AGE|other:31]]
Dog bite R calf. Co-amoxiclav 625mg TDS 5/7. Photo of wound: [[ID|photo:OLOL442915_calf_bite.png]]""",
    """ED -- [[LOCATION|geo:Mayo University Hospital]]
[[PERSON|name:Síle Ní Mháille]] -- [[AGE|other:19]] -- GMS [[ID|health_plan:2097731K]]
Anaphylaxis (peanut), adrenaline 0.5mg IM x1. Obs 4h. Given EpiPen x2.""",
]

FP10 = [
    """FP10SS  Pharmacy Stamp ........  Age [[AGE|other:71]]  D.o.B [[DATE|date:19/04/1953]]
Title, Forename, Surname & Address: Mrs [[PERSON|name:Hilda Goodbody]], [[ADDRESS|geo:6 Ash Grove, Ripon HG4 1NZ]]
NHS Number: [[ID|health_plan:998 707 1481]]
Atorvastatin 20mg tabs, 28, ONE AT NIGHT
Signature of Prescriber ........  Dr [[PERSON|name:N. Sethi]]  [[LOCATION|geo:North House Surgery]]  [[ID|license:G7019338]] ([[ID|other:B82062]])""",
    """REPEAT SLIP (tear off) -- MR [[PERSON|name:K JONES-PARRY]]  [[ID|health_plan:4760767886]]
Bisoprolol 2.5mg    28   issued 3 of 6
Tick items needed and hand in to [[LOCATION|geo:Meddygfa'r Llan]], [[LOCATION|geo:Pwllheli]] or order at [[URL|url:https://app.nhs.uk/prescriptions/repeat?nhs=4760767886]]""",
    """GP10 (Scotland)  CHI [[ID|health_plan:1102300160]]  [[PERSON|name:Isobel Mackintosh]]  [[AGE|date:95]]
[[ADDRESS|geo:Croft 4, Achmore, Strome Ferry IV53 8UN]]
Oramorph 10mg/5ml oral soln 100ml -- 2.5-5mg PRN 2-hourly. CD -- total 100 (one hundred) ml.
Dr [[PERSON|name:Euan Mackenzie]] GMC [[ID|license:3318924]], [[LOCATION|geo:Lochcarron Medical Practice]]
Collected by: [[PERSON|name:Donald John Matheson]] (son-in-law) -- ID seen, driving licence [[ID|license:MATHE605124DJ9IK]]""",
    """HS21 / WP10 (Wales) -- prescription
Enw: [[PERSON|name:Bryn Cadwaladr]]  Rhif GIG: [[ID|health_plan:6543833416]]  Oed: [[AGE|other:60]]
Exempt: age 60+ -- NI no. [[ID|ssn:AB 10 44 27 C]]
Salbutamol 100mcg inhaler x2, Fostair 100/6 x1
Pharmacy account (care home billing) [[ID|account:CH-ACC-55017]] -- [[LOCATION|geo:Plas Gwyn]] care home, [[LOCATION|geo:Dolgellau]]""",
    """HS21 (Northern Ireland)  H&C: [[ID|health_plan:3582557235]]
[[PERSON|name:Frances Quinn]] (known as [[PERSON|name:Fanny]]), [[ADDRESS|geo:Mullaghmore Cottage, Derrylin Rd, Enniskillen BT74 9HX]]
Levothyroxine 75mcg tabs, 56, one daily. TSH 3.2.
Dr [[PERSON|name:Eamon Maguire]], [[LOCATION|geo:Erne Health Centre]], cipher [[ID|license:4411]]""",
    """EPS R2 -- prescription token (FP10DT)
Prescription ID: [[ID|other:7F2C41-B86095-46A2D1]]   Nominated dispenser: [[ID|other:FQ418]] ([[LOCATION|geo:Wharfedale Pharmacy]], [[LOCATION|geo:Otley]])
Patient [[PERSON|name:Amber Leaf]]  [[DATE|date:1999-02-14]]  NHS [[ID|health_plan:6969308804]]
Microgynon 30 ED x3 packs.  Exempt category: none; PPC [[ID|health_plan:PPC-94418270]]""",
    """GMS PRESCRIPTION -- General Medical Services (Ireland)
Patient: [[PERSON|name:Peadar Ó Dubhghaill]]   GMS No: [[ID|health_plan:6630048J]]   DOB [[DATE|date:03/10/1979]]
[[ADDRESS|geo:Flat 2, 14 Gardiner St Upper, Dublin 1, D01 E5X9]]
Methadone 1mg/ml, 85ml daily, supervised, Mon-Sat; takeaway Sun. CTL card [[ID|other:CTL-0442871]]
Dispensing ID check by fingerprint -- template [[ID|biometric:FPT-IE-7730-0092]]
Dr [[PERSON|name:Conor Lally]], GMS panel [[ID|license:G61183]], [[LOCATION|geo:Merchants Quay]] clinic""",
    """PRIVATE PRESCRIPTION (Drug Payment Scheme)
[[PERSON|name:Orla Fennelly]], [[ADDRESS|geo:The Old Forge, Thomastown, Co. Kilkenny R95 NX63]]
DPS card [[ID|health_plan:DPS 8112044]]   PPSN [[ID|ssn:8049162U]]
Ozempic 0.5mg pen x1; metformin 1g BD. HbA1c 58.
Dispensed [[LOCATION|geo:Thomastown Pharmacy]] -- pharmacist [[PERSON|name:Niall Power]] PSI [[ID|license:7719]]; acct [[ID|account:TP-FAM-0331]]""",
    """LTI book -- Long Term Illness Scheme
[[PERSON|name:Jack Frost]] (aged [[AGE|other:9]]), [[LOCATION|geo:Carrick-on-Shannon]], [[LOCATION|geo:Co. Leitrim]]
LTI no. [[ID|health_plan:LTI 0447218]]   condition: Type 1 DM
NovoRapid Penfill, Levemir, Dexcom G7 sensors x3 -- transmitter SN [[DEVICE|device:8T4QJL2]]""",
    """From: Dr [[PERSON|name:Ruairí Breathnach]] <[[EMAIL|email:ruairi.breathnach@healthmail.ie]]>
To: [[EMAIL|email:dingle.pharmacy@healthmail.ie]]
Subject: eRx -- [[PERSON|name:BREATHNACH Máirtín]] (no relation) MC [[ID|health_plan:5519037R]]
Amoxicillin 500mg TDS x7/7. Prednisolone 5mg x6/day x5/7.
Pt address [[ADDRESS|geo:Baile an Fheirtéaraigh, Trá Lí, V92 T2K4]]. GMS panel [[ID|license:G70412]]""",
]

SAFEGUARDING = [
    """MASH REFERRAL -- [[LOCATION|geo:Bradford]] Children's Front Door   Submitted via [[URL|url:https://bradford-mash.egress.com/ref/MASH-25-03391]]
Child: [[PERSON|name:Destiny Akhtar-Holmes]]  DOB [[DATE|date:16/09/2018]]  NHS [[ID|health_plan:9421569776]]
Address: [[ADDRESS|geo:41 Thornbury Avenue, Bradford BD3 8JP]]
Concern: 3 fingertip bruises L upper arm, 1 R cheek. Body map + photos [[ID|photo:BM_DAH_160918_img1.jpg]], [[ID|photo:BM_DAH_160918_img2.jpg]]
Mother [[PERSON|name:Kayleigh Holmes]]; mum's partner [[PERSON|name:Lee]] (surname unknown) drives silver Astra [[VEHICLE|vehicle:BD66 XRF]].""",
    """ADULT SAFEGUARDING CONCERN (Section 42) -- [[LOCATION|geo:Norwich]]
Adult at risk: Mrs [[PERSON|name:Margaret Able]], [[AGE|other:88]], NHS [[ID|health_plan:4838343337]]
Her account (Barclays) [[ID|account:20-45-77 41877203]] -- statements seen by carer [[PERSON|name:Precious Moyo]].
Raised by [[PERSON|name:Tom Selby]], DN, [[EMAIL|email:tom.selby@nchc.nhs.uk]]""",
    """IRD -- Interagency Referral Discussion (Child Protection) -- NHS [[LOCATION|geo:Tayside]]
Child: [[PERSON|name:Ruaridh Cameron]]  CHI [[ID|health_plan:050409 1840]]  age [[AGE|other:15]]
Addr: [[ADDRESS|geo:12 Menzieshill Rd, Dundee DD2 4AP]]
Disclosed exploitation; phone handle used by adult: [[ID|other:@k1ngp1n_dd]]. Next IRD [[DATE|date:13/02/2025]] 14:00.""",
    """MARF -- Adult at Risk report (Wales)
Person: [[PERSON|name:Eifion Parry]], [[AGE|other:43]], learning disability, lives [[ADDRESS|geo:Flat 3, Ty Gwyn, Ffordd Pentre, Wrecsam LL11 2RR]]
Concern: 'mate' [[PERSON|name:Gaz]] moving in, taking PIP money. DWP NI no: [[ID|ssn:YH 66 20 11 A]]
Care coordinator [[PERSON|name:Llio Hughes]], [[LOCATION|geo:Wrexham]] CLDT [[PHONE|phone:01978 298 100]] fax [[PHONE|fax:01978 298 199]]""",
    """UNOCINI REFERRAL -- Gateway Team, Southern HSC Trust
Child: [[PERSON|name:Caoimhe Donnelly]]  H&C [[ID|health_plan:3773601883]]  DOB [[DATE|date:04-04-2016]]
Address: [[ADDRESS|geo:7 Drumalane Park, Newry BT35 8UJ]]""",
    """MARAC REFERRAL (DASH 17/24 -- high risk)
Victim: [[PERSON|name:Chelsea Moon]] (DOB [[DATE|date:1997]]), NHS [[ID|health_plan:9928084416]], [[LOCATION|geo:Hastings]]
Perpetrator: [[PERSON|name:Kyle Stanton]], [[AGE|other:29]], drives [[VEHICLE|vehicle:GU19 WKL]]
Injuries: strangulation marks -- photos held by [[LOCATION|geo:Sussex]] Police, exhibit [[ID|photo:SP-EXH-KS-0041.jpeg]]""",
    """TUSLA -- Children First Standard Report Form
Child: [[PERSON|name:Ellie-Mai Ward]]  DOB [[DATE|date:29/11/2014]]  PPSN [[ID|ssn:1712034U]]
Address: [[ADDRESS|geo:23 Cherry Orchard Ave, Ballyfermot, Dublin 10, D10 KH31]]
Concern: neglect -- attending [[LOCATION|geo:Scoil Mhuire Gan Smál]] hungry, same clothes x5 days. Sibling [[PERSON|name:Tyler]] ([[AGE|other:4]]).
Submitted via [[URL|url:https://portal.tusla.ie/reports/TUS-DSW-2025-11473]] from [[IP|ip:213.233.147.60]]""",
    """HSE SAFEGUARDING AND PROTECTION TEAM -- PSF1
Adult: Mr [[PERSON|name:Patrick Joseph Hayes]] ([[PERSON|name:PJ]]), [[AGE|other:79]], [[LOCATION|geo:Roscrea]], [[LOCATION|geo:Co. Tipperary]]
IHI [[ID|health_plan:9004417726]]. Resident [[LOCATION|geo:St Brigid's Nursing Home]].
Designated officer [[PERSON|name:Joan Meagher]] [[EMAIL|email:safeguarding.cho3@hse.ie]] fax [[PHONE|fax:0505 21 999]]""",
    """Tusla referral -- GP letter (pasted)
Re: [[PERSON|name:Cillian Murphy]] (no, not the actor) [[DATE|date:12/06/2019]], [[ADDRESS|geo:4 Mallow St, Limerick V94 Y7R1]]
Mum [[PERSON|name:Tanya Murphy]] disclosed DV from ex-partner [[PERSON|name:Jason Kiely]], Garda PULSE no. [[ID|other:PULSE 19920344]]""",
    """Child Protection Notification -- [[LOCATION|geo:Sligo University Hospital]] paediatrics
Infant: Baby [[PERSON|name:Finnegan]] (male), born [[DATE|date:09/02/2025]] 36+1/40, MRN [[ID|mrn:SUH-B-771042]]""",
]

OUTPATIENT = [
    """Department of Rheumatology, [[LOCATION|geo:Freeman Hospital]], [[LOCATION|geo:High Heaton]]
Clinic date: [[DATE|date:10th February 2025]]   Dictated [[DATE|date:10/2]]  Typed [[DATE|date:17/2]] ([[PERSON|name:jw]])
Re: [[PERSON|name:Dorothy Parker]], [[DATE|date:08.05.1950]], NHS [[ID|health_plan:692 553 5856]], MRN [[ID|mrn:F0447182]]
Diagnosis: seropositive RA (anti-CCP >300), DAS28 5.1. Start methotrexate 15mg weekly, folic acid 5mg weekly (not Thursday).""",
    """OPHTHALMOLOGY OUTPATIENTS -- [[LOCATION|geo:Gartnavel General]]
Patient: [[PERSON|name:Alexander Maclean]] ([[PERSON|name:Sandy]])  CHI [[ID|health_plan:190744 7180]]  ([[AGE|other:80]])
Diabetic eye screening images [[ID|photo:DES_1907447180_OD_fundus.jpg]] reviewed: R3A OD, laser PRP booked.
VA 6/18 R, 6/9 L. IOP 17/16. OCT CMT 412um.""",
    """Private Outpatient Consultation -- [[LOCATION|geo:Spire Cardiff Hospital]]
[[DATE|date:14-01-2025]]  Patient: Mr [[PERSON|name:Owain Glyndwr Rees]]  Insurer Bupa membership [[ID|health_plan:BUP7743112-01]]
Invoice [[ID|account:INV-SPC-0998127]] -- £250.00 consultation fee
Knee OA, KL grade 3. Steroid injection 40mg Depo-Medrone. Consider TKR.
Secretary [[PERSON|name:Menna]] [[PHONE|phone:029 2073 5515]] / [[EMAIL|email:menna.orthosec@spirehealthcare.com]]""",
    """[[LOCATION|geo:Craigavon Area Hospital]] -- Urology OPD
Re: [[PERSON|name:Trevor Gracey]]  H&C [[ID|health_plan:3880239452]]  D/N [[ID|mrn:CAH-U-332981]]
Clinical nurse specialist [[PERSON|name:Kate O'Neill]] [[PHONE|phone:028 3861 2345]] fax [[PHONE|fax:028 3861 2399]]""",
    """ENT Clinic -- [[LOCATION|geo:Royal Derby Hospital]]
[[DATE|date:Wednesday 5th March]]
Dear Dr [[PERSON|name:Fox]],
[[PERSON|name:Robin Sparrow-Hill]], [[AGE|other:68]], NHS [[ID|health_plan:446 842 6675]], [[ADDRESS|geo:The Barn, Hollow Lane, Mayfield, Ashbourne DE6 2HB]]
Cochlear implant (Nucleus CI612) R ear, serial [[DEVICE|device:CI612-4471920]] -- processor lost at [[LOCATION|geo:Carsington Water]]; replacement ordered.
PTA L: 65 dB HL average. Tinnitus handicap inventory 44.""",
    """Neurology Outpatients, [[LOCATION|geo:Royal Hallamshire Hospital]], [[ADDRESS|geo:Glossop Road, Sheffield S10 2JF]]
Re: [[PERSON|name:Kelly Cutler]]  dob [[DATE|date:29/02/1984]]  [[ID|health_plan:4953457803]]  hosp no [[ID|mrn:S2910447]]
Focal seizures, 2 in 6/12. Lamotrigine 200mg BD, level 8.1 mg/L. Must not drive -- DVLA licence [[ID|license:CUTLE852294K99JN]] to be surrendered.""",
    """[[LOCATION|geo:BEAUMONT HOSPITAL]] -- Neurology OPD   [[DATE|date:24/01/2025]]
Patient: [[PERSON|name:Eithne Ní Cheallaigh]]   MRN [[ID|mrn:B0619924]]   IHI [[ID|health_plan:5102783365]]
[[ADDRESS|geo:17 Griffith Avenue, Marino, Dublin 9, D09 X8C1]]
RRMS on natalizumab 300mg 4-weekly; JCV index 0.22. EDSS 2.0.
Yours, Prof [[PERSON|name:Orla Hardiman-Byrne]], IMC [[ID|license:018220]]""",
    """[[LOCATION|geo:St James's Hospital]] -- Haematology clinic letter   Date: [[DATE|date:2 Mar 2025]]
Re: [[PERSON|name:Declan Rice]] (patient, [[AGE|other:57]]), [[ADDRESS|geo:22 Lourdes Rd, Dublin 8, D08 FW2P]], MRN [[ID|mrn:SJH 3304817]], PPSN [[ID|ssn:9114480PA]]
CLL Binet A, lymphs 14.2 x10^9/L, Hb 131. Watch and wait. Repeat FBC 3/12.""",
    """[[LOCATION|geo:Children's Health Ireland at Tallaght]] -- General Paeds OPD
[[DATE|date:11.03.25]]
[[PERSON|name:Oliwia Kowalczyk]] (DOB [[DATE|date:01-09-2017]], MRN [[ID|mrn:T1188204]]), [[ADDRESS|geo:Apt 9, The Maltings, Tallaght, Dublin 24, D24 K2W5]]
Coeliac: anti-tTG 7 -> <1 on GFD. Height 122cm (25th), weight 23kg.""",
    """[[LOCATION|geo:South Infirmary Victoria University Hospital]] -- private ENT rooms
Patient: [[PERSON|name:Barry Lane]]   PPSN [[ID|ssn:1320110KA]]   VHI member [[ID|health_plan:VHI 40228174]]
Account no. [[ID|account:SIVUH-PR-7761043]] -- €180 consultation (not covered).
Septoplasty listed [[DATE|date:April 22nd]]. Contact [[EMAIL|email:barry.lane.cork@gmail.com]] / [[PHONE|phone:087-994-2118]]""",
]

EXPORT = [
    """EMIS Web search export -- "Asthma review due" (CSV)
nhs_number,surname,forename,dob,postcode,usual_gp,last_review,act_score
"[[ID|health_plan:4561 588 000]]",[[PERSON|name:HOLLAND]],[[PERSON|name:Bryony]],[[DATE|date:14/03/1979]],[[LOCATION|geo:HG5 9AL]],[[PERSON|name:OKONKWO-REILLY F]],[[DATE|date:02/11/2023]],18
# rows: 2   generated_by=[[ID|other:cchapman02]]   practice=[[ID|other:B82005]]""",
    """SystmOne Strategic Reporting -- pipe-delimited
PatientID|NHSNo|Name|DOB|Event|Value|Date|Clinician
[[ID|mrn:S1-00774193]]|[[ID|health_plan:6480684176]]|[[PERSON|name:Ashworth Pearl]]|[[DATE|date:1933-05-02]]|INR|2.8|[[DATE|date:2025-02-11]]|[[PERSON|name:B Kearney]]
-- 2 rows; SNOMED 440231000124104 / 414075003 are codes, not identifiers""",
    """{"export":"emis_appointments","site":"[[ID|other:M85063]]","rows":[
 {"slot":"09:10","patient":"[[PERSON|name:Lennox-Boyd, Amelia]]","nhs":"[[ID|health_plan:651 736 4722]]","type":"F2F","clinician":"Dr [[PERSON|name:H. Singh]]"},
 {"slot":"09:20","patient":"[[PERSON|name:Khan, Imran]]","nhs":"[[ID|health_plan:6956032163]]","type":"Video","link":"[[URL|url:https://accurx.thirdparty.nhs.uk/r/9Fq2ZK7]]"},
 {"slot":"09:30","patient":"BLOCKED","reason":"staff training"}]}""",
    """audit_log.csv (SystmOne access audit)
timestamp,user,smartcard_uuid,workstation_ip,action,patient_nhs
[[DATE|date:2025-03-01]] 08:02:11,[[PERSON|name:Ruth Tandy]],[[ID|other:555012347781]],[[IP|ip:10.32.118.44]],RECORD_OPEN,[[ID|health_plan:9987071481]]
[[DATE|date:2025-03-01]] 23:51:02,[[ID|other:unknown_user_77]],,[[IP|ip:2a02:c7c:5e21:9a00::14]],LOGIN_FAIL,""",
    """EMIS patient registration extract (key=value)
surname=[[PERSON|name:PRITCHARD]] forenames=[[PERSON|name:Gwion Elis]] dob=[[DATE|date:21061987]] sex=M
nhs=[[ID|health_plan:4258131113]] nino=[[ID|ssn:JK412218B]]
addr1=[[ADDRESS|geo:Hen Efail, Llanfihangel-y-Pennant, Tywyn, LL36 9TP]]
nhs_app_face_verification_id=[[ID|biometric:IPV-FV-88301724-C]]""",
    """SystmOne -- "Carers" register export
Patient,Carer,Relationship,Carer phone,Carer's own GP
"[[PERSON|name:Pugh, Glenys]]","[[PERSON|name:Lowri Pugh-Davies]]",Daughter,"[[PHONE|phone:07812 336904]]","[[LOCATION|geo:Aberaeron Medical Centre]]"
Total carers: 3 (QOF CAR001)""",
    """EMIS Web -- Medication audit export (controlled drugs)
patient_id,name,drug,dose,qty,prescriber_gmc,dispensing_device,collector_biometric
[[ID|mrn:EMIS-448120]],[[PERSON|name:Ivy Lawless]],Oxycodone MR,10mg BD,56,[[ID|license:4409213]],[[DEVICE|device:OMNICELL-XT-22A91F]],
[[ID|mrn:EMIS-448133]],[[PERSON|name:Jago Pascoe]],Morphine sulf oral soln,10mg/5ml,100ml,[[ID|license:4409213]],,[[ID|biometric:PALMV-0091-33812]]
Export run by [[EMAIL|email:emis.admin.perranporth@nhs.net]] on [[DATE|date:03/03/2025]]""",
    """Socrates (IE) -- patient list export
PatientNo;Name;DOB;PPSN;GMS/DVC;Eircode;Phone
[[ID|mrn:SOC-10447]];[[PERSON|name:Ní Shúilleabháin Kathleen]];[[DATE|date:22/05/1940]];[[ID|ssn:6425439DA]];[[ID|health_plan:1048862T]];[[LOCATION|geo:P12 WK77]];[[PHONE|phone:026 45 118]]
Practice: [[LOCATION|geo:Ballyvourney Medical Centre]] -- GMS panel [[ID|license:G60881]]""",
    """Helix Practice Manager -- HealthLink message log
msg_id=[[ID|other:HL-2025-0218-00914]] type=LAB_RESULT from=[[LOCATION|geo:Cavan General Hospital]] lab
patient="[[PERSON|name:Brady, Fergus]]" dob=[[DATE|date:1972-08-30]] ihi=[[ID|health_plan:6610447203]]
result: HbA1c 71 mmol/mol (ref 20-42); eGFR 58
recipient=[[EMAIL|email:drcoyle.cootehill@healthmail.ie]] client_ip=[[IP|ip:89.101.44.213]]""",
    """HealthOne (IE) -- appointment + billing rows
date,time,patient,scheme,card_no,fee,payment_acct
[[DATE|date:12/03/2025]],10:15,[[PERSON|name:Lane Barry]],PRIVATE,,60.00,[[ID|account:STRIPE-cus_Qe81XbT]]
[[DATE|date:12/03/2025]],10:30,[[PERSON|name:Daly Aoibheann]],GMS,[[ID|health_plan:7713305K]],0.00,
portal: [[URL|url:https://booking.healthone.ie/clinic/ballsbridge-gp/patient/88120]]""",
]

STYLES = [
    ("gp2gp-record-extract", GP2GP),
    ("hospital-discharge-letter", DISCHARGE),
    ("nhs-111-call-record", NHS111),
    ("district-nursing-visit", DISTRICT),
    ("camhs-letter", CAMHS),
    ("emergency-department-card", ED_CARD),
    ("fp10-and-repeat-prescription", FP10),
    ("safeguarding-referral", SAFEGUARDING),
    ("outpatient-clinic-letter", OUTPATIENT),
    ("emis-systmone-style-export-rows", EXPORT),
]


def main() -> None:
    print(f"probe49: {write_styled(OUT, STYLES)} docs")


if __name__ == "__main__":
    main()
