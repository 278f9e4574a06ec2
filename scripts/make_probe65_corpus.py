"""Write the 65th hand-annotated redaction probe, 100 notes of Australian clinical audit samples.

Why: an Australian privacy audit samples every kind of record a health service produces, and
each kind hides identifiers differently: progress notes bury kin names and communities in
shorthand, discharge summaries and faxed letters carry Medicare, IHI, DVA and provider numbers
in header blocks (sometimes OCR-damaged), pharmacy and billing records glue card numbers, IRNs,
BSBs, ABNs and claim numbers next to MBS items, PBS codes, doses and dollar amounts, device logs
mix serials, MAC and IP addresses with firmware versions and lot numbers, and research and
incident records add participant ids, biometric template ids, photo file names and vehicle
plates. The probe measures whether an engine finds these Australian identifiers in unseen text
while leaving the look-alike clinical numbers, eponyms, drug names and staff roles alone.

What: ten styles of ten notes each: progress notes, discharge summaries, GP referral letters,
nursing handovers, pharmacy dispensing and medication reconciliation, telehealth consults,
billing and claims, device telemetry and remote monitoring, research enrolment and consent logs,
and RiskMan/IIMS incident reports. Notes are set in every state and territory, in capital
cities, regional towns and remote Aboriginal and Torres Strait Islander communities. All people
are invented. Every identifier is marked inline as [[LABEL|category:value]]. Conventions: names
are PERSON|name with titles (Dr, Mr, Mrs, Ms, A/Prof, Sister, Aunty, Uncle) outside the span;
"SURNAME, Given" is one span, and a given name alone, a nickname, a skin name used as a name or
an initial with surname is its own span; bare staff initials are not marked. A full street or
postal address (unit or lot to postcode) is one ADDRESS|geo span; towns, suburbs, communities,
roads, named hospitals, clinics, practices, pharmacies, schools and employers' sites are
LOCATION|geo, as is a postcode standing alone; states, territories, countries and national
agencies and programs (Medicare, DVA, NDIA, Centrelink, PATS, RFDS) are not marked, nor are
generic public helplines or web sites. Dates more specific than a year are DATE|date (a weekday
with its date is one span; weekdays alone, relative days and durations such as 3/7, 2/52, 6/12
are not marked); a year alone is marked only as a year of birth. Ages over 89 are AGE|date and
the patient's own age otherwise AGE|other; gestations are not ages. Phones are PHONE|phone,
faxes PHONE|fax, emails EMAIL|email, patient- or practice-specific URLs URL|url, IPv4 and IPv6
addresses IP|ip. TFNs are ID|ssn; hospital URN/UR/MRN/HRN are ID|mrn; Medicare card numbers
(the IRN stays outside), IHI, DVA file, NDIS, health fund member and concession card numbers
are ID|health_plan; BSBs, bank accounts and invoices billed to a person are ID|account; AHPRA
registrations, Medicare provider numbers, prescriber numbers and driver licences are
ID|license; plates and VINs are VEHICLE|vehicle; device and implant serials, MAC addresses and
UDIs are DEVICE|device; biometric template ids are ID|biometric; photo, scan and image file
names holding a name or an id are ID|photo; every other unique code (case, claim, referral,
order, booking, accession, specimen, participant id, eRx token, passport, username, meeting id,
incident number, a sole trader's ABN) is ID|other. Medicare, IHI, TFN, ABN and VIN values pass
their check digits. Doses, lab values, scores, lot and batch numbers, bed and room numbers,
times, money, MBS items, PBS codes, DVA and NDIS item codes, firmware and model numbers,
product expiry dates, masked card digits, a company's ABN, ethics and trial registration
numbers, eponyms, drug names and staff roles are left unmarked as look-alikes.

How: cd /work/main && .venv/bin/python scripts/make_probe65_corpus.py (writes corpus/redaction/probe65.jsonl).
"""

from pathlib import Path

from make_safe_harbor_suite import write_styled

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "corpus" / "redaction" / "probe65.jsonl"

STYLE_A = [
    """PROGRESS NOTE - Ward 3B, [[LOCATION|geo:Royal Darwin Hospital]]
Pt: [[PERSON|name:GUYULA, Dhangal]]  URN [[ID|mrn:RD0418827]]  DOB [[DATE|date:02/11/1968]] ([[AGE|other:55]]y)
Home community: [[LOCATION|geo:Galiwin'ku]] ([[LOCATION|geo:Elcho Island]]). Kin contact: sister [[PERSON|name:Gulumbu]] via clinic phone [[PHONE|phone:08 8970 9012]].
S: "feeling little bit better". Pain 3/10. Slept OK.
O: T 37.1, HR 88, BP 134/82, RR 18, SpO2 96% RA. BSL 11.4. Dressing L foot dry, erythema receding from pen line.
A: Day 4 IV cefazolin 2g q8h for cellulitis L foot, improving. HbA1c 10.2%.
P: Step down to PO cephalexin 500mg QID if afebrile 24h. AMS review. Aboriginal Liaison Officer to arrange return flight via PATS.
Dr [[PERSON|name:A. Fernandes]] (RMO)""",
    """[[DATE|date:14/03/2024]] 09:40 - [[LOCATION|geo:Deakin Avenue Medical Centre]], [[LOCATION|geo:Mildura]]
pt [[PERSON|name:Tomasz Wiśniewski]] [[AGE|other:71]]M, med card [[ID|health_plan:3713 51608 5]]/2
s/ r/v BP, home readings 150s/90s. nil CP/SOB. wife [[PERSON|name:Halina]] reports snoring ++, witnessed apnoeas.
o/ BP 156/94 (L), 152/90 (R). HR 72 reg. BMI 31.2. urine dip NAD.
a/ HTN uncontrolled. ?OSA - STOP-BANG 6.
p/ inc perindopril 5->10mg. ref sleep study [[LOCATION|geo:Mildura Base Public Hospital]]. ABPM. r/v 2/52.
bloods UEC, lipids. eRx token SMS'd to mob [[PHONE|phone:0428 551 903]].
Dr [[PERSON|name:Nkechi Obi]] (prov [[ID|license:6448377T]])""",
    """MHCT PROGRESS NOTE | [[LOCATION|geo:Belconnen Community Mental Health]]
Client: [[PERSON|name:Mahmoud Al-Rashidi]] | MRN [[ID|mrn:0021884756]] | Age [[AGE|other:29]]
Contact type: home visit, [[ADDRESS|geo:14/22 Chandler St, Belconnen ACT 2617]]
Present: case manager [[PERSON|name:Siobhan Kearney]] (RN), client's brother [[PERSON|name:Yusuf]].
MSE: kempt, good rapport, mood "ok", affect reactive, no FTD, denies AH/VH, no SI/HI. Insight partial.
Meds: paliperidone LAI 150mg monthly, last given [[DATE|date:28 Feb]], next due [[DATE|date:27/03]].
Risk: low-moderate. K10 = 24. HoNOS 12.
Plan: weekly contact; assist with Centrelink JobSeeker review (TFN [[ID|ssn:133 139 712]] already on file with them); liaise with GP Dr [[PERSON|name:Harriet Lo]].""",
    """PHYSIOTHERAPY - INPATIENT REHAB, [[LOCATION|geo:Roy Fagan Centre]]
Name: [[PERSON|name:Beverley Tran-Whitaker]]   UR: [[ID|mrn:T0773215]]   Bed 12
DOB: [[DATE|date:19-Aug-1946]]
Day 6 post R TKR (done at [[LOCATION|geo:Royal Hobart Hospital]] [[DATE|date:07/05/24]]).
ROM knee flex 85 deg / ext -5. TUG 24 s. Berg 38/56. Mobilising 4WW x 40 m, SBA.
Pt keen to go home to [[LOCATION|geo:Sorell]]; daughter [[PERSON|name:Kylie]] works at [[LOCATION|geo:Woolworths Sorell]] and can assist mornings.
Plan: stairs practice (3 steps + rail), HEP, discharge planning meeting Fri.
[[PERSON|name:J. Morrow]], Physiotherapist""",
    """Communicare - Clinical Item: Progress Note
Clinic: [[LOCATION|geo:Yuendumu Health Centre]]   Date: [[DATE|date:Tue 02 Apr 2024]]
Client: [[PERSON|name:Jampijinpa, Wilson]] (HRN [[ID|mrn:Y-00912]])   [[AGE|other:47]]yo
Reason: RHD review, monthly bicillin.
Bicillin LA 1.2MU IM given R ventrogluteal, batch AB4471 exp 09/25. Buzzy + lignocaine used, tolerated well.
Echo due - visiting cardiology team from [[LOCATION|geo:Alice Springs Hospital]] week of [[DATE|date:22 April]].
Lives [[ADDRESS|geo:Lot 351, Yuendumu NT 0872]]. Wife [[PERSON|name:Nangala]] present. No working phone - messages via store [[PHONE|phone:(08) 8956 4006]].
Seen by: RAN [[PERSON|name:Freya Lindqvist]] / AHP [[PERSON|name:Cecily Napaljarri Martin]]""",
    """[[LOCATION|geo:Princess Alexandra Hospital]] - Cancer Care Day Unit
[[DATE|date:2024-06-18]] 1120
Patient: [[PERSON|name:Aroha Te Whata]], URN [[ID|mrn:2284419]], [[AGE|other:63]] y.o. F
C3D1 FOLFOX + bevacizumab, metastatic CRC.
Pre-chemo bloods: Hb 112, Plt 188, Neut 2.1, Cr 71, bili 14. Proceed.
Wt 68.4 kg, BSA 1.74. Oxaliplatin 148mg, 5FU bolus 696mg, infusor 4176mg over 46h.
Neuropathy grade 1 (CTCAE). Cold sensitivity reported.
Partner [[PERSON|name:Rangi]] driving her home to [[LOCATION|geo:Logan Central]]; infusor disconnect at [[LOCATION|geo:Logan Hospital]] [[DATE|date:Thu 20/6]].
Seen: Dr [[PERSON|name:Ferhat Yilmaz]] (Onc Reg)""",
    """[[LOCATION|geo:PCH]] Ward 5B progress
Pt [[PERSON|name:Kai Nakamura-Briggs]] [[AGE|other:8]]yo, MRN [[ID|mrn:P3391022]], NDIS [[ID|health_plan:431 884 206]]
Hx ASD, epilepsy. Admitted w/ cluster seizures.
Overnight: 2 brief focal sz (<1 min) 0210 + 0445, self-resolved. LEV level pending. Na 138.
Mum [[PERSON|name:Renee]] at bedside; dad [[PERSON|name:Hiroshi]] is FIFO, back from [[LOCATION|geo:Port Hedland]] [[DATE|date:Sunday 9th]].
Attends [[LOCATION|geo:Carine Primary School]] with EA support; school nurse letter requested.
Plan: EEG today, neuro r/v, ?increase levetiracetam to 30mg/kg/day BD.""",
    """RESIDENT PROGRESS NOTES - [[LOCATION|geo:Resthaven Mitcham]]
Resident: [[PERSON|name:Dorothea Koutsoukos]]   Room 14   Age: [[AGE|date:93]]
[[DATE|date:11/07/2024]] 0615 - found sitting on floor beside bed, unwitnessed. No head strike per resident (poor historian, MMSE 17/30). Neuro obs commenced. BGL 6.2.
0700 - GCS 15 (baseline). Skin tear R forearm 3cm, steri-strips. Photo saved as [[ID|photo:skintear_KOUTSOUKOS_110724.jpg]].
0745 - Son [[PERSON|name:Stavros Koutsoukos]] notified on [[PHONE|phone:0412 066 374]]. GP Dr [[PERSON|name:Prakash Venkataraman]] notified via fax [[PHONE|fax:(08) 8272 0194]].
0800 - Falls risk reassessed: high (Peninsula 18). Sensor mat in place. RiskMan [[ID|other:RM-1183402]] lodged.
EN [[PERSON|name:D. Sepúlveda]]""",
    """[[LOCATION|geo:Dubbo Base Hospital]] ED - MO note [[DATE|date:03.08.2024]] 2215
Pt [[PERSON|name:Cody Whitehurst]] [[AGE|other:19]]M BIBA after single vehicle rollover on [[LOCATION|geo:Mitchell Hwy]] nr [[LOCATION|geo:Narromine]]. Driver, restrained, airbag deployed. White Hilux rego [[VEHICLE|vehicle:CX58RT]].
Police present (Orana Mid-Western PD), event no. [[ID|other:E71244908]].
GCS 15. Primary survey clear. Seatbelt sign ++. FAST neg. CT pan-scan: # L clavicle, no intra-abdo injury.
Blood alcohol kit taken per protocol, ETOH 0.04.
Mum [[PERSON|name:Tanya Whitehurst]] en route from [[LOCATION|geo:Gilgandra]], ph [[PHONE|phone:0438 771 250]].
Disp: ortho r/v, sling, analgesia. Admit SSU.
Dr [[PERSON|name:M. Okafor]] (SRMO)""",
    """[[LOCATION|geo:KALGOORLIE HEALTH CAMPUS]]   Renal Unit   Dietitian r/v
Name:[[PERSON|name:SANDSTROM,Erik]] UR:[[ID|mrn:K00482291]] DOB:[[DATE|date:05/01/1959]]
HD MWF via L AVF. IDWG 2.8-3.4kg (target <2.0). pre-HD K+ 6.1, PO4 2.1, Alb 33.
Diet hx: lives alone in [[LOCATION|geo:Boulder]], takeaway 4x/wk, ~2L fluid/day incl. beer after shift at [[LOCATION|geo:Fimiston Open Pit]].
Plan: low-K handout (Kidney Health Australia), sevelamer 1600mg TDS with meals not before, fluid 1L/day + UO (~300mL).
Next r/v 4/52 - coordinate with Dr [[PERSON|name:Wanjiru Kamau]] (nephrology, [[LOCATION|geo:Fiona Stanley Hospital]], visits monthly).
[[PERSON|name:T. O'Brien]] APD  [[EMAIL|email:tess.obrien@health.wa.gov.au]]""",
]

