"""Write the eighth hand-annotated redaction tuning probe.

Why: a fresh set written without looking at the engine, so it can tell us whether tuning on
the earlier probes generalises. It stresses the identifiers a pattern-and-gazetteer engine finds
hardest: names that are everyday words or places (Summer, Faith, Ford, Kent, Sydney, Victoria,
Dakota) set beside the same words used as words or as states; surnames alone in odd positions;
lowercase names of relatives and staff; multi-part names from many cultures (Arabic al-/bin,
Spanish double surnames, Portuguese dos Santos, Dutch and German particles, Irish Ó/Ní/Mac,
Sámi, Somali, Fijian, Samoan, Tongan, Māori, Korean, Japanese and Chinese in both orders) and
names inflected by Czech, Polish, Finnish and Slovene grammar; small towns, townlands, stations,
marae, schools and workplaces in every Australian state and territory, New Zealand, the UK,
Ireland, North America and continental Europe; local address formats (RMB, Lot, c/-, PO Box,
house names, European street-number-postcode-town); dates in every national format, partial
dates, ranges and words; and codes with and without cue words (claims, accessions, study IDs,
badges, pump, implant and sensor serials, IPs and biometric templates).
What: 120 notes, 12 in each of ten styles (progress-note, discharge-summary, gp-referral,
nursing-shorthand, pharmacy, telehealth, billing, device-telemetry, research-enrolment,
eu-clinic-letter); identifiers are marked inline as [[LABEL|category:text]] and written out
as character spans by write_styled.
How to run:
    python scripts/make_probe8_corpus.py
"""

from pathlib import Path

from make_safe_harbor_suite import write_styled

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "corpus" / "redaction" / "probe8.jsonl"

PROGRESS_NOTE = [
    (
        "Gen Med ward round [[DATE|date:14/03/24]] - cons Dr [[PERSON|name:Whitlock]], reg [[PERSON|name:Castellanos]].\n"
        "[[AGE|other:78]]F, D4 post L TKR, lives alone in [[LOCATION|geo:Wee Waa]]. Febrile 38.2 overnight, CRP 142. "
        "[[PERSON|name:Castellanos]] reviewed at 0300 -> BC x2, cefazolin 2 g IV q8h.\n"
        "Daughter [[PERSON|name:summer]] rang ([[PHONE|phone:0428 551 907]]), driving down from [[LOCATION|geo:Narrabri]] tmrw. "
        "Summer holidays so grandkids with her.\n"
        "Plan: XR knee, wound r/v, physio on Ward 4B. URN [[ID|mrn:2031877]]."
    ),
    (
        "Respiratory SpR entry - [[LOCATION|geo:Royal Shrewsbury Hospital]] - [[DATE|date:02/02/2024]]\n"
        "Mr [[PERSON|name:Dallas Ford]], [[AGE|other:64]], HGV driver from [[LOCATION|geo:Much Wenlock]]. "
        "NHS no. [[ID|health_plan:485 777 3456]].\n"
        "IECOPD, third admission this winter. Nebs, pred 30 mg OD, doxycycline. ABG improving (pH 7.33).\n"
        "d/w [[PERSON|name:Fitzgerald]] (resp cons): for NIV if pH < 7.30. Wife [[PERSON|name:Joy]] visiting, aware of plan. "
        "Drives a Ford Transit for work - advised not to drive until reviewed."
    ),
    (
        "Medical PN - [[LOCATION|geo:Whakatāne Hospital]] - Tues [[DATE|date:5/3]]\n"
        "[[PERSON|name:Hemi Ngata]] (NHI [[ID|health_plan:PRX6634]]), [[AGE|other:58]], CCF exacerbation. Diuresing well, wt down 2.1 kg.\n"
        "Whānau hui this arvo with wife [[PERSON|name:Mereana]] and Uncle [[PERSON|name:Tame]]. They would prefer he returns home to "
        "[[LOCATION|geo:Ōpōtiki]] with DN input; marae commitments at [[LOCATION|geo:Omarumutu Marae]] next wknd.\n"
        "Plan: frusemide 80 mg BD, echo Thurs, referral to [[LOCATION|geo:Te Puna Ora o Mataatua]] for home support."
    ),
    (
        "ED [[LOCATION|geo:Tennant Creek Hospital]] [[DATE|date:22-Jul-2023]] 2140\n"
        "[[AGE|other:34]]yo M from [[LOCATION|geo:Ali Curung]]. Brought in by brother [[PERSON|name:Jampijinpa]] in troopy, "
        "rego [[VEHICLE|vehicle:CD 47 KJ]]. Works at [[LOCATION|geo:Barrow Creek Roadhouse]].\n"
        "Cellulitis L leg from fencing wire. T 38.9, HR 112. Fluclox 2 g IV, for admission.\n"
        "ALO [[PERSON|name:Nakamarra]] contacted. Mum [[PERSON|name:Nora Nungarrayi]] lives at [[LOCATION|geo:Wutunugurra]] - "
        "no phone, message via clinic."
    ),
    (
        "Hospitalist Progress Note [[DATE|date:3/14/2024]]\n"
        "S: [[PERSON|name:Autumn Lane]] is a [[AGE|other:52]] y.o. F w/ T2DM, CKD 3b, admitted from [[LOCATION|geo:Bayfield]], WI w/ DKA. "
        "AG closed, off insulin gtt 0400. Per RN [[PERSON|name:Street]] pt refused AM labs x2 - wants to get home before the lane "
        "closures on Hwy 13.\n"
        "A/P: d/w Dr. [[PERSON|name:N'Diaye]] (renal) re Cr 2.4, hold lisinopril. Brother [[PERSON|name:Kent]] is HCPOA "
        "([[PHONE|phone:(715) 779-4420]]). MRN [[ID|mrn:000418873]]."
    ),
    (
        "Medical team - [[LOCATION|geo:Mayo University Hospital]] - [[DATE|date:19.10.2023]]\n"
        "[[PERSON|name:Pádraig Ó Súilleabháin]], [[AGE|other:81]], retired sheep farmer from the townland of "
        "[[LOCATION|geo:Carrowteige]], [[LOCATION|geo:Co. Mayo]]. Hosp no. [[ID|mrn:H0778213]].\n"
        "Parkinson's disease, fall in the yard, no #. Seen by [[PERSON|name:Ní Bhriain]] (geri SpR) - OT home visit before d/c.\n"
        "NOK nephew [[PERSON|name:ciarán]] ([[PHONE|phone:087 441 9023]]) lives in [[LOCATION|geo:Béal an Mhuirthead]], 20 min away."
    ),
    (
        "Progress note - [[LOCATION|geo:Flin Flon General Hospital]] - [[DATE|date:2023-11-08]] 14:20\n"
        "[[PERSON|name:Sterling Bighetty]], [[AGE|other:47]], from [[LOCATION|geo:Pukatawagan]], MB. PHIN [[ID|health_plan:118 442 093]].\n"
        "CAP day 2, sats 94% RA, afebrile. Prefers to be called [[PERSON|name:Sterl]]. Sterling silver bracelet removed for CT, "
        "in envelope at nursing desk.\n"
        "Wife [[PERSON|name:Victoria]] arriving on tomorrow's train from [[LOCATION|geo:The Pas]]. Reviewed with Dr "
        "[[PERSON|name:Oyelaran]]; step down to PO amoxicillin if stable."
    ),
    (
        "Voortgangsverslag [[DATE|date:12-3-2024]] - afd. B3\n"
        "Mw. [[PERSON|name:Anneke van der Berg-Smit]] ([[AGE|other:73]]), woonachtig te [[LOCATION|geo:Zaltbommel]]. "
        "Pneumonie, dag 3 amoxicilline/clavulaanzuur, CRP daalt.\n"
        "Overleg met dr. [[PERSON|name:de Vries]] (longarts): CT-thorax morgen. Dochter [[PERSON|name:Femke]] belt om 17:00 "
        "([[PHONE|phone:06-41872290]]).\n"
        "BSN [[ID|ssn:172839405]]; patiëntnr. [[ID|mrn:8841203]]."
    ),
    (
        "Haem/Onc PN - Wed [[DATE|date:7th Feb]]\n"
        "[[PERSON|name:Adelaide O'Rourke]], [[AGE|other:29]], Hodgkin lymphoma, C3D1 ABVD today. Home is [[LOCATION|geo:Port Augusta]]; "
        "staying with aunt in [[LOCATION|geo:Prospect]] while in [[LOCATION|geo:Adelaide]] for tx.\n"
        "Port (serial [[DEVICE|device:PAC7719-04B]]) flushing well. Interim PET at [[LOCATION|geo:Royal Adelaide Hospital]] "
        "[[DATE|date:21/02]].\n"
        "Partner [[PERSON|name:jade]] asking re fertility preservation - re-referred to [[LOCATION|geo:Repromed]]."
    ),
    (
        "Community MH progress note - [[LOCATION|geo:Bunbury]] CMHT\n"
        "Contact [[DATE|date:09/05/2023]], home visit to [[ADDRESS|geo:7 Fields Rd, Australind WA 6233]].\n"
        "[[PERSON|name:Marsh]] (prefers surname only) settled, adherent to paliperidone depot 150 mg, next due "
        "[[DATE|date:06/06/2023]]. Mother [[PERSON|name:Hyacinth Marsh]] present, no concerns. Working 3 days/wk at "
        "[[LOCATION|geo:Bunnings Eaton]].\n"
        "Case manager [[PERSON|name:Tui Faleolo]]. R/v 4/52."
    ),
    (
        "Paeds PN - [[LOCATION|geo:Kidz First]], [[LOCATION|geo:Middlemore Hospital]] - Sat [[DATE|date:11 Nov]]\n"
        "[[PERSON|name:Mele Taufa]], [[AGE|other:6]], acute asthma, weaned to 6 puffs 3-hrly. Mum [[PERSON|name:ʻAna]] and grandad "  # noqa: RUF001 (Tongan okina)
        "[[PERSON|name:Sione Taufa]] at bedside.\n"
        "Family live in [[LOCATION|geo:Māngere East]]; attends [[LOCATION|geo:Southern Cross Campus]]. Church minister Rev "
        "[[PERSON|name:Tēvita Fifita]] visited. Asthma action plan given in Tongan."
    ),
    (
        "ICU PN - [[LOCATION|geo:Royal Hobart Hospital]] - [[DATE|date:30/08/2023]]\n"
        "[[PERSON|name:Abdullahi Warsame Hirsi]], [[AGE|other:41]], D6 post Whipple. Extubated 1100, on 2L NP.\n"
        "Somali interpreter [[PERSON|name:Hodan]] by phone (interpreter ID [[ID|other:30771]]). Wife [[PERSON|name:Faadumo Cali]] "
        "staying with cousins in [[LOCATION|geo:Glenorchy]].\n"
        "D/w Mr [[PERSON|name:Ahmadzai]] (HPB): [[PERSON|name:Hirsi]] can step down to Ward 6 tomorrow if drain output < 100 mL."
    ),
]

