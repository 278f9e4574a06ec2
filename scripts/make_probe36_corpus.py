"""Write the 36th hand-annotated redaction probe, 100 notes from across the United States.

Why: US records carry an identifier zoo of their own - SSNs, Medicare MBIs, Medicaid and plan
member IDs, NPIs, DEA and state licence numbers, plates and VINs - plus ZIP+4, rural routes,
PO boxes, Wisconsin grid addresses, Puerto Rico urbanizaciones and Guam villages, Spanish-English
code-switching and ages past 89 written every which way. This probe checks the redactor holds
up on that mix in prose, forms, claims text and machine exports alike.

What: ten styles of 10 notes each - emergency-department, hospice-and-home-health,
case-management, prior-authorization-and-claims (CMS-1500/UB-04 text, EOBs, X12 835/271),
behavioral-health, obstetrics, pediatrics-and-school-forms, pharmacy-and-PDMP,
patient-portal-messages and EHR-exports-and-interfaces (HL7 v2 pipes, CSV, FHIR JSON, C-CDA,
audit and interface logs). Locales cover all 50 states, DC, Puerto Rico and Guam, with some
notes switching between Spanish and English. Conventions: titles, ranks and credentials stay
outside name spans; a full street, PO box, rural-route or military address is one ADDRESS|geo
span, but address parts split over CSV columns, HL7 components, FHIR fields or mailing-label
lines are marked one part at a time (city and ZIP as LOCATION|geo, bare state codes unmarked),
and a name broken over a line is two PERSON spans; an AGE span covers only the number, in
digits or words, and is category date from 90 up; holidays that pin a day (Halloween,
Christmas Eve, Mardi Gras, Derby Day) are DATE; in timestamps only the date part is marked;
SSNs in any spacing, partial SSNs and the VistA initial-plus-last-four are ID|ssn; claim,
statement, guarantor and card numbers are ID|account; NPI, DEA, NCPDP, CLIA, driver licence
and state licence numbers are ID|license; Rx numbers, case, ticket, kit, accession, FHIR
logical ids and usernames are ID|other. Deliberately unmarked: HL7 message control IDs,
OIDs, code-system URLs, BIN/PCN, NDC, CPT/HCPCS/ICD/LOINC/CVX codes, lot numbers, form
versions, 911/988/711, hurricane names, "BABY BOY" placeholders and thresholds like age >= 80.

How: cd /work/main && .venv/bin/python scripts/make_probe36_corpus.py
(writes corpus/redaction/probe36.jsonl).
"""
# ruff: noqa: RUF001

from pathlib import Path

from make_safe_harbor_suite import write_styled

OUT = Path(__file__).resolve().parents[1] / "corpus" / "redaction" / "probe36.jsonl"

EMERGENCY_DEPARTMENT = [
    "ED TRIAGE - [[LOCATION|geo:Ben Taub Hospital]]\n"
    "Pt: [[PERSON|name:GARZA-VILLARREAL, Jose Angel]]   MRN#[[ID|mrn:E4418207]]   DOB [[DATE|date:04/11/1987]] ([[AGE|other:36]]y M)\n"
    "Arrived 0214 via HFD Medic 23. ESI 2.\n"
    "CC: MVC, restrained driver, T-boned ~40 mph on the freeway feeder. Pt: 'me pegaron por el lado, I couldn't open the door.' Self-extricated, ambulatory on scene.\n"
    "Per HPD the car is a 2007 Toyota Corolla, TX plate [[VEHICLE|vehicle:NKT-4471]], VIN [[VEHICLE|vehicle:2T1BURW737T883257]]; crash report pending.\n"
    "VS BP 142/88  HR 104  RR 18  SpO2 98% RA  T 37.2  GCS 15  pain 8/10 L chest wall.\n"
    "Hx DM2 on metformin 1000 mg BID, A1c 8.1. NKDA. Self-pay; financial assistance app started.\n"
    "EC: wife [[PERSON|name:Marisol]] (cell [[PHONE|phone:832-555-0119]]), Spanish only.",
    "[[LOCATION|geo:ANMC]] EMERGENCY DEPT - PROVIDER NOTE   DOS: [[DATE|date:Jan. 3rd, 2024]]\n"
    "Patient: [[PERSON|name:Evon, Martha Nanuk]]\n"
    "[[AGE|date:93]] yo Yup'ik-speaking female medevaced after found down in her home in [[LOCATION|geo:Kwethluk]] ~36 h; core temp 33.1 C on arrival. Granddaughter translating by phone.\n"
    "Medicare MBI [[ID|health_plan:3GD6-PJ1-NA75]]; AK Medicaid (read out by clerk) [[ID|health_plan:1 0 0 4 4 1 7 7 2 6]].\n"
    "Mailing: [[ADDRESS|geo:PO Box 44, Kwethluk, AK 99621]]\n"
    "Rewarmed w/ Bair Hugger + warm NS 2 L. K 5.9 -> repeat 5.1. CK 4,200. Admit to medicine.",
    "SALA DE EMERGENCIAS - [[LOCATION|geo:Hospital Universitario de Adultos]]\n"
    "Paciente: [[PERSON|name:Carmen Luz Rivera Ocasio]]   Récord [[ID|mrn:00-58-7731]]   Edad: [[AGE|date:91]] años   Fecha: [[DATE|date:12/03/2024]]\n"
    "Traída por su hijo from [[ADDRESS|geo:Urb. Villa Carolina, Calle 512 Bloque 205 #8, Carolina, PR 00985-4410]]. "
    "Hijo reports she's been 'bien confusa since the weekend', no está comiendo, fiebre 101.8 at home. Baseline: camina con andador.\n"
    "Plan Vital MPI [[ID|health_plan:0091128437]]. SS [[ID|ssn:581 44 7720]] (verificado con tarjeta).\n"
    "UA: nitritos +, LE 3+. Na 128. Dx: sepsis urinaria vs hiponatremia. Ceftriaxone 1 g IV. Admit a medicina.\n"
    "Contacto: hija en Florida, [[PHONE|phone:+1 (407) 555-0163]]",
    "[[LOCATION|geo:Carle BroMenn Medical Center]], [[LOCATION|geo:Normal]], IL - ED PHYSICIAN NOTE   [[DATE|date:Sat 2/17/24]]\n"
    "[[PERSON|name:Tyler James Brown]], [[AGE|other:22]] yo M, college student, brought by roommate [[PERSON|name:Will]] after found unresponsive in the dorm. "
    "Roommate gave naloxone 4 mg IN x2 with partial response; BLS gave a 3rd dose. RR 6 -> 14. Admits pressed 'M30' pills bought off Snapchat from '[[ID|other:plugz_309]]'.\n"
    "UDS + fentanyl, + THC. Cr 1.4, CK 3100. Observe 6 h. ILPMP checked - no controlled fills.\n"
    "Pt email for follow-up: [[EMAIL|email:tjbrown7@ilstu.edu]]. D/C w/ naloxone kit and SUD referral.",
    "[[LOCATION|geo:UF HEALTH THE VILLAGES HOSPITAL]] - ED NOTE\n"
    "PATIENT: [[PERSON|name:STREET, HAROLD W]]   SEX: M   DATE OF SERVICE: [[DATE|date:07-04-2024]] (fell at the [[DATE|date:Fourth of July]] fireworks)\n"
    "HPI: [[AGE|date:96]]M w/ AF on apixaban, s/p PPM (Medtronic Azure XT DR MRI, SN [[DEVICE|device:RNB209876S]]), mechanical fall backward on grass. "
    "+ head strike, no LOC per wife [[PERSON|name:June]] (she is [[AGE|date:94]]).\n"
    "CT head: 6 mm R SDH. Andexxa per neurosurg. Device interrogation: AP 38%, no events.\n"
    "Daughter (HCP) [[PERSON|name:Linda Street-Paris]] lives in [[LOCATION|geo:Reading]], PA; updated by phone.\n"
    "Dispo: transfer to neuro ICU.",
    "[[LOCATION|geo:GMH]] Emergency Department - Physician Documentation\n"
    "Pt [[PERSON|name:Jesus Cruz Taitano]] (goes by [[PERSON|name:Jess]]), [[AGE|other:58]] y/o M, presents [[DATE|date:3-Jan-24]] 2240 w/ substernal chest pain x 2 h after a family fiesta (kelaguen, red rice, 'a few Budweisers').\n"
    "ECG: inferior STE. Trop 0.87. ASA 325, heparin bolus. Cath lab not available tonight -> transfer.\n"
    "ID: Guam DL [[ID|license:0417783]]. His pickup (Guam plate [[VEHICLE|vehicle:AHK 512]]) was left running in the ambulance bay - security notified.",
    "NYC H+H - ADULT ED - FORENSIC (SANE) ADDENDUM\n"
    "Registered via palm-vein scan (PatientSecure) - match ID [[ID|biometric:PS-7Q4K-22918]]; confirmed w/ NYS non-driver ID [[ID|license:742 118 905]].\n"
    "Name on ID: [[PERSON|name:Summer Y. Castillo-Bell]].\n"
    "Assaulted by known partner [[PERSON|name:Marcus Reed]] (aka [[PERSON|name:Mark]]) at [[ADDRESS|geo:2410 Grand Concourse, Apt 6F, Bronx, NY 10458]]. "
    "Strangulation hx: petechiae, voice change, no LOC. CTA neck neg.\n"
    "Forensic photos w/ consent: [[ID|photo:FP_20240512_0031.jpg]] through [[ID|photo:FP_20240512_0044.jpg]] (face, neck).\n"
    "SAFE CONTACT: sister [[PHONE|phone:(718) 555-0190]] ONLY - do NOT call pt cell.",
    "[[LOCATION|geo:USA University Hospital]] ED, [[LOCATION|geo:Mobile]] AL\n"
    "[[PERSON|name:Bobby Ray Church]] [[AGE|other:67]]M bitten L hand by cottonmouth while fishing ~1500. Swelling now past wrist, plt 98, fibrinogen 140.\n"
    "CroFab 6 vials then 4 more. Poison Control consulted.\n"
    "Address: [[ADDRESS|geo:RR 2 Box 114, Citronelle, AL 36522]]. SSN on face sheet [[ID|ssn:419-07-3385]].\n"
    "Son drove him in; truck (AL tag [[VEHICLE|vehicle:2C58K71]]) parked in the helipad lane, asked to move. Admit ICU.",
    "[[LOCATION|geo:VAIL HEALTH HOSPITAL]] - EMERGENCY DEPARTMENT DISCHARGE SUMMARY\n"
    "Patient: [[PERSON|name:Mark Anthony Greene Jr.]]   DOB: [[DATE|date:Sept. 9, 1979]]   FIN: [[ID|account:77201448193]]\n"
    "Dx: L tibial plateau fx (Schatzker II) after ski collision. NV intact. Knee immobilizer, crutches, oxycodone 5 mg #12, enoxaparin 40 mg daily x 14 d.\n"
    "Home: [[ADDRESS|geo:38 Bayley Hazen Rd, Peacham, VT 05862]]. Insurance through spouse [[PERSON|name:Paris Greene]].\n"
    "Follow up: Dr [[PERSON|name:Rich]] (ortho) near home within 1 week.\n"
    "Results: [[URL|url:https://mychart.vailhealth.org/MyChart/Authentication/Login?mrn=VH0119472]]",
    "EMTALA PHYSICIAN CERTIFICATION / TRANSFER FORM\n"
    "Sending: [[LOCATION|geo:Wadley Regional Medical Center at Hope]], [[ADDRESS|geo:2001 S Main St, Hope, AR 71801]]  Fax [[PHONE|fax:870-722-3899]]\n"
    "Receiving: [[LOCATION|geo:UAMS]]   Accepting MD: [[PERSON|name:Priya Walker]], MD  NPI[[ID|license:1365374903]]\n"
    "Patient: [[PERSON|name:Rose Ellen Baker]]   DOB [[DATE|date:10/30/1958]]   Age [[AGE|other:65]]\n"
    "Dx: acute ischemic stroke, L M2 LVO, NIHSS 14; TNK given 13:02. Thrombectomy candidate. Benefits of transfer outweigh risks: YES.\n"
    "Consent signed by husband [[PERSON|name:Jack Baker]] (pt aphasic). Images pushed via PowerShare.",
]

