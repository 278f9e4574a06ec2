"""Write the 37th hand-annotated redaction probe, 100 notes of machine and call-centre health text.

Why: the earlier probes lean on notes written by clinicians. Much of the identifying text a
redactor meets is written around care rather than in it: stack traces and JSON logs that dump
patient fields, access audits, call recordings with numbers read out digit by digit, chatbot
sessions, incident reports, case report forms, dispatch logs, helpdesk tickets, voicemail
transcripts and email threads. This probe checks the engine on that text, in mixed locales.

What: ten styles (application-logs, audit-trails, call-centre-transcripts, chatbot-and-symptom-
checker, incident-and-safety-reports, research-case-report-forms, ambulance-dispatch-and-CAD,
ticketing-and-helpdesk, voicemail-transcriptions, email-threads), ten notes each, from the US,
Australia, the UK, Canada, Ireland, New Zealand and South Africa. Identifiers sit in key=value
pairs, JSON, HL7 pipes, CSV rows, URLs, file names and email headers, or are spelled out as
words. Titles stay outside name spans; the date part of a log timestamp is a DATE and its time is
not; a street address is one ADDRESS span; NHS, NHI, IHI, Medicare and health-card numbers are
health_plan; staff usernames, case, incident, ticket and booking numbers are ID|other; a URL
that carries an identifier is one URL span; a number read out in words is one span; GPS
coordinates, what3words and a lone postcode or ZIP are LOCATION. Doses, vitals, scores, codes,
bed numbers, versions, pids, ports and HTTP statuses are left unmarked.

How: cd /work/main && .venv/bin/python scripts/make_probe37_corpus.py
(writes corpus/redaction/probe37.jsonl).
"""

from pathlib import Path

from make_safe_harbor_suite import write_styled

OUT = Path(__file__).resolve().parents[1] / "corpus" / "redaction" / "probe37.jsonl"

APP_LOGS = [
    """\
[[DATE|date:2024-03-14]] 09:12:33,418 ERROR [pool-3-thread-7] a.g.pas.MergeService - merge rejected UR[[ID|mrn:0048812]] -> UR[[ID|mrn:0051937]]
au.gov.pas.MergeConflictException: surname mismatch '[[PERSON|name:WALKER]]' vs '[[PERSON|name:WALKER-BELL]]' (dob=[[DATE|date:04/07/1961]])
\tat au.gov.pas.MergeService.merge(MergeService.java:214)
\tat au.gov.pas.MergeController.post(MergeController.java:88)
\tat jdk.internal.reflect.GeneratedMethodAccessor412.invoke(Unknown Source)
Caused by: java.sql.SQLIntegrityConstraintViolationException: ORA-00001: unique constraint (PAS.UQ_MEDICARE) violated; medicare_no=[[ID|health_plan:2953174654]]
\t... 41 more
[[DATE|date:2024-03-14]] 09:12:33,502 WARN  [pool-3-thread-7] a.g.pas.Audit - src=[[IP|ip:10.41.7.212]] took=84ms""",
    """\
{"ts":"[[DATE|date:2023-11-02]]T14:05:11.204Z","lvl":"INFO","svc":"eligibility-api","ver":"3.14.0","msg":"270 request sent","patient":{"first":"[[PERSON|name:Summer]]","last":"[[PERSON|name:Rich]]","member_id":"[[ID|health_plan:XJH884120937]]"},"payer":"Aetna"}
{"ts":"[[DATE|date:2023-11-02]]T14:05:12.977Z","lvl":"WARN","svc":"eligibility-api","msg":"271 address mismatch","on_file":"[[ADDRESS|geo:4410 Normal Blvd, Lincoln, NE 68506]]","http_status":200,"latency_ms":1773}
{"ts":"[[DATE|date:2023-11-02]]T14:05:13.010Z","lvl":"INFO","svc":"eligibility-api","msg":"copay resolved","cpt":"99214","icd10":"E11.9","copay_usd":40.00,"contact":"[[EMAIL|email:summer.rich88@yahoo.com]]","cell":"[[PHONE|phone:(402) 555-0187]]"}""",
    """\
[[DATE|date:Mar 08]] 02:17:44 tie-prod-03 mirth[2211]: raw=
MSH|^~\\&|PAS|TRUST|EPR|TRUST|[[DATE|date:20240308]]021743||ADT^A08|P|2.4
PID|1||[[ID|mrn:RBH7731044]]^^^PAS^MR~[[ID|health_plan:6728190546]]^^^NHS^NH||[[PERSON|name:BATH]]^[[PERSON|name:FLORENCE]]^^^MISS||[[DATE|date:19540912]]|||||[[ADDRESS|geo:7 Pulteney Mews^^Bath^^BA2 4DS]]^GBR||[[PHONE|phone:01225 448019]]^PRN^PH""",
    """\
[[DATE|date:2024-05-30]] 11:02:19,644 ERROR claims.submit: batch 7 failed (3 of 41 rejected)
Traceback (most recent call last):
  File "/opt/billing/claims/submit.py", line 142, in submit_batch
    resp.raise_for_status()
  File "/opt/billing/.venv/lib/python3.11/site-packages/requests/models.py", line 1021, in raise_for_status
    raise HTTPError(http_error_msg, response=self)
requests.exceptions.HTTPError: 422 Client Error: Unprocessable Entity for url: [[URL|url:https://portal.kingstonfamilyhealth.ca/api/v2/patients/5628194739/claims?vc=AB]]
locals: claim={'hcn': '[[ID|health_plan:5628194739]]', 'vc': 'AB', 'pt_name': '[[PERSON|name:Lachance, Dawn]]', 'dob': '[[DATE|date:1947-05-21]]', 'fee_code': 'A007A', 'dx': '250', 'amount': '37.95', 'billing_no': '[[ID|license:021847]]', 'ra_acct': '[[ID|account:RA-88213406]]'}
[[DATE|date:2024-05-30]] 11:02:19,651 INFO claims.submit: 38 accepted, requeue in 900s""",
    """\
[[[DATE|date:2024-06-21]]T03:44:10.019+12:00] error: sms reminder failed {"nhi":"[[ID|health_plan:ZHK4179]]","to":"[[PHONE|phone:+64 21 448 3027]]","name":"[[PERSON|name:Hemi Te Whata]]","appt":"[[DATE|date:2024-07-02]] 10:15","clinic":"[[LOCATION|geo:Te Awamutu Medical Centre]]","provider_err":"21610 unsubscribed recipient","attempt":3}
[[[DATE|date:2024-06-21]]T03:51:02.877+12:00] info: device registered {"platform":"ios 17.5","device_id":"[[DEVICE|device:00008110-001C195E0A41801E]]","ip":"[[IP|ip:203.97.118.44]]"}""",
    """\
[[DATE|date:2024/01/17]] 16:02:55.771 +02:00 [ERR] Billing.Claims.MedAidSubmitter: System.FormatException: Input string was not in a correct format.
   at System.Number.ThrowOverflowOrFormatException(ParsingStatus status, TypeCode type)
   at Billing.Claims.MemberLookup(String memberNo) in D:\\a\\1\\s\\Billing\\Claims.cs:line 311
   ctx: memberNo="[[ID|health_plan:DIS 0194 4421 8]]" dependant=01 scheme="Discovery Health" option="Classic Saver"
   ctx: patient="[[PERSON|name:Thandeka Mokoena-Dlamini]]" idNo="[[ID|ssn:9103020187087]]" age=[[AGE|other:32]] practiceNo="[[ID|license:0471223]]" invoice="[[ID|account:INV-24-004417]]" total=R1 245,60 icd10="J06.9"
[[DATE|date:2024/01/17]] 16:02:55.790 +02:00 [INF] Retry scheduled in 300s for claim batch 5512""",
    """\
[[IP|ip:86.44.212.19]] - - [[[DATE|date:12/Feb/2024]]:10:41:07 +0000] "GET /api/booking/confirm?ppsn=[[ID|ssn:1947382I]]&mobile=[[PHONE|phone:0871234567]]&clinic=[[LOCATION|geo:Mallow]] HTTP/1.1" 200 512 "[[URL|url:https://book.corkgpgroup.ie/confirm?ref=BK-77120&email=aoife.oreilly%40gmail.com]]" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X)"
[[IP|ip:2a02:8084:4ec1:9a00:d4e1:3bff:fe12:7c09]] - - [[[DATE|date:12/Feb/2024]]:10:43:55 +0000] "GET /api/patients/[[ID|mrn:CUH00419927]]/summary HTTP/1.1" 403 0 "-" "curl/8.4.0" rt=0.412""",
    """\
<134>1 [[DATE|date:2024-04-09]]T22:18:03.114Z pumpgw-02 alarisd 3310 ALARM - pcu_sn=[[DEVICE|device:8015-41277650]] channel=B bed=4W-14 mrn=[[ID|mrn:MR00743519]] pt="[[PERSON|name:YOUNG, JACK]]" drug=heparin 25000 units/250 mL rate=18 mL/h vtbi=112 alarm=OCCLUSION_DOWNSTREAM fw=12.1.2
<134>1 [[DATE|date:2024-04-09]]T22:21:40.006Z pumpgw-02 alarisd 3310 ACK - pcu_sn=[[DEVICE|device:8015-41277650]] ack_by=[[ID|other:rbaker2]] ([[PERSON|name:Rachel Baker]], RN) note="line kinked at L AC, resolved, pt states he goes by [[PERSON|name:Jackie]]" prio=2""",
    """\
[[DATE|date:2023-09-05]] 23:00:19 WARN  row 2214 rejected: duplicate IHI
  raw: "[[ID|mrn:UR772041]]","[[PERSON|name:HOPE]]","[[PERSON|name:Sunny]]","[[DATE|date:04/11/1979]]","F","[[ADDRESS|geo:12 Gawler St, Hope Valley SA 5090]]","","[[ID|health_plan:8003608161382155]]",""
  existing: [[ID|mrn:UR771552]] "[[PERSON|name:HOPE, Sunny Grace]]" status=VERIFIED""",
    """\
[[DATE|date:03-15]] 10:12:44.512  8812  8840 E UploadWorker: upload failed, will retry (attempt 2/5)
[[DATE|date:03-15]] 10:12:44.515  8812  8840 W UploadWorker: payload file=[[ID|photo:IMG_20240315_101201_HILL_Jack_face.jpg]] nhs=[[ID|health_plan:7315928405]] dn=[[PERSON|name:Prudence Street]] imei=[[DEVICE|device:353912082705582]]
[[DATE|date:03-15]] 10:12:45.001  8812  8812 I CommunityApp: visit saved offline ref=[[ID|other:DN-VIS-448201]] addr="[[ADDRESS|geo:Flat 3, 22 London Road, Reading RG1 5AQ]]" wound=leg ulcer 4.2x3.1cm""",
]

