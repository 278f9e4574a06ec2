"""Write the 89th hand-annotated redaction probe, UK/Irish care outside the acute hospital.

Why: community pharmacy, optometry/audiology, dentistry, hospice, school nursing, sexual
health, prison, ambulance, social care and death-certification text mixes NHS/CHI/H&C
numbers, PPSNs, medical-card and GMS numbers, NI numbers, GMC/NMC/GPhC/GDC/IMC/HCPC/GOC
registrations, EPS prescription ids, prison numbers, clinic numbers, Eircodes and postcodes,
UK and Irish plates, hearing-aid/implant/syringe-driver serials and biometric/photo refs with
look-alikes that must stay unmarked: doses, VA 6/9 and refraction, dB HL, BP, NEWS2/GCS,
ICD codes, tooth notation (UR6, LL7), lot/batch numbers, ODS codes, contract numbers, call
signs, cell and ward numbers, public helplines, staff initials, years alone and times.
What: ten styles of ten notes -
  pharmacy-pmr-log: community pharmacy PMR, EPS, NMS, EHC, delivery and SMS entries;
  cd-register-table: controlled-drug registers, destruction logs and CSV exports;
  optom-audiology-letters: GOS/WGOS referrals, screening, hearing-aid and CI records;
  dental-fp17-claims: FP17/DTSS claims, day lists, lab dockets, clinical notes;
  hospice-school-threads: SMS, e-mail and chat threads from hospices and school nurses;
  gum-clinic-notes: sexual-health (GUM/CaSH/HIV) notes under clinic numbers;
  prison-healthcare: reception screens, escorts, complaints, deaths in custody;
  ambulance-epcr: ePCR dumps, ATMIST pre-alerts, access audits;
  social-care-assessment: Care Act, safeguarding, AMHP, HSE home support, Tusla, CHC;
  coroner-death-certification: MCCD, coroner/PF referrals, cremation forms, ME logs.
Conventions: titles (Dr, Mr, Mrs, Ms, Sgt, Officer, Nurse) outside name spans; surname-first
forms ("HEGARTY, Siobhan") are one name span; every name occurrence is marked, staff
initials alone (PB, TJ, SH, DS) are not. NHS, CHI, H&C, GMS/medical card, PPC and MatEx
numbers are ID|health_plan; PPSN and NI numbers are ID|ssn; hospital, clinic (GUM/HIV),
hospice and ePCR record numbers are ID|mrn; GMC/NMC/NMBI/GPhC/GDC/DCI/IMC/HCPC/GOC/PHECC/SWE
registrations, dental performer numbers, private CD prescriber numbers and driving licences
are ID|license; EPS prescription ids, prison/NOMIS numbers, incident, CAD, police, coroner,
MASH, MCCD serial and case numbers are ID|other; claim refs, penalty refs, customer
accounts, cards, bank accounts and IBANs are ID|account. Full postal address (with care-home
or premises name when it leads the address) = one ADDRESS|geo span; a postcode or Eircode
alone = ADDRESS|geo. Towns, suburbs, hospitals, hospices, clinics, practices, pharmacies,
schools, prisons, streets without a number and GPS points = LOCATION|geo; Irish counties
only inside addresses; countries, NHS bodies, HSE, Tusla, NHSBSA, trusts and charities are
not marked. Dates more specific than a year (incl. "Thurs 3rd", "29/10", "Feb 2024",
timestamps) are DATE|date; years alone, times and durations are not; drug lot numbers and
expiry are not used as dates. Ages under 90 AGE|other, 90+ AGE|date, glued forms ("63F",
"47yo", "8y", "14y") marked whole, "F/22" and "m/22" mark the number only. Every phone
number except public helplines is PHONE (fax lines PHONE|fax); all e-mails are marked,
including service mailboxes. Vehicle plates and VINs are VEHICLE|vehicle; serials of
patient devices (hearing aids, implants, CGM, syringe drivers, pendants, pacemakers, ICDs,
home equipment) are DEVICE|device; voiceprint, fingerprint and retina template ids are
ID|biometric; full-face photo file names are ID|photo. Cue words stay outside spans.
How: cd /work/main && .venv/bin/python scripts/make_probe89_corpus.py (writes
corpus/redaction/probe89.jsonl).
"""

from pathlib import Path

from make_safe_harbor_suite import write_styled

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "corpus" / "redaction" / "probe89.jsonl"

PHARMACY_PMR_LOG = [
    """PMR NOTE - [[DATE|date:11/03/2024]] 11:42
pt [[PERSON|name:HEGARTY, Siobhan]] ([[AGE|other:63F]]) NHS no [[ID|health_plan:451 927 9038]]
EPS R2 token scanned, Rx ID [[ID|other:2D35F7-FQ418A-11E88Z]], nominated here (ODS FQ418).
ramipril 5mg caps #28 1 OD + spironolactone 25mg - K+ 5.4 on last U&E per pt. rang surgery, spoke to
Dr [[PERSON|name:Okafor]] (GMC [[ID|license:7034512]]), spiro held. pt happy. callback
mobile on file. -- PB""",
    """Dispensing note [[DATE|date:02-Feb-2024]] | [[LOCATION|geo:Coughlan's Pharmacy]]
Patient: Mr [[PERSON|name:Dermot Fitzgerald]], [[ADDRESS|geo:14 Westgate Road, Ballincollig, Co. Cork P31 K2N8]]
GMS medical card [[ID|health_plan:0417293T]]; PPSN [[ID|ssn:6639202DW]]
Prescriber Dr [[PERSON|name:Aoife Brennan]] IMC [[ID|license:412873]]. Checked by pharmacist (PSI reg on file).
Items: atorvastatin 40mg x28, metformin 500mg MR 2 nocte. Owing: Ozempic 0.5mg pen x1 (batch PY8231 not in
stock). Text when in.""",
    """nms intervention (day 14) - [[DATE|date:Tues 7th May]]
pt: [[PERSON|name:jamal idris]] [[AGE|other:47yo]] m, nhs [[ID|health_plan:670 851 1673]]
new med: apixaban 5mg bd (AF, CHA2DS2-VASc 2). tolerating, 1 missed dose, nil bleeding. advised re ibuprofen otc.
wants reminders by email -> [[EMAIL|email:jamal.idris77@gmail.com]]
wife collects, ok to discuss.
referred to gp (surgery fax [[PHONE|fax:0121 496 0871]]) re bp 152/94 at counter.
pharmacist R.M., GPhC [[ID|license:2087416]]""",
    """ONLINE REPEAT ORDER - audit trail
customer acct [[ID|account:CUS-0048271]] | [[PERSON|name:Gwen Prytherch]] | [[ADDRESS|geo:NG7 2UH]]
[[DATE|date:2024-04-18T21:07:55Z]] login from [[IP|ip:81.107.44.213]] (2FA sms to mobile on file)
21:09:12 items: salbutamol 100mcg inh x2, Fostair 100/6 x1, beclometasone nasal 50mcg
[[DATE|date:2024-04-19T08:15:03Z]] phone line: caller verified by voiceprint [[ID|biometric:VP-5521-0093-GP]]
charge: PPC no. [[ID|health_plan:8814423097]] valid. delivery van [[VEHICLE|vehicle:NG19 XKT]]""",
    """Supervised consumption record - wk commencing [[DATE|date:13 Jan 2025]]
Client: [[PERSON|name:Stevie McAulay]] CHI [[ID|health_plan:0307916057]] ([[AGE|other:33]])
Methadone 1mg/ml 65ml daily, supervised Mon-Sat, Sun t/o. Prescriber Dr F.K., [[LOCATION|geo:Possilpark Recovery Hub]].
Mon: attended 09:10 OK | Tue: DNA | Wed: attended, smelt of alcohol, dose withheld, keyworker
[[PERSON|name:Lorna]] informed on [[PHONE|phone:0141 496 0532]]
3 missed doses rule - reassess with prescriber. Naloxone kit (Prenoxad, lot 22B041) given. -- TJ""",
    """EHC consult [[DATE|date:Sat 22/06/2024]] 17:50 (consult room 1)
client: [[PERSON|name:Kayleigh Doyle]], [[AGE|other:19]], [[ADDRESS|geo:Apt 6, Mariner's Quay, Ringsend, Dublin 4, D04 X2P9]]
PPSN [[ID|ssn:1972287QA]] (HSE free contraception scheme 17-35)
LMP 3/52 ago, UPSI approx 30h ago, wt 61kg, no enzyme inducers. Ulipristal 30mg (ellaOne)
supplied, batch 4J12X. f/u: preg test in 3 wks if no period. signposted [[LOCATION|geo:GUIDE Clinic]].
text only: [[PHONE|phone:+353 85 731 0924]] - no voicemail
Pharmacist [[PERSON|name:Orla Ní Bhriain]]""",
    """DELIVERY RUN [[DATE|date:03/10/24]] - driver MN
stop,patient,address,items,notes
1,"[[PERSON|name:ARMITAGE Joan]]","[[ADDRESS|geo:22 Cardigan Road, Headingley, Leeds LS6 3BJ]]",blister x4 wks,key safe
2,"[[PERSON|name:Ng Wai-Ling]]","[[ADDRESS|geo:LS4 2PT]]",Lantus 3ml x5 (fridge),pt [[AGE|date:91]]; dtr [[PHONE|phone:0113 496 0278]]
failed: stop 2 no answer, returned to pharmacy 14:10.""",
    """Pharmacy First (Scotland) - UTI PGD
[[DATE|date:Wed 4 Dec 2024]] | patient [[PERSON|name:Eilidh Robertson]] F/[[AGE|other:22]] | CHI [[ID|health_plan:0909029024]]
sx: dysuria, frequency 2/7, no loin pain, T 37.1, not pregnant. Nitrofurantoin 100mg MR bd x3/7 supplied.
pharmacist A.S., GPhC [[ID|license:2219087]]
copy to GP: [[EMAIL|email:lothian.leithlinks@nhs.scot]]""",
    """Collection of Sch2 CD by representative - [[DATE|date:28th August 2024]]
For: [[PERSON|name:Winifred Oyelaran]] ([[AGE|date:94]]), [[ADDRESS|geo:Beechcroft Nursing Home, 40 Moor Lane, Sheffield S10 4GR]]
Collected by [[PERSON|name:Tunde Oyelaran]] (grandson). ID: UK driving licence [[ID|license:OYELA804152T99AB]]
photo matched; scan saved [[ID|photo:idscan_oyelaran_face.jpg]]
Oxycodone 5mg caps x56 (Shortec), Rx by GP. Entered CD register p.14.""",
    """SMS log [[DATE|date:12/11/2024]]
09:02 pharmacy -> [[PHONE|phone:07700 900142]]: Hi, your prescription is ready at [[LOCATION|geo:Hollins Pharmacy]]. Reply STOP to opt out.
09:40 reply: can my mum pick it up? shes got my exemption cert
09:43 pharmacy: yes - sign back of FP10 & show MatEx no. [[ID|health_plan:412887330]]
pt [[PERSON|name:Chloe Walsh]] nhs [[ID|health_plan:4452002838]]""",
]

