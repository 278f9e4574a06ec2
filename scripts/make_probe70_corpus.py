"""Write the 70th hand-annotated redaction probe, 100 notes of names from every naming tradition.

Why: clinical text from Australia, New Zealand, the UK, Canada and the US names people from
every naming tradition, and each breaks a different assumption of a redaction engine: family
name first (NGUYEN Thi Hoa, ZHANG Wei, Park Ji-hoon) with romanised variants of the same
person; particles that belong inside the span (ap, van der, Mac Giolla, Ní, Al-, Abou-, Bin
Sali) and honorifics that stay outside (Bà, Daw, U, Ratu, Adi, Matua, Aunty, Nanny, Woizero,
Niam); patronymic chains where spouses and siblings share no surname (Somali, Eritrean,
Tamil); surnames inflected by sex or case (Wiśniewska/Wiśniewski, Kazlauskienė/Kazlauskas,
Horváthová, Kostopoulou, Kowalczykowa, Pawła); two Latin American surnames; Pacific and Māori
names with glottal stops and macrons; skin names; kunyas and nicknames that look like nothing
(Abu Ali, Jun-jun, Dimps, Gussie, J-Roc, JT); a spirit name glossed in English; names that
are ordinary English words (Hope, Faith, Grace, Joy, Bill, Rich, Storm, Sky, Bird, Wolf,
King, Brown, Young, May, Blessing, Comfort, Precious, Gift, Junior); and every written form:
reversed with a comma, ALL CAPS, lower case, possessive, email headers and sign-offs, handles
and file names. Around them sit look-alikes that must survive: eponyms (Parkinson's,
Brown-Séquard, Murphy's, Hartmann's, Addenbrooke's, Edinburgh Postnatal Depression Scale),
drug brands (Madopar, Clozaril, Jardiance), a ward named after a person, places named like
people or words (Elizabeth, Hope Valley, Sunshine, Fort Wayne, Lyell McEwin, Virginia Mason),
and the name-words used as words (hope to discharge, may need, brown sputum, young adult,
thyroid storm, bird fancier's lung, by God's grace, a storm of abuse, cry wolf, frank pus).

What: ten styles of ten notes: ward handovers, family meetings, interpreter bookings, social
work notes, visitor and next-of-kin logs, clinic letters, ED triage notes, pastoral care logs,
mental health reviews and discharge planning. Places are real towns, suburbs, hospitals,
marae, mosques, gurdwaras and communities in Australia (including remote Aboriginal and Torres
Strait Islander communities), New Zealand, England, Scotland, Wales, Canada and the US; the
text is English with Māori, French, Polish and Dutch passages. Every identifier is marked
inline as [[LABEL|category:value]]. Every person (patient, relative, carer, interpreter,
chaplain, clinician) is PERSON|name, with titles, honorifics and credentials outside the span
and particles inside; a given name, surname, nickname, kunya or spirit name alone is its own
span, a possessive 's stays outside, and bare staff initials and vendor interpreter numbers
stay unmarked, as does Kumanjayi, the substitute used in place of a dead person's name.
Street addresses are one ADDRESS|geo span; hospitals, practices, marae, places of worship,
schools, suburbs, communities and counties are LOCATION|geo; countries, provinces, agencies,
insurers, programmes and helplines stay unmarked. Dates more specific than a year (and a year
of birth) are DATE|date in every format, including Māori and French month names; ages of the
patient are AGE|other, 90 and over AGE|date, relatives' ages stay unmarked. NHS, CHI, NHI,
IRD, TFN, SIN, SSN, NINo and status numbers are ID|ssn; Medicare, IHI, DVA, MBI, OHIP, PHN,
RAMQ, NDIS and insurer member numbers ID|health_plan; NAATI, NRPSI, GMC, AHPRA, NPI, CPSO and
driver licences ID|license; booking references, handles, police, court and tribunal
references, passports and ImmiCards ID|other. Check-digit values pass their checksums.

How: cd /work/main && .venv/bin/python scripts/make_probe70_corpus.py (writes corpus/redaction/probe70.jsonl).
"""
# ruff: noqa: RUF001

from pathlib import Path

from make_safe_harbor_suite import write_styled

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "corpus" / "redaction" / "probe70.jsonl"

STYLE_A = [
    """ISBAR handover 1900hrs - 4C, [[LOCATION|geo:Westmead Hospital]]
S: Bed 12 [[PERSON|name:NGUYEN Thi Hoa]] (likes to be called Bà [[PERSON|name:Hoa]]), URN [[ID|mrn:W0492817]], D3 post ORIF L NOF.
B: T2DM on Jardiance, AF on Eliquis 2.5mg bd. Lives w son [[PERSON|name:Tuan]]. Vietnamese only - TIS phone interp for ward round, do NOT use grandkids.
A: HR 88 AF, BP 132/70, SpO2 95% RA, afebrile. Waterlow 18. Brown sputum overnight, CXR clear per reg. Pain 3/10 w Targin 5/2.5.
R: may need IDC reinsert if no void by 2200 (bladder scan 410mL at 1730). Hope to mobilise w physio tmrw w Zimmer frame. Son's mob [[PHONE|phone:0412 558 903]] - finishes work 9pm, call after.
RN JT""",
    """Handover - Ward 32, [[LOCATION|geo:Middlemore Hospital]], nights
Rm 6 - [[PERSON|name:Sione Fa'alogo]], cellulitis R leg, IV fluclox 2g q6h, margins marked 1800 - mark again 0600 pls. Frank pus from the wound this pm, swab sent. Wife stayed til 2130; whole aiga may come in am - pls be flexible w numbers.
Rm 7 - [[PERSON|name:Aroha Tipene-Matua]] [[AGE|other:31F]], NHI [[ID|ssn:DKA5679]], DKA resolving, insulin infusion off 0200, BSL 9.4 → 7.8. [[PERSON|name:Aroha]]'s mum [[PERSON|name:Huia]] is her support person; kuia asked for karakia before the PICC.
Plan: hope for d/c Thurs if eating + ketones < 0.6.""",
    """nights handover bay 3 [[LOCATION|geo:royal london]]
bed 1 mr [[PERSON|name:md abdul rahman]] nhs [[ID|ssn:236 441 5454]]. sylheti speaker, grandson [[PERSON|name:rayhan]] interprets informally but pls book prof interpreter for consent. hartmann's 2/7 ago, stoma active 300ml. NBM from midnight for ?RTT.
bed 2 mrs [[PERSON|name:o'leary]] ([[PERSON|name:pat]]) delirium ?UTI, 4AT 6. pat skin dry after wash, sacrum grade 1, repose mattress.
bed 4 [[PERSON|name:YOUNG, Richard]] aka [[PERSON|name:rich]] CF exacerbation, IV tobi + ceftaz day 4, young adult CF team aware. salt-rich snacks per dietitian. may need PICC - ask dr [[PERSON|name:adebayo]] in am.
- SN""",
    """Shift report 0700 - 7ES
Rm 714-2: [[PERSON|name:WIŚNIEWSKA, Halina]], OHIP [[ID|health_plan:1985-911-476-XK]]. POD 2 R TKA, CPM 0-60, Hgb 96. Polish only; husband [[PERSON|name:Zbigniew Wiśniewski]] visits daily and calls her [[PERSON|name:Halinka]].
Rm 716-1: [[PERSON|name:MacNeil, Ruairidh]], mech fall, Morse 65, bed alarm on. Mr [[PERSON|name:MacNeil]] keen to get home to [[LOCATION|geo:Sydney]] (Nova Scotia, not Australia!).
Rm 718: [[PERSON|name:Storm Littlechild]], admitted ?thyroid storm - TSH normal, now ?panic attack. Mom at bedside overnight.""",
    """RN handoff (SBAR) 1900 - 6 North
S: [[PERSON|name:Hodan Abdi Warsame]] [[AGE|other:34F]] G4P3 @ 36+2, severe pre-E, Mag 1 g/hr.
B: Somali speaking. Husband is [[PERSON|name:Abdirahman Mohamed]] - different last name (Somali naming), pls don't call him Mr [[PERSON|name:Warsame]]. Interpreter [[PERSON|name:Faisa]] in person 1100-1500, otherwise iPad interp.
A: BP 152/98, DTR 2+, no clonus, UO 40 mL/hr, Mag level 5.8.
R: Mag tox checks q1h. Per Dr [[PERSON|name:Lindqvist]] (OB) may need delivery if BP goes sky-high again.""",
    """Handover 1500 - Med ward
Bed 3 [[PERSON|name:Rosie Napaljarri Martin]] from [[LOCATION|geo:Yuendumu]], ESKD on HD MWF - missed 2x (sorry business). Warlpiri first language. Niece [[PERSON|name:Kylie Nampijinpa]] is carer, mob [[PHONE|phone:0401 772 318]]. Family ask we say Kumanjayi, not her late brother's name.
K+ 6.1 this am, resonium given. Plan HD 1700 then hope for RFDS home Fri.
Bed 5 [[PERSON|name:Jarrah Bird]] [[AGE|other:24M]] cellulitis L hand (dog bite), Augmentin Duo Forte. NB old "bird fancier's lung" alert on chart is a DIFFERENT Mr [[PERSON|name:Bird]] - check DOB [[DATE|date:11/02/2000]] before meds!!""",
    """Ward 11 handover, Sunday nights
1. [[PERSON|name:MACLEOD, Eilidh]] CHI [[ID|ssn:1403527148]]. COPD exac, NIV overnight, pH 7.31 → 7.36. Gaelic speaker. GCS 15.
2. Mrs [[PERSON|name:Kaur]] ([[PERSON|name:Gurpreet]]) - 3 pts w the same surname on the ward tonight, ID by CHI + DOB. Post lap chole, Murphy's neg. Husband [[PERSON|name:Harjinder Singh]] bringing food from the gurdwara, ok w dietitian.
3. [[PERSON|name:Hope McAllister]], ETOH withdrawal, CIWA 12, Pabrinex 2/3. [[PERSON|name:Hope]] talking about self-discharge - we hope she stays till Tues, Dr [[PERSON|name:Mhairi Ní Bhriain]] aware.""",
    """Handover 0700 - Renal, [[LOCATION|geo:Townsville University Hospital]]
1. [[PERSON|name:AHMAT, Maryanne]], TSI from [[LOCATION|geo:Badu Island]], DOB [[DATE|date:04/09/1974]]. AVF L arm, thrill +. Husband staying at the patient hostel. Speaks Kala Lagaw Ya + Yumplatok; PTSS forms done.
2. [[PERSON|name:May Ling Tan]], CKD4, Hb 78. Ms [[PERSON|name:Tan]] may need Ferinject before d/c. Rose from chair independently, BP rose to 168/90 after standing - repeat.
cheers, [[PERSON|name:Kez]] (CN)""",
    """Change of shift 1900 - Tele 5, [[LOCATION|geo:Elmhurst Hospital]]
512A: [[PERSON|name:María Guadalupe Hernández Ortiz]] ("[[PERSON|name:Lupe]]"), NSTEMI, heparin gtt, PTT 68. Spanish; daughter (uses 2nd surname only) is HCP, cell [[PHONE|phone:(347) 682-4410]].
514B: [[PERSON|name:HERNANDEZ, Jose Luis]] - NO relation, NAME ALERT on unit. CHF, Lasix 40 IV bid, strict I&O.
516: [[PERSON|name:Faith Adeyemi]], SVT, adenosine x2 in ED, now SR 90s. Pastor [[PERSON|name:Kunle]] called twice - ok to give general update per pt. Faith-based support otherwise declined.""",
    """hndvr 2100 bed 9 [[PERSON|name:papadopoulos]] stable, settled. bed 10 [[PERSON|name:KOSTOPOULOU Dimitra]] [[AGE|date:91]], refusing Movicol, BNO 4/7 → PR Coloxyl if still nil. Greek only, son [[PERSON|name:Jim Kostopoulos]] visits 1000-1400, wants call if any change. Bed 11 empty - adm from [[LOCATION|geo:Box Hill]] ED pending.""",
]

