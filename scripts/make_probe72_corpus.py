"""Write the 72nd hand-annotated redaction probe, 100 notes of machine text from clinical systems.

Why: clinical systems leak identifiers into text that no clinician wrote: logs, stack traces,
audit trails, interface messages, exports, queries and queue dumps. There the cues a redaction
engine leans on in prose are gone or changed: names split into family/given fields or joined by
HL7 carets, addresses spread over pipe components or JSON fields, dates glued into 20240312083512,
identifiers packed into key=value pairs, query strings, file names and URLs, user names that look
like names (sarah.nguyen) or like codes (JPOWELL3). Around them sit far more machine ids that must
survive: log timestamps, trace, request and message control ids, thread names, ports, versions,
build numbers, hashes, HTTP and SMTP status codes, LOINC, SNOMED, CPT, ICD-10, CVX and PBS codes,
lot numbers, queue names, offsets and host names, several of them shaped like IP addresses, SSNs
or phone numbers.

What: ten styles of ten notes: application logs and stack traces (Java, Python, .NET, Go, PHP,
access logs, DICOM syslog); audit trails of record access (FairWarning, My Health Record, SCR
alerts, break-the-glass, disclosure accounting, SSO and biometric sign-on); HL7 v2 messages (ADT,
ORU, SIU, VXU, MDM, DFT, merge) with PID, NK1, PV1, PD1, PRD, IN1, ORC, OBR, OBX and NTE
segments; FHIR R4 JSON fragments; CSV export rows with headers; SQL inserts and query logs
(MySQL, PostgreSQL, SQL Server, Oracle, SQLite, pgaudit, binlog, MongoDB); email headers,
bounces, calendar invites and auto-replies; IT service-desk tickets; chat-ops messages from
on-call channels; message-queue dead-letter dumps (RabbitMQ, Kafka, SQS, Service Bus, ActiveMQ,
Pub/Sub, IBM MQ, Celery, NATS, Kafka Connect). Set in Australia (Medicare, IHI, URN, DVA, TFN,
AHPRA, Medicare provider and HPI-I numbers), the United States (SSN, MRN, MBI, member ids, NPI,
DEA, state licences) and the United Kingdom (NHS and CHI numbers, NI numbers, hospital numbers,
GMC and GP codes); all in English with Welsh, Maori, Polish, Uzbek and other names.

Conventions, adapted to machine text. Names are PERSON|name wherever they sit: an HL7 XPN
FAMILY^Given^Middle is one span with prefix/suffix components (^^MR, ^^^^DR) outside; family and
given names in separate JSON, CSV or SQL fields are separate spans; a name inside a query string is
marked alone. A street address in one field (or one HL7 XAD from street to postcode, country
component outside) is one ADDRESS|geo span; when it is split into line, city and postcode fields the
line is ADDRESS|geo and the city and postcode are LOCATION|geo each; a state field is not marked.
Dates that belong to a person are DATE|date: birth, death, admission, discharge, appointment,
collection, observation, procedure, service, leave and start dates, in every format including
glued HL7 stamps and ISO timestamps as one span, and invalid or future dates keyed for a person.
Machine timestamps are NOT marked: the log line's own time, audit event times, MSH-7, EVN and
OBR-22 status times, FHIR meta.lastUpdated, recorded and Bundle timestamps, email Date, Sent and
Received headers, calendar DTSTART/DTEND stamps, epoch seconds, MQ PutDate and product or lot expiry dates.
Every IPv4/IPv6 address is IP|ip, server or client. Absolute URLs that carry a patient's id or
name are one URL|url span; relative request paths are not URLs and the values inside them are
marked alone; namespace and system URLs (hl7.org, ns.electronichealth.net.au) and generic public
sites are not marked. Emails that reach a person, practice or team mailbox are EMAIL|email; system
senders (MAILER-DAEMON, no-reply, notifications) and phishing senders are not. Scan and photo file
names holding a name or an id are ID|photo.

Machine ids split this way. ID|other: ids that point to a person or to a record about one, i.e.
user names and login ids (jsmith, sarah.nguyen, JPOWELL3; in DOMAIN\\user only the user), chat
handles, session ids, employee, badge and smartcard ids, logical ids of Patient and Practitioner
resources and patient database keys, encounter, visit and episode numbers, order, accession and
specimen numbers, claim, referral, booking, disclosure (ROI), registry and CAD ids, clinical,
security and IG incident numbers, and service-desk ticket and task numbers (each is filed by and
about a named caller). NOT marked: trace, span, request and correlation ids, message ids and HL7
message control ids, audit event, alert and query ids, ids of other FHIR resources (Observation,
Device, Coverage, AuditEvent), thread and worker names, pod and host names without a person's name,
AE titles, queue and topic names, offsets and sequence numbers, build, job, batch and change (CHG)
numbers, monitoring incidents (PagerDuty), problem and KB numbers, facility codes in HL7 routing
fields, service accounts and bots (bp_app, svc_kiosk01, ops-bot, fleetbot, omnicell-monitor),
workstation names, UDI device identifiers (model level), hashes, ports and versions.

Everything else follows the shared conventions: medical device serials, IMEIs, MAC addresses and
CGM transmitter ids are DEVICE|device; biometric template ids (fingerprint, palm vein, face)
ID|biometric; AHPRA, NPI, DEA, GMC, GP and consultant codes, HPI-I, Medicare provider and
prescriber numbers and driver licences ID|license; NHS, CHI, SSN, TFN and NI numbers ID|ssn;
Medicare, IHI, DVA, MBI and plan member ids ID|health_plan; hospital, unit record and chart
numbers ID|mrn; account, invoice, BSB and bank numbers and card last-4 ID|account; ages of the
patient AGE|other, 90 and over AGE|date; public helplines (1800 723 471, 13 HEALTH) are not marked.

How: cd /work/main && .venv/bin/python scripts/make_probe72_corpus.py (writes corpus/redaction/probe72.jsonl).
"""

from pathlib import Path

from make_safe_harbor_suite import write_styled

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "corpus" / "redaction" / "probe72.jsonl"

STYLE_A = [
    """2024-03-14 09:12:44.318  INFO 18422 --- [http-nio-8443-exec-17] c.h.pas.api.PatientController      : GET /api/v2/patients?urn=[[ID|mrn:MR0048213]]&dob=[[DATE|date:1948-07-22]] user=[[ID|other:jsmith]] sid=[[ID|other:8F3C2A91D07B44E5A1C6E2]] traceId=4bf92f3577b34da6a3ce929d0e0e4736 status=200 took=143ms
2024-03-14 09:12:44.401  WARN 18422 --- [http-nio-8443-exec-17] c.h.pas.service.MedicareValidator  : Medicare check failed irn=1 reason=IRN_MISMATCH cache=MISS
2024-03-14 09:12:44.402 ERROR 18422 --- [http-nio-8443-exec-17] c.h.pas.service.EligibilityService : Eligibility lookup failed (attempt 2/3), backing off 800ms
au.gov.hpos.client.ClientException: HTTP 422 {"patientIdentifier":"[[ID|health_plan:8003605708395054]]","familyName":"[[PERSON|name:Ng]]","givenName":"[[PERSON|name:Dorothy]]","sex":"F"}
\tat au.gov.hpos.client.OnlineClaimingClient.verify(OnlineClaimingClient.java:211)
\tat com.health.pas.service.EligibilityService.check(EligibilityService.java:88)
\tat jdk.internal.reflect.GeneratedMethodAccessor412.invoke(Unknown Source)
\t... 42 common frames omitted""",
    """[2024-05-02 07:58:13,902] ERROR in app: Exception on /appointments/book [POST]
Traceback (most recent call last):
  File "/opt/apptbook/venv/lib/python3.11/site-packages/flask/app.py", line 1463, in wsgi_app
    response = self.full_dispatch_request()
  File "/opt/apptbook/app/routes.py", line 212, in book
    slot = Slot.reserve(nhs_number=form["nhs_number"], when=form["slot"])
  File "/opt/apptbook/app/models.py", line 97, in reserve
    raise SlotConflict(f"slot {when} already held for {existing.nhs_number}")
app.models.SlotConflict: slot [[DATE|date:2024-05-09T10:20]] already held for [[ID|ssn:4279350744]]
request.form={'nhs_number': '[[ID|ssn:1943615705]]', 'name': '[[PERSON|name:Harriet Okafor]]', 'dob': '[[DATE|date:14/02/1987]]', 'mobile': '[[PHONE|phone:07700 900417]]', 'csrf_token': 'IjdkYjM0ZTFhNGMxZmE5'}
remote_addr=[[IP|ip:81.2.69.160]] ua="Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)" worker=gunicorn-3 pid=2291""",
    """[[IP|ip:10.42.7.19]] - [[ID|other:mgarcia72]] [11/Jun/2024:14:02:19 -0500] "GET /portal/api/v1/members/[[ID|health_plan:6MC4WK7UW20]]/claims?page=2&size=25 HTTP/1.1" 200 4821 "-" "okhttp/4.12.0" rt=0.212 uct=0.001
[[IP|ip:10.42.7.19]] - - [11/Jun/2024:14:02:22 -0500] "GET /static/js/main.7f3c9a1e.chunk.js HTTP/1.1" 304 0 "-" "okhttp/4.12.0" rt=0.002 uct=0.000
[[IP|ip:172.58.19.204]] - - [11/Jun/2024:14:02:26 -0500] "POST /portal/api/v1/proxy-access?grantor=[[ID|mrn:E3917725]]&grantee_email=[[EMAIL|email:lupe.garcia77@gmail.com]] HTTP/1.1" 403 97 "[[URL|url:https://mychart.bswhealth.com/MyChart/Proxy/Invite?patient=E3917725&rel=mother]]" "Mozilla/5.0 (Linux; Android 14)" rt=0.019 uct=0.001""",
    """2024-02-27 23:41:07.552 -05:00 [ERR] Mirth.Interfaces.RegistrationFeed: Failed to upsert patient (MRN [[ID|mrn:00318842]]), channel 14, message 99182
System.Data.SqlClient.SqlException (0x80131904): Violation of UNIQUE KEY constraint 'UQ_Patient_SSN'. Cannot insert duplicate key in object 'dbo.Patient'. The duplicate key value is ([[ID|ssn:697848768]]).
   at System.Data.SqlClient.SqlConnection.OnError(SqlException exception, Boolean breakConnection, Action`1 wrapCloseInAction)
   at Registration.Data.PatientRepository.UpsertAsync(Patient p) in D:\\a\\1\\s\\src\\Registration.Data\\PatientRepository.cs:line 144
ClientConnectionId:3f2b8a7e-91cd-4f0e-bb35-5c1e2d9a0c44
Error Number:2627,State:1,Class:14
incoming={LastName="[[PERSON|name:Whitfield]]", FirstName="[[PERSON|name:Darnell]]", DOB=[[DATE|date:03/17/1962]], SSN="[[ID|ssn:697-84-8768]]"}
existing={MRN=[[ID|mrn:00297415]], LastName=NULL, FirstName="[[PERSON|name:Darnel]]", DOB=NULL}""",
    """2024-08-19T22:06:51.004+10:00 DEBUG 1 --- [nio-8080-exec-3] o.s.s.o.s.r.a.JwtAuthenticationProvider : Authenticated token claims={preferred_username=[[ID|other:sarah.nguyen]], name=[[PERSON|name:Sarah Nguyen]], email=[[EMAIL|email:sarah.nguyen@health.nsw.gov.au]], ahpra=[[ID|license:NMW0001873214]], roles=[rn, med_admin], iat=1724068011, exp=1724071611}
2024-08-19T22:06:51.220+10:00  INFO 1 --- [nio-8080-exec-3] a.g.n.h.emm.MarController : PRN override by [[ID|other:sarah.nguyen]] patient=[[ID|mrn:K2281930]] ([[PERSON|name:KARRAS, Eleni]]) ward=7E bed=14 drug="oxycodone 5 mg PO" pbs=8501T interval_rule=4h last_given_ago=3h10m
2024-08-19T22:06:51.221+10:00  WARN 1 --- [nio-8080-exec-3] a.g.n.h.emm.MarController : override_reason="pain 8/10, pain team verbally ok'd" witness=NONE""",
    """{"ts":"2024-10-03T04:17:22.913Z","level":"warn","svc":"results-router","ver":"3.8.1","pod":"results-router-7d9f8c6b5-x2kqp","trace_id":"a3ce929d0e0e47364bf92f3577b34da6","msg":"no patient match, parking result","accession":"[[ID|other:24-318-04417]]","urn":"[[ID|mrn:2014887]]","name":"[[PERSON|name:TE WHATA, Hemi]]","dob":"[[DATE|date:1979-11-05]]","sex":"M","collected":"[[DATE|date:2024-10-02T21:40:00+10:00]]","loinc":"2160-0","value":"412","unit":"umol/L","flag":"HH","orderer":null}
{"ts":"2024-10-03T04:17:23.040Z","level":"info","svc":"results-router","msg":"critical result phoned","to":"Dr [[PERSON|name:Mia Brennan]]","phone":"[[PHONE|phone:0491 570 156]]","read_back":true,"span_id":"00f067aa0ba902b7"}
{"ts":"2024-10-03T04:17:25.511Z","level":"error","svc":"results-router","msg":"retry exhausted","attempt":5,"http_status":503,"upstream":"https://hl7-gw.internal:8443/ingest","queue":"results.parked"}""",
    """02-Jan-2025 11:08:45.771 SEVERE [ajp-nio-8009-exec-41] org.apache.catalina.core.StandardWrapperValve.invoke Servlet.service() for servlet [referralServlet] in context with path [/ers-bridge] threw exception
java.lang.NullPointerException: Cannot invoke "uk.nhs.ers.Referral.getUbrn()" because "ref" is null
\tat uk.nhs.trust.referrals.ReferralServlet.doPost(ReferralServlet.java:318)
\tat javax.servlet.http.HttpServlet.service(HttpServlet.java:681)
02-Jan-2025 11:08:45.772 INFO [ajp-nio-8009-exec-41] uk.nhs.trust.referrals.AuditFilter.after user=[[ID|other:TWILLIAMS4]] params={nhsNo=[[ID|ssn:2719954292]], surname=[[PERSON|name:ADEYEMI]], forename=[[PERSON|name:Oluwaseun]], dob=[[DATE|date:23-Sep-1990]], postcode=[[LOCATION|geo:SE5 9RS]], ubrn=[[ID|other:000412835561]], specialty=CARDIOLOGY, priority=2WW, build=ers-bridge-2.14.0-b1187}""",
    """Jul 22 03:11:09 pacs-ar01 dcmqrscp[2231]: I: Association Received [[IP|ip:10.17.4.52]]: "CT_SIEMENS_02" -> "PACS_AR01"
Jul 22 03:11:09 pacs-ar01 dcmqrscp[2231]: I: Received Store Request: MsgID 1284, (CT), KVP=120, SliceThickness=0.625
Jul 22 03:11:10 pacs-ar01 dcmqrscp[2231]: W: PatientID mismatch vs RIS: PatientName=[[PERSON|name:HOLLOWAY^Margaret^A]] PatientID=[[ID|mrn:BH7721094]] PatientBirthDate=[[DATE|date:19410608]] AccessionNumber=[[ID|other:CT24072200193]] StudyDate=[[DATE|date:20240722]] RIS.match=NONE
Jul 22 03:11:10 pacs-ar01 dcmqrscp[2231]: W: moved to /data/quarantine/[[ID|photo:HOLLOWAY_MARGARET_BH7721094_CT24072200193.dcm]]
Jul 22 03:11:11 pacs-ar01 dcmqrscp[2231]: I: Association Release""",
    """panic: runtime error: index out of range [3] with length 3

goroutine 8812 [running]:
main.(*EligibilityWorker).buildX12(0xc0004a2f00, {0xc000b1e2a0, 0x3, 0x4})
\t/src/cmd/eligibility/worker.go:214 +0x6d5
main.(*EligibilityWorker).Run(...)
\t/src/cmd/eligibility/worker.go:97 +0x1c8
2024/09/30 16:20:55 last payload: &models.Member{ID:"[[ID|health_plan:XOH884210395]]", Name:"[[PERSON|name:Rosalind Achterberg]]", DOB:"[[DATE|date:1956-02-29]]", SSN:"[[ID|ssn:049-09-4804]]", Addr:"[[ADDRESS|geo:4418 N Winchester Ave, Chicago, IL 60640]]", PCP:models.Provider{NPI:"[[ID|license:1067283949]]", Name:"[[PERSON|name:Ifeoma Nwachukwu]]"}, Payer:"BCBSIL", TxnSet:"270", Ver:"005010X279A1"}
exit status 2""",
    """[2024-11-12 18:44:03] production.ERROR: Your card was declined. {"exception":"[object] (Stripe\\\\Exception\\\\CardException(code: 402): Your card was declined. at /var/www/telehealth/vendor/stripe/stripe-php/lib/Exception/ApiErrorException.php:38)"}
[2024-11-12 18:44:03] production.INFO: booking.payment_failed {"booking_ref":"[[ID|other:TH-8Q4K2M]]","patient":"[[PERSON|name:Callum McAlister]]","email":"[[EMAIL|email:callum.mcalister@bigpond.com]]","mobile":"[[PHONE|phone:+61 491 570 313]]","appt":"[[DATE|date:2024-11-14T09:30:00+11:00]]","practitioner":"Dr [[PERSON|name:Anneliese Vogt]]","mbs_item":"91800","amount":"89.00","card":"visa ****[[ID|account:4471]]","decline_code":"insufficient_funds"}
[2024-11-12 18:44:04] production.INFO: sms.queued {"template":"payment_retry_v2","provider":"messagemedia","status":202}""",
]

