"""Write the 62nd hand-annotated redaction probe, 100 notes of a second red team's adversarial clinical text.

Why: this is a second, independent red team's attempt to get identifiers of all 18 HIPAA Safe
Harbor categories (and their Australian, UK, Canadian and NZ equivalents) past an automatic
de-identifier. Its traps are realistic rather than exotic: people named like common words (Hope,
Faith, Will, Rose, Summer, Bill, Mark, Grace, Hunter, Joy, Dawn, Frank, Justice, Patience) in the
same note as the plain word; towns named like words (Hope, Normal, Orange, Reading, Bath, Sale,
Mansfield, Eden, Street, Deal, March, Speed, Young, Banana, Boring, Liberal, Mobile, Cobalt, Bulls)
next to the word used in its ordinary sense; identifiers spelled out in voice-to-text dictation;
identifiers split by line breaks or hyphenation; OCR damage (O for 0, l for 1, 5 for S); lower-case
shorthand nursing notes with no punctuation; and identifiers set beside clinical numbers of the
same shape (doses, lab values, scores, lot numbers, billing codes, durations such as 2/52). It
measures recall on identifiers the engine has never seen and precision on look-alike clinical text.

What: ten styles of ten notes each: voice-dictation, nursing-shorthand, ocr-fax-referral,
gp-specialist-letter, triage-registration-form, billing-pharmacy, community-home-visit,
device-imaging-log, discharge-summary and portal-sms-message. Notes are set in Australia, the
United Kingdom, Canada, New Zealand and the United States. All people are invented; towns, suburbs,
streets and hospitals are real places. Every identifier is marked inline as
[[LABEL|category:value]]. Conventions: titles (Dr, Mr, Mrs, A/Prof) stay outside name spans;
"SURNAME, Given" and a DICOM "FAMILY^GIVEN" are one span; a given name alone, a nickname, a
surname alone and initial+surname are each their own span, including every later mention of the
patient by name; a name or address broken by a line break or hyphenation gets one span per line;
bare staff initials are not marked. Values are marked exactly as they appear, including OCR damage,
typing errors (a comma for a dot in an email) and the full spoken form in dictation ("oh four one
seven ...", "summer underscore cast at gmail dot com"). A full street address is one ADDRESS|geo
span (a postcode on its own line is part of the address); towns, suburbs, regions, named hospitals,
clinics, practices, pharmacies, schools, care homes and employers' sites are LOCATION|geo; states,
provinces, countries, national agencies and programmes (Centrelink, ICBC, RCMP, Talking Therapies),
insurers' names and generic helplines are not marked. Dates more specific than a year are
DATE|date (a weekday with its date is one span; weekdays alone, durations like 3/7, 2/52, 12/12,
gestations like 34+2/40, visual acuity 6/12 and product expiry dates are not marked); dates of
birth are marked whole; ages over 89 are AGE|date and the patient's age otherwise AGE|other. The
Medicare IRN and the OHIP version code stay outside the card-number span. National ID and tax
numbers (SSN, TFN, NI number, SIN, NZ IRD, a sole trader's ABN) are ID|ssn; hospital, unit and
chart numbers and DICOM patient IDs are ID|mrn; Medicare, MBI, IHI, NHS, NHI, PHN, OHIP, RAMQ,
MCP, DVA, NDIS and insurer member numbers are ID|health_plan; patient accounts, invoices, BSB,
sort codes, bank accounts and IBANs are ID|account; NPI, DEA, AHPRA, GMC, MCNZ, prescriber and
provider numbers and driver licences are ID|license; plates and VINs are VEHICLE|vehicle; device, implant and equipment serials and MAC addresses are DEVICE|device; fax
numbers are PHONE|fax; fingerprint, palm-vein, face, iris and voiceprint template ids are
ID|biometric; image and screenshot file names carrying a name or an ID are ID|photo; claim,
case, referral, incident, booking, accession, specimen, study and meeting ids, exemption
certificates, script ids, prescription numbers and usernames are ID|other. Check-digit
identifiers (Medicare, IHI, TFN, ABN, NHS, NPI, VIN, IBAN, SIN, NHI, IRD, DEA, OHIP, BC PHN,
provider numbers) pass their checksums before any OCR damage. Look-alikes (doses, labs, scores, lots, batches, beds, rooms,
times, money, CPT/MBS/ICD/NDC/DIN codes, eponyms such as Bell's palsy, Wells score, Ottawa ankle
rules and Graves disease) are left unmarked.

How: cd /work/main && .venv/bin/python scripts/make_probe62_corpus.py (writes corpus/redaction/probe62.jsonl).
"""

from pathlib import Path

from make_safe_harbor_suite import write_styled

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "corpus" / "redaction" / "probe62.jsonl"

VOICE_DICTATION = [
    """dictation start. this is doctor [[PERSON|name:mark o'leary]] dictating a clinic letter for [[PERSON|name:hope summers]] comma date of birth [[DATE|date:the ninth of february nineteen fifty one]] period new paragraph thank you for referring this [[AGE|other:seventy three]] year old lady from [[LOCATION|geo:hope island]] who presents with worsening exertional dyspnoea period echo shows an ejection fraction of forty two percent and a TAPSE of sixteen millimetres period she says she has faith in the new tablets comma unlike her daughter [[PERSON|name:faith]] comma who rang the rooms on [[PHONE|phone:oh four one seven three three two zero eight six]] asking for a copy period new paragraph plan colon increase bisoprolol to five milligrams daily and repeat the echo in six months period copy to her G P doctor [[PERSON|name:anand]] period end of dictation""",
    """Voice note, Dragon Medical, not proofread. Patient [[PERSON|name:Will Reading]] full stop surname spelled [[PERSON|name:R E A D I N G]] like the town full stop he will be reading the leaflet at home full stop lives at [[ADDRESS|geo:forty two Oxford Road Reading R G one seven L H]] full stop NHS number [[ID|health_plan:six one six five four nine zero six four six]] full stop [[AGE|other:sixty]] year old man with a three week history of productive cough comma sats ninety four percent on air comma CRP one hundred and twelve full stop chest x-ray right lower lobe consolidation full stop amoxicillin five hundred milligrams three times a day for five days full stop his wife [[PERSON|name:Pearl]] will collect it from the [[LOCATION|geo:Broad Street Boots]] full stop review [[DATE|date:Monday the fourteenth]] full stop""",
    """Dictated but not read. Emergency physician note. Patient name [[PERSON|name:Grace Hunter]] period [[AGE|other:thirty one]] year old female from [[LOCATION|geo:Hope]] comma B C comma driven down by her partner after a single vehicle rollover period personal health number [[ID|health_plan:nine three two six four zero zero zero one three]] period vehicle plate [[VEHICLE|vehicle:R K seven four nine J]] per RCMP period GCS fifteen comma c spine cleared using the Canadian C spine rule comma lactate two point one period she asked whether there is a grace period on her ICBC claim comma number [[ID|other:E R four four one zero nine two]] period works as a hunter education instructor period follow up with her family doctor doctor [[PERSON|name:Sandhu]] in [[LOCATION|geo:Chilliwack]] period""",
    """This is a speech recognized progress note for [[PERSON|name:Summer Castellano]] comma M R N [[ID|mrn:zero zero eight eight three one five two]] comma seen in the [[LOCATION|geo:Normal]] clinic period she is [[AGE|other:nineteen]] and a sophomore period over the summer she wore a Holter which showed normal sinus rhythm with occasional PVCs comma burden under one percent period today heart rate 72 comma BP 118 over 74 period her mother [[PERSON|name:Dawn]] gave the social for billing as [[ID|ssn:482 31 7706]] period mom's cell [[PHONE|phone:309-552-8144]] period portal invite to [[EMAIL|email:summer underscore cast at gmail dot com]] period return visit [[DATE|date:October third]] period""",
    """ok begin letter. Dear doctor [[PERSON|name:Penelope Marsh]] comma re your patient [[PERSON|name:Russell Kovacevic]] comma known as [[PERSON|name:Rusty]] comma of [[ADDRESS|geo:eleven Peisley Street Orange twenty eight hundred]] comma Medicare [[ID|health_plan:two two three zero four one eight four eight five]] stroke two period I reviewed him on [[DATE|date:the third of May]] period he is a [[AGE|other:fifty eight]] year old orchardist who has been eating two oranges a day and drinking orange juice comma which may explain the potassium of five point six on spironolactone twenty five period the rusty gate at the orchard cut his shin last autumn comma tetanus is up to date period""",
    """transcript begins. um this is a phone consult with [[PERSON|name:Joy Paewai]] NHI [[ID|health_plan:L N Y five nine six one]] she's calling from her sister's place in [[LOCATION|geo:Gore]] because the road home is flooded um she's [[AGE|other:twenty six]] and four weeks postpartum baby [[PERSON|name:Manaia]] feeding well weight three point nine kilos up from three point five at birth no joy with the hired breast pump it keeps alarming serial on the back is [[DEVICE|device:M E D seven seven two one four five]] best number is [[PHONE|phone:oh two seven four four one nine two eight three]] her midwife [[PERSON|name:Kiri]] will visit tomorrow EPDS today nine out of thirty""",
    """Ambulance voice memo auto-transcribed. Called to [[ADDRESS|geo:Flat three comma nine Pulteney Gardens comma Bath B A two four H G]] period patient [[PERSON|name:Marjorie Bishop]] aged [[AGE|date:ninety three]] found in the bath by her carer [[PERSON|name:Patience Okafor]] from [[LOCATION|geo:Avon Valley Homecare]] period in the bath approximately four hours comma tympanic thirty four point eight comma CK pending comma skin intact over sacrum period carer showed great patience period carer mobile [[PHONE|phone:zero seven seven zero zero nine one four three two six]] period conveyed to [[LOCATION|geo:Royal United Hospital]] period""",
    """Dictation. This is [[PERSON|name:Hunter Gaines]] PA-C, NPI [[ID|license:1055158657]], dictating on [[PERSON|name:Mark Bell]], date of birth [[DATE|date:six twelve nineteen eighty]], from [[LOCATION|geo:Mansfield]], Ohio. He presents with left-sided Bell's palsy, House-Brackmann grade three, onset thirty six hours ago. No vesicles in the ear canal. Prednisone sixty milligrams daily for five days, valacyclovir one gram three times a day for seven days. Mark the left eye closed with tape at night and use lubricant drops. Wife [[PERSON|name:Bonnie]] at [[PHONE|phone:419 775 2038]]. Follow up [[DATE|date:the twenty first]].""",
    """Transcribed psych intake. [[PERSON|name:Storm Whitehead]], they/them, [[AGE|other:22]], referred from [[LOCATION|geo:headspace Sale]]. They've been selling furniture at a garage sale to cover rent. PHQ nine nineteen, K ten thirty four, no current plan. Lives with mum [[PERSON|name:Sky Whitehead]] at [[ADDRESS|geo:forty one Raymond Street Sale three eight five zero]]. TFN given for the Centrelink form [[ID|ssn:three seven six nine eight one six seven six]]. Safety plan done, Lifeline thirteen eleven fourteen provided. Review [[DATE|date:Thursday the ninth]].""",
    """transcribed voicemail clinic line [system: caller voiceprint matched, id [[ID|biometric:VB-3318-0921-LAV]]]: hi it's [[PERSON|name:Guy Lavoie]] calling about my mother [[PERSON|name:Aurore Lavoie]] her health card is [[ID|health_plan:eight two two nine two eight two two one eight]] version A B she's [[AGE|date:ninety one]] and in the hospital in [[LOCATION|geo:Marathon]] since Saturday she used to run a marathon every year can you believe it anyway her INR was three point four last week on the warfarin four milligrams you can call me back at [[PHONE|phone:807 229 4173]] or email [[EMAIL|email:guy dot lavoie seventy one at hotmail dot C A]] thanks bye""",
]

