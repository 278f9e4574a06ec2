"""Write the 45th hand-annotated redaction probe, 100 notes from Asia-Pacific and remote Australia.

Why: the engine has mostly seen Anglo-American notes; names written family-name-first, bin/binti,
s/o and d/o, initials-first Indian names, and national identifiers (NRIC/FIN, MyKad, HKID,
Aadhaar, PhilHealth, My Number, RRN, NIK, CCCD) in their printed shapes test whether it
generalises beyond the formats it was tuned on.

What: ten styles of ten notes each (discharge-summary, sms-reminder-thread, device-telemetry-log,
ehr-audit-log, referral-fax, coroner-report-extract, school-nurse-note, vaccination-record,
immigration-medical-exam, remote-community-clinic) set in Singapore, Malaysia, Hong Kong, India,
the Philippines, Japan, Korea, Indonesia, Vietnam, Fiji, Papua New Guinea and remote Aboriginal
and Torres Strait Islander communities, all in English. Titles (Dr, Mrs, Smt., Sri, Pak Cik,
Sgt) stay outside name spans; national ID numbers are ID|ssn, PhilHealth/BPJS/BHYT/Medicare/
IHI/ABHA ID|health_plan, hospital numbers ID|mrn, practitioner registrations ID|license, fax
numbers PHONE|fax; ages 90+ are AGE|date; lone states and countries, doses, lab values, times,
beds, ICD codes, lot numbers and model names stay unmarked.

How: cd /work/main && .venv/bin/python scripts/make_probe45_corpus.py
(writes corpus/redaction/probe45.jsonl).
"""

from pathlib import Path

from make_safe_harbor_suite import write_styled

OUT = Path(__file__).resolve().parents[1] / "corpus" / "redaction" / "probe45.jsonl"

DISCHARGE_SUMMARY = [
    """DISCHARGE SUMMARY - [[LOCATION|geo:Tan Tock Seng Hospital]]
Patient: [[PERSON|name:TAN Wei Ling]] (Ms)   NRIC: [[ID|ssn:S8734120H]]   MRN [[ID|mrn:TTSH-2291847]]
Age/Sex: [[AGE|other:67]]/F   Adm: [[DATE|date:03/02/2025]]  Disch: [[DATE|date:11/02/2025]]  Ward 7B Bed 23
Address: [[ADDRESS|geo:Blk 412 Ang Mo Kio Ave 10 #08-1173 S(560412)]]
Dx: NSTEMI (I21.4). hs-TnT peak 1,240 ng/L. LVEF 45%.
Meds on d/c: aspirin 100mg OM, ticagrelor 90mg BD, atorvastatin 40mg ON.
Medisave claim acct [[ID|account:MS-0047712093]].""",
    """RINGKASAN DISCAJ / DISCHARGE SUMMARY
HOSPITAL: [[LOCATION|geo:Hospital Sultanah Aminah]], [[LOCATION|geo:Johor Bahru]]
NAMA: [[PERSON|name:NURUL AIN BINTI ABDUL RAHMAN]]   K/P: [[ID|ssn:880514-01-5526]]
RN: [[ID|mrn:HSAJB/0098812]]   UMUR: [[AGE|other:36]] thn
ALAMAT: [[ADDRESS|geo:No. 17, Jalan Kenanga 3, Taman Universiti, 81300 Skudai, Johor]]
Admitted [[DATE|date:14 Mac 2025]] with DKA (pH 7.12, HCO3 8). Discharged [[DATE|date:19/3/25]].
Insulin glargine 18u ON, Actrapid 6u TDS.""",
    """[[LOCATION|geo:QUEEN ELIZABETH HOSPITAL]] - DISCHARGE SUMMARY (CMS printout)
Name: [[PERSON|name:CHAN Tai Man]] ([[PERSON|name:陳大文]])   HKID: [[ID|ssn:K482193(9)]]   Hosp no.[[ID|mrn:HN10447829(3)]]
Addr: [[ADDRESS|geo:Rm 2315, 23/F, Wang Fai House, Lok Fu Estate, Kowloon]]
Adm [[DATE|date:2025-01-08]] 14:22   Dis [[DATE|date:2025-01-20]] 11:05
Dx: CAP RLL with T2RF. CURB-65 = 3. BiPAP x 3 days. CRP 187 mg/L.
FDH [[PERSON|name:Maricel]] also trained on inhaler technique.""",
    """[[LOCATION|geo:CHRISTIAN MEDICAL COLLEGE]], [[LOCATION|geo:VELLORE]] - DISCHARGE SUMMARY
Hosp No: [[ID|mrn:731904F]]          Unit: Surgery III
Name: [[PERSON|name:K. Lakshmi]]   W/o [[PERSON|name:R. Venkatesan]]   Age: [[AGE|other:54]] yrs  Sex: F
Aadhaar: [[ID|ssn:4728 1936 0514]]
Address: [[ADDRESS|geo:No. 14/3, Gandhi Nagar 2nd Cross, Katpadi, Vellore - 632 006]]
DOA: [[DATE|date:02.04.2025]]   DOD: [[DATE|date:09.04.2025]]
Bill No. [[ID|account:IP/25/0118734]] - settled under scheme, Rs 38,500.""",
    """[[LOCATION|geo:VICENTE SOTTO MEMORIAL MEDICAL CENTER]]
DISCHARGE SUMMARY - OB-GYN
Patient: [[PERSON|name:DELA CRUZ, MA. CRISTINA REYES]]   Age: [[AGE|other:29]]   Hosp # [[ID|mrn:2025-004417]]
Address: [[ADDRESS|geo:Purok 4, Brgy. Lahug, Cebu City 6000]]
PhilHealth PIN: [[ID|health_plan:19-025514837-2]]
Admitted: [[DATE|date:January 5, 2025]]   Discharged: [[DATE|date:Jan 9 2025]]
Hgb 98 post-op. Cefuroxime 750mg IV q8 x 24h.
Attending: Dr. [[PERSON|name:Ramon Ma. Villanueva III]]  PRC Lic. [[ID|license:0098215]]""",
    """DISCHARGE SUMMARY (English copy for transfer) - [[LOCATION|geo:St. Luke's International Hospital]]
Patient: [[PERSON|name:SUZUKI Haruto]]   ID [[ID|mrn:00-4471-825]]   DOB [[DATE|date:S22.05.03]] ([[AGE|other:77]]y)
Address: [[ADDRESS|geo:〒104-0045 Chuo-ku Tsukiji 6-chome 8-11, Sunny Court 302]]
My Number (card read at reception) [[ID|ssn:4381 7265 0932]]
Adm [[DATE|date:2025/02/14]]  Dis [[DATE|date:2025/03/01]]
L femoral neck #, hemiarthroplasty POD1. Hb 9.8. eGFR 52.
Attending: [[PERSON|name:Yamamoto Ken-ichi]] MD""",
    """[[LOCATION|geo:Severance Hospital]] DISCHARGE SUMMARY
Reg No [[ID|mrn:1047-7219]]   Name [[PERSON|name:Kim Min-jun]] ([[PERSON|name:김민준]])   [[AGE|other:40]]/M
RRN [[ID|ssn:850314-1234562]]
Addr: [[ADDRESS|geo:101-1203, 25 Yeonhui-ro 11-gil, Seodaemun-gu, Seoul 03722]]
Adm [[DATE|date:2025.03.02]]  Dis [[DATE|date:2025.03.07]]
Acute perforated appendicitis, lap appendectomy. WBC 16.2, CRP 9.8 mg/dL.""",
    """RESUME MEDIS PULANG / DISCHARGE SUMMARY
[[LOCATION|geo:RSUP Dr. Sardjito]] [[LOCATION|geo:Yogyakarta]]
Nama: [[PERSON|name:Sri Wahyuningsih]]   Umur [[AGE|other:58]] th   No. RM [[ID|mrn:01.88.47.21]]
NIK [[ID|ssn:3404076509660003]]   BPJS [[ID|health_plan:0001283749102]]
Alamat: [[ADDRESS|geo:Dusun Krapyak RT 004/RW 012, Wedomartani, Ngemplak, Sleman]]
MRS [[DATE|date:12-05-2025]]   KRS [[DATE|date:20-05-2025]]
DHF grade II. Trombosit nadir 18.000/uL, Hct 48%.""",
    """DISCHARGE PAPER (giay ra vien) - [[LOCATION|geo:Bach Mai Hospital]], [[LOCATION|geo:Hanoi]]
Name: [[PERSON|name:NGUYEN THI HOA]]   Age [[AGE|other:45]]   F
CCCD: [[ID|ssn:001180027736]]   Health insurance (BHYT): [[ID|health_plan:DN4010123456789]]
Address: [[ADDRESS|geo:So 18, ngo 42 Chua Boc, P. Quang Trung, Q. Dong Da, Ha Noi]]
In [[DATE|date:08/06/2025]]  Out [[DATE|date:15/06/2025]]
Lupus nephritis class IV. MMF 1g bd, pred 40mg. UPCR 312 mg/mmol.""",
    """[[LOCATION|geo:Port Moresby General Hospital]] - Medical Ward 3 - DISCHARGE
Name: [[PERSON|name:Mary Kaupa]]   Age approx [[AGE|other:40]]   UR No. [[ID|mrn:POMGH-118274]]
Adm [[DATE|date:2/7/25]]  Disch [[DATE|date:16/7/25]]
Smear +ve PTB, GeneXpert MTB det, RIF not det. Started 2HRZE/4HR. Wt 41kg.""",
]