STYLE_B = [
    """FAMILY MEETING - ICU, [[LOCATION|geo:Liverpool Hospital]]
Date: [[DATE|date:14 March 2024]] 1400, Level 5 family room
Patient: [[PERSON|name:Khalil Abou-Chakra]], MRN [[ID|mrn:LH2290457]]
Present: wife, 2 sons, daughter [[PERSON|name:Zeinab]] (spokesperson); ICU staff specialist; SW; Arabic interpreter (TIS, NAATI [[ID|license:CPN7H2K4B]]).
Known in the community as [[PERSON|name:Abu Ali]] - family asked staff to use this.
Hypoxic brain injury after OOHCA. GCS 5 off sedation, EEG burst suppression. Prognosis very poor. Family ask to wait until a cousin arrives from Lebanon on Sat.
Outcome: continue current care, not for CPR (NFR form signed). "We hope for a miracle" - wife. Staff acknowledged this.
Next meeting [[DATE|date:Mon 18/3]] 1100.""",
    """Whānau hui - Ward 11, [[DATE|date:22 Haratua 2024]]
Tūroro: [[PERSON|name:Wiremu Te Rangi]] ("[[PERSON|name:Bill]]"), NHI [[ID|ssn:QZS4657]]
I reira: wife, daughter [[PERSON|name:Aroha]], kaumātua, oncology reg, RN.
Opened w karakia by Matua [[PERSON|name:Rangi]].
Kōrero: metastatic Ca prostate, pain controlled on MS Contin. [[PERSON|name:Bill]] wants to go home to [[LOCATION|geo:Ngāruawāhia]], close to [[LOCATION|geo:Tūrangawaewae Marae]]. No bill to whānau for hospice equipment. District nurses start next week.
Whānau expressed aroha and thanks to the ward. Closed w karakia.""",
    """MDT family meeting - Renal, [[LOCATION|geo:King's College Hospital]]
Date: [[DATE|date:03.04.2024]]
Pt: Mr [[PERSON|name:Chukwuemeka Okafor]] ("[[PERSON|name:Emeka]]"). Hosp no [[ID|mrn:J771204]].
Attendees: wife; brother [[PERSON|name:Obinna]] (speakerphone from Nigeria); Dr [[PERSON|name:King]] (renal consultant); renal CNS [[PERSON|name:Blessing Adeleke]]; family friend (pastor).
ESRF on HD 3x/wk. Live donor work-up discussed - [[PERSON|name:Obinna]] keen. Wife worried re cost - explained NHS covers donor assessment.
Pastor offered a blessing at the end. F/U with Dr [[PERSON|name:King]] 2/52.""",
    """Family Conference - ICU, [[LOCATION|geo:Vancouver General Hospital]], [[DATE|date:2024-02-19]]
Pt: [[PERSON|name:CHEUNG Ka Wai]] (English name [[PERSON|name:Kelvin]]), PHN [[ID|health_plan:9204560182]]
Present: wife [[PERSON|name:WONG Mei-ling]] (prefers Ms [[PERSON|name:Wong]], not Mrs [[PERSON|name:Cheung]]); father; Cantonese interpreter; intensivist; RN.
Severe ARDS post influenza A, P/F 82, PEEP 14. ECMO declined by regional ECMO team (multi-organ failure). Father asked about Chinese herbal medicine - not via NG for now.
Plan: trial prone 16 h, reassess in 48 h. Father asked to be called first, cell [[PHONE|phone:604-318-7725]].""",
    """Palliative Care family meeting - [[LOCATION|geo:Dearborn]]
Date: [[DATE|date:Feb 6, 2024]]
Patient: [[PERSON|name:Fatima Al-Zahraa Hussein]], [[AGE|other:84]], MBI [[ID|health_plan:4QT7-HR2-PK58]]
Attendees: son [[PERSON|name:Haider]] and his brother; granddaughter (offered to interpret, declined); Arabic interpreter; Dr [[PERSON|name:Hope Gallagher]] (palliative); imam.
Family refer to [[PERSON|name:Haider]] as [[PERSON|name:Abu Karrar]].
Metastatic pancreatic ca. Family request the word "cancer" not be used with pt. Palliative consultant will check this with pt directly with interpreter. Family prefer home hospice.
DNR/DNI confirmed, POLST completed.""",
    """Family meeting - Aged Care, [[LOCATION|geo:Fiona Stanley Hospital]], [[DATE|date:28/11/2023]]
Pt: [[PERSON|name:SUBRAMANIAN, Venkataraman]] ("[[PERSON|name:Venkat]]"), Medicare [[ID|health_plan:4912 06244 2]]/1
Present: wife; son (video from [[LOCATION|geo:Chennai]]); daughter-in-law [[PERSON|name:Priya Karthik]]; geriatrician; OT.
Alzheimer's dementia, MMSE 14/30, Barthel 35/100. Two falls at home in 1 month. Wife (78) exhausted.
Outcome: ACAT referral. Family will look at respite near the temple - important to them.""",
    """Family meeting notes - Elderly Care, [[LOCATION|geo:Leicester Royal Infirmary]]
[[DATE|date:Tuesday 16th January 2024]]
Patient: Mr [[PERSON|name:Jayantilal Parmar]], [[AGE|other:86]], NHS [[ID|ssn:248 242 4135]]
Present: wife; son (LPA health & welfare); daughter; Gujarati interpreter; Dr [[PERSON|name:Grace Oyelaran]].
Family call him [[PERSON|name:Jayantibhai]]; his wife is [[PERSON|name:Kokilaben]].
Aspiration pneumonia x3 this yr. SALT: level 5 diet. Discussed risk feeding. Family keen for home with 4x daily care. Grace period on care charges explained by SW.""",
    """Réunion de famille - [[LOCATION|geo:Hôpital Montfort]], [[DATE|date:le 12 mars 2024]]
Patiente : [[PERSON|name:Marie-Claude Jean-Baptiste]]
Présents : fille [[PERSON|name:Nadège]], fils, Dre [[PERSON|name:Sophie Lavoie]] (interniste), travailleuse sociale, interprète créole.
AVC ischémique gauche, aphasie d'expression. Mme [[PERSON|name:Jean-Baptiste]] comprend mieux le créole. Famille souhaite retour à domicile.
[[PERSON|name:Nadège]] demande que son frère soit contacté au [[PHONE|phone:613-744-2906]].""",
    """Family meeting - [[LOCATION|geo:Gallup Indian Medical Center]], [[DATE|date:10/23/2023]]
Pt: [[PERSON|name:Loretta Begay]], chart [[ID|mrn:GIMC-0571339]]. From [[LOCATION|geo:Chinle]].
Present: son, grandson [[PERSON|name:Sky Begay]], Navajo interpreter, hospitalist, PHN.
Glucose sky-high on adm (612), HHS, now resolved. Diabetic foot ulcer L hallux. Family request traditional healer visit before any amputation discussion - arranged. [[PERSON|name:Sky]] will drive grandma to appts; no running water at home, wound plan adjusted.""",
    """FAMILY MEETING - [[LOCATION|geo:Blacktown Hospital]]
Pt: [[PERSON|name:Deng Garang Deng]], [[AGE|other:58]]
Present: wife; daughter; son [[PERSON|name:Garang]] (same name as pt's father, family use "[[PERSON|name:Junior]]"); Dinka interpreter (phone); Dr [[PERSON|name:Wolf]] (neuro); SW.
Brown-Séquard syndrome after stab injury C6 - incomplete. Family asked if he will walk again. Spinal rehab explained. Daughter will be main contact [[PHONE|phone:0468 203 774]].""",
]