HOSPICE_AND_HOME_HEALTH = [
    "OASIS-E START OF CARE\n"
    "M0040 Name: [[PERSON|name:Ruth Bell Hatch]]\n"
    "M0050 State: ME   M0060 ZIP: [[LOCATION|geo:04530]]\n"
    "M0063 Medicare #: [[ID|health_plan:2HD9AA2MW31]]   M0064 SSN: [[ID|ssn:004-38-1172]]   M0066 DOB: [[DATE|date:01/19/1930]]\n"
    "Narrative: [[AGE|date:94]] y.o. widow living alone at [[ADDRESS|geo:17 Washington St, Bath, ME 04530]] (mail to [[ADDRESS|geo:PO Box 209, Bath ME 04530-0209]]). Niece checks in daily.\n"
    "M1033: 2+ falls in 12 mo. BIMS 13/15. Braden 16. O2 2 L NC via Inogen One G5, SN [[DEVICE|device:G5-2304117829]].",
    "HOSPICE RN ROUTINE VISIT - [[DATE|date:Tues 10/8/2024]]\n"
    "Pt: [[PERSON|name:Walter Kowalczyk]] ('[[PERSON|name:Walt]]'), [[AGE|date:ninety-two]]-yr-old male, end-stage CHF (EF 15%), PPS 30%. "
    "Lives w/ daughter [[PERSON|name:Sunny Kowalczyk-Ruiz]] at [[ADDRESS|geo:10422 W Hutton Dr, Sun City, AZ 85351]].\n"
    "Dyspnea 6/10 at rest, better w/ morphine 20 mg/mL 0.25 mL SL q2h prn (x3 in 24 h). Edema 3+ BLE. Sacrum intact.\n"
    "Comfort kit in biometric lockbox (SafeRx); daughter's fingerprint enrolled as template [[ID|biometric:FPT-00871-KR]].\n"
    "DME: hospital bed; O2 concentrator EverFlo SN [[DEVICE|device:EF1124088372]]; E cylinders x4. Chaplain Rev. [[PERSON|name:Hope Alvarado]] to visit this week.",
    "DEATH VISIT / PRONOUNCEMENT NOTE\n"
    "Patient: [[PERSON|name:Ingrid M. Solberg]]\n"
    "Date of death: [[DATE|date:12/24/2023]] ([[DATE|date:Christmas Eve]])   Time: 0342\n"
    "Location: home, [[ADDRESS|geo:Rural Route 1, Box 38A, Fertile, MN 56540]]\n"
    "Pronounced by [[PERSON|name:Kari Lindqvist]], RN: no breath sounds x 1 min, no apical pulse x 1 min, pupils fixed.\n"
    "Present: husband [[PERSON|name:Arne]] ([[AGE|date:97]]) and both sons. Funeral home called 0410, arrived 0515.\n"
    "Meds destroyed with son as witness: morphine 100 mg/5 mL ~12 mL, lorazepam 0.5 mg x 9 tabs (Deterra bag).\n"
    "Decedent SSN for MN-EDRS: [[ID|ssn:476 22 9184]].",
    "EVV VISIT RECORD export\n"
    "client_name: [[PERSON|name:DOROTHY]]\n"
    "  [[PERSON|name:MAE GREEN]]\n"
    "client_medicaid_id: [[ID|health_plan:110447281903]]\n"
    "service: HHA (T1021)   units: 4   visit_date: [[DATE|date:2024-05-16]]   in: 09:02   out: 10:05\n"
    "caregiver: [[PERSON|name:Jamal Hill]]\n"
    "gps_in: [[LOCATION|geo:41.4672, -81.6031]]   gps_out: [[LOCATION|geo:41.4671, -81.6033]]\n"
    "address: [[ADDRESS|geo:3309 E 116th St, Apt 1 (rear), Cleveland, OH 44120-3817]]\n"
    "mileage: 11.4 mi, caregiver vehicle OH plate [[VEHICLE|vehicle:JQR 5582]]\n"
    "exception: late clock-in (>15 min), reason code 04 - family asked to move visit.",
    "HOME HEALTH FACE-TO-FACE ENCOUNTER ATTESTATION\n"
    "Patient: [[PERSON|name:Thibodeaux, Marie-Claire]]   DOB [[DATE|date:8/15/1941]]   Medicare ID [[ID|health_plan:1PR3-YC6-NY63]]\n"
    "Address: [[ADDRESS|geo:204 Rue de la Paix, Lafayette, LA 70508]]\n"
    "I certify that this patient is under my care and that I, or an NPP working with me, had a face-to-face encounter on [[DATE|date:June 3rd, 2024]] at [[LOCATION|geo:Ochsner Lafayette General]] related to the primary reason for home health: CHF exacerbation after a 4-day admission. "
    "Homebound: ambulates 15 ft with rollator, SOB with exertion.\n"
    "Services: SN 1w4, PT 2w3, OT eval. 60-day cert period.\n"
    "Signed: [[PERSON|name:Renée Fontenot-Arceneaux]], MD   NPI [[ID|license:2135680967]]",
    "hospice intake phone call - referral from [[LOCATION|geo:CAMC General]] case mgmt\n"
    "pt [[PERSON|name:Virgil Lee Hatfield]] age [[AGE|date:97]] (DOB [[DATE|date:2/29/1926]]) - leap day bday, family jokes he has only had 24 birthdays\n"
    "lives [[ADDRESS|geo:HC 71 Box 12, Bruno, WV 25611]] - 'up the holler past the Freewill Baptist church, last trailer on the left'\n"
    "no cell service there, landline [[PHONE|phone:304-583-2209]]\n"
    "dx COPD GOLD 4 on home O2 4 L, 3 admits since [[DATE|date:Aug]]. PPS 40.\n"
    "medicare [[ID|health_plan:7YE1K16QW34]]; admission visit set for wednesday - bring medicaid card + POA papers",
    "HOME INFUSION NURSING VISIT\n"
    "Pt: [[PERSON|name:Summer Rain Oakley]]   DOB [[DATE|date:1989-12-02]]\n"
    "Visit at pt home, [[ADDRESS|geo:61877 SE Hwy 26, Unit B, Boring, OR 97009]].\n"
    "Therapy: vancomycin 1.25 g IV q12h via R basilic PICC (4 Fr, 41 cm, 0 cm external) on CADD-Solis VIP pump SN [[DEVICE|device:2041-77813]], for L calcaneal osteomyelitis, wk 3 of 6. Trough 16.2.\n"
    "Labs (CBC, BMP, trough) faxed to ID clinic [[PHONE|fax:503.494.0721]].\n"
    "OHP member [[ID|health_plan:ZQ44817K]]. Partner [[PERSON|name:River]] trained on SASH flush.",
    "BEREAVEMENT CONTACT LOG - 13-month program\n"
    "Decedent: [[PERSON|name:Gordon A. Church]] (d. [[DATE|date:01/06/2024]])\n"
    "Primary griever: [[PERSON|name:Florence Church]], spouse, [[AGE|other:88]]\n"
    "Month 1 call - sleeping poorly, eating ok, 'the house is so quiet.' Son visiting from [[LOCATION|geo:Florence]], MA.\n"
    "Month 2 - mailed 'Grief After Loss' packet to [[ADDRESS|geo:PO Box 88, West Glover VT 05875]].\n"
    "Month 3 - email from [[EMAIL|email:flo.church.vt@gmail.com]] asking about the support group; schedule sent.",
    "HOME HEALTH SN VISIT - [[LOCATION|geo:Hilo]], HI   [[DATE|date:Friday, 9/13/2024]]\n"
    "Pt [[PERSON|name:Kealoha Kamakau]] (goes by [[PERSON|name:Lei]]), [[AGE|date:ninety one]] y/o F, s/p R hip hemiarthroplasty at [[LOCATION|geo:Hilo Benioff Medical Center]]. "
    "Lives w/ grandson at [[ADDRESS|geo:15-1871 21st Ave, Keaau, HI 96749]] - catchment tank water.\n"
    "INR 2.4 by POC (CoaguChek XS SN [[DEVICE|device:UP11874412]]) on warfarin 3 mg. Staples removed x22, incision well approximated.",
    "HOSPICE RECERTIFICATION - BENEFIT PERIOD 4 (60-day)\n"
    "[[PERSON|name:Hollis, Bertha J.]]   DOB: [[DATE|date:May 4, 1924]]   Age: [[AGE|date:100]]   Medicare: [[ID|health_plan:9JN1-C36-KR51]]\n"
    "Narrative: turned [[AGE|date:100]] on [[DATE|date:Derby Day]] ([[DATE|date:5/4/24]]) at [[LOCATION|geo:Twin Oaks Personal Care Home]], [[LOCATION|geo:Paris]], KY. "
    "Wt 41.2 kg (down 4.1 kg in 4 months). MAC 17 cm. FAST 7c. PPS 20%. Sleeps 20 h/day.\n"
    "Attending: Dr [[PERSON|name:Marcus Walker]], NPI [[ID|license:1289411732]].",
]

