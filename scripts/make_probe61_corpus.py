"""Write the 61st hand-annotated redaction probe, 100 notes of red-team clinical text.

Why: a red team wrote these notes to sneak identifiers past an automatic de-identifier. The
identifiers are real-format but disguised: lower-cased, glued to labels, re-spaced or split over
a line break, dictated in words, wrapped in quotes, brackets, URLs and file names, hidden behind
nicknames and aliases, written as word dates and word ages, cued by unusual words, or packed into
tables, CSV, JSON, HL7 and log lines. Every note still reads like a real record and carries
look-alikes that must survive (doses, lab values, scores, lot numbers, bed numbers, times, money,
MBS/CPT codes, eponyms, expiry dates, dictation refs, key-safe codes). The probe measures recall
on disguised identifiers and precision on the clinical text around them.

What: ten styles of ten notes each: lowercase-prose, glued-labels, reformatted-split, spelled-out,
wrapped-quoted, nicknames-aliases, word-partial-dates, ages-over-89, unusual-cues,
structured-records. Notes are set in Australia, the US, the UK, New Zealand and Canada (some in
Quebec French). All people are invented. Every identifier is marked inline as
[[LABEL|category:value]]. Conventions: titles (Dr, Mr, Mrs, Sister, Aunty, Uncle, Kuia, Mother,
Senior Constable) stay outside name spans; "SURNAME, Given" and HL7/DICOM "SURNAME^Given" are one
span; a given name, a nickname, an alias, a maiden name and a spelled-out surname (O-K-A-F-O-R)
are each their own span; kinship words (Nan, Koro, Mum) and staff initials are not marked; a full
street address is one ADDRESS span, and an address split over lines gets one ADDRESS span per
line; towns, suburbs, named hospitals, clinics, practices, schools, employer sites and
stand-alone postcodes are LOCATION; states, provinces, countries, national agencies and public
helplines are not marked; dates more specific than a year are DATE (a weekday with its date is
one span; month/year, day/month, masked-day dates, roman-numeral months, holidays with a year and
log/HL7/DICOM timestamps count; a weekday alone, durations like 3/7 or 6/52 and product expiry
dates do not); a year alone is marked only as a date of birth; ages over 89 (digits or words,
ordinals like "ninety-first", anyone's) are AGE|date and the note patient's younger age is
AGE|other; gestations are not ages; dictated identifiers are one span covering the words; an
identifier split over a line break gets one span per line; the Medicare IRN after "/" stays
outside; phone extensions stay outside; Medicare, IHI, NHS, CHI, NHI, DVA, NDIS, OHIP, RAMQ, BC
PHN, MBI, Medicaid and insurer numbers are health_plan; SSN, SIN, TFN and NI numbers are ssn;
UR, URN, MRN, hospital and chart numbers are mrn; NPI, DEA, AHPRA-style provider, prescriber,
GMC, college, JP and driver licence numbers are license; billing accounts, invoices, BSBs and
IBANs are account; plates, VINs and boat index numbers are vehicle; device serials and MAC
addresses are device; palm-vein, voice, face and fingerprint template ids are biometric; image
file names carrying a name or an id are photo; usernames, handles, claim, case, docket, order,
specimen, accession, retrieval, MARAC, script/rx, meeting, badge, concession CRN, alarm client,
passport, permit, police, RCMP and corrections numbers are other; practice email addresses are
marked like personal ones; practice- or patient-specific URLs are url, generic public URLs are not. Check-digit
identifiers (Medicare, IHI, TFN, NHS, CHI, NHI, NPI, DEA, SIN, OHIP, BC PHN, VIN, IBAN, AU
provider numbers) pass their checksums.

How: cd /work/main && .venv/bin/python scripts/make_probe61_corpus.py (writes corpus/redaction/probe61.jsonl).
"""

from pathlib import Path

from make_safe_harbor_suite import write_styled

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "corpus" / "redaction" / "probe61.jsonl"

STYLE_A = [
    """nsg progress note 0700-1530. pt [[PERSON|name:harriet okoye-blanchard]] ([[AGE|other:67]]) settled overnight, slept approx 5 hrs. daughter visited from [[LOCATION|geo:wagga wagga]] and asked that all calls go to her mob [[PHONE|phone:0437 215 908]], not the home landline. pt lives alone at [[ADDRESS|geo:14 quiros st red hill act 2603]], 3 steps at front, no rails. medicare [[ID|health_plan:5456 22101 3]]/2 sighted and updated. obs: bp 142/88, hr 76, rr 18, spo2 96% ra, t 36.9. bgl 7.4. panadol 1 g qid, endone 5 mg prn x1 at 0300 for l hip pain 6/10. morse falls 45. plan: physio r/v re 4ww, ot home visit booked for [[DATE|date:thursday 14 march]]. - rn kj""",
    """ed triage. [[AGE|other:58]] yo m, [[PERSON|name:gerald mcfadden]], bib wife from home at [[ADDRESS|geo:2217 n pennsylvania st, indianapolis in 46205]]. c/o chest tightness x 2 hrs radiating to l arm, diaphoretic in the car. hx cabg 2016, dm2 on metformin 1000 mg bid, eliquis 5 mg bid. pcp is dr [[PERSON|name:anand subramaniam]] at [[LOCATION|geo:eskenazi health]]. ssn [[ID|ssn:412-58-3367]] and mrn [[ID|mrn:e00488213]] verified w/ pt. wife's cell [[PHONE|phone:(317) 924-6618]]. trop 0.04, ekg nsr w lvh, no st changes. heart score 5, esi 2. to room 14 bed b, cards paged x2. asa 324 mg chewed at 1412.""",
    """dear dr [[PERSON|name:whitcombe]],

re: [[PERSON|name:callum fraser-doyle]], dob [[DATE|date:03/06/1961]], nhs no [[ID|health_plan:656 708 9318]]
[[ADDRESS|geo:41 ladywell road, london se13 7uw]]

thank you for seeing this [[AGE|other:62]] year old joiner, who works for a builders merchant in [[LOCATION|geo:catford]]. he has had three episodes of painless visible haematuria since [[DATE|date:the 2nd of january]]. psa 6.2, egfr 71, hb 138, urine dip blood 3+. he takes ramipril 5 mg and atorvastatin 20 mg; ex-smoker, 30 pack years. i have made an urgent 2ww referral to urology at [[LOCATION|geo:university hospital lewisham]]. his wife is happy to be contacted on [[PHONE|phone:07700 918 442]].

kind regards,
dr [[PERSON|name:s. adeyemi-clarke]] (gmc [[ID|license:7041562]])""",
    """community mental health key worker note. home visit to [[PERSON|name:tama whaanga]] ([[AGE|other:34]]) at his flat, [[ADDRESS|geo:3/27 bond street, te awamutu 3800]]. nhi [[ID|health_plan:fxd5642]]. sister present for part of the visit. olanzapine 10 mg nocte, lithium 400 mg bd, level 0.7 mmol/l on [[DATE|date:9 oct]]. he has been picking kiwifruit out at [[LOCATION|geo:te puke]] and staying with mates during the week. his car, a silver corolla, plate [[VEHICLE|vehicle:mzt418]], is parked on the berm with no wof; agreed he won't drive until reviewed. k10 score 28, no current si. next review with dr [[PERSON|name:iosefa]] at [[LOCATION|geo:waikato hospital]] in 2/52. healthline 0800 611 116 given.""",
    """pt [[PERSON|name:genevieve tremblay-okafor]], [[AGE|other:45]]f, ohip [[ID|health_plan:8283-545-070]], sin [[ID|ssn:283 730 752]] (needed for the wsib form 8). lives in [[LOCATION|geo:kanata]], works nights as a psw at the [[LOCATION|geo:queensway carleton hospital]]. l shoulder strain lifting a pt on night shift, painful arc 70-120 deg, empty can test +. wsib claim [[ID|other:30448172]]. naproxen 500 mg bid x 10/7, modified duties x 2/52. family doc fax [[PHONE|fax:613-729-4410]]. bp 128/84, bmi 27.""",
    """veteran [[PERSON|name:des hartigan]], dva gold card [[ID|health_plan:nx184422]]. tfn [[ID|ssn:894 182 991]] was written on the centrelink form he brought in; advised not needed for our records. lives at [[ADDRESS|geo:7 kookaburra close, bli bli qld 4560]] with his wife. rsl advocate [[PERSON|name:bruce tamblyn]] rang from [[LOCATION|geo:maroochydore]] on [[PHONE|phone:07 5443 2871]] re the tpi claim. service hx vietnam 1969-70. pcl-5 52, prazosin 1 mg nocte, sertraline 100 mg mane. sleep study at [[LOCATION|geo:sunshine coast university hospital]] on [[DATE|date:02/05]]. dass-21 depression 24.""",
    """sw note. [[PERSON|name:luz maria esquivel]] ([[AGE|other:71]]) has been sleeping in her car since the eviction: a 2009 honda odyssey, ca plate [[VEHICLE|vehicle:8kfr217]], vin [[VEHICLE|vehicle:5fnrl38469b041772]] per the dmv paperwork she carries. parks overnight in [[LOCATION|geo:rialto]] near the freeway. medi-cal id [[ID|health_plan:90412385a]]. niece [[PERSON|name:yesenia]] may be able to take her; niece's cell [[PHONE|phone:909-823-4471]]. a1c 8.2, l heel ulcer stage 2, braden 15. referred to calfresh and county hhs. will f/u in 3 days.""",
    """pharmacy call log. dr [[PERSON|name:oyelaran]] called re the script for [[PERSON|name:brent voss]], dob [[DATE|date:11/23/1974]]: oxycodone 10 mg q6h prn, #60, no refills. pdmp checked, last fill 28 days ago. prescriber npi [[ID|license:2322336951]], dea [[ID|license:bo2208571]]. filled at [[LOCATION|geo:hilltop family pharmacy]], rx [[ID|other:6622019]]. office callback [[PHONE|phone:614-871-3309]], fax [[PHONE|fax:614-871-3390]]. pt showed ohio driver license [[ID|license:rk448120]] at pickup. naloxone 4 mg nasal offered, declined. mme 60/day.""",
    """telehealth note. video visit with [[PERSON|name:ingrid solberg]] via the room link [[URL|url:https://telehealth.lakeshorefamilymed.com/room/solberg-i]]. call dropped twice; it flagged her connection from [[IP|ip:98.207.14.162]] as a vpn exit outside the us. she confirms she is at home in [[LOCATION|geo:duluth]]. backup zoom meeting id [[ID|other:884 2210 9931]]. mood 4/10, phq-9 17, gad-7 12, no si. sertraline increased 100 to 150 mg. next appt [[DATE|date:april 22]] at 10:30. summary emailed to [[EMAIL|email:isolberg58@hotmail.com]] at her request.""",
    """cardiac device clinic. [[PERSON|name:ahmed el-sayed]] ([[AGE|other:77]]) seen for ppm check. medtronic azure xt dr mri, serial [[DEVICE|device:pzc601873s]]. leads 5076-52 cm, lot 2231a. battery 9.5 yrs, ra threshold 0.75 v @ 0.4 ms, rv 1.0 v @ 0.4 ms, rv pacing 38%. home monitor serial [[DEVICE|device:cmh2044817]] not transmitting since the move. now lives in [[LOCATION|geo:bankstown]]; son drives him in, [[PHONE|phone:0412 771 590]]. next remote download [[DATE|date:15 july]]. ur [[ID|mrn:2210457]].""",
]