STYLE_C = [
    """INTERPRETER REQUEST - Language Services, [[LOCATION|geo:Royal Melbourne Hospital]]
Booking ref: [[ID|other:LS-24-031887]]
Patient: [[PERSON|name:TRAN Van Minh]]    UR: [[ID|mrn:3029418]]
Language: Vietnamese (Northern). Pt requests MALE interpreter.
Appt: Urology OPD, [[DATE|date:Thu 21/03/2024]] 1030-1130, Clinic 2B
Interpreter allocated: [[PERSON|name:Pham Thi Thu]] (NAATI [[ID|license:CPN4X7R2Q]]) - no male available, pt agreed by phone.
Notes: do not use son to interpret for consent (TURP). Form 3.2 attached.""",
    """Interpreter booking - Interpreting Service
Ref [[ID|other:INT-AKL-558102]] | Cardiology OPD Level 4
Tūroro: [[PERSON|name:Siosaia Havili]]  NHI [[ID|ssn:DNR8975]]
Language: Tongan (Lea faka-Tonga)
Date/time: [[DATE|date:Wed 8 May]], 0900, 60 min, face to face
Interpreter: [[PERSON|name:'Ana Fifita]]
Comments: pt prefers "[[PERSON|name:Saia]]". Echo results + AVR discussion. Son is contact, [[PHONE|phone:021 447 9032]].""",
    """Interpreter Booking Confirmation
From: Interpreting Services, [[LOCATION|geo:Manchester Royal Infirmary]]
To: [[EMAIL|email:gastro.opd@mft.nhs.uk]]
Job no: [[ID|other:MRI-77315-T]]
Patient: Mr [[PERSON|name:Tesfaye Gebremedhin]]   NHS: [[ID|ssn:695 095 2368]]
Language: TIGRINYA (NOT Amharic - pt is Eritrean, previous Amharic booking was wrong)
Date: [[DATE|date:25/04/2024]] 14:00-15:30, ERCP consent
Interpreter: NRPSI [[ID|license:15782]]
NB pt's surname is his father's given name; wife is Mrs [[PERSON|name:Meseret Alemu]] - different surname, same family.""",
    """ASL/LSQ interpreter request - Deaf & Hard of Hearing Services
Request # [[ID|other:SHSC-ASL-20931]]
Patient: [[PERSON|name:Hunter Gaudet]] (Deaf, ASL user - NOT LSQ)
Appt: Dr [[PERSON|name:Wolf]], Otology, [[DATE|date:April 11]] @ 13:15 - cochlear implant assessment
Two interpreters (appt > 1 h).
Contact pt by TEXT or email only: [[EMAIL|email:hunter.gaudet88@gmail.com]]
Mom may attend - she is hearing, do not let her interpret. Don't cry wolf on fire drills - pt needs visual alert in clinic.""",
    """VRI / OPI session log - [[LOCATION|geo:Fresno]]
Pt: [[PERSON|name:Pa Lor Xiong]], MRN [[ID|mrn:CRMC44719032]]
Lang: Hmong (Green/Mong Leng). Interpreter ID 40213 (vendor). Session [[ID|other:VRI-8F3K-22107]]
[[DATE|date:01/16/24]] 0915-0950 - consent for EGD, pt agreed. Husband present; clan elder joined by phone at pt's request.
Pt called "Niam [[PERSON|name:Pa]]" by family (Niam = mother). String on wrists from shaman - do not cut.""",
    """Interpreter request (Dari - female only) - [[LOCATION|geo:Dandenong Hospital]]
Booking #: [[ID|other:MH-DAR-240311-04]]
Pt: [[PERSON|name:Zarmina Hashimi]]   IHI [[ID|health_plan:8003605840056481]]
Clinic: Antenatal, [[DATE|date:11 Mar 2024]] 0930
Husband [[PERSON|name:Abdul Wahid Hashimi]] speaks English but pt wants female interp for exam.
Interpreter: [[PERSON|name:Golnaz Tehrani]] (Farsi/Dari) - pt happy.
[[LOCATION|geo:Hope Valley]] clinic letter (SA) was sent in error - disregard.""",
    """Interpreter Services - booking slip
Client: [[PERSON|name:Naw Say Paw]]   UR [[ID|mrn:BH552091]]
Language: S'gaw Karen
Date: [[DATE|date:Friday 3rd May]] 1400 Diabetes Education
Interpreter: [[PERSON|name:Saw Eh Doh]] (NAATI [[ID|license:CPN2M9T6D]]) - ok with female pt per pt
Notes: Karen names have no family name - do NOT file under "[[PERSON|name:Paw]]" as surname. Uses FreeStyle Libre, reader set to English.""",
    """INTERPRETER REQUEST - [[LOCATION|geo:Pilgrim Hospital]], [[LOCATION|geo:Boston]] ([[LOCATION|geo:Lincs]])
Patient: Mrs [[PERSON|name:Danutė Kazlauskienė]]
Language: Lithuanian
Appointment: Breast clinic, [[DATE|date:Mon 17 June]], 10:40
Husband Mr [[PERSON|name:Vytautas Kazlauskas]] (NB male form of same surname) will bring her.
Requested by [[PERSON|name:Kerry-Anne Mason]], breast care nurse. [[EMAIL|email:kerryanne.mason@ulh.nhs.uk]]""",
    """Interpreter booking - OB intake
Ref [[ID|other:UCSF-IS-0092814]]
Pt: [[PERSON|name:Ixchel Tzoc Ajanel]], [[AGE|other:22]]
Lang: K'iche' (Maya) - SPANISH NOT ADEQUATE per pt, previous visit w Spanish interp misunderstood meds.
Pt from [[LOCATION|geo:Totonicapán]]. Appt [[DATE|date:3/14/2024]] 10:00. Medi-Cal ID [[ID|health_plan:91847263A]]
Pt preferred name: "[[PERSON|name:Xchel]]".""",
    """Interpreter/escort booking - [[LOCATION|geo:The Ottawa Hospital]]
Patient: [[PERSON|name:Annie Kilabuk]], from [[LOCATION|geo:Pangnirtung]]
Language: Inuktitut (South Baffin)
Appt: Oncology, [[DATE|date:May 22]] 09:00
Staying at the boarding home. Escort: daughter.
Interpreter: Inuit Health Interpreter, cell [[PHONE|phone:613-295-4470]]
NB: pt's name in old chart spelled "[[PERSON|name:Ani Qilabuk]]" - merge pending.""",
]

