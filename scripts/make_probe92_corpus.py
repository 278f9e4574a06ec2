"""Write the 92th hand-annotated redaction probe, Commonwealth and Pacific clinical English.

Why: earlier probes lean on UK, US and Australian notes. Clinical English from New Zealand,
Ireland, Canada, Singapore, South Africa, India and the Pacific mixes Maori, Irish, First Nations,
Inuit, Afrikaans, Hindi, Malay and Pacific place names and personal names with local identifiers
(NZ NHI and IRD numbers, Irish PPSN and GMS medical cards, Ontario health numbers with version
codes, BC PHNs, Singapore NRIC/FIN, South African 13-digit ID numbers, Aadhaar and ABHA numbers)
and local phone formats. A redactor tuned on one locale leaks these, or over-redacts the clinical
numbers (doses, scores, triage codes, bed numbers, helplines) that sit right beside them.

What: one hundred notes written by hand for this project, ten in each of ten styles:
gp-consult-note, hospital-discharge-summary, ed-triage-note, lab-requisition, referral-letter,
insurance-preauth, vaccination-record, telehealth-transcript, community-health-worker-visit and
ambulance-patient-care-record. Identifiers are marked inline as ``[[LABEL|category:text]]``;
``write_styled`` strips the markers, computes offsets while concatenating, and writes one JSON
document a line. Check-digit identifiers (NHI, IRD, PPSN, Ontario HCN, BC PHN, SIN, NRIC/FIN,
South African ID, Aadhaar, VIN, IBAN, Singapore plates) mostly pass their checksums; a few do not.

Conventions: titles/roles outside names (also Shri, Smt., Adi, Oom, Matua, Meneer); "SURNAME,
First" and "SURNAME First" are one span; nicknames and first names alone are marked. NHS, CHI,
H&C numbers, MatEx certificates and insurer memberships are ID|health_plan; so are NZ NHI
numbers, Irish GMS medical card and DPS numbers, Canadian provincial health numbers (an Ontario
HCN written with its version code is one span; a version code in a field of its own is not
marked), First Nations status and treaty registry numbers, ABHA numbers and ABHA addresses,
PM-JAY ids, MCP cards, Integrated Shield and travel policies and medical-aid memberships.
Hospital, unit, folder, CR, IP, UHID, RiO, GOSH and ED attendance numbers are ID|mrn; NI numbers
ID|ssn, and so are the national person numbers of this corpus (NZ IRD, Irish PPSN, Canadian SIN,
Singapore NRIC/FIN, South African ID, Aadhaar, Indian PAN); GMC, NMC, HCPC, GPhC, SWE, NISCC and
DVLA licence numbers ID|license, and so are MCNZ, NCNZ, IMC, NMBI, CPSO, CNO, BCCNM, MSP, SMC
(MCR), SNB, HPCSA, state medical council and BHF practice numbers and driving licences; bank
account numbers, IBANs, UPI ids, MediSave accounts, fees/billing accounts and device-app accounts
ID|account (sort codes and IFSC codes alone are not marked); case, incident, MASH, police, Datix,
ZTAS, Home Office, homecare and 111 case references ID|other, and so are ACC, WSIB, WorkSafeBC
and RAF claims, prior-approval and authorisation references, Garda PULSE, SAPS, RCMP and MLC
numbers, Oranga Tamariki reports, ambulance incident numbers, teleconsult ids, work permits,
MSD/SASSA/ration-card numbers, vaccination beneficiary references and certificate ids, and lab
accession numbers. Ages of anyone (patients, relatives, children) are marked, 90+ as AGE|date;
"13F", "26M", "6yo", "18mo" whole, "M/35", "47/F" and "94 yrs" number only. A date with its time
is one DATE span; weekday+date one span; times, years, durations (3/7, 2/52), weekdays alone,
gestations and batch expiry dates are not marked. Hospitals, surgeries, health centres, nursing
stations, care homes, named pharmacies (with branch town), schools, universities, hotels,
stadiums, towns, villages, suburbs, islands, reserves, streets without a number and named or
numbered roads (N17, Hwy 5, NH-21) are LOCATION|geo; a full address (also a house name with
street or village and postcode, or an HDB block with unit number) is one ADDRESS|geo, except that
an address broken across lines is marked one span per line (a marker cannot cross a line break);
a lone postcode, Eircode or PIN code is ADDRESS|geo. Countries (Niue included), provinces,
states, counties, districts and divisions, health boards and authorities, trusts, councils,
agencies, tribes, iwi, bands and charities are not marked. Public lines (111, 999, 112, 995, 108,
10177, 0800 helplines, Healthline, HealthLink 811) and bleeps and extensions are not marked;
ward, practice, clinic, nursing-station, hospital switchboard and pharmacy phone and fax numbers
are. Licence plates and VINs are VEHICLE|vehicle whoever owns the vehicle (taxis and ambulances
too); unit call-signs are not marked. Serials, UDIs, transmitter ids, app device ids and MAC
addresses of personal devices are DEVICE|device; batch/lot and model numbers are not marked.
Only full-face photo references are ID|photo; fingerprint, voiceprint, palm-vein and iris
template ids are ID|biometric. Staff initials alone (PO, JB, TJ) are not marked.

How: cd /work/main && .venv/bin/python scripts/make_probe92_corpus.py (writes
corpus/redaction/probe92.jsonl).
"""

from pathlib import Path

from make_safe_harbor_suite import write_styled

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "corpus" / "redaction" / "probe92.jsonl"

GP_CONSULT_NOTES = [
    """[[LOCATION|geo:Te Awamutu Medical Centre]] - GP consultation
Pt: [[PERSON|name:Aroha NGATA]]   NHI [[ID|health_plan:ZHK4829]]   [[AGE|other:55]]y F
Seen [[DATE|date:Tue 12 March 2024]] at 09:40 with whanau - daughter present, pt happy for her to stay.
S: 3/7 productive cough, green sputum, SOB on exertion. Using salbutamol 100mcg 2 puffs prn, up to 8x/day.
Ex-smoker 20 pack-yrs, quit 2019. No haemoptysis.
O: T 38.1, HR 104, RR 22, SpO2 93% RA, BP 142/88. Coarse crackles R base.
A: CAP, CURB-65 = 1.
P: amoxicillin 500mg TDS x 5/7 + doxycycline 100mg BD. CXR at hospital radiology, req sent.
Safety-netting: Healthline 0800 611 116 or 111 if worse overnight.
Contact mob [[PHONE|phone:021 448 3920]]. Review 48h, sooner if needed. - GP (HT), MCNZ [[ID|license:28473]]
""",
    """[[LOCATION|geo:Spiddal Health Centre]] - GP consultation
Patient: [[PERSON|name:Ó FLAITHEARTA, Séamus]]   PPSN [[ID|ssn:6538214V]]   GMS medical card no. [[ID|health_plan:A1274930]]
Consult [[DATE|date:19-Feb-2024 10:15]], chronic disease management visit (CDM cycle 2).
HbA1c 61 mmol/mol (prev 58), eGFR 64, ACR 4.1, BP 148/86 seated, BMI 31.2.
Lives alone in [[LOCATION|geo:Na Forbacha]]; son drives out weekly.
Plan: metformin 1g BD continue, add empagliflozin 10mg OD. Repeat bloods 3/12, fasting.
Prefers consultation as Gaeilge. Copy of plan emailed to son at [[EMAIL|email:colm.oflaherty@eircom.net]] with pt consent.
GP: GMD (locum), 3 x 10 min slots booked.
""",
    """Zone physician fly-in clinic - [[LOCATION|geo:Kitchenuhmaykoosib nursing station]]
Date of visit: [[DATE|date:Wednesday, January 17, 2024]]
Name: [[PERSON|name:Mary-Ann Mamakeesic]]   F/[[AGE|other:61]]   Status registry no. [[ID|health_plan:5093812706]]
Nursing station referral #[[ID|other:NS-24-0117]].
CC: R knee pain x 6/12, worse on stairs and getting into the boat. No trauma.
Meds: naproxen 375 mg BID, pantoprazole 40 mg daily, metformin 500 mg BID. A1c 8.2% (last draw).
Exam: small effusion, ROM 5-110 deg, crepitus. BMI 34. Ottawa knee rules neg.
Plan: XR knee next medevac slot; physio via OTN; reassess next fly-in (6 wks).
Nursing station fax [[PHONE|fax:(807) 537-0214]]. HealthLink 811 info given.
""",
    """[[LOCATION|geo:Tampines Polyclinic]] - Doctor Consult (Chronic)
Name: [[PERSON|name:NURUL HUDA BINTE ISMAIL]]   NRIC: [[ID|ssn:S8734251D]]   Age/Sex: [[AGE|other:47]]/F
Visit date: [[DATE|date:08/04/2024]]   Queue no. 3041   Room 12
S: F/U HTN + HLD. Compliant. Occasional headache in the morning. Fasting for Ramadan - counselled.
O: BP 138/84 (home avg 134/82), HR 76, LDL 3.4 mmol/L, TG 1.9, HbA1c 5.9%.
P: amlodipine 5mg OM, atorvastatin 20mg ON (timing adjusted for sahur). CHAS Blue.
MediSave deduction for CDMP authorised by husband [[PERSON|name:Azman bin Yusof]].
Next review 3 months, with DRP. For emergencies call 995.
Dr [[PERSON|name:Lee Jia Hui]] (MCR [[ID|license:M14721H]])
""",
    """Family Practice / Huisartspraktyk - [[LOCATION|geo:Stellenbosch]]
Tel [[PHONE|phone:021 887 4410]]   Fax [[PHONE|fax:021 887 4419]]   Pr. no. [[ID|license:0512345]]
Patient: [[PERSON|name:BOTHA, Elmarie]]   ID [[ID|ssn:9207280147085]]
Medical aid: Discovery Health, dependant code 01. Consult today, 15 min.
C/o dysuria and frequency x 2/7, no loin pain. Urine dip: nitrites +, leucocytes ++, blood trace.
bHCG neg. T 37.2, BP 118/72. ICD-10 N39.0.
Rx: nitrofurantoin 100mg QID x 5/7, urine MC&S sent.
If fever/rigors: go to casualty or phone 10177.
""",
    """OPD SLIP - [[LOCATION|geo:Arogya Family Clinic]], [[LOCATION|geo:Varanasi]]
Name: Shri [[PERSON|name:RAJENDRA PRASAD YADAV]]   Age: [[AGE|other:58]] yrs   Sex: M
ABHA No: [[ID|health_plan:91-4827-3301-6652]]   OPD Reg No. [[ID|mrn:2024/0088]]
Date: [[DATE|date:11/01/2024]]
C/o burning feet, polyuria x 2 months. Known DM 6 yrs, irregular Rx.
FBS 182 mg/dl, PPBS 264 mg/dl, HbA1c 8.9%, S. creat 1.1. BP 150/92.
Rx: Tab Glimepiride 1mg OD before breakfast, Tab Metformin SR 500mg BD, Tab Telmisartan 40mg OD.
Advice: diet chart given, foot care. Review after 15 days with reports. Emergency - call 108.
Regn. No. [[ID|license:48812]] (U.P.M.C.)
""",
    """GOPD / antenatal consult - [[LOCATION|geo:Valelevu Health Centre]]
Name: [[PERSON|name:Losana Vakacegu]]   Age [[AGE|other:36]]   Folder no. [[ID|mrn:VHC-20871]]
Date: [[DATE|date:22nd May 2024]]
G3P2 at 28/40. C/o headache x 2 days, swelling of feet. No visual disturbance.
BP 146/94, repeat 150/96 after 15 min. Urine protein 2+. FHR 142. SFH 27cm.
Imp: ?pre-eclampsia.
Plan: refer to [[LOCATION|geo:Colonial War Memorial Hospital]] labour ward today, nifedipine 10mg stat given.
Husband will drive her in the carrier, reg [[VEHICLE|vehicle:HX 412]].
""",
    """Nurse/GP joint visit - rheumatic fever secondary prophylaxis
Patient: [[PERSON|name:TUPOU, Sione Lātū]]   NHI [[ID|health_plan:MWA3179]]   [[AGE|other:8yo]] M
Mother present, Tongan interpreter via phone.
[[DATE|date:06/02/24]]: benzathine penicillin 1.2 MU deep IM L thigh, lignocaine mixed.
Weight 29.4kg. No chest pain, no joint pain. Murmur grade 2/6 unchanged.
Next injection due [[DATE|date:05/03/24]] (28-day schedule), home visit if missed.
School: [[LOCATION|geo:Yendarra School]] - school nurse informed with mum's consent.
Echo due in 4 months.
""",
    """HOME VISIT [[DATE|date:Thursday 7th December 2023]] - [[LOCATION|geo:Derrybeg]], Co. Donegal
Pt: [[PERSON|name:Bríd Nic Giolla Bhríde]] ("[[PERSON|name:Bridie]]")   [[AGE|date:90]] yrs   Medical card [[ID|health_plan:D8825107]]
Eircode [[ADDRESS|geo:F92 KX83]]; lives alone, carer 2x daily (HSE home support).
Two falls this week, no LOC. BP lying 132/78, standing 108/64 - postural drop.
On bendroflumethiazide 2.5mg, doxazosin 4mg - stop doxazosin, recheck 1/52.
Nephew to install grab rails; OT referral sent. Pendant alarm in place.
Bloods: Na 131, K 3.4.
""",
    """[[LOCATION|geo:Harewood Family Practice]] - follow-up, depression/anxiety + back pain
Patient: [[PERSON|name:Thomas Seward]] (goes by "[[PERSON|name:Tommy]]")   PHN [[ID|health_plan:9047 138 577]]
Visit [[DATE|date:Mar 2, 2024]]. Off work 2/52 (ferry deckhand).
PHQ-9 today 14 (was 19), GAD-7 11. No SI. Sleeping 5 h/night.
Continue sertraline 100 mg daily. Counselling self-referred.
Back: lumbar strain, neuro intact, SLR neg. Modified duties note given.
WorkSafeBC claim [[ID|other:C-2024-0831166]] opened by employer.
""",
]

