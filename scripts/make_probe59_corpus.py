"""Write the 59th hand-annotated redaction probe, 100 notes of the everyday edge of clinical data.

Why: identifiers at the administrative edge of care are scattered through text that is not a
clinical note at all: portal threads, SMS gateway logs, speech-to-text call transcripts, pager
and switchboard logs, coding queries, complaint letters, interpreter bookings, parking and
transport permits, chaplaincy logs and CSV/TSV extracts with a free-text column. Names are
lower-cased, declined (Polish) or glued to labels; addresses are split across lines; postcodes,
dates, Medicare and phone numbers are read aloud in words or pasted into the wrong column; and
the same lines are full of look-alikes (bleep numbers, room and bed numbers, extensions, doses, lab values, lot numbers,
MBS/CPT/ICD/OPS codes, money, gestations, times). The probe measures recall on unseen formats in
eleven languages and precision on that look-alike clutter.

What: ten styles of ten notes each: patient portal and secure-message threads, appointment
reminder and recall SMS logs, nurse-line and call-centre transcripts, switchboard and paging
logs, clinical coding and audit queries, complaint and patient-liaison correspondence,
interpreter booking records, patient transport and parking permits, volunteer and chaplaincy
visit logs, and EHR data-extract rows with a free-text column. Notes are set in the United
States, Australia, the United Kingdom, Ireland, New Zealand, Canada and continental Europe
(German, French, Dutch, Italian, Spanish, Portuguese, Polish, Norwegian, Swedish and Danish
notes). All people are invented. Every identifier is marked inline as
[[LABEL|category:value]]. Conventions: names are PERSON|name with titles (Dr, Dra., dr., Mr,
Mrs, Ms, Fr, Imam, Pfr., Herr, Frau, M., lek., RN) left outside the span; "SURNAME, Given" is
one span; given names alone, nicknames, declined forms and initial+surname are their own
spans; bare staff initials ("C.H.", "AB", "kt", "AL", "SP") are not marked. A full street
address is one ADDRESS|geo span; an address broken over lines is one ADDRESS|geo span per line; a house
address spoken in words is ADDRESS|geo. Towns, suburbs, cities, street names without a number,
hospitals, clinics, practices, dialysis units, schools, hotels, employers' sites and
wards named after places are LOCATION|geo, as is a postcode or ZIP standing alone (also when
spelled out). States, provinces, countries, insurers, national agencies and programs (TIS,
HSE, NIHB, Medicare, DVA) and pharmacy chain names alone are not marked. Dates more specific
than a year are DATE|date, including dates in words, dates without a year ("22.04.", "Mon
4th", "20th") and a weekday with its date as one span; weekdays alone, times, months alone,
"tomorrow", durations (2/52, 3/12) and product expiry dates are not marked. Ages over 89 are
AGE|date; the age of the note's patient is AGE|other; gestations (28/40, SSW 38+2) are not
ages. Personal, family, practice, ward and agency phone numbers are PHONE|phone (also when
spoken in words) and fax numbers PHONE|fax; internal extensions, bleep and pager short codes
and generic public helplines (111, 911, 112, 116117, Poison Control) are not marked. National
ID and tax numbers (SSN including a last-4 fragment, SIN, TFN, PPSN, BSN, PESEL, CPR,
personnummer, fødselsnummer, codice fiscale, NIF, DNI, Belgian national number) are ID|ssn.
Hospital record, UR, chart, IPP, NHC, Pat.-Nr and dossier numbers are ID|mrn. Medicare (AU;
the trailing IRN "/1" stays outside; spoken digits include the issue number), IHI, NHS
number, NHI, OHIP/RAMQ/BC/AB health card numbers (an OHIP version code stays outside), DVA,
Medicaid/Medi-Cal, GMS medical card, KVNR, French NIR, CatSalut CIP, SNS utente, STP, plan
member and policy numbers are ID|health_plan. Bank accounts, IBANs, guarantor and billing
accounts are ID|account. NPI, DEA, AU provider number, MCNZ, NAATI, NRPSI, CHI, NPWZ and
driver licence numbers are ID|license. Plates and VINs are VEHICLE|vehicle. Device serials
(CPAP, CGM sensor, ICD, pacemaker, hearing aid, wheelchair, dialysis machine, O2
concentrator, cart iPad) and MAC addresses are DEVICE|device. Voiceprint, fingerprint and
palm-vein template ids are ID|biometric. Photo, screenshot, scan and camera image file names
that carry a name or an ID are ID|photo. Patient-, practice- and booking-specific URLs are
URL|url; IPv4 and IPv6 addresses are IP|ip. Any other unique code (call, case, claim, query,
grievance, booking, job, session, trip, permit, accession, specimen, Fall-Nr, séjour, status
card number, interpreter id, username, helpdesk ticket) is ID|other. Check-digit identifiers
(Medicare, IHI, TFN, NHS, NPI, DEA, VIN, IBAN, SIN, OHIP, BC PHN, NHI, BSN, PESEL,
personnummer, fødselsnummer, CPR, codice fiscale, DNI, NIF, PPSN, KVNR, NIR, Belgian national
number, NPWZ) pass their checksums. Look-alikes left unmarked include doses, lab values, scores,
vital signs, lot numbers, room/bed/ward numbers, bleeps, extensions, times, money, percentages,
CPT/MBS/ICD/OPS/DRG/HRG codes, eponyms (Cheyne-Stokes) and department names.

How: cd /work/main && .venv/bin/python scripts/make_probe59_corpus.py (writes corpus/redaction/probe59.jsonl).
"""

# ruff: noqa: RUF001

from pathlib import Path

from make_safe_harbor_suite import write_styled

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "corpus" / "redaction" / "probe59.jsonl"

