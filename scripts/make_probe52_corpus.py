"""Write the 52nd hand-annotated redaction probe, 100 notes of communications around care.

Why: most redaction corpora are clinical records (progress notes, discharge summaries). The
identifiers that leak in practice often sit in the messages that surround care instead: the SMS
reminder and the patient's reply, the portal message, the staff email thread with its quoted
history and signature block, the Teams chat, the speech-to-text voicemail, the web booking form,
the complaint letter, the family group chat, the after-hours triage note and the referral email
with its attachment list. This probe measures how a redactor copes with that informal register
(lower case, typos, emojis, glued labels, ">" quoting, numbers said aloud) in text it has never
seen.

What: ten styles of 10 notes each, written by hand for this project: sms-appointment-reminders-
and-replies, patient-portal-messages, staff-email-threads, chat-messages, voicemail-and-call-
transcripts, web-contact-and-booking-forms, complaint-and-feedback-letters, carer-and-family-
updates, after-hours-locum-and-triage-messages and referral-and-results-emails-with-attachment-
lists. Countries: Australia (most), United States, United Kingdom, New Zealand, Canada, Singapore
and India. All people are invented. Check-digit identifiers (Medicare AU, IHI, TFN, NHS number, NZ
NHI, NRIC/FIN, Aadhaar, BC PHN, OHIP, NPI, AU provider numbers, VINs) were computed to pass their
checksums, including the ones spoken digit by digit. Labelling conventions:
  * Every person's name is PERSON|name, patients, family and staff alike. Titles (Dr, Mr, Mrs,
    Ms, Madam, Nurse, Sr, Smt., Aunty, Officer) and honorific suffixes (garu) stay outside the
    span; "SURNAME, Given" is one span; a given name alone, a nickname, a name spelled out letter
    by letter and a chat handle that is a person's name (jenna.w, dani.k) are spans of their own,
    with any leading "@" outside. A login that is not a name is ID|other.
  * A full street or PO Box address is ONE ADDRESS|geo span from unit or street to postcode. Towns,
    suburbs, street-named sites, named hospitals, clinics, practices, pharmacies, rest homes, named
    wards and named shopping centres are LOCATION|geo, one span even when the name holds a person's
    name or a suburb ("Fiona Stanley Hospital", "Unichem Rotorua Central"). A postcode standing
    alone is LOCATION|geo. States, provinces, countries, numbered wards ("ward 24", "7 West"),
    rooms, beds and levels are not marked.
  * Dates more specific than a year are DATE|date, including the date part of email headers and
    chat timestamps, weekday-plus-date ("thurs the 16th"), a bare ordinal ("the 19th"), dates
    said in words, month+year and a named holiday standing for a date. Relative words ("next",
    "tmrw", "this wk"), weekdays alone, clock times and durations are not marked. A year alone is
    not marked, except a date of birth given as a year.
  * Ages over 89 are AGE|date (including "100th" birthday); ages of a named patient under 90 are
    AGE|other; ages of unnamed people are not marked.
  * Phone numbers of anyone (people, clinics, switchboards, 1300 lines), written, spoken as words
    or digit by digit, are PHONE|phone, fax numbers PHONE|fax. Emergency short codes (000, 111,
    911), bare internal extensions and pager numbers are not marked.
  * Every email address is EMAIL|email, every URL URL|url (a booking link with its token is one
    span), every IP address IP|ip.
  * National IDs (SSN, TFN, NRIC/FIN, Aadhaar, PAN, UK NI number) are ID|ssn. Hospital, UR, URN,
    UMRN, UHID, inpatient (IP) and imaging registration numbers are ID|mrn. Medicare (the AU card
    number, without the separate IRN digit), IHI, NZ NHI, NHS number, US MBI, insurer member and
    DVA numbers, provincial health cards, ABHA and policy numbers are ID|health_plan. Billing
    accounts and invoice or bill numbers are ID|account. AU provider numbers, Singapore MCR, NPI
    and driver licence numbers are ID|license. Plates and VINs are VEHICLE|vehicle, device serials DEVICE|device.
    Booking, ticket, claim, case, lab episode, job, referral (UBRN) and NDIS/Centrelink numbers
    are ID|other.
  * An attachment or photo file name that carries a person's name, initials or an identifying
    number is ID|photo (the whole file name); generic names (IMG_4471.HEIC, referral_letter.pdf)
    are not marked.
Non-identifiers are planted unmarked on purpose: doses, lab values, times, money, room and bed
numbers, item numbers, key-safe codes, brand and drug names, emojis, staff roles and words such
as will, may, grace and bill.

How: cd /work/main && .venv/bin/python scripts/make_probe52_corpus.py (writes corpus/redaction/probe52.jsonl).
"""

from pathlib import Path

from make_safe_harbor_suite import write_styled

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "corpus" / "redaction" / "probe52.jsonl"

SMS = [
    """Hi [[PERSON|name:Jess]], reminder of your appt with Dr [[PERSON|name:Anand Krishnan]] at [[LOCATION|geo:Bayside Family GP]] on [[DATE|date:Tue 14/05]] at 9:40am. Reply Y to confirm, N to cancel or call [[PHONE|phone:(03) 9584 2210]]. Pls bring your Medicare card.
> Y thx
> actually can i move it to [[DATE|date:thurs the 16th]]? work thing sorry 🙏
Hi, Thu 3:15pm is available, reply YES to book.
> YES. also new mob is [[PHONE|phone:0431 207 865]] not the old one""",
    """[[LOCATION|geo:Northern Imaging Epping]]: [[PERSON|name:MAREK]], your CT abdo is booked [[DATE|date:Mon 3 Jun]] 7:15am. Nil food 4hrs prior, water ok. Booking no [[ID|other:NIE-4471093]]. Directions: [[URL|url:https://nie.link/d/7Hq2xP]] Reply STOP to opt out
> who is this?? i dont have a ct booked
This msg was for [[PERSON|name:Marek Dvořák]]. If this isn't you we apologise, pls call [[PHONE|phone:03 9401 7730]]
> wrong number mate. [[PERSON|name:marek]] was my brothers number ages ago""",
    """Kia ora [[PERSON|name:Aroha]], this is [[LOCATION|geo:Te Awamutu Medical Centre]] reminding you of your smear on [[DATE|date:Wednesday 12 June]] at 10.30am. To change call [[PHONE|phone:07 871 4402]] or txt back. Ngā mihi
> can my daughter [[PERSON|name:Mereana]] come in with me? she drives me
Yes of course. Is your NHI still [[ID|health_plan:DLW0808]]?
> yep thats me 👍""",
    """[[LOCATION|geo:Lakeshore Pharmacy]]: Rx for [[PERSON|name:DENISE O.]] is ready for pickup. Copay $12.50. Questions? [[PHONE|phone:(312) 555-0187]]. Reply HELP for help
> can my husband pick it up, he will be there after 6
Yes, he will need photo ID and your DOB. Pickup code [[ID|other:LKP-30918]].
> ok thanks""",
    """[[LOCATION|geo:Kingsway Surgery]]: Dear Mr [[PERSON|name:Okafor]], your flu jab is booked for [[DATE|date:Sat 5 Oct]] between 9am-12pm at the [[LOCATION|geo:Derby Road]] site. To cancel reply CANCEL or ring [[PHONE|phone:01332 496 018]]. Do not reply with medical questions.
> Hi cant make sat, any chance of weds? [[PERSON|name:Chidi]]
Appointments also avail [[DATE|date:Wed 9 Oct]] 4.10pm or 4.20pm, which one?
> 4.20 pls""",
    """[[LOCATION|geo:Bedok Polyclinic]] appt reminder: [[PERSON|name:TAN AH KOW]] - Diabetic Eye Screening [[DATE|date:18-Jul-2024]] 08:30AM, Eye Centre level 2. Pls arrive 15min earlier. To reschedule: [[URL|url:https://go.gov.sg/hp-resched?t=a91Kx0Pq]]
> This is his daughter [[PERSON|name:Melissa]]. Papa cannot go that day, can change to after [[DATE|date:22 Jul]]? His IC is [[ID|ssn:S7689542B]], my no. [[PHONE|phone:+65 9127 4406]]""",
    """Dear [[PERSON|name:Ramesh Iyer]], your appointment with Dr. [[PERSON|name:Kavitha Subramaniam]] (Cardiology) at [[LOCATION|geo:Sri Lakshmi Heart Centre]], [[LOCATION|geo:Adyar]] is confirmed for [[DATE|date:15-06-2024]] 11:00 AM. Token no. 27. UHID [[ID|mrn:SLH2024118834]]. For queries call [[PHONE|phone:044 2441 9087]].
> ok sir i will come with my son, his no [[PHONE|phone:98410 63327]]""",
    """Hi [[PERSON|name:Bec]]! Just a reminder your 45min physio session with [[PERSON|name:Liam]] is tmrw [[DATE|date:Fri 21st]] @ 2pm at our [[LOCATION|geo:Newtown]] clinic. 24hr cancellation policy applies ($60 fee).
> omg sorry totally forgot, kid is sick 🤒 can we push to next week?
No worries, hope they feel better! We have Tues 8am or Wed 5:30pm?
> wed pls!! and my new email is [[EMAIL|email:rebecca.tanaka.au@outlook.com]] for the invoices
Done ✅ Inv [[ID|account:INV-002981]] has been resent.""",
    """[[LOCATION|geo:Riverside Health Centre]]: Reminder for [[PERSON|name:Gurpreet]] - bloodwork [[DATE|date:Monday, March 11]] 7:30am, fasting 10-12 hrs. Bring your health card. Reply C to confirm.
> C. my OHIP changed tho its [[ID|health_plan:1566-583-645-KT]] now
Thanks, updated. Lab is at [[ADDRESS|geo:1450 Bank St, Ottawa, ON K1H 7Z1]], 2nd floor.
> ok. can u also txt the results to my wife at [[PHONE|phone:613-555-0142]]""",
    """[[LOCATION|geo:Royal Brisbane]] Outpatients: [[PERSON|name:LEILANI F]] has an appt in Ortho Clinic B on [[DATE|date:07/08/24]] at 1030. UR [[ID|mrn:1204477]]. Confirm or cancel: [[URL|url:https://rbwh.qld.link/c/Tq93Zm1b]]
> this is her mum. she cant come she has exams. can u do [[DATE|date:the 19th]]?? pls call me on [[PHONE|phone:0467 330 912]] not her
> hello??""",
]