STYLE_D = [
    """SOCIAL WORK - Initial Assessment
1015, [[LOCATION|geo:Logan Hospital]] ED
Pt: [[PERSON|name:Fa'amoana Leota]] ("[[PERSON|name:Moana]]"), URN [[ID|mrn:L7703215]]
Positive DV screen. Pt disclosed partner (goes by "[[PERSON|name:JT]]") pushed her into a door frame last night; # R 5th MC.
Children (9 and 4) are with pt's sister at [[ADDRESS|geo:22 Kingston Rd, Woodridge QLD 4114]].
Safety plan completed; DVConnect 1800 811 811 given. Emergency relief $300 paid to pt's own acct, BSB/acc [[ID|account:064-128 10923457]] (not joint).
SW""",
    """SW note [[DATE|date:12/09/23]] - NICU
Baby of [[PERSON|name:Kiri Paewai]], NHI [[ID|ssn:XXS4360]], born at 33/40.
Mum [[PERSON|name:Kiri]] and dad both visiting daily. Report of concern received from Oranga Tamariki; social worker allocated.
Whānau hui planned at [[LOCATION|geo:Takapūwāhia Marae]]. Nanny [[PERSON|name:Rita]] offering to take pēpi.
Helped mum apply for Best Start - her IRD [[ID|ssn:116-366-525]] entered on form.""",
    """Hospital Discharge Team - Social Care, [[LOCATION|geo:Bradford Royal Infirmary]]
Service user: Mrs [[PERSON|name:Naseem Akhtar]], [[ADDRESS|geo:14 Whetley Lane, Bradford BD8 9DQ]]
Carer: son [[PERSON|name:Imran]], NINo [[ID|ssn:JT 48 21 93 C]] for Carer's Allowance.
Daughter-in-law does most personal care. Family call pt "Ammi ji".
Language: Pahari (Mirpuri) - Urdu interpreter adequate per family.
Plan: reablement x4 calls/day for 6/52; OT for stairlift.
[[PERSON|name:Imran]] asked that letters go to him: [[EMAIL|email:imran.akhtar1979@hotmail.co.uk]].""",
    """SOCIAL WORK PROGRESS NOTE - [[DATE|date:2023-12-04]]
Pt: [[PERSON|name:Raven Beardy]] (prefers [[PERSON|name:Rae]]), medevac from [[LOCATION|geo:Garden Hill First Nation]].
Status card [[ID|ssn:2960318401]].
Escort: sister. NIHB medical transportation approved for escort.
Kids w their kokum back home - she has no phone, contact via band office.
Pt worried re missing trapline season. Oji-Cree interpreter declined, good English.""",
    """Medical Social Work - [[DATE|date:March 8 2024]]
Pt: [[PERSON|name:SOK Chanthy]] ("[[PERSON|name:Thy]]"), [[AGE|other:69F]], SSN [[ID|ssn:062-64-3850]]
Address: [[ADDRESS|geo:58 Lawrence St Apt 3, Lowell MA 01852]]
Khmer-speaking. Son [[PERSON|name:Sokha Chhim]] lives out of state. Landlord threatening eviction over $2,140 arrears.
Utility shutoff notice - National Grid acct [[ID|account:81622-40917]]; called for medical protection cert.
Hx trauma, distrust of hospitals; PCL-5 47.""",
    """SW - [[LOCATION|geo:Lyell McEwin Hospital]] [[DATE|date:20/10/23]]
Pt [[PERSON|name:Mohammad Hussain Rezaie]], Hazara, SHEV holder; ImmiCard [[ID|other:HXK714209]].
Wife + 4 children in [[LOCATION|geo:Quetta]]; cousin [[PERSON|name:Ali Akbar Jafari]] lives in [[LOCATION|geo:Elizabeth]] and is his only support.
K10 34. Referred to STTARS. Pt says "I have no hope" - MH team aware.""",
    """Social work note - Paediatrics, [[DATE|date:6th March 2024]]
Child: [[PERSON|name:Dávid Horváth]], [[AGE|other:4]], CHI [[ID|ssn:1407195913]]
Mum: [[PERSON|name:HORVÁTHOVÁ, Monika]]; dad [[PERSON|name:Marek Horváth]]. Family are Slovak Roma, live in [[LOCATION|geo:Govanhill]]. Slovak interpreter used; dad prefers Romani.
NAI query closed - fall witnessed by neighbour Mrs [[PERSON|name:Balogová]].
Scan of mum's ID card saved as [[ID|photo:Horvathova_Monika_ID_front.jpg]] for benefits check.""",
    """SOCIAL WORK - [[LOCATION|geo:Concord Hospital]] - [[DATE|date:15/01/2024]]
Pt: Mrs [[PERSON|name:Giuseppina Russo]] ("Nonna [[PERSON|name:Pina]]" to family), [[AGE|date:93]]
Concern: possible financial abuse. Nephew [[PERSON|name:Sal]] holds EPOA. $18,400 withdrawn since Oct.
CBA BSB/acc [[ID|account:062-000 18427733]]. Bank fraud team reports online logins from IP [[IP|ip:203.45.112.87]], not pt's home.
RUDAS 19/30. NSW Ageing and Disability Abuse Helpline (1800 628 221) consulted. NCAT guardianship application, file [[ID|other:2024/00117254]].""",
    """SW note - [[DATE|date:1 August 2023]]
Pt: [[PERSON|name:DELA CRUZ, Renato Jr]] ("[[PERSON|name:Jun-jun]]"), NHI [[ID|ssn:AFM9624]]
Dairy farm worker; employer [[PERSON|name:Graeme Hunter]] visited. Philippine passport [[ID|other:P4418273B]].
ACC claim [[ID|other:10047729831]] lodged (crush injury L foot, quad bike).
Wife in the Philippines; talks daily on Messenger. [[PERSON|name:Hunter]] says job kept open.""",
    """SW note - [[LOCATION|geo:Harborview Medical Center]] - [[DATE|date:11/30/2023]]
Pt: [[PERSON|name:Yohannes Tesfamariam]], [[AGE|other:38]]. Eritrean, Tigrinya/English.
Unhoused, car-camping. Car ('09 Camry, WA plate [[VEHICLE|vehicle:CDL4417]]) impounded while inpatient; impound needs VIN [[VEHICLE|vehicle:JTMBFREV3LD052316]] + ID.
Apple Health ProviderOne [[ID|health_plan:108447216WA]]. Shelter intake uses finger scan; HMIS biometric ID [[ID|biometric:FP-0048317]].
Plan: medical respite referral.""",
]