CASE_MANAGEMENT = [
    "CM PROGRESS NOTE - [[LOCATION|geo:Hackensack University Medical Center]], 5 Main, Rm 512\n"
    "[[DATE|date:1/22/24]] - Pt [[PERSON|name:Adeline Rosenbaum]], [[AGE|date:90]]F, medically stable for d/c. PT rec SNF; referrals sent via Careport.\n"
    "Medicare A/B [[ID|health_plan:5XT8KT4EC98]]; 3-midnight stay met. NJ FamilyCare app pending; SSN for app [[ID|ssn:145/86/2290]].\n"
    "Son [[PERSON|name:Ira Rosenbaum]] (POA): [[EMAIL|email:ira.rosenbaum@verizon.net]]. Pt's apartment [[ADDRESS|geo:400 Grand Ave, Apt 12C, Englewood, NJ 07631]].\n"
    "PASRR Level I negative. F/u bed offers by 1500.",
    "SW/CM ASSESSMENT - [[LOCATION|geo:Harborview Medical Center]]\n"
    "Pt: [[PERSON|name:Dakota Lee Running-Bear]]   DOB [[DATE|date:11/02/1976]] ([[AGE|other:47]])\n"
    "Housing: unsheltered ~2 yrs, sleeps in his 2000 Ford F-150, WA plate [[VEHICLE|vehicle:CAJ9470]], VIN [[VEHICLE|vehicle:1FTFW1Z40YZ188236]], usually parked in [[LOCATION|geo:Lake City]]. Truck was impounded - wants help getting it back.\n"
    "Apple Health ProviderOne ID [[ID|health_plan:200418832WA]]; SSN per pt [[ID|ssn:535-41-7762]].\n"
    "No phone; reach via outreach worker. Plan: medical respite bed requested, bus pass.",
    "UTILIZATION REVIEW - concurrent\n"
    "Facility: [[LOCATION|geo:Reading Hospital]]\n"
    "Pt: [[PERSON|name:Yolanda Pérez-London]]   Acct [[ID|account:40081172336]]\n"
    "Payer: Highmark BCBS, member [[ID|health_plan:YXB882014471]]\n"
    "Obs -> IP on day 2. InterQual met: DKA, pH 7.12, AG 24, insulin gtt.\n"
    "Called reviewer [[PERSON|name:Tammy Greenberg]] RN at [[PHONE|phone:1-866-555-0129 x 5534]], faxed clinicals to [[PHONE|fax:1 (866) 555 0130]]. Approved 3 days; next review in 48 h.",
    "TRANSITIONS OF CARE - CM phone f/u 48 h post d/c\n"
    "Pt: [[PERSON|name:Harold Eagle Elk]] | DOB [[DATE|date:1952-03-07]] | Heritage Health (NE Medicaid) [[ID|health_plan:10441789301]]\n"
    "D/C'd from [[LOCATION|geo:CHI Health St. Elizabeth]] after COPD exac. Reached pt at [[PHONE|phone:(402) 555-0155]], home at [[ADDRESS|geo:2200 Holdrege St Apt 304, Lincoln NE 68503-1209]].\n"
    "Meds picked up: yes. SpO2 92% RA. PCP appt next week.\n"
    "Ride booked w/ MTM, trip ID [[ID|other:MTM-NE-9930417]], pickup 12:45, van plate [[VEHICLE|vehicle:2-C7720]].\n"
    "Daughter aware.",
    "MSW NOTE - [[LOCATION|geo:Truth or Consequences]], NM   [[DATE|date:octubre 2, 2024]]\n"
    "Met w/ pt [[PERSON|name:Ernestina Baca]] y su nieta (interprets). Pt prefiere español: 'no quiero ir a un nursing home, quiero morir en mi casa.' "
    "[[AGE|other:86]] y/o, lives alone at [[ADDRESS|geo:1207 N Date St, Truth or Consequences, NM 87901]].\n"
    "Income SSI + survivor benefits. Medicare [[ID|health_plan:2FN0JR7AC71]]. APS: no concerns.\n"
    "Referral to a PCS agency, fax [[PHONE|fax:575-894-0192]]. Nieta email [[EMAIL|email:araceli.baca95@hotmail.com]].",
    "ADULT PROTECTIVE SERVICES REFERRAL - from hospital social work, [[PHONE|phone:702-383-2000 ext. 4417]]\n"
    "Alleged victim: [[PERSON|name:Theodore Mack]], [[AGE|date:90]] years, DOB [[DATE|date:08/08/1933]]\n"
    "Address: [[ADDRESS|geo:5113 W Sahara Ave, Spc 88, Las Vegas, NV 89146]] (mobile home park)\n"
    "Alleged perpetrator: nephew [[PERSON|name:Dwayne Mack]] (aka '[[PERSON|name:Duke]]'), same address; drives pt's 2019 Kia Soul, NV plate [[VEHICLE|vehicle:5TX 481]].\n"
    "Concerns: pt's checking acct ending [[ID|account:7740]] drained ~$18,000 this year; arrived w/ stage 3 sacral PI, cachexia, albumin 2.1.\n"
    "APS intake requested.",
    "VA SOCIAL WORK CASE MANAGEMENT NOTE\n"
    "LOCAL TITLE: SW CM NOTE\n"
    "DATE OF NOTE: [[DATE|date:MAR 05, 2024]]@14:20\n"
    "PATIENT: [[PERSON|name:MCCRAY,LEROY]] ([[ID|ssn:M9013]])   ICN: [[ID|mrn:1011447293V661720]]\n"
    "Veteran is a [[AGE|other:77]] y/o Vietnam-era Army vet followed at [[LOCATION|geo:Florence VA CBOC]]; lives at [[ADDRESS|geo:811 Cherokee Rd, Florence, SC 29501-4412]] w/ wife [[PERSON|name:Bernice]]. "
    "Referred for HBPC and caregiver support. Beneficiary travel set up; vet drives own truck, SC plate [[VEHICLE|vehicle:NZK 418]].",
    "Medicaid/CHIP application worksheet - CM, children's hospital\n"
    "Household:\n"
    "  Parent 1: [[PERSON|name:McKay Larsen]], SSN [[ID|ssn:528.61.0447]]\n"
    "  Parent 2: [[PERSON|name:Hope Larsen]], SSN [[ID|ssn:529047136]]\n"
    "  Child: [[PERSON|name:Oaklee Larsen]] (pt), DOB [[DATE|date:12/23/2023]]; one sibling, [[AGE|other:3]]\n"
    "Address: [[ADDRESS|geo:1422 S 2350 W, Syracuse, UT 84075]] ([[LOCATION|geo:Davis Co.]])\n"
    "Income: [[PERSON|name:McKay]] is a civilian mechanic at [[LOCATION|geo:Hill AFB]], $3,420/mo gross; employer plan premium $612/mo.\n"
    "Submitted via myCase. Mom prefers email: [[EMAIL|email:hopeandmckay@gmail.com]].",
    "Complex CM - readmission review (3rd in 30 d)\n"
    "[[PERSON|name:Manuel Tavares]], [[AGE|other:71]] M, Portuguese-speaking (Azorean), [[ADDRESS|geo:55 Wood St, 2nd fl, East Providence RI 02914]].\n"
    "Readmits [[DATE|date:8/2]] and [[DATE|date:8/30/24]] plus one between - all CHF, all at [[LOCATION|geo:Rhode Island Hospital]].\n"
    "Root cause: couldn't afford Entresto ($47 copay); scale broken. Enrolled in Novartis PAP. "
    "Sent Bluetooth scale (Withings Body, MAC [[DEVICE|device:00:24:E4:7A:1C:93]]) paired to RPM.\n"
    "Emailed PCP Dr [[PERSON|name:Sousa]] ([[EMAIL|email:asousa@providencechc.org]]).",
    "CASE MGMT - [[LOCATION|geo:Cheyenne Regional Medical Center]]\n"
    "[[DATE|date:Dec. 12th]] - Pt [[PERSON|name:Cody Wyatt Bell]], [[AGE|other:34]] M, ranch hand from [[LOCATION|geo:Chugwater]], admitted s/p horse kick w/ grade III splenic lac. Uninsured.\n"
    "Works at [[LOCATION|geo:Sybille Creek Ranch]]; owner says he's 'contract', not employee.\n"
    "Address: [[ADDRESS|geo:2881 Hwy 211, Chugwater, WY 82210]]. WY DL [[ID|license:109-447-281]].\n"
    "Applied WY Medicaid + charity care. Sister can take him at d/c. Possible workers' comp - referred to WC specialist.",
]

PRIOR_AUTHORIZATION_AND_CLAIMS = [
    "CMS-1500 (02/12) - keyed claim, pre-submission review\n"
    "1   [X] Group Health Plan\n"
    "1a  INSURED'S ID NUMBER: [[ID|health_plan:XOD814229063]]\n"
    "2   PATIENT'S NAME: [[PERSON|name:JOHNSON, DESTINY L]]\n"
    "3   PATIENT'S BIRTH DATE: [[DATE|date:03 14 09]]   SEX F\n"
    "5   PATIENT'S ADDRESS: [[ADDRESS|geo:4410 CASCADE RD SW APT 1108]]   CITY [[LOCATION|geo:ATLANTA]]   STATE GA   ZIP [[LOCATION|geo:30331-7716]]\n"
    "11c PLAN: ANTHEM BCBS GA\n"
    "21  ICD IND 0   A. S93.401A   B. W21.05XA\n"
    "24A [[DATE|date:08 30 24]]  24B 11  24D 99204 25 / 29515  24F 310 00  24G 1  24J [[ID|license:1865069920]]\n"
    "26  PATIENT'S ACCOUNT NO.: [[ID|account:DJ20240830-01]]\n"
    "33a [[ID|license:1528317161]]",
    "UB-04 / CMS-1450 - extracted fields\n"
    "FL1  [[LOCATION|geo:MERCYONE SIOUXLAND MEDICAL CENTER]]\n"
    "FL3a PAT CNTL #: [[ID|account:HA0044172903]]   FL4 TOB 0111\n"
    "FL6  STATEMENT PERIOD [[DATE|date:050624]] THRU [[DATE|date:051024]]\n"
    "FL8b [[PERSON|name:VANDERHEIDEN, WILHELMINA]]\n"
    "FL9  [[ADDRESS|geo:1806 OLD HWY 75 N, RR 1, SERGEANT BLUFF IA 51054]]\n"
    "FL10 [[DATE|date:11021933]]  FL11 F  FL13 17  FL14 1  FL15 1  FL17 01\n"
    "0120 ROOM-BOARD/SEMI  4  $9,880.00\n"
    "0250 PHARMACY            $2,114.37\n"
    "0450 EMERG ROOM          $3,212.00\n"
    "FL50 MEDICARE   FL58 SAME   FL60 [[ID|health_plan:4F03A26PA03]]\n"
    "FL67 J18.9   FL69 R06.02   FL71 PPS 193\n"
    "FL76 ATTENDING NPI [[ID|license:2019841214]]  LAST [[PERSON|name:OYELARAN]]  FIRST [[PERSON|name:TOBI]]\n"
    "FL80 REMARKS: PT [[AGE|date:90]]YO, TRANSFER IN, SEE SEPARATE CLAIM",
    "EXPLANATION OF BENEFITS - THIS IS NOT A BILL\n"
    "Blue Cross and Blue Shield of Kansas      Statement date: [[DATE|date:October 18, 2024]]\n"
    "[[PERSON|name:RHONDA K BELL]]\n"
    "[[ADDRESS|geo:1218 N TOPEKA BLVD APT 3]]\n"
    "[[ADDRESS|geo:TOPEKA KS 66608-1436]]\n"
    "Member ID: [[ID|health_plan:ZKS 442 9108 117]]\n"
    "Patient: [[PERSON|name:Caleb Bell]] (dependent, [[AGE|other:16]])   Claim #: [[ID|account:2024291KS048831]]\n"
    "Service           Billed      Allowed    Plan paid   Your cost\n"
    "ER visit 99284    $1,946.00   $812.44    $0.00       $812.44 (deductible)\n"
    "CT head 70450     $3,105.00   $401.17    $0.00       $401.17 (deductible)\n"
    "Deductible met $1,213.61 of $3,000.00; out-of-pocket $1,213.61 of $7,500.00.\n"
    "Details: [[URL|url:https://www.bcbsks.com/member/eob?claim=2024291KS048831]]",
    "FAX COVER - [[LOCATION|geo:Gundersen Health System]] Radiology Precert\n"
    "To: Quartz Health UM   Fax: [[PHONE|fax:(608) 555-0137]]\n"
    "From: precert desk   Fax: [[PHONE|fax:608-775-2211]]   Pages: 7 incl cover\n"
    "RE: MRI L-spine w/o contrast (72148)\n"
    "Pt: [[PERSON|name:Gerald Schultz]] ('[[PERSON|name:Jerry]]')   DOB [[DATE|date:06-19-1961]]   Quartz ID [[ID|health_plan:0004417203-01]]\n"
    "Ordering: Dr [[PERSON|name:Olsen]], NPI [[ID|license:2165255417]]\n"
    "Clinical: LBP w/ L L5 radiculopathy x 10 wk; failed 6 wk PT, NSAIDs, Medrol Dosepak. NEW foot drop, EHL 4/5.\n"
    "CONFIDENTIALITY NOTICE: if received in error, notify sender and destroy.",
    "Humana Gold Plus HMO - NOTICE OF DENIAL OF MEDICAL COVERAGE (Integrated Denial Notice)\n"
    "Date: [[DATE|date:4/30/2024]]   Member: [[PERSON|name:Wanda Faye Littlebear]]   Medicare #: [[ID|health_plan:9PV3XG2NC71]]\n"
    "We denied: inpatient rehabilitation at [[LOCATION|geo:Integris Jim Thorpe Rehabilitation]]. Reason: care can be safely provided at SNF level.\n"
    "--- appeal letter (handwritten, scanned) ---\n"
    "to whom it may concern, my mother is [[AGE|date:ninety-four]] not a spring chicken, she had a stroke last month and her Dr says she needs the rehab. "
    "please call me [[PERSON|name:Tonya Littlebear]] at [[PHONE|phone:918 555 0179]]. "
    "we live at [[ADDRESS|geo:Rt 3 Box 220-B, Tahlequah OK 74464]]. her Cherokee Nation card is [[ID|other:C-0184471]] if that helps",
    "COVERMYMEDS PA REQUEST - Key: [[ID|other:BLX7KQ2T]]\n"
    "Drug: Ozempic 1 mg/dose pen (NDC 00169-4132-12), 3 mL / 28 days\n"
    "Plan: BCBSM / Prime Therapeutics   BIN 610455   PCN MEDDPRIME\n"
    "Patient: [[PERSON|name:Jack Van Dyke]]   DOB [[DATE|date:1/1/1970]]   Member ID [[ID|health_plan:XYK901447283]]\n"
    "Prescriber: [[PERSON|name:Beth Anne Kowalski]], NP   NPI [[ID|license:1302267640]]   DEA [[ID|license:MK9421380]]\n"
    "Clinic fax [[PHONE|fax:269-555-0153]]\n"
    "Q1 T2DM? Yes, E11.65, A1c 9.4%. Q2 Metformin >= 90 days? Yes, 1000 mg BID since 2021. Q3 BMI 38.2.\n"
    "Determination [[DATE|date:11/19/2024]]: APPROVED for 12 months.",
    "835 ERA (raw) from Montana Medicaid\n"
    "N1*PR*MONTANA MEDICAID~\n"
    "N1*PE*[[LOCATION|geo:BILLINGS CLINIC]]*XX*[[ID|license:2692619739]]~\n"
    "CLP*[[ID|account:BC7720418]]*1*1840*1212.4**MC*[[ID|account:2224180033917]]*13*1~\n"
    "NM1*QC*1*[[PERSON|name:TWO BULLS]]*[[PERSON|name:SHAYLA]]****MI*[[ID|health_plan:0041178220]]~\n"
    "DTM*232*[[DATE|date:20240603]]~\n"
    "SVC*HC:99223*612*402.11**1~\n"
    "CAS*CO*45*209.89~\n"
    "AMT*B6*402.11~\n"
    "biller note (user [[ID|other:jlittle]]): statement came back undeliverable, pt may have moved to [[LOCATION|geo:Lame Deer]]",
    "270/271 ELIGIBILITY RESPONSE (parsed) - [[DATE|date:2024-02-14]] 09:31\n"
    "Subscriber: [[PERSON|name:Dawn E. Hollingsworth]]\n"
    "Member ID: [[ID|health_plan:DEM1004417829]]   Plan: Delaware Medicaid / Highmark Health Options\n"
    "DOB: [[DATE|date:19870705]]   Gender: F\n"
    "Address: [[ADDRESS|geo:27 Kings Hwy, Apt B-4, Dover, DE 19901-7306]]\n"
    "Eligibility: ACTIVE, calendar year 2024   Coverage level IND   Service types 30, 47, 88\n"
    "PCP NPI [[ID|license:2420325450]]   Copay $0 office / $0 ER. Other coverage: none. Medicare Part A: N.\n"
    "Trace #: [[ID|other:4471882093]]",
    "FIRST REPORT OF INJURY - IDAHO INDUSTRIAL COMMISSION (workers' comp)\n"
    "Employee: [[PERSON|name:Ramón Ochoa Paris]]   SSN: [[ID|ssn:518  44  0921]]\n"
    "Address [[ADDRESS|geo:616 S Kimball Ave, Caldwell, ID 83605]]\n"
    "Employer: [[LOCATION|geo:Snake River Onion Packers]], packing line 3\n"
    "Date of injury: [[DATE|date:08/22/2024]] 0615\n"
    "Injury: L hand crush in conveyor ('me agarró la mano la banda'), 2nd/3rd digit fx.\n"
    "Carrier: Idaho State Insurance Fund   Claim #: [[ID|account:240822-ID-77013]]\n"
    "Adjuster: [[PERSON|name:Travis Lake]]   [[EMAIL|email:tlake@idahosif.org]]",
    "CMS-484 - CERTIFICATE OF MEDICAL NECESSITY: OXYGEN\n"
    "Cert type: INITIAL   Date: [[DATE|date:03/01/2024]]\n"
    "Patient: [[PERSON|name:Arlo Johannsen]], [[ADDRESS|geo:48210 SD Hwy 34, Madison, SD 57042]], MBI [[ID|health_plan:1AM4EX7KK21]]\n"
    "Supplier NPI [[ID|license:1804676264]]. HCPCS E1390 / E0431. Concentrator SN [[DEVICE|device:1R04471183]].\n"
    "Q1a SpO2 86% RA at rest, tested [[DATE|date:2/27/24]]. Q3 2 LPM. Est. length of need: 99 (lifetime).\n"
    "Physician: [[PERSON|name:Gretchen Haugen]] MD, NPI [[ID|license:1395281284]]",
]