PORTAL = [
    """Subject: repeat script + blood results
From: [[PERSON|name:Nikolaos Pappas]] (patient)

hi dr [[PERSON|name:sharma]],
could i pls get a repeat of my atorvastatin 40mg and the metformin xr 1000, running out on [[DATE|date:sat the 8th]]. also did my bloods come back? the portal says "result available" but the pdf [[ID|photo:Pappas_N_FBE_LFT_220524.pdf]] wont open
thanks
[[PERSON|name:nick]]

---
Reply: Hi, scripts sent as eScript. LDL 3.4, the doctor would like to discuss, book via [[URL|url:https://kmp.au/book?pid=88314&dr=ks]]. Kind regards, reception""",
    """MyChart message
From: [[PERSON|name:Alyssa Brennan-Cho]]
Sent: [[DATE|date:6/18/2024]] 11:52 PM
Subject: rash after new med??

Hi, I started the lamotrigine 25mg that Dr. [[PERSON|name:Feldman]] prescribed and now I have a red rash on my chest and arms. Is this the bad rash?? I uploaded pics [[ID|photo:alyssa_rash_chest_0618.jpg]] and IMG_4471.HEIC.
MRN [[ID|mrn:E40018823]]

Reply - triage RN: please STOP the lamotrigine now and go to urgent care or the ED tonight. If you have trouble breathing call 911. Our on-call line is [[PHONE|phone:(503) 555-0129]].""",
    """NHS App - message to [[LOCATION|geo:Harrowgate Lane Surgery]]
Patient: [[PERSON|name:Siobhan McAllister]]  NHS no: [[ID|health_plan:495 841 4843]]
Re: sick note

Hello, I need a fit note extended, my current one runs out [[DATE|date:Friday 28th June]]. Still waiting on physio for my back. Cheers

Response: Dr [[PERSON|name:Adeyemi]] has issued a fit note until [[DATE|date:26 July]]; it is in your documents as [[ID|photo:FitNote_McAllister_S_260624.pdf]]. Thanks, Patient Services""",
    """Message via [[LOCATION|geo:Queensland Children's Hospital]] patient portal
Patient: [[PERSON|name:Harper Nguyen-Walsh]] (DOB [[DATE|date:03/02/2019]])  UR: [[ID|mrn:Q2283014]]
From: parent

hello, [[PERSON|name:harper]] had her grommets out on [[DATE|date:the 2nd]] and now her left ear is draining yellowish stuff since yesterday, no fever (37.2). do we need to come in or wait for ENT clinic? the portal has my old number, please change to [[PHONE|phone:0412 885 017]]
thanks, [[PERSON|name:thao]]""",
    """Hi team, it's [[PERSON|name:Tama Wiremu Herewini]] here, NHI [[ID|health_plan:SFF8836]]. Can I please get a referral to the skin clinic for a spot on my ear that's grown heaps. Photo attached ([[ID|photo:tama_ear_mole.jpg]]). I'm in [[LOCATION|geo:Ōtaki]] most weekdays so anytime after [[DATE|date:the 15th]] is good.
Cheers bro

--
Reply from Dr [[PERSON|name:Fiona Macleod]]: Kia ora, the photo is blurry - can you upload another in daylight? Referral sent anyway.""",
    """Patient message - [[LOCATION|geo:Mississauga FHT]]
From: [[PERSON|name:Olumide Adebayo]]
hello,
i need a form filled for my insurance claim (Sun Life) for my knee surgery. claim # [[ID|other:SL-7730-441829]], form attached [[ID|photo:Adebayo_O_APS_form_scan.pdf]]. Surgery was at [[LOCATION|geo:Trillium]]. Please fax it to [[PHONE|fax:1-855-555-0173]]. Thank you, [[PERSON|name:Olu]]
Reply: forms are $35 and take 5-7 business days.""",
    """Enquiry ref [[ID|other:HH-240611-08837]]
Name: [[PERSON|name:Nurul Ain binte Rahman]]
NRIC: [[ID|ssn:T4093178Z]]
Mobile: [[PHONE|phone:8725 3316]]
Message: my son [[PERSON|name:Irfan]] vaccination record in app is wrong, shows MMR dose 2 not given but he had it at [[LOCATION|geo:Jurong Polyclinic]] on [[DATE|date:5 Mar 2022]]. I attach photo of his health booklet [[ID|photo:Irfan_booklet_p12.jpg]]. Pls correct thanks""",
    """hi [[PERSON|name:Claire]],
thanks for the call today. just confirming: day 1 was [[DATE|date:Mon 10/6]], starting gonal-f 150iu on day 3, my partner will do the injections. is it ok to have the flu vaccine this week?
also the statement has my old medicare no. on it, correct one is [[ID|health_plan:6867 12677 3]] / irn 1.
cheers
[[PERSON|name:priya r]]
sent from my iPhone""",
    """Subject: Bill question - acct [[ID|account:100458827]]
Hi, I got a bill for $1,284.00 for my ER visit on [[DATE|date:4/27]] but my insurance (Aetna, member ID [[ID|health_plan:W184729306]]) should've covered it. Can someone resubmit? The SSN on the bill is wrong too, it's [[ID|ssn:523-41-7786]].
Thanks,
[[PERSON|name:Marcus Dwayne Hollis]]
[[ADDRESS|geo:818 Larkspur Ln, Apt 3C, Dayton, OH 45406]]""",
    """Query from app ([[URL|url:https://care.medwellhospitals.in/app/q/77120]]):
Patient name: [[PERSON|name:Ananya Deshpande]] | UHID: [[ID|mrn:MWH-PUN-0093317]] | Mobile: [[PHONE|phone:+91 98220 41736]]
"Doctor I have uploaded my thyroid report TSH 6.8. Should I increase thyronorm 50 to 75? Also need Aadhaar linked for insurance, number is [[ID|ssn:6131 1485 6852]]."
Auto-reply: Your query has been assigned to Dr [[PERSON|name:Gokhale]]. Expected response in 48 hrs.""",
]