DISCHARGE_SUMMARIES = [
    """[[LOCATION|geo:Whangārei Hospital]] - DISCHARGE SUMMARY
Patient: [[PERSON|name:PARATA, Hemi Wiremu]]   NHI: [[ID|health_plan:JBX2269]]   Ward 10, bed 4
Admitted: [[DATE|date:26/02/2024 22:10]] via ED   Discharged: [[DATE|date:04/03/2024]]
Diagnosis: L lower leg cellulitis on background T2DM (HbA1c 84), CKD 3a, gout.
Course: IV flucloxacillin 2g QID x 4 days then oral 1g QID; CRP 212 -> 38. Wound swab MSSA.
Discharge meds: flucloxacillin 1g QID for 7 more days; insulin glargine 24 units nocte (was 18); metformin 1g BD.
Follow-up: district nurse dressings at home in [[LOCATION|geo:Kaikohe]]; GP in 1/52.
Wife is main support. Kaumatua Matua [[PERSON|name:Rewi]] visited.
""",
    """[[LOCATION|geo:Letterkenny University Hospital]] - Cardiology Discharge Letter   MRN [[ID|mrn:L0419732]]
Name: [[PERSON|name:GALLAGHER Cathal]]   Age: [[AGE|other:77]]
Admitted [[DATE|date:10/01/2024]] with syncope; ECG complete heart block, rate 32.
Procedure 2 days later: dual-chamber PPM (Medtronic Azure XT DR MRI), serial [[DEVICE|device:RNB418273S]].
Leads: RA 5076-52cm, RV 5076-58cm. Lot 2311A.
Wound check day 7 at GP. Device clinic 6/52 - remote monitor (MyCareLink) account [[ID|account:MCL-0064-2215]] set up.
Avoid lifting L arm above shoulder x 4/52. No driving 1/52 (RSA guidance).
GP: [[LOCATION|geo:Dunfanaghy Health Centre]].
""",
    """[[LOCATION|geo:Royal University Hospital]] - Discharge Summary (Pediatrics / Endocrine)
Patient: [[PERSON|name:CARDINAL, Kateri]]   [[AGE|other:14]] y/o F   HSN [[ID|health_plan:738 204 519]]
Home community: [[LOCATION|geo:La Ronge]]; flew in by medevac.
Admission [[DATE|date:February 3, 2024]] - DKA at presentation (pH 7.08, HCO3 6, BG 31.2), new dx T1DM.
PICU 36 h, insulin infusion 0.1 U/kg/h, then basal-bolus. Discharged day 7.
Discharge regimen: glargine 14 U HS, aspart ICR 1:12, ISF 1:3.
Dexcom G7 started; sensor/transmitter [[DEVICE|device:8R4K2T6J9P]].
Education completed with mom and kokum [[PERSON|name:Marie Roberts]].
Follow-up: Diabetes clinic (tele) 2/52.
""",
    """[[LOCATION|geo:Tan Tock Seng Hospital]] - Inpatient Discharge Summary (Neurology)
Patient: [[PERSON|name:Muhammad Faizal bin Osman]]   NRIC [[ID|ssn:T0429163D]]   MRN [[ID|mrn:TTSH-7731024]]
Age [[AGE|other:63]]   Ward 6B bed 22   LOS 13 days
Dx: L MCA infarct, NIHSS 9 on admission -> 4. TOAST: large artery. AF newly detected.
Rx: apixaban 5mg BD from day 5, atorvastatin 40mg ON.
Home: [[ADDRESS|geo:Blk 419 Ang Mo Kio Ave 10, #05-1187, Singapore 560419]] (lift landing).
Main caregiver: wife; FDW, FIN [[ID|ssn:G5804127R]].
Follow-up: neurology SOC [[DATE|date:14/05/2024 10:30]].
""",
    """[[LOCATION|geo:Tygerberg Hospital]] - Division of Infectious Diseases - DISCHARGE
Name: [[PERSON|name:Nomvula KHUMALO]]   Folder no. [[ID|mrn:T2219403]]   Age [[AGE|other:22]]
Admitted [[DATE|date:2024/01/08]]   LOS 21 days
Dx: Disseminated TB (GeneXpert Ultra pos, RIF not detected), HIV newly diagnosed, CD4 68.
Started RHZE 4 tabs daily on day 3; TLD (dolutegravir) to start at 2/52 of TB Rx per guidelines.
CrAg negative. Cotrimoxazole 960mg daily.
Clinic: [[LOCATION|geo:Site B Khayelitsha CHC]], TB room.
Treatment supporter: aunt, cell [[PHONE|phone:073 555 2841]].
""",
    """[[LOCATION|geo:POST GRADUATE INSTITUTE OF MEDICAL EDUCATION & RESEARCH]], [[LOCATION|geo:Chandigarh]]
DISCHARGE SUMMARY - Dept. of Internal Medicine   CR No. [[ID|mrn:202400318842]]
Name: Smt. [[PERSON|name:KAVITA BHATNAGAR]]   Age/Sex: [[AGE|other:42]]/F   PM-JAY ID: [[ID|health_plan:PMJAY-HR-71K29XQ4]]
DOA [[DATE|date:14.09.2023]]   Ward: Medicine C, Bed 31
Diagnosis: Dengue fever with warning signs (NS1 +, IgM +). Platelet nadir 18,000/cu mm on day 5.
Treatment: IV fluids as per WHO protocol, 2 units SDP transfused. No bleeding.
Condition at discharge: afebrile 48 h, platelets 1.12 lakh.
Advice: ORS, paracetamol 650mg SOS (avoid NSAIDs). Review in Medicine OPD (Mon/Thu) after 1 week.
""",
    """[[LOCATION|geo:Auckland City Hospital]] - Discharge Summary - Cardiothoracic Surgery
Patient: [[PERSON|name:Teuira Mataiapo]]   NHI [[ID|health_plan:DKT1587]]   [[AGE|other:47]]M
Referred from [[LOCATION|geo:Rarotonga Hospital]] under the Cook Islands overseas referral scheme.
Mitral valve replacement (On-X 27mm mechanical) [[DATE|date:17 Jan 2024]]. Valve implant card serial [[DEVICE|device:ONX-MV27-5582901]].
Warfarin, INR target 2.5-3.5; INR at discharge 2.6 on 7mg.
Discharged to family until fit to fly (approx 4 weeks).
Stays with cousin, [[ADDRESS|geo:7 Bader Drive, Māngere, Auckland 2022]].
INR monitoring locally, then on-island clinic on return.
""",
    """[[LOCATION|geo:Cork University Maternity Hospital]] - Postnatal Discharge Summary
Mother: [[PERSON|name:Niamh Ní Shúilleabháin]]   Hosp. no. [[ID|mrn:M1837264]]   Age [[AGE|other:34]]
Baby boy born [[DATE|date:23/10/2023 at 04:52]], 3.71 kg, Apgars 9/10.
SVD at 40+3 weeks. EBL 350 ml. Perineum: 2nd degree tear, repaired.
Anti-D not required (O pos). Rubella immune. Hb day 1 10.8.
Newborn bloodspot taken day 3. Hearing screen passed both ears.
Discharge home day 2 to Eircode [[ADDRESS|geo:P31 X5R2]].
Public health nurse notified - phone [[PHONE|phone:021 487 3110]].
""",
    """[[LOCATION|geo:Qikiqtani General Hospital]] - Discharge Summary
Patient: [[PERSON|name:Annie Qaqqasiq]]   Age [[AGE|other:71]]   NU Health Card [[ID|health_plan:115 482 903]]
Community: [[LOCATION|geo:Pangnirtung]]. Inuktitut interpreter used throughout.
Admitted with AECOPD, type 2 resp failure, pH 7.29 pCO2 68. BiPAP 18 h.
Sputum: H. influenzae. Prednisone 40 mg x 5 d, amox-clav 875 mg BID x 7 d.
Discharge [[DATE|date:2023-12-06]] on home O2 2 L/min via concentrator, serial [[DEVICE|device:IC5-2211-08743]].
Medevac booked next morning on scheduled flight.
Home care nurse to check SpO2 (target 88-92%); health centre fax [[PHONE|fax:867-473-8596]].
""",
    """[[LOCATION|geo:Chris Hani Baragwanath Academic Hospital]] - Trauma Unit Discharge
Name: [[PERSON|name:MOKOENA Thabo]]   ID [[ID|ssn:8704125083088]]   M/[[AGE|other:36]]
Admitted [[DATE|date:Sat 16 Dec 2023]] - MVA, driver, taxi vs bakkie on the [[LOCATION|geo:Golden Highway]].
Injuries: # R femur (IMN day 1), # L radius (ORIF), GCS 15 throughout.
Vehicle: Toyota Hilux VIN [[VEHICLE|vehicle:JTDBR32E360123874]] (for RAF claim).
Road Accident Fund claim ref [[ID|other:RAF/2023/1187452]].
Discharged on crutches, NWB R leg 6/52, enoxaparin 40mg SC daily x 4/52.
""",
]