NURSING_SHORTHAND = [
    """0700 handover bed 12 pt [[PERSON|name:hope ngata]] [[AGE|other:67]]f nkda d1 post lap chole obs stable bp 132/78 hr 88 spo2 96%ra t 37.4 pain 3/10 endone 5mg 0545 ur [[ID|mrn:1189023]] dtr [[PERSON|name:charity]] rang [[PHONE|phone:0412 557 903]] wants call back re dc plan lives alone [[LOCATION|geo:hope vale]] no hope of dc today per surg reg flight home via pts booked [[DATE|date:thurs 14/3]] ivc l) hand 20g due resite""",
    """nn 2300-0730 mr [[PERSON|name:bill forsythe]] [[AGE|other:81]]m bed 4b copd exac 2l np sats 89-91 target 88-92 neb salb 5mg x2 overnight k 3.1 replaced 20mmol iv son [[PERSON|name:will]] visited 2000 upset re bill from amb service ph [[PHONE|phone:0438221790]] fund bupa [[ID|health_plan:71023349]] frm [[LOCATION|geo:eden]] nsw wants tfr to [[LOCATION|geo:pambula hosp]] closer to home will need ot r/v am re home o2""",
    """d/w mw 34+2/40 g2p1 [[PERSON|name:amber o'connell]] [[AGE|other:29]]yo ctg reactive fhr 140 bp 148/96 urine pcr 42 unit no [[ID|mrn:RBK4471902]] nhs [[ID|health_plan:614 204 7711]] lives [[LOCATION|geo:sale]] nr [[LOCATION|geo:altrincham]] partner [[PERSON|name:jade]] mob [[PHONE|phone:07831 442 019]] mews 2 amber not triggered pet bloods sent gp informed""",
    """0830 dn clinic [[PERSON|name:tama rangi]] [[AGE|other:62]] nhi [[ID|health_plan:kdh2052]] r) medial malleolus ulcer 4.2x3.1cm slough 30% abpi 0.92 2 layer compression lot 2207731 exp 03/27 lives w wife [[PERSON|name:mere]] [[ADDRESS|geo:1187 raetihi rd rd3 ohakune 4691]] mob [[PHONE|phone:021 884 3172]] nxt [[DATE|date:wed 19/6]] gp dr [[PERSON|name:hemi]] aware""",
    """1400 pt [[PERSON|name:sunny alvarado]] [[AGE|other:45]]m admit from ed etoh w/d ciwa-ar 14 lorazepam 2mg po 1315 repeat ciwa 9 tremor+ diaphoretic bp 162/98 hr 112 mrn [[ID|mrn:M00412873]] wife [[PERSON|name:joy alvarado]] at bs asked for sunny room moved to 612-b window bed home addr [[ADDRESS|geo:2210 w jefferson st springfield il 62702]] ssn per facesheet [[ID|ssn:337-48-1902]] sw consult placed""",
    """ward rnd pt [[PERSON|name:rose o'brien]] [[AGE|date:94]]f #nof l) d2 post dhs hb 88 1u rbc batch 4471-2 sacrum stg 1 rose to chair w 2 assist pain 2/10 nok niece [[PERSON|name:roslyn]] [[PHONE|phone:(02) 6882 4419]] pt from [[LOCATION|geo:dubbo]] resident [[LOCATION|geo:orana gardens]] rac medicare [[ID|health_plan:6891866283]] gp to r/v on return""",
    """19h pt [[PERSON|name:marc-andre gagnon]] [[AGE|other:52]]h ramq [[ID|health_plan:GAGM72031418]] dlr thoracique resolue trop 14 -> 16 ng/l ecg rsn iv l) ac 20g site marque au crayon mark rechecked q4h epouse [[PERSON|name:chantal]] tel [[PHONE|phone:418-692-3307]] de [[LOCATION|geo:levis]] veut transfert [[LOCATION|geo:hotel-dieu de levis]]""",
    """tvn r/v 10:40 mr [[PERSON|name:frank hardy]] [[AGE|other:77]] hosp no [[ID|mrn:K0284471]] frank haematuria o/n 3way cath 20fr irrigation running clots+ hb 101 (was 118) lives [[ADDRESS|geo:14 station rd mansfield ng18 1pp]] dtr [[PERSON|name:mandy]] [[PHONE|phone:01623 441 902]] key w neighbour""",
    """paeds 1500 [[PERSON|name:chase wu-mitchell]] [[AGE|other:7]]yo wt 23.4kg asthma exac salb 12 puffs q1h now q3h sats 95%ra rr 28 mum [[PERSON|name:ivy]] rooming in pref ph [[PHONE|phone:0466 190 284]] school [[LOCATION|geo:mansfield primary]] notified chase up vbg w lab ihi [[ID|health_plan:8003604723671532]] dc home to [[LOCATION|geo:mansfield]] vic when q4h""",
    """hospice rn hv [[DATE|date:3/22]] pt [[PERSON|name:patience abara]] [[AGE|date:92]]f pps 30% morphine sr 15mg bid + ir 5mg prn x3/24h last bm 3d ago senna-s 2 tabs cg son [[PERSON|name:justice abara]] cell [[PHONE|phone:(214) 609-3381]] hosp bed sn [[DEVICE|device:HB5490-K2271]] addr [[ADDRESS|geo:806 e 10th st dallas tx 75203]] pt needs patience w transfers""",
]