DISCHARGE_SUMMARY = [
    (
        "DISCHARGE SUMMARY\n"
        "Facility: [[LOCATION|geo:Charleville Hospital]]\n"
        "Patient: [[PERSON|name:CARMODY, Rose Ellen]]   DOB: [[DATE|date:02/11/1951]]   URN: [[ID|mrn:C104559]]\n"
        "Admitted: [[DATE|date:04/01/2024]]   Discharged: [[DATE|date:11/01/2024]]\n"
        "Address: [[ADDRESS|geo:Kilcowera Station, via Thargomindah QLD 4492]]\n"
        "Diagnosis: urosepsis (E. coli), AKI - resolved. Cr 88 on d/c.\n"
        "GP: Dr [[PERSON|name:Ashwin Pillai]], [[LOCATION|geo:Cunnamulla Aboriginal Corporation for Health]]. "
        "RFDS flight booked; son [[PERSON|name:Ford]] to meet her at the airstrip."
    ),
    (
        "[[LOCATION|geo:Raigmore Hospital]], [[LOCATION|geo:Inverness]] - Immediate Discharge Letter\n"
        "Name: [[PERSON|name:Catriona MacIlleathain]]   CHI: [[ID|health_plan:1507569043]]\n"
        "Admitted [[DATE|date:15 June 2023]], discharged [[DATE|date:22 June 2023]]\n"
        "Home address: [[ADDRESS|geo:Tigh na Mara, Ballachulish PH49 4JB]]\n"
        "Diagnosis: community-acquired pneumonia; new AF, started apixaban 5 mg BD.\n"
        "Follow-up: cardiology clinic at [[LOCATION|geo:Belford Hospital]], [[LOCATION|geo:Fort William]], with Mr "
        "[[PERSON|name:Kent]] in 6 weeks. Daughter [[PERSON|name:Morag]] to collect."
    ),
    (
        "Discharge Summary - [[LOCATION|geo:Dunedin Hospital]]\n"
        "Patient: [[PERSON|name:Mereoni Vakaloloma]]   NHI: [[ID|health_plan:ADK8841]]\n"
        "DOB: [[DATE|date:14 Aug 1988]] ([[AGE|other:35]] y)\n"
        "Discharged [[DATE|date:3 September 2023]] to [[ADDRESS|geo:22 Thames Street, Ōamaru 9400]]\n"
        "Dx: PPH 1.8 L after SVD, 2 units RBC. Hb 98 on discharge.\n"
        "LMC: [[PERSON|name:Aroha Te Whare]] ([[PHONE|phone:027 448 1093]]). GP: [[LOCATION|geo:Palmerston Medical Centre]]. "
        "Baby [[PERSON|name:Losana]] discharged with mum."
    ),
    (
        "DISCHARGE SUMMARY - [[LOCATION|geo:St. Peter's Health]], [[LOCATION|geo:Helena]], MT\n"
        "Pt: [[PERSON|name:Wyatt Two Bulls]]   DOB [[DATE|date:07/04/1963]]   MRN [[ID|mrn:SP2290417]]\n"
        "Admit [[DATE|date:Dec 2, 2023]] / D/C [[DATE|date:Dec 9, 2023]]   Medicare MBI [[ID|health_plan:1EG4-TE5-MK73]]\n"
        "Course: NSTEMI, DES x1 to LAD. Echo EF 45%.\n"
        "Dispo: home to [[LOCATION|geo:Townsend]] with wife [[PERSON|name:Dakota]]. Cardiac rehab at "
        "[[LOCATION|geo:Broadwater Health Center]]. F/u Dr. [[PERSON|name:Sorensen-Black]] 2 wks."
    ),
    (
        "DISCHARGE SUMMARY / [[LOCATION|geo:Qikiqtani General Hospital]]\n"
        "Patient: [[PERSON|name:Aputi Kilabuk]]   DOB [[DATE|date:1979-06-21]]   NU Health Care No. [[ID|health_plan:120448771]]\n"
        "Admitted [[DATE|date:2024-01-17]]; discharged [[DATE|date:2024-01-29]]\n"
        "Dx: community-acquired pneumonia; TB reactivation ruled out (sputum x3 negative).\n"
        "Returning to [[LOCATION|geo:Pangnirtung]] on the scheduled flight with escort (daughter [[PERSON|name:Leesee]]). "
        "CHN [[PERSON|name:Bowden-Akpaliapik]] to continue DOT at the health centre."
    ),
    (
        "[[LOCATION|geo:Mildura Base Public Hospital]] - DISCHARGE SUMMARY\n"
        "Name: [[PERSON|name:NGUYỄN Thị Lan]] (known as [[PERSON|name:Lan]])   UR: [[ID|mrn:M0221947]]   DOB: [[DATE|date:1956-02-29]]\n"
        "Adm [[DATE|date:18/9/23]]  D/C [[DATE|date:25/9/23]]\n"
        "Address: [[ADDRESS|geo:Lot 12 Calder Hwy, Ouyen VIC 3490]]\n"
        "Medicare: [[ID|health_plan:2951 44810 3]] (IRN 2)\n"
        "L MCA stroke, residual expressive dysphasia. Vietnamese interpreter required. Son [[PERSON|name:Minh Tran]] is main contact "
        "([[PHONE|phone:0417 392 055]])."
    ),
    (
        "DISCHARGE - [[LOCATION|geo:North West Regional Hospital]], [[LOCATION|geo:Burnie]]\n"
        "Patient: [[PERSON|name:Bradley 'Dusty' Fields]]   DOB [[DATE|date:30.04.1970]]   DVA file [[ID|health_plan:TX403318]]\n"
        "Postal: [[ADDRESS|geo:c/- Post Office, Marrawah TAS 7330]]\n"
        "Injured at work ([[LOCATION|geo:Greenham Smithton]] meatworks) - L hand degloving, flap day 9 healthy.\n"
        "Hand therapy at [[LOCATION|geo:Smithton District Hospital]] twice weekly. Partner [[PERSON|name:Shannon Lee]] to drive."
    ),
    (
        "[[LOCATION|geo:Ceduna District Health Service]]\n"
        "Discharge summary, [[DATE|date:10th of March 2024]]\n"
        "Client: [[PERSON|name:Lionel Coleman-Miller]], [[AGE|other:59]], from [[LOCATION|geo:Koonibba]] community. HRN [[ID|mrn:0887213]].\n"
        "Admitted with hyperglycaemia (BGL 31), commenced basal-bolus insulin. Diabetes educator [[PERSON|name:Merindah]] did teaching "
        "with wife [[PERSON|name:Brenda]].\n"
        "Follow-up with [[LOCATION|geo:Yadu Health]] AHW [[PERSON|name:Trevor Miller]] in 1 week."
    ),
    (
        "[[LOCATION|geo:Kalgoorlie Health Campus]] - Discharge Summary\n"
        "[[PERSON|name:Tavita Leaupepe]], [[AGE|other:38]]M, FIFO driller at [[LOCATION|geo:Kanowna Belle]] (employee ID "
        "[[ID|other:KB-04471]]).\n"
        "Admitted [[DATE|date:2-5 Aug 2023]] with heat stroke and rhabdomyolysis (CK peak 48,000).\n"
        "Home address: [[ADDRESS|geo:5/31 Sterling Tce, Rockingham WA 6168]]\n"
        "Not fit for work until cleared by site doctor Dr [[PERSON|name:Ibrahim al-Sayed]]. Certificate sent to "
        "[[EMAIL|email:hr.kanownabelle@northstar-mining.com.au]]."
    ),
    (
        "[[LOCATION|geo:Letterkenny University Hospital]] - Discharge Note\n"
        "Patient: [[PERSON|name:Séamus Mac Giolla Bhríde]]   PPSN: [[ID|ssn:7123456TA]]\n"
        "Address: [[ADDRESS|geo:Mín an Chladaigh, Gort an Choirce, Co. Dhún na nGall F92 X2K4]]\n"
        "Admitted the [[DATE|date:3rd of May 2023]] with an exacerbation of COPD; home on [[DATE|date:9 May]].\n"
        "GP: Dr [[PERSON|name:Nóra Ní Ghallchóir]], [[LOCATION|geo:Falcarragh]]. Wife [[PERSON|name:Máire]] speaks Irish at home; "
        "please send letters in Irish."
    ),
    (
        "DISCHARGE SUMMARY - [[LOCATION|geo:Auckland City Hospital]], Ward 64\n"
        "Patient: [[PERSON|name:Lupe Aiono-Sapolu]]   NHI [[ID|health_plan:KLM5520]]   DOB [[DATE|date:21/01/1961]]\n"
        "Discharged Thursday [[DATE|date:16 Nov 2023]]\n"
        "Diagnosis: decompensated cirrhosis (MASLD). Ascitic tap 4 L.\n"
        "Lives with daughter [[PERSON|name:Fetu]] at [[ADDRESS|geo:18 Bairds Road, Ōtara, Auckland 2023]]. Minister Rev. "
        "[[PERSON|name:Faamanu Tuilagi]] ([[LOCATION|geo:EFKS Ōtara]]) to visit. Hepatology OPC 4/52."
    ),
    (
        "The [[LOCATION|geo:Canberra Hospital]] - Discharge Summary\n"
        "Patient: [[PERSON|name:PARK Ji-hoon]] (Mr [[PERSON|name:Park]])   MRN [[ID|mrn:01229384]]   DOB [[DATE|date:05-Oct-1990]]\n"
        "Address: [[ADDRESS|geo:12/4 Hibberd Crescent, Forde ACT 2914]]\n"
        "Dx: primary spontaneous pneumothorax, ICC removed D3. No flying for 2 weeks - postpone trip to [[LOCATION|geo:Busan]].\n"
        "Wife [[PERSON|name:Kim Soo-yeon]] prefers email: [[EMAIL|email:sooyeon.kim90@gmail.com]]."
    ),
]