SMS_REMINDER_THREAD = [
    """SMS thread - HealthHub
[[DATE|date:12 Mar]] 09:01 HealthHub > [[PHONE|phone:+6591234587]]: Dear [[PERSON|name:TAN W L]], your appt at [[LOCATION|geo:Bedok Polyclinic]] is on [[DATE|date:18-Mar-2025]] 10:30AM. To reschedule: [[URL|url:https://go.gov.sg/bdk-appt?ref=A7Q2K9]] Reply 1 to confirm.
09:14 Me: 1""",
    """WhatsApp Chat with [[LOCATION|geo:KK Seri Kembangan]]
[[DATE|date:3/4/25]], 8:12 pm - [[LOCATION|geo:KK Seri Kembangan]]: Salam. Reminder: appointment for [[PERSON|name:Siti Aminah bt Yusof]] (IC [[ID|ssn:920314-10-6642]]) on [[DATE|date:7/4/25]] 8.30am at [[LOCATION|geo:KK Seri Kembangan]], MCH unit. Bring pink book.
[[DATE|date:3/4/25]], 8:40 pm - [[PHONE|phone:+60 17-228 4019]]: ok tq. can bring baby [[PERSON|name:Aisyah]] for jab also? she 6 months already""",
    """SMS (HA Go notification)
From: HospAuth
HA: Appointment reminder. Patient [[PERSON|name:CHAN TAI MAN]] - Medical SOPD, [[LOCATION|geo:Queen Elizabeth Hospital]] Block M, [[DATE|date:02/04/2025]] 09:15. Appt no. [[ID|other:SOPD-MED-250402-044]]. Bring HKID card. Enquiry [[PHONE|phone:3506 8888]].
[[DATE|date:28/03/2025]] 16:41 reply from [[PHONE|phone:+852 9386 2214]]: This is his daughter. Pls change to afternoon, he has dialysis morning at [[LOCATION|geo:Kwong Wah Hospital]].""",
    """VM-APOLLO  [[DATE|date:19-Apr]] 18:03
Dear Mr. [[PERSON|name:R. Srinivasan]], your appointment with Dr. [[PERSON|name:Anitha Reddy]] at [[LOCATION|geo:Apollo Hospitals Jubilee Hills]] on [[DATE|date:21-Apr-2025]] 11:15 AM is confirmed. UHID [[ID|mrn:APJ1.0012847731]]. Pay bill [[ID|account:APJ/OP/2504/77120]]: [[URL|url:https://apollo.lnk/p/Xk72Qa]] . OTP 482913 valid 10 min.""",
    """Globe SMS - [[LOCATION|geo:RHU Nasugbu]]
[[DATE|date:05/14/25]] 7:02AM RHU: Gud am po! Reminder: baby [[PERSON|name:Princess Joy Macaraeg]] is due for PCV 2 and Penta 2 on [[DATE|date:May 16]] 8AM at [[LOCATION|geo:Brgy. Wawa]] Health Station. Bring baby book & mother's PhilHealth ([[ID|health_plan:02-050718263-9]]).
7:20AM RHU: BHW on duty cp [[PHONE|phone:0998-551-2034]]""",
    """LINE - [[LOCATION|geo:Minamisenju Family Clinic]] official
[[PERSON|name:Takahashi Yui]] sama: Your appointment is [[DATE|date:6/12]] (Thu) 15:30. Patient card no. [[ID|mrn:0008127]]. Please bring your My Number card (hoken-sho). Web check-in: [[URL|url:https://ssc9.doctorqube.com/minamisenju-fc/]]
10:22 [[PERSON|name:Takahashi]]: Thank you. My mother [[PERSON|name:Takahashi Fumiko]] ([[AGE|date:91]]) also wants a flu shot, is it ok same day?""",
    """KakaoTalk - [[LOCATION|geo:서울대학교병원]] 알림톡
[[DATE|date:2025-07-01]] 09:00
[[PERSON|name:이서연]]님, [[LOCATION|geo:Seoul National University Hospital]] 내과 appointment [[DATE|date:07/03]] 14:20, Dr [[PERSON|name:Choi Yoon-seo]]. Reg no [[ID|mrn:31884720]].
09:05 [[PERSON|name:Lee Seo-yeon]]: my husband [[PERSON|name:Jung Woo]] will drive me, can we park? car [[VEHICLE|vehicle:12가 3456]]""",
    """Text thread, Vodafone Fiji
[[DATE|date:Tue 11 Feb]] 10:14 MHMS Reminder: Bula [[PERSON|name:Salote Tuilau]]! Your diabetic foot clinic at [[LOCATION|geo:Lautoka Hospital]] is on [[DATE|date:14/02/25]] 9am. NHN [[ID|mrn:LTK-0088273]]. Vinaka.
10:45 MHMS: Sister [[PERSON|name:Mereani]] will call you on [[PHONE|phone:927 4418]] to arrange outreach. Vinaka vakalevu.""",
    """SMS log - [[LOCATION|geo:Yuendumu Clinic]] (Pen CS reminder module)
To [[PHONE|phone:0429 118 703]] [[DATE|date:04/08/2025]] 08:30: Hi [[PERSON|name:Jacinta]], this is the clinic. Kidney doctor visiting [[DATE|date:Thursday 7th]]. Come see us before 10. Driver will pick up from [[LOCATION|geo:Nyirripi]] side road.
From [[PHONE|phone:0429 118 703]] 09:12: this is her aunty [[PERSON|name:Maisie Napaljarri Brown]]. [[PERSON|name:jacinta]] gone to [[LOCATION|geo:Alice Springs]] for sorry business""",
    """Halodoc chat export
[[DATE|date:02/09/2025]] 19:44 System: Konsultasi dengan dr. [[PERSON|name:Indah Permatasari]] dimulai. Order ID [[ID|other:HD-25090219447731]]
19:45 [[PERSON|name:Budi]]: dok, anak saya [[PERSON|name:Kevin Santoso]] umur [[AGE|other:4]] thn demam 3 hari, 39.2C
20:01 System: Resep dikirim ke [[EMAIL|email:budi.santoso82@gmail.com]]""",
]