EMAIL = [
    """From: [[PERSON|name:Hannah Whitcombe]] <[[EMAIL|email:hannah.whitcombe@health.nsw.gov.au]]>
Sent: [[DATE|date:Tuesday, 11 June 2024]] 4:17 PM
To: Allied Health - Ward 7B
Subject: RE: d/c planning - bed 14

Hi all,
Family meeting for Mrs [[PERSON|name:Gwendolyn Hartigan]] (MRN [[ID|mrn:0881274]]) is locked in for Thurs 2pm, room 3 level 5. Daughter is flying in. RACF bed offered at [[LOCATION|geo:Wattlebrae Lodge]].

Thanks
[[PERSON|name:Hannah]] | Social Worker
P: [[PHONE|phone:(02) 8890 5521]] | Pager 4471

-----Original Message-----
> can we get the family mtg done this wk? she's [[AGE|date:91]] and medically stable, we're under pressure for the bed.""",
    """From: [[EMAIL|email:stpeters.surgery@nhs.net]]
Date: [[DATE|date:3 July 2024]] 10:44
Subject: FW: Referral not received - Mr [[PERSON|name:D Kowalczyk]]

Dear Rheumatology team, our patient, NHS [[ID|health_plan:420 032 5764]], was referred via e-RS on [[DATE|date:14 May]] (UBRN [[ID|other:0004 7718 2291]]) but has been told you have no record. Could you check?
Kind regards
[[PERSON|name:Amira Haddad]], Medical Secretary
Tel [[PHONE|phone:01373 462 118]]  Fax [[PHONE|fax:01373 462 990]]

---------- Forwarded message ---------
From: [[PERSON|name:Daniel Kowalczyk]] <[[EMAIL|email:dan.kowalczyk66@btinternet.com]]>
> hi, rang the hospital again, nothing on the system. its been 7 weeks. can you chase please? thanks""",
    """From: [[PERSON|name:Kristen Alvarado]] <[[EMAIL|email:kalvarado@mapleridgepeds.com]]>
To: IT Helpdesk
Subject: suspicious portal logins - pt [[PERSON|name:Ethan Morrow]]
Date: [[DATE|date:Mon, Apr 8, 2024]] 8:12 AM

Hi team,
His mom called saying she got 3 "new device sign-in" emails she didn't do. Audit log shows logins from [[IP|ip:185.220.101.47]] and [[IP|ip:2a02:c207:2041:5527::1]], plus her normal one [[IP|ip:73.158.40.212]]. Username is [[ID|other:soccermom2291]]. Can you lock the proxy account?

Thanks
--
Practice Manager | [[LOCATION|geo:Maple Ridge Pediatrics]]""",
    """From: [[EMAIL|email:dispensary@brightonbeachpharmacy.com.au]]
To: Dr [[PERSON|name:Cheng]]
Subject: Webster pak change - [[PERSON|name:Mavis Dunleavy]] [[AGE|date:94]]

Hi Doctor,
Her carer [[PERSON|name:Joy]] dropped in saying her oxycodone was reduced at the hospital to 5mg bd from 10mg bd but we have no new script. Her DVA is [[ID|health_plan:VX204418]] Gold. This week's pak is on hold.

Regards,
[[PERSON|name:Tom Anagnostou]]
Pharmacist | [[ADDRESS|geo:Shop 4, 118 Bay St, Brighton VIC 3186]]
ph [[PHONE|phone:03 9592 7784]]""",
    """Subject: Re: wound review [[PERSON|name:Hohepa]] - NHI [[ID|health_plan:TVK2195]]
From: [[PERSON|name:Kiri Tautahi]]
Date: [[DATE|date:Thu 20/06/2024]] 15:03

Kia ora koutou,
Visited him at home today ([[ADDRESS|geo:27 Kowhai Road, Kaikohe 0405]]). Leg ulcer R shin 4x3cm, less slough, changed to Aquacel Ag + 2 layer compression. He wants his moko [[PERSON|name:Rangi]] as contact - [[PHONE|phone:022 517 4480]].
Ngā mihi
[[PERSON|name:Kiri]]
District Nurse

> Can someone check on him? GP says he missed his last 2 appts""",
    """From: [[PERSON|name:Bich Ngoc Tran]]
To: Interpreter Bookings; Patient Transport
Subject: [[DATE|date:Wed 17 July]] - Vietnamese interpreter + PTS

Hi all,
Pt [[PERSON|name:LE, Van Hung]] (UR [[ID|mrn:3390127]]) needs a Vietnamese interpreter (onsite, male) for his 10:30 in Renal OPD and PTS pickup from [[ADDRESS|geo:8/41 Railway Pde, Cabramatta NSW 2166]]. Contact is his son [[PERSON|name:Minh]] [[PHONE|phone:0402 118 736]].

Thanks
Admin Officer, Renal Outpatients | Ext 24410

> Confirmed - job no. [[ID|other:HCIS-4471982]], interpreter 10:15-11:45.""",
    """From: [[PERSON|name:Ian MacPherson]] <[[EMAIL|email:ian.macpherson@ahs.ca]]>
Sent: [[DATE|date:February 2, 2024]] 6:48 PM
Subject: transfer - [[PERSON|name:Whitehorse, Jolene]]

Thanks for accepting. [[AGE|other:34]]F, AHCIP [[ID|health_plan:48213-6607]], urosepsis, coming by STARS from [[LOCATION|geo:Drumheller]] ETA 2030. Lactate 4.1, on norepi 0.08. Husband is driving down. CT disc exported as [[ID|photo:WHITEHORSE_J_CTAP_20240202.zip]].
ED attending | [[PHONE|phone:403-823-6500]]""",
    """From: [[PERSON|name:Jasmine Lim Hui Min]] <[[EMAIL|email:jasmine_lim@ttsh.com.sg]]>
Date: [[DATE|date:12 Aug 2024]]
Subject: Financial assistance - Mr [[PERSON|name:Rajendran s/o Muthu]]

Hi MSW team, pt is for discharge to a community hospital in [[LOCATION|geo:Yishun]]. Son says the family cannot afford the bill ($8,420 after MediShield). Hospital no. [[ID|mrn:HN24-0771930]]. Pls assess for MediFund. Son contactable at [[PHONE|phone:9683 2207]] after 7pm.
Thanks,
[[PERSON|name:Jasmine]]
Senior Staff Nurse, Ward 9C""",
    """From: [[PERSON|name:Donna Fitzgerald]]
To: Dr [[PERSON|name:Ahmed Rahimi]]
Subject: rejected claims - wrong provider no.

Hi Doc,
Medicare rejected 14 bulk bill claims from your [[DATE|date:Sat 1 June]] session because they went out under your old provider number [[ID|license:264586BY]]. Your number for us is [[ID|license:7345288K]]. I'll resubmit them all (item 23, $42.85 each), but can you check PRODA shows the right address?
Thanks
Practice Manager | [[LOCATION|geo:Springwood Family Doctors]] | [[PHONE|phone:07 3208 4419]]
[[URL|url:www.springwoodfamilydoctors.com.au]]""",
    """From: TPA Desk <[[EMAIL|email:tpadesk@sahyoghospital.in]]>
Subject: Pre-auth query reply | Claim [[ID|other:CLI/2024/118834]] | Patient [[PERSON|name:Meenakshi Raghavan]]
Dear Sir/Madam,
With reference to your query dated [[DATE|date:09-07-2024]], please find attached:
1. [[ID|photo:Meenakshi_Raghavan_Aadhaar.jpg]]
2. Discharge summary (pdf)
Patient admitted under Dr. [[PERSON|name:S. Kulkarni]] for lap cholecystectomy. Estimated cost Rs 1,45,000.
Regards,
[[PERSON|name:Pooja Nair]]
TPA Coordinator, [[LOCATION|geo:Sahyog Multispeciality Hospital]], [[LOCATION|geo:Kothrud]]
Ph: [[PHONE|phone:020 6721 5500]] Extn 412""",
]