OCR_FAX_REFERRAL = [
    """FAX FROM: [[PHONE|fax:07 4671 2290]]   [[DATE|date:12/O3/2024]] 09:14   P.001/003
[[LOCATION|geo:R0MA MEDICAL CENTRE]]
RE: Mrs [[PERSON|name:Faith GUNDER5EN]]   DOB: [[DATE|date:O4/11/1955]]
Address: [[ADDRESS|geo:27 Bungil St]]
[[ADDRESS|geo:ROMA QLD 4455]]
Medicare No: [[ID|health_plan:3237 O85O2 2]] /1
Thank you for seeing this [[AGE|other:68]] yo lady with T2DM. HbA1c 8.4%, eGFR 48, ACR 12.1. She has a faith-based reluctance to start insulin.
Ref: Dr [[PERSON|name:A. Whitlam-Yeo]]   Prov No [[ID|license:1OO3778H]]""",
    """NHS e-Referral Service   UBRN: [[ID|other:0004 2213 9981]]
Patient: [[PERSON|name:BISHOP, Hope]]      NHS No: [[ID|health_plan:993 859 3O54]]
Address: [[ADDRESS|geo:Flat 6, Abbey Mews]]
[[ADDRESS|geo:Bath BA1 1LZ]]
Referrer: Dr [[PERSON|name:Jonathan Mwangi]]   [[LOCATION|geo:Widcombe Surgery]]   Fax [[PHONE|fax:01225 3l8 009]]
I would be grateful if you could see this [[AGE|other:41]] y/o with ?Crohn's. Faecal calprotectin 64O ug/g, CRP 38, Hb 1O9. I hope she can be seen within 2/52.""",
    """PAGE 2 OF 2     CONSULTATION REQUEST
Patient: [[PERSON|name:Wi11iam]] ([[PERSON|name:Liam]]) [[PERSON|name:OKONKWO]]    DOB [[DATE|date:1949-O7-22]]
OHIP: [[ID|health_plan:7962-9l0-530]] -KT
Address: [[ADDRESS|geo:4O2-88 Queen St S]]
[[ADDRESS|geo:Mississauga ON L5M 1K4]]
Referring MD: Dr [[PERSON|name:Priya Raman]]   Fax back: [[PHONE|fax:905-8l3-2207]]
Reason: PSA 9.8 ug/L (was 4.1), DRE nodular L lobe. Will need MRI prostate. Pt will be away until end of month.""",
    """From: [[LOCATION|geo:Hope Family Clinic]]   Fax [[PHONE|fax:(870) 777-41O2]]
To: Cardiology
Pt: [[PERSON|name:Rose-Marie Tillman]]   DOB: [[DATE|date:O2/17/1933]]   Age: [[AGE|date:9l]]
SSN: [[ID|ssn:4l9-66-2O81]]   Medicare MBI: [[ID|health_plan:4KW7-JN2-RH81]]
Address: [[ADDRESS|geo:14O2 S Hervey St]]
[[ADDRESS|geo:Hope, AR 718Ol]]
Dx: HFrEF, EF 25%, NYHA III, BNP 1,84O pg/mL. ICD-10 I50.22. CPT 93306 requested.
Ref MD NPI [[ID|license:2895243576]]""",
    """PATHOLOGY REQUEST          Lab No: [[ID|other:24-88l9O2]]
Surname: [[PERSON|name:NGUYEN-TRUONG]]     Given: [[PERSON|name:Bao Tran]]     DOB: [[DATE|date:3l.O1.1988]]   Sex: F
Addr: [[ADDRESS|geo:5/l9 Hopetoun Ave, Canley Vale NSW 2l66]]
Medicare: [[ID|health_plan:3957 84691 1]]     Ph: [[PHONE|phone:O4l3 229 8O7]]
Tests: FBC, UEC, LFT, ferritin, B12, folate, TSH. Clin notes: fatigue 3/12, menorrhagia, Hb 96 last month.
Requesting Dr: [[PERSON|name:S. Hunter]]   Prov: [[ID|license:6569270J]]
Collected 08:5O   Collector: KM""",
    """HEALTHLINK REFERRAL (printed and scanned)
RE: Mr [[PERSON|name:Guy HASTINGS]]     NHI: [[ID|health_plan:VPX 5653]]
Address: [[ADDRESS|geo:l4 Gloucester St]]
[[ADDRESS|geo:Taradale, Napier 4112]]
Ph (m) [[PHONE|phone:O27 4l9 88O2]]
This pleasant guy, [[AGE|other:56]], was admitted in [[LOCATION|geo:Hastings]] last week with an upper GI bleed, Hb 74, OGD: DU Forrest IIb. IRD (for ACC form): [[ID|ssn:139-542-2O7]]
Referrer: Dr [[PERSON|name:Aroha Tipene]]   MCNZ [[ID|license:4l872]]""",
    """[[LOCATION|geo:R0YAL BERKSHIRE HOSPITAL]]
Dear Dr [[PERSON|name:Oyelaran]],
Re: Mrs [[PERSON|name:Summer Fair-]]
[[PERSON|name:weather]], d.o.b. [[DATE|date:l7.O6.l97O]], Hosp No [[ID|mrn:RBH2O448l7]]
NHS No [[ID|health_plan:974 298 59Ol]]
I saw this [[AGE|other:53]]-year-old in the breast clinic on [[DATE|date:2l March]]. Triple assessment: U3 on ultrasound, core biopsy taken (B3 lesion, 14G x 4). She is travelling over the summer, so I have arranged VAE before then.
Yours sincerely,
Mr [[PERSON|name:Dev Chaudhary]], Consultant Breast Surgeon.   Secretary [[PHONE|phone:0118 322 74l9]]""",
    """Frorn: [[LOCATION|geo:St Vincent's Private Hospital Toowoomba]]   Fax: [[PHONE|fax:O7 4639 4l22]]
Patient | [[PERSON|name:HALL, Bill]] | URN [[ID|mrn:OO3l8842]] | DOB [[DATE|date:O9-Dec-l95O]]
Fund | HCF [[ID|health_plan:9Ol 224 7l3]]
Procedure | R TKR | Implant lot 8834l1 | Serial [[DEVICE|device:AT-5l0-229384]]
Bill for gap payment sent to [[ADDRESS|geo:9 Margaret St, Toowoomba 435O]]   Invoice [[ID|account:INV-2O24-ll882]]""",
    """Faxed to [[PHONE|fax:7O9-777-8l42]] at 16:O2
PATlENT: [[PERSON|name:Penny Furlong]]   MCP# [[ID|health_plan:l93 7l2 8O4 3l5]]
Home: [[ADDRESS|geo:3l Topsail Rd]]
[[ADDRESS|geo:Paradise NL AlL 2Y4]]
[[AGE|other:38]] F seen in ER [[DATE|date:Jan l9]] with renal colic, 6 mm L VUJ stone, Cr 1O4. Described the ketorolac as "paradise".
SIN (CPP-D form): [[ID|ssn:393 727 656]]""",
    """[SCANNED INSURANCE CARD - FRONT]
BLUE CROSS BLUE SHIELD
Member: [[PERSON|name:HUNTER J MOODY]]
ID: [[ID|health_plan:XOH 9l4882O73]]
RxBIN 004336   RxPCN ADV   Copay PCP $25 / ER $250
Dependents: 01 [[PERSON|name:GRACE]]  02 [[PERSON|name:WILL]]
Front desk: card scanned [[DATE|date:O5/l4/2O24]], file [[ID|photo:moody_hunter_ins_front.jpg]]; DOB [[DATE|date:ll/O2/l979]]; new address [[ADDRESS|geo:4l7 Mill St, Liberty, MO 64O68]]""",
]