ED_TRIAGE_NOTES = [
    """[[LOCATION|geo:Middlemore Hospital]] Adult ED - TRIAGE
Arrival [[DATE|date:18/07/2024 02:47]] by private car. ED event no. [[ID|mrn:ED24-0718-0093]]
Name: [[PERSON|name:LEOTA, Talia]]   NHI [[ID|health_plan:NFR7732]]   [[AGE|other:23]]F   Lang: Samoan/English
ATS 2. PC: acute asthma, unable to complete sentences. Ran out of Symbicort 3/7 ago.
RR 32, SpO2 89% RA, HR 128, PEF 140 L/min (best 380). Accessory muscle use.
Tx at triage: salbutamol 5mg + ipratropium 500mcg neb via O2 8L, to Resus 3.
NOK: mother [[PHONE|phone:021 0277 4415]].
""",
    """[[LOCATION|geo:Beaumont Hospital]] ED - Manchester Triage
Time in [[DATE|date:Sun 03/03/2024 23:58]]   ED no. [[ID|mrn:B24-118432]]   MTS: Orange (assault - head injury)
Pt: [[PERSON|name:DOHERTY, Eoin]]   [[AGE|other:25]]M
BIBA (NAS). Assaulted outside a pub on [[LOCATION|geo:Talbot Street]] ~23:15, ?LOC 1 min. GCS 14 (E4V4M6).
Laceration L eyebrow 3cm, periorbital swelling. Pupils PEARL. Neck cleared (Canadian C-spine rule).
Gardaí present - PULSE incident [[ID|other:19384712]].
Clinical photo of face taken for notes: [[ID|photo:IMG_B24118432_face_01.jpg]] (consent obtained).
Tetanus up to date. ETOH ++. For CT brain per NICE.
""",
    """Emergency - Triage Assessment   [[DATE|date:2024-05-11 14:22]]   CTAS 2   Mode: Land EMS
Patient: [[PERSON|name:Jordan Kejick]]   [[AGE|other:19]] M   HCN [[ID|health_plan:6182-045-739-BH]]
From [[LOCATION|geo:Fort William First Nation]]. Found by cousin unresponsive, ?opioid OD (fentanyl).
Naloxone 0.4 mg IM x2 by EMS with response; now GCS 14, RR 12, SpO2 95% 2L, pupils 2mm.
CBG 6.1. No trauma. Track marks L ACF.
Police occurrence [[ID|other:TB24-019377]] - pt not in custody.
Ontario DL on him: [[ID|license:K0418-72056-41119]].
""",
    """[[LOCATION|geo:Changi General Hospital]] Emergency Department - Triage
Reg. time [[DATE|date:12/06/2024 19:05]]   PAC 2
Name: [[PERSON|name:RAHMAN MD SHAHIDUL]]   FIN [[ID|ssn:F2318576T]]   [[AGE|other:31]]/M   Nationality: Bangladeshi
Work permit no. [[ID|other:0 47182935]]. Employer supervisor HP [[PHONE|phone:8126 4403]].
PC: fall from height ~3m at worksite, landed on back.
HR 112, BP 104/66, RR 22, SpO2 97%, pain 8/10 lumbar. GCS 15. Log-rolled, spinal board.
MOM/WSH incident report to be made by employer. Interpreter: Bengali via phone line.
""",
    """[[LOCATION|geo:Groote Schuur Hospital]] - Trauma / C14 - SATS
Arrival [[DATE|date:Fri 2024/02/09 21:40]]   SATS RED (TEWS 8 + penetrating chest)
Name: unknown male, later identified as [[PERSON|name:Sipho Ndlovu]] by brother. Folder [[ID|mrn:GSH 4413802]].
Unknown-patient face photograph on arrival: [[ID|photo:GSH_unk_M_20240209_face.jpg]].
Stab wound L 5th ICS anterior axillary line. RR 30, SpO2 88%, HR 124, BP 96/58, GCS 15.
ICD inserted L, 1200ml blood initially. 2 units O neg.
SAPS present: case [[ID|other:CAS 188/02/2024]].
""",
    """[[LOCATION|geo:KEM HOSPITAL]] CASUALTY - Triage / MLC
Date-time [[DATE|date:03-01-2024 22:35]]   MLC No. [[ID|other:MLC/2024/00117]]
Name: [[PERSON|name:Sachin Gaikwad]]   Age [[AGE|other:27]]   M
H/o RTA - two-wheeler skid near [[LOCATION|geo:Dadar TT]]. Helmet: no. Bike reg [[VEHICLE|vehicle:MH 01 DK 4471]].
Triage: RED. GCS 12 (E3V3M6), L pupil 4mm sluggish, R 3mm. BP 150/90, HR 58.
CT brain urgent; neurosurgery RMO informed. Tetanus toxoid 0.5ml IM given.
Relative: wife informed on [[PHONE|phone:99301 22718]].
""",
    """[[LOCATION|geo:Rotorua Hospital]] ED - Paediatric triage
[[DATE|date:21 Aug 2024 18:10]]   ATS 3
Child: [[PERSON|name:Ngāwai Te Rangi]]   [[AGE|other:3yo]] F   NHI [[ID|health_plan:TWU0315]]
With koro. Scald to R forearm/hand from jug ~17:30, first aid 10 min cool water at home.
Estimated 3% TBSA superficial partial thickness. Pain FLACS 6 -> fentanyl IN 1.5mcg/kg.
Weight 14kg. Immunisations UTD per AIR.
History consistent; however 2nd burn presentation in 6/12 - SW consult, Oranga Tamariki report of concern [[ID|other:OT-RC-2408-55123]].
""",
    """[[LOCATION|geo:Royal Inland Hospital]] - ED Triage   [[DATE|date:Jan 26 2024 0712]]   CTAS 3
Pt [[PERSON|name:Delbert Paul]] [[AGE|other:52]]M   PHN [[ID|health_plan:9135720413]]
MVC: single vehicle, hit black ice on [[LOCATION|geo:Hwy 5]], belted driver, airbag deployed. ~45 km/h.
C/o chest wall pain (seatbelt), neck stiffness. Self-extricated, ambulatory at scene.
HR 96, BP 158/94, SpO2 97%, GCS 15. NEXUS: midline tenderness - collar kept.
Truck: 2019 Ford F-150, BC plate [[VEHICLE|vehicle:RM2 84K]], VIN [[VEHICLE|vehicle:1FMCU9G6XLUA27781]].
BC DL [[ID|license:4418752]].
""",
    """[[LOCATION|geo:Lautoka Hospital]] - Emergency Department triage
Date [[DATE|date:9/9/2023]] time 1135. Triage cat 2 (orange).
Name [[PERSON|name:Ravinesh Kumar]], [[AGE|other:44]]M, cane farmer from [[LOCATION|geo:Drasa]]. Reg no. [[ID|mrn:LTK-23-118204]].
PC: deep laceration L leg from cane knife, bleeding controlled with pressure bandage by brother.
Wound 10cm, tendon visible, distal pulses present. HR 108, BP 110/70.
Tetanus status unknown - ATT given. Refer surgical team.
Came by taxi reg [[VEHICLE|vehicle:LT 3391]].
""",
    """[[LOCATION|geo:Portiuncula University Hospital]] - ED Triage
[[DATE|date:27/11/2023 08:05]]   MTS Yellow (fall, ?#NOF)   MRN [[ID|mrn:P0227614]]
Pt: Mrs [[PERSON|name:Máire Uí Cheallaigh]]   [[AGE|date:92]] yrs   from [[LOCATION|geo:St Brendan's Community Nursing Unit]]
Found on floor by HCA at 06:30, L leg shortened + externally rotated. AMT 7/10 (baseline 8).
Pain 7/10 -> fascia iliaca block by ED reg. On apixaban 2.5mg BD - last dose 20:00.
Hearing aid L, serial [[DEVICE|device:PH-L90-2217845]] - bagged with property.
Nursing unit [[PHONE|phone:(091) 841 212]].
""",
]