AUDIT_TRAILS = [
    """\
ACCESS AUDIT REPORT (privacy review)
Patient: [[PERSON|name:BROWN, BILL]]   MRN: [[ID|mrn:E2210457]]   DOB: [[DATE|date:11/19/1950]]   Facility: [[LOCATION|geo:Providence Sacred Heart Medical Center]]
Access Time          User ID    User Name            Dept   Action             Workstation IP
[[DATE|date:05/28/2024]] 02:14:39  [[ID|other:TGREEN4]]    [[PERSON|name:Green, Travis]]        ED     Break-the-Glass    [[IP|ip:10.12.88.41]]
    BTG reason entered: "pt is my neighbor, checking he is ok"   ** FLAGGED **
Summary: 1 event, flagged (policy HIM-114 v2).""",
    """\
OMNICELL XT - USER ACTIVITY EXPORT   Site: [[LOCATION|geo:Fiona Stanley Hospital]]   Cabinet: 6B-MAIN
Date,Time,User,Auth,BioTemplate,Patient,UR,Med,Qty,Witness
[[DATE|date:14/08/2023]],21:04,"[[PERSON|name:LONDON, Paris]]",BIO,[[ID|biometric:FP-7A3C-00912-R2]],"[[PERSON|name:Oakes, Hope]]",[[ID|mrn:0781144]],oxycodone 5 mg IR,2,""",
    """\
SCR ACCESS LOG - extract for Caldicott Guardian
Patient: [[PERSON|name:ROSE, Young]] (Mr)   NHS No: [[ID|health_plan:598 264 1731]]
Timestamp            | Smartcard UUID | Role                     | User               | Org                         | Reason
[[DATE|date:2024-02-02]] 14:55:10  | [[ID|other:700051234987]]   | R8000 Clinical Practitioner | [[PERSON|name:Deepa Bell]]         | [[LOCATION|geo:Royal Berkshire Hospital]]    | Direct care - consent
[[DATE|date:2024-02-09]] 18:20:02  | [[ID|other:700091188340]]   | R8003 Pharmacist            | [[PERSON|name:Oliver Reading]]     | [[LOCATION|geo:Boots, Broad Street Mall]]    | Emergency access (no consent)
Alert raised: emergency access by pharmacist - justified (pt attended without meds)""",
    """\
AUDIT :: RxPro Dispensing v9.3 :: store #412 ([[LOCATION|geo:Shoppers Drug Mart Bayview Village]])
[[DATE|date:2023-12-19]] 16:41:22  EDIT      patient [[PERSON|name:Marc-André Paris]] (HCN [[ID|health_plan:9182736455]]-KT) field=address
              old: "[[ADDRESS|geo:88 Orange St, Saint John NB E2L 1L9]]"
              new: "[[ADDRESS|geo:1402-25 Greenview Ave, North York ON M2M 1R2]]"
              by: [[ID|other:pharm.kmalik]] (RPh)
[[DATE|date:2023-12-19]] 16:43:05  DISPENSE  DIN 02242903 hydromorphone 2 mg tab  qty 30  days 10  prescriber [[PERSON|name:Bill Hill]]""",
    """\
DATA PROTECTION - SUBJECT ACCESS REQUEST LOG
SAR ref: [[ID|other:SAR/2024/0193]]    Received: [[DATE|date:Mon 8 Jan 2024]]
Requester: [[PERSON|name:Niamh Ní Bhriain]] (data subject)    PPSN on ID provided: [[ID|ssn:6284193F]]
ID verified: passport [[ID|ssn:PX4417206]] - verified at desk
Records located: [[LOCATION|geo:University Hospital Galway]] MRN [[ID|mrn:GUH2290413]]
[[DATE|date:2024-01-24]] 15:30  released by registered post to [[ADDRESS|geo:Apt 4, The Mill, Bóthar na Trá, Salthill, Galway H91 X2Y7]]""",
    """\
HCS Clinical Portal - patient access audit (privacy query)
NHI [[ID|health_plan:CGT9289]]   [[PERSON|name:Aroha Marsh-Whitlock]]
when                  who                                    from             what
[[DATE|date:2024-04-11]] 08:02:19   [[ID|other:sbishop01]]                      [[IP|ip:10.160.22.7]]     viewed Discharge Summary
[[DATE|date:2024-04-12]] 22:47:10   [[ID|other:mwhitlock]] / [[PERSON|name:Mere Whitlock]]        [[IP|ip:122.56.201.88]]   viewed + printed Demographics   ** same surname as patient **
Investigation opened by privacy team; staff member stood down pending outcome.""",
    """\
IVR AUTH AUDIT - voice biometrics - tenant: [[LOCATION|geo:Mobile Infirmary]] patient access line
[[DATE|date:2024-02-27]] 13:14:48 ani=[[PHONE|phone:+1 251-555-0199]] vp=[[ID|biometric:VP-00A9-77F1-3C20]] score=0.22 thr=0.80 FAIL (replay suspected)
enrolment: vp [[ID|biometric:VP-00A9-77F1-3C20]] created [[DATE|date:2023-10-02]] for [[PERSON|name:Marcus Oyelaran]] (goes by [[PERSON|name:Mark]]), DOB [[DATE|date:1979]]""",
    """\
PACS AUDIT - [[LOCATION|geo:Groote Schuur Hospital]] Radiology - export events
Accession        Patient                  Hosp No       Modality  User          Action                 Time
[[ID|other:GSH24CT018822]]    [[PERSON|name:VAN WYK, Johannes]]        [[ID|mrn:GSH-4471029]]   CT        radiographer  Export USB ([[DEVICE|device:AA04012700018733]])  [[DATE|date:2024-03-03]] 10:12
Note: CD collected by [[PERSON|name:Marietjie van Wyk]] (wife), signed for at front desk. Pt known as [[PERSON|name:Jannie]], ID [[ID|ssn:8712045071083]].""",
    """\
EMIS Web - Audit Trail - demographic changes
Patient: [[PERSON|name:Church, Ebony]]   NHS [[ID|health_plan:401 023 2137]]
[[DATE|date:11th Sept 2023]] 09:15  [[PERSON|name:L. Pearce]] (Receptionist)  Preferred name  (blank)  ->  "[[PERSON|name:Ebbie]]"
[[DATE|date:02 Oct 2023]] 16:41     [[PERSON|name:T. Ahmed]] (Admin)            Address     [[ADDRESS|geo:5 Bell Lane, Frome BA11 1BX]]  ->  [[ADDRESS|geo:Flat 9, Florence Court, Bath BA1 2JQ]]""",
    """\
VACIS tablet sync audit
[[DATE|date:2024-06-11]] 04:52:13 tablet=[[DEVICE|device:R52T40XKJ3M]] crew=[[ID|other:AV40127]]/[[ID|other:AV38841]] case=[[ID|other:240611-0417]] pt="[[PERSON|name:Darwin Lee]]" dob=[[DATE|date:1934-03-30]] age=[[AGE|date:90]] dest=[[LOCATION|geo:Box Hill Hospital]] sync=OK bytes=48211""",
]