DEVICE_TELEMETRY_LOG = [
    """[[DATE|date:2025-03-14]] 07:02:11 SGT INFO gw=[[DEVICE|device:HUB-SG-00A7F3]] mac=[[DEVICE|device:3C:71:BF:4A:0E:92]] src=[[IP|ip:116.86.42.201]]
[[DATE|date:2025-03-14]] 07:02:11 SGT INFO reading sys=148 dia=92 hr=77 cuff=Omron HEM-9200T sn=[[DEVICE|device:20190311824LG]] patient_ref=[[ID|mrn:SKH-00481172]]
[[DATE|date:2025-03-14]] 07:02:12 SGT WARN rule BP>140/90 x3 in 7d -> notify [[PERSON|name:Siti Nurhaliza bte Osman]] <[[EMAIL|email:siti_nurhaliza_osman@skh.com.sg]]>""",
    """CareLink Network - Remote Transmission Report
Patient: [[PERSON|name:LEUNG, Wing-kee]]   DOB [[DATE|date:12-Aug-1941]]   Clinic: [[LOCATION|geo:Prince of Wales Hospital]] Pacing Clinic
Device: Azure XT DR MRI W1DR01   SN [[DEVICE|device:RNB612047S]]   implanted [[DATE|date:19-Nov-2019]]
Battery 8.9 yr. RA 0.750 V @ 0.40 ms, RV 0.625 V @ 0.40 ms. AT/AF burden 2.1 %. VS 98.6 %.""",
    """LibreView export: Glucose_[[PERSON|name:AaravMehta]]_[[DATE|date:18-05-2025]].csv
Patient: [[PERSON|name:Aarav Mehta]]   DOB [[DATE|date:09-11-2012]]   Clinic: [[LOCATION|geo:Dr. Mohan's Diabetes Specialities Centre]], [[LOCATION|geo:Gopalapuram]]
Device,Serial Number,Device Timestamp,Record Type,Historic Glucose mg/dL,Scan Glucose mg/dL
FreeStyle LibreLink,[[DEVICE|device:7E2D1A90-44C1-4F0B-8A1C-3B9D2E5F6A07]],[[DATE|date:18-05-2025]] 00:14,0,142,""",
    """sharesource_sync.log
[[DATE|date:2025/06/20]] 06:31:02 JST cycler=HomeChoice Claria sn=[[DEVICE|device:HCC-J-7724190]] fw=3.4.1
[[DATE|date:2025/06/20]] 06:31:02 JST patient=[[ID|mrn:TWM-PD-00317]] name="[[PERSON|name:WATANABE Sora]]" modem_imei=[[DEVICE|device:356938035643809]] ip=[[IP|ip:2400:4050:a2c1:3e00::1f]]
[[DATE|date:2025/06/20]] 06:31:03 JST notify=[[EMAIL|email:pd-team@twmu.ac.jp]] status=OK""",
    """{"ts":"[[DATE|date:2025-07-11]]T02:13:44+09:00","event":"irregular_rhythm","device":{"model":"SM-R960","serial":"[[DEVICE|device:R3CW40A7KZL]]","bt_mac":"[[DEVICE|device:F4:7D:EF:09:A3:6C]]"},
 "user":{"name":"[[PERSON|name:Yoon Ha-eun]]","age":[[AGE|other:68]],"hospital":"[[LOCATION|geo:Asan Medical Center]]","mrn":"[[ID|mrn:2-3347-1182]]"},
 "share_url":"[[URL|url:https://ecg.amc.seoul.kr/v/8f2a61c9]]"}""",
    """MSH|^~\\&|PHILIPS_IX|ICU01|SIMRS|HIS|[[DATE|date:20250803]]224109||ORU^R01|MSG004417|P|2.5
PID|1||[[ID|mrn:RM-00-77-1942]]^^^RS^MR~[[ID|ssn:3173041708620005]]^^^DUKCAPIL^NI||[[PERSON|name:HALIM^SUSANTO]]||[[DATE|date:19620817]]|M|||[[ADDRESS|geo:Jl. Kebon Jeruk Raya No. 25^^Jakarta Barat^^11530]]||[[PHONE|phone:021-5300888]]
OBX|1|NM|8867-4^Heart rate^LN||88|/min|60-100|N|||F|||[[DATE|date:20250803]]2240||[[DEVICE|device:DE73219845]]^MX750""",
    """AMB-TRACK unit=AMB-3 [[DATE|date:2025-08-03]] 22:41:09 PHT
plate=[[VEHICLE|vehicle:SAB 4821]] tracker_imei=[[DEVICE|device:864893030212457]] uplink=[[IP|ip:112.198.77.14]]
status=EN_ROUTE dest="[[LOCATION|geo:Southern Philippines Medical Center]]" pt="[[PERSON|name:Rodrigo "Digoy" Bautista]]" age=[[AGE|other:62]] sex=M
ETA 12 min SpO2 91% on 10 L NRM, BP 96/60""",
    """AirView Compliance Summary - [[LOCATION|geo:Cho Ray Hospital]] Sleep Lab
Patient: [[PERSON|name:Pham Quoc Bao]]   DOB [[DATE|date:03/11/1979]]   Patient ID [[ID|mrn:CR-SL-24-1093]]
Device: AirSense 10 AutoSet   SN [[DEVICE|device:23181234567]]   Comms module [[DEVICE|device:ME-2318-0A4F91]]
Usage 27/30 days (90%), avg 6h12m. AHI 3.8. Leak 95th 18 L/min. Median pressure 9.4 cmH2O.
Report e-mailed to [[EMAIL|email:bao.pham.q@yahoo.com.vn]]""",
    """Tag2 logger report - [[LOCATION|geo:Badu Island Primary Health Care Centre]]
logger sn [[DEVICE|device:LB-4471-0927]]   fridge Vestfrost MK 304   asset [[DEVICE|device:QH-TCH-00238]]
[[DATE|date:12/09/2025]] 07:05  ack by RN [[PERSON|name:Aaron Nona]] mob [[PHONE|phone:0438 201 996]]
stock quarantined: Prevenar 20 lot HX4492 x 6, Vaxelis lot V8817B x 4
upload via [[IP|ip:10.44.18.7]] -> [[URL|url:https://coldchain.health.qld.gov.au/upload]]""",
    """CareLink Personal - upload log
user=[[ID|other:hafiz_arif91]] patient="[[PERSON|name:Muhammad Hafiz bin Arif]]"
pump MMT-1885 sn=[[DEVICE|device:NG2734991H]]  transmitter Guardian 4 sn=[[DEVICE|device:GT4J021883]]
TIR 71%  TAR 22%  TBR 1.4%  mean SG 162 mg/dL  auto-corrections 14/day  SmartGuard 96%""",
]

EHR_AUDIT_LOG = [
    """NEHR access trail export (Break-the-Glass review)
timestamp,user_id,user_name,role,ip,action,patient_id,patient_name,reason
[[DATE|date:2025-02-11]] 10:41:07,[[ID|other:LKK0293]],[[PERSON|name:Lee Kah Kheng]],SSN,[[IP|ip:10.201.14.77]],VIEW_SUMMARY,[[ID|ssn:G5530182X]],[[PERSON|name:RAHMAN MD ABDUL]],BTG-emergency""",
    """CMS ACCESS AUDIT - HOSPITAL AUTHORITY   printed [[DATE|date:07/05/2025]]
Patient [[PERSON|name:LAM, Ka-yan]]  HKID [[ID|ssn:Y307516(6)]]  Hosp no. [[ID|mrn:HN20571834(4)]]
 [[DATE|date:03/05/2025]] 23:18  [[ID|other:ykh123]]  [[PERSON|name:YIP Kwok-hung]] (NO)  WS [[DEVICE|device:PYN-A7-WS014]]  [[IP|ip:160.93.42.18]]  Open clinical note""",
    """ts=[[DATE|date:2025-04-22]]T16:05:33+05:30 app=his-prod evt=LOGIN user=[[ID|other:dr.pgupta]] ip=[[IP|ip:172.16.88.41]] auth=biometric fp_tpl=[[ID|biometric:FPT-00928341-R2]] result=OK
ts=[[DATE|date:2025-04-22]]T16:06:10+05:30 app=his-prod evt=VIEW user=[[ID|other:dr.pgupta]] uhid=[[ID|mrn:MM01.2291834]] pt="[[PERSON|name:Gurpreet Kaur]]" abha=[[ID|health_plan:91-4417-2093-8826]]""",
    """iHOMIS audit_trail (SELECT * WHERE hpercode='[[ID|mrn:000000000184412]]')
| date_time           | user      | terminal      | action  | table     |
| [[DATE|date:2025-06-01]] 19:44 | [[ID|other:jdmanalo]]  | [[IP|ip:192.168.10.55]] | UPDATE  | hperson   |
old value patlast='[[PERSON|name:TOLENTINO]]' new value patlast='[[PERSON|name:TOLENTINO-DIZON]]'; old pHIC [[ID|health_plan:12-050118847-3]]""",
    """Karte login audit (PalmSecure)  site=[[LOCATION|geo:Kameda Medical Center]]
[[DATE|date:2025/08/18]] 08:01:12 staff=[[ID|other:N40217]] ([[PERSON|name:Ishikawa Mei]]) palm_tpl=[[ID|biometric:PV-TPL-0041927]] match=0.982 OK term=[[DEVICE|device:KMC-3W-PC07]]
[[DATE|date:2025/08/18]] 08:15:03 staff=[[ID|other:D11893]] ([[PERSON|name:Hoshino Takuya]]) palm_tpl=[[ID|biometric:PV-TPL-0039215]] match=0.701 FAIL x3 -> password fallback""",
    """EMR 접근기록 / access log  [[LOCATION|geo:Samsung Medical Center]]
no | 일시 datetime        | 사용자 user | 지문인증 fp        | 환자 pt           | menu
1  | [[DATE|date:2025.09.02]] 13:22:08 | [[ID|other:S2140551]]    | [[ID|biometric:FIN-8832-0417]]    | [[ID|mrn:21847703]] [[PERSON|name:한지민]] | 진료기록 view
Flag: user [[ID|other:S2140551]] ([[PERSON|name:Bae Seung-ho]]) not on care team""",
    """SIMRS log audit - [[LOCATION|geo:RSUD Dr. Soetomo]] [[LOCATION|geo:Surabaya]]
[[DATE|date:14/10/2025]] 11:02 user=[[ID|other:perawat.ika]] ip=[[IP|ip:10.10.3.118]] GET /pasien/[[ID|mrn:12.44.90.17]] nama="[[PERSON|name:Ahmad Zainuddin]]"
note: number added at bedside; perawat [[PERSON|name:Ika Rahmawati]]""",
    """HIS audit (VNPT-HIS)  [[LOCATION|geo:Hue Central Hospital]]
[[DATE|date:05/11/2025]] 21:40:16|[[ID|other:bs.nguyenthanhlong]]|[[IP|ip:113.160.224.9]]|VIEW|BN [[ID|mrn:2511004471]]|[[PERSON|name:Ton Nu Minh Chau]]
External IP flagged; user = Dr [[PERSON|name:Nguyen Thanh Long]], on leave per roster""",
    """Communicare audit report - user activity
Clinic: [[LOCATION|geo:Wadeye Health Centre]]   Generated [[DATE|date:19 Nov 2025]]
Date       Time   User         Client                        Action
[[DATE|date:17/11/2025]] 14:02  [[ID|other:ktipungwuti]] [[PERSON|name:Dominic Tchinburrur]] (HRN [[ID|mrn:W0041173]]) Open Health Summary
user [[ID|other:ktipungwuti]] = AHP [[PERSON|name:Kenny Tipungwuti]]; [[ID|other:locum07]] = shared login (breach of policy)""",
    """PATIS audit extract - [[LOCATION|geo:Labasa Hospital]]
[[DATE|date:2025-12-02]]|08:11|[[ID|other:ltuivaga]]|[[IP|ip:10.12.0.54]]|OPEN|[[ID|mrn:LBS-0071882]]|[[PERSON|name:Ratu Josefa Vuniwai]]
User [[ID|other:ltuivaga]] = [[PERSON|name:Litia Tuivaga]], Medical Records Officer""",
]