CD_REGISTER_TABLE = [
    """CD REGISTER - Morphine sulfate oral soln 10mg/5ml (Oramorph) - page 7
Date | Supplied to | Prescriber | Qty | Collected by | Balance
[[DATE|date:02/05/24]] | [[PERSON|name:Bernard Kilbride]], [[ADDRESS|geo:17 Aughrim Street, Dublin 7, D07 FX29]] | Dr [[PERSON|name:C. Moran]] IMC [[ID|license:402218]] | 300ml | wife | 1200ml
[[DATE|date:07/05/24]] | [[PERSON|name:Hanlon, Pat]], [[ADDRESS|geo:D07 K8E3]] | Dr CM | 150ml | pt | 1050ml""",
    """PATIENT RETURNED CDs - destruction log
| rec'd | patient | drug | qty | rec'd by | witness | destroyed |
| [[DATE|date:14-Mar-2024]] | late Mr [[PERSON|name:Idris Bowen]] | fentanyl 25mcg/h patch | 7 | SH | GLP (AO) | [[DATE|date:21/03/2024]] |
| [[DATE|date:16-Mar-2024]] | Mrs [[PERSON|name:Alys Jenkins]] | Oxynorm 5mg caps | 23 | SH | GP | same day |
denaturing kit lot DK4471. Returned by family from [[ADDRESS|geo:Ty Gwyn, Heol y Nant, Whitchurch, Cardiff CF14 1LN]]""",
    """FP10PCD private CD Rx received [[DATE|date:09/09/2024]]
Prescriber: Dr [[PERSON|name:Hamish Lyall]], private CD prescriber no. [[ID|license:610453]]
Patient: [[PERSON|name:Ottilie Marchbanks]], [[ADDRESS|geo:Flat 12, 41 Elgin Crescent, London W11 2JD]]
Dexamfetamine 10mg tabs, 1 tds, total 84 (eighty-four). Submitted to NHSBSA on FP34PD.
Register: 84 supplied, pt collected, passport seen, bal 112""",
    """CD balance check [[DATE|date:Fri 1 Nov 2024]] - Methadone 1mg/ml SF
discrepancy -42ml. Investigated: entry [[DATE|date:29/10]] for [[PERSON|name:DUNCAN, Liam]] (release bridging script,
prison no. [[ID|other:A4821CT]]) recorded 30ml, actually 72ml (3 x 24ml). Amended by marginal note, dated & signed.
Incident ref [[ID|other:W88213]]. Reported to CDAO [[PERSON|name:Jane Ferrier]] [[EMAIL|email:jane.ferrier2@nhs.net]]""",
    """[[LOCATION|geo:St Columba's Hospice]] - ward CD book, Midazolam 10mg/2ml amp
date/time | pt | dose | given | witness | stock
[[DATE|date:15/01/25]] 22:10 | [[PERSON|name:Agnes McRae]] (rm 4) | 2.5mg sc prn | RN TO | HCA BW | 17
[[DATE|date:16/01/25]] 02:40 | same pt | 2.5mg sc | TO | LW | 16
09:00 | new syringe driver: midaz 10mg + morphine 15mg /24h, T34 s/n [[DEVICE|device:TS34-221047]] | 14
hospice no. [[ID|mrn:SCH-19-00482]]""",
    """Requisition (FP10CDF) - [[DATE|date:7 February 2025]]
Requesting: Dr [[PERSON|name:Emeka Adeyemi]], [[LOCATION|geo:Millbrook Surgery]], [[ADDRESS|geo:3 Station Road, Bishop's Stortford CM23 3BL]]
GMC [[ID|license:6098114]] | practice fax [[PHONE|fax:01632 960 417]]
Diamorphine 10mg amp x5 for doctor's bag. Supplied by RC, GPhC [[ID|license:2065503]];
entered in 'Diamorphine 10mg' register, requisition sent to NHSBSA.""",
    """Schedule 2 register - Tapentadol 50mg PR (Palexia SR)
[[DATE|date:03/06/2024]] | [[PERSON|name:Seamus O'Dwyer]], [[ADDRESS|geo:22 Ashleigh Grove, Knocknacarra, Co. Galway H91 E2K3]] | Dr [[PERSON|name:M. Ó Conaill]] IMC [[ID|license:021443]] | 56 | GMS [[ID|health_plan:2093341G]] | son collected | bal 112
[[DATE|date:17/06/2024]] | same pt | as above | 56 | pt | bal 56""",
    """cd delivery - signature log [[DATE|date:19/07/2024]]
pt [[PERSON|name:ELLINGHAM Ronald]] [[AGE|other:78]] nhs [[ID|health_plan:450 598 2483]] - Butec 10mcg/h x4 patches
delivered to neighbour at no.14 by mistake (pt at [[ADDRESS|geo:41 Sandringham Drive, Nottingham NG9 3EL]]).
retrieved 15:35 same day. near miss ref [[ID|other:NM-2024-0719-03]]. no harm.""",
    """CD REGISTER EXPORT (csv)
entry_id,datetime,drug,patient,patient_id,prescriber,prescriber_reg,qty,bal
10422,[[DATE|date:2024-08-02 10:14]],Morphine sulfate 10mg MR tab,[[PERSON|name:Yusuf Abdi]],[[ID|health_plan:676 758 8431]],Dr [[PERSON|name:S Quraishi]],[[ID|license:7251109]],60,240
10423,[[DATE|date:2024-08-02 11:02]],Pregabalin 75mg cap,[[PERSON|name:Zofia Kaminska]],[[ID|health_plan:7939956426]],Dr [[PERSON|name:A Bhatt]],[[ID|license:6630418]],56,392""",
    """Locum handover - CD cabinet
- key holders today: [[PERSON|name:Dev Chauhan]] (locum, GPhC [[ID|license:2210763]]) + dispenser
- owing: Mr [[PERSON|name:Connolly]] ([[ADDRESS|geo:BT14 6AB]]) Oxycodone 10mg balance 14, due [[DATE|date:Thurs 3rd]]
- H&C no. on script [[ID|health_plan:364 013 2858]]; script dated [[DATE|date:20/02/2025]], valid 28 days
- on-call: [[PHONE|phone:028 9018 0733]]""",
]