CALL_CENTRE = [
    """\
CALL RECORDING TRANSCRIPT - auto-generated, QA sampled
Queue: Nurse Triage NSW   Agent: [[PERSON|name:Priya Ramanathan]] (RN)
[00:00:03] AGENT: Thanks for calling, you're speaking with a registered nurse. Who am I speaking with?
[00:00:07] CALLER: It's [[PERSON|name:Gail]], I'm ringing about my dad, [[PERSON|name:Bill Summer]].
[00:00:12] AGENT: [[PERSON|name:Summer]] like the season?
[00:00:14] CALLER: Yep, [[PERSON|name:S U M M E R]].
[00:00:19] AGENT: And how old is he?
[00:00:21] CALLER: He's [[AGE|other:seventy-nine]], born the [[DATE|date:third of the ninth, forty-four]].
[00:00:30] AGENT: Do you have his Medicare card handy?
[00:00:34] CALLER: Um, [[ID|health_plan:five one eight two, four nine three six eight, one]], he's number two on the card.
[00:01:01] AGENT: Where is he right now?
[00:01:03] CALLER: At home, [[ADDRESS|geo:forty-two Young Street, Albury]].
[00:01:15] CALLER: Chest tightness since about four, the home machine said one sixty over ninety-five, he's had two Panadol.
[00:01:40] AGENT: Okay, I'm going to put you through to triple zero now, stay on the line.
[00:01:44] [TRANSFER 000 - disposition CODE 1 - 1m44s]""",
    """\
speech analytics export | queue=RX_REFILL | dur 00:04:12 | sentiment -0.31
A: thank you for calling the refill line can I get the patient name
C: yeah [[PERSON|name:Hope Castillo-Brown]] it's hyphenated [[PERSON|name:castillo dash brown]]
A: and date of birth
C: [[DATE|date:oh two twelve fifty eight]]
A: [[DATE|date:february twelfth nineteen fifty eight]] perfect and the member ID on the back of the card
C: [[ID|health_plan:W as in whiskey two one four four zero eight eight one nine]]
A: ok I see the lisinopril ten milligram and the metformin five hundred which one
C: the metformin the office said they faxed it already
A: I have a fax from a doctor [[PERSON|name:Anand Patel-Green]] DEA [[ID|license:BM4182731]] received this morning
C: that's her
A: and which pharmacy the one in [[LOCATION|geo:Normal]] we have on file
C: yeah that one
A: got it and a good cell number
C: [[PHONE|phone:three oh nine five five five zero one six two]]""",
    """\
111 CALL - ASR transcript, speaker-diarised - call handler [[PERSON|name:Kelly-Ann Bishop]] - [[DATE|date:14/03/2024]] 23:51
HANDLER: NHS 111, is the patient with you?
CALLER: yes it's my husband [[PERSON|name:Will Brown]], he's on the floor, he's breathing, he's talking
HANDLER: how old is he?
CALLER: [[AGE|other:sixty]] ... no sorry [[AGE|other:sixty-one]], date of birth [[DATE|date:twenty-first of February sixty-three]]
HANDLER: and have you got his NHS number?
CALLER: it's on the app... [[ID|health_plan:two one nine, three eight four, seven five six eight]]
HANDLER: and the address you're at?
CALLER: [[ADDRESS|geo:nine Castle Hill, Reading, R G one, seven S B]]
HANDLER: is that [[LOCATION|geo:Reading]] in Berkshire?
CALLER: yes
HANDLER: okay, based on your answers I'm arranging an ambulance, category 2, disposition Dx012. Keep the line free, we'll ring you back if we need you.""",
    """\
Health811 - call transcript (RN line) - [[DATE|date:2024-01-08]]
RN [[PERSON|name:Margaux Leblanc]]: Health811, you're speaking with a registered nurse. Who's the call about?
CALLER: my son, [[PERSON|name:Young-Min Park]], but he goes by [[PERSON|name:Min]], he's [[AGE|other:fourteen months]]
RN: do you have his health card?
CALLER: yeah it's [[ID|health_plan:seven four eight one, nine three oh, two five eight]], version code A B
RN: and where are you calling from?
CALLER: [[ADDRESS|geo:unit seven, three ten Bank Street, Ottawa]]
RN: a callback number?
CALLER: work is [[PHONE|phone:six one three, five five five, oh one nine two, extension two one four]]
RN: okay. What's his temperature?
CALLER: thirty-nine point two, I gave five mils of the children's Tylenol, the one hundred sixty per five
RN: that's fine. Go to [[LOCATION|geo:CHEO]] if he gets floppy or has a rash that doesn't fade.""",
    """\
OOH triage - call log (transcribed)   Centre: SouthDoc, [[LOCATION|geo:Bandon]]
Triage nurse: Good evening, SouthDoc, can I take the patient's name?
Caller: It's for my mother, [[PERSON|name:Mary Brigid O'Sullivan]], but everyone calls her [[PERSON|name:Bridie]]
Triage nurse: And her date of birth?
Caller: [[DATE|date:the second of August, thirty-eight]], she's [[AGE|other:eighty-five]]
Triage nurse: Does she have a medical card?
Caller: She does, [[ID|health_plan:two three four one eight eight seven J]]. And her PPS is [[ID|ssn:eight two six three five oh one M]] if you need it
Triage nurse: Address?
Caller: [[ADDRESS|geo:Coolmain, Kilbrittain, Bandon, P seven two, X H five eight]]
Triage nurse: And a number for you?
Caller: [[PHONE|phone:oh eight seven, two two one, four four nine oh]]
Triage nurse: Grand. We'll send a car, priority 2, doctor will call within the hour.""",
    """\
Healthline NZ - call note / transcript excerpt - RN [[PERSON|name:Aperahama Wilson]]
[[[DATE|date:03/09/2024]] 19:02] RN: Healthline, you're talking with a registered nurse.
[19:02] CALLER: Kia ora, it's [[PERSON|name:Summer]], it's about my nana, [[PERSON|name:Ruth Paris]].
[19:03] RN: How old is she?
[19:03] CALLER: [[AGE|date:ninety-one]]. Born [[DATE|date:fourth of May nineteen thirty-three]].
[19:03] RN: Do you know her NHI?
[19:04] CALLER: It's on her green card... [[ID|health_plan:P L M three oh five seven]].
[19:04] RN: And where is she?
[19:05] CALLER: Her place out at [[LOCATION|geo:Hope]].
[19:05] CALLER: My cell's [[PHONE|phone:oh two seven, four four one, two two oh nine]].
[19:09] RN: Right, with her breathing at thirty a minute I'm transferring you to 111 now.""",
    """\
[SYSTEM] inbound call, ANI [[PHONE|phone:082 555 0143]], voiceprint ref [[ID|biometric:VPZA-004197]] match 0.88 (PASS), member lookup OK
AGENT ([[PERSON|name:Lerato Dube]]): Good morning, you're through to claims. Am I speaking to Mr [[PERSON|name:van der Merwe]]?
CALLER: Ja, [[PERSON|name:Pieter van der Merwe]]. It's about my wife's hospital account from [[LOCATION|geo:Netcare Unitas Hospital]].
AGENT: For security please confirm your ID number.
CALLER: [[ID|ssn:six eight oh nine one four, five one two three, oh eight seven]].
AGENT: Thank you. And your wife is the dependant [[PERSON|name:Klara]], code oh two?
AGENT: The co-payment of R2 500 applies. For the refund I'll need your banking details.
CALLER: Capitec, account [[ID|account:one five seven two, four four one, nine oh three]], branch code four seven oh oh one oh.
AGENT: Done, reference will be SMS'd. Anything else, Meneer?""",
    """\
PATIENT FINANCIAL SERVICES - call transcript (PCI pause applied 00:03:10-00:03:55)
Rep: This is [[PERSON|name:Jordan]] with patient billing, who am I speaking with?
Caller: [[PERSON|name:Rosemary Baker]]. I got a bill for the ER visit on the [[DATE|date:fourteenth of March]].
Rep: Can I get the guarantor account number from the top right?
Caller: [[ID|account:H B eight eight two oh one four four]]
Rep: And date of birth?
Caller: [[DATE|date:June third, 1957]]
Rep: Thank you. I see it went to Blue Shield, subscriber ID [[ID|health_plan:X E W nine one one four seven two two six]], and it denied for coordination of benefits.
Caller: I have Medicare now, I'm [[AGE|other:sixty-six]].
Rep: Okay, can you fax the card to us at [[PHONE|fax:seven one four, five five five, oh one three three]]?
Caller: I don't have a fax. Can I email it?
Caller: from [[EMAIL|email:rose dot baker at gmail dot com]]
Rep: Yes, to the address on the bill. Balance is $1,284.16, on hold 30 days.""",
    """\
Member services - call transcript - agent [[ID|other:AG-20931]]
Agent: Thanks for holding, you're through to member services. Who am I speaking with?
Caller: Yeah, I'm [[PERSON|name:Jacinta Tanaka]], it's my husband [[PERSON|name:Rich]]'s claim actually.
Agent: I can see [[PERSON|name:Richard]] on the policy. What's the claim for?
Caller: His knee at [[LOCATION|geo:Port Macquarie Base Hospital]], the surgeon was Dr [[PERSON|name:Hilary Bell]], her provider number is [[ID|license:two four eight one three seven two B]]
Agent: Item 49518, I've got a gap of $412.50 there.
Caller: Right. Also our address changed, it's [[ADDRESS|geo:unit three, fourteen Darwin Street, Port Macquarie]]
Agent: Got it. And for the tax statement, do you want to give a TFN?
Caller: Mine is [[ID|ssn:four five three, two nine six, seven one four]]
Agent: Great, that's done. Anything else today?""",
    """\
Reception line - call recording summary + transcript - [[LOCATION|geo:Craig-y-Don Medical Practice]]
Receptionist: Good morning, surgery.
Caller: Hiya, I'm calling for Mrs [[PERSON|name:Florence Hughes]], I'm her carer, [[PERSON|name:Bill]].
Receptionist: Can I take her date of birth?
Caller: [[DATE|date:twenty-ninth of February, nineteen thirty-two]], she's [[AGE|date:ninety-two]]
Receptionist: And the address?
Caller: [[ADDRESS|geo:Flat 2, 9 Victoria Terrace, Llandudno]]
Caller: Can she see Dr [[PERSON|name:Reading]] this week? The new tablets, the amlodipine 5, her ankles have gone like balloons.
Receptionist: Dr [[PERSON|name:Reading]]'s on leave till next week. I can do a phone call at 11:40 tomorrow.
Caller: Ring the landline, [[PHONE|phone:oh one four nine two, eight seven five, four four oh]]
Receptionist: Lovely, booked.""",
]

CHATBOT = [
    """\
{"started":"[[DATE|date:2024-05-14]]T19:22:05-05:00","locale":"en-US","channel":"web","client_ip":"[[IP|ip:73.155.40.221]]","ua":"Chrome/124.0"}
[bot] Hi! I'm Ava, a symptom checker. Who are we checking on today?
[user] my son [[PERSON|name:jack]] has a fever 39.4 and a rash on his belly
[bot] I'm sorry to hear that. How old is he?
[user] [[AGE|other:4]]
[bot] Does the rash fade when you press a glass on it?
[user] yes it fades
[bot] What's your ZIP code so I can find care near you?
[user] [[LOCATION|geo:77005]]
[bot] Triage result: urgent (within 4 hours). Nearest open: [[LOCATION|geo:Texas Children's Urgent Care West Campus]], wait ~35 min.
[user] can u send this to my email its [[EMAIL|email:d.okafor_mom@outlook.com]]
[bot] Sent! You can also view it at [[URL|url:https://symptoms.avahealth.app/s/9kQ2-jack-okafor]]
[user] his medicaid is [[ID|health_plan:TX 5521 8804 17]] do they take it
[bot] I can't check coverage, please call the clinic. (confidence 0.82, model v2.3)""",
    """\
Webchat - Outpatients Assistant - transcript
Bot: Hi, I can help with outpatient appointments. What's your full name?
You: [[PERSON|name:dawn o'brien-hill]]
Bot: Thanks [[PERSON|name:Dawn]]. What's your UR number? It's on your letter, e.g. UR1234567.
You: UR [[ID|mrn:1187 442]]
Bot: And your date of birth (DD/MM/YYYY)?
You: [[DATE|date:09/10/1971]]
Bot: Found you. Your next appointment is [[DATE|date:Thursday 18 July]] at 10:40, Cardiology Clinic, Level 3, [[LOCATION|geo:The Prince Charles Hospital]]. Booking ref [[ID|other:BK7Q2M9]].
Bot: Done. Manage it any time at [[URL|url:https://opd.health.qld.gov.au/appt/BK7Q2M9?dob=09101971]] or SMS [[PHONE|phone:0477 555 190]].""",
    """\
online consultation - triage bot log - practice: [[LOCATION|geo:Knowle West Health Park]]
> bot: tell us who you are
> patient: hi im [[PERSON|name:will baker]] dob [[DATE|date:3/4/62]] nhs no [[ID|health_plan:830 174 6297]]
> bot: what can we help with today?
> patient: ive had a cough 3 wks, bit of blood this morning, ex smoker 30 pack yrs, lost half a stone
> bot: where do you live? (we need this to check you are registered)
> patient: [[ADDRESS|geo:14 bath rd, bristol bs4 3ae]]
> bot: best number to reach you?
> patient: [[PHONE|phone:07700900318]] or the house [[PHONE|phone:0117 496 0591]]
> bot: RED FLAG rule RF-07 matched (haemoptysis + weight loss, age >40). Your request reference is [[ID|other:ECX-4471-209]]. A clinician will call you today.
> patient: thanks, its my wife [[PERSON|name:bev]] who normally does this""",
    """\
988 text line - conversation export (risk: IMMINENT) - counsellor [[PERSON|name:Olivia Tremblay]]
[[[DATE|date:2024-02-03]] 01:12] texter: hey
[01:12] counsellor: Hi, I'm glad you reached out. What's going on tonight?
[01:14] texter: my name's [[PERSON|name:sunny]], im [[AGE|other:17]]. i took a bunch of my moms pills like 20 of the 50mg ones
[01:15] counsellor: Thank you for telling me. I want to get you some help right now. Where are you?
[01:17] texter: [[ADDRESS|geo:55 reading st brampton]] basement
[01:17] counsellor: Is anyone home with you?
[01:18] texter: my brother [[PERSON|name:mark]] is upstairs
[01:18] [SYSTEM] active rescue initiated, texter number [[PHONE|phone:+1 (905) 555-0176]], Peel police occurrence [[ID|other:PR24-0812234]]
[01:31] counsellor: The paramedics are at the door. You did the right thing.
[01:40] [SYSTEM] conversation closed, transferred to [[LOCATION|geo:Brampton Civic Hospital]]""",
    """\
PharmaBot (webchat) - repeat prescription + delivery
[[[DATE|date:10 Sep 2024]] 20:01] user: hi need my repeat, name [[PERSON|name:niamh kinsella]]
[20:01] bot: Hi! Please upload a photo of yourself holding your ID so we can verify you.
[20:03] user: [attachment: [[ID|photo:selfie_id_check_niamh_k.jpg]] 2.1 MB]
[20:03] bot: Thanks. Which medicines? Your DPS number too if you have one.
[20:04] user: sertraline 100mg x28 and the ventolin, DPS is [[ID|health_plan:4418 902 6K]]
[20:05] bot: Delivery address?
[20:05] user: [[ADDRESS|geo:17 Convent Hill, Tramore, Co. Waterford X91 H2W4]]
[20:05] bot: We can deliver [[DATE|date:next Tues 17th]] between 9-1. Contact email?
[20:06] user: [[EMAIL|email:niamhk93@eircom.net]]
[20:06] bot: Order [[ID|other:PB-301772]] placed. Total EUR 24.50. Pharmacist [[PERSON|name:Seán Walsh]] MPSI will review.""",
    """\
Healthline webchat (nurse-staffed) - transcript
[[DATE|date:Fri 19 Jan]] 21:14 Guest: hi its about my mum [[PERSON|name:Moana Tipene]], shes [[AGE|other:67]], NHI [[ID|health_plan:KTD5304]]
21:14 Nurse: Kia ora, thanks for getting in touch. What's happening for her?
21:15 Guest: left arm weak since dinner, face looks droopy on one side, talking funny
21:15 Nurse: I'm calling an ambulance now. Where is she?
21:16 Guest: [[ADDRESS|geo:8 Golf Road, Taumarunui]]
21:16 Guest: my number [[PHONE|phone:027 555 0183]]
21:17 Nurse: Ambulance on the way, it will take her to [[LOCATION|geo:Taumarunui Hospital]] then likely [[LOCATION|geo:Waikato Hospital]]. FAST positive, onset ~19:30.""",
    """\
WhatsApp clinic bot - export
[[[DATE|date:28/01/2024]], 08:14] ClinicBot: Welcome to [[LOCATION|geo:Mitchells Plain CHC]] bookings. Send your ID number or folder number.
[[[DATE|date:28/01/2024]], 08:15] [[PHONE|phone:+27 82 555 0143]]: [[ID|ssn:0301280952088]]
[[[DATE|date:28/01/2024]], 08:15] ClinicBot: Thanks [[PERSON|name:Chantal]]! Folder [[ID|mrn:MPH 44102]]. Happy birthday! What do you need?""",
    """\
{"conv":"c_2xq","turn":1,"role":"user","text":"how do i check if my wifes MRI was approved","ip":"[[IP|ip:2600:1700:9a10:4e0::2b]]"}
{"conv":"c_2xq","turn":2,"role":"bot","text":"I can help! Please enter your member ID."}
{"conv":"c_2xq","turn":3,"role":"user","text":"[[ID|health_plan:ZGP440918273]] and hers ends in 02"}
{"conv":"c_2xq","turn":4,"role":"user","text":"or use my social [[ID|ssn:412-68-3390]]"}
{"conv":"c_2xq","turn":5,"role":"bot","text":"For your security please don't share your SSN here. I found a prior auth for [[PERSON|name:Lisa M. Church]] (DOB [[DATE|date:08/14/1976]]): MRI lumbar spine CPT 72148, status APPROVED, valid through [[DATE|date:7/31/2024]]."}
{"conv":"c_2xq","turn":6,"role":"bot","text":"Letter: [[URL|url:https://members.prairiebluehealth.com/docs/pa/PA-2024-118204.pdf]]"}
{"conv":"c_2xq","turn":7,"role":"user","text":"thx. also change my email to [[EMAIL|email:gchurch1974@att.net]]"}""",
    """\
SafeSpace chatbot | risk_flag=HIGH | escalated to on-call clinician [[PERSON|name:Hamish Rowe]] | [[DATE|date:22.12.2023]] 23:48 AEDT
user_handle=[[ID|other:@sunnydays_22]] geo_consent=true latlon=[[LOCATION|geo:-33.85916,151.20829]] acc=35m
user: i dont want to be here anymore
bot: I'm really glad you told me. Are you safe right now?
user: im at [[LOCATION|geo:The Rocks]] near the bridge. been drinking
bot: I'm connecting you with a counsellor. Can I call you? What's your number?
user: [[PHONE|phone:0423 555 917]]
clinician note: spoke 23:55, pt [[PERSON|name:Sunny Tran]], [[AGE|other:22]], agreed to wait for police welfare check, PHQ-9 not done. Lifeline details given.""",
    """\
GP online form - "Fit note / letter request" bot - submitted 07:02
Q1 Name: [[PERSON|name:Ellie-Mae Green]]
Q2 Date of birth: [[DATE|date:1 Dec 1990]]
Q3 What do you need? PIP supporting letter (the DWP form), I have fibromyalgia + PTSD
Q4 National Insurance number (for DWP letters): [[ID|ssn:NE 71 33 08 A]]
Q5 Please upload a recent photo of your face so we can match your record: [[ID|photo:IMG_0412_ellie-mae.jpeg]]
Q6 Contact: [[EMAIL|email:elliemae.green@hotmail.co.uk]]
Q7 Anything else: Please don't post it, I'm staying at my sister [[PERSON|name:Summer]]'s ([[ADDRESS|geo:27 Paris Street, Exeter EX1 2JB]]) till [[DATE|date:30 April]].
[auto] routed to admin queue; letter fee £30; ref [[ID|other:FN-240306-118]]""",
]