CHAT = [
    """[07:42] [[PERSON|name:Sarah Kim]] (ED NUM)
anyone got a bed for the lady in cubicle 12? [[PERSON|name:PATTERSON, June]], [[AGE|date:92]], #NOF, UR [[ID|mrn:2201884]]
[07:44] [[PERSON|name:Tom Reyes]]
ortho full, try [[LOCATION|geo:Jacaranda Ward]] they had 2 d/c's planned. [[PERSON|name:Mel]] is in charge there, ext 6612
[07:46] [[PERSON|name:Sarah Kim]]
ta 🙏 daughter's mob for the handover is [[PHONE|phone:0408 771 203]]""",
    """#care-coord
**[[PERSON|name:jenna.w]]** 9:14 AM
pt [[PERSON|name:Luis Ortega]] (MRN [[ID|mrn:TH-0091835]]) no-showed his video visit again, link was [[URL|url:https://visit.brightcarehealth.com/j/83310427?pwd=Zk4rT1]]
**[[PERSON|name:marcus_b]]** 9:16 AM
chart says preferred contact is his sister [[PERSON|name:Ana]] [[PHONE|phone:(956) 555-0113]], spanish
**[[PERSON|name:jenna.w]]** 9:17 AM
calling her now. also his BP cuff SN [[DEVICE|device:OMR-BP7350-2204871]] keeps uploading from a weird ip [[IP|ip:172.58.19.204]], prob a hotspot""",
    """[[PERSON|name:Priya Shah]]  [[DATE|date:14/03]] 10:02
Dr [[PERSON|name:Lewis]] can you ring back Mrs [[PERSON|name:Agnieszka Nowak]]? worried about her son's rash, the 07700 number on the record is dead, new one [[PHONE|phone:07700 900461]]
[[PERSON|name:Callum Lewis]]  12:48
will do. is that the little one? NHS no pls
[[PERSON|name:Priya Shah]]  12:49
[[ID|health_plan:417 958 7122]] - [[PERSON|name:Jakub Nowak]], DOB [[DATE|date:02/11/2017]]""",
    """[[PERSON|name:dani.k]]  11:03 AM
heads up - client [[PERSON|name:Bronwyn Tulloch]] (goes by [[PERSON|name:Bron]]) moved, new addy [[ADDRESS|geo:3/9 Ellery St, Mount Gambier SA 5290]], key safe 4471 (don't put that in notes pls 😅)
[[PERSON|name:raf]]  11:05 AM
thx. NDIS # still [[ID|other:430918227]]?
[[PERSON|name:dani.k]]  11:06 AM
yep. plan review [[DATE|date:26 Aug]]. support coord email is [[EMAIL|email:sharon.p@brightpathsupport.com.au]]""",
    """[[PERSON|name:Anahera Poutama]] 7:15 am
morning all, list changes: Mr [[PERSON|name:Vaifale]] (NHI [[ID|health_plan:TWX3841]]) cancelled, had brekkie 🙄. add-on lap appendix from ED, [[PERSON|name:Chloe Bracewell]] [[AGE|other:19]]
[[PERSON|name:Ben Harlow]] 7:18 am
has anyone rung her mum [[PERSON|name:Deb]]? she asked for updates on [[PHONE|phone:027 339 8812]]. send her to ward 24 after PACU""",
    """[[DATE|date:12/07/24]], 9:41 pm - Dr [[PERSON|name:Arjun Menon]]: Bed 7 pt [[PERSON|name:Farhan Qureshi]] IP no [[ID|mrn:IP24/08812]] sats dropping 89% on 4L, shifting to ICU
[[DATE|date:12/07/24]], 9:43 pm - Sr [[PERSON|name:Lincy]]: ok sir, attender is his brother [[PERSON|name:Imran]] [[PHONE|phone:+91 97311 08245]]""",
    """[[PERSON|name:Chantal Bouchard]] 1:12 PM
who has the fax from [[LOCATION|geo:Lakeridge Health]] for [[PERSON|name:Nakamura]]? not in the inbox
[[PERSON|name:Devon Clarke]] 1:15 PM
scanned it as [[ID|photo:NAKAMURA_Ken_consult_0412.pdf]] into his chart. OHIP [[ID|health_plan:8653-284-607]] right? if his wife wants a copy she signs consent first: [[URL|url:https://forms.oakvalleyfht.ca/roi?ref=K3N-0412]]""",
    """**[[PERSON|name:josh.tran]]** 4:55 PM
fyi the tablet we lent client [[PERSON|name:Kyle Ashworth]] for telehealth (serial [[DEVICE|device:R52T80ABCXM]]) hasn't checked in since [[DATE|date:Sunday 9/6]]. last seen on IP [[IP|ip:110.144.87.21]]
**[[PERSON|name:mia.s]]** 4:58 PM
he's couch surfing, last known [[LOCATION|geo:Frankston]]. case manager is [[PERSON|name:Rhys]]""",
    """[9:02 am] [[LOCATION|geo:Tampines Family Clinic]]: Good morning Mr [[PERSON|name:Lim]], your MC for [[DATE|date:3 Jun]] to [[DATE|date:4 Jun]] is ready. Collect or we email? Pls confirm NRIC.
[9:15 am] [[PERSON|name:Kelvin Lim]]: email pls [[EMAIL|email:kelvinlim.sg@gmail.com]] thks. NRIC [[ID|ssn:S7754848C]]
[9:21 am] Clinic: Sent 😊 Get well soon!""",
    """Officer [[PERSON|name:D. Ruiz]] (Security) 2:14 AM
grey F-150 parked in ambulance bay 2, plate [[VEHICLE|vehicle:8KLM291]] CA. anyone know whose?
[[PERSON|name:Tasha Greene]] (ED Charge) 2:21 AM
it's the son of bed 6, [[PERSON|name:Alejandro]], he's moving it. VIN on the dash is [[VEHICLE|vehicle:1FTEW1EP9LKD63518]] if you need it for the log lol""",
]

VOICE = [
    """Voicemail [[DATE|date:Tue 04/06/2024]] 08:12 from [[PHONE|phone:0437 118 402]] (0:47)
hi it's [[PERSON|name:Shirley]] um [[PERSON|name:Shirley Mcgrath]] calling about my husband he's got an appointment with doctor [[PERSON|name:Van Der Merwe]] on [[DATE|date:thursday the thirteenth]] but he's in [[LOCATION|geo:Canberra Hospital]] now so can you cancel that and um can the doctor ring me back my number is [[PHONE|phone:oh four three seven one one eight four oh two]] thanks bye""",
    """Call transcript - Nurse Advice Line - [[DATE|date:08/22/2024]] 19:36
Agent: nurse line this is [[PERSON|name:Brianna]] can I get the patient's name and date of birth
Caller: it's for my dad [[PERSON|name:Walter Pruitt]] [[PERSON|name:P R U I T T]] birthday is [[DATE|date:march fourth nineteen forty one]]
Agent: and what's going on
Caller: he fell getting out of the tub he can't put weight on his hip he's [[AGE|other:eighty three]]
Agent: okay I'm going to get him seen tonight what's the best callback number
Caller: [[PHONE|phone:nine oh three five five five oh one four eight]]""",
    """VM 2 of 5 received [[DATE|date:Mon 17 Jun]] 18:03 caller ID withheld
hiya it's [[PERSON|name:Kerry-Ann Bishop]] ringing for me mum [[PERSON|name:Pat]] she's had a fall and the carers said to ring yous she's at [[ADDRESS|geo:flat six greenway court ashby road loughborough L E eleven three A B]] her date of birth is the [[DATE|date:ninth of the first thirty eight]] NHS number [[ID|health_plan:four seven five nine zero nine one three eight six]] me number is [[PHONE|phone:oh seven seven hundred nine hundred two eight three]] ta-ra""",
    """[00:00:03] Agent: [[LOCATION|geo:Greenslopes]] pre-admissions [[PERSON|name:Mia]] speaking
[00:00:06] Caller: hi yeah it's [[PERSON|name:Darren Kuipers]] I've got surgery on the [[DATE|date:twenty first of august]] and I got a text saying to call you
[00:00:16] Agent: sure can I grab your date of birth
[00:00:18] Caller: [[DATE|date:fourteen eleven seventy two]]
[00:00:22] Caller: and medicare is [[ID|health_plan:three two five three seven one five two four one]] I'm number one on the card
[00:00:45] Agent: lovely um you need to stop the apixaban two days before so that's [[DATE|date:the nineteenth]] and it's Doctor [[PERSON|name:Okoye]] doing it""",
    """voicemail 14:22 [[DATE|date:28/05]] from [[PHONE|phone:+64 21 993 407]]
kia ora this is [[PERSON|name:Wiremu]] calling about the ACC claim for my shoulder claim number is [[ID|other:c x c four four one nine eight seven]] I'm meant to come in on friday but the work van's broken down out in [[LOCATION|geo:Dannevirke]] so yeah can you move it can you call me back on [[PHONE|phone:oh two one nine nine three four oh seven]] cheers""",
    """[[DATE|date:03-09-2024]] 11:47 Appointment desk
Agent: good morning [[LOCATION|geo:CareFirst Hospital]] how may I help
Caller: madam I want appointment with orthopaedic doctor for my father [[PERSON|name:Venkatesh Gowda]] age [[AGE|other:sixty seven]] new patient
Agent: mobile number
Caller: [[PHONE|phone:nine eight four five zero one two seven six six]]
Agent: Dr [[PERSON|name:Harish Rao]] available [[DATE|date:Thursday fifth]] 10:30 consultation 800 rupees
Agent: booked your reference number is [[ID|other:C F W two four zero nine one one]]""",
    """New voicemail from [[PHONE|phone:(604) 555-0139]] [[DATE|date:Wednesday, Jan 17]] 4:51 PM, 1 min 12 sec
Transcription: Hi this message is for Dr [[PERSON|name:Sandhu]]'s office it's [[PERSON|name:Lorraine Fiddler]] I'm supposed to have my colonoscopy at [[LOCATION|geo:Lions Gate]] on the [[DATE|date:twenty fourth]] but I haven't gotten the prep instructions my care card number is [[ID|health_plan:nine six six three nine two three three two eight]] you can call me back at this number thank you""",
    """Transcript (auto) - outbound call to [[PHONE|phone:0 4 5 5 2 0 9 3 1 7]]
SW: hi is that [[PERSON|name:Cheryl]]
C: yes speaking
SW: hi it's [[PERSON|name:Ngaire]] the social worker from [[LOCATION|geo:Dubbo Base]] just calling about your brother [[PERSON|name:Kevin]] he's fine he's asking if you can bring his wallet and glasses from the house at [[ADDRESS|geo:fourteen Wingewarra Street Dubbo]]
C: yep I've got a key I'll go round after work
SW: lovely and we need his Medicare it's not on the system
C: it's [[ID|health_plan:4 4 0 9 4 1 7 3 0 1]] he's the first one on the card""",
    """Voice message [[DATE|date:21/08/2024]] 13:05
hello this is Madam [[PERSON|name:Goh Siew Lan]] calling for my husband appointment at the eye clinic [[DATE|date:twenty third August]] he cannot go because he admitted to [[LOCATION|geo:Changi General]] since yesterday please change can call my daughter [[PERSON|name:Rachel]] at [[PHONE|phone:nine one two eight four four zero six]] his IC number [[ID|ssn:S seven eight one nine eight nine nine J]] thank you""",
    """VM [[DATE|date:Sat 15/06]] 11:48 from [[PHONE|phone:1300 362 947]]
hi this is [[PERSON|name:Aiden]] from [[LOCATION|geo:Southern Cross Pathology]] calling with a critical result for Doctor [[PERSON|name:Marchetti]] patient [[PERSON|name:Georgiou]] [[PERSON|name:G E O R G I O U]] first name [[PERSON|name:Eleni]] potassium is six point eight repeat six point nine lab number [[ID|other:two four dash one six six three zero eight one]] please call back on [[PHONE|phone:one three hundred three six two nine four seven]] and quote that lab number thanks""",
]

