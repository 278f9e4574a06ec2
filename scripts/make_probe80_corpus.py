"""Write the 80th hand-annotated redaction probe, 100 notes of red-team evasion of Safe Harbor identifiers.

Why: a red team tries to slip every HIPAA Safe Harbor category (and the Australian equivalents:
Medicare, IHI, TFN, Centrelink CRN, DVA, NDIS, AHPRA, provider numbers) past a de-identifier using
only text that real systems and clinicians produce. Identifiers lose the cues a redactor leans on:
case (lowercase run-on prose), separators (dots, slashes, none), word boundaries (glued to cues),
digits (dates and ages in words and ordinals), capitalised-name heuristics (names that are words
or places), and free-text context (JSON, HL7, CSV, XML, logs, file names, URLs, quoted speech).
Dense look-alikes (doses, scores, gestations, eponyms, item codes, hotlines) sit beside them.

What: ten styles of ten notes. lowercase-prose (run-on lowercase triage, handover, SMS and
dictation); reformatted-numbers (the same kinds of numbers with dots, spaces, slashes, OCR box
spacing or none); glued-cues (template banners, chat and labels where ids touch their cue words);
dates-ages-words (ordinals, weekdays, spelled ages, holidays with a fixed date, 90+ ages);
word-names (Hope, Sale, Rose, Bell, Marsh, Jordan, Georgia, June, Young, Orange, hyphen and
apostrophe names, "goes by"/"aka"/"called" nicknames, names beside eponyms); structured-data
(FHIR JSON, CSV extracts, HL7 v2 ADT/ORU, CDA XML, app and cabinet logs); paths-urls (scan
indexes, share drives, PACS, portals, telehealth and fundraiser links); unusual-addresses (no
commas, RMB/lot/RR/site, c/o hospital, PO boxes, house names, GPS, intersections, lone
postcodes); quoted-speech (triage quotes, 000 calls, voicemail, interpreter and session
transcripts); mixed-locale (AU, NZ, UK incl. Scotland and Northern Ireland, Ireland, US, Canada).
Places span NSW, VIC, QLD, SA, WA, TAS, NT, NZ, England, Scotland, US states and Canadian
provinces.

Conventions: titles and roles (Dr, Mr, Mrs, Aunty, Uncle, RN, Sister) stay outside name spans;
staff initials alone are unmarked; a nickname written inside a full name is its own span. Eponyms
(Bell's palsy, Marsh grade, Parkinson's, Addison's), drug and brand names, chains and nationwide
bodies (Medicare, Centrelink, NDIS, Bupa as a fund, Amcal) are unmarked, but a facility named for
its place or proper name is a LOCATION. Ordinal date phrases keep their leading "the" ("the third
of July"); a weekday attached to a date is inside the span; a fixed-date holiday (Anzac Day,
Boxing Day 2021) is a DATE; relative dates ("Friday fortnight") and years alone are not. A glued
age ("64yo", "80F", "sixty-two-year-old") is one span, a spaced one ("36 year old") is the number;
patient ages under 90 are AGE|other, any age of 90 or over is AGE|date, relatives' ages under 90 are
unmarked; gestations (36+2, 28/40) and centiles are not ages. Medicare spans cover the 10 digits,
the IRN after them stays out. BSB and account number are two spans. Image file names (.jpg, .png,
.dcm, .heic) are one ID|photo span; in other file names and paths the names and ids inside are
marked separately; a record-specific or personal URL is one URL span (ids inside are not split
out). Usernames built from a person's name are PERSON. Numbers keep their original separators.

How: cd /work/main && .venv/bin/python scripts/make_probe80_corpus.py (writes corpus/redaction/probe80.jsonl).
"""

from pathlib import Path

from make_safe_harbor_suite import write_styled

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "corpus" / "redaction" / "probe80.jsonl"

# (1) identifiers in lowercase run-on prose
LOWERCASE_PROSE = [
    """pt [[PERSON|name:margaret o'connell]] [[AGE|other:78yo]] from [[LOCATION|geo:wagga wagga]] bib daughter [[PERSON|name:leanne]] (nok mob [[PHONE|phone:0412 558 903]]) after fall at home [[DATE|date:14/3]] approx 0600 no loc on apixaban 5mg bd gcs 15 bp 142/88 hr 76 spo2 97% ra, mrn [[ID|mrn:4417203]] medicare [[ID|health_plan:2837 97745 3]] irn 1, gp at [[LOCATION|geo:kooringal medical centre]] aware, plan ct brain, neuro obs 2/24 x4 then 4/24, bed 14 in ed, falls risk score 18""",
    """handover 1900 bed 7 [[PERSON|name:ahmed el-sayed]] [[AGE|other:52]] post lap chole day 1 tolerating diet, wife [[PERSON|name:noor]] rang twice asking for update, she has the enduring guardianship papers, pt wants his discharge summary emailed to [[EMAIL|email:a.elsayed72@outlook.com]] not posted, lives at [[ADDRESS|geo:9 kurrajong cres blacktown nsw 2148]] and will need hith for wound check, cr 88 hb 131 wcc 9.2, pain 3/10 on endone 5mg prn, urn [[ID|mrn:bt0918274]]""",
    """mrs [[PERSON|name:hale]] settled overnight, bp 132/80 hr 72 afebrile, bgl 7.1 pre brekkie, hb 104 ferritin 8, 1 unit prbc at 0200 (lot 4471b, 300ml), for d/c once dr [[PERSON|name:obi]] reviews, cfs 4""",
    """mse: [[PERSON|name:dylan]] [[AGE|other:24]] presents dishevelled, says he has been sleeping in his car (blue commodore rego [[VEHICLE|vehicle:1ql7tx]]) down near [[LOCATION|geo:st kilda pier]] since his mum kicked him out on [[DATE|date:27 dec]], denies si at present, case manager at [[LOCATION|geo:south port community health]] ph [[PHONE|phone:9525 8801]], urn [[ID|mrn:a7730125]], k10 34, audit 19, plan crisis team f/u tomorrow, lifeline 13 11 14 given""",
    """rv [[PERSON|name:jess mcallister]] [[AGE|other:31f]] g2p1 28/40 gtt normal, hb 112, next appt [[DATE|date:4/9]] at [[LOCATION|geo:gosford hospital]] antenatal clinic, mrn [[ID|mrn:0082144]]""",
    """sw note: met with [[PERSON|name:aroha]] [[AGE|other:27]] and her partner [[PERSON|name:wiremu]] on ward 4b re housing, they have been staying at the salvos refuge on [[LOCATION|geo:campbell st]], centrelink crn [[ID|ssn:307 441 982k]] (she says her payment was cut [[DATE|date:9 feb]]), bank details for the urgent relief payment bsb [[ID|account:032-004]] acc [[ID|account:618 204]], email [[EMAIL|email:aroha.t.w@gmail.com]], plan referral to [[LOCATION|geo:redfern legal centre]] and link with housing nsw, next meeting [[DATE|date:thurs 15/2]]""",
    """dictated letter to doctor [[PERSON|name:helen fairweather]] regarding mister [[PERSON|name:ron jakobsen]] date of birth [[DATE|date:12 8 1951]] who i saw today in the rooms at [[LOCATION|geo:st vincent's toowoomba]] for his copd he is [[AGE|other:72]] and still smoking ten a day fev1 1.1 litres 41 percent predicted i have increased his tiotropium and he will start pulmonary rehab his ihi is [[ID|health_plan:8003 6093 6006 6748]] and dva file number [[ID|health_plan:qx906412]] please call the rooms on [[PHONE|phone:07 4639 5521]] or fax [[PHONE|fax:07 4639 5529]] kind regards [[PERSON|name:anand]] dictated not read""",
    """hi its [[PERSON|name:shaz]] from [[LOCATION|geo:ballarat base]] pharmacy re mr [[PERSON|name:pike]] ([[PERSON|name:lionel]]), his webster pack is ready, can he or [[PERSON|name:dot]] pick up b4 5 or we can drop it to [[ADDRESS|geo:41 lydiard st sth]] on the way home, 2 changes: frusemide now 40mg mane, ceased the kcl. call me on [[PHONE|phone:5320 7788]] ext 4""",
    """riskman [[ID|other:rm118736]] pt [[PERSON|name:colleen maguire]] [[AGE|other:84]] found on floor of room 12 by night rn at 0310 on [[DATE|date:22/07/24]], no injury noted, son [[PERSON|name:shane]] notified by phone [[PHONE|phone:0409 552 174]] at 0330, obs bp 118/64 bgl 6.2, bed alarm was off, pt wearing hip protectors, mrn [[ID|mrn:00734918]] [[LOCATION|geo:mount gambier hospital]] ward c, morse 65""",
    """pt [[PERSON|name:lucas ferreira]] [[AGE|other:45]] called re his cpap, machine serial [[DEVICE|device:23183471925]] keeps giving mask leak error, he got it through the sleep lab, ahi on download 14.2 set at 11 cmh2o, wants a callback on [[PHONE|phone:0428 906 115]] after 3pm, health fund is hcf member [[ID|health_plan:19082734]] and he asked if they cover a new mask, lives out at [[LOCATION|geo:nimbin]] so cant come in till [[DATE|date:monday 19th]]""",
]