INCIDENTS = [
    """\
RISKMAN INCIDENT [[ID|other:RM-2024-118427]]    Type: Fall    Harm: ISR 3    Status: Open
Location: Ward 7B, Bed 22, [[LOCATION|geo:Wollongong Hospital]]
Incident date/time: [[DATE|date:Tue 23/04/2024]] 0315
Person affected: [[PERSON|name:BELLAMY, Ernest]] (aka [[PERSON|name:Ernie]])   UR [[ID|mrn:00917733]]   Age [[AGE|other:88]]
Description: Pt found on floor beside bed by night RN. Bed alarm not on. Attempting to walk to toilet unaided. Lac to L eyebrow 2cm, GCS 15, BGL 7.1, BP 108/60.
Immediate action: MET call not required. CT brain NAD. Son notified 0500.
Reported by: Sister [[PERSON|name:Joan Hope]].
Falls risk (Ontario STRATIFY) 17 high; sensor mat ordered.""",
    """\
DATIX - Incident Report Form    Ref: [[ID|other:W158802]]    Category: Information governance - misdirected communication
Date of incident: [[DATE|date:19/02/2024]]    Directorate: Medicine    Reporter: ward clerk
What happened: discharge summary for [[PERSON|name:Rhys Hill-Brown]] (Hosp no [[ID|mrn:K0882146]], NHS [[ID|health_plan:6127493854]], DOB [[DATE|date:07/07/1958]]) was faxed to [[PHONE|fax:01632 960 418]] instead of the surgery fax [[PHONE|fax:01632 960 481]] (digits transposed).
Recipient, a florist in [[LOCATION|geo:Chippenham]], rang the ward to say they had it and would shred it.
Patient informed (Duty of Candour letter sent).
Lessons: fax numbers to be selected from the directory only, no manual entry. Harm: none. Grading: low.""",
    """\
SAFETY EVENT REPORT - [[LOCATION|geo:Barnes-Jewish Hospital]] - Event #[[ID|other:SE-24-03391]]
Event type: Patient identification - wrong photo in EHR banner
Date discovered: [[DATE|date:01/09/2024]] 14:20    Unit: 8400 Med/Surg
Summary: RN noticed the banner photo for [[PERSON|name:Jack Young]] (MRN [[ID|mrn:E4410278]]) showed a different, younger man. Photo file [[ID|photo:PT_PHOTO_E4410278_20240102.jpg]] had been captured at registration for [[PERSON|name:Jack Younger]] (MRN [[ID|mrn:E4410728]]).
No meds given in error; two-identifier check caught it before the 15:00 enoxaparin 40 mg.
Contributing: both pts in ED the same evening, similar names, registrar captured photo via webcam at bay 12.
Action: photo removed by HIM; correct image [[ID|photo:PT_PHOTO_E4410728_20240102.jpg]] relinked. Severity: near miss (no harm).""",
    """\
RL6 Report #[[ID|other:RL-77120]] - Violence / Aggression (visitor) - [[LOCATION|geo:Humber River Hospital]]
Date: [[DATE|date:Saturday, November 25, 2023]]   Time: approx 21:40   Location: Ambulance bay / ED entrance
Involved: visitor [[PERSON|name:Derek Summers]] (boyfriend of pt [[PERSON|name:Ashley Vance]])
Description: Visitor parked a black Dodge Ram, ON plate [[VEHICLE|vehicle:CKRB 417]], in the ambulance bay, blocking 2 units. When asked to move by security guard [[PERSON|name:Raj Sandhu]] he became verbally abusive and pushed the guard.
Toronto Police attended, occurrence #[[ID|other:2023-2291174]]; vehicle towed by City Towing. Guard assessed in ED, minor wrist sprain.
Follow-up: trespass notice issued to Mr [[PERSON|name:Summers]], photo on file with security.""",
    """\
NIMS - National Incident Management System - Medication incident
Reference: [[ID|other:NIMS-IE-2024-48812]]   Hospital: [[LOCATION|geo:St. Luke's General Hospital, Kilkenny]]
Date of incident: [[DATE|date:the 2nd of April 2024]]   Ward: St. Camillus, bed 9
Service user: [[PERSON|name:Séamus Ó Briain]], MRN [[ID|mrn:SLK0034712]], aged [[AGE|other:74]]
What happened: gentamicin 560 mg IV given (prescribed 360 mg, 5 mg/kg for 72 kg). Trough next morning 2.8 mg/L (target <1). Creatinine 98 -> 131.
Prescriber: Dr [[PERSON|name:Aoife Paris]], MCRN [[ID|license:428817]].
Open disclosure to patient and daughter done. Harm category: moderate. Smart pump library updated (v4.2) to cap dose.""",
    """\
Adverse Event - medical device (for Medsafe report) - [[LOCATION|geo:Dunedin Hospital]] Diabetes Service
Patient: [[PERSON|name:Te Rangi Walker]], NHI [[ID|health_plan:MUW8464]], age [[AGE|other:19]], T1DM since age 6
Device: insulin pump, model t:slim X2, serial [[DEVICE|device:PAZ3312047H]]; CGM transmitter [[DEVICE|device:8GKP43]] (Dexcom G6)
Event: pump displayed "occlusion" x3 overnight [[DATE|date:11-12 May]]; presented to ED with DKA, pH 7.12, ketones 5.8, glucose 28.4 mmol/L.
Cartridge lot 23K0913 retained. Pump swapped under warranty; returned to supplier RMA [[ID|other:RMA-NZ-55021]].""",
    """\
INCIDENT REPORT - Emergency Medical Services - Motor vehicle collision involving response vehicle
Incident No: [[ID|other:WC-EMS-24-0317]]   Date: [[DATE|date:17 March 2024]]   Time: 14:05
Location: intersection Voortrekker Rd & Durban Rd, [[LOCATION|geo:Bellville]]
Response vehicle: ambulance reg [[VEHICLE|vehicle:CA 441-829]], driver PrDP valid
Third party: [[PERSON|name:Anneline Jacobs]], ID [[ID|ssn:5507210466081]], vehicle [[VEHICLE|vehicle:HX 47 RT GP]] (silver Polo), insurer Santam, policy [[ID|account:HPP 40918827]]
Injuries: third party c/o neck pain, transported to [[LOCATION|geo:Karl Bremer Hospital]]; crew uninjured. Patient on board transferred to second unit.
SAPS notified. Photos taken of scene (no persons).""",
    """\
PRIVACY INCIDENT - notifiable data breach assessment (OAIC)
Reference [[ID|other:PRIV-2024-014]]    Health service: [[LOCATION|geo:Lyell McEwin Hospital]]
Summary: RN [[PERSON|name:Brooke Summer]] photographed a pressure injury on personal phone (iPhone, IMEI [[DEVICE|device:358206113615372]]) and sent it to a colleague via Messenger. The image [[ID|photo:IMG_4471.HEIC]] also shows the patient's face and wristband.
Patient: [[PERSON|name:Giuseppe Rossi]], UR [[ID|mrn:LM0661934]], [[AGE|date:93]] y.o.
Containment: image deleted from both devices and Messenger on [[DATE|date:3/7]].
Assessment: not likely to result in serious harm -> not notifiable. Stage 3 PI, Braden 12, wound care plan updated.""",
    """\
PATIENT SAFETY EVENT - Biometric registration mismatch - [[LOCATION|geo:Baptist Health Lexington]]
Event ID [[ID|other:PSE-88102]]
Description: at check-in the palm-vein scanner returned [[PERSON|name:Bill Street]] (MRN [[ID|mrn:7740 2219]]) for a patient who was actually [[PERSON|name:William Streeter]] (MRN [[ID|mrn:7740 2291]]).
Investigation: template [[ID|biometric:PV-4471-0098-2231]] was enrolled to the wrong MRN by a reg clerk. Correct template for Mr [[PERSON|name:Street]] is [[ID|biometric:PV-4471-0098-1187]].
Scanner OK. Both templates purged and re-enrolled with two-identifier verification.
No clinical impact (labs drawn under correct MRN).""",
    """\
Clinical incident / FSN response - cardiac implantable device advisory
Trust ref: [[ID|other:INC-2024-09917]]
Patient: Mrs [[PERSON|name:Dorothy Bell-London]], [[AGE|date:96]], hosp no [[ID|mrn:N3391820]], NHS [[ID|health_plan:3890127460]]
Device: dual-chamber pacemaker, serial [[DEVICE|device:PJN448127S]], implanted [[DATE|date:Oct 2019]] at [[LOCATION|geo:Northern General Hospital]]
Event: remote monitoring alert - battery ERI reached early (FSN affected range). Pt asymptomatic, HR 64 paced.
Plan: box change listed [[DATE|date:16/01/2024]].""",
]