STYLE_B = [
    """DISCHARGE SUMMARY
[[LOCATION|geo:Royal Prince Alfred Hospital]], [[ADDRESS|geo:Missenden Road, Camperdown NSW 2050]]
Patient: Mr [[PERSON|name:Giuseppe Lombardi]]    MRN: [[ID|mrn:11837402]]
DOB: [[DATE|date:23/09/1941]]    Medicare: [[ID|health_plan:2220 73239 1]] /3
Admitted: [[DATE|date:02/04/2024]]   Discharged: [[DATE|date:09/04/2024]]   LOS 7 days
Principal Dx: Acute decompensated heart failure (HFrEF, EF 25%).
Comorbidities: AF (CHA2DS2-VASc 5), CKD 3b (eGFR 38), T2DM.
Progress: diuresed with IV frusemide 80mg BD, net -6.2L. Weight 84.1 -> 77.6 kg. Commenced sacubitril/valsartan 24/26mg BD.
Discharge meds: as per attached list, packed in Webster-pak by [[LOCATION|geo:Priceline Pharmacy Leichhardt]].
Follow-up: HF clinic 2/52; GP Dr [[PERSON|name:Miriam Abadi]] (Prov No [[ID|license:8785631A]]) within 1 week. GP fax [[PHONE|fax:02 9560 3318]].
Author: Dr [[PERSON|name:Liang Chen]], Cardiology AT, AHPRA [[ID|license:MED0002271864]]""",
    """MATERNITY DISCHARGE SUMMARY - [[LOCATION|geo:Mater Mothers' Hospital]], [[LOCATION|geo:South Brisbane]]
Mother: [[PERSON|name:Leilani Faleolo]] ([[AGE|other:31]]), MRN [[ID|mrn:M7720193]]
Baby: [[PERSON|name:Mele Faleolo]], born [[DATE|date:15/05/2024]] 03:12 at 38+2/40, SVD, 3340 g, Apgars 8 and 9, MRN [[ID|mrn:M7720551]]
G2P2. EBL 350 mL. Perineum: 2nd degree tear, sutured. Hb 104 day 1. Rh pos. Rubella immune. GBS neg.
Feeding: breastfeeding well, LC review done.
Newborn screening card collected [[DATE|date:17/05]]. Hep B vax and Vit K given.
Discharge to: [[ADDRESS|geo:8 Kingfisher Cct, Springfield Lakes QLD 4300]]
Child health follow-up: [[LOCATION|geo:Springfield Central Child Health Clinic]] day 5-10.
GP: Dr [[PERSON|name:Sione Taufa]], [[LOCATION|geo:Orion Medical Centre]], ph [[PHONE|phone:(07) 3470 2281]]
Midwife: [[PERSON|name:Bronwyn Keys]] RM""",
    """[[LOCATION|geo:The Alfred]] - Inpatient Psychiatry - Discharge Summary
UR [[ID|mrn:10294877]] | [[PERSON|name:PETROVIC, Milena]] | F | [[AGE|other:42]]
Admitted [[DATE|date:12-Jun-2024]] (Assessment Order, then Temporary Treatment Order). Discharged [[DATE|date:03-Jul-2024]].
Dx: Bipolar I disorder, current episode manic with psychotic features.
Mx: lithium titrated to 900mg nocte (level 0.78 on day 18), olanzapine 10mg nocte. TFTs and Ca normal.
Social: lives with partner [[PERSON|name:Dejan]] at [[ADDRESS|geo:3/41 Chapel St, St Kilda VIC 3182]]. Works as a bookkeeper (sole trader, ABN [[ID|other:34 432 336 171]]). Health Care Card [[ID|health_plan:318 442 906K]].
Follow-up: [[LOCATION|geo:Prahran Community Mental Health]], case manager [[PERSON|name:Ollie Brennan]]; first appt [[DATE|date:Mon 8 July 2024]] 10:30.
Lithium level, UEC, TFT in 1/52 at [[LOCATION|geo:Dorevitch Pathology]] collection centre, [[LOCATION|geo:Windsor]].
Consultant psychiatrist: Dr [[PERSON|name:Anjali Mehra]]""",
    """[[LOCATION|geo:TOWNSVILLE UNIVERSITY HOSPITAL]] -- eDS
PATIENT: [[PERSON|name:SAILOR, JOSHUA]]  URN: [[ID|mrn:1093374]]  DOB: [[DATE|date:21.12.1987]]
IHI: [[ID|health_plan:8003 6047 1791 2256]]
INDIGENOUS STATUS: BOTH ABORIGINAL AND TORRES STRAIT ISLANDER
RESIDENCE: [[LOCATION|geo:PALM ISLAND]] ([[LOCATION|geo:BWGCOLMAN]])
ADM: [[DATE|date:05/08/2024]]  DISCH: [[DATE|date:11/08/2024]]
DX: COMMUNITY ACQUIRED PNEUMONIA RLL. SEPSIS (LACTATE 3.4 ON ARRIVAL). CURB-65 = 1.
ABX: CEFTRIAXONE 1G + AZITHROMYCIN -> AMOXYCILLIN 1G TDS TO COMPLETE 7/7.
RETRIEVAL: RFDS FROM [[LOCATION|geo:JOYCE PALMER HEALTH SERVICE]].
F/U: [[LOCATION|geo:JOYCE PALMER HS]] 1/52 FOR CXR + REVIEW. INDIGENOUS HEALTH WORKER [[PERSON|name:MAVIS CLUMPOINT]] AWARE.
TRANSPORT HOME: FERRY, TICKET BOOKED (REF [[ID|other:SLF-448210]]).""",
    """[[LOCATION|geo:Sir Charles Gairdner Hospital]]
General Surgery Discharge Summary
Name      [[PERSON|name:Ngozi Adeyemi-Clarke]]
UMRN      [[ID|mrn:A994120]]
DOB       [[DATE|date:30/06/1979]]
Address   [[ADDRESS|geo:27 Walcott St, Mount Lawley WA 6050]]
Procedure: Laparoscopic cholecystectomy + IOC, [[DATE|date:14/08/2024]]. Surgeon: Mr [[PERSON|name:Callum Fraser]].
Histology: chronic cholecystitis, no malignancy (accession [[ID|other:SC24-118834]]).
Post-op: uncomplicated. LFTs normalising (ALP 142 -> 110, bili 22 -> 12). Calot's triangle clearly displayed per op note.
Wound: 4 port sites, dissolvable sutures, Opsite. Photo in chart: [[ID|photo:WND_A994120_D1.png]].
Return to work (EN at [[LOCATION|geo:Joondalup Health Campus]]) after 2/52. Medical certificate given.
GP: Dr [[PERSON|name:Isabella Ruiz]] - [[LOCATION|geo:Inglewood Family Practice]]""",
    """[[LOCATION|geo:RHH]] DISCHARGE SUMMARY (Geriatric Medicine)
[[PERSON|name:McCALLUM, Ian Douglas]] | DVA Gold Card [[ID|health_plan:TX017732]] | Age [[AGE|date:91]] | UR [[ID|mrn:H1289304]]
Presenting problem: delirium secondary to UTI (E. coli, trimethoprim resistant) + constipation.
4AT on admission 8, at discharge 0. MoCA deferred.
Function: mobilising with 4WW, independent transfers.
Home: lives with wife [[PERSON|name:Joan]] in [[LOCATION|geo:Kingston Beach]]; DVA community nursing 2x/week via [[LOCATION|geo:Calvary Community Care]]. Shower chair ordered through RAP.
NOK: daughter [[PERSON|name:Fiona Pettigrew]] [[PHONE|phone:+61 417 338 902]], [[EMAIL|email:fpettigrew67@bigpond.com]]
Discharged [[DATE|date:Friday 23 August 2024]].
Consultant: A/Prof [[PERSON|name:Rohan Dasgupta]]""",
    """[[LOCATION|geo:National Capital Private Hospital]] - Day Procedure Discharge
Patient: Ms [[PERSON|name:Saoirse Flanagan]]  DOB [[DATE|date:11 Nov 1990]]
Fund: Bupa, member no. [[ID|health_plan:71938402]]
Procedure: Colonoscopy + polypectomy x2 (sigmoid 6mm, transverse 4mm). Boston bowel prep score 8.
Sedation: propofol 180mg, fentanyl 50mcg. No complications.
Histology sent, specimen [[ID|other:CPL24-0871132]].
Escort: partner [[PERSON|name:Declan Murphy]], mob [[PHONE|phone:0402 918 447]], driving her home to [[LOCATION|geo:Gungahlin]] (car [[VEHICLE|vehicle:YKP 62F]] in the drop-off bay).
Do not drive, operate machinery or sign legal documents for 24h.
Gastroenterologist: Dr [[PERSON|name:Kwame Asante]]
Surveillance colonoscopy 3 years; recall letter to [[ADDRESS|geo:PO Box 3312, Gungahlin ACT 2912]].""",
    """[[LOCATION|geo:Alice Springs Hospital]]  -  Discharge Summary
Patient: [[PERSON|name:Tjakamarra, Dennis]]    HRN: [[ID|mrn:AS0071945]]
Medicare: [[ID|health_plan:4024772064]] IRN 1     DOB: [[DATE|date:01/07/1964]] (estimated)
Community: [[LOCATION|geo:Papunya]]; languages Luritja/Pintupi, interpreter booked via AIS.
Admitted [[DATE|date:16/09/2024]], discharged [[DATE|date:27/09/2024]].
Dx: Infective endocarditis (Strep. viridans), native mitral valve; chronic RHD.
Plan: IV benzylpenicillin via PICC; staying with brother at [[LOCATION|geo:Ilpeye Ilpeye]] town camp while on HITH.
Cardiothoracic referral to [[LOCATION|geo:Flinders Medical Centre]] for MVR work-up; flights via PATS.
[[LOCATION|geo:Papunya Clinic]] RAN notified by fax [[PHONE|fax:08 8956 8522]].
Dr [[PERSON|name:Lucy Ashworth-Nguyen]] (Gen Med Reg)""",
    """DISCHARGE SUMMARY - Stroke Unit, [[LOCATION|geo:Lyell McEwin Hospital]], [[LOCATION|geo:Elizabeth Vale]]
Pt: [[PERSON|name:DANG Van Hung]] (prefers Mr [[PERSON|name:Dang]]), [[AGE|other:66]]M, UR [[ID|mrn:LM00391284]]
Dx: L MCA ischaemic stroke [[DATE|date:4/10/24]], thrombolysed (tenecteplase), NIHSS 9 -> 3.
Residual: mild expressive dysphasia, R hand weakness (grip 4/5). Modified Rankin 2.
Driving: no driving for at least 1 month (Assessing Fitness to Drive); SA licence [[ID|license:VX4821]] noted, self-report form given; family to collect his car (rego [[VEHICLE|vehicle:S 417 BKR]]) from the hospital car park.
Vietnamese interpreter used; son [[PERSON|name:Minh Dang]] also present.
Discharged home to [[ADDRESS|geo:12 Yorktown Rd, Elizabeth Park SA 5113]] with community rehab.
Neurology outpatients [[DATE|date:19 November]].""",
    """--- page 1/2 ---  FAX FROM: [[LOCATION|geo:GERALDTON HEALTH CAMPUS]]  FAX: [[PHONE|fax:(08)99562219]]  TO: [[PHONE|fax:08 6458 1020]]
INTER-HOSPITAL TRANSFER / DISCHARGE SUMMARY
Pat1ent: [[PERSON|name:WlLLIAMS, Rhiannon]]   URN: [[ID|mrn:G0O18832]]   D.O.B: [[DATE|date:O9/O3/2001]]
From: [[LOCATION|geo:Mullewa]]    NOK: mother [[PERSON|name:Delphine Williams]] ph [[PHONE|phone:0429 117 886]]
Reason: 22/40 threatened preterm labour, transfer for tertiary NICU.
Receiving: [[LOCATION|geo:King Edward Memorial Hospital]], Dr [[PERSON|name:T. Abubakar]] accepted.
RFDS departed [[DATE|date:2l/11/2024]] 1430.
Meds: nifedipine 20mg, betamethasone 11.4mg IM dose 1 given 1210.""",
]