REFERRAL_FAX = [
    """FAX  [[DATE|date:07-JAN-2025]] 15:32  FROM:[[PHONE|fax:+65 6256 1182]]  TO:[[PHONE|fax:6227 3480]]  P.01/02
[[LOCATION|geo:Toa Payoh Lor 8 Family Clinic]]
Re: [[PERSON|name:Muthu s/o Arumugam]], [[AGE|other:63]]M, NRIC [[ID|ssn:S7619043G]]
Kindly see: polyuria x 2/52, cap glucose 22.4 mmol/L, ketones 0.4, Na 131. On metformin 850mg bd.
Thank you. Dr [[PERSON|name:Chua Hui Min]] (MCR [[ID|license:M61239Z]])""",
    """[[LOCATION|geo:Klinik Dr. Lim & Rakan-Rakan]] - FAX
From: [[PHONE|fax:04-229 8812]]        To: Eye Clinic, [[LOCATION|geo:Hospital Pulau Pinang]] [[PHONE|fax:04-228 1737]]
Pt: [[PERSON|name:RAJENDRAN S/O MUNIANDY]]   MyKad [[ID|ssn:670212-07-5291]]   [[AGE|other:57]]y
Add: [[ADDRESS|geo:42-3-7, Taman Sri Nibong, Jalan Sultan Azlan Shah, 11900 Bayan Lepas, Pulau Pinang]]
Sudden painless VA loss OD since yesterday. VA OD 6/60, OS 6/9. RAPD +ve. BP 172/98.""",
    """>>> FAX from [[LOCATION|geo:Matilda International Hospital]]  [[PHONE|fax:(852) 2849 0111]] <<<  [[DATE|date:10 Feb 2025]]  Page 1 of 3
To: Dept of Surgery, [[LOCATION|geo:Queen Mary Hospital]]   Fax [[PHONE|fax:2855 4912]]
Patient: [[PERSON|name:HO Yuen-yi, Jessica]]   HKID [[ID|ssn:P660241(3)]]   DOB [[DATE|date:14/6/1990]]
US: 2.3 cm hypoechoic L breast mass 2 o'clock, BI-RADS 4C. Core bx planned.""",
    """FAX  To: Casualty, [[LOCATION|geo:Narayana Medical College Hospital]]  Fax: [[PHONE|fax:0861-2317969]]
From: [[LOCATION|geo:Sri Sai Nursing Home]], [[LOCATION|geo:Nellore]]  Fax: [[PHONE|fax:0861 2331 447]]  Dt: [[DATE|date:3/3/25]]
Pt: Smt. [[PERSON|name:P. Venkata Ramanamma]]  [[AGE|other:67]]/F  W/o late Sri [[PERSON|name:P. Subba Rao]]
Aadhaar [[ID|ssn:8364 0217 5921]]   Aarogyasri ID [[ID|health_plan:AP-1547-2210-0318]]
Inferior wall MI, CK-MB 86, thrombolysed with STK 1.5 MU at 14:10. Pls accept for PCI.""",
    """REFERRAL SLIP (faxed [[DATE|date:04/11/2025]] 2:14 PM)
TO: [[LOCATION|geo:Dr. Jose Fabella Memorial Hospital]], Fax no. [[PHONE|fax:(02) 8733-8536]]
Pt: [[PERSON|name:Marites Bongalon]]  [[AGE|other:17]] y/o  G1P0 at 32 2/7 wks AOG
Address: [[ADDRESS|geo:Blk 9 Lot 22 Phase 2, Bagong Silang, Caloocan City]]
BP 160/110, proteinuria +3, MgSO4 4g IV loading given 1:40 PM.
Dr. [[PERSON|name:Gerardo Lopez-Abad]], PRC [[ID|license:0112847]]""",
    """Referral letter (shinryo joho teikyo-sho) - sent by fax
To: Dept of Neurology, [[LOCATION|geo:Kyoto University Hospital]]  FAX [[PHONE|fax:075-751-3202]]
From: [[LOCATION|geo:Nakagawa Naika Clinic]]  TEL [[PHONE|phone:075-712-0418]]  FAX [[PHONE|fax:075-712-0419]]
Pt: [[PERSON|name:Mori Aoi]]  F  [[AGE|other:34]]y  DOB [[DATE|date:H2.10.27]]
Recurrent L hemisensory episodes, MRI 2 T2 lesions periventricular. Please evaluate for MS.
[[DATE|date:R7.2.3]]   [[PERSON|name:Nakagawa Satoshi]]""",
    """FAX [[DATE|date:2025-03-18]] 10:22  from [[PHONE|fax:02-3471-0889]]  ->  [[PHONE|fax:02-2258-1129]]
Pt [[PERSON|name:Oh Jae-won]] M/[[AGE|other:77]]  RRN [[ID|ssn:480221-1543210]]  HP [[PHONE|phone:010-9920-4471]]
Hb 8.1 g/dL, plt 62K, blasts 12% on smear. Suspect MDS-EB.
[[LOCATION|geo:Gangnam Yonsei Internal Medicine]] Dr [[PERSON|name:Seo Dong-hyun]] (license no. [[ID|license:78231]])""",
    """SURAT RUJUKAN (fax) [[LOCATION|geo:Puskesmas Kuta Selatan]]  Fax [[PHONE|fax:(0361) 773512]]
Kepada: [[LOCATION|geo:RSUP Prof. Dr. I.G.N.G. Ngoerah]], fax [[PHONE|fax:0361-224206]]
Pasien: [[PERSON|name:Ni Luh Putu Ayu Lestari]]  NIK [[ID|ssn:5103045708900002]]  BPJS [[ID|health_plan:0002219845511]]
Alamat: [[ADDRESS|geo:Jl. Raya Uluwatu Gg. Mawar No. 8, Banjar Giri Dharma, Ungasan]]
G2P1 36 mgg, Hb 6.9, perdarahan antepartum. Ambulans [[VEHICLE|vehicle:DK 1734 FE]].""",
    """FAX FAX FAX  [[LOCATION|geo:Nausori Health Centre]]  fax [[PHONE|fax:347 7001]]  [[DATE|date:14.07.25]]
TO: SMO Surgery, [[LOCATION|geo:Colonial War Memorial Hospital]]  fax [[PHONE|fax:330 6541]]
Pt: [[PERSON|name:Vilimone Naivalu]]  [[AGE|other:52]]M  village [[LOCATION|geo:Waila]]  TIN [[ID|ssn:104882317]]
Diabetic foot, wet gangrene R 2nd-3rd toes, WCC 21, RBS 24.""",
    """From: [[LOCATION|geo:Maningrida Health Centre]]  Ph [[PHONE|phone:(08) 8979 5772]]  Fax [[PHONE|fax:(08) 8979 5773]]
To: Renal Unit, [[LOCATION|geo:Royal Darwin Hospital]]  Fax [[PHONE|fax:08 8922 8286]]   [[DATE|date:Fri 21/3/25]]
Re: [[PERSON|name:Rosemary Bara]]  DOB [[DATE|date:01/07/1968]]  HRN [[ID|mrn:0893314]]  Medicare [[ID|health_plan:3517 66048 1]]
eGFR 11, K 6.1 after tx. Pls consider fistula + transfer for dialysis.""",
]

