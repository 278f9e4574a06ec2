"""Write the 23rd hand-annotated redaction probe, ``corpus/redaction/probe23.jsonl``.

Why: the redaction engine is scored on corpora written by authors who have never read it. This
probe moves away from the US-centric forms: it is written in Commonwealth and Gulf English, with
the identifiers each of those health systems really prints (HKID with its check letter, CNIC,
Sri Lankan NIC old and new, Emirates ID with and without dashes, Qatar QID, Jamaican TRN,
Irish PPSN/IHI/GMS card, Scottish CHI, OHIP/RAMQ/PHN, South African ID and medical-aid numbers,
Zimbabwean national ID, Medicare/IHI/DVA, NZ NHI old and new format, ACC claims). It checks that
the engine finds them in realistic clinical text and leaves look-alikes (doses, lab ranges,
gestations "34/40", bed and ward numbers, MBS/CPT/ICD codes, model names, road numbers) alone.

What: 100 notes, 10 in each of ten styles (progress-note, discharge-summary, referral-letter,
nursing-shorthand, pharmacy, telehealth, billing-claims, lab-and-imaging, community-health-visit,
patient-message). Locales: Ireland 15, Scotland and Wales 10, Canada incl. Quebec 10, Caribbean
(Jamaica, Trinidad, Barbados) 10, Hong Kong 10, Pakistan and Sri Lanka 10, UAE and Qatar 10,
South Africa and Zimbabwe 10, Australia and New Zealand 15. Every one of the 18 Safe Harbor
categories appears at least four times; about five identifiers a note. Each identifier is marked
inline as ``[[LABEL|category:text]]`` and parsed by ``write_styled``. Conventions: titles stay
outside name spans; a full street address is one ADDRESS span, a town/suburb/facility alone is
LOCATION, a postcode or Eircode alone is ADDRESS; ages up to 89 are AGE|other and 90+ AGE|date;
weekdays, times and bare years are not marked. Awkward cases are planted on purpose: names that
are words (Hope, Rose, Young, Precious, Gift, Lucky, Pearl), towns that are words (Hope, Orange,
Young), facilities named after people, IDs glued to their prefix, a postcode that looks like a
year. All people and numbers are invented; towns and hospitals may be real.

How to run: ``cd /work/main && .venv/bin/python scripts/make_probe23_corpus.py``.
"""

from __future__ import annotations

from pathlib import Path

from make_safe_harbor_suite import write_styled

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "corpus" / "redaction" / "probe23.jsonl"

PROGRESS_NOTES: list[str] = [
    # Ireland - Cork surgical ward
    "PROGRESS NOTE - Ward 4B\nPt: [[PERSON|name:Siobhán Ní Bhriain]] ([[AGE|other:67]]F)  MRN [[ID|mrn:CUH0448127]]\nD3 post R hemicolectomy. Afebrile, HR 84, BP 132/78, SpO2 96% RA. Bed 12. Drain 40ml serous.\nSeen with consultant - plan: DAT, mobilise, drain out in am.\nHusband updated by phone on [[PHONE|phone:087 214 6630]]; he asks that we ring before 6pm.\nK+ 3.4 -> replace 20mmol PO. Hb 10.8.\nNext review [[DATE|date:14/03/2024]]. -- SHO",
    # Ireland - lowercase labour ward shorthand, word-name Hope
    "pn 2130 labour ward: [[PERSON|name:hope mccarthy]] [[AGE|other:31]]y primip 34/40, edd [[DATE|date:02/05/24]]. c/o frontal headache, bp 142/91 then 146/94, urine prot ++. pet bloods sent (lfts, u+e, urate, plt). ctg reactive. informed reg who will review. partner at bedside, they live out in [[LOCATION|geo:mallow]] ~45 min away so not for home tonight. ppsn on chart [[ID|ssn:6718830QA]]. bp q30min, for mgso4 if >160.",
    # Scotland - Dundee, word-surname Young, quoted speech
    "Ward 7 - medical progress note, Tuesday [[DATE|date:5 Nov 2024]]\nName: [[PERSON|name:Alasdair Young]]   CHI: [[ID|health_plan:0703521468]]\nS: 'I'm no right, doc, cannae get my breath' - SOBOE, 2 pillow orthopnoea.\nO: bibasal creps, JVP +3cm, pitting oedema to mid-shin. Wt 88.4kg (was 91.0). NT-proBNP 4120.\nA: decompensated HFrEF (EF 30% on last echo)\nP: IV furosemide 80mg bd, daily wts, fluid restrict 1.5L. Daughter (NOK, [[PHONE|phone:07700 900 418]]) aware.\nDr [[PERSON|name:E. MacLeod]], FY2",
    # Canada - Quebec, bilingual header
    "Note d'évolution / Progress note - [[LOCATION|geo:Hôpital Maisonneuve-Rosemont]]\nPatient: [[PERSON|name:Marie-Ève Tremblay]], RAMQ [[ID|health_plan:TREM 8562 1419]], DOB [[DATE|date:1985-06-14]]\nPOD1 lap chole. Pain 3/10 on hydromorphone 1mg PO q4h PRN. Tolerating clears. Incisions clean and dry.\nMother to pick her up; home address confirmed as [[ADDRESS|geo:4410 rue Beaubien Est, app. 3, Montréal QC H1T 1T2]].\nD/C tomorrow if ok. - R2 chir.",
    # Jamaica - nickname
    "Med Ward 3 - progress note\nPt [[PERSON|name:Desmond Campbell]], [[AGE|other:58]]M, known to everyone on the ward as '[[PERSON|name:Tallman]]'. Hosp no. [[ID|mrn:UH-0982213]].\nDM2 + foot sepsis L 2nd toe. Wound swab MRSA neg. CBG 9.2-14.1 over 24h. IV clinda day 4.\nWife says he was walking barefoot in the yard in [[LOCATION|geo:Old Harbour]]. Called her on [[PHONE|phone:(876) 555-3019]].\nPlan: podiatry, vascular r/v, ?ray amputation discussed with pt.",
    # Hong Kong - urology
    "K20N progress note\nPt: [[PERSON|name:CHAN Tai-man]]  HKID [[ID|ssn:K 765432(3)]]\n[[AGE|other:72]]M. Day 2 post TURP. Haematuria clearing, 3-way irrigation at 200ml/h. Hb 11.2 stable.\nSon visited, asks for update to [[PHONE|phone:9123 4567]].\nPt lives alone at [[ADDRESS|geo:Rm 1512, Wah Kin House, Wah Fu Estate, Pok Fu Lam]] - MSW referral for home help.\nMO",
    # Pakistan - dengue
    "Progress Note - Medical Unit II\nPatient: [[PERSON|name:Muhammad Asif Qureshi]], [[AGE|other:45]]y\nCNIC [[ID|ssn:35202-4417823-9]]\nAdmitted [[DATE|date:3rd March]] with dengue fever, day 5 of illness. Plt 38,000 -> 52,000. HCT 44. No bleeding. NS 100ml/h.\nAttendant (brother) cell [[PHONE|phone:0321-4458812]]\nPlan: repeat CBC 6 hourly, watch for critical phase.",
    # UAE - Dubai trauma, Filipino expat, plate, biometric
    "Trauma Centre - progress\nPatient: [[PERSON|name:Joel Dela Cruz]] (Filipino national), [[AGE|other:29]]M, EID [[ID|ssn:784-1994-5523817-2]]\nIdentity confirmed on EID fingerprint reader, template ref [[ID|biometric:FP-7731-0442]].\nMVC [[DATE|date:18/01/2024]] on the E11 - his car (Dubai plate [[VEHICLE|vehicle:N 48213]]) rear-ended per police report.\n#L femur s/p IMN. Pain controlled on PCA. Physio started, PWB. Employer HR informed.",
    # South Africa - word-name Lucky
    "Ward 21 progress\n[[PERSON|name:Lucky Mokoena]] [[AGE|other:36]]M, ID [[ID|ssn:8805125634082]]\nTBM wk 2. GCS 14/15. On RHZE + pred. CD4 112, VL pending.\nMother [[PERSON|name:Nomvula]] from [[LOCATION|geo:Soweto]], cell [[PHONE|phone:072 555 0193]], asks about SASSA disability grant forms.\nRepeat LP Monday.",
    # Australia - Orange NSW, word names Mark Rose and Hope, glued UR
    "0815 Gen Med progress - [[LOCATION|geo:Orange Health Service]]\nPt [[PERSON|name:Mark Rose]] [[AGE|other:81]]M UR[[ID|mrn:0412278]]\nCAP RLL, day 3 IV ceftriaxone 1g. Afebrile 24h. CRP 212 -> 98. Step down to oral amox 1g tds.\nDaughter [[PERSON|name:Hope]] rang - keen for him to go home to [[LOCATION|geo:Orange]] w/ ComPacks.\nMedicare [[ID|health_plan:2950 41873 1]]. DVA gold card [[ID|health_plan:NX123456]]\nIntern",
]