STYLE_C = [
    """[[LOCATION|geo:Park Beach Family Practice]]
[[ADDRESS|geo:Shop 3, 252 Park Beach Rd, Coffs Harbour NSW 2450]] | Fax [[PHONE|fax:02 6652 4499]]

[[DATE|date:6 May 2024]]

Dr [[PERSON|name:Ravi Subramanian]]
Orthopaedic Surgeon, [[LOCATION|geo:Coffs Harbour Health Campus]]

Dear Ravi,
Re: Mrs [[PERSON|name:Pauline Ashcroft]], DOB [[DATE|date:04/04/1952]], Medicare [[ID|health_plan:5795 00998 1]] (IRN 4)
Thank you for seeing Pauline with bilateral knee OA, R>L, KL grade 4 on weight-bearing XR. Failed conservative management: physio 12/12, 8 kg weight loss, IA steroid x2. Oxford knee score 14/48.
PMHx: T2DM (HbA1c 6.8%), HTN, BMI 34. Meds: metformin XR 1g, irbesartan 150mg, paracetamol SR 1330mg TDS.
Kind regards,
Dr [[PERSON|name:Eloise Whitford]]  Provider No. [[ID|license:874379BK]]""",
    """HealthLink SmartForm - Qld Health Specialist Outpatient Referral
Referring practitioner: Dr [[PERSON|name:Benjamin Ah Mat]] | Provider [[ID|license:041282CK]]
Practice: [[LOCATION|geo:Thursday Island Primary Health Care Centre]]
Patient: [[PERSON|name:NONA, Elsie]] | DOB [[DATE|date:12/02/1983]] | Medicare [[ID|health_plan:2096 36143 3]] 1
Indigenous status: Torres Strait Islander | Home island: [[LOCATION|geo:Badu Island]]
Clinic: Endocrinology / Diabetes - [[LOCATION|geo:Cairns Hospital]]
Urgency: Category 2 (within 90 days)
Reason: T2DM, HbA1c 11.8% despite metformin 1g BD + gliclazide MR 120mg; eGFR 52, ACR 28. Consider GLP-1 RA or insulin. Planning pregnancy.
Interpreter: no (English, Kala Lagaw Ya)
Contact: [[PHONE|phone:0447 290 315]] (pt) | Referral ID [[ID|other:HL-QH-2024-551873]]""",
    """Dear [[PERSON|name:Hamish]],
Thanks for seeing [[PERSON|name:Ayesha Siddiqui]] (DOB [[DATE|date:17.10.1996]]), a student at [[LOCATION|geo:UTAS Newnham campus]], under a GP mental health treatment plan (item 2715 done today).
Panic disorder with GAD-7 17, PHQ-9 12, K10 31. No SI. Sessions 1-6 please.
Her mob is [[PHONE|phone:0490 512 773]], email [[EMAIL|email:ayesha.sid96@outlook.com]].
Cheers,
[[PERSON|name:Grace]]
Dr [[PERSON|name:Grace Whelan-Yip]], [[LOCATION|geo:Invermay Road Medical]], [[LOCATION|geo:Launceston]]""",
    """FROM:[[LOCATION|geo:PIKA WIYA HEALTH SERVICE]] FAX:[[PHONE|fax:0886423499]]   [[DATE|date:21/05/2024]] 11:02   P.01
TO: Neurology OPD, [[LOCATION|geo:Royal Adelaide Hospital]]
RE: [[PERSON|name:COULTHARD, Tyrone]]  [[AGE|other:34]]M  DOB [[DATE|date:08/08/1989]]  UR (RAH) [[ID|mrn:RA6602714]]
ADDRESS: [[ADDRESS|geo:5 Flinders Tce, Port Augusta SA 5700]]
NEW ONSET GTCS X2 IN 1/12. CT BRAIN NAD. EEG NOT AVAILABLE LOCALLY.
NO ETOH > 6 MTHS. WORKS AS ROAD TRAIN DRIVER (LIC NO [[ID|license:D48217]]) - ADVISED NOT TO DRIVE, NOTIFY DIT.
STARTED LEVETIRACETAM 500MG BD.
DR [[PERSON|name:MARYAM HADDAD]]""",
    """[[LOCATION|geo:Peter MacCallum Cancer Centre]]
[[DATE|date:02/09/2024]]

Dr [[PERSON|name:Oluwaseun Adebayo]]
[[ADDRESS|geo:118 Sydney Rd, Brunswick VIC 3056]]

Dear Dr [[PERSON|name:Adebayo]],
RE: [[PERSON|name:Chiara Bellini]]  DOB [[DATE|date:26/01/1975]]  UR [[ID|mrn:PM-2041881]]
Thank you for referring Ms [[PERSON|name:Bellini]], who carries a BRCA2 pathogenic variant. Core biopsy: ER+/PR+/HER2- IDC L breast, grade 2, 22mm, Ki-67 18%; 1/3 SLN positive. Paget's disease of the nipple excluded.
Discussed at breast MDT; plan adjuvant AC-T then letrozole + ovarian suppression.
cc: Mr [[PERSON|name:Julian Hartley-Moore]], breast surgeon
Yours sincerely,
Dr [[PERSON|name:Sun-Hee Park]], Medical Oncologist""",
    """Referral to Occupational Therapy
To: [[LOCATION|geo:Barwon Kids OT]], [[LOCATION|geo:Belmont]]
Child: [[PERSON|name:Lachlan Oyelaran]] | [[AGE|other:5]] yrs | NDIS participant no. [[ID|health_plan:430 912 557]]
Parent: [[PERSON|name:Folake Oyelaran]] [[PHONE|phone:0433 208 619]]
Reason: sensory processing difficulties, fine motor delay (Beery VMI SS 78), toileting; kinder ([[LOCATION|geo:Grovedale West Kindergarten]]) reports meltdowns at transitions.
Dx: ASD level 2. Funding: NDIS capacity building, plan-managed.
GP: Dr [[PERSON|name:Zainab Ahmad]], [[LOCATION|geo:Waurn Ponds Medical]]""",
    """[[DATE|date:Monday, 14 October 2024]]
To the treating physiotherapist, [[LOCATION|geo:Bunbury Physio Plus]]
Re: [[PERSON|name:Jarrah Kickett]], DOB [[DATE|date:29/03/1994]]
WorkCover WA claim [[ID|other:WC-24-0098231]]; employer site [[LOCATION|geo:Worsley Alumina refinery]].
L4/5 disc protrusion after lifting incident at work on [[DATE|date:02/10/2024]]; no red flags, SLR neg, power 5/5, reflexes symmetrical.
Certificate of capacity: modified duties 4h/day, no lifting >10kg, until [[DATE|date:28/10/2024]].
Please assess and treat (6 sessions pre-approved).
Dr [[PERSON|name:Tobias Krüger]], prov [[ID|license:1255959H]]""",
    """Medical Objects eReferral  msgid [[ID|other:MO-7781024553]]
FROM Dr [[PERSON|name:Pita Havili]] @ [[LOCATION|geo:Mount Isa Hospital]] GP Liaison
TO Dr [[PERSON|name:Deborah Strand]], Rheumatology, [[LOCATION|geo:Townsville University Hospital]]
PT [[PERSON|name:JONES, Kayla-Mae]] F DOB[[DATE|date:19870614]] IHI[[ID|health_plan:8003609086055967]]
Hx: seropositive RA (anti-CCP >300), erosive. MTX 20mg weekly + folic acid, HCQ 200mg daily. DAS28-CRP 5.4.
Req: consideration of bDMARD (PBS criteria met, 2 csDMARDs x 6/12). Telehealth preferred, lives at [[LOCATION|geo:Cloncurry]] (3h drive).""",
    """[[LOCATION|geo:Kangaroo Flat Medical Clinic]] | Tel [[PHONE|phone:(03) 5447 2006]] | Fax [[PHONE|fax:(03) 5447 2016]]
To: Dr [[PERSON|name:Ingrid Solberg]], Dermatologist, [[LOCATION|geo:Bendigo]]
Re: Mr [[PERSON|name:Rhys Penhaligon]], [[AGE|other:58]], of [[LOCATION|geo:Golden Square]]
Lesion L upper back, 9mm, asymmetric, 3 colours; dermoscopy atypical network + regression structures.
Photos attached: [[ID|photo:Penhaligon_L_back_dermoscopy_01.jpg]], [[ID|photo:Penhaligon_L_back_overview.jpg]]
Urgent please (?melanoma). Hx BCC excised 2019. Fitzpatrick II. Farmer, outdoor work.
Dr [[PERSON|name:Samir Bhattacharya]]""",
    """[[LOCATION|geo:Broome Regional Aboriginal Medical Service]]
Referral - visiting ophthalmology (Lions Outback Vision)
Patient: Mr [[PERSON|name:Cyril Bin Sali]], DOB [[DATE|date:10/12/1961]], lives at [[LOCATION|geo:Beagle Bay]]
Retinal photos (non-mydriatic camera): [[ID|photo:BINSALI_C_OD_20241104.jpg]] / [[ID|photo:BINSALI_C_OS_20241104.jpg]]
Findings: proliferative DR OD with NVD; maculopathy OS. VA 6/24 OD, 6/12 OS. HbA1c 9.4. BP 148/88.
Please book into next eye clinic at [[LOCATION|geo:Broome Hospital]]; clinic bus can bring him in from [[LOCATION|geo:Beagle Bay]].
Contact via AHW [[PERSON|name:Nadine Puertollano]] on [[PHONE|phone:(08) 9194 3200]]""",
]