# (2) reformatted numbers: dots, spaces, slashes, box-spaced OCR, no separators
REFORMATTED_NUMBERS = [
    """REFERRAL
To: Dr [[PERSON|name:Fiona Leckie]], Endocrinology, [[LOCATION|geo:Royal Hobart Hospital]]
Re: [[PERSON|name:Callum Boyd]]   DOB [[DATE|date:03.09.1987]]   URN [[ID|mrn:RHH.055.2918]]
Medicare [[ID|health_plan:5681.99961.5]]/2
Mobile [[PHONE|phone:0413.772.019]]   IHI [[ID|health_plan:8003605338380039]]
Address [[ADDRESS|geo:22 Bathurst St, Hobart TAS 7000]]

Dear Doctor,
Thank you for seeing this [[AGE|other:36]] year old man with T1DM since childhood, HbA1c 9.4% (79 mmol/mol) on glargine 22 units nocte and aspart 1 unit:10 g CHO. Hypos 3-4/week, lowest BGL 2.1. eGFR > 90, TSH 2.1. He is keen to start a pump.
Provider no. [[ID|license:3758860J]]
Kind regards,
Dr [[PERSON|name:Tim Vandenberg]]
[[LOCATION|geo:Sandy Bay Family Practice]]   Ph [[PHONE|phone:03 6223 1177]]   Fax [[PHONE|fax:03.6223.1178]]""",
    """Pt: [[PERSON|name:DeShawn Carter]] | DOB [[DATE|date:7/4/1979]] | SSN [[ID|ssn:209 33 1678]] | MRN [[ID|mrn:0004419823]] | Medicaid ID [[ID|health_plan:MD44710928]] | Cell [[PHONE|phone:410.327.8842]] | MD DL [[ID|license:C-623-419-582-117]] | PatientSecure palm ID [[ID|biometric:PS 7730 1192 04]] | Seen at [[LOCATION|geo:Johns Hopkins Bayview]] | CPT 99214 | ICD-10 E11.65 | Copay $25.00""",
    """PATHOLOGY REQUEST   Lab no [[ID|other:24/118/7730]]   Collected [[DATE|date:2024/04/09]] 07:45
Patient [[PERSON|name:HOPKINS, Ruth Anne]]   Sex F   DOB [[DATE|date:19510623]]
URN [[ID|mrn:0 0 6 1 2 7 4 4]]   Medicare [[ID|health_plan:6785861103]] IRN 1
Requesting Dr [[PERSON|name:K. Oyelaran]]   Prov [[ID|license:327905BJ]]
Tests: FBC, UEC, LFT, HbA1c, B12/folate. Clinical notes: fatigue, Hb 98 3/12 ago.
Copy to: renal clinic   Billing: bulk bill   Pt phone [[PHONE|phone:07-3281-6604]]""",
    """Discharge summary - [[LOCATION|geo:Waikato Hospital]]
Patient: [[PERSON|name:Tama Ngata]]   NHI: [[ID|mrn:PCJ 9583]]   DOB: [[DATE|date:11-02-1966]]
Admitted [[DATE|date:02/03/2024]], discharged [[DATE|date:06/03/2024]]. Dx community-acquired pneumonia, CURB-65 2. Amoxicillin 1 g tds x 5 days.
GP: [[LOCATION|geo:Te Awamutu Medical Centre]], ph [[PHONE|phone:07 871 4402]].
NOK: [[PERSON|name:Mere Ngata]] (wife). Follow-up CXR in 6/52.""",
    """[[PERSON|name:Eleanor Pryce]], [[AGE|other:75]], DOB [[DATE|date:24.11.1948]], NHS No. [[ID|mrn:425 431 8081]] (written [[ID|mrn:4254318081]] on the ambulance sheet). Hosp no [[ID|mrn:K1184702]]. Address [[ADDRESS|geo:Flat 3, 18 Clifton Road, Bristol BS8 1AE]]. GP [[LOCATION|geo:Clifton Village Surgery]]. NEWS2 4, sats 93% on 2 L. Referred to Ambulatory Care, call 111 if worse.""",
    """Patient refund - [[PERSON|name:Georgina Tsakalos]] overpaid the gap on invoice [[ID|account:INV-0048213]]. Refund $165.00 to BSB [[ID|account:062 692]] account [[ID|account:1044 7729]]. Card on file ending [[ID|account:4417]] declined [[DATE|date:3/5]]. Billing acct [[ID|account:PT.00918]]. Items 104 + 10997. Approved by practice mgr.""",
    """MVA trauma call 2140. Driver [[PERSON|name:Brendan Kealy]] [[AGE|other:29M]], QLD licence [[ID|license:0843 11927]], Hilux rego [[VEHICLE|vehicle:512 KJP]], VIN on CTP form [[VEHICLE|vehicle:6T120AJXX64831453]]. CTP claim [[ID|other:CTP/24/009173]]. GCS 13, ISS 17, lactate 3.4. Passenger [[PERSON|name:Kiara Lowe]] taken to [[LOCATION|geo:Townsville University Hospital]] by QAS.""",
    """Appt reminder for [[PERSON|name:Imogen]]: [[DATE|date:Wed 12.6]] 10:15am with Dr [[PERSON|name:Ashworth]]. Reply Y to confirm or call [[PHONE|phone:02.4367.1200]]. Ref [[ID|other:BK771903]]""",
    """WorkCover certificate of capacity
Worker: [[PERSON|name:Sione Taufa]]   DOB [[DATE|date:1990-10-17]]   Claim no [[ID|other:02419773-0]]
Employer: [[LOCATION|geo:Bunnings Rocklea]]   Payroll TFN [[ID|ssn:338/825/096]]
Injury: L4/5 disc prolapse, lifting. Capacity: suitable duties 4 h/day, lift < 5 kg, from [[DATE|date:21/10]] to [[DATE|date:4/11]].
Medical practitioner: Dr [[PERSON|name:Lena Ostrowski]], AHPRA [[ID|license:MED 0001 623 407]]""",
    """Telehealth session: pt [[PERSON|name:Farah Siddiqui]] joined 14:02 from [[IP|ip:203.45.118.27]] on handset IMEI [[DEVICE|device:97-191849-172331-6]]; clinician Dr [[PERSON|name:Ben Achterberg]] from [[IP|ip:10.22.4.118]]. Pt confirmed email [[EMAIL|email:farah.siddiqui@optusnet.com.au]] and DOB [[DATE|date:05011992]]. Item 91891, 23 min.""",
]