DISCHARGE_SUMMARIES: list[str] = [
    # Ireland - Dublin cardiology
    "DISCHARGE SUMMARY\nPatient: [[PERSON|name:Declan Fitzgerald]]   DOB: [[DATE|date:02.11.1958]]   MRN: [[ID|mrn:SJH 00731964]]\nIHI: [[ID|health_plan:7004 1128 4473]]\nDischarged: [[DATE|date:27/02/2024]]\nDiagnosis: NSTEMI; PCI to LAD (1x DES).\nMeds on discharge: aspirin 75mg od, ticagrelor 90mg bd x 12/12, atorvastatin 80mg nocte, bisoprolol 2.5mg od, ramipril 2.5mg od.\nGP: Dr [[PERSON|name:Áine Walsh]], fax [[PHONE|fax:(01) 453 8821]]",
    # Ireland - Galway, 91 years old, nickname
    "DISCHARGE LETTER\nRe: [[PERSON|name:Bridget Joyce]] ('[[PERSON|name:Biddy]]'), [[AGE|date:91]] yrs, [[ADDRESS|geo:Derryloughan, Carna, Co. Galway, H91 D2P4]]\nMedical card no. [[ID|health_plan:0894412J]]\nAdmitted from home after a fall; #NOF L, hemiarthroplasty D1. Post-op delirium, settled. Discharged for rehab [[DATE|date:16 January 2024]].\nNiece is NOK. Ortho OPD 6/52. Clips out D14 by PHN.",
    # Wales - Hope (Flintshire) in address, pump serial vs model
    "DISCHARGE SUMMARY / CRYNODEB RHYDDHAU\nName: [[PERSON|name:Cerys Wyn Pritchard]]   NHS No: [[ID|health_plan:485 777 3456]]\nAddress: [[ADDRESS|geo:2 Tan y Bryn, Hope, Wrexham LL12 9PE]]\nDx: DKA, precipitated by missed boluses + gastroenteritis. pH 7.12 on admission, resolved within 18h.\nInsulin pump (Medtronic 780G, SN [[DEVICE|device:NG2871446H]]) restarted by DSN before discharge.\nFollow up: Diabetes clinic 6/52.",
    # Canada - Ontario stroke, driver licence
    "Discharge Summary - Stroke Unit\nPatient: [[PERSON|name:Olivia Bouchard-Singh]]   OHIP: [[ID|health_plan:4512-338-907-KT]]\nD/C [[DATE|date:2024-04-09]]\n[[AGE|other:44]]F, L MCA stroke, tPA given at 14:32, NIHSS 9 -> 2. Mild expressive aphasia.\nHome with husband. Not to drive x 1 month; MTO notified re licence [[ID|license:B6621-44810-85213]].\nStroke prevention clinic referral sent, fax [[PHONE|fax:416-480-5531]].",
    # Trinidad
    "DISCHARGE\nName: [[PERSON|name:Anand Ramdass]]   Reg. No [[ID|mrn:EWM-114023]]\nDOB [[DATE|date:11 Aug 1960]]\nAddr: [[ADDRESS|geo:LP 45 Calvary Hill, Arima]]\nDx: Acute gallstone pancreatitis. Lipase 2100. Lap chole done on this admission.\nPhone: [[PHONE|phone:(868) 667-2290]]\nSurgery OPD in 2 weeks.",
    # Hong Kong
    "DISCHARGE SUMMARY - Dept of Medicine & Therapeutics\nName: [[PERSON|name:LEUNG Wai Kwan, Mandy]]   HKID [[ID|ssn:Y123456(A)]]\nAdmitted [[DATE|date:08-Feb-2024]] via AED. Dx: UGIB - DU Forrest IIa, endoscopic haemostasis.\nHb nadir 6.8, transfused 3 units. CLO +ve -> triple therapy x 14d.\nContact: [[PHONE|phone:+852 6234 8811]] (self)\nAddress: [[ADDRESS|geo:Flat 22C, Tower 5, City One Shatin, Sha Tin, N.T.]]",
    # Sri Lanka - Peradeniya, BHT number that looks like a date
    "[[LOCATION|geo:Teaching Hospital Peradeniya]] - Diagnosis card\nBHT no: [[ID|mrn:2024/14872]]   Ward 14\nName: [[PERSON|name:W.M. Thilini Kumari Wickramasinghe]]   Age [[AGE|other:27]]\nDx: Leptospirosis with AKI (cr 3.4 -> 1.1). IV penicillin x 7d. No dialysis.\nDOD [[DATE|date:10.06.2024]]\nPt works in paddy fields; doxy prophylaxis advised.\nContact husband [[PHONE|phone:077 345 6612]]",
    # Qatar - Indian expat, palm-vein ID
    "Discharge Summary - Women's Services\nPatient: [[PERSON|name:Priya Raghunathan]] (Indian national)   QID [[ID|ssn:28535604123]]\nPalm-vein ID enrolled: [[ID|biometric:PV-HMC-0091827]]\nDx: Pre-eclampsia with severe features; LSCS at 34+2 wks on [[DATE|date:21 March 2024]]. Baby in NICU bed 14.\nHusband's email for updates: [[EMAIL|email:suresh.r.iyer@outlook.com]]\nBP check at local health centre in 72h.",
    # Zimbabwe - national ID, word-name Precious
    "DISCHARGE SUMMARY\nName: [[PERSON|name:Tendai Chiweshe]]   Sex F   Age [[AGE|other:39]]\nNat ID: [[ID|ssn:63-2214587 F 42]]\nDx: Cryptococcal meningitis; new HIV dx (CD4 48). Ampho B + flucytosine induction x 1/52 then fluconazole 800mg.\nART to start wk 5 at the polyclinic.\nNOK: sister [[PERSON|name:Precious Moyo]], [[PHONE|phone:+263 77 412 5580]].",
    # New Zealand - postcode 2024 that looks like a year, ACC claim
    "DISCHARGE SUMMARY\nNHI: [[ID|health_plan:ZAC4417]]\nPatient: [[PERSON|name:Wiremu Tane Ngata]]\nAddress: [[ADDRESS|geo:14 Kowhai Road, Mangere East, Auckland 2024]]\nDx: Cellulitis L lower leg. IV flucloxacillin 2g q6h x 3d -> oral. Elevate.\nACC claim no. [[ID|other:10045821733]] (injury at work).\nGP: Dr [[PERSON|name:Aroha Whaanga]]",
]