STYLE_B = [
    """ADMIT NOTE ward6B
Pt:[[PERSON|name:NGUYEN,ThiHoa]] DOB:[[DATE|date:04/09/1952]] UR:[[ID|mrn:0733184]] Medicare:[[ID|health_plan:5791324503]]/1
NOK:[[PERSON|name:TranVanMinh]](husband) Ph:[[PHONE|phone:0298711402]]
Addr:[[ADDRESS|geo:22 Argyle St,Cabramatta,NSW,2166]]
GP:Dr[[PERSON|name:Halabi]]@[[LOCATION|geo:CanleyHeightsMedical]]
Dx:CAP RLL,CURB-65=2. Abx:ceftriaxone1g+azithro500mg. Na134 K3.9 Cr88 CRP142. SpO2 93%RA->97%2LNP. Interpreter(Vietnamese)booked via TIS. Bed12 window side.""",
    """Pt seen w/ daughter.Name:[[PERSON|name:Obadiah Pruitt]]DOB[[DATE|date:1939-02-14]]MRN[[ID|mrn:AX7731204]]SSN[[ID|ssn:231-70-5518]]
Ins:Medicare[[ID|health_plan:3HW7QA2RK61]]Sec:AARP suppl.
Dtr[[PERSON|name:Lorraine]]cell[[PHONE|phone:4048827150]]
Home:[[ADDRESS|geo:518 Ponce De Leon Ave NE Apt 4,Atlanta GA 30308]]
Dx:CHF exac,NYHA III.BNP1240,EF30%.Lasix40IV bid,K4.1,Cr1.6.Wt92.4kg(dry 88).2gNa diet.""",
    """REFERRAL--NHSNo:[[ID|health_plan:8459048705]]HospNo:[[ID|mrn:RJ1448210]]
Patient:Mrs[[PERSON|name:Aoife Brennan-Kaur]] Address:[[ADDRESS|geo:Flat 9,Harbour Court,Portishead,BS20 7DF]]
GP:Dr.[[PERSON|name:Mehta]] Practice:[[LOCATION|geo:Clevedon Road Surgery]] Tel:[[PHONE|phone:01275843119]]Fax:[[PHONE|fax:01275843120]]
Reason:?TIA--L arm weakness 20min,resolved.ABCD2=4.BP168/92.Aspirin300mg stat,atorva80mg.ECG ?AF->24h Holter.DVLA advice given.""",
    """DISPENSE LOG
Pt->[[PERSON|name:KARAGIANNIS Stavroula]] DVA#[[ID|health_plan:VX218814]] Script#[[ID|other:448812]]
Prescriber:Dr[[PERSON|name:L.Fonoti]] PrescriberNo.[[ID|license:2440186]] Ph[[PHONE|phone:0395281177]]
Deliv.to[[ADDRESS|geo:3/118 Glen Huntly Rd,Elsternwick 3185]]
Item:Xarelto20mg #28 rpt5,Batch BX24417 Exp09/2026.PBS item 10316T.Webster pak weekly.CMI given.""",
    """Spoke to son[[PERSON|name:Rajesh]](mob[[PHONE|phone:+61438992017]])re d/c plan;he wants results emailed to[[EMAIL|email:rajesh.iyer.bne@outlook.com]]not posted. Pt[[PERSON|name:Lakshmi Iyer]] aged[[AGE|other:83]] lives[[LOCATION|geo:SunnybankHills]] w/ son. IHI[[ID|health_plan:8003604794389055]]. HbA1c7.8%,eGFR41,on gliclazideMR60mg,Jardiance10mg. Planned d/c[[DATE|date:Fri22/11]]am.""",
    """OP NOTE--Surgeon:[[PERSON|name:Matthias Oberholzer]],MD NPI[[ID|license:2652904899]] Assist:[[PERSON|name:K.Wojcik]],PA-C
Pt:[[PERSON|name:DELACROIX,Yvette]] MRN#[[ID|mrn:00917735]]
Proc:R TKA(CPT27447),cemented.Femoral comp SN[[DEVICE|device:ZB51770214]] tibial tray SN[[DEVICE|device:ZB51770388]] poly insert 10mm lot3318871.
EBL200mL,TXA1g,tourniquet68min.Implant card mailed to[[ADDRESS|geo:1024 Dauphine St,New Orleans,LA70116]].""",
    """ACC45 lodged,claim#[[ID|other:10048832615]]
Patient:[[PERSON|name:Hemi Rāwiri]] NHI:[[ID|health_plan:PRB1940]] DOB:[[DATE|date:17.08.1990]]
Employer:[[LOCATION|geo:Alliance Lorneville plant]]
Injury:L hand lac from boning knife,FDP/FDS intact,6x4-0 nylon,ADT given.Unfit for work 10/7.
GP:Dr[[PERSON|name:Ngaire Holloway]]@[[LOCATION|geo:InvercargillMedicalCentre]]Ph[[PHONE|phone:032187745]]""",
    """MVA--driver[[PERSON|name:Brodie Castellano]]([[AGE|other:19]]M),P2 lic NSW#[[ID|license:17550382]],veh rego[[VEHICLE|vehicle:EXH47Q]].Police event#[[ID|other:E81120554]].Scene:rural rd nr[[LOCATION|geo:SapphireBeach]].GCS15,HR112,BP104/60,RR22,pain8/10 L chest,seatbelt sign.FAST neg.2x14G IVC,fentanyl50mcg IN.Mum[[PERSON|name:Tegan]]notified ph[[PHONE|phone:0466128803]].""",
    """BILLING--Pt[[PERSON|name:Mai Pham]] Acct#[[ID|account:77042219]] Guarantor:[[PERSON|name:PHAM Quoc Bao]](father)
Refund->BSB[[ID|account:062-914]]Acc[[ID|account:10448271]] Inv[[ID|account:INV2024-88173]] amt$412.50(MBS 23+11700,gap$96.15)
Fund:Bupa#[[ID|health_plan:9217403388]] email[[EMAIL|email:bao.pham77@gmail.com]]""",
    """SLEEP STUDY F/U--Pt:[[PERSON|name:Okonjo-Mills,Tobias]] URN[[ID|mrn:M1190443]] DOB[[DATE|date:30Jun1968]]
Home[[LOCATION|geo:Joondalup]] Ph[[PHONE|phone:0893814462]] Cloud upload src IP[[IP|ip:124.171.38.90]]
CPAP ResMed AirSense11 SN[[DEVICE|device:23231728491]] modem MAC[[DEVICE|device:00:1B:63:84:45:E6]]
Enrolled palm-vein ID at rego,template[[ID|biometric:PV7Q2K0918]]
AHI38->4.2 on APAP,95th%ile 9.6cmH2O.Mask F30 med.ESS14->6.Usage 6h41m/night,leak12L/min.""",
]