STYLE_A = [
    """Subject: RE: refill question - lisinopril
From: [[PERSON|name:Darnell Whitfield]] | MRN: [[ID|mrn:E4471902]] | Sent: [[DATE|date:03/14/2024]] 9:42 PM
To: Internal Medicine Pool
Attachment: [[ID|photo:IMG_0314_darnell_ankle.jpg]]

hi dr [[PERSON|name:okafor]], im down to my last 4 of the lisinopril 20 mg. can u send to the usual cvs? home cuff says 138/86 most mornings. ankle pic attached, still puffy. also the cpap (ResMed AirSense 10, SN [[DEVICE|device:23161844972]]) mask cushion is cracked

----- Reply -----
RN triage pool | 8:05 AM
Rx sent, #90 x 3 refills. Dr wants a BMP before your visit (K was 5.1 in Jan). For the mask, call Apria with your account no. [[ID|account:AP-20931177]].""",
    """[secure message via practice app]
Practice: (your GP clinic)
From: [[PERSON|name:kiri tane]]   DOB [[DATE|date:2/9/1987]]   Medicare [[ID|health_plan:4490 65329 5]]/1

hey just wondering if my bloods from last tues are back? the collection centre said 48hrs. hba1c was 7.9 last time. also can i get a new mental health care plan - i've moved to [[ADDRESS|geo:14/220 Oxford St, Bulimba QLD 4171]] so pls update. new mob [[PHONE|phone:0412 660 395]]

Reply - GP, 10:12
HbA1c down to 7.1%, vit D 42 nmol/L (low-ish, start 1000 IU). Book a long appt (item 2715) for the MHCP, I have Thurs free.""",
    """NHS App > Messages > [[LOCATION|geo:Heaton Moor Medical Group]]
Patient: [[PERSON|name:Inaaya Rahman]]   NHS number: [[ID|health_plan:456 735 3323]]
Sent by proxy: [[PERSON|name:Aisha Begum-Rahman]] (mother), 07:58
Attachment: [[ID|photo:inaaya_rash_09jan.jpg]]

Hi, she is [[AGE|other:6]] and has had a temp of 38.9 for 3 days, calpol and ibuprofen aren't touching it and now a rash on her tummy (it does fade with the glass test). Could someone ring me on [[PHONE|phone:07700 914226]] after 3? I'm on a late shift so might miss it first time.

Reply from Care Navigator: Booked with the ANP today 16:20, face to face. Please bring her red book.""",
    """Secure message - patient portal
Clinic: [[LOCATION|geo:Riverdale Family Health Team]]
Patient: [[PERSON|name:Mei-Ling Tsang]] | OHIP [[ID|health_plan:7112 295 170]]-KT | DOB [[DATE|date:1979-11-23]]
Re: disability forms

Hi Dr [[PERSON|name:Jafari]], Sun Life needs the attending physician statement for my LTD claim (claim # [[ID|other:LTD-3318824]]). They asked for my SIN which is [[ID|ssn:440 056 588]] (sorry, I know). Could you fax it straight to their claims office at [[PHONE|fax:1-855-337-0192]]? I'm back 4 hrs/day now, PHQ-9 was 11 last visit.
Thanks

-- Reply: Form fee is $45 (not OHIP-covered), ready within 10 business days. - clinic MD""",
    """ManageMyHealth - Secure Message
From: [[PERSON|name:Hemi Walker]] <[[EMAIL|email:hemi.walker82@xtra.co.nz]]>
NHI: [[ID|health_plan:CZC3634]]   21:17

Kia ora, can I get my repeat of metformin 1 g BD and atorvastatin 40 sent to the usual chemist pls. Also need a med cert for work (tanker driver at [[LOCATION|geo:Fonterra Te Awamutu]]) for [[DATE|date:Mon 4th]], was crook with the gout again, uric acid was 0.52 last time. Ngā mihi

Reply - practice nurse: Scripts sent. Med cert is in your inbox. $20 repeat fee added to acct [[ID|account:TAMC-004418]].""",
    """E-consult ontvangen via [[URL|url:https://www.huisartsenpraktijkdewaal.nl/e-consult]]
Van: [[PERSON|name:Sanne van der Heijden]], geb. [[DATE|date:12-05-1991]], BSN [[ID|ssn:298960382]]
Aan: dr. [[PERSON|name:M. Bakker]], [[LOCATION|geo:Huisartsenpraktijk De Waal]]

Goedemiddag dokter, sinds twee weken heb ik elke ochtend hoofdpijn, paracetamol 3dd 1000 mg helpt nauwelijks. Bloeddruk bij de apotheek was 145/95. Kan ik deze week nog terecht? Ik werk tot 16.00. Tel. [[PHONE|phone:06-41827730]].
Groet

Antwoord assistente: u staat ingepland op [[DATE|date:do 18/4]] om 16.30, 20 min.""",
    """Nachricht über das Patientenportal
Praxis: [[LOCATION|geo:Hausarztpraxis am Stadtpark]]
Absender: [[PERSON|name:Jürgen Westphal]], Versichertennr. [[ID|health_plan:W663923324]]
Eingang: [[DATE|date:Di, 16.04.2024]], 22:03

Guten Abend Frau Doktor,
ich bräuchte eine Überweisung zur Kardiologie (Kardiologie-Praxis), der Termin dort ist am [[DATE|date:22.04.]]. Blutdruck morgens 152/94, abends 138/88, Ramipril 5 mg nehme ich. Rückruf gern unter [[PHONE|phone:0176 2849 1130]].
Mit freundlichen Grüßen
[[PERSON|name:J. Westphal]]

Antwort MFA: Überweisung liegt ab morgen an der Anmeldung, bitte Versichertenkarte mitbringen.""",
    """MyChart proxy message | login [[DATE|date:2024-05-02]] 07:14:52 CDT from [[IP|ip:71.202.18.144]]
Proxy: [[PERSON|name:Gloria Esparza]] (parent) for [[PERSON|name:Mateo Esparza]], age [[AGE|other:15]]
Medi-Cal CIN: [[ID|health_plan:91827364A]]

[[PERSON|name:mateo]]'s albuterol ran out (the 90 mcg one) and he has track at [[LOCATION|geo:Edison High]] all week. his action plan says 2 puffs before running. can u send to the walgreens on [[LOCATION|geo:kings canyon rd]]? he used it like 4x sat. thank you - mom""",
    """Secure message - [[LOCATION|geo:Ballincollig Medical Centre]]
From: [[PERSON|name:siobhán ní dhomhnaill]]
Re: medical card review

hi, the medical card crowd want a letter saying im still out of work with the back. my medical card no is [[ID|health_plan:5839201T]] and PPS [[ID|ssn:7747425L]]. also my mam [[PERSON|name:Bríd]] is in [[LOCATION|geo:CUH]] since saturday, ward 4A, could the doctor ring them? im on [[PHONE|phone:087 412 6630]] or [[EMAIL|email:siobhan.nidhomhnaill@gmail.com]]

Practice reply: letter done (GMS, no fee). Summary faxed to the ward on [[PHONE|fax:021 492 2518]].""",
    """Appointment notification (portal)
Your telehealth appointment with Dr [[PERSON|name:Vikram Nair]] is confirmed for [[DATE|date:Fri 12 July]] at 3:30pm AEST.
Join link: [[URL|url:https://coviu.com/r/nairclinic-7Fq2Lx]]
Patient: [[PERSON|name:ELLIOTT, Brooke]] | UR [[ID|mrn:00847321]] | IHI [[ID|health_plan:8003 6085 6089 4305]]

--- patient reply ---
can my partner join from his work laptop? he's at work till 4. also my number changed, it's [[PHONE|phone:+61 431 027 559]] now. the sertraline 100 is making me nauseous btw
--- reply ---
Yes, just forward him the link. Mobile updated. - reception""",
]
STYLE_B = [
    """SMS OUTBOUND LOG | [[LOCATION|geo:Maroondah Hospital]] Specialist Clinics | batch 07:00
ts       | to           | UR      | template         | status
07:00:12 | [[PHONE|phone:0421 775 390]] | [[ID|mrn:4471098]] | ORTHO_REMIND_48H | DELIVRD
  body: "Hi [[PERSON|name:TAMSIN]], reminder: Fracture Clinic [[DATE|date:Wed 5 Jun]] 10:15am, Level 2 Bldg B. Reply Y to confirm or N to cancel."
07:00:13 | (withheld) | (no UR) | ORTHO_REMIND_48H | UNDELIV err=34
INBOUND 07:31 from [[PHONE|phone:61421775390]]: "y. its [[PERSON|name:tamsin]] not [[PERSON|name:TAMSIN]] lol. dad will drive me, cast is itchy af\"""",
    """Batch message report - [[LOCATION|geo:Castle Mead Surgery]] - cervical screening recall
1. [[PERSON|name:Chloe Adeyemi]] | [[PHONE|phone:07839 402117]] | NHS [[ID|health_plan:721 568 5039]] | delivered 10:04
   "Dear [[PERSON|name:Chloe]], you are due your cervical screening. Please book using this link: [[URL|url:https://accurx.thirdparty.nhs.uk/p/CM7b29Xk]] or call us."
2. [[PERSON|name:p nowicka]] | no mobile | letter queued to [[ADDRESS|geo:27 Wenlock Rd, Trowbridge, BA14 9LP]]""",
    """Registro de mensajes (plantilla es-US) - clínica familiar
out 17:00 → [[PHONE|phone:+1 956 318 4402]]
"Hola [[PERSON|name:Rosalinda]], le recordamos su cita con la Dra. [[PERSON|name:Ybarra]] el [[DATE|date:martes 14 de mayo]] a las 9:40 am. Traiga sus medicamentos y su glucómetro. Responda C para confirmar."
in 17:26: "si voy a ir pero cambie de numero, el nuevo es [[PHONE|phone:956-784-2290]]. mi hija me lleva"
agent note: phone updated on guarantor acct [[ID|account:MCL-0093317]], A1c due, last 8.4%""",
    """Recall SMS - [[LOCATION|geo:Kaikohe Medical Centre]] - 15 month imms
[[DATE|date:18/07/24]] 09:12 → [[PHONE|phone:021 446 9081]]: "Kia ora, [[PERSON|name:Manaia]] is due for 15 month immunisations (MMR, Hib, PCV). Ph us to book. Ngā mihi"
  NHI [[ID|health_plan:RJV1641]]
next day 20:40 ← [[PHONE|phone:0214469081]]: "we moved to [[LOCATION|geo:kerikeri]] now, can we go to the one on [[LOCATION|geo:hobson ave]] instead? nan can take him\"""",
    """Log SMS - [[LOCATION|geo:Przychodnia Zdrowie Mokotów]]
[[DATE|date:2024-09-10]] 08:00 do: [[PHONE|phone:+48 601 238 774]]
"Przypominamy o wizycie u dr [[PERSON|name:Zielińskiej]] w czwartek godz. 11:30, gab. 14. Odwołanie: odpisz NIE."
odp. 09:47: "to wizyta mamy, [[PERSON|name:Janiny Kamińskiej]] (PESEL [[ID|ssn:58031415368]]), ma gorączkę 38,7 i kaszel. czy można przełożyć na [[DATE|date:19 września]]? córka\"""",
    """recall_queue_export_mammo.csv
pt_name,phone,last_mammo,due,channel,link
"[[PERSON|name:Okonkwo, Adaeze]]",[[PHONE|phone:(404) 228-7135]],[[DATE|date:2023-09-28]],[[DATE|date:2024-09-28]],SMS,[[URL|url:https://schedule.piedmontbreast.org/r/Q8hd27]]
"(withheld)",,,OVERDUE,MAIL,
# BI-RADS 2 on last study for row 1; row 2 opted out of SMS (HIPAA pref)""",
    """[[DATE|date:wed 21/8]] 4:02pm OUT → [[PHONE|phone:0433 918 207]]: Hi from [[LOCATION|geo:Smile Co Dental Penrith]]! [[PERSON|name:Jayden]] is overdue for his 6 monthly check & clean. Book online [[URL|url:https://smileco.com.au/book/penrith?pt=88213]] or reply CALL
4:40pm IN ← [[PHONE|phone:0433918207]]: hey its his mum [[PERSON|name:kylie]], can u do sat mornings? new health fund is hcf, member no [[ID|health_plan:8846 2210 03]]
4:52pm OUT: Sat 9am with our OHT ok? Gap approx $45
5:10pm IN: ta""",
    """Journal SMS - [[LOCATION|geo:Centre de santé Belleville]]
18:00 → [[PHONE|phone:06 72 18 44 93]] : « Rappel : RDV avec Dr [[PERSON|name:Benali]] le [[DATE|date:mardi 5 mars]] à 14h10. Pour annuler : [[URL|url:https://cs-belleville.fr/rdv/annul/ZK41w]] »
réponse 18:22 : « c pour mon fils [[PERSON|name:Ilyès]], il a 39 de fièvre depuis hier, on vient. sa carte vitale est sur celle de son père [[PERSON|name:Karim Haddad]], n° [[ID|health_plan:1 85 04 93 066 217 65]] »""",
    """SMS-logg - [[LOCATION|geo:Grünerløkka legesenter]], [[LOCATION|geo:Oslo]]
[[DATE|date:02.10.2024]] kl. 08.15 til [[PHONE|phone:+47 924 18 337]] (pas.: [[PERSON|name:Arne Dahl]], f.nr. [[ID|ssn:17053944191]])
«Påminnelse: Du har time hos fastlegen [[DATE|date:fredag 4. oktober]] kl. 10.20. Husk å melde avbud senest 24 timer før, ellers gebyr kr 300.»
svar 08.40: «Kommer. Datteren blir med, jeg hører dårlig»""",
    """[[LOCATION|geo:Tallaght University Hospital]] OPD text reminder
MRN [[ID|mrn:T0718842]] | [[PERSON|name:DOYLE, Cathal]] | mob [[PHONE|phone:087 331 9045]]
sent: "Reminder: [[PERSON|name:Cathal]], your Diabetes Clinic appt is on [[DATE|date:Thurs 28th Nov]] @ 9:30. Bring your meter & med list. Reply NO to cancel"
reply: "will be there. my libre fell off on the [[DATE|date:20th]] and the new one (sensor [[DEVICE|device:0M00C4KX9F2]]) keeps saying signal loss, hba1c was 69 in sept\"""",
]
STYLE_C = [
    """NURSE-ON-CALL | call ID [[ID|other:NOC-24-0917733]] | [[DATE|date:17/09/2024]] 23:48 | caller authenticated (voice ID match, template [[ID|biometric:VB-0091-77e4c2]])
Caller: mother | Pt: [[PERSON|name:Tavita Fonoti]], [[AGE|other:2]]yo | Suburb: (caller declined)
RN: ok and what's his temperature now?
C: 39.4, i gave him panadol 7.5 ml at like ten
RN: any rash that doesn't fade when you press a glass on it?
C: no, but he's breathing really fast and sucking in under his ribs
Disposition: ED within 1 hr - advised [[LOCATION|geo:Werribee Mercy]]; ambulance offered, declined (husband driving). Callback [[PHONE|phone:0468 203 917]]. RN [[PERSON|name:R. Whelan]]""",
    """111 call transcript (auto) - case ref [[ID|other:111-CAS-88420931]]
[00:00:14] HA: Can I take the postcode of where you are now?
[00:00:18] C: yeah it's [[LOCATION|geo:L S six, one H R]], [[ADDRESS|geo:flat three, forty-one Brudenell Grove]]
[00:00:31] HA: And the patient's name and date of birth?
[00:00:35] C: [[PERSON|name:Marcus Oyelaran]], [[DATE|date:second of June ninety-eight]]
[00:00:44] HA: Do you have his NHS number?
[00:00:47] C: um [[ID|health_plan:757 284 5037]]
[00:03:10] C: his chest is tight since he was vaping, my mate's finger thing says 96
Outcome: Cat 3 ambulance; GP ([[LOCATION|geo:Hyde Park Surgery]]) to be notified. Call-back [[PHONE|phone:07984 220516]]""",
    """Health811 nurse line - encounter summary
Caller/patient: [[PERSON|name:Jean-Philippe Arsenault]], [[AGE|other:67]], [[LOCATION|geo:Sudbury]] ON
Health card: [[ID|health_plan:5363 344 903]] (version code not given)
Transcript excerpt:
RN: Any chest pain or shortness of breath?
Pt: non non, just the ankle is swollen like a balloon since Saturday. I'm on warfarin 5 mg, INR was 2.8 at the anticoag clinic last week.
Disposition: see MD within 24 h; 911 if SOB. Wife will drive. Callback [[PHONE|phone:705-688-2413]].""",
    """Nurse Advice Line - Member Services
Member: [[PERSON|name:Tran, Bao Ngoc]] | MRN [[ID|mrn:000118842231]] | [[AGE|other:68]] F
Verified: DOB + last 4 SSN ([[ID|ssn:2947]]) + voiceprint (template [[ID|biometric:VP-7c31e0a9]], score 0.91)
Caller: daughter interpreting (Vietnamese)
Sx: dizzy on standing x2 days after amlodipine 10 started, home BP 88/54, HR 104. Denies CP.
Advice: ED now, [[LOCATION|geo:Baldwin Park Medical Center]], do not drive herself. Callback [[PHONE|phone:626-337-0982]].""",
    """116117 - Gesprächsprotokoll [[DATE|date:So, 14.07.2024]] 02:13
Anruferin: [[PERSON|name:Weronika Baumann]] für Ehemann [[PERSON|name:Lutz Baumann]], [[AGE|other:71]] J., Versichertennr. [[ID|health_plan:B146881970]]
Adresse: [[ADDRESS|geo:Lindenstraße 8a, 04177 Leipzig]]
Beschwerden: Harnverhalt seit ca. 10 h, Unterbauch gespannt, Schmerz 8/10. Dauermedikation Tamsulosin 0,4 mg, Apixaban 5 mg.
Rückrufnummer: [[PHONE|phone:0341 4928 337]]
Entscheidung: Hausbesuch durch Fahrdienst, ETA 45 min.""",
    """Guardia Medica [[LOCATION|geo:Bologna Navile]] - registro telefonate
[[DATE|date:sabato 9 marzo 2024]], ore 21:40. Chiama la figlia per la madre [[PERSON|name:Lucia Ferrandi]], [[AGE|other:75]] anni, CF [[ID|ssn:FRRLCU49C48A944Y]].
Motivo: tosse produttiva e febbre 38,2 da 3 giorni, SpO2 94% in aa, BPCO in terapia con tiotropio.
Indirizzo: [[ADDRESS|geo:via del Pratello 41, 40122 Bologna]], citofono 4. Tel. [[PHONE|phone:051 644 2219]].
Esito: visita domiciliare.""",
    """SouthDoc triage - [[DATE|date:24/12/2023]] 19:05
Pt: [[PERSON|name:Seán Ó Briain]]  DOB [[DATE|date:11/01/1960]]  GMS [[ID|health_plan:6630412M]]
Home: [[ADDRESS|geo:Knocknagree, Mallow, Co. Cork P51 X2K8]]
Caller (wife): "he's grey and sweaty, says it's only indigestion from the dinner"
RN: central chest pain 40 min, radiating L arm -> advised 112 now, stay on line, aspirin 300 mg chewed.
Mobile [[PHONE|phone:086 240 7719]]""",
    """transcript (speech-to-text, unedited) - after hours gp line
agent: thanks for calling, can i grab your medicare number
caller: yep its [[ID|health_plan:five eight one six, six six eight one nine, four]] and im number two on the card
agent: and your name and date of birth
caller: [[PERSON|name:dylan o'brien-kerr]], [[DATE|date:ninth of september ninety one]]
agent: where are you located right now
caller: [[LOCATION|geo:mount druitt]], near the station
caller: been spewing like six times since lunch cant keep the gastrolyte down
agent: ok a doctor will come out within three hours, dr [[PERSON|name:asante]]. best number?
caller: [[PHONE|phone:oh four one two, five five eight, three oh one]]""",
    """1177 - samtalsanteckning [[DATE|date:2024-02-11]] 03:22
Inringare: [[PERSON|name:Elin Karlsson]], pnr [[ID|ssn:830221-5606]], [[AGE|other:40]] år
Bor: [[ADDRESS|geo:Storgatan 12B, 972 31 Luleå]]
Sökorsak: hosta, feber 39,1, andfåddhet sedan igår. Astma, Symbicort 160/4,5.
Råd: Uppsök [[LOCATION|geo:Sunderby sjukhus]] akuten inom 1 h. Sambon kör. Tel [[PHONE|phone:070-318 42 96]].
Sjuksköterska: AL""",
    """Nurse chat handoff (web) - session [[ID|other:CHT-5530-8812]] from [[IP|ip:2600:1700:7c40:9e10::2b]]
visitor: [[PERSON|name:brittany kowalski]], [[EMAIL|email:brit.kowalski91@yahoo.com]], zip [[LOCATION|geo:53215]]
visitor: my son ate one of my grandmas pills, metoprolol 25, he's [[AGE|other:3]], like 10 min ago
RN: I'm connecting you with Poison Control at 1-800-222-1222 now. Is he awake and acting normal?
visitor: yes hes watching bluey. grandma says it was only one
RN: stay on the line with them; his pediatrician at [[LOCATION|geo:Sixteenth Street Community Health Center]] will be notified.""",
]
STYLE_D = [
    """SWITCHBOARD LOG - [[LOCATION|geo:Royal North Shore Hospital]] - night [[DATE|date:22/03/2024]]
22:14 ext call, wife for husband [[PERSON|name:Kwok-Wai Ng]] 9B - put through x3321
22:31 paged med reg bleep 4471 re MET call bed 14 ward 7A
22:40 anaes consultant gave personal mob [[PHONE|phone:0402 771 048]] to ICU (on call from home)
23:05 CODE BLUE level 5 lifts - announced x2
23:18 caller asking ED wait - redirected
23:50 fire panel test zone 12 ok - AB""",
    """Bleep system export | site: [[LOCATION|geo:St James's University Hospital]]
time |from|bleep|message
02:14|SWB |2231 |pls call J24 re pt [[PERSON|name:HUSSAIN Tariq]] [[ID|mrn:K0821394]] K+ 6.8
02:19|J24 |2231 |repeat - [[PERSON|name:Hussain]] K 6.8 on VBG, ECG peaked T
02:40|AMU |2044 |bed 6 [[PERSON|name:Edna Fairclough]] [[AGE|date:93]]yo fall ?#NOF, FY1 pls
03:02|SWB |2231 |wife of bed 12 wants update, on [[PHONE|phone:0113 278 4415]]""",
    """PBX operator log [[DATE|date:11/02/2024]] - [[LOCATION|geo:Mercy Hospital St. Louis]]
0612 Overhead: Rapid Response 4 West rm 412
0620 Outside caller (son) for pt [[PERSON|name:Carol DiMarco]] - pt opted out of directory, no info given
0645 Paged cards on call via personal pager [[PHONE|phone:314-781-0925]]
0702 Dr [[PERSON|name:Patel, Nirav]] (NPI [[ID|license:1309649329]]) needed outside line to retail pharmacy; fax confirmation to [[PHONE|fax:314-251-6690]]
0730 shift change, 3 calls on hold, avg wait 42 s""",
    """Switchboard - [[LOCATION|geo:Waikato Hospital]] - call log
07:02 [[PERSON|name:Wiremu Paki]] rang re his nan [[PERSON|name:Huia Paki]] on ward 26, gave NHI [[ID|health_plan:APF6157]] - put through
07:15 security: car [[VEHICLE|vehicle:LKR442]] blocking ambulance bay 2
07:30 taxi chit 5521 for ward 31 discharge
07:48 gen med locum mob [[PHONE|phone:027 550 1832]] added to on-call list""",
    """Telefooncentrale [[LOCATION|geo:Maasstad Ziekenhuis]] - dienstlog [[DATE|date:zaterdag 6 januari]]
08:12 echtgenoot belt voor [[PERSON|name:Annelies van Rijn-de Groot]], Cardiologie kamer 4.12 - doorverbonden
08:40 pieper 3417 (dienstdoende internist) opgeroepen
09:05 huisartsenpost belt over patiëntnr. [[ID|mrn:2210447]]; brief doorgefaxt naar [[PHONE|fax:010 291 3018]]
09:30 mevr. [[PERSON|name:Bos]] meldt alarm thuisdialyse-apparaat, serienr. [[DEVICE|device:NX3-4410928]] - doorgezet naar dialyse""",
    """Standard téléphonique - [[LOCATION|geo:Hôpital Maisonneuve-Rosemont]] - [[DATE|date:2024-08-19]]
14h02 sa fille pour son père [[PERSON|name:Réal Gagnon]], RAMQ [[ID|health_plan:GAGR 4402 1518]] - transféré au 5e Nord
14h20 téléavertisseur 5562 - inhalothérapeute de garde
14h35 Dr [[PERSON|name:Lévesque]] demande une ligne externe, [[PHONE|phone:450 668-2291]]
15h10 Sécurité : véhicule [[VEHICLE|vehicle:H72 BLX]] stationné devant l'urgence, propriétaire avisé""",
    """pager msgs - 4W hospitalist
0215 to 8-2231: rm 4118 mr [[PERSON|name:bergstrom]] sbp 84, gave 500ml ns, pls advise - rn kt x5521
0231 to 8-2231: dtr [[PERSON|name:ingrid]] wants call back [[PHONE|phone:612.873.0419]]
0302 from 8-2231: pt [[PERSON|name:BERGSTROM,ERIK]] mrn[[ID|mrn:40028817]] ok for 2nd bolus, lactate pls
0415 to 8-2231: [[PERSON|name:bergstrom]] now 102/60, lactate 2.9""",
    """After-hours switchboard, [[LOCATION|geo:Bendigo Health]]
19:22 Police re missing pt [[PERSON|name:Gerald Hooper]], [[AGE|other:82]], dementia, last seen [[LOCATION|geo:Eaglehawk]] driving silver Corolla [[VEHICLE|vehicle:1QZ 8RT]] (VIN [[VEHICLE|vehicle:JTDKB20U0L3453331]])
19:40 son on [[PHONE|phone:0418 552 906]] - connected to NUM ward 3
20:05 code grey ED, security attended""",
    """Centralita [[LOCATION|geo:Hospital Universitario La Paz]] - registro de llamadas [[DATE|date:15/05/2024]]
10:03 llama su madre preguntando por [[PERSON|name:Íñigo Echeverría Salazar]], NHC [[ID|mrn:1183027]], 6ª planta hab. 612 - pasada a control
10:20 busca 3310 (cirugía de guardia)
10:45 Cirugía pide envío de informe por fax al [[LOCATION|geo:Centro de Salud Fuencarral]] ([[PHONE|fax:91 734 22 18]])
11:02 ambulancia [[VEHICLE|vehicle:4127 KLM]] avisa llegada con paciente crítico""",
    """Switchboard/IT helpdesk joint log - [[LOCATION|geo:Royal Cornwall Hospital]]
09:14 [[PERSON|name:Derek Penhaligon]] (COPD telehealth pt) says home hub offline. Hub MAC [[DEVICE|device:00:1B:44:11:3A:B7]], last seen from [[IP|ip:86.142.77.209]]. Address on file [[ADDRESS|geo:2 Chapel Row, St Day, Redruth TR16 5LT]]. Logged [[ID|other:INC0042871]]
09:40 consultant sec for Dr [[PERSON|name:Ellery]] x4412 - lines down on Level 2
10:02 lift 3 stuck, engineer called""",
]
STYLE_E = [
    """CODER QUERY - HIM, [[LOCATION|geo:Gold Coast University Hospital]]
Query no.: [[ID|other:CQ-2024-0412]]
Pt: [[PERSON|name:RANGIHUNA, Tipene]]  UR [[ID|mrn:1049377]]  Adm [[DATE|date:02/04/2024]]
To: Dr [[PERSON|name:Claire Hollis]] (Gen Med)
Progress notes say "sepsis ?source" on day 1 and "UTI" on discharge summary. Lactate 3.1, WCC 18.2, BC grew E. coli. Please clarify whether sepsis was confirmed and its source. Current codes N39.0, B96.2, E11.65; AR-DRG E62B -> T60A if sepsis confirmed.
Response (C.H.): urosepsis confirmed, E. coli bacteraemia. Reply faxed to HIM [[PHONE|fax:07 5687 0149]]""",
    """CDI Query (Clinical Validation) - [[LOCATION|geo:Baptist Health Lexington]]
Patient: [[PERSON|name:Harlan Combs]]   Acct# [[ID|account:HAR-55190234]]   MRN [[ID|mrn:0011498732]]
DOS [[DATE|date:06/11/2024]] (4 days)
Provider: [[PERSON|name:Priyanka Menon]], MD (NPI [[ID|license:1977247885]])
The H&P documents "acute respiratory failure with hypoxia" (J96.01). ABG pH 7.38 / pCO2 44, SpO2 93% RA, RR 20. Please document supporting clinical indicators or amend. CPT 99223 not affected.
Issued by: CDI specialist, RN, CCDS""",
    """CLINICAL CODING QUERY FORM
Hospital no: [[ID|mrn:RBA4471203]]   NHS: [[ID|health_plan:699 845 6700]]
Name: [[PERSON|name:SINCLAIR, Margaret Ann]]   DOB: [[DATE|date:30.07.1931]] ([[AGE|date:92]])
Episode from: [[DATE|date:14/11/23]] (LOS 18)   Ward: [[LOCATION|geo:Quantock]]
Consultant: Dr [[PERSON|name:A. Venkataraman]]
Q1 "NOF #" documented - laterality? Q2 "confusion" - delirium (F05.1) or dementia (F03)? Q3 Waterlow 18 - is there a pressure ulcer, and what category? HRG currently HN12F.""",
    """Medizincontrolling - Kodierrückfrage
Fall-Nr. [[ID|other:2024008817]] | Pat.-Nr. [[ID|mrn:00771342]]
Patientin: [[PERSON|name:Demir, Emine]], geb. [[DATE|date:03.09.1964]]
Station 4B, [[LOCATION|geo:Klinikum Nürnberg Nord]]
An den OA: Ist die Hauptdiagnose I50.14 oder J18.9? OPS 8-930 kodiert, NT-proBNP 2400 pg/ml, CRP 140 mg/l. Bitte Rückmeldung bis [[DATE|date:30.05.]], MD-Prüfung angekündigt.""",
    """Payer records request - claim [[ID|other:CLM-8830-1142-07]]
Member: [[PERSON|name:Rodriguez-Alba, Yesenia]]   Member ID [[ID|health_plan:XEH884102337]]
Guarantor acct [[ID|account:PB-0081127]]
Rendering: [[PERSON|name:Kenji Watanabe]], DO   NPI [[ID|license:2919722977]]   DEA [[ID|license:FK3127506]]
Requested: office notes [[DATE|date:01/09/24]] and follow-up (99214 x2, G2211), UDS results, PDMP check.
Return to fax [[PHONE|fax:(888) 421-7730]], SIU""",
    """Compliance audit - MBS items 721/732 - [[LOCATION|geo:Toowong Family Practice]]
Provider no. [[ID|license:2447391F]] (Dr [[PERSON|name:Megan Ashby]])
Sample 3 of 12: [[PERSON|name:Col Bramwell]], DVA [[ID|health_plan:QX281734]] (Gold)
721 billed [[DATE|date:12/10/2023]], 732 billed [[DATE|date:11/01/2024]] - under 3/12 apart, review goals not documented. $156.55 at risk.
Auditor: SP""",
    """HIPE query - [[LOCATION|geo:Mater Misericordiae University Hospital]]
MRN [[ID|mrn:M2039184]] | [[PERSON|name:KAVANAGH, Dervla]] | adm [[DATE|date:7 Mar 2024]] via ED | disch [[DATE|date:19 Mar 2024]]
Q: D/C summary says "AKI on CKD3" - creat peak 189 from baseline 120, is AKI stage 1 correct (N17.9)? Also "hx ETOH" - current use? AUDIT-C 9.
Consultant: Prof. [[PERSON|name:Ní Chonaill]]""",
    """DIM - demande de précision de codage (PMSI)
IPP [[ID|mrn:800412377]]   séjour n° [[ID|other:24018833]]
Patiente : [[PERSON|name:LEFEBVRE Jacqueline]], née le [[DATE|date:02/12/1938]], [[AGE|other:85]] ans
Service : Gériatrie aiguë, [[LOCATION|geo:CHU de Lille]]
Dr [[PERSON|name:Mbappé-Koné]] : la dénutrition sévère (E43) est-elle confirmée ? Albumine 28 g/L, IMC 17,2, perte 8 % en 1 mois. GHM actuel 04M05 niveau 2.
Codeuse : poste 4471""",
    """Privacy audit - access review (employee-patient record)
Record: [[PERSON|name:Shawna Redcloud]]   MRN [[ID|mrn:7721904]]   flag: EMPLOYEE
Accessed by user [[ID|other:jmcalister2]] ([[PERSON|name:Jordan McAlister]], unit clerk, [[LOCATION|geo:Billings Clinic]]) from workstation [[IP|ip:10.44.18.207]] on [[DATE|date:2024-07-21]] 23:14:07, badge tap + fingerprint (template [[ID|biometric:BIO-FP-441907]])
14 screens viewed incl. problem list (F33.1) and meds; no treatment relationship. Badge photo on file: [[ID|photo:badge_jmcalister2.jpg]]""",
    """CIHI DAD abstract query - HIM, [[LOCATION|geo:Royal Alexandra Hospital]]
Chart # [[ID|mrn:RAH0093417]]   AB PHN [[ID|health_plan:40882-1937]]
Pt: [[PERSON|name:Cardinal, Thomas]] ([[AGE|other:58]]) from [[LOCATION|geo:Saddle Lake]]
MRDx I21.4 vs I24.9? peak hs-trop 3400 ng/L, cath showed non-obstructive CAD. CMG 204, RIW 1.6.
Query to Dr [[PERSON|name:Osei-Bonsu]] (attending).""",
]
STYLE_F = [
    """From: [[EMAIL|email:karen.whitworth67@btinternet.com]]
To: PALS
Subject: complaint - my father [[PERSON|name:Leonard Whitworth]], Ward 3

Dear Sir/Madam, my dad ([[AGE|date:91]]) was admitted on [[DATE|date:Sunday 3rd March]] and left in a wet pad for 6 hours, a nurse told me "we're 3 HCAs short". His hearing aids (NHS issue, serials [[DEVICE|device:RP2210-88472]] / [[DEVICE|device:RP2210-88473]]) have gone missing. NHS no. [[ID|health_plan:618 178 4551]]. Please ring me on [[PHONE|phone:01604 711 239]].
Reply to (daughter's address): [[ADDRESS|geo:9 Spencer Bridge Rd, Northampton NN5 7DL]]""",
    """Patient Liaison Service - [[LOCATION|geo:Flinders Medical Centre]]
Fax [[PHONE|fax:(08) 8204 6972]]
Our ref: [[ID|other:PLS-24-01377]]
[[DATE|date:28 August 2024]]

Mr [[PERSON|name:Babajide Adeleke]]
[[ADDRESS|geo:6 Rosella St]]
[[ADDRESS|geo:BEDFORD PARK SA 5042]]

Dear Sir,
Thank you for your feedback about your wife's care ([[PERSON|name:Folake Adeleke]], UR [[ID|mrn:F882104]]) in the Birthing Suite. The parking expiation issued to [[VEHICLE|vehicle:S482BRV]] while you were with her in theatre will be withdrawn.
Yours sincerely,
Patient Liaison Officer""",
    """Patient Relations - Grievance [[ID|other:G-2024-3319]]
Guarantor: [[PERSON|name:Marcus Bell]]   Acct [[ID|account:11048872-02]]
Patient: [[PERSON|name:Aaliyah Bell]] (minor, [[AGE|other:9]])
Verbatim: "We were billed $2,480 for a CT head the ED doctor at [[LOCATION|geo:Grady Memorial]] said she didn't need. Also registration scanned my daughter's palm (PatientSecure ID [[ID|biometric:PS-00928417]]) without asking me. Our BCBS ID is [[ID|health_plan:XQG447109382]]."
Acknowledgement due within 7 days.""",
    """Your Service Your Say - complaint form (transcribed from paper)
Complainant: [[PERSON|name:Fionnuala Breathnach]] | [[ADDRESS|geo:Apt 12, The Maltings, Dundalk, Co. Louth A91 F6X2]] | [[PHONE|phone:+353 87 903 2216]] | [[EMAIL|email:fbreathnach@eircom.net]]
Re: my son [[PERSON|name:Oisín]] ([[AGE|other:14]]) waited 11 hrs on a trolley in ED, [[LOCATION|geo:Our Lady of Lourdes Hospital]], on [[DATE|date:the 9th of June]], with a suspected appendix. Pain 9/10 and no analgesia for 4 hrs.""",
    """An die Patientenfürsprecherin, [[LOCATION|geo:Vivantes Klinikum Neukölln]]
den [[DATE|date:12. Februar 2024]]
Beschwerde über die Behandlung meiner Mutter [[PERSON|name:Hannelore Krüger]], Station 12, Zimmer 7: Brille und Zahnprothese seit der Verlegung verschwunden, Trinkprotokoll nicht geführt (Natrium 149).
Bitte erstatten Sie die Kosten von 1.240 € auf mein Konto IBAN [[ID|account:DE04690178891393352147]].
[[PERSON|name:Sabine Krüger-Yılmaz]], [[ADDRESS|geo:Karl-Marx-Straße 212, 12055 Berlin]], Tel. [[PHONE|phone:030 6128 4470]]""",
    """HDC ref [[ID|other:C24HDC01187]]
Ms [[PERSON|name:Losaline Taufa]]
[[ADDRESS|geo:17 Kiwi Esplanade, Māngere Bridge, Auckland 2022]]
Tēnā koe, your complaint about Dr [[PERSON|name:Grant Ellison]] (MCNZ [[ID|license:28417]]) of [[LOCATION|geo:Middlemore Hospital]] has been referred to the Advocacy Service. Please quote NHI [[ID|health_plan:SDR2850]] if you contact us.""",
    """Patient Relations, [[LOCATION|geo:The Ottawa Hospital Civic Campus]]
File [[ID|other:PR-24-06612]]
Caller: [[PERSON|name:Adebayo Ogunleye]] (self). Charged $92 at P1 garage over 4 days of chemo, plate [[VEHICLE|vehicle:CKLT 418]], expected weekly pass rate. Refund approved $54.
Deposit to transit/inst/acct [[ID|account:00412-003-5582917]]. Callback [[PHONE|phone:613-737-1820]].""",
    """Hoja de reclamación - Atención al Paciente, [[LOCATION|geo:Hospital Clínic de Barcelona]]
Nº [[ID|other:SAP-2024-1102]]
Reclamante: [[PERSON|name:Jordi Casals Ferrer]], DNI [[ID|ssn:68344910L]], [[ADDRESS|geo:C/ de Sants 148, 3º 2ª, 08014 Barcelona]]
Paciente: su madre, [[PERSON|name:Montserrat Ferrer i Soler]], CIP [[ID|health_plan:FESO1460123009]]
Hechos: 14 meses en lista de espera para cataratas (OD), AV 0,2.""",
    """Feedback log - transcribed from hospital Facebook page post (screenshot [[ID|photo:fb_complaint_jess_tupou_0912.png]])
"[[PERSON|name:jess tupou]]: absolutely disgusted with [[LOCATION|geo:logan hospital]] ED last night. my bub [[PERSON|name:Malakai]] is only [[AGE|other:1]] and had a temp of 40 and we waited 6hrs in the waiting room"
PLO action: messaged via page, [[PERSON|name:Jess]] called back on [[PHONE|phone:0406 338 127]]; triage cat 4 recorded.""",
    """Livro de Reclamações - [[LOCATION|geo:Hospital de Santa Maria]], [[LOCATION|geo:Lisboa]]
Reclamante: [[PERSON|name:Maria da Conceição Tavares]], NIF [[ID|ssn:287131424]], nº utente SNS [[ID|health_plan:284119506]]
Morada: [[ADDRESS|geo:Rua de Campolide 87, 2.º Esq., 1070-029 Lisboa]]; telemóvel [[PHONE|phone:912 448 317]]
Motivo: consulta de cardiologia desmarcada 3 vezes sem aviso; INR 3,4 sem controlo há 2 meses.""",
]
STYLE_G = [
    """Interpreter booking - TIS National (on-site)
Job no. [[ID|other:TIS-7715024]]
Client: [[PERSON|name:Abdi Warsame Hirsi]] | Language: Somali | UR [[ID|mrn:3302198]]
Venue: [[LOCATION|geo:Footscray Hospital]], Renal Clinic, Level 3
Date/time: [[DATE|date:Thu 14/11/2024]] 09:30-10:30 (1 hr min. charge)
Interpreter: [[PERSON|name:Hodan Ali]] (NAATI CPN [[ID|license:CPN7H2K9A]])
Requested by: renal registrar, confirmations by fax [[PHONE|fax:(03) 8345 6690]]""",
    """VRI session log - Language Services, [[LOCATION|geo:Lehigh Valley Hospital-Cedar Crest]]
Session [[ID|other:VRI-882-104-337]] | 14:22-14:51 | Nepali | interpreter ID [[ID|other:40921]]
Patient: [[PERSON|name:Gurung, Dil Maya]]  MRN [[ID|mrn:MR-2219847]]  Rm 5C-18
Cart iPad serial [[DEVICE|device:DMPXK2J4Q1GC]], connected from [[IP|ip:172.20.14.61]], dropped x2 (Wi-Fi 5C).
Topic: consent for lap chole, teach-back completed. Husband present.""",
    """From: Interpreting Bookings (trust mailbox)
Booking ref: [[ID|other:INT-0034821]]   Language: Polish   Gender pref: female
Patient: [[PERSON|name:Grażyna Wróblewska]]   Hosp no. [[ID|mrn:S1184720]]   NHS [[ID|health_plan:744 841 0997]]
Appt: Antenatal clinic, [[LOCATION|geo:Birmingham Women's Hospital]], [[DATE|date:Monday 19th Feb]] 11:00 (28/40 review, GTT result)
Interpreter: allocated (DPSI, NRPSI [[ID|license:15882]])
Pt asks (via interpreter): "proszę dzwonić na numer męża, [[PHONE|phone:07412 339 805]]\"""",
    """Interpreting request - [[LOCATION|geo:Christchurch Hospital]], Ward 19
Client: [[PERSON|name:Nguyen Thi Hoa]], Vietnamese (Southern), NHI [[ID|health_plan:SMQ2338]], [[AGE|date:94]] yrs
Requested by: RN, ext 80412
For: family meeting [[DATE|date:Tue 23/7]] 2pm re goals of care, with son [[PERSON|name:Minh Tran]]
Phone interpreter allocated (Ezispeak)""",
    """ASL interpreting request - [[LOCATION|geo:Vancouver General Hospital]]
Deaf patient: [[PERSON|name:Ryan Koenig]] (ASL, not LSQ)  PHN [[ID|health_plan:9966 542 873]]
Appt: MRI results, [[DATE|date:Oct 17]] 1:15 pm, [[LOCATION|geo:Diamond Health Care Centre]] 8th floor
Contact by text only: [[PHONE|phone:604-319-8842]] or [[EMAIL|email:rkoenig.deaf@shaw.ca]]
Agency booking # [[ID|other:WD-24-5510]]; 2 interpreters (>60 min)""",
    """Dolmetscheranforderung - Sozialdienst, [[LOCATION|geo:Universitätsklinikum Freiburg]]
Patientin: [[PERSON|name:Rasha Al-Khatib]], geb. [[DATE|date:17.06.1986]], Fallnr. [[ID|other:6200418377]]
Sprache: Arabisch (syrisch)
Termin: [[DATE|date:Mi., 08.05.2024]], 10:00 Uhr, Frauenklinik Ambulanz, Aufklärung Sectio (SSW 38+2)
Dolmetscherpool, Tel. [[PHONE|phone:0761 4587 213]]
Kostenübernahme: Sozialamt, Az. [[ID|other:50.3-1182/24]]""",
    """Interpreter Documentation (flowsheet)
Interpreter used: Yes - in person, Spanish, [[PERSON|name:Marisol Quintanilla]], CHI (cert [[ID|license:CHI-12294]])
Patient: [[PERSON|name:Hernández López, Juan Carlos]]  DOB [[DATE|date:12/22/1975]]  [[AGE|other:48]] y
Encounter - [[LOCATION|geo:Yakima Valley Farm Workers Clinic]]
Pt declined son (12) as interpreter per policy. Teach-back on insulin glargine 18 units qHS done.""",
    """Richiesta mediatore linguistico-culturale - [[LOCATION|geo:ASST Santi Paolo e Carlo]]
Paziente: [[PERSON|name:Oluwaseun Adebayo]], codice STP [[ID|health_plan:STP0301500012345]]
Lingua: yoruba / inglese pidgin
Data: [[DATE|date:giovedì 11 aprile]], ore 9:00, Ambulatorio Malattie Infettive (HIV, CD4 210)
Mediatrice: [[PERSON|name:Blessing Okoro]], cell. [[PHONE|phone:+39 340 221 8876]]""",
    """Tolkebestilling - [[LOCATION|geo:Aarhus Universitetshospital]]
Borger: [[PERSON|name:Farhad Ahmadi]], CPR [[ID|ssn:090244-3207]]
Sprog: dari. Tolk: [[PERSON|name:Zarmina Noori]] (tolk-nr. [[ID|other:T-4471]])
Tid: [[DATE|date:tirsdag den 12. marts]] kl. 13.00, Hjertemedicinsk ambulatorium, EF 35 %
Videotolkning via [[URL|url:https://vdx.auh.rm.dk/tolk/8821-ahmadi]]""",
    """booking_id,client,lang,venue,date,interpreter,notes
[[ID|other:BK-20931]],[[PERSON|name:Nasrin Hosseini]],Farsi,[[LOCATION|geo:Liverpool Hospital]],[[DATE|date:2024-03-28]],[[PERSON|name:Reza Tavakoli]],"pt prefers female - rebook; husband wants updates on [[PHONE|phone:0430 872 115]]"
[[ID|other:BK-20932]],[[PERSON|name:Dang Van Loc]],Vietnamese,[[LOCATION|geo:Fairfield Hospital]],[[DATE|date:2024-03-28]],TBA,"renal, MRN [[ID|mrn:L0092315]], 45 min\"""",
]
STYLE_H = [
    """PATIENT PARKING CONCESSION - [[LOCATION|geo:Peter MacCallum Cancer Centre]]
Permit no. [[ID|other:PK-0824-117]]
Name: [[PERSON|name:Stavros Kyriakou]]   UR [[ID|mrn:24-118-903]]
Vehicle rego: [[VEHICLE|vehicle:1ZE4KP]] (VIC)   alt: [[VEHICLE|vehicle:YXT-902]]
Valid: [[DATE|date:01/08/2024]] to [[DATE|date:31/10/2024]] (RT 30 fractions, daily)
Car park: level B2, $12/day concession rate
Approved by SW""",
    """Non-Emergency Patient Transport booking (NEPTS)
Booking ref: [[ID|other:NEPTS-5512093]]
Patient: Mr [[PERSON|name:Idris Pugh]]   NHS no. [[ID|health_plan:539 894 1089]]
Pick-up: [[ADDRESS|geo:Bryn Awel, 3 Heol y Parc, Pontyberem, Llanelli SA15 5AB]]
To: Renal Unit, [[LOCATION|geo:Morriston Hospital]]
Days: Mon/Wed/Fri from [[DATE|date:4 March 2024]], chair 07:30
Mobility: own wheelchair, frame serial [[DEVICE|device:SM-W4-2019-33817]]; O2 2 L/min via portable cylinder""",
    """NEMT TRIP TICKET
Trip # [[ID|other:TRP-66021948]] | Member: [[PERSON|name:Latoya Grimes]] | Medicaid ID [[ID|health_plan:00411829376]]
Pickup 06:15: [[ADDRESS|geo:2210 Cherry St Apt 4B, Toledo, OH 43608]]
Dropoff: [[LOCATION|geo:DaVita Toledo West]] (chair 3, HD MWF)
Vehicle: ambulatory sedan unit 14, plate [[VEHICLE|vehicle:JFB 2281]], VIN [[VEHICLE|vehicle:2T3RFREV8NW387981]]
Driver: [[PERSON|name:Terrence Boateng]], OH DL [[ID|license:SR482917]]
No-show policy: 2 no-shows in 30 days = review""",
    """National Travel Assistance claim
Route: [[LOCATION|geo:Whanganui]] → [[LOCATION|geo:Palmerston North Hospital]] (Regional Cancer Treatment Service)
Claimant: [[PERSON|name:Rangi Te Whata]], NHI [[ID|health_plan:YBR8567]]
Support person: wife
Private vehicle [[VEHICLE|vehicle:KJT213]], 148 km return x 3 weekly trips from [[DATE|date:2/7/24]]
Pay to: [[ID|account:02-0528-0418832-00]]. Mileage rate 28c/km.""",
    """Demande de vignette de stationnement à tarif réduit - [[LOCATION|geo:CHUM]]
Usager : [[PERSON|name:Ghislaine Tremblay-Boucher]], no de dossier [[ID|mrn:CH4410927]]
Plaque : [[VEHICLE|vehicle:F47 QRN]] (Québec)
Motif : hémodialyse 3 fois/sem., 4 h par séance
Période : du [[DATE|date:1er septembre 2024]] au [[DATE|date:30 novembre 2024]], tarif 7 $/jour
Signature : [[PERSON|name:G. Tremblay-Boucher]]""",
    """Disabled parking permit application - car park office, [[LOCATION|geo:Beaumont Hospital]]
Applicant: [[PERSON|name:Pádraig Ó Ceallaigh]]
Address: [[ADDRESS|geo:41 Collins Ave East, Killester, Dublin 5, D05 K7W2]]
Vehicle reg: [[VEHICLE|vehicle:221-D-14837]]
Driving licence no. [[ID|license:403918826]]; photo ID upload [[ID|photo:IMG_Ceallaigh_P_licence.jpg]]
Disabled Person's Parking Card [[ID|other:DPC-882104]], valid to 2026""",
    """community transport run sheet - [[LOCATION|geo:murray bridge]] - [[DATE|date:tues 16 april]]
7:10 pu mrs [[PERSON|name:d. kowalczyk]] [[ADDRESS|geo:22 swanport rd]] -> [[LOCATION|geo:murray bridge soldiers memorial hospital]] x-ray, wait & return
7:45 pu [[PERSON|name:bert hendry]] ([[AGE|date:95]]) -> dialysis in town, long run, pack his lunch
driver S, veh [[VEHICLE|vehicle:S 719 CWT]] (hiace), odo 184220 start""",
    """Aanvraag vergoeding zittend ziekenvervoer
Verzekerde: [[PERSON|name:H.J. Visser]], polisnr. [[ID|health_plan:108447219]], BSN [[ID|ssn:270209426]]
Van: [[ADDRESS|geo:Dorpsstraat 14, 1241 BC Kortenhoef]]
Naar: [[LOCATION|geo:Tergooi MC]] - radiotherapie, 25 ritten vanaf [[DATE|date:3 juni 2024]]
Eigen auto, kenteken [[VEHICLE|vehicle:GZ-418-K]]; € 0,35/km
Rekeningnummer: [[ID|account:NL75RABO8467885887]]""",
    """LPR exception report - Garage B, [[LOCATION|geo:Cleveland Clinic Main Campus]]
[[DATE|date:2024-02-16]] 08:41 plate [[VEHICLE|vehicle:HXK7719]] (OH) matched infusion validation for [[PERSON|name:Hollis, Raymond]], MRN [[ID|mrn:105847729]]
[[DATE|date:2024-02-16]] 09:02 plate [[VEHICLE|vehicle:JLN4402]] no validation, 3 h 12 m, $18 due; capture [[ID|photo:lpr_gB_JLN4402_0902.jpg]]
09:30 camera 4 offline""",
    """Zlecenie transportu sanitarnego - [[LOCATION|geo:Szpital Uniwersytecki w Krakowie]]
Pacjent: [[PERSON|name:Zdzisław Pietrzyk]], PESEL [[ID|ssn:71110205331]]
Adres odbioru: [[ADDRESS|geo:ul. Długa 17/4, 31-146 Kraków]]
Cel: dializa, [[DATE|date:pon. 15.01.2024]] godz. 7:00
Zlecający: lek. [[PERSON|name:Marta Wiśniewska-Gaj]], NPWZ [[ID|license:5072297]]
Pojazd: [[VEHICLE|vehicle:KR 8E442]]""",
]
STYLE_I = [
    """Pastoral Care visit log - [[LOCATION|geo:St Vincent's Hospital Sydney]]
[[DATE|date:Sun 7/4]]
8 North bed 12 - Mr [[PERSON|name:Hamish Baird]] ([[AGE|other:77]]), Presbyterian, requested communion; wife present. Talked about selling the farm at [[LOCATION|geo:Gundagai]]. Tearful re prognosis.
8 North bed 15 - declined visit today.
Chaplain: Fr [[PERSON|name:Dominic Kelleher]]""",
    """NODA vigil log - [[LOCATION|geo:Providence St. Vincent Medical Center]]
Patient: [[PERSON|name:Vernon Tillman]], [[AGE|date:90]], rm 7214, comfort care
0200-0400 volunteer [[PERSON|name:Bev Anderssen]]: read Psalm 23, played hymns low. Resp 28, Cheyne-Stokes, mottled knees.
Daughter driving from [[LOCATION|geo:Bend]], ETA 0600, cell [[PHONE|phone:541-390-2217]].
Volunteer sign-in: fingerprint kiosk, template [[ID|biometric:FP-TMPL-00038812]]""",
    """Chaplaincy & Spiritual Care referral - [[LOCATION|geo:Royal London Hospital]]
From: Ward 13E nurse in charge
Patient: [[PERSON|name:Abdul Karim Chowdhury]]   Hosp no. [[ID|mrn:RLH3390217]]
Request: Imam visit; pt unable to do wudu (NBM, on 2 L O2), asks about tayammum. Daughter [[PERSON|name:Rubina]] ([[PHONE|phone:07956 412 083]]) asking re Janazah arrangements if he deteriorates.
Seen [[DATE|date:Fri 24 May]] by Imam [[PERSON|name:Yusuf Patel]]""",
    """Volunteer biography service - [[LOCATION|geo:Mary Potter Hospice]]
Client: [[PERSON|name:Doreen Maitland]] (b. [[DATE|date:12 Dec 1938]])   Volunteer: [[PERSON|name:Keri Ngata]]
Session 4: growing up in [[LOCATION|geo:Ōtaki]], her late husband, nursing training in the 60s.
Photos scanned for the book: [[ID|photo:Maitland_wedding_1959.jpg]], [[ID|photo:DMaitland_nursing_grad.tif]]
Pain 2/10 today, on syringe driver.""",
    """Klinikseelsorge - Besuchsprotokoll, [[LOCATION|geo:St. Josef-Hospital Bochum]]
[[DATE|date:Karfreitag, 29.03.2024]]
Zi. 318: Herr [[PERSON|name:Wolfgang Schuster]], [[AGE|other:88]] J., kath., Krankensalbung erbeten; Tochter anwesend.
Zi. 322: Frau [[PERSON|name:Ayşe Kılıç]] wünscht Besuch des muslimischen Seelsorgers, Kontakt über Sohn [[PHONE|phone:0157 3328 4410]].
Seelsorger: Pfr. [[PERSON|name:Matthias Brandl]]""",
    """Indigenous Health Liaison & Elder visit log - [[LOCATION|geo:Thunder Bay Regional Health Sciences Centre]]
Client: [[PERSON|name:Norma Sakanee]] from [[LOCATION|geo:Neskantaga]] (fly-in), status no. [[ID|other:2340118702]]
Elder [[PERSON|name:Joseph Meekis]] - smudge in room 2B-14 (Facilities approved, detector bypass 30 min)
Escort: daughter, staying at the [[LOCATION|geo:Airlane Hotel]], NIHB covers meals
Follow-up: sweetgrass teaching before surgery""",
    """Volunteer companion log - [[LOCATION|geo:St James's Hospital]]
[[DATE|date:14/02/24]] 2-4pm. Visited Mrs [[PERSON|name:Teresa Kinsella]] ([[AGE|date:97]]) on [[LOCATION|geo:Kilmainham]] ward. She talked about her son in America and playing camogie. Ate half her dinner. Hearing poor on L.
Volunteer: [[PERSON|name:Aoife Brennan]]""",
    """vol log [[DATE|date:30.9.24]]
pt: nonna [[PERSON|name:rosa]] ([[PERSON|name:Rosa Calabrese]]), rm 6
she asked for the old calabrese songs, sang along to 2, very bright today. talked about [[LOCATION|geo:reggio calabria]] and the boat out in 1956. granddaughter [[PERSON|name:gianna]] visiting from [[LOCATION|geo:haberfield]] sat, bring lyrics sheet next time
pain 0, no distress""",
    """Spiritual Care Note - [[LOCATION|geo:UCHealth Memorial Hospital Central]]
Pt: [[PERSON|name:Delgado, Ernesto]]  [[AGE|other:63]] M  MRN [[ID|mrn:3048817]]  Rm 6104
Chaplain: staff chaplain, BCC
Catholic; Anointing of the Sick by Fr [[PERSON|name:Tomás Ruiz]], arranged via parish office [[PHONE|phone:719-632-8831]]. Witnessed MDPOA naming wife [[PERSON|name:Graciela Delgado]].""",
    """Aumônerie - registre des visites, [[LOCATION|geo:Cliniques universitaires Saint-Luc]]
[[DATE|date:dimanche 17 novembre]]
Ch. 512 - M. [[PERSON|name:Jean-Marie Lambotte]], [[AGE|other:81]] ans, n° national [[ID|ssn:43.06.05-217.93]], demande la communion.
Passage de l'abbé [[PERSON|name:Kabongo]] prévu mardi.""",
]
STYLE_J = [
    """mrn,enc_date,dept,palm_id,note_text
[[ID|mrn:10048821]],[[DATE|date:2024-01-08]],PCP,[[ID|biometric:PSV-7710482]],"pt [[PERSON|name:d. nakamura]] c/o LBP after lifting, works at [[LOCATION|geo:Boeing Everett]] plant, wants note for HR; light duty 2/52, naproxen 500 bid"
[[ID|mrn:10060044]],[[DATE|date:2024-01-09]],CARDS,[[ID|biometric:PSV-7713065]],"ICD interrogation, serial [[DEVICE|device:BLF208814S]], no therapies, battery 7.2 yrs, EF 30%\"""",
    """UR\tadm_dt\tward\tfree_text
[[ID|mrn:20448193]]\t[[DATE|date:03/07/2024]]\tMED2\tbrought in by sister from [[LOCATION|geo:Yuendumu]]; pt [[PERSON|name:Jarrah Simpson]], Medicare [[ID|health_plan:5815 22382 4]], escort stays at hostel
[[ID|mrn:20448215]]\t[[DATE|date:04/07/2024]]\tORTHO\tworkcover, TFN [[ID|ssn:590 532 091]] given for wage form, employer mine site, FIFO""",
    """event_time,user,ip,patient_nhs,free_text
[[DATE|date:2024-04-02T09:14:33]],[[ID|other:dr.hbrennan]],[[IP|ip:194.168.22.71]],[[ID|health_plan:7425842548]],"fit note request - pt [[PERSON|name:Olamide Bankole]], employer [[LOCATION|geo:Royal Mail Wolverhampton]] MC, 2/52"
[[DATE|date:2024-04-02T09:20:05]],[[ID|other:rec.smason]],[[IP|ip:194.168.22.74]],[[ID|health_plan:6392133437]],"address changed to [[ADDRESS|geo:58 Tettenhall Rd, Wolverhampton WV3 9NB]] per pt phone call\"""",
    """PatID;Aufn.;Station;Freitext
[[ID|mrn:0048812]];[[DATE|date:05.03.2024]];KARD;"Pat. [[PERSON|name:Grabowski, Henryk]], [[AGE|other:79]] J., SM Biotronik SN [[DEVICE|device:68204173]], wohnt allein in [[LOCATION|geo:Gelsenkirchen-Buer]], Nachbarin hat Schlüssel, Tel. [[PHONE|phone:0209 3719 442]]"
[[ID|mrn:0048830]];[[DATE|date:05.03.2024]];GERI;"KVNR [[ID|health_plan:G369935635]], Pflegegrad 3, MMSE 19/30, Betreuung eingerichtet\"""",
    """nhi|dob|facility|comment
[[ID|health_plan:PUF2801]]|[[DATE|date:1962-09-14]]|[[LOCATION|geo:Rotorua Hospital]]|whānau hui with son and kuia; wants to go home to [[LOCATION|geo:Murupara]], needs O2 concentrator (serial [[DEVICE|device:EV3-118204]])
[[ID|health_plan:LYH8280]]|[[DATE|date:1988-01-30]]|[[LOCATION|geo:Taupō Hospital]]|DNA x2 for colposcopy, txt sent to [[PHONE|phone:022 617 4409]]""",
    """portal_reg_extract.csv
created,ip,email,hcn,free_text
[[DATE|date:2024-06-30]] 22:41,[[IP|ip:24.114.57.201]],[[EMAIL|email:amelie.roy@videotron.ca]],[[ID|health_plan:ROYA 8857 1204]],"self-reg, [[PERSON|name:Amélie Roy]]; SIN typed into comment box by mistake: [[ID|ssn:735 769 390]] - purge"
[[DATE|date:2024-07-01]] 08:03,[[IP|ip:2607:fea8:1d20:4b0::5]],[[EMAIL|email:dk.singh@rogers.com]],[[ID|health_plan:3191 570 906]],"[[PERSON|name:Dilpreet Kaur Singh]], wants Punjabi-speaking dr\"""",
    """claim_id\tmember_id\tssn\tfree_text
[[ID|other:CLM24-0091173]]\t[[ID|health_plan:W2284719306]]\t[[ID|ssn:345-16-2809]]\tmember [[PERSON|name:Gutierrez, Ramon]] uploaded EOB at [[URL|url:https://members.sentinelhealthplan.com/docs/u/rgutierrez77]]; reply to [[EMAIL|email:ramon.gtz77@outlook.com]]; CPT 29881, 20610
[[ID|other:CLM24-0091174]]\t[[ID|health_plan:W2291044812]]\t[[ID|ssn:737-31-9334]]\tregistered via palm scan [[ID|biometric:PSV-9928104]]; addr [[ADDRESS|geo:4410 N Oracle Rd #212, Tucson AZ 85705]]; copay $40""",
    """id_paziente;data_ricovero;reparto;note
[[ID|mrn:AO-2231847]];[[DATE|date:03/06/2024]];Ortopedia;"[[PERSON|name:Bruno Esposito]], caduta da impalcatura in cantiere a [[LOCATION|geo:Pozzuoli]]; moglie [[PHONE|phone:333 194 2876]]; foto ferita [[ID|photo:esposito_b_ferita_030624.jpg]]"
[[ID|mrn:AO-2231902]];[[DATE|date:03/06/2024]];Medicina;"pz [[PERSON|name:Carla Vitiello]], [[AGE|other:66]] aa, rimborso ticket su IBAN [[ID|account:IT04X2180700693526937478053]]; Hb 9,8\"""",
    """episode|collected|specimen|result_comment
[[ID|other:24-7710392]]|[[DATE|date:12/03/2024]] 08:14|[[ID|other:S24-118204]]|Hb 98 g/L, MCV 72, ferritin 6. Ward RMO notified 10:02 on [[PHONE|phone:(02) 6921 4470]]. Pt [[PERSON|name:Wirth, Annaliese]], DOB [[DATE|date:03/05/1949]]. Reagent lot 4471-B, exp 2025-01-31""",
    """num_processo\tdata\tservico\ttexto_livre
[[ID|mrn:HSJ-0881342]]\t[[DATE|date:2024-05-14]]\tUrgência\tdoente [[PERSON|name:Rui Manuel Carvalho]] trazido pela filha, vive na [[ADDRESS|geo:Rua de Cedofeita 312, 4050-180 Porto]]; pacemaker nº série [[DEVICE|device:PJN601477S]]; teleconsulta em [[URL|url:https://teleconsulta.hsjoao.min-saude.pt/s/RMC-4471]]""",
]


def main() -> None:
    n = write_styled(
        OUT,
        [
            ("portal-messages", STYLE_A),
            ("sms-reminder-logs", STYLE_B),
            ("nurse-line-transcripts", STYLE_C),
            ("switchboard-paging-logs", STYLE_D),
            ("coding-audit-queries", STYLE_E),
            ("complaint-liaison-letters", STYLE_F),
            ("interpreter-bookings", STYLE_G),
            ("transport-parking-permits", STYLE_H),
            ("volunteer-chaplaincy-logs", STYLE_I),
            ("ehr-extract-rows", STYLE_J),
        ],
    )
    print(f"probe59: {n} docs")


if __name__ == "__main__":
    main()