OPTOM_AUDIOLOGY_LETTERS = [
    """WGOS referral - [[DATE|date:22 April 2024]]
From: [[PERSON|name:Rachel Evans-Hughes]] MCOptom, GOC [[ID|license:01-24783]], [[LOCATION|geo:Vision Plus Opticians]]
To: Eye Casualty, [[LOCATION|geo:Glan Clwyd Hospital]]
Re: Mr [[PERSON|name:Alun Morgan]], NHS [[ID|health_plan:794 186 3693]]
VA R 6/9 L 6/36 (PH 6/24). IOP R 18 L 31 mmHg (Goldmann), C/D L 0.8. ?L POAG. Please see within 2/52.""",
    """Diabetic eye screening result - DESP
pt: [[PERSON|name:Colm Devlin]], H&C [[ID|health_plan:386 740 5387]], [[ADDRESS|geo:BT35 8QJ]]
screened [[DATE|date:05.06.2024]] at [[LOCATION|geo:Newry]] mobile unit; grading R1M0 / R2M1 -> refer HES routine.
image-to-patient match by retina template [[ID|biometric:RT-7F3A-22C1-88D0]]
result letter to GP and pt by post.""",
    """AUDIOLOGY - hearing aid fitting [[DATE|date:12th Sept 2024]]
Patient: [[PERSON|name:WHITTAKER, George]] ([[AGE|other:81]]) hosp no. [[ID|mrn:RM40318827]]
PTA: bilat sloping SNHL, 4FA R 52 dB HL, L 58 dB HL. Tymps type A. Rinne +ve bilat, Weber central.
R aid s/n [[DEVICE|device:2239K0PJ]], L aid s/n [[DEVICE|device:2239K0PR]] (RITE), 8mm domes, NAL-NL2, REM done.
Audiologist FB. Follow-up 6-8 wks. Batteries: drop-in at main site.""",
    """remote fine-tuning session log [[DATE|date:2024-11-03 14:20]]
app user [[EMAIL|email:brendamurphy54@eircom.net]] | session ip [[IP|ip:86.43.112.19]] | aids [[DEVICE|device:RF-3319827]] / [[DEVICE|device:RF-3319828]]
pt [[PERSON|name:Brenda Murphy]] ([[AGE|other:70]]) - HSE adult hearing aid scheme, medical card [[ID|health_plan:7720451K]]
c/o own voice boomy -> LF gain -3 dB, feedback manager re-run. next f2f [[LOCATION|geo:Castlebar]] clinic.""",
    """Dear parent/carer of [[PERSON|name:Oliver Pryce-Jones]] (Reception, [[LOCATION|geo:Gorseinon Primary School]]),
Your child's vision was screened on [[DATE|date:14 March]] by the school nursing team. Result: R 0.300 L 0.125 logMAR.
Please take your child to an optometrist (free NHS eye test). Questions: School Nursing [[PHONE|phone:01792 484 615]].
Orthoptist HB | child NHS [[ID|health_plan:923 470 8075]]""",
    """CI review [[DATE|date:9/1/25]] - National Cochlear Implant Programme, [[LOCATION|geo:Beaumont Hospital]]
pt [[PERSON|name:Ayesha Khalid]] [[AGE|other:8y]] MRN [[ID|mrn:B2039921]]
R implant CI632 s/n [[DEVICE|device:CI632-4419087]]; processor N8 s/n [[DEVICE|device:N8-2203391]]
mum: processor fell off in yard. Re-mapped, impedances normal. [[EMAIL|email:sadia.khalid@outlook.ie]]""",
    """GOS6 domiciliary - [[DATE|date:Mon 18/11/2024]]
Address: [[ADDRESS|geo:Room 12, Larchwood Care Home, 88 Hainton Avenue, Grimsby DN32 9LS]]
Mrs [[PERSON|name:Edna Faulkner]], aged [[AGE|date:96]], NHS [[ID|health_plan:665 049 1608]]
Rx R +2.75/-1.00x85 L +3.25/-0.75x100 Add +2.75. Dense NS cataract L. Ishihara not possible.
POA nephew [[PHONE|phone:07700 900519]]. optom DS, GOC [[ID|license:01-31102]]""",
    """From: [[PERSON|name:Priya Sethi]] <[[EMAIL|email:priya.sethi@nhs.net]]>
Sent: [[DATE|date:Thursday, 6 June 2024 08:51]]
Subject: lost hearing aid - hosp no [[ID|mrn:K0482219]]
Hi all, Mr [[PERSON|name:Kowalski]] rang - lost L aid (s/n [[DEVICE|device:2148M3XQ]]) on the bus. 1st loss so no charge.
Can we post replacement to [[ADDRESS|geo:55 Fishergate Hill, Preston PR1 8JD]]? Thanks, P""",
    """CL aftercare | [[PERSON|name:Sinéad Gallagher]] | dob [[DATE|date:21-07-1996]] | [[ADDRESS|geo:F92 D3W7]] | ph [[PHONE|phone:074 912 3388]]
monthly SiHy 14h/day, sleeps in them occasionally. R grade 2 limbal hyperaemia (Efron), no staining. Advised.
PRSI Treatment Benefit claimed, PPSN [[ID|ssn:6196471Q]]. optom [[PERSON|name:Ronan Keane]]""",
    """NHSP newborn hearing screen - [[LOCATION|geo:Ninewells Hospital]]
baby of [[PERSON|name:Kirsty Anderson]], born [[DATE|date:02/02/2025]] 03:14, CHI [[ID|health_plan:0202259609]]
AOAE R clear response, L no clear response x2; AABR L NCR -> refer audiology. Appt link:
[[URL|url:https://booking.nhstayside.example.scot/aud/appt?ref=AUD-25-0412]] - parent mob [[PHONE|phone:07700 900947]]""",
]