REFERRAL_LETTERS: list[str] = [
    # Ireland - Cork GP to rheumatology, lorry plate
    "Fax [[PHONE|fax:021 487 3319]]\n\nDr [[PERSON|name:Fionnuala Ryan]]\nConsultant Rheumatologist\n\nRe: [[PERSON|name:Seán Ó Murchú]], [[ADDRESS|geo:7 The Crescent, Ovens, Co. Cork]]\n\nDear colleague,\nThanks for seeing this [[AGE|other:44]]yo man with 6/12 hx of inflammatory back pain, EMS >1h. HLA-B27 positive, CRP 34. He drives a lorry (reg [[VEHICLE|vehicle:191-C-4521]]) and is worried about his licence.\n\nYours sincerely,\nDr [[PERSON|name:Ciara Lynch]] MICGP",
    # Ireland - CAMHS referral, username
    "Referral - CAMHS\nFrom: [[EMAIL|email:gp.referrals@clondalkinmedical.ie]]\nChild: [[PERSON|name:Ella-Rose Byrne]], [[AGE|other:14]]\nMother's mobile [[PHONE|phone:086-155-7720]]\nConcerns: low mood x 4 months, self-harm (superficial cuts to forearms), school refusal since the mid-term break.\nSchool counsellor flagged posts from her Instagram account '[[ID|other:ella.rose.x]]'.\nPHQ-A 19. No plan/intent disclosed today.",
    # Scotland - Glasgow SCI Gateway, taxi badge
    "SCI Gateway referral - Gastroenterology\nPatient: [[PERSON|name:Graham McAllister]]   CHI [[ID|health_plan:2108654417]]\n(m) [[PHONE|phone:07821 334 590]]\n\nDear colleague,\n[[AGE|other:58]] y/o with 3/12 change in bowel habit, wt loss 6kg, FIT 230 ug/g. Hb 104, ferritin 8. USC referral please.\nHe is a taxi driver (badge no. [[ID|license:GL-TX-10482]]) so would appreciate early am appointments.\nDr [[PERSON|name:Kirsty Young]]",
    # Canada - BC endocrine, pod serial, MSP number
    "Referral to: Endocrinology\nFax: [[PHONE|fax:604-875-4886]]\nRe: [[PERSON|name:Noah Lefebvre]], PHN [[ID|health_plan:9876 543 217]]\nT1DM since childhood, on Omnipod 5 (PDM serial [[DEVICE|device:PDM-A3-228871]]) with Dexcom G7. A1c 9.1%. Recurrent nocturnal hypos (2.8, 3.1) despite basal reduction.\nReferring MD: Dr [[PERSON|name:Stephanie Kwan]], MSP practitioner # [[ID|license:28841]]",
    # Barbados - retinal photos
    "To: Ophthalmology Clinic, [[LOCATION|geo:Queen Elizabeth Hospital]]\nPatient: [[PERSON|name:Winston Springer]]; [[ADDRESS|geo:Lot 9, Rock Dundo, St. James, BB23012]]\nLong-standing DM2. VA 6/18 R, 6/36 L. Dot-blot haemorrhages + hard exudates both eyes, ?CSMO.\nRetinal photos attached: [[ID|photo:WS_fundus_R_20231114.jpg]], [[ID|photo:WS_fundus_L_20231114.jpg]]\nThank you.",
    # Hong Kong - private GP to SOPC, holter serial
    "To: Cardiology SOPC, [[LOCATION|geo:Queen Elizabeth Hospital]]\nRe: Mr [[PERSON|name:YIP Chi Keung]], HKID [[ID|ssn:C668212(9)]]\nTel [[PHONE|phone:6098 1123]]\nExertional chest tightness x 2 months, ETT positive at stage 2 (Bruce). 24h Holter (recorder s/n [[DEVICE|device:HLT-5528701]]) last week: NSR, occasional VEs. Please assess for CAG.\nYours faithfully,\nMCHK Reg No. [[ID|license:M12345]]",
    # Pakistan - Karachi nephrology, MR# that looks like an SSN
    "Ref. letter - Nephrology OPD\nPt: [[PERSON|name:Ayesha Bibi]], MR# [[ID|mrn:512-44-87]]\nCNIC [[ID|ssn:42101-9932146-4]]\nCKD 4, eGFR 18, K 5.9, Hb 8.7. Needs AVF planning + Epo.\nHusband's email for reports: [[EMAIL|email:naveed.akhtar82@gmail.com]]\nReferring: Dr [[PERSON|name:Farah Siddiqui]], PMDC [[ID|license:12345-S]]",
    # UAE - Abu Dhabi, Nigerian expat, EID with no dashes, plate, video file
    "Referral to [[LOCATION|geo:Cleveland Clinic Abu Dhabi]] - Neurology\nPatient: [[PERSON|name:Oluwaseun Adebayo]] (Nigerian), [[AGE|other:33]]M\nEmirates ID [[ID|ssn:784199076345219]]\nFirst GTC seizure while driving; car (plate [[VEHICLE|vehicle:AD 5/12345]]) hit a barrier. CT/MRI brain NAD. Wife filmed the event, file [[ID|photo:VID_20240205_2213.mp4]].\nContact wife via patient.",
    # South Africa - Cape Town psych, nickname, HPCSA
    "To: Psychiatry OPD, [[LOCATION|geo:Valkenberg Hospital]]\nRe: [[PERSON|name:Johannes Botha]] ('[[PERSON|name:Hansie]]'), ID [[ID|ssn:7409235011087]]\nMedical aid: Discovery Health, member no. [[ID|health_plan:312457890]], dependant code 00\nBipolar I, relapse (manic, sleeping 2h/night) after stopping lithium 3 weeks ago; Li level 0.2 mmol/L.\nRegards,\nDr [[PERSON|name:Ruan Steyn]], HPCSA [[ID|license:MP0654321]]",
    # Australia - Melbourne respiratory
    "Dr [[PERSON|name:Adrian Lim]]\nRespiratory Physician\n\nDear [[PERSON|name:Adrian]],\nRe: Ms [[PERSON|name:Grace Whitfield]]\nMedicare [[ID|health_plan:3512 88417 2]] (IRN 1)\nEx-smoker, 40 pack-years. CT chest: 14mm spiculated RUL nodule. Spirometry FEV1 1.42L (58% pred).\nKind regards,\nProvider no. [[ID|license:2456781B]]",
]