STYLE_B = [
    """ACCESS LOG REPORT - Privacy Office (FairWarning export, CST)
Patient: [[PERSON|name:RAMIREZ, Teresa L]]   MRN: [[ID|mrn:E2208461]]   DOB: [[DATE|date:08/30/1971]]
Access Time          User ID    User Name          Dept           Workstation  Action
03/29/2024 22:14:07  [[ID|other:JPOWELL3]]   [[PERSON|name:POWELL, Jordan]]     ED NURSING     EDWS-114     Chart Review - Results
Flag 7 (same surname / same ZIP): first user's home ZIP [[LOCATION|geo:78704]] matches patient. No treatment relationship found; no ED encounter that night.""",
    """My Health Record - Record Access History
Record of: [[PERSON|name:Joanne Whitlam]]   IHI: [[ID|health_plan:8003 6091 2160 1056]]
Date        Time   Organisation                         Activity
12/02/2024  10:42  [[LOCATION|geo:Bendigo Health]]                       Viewed Discharge Summary (admitted [[DATE|date:05/02/2024]], LOS 4 days)
02/03/2024  02:31  [[LOCATION|geo:Echuca Regional Health]]              Emergency access by [[PERSON|name:R. Sandhu]] (HPI-I [[ID|license:8003615259357759]])
Nominated representatives: none. Questions? My Health Record helpline 1800 723 471.""",
    """Alert type: SCR access without Legitimate Relationship (emergency override)
Alert ref: 5f2c9e1a-33b0-4c7e-9d5e-0a8e41c7b210   Raised: 2024-06-30T02:19:03Z   Rule: PO-ALRT-03 v1.2
Patient NHS No: [[ID|ssn:362 897 6901]]   Name: [[PERSON|name:LLOYD-HUGHES, Bethan]]   DoB: [[DATE|date:11-Jan-1958]]
Accessing user: [[PERSON|name:Kieran Doherty]]   Smartcard UUID: [[ID|other:555012347109]]   Role: R8000 Clinical Practitioner Access Role
Org: [[LOCATION|geo:Royal Preston Hospital]]   Workstation: RPH-ED-PC044
Reason given: "Pt brought in unresponsive, need med list"
Records viewed: 3 (Medications, Allergies, Adverse Reactions). Sealed envelope: none.
Action: PO to confirm with ED consultant Dr [[PERSON|name:Sian Prosser]] within 5 working days.""",
    """AUDIT BTG_EVENT evt=778120331 ts=2024-07-06T13:22:10+09:30 fac=[[LOCATION|geo:Flinders Medical Centre]] user=[[ID|other:jlee14]] name="[[PERSON|name:LEE, Jessica]]" role=RN patient_urn=[[ID|mrn:1789334]] vip=Y reason_code=4 reason_text="pt in my care 5G bed 22, covering meal break" duration=00:14:32 client=[[IP|ip:10.130.44.201]] ws=FMC-5G-COW02 app=Sunrise/23.1
AUDIT BTG_REVIEW evt=778120332 ts=2024-07-08T09:01:47+09:30 reviewer=[[ID|other:tpetrakis]] outcome=JUSTIFIED note="rostered 5G on [[DATE|date:06/07]] PM per Kronos; pt Mrs [[PERSON|name:Wongsakul]] on her allocation sheet\"""",
    """ACCOUNTING OF DISCLOSURES (45 CFR 164.528)
Patient: [[PERSON|name:Hollis J. Brandt]]   MRN [[ID|mrn:40018823]]   DOB [[DATE|date:1969-05-14]]
Request [[ID|other:ROI-24-00917]] logged 2024-04-22 14:05 (HIM)
Disclosed to: [[PERSON|name:Carla Menendez]], Esq., [[ADDRESS|geo:1400 Main St Ste 900, Dallas, TX 75202]]   fax [[PHONE|fax:(214) 555-0186]]
Authority: HIPAA authorization on file, scanned as [[ID|photo:ROI-24-00917_auth_Brandt.pdf]]
Records: ED visit and ortho clinic notes; 38 pages; CPT 99284, 27786; ICD-10 S82.201A
Sent via eFax job 88412 (status 0 OK, 38/38 pages, 00:04:12). Fee $6.50 + $0.25/page.""",
    """Audit Trail | Patient: [[PERSON|name:PENHALIGON, Morwenna]] (Mrs) | NHS [[ID|ssn:320 028 4706]] | DOB [[DATE|date:02 Mar 1944]] ([[AGE|other:80y]])
Date/Time         User                            Event
19/08/2024 08:32  [[PERSON|name:Tamsin Rowe]] (Reception)        Appointment booked for [[DATE|date:22/08/2024]] 10:40 (GP, 10 min)
22/08/2024 10:44  GP Partner (locum login)         Consultation saved - SNOMED 38341003 Hypertensive disorder; BP 164/92
23/08/2024 14:12  [[ID|other:pcarne]] (Admin)                  Document attached: [[ID|photo:scan_3200284706_20240823_echo.tif]] (3 pages)""",
    """Imprivata OneSign audit | site [[LOCATION|geo:Mercy Hospital St. Louis]] | agent 7.4.004.0022
06:58:02 AUTH_OK    user=[[ID|other:rpatel]] method=fingerprint template=[[ID|biometric:FPT-7c19e2a4b8f0]] ws=ICU4-WOW-07 ip=[[IP|ip:10.88.41.17]]
06:58:40 EPCS_SIGN  drug="HYDROmorphone 2 mg/mL inj" schedule=CII 2FA=fingerprint OK
06:59:15 AUTH_FAIL  method=fingerprint reason=NO_MATCH score=0.31 threshold=0.72 (unknown finger, no user resolved)
07:03:55 ENROLL     user=[[ID|other:tgreen2]] method=palm_vein template=[[ID|biometric:PV-20240514-9f31c0]] enrolled_by=kiosk-03""",
    """SafeScript NSW - prescriber query audit (export for practice manager)
query_id   time (AEST)          practitioner          AHPRA           patient searched                                                            result
Q-9921847  2024-09-03 11:14:52  Dr [[PERSON|name:Anthony Lam]]        [[ID|license:MED0001736482]]  [[PERSON|name:Brooke Vella]], DOB [[DATE|date:21/06/1991]], [[ADDRESS|geo:9 Eucalyptus Way, Kellyville NSW 2155]]   MATCH - 3 S8 supplies in 90 days
Alert acknowledged by practice nurse [[PERSON|name:Deb Kovacs]] ([[ID|other:dkovacs]]). Tapentadol SR 100 mg, OME 120 mg/day.""",
    """Clinical Photography - image access log (Medical Illustration, [[LOCATION|geo:Salford Royal]])
2024-10-14 09:02:11 | [[ID|other:ahussain]] | VIEW   | [[ID|photo:MI_20241011_RM202418877_lfoot_01.jpg]] | tissue viability review
2024-10-14 13:47:09 | [[ID|other:lbyrne7]]  | EXPORT | [[ID|photo:HALLIWELL_Dennis_wound_20241011.jpg]] -> \\\\srhfile01\\podiatry\\shared\\
DLP rule IMG-07 fired: identifiable image written to shared drive. Patient [[PERSON|name:Dennis Halliwell]], unit no. [[ID|mrn:RM202418877]], photographed [[DATE|date:11/10/2024]]. Consent category: education use not consented.""",
    """MyChart login audit - proxy account review
login_time           account                proxy_for              ip                          client                       result
2024-12-02 19:41:03  [[ID|other:dawn_reyes1980]]        [[ID|mrn:E5510928]]             [[IP|ip:2600:1700:3ab0:8c40::1d]]     iPhone15,3 iOS 17.6 MyChart 10.4.2   OK
2024-12-03 03:12:55  [[ID|other:dawn_reyes1980]]        -                      [[IP|ip:185.220.101.34]]              python-requests/2.31.0       FAIL x5 -> LOCKED
Proxy target: [[PERSON|name:Eli Reyes]], [[AGE|other:14]] y/o, adolescent confidentiality rules apply from age 13.
Unlock requires ID check at the clinic front desk.""",
]