# (3) identifiers glued to words and cue labels
GLUED_CUES = [
    """PATIENT:[[PERSON|name:BELL,Rose]]  [[AGE|other:80F]]  chartMRN[[ID|mrn:88213390]]  DOB:[[DATE|date:12/01/1944]]
ph[[PHONE|phone:0412667093]]  medicare#[[ID|health_plan:3189793445]]/4  GP:Dr[[PERSON|name:Kowalski]]([[LOCATION|geo:Glenelg]])
Alerts: PENICILLIN(rash) | falls risk | NFR per ACD
Bed 22 Ward 5E. INR 2.4 on warfarin 3mg. Hx Bell's palsy (R) resolved.""",
    """Msg for reg 11:40 - Mrs [[PERSON|name:Yusuf]] (pt [[PERSON|name:Amina Yusuf]]'s daughter-in-law) asks for call back mob[[PHONE|phone:0438221907]] or h/[[PHONE|phone:0298174430]]. NOK=son/[[PERSON|name:Idris]] ph:[[PHONE|phone:0401339286]]. Re script for Targin 10/5, pt now at [[LOCATION|geo:Carramar Gardens]] rm14. Taken by KL""",
    """Tx from[[LOCATION|geo:RPA]]->[[LOCATION|geo:Concord]] today. URN[[ID|mrn:RPA0093127]], DOB[[DATE|date:12.3.58]]([[AGE|other:66y]]), pt [[PERSON|name:O'DONOGHUE]], [[PERSON|name:Kieran]]. Dx NSTEMI, trop 812->1430, TIMI 4. Cath lab booked [[DATE|date:Thu14/11]]. Cardiologist:Dr.[[PERSON|name:Iyer]].""",
    """Pt [[PERSON|name:Jarrah Marsh]]([[AGE|other:19M]]) d/c'd 1400. D/C summ to GP email:[[EMAIL|email:reception@yarrawongamedical.com.au]] & pt's own email:[[EMAIL|email:jmarsh.2005@hotmail.com]]. F/U #clinic [[DATE|date:2/12]]@0900 for (L) distal radius # cast check. Mum([[PERSON|name:Hope]]) driving. URN#[[ID|mrn:YW002291]]""",
    """Results released to pt portal(see:[[URL|url:https://myhealth.sah.org.au/results?pid=441920&acc=PA24-55183]]). Pt [[PERSON|name:Tessa Wainwright]] notified via SMS->[[PHONE|phone:+61409883112]], portal login IP:[[IP|ip:120.151.33.204]]. Acc#[[ID|other:PA24-55183]] histo: BCC, margins clear 2mm. Recall 12/12.""",
    """[09:12] @[[PERSON|name:KaylaHughes]] can u chase bloods for bed9 (Mr.[[PERSON|name:Alvarez]])
[09:14] [[PERSON|name:Kayla Hughes]]: done, lab#[[ID|other:L24118809]] sent 0830, K+ 5.9 haemolysed, recollecting
[09:20] [[PERSON|name:Raj Sandhu]]: ok pls also book echo, pt's MRN[[ID|mrn:9904127]], he's on the [[LOCATION|geo:Westmead]] list""",
    """RX#[[ID|other:4471823]] [[PERSON|name:DOLORES MCKENZIE]] [[DATE|date:09MAR24]]
OXYCODONE 5MG CAP  Take 1 every 4-6h PRN  Qty 20  Rpts 0
Dr.[[PERSON|name:ABERNETHY]] Prescr#[[ID|license:2045173]]
Amcal [[LOCATION|geo:Cessnock]] ph[[PHONE|phone:0249902211]]  PBS 8501Y""",
    """PPM check: [[PERSON|name:Graham Tuilagi]] [[AGE|other:71M]]. Medtronic Azure XT DR SN[[DEVICE|device:PJN412733S]] impl [[DATE|date:04/2021]]; RA lead 5076-52 SN[[DEVICE|device:PJN7719024V]]. Battery 9.5y, RV thresh 0.75V@0.4ms. Home monitor SN:[[DEVICE|device:RNL304992H]] paired OK. Next remote [[DATE|date:15Aug]].""",
    """DVA#[[ID|health_plan:NX482113]](Gold) pt [[PERSON|name:Stan Kovacs]], [[AGE|date:93yo]] veteran. RSL advocate [[PERSON|name:Pat Dunne]]ph[[PHONE|phone:0265531870]]. Centrelink CRN:[[ID|ssn:204771893X]], TFN(for Age Pension form):[[ID|ssn:688208189]]. Lives [[LOCATION|geo:Port Macquarie]]. Hb 119, MMSE 26/30.""",
    """Hi [[PERSON|name:Nat]],ur appt w/Dr[[PERSON|name:Leung]] is [[DATE|date:Fri22/3]]@2:30.Bring Medicare card([[ID|health_plan:6589453535]])& referral.Call[[PHONE|phone:0755342100]]to change.[[LOCATION|geo:Robina Skin Clinic]]""",
]