NURSING_SHORTHAND: list[str] = [
    # Ireland - night note, 94yo, glued hosp no
    "nn 0200 - mrs [[PERSON|name:o'brien]] bed 6, [[AGE|date:94]]yo, restless ++, pulling at ivc. prn haloperidol 0.5mg given @0145 w/ gd effect. pad changed, skin intact, repositioned 2hrly. dtr rang 0130 ?is mam dying - reassured, will ring her back on [[PHONE|phone:0862271944]] if any change. s/b night reg. hosp no.[[ID|mrn:L449021]]",
    # Ireland - ALL CAPS ED handover, Garda PULSE number
    "HANDOVER 19:30 - ED\nCUBICLE 4: [[PERSON|name:PATRICK DUNNE]] AKA [[PERSON|name:PADDY]], [[AGE|other:52]], ETOH++, ?HEAD INJ, CT BRAIN NAD. GARDAI BROUGHT IN FROM [[LOCATION|geo:COOLOCK]], PULSE INCIDENT [[ID|other:24-118832]]. GCS 14. NEURO OBS 1HRLY.\nCUBICLE 6: [[PERSON|name:MARY ROSE KIELY]] - ?UTI, CONFUSED, FROM NURSING HOME.\nIV ABX DUE 2200.",
    # Wales - CPAP serial vs model, named ward
    "Ward Ogwen - nights [[DATE|date:12/12]]\n[[PERSON|name:Dylan Hughes]] - settled. NEWS2 = 3 (RR 22, SpO2 93% on 2L). Own CPAP from home - ResMed AirSense 10, ser. no. [[DEVICE|device:23171239874]] - on from 2300.\nwife visited till 2100, lives in [[LOCATION|geo:Abergele]]. NHS no [[ID|health_plan:612 044 9881]].\nfluid bal +450. catheter draining. obs 4hrly.",
    # Canada - Alberta, mom's plate for parking pass
    "RN note [[DATE|date:2024-10-03]] 0300 - surg\n[[PERSON|name:Cody Whitehorse]] [[AGE|other:19]]M, POD 0 lap appy. AHCIP [[ID|health_plan:12345-6789]]\npain 6/10 -> hydromorphone 0.5mg IV, reassess 0330 = 3/10. UO 35 mL/hr. tol sips.\nmom at bedside, drove in from [[LOCATION|geo:Maskwacis]]; parked in lot B, plate [[VEHICLE|vehicle:CKR-4471]] - security needs it for the overnight pass.",
    # Jamaica - Hope Road, word-name Devon, TRN and NHF
    "nurses notes - female surg\n8am: Miss [[PERSON|name:Sharon Brown]] [[AGE|other:41]]y, pod 2 TAH. VS stable BP 118/70 P 88 T 37.2. passing flatus, NG removed. ambulating w assist.\n2pm: visitor (bro [[PERSON|name:Devon]]) says she lives [[ADDRESS|geo:34 Hope Road, Kingston 10]] - updated face sheet.\nTRN [[ID|ssn:112-584-903]]",
    # Hong Kong - 90 years old, Ms outside the span, glued HN
    "Nsg Kardex - M3 - [[DATE|date:9/10]] N shift\npt [[PERSON|name:Tsang]] (bed 22) [[AGE|date:90]]F, HN[[ID|mrn:HN05521984Z]], c/o SOB 0115. SpO2 89% RA -> 2L NC -> 95%. RR 24. MO informed 0130, CXR done.\nDaughter-in-law Ms [[PERSON|name:Lau]] phoned (cantonese), req update via [[PHONE|phone:6789 2234]]. OAH placement pending.",
    # Sri Lanka - Jaffna snake bite, old-format NIC
    "ward 12 - night nsg\n[[PERSON|name:Sivakumar Ratnam]] [[AGE|other:60]]y, snake bite (?Russell's viper) L foot [[DATE|date:14.08.2024]] at home in [[LOCATION|geo:Chavakachcheri]].\n20WBCT clotted 2200. ASV 10 vials given 1900. L foot swelling to mid-calf, marked w pen. UOP 40ml/hr.\nwife informed. NIC [[ID|ssn:641823907V]]",
    # UAE - Dubai ICU, British expat, temp pacing box
    "ICU nsg note\n[[PERSON|name:Thomas Whitaker]] (British expat) [[AGE|other:55]]M, post CABG x3. Intubated, FiO2 0.4, PEEP 8. CTD 120ml/8h. Epicardial wires to temp box, SN [[DEVICE|device:5392-0048211]], VVI 60 backup.\nWife staying at [[ADDRESS|geo:Villa 23, Street 14, Al Barsha 2, Dubai]], mob [[PHONE|phone:055 918 2274]]\nInsurance AXA card [[ID|health_plan:AXA-GULF-4412-90881]]",
    # Zimbabwe - Mpilo maternity, word-names Blessing and Gift
    "[[LOCATION|geo:Mpilo]] maternity - nsg notes\n1600: [[PERSON|name:Blessing Ndlovu]] G3P2, active labour 6cm. FHR 140s, reactive.\n1742 SVD live male 3.1kg, apgars 8/9. PPH ~600ml, oxytocin 10iu IM + fundal massage, settled.\nhusband [[PERSON|name:Gift]] waiting outside. ANC card no [[ID|mrn:MP/ANC/2231]].",
    # Australia - Hope Vale, wound photo, PTSS booking
    "[[DATE|date:21/07/24]] 1400 RN notes - ward 3C\npt [[PERSON|name:Daisy Bowen]] [[AGE|other:62]]F from [[LOCATION|geo:Hope Vale]], AHW present for all conversations. Label reads UR[[ID|mrn:1188034]].\nBGL 18.2 -> 14.1 post novorapid 6u. Wound R foot ulcer dressed, photo taken [[ID|photo:IMG_4471.HEIC]] uploaded to iEMR.\nEscort travel PTSS booking ref [[ID|other:PTS-0091827]].",
]

PHARMACY: list[str] = [
    # Ireland - community pharmacy, Healthmail, GMS
    "Rx note\nRx rec'd via Healthmail from [[EMAIL|email:drdoherty.clonmel@healthmail.ie]]\nPATIENT: [[PERSON|name:Nora Hennessy]]\nGMS no: [[ID|health_plan:1024487W]]\nRx: apixaban 2.5mg bd (reduced dose: age >80, Cr 142) - appropriate per SPC. Dabigatran stopped last month.\nPrescriber: Dr [[PERSON|name:Liam Doherty]], IMC [[ID|license:401223]]\nDeliver to [[ADDRESS|geo:Apt 6, Riverside Court, Clonmel, Co. Tipperary, E91 W3K8]]",
    # Ireland - hospital med rec
    "Medicines reconciliation - pharmacist note\nPt [[PERSON|name:Eunan Gallagher]]  MRN [[ID|mrn:LK0098412]]\nSources: pt, wife, community pharmacy ([[LOCATION|geo:McElhinney's Pharmacy]], tel [[PHONE|phone:074 972 1188]]).\nDiscrepancies:\n1. Metformin 1g bd at home, omitted on kardex - ?intentional (eGFR 38). Query with team.\n2. Tamsulosin 400mcg nocte - not charted.\nDPS card on file.",
    # Scotland - Skye, serial prescription, glued CHI
    "Community pharmacy - MCR serial Rx\nPatient: [[PERSON|name:Iain MacKinnon]]   CHI[[ID|health_plan:1102487716]]\nSerial prescription registered [[DATE|date:11/02/2024]] for 56 weeks: levothyroxine 100mcg, ramipril 5mg, amlodipine 5mg.\nPt phoned; asks for postal delivery to [[ADDRESS|geo:3 Camustianavaig, Braes, Isle of Skye IV51 9LQ]].\nPharmacist [[PERSON|name:Catriona Nicolson]]",
    # Quebec - pharmaceutical opinion by fax, pharmacy named after people
    "[[LOCATION|geo:Pharmacie Gauthier et Lemieux]]\nOpinion pharmaceutique faxed to Dr [[PERSON|name:Mathieu Côté]] at [[PHONE|fax:819-376-4402]]\nPatient: [[PERSON|name:Gisèle Lavoie]], RAMQ [[ID|health_plan:LAVG 4751 5821]]\nInteraction: clarithromycin 500 mg bid + simvastatin 40 mg -> risk of rhabdo. Suggest azithromycin or hold statin x 7 days.\nPharmacien - OPQ permis [[ID|license:212345]]",
    # Trinidad - CDAP dispensing, national ID
    "CDAP dispensing - [[LOCATION|geo:Arima Health Facility]] pharmacy\nPatient: [[PERSON|name:Sherry-Ann Mohammed]]   ID card [[ID|ssn:19680412033]]\nItems: metformin 500mg 2 bd, glibenclamide 5mg mane, losartan 50mg od (30-day supply).\nPt reports 2 hypos last week (BG 3.1, 2.9). Advised r/v with Dr [[PERSON|name:Ramesar]] at [[LOCATION|geo:Sangre Grande]] health centre.",
    # Hong Kong - warfarin counselling
    "Pharmacy - drug counselling record\nPatient: [[PERSON|name:Ng Mei Ling]]   HKID [[ID|ssn:R 552713(1)]]\nWarfarin counselling done [[DATE|date:2024-05-16]] with daughter [[PERSON|name:Winnie Ng]] (carer). INR target 2-3; warfarin booklet given; diet + interactions explained.\nNext INR at [[LOCATION|geo:Yau Ma Tei Jockey Club GOPC]].",
    # Pakistan - Islamabad narcotic register, thumbprint
    "[[LOCATION|geo:PIMS]] pharmacy - narcotic register extract\nMorphine 10mg/ml inj x 5 amp issued for [[PERSON|name:Zainab Hussain]] (Reg. [[ID|mrn:PIMS-2024-118834]]), palliative care.\nReceived by attendant [[PERSON|name:Bilal Hussain]], CNIC [[ID|ssn:61101-5523987-3]]; thumb impression template [[ID|biometric:TMP-PIMS-5521]]\nBatch 24M118.",
    # Qatar - glucometer serial, portal username
    "Outpatient pharmacy\nPatient: [[PERSON|name:Mohammed Abdelrahman Saleh]] (Sudanese), QID [[ID|ssn:28973600214]]\nRx: insulin glargine 22 units nocte, pen needles 4mm. Glucometer issued, serial [[DEVICE|device:GM7H41120938]].\nCounselled in Arabic. Refill reminders by SMS to [[PHONE|phone:+974 3318 2276]].\nNar'aakom app username: [[ID|other:msaleh89]]",
    # South Africa - Schedule 6 script, dependant
    "Chronic medication\nMember: [[PERSON|name:Pieter Jacobs]]   Medical aid: Bonitas [[ID|health_plan:40018833721]]\nDependant: [[PERSON|name:Anri Jacobs]] (dep 02), DOB [[DATE|date:2011/07/19]]\nRx: methylphenidate LA 30mg mane (Schedule 6) - original script required, no repeats by phone.\nDeliver to [[ADDRESS|geo:9 Koedoe Street, Waterkloof Ridge, Pretoria, 0181]]\nAccount [[ID|account:DC-0042218876]]",
    # New Zealand - Hope (Tasman) as suburb, new-format NHI
    "Blister pack note\nNHI [[ID|health_plan:ZKT84PQ]]   [[PERSON|name:Ngaire Thompson]]\nChanges from GP [[DATE|date:3/10]]: STOP diltiazem, START metoprolol CR 23.75mg mane.\nSpecial Authority [[ID|other:SA1742188]] renewed.\nWeekly delivery to [[ADDRESS|geo:41 Paton Road, Hope 7020]] - number is on the letterbox, not the gate. She moved to [[LOCATION|geo:Hope]] last year.",
]