DENTAL_FP17_CLAIMS = [
    """FP17 batch export - [[LOCATION|geo:Harbourside Dental Care]] (contract 1048370001)
claim_ref,performer_no,patient,dob,nhs_no,band,udas,exemption,charge
[[ID|account:FP17-88120447]],[[ID|license:749213]],[[PERSON|name:SMITH Darren]],[[DATE|date:04/08/1979]],[[ID|health_plan:486 012 2496]],2,3.0,none,£73.50
[[ID|account:FP17-88120448]],[[ID|license:749213]],[[PERSON|name:OKAFOR Grace]],[[DATE|date:17/12/2009]],[[ID|health_plan:4643329904]],1,1.0,D (under 18),£0.00""",
    """[[DATE|date:12/03/25]] exam. pt [[PERSON|name:Lewis Carmichael]] [[AGE|other:60]], CHI [[ID|health_plan:1712647415]]
c/o UR6 pain 3/7, TTP, PA: periapical radiolucency UR6. dx symptomatic apical periodontitis. LA 2.2ml lido 2% 1:80k
(batch 9921L). extirpated, CaOH dressing. amox 500mg tds 5/7. BPE 2/1/2 2/2/1.
Dr [[PERSON|name:Anil Varma]] GDC [[ID|license:81234]], DCN EB. review 2/52""",
    """DTSS claim (HSE) - Part A
Patient: [[PERSON|name:Mary Teresa Coyle]] | Medical card [[ID|health_plan:1140986R]] | PPSN [[ID|ssn:2231894EW]]
Address: [[ADDRESS|geo:Cloonfad, Ballinasloe, Co. Galway H53 T6P2]]
Contractor Dr [[PERSON|name:Fergal Tierney]], DCI reg [[ID|license:3921]]
Tx [[DATE|date:8/5/24]]: exam, amalgam LL6 LL7 (2 surfaces), scale & polish. Claim no. [[ID|account:DT-2024-0557182]]""",
    """LAB DOCKET - to [[LOCATION|geo:Castle Dental Laboratory]], fax [[PHONE|fax:0161 496 0557]]
from: [[PERSON|name:Tomasz Zieliński]] GDC [[ID|license:268843]]
patient [[PERSON|name:R. Abernethy]], lab case [[ID|other:LAB-44721]]
P/- acrylic upper, 12-22 missing (FDI), shade A3. try-in [[DATE|date:Fri 15th Nov]] - return 2 days before pls.""",
    """NHSBSA patient charge check - letter extract
Dear Mr [[PERSON|name:Pieter van der Merwe]],
On [[DATE|date:21 February 2024]] you claimed free NHS dental treatment at [[LOCATION|geo:Smile Studio]]
(income-based JSA). DWP could not confirm entitlement for NI number [[ID|ssn:JT 48 27 61 C]].
Penalty charge ref [[ID|account:PCN-DEN-4471902]], £246.40. Questions: 0300 330 1348.""",
    """111 dental triage -> [[LOCATION|geo:Bristol Dental Hospital]]
[[PERSON|name:kai bennett]] m/[[AGE|other:22]] nhs [[ID|health_plan:445 664 6772]] - facial swelling L mandible, trismus 2 fingers,
no dysphagia, T 37.9. SMS [[DATE|date:23/12/24]] 21:04 to [[PHONE|phone:07700 900385]]: attend 09:00,
[[LOCATION|geo:Lower Maudlin St]] entrance, nil by mouth from 07:00.""",
    """Orthodontic referral (e-RS) [[DATE|date:30.01.2025]]
child: [[PERSON|name:Maisie-Rose Tranter]], [[AGE|other:12]], [[ADDRESS|geo:7 Kestrel Way, Telford TF3 2QR]]
IOTN DHC 4d (impacted UR3), AC 7. Cl II div 2, OJ 3mm, OB 80%. EO photos (frontal):
[[ID|photo:MTranter_EO_front.jpg]]. GDP performer no. [[ID|license:702918]]
parent: [[EMAIL|email:leanne.tranter@btinternet.com]]""",
    """day list [[DATE|date:Wednesday 9 October 2024]] - surgery 2 (HO)
09:00 | [[PERSON|name:Brennan, Tom]] | recall exam | band 1
09:30 | [[PERSON|name:FAULKS Amira]] | crown prep LR6 | band 3 £319.10 | deposit card [[ID|account:5256 2304 7080 8653]]
10:15 | [[PERSON|name:Pat Regan]] | FTA x2 - 2nd DNA, letter to [[ADDRESS|geo:GL1 3PX]]
11:00 | emerg | [[PERSON|name:G Fairweather]] | tel [[PHONE|phone:01452 318 774]]""",
    """Community Dental Service - special care, [[DATE|date:4th July 2024]]
[[PERSON|name:Daniel O'Hare]] ([[AGE|other:29]]), LD, supported living [[LOCATION|geo:Ardmore House]]
H&C [[ID|health_plan:399 694 5213]]. GA list for multiple XLA; best interests mtg with
mother. pre-op at [[LOCATION|geo:South West Acute Hospital]]""",
    """Subject access request rec'd [[DATE|date:15/08/2024]] from [[EMAIL|email:k.ashworth.law@gmail.com]]
requester: [[PERSON|name:Kieran Ashworth]], [[ADDRESS|geo:12 Marlborough Road, Southport PR9 0RA]]
ID verified: driving licence [[ID|license:ASHWO903010K99HT]]
records: notes 2016-2024, radiographs x14, FP17 history. Due within 1 month.""",
]

HOSPICE_SCHOOL_THREADS = [
    """[[DATE|date:03/03/2025]] 19:22 from [[PERSON|name:Gillian]] (daughter) [[PHONE|phone:07700 900261]]: Dad very agitated tonight, pulling at the driver line
19:25 Hospice@Home CNS: Hi, 2.5mg midazolam sc from the JIC box is ok per chart. Coming out, ETA 40 mins. Door on latch pls
at [[ADDRESS|geo:2 Lon Cae Glas, Llanfairpwllgwyngyll LL61 5YT]]
20:11 CNS: Mr [[PERSON|name:Pritchard]] settled. driver s/n [[DEVICE|device:T34-0091127]] running ok. NHS [[ID|health_plan:660 581 6773]]""",
    """From: School Nursing Team <[[EMAIL|email:schoolnursing.north@nhs.net]]>
To: SENCO, [[LOCATION|geo:St Aidan's CE Primary]]
Date: [[DATE|date:10 Sep 2024]]
Re: [[PERSON|name:Alfie Brookes]] (Y4), T1DM - IHCP
Now on Dexcom G7 (sensor tx [[DEVICE|device:8KJ4R2]]) + Omnipod 5. Hypo <4.0 -> 15g glucose. Staff training booked.
[[PERSON|name:Hannah Lowe]], School Nurse (SCPHN), NMC [[ID|license:09I4721E]]""",
    """Teams chat - Palliative MDT [[DATE|date:Fri 14/02]]
[08:55] [[PERSON|name:Aisling Roche]]: new ref for [[PERSON|name:Tadhg Mulcahy]] [[AGE|other:71]], ca pancreas, lives alone [[ADDRESS|geo:Mallow, Co. Cork P51 RX84]]
[08:57] Dr [[PERSON|name:Eoin Furlong]]: can we get him a bed at [[LOCATION|geo:Marymount]]?
[08:58] [[PERSON|name:Aisling]]: waiting list 3. niece [[PERSON|name:Róisín]] is NOK [[PHONE|phone:089 441 2297]]""",
    """SN contact - [[DATE|date:18/01/2024]], [[LOCATION|geo:Hartcliffe Academy]] drop-in
YP [[PERSON|name:Jayden Mitchell]] (Y9, [[AGE|other:14y]]) self-referred: low mood, poor sleep, says stepdad "kicks off" when drinking.
No marks seen. Discussed w/ DSL; MASH referral [[ID|other:MASH-240118-0932]] 15:20. home [[ADDRESS|geo:BS13 0DG]]""",
    """From: [[EMAIL|email:tom.aldridge@hotmail.co.uk]]
Sent: [[DATE|date:Sunday 2 March 2025 23:47]]
To: [[EMAIL|email:ward3@stcatherines-hospice.example.org.uk]]
Subject: Mum
Hi, it's [[PERSON|name:Tom]], [[PERSON|name:Margaret Aldridge]]'s son. Can my brother stay in the family room Tues?
He's driving down from [[LOCATION|geo:Stirling]]. Thanks, [[PERSON|name:Tom]]""",
    """HPV session - [[LOCATION|geo:Coláiste Bríde]] - [[DATE|date:24/10/2024]]
consent issue: [[PERSON|name:Lena Kowalczyk]] 1st yr - conflicting forms (mum yes / dad no).
Not vaccinated. Dad rang from [[PHONE|phone:(01) 457 2218]]. Gardasil 9 lot W021884 returned to fridge.
nurse G.L., NMBI PIN [[ID|license:145923]]""",
    """AccuRx SMS hospice CNS -> GP practice [[DATE|date:11/11/24]]
"Pls can Dr [[PERSON|name:Holloway]] sign ReSPECT for [[PERSON|name:Dorothy Snape]] ([[AGE|date:92]]) at [[ADDRESS|geo:Yew Tree Cottage, Church Lane, Much Wenlock TF13 6AA]].
Family aware. Also JIC meds Rx (morphine 10mg/ml, midaz, levomepromazine, glycopyrronium). Thx, [[LOCATION|geo:Severn Hospice]] CNS [[PHONE|phone:01952 221 470]]"
""",
    """ChatHealth transcript [[DATE|date:2024-05-09]]
16:02 [[PHONE|phone:07700 900088]]: hi is this the school nurse? im in yr10 at [[LOCATION|geo:Kingsmead School]] and i think im pregnant
16:05 SN: Hi, thanks for messaging. Free test & private chat at drop-in Thurs lunch, or Brook in [[LOCATION|geo:Edmonton Green]]
16:09: ok its [[PERSON|name:Tia]]. please dont tell my mum
16:11 SN ([[PERSON|name:Kemi]]): it's confidential unless we're worried about your safety. How old are you?
16:12: [[AGE|other:15]]""",
    """Bereavement log - [[LOCATION|geo:Our Lady's Hospice]]
deceased: [[PERSON|name:Joseph Brady]], [[AGE|other:84]], d. [[DATE|date:22nd of December 2024]]
widow [[PERSON|name:Kathleen Brady]], [[ADDRESS|geo:41 Kimmage Road West, Dublin 12, D12 XH76]]
6-wk call done - coping. pref email [[EMAIL|email:kbrady1948@eircom.net]]; family portal
[[URL|url:https://family.olh.example.ie/share/brady-7Q2KX9]]""",
    """reception health review - [[LOCATION|geo:Brackenfield Infant School]] - returns
child,dob,nhs no,contact,flag
"[[PERSON|name:Amir Haddad]]",[[DATE|date:2019-06-14]],[[ID|health_plan:494 525 6365]],[[PHONE|phone:07700 900612]],asthma - inhaler in school
"[[PERSON|name:Poppy Keel]]",[[DATE|date:2019-11-30]],[[ID|health_plan:436 096 5990]],[[EMAIL|email:keel.family@yahoo.co.uk]],?hearing - refer""",
]