GP_SPECIALIST_LETTER = [
    """Dear Dr [[PERSON|name:Lachlan Pyke]],
Re: [[PERSON|name:Hunter Brennan]], DOB [[DATE|date:14/08/2009]], [[ADDRESS|geo:3/112 Hunter Street, Newcastle NSW 2300]]
Thank you for seeing [[PERSON|name:Hunter]], who is [[AGE|other:14]], with an ALT of 88 U/L, BMI 31 and an HbA1c of 6.1%. He is a keen hunter and spends weekends in the [[LOCATION|geo:Hunter Valley]] with his father. Ultrasound shows grade 2 steatosis.
Kind regards,
Dr [[PERSON|name:Grace Whitfield]], [[LOCATION|geo:Merewether Medical Practice]]   Provider No. [[ID|license:5796856K]]""",
    """[[DATE|date:3 April 2024]]
Dear Dr [[PERSON|name:Okafor]],
Re: Mr [[PERSON|name:Mark Eden]], [[ADDRESS|geo:2 Wharf Lane, Sale M33 7ZA]], NHS Number [[ID|health_plan:959 057 0615]]
Mr [[PERSON|name:Eden]] presented with a swollen left calf. Wells score 3, D-dimer 1,240 ng/mL; Doppler confirmed a popliteal DVT. I have marked the upper extent of tenderness on the skin. He drives a forklift at the [[LOCATION|geo:Trafford Park]] depot and is keen to return within 2/52.
Apixaban 10 mg bd for 7 days, then 5 mg bd.
Yours sincerely,
Dr [[PERSON|name:Hannah Lowry]]""",
    """Kia ora Dr [[PERSON|name:Ngaire Pohatu]],
Re: [[PERSON|name:Hope Tuhiwai]], NHI [[ID|health_plan:ESE8454]], [[ADDRESS|geo:22 Nile Street, Nelson 7010]]
[[PERSON|name:Hope]] has recently moved to [[LOCATION|geo:Hope]], just south of [[LOCATION|geo:Richmond]]. Her HbA1c is 71 mmol/mol on metformin 1 g bd and I have some hope that a GLP-1 agonist will help; weight 104 kg, eGFR 74.
Ngā mihi,
Dr [[PERSON|name:Tane Morrison]], [[LOCATION|geo:Stoke Medical Centre]]
Fax [[PHONE|fax:03 547 2290]]   [[URL|url:www.stokemedical.co.nz]]""",
    """[[DATE|date:June 4, 2024]]
Dear Dr [[PERSON|name:Sandeep Gill]],
Re: [[PERSON|name:Faith Nakamura-Boyle]], PHN [[ID|health_plan:9739 766 622]]
[[PERSON|name:Faith]] commutes from [[LOCATION|geo:Mission]] to her job as a unit clerk at [[LOCATION|geo:Abbotsford Regional Hospital]]. TSH <0.01, free T4 38 pmol/L, TRAb 9.2 IU/L, consistent with Graves disease. She is on a mission to avoid radioiodine, so methimazole 20 mg daily was started. Her husband [[PERSON|name:Will]] will drive her to the follow-up.
Sincerely,
Dr [[PERSON|name:Marta Kowalczyk]]""",
    """To whom it may concern,
Please excuse [[PERSON|name:Amber Kowalski]] from work from [[DATE|date:May 6]] through [[DATE|date:May 10, 2024]]. She was treated at [[LOCATION|geo:Reading Hospital]] in [[LOCATION|geo:West Reading]] for pyelonephritis (WBC 16.2, lactate 1.4). Light duty afterwards: no lifting over 10 lb for 2 weeks, and reading glasses are not required for her role.
[[PERSON|name:Reginald Oduya]], MD   [[PHONE|phone:610-988-4120]]""",
    """Dear Dr [[PERSON|name:Bright]],
Re: Mr [[PERSON|name:Clifford Young]] ([[PERSON|name:Cliff]]), DOB [[DATE|date:2/9/1948]], Medicare [[ID|health_plan:4262 44237 1]] (3)
I saw [[PERSON|name:Cliff]] at my [[LOCATION|geo:Wagga Wagga]] rooms last week. PSA 14.2 ng/mL, MRI PI-RADS 4 lesion in the left peripheral zone. He remains young at heart and still drives from [[LOCATION|geo:Young]] to the cattle sales every week.
Plan: transperineal biopsy.
A/Prof [[PERSON|name:Raj Iyer]], Urologist""",
    """[[LOCATION|geo:Yeovil District Hospital]] Memory Service
Re: Mrs [[PERSON|name:Joy Wainwright]], NHS [[ID|health_plan:646 830 8070]], Hosp No [[ID|mrn:YDH-0071842]]
Mrs [[PERSON|name:Wainwright]] lives alone in [[LOCATION|geo:Street]], near [[LOCATION|geo:Glastonbury]]. MoCA 19/30, ACE-III 71/100; MRI shows bilateral hippocampal atrophy (MTA 2). She still crosses the high street alone to shop. Her son [[PERSON|name:Grant]] holds LPA and will apply for a carer's grant.
Dr [[PERSON|name:Felicity Ashworth]], Consultant Old Age Psychiatrist""",
    """Re: Mr [[PERSON|name:Frank Delaney]], [[AGE|other:66]], Vic licence [[ID|license:041 882 193]]
Mr [[PERSON|name:Delaney]] farms at [[LOCATION|geo:Speed]] and drives a utility, registration [[VEHICLE|vehicle:ZRT 418]], VIN [[VEHICLE|vehicle:MR0ZMWUT3KA465213]]. Epworth 14, AHI 38/h on PSG, nadir SpO2 79%. Processing speed is normal. He is now on CPAP (serial [[DEVICE|device:23201844771]]), mean use 6.8 h/night, residual AHI 2.1. I support a conditional licence.
Dr [[PERSON|name:Sophie Tran]], [[LOCATION|geo:Mildura Sleep Clinic]]""",
    """[[DATE|date:28th November 2023]]
To whom it may concern - ESA support letter
[[PERSON|name:Sandy Marsh]], NI number [[ID|ssn:JT 48 21 93 C]], of [[LOCATION|geo:Deal]], has moderate to severe depression (PHQ-9 21, GAD-7 17) on sertraline 100 mg. We agreed a deal: weekly reviews and a referral to Talking Therapies.
Dr [[PERSON|name:Winston Achebe]], [[LOCATION|geo:Manor Road Surgery]]""",
    """To the school nurse, [[LOCATION|geo:Truman Middle School]]
Re: [[PERSON|name:Justice Montgomery]], DOB [[DATE|date:04/11/2013]], age [[AGE|other:11]]
Please allow [[PERSON|name:Justice]] to carry her EpiPen 0.3 mg and cetirizine at all times. Peanut-specific IgE 48 kU/L; anaphylaxis in 2022. Mother: [[PERSON|name:Sherelle Montgomery]], [[PHONE|phone:(501) 442-8891]], [[EMAIL|email:sherelle.montgomery@yahoo.com]].
[[PERSON|name:Oluwaseun Bankole]], MD""",
]