BEHAVIORAL_HEALTH = [
    "PSYCHIATRIC INTAKE - [[LOCATION|geo:McLean Hospital]]\n"
    "Name: [[PERSON|name:Rose Marie O'Donnell]]   Preferred: [[PERSON|name:Ro]]   DOB [[DATE|date:12.01.2000]]\n"
    "CC: 'I haven't left my apartment since [[DATE|date:Halloween]].'\n"
    "HPI: [[AGE|other:23]] y/o F grad student. PHQ-9 19, GAD-7 16. C-SSRS: passive SI, no plan or intent. Prior SA by OD.\n"
    "Lives at [[ADDRESS|geo:14 Elm St #3, Somerville, MA 02144]] w/ roommate [[PERSON|name:Paris Nguyen]].\n"
    "MassHealth [[ID|health_plan:100448172903]]. Safety plan done; 988 and the crisis line card given.",
    "APPLICATION FOR 72-HOUR DETENTION (WIC 5150) - [[LOCATION|geo:Harbor-UCLA Medical Center]]\n"
    "Detainee: [[PERSON|name:Jaylen M. Brooks]]   Age [[AGE|other:22]]\n"
    "Residence: unhoused, usually in [[LOCATION|geo:Wilmington]]\n"
    "Detained [[DATE|date:6/1/24]] 2210 by Ofc. [[PERSON|name:R. Delgado]] #[[ID|other:41187]], LAPD Harbor Div., unit 5A43.\n"
    "Probable cause - DTO: told bus driver 'voy a matar a alguien, the voices said so', brandished broken bottle. GD: not eating, no shelter.\n"
    "Advisement given 2215. Pt phone [[PHONE|phone:(310) 555-0193]]. Medi-Cal CIN [[ID|health_plan:91447283A]]. Firearms: none known.",
    "OTP DOSING / COUNSELING NOTE - [[LOCATION|geo:Kentucky River Treatment Center]]\n"
    "42 CFR PART 2 PROTECTED - REDISCLOSURE PROHIBITED\n"
    "Client: [[PERSON|name:William Combs]] (goes by [[PERSON|name:Billy]])\n"
    "Identity verified at window by iris scan (EyeLock), template [[ID|biometric:IRS-3F7A-00921]].\n"
    "[[DATE|date:5/20/2024]]: methadone 95 mg PO observed, day 212 in tx. UDS + methadone, + fentanyl (2nd positive this month). Take-homes: none (phase 1).\n"
    "Lives w/ his mamaw at [[ADDRESS|geo:41 Happy Hollow Rd, Hazard, KY 41701]]. Drives 2011 Malibu, KY plate [[VEHICLE|vehicle:218 VWR]] - DUI court wants plate on file.",
    "TELEPSYCHIATRY FOLLOW-UP (video) - [[DATE|date:Thursday 1/11/2024]] 1500 MT\n"
    "Pt at home in [[LOCATION|geo:Browning]] ([[LOCATION|geo:Blackfeet Reservation]]).\n"
    "Pt: [[PERSON|name:Lane Wolf Plume]], [[AGE|other:31]]M, bipolar I on lithium 900 mg qhs (Li 0.8 last wk). Euthymic. Sleeping 7 h.\n"
    "Connection: Zoom for Healthcare, mtg ID [[ID|other:884 4172 0913]], pt IP [[IP|ip:174.45.118.207]]; dropped x2, finished by phone.\n"
    "Next visit in 4 wk: [[URL|url:https://zoom.us/j/88441720913?pwd=WolfPlume0111]]\n"
    "Telepsychiatry attending, MD",
    "NOTA DE PROGRESO - [[LOCATION|geo:Clínica de Salud Mental de Ponce]]   Fecha: [[DATE|date:15 de marzo de 2024]]\n"
    "Paciente: [[PERSON|name:José Luis Santiago Vélez]], [[AGE|other:45]] años, mecánico en [[LOCATION|geo:Juana Díaz]].\n"
    "S: 'Doctor, I'm not sleeping, tengo pesadillas del huracán.' Since María he lost his casa and still lives with his suegra.\n"
    "PCL-5 52, PHQ-9 17. No SI/HI. Sertraline up to 100 mg; prazosin 2 mg qhs.\n"
    "Esposa [[PERSON|name:Migdalia]] acompañó. Tel [[PHONE|phone:(787) 555-0124]]. Dirección: [[ADDRESS|geo:Carr. 149 Km 64.2, Bo. Amuelas, Juana Díaz, PR 00795]].\n"
    "Plan Vital [[ID|health_plan:PV0047712938]]. Próxima cita: [[DATE|date:12 abril]].",
    "CRISIS LINE CALL RECORD - mobile crisis\n"
    "call_id=[[ID|other:MCC-240905-0117]] start=[[DATE|date:2024-09-05]]T01:17:44 end=01:58:02 ani=[[PHONE|phone:9015550172]]\n"
    "caller: self, declined last name; later identified as [[PERSON|name:Keisha Monique Bolton]], DOB [[DATE|date:9-5-1999]] - today is her birthday, she is [[AGE|other:25]].\n"
    "location (caller-reported): [[ADDRESS|geo:1650 Jackson Ave, Apt 7, Memphis, TN 38107]]\n"
    "risk: C-SSRS screen positive (ideation w/ method: ~60 amitriptyline 25 mg). No weapons.\n"
    "voice biometrics flagged repeat caller, voiceprint [[ID|biometric:VP-0093314]] - 6th call in 30 days.\n"
    "dispo: MCT dispatched 0130, on scene 0204, voluntary transport to [[LOCATION|geo:Lakeside Behavioral Health]].",
    "GROUP PSYCHOTHERAPY NOTE - IOP, DBT skills - [[DATE|date:06/18/2024]]\n"
    "Facility: [[LOCATION|geo:Institute of Living]]\n"
    "Pt (this chart): [[PERSON|name:Mark Li]]   MRN [[ID|mrn:IOL4471029]]\n"
    "7 members attended. Topic: distress tolerance (TIPP). Pt shared conflict with his supervisor at the jet-engine plant in [[LOCATION|geo:East Hartford]]; peer '[[PERSON|name:Sunny]]' offered feedback.\n"
    "Diary card: skills used 4/7 days, urges to self-harm 2/5, actions 0/5.\n"
    "Worksheets sent to [[EMAIL|email:mark.li.ct@outlook.com]].\n"
    "Facilitator: [[PERSON|name:Dawn Whitaker]], LCSW (CT lic [[ID|license:007441]])",
    "CHILD & ADOLESCENT PSYCH - INITIAL EVAL - [[LOCATION|geo:Sheppard Pratt]]\n"
    "Pt: [[PERSON|name:Aaliyah Greene]], [[AGE|other:14]] y/o, 9th grade at [[LOCATION|geo:Dulaney High School]]. With mother [[PERSON|name:Tanisha Greene]].\n"
    "Referred by school counselor Mr [[PERSON|name:Patrick Church]] ([[EMAIL|email:pchurch@bcps.org]]) after pt posted a self-harm image on Instagram as [[ID|other:@aaliyah.g.x0]].\n"
    "Dx: MDD, single episode, moderate; r/o PTSD. CDI-2 T=71. Start fluoxetine 10 mg.\n"
    "Next visit [[DATE|date:Tues. Oct. 1]].",
    "EATING DISORDER PROGRAM - weekly vitals - [[LOCATION|geo:Mission Hospital]], [[LOCATION|geo:Asheville]]\n"
    "[[PERSON|name:Hannah Hill]] (pref. [[PERSON|name:Han]], they/them), [[AGE|other:19]]\n"
    "Blind wt 44.8 kg (BMI 16.1). HR 44 supine -> 71 standing; BP 88/54; T 35.9. K 3.3, Phos 2.4, Mg 1.7.\n"
    "Father called from [[LOCATION|geo:Boone]] asking about transfer. Pt is a college student, student ID [[ID|other:900447183]].\n"
    "BCBSNC [[ID|health_plan:YPV W0041 77382]]. Plan: step up IOP -> PHP; meal plan 2600 kcal; refeeding labs daily x3.",
    "COURT-ORDERED COMPETENCY EVALUATION - 377th District Court, [[LOCATION|geo:Victoria County]], Texas\n"
    "Cause No. [[ID|other:23-11-40871-D]]   The State of Texas v. [[PERSON|name:Dustin Ray Walker]]\n"
    "Defendant DOB [[DATE|date:01/15/1988]]; TX DL [[ID|license:40917723]]\n"
    "Evaluator: [[PERSON|name:Leticia Garza-Mendoza]], PhD, TX psychologist lic [[ID|license:37104]]\n"
    "Interview at [[LOCATION|geo:Victoria County Jail]]. Collateral from mother by phone.\n"
    "Opinion: defendant is NOT competent to stand trial; restoration likely within 120 days.",
]