GP_REFERRAL = [
    (
        "[[LOCATION|geo:Macquarie Street Medical Centre]]\n"
        "[[ADDRESS|geo:211 Macquarie St, Dubbo NSW 2830]]\n"
        "Ph [[PHONE|phone:(02) 6882 4410]]  Fax [[PHONE|fax:(02) 6882 4419]]\n\n"
        "[[DATE|date:28 February 2024]]\n\n"
        "Dr [[PERSON|name:Helen Xiong]]\nGastroenterology, [[LOCATION|geo:Orange Health Service]]\n\n"
        "Dear Helen,\n"
        "Re: Mr [[PERSON|name:Brock Sydney]], DOB [[DATE|date:17/06/1966]], of [[ADDRESS|geo:44 Boundary Rd, Gilgandra NSW 2827]]\n"
        "Thank you for seeing Mr [[PERSON|name:Sydney]], who has a positive iFOBT and iron deficiency (ferritin 9). He runs sheep "
        "near [[LOCATION|geo:Gilgandra]] and can get to [[LOCATION|geo:Orange]] on Thursdays.\n"
        "Kind regards,\nDr [[PERSON|name:Kwame Asante]]  Provider No. [[ID|license:2451867B]]"
    ),
    (
        "To: Gynaecology Rapid Access Clinic, [[LOCATION|geo:Norfolk and Norwich University Hospital]]\n"
        "Date: [[DATE|date:6th November 2023]]\n\n"
        "Dear Colleague,\n"
        "Re: Mrs [[PERSON|name:Marigold Street]]   DOB [[DATE|date:03/09/1948]]   NHS No. [[ID|health_plan:401 023 2137]]\n"
        "[[ADDRESS|geo:The Old Forge, Walsingham Road, Great Snoring, Fakenham NR21 0HP]]\n"
        "I would be grateful if you could see this [[AGE|other:75]]-year-old lady under the 2WW pathway with post-menopausal "
        "bleeding. She cares for her husband [[PERSON|name:Reginald]], who has Lewy body dementia. Her neighbour Mrs "
        "[[PERSON|name:Temperance Kettle]] will drive her.\n"
        "Yours sincerely,\nDr [[PERSON|name:A. Okonkwo-Reid]], [[LOCATION|geo:Holt Medical Practice]]"
    ),
    (
        "eReferral | [[LOCATION|geo:Te Hiku Hauora]] -> General Surgery, [[LOCATION|geo:Whangārei Hospital]]\n"
        "Patient: [[PERSON|name:Wiremu Te Rangi Pōmare]] | NHI: [[ID|health_plan:HKT2305]] | DOB: [[DATE|date:09/12/1972]] | "
        "Mob: [[PHONE|phone:021 084 4719]]\n"
        "Address: [[ADDRESS|geo:1430 State Highway 10, Awanui 0486]]\n"
        "Referrer: Dr [[PERSON|name:Anahera Whaanga]] (MCNZ [[ID|license:48821]])\n"
        "Clinical: 2/12 RUQ pain after fatty meals; USS gallstones, CBD 5 mm. Works as a shearer. Whānau in "
        "[[LOCATION|geo:Kaitaia]] can transport. Priority: semi-urgent."
    ),
    (
        "Dear Dr [[PERSON|name:Ó Muircheartaigh]],\n"
        "I would appreciate your opinion on [[PERSON|name:Bríd Ní Chonchúir]] ([[DATE|date:12/4/1959]]) of "
        "[[LOCATION|geo:Baile an Fheirtéaraigh]] ([[LOCATION|geo:Ballyferriter]]), who has had a changing pigmented lesion on her "
        "left calf since the spring. GMS no. [[ID|health_plan:4471902C]]. Photo attached ([[ID|photo:BNC_calf_0412.jpg]]).\n"
        "She would prefer [[LOCATION|geo:University Hospital Kerry]] to [[LOCATION|geo:Cork]], as her son [[PERSON|name:Donncha]] "
        "drives her.\n"
        "Is mise le meas,\nDr [[PERSON|name:Fionnuala D'Arcy]], [[LOCATION|geo:An Daingean Medical Centre]], tel. "
        "[[PHONE|phone:+353 66 915 1204]]"
    ),
    (
        "To: Dr. [[PERSON|name:Priya Ramachandran]], Endocrinology, [[LOCATION|geo:Health Sciences Centre]], "
        "[[LOCATION|geo:St. John's]], NL\n"
        "From: Dr. [[PERSON|name:Mark Penney]], [[LOCATION|geo:Gander]] (MCP billing no. [[ID|license:04417]])\n"
        "Date: [[DATE|date:January 22, 2024]]\n"
        "Re: [[PERSON|name:Faith Abbott]], DOB [[DATE|date:1985-03-03]], MCP [[ID|health_plan:114 559 203 001]]\n"
        "[[PERSON|name:Faith]] is a [[AGE|other:38]] y/o teacher at [[LOCATION|geo:Gander Academy]] with a 2 cm thyroid nodule "
        "(TI-RADS 4). Please see re FNA. She has kept faith with levothyroxine despite side effects."
    ),
    (
        "[[LOCATION|geo:Hope Family Clinic]], [[ADDRESS|geo:410 S Main St, Hope, AR 71801]]  Fax [[PHONE|fax:(870) 777-0192]]\n"
        "REFERRAL - Cardiology, [[LOCATION|geo:UAMS Medical Center]], [[LOCATION|geo:Little Rock]]\n"
        "Date: [[DATE|date:04/18/2024]]\n"
        "Patient: [[PERSON|name:Charity Washington]]  DOB [[DATE|date:11/30/1957]]  Medicaid ID [[ID|health_plan:8841027753]]\n"
        "Reason: exertional chest pain, abnormal stress test. Pt has no car; grandson [[PERSON|name:Tre]] can bring her. "
        "Hope to have her seen within 2 wks.\n"
        "Referring: [[PERSON|name:Dale Whitfield]], APRN, NPI [[ID|license:1326048719]]"
    ),
    (
        "[[LOCATION|geo:Mareeba Medical Clinic]] - referral to Renal Services, [[LOCATION|geo:Cairns Hospital]]\n"
        "[[DATE|date:14.8.23]]\n"
        "Re: [[PERSON|name:Elsie Mosby-Ahwang]], [[AGE|other:56]], of [[LOCATION|geo:Kuranda]]. Medicare [[ID|health_plan:3306 91842 1]].\n"
        "Dear team, eGFR has dropped from 31 to 19 over 6 months; please assess for dialysis planning. [[PERSON|name:Elsie]] is a "
        "Torres Strait Islander woman from [[LOCATION|geo:Poruma]] ([[LOCATION|geo:Coconut Island]]); Aunty "
        "[[PERSON|name:Dulcie]] is her carer.\n"
        "Regards, Dr [[PERSON|name:Hamish Burke]] (prov [[ID|license:4017733K]])"
    ),
    (
        "Referral: Plastic Surgery, [[LOCATION|geo:Fiona Stanley Hospital]]\n"
        "From: Dr [[PERSON|name:Olumide Adeyemi]], [[LOCATION|geo:Esperance Family Doctors]] (prov [[ID|license:4471822L]])\n"
        "Patient: Ms [[PERSON|name:Ivy Sterling]], DOB [[DATE|date:19 Jan 1944]] ([[AGE|other:80]])\n"
        "Address: [[ADDRESS|geo:RMB 218 Fisheries Rd, Condingup WA 6450]]\n"
        "Large BCC L temple, previously excised [[DATE|date:Feb 2021]]. Ms [[PERSON|name:Sterling]] will need PATS assistance and "
        "accommodation in [[LOCATION|geo:Perth]]; please liaise with her niece [[PERSON|name:Kylie]] on "
        "[[PHONE|phone:0438 210 774]]."
    ),
    (
        "[[LOCATION|geo:West Coast District Hospital]], [[LOCATION|geo:Queenstown]]\n"
        "Monday [[DATE|date:4 December 2023]]\n"
        "Neurology Outpatients, [[LOCATION|geo:Royal Hobart Hospital]]\n"
        "Re: Mr [[PERSON|name:Tasman Gray]], [[AGE|other:61]], of [[LOCATION|geo:Zeehan]]. Medicare [[ID|health_plan:5102 77430 1]]/3.\n"
        "Underground fitter at [[LOCATION|geo:Henty Gold Mine]]; 4/12 of L hand tremor and micrographia, ?early Parkinson's. "
        "He works 7-on/7-off - please book in his off week (roster via supervisor [[PERSON|name:Cheryl Hobart]]).\n"
        "Dr [[PERSON|name:Yusuf Karimi]]"
    ),
    (
        "Dictated [[DATE|date:12 May 2023]], typed [[DATE|date:15/05/2023]]. Dictated but not read.\n\n"
        "Dear Dr [[PERSON|name:Sunil D'Souza]],\n"
        "Re: Ms [[PERSON|name:Brianna May]], [[AGE|other:27]], [[ADDRESS|geo:'Glenroy', 2240 Penola Road, Naracoorte SA 5271]]\n"
        "Thank you for seeing Ms [[PERSON|name:May]] at the [[LOCATION|geo:Mount Gambier and Districts Health Service]] antenatal "
        "clinic. G2P1, 20/40, BMI 41, previous GDM. She works as a guide at [[LOCATION|geo:Naracoorte Caves]].\n"
        "Yours faithfully,\nDr [[PERSON|name:Gus Pappas]], [[LOCATION|geo:Naracoorte Health Service]]"
    ),
    (
        "Referral - Nephrology, [[LOCATION|geo:Royal Darwin Hospital]]\n"
        "From: [[LOCATION|geo:Wurli-Wurlinjang Health Service]], [[LOCATION|geo:Katherine]]\n"
        "Client: [[PERSON|name:Dhanggal Wunungmurra]]   HRN [[ID|mrn:0448172]]   DOB [[DATE|date:1/7/1981]]\n"
        "Home community [[LOCATION|geo:Gapuwiyak]]; staying at the renal hostel in [[LOCATION|geo:Katherine]] for dialysis. "
        "Yolŋu Matha interpreter needed - [[PERSON|name:Dhuwarrwarr]] (AIS) knows the family. Wife [[PERSON|name:Djalinda]] "
        "wants to relocate to [[LOCATION|geo:Nhulunbuy]] if a satellite chair is available.\n"
        "Dr [[PERSON|name:Rosie Blackwood]], GP"
    ),
    (
        "[[LOCATION|geo:Korumburra Medical Centre]]   [[DATE|date:20/10/2023]]\n"
        "Prof [[PERSON|name:Halvorsen]]\nUpper GI Surgery, [[LOCATION|geo:Peter MacCallum Cancer Centre]]\n\n"
        "Dear Professor [[PERSON|name:Halvorsen]],\n"
        "Re: Mrs [[PERSON|name:Marta dos Santos]] (DOB [[DATE|date:08/08/1962]]), "
        "[[ADDRESS|geo:RMB 4471 Korumburra-Warragul Rd, Kardella VIC 3951]]\n"
        "Gastroscopy at [[LOCATION|geo:Leongatha]] showed a GOJ adenocarcinoma; staging CT attached. Mrs "
        "[[PERSON|name:dos Santos]] speaks Portuguese; her husband [[PERSON|name:João Pedro]] works nights at "
        "[[LOCATION|geo:Burra Foods]] and can attend on Tuesdays.\n"
        "Best wishes, Dr [[PERSON|name:Ellie Moorhouse-Tan]]"
    ),
]