TRIAGE_REGISTRATION_FORM = [
    """ED TRIAGE | [[LOCATION|geo:CASINO & DISTRICT MEMORIAL HOSPITAL]] | ATS 3
ARRIVAL: [[DATE|date:07/08/2024]] 02:41 | MODE: AMB
PT: [[PERSON|name:WALKER, Summer]] | DOB: [[DATE|date:22/01/1999]] | AGE: [[AGE|other:25]] | SEX: F
ADDR: [[ADDRESS|geo:4 Barker St CASINO 2470]]
MRN: [[ID|mrn:CDM0448172]] | MEDICARE: [[ID|health_plan:6340 38213 2]] /3
NOK: [[PERSON|name:Storm Walker]] (BRO) | [[PHONE|phone:0477 301 226]]
PC: ?ECTOPIC. LMP 6/52. bHCG 2,140. HR 118 BP 92/60 RR 22 SpO2 99% GCS 15 PAIN 8/10""",
    """A&E CAS CARD | [[LOCATION|geo:KING'S MILL HOSPITAL]]
ATTENDANCE NO: [[ID|other:KMH24-0881273]] | ARRIVED: [[DATE|date:Sat 13 Jan 2024]] 23:17
NAME: [[PERSON|name:MARK HOLLIS]] | DOB: [[DATE|date:30.09.1987]] | NHS: [[ID|health_plan:588 130 0882]]
ADDR: [[ADDRESS|geo:9 Welbeck Rd, Mansfield Woodhouse, NG19 9DX]]
PC: ASSAULT - 3 CM LAC L EYEBROW, NO LOC, GCS 15, MTS YELLOW. TETANUS UTD. POLICE INFORMED.""",
    """| Field | Value |
|---|---|
| Name | [[PERSON|name:Hope Delacroix-Baptiste]] |
| MRN | [[ID|mrn:000-884-1207]] |
| DOB | [[DATE|date:1962-05-30]] |
| Address | [[ADDRESS|geo:1216 Dauphine St Apt 3, New Orleans, LA 70116]] |
| Phone | [[PHONE|phone:504.881.2290]] |
| Insurance | Humana Gold Plus [[ID|health_plan:H41928873]] |
| Emergency contact | [[PERSON|name:Faith Baptiste]] (sister) |
| CC | chest pain x2h, hs-troponin 52 ng/L, ESI 2 |
| Vitals | BP 176/102, HR 96, SpO2 97%, T 98.4 F, wt 81.6 kg |""",
    """CTAS 2 | [[LOCATION|geo:LABRADOR HEALTH CENTRE]] | ARRIVAL [[DATE|date:2024-02-11]] 14:05
PT NAME: [[PERSON|name:RICH, Dawn]] | HCN [[ID|health_plan:612 488 190 227]] | DOB [[DATE|date:1991-12-03]]
ADDR: [[ADDRESS|geo:12 Hamilton River Rd, Happy Valley-Goose Bay NL A0P 1E0]]
CC: SNOWMOBILE VS TREE ~40 KM/H, HELMETED. L WRIST DEFORMITY, NV INTACT. C/O PAIN SINCE DAWN. PT NOT HAPPY RE WAIT.
RCMP FILE [[ID|other:2024-118842]] | PH [[PHONE|phone:(709) 896-4412]]""",
    """ED | [[LOCATION|geo:Thames Hospital]] | ATS 3
NHI: [[ID|health_plan:DBW6805]] | Name: [[PERSON|name:Te Aroha Whaanga]] | Age: [[AGE|other:34]]
Lives: [[LOCATION|geo:Te Aroha]] | Ph: [[PHONE|phone:027 553 0189]]
PC: fell ~2 m from ladder at work ([[LOCATION|geo:Waitoa dairy factory]]). Ottawa ankle rules +ve, pain 7/10, obs normal.
ACC claim: [[ID|other:10049 822 17]]""",
    """RURAL ED ASSESSMENT
Facility: [[LOCATION|geo:Alexandra District Hospital]]
Patient: [[PERSON|name:Alexandra Petrakis]]   DOB: [[DATE|date:19 Oct 1975]]
Address: [[ADDRESS|geo:RMB 2210 Maroondah Hwy, Taylor Bay VIC 3713]]
Medicare: [[ID|health_plan:2265 22997 1]]  IRN 1
Mechanism: quad bike rollover; brought in on the tray of the farm ute, rego [[VEHICLE|vehicle:1QB 7JX]].
Obs: BP 104/66, HR 124, RR 26, SpO2 93%, GCS 14 (E4 V4 M6), BGL 9.2, eFAST +ve LUQ.""",
    """REGISTRATION *** CONFIDENTIAL ***
PATIENT: [[PERSON|name:WILL SUMMERS]]   SEX: M   DOB: [[DATE|date:02/29/1996]]
SSN: [[ID|ssn:529-84-3307]]   MRN: [[ID|mrn:6678120]]   ACCT: [[ID|account:A00092441786]]
ADDR: [[ADDRESS|geo:88 W ORANGE ST, LANCASTER PA 17603]]
GUARANTOR: [[PERSON|name:BILL SUMMERS]] (FATHER)
HOME: [[PHONE|phone:717-394-8820]]
PAYER: AETNA   MEMBER: [[ID|health_plan:W229471833]]
DL: PA [[ID|license:32918447]]""",
    """BOOKING | [[LOCATION|geo:Royal Bolton Hospital]]
Woman: [[PERSON|name:Rosie Bamford]] | Hosp no: [[ID|mrn:RMC1829947]] | NHS no: [[ID|health_plan:625 370 4125]]
DOB: [[DATE|date:8/3/96]] | Age: [[AGE|other:28]] | EDD: [[DATE|date:14/11/2024]] | G2P1 | BMI 32
Bloods: Hb 118, plt 240, rubella immune, HBsAg neg, Rh NEG (anti-D 1500 IU at 28/40, batch DX8821)
CO 1 ppm | BP 118/72""",
    """MH TRIAGE CALL LOG
Call ID: [[ID|other:MHT-00882-24]] | Date: [[DATE|date:16-Mar-2024]] | Time: 22:14
Caller: [[PERSON|name:Grace Taufa]] (mother) | CLI: [[PHONE|phone:+61 400 928 117]]
Consumer: [[PERSON|name:Lesieli Taufa]] | Age: [[AGE|other:17]] | Suburb: [[LOCATION|geo:Logan Central]]
School: [[LOCATION|geo:Kingston State College]]
Narrative: last seen 20:30 walking toward the train station; mother said "only by the grace of God she called me". Triage scale C. Acute care team to phone back within 4 h.""",
    """INTAKE | [[LOCATION|geo:Temiskaming Hospital]] | [[DATE|date:Nov 8 2023]]
Name: [[PERSON|name:Ruby Lachance]] | Age: [[AGE|other:65]] | OHIP: [[ID|health_plan:8857 728 342]] RX
Home: [[LOCATION|geo:Cobalt]], ON | Tel: [[PHONE|phone:705-679-2288]] | Email: [[EMAIL|email:ruby.lachance58@bell.net]]
Reason: R hip pain 4 y after metal-on-metal THR; serum cobalt 9.8 ug/L, chromium 6.1 ug/L; ruby-red erythema over scar.
Implant serial: [[DEVICE|device:A4X-8830127]]""",
]