LAB_REQUISITIONS = [
    """PATHLAB BAY OF PLENTY - LABORATORY REQUEST
Patient surname: [[PERSON|name:WAAKA]]   Given names: [[PERSON|name:Te Aniwa Rose]]   Sex: F   DOB: [[DATE|date:21/12/1987]]
NHI: [[ID|health_plan:HRQ5197]]
Requester: [[LOCATION|geo:Whakatāne Medical Centre]]   Fax: [[PHONE|fax:07 308 6615]]
Tests: FBC, ferritin, B12/folate, TSH, GTT 75g (pregnant 26 wks), blood group + antibodies.
Clinical: G2P1, fatigue, Hb 98 at booking.
Collected 08:20 fasting. Collector: TK.
Lab no. [[ID|other:24-B-0448213]]. Urgent: no.
""",
    """Laboratory Medicine Request Form - GUIDE clinic
MRN: [[ID|mrn:1183926]]   Name: [[PERSON|name:KEANE, Pádraig]]   DOB: [[DATE|date:09 Mar 1972]]
Requesting clinician: SHO (bleep 4471)
Tests: HIV-1 viral load, CD4, U&E, LFT, lipids, HBsAg, HCV Ab, syphilis serology.
Current ART: Biktarvy 1 tab daily. Last VL <40 copies/mL.
Specimen: 2 x EDTA, 1 x SST. Taken 11:45 by phlebotomy.
Results also to GP: [[LOCATION|geo:Thomas Court Medical Practice]], fax [[PHONE|fax:(01) 454 7718]].
""",
    """LifeLabs - BC Outpatient Laboratory Requisition
Patient: [[PERSON|name:NAHANEE, Wilma]]   Sex: F   PHN: [[ID|health_plan:9284 061 955]]
Address: [[ADDRESS|geo:311 Capilano Road, North Vancouver, BC V7P 3J1]]
Ordering practitioner: MSP practitioner no. [[ID|license:17264]]
Tests: HbA1c, lipid panel (non-fasting OK), ACR (urine), creatinine/eGFR, ALT.
INR: on warfarin, target 2.0-3.0; patient self-tests on CoaguChek XS meter SN [[DEVICE|device:UP12041877]] - comparison draw requested.
Collected [[DATE|date:2024-02-19 09:02]]. Accession [[ID|other:L240219-55721]].
""",
    """[[LOCATION|geo:Ng Teng Fong General Hospital]] - Laboratory Request (Outpatient)
Patient Name: [[PERSON|name:TAN Wei Ling]]   NRIC/FIN: [[ID|ssn:S9035172I]]   Sex: F
HRN: [[ID|mrn:NTF-0923318]]   Clinic: Endocrine SOC, Clinic 3B
Email for results notification: [[EMAIL|email:weiling.tan90@yahoo.com.sg]]
Tests: TFT (FT4, TSH), TRAb, FBC. Clinical Dx: Graves' disease on carbimazole 15mg OM, week 8.
Copy to GP, fax [[PHONE|fax:6561 0927]].
Specimen taken [[DATE|date:28 Feb 2024]] 0915 hrs. Priority: routine.
""",
    """NHLS - LABORATORY REQUEST FORM
Facility: [[LOCATION|geo:Mitchells Plain CHC]]
Patient: [[PERSON|name:Fatima ABRAHAMS]]   Folder no: [[ID|mrn:MPC 88124]]   Sex: F
ID/passport: [[ID|ssn:7809300132187]]
Tests: HIV viral load (routine 12-month), CrCl, FBC. On TLD since 2019. Previous VL LDL.
Pregnant: no. Breastfeeding: no. TB screen: negative (symptom screen).
Date drawn: [[DATE|date:2024-04-03]]. Barcode: [[ID|other:JB09923341]].
Results SMS to patient cell [[PHONE|phone:084 555 0192]] (consented).
""",
    """Dr Lal PathLabs - HOME COLLECTION REQUISITION
Patient: Mrs. [[PERSON|name:Sunita Meena]]   Age: [[AGE|other:51]] Y   Gender: F
Address: [[ADDRESS|geo:Plot 41, Gopalpura Bypass, Jaipur 302018]]
Mobile: [[PHONE|phone:+91 94141 72003]]
Tests: Lipid profile, HbA1c, KFT, Vit D (25-OH), Vit B12, TSH. Fasting 10-12 h.
Slot: [[DATE|date:Saturday, 20 January 2024]], 7:00-8:00 am.
Payment: UPI [[ID|account:sunitameena71@okaxis]]. Visit ID [[ID|other:8830142]].
""",
    """Laboratory - Anticoagulation / Haematology request
Name: [[PERSON|name:RIKIHANA, Paora]]   NHI [[ID|health_plan:LAX8642]]   DOB [[DATE|date:04.06.1949]]
Indication: AF, mechanical AVR. Warfarin 5mg Mon/Wed/Fri, 4mg other days. Target INR 2.5-3.5.
Test: INR + FBC. Specimen collected at [[LOCATION|geo:Te Kūiti Hospital]] 10:00.
Requesting: NP (NCNZ [[ID|license:208714]]), fax [[PHONE|fax:07 878 8041]].
Note: pt also home-testing with meter SN [[DEVICE|device:UP14475309]]; last home INR 4.1.
""",
    """ONTARIO - LABORATORY REQUISITION (Form 4422-84)
Requisitioning clinician: CPSO [[ID|license:88412]]   fax [[PHONE|fax:(807) 555-0189]]
Health Number [[ID|health_plan:7201938466]]   Version ZA   Sex F   DOB [[DATE|date:1990/11/02]]
Patient: [[PERSON|name:BEARDY, Sheena]]   Address: [[ADDRESS|geo:Box 143, Muskrat Dam, ON P0V 3B0]]
Tests: Hb, ferritin, TSH, prenatal screen (ABO/Rh, rubella, HBsAg, syphilis, HIV), urine C&S.
Additional: GC/CT NAAT. LMP 8 weeks ago.
Specimen collected at the nursing station; shipped on the sked.
""",
    """[[LOCATION|geo:Vaiola Hospital]] Laboratory - Request form
Patient name: [[PERSON|name:Tevita Fonua]]   Age: [[AGE|other:58]]   Sex: M   Hosp. no. [[ID|mrn:VH 190447]]
Village: [[LOCATION|geo:Kolomotu'a]]
Tests: RBS, HbA1c, creatinine, urea, K+, lipids.
Clinical notes: T2DM + HTN, non-healing R foot ulcer, for review at NCD clinic. Metformin 850 mg BD.
Date: [[DATE|date:13/03/2024]]
""",
    """[[LOCATION|geo:University Hospital Limerick]] - Histopathology Request
Name: [[PERSON|name:Mary Frances QUINLAN]]   MRN [[ID|mrn:U0733219]]   Age [[AGE|other:62]]
GP fax [[PHONE|fax:065 682 1449]].
Specimen: skin punch biopsy L cheek, 4mm, ?BCC ?SCC. Fixed in formalin 10%.
Pre-excision photo (full face, for MDT): [[ID|photo:UHL_derm_U0733219_face.jpg]].
Taken [[DATE|date:Mon 12/02/2024]] by dermatology reg. Laya member no. [[ID|health_plan:LH 4407 2193]].
""",
]

REFERRAL_LETTERS = [
    """[[LOCATION|geo:Tūranga Health]]
[[DATE|date:5 April 2024]]
To: General Surgical Outpatients, [[LOCATION|geo:Gisborne Hospital]]
Re: [[PERSON|name:Wikitoria Kohere]]   NHI [[ID|health_plan:KPE0920]]   [[ADDRESS|geo:RD 1, Ruatoria 4081]]
Kia ora koutou,
Thank you for seeing [[PERSON|name:Wiki]], [[AGE|other:49]], with recurrent RUQ pain post fatty meals x 4 episodes in 3 months.
USS last month: multiple gallstones, CBD 5mm, no cholecystitis. LFTs normal, lipase 38.
BMI 36. HbA1c 46. No other surgery. Lives 2 hours from town - please coordinate appointments with
her nephew who drives her. Prefers afternoon clinics.
Ngā mihi, GP (TN)
""",
    """[[LOCATION|geo:Castlebar Family Practice]]   Email [[EMAIL|email:reception@castlebarfp.ie]]
[[DATE|date:14/11/2023]]
Consultant Neurologist, [[LOCATION|geo:Mater Misericordiae University Hospital]]
Dear Dr [[PERSON|name:Costello]],
Re: [[PERSON|name:Siobhán Ní Bhriain]], medical card [[ID|health_plan:C4127709]]
I would be grateful if you would see this teacher with 2 episodes of optic neuritis
(L eye two years ago, R eye last autumn) and new L leg paraesthesia. MRI locally
shows periventricular lesions. Her mother had MS.
Yours sincerely, Dr [[PERSON|name:Peadar Walsh]] MB MICGP (IMC [[ID|license:019482]])
""",
    """Nurse Practitioner Referral - [[LOCATION|geo:Fort Albany Nursing Station]], fax [[PHONE|fax:705-278-1046]]
To: Ophthalmology (via Ontario eReferral)
Date: [[DATE|date:2024-01-22]]
Patient: [[PERSON|name:Louis Nakogee]]   DOB [[DATE|date:1962-10-05]]   OHIP [[ID|health_plan:3910 275 845 PT]]
Reason: proliferative diabetic retinopathy OU on retinal camera screen; VA 6/24 R, 6/60 L. A1c 10.4%.
Escort: wife (Cree speaker, interpreter needed). NIHB travel to be booked.
Photo set uploaded: [[URL|url:https://ereferral.oths.ca/case/FA-24-00391]].
NP licence (CNO) [[ID|license:0488213]].
""",
    """[[LOCATION|geo:Woodlands Polyclinic]] - Referral Memo
To: Cardiology, [[LOCATION|geo:Khoo Teck Puat Hospital]]   Priority: Early (2-4 weeks)
Patient: [[PERSON|name:GOVINDASAMY s/o Ramasamy]]   NRIC [[ID|ssn:S7431188A]]   Age [[AGE|other:66]]   Sex M
Tel [[PHONE|phone:9730 2215]] (HP)
Dear Colleague, kindly review this gentleman with exertional chest tightness x 1 month, relieved by rest.
ECG: ST depression V4-V6 on exercise in clinic. BP 152/90, LDL 4.1, smoker 30 pack-yrs.
Started aspirin 100mg OM, atorvastatin 40mg, GTN 0.5mg SL prn. Subsidised referral (CHAS Orange).
Son ([[EMAIL|email:prakash.g@singnet.com.sg]]) will accompany.
""",
    """Eye Clinic referral - from [[LOCATION|geo:St Barnabas Hospital]]   Fax [[PHONE|fax:047 555 0121]]
Date: [[DATE|date:29/08/2023]]
Patient: [[PERSON|name:Nolitha MADIKIZELA]]   Age [[AGE|other:9]]   Folder no. [[ID|mrn:SB 30418]]
Guardian (grandmother): [[PERSON|name:Zoleka Madikizela]], ID [[ID|ssn:5506170094081]]
Problem: white pupil (leukocoria) R eye noticed by teacher; VA R HM, L 6/6.
?Retinoblastoma ?Coats. Please see urgently.
Granny has no airtime - please call her, not SMS.
Medical officer (SM)
""",
    """[[LOCATION|geo:Iyer Eye Care]]
[[ADDRESS|geo:32 South Masi Street]]
[[ADDRESS|geo:Madurai 625001]]
Date: [[DATE|date:02.02.2024]]
To: The Head, Dept of Medical Oncology, [[LOCATION|geo:Christian Medical College]]
Sub: Referral of Mr [[PERSON|name:Murugesan Pandian]], [[AGE|other:60]]/M, ABHA address [[ID|health_plan:murugesanp@abdm]]
Respected Sir/Madam,
Kindly evaluate the above patient for L orbital mass with proptosis 6 mm. CT orbit: enhancing intraconal mass.
FNAC inconclusive. Known HTN on amlodipine 5mg. He will travel with his son.
Reg. No. [[ID|license:TNMC 68214]].
""",
    """[[LOCATION|geo:Tupua Tamasese Meaole Hospital]] - Overseas Treatment Scheme referral
To: Paediatric Cardiology, [[LOCATION|geo:Starship Children's Hospital]]
Date: [[DATE|date:4 March 2024]]   MOH Samoa OTS ref [[ID|other:OTS-2024-0142]]
Patient: [[PERSON|name:Iosefa Faleolo]]   [[AGE|other:6yo]] M   Hosp. no. [[ID|mrn:TTM 88-2041]]
Diagnosis: severe rheumatic MR and moderate AR, NYHA III, on frusemide 1mg/kg BD and monthly BPG.
Echo images: [[URL|url:https://share.ttmh.gov.ws/echo/IF-88-2041]]
Escort: father, passport on file; NZ contact: aunt (details with OTS office).
Referring paediatrician, ph [[PHONE|phone:+685 66 600]] ext 214 (hospital switchboard).
""",
    """GP clinic referral to Paediatric Gastroenterology - [[DATE|date:Thu 11 Jul 2024]]
Child: [[PERSON|name:Kahu MORUNGA]]   [[AGE|other:18mo]]   NHI [[ID|health_plan:BVS4473]]
Parents: [[PERSON|name:Ripeka Morunga]] and partner; [[LOCATION|geo:Kaitaia]]
Faltering growth (weight 0.4th centile, was 25th at 9mo), chronic diarrhoea, abdominal distension.
tTG-IgA 148 U/mL (ULN 10), total IgA normal. Started gluten 6 months ago.
Whānau have no car - please book with travel assistance.
Email for correspondence: [[EMAIL|email:ripeka.morunga@xtra.co.nz]]. MCNZ [[ID|license:35127]].
""",
    """Specialist Referral (Psychiatry) - Adult Psychiatry Intake, [[LOCATION|geo:Winnipeg]]
From: [[LOCATION|geo:Norway House Hospital]], fax [[PHONE|fax:204-359-6999]]
Date [[DATE|date:Feb 12, 2024]]
Patient: [[PERSON|name:Dakota Whitecalf-Muswagon]]   PHIN [[ID|health_plan:118 392 704]]
[[AGE|other:22]]-yr-old with first-episode psychosis: auditory hallucinations x 3/12, stopped attending college.
Started risperidone 1 mg HS. No current SI; grandfather supervising.
RCMP file [[ID|other:2024-118734]] (welfare check only).
""",
    """Physiotherapy / Falls Clinic referral - from [[LOCATION|geo:Jobstown Primary Care Centre]]
Date: [[DATE|date:the 6th of February 2024]]
Re: Mr [[PERSON|name:Liam Ó Raghallaigh]] ("[[PERSON|name:Bill]]")   [[AGE|date:90]]   PPSN [[ID|ssn:5902718V]]
Eircode [[ADDRESS|geo:D24 W3F6]]. Lives with daughter.
3 falls in 2 months, TUG 24 s, Berg 38/56. On 8 meds incl. zopiclone 7.5mg nocte and tamsulosin.
Please assess gait/balance; OT home assessment also requested.
DPS card [[ID|health_plan:DP 7719 0442]].
""",
]