GUM_CLINIC_NOTES = [
    """GUM [[LOCATION|geo:Claude Nicol Centre]] - clinic no. [[ID|mrn:CN24-08817]]
[[DATE|date:05/04/2024]] | registered as "[[PERSON|name:Sam]]" (declined surname - permitted) | [[AGE|other:24]] | MSM
receptive anal sex, 3 partners last 3/12, condoms inconsistent. PrEP enquiry.
Ix: NAAT CT/GC x3 sites, HIV/syphilis serology, HBsAg. eGFR 98 (PrEP baseline). Results by SMS (consented).
seen by Dr [[PERSON|name:Imran Qadir]]""",
    """PN record - index GUM no. [[ID|mrn:GUM/2024/03321]] (CT +ve [[DATE|date:12-Jun-24]])
1) "[[PERSON|name:Dan]]" - regular, patient referral, attended [[DATE|date:20/06]] (own no. [[ID|mrn:GUM/2024/03409]])
2) casual via app - no contact details, unable
3) ex [[PERSON|name:Kerry Platt]] - provider referral, letter to [[ADDRESS|geo:30 Tennyson Street, Swindon SN1 5DT]]
HA: MB. PN verified 1/3.""",
    """online kit order - [[DATE|date:2024-09-02 23:14:07]]
order [[ID|other:SH24-7781-20355]] | name on kit "[[PERSON|name:J Okoro]]" | post to [[ADDRESS|geo:Flat 2, 118 Lordship Lane, London SE22 8HD]]
ip [[IP|ip:2a00:23c7:8f1a:4d01:91b2:3cc4:e019:7a2f]] | results: [[URL|url:https://results.testathome.example.nhs.uk/k/7781-20355-Qm9r]]
reactive syphilis screen (TPPA +, RPR 1:16) -> recall to [[LOCATION|geo:Burrell Street]] clinic""",
    """STI clinic, [[LOCATION|geo:University Hospital Waterford]] - attendance [[DATE|date:Tues 19th Nov]]
clinic no. [[ID|mrn:WGUM-11452]] (name-linked record sealed)
F/[[AGE|other:31]] PV discharge, dysuria 4/7. Wet prep clue cells +, pH 5.0 -> BV. CT/NG NAAT sent.
Metronidazole 400mg bd 7/7. Mirena in situ since 2022. result by text [[PHONE|phone:086 554 0117]]
Dr [[PERSON|name:Síle Hennessy]] IMC [[ID|license:409816]]""",
    """[[DATE|date:17 July 2024]]
Private & confidential - NOT to be copied to GP (pt declined)
Re: [[PERSON|name:Baraka Mwangi]] HIV clinic no. [[ID|mrn:HIV-0088416]]
CD4 612, VL <20 copies/ml on Biktarvy 1 OD. BP 124/80. HBV immune. Next bloods [[DATE|date:January 2025]].
Dr [[PERSON|name:Helen Stroud]], Consultant GUM/HIV, [[LOCATION|geo:Whittall Street Clinic]]""",
    """Spotting the Signs proforma - [[DATE|date:2 Oct 2024]]
client: [[PERSON|name:Keira-Leigh]] (surname withheld), clinic no. [[ID|mrn:SH-0045821]], [[AGE|other:15]]
older "boyfriend" [[PERSON|name:Jordan]] (says 19) drives her around, grey Golf [[VEHICLE|vehicle:WV19 KZP]]. gifts (new phone),
missing school. Score 5 -> safeguarding referral, police CSE team ref [[ID|other:CSE/24/10/0217]]. HA NG""",
    """CaSH clinic [[LOCATION|geo:Bradbury Wellbeing Centre]] [[DATE|date:14/05/2024]]
[[PERSON|name:O'NEILL, Clodagh]] [[AGE|other:26]] H&C [[ID|health_plan:378 981 8682]]
Nexplanon inserted L arm (LOT T019482), site dry. Remove/replace by [[DATE|date:May 2027]]. mob [[PHONE|phone:07700 900295]]
Dr [[PERSON|name:T. Agnew]] GMC [[ID|license:7410358]]""",
    """ED -> GUM handover PEPSE [[DATE|date:Sun 28/07/2024]] 03:40
[[PERSON|name:Luca Bianchi]], [[AGE|other:38]], hosp no [[ID|mrn:RJ1-7820445]]
condomless RAI with HIV+ partner (VL unknown) ~14h ago. PEP starter pack 5/7 given in ED.
GUM f/u [[DATE|date:29/07]] at [[LOCATION|geo:Mortimer Market Centre]]; email [[EMAIL|email:luca.bianchi.ldn@proton.me]]""",
    """booking system log
[[DATE|date:12/03/2025 07:58]] new online booking | [[LOCATION|geo:Sandyford Central]] | patient ref [[ID|mrn:SC-2210398]] | ip [[IP|ip:92.40.198.77]]
08:00 sms confirmation sent to [[PHONE|phone:07700 900505]]
14:35 DNA; reminder email bounced ([[EMAIL|email:craig.mcgowan@homtail.com]])
CHI [[ID|health_plan:2811775595]] linked (consent flag=Y)""",
    """Outreach van - [[LOCATION|geo:Holbeck]] [[DATE|date:Thurs 6 Feb]]
seen "[[PERSON|name:Roxy]]" (working name; on system as [[PERSON|name:Danielle Hirst]], [[ID|mrn:LSH-70331]])
HBV vacc #2 (Engerix B 20mcg IM L deltoid, batch AHBVC812AA). Condoms x144. Self-taken swabs.
reports assault by punter, silver Astra [[VEHICLE|vehicle:YG17 OWM]] - reported via Ugly Mugs. next [[DATE|date:20th Feb]]""",
]