BILLING_PHARMACY = [
    """PBS PRESCRIPTION
Dr [[PERSON|name:Mei Ling Chow]]   Prescriber No. [[ID|license:2718840]]
[[ADDRESS|geo:Shop 4, 112 Summer Street, Orange NSW 2800]]
Patient: [[PERSON|name:Grace Abernethy]], [[ADDRESS|geo:17 Hope St, Bathurst 2795]]
Medicare: [[ID|health_plan:6295 89245 2]] (IRN 4)
Rx: Rosuvastatin 20 mg tablets, 30, 5 repeats. PBS item 8456H.
eRx SCID: [[ID|other:2H7TK9XJ4QMR8WCP3V]]
Dispensed [[DATE|date:05/06/2024]]; patient contribution $7.70; batch RSV2241, exp 11/2026.""",
    """Rx #[[ID|other:6082447]]   [[LOCATION|geo:Dillons Pharmacy]], [[LOCATION|geo:Liberal]], KS
Prescriber: [[PERSON|name:Kimberly Ruiz]], APRN   DEA [[ID|license:MR3089136]]   NPI [[ID|license:1402051241]]
Patient: [[PERSON|name:Hunter Belk]]   DOB [[DATE|date:7/14/88]]   [[ADDRESS|geo:1117 N Kansas Ave, Liberal, KS 67901]]
Hydrocodone/APAP 5/325 mg #12, 1 tab PO q6h PRN pain, no refills. Triamcinolone 0.1% cream - apply liberally BID.
Qty 12, day supply 3, NDC 0406-0123-01, copay $4.00.""",
    """INVOICE [[ID|account:INV/BTH/2024/0613]]
[[LOCATION|geo:Circle Bath Hospital]]
Bill to: Mr [[PERSON|name:Bill Ashdown]], [[ADDRESS|geo:Orchard House, 3 Church Lane, Box, Corsham SN13 8NB]]
Procedure: knee arthroscopy, CCSD W8200; consultant Mr [[PERSON|name:Piers Hallam]] (GMC [[ID|license:4418293]])
Insurer: AXA Health, membership [[ID|health_plan:AX7712904]]
Total £2,340.00; policy excess £250.00.
Refund of overpayment to patient: sort code [[ID|account:40-11-82]], account [[ID|account:71520498]]""",
    """ACCOUNT STATEMENT - [[LOCATION|geo:Hunter Valley Private Hospital]]
Account holder: [[PERSON|name:Faith McAllister]]   A/c No: [[ID|account:HVP-00412293]]
Patient: [[PERSON|name:Jack McAllister]] (son)   Fund: nib [[ID|health_plan:31094477]]
MBS 30445 $1,120.35 | Theatre $2,880.00 | Prosthesis $0.00 | Gap $412.00
Direct debit: BSB [[ID|account:062-692]] Acc [[ID|account:1044 8827]] ([[PERSON|name:F McAllister]])""",
    """TAX INVOICE
[[PERSON|name:Rhys Penhaligon]] Physiotherapy   ABN [[ID|ssn:47 901 508 274]]
AHPRA [[ID|license:PHY0001873420]]   Medicare provider [[ID|license:2342758H]]
Bill to: [[PERSON|name:Mark Ferrante]], [[ADDRESS|geo:5 Sale St, Orange NSW 2800]]
Workers comp claim [[ID|other:CLM-5588102]]
Initial consult [[DATE|date:27/5]] $98.50 (WCP001); 3 x standard consult $86.30 (WCP002); total $357.40, GST free.
Pay to BSB [[ID|account:633-000]] Acct [[ID|account:158820441]]""",
    """DRUG CLAIM - Pacific Blue Cross   Cert # [[ID|health_plan:40028813-01]]
Claimant: [[PERSON|name:Mercy Owusu-Ansah]]   DOB [[DATE|date:1984/10/07]]   PHN [[ID|health_plan:9243 132 708]]
Pharmacy: [[LOCATION|geo:London Drugs Kelowna]]   Pharmacist: [[PERSON|name:Tae-yang Kim]]
DIN 02245913, qty 90, ingredient cost $84.12, dispensing fee $11.25, PharmaCare deductible applied.""",
    """[[LOCATION|geo:Bulls Pharmacy]] - charge account statement
Customer: [[PERSON|name:Rangi Harrison]]   NHI [[ID|health_plan:RSL6497]]   Account [[ID|account:C-22817]]
Doxycycline 100 mg bd x 21 days - erythema migrans with a bulls-eye pattern after a tramping trip overseas. Co-payment $5.00.
Direct debit from [[ID|account:12-3140-0228417-00]]. Phone [[PHONE|phone:06 322 1187]]""",
    """Refund request - [[LOCATION|geo:Well Pharmacy, Looe]]
Patient [[PERSON|name:Holly Penrose]] paid for 3 items while holding a maternity exemption certificate ([[ID|other:33180442]]). Feeling well in herself.
Refund to IBAN [[ID|account:GB98HBUK24112513550644]]
Contact [[EMAIL|email:holly.penrose@btinternet.com]], [[ADDRESS|geo:2 Fore St, East Looe, PL13 1AE]]""",
    """EXPLANATION OF BENEFITS - THIS IS NOT A BILL
Member: [[PERSON|name:Gene Whitaker]]   Member ID: [[ID|health_plan:882104 7719]]
Claim #: [[ID|other:2024-0318-7741092]]   Provider: [[LOCATION|geo:Mobile Infirmary]]   Patient acct: [[ID|account:MI-99200413]]
CPT 99285 $1,284.00 allowed $612.40; CPT 71046 $188.00 allowed $61.20; BRCA gene panel not covered.
Member address: [[ADDRESS|geo:3806 Old Shell Rd, Mobile, AL 36608]]; we also tried your mobile [[PHONE|phone:251-433-9182]].""",
    """DVA CLAIM - [[LOCATION|geo:Eden Chemmart]]
Veteran: [[PERSON|name:Bill Kerrigan]]   DVA file [[ID|health_plan:NX441902]] (Gold)   Customer account [[ID|account:KERR0041]]
Prescriber: Dr [[PERSON|name:Matilda Hope]]
Home delivery: [[ADDRESS|geo:14 Imlay St, Eden NSW 2551]]   Phone on file [[PHONE|phone:02 6496 1103]]
3 scripts (tamsulosin 400 mcg, furosemide 40 mg, apixaban 2.5 mg); total $188.40""",
]

COMMUNITY_HOME_VISIT = [
    """COMMUNITY NURSING - HOME VISIT
Client: [[PERSON|name:Rose Farrugia]]
[[ADDRESS|geo:Lot 7 Old Hume Hwy]]
[[ADDRESS|geo:Marulan NSW 2579]]
Access: gravel drive, blue gate, park beside son's white Hilux [[VEHICLE|vehicle:CX 44 RT]].
L shin skin tear 6 cm (STAR 2b) from the rose bushes; Mepilex 10x10 applied. Next visit Friday.""",
    """DN visit 11:20. Mrs [[PERSON|name:Ivy Cole]], [[ADDRESS|geo:The Old Forge, High St, Ware SG12 9BX]]. Carer's car [[VEHICLE|vehicle:WK19 FHN]] blocked in by the bin lorry so visit delayed. Catheter change 14Ch silicone, balloon 10 ml, batch 2219-88. Residual 40 ml, urine clear. Ivy growing over the porch step is a slip hazard - reported. Carer [[PERSON|name:Bronagh Doyle]] ([[LOCATION|geo:Hertford Home Care]]).""",
    """Home care visit - client [[PERSON|name:Art Kowalchuk]], [[ADDRESS|geo:Box 118, Snowflake MB R0G 2K0]]
Accessible van (legion donation) VIN [[VEHICLE|vehicle:2T39UDB12PJ763455]], plate [[VEHICLE|vehicle:HMK 219]].
Attends art therapy Thursdays at the [[LOCATION|geo:Pilot Mound]] hall. BP 148/88 sitting, 126/78 standing; BGL 6.8; weight 88.2 kg.
Daughter [[PERSON|name:Charmaine]] [[PHONE|phone:204-825-4471]]""",
    """District nursing - [[LOCATION|geo:Reefton]]. [[PERSON|name:Hemi Brightwater]], NHI [[ID|health_plan:RWU6154]], [[ADDRESS|geo:412 Inangahua Landing Rd, RD 1, Reefton 7895]]. Fell off the quad, GCS 15, small occipital haematoma. Still driving the Subaru [[VEHICLE|vehicle:FGH278]] - advised no driving until CT head reviewed. Wife [[PERSON|name:Moana]] present.""",
    """Shift notes - participant [[PERSON|name:Bodhi Nguyen]], NDIS [[ID|health_plan:430 998 127]]
Picked up from [[LOCATION|geo:Paradise Point]] in company car [[VEHICLE|vehicle:876 QWE]] to [[LOCATION|geo:Southport Aquatic Centre]] for hydro. Seizure 14:12 lasting 90 s, buccal midazolam 5 mg per plan, recovered by 14:30. Mum [[PERSON|name:Summer]] informed on [[PHONE|phone:0455 902 133]].""",
    """HH SN visit [[DATE|date:6/18]]: [[PERSON|name:Earl Whitcombe]], [[ADDRESS|geo:28810 SE Hwy 212, Boring, OR 97009]]. MBI [[ID|health_plan:7QR2-WN4-FJ18]]. O2 concentrator SN [[DEVICE|device:AS099R-40218]] at 2 L. Drinks earl grey all day, fluid intake ~2 L. Visit was anything but boring. Son's pickup [[VEHICLE|vehicle:492 KTR]] in drive; son to pick up refills.""",
    """Safeguarding home visit. [[PERSON|name:Bill]] and [[PERSON|name:Pat Morley]],
[[ADDRESS|geo:Flat 12, Sycamore Court]],
[[ADDRESS|geo:Station Road, March]],
[[ADDRESS|geo:PE15 8NQ]].
Energy bill unpaid, flat cold (14 C). [[PERSON|name:Pat]] has not left the flat since the winter; advised to pat skin dry after washing. SW [[PERSON|name:Tunde Bakare]] [[PHONE|phone:01354 622 180]], case [[ID|other:ASC-2291774]].""",
    """Transport booking [[ID|other:TB-558213]] | Client [[PERSON|name:Mavis Turnbull]] ([[AGE|date:96]]) | Pickup [[ADDRESS|geo:3/44 Normanby Rd, Kew VIC 3101]] | Vehicle [[VEHICLE|vehicle:ZTX-881]] | Appt [[LOCATION|geo:Box Hill Hospital]] eye clinic [[DATE|date:Wed 10 July]] 10:15 | 4WW, step stool, escort granddaughter [[PERSON|name:Willow]]""",
    """Community paramedic check-in: [[PERSON|name:Honor Big Canoe]], [[AGE|other:71]], [[LOCATION|geo:Georgina Island]]. Glucometer [[DEVICE|device:GM4471-0093812]] downloaded: 14-day mean 9.8 mmol/L, three readings <4.0. Ferry runs hourly; son [[PERSON|name:Clayton]] [[PHONE|phone:705-437-1190]] to bring groceries.""",
    """Outreach clinic, [[LOCATION|geo:Banana]]. [[PERSON|name:Jedda Costello]] came in from [[LOCATION|geo:Kianga Station]] in the station ute, rego [[VEHICLE|vehicle:792 ZPL]]. Medicare [[ID|health_plan:3531 47678 3]]. K 3.2 mmol/L on hydrochlorothiazide; advised two bananas a day plus Slow-K 600 mg bd.""",
]