CRFS = [
    """\
PROTOCOL ONC-204 | CRF 02 DEMOGRAPHICS & ELIGIBILITY | Site 011 [[LOCATION|geo:MD Anderson Cancer Center]] | PI: Dr [[PERSON|name:Rosalind Field]]
Subject ID: [[ID|other:ONC204-011-0117]]      Arm: B
Informed consent signed: [[DATE|date:15-MAR-2024]] (version 4.0)
Year of birth: [[DATE|date:1958]]     Age at consent: [[AGE|other:65]]     Sex: F     Race: Black or African American
ECOG: 1     Height 162 cm  Weight 71.4 kg  BSA 1.77 m2
Inclusion 3 (measurable disease RECIST 1.1): YES   Exclusion 7 (prior anti-PD-1): NO
Source doc note (to be removed before monitoring visit!!): pt [[PERSON|name:Carolyn Bishop-Hayes]], MRN [[ID|mrn:3318842]], cell [[PHONE|phone:713-555-0164]]
Study drug kit 40112, lot 2D77A, C1D1 dosed. Query #12 open.""",
    """\
AuSCR - Australian Stroke Clinical Registry - case form (paper)
Hospital: [[LOCATION|geo:Box Hill Hospital]]
Surname: [[PERSON|name:YOUNG]]     Given: [[PERSON|name:Rose]]     DOB: [[DATE|date:17/06/1941]]     Age: [[AGE|other:82]]
Medicare: [[ID|health_plan:3104 78599 4]]     UR: [[ID|mrn:BH-2290177]]     Postcode of residence: [[LOCATION|geo:3128]]
Arrival: 15:07 by ambulance     Onset: 13:40 (witnessed)
NIHSS 14 -> 6 at 24 h     Thrombolysis: yes, tenecteplase 0.25 mg/kg, door-to-needle 52 min     ECR: no
Discharge: to inpatient rehab ([[LOCATION|geo:Peter James Centre]])     mRS at 90 days: 3 (phone f/u)
Opt-out: not requested.""",
    """\
PARTICIPANT CRF - Visit 3 (Month 6) - GLUCO-STEP trial (ISRCTN 41120775)
Participant ID: [[ID|other:GS-LDS-0388]]    Site: [[LOCATION|geo:Leeds General Infirmary]]    Visit date: [[DATE|date:4.iv.2024]]
HbA1c 58 mmol/mol (baseline 71)    Weight 92.3 kg    BP 138/84    Steps/day (median) 6 412
CGM sensor serial: [[DEVICE|device:3MH01FPQ4T]]    Reader serial: [[DEVICE|device:L2R-0071-5520]]
Adverse events since last visit: hypo x2 (self-treated)
MONITOR QUERY [[DATE|date:16/04/2024]]: NHS number [[ID|health_plan:702 918 3649]] written in margin of page 2 and GP practice "[[LOCATION|geo:Beeston Hill Surgery]]" - please redact source and re-scan.
Completed by: [[PERSON|name:Sunita Rich]] (research nurse)   Initials of PI: checked""",
    """\
CASE REPORT FORM - Paediatric Asthma Cohort (PACE) - Form B Baseline
Study ID: [[ID|other:PACE-ON-1142]]     Site: [[LOCATION|geo:McMaster Children's Hospital]]     Coordinator: [[PERSON|name:Jenna Mark]]
Child DOB (month/year only): [[DATE|date:08/2016]]     Age: [[AGE|other:7]] y     Sex: M
Parent/guardian consent: yes     Child assent: verbal
Spirometry: FEV1 78% predicted, FEV1/FVC 0.72, BDR +14%
Controller: fluticasone 125 mcg 2 puffs BID; ACT score 16
Contact sheet (SEPARATE - do not scan with CRF): parent [[PERSON|name:Amanda Greenwood]], [[PHONE|phone:905 555 0139]], [[EMAIL|email:amanda.greenwood@cogeco.ca]]
Reimbursement: $50 Interac e-transfer to parent - SIN not required (was written in error: [[ID|ssn:631 928 470]], struck through)""",
    """\
[[LOCATION|geo:HRB Clinical Research Facility Cork]] - SAE FORM
Study: COAST-IE    Participant: [[ID|other:CST-0099]]    Site: [[LOCATION|geo:Cork University Hospital]]
Onset: day 41
Event: hospitalisation - pneumonia (CURB-65 2), IV co-amoxiclav 1.2 g TDS, O2 2 L
Relatedness to IMP: unlikely     Outcome: recovered
Participant age: [[AGE|other:71]]     Weight: 68 kg
Investigator: Dr [[PERSON|name:Deirdre O'Connell-Bell]], IMC no. [[ID|license:402117]]
Narrative (free text): Participant ([[PERSON|name:Michael Dunne]]) phoned the study line [[PHONE|phone:+353 21 492 2000]]; fax copy to sponsor [[PHONE|fax:+353 1 555 0198]].""",
    """\
VACCINE STUDY - NZ - Visit 1 CRF (ENROL)
Participant no: [[ID|other:NZV-AKL-00412]]     Clinic: [[LOCATION|geo:Greenlane Clinical Centre]]     Enrolment date: [[DATE|date:Monday 12 August 2024]]
NHI: [[ID|health_plan:RWB7620]]   (NHI is held on the linking log only - this field should be BLANK)
Age at enrolment: [[AGE|other:68]]     Ethnicity: Samoan     Prior doses: 3
Photo consent (for ID at later visits): YES - file [[ID|photo:NZV-AKL-00412_face_V1.jpg]]
Vitals: T 36.7  HR 72  BP 131/79  SpO2 98%
Injection site L deltoid, lot FL8827 (vial 2 of 10)
Reaction diary app installed on participant's phone, device ID [[DEVICE|device:E3A7C1F2-9B4D-4A10-8C55-71D2E0F64B19]]
Research nurse: [[PERSON|name:Losa Faleolo]]""",
    """\
TB/HIV COHORT - Enrolment CRF - [[LOCATION|geo:Khayelitsha]] study site
Participant: [[ID|other:KTB-02188]]
Biometric ID (fingerprint, for re-identification at visits): template [[ID|biometric:FPZA-KTB-77C1904]]  (left index, quality 82)
Folder number: [[ID|mrn:KDH 0913327]]     Clinic: [[LOCATION|geo:Site B Youth Clinic]]
Age: [[AGE|other:34]]     Sex: M     CD4 212 cells/uL     VL 48 000 copies/mL     GeneXpert: MTB detected, RIF not detected
Regimen: 2HRZE/4HR + TLD start week 2
Tracing details (page 7 - keep in locked cabinet): [[PERSON|name:Lwazi Mbeki]], [[ADDRESS|geo:C 447, Site C, Khayelitsha, 7784]], cell [[PHONE|phone:073 555 0129]]""",
    """\
DEVICE TRIAL eCRF export (CSV) - PUMPSAFE-US
subject_id,site,consent_dt,age,sex,pump_sn,cgm_sn,upload_ip,hba1c_bl,hba1c_m3
[[ID|other:PS-07-014]],[[LOCATION|geo:Joslin Diabetes Center]],[[DATE|date:2023-08-02]],[[AGE|other:29]],F,[[DEVICE|device:MMT-1780K-NG2231794H]],,[[IP|ip:24.91.130.7]],8.4,7.1
[[ID|other:PS-07-016]],[[LOCATION|geo:Joslin Diabetes Center]],[[DATE|date:2023-08-09]],[[AGE|date:90]],F,,,,7.6,7.4""",
    """\
SERIOUS ADVERSE EVENT REPORT (SAE) - CTN trial HEART-RX - Sponsor copy
Site: [[LOCATION|geo:Royal Perth Hospital]]     Participant: [[ID|other:HRX-RPH-031]]     Initial / Follow-up: Follow-up #2
DOB: __/__/[[DATE|date:1949]] (day/month withheld)     Age: [[AGE|other:75]]     Weight: 88 kg
Event term: Complete heart block     Onset: day 12     Seriousness: hospitalisation, life-threatening
PPM: model Azure XT DR MRI, serial [[DEVICE|device:RNF611204S]]
Reporter: Dr [[PERSON|name:Hope Nakamura]], AHPRA [[ID|license:MED0001827364]]
Redaction error on page 3: hospital UR [[ID|mrn:T2281047]] and surname "[[PERSON|name:McHILL]]" visible - re-send.""",
    """\
COHORT DATA EXTRACT - QC flags - BC Generations-style (CSV)
"part_id","yob","age_bl","phn","postal","recruit_site","flag"
"[[ID|other:GEN-004471]]","[[DATE|date:1952]]","[[AGE|other:61]]","[[ID|health_plan:9874120933]]","[[LOCATION|geo:V8R 4L6]]","[[LOCATION|geo:Royal Jubilee Hospital]]","PHN should not be in extract"
"[[ID|other:GEN-004472]]","[[DATE|date:1932]]","[[AGE|date:91]]","","","[[LOCATION|geo:Victoria General Hospital]]","over age cap: top-code"
QC summary: 2 rows, 1 PHN exposed, 1 over the age cap. Postal codes should be truncated to the FSA. Reported to privacy.""",
]