STYLE_E = [
    """ICU VISITOR LOG - Pod B, Bed 14
Pt: [[PERSON|name:ASANTE, Kwame]]  MRN [[ID|mrn:0839127]]
Date        In     Out    Visitor                      Relationship   Car park permit
[[DATE|date:02/05/24]]    0930   1145   [[PERSON|name:Akosua Asante]]                wife           [[VEHICLE|vehicle:CKT 48P]]
[[DATE|date:03/05/24]]    1400   1900   [[PERSON|name:Akosua]]                       wife           [[VEHICLE|vehicle:CKT 48P]]
Notes: max 2 at bedside. Wife happy to be called Auntie [[PERSON|name:Akos]] by staff. Permit fee waived (SW).""",
    """NEXT OF KIN / CONTACTS - Ward 23, [[LOCATION|geo:St James's University Hospital]]
Patient: [[PERSON|name:O'DONNELL, Seamus Patrick]]    DOB [[DATE|date:24/12/1940]]    NHS [[ID|ssn:867 196 5422]]
NOK 1: [[PERSON|name:Bernadette O'Donnell]] (wife)  [[ADDRESS|geo:7 Harehills Lane, Leeds LS8 5HJ]]  Tel [[PHONE|phone:0113 249 6631]]
NOK 2: daughter (née [[PERSON|name:O'Donnell]]), mob [[PHONE|phone:+353 87 224 1906]] - lives [[LOCATION|geo:Letterkenny]], [[LOCATION|geo:Co. Donegal]]
Do NOT contact: son [[PERSON|name:Ciarán]] - pt's wishes, documented by consultant.""",
    """Whānau contact sheet - Ward 6, [[LOCATION|geo:Whangārei Hospital]]
Tūroro: [[PERSON|name:Hēmi Kingi]]  NHI [[ID|ssn:ETQ0835]]
Iwi: Ngāpuhi. Marae: [[LOCATION|geo:Te Tii Marae]]
Main contact: daughter [[PERSON|name:Moana Kingi-Hetaraka]] [[PHONE|phone:027 381 4406]]
2nd: son, known as "[[PERSON|name:Dobbo]]"
Whānau may stay overnight in whānau room. Mr [[PERSON|name:Kingi]] calls himself "the king of the ward" - lots of kōrero with staff.""",
    """VISITOR BADGE LOG - Lobby Security, [[LOCATION|geo:Massachusetts General Hospital]]
Patient visited: [[PERSON|name:GARCIA, Jose]]  Rm Ellison 12-08   Visit date [[DATE|date:04/12/2024]]
Visitor                     ID checked                         Badge photo
[[PERSON|name:Rosa Garcia]] (spouse)        MA DL [[ID|license:S84417209]]               [[ID|photo:vis_0412_RGarcia.jpg]]
[[PERSON|name:Brandon King]] (friend)       NH DL [[ID|license:07KNG19834]]              [[ID|photo:vis_0412_BKing.jpg]]
Sister - no ID, escorted by security officer #218
Note: different [[PERSON|name:José García]] on Lunder 9 - check MRN [[ID|mrn:MGH7710352]].""",
    """NOK / Personne à contacter - [[LOCATION|geo:CHU Sainte-Justine]]
Patient(e) : [[PERSON|name:Yasmine Benali]], [[AGE|other:9]] ans, RAMQ [[ID|health_plan:BENY15561218]]
Mère : [[PERSON|name:Khadija El Amrani]] - cell [[PHONE|phone:514-882-3107]]
Père : voir dossier social
Garde partagée - les parents peuvent visiter, mais PAS ensemble (entente du tribunal, dossier [[ID|other:500-04-082117-236]]).
Grand-mère (arabe/darija seulement) vient les mardis.""",
    """Resident NOK & contacts - RACF, [[LOCATION|geo:Mona Vale]]
Resident: [[PERSON|name:WHITLOCK, Constance Mary]] ("[[PERSON|name:Connie]]"), [[AGE|date:97]], room 14
Born [[DATE|date:1927]] (only year known); Medicare [[ID|health_plan:4004 91303 7]]
EPOA: [[PERSON|name:Faith Whitlock-Rowe]] (granddaughter), [[EMAIL|email:faith.rowe@bigpond.com]]
Pt has constant faith in her GP; prefers no hospital transfer - ACD on file.""",
    """VISITING RESTRICTIONS - Ward 2 (adult acute MH), [[LOCATION|geo:Maudsley Hospital]]
Pt: [[PERSON|name:Malachi Brown]] ("[[PERSON|name:Kai]]")
APPROVED visitors: mum; care coordinator (CMHT).
NOT approved: [[PERSON|name:Jordan Reid]] aka "[[PERSON|name:J-Roc]]" - suspected of bringing in cannabis; incident [[ID|other:DATIX-W118203]].
Brown bag searches for all food parcels.""",
    """NICU Parent & Visitor Register - [[LOCATION|geo:Kapiʻolani Medical Center]]
Infant: Baby Girl [[PERSON|name:Kealoha]] ([[PERSON|name:Leilani Kealoha]]'s baby)
Parents enrolled in palm-vein access: mom template [[ID|biometric:PV-77A20913]]; dad [[PERSON|name:Keoni Akana]] template [[ID|biometric:PV-77A20914]]
Tutu (grandma) on list, badge only. Baby's name TBD - family waiting for naming by grandmother.""",
    """Visitor log - custody patient, Ward 5A
Pt: [[PERSON|name:STORM, Tyson]]  (QCS custody), URN [[ID|mrn:PA2209418]]
[[DATE|date:Sat 09 Mar]] 1400-1430  [[PERSON|name:Sharon Storm]] (mother), ID sighted (QLD DL [[ID|license:081 442 917]])
Pt agitated after phone call - a storm of abuse at staff, code grey called, settled w diazepam 10mg.""",
    """NOK update - [[LOCATION|geo:Mary Potter Hospice]], [[DATE|date:18/07/2023]]
Pt: [[PERSON|name:Lindiwe Ncube]]
NOK changed from ex-husband to sister [[PERSON|name:Nomvula Dlamini]] at pt's request, [[PHONE|phone:021 0844 3391]]. Sister [[PERSON|name:Precious]] flying from Zimbabwe.
Pt's son [[PERSON|name:Gift]] (16) - school counsellor aware.
Practised patience & kindness - family grateful. Memory box being made with son.""",
]

STYLE_F = [
    """[[LOCATION|geo:Monash Medical Centre]] - Movement Disorders Clinic
Fax [[PHONE|fax:(03) 9594 6211]]

[[DATE|date:19 April 2024]]

Dear Doctor,

Re: Mr [[PERSON|name:LIEW Chee Hong]], UR [[ID|mrn:MMC4490127]]

Thank you for asking me to see Mr [[PERSON|name:Liew]], a [[AGE|other:73]]-year-old retired engineer with Parkinson's disease (Hoehn and Yahr 2), on Sinemet 100/25 tds and Madopar HBS nocte. UPDRS-III 28 ON. Wearing-off at 3 h, mild peak-dose dyskinesia. His wife helped with the history; MoCA 26/30.

I have added entacapone 200 mg with each dose. Review 3 months.

Yours sincerely,
Dr [[PERSON|name:Tomasz Zieliński]] FRACP
Provider No. [[ID|license:559874HY]]""",
    """Diabetes & Endocrinology
Clinic date: [[DATE|date:12/03/2024]]
Consultant: Dr [[PERSON|name:Imran Qureshi]] (GMC [[ID|license:7043218]])

Patient: Miss [[PERSON|name:Amara Osei-Bonsu]]   NHS No [[ID|ssn:621 072 5406]]
[[ADDRESS|geo:Flat 6, 31 Coventry Road, Small Heath, Birmingham B10 0RA]]
Devices: Omnipod 5, PDM serial [[DEVICE|device:PDM5-0712-88341]]; Dexcom G6 transmitter [[DEVICE|device:8GH4K2]].

I saw [[PERSON|name:Amara]] today, a young adult who transitioned to us last year. T1DM, Hashimoto's. HbA1c 71 mmol/mol (was 64). She may benefit from DAFNE; she is keen. She lives with her grandmother, Mrs [[PERSON|name:Comfort Osei]], who attended.

cc: GP""",
    """Renal Service, [[LOCATION|geo:Christchurch Hospital]]
[[DATE|date:4 June 2024]]

Tēnā koe e te tākuta,
Re: [[PERSON|name:Tamati Rewi]], NHI [[ID|ssn:BQR6001]]

Mr [[PERSON|name:Rewi]] is now established on home haemodialysis, 5 sessions/wk, NxStage System One, cycler serial [[DEVICE|device:NXS1-107733]]. His wife is his trained helper. Kt/V 2.1, Hb 112.
We reviewed him by video on [[URL|url:https://cdhb.zoom.us/j/84419230571?pwd=Rewi4471]] - worked well from home.

Ngā mihi,
Dr [[PERSON|name:Hamish MacGregor-Smith]], Nephrologist (MCNZ [[ID|license:38201]])""",
    """[[LOCATION|geo:University of Ottawa Heart Institute]] - Arrhythmia Clinic
Fax [[PHONE|fax:613-696-7132]]

Re: [[PERSON|name:Gurdeep Singh Grewal]]   OHIP [[ID|health_plan:9132 359 994 HB]]

Dear colleague,
Mr [[PERSON|name:Grewal]] underwent primary-prevention ICD implant (ischemic CM, EF 28%). Device: Medtronic Cobalt XT DR, model DDPA2D4, serial [[DEVICE|device:RNB604731S]]. No Brugada pattern; prior Holter showed NSVT.
First CareLink transmission due in 2 weeks. No driving for 4 weeks.

[[PERSON|name:Élise Fortin]], MD FRCPC   CPSO [[ID|license:84721]]""",
    """[[LOCATION|geo:Joslin Diabetes Center]] - Adult Clinic
Fax [[PHONE|fax:(617) 309-2471]]

RE: [[PERSON|name:Tariq Al-Amin]]

Dear Doctor,
Mr. [[PERSON|name:Al-Amin]] has T2DM on Ozempic 1 mg weekly and Jardiance 25 mg. A1c 8.4%. Started Tandem t:slim X2 (serial [[DEVICE|device:1049273]]). Data upload link for your office: [[URL|url:https://my.glooko.com/share/TAlAmin-PX4471K2]] (last upload from [[IP|ip:73.158.44.201]]).
Ramadan starts next month - he hopes to fast; reduce basal 20% during fast.
[[PERSON|name:Rebecca Youngblood]], MD   NPI [[ID|license:1919065528]]""",
    """Paediatric Outpatients - [[LOCATION|geo:Sydney Children's Hospital]]
[[DATE|date:22/02/2024]]

Dear colleague,
Re: [[PERSON|name:Jayden Tuimavave]], Medicare [[ID|health_plan:2286 82127 6]]/3, IHI [[ID|health_plan:8003609712489622]]

[[PERSON|name:Jayden]] ([[AGE|other:7]]) was seen with his mother and grandfather for review of his asthma. Two ED presentations since last review. Flixotide 125 2 puffs bd via spacer, Ventolin prn. FEV1 82% predicted, +15% post-bronchodilator. School has his updated plan.

Kind regards,
Paediatric Fellow, Respiratory team""",
    """Memory Assessment Service - [[LOCATION|geo:Fulbourn Hospital]]
[[DATE|date:8 May 2024]]

Re: [[PERSON|name:Seán Mac Giolla Phádraig]] (also known as [[PERSON|name:John Fitzpatrick]] on older records), NHS [[ID|ssn:348 774 4562]]

Mr [[PERSON|name:Mac Giolla Phádraig]], [[AGE|other:80]], was seen with his wife. ACE-III (Addenbrooke's Cognitive Examination) 71/100. CT: small vessel disease, hippocampal volume loss. Impression: mixed Alzheimer's/vascular dementia, mild.
Plan: donepezil 5 mg nocte, Admiral Nurse referral, DVLA informed. He would like letters in the Irish form of his name.

Dr [[PERSON|name:Oluwaseun Adeyemi-Clarke]], Consultant Old Age Psychiatrist""",
    """Respiratory & Sleep - [[DATE|date:12/12/2023]]

To: GP, [[LOCATION|geo:Danila Dilba Health Service]]
Re: [[PERSON|name:Leon Nganbe]], HRN [[ID|mrn:RDH0048831]]

Mr [[PERSON|name:Nganbe]] from [[LOCATION|geo:Wadeye]] attended with his brother. Bronchiectasis, Pseudomonas in sputum. FEV1 1.4 L (41%). He is a young grandfather keen to get back to country.
Plan: azithro 3x/wk, airway clearance with Acapella, physio via clinic when home.
Regards, Dr [[PERSON|name:Callum Byrne]] (AHPRA [[ID|license:MED0001823477]])""",
    """Rheumatology - [[LOCATION|geo:Virginia Mason]]
Fax [[PHONE|fax:206-341-0918]]

RE: [[PERSON|name:Park Ji-hoon]] ([[PERSON|name:Jihoon Park]] on insurance)
Member ID [[ID|health_plan:PRM884103327]]

Mr. [[PERSON|name:Park]] has primary Sjögren's syndrome (anti-Ro+, Schirmer 3 mm) with Raynaud's phenomenon. Started hydroxychloroquine 300 mg daily. Clinical photos of digits saved as [[ID|photo:PARK_JH_digits_20231114.jpg]].

Attending rheumatologist, NPI [[ID|license:1288020872]]""",
    """Gastroenterology - [[LOCATION|geo:Wakefield Hospital]]
[[DATE|date:10 October 2023]]

Dear [[PERSON|name:Jan-Willem]],
Re: Mrs [[PERSON|name:Anneke van der Berg]], NHI [[ID|ssn:RQU4111]]; invoice account [[ID|account:WKH-A-220718]]

Mrs [[PERSON|name:Van der Berg]] has ileocolonic Crohn's disease, in remission on Humira 40 mg fortnightly. Calprotectin 48. Colonoscopy: healed mucosa, SES-CD 2.

Met vriendelijke groet,
Dr [[PERSON|name:Willemijn de Vries]]""",
]