DEVICE_IMAGING_LOG = [
    """(0010,0010) PatientName: [[PERSON|name:GRACE^HOPE]]
(0010,0020) PatientID: [[ID|mrn:RHH00884122]]
(0010,0030) PatientBirthDate: [[DATE|date:19590412]]
(0008,0020) StudyDate: [[DATE|date:20240517]]
(0008,0050) AccessionNumber: [[ID|other:ACC24051700883]]
(0008,0080) InstitutionName: [[LOCATION|geo:Royal Hobart Hospital]]
(0018,1000) DeviceSerialNumber: [[DEVICE|device:88412]]
(0018,0060) KVP: 120
(0018,1151) XRayTubeCurrent: 240
(0018,0050) SliceThickness: 1.25
(0008,1030) StudyDescription: CT BRAIN NON-CON""",
    """[[DATE|date:2024-03-14]] 02:11:09 AUTH OK user=[[ID|other:jnakamura2]] src=[[IP|ip:10.44.18.207]] ws=WS-ED-14 action=VIEW mrn=[[ID|mrn:00917722]]
[[DATE|date:2024-03-14]] 02:14:57 AUTH FAIL src=[[IP|ip:121.44.198.23]] attempts=3
[[DATE|date:2024-03-14]] 02:15:30 PORTAL patient=[[PERSON|name:Faith Okoye]] src=[[IP|ip:2001:8003:1c4a:2d00:5d1e:88ff:fe21:9a0c]] mac=[[DEVICE|device:3C:22:FB:91:0A:4E]] bytes=48213 status=200""",
    """Patient identification: palm-vein enrolment completed. Template [[ID|biometric:PV-7c41e09a-22]] linked to MRN [[ID|mrn:5530129]] ([[PERSON|name:Mark Osei-Bonsu]]). Photo captured: [[ID|photo:osei-bonsu_mark_5530129.jpg]]. Kiosk serial [[DEVICE|device:KS00418-B]]. Wristband reprinted; hand hygiene audit 100%.""",
    """Telehealth session log. Room [[URL|url:https://vc.healthdirect.org.au/call/karri-gp-clinic]]. Patient [[PERSON|name:Jasper Quill]] joined from [[IP|ip:58.96.112.40]]; identity confirmed by voiceprint (match 0.93, voiceprint id [[ID|biometric:VP-2024-00812-F]]). Screenshot of rash saved as [[ID|photo:quill_jasper_rash_20240402.png]]. Clinician Dr [[PERSON|name:Leilani Kahale]].""",
    """CARDIAC DEVICE CLINIC - interrogation
Patient: [[PERSON|name:Rowan Eady]]   UR [[ID|mrn:2214876]]
PPM serial [[DEVICE|device:PJN884217S]]; RA lead [[DEVICE|device:BBL229018V]]
Battery 9.4 y, RA sensing 2.8 mV, RV threshold 0.75 V @ 0.4 ms, impedance 540 ohms, AP 12%, VP 88%
Remote monitor [[DEVICE|device:RNL3021884]]; transmissions at [[URL|url:https://www.medtroniccarelink.net/clinic/pt/RNL3021884]]
Next check [[DATE|date:19 Nov 2024]]""",
    """ADC AUDIT - ward 6 north
User [[PERSON|name:Gracie-Mae Hunter]] RN, fingerprint template [[ID|biometric:FP-0x4471A2C9]]: override oxycodone 5 mg for [[PERSON|name:Sheldon Vance]], bed 22, MRN [[ID|mrn:88014437]]
Witness [[PERSON|name:Tomoko Hayashi]] RN, fingerprint template [[ID|biometric:FP-0x99E10B73]]
Cabinet [[DEVICE|device:OMNI-7742-0913]]; discrepancy count 0""",
    """Clinical photography - wound series
Files: [[ID|photo:IMG_20240611_Tamaki_R_heel_01.jpg]], [[ID|photo:IMG_20240611_Tamaki_R_heel_02.jpg]]
Patient [[PERSON|name:Ana Tamaki]], NHI [[ID|health_plan:VSL3409]]; camera serial [[DEVICE|device:3061452]]
Stored at [[URL|url:https://photos.tewhatuora.internal/ana-tamaki/series/2291]]
Wound 3.4 x 2.2 cm, depth 0.4 cm, 40% granulation.""",
    """Security incident: visitor [[PERSON|name:Dale]] '[[PERSON|name:Dazza]]' [[PERSON|name:Pryor]] flagged by entrance camera (face template [[ID|biometric:FR-TMPL-00471992]]); still saved as [[ID|photo:cctv_ent2_pryor_d.jpg]]. Vehicle left in the ambulance bay: [[VEHICLE|vehicle:CZ 18 KP]]. Police event [[ID|other:E88412033]].""",
    """Pump download - [[PERSON|name:Summer-Rain Pillay]] ([[AGE|other:15]])
Pump SN [[DEVICE|device:NG1784402H]] | CGM transmitter [[DEVICE|device:8GK4T2]]
Uploaded from [[IP|ip:49.180.22.114]] via [[URL|url:https://carelink.minimed.eu/patient/spillay2009]]
TIR 62%, TBR 3%, GMI 7.4%, TDD 48 U, ICR 1:10, ISF 2.5
Parent: [[EMAIL|email:devi.pillay@optusnet.com.au]]""",
    """Study visit - participant [[ID|other:DIAB-RX-0419]] at [[LOCATION|geo:Westmead]]. Iris template [[ID|biometric:IRIS-5d2f-9a01]]. Retinal photos [[ID|photo:DIAB-RX-0419_OD_20240807.tif]] and [[ID|photo:DIAB-RX-0419_OS_20240807.tif]], camera [[DEVICE|device:TRC-NW8-1147702]]. DR grade R1 M0 both eyes; VA 6/9 R, 6/12 L. eCRF [[URL|url:https://redcap.wmi-research.org/surveys/?s=K8T4MWRJ]] submitted from [[IP|ip:172.16.40.12]].""",
]