CAD_LOGS = [
    """\
CAD INCIDENT [[ID|other:24-051411]]   TYPE: MVC-INJ   PRI: 1   DISP: MFRD/ASAP
RCVD [[DATE|date:05/14/24]] 17:42:09   CLASS: WPH2
ALI: [[ADDRESS|geo:2200 AIRPORT BLVD, MOBILE AL 36606]]   LAT [[LOCATION|geo:+030.687104]]  LON [[LOCATION|geo:-088.128411]]  UNC 12m
17:43:02 V1 SIL CAMRY / V2 WHI F550 BOX TRK VIN [[VEHICLE|vehicle:1FDUF5HT3NDA48213]]
17:43:10 DISP M12 E4 R1 BC2
17:51:44 M12 ONSC. PT1 [[PERSON|name:JACK BELL]] [[AGE|other:34]]YOM GCS 13, EXTRICATION 12 MIN
18:09:27 M12 TRANSP PRI 1 TO [[LOCATION|geo:USA HEALTH UNIVERSITY HOSPITAL]]""",
    """\
EVENT [[ID|other:240702-1183]]  P0  17D3 FALLS - NOT ALERT   Recv [[DATE|date:02/07/24]] 02:11:46
Loc: [[ADDRESS|geo:3/18 Victoria St, Darwin City NT 0800]]
CLI: [[PHONE|phone:08 8981 5502]]   Caller: [[PERSON|name:Cheryl Tan]] (neighbour)
02:12:20 Pt: [[PERSON|name:Arthur Lim]], [[AGE|date:94]] y/o M, found on floor by neighbour, key safe code given (4412)
02:13:05 ASSIGN D31 (MICA), D07
02:19:40 D07 AT SCENE
02:24:58 D07 PT GCS 14 (E3V5M6), HR 48, BP 86/50, BSL 6.2 - upgrade P1 to [[LOCATION|geo:Royal Darwin Hospital]]
02:58:33 D07 AT HOSP, handover to ED""",
    """\
CAD 3317 [[DATE|date:14/03]]   Cat 2   Chief complaint: Breathing problems   Source: 999 BT
Location: [[LOCATION|geo:///filled.count.soap]] (what3words) - lay-by on the main road near [[LOCATION|geo:Porlock]]
13:02:11 CALL ANSWERED
13:03:40 Patient: female, [[AGE|other:58]], in car, known COPD, SpO2 on own finger probe 81%
13:03:55 Vehicle: blue Skoda Octavia estate [[VEHICLE|vehicle:WX19 KTD]], hazards on
13:05:10 ALLOCATED RRV 4412 / ambulance 7201
13:31:02 7201 ARRIVED
13:58:44 CONVEYING to [[LOCATION|geo:Musgrove Park Hospital]]. Pt ID'd as [[PERSON|name:Margaret Hill]], DOB [[DATE|date:10/12/1965]], NHS [[ID|health_plan:164 829 3077]]""",
    """\
PARAMEDIC SERVICE / CACC - incident summary
Incident: [[ID|other:2024-0019384]]   Date: [[DATE|date:Jan 27 2024]]   Code 4 (MPDS 09-E-1)
Address: [[ADDRESS|geo:412 Rideau St, Apt 1107, Ottawa ON K1N 5Z1]]   Buzzer 1107
ANI/ALI: [[PHONE|phone:613-555-0166]] (landline)
03:14:08 Caller husband [[PERSON|name:Michel Desrosiers]], wife [[PERSON|name:Sylvie]] [[AGE|other:52]] not breathing, CPR instructions given
03:21:40 Medic 2117 + Fire P14 on scene, AED shocks x2
03:40:51 ROSC. Transport to [[LOCATION|geo:Ottawa Heart Institute]]
Parking note: private vehicle in fire lane, plate [[VEHICLE|vehicle:BVXN 228]], owner not located""",
    """\
St John / CCC - Event [[ID|other:P2408811]]  Priority: PURPLE  Response: [[DATE|date:Sunday 25/08/2024]]
Address: [[ADDRESS|geo:42 Main Road, Hope 7020]]   ([[LOCATION|geo:-41.3546, 173.1467]])
19:04 Pt [[PERSON|name:Graham Baker]], [[AGE|other:73]], collapsed in garden, agonal breathing
19:05 CPR coaching commenced, AED from [[LOCATION|geo:Hope Community Hall]] (GoodSAM responder [[PERSON|name:Will Hope]] accepted)
19:08 NEL01 ([[LOCATION|geo:Richmond]]) and NEL05 assigned; Helicopter declined (weather)
19:16 NEL01 arrived. VF. 3 shocks, adrenaline 1mg x2, ROSC 19:31
19:52 Departed to hospital""",
    """\
EMS DISPATCH LOG - City of Tshwane EMS   Inc [[ID|other:TSH-EMS-240601-0091]]
Received [[DATE|date:01-06-2024]] 22:47   Call type: Assault / Stab wound   Priority RED
Location: [[ADDRESS|geo:Unit 14, Sunnyside Gardens, 221 Esselen Street, Sunnyside, Pretoria, 0002]]
Caller: [[PERSON|name:Sunny Mahlangu]] (flatmate)
22:49 R23 (ALS) assigned, SAPS notified, case [[ID|other:CAS 14/06/2024]]
22:58 R23 on scene. Pt [[PERSON|name:Tshepo Mahlangu]], [[AGE|other:27]], stab L chest, BP 80/40, needle decompression
23:11 Depart to [[LOCATION|geo:Steve Biko Academic Hospital]]; suspect vehicle reported by caller: white Toyota Corolla [[VEHICLE|vehicle:JHM 481 GP]]
23:19 Arrived, handover to resus""",
    """\
INTERFACILITY TRANSFER - CAD/ePCR auto-populate
Run [[ID|other:IFT-24-11872]]   Unit: MEDIC 9   MDT: [[DEVICE|device:MDT-TB11-04417]]
From: [[LOCATION|geo:Bryan Medical Center West]] ED bay 6   To: [[LOCATION|geo:Nebraska Medicine Clarkson Tower]] CVICU
Patient: [[PERSON|name:Carlos Mobley]]   DOB [[DATE|date:1966-11-02]]   Wt 104 kg
Dx: Type A dissection. Esmolol 150 mcg/kg/min, nicardipine 5 mg/h, SBP goal <120. Accepting: Dr [[PERSON|name:Elaine Summerfield]], NPI [[ID|license:1673409284]]
Insurance: [[ID|health_plan:MCR 3TQ4-KW8-NV61]] (Medicare)
Depart 10:42  Arrive 11:37  Mileage 57.2""",
    """\
NAS CAD - Incident [[ID|other:IE-24-118830]]
Date [[DATE|date:09.02.2024]]   Determinant 29-D-2 (RTC, high mechanism)
Location: N6 westbound near [[LOCATION|geo:Ballinasloe]]
Vehicles: 1) [[VEHICLE|vehicle:231-D-44718]] grey Golf VIN [[VEHICLE|vehicle:WVWZZZAU1KW118402]] on its roof  2) HGV NI reg [[VEHICLE|vehicle:LXZ 4471]]
Pt1 [[PERSON|name:Orla Devine]] F [[AGE|other:23]], trapped, GCS 15, c/o back pain - Pt2 HGV driver uninjured
Resources: AS1 + Rapid Response, Fire Service, air ambulance stood down
Receiving: [[LOCATION|geo:Portiuncula University Hospital]]""",
    """\
QAS CAD - Case [[ID|other:QA-240315-7710]]
Job rcvd [[DATE|date:15/3/24]] 16:20:55 code 1A - RTC rollover
Loc: Bruce Hwy northbound 2km S of [[LOCATION|geo:Gin Gin]]; AVL/caller GPS [[LOCATION|geo:-24.99810, 151.95544]]
Veh: white Camry QLD rego [[VEHICLE|vehicle:742 XKB]], VIN [[VEHICLE|vehicle:6T1BF3FK7EX012839]] (from caller photo of windscreen sticker)
Pt: driver, [[PERSON|name:Shane O'Reilly]], [[AGE|other:46]], self-extricated, GCS 15, L wrist deformity, pain 7/10
Disp: unit 411 + unit 430. Pt to [[LOCATION|geo:Bundaberg Hospital]], methoxyflurane 3mL, fentanyl 50mcg IN""",
    """\
PATIENT TRANSPORT SERVICE - booking/CAD record
Booking ref: [[ID|other:PTS-7784120]]   Mobility: W1 (own wheelchair)   Escort: yes
Patient: Mr [[PERSON|name:Jack London]]   DOB [[DATE|date:23.05.1931]]   Age [[AGE|date:92]]   NHS [[ID|health_plan:9263810451]]
Pick-up: [[ADDRESS|geo:Flat 6, Normanton House, 14 Church Street, Bath BA1 1NL]]   Contact: [[PHONE|phone:01225 496 011]]
Appointment: renal dialysis, [[LOCATION|geo:Royal United Hospital]] Unit B, Tue/Thu/Sat 07:30 (standing booking)
Notes: key holder neighbour [[PERSON|name:Sally Mark]]. DNACPR in place (copy travels with pt). Oxygen 2L.""",
]

