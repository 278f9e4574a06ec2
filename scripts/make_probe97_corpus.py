"""Write the 97th hand-annotated redaction probe, Asia-Pacific voice dictation and staff messaging.

Why: clinics in Australia, Singapore, Malaysia, Hong Kong, the Philippines and the Pacific
increasingly produce notes by speech-to-text and run handovers over SMS and WhatsApp. That text
has no punctuation or capitals to lean on: names, addresses, dates and identifiers arrive in
lowercase, numbers are spoken as words or run together as digits, Chinese names come surname
first, Malay names carry bin/binti, Tamil names s/o and d/o, and Tongan, Samoan and Fijian names
and villages carry glottal stops and titles. Local identifiers (Singapore NRIC/FIN, Malaysian
MyKad, Hong Kong ID, PhilHealth, Medicare/IHI) sit next to doses, scores, bed numbers and public
helplines that must stay. A redactor tuned on typed English notes leaks here.

What: one hundred notes written by hand for this project, ten in each of ten styles:
dictated-discharge-summary (raw speech-to-text discharge summaries), dictated-clinic-letter
(outpatient letters from dictation, some with spoken punctuation left in), staff-sms-thread
(text threads between nurses, doctors and clerks), whatsapp-group-handover (exported WhatsApp
group chats used for shift handover), interpreter-session-note (notes written by or about
healthcare interpreters), call-centre-triage-transcript (nurse-line and ambulance triage call
transcripts with call metadata), transcribed-voicemail (voicemail-to-text messages left for
clinics), pharmacy-phone-log (community and hospital pharmacy telephone logs),
outpatient-booking-chat (web and app booking chat transcripts) and ward-round-dictation
(consultant ward-round dictation). Each identifier is marked inline as
``[[LABEL|category:text]]``; ``write_styled`` strips the markers and computes offsets.

Conventions: titles/roles outside names (Dr, Mrs, Madam, Ratu, Adi, Reverend, Pastor);
"SURNAME, First" and "SURNAME First" are one span, as are Chinese names written surname first
("TAN Wei Ming", "chan tai man") and Malay and Tamil names with bin/binti/s/o/d/o; nicknames and
first names alone are marked. Medicare, IHI, DVA, PhilHealth, CHAS and insurer memberships are
ID|health_plan; hospital, UR, HN, case and ED attendance numbers are ID|mrn; Singapore
NRIC/FIN, Malaysian MyKad, Hong Kong ID, Philippine SSS/UMID and Australian TFN are ID|ssn;
AHPRA, SMC MCR, MMC, MCHK, PRC, NAATI credential and driver licence numbers are ID|license;
bank account numbers, hospital bill and pharmacy accounts ID|account; case, incident, police
report, passport, work permit, interpreter booking, triage call and appointment references ID|other.
Numbers spoken as words are marked exactly as transcribed, and a spelled-out repeat of an
identifier is a second span. Ages of anyone are marked, 90+ as AGE|date; "13F", "26M", "6yo",
"18mo" whole, "M/35" and "94 yrs" number only. A date with its time is one DATE span;
weekday+date one span; times, years, durations, weekdays alone and gestations are not marked.
Hospitals, polyclinics, clinics, care homes, named pharmacies (with branch town), schools,
churches, hotels, towns, suburbs, barangays, villages, islands and streets without a number are
LOCATION|geo; a full address (also a block and unit number with estate, or a lot with barangay)
is one ADDRESS|geo; a lone postcode ADDRESS|geo. Countries, states, provinces, health
ministries, agencies and charities are not marked. Public lines (000, 995, 999, 911, 13 HEALTH,
1800 numbers, 13 11 26), bleeps and extensions are not marked; ward, clinic and pharmacy phone
and fax numbers are. Serials, transmitter ids and IMEIs of personal devices are DEVICE|device;
batch/lot numbers are not marked. Only full-face photo references are ID|photo; fingerprint,
voiceprint and iris template ids are ID|biometric. Staff initials alone are not marked.

How: cd /work/main && .venv/bin/python scripts/make_probe97_corpus.py (writes
corpus/redaction/probe97.jsonl).
"""

from pathlib import Path

from make_safe_harbor_suite import write_styled

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "corpus" / "redaction" / "probe97.jsonl"

DISCHARGE_SUMMARIES = [
    """discharge summary for [[PERSON|name:tan wei ming]] [[PERSON|name:t a n wei ming]] elderly gentleman
nric [[ID|ssn:S4266002G]] i repeat [[ID|ssn:s four two six six zero zero two g]] hospital number [[ID|mrn:two one zero three four five six seven]]
admitted with community acquired pneumonia curb sixty five score two treated with iv augmentin one point two grams eight hourly then oral for five days full stop
crp one eight four on admission down to twenty two on day five sats ninety six percent on room air at discharge
new paragraph discharged home to [[ADDRESS|geo:block five one two ang mo kio avenue eight hash zero seven dash one two three four singapore five six zero five one two]] with his wife
follow up at [[LOCATION|geo:ang mo kio polyclinic]] in two weeks repeat chest x ray in six weeks
dictated by the medical registrar bleep two four one typed ab""",
    """discharge summary [[LOCATION|geo:logan hospital]] ward three c u r [[ID|mrn:00441927]] medicare [[ID|health_plan:four five zero one seven seven one five eight two]] reference number one
[[AGE|other:fifty eight]] year old samoan woman admitted [[DATE|date:the second of february twenty twenty four]] with infected left diabetic foot ulcer
hba1c ten point two percent wound swab mssa treated with flucloxacillin two grams four times a day iv then cephalexin five hundred milligrams qid for ten days
metformin one gram bd gliclazide mr sixty milligrams mane insulin glargine started at sixteen units nocte
daughter [[PERSON|name:losa]] does the dressings at home
gp please note our fax has changed fax [[PHONE|fax:oh seven three two nine oh four four one two]] please
high risk foot clinic [[DATE|date:friday the sixteenth of february at nine thirty]] dictated by the intern""",
    """this is a discharge summary dictation for [[PERSON|name:chan tai man]] that's surname [[PERSON|name:c h a n]] given name [[PERSON|name:tai man]] hkid [[ID|ssn:r nine five zero four eight four bracket one]]
[[AGE|other:eighty two]] year old retired bus driver admitted [[DATE|date:twenty eighth of november]] with left mca infarct nihss four on arrival two at discharge
not thrombolysed outside window aspirin three hundred milligrams then one hundred daily atorvastatin forty milligrams nocte
swallow passed on day two ct brain no haemorrhagic transformation
lives in [[ADDRESS|geo:flat twelve b eighteenth floor block three kornhill quarry bay]] with wife and daughter
transferred to [[LOCATION|geo:kowloon hospital]] for rehabilitation neurology sopd in eight weeks
dictated by doctor [[PERSON|name:kwok pui shan]] consultant""",
    """discharge summary orthopaedic ward patient name [[PERSON|name:muhammad hafiz bin roslan]] mykad [[ID|ssn:eight seven zero three one five dash zero one dash five five two one]]
male motorcyclist skidded on [[LOCATION|geo:jalan skudai]] saturday night motorcycle registration [[VEHICLE|vehicle:j q b four four one two]]
police report number [[ID|other:johor bahru selatan slash zero zero four five one two slash two four]]
closed fracture right tibial shaft orif intramedullary nail enoxaparin forty milligrams subcut daily for four weeks gcs fifteen throughout
wife [[PHONE|phone:zero one two dash seven seven three four five one eight]] that is [[PHONE|phone:zero one two seven seven three four five one eight]]
review at orthopaedic clinic in six weeks with x ray""",
    """discharge summary ob gyne department patient [[PERSON|name:maria luzviminda dela cruz]] or [[PERSON|name:luz]] as she prefers [[AGE|other:forty four]] years old g three p three
philhealth pin [[ID|health_plan:one two zero five zero two three four five six seven eight]] admitted at thirty six weeks with severe preeclampsia bp one sixty over one ten
magnesium sulfate per zuspan regimen emergency caesarean section delivered live baby girl two point eight kilos apgar eight and nine
discharged [[DATE|date:may ten]] on nifedipine thirty milligrams once daily bp one thirty over eighty five
for follow up at the municipal health office one week bp monitoring
attending doctor [[PERSON|name:reyes]] prc license number [[ID|license:zero one two three four five six]]""",
    """[[LOCATION|geo:westmead]] cardiology discharge patient [[PERSON|name:sione taufa]] date of birth [[DATE|date:03 09 1961]] that's [[AGE|other:62]] i h i [[ID|health_plan:8003604822806385]]
admitted with decompensated heart failure ejection fraction twenty five percent nyha three on admission
diuresed five kilos on iv frusemide eighty milligrams bd discharge weight ninety four point two kilos
bisoprolol two point five milligrams sacubitril valsartan twenty four twenty six bd spironolactone twenty five
existing medtronic icd serial number [[DEVICE|device:p z c six one two three four five s]] interrogated no therapies delivered
heart failure clinic [[DATE|date:the fourteenth of august at two pm]] new line cc doctor [[PERSON|name:rangi]] no sorry doctor [[PERSON|name:rangi walker]] gp""",
    """[[LOCATION|geo:colonial war memorial hospital]] surgical discharge patient number [[ID|mrn:c w m two three dash zero four five one one]]
patient ratu [[PERSON|name:josefa vunibaka]] [[AGE|other:sixty six]] years from [[LOCATION|geo:waila village]] near [[LOCATION|geo:nausori]]
right below knee amputation for wet gangrene diabetic hba1c eleven point four
wound clean stump healing insulin mixtard thirty units mane twenty units nocte
nephew will take him home phone [[PHONE|phone:plus six seven nine nine two three four five six seven]]
discharged [[DATE|date:thursday the ninth of may]] dressings at [[LOCATION|geo:valelevu health centre]] every second day""",
    """discharge summary [[LOCATION|geo:changi general hospital]] ward fifty seven bed twelve
patient [[PERSON|name:jocelyn bautista]] filipino domestic helper fin [[ID|ssn:G2660173N]] work permit number [[ID|other:zero two three four five six seven eight nine]]
dengue fever with warning signs platelets nadir twenty three rising to ninety one at discharge hct stable no bleeding
admitted with dengue discharged [[DATE|date:twenty first july]] paracetamol one gram qid prn no nsaids
employer madam [[PERSON|name:koh bee hoon]] has agreed to pay bill to employer account [[ID|account:four four zero one dash two two eight seven dash nine three]]
fbc at the polyclinic in three days""",
    """[[LOCATION|geo:box hill hospital]] general medicine discharge summary mrs [[PERSON|name:wong mei ling]] [[AGE|date:ninety three]] date of birth [[DATE|date:seventeenth of january nineteen thirty one]]
u r [[ID|mrn:B 7 7 2 0 1 4 3]] bupa [[ID|health_plan:seven one two three four five six eight]]
admitted following fall at home with left neck of femur fracture hemiarthroplasty day two delirium resolved by day six
sinus brady pacemaker boston scientific serial [[DEVICE|device:one one four four three five two]] checked ok
discharged to [[LOCATION|geo:mercy place boronia]] permanent care son to be contacted for all decisions
speaks cantonese only interpreter used throughout""",
    """discharge summary [[LOCATION|geo:tupua tamasese meaole hospital]] patient [[PERSON|name:malia fa'asalele]] [[AGE|other:twenty four]] year old woman from [[LOCATION|geo:faleolo]]
rheumatic heart disease mechanical mitral valve admitted subtherapeutic inr one point four with tia
warfarin increased to seven point five milligrams inr two point six at discharge benzathine penicillin monthly continue
discharged tuesday inr clinic at the district hospital in one week
contact sister [[PERSON|name:tina]] phone [[PHONE|phone:seven five two three one four six]]
note for nz referral patient passport [[ID|other:r a two three four five six seven]]""",
]