STYLE_C = [
    """MSH|^~\\&|IPM|RMH|HIE|VICHEALTH|20240312083512+1100||ADT^A04^ADT_A01|IPM000192837|P|2.4|||AL|NE|AUS
EVN|A04|20240312083512+1100
PID|1||[[ID|mrn:2230981]]^^^RMH^MR~[[ID|health_plan:8003609855090831]]^^^AUSHIC^NI||[[PERSON|name:PAPADOPOULOS^Konstantinos^Yiannis]]^^MR||[[DATE|date:19520418]]|M|||[[ADDRESS|geo:27 Albion St^^Brunswick^VIC^3056]]^AUS^H||||GRE|M|ORT
PV1|1|E|ED^RESUS2^01^RMH||||[[ID|license:6794657W]]^[[PERSON|name:HARTIGAN^Fiona]]^^^^DR|||MED||||1||||||||||||||||||||||||||||||[[DATE|date:202403120829]]""",
    """MSH|^~\\&|SUNQUEST|MHHS_LAB|EPIC|MHHS|20240605141502||ORU^R01^ORU_R01|LAB0605141502993|P|2.5.1|||NE|AL
PID|1||[[ID|mrn:M00419927]]^^^MHHS^MR||[[PERSON|name:OKONKWO^Adaeze^N]]||[[DATE|date:19890221]]|F|||[[ADDRESS|geo:8210 Kirby Dr Apt 1412^^Houston^TX^77054]]^USA
ORC|RE|||||CM
OBR|1||[[ID|other:24-157-0391]]|24323-8^Comprehensive metabolic panel^LN|||[[DATE|date:202406051122]]|||||||||[[ID|license:1904913526]]^[[PERSON|name:LINDQVIST^Erik]]^^^^^^^NPI||||||20240605141000|||F
OBX|1|NM|2345-7^Glucose^LN||212|mg/dL|70-99|H|||F
OBX|2|NM|2160-0^Creatinine^LN||1.4|mg/dL|0.6-1.1|H|||F
OBX|3|NM|33914-3^eGFR^LN||49|mL/min/1.73m2|>60|L|||F
OBX|4|NM|2823-3^Potassium^LN||5.9|mmol/L|3.5-5.1|H|||F
NTE|1|L|K+ repeated, no hemolysis. Called to floor RN 14:09, read back.""",
    """MSH|^~\\&|CERNER|RWE|TIE|RWE|20240917221403||ADT^A01|Q8823771T9912|P|2.4
EVN|A01|20240917221403
PID|1||[[ID|ssn:3267607817]]^^^NHS^NH~[[ID|mrn:RWE4418203]]^^^RWE^MR||[[PERSON|name:O'SULLIVAN^Niamh^Bridget]]^^MISS||[[DATE|date:20030704]]|F|||[[ADDRESS|geo:Flat 3, 41 Narborough Road^^Leicester^^LE3 0LE]]^GBR^H||[[PHONE|phone:07700 900582]]^PRN^CP|||S|||||||||||||||||NSTS01
NK1|1|[[PERSON|name:O'SULLIVAN^Siobhan]]|MTH^Mother|||||NOK
PV1|1|I|WD21^BAY3^B4^LRI||||[[ID|license:4721936]]^[[PERSON|name:CHAUDHRY^Imran]]^^^MR|||110||||19|||||""",
    """MSH|^~\\&|MEDITECH|SJH|HIE|LAHIE|20240211093344||ADT^A08^ADT_A01|MT20240211093344077|P|2.5
PID|1||[[ID|mrn:000921446]]^^^SJH^MR||[[PERSON|name:DUBOIS^Marcel^J]]||[[DATE|date:19470913]]|M||2106-3^White^CDCREC|[[ADDRESS|geo:112 Bayou Rd^^Thibodaux^LA^70301]]^^H|||||M|||[[ID|ssn:438-89-9859]]
PV1|1|I|3N^312^A^SJH||||[[ID|license:1199113170]]^[[PERSON|name:THERIOT^Annette]]^^^^MD^^^NPI
IN1|1|MCR|CMS|Medicare Part A||||||||||||SELF|01||||||||||||||||||||[[ID|health_plan:7JJ9F76RR45]]""",
    """MSH|^~\\&|AUSLAB|QML^2184^AUSNATA|MEDITRUST|CABOOLTURE_MC|20241002093311+1000||ORU^R01^ORU_R01|QML24100209331100042|P|2.3.1^AUS&&ISO3166_1
PID|1||[[ID|mrn:QH38817204]]^^^QML^MR||[[PERSON|name:NGATA^Tui^Marie]]||[[DATE|date:19650130]]|F
PV1|1|O
OBR|1||[[ID|other:24E118823]]|HBA1C^Glycated haemoglobin^NATA|||[[DATE|date:202410010815]]|||||||||[[ID|license:8079705J]]^[[PERSON|name:SUBRAMANIAM^Priya]]||||||202410020930||CH|F
OBX|1|NM|4548-4^HbA1c^LN||9.4|%|4.0-6.0|H|||F
OBX|2|NM|59261-8^HbA1c (IFCC)^LN||79|mmol/mol|20-42|H|||F
NTE|1||Result phoned to [[PERSON|name:Kaylee]] (practice nurse) 09:29, read back.""",
    """MSH|^~\\&|PAS|RJZ|BOOKING|RJZ|20241104161205||SIU^S12^SIU_S12|RJZ1104161205483|P|2.5
SCH|[[ID|other:APT00917733]]||||||ROUTINE^Routine|FU^Follow-up|20|MIN|^^20^[[DATE|date:20241119143000]]
PID|1||[[ID|ssn:5124924845]]^^^NHS^NH~[[ID|mrn:K1177420]]^^^RJZ^MR||[[PERSON|name:ABIODUN^Funmilayo]]^^MRS||[[DATE|date:19760312]]|F|||[[ADDRESS|geo:22 Barry Road^^London^^SE22 0HU]]^GBR
AIL|1|A|DERM_OPD3^^^KCH||||||20|MIN""",
    """MSH|^~\\&|PHARMACY|NMPH-2281|NMSIIS|NMDOH|20240918154022||VXU^V04^VXU_V04|PH2281091815402231|P|2.5.1|||ER|AL|||||Z22^CDCPHINVS
PID|1||[[ID|mrn:PH6610382]]^^^NMPH^MR||[[PERSON|name:BEGAY^Nizhoni^R]]||[[DATE|date:20190607]]|F||1002-5^American Indian or Alaska Native^CDCREC|[[ADDRESS|geo:305 W Aztec Ave^^Gallup^NM^87301]]
PD1|||||||||||02^Reminder/recall - any method^HL70215|N
RXA|0|1|[[DATE|date:20240918]]||141^Influenza, seasonal, injectable^CVX|0.5|mL^mL^UCUM||00^New immunization record^NIP001|[[ID|license:1424856510]]^[[PERSON|name:MORALES^Gabriela]]^^^^^^^NPI||||FL2024-3381|20250630|SKB^GlaxoSmithKline^MVX|||CP|A
OBX|1|CE|64994-7^Vaccine funding program eligibility^LN|1|V04^VFC eligible - American Indian/Alaska Native^HL70064||||||F""",
    """MSH|^~\\&|CERNER|TPCH|SMARTFORMS|GP_DELIVERY|20240722110418+1000||MDM^T02^MDM_T02|TPCH0722110418127|P|2.4
EVN|T02|20240722110418+1000
PID|1||[[ID|mrn:TP4018822]]^^^TPCH^MR~[[ID|health_plan:NX118204]]^^^DVA^DVG||[[PERSON|name:McKENZIE^Alastair^Ian]]||[[DATE|date:19340509]]|M
PV1|1|I|3B^14^A^TPCH||||||||GER|||||||||||||||||||||||||||||||||[[DATE|date:202407191320]]
PRD|RT|[[PERSON|name:ZHANG^Wei]]^^^^DR|[[LOCATION|geo:Kedron Family Practice]]||[[PHONE|fax:07 3350 9981]]^WPN^FX
TXA|1|DS^Discharge Summary|TX||||||||||||||AU
OBX|1|FT|18842-5^Discharge summary^LN||[[AGE|date:90]]yo man adm with delirium on bg of dementia (MMSE 19/30). Seen by geri team; CAM +ve d1, resolved d4. Lives with son who is carer.||||||F""",
    """MSH|^~\\&|EPIC|UCHEALTH|CLAIMS|UCH_PB|20240403022210||DFT^P03^DFT_P03|EPC403022210500|P|2.5.1
EVN|P03|20240403022210
PID|1||[[ID|mrn:1009938271]]^^^UCH^MR||[[PERSON|name:SORENSEN^Kirsten^A]]||[[DATE|date:19830820]]|F|||[[ADDRESS|geo:2241 Kearney St^^Denver^CO^80207]]||||||[[ID|account:HAR5529103]]|[[ID|ssn:511-93-1851]]
PV1|1|O|ORTHO^^^UCH
FT1|1|||[[DATE|date:20240328]]||CG|29881^ARTHROSCOPY KNEE MENISCECTOMY^CPT|||1|4120.00||||||||||M23.221^Derangement of posterior horn of medial meniscus^I10
FT1|2|||||CG|J1100^DEXAMETHASONE SODIUM PHOSPHATE 1MG^HCPCS|||4|12.80
IN1|1|UHC01|87726|UnitedHealthcare||||||||||||SELF|01||||||||||||||||||||[[ID|health_plan:881942057-01]]""",
    """MSH|^~\\&|PAS|RXH|TIE|RXH|20250108091130||ADT^A40^ADT_A39|RXH20250108091130003|P|2.4
EVN|A40|20250108091130
PID|1||[[ID|ssn:6851953226]]^^^NHS^NH~[[ID|mrn:H3308127]]^^^RXH^MR||[[PERSON|name:FAIRWEATHER^Alfie]]||[[DATE|date:20220115]]|M
MRG|[[ID|mrn:H3311945]]^^^RXH^MR
NTE|1||Duplicate created in ED [[DATE|date:06/01/2025]] as "BABY [[PERSON|name:FAIRWEATHER]]" - mother gave DOB as [[DATE|date:15/01/2021]] (wrong year); merged per MR team.""",
]