STYLE_C = [
    """Pt [[PERSON|name:Siobhan Mulcahy]] re-registered at the front desk. Medicare card keyed as [[ID|health_plan:68 0914 5541]] /3 (spaces in the wrong places). Mobile [[PHONE|phone:04.18.33.29.01]]. Address carried over from the old file:
[[ADDRESS|geo:Unit 12, 40-44 Marine Pde]]
[[ADDRESS|geo:St Kilda VIC 3182]]
DOB [[DATE|date:19.11.1983]]. GPMP review (MBS 721), BMI 31.2, BP 131/79, HbA1c 6.1. Next appt [[DATE|date:2024.06.07]] 09.40.""",
    """Intake form (faxed in, retyped by HIM):
Name [[PERSON|name:Reginald Oduya]]  SSN [[ID|ssn:524819036]]  DOB [[DATE|date:07 04 1957]]
Phone [[PHONE|phone:608.257.3391]]  Fax (cardiology) [[PHONE|fax:608 263 0095]]
Address [[ADDRESS|geo:1402 Williamson St Madison WI 53703]]
Member ID [[ID|health_plan:W 2281 9940 3]]  Group 004821
A1c 7.1  LDL 88  TSH 2.4  Wt 104 kg""",
    """Discharge summary (copied from EPR, line wraps kept)
Patient: [[PERSON|name:Gwendolyn Ashby-Price]]   NHS No: [[ID|health_plan:352 843]]
[[ID|health_plan:4635]]   Hosp No: [[ID|mrn:K 0 4 4 7 1 9]]
Admitted [[DATE|date:12 . 02 . 24]]  Discharged [[DATE|date:19 . 02 . 24]]
Dx: NSTEMI. PCI to mid LAD, DES 3.0 x 28 mm. Peak troponin 4,812 ng/L. Echo EF 45%.
GP: Dr [[PERSON|name:Farquharson]], [[LOCATION|geo:Horsforth Medical Practice]], tel [[PHONE|phone:0113 258]]
[[PHONE|phone:6610]]. Ticagrelor 90 mg bd for 12/12.""",
    """Referral received. Pt [[PERSON|name:Kiri Pomare-Hughes]], lives [[LOCATION|geo:Bondi Junction]]. IHI [[ID|health_plan:800 360 2750 739 974]]. Ph [[PHONE|phone:(02)93871164]]. Email (as scanned) [[EMAIL|email:kiri.pomare @ bigpond . com]]. Referring GP Dr [[PERSON|name:Yusuf Demir]], prov no [[ID|license:427476 0L]]. Reason: ?endometriosis, CA-125 41, US pelvis 3.2 cm L endometrioma. G2P1.""",
    """CPP-D medical report completed for [[PERSON|name:Marc-André Desrosiers]].
SIN [[ID|ssn:391 34 0213]] (as written by pt)  DOB [[DATE|date:1962-03-14]]
RAMQ [[ID|health_plan:DESM62031418]]  tel [[PHONE|phone:8197710452]]
Lives in [[LOCATION|geo:Gatineau]], postal code [[LOCATION|geo:J8Y3R9]].
COPD GOLD 3: FEV1 48% pred, FEV1/FVC 0.52, 6MWT 310 m, on tiotropium 2.5 mcg 2 puffs die.""",
    """Home health visit. Pt [[PERSON|name:Bernadette Kowalczyk]] lives at
[[ADDRESS|geo:4471 W. Addison]]
[[ADDRESS|geo:St., Chicago IL]]
[[ADDRESS|geo:60641]]; rear entrance, 2nd floor. Son [[PERSON|name:Teodor]] parks his van in the alley (IL plate [[VEHICLE|vehicle:Z 39 4417]]), please don't block it. Medicaid [[ID|health_plan:44 192 2837]]. L shin wound 3.2 x 1.8 cm granulating, Braden 17, INR 2.6 on warfarin 5 mg.""",
    """Psych report: [[PERSON|name:Connor Blackwood-Teague]], DVA file [[ID|health_plan:QSM 44102]], TFN [[ID|ssn:457.284.180]] (pt wrote it on the intake form). Lives out past [[LOCATION|geo:Mount Isa]] on a station; drives a white Hilux, rego [[VEHICLE|vehicle:720rkq]]. Mobile [[PHONE|phone:0 4 2 9 1 8 8 3 7 5]]. PCL-5 61, DASS-21 depression 28, AUDIT 19. Seen under provider no. [[ID|license:322641 5A]].""",
    """Travel insurance claim: [[PERSON|name:Rupert Vanstone]], UK visitor, passport [[ID|other:533481927]]. Admitted [[LOCATION|geo:Cairns Hospital]] [[DATE|date:3-1-2024]] with R leg cellulitis after a reef walk: CRP 88, WCC 14.1, flucloxacillin 2 g IV q6h. Policy [[ID|health_plan:TRV.0092.44817]]. Refund to IBAN [[ID|account:gb07 nwbk 6016 1339 7598 68]]. Home address
[[ADDRESS|geo:The Old Rectory, Church Lane]],
[[ADDRESS|geo:Little Snoring, NR21 0JW]]""",
    """IT ticket copied to chart: portal lockout for [[PERSON|name:Ximena Albarrán]] (MRN [[ID|mrn:000 448 21]]). Failed logins from [[IP|ip:203.045.118.022]] and [[IP|ip:2406:3400:21a:ce10::4f]]. Username [[ID|other:X.ALBARRAN84]]. Reset link sent: [[URL|url:hxxps://myhealth.northshoreclinic.com.au/reset?u=ALB8841]]. Clinical impact: nil, results released 48 h late.""",
    """Diabetes clinic pump download. [[PERSON|name:Elodie Marchetti]], [[AGE|other:16]]. t:slim X2 SN [[DEVICE|device:1 094 772]], Dexcom G6 transmitter [[DEVICE|device:8G K4 P2]], meter SN [[DEVICE|device:CNT7702 4431]]. TIR 62%, TBR 3%, GMI 7.4%, basal 14.2 U/day, ICR 1:10, ISF 2.5. Mum [[PERSON|name:Francesca]] on [[PHONE|phone:+64 21 044 8127]]. Letter to the school nurse at [[LOCATION|geo:Rangitoto College]] re hypo plan. Injection-site photo saved as [[ID|photo:IMG 2024 03 11 marchetti site.jpg]].""",
]