PRISON_HEALTHCARE = [
    """RECEPTION SCREEN (first night) - [[LOCATION|geo:HMP Wandsworth]]
[[DATE|date:08/01/2025]] 19:40 | [[PERSON|name:O'SULLIVAN, Kieran]] | [[ID|other:A7734DK]] | NHS [[ID|health_plan:903 632 1670]]
heroin 0.5g/day smoked + crack. COWS 9. methadone 40mg in community, last dose yesterday per community pharmacy
[[PHONE|phone:020 7946 0813]]. ACCT not opened. cell A3-22. nurse OA, NMC [[ID|license:15C0432O]]""",
    """Medication hatch ID protocol - [[LOCATION|geo:HMP Barlinnie]]
[[PERSON|name:Craig Donnelly]], prisoner no. [[ID|other:SP-0093217]], CHI [[ID|health_plan:1905883455]]
ID at hatch: fingerprint template [[ID|biometric:FPT-00A4-7731-9C2E]] + photo [[ID|photo:SPS_0093217_front.jpg]]
in-possession risk: NIP pregabalin 150mg bd (diversion); IP sertraline 100mg.""",
    """Release planning [[DATE|date:Friday 21 March 2025]] - [[PERSON|name:Tyrone Baptiste]] (NOMIS [[ID|other:G5518UX]]), [[AGE|other:42]]
release address: [[ADDRESS|geo:Oakwood Approved Premises, 9 Cranmer Road, Croydon CR0 2NP]]
7 days methadone via [[LOCATION|geo:Addington Pharmacy]] (CD script faxed to [[PHONE|fax:020 7946 0921]])
probation: Ms [[PERSON|name:K Delaney]] [[PHONE|phone:07700 900366]]. NINO for UC claim [[ID|ssn:PW 10 83 27 B]]""",
    """IPS healthcare - [[LOCATION|geo:Cloverhill Prison]] - committal [[DATE|date:16.10.2024]]
[[PERSON|name:Wojciech Zając]] ([[AGE|other:36]]), PPSN [[ID|ssn:3902352M]], IPS no. [[ID|other:P1804472]]
HCV Ab +ve (2019), RNA pending. Medical card [[ID|health_plan:3385927L]].
community GP in [[LOCATION|geo:Tallaght]]. sister [[PHONE|phone:+48 601 223 118]]""",
    """ACCT review [[DATE|date:3/4/24]] [[LOCATION|geo:HMP Styal]]
[[PERSON|name:HUGHES, Shannon]] ([[AGE|other:23]]) - superficial lacs L forearm x6, steristrips, no ED transfer.
trigger: no visits from daughter [[PERSON|name:Lacey]] since [[DATE|date:Christmas Day 2023]].
next review [[DATE|date:05/04/24]]. Wing staff aware.""",
    """Hospital escort - [[DATE|date:27 Nov 2024]]
[[PERSON|name:Mohammed Rahim]], [[ID|other:A2210FQ]] -> [[LOCATION|geo:Royal Preston Hospital]] fracture clinic (5th MC #).
escort vehicle [[VEHICLE|vehicle:PN20 VXL]], 2 officers, cuffed. hosp no. [[ID|mrn:RXN 4417820]]
do not disclose appt date/time to pt (security).""",
    """COMP1 healthcare complaint rec'd [[DATE|date:10th June 2024]]
From: [[PERSON|name:Lee Sandford]] [[ID|other:A9901BB]] C wing
"ive been waiting 6 weeks for the dentist and my tooth is killing me. my mum has rang you loads"
Reply [[DATE|date:14/06/2024]]: urgent dental slot booked. family liaison [[EMAIL|email:healthcare.hmpmoorland@justice.example.gov.uk]]""",
    """Secondary health screen [[DATE|date:2024-07-19]]
[[PERSON|name:Bartholomew Quayle]] | [[ID|other:A5012EV]] | [[AGE|other:57]]
BP 148/92 | HR 88 | BMI 31.2 | QRISK3 14.8% | AUDIT 22 | PHQ-9 11 | GAD-7 8
COPD (J44.9), T2DM (E11.9). Trelegy 92/55/22. NFA; last known [[ADDRESS|geo:HU9 2AF]]
NOK brother [[PERSON|name:Neville Quayle]] [[PHONE|phone:01482 609 331]]""",
    """Death in custody - initial notification [[DATE|date:06/12/2024]] 05:12
[[PERSON|name:Arthur Pennington]] [[ID|other:A0019AA]], [[AGE|other:78]], [[LOCATION|geo:HMP Channings Wood]]
found unresponsive 04:35 by night patrol; CPR; paramedics ROLE 05:02. IHD, pacemaker s/n [[DEVICE|device:PJN412207S]].
Coroner informed, ref [[ID|other:COR-24-1877]]. NOK dtr [[PERSON|name:Lynne Harte]] [[PHONE|phone:07700 900102]]""",
    """[[LOCATION|geo:Maghaberry]] healthcare - MH in-reach referral [[DATE|date:13.02.2025]]
[[PERSON|name:Ruairí McKenna]] H&C [[ID|health_plan:367 044 9248]], prisoner [[ID|other:MB/5520]]
hearing voices, poor sleep, not eating. Hx schizophrenia, Abilify Maintena 400mg monthly pre-committal.
to see Dr [[PERSON|name:Gerry Doherty]] (GMC [[ID|license:4621587]]). referred by wing nurse""",
]