CORONER_REPORT_EXTRACT = [
    """STATE CORONER - FINDINGS (extract)   Coroner's Inquiry No. [[ID|other:CI-2025-00137]]
Deceased: [[PERSON|name:ANG Kok Leong]], [[AGE|other:34]], NRIC [[ID|ssn:S9051378H]], of [[ADDRESS|geo:Blk 115 Jurong East St 13 #14-302 S600115]].
On [[DATE|date:2 March 2025]] at about 0615 hrs, motorcycle [[VEHICLE|vehicle:FBK 2281T]] ridden by the deceased collided with lorry [[VEHICLE|vehicle:XD 4471K]] along the expressway towards [[LOCATION|geo:Tuas]].
Autopsy by Dr [[PERSON|name:Chong Yi Xuan]], [[LOCATION|geo:Health Sciences Authority]]; photographs P1-P24 ([[ID|photo:HSA_FM_25_0137_P01.jpg]] et seq.).
Blood ethanol 112 mg/100 mL. Cause: multiple injuries. Finding: road traffic misadventure.""",
    """CORONER'S COURT - DEATH REPORT EXTRACT   Case [[ID|other:CCDI-0441/2025]]
Deceased: [[PERSON|name:LAU Chi-wai, Kenneth]] (male, [[AGE|other:46]]), HKID [[ID|ssn:R918374(3)]]
Found [[DATE|date:17.4.2025]] in hiking trail near [[LOCATION|geo:Tai Po Kau]] by hiker [[PERSON|name:Tsang Hoi-lam]] (tel [[PHONE|phone:5504 1182]]).
Identification by brother [[PERSON|name:Lau Chi-kin]] on [[DATE|date:18.4.2025]] from photo [[ID|photo:FSPM_0441_face_02.jpg]].
Heat stroke; core temp not recorded; ambient 33C. No suspicious circumstances.""",
    """INQUEST REPORT (u/s 174 CrPC) - extract, [[LOCATION|geo:Kalyan]] PS   ADR No. [[ID|other:37/2025]]
Deceased: [[PERSON|name:Ramesh Bhaskar Jadhav]], M/[[AGE|other:41]], r/o [[ADDRESS|geo:Room 12, Shivshakti Chawl, Waldhuni, Kalyan (E) 421306]]
Struck by tempo [[VEHICLE|vehicle:MH-05-CK-4471]] on [[DATE|date:11/06/2025]] ~21.30 hrs near [[LOCATION|geo:Shahad]] railway bridge.""",
    """NBI MEDICO-LEGAL REPORT No. [[ID|other:MLR-2025-0881]] (extract)
Cadaver of [[PERSON|name:Renato "Atong" Cabrera]], [[AGE|other:38]], of [[ADDRESS|geo:Sitio Malinis, Brgy. San Isidro, Rodriguez, Rizal]]
Recovered [[DATE|date:June 11, 2025]] from [[LOCATION|geo:Marikina River]]. Rose tattoo L forearm, see [[ID|photo:IMG_20250611_0432.jpg]].
Identity confirmed by AFIS hit [[ID|biometric:NBI-FP-25-004127]] against SSS record [[ID|ssn:34-1875529-4]].""",
    """Kenshi (police body inspection) summary - [[LOCATION|geo:Nishinari]] PS, [[LOCATION|geo:Osaka]]
Deceased: [[PERSON|name:KOBAYASHI Isamu]], M, [[AGE|date:92]], lived alone at [[ADDRESS|geo:Osaka-shi Nishinari-ku Haginochaya 2-5-9, Room 203]]
Identity: fingerprint match [[ID|biometric:JP-AFIS-25-118830]]; dental chart from [[LOCATION|geo:Tamade Dental Clinic]].
Pacemaker recovered, SN [[DEVICE|device:PJD447120S]]. Cause undetermined (decomposition).""",
    """NFS AUTOPSY REPORT (English summary)  No. [[ID|other:NFS-SE-2025-3318]]
Deceased: [[PERSON|name:Kwon Hye-rin]] (F, [[AGE|other:27]]), RRN [[ID|ssn:980113-2204917]]
Driver of [[VEHICLE|vehicle:34누 8821]] in collision in [[LOCATION|geo:Songpa-gu]] on [[DATE|date:Aug 30 2025]] 03:10.
BAC 0.087%. Cause: traumatic aortic transection.
Photos: [[ID|photo:NFS3318_ext_001.tif]] to [[ID|photo:NFS3318_ext_046.tif]]. Pathologist [[PERSON|name:Jang Eun-ji]].""",
    """IN THE CORONER'S COURT AT [[LOCATION|geo:KOKOPO]] - Coronial file [[ID|other:CR No. 14 of 2025]]
Deceased: [[PERSON|name:Peter ToVue]], approx [[AGE|other:19]], of [[LOCATION|geo:Rabaul]]
On [[DATE|date:the 3rd day of May 2025]] PMV [[VEHICLE|vehicle:LAB 428]] (15-seater) overturned on the coastal road at [[LOCATION|geo:Malaguna]].
Driver [[PERSON|name:Jacob Pais]] (licence [[ID|license:ENB-0228714]]) fled scene.""",
    """FIJI - CORONER'S FILE [[ID|other:CF 22/2025]] - [[LOCATION|geo:Lautoka Magistrates Court]]
Deceased: [[PERSON|name:Sakiusa Ratu]] ([[AGE|other:63]]), of [[LOCATION|geo:Vitogo]] settlement, [[LOCATION|geo:Lautoka]]
FNPF member [[ID|account:FNPF 1192 8837]]; next of kin [[PERSON|name:Salanieta Ratu]] (wife).""",
    """NT CORONER - FINDINGS EXTRACT (the family asks the deceased be called [[PERSON|name:Kumanjayi Japanangka]])
[[PERSON|name:Kumanjayi]] was [[AGE|other:23]] and lived at [[LOCATION|geo:Lajamanu]].
On [[DATE|date:14 October 2025]] the Toyota LandCruiser [[VEHICLE|vehicle:CB 47 KT]] (VIN [[VEHICLE|vehicle:JTEBH9FJ70K184471]]) rolled 40 km north of the community.
Sgt [[PERSON|name:Paul Hennessy]] (member [[ID|other:3318]]) took photos [[ID|photo:NTPF_2025_LAJ_014.jpg]].""",
    """LAPORAN BEDAH SIASAT (ringkasan) - [[LOCATION|geo:Hospital Kuala Lumpur]]
No. BS: [[ID|other:HKL/BS/1182/2025]]   Laporan polis [[ID|other:SENTUL/008812/25]]
Si mati: [[PERSON|name:ABDULLAH @ LIM AH CHOON]], K/P [[ID|ssn:540309-10-5523]], [[AGE|other:71]] thn
Kemalangan: lori [[VEHICLE|vehicle:WXY 8812]] di [[LOCATION|geo:Jalan Ipoh]] [[DATE|date:22hb Nov 2025]]""",
]