STYLE_D = [
    """{
  "resourceType": "Patient",
  "id": "[[ID|other:pat-7730912]]",
  "meta": {"versionId": "4", "lastUpdated": "2024-06-11T03:22:09.118+00:00", "profile": ["http://hl7.org.au/fhir/core/StructureDefinition/au-core-patient"]},
  "identifier": [
    {"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "NI"}]}, "system": "http://ns.electronichealth.net.au/id/hi/ihi/1.0", "value": "[[ID|health_plan:8003601346114320]]"},
    {"type": {"coding": [{"code": "MC"}]}, "system": "http://ns.electronichealth.net.au/id/medicare-number", "value": "[[ID|health_plan:3469527351]]"},
    {"type": {"coding": [{"code": "MR"}]}, "system": "http://ns.asp.nt.gov.au/id/hrn", "value": "[[ID|mrn:0775214]]"}
  ],
  "name": [{"use": "official", "family": "[[PERSON|name:Tjapaltjarri]]", "given": ["[[PERSON|name:Warren]]"]}],
  "gender": "male",
  "birthDate": "[[DATE|date:1961-10-02]]",
  "address": [{"use": "home", "text": "[[ADDRESS|geo:Lot 14 Larapinta Dr, Alice Springs NT 0870]]"}],
  "extension": [{"url": "http://hl7.org.au/fhir/StructureDefinition/indigenous-status", "valueCoding": {"code": "1", "display": "Aboriginal but not Torres Strait Islander origin"}}]
}""",
    """{"resourceType":"Patient","id":"[[ID|other:9f0c3e2a-uk-44180]]","meta":{"profile":["https://fhir.hl7.org.uk/StructureDefinition/UKCore-Patient"]},
 "identifier":[{"system":"https://fhir.nhs.uk/Id/nhs-number","value":"[[ID|ssn:6891228034]]","extension":[{"url":"https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-NHSNumberVerificationStatus","valueCodeableConcept":{"coding":[{"code":"01","display":"Number present and verified"}]}}]}],
 "name":[{"use":"usual","family":"[[PERSON|name:Kowalczyk]]","given":["[[PERSON|name:Agnieszka]]"],"prefix":["Ms"]}],
 "birthDate":"[[DATE|date:1992-08-17]]",
 "address":[{"line":["[[ADDRESS|geo:Flat 12, Ropewalk House, 5 Stanley Street]]"],"city":"[[LOCATION|geo:Liverpool]]","postalCode":"[[LOCATION|geo:L1 6AF]]"}],
 "communication":[{"language":{"coding":[{"system":"urn:ietf:bcp:47","code":"pl"}]},"preferred":true}]}""",
    """{
  "resourceType": "Patient",
  "id": "[[ID|other:eXq8mL2vR0pTz3nHc7bYwA3]]",
  "identifier": [
    {"use": "usual", "type": {"text": "Medical Record Number"}, "system": "urn:oid:1.2.840.114350.1.13.0.1.7.5.737384.14", "value": "[[ID|mrn:Z7301184]]"},
    {"type": {"coding": [{"code": "SS"}]}, "system": "http://hl7.org/fhir/sid/us-ssn", "value": "[[ID|ssn:324-74-0513]]"},
    {"type": {"coding": [{"code": "DL"}]}, "system": "urn:oid:2.16.840.1.113883.4.3.36", "value": "[[ID|license:419 228 517]]"}
  ],
  "name": [{"family": "[[PERSON|name:Castellanos-Rivera]]", "given": ["[[PERSON|name:Ivelisse]]"]}],
  "birthDate": "[[DATE|date:1958-12-01]]",
  "address": [{"line": ["[[ADDRESS|geo:1735 Grand Concourse Apt 6C]]"], "state": "NY"}],
  "extension": [
    {"url": "http://hl7.org/fhir/us/core/StructureDefinition/us-core-ethnicity", "extension": [{"url": "ombCategory", "valueCoding": {"system": "urn:oid:2.16.840.1.113883.6.238", "code": "2135-2", "display": "Hispanic or Latino"}}]},
    {"url": "http://hl7.org/fhir/us/core/StructureDefinition/us-core-birthsex", "valueCode": "F"}
  ]
}""",
    """{"resourceType":"Practitioner","id":"[[ID|other:prac-55120]]",
 "identifier":[{"system":"http://hl7.org/fhir/sid/us-npi","value":"[[ID|license:1491118067]]"},{"system":"http://hl7.org/fhir/sid/us-dea","value":"[[ID|license:BA8662846]]"}],
 "name":[{"family":"[[PERSON|name:Abernathy]]","given":["[[PERSON|name:Colette]]"],"suffix":["DO"]}],
 "telecom":[{"system":"phone","value":"[[PHONE|phone:(402) 555-0161]]","use":"work"},{"system":"fax","value":"[[PHONE|fax:(402) 555-0162]]","use":"work"}],
 "qualification":[{"code":{"coding":[{"system":"http://nucc.org/provider-taxonomy","code":"207R00000X","display":"Internal Medicine"}]}}]}""",
    """{
  "resourceType": "Coverage",
  "id": "cov-3",
  "status": "active",
  "type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": "SUBSIDIZ"}]},
  "subscriberId": "[[ID|health_plan:5FW7Y23AT47]]",
  "beneficiary": {"reference": "Patient/[[ID|other:pt-00418823]]", "display": "[[PERSON|name:Leland Pruitt]]"},
  "relationship": {"coding": [{"code": "self"}]},
  "period": {"start": "[[DATE|date:2019-04-01]]"},
  "payor": [{"display": "Centers for Medicare and Medicaid Services"}],
  "class": [{"type": {"coding": [{"code": "plan"}]}, "value": "Part A", "name": "Medicare Part A"}, {"type": {"coding": [{"code": "plan"}]}, "value": "Part B"}]
}""",
    """[
 {"resourceType":"Device","id":"dev-cgm-1","status":"active","manufacturer":"Dexcom","modelNumber":"G7","serialNumber":"[[DEVICE|device:3MT42KX7LQ]]","udiCarrier":[{"deviceIdentifier":"00386270001498","carrierHRF":"(01)00386270001498(21)[[DEVICE|device:3MT42KX7LQ]]"}],"patient":{"reference":"Patient/[[ID|other:pat-1120934]]"},"version":[{"value":"fw 24.1.6"}]},
 {"resourceType":"Observation","id":"obs-9b1","status":"final","code":{"coding":[{"system":"http://loinc.org","code":"2339-0","display":"Glucose [Mass/volume] in Blood"}]},"subject":{"reference":"Patient/[[ID|other:pat-1120934]]","display":"[[PERSON|name:Isla Brennan-Moore]]"},"effectiveDateTime":"[[DATE|date:2024-09-14T02:35:00+09:30]]","valueQuantity":{"value":3.1,"unit":"mmol/L","system":"http://unitsofmeasure.org","code":"mmol/L"},"interpretation":[{"coding":[{"code":"LL"}]}],"device":{"reference":"Device/dev-cgm-1"},"note":[{"text":"urgent low alert sent to follower app, 2 followers"}]}
]""",
    """HTTP/1.1 422 Unprocessable Entity
Content-Type: application/fhir+json
X-Request-Id: 7c1d4e0b-2a9f-4f8e-9a41-6b3f0e5c1d22

{"resourceType":"OperationOutcome","issue":[
 {"severity":"error","code":"multiple-matches","diagnostics":"$match returned 2 candidates for family=[[PERSON|name:Mahmoud]] given=[[PERSON|name:Yasmin]] birthdate=[[DATE|date:2001-03-23]] postalCode=[[LOCATION|geo:2144]] (score 0.91, 0.88)","expression":["Patient"]},
 {"severity":"information","code":"informational","diagnostics":"candidate 1: URN [[ID|mrn:W0558176]] ([[LOCATION|geo:Westmead]]); candidate 2: URN [[ID|mrn:A2391047]] ([[LOCATION|geo:Auburn]])"},
 {"severity":"warning","code":"business-rule","diagnostics":"IHI [[ID|health_plan:8003600912508519]] status Provisional; not used for matching (HI Service rule 3.2)"}]}""",
    """{"resourceType":"AuditEvent","id":"ae-20241030-000341",
 "type":{"system":"http://dicom.nema.org/resources/ontology/DCM","code":"110110","display":"Patient Record"},
 "action":"R","recorded":"2024-10-30T14:51:02.337Z","outcome":"0",
 "agent":[{"who":{"identifier":{"value":"[[ID|other:lfontaine]]"},"display":"[[PERSON|name:Luc Fontaine]]"},"altId":"[[ID|other:E331908]]","requestor":true,"network":{"address":"[[IP|ip:10.44.12.9]]","type":"2"}},
          {"who":{"display":"smart-app: MedRecon v2.3.0"},"requestor":false,"network":{"address":"ehr-fhir-prod-03.internal","type":"1"}}],
 "source":{"observer":{"display":"fhir-gw-prod"}},
 "entity":[{"what":{"reference":"Patient/[[ID|other:pat-0091842]]","display":"[[PERSON|name:Beaumont, Gerald]]"},"type":{"code":"1"},"role":{"code":"1"}},
           {"what":{"reference":"MedicationRequest?patient=[[ID|other:pat-0091842]]&status=active"},"query":"UGF0aWVudD9zdGF0dXM9YWN0aXZl"}]}""",
    """{"resourceType":"DocumentReference","id":"docref-44812","status":"current",
 "type":{"coding":[{"system":"http://snomed.info/sct","code":"72170009","display":"Photograph"}]},
 "subject":{"reference":"Patient/[[ID|other:pat-2276104]]","display":"[[PERSON|name:Ahmad Rahimi]]"},
 "date":"2024-05-21T23:04:16Z",
 "author":[{"display":"[[PERSON|name:Noor Siddiqui]], Tissue Viability Nurse"}],
 "context":{"period":{"start":"[[DATE|date:2024-05-20]]"},"related":[{"identifier":{"value":"[[ID|other:ENC-19847732]]"}}]},
 "content":[{"attachment":{"contentType":"image/jpeg","size":2218834,"hash":"2jmj7l5rSw0yVb/vlWAYkK/YBwk=","title":"[[ID|photo:rahimi_ahmad_sacrum_PU_cat3_20240520.jpg]]","url":"[[URL|url:https://ehr.wsht.nhs.uk/media/pat-2276104/rahimi_ahmad_sacrum_PU_cat3_20240520.jpg]]"}}]}""",
    """{"resourceType":"Bundle","type":"transaction","timestamp":"2024-12-18T07:40:12+11:00","entry":[
 {"fullUrl":"[[URL|url:https://fhir.monashhealth.org/r4/Encounter/enc-88120771]]","resource":{"resourceType":"Encounter","status":"in-progress","class":{"code":"EMER"},
  "subject":{"reference":"Patient/[[ID|other:pat-3310457]]","display":"[[PERSON|name:Dilnoza Yusupova]]"},"period":{"start":"[[DATE|date:2024-12-18T06:55:00+11:00]]"},
  "serviceProvider":{"display":"[[LOCATION|geo:Dandenong Hospital]]"}},"request":{"method":"POST","url":"Encounter"}},
 {"fullUrl":"urn:uuid:0b6f1c9e-8d2a-4c55-b1c7-4e0b92d7f3aa","resource":{"resourceType":"RelatedPerson","patient":{"reference":"Patient/[[ID|other:pat-3310457]]"},
  "relationship":[{"coding":[{"code":"HUSB"}]}],"name":[{"text":"[[PERSON|name:Farrukh Yusupov]]"}],"communication":[{"language":{"coding":[{"code":"uz"}]}}]},
  "request":{"method":"POST","url":"RelatedPerson"}}]}""",
]