FORMS = [
    """New online booking - [[LOCATION|geo:Coorparoo Medical Centre]]
Submitted: [[DATE|date:16/07/2024]] 21:14 AEST
Name: [[PERSON|name:zoe hartley-brown]]
DOB: [[DATE|date:09/12/1994]]
Mobile: [[PHONE|phone:0423917088]]
Email: [[EMAIL|email:zoehb94@icloud.com]]
Medicare: [[ID|health_plan:4592888263]]  Ref: 2
Reason: pill script + pap smear??
Confirm link: [[URL|url:https://bookings.cmc.net.au/confirm/7f3a9c21e0]]
IP: [[IP|ip:1.145.202.66]]""",
    """Contact Us form submission
First name: [[PERSON|name:Tyler]]
Last name: [[PERSON|name:Okonjo-Reyes]]
Phone: [[PHONE|phone:4045550172]]
Email: [[EMAIL|email:tokonjoreyes@yahoo.com]]
Insurance: Cigna - ID [[ID|health_plan:U81937724 01]]
Message: hi, i have a mole on my back that changed color. is there anything before [[DATE|date:Aug 30]]? i work nights so mornings are best
User agent: Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X)
IP: [[IP|ip:98.243.17.130]]""",
    """Online consultation - submitted [[DATE|date:Sun 23 Jun 2024]] 07:55
Patient: [[PERSON|name:Oluwaseun Adeleke]] DOB [[DATE|date:30/04/1988]] postcode [[LOCATION|geo:SE15 4QF]]
Q: What is the problem? A: chest feels tight when running, about a week now
Q: Contact number? A: [[PHONE|phone:07700 900 318]]
Q: Safe to leave a message? A: yes but not with my flatmate [[PERSON|name:Jonno]] lol
Q: Anything else? A: my NI number is [[ID|ssn:JT 48 27 19 D]] if needed for the sick note
Reference: [[ID|other:EC-2406-77310]]""",
    """Request for access to health information - online form
Applicant: [[PERSON|name:Mohammed Al-Rashid]] (son)
Patient name: [[PERSON|name:Fatima Al-Rashid]]  Patient year of birth: [[DATE|date:1951]]
Hospital: [[LOCATION|geo:Fiona Stanley Hospital]]
Admission date: [[DATE|date:2 March 2024]]
Postal delivery: [[ADDRESS|geo:PO Box 2271, Rockingham WA 6967]]
Proof of ID uploaded: [[ID|photo:drivers_licence_M_AlRashid.jpg]]
Licence no: [[ID|license:7719302]]
Fee: $0 (patient)""",
    """Book My Vaccine - booking confirmation
Booking ref: [[ID|other:BMV-7HQ2-K9]]
Name: [[PERSON|name:Ngaio Te Rangi]] · NHI: [[ID|health_plan:NLY6907]]
Vaccine: Influenza (Afluria Quad)
When: [[DATE|date:Saturday 4 May 2024]], 10:20am
Where: [[LOCATION|geo:Unichem Rotorua Central]], [[ADDRESS|geo:1131 Amohau Street, Rotorua 3010]]
Need to change? [[URL|url:https://bookmyvaccine.health.nz/manage?b=7HQ2K9&tok=ae31f0]]""",
    """Virtual visit request #[[ID|other:VV-220418]]
Submitted [[DATE|date:2024-05-03]] 06:12 from [[IP|ip:24.114.52.9]]
Full name: [[PERSON|name:Marie-Ève Lachance]]
Health card (QC): [[ID|health_plan:LACM 7855 1412]]
Phone: [[PHONE|phone:+1 514 555 0166]]
Reason: UTI symptoms, burning, 2 days. Allergic to sulfa.
Pharmacy fax: [[PHONE|fax:514-555-0190]]""",
    """Appointment request - [[URL|url:https://www.kallangdental.sg/book]]
Name (as in NRIC): [[PERSON|name:Muhammad Hafiz bin Ismail]]
NRIC/FIN: [[ID|ssn:G8662589Q]]
Contact: [[PHONE|phone:+65 8123 0457]]
Preferred date: [[DATE|date:Sat, 14/09]]  Time: morning
Treatment: scaling & polishing, wisdom tooth pain L lower
Referred by: friend ([[PERSON|name:Aisyah]])
CHAS: Orange""",
    """Second Opinion Request Form
Patient Name: [[PERSON|name:LAKSHMI PRIYA VENKATARAMAN]]
Age/Sex: [[AGE|other:46]]/F
Mobile: [[PHONE|phone:9884172035]]
City: [[LOCATION|geo:Coimbatore]]
ABHA No: [[ID|health_plan:91-4478-2210-6635]]
Reports uploaded: [[ID|photo:Lakshmi_MRI_breast_26062024.pdf]], biopsy_report.pdf
Query: Biopsy says IDC grade 2 ER+ PR+ HER2-. Doctor here advised mastectomy. Want second opinion on breast conserving surgery.""",
    """Enquiry via website - [[LOCATION|geo:Little Steps Speech Pathology]]
Parent/guardian: [[PERSON|name:Jarrah Whitlock]]
Child's name: [[PERSON|name:Ollie]] ([[PERSON|name:Oliver]])
Child's DOB: [[DATE|date:14.03.2020]]
Suburb: [[LOCATION|geo:Mawson Lakes]]
Funding: NDIS plan managed, participant no. [[ID|other:431 220 876]]
Best contact: [[PHONE|phone:0400 555 127]] (text first pls, i work in a noisy kitchen)
Anything else: [[PERSON|name:ollie]] is [[AGE|other:4]] and only has about 10 words. kindy teacher suggested we book in.""",
    """Parking concession application - [[LOCATION|geo:Sir Charles Gairdner Hospital]]
Patient: [[PERSON|name:Desmond O'Loughlin]]  UMRN: [[ID|mrn:A4417290]]
Treatment: Radiotherapy, daily x 25 from [[DATE|date:22/07/2024]]
Vehicle rego: [[VEHICLE|vehicle:1HKT 884]] (WA)
Driver: daughter [[PERSON|name:Niamh O'Loughlin]], [[PHONE|phone:0417 902 445]]
Uploaded: [[ID|photo:rego_papers_1HKT884.jpg]]
Concession: pensioner, CRN [[ID|other:308 912 447K]]""",
]