AMBULANCE_EPCR = [
    """ePCR | Welsh Ambulance Services | Incident [[ID|other:WAS-240611-1187]]
Date [[DATE|date:11/06/2024]] | Call 19:02 | On scene 19:14 | Call sign 5A34
Pt [[PERSON|name:Evans, Mair]] | Age [[AGE|other:77]] | NHS [[ID|health_plan:638 328 2352]] | [[ADDRESS|geo:4 Maes y Dre, Llangefni LL77 7BW]]
fall, ?#NOF L. GCS 15, NEWS2 3, SpO2 95% RA, RR 18, HR 96, BP 138/82, BM 7.2. morphine 5mg IV.
Conveyed [[LOCATION|geo:Ysbyty Gwynedd]]. Clinician [[PERSON|name:Dafydd Rees]] HCPC [[ID|license:PA38214]]""",
    """ePCR RTC [[DATE|date:2024-10-03T07:41]] | Scottish Ambulance Service | CAD [[ID|other:SAS-0310-0442]]
Loc: northbound nr [[LOCATION|geo:Dalwhinnie]], [[LOCATION|geo:56.9348, -4.2396]]
driver of [[VEHICLE|vehicle:SN21 WKU]] (VIN [[VEHICLE|vehicle:SJNFAAJ14U2456789]]) vs HGV. M/[[AGE|other:46]], belted, airbag.
Canadian C-spine: low risk, cleared. [[PERSON|name:Graham Sinclair]] CHI [[ID|health_plan:1407787675]] -> [[LOCATION|geo:Raigmore]]""",
    """NIAS ePCR - non-conveyance [[DATE|date:19/02/2025]]
[[PERSON|name:Brigid Cassidy]], F/[[AGE|date:90]], H&C [[ID|health_plan:354 710 9035]], lives alone [[ADDRESS|geo:12 Glen Road, Belfast BT11 8BU]]
on floor ~2h, no injury, lifted w/ ELK, mobilising with frame. Lifeline pendant [[DEVICE|device:TUNS-LL-558102]].
dtr attending. falls referral made.""",
    """NAS PCR - [[DATE|date:23 May 2024]] - incident [[ID|other:NAS-24-771208]]
[[PERSON|name:Padraig Ó Súilleabháin]], [[AGE|other:58]], [[ADDRESS|geo:Ballyheigue, Co. Kerry V92 F6X3]]
chest pain 40 mins, 12-lead STE II, III, aVF -> STEMI, pre-alert [[LOCATION|geo:CUH]] cath lab.
aspirin 300mg PO, GTN 400mcg SL. paramedic [[PERSON|name:Alan Fitzmaurice]] PHECC PIN [[ID|license:104882]]""",
    """PCR note [[DATE|date:Sat 14 Sept 2024]] 01:20 - police request, s136 MHA
male, later ID'd as [[PERSON|name:Callum Reid]] ([[AGE|other:27]]) from provisional licence [[ID|license:REID9906137C99NK]]
found on [[LOCATION|geo:Clifton Suspension Bridge]] railing, talked down by police. No injury.
conveyed to [[LOCATION|geo:Southmead]] 136 suite. police log [[ID|other:5224215583]]""",
    """ePCR BBA [[DATE|date:04/12/2024]] call 03:11 - [[ADDRESS|geo:Flat 9, Ashby Court, Loughborough LE11 5TQ]]
mother [[PERSON|name:Leanne Hollis]] [[AGE|other:29]] G2P1; baby girl born 03:26, APGAR 8/9. placenta 03:41, EBL 300ml.
mother hosp no. [[ID|mrn:LRI-6620193]]. partner followed in own car [[VEHICLE|vehicle:FH16 TLU]]""",
    """atmist pre-alert [[DATE|date:17/08/24]] 22:48 to [[LOCATION|geo:Aintree]] resus
a: [[AGE|other:19]] m. t: 22:31. m: stab wound L chest. i: RR 32, SpO2 89%, HR 128, BP 88/50, GCS 14 (E4 V4 M6).
t: occlusive dressing, TXA 1g, 2 x wide-bore. name per friend "[[PERSON|name:Reece]]", surname unk.
scene [[LOCATION|geo:Stanley Park]], by the gates. police log [[ID|other:MSP-240817-1099]]""",
    """ePCR access audit (Caldicott request) - record [[ID|mrn:EPCR-EMAS-2024-3318871]]
| timestamp | role | action | ip |
| [[DATE|date:2024-03-05 14:22:10]] | paramedic | view | [[IP|ip:10.44.18.203]] |
| [[DATE|date:2024-03-06 09:03:44]] | admin | print | [[IP|ip:10.44.22.17]] |
| [[DATE|date:2024-03-09 20:15:31]] | ext portal | [[URL|url:https://epcr-share.emas.example.nhs.uk/record/3318871?key=7fd2a9]] | [[IP|ip:31.94.7.160]] |
patient: [[PERSON|name:Joyce Bamford]], [[ADDRESS|geo:DE22 1FT]]""",
    """High Intensity User plan - reviewed [[DATE|date:1st Aug 2024]]
[[PERSON|name:Desmond Achterberg]] ("[[PERSON|name:Des]]"), [[AGE|other:66]], 74 calls in 3 months
CAD address flag: [[ADDRESS|geo:22 Ropewalk Court, Nottingham NG1 5DU]] - dog, verbal aggression.
calls from [[PHONE|phone:0115 496 0733]] / [[PHONE|phone:07700 900960]]. GP [[LOCATION|geo:Radford Health Centre]]""",
    """ePCR VOD/ROLE [[DATE|date:29/01/2025]] 11:18
[[PERSON|name:Harold Jessop]], [[AGE|other:83]], NHS [[ID|health_plan:7332059606]], [[ADDRESS|geo:Meadow View, Hollow Lane, Mayfield TN20 6AE]]
ICD in situ (s/n [[DEVICE|device:PZR603419H]]), asystole, rigor present; ROLE criteria met.
GP to verify/certify; expected death. wife present.""",
]

SOCIAL_CARE_ASSESSMENT = [
    """CARE ACT ASSESSMENT (s9) - Adult Social Care
Mrs [[PERSON|name:Violet Ansah]] | [[AGE|other:84]] | LAS ID [[ID|other:1042288]] | NHS [[ID|health_plan:778 633 3851]]
[[ADDRESS|geo:17 Clarendon Road, Walthamstow, London E17 9AZ]]
Eligible outcomes: nutrition, personal care. Carer: son works nights.
Assessed [[DATE|date:the fourth of March 2024]] by [[PERSON|name:Bethan Lloyd]], SW (SWE [[ID|license:SW112406]])""",
    """Safeguarding concern (s42) - ref [[ID|other:SG-24-08812]]
[[PERSON|name:Tom Braithwaite]], [[AGE|other:52]], LD, [[ADDRESS|geo:Flat 4, Mill Court, Halifax HX1 2EF]]
alleged financial abuse by 'friend' [[PERSON|name:Dean]]: £2,300 withdrawn from [[PERSON|name:Tom]]'s acct [[ID|account:41229876]];
he also uses the blue badge on his car [[VEHICLE|vehicle:YD63 NVB]]. raised [[DATE|date:22/05/2024]]""",
    """HSE Home Support application - [[DATE|date:09/09/2024]]
[[PERSON|name:Nora Keegan]] ([[AGE|other:86]]), PPSN [[ID|ssn:4352757UA]], medical card [[ID|health_plan:6690412H]]
Eircode [[ADDRESS|geo:A92 P2Y7]] (rural). 14 hrs/wk requested.
PHN [[PHONE|phone:041 983 7721]]; niece [[EMAIL|email:claire.keegan.dk@gmail.com]]""",
    """ICPC minutes - [[DATE|date:Monday 8th July 2024]]
child [[PERSON|name:Lily-Mae Barker]], LCS [[ID|other:CS-448019]]
mother [[PERSON|name:Courtney Barker]] ([[AGE|other:22]]), partner [[PERSON|name:Ryan Stott]]; [[ADDRESS|geo:28 Holly Bank, Huddersfield HD3 3LR]]
HV: missed 2-yr review, weight 9th -> 0.4th centile. Outcome: CP plan (neglect).""",
    """Financial assessment (non-residential charges)
[[PERSON|name:McLAREN, Fiona]] | NI no. [[ID|ssn:NE 62 19 44 D]]
PIP daily living enhanced, ESA support group. DRE £28.40/wk. assessed charge £0.00.
DP paid to [[ID|account:GB29 NWBK 6016 1331 9268 19]]. letter to [[ADDRESS|geo:KY1 2LS]] [[DATE|date:19.04.2024]]
officer RB [[PHONE|phone:01592 583 219]]""",
    """AMHP report - [[DATE|date:02/11/2024]]
[[PERSON|name:Adebayo Ogundipe]], [[AGE|other:34]], at [[ADDRESS|geo:Flat 22, Kingfisher House, Battersea Park Road, London SW11 4LX]]
Dr [[PERSON|name:R. Malik]] (s12) GMC [[ID|license:6213407]]; GP 2nd rec.
NR sister [[PERSON|name:Funmi Ogundipe]] [[PHONE|phone:020 7946 0378]] - no objection. s2, bed [[LOCATION|geo:Springfield Hospital]].""",
    """OT home visit [[DATE|date:14/01/25]] - Mr [[PERSON|name:Roy Pickering]]
issued: bath lift s/n [[DEVICE|device:MBC-2301-8824]], perching stool, grab rails x2; telecare hub s/n [[DEVICE|device:LL4000-91173]]
[[ADDRESS|geo:Orchard Bungalow, Lower Street, Stalham, Norfolk NR12 9AN]]
OT, HCPC [[ID|license:OT61823]]""",
    """case note [[DATE|date:10/3]] - hv to [[PERSON|name:marjorie]] (mrs [[PERSON|name:devlin]]) w/ DoL assessor. v settled at [[LOCATION|geo:Ashgrove Care Home]], [[LOCATION|geo:Lisburn]].
son [[PERSON|name:kevin devlin]] (attorney) not attending, emailed [[EMAIL|email:kdevlin71@btinternet.com]]. h&c [[ID|health_plan:3981450250]]""",
    """Tusla Child Protection & Welfare Report - [[DATE|date:21 January 2025]]
child [[PERSON|name:Jake Carroll]], [[AGE|other:7]], [[LOCATION|geo:Scoil Mhuire]]
parent [[PERSON|name:Tanya Carroll]], [[ADDRESS|geo:14 Ard na Gréine, Mullingar, Co. Westmeath N91 T4KX]], [[PHONE|phone:083 116 2245]]
unexplained bruising x3 reported by teacher. reporter: school DLP""",
    """CHC checklist outcomes - [[DATE|date:Feb 2024]]
nhs_no,name,dob,setting,outcome
[[ID|health_plan:472 796 9459]],[[PERSON|name:Patience Osei]],[[DATE|date:1941-03-22]],[[LOCATION|geo:Woodlands Nursing Home]],full assessment
[[ID|health_plan:996 295 6552]],[[PERSON|name:Terrence Hibbert]],[[DATE|date:1933-07-01]],home,negative
portal: [[URL|url:https://chc.caretrack.example.nhs.uk/case/CHC-24-00731]]""",
]