SCHOOL_NURSE_NOTE = [
    """[[LOCATION|geo:Rosyth School]] - sick bay log [[DATE|date:15/1/25]] 10:20
P4 stud [[PERSON|name:Nur Hidayah bte Zulkifli]] (BC no. [[ID|ssn:T1548213Z]]) c/o wheeze after PE. Hx asthma. SpO2 95%, RR 28.
Ventolin MDI 4 puffs via spacer x1, improved. Mum [[PERSON|name:Farah]] called [[PHONE|phone:9672 0183]], collecting 11am.""",
    """Rekod Kesihatan Murid - [[LOCATION|geo:SK Taman Tun Dr Ismail (1)]]
Nama: [[PERSON|name:Arjun a/l Devaraj]]  Tahun 2  MyKid [[ID|ssn:170623-14-0457]]
bapa: [[PERSON|name:Devaraj a/l Krishnan]] tel [[PHONE|phone:012 338 7741]] / [[EMAIL|email:devaraj.k@yahoo.com]]""",
    """school nurse note - [[LOCATION|geo:St. Paul's Co-educational College]]
[[DATE|date:2025.3.06]] 13:45 S3C student [[PERSON|name:Cheung Hoi-ching, Chloe]] (stu no. [[ID|other:20211347]]) fainted in hall during assembly.
BP 92/58, HR 54, BGL 4.1 mmol/L. LMP 2/7 ago. Juice + biscuits, rested 30 min, recovered.
Mother Mrs [[PERSON|name:Cheung]] picked up 14:30, advised GP. Photo on file: [[ID|photo:SPCC_S3C_14.jpg]]""",
    """SCHOOL HEALTH CHECK-UP CARD - [[LOCATION|geo:Kendriya Vidyalaya No. 2]], [[LOCATION|geo:Jalahalli]]
Name: [[PERSON|name:B. Harshitha]]   Class VI-B   Adm No. [[ID|other:KV2J/2019/1187]]   DOB [[DATE|date:12-08-2013]]
Father: [[PERSON|name:B. Nagaraju]]   Mob [[PHONE|phone:+91-80-2838 4417]] / [[PHONE|phone:97402 18835]]
Ht 141 cm  Wt 29 kg  BMI 14.6  Hb 9.8 g/dL (mild anaemia)  Vision R 6/9 L 6/12 -> refer""",
    """DepEd School Health Record (Form 1) - [[LOCATION|geo:Tandang Sora Elementary School]]
Learner: [[PERSON|name:SANTOS, Juan Miguel Jr. P.]]   LRN [[ID|other:136512140087]]   Gr 3
[[DATE|date:09/10/2025]] - dog bite L calf by stray near school gate, cat II. Washed 15 min soap/water.
Referred to [[LOCATION|geo:QC Animal Bite Center]] for PEP. Mother [[PERSON|name:Rowena Santos]] notified [[PHONE|phone:0926 118 4402]].""",
    """hoken-shitsu memo / [[LOCATION|geo:Setagaya Kyodo Junior High School]]
[[DATE|date:10/3]] 3rd period, class 2-4, [[PERSON|name:Aoki Hinata]]: headache + nausea after hitting head on goalpost (soccer).
GCS 15, pupils equal, no vomiting. Observed 40 min in bed 2.
Called guardian [[PERSON|name:Aoki Daisuke]] [[PHONE|phone:090-2218-7745]], no answer; mother's work [[PHONE|phone:03 3429 6610]] ok, picking up.""",
    """보건일지 health room log - [[LOCATION|geo:Daechi Middle School]]
student [[PERSON|name:Jang Seo-yun]] (3-7 #22) known T1DM, CGM alarm low 58 mg/dL.
15g glucose tabs, recheck 15 min 94. Insulin pump sn [[DEVICE|device:NG3318702H]] suspended 30 min per plan.
mom [[PERSON|name:Park Eun-hee]] KakaoTalk ID [[ID|other:eunhee_mom77]] informed.""",
    """Catatan UKS [[LOCATION|geo:SMPN 2 Depok]]
tgl [[DATE|date:22/7/25]], siswa [[PERSON|name:Muhammad Rizky Pratama]] kls 8C NISN [[ID|other:0113549872]]
pingsan saat upacara bendera, TD 90/60, N 110, akral dingin. Belum sarapan.
Dijemput kakak [[PERSON|name:Putri]] naik motor [[VEHICLE|vehicle:B 4721 KZT]]. HP ortu [[PHONE|phone:0857-1120-3348]].""",
    """[[LOCATION|geo:Suva Grammar School]] - School Health Team visit [[DATE|date:12 Aug 2025]]
Yr 9 student [[PERSON|name:Tevita Moala]] ([[AGE|other:14]]) - sore throat 5/7, hx RHD on benzathine penicillin q28d, last dose [[DATE|date:18/7]].
Due dose overdue? No - due [[DATE|date:15/8]]. Referred [[LOCATION|geo:Valelevu Health Centre]] RHD register no. [[ID|other:RHD-CEN-0441]].""",
    """[[LOCATION|geo:Tagai State College]] - [[LOCATION|geo:Thursday Island]] Secondary campus - health room
[[DATE|date:Wed 3 Sept]]: [[PERSON|name:Kaiah Mosby]] yr 8, skin sores both legs x 1 wk, ?impetigo. Swab taken.
Pic in record: [[ID|photo:TSC_KMosby_leg_20250903.jpg]]
Aunty [[PERSON|name:Ethel]] (carer) said will take to [[LOCATION|geo:Thursday Island Hospital]] PHC. Her number [[PHONE|phone:0407 663 218]].""",
]