COMPLAINTS = [
    """[[DATE|date:19 June 2024]]

Patient Liaison Officer
[[LOCATION|geo:Royal Hobart Hospital]]

Dear Sir/Madam,

Re: my father [[PERSON|name:Stanley Robert Pearce]], UR [[ID|mrn:R0923317]]

I am writing to complain about the care my father received in the ED on the night of [[DATE|date:Saturday 8 June]]. Dad is [[AGE|date:93]] and has dementia. He was left on a trolley in the corridor for 14 hours and was not offered food or water until I arrived at 6am. When I asked the nurse (I believe her name was [[PERSON|name:Kylie]]) for a pad she said "we're all busy, love".

I can be contacted on [[PHONE|phone:0418 336 290]].

Yours faithfully,
[[PERSON|name:Lynne Pearce]]""",
    """★☆☆☆☆ Review of [[LOCATION|geo:Summit Urgent Care]] posted by [[PERSON|name:Danielle K.]]
Went in on [[DATE|date:Memorial Day]] with my 6yo, waited 3 hrs. The front desk guy (name tag said [[PERSON|name:Trent]]) was on his phone the whole time. Then they billed my insurance $450 AND sent me a bill for $175, account #[[ID|account:SUC-2024-118273]]. DO NOT GO HERE.
Response from the owner: we're sorry, please call [[PHONE|phone:(303) 555-0155]] and ask for the practice manager.""",
    """To: PALS <[[EMAIL|email:pals@ouh.nhs.uk]]>
Subject: complaint - missed cancer referral
Dear PALS,
My wife [[PERSON|name:Elaine Whitlow]] (NHS [[ID|health_plan:668 086 5549]]) was referred urgently on the 2-week-wait pathway by our GP on [[DATE|date:4th March]]. She wasn't seen at the [[LOCATION|geo:Churchill]] until [[DATE|date:16th April]]. I'd like this treated as a formal complaint.
[[PERSON|name:Graham Whitlow]]
[[ADDRESS|geo:22 Cherwell Drive, Marston, Oxford OX3 0LZ]]""",
    """Compliment received via feedback card, [[LOCATION|geo:Waratah Birth Suite]]
"To the wonderful midwives esp Aunty [[PERSON|name:Pam]] and [[PERSON|name:Grace]] on night shift - thank you for looking after me and baby [[PERSON|name:Isla]] (born [[DATE|date:2/4]] at 3.12am, 3.4kg!!). You showed such grace and patience. Love [[PERSON|name:Tegan]] xx"
[transcribed by the NUM]""",
    """Online complaint form - reference [[ID|other:24/07713]]
Complainant: [[PERSON|name:Losa Fa'asalele]]
Consumer: [[PERSON|name:Tavita Fa'asalele]] (my son)
Provider: [[LOCATION|geo:Middlemore Hospital]] Emergency Department
What happened: On [[DATE|date:Friday 17 May]] my son came in with bad stomach pain. They told him it was constipation and sent him home. The next day he collapsed at home and had a burst appendix.
Contact: [[EMAIL|email:losa.faasalele@xtra.co.nz]]""",
    """[[DATE|date:October 3, 2024]]
Attn: Patient Relations, [[LOCATION|geo:Hamilton General Hospital]]
Re: Care of [[PERSON|name:Bernard Lafleur]], MRN [[ID|mrn:H001948223]]
My brother ([[AGE|other:58]]) was discharged on [[DATE|date:Sept 21]] with a catheter and no home care arranged. Nurse [[PERSON|name:Ashley]] on 7 West told me it was "sent". I also request a copy of his records; his OHIP is [[ID|health_plan:7916-204-402]].
Sincerely,
[[PERSON|name:Yvette Lafleur-Boudreau]]
[[PHONE|phone:905-555-0193]]""",
    """Dear Sir/Mdm,
I refer to my father Mr [[PERSON|name:Ong Boon Huat]] (NRIC [[ID|ssn:S1756048D]]) who was in Ward 45 at [[LOCATION|geo:Singapore General Hospital]] from [[DATE|date:2 Sep]] to [[DATE|date:9 Sep]]. Nurse [[PERSON|name:Aung]] was excellent but the bill (invoice [[ID|account:SGH-INV-24-5581023]]) charged for a single room when he was in a 4-bed room.
Pls reply to [[EMAIL|email:ong.meiling@singnet.com.sg]].
Regards, [[PERSON|name:Ong Mei Ling]] (daughter)""",
    """To,
The Grievance Officer,
[[LOCATION|geo:Kaveri Medical Centre]], [[ADDRESS|geo:No. 14, 3rd Cross, Jayanagar 4th Block, Bengaluru 560011]]
Subject: Complaint regarding overcharging - IP No. [[ID|mrn:KMC/IP/24/07731]]
Respected Sir/Madam,
My mother Smt. [[PERSON|name:Saroja Hegde]] was admitted from [[DATE|date:12.08.2024]] to [[DATE|date:18.08.2024]]. Final bill no. [[ID|account:KMC-B-118209]] of Rs. 3,42,560 includes ICU charges for 4 days whereas she was in ICU only 2 days.
Yours faithfully,
[[PERSON|name:Prakash Hegde]]
PAN: [[ID|ssn:AXHPH4471K]] (for refund)""",
    """Hi,
I want to make a formal complaint. On [[DATE|date:Tues 2nd July]] I got a letter from your practice addressed to me but inside was someone else's pathology results - [[PERSON|name:Jayden Morcombe]], with his address [[ADDRESS|geo:41 Tamar St, Ballina NSW 2478]] and his medicare number on it. If this happened to him it has probably happened to me. my details: [[PERSON|name:Sienna Lowe]], [[PHONE|phone:0466 203 991]].
please don't just send me a sorry email
----
Practice response: Dear Ms [[PERSON|name:Lowe]], our privacy officer will call you today. Incident ref [[ID|other:PRIV-2024-013]].""",
    """[[PERSON|name:Rosa Delgado-Flores]]
[[ADDRESS|geo:1927 E Pine St, Tucson, AZ 85719]]
[[DATE|date:July 8, 2024]]
RE: Member ID [[ID|health_plan:DSH880214937]], Claim #[[ID|other:2024061800457]]
To whom it may concern,
I am appealing the denial of my son [[PERSON|name:Mateo]]'s CGM (Dexcom G7). He has type 1 diabetes, diagnosed [[DATE|date:Nov 2023]]. His endocrinologist submitted the letter of medical necessity. The transmitter he uses now (serial [[DEVICE|device:8NK4TR]]) was a sample and runs out this month.
Sincerely""",
]