STYLE_E = [
    """urn,surname,given,dob,arrival_dttm,ats,diag_icd10am,los_min,dispo
[[ID|mrn:3318206]],[[PERSON|name:FALETOGO]],[[PERSON|name:Sione]],[[DATE|date:2001-07-19]],[[DATE|date:2024-05-04 23:17]],3,S62.61,212,DIS
,,,,,,,"total rows: 1 of 418 (filter: ats<=3, LOS>180, dispo=DIS)",""",
    """member_id,pt_name,pt_dob,dos,rendering_npi,cpt,mod,icd10_1,units,charge,status,carc
[[ID|health_plan:ZGP447102855]],"[[PERSON|name:YAZZIE, DARRELL]]",[[DATE|date:19750814]],[[DATE|date:20240603]],[[ID|license:2301902997]],99214,25,E11.65,1,210.00,DENIED,CO-16
,,,,,83036,,E11.65,1,38.00,PAID,""",
    """nhs_number,patient,dob,postcode,tfc,weeks_wait,priority
[[ID|ssn:2588946348]],"[[PERSON|name:OGUNLEYE, Temitope]]",[[DATE|date:12/04/1968]],[[LOCATION|geo:NG7 2UH]],110,47,P4
[[ID|ssn:2166174809]],"[[PERSON|name:HARTLEY, Gwen]]",[[DATE|date:30/09/1951]],[[LOCATION|geo:NG9 1BY]],110,46,P4
# export from RTT PTL v4.2 - 2 rows - tfc 110 = Trauma & Orthopaedics, 18-week standard breached""",
    """staff_id,name,dept,rego,state,make_model,colour,zone
[[ID|other:0448213]],[[PERSON|name:Ioana Popescu]],Anaesthetics,[[VEHICLE|vehicle:1XK7RM]],VIC,Toyota Corolla Hybrid 2021,White,B2
[[ID|other:0451976]],[[PERSON|name:Dev Ramaswamy]],ICU,[[VEHICLE|vehicle:ZRT 449]],VIC,Mazda CX-5,Soul Red,C1 (night)""",
    """invoice_no,date_of_service,patient,medicare_no,irn,mbs_item,fee,gap,bsb_account,dd_status
[[ID|account:INV-0094417]],[[DATE|date:17/06/2024]],[[PERSON|name:Rhys Dempsey]],[[ID|health_plan:5814757032]],2,104,$172.05,$81.50,[[ID|account:063-182 10442871]],PAID
,,,,,,,,,"1 row; batch DD-20240618-02, 0 dishonours\"""",
    """"username","email","mfa_phone","last_login_utc","last_login_ip","kiosk_face_template","status"
"[[ID|other:tbouchard58]]","[[EMAIL|email:thierry.bouchard58@comcast.net]]","[[PHONE|phone:+1 617 555 0194]]","2024-07-29T13:02:11Z","[[IP|ip:73.114.208.51]]","[[ID|biometric:FACE-2f9a71c0d4]]","active"
"svc_kiosk01","","","2024-07-30T06:00:00Z","","","service account, MFA exempt (CHG0029112)\"""",
    """nhs_no,op_date,side,joint,component,manufacturer,cat_no,lot_no,serial_no,surgeon_gmc
[[ID|ssn:5344788959]],[[DATE|date:2024-02-15]],L,KNEE,Femoral,Smith+Nephew,71421134,23KM04417,[[DEVICE|device:SN2402F118873]],[[ID|license:6143827]]
[[ID|ssn:5344788959]],[[DATE|date:2024-02-15]],L,KNEE,Tibial insert,Smith+Nephew,71422410,23KM05102,[[DEVICE|device:SN2402T330419]],[[ID|license:6143827]]
,,L,KNEE,Bone cement,Heraeus,66036719,H2201-88,,""",
    """practice,gp_name,phone,fax,nhs_mail,opening
[[LOCATION|geo:Bridge Street Surgery]],Dr [[PERSON|name:Helen Marchetti]],[[PHONE|phone:01223 496 118]],[[PHONE|fax:01223 496 119]],[[EMAIL|email:helen.marchetti@nhs.net]],08:00-18:30
[[LOCATION|geo:Trumpington Street Medical Practice]],Dr [[PERSON|name:Samir Qureshi]],[[PHONE|phone:01223 496 402]],[[PHONE|fax:01223 496 403]],,08:00-18:00 (closed Weds pm)""",
    """ihi,medicare,irn,family_name,given_name,dob,vaccine_code,vaccine_dose,batch_no,date_given,episode_status
[[ID|health_plan:8003605226119481]],[[ID|health_plan:4453384212]],3,[[PERSON|name:Nakamura]],[[PERSON|name:Hana]],[[DATE|date:22112021]],MMR,1,W4712,[[DATE|date:14022024]],"AIR-010-W: dose recorded before minimum age\"""",
    """incident_ref,created_utc,location,plate,vin,owner,owner_phone,notes
[[ID|other:SEC-24-00412]],2024-03-03T05:40:11Z,Car park P3 level 2,[[VEHICLE|vehicle:7KGB218]],[[VEHICLE|vehicle:1HGCV1F34RA062371]],[[PERSON|name:Jerome Tillman]],[[PHONE|phone:(916) 555-0137]],"window smashed; owner is inpatient 5W"
[[ID|other:SEC-24-00413]],2024-03-03T06:05:52Z,ED ambulance bay,[[VEHICLE|vehicle:8TRD391]],,unknown,,"towed to impound, plate run by Sac PD\"""",
]

STYLE_F = [
    """2024-04-09T01:12:44.118203Z\t  231 Connect\tbp_app@[[IP|ip:10.1.4.22]] on bpspremier using TCP/IP
2024-04-09T01:12:44.120551Z\t  231 Query\tSET NAMES utf8mb4
2024-04-09T01:12:44.131009Z\t  231 Query\tINSERT INTO patients (surname, firstname, dob, medicareno, medicareref, address1, suburb, postcode, mobile, created_by) VALUES ('[[PERSON|name:Rahman]]', '[[PERSON|name:Tahmina]]', '[[DATE|date:1996-01-27]]', '[[ID|health_plan:6315735994]]', 2, '[[ADDRESS|geo:3/18 Harris St]]', '[[LOCATION|geo:Fairfield]]', '[[LOCATION|geo:2165]]', '[[PHONE|phone:0491570772]]', 'bp_app')
2024-04-09T01:12:44.139872Z\t  231 Query\tSELECT LAST_INSERT_ID()
2024-04-09T01:12:44.140113Z\t  231 Quit""",
    """2024-06-18 02:14:09.331 UTC [48211] LOG:  duration: 2841.552 ms  execute <unnamed>: SELECT p.* FROM patient p JOIN encounter e ON e.patient_id = p.id WHERE p.last_name ILIKE $1 AND p.dob = $2 AND e.facility_id = $3
2024-06-18 02:14:09.331 UTC [48211] DETAIL:  parameters: $1 = '[[PERSON|name:kowalski]]%', $2 = '[[DATE|date:1949-09-09]]', $3 = '14'
2024-06-18 02:14:12.907 UTC [48215] ERROR:  duplicate key value violates unique constraint "patient_ssn_key"
2024-06-18 02:14:12.907 UTC [48215] DETAIL:  Key (ssn)=([[ID|ssn:577-74-2320]]) already exists.
2024-06-18 02:14:12.907 UTC [48215] STATEMENT:  INSERT INTO patient (mrn, first_name, last_name, ssn, dob, zip, created_at) VALUES ('[[ID|mrn:HF0093318]]', '[[PERSON|name:Marisol]]', '[[PERSON|name:Quintero]]', '[[ID|ssn:577-74-2320]]', '[[DATE|date:1987-06-30]]', '[[LOCATION|geo:33012]]', now())""",
    """<event name="rpc_completed" timestamp="2024-11-05T09:41:27.118Z">
  <data name="duration"><value>1843211</value></data>
  <data name="logical_reads"><value>88412</value></data>
  <action name="client_hostname"><value>WS-OPD-0217</value></action>
  <action name="username"><value>NHSTRUST\\[[ID|other:jbaxter]]</value></action>
  <action name="client_app_name"><value>Lorenzo Regional Care 4.11</value></action>
  <data name="statement"><value>exec sp_executesql N'SELECT TOP 50 * FROM dbo.Patients WHERE NHSNumber = @p0 OR (Surname = @p1 AND DOB = @p2)',N'@p0 nvarchar(10),@p1 nvarchar(50),@p2 date',@p0=N'[[ID|ssn:1163813621]]',@p1=N'[[PERSON|name:Whitcombe]]',@p2='[[DATE|date:1939-11-30]]'</value></data>
</event>""",
    """SQL> INSERT INTO pas.patient (urn, surname, given_names, dob, medicare_no, medicare_irn) VALUES ('[[ID|mrn:00871264]]', '[[PERSON|name:VAN DER WESTHUIZEN-OPPERMAN]]', '[[PERSON|name:Annelie Johanna]]', DATE '[[DATE|date:1958-03-19]]', '[[ID|health_plan:2897261906]]', 1);
                                                                                  *
ERROR at line 1:
ORA-12899: value too large for column "PAS"."PATIENT"."SURNAME" (actual: 28, maximum: 25)

Elapsed: 00:00:00.04""",
    """PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE visits(id INTEGER PRIMARY KEY, client_name TEXT, address TEXT, visit_date TEXT, notes TEXT, synced INTEGER);
INSERT INTO visits VALUES(118,'[[PERSON|name:Beryl Hutchins]]','[[ADDRESS|geo:41 Wattle Grove, Ballarat East VIC 3350]]','[[DATE|date:2024-07-02]]','wound dressing L shin, Inadine + Kerlix, pain 2/10',0);
INSERT INTO visits VALUES(119,'[[PERSON|name:Trevor Ashcroft]]','[[ADDRESS|geo:7 Doveton St N, Ballarat Central VIC 3350]]','[[DATE|date:2024-07-02]]','key in lockbox 2580; dog, ring first',0);
CREATE TABLE sync_log(id INTEGER PRIMARY KEY, ts TEXT, http INTEGER);
INSERT INTO sync_log VALUES(5521,'2024-07-02T16:40:03+10:00',504);
COMMIT;""",
    """2024-09-11 08:01:33.402 EDT [77120] user=[[ID|other:dr_hkim]] db=ehr_prod app=psql client=[[IP|ip:10.60.2.118]] LOG:  AUDIT: SESSION,12,1,READ,SELECT,,,"select first_name, last_name, cell_phone from patient where mrn in ('[[ID|mrn:A1044872]]','[[ID|mrn:A1044873]]')",<not logged>
2024-09-11 08:01:33.415 EDT [77120] user=[[ID|other:dr_hkim]] db=ehr_prod app=psql client=[[IP|ip:10.60.2.118]] LOG:  AUDIT: SESSION,13,1,READ,SELECT,,,"select count(*) from lab_result where loinc in ('4548-4','17856-6')",<not logged>
-- flagged by rule DB-07 (direct PHI query outside app); pgaudit 1.7.0, PostgreSQL 15.6""",
    """-- CHG0041877  merge duplicate registration, raised under [[ID|other:INC0192834]] (MR team)
BEGIN TRAN;
UPDATE dbo.Episode SET PatientID = [[ID|other:884210]] WHERE PatientID = [[ID|other:884977]];   -- (14 rows affected)
-- kept: [[PERSON|name:FEATHERSTONEHAUGH, Piers]]  hosp no [[ID|mrn:D0031877]]  NHS [[ID|ssn:7853099266]]
-- dropped: [[PERSON|name:FEATHERSTONE, Piers]]  hosp no [[ID|mrn:D0094410]]  (no NHS no, DOB left as default)
COMMIT TRAN;""",
    """{"t":{"$date":"2024-10-21T19:03:11.402+00:00"},"s":"I","c":"COMMAND","id":51803,"ctx":"conn4412","msg":"Slow query","attr":{"type":"command","ns":"telehealth.visits","command":{"find":"visits","filter":{"$or":[{"patient.email":"[[EMAIL|email:khanh.vo.1990@icloud.com]]"},{"patient.phone":"[[PHONE|phone:+14085550172]]"}]},"limit":20,"lsid":{"id":{"$uuid":"5d2c0e4b-0a1f-4c71-8c3e-9b7e1e22f3a0"}},"$db":"telehealth"},"planSummary":"COLLSCAN","keysExamined":0,"docsExamined":412877,"nreturned":3,"durationMillis":1840}}""",
    """# at 88417203
#241118 14:22:05 server id 3  end_log_pos 88417611 CRC32 0x5c1e9a07 \tWrite_rows: table id 412 flags: STMT_END_F
### INSERT INTO `hr`.`staff_onboarding`
### SET
###   @1=[[ID|other:30091]] /* INT meta=0 nullable=0 is_null=0 */
###   @2='[[PERSON|name:Marcus Tuilagi]]' /* VARSTRING(160) meta=160 nullable=0 is_null=0 */
###   @3='[[DATE|date:1994-05-06]]' /* DATE meta=0 nullable=1 is_null=0 */
###   @4='[[ID|ssn:748830371]]' /* VARSTRING(11) meta=11 nullable=1 is_null=0 */
###   @5='[[ID|license:NMW0002281934]]' /* VARSTRING(20) meta=20 nullable=1 is_null=0 */
###   @6='[[ID|account:062-692]]' /* VARSTRING(7) */
###   @7='[[ID|account:38114407]]' /* VARSTRING(12) */
###   @8=NULL /* DATE start_date */
# at 88417611""",
    """-- Power BI refresh, gateway PBIGW02, query folded; user [[EMAIL|email:nadia.farouk@uhbw.nhs.uk]]
SELECT a.hosp_no, a.surname, a.forename, a.postcode, a.admit_dt, a.hrg
FROM dw.fact_admission a
WHERE a.postcode LIKE '[[LOCATION|geo:BS5]]%' AND a.hrg IN ('FD10A','FD10B') AND a.los_days > 21;
-- sample rows pasted into Teams by analyst:
-- [[ID|mrn:BRI0048812]] | [[PERSON|name:OBI]] | [[PERSON|name:Chinedu]] | [[LOCATION|geo:BS5 6XH]] | [[DATE|date:2024-08-03]] | FD10A
-- (1 more row, 2 total)""",
]