# (4) dates and ages in words and ordinals
DATES_AGES_WORDS = [
    """Dear Dr [[PERSON|name:Whitcombe]],

Re: Mrs [[PERSON|name:Ivy Prendergast]], born [[DATE|date:the twenty-first of March, 1932]], of [[LOCATION|geo:Kiama]]

I reviewed Ivy on [[DATE|date:Tuesday the 4th of June]]. She is [[AGE|date:ninety-two]] and has lived alone since her husband died in 2019. Her daughter, who is sixty-eight herself, visits twice a week.

Her MMSE was 24/30, down from 27/30 on [[DATE|date:the second of February]]. Clock drawing 3/5. B12, folate and TSH normal. She fell on [[DATE|date:Anzac Day]] and has been frightened to walk since.

I have arranged an ACAT assessment and a review at the [[LOCATION|geo:Shellharbour]] falls clinic on [[DATE|date:Monday the 17th]]. Please continue donepezil 5 mg nocte.

Yours sincerely,
Dr [[PERSON|name:Rhiannon Pugh]]
Geriatrician, [[LOCATION|geo:Wollongong Hospital]]""",
    """[[PERSON|name:Neville Grange]], [[AGE|other:seventy-eight]], dob [[DATE|date:3rd Jan '46]], seen in clinic [[DATE|date:Weds the 12th]]. PSA 14.2, up from 9.8 in [[DATE|date:February last year]]. Gleason 3+4=7, PI-RADS 4. For MDT [[DATE|date:the 20th]]. Wife [[PERSON|name:June]], seventy-six, came with him.""",
    """[[PERSON|name:Aaliyah Brooks]], [[AGE|other:twenty-four]], G2P1, now 36+2 weeks, EDD [[DATE|date:the ninth of October]]. Booking bloods done [[DATE|date:fourteenth of March]], GBS negative. First baby born [[DATE|date:Boxing Day 2021]] at [[LOCATION|geo:Nepean]], PPH 900 mL. Partner [[PERSON|name:Tyrese]] on [[PHONE|phone:0411 207 385]].""",
    """Transfer from [[LOCATION|geo:Glenview Lodge]]: Mr [[PERSON|name:Albert]] '[[PERSON|name:Bert]]' [[PERSON|name:Huxley]], who turns [[AGE|date:a hundred and one]] on [[DATE|date:the 30th]]. Admitted [[DATE|date:Sat 8th]] with urosepsis, CRP 142, WCC 15.1, ceftriaxone 1 g daily day 3. His sister, [[AGE|date:ninety-six]], is also a resident; his daughter is seventy-nine. Discharge back to the Lodge planned for [[DATE|date:the 12th inst.]]""",
    """Well-child visit: [[PERSON|name:Mia Tupou]], [[AGE|other:eighteen months]], ex-31-weeker born on [[DATE|date:the fifth of May last year]] at [[LOCATION|geo:Middlemore]]. Weight 9.8 kg (25th centile), length 79 cm (10th). 18-month immunisations given [[DATE|date:13th of November]]. Mum [[PERSON|name:Salote]] reports independent walking for 4 weeks.""",
    """MEDICAL CERTIFICATE OF CAUSE OF DEATH
Deceased: [[PERSON|name:Lorraine Joy Eastwood]], aged [[AGE|other:eighty-seven]] years.
Life was pronounced extinct at 0412 hours on [[DATE|date:the seventeenth day of August, two thousand and twenty-four]], at [[LOCATION|geo:Dubbo Base Hospital]].
1(a) Aspiration pneumonia  1(b) Parkinson's disease, 12 years.
Identified by her son, [[PERSON|name:Gary Eastwood]]. Not reportable to the Coroner.
Certifying practitioner: Dr [[PERSON|name:Faisal Qureshi]]""",
    """[[PERSON|name:Zoe Hadfield]], [[AGE|other:thirty-three]], discharged [[DATE|date:Friday 7 June]]. Sertraline 50 mg started [[DATE|date:31st May]]. Review Friday fortnight ([[DATE|date:21/6]]) with the [[LOCATION|geo:Northcote]] CAT team. PHQ-9 19 -> 14.""",
    """HPI: Patient is a [[AGE|other:sixty-two-year-old]] female from [[LOCATION|geo:Dayton]] who was well until [[DATE|date:the Fourth of July]], when she developed chest pain at a barbecue. Last colonoscopy [[DATE|date:March of 2019]]. Mother died at [[AGE|date:ninety-one]] of a stroke. Seen in the [[LOCATION|geo:Miami Valley Hospital]] ED [[DATE|date:July fifth]].""",
    """[[AGE|date:97F]] from [[LOCATION|geo:Bupa Aged Care Mosman]], nonagenarian with CCF, Hb 88. Daughter [[PERSON|name:Philippa]] says Mum "hasn't been right since [[DATE|date:Christmas Eve]]". Resident since her [[AGE|date:ninetieth]] birthday. GP visits Thursdays.""",
    """Timeline ([[PERSON|name:Omar Haddad]], [[AGE|other:forty-nine]]):
- [[DATE|date:Sunday the 2nd]]: headache, vomiting x3
- [[DATE|date:Mon 3rd]]: GP, told migraine
- [[DATE|date:Tues 4th]] 0300: collapse, GCS 7, CT SAH Fisher 3, EVD
- [[DATE|date:Wed 5th]] to [[DATE|date:Fri 7th]]: ICU, coiled day 2
- day 7: vasospasm, nimodipine 60 mg 4/24
Brother [[PERSON|name:Karim]] is NOK.""",
]

# (5) names that are words or places; hyphen, apostrophe and nickname forms
WORD_NAMES = [
    """Ms [[PERSON|name:Hope Sale]], [[AGE|other:41]], of [[LOCATION|geo:Sale]], Vic, presented with right-sided Bell's palsy, House-Brackmann III. Her partner [[PERSON|name:Jordan Bell]] drove her from [[LOCATION|geo:Maffra]]. Prednisolone 50 mg x10 days, eye care. Review with Dr [[PERSON|name:Marsh]] at [[LOCATION|geo:Central Gippsland Health]] in 1/52. There is hope of full recovery.""",
    """Gastro clinic: [[PERSON|name:Georgia Marsh]], [[AGE|other:23]], of [[LOCATION|geo:Rose Bay]], referred by Dr [[PERSON|name:Rose]]. tTG-IgA 128 U/mL, HLA-DQ2 positive, duodenal biopsies Marsh 3b. Dietitian [[PERSON|name:Summer]] to see. She moved here from Georgia (the US state) in 2021.""",
    """Consent witnessed for [[PERSON|name:Siobhán Ní Dhomhnaill-O'Reilly]] ([[AGE|other:58]]). Surgeon Mr [[PERSON|name:D'Arcy-Whitehouse]], anaesthetist Dr [[PERSON|name:N'Diaye]]. Interpreter not required. Next of kin [[PERSON|name:Jean-Luc]] (husband), [[PHONE|phone:0455 902 331]]. Procedure: L TKR. ASA 2.""",
    """[[PERSON|name:Robert James Sharp]], [[AGE|other:34]], goes by [[PERSON|name:Sharpie]] on the ward, aka [[PERSON|name:Bobby]] on his old file (MRN [[ID|mrn:5512078]]). Mates call him [[PERSON|name:Tiny]]. Sharp pain R iliac fossa since [[DATE|date:Saturday 10th]]. Appendicectomy tonight, Dr [[PERSON|name:Long]] operating.""",
    """Retrieval: [[PERSON|name:Faith Young]], [[AGE|other:17]], from [[LOCATION|geo:Young]] hospital to [[LOCATION|geo:Orange]] (OHS PICU). Took 40 x paracetamol 500 mg approx 2200, level 1800 umol/L at 4 h. NAC started. Mum [[PERSON|name:Grace]] travelling by road, mob [[PHONE|phone:0427 663 105]]. Orange juice only since.""",
    """Neurology: [[PERSON|name:Grace Parkinson]], [[AGE|other:66]], with idiopathic Parkinson's disease, H&Y 2. Co-existing Addison's disease managed by Dr [[PERSON|name:Addison]] at [[LOCATION|geo:Flinders Medical Centre]]. Husband [[PERSON|name:Frank]] was frank that she is falling more. Madopar 100/25 qid.""",
    """Phone note: [[PERSON|name:Will]] will bring his dad [[PERSON|name:Bill Frank]] in [[DATE|date:Tues 21st]]; [[PERSON|name:Pat]] (Bill's wife) can't drive after her cataract op. Bill's INR 3.8 so hold warfarin tonight. Dr [[PERSON|name:Mark Rich]] to review.""",
    """Outreach clinic [[LOCATION|geo:Hope Vale]]. Seen with Aunty [[PERSON|name:Dawn]] (ALO [[PERSON|name:Joy Baker]]). Pt [[PERSON|name:Cliffy Gibson]], [[AGE|other:61]], HbA1c 10.2%, ACR 48. Fly to [[LOCATION|geo:Cooktown]] for retinal photos [[DATE|date:Thurs 23rd]].""",
    """[[PERSON|name:Jordan Haddad]], [[AGE|other:39]], born in Jordan, works at [[LOCATION|geo:Eden]] wharf. [[PERSON|name:May]] (sister) may visit. Rheumatology: [[PERSON|name:April Summers]] RN to teach methotrexate 15 mg weekly injections next month.""",
    """WARD LIST 7 EAST (14:00)
Bed 1  [[PERSON|name:HOPE, Faith]]  [[AGE|other:72]]  #NOF D2
Bed 2  [[PERSON|name:MARSH, Jordan]]  [[AGE|other:45]]  cellulitis, IV fluclox
Bed 3  [[PERSON|name:ROSE-BELL, Georgia]]  [[AGE|other:31]]  DKA resolved
Bed 4  [[PERSON|name:KING, Sunny]]  [[AGE|date:90]]  CAP, Dr [[PERSON|name:Wise]]""",
]