INSURANCE_PREAUTHS = [
    """Southern Cross Health Insurance - Prior Approval Request (online)
Member: [[PERSON|name:Grant Ruawai]]   Membership no. [[ID|health_plan:40127 3381 02]]   Email: [[EMAIL|email:grant.ruawai@gmail.com]]
Provider: orthopaedic surgeon, [[LOCATION|geo:Royston Hospital]] (MCNZ [[ID|license:17702]])
Procedure: R total knee joint replacement (CPT 27447), 3 night stay. Planned [[DATE|date:23 September 2024]].
Clinical: OA KL grade 4, Oxford knee score 17/48, failed 12 months physio + injection.
Estimated cost $31,480 incl. GST. Policy: Wellbeing One, $500 excess.
Prior approval ref [[ID|other:PA-24-8871043]]. Excess to be debited from [[ID|account:12-3140-0218845-00]].
""",
    """VHI Healthcare - Pre-Authorisation Request (Hospital Plan)
Member name: [[PERSON|name:Aoife GALLAGHER-BURKE]]   Policy no. [[ID|health_plan:8841 2270 53]]   DOB [[DATE|date:15/06/1983]]
Hospital: [[LOCATION|geo:Bon Secours Hospital Galway]]   Consultant IMC [[ID|license:022614]]
Procedure: laparoscopic excision of endometriosis + cystoscopy, day case, proposed next month.
Hx: severe dysmenorrhoea, failed COCP and Visanne; MRI pelvis deep infiltrating endometriosis.
Procedure codes: 2310, 1471. Claim form signed by member.
Shortfall to be paid from IBAN [[ID|account:IE57BOFI90001731862409]].
""",
    """Pacific Blue Cross - Predetermination / Special Authority
Plan member ID [[ID|health_plan:PBC 0648812 01]]   Group 14830 (employer plan)
Patient (dependent): [[PERSON|name:Simran Dhaliwal]], [[AGE|other:15]], BC PHN [[ID|health_plan:9662140779]]
Request: adalimumab biosimilar 40 mg SC q2wk - moderate-severe Crohn's disease (PCDAI 42), failed azathioprine.
Prescriber: paediatric GI, MSP [[ID|license:28814]], fax [[PHONE|fax:604-555-0155]]
PharmaCare Special Authority submitted [[DATE|date:Apr 4 2024]].
Member portal upload: [[URL|url:https://member.pac.bluecross.ca/claims/PBC0648812/docs]]
""",
    """Great Eastern - GREAT SupremeHealth - Pre-Authorisation (Letter of Guarantee)
Insured: [[PERSON|name:CHUA Boon Hock]]   NRIC [[ID|ssn:T0215562H]]   Policy [[ID|health_plan:GSH-0004418732]]
Hospital: [[LOCATION|geo:Mount Elizabeth Novena Hospital]]   Admission [[DATE|date:03 May 2024]]
Dx: L ACL rupture (MRI), playing floorball. Proposed: arthroscopic ACL reconstruction (hamstring graft). Table SF805K.
Estimated bill S$24,600. MediShield Life claimable + IP rider.
MediSave a/c of father for deductible: [[ID|account:MS-S6312208B]].
""",
    """DISCOVERY HEALTH - HOSPITAL PRE-AUTHORISATION
Authorisation no. [[ID|other:DH-A-240812-5530]]   Date of request [[DATE|date:2024-08-12]]
Main member: [[PERSON|name:Pieter DU PLESSIS]]   Membership [[ID|health_plan:372014558]]   Plan: Classic Comprehensive
Patient: main member (dependant 00), ID [[ID|ssn:6501035421081]]
Hospital: [[LOCATION|geo:Mediclinic Bloemfontein]], 2 nights ward
Treating urologist practice no. [[ID|license:0842761]]
Procedure: TURP (CPT 52601), ICD-10 N40. IPSS 26, Qmax 6 ml/s, PSA 2.1.
""",
    """AYUSHMAN BHARAT PM-JAY - PRE-AUTHORISATION (TMS)
Hospital: [[LOCATION|geo:District Hospital Gorakhpur]]   Case no. [[ID|other:CASE/UP/2024/8842117]]
Beneficiary: [[PERSON|name:Ramkali Devi]]   PM-JAY ID [[ID|health_plan:PMJAY-UP-K8T4Q2ZN]]   Age [[AGE|other:64]]   F
Aadhaar-based e-KYC: fingerprint auth failed x2 (worn ridges); iris auth successful - template ref [[ID|biometric:IRIS-UIDAI-7d41c9e2]].
Beneficiary photo captured at admission desk: [[ID|photo:BEN_PHOTO_8842117.jpg]].
Package: SE009A - cataract (SICS with IOL), R eye. Amount Rs 9,000.
Admission [[DATE|date:05/02/2024]]. Arogya Mitra mob [[PHONE|phone:70079 41286]].
""",
    """MediAssist TPA - Cashless Request (Star Health)
Patient: Mr [[PERSON|name:Arjun Menon]]   Age [[AGE|other:39]]   Policy no. [[ID|health_plan:P/141113/01/2024/004417]]
Hospital: [[LOCATION|geo:Amrita Institute of Medical Sciences]]   IP no. [[ID|mrn:AIMS-IP-2403-7718]]
Date/time of admission: [[DATE|date:14-03-2024 16:40]]
Diagnosis: acute appendicitis, Alvarado 8, USG: inflamed appendix 9mm. Planned lap appendicectomy.
Estimated cost Rs 1,35,000. Room: twin sharing.
PAN (for claim > 50k): [[ID|ssn:AQRPM4418K]]. Bank a/c [[ID|account:50100418873321]], IFSC HDFC0001852.
""",
    """ACC - Injury Claim (ACC45) and prior approval
Claim no. [[ID|other:10004417362]]   Date of injury [[DATE|date:02/06/2024]]
Claimant: [[PERSON|name:Jack Matenga]]   NHI [[ID|health_plan:EQW6034]]   IRD no. [[ID|ssn:049-382-170]] (for weekly comp)
Injury: crush injury L hand between container and forklift at work (wharf).
Dx: # L 4th + 5th metacarpals, extensor tendon laceration. ORIF next day at [[LOCATION|geo:Hawke's Bay Fallen Soldiers' Memorial Hospital]].
Request: hand therapy x 12 sessions, 6 weeks weekly compensation.
""",
    """WSIB Ontario - Health Professional's Report (Form 8)
Claim number: [[ID|other:31 447 0982]]   Date of accident [[DATE|date:2024-02-27]]
Worker: [[PERSON|name:Nathaniel Hill]]   SIN [[ID|ssn:471 820 464]]   OHIP [[ID|health_plan:8455-610-298-TA]]
Address: [[ADDRESS|geo:2217 Chiefswood Road]]
         [[ADDRESS|geo:Ohsweken, ON N0A 1M0]]
Fell 2 m from scaffold, L wrist scaphoid fracture (CT confirmed).
Treatment: cast 8 wks; request physiotherapy 2x/wk x 6 wks.
Practitioner CPSO [[ID|license:104226]], billing no. [[ID|account:0218-441173]]
""",
    """BSP Life (Fiji) - Medical Claim Pre-Approval - Overseas treatment
Policy holder: [[PERSON|name:Mereseini Waqanivalu]]   Policy no. [[ID|health_plan:BSPL-HC-0229814]]
Referring: [[LOCATION|geo:Suva Private Hospital]]
Request: coronary angiography +/- PCI at partner hospital in [[LOCATION|geo:Chennai]]. Troponin positive NSTEMI [[DATE|date:Jan 29, 2024]].
Estimated FJD 38,000 incl. flights for patient + 1 escort (daughter, [[AGE|other:27]]).
Claimant voice authentication enrolled for phone claims - voiceprint id [[ID|biometric:VP-FJ-002291]].
""",
]