STYLE_G = [
    """ED TRIAGE   [[DATE|date:2024-03-09T02:41:17+08:00]]
NAME: [[PERSON|name:NGATA, AROHA JADE]]   URN: [[ID|mrn:RPH1207715]]
ATS 3. BIBA. [[AGE|other:25F]] fall from scooter outside [[LOCATION|geo:Northbridge]] nightclub, ?LOC, ETOH+. GCS 14 (E4V4M6). NEXUS neg.
Lac L eyebrow 3 cm. HR 104, BP 118/72, RR 18, SpO2 99%, T 36.4, BSL 5.9.
Pt is NZer, no Medicare - reciprocal ok.
Photo of wound for plastics: [[ID|photo:NGATA_A_eyebrow_0241.jpg]]""",
    """TRIAGE NOTE  [[DATE|date:06/01/2024]] 14:22  [[LOCATION|geo:Auckland City Hospital]] ED
Pt: [[PERSON|name:Losaline Taufa]]  [[AGE|other:67yo]]  NHI [[ID|ssn:SNL2144]]
SOB, swollen legs x 1/52, orthopnoea 3 pillows. RHD, AF, mechanical MVR on warfarin - INR not checked since Xmas.
HR 128 irreg, BP 104/66, RR 28, SpO2 88% RA. Triage cat 2. To resus.
Came with daughter [[PERSON|name:'Ofa]]; Tongan, daughter interprets for triage only.""",
    """ED TRIAGE  [[LOCATION|geo:ROYAL INFIRMARY OF EDINBURGH]]
[[DATE|date:24.12.23]] 23:58
PT NAME: [[PERSON|name:MCKENZIE, CALLUM JAMES]]   CHI: [[ID|ssn:2206416697]]
[[AGE|other:82]]M. Found on floor at home by neighbour ~2200. Long lie ?6h. Temp 35.0. CK pending.
Lives alone [[LOCATION|geo:Leith]]. Son [[PERSON|name:Fraser]] informed.""",
    """Triage - [[DATE|date:2024-05-03]] 0817  CTAS 2
[[PERSON|name:ADEBAYO, Oluwadamilare]] (goes by [[PERSON|name:Dami]]), [[AGE|other:31M]]
Sickle cell disease (HbSS), pain crisis back/chest 9/10. SpO2 93% RA, T 38.2. ?ACS.
Care plan on file from hematology: hydromorphone 2 mg IV q30min x3.
Partner cell [[PHONE|phone:647-990-3382]].""",
    """EMS HANDOFF / TRIAGE - [[LOCATION|geo:Ben Taub Hospital]]
Date [[DATE|date:07/04/2023]] Time 2146
PT: [[PERSON|name:JUAN CARLOS RAMÍREZ SOTO]]  [[AGE|other:19]]
MVC - driver, single vehicle vs pole. Vehicle TX plate [[VEHICLE|vehicle:NHL-4478]], VIN [[VEHICLE|vehicle:1FTFW1E52MFA07215]] per HPD.
GCS 13, seatbelt sign, FAST+. Trauma 1 activated.
Mom notified by HPD - Spanish only. Brother "[[PERSON|name:Toño]]" on the way.
Pt ID: TX DL [[ID|license:41837726]].""",
    """ED triage - [[LOCATION|geo:Thursday Island Hospital]]
[[DATE|date:15 Jan 2024]] 1130
[[PERSON|name:Elsie Nona]] from [[LOCATION|geo:Mabuiag Island]], arrived by dinghy + boat transfer.
Fever 39.2, rigors, brown sputum. ?melioidosis (wet season). BSL 21 - known T2DM.
NOK = son [[PERSON|name:Dimple Nona]] ("[[PERSON|name:Dimps]]"). Medicare [[ID|health_plan:2256 64713 6]]. For RFDS if deteriorates.""",
    """TRIAGE 0312 - ED - [[DATE|date:Jan 8 2024]]
[[PERSON|name:Yusuf Abdullahi]] ("[[PERSON|name:Abu Sagal]]" per family), NYPD custody. Livescan fingerprint TCN [[ID|biometric:NY24008L17033]]. Arrest # [[ID|other:M24600318]]
C/o chest pain after struggle at arrest. HR 112, BP 166/104. ECG: no ST change. Tasered x1 - barbs removed L flank.
Officers present throughout. Somali/English.""",
    """Triage - [[LOCATION|geo:Gisborne Hospital]] ED  [[DATE|date:23/08/2023]] 1605
[[PERSON|name:Te Whata, Sky]]  [[AGE|other:16]]  NHI [[ID|ssn:RCQ3615]]
BIB school nurse - ingested ?20 x paracetamol 500mg approx 1300. Weight 58kg (~170 mg/kg). GCS 15, vomiting x1.
Paracetamol level at 4h due 1700. NAC per nomogram.
Mum on way from [[LOCATION|geo:Ruatōria]] (2.5 h). [[PERSON|name:Sky]] says "I just wanted to sleep".""",
    """ED triage [[DATE|date:30/06/2024]] 19:05
PT: [[PERSON|name:PATEL, HANSABEN]] ([[PERSON|name:Hansa]])  [[AGE|date:92]]F
Fall at temple on [[LOCATION|geo:Belgrave Rd]] - L hip pain, shortened + ext rotated. ?NOF. Pain 8/10, fascia iliaca block by ED reg.
Granddaughter [[PERSON|name:Riya]] with pt. Gujarati only.
Pacemaker (card: Abbott Assurity, SN [[DEVICE|device:7843190]]).""",
    """TRIAGE  [[DATE|date:2023/11/19]] 04:50  CTAS 3
PT: [[PERSON|name:MOHAMMADI, ALI REZA]]  PHN [[ID|health_plan:9573795199]]
L flank pain radiating to groin, vomiting. Hx stones. Murphy's neg; renal punch +. Urine blood 3+.
Farsi; wife interpreting for triage.
Phone IMEI logged for lost property (left in ambulance): [[DEVICE|device:357608267352481]].""",
]