CORONER_DEATH_CERT = [
    """MCCD serial [[ID|other:04472218]]
deceased [[PERSON|name:Frederick Albert Noakes]] | DoD [[DATE|date:14th November 2024]] | age [[AGE|date:93]]
place: [[ADDRESS|geo:Fairhaven Care Home, 2 Cliff Road, Hornsea HU18 1LN]]
I(a) aspiration pneumonia (b) Parkinson's disease; II vascular dementia.
certifying Dr [[PERSON|name:Lucy Fenwick]] GMC [[ID|license:7520061]]; ME scrutiny Dr PA""",
    """REFERRAL TO HM CORONER - [[DATE|date:03/08/2024]]
[[PERSON|name:Jordan Wyatt]], [[AGE|other:19]], found at [[ADDRESS|geo:6 Albion Terrace, Exeter EX1 1JN]] by housemate; ?overdose.
police log [[ID|other:DC-20240803-0147]]. coroner's officer Sgt [[PERSON|name:Lewin]] [[PHONE|phone:01392 383 512]],
fax [[PHONE|fax:01392 383 599]]. coroner ref [[ID|other:EX/0814/24]]""",
    """Cremation Form 4
deceased [[PERSON|name:Gladys Oyston]] NHS [[ID|health_plan:708 801 1166]]
implant? YES - pacemaker s/n [[DEVICE|device:7819344]], removed by funeral director [[DATE|date:20/05/2024]]
attending Dr [[PERSON|name:Sanjay Mehta]] GMC [[ID|license:6034129]], [[LOCATION|geo:Priory Medical Group]]
last saw alive 2 days pre-death; saw after death [[DATE|date:18 May 2024]] 10:30 at [[LOCATION|geo:York Hospital]] mortuary""",
    """Garda report to Coroner (C71) - [[DATE|date:16/09/2024]]
[[PERSON|name:Michael Joseph Tobin]], [[AGE|other:61]], [[ADDRESS|geo:Main Street, Kilmacthomas, Co. Waterford X42 HC62]], PPSN [[ID|ssn:2177161RA]]
found in car [[VEHICLE|vehicle:191-W-2201]] at [[LOCATION|geo:Tramore]] strand car park. ID'd by brother [[PERSON|name:Liam Tobin]].
PULSE [[ID|other:20241187332]]""",
    """From: Register Office <[[EMAIL|email:registrars@stockport.example.gov.uk]]>
To: [[EMAIL|email:carol.finch64@aol.com]]
Date: [[DATE|date:Mon, 07 Oct 2024 10:12]]
Subject: Registering the death of [[PERSON|name:Dennis Finch]]
Dear Mrs [[PERSON|name:Finch]], your appointment is [[DATE|date:Wednesday 9 October]] at 11:20, [[LOCATION|geo:Stockport Town Hall]].
Please bring his NHS number ([[ID|health_plan:628 054 3234]]) and your photo ID.""",
    """me scrutiny [[DATE|date:22/11/24]] - dec'd [[PERSON|name:jean pollock]] [[AGE|other:88]], died ward 14 [[LOCATION|geo:Royal Derby]]
spoke to qap + niece [[PERSON|name:sandra]] - no concerns re care. 1a covid-19 pneumonitis, ii copd.
hosp no [[ID|mrn:RTG 3829171]]""",
    """Report to Procurator Fiscal (SFIU) - [[DATE|date:5 January 2025]]
[[PERSON|name:Alasdair MacLeod]], CHI [[ID|health_plan:0608525499]], [[AGE|other:72]]
died [[LOCATION|geo:Western Isles Hospital]] 48h post lap chole, ?bile leak.
reporting Dr [[PERSON|name:Kirsten Ure]] [[PHONE|phone:07700 900821]]. PF ref [[ID|other:PF/SFIU/25/0031]]""",
    """ME office daily log [[DATE|date:12.03.2025]]
case_id,deceased,dob,dod,place,qap,outcome
[[ID|other:ME-25-0412]],[[PERSON|name:Ahmed Farouk]],[[DATE|date:04.07.1950]],[[DATE|date:11.03.2025]],home ([[ADDRESS|geo:M14 5RF]]),Dr [[PERSON|name:Ng]],MCCD
[[ID|other:ME-25-0413]],[[PERSON|name:Vera Kowalski]],[[DATE|date:19.12.1931]],[[DATE|date:11.03.2025]],[[LOCATION|geo:MRI]],Dr [[PERSON|name:Duffy]],coroner (#NOF)""",
    """Inquest listing - Coroner's Court, [[LOCATION|geo:Pontypridd]] - [[DATE|date:Tuesday 11 February 2025]] 10:00
touching the death of [[PERSON|name:Bethany Lewis-Price]] ([[AGE|other:16]]), d. [[DATE|date:2nd August 2024]]
witnesses: school nurse, paramedic, GP
family solicitor [[EMAIL|email:d.ashe@ashelaw.example.co.uk]]. ref [[ID|other:CVC-2024-00917]]""",
    """Mortuary release - [[LOCATION|geo:Antrim Area Hospital]] [[DATE|date:28/02/2025]]
[[PERSON|name:Eamonn Gillespie]], H&C [[ID|health_plan:398 814 5025]], hosp no. [[ID|mrn:AAH 9918274]]
ID by son from viewing photo [[ID|photo:viewing_gillespie_face_01.jpg]]; PSNI fingerprint ref [[ID|biometric:NIFP-7720-3381]]
released to FD, hearse [[VEHICLE|vehicle:JCZ 4471]], tel [[PHONE|phone:028 9446 3310]]""",
]


def main() -> None:
    n = write_styled(
        OUT,
        [
            ("pharmacy-pmr-log", PHARMACY_PMR_LOG),
            ("cd-register-table", CD_REGISTER_TABLE),
            ("optom-audiology-letters", OPTOM_AUDIOLOGY_LETTERS),
            ("dental-fp17-claims", DENTAL_FP17_CLAIMS),
            ("hospice-school-threads", HOSPICE_SCHOOL_THREADS),
            ("gum-clinic-notes", GUM_CLINIC_NOTES),
            ("prison-healthcare", PRISON_HEALTHCARE),
            ("ambulance-epcr", AMBULANCE_EPCR),
            ("social-care-assessment", SOCIAL_CARE_ASSESSMENT),
            ("coroner-death-certification", CORONER_DEATH_CERT),
        ],
    )
    print(f"probe89: {n} docs")


if __name__ == "__main__":
    main()