# (6) identifiers inside JSON, CSV, HL7, XML and log lines
STRUCTURED_DATA = [
    """{"resourceType":"Patient","identifier":[{"system":"http://ns.electronichealth.net.au/id/hi/ihi/1.0","value":"[[ID|health_plan:8003607454564453]]"},{"type":"MR","value":"[[ID|mrn:MN0551873]]"},{"system":"http://ns.electronichealth.net.au/id/medicare-number","value":"[[ID|health_plan:3211980805]]"}],"name":[{"family":"[[PERSON|name:Walsh-Tiwari]]","given":["[[PERSON|name:Priyanka]]"]}],"birthDate":"[[DATE|date:1983-07-19]]","telecom":[{"system":"phone","value":"[[PHONE|phone:+61 431 770 258]]"},{"system":"email","value":"[[EMAIL|email:priyanka.wt@icloud.com]]"}],"address":[{"text":"[[ADDRESS|geo:5/88 Grey St, South Brisbane QLD 4101]]"}]}""",
    """mrn,surname,given,dob,sex,postcode,medicare,appt,clinic
[[ID|mrn:A118207]],[[PERSON|name:O'BRIEN]],[[PERSON|name:Declan]],[[DATE|date:1977-12-30]],M,[[LOCATION|geo:2170]],[[ID|health_plan:4128612244]],[[DATE|date:2024-05-14]] 09:45,Cardiology
[[ID|mrn:A120551]],[[PERSON|name:SALE]],[[PERSON|name:Marjorie]],[[DATE|date:1939-08-08]],F,[[LOCATION|geo:2168]],[[ID|health_plan:2191228384]],[[DATE|date:2024-05-14]] 10:00,Heart Failure""",
    """MSH|^~\\&|IPM|[[LOCATION|geo:GCUH]]|TRAK|QH|[[DATE|date:20240311083215]]||ADT^A01|MSG00441|P|2.4
PID|1||[[ID|mrn:GC7730251]]^^^[[LOCATION|geo:GCUH]]^MR~[[ID|health_plan:4418679504]]^^^AUSHIC^MC||[[PERSON|name:TAUMALOLO]]^[[PERSON|name:Sefo]]^^^MR||[[DATE|date:19880204]]|M|||[[ADDRESS|geo:14 Ridgeway Ave^^Southport^QLD^4215]]||[[PHONE|phone:0755 318 440]]^PRN^PH
PV1|1|I|4B^12^A|EM|||[[ID|license:4429139Y]]^[[PERSON|name:CHEN]]^[[PERSON|name:WEI]]^^^DR""",
    """<ClinicalDocument>
  <recordTarget><patientRole>
    <id root="1.2.36.1.2001.1003.0" extension="[[ID|health_plan:8003604525183462]]"/>
    <addr use="H"><streetAddressLine>[[ADDRESS|geo:Lot 14 Mitchell Hwy]]</streetAddressLine><city>[[LOCATION|geo:Bourke]]</city><state>NSW</state><postalCode>[[LOCATION|geo:2840]]</postalCode></addr>
    <patient><name><given>[[PERSON|name:Cheryl]]</given><family>[[PERSON|name:Kennedy]]</family></name><birthTime value="[[DATE|date:19550917]]"/></patient>
  </patientRole></recordTarget>
  <author><assignedAuthor><id extension="[[ID|license:MED0001872214]]"/><assignedPerson><name>Dr [[PERSON|name:Amelia Fox]]</name></assignedPerson></assignedAuthor></author>
  <component><section><title>Medications</title><text>Metformin XR 1000 mg daily; Lot no. NX4471 expiry 11/2026</text></section></component>
</ClinicalDocument>""",
    """[[DATE|date:2024-03-11T07:58:12+10:00]] INFO auth user=[[PERSON|name:rmcgregor]] src=[[IP|ip:10.140.22.17]] method=fingerprint template=[[ID|biometric:FPT-0093-44712]] result=OK
[[DATE|date:2024-03-11T08:03:02+10:00]] WARN vpn login user=[[PERSON|name:tbranagan]] src=[[IP|ip:2001:8003:3c12:4e00:9d1:2f4a:77b1:e20c]] geo=AU
[[DATE|date:2024-03-11T08:03:05+10:00]] INFO emr open patient=[[ID|mrn:QH1980076]] user=[[PERSON|name:tbranagan]] reason="break glass"
[[DATE|date:2024-03-11T08:04:47+10:00]] INFO auth user=[[PERSON|name:kwhitlam]] src=[[IP|ip:10.140.22.31]] method=face template=[[ID|biometric:FACE-T-228190]] result=FAIL retry=1""",
    """appt_id,patient,dob,phone,email,clinic
[[ID|other:AP-338120]],"[[PERSON|name:Lee]], [[PERSON|name:Jae-won]]",[[DATE|date:02/05/1994]],[[PHONE|phone:0402113847]],[[EMAIL|email:jaewon.lee94@naver.com]],Derm
[[ID|other:AP-338121]],"[[PERSON|name:Georgiou]], [[PERSON|name:Anastasia]]",[[DATE|date:30/11/1959]],[[PHONE|phone:03 9486 2217]],,Derm""",
    """{"device":{"type":"CGM","model":"Dexcom G7","serial":"[[DEVICE|device:DX7B2K93JQ]]"},"patient_ref":"[[ID|mrn:CHQ-0047719]]","display_name":"[[PERSON|name:Lily Nakamura]]","readings":[{"ts":"[[DATE|date:2024-06-03T02:10:00Z]]","mmol":3.1,"alert":"urgent low"},{"ts":"[[DATE|date:2024-06-03T02:15:00Z]]","mmol":2.9}],"pump":{"model":"Tandem t:slim X2","sn":"[[DEVICE|device:1148273]]"},"carer_phone":"[[PHONE|phone:0437 221 850]]"}""",
    """MSH|^~\\&|SAPATH|[[LOCATION|geo:FMC]]|EMR|SALHN|[[DATE|date:202405201412]]||ORU^R01|88120|P|2.3.1
PID|1||[[ID|mrn:FMC0038172]]^^^[[LOCATION|geo:FMC]]^MR||[[PERSON|name:DIMITRIOU]]^[[PERSON|name:Eleni]]||[[DATE|date:19470301]]|F
OBR|1|[[ID|other:ORD-2209114]]|[[ID|other:24SA-118204]]|HBA1C^HbA1c|||[[DATE|date:202405200745]]|||||||||[[ID|license:282526EY]]^[[PERSON|name:HALL]]^[[PERSON|name:NICOLA]]
OBX|1|NM|HBA1C^HbA1c||8.1|%|4.0-6.0|H|||F""",
    """[[DATE|date:Mar 11]] 06:41:07 pyxis-icu2 cabinet[2213]: ACCESS user="[[PERSON|name:J. Okafor]]" bio=[[ID|biometric:BIO-FP-7718304]] drawer=3 item="MORPHINE 10MG/1ML" qty=1 patient=MRN[[ID|mrn:9920334]] ([[PERSON|name:ELLIS, Margot]])
[[DATE|date:Mar 11]] 06:41:55 pyxis-icu2 cabinet[2213]: WITNESS user="[[PERSON|name:S. Brennan]]" bio=[[ID|biometric:BIO-FP-7720051]] waste=0.5ML""",
    """{"referral_id":"[[ID|other:REF-24-00917]]","received":"[[DATE|date:2024-02-28]]","patient":{"name":"[[PERSON|name:Kaiden Morrison-Hale]]","age":[[AGE|other:16]],"ndis":"[[ID|health_plan:431 227 690]]","school":"[[LOCATION|geo:Mount Druitt Public School]]"},"guardian":{"name":"[[PERSON|name:Tanya Hale]]","mobile":"[[PHONE|phone:0419 338 702]]"},"reason":"ASD level 2, ADOS-2 comparison score 8","priority":"P2"}""",
]