STYLE_H = [
    """Pastoral Care Log - [[DATE|date:Sun 3/3/24]] 1030 - Sr [[PERSON|name:Margaret Doyle]] rsc
Visited Mr [[PERSON|name:Phan Van Duc]] (6W bed 4) at the request of his daughter [[PERSON|name:Thu]]. Vietnamese Catholic, from the parish in [[LOCATION|geo:Sunshine]]. Requested Anointing of the Sick - parish priest attended 1400.
Rosary prayed in Vietnamese with the family. Pt peaceful. Family may need support after hours - gave switchboard number.""",
    """Te Puna Oranga - cultural & spiritual support log
[[DATE|date:Rātapu 14 Hōngongoi]] - Kaumātua visit
Whakatau with whānau of [[PERSON|name:Ngaire Tuhoro]] (Ward 21). Karakia, then mirimiri for [[PERSON|name:Ngaire]]. Her moko [[PERSON|name:Aroha-Lee]] sang waiata.
Whānau asked about taking her home to [[LOCATION|geo:Te Kūiti]] if she deteriorates.
Lots of aroha in the room. Returning Tuesday.""",
    """Chaplaincy & Spiritual Care - Imam (Muslim chaplain)
[[DATE|date:Friday 9 February]] 1330 (after Jumu'ah)
Visited Mrs [[PERSON|name:Rokeya Begum]], end of life on Ward 12F. Family from [[LOCATION|geo:Sylhet]]; son [[PERSON|name:Jamal Uddin]] present. Recited Surah Yasin at pt's request.
Discussed ghusl and janazah with [[LOCATION|geo:East London Mosque]] funeral service; burial within 24 h requested - bereavement office aware.
Mercy and patience were the family's words - they were calm.""",
    """Spiritual Care - [[DATE|date:Oct 17, 2023]] - Elder visit (Indigenous Patient Services)
Smudge with sage + sweetgrass for [[PERSON|name:Dennis Meekis]] from [[LOCATION|geo:Sandy Lake First Nation]]. O2 off during smudge.
He shared his spirit name, [[PERSON|name:Ma'iingan]] (means wolf), given by his grandfather. Asked staff to use it in ceremony only.
Wife arriving Thursday on the sked flight.""",
    """Spiritual Care Note - [[LOCATION|geo:Grady Memorial Hospital]]
[[DATE|date:12/24/2023]] - Chaplain on call
Pt: Mrs [[PERSON|name:Grace Washington]], [[AGE|other:88]], CCU. Baptist.
Daughter [[PERSON|name:Joy]] at bedside. We said grace together before lunch tray. Ms [[PERSON|name:Washington]] said "by God's grace I'm still here."
[[PERSON|name:Joy]] asked for a prayer shawl - provided.""",
    """Pastoral care (Jewish) - [[DATE|date:Friday 26 January]] - Rabbi [[PERSON|name:Yossi Feldman]]
Visited Mrs [[PERSON|name:Esther Goldberg]] ([[AGE|date:94]]) and her son. Brought LED Shabbat candles and challah. Pt is a survivor, born in [[LOCATION|geo:Łódź]]; speaks Yiddish + Polish when tired.
If she dies on Shabbat the Chevra Kadisha to be called. No post-mortem (religious objection) - treating team aware.""",
    """Chaplaincy log - [[DATE|date:13/04/2024]] (Vaisakhi) - Sikh chaplain
Visited [[PERSON|name:Bains, Kuldip Kaur]] on Ward 8 with granthi from [[LOCATION|geo:Gurdwara Sri Guru Singh Sabha Southall]]. Ardas recited; karah parshad offered (diabetic, small portion).
Pt asked that her kara not be removed for theatre - taped instead.""",
    """Pastoral care - [[LOCATION|geo:North Shore Hospital]]
[[DATE|date:Tues 19 Sept]] - Chaplain [[PERSON|name:Lusia Vaipulu]]
Visit to Ratu [[PERSON|name:Epeli Naivalu]], Fijian Methodist, with wife Adi [[PERSON|name:Litia]].
Talatala (minister) from his church visited too. Sang hymns in Fijian, kept quiet.
Chaplain email for family: [[EMAIL|email:lusia.vaipulu@waitematadhb.govt.nz]]""",
    """Spiritual Care - [[LOCATION|geo:Fort Wayne]], [[DATE|date:March 2, 2024]]
Pt: Daw [[PERSON|name:Khin Myint]], Burmese Buddhist. Husband U [[PERSON|name:Thein Aung]] present.
Family requested monk to chant paritta; came 1600. Pt calm after.
Burmese interpreter booked for goals-of-care talk. Family may ask for body to stay 1-2 h after death for chanting.""",
    """Pastoral care log - [[LOCATION|geo:Broome Hospital]]
[[DATE|date:8/11/23]] - Pastor [[PERSON|name:Clem Bin Sali]] (Uniting)
Sat with Aunty [[PERSON|name:June]], from [[LOCATION|geo:Bidyadanga]]. Her grandson and niece with her.
She wants to finish up on country, not in hospital. Family want Mr [[PERSON|name:Bin Sali]] to lead the singing if she passes.""",
]

STYLE_I = [
    """MENTAL HEALTH REVIEW - Treatment Order renewal, Acute Inpatient Unit
Date of review: [[DATE|date:27/02/2024]]   MHT ref [[ID|other:MHT-24-018823]]
Patient: [[PERSON|name:LOLOHEA, Tevita]]   UR [[ID|mrn:NH0381174]]
Schizophrenia, 3rd admission. Clozapine (Clozaril) 350 mg nocte - ANC 3.1. Still hearing his late grandfather's voice "telling me to go home to [[LOCATION|geo:Vava'u]]".
Mum supports TO; brother ("[[PERSON|name:Bill]]") thinks he should come home. Bill for private room not applicable.
Tribunal fax for reports [[PHONE|fax:(03) 9032 3111]].""",
    """MHA Assessment - AMHP record
Date: [[DATE|date:18/11/2023]]   Location: pt's home, [[ADDRESS|geo:Flat 12, Dormers Wells House, Southall UB1 3HX]]
Patient: Mr [[PERSON|name:Paweł Kowalczyk]], NHS [[ID|ssn:547 613 2503]]
Neighbour reported shouting at night; pt posting threats on Instagram as [[ID|other:@pawel.k.art]]. Mother, Mrs [[PERSON|name:Kowalczykowa]], on phone from Poland: "u [[PERSON|name:Pawła]] zawsze tak jest przy odstawieniu leków".
Outcome: detained s2. Police present (CAD [[ID|other:CAD 4417/18NOV]]).""",
    """Compulsory assessment - Certificate of Preliminary Assessment notes
[[LOCATION|geo:Te Whare Mārie]], [[DATE|date:3 March 2024]]
Proposed patient: [[PERSON|name:Fa'atasi Leaupepe]] ([[PERSON|name:Tasi]]), [[AGE|other:22]], NHI [[ID|ssn:NNG9231]]
[[PERSON|name:Tasi]] believes he is "the chosen one of the church", not sleeping 5 nights, $2,800 on Afterpay. Pacific MH team to link with family minister.
Under s 11. Olanzapine 10 mg.""",
    """Psychiatry ED consult - Form 1 - [[DATE|date:2024-01-22]] 21:30
Pt: [[PERSON|name:Hamid Noorzai]], [[AGE|other:29]], OHIP [[ID|health_plan:1841-849-530-AA]]
BIB police after sister called 911: pt sent Snapchat msgs (user [[ID|other:hamid_nz92]]) saying goodbye. Dari/English.
+SI with plan (car). Keys held by brother; car plate ON [[VEHICLE|vehicle:CTRM 418]].
Form 1 signed. Constant obs. Crisis line 988 info given to family.""",
    """5150 HOLD - Psychiatric Emergency Services - [[DATE|date:09/15/2023]]
Pt: [[PERSON|name:DELA PEÑA, Marites]] ("[[PERSON|name:Tess]]"), SSN [[ID|ssn:508-51-8876]]
Ex-employer reported threatening emails from [[EMAIL|email:tessdlp.truth@protonmail.com]], sent from IP [[IP|ip:2601:646:8e00:3f2a::1b]].
Pt believes former manager [[PERSON|name:Rich Feldstein]] "stole her research". Fundraiser: [[URL|url:https://www.gofundme.com/f/justice-for-tess-delapena]].
Denies SI/HI now. Danger to others - hold continued.""",
    """headspace [[LOCATION|geo:Bondi Junction]] - Clinical review [[DATE|date:11/04/24]]
YP: [[PERSON|name:Bodhi Nakamura-Wells]], [[AGE|other:17]]
Low mood, SH (cutting) x2 this month, school refusal.
Active on Discord as [[ID|other:stormchaser_b]]; girlfriend messaged crisis service after a post. Parents separated, week-about.
Safety plan updated - hope box, Lifeline 13 11 14, Kids Helpline. Storm of messages from peers, agreed to mute.
Mum's email for appts: [[EMAIL|email:keiko.nakamura@outlook.com]]""",
    """CPN review - Community Mental Health, [[DATE|date:14 December 2023]]
Client: [[PERSON|name:Rebwar Hama Amin]], CHI [[ID|ssn:0506925633]]
Kurdish (Sorani). Asylum claim pending, Home Office ref [[ID|other:H1187402]]. Lives in [[LOCATION|geo:Ibrox]].
PTSD (PCL-5 58), nightmares. Prazosin 2 mg nocte, sertraline 100 mg.
Interpreter by phone, ID 7731 (vendor). - [[PERSON|name:Fiona MacKinnon]], CPN""",
    """Telepsychiatry review (AVL) - [[LOCATION|geo:Long Bay]], [[DATE|date:Wed 22 Nov 2023]]
Pt: [[PERSON|name:KING, Tyrone]] ([[PERSON|name:Ty]]), MIN [[ID|other:512847]], Wiradjuri
Iris template id (CSNSW movements) [[ID|biometric:CS-IRIS-40917723]]
Link dropped twice - IT says endpoint [[IP|ip:10.142.88.17]] unstable.
Bipolar I, euthymic on lithium (0.7) + quetiapine. "King hit" charge - fit to plead.""",
    """Eating Disorders Program - family review, [[DATE|date:Feb 28, 2024]]
Pt: [[PERSON|name:Hope Rivera-Klein]], [[AGE|other:15]]
Wt 42.1 kg (89% mBMI), HR 48 → 54. FBT phase 1; parents doing meal support.
[[PERSON|name:Hope]] says she "hopes to be back on the swim team by May". We hope so too but not before HR >50.
Parent portal: [[URL|url:https://mychart.childrenscolorado.org/proxy/rivera-klein-h-7720914]]""",
    """Perinatal Mental Health review - [[DATE|date:19/06/2024]]
Pt: Mrs [[PERSON|name:Tharshini Sivakumar]], 6/52 postpartum
EPDS (Edinburgh Postnatal Depression Scale) 19, Q10 = 1. Tamil (Sri Lankan). Husband ("[[PERSON|name:Siva]]") works nights; mother-in-law arrived from [[LOCATION|geo:Jaffna]].
Sertraline 50 mg (compatible with BF). Mother-baby unit discussed; pt prefers home. Tresillian referral.""",
]