HELPDESK = [
    """\
ServiceNow  [[ID|other:INC0418823]]   Priority: 3 - Moderate   Assignment group: HIM-EHR-Identity
Short description: Possible duplicate MRN - please merge
Description:
  Pt [[PERSON|name:Marc Ritch]] DOB [[DATE|date:12/25/1970]] MRN [[ID|mrn:E3304117]]
  Pt [[PERSON|name:Mark Rich]] same DOB, MRN [[ID|mrn:E3304171]]
  same SSN [[ID|ssn:529-14-8876]] on both.
Work notes:
  [[DATE|date:2024-04-02]] 10:02 L2 analyst: confirmed same person via DL [[ID|license:RI 2290471]]. Merge scheduled tonight 22:00 window.""",
    """\
JIRA  [[ID|other:EMR-2291]]  [Bug] Patient photo showing on wrong record
Reporter: [[PERSON|name:Bec Dawson]]
Environment: eMR v2023.04, iPad camera upload, ward 4A [[LOCATION|geo:Orange Health Service]]
Steps: 1. Open MRN [[ID|mrn:40917724]] ([[PERSON|name:GREEN, Summer]]) 2. banner shows photo of an elderly male
Actual: image [[ID|photo:pt_photo_40917742_cam.jpg]] (belongs to MRN [[ID|mrn:40917742]] - [[PERSON|name:GREENE, Alf]]) linked to [[ID|mrn:40917724]]
Root cause (dev comment): MRN keyed with last two digits swapped on upload screen; no check digit on MRN.
Fix version: 2024.02.1 - adds confirm dialog with name+DOB. Story points: 3""",
    """\
Ticket #[[ID|other:IT-58213]] - RightFax misrouting inbound referrals
From: [[PERSON|name:Julie Baker]] (medical secretary, Cardiology) <[[EMAIL|email:julie.baker7@nhs.net]]>
Logged: [[DATE|date:Wed 17 Jan 2024]] 11:20
Since the weekend, faxes sent to our DDI [[PHONE|fax:0161 496 0882]] are landing in the Gastro queue (fax [[PHONE|fax:0161 496 0828]]). Today's included a referral for [[PERSON|name:Jasmine Hope-Dale]], NHS [[ID|health_plan:2193847568]], which Gastro only found this morning.
Engineer notes: routing rule 14 had a bad wildcard -> fixed. RightFax server [[IP|ip:10.48.2.31]] restarted 12:05, test fax OK (3 pages, 200x200 dpi).
Resolution: fixed. CSAT 5/5.""",
    """\
HELPDESK TICKET [[ID|other:HD-2024-004417]]
Category: Hardware > Biometric reader   Site: [[LOCATION|geo:Sunnybrook Health Sciences Centre]], M4 ICU med room
Requester: [[PERSON|name:Priscilla Young]] RN
Issue: Pyxis fingerprint reader will not enroll me, error BIO-107 'poor quality', tried 6 times. Other nurses can log in.
Tech ([[PERSON|name:Arjun Sethi]]): reader S/N [[DEVICE|device:U.ARE.U-4500-77310942]] at [[IP|ip:10.77.140.18]], MAC [[DEVICE|device:3C:52:82:0A:77:E1]]; old template [[ID|biometric:PYX-BT-000918-2]] corrupted. Deleted and re-enrolled - new template [[ID|biometric:PYX-BT-000918-3]]. Suggested hand moisturiser lol.""",
    """\
Zendesk #[[ID|other:88120]]  Subject: I got someone else's letter  (Priority: URGENT - privacy)
Requester: [[PERSON|name:Orla Kennedy]] <[[EMAIL|email:orla.kennedy@gmail.com]]>  via email  [[DATE|date:26 Apr 2024]]
"Hi, I opened my patient portal message and the attached clinic letter is for a [[PERSON|name:Orla Kennedy-Walsh]] from [[LOCATION|geo:Mullingar]], date of birth [[DATE|date:14/02/1988]], MRN [[ID|mrn:MRH0091247]]. Not me. Not my hospital."
Internal note (IT): portal matched on name only; the other patient's email is [[EMAIL|email:orlakw88@yahoo.ie]]. Message recalled, DPO informed.
Status: Pending - DPO""",
    """\
ManageEngine  Request [[ID|other:#71204]]   Patient portal account locked
Created [[DATE|date:Thu 4 Jul 2024]] 07:55 NZST by portal auto-alert
User: [[EMAIL|email:kiri.tawhiri@outlook.co.nz]]   NHI: [[ID|health_plan:SDF 6141]]   Name on account: [[PERSON|name:Kiri Tawhiri]]
Failed logins: 11 in 4 min from [[IP|ip:49.224.107.61]] (TOR exit)
Action ([[PERSON|name:Nikau Rāwiri]], Service Desk L2): locked, MFA reset, pt phoned on [[PHONE|phone:021 555 0196]] - confirmed only she logs in from [[LOCATION|geo:Whanganui]]. Password reset link sent.
Note: NHI was typed with a space; search normalises it. Closed in 22 min.""",
    """\
[[ID|other:SR-0097731]] | Label printer printing wrong patient names | [[LOCATION|geo:Chris Hani Baragwanath Academic Hospital]] Ward 21
Logged by: Sister [[PERSON|name:Nomvula Khumalo]], 06:30
Wristbands at Ward 21 nurses' station printing with the previous patient's details, e.g. band for [[PERSON|name:Thabo Mokoena]] (hosp no [[ID|mrn:CHB 2291-044]]) came out as [[PERSON|name:Lindiwe Zungu]], ID [[ID|ssn:4706150213088]].
Tech: Zebra ZD421 S/N [[DEVICE|device:D7J213405562]], IP [[IP|ip:10.30.21.88]], spooler queue stuck on job 4471. Cleared queue, firmware V84.20.19Z -> V84.20.21Z, test band OK.
Follow-up: all bands printed 02:00-06:30 re-checked (14).""",
    """\
Jira [[ID|other:DATA-884]]: prod query left in ticket description - PLEASE SCRUB
Reporter: dev team   Created: [[DATE|date:2023-10-18]]
Description (pasted):
  SELECT pat_id, pat_name, ssn, birth_date FROM clarity.patient WHERE ssn = '[[ID|ssn:287-03-6142]]';
  -- returned: [[ID|mrn:Z1189043]] | [[PERSON|name:DAWN, SUNNY L]] | [[ID|ssn:287036142]] | [[DATE|date:1983-07-09]]
  -- also related guarantor acct [[ID|account:700418229]] bal 0.00
Comment (reporter): need this to reproduce the eligibility bug, sorry
Comment ([[PERSON|name:Marisol Vega]], Privacy): Description redacted in Jira + backups. Do not paste PHI in tickets; use the ZZTEST test patient.""",
    """\
INCIDENT [[ID|other:INC-AU-240519-03]] - LOST DEVICE - P1
Reported by: [[PERSON|name:Tahlia Brooks]] (community midwife, [[LOCATION|geo:Mount Barker]] team) on [[DATE|date:Sun 19/5/24]] 18:30
Device: iPad 9th gen, serial [[DEVICE|device:DMPXR7QJ1Q]], IMEI [[DEVICE|device:864321049748036]]
Last seen: left on roof of car at a home visit, [[ADDRESS|geo:9 Hill Street, Hahndorf SA 5245]]
Data on device: offline maternity app cache (approx 40 women), incl. [[PERSON|name:Hannah Schultz]] UR [[ID|mrn:MB0087712]]
Actions: MDM remote lock 18:42, wipe issued 18:45 (pending - device offline).""",
    """\
Ticket [[ID|other:CSS-2208417]] (GP IT / CSU service desk)
Practice: [[LOCATION|geo:Hope Farm Medical Centre]]
Issue: Dr [[PERSON|name:Ravi Rose]] (GMC [[ID|license:7019283]]) smartcard [[ID|other:555 0912 7788]] locked after PIN attempts; cannot access SystmOne.
He also needs the record for [[PERSON|name:Victoria Bath]] (NHS [[ID|health_plan:4857773457]]) sharing-override reset - she was moved from [[LOCATION|geo:Westminster Surgery]].
Workstation IP [[IP|ip:10.222.18.114]]. RA unlocked card via CIS 14:22; sharing override needs practice admin with B0264 role.
Status: Resolved (card), Transferred (sharing) to TPP.""",
]

VOICEMAIL = [
    "voicemail transcription (confidence 0.71) received [[DATE|date:3/18/2024]] 4:52 PM from [[PHONE|phone:+12515550143]] "
    "hi this message is for doctor [[PERSON|name:elaine brooks]] this is [[PERSON|name:rose hill]] calling about my mother "
    "[[PERSON|name:lillian hill]] date of birth [[DATE|date:may fourth nineteen forty one]] her m r n is [[ID|mrn:m i f zero zero eight eight four one five]] "
    "she's been on the new water pill the furosemide forty and she's dizzy every time she stands up her pressure was ninety over fifty "
    "this morning could somebody call me back at [[PHONE|phone:two five one five five five oh one four three]] thank you bye",
    "voicemail to pathology results line [[DATE|date:Fri 9 Feb]] 19:04 transcript "
    "yeah g'day it's [[PERSON|name:brendan]] from the after hours lab at [[LOCATION|geo:flinders medical centre]] critical result "
    "for a [[PERSON|name:summer walker]] u r [[ID|mrn:zero zero nine one two seven seven four]] born [[DATE|date:twelve of the sixth eighty-eight]] "
    "potassium six point eight repeat six point nine haemolysed no sorry not haemolysed "
    "requesting doctor is doctor [[PERSON|name:young]] provider number [[ID|license:seven oh six two one five one w]] "
    "couldn't raise the clinic so can someone ring the lab on [[PHONE|phone:eight two oh four five five five five]] ta",
    "Visual Voicemail - transcription beta - From: [[PHONE|phone:07700 900 431]] - [[DATE|date:Tuesday 20 August]] 08:12 "
    "yeah hiya it's [[PERSON|name:dawn]] from the district nurses ringing for mrs [[PERSON|name:gwen church]] "
    "at [[ADDRESS|geo:four mill lane bath]] just to say we've been and the leg's weeping a lot more so we've "
    "gone up to three times a week dressings and I've put the measurements on the app "
    "um her NHS number is [[ID|health_plan:4 5 0 1 2 9 8 3 7 5]] if you need it and can the GP ring her daughter [[PERSON|name:hope]] "
    "on [[PHONE|phone:oh seven seven double oh nine double oh four one nine]] cheers bye",
    "vm transcript pharmacy line msg 3 of 5 [[DATE|date:2024-03-04]] 11:47 "
    "hello this is [[PERSON|name:marie-claude]] the pharmacist at [[LOCATION|geo:jean coutu on saint-joseph]] calling for doctor "
    "[[PERSON|name:gagnon]] about a prescription for [[PERSON|name:young-min park]] health card [[ID|health_plan:7481930258]] "
    "the amoxicillin says forty milligrams per kilo but he's [[AGE|other:fourteen months]] and ten kilos so the total is over the max "
    "can you call me back at [[PHONE|phone:five one four five five five zero one seven three]] or fax the corrected one to "
    "[[PHONE|fax:five one four five five five zero one seven four]] merci",
    "voicemail [[DATE|date:22/01/2024]] 09:31 from [[PHONE|phone:+353 87 555 0194]] "
    "hello it's [[PERSON|name:bridie o'sullivan]] I'm ringing about my appointment with doctor [[PERSON|name:ní bhriain]] in the "
    "[[LOCATION|geo:mercy]] on the [[DATE|date:thirtieth]] I can't get the bus from [[LOCATION|geo:kilbrittain]] that early my "
    "son can drive me if it's after twelve my hospital number is [[ID|mrn:m u h four four one nine two two]] "
    "and the PPS is [[ID|ssn:eight two six three five oh one m]] thanks a million bye bye bye",
    "Spark voicemail-to-text [[DATE|date:Mon 15 Apr]] 3:07pm "
    "kia ora this is [[PERSON|name:hemi]] ringing about my koro [[PERSON|name:wiremu tane]] "
    "his nhi is [[ID|health_plan:h b x two seven two nine]] he's [[AGE|date:ninety]] next month and he missed his "
    "eye appointment at [[LOCATION|geo:waikato hospital]] on the [[DATE|date:eighth]] cause the shuttle never came "
    "can you rebook him my number is [[PHONE|phone:zero two one five five five zero one three eight]] "
    "or email [[EMAIL|email:hemi t at xtra dot co dot nz]] thanks",
    "vm ref 14 | [[DATE|date:2024-06-03]] 07:58 | mailbox: [[LOCATION|geo:Tembisa Hospital]] maternity "
    "good morning sister this is mrs [[PERSON|name:dlamini]] calling for my daughter [[PERSON|name:zanele]] she delivered "
    "on the [[DATE|date:first of june]] the baby boy is in the nursery they said we must bring her ID "
    "the number is [[ID|ssn:six nine oh four oh two oh three eight one oh eight oh]] "
    "no sorry that is my ID hers I will bring please call me on [[PHONE|phone:oh eight two five five five oh one four seven]] thank you",
    "voicemail [[DATE|date:11/29/2023]] 6:40 PM (hospital security desk) "
    "hi um this is [[PERSON|name:jackie summers]] my dad [[PERSON|name:bill summers]] was admitted to [[LOCATION|geo:mercy general]] "
    "yesterday and his truck is still in the ER lot it's a gray ford f one fifty california plate "
    "[[VEHICLE|vehicle:seven t r k four one two]] I'll pick it up saturday please don't tow it "
    "his room is four twelve bed b my number is [[PHONE|phone:nine one six five five five zero one one two]] thanks",
    "Voicemail (auto-transcribed) [[DATE|date:Wed 7 Feb 2024]] 2:15pm from [[PHONE|phone:02 9555 0163]] "
    "hi it's [[PERSON|name:kerry]] from accounts at [[LOCATION|geo:st vincent's private]] following up invoice "
    "[[ID|account:I N V dash two two oh four one eight]] for [[PERSON|name:mr paris]] the gap of three hundred and twelve dollars "
    "we've tried the card on file twice you can pay by BPAY biller code eight eight seven "
    "reference [[ID|account:four four one two nine nine three one]] or ring me back on the accounts line cheers",
    "voicemail [[DATE|date:18/09/2024]] 10:02 pacing clinic answerphone "
    "hello this is [[PERSON|name:eric london]] I had a letter about my pacemaker the recall one my serial number on the card is "
    "[[DEVICE|device:P J N four four eight one two seven S]] no wait that's my wife's reading it out "
    "mine is [[DEVICE|device:P J N four four eight three three oh S]] date of birth [[DATE|date:ninth of the first thirty-three]] "
    "my phone is [[PHONE|phone:oh one one four four nine six oh four five two]] thank you",
]