NURSING_SHORTHAND = [
    (
        "[[DATE|date:14/3]] N/S 2300-0730\n"
        "bed 12 [[PERSON|name:faith]] ([[AGE|other:81]]F) settled post 5mg oxycodone 0100. pain 3/10. IDC draining, UO 40ml/hr. "
        "dtr [[PERSON|name:autumn]] rang 2330 for update - advised stable. for tfr to [[LOCATION|geo:wagga base]] in am pending bed. "
        "summer dress + rings in property bag.\n"
        "- RN [[PERSON|name:j. lane]]"
    ),
    (
        "N/S [[DATE|date:22/6]]: Mr [[PERSON|name:Te Whare]] wandering, found at nurses stn x3 - redirected. wife "
        "[[PERSON|name:huia]] stayed overnight in recliner. PIVC resited L ACF 0300 by [[PERSON|name:tamsin]]. BSL 11.2 @ 0600. "
        "falls risk - sensor mat on. whanau from [[LOCATION|geo:taumarunui]] visiting tmrw."
    ),
    (
        "ISBAR bed 4: [[PERSON|name:kazuki tanaka]] [[AGE|other:67]]M, #NOF R, DHS [[DATE|date:14/2]]. Hb 92, no transfusion. "
        "mobilised w/ 2 + FRF. wife [[PERSON|name:Tanaka Yumiko]] visits daily, limited english - son [[PERSON|name:ren]] "
        "interprets ([[PHONE|phone:0403 882 117]]). lives [[LOCATION|geo:chatswood]], 2 storey - OT to r/v stairs."
    ),
    (
        "0700-1900 RN note. Pt A&Ox4, c/o nausea, ondansetron 4mg IV 0930 w/ relief. VSS. Dtr [[PERSON|name:Joy]] (HCP) at bedside "
        "most of day. Chaplain Fr. [[PERSON|name:Okafor]] visited. Pt from [[LOCATION|geo:Truth or Consequences]], NM, asking for "
        "transfer to [[LOCATION|geo:Sierra Vista Hospital]] closer to home. Rm 412. Fall precautions.\n"
        "- [[PERSON|name:K. Dallas]], RN"
    ),
    (
        "[[LOCATION|geo:Bethany Aged Care]] [[LOCATION|geo:Kadina]] - Wing B progress\n"
        "res. Mrs [[PERSON|name:D. Kettleby]], [[AGE|date:93]], asked for her VB at 1600, given 1 light can per care plan. "
        "skin tear L forearm (2cm) - mepitel + crepe. son [[PERSON|name:graeme]] notified by phone. GP Dr [[PERSON|name:Vo]] "
        "to review Thurs [[DATE|date:7/9]]."
    ),
    (
        "Labour ward 0415: [[PERSON|name:Siobhán]] G2P1 39+2, SROM clear liquor. CTG reactive. Partner "
        "[[PERSON|name:Liam Ó Briain]] present. Booked [[LOCATION|geo:Rotunda]], transferred from [[LOCATION|geo:Cavan General]]. "
        "VE 4cm @ 0500, gas & air.\n"
        "Handed over to midwife [[PERSON|name:Ruth]] 0730 - [[PERSON|name:ngaire]], RM"
    ),
    (
        "DN visit Fri [[DATE|date:3/11]] - [[ADDRESS|geo:unit 3/14 Kent St, Yeppoon]]. pt ([[PERSON|name:kent]] - yes that's his "
        "name) - venous leg ulcer R gaiter 4x3cm, sloughy. cleansed, inadine + 4 layer. next visit Mon. neighbour "
        "[[PERSON|name:shirl]] has spare key. referred to [[LOCATION|geo:Capricorn Coast Hospital]] wound clinic."
    ),
    (
        "1:1 obs 2200-0600. [[PERSON|name:nasrin al-Amiri]] settled after 2200 olanzapine 5mg. brief distress 0140 re brother "
        "[[PERSON|name:yousef]] in [[LOCATION|geo:Villawood]]. no self-harm. slept ~4h. bro rang 0610 from "
        "[[PHONE|phone:+61 411 093 552]], asked to call back after ward round.\n"
        "- EN [[PERSON|name:marcus o'rourke]]"
    ),
    (
        "Triage 0312 Cat 2: [[AGE|other:19]]M BIBA from [[LOCATION|geo:Kambah]] post MVA, driver, restrained, ?LOC. car rego "
        "[[VEHICLE|vehicle:YQT 52K]] per police (Sgt [[PERSON|name:Addo]]). GCS 14. mum [[PERSON|name:leanne]] en route from "
        "[[LOCATION|geo:Queanbeyan]].\n"
        "- triage RN [[PERSON|name:priscilla fonua]]"
    ),
    (
        "HD unit [[DATE|date:02/02/24]] - [[PERSON|name:semisi]] (pref. [[PERSON|name:Misi]]) - AVF L arm, good thrill. "
        "pre-wt 88.4, UF goal 2.5L. machine SN [[DEVICE|device:5008S-14J0229]] chair 6. BP 168/92 -> 142/80. wife "
        "[[PERSON|name:Lesieli]] picks him up 1430, lives [[LOCATION|geo:Logan Central]]."
    ),
    (
        "PM shift [[DATE|date:18/04]]: [[PERSON|name:kahurangi]] (pref [[PERSON|name:Kahu]]), [[AGE|other:14]]F, DKA resolving, "
        "now on SC insulin. nan [[PERSON|name:Hinemoa]] travelled from [[LOCATION|geo:Ruatōria]], staying in whānau room. "
        "CGM sensor applied, ID [[DEVICE|device:0M4QX72HLK]]. kura ([[LOCATION|geo:Ngata Memorial College]]) emailed re absence."
    ),
    (
        "Night report, St Joseph's ward ([[LOCATION|geo:Cavan General]]) - [[DATE|date:27/12]]\n"
        "Mr [[PERSON|name:Mac Giolla Phádraig]] ([[AGE|other:88]]) confused overnight, pulled IV x2. Daughter "
        "[[PERSON|name:Gráinne]] rang 0200 from [[LOCATION|geo:Boston]], updated. CSU sent - lab no. [[ID|other:MB24-118842]]. "
        "Dr [[PERSON|name:Okoro]] (SHO) aware."
    ),
]

PHARMACY = [
    (
        "DISPENSE LOG - [[LOCATION|geo:Priceline Pharmacy Bega]]\n"
        "Rx [[ID|other:4471902]] | [[DATE|date:12/10/2023]] | Pt: [[PERSON|name:MARSH, Faith]] | Medicare "
        "[[ID|health_plan:4128 55203 7]]-1 | Prescriber: Dr [[PERSON|name:G. Anagnostopoulos]] (prescriber no. "
        "[[ID|license:2208441]]) | apixaban 5 mg tab x60, 5 rpts | Authority approval no. [[ID|other:H4491027]]"
    ),
    (
        "Medicines reconciliation - [[DATE|date:21/11/2023]] - pharmacist [[PERSON|name:Ifeoma Nwachukwu]]\n"
        "Patient: [[PERSON|name:Kenneth Fields]], [[AGE|other:79]], admitted from [[LOCATION|geo:Bourton-on-the-Water]]. "
        "Sources: patient, SCR, [[LOCATION|geo:Boots Stow-on-the-Wold]] (spoke to [[PERSON|name:Priyanka]]).\n"
        "Discrepancy: SCR lists ramipril 5 mg OD - stopped by GP after AKI, confirmed with [[LOCATION|geo:Well Lane Surgery]]. "
        "Dosette box filled weekly. NKDA."
    ),
    (
        "RX LABEL REPRINT - [[LOCATION|geo:Carter County Drug]], [[ADDRESS|geo:112 N Main St, Ekalaka, MT 59324]]  Ph "
        "[[PHONE|phone:406-775-8813]]\n"
        "Rx# [[ID|other:0618842]]  Filled [[DATE|date:09/27/23]]\n"
        "[[PERSON|name:DAKOTA ROSE LIGHTFOOT]]\n"
        "Buprenorphine/naloxone 8/2 mg film - dissolve 1 under tongue daily\n"
        "Prescriber: [[PERSON|name:T. Marsh-Yellowhorse]], MD  DEA [[ID|license:BM4417282]]\n"
        "Qty 14  Refills 0  Do not fill before [[DATE|date:10/11/23]]"
    ),
    (
        "[[LOCATION|geo:Te Kūiti Pharmacy]] - NZePS dispensing\n"
        "Script ID: [[ID|other:4F7K2Q9XW1PRT3HB]]   Date: [[DATE|date:7 March 2024]]\n"
        "Patient: [[PERSON|name:Ngaio Kerehoma]] (NHI [[ID|health_plan:CPM7731]])\n"
        "Prescriber: Dr [[PERSON|name:H. Bleakley]], [[LOCATION|geo:Te Kūiti Medical Centre]]\n"
        "Items: metformin 500 mg, empagliflozin 10 mg (Special Authority [[ID|other:SA2284719]]). Collected by partner "
        "[[PERSON|name:Rewi]]."
    ),
    (
        "Webster-pak profile - [[LOCATION|geo:Chinchilla Chemmart]]\n"
        "Patient: [[PERSON|name:Neville Summers]]   DVA Gold [[ID|health_plan:QX28813]]\n"
        "Postal: [[ADDRESS|geo:PO Box 218, Chinchilla QLD 4413]]\n"
        "HMR by [[PERSON|name:Aurelia Jankowski]] (accredited pharmacist, AACP no. [[ID|license:3317]]) - recommends deprescribing "
        "oxybutynin. Packed weekly, delivered Tuesdays by [[PERSON|name:Bevan]]."
    ),
    (
        "PharmaNet profile - [[LOCATION|geo:Ucluelet Pharmasave]]\n"
        "PHN [[ID|health_plan:9876 543 217]]   Patient [[PERSON|name:Raven Joe-Frank]]   DOB [[DATE|date:1994-12-02]]\n"
        "Address [[ADDRESS|geo:PO Box 129, Ahousaht, BC V0R 1A0]]\n"
        "[[DATE|date:2024-02-14]] amoxicillin 500 mg TID x7d - Dr [[PERSON|name:Lachance]] (College ID [[ID|license:31882]])\n"
        "Note: pt travels by water taxi; dispense full course."
    ),
    (
        "[[LOCATION|geo:O'Donovan's Pharmacy]], [[LOCATION|geo:Clonakilty]] - prescription record [[DATE|date:1st March 2024]]\n"
        "Patient: [[PERSON|name:Aoife Nic Dhonnchadha]], [[ADDRESS|geo:Ardnaclogh, Rosscarbery, Co. Cork P85 KX31]]\n"
        "DPS card no. [[ID|health_plan:8824471]]\n"
        "Prescriber: Dr [[PERSON|name:Eoin Kehilly]], IMC [[ID|license:418823]]\n"
        "Sertraline 50 mg x28. Counselled re nausea; collected by her husband [[PERSON|name:Dónal]]."
    ),
    (
        "Clozapine monitoring - [[LOCATION|geo:Sunshine Hospital]] pharmacy\n"
        "Pt [[PERSON|name:Dinh Van Thanh]]   monitoring system patient no. [[ID|other:CLZ-200441]]\n"
        "Registered prescriber Dr [[PERSON|name:Oluwaseun Bakare]] (AHPRA [[ID|license:MED0001877402]])\n"
        "ANC [[DATE|date:16/01/2024]]: 3.8 - GREEN. Dispense 7/7. Next FBC due [[DATE|date:23/01/2024]]. Case manager "
        "[[PERSON|name:Lane]] informed by phone."
    ),
    (
        "ODTP dosing record - [[LOCATION|geo:Hedland Pharmacy]], [[LOCATION|geo:South Hedland]]\n"
        "Client [[PERSON|name:Cody Ah Chee]]   program no. [[ID|other:WA-ODT-55182]]\n"
        "Methadone 60 mg daily, supervised. Missed doses [[DATE|date:3/4]] and [[DATE|date:4/4]] - takeaways suspended per Dr "
        "[[PERSON|name:Ng]]. Photo ID sighted (WA driver's licence [[ID|license:4477120]])."
    ),
    (
        "From: [[PERSON|name:Castellanos, Inés]] <[[EMAIL|email:ines.castellanos@wdhs.vic.gov.au]]>\n"
        "Sent: Tuesday, [[DATE|date:9 April 2024]] 4:12 PM\n"
        "To: [[EMAIL|email:reception@warracknabealmedical.com.au]]\n"
        "Subject: RE: DAA for Mr [[PERSON|name:Kowalczyk]]\n\n"
        "Hi [[PERSON|name:Bree]], the DAA for Mr [[PERSON|name:Kowalczyk]] (UR [[ID|mrn:W118204]]) will be ready Thursday - can his "
        "daughter pick it up from the [[LOCATION|geo:Warracknabeal]] hospital pharmacy? Please send an updated med list, the one we "
        "have is from [[DATE|date:Nov '23]].\n"
        "Thanks, [[PERSON|name:Inés]]"
    ),
    (
        "[[LOCATION|geo:Löwen-Apotheke]] [[LOCATION|geo:Mülheim an der Ruhr]] - Abgabeprotokoll\n"
        "Datum: [[DATE|date:05.02.2024]]\n"
        "Patientin: [[PERSON|name:Kühn, Hannelore]]  geb. [[DATE|date:11.11.1939]]\n"
        "Kasse: Techniker Krankenkasse, Vers.-Nr. [[ID|health_plan:K804417293]]\n"
        "BtM-Rezept Nr. [[ID|other:55120487]] - Fentanyl-Pflaster 25 µg/h, 10 St.\n"
        "Arzt: Dr. med. [[PERSON|name:Yılmaz]], LANR [[ID|license:448812301]]"  # noqa: RUF001 (Turkish dotless i)
    ),
    (
        "RACF medication chart review - [[LOCATION|geo:Mirinjani Village]], [[LOCATION|geo:Weston]]\n"
        "Resident [[PERSON|name:Beatrix van Oosterom-Keller]], [[AGE|date:96]]. RMMR by [[PERSON|name:Tanvir Hossain]] on "
        "[[DATE|date:2nd of August 2023]]. Recommend cease temazepam (falls x3 since [[DATE|date:June 2023]]). GP Dr "
        "[[PERSON|name:Adelaide Chua]] to action. NOK grandson [[PERSON|name:Sebastiaan]]."
    ),
]