STYLE_J = [
    """From: [[PERSON|name:Kate O'Loughlin]] <[[EMAIL|email:kate.oloughlin@sa.gov.au]]>
Sent: [[DATE|date:Thursday, 7 March 2024]] 3:12 PM
Subject: D/C planning - [[PERSON|name:ROSTAMI, Bahram]] - URN [[ID|mrn:F2219408]]

Hi all,
[[PERSON|name:Bahram]] ("[[PERSON|name:Bob]]" on the ward), COPD, for d/c Monday if home O2 in place.
- Home O2: concentrator serial [[DEVICE|device:AE5-2291837]] delivered; 2 L/min 16 h/day.
- Webster-pak from local pharmacy; paid by Visa ending [[ID|account:4417]].
May need GP review within 7 days.

Kind regards,
[[PERSON|name:Kate]] | Discharge Coordinator | [[LOCATION|geo:Flinders Medical Centre]]
P [[PHONE|phone:08 8204 6317]] | F [[PHONE|fax:08 8204 5460]]""",
    """DISCHARGE PLANNING - [[DATE|date:20/05/2024]]
Pt: [[PERSON|name:KELLY, Desmond Francis]] ("[[PERSON|name:Des]]"), [[AGE|date:96]], DVA Gold Card [[ID|health_plan:QX901533]]
Korea veteran, widower, lives alone.
Falls x3 - personal alarm pendant IMEI [[DEVICE|device:350696851659319]], paired to home hub MAC [[DEVICE|device:00:1B:44:11:3A:B7]].
Son is EPOA. Veterans' Home Care assessment done. TUG 24 s, STRATIFY 3.""",
    """Discharge planning - [[LOCATION|geo:University Hospital of Wales]]
Patient: [[PERSON|name:Dafydd ap Rhys]]   NHS [[ID|ssn:480 635 8177]]
For d/c [[DATE|date:12/03/2024]] (his birthday - family hoping for home by teatime).
Infected diabetic foot ulcer R 1st MTPJ, debrided. DNs for dressings alt days - Aquacel Ag + Mepilex. Wound photos for DN: [[ID|photo:apRhys_D_R_foot_20240311.jpg]].
Pt prefers Welsh-speaking staff. TTO faxed to GP, fax [[PHONE|fax:029 2071 8842]].""",
    """Discharge planning - OPIVA, [[DATE|date:Tue 17 October 2023]]
Pt: [[PERSON|name:ZHANG Wei]] ("[[PERSON|name:David]]"), NHI [[ID|ssn:HEC4683]]
Vertebral osteomyelitis L3/4, MSSA. Home IV cefazolin via elastomeric pump, PICC R arm.
ID clinic telehealth: [[URL|url:https://southerndhb.zoom.us/j/92083316574]].
Mr [[PERSON|name:Zhang]] may need 6 weeks total - ESR/CRP weekly.""",
    """DISCHARGE CHECKLIST - [[LOCATION|geo:Foothills Medical Centre]]
Pt: [[PERSON|name:SHEVCHENKO, Oksana]], MRN [[ID|mrn:FMC-0338172]]
Ischemic stroke, L MCA, mild aphasia. Early supported discharge; SLP 2x/wk.
CPP-D application started with SW - SIN [[ID|ssn:424 163 715]].
Husband [[PERSON|name:Taras]] to attend stroke prevention clinic with her. Ukrainian interpreter booked.""",
    """Case Management - Discharge Planning Note - [[DATE|date:08/21/2023]]
Pt: [[PERSON|name:Carmen Luz Rivera Colón]], [[AGE|other:74]], Medicare MBI [[ID|health_plan:7CW3-GN9-XE61]]
HFrEF, CardioMEMS sensor SN [[DEVICE|device:CM4-7714023]]. Home hub on pt Wi-Fi [[IP|ip:192.168.1.47]].
Lives [[LOCATION|geo:Humboldt Park]] w daughter. Spanish preferred.
Palm-vein ID (PatientSecure) enrolled: [[ID|biometric:PSV-1188347]]. DME acct [[ID|account:DME-7720183]].""",
    """NDIS discharge planning - [[DATE|date:02/02/2024]]
Participant: [[PERSON|name:Meron Tadesse]], NDIS no. [[ID|health_plan:430518227]]
ABI after cycling accident; power chair serial [[DEVICE|device:PBM3-20117482]].
Support coordinator: [[EMAIL|email:lucy.yeo@claritysupports.com.au]]
DSP claim - TFN [[ID|ssn:430 100 769]]. SDA vacancy in [[LOCATION|geo:Maidstone]]; may need interim respite. Hope to d/c end Feb.""",
    """Discharge to care home - Ward Marjory Warren, [[DATE|date:5th July 2024]]
Patient: Mr [[PERSON|name:Winston Augustus Campbell]], [[AGE|date:90]]
Destination: care home (LA framework). First 4 weeks self-funded - daughter paying care home IBAN [[ID|account:GB85 BARC 6396 9812 4462 15]], ref [[ID|account:CAMPBELL-W-0724]].
Vascular dementia; Waterlow 16; Braden 15. Pt calls himself "[[PERSON|name:Gussie]]".""",
    """Discharge plan - Cardiology, [[DATE|date:14/03/24]]
Pt: [[PERSON|name:Rajesh Prasad]], NHI [[ID|ssn:XYT1972]]
CRT-D remote monitoring hub pairs over home router [[IP|ip:122.58.211.9]].
Family live [[LOCATION|geo:Papatoetoe]]. No driving 1/52.
Pt's email for device alerts [[EMAIL|email:rprasad.fj@xtra.co.nz]].""",
    """DISCHARGE PLANNING NOTE - [[DATE|date:10/03/2023]]
Pt: [[PERSON|name:Tsehay Wolde]], MRN [[ID|mrn:WHC-09918274]]
Amharic. Lives [[ADDRESS|geo:1420 Fairmont St NW Apt 210, Washington, DC 20009]] w son.
New outpatient HD chair MWF 0600. PatientSecure palm scan: [[ID|biometric:PSV-2201977]].
Church friend Woizero [[PERSON|name:Tigist]] will help with meds.""",
]


def main() -> None:
    n = write_styled(
        OUT,
        [
            ("ward-handover", STYLE_A),
            ("family-meeting", STYLE_B),
            ("interpreter-booking", STYLE_C),
            ("social-work-note", STYLE_D),
            ("visitor-nok-log", STYLE_E),
            ("clinic-letter", STYLE_F),
            ("triage-note", STYLE_G),
            ("pastoral-care-log", STYLE_H),
            ("mental-health-review", STYLE_I),
            ("discharge-planning", STYLE_J),
        ],
    )
    print(f"probe70: {n} docs")


if __name__ == "__main__":
    main()