STYLE_D = [
    """Dictation, transcribed verbatim: patient is [[PERSON|name:Winifred Okafor]], that's [[PERSON|name:O-K-A-F-O-R]], mobile [[PHONE|phone:oh four one nine, two two six, eight three oh]], Medicare number [[ID|health_plan:six seven two five, two eight five one six, three]], reference number two. She lives in [[LOCATION|geo:Toowoomba]]. I saw her on [[DATE|date:Tuesday the twenty-first of May]]. Full stop. She's on metformin five hundred twice daily and her blood pressure was one forty over ninety. New paragraph. Review in two weeks with fasting bloods.""",
    """Dictated H&P: patient [[PERSON|name:Cornelius Abernathy]], date of birth [[DATE|date:September ninth, nineteen forty-eight]], social [[ID|ssn:five four one, dash, two two, dash, eight oh seven three]]. Lives at [[ADDRESS|geo:twelve eighteen Magnolia Drive, Tallahassee, Florida, three two three oh one]]. Referred by Dr. [[PERSON|name:Pham]] at [[LOCATION|geo:Tallahassee Memorial]]. Hemoglobin eleven point two, creatinine one point four, potassium five point one. Callback number [[PHONE|phone:eight five oh, three eight four, two two nine one]]. Period.""",
    """Voicemail transcript (auto): "hi it's [[PERSON|name:Bronwyn]] calling about my dad [[PERSON|name:Alistair McKenzie]], he's in bed twelve on four B. could you email his discharge letter to [[EMAIL|email:bronwyn dot mckenzie seventy one at gmail dot com]], or ring me on [[PHONE|phone:zero four zero three, nine one one, seven six two]]. his date of birth is [[DATE|date:the fourth of the eleventh, thirty-eight]]. he's at [[ADDRESS|geo:nineteen Wattle Street, Orange]], I'm driving over from [[LOCATION|geo:Bathurst]] tomorrow. thanks, bye." (0:42)""",
    """Phone triage: caller read the hospital number off the wristband as [[ID|mrn:romeo tango hotel, four four one, two zero nine]]. Patient [[PERSON|name:Fenella Drummond]], spelled [[PERSON|name:D-R-U-M-M-O-N-D]]. NHS number given as [[ID|health_plan:nine three one, oh eight oh, eight eight six one]]. Lives in [[LOCATION|geo:Kendal]], postcode [[LOCATION|geo:L A nine, four D S]]. Sats 91% on home oximeter, temp 38.4, day 3 of amoxicillin 500 mg tds. Advised 999 if worse.""",
    """Dictée (transcription) : patiente [[PERSON|name:Rosalie Bergeron-Thibault]], née le [[DATE|date:douze mars mil neuf cent cinquante]], numéro d'assurance maladie [[ID|health_plan:B-E-R-R, cinquante, cinquante-trois, douze, onze]]. Téléphone [[PHONE|phone:quatre un huit, six cinq un, zéro neuf trois sept]]. Demeure à [[LOCATION|geo:Lévis]]. Vue à la demande du Dr [[PERSON|name:Gagnon]]. TA cent trente-huit sur quatre-vingt-deux, hémoglobine cent douze. Point.""",
    """Phone call from Senior Constable [[PERSON|name:Mia Kostopoulos]] re our patient [[PERSON|name:Jarrah Wilkinson]], driver in the crash near [[LOCATION|geo:Nowra]]. She read the plate as [[VEHICLE|vehicle:bravo charlie delta, two seven, x-ray]] and his licence as [[ID|license:four one seven, seven two nine, oh six]]. Ambulance case number [[ID|other:two four eight eight one nine three]]. Legal blood alcohol taken at 0215, result to police only. Clinically: GCS 14, lac to forehead 4 cm, C-spine cleared by NEXUS.""",
    """Telehealth failure, note dictated into phone: patient [[PERSON|name:Thandiwe Mokoena]] in [[LOCATION|geo:Mirrabooka]] couldn't connect. IT read out her public address as [[IP|ip:one two one, dot, two oh eight, dot, four four, dot, seven]]. She was sent the booking link, [[URL|url:book dot mirrabookamedical dot com dot au slash doctor slash naidoo]], to rebook with Dr [[PERSON|name:Naidoo]]. Date of birth [[DATE|date:the thirtieth of January, nineteen eighty-two]]. Email [[EMAIL|email:thandi m at iinet dot net dot au]]. Repeat script for salbutamol one hundred micrograms sent to pharmacy.""",
    """Admin voicemail: "This is [[PERSON|name:Gareth]] from accounts at [[LOCATION|geo:Hollywood Private Hospital]]. Please fax the signed consent to [[PHONE|fax:zero eight, nine three four six, six one two nine]] and quote account [[ID|account:seven seven three, one nine nought four]] for the patient [[PERSON|name:Ioana Petrescu]]. For the overpayment refund the BSB is [[ID|account:oh six six, one seven oh]] and the account is [[ID|account:one oh four four, eight one two three]]. The gap was four hundred and twelve dollars fifty." (0:58)""",
    """Verbal order read-back: Dr. [[PERSON|name:Celestine Abara]], NPI [[ID|license:two five nine one, six one one, five two two]], DEA [[ID|license:foxtrot alpha, zero eight six, one four oh eight]], orders ketorolac fifteen milligrams IV once for [[PERSON|name:Tucker Hollis]], room four twelve, MRN [[ID|mrn:eight eight oh, two one seven, four four]], date of service [[DATE|date:March the ninth]]. Pharmacy callback [[PHONE|phone:two oh six, five four three, three one one eight]]. Read back and verified; NKDA, weight seventy-eight kilos.""",
    """Dictated referral: [[PERSON|name:Xavier Quilty]], [[PERSON|name:Q-U-I-L-T-Y]], IHI [[ID|health_plan:eight zero zero three six oh, zero zero five seven, nine oh four one nine two]]. Address [[ADDRESS|geo:eleven Jacaranda Avenue, Grafton, two four six oh]]. His daughter [[PERSON|name:Ottilie]] can be reached on [[PHONE|phone:six six four two, one one nine eight]]. Reason: progressive dyspnoea, BNP eight hundred and forty, echo EF thirty-five percent. Thank you for seeing him.""",
]