TELEHEALTH: list[str] = [
    # Ireland - video consult, IP and Eircode alone
    "Video consult [[DATE|date:14/02/2024]] 10:40 - GI\nPt [[PERSON|name:Aoife Keane]] joined from home in [[LOCATION|geo:Ennis]]; IP logged [[IP|ip:86.44.120.17]]\nID check: name, DOB and Eircode [[ADDRESS|geo:V95 H2X8]] confirmed.\nS: UC flare, 6-8 loose stools/day with blood, no fever.\nP: prednisolone 40mg taper, FCP, bloods locally.\nLink used: [[URL|url:https://attend.hse.ie/wr/gi-uhl?pt=AK0214]]",
    # Scotland - Near Me, Libre sensor
    "NEAR ME consultation - [[LOCATION|geo:Raigmore Hospital]] Diabetes\nPatient: [[PERSON|name:Heather Munro]]\nLocation during call: [[ADDRESS|geo:Croft 6, Achiltibuie, Ullapool IV26 2YG]] - poor broadband, audio only after 5 min.\nLibre 2 sensor serial [[DEVICE|device:0M0004TFQ2]]; data shared via LibreView, account [[EMAIL|email:heather.munro58@btinternet.com]]\nTIR 48%, 12% <3.9 mmol/L. Reduce Levemir to 14u. Next: 3 months.",
    # Canada - Nova Scotia, wound screenshot
    "Virtual care note - Ortho\nPatient: [[PERSON|name:Liam MacNeil]], MSI [[ID|health_plan:0012 345 678]]\nPt at home in [[LOCATION|geo:Antigonish]]. Post-op wound check, R TKA [[DATE|date:Sept 12]]. Pt held phone to knee; screenshot saved as [[ID|photo:MacNeil_knee_2024-09-26.png]].\nIncision healing, no erythema. ROM 5-95.\nStaples out by VON nurse. Callback [[PHONE|phone:(902) 863-4417]].",
    # Barbados - WhatsApp video, ankle photo, NRN
    "Teleconsult - [[LOCATION|geo:Winston Scott Polyclinic]]\nWhatsApp video with [[PERSON|name:Marcia Greaves]], NRN [[ID|ssn:840312-0043]]. Pt number [[PHONE|phone:+1 246 823 4419]].\nHome BP readings (Omron M3): 152/96, 148/94, 155/99. She also sent a photo of her swollen ankles, file [[ID|photo:IMG-20240311-WA0007.jpg]]\nStarted amlodipine 5mg od. Rx sent to [[LOCATION|geo:Knight's Pharmacy]]. Recheck 2/52.",
    # Hong Kong - IPv6, Pamela Youde (person-named hospital)
    "Tele-consultation record (HA Go)\n[[LOCATION|geo:Pamela Youde Nethersole Eastern Hospital]] Psychiatry\nPt: [[PERSON|name:Cheng Ho Yin]] ('[[PERSON|name:Kenny]]'), HKID [[ID|ssn:Z432187(5)]]\nJoined from [[IP|ip:2001:db8:4f21:7a00::1c]]\nMood improved on sertraline 100mg. Sleep 6h. No SI. Back at work. Mother present on call.\nNext video FU [[DATE|date:15 Aug]].",
    # Sri Lanka - Doc990 booking ref
    "Telemedicine (Doc990) - consultation summary\nPatient: [[PERSON|name:Nimal Jayasuriya]], NIC [[ID|ssn:197912304418]]\nBooking ref [[ID|other:D990-8812734]]\nFever x3 days, myalgia, retro-orbital pain. NS1 positive at [[LOCATION|geo:Asiri Hospital Matara]]. Plt 132k.\nAdvised admission if plt <100k or warning signs. e-prescription sent to [[EMAIL|email:nimal.jaya@yahoo.com]].",
    # UAE - Sharjah, URL and IPv4
    "Remote consultation via [[URL|url:https://vc.sehaclinic.ae/join/rm-4471-kx]]\nPatient: [[PERSON|name:Anjali Menon]] (Indian expat, teacher), EID [[ID|ssn:784-1988-3301457-6]]\n8/40 pregnant, vomiting 10x/day, ketones 2+. Advised ED at [[LOCATION|geo:Al Qassimi Hospital]].\nHusband to drive her; contact [[PHONE|phone:+971 56 447 1190]].\nSession IP [[IP|ip:94.200.17.88]]",
    # South Africa - telepsych, voiceprint
    "Telepsych session - outpatients\nClient: [[PERSON|name:Sipho Dlamini]]\nSession via Teams, client at home in [[LOCATION|geo:Khayelitsha]]; link [[URL|url:https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzA4YzQx]]\nCaller verification passed (voiceprint ID [[ID|biometric:VP-ZA-0091284]]).\nPHQ-9 14 (was 21). Continue fluoxetine 40mg. Cell [[PHONE|phone:+27 73 881 2045]].\nPsychologist [[PERSON|name:Thandeka Mthembu]]",
    # Australia - phone consult, IHI, MBS item decoy
    "GP telehealth (phone) [[DATE|date:22 Jan 2025]]\nPatient [[PERSON|name:Dawn Fitzsimmons]], Medicare [[ID|health_plan:4218 55031 6]], IHI [[ID|health_plan:8003 6083 3772 1145]]\nIdentity confirmed with 3 points. Pt on station 140km N of [[LOCATION|geo:Broken Hill]].\nUTI sx 2/7, no fever/loin pain. Trimethoprim 300mg nocte x3. MBS item 91891.\neScript token SMS'd to [[PHONE|phone:0428 117 309]].",
    # New Zealand - home HD, MAC address, login
    "Video consult - Renal\n[[PERSON|name:Mere Parata]], NHI [[ID|health_plan:PQR5532]], home HD 4x/wk. Machine Fresenius 5008, serial [[DEVICE|device:5NKA0421]], modem MAC [[DEVICE|device:00:1B:44:11:3A:B7]].\nShe joined while visiting whanau, IP [[IP|ip:203.86.201.14]].\nPortal login [[ID|other:mere.parata]] was locked - reset today.\nNext clinic in 4/52.",
]