OBSTETRICS = [
    "L&D ADMISSION H&P - [[LOCATION|geo:Community Regional Medical Center]], [[LOCATION|geo:Fresno]]\n"
    "[[PERSON|name:Guadalupe Hernández Soto]] ([[PERSON|name:Lupe]]), [[AGE|other:27]] y/o G3P2002 @ 39w2d by 8 wk US. EDD [[DATE|date:05/18/2024]].\n"
    "Presents w/ ctx q3-4 min, SROM 0200 clear. 'Se me rompió la fuente en la troca' - husband drove her in from [[LOCATION|geo:Selma]].\n"
    "SVE 5/80/-1. FHT 140s, moderate variability, + accels, cat I. GBS neg. Rh +. HIV/RPR/HBsAg neg.\n"
    "Medi-Cal CIN [[ID|health_plan:92088714B]]. Plan: admit, epidural on request, anticipate SVD.",
    "PRENATAL FLOWSHEET - [[PERSON|name:Precious Walker]] - [[LOCATION|geo:Grady Memorial]] OB clinic - WIC ID [[ID|other:GA-WIC-4471029]]\n"
    "date,GA,wt_lb,BP,FH,FHT,urine,notes\n"
    "[[DATE|date:01/09/24]],10w1d,162,118/72,--,160,neg/neg,dating US ok\n"
    "[[DATE|date:03/19/24]],20w1d,169,124/78,20,148,neg/tr,anatomy nl\n"
    "[[DATE|date:04/30/24]],26w1d,176,138/88,27,144,neg/1+,r/o preE - labs\n"
    "[[DATE|date:05/14/24]],28w1d,179,142/92,28,140,neg/2+,preE w/o SF -> L&D\n"
    "contact: [[PHONE|phone:470-555-0189]]",
    "DELIVERY SUMMARY - [[LOCATION|geo:NewYork-Presbyterian/Weill Cornell]]\n"
    "Mother: [[PERSON|name:Chen, Mei-Ling]]   MRN [[ID|mrn:NYP 5530-1882]]   G1P0 -> G1P1\n"
    "Delivered [[DATE|date:10-31-2024]] 23:58 - a [[DATE|date:Halloween]] baby.\n"
    "Mode: primary LTCS for arrest of descent. EBL 850 mL, QBL 912 mL.\n"
    "Infant: girl, [[PERSON|name:Ivy Chen-Paris]], 3.41 kg (7 lb 8 oz), Apgars 8/9, cord pH 7.24. Newborn MRN [[ID|mrn:NYP 5530-1899]].\n"
    "Father present, AOP signed. Cord blood banked, kit # [[ID|other:CBR-2210447]].",
    "POSTPARTUM VISIT (6 wk) - [[LOCATION|geo:University Medical Center of El Paso]] women's clinic - [[DATE|date:Dec 4 '23]]\n"
    "[[PERSON|name:Yesenia Marisol Ortiz]], [[AGE|other:19]]yo G1P1, s/p SVD 6 wk ago. Breast + formula. 'Estoy bien cansada pero the baby is eating good.' EPDS 14 - positive.\n"
    "Baby [[PERSON|name:Mateo]] sees his pediatrician at [[LOCATION|geo:Centro de Salud Familiar La Fe]].\n"
    "Contraception: Nexplanon placed L arm today, lot W017322.\n"
    "Lives at [[ADDRESS|geo:8814 Alameda Ave Trlr 12, El Paso TX 79907]] con su mamá. Referred for PPD counseling; cel [[PHONE|phone:915-555-0195]].",
    "MOTHER'S WORKSHEET FOR CHILD'S BIRTH CERTIFICATE - Indiana\n"
    "1. Child's name: [[PERSON|name:Brooklyn Rose Yoder]]   DOB [[DATE|date:7/22/2024]]   Time 06:14   Sex F\n"
    "2. Facility: [[LOCATION|geo:Goshen Hospital]]   County: [[LOCATION|geo:Elkhart]]\n"
    "3. Mother's legal name: [[PERSON|name:Miriam Yoder]]   Name before first marriage: [[PERSON|name:Miriam Hochstetler]]\n"
    "4. Mother's SSN [[ID|ssn:311 - 48 - 2207]]\n"
    "5. Residence: [[ADDRESS|geo:58214 County Road 43, Middlebury, IN 46540]]   Inside city limits? No\n"
    "6. Father's name: [[PERSON|name:Levi J Yoder]]   SSN: none (declines)\n"
    "7. Request SSN for baby? No",
    "MFM CONSULT - [[LOCATION|geo:Touro Infirmary]] - [[DATE|date:Mardi Gras]] ([[DATE|date:2/13/24]])\n"
    "Ms [[PERSON|name:Jolie Boudreaux-Landry]], [[AGE|other:38]] y/o G4P1213, di-di twins @ 29w3d, referred from [[LOCATION|geo:Houma]].\n"
    "Indications: AMA, cHTN on labetalol 200 mg TID; twin B EFW 9th %ile, UA S/D 4.1.\n"
    "Plan: BMZ 12 mg IM x2, admit antepartum, NICU consult, deliver by 34/40 or sooner.\n"
    "Husband is underway with the Coast Guard, reach via [[EMAIL|email:pierre.landry@uscg.mil]]. Consult letter faxed to [[PHONE|fax:985-555-0141]].",
    "OB TRIAGE PHONE CALL - [[LOCATION|geo:Kapiolani Medical Center for Women & Children]]\n"
    "[[DATE|date:Sun 8/4/24]] 0215 - caller [[PERSON|name:Sunny Kahale]] [[PHONE|phone:808 555 0153]], G2P1 @ 35w0d, decreased FM since dinner, 'maybe 3 kicks in 2 hrs'.\n"
    "Hx GDM A2 on insulin; meter Contour Next One SN [[DEVICE|device:7440-17829]]; fastings 92-104.\n"
    "Advised to come in now for NST. Partner driving her from [[LOCATION|geo:Waianae]], ~45 min.",
    "[[LOCATION|geo:U.S. NAVAL HOSPITAL GUAM]] - OB/GYN CLINIC\n"
    "Pt: HM3 [[PERSON|name:Reyes, Angelica Q.]]   DoD ID [[ID|health_plan:1448172903]]   FMP/SSN 20/[[ID|ssn:561884417]]\n"
    "[[AGE|other:24]] y/o G1P0 at 22w4d, anatomy scan normal. Sponsor: self. TRICARE Prime.\n"
    "Mailing: [[ADDRESS|geo:PSC 455 Box 1182, FPO AP 96540-1182]]; lives off base in [[LOCATION|geo:Mangilao]].\n"
    "Plan delivery here; medevac to [[LOCATION|geo:Tripler]] if complications.\n"
    "LCDR [[PERSON|name:M. Baker]], MC, USN",
    "NEWBORN SCREENING CARD - Oklahoma State Dept of Health   Kit # [[ID|other:OK24-5518042]]\n"
    "Infant last name: [[PERSON|name:BIRDSONG]]   First: BABY BOY\n"
    "Birth [[DATE|date:06/02/2024]] 0411   Collected [[DATE|date:06/03/2024]] 0930 (29 h)   BW 3290 g   GA 39 wk   Breast   Transfused N\n"
    "Mother: [[PERSON|name:Kimberly Birdsong]]\n"
    "[[ADDRESS|geo:900 N Eagle Ln, Apt 22]]\n"
    "[[ADDRESS|geo:Moore, OK 73160]]\n"
    "Follow-up MD fax [[PHONE|fax:405.555.0198]]",
    "OB ULTRASOUND REPORT - [[LOCATION|geo:Copley Hospital]] Imaging\n"
    "Patient: [[PERSON|name:Aurora Lamoille-Gray]]   Acc# [[ID|other:US24-019944]]   Exam [[DATE|date:3-Apr-2024]]\n"
    "Machine: GE Voluson E10, SN [[DEVICE|device:VE10-A41772]]\n"
    "Sonographer: [[PERSON|name:Colby Daigle]], RDMS #[[ID|license:200418833]]\n"
    "Single live IUP. BPD 48 mm, HC 178 mm, AC 160 mm, FL 34 mm -> 20w4d; EFW 352 g (44th %ile). FHR 148. Placenta posterior, no previa. AFI normal.",
]