STYLE_E = [
    """Wound care RN note. Attachments:
  - [[ID|photo:wound_R_heel_HALVORSEN_E_2024-03-11.jpg]]
  - [[ID|photo:IMG_UR5521908_sacrum.png]]
  - consent_form_v3.pdf
  - [[ID|photo:Halvorsen Einar - dermatoscopy (2).jpeg]]
[[PERSON|name:Einar Halvorsen]] ([[AGE|other:82]]), URN ([[ID|mrn:5521908]]). R heel stage 3 PI 2.1 x 1.4 x 0.3 cm, slough 30%, no odour. Sacrum stage 2, healing. Photo consent signed by daughter "[[PERSON|name:Sigrid]]". Silver alginate + foam, change 3/7. Braden 13.""",
    """Shared-care plan for [[PERSON|name:Dolores Yazzie]] ([[LOCATION|geo:Tuba City]]), IHS chart ([[ID|mrn:TC-004418]]):
- MyChart thread <[[URL|url:https://mychart.nahealth.org/MyChart/Messaging/Thread?id=88213407]]>
- home BP log (shared by pt): [[URL|url:https://docs.google.com/spreadsheets/d/1xQrT9vZkQ2m8pLw4tXr0YbN3aE5sJ6uD/edit]]
- education: (https://www.heart.org/en/health-topics/high-blood-pressure)
- pt email: <[[EMAIL|email:dyazzie.tc@yahoo.com]]>
BP avg 148/91 over 14 days; lisinopril 20 -> 40 mg; K 4.6, Cr 0.9.""",
    """Re: "[[PERSON|name:Mohammed Al-Rashidi]]" [MRN [[ID|mrn:30018842]]] {DOB: [[DATE|date:1966-12-01]]} <tel:[[PHONE|phone:+17139284406]]> ([[LOCATION|geo:Houston]])
Emergency contact: '[[PERSON|name:Umm Khalid]]' ([[PERSON|name:Fatima Al-Rashidi]], wife).
Labs: HbA1c [8.4%], LDL {142}, eGFR (61), UACR <30>. Interpreter: 'Arabic (Gulf)'. Plan: semaglutide 0.25 mg weekly [start], recheck (12 wks).""",
    """Scanned to EDMS: [[ID|photo:CXR_PA_LAT_TAKAHASHI^KENJI_20240115.dcm]], [[ID|photo:MRN00917723_CT_chest_lungwindow.dcm]].
DICOM header patient name: "[[PERSON|name:TAKAHASHI^KENJI]]"; accession [[ID|other:ACC24011500391]].
Referrer: Dr [[PERSON|name:Whitfield]] ("[[LOCATION|geo:Kew Medical Group]]").
Findings: 8 mm solid RUL nodule (Lung-RADS 3), image 142/310; no effusion. Recommend LDCT in 6/12.""",
    """Pt states: "my name's [[PERSON|name:Shazza]], well it's [[PERSON|name:Sharon Louise Pettigrew]] on paper, I live at [[ADDRESS|geo:6 Ord Street, Kununurra]]". Asked us to "ring my sister on [[PHONE|phone:(08) 9168 2211]]". Recited '[[ID|health_plan:2796 32753 1]]' as her Medicare no., IRN '4'. Says "the clinic at [[LOCATION|geo:Wyndham]] has all my files". BSL 14.2, ketones 0.4, HbA1c 10.9%. Skin sores both shins, swab taken ("strep?").""",
    """Remote monitoring alert [VT episode] for [[PERSON|name:Hollis Beaumont-Achebe]] (ICD SN [[DEVICE|device:BLR448201H]]):
<[[URL|url:https://clinician.remote-cardio.net/patient/5521-0987-3312/episode/77]]>
[source: [[IP|ip:101.180.66.213]]] [event: [[DATE|date:12/03]] 02:41] 188 bpm, ATP x1 successful, no shock.
Pt (cell: [[PHONE|phone:0431 557 208]]) aware, asymptomatic. K 4.2, Mg 0.78. Amiodarone not started.""",
    """-----Forwarded message-----
From: [[PERSON|name:Pania Ngata]] <[[EMAIL|email:pania.ngata@xtra.co.nz]]>
Sent: [[DATE|date:Monday, 8 April 2024]] 9:14 a.m.
To: "Practice Nurse" <[[EMAIL|email:nurses@tairawhitimedical.co.nz]]>
Subject: "[[PERSON|name:Rawiri]]'s asthma plan"

Kia ora, [[PERSON|name:Rawiri]] (NHI [[ID|health_plan:JUW6223]]) used his blue inhaler 6 times yesterday and coughed all night. Peak flow 210 L/min (best 320). Can we come in today? Ngā mihi, [[PERSON|name:Pania]]""",
    """Retinal screening upload: [[ID|photo:OD_fundus_MACLEOD-FIONA_1952-07-30.tif]] and [[ID|photo:OS_fundus_MACLEOD-FIONA_1952-07-30.tif]]. Pt [[PERSON|name:Fiona MacLeod]] ([[AGE|other:71]]), CHI [[ID|health_plan:3007528127]], seen at the mobile unit in [[LOCATION|geo:Inverness]]. Grading: R1 M0 both eyes. VA 6/9 OD, 6/12 OS. HbA1c 58 mmol/mol. Rescreen 12/12.""",
    """Transfer: [[PERSON|name:Oluwaseun Adebayo-Hart]] (URN [[ID|mrn:M0044719]]) (Medicare [[ID|health_plan:3447 92357 3]]) from [[LOCATION|geo:Logan Hospital]] -> [[LOCATION|geo:Princess Alexandra Hospital]] [retrieval ref [[ID|other:RSQ-240311-0087]]] {bed 14}. Prefers "[[PERSON|name:Seun]]". Partner <[[PHONE|phone:0422 601 938]]>. Dx: (inferior STEMI), (door-to-needle 34 min).""",
    """Care plan (wiki export)
Patient: [[[PERSON|name:Anwen Pryce]]](mailto:[[EMAIL|email:anwen.pryce@btinternet.com]])
Portal: [record]([[URL|url:https://portal.riversidesurgery.co.uk/patients/HX-44810/record]])
Practice: [[[LOCATION|geo:Riverside Surgery]]], [[LOCATION|geo:Abergavenny]]
Hospital no. (per [[LOCATION|geo:Nevill Hall Hospital]] label): `[[ID|mrn:N1448301]]`
- [x] Spirometry: FEV1 1.2 L (54%)
- [ ] Pulmonary rehab referral""",
]

STYLE_F = [
    """Resident review, room 14, [[LOCATION|geo:Clayfield Gardens Aged Care]]. Mrs [[PERSON|name:Margaret Doolan]] (goes by [[PERSON|name:Peggy]]; gets upset if called [[PERSON|name:Maggie]]). Keeps asking for her late husband. Son [[PERSON|name:Davo]] ([[PERSON|name:David Doolan]], EPOA) on [[PHONE|phone:0407 338 125]]. Mini-Cog 2/5, Abbey pain scale 6, Parkinson's on Sinemet 100/25 tds. Cornell scale 11.""",
    """Trauma bay. Registered as TRAUMA, ZULU 7 (MRN [[ID|mrn:T99001482]]) until his brother arrived and identified him as [[PERSON|name:Luis Alberto Ferreira]], street name [[PERSON|name:Chino]]. Brother [[PERSON|name:Tavo]] ([[PERSON|name:Gustavo Ferreira]]), [[PHONE|phone:(559) 442-7180]], says they live in [[LOCATION|geo:Fresno]]. Charts merged into MRN [[ID|mrn:00662140]]. GSW L thigh, no exit wound, Hb 9.8, lactate 4.1, MTP activated 0233. Tattoo '14' R hand.""",
    """Mrs [[PERSON|name:Priya Hollingsworth]] (née [[PERSON|name:Chaudhry]]; previously registered as [[PERSON|name:Priya Chaudhry-Lamb]]), NHS [[ID|health_plan:1008244007]], notes merged today. Friends call her [[PERSON|name:Pree]]. Lives in [[LOCATION|geo:Harrogate]]. Ex-partner [[PERSON|name:D. Lamb]] has a non-molestation order: do NOT disclose her address or phone. MARAC ref [[ID|other:NY-2024-1187]]. Edinburgh Postnatal Depression Scale 14, baby 9 weeks, breastfeeding.""",
    """Pt's chosen name is [[PERSON|name:Rowan]] (they/them); legal name on the OHIP card is [[PERSON|name:Rebecca Lindqvist]], OHIP [[ID|health_plan:6516 752 505]]. Please use [[PERSON|name:Rowan]] at the desk. Partner [[PERSON|name:Jules Okeke]] attends. Address [[ADDRESS|geo:88 Elm St, Apt 6, Sudbury ON P3C 1T2]]. Testosterone cypionate 50 mg SC weekly, Hct 0.46, ALT 22. Endo: Dr [[PERSON|name:Mukherjee]] at [[LOCATION|geo:Health Sciences North]].""",
    """Justice Health transfer. Inmate [[PERSON|name:Kane Mitchell-Rua]], alias [[PERSON|name:Kane Rua]], a.k.a. [[PERSON|name:Sparrow]], MIN [[ID|other:1184402]], DOB [[DATE|date:22.04.1991]], iris template [[ID|biometric:IRS-0091-448A]]. Transferred from [[LOCATION|geo:Silverwater]] to [[LOCATION|geo:Long Bay Hospital]]. Methadone 85 mg daily, last dose 0820, witnessed. Hep C RNA detected, genotype 3a, APRI 0.6; start sofosbuvir/velpatasvir for 12/52.""",
    """CHART ALERT: similar names. [[PERSON|name:Leroy Washington Jr]] ('[[PERSON|name:June Bug]]' to family) is often confused with his father [[PERSON|name:Leroy Washington Sr]]. Jr: MRN [[ID|mrn:4471902]], DOB [[DATE|date:5/14/1961]]. Sr: MRN [[ID|mrn:4471188]], DOB [[DATE|date:5/14/1934]]. Both seen at this clinic; both on lisinopril 10 mg. Check two identifiers every time.""",
    """[[PERSON|name:Ihaia Parata-Walker]], goes by [[PERSON|name:Isaiah]] at work and [[PERSON|name:Zay]] to his mates. Koro and Nan came with him today. Lives in [[LOCATION|geo:Ōtara]]. NHI [[ID|health_plan:XYW7039]]. Rheumatic fever prophylaxis: benzathine penicillin 1.2 MU IM every 28 days, last given [[DATE|date:2 Feb]]. Echo: mild MR, no MS. Dental referral done.""",
    """Eating disorder intake. [[PERSON|name:Jessica Arnaud]] ('[[PERSON|name:Jess]]'; posts online as [[ID|other:@saltyjess_92]]). Mum [[PERSON|name:Corinne]] present. Lives in [[LOCATION|geo:Glenelg]], Yr 11 at [[LOCATION|geo:Brighton Secondary School]]. BMI 15.8, HR 44 lying, K 3.1, phos 0.7; admit for refeeding, phosphate 500 mg bd, thiamine 100 mg.""",
    """Sister [[PERSON|name:Mary Bernadette]] (born [[PERSON|name:Colleen Fitzgibbon]]), [[AGE|other:84]], lives at the [[LOCATION|geo:Sisters of Mercy convent]] in [[LOCATION|geo:Burlingame]]. Medicare MBI [[ID|health_plan:7TC2MN4FA93]]. Mother [[PERSON|name:Agnes]], the prioress, is her health care agent. CHA2DS2-VASc 4, on apixaban 2.5 mg bid. Falls x2 this year.""",
    """Aunty [[PERSON|name:Dot]] ([[PERSON|name:Dorothy Saunders-Bligh]]) seen at [[LOCATION|geo:Pius X Aboriginal Corporation]] with her brother Uncle [[PERSON|name:Reg]]. Lives in [[LOCATION|geo:Moree]]. Medicare [[ID|health_plan:3516 35797 2]]/1. ACR 48, eGFR 22, dialysis planning, AV fistula L forearm booked. Grandson [[PERSON|name:Tyson]] is her carer, [[PHONE|phone:0488 310 274]].""",
]