STYLE_G = [
    """From: [[PERSON|name:Fraser, Alasdair]] <[[EMAIL|email:alasdair.fraser@nhs.scot]]>
To: <[[EMAIL|email:morag.cunningham2@nhs.scot]]>
Subject: Automatic reply: RE: CHI [[ID|ssn:1403722390]] - MRI head result for review
Date: Mon, 5 Aug 2024 09:14:22 +0100
Message-ID: <LO2P265MB5821A0C9E1F3D33E1B7D2A44C82F2@LO2P265MB5821.GBRP265.PROD.OUTLOOK.COM>
Auto-Submitted: auto-replied
Content-Type: text/plain; charset="us-ascii"

I am on annual leave from [[DATE|date:5 August]], returning [[DATE|date:Monday 19th August]]. For urgent neuro-oncology queries please contact my secretary [[PERSON|name:Linda Baird]], or page the on-call SpR via switchboard. Please do not send patient-identifiable information to this address unless encrypted.""",
    """Received: from mail.lakeside-gp.com.au ([[IP|ip:203.45.118.20]]) by ME3PR01MB7713.ausprd01.prod.outlook.com with ESMTPS id 15.20.7544.29; Tue, 14 May 2024 03:11:09 +0000
From: Reception <[[EMAIL|email:reception@lakeside-gp.com.au]]>
To: <[[EMAIL|email:jnguyen.home@gmail.com]]>
Subject: Referral - Mrs [[PERSON|name:Patricia O'Dwyer]] DOB [[DATE|date:03/10/1949]] - urgent cardiology
X-MS-Exchange-Organization-SCL: 1
Message-ID: <a41f0c2e9b7d4e55b1f3@lakeside-gp.com.au>

Dear Doctor,
Please see attached referral for Mrs [[PERSON|name:O'Dwyer]] (Medicare [[ID|health_plan:4792407279]] ref 1) with new AF, CHA2DS2-VASc 4.
Attachment: [[ID|photo:ODwyer_P_ECG_13052024.jpg]]
--
Privacy note added by IT: autocomplete picked the wrong "[[PERSON|name:J Nguyen]]" (personal gmail), not the cardiologist.""",
    """From: Mail Delivery Subsystem <MAILER-DAEMON@mx2.cookchildrens.org>
To: [[EMAIL|email:r.villarreal@cookchildrens.org]]
Subject: Undeliverable: Peds GI follow-up - [[PERSON|name:A. Whitehorse]] MRN [[ID|mrn:CC11804472]]
Date: Thu, 19 Sep 2024 17:22:40 -0500

Delivery has failed to these recipients or groups:
[[EMAIL|email:dr.kelseymartin@gutkidsclinic.com]]
Remote server returned '550 5.1.1 <[[EMAIL|email:dr.kelseymartin@gutkidsclinic.com]]>: Recipient address rejected: User unknown in virtual mailbox table'

Diagnostic information for administrators:
Generating server: mx2.cookchildrens.org
Original message headers:
Received: from EPICPRD-SMTP01 ([[IP|ip:10.5.30.21]]) by mx2.cookchildrens.org (Postfix) with ESMTP id 4XD0f92kQmz9sTR
X-Mailer: Epic In Basket 10.2""",
    """From: no-reply-referrals@health.qld.gov.au
To: [[EMAIL|email:admin@kawanafamilymed.com.au]]
Subject: Referral received [[ID|other:CSR-2024-118832]]
Auto-Submitted: auto-generated

This is an automated message. Do not reply.
Your referral for [[PERSON|name:Jordan Bailey]] (DOB [[DATE|date:19/01/2010]], URN [[ID|mrn:SC0398211]]) to Paediatric Endocrinology, [[LOCATION|geo:Sunshine Coast University Hospital]], was received and triaged as Category 2 (appointment within 90 days).
Referring practitioner: Dr [[PERSON|name:Tamara Kingsley]] (provider no. [[ID|license:7873831Y]])
The patient will be contacted by SMS. Clinic enquiries: 13 HEALTH (13 43 25 84).""",
    """-----Original Message-----
From: [[PERSON|name:Parr, Gemma]] <[[EMAIL|email:gemma.parr@nhs.net]]>
Sent: Tuesday, September 3, 2024 16:02
To: [[PERSON|name:Adebayo, Tunde]] <[[EMAIL|email:tunde.adebayo1@nhs.net]]>
Subject: FW: Critical K+ 6.8 - [[PERSON|name:GRIFFITHS Ewan]] [[ID|ssn:4763839500]]
Importance: High

Sample [[ID|other:U24.0931882.B]] collected [[DATE|date:03/09/2024]] 14:10, non-haemolysed, K 6.8 mmol/L, creat 412 umol/L (baseline 180). Phoned to ward 12 nurse in charge 15:55.""",
    """Return-Path: <bounce-88217@secure-nhspay.co>
Received: from vps-4471.hostingpanel.ru ([[IP|ip:185.225.74.33]]) by mx1.gosh.nhs.uk; Wed, 23 Oct 2024 02:41:17 +0000
From: "NHS Payroll" <noreply@nhs-payroll.info>
To: [[EMAIL|email:olivia.brennan@gosh.nhs.uk]]
Subject: ACTION REQUIRED: confirm your bank details within 24 hours
Authentication-Results: spf=fail smtp.mailfrom=secure-nhspay.co; dkim=none; dmarc=fail action=quarantine
X-Phish-Report: forwarded by [[ID|other:obrennan]] via Report Message add-in 1.4.2; SOC ticket [[ID|other:SIR0044172]]""",
    """Subject: Auto Reply: Script request - [[PERSON|name:Bettina Kraus]]
From: Dr [[PERSON|name:Hamish Reid]] <[[EMAIL|email:hreid@mtbarkerclinic.com.au]]>
Date: Fri, 12 Jul 2024 08:00:03 +0930

Thanks for your email. I am away from [[DATE|date:12/7]] to [[DATE|date:29/7]].
Dr [[PERSON|name:Yuki Harada]] (locum) is reviewing my inbox. Repeat scripts: please fax [[PHONE|fax:(08) 8398 2719]] or use the portal. Results are actioned daily by nursing staff.
Clinic | [[ADDRESS|geo:22 Druids Ave, Mount Barker SA 5251]]""",
    """BEGIN:VCALENDAR
METHOD:REQUEST
BEGIN:VEVENT
ORGANIZER;CN=[[PERSON|name:Clare Whitmore]]:mailto:[[EMAIL|email:clare.whitmore@mft.nhs.uk]]
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Dr [[PERSON|name:Omar Siddique]]:mailto:[[EMAIL|email:omar.siddique@mft.nhs.uk]]
DTSTART;TZID=Europe/London:20240912T130000
DTEND;TZID=Europe/London:20240912T150000
SUMMARY:Lung MDT - 6 pts (see list)
DESCRIPTION:1) [[ID|mrn:MRI4410982]] [[PERSON|name:BANKS Leonard]] CT [[DATE|date:02/09]] 31mm RUL\\n2) see list (5 more) SUVmax 9.2\\nTNM per IASLC 8th ed.
UID:040000008200E00074C5B7101A82E0080000000090A1C2D3E4F5
END:VEVENT
END:VCALENDAR""",
    """From: Medical-Objects <notifications@medical-objects.com.au>
To: [[EMAIL|email:practicemanager@nambourgp.com.au]]
Subject: New secure message for Dr [[PERSON|name:Leanne Ostrowski]]

You have 1 new clinical document from [[LOCATION|geo:Nambour General Hospital]].
Patient: [[PERSON|name:Costa Georgiou]]   DOB: [[DATE|date:30/12/1955]]
Document: Discharge Summary (admission [[DATE|date:24/03/2025]], 3 nights)
View: [[URL|url:https://capricorn.medical-objects.com.au/inbox/msg?id=MO-7781204-GEORGIOU]]
Capricorn v7.12.3 | message 7781204 | do not reply to this address""",
    """Subject: Out of Office Re: Reminder: your appointment on [[DATE|date:10/22]] at 2:15 PM
From: [[PERSON|name:Delgado, Ramon]] <[[EMAIL|email:rdelgado@portoftacoma.com]]>
To: no-reply@multicare.org
Auto-Submitted: auto-replied

I am out of the office until [[DATE|date:Monday, October 21]] with limited access to email. For urgent matters contact Finance Ops.

[[PERSON|name:Ramon Delgado]] | Senior Accountant, Finance
[[LOCATION|geo:Port of Tacoma]] | [[ADDRESS|geo:One Sitcum Plaza, Tacoma, WA 98421]]
f [[PHONE|fax:253-555-0199]]""",
]