BILLING_CLAIMS: list[str] = [
    # Ireland - VHI claim, IBAN
    "VHI CLAIM FORM - IN-PATIENT\nMember name: [[PERSON|name:Conor Whelan]]   Membership no: [[ID|health_plan:VH 40218873 01]]   Plan: Health Plus Extra\nDate of admission: [[DATE|date:05/06/2024]]\nProcedure: knee arthroscopy + partial meniscectomy.\nInvoice no. [[ID|account:BSC-INV-228140]]\nIBAN for refund: [[ID|account:IE29 AIBK 9311 5212 3456 78]]\nPPSN [[ID|ssn:7213945P]]",
    # Wales - private invoice
    "PRIVATE PATIENT INVOICE\nBill to: Mr [[PERSON|name:Gareth Lloyd-Jones]]\n[[ADDRESS|geo:Ty Gwyn, 14 Heol y Felin, Rhiwbina, Cardiff CF14 6NS]]\nAccount: [[ID|account:SPC/004418/27]]   Insurer: Bupa, membership [[ID|health_plan:77140223]]\nDate of service [[DATE|date:12 Oct 2023]] - consultation + MRI L-spine. Total GBP 1,245.00\nStatement emailed to [[EMAIL|email:gareth.lj@hotmail.co.uk]]",
    # Canada - OHIP claim, compact dates, reversed name
    "OHIP claim - MCEDT batch 0412\nProvider billing no. [[ID|license:029384]]\nPatient HN [[ID|health_plan:6710 493 822 ZM]]   Name: [[PERSON|name:DESJARDINS, Luc]]   DOB [[DATE|date:19730412]]\nService date [[DATE|date:20240318]]. Fee code A007A, dx 250. Claim # [[ID|other:CLM-0004418271]]\nRA expected mid-month.",
    # Jamaica - claim, bank acct shaped like a TRN
    "Health insurance claim - Sagicor\nInsured: [[PERSON|name:Andre Williams]]   TRN [[ID|ssn:104-772-391]]   Member ID [[ID|health_plan:55102-00473]]\nClaimant: spouse [[PERSON|name:Keisha Williams]], DOB [[DATE|date:02/09/1988]]\nService: ultrasound pelvis, JMD 18,500.00\nPay to NCB acct [[ID|account:354-118-922]]",
    # Hong Kong - claim, HSBC account, hospital named after a person
    "Medical claim - outpatient\nClaimant: [[PERSON|name:Tam Wing Hei]]   Policy no. [[ID|health_plan:BA-7719-20448-01]]\nProvider: [[LOCATION|geo:Matilda International Hospital]]. Date of consultation [[DATE|date:3 Jul 2024]]. Fee HK$1,850\nReimburse to HSBC a/c [[ID|account:004-521-883412-833]]\nContact [[EMAIL|email:tam.wh@netvigator.com]]",
    # Pakistan - panel billing
    "Panel billing - [[LOCATION|geo:Shifa International Hospital]]\nEmployee: [[PERSON|name:Usman Ghani]], Emp # [[ID|other:EFU-33871]]\nPatient (dependant, daughter): [[PERSON|name:Hira Usman]]\nBill # [[ID|account:OPD/24/118293]] dated [[DATE|date:11-11-2024]]\nTotal Rs 14,500 (consult 3,500 + CBC + CRP).",
    # UAE - eClaimLink, CPT/ICD decoys
    "eClaimLink submission (DHA)\nPayer: Daman; Member ID [[ID|health_plan:1-0004-58821934-00]]\nPatient: [[PERSON|name:Maria Luisa Santos]], EID [[ID|ssn:784-1979-8842105-3]]\nClinician DHA licence [[ID|license:DHA-P-0048812]]\nEncounter [[DATE|date:2024-08-14]], CPT 99213, ICD-10 J02.9, amount AED 450\nClaim ID [[ID|other:DXB-CLM-24-7731902]]",
    # South Africa - medical aid account
    "MEDICAL AID ACCOUNT - Practice no. [[ID|license:1234567]]\nPatient: [[PERSON|name:Ayanda Zulu]]   ID [[ID|ssn:9203150443081]]\nMedical aid: GEMS, member [[ID|health_plan:004418827]], dep code 01\nDate [[DATE|date:2024/02/28]] - 0190 consult, ICD Z00.0, R520.00\nPostal: [[ADDRESS|geo:PO Box 1184, Pinetown, 3600]]\nPlease pay into the practice account, branch code 250655.",
    # Australia - Medicare claim, PO Box in Young NSW
    "MEDICARE PATIENT CLAIM (MS014)\nPatient: [[PERSON|name:Jacob O'Connell]]   Medicare no. [[ID|health_plan:5501 27741 3]] ref 2\nServicing provider no. [[ID|license:4471823T]]\nItems: 23 x1, 10990 x1\nBank: BSB 062-000 acct [[ID|account:1044 8821]]\nPostal [[ADDRESS|geo:PO Box 77, Young NSW 2594]]",
    # New Zealand - ACC45, IRD, bank
    "ACC45 injury claim\nClaimant: [[PERSON|name:Tama Rangi]], NHI [[ID|health_plan:HKM2271]]\nACC claim no: [[ID|other:CA12448197]]\nDate of injury [[DATE|date:30/12/2024]] - club rugby, L ankle sprain (S93.4).\nWeekly compensation to [[ID|account:02-0100-0456789-00]]\nIRD no. [[ID|ssn:049-091-850]]",
]