VACCINATION_RECORDS = [
    """Aotearoa Immunisation Register (AIR) - Immunisation event record
Child: [[PERSON|name:Mānuka Hēnare-Tipene]]   NHI [[ID|health_plan:WKA3384]]   Age at event [[AGE|other:15mo]]
Vaccinator: authorised vaccinator (AP), [[LOCATION|geo:Kawerau Medical Centre]]
Event date [[DATE|date:07/05/2024 10:20]]
- MMR (Priorix) 0.5 mL SC L thigh, batch A77CB412A exp 09/2025
- Hib (Act-HIB) 0.5 mL IM R thigh, batch U1H442V
- PCV (Prevenar 13) 0.5 mL IM L thigh, batch LM9972
No adverse reaction at 20 min. Next due: 4 years (DTaP-IPV).
Caregiver: nan ([[AGE|other:58]]), ph [[PHONE|phone:07 323 8815]].
""",
    """HSE School Immunisation Programme - Consent & Vaccination Record (First Year, second level)
School: [[LOCATION|geo:Coláiste Pobail Acla]]   Roll no. 68340P
Student: [[PERSON|name:Caoimhe Ní Mháille]]   DOB [[DATE|date:14/03/2011]]   PPSN [[ID|ssn:7046152DA]]
Parent/guardian email [[EMAIL|email:bernieomalley@hotmail.ie]]
Vaccines: HPV9 (Gardasil 9) dose 1 0.5 mL IM L deltoid, batch W012473; Tdap (Boostrix) IM R deltoid, batch AC52B417AA.
MenACWY not yet given - due second visit.
Administered by PHN, NMBI PIN [[ID|license:161834]], at school hall, 11:05.
""",
    """Saskatchewan - Panorama Immunization Record (printout)
Client: [[PERSON|name:MOOSOMIN, Garrett]]   HSN [[ID|health_plan:418 207 336]]   DOB [[DATE|date:1994-10-28]]
Immunization history:
  [[DATE|date:2023-10-31]]  Influenza, standard-dose quadrivalent, lot U7741AA, L deltoid
  [[DATE|date:2023-10-31]]  COVID-19 XBB.1.5 Comirnaty 30 mcg, lot HH0981, R deltoid
  2019  Td booster
Provider: [[LOCATION|geo:Battleford Union Hospital]] public health
Pneumococcal due - chronic liver disease. Panorama client ID [[ID|mrn:1028841773]].
""",
    """National Immunisation Registry (NIR) - Singapore - Vaccination record (child)
Name: [[PERSON|name:Aisyah Nur binte Mohamed Hafiz]]   Birth cert no./NRIC [[ID|ssn:T2318874G]]   DOB [[DATE|date:11/11/2023]]
Clinic: [[LOCATION|geo:Punggol Polyclinic]]
  at birth: BCG, Hep B 1
  2 months: 6-in-1 dose 1, PCV13 dose 1
  4 months: 6-in-1 dose 2, PCV13 dose 2
  [[DATE|date:16/05/2024]] 6-in-1 dose 3
Next due: MMR 1 + PCV booster at 12 months.
HealthHub account (parent) [[ID|account:HH-88102741]] linked.
""",
    """ROAD TO HEALTH BOOKLET - Immunisation page (copied into clinic record)
Clinic: [[LOCATION|geo:Seshego Clinic]]
Child: [[PERSON|name:Tshepo Mashaba]]   DOB [[DATE|date:2023-06-04]]   Birth wt 2.9 kg   Folder [[ID|mrn:SES/23/1144]]
Mother: [[PERSON|name:Refilwe Mashaba]], ID [[ID|ssn:0003140562081]]
  Birth: BCG, OPV0
  6 wks: OPV1, Hexavalent 1, RV1, PCV1
  10 wks: Hexavalent 2
  14 wks: Hexavalent 3, RV2, PCV2 (given late)
  9 mo: measles 1 (MR)
Vit A 100 000 IU at 6 months. Weight-for-age on curve.
""",
    """U-WIN / CoWIN - Vaccination Certificate (provisional)
Beneficiary name: [[PERSON|name:Priyanka Deshpande]]   Age [[AGE|other:33]]   Gender Female
Photo ID verified: Aadhaar [[ID|ssn:7205 1938 4628]]
Beneficiary reference ID: [[ID|other:84017736219045]]
Vaccine: COVISHIELD, dose 3 (precaution dose) on [[DATE|date:22 Apr 2023]]. Batch 4121Z087.
Vaccinated at: [[LOCATION|geo:UPHC Kothrud]]
Verify: [[URL|url:https://verify.cowin.gov.in/cert/84017736219045]]
""",
    """Tonga Ministry of Health - MR catch-up campaign individual record
Site: town hall outreach, [[DATE|date:Sat 25 Nov 2023]]
Name: [[PERSON|name:Siosaia Moala]]   Age [[AGE|other:4]]   Village [[LOCATION|geo:Vaini]]   Child health card no. [[ID|mrn:TBU-CHC-30552]]
Mother ([[AGE|other:25]]) present.
Vaccine: MR 0.5 mL SC R upper arm, lot 0419T8 (SII). No previous MR2 on card.
Also: vitamin A 200,000 IU, albendazole 400 mg.
Vaccinator: EPI team nursing officer.
""",
    """[[LOCATION|geo:Rangiora Court Rest Home]] - Influenza + COVID vaccination record 2024
Resident: Mrs [[PERSON|name:Edith Ferguson-Tahana]]   NHI [[ID|health_plan:GHB7156]]   Age [[AGE|date:93]]
Room 14, hospital-level care. Consent: EPOA daughter (verbal).
[[DATE|date:18/04/2024]]: Influvac Tetra 0.5 mL IM L deltoid, batch T77D. Comirnaty (JN.1) given same day R deltoid.
Observed 15 min, no reaction. AIR updated.
Facility fax for GP: [[PHONE|fax:03 313 0419]].
""",
    """Travel Clinic Vaccination Record
Client: [[PERSON|name:Jasleen Kaur Sidhu]]   BC PHN [[ID|health_plan:9703288141]]   Email [[EMAIL|email:jasleen.sidhu98@outlook.com]]
Travel: [[LOCATION|geo:Amritsar]] + rural Punjab, 6 wks, departing [[DATE|date:Dec 18, 2023]].
Given today: Typhim Vi IM; Havrix 1440 IM; Vivotif oral x 4 caps (alt days). Rabies PrEP discussed - declined.
International Certificate (yellow fever) not required.
Payment: clinic fee account [[ID|account:TC-0083317]] (self-pay).
Nurse BCCNM [[ID|license:R0184472]].
""",
    """EU Digital COVID Certificate - Ireland (record copy)
Surname(s) and forename(s): [[PERSON|name:FITZGERALD, Conor Micheál]]   DOB [[DATE|date:1990-01-26]]
Vaccination: Comirnaty, dose 3/3, date [[DATE|date:2022-01-04]], country IE, issuer HSE.
Unique certificate identifier: [[ID|other:URN:UVCI:01:IE:8C1A44F2DD0B4A77#Q]]
Portal link sent to patient: [[URL|url:https://covidcert.hse.ie/retrieve?id=8C1A44F2DD0B4A77]]
Vaccinated at [[LOCATION|geo:Citywest]] vaccination centre. Contact [[EMAIL|email:conor.fitz@protonmail.com]].
""",
]