PEDIATRICS_AND_SCHOOL_FORMS = [
    "COMMONWEALTH OF VIRGINIA - SCHOOL ENTRANCE HEALTH FORM (MCH 213G)\n"
    "Student: [[PERSON|name:Jackson Tyler Young]]   DOB [[DATE|date:09/02/2018]]   Age [[AGE|other:5]]   Sex M\n"
    "School: [[LOCATION|geo:Bailey's Elementary School for the Arts and Sciences]]   Grade K   Student ID [[ID|other:1004471829]]\n"
    "Parent/guardian: [[PERSON|name:Mei Young]]   Phone [[PHONE|phone:(703) 555-0127]]\n"
    "Part II: Ht 112 cm, Wt 19.4 kg, BMI 15.5 (52nd %ile), BP 98/60. Vision 20/25 OU. Hearing pass. TB risk: none.\n"
    "Immunizations: DTaP x5, IPV x4, MMR x2, VAR x2, HepB x3 - VIIS printout attached.\n"
    "Examiner VA lic [[ID|license:0101268441]]",
    "ARKANSAS IMMUNIZATION RECORD - WebIZ printout\n"
    "Name: [[PERSON|name:Hope Marie Dawson]]   DOB [[DATE|date:3/3/2023]]   WebIZ ID [[ID|other:AR-4471920]]\n"
    "Clinic: county health unit, [[LOCATION|geo:Hope]], AR\n"
    "Vaccine             | Date                     | Lot     | Mfr | Site\n"
    "DTaP-IPV-Hib-HepB   | [[DATE|date:05/04/2023]] | U7283AA | MSP | LT\n"
    "PCV20               | [[DATE|date:05/04/2023]] | LL2391  | PFR | RT\n"
    "MMR                 | [[DATE|date:03/05/2024]] | Z009441 | MSD | LA\n"
    "Exemption: none.\n"
    "Printed by user [[ID|other:mtaylor2]]",
    "ASTHMA ACTION PLAN - [[LOCATION|geo:Rainbow Babies & Children's Hospital]]\n"
    "Child: [[PERSON|name:Amir Jackson-Bell]]   Age [[AGE|other:8]]   School: [[LOCATION|geo:Noble Elementary]] (nurse fax [[PHONE|fax:216-555-0106]])\n"
    "GREEN: Flovent HFA 44 mcg 2 puffs BID with spacer; albuterol 2 puffs 15 min before gym.\n"
    "YELLOW (cough, wheeze, peak flow 140-220): albuterol 4 puffs q4h, call clinic if no better in 24 h.\n"
    "RED (peak flow < 140, can't talk): albuterol 6 puffs and call 911.\n"
    "Personal best 280 L/min. Triggers: cats, cold air, grandpa's smoke.\n"
    "Parent: [[PERSON|name:Kiara Jackson]] [[PHONE|phone:216.555.0193]].\n"
    "Provider: [[PERSON|name:Rebecca Summer]], CNP - [[DATE|date:Aug. 20th, 2024]]. Student may self-carry: YES",
    "PREPARTICIPATION PHYSICAL EVALUATION - MSHSAA\n"
    "Name: [[PERSON|name:Brayden Cole Mitchell]]   Sex M   Age [[AGE|other:15]]   Grade 10   School [[LOCATION|geo:Lee's Summit North High School]]   Sports: football, wrestling\n"
    "History: concussion last season (football, cleared after 12 d). No syncope. FHx: an uncle died suddenly at age [[AGE|other:34]].\n"
    "Exam: Ht 5'10\" Wt 168 lb BP 124/76 P 58. No murmur supine or standing. ECG not indicated.\n"
    "Cleared for all sports without restriction.\n"
    "Examiner: [[PERSON|name:Kathryn Oduya]], DO   MO lic [[ID|license:2011004471]]\n"
    "Emergency contact: dad [[PERSON|name:Will Mitchell]] [[PHONE|phone:(816) 555-0139]]",
    "DC HEALTH - UNIVERSAL HEALTH CERTIFICATE (child care)\n"
    "Child: [[PERSON|name:Zuri Adjoa Mensah]]   DOB [[DATE|date:2022-01-25]]   Age [[AGE|other:2]]\n"
    "Parents: [[PERSON|name:Kofi Mensah]] / [[PERSON|name:Abena Mensah]], [[ADDRESS|geo:1400 Irving St NW Apt 507, Washington, DC 20010-2904]], [[EMAIL|email:kofi.abena.mensah@gmail.com]]\n"
    "Lead 2.1 mcg/dL; Hgb 11.8. TB risk neg. Dental visit this year.\n"
    "Allergy: peanut - anaphylaxis [[DATE|date:Thanksgiving 2023]]; EpiPen Jr 0.15 mg at center.\n"
    "Provider NPI [[ID|license:2848040715]]",
    "DIABETES MEDICAL MANAGEMENT PLAN 2024–25 - [[LOCATION|geo:Children's Minnesota]] Endocrine\n"
    "Student: [[PERSON|name:Nora Lindgren-Baptiste]]   Grade 6   School: [[LOCATION|geo:Valley View Middle School]], [[LOCATION|geo:Edina]]\n"
    "Pump: Tandem t:slim X2, SN [[DEVICE|device:90441722]]. CGM: Dexcom G6, transmitter ID [[DEVICE|device:8G7KQ2]], sensor code 5678.\n"
    "Target BG 120; ISF 1:45; ICR 1:12 breakfast, 1:15 lunch. Low < 70: 15 g fast carbs, recheck in 15 min. Severe: Baqsimi 3 mg.\n"
    "Follow app: parent [[PERSON|name:Marc Lindgren]] [[PHONE|phone:612-555-0175]]\n"
    "School nurse: [[PERSON|name:Gail Storm]], RN",
    "VISITA DE NIÑO SANO - 4 años - [[LOCATION|geo:Centro de Salud Familiar de Mayagüez]]\n"
    "Paciente: [[PERSON|name:Sebastián Torres Acevedo]]   FN: [[DATE|date:14/02/2020]]   Edad: [[AGE|other:4]] a\n"
    "Mamá says he's doing great en el pre-k de la [[LOCATION|geo:Escuela Eugenio María de Hostos]].\n"
    "Peso 17.2 kg (p60), talla 104 cm (p55), PA 96/58. Visión 20/30 OU. Habla inglés y español.\n"
    "Vacunas hoy: DTaP-IPV lote 7HA4X, MMRV lote Y002214. Registro PREIS actualizado.\n"
    "Plan Vital [[ID|health_plan:0088417293]]. Tel mamá [[PHONE|phone:787.555.0142]].\n"
    "Próxima visita: 5 años ([[DATE|date:febrero 2025]]).",
    "CHILD PROTECTION TEAM CONSULT - [[LOCATION|geo:Children's of Alabama]]\n"
    "Pt: [[PERSON|name:Kaden Rich]], [[AGE|other:4]] mo M. Presented w/ irritability. Skeletal survey: healing L posterior rib fx 6-8; R distal femur CML. Ophtho: no RH. CT head neg.\n"
    "Caregivers: mother [[PERSON|name:Jasmine Rich]] ([[AGE|other:19]]); mother's boyfriend, goes by '[[PERSON|name:T-Bone]]'.\n"
    "DHR notified 1720, intake # [[ID|other:JC-24-118407]].\n"
    "Photo documentation [[ID|photo:CPT_KR_01.jpg]] - [[ID|photo:CPT_KR_14.jpg]] (incl. face) uploaded to Media tab.",
    "[[DATE|date:September 16, 2024]]\n"
    "To: Section 504 Team, [[LOCATION|geo:Parker-Varney Elementary]], [[LOCATION|geo:Manchester]], NH\n"
    "Re: [[PERSON|name:Oliver Sunny Brown]], DOB [[DATE|date:04/09/2015]], grade 4\n"
    "[[PERSON|name:Oliver]] has ADHD, combined presentation (F90.2), diagnosed [[DATE|date:Feb. 2023]]. He takes Focalin XR 15 mg each morning; no doses are needed at school. "
    "I recommend preferential seating, movement breaks, extended time (1.5x) and a daily home-school note.\n"
    "Please contact me at [[EMAIL|email:kmarsh@dartmouth-health.org]].\n"
    "Sincerely, [[PERSON|name:Kristin Marsh]], APRN",
    "NICU FOLLOW-UP CLINIC - [[LOCATION|geo:Monroe Carell Jr. Children's Hospital at Vanderbilt]] - [[DATE|date:1/17/2025]]\n"
    "[[PERSON|name:Paisley Dawn Hargrove]], ex-26w4d (BW 810 g), now [[AGE|other:9]] mo chronological / [[AGE|other:6]] mo corrected.\n"
    "BPD on 1/8 L NC at night; ROP stage 2 zone II, regressed; G-tube (MIC-KEY 14 Fr 1.5 cm).\n"
    "Home pulse ox Masimo Rad-8, SN [[DEVICE|device:1180447]], alarming nightly; mom exhausted.\n"
    "TennCare (BlueCare) [[ID|health_plan:ZKA300441782]]. Home: [[ADDRESS|geo:1185 Old Hickory Blvd, Apt 3, Brentwood, TN 37027]].",
]

PHARMACY_AND_PDMP = [
    "KASPER PATIENT REPORT - requested by [[PERSON|name:Stacy Whitt]], PharmD (DEA [[ID|license:FW3654111]])\n"
    "Search: [[PERSON|name:CORNETT, RICKY D]]   DOB [[DATE|date:06/06/1979]]   ZIP [[LOCATION|geo:41858]]\n"
    "Fill date | Drug | Qty | Days | MME | Prescriber DEA | Pharmacy\n"
    "[[DATE|date:02/28/24]] | oxycodone-APAP 10-325 | 120 | 30 | 60 | [[ID|license:AH7449754]] | [[LOCATION|geo:Whitesburg Drug]]\n"
    "[[DATE|date:02/14/24]] | alprazolam 1 mg | 60 | 30 | -- | [[ID|license:BP9545510]] | [[LOCATION|geo:Family Pharmacy of Isom]]\n"
    "Summary: 2 prescribers, 2 pharmacies in 90 d; active MME 60 with benzodiazepine overlap.",
    "PHARMACIST INTERVENTION NOTE - [[LOCATION|geo:Walker Family Pharmacy]], [[LOCATION|geo:Kokomo]]\n"
    "[[DATE|date:Nov. 2nd]] 16:20 - Rx# [[ID|other:6104471]] hydrocodone-APAP 5-325 #40, Dr [[PERSON|name:Ahmad Baker]] (DEA [[ID|license:FB7353511]]).\n"
    "Pt [[PERSON|name:Crystal Lynn Pruitt]] requests fill 9 days early - says the dog ate them. INSPECT: 2 fills from another prescriber in 60 d.\n"
    "ID checked: IN DL [[ID|license:0412-44-7810]].\n"
    "Did not fill. Prescriber office VM left. Naloxone + SUD resources offered.\n"
    "- [[PERSON|name:T. Walker]], RPh",
    "NCPDP SCRIPT 2017071 NewRx (EPCS) - rendered view\n"
    "MessageID: 9a1f3c07e2   SentTime: [[DATE|date:2024-04-09]]T13:22:51Z\n"
    "Prescriber: [[PERSON|name:LONDON, ELIZABETH A]] MD   NPI [[ID|license:2584819678]]   DEA [[ID|license:FL2098300]]\n"
    "Patient: [[PERSON|name:OKAFOR-HILL, CHIDI]]   DOB [[DATE|date:19850312]]   Gender M\n"
    "  [[ADDRESS|geo:2280 Frederick Douglass Blvd Apt 9C, New York, NY 10027]]   Ph [[PHONE|phone:6465550146]]\n"
    "Drug: oxycodone HCl 5 mg tab, NDC 00406-0552-01, qty 20, DS 5, refills 0. Sig: 1 tab PO q6h prn pain.\n"
    "I-STOP checked. 2FA: hard token + fingerprint, biometric ID [[ID|biometric:BIO-NYC-7Q1180]].\n"
    "Pharmacy NCPDP [[ID|license:3341188]]",
    "SPECIALTY PHARMACY INTAKE - adalimumab 40 mg/0.4 mL pen q14d\n"
    "Pt: [[PERSON|name:Mariana Leal de la Garza]]   DOB [[DATE|date:11/11/1983]]   BIN 610591   PCN ADV\n"
    "Member ID [[ID|health_plan:ZEC44810927]]   Copay card [[ID|account:HC-0044-1782-9]]\n"
    "Ship to work: [[ADDRESS|geo:2510 W Business 83, Ste 4, Harlingen, TX 78552]] (pt prefers not home)\n"
    "Prescriber fax [[PHONE|fax:956-362-0199]]\n"
    "Counseled in Spanish/English: 'sí, I still have the sharps container.' Cold chain reviewed.\n"
    "App enrollment w/ face login, biometric enrollment ID [[ID|biometric:FID-TX-00418827]]",
    "LLAMADAS - [[LOCATION|geo:Farmacia Belén]], [[LOCATION|geo:Bayamón]]\n"
    "9:10am - Sra. [[PERSON|name:Nilda Ocasio]] llamó del [[PHONE|phone:787-555-0196]]: needs refill de Eliquis 5 mg y metformina para su papá, Don [[PERSON|name:Efraín Ocasio]], [[AGE|date:92]] años.\n"
    "Rx# [[ID|other:408812]] y el de la metformina. Medicare [[ID|health_plan:6R24WR9CJ69]].\n"
    "Plan rechazó Eliquis: refill too soon, last fill [[DATE|date:2/26]] for 30 DS.\n"
    "11:40am - help desk override obtained. Delivery por la tarde; nieto recibe.",
    "IMMUNIZATION ADMINISTRATION RECORD - [[LOCATION|geo:Sun Health Pharmacy]], [[LOCATION|geo:Surprise]], AZ\n"
    "Patient: [[PERSON|name:Dolores Hampton]] ('[[PERSON|name:Dee]]')   DOB [[DATE|date:12/25/1931]] ([[AGE|date:92]])\n"
    "Vaccines: RSV (Arexvy) lot 5X7Z2, L deltoid; COVID-19 2024-25 (Comirnaty) lot LP8901, R deltoid. VIS given.\n"
    "ASIIS registry ID [[ID|other:AZ0044718203]]. MBI [[ID|health_plan:2HQ1XU3DM74]].\n"
    "Given by PharmD, AZ lic [[ID|license:S018844]]. Observed 15 min, no reaction.",
    "C-II PICKUP LOG - drive-thru, [[LOCATION|geo:Broken Arrow]] store - [[DATE|date:2024-07-11]]\n"
    "18:02 | Rx [[ID|other:2270448]] | Adderall XR 20 mg #30 | pt [[PERSON|name:Brown, Skyler]] | picked up by father | OK DL [[ID|license:Y441870218]] | white Tahoe, OK tag [[VEHICLE|vehicle:LKM-418]]\n"
    "18:41 | Rx [[ID|other:2270533]] | methylphenidate 10 mg #60 | pt [[PERSON|name:Begay, Hunter]] ([[AGE|other:9]]) | picked up by grandmother | Navajo Nation ID [[ID|other:NN-0447182]] | NM plate [[VEHICLE|vehicle:MXR-417]]\n"
    "Lane camera still [[ID|photo:IMG_DT_0711_1802.jpg]] shows driver's face; retained 30 d per policy.\n"
    "Clerk: [[ID|other:jwinters]]",
    "MED REC - pharmacy tech, ED obs\n"
    "Pt [[PERSON|name:Grace Mae Baker]], [[AGE|date:95]]F, DOB [[DATE|date:1929-02-03]]. Sources: pt (poor historian), daughter [[PERSON|name:Ruth]] [[PHONE|phone:443-555-0184]], Surescripts fill hx.\n"
    "1. furosemide 40 mg PO daily - NDC 0054-4299-25 - last fill [[DATE|date:6/28/24]] (90 DS)\n"
    "2. metoprolol succinate 25 mg daily\n"
    "3. donepezil 10 mg qhs - daughter says stopped in [[DATE|date:May]]\n"
    "4. apixaban 2.5 mg BID (dose-reduced: age >= 80, wt 52 kg)\n"
    "5. vitamin D3 2000 IU daily (OTC)\n"
    "PCP Dr [[PERSON|name:Young]]. CRISP PDMP: no controlled fills.",
    "NALOXONE DISPENSING - OHA standing order - [[LOCATION|geo:Portland]]\n"
    "Dispensed naloxone 4 mg nasal x2 boxes (lot 4417A) + fentanyl test strips x10.\n"
    "Recipient declined full name; goes by '[[PERSON|name:Bear]]'. Optional follow-up: Signal [[PHONE|phone:+1 503 555 0177]], Instagram [[ID|other:@bear.pdx.503]].\n"
    "Training done: OD signs, rescue breaths, recovery position. Stays at a camp under the [[LOCATION|geo:Hawthorne Bridge]].\n"
    "Pharmacist OR lic [[ID|license:RPH-0014478]]",
    "FAX   [[DATE|date:05/06/2024]] 08:14   FROM: [[LOCATION|geo:Juneau Drug Co]] [[PHONE|fax:907-586-1234]]   P.1/1\n"
    "REFILL AUTHORIZATION REQUEST\n"
    "Patient: [[PERSON|name:Marvin Kadashan]]   DOB [[DATE|date:9/14/1946]]\n"
    "Rx#: [[ID|other:0718842]]   lisinopril 20 mg tab, 1 PO daily, qty 90, refills 0\n"
    "Prescriber: [[PERSON|name:Hannah Greenleaf]], PA-C   [[LOCATION|geo:SEARHC Ethel Lund Medical Center]]\n"
    "[ ] Approved, refills ___   [ ] Denied   [X] Needs appointment\n"
    "Signature ____________   Date ______\n"
    "Fax back or e-prescribe.",
]