FAMILY = [
    """Family group 💛
[[PERSON|name:Jules]]: update on mum - Dr [[PERSON|name:Ferguson]] says the infection is clearing, switching to oral abx tmrw. She might come home [[DATE|date:Fri 12th]]!
[[PERSON|name:Steph]]: yay!! 🙌 who's picking her up
[[PERSON|name:Jules]]: I can. she's in [[LOCATION|geo:Banksia ward]] bed 9 at [[LOCATION|geo:St John of God Midland]], nurse station [[PHONE|phone:08 9462 4120]]
[[PERSON|name:Jules]]: also Centrelink rang about the carer payment, they need mum's TFN, it's [[ID|ssn:963 927 329]] right?""",
    """Subject: Dad update
Hi all,
Dad saw the neurologist on [[DATE|date:Tuesday 3/12]]. MoCA 19/30, down from 23 last year. They're starting donepezil 5mg. The facility wants a POA copy on file - [[PERSON|name:Megan]], you have the original right? Their fax is [[PHONE|fax:(614) 555-0121]].
His new Medicare card came: MBI [[ID|health_plan:3HW7-KQ9-RM54]]. Photo is in the shared folder as [[ID|photo:Dad_Medicare_MBI_front.jpg]].
Love,
[[PERSON|name:Kev]]""",
    """Hi its [[PERSON|name:Maureen]] ([[PERSON|name:Arthur]]'s wife) just to let you know his catheter has been bypassing since last night and hes a bit confused today, temp 37.9. He's on the trimethoprim from Dr [[PERSON|name:Bhatt]]. Can the nurse come today? we're at [[ADDRESS|geo:4 Holly Close, Wrexham LL13 9HW]] side door open. Thanks [[PHONE|phone:01978 291 445]]""",
    """Shift update - [[DATE|date:Sat 20/7]] 9am-3pm
Hi [[PERSON|name:Lorraine]], [[PERSON|name:Bailey]] had a good day 😊 we went to [[LOCATION|geo:Westfield Tea Tree Plaza]] for lunch and the movies (about $38). He took his 12pm meds (Epilim 500mg + Seroquel). One seizure ~1:40pm in the car park, about 40 sec, recovered well. He wants to go to a mate's bday on [[DATE|date:the 27th]], can you let me know?
[[PERSON|name:Ngozi]]""",
    """Kia ora [[PERSON|name:Tui]],
Just an update on your nan, [[PERSON|name:Mihi]]. She had a settled week and enjoyed kapa haka on Wednesday. Small skin tear on her R forearm, dressed and healing. Her [[AGE|date:100th]] birthday is coming up on [[DATE|date:24 August]] 🎉 - would the whānau like to use the lounge?
Ngā mihi,
[[PERSON|name:Rachel Tamihana]], Clinical Manager
[[LOCATION|geo:Kōwhai Lodge Rest Home]] | [[PHONE|phone:07 315 6620]]""",
    """Hi [[PERSON|name:Rosalind]] it's [[PERSON|name:Marisol]] (caregiver). Your dad only ate half his toast again. BP 148/92 this am. The pharmacy called, his blister packs are ready but they need his Manitoba health # which is on the fridge, can I read it to them?
> yes go ahead. it's [[ID|health_plan:118 442 907]]. I'll be over after work ~5:30. Thanks [[PERSON|name:Mari]] 🙏""",
    """Ma'am [[PERSON|name:Cheryl]], Ah Ma today ok. Morning walk downstairs 20 mins. BP 132/80 sugar 7.2. She take all medicine. Tomorrow [[DATE|date:15 June]] she have physio at [[LOCATION|geo:Toa Payoh polyclinic]] 10am, I bring her by Grab. - [[PERSON|name:Marites]]
> ok thanks [[PERSON|name:Tess]]! show appt ref [[ID|other:TPY-0615-0417]] at counter""",
    """Daily update - Home ICU care
Patient: Mr. [[PERSON|name:K. R. Subramanyam]]   Date: [[DATE|date:28/07/2024]]
Vitals: BP 118/70, HR 88, SpO2 96% on 2L O2
Nurse on duty: [[PERSON|name:Jency Varghese]] (day)
Sir, the oxygen concentrator (serial [[DEVICE|device:OC5-2304118]]) is making noise, vendor will come tomorrow. Amma [[PERSON|name:Kamala]] garu is asking when you are coming from [[LOCATION|geo:Dubai]].""",
    """Hi [[PERSON|name:Craig]], it's [[PERSON|name:Priscilla]] RN from [[LOCATION|geo:Riverview Gardens Aged Care]]. Your dad had an unwitnessed fall in his room at about 0215 this morning. No obvious injury, neuro obs normal, GP notified. Can you call me back on [[PHONE|phone:08 8332 7415]]?
> thanks. I'm at work till 4, will ring then. is the GP coming in today?
> yes after lunch. at [[AGE|date:96]] he's a high falls risk so we've put a sensor mat in""",
    """Hi [[PERSON|name:Tanya]],
I visited your grandmother today. She is more sleepy, taking sips only. I've increased the morphine to 5mg every 2 hours as needed. The hospital bed is coming [[DATE|date:Thursday the 20th]] between 10-2, order #[[ID|other:DME-5510832]]. Please call the 24hr line [[PHONE|phone:(205) 555-0108]] any time.
With care,
[[PERSON|name:Renee Castillo]], RN""",
]

AFTERHOURS = [
    """After-hours visit summary - [[LOCATION|geo:NightCare Home Doctors]]
To: Dr [[PERSON|name:Ioana Popescu]], [[LOCATION|geo:Nundah Village Medical]]  Fax: [[PHONE|fax:07 3266 1904]]
Patient: [[PERSON|name:FORSYTH, Bethany]]  DOB [[DATE|date:21/06/1987]]  Medicare [[ID|health_plan:5454 08002 5]]
Seen: [[DATE|date:Sun 07/07/24]] 23:40 at home
Hx: 3/7 dysuria, now L loin pain, rigors. T 38.6 HR 104.
Mx: Keflex 500mg qid 7/7. Advised ED if vomiting/worse.
Locum: Dr [[PERSON|name:Kwame Asante]] prov no [[ID|license:5759695X]]""",
    """NHS 111 - Out of Hours Report
Patient: Ms [[PERSON|name:Ruth Abernathy]]  NHS Number: [[ID|health_plan:670 001 1167]]
Call received: [[DATE|date:Sat 13/07/2024]] 02:17
Caller: husband, [[PERSON|name:Neil]]
Disposition: ED within 1 hour - attended [[LOCATION|geo:Pinderfields]]
Summary: 34/40 pregnant, headache, visual disturbance.
Case ref: [[ID|other:111-2407-13-88126]]""",
    """Virtual ED triage - SMS
[22:05] VED: Hi, this is [[PERSON|name:Alana]], a nurse from the virtual ED. We got your request about [[PERSON|name:Archie]]. Is he breathing ok right now?
[22:06] Parent: yes but barking cough and a bit of stridor when he cries. he's [[AGE|other:2]]. temp 38.1
[22:07] VED: Please open this video link on your phone: [[URL|url:https://ved.northernhealth.org.au/v/5Kd8r2Lq]]
[22:26] Parent: thank you 🙏 his medicare no. is [[ID|health_plan:2484 55741 5]] #3
[22:27] VED: thanks, if stridor at rest or he goes blue/floppy call 000.""",
    """After hours message for Dr [[PERSON|name:Whaanga]] from locum:
Sat night call re your pt [[PERSON|name:Te Aomihia Kingi]] NHI [[ID|health_plan:AUB5364]], [[AGE|other:41]]F, T2DM on insulin, BSL 2.8 at 0130, family gave juice, now 6.4. Advised reduce Lantus tonight to 18u. Pls review [[DATE|date:Mon 22nd]].
- Dr [[PERSON|name:Isabelle Fontaine]] (locum)""",
    """ANSWERING SERVICE - [[LOCATION|geo:Lakeview OB/GYN]]
Msg taken [[DATE|date:08/17/24]] 03:48 by Op 22
For: Dr. [[PERSON|name:Vasquez-Hale]] (on call)
Caller: [[PERSON|name:Kaitlyn Boyce]]   DOB [[DATE|date:05/30/1996]]
Callback: [[PHONE|phone:612-555-0134]]
Message: 37 wks, contractions q6min since 2am, water not broken. 2nd baby.
Pt acct [[ID|account:880014473]]
Paged 03:49, 03:59 - no callback yet""",
    """Hi [[PERSON|name:Priya]], sign-out from the weekend (I covered the clinic + [[LOCATION|geo:Smithers]] ER):
1) [[PERSON|name:Jasper Bighorn]] PHN [[ID|health_plan:9146881977]] - cellulitis L leg, started cephalexin [[DATE|date:Sat Oct 12]], needs recheck.
2) Mrs. [[PERSON|name:Eklund]] ([[AGE|date:90]]) - fall, CT head neg, home with daughter.
My cell if questions [[PHONE|phone:778-555-0147]]. cheers""",
    """Msg for on-call GP via after-hours line [[DATE|date:Fri 23 Aug]] 19:50
From: Dr [[PERSON|name:Siew Ling Koh]], radiologist, [[LOCATION|geo:Hills Imaging Stirling]]
Re: [[PERSON|name:MACKENZIE, Ross]]
CTPA today: R lower lobe PE, no RV strain. Pt has gone home, mobile [[PHONE|phone:0439 208 117]].
Report: [[URL|url:https://pacs.hillsimaging.com.au/r/?acc=HIS2408237741&k=9f2e]]
Please arrange anticoagulation tonight.""",
    """Telemed triage note (after-hours) [[DATE|date:07/09/2024]] 23:15
Pt: [[PERSON|name:Aravind Pillai]] (FIN [[ID|ssn:G8397052P]]), [[AGE|other:29]]M, work permit, staying at [[LOCATION|geo:Tuas South Dormitory]]
C/o fever 39.2 x2 days, myalgia, retro-orbital pain. ?Dengue. Advised [[LOCATION|geo:Ng Teng Fong General Hospital]] A&E if bleeding/abd pain.
Dr [[PERSON|name:Nadia Rahim]] (MCR [[ID|license:M61234A]])""",
    """Sir good evening, Dr [[PERSON|name:Rohit]] here (PG ortho). New admission via casualty 10:40 pm - [[PERSON|name:Sanjay Kumar Yadav]], [[AGE|other:32]]M, RTA bike vs truck near [[LOCATION|geo:Hebbal]] flyover. Open fracture R tibia, vitals stable. Bike number [[VEHICLE|vehicle:KA 04 HX 2291]] noted by police, MLC no. [[ID|other:MLC/118/2024]]. Planning debridement + ex-fix tomorrow OT 2? X-ray [[ID|photo:sanjay_yadav_tibia_xray.jpg]] sent.""",
    """After-hours palliative on-call log - [[DATE|date:Sun 28/04]]
02:10 call from [[PERSON|name:Frank]] (husband of [[PERSON|name:Wilma Haldane]], [[AGE|date:91]]). Pt agitated, pulling at driver. Syringe driver (serial [[DEVICE|device:NIKI-T34-118205]]) alarming "occlusion". Talked him through checking the line. Advised breakthrough midazolam 2.5mg subcut from the Just In Case kit. Will visit 0800. His mob [[PHONE|phone:0427 551 093]].
GP notified: [[EMAIL|email:reception@warragulmedical.com.au]]""",
]