TELEHEALTH = [
    (
        "Telehealth consult - [[DATE|date:08/08/2023]] 1030 ACST\n"
        "Platform: Coviu, room [[URL|url:https://bookings.coviu.com/r/dr-okafor-4471]]\n"
        "Patient at [[LOCATION|geo:Yuendumu Clinic]] with AHP [[PERSON|name:Nangala]]; clinician at "
        "[[LOCATION|geo:Alice Springs Hospital]].\n"
        "[[PERSON|name:Cassius Jampijinpa Brown]], [[AGE|other:44]]. Hep B f/u, LFTs stable, VL undetectable. Continue tenofovir. "
        "Next telehealth early [[DATE|date:Nov 2023]]."
    ),
    (
        "VIDEO VISIT LOG\n"
        "session_id=[[ID|other:vv-7f3a9c21]]\n"
        "patient=[[PERSON|name:Sione Havili]] ip=[[IP|ip:203.0.113.47]] joined=[[DATE|date:2024-03-05T19:02:11+13:00]]\n"
        "clinician=[[PERSON|name:Greer Whitlock]] ip=[[IP|ip:10.20.4.118]]\n"
        "note: pt on phone in car outside [[LOCATION|geo:Countdown Papakura]]; audio poor. Rebooked for [[DATE|date:12/03/2024]]."
    ),
    (
        "Telephone consultation - Tue [[DATE|date:16 Jan]]\n"
        "Spoke to patient's daughter [[PERSON|name:Victoria]] ([[PHONE|phone:07700 900 412]]) with verbal consent from "
        "[[PERSON|name:Albert Penhaligon]] ([[AGE|date:91]]), present on speaker. Lives in [[LOCATION|geo:Mousehole]]. "
        "Increasing breathlessness; furosemide increased to 80 mg, Rx sent to [[LOCATION|geo:Newlyn]] pharmacy. Son lives in "
        "Victoria, Australia - not involved."
    ),
    (
        "Telepsychiatry via MS Teams - patient at [[LOCATION|geo:Gore Health]], psychiatrist in [[LOCATION|geo:Dunedin]]\n"
        "[[DATE|date:23 Oct 2023]]\n"
        "[[PERSON|name:Hamish McKenzie-Tuhiwai]], [[AGE|other:33]], works on a dairy farm at [[LOCATION|geo:Waikaka]]. Mood improved "
        "on sertraline 100 mg. Employer [[PERSON|name:Doug Fairweather]] supportive. Appointment letters to "
        "[[EMAIL|email:hamishmt83@xtra.co.nz]]."
    ),
    (
        "Telemedicine Visit - [[DATE|date:June 3rd, 2024]]\n"
        "Synchronous audio-video via [[URL|url:https://doxy.me/drfieldsrheum]]. Patient location: home, [[LOCATION|geo:Nome]], AK. "
        "Provider location: [[LOCATION|geo:Alaska Native Medical Center]], [[LOCATION|geo:Anchorage]].\n"
        "[[PERSON|name:Della Koonooka]], [[AGE|other:62]], RA flare, MTX increased to 20 mg weekly. Consent obtained. Email on file "
        "[[EMAIL|email:dkoonooka@gci.net]].\n"
        "[[PERSON|name:Raymond Fields]], MD"
    ),
    (
        "OTN Telemedicine - Referral ID [[ID|other:OTN-22-884102]]\n"
        "Patient site: [[LOCATION|geo:Weeneebayko General Hospital]], [[LOCATION|geo:Moose Factory]], ON\n"
        "Consultant site: [[LOCATION|geo:CHEO]] - [[DATE|date:March 12, 2024]]\n"
        "[[PERSON|name:Tyson Cheechoo]], [[AGE|other:11]], seen with grandmother [[PERSON|name:Annie Cheechoo]] and nurse "
        "[[PERSON|name:Bergeron]]. OHIP [[ID|health_plan:5584-229-107-KT]]. Eczema herpeticum resolved."
    ),
    (
        "Telehealth (phone) [[DATE|date:26.09.23]] - pt at [[LOCATION|geo:Coober Pedy Hospital]]\n"
        "[[PERSON|name:Zoran Petrović]], [[AGE|other:70]], opal miner, lives in dugout at "
        "[[ADDRESS|geo:Lot 1882 Hutchison St, Coober Pedy SA 5723]]. Endo r/v from [[LOCATION|geo:Lyell McEwin Hospital]]. HbA1c "
        "9.1, add gliclazide MR 30 mg. Mobile coverage poor - landline [[PHONE|phone:(08) 8672 5411]]."
    ),
    (
        "Teledermatology referral - image upload\n"
        "Files: [[ID|photo:IMG_0471_NiBhriain_back.jpg]], [[ID|photo:IMG_0472_NiBhriain_back_dermo.jpg]]\n"
        "Patient: [[PERSON|name:Úna Ní Bhriain]], DOB [[DATE|date:30/06/1975]], [[LOCATION|geo:Ennistymon]], "
        "[[LOCATION|geo:Co. Clare]]\n"
        "Uploaded by practice nurse [[PERSON|name:Deirdre]] on Fri [[DATE|date:12th April]]."
    ),
    (
        "Remote programming session [[DATE|date:11/06/2024]] - Cochlear Nucleus 8, processor SN [[DEVICE|device:N8P-3304417]], "
        "implant SN [[DEVICE|device:CI632-1187221]]\n"
        "[[PERSON|name:Mia Soliai]], [[AGE|other:9]], connected from [[LOCATION|geo:Emerald State School]] with teacher of the deaf "
        "Mrs [[PERSON|name:Ford]]. Audiologist [[PERSON|name:Rachel Nguyen-Hart]] at [[LOCATION|geo:Hear and Say]], "
        "[[LOCATION|geo:Brisbane]]."
    ),
    (
        "Subject: Your telehealth appointment with Dr [[PERSON|name:Kwabena Osei]]\n"
        "Date: Wednesday [[DATE|date:21 February 2024]], 2:30 pm\n"
        "Join: [[URL|url:https://us02web.zoom.us/j/84417720931]]  Meeting ID: [[ID|other:844 1772 0931]]\n\n"
        "Dear [[PERSON|name:Summer]], please be somewhere private. If the link fails call [[PHONE|phone:1300 447 219]].\n"
        "[[LOCATION|geo:Lismore Base Hospital]] Outpatients"
    ),
    (
        "Telehealth - [[DATE|date:14/05/2024]]. Pt took call in his car at [[LOCATION|geo:Bunnings Belconnen]] car park on lunch "
        "break; privacy confirmed. [[PERSON|name:Declan Fitzsimmons-Rua]], [[AGE|other:45]], works at "
        "[[LOCATION|geo:Westfield Belconnen]]. OSA f/u: CPAP 6.2 h/night. Call dropped x2, called back on "
        "[[PHONE|phone:0422 019 377]]. Wife [[PERSON|name:Kirra]] reports snoring resolved."
    ),
    (
        "Telehealth with TIS interpreter (Arabic, [[PERSON|name:Rana]], ID [[ID|other:40218]])\n"
        "Patient: [[PERSON|name:Omar bin Khalid al-Harbi]], [[AGE|other:66]], at home in [[LOCATION|geo:Lakemba]]. Son "
        "[[PERSON|name:Khalid]] joined from work at [[LOCATION|geo:Bankstown Hospital]]. HF r/v - wt stable, frusemide 40 mg. "
        "Next review [[DATE|date:2/7/24]]. Mr [[PERSON|name:al-Harbi]] prefers calls after Maghrib."
    ),
]