DISCHARGE_SUMMARY = [
    """DISCHARGE SUMMARY
[[PERSON|name:Hope Iannucci]] | UR [[ID|mrn:409 2281]] | Adm [[DATE|date:02/05/24]] | D/C [[DATE|date:09/05/24]]
Dx: NSTEMI. hs-TnI 48 -> 1,240 ng/L. LAD 90% stenosis, DES 3.0 x 28 mm (lot 2406118). LVEF 45%.
Meds: aspirin 100 mg, ticagrelor 90 mg bd for 12/12, atorvastatin 80 mg, bisoprolol 2.5 mg, ramipril 2.5 mg.
Results: QTc 438 ms, K 4.4, Mg 0.82, LDL 3.1, Hb 131, plt 244, INR 1.0.
Follow-up: cardiology OPD 6/52; cardiac rehab referral sent.""",
    """Discharge letter - [[LOCATION|geo:Salisbury District Hospital]]
Mr [[PERSON|name:Bill Drinkwater]], [[AGE|other:82]], NHS [[ID|health_plan:995 056 3933]]
Urosepsis: E. coli in 2/2 blood culture sets; CRP 288 -> 41; lactate 4.1 -> 1.2; creatinine 164 -> 98 umol/L.
TTO: co-amoxiclav 625 mg tds to complete 14/7. Catheter 16Ch, TWOC in 2/52.
Discharged to [[LOCATION|geo:Fisherton Manor Care Home]]; a clean bill of health is not expected for some weeks.""",
    """DISCHARGE SUMMARY - [[LOCATION|geo:Kingston General Hospital]]
Name: [[PERSON|name:PRICE, Grace]]   MRN [[ID|mrn:K1129904]]
Admitted [[DATE|date:March 3, 2024]]; lap cholecystectomy on day 6; discharged [[DATE|date:March 11, 2024]].
Acute gallstone pancreatitis, lipase 3,480 U/L, BISAP 1. The price of enoxaparin was covered by ODB.
Follow-up: Dr [[PERSON|name:Isaac Mensah]] in 4-6 weeks.""",
    """Discharge Summary
Patient: [[PERSON|name:Carol Singer]]   DOB [[DATE|date:08/19/1950]]   MRN [[ID|mrn:20049817]]
[[AGE|other:73]] F, retired church choir singer, admitted with SIADH: Na 118 -> 134 mmol/L, serum osm 262, urine osm 410. Fluid restriction 1.2 L/day, recheck BMP in 72 h.
Home health to [[ADDRESS|geo:402 E Main St, Urbana, IL 61801]]""",
    """Discharge summary - [[LOCATION|geo:Waikato Hospital]]
[[PERSON|name:Ngaio Te Whata]] NHI [[ID|health_plan:WXT5171]]
CAP, CURB-65 2: IV ceftriaxone 2 g daily x 3 then amoxicillin 1 g tds x 4 days. CRP 212 -> 38. SpO2 95% RA.
Discharged home to [[LOCATION|geo:Cambridge]]. GP: [[LOCATION|geo:Leamington Medical Centre]].""",
    """PAEDIATRIC DISCHARGE - [[LOCATION|geo:Women's and Children's Hospital]]
[[PERSON|name:Maverick Sione]] ([[AGE|other:4]]), IHI [[ID|health_plan:8003608346991953]], mum [[PERSON|name:Lupe]], [[ADDRESS|geo:15 Jasmine Cres, Hope Valley SA 5090]]
Croup: Westley score 5 -> 1 after dexamethasone 0.6 mg/kg (9.6 mg). Weight 16 kg. May return to [[LOCATION|geo:Hope Valley Kindergarten]] after 48 h.""",
    """Endoscopy discharge - [[PERSON|name:Dawn Whitlock]], hospital no [[ID|mrn:D0471288]]
Colonoscopy: 3 polyps (8 mm, 5 mm, 4 mm) removed, histology specimen [[ID|other:H24-118830]]. BBPS 8/9, withdrawal 11 min, caecal intubation confirmed.
NOK [[PERSON|name:Raymond Whitlock]] [[PHONE|phone:07452 883 190]]""",
    """Discharge - [[LOCATION|geo:Mildura Base Public Hospital]]
[[PERSON|name:Hunter McGrath]], [[AGE|other:33]], crush injury R hand at work ([[LOCATION|geo:Wentworth packing shed]]). WorkSafe claim [[ID|other:22910448]]. Medicare [[ID|health_plan:2392 48374 2]].
X-ray: 3rd and 4th metacarpal shaft fractures; ORIF 2.0 mm plates (lot 7H22941). Hand therapy in 5/7.""",
    """Sommaire de congé - [[LOCATION|geo:Hôpital de Gaspé]]
Patient: [[PERSON|name:Réjean Lebel]] | RAMQ [[ID|health_plan:LEBR 5808 1214]] | Né le [[DATE|date:12 août 1958]]
Dx: FA rapide, CHA2DS2-VASc 3, apixaban 5 mg BID. TSH 2.1. Suivi: Dr [[PERSON|name:Isabelle Roy]], [[LOCATION|geo:GMF de Gaspé]]""",
    """Oncology discharge - [[PERSON|name:Will Oyelowo]], MRN [[ID|mrn:3309 1842]]
Admitted with febrile neutropenia (ANC 0.3), cultures negative. Will complete cycle 4 of FOLFOX on [[DATE|date:7/22]] if ANC > 1.5. CEA 14.2 -> 6.1 ng/mL.
Port serial [[DEVICE|device:PAC-8841207]]. Wife [[PERSON|name:Grace]] will give the filgrastim 300 mcg SC daily x 5.""",
]

PORTAL_SMS_MESSAGE = [
    """Portal message from [[ID|other:hopek1987]]:
hi Dr [[PERSON|name:Nair]] its [[PERSON|name:Hope Kearney]], my new mobile is [[PHONE|phone:04l2 883 019]] and can u send the referal letter to [[EMAIL|email:hope.kearney87@gmail,com]] before my appt on [[DATE|date:the 14th]]. i hope thats ok""",
    """SMS IN from [[PHONE|phone:+44 7911 204 883]] 18:42: hiya its [[PERSON|name:rose]], [[PERSON|name:mark]]s wife. [[PERSON|name:mark]] fell again in the bath, hes ok but can u send the nurse. were at [[ADDRESS|geo:22 kings rd rg1 3du]] now not [[LOCATION|geo:bath]] anymore lol
SMS OUT 18:50: Thanks [[PERSON|name:Rose]], the DN team will call you tonight. Ref [[ID|other:DN-44821]]""",
    """Subject: Re: results
From: [[PERSON|name:Faith Adebayo-Lindqvist]] <[[EMAIL|email:faith.al@outlook.com]]>
I uploaded the photo of my rash here: [[URL|url:https://portal.sunshinecoasthealth.com.au/u/fadebayo/uploads/rash1.jpg]] - is it shingles? Medicare [[ID|health_plan:3848 68308 4]].
[portal metadata: login [[IP|ip:101.180.77.213]] 21:04]""",
    """Booking confirmed: [[PERSON|name:Summer Nakagawa]] with Dr [[PERSON|name:Ravi Sethi]] at [[LOCATION|geo:Eden Hills Family Practice]], [[DATE|date:Tue 3 Sep]] 4:15pm. Manage or cancel: [[URL|url:https://www.hotdoc.com.au/bookings/manage/8X2KQ7]] (ref [[ID|other:HD-8X2KQ7]]). Questions: [[EMAIL|email:reception@edenhillsfp.com.au]]""",
    """Hi [[PERSON|name:Frankie]], your video consult with Dr [[PERSON|name:Ingrid Halvorsen]] starts at 2:30. Join here: [[URL|url:https://doxy.me/drhalvorsen]] or Zoom meeting ID [[ID|other:884 2219 0473]]. Please have your BP readings ready (last week 142/88, 138/84).""",
    """Message (dictated on phone): hi this is [[PERSON|name:grace o'sullivan]] date of birth [[DATE|date:the 3rd of the 7th 61]] my email is [[EMAIL|email:grace dot osullivan at icloud dot com]] i need a repeat of my metformin 1000 and the rosuvastatin 10 sent to [[LOCATION|geo:chemist warehouse sale]] thanks""",
    """Security alert sent to [[EMAIL|email:w.tanaka@protonmail.com]]: new sign-in to My Health portal account [[ID|other:wtanaka_77]] ([[PERSON|name:Wataru Tanaka]]) from [[IP|ip:2403:5800:9100:4e2a:11c4:7bff:fe08:aa31]], approx. location [[LOCATION|geo:Hobart]]. If this wasn't you, reset your password.""",
    """hi nurse my sugars r 14.2 15.8 11 this wk n bp 150/95 my medicare no is [[ID|health_plan:2401764511]] and the new pump serial on the box [[DEVICE|device:NG2290418K]] wont pair with the app ph me [[PHONE|phone:0423881907]] thx [[PERSON|name:Joy]]""",
    """From: [[PERSON|name:Justice Moreau]]
my SIN for the disabilty form is [[ID|ssn:429 725 583]] and my addres is [[ADDRESS|geo:401-1180 Bute St, Vancouver BC V6E 1H7]]. can you fax it to my lawyer [[PERSON|name:Harold Fink]] at [[PHONE|fax:604 688 4410]]? justice delayed is justice denied lol""",
    """App event log: FaceID unlock OK; face template [[ID|biometric:FT-A8C3-1192-E7]] for user [[ID|other:pcho_88]] ([[PERSON|name:Patricia Cho]]); steps 4,312; resting HR 64; HRV 38 ms; watch [[DEVICE|device:F2LXK9Q1HG7J]]; sync from [[IP|ip:144.139.22.81]]; profile photo [[ID|photo:patricia_cho_profile.png]]; voice sample [[ID|biometric:VS-99120-CHO]]""",
]


def main() -> None:
    n = write_styled(
        OUT,
        [
            ("voice-dictation", VOICE_DICTATION),
            ("nursing-shorthand", NURSING_SHORTHAND),
            ("ocr-fax-referral", OCR_FAX_REFERRAL),
            ("gp-specialist-letter", GP_SPECIALIST_LETTER),
            ("triage-registration-form", TRIAGE_REGISTRATION_FORM),
            ("billing-pharmacy", BILLING_PHARMACY),
            ("community-home-visit", COMMUNITY_HOME_VISIT),
            ("device-imaging-log", DEVICE_IMAGING_LOG),
            ("discharge-summary", DISCHARGE_SUMMARY),
            ("portal-sms-message", PORTAL_SMS_MESSAGE),
        ],
    )
    print(f"probe62: {n} docs")


if __name__ == "__main__":
    main()