CLINIC_LETTERS = [
    """dear doctor comma
thank you for referring [[PERSON|name:rajendran s/o muthusamy]] comma [[AGE|other:sixty four]] comma nric [[ID|ssn:S0863371A]] full stop
he attended the diabetes clinic on [[DATE|date:the third of october]] full stop his hba1c is nine point one percent and egfr fifty two full stop
i have added empagliflozin ten milligrams daily and reduced gliclazide to forty milligrams bd full stop
new paragraph his daughter asked that results be emailed to [[EMAIL|email:kavitha.rajendran at gmail dot com]] full stop
review in three months full stop yours sincerely comma mcr [[ID|license:M 1 2 3 4 5 A]]
cc polyclinic fax [[PHONE|fax:6 5 6 7 1 2 3 4]]""",
    """Dear Dr [[PERSON|name:Mahmood]],
Re: [[PERSON|name:NGUYEN Van Hoa]], DOB [[DATE|date:21/7/1958]], UR [[ID|mrn:2204871]]
thank you for referring this gentleman whom i saw today in the renal clinic with his son interpreting full stop creatinine one ninety egfr thirty one potassium five point four
i have stopped his ramipril five milligrams and started patiromer eight point four grams daily full stop
repeat bloods in one week please comma the results can go to our fax [[PHONE|fax:(02) 8890 6122]] or the unit email
Yours sincerely, Renal Advanced Trainee, AHPRA [[ID|license:MED0001932674]]""",
    """dear doctor new line re [[PERSON|name:LAU Chi Keung]] comma hkid [[ID|ssn:E587712(5)]] comma [[AGE|other:fifty]] comma
i reviewed him at the sopd in [[LOCATION|geo:sha tin]] on [[DATE|date:monday the fifteenth of january]] for his chronic hepatitis b full stop
hbv dna less than twenty iu per ml on entecavir zero point five milligrams comma alt thirty one comma afp three full stop ultrasound liver no focal lesion full stop
he works nights as a taxi driver comma taxi registration [[VEHICLE|vehicle:t x four eight eight one]]
please continue entecavir full stop i will see him in six months full stop
mchk registration [[ID|license:m zero eight eight one two]]""",
    """Dear Dr,
re puan [[PERSON|name:siti hajar binti ismail]] mykad [[ID|ssn:640211-08-6342]] of [[ADDRESS|geo:No 7, Lorong Perak 3, Taman Cempaka, 31400 Ipoh, Perak]]
thank you for referring this lady to the rheumatology clinic comma seen [[DATE|date:12 Jun 2024]]
rheumatoid arthritis das twenty eight five point one comma methotrexate fifteen milligrams weekly folic acid five milligrams weekly
i have added hydroxychloroquine two hundred milligrams daily full stop eye screening at [[LOCATION|geo:hospital ipoh]] please
yours sincerely mmc [[ID|license:45112]] cc fax [[PHONE|fax:05-254 3311]]""",
    """dear doctor comma re [[PERSON|name:jose rizalino bautista]] [[AGE|other:seventy]] comma philhealth [[ID|health_plan:zero one dash zero two five three three four four five one dash two]]
i saw lolo [[PERSON|name:pepe]] as the family calls him at the cardiology clinic full stop
atrial fibrillation rate seventy two on bisoprolol five milligrams apixaban five milligrams bd chads vasc four full stop
his granddaughter is his carer and her number is [[PHONE|phone:zero nine one eight five five five two two one four]] full stop
please refer to cardiac rehab full stop sincerely prc license [[ID|license:0098765]] ptr [[ID|other:1234567]]""",
    """Dear Dr [[PERSON|name:Havili]]
RE: [[PERSON|name:'Ana Fifita]] DOB [[DATE|date:2.4.1990]] ([[AGE|other:34]]) IHI [[ID|health_plan:8003603922202917]]
[[ADDRESS|geo:27 Kaurna Avenue, Davoren Park SA 5113]]
thank you for asking me to see her in the antenatal clinic comma she is twenty eight weeks pregnant with her fourth baby full stop
gdm on ogtt fasting five point six one hour ten point four two hour nine point one full stop started metformin five hundred milligrams bd
her mother will come to appointments to interpret tongan full stop
Obstetric registrar""",
    """dear doctor comma re my patient [[PERSON|name:pritika devi chand]] comma hospital number [[ID|mrn:l t k zero nine eight eight one two]]
seen at [[LOCATION|geo:lautoka hospital]] medical outpatients [[DATE|date:the second of september]] full stop
newly diagnosed hypertension one sixty eight over one hundred comma creatinine ninety two comma urine protein trace full stop amlodipine five milligrams started
she teaches at [[LOCATION|geo:drasa avenue primary school]] and prefers review on a saturday full stop
her email is [[EMAIL|email:pritika.chand41@yahoo.com]] full stop
copy to health centre fax [[PHONE|fax:six seven zero four four one one]]""",
    """Dear Dr [[PERSON|name:Gill]],
Re: [[PERSON|name:TAUFA, Lesieli]] [[AGE|other:16F]], MRN [[ID|mrn:K4412098]], Medicare [[ID|health_plan:5423 00433 3]]
thank you for seeing this young lady who lives with her aunt in [[LOCATION|geo:inala]] full stop
she has type one diabetes on a tandem pump serial [[DEVICE|device:nine two one four four seven zero one]] with dexcom transmitter [[DEVICE|device:8 G 4 K 2 P]] comma hba1c eight point eight
missed three clinic appointments full stop the school nurse is aware
Paediatric endocrinology""",
    """dear doctor comma re [[PERSON|name:goh siew lan]] comma [[AGE|other:seventy eight]] comma chas blue card [[ID|health_plan:c h zero zero four four one two seven]]
she attended the memory clinic with her son and helper on [[DATE|date:the ninth of march twenty twenty four]] full stop
moca fourteen over thirty comma ct brain generalised atrophy full stop started donepezil five milligrams nocte
son's email [[EMAIL|email:kahwee.goh@singnet.com.sg]]
she lives at [[ADDRESS|geo:blk 744 yishun street 72 #03-118 singapore 760744]] full stop
review in three months geriatrician""",
    """Dear Dr [[PERSON|name:Tuilagi]],
re [[PERSON|name:Lemalu Sapolu]] aged [[AGE|other:52]], current address is [[ADDRESS|geo:forty two leumeah road leumeah new south wales two five six zero]]
tax file number [[ID|ssn:420 475 998]] for the centrelink form comma seen [[DATE|date:Wed 3 April 2024 at 1400]]
obstructive sleep apnoea ahi fifty two comma bmi forty four comma cpap started resmed airsense serial [[DEVICE|device:2 3 2 1 1 4 5 6 7 8 9]]
he drives a truck for a living and his licence number is [[ID|license:one two eight eight four four seven zero]] full stop fit to drive once compliant
yours sincerely sleep clinic fax [[PHONE|fax:02 4634 3010]]""",
]