# (7) file names, paths and URLs carrying names and ids
PATHS_URLS = [
    """Scanned documents index ([[DATE|date:11 Mar 2024]]):
\\\\nbmlhd-fs02\\scans\\inbox\\[[PERSON|name:HOPKINS]]_[[PERSON|name:Ruth]]_[[ID|mrn:0061274]]_referral.pdf
\\\\nbmlhd-fs02\\scans\\inbox\\[[ID|photo:HOPKINS_R_0061274_wound_heel_L.jpg]]
Filed by: [[PERSON|name:amcintyre]]""",
    """Wound photos uploaded to the clinical photography system for [[PERSON|name:Desmond Yeo]] (UR [[ID|mrn:339184]]):
[[ID|photo:IMG_20240311_094422_339184.jpg]] - sacral PI stage 3, 4 x 3 cm
[[ID|photo:IMG_20240318_101508_339184.jpg]] - improving, 3 x 2.5 cm
[[ID|photo:Yeo_D_sacrum_wk3.heic]] - taken on the family's phone by [[PERSON|name:Linh]] (daughter)
Dressing: Aquacel Ag + Allevyn, change 3x weekly.""",
    """From: Dr [[PERSON|name:Sam Whitfield]] <[[EMAIL|email:sam.whitfield@sjog.org.au]]>
To: [[EMAIL|email:intake@mindwell-perth.com.au]]
Subject: Referral - [[PERSON|name:Jade Kerr]] DOB [[DATE|date:09/09/2001]]
Attachments: Referral_[[PERSON|name:Kerr]]_[[PERSON|name:Jade]]_MHCP.pdf

Hi team, please find attached a MHCP for Jade ([[AGE|other:22]]), K10 31. Her consent form is on our portal: [[URL|url:https://portal.sjogmidland.org.au/consents/JKerr-5517203]].
Regards, Sam""",
    """PACS export log:
/pacs/export/[[DATE|date:2024-05-02]]/[[ID|photo:CT_HEAD_NC_4417203_20240314_OCONNELL.dcm]]
/pacs/export/[[DATE|date:2024-05-02]]/[[ID|photo:MR_BRAIN_4417203_20240320.dcm]]
Viewer link sent to Dr [[PERSON|name:Haddad]]: [[URL|url:https://pacs.mlhd.health.nsw.gov.au/viewer?study=1.2.840.113619.2.55.3.4417203.20240314&pid=4417203]]
Accession [[ID|other:WW24031400871]]. CT dose DLP 860 mGy.cm.""",
    """Your telehealth appointment with the [[LOCATION|geo:Mackay Base Hospital]] renal team is on [[DATE|date:Thursday 16 May]] at 11:00. Join here: [[URL|url:https://telehealth.health.qld.gov.au/join/vmr-4419207?pt=TAUMALOLO]]
If the link does not work call [[PHONE|phone:07 4885 6011]]. For emergencies call 000.""",
    """Letter saved to H:\\Users\\[[PERSON|name:ngarcia]]\\Documents\\Clinic letters\\[[PERSON|name:Okoro]] [[PERSON|name:Chiamaka]] - [[LOCATION|geo:FMC]] [[ID|mrn:0044817]] - [[DATE|date:23.4.24]].docx and copy to G:\\Shared\\Renal\\Transplant workup\\[[PERSON|name:OKORO]]_[[ID|mrn:0044817]]\\HLA_[[ID|other:T24-0771]].pdf. Tissue typing accession [[ID|other:T24-0771]], cPRA 12%.""",
    """Pt [[PERSON|name:Liam Brennan]] ([[AGE|other:15]]): mum sent a OneDrive link with the seizure videos, [[URL|url:https://1drv.ms/v/s!AkR3nT9xQm2pLh7Zg4c]], saved to the media tab as [[ID|photo:Brennan_L_seizure_0412.mp4]]. Semiology: L arm clonic 40 s, post-ictal 10 min. EEG booked [[DATE|date:25/4]].""",
    """REDCap export: PROTECT-AF_site07_[[ID|other:P0173]]_consent_[[PERSON|name:HUXLEY]].pdf, PROTECT-AF_site07_[[ID|other:P0173]]_ECG_baseline.xml. Participant [[ID|other:P0173]] randomised [[DATE|date:02-Feb-2024]] to arm B. Study coordinator [[PERSON|name:Vanessa Lim]] ([[EMAIL|email:v.lim@georgeinstitute.org.au]]). HREC ref 2023/ETH00412.""",
    """Social work: family have set up a fundraiser, [[URL|url:https://www.gofundme.com/f/help-bazza-kowalczyk-beat-cancer]], and the local paper ran a story ([[URL|url:https://www.dailyadvertiser.com.au/story/8551203/wagga-dad-barry-kowalczyk-fights-on/]]). [[PERSON|name:Barry]] ([[PERSON|name:Bazza]]) is aware and consents to the team seeing it. His Instagram [[URL|url:https://instagram.com/bazza_k_wagga]].""",
    """Audit: access to record [[ID|mrn:QH2208817]] from path /var/log/emr/[[DATE|date:2024-03-11]]/session_[[PERSON|name:tbranagan]]_[[IP|ip:203.17.44.96]].log flagged. Patient [[PERSON|name:Margaret Ng]] is a staff member's mother. Badge fingerprint enrolment [[ID|biometric:fp_tbranagan_R2.tmpl]] used at 02:14. Privacy officer [[PERSON|name:Colin Prowse]] notified, incident [[ID|other:PRV-2024-0311-02]].""",
]