EMAILS = [
    """\
From: [[PERSON|name:Angela Brook]] <[[EMAIL|email:abrook@lakeshoreortho.com]]>
To: Referrals
Subject: RE: Referral - [[PERSON|name:Hope Walker]]

Hi, resending - our fax line is down. Patient's MRN at your end [[ID|mrn:MIF-0077120]], member ID [[ID|health_plan:BCBSAL 88X4410932]]. Needs eval for L TKA, KL grade 4, failed 6/12 conservative mgmt.

Thanks,
[[PERSON|name:Angela Brook]] | Referral Coordinator
[[LOCATION|geo:Lakeshore Orthopaedics]]
P [[PHONE|phone:251-555-0172]] | F [[PHONE|fax:251-555-0173]]

> We did not receive page 2 of 3. Please include referring NPI.
>
>> Referring: Dr [[PERSON|name:Wendell Young]], NPI [[ID|license:1938274655]]""",
    """\
From: Dr [[PERSON|name:Ravi Menon]] <[[EMAIL|email:rmenon@orangegp.com.au]]>
Sent: [[DATE|date:Tuesday, 14 May 2024]] 4:02 PM
Subject: Re: [[PERSON|name:Jack Summer]] - AF, rate control

Thanks - I've stopped the diltiazem. Echo booked. His Medicare [[ID|health_plan:2481 63907 2]] (IRN 3) for your billing.
CHA2DS2-VASc 4, started apixaban 5 mg BD, eGFR 62.

Dr [[PERSON|name:Ravi Menon]] MBBS FRACGP | Provider No. [[ID|license:4196201W]]
[[LOCATION|geo:Summer Street Medical]] | [[ADDRESS|geo:212 Summer St, Orange NSW 2800]] | fax [[PHONE|fax:(02) 6362 5501]]

-----Original Message-----
From: Dr [[PERSON|name:Natalie Bell]]
Saw him today. HR 112 AF, BP 142/88. Wife says he's been "not himself". Happy to see again in 6/52.""",
    """\
From: [[PERSON|name:Gareth Lloyd]] <[[EMAIL|email:g.lloyd@lloydandpriceslrs.co.uk]]>
Subject: FW: FW: Our client [[PERSON|name:Bethan Rees]] - request under Data Protection Act 2018

Dear Sir/Madam,
Please find attached signed authority. Our client: [[PERSON|name:Bethan Rees]] (née [[PERSON|name:Morgan]]), DOB [[DATE|date:02.11.1979]], NHS No [[ID|health_plan:681 230 4956]], of [[ADDRESS|geo:23 Heol y Nant, Whitchurch, Cardiff CF14 1AB]].
Records required: [[LOCATION|geo:University Hospital of Wales]] A&E attendance and fracture clinic thereafter.

Kind regards
Solicitor
F [[PHONE|fax:029 2049 6002]]

---------- Forwarded message ---------
Subject: form
> here you go, signed it, my NI is [[ID|ssn:SK 20 45 67 D]] if they need it x""",
    """\
From: [[PERSON|name:Priya Sandhu]] <[[EMAIL|email:psandhu@ohri.ca]]>
Date: [[DATE|date:2024-04-16]] 15:40 EDT
Subject: Re: ASCEND-CA export v3 - STOP, PHI in file

[[PERSON|name:Tom]] - do NOT upload ascend_export_v3.csv to the sponsor SFTP. Row 14 still has SIN and full DOB:
  [[ID|other:ASC-0114]], [[ID|ssn:198 273 641]], [[DATE|date:1961-02-27]]
Please regenerate with the de-id script (v1.4.2) and send me the checksum.
[[PERSON|name:Priya Sandhu]], Data Manager | [[LOCATION|geo:Ottawa Hospital Research Institute]]

> On Tuesday at 2:58 PM [[PERSON|name:Tom Bishop]] wrote:
> Export attached (n=212). Upload link: [[URL|url:https://sftp.sponsor-ascend.com/upload/site-07?token=9f2c71]]""",
    """\
From: [[PERSON|name:Siobhán Kehoe]] <[[EMAIL|email:siobhan.kehoe@hse.ie]]>
Subject: Refund - [[PERSON|name:Declan Young]]

Hi all,
Mr [[PERSON|name:Young]] was charged the €80 ED fee but he has a medical card ([[ID|health_plan:7720 4613 Q]]), so a refund is due.
He has asked for it by EFT to IBAN [[ID|account:IE56BOFI90001729384756]]. Address for the letter: [[ADDRESS|geo:Ard na Gréine, Ballyhale, Co. Kilkenny R95 FK71]].

Thanks a mil,
[[PERSON|name:Siobhán Kehoe]] | Secretary to Dr [[PERSON|name:M. Reading]] | [[LOCATION|geo:University Hospital Waterford]]
Fax [[PHONE|fax:051 848 572]]""",
    """\
From: [[PERSON|name:Ana Latu]] <[[EMAIL|email:ana.latu@physioworks.co.nz]]>
Subject: Weekly comp query - [[PERSON|name:Sione Tuipulotu]]

Kia ora,
[[PERSON|name:Sione]]'s employer says his weekly compensation hasn't started. He gave them IRD [[ID|ssn:049-153-724]] - can you confirm you have the same number? L ACL rupture, surgery done.
His cell is [[PHONE|phone:022 555 0177]] and he's happy for you to call.
Ngā mihi,

> On [[DATE|date:Mon, 18 Mar 2024]], [[PERSON|name:Sione Tuipulotu]] wrote:
> my bank is [[ID|account:12-3077-0481926-00]] if they ask, I'm [[AGE|other:31]] btw not [[AGE|other:13]] like the form says lol""",
    """\
From: Pre-Authorisations <[[EMAIL|email:preauth@momentumhealth.co.za]]>
Subject: Authorisation [[ID|other:MH-AUTH-24-0718823]] - [[PERSON|name:MOKOENA, Thabo]]

Dear Dr [[PERSON|name:Naidoo]],
Authorisation is APPROVED for: arthroscopic meniscectomy R knee (CPT 29881, ICD-10 S83.2), admission [[DATE|date:22/07/2024]], 1 day, at [[LOCATION|geo:Life Fourways Hospital]].
Member: [[PERSON|name:Thabo Mokoena]]   Member no: [[ID|health_plan:90882147]]   Dependant: 00   ID: [[ID|ssn:8503115246089]]
Practice no: [[ID|license:0388424]]   Tariff: as per scheme rate, co-payment R3 000.
Regards, Momentum Health pre-auth team""",
    """\
From: [[PERSON|name:Jack Bellweather]] <[[EMAIL|email:jbellweather1961@aol.com]]>
To: MyChart Support <[[EMAIL|email:mychartsupport@ochsner.org]]>
Subject: cant verify my identity
Attachments: [[ID|photo:selfie_with_license.jpg]] (1.8 MB)

your app keeps saying it cant match my face. here is a selfie and my drivers license ([[ID|license:LA 009471288]]). my mrn is [[ID|mrn:1084 4712]] i think. born [[DATE|date:4-17-61]].
i am trying to see my wifes ([[PERSON|name:Dawn]]) results she put me as proxy.
[[PERSON|name:jack]]

Sent from my iPhone

> MyChart Support wrote:
> Your identity verification attempt was unsuccessful. Visit [[URL|url:https://my.ochsner.org/verify?u=jbellweather1961]] to try again.""",
    """\
From: Medical Workforce <[[EMAIL|email:medworkforce@sesiahs.health.nsw.gov.au]]>
To: Dr [[PERSON|name:Summer Nguyen-Baker]] <[[EMAIL|email:summer.nb@gmail.com]]>
Subject: Locum onboarding - [[LOCATION|geo:Shoalhaven District Memorial Hospital]] [[DATE|date:5-16 Aug]]

Hi Dr [[PERSON|name:Nguyen-Baker]],
Thanks for sending your paperwork. We have recorded:
  AHPRA: [[ID|license:MED0002291847]]    Medicare provider no.: [[ID|license:503874BX]]
  TFN: [[ID|ssn:719 203 566]]    Bank: BSB 062-000 Acct [[ID|account:1048 2291]]
Your accommodation is at [[ADDRESS|geo:Unit 4, 37 Kinghorne Street, Nowra NSW 2541]]; keys from security.
Kind regards,
Medical Workforce Officer""",
    """\
Return-Path: <>
Received: from mail-gw02.nhs.net ([[IP|ip:194.189.26.130]]) by mx.practice.local with ESMTPS; [[DATE|date:Mon, 22 Jan 2024]] 08:02:41 +0000
From: Mail Delivery System
To: [[EMAIL|email:dr.will.hope@nhs.net]]
Subject: Undeliverable: Results for [[PERSON|name:Pearl Bath]] ([[DATE|date:03/03/1941]])

Delivery has failed to these recipients:
  [[EMAIL|email:pearl.bath41@btinternet.co]]  (550 5.1.2 bad destination domain)

----- Original message -----
From: Dr [[PERSON|name:Will Hope]] <[[EMAIL|email:dr.will.hope@nhs.net]]>
Dear Madam, your bone density scan at [[LOCATION|geo:Bath Clinic]] showed T-score -2.7 (osteoporosis). Please book to discuss alendronate 70 mg weekly.
Please quote your NHS number.
[[LOCATION|geo:Hope Surgery]] | [[PHONE|phone:01225 496 433]]""",
]

STYLES = [
    ("application-logs", APP_LOGS),
    ("audit-trails", AUDIT_TRAILS),
    ("call-centre-transcripts", CALL_CENTRE),
    ("chatbot-and-symptom-checker", CHATBOT),
    ("incident-and-safety-reports", INCIDENTS),
    ("research-case-report-forms", CRFS),
    ("ambulance-dispatch-and-CAD", CAD_LOGS),
    ("ticketing-and-helpdesk", HELPDESK),
    ("voicemail-transcriptions", VOICEMAIL),
    ("email-threads", EMAILS),
]


def main() -> None:
    print(f"probe37: {write_styled(OUT, STYLES)} docs")


if __name__ == "__main__":
    main()