STYLE_H = [
    """Number: [[ID|other:INC0418827]]          State: Resolved          Priority: 2 - High
Caller: [[PERSON|name:Priya Raman]] ([[ID|other:praman3]])   Location: [[LOCATION|geo:Westmead Hospital]] - Ward C3A
Category: Clinical Applications > PowerChart     CI: PWRCHRT-PROD     Assignment group: EHR Access L2
Short description: Unable to open chart - access denied for pt in bed 12
Description: opening MRN [[ID|mrn:W1129084]] (Mr [[PERSON|name:Henare Parata]]) gives "CCL error 0x80040E14 - insufficient privileges (position=RN_WARD)". Other pts open fine. Urgent, pt going to theatre 14:00.
Work notes (2024-05-21 10:14:02 AEST - [[PERSON|name:Tom Vukovic]]): record flagged confidential by HIM after media enquiry. RN needs to use break-the-glass, walked her through it. Resolved - user education.""",
    """Ticket [[ID|other:INC2209183]] | Lost/stolen device | Raised by: [[PERSON|name:Aoife Gallagher]] ([[ID|other:agallagher]]) | [[LOCATION|geo:St James's University Hospital]]
Device: Samsung Galaxy A54 (trust-owned), IMEI [[DEVICE|device:353918116639234]], number [[PHONE|phone:07700 900 614]]
Left on the 72 bus Sunday evening. Phone has Teams + Careflow Connect with patient lists (ward J27).
Actions: remote wipe issued 22:41 (job 118273, status Pending), SIM barred, IG informed (DATIX [[ID|other:W184227]]).
Replacement: IMEI [[DEVICE|device:358756103214685]], same number, collected from IT hub L1.""",
    """Request [[ID|other:RITM0091224]] - Badge + biometric enrollment (new hire)
Requested for: [[PERSON|name:Marcus Oyelaran]], RN, Cardiac Step-Down 6E, start date [[DATE|date:07/15/2024]]
Badge [[ID|other:04A3F2B91C]]   Network ID [[ID|other:moyelaran]]
Palm vein template [[ID|biometric:PV-20240712-c0a4e9]] captured at Security desk B (PalmSecure F-Pro, fw 2.41). Fingerprint for Pyxis: [[ID|biometric:BD-FP-00188271]].
Task closed, SLA met.""",
    """[[ID|other:INC0558102]] / P3 / Printing / [[LOCATION|geo:Royal North Shore Hospital]]
Caller: [[PERSON|name:Shona McLeish]] CNM 4 West
Issue: wristband printer in 4 West printing bands queued from ED. Photo of a band attached ([[ID|photo:IMG_20240603_0712_band_SMITH.jpg]]), it reads:
   [[PERSON|name:SMITH, Kayla J]]   URN [[ID|mrn:0099182736]]   DOB [[DATE|date:14.11.1996]]   F   ALLERGY: PENICILLIN
Printer: Zebra ZD421 fw V84.20.18Z, queue \\\\nslprn03\\RNS-4W-WB01; ED queue RNS-ED-WB02 points to same IP after last week's CHG0033411.""",
    """Case [[ID|other:CS0077412]] - MyChart account locked (patient)
Contact: [[PERSON|name:Glenda Pryor]] (patient) called 11:05 from [[PHONE|phone:(423) 555-0190]]
Identity verified: full name, DOB [[DATE|date:1957-08-02]], MRN [[ID|mrn:ET60019832]]
Username on file: [[ID|other:glendap1957]]   email: [[EMAIL|email:glenda.pryor@charter.net]] (pt says still current)
Unlocked, email updated, reset link sent. Pt also asked about her next appointment, transferred to scheduling. KB0011024 followed.""",
    """Incident [[ID|other:INC0612947]] - Car park boom gate P2 exit not reading tickets
Reported by: Security ([[PERSON|name:Darren Kelly]], ext. radio ch 4)
Caller's note: visitor stuck at exit lane 2 since 19:40, partner of a patient on maternity ([[PERSON|name:Chloe Pham]], birthing suite 3). Vehicle [[VEHICLE|vehicle:1AB 2CD]] (QLD), white Hilux. Exit ticket unreadable, fee waived.
Second vehicle behind: [[VEHICLE|vehicle:778 WTX]]. Gate controller SKIDATA Power.Gate, IP [[IP|ip:10.90.7.33]], fw 3.6.1. Vendor engineer booked.""",
    """[[ID|other:INC3304418]] RightFax outbound failing to GP practices (since approx 06:00)
Impact: 38 discharge summaries stuck in queue OUTBOUND_GP. Error: "No answer / T.30 timeout (code 0x2A)".
Examples from queue (cover sheet shows patient):
 - to [[PHONE|fax:01632 960 118]] ([[LOCATION|geo:Ashgrove Surgery]]) - re: [[PERSON|name:MORGAN, Rhiannon]], NHS [[ID|ssn:4218284725]]
 - to [[PHONE|fax:01632 960 442]] ([[LOCATION|geo:Cwmbran Village Surgery]]) - re: [[PERSON|name:EVANS, Gareth]]
SIP trunk to BT flapping per NOC. Workaround: print and post via ward clerks. Next update 11:00.""",
    """Ticket [[ID|other:REQ-118400]]: register devices on Clinical-IoT SSID for home-going patient (peds endo)
Pt: [[PERSON|name:Mateo Alvarez]], [[AGE|other:9]] y/o, MRN [[ID|mrn:CH4401877]]
- Parent phone (Dexcom Follow + t:connect): MAC [[DEVICE|device:3C:22:FB:9A:41:7E]]
- Tandem t:slim X2 pump SN [[DEVICE|device:1184206]] (Bluetooth only, no Wi-Fi, n/a)
- Dexcom G6 transmitter ID [[DEVICE|device:8G4KQT]]
Approved by Dr [[PERSON|name:Yvonne Castro]]; VLAN 340, 24h lease.""",
    """New starter account - [[ID|other:RITM-AU-20931]]
Name: Dr [[PERSON|name:Oluwadamilola Adeyinka-Smith]] (locum anaesthetist)   Start: [[DATE|date:Mon 2 Sep 2024]]   Contract: 13 weeks
AHPRA: [[ID|license:MED0002217735]]   Medicare provider no: [[ID|license:9443100K]]   Prescriber no: [[ID|license:2218841]] (to be confirmed)
Mobile for MFA: [[PHONE|phone:+61 491 570 550]]
Accounts: AD ([[ID|other:oadeyinkasmith]]), EMR (Anaesthetist role), PACS read-only. Cost centre 4410.""",
    """[[ID|other:INC0771203]] - Information Governance - email sent to wrong recipient (P1)
Reporter: [[PERSON|name:Bronwen Price]], Outpatient Booking, [[LOCATION|geo:Ysbyty Gwynedd]]
What happened: clinic list for [[DATE|date:14/11/2024]] (17 patients, names + NHS numbers + mobiles) emailed to [[EMAIL|email:k.jones@hotmail.co.uk]] instead of [[EMAIL|email:k.jones7@wales.nhs.uk]] (autocomplete).
Recall attempted 09:42 - failed (external). Recipient [[PERSON|name:Kelly Jones]] phoned, confirmed deleted.
DPO notified; ICO threshold assessment pending. Datix to follow.""",
]

STYLE_I = [
    """#oncall-integration  (export)
[02:14] PagerDuty: :red_circle: Triggered #48211 hl7-ingest-prod DLQ depth > 500 (now 1,284) | svc Interface Engine | urgency high
[02:21] [[ID|other:mtran]]: poison msg is an ADT^A08 from iPM, PID-11 has a raw & in it: "[[ADDRESS|geo:Shop 2 & 3, 118 Mollison St, Kyneton VIC 3444]]" -> parser splits the subcomponent. URN [[ID|mrn:3301877]]
[02:31] [[ID|other:mtran]]: replayed 1,283, parked 1 (msg ctl id IPM000188214). @[[ID|other:dkaur]] in the morning can u ring 6 West re [[PERSON|name:Bernadette Clohesy]] - her new NOK ([[PERSON|name:Liam Clohesy]]) never landed in the PAS
[02:32] PagerDuty: :large_green_circle: Resolved #48211 (auto)""",
    """#epic-oncall
[[PERSON|name:Priya S]] (she/her)  11:02 PM
Interconnect on epicic-prd-02 ([[IP|ip:10.200.14.52]]) throwing 503s, Haiku/Rover clients failing. restarting app pool
[[PERSON|name:Jake Morrow]]  11:04 PM
nurse on 7N just called, can't scan meds for pt [[PERSON|name:Harold Finch-Whitley]] MRN [[ID|mrn:70093314]], DOB [[DATE|date:4/2/1938]]
HIPAA-bot  11:04 PM
:warning: Possible PHI detected in this channel. Please use the secure incident form instead of Slack.
[[PERSON|name:Priya S]] (she/her)  11:09 PM
back up. build 10.4.2.118 was fine, it's the cert on the second node that expired. @[[ID|other:jmorrow]] tell 7N to retry""",
    """[09:12] <[[ID|other:r.okonjo]]> PDS lookups timing out from the ED system since ~08:50, spine returns 504 on /Patient?family=...
[09:13] <[[ID|other:r.okonjo]]> example from the log: GET /Patient?family=[[PERSON|name:ASHWORTH]]&given=[[PERSON|name:Lily]]&birthdate=eq[[DATE|date:2017-05-22]]&address-postalcode=[[LOCATION|geo:OL11 3DR]] X-Request-ID 60e8a5f2-9b7c-4b3e-bb6d-2a0f1c9e8d11
[09:16] <[[ID|other:r.okonjo]]> ED falling back to local MPI. kid above already has NHS no [[ID|ssn:3029713326]] locally so fine
[09:40] PDS recovered 09:38, p95 back to 420ms""",
    """Teams - Pathology LIS On-Call
[[PERSON|name:Shreya Iyer]] 03:05: Auslab -> Cerner results not filing for SPECIMEN [[ID|other:24-5508812]], pt [[PERSON|name:KOVACEVIC Dragan]] URN [[ID|mrn:M0927714]]. Troponin 2,840 ng/L so it matters
[[PERSON|name:Shreya Iyer]] 03:06: ORU rejected: "PV1-19 visit number not found" - inpatient visit was discharged 02:40 and the ED visit opened 02:41
[[PERSON|name:Ben Castellano]] 03:11: remapped + refiled. Called result to ED reg Dr [[PERSON|name:Fenwick]] @ 03:12, read back ok. logging as problem PRB0004471 (root cause: A03/A04 race)""",
    """#pharm-automation
:robot_face: omnicell-monitor: DISCREPANCY cabinet 5S-A (OC-XT, sw 25.3) drawer 3 pocket 12 HYDROmorphone 1 mg/mL expected 14 counted 13
[[ID|other:lnovak]]: last 3 pulls were [[ID|other:BJACKSON4]] (pt [[ID|mrn:0021448763]]), [[ID|other:TNGUYEN12]] (pt [[ID|mrn:0021502219]]), [[ID|other:BJACKSON4]] (waste, no witness)
[[ID|other:lnovak]]: paging charge RN [[PERSON|name:Brianna Jackson]] to resolve before shift change
:robot_face: omnicell-monitor: resolved - reason "waste not documented", override count 1""",
    """#handover-api-oncall
[16:40] ops-bot: 14 handovers stuck in RETRY for [[LOCATION|geo:Queen Elizabeth Hospital Birmingham]] ED, oldest 38 min
[16:42] [[ID|other:callum.r]]: payload has an invalid NHS no in it, failing mod 11 - crew swapped two digits, CAD [[ID|other:WM-240618-0441]]
[16:43] [[ID|other:callum.r]]: vehicle [[VEHICLE|vehicle:YX19 KHB]] crew says pt is [[PERSON|name:Desmond Achebe]], [[AGE|date:91]], DOB [[DATE|date:03/03/1933]]. nulling the NHS no and letting ED trace on arrival
[16:47] ops-bot: queue drained, 0 RETRY""",
    """[07:58] secops-alerts: Impossible travel: user [[EMAIL|email:dr.ramesh.pillai@sahealth.sa.gov.au]] sign-in from [[IP|ip:102.89.33.140]] ([[LOCATION|geo:Lagos]], NG) 41 min after a sign-in from [[LOCATION|geo:Adelaide]]
[08:05] [[ID|other:jbeaumont]]: Dr [[PERSON|name:Pillai]] says he didn't approve anything. number on file [[PHONE|phone:+61 491 570 119]] matches. revoking sessions + forcing reset
[08:06] [[ID|other:jbeaumont]]: he had 11 pts open in the session, will need IG review
[08:20] secops-alerts: conditional access policy CA-014 applied, risk level high -> none""",
    """#telehealth-oncall
[[PERSON|name:Marisol Vega]] 9:31 AM
pt can't join video visit, link in the SMS 404s: [[URL|url:https://doxy.me/drokonkwo-peds?pt=adeyemi.tobi]]
correct room is https://doxy.me/ plus the clinic room, the template put the pt name in the query
[[PERSON|name:Jordan Blake]] 9:33 AM
fixed template v14 -> v15. resent to [[PHONE|phone:(832) 555-0106]] for [[PERSON|name:Tobi Adeyemi]] ([[AGE|other:6]]), appt [[DATE|date:06/12/2024]] 9:30""",
    """#pacs-oncall
<[[ID|other:k.adeleke]]> misfile: accession [[ID|other:RXR2409140027]] (CXR) is on [[PERSON|name:PATTERSON, Hugh]] [[ID|mrn:N1104472]] but the image burnt-in text says [[PERSON|name:PATERSON, Hugh]] [[ID|mrn:N1140472]]
<[[ID|other:k.adeleke]]> two pts with near-identical names in resus same night, radiographer picked the wrong one from the worklist
<[[ID|other:s.mahmood]]> moving study, will notify reporting rad. AE title CR_RESUS1, modality CR, 2 images, SOP class 1.2.840.10008.5.1.4.1.1.1""",
    """#community-fleet
fleetbot: Telematics alert - harsh braking x3, vehicle [[VEHICLE|vehicle:S 491 BKW]] VIN [[VEHICLE|vehicle:MR0FA3CDXM0314429]] driver [[PERSON|name:Alana Wu]] (community nursing)
[[ID|other:pbarnes]]: she's on the [[LOCATION|geo:Whyalla]] run today, visiting a client at [[ADDRESS|geo:12 Playford Ave, Whyalla Norrie SA 5608]] at 10
[[ID|other:pbarnes]]: road out past the [[LOCATION|geo:Lincoln Hwy]] turn off is gravel, probably that. closing""",
]