# (8) addresses written unusually
UNUSUAL_ADDRESSES = [
    """Home visit [[PERSON|name:Doreen Walsh]] [[AGE|other:81]] at [[ADDRESS|geo:14 Banksia Dr Kalgoorlie WA 6430]] nil steps at front, key safe code given verbally, dog friendly. Wound on L shin 2x1cm, slough 20%. Son [[PERSON|name:Wayne]] on [[PHONE|phone:0408 913 274]].""",
    """Postal address for correspondence: [[ADDRESS|geo:RMB 2241 Glenroy Rd Mudgee 2850]]. Property is 40 min out of town past the [[LOCATION|geo:Gulgong]] turnoff; ambulance to use [[ADDRESS|geo:Lot 7 DP 750762 Glenroy Rd]] for the gate. Pt [[PERSON|name:Russell Hine]], [[AGE|other:68]], home oxygen 2 L, concentrator serial [[DEVICE|device:EC5-190882]].""",
    """Mr [[PERSON|name:Tyson Birch]], NFA. Mail c/o [[LOCATION|geo:Alice Springs Hospital]] social work dept or c/o [[ADDRESS|geo:PO Box 1183 Tennant Creek NT 0861]]. Family at [[LOCATION|geo:Ali Curung]] community; outstation [[LOCATION|geo:-21.0973, 134.3213]]. Contact via clinic nurse [[PERSON|name:Robyn]] [[PHONE|phone:08 8964 1911]].""",
    """Discharge destination: [[ADDRESS|geo:Site 42 Sunrise Caravan Park 1 Marine Pde Kingscliff 2487]] (cabin 3 while renovations done). Pt [[PERSON|name:Elaine Foster]], daughter [[PERSON|name:Kerrie Foster]] co-resident. HITH visits daily for IV cefazolin 2 g tds.""",
    """[[PERSON|name:Bryce Tomlinson]] [[AGE|other:22]] brought in by police from the [[LOCATION|geo:corner of Hay and Barrack Sts]], says he stays at [[LOCATION|geo:Tom Fisher House]] or "around [[LOCATION|geo:Wellington Square]]". Lives in the [[LOCATION|geo:6000]] postcode for Centrelink. BAC 0.19.""",
    """Patient lives at [[ADDRESS|geo:The Old Rectory Church Lane Little Snoring Fakenham NR21 0JB]], but is staying with her brother at [[ADDRESS|geo:2 Mill Cottages, Wells-next-the-Sea]] until the stairlift is fitted. Mrs [[PERSON|name:Penelope Ashdown]], DOB [[DATE|date:2/7/1942]], NHS [[ID|mrn:353 416 8542]].""",
    """Address on file: [[ADDRESS|geo:U12 / 3-5 Ocean Pde Coogee 2034]]. Pt says correct one is [[ADDRESS|geo:unit twelve, three Ocean Parade]], the building is [[LOCATION|geo:Seacrest Apartments]], buzzer not working so ring [[PHONE|phone:0416 558 090]]. Pt [[PERSON|name:Rafael Souza]] [[AGE|other:50]].""",
    """Rural: [[ADDRESS|geo:RR 3 Site 12 Box 4 Olds AB T4H 1P4]] - pt [[PERSON|name:Wade Lindqvist]], Alberta PHN [[ID|health_plan:57832 1904]]. Nearest facility [[LOCATION|geo:Olds Hospital and Care Centre]]. Prior address [[ADDRESS|geo:RR 1 Box 88 Hope ND 58046]] (North Dakota).""",
    """Care-of address: [[PERSON|name:Kalinda Roberts]] c/o [[LOCATION|geo:Royal Darwin Hospital]] Ward 4A, [[ADDRESS|geo:105 Rocklands Dr Tiwi NT 0810]], until boarding at [[LOCATION|geo:Mililma House]] is arranged. Usual residence [[LOCATION|geo:Wadeye]]. Medicare [[ID|health_plan:3218 94832 4]] 2.""",
    """Shop-front residence: [[ADDRESS|geo:Shop 2 55 High St Sth Kew 3101]] (lives above the bakery). Mr [[PERSON|name:Costas Papadakis]], [[AGE|other:76]], requests all mail to [[ADDRESS|geo:PO Box 331 Kew East]]. Interpreter Greek, NAATI [[ID|license:CPN4V1KXL]].""",
]

# (9) identifiers in quoted speech and transcripts
QUOTED_SPEECH = [
    """Triage: pt states "My name's [[PERSON|name:Darren]], [[PERSON|name:Darren Pickering]], I'm [[AGE|other:forty-four]], I live at [[ADDRESS|geo:number six Jacaranda Close, Logan Central]]." Says "[[PERSON|name:Shazza]] my missus knows my meds, her number's [[PHONE|phone:0423 771 015]]." Chest pain 7/10, ECG sinus, ATS 2.""",
    """000 call transcript (QAS CAD [[ID|other:24-0318-4471]]):
Caller: "It's my dad, [[PERSON|name:Keith Doyle]], he's [[AGE|other:seventy]], he's gone grey and he's not talking."
Call-taker: "What's the address?"
Caller: "[[ADDRESS|geo:22 Riverview Road, Murwillumbah]], the blue house, down past the [[LOCATION|geo:Tweed River]] bridge."
Call-taker: "And your name?"
Caller: "[[PERSON|name:Shannon]]. Call me on [[PHONE|phone:0402 667 119]] if you get lost."
Call-taker: "Is he breathing? Start CPR, push hard and fast, 100 to 120 a minute." """,
    """Voicemail transcription ([[DATE|date:Mon 11/3]] 16:52): "Hi, it's [[PERSON|name:Sandra Kellerman]] from [[LOCATION|geo:Yeppoon]], I'm calling about my mum [[PERSON|name:Betty]], date of birth [[DATE|date:4 April 1938]], her Medicare number is [[ID|health_plan:4361 01618 2]], she needs her heart tablets re-done before Friday. Can you call me back on [[PHONE|phone:0418 223 970]]? Thanks." """,
    """Interpreter-assisted consult (Vietnamese, interpreter [[PERSON|name:Minh]], NAATI [[ID|license:CPN7K2JWT]]). Pt: "My son [[PERSON|name:Tuan]] drives me. We live in [[LOCATION|geo:Cabramatta]] since [[DATE|date:August 1991]]." Via interpreter: "She says the tablets for sugar make her stomach bad." Metformin 500 mg bd -> XR 1 g nocte. HbA1c 7.9.""",
    """Phone triage, voice-authenticated (voiceprint [[ID|biometric:VP-7731-0093]] match 0.96). Caller: "It's [[PERSON|name:Harriet Lowe]], [[PERSON|name:H-A-R-R-I-E-T]], my DVA number's [[ID|health_plan:VX221845]]." Nurse: "And your date of birth?" Caller: "[[DATE|date:The nineteenth of June, nineteen forty-eight]]." Advised to go to ED, 000 if worse.""",
    """Session notes (verbatim excerpts): "After [[PERSON|name:Callum]] left I moved back to [[LOCATION|geo:Geelong]] to Mum's place." "I still drive past his work, the [[LOCATION|geo:Ford Lane]] depot, every morning." "My old psych at [[LOCATION|geo:Barwon Health]] was Dr [[PERSON|name:Amira]]—" (pt then corrected: "[[PERSON|name:Amira Khalil]]"). Pt [[PERSON|name:Chloe Bennett]], [[AGE|other:29]], DASS-21 D 24.""",
    """Pt's email pasted into notes:
> Hi Dr [[PERSON|name:Vos]], it's [[PERSON|name:Marnie]] ([[PERSON|name:Marnie Albrecht]], dob [[DATE|date:15/08/1985]]). My new address is [[ADDRESS|geo:3 Penguin Pl, Ulverstone 7315]] and my new mobile is [[PHONE|phone:0400 915 662]]. Can you send the scripts to [[EMAIL|email:marnie.a85@bigpond.com]]? Cheers
Reply: scripts sent as e-tokens.""",
    """Police statement excerpt (attached at request of SAPOL, report PIR [[ID|other:24/A11873]]): "I am Senior Constable [[PERSON|name:Rhys Gallagher]], badge [[ID|other:SC 44821]]. At 2310 on [[DATE|date:the 9th of March]] I attended [[ADDRESS|geo:17 Coromandel Pde, Blackwood]] where [[PERSON|name:Nathan Sorensen]] ([[AGE|other:36]]) was located. His vehicle, rego [[VEHICLE|vehicle:S 771-BJT]], was parked across the driveway." """,
    """Ward round dictation: "This is Mister [[PERSON|name:Abdi Warsame]], [[AGE|other:fifty-six]], bed eleven, MRN [[ID|mrn:1 1 8 8 4 0 2]], day four post Whipple, drain amylase 340, lipase 12. Tell [[PERSON|name:Fadumo]] his wife we'll update her at two. And ring the [[LOCATION|geo:Lyell McEwin]] ICU about the bed." """,
    """Pharmacy call log: Caller: "Hi, [[PERSON|name:Trish]] here from [[LOCATION|geo:Kalgoorlie]] Amcal, about a script for [[PERSON|name:Noah Pearce]], the prescriber number's [[ID|license:3318204]], but the patient's address on it is [[ADDRESS|geo:8 Egan St]] and his card says [[ADDRESS|geo:12 Egan St]]." Pharmacist: "Go with 12, I'll fix it." Caller: "And his Medicare's [[ID|health_plan:3097112252]], IRN two." """,
]