STYLE_D = [
    """ISBAR handover 1900 [[LOCATION|geo:Westmead]] ICU bed 14
I: [[PERSON|name:Faisal Qureshi]] [[AGE|other:38]]M, MRN [[ID|mrn:W4471093]], d3 post MVA
S: intubated, propofol 150mg/h, fent 50mcg/h, RASS -2. NA 0.08mcg/kg/min.
B: polytrauma, #pelvis ex-fix, splenectomy.
A: T 38.4 -> BC x2 sent 1730. UO 40-60ml/h. K 3.4 replaced. Hb 82 - 1u PRBC running.
R: wife [[PERSON|name:Rabia]] visiting 2000, upset, SW aware. Urdu interpreter booked for family mtg [[DATE|date:Wed 16/10]] 1400.
h/o RN-JT -> RN-KM""",
    """5 NORTH [[LOCATION|geo:GCUH]] AM->PM handover [[DATE|date:19/10]]
Bed | Pt | Age | Dx | Issues
1 | [[PERSON|name:Pham, Linh]] | [[AGE|other:76]] | #NOF L, d2 post DHS | Hb 94, PCA ceased, mob w/ physio, FBC mane
2 | [[PERSON|name:O'Hara, Brendan]] | [[AGE|other:58]] | cellulitis R leg | IV fluclox 2g q6h, margin not spreading
3 | EMPTY | | | clean for ED admit 1500
4 | [[PERSON|name:Kaur, Harjit]] | [[AGE|other:81]] | fall ?UTI | BSL QID, wandering, 1:1 requested
NIC: KM""",
    """handover [[LOCATION|geo:maningrida]] clinic 1700 -> on-call RAN
- bub [[PERSON|name:jaden]] (mum [[PERSON|name:rosalind]]) [[AGE|other:14]]mo, gastro, 5% dehyd, ORS via ngt 10ml/kg/h, wt 8.9kg, wet nappies x3. r/v 2100. if not tol -> careflight to [[LOCATION|geo:RDH]].
- elder at outstation [[LOCATION|geo:Gochan Jiny-jirra]] - chest pain this am, trop neg, ecg nsr. family bringing in by troopy tmrw.
- drug fridge 5.2 ok. S8 count correct.
clinic sat phone [[PHONE|phone:0147 163 552]]""",
    """[[LOCATION|geo:LGH]] birth suite handover 0700
Rm 3: [[PERSON|name:Tegan Vanderfeltz]] G1P0 40+5, IOL (ARM 0400 + syntocinon 12ml/h), 5cm @0630, CTG cat 1, epidural top-up 0615. GBS pos - benpen q4h next 0800. partner [[PERSON|name:Josh]] here.
Rm 5: [[PERSON|name:Mei-Ling Zhou]] G3P2 28/40 PPROM, nifedipine + celestone #2 due 1000, ?transfer to [[LOCATION|geo:RHH]] - NICU cot check pending.
MW in charge: [[PERSON|name:Sally Croker]]""",
    """[[LOCATION|geo:Blue Care Kepnock]] - night to morning handover
- Rm 7 Mrs [[PERSON|name:Annunziata Russo]] ([[AGE|date:96]]): restless 0200, PRN paracetamol 1g, settled. BNO 4 days, Movicol given.
- Rm 12 Mr [[PERSON|name:Albrecht]] ("[[PERSON|name:Bluey]]"): BGL 3.9 at 0600, juice + toast, recheck 6.7. GP to r/v insulin.
- Rm 15 vacant, deep clean done.
Mrs [[PERSON|name:Russo]]'s niece [[PERSON|name:Carmela]] visiting 1000 re ACD paperwork.""",
    """[[LOCATION|geo:FMC]] ED - SAAS handover 1342
pt [[PERSON|name:Kristof Varga]] [[AGE|other:44]]M found by neighbour at home in [[LOCATION|geo:Bedford Park]], ?OD - empty quetiapine + diazepam packets. GCS 11 (E3V3M5). RR 12, SpO2 94% 4L. BSL 5.8.
SAAS case [[ID|other:SA24-553918]].
neighbour [[PERSON|name:Jenny]] [[PHONE|phone:0421 448 690]] has key.
-> resus 2, tox r/v, Mental Health Act ITO considered.""",
    """dialysis unit [[LOCATION|geo:whyalla hospital]] pm hand/o
chair 2 - [[PERSON|name:Winnie Coleman]] - UF goal 2.5L, achieved 2.1 (cramping), post wt 61.3. line lock heparin 5000u/ml. taxi home to [[LOCATION|geo:Whyalla Norrie]]
chair 4 - [[PERSON|name:A. Mahmoud]] - BP dropped 82/50 @ 2h, saline 200ml bolus, UF off 15min. next session [[DATE|date:Fri 25 Oct]].
chair 5 - vacant (pt in [[LOCATION|geo:Port Lincoln]] for sorry business).
RN [[PERSON|name:P. Nguyen]]""",
    """[Teams 19:02] [[LOCATION|geo:Canberra Hospital]] paeds ward
hi all quick h/o for the nite - cot 6 [[PERSON|name:Isla-Rose Tupou]] [[AGE|other:3]]mo bronchiolitis HFNC 2L/kg FiO2 30%, NGT feeds 2/3 maint. mum [[PERSON|name:Ana]] staying. cot 9 [[PERSON|name:Arjun Pillai]] [[AGE|other:6]]yo d1 post lap appx, PCA -> oral, d/c tmrw if eating. dad wants a call b4 d/c [[PHONE|phone:0413 557 021]]. safeguarding alert cot 11 (CP case [[ID|other:CYPS-2024-08817]]) - no visitors except [[PERSON|name:Narelle Bishop]] (grandmother, approved).""",
    """PACU handover - OT 7 [[LOCATION|geo:RBWH]]
pt: [[PERSON|name:Fitzgerald, Oisin]] UR [[ID|mrn:0992281]] proc: ORIF R distal radius, GA + block.
EBL minimal. tourniquet 52 min. cefazolin 2g @0910.
pain 2/10, block working, ondansetron 4mg given.
plan: neurovasc obs 1/24, home today if tolerating diet, collar'n'cuff, # clinic 1/52.
friend [[PERSON|name:Cormac]] collecting, [[PHONE|phone:0466 019 832]]""",
    """[[LOCATION|geo:Katherine]] community nursing - weekend handover (Fri -> Sat/Sun)
1. [[PERSON|name:Noreen Lardy]], [[ADDRESS|geo:22 Giles St, Katherine NT 0850]] - wound dressing L shin (Aquacel Ag), Sat 0900. dog - ring first [[PHONE|phone:0408 619 224]].
2. [[PERSON|name:Bernard Oakes]], [[LOCATION|geo:Kalano]] community - IV ceftriaxone 2g daily via PICC, Sat + Sun 1000. PICC dressing due [[DATE|date:27/10]].
3. [[PERSON|name:Kalinda Jentian]] - insulin supervision mane, staying at [[LOCATION|geo:Binjari]] with aunty this wknd.""",
]