STYLE_J = [
    """$ rabbitmqadmin get queue=hl7.adt.dlq count=1 ackmode=ack_requeue_true
routing_key: adt.a28
properties: {"message_id":"b7e1c4a0-2f11-4e0b-9a55-03c1d2e7f9a8","correlation_id":"IPM000214472","content_type":"x-application/hl7-v2+er7","headers":{"x-death":[{"count":5,"reason":"rejected","queue":"hl7.adt.inbound","exchange":"hl7","time":1718843201}],"x-first-death-reason":"rejected","x-exception":"ValidationError: PID-7 birth date is in the future"}}
payload (318 bytes):
MSH|^~\\&|IPM|GV|HIE|GV|20240620101641+1000||ADT^A28^ADT_A05|IPM000214472|P|2.4
PID|1||[[ID|mrn:GV0418832]]^^^GV^MR~[[ID|health_plan:8003608271371619]]^^^AUSHIC^NI||[[PERSON|name:JOHNSTONE^Matilda^Rose]]||[[DATE|date:20250714]]|F|||[[ADDRESS|geo:8 Hume St^^Wodonga^VIC^3690]]||[[PHONE|phone:0491570288]]
NK1|1|[[PERSON|name:JOHNSTONE^Casey]]|MTH""",
    """% kafka-console-consumer --bootstrap-server kfk-prod-1:9092 --topic claims.837.dlq --from-beginning --max-messages 1 --property print.headers=true --property print.offset=true
Partition:4	Offset:881204	__connect.errors.topic:claims.837.in,__connect.errors.exception.class.name:org.apache.kafka.connect.errors.DataException,__connect.errors.exception.message:Field 'subscriber.dob' invalid date: '[[DATE|date:02/30/1961]]'	{"subscriber":{"memberId":"[[ID|health_plan:JQX901228804]]","name":{"last":"[[PERSON|name:Pemberton]]","first":"[[PERSON|name:Arlene]]"},"dob":"[[DATE|date:02/30/1961]]","ssn":"[[ID|ssn:218-48-5740]]"},"billing":{"npi":"[[ID|license:1419843283]]","taxonomy":"207Q00000X"},"lines":[{"cpt":"99213","icd10":["I10","E78.5"],"charge":145.0}]}
Processed a total of 1 messages""",
    """$ aws sqs receive-message --queue-url https://sqs.ap-southeast-2.amazonaws.com/418277301955/appt-sms-dlq --attribute-names All
{
  "Messages": [{
    "MessageId": "7d3e0f52-9a1c-4e8b-b2d0-55f1a9c3e6b7",
    "ReceiptHandle": "AQEBwJnKyrHigUMZj6rYigCgxlaS3SLy0a...",
    "MD5OfBody": "9b2f0e5c4a1d7e38f6c2b0a9d1e4f733",
    "Body": "{\\"to\\":\\"[[PHONE|phone:+61491570016]]\\",\\"patient\\":\\"[[PERSON|name:Siobhan Carmody]]\\",\\"clinic\\":\\"[[LOCATION|geo:Gold Coast University Hospital]] - Fracture Clinic\\",\\"appt\\":\\"[[DATE|date:Thu 18 Jul]] 8:45am\\",\\"urn\\":\\"[[ID|mrn:GC2209471]]\\",\\"template\\":\\"REMIND_48H\\"}",
    "Attributes": {"ApproximateReceiveCount": "6", "SentTimestamp": "1721111009418", "SenderId": "AROAX2D5EXAMPLE:appt-reminder-lambda"}
  }]
}
# error from lambda: Telstra Messaging API returned 400 - destination blocked, number opted out (STOP received)""",
    """DeadLetterReason: MaxDeliveryCountExceeded
DeadLetterErrorDescription: Message could not be consumed after 10 delivery attempts.
SequenceNumber: 4418820 | EnqueuedTimeUtc: 2024-08-27T06:12:40Z | Subject: gp-registration | SessionId: null
Body:
{"event":"GPRegistrationChanged","nhsNumber":"[[ID|ssn:1599908271]]","givenName":"[[PERSON|name:Rhys]]","familyName":"[[PERSON|name:Llewellyn-Price]]","birthDate":"[[DATE|date:2009-11-28]]","postcode":"[[LOCATION|geo:CF14 4XW]]","newPractice":{"name":"[[LOCATION|geo:Llandaff North Medical Centre]]"},"guardianEmail":"[[EMAIL|email:sian.llewellyn@btinternet.com]]"}
Consumer exception: System.Net.Http.HttpRequestException: 409 (Conflict) from https://pds-adapter.internal/api/v3/registrations""",
    """ActiveMQ DLQ.ORM.OUTBOUND - browse message ID:rhap-prod-02-41877-1718311200512-1:1:8:1:4412
JMSTimestamp=1719518402114  JMSRedelivered=true  dlqDeliveryFailureCause=java.lang.Throwable: Delivery[7] exceeds redelivery policy limit:RedeliveryPolicy {maximumRedeliveries = 6}
MSH|^~\\&|EPIC|OHSU|RIS|OHSU|20240627134002||ORM^O01|E2406271340021188|P|2.3
PID|1||[[ID|mrn:31228840]]^^^OHSU^MR||[[PERSON|name:NAKAGAWA^Ren]]||[[DATE|date:19900416]]|M
ORC|NW|[[ID|other:OR-77124408]]||||||||||[[ID|license:1208209183]]^[[PERSON|name:FITZGERALD^Siobhan]]
OBR|1|[[ID|other:OR-77124408]]||CT CHEST W CONTRAST^IMG1234|||||||||||||||||||||||||Hx: hemoptysis, 12 pack-yr, r/o malignancy. Pt needs interpreter (Japanese)""",
    """gcloud pubsub subscriptions pull mhr-upload-dlq-sub --limit=1 --format=json
[{"ackId":"RFAGFixdRkhRNxkIaFEOT14jPzUgKEUaAQgOAgIAAgcJKRY","message":{"attributes":{"googclient_deliveryattempt":"5","docType":"Pathology Report","source":"lis-au-east"},"messageId":"11582041998877613","publishTime":"2024-11-04T23:41:07.220Z",
"data_decoded":{"ihi":"[[ID|health_plan:8003604608790720]]","patient":"[[PERSON|name:Aroha Ngata-Wilson]]","dob":"[[DATE|date:1988-04-09]]","author_hpii":"[[ID|license:8003613411930332]]","author":"Dr [[PERSON|name:Lachlan Boyd]]","collected":"[[DATE|date:2024-11-04T09:15:00+10:00]]","error":"HI Service: IHI record status 'Deceased' - upload blocked (code 02.0110)"}}}]""",
    """AMQSBCG0 - starts here
MQOPEN - 'EPR.RESULTS.BACKOUT'
 MQMD: MsgId : X'414D5120514D50524F443031202020206593F1A101E4BC22'  BackoutCount : 9
       PutApplName : 'TIE-ResultsRouter          '  PutDate : '20241212'  PutTime : '03181247'
       Format : 'MQSTR   '  Encoding : 273  CodedCharSetId : 1208
 Message length - 412 of 412 bytes
 message data:
 PID|1||[[ID|ssn:5616488410]]^^^NHS^NH~[[ID|mrn:RTH0991204]]^^^RTH^MR||[[PERSON|name:ALLSOP^Verity^Anne]]||[[DATE|date:19560201]]|F
 OBR|1||[[ID|other:HA24121144]]|HBA1C|||[[DATE|date:202412111020]]
 OBX|1|NM|4548-4^HbA1c^LN||71|mmol/mol
 ZRR|rejected: consultant code [[ID|license:C4019284]] not on EPR staff master
 No more messages""",
    """[2024-10-09 05:00:12,417: ERROR/ForkPoolWorker-7] Task notifications.send_discharge_pack[c1d9e8f4-6b2a-4f17-93e0-1a5b7c8d2e40] raised unexpected: SMTPRecipientsRefused({'[[EMAIL|email:jpbeaulieu@ymail.com]]': (550, b'5.1.1 mailbox unavailable')})
args: ([[ID|other:pt_58120773]], '[[EMAIL|email:jpbeaulieu@ymail.com]]')
kwargs: {'language': 'fr', 'attach': ['[[ID|photo:discharge_wound_photo_58120773.png]]', 'home_meds.pdf'], 'retries': 3}
moved to dead-letter queue celery.dlq after max_retries=3 (broker redis://redis-prod-01:6379/2)""",
    """$ nats stream view AIR_SUBMISSIONS_DLQ --since 1h
[2024-04-15 14:02:11] Subject: air.encounter.failed Received: 2024-04-15T04:02:11Z
  Nats-Msg-Id: enc-7713-0924
  {"providerNumber":"[[ID|license:1709817X]]","patient":{"medicare":"[[ID|health_plan:3994677872]]","irn":"2","family":"[[PERSON|name:Lautaimi]]","given":"[[PERSON|name:Mele]]","dob":"[[DATE|date:14082008]]","postcode":"[[LOCATION|geo:2770]]"},"episode":{"vaccineCode":"HPV9","dose":"1","batch":"W017244","dateOfService":"[[DATE|date:12042024]]"},"error":"AIR-E-1039: Medicare card number and IRN do not match"}
Reached apparent end of data""",
    """[2024-02-19 22:47:03,551] ERROR [jdbc-sink-pas|task-0] WorkerSinkTask{id=jdbc-sink-pas-0} Error converting message value in topic 'pas.patient.v2' partition 2 at offset 1177420 and timestamp 1708382823001: Error while converting data to JSON, moved to DLQ 'dlq.pas.patient'
org.apache.kafka.connect.errors.DataException: Struct{nhs_no=[[ID|ssn:6574012651]],surname=[[PERSON|name:Thistlethwaite]],forename=[[PERSON|name:Agnes]],dob=[[DATE|date:1931-12-06]],age=[[AGE|date:92]],gp_practice=[[LOCATION|geo:Ripon Spa Surgery]],ni_number=[[ID|ssn:JE371543C]]}
\tat org.apache.kafka.connect.json.JsonConverter.convertToJson(JsonConverter.java:668)
\t... 14 more""",
]


def main() -> None:
    n = write_styled(
        OUT,
        [
            ("app-log-stacktrace", STYLE_A),
            ("audit-trail-access", STYLE_B),
            ("hl7v2-message", STYLE_C),
            ("fhir-json", STYLE_D),
            ("csv-export", STYLE_E),
            ("sql-query-log", STYLE_F),
            ("email-header-autoreply", STYLE_G),
            ("service-desk-ticket", STYLE_H),
            ("chatops-oncall", STYLE_I),
            ("mq-dead-letter", STYLE_J),
        ],
    )
    print(f"probe72: {n} docs")


if __name__ == "__main__":
    main()