SMS_THREADS = [
    """[07:12] KB NUM: morning, bed 14 [[PERSON|name:TUPOU Viliami]] [[AGE|other:47M]] ur [[ID|mrn:3390172]] pulled his pic overnight, can u re-site b4 10
[07:15] AR reg: yep after ward round. K+ 3.1 so run 20 mmol over 2h
[07:16] KB NUM: also wife [[PERSON|name:Lupe]] called 3x overnight, her mob [[PHONE|phone:0415 992 384]] pls update her
[07:40] AR reg: will do. pls fax d/c to GP [[PHONE|fax:9625 1180]]
[07:41] KB NUM: ok noted""",
    """sms thread ED clerk to triage
clerk MW: pt at window no medicare card, name [[PERSON|name:LIM Boon Hock]] dob [[DATE|date:09/11/1949]], says medicare no is [[ID|health_plan:3027 09867 1]] but system says invalid
triage JD: try ref 2 or check spelling [[PERSON|name:boon hock]] vs [[PERSON|name:bun hock]]
clerk MW: found him under [[ID|mrn:UR 0087741]], new address [[ADDRESS|geo:5/88 John Street Cabramatta NSW 2166]]
triage JD: ta. he is cat 3 chest pain, trop pending
clerk MW: updated""",
    """[Ward 7A ortho]
SN: dr pls note pt [[PERSON|name:Kumar a/l Ramasamy]] bed 7 MyKad [[ID|ssn:560918-10-5117]] refusing fasting for OT tmr, say he want to eat breakfast
HO: ok i explain. his daughter no?
SN: [[PHONE|phone:019-334 7821]]. she stay [[LOCATION|geo:Klang]], can come 8pm
HO: ok. GCS full, Hb 11.2, plan dynamic hip screw
SN: consent already by Dr [[PERSON|name:Lingam]] [[DATE|date:28/5]]. Blood GXM 2 pint ready""",
    """thread: community nurse <-> GP practice
RF CHN: hi, at [[ADDRESS|geo:8 Kurrajong Cres, Inala 4077]] for [[PERSON|name:Tavita Leota]] [[AGE|other:71]], BSL 22.4 this am, he hasnt had his lantus since sat
GP rec: thx, dr says give 20 units now, recheck 4pm, if >20 again call [[PHONE|phone:07 3372 5510]]
RF CHN: done. also his pen needle supply out, [[LOCATION|geo:Priceline Pharmacy Inala]] said script expired [[DATE|date:3 Feb]]
GP rec: new script sent via erx, token to his phone
RF CHN: ty""",
    """SMS — [[LOCATION|geo:Queen Mary Hospital]] K20N to on-call MO
RN 0215: bed 22 [[PERSON|name:Cheung Siu Fong]] F/[[AGE|other:84]] HN [[ID|mrn:HN07761234(3)]] desat 86% RA, RR 28, T 38.6
MO: start O2 2L, cxr, blood c/s x2, augmentin 1.2g iv. call son?
RN: son [[PHONE|phone:9456 0033]] no answer, daughter overseas
MO: ok try son again 0700. DNACPR form signed [[DATE|date:2 Jan 2024]] on file
RN: noted""",
    """txt from [[PHONE|phone:+63 917 442 0915]] (midwife) to Dr [[PERSON|name:Aquino]]
midwife: doc pt [[PERSON|name:Rhea Mae Ocampo]] [[AGE|other:19yo]] G1 39wks 6cm, fht 140s, bp 140/90 at [[LOCATION|geo:Brgy. Malanday]] birthing clinic
Dr A: observe q15 min, if bp >=160/110 refer to [[LOCATION|geo:Amang Rodriguez Memorial Medical Center]] ASAP
midwife: ok doc. philhealth nya [[ID|health_plan:03-025123456-7]] ok na po
Dr A: good. partner there? ask him to get the car ready
midwife: opo doc""",
    """wardsman 14:02: the family of bed 3 parked in the ambulance bay again, white hilux [[VEHICLE|vehicle:HX 277]]
CN 14:03: pls ask them to move, its mr [[PERSON|name:Naivalu]] family
wardsman 14:10: they said the key is with [[PERSON|name:Bale]] who went to [[LOCATION|geo:MH Cunningham]] for shopping
CN 14:11: ok call him [[PHONE|phone:991 4772]] or security ext 4410
wardsman 14:25: moved.
CN 14:26: vinaka""",
    """Thread: after-hours GP / RACF RN
RN: resident [[PERSON|name:Rosa Mamea]] [[AGE|date:91F]], ?UTI, confused, T 37.9, urine dip nitrite +
GP: any allergies? weight?
RN: PCN anaphylaxis. 52kg. DVA gold [[ID|health_plan:NX245331]]
GP: ok trimethoprim 300mg nocte x3. ur fax pls
RN: [[PHONE|fax:(08) 9250 4471]] attn [[LOCATION|geo:Hollywood Gardens Aged Care]]
GP: sent. ring daughter?
RN: will call now""",
    """clinic sms — [[LOCATION|geo:Klinik Kesihatan Kota Kinabalu]]
SN: dr, pt [[PERSON|name:Aloysius Gintoding]] [[AGE|other:33]] yrs TB on DOTS, not came 3 days, phone off
MO: ok home visit? address?
SN: [[ADDRESS|geo:Kampung Inobong, Jalan Penampang-Tambunan, 89500 Penampang]]
MO: ok go with PPKP thursday. his IC [[ID|ssn:901223-12-5561]] pls notify eNotifikasi
SN: notified [[DATE|date:14/8/2024]] ref [[ID|other:SBH-TB-2024-00419]]""",
    """[msg] from MO DK to pharm: pls check [[PERSON|name:Siaosi Pouono]] bed 18 warfarin, INR 4.8 today
[msg] pharm CL: withhold tonight, recheck am. he is also on bactrim which is likely culprit
[msg] MO DK: ok. his GP faxed the old dose sheet from [[PHONE|fax:9831 2099]]
[msg] pharm CL: yes. dosing record says 6mg since [[DATE|date:Mon 4/3]]. his son [[PERSON|name:Sam]] said his dad doubled up by mistake
[msg] MO DK: ugh. ok thx""",
]