VACCINATION_RECORD = [
    """HealthHub - Vaccination Records (printed [[DATE|date:02 Mar 2025]])
Name: [[PERSON|name:KOH JIA YI RACHEL]]   NRIC: [[ID|ssn:S8012457J]]   DOB: [[DATE|date:05 Jun 1980]]
Vaccine            Dose  Date          Provider                          Batch
Influenza (SH24)   1     [[DATE|date:14 Jun 2024]]   [[LOCATION|geo:Raffles Medical Bishan]]           AU119F
Verify: [[URL|url:https://www.healthhub.sg/verify?c=VX-8812-KJYR]]""",
    """DIGITAL CERTIFICATE - COVID-19 VACCINATION (MySejahtera)
Nama / Name: [[PERSON|name:MUHAMMAD AMIRUL HAKIM BIN ZAINAL]]
No. IC / Passport: [[ID|ssn:000915-03-6113]]
Dos 1: [[DATE|date:22-07-2021]]  CoronaVac  Fasiliti: [[LOCATION|geo:PPV Stadium Sultan Mohammad IV]]
Cert ID [[ID|other:MYS-C19-2208-7741-0093]]""",
    """eHealth Record - Immunisation (Hong Kong)
[[PERSON|name:WONG, Tsz-kiu]]   HKBC/HKID [[ID|ssn:Z683049(9)]]   DOB [[DATE|date:2019-11-02]]   eHR no. [[ID|mrn:4471-2209-8816]]
MMRV dose 2 ... [[DATE|date:2024-11-08]] ... [[LOCATION|geo:Fanling Maternal and Child Health Centre]] ... lot Y012345""",
    """Certificate for COVID-19 Vaccination (CoWIN)
Beneficiary Name : [[PERSON|name:Thirumalai Narayanan Sundararajan]]
Age : [[AGE|date:90]]   Gender : Male
ID Verified : Aadhaar # [[ID|ssn:3671 8205 9435]]
Beneficiary Reference ID : [[ID|other:75821930044126]]
Vaccination Status : Fully Vaccinated (2 Doses)
Vaccination at : [[LOCATION|geo:UPHC Saidapet]], [[LOCATION|geo:Chennai]]""",
    """VaxCertPH
Name: [[PERSON|name:REYES, ANGELICA MAE T.]]   Birthdate: [[DATE|date:1995-04-19]]   Sex: F
Category: A1 (health worker, [[LOCATION|geo:Jose B. Lingad Memorial General Hospital]])
1st dose [[DATE|date:2021-03-10]]  Sinovac  lot J202102018  vaccinator RN [[PERSON|name:P. Dizon]]
UUID [[ID|other:9b21e5c4-77f0-4c1e-a3b4-2280d7e1f6aa]]   QR: [[URL|url:https://vaxcert.doh.gov.ph/#/verify/9b21e5c4]]""",
    """Boshi techo (maternal & child handbook) - vaccination page, transcribed for clinic
Child: [[PERSON|name:Nakamura Mio]]   b. [[DATE|date:2024/05/30]]   Mother: [[PERSON|name:Nakamura Saki]]
Hib/PCV15/5-in-1 #1 [[DATE|date:2024/07/29]]  [[LOCATION|geo:Kodomo Clinic Hiroshima]]  lot Hib HB118 / PCV VN2217
Address [[ADDRESS|geo:Hiroshima-shi Naka-ku Otemachi 3-chome 4-18-1102]]""",
    """예방접종증명서 Certificate of Vaccination (English)
Cert no. [[ID|other:KDCA-2025-0718-33104]]   Issued [[DATE|date:2025.07.18]]
Name [[PERSON|name:CHOI JIWOO]]   RRN [[ID|ssn:010915-3210981]]
Purpose: study abroad. Verify [[URL|url:https://nip.kdca.go.kr/irhp/mngm/goVcnCrtfVrfc.do?no=33104]]""",
    """So tiem chung ca nhan / Personal immunisation book (copy)
Tre: [[PERSON|name:Dang Gia Han]]  ngay sinh [[DATE|date:17/01/2025]]  Ma dinh danh [[ID|ssn:079325001873]]
Me: [[PERSON|name:Vo Thi Ngoc Anh]]  SDT [[PHONE|phone:0938 447 120]]
5in1 mui 1 [[DATE|date:17/03/2025]] [[LOCATION|geo:Tram y te phuong 12]], Quan [[LOCATION|geo:Go Vap]]   lo 4472A
Dia chi: [[ADDRESS|geo:68/12 Le Duc Tho, P.6, Go Vap, TP.HCM]]""",
    """CHILD HEALTH RECORD BOOK - immunisation page  (Papua New Guinea)
Child: [[PERSON|name:Grace Wemin]]   DOB [[DATE|date:27.02.24]]   Clinic book no. [[ID|mrn:GK-MCH-2024-0331]]
Mother: [[PERSON|name:Lina Wemin]]   Village: [[LOCATION|geo:Kundiawa]] (Simbu)
BCG/OPV0/HepB0 [[DATE|date:28.02.24]] [[LOCATION|geo:Kundiawa General Hospital]]
MR1 [[DATE|date:2/12/24]] - weight 7.9 kg (below line). Given Vit A 100,000 IU.""",
    """AIR Immunisation History Statement   Date of issue: [[DATE|date:07/10/2025]]
Name: [[PERSON|name:Levi Wosomo-Ghee]]   DOB [[DATE|date:21/04/2021]]   IHI [[ID|health_plan:8003604593182073]]
Medicare card [[ID|health_plan:2963017551]] (IRN 2)
Due and overdue: MMRV, DTPa-IPV (4 yr) - OVERDUE
Given [[DATE|date:06/10/2025]] at [[LOCATION|geo:Saibai Island PHCC]]: DTPa-IPV (Infanrix IPV) batch A20CE717A; MMRV (Priorix-Tetra) batch A77CD094
Provider [[ID|license:2407719F]]   Immuniser RN [[PERSON|name:Leah Anau]]""",
]

IMMIGRATION_MEDICAL_EXAM = [
    """MOM 6-MONTHLY MEDICAL EXAMINATION - FOREIGN DOMESTIC WORKER
Clinic: [[LOCATION|geo:Healthway Medical Woodlands]]   Exam date [[DATE|date:20/02/2025]]
FDW: [[PERSON|name:Maricris Dumalagan Tabaco]]   FIN [[ID|ssn:G7741209W]]   WP No. [[ID|other:0 23187443]]
Passport (PH) [[ID|ssn:P4471823B]]   DOB [[DATE|date:11 Nov 1992]]
Photo matched [[ID|photo:FDW_G7741209W_20250220.jpg]]; thumbprint [[ID|biometric:TP-2025-004417R]]
Preg test neg; CXR no active TB; syphilis RPR NR; HIV not required.""",
    """eMedical - 501 Medical Examination / 502 Chest X-ray   HAP ID [[ID|other:77281904213]]
Applicant: [[PERSON|name:Venkataraman Lakshmi Priya]] (given names) [[PERSON|name:Iyer]] (family name)
Passport [[ID|ssn:Z6218834]]   DOB [[DATE|date:03/09/1994]]   Visa subclass 482
Panel site: [[LOCATION|geo:Apollo Panel Clinic Kilpauk]], [[LOCATION|geo:Chennai]]   Physician Dr.[[PERSON|name:K.Ashok]] (panel no. [[ID|license:PP-IN-0418]])
Ht 158 cm Wt 61 kg BP 118/76. Fee invoice [[ID|account:INV-APC-250611-218]] (INR 5,600). Urinalysis NAD. IGRA not required.
CXR ref [[ID|mrn:APC-XR-250611-0093]] - normal. Photo [[ID|photo:HAP77281904213_photo.jpg]] uploaded [[DATE|date:11-Jun-2025]]""",
    """FOMEMA - Foreign Worker Medical Examination
Worker: [[PERSON|name:SUPRIYADI]] (single name)   Passport (ID) [[ID|ssn:C4419027]]   Worker ID [[ID|other:FMM-25-0918812]]
Biometric verification: fingerprint [[ID|biometric:FMM-BIO-7720194]] matched at [[LOCATION|geo:Klinik Mediviron Kluang]] [[DATE|date:09/04/2025]]
Sputum AFB neg, CXR clear, VDRL NR, HBsAg neg, urine opiates/cannabis neg. BMI 22.""",
    """JPETS - Pre-Entry Tuberculosis Screening Certificate (Japan)
Designated clinic: [[LOCATION|geo:Cau Giay International Clinic]], [[LOCATION|geo:Hanoi]]
Applicant: [[PERSON|name:LE VAN THANH]]   Passport [[ID|ssn:C7719204]]   DOB [[DATE|date:21/12/2002]]   M
Certificate No. [[ID|other:JPETS-VN-25-004417]]   photo [[ID|photo:JPETS_VN_004417.png]]""",
    """DS-2054 worksheet (summary) - panel site [[LOCATION|geo:Severance Hospital International Health Care Center]]
Applicant: [[PERSON|name:YOO, SEUNG-HEE]]   DOB [[DATE|date:1988-02-07]]   Passport [[ID|ssn:M48271905]]
NVC case number [[ID|other:SEL2025611842]]   Exam [[DATE|date:2025-06-03]]
QFT-Plus negative (TB1 0.04, TB2 0.12 IU/mL).""",
    """PALM scheme - pre-departure medical - [[LOCATION|geo:Namaka Medical Centre]], [[LOCATION|geo:Nadi]]
Name: [[PERSON|name:Josaia Ravuvu]]   [[AGE|other:31]] M   Passport [[ID|ssn:B0284471]]   HAP ID [[ID|other:77319042871]]
BMI 34, BP 148/94, HbA1c 6.3%. HBsAg neg. CXR NAD.
Advised diet/exercise; not a visa health concern.""",
    """Panel clinic report - [[LOCATION|geo:Pacific International Hospital]], [[LOCATION|geo:Port Moresby]]
Applicant: [[PERSON|name:Rhonda Kaupa-Nii]]   visa 500 (student, [[LOCATION|geo:James Cook University]])   Passport [[ID|ssn:PA0418827]]
HAP ID [[ID|other:77419850226]]   DOB [[DATE|date:9 Sep 2005]]
Email [[EMAIL|email:rhonda.kaupanii@gmail.com]]   mob [[PHONE|phone:+675 7290 4418]]""",
    """UK TB Detection Programme - Certificate
Clinic: [[LOCATION|geo:IOM Migration Health Assessment Centre]], [[LOCATION|geo:Wan Chai]]
Applicant: [[PERSON|name:TAM Wing-sze]]   HKSAR passport [[ID|ssn:KJ0912847]]   HKID [[ID|ssn:C771902(5)]]
Certificate no. [[ID|other:HKG/UKTB/25/118204]]   valid until [[DATE|date:30 Jan 2026]]
Contact [[EMAIL|email:tamwingsze.hk@outlook.com]]""",
    """MEDICAL EXAMINATION FOR WORK PASS (MOM)
Name: [[PERSON|name:Chong Mei Fong]]   FIN [[ID|ssn:F3318275U]]   Passport (MY) [[ID|ssn:A58221904]]
Exam [[DATE|date:5/8/2025]] at [[LOCATION|geo:Fullerton Health @ Raffles Place]]
Submitted to WP Online, ref [[ID|other:MED-SG-2508-441902]]""",
    """EPS (Korea) pre-departure medical - [[LOCATION|geo:Klinik Utama Sehat Mandiri]], [[LOCATION|geo:Surabaya]]
Name: [[PERSON|name:Agus Setiawan]]   NIK [[ID|ssn:3522151203990001]]   EPS-TOPIK reg [[ID|other:EPS-ID-2025-077184]]
Drug screen neg. Ishihara 17/17. HBsAg neg. Audiometry normal.
Photo [[ID|photo:agus_setiawan_pasfoto_3x4.jpg]]
Fingerprint enrolled (R index) [[ID|biometric:R2-IDX-5519023]] on [[DATE|date:15 Sep 2025]]""",
]