STYLE_E = [
    """WEBSTER-PAK MEDICATION PROFILE - [[LOCATION|geo:Guardian Pharmacy Cessnock]]
Patient: [[PERSON|name:HUGHES, Valmai]]   DOB [[DATE|date:03/06/1938]]   Pack start [[DATE|date:Mon 04/11/2024]]
Packed weekly, delivered Tuesdays.
Breakfast: amlodipine 5mg, metoprolol 25mg, aspirin 100mg EC
Lunch: -
Dinner: atorvastatin 40mg, metoprolol 25mg
Bed: mirtazapine 15mg
PRN (not packed): GTN spray 400mcg
Stock batch AML23K119 exp 08/2026.
Checked by pharmacist [[PERSON|name:Rami Khalil]]""",
    """SCHEDULE 8 DRUG REGISTER - OXYCODONE 10mg CR tab - [[LOCATION|geo:Allenstown Amcal Pharmacy]]
Date | Patient / Address | Prescriber | Qty in | Qty out | Balance | Pharm
[[DATE|date:05/11/24]] | [[PERSON|name:DOYLE, Shane]], [[ADDRESS|geo:44 Canning St, Allenstown QLD 4700]] | Dr [[PERSON|name:E. Mwangi]] ([[ID|license:2715880]]) | | 28 | 56 | AK
[[DATE|date:06/11/24]] | Wholesaler invoice Sigma 5521093 | | 20 | | 76 | AK
Balance check [[DATE|date:07/11/24]]: physical 76 = register 76. Witness MT.""",
    """DISPENSE RECORD  [[DATE|date:12-Nov-2024]] 10:14
Patient: [[PERSON|name:Olga Ivanova]]  Medicare [[ID|health_plan:5464080545]] 1
Concession: Pensioner Concession Card [[ID|health_plan:207 118 443B]]
eRx token: [[ID|other:2GHK7QX9RM4TBW3PJ]] (scanned from SMS)
Item: apixaban 5mg tab x60, PBS 10395P, repeats 5, patient contribution $7.70
Prescriber: Dr [[PERSON|name:Helen Fotheringham]]  Prescriber no. [[ID|license:3318265]]
Counselled: bleeding signs, missed dose advice. CMI given.""",
    """MEDICATION RECONCILIATION - ADMISSION (BPMH)
[[LOCATION|geo:Wagga Wagga Base Hospital]] | Pt [[PERSON|name:Kowalczyk, Stanisław]] | UR [[ID|mrn:WW229017]]
Sources: pt, daughter [[PERSON|name:Agnieszka]], community pharmacy ([[LOCATION|geo:Kooringal Pharmacy]] ph [[PHONE|phone:02 6922 3117]]), My Health Record, GP letter.
Drug | Dose | Freq | Source | Action
Warfarin | 3mg Mon-Fri, 4mg Sat-Sun | daily | pharm + pt | withheld, INR 4.6
Digoxin PG | 62.5mcg | mane | pharm | continue, level 1.1
Furosemide | 40mg | mane | GP | continue
Spiolto Respimat | 2 puffs | daily | pt | continue, own device
Discrepancy: pt stopped metoprolol himself on [[DATE|date:20 Sept]] (dizzy). Flagged to team.
Pharmacist: [[PERSON|name:Ji-woo Han]]""",
    """OTP DOSING CARD - [[LOCATION|geo:Sunshine Village Pharmacy]]
Client: [[PERSON|name:Jayden Marsh]] | photo on file: [[ID|photo:OTP_MARSH_J_2024.jpg]] | Permit [[ID|other:VIC-PB-0448812]]
Methadone liquid 85mg daily, supervised. Takeaways 2/wk (Sat, Sun) per prescriber.
Prescriber: Dr [[PERSON|name:Evangelos Stathis]]
Missed doses: [[DATE|date:10/11]], [[DATE|date:11/11]] - 2 consecutive, dose as normal; 3 or more, contact prescriber.
Dosing fee $35/wk, client account [[ID|account:OTP-ACC-00871]]""",
    """DISCHARGE MEDICATION RECORD (pharmacy copy) - fax to [[LOCATION|geo:Sandy Bay Pharmacy]] [[PHONE|fax:03 6223 1108]]
[[PERSON|name:Wirihana, Tamati]] DOB [[DATE|date:14/02/1970]]
NEW: empagliflozin 10mg mane (PBS 11532L), spironolactone 25mg mane
CHANGED: furosemide 80mg -> 40mg mane
CEASED: diltiazem CD 180mg (HFrEF)
Supply: 7 days. DAA requested; Home Medicines Review referral sent.
Ward pharmacist [[PERSON|name:Catriona Bell]]""",
    """NATIONAL RESIDENTIAL MEDICATION CHART (NRMC)
RESIDENT: [[PERSON|name:FORSYTHE, MARGARET ELLEN]]   FACILITY: [[LOCATION|geo:HAMMONDCARE HAMMONDVILLE]]
MEDICARE NO [[ID|health_plan:6489 82197 1]] REF 2   AGE [[AGE|date:94]]
ALLERGIES: PENICILLIN (RASH), CODEINE (N/V)
REGULAR: DONEPEZIL 10MG NOCTE | CALTRATE 600MG | OSTEVIT-D 1000IU | DENOSUMAB 60MG 6-MONTHLY (NEXT DUE [[DATE|date:02/05/2025]])
PRN: OXYCODONE 2.5MG Q4H MAX 4/24 - STREAMLINED AUTHORITY 4386
PRESCRIBER: DR [[PERSON|name:K. YAMAMOTO]]  PRESCRIBER NO [[ID|license:2260498]]""",
    """MedAdvisor outbound log - [[LOCATION|geo:Blooms The Chemist Orange]]
[[DATE|date:2024-11-14]] 08:01 SMS -> [[PHONE|phone:+61 427 093 518]] "Hi [[PERSON|name:Tanvir]], your Ozempic 1mg script is ready for collection. Reply STOP to opt out"
[[DATE|date:2024-11-14]] 08:01 EMAIL -> [[EMAIL|email:tanvir.h.rahman@gmail.com]] status=delivered
[[DATE|date:2024-11-16]] 17:44 reminder #2 -> no response
Patient [[PERSON|name:Tanvir Hossain Rahman]] | Stock: Ozempic 1mg pen x2 (lot PP5K118, exp 03/2026)""",
    """S100 RAAHS supply - [[LOCATION|geo:Wadeye Health Centre]] - medication review
Client [[PERSON|name:Kundu, Angelina]] [[AGE|other:52]]F, first language Murrinhpatha
Meds: metformin 1g BD, dapagliflozin 10mg, perindopril 5mg, atorvastatin 40mg. Bicillin LA 4-weekly ceased [[DATE|date:Jan 2023]] (RHD resolved per echo).
Adherence: DAA packed by hub pharmacy, delivered on mail plane Thursdays.
Home Medicines Review by [[PERSON|name:Zoltan Fekete]], accredited pharmacist, AHPRA [[ID|license:PHA0001587342]]""",
    """Online order #[[ID|other:PO-2024-1187734]] - [[LOCATION|geo:Kawana Waters Pharmacy]]
Customer: [[PERSON|name:Melinda Szabo]]  Ship to: [[ADDRESS|geo:2/15 Nicklin Way, Buddina QLD 4575]]
Rx: eRx token [[ID|other:7TJ2MZ4QK8W1RXF6B]] - valaciclovir 500mg x30, PBS $31.60, repeats 2
Payment: card ending 4417, approved.
Fraud check: order IP [[IP|ip:203.219.44.187]] - matches AU geo, OK to ship (Express Post).""",
]