WHATSAPP_HANDOVERS = [
    """WhatsApp Chat - Ward 9 Night Team
[[DATE|date:14/03/24, 7:01 am]] - SF: handover bed 3 [[PERSON|name:ONG Ah Kow]] [[AGE|other:88]] NRIC ending [[ID|ssn:412J]], fall at 0340 no injury, CT brain not indicated per MO
[[DATE|date:14/03/24, 7:03 am]] - SF: bed 11 [[PERSON|name:Norhayati binti Salleh]] [[ID|mrn:SGH2403-118842]] NBM for OGD 10am, CBG 6.2
[[DATE|date:14/03/24, 7:04 am]] - [[PHONE|phone:+65 8233 9012]]: hi from day team, bed 11 consent done?
[[DATE|date:14/03/24, 7:05 am]] - SF: yes done yesterday. husband coming 9am""",
    """Group: 5 East handover (PM -> ND)
[3:02 pm] TM CN: Rm 12 [[PERSON|name:FIFITA, Sione]] [[AGE|other:54M]], ur [[ID|mrn:11902746]], post lap chole, drain 40ml serous, IV abs stopped
[3:06 pm] TM CN: Rm 14 [[PERSON|name:Bui Thi Lan]] [[AGE|other:79]], dementia, wandered to carpark at 1300, security found her near [[LOCATION|geo:Ellenborough St]]. face photo sent to security group [[ID|photo:IMG-20240312-WA0014.jpg]]
[3:07 pm] NR RN: poor thing. bed alarm on?
[3:07 pm] TM CN: yes. daughter [[PERSON|name:Hanh]] [[PHONE|phone:0432 660 118]]""",
    """[[DATE|date:Saturday 6 July 2024]]
[07:30] Dr. [[PERSON|name:Mendoza]]: Good AM. Census 18. For endorsement:
[07:31] Dr. M: Bed 4 [[PERSON|name:Baltazar, Renato]] [[AGE|other:62M]] CAP-HR, on pip-taz day 3, afebrile, WBC 11
[07:32] Dr. M: Bed 9 SLE flare, for pulse MP, PhilHealth [[ID|health_plan:19-034567890-1]] needs MDR update sa billing, her account [[ID|account:PGH-IP-2024-077312]]
[07:35] KR RN: noted doc. Bed 9 watcher asking for med abstract
[07:36] Dr. M: ok pls email request to [[EMAIL|email:medrecords.ward5@pgh.gov.ph]]""",
    """Chat export - Tongan Health Workers Sydney network (shared with consent for outreach)
[[DATE|date:2/5/24, 21:14]] - [[PERSON|name:Siosaia K]]: malo e lelei. family asking help, father [[PERSON|name:'Aisea Mahe]] [[AGE|other:67]], home dialysis machine serial [[DEVICE|device:FM5008S-22719]] alarming
[[DATE|date:2/5/24, 21:16]] - [[PERSON|name:Lavinia]] RN: call fresenius 1800 number on machine first. whats the address for the service tech
[[DATE|date:2/5/24, 21:18]] - [[PERSON|name:Siosaia K]]: [[ADDRESS|geo:19 Cudgegong Road, Rouse Hill NSW 2155]]""",
    """[WhatsApp] ICU nurses
[06:58] Sr RZ: bed 2 [[PERSON|name:Yusof bin Abdul Latif]] [[AGE|other:58M]] intubated day 4, FiO2 0.4 PEEP 8, noradrenaline 0.08
[06:59] Sr RZ: bed 5 post LSCS PPH 2.5L, MTP, now Hb 8.9, husband [[PERSON|name:Benedict]] IC [[ID|ssn:880412-12-6079]] need to sign blood consent
[07:01] AM SN: ok. number?
[07:02] Sr RZ: [[PHONE|phone:013-884 2205]], he stay [[LOCATION|geo:Kampung Likas]], 15 min""",
    """=== NICU Parent Updates (staff only) ===
11:15 BL NNP: cot 6 baby of [[PERSON|name:Seini Moala]], 31+2 wks, 1420g, on CPAP 6 FiO2 0.25, MRN [[ID|mrn:RBWH-6618402]]
11:17 BL NNP: parents staying at [[LOCATION|geo:Ronald McDonald House Herston]] room 14
11:20 AS SW: hi all, mum asked re centrelink, her CRN [[ID|ssn:204 389 117A]] is on the form, bank acc for the newborn payment BSB 064-000 acc [[ID|account:1047 6629]]
11:21 BL NNP: thanks. dad mob [[PHONE|phone:0478 112 936]]""",
    """Handover WhatsApp — [[LOCATION|geo:CWM Hospital]] Paeds ward
[8:01] Sr V: bed 1 [[AGE|other:6yo]] no [[AGE|other:7yo]] girl, typhoid, ceftriaxone day 5, from [[LOCATION|geo:Namosi]]
[8:02] Sr V: bed 4 [[PERSON|name:Jone Qarase]] [[AGE|other:18mo]] pneumonia, mum [[PHONE|phone:+679 836 4412]]
[8:04] Dr K: bed 4 sats?
[8:05] Sr V: 94% on 1L. can wean. also welfare officer wants family address for follow up, they're at [[ADDRESS|geo:Lot 22 Kalabu Road, Nasinu]]""",
    """HKWC Renal group
[[DATE|date:10/1/2024 08:12]] WL APN: PD pt [[PERSON|name:YIP, Kam Wah]] HKID [[ID|ssn:D138948(4)]] peritonitis, effluent WCC 820, started IP vanc + cefta
08:14 Dr W: ok. cycler serial? need to report to baxter
08:16 WL APN: homechoice claria [[DEVICE|device:HC-CL-4471902]]
08:20 WL APN: home visit [[ADDRESS|geo:Flat 8, 3/F, Hoi Wan House, Ap Lei Chau Estate]] tomorrow, wife [[PHONE|phone:6123 8890]]""",
    """ED consultants WA group
0712 RS: handover. resus 2 [[PERSON|name:Latu, Tomasi]] [[AGE|other:29M]] MBA on [[LOCATION|geo:Great Eastern Hwy]], car rego [[VEHICLE|vehicle:1HFX 447]], ISS ~25, to theatre 0630
0713 RS: police incident ref [[ID|other:WAPOL IR 240612-0033]], they want bloods for BAC, consent taken
0716 RS: resus 1 [[AGE|other:81F]] NSTEMI, trop 2140, cardiology aware, son [[PHONE|phone:0407 339 201]]
0718 GH: ok ta""",
    """[WhatsApp] Community midwives Apia
[[DATE|date:Mon 20 May, 09:40]] SL: visited [[PERSON|name:Fuimaono Leiataua]] day 3 postnatal at [[LOCATION|geo:Vaitele]], baby jaundiced, SBR sent
09:44 SL: mum [[AGE|other:17]] yrs, first baby, partner not around
09:50 Dr A: bring baby to [[LOCATION|geo:TTM Hospital]] if SBR >250. family number?
09:52 SL: grandmother [[PHONE|phone:+685 759 2201]]""",
]