REFERRALS = [
    """From: [[EMAIL|email:admin@parkvillegp.com.au]]
Date: [[DATE|date:Mon 15 Jul 2024]] 11:02
Subject: Referral - [[PERSON|name:Dimitra Koutsoukos]] DOB [[DATE|date:18/02/1958]]

Dear Doctor,
Thank you for seeing this lady with exertional chest tightness over 6 weeks. ECG shows lateral TWI. LDL 4.1.
Medicare [[ID|health_plan:4065 17049 4]], IHI [[ID|health_plan:8003 6070 5898 4818]]
Attachments:
 - [[ID|photo:Koutsoukos_D_ECG_120724.pdf]]
 - referral_letter.pdf
Kind regards,
Dr [[PERSON|name:Emily Chau]] | Provider No [[ID|license:1102706Y]]
P [[PHONE|phone:03 9347 2210]] | F [[PHONE|fax:03 9347 2288]]""",
    """From: [[EMAIL|email:leedsth.dermatology.admin@nhs.net]]
Subject: Histology result - [[PERSON|name:HUSSEIN, Abdirahman]] - NHS [[ID|health_plan:5286303749]]
Dear colleague, please find attached the clinic letter dated [[DATE|date:22/05/2024]] and histology (lab no. [[ID|other:H24-118833]]): nodular BCC, completely excised. No further follow-up needed.
Attachments (2): [[ID|photo:HUSSEIN_A_clinic_letter_220524.docx]] (48 KB); [[ID|photo:lesion_photo_preop_5286303749.jpg]] (2.1 MB)
Regards,
[[PERSON|name:Becky Dunmore]], Medical Secretary
Tel: [[PHONE|phone:0113 392 4410]]""",
    """Fax-to-email received [[DATE|date:04/02/2024]] 14:22 from [[PHONE|fax:(919) 555-0176]]
Pages: 6
Patient: [[PERSON|name:Brandon Lee Whitaker]]  DOB: [[DATE|date:11/23/1990]]
Dx: s/p R ACL reconstruction [[DATE|date:3/14/24]]
Orders: PT 2-3x/wk x 12 wks, ACL protocol
Insurance: BCBS NC, ID [[ID|health_plan:YPW882104736]], group 004417
Referring: [[PERSON|name:Nathaniel Osei]], MD  NPI [[ID|license:1962740142]]
Attached: [[ID|photo:Whitaker_B_op_note.pdf]], ins_card_front.jpg""",
    """Subject: Your results are ready
Hi [[PERSON|name:Aisha]],
Your results from [[DATE|date:3 Aug]] are now available. For your privacy, please log in to view: [[URL|url:https://results.coastalpath.com.au/r/aK39x-Qz71]]
Attachments: none

> fwd by patient to [[EMAIL|email:dr.baptiste@hunterfamilyhealth.com.au]]: hi dr, can you look at these, my ferritin is 6?? do i need an iron infusion. [[PERSON|name:Aisha Mahmoud]] [[PHONE|phone:0470 118 552]]""",
    """From: Dr [[PERSON|name:Marama Kereama]] <[[EMAIL|email:marama@kuitimedical.co.nz]]>
Subject: Urgent referral - iron deficiency + wt loss - [[PERSON|name:Brian Hetaraka]] NHI [[ID|health_plan:MFX1849]]
Kia ora,
[[AGE|other:63]]M, Hb 92, ferritin 4, 6kg wt loss over 3 months, FIT positive [[DATE|date:2/9]]. Lives alone in [[LOCATION|geo:Te Kūiti]], no car - please consider transport.
Attachments: [[ID|photo:Hetaraka_B_labs.pdf]]; [[ID|photo:FIT_result_MFX1849.pdf]]
Ngā mihi, [[PERSON|name:Marama]]""",
    """From: Reception - Dr. [[PERSON|name:A. Sinclair]] <[[EMAIL|email:sinclairgi.office@telus.net]]>
Sent: [[DATE|date:Thursday, May 16, 2024]] 3:05 PM
Subject: Colonoscopy report - [[PERSON|name:Nwosu, Adaeze]] - PHN [[ID|health_plan:9369935632]]
Hi, please see attached report and path for your patient. 2 tubular adenomas removed, repeat in 3 yrs.
Attachments: colonoscopy report.pdf; [[ID|photo:NWOSU_A_path_24-GI-5521.pdf]]
Thanks, reception
--
[[ADDRESS|geo:#210 - 1641 Hillside Ave, Victoria, BC V8T 5G1]]""",
    """Subject: Referral (non-urgent) - ENT - [[PERSON|name:CHUA KOK LEONG]] / [[ID|ssn:S6914273G]]
Dear colleague,
Kindly review this [[AGE|other:55]]-year-old gentleman with R sided hearing loss and tinnitus x 4 months. Audiogram shows asymmetrical SNHL. Kindly evaluate for MRI IAM.
Attachments: [[ID|photo:audiogram_CHUA_KL_0903.pdf]], referral_form.pdf
Patient contact: [[PHONE|phone:9455 2018]] / [[EMAIL|email:chuakl1969@yahoo.com.sg]]
Regards, Dr [[PERSON|name:Farah Aziz]], [[LOCATION|geo:Pasir Ris Polyclinic]]""",
    """From: [[EMAIL|email:reports@clearscandiagnostics.in]]
Subject: MRI Report - Mrs. [[PERSON|name:Farida Bano]] - Reg No [[ID|mrn:CSD-LKO-240913-0071]]
Dear Doctor,
Please find attached the MRI L-S spine report of your patient done on [[DATE|date:13/09/2024]] at our [[LOCATION|geo:Gomti Nagar]] centre.
Impression: L4-5 disc extrusion with L5 root compression.
Attachments: [[ID|photo:Farida_Bano_MRI_images.zip]]
Download DICOM: [[URL|url:https://pacs.clearscan.in/share/7731fa0c]] (valid 7 days)""",
    """From: [[PERSON|name:Nadia Petrakis]] (Pharmacist)
Date: [[DATE|date:9 September 2024]]
Subject: Discharge summary + med changes - [[PERSON|name:Clive Barraclough]], URN [[ID|mrn:1733492]]
Hi,
He was discharged from [[LOCATION|geo:Flinders Medical Centre]] today after an admission with AF + fluid overload. Apixaban 5mg BD started, furosemide 40mg mane, metoprolol CR 47.5mg. Stopped aspirin. Please ensure his Webster pak is updated.
Attachments:
  [[ID|photo:1733492_discharge_summary.pdf]]
  cardiac_rehab_info.pdf
Regards, Ward Pharmacist | [[PHONE|phone:(08) 8204 5511]]""",
    """---------- Forwarded message ---------
From: Dr [[PERSON|name:Hamid Farouk]] <[[EMAIL|email:hfarouk@kidsdevclinic.com.au]]>
Date: [[DATE|date:Wed, 3 Apr 2024]] at 9:15 am
Subject: Referral OT - [[PERSON|name:Zara Okello]]

Hi team, referral - ASD level 1 dx [[DATE|date:Feb 2024]], sensory processing concerns, toileting. Mum [[PERSON|name:Grace Okello]] is keen. NDIS participant [[ID|other:430 771 902]].
Attachments: [[ID|photo:Zara_Okello_ADOS_report.pdf]]

> hi, forwarding this as we haven't heard back - can someone ring me on [[PHONE|phone:0412 006 993]]? thanks, [[PERSON|name:Grace]]""",
]


def main() -> None:
    print(
        f"probe52: {write_styled(OUT, [('sms-appointment-reminders-and-replies', SMS), ('patient-portal-messages', PORTAL), ('staff-email-threads', EMAIL), ('chat-messages', CHAT), ('voicemail-and-call-transcripts', VOICE), ('web-contact-and-booking-forms', FORMS), ('complaint-and-feedback-letters', COMPLAINTS), ('carer-and-family-updates', FAMILY), ('after-hours-locum-and-triage-messages', AFTERHOURS), ('referral-and-results-emails-with-attachment-lists', REFERRALS)])} docs"
    )


if __name__ == "__main__":
    main()