STYLE_G = [
    """Oncology summary, [[PERSON|name:Wendell Trigg]] ([[AGE|other:66]]):
- Dx [[DATE|date:Oct '22]]: sigmoid adenocarcinoma, T3N1M0
- Hartmann's procedure [[DATE|date:2 Nov 22]] at [[LOCATION|geo:Frankston Hospital]]
- FOLFOX x 12 cycles, completed [[DATE|date:May 2023]]
- CEA 3.1 -> 18.4 on [[DATE|date:the ninth of January]]
- PET-CT [[DATE|date:Jan 24]]: 2 liver mets, seg VI and VIII
- MDT [[DATE|date:Wed 31st]]: for liver resection""",
    """Prenatal visit. [[PERSON|name:Kayleigh Brandt]], DOB [[DATE|date:ninth of August '96]], G3P2 at 28/40 by LMP [[DATE|date:2/14]]. EDD [[DATE|date:November 21st]]. Rh neg, RhoGAM given at 28/40. 1-hr GTT 142, 3-hr ordered. Tdap today. Prior C/S x1. Delivering with Dr [[PERSON|name:Fairweather]] in [[LOCATION|geo:Iowa City]]. FHR 144, fundal height 28 cm.""",
    """[[PERSON|name:Declan Rourke]], DOB [[DATE|date:1/2/03]]. Known to CAMHS since Year 9. Detained s2 MHA on the [[DATE|date:3rd of March]], regraded to s3 [[DATE|date:March twenty-eighth]]. Clozapine started, ANC 2.1, troponin normal. Tribunal [[DATE|date:Thurs 18 April]]. Care co-ordinator [[PERSON|name:Lorna Baptiste]], [[LOCATION|geo:Millbrook Mental Health Unit]]. NHS [[ID|health_plan:8028152104]].""",
    """[[PERSON|name:Iosua Fuimaono]] seen at the [[LOCATION|geo:Porirua]] clinic. Gout flare began [[DATE|date:the twenty-second of Oct]], R 1st MTP, now settling. Allopurinol up-titrated; urate 0.52 -> 0.34 mmol/L by [[DATE|date:Dec '23]]. Colchicine 0.5 mg bd x 3/7 for flares. NHI [[ID|health_plan:DTK6778]]. Wife [[PERSON|name:Losa]] on [[PHONE|phone:022 417 0938]]. Next urate in 6/52.""",
    """Note de suivi : [[PERSON|name:Étienne Lavoie]], opéré le [[DATE|date:mardi 16 juillet]] à l'[[LOCATION|geo:Hôpital de l'Enfant-Jésus]] (ORIF cheville D). Retrait des agrafes prévu le [[DATE|date:30 juil.]]; physio dans 2 semaines. Né le [[DATE|date:3 avril 1979]]. Joindre sa conjointe [[PERSON|name:Maude]] au [[PHONE|phone:418 529-7716]]. EVA 3/10, Hb 131.""",
    """CC per husband [[PERSON|name:Ray]]: wife [[PERSON|name:Opal Hendershot]] "hasn't been right since [[DATE|date:the Fourth of July]]". Seen at urgent care [[DATE|date:7/9]], CT head neg. Na 124 on [[DATE|date:Monday the 15th]], now 131 with 1.2 L fluid restriction. MoCA 19/30. Lives in [[LOCATION|geo:Muncie]]. Sunday was a bad day (wandering at 0300).""",
    """[[PERSON|name:Spiros Andreou]], born [[DATE|date:1949]] in [[LOCATION|geo:Kalamata]], arrived in [[LOCATION|geo:Melbourne]] in 1968. Lives in [[LOCATION|geo:Oakleigh]]. Last colonoscopy [[DATE|date:06/19]], 2 tubular adenomas. Next due [[DATE|date:Mar-2025]]. GP Dr [[PERSON|name:Liakos]]. FIT not needed. Metformin 1 g bd, HbA1c 7.0%.""",
    """Ms [[PERSON|name:Imogen Thackeray]], DOB [[DATE|date:**/11/1988]] (day masked on referral). Hosp no [[ID|mrn:SH0092217]], [[LOCATION|geo:Scarborough]]. Clinic w/c [[DATE|date:22/01]] cancelled by us; [[DATE|date:29-Jan]] DNA; seen [[DATE|date:5.ii.24]]. Ferritin 9, Hb 104, coeliac serology negative. IV iron 1 g arranged. Review 3/12.""",
    """Anticoag clinic, [[LOCATION|geo:Olmsted Medical Center]]. [[PERSON|name:Thaddeus Gruber]], DOB [[DATE|date:Feb. 29, 1952]]. INRs: [[DATE|date:Mon 3/4]] 3.8 (held x1), [[DATE|date:Thu 3/7]] 2.9, Sun 2.4 (home meter). Warfarin 5 mg except 2.5 mg Mon/Fri. Pharmacist [[PERSON|name:Nadia Farouk]], PharmD. Next INR in 1/52.""",
    """Statutory declaration attached to file. I, [[PERSON|name:Colleen Marjorie Fitzpatrick]], of [[ADDRESS|geo:27 Tarcoola Avenue, Mudgeeraba Qld 4213]], declare that on the [[DATE|date:nineteenth day of February two thousand and twenty-four]] my husband [[PERSON|name:Ronald]] told me he no longer wished to receive dialysis. Declared at [[LOCATION|geo:Robina]] this [[DATE|date:fourth day of March 2024]] before me, [[PERSON|name:Hamish Doyle]], JP (Qual.) reg. no. [[ID|license:88217]].""",
]