TELEHEALTH_TRANSCRIPTS = [
    """Video consult transcript (auto-captioned, edited) - island health centre <-> GP
Session [[DATE|date:2024-06-03 14:02:11 NZST]]   room [[URL|url:https://vc.healthconnect.nz/join/CHI-6617-204]]
Connection log: patient endpoint [[IP|ip:101.98.42.177]] (satellite)
DR: Kia ora, can you hear me OK? Can you confirm your name and date of birth?
PT: Yeah. [[PERSON|name:Ngaio Preece]], [[DATE|date:twelfth of August sixty-two]].
DR: And your NHI is [[ID|health_plan:PRT9069]]?
PT: That's the one. Nurse's here with me.
DR: Your INR came back 1.6 on Friday, so we'll go to 6mg daily of warfarin and recheck in a week.
PT: The plane only comes Mondays and Thursdays, so the bloods can go on the [[DATE|date:13th]].
DR: Perfect. I'll fax the plan to the health centre on [[PHONE|fax:03 305 0059]].
""",
    """Telehealth note - Respiratory clinic <-> [[LOCATION|geo:Inis Mór]] primary care centre
Date: [[DATE|date:Wed 10 January 2024, 11:30]]   Platform: Attend Anywhere
Present: patient [[PERSON|name:Tomás Ó Conghaile]] ([[AGE|other:68]]), island nurse, consultant.
Consultant: Dia dhuit a [[PERSON|name:Thomáis]]. How's the breathing since the admission?
Pt: Not bad at all. I'm on the oxygen at night only now.
(Nurse reads oximetry: SpO2 91% RA, HR 88; CAT score 21.)
Plan: continue Trimbow 2 puffs BD, pulmonary rehab via video, RV 3/12.
Home concentrator serial [[DEVICE|device:VA-EC5-0918237]]. MRN [[ID|mrn:G0771926]].
""",
    """OTN (Ontario Telemedicine Network) consult - Endocrinology
Site: [[LOCATION|geo:Attawapiskat]] nursing station (Telemedicine Coordinator present)
Date [[DATE|date:March 19, 2024 10:00]] - 10:40 EDT
Patient: [[PERSON|name:Xavier Nakogee-Wesley]], [[AGE|other:41]]M, HCN [[ID|health_plan:2631-487-051-EC]]
Dr: Can you tell me what you've been eating this week?
Pt: Mostly store food, some goose, bannock. The store prices are crazy.
Dr: Your A1c is 9.6 and your kidney test (ACR) is 28. I want to add semaglutide, start at 0.25 mg weekly.
Pt: Can it come on the plane? Fridge at the station?
Coordinator: Yes, NIHB covers it, we'll store it at the station.
Video endpoint IP [[IP|ip:142.46.208.19]].
""",
    """Teleconsultation record - Doctor Anywhere (SG)
Consult ID [[ID|other:DA-SG-24-0771402]]   Start [[DATE|date:2024-02-07 21:48:05 +08]]   Duration 9 min
Patient: [[PERSON|name:Kumaresan Thangavelu]]   NRIC [[ID|ssn:S9840731F]]
Login from [[IP|ip:116.86.142.7]] (iOS app, device ID [[DEVICE|device:A8F3-77C1-2D04-9BE6]]); selfie KYC image [[ID|photo:kyc_selfie_88314207.jpg]]
Pt: Doc, fever since yesterday, 38.6, body ache, sore throat. ART test negative just now.
Dr: Any rash, any bleeding gums? You live in [[LOCATION|geo:Bedok North]]? There's a dengue cluster there.
Pt: Yes. No rash.
Dr: I'll refer you for a dengue NS1 if fever persists; MC 2 days issued.
""",
    """Telepsychiatry session - outreach <-> [[LOCATION|geo:Beaufort West]] CHC
Date: [[DATE|date:2024/05/16]] 14:00. Consent for video obtained.
Patient: [[PERSON|name:Jacobus Williams]] (aka Oom [[PERSON|name:Koos]]) - [[AGE|other:57]] yrs, folder [[ID|mrn:BW 11902]]
Dr: Meneer [[PERSON|name:Williams]], how have you been sleeping?
Pt: Sleg, dokter. Since my wife passed I don't sleep.
Dr: Any thoughts of ending your life?
Pt: Sometimes, but I won't, my grandchildren need me.
Plan: mirtazapine 15mg nocte, safety plan, SADAG line given, review 2/52.
Session IP [[IP|ip:196.21.44.130]].
""",
    """eSanjeevani (Hub & Spoke) - Teleconsultation record
Spoke: [[LOCATION|geo:HWC Bakshi Ka Talab]]   Hub: [[LOCATION|geo:King George's Medical University]]
Consult ID [[ID|other:ESJ-UP-2024-031588204]]   Date/time [[DATE|date:15-03-2024 12:17]]
Patient: [[PERSON|name:Guddi Rawat]], [[AGE|other:29]]/F, ABHA [[ID|health_plan:91-6620-7145-3308]]
CHO: Madam, she is 6 months pregnant, Hb 7.8 today on HemoCue, tired and breathless.
Doctor: Any bleeding? Is she taking IFA?
CHO: She stopped IFA tablets due to vomiting.
Advice: IV ferric carboxymaltose at CHC, repeat Hb after 4 weeks; refer to FRU if Hb < 7.
Spoke login [[IP|ip:117.239.14.66]].
""",
    """[[LOCATION|geo:Niue Foou Hospital]] <-> renal telehealth
[[DATE|date:Thursday 22 February 2024 09:30 NUT]]
Patient: [[PERSON|name:Hetutu Tukuitoga]]   [[AGE|other:66]] F   NHI [[ID|health_plan:UJM2041]]
Nephrologist: Your eGFR is now 14. We've talked about dialysis. Have you and your family decided?
Pt: I don't want to leave Niue. My son says come to [[LOCATION|geo:Papatoetoe]] and live with him.
Dr: We can plan a fistula in [[LOCATION|geo:Auckland]] and you can come back before starting. No dialysis unit on-island.
Action: referral to vascular access; son's email [[EMAIL|email:tama.tukuitoga@gmail.com]].
Connection: Niue endpoint [[IP|ip:202.37.20.12]]; room link [[URL|url:https://zoom.us/j/84317720915?pwd=HT0222]].
""",
    """Diabetes virtual clinic note - Paediatric Diabetes
[[DATE|date:Mon 9 Sep 2024 15:45]] (phone + CGM upload review)
Patient: [[PERSON|name:Mīria Tautahi]]   [[AGE|other:13F]]   NHI [[ID|health_plan:RMY2869]]
Devices: Tandem t:slim X2 pump SN [[DEVICE|device:1148823]]; Dexcom G6 transmitter [[DEVICE|device:8JK42R]]
Glooko account [[ID|account:miria.tautahi.pdx]] shared with clinic. Time in range 54%, GMI 7.8%, CV 38%.
Mum: She's been skipping boluses at school at lunch.
CDE: let's set a lunchtime reminder, ICR lunch 1:10 -> 1:8.
Next clinic in 4 weeks.
""",
    """Virtual care transcript - RUDi (Rural Urgent Doctor in-aid) - [[LOCATION|geo:Bella Coola General Hospital]]
Call [[DATE|date:2024-04-11 03:14 PDT]], RUDi physician, local RN
Patient: [[PERSON|name:Clifford Hans]], [[AGE|other:74]], PHN [[ID|health_plan:9382 051 663]]
RN: He's got crushing chest pain, started 40 minutes ago. ECG shows ST elevation II, III, aVF.
Dr: OK, no cath lab within 90 min - we go with TNK, weight-based. Any bleeding risk?
RN: No. Weight 82 kg. BP 146/88.
Dr: Tenecteplase 40 mg IV push, ASA 160 chewed, clopidogrel 300 mg, enoxaparin 30 mg IV.
Transport: BCEHS critical care to tertiary centre.
Call recording voiceprint consent on file: [[ID|biometric:VPR-RTVS-55120]].
""",
    """Remote device monitoring review - cardiac devices clinic
Transmission [[DATE|date:02/04/2024 06:12]] (scheduled), reviewed by CNS
Patient: [[PERSON|name:Michael Twomey]]   MRN [[ID|mrn:MPC-0338127]]
Device: Boston Scientific ICD, model D433, serial [[DEVICE|device:181447]]; LATITUDE communicator serial [[DEVICE|device:BSC-LAT-66120447]]
Findings: 1 VT episode 188 bpm, terminated by ATP. Battery 8.5 yrs. RV threshold 0.8V @ 0.4 ms.
Phoned pt on [[PHONE|phone:021 433 7810]]: felt "a flutter" while at [[LOCATION|geo:Páirc Uí Chaoimh]]. No shock, no syncope.
Plan: bisoprolol 2.5 -> 5mg, bloods (K, Mg). Portal message sent to [[EMAIL|email:m.twomey55@gmail.com]].
""",
]

CHW_VISITS = [
    """Whānau Ora navigator - home visit record ([[LOCATION|geo:Ōmāpere]])
Date: [[DATE|date:Tuesday 20 February 2024]]
Whānau lead: [[PERSON|name:Tania Rapana]] ([[AGE|other:38]]); tamariki aged 11, 7 and 2
Rental, damp, mould in kids' room. Middle child: skin infections (3 courses of abx in 3 months).
Goals: warm dry home, WINZ hardship grant.
Actions: Healthy Homes referral; curtains + dehumidifier delivered; GP clinic booked [[DATE|date:23/2]].
MSD client no. [[ID|other:318 442 907]] - hardship application lodged with [[PERSON|name:Tania]] present.
Car: whānau van [[VEHICLE|vehicle:KNX452]] has no WOF - transport support arranged.
""",
    """ASHA Home Visit Register (HBNC) - Village [[LOCATION|geo:Rampur Kalan]], Ghazipur
Date: [[DATE|date:06.12.2023]]   Visit no. 3 (day 7)
Mother: [[PERSON|name:Anjali Bind]], [[AGE|other:21]] yrs, MCP card [[ID|health_plan:UP-GZP-0884172]]
Newborn: baby girl, birth weight 2.2 kg (LBW), today 2.25 kg. Temp 36.8C (touch + thermometer).
Breastfeeding exclusively. Cord dry. Eyes clean. No jaundice below umbilicus.
Kangaroo mother care explained to grandmother.
JSY payment Rs 1,400 to mother's a/c [[ID|account:3417 0089 2214]] (SBI) pending - Aadhaar seeding done, fingerprint auth ref [[ID|biometric:UIDAI-FMR-4c19a07e]].
ASHA mob [[PHONE|phone:94501 72281]]. Next visit day 14.
""",
    """Ward-Based Outreach Team (WBOT) - household visit - [[LOCATION|geo:Khayelitsha]]
Date [[DATE|date:2024-02-21]]   CHW: [[PERSON|name:Nosipho Gqirana]]
Household: [[ADDRESS|geo:House 88, Section 14, Site C, Khayelitsha 7784]] (informal, 6 members)
Index: [[PERSON|name:Mandla Ntshona]], [[AGE|other:45]]M, on TB Rx (intensive phase, month 2) - DOT observed today, RHZE 3 tabs.
Contact screening: wife - no symptoms; son ([[AGE|other:16]]) cough 3 wks -> sputum jar given, to youth clinic.
Grandmother ([[AGE|date:91]]) hypertensive, BP 178/96, missed clinic - appointment re-booked.
Household photo for family folder declined.
""",
    """Community Health Representative (CHR) visit - [[LOCATION|geo:Maskwacis]]
Date: [[DATE|date:January 9, 2024]]
Client: [[PERSON|name:Eugene Littlechild]], [[AGE|other:79]], Treaty no. [[ID|health_plan:4580017301]]
Reason: post-discharge check after CHF admission.
Weight 91.2 kg (discharge wt 89.8) - +1.4 kg in 4 days; ankles 2+ edema. BP 138/80, SpO2 94%.
Furosemide 40 mg BID taken? Says yes but blister pack shows 3 missed doses.
Called home care nurse, increased monitoring.
Home BP cuff (Omron, Bluetooth MAC [[DEVICE|device:A4:C1:38:5E:22:F9]]) synced to app, account [[ID|account:elittlechild44]].
""",
    """Village Health Worker report - Central Division, Fiji
Village: [[LOCATION|geo:Nabitu]] settlement, Naitasiri
Date: [[DATE|date:10/10/2023]]
Visit: [[PERSON|name:Peni Naivalu]], [[AGE|other:59]]M, diabetic foot wound R heel.
Wound 3 x 2 cm, slough, no smell, no fever. Dressing done with saline + gauze.
BP 160/98 - not taking amlodipine ("ran out"). CBG 16.2 random.
Referred to [[LOCATION|geo:Nausori Health Centre]] SOPD Thursday. Wife Adi [[PERSON|name:Litia]] to accompany.
Photo of wound (no face) sent to zone nurse.
""",
    """Community nursing home visit (AIC referral)
Date/time: [[DATE|date:15/01/2024 14:30]]   Nurse: SNB RN [[ID|license:R1187742]]
Client: [[PERSON|name:LIM Ah Moi]]   NRIC [[ID|ssn:S1482063I]]   Age [[AGE|date:94]]   Lang: Hokkien
Address: [[ADDRESS|geo:Blk 328 Ang Mo Kio Ave 3, #07-2296, Singapore 560328]]
Lives with FDW, FIN [[ID|ssn:F7720314K]]; son overseas.
Sacral pressure injury stage 2, 2 x 1.5 cm, Braden 13. Dressing: hydrocolloid, change 3-daily.
Pressure-relief mattress loaned, serial [[DEVICE|device:AIR-MAT-SG-40127]].
Palm-vein ID for day-care entry [[ID|biometric:PV-AMK-00871]].
""",
    """Public Health Nurse - Home visit (child health, 9 month developmental check)
Area: [[LOCATION|geo:Carrick-on-Shannon]], Co. Leitrim   PHN NMBI [[ID|license:114820]]
Date [[DATE|date:18th January 2024]]
Baby: [[PERSON|name:Fiadh Mulvey]]; mother [[PERSON|name:Sinéad]], [[AGE|other:27]]
Weight 8.4 kg (50th), sitting unsupported, pincer grasp emerging, babbling. Hearing - responds to name.
Mother's EPDS 14 - discussed; agreed GP appt this week; perinatal MH referral.
Partner works away Mon-Fri.
""",
    """JPHN field visit - [[LOCATION|geo:Mararikulam]] PHC area, Alappuzha
Date: [[DATE|date:21/08/2023]]
Elderly: [[PERSON|name:Kunjamma Varghese]], [[AGE|other:82]], bedridden since stroke last year. Palliative care registered.
BP 150/84, sugar 212 (glucometer SN [[DEVICE|device:ACC-GC-7721045]]). Bedsore sacrum healing.
Caregiver: daughter-in-law; son in Gulf, WhatsApp [[PHONE|phone:+968 9144 2810]].
Pension enrolment pending, Aadhaar [[ID|ssn:9182 7364 5018]].
Ration card no. [[ID|other:1324017755]].
""",
    """CHW household visit - [[LOCATION|geo:Ga-Mothapo]] village, Capricorn District
Date [[DATE|date:2024-03-12]]
Client: [[PERSON|name:Mmakgomo Ledwaba]], [[AGE|other:68]], HTN + DM, CCMDD pick-up point at the local Spar.
BP 142/88, random glucose 9.4. Adherent. Feet: no ulcers.
Grandson ([[AGE|other:8]]) - Road-to-Health booklet lost.
SASSA grant ref [[ID|other:SASSA-LIM-22140873]] - grant being paid; bank acc [[ID|account:1058 229 471]] (Capitec).
Fingerprint for CCMDD locker enrolled [[ID|biometric:FP-CCMDD-LIM-30215]].
""",
    """Pacific health navigator - home visit, [[LOCATION|geo:Porirua East]]
Date [[DATE|date:Fri 14 June 2024]]
Family: [[PERSON|name:Fa'amalosi Toleafoa]] ([[AGE|other:52]]), husband ([[AGE|other:58]]), NHI (F) [[ID|health_plan:NFR7733]]
Issues: gout flares x 3 this year, allopurinol not started. HbA1c 72. Husband on dialysis MWF.
Warm Up NZ application; power account [[ID|account:7742 018 331]] (Genesis) in arrears.
Photo for Green Prescription profile (headshot) saved: [[ID|photo:GRx_Toleafoa_F_headshot.png]].
Mobile [[PHONE|phone:022 015 8827]].
""",
]