BILLING = [
    (
        "MEDICARE BULK BILL CLAIM - EXPORT\n"
        "Claim ID: [[ID|other:BB-2024-0031874]]   Lodged: [[DATE|date:05/03/2024]]\n"
        "Servicing provider: Dr [[PERSON|name:Hemi Walker]] [[ID|license:2876541A]]\n"
        "Patient: [[PERSON|name:Summer Nguyen-Marsh]]   Medicare [[ID|health_plan:6029 11843 2]] / IRN 1\n"
        "Service date [[DATE|date:04/03/2024]]  Item 23  Fee $42.85\n"
        "Location: [[LOCATION|geo:Moruya Medical Centre]]\n"
        "Status: PAID  ref [[ID|other:MC71440298]]"
    ),
    (
        "TAX INVOICE [[ID|other:INV-88413]] - [[LOCATION|geo:Sarina Physiotherapy]]\n"
        "Bill to: WorkCover Queensland, claim no. [[ID|other:C2400118872]]\n"
        "Worker: [[PERSON|name:Lachlan Summers]]   DOB [[DATE|date:23/09/1991]]\n"
        "Employer: [[LOCATION|geo:Hay Point Coal Terminal]]\n"
        "Date of injury: [[DATE|date:17 January 2024]]\n"
        "Services [[DATE|date:22/01/2024]] - [[DATE|date:19/02/2024]]: 6 consults\n"
        "Physiotherapist: [[PERSON|name:Anjali Deshpande]] (AHPRA [[ID|license:PHY0002184471]])"
    ),
    (
        "CMS-1500 (extract)\n"
        "1a INSURED'S ID: [[ID|health_plan:W228841907]]\n"
        "2 PATIENT NAME: [[PERSON|name:FORD, DALLAS J]]\n"
        "3 DOB: [[DATE|date:02 14 1979]]\n"
        "5 ADDRESS: [[ADDRESS|geo:RR 3 Box 44, Burns, OR 97720]]\n"
        "26 PATIENT ACCOUNT NO: [[ID|account:A00771842]]\n"
        "24J RENDERING NPI: [[ID|license:1588204417]]\n"
        "31 SIGNATURE: [[PERSON|name:M. Castellanos-Ruiz]]  DATE [[DATE|date:03/01/2024]]"
    ),
    (
        "INVOICE - [[LOCATION|geo:Nuffield Health Tunbridge Wells Hospital]]\n"
        "Patient: Mr [[PERSON|name:Kenji Watanabe-Hughes]]\n"
        "Bupa membership no. [[ID|health_plan:80441772-03]]   Pre-authorisation [[ID|other:PA7731882]]\n"
        "Consultant: Mr [[PERSON|name:Iain Lane]] (GMC [[ID|license:4418207]])\n"
        "Procedure: right knee arthroscopy, [[DATE|date:14 Dec 2023]]\n"
        "Please remit to sort code 40-11-62, account [[ID|account:81442093]]."
    ),
    (
        "ACC45 / Invoice\n"
        "ACC claim no. [[ID|other:10048812733]]\n"
        "Claimant: [[PERSON|name:Tāne Rikihana]]   NHI [[ID|health_plan:BFR3308]]   DOB [[DATE|date:2 Feb 2001]]\n"
        "Accident [[DATE|date:28/12/2023]]: came off quad bike at [[LOCATION|geo:Mangatū Station]], inland from "
        "[[LOCATION|geo:Gisborne]].\n"
        "Provider: [[LOCATION|geo:Tairāwhiti Physio]], provider ID [[ID|license:G44812]]"
    ),
    (
        "Statement of account - [[LOCATION|geo:Bon Secours Hospital Galway]]\n"
        "Account no. [[ID|account:BSG-0441827]]\n"
        "Patient: [[PERSON|name:Caoimhe Mhic Mhathúna]]   Vhi member no. [[ID|health_plan:4408 1726 93]]\n"
        "Address: [[ADDRESS|geo:4 Bóthar na Trá, Salthill, Galway H91 E2P7]]\n"
        "Admission [[DATE|date:11/09/2023]] - [[DATE|date:13/09/2023]]. Shortfall EUR 412.00.\n"
        "Pay online: [[URL|url:https://pay.bonsecours.ie/acct/BSG-0441827]]"
    ),
    (
        "OHIP claim batch [[ID|other:HX4418-0021]] - remittance [[DATE|date:2024-04-15]]\n"
        "Physician billing # [[ID|license:018842]] Dr [[PERSON|name:Anaïs Tremblay-Nakamura]], "
        "[[LOCATION|geo:Lake of the Woods District Hospital]], [[LOCATION|geo:Kenora]]\n"
        "Pt [[PERSON|name:Kwame Addo-Sinclair]]  HN [[ID|health_plan:6618 204 937 MK]]  Svc [[DATE|date:2024-03-28]]  A007A\n"
        "ERR VH9: version code invalid - resubmit."
    ),
    (
        "Privatliquidation - Rechnung Nr. [[ID|other:2024-00871]]\n"
        "Praxis Dr. [[PERSON|name:Ingrid Wallner]], Allgemeinmedizin\n"
        "Herrn [[PERSON|name:Matthias Schäfer-Oberholzer]]\n"
        "[[ADDRESS|geo:Am Mühlbach 3, 83646 Bad Tölz]]\n"
        "Behandlungszeitraum: [[DATE|date:08.01.2024]] - [[DATE|date:26.01.2024]], GOÄ-Ziffern 1, 5, 250\n"
        "Versicherung: Debeka, Vers.-Nr. [[ID|health_plan:8841 2207 5]]\n"
        "Bitte überweisen Sie auf IBAN [[ID|account:DE44 7005 1995 0000 4471 82]]."
    ),
    (
        "FINAL NOTICE   [[DATE|date:1 July 2024]]\n"
        "[[PERSON|name:Joy Okonkwo]]\n[[ADDRESS|geo:PO Box 57, Goondiwindi QLD 4390]]\n\n"
        "Dear Ms [[PERSON|name:Okonkwo]],\n"
        "Your account [[ID|account:GHS-118807]] with [[LOCATION|geo:Goondiwindi Hospital]] remains unpaid ($1,184.20). Please call "
        "[[PERSON|name:Darren]] on [[PHONE|phone:(07) 4671 8844]] or pay by BPAY, customer ref [[ID|account:118807440]]."
    ),
    (
        "PATIENT TRANSPORT INVOICE [[ID|other:PT-00441872]]\n"
        "Date [[DATE|date:09 Feb 2024]]   Vehicle [[VEHICLE|vehicle:CR 47 TX]]\n"
        "Pickup: [[ADDRESS|geo:1140 Back Yamma Rd, Parkes NSW 2870]] -> [[LOCATION|geo:Orange Health Service]]\n"
        "Patient: [[PERSON|name:Ronald 'Ronnie' Kent]]   HCF member [[ID|health_plan:11884209]]\n"
        "Crew: [[PERSON|name:Bek Tiernan]], [[PERSON|name:Faisal Qureshi]]"
    ),
    (
        "STATEMENT - [[LOCATION|geo:San Luis Valley Health]], [[LOCATION|geo:Alamosa]], CO\n"
        "Guarantor: [[PERSON|name:Victoria Ayala Morán]]   Patient: [[PERSON|name:Mateo Ayala]] (son)\n"
        "Acct # [[ID|account:7701844521]]   Svc dates [[DATE|date:2/11/24]]-[[DATE|date:2/13/24]]\n"
        "Ins: Blue Cross ID [[ID|health_plan:XQB882041177]]\n"
        "Balance due $318.40. Pay at [[URL|url:https://mychart.sanluisvalleyhealth.org/billing]]"
    ),
    (
        "DVA D1216S claim - [[LOCATION|geo:Yarram Allied Health]]\n"
        "Veteran: [[PERSON|name:Archibald 'Archie' Lyons-Whitaker]]   DVA file no. [[ID|health_plan:VX100488]]   White card\n"
        "Address: [[ADDRESS|geo:3 Commercial Rd, Yarram VIC 3971]]\n"
        "Referral from Dr [[PERSON|name:P. Subramanian]] dated [[DATE|date:30/10/2023]]\n"
        "Claim ref [[ID|other:DVA-88127734]]   Payee account [[ID|account:10442718]]"
    ),
]