REMOTE_COMMUNITY_CLINIC = [
    """[[LOCATION|geo:Yuendumu Clinic]] - progress note [[DATE|date:06/08/25]] 1430
[[PERSON|name:Jacinta Napaljarri Brown]] [[AGE|other:29]]F, HRN [[ID|mrn:A0917723]], back from [[LOCATION|geo:Alice Springs]]. Aunty [[PERSON|name:Maisie]] with her.
c/o dysuria 3/7. Urine dip leuc +++ nit +. BGL 13.4. Preg test neg.
Rx Keflex 500mg bd x 5/7 (imprest). Hb A1c due - bloods taken, to go on Thursday mail plane.
Home visit tomorrow in troopy [[VEHICLE|vehicle:CA 88 XQ]] if not back. RAN [[PERSON|name:Tom Kelly]]""",
    """RFDS retrieval log - [[LOCATION|geo:Aurukun Primary Health Care Centre]]
Called [[DATE|date:Sat 12th April]] 2210. Pt [[PERSON|name:Noel Koomeeta]], [[AGE|other:58]], chest pain 2h, ECG STE V2-V4.
Tenecteplase 40mg given 2240 per protocol, ECG repeat 60% resolution.
Aircraft [[VEHICLE|vehicle:VH-FVR]] wheels down 0035, to [[LOCATION|geo:Cairns Hospital]].
Medicare [[ID|health_plan:2428 19372 1]]  IHI [[ID|health_plan:8003607720143587]]""",
    """Purple House mobile dialysis - [[LOCATION|geo:Kiwirrkurra]] visit [[DATE|date:18-22 Sept]]
Pt: [[PERSON|name:Yukultji Nangala]] ([[AGE|other:66]]) - home community visit from [[LOCATION|geo:Kintore]] dialysis unit.
Truck [[VEHICLE|vehicle:1GTM 447]] (WA plates), machine Fresenius 5008S sn [[DEVICE|device:5EBA2218]].
Pre wt 62.4 / post 60.1, UF 2.3 L, BP 162/88 -> 138/74. Kt/V 1.3.
Nurse [[PERSON|name:Sarah-Jane Rigney]] [[EMAIL|email:sj.rigney@purplehouse.org.au]]""",
    """[[LOCATION|geo:Boigu Island]] PHCC - cross-border visitor (Treaty village)
[[DATE|date:2/10/2025]]: [[PERSON|name:Gabia Tom]] [[AGE|other:34]]M from [[LOCATION|geo:Buji]] village (PNG). Cough 2 mo, wt loss, night sweats.
PNG patient - no Medicare. Notified TB Control Unit case [[ID|other:QLD-TB-CS-2025-1183]].
Transfer by dinghy to [[LOCATION|geo:Daru General Hospital]] declined; family say will go [[DATE|date:Monday]].""",
    """[[LOCATION|geo:Lakeba Health Centre]] (Lau) - nurse practitioner notes
[[DATE|date:Mon 17/3]] - [[PERSON|name:Mereoni Vakaloloma]] [[AGE|date:91]] yrs, fall at home in [[LOCATION|geo:Tubou]], R hip pain, leg shortened + ext rotated.
No xray on island. Analgesia paracetamol 1g qid, morphine 2.5mg prn.
Grandson [[PERSON|name:Isoa]] phone [[PHONE|phone:7401 229]]. NHN [[ID|mrn:LAU-000418]]""",
    """Aid post report - [[LOCATION|geo:Balimo]] district, Western Province
Date [[DATE|date:23-06-25]]. CHW [[PERSON|name:Waiba Sali]]
1. Baby [[PERSON|name:Kwale]] ([[AGE|other:8]] mo) - RDT Pf+, Artemether-lumefantrine 1 tab bd x3d.
2. Old man [[PERSON|name:Amos Gebia]] ([[AGE|other:70]]) from [[LOCATION|geo:Adiba]] - leg ulcer, dressing.""",
    """[[LOCATION|geo:Klinik Desa Bilit]], [[LOCATION|geo:Kinabatangan]] - visit record
[[DATE|date:11 Apr 2025]]: [[PERSON|name:Juliana anak Lanjat]] ([[AGE|other:24]]) G3P2 34/40, BP 146/96, urine prot ++.
Refer [[LOCATION|geo:Hospital Kinabatangan]]; boat by Pak Cik [[PERSON|name:Ismail]] (bot [[VEHICLE|vehicle:SS 2217 B]]), 2 hrs downriver.""",
    """[[LOCATION|geo:Puskesmas Wamena Kota]] - catatan kunjungan luar gedung
[[DATE|date:30/05/2025]] kampung [[LOCATION|geo:Hitigima]]: pasien [[PERSON|name:Yohanis Wenda]] ([[AGE|other:45]] th) batuk darah 3 mgg.
No. register TB [[ID|other:TB-JYW-2025-0211]]. KIS [[ID|health_plan:0001937702518]]
Motor dinas [[VEHICLE|vehicle:PA 3317 MP]] rusak, jalan kaki 2 jam.""",
    """RHU [[LOCATION|geo:Itbayat]] - consultation log
[[DATE|date:8/14/25]] 0900 - [[PERSON|name:Lolita Castillejos]], [[AGE|other:73]], of [[LOCATION|geo:Brgy. Santa Rosa]], CVD/stroke? slurred speech since waking, R facial droop.
Teleconsult with [[LOCATION|geo:Batanes General Hospital]] neuro-on-call via [[URL|url:https://meet.doh.gov.ph/bgh-teleconsult-0814]]
PhilHealth (senior) [[ID|health_plan:01-051872230-4]]. Son [[PERSON|name:Edgar]] [[PHONE|phone:0919-334-8820]]""",
    """Nganampa Health Council - [[LOCATION|geo:Pukatja]] ([[LOCATION|geo:Ernabella]]) clinic
[[DATE|date:Tues 25/11/25]]. [[PERSON|name:Kunmanara]] (family request: use this name) [[AGE|other:71]]F, CKD4, missed Purple House dialysis slot.
K 6.4 on i-STAT sn [[DEVICE|device:370185]]; ECG peaked T. Ca gluconate 10% 10mL, insulin-dextrose, salbutamol neb.
MedSTAR retrieval to [[LOCATION|geo:Royal Adelaide Hospital]], flight [[VEHICLE|vehicle:VH-MSF]].
Daughter [[PERSON|name:Rachel Tjilari]] [[PHONE|phone:0427 903 118]]. Medicare [[ID|health_plan:4187 30294 3]]""",
]

STYLES = [
    ("discharge-summary", DISCHARGE_SUMMARY),
    ("sms-reminder-thread", SMS_REMINDER_THREAD),
    ("device-telemetry-log", DEVICE_TELEMETRY_LOG),
    ("ehr-audit-log", EHR_AUDIT_LOG),
    ("referral-fax", REFERRAL_FAX),
    ("coroner-report-extract", CORONER_REPORT_EXTRACT),
    ("school-nurse-note", SCHOOL_NURSE_NOTE),
    ("vaccination-record", VACCINATION_RECORD),
    ("immigration-medical-exam", IMMIGRATION_MEDICAL_EXAM),
    ("remote-community-clinic", REMOTE_COMMUNITY_CLINIC),
]


def main() -> None:
    print(f"probe45: {write_styled(OUT, STYLES)} docs")


if __name__ == "__main__":
    main()