STYLE_F = [
    """TELEHEALTH CONSULT - Renal Outpatients, [[LOCATION|geo:Orange Health Service]]
Platform: healthdirect Video Call, clinic waiting area [[URL|url:https://vcc.healthdirect.org.au/orange-renal-clinic]]
Patient end: [[LOCATION|geo:Bourke]] MPS with RN support.
Pt: [[PERSON|name:Kerrie-Anne Barker]] [[AGE|other:61]]F
CKD 4 (eGFR 19), diabetic nephropathy. K 5.6, Hb 98. Discussed dialysis modality - prefers home PD.
Plan: PD education pack, vascular access not needed yet, repeat bloods 4/52.
Consultant: Dr [[PERSON|name:Nicolás Fuentes]]""",
    """Telepsychiatry review - [[LOCATION|geo:Fitzroy Crossing Hospital]]
Link: [[URL|url:https://wacountry.zoom.us/j/86144029375]] (meeting ID [[ID|other:861 4402 9375]], passcode sent by SMS)
Client: [[PERSON|name:Shaquille Cox]] [[AGE|other:23]]M, with AMHW [[PERSON|name:Violet Skeen]] in the room.
MSE: calm, engaged, sleeping better, denies voices since depot restarted. No SI. Cannabis reduced to weekends.
Connection dropped 10:42, finished by phone on [[PHONE|phone:(08) 9191 5001]].
Plan: continue aripiprazole LAI 400mg monthly; review 6/52.""",
    """Phone consult (item 91891) [[DATE|date:18/11/2024]] 15:20-15:32
ID check: full name [[PERSON|name:Ebony Tavita]], DOB [[DATE|date:07/07/1999]], address [[ADDRESS|geo:31 Bourbong St, Bundaberg Central QLD 4670]]
Called on [[PHONE|phone:0437 602 184]].
Issue: dysuria/frequency 2/7, no fever or loin pain, not pregnant (LMP [[DATE|date:04/11]]).
Rx nitrofurantoin 100mg QID 5/7 via eRx to pharmacy of choice. Safety-netted.
Dr [[PERSON|name:Ha-eun Seo]]""",
    """VIDEO VISIT SESSION LOG
session_id=[[ID|other:vv-7c2e44b19a0f]] clinic=Cardiology-Follow-up
patient_name="[[PERSON|name:Gopal Krishnamurthy]]"
join_url=[[URL|url:https://nswhealth.coviu.com/room/cardio-westmead/7c2e44b19a0f]]
client_ip=[[IP|ip:101.178.66.23]] browser=Chrome/129 os=Android14 bitrate_avg=812kbps packet_loss=1.8%
clinician="Dr [[PERSON|name:Farah Nasser]]"
start=[[DATE|date:2024-11-19T09:00:12+11:00]] duration=00:17:41 status=COMPLETED""",
    """Antenatal telehealth - [[LOCATION|geo:North West Regional Hospital]] midwives clinic
[[PERSON|name:Hollie Baldock]] G2P1 at 32+1, lives in [[LOCATION|geo:Smithton]] (1.5h drive).
Home BP 128/82, 131/84. No headache/visual sx. Fetal movements normal. GDM diet-controlled, fasting BGLs 4.8-5.3.
Plan: growth scan [[DATE|date:3 Dec]] in [[LOCATION|geo:Burnie]]; next video appt 2/52.
MW [[PERSON|name:Tansy Wheeler]]""",
    """Physitrack telehealth - [[LOCATION|geo:Cottesloe Sports Physio]]
Link sent to [[EMAIL|email:b.okoro@iinet.net.au]]: [[URL|url:https://physitrack.com/p/cottesloesp/bokoro-8812]]
Client [[PERSON|name:Blessing Okoro]], 6/52 post ACL reconstruction (hamstring graft) at [[LOCATION|geo:Perth Orthopaedic & Sports Medicine Centre]].
Knee ROM 0-125, no quads lag. Single-leg squat: dynamic valgus. Program updated, Nordic curls added.
Physio [[PERSON|name:Matteo Rinaldi]]""",
    """[Transcript excerpt, auto-generated, [[DATE|date:21 Nov 2024]]] Clinician: Dr [[PERSON|name:Hamid Farouk]], Cardiology, [[LOCATION|geo:RDH]]
DR: Can you hear me okay, Aunty [[PERSON|name:Rosie]]?
PT: Yuwa, loud and clear. I'm here at the [[LOCATION|geo:Ngukurr]] clinic with [[PERSON|name:Clarissa]].
DR: Good. And just for the record, can you tell me your date of birth?
PT: [[DATE|date:twelfth of March, fifty-eight]].
DR: Thank you. Your INR this morning was 2.4, so we stay on warfarin 5 milligrams.""",
    """Subject: Your telehealth appointment - [[LOCATION|geo:Sunshine Coast University Hospital]]
Dear [[PERSON|name:Florin Popescu]],
Your video appointment with the Persistent Pain Clinic is on [[DATE|date:Wednesday 27 November 2024]] at 2:30pm (AEST).
Booking reference: [[ID|other:SCHHS-OP-7739102]]
Join on the day: [[URL|url:https://vc.health.qld.gov.au/sc-pain/wait?ref=7739102]]
Can't attend? Call the clinic on [[PHONE|phone:07 5202 1330]].""",
    """Telehealth - [[LOCATION|geo:Fairfield Hospital]] diabetes education
Pt [[PERSON|name:Nour El-Khoury]] [[AGE|other:57]]F. Arabic interpreter via TIS (3-way call), interpreter ID [[ID|other:TIS-40217]].
Libre 2 download: TIR 48%, TBR 3%, GMI 8.1%. Glargine 24u -> 28u nocte, titrate by 2u every 3 days to fasting 5-7.
Next review [[DATE|date:10/12/2024]].
CDE [[PERSON|name:Rowena Castillo]]""",
    """Video consult summary - to usual GP
Patient: Mr [[PERSON|name:Graham Lockwood]], DVA White Card [[ID|health_plan:VX917304]], lives [[LOCATION|geo:Hamilton]]
PTSD (accepted condition) review. PCL-5 41 (was 55). Sleep improved on prazosin 2mg nocte. Alcohol 2 std/day.
Patient joined from a private room at [[LOCATION|geo:Western District Health Service]].
Sent to Dr [[PERSON|name:Priya Menon]] via [[EMAIL|email:reception@hamiltonmedical.com.au]]""",
]