DEVICE_TELEMETRY = [
    (
        "CareLink report - MiniMed 780G\n"
        "Pump SN: [[DEVICE|device:NG4471902H]]   Transmitter: [[DEVICE|device:GT8841207K]]\n"
        "User: [[ID|other:summer.k.lane]]   Patient: [[PERSON|name:Summer Lane]]\n"
        "Period: [[DATE|date:01/04/2024]] - [[DATE|date:14/04/2024]]\n"
        "TIR 71%, TBR 3%, GMI 7.0%. 4 auto-mode exits (sensor warm-up). Clinic: "
        "[[LOCATION|geo:Mater Young Adult Health Centre]]"
    ),
    (
        "REMOTE TRANSMISSION - Merlin.net\n"
        "Received: [[DATE|date:2023-12-19]] 03:14 (scheduled)\n"
        "Patient: [[PERSON|name:Ó Dubhghaill, Eamon]]   Clinic patient ID [[ID|mrn:UHG-448120]]\n"
        "Device: Gallant HF CRT-D CDHFA500Q  SN [[DEVICE|device:81144720]]\n"
        "RV lead: Tendril STS 2088TC  SN [[DEVICE|device:BBL118204]]\n"
        "Battery 7.8 y. 1 VT episode, ATP successful. Transmitter [[DEVICE|device:EX1150-4471882]] at "
        "[[ADDRESS|geo:Cloonbeg, Moycullen, Co. Galway]]"
    ),
    (
        "Dexcom Clarity clinic export\n"
        "Patient: [[PERSON|name:Tūī Rangihuna]]   DOB [[DATE|date:03/03/2010]]\n"
        "Sensor serial [[DEVICE|device:7GH42K0P19]]   Receiver: phone (iOS)\n"
        "Follower: [[EMAIL|email:mum.rangihuna@gmail.com]]\n"
        "14-day mean 9.8 mmol/L, CV 38%. Overnight lows at school camp [[DATE|date:12-14 Mar]] ([[LOCATION|geo:Tūrangi]])."
    ),
    (
        "AirView compliance report\n"
        "Device: AirSense 11 AutoSet  SN [[DEVICE|device:23251784411]]  Modem IMEI [[DEVICE|device:356938035643809]]\n"
        "Patient [[PERSON|name:Declan Fitzsimmons-Rua]]\n"
        "Usage [[DATE|date:15/04/2024]] - [[DATE|date:14/05/2024]]: 28/30 days > 4 h, AHI 2.1, leak 8 L/min.\n"
        "Equipment provider: [[LOCATION|geo:CPAP Direct Belconnen]]"
    ),
    (
        "home HD telemetry\n"
        "cycler_sn=[[DEVICE|device:NX1-044871]] gateway=[[IP|ip:192.168.1.44]] wan=[[IP|ip:2407:7000:8a41:3c00::1f]]\n"
        "patient=[[PERSON|name:Teuila Sapolu-Ford]] site=[[ADDRESS|geo:41 Puhinui Road, Manukau 2104]]\n"
        "[[DATE|date:2024-02-11]] 21:40 ALARM arterial pressure low x3; nurse [[PERSON|name:Ravinder]] phoned pt 21:52, "
        "needle re-taped, session completed."
    ),
    (
        "PPM check - in clinic - [[DATE|date:14-Nov-2023]] - [[LOCATION|geo:Townsville University Hospital]] cardiac physiology\n"
        "Pt: [[PERSON|name:Stanisław Wiśniewski]], [[AGE|other:84]]\n"
        "Azure XT DR MRI W1DR01, SN [[DEVICE|device:RNB449102S]], implanted [[DATE|date:22/06/2019]] at "
        "[[LOCATION|geo:Mater Hospital Townsville]]\n"
        "Atrial lead 5076-52 SN [[DEVICE|device:PJN7720117]]. AP 38%, VP 2%. Thresholds stable.\n"
        "Physiologist: [[PERSON|name:Kiri Stent]]"
    ),
    (
        "ALERT #[[ID|other:55812204]] - personal alarm\n"
        "Pendant ID [[DEVICE|device:PND-7741-AX]]   base unit [[DEVICE|device:BU0099128]]\n"
        "Subscriber: [[PERSON|name:Gwendolyn Ashby-Kent]], [[AGE|date:90]]\n"
        "Address: [[ADDRESS|geo:Flat 2, 17 Victoria Road, Llandrindod Wells LD1 6AT]]\n"
        "[[DATE|date:04/03/2024]] 02:41 fall detected, no voice response. Keyholder 1 [[PERSON|name:Sydney Ashby]] "
        "([[PHONE|phone:07781 330 912]]) attended 03:05."
    ),
    (
        "AUDIT EXPORT - break-glass access\n"
        "[[DATE|date:2024-05-02T11:04:37Z]] user=[[ID|other:fitzgerald.m]] ws=[[IP|ip:10.14.22.87]] action=VIEW "
        "patient=[[ID|mrn:4402187]] reason=clinical\n"
        "[[DATE|date:2024-05-02T11:09:02Z]] user=[[ID|other:jsterling2]] ws=[[IP|ip:10.14.22.91]] action=PRINT "
        "patient=[[ID|mrn:4402187]] doc=discharge\n"
        "Reviewed by privacy officer [[PERSON|name:Adaeze Okafor]] on [[DATE|date:7 May 2024]]: access by "
        "[[ID|other:jsterling2]] not related to care - referred to HR."
    ),
    (
        "Inhaler sensor [[DEVICE|device:HLE-44A8821]] paired to app user [[ID|other:kauri_w_2009]]\n"
        "Patient [[PERSON|name:Kauri Whitehead]], [[AGE|other:15]], [[LOCATION|geo:Hokitika]]\n"
        "Reliever use [[DATE|date:1-7 Jul]]: 14 actuations, 9 between 2200 and 0200. School nurse at "
        "[[LOCATION|geo:Westland High School]] notified."
    ),
    (
        "Infusion pump event log (Alaris GP)\n"
        "Asset [[DEVICE|device:ALR-000447]]   serial [[DEVICE|device:800412771]]\n"
        "Ward 5 North bed 14 - URN [[ID|mrn:1188204]]\n"
        "[[DATE|date:09/01/2024]] 13:02 OCCLUSION downstream; cleared and restarted by RN [[PERSON|name:Nele Fonoti]] "
        "(emp [[ID|other:E447102]]). Heparin 25000 units/50 mL at 4.2 mL/h. Biomed check by [[PERSON|name:Garrett]]."
    ),
    (
        "S8 vault access log - [[LOCATION|geo:Whangārei Hospital]] pharmacy\n"
        "[[DATE|date:2024-03-09]] 22:17 door=S8-VAULT user=[[PERSON|name:Ana Lealaiauloto]] badge=[[ID|other:WDHB-20418]] "
        "auth=fingerprint template=[[ID|biometric:FP-00921-A7]] result=GRANTED\n"
        "[[DATE|date:2024-03-09]] 22:19 door=S8-VAULT user=[[PERSON|name:Tom Street]] badge=[[ID|other:WDHB-31177]] "
        "auth=face template=[[ID|biometric:FT-4471-0C]] result=DENIED"
    ),
    (
        "Holter report - recorder SN [[DEVICE|device:H3P-2210448]]\n"
        "Hook-up Mon [[DATE|date:5 Feb 2024]] at [[LOCATION|geo:Wodonga Hospital]]; recorder returned by post from "
        "[[LOCATION|geo:Tallangatta]].\n"
        "Patient: [[PERSON|name:HASEGAWA Jun]] (goes by [[PERSON|name:Jun]])\n"
        "AF burden 12%, longest episode 3 h 10 min. Reported by Dr. [[PERSON|name:A. Kowalski]]"
    ),
]

RESEARCH_ENROLMENT = [
    (
        "SCREENING & ENROLMENT LOG - HEART-AU trial\n"
        "Site: [[LOCATION|geo:Dubbo Base Hospital]] (site 014)\n"
        "Screening no. [[ID|other:S014-0087]] -> Participant ID [[ID|other:HA-014-0031]]\n"
        "Name: [[PERSON|name:Kenneth O'Shaughnessy]]   DOB [[DATE|date:21/03/1958]]\n"
        "Consent signed [[DATE|date:12/02/2024]] (PICF v3.1), witnessed by coordinator [[PERSON|name:Amara Eze]]\n"
        "Randomised [[DATE|date:14/02/2024]]"
    ),
    (
        "record_id,redcap_event,child_name,dob,postcode,school,consent_date\n"
        "[[ID|other:CHK-1187]],baseline,[[PERSON|name:Autumn Fa'asavalu]],[[DATE|date:2014-09-30]],[[LOCATION|geo:4740]],"
        "[[LOCATION|geo:Mackay North State School]],[[DATE|date:2023-08-21]]\n"
        "[[ID|other:CHK-1188]],baseline,[[PERSON|name:Jai Marsh]],[[DATE|date:2015-01-12]],[[LOCATION|geo:4737]],"
        "[[LOCATION|geo:Sarina State School]],[[DATE|date:2023-08-22]]"
    ),
    (
        "BIOBANK ACCESSION\n"
        "Accession [[ID|other:BB24-003318]]   serum x6, buffy coat x2\n"
        "Donor study code [[ID|other:TAS-OC-0442]]   collected [[DATE|date:17/04/2024]] 0915 at "
        "[[LOCATION|geo:Launceston General Hospital]] by [[PERSON|name:Maud Deloraine]]\n"
        "Donor name held in linkage file only: [[PERSON|name:Grace Ahn-Whitford]]"
    ),
    (
        "Consent form (scanned, OCR)\n"
        "Child: [[PERSON|name:Isla Maia Tupou]]   DOB: the [[DATE|date:4th of June 2016]]\n"
        "Parent/guardian: [[PERSON|name:Losaline Tupou]]\n"
        "School: [[LOCATION|geo:Kaikohe West School]], [[LOCATION|geo:Kaikohe]]\n"
        "Participant no. [[ID|other:GUINZ-5520-C]]. Consent taken by [[PERSON|name:Rawinia]] on [[DATE|date:11.10.23]]."
    ),
    (
        "From: [[EMAIL|email:a.nakamura-price@research.chw.edu.au]]\n"
        "To: [[EMAIL|email:lane.family.1984@bigpond.com]]\n"
        "Date: Fri, [[DATE|date:19 Jan 2024]]\n"
        "Subject: KIDNEY-KIDS study - visit 2\n\n"
        "Hi [[PERSON|name:Sydney]] and [[PERSON|name:Marc]],\n"
        "Just confirming [[PERSON|name:Lachie]]'s visit 2 on Tuesday the [[DATE|date:6th of February]] at "
        "[[LOCATION|geo:The Children's Hospital at Westmead]]. Parking is free with participant code [[ID|other:KK-0217]].\n"
        "Cheers, [[PERSON|name:Aiko]]"
    ),
    (
        "ENROLLMENT CONFIRMATION - protocol NCT05581122\n"
        "Site 112: [[LOCATION|geo:Avera McKennan Hospital]], [[LOCATION|geo:Sioux Falls]], SD\n"
        "Subject ID [[ID|other:112-0047]], enrolled [[DATE|date:Oct 3, 2023]]. Subject lives in [[LOCATION|geo:Pine Ridge]]; "
        "travel stipend to ClinCard [[ID|account:4417 8820 0012 9931]].\n"
        "Coordinator [[PERSON|name:Dawn Iron Cloud]]; PI Dr. [[PERSON|name:Gustafson]]."
    ),
    (
        "Genomic testing consent\n"
        "Lab accession [[ID|other:GHQ-24-07718]]   Family pedigree [[ID|other:FAM-00391]]\n"
        "Proband: [[PERSON|name:Faisal bin Rashid Al Balushi]], [[AGE|other:8]]\n"
        "Parents: [[PERSON|name:Rashid Al Balushi]] & [[PERSON|name:Mariam Al Lawati]]\n"
        "Referrer: Dr [[PERSON|name:Cathal McGuinness]], [[LOCATION|geo:Queensland Children's Hospital]]\n"
        "Consent [[DATE|date:7 Nov 2023]]; re-contact for research: yes."
    ),
    (
        "Fiche de suivi - site [[LOCATION|geo:Rivière-du-Loup]]\n"
        "ID participant: [[ID|other:RDL-2231]]\n"
        "Nom: [[PERSON|name:Gagnon-Pelletier, Marie-Ève]]   DDN: [[DATE|date:1987-07-14]]\n"
        "NAM (RAMQ): [[ID|health_plan:GAGM 8707 1412]]\n"
        "Visite 1: le [[DATE|date:5 février 2024]] - coordonnatrice [[PERSON|name:Josée Thibodeau]]"
    ),
    (
        "Imaging sub-study invitation\n"
        "Dear Mr [[PERSON|name:ap Gruffydd]],\n"
        "Participant ref [[ID|other:UKB-4418207]]. As you live in [[LOCATION|geo:Llanidloes]], your nearest assessment centre is "
        "[[LOCATION|geo:Wrexham Maelor Hospital]]. We have reserved Sat [[DATE|date:9th March 2024]], 10:40.\n"
        "Enquiries: [[EMAIL|email:imaging.wrexham@cohortstudy.ac.uk]]"
    ),
    (
        "Longitudinal ageing study - wave 4 home visit\n"
        "Participant [[ID|other:IRL-LONG-08812]]: [[PERSON|name:Tadhg Mac Cárthaigh]], [[AGE|other:72]], "
        "[[LOCATION|geo:Kilkee]], [[LOCATION|geo:Co. Clare]]\n"
        "Visit by nurse [[PERSON|name:Sorcha Ní Dhomhnaill]] on [[DATE|date:14/2/24]]. Dried blood spot card "
        "[[ID|other:DBS-117402]]."
    ),
    (
        "Pacific families cohort - wave 6\n"
        "Family ID [[ID|other:PIF-0418]]\n"
        "Mother: [[PERSON|name:Salote Vainikolo]]; young person [[PERSON|name:Viliami]], [[AGE|other:18]]\n"
        "Address: [[ADDRESS|geo:Flat 3, 22 Kingsford Smith Place, Māngere 2022]]\n"
        "Interviewed [[DATE|date:26 Aug 2023]] in Tongan by [[PERSON|name:Losa Tuiasosopo]]. Church: "
        "[[LOCATION|geo:Free Church of Tonga Māngere]]."
    ),
    (
        "Randomisation - [[LOCATION|geo:Colonial War Memorial Hospital]], [[LOCATION|geo:Suva]]\n"
        "Pt [[PERSON|name:Mereani Tuidrakulu]], [[AGE|other:45]], from [[LOCATION|geo:Nausori]]\n"
        "Rand ID [[ID|other:FJ-RHD-0227]], arm B. Enrolled [[DATE|date:05/12/2023]] by Dr [[PERSON|name:Kelera Naivalu]]. "
        "Baseline echo [[ID|other:ECHO-23-8812]]. Husband [[PERSON|name:Josefa]] consented as witness."
    ),
]