INTERPRETER_NOTES = [
    """INTERPRETER SESSION NOTE
Language: Tongan. Mode: onsite. TIS job no [[ID|other:J2406-118842]]
Interpreter: [[PERSON|name:Losaline Havea]], NAATI certified, practitioner no [[ID|license:CPN4F7T2K]]
Client: [[PERSON|name:Viliami Fonua]] ([[AGE|other:73]]), UR [[ID|mrn:00937115]], cardiology clinic, [[DATE|date:19/06/2024 10:30]]
Clinician explained angiogram risks; client asked for his son to be present, son joined by speaker.
client understood 1 in 1000 risk of stroke, consent signed. interpreter sight translated consent form. session 50 min.""",
    """interpreter note - cantonese - family conference
present: pt [[PERSON|name:Mak Wai Lun]] M/[[AGE|other:69]], wife, daughter (overseas, via zoom link [[URL|url:https://zoom.us/j/93316620471?pwd=TWFrV2FpTHVu]]), onco consultant, MSW
interpreter (HA contract interpreter no. [[ID|other:HAI-0773]])
discussed stage IV NSCLC, ECOG 3, not fit for chemo; family initially asked not to tell pt. pt himself asked directly in cantonese "is it cancer", interpreter rendered faithfully.
plan palliative care referral [[LOCATION|geo:Haven of Hope Hospital]]. daughter email for summary [[EMAIL|email:hoiyan.mak@outlook.com]]""",
    """Interpreter session — Bahasa Melayu — ED
Interpreter: phone interpreter, TIS, NAATI [[ID|license:CPN8B3R1Y]], TIS job [[ID|other:T5520771]]
Patient: [[PERSON|name:Abdul Rahim bin Yaacob]], [[AGE|other:45]], visiting on tourist visa, passport [[ID|other:A41887220]]
staying at [[LOCATION|geo:Mercure Hotel Perth]]
presenting complaint chest tightness x2h, ECG NSR, trop 12 then 14. pt worried about cost; travel insurer AXA policy [[ID|health_plan:MYT-0042-7719-3]]""",
    """session note (interpreter: Samoan) [[DATE|date:Tue 7 May 2024]]
I, [[PERSON|name:Fa'afetai Lauina]], interpreted for [[PERSON|name:Tuala Sefo]] aged [[AGE|other:80]], at the renal clinic.
client has eGFR 14, options discussed: HD at the satellite unit 3x/wk vs PD at home vs conservative care.
client said he wants to go home to [[LOCATION|geo:Lalomanu]] to die near his family; grandson became upset.
follow-up session booked ref [[ID|other:IPS-INT-24-3381]] for [[DATE|date:21 May 2024 at 9am]]. no conflict of interest: I do not know the family.""",
    """INTERPRETER NOTE / HOSPITAL AUTHORITY
lang: Putonghua. pt [[PERSON|name:ZHAO Li Na]], HKID [[ID|ssn:XA127179(A)]], [[AGE|other:36]]/F antenatal booking
address in HK [[ADDRESS|geo:Rm 6, 4/F, 128 Portland Street, Mong Kok]]
EDD discussed; pt asked about eligible person fees, told to contact billing, her bill account [[ID|account:KWH-OB-2400512]]
interpreter 1h""",
    """Interpreter log — Tagalog — mental health
interpreter NAATI [[ID|license:CPN2W9D6H]]
client [[PERSON|name:Arnel Macaraeg]], [[AGE|other:38]], FIFO worker, brought by partner after statements of self harm
MSE: low mood, passive SI, no plan. collateral from partner [[PHONE|phone:0451 008 273]]
client asked interpreter in tagalog not to tell his employer at [[LOCATION|geo:Karratha]]; interpreter explained she must interpret everything and clinician explained confidentiality.
next appt [[DATE|date:Fri 12 Jul 10:00]]; interpreter booking [[ID|other:FSH-7731902]]""",
    """interpreter session note fijian iTaukei language
interpreter (community volunteer, no accreditation) for adi [[PERSON|name:Mere Tabua]] [[AGE|date:92]] yrs
family: granddaughter [[PERSON|name:Litia]] [[PHONE|phone:0406 118 925]]
goals of care: pt said in fijian she does not want to be resuscitated and wants to see the [[LOCATION|geo:Methodist Church Caringbah]] minister
advance care directive witnessed; copy to GP fax [[PHONE|fax:02 9524 7716]]""",
    """NOTES OF INTERPRETING SESSION — HOKKIEN
volunteer interpreter, patient [[PERSON|name:Yeo Ah Lian]] [[AGE|other:85F]], NRIC [[ID|ssn:S1825114J]]
OT home visit planned to [[ADDRESS|geo:Blk 8 Jalan Bukit Merah #11-22 S150008]] on [[DATE|date:Mon 15/4]]
patient signed form with thumbprint; thumbprint template id in patient registry [[ID|biometric:TP-00488213]]
interpreter notes pt used word for "giddy" which was clarified as vertigo not syncope""",
    """Interpreter session note, Kiribati language, via video
link [[URL|url:https://telehealth.health.qld.gov.au/join/vmr-6624019-kiribati]] (room for this patient), [[DATE|date:28 Aug 2024 14:00]]
patient [[PERSON|name:Tekanene Bauro]] [[AGE|other:26F]] maternity
PIMS booking, 14 weeks, Hb 92, syphilis serology pending
pt gave Medicare [[ID|health_plan:5969 87466 4]] and email [[EMAIL|email:tekanene.b@gmail.com]] for results portal""",
    """INTERPRETER NOTE (Ilocano) — [[LOCATION|geo:Batac]]
interpreter: hospital staff (nursing attendant)
patient Lola [[PERSON|name:Ising]]... real name [[PERSON|name:Isidora Pascua]] [[AGE|date:90]] y/o from [[LOCATION|geo:Brgy. Suyo, Dingras]]
consent for hip pinning explained; son signed, SSS [[ID|ssn:01-2345678-9]] for EC claim
son's # [[PHONE|phone:0998 552 1037]]""",
]

CALL_TRANSCRIPTS = [
    """CALL ID [[ID|other:HD-20240611-448213]] | CLI [[PHONE|phone:0412 770 395]] | start [[DATE|date:11/06/2024 21:42:07]] | dur 00:09:12 | queue: nurse triage
agent: healthdirect you're speaking with a registered nurse is this call about you or someone else
caller: its my dad [[PERSON|name:peni tupou]] he's [[AGE|other:seventy four]] hes got chest pain since dinner
agent: whats the best number to call back on
caller: this one or my brother [[PHONE|phone:oh four three three one two eight nine nine zero]] that's [[PHONE|phone:oh four three three one two eight nine nine zero]]
agent: and where is your dad right now
caller: at home [[ADDRESS|geo:fifty one bringelly road kingswood]]
agent: okay with chest pain in a man his age i'm going to transfer you to triple zero now please stay on the line
[transfer 000 21:51]""",
    """TRANSCRIPT — SCDF 995 call (training copy, de-identification required)
call ref [[ID|other:995-24-0315-0772]] | ANI [[PHONE|phone:+65 9011 4427]] | cell site JW-14
call taker: nine nine five emergency what is the address
caller: [[ADDRESS|geo:block six six four jurong west street sixty four hash zero nine dash two one zero]] my grandfather fell down cannot wake up
call taker: how old is he
caller: [[AGE|other:eighty seven]]
call taker: is he breathing
caller: yes but snoring sound
call taker: how old are you
caller: i am his grandson i am [[AGE|other:fifteen]]
call taker: ok ambulance coming turn him on his side
[dispatch 0315 medic 2 ETA 8 min] [[DATE|date:15 Mar 2024 03:16]]""",
    """Hospital Authority nurse hotline call log
call id [[ID|other:HACN-2024-118876]] caller verified by voiceprint [[ID|biometric:VPR-55102-HK]]
caller [[PERSON|name:leung mei kuen]] hkid [[ID|ssn:y five five nine two seven eight bracket eight]]
nurse: what's the problem today
caller: my husband just came home from [[LOCATION|geo:united christian hospital]] yesterday his wound is red and hot
nurse: any fever
caller: thirty eight point five
nurse: please bring him back to the a and e or go to the general outpatient clinic if you cannot
caller: ok his discharge number is [[ID|mrn:h n two four zero zero three one seven seven eight]]""",
    """nurse-on-call transcript [[DATE|date:Sun 18 Feb 2024 02:10]] CLI withheld SIP src [[IP|ip:101.188.47.212]]
nurse: nurse on call what's your name
caller: [[PERSON|name:tran minh tuan]] my baby is [[AGE|other:eight months]] got fever
nurse: how high
caller: thirty nine point four i gave panadol two point five mls
nurse: is he drinking wet nappies
caller: yes four today
nurse: any rash that doesn't fade
caller: no
nurse: ok what is your address in case we need to send help
caller: [[ADDRESS|geo:unit three twelve hardy street footscray three zero one one]] my mobile [[PHONE|phone:0405 991 276]]
nurse: see your gp tomorrow or the children's ED if worse""",
    """MERS 999 CALL TRANSCRIPT (Bahasa/English mix, auto-translated)
call no [[ID|other:MERS-KL-240822-5519]] | caller no [[PHONE|phone:011-2734 8850]] | location ping [[IP|ip:175.139.206.18]]
caller: hello ambulance my friend accident motor at [[LOCATION|geo:jalan tun razak]] near [[LOCATION|geo:institut jantung negara]]
operator: victim conscious
caller: conscious but leg bleeding a lot
operator: victim name and age
caller: [[PERSON|name:danial haikal]] [[AGE|other:twenty two]] the motor number [[VEHICLE|vehicle:w x k eight eight two one]]
operator: press on the wound ambulance coming""",
    """triage line PH (DOH 1555 relay) — transcript
call id [[ID|other:1555-0620-33129]] [[DATE|date:June 20, 2024 7:48 PM]]
agent: magandang gabi this is the one five five five hotline
caller: good evening my mother [[PERSON|name:corazon abad]] [[AGE|other:sixty nine]] she is vomiting and weak since this morning she is diabetic
agent: sugar level
caller: high it says four hundred twelve
agent: where are you located
caller: [[ADDRESS|geo:one two three mabini street barangay poblacion muntinlupa]]
agent: nearest is [[LOCATION|geo:ospital ng muntinlupa]] please bring her now call back number
caller: [[PHONE|phone:oh nine one five two two eight three three four seven]]""",
    """ambulance victoria 000 call (QA review copy)
case [[ID|other:AV240714-0087]] | CLI [[PHONE|phone:03 9544 2107]] | [[DATE|date:14/07/2024 06:02]] | caller verified: voice biometric match [[ID|biometric:VB-0071-3345-9]]
call taker: ambulance what's the address of the emergency
caller: [[ADDRESS|geo:twenty two kooringa road carnegie]]
call taker: tell me exactly what happened
caller: my husband he's [[AGE|other:sixty]] he collapsed in the bathroom
call taker: is he breathing normally
caller: no i don't think so
call taker: we'll do cpr together push hard in the centre of the chest
caller: i'm [[PERSON|name:cecilia]]
call taker: keep going [[PERSON|name:cecilia]] one two three four""",
    """after hours GP triage service transcript
call [[ID|other:AHGP-TSV-998102]] in [[PHONE|phone:0747 252 990]] (pt's landline)
agent: can i get the patient's full name and date of birth
caller: [[PERSON|name:talia tauiliili]] [[DATE|date:twenty third of october two thousand and one]]
agent: medicare number
caller: [[ID|health_plan:two nine four eight five three three five nine one]] number one
agent: and what's going on
caller: i've got a rash and swollen lips after the antibiotics from the clinic
agent: any trouble breathing or swallowing
caller: no
agent: i'll book a doctor home visit to [[ADDRESS|geo:14 sturt street townsville city]] around 9pm""",
    """Fiji MoH triage line 158 transcript (English/iTaukei)
call ref [[ID|other:FJ158-24-04471]] | caller [[PHONE|phone:+679 724 8812]]
agent: bula this is the health line
caller: bula my name is [[PERSON|name:apisalome nakalevu]] calling for my son he is [[AGE|other:nine]] he has high fever and red eyes and body pain
agent: where do you stay
caller: [[LOCATION|geo:nabua]] near the secondary school
agent: leptospirosis and dengue are around please take him to [[LOCATION|geo:valelevu health centre]] or [[LOCATION|geo:CWM]] tonight""",
    """TRANSCRIPT, HealthHub call centre [[DATE|date:2024-09-03 10:14:55+08]]
session [[ID|other:HH-CC-8823014]] web callback from [[IP|ip:116.87.142.9]]
agent: good morning how can i help
caller: i cannot log in to see my mother's lab results her name is [[PERSON|name:loh bee leng]] nric [[ID|ssn:T1995160F]]
agent: are you authorised as caregiver
caller: yes my nric is [[ID|ssn:S8096347E]]
agent: please check the link we sent [[URL|url:https://eservices.healthhub.sg/caregiver/verify?uid=8823014a77]] it expires in 24 hours
caller: ok and my email is [[EMAIL|email:huimin.loh88@gmail.com]]""",
]