STYLE_G = [
    """MEDICARE BULK BILL CLAIM - claim summary
Servicing provider: [[ID|license:336770BL]]   Payee provider: [[ID|license:2054540A]]
Patient: [[PERSON|name:MORALES, Ignacio]]  Card [[ID|health_plan:4586197974]]  IRN 3
DOS [[DATE|date:25/11/2024]]  Item 23 $42.85 | Item 10990 $21.00 | Total benefit $63.85 (100%)
Claim ID [[ID|other:D7412@]]  Status: ACCEPTED, paid to payee account.
Assignment of benefit: patient signature on file (DB4).""",
    """TAX INVOICE - [[PERSON|name:Sunita Rao]] Podiatry (sole trader)  ABN [[ID|other:94 777 581 218]]
Bill to: Department of Veterans' Affairs (Medicare DVA claiming)
Veteran: [[PERSON|name:Barry Fittock]]  DVA file no. [[ID|health_plan:QX918273]] (Gold Card)
Date of service: [[DATE|date:22 Nov 2024]] (home visit)
F016 initial podiatry consult $68.70 | D904 referral on file, valid 12 months
Invoice no. [[ID|account:INV-00418]]
Payment to BSB [[ID|account:064-466]] Acc [[ID|account:1039 4482]]""",
    """HICAPS RECEIPT
[[LOCATION|geo:Smile Studio Norwood]]   Provider [[ID|license:4417028F]]
Fund: HCF   Member [[ID|health_plan:8823 1047]]   Pt 02 [[PERSON|name:Ruby Castellanos]]
[[DATE|date:27/11/24]] 14:07
Item 012 Periodic exam       $78.00  benefit $52.00
Item 114 Scale & clean      $135.00  benefit $88.00
Item 121 Fluoride           $40.00  benefit $26.00
GAP $87.00 paid EFTPOS ****5532   Receipt [[ID|account:RCT-771203]]""",
    """INVOICE  [[LOCATION|geo:Mackay Physio & Rehab]] Pty Ltd  ABN 95 291 647 372
To: WorkCover Queensland   Claim no. [[ID|other:C24118832T]]
Worker: [[PERSON|name:Lopa Faumuina]]  DOB [[DATE|date:15/09/1985]]  Employer site: [[LOCATION|geo:Hay Point Coal Terminal]]
[[DATE|date:18/11/24]] Initial physio consult $112.40 | Subsequent x3 $89.90 each
Total $382.10, GST-free (medical service). Terms 30 days.""",
    """TAC INVOICE - [[LOCATION|geo:Traralgon Osteopathy]]
TAC claim number: [[ID|other:T24-0716652]]
Client: [[PERSON|name:Brianna Hollis]]  DOB [[DATE|date:1996-02-18]]
Accident date: [[DATE|date:03/10/2024]]  Client's vehicle reg [[VEHICLE|vehicle:1XH 7KP]] (VIC), rear-ended at lights.
Service: standard osteopathy consult x1, $98.00 (TAC fee schedule).
Practitioner: [[PERSON|name:Nikolai Brandt]], AHPRA [[ID|license:OST0001948273]]""",
    """icare Workers Insurance - weekly payments set-up
Claim [[ID|other:4130977162]]
Worker: [[PERSON|name:Eamon Costigan]]  TFN [[ID|ssn:301 196 634]]
Pay to BSB [[ID|account:032-118]]  Account [[ID|account:448 902 317]]  Name E COSTIGAN
PIAWE $1,482.60; weeks 1-13 at 95% = $1,408.47
Nominated treating doctor: Dr [[PERSON|name:Li Na Cheung]]""",
    """INFORMED FINANCIAL CONSENT - [[LOCATION|geo:St Andrew's War Memorial Hospital]]
Patient: [[PERSON|name:Dimitra Alexopoulos]]   Patient account [[ID|account:SAWMH-0091883]]
Fund: Medibank, member [[ID|health_plan:M 40918273]]; hospital excess $500
Procedure on [[DATE|date:09/12/2024]]: MBS 30445 laparoscopic cholecystectomy.
Surgeon fee $2,450.00 (MBS fee $736.55, 75% $552.45), est. out-of-pocket $1,560.00.
Anaesthetist fee billed separately.""",
    """INVOICE [[ID|account:INV-2024-1187]]
[[PERSON|name:Yael Goldberg]], Clinical Psychologist  ABN [[ID|other:50 204 507 229]]  Provider [[ID|license:2986628T]]
Client: [[PERSON|name:Connor Whitlam]], Medicare [[ID|health_plan:2556 14504 1]]/1, MHTP from Dr [[PERSON|name:Bianca Leone]]
Service [[DATE|date:02/12/2024]]: item 80010 (50+ min) fee $260.00, Medicare rebate $145.25, gap $114.75
Pay online: [[URL|url:https://pay.halaxy.com/inv/YG-2024-1187-cw]]""",
    """NDIS INVOICE (plan-managed)
Provider: [[PERSON|name:Tui Henare]] Support Work, ABN [[ID|other:35 092 973 758]]
Participant: [[PERSON|name:Ezekiel Marangoni]]  NDIS no. [[ID|health_plan:431 207 995]]
Support item 01_011_0107_1_1 (self-care, weekday daytime) 14h x $67.56 = $945.84
Period [[DATE|date:11/11/2024]] - [[DATE|date:24/11/2024]]
Pay to BSB [[ID|account:633-000]] Acc [[ID|account:178 405 592]]""",
    """HBF CLAIMS EXCEPTION REPORT - [[DATE|date:03/12/2024]]
Member | Patient | Provider | Item | Amount | Reason
[[ID|health_plan:2938471A]] | [[PERSON|name:BAPTISTE, Marie-Claire]] | [[ID|license:1447222W]] | 0501 | $95.00 | waiting period (12 mth) not served
[[ID|health_plan:3019665C]] | [[PERSON|name:NAKHLA, Fady]] | [[ID|license:1469658H]] | 0105 | $72.00 | annual limit reached""",
]

STYLE_H = [
    """Dexcom Clarity - clinic export [[DATE|date:2024-12-02]]
Patient: [[PERSON|name:Sienna Marchetti]]  Age [[AGE|other:14]]
Receiver SN [[DEVICE|device:PG7K41938X]] | sensor G7 | sensor wear 93%
14-day: mean 9.8 mmol/L, TIR 54%, TAR 41%, TBR 5%, CV 38%, GMI 7.6%
Last upload from [[IP|ip:122.150.33.204]] (home, via Clarity app)""",
    """t:connect pump download | [[LOCATION|geo:John Hunter Children's Hospital]] diabetes team
pump: t:slim X2, SN [[DEVICE|device:1184326]], fw 7.6.1.2 | Control-IQ ON | sleep activity 2130-0630
Pt [[PERSON|name:Harvey Whitmore-Singh]]
basal 0.65-0.9 u/h, ICR 1:10, ISF 2.5, target 6.1
[[DATE|date:28 Nov]] 03:12 ALERT low 3.4 -> auto-suspend 42 min, resumed at 5.2""",
    """ResMed AirView compliance report
Patient [[PERSON|name:Arnold Pettersson]] | DOB [[DATE|date:21/04/1963]]
Device AirSense 11 AutoSet, SN [[DEVICE|device:23224718952]], mask AirFit F30 size M
Period [[DATE|date:01/11/2024]] - [[DATE|date:30/11/2024]]: usage 28/30 days, avg 6h52m, AHI 2.1, leak 95th 18 L/min, pressure 95th 11.4 cmH2O
Equipment provider: [[LOCATION|geo:CPAP Direct Toowong]]""",
    """CareLink transmission [[DATE|date:03-Dec-2024]] 02:14 (scheduled)
Patient: [[PERSON|name:Oyelowo, Babatunde]] | Clinic: [[LOCATION|geo:Monash Heart]] device clinic
Device: dual-chamber ICD, model DVPB3D4, SN [[DEVICE|device:PZX600431S]]
Bedside monitor: MyCareLink, SN [[DEVICE|device:RNL118902H]]
Battery 9.8 yr. RV lead impedance 456 ohm, threshold 0.75V @ 0.4ms. AT/AF burden 0.4%. 1 VT episode (CL 340ms) terminated by ATP.""",
    """HF@Home gateway log  gw_mac=[[DEVICE|device:00:1B:63:84:45:E6]]  program=HF-RPM
[[DATE|date:2024-12-04T07:02:11+10:30]] scale_sn=[[DEVICE|device:5110834]] wt=82.6kg delta48h=+1.9kg ALERT_WEIGHT
pt_ref=[[ID|mrn:TQEH-5518206]] bp=138/86 hr=92 spo2=95
wan_ip=[[IP|ip:2001:8003:1c2a:6e00:91f4:3a77:bd0e:12c9]] rssi=-71dBm battery=64%""",
    """LibreView | [[PERSON|name:Keanu Leaupepe]] | sensor serial [[DEVICE|device:0M0001G3KN]] started [[DATE|date:20/11/2024]] (14-day wear)
Data captured 96%. Sensor lot T5104, exp 2025-06.
Phone app: LibreLink, account [[EMAIL|email:keanu.lp@icloud.com]]
Avg glucose 8.7, TIR 66%, low events 3 (all overnight).""",
    """Merlin.net - insertable cardiac monitor report
Pt [[PERSON|name:Ludmila Sokolova]] | follow-up clinic [[LOCATION|geo:Canberra Heart Rhythm]]
Implanted [[DATE|date:14/06/2024]], UDI [[DEVICE|device:(01)05415067031389(17)280430(21)4587221]]
Auto-detected pause 4.2s on [[DATE|date:01/12/2024]] 23:41; patient-activated symptom marker 23:43.
Transmitted via myMerlinPulse app from [[IP|ip:49.186.212.7]]""",
    """RPM dashboard - [[LOCATION|geo:Wurrumiyanga Health Centre]]
client [[PERSON|name:Puruntatameri, Cyrus]] | glucometer SN [[DEVICE|device:95310774152]] | synced via clinic wifi [[IP|ip:10.42.7.118]]
last 7d: fasting 7.1-9.4, 2 hypos (<4.0), strips used 19
flag: meter clock 11 min fast, corrected on sync""",
    """Dec 05 11:42:07 pumpgw01 alaris[2231]: PCU SN=[[DEVICE|device:800418873]] mod=LVP ch=B drug=heparin 25000u/500mL rate=18mL/h VTBI=240 ALARM=AIR_IN_LINE ip=[[IP|ip:172.20.14.61]] mac=[[DEVICE|device:00-0D-8B-2F-91-C4]] pt_mrn=[[ID|mrn:JH7723019]] loc=ICU-B-07 fw=12.1.2""",
    """AF screening study upload - [[DATE|date:06 Dec 2024]]
File: [[ID|photo:ECG_2024-12-06_Demetriou_A.pdf]]
Watch serial [[DEVICE|device:H4TXK9J2Q6LP]], watchOS 11.1, single-lead ECG 30s
Classification: atrial fibrillation, HR 112. Reviewed by study cardiologist, forwarded to GP.
Participant [[PERSON|name:Andreas Demetriou]]""",
]