LAB_AND_IMAGING: list[str] = [
    # Ireland - histopathology
    "HISTOPATHOLOGY REPORT\nLab no. [[ID|mrn:H24-118834]]\nPatient: [[PERSON|name:FARRELL, Deirdre]]   DOB [[DATE|date:18-Jun-1963]]\nSpecimen: L breast core bx x3.\nResult: Invasive ductal carcinoma NST, grade 2. ER 8/8, PR 6/8, HER2 1+ (negative). Ki-67 18%.\nReported by: Dr [[PERSON|name:K. Ó Dálaigh]]\nCC: breast surgeon; GP.",
    # Scotland - CT head, road number decoy
    "RADIOLOGY\nPt: [[PERSON|name:Euan Stewart]]   CHI [[ID|health_plan:0504913347]]\nExam: CT head non-contrast, [[DATE|date:23/11/2024]] 02:14\nHx: came off his bike on the A96 near [[LOCATION|geo:Inverurie]]. ?SDH.\nFindings: No intracranial haemorrhage. Undisplaced # R zygomatic arch.\nReported: Dr [[PERSON|name:Priyanka Rao]]",
    # Canada - Manitoba, PHIN shaped like a SIN, ref ranges
    "Diagnostic Services\nPatient: [[PERSON|name:Jonah Friesen]]   PHIN [[ID|health_plan:123 456 789]]\nCollected [[DATE|date:2024-07-19]] 07:45\nHbA1c 8.4% (4.0-6.0)   TSH 2.1 mIU/L (0.32-4.00)   eGFR 54   Urine ACR 12.4 mg/mmol (<2.0)\nOrdering: Dr [[PERSON|name:Marguerite Dueck]] (CPSM [[ID|license:21983]])\nFax copy [[PHONE|fax:204-326-4120]]",
    # Trinidad - dengue lab
    "LABORATORY\nName: [[PERSON|name:Kavita Persad-Maharaj]]   Hosp # [[ID|mrn:SFGH 0887412]]   Age [[AGE|other:47]]   Sex F\nCollected [[DATE|date:17.04.24]]\nDengue NS1: POSITIVE. IgM negative. Plt 61 x10^9/L. Hct 46%.\nAddr on form: [[ADDRESS|geo:12 Naparima Mayaro Road, Marabella]]\nPhone result to ward ext 2214.",
    # Hong Kong - MRI with pacemaker serial vs model
    "Dept of Radiology\nExam: MRI lumbar spine, [[DATE|date:2024-03-08]]\nPt: [[PERSON|name:LAI Kwok Wah]]   Case no. [[ID|mrn:HN16228410U]]\nMR safety: PPM Medtronic Azure XT DR MRI SureScan (model W1DR01), serial [[DEVICE|device:RNB428197S]] - MR conditional, programmed to MRI mode by cardiac tech.\nFindings: L4/5 broad-based disc protrusion, moderate canal stenosis. L5/S1 mild.\nKey images: [[ID|photo:QEH_MR_LKW_0308_key01.dcm]]",
    # Sri Lanka - private lab, emailed report
    "REPORT\nRef no. [[ID|mrn:LHD-24-0771283]]\nName: Mrs [[PERSON|name:R.M. Dilrukshi Rathnayake]]   Age [[AGE|other:61]]Y   NIC [[ID|ssn:636782145V]]\nFBS 142 mg/dL (70-110)   HbA1c 7.9%   TC 238   LDL 161 mg/dL\nReport emailed to [[EMAIL|email:dilrukshi.r@gmail.com]]; hard copy collected by son.",
    # UAE - Abu Dhabi nuc med, portal URL
    "[[LOCATION|geo:Sheikh Khalifa Medical City]] - Nuclear Medicine\nPatient: [[PERSON|name:Svetlana Petrova]] (Russian expat)   MRN [[ID|mrn:SKMC-01-884211]]\nEID [[ID|ssn:784 1972 8902184 4]]\nExam: Thyroid uptake scan (Tc-99m), [[DATE|date:27-Aug-2024]]. 24h uptake 38% (ref 10-30). Diffuse homogeneous uptake c/w Graves.\nRadiation safety: avoid close contact with grandchildren x 48h.\nResult viewable at [[URL|url:https://mychart.skmc.ae/p/SP884211]]",
    # South Africa - micro, hospital named after a person
    "NHLS - Microbiology\nFolder no [[ID|mrn:T1188420]]\nPatient: [[PERSON|name:Elsabe Pretorius]] [[AGE|other:73]]F, referred from [[LOCATION|geo:Karl Bremer Hospital]]\nSpecimen: blood cultures x2, collected [[DATE|date:2024-06-30]]\nGrowth: Klebsiella pneumoniae ESBL+. Meropenem S, amikacin S, pip-tazo R.\nPhoned to ward doctor @ 15:20, read back confirmed. Ward G7.",
    # Australia - beta-hCG
    "PATHOLOGY\nCollected [[DATE|date:8-Feb-2024]] 0930\nPatient: [[PERSON|name:WATSON, Bree]]   DOB [[DATE|date:17.01.1995]]   Medicare [[ID|health_plan:2987 11450 1]]\nbeta-hCG 2,140 IU/L (48h prior 1,020) - appropriate rise. Progesterone 52 nmol/L.\nRequesting provider [[ID|license:2447188F]]\nPh results to pt mobile [[PHONE|phone:0412 558 093]] as requested.",
    # New Zealand - Hope School, child
    "Radiology report\nPt: [[PERSON|name:Holly Rose Tahana]]   NHI [[ID|health_plan:DFG9043]]   DOB [[DATE|date:22/02/2016]]\nXR L wrist: buckle fracture distal radial metaphysis. No displacement.\nHx: fell off the trampoline at [[LOCATION|geo:Hope School]].\nReferrer: GP\nImages: [[URL|url:https://portal.pacificradiology.com/img/NZ-8841723]]",
]

COMMUNITY_HEALTH_VISITS: list[str] = [
    # Ireland - PHN newborn visit, 2/7 duration decoy
    "PHN home visit - [[DATE|date:6th March 2024]]\nBaby [[PERSON|name:Fiadh Rooney]] - weight check\nMother [[PERSON|name:Laura Rooney]] ([[AGE|other:23]]), first baby, at [[ADDRESS|geo:14 Parnell Terrace, Athlone, Co. Westmeath, N37 F6Y3]]\nWt 3.28kg (BW 3.41). BF, latch improving. Cord off. Heel prick done. Phototherapy x 2/7 in hospital, jaundice now resolved.\nMood - EPDS 11, discussed supports. Partner works nights.",
    # Wales - district nurse, leg ulcer photo, lifeline pendant
    "District nursing visit\nPt: [[PERSON|name:Megan Price]], [[ADDRESS|geo:Bryn Teg, Cefnllys Lane, Llandrindod Wells LD1 5LF]]\nKey safe by back door.\nLeg ulcer L gaiter, 4-layer bandaging reapplied. ABPI 0.92. Wound photo [[ID|photo:MP_leg_20240611.jpg]] uploaded.\nSon [[PERSON|name:Owain]] visits Sundays. Lifeline pendant ID [[DEVICE|device:TUN-4458812]] tested OK.\nNext visit Friday.",
    # Quebec - CLSC, O2 concentrator
    "Visite à domicile - [[LOCATION|geo:CLSC Saint-Michel]]\nUsager: [[PERSON|name:Réjean Pelletier]], [[ADDRESS|geo:7215 rue de Lanaudière, Montréal QC H2E 1Y2]]\nHome O2 concentrator serial [[DEVICE|device:1RS2204J118]]; sat 91% on 2L. MPOC stable.\nWife is main caregiver - burnout risk. Social worker to call [[PHONE|phone:514-722-3108]].",
    # Jamaica - community health aide, Pearl
    "Community health aide visit\nHousehold: [[PERSON|name:Cynthia Reid]] [[AGE|other:67]], lives w/ grandson\nDirections: past the Shell station, [[ADDRESS|geo:Lot 3, Long Road, Port Maria P.O.]], yellow house w/ grille.\nBP 168/100 - no amlodipine x 1 wk (ran out). Told to go to hospital clinic tomorrow.\nNo phone; neighbour Miss [[PERSON|name:Pearl]] ([[PHONE|phone:876-994-2318]]) takes messages.",
    # Hong Kong - 96 years old, community nursing
    "Community nursing service - home visit\nClient: [[PERSON|name:MAK Yuk Lan]], [[AGE|date:96]]F, HKID [[ID|ssn:D 882014(0)]]\nAddress: [[ADDRESS|geo:Flat 7, 3/F, Tung Fat Building, 48 Tokwawan Road, To Kwa Wan, Kowloon]]\nPressure injury sacrum, stage 3, 3 x 2.5cm. Dressing changed. Domestic helper taught 2-hourly turning.\nAlarm unit serial [[DEVICE|device:CL8-552017]] checked.",
    # Pakistan - LHW register, BISP thumbprint
    "Lady Health Worker visit - [[LOCATION|geo:Chak 42 GB]]\nHousehold head: [[PERSON|name:Ghulam Abbas]], CNIC [[ID|ssn:33100-7712348-5]], BISP thumbprint verification [[ID|biometric:BVS-88213047]]\nMother: [[PERSON|name:Nasreen Bibi]], G4P3, EDD [[DATE|date:15/12/2024]]. Hb 9.8, iron started.\nYoungest child missed Penta 3, given today; wt 10.1kg.\nHusband mobile [[PHONE|phone:0300-6618423]]",
    # Qatar - home healthcare, numeric plate
    "Home Healthcare Services - visit note\nPatient: [[PERSON|name:Abdulla Al-Marri]], [[AGE|other:78]]M\nAddress: [[ADDRESS|geo:Villa 18, Street 931, Zone 51, Al Gharrafa]]\nPEG feeding 1500ml/day. Site clean, no leak. Weight stable.\nSon [[PERSON|name:Khalid]] drives him to clinic; car plate [[VEHICLE|vehicle:284113]] added to disabled parking permit.",
    # Zimbabwe - village health worker, word-name Memory
    "Village health worker report\nVisit [[DATE|date:08/05/2024]]\n[[PERSON|name:Farai Mutasa]] [[AGE|other:44]]M, on ART (TLD) since 2019, VL <50 copies. ART no. [[ID|mrn:MUR-ART-02214]]\nWife [[PERSON|name:Memory]] ~20/40 pregnant, referred to [[LOCATION|geo:Murehwa District Hospital]] for ANC booking.",
    # Australia - AHW visit, Aunty outside span, Orange
    "Aboriginal Health Worker home visit\nAunty [[PERSON|name:June Carberry]], Medicare [[ID|health_plan:6102 44871 2]]\nAddress: [[ADDRESS|geo:27 Wingewarra St, Dubbo NSW 2830]]\nWebster pack checked - missed Tues & Wed evening doses. BSL 11.4. Foot check ok, uses frame.\nGrandson staying with her.\nTransport booked to [[LOCATION|geo:Orange]] eye clinic [[DATE|date:19 June]].",
    # New Zealand - Well Child, car seat in car with plate
    "Well Child / Tamariki Ora visit\nMum [[PERSON|name:Ana Faleolo]] and pepe [[PERSON|name:Sione]]\nAddress: [[ADDRESS|geo:Flat 2, 18 Niger Street, Cannons Creek, Porirua 5024]]\nSafe sleep - wahakura in use. Capsule checked in mum's car ([[VEHICLE|vehicle:KPZ417]]), fitted correctly.\n6wk imms given today. Baby NHI [[ID|health_plan:AFR63KX]]",
]