VOICEMAILS = [
    """Voicemail from [[PHONE|phone:+61 423 118 507]] | received [[DATE|date:Tue 14 May 2024 09:14]] | length 0:47 | confidence 0.81
"hi this is [[PERSON|name:mele kata]] calling about my mum date of birth [[DATE|date:the twelfth of the eighth fifty one]] she had an appointment at the eye clinic today at eleven but the bus from [[LOCATION|geo:bankstown]] isn't running can we change it please call me back on this number or the home number [[PHONE|phone:nine seven oh eight four four one two]] thank you bye\"""",
    """VM to [[LOCATION|geo:Raffles Medical Tampines]] front desk | from [[PHONE|phone:96227315]] | [[DATE|date:03-06-2024 18:22]] | 0:33
"hello ah this is [[PERSON|name:ang kim hock]] my ic number [[ID|ssn:s one eight two eight]] no sorry [[ID|ssn:S8128458Z]] i want to ask whether my blood test result out already doctor say will call me but until now never call you can whatsapp me also same number thank you\"""",
    """voicemail transcription — diabetes educators line
from: [[PHONE|phone:0401 773 862]] | [[DATE|date:22/01/2024 at 7:58pm]] | 1:12
"hi it's the mum of [[PERSON|name:lesieli vea]] she's [[AGE|other:eleven]] and on the omnipod um the pdm keeps saying pod error and her libre sensor serial is [[DEVICE|device:0M00071XK2P]] it fell off at school can someone call me back her u r is [[ID|mrn:one one four four seven two nine]] and my email is [[EMAIL|email:kvea.family@bigpond.com]] thanks\"""",
    """Voicemail | dermatology clinic, [[LOCATION|geo:Subang Jaya]] | from [[PHONE|phone:+60 17-209 4481]] | [[DATE|date:Wed, 10 Apr 2024 13:05]]
"assalamualaikum saya [[PERSON|name:noraini binti hassan]] eh this is about my appointment number [[ID|other:KPK-0412-77]] for the eczema i cannot come because my car [[VEHICLE|vehicle:BKT 7739]] kena tow so please reschedule and please email the new date to [[EMAIL|email:noraini.hassan78@yahoo.com.my]] terima kasih\"""",
    """VOICEMAIL (auto-transcribed) — GP practice [[LOCATION|geo:Auburn Family Medical Centre]]
caller id [[PHONE|phone:02 9649 3371]] | [[DATE|date:Friday 8 March 2024 4:46 PM]] | 0:58
"good afternoon it's the discharge lounge ringing about [[PERSON|name:Tevita Lolohea]] [[AGE|other:sixty one]] discharged today his discharge summary didn't go through i'll send to [[PHONE|fax:9649 3372]] if that's still your fax otherwise call me on the ward [[PHONE|phone:8759 3312]] extension four one two thanks\"""",
    """VM — Cardiac Day Ward answering machine
[[DATE|date:2024/02/27 08:03]] from [[PHONE|phone:+852 9708 3321]]
"hi this is [[PERSON|name:kwok siu ming]] my father is booked for pacemaker check tomorrow the device number on his card is [[DEVICE|device:RNL418827]] he cannot come because he is in [[LOCATION|geo:shenzhen]] until march please call back thank you\"""",
    """voicemail to billing — [[LOCATION|geo:St Luke's Medical Center Global City]]
from [[PHONE|phone:+63 928 771 4402]] | [[DATE|date:Sept 2, 2024 11:21 AM]]
"good morning this is [[PERSON|name:ernesto lacson]] regarding the hospital bill of my wife account number [[ID|account:SLMC-GC-0087741]] we already paid via bank transfer from bpi account [[ID|account:3149 0227 81]] but the cashier says not posted i can email the deposit slip from [[EMAIL|email:elacson.cpa@gmail.com]] salamat\"""",
    """Voicemail transcript: [[LOCATION|geo:Ulladulla Medical Centre]] | Mon 8:14am | from [[PHONE|phone:0448 310 052]]
"yeah g'day it's [[PERSON|name:bazza]] well [[PERSON|name:barry tuivai]] i need a repeat of me warfarin five mil and the inr form my inr was three point one last week um i'm also due for me licence medical for the truck licence number [[ID|license:two two four eight one nine three three]] if doc can fill that in cheers\"""",
    """voicemail — after-hours — lactation line
from [[PHONE|phone:8155 2041]] | [[DATE|date:Sat 11 May 2024, 23:40]] | 0:51 | caller voice enrolled, voiceprint [[ID|biometric:VP-8155-0091]]
"hi my name is [[PERSON|name:siti nurhaliza binte ahmad]] my baby was born on [[DATE|date:the seventh]] at [[LOCATION|geo:kk]] bed number six my baby case number [[ID|mrn:b t two four zero five zero zero eight eight one]] is not latching and i'm very worried please call me tomorrow morning thank you\"""",
    """VM, [[LOCATION|geo:Vaiola Hospital]] outpatient clerk line, caller [[PHONE|phone:+676 778 2205]], [[DATE|date:1 Oct 2024 10:02]]
"malo e lelei this is [[PERSON|name:taniela faletau]] from [[LOCATION|geo:kolovai]] my wife she needs the medical letter for the visa to new zealand for her heart surgery the nz doctor need her passport [[ID|other:N 1 2 4 4 8 7 0 9]] and the letter before friday please you can email [[EMAIL|email:tfaletau@kalianet.to]] malo\"""",
]