STYLE_H = [
    """[[AGE|date:Ninety-three]]-year-old woman, [[PERSON|name:Edna Whitlock]], from [[LOCATION|geo:Kiama]], found on the floor by her sister, who is [[AGE|date:ninety-six]] and lives with her. Long lie approx 6 hours. "I'm [[AGE|date:ninety-three]], not dead," she says. CK 480, Na 131, Hb 108. X-ray: no fracture. URN [[ID|mrn:K447109]]. 4AT 0.""",
    """Mr [[PERSON|name:Harold Pemberton-Sykes]], aged [[AGE|date:91]] (born [[DATE|date:1932]]), lives alone in [[LOCATION|geo:Chipping Norton]]. Tells us he is "[[AGE|date:ninety-one]] going on twenty". Walks 90 m with a 4-wheeled walker; waited ninety minutes for the ambulance. NHS [[ID|health_plan:2106782926]]. Clinical Frailty Scale 5, MUST 1.""",
    """Resident [[PERSON|name:Agnes Molloy]] turned [[AGE|date:one hundred and two]] on [[DATE|date:Sunday 10 March]]; card from the Governor-General on the wall. Daughter [[PERSON|name:Philomena]], herself in her seventies, visits daily. [[LOCATION|geo:St Brigid's Aged Care]], [[LOCATION|geo:Mildura]]. Weight 41.2 kg, MNA 17, Waterlow 18.""",
    """Hospice eligibility visit. [[PERSON|name:Virgil Tompkins]] is a [[AGE|date:ninety-eight]]-year-old retired rancher (chart age: [[AGE|date:98]] y). Medicare MBI [[ID|health_plan:2RQ5WE8TA41]]. Lives outside [[LOCATION|geo:Bozeman]]. PPS 40%, FAST 7a, weight loss 12% in 6 months. Daughter-in-law [[PERSON|name:Sherilyn]], [[PHONE|phone:406-586-2291]]. DNR/POLST on fridge.""",
    """NFR discussion. [[PERSON|name:Beatrix Van der Merwe]], aged [[AGE|date:ninety nine]], lives in [[LOCATION|geo:Hawthorn East]]. Her husband died aged [[AGE|date:ninety-four]]. Medicare [[ID|health_plan:6638 64801 2]]/3. GP Dr [[PERSON|name:Chidi Eze]] agrees with the ARP. eGFR 28, Hb 96, BP 104/58. Comfort-focused plan, 90-day review.""",
    """Mrs [[PERSON|name:Euphemia Strachan]], now in her [[AGE|date:ninety-first]] year, DOB [[DATE|date:02/03/1933]], CHI [[ID|health_plan:0203335066]], lives independently in [[LOCATION|geo:Pitlochry]]. Reviewed by Dr [[PERSON|name:Iain Mathieson]]. AF on edoxaban 30 mg, CrCl 34. Hearing aids bilateral. Timed up and go 19 s.""",
    """Patiente de [[AGE|date:quatre-vingt-quinze]] ans, Mme [[PERSON|name:Yvette Charbonneau]], hébergée au [[LOCATION|geo:CHSLD Cooke]] à [[LOCATION|geo:Trois-Rivières]]. Son fils [[PERSON|name:Réjean]] ([[PHONE|phone:819-378-4402]]) demande une rencontre. Braden 12, plaie sacrée stade 3, albumine 28. Niveau de soins C.""",
    """[[AGE|date:92]]yo F, [[PERSON|name:Mildred Szabo]], from [[LOCATION|geo:Toledo]]; gives her age as "[[AGE|date:ninety-two]], or is it [[AGE|date:ninety-three]]?". R NOF fracture after a fall at home. 4AT 5. Son [[PERSON|name:Laszlo]] at bedside. Hb 112, INR 1.1, for hemiarthroplasty tomorrow.""",
    """Kuia [[PERSON|name:Mereana Tipene]], born [[DATE|date:Anzac Day 1921]], is [[AGE|date:one hundred and three]] and lives with her mokopuna [[PERSON|name:Stacey]] in [[LOCATION|geo:Ōpōtiki]]. NHI [[ID|health_plan:PFQ0582]]. Chest clear, SpO2 95%, ankle oedema ++. Furosemide 40 mg mane.""",
    """Birthday list for the [[LOCATION|geo:Aldersgate Village]] lifestyle team (not for chart): [[PERSON|name:Cyril Batty]] turns [[AGE|date:ninety]] on [[DATE|date:12 June]]; [[PERSON|name:Gwen Aldous]] turns [[AGE|date:ninety-seven]] on [[DATE|date:19 June]]; [[PERSON|name:Noel Fenech]] won't say, only "[[AGE|date:ninety-odd]]". Cakes: 3 x sponge, gluten-free for room 21. Budget $60.""",
]

STYLE_I = [
    """Triage. [[PERSON|name:Kaito Brennan-Mori]] BIBA. QAS docket [[ID|other:20240311-4471]]. Pension concession CRN [[ID|other:308 229 148A]]. "The number on his green card": [[ID|health_plan:2529 34380 5]]. Carer reached on the number stuck to his fridge, [[PHONE|phone:07 3848 1192]]. From [[LOCATION|geo:Sherwood]]. Locker 22, bay 7. Syncope: lying BP 128/70, standing 96/60.""",
    """Occ health. [[PERSON|name:Mateo Quispe]], employee badge [[ID|other:E-77120]], fulfillment center in [[LOCATION|geo:Goodyear]]. Carrier's claim no. [[ID|other:WC-4410-2298]]; adjuster [[PERSON|name:Dana Ruiz-Holt]] [[PHONE|phone:602-874-3310]] ext 412. L4-5 protrusion, ODI 42%, SLR + at 40 deg. Locker combo 14-22-8. Restrictions: no lifting > 10 lb.""",
    """Unit no. [[ID|mrn:CH77120K]]: [[PERSON|name:Tobias Achterberg]], lives aboard a narrowboat at [[LOCATION|geo:Hebden Bridge]], CRT index no. [[VEHICLE|vehicle:52118]]. Ambulance CAD [[ID|other:Y-2403110244]]. GP [[LOCATION|geo:Todmorden Health Centre]]. Hypothermia 34.1 C, COHb 6% (diesel heater). Our ref: MD/ak.""",
    """NDIS participant no. [[ID|health_plan:431 882 047]]. [[PERSON|name:Ruby-Mae Castellanos]], [[AGE|other:23]], cerebral palsy GMFCS IV, from [[LOCATION|geo:Mandurah]]. Power chair Quickie Q700 chassis no. [[DEVICE|device:QX-1174-AU-2288]] needs new batteries. Support coordinator [[PERSON|name:Lachlan Haddad]] ([[EMAIL|email:lachlan.h@supportlinkwa.com.au]]). Baclofen 20 mg tds, GMFM 38.""",
    """Lab courier manifest. [[PERSON|name:Cheyenne Lightfoot]], DOB [[DATE|date:10/02/1987]], order [[ID|other:ORD88274511]], specimen [[ID|other:S24-118832]], guarantor acct [[ID|account:G-004471829]]. Pickup in [[LOCATION|geo:Rapid City]] 1430. Tubes: lavender 2 x 4 mL, SST 1 x 5 mL, lot 2231188, exp 2025-08-31. Temp log 4.2 C.""",
    """Community nursing. [[PERSON|name:Ernest Pappas]], [[ADDRESS|geo:5 Corella Court, Kallangur QLD 4503]]. Key safe 1908. Personal alarm pendant ID [[DEVICE|device:PA-8816-4403]], monitoring client no. [[ID|other:VS441097]]. Daughter [[PERSON|name:Athena]], [[PHONE|phone:0419 662 034]]. Leg ulcer L gaiter 4 x 3 cm, ABPI 0.92, 4-layer bandage.""",
    """Client [[PERSON|name:Nadine Sam]], chart [[ID|mrn:PGR-0088412]], PHN [[ID|health_plan:9226 445 752]], from [[LOCATION|geo:Prince George]]. Seen by NP [[PERSON|name:Harjit Sandhu]], BCCNM reg [[ID|license:1138827]]. RCMP file [[ID|other:2024-4410]]. Suboxone 16 mg daily, UDS + fentanyl. OAT day 14.""",
    """Check-in via palm-vein scan, match id [[ID|biometric:PS-0048-77213]]. Pt [[PERSON|name:Gideon Farrow]], [[LOCATION|geo:Tulsa]]. Voiceprint enrolled for the refill line, voice id [[ID|biometric:VX4410-8821-C]]. Refill PIN 4412 (pt-chosen). Losartan 50 mg, HCTZ 25 mg. BP 132/84.""",
    """OT driving assessment. [[PERSON|name:Brigid O'Hare]], [[LOCATION|geo:Launceston General Hospital]]. Disability parking permit no. [[ID|other:TP0092281]]; own car rego [[VEHICLE|vehicle:F24KW]], VIN [[VEHICLE|vehicle:JF1SH9LC6CG127705]] (spinner knob fitted). Pager 4471, ext 2290. Trails B 142 s, UFOV risk 2.""",
    """Our ref: KT/JS/0442   Your ref: [[ID|other:CLM-2024-55120]]
Dear Mr [[PERSON|name:Baines]],
Re: your client [[PERSON|name:Aled Morgan-Baines]], DOB [[DATE|date:17.9.1979]], NI number [[ID|ssn:JR 44 81 27 B]], of [[LOCATION|geo:Pontypridd]].
Records enclosed (42 pages, fee GBP 50). Please fax future requests to [[PHONE|fax:029 2034 8871]].""",
]