PATIENT_PORTAL_MESSAGES = [
    "MyChart message\n"
    "To: Dr [[PERSON|name:Reginald Bell]]\n"
    "From: [[PERSON|name:Loretta Hill]]\n"
    "Subject: refill + NEW ADDRESS\n"
    "hi dr [[PERSON|name:bell]] I moved!! new address is [[ADDRESS|geo:508 Meadowbrook Rd Apt 210, Jackson MS 39206-4421]] please update so my mail stop going to my sisters in [[LOCATION|geo:Tupelo]]. "
    "also need my losartan refilled been out since the [[DATE|date:17th]]. my new phone is [[PHONE|phone:601 555 0137]] the old one got cut off. "
    "my medicaid # is [[ID|health_plan:004471829]] if u need it. thank u\n"
    "[[PERSON|name:Loretta]]",
    "Portal msg - Family Medicine, [[LOCATION|geo:Edinburg]]\n"
    "From: [[PERSON|name:Maricela Treviño]] (proxy for [[PERSON|name:Herminia Treviño]])   Date: [[DATE|date:Jan 22, 2024]]\n"
    "Buenos días, this is [[PERSON|name:Maricela]], su hija. Mi mamá tiene [[AGE|date:noventa y dos]] años ([[AGE|date:92]] for the form) and she's been falling, ya van tres veces este mes. "
    "Can the doctor see her this week? She can't do video, no sabe usar el teléfono. "
    "Her Medicare is [[ID|health_plan:3KW7-D19-FT44]]. Me pueden llamar después de las 5. Gracias!!\n"
    "--- reply from front desk: Hola [[PERSON|name:Maricela]], she is scheduled [[DATE|date:Thursday 1/25]] 10:40 AM. Bring her walker y todas las medicinas.",
    "Secure message - Billing - [[LOCATION|geo:Sanford Health]] [[LOCATION|geo:Fargo]]\n"
    "From: [[PERSON|name:Dustin Halvorson]] <[[EMAIL|email:dhalvorson88@midco.net]]>\n"
    "Re: guarantor acct [[ID|account:G004471293]]\n"
    "I was charged twice for my son's ER visit on [[DATE|date:June 7th]]. Once on my Visa [[ID|account:4639245883142830]] and again on my wife's Mastercard ending in [[ID|account:4479]]. "
    "Please refund the Visa.\n"
    "--- reply (Patient Financial Services): Refund of $248.30 issued to the card ending [[ID|account:2830]], allow 5–7 business days. "
    "Pay or view statements at [[URL|url:https://pay.sanfordhealth.org/guest?acct=G004471293]].",
    "PROXY ACCESS REQUEST (web form submission) - MyChart\n"
    "submitted: [[DATE|date:2024-10-02]] 14:05:33 CDT from IP [[IP|ip:2601:241:8a01:4c20::1b7]]\n"
    "patient_name: [[PERSON|name:Eugene Szymanski]]\n"
    "patient_age: [[AGE|date:92]]\n"
    "requester_name: [[PERSON|name:Carol Szymanski-Baker]]\n"
    "relationship: daughter / POA-HC\n"
    "requester_address: [[ADDRESS|geo:S74W16853 Janesville Rd, Muskego, WI 53150]]\n"
    "uploaded_id: [[ID|photo:WI_DL_front_CSB.jpg]] (WI DL [[ID|license:S525-4418-2274-08]])\n"
    "uploaded_poa: POA_HC_scan.pdf\n"
    "status: pending verification",
    "From: MyChart <[[EMAIL|email:noreply@ynhh-mychart.org]]>\n"
    "To: [[EMAIL|email:bill.paris.1949@sbcglobal.net]]\n"
    "Date: [[DATE|date:Mon, 11 Mar 2024]] 07:02:11 -0400\n"
    "Subject: You have a new message from your care team\n"
    "\n"
    "Dear [[PERSON|name:William]],\n"
    "You have a new message about your recent visit to [[LOCATION|geo:Saint Raphael Campus]].\n"
    "Log in to read it: [[URL|url:https://mychart.ynhhs.org/MyChart/inbox?msgid=88417-CPQ&pid=Z7734102]]\n"
    "Your username is [[ID|other:billparis49]]. Questions? Call the MyChart help line (TTY 711).",
    "Patient Medical Advice Request\n"
    "From: [[PERSON|name:Autumn Rhodes]]   Sent [[DATE|date:Sat 6/15/24]] 11:18 PM\n"
    "my face is all red and swollen after the new amoxicillin, started [[DATE|date:Tues the 11th]]. attached a selfie [[ID|photo:IMG_4417.HEIC]] and one of my arm (arm_rash.jpg). lips feel tingly??\n"
    "--- auto-reply: If this is an emergency, call 911.\n"
    "--- RN reply 23:31: [[PERSON|name:Autumn]], tingling lips can be a sign of a serious allergic reaction. Stop the amoxicillin and go to the [[LOCATION|geo:Iowa Methodist]] ER now or call 911. I tried you at [[PHONE|phone:515-555-0142]], left VM.\n"
    "--- pt: ok omw w/ my roommate [[PERSON|name:Jade]]",
    "Message - Sleep Center\n"
    "From: [[PERSON|name:Brian Hill]]   [[DATE|date:02/12/2024]]\n"
    "Hi, my CPAP (ResMed AirSense 11, serial [[DEVICE|device:23231447182]], modem IMEI [[DEVICE|device:359441087723105]]) got stolen out of my truck in the [[LOCATION|geo:Steeplegate Mall]] lot. "
    "Police report # [[ID|other:24-00871-OF]]. Truck is NH plate [[VEHICLE|vehicle:4417823]] if that matters. Can you send an order for a new one?\n"
    "--- reply from sleep tech: So sorry [[PERSON|name:Brian]]! Order faxed to the DME company at [[PHONE|fax:603-555-0190]]. Last download AHI 2.1 on 11 cm H2O.",
    "Portal message - [[LOCATION|geo:FHP Health Center]]\n"
    "From: [[PERSON|name:Rosalia Camacho San Nicolas]]\n"
    "Håfa adai doctor, this is [[PERSON|name:Rosie]] writing for my nåna [[PERSON|name:Josefina Santos Camacho]]. "
    "Her sugar was 310 this morning before breakfast and she's thirsty all night. She's [[AGE|date:92]] pero still stubborn, won't stop the titiyas lol. "
    "Her meter is the Accu-Chek Guide (SN [[DEVICE|device:92416550]]), I uploaded the readings.\n"
    "We live in [[LOCATION|geo:Barrigada]]. WhatsApp me at [[PHONE|phone:+1 671 888 0175]].",
    "[[LOCATION|geo:MUSC]] Health MyChart - message thread\n"
    "10:15 [[PERSON|name:Tanner Gaillard]]: is it normal my incision is leaking yellowish stuff? surgery was [[DATE|date:6/28]] (lap chole)\n"
    "10:52 RN: Hi [[PERSON|name:Tanner]], thin yellow drainage can be normal. Please send a photo of the incision and check your temp. "
    "Fever over 101 or spreading redness: call our after-hours line [[PHONE|phone:843-792-NURS]].\n"
    "11:30 pt: temp 100.4. pic attached (incision only). also my address changed to [[ADDRESS|geo:1702 Bees Ferry Rd, Unit 1133, Charleston SC 29414]]\n"
    "11:41 RN: Thanks - Dr [[PERSON|name:Rutledge]] reviewed and wants you seen today at 2 pm, [[LOCATION|geo:Rutledge Tower]] 3rd floor. Address updated.",
    "Secure message - Ortho\n"
    "From: [[PERSON|name:Jennifer Rich]]   Sent: [[DATE|date:April 2nd]], 8:03 AM\n"
    "Can you fax my FMLA paperwork (WH-380-E) to my employer's HR at [[PHONE|fax:757-555-0122]]? My employee ID is [[ID|other:E0448172]]. "
    "Dates off [[DATE|date:3/25/24]] thru [[DATE|date:5/6/24]] for the ankle ORIF.\n"
    "Personal email [[EMAIL|email:jen.rich.va@icloud.com]]. Thx!\n"
    "--- reply (forms dept): Faxed today.",
]