PHARMACY_LOGS = [
    """PHONE LOG — [[LOCATION|geo:Chemist Warehouse Blacktown]]
[[DATE|date:04/03/24 10:12]] inbound from [[PHONE|phone:(02) 9621 7783]] (GP clinic) re [[PERSON|name:Kalisi Tonga]] DOB [[DATE|date:15/08/1966]]
dr confirms metformin XR 1000mg 2 nocte (not 1), new script to follow by fax [[PHONE|fax:(02) 9621 7784]], eRx token not received
pt account [[ID|account:CWB-44187]] has $38.40 owing, pt informed. PBS safety net card [[ID|health_plan:SN 2204 7781]]
AW (pharm)""",
    """Pharmacy phone log — [[LOCATION|geo:Guardian Pharmacy Bedok Mall]]
11:40 call from pt [[PERSON|name:Chua Poh Geok]] [[AGE|other:68]] re CHAS card [[ID|health_plan:CHAS-O-5529137]] subsidy for BP meds
pt on amlodipine 10mg om, losartan 50mg om; asked if can buy from us instead of polyclinic. explained need prescription.
pt's helper will bring prescription tmr. contact [[PHONE|phone:9334 1827]]
pharmacist reg no [[ID|license:P03321H]]""",
    """ODT (methadone) dosing point — phone log — [[LOCATION|geo:Priceline Pharmacy Footscray]]
[[DATE|date:Thu 16/5/2024 8:05am]] call from prescriber's clinic
client [[PERSON|name:Joseph Tuimavave]] aka [[PERSON|name:Joe T]], missed 3 doses, not to dose today, review first. Dose 80mg.
client ID verified at counter by fingerprint, template [[ID|biometric:FP-ODT-00771432]]; program face photo on file [[ID|photo:ODT_PHOTO_00771432.jpg]]
prescriber fax for dose change [[PHONE|fax:(03) 9689 2401]]""",
    """phone log [[LOCATION|geo:Caring Pharmacy Taman Tun Dr Ismail]]
pt [[PERSON|name:Lim Chee Yong]] called re insulin pen: needle 4mm out of stock, 5mm ok? yes ok
pt asked for delivery to [[ADDRESS|geo:12, Jalan Tun Mohd Fuad 2, Taman Tun Dr Ismail, 60000 Kuala Lumpur]] via grab, will pay via duitnow to acct [[ID|account:5142 8830 9917]]
pt's insulin novorapid 8-8-10 u, lantus 22u. HbA1c last 8.4 per pt
member card [[ID|other:CP-0098123441]]; call back [[PHONE|phone:012-661 3904]]""",
    """hospital pharmacy phone log — [[LOCATION|geo:Pamela Youde Nethersole Eastern Hospital]]
call from GOPC [[LOCATION|geo:Chai Wan]] re pt [[PERSON|name:SO, Kwok Leung]] HN [[ID|mrn:HN11883402(6)]]
warfarin 3mg/2mg alternate days, INR 2.3 [[DATE|date:5/3/2024]]; GOPC had 3mg daily. clarified with cardiology
pt's son [[PHONE|phone:9188 4402]] informed, new labels dispensed""",
    """Mercury Drug — branch: [[LOCATION|geo:Mercury Drug Taft Ave]] | phone log
[[DATE|date:Jul 9 2024 2:15pm]] caller Ms. [[PERSON|name:Rowena Tanedo]] senior citizen ID [[ID|other:OSCA-MNL-221908]] for 20% discount, asking re losartan 50mg generic
pt [[AGE|other:66]], her doctor's S2 lic [[ID|license:S2-0447812]]
will pick up tomorrow; mobile [[PHONE|phone:0917 552 8821]]""",
    """Pharmacy phone log / [[LOCATION|geo:Terry White Chemmart Inala]]
09:32 pt [[PERSON|name:Faatasi Leiataua]] called, CGM (Dexcom G7) sensor lot 4417X failed day 3, replacement request to Dexcom, sensor serial [[DEVICE|device:2R7H4XQ0]]
pt's NDSS no [[ID|health_plan:NDSS 4418 2307]]
dexcom case [[ID|other:CS-01822047]]
pharm AHPRA [[ID|license:PHA0001887342]]""",
    """PHONE LOG — [[LOCATION|geo:Hospital Selayang]] Outpatient Pharmacy (Ubat Melalui Pos)
pt [[PERSON|name:Subramaniam a/l Krishnan]] IC [[ID|ssn:520604-10-5523]] requests postal meds to [[ADDRESS|geo:No 5, Jalan Bunga Raya 3, Taman Selayang Jaya, 68100 Batu Caves]]
items: metformin 500mg bd, atorvastatin 20mg on, amlodipine 5mg om x3/12
fee RM5, pt pays via [[ID|account:MBB 1620 4471 9983]]; next TCA [[DATE|date:19/9/24]]
contact [[PHONE|phone:03-6136 2201]] (home)""",
    """phone log [[LOCATION|geo:Nuku'alofa Pharmacy]]
[[DATE|date:3/6/24 4pm]] Sr [[PERSON|name:Lupe]] from [[LOCATION|geo:Vaiola Hospital]] outpatient rang: pt [[PERSON|name:Kaufusi Taione]] [[AGE|other:57]] needs insulin, hospital stock out
we have 3 boxes mixtard. pt will come with script; hospital phone [[PHONE|phone:23 200]] ext 1043
pt's son drives a blue van [[VEHICLE|vehicle:L 3217]]""",
    """telephone log — [[LOCATION|geo:Royal Darwin Hospital]] pharmacy dept
[[DATE|date:12 Nov 2024 15:40]] call from [[LOCATION|geo:Wadeye Health Centre]] RAN re pt [[PERSON|name:Mathias Kalabo]] HRN [[ID|mrn:RDH 0771429]]
benzathine penicillin due monthly, last given [[DATE|date:10/10/2024]]; clinic fridge stock 0, will send 4 via mail plane
clinic fax [[PHONE|fax:08 8978 2141]] phone [[PHONE|phone:08 8978 2156]]""",
]

BOOKING_CHATS = [
    """Webchat session [[ID|other:WC-558201]] | visitor IP [[IP|ip:49.180.22.171]] | Outpatients
Bot: Hi! What can I help with?
Visitor: hi need to change my son's appointment ENT
Agent: Hi, I can help. Patient name and DOB?
Visitor: [[PERSON|name:Josiah Fa'alogo]] [[DATE|date:02/11/2016]]
Agent: Thanks. I see ENT clinic on Tuesday 9:40am. Next available is [[DATE|date:Thu 8 Aug 2:20pm]]
Visitor: ok take that. can you send to my email [[EMAIL|email:faalogo.fam@hotmail.com]]
Agent: Done, confirmation [[ID|other:OPD-8811293]].""",
    """HealthHub app chat — polyclinic appointment
user: logged in, NRIC [[ID|ssn:S3060494F]] | device IMEI [[DEVICE|device:973872022431238]] | ip [[IP|ip:118.200.91.44]]
user: want to book vaccination for my daughter [[AGE|other:12]] at [[LOCATION|geo:Punggol Polyclinic]]
agent: may I have her birth cert no or NRIC?
user: [[ID|ssn:T1429021J]]
agent: booked HPV dose 2 on [[DATE|date:21 Sep 2024, 10.15am]], ref [[ID|other:SHP-2409-44127]]
user: tks""",
    """Chat transcript — [[LOCATION|geo:Gleneagles Hospital Kuala Lumpur]] appointment desk (WhatsApp Business)
09:02 [[PHONE|phone:+60 12-908 3317]]: hi nak buat appointment cardio
09:05 GKL Appt: Hi, thank you. Patient full name as per IC, IC no, and preferred date?
09:11 [[PHONE|phone:+60 12-908 3317]]: [[PERSON|name:Wan Nur Syafiqah binti Wan Azmi]], [[ID|ssn:920317-03-5542]], this thurs
09:14 GKL Appt: Confirmed [[DATE|date:Thu 15 Aug 2.30pm]], insurer panel AIA card [[ID|health_plan:AIA-H-771928004]] pls bring original""",
    """Booking chat — private hospital online enquiry
visitor ip [[IP|ip:203.198.44.117]] session [[ID|other:HKSH-E-9021544]]
visitor: I want to book gastroscopy for my mother [[PERSON|name:TSE Yuet Ngor]] aged [[AGE|other:73]]
staff: May I have her HKID for registration?
visitor: [[ID|ssn:Z561154(8)]]
staff: Thank you. We have [[DATE|date:9 Oct (Wed) 8:30am]]. Pre-procedure form at [[URL|url:https://eforms.hksh.com/pre-endo/9021544?token=a7Kq2]]
visitor: ok. send reminder to my phone [[PHONE|phone:6107 2248]] please""",
    """Messenger chat — OPD booking
Patient: gud pm po, pa book po kay Dra [[PERSON|name:Lacson-Reyes]] endo
Page admin: Good pm po! Full name, birthday, HMO po?
Patient: [[PERSON|name:Kristine Joy Manalo]], [[DATE|date:march 3 1995]], maxicare [[ID|health_plan:5500-0471-2288-0]]
Page admin: Noted po. Available Sat 9am. Pls fill up [[URL|url:https://ahmc.com.ph/book/opd?ref=KJM0713]]
Patient: done po. email ko [[EMAIL|email:kjmanalo95@gmail.com]]
Page admin: Received po, see you""",
    """Telehealth booking chat — [[LOCATION|geo:Royal Children's Hospital]] Outpatients
parent: hi my daughter [[PERSON|name:Mia Soliai]] [[AGE|other:4yo]] has a telehealth with gastro tomorrow but the link doesn't work
clerk: hi! her UR please?
parent: [[ID|mrn:1102447]]
clerk: thanks, new link is [[URL|url:https://rch.healthdirect.org.au/patient/rch-gastro-mia-1102447]]
parent: ta. also can you update her address we moved to [[ADDRESS|geo:2/17 Darebin St Mordialloc 3195]]
clerk: done""",
    """online chat — [[LOCATION|geo:Labasa Hospital]] outpatient booking (pilot)
user from ip [[IP|ip:202.62.117.50]]
user: bula need eye clinic appointment my father [[PERSON|name:Ram Prasad]] [[AGE|other:76]] cataract
clerk: hospital number?
user: [[ID|mrn:LBS-88-0412]]
clerk: next eye clinic [[DATE|date:Tuesday 5th November]] 8am bring referral from the health centre
user: vinaka""",
    """App chat log — booking assistant
[10:01] user [[EMAIL|email:t.leota.act@outlook.com]] authenticated via face id photo match [[ID|photo:selfie_20240419_100103_tleota.jpg]]
[10:02] user: reschedule my mri pls
[10:02] agent: sure, current booking [[DATE|date:22/04/2024 07:45]] MRI lumbar spine. medicare number?
[10:03] user: [[ID|health_plan:4910 71327 1]]
[10:04] agent: moved to [[DATE|date:29/04/2024 18:30]], no metal implants still correct?
[10:04] user: yes""",
    """Chat: [[LOCATION|geo:Mt Alvernia Hospital]] Specialist Clinic booking
visitor from [[IP|ip:175.156.23.208]]
visitor: book paeds for son [[PERSON|name:Ethan Goh]] [[AGE|other:3]] yrs old
staff: Insurance?
visitor: Great Eastern [[ID|health_plan:GE-0077412983]], payer is me [[ID|ssn:S7363516J]]
staff: Booked Friday 4.45pm. bill to acct [[ID|account:MAH-2024-PAT-558120]]""",
    """booking chat — antenatal
client: hi i'm [[PERSON|name:Seini Kauhalalalo]] [[AGE|other:23]] pregnant 10 wks need booking in
midwife: congrats! medicare number and address please
client: [[ID|health_plan:6919371025]], [[ADDRESS|geo:33 Ewing St Woodridge 4114]]
midwife: the postcode is [[ADDRESS|geo:4114]] yes?
client: yes
midwife: booked [[DATE|date:Mon 22 Jan 1pm]]. your face photo for the booking card came through ok ([[ID|photo:booking_photo_SK_face.jpg]])""",
]