STYLE_I = [
    """REDCap | project HEART-RURAL | HREC/2023/NT/98765 | ACTRN12623000456789
record_id=[[ID|other:HR-NT-0042]] enrolled [[DATE|date:2024-10-02]] arm=usual care
consent: eConsent v3.1 signed; follow-up survey link [[URL|url:https://redcap.menzies.edu.au/surveys/?s=K8PRX4WTH7]]
site: [[LOCATION|geo:Tennant Creek Hospital]] | eligibility 12/12 criteria met""",
    """VOICE-PD study - participant enrolment
Participant [[ID|other:VPD-047]] ([[PERSON|name:Marguerite Delaney]]), H&Y stage 2, UPDRS-III 24
Voice sample template [[ID|biometric:VPT-9f3a27c1e8]] stored on secure server; raw audio deleted after feature extraction.
Optional future use: YES. Return of incidental findings: NO.""",
    """Kimberley kidney cohort - field enrolment, [[LOCATION|geo:Halls Creek]]
Participant matched by palm-vein scan, template [[ID|biometric:PV-KKC-7718-2A]]; tablet stores no names.
Name on paper consent only ([[PERSON|name:Dolly Sampi]]), filed in locked cabinet.
Urine ACR 34 mg/mmol, eGFR 71, BP 142/90.""",
    """CONSENT LOG - [[LOCATION|geo:Austin Health]] Oncology Trials Unit
Row | Participant ID | Name | Consent date | Version | Notes
1 | [[ID|other:ONC-AH-1103]] | [[PERSON|name:Rosalind Achterberg]] | [[DATE|date:07/10/2024]] | PICF v4.0 | -
2 | screen fail (ECOG 3) | - | - | - | not consented
3 | [[ID|other:ONC-AH-1104]] | [[PERSON|name:Vu Thi Mai]] | [[DATE|date:09/10/2024]] | PICF v4.0 (Vietnamese) | TIS interpreter present""",
    """DR-AI validation study - image manifest
[[ID|photo:PID0231_OD_macula_20241015.png]] | [[ID|photo:PID0231_OS_macula_20241015.png]] | camera NW400 | grader 2 agrees (R2M1)
Site: [[LOCATION|geo:Nhulunbuy]] clinic; participant [[ID|other:PID0231]] consented on the day.""",
    """eConsent audit trail | study SLEEP-TEEN
[[DATE|date:2024-10-21 19:44:03]] consent form opened by [[EMAIL|email:jacinta.moloney@outlook.com]] (parent) from [[IP|ip:58.108.231.90]]
19:52:40 signature captured (drawn), stored as [[ID|photo:sig_MOLONEY_J_20241021.png]]
19:53:02 child assent recorded: [[PERSON|name:Liam Moloney]]
19:53:10 status=COMPLETE""",
    """Biobank kiosk log - [[LOCATION|geo:Lismore Base Hospital]] collection room
10:02 check-in by fingerprint, template [[ID|biometric:FPT-00A3-77C1]] -> participant [[ID|other:NRB-2291]]
10:09 bloods: 2x EDTA, 1x SST, aliquots labelled with study barcodes, -80C freezer 3 rack B
10:31 check-out by face match, template [[ID|biometric:FACE-5C91E0]]""",
    """From: [[PERSON|name:Tariq Mansour]] <[[EMAIL|email:tmansour.81@yahoo.com.au]]>
To: study coordinator
Subject: withdraw from study
Hi, I want to withdraw from the diabetes prevention study (my ID is [[ID|other:DPS-WA-0158]]). Please destroy my stored samples and the gait signature template ([[ID|biometric:GAIT-0158-v2]]). Thanks.""",
    """Research note - Clinical Trials Unit, [[LOCATION|geo:Launceston General Hospital]]
Pt [[PERSON|name:Bridget Hanrahan]] enrolled in phase III trial, participant no. [[ID|other:301-0027]]. Randomised via IxRS, blinded IP dispensed.
Visit reimbursement form: TFN [[ID|ssn:425338676]], payments via university finance.
Baseline: eGFR 64, QTc 428ms, pregnancy test N/A. Next visit (week 4) [[DATE|date:25/11/2024]].""",
    """Street-health cohort, outreach enrolment
No names held. Participant identified by iris template [[ID|biometric:IRIS-3D7F-0912]] and study code [[ID|other:SHC-0912]].
Place of contact: [[LOCATION|geo:Kings Cross]], outside [[LOCATION|geo:Wayside Chapel]].
Year of birth (self-reported): [[DATE|date:1979]]. Hep C antibody POC positive, RNA sent.""",
]

STYLE_J = [
    """RiskMan Incident [[ID|other:RM-2024-118273]] | [[LOCATION|geo:Ipswich Hospital]]
Type: property damage, car park P2
Description: visitor reversing white Mazda CX-5 rego [[VEHICLE|vehicle:512 QXT]] struck parked staff vehicle (grey Corolla [[VEHICLE|vehicle:079 YHB]]). No injuries. CCTV cam P2-04 retained for 30 days.""",
    """ims+ notification [[ID|other:IMS-2024-0887714]]
Facility: [[LOCATION|geo:Tamworth Rural Referral Hospital]]
Patient: [[PERSON|name:Clive Honeysett]], MRN [[ID|mrn:TW0583391]]
Event: enoxaparin 80mg given instead of 40mg (prophylaxis). Harm score 4 (no harm). Open disclosure completed with patient and wife.""",
    """RiskMan [[ID|other:RM 662018]] - Aggression (visitor) - [[LOCATION|geo:Mersey Community Hospital]]
Visitor (ex-partner of patient) verbally abusive at ED triage 2140, left in silver Commodore TAS rego [[VEHICLE|vehicle:H 73 WP]]. Tasmania Police attended, report [[ID|other:TASPOL 24/118840]]. Code Grey called, no physical contact.""",
    """Incident: controlled drug cabinet access - [[LOCATION|geo:Bendigo Health]] ward 8A
Automated S8 cabinet: fingerprint login for RN [[PERSON|name:Gemma Tarrant]] (template [[ID|biometric:OMN-FP-44810]]) failed 3x, override by ANUM [[PERSON|name:Sanjeev Dhillon]]. Discrepancy: hydromorphone 2mg/mL amp x1 unaccounted. Pharmacy and DON notified.""",
    """RiskMan - missing person (involuntary patient) - [[LOCATION|geo:Royal Perth Hospital]]
Patient [[PERSON|name:Dwayne Ugle]] left via ambulance bay 0310, seen on CCTV entering blue Hyundai i30 WA plate [[VEHICLE|vehicle:1HNB 392]]. WA Police notified, missing person report [[ID|other:PA24-0993172]].
CCTV still saved as [[ID|photo:CCTV_AMBBAY_0310_UGLE.jpg]]""",
    """WHS incident (staff) - needlestick - [[LOCATION|geo:Calvary Public Hospital Bruce]]
Staff member [[PERSON|name:Nomvula Dlamini]] (EN) sustained hollow-bore needlestick after SC injection, 23G.
Source pt URN [[ID|mrn:CB-881203]] consented to BBV testing. Staff bloods baseline, PEP not indicated per ID reg.""",
    """RiskMan [[ID|other:RM-NT-24-01177]] - patient transport vehicle incident
Clinic troop carrier VIN [[VEHICLE|vehicle:JTMBFREV2L1154708]], NT rego [[VEHICLE|vehicle:CD 41 XR]] rolled on corrugations ~40km from [[LOCATION|geo:Lajamanu]].
On board: [[PERSON|name:Ruby Nungarrayi]] (renal pt en route to dialysis), minor abrasions. Driver AHP [[PERSON|name:Kevin Jupurrurla]] uninjured.""",
    """Privacy incident - [[LOCATION|geo:Women's and Children's Hospital]]
Discharge letter for [[PERSON|name:Poppy Rasmussen]] emailed to [[EMAIL|email:poppy.rasmussen@hotmail.com]], an unrelated person with the same name. Recall requested, recipient confirmed deletion.
Record: [[URL|url:https://riskman.sahealth.sa.gov.au/incident/view?id=889201]]""",
    """RiskMan - community nursing - dog bite at [[ADDRESS|geo:7 Crampton Cres, Rosanna VIC 3084]]
Nurse [[PERSON|name:Alinta Clarke]] bitten L calf by client's dog on arrival; client [[PERSON|name:Horst Fenwick]] apologetic. Wound cleaned, tetanus up to date. Pool car rego [[VEHICLE|vehicle:2KH 7RT]] used to attend GP.""",
    """Incident [[ID|other:RM-ACT-24-3318]] - IT/privacy: biometric time-clock export left on a shared drive
Export contained staff face templates incl. [[ID|biometric:FT-2291-A]] and [[ID|biometric:FT-2304-C]]; drive access restricted, file deleted, vendor notified. No patient data involved.""",
]


def main() -> None:
    n = write_styled(
        OUT,
        [
            ("progress-notes", STYLE_A),
            ("discharge-summaries", STYLE_B),
            ("gp-referral-letters", STYLE_C),
            ("nursing-handovers", STYLE_D),
            ("pharmacy-medrec", STYLE_E),
            ("telehealth-consults", STYLE_F),
            ("billing-claims", STYLE_G),
            ("device-telemetry", STYLE_H),
            ("research-consent", STYLE_I),
            ("incident-reports", STYLE_J),
        ],
    )
    print(f"probe65: {n} docs")


if __name__ == "__main__":
    main()