PATIENT_MESSAGES: list[str] = [
    # Ireland - email
    "From: [[EMAIL|email:maeve.dolan77@eircom.net]]\nTo: reception\nSubject: repeat prescription\n\nHi, its [[PERSON|name:Maeve Dolan]] here (DOB [[DATE|date:3/8/77]]). Could I get my repeat for the Ventolin and Seretide sent to [[LOCATION|geo:Hayes Pharmacy]]? Also my son is due his asthma review, hes [[AGE|other:9]] now.\nthanks a mil\n[[PERSON|name:Maeve]]",
    # Scotland - SMS, child named Rose, Glasgow flat 2/1
    "SMS to practice 08:12 from [[PHONE|phone:+44 7723 118904]]:\n'hiya its [[PERSON|name:Jamie Boyle]], [[PERSON|name:Rose]]'s dad. she's been up all night wi a temp 39.4 and a rash that doesnt go away with the glass. shes [[AGE|other:3]]. were at [[ADDRESS|geo:2/1, 114 Dumbarton Road, Glasgow G11 6NX]] can a doc phone back asap'\nAction: advised 999 / [[LOCATION|geo:RHC Glasgow]] ED immediately.",
    # Canada - Ottawa portal message, franglais
    "MyChart message\nFrom: [[PERSON|name:Geneviève Roy]] (MRN [[ID|mrn:40088127]])\nSent 21:47 from IP [[IP|ip:174.112.40.9]]\n\nBonjour Dr [[PERSON|name:Patel]], I had my chemo on [[DATE|date:Oct 31]] and since then the mouth sores are really bad, I can barely drink. Temp 38.1 this evening. My husband can drive me in - should we come to the ER? My cell is [[PHONE|phone:613-555-0187]].\nMerci",
    # Trinidad - WhatsApp, Mt Hope
    "WhatsApp to clinic nurse:\n'Morning nurse, this is [[PERSON|name:Candice]] mother of [[PERSON|name:Josiah Alexander]] (clinic no [[ID|mrn:PO-PED-22871]]). He sugar was 22 this morning n he vomiting since 4. we living [[ADDRESS|geo:#8 Mon Repos Lane, Morvant]]. can i bring him straight to [[LOCATION|geo:Mt Hope]]?'\nSent from [[PHONE|phone:+1 (868) 721-4409]]. Reply sent: yes, go directly to A&E.",
    # Hong Kong - email from son, appointment ref
    "Subject: Reschedule Ortho SOPC appointment\n\nDear Sir/Madam,\nI am writing on behalf of my father [[PERSON|name:WONG Kin Chung]] (HKID [[ID|ssn:G 318227(A)]]). His Orthopaedic SOPC appointment is on [[DATE|date:18 Dec 2024]] but he will be travelling that week. Could you reschedule? The appointment no. is [[ID|other:QMH-ORT-240988]].\nRegards,\n[[PERSON|name:Wong Ka Ho, Kelvin]]\n[[EMAIL|email:kelvin.wong.kh@gmail.com]]",
    # Sri Lanka - SMS
    "sms frm [[PHONE|phone:+94 71 882 4410]]: 'doctor this is [[PERSON|name:Fathima Rizna]]. my mother [[PERSON|name:Zubaida]] sugar 320 today, she not eating. we at [[ADDRESS|geo:No. 27/3, Galle Road, Colombo 03]]. clinic book no [[ID|mrn:CNTH/DM/4418]]. can come tmrw?'\n-- pls call back; diabetes clinic is Thursday.",
    # UAE - portal message from British expat mum, photo, IP
    "Patient portal message\nFrom user: [[ID|other:sarah.oconnor84]]\n'Hi Doctor, my [[AGE|other:6]]yo [[PERSON|name:Finn]] had a nasty fall at the beach yesterday afternoon. I've attached a photo of his elbow ([[ID|photo:finn_elbow.jpeg]]) - it's swollen and he won't straighten it. Our insurance is Cigna, member [[ID|health_plan:U4471882903]]. Can we get an appointment today? Thanks, [[PERSON|name:Sarah O'Connor]]'\nSent from IP [[IP|ip:2.50.118.44]]",
    # South Africa - email from daughter
    "From: [[EMAIL|email:mpho.molefe@webmail.co.za]]\nSubject: my mom's catheter\n\nDear Sister\nMy mom [[PERSON|name:Grace Molefe]] (hospital no [[ID|mrn:HJH 0448127]]) was discharged from [[LOCATION|geo:Helen Joseph]] on Friday with a catheter. It's leaking and she's in pain. Her medical aid is Momentum [[ID|health_plan:MM9041187]]. Can the home nurse come?\n[[PERSON|name:Mpho]]",
    # Australia - SMS reply, Young surname, Wagga
    "SMS reply 4:52pm: 'Yes thats me, [[PERSON|name:Brooke Young]]. cant make thurs [[DATE|date:9/5]] appt, stuck in [[LOCATION|geo:Wagga]] for work. can i do telehealth instead? new mobile is [[PHONE|phone:0499 331 208]]. also pls update my email to [[EMAIL|email:brookey_y@bigpond.com]]'\n-- Reception: rebooked as telehealth, same time.",
    # New Zealand - email from granddaughter, 92, hearing aid, Facebook URL
    "Kia ora Doctor,\nI'm writing about my koro [[PERSON|name:Hemi Walker]] ([[AGE|date:92]]). Since his fall on [[DATE|date:Boxing Day 2024]] he's been a lot more confused. We've moved him to [[LOCATION|geo:Rimu Lodge]] rest home. His hearing aid (serial [[DEVICE|device:HA2219-44871]]) went missing there.\nNga mihi,\n[[PERSON|name:Anahera Walker]]\n[[URL|url:https://www.facebook.com/anahera.walker.77]]",
]

STYLES = [
    ("progress-note", PROGRESS_NOTES),
    ("discharge-summary", DISCHARGE_SUMMARIES),
    ("referral-letter", REFERRAL_LETTERS),
    ("nursing-shorthand", NURSING_SHORTHAND),
    ("pharmacy", PHARMACY),
    ("telehealth", TELEHEALTH),
    ("billing-claims", BILLING_CLAIMS),
    ("lab-and-imaging", LAB_AND_IMAGING),
    ("community-health-visit", COMMUNITY_HEALTH_VISITS),
    ("patient-message", PATIENT_MESSAGES),
]


def main() -> None:
    print(f"probe23: {write_styled(OUT, STYLES)} docs")


if __name__ == "__main__":
    main()