# (10) mixed-locale notes
MIXED_LOCALE = [
    """NZ transfer: [[PERSON|name:Hemi Parata]], NHI [[ID|mrn:BYF3136]], DOB [[DATE|date:22/6/1970]], IRD [[ID|ssn:137-570-440]] (for ACC claim [[ID|other:10073318]]). From [[LOCATION|geo:Whangārei Hospital]] to [[LOCATION|geo:Auckland City Hospital]] ward 72. Usual GP in [[LOCATION|geo:Kaitaia]].""",
    """Canadian visitor: [[PERSON|name:Marie-Claude Tremblay]], [[AGE|other:63]], Ontario health card [[ID|health_plan:3982-597-910-KV]], SIN [[ID|ssn:413 377 904]] (given in error, not stored). Home [[ADDRESS|geo:1190 rue Principale, Hawkesbury ON K6A 1L3]]. Seen at [[LOCATION|geo:Cairns Hospital]] for stinger envenomation (Irukandji), fentanyl 50 mcg x2.""",
    """Scottish patient: [[PERSON|name:Iain MacLeod]], CHI [[ID|mrn:1911974661]], DOB [[DATE|date:19/11/1997]], NI no. [[ID|ssn:JT 48 23 91 B]]. GP [[LOCATION|geo:Portree Medical Centre]], [[LOCATION|geo:Isle of Skye]]. Working holiday at [[LOCATION|geo:Margaret River]] winery; Medicare via RHCA [[ID|health_plan:6627669715]]. Contact [[EMAIL|email:iain.macleod97@gmail.com]].""",
    """US traveller: [[PERSON|name:Tyler Brandt]], [[AGE|other:27]], SSN [[ID|ssn:188-37-7750]], Aetna member ID [[ID|health_plan:W271840395]], home [[ADDRESS|geo:4410 N Sheridan Rd Apt 9B Chicago IL 60640]]. US PCP Dr [[PERSON|name:Alicia Mendez]] NPI [[ID|license:1914205962]], DEA [[ID|license:AM1361029]]. Here in [[LOCATION|geo:Byron Bay]]; wrist # after a surf wipe-out.""",
    """UK-AU transfer letter: [[PERSON|name:Beatrice Holloway]], NHS [[ID|mrn:456 284 5228]], hospital no [[ID|mrn:G0093321]] ([[LOCATION|geo:St George's, Tooting]]). Now resident [[ADDRESS|geo:27 Kintore St, Wahroonga NSW 2076]], Medicare [[ID|health_plan:3824 57793 5]]/1. Mum, [[AGE|date:ninety]], lives with her. Herceptin cycle 9 due [[DATE|date:the 3rd of April]].""",
    """Irish patient in Perth: [[PERSON|name:Ciarán Ó Súilleabháin]], PPSN [[ID|ssn:1290404H]], DOB [[DATE|date:05/03/1990]]. Salary into IBAN [[ID|account:IE29AIBK93115212345678]]; AU account BSB [[ID|account:016-350]] acc [[ID|account:4920 11873]]. Employer [[LOCATION|geo:Roy Hill]] mine site (FIFO). Passport [[ID|other:PA7718203]].""",
    """Canada-NZ: [[PERSON|name:Aiyana Crowfoot]], BC PHN [[ID|health_plan:9251027346]], from [[LOCATION|geo:Hope]], BC, now studying at [[LOCATION|geo:University of Otago]], NHI [[ID|mrn:UHD6529]]. Student health ph [[PHONE|phone:03 479 8212]]. Dx infectious mononucleosis, ALT 210. Vehicle plate (BC) [[VEHICLE|vehicle:RN8 42K]], VIN [[VEHICLE|vehicle:2HGYBG40674324620]] noted for ACC.""",
    """Northern Ireland: [[PERSON|name:Grainne McAteer]], H&C [[ID|mrn:320 945 8073]], [[ADDRESS|geo:41 Glen Road, Belfast BT11 8BB]], GP [[LOCATION|geo:Andersonstown Health Centre]]. UK mobile [[PHONE|phone:07700 914 228]]. Travel bank GB IBAN [[ID|account:GB58NWBK13957544862949]]. Hire car rego [[VEHICLE|vehicle:H72 LT]] from [[LOCATION|geo:Hobart]] airport.""",
    """Veteran, dual US/AU: [[PERSON|name:Dale Hutchins]], [[AGE|date:91]], VA claim no. (SSN) [[ID|ssn:477 78 3181]], DVA White Card [[ID|health_plan:WX442918]]. Lives [[LOCATION|geo:Buderim]]. VA clinician Dr [[PERSON|name:Kim Rosen]] NPI [[ID|license:1451728350]] faxes from [[PHONE|fax:(808) 433-1190]].""",
    """Locum notes (UK GP in NZ): "[[PERSON|name:Nigel Ashby]], GMC [[ID|license:7014432]], working at [[LOCATION|geo:Queenstown Medical Centre]]." Pt [[PERSON|name:Sophie Lanham]], [[AGE|other:19]], UK NHS [[ID|mrn:145 762 1703]], NZ NHI [[ID|mrn:RHQ2174]]. Skiing injury [[DATE|date:Sat 13 July]]. Rental van [[VEHICLE|vehicle:NZF442]], VIN [[VEHICLE|vehicle:JN16STY29H8241695]].""",
]


def main() -> None:
    n = write_styled(
        OUT,
        [
            ("lowercase-prose", LOWERCASE_PROSE),
            ("reformatted-numbers", REFORMATTED_NUMBERS),
            ("glued-cues", GLUED_CUES),
            ("dates-ages-words", DATES_AGES_WORDS),
            ("word-names", WORD_NAMES),
            ("structured-data", STRUCTURED_DATA),
            ("paths-urls", PATHS_URLS),
            ("unusual-addresses", UNUSUAL_ADDRESSES),
            ("quoted-speech", QUOTED_SPEECH),
            ("mixed-locale", MIXED_LOCALE),
        ],
    )
    print(f"probe80: {n} docs")


if __name__ == "__main__":
    main()