WARD_ROUNDS = [
    """ward round dictation ward six b [[DATE|date:monday the eleventh of march]] consultant doctor [[PERSON|name:fong]]
bed one [[PERSON|name:tan ah huat]] [[AGE|other:seventy nine]] day three of iv ceftriaxone for urosepsis afebrile creatinine one forty down from two ten plan switch to oral cefuroxime
bed two mdm [[PERSON|name:salmah]] sorry [[PERSON|name:salmah binte yusof]] heart failure weight down two kilos continue frusemide forty bd
bed four patient photo in the chart does not match ask admin to retake id photo file [[ID|photo:p h o t o underscore s one five two three]]
end of round""",
    """ward round [[LOCATION|geo:liverpool hospital]] ten c gen med
bed twelve [[PERSON|name:losana vakaloloma]] [[AGE|other:sixty three]] cellulitis left leg improving on cefazolin two grams tds day four inflammatory markers down crp ninety
she lives alone in [[LOCATION|geo:miller]] niece happy to help
bed fourteen [[AGE|other:seventy]] no sorry [[AGE|other:seventy one]] year old man copd exacerbation on two litres keep sats eighty eight to ninety two
home oxygen concentrator serial [[DEVICE|device:one one zero four seven seven two eight]] check with his supplier
bed fifteen empty""",
    """ward round dictation k nineteen south [[DATE|date:tuesday ninth april twenty twenty four]]
case one [[PERSON|name:wong kam ming]] hn [[ID|mrn:h n zero six four four one two two eight three]] [[AGE|other:seventy seven]] post tavi day two groin ok echo mild pvl
his son is a doctor at [[LOCATION|geo:ruttonjee hospital]] wants to speak to the team his number [[PHONE|phone:six two seven seven one eight eight zero]]
case two [[AGE|date:ninety one]] year old lady admitted with fast af rate controlled on diltiazem anticoagulation discussed family prefers no
case three for discharge tomorrow""",
    """ward round [[LOCATION|geo:hospital kuala lumpur]] wad tiga puluh satu
katil lima [[PERSON|name:mohd faizal bin ahmad]] ic [[ID|ssn:seven four zero one zero two dash one four dash five six three seven]] dengue day six platelet eighty two improving
katil tujuh sle nephritis plan renal biopsy thursday consent from husband [[PHONE|phone:zero one two three four five five six seven eight]]
katil lapan [[PERSON|name:ah chong]] the rough sleeper from [[LOCATION|geo:chow kit]] no ic found identified by jpn thumbprint match reference [[ID|biometric:j p n t p two four zero eight eight one]] social welfare informed""",
    """ward round dictation ward three [[DATE|date:july fifteen]]
bed one [[AGE|other:eighty eight]] year old veteran pneumonia improving on ceftriaxone
bed two [[PERSON|name:lourdes agbayani]] [[AGE|other:sixty two]] stroke day five nihss eight ng tube feeding
philhealth for bed two [[ID|health_plan:zero eight dash zero zero three four five six seven eight nine dash three]] pending
bed three [[PERSON|name:elmer quiambao]] alcohol withdrawal ciwa eighteen on diazepam
his tricycle plate [[VEHICLE|vehicle:one two three four a b]] was impounded family asking for medical certificate""",
    """ward round dictation [[LOCATION|geo:lautoka hospital]] medical ward two
bed three [[AGE|other:fifty five]] year old diabetic foot right second toe amputation planned
bed four [[PERSON|name:vijay kumar]] from [[LOCATION|geo:ba]] alcoholic liver disease ascites tapped four litres
bed six ratu [[PERSON|name:epeli]] no wait ratu [[PERSON|name:epeli tuisawau]] [[AGE|date:ninety]] chronic kidney disease stage five family declined dialysis transfer to [[LOCATION|geo:sigatoka hospital]] closer to [[LOCATION|geo:cuvu village]]""",
    """ward round dictation [[LOCATION|geo:middlemore hospital]] no this is [[LOCATION|geo:fiona stanley]] seven c
bed eight [[PERSON|name:faleolo tuimavave]] [[AGE|other:thirty four]] diabetic ketoacidosis resolved off insulin infusion now on basal bolus
libre sensor serial for her [[DEVICE|device:three m zero zero zero eight eight k y four]]
patient asked us not to contact her partner safety concern domestic violence team [[ID|other:d v r r one one four four]] referral done
her sister is next of kin [[PHONE|phone:oh four three one six six two zero nine one]]""",
    """ward round dictation ward seventy two [[DATE|date:friday twentieth september]]
bed eleven [[PERSON|name:muthu s/o ramasamy]] [[AGE|other:eighty]] hip fracture post op day one nric [[ID|ssn:S7363561J]] sorry double check that nric
bed twelve pneumonia on augmentin her daughter lodged complaint feedback reference [[ID|other:f b two four zero nine one two three]]
bed fourteen [[AGE|other:thirty]] year old pyelonephritis dictated mcr [[ID|license:m six seven eight nine zero j]]""",
    """consultant ward round [[LOCATION|geo:tupua tamasese meaole hospital]] medical ward
bed two [[PERSON|name:lealaiauloto sefo]] [[AGE|other:forty four]] rheumatic heart disease severe mitral stenosis for overseas referral to [[LOCATION|geo:auckland city hospital]] cardiothoracics
bed five [[PERSON|name:ta'ita'i siaosi fa'atau]] [[AGE|other:sixty nine]] stroke from [[LOCATION|geo:salelologa]] on [[LOCATION|geo:savai'i]]
his grandchildren [[PHONE|phone:seven seven two four four one nine]]""",
    """ward round dictation ward 7AN [[DATE|date:2 December 2024]]
bed 21 [[AGE|other:67]] year old pe on rivaroxaban fifteen bd for three weeks then twenty daily
bed 22 [[PERSON|name:brendan kiley]] alcoholic pancreatitis lipase four thousand two hundred ur [[ID|mrn:u r two two nine one zero zero four]]
bed 23 [[PERSON|name:pita taufahema]] cellulitis his workplace [[LOCATION|geo:bunnings rocklea]] needs a certificate
bed 24 [[PERSON|name:louisa mcgrath]] aka [[PERSON|name:lou]] [[AGE|other:88]] delirium
registrar ahpra [[ID|license:med zero zero zero two two one four four eight five]]""",
]


def main() -> None:
    styles = [
        ("dictated-discharge-summary", DISCHARGE_SUMMARIES),
        ("dictated-clinic-letter", CLINIC_LETTERS),
        ("staff-sms-thread", SMS_THREADS),
        ("whatsapp-group-handover", WHATSAPP_HANDOVERS),
        ("interpreter-session-note", INTERPRETER_NOTES),
        ("call-centre-triage-transcript", CALL_TRANSCRIPTS),
        ("transcribed-voicemail", VOICEMAILS),
        ("pharmacy-phone-log", PHARMACY_LOGS),
        ("outpatient-booking-chat", BOOKING_CHATS),
        ("ward-round-dictation", WARD_ROUNDS),
    ]
    print(f"probe97: {write_styled(OUT, styles)} docs")


if __name__ == "__main__":
    main()