EU_CLINIC_LETTER = [
    (
        "[[LOCATION|geo:Universitätsklinikum Freiburg]], Klinik für Kardiologie\n"
        "[[DATE|date:14. März 2024]]\n\n"
        "Sehr geehrte Frau Kollegin Dr. [[PERSON|name:Brandl]],\n"
        "wir berichten über Herrn [[PERSON|name:Friedrich von Hohenberg]], geb. [[DATE|date:03.07.1952]], wohnhaft "
        "[[ADDRESS|geo:Hauptstraße 17, 79856 Hinterzarten]], der sich vom [[DATE|date:04.03.]] bis [[DATE|date:12.03.2024]] in "
        "unserer stationären Behandlung befand.\n"
        "Diagnosen: NSTEMI, Diabetes mellitus Typ 2.\n"
        "Herr [[PERSON|name:von Hohenberg]] wird zur Anschlussheilbehandlung nach [[LOCATION|geo:Bad Krozingen]] verlegt.\n"
        "Mit freundlichen Grüßen\nPD Dr. [[PERSON|name:Katrin Oberhauser]]"
    ),
    (
        "[[LOCATION|geo:CHU de Saint-Étienne]] - Service de pneumologie\n"
        "[[LOCATION|geo:Saint-Étienne]], le [[DATE|date:12 février 2024]]\n\n"
        "Cher Confrère,\n"
        "J'ai revu en consultation Mme [[PERSON|name:Nathalie Dupont-Lefèvre]], née le [[DATE|date:12 mars 1967]], demeurant "
        "[[ADDRESS|geo:8 rue des Tanneurs, 42100 Saint-Étienne]], NIR [[ID|ssn:2 67 03 42 218 044 71]].\n"
        "BPCO stade 2, sevrage tabagique en cours. Son fils [[PERSON|name:Théo]] l'accompagnait.\n"
        "Confraternellement,\nDr [[PERSON|name:Ousmane N'Diaye]]"
    ),
    (
        "[[LOCATION|geo:Jeroen Bosch Ziekenhuis]], afdeling Neurologie\n"
        "[[LOCATION|geo:'s-Hertogenbosch]], [[DATE|date:3 april 2024]]\n\n"
        "Geachte collega [[PERSON|name:Bakker]],\n"
        "Betreft: dhr. [[PERSON|name:Jan-Willem ter Horst]], geb. [[DATE|date:18-11-1969]], "
        "[[ADDRESS|geo:Oudegracht 212, 3511 NR Utrecht]], BSN [[ID|ssn:204718836]]\n"
        "Uw patiënt werd gezien na een eerste gegeneraliseerd insult. Hij mag voorlopig niet autorijden en werkt tijdelijk niet "
        "bij de brouwerij in [[LOCATION|geo:Lieshout]].\n"
        "Met collegiale groet,\ndr. [[PERSON|name:M. van 't Hek]], neuroloog"
    ),
    (
        "[[LOCATION|geo:Szpital Uniwersytecki w Krakowie]]\n"
        "[[LOCATION|geo:Kraków]], [[DATE|date:21.09.2023]]\n"
        "Karta informacyjna leczenia szpitalnego\n"
        "Pacjentka: [[PERSON|name:Zofia Wiśniewska-Kołodziej]], PESEL [[ID|ssn:58031204467]]\n"
        "Adres: [[ADDRESS|geo:ul. Długa 14/3, 31-147 Kraków]]\n"
        "Hospitalizowana od [[DATE|date:14 września]] do [[DATE|date:21 września 2023]]. Kontrola w poradni w "
        "[[LOCATION|geo:Wieliczce]] za 4 tygodnie. Opiekę sprawuje córka [[PERSON|name:Agnieszka]].\n"
        "Lekarz prowadzący: lek. [[PERSON|name:Piotr Łukaszewicz]]"
    ),
    (
        "[[LOCATION|geo:Fakultní nemocnice Brno]] - propouštěcí zpráva\n"
        "Pacient: [[PERSON|name:Tomáš Dvořák]], r. č. [[ID|ssn:640512/1187]], bytem [[ADDRESS|geo:Masarykova 22, 602 00 Brno]]\n"
        "Hospitalizace: [[DATE|date:2. 10. 2023]] - [[DATE|date:9. 10. 2023]]\n"
        "Pacient pracuje v automobilce v [[LOCATION|geo:Kopřivnici]]. Kontrola v [[LOCATION|geo:Brně]] za 6 týdnů u MUDr. "
        "[[PERSON|name:Hany Novotné]]."
    ),
    (
        "[[LOCATION|geo:Finnmarkssykehuset Hammerfest]]\n"
        "Epikrise [[DATE|date:7. januar 2024]]\n"
        "Pasient: [[PERSON|name:Áile Somby]], f.nr. [[ID|ssn:120388 44712]], bosatt i [[LOCATION|geo:Guovdageaidnu]] "
        "([[LOCATION|geo:Kautokeino]]).\n"
        "Reindriftsutøver, innlagt etter snøskuterulykke. Samisk tolk [[PERSON|name:Nils-Aslak Gaup]]. Overflyttes til "
        "[[LOCATION|geo:UNN]] i [[LOCATION|geo:Tromsø]] for ortopedisk vurdering.\n"
        "Lege: [[PERSON|name:Ingrid Bakke-Eira]]"
    ),
    (
        "[[LOCATION|geo:Tampereen yliopistollinen sairaala]]\n"
        "Epikriisi [[DATE|date:15.5.2024]]\n"
        "Potilas: [[PERSON|name:Aino-Liisa Hämäläinen]], hetu [[ID|ssn:150347-112X]]\n"
        "Osoite: [[ADDRESS|geo:Kauppakatu 7 B 12, 40100 Jyväskylä]]\n"
        "Potilas asuu [[LOCATION|geo:Jyväskylässä]]; jatkohoito [[LOCATION|geo:Keski-Suomen keskussairaalassa]]. Tytär "
        "[[PERSON|name:Sanna]] osallistui hoitoneuvotteluun.\n"
        "Lääkäri [[PERSON|name:Jukka Rautiainen]]"
    ),
    (
        "[[LOCATION|geo:Ospedale San Salvatore]], [[LOCATION|geo:L'Aquila]]\n"
        "Lettera di dimissione - [[DATE|date:2 novembre 2023]]\n"
        "Paziente: [[PERSON|name:Giuseppina D'Alessandro]], nata a [[LOCATION|geo:Sulmona]] il [[DATE|date:17/08/1949]]\n"
        "C.F. [[ID|ssn:DLSGPP49M57I804Q]]   Tessera sanitaria [[ID|health_plan:80380800300012345678]]\n"
        "Residente in [[ADDRESS|geo:Via Roma 42, 67100 L'Aquila]]\n"
        "Frattura del collo del femore, protesi parziale. Caregiver la nipote [[PERSON|name:Chiara]]. Medico curante dott. "
        "[[PERSON|name:Lorenzo Di Giacomo]]."
    ),
    (
        "[[LOCATION|geo:Complexo Hospitalario Universitario de A Coruña]]\n"
        "Informe de alta - [[DATE|date:22 de enero de 2024]]\n"
        "Paciente: [[PERSON|name:María José Cabrera Ibáñez]]   DNI [[ID|ssn:32841177K]]   TSI [[ID|health_plan:CBIB670314911018]]\n"
        "Domicilio: [[ADDRESS|geo:Rúa Real 31, 3º izda., 15003 A Coruña]]\n"
        "La Sra. [[PERSON|name:Cabrera]] seguirá controles en el centro de salud de [[LOCATION|geo:Betanzos]] con la Dra. "
        "[[PERSON|name:Iria Fernández Outeiral]]."
    ),
    (
        "[[LOCATION|geo:Centro Hospitalar Vila Nova de Gaia/Espinho]]\n"
        "Nota de alta, [[DATE|date:5 de março de 2024]]\n"
        "Utente: [[PERSON|name:João Pedro dos Santos Ferreira]], n.º SNS [[ID|health_plan:284417726]], NIF [[ID|ssn:218844027]]\n"
        "Morada: [[ADDRESS|geo:Rua do Sol 118, 4400-301 Vila Nova de Gaia]]\n"
        "O Sr. [[PERSON|name:Ferreira]] trabalha na [[LOCATION|geo:Lota de Matosinhos]]. A esposa, D. [[PERSON|name:Conceição]], "
        "acompanha.\n"
        "Médico: Dr. [[PERSON|name:Nuno Magalhães]]"
    ),
    (
        "[[LOCATION|geo:Odense Universitetshospital]]\n"
        "Epikrise [[DATE|date:9. oktober 2023]]\n"
        "Patient: [[PERSON|name:Søren Kjærgaard]], CPR [[ID|ssn:120455-1187]], [[ADDRESS|geo:Vestergade 12, 5970 Ærøskøbing]]\n"
        "Udskrives til hjemmet; færgen fra [[LOCATION|geo:Svendborg]] er bestilt. Datter [[PERSON|name:Mette]] henter. Egen læge "
        "[[PERSON|name:Henrik Vognsen]], [[LOCATION|geo:Marstal]], orienteres."
    ),
    (
        "[[LOCATION|geo:Splošna bolnišnica Jesenice]]\n"
        "Odpustno pismo, [[DATE|date:11. 12. 2023]]\n"
        "Bolnik: [[PERSON|name:Janez Podgoršek]], EMŠO [[ID|ssn:0802958500123]], ZZZS št. [[ID|health_plan:012447182]]\n"
        "Naslov: [[ADDRESS|geo:Mestni trg 4, 4220 Škofja Loka]]\n"
        "Bolnik živi sam v [[LOCATION|geo:Škofji Loki]]; kontrola pri dr. [[PERSON|name:Mojci Zupan]] čez 3 tedne. Hči "
        "[[PERSON|name:Maja]] je obveščena."
    ),
]

STYLES = [
    ("progress-note", PROGRESS_NOTE),
    ("discharge-summary", DISCHARGE_SUMMARY),
    ("gp-referral", GP_REFERRAL),
    ("nursing-shorthand", NURSING_SHORTHAND),
    ("pharmacy", PHARMACY),
    ("telehealth", TELEHEALTH),
    ("billing", BILLING),
    ("device-telemetry", DEVICE_TELEMETRY),
    ("research-enrolment", RESEARCH_ENROLMENT),
    ("eu-clinic-letter", EU_CLINIC_LETTER),
]


def main() -> None:
    print(f"probe8: {write_styled(OUT, STYLES)} docs")


if __name__ == "__main__":
    main()