EHR_EXPORTS_AND_INTERFACES = [
    "MSH|^~\\&|EPIC|[[LOCATION|geo:NEBRASKA MEDICAL CENTER]]|RHAPSODY|HIE_NE|[[DATE|date:20240312]]104522||ADT^A04|MSG0004471|P|2.5.1\n"
    "PID|1||[[ID|mrn:E88104472]]^^^EPI^MR~[[ID|ssn:507-44-1871]]^^^SSA^SS||[[PERSON|name:LITTLEFIELD^SUMMER^J]]||[[DATE|date:19670704]]|F|||[[ADDRESS|geo:4102 N 52ND ST^APT 2^OMAHA^NE^68104-1420]]^^H||[[PHONE|phone:(402)555-0143]]^PRN^PH|||M||[[ID|account:HAR5500871234]]|[[ID|ssn:507441871]]\n"
    "IN1|1|MCR|00430|MEDICARE PART A AND B||||||||||||01|||||||||||||||||||[[ID|health_plan:5MD7WC4YT12]]",
    "MSH|^~\\&|SUNQUEST|[[LOCATION|geo:NMMC TUPELO]]|EPIC|ADT|[[DATE|date:20240819]]0612||ORU^R01|LAB88412|P|2.3\n"
    "PID|1||[[ID|mrn:000991447]]^^^^MR||[[PERSON|name:HILL^LORETTA^ANN]]||[[DATE|date:19580411]]|F\n"
    "OBR|1||[[ID|other:L24232-0018]]|80053^COMP METABOLIC PANEL^L|||[[DATE|date:20240819]]0540|||||||||[[ID|license:2466245323]]^[[PERSON|name:BELL^REGINALD]]\n"
    "OBX|1|NM|2345-7^GLUCOSE^LN||212|mg/dL|70-99|H|||F\n"
    "OBX|2|NM|2160-0^CREATININE^LN||1.92|mg/dL|0.57-1.00|H|||F\n"
    "OBX|3|NM|2823-3^POTASSIUM^LN||5.6|mmol/L|3.5-5.1|H|||F\n"
    "OBX|4|NM|33914-3^EGFR^LN||28|mL/min/1.73m2|>59|L|||F\n"
    "NTE|1||CRITICAL K CALLED TO RN 0630 BY LAB",
    "-- ed_visits_extract.csv (first 3 rows) --\n"
    "mrn,last,first,street,city,state,zip,arrival,chief_complaint\n"
    '[[ID|mrn:A1004517]],[[PERSON|name:Kamaka]],[[PERSON|name:Noelani]],[[ADDRESS|geo:94-1070 Kahuamoku St #4]],[[LOCATION|geo:Waipahu]],HI,[[LOCATION|geo:96797-4410]],[[DATE|date:2024-09-09]] 08:05,"fall, age [[AGE|date:93]]"\n'
    "[[ID|mrn:A1004533]],[[PERSON|name:Orange]],[[PERSON|name:Jack]],[[ADDRESS|geo:12 Front St Apt 3]],[[LOCATION|geo:Orange]],TX,[[LOCATION|geo:77630]],[[DATE|date:2024-09-14]] 17:20,chest pain\n"
    '[[ID|mrn:A1004541]],[[PERSON|name:St. Cyr]],[[PERSON|name:Paul]],[[ADDRESS|geo:RR 1 Box 40]],[[LOCATION|geo:Hell]],MI,[[LOCATION|geo:48169]],[[DATE|date:2024-09-20]] 03:12,"MVC, sober"\n'
    "rows: 3 of 18204; exported by [[ID|other:mgonzalez3]]",
    "{\n"
    '  "resourceType": "Patient",\n'
    '  "id": "[[ID|other:pr-7c1e0a]]",\n'
    '  "identifier": [\n'
    '    {"system": "urn:oid:2.16.840.1.113883.4.1", "value": "[[ID|ssn:582-19-6640]]"},\n'
    '    {"type": {"text": "MRN"}, "system": "urn:oid:2.16.840.1.113883.3.7704.1", "value": "[[ID|mrn:HUA0931182]]"}\n'
    "  ],\n"
    '  "name": [{"family": "[[PERSON|name:Ocasio Rivera]]", "given": ["[[PERSON|name:Yaritza]]", "[[PERSON|name:Milagros]]"]}],\n'
    '  "telecom": [{"system": "email", "value": "[[EMAIL|email:yari.ocasio@gmail.com]]"}],\n'
    '  "gender": "female",\n'
    '  "birthDate": "[[DATE|date:1994-08-19]]",\n'
    '  "address": [{"line": ["[[ADDRESS|geo:Calle Loíza 1904]]", "[[ADDRESS|geo:Apt 5B]]"], "city": "[[LOCATION|geo:San Juan]]", "state": "PR", "postalCode": "[[LOCATION|geo:00911]]"}],\n'
    '  "communication": [{"language": {"coding": [{"code": "es"}]}, "preferred": true}]\n'
    "}",
    '{"resourceType":"Bundle","type":"collection","entry":[\n'
    '{"fullUrl":"[[URL|url:https://fhir.sanfordhealth.org/r4/Patient/nd-88412]]","resource":{"resourceType":"Patient","id":"[[ID|other:nd-88412]]",'
    '"name":[{"text":"[[PERSON|name:Ole Thorsgaard]]"}],"birthDate":"[[DATE|date:1949-02-28]]",'
    '"address":[{"text":"[[ADDRESS|geo:11720 46th St NW, Williston, ND 58801]]"}]}},\n'
    '{"resource":{"resourceType":"Coverage","status":"active","subscriberId":"[[ID|health_plan:NDM0044718]]",'
    '"beneficiary":{"reference":"Patient/[[ID|other:nd-88412]]"},"payor":[{"display":"North Dakota Medicaid Expansion"}]}},\n'
    '{"resource":{"resourceType":"MedicationRequest","status":"active","subject":{"reference":"Patient/[[ID|other:nd-88412]]"},'
    '"requester":{"identifier":{"system":"http://hl7.org/fhir/sid/us-npi","value":"[[ID|license:2397755184]]"}},'
    '"medicationCodeableConcept":{"coding":[{"system":"http://www.nlm.nih.gov/research/umls/rxnorm","code":"860975","display":"metformin 500 MG ER"}]},'
    '"dosageInstruction":[{"text":"1 tab PO BID with meals"}],"dispenseRequest":{"numberOfRepeatsAllowed":3,"quantity":{"value":180}}}}\n'
    "]}",
    "-- access_audit.log (filter: patient MRN [[ID|mrn:00912277]], break-the-glass) --\n"
    '[[DATE|date:2024-11-05]]T02:14:07Z event=BTG_ACCESS user=[[ID|other:dhoward]] ip=[[IP|ip:10.14.22.87]] ws=[[DEVICE|device:WS-ICU-0417]] reason="direct care"\n'
    "[[DATE|date:2024-11-05]]T09:40:55Z event=VIEW section=Demographics user=[[ID|other:jparis2]] ip=[[IP|ip:172.16.8.44]] vip=Y flag=employee-family\n"
    "[[DATE|date:2024-11-05]]T13:22:40Z event=LOGIN_OK user=[[ID|other:rbaker]] auth=fingerprint template=[[ID|biometric:FP-TPL-000418827]] ip=[[IP|ip:73.211.40.129]] mac=[[DEVICE|device:3C:22:FB:9A:10:4E]]\n"
    "privacy officer note: patient is [[PERSON|name:Gabriel Church]], spouse of a staff RN. [[ID|other:jparis2]] is a registration clerk with no assignment to this encounter - referred to HR.",
    "MSH|^~\\&|ECW|[[LOCATION|geo:CASPER PEDIATRICS]]|WYIR|WDH|[[DATE|date:20240903]]1015||VXU^V04^VXU_V04|88140|P|2.5.1|||ER|AL\n"
    "PID|1||[[ID|mrn:CP-0044718]]^^^^MR||[[PERSON|name:YELLOWHORSE^JAXON^T]]|[[PERSON|name:BEGAY^ELLA]]^^^^^^M|[[DATE|date:20190903]]|M|||[[ADDRESS|geo:1450 S POPLAR ST^UNIT 6^CASPER^WY^82601]]||[[PHONE|phone:(307)555-0128]]\n"
    "RXA|0|1|[[DATE|date:20240903]]||94^MMRV^CVX|0.5|mL^^UCUM||00^New immunization record^NIP001||||||Y014478||MSD^Merck^MVX|||CP|A\n"
    "OBX|1|CE|64994-7^Vaccine funding program eligibility^LN|1|V02^VFC eligible-Medicaid^HL70064||||||F\n"
    "-- ACK|AE: PID-5 [[PERSON|name:YELLOWHORSE]] does not match registry record '[[PERSON|name:YELLOW HORSE, JAXON]]'; child turned [[AGE|other:5]] today, please reconcile --",
    '[[DATE|date:2024-03-03]] 22:41:09,118 WARN  [mdi-gw] device="Philips IntelliVue MX450" sn=[[DEVICE|device:DE44718823]] mac=[[DEVICE|device:00:09:FB:2C:7E:41]] ip=[[IP|ip:10.72.3.115]] bed=ICU-07 msg="unmatched ADT: PID-3 [[ID|mrn:GMH00884172]] not admitted to bed ICU-07"\n'
    '22:41:09,240 INFO  [mdi-gw] autoassoc attempt patient="[[PERSON|name:TAITANO, JESUS C]]" facility="[[LOCATION|geo:Guam Memorial Hospital]]"\n'
    "22:41:12,007 ERROR [hl7-out] NAK AE 207 ORU^R01 rejected: OBX-3 unknown code 150456 (MDC_PULS_OXIM_SAT_O2)\n"
    '22:44:50,551 INFO  [pump-gw] model="BD Alaris 8015" sn=[[DEVICE|device:12471903]] ch=A drug=heparin 25000 units/250 mL rate=12 mL/h\n'
    "22:45:03,920 INFO  [alarm] ack by user=[[ID|other:rquinata]] ip=[[IP|ip:10.72.1.20]] bed=ICU-07",
    "<recordTarget><patientRole>\n"
    '  <id root="2.16.840.1.113883.4.1" extension="[[ID|ssn:521884417]]"/>\n'
    '  <addr use="HP"><streetAddressLine>[[ADDRESS|geo:1550 Lowell Blvd Apt 12]]</streetAddressLine><city>[[LOCATION|geo:Denver]]</city><state>CO</state><postalCode>[[LOCATION|geo:80204-1017]]</postalCode></addr>\n'
    "  <patient><name><given>[[PERSON|name:Soledad]]</given><given>[[PERSON|name:Paz]]</given><family>[[PERSON|name:Quintana]]</family></name>\n"
    '  <administrativeGenderCode code="F"/><birthTime value="[[DATE|date:19330214]]"/>\n'
    '  <languageCommunication><languageCode code="es"/></languageCommunication></patient>\n'
    "</patientRole></recordTarget>\n"
    '<author><assignedAuthor><id root="2.16.840.1.113883.4.6" extension="[[ID|license:2637177280]]"/></assignedAuthor></author>\n'
    "<text>Pt is a [[AGE|date:91]] yo woman, lives with her son; prefers Spanish. Seen for CHF follow-up, wt stable.</text>",
    "EMPI POTENTIAL DUPLICATE TASK   score 0.87 (threshold 0.80)\n"
    "FIELD      RECORD A                                   RECORD B\n"
    "MRN        [[ID|mrn:E5529104]]                                   [[ID|mrn:7700418823]]\n"
    "Name       [[PERSON|name:WALKER, MARY-JO]]                            [[PERSON|name:Walker Hope, Mary Jo]]\n"
    "Alias      aka [[PERSON|name:MJ Hope]]                                 --\n"
    "Age        [[AGE|date:90]]                                         [[AGE|date:ninety]]\n"
    "SSN        [[ID|ssn:518-22-0417]]                                [[ID|ssn:518220417]]\n"
    "MBI        [[ID|health_plan:3HN4-U27-RK80]]                              [[ID|health_plan:3HN4U27RK80]]\n"
    "Reviewer decision: MERGE B into A; surviving MRN [[ID|mrn:E5529104]].",
]

STYLES = [
    ("emergency-department", EMERGENCY_DEPARTMENT),
    ("hospice-and-home-health", HOSPICE_AND_HOME_HEALTH),
    ("case-management", CASE_MANAGEMENT),
    ("prior-authorization-and-claims", PRIOR_AUTHORIZATION_AND_CLAIMS),
    ("behavioral-health", BEHAVIORAL_HEALTH),
    ("obstetrics", OBSTETRICS),
    ("pediatrics-and-school-forms", PEDIATRICS_AND_SCHOOL_FORMS),
    ("pharmacy-and-PDMP", PHARMACY_AND_PDMP),
    ("patient-portal-messages", PATIENT_PORTAL_MESSAGES),
    ("EHR-exports-and-interfaces", EHR_EXPORTS_AND_INTERFACES),
]


def main() -> None:
    print(f"probe36: {write_styled(OUT, STYLES)} docs")


if __name__ == "__main__":
    main()