STYLE_J = [
    """WARD 7 HANDOVER (AM)
Bed | Patient | UR | Age | Cons | Issues
1 | [[PERSON|name:ABBOTT, Wren]] | [[ID|mrn:1048821]] | [[AGE|other:72]] | Dr [[PERSON|name:Mistry]] | #NOF D2, Hb 89, transfuse 1 unit
2 | [[PERSON|name:KOVAC, Mirela]] | [[ID|mrn:0988730]] | [[AGE|date:91]] | Gen Med | delirium, 4AT 6, son [[PERSON|name:Petar]] [[PHONE|phone:0421 338 906]]
3 | empty | - | - | - | clean pending
RN in charge: JT. Pharm: KM.""",
    """patient_id,surname,given,dob,postcode,phone,medicare,irn
[[ID|mrn:UR20418]],[[PERSON|name:Hassan]],[[PERSON|name:Layla]],[[DATE|date:1990-05-02]],[[LOCATION|geo:2770]],[[PHONE|phone:0404118327]],[[ID|health_plan:5038328854]],1
[[ID|mrn:UR20419]],[[PERSON|name:O'Brien]],[[PERSON|name:Saoirse]],[[DATE|date:1978-12-19]],[[LOCATION|geo:2148]],[[PHONE|phone:0298315520]],[[ID|health_plan:6390935473]],2
# exported by report svc, 2 rows""",
    """{"resourceType": "Patient", "id": "[[ID|mrn:pt-7730-1192]]", "identifier": [{"system": "http://ns.electronichealth.net.au/id/hi/ihi/1.0", "value": "[[ID|health_plan:8003606989929645]]"}, {"system": "urn:oid:1.2.36.146.595.217.0.1", "value": "[[ID|mrn:MRN-339104]]"}], "name": [{"family": "[[PERSON|name:Vukovic]]", "given": ["[[PERSON|name:Ljubica]]"]}], "telecom": [{"system": "email", "value": "[[EMAIL|email:l.vukovic@iprimus.com.au]]"}], "birthDate": "[[DATE|date:1958-10-03]]", "address": [{"text": "[[ADDRESS|geo:16 Heysen Street, Whyalla Norrie SA 5608]]"}], "photo": [{"url": "[[URL|url:https://fhir.eyrehealth.org.au/Binary/photo-7730-1192]]"}]}""",
    """[[DATE|date:2024-03-11T08:14:22+11:00]] INFO portal.auth login ok user=[[ID|other:jmcallister]] src=[[IP|ip:110.145.77.201]] patient=[[ID|mrn:448102]]
[[DATE|date:2024-03-11T08:14:39+11:00]] INFO portal.view GET [[URL|url:https://portal.bayside-gp.com.au/patients/448102/results]] 200 1843ms
[[DATE|date:2024-03-11T08:15:02+11:00]] WARN auth.face template_mismatch tid=[[ID|biometric:FT-9921-0442]] score=0.41 threshold=0.60
[[DATE|date:2024-03-11T08:15:10+11:00]] INFO portal.auth login ok user=[[ID|other:jmcallister]] src=[[IP|ip:2001:8003:5c41:9a00:1d2e:77ff:fe10:3c4b]] mfa=sms:[[PHONE|phone:+61 409 227 513]]""",
    """MSH|^~\\&|PAS|HOSP|LIS|HOSP|[[DATE|date:20240311091502]]||ADT^A04|MSG00441|P|2.4
PID|1||[[ID|mrn:0912273]]^^^HOSP^MR~[[ID|health_plan:6070867912]]^^^AUSHIC^MC||[[PERSON|name:NAKAMURA^Hiroshi^Ken]]||[[DATE|date:19710622]]|M|||[[ADDRESS|geo:41 Royal Pde^^Parkville^VIC^3052]]||[[PHONE|phone:(03)93476610]]
PV1|1|I|4W^12^B||||[[ID|license:4208732J]]^[[PERSON|name:GUPTA^Anjali]]^^^Dr""",
    """FAX COVER / REFERRAL
To: [[LOCATION|geo:Westmead Hospital]] Renal Outpatients
Fax: [[PHONE|fax:(02) 8890 6734]]
From: [[LOCATION|geo:Marayong Family Practice]]
Fax: [[PHONE|fax:(02) 9626 1180]]
Pages: 4 (incl. cover)
Patient: [[PERSON|name:ŽIVKOVIĆ, Dragana]]
DOB: [[DATE|date:14-Aug-1966]]
TFN (for Centrelink DSP form only): [[ID|ssn:162 482 691]]
Referring GP: Dr [[PERSON|name:Ramasamy]], provider no: [[ID|license:4147568B]]
eGFR: 19 | ACR: 112 | K: 5.6 | Hb: 98""",
    """DEVICE AUDIT: infusion pumps, ward 5
asset | serial | mac | last_pt | event
IP-0447 | [[DEVICE|device:BXL-9912-0447]] | [[DEVICE|device:00:0a:95:9d:68:16]] | UR [[ID|mrn:3318210]] | occlusion alarm 0312
IP-0448 | [[DEVICE|device:BXL-9912-0448]] | [[DEVICE|device:00:0a:95:9d:68:2b]] | UR [[ID|mrn:3318257]] | battery low
Cabinet access: badge + fingerprint, template [[ID|biometric:FPT-7Q-55018]]; override by supervisor, template [[ID|biometric:FPT-7Q-55231]].""",
    """invoice_no,payer,bsb,account,iban,amount,item
[[ID|account:INV-77102]],"[[PERSON|name:FITZGERALD, Eamon]]",[[ID|account:083-004]],[[ID|account:551920334]],,212.40,MBS 104
[[ID|account:INV-77103]],"[[PERSON|name:HUBER, Annelise]]",,,[[ID|account:DE95958178833856966374]],1480.00,MBS 30023
[[ID|account:INV-77104]],"[[PERSON|name:DE JONG, Pieter]]",,,[[ID|account:NL78RABO4427428336]],96.15,MBS 23""",
    """SECURITY LOG: ED ambulance bay
time | plate | VIN (if towed) | note
02:14 | [[VEHICLE|vehicle:YLT-92K]] | - | driver [[PERSON|name:Brayden Cole]] self-presented, car left in bay 3
02:50 | [[VEHICLE|vehicle:1HX 4RT]] | - | partner of pt in resus 2, moved to zone B
03:30 | towed | [[VEHICLE|vehicle:MR0HA3CD5H0813346]] | owner [[PERSON|name:Marguerite Lalonde]] notified on [[PHONE|phone:0418 205 377]]""",
    """PACS export (tab-separated)
StudyDate\tModality\tPatientName\tPatientID\tFile
[[DATE|date:20240309]]\tUS\t[[PERSON|name:PETROV^Anastasia]]\t[[ID|mrn:RB4410982]]\t[[ID|photo:US_PETROV_A_obstetric_20wk.jpg]]
[[DATE|date:20240310]]\tDX\t[[PERSON|name:MWANGI^Otieno]]\t[[ID|mrn:RB4410991]]\t[[ID|photo:DX_RB4410991_hand_L.png]]
Station: US-ROOM3  AE title: PACS01  Operator: KM
Face-match de-dup template for row 2: [[ID|biometric:FR-7710-QA]]""",
]


def main() -> None:
    n = write_styled(
        OUT,
        [
            ("lowercase-prose", STYLE_A),
            ("glued-labels", STYLE_B),
            ("reformatted-split", STYLE_C),
            ("spelled-out", STYLE_D),
            ("wrapped-quoted", STYLE_E),
            ("nicknames-aliases", STYLE_F),
            ("word-partial-dates", STYLE_G),
            ("ages-over-89", STYLE_H),
            ("unusual-cues", STYLE_I),
            ("structured-records", STYLE_J),
        ],
    )
    print(f"probe61: {n} docs")


if __name__ == "__main__":
    main()