AMBULANCE_PCRS = [
    """Hato Hone St John - ePRF (patient report form)
Incident no. [[ID|other:S24-0612-4471]]   Call received [[DATE|date:12/06/2024 16:41]]   Priority: Purple
Scene: [[ADDRESS|geo:36 Old Taupo Road, Rotorua 3015]] (private dwelling)   Unit: ROT21 (crew: AP, PA)
Patient: [[PERSON|name:Rawiri Ngāwhika]], [[AGE|other:62]]M, NHI [[ID|health_plan:ZHK4821]] (verbal from wife, not verified)
Hx: collapsed in garden, wife started CPR after 111 call-taker coaching.
Rhythm VF -> 3 shocks (200J) -> ROSC at 16:58. ETCO2 38. Adrenaline 1mg x2, amiodarone 300mg.
12-lead post-ROSC: inferior STEMI. Transported for PCI.
Pt's own home AED (bought after his 2021 MI) serial [[DEVICE|device:HS-FRx-B23K08117]] - data download requested.
""",
    """Wellington Free Ambulance - Patient Care Record
Job [[ID|other:WFA-240830-0221]]   [[DATE|date:30 Aug 2024 02:21]]   Response: Red
Location: [[LOCATION|geo:Cuba Street]] outside bar.
Pt: [[PERSON|name:Jayden Kereama-Smith]] ([[PERSON|name:JK]] to mates), [[AGE|other:20]]M
ETOH, fall down steps, occipital haematoma, GCS 13 (E3V4M6), vomited x1. C-spine: collar.
Friend accompanied. Police present, event [[ID|other:P058831742]].
Pt's NZ DL [[ID|license:DJ447120]] version 311 - used for ID.
Transported to ED, handover 02:58.
""",
    """National Ambulance Service (Ireland) - Patient Care Report
Incident no. [[ID|other:NAS-24-1187302]]   Date [[DATE|date:06/01/2024]]   Mobilised 07:12   At scene 07:29
Location: [[LOCATION|geo:N17]] near [[LOCATION|geo:Claremorris]], single vehicle RTC, car vs ditch, frost.
Pt: [[PERSON|name:Declan Horkan]] ([[AGE|other:44]]), driver, restrained. Vehicle: Skoda Octavia reg [[VEHICLE|vehicle:191-MO-2274]].
Self-extricated. C/o neck pain 5/10, no neuro deficit. Canadian C-spine: dangerous mechanism - no; age < 65.
Obs: HR 94, BP 136/82, RR 18, SpO2 98%, GCS 15, BM 6.2.
Transported to [[LOCATION|geo:Mayo University Hospital]].
""",
    """Ornge / Land ambulance - Ambulance Call Report (Ontario)
Call no. [[ID|other:ORN-2024-031877]]   Date [[DATE|date:2024-07-04]]   Paramedics: ACP, PCP
Pick-up: [[LOCATION|geo:Sandy Lake First Nation]] nursing station -> airstrip (fixed-wing)
Patient: [[PERSON|name:Abigail Fiddler]], [[AGE|other:26]]F, G2P1 at 34 wks, OHIP [[ID|health_plan:6182 045 731 HN]]
Hx: PPROM at 2300 previous night, contractions q5min. FHR 148 by Doppler. GBS unknown.
Meds: nifedipine 20 mg PO, betamethasone 12 mg IM given at station (dose 1).
Handover: [[LOCATION|geo:Meno Ya Win]] L&D.
""",
    """SCDF Emergency Medical Services - Ambulance Case Record
Incident no. [[ID|other:20240519-0381]]   Date/time of call [[DATE|date:19 May 2024, 06:48]]   Ambulance: A231
Location: [[ADDRESS|geo:Blk 144 Simei Street 2, #04-88]]
Patient: [[PERSON|name:KOH Mei Lan]]   NRIC [[ID|ssn:S6219085A]]   Age [[AGE|other:59]]   F
C/o: L-sided weakness, slurred speech, last known well 05:30 (per husband).
FAST positive. BP 188/102, HR 88 irreg, CBG 7.2. GCS 14.
Conveyed to [[LOCATION|geo:Changi General Hospital]] - stroke activation. Handover 07:11.
Car left at void deck: [[VEHICLE|vehicle:SKQ8821A]] (husband to move).
""",
    """Western Cape Government EMS - Patient Report Form
Case no. [[ID|other:WC-EMS-24-0552197]]   Date [[DATE|date:2024/04/20]]   ALS
Scene: [[LOCATION|geo:R60]] near [[LOCATION|geo:Ashton]] - MVA, minibus taxi rollover, 14 pts. This PRF: pt 3 of 14.
Pt: [[PERSON|name:Jan Pieterse]], [[AGE|other:33]]M, ID [[ID|ssn:9104235318087]] (ID book found in pocket)
Injuries: open # R tib/fib, GCS 15, HR 118, BP 102/64. Splinted, TXA 1g, ketamine 20mg IV.
Taxi reg [[VEHICLE|vehicle:CAW 47710]], VIN [[VEHICLE|vehicle:MA3FXEB19S1042265]] (for SAPS).
Transported to regional hospital.
""",
    """108 Emergency Response - Patient Care Record - Rajasthan
Case ID [[ID|other:RJ108-24-11877031]]   Call time [[DATE|date:11/04/2024 13:52]]   Ambulance [[VEHICLE|vehicle:RJ 14 PC 5521]]
Pickup: [[LOCATION|geo:Bassi]] bus stand, [[LOCATION|geo:NH-21]]
Patient: [[PERSON|name:Bhanwar Lal Gurjar]], [[AGE|other:48]] yrs, M. Heat stroke? Found unconscious in sun, temp 41.2 C.
GCS 9, BP 90/60, HR 130, RBS 94. Cooling (wet sheets, fan), NS 500 ml IV, O2 6 L/min.
ERCP consulted by phone.
Handed over to [[LOCATION|geo:SMS Hospital]] emergency at 14:41.
""",
    """BC Emergency Health Services - Patient Care Report (ePCR)
Event [[ID|other:BCEHS-24-2118834]]   [[DATE|date:2024-01-14 19:22]]   Unit: SQ-1
Scene: [[LOCATION|geo:Sea to Sky Hwy]], pullout - vehicle vs rock face.
Patient: [[PERSON|name:Lucas Baptiste]], [[AGE|other:34]]M, PHN [[ID|health_plan:9227 184 933]]
Driver, airbags deployed. Vehicle: 2018 Toyota Tacoma, VIN [[VEHICLE|vehicle:5TFCZ5AN3JX137422]].
Complaint: L chest wall pain, SpO2 96%, HR 102, BP 132/84, GCS 15. Chest rise equal.
Insulin pump (Omnipod 5) pod ID [[DEVICE|device:OP5-77C18A44]] - removed and bagged with pt.
""",
    """Hato Hone St John + Rescue Helicopter - combined PRF
Incident [[ID|other:S24-0115-0092]]   [[DATE|date:Mon 15 Jan 2024 11:07]]
Location: [[LOCATION|geo:Tongariro Alpine Crossing]]
Patient: [[PERSON|name:Hannah Vermeulen]], [[AGE|other:24]]F, tourist (South African), passport seen. Home cell [[PHONE|phone:+27 82 555 4419]].
Fall on scree, L ankle deformity, pain 8/10. Methoxyflurane 3 mL, fentanyl IN 100 mcg.
Winched by rescue helicopter. Hypothermic 35.1 C - warmed.
Personal locator beacon (hired) UIN [[DEVICE|device:2DD4E7A39AFFBFF]] activated.
Travel insurer: Hollard Travel policy [[ID|health_plan:HTR-9912047]].
""",
    """Fiji Emergency Medical Assistance Service (FEMAS) - Patient Care Record
Case [[ID|other:FEMAS-23-4410]]   Date [[DATE|date:02 Dec 2023]]   Time of call 2205
Pick-up: [[ADDRESS|geo:Lot 22, Namaka Lane, Nadi]]
Patient: [[PERSON|name:Shalini Lata]], [[AGE|other:34]]F. Para-suicide: ingested paraquat ~1 mouthful, 21:30.
Vomited x2. Oral burns. HR 110, BP 118/76, SpO2 97%.
Brother brought the bottle; phone [[PHONE|phone:+679 701 4432]].
Pt initially unable to give name - face photo for unknown-ID protocol [[ID|photo:FEMAS_unk_F_0212_face.jpg]]; later ID confirmed via Fiji driving licence [[ID|license:DL-091174]].
""",
]


def main() -> None:
    count = write_styled(
        OUT,
        [
            ("gp-consult-note", GP_CONSULT_NOTES),
            ("hospital-discharge-summary", DISCHARGE_SUMMARIES),
            ("ed-triage-note", ED_TRIAGE_NOTES),
            ("lab-requisition", LAB_REQUISITIONS),
            ("referral-letter", REFERRAL_LETTERS),
            ("insurance-preauth", INSURANCE_PREAUTHS),
            ("vaccination-record", VACCINATION_RECORDS),
            ("telehealth-transcript", TELEHEALTH_TRANSCRIPTS),
            ("community-health-worker-visit", CHW_VISITS),
            ("ambulance-patient-care-record", AMBULANCE_PCRS),
        ],
    )
    print(f"probe92: {count} docs")


if __name__ == "__main__":
    main()
