"""Write the 43rd hand-annotated redaction probe, 100 notes across ten European and world styles.

Why: the engine must hold up on clinical text written in English but shaped by local conventions:
continental addresses (street before number, postcodes before towns, 'Top 4', 'bus 3', '3º 2ª'),
particle and double surnames, and national identifiers printed the way each country prints them.
The notes are written blind to how the engine works, so they measure it rather than mirror it.

What: ten styles of ten notes each (outpatient-letter, ward-round-note, emergency-note,
community-nursing, pharmacy-dispensing, lab-report, insurance-claim, occupational-health,
travel-clinic, patient-email) spread over Germany, Austria, Switzerland, the Netherlands, Belgium,
France, Italy, Spain, Portugal, the Nordics, Poland, Czechia, Greece, Turkey, Israel, the Gulf,
Egypt, Nigeria, Kenya, South Africa, Brazil, Mexico, Argentina and Chile. Labelling conventions:
titles stay outside name spans; a full street address is one ADDRESS span; lone towns, suburbs and
named facilities (hospitals, pharmacies, labs, clinics) are LOCATION; regions and countries alone
are unmarked; national, tax and passport numbers are ssn; hospital and case numbers mrn; insurer
and member numbers health_plan; IBANs, invoices and receipts account; prescriber, practitioner and
driving licences license; accession, order, staff and booking codes other. Doses, lab values,
batch numbers, PZN/AIC codes, bed and room numbers, times and money stay unmarked on purpose.

How: cd /work/main && .venv/bin/python scripts/make_probe43_corpus.py
(writes corpus/redaction/probe43.jsonl).
"""

# ruff: noqa: RUF001

from pathlib import Path

from make_safe_harbor_suite import write_styled

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "corpus" / "redaction" / "probe43.jsonl"

OUTPATIENT = [
    (
        "[[ADDRESS|geo:Hugstetter Str. 55, 79106 Freiburg]] | Fax [[PHONE|fax:+49 761 "
        "270-34120]]\n"
        "\n"
        "Dear Colleague,\n"
        "re: [[PERSON|name:Gerhard von der Heydt]], b. [[DATE|date:14.03.1957]] "
        "([[AGE|other:67]] y), [[ADDRESS|geo:Kartäuserstraße 12a, 79102 Freiburg im "
        "Breisgau]]\n"
        "\n"
        "Seen in clinic [[DATE|date:2 Oct 2024]]. NYHA II, NT-proBNP 412 pg/ml (ref <125). "
        "ICD interrogated: Medtronic Cobalt XT DR, SN [[DEVICE|device:PZX604218S]], lot "
        "22A01 — 0 shocks since [[DATE|date:May]]. Bisoprolol 5 mg 1-0-0 unchanged.\n"
        "Follow-up in 6/12 at our Ambulanz (Ebene 2, room 2.114)."
    ),
    (
        "Betr.: [[PERSON|name:Mengia Bezzola-Tschander]], geb. [[DATE|date:03/11/1988]], AHV "
        "[[ID|ssn:756.9182.7364.57]], Versichertenkarte [[ID|health_plan:80756 0001 2345 "
        "6789 0]]\n"
        "\n"
        "dear [[PERSON|name:reto]], thanks for sending [[PERSON|name:mengia]]. lentigo "
        "maligna L cheek 9 x 7 mm, dermoscopy photo archived as "
        "[[ID|photo:KSGR_DERM_Bezzola_20241008_01.jpg]]. excision booked for [[DATE|date:Mon "
        "21.10.]] — she skis in [[LOCATION|geo:Pontresina]] every weekend so prefers the "
        "morning."
    ),
    (
        "Betreft: mevr. [[PERSON|name:J.C. (Jannie) de Bruijn-Visser]], geb. "
        "[[DATE|date:21-06-1949]], BSN [[ID|ssn:231456785]], pat.nr [[ID|mrn:7712094]]\n"
        "Adres: [[ADDRESS|geo:Zeeburgerdijk 118-III, 1093 SN Amsterdam]]\n"
        "\n"
        "Polymyalgia rheumatica, CRP 34 → 6 mg/l on prednisolone 15 mg, tapering 2.5 mg "
        "every 4 weeks. BMD T-score −2.1. Next visit [[DATE|date:13 januari]] (telephone "
        "consult, she will be at her daughter's in [[LOCATION|geo:Urk]], reachable on "
        "[[PHONE|phone:06-41 87 22 90]])."
    ),
    (
        "Betreft: Mr. [[PERSON|name:Ward Desmet]] (°[[DATE|date:12/04/1978]]), INSZ "
        "[[ID|ssn:78.04.12-137.05]], [[ADDRESS|geo:Kerkstraat 27 bus 3, 8380 Zeebrugge]]\n"
        "\n"
        'Mr [[PERSON|name:Desmet]] (who goes by "[[PERSON|name:Wardje]]") was reviewed on '
        "[[DATE|date:8/10]]. Migraine without aura, 6–8 days/month, MIDAS 24. Started "
        "erenumab 70 mg s.c. q4w (RIZIV code 8.28.1 criteria met). Please note he lives part "
        "of the week in [[LOCATION|geo:Hamme]] with his partner [[PERSON|name:Lore]]."
    ),
    (
        "Cher confrère,\n"
        "J'ai revu ce jour ([[DATE|date:le 3 octobre]]) M. [[PERSON|name:Jean-Baptiste Le "
        "Gall]], né le [[DATE|date:7 juillet 1955]], [[AGE|other:69]] ans, NIR [[ID|ssn:1 55 "
        "08 69 123 045 30]], domicilié [[ADDRESS|geo:12 Chemin du Moulin, Le Bény-Bocage, "
        "14350 Souleuvre en Bocage]].\n"
        "BPCO GOLD 3, VEMS 41 %, SpO2 93 % AA. Poursuite Trelegy Ellipta 1 inh/j. "
        "Réhabilitation: [[LOCATION|geo:Clinique Korian Le Bois Joli]] plus proche ?"
    ),
    (
        "Egr. Dott. [[PERSON|name:Bruno Giordano]], MMG [[LOCATION|geo:Bra]]\n"
        "OGG.: sig.ra [[PERSON|name:Lucia Ferrero]], nata il [[DATE|date:16/05/1985]], CF "
        "[[ID|ssn:FRRLCU85E56L219J]], tessera sanitaria "
        "[[ID|health_plan:80380000901234567890]]\n"
        "residente in [[ADDRESS|geo:Via Vittorio Emanuele II 88, 12042 Bra (CN)]]\n"
        "\n"
        "Gentile collega, Hashimoto with TSH 8.9 mUI/L (0.27–4.2), levothyroxine increased "
        "50→75 mcg. Gravidanza 12+3 wks, so repeat TSH in 4 weeks ([[DATE|date:7 nov]]). "
        "Ecografia tiroide [[DATE|date:3 ottobre]]: nodulo 6 mm TIRADS 3."
    ),
    (
        "Paciente: [[PERSON|name:María Dolores Gutiérrez Sainz de Aja]], DNI "
        "[[ID|ssn:27654109J]], CIP [[ID|health_plan:CNTB 4471 2290 83]], NHC "
        "[[ID|mrn:1.284.337]]\n"
        "Domicilio: [[ADDRESS|geo:C/ Alta 34, 3º 2ª, 39008 Santander]]\n"
        "\n"
        "Crohn ileal A2L1B1. Calprotectin 840 µg/g. Iniciamos ustekinumab 390 mg IV el "
        "[[DATE|date:15-X-2024]]. Her sister [[PERSON|name:Consuelo]] (tel "
        "[[PHONE|phone:(+34) 942 21 88 07]]) will accompany her from "
        "[[LOCATION|geo:Reinosa]]."
    ),
    (
        "Le remito a la Sra. [[PERSON|name:Rosario Paz Echeverría]], DNI "
        "[[ID|ssn:23.415.887]], [[AGE|other:58]] años, OSDE afiliado [[ID|health_plan:61 "
        "234567 8 02]], domicilio [[ADDRESS|geo:Pasaje Butteler 1142, Parque Chacabuco]].\n"
        "ERC G3b, FG 38 ml/min, K 5.4. Se va a vivir a [[LOCATION|geo:Rosario]] en "
        "[[DATE|date:diciembre]], por lo que solicito continuidad allá."
    ),
    (
        "Paciente [[PERSON|name:Hernán Andrés Sepúlveda Toro]], RUT [[ID|ssn:9.876.543-3]], "
        "Isapre Colmena, n° afiliado [[ID|health_plan:COL-0087345521]], ficha "
        "[[ID|mrn:3345120]]\n"
        "Anemia ferropénica Hb 9.1 g/dl, ferritina 6. Endoscopía alta sin hallazgos. "
        "Colonoscopía programada [[DATE|date:22/10]]. Vive en [[LOCATION|geo:Los Ángeles]] "
        "(Biobío) — viaja en su camioneta [[VEHICLE|vehicle:GHTR-54]]."
    ),
    (
        "Re: Mrs [[PERSON|name:Blessing Adeyemi-Okafor]], [[AGE|other:44]]y, Hosp No "
        "[[ID|mrn:LUTH/OPH/22/03341]], NHIA [[ID|health_plan:NHIA-LAG-0049-8821]], of "
        "[[ADDRESS|geo:14 Adeniran Ogunsanya Street, Surulere, Lagos]]\n"
        "Primary open-angle glaucoma, IOP 28/31 mmHg, CDR 0.7/0.8. Started timolol 0.5% bd. "
        "Review [[DATE|date:Nov 12th]]."
    ),
]

WARD = [
    (
        "Pt: [[PERSON|name:HUBER, Theresia]] *[[DATE|date:09.02.1934]] ([[AGE|date:90]]a) "
        "SVNR [[ID|ssn:1233 120569]]?? -> no, that's husband's; hers = [[ID|ssn:2894 "
        "170752]] — CHECK w/ e-card\n"
        "S: slept ok, pain 3/10. O: T 37.9, HR 96, BP 118/64, CRP 187→142. UTI, E. coli "
        "ESBL.\n"
        "P: meropenem 1 g 8-hrly d3/7. Daughter [[PERSON|name:Resi]] phones from "
        "[[LOCATION|geo:Bad Aussee]] daily [[PHONE|phone:0664 381 22 07]]."
    ),
    (
        "bed 3 – [[PERSON|name:Müller-Lüdenscheidt, Beat]] ([[AGE|other:81]]), PID "
        "[[ID|mrn:10 334 872]]\n"
        "  hip # NOF R, DHS [[DATE|date:06/10]]. Hb 88 → 1 EC. Delirium CAM+. pulls at "
        "lines.\n"
        "bed 4 – [[PERSON|name:Ramadani, Arbër]] ([[AGE|other:34]]) PID [[ID|mrn:10 871 "
        "009]]\n"
        "  tib plateau #, ex-fix. VAC. photo of wound uploaded "
        "[[ID|photo:USZ-W5N-ramadani-0810-wound.png]]\n"
        "  works as driver, lorry ZH [[VEHICLE|vehicle:ZH 458 221]] still in hospital car "
        "park per police"
    ),
    (
        "[[LOCATION|geo:UMC Utrecht]] — afd. Interne Geneeskunde C3 West. Visite "
        "[[DATE|date:9-10-2024]]\n"
        "k.21-1 Mw [[PERSON|name:Fatima el Amrani-Bakker]] ([[AGE|other:52]]), ZIS "
        "[[ID|mrn:8823914]]\n"
        "DKA resolved, pH 7.38, HCO3 22, glucose 9.4. Insulin pump Medtronic 780G SN "
        "[[DEVICE|device:NG3219584H]] restarted by DM nurse [[PERSON|name:Sanne]]."
    ),
    (
        "RONDE — [[LOCATION|geo:Clinique Saint-Luc Bouge]]. Unité 32. [[DATE|date:Mercredi "
        "9/10]]\n"
        "1) Mme [[PERSON|name:Dewez Marie-Claire]] ([[AGE|other:88]]) dossier "
        "[[ID|mrn:SLB-0931227]] — decompensated HF, furosemide IV 40 mg bd, −2.4 kg. Son "
        "[[PERSON|name:Benoît]] lives [[ADDRESS|geo:rue de la Station 44, 5100 Jambes]]."
    ),
    (
        "Ward round — [[LOCATION|geo:Hospital Santa Maria]], Piso 6 Medicina 2\n"
        "[[DATE|date:10.Out.2024]] — Sr. [[PERSON|name:Joaquim Fernandes da Graça]], "
        "[[AGE|other:73]]A, processo [[ID|mrn:12459873]], nº utente SNS [[ID|health_plan:214 "
        "567 893]], NIF [[ID|ssn:214563782]]\n"
        "Pneumonia aspirativa. Piperacilina/tazo d5. Sat 95% 2L. Disfagia — SNG."
    ),
    (
        "WARD ROUND 4th floor Surgery, [[LOCATION|geo:Hamad General Hospital]]\n"
        "Bed 412: Mr [[PERSON|name:Rajesh Kumar Pillai]] [[AGE|other:41]]y, HC# [[ID|mrn:HMC "
        "3390128]], QID [[ID|ssn:28435601274]]\n"
        "  Lap chole POD1, drain 40 ml serous. Eating. For d/c today → driver's camp at "
        "[[LOCATION|geo:Mesaieed]]."
    ),
    (
        "s. 7 łóżko 2: [[PERSON|name:Zdzisław Kowal]], [[AGE|other:79]] l., PESEL "
        "[[ID|ssn:45112309867]], nr hist. chor. [[ID|mrn:2024/ZW/18873]]\n"
        "  migotanie przedsionków, INR 3.8 (target 2-3) → hold warfarin 1 day.\n"
        "  zamieszkały [[ADDRESS|geo:ul. Długa 17 m. 4, 31-147 Kraków]]; wnuczka "
        "[[PERSON|name:Ola]] tel. [[PHONE|phone:601 223 874]]"
    ),
    (
        "hab 512: [[PERSON|name:GIMÉNEZ, Nélida Esther]] [[AGE|other:84]]a, HC "
        "[[ID|mrn:2.341.876]], PAMI [[ID|health_plan:15-0823146702-00]]\n"
        "  neumonía, mejorando. Hija [[PERSON|name:Mirta]] — [[PHONE|phone:11 4982-3310]]. "
        'Vive sola en [[ADDRESS|geo:Av. Rivadavia 6120 5° "B", Caballito]].'
    ),
    (
        "Bed 19 — [[PERSON|name:Wanjiru Mercy Kamau]] [[AGE|other:36]]F IP No "
        "[[ID|mrn:KNH/2024/118734]], SHA no [[ID|health_plan:SHA-0923-4471-882]]\n"
        "  Cryptococcal meningitis, LP opening 32 cmH2O, amphoB d6. CD4 42.\n"
        "  husband [[PERSON|name:Peter Njoroge]] from [[LOCATION|geo:Limuru]], 0722 not "
        "picking; alt [[PHONE|phone:0733 908 441]]"
    ),
    (
        "leito 806: [[PERSON|name:Sebastião Aparecido dos Santos]], [[AGE|other:63]]a, RGHC "
        "[[ID|mrn:3.448.127-2]], CNS [[ID|health_plan:700 5084 3321 6729]], CPF "
        "[[ID|ssn:412.873.905-79]]\n"
        "  ICC descompensada, BNP 2.340. furosemida 40 mg IV 12/12h. Balanço −1.8 L.\n"
        "  filha [[PERSON|name:Aparecida]] ([[PHONE|phone:(11) 98877-2140]]) mora em "
        "[[LOCATION|geo:Itaquaquecetuba]]."
    ),
]

EMERG = [
    (
        "ZNA — Zentrale Notaufnahme, [[LOCATION|geo:Klinikum Ernst von Bergmann]]\n"
        "Pat: [[PERSON|name:Kevin Justin Schulze]], [[AGE|other:19]] J., geb. "
        "[[DATE|date:30.04.2005]], Fall-Nr [[ID|mrn:2410050217]]\n"
        "RTW [[VEHICLE|vehicle:P-RK 4471]] aus [[LOCATION|geo:Werder (Havel)]], NEF dabei. "
        "Motorradunfall, Kawasaki [[VEHICLE|vehicle:P-KJ 88]] (Kennzeichen lt. Polizei)\n"
        "GCS 14, Hb 11.2, Lac 3.1, FAST neg. Schädel-CT: kein Blut. Rx re. Radius: distale "
        "Fraktur."
    ),
    (
        "[[DATE|date:06/10/2024]] 23:48\n"
        "[[PERSON|name:Shalom Ben-David]], M, [[AGE|other:47]], TZ [[ID|ssn:314578295]], "
        "Clalit member [[ID|health_plan:0-2214-7789]]\n"
        "chest pain since 21:30, trop hs 87 → 412 ng/L. STEMI inferior. Cath lab activated "
        "00:05.\n"
        "Lives [[ADDRESS|geo:Rehov HaPalmach 22, dira 7, Givatayim]]. Wife "
        "[[PERSON|name:Tal]]: [[PHONE|phone:054-7781204]]."
    ),
    (
        "URGENCES — [[LOCATION|geo:Hôpital Édouard-Herriot]], [[LOCATION|geo:Lyon 3e]]\n"
        "[[DATE|date:07/10]] 04h12. M. [[PERSON|name:Karim Benaïssa]] dit "
        '"[[PERSON|name:Kiki]]", [[AGE|other:23]] ans, IPP [[ID|mrn:8012947733]]\n'
        "Plaie main D par verre, tendon extenseur D3 sectionné. VAT à jour. Alcoolémie 1.4 "
        "g/l.\n"
        "Amené par SAMU depuis [[ADDRESS|geo:14 rue Paul Bert, 69003 Lyon]] (appt 3e étage "
        "gauche).\n"
        "Photo plaie : [[ID|photo:HEH-URG-20241007-0412-benaissa.jpg]]"
    ),
    (
        "[[DATE|date:8 ott 2024]] ore 16:55 codice giallo\n"
        '[[PERSON|name:Giuseppe "Peppino" Bianco]], [[AGE|other:76]]aa, CF '
        "[[ID|ssn:BNCGPP48T12H501V]], res. [[ADDRESS|geo:Via Padova 212, 20132 Milano]]\n"
        "Caduta in casa, # femore sx. INR 2.6 (on warfarin for AF). Hb 12.1.\n"
        "Targa auto del figlio [[VEHICLE|vehicle:GB 417 ZT]] in sosta vietata — avvisare "
        "vigilanza."
    ),
    (
        "Urgencias — [[LOCATION|geo:Hospital Clínic de Barcelona]]\n"
        "[[DATE|date:09/10/24]] 19:40 — NHC [[ID|mrn:50188734]]\n"
        "Paciente: [[PERSON|name:Jordi Puig i Soler]], [[AGE|other:38]] a., DNI "
        "[[ID|ssn:48213776A]], TSI [[ID|health_plan:PUSO 0860912003]]\n"
        "Domicilio: [[ADDRESS|geo:C/ de Mallorca 401, 4t 1a, 08013 Barcelona]]"
    ),
    (
        "[[DATE|date:10.10.2024]] 01:22\n"
        "[[PERSON|name:Umut Deniz Aksoy]], E, [[AGE|other:31]] yaş, T.C. Kimlik No "
        "[[ID|ssn:10457826306]], protokol no [[ID|mrn:2024/445812]]\n"
        "Trafik kazası, sürücü. Araç plakası [[VEHICLE|vehicle:06 ABK 472]]. GKS 15, FAST "
        "(-). Sol klavikula kırığı.\n"
        "Adres: [[ADDRESS|geo:Kızılay Mah. Gazi Mustafa Kemal Blv. No:88 D:12, "
        "Çankaya/Ankara]]"
    ),
    (
        "[[DATE|date:11 Oct 2024]] 14:05\n"
        "Pt [[PERSON|name:Mohammed Ali Hassan Al Shamsi]] [[AGE|other:27]]M, Emirates ID "
        "[[ID|ssn:784-1997-4412038-6]], MRN [[ID|mrn:RH-00912283]]\n"
        "Fall from scaffold 4 m at site in [[LOCATION|geo:Al Quoz]].\n"
        "L1 wedge #, neuro intact. Insurance Daman card [[ID|health_plan:1-2231-0044817-01]]."
    ),
    (
        "CASUALTY — [[LOCATION|geo:Chris Hani Baragwanath Academic Hospital]]\n"
        "[[DATE|date:2024-10-12]] 03:10\n"
        "[[PERSON|name:Sipho Gift Dlamini]] M [[AGE|other:22]] ID [[ID|ssn:0210255831088]]?? "
        "(pt gave [[ID|ssn:8609210145082]] — that's his uncle's; real ID unknown)\n"
        "From [[ADDRESS|geo:2345 Vilakazi Street, Orlando West]]. Brought by "
        "[[PERSON|name:Precious Mokoena]] (girlfriend) [[PHONE|phone:072 118 4439]]."
    ),
    (
        "Urgência — [[LOCATION|geo:Hospital de Braga]]\n"
        "[[DATE|date:13-10-2024]] 10:25 Triagem Manchester amarelo\n"
        "[[PERSON|name:Maria do Céu Araújo Peixoto]], [[AGE|date:92]] anos, nº utente "
        "[[ID|health_plan:198 732 040]], NIF [[ID|ssn:233098712]]\n"
        "Queda, TCE ligeiro, hematoma frontal. TC CE sem alterações. Vive com a filha em "
        "[[ADDRESS|geo:Rua do Souto, 47, 1.º Dto, 4700-329 Braga]]."
    ),
    (
        "[[DATE|date:14/oct/2024]] 22:18\n"
        "[[PERSON|name:Armida González Mora]], F, [[AGE|other:49]] a., CURP "
        "[[ID|ssn:GOMA750312MJCNRR09]], NSS [[ID|health_plan:04 87 75 1234 6]]\n"
        "Dolor abdominal FID, Alvarado 8. USG: apendicitis. A quirófano.\n"
        "Domicilio [[ADDRESS|geo:Calle Independencia 1520, Col. Santa Tere, 44600 "
        "Guadalajara, Jal.]]"
    ),
]

COMMUNITY = [
    (
        "HKP Mobile Pflege Innviertel – Besuchsbericht\n"
        "Klientin: [[PERSON|name:Aloisia Gruber]], [[AGE|date:93]] J., "
        "[[ADDRESS|geo:Stadtplatz 14/Top 4, 4910 Ried im Innkreis]]\n"
        "SVNR [[ID|ssn:4572 030481]] (lt. e-card) — ÖGK\n"
        "[[DATE|date:Fr 04.10.]] 08:15–08:50 DGKP [[PERSON|name:Sabine Wimmer]]\n"
        "Ulcus cruris re. 4,2 x 3,1 cm, fibrinbelegt. Wundfoto "
        "[[ID|photo:WF_Gruber_A_041024_1.jpg]] in Doku hochgeladen. Kompression Kl. 2.\n"
        "Notruf-Armband Seriennr. [[DEVICE|device:HNR-2231-88407]]"
    ),
    (
        "Wijkverpleging Buurtzorg team [[LOCATION|geo:Ede-Veldhuizen]] — rapportage\n"
        "Cliënt: dhr. [[PERSON|name:Hendrik (Henk) Bakker]], [[AGE|other:84]] jr, "
        "[[ADDRESS|geo:Bospad 3, 6718 XX Ede]], BSN [[ID|ssn:172654324]]\n"
        "[[DATE|date:zat 5 okt]]: stomaverzorging, huid rond stoma rood. Zorgverzekeraar VGZ,"
        " nr [[ID|health_plan:VGZ-60412288]].\n"
        "Glucose 11.2 mmol/l, gewicht 71.4 kg."
    ),
    (
        "SOINS INFIRMIERS À DOMICILE — Cabinet infirmier de "
        "[[LOCATION|geo:Marche-en-Famenne]]\n"
        "Patiente : Mme [[PERSON|name:Josiane Collignon-Lambert]], [[ADDRESS|geo:Rue du "
        "Commerce 8 bte 2, 6900 Marche-en-Famenne]]\n"
        "NISS [[ID|ssn:65.09.23-284.66]] — mutuelle Solidaris n° "
        "[[ID|health_plan:317-0045-882]]\n"
        "[[DATE|date:Lundi 7 octobre]]: pansement escarre sacrée stade 3, 5 x 4 cm. Photo n° "
        "[[ID|photo:IMG_20241007_091522.jpg]] (tablette cabinet).\n"
        "Insuline Lantus 18 UI au coucher. Voisin [[PERSON|name:Gaston]] garde la clé (boîte "
        "à clés code 4471)."
    ),
    (
        "DISTRICT NURSING — Sjukhem / hemsjukvård [[LOCATION|geo:Skellefteå]] kommun\n"
        "Patient: [[PERSON|name:Britt-Marie Lindqvist]], personnummer "
        "[[ID|ssn:580714-2384]]\n"
        "Adress: [[ADDRESS|geo:Storgatan 41 lgh 1102, 931 31 Skellefteå]]\n"
        "[[DATE|date:2024-10-08]] kl 10:30, besök av ssk [[PERSON|name:Johanna Nilsson]]\n"
        "Kateterbyte, urinodling tagen. Trygghetslarm [[DEVICE|device:NEAT-NOVO-0043712]] "
        "testat OK."
    ),
    (
        "Wizyta pielęgniarki środowiskowej — NZOZ „Zdrowie” [[LOCATION|geo:Kalisz]]\n"
        "[[DATE|date:9.10.2024]] pacjent: [[PERSON|name:Kazimierz Lis]], [[AGE|other:82]] l.,"
        " PESEL [[ID|ssn:58061213747]] wg karty — ale pacjent mówi że ma [[AGE|other:82]] "
        "lata?? chyba PESEL syna. Sprawdzić.\n"
        "Adres: [[ADDRESS|geo:ul. Górnośląska 12/5, 62-800 Kalisz]]\n"
        "Stopa cukrzycowa, owrzodzenie pięty 2 cm. Zdjęcie rany: "
        "[[ID|photo:rana_Lis_K_2024-10-09.jpeg]]"
    ),
    (
        "Home visit — Domácí péče Charita [[LOCATION|geo:Most]]\n"
        "[[DATE|date:10. 10. 2024]] paní [[PERSON|name:Věra Nováková]], [[AGE|other:87]] let,"
        " RČ [[ID|ssn:455817/0309]], pojišťovna VZP č. pojištěnce = RČ\n"
        "Bydliště: [[ADDRESS|geo:Moskevská 14/2, 434 01 Most]]"
    ),
    (
        "Community nursing — [[LOCATION|geo:Volos]], Magnesia. Home visit\n"
        "[[DATE|date:11/10/2024]]. Κα [[PERSON|name:Eleni Papadopoulou]], [[AGE|other:79]], "
        "AMKA [[ID|ssn:15036804217]]\n"
        "[[ADDRESS|geo:Odos Dimitriados 152, 3rd floor, 382 21 Volos]]\n"
        "Post-op knee TKR, staples removed day 14. INR 2.2.\n"
        "Her neighbour kyria [[PERSON|name:Voula]] brings her to the "
        "[[LOCATION|geo:Achillopouleio]] hospital."
    ),
    (
        "Visita domiciliaria — Equipo de Atención Primaria, [[LOCATION|geo:CESFAM Pedro de "
        "Valdivia]]\n"
        "[[DATE|date:12-10-2024]] paciente [[PERSON|name:Rosa Huenchullán Painemal]], "
        "[[AGE|other:68]] años, RUT [[ID|ssn:17.203.448-9]]\n"
        "[[ADDRESS|geo:Pasaje Los Copihues 0455, Villa Amanecer, Temuco]]\n"
        "Fonasa tramo B. Pie diabético, curación avanzada. Foto "
        "[[ID|photo:HUENCHULLAN_pie_121024.png]]"
    ),
    (
        "Community Health Volunteer visit — [[LOCATION|geo:Thika]] Level 5 catchment, "
        "[[LOCATION|geo:Kiandutu]]\n"
        "[[DATE|date:13th Oct]]: visited Mama [[PERSON|name:Njeri]] ([[PERSON|name:Grace "
        "Njeri Mwangi]]), [[AGE|other:71]], ID [[ID|ssn:12448903]]\n"
        "Home: plot 44, [[ADDRESS|geo:Kiandutu village, off Garissa Road, Thika]]"
    ),
    (
        "Enfermagem comunitária — UBS [[LOCATION|geo:Vila Sônia]]\n"
        "[[DATE|date:14/10]] visita domiciliar: Sr. [[PERSON|name:Benedito Ramos]], "
        "[[AGE|other:74]]a, CNS [[ID|health_plan:898 0012 3344 5566]]\n"
        "End: [[ADDRESS|geo:Rua Dr. Luís Migliano, 1220, apto 34 bloco B, CEP 05711-001]]\n"
        "Curativo LPP sacral, estágio 3. Glicemia capilar 214. Concentrador O2 série "
        "[[DEVICE|device:EV-5100-BR-220419]]."
    ),
]

PHARM = [
    (
        "[[LOCATION|geo:APOTHEKE AM MARKT]] · [[ADDRESS|geo:Markt 3, 45127 Essen]] · Fax "
        "[[PHONE|fax:0201 22 48 19]]\n"
        "eRezept Token [[ID|other:160.000.113.447.882.05]] eingelöst "
        "[[DATE|date:07.10.2024]] 09:12\n"
        "Vers.: [[PERSON|name:Essen, Brigitte]] (yes, her surname is [[PERSON|name:Essen]]) "
        "geb. [[DATE|date:11.11.1961]], KVNR [[ID|health_plan:M309741289]], AOK "
        "Rheinland/Hamburg\n"
        "Rp: Ramipril 5 mg N3 100 St, PZN 03198476, Ch.-B. 3HX2291 — 1-0-0"
    ),
    (
        "DISPENSING LOG · [[LOCATION|geo:Farmacia Comunale 2 Fano]] (PU)\n"
        "2024-10-08T10:14:03 user=[[ID|other:farm.lrossi]] station=BANCO-02 "
        "mac=[[DEVICE|device:3C:52:82:1A:F0:7E]]\n"
        "ricetta NRE [[ID|other:1100A4012345678]] paziente=[[PERSON|name:MARINELLI ANNA]] "
        "cf=[[ID|ssn:RSSMRA71C41F205E]]?mismatch—cf belongs to [[PERSON|name:ROSSI MARIA]]; "
        "flagged\n"
        "farmaco=Eliquis 5mg cpr 56 AIC 040921051 lotto ABX771 qty=1"
    ),
    (
        "[[LOCATION|geo:Farmácia Estácio]], [[ADDRESS|geo:Av. da República 47-A, 8000-078 "
        "Faro]]\n"
        "Dispensa [[DATE|date:9/10/24]]: Receita eletrónica nº "
        "[[ID|other:2011000912448753201]], código acesso [[ID|other:448127]]\n"
        "Utente: [[PERSON|name:Ana Rita Cabral Meireles]], nº SNS [[ID|health_plan:233 098 "
        "712]]... no: utente [[ID|health_plan:287 114 906]]\n"
        "Metformina 1000 mg 60 cp — lote 23K118. Insulina Tresiba FlexTouch."
    ),
    (
        "[[LOCATION|geo:Apotek Hjärtat Mölndal]] — receptexpedition\n"
        "[[DATE|date:10 okt]] 2024 kl 14.22\n"
        "Kund: [[PERSON|name:Åsa Berg]], pnr [[ID|ssn:910203-1573]], "
        "[[ADDRESS|geo:Kvarnbygatan 9, 431 34 Mölndal]]\n"
        "Läkemedel: Sertralin 50 mg 100 st, Vnr 449561. Dosering 1x1."
    ),
    (
        "RECETA — [[LOCATION|geo:Farmacias Ahumada]] local 244, [[LOCATION|geo:Viña del "
        "Mar]]\n"
        "[[DATE|date:11-10-2024]] 18:40\n"
        "Paciente: [[PERSON|name:Carmen Gloria Lagos Vergara]], RUT [[ID|ssn:14.582.317-K]]\n"
        "Receta retenida — clonazepam 2 mg, 30 comp. Médico: Dr. [[PERSON|name:Felipe "
        "Ossandón]], RUT prof. [[ID|license:12.448.901-6]], [[LOCATION|geo:Clínica Reñaca]]\n"
        "Boleta [[ID|account:B-00448127]]"
    ),
    (
        "eczane: [[LOCATION|geo:Bartın Merkez Eczanesi]], [[ADDRESS|geo:Kemerköprü Mah. "
        "Cumhuriyet Cad. No: 14, 74100 Bartın]]\n"
        "[[DATE|date:12 Ekim 2024]] reçete no [[ID|other:2F4K7Q1]] (e-reçete) hasta "
        "[[PERSON|name:Hatice Yılmaz]] TCKN [[ID|ssn:27519083454]]\n"
        "SGK müstehaklık OK.\n"
        "Levotiroksin 100 mcg 50 tb, seri no (karekod) 01 08699... batch L2291.\n"
        "Hekim: Dr. [[PERSON|name:Murat Öztürk]], diploma tescil [[ID|license:112847]]"
    ),
    (
        "Pharmacy — [[LOCATION|geo:Alpha Pharmacy]], [[LOCATION|geo:Wuse II]], "
        "[[LOCATION|geo:Abuja]]\n"
        "Date: [[DATE|date:13/10/2024]]\n"
        "Customer: [[PERSON|name:Ngozi Sunday Eze]], phone [[PHONE|phone:0803 447 1290]], "
        "NIN [[ID|ssn:74419023816]]\n"
        "Artemether-lumefantrine 80/480, 6 tabs, batch 2304AL. Amoxiclav 625 mg bd x 7/7.\n"
        "Paid ₦12,400 by transfer from her acct [[ID|account:0123456789]] (GTBank)"
    ),
    (
        "Dispensing record — [[LOCATION|geo:Clicks Pharmacy]] ([[LOCATION|geo:Garden Route "
        "Mall]])\n"
        "[[DATE|date:14 Oct 2024]]\n"
        "Patient [[PERSON|name:Hope van der Merwe]], ID [[ID|ssn:5307025831086]], Discovery "
        "Health member [[ID|health_plan:178443209]], dependant code 01\n"
        "Enalapril 10 mg #30 ×5 repeats. Fax script received from [[PHONE|fax:044 874 "
        "2219]].\n"
        "Deliver to [[ADDRESS|geo:12 Church Street, Blanco, George, 6529]]"
    ),
    (
        "[[LOCATION|geo:FARMACIA DEL AHORRO]] sucursal [[LOCATION|geo:Colima]] centro\n"
        "[[DATE|date:15/10/24]] venta con receta\n"
        '[[PERSON|name:María Guadalupe "Lupita" Cárdenas]], tel [[PHONE|phone:312 314 '
        "8820]]\n"
        "Amoxicilina 500 mg caps #21, lote 3M4412. Ticket [[ID|account:TK-0044-188327]]\n"
        "Factura a RFC [[ID|ssn:CAGM850612TX4]]"
    ),
    (
        'apteka "[[LOCATION|geo:Pod Orłem]]", [[ADDRESS|geo:Rynek 9, 33-300 Nowy Sącz]]\n'
        "[[DATE|date:16.10.2024]] e-recepta klucz "
        "[[ID|other:0103a9f2-7c41-4b1e-9e77-1c2b3a4d5e6f]]\n"
        "pacjent [[PERSON|name:Bożena Kwiatkowska]], PESEL [[ID|ssn:82030745180]]\n"
        "odebrała córka [[PERSON|name:Kinga]]. Paragon [[ID|account:PAR/2024/10/0044127]]"
    ),
]

LAB = [
    (
        "[[LOCATION|geo:LABOR DR. WISPLINGHOFF]] · [[ADDRESS|geo:Classen-Kappelmann-Str. 24, "
        "50931 Köln]] · Fax [[PHONE|fax:0221 940 505-611]]\n"
        "Befund-Nr. [[ID|other:L24-1008-44172]] | Eingang [[DATE|date:08.10.2024]] 07:55\n"
        "Patient: [[PERSON|name:Öztürk-Lange, Derya]] *[[DATE|date:02.08.1990]] | Einsender: "
        "Praxis Dr. [[PERSON|name:Rheinbach]], [[LOCATION|geo:Bergisch Gladbach]]\n"
        "HbA1c 6.9 % (4.0–6.0) | TSH 2.1 mU/l (0.27–4.2) | Ferritin 14 ng/ml (15–150) L\n"
        "LDL 162 mg/dl H | eGFR (CKD-EPI) 98 ml/min/1.73m² | Mat.: EDTA, Serum. ICD Z13.1"
    ),
    (
        "[[LOCATION|geo:MEDIZINISCHE UNIVERSITÄT INNSBRUCK]] – ZENTRALINSTITUT FÜR MED. UND "
        "CHEM. LABORDIAGNOSTIK\n"
        "[[ADDRESS|geo:Anichstraße 35, 6020 Innsbruck]]\n"
        "Pat: [[PERSON|name:Walch Johann]] | SVNR [[ID|ssn:1233 120569]] | geb "
        "[[DATE|date:12.05.1969]] | Station: [[LOCATION|geo:LKH Hall in Tirol]] Intern 2\n"
        "Auftrag [[ID|other:IBK-24-3391827]] abgen. [[DATE|date:9.10.24]] 06:10\n"
        "Blutkultur 2/2 pos.: Staph. aureus (MSSA). Oxacillin S, Clindamycin R (D-Test +)."
    ),
    (
        "[[LOCATION|geo:Laboratoire Cerballiance]] — Site de [[LOCATION|geo:Agen]], "
        "[[ADDRESS|geo:12 bd de la République, 47000 Agen]]\n"
        "Dossier [[ID|other:2410100887]] — Prélevé le [[DATE|date:10/10/2024]] à 08h05\n"
        "Patient(e) : MME [[PERSON|name:ROUX NÉE FAURE Geneviève]], née le "
        "[[DATE|date:25/02/1969]], NIR [[ID|ssn:2 69 02 13 055 087 89]]\n"
        "INR 2.8 (cible 2–3) sous fluindione. Hb 12.4 g/dl, plaquettes 231 G/l."
    ),
    (
        "[[LOCATION|geo:SYNLAB Hellas]] — [[LOCATION|geo:Larissa]] branch\n"
        "Ref. [[ID|other:GR-LAR-2024-118842]] | Date [[DATE|date:11/10/2024]]\n"
        "Name: [[PERSON|name:KONSTANTINOS PAPAGEORGIOU]] | AMKA [[ID|ssn:27115407838]] | age "
        "[[AGE|other:70]]\n"
        "PSA total 9.8 ng/ml (<4.0), free/total 11 %. Urine: leuk 500/µl, nitrite +."
    ),
    (
        "Lab no [[ID|other:PC-GW-2410-77412]] | Collected [[DATE|date:2024/10/11]] 09:40\n"
        "Patient: [[PERSON|name:Mogamat Isaacs]] | DOB [[DATE|date:03/06/1978]] | "
        "[[AGE|other:46]]y | Medical aid: GEMS [[ID|health_plan:004471882]] dep 00\n"
        "Dr: [[PERSON|name:Fatima Moosa]], [[ADDRESS|geo:Suite 4, 19 Voortrekker Road, Parow,"
        " 7500]] | Fax [[PHONE|fax:021 939 4417]]\n"
        "HIV-1 viral load <20 copies/ml (LDL). CD4 612 cells/µl. ALT 31, Cr 88 µmol/l."
    ),
    (
        "Laboratorio Clínico Bioquímico — [[LOCATION|geo:Hospital Sótero del Río]]\n"
        "ID muestra [[ID|other:SDR-24-558172]] ficha [[ID|mrn:0004412877]]\n"
        "Paciente: [[PERSON|name:Jaqueline del Carmen Muñoz Soto]], RUT "
        "[[ID|ssn:16.448.201-4]], [[AGE|other:41]] años\n"
        "Toma: [[DATE|date:12/10/2024]] 07:20\n"
        "Hemograma: Hb 10.8, VCM 72, plaquetas 448.000. PCR 12 mg/L. Glicemia 98."
    ),
    (
        "Malaria lab — [[LOCATION|geo:Kilifi County Hospital]]\n"
        "Sample ID [[ID|other:KCH-MAL-24-01877]] received [[DATE|date:13 Oct 2024]]\n"
        "Child: [[PERSON|name:Baraka Kahindi Charo]], [[AGE|other:4]]y, IP "
        "[[ID|mrn:KCH/IP/24/4471]], from [[LOCATION|geo:Mtwapa]]\n"
        "Blood film: P. falciparum ++++ (parasitaemia 8.2%). Hb 6.1 g/dl. Lactate 5.2."
    ),
    (
        "Laboratorium Medische Microbiologie — [[LOCATION|geo:Isala Zwolle]]\n"
        "Aanvraag [[ID|other:MMB24-104471]] d.d. [[DATE|date:13-10-2024]]\n"
        "Patiënt [[PERSON|name:Gerrit-Jan ter Horst]], geb. [[DATE|date:1954-09-30]], BSN "
        "[[ID|ssn:309481272]], adres [[ADDRESS|geo:Ten Oeverstraat 8, 7721 BH Dalfsen]]\n"
        "Urinekweek: >10^5 kve/ml E. coli. Amoxicilline R, nitrofurantoïne S, fosfomycine "
        "S.\n"
        "uitslagen ook via [[URL|url:https://mijn.isala.nl/uitslagen?pid=8823914]]"
    ),
    (
        '{"lab":"[[LOCATION|geo:Centro Diagnostico Italiano]]","site":"[[LOCATION|geo:CDI '
        'Milano Porta Nuova]]","accession":"[[ID|other:CDI-24-1014-8871]]",'
        '"patient":{"name":"[[PERSON|name:Lucia Ferrero]]","dob":"[[DATE|date:1985-05-16]]",'
        '"cf":"[[ID|ssn:FRRLCU85E56L219J]]"},"tests":[{"code":"TSH","value":3.1,'
        '"unit":"mUI/L","ref":"0.27-4.2"},{"code":"FT4","value":14.2,"unit":"pmol/L"}],'
        '"validated":"[[DATE|date:2024-10-14T16:02:11+02:00]]","by":"dott. '
        '[[PERSON|name:Sala]]"}'
    ),
    (
        "LABORATORIO — [[LOCATION|geo:Hospital Universitari Vall d'Hebron]]\n"
        "Petición [[ID|other:VH-24-09918872]] | NHC [[ID|mrn:12.884.301]] | CIP "
        "[[ID|health_plan:MAMO0640825006]]\n"
        "[[PERSON|name:MARTÍNEZ MORALES, Jose Manuel]] | F.nac [[DATE|date:25/08/1964]] | "
        "Sexo V | Servicio: Hepatología\n"
        "Carga viral VHC: no detectada (<15 UI/mL) — RVS12. AFP 3.1 ng/mL. Plaquetas "
        "142.000.\n"
        "Fibroscan 8.1 kPa (previo 14.2). Copia a Dr. [[PERSON|name:Joan Genescà]] por fax "
        "[[PHONE|fax:93 489 42 71]]."
    ),
]

CLAIM = [
    (
        "SCHADENMELDUNG / CLAIM — Allianz Suisse, Krankenzusatz\n"
        "Police-Nr. [[ID|health_plan:KZ-7712.44.018]] · Versicherte Person: "
        "[[PERSON|name:Lüthi-Ammann, Ruth]] · geb. [[DATE|date:19.08.1952]] · AHV "
        "[[ID|ssn:756.3045.1827.95]]\n"
        "Behandlung [[DATE|date:01.09.]]–[[DATE|date:14.09.2024]], halbprivat, DRG I47B. "
        "Rechnung [[ID|account:RE-2024-088172]] CHF 18'440.55\n"
        "Auszahlung an IBAN [[ID|account:CH16 0900 0000 8765 4321]]"
    ),
    (
        "CLAIM FORM — Hellenic private insurer — Ιατρικά έξοδα\n"
        "Policy holder: [[PERSON|name:Dimitrios Karagiannis]] | Policy "
        "[[ID|health_plan:GRH-0448-772-19]]\n"
        "Hospital: [[LOCATION|geo:Hygeia Hospital]]. Admission [[DATE|date:22/09/2024]], "
        "discharge [[DATE|date:25/09/2024]]. Lap chole.\n"
        "Invoice [[ID|account:HYG-INV-24-118872]]: €4,880.00. Bank IBAN [[ID|account:GR54 "
        "0110 1250 0000 0001 2345 67]]"
    ),
    (
        "EHIC / S2 reimbursement — Caisse primaire d'assurance maladie du Bas-Rhin, "
        "[[LOCATION|geo:Strasbourg]]\n"
        "Assuré: [[PERSON|name:Frédéric Schmitt]], NIR [[ID|ssn:1 84 07 75 056 123 72]], "
        "[[ADDRESS|geo:3 rue des Tonneliers, 67000 Strasbourg]]\n"
        "Soins reçus à l'étranger: [[LOCATION|geo:Universitätsklinikum Freiburg]], "
        "Notaufnahme, [[DATE|date:17/08/2024]]\n"
        "Carte européenne n° [[ID|health_plan:80250 0001 1887 4421]]\n"
        "Montant: 412,80 € — RIB [[ID|account:FR14 2004 1010 0505 0001 3M02 606]]"
    ),
    (
        "Reclamação de seguro — Médis, apólice [[ID|health_plan:MD 0044 8127 33]]\n"
        "Pessoa segura: [[PERSON|name:Tiago Miguel Sá Carneiro]], NIF [[ID|ssn:198732040]], "
        "[[ADDRESS|geo:Av. Fernão de Magalhães 1862, 4.º andar, fte., 4350-158 Porto]]\n"
        "Prestador: [[LOCATION|geo:Hospital CUF Porto]], consulta ortopedia "
        "[[DATE|date:02.10.2024]]\n"
        "Valor 286,00 € ; reembolso para IBAN [[ID|account:PT50 0035 0001 0000 1234 5678 "
        "9]]\n"
        "Foto do recibo anexada (2 págs)."
    ),
    (
        "MOTOR ACCIDENT CLAIM — Road Accident Fund, South Africa\n"
        "Claimant: [[PERSON|name:Nomvula Zanele Khumalo]], ID [[ID|ssn:7903155123084]], "
        "[[ADDRESS|geo:House 1147, Zone 6, Pimville, Soweto, 1809]]\n"
        "Accident [[DATE|date:3 August 2024]] on the N1 near [[LOCATION|geo:Polokwane]]; "
        "vehicle [[VEHICLE|vehicle:HRB 447 GP]] (taxi), other driver plate "
        "[[VEHICLE|vehicle:CA 188-412]]\n"
        "Attorney: [[PERSON|name:Thabo Mthembu]] Inc, ref [[ID|other:TM/RAF/0448]], fax "
        "[[PHONE|fax:011 838 4472]]"
    ),
    (
        "Kenyan insurance claim — Jubilee Health\n"
        "Member: [[PERSON|name:Kevin Odhiambo Ouma]] | member no "
        "[[ID|health_plan:JHI/CORP/0448172/01]] | ID [[ID|ssn:28817446]]\n"
        "Provider: [[LOCATION|geo:Aga Khan University Hospital]]; invoice "
        "[[ID|account:AKUH-INV-2410-88217]]\n"
        "Admission [[DATE|date:21/09/2024]]–[[DATE|date:24/09/2024]]: malaria + dehydration. "
        "KES 148,200.00"
    ),
    (
        "Zorgdeclaratie — CZ Zorgverzekeringen\n"
        "Verzekerde: [[PERSON|name:Lotte van Rijn-de Jong]], relatienr [[ID|health_plan:CZ "
        "4471 882 30]], BSN [[ID|ssn:418273613]]\n"
        "Adres [[ADDRESS|geo:Wilhelminastraat 22 bis, 4811 ED Breda]]\n"
        "Nota [[ID|account:NOTA-2024-77812]] van [[LOCATION|geo:Fysiotherapie Ginneken]], 9 "
        "behandelingen à €38,50, periode [[DATE|date:aug]]–[[DATE|date:okt 2024]]\n"
        "Declaratie ingediend via [[URL|url:https://www.cz.nl/mijncz/declareren/nota/77812]] "
        "vanaf IP [[IP|ip:83.160.104.22]]"
    ),
    (
        "SINIESTRO — Mapfre Salud, póliza [[ID|health_plan:PS-0018-4471200]]\n"
        "Asegurado: [[PERSON|name:José Luis Fernández de Córdoba y Ortega]], DNI "
        "[[ID|ssn:53098812T]]\n"
        "Domicilio [[ADDRESS|geo:Plaza de la Constitución 3, 1º izda., 41001 Sevilla]]\n"
        "Centro: [[LOCATION|geo:Hospital Quirónsalud Infanta Luisa]]. Fecha "
        "[[DATE|date:12/09/2024]]. Cirugía menisco.\n"
        "Matrícula vehículo (accidente de tráfico, recobro a terceros): "
        "[[VEHICLE|vehicle:4471 KMB]]\n"
        "Transferencia a [[ID|account:ES91 2100 0418 4502 0005 1332]]"
    ),
    (
        "Wniosek o zwrot kosztów — PZU Zdrowie\n"
        "Ubezpieczony: [[PERSON|name:Krzysztof Zając]], PESEL [[ID|ssn:58061213747]], nr "
        "polisy [[ID|health_plan:PZU-ZD-4471882]]\n"
        "[[ADDRESS|geo:os. Tysiąclecia 44/12, 40-871 Katowice]]\n"
        "Placówka: [[LOCATION|geo:Szpital Murcki]], zabieg [[DATE|date:30.09.2024]]. Faktura "
        "[[ID|account:FV/2024/09/4471]] kwota 2 480,00 zł\n"
        "Rachunek do zwrotu [[ID|account:PL34 1090 1014 0000 0712 1981 2874]]"
    ),
    (
        "Claim — Allianz Care, expat plan (Gulf)\n"
        "Member [[PERSON|name:Sarah O'Connor-Haddad]] DOB [[DATE|date:07-Feb-1986]] Policy "
        "[[ID|health_plan:ACG-AE-0044817]] Emirates ID [[ID|ssn:784-1986-8812447-3]]\n"
        "Provider [[LOCATION|geo:Cleveland Clinic Abu Dhabi]]. DOS [[DATE|date:28 Sep "
        "2024]]. MRI lumbar spine AED 3,450.\n"
        "Claim submitted from app, device ID "
        "[[DEVICE|device:a7f3c9e2-41bb-4e0d-9c77-1e2f3a4b5c6d]], IP [[IP|ip:94.200.17.208]]\n"
        "Pay to [[ID|account:AE07 0331 2345 6789 0123 456]]"
    ),
]

OCC = [
    (
        "Betriebsärztlicher Dienst — Werk [[LOCATION|geo:Wolfsburg]], Vorsorge nach ArbMedVV "
        "(G25 Fahr-, Steuer- und Überwachungstätigkeit)\n"
        "MA: [[PERSON|name:Dennis Kowalski]], PersNr [[ID|other:00447182]], geb. "
        "[[DATE|date:22.06.1987]], Kostenstelle 1871\n"
        "Führerschein-Nr. [[ID|license:B072RRE2I55]], Klasse CE. Staplerschein ok.\n"
        "Sehtest Visus 1.0/0.8, Audiogramm: C5-Senke li 35 dB. RR 142/91.\n"
        "Zugang Werkstor per Handvenenscan, Template-ID [[ID|biometric:PVS-WOB-0044718]]\n"
        "Dienstfahrzeug [[VEHICLE|vehicle:WOB-VW 4471]], FIN "
        "[[VEHICLE|vehicle:WVWZZZ1K30W386752]]"
    ),
    (
        "Arbeitsmedizin — ÖBB Infrastruktur, [[LOCATION|geo:Villach]]\n"
        "Untersuchung Triebfahrzeugführer [[DATE|date:03.10.2024]]\n"
        "Mag. [[PERSON|name:Stefan Kofler]] … no: Tfzf [[PERSON|name:Kofler Stefan]], SVNR "
        "[[ID|ssn:4572 030481]]?? — PersNr [[ID|other:ÖBB-448172]]\n"
        "Wohnort [[ADDRESS|geo:Hauptplatz 7/2/11, 9500 Villach]]\n"
        "Fingerabdruck-Terminal Code [[ID|biometric:FP-VIL-00912]] re-enrolled after hand "
        "injury."
    ),
    (
        "Médecine du travail — Service de Santé au Travail, [[LOCATION|geo:SSTRN Nantes]]\n"
        "Visite d'information et de prévention [[DATE|date:le 8 octobre 2024]]\n"
        "Salarié: [[PERSON|name:Dylan Le Floch]], [[AGE|other:26]] ans, poste cariste chez "
        "LogiOuest à [[LOCATION|geo:Carquefou]], matricule [[ID|other:LO-00872]]\n"
        "CACES R489 cat. 3 n° [[ID|license:CACES-44-2021-088172]]. Permis B n° "
        "[[ID|license:180744100872]]\n"
        "Acouphènes, audiométrie perte 40 dB à 4 kHz. Aménagement: casque antibruit.\n"
        "Badge biométrique (empreinte) réf. [[ID|biometric:BIO-LO-7781-22]]"
    ),
    (
        "Salud laboral — Servicio de Prevención, Repsol Petróleo, refinería de "
        "[[LOCATION|geo:Puertollano]]\n"
        "Reconocimiento médico periódico [[DATE|date:9-oct-2024]]\n"
        "Trabajador: [[PERSON|name:Antonio Jesús Sánchez-Camacho Ruiz]], DNI "
        "[[ID|ssn:27654109J]], nº empleado [[ID|other:RP-44817]]\n"
        "Espirometría FEV1 88%, Rx tórax normal. Benceno urinario (ác. t,t-mucónico) 0.4 "
        "mg/g creat.\n"
        "Control de acceso por reconocimiento facial, plantilla "
        "[[ID|biometric:FACE-PTL-2210447]]; foto ficha [[ID|photo:ficha_44817_ASC.jpg]]"
    ),
    (
        "Työterveyshuolto — [[LOCATION|geo:Terveystalo Oulu]]\n"
        "[[DATE|date:10.10.2024]] työhöntulotarkastus\n"
        "[[PERSON|name:Aino-Maria Heikkinen]], hetu [[ID|ssn:150472-318R]], osoite "
        "[[ADDRESS|geo:Isokatu 32 B 14, 90100 Oulu]]\n"
        "Näöntarkkuus 1.0, kuulo normaali. BMI 24. Ei esteitä."
    ),
    (
        "OCCUPATIONAL HEALTH — Dangote Cement [[LOCATION|geo:Obajana]] plant clinic\n"
        "Pre-employment medical [[DATE|date:11 October 2024]]\n"
        "Name: [[PERSON|name:Oluwaseun Adebayo Ogunleye]], staff ID "
        "[[ID|other:DCP-OBJ-44718]], NIN [[ID|ssn:58817204419]]\n"
        "Address: [[ADDRESS|geo:No. 7 Ajase Road, Lokoja]], Kogi State\n"
        "Spirometry FVC 3.9 L (92%), CXR clear. Hep B sAg negative. Fit for duty (crusher "
        "operator).\n"
        "Biometric clock-in enrolled: right index template "
        "[[ID|biometric:DCP-FP-0044718-R2]]\n"
        "Company Toyota Hilux [[VEHICLE|vehicle:KTE 448 BJ]] assigned (Kogi plate)."
    ),
    (
        "Saúde Ocupacional — SESMT, Vale S.A., [[LOCATION|geo:Itabira]] (MG)\n"
        "ASO periódico [[DATE|date:12/10/2024]]\n"
        "Empregado: [[PERSON|name:José Raimundo Pereira Filho]], CPF "
        "[[ID|ssn:087.321.466-80]]\n"
        "CNH nº [[ID|license:04481722031]] cat. E — operador de caminhão fora-de-estrada\n"
        "Audiometria PAIR bilateral; Epworth 14. Encaminhado polissonografia."
    ),
    (
        "İşyeri hekimliği — Ford Otosan [[LOCATION|geo:Gölcük]] fabrikası\n"
        "Periyodik muayene [[DATE|date:13.10.2024]]\n"
        "Çalışan: [[PERSON|name:Serkan Demir]], sicil no [[ID|other:FO-448172]], TCKN "
        "[[ID|ssn:38291457616]]\n"
        "Adres: [[ADDRESS|geo:Değirmendere Mah. Atatürk Cad. No: 44 Daire: 3, 41950 "
        "Gölcük]]/Kocaeli\n"
        "Odyometri: 4 kHz çentik. Akciğer grafisi normal. Vardiya: gece."
    ),
    (
        "Occupational health — Mines, [[LOCATION|geo:Rustenburg]] (Impala Platinum), shaft "
        "clinic\n"
        "Medical surveillance [[DATE|date:14/10/2024]]\n"
        "Employee [[PERSON|name:Tebogo Blessing Molefe]], co. no [[ID|other:IMP-0044718]], "
        "ID [[ID|ssn:8609210145082]]\n"
        "Certificate of fitness (MHSA s.11): fit. Audiometry PLH 6.1%. TB screen GeneXpert "
        "negative.\n"
        "Heat tolerance screen passed. Lamp room biometric (iris) record "
        "[[ID|biometric:IRIS-RB-448172]]"
    ),
    (
        "Occupational medicine — [[LOCATION|geo:Rambam Health Care Campus]]\n"
        "Fitness-for-work assessment [[DATE|date:15.10.2024]]\n"
        "[[PERSON|name:Avi (Avraham) Mizrahi]], [[AGE|other:52]], TZ [[ID|ssn:203981469]], "
        "employer Israel Electric Corp.\n"
        "Crane operator, [[LOCATION|geo:Hadera]] power station. Vision 6/6, colour ok. HbA1c "
        "7.8 — insulin? → not permitted for crane work until review.\n"
        "Driver's licence no [[ID|license:7712044]]"
    ),
]

TRAVEL = [
    (
        "Reisemedizinische Beratung — [[LOCATION|geo:Tropeninstitut Basel]] "
        "([[LOCATION|geo:Swiss TPH]]), [[ADDRESS|geo:Kreuzstrasse 2, 4123 Allschwil]]\n"
        "[[DATE|date:02.10.2024]] — [[PERSON|name:Nadine Zbinden]], [[AGE|other:31]], "
        "Pass-Nr. [[ID|ssn:X4471882]] (CH), reist [[DATE|date:1.11.]]–[[DATE|date:20.12.]] "
        "nach Tansania & Sansibar\n"
        "Impfungen: Gelbfieber (Stamaril, Ch. W1A44), Typhim Vi, Tollwut präexpositionell "
        "x2. Malaria: Atovaquon/Proguanil.\n"
        "Impfausweis-Kopie [[ID|photo:impfausweis_zbinden_p1.jpg]] im Dossier."
    ),
    (
        "Afspraak [[DATE|date:do 3 okt 2024]] 14:20\n"
        "[[PERSON|name:Sem]] en [[PERSON|name:Noor van 't Hof]] (tweeling, [[AGE|other:7]] "
        "jr) + moeder [[PERSON|name:Ilse Smit]], paspoort [[ID|ssn:NX7L8R4P2]]\n"
        "Bestemming: [[LOCATION|geo:Yogyakarta]]/Bali, vertrek [[DATE|date:22 dec]]. Hep A, "
        "DTP booster. Kinderen: malaria niet nodig."
    ),
    (
        "Centre de vaccinations internationales — [[LOCATION|geo:Institut Pasteur]], "
        "[[ADDRESS|geo:209 rue de Vaugirard, 75015 Paris]]\n"
        "[[DATE|date:04/10/2024]]: M. [[PERSON|name:Alassane Diallo]], [[AGE|other:45]] ans, "
        "passeport [[ID|ssn:19AP44817]], retour au pays ([[LOCATION|geo:Kolda]], Sénégal) "
        "[[DATE|date:mi-novembre]]\n"
        "Fièvre jaune à jour (2015, valable à vie). Méningo ACWY. Chimioprophylaxie: "
        "doxycycline 100 mg."
    ),
    (
        "Ambulatorio Medicina dei Viaggi — [[LOCATION|geo:ASL Roma 1]], [[ADDRESS|geo:Piazza "
        "Santa Maria della Pietà 5, 00135 Roma]]\n"
        "[[DATE|date:7 ottobre 2024]]: [[PERSON|name:Francesco De Santis]], nato "
        "[[DATE|date:03/02/1979]], tessera [[ID|health_plan:80380001204471882211]]\n"
        "Viaggio in [[LOCATION|geo:Cusco]]/[[LOCATION|geo:Machu Picchu]] dal "
        "[[DATE|date:15/11]]. Altitudine: acetazolamide 125 mg bid. Febbre gialla non "
        "richiesta."
    ),
    (
        "[[DATE|date:08/10/2024]] [[PERSON|name:Paz Ibáñez Oyarzun]], [[AGE|other:62]] a., "
        "pasaporte [[ID|ssn:PAH448172]]\n"
        "Destino [[LOCATION|geo:La Paz]] (Bolivia) y [[LOCATION|geo:Uyuni]]. Fiebre "
        "amarilla: contraindicada (timoma). Certificado de exención nº "
        "[[ID|other:EXFA-MAD-2024-0448]].\n"
        "Foto de pasaporte escaneada [[ID|photo:pasaporte_ibanez_scan.pdf]]"
    ),
    (
        "Reisemedisinsk klinikk — [[LOCATION|geo:Oslo legevakt]], [[ADDRESS|geo:Storgata 40, "
        "0182 Oslo]]\n"
        "[[DATE|date:09.10.2024]]: [[PERSON|name:Ola Nordmann-Haugen]], fnr "
        "[[ID|ssn:12036741536]], skal til [[LOCATION|geo:Kathmandu]] [[DATE|date:2. nov]]\n"
        "Japansk encefalitt (Ixiaro) dose 1, rabies PrEP. Høydesyke-info. Reiseforsikring "
        "Gjensidige [[ID|health_plan:GJ-4471-882-NO]]"
    ),
    (
        "Travel clinic — [[LOCATION|geo:Netcare Travel Clinic Sandton]]\n"
        "[[DATE|date:10/10/2024]] [[PERSON|name:Refilwe Mahlangu]], [[AGE|other:38]], "
        "passport [[ID|ssn:A04471882]]\n"
        "E-gate enrolment at [[LOCATION|geo:OR Tambo]] — face template "
        "[[ID|biometric:ZA-EG-0044817]]"
    ),
    (
        "Clínica do Viajante — [[LOCATION|geo:Instituto de Infectologia Emílio Ribas]]\n"
        "[[DATE|date:11/10/2024]]: [[PERSON|name:Lucas Tavares Neto]], CPF "
        "[[ID|ssn:239.104.587-50]]\n"
        "Viagem: [[LOCATION|geo:Manaus]] e [[LOCATION|geo:Tefé]] (AM) — febre amarela dose "
        "única já feita [[DATE|date:03/2019]]. Profilaxia malária: não indicada, orientado "
        "repelentes."
    ),
    (
        "TRAVEL MEDICINE — [[LOCATION|geo:Sheba Medical Center]]\n"
        "[[DATE|date:13/10/2024]] [[PERSON|name:Noa Peretz]], [[AGE|other:24]], post-army "
        "trip. TZ [[ID|ssn:058712399]]\n"
        "Itinerary: [[LOCATION|geo:Bogotá]] → [[LOCATION|geo:Cartagena]] → "
        "[[LOCATION|geo:Leticia]] (Amazon). YF vaccine, typhoid, hep A. Mefloquine? — she "
        "had neuropsych sx; chose atovaquone/proguanil."
    ),
    (
        "Vaccination record — [[LOCATION|geo:Al Barsha Health Centre]], Dubai Health\n"
        "[[DATE|date:14-10-2024]]: Mr [[PERSON|name:Faisal Abdulrahman Al Zarooni]], "
        "[[AGE|other:57]], Emirates ID [[ID|ssn:784-1967-4471882-1]]\n"
        "Hajj/Umrah: meningococcal ACWY, flu vaccine. Travelling with wife "
        "[[PERSON|name:Mariam]] and mother ([[AGE|date:92]]).\n"
        "Photo on vaccination card [[ID|photo:DHA_card_photo_Zarooni_448172.png]]"
    ),
]

EMAIL = [
    (
        'From: "[[PERSON|name:Sonja Wagner]]" <[[EMAIL|email:sonja.wagner1972@gmx.de]]>\n'
        "To: [[EMAIL|email:sprechstunde@praxis-am-rosengarten.de]]\n"
        "Date: [[DATE|date:Mon, 07 Oct 2024]] 06:41:12 +0200\n"
        "Received: from [[[IP|ip:91.64.118.203]]] by mout.gmx.net\n"
        "Subject: Termin / Befund Sohn [[PERSON|name:Lenny]] (geb. [[DATE|date:14.3.2016]])\n"
        "\n"
        "[[PERSON|name:Lenny]] hat seit gestern wieder 39,4 Fieber. Versichertennr. "
        "[[ID|health_plan:T561209838]] (TK). Wir wohnen jetzt [[ADDRESS|geo:Lindenallee 12, "
        "2. OG links, 14469 Potsdam]]. Handy [[PHONE|phone:0176/ 224 81 77]]."
    ),
    (
        "Von: [[EMAIL|email:h.egger@aon.at]]\n"
        "An: Ordination Dr. [[PERSON|name:Mayrhofer]] "
        "<[[EMAIL|email:ordination@dr-mayrhofer.at]]>\n"
        "Betreff: Rezept Marcoumar\n"
        "\n"
        "griass di, i bin der [[PERSON|name:Hubert Egger]] aus [[LOCATION|geo:Zell am See]], "
        "SVNR [[ID|ssn:2894 170752]]. Brauch wieder Marcoumar, INR war 2,4 am "
        "[[DATE|date:3.10.]] Bitte Rezept auf e-card, abholen tut's meine Frau "
        "[[PERSON|name:Burgi]].\n"
        "Adresse unverändert [[ADDRESS|geo:Schmittenstraße 8, Top 3, 5700 Zell am See]]\n"
        "Tel. [[PHONE|phone:06542 / 72 4 18]]"
    ),
    (
        "From: [[PERSON|name:Lise Lotte Mørk]] <[[EMAIL|email:lilo.moerk@hotmail.dk]]>\n"
        "Sent: [[DATE|date:8. oktober 2024]] 22:03\n"
        "To: [[LOCATION|geo:Aarhus Universitetshospital]] Patientkontoret "
        "<[[EMAIL|email:auh.patientkontor@rm.dk]]>\n"
        "Subject: CPR [[ID|ssn:120367-4153]] – aflyst skanning\n"
        "\n"
        "Hej, my MRI on [[DATE|date:14/10]] clashes with my daughter [[PERSON|name:Freja]]'s "
        "confirmation in [[LOCATION|geo:Silkeborg]]. Can I move it? I live at "
        "[[ADDRESS|geo:Skovvej 4, st. th., 8600 Silkeborg]]."
    ),
    (
        'From: "[[PERSON|name:marco rossi]]" <[[EMAIL|email:marco.r_88@libero.it]]>\n'
        "To: [[EMAIL|email:cup@aslcn1.it]]\n"
        "Date: [[DATE|date:9 Oct 2024]]\n"
        "X-Originating-IP: [[[IP|ip:151.38.44.207]]]\n"
        "\n"
        "buongiorno, scrivo per mia madre ([[AGE|other:84]] anni) tessera sanitaria "
        "[[ID|health_plan:80380000904471882019]]. Vorrebbe la visita a "
        "[[LOCATION|geo:Mondovì]] non a [[LOCATION|geo:Cuneo]]. Abita in "
        "[[ADDRESS|geo:Frazione Breolungi 12, 12084 Mondovì]]. Mio cell [[PHONE|phone:347 "
        "4481 720]]"
    ),
    (
        "De: [[EMAIL|email:carolina.vaz.pinto@sapo.pt]]\n"
        "Para: [[EMAIL|email:secretariado.ortopedia@ulsbraga.min-saude.pt]]\n"
        "Data: [[DATE|date:qui, 10/10/2024]] 09:14\n"
        "\n"
        "Bom dia, envio foto da ferida do meu pai como pediram: "
        "[[ID|photo:IMG-20241010-WA0004.jpg]]. Ele é o [[PERSON|name:Armindo Vaz]], processo "
        "[[ID|mrn:45 118 220]]. Se precisarem ligar: [[PHONE|phone:912 448 172]].\n"
        "O link do portal não abre: "
        "[[URL|url:https://servicos.min-saude.pt/utente/marcacoes?id=447188]]"
    ),
    (
        "From: [[PERSON|name:Ece Kaya]] <[[EMAIL|email:ecekaya_90@hotmail.com.tr]]>\n"
        "To: [[EMAIL|email:randevu@acibadem.com.tr]]\n"
        "Date: [[DATE|date:Fri 11 Oct]] 2024 17:22 +0300\n"
        "\n"
        "Merhaba, my husband [[PERSON|name:Serkan]]'s MRI result from "
        "[[LOCATION|geo:Acıbadem Kozyatağı]] — can you send to "
        "[[EMAIL|email:serkan.demir@fordotosan.com.tr]]? He is at the plant in "
        "[[LOCATION|geo:Gölcük]] all week.\n"
        "Our address [[ADDRESS|geo:Bağdat Cad. No: 214/7, Suadiye, 34740 Kadıköy/İstanbul]]"
    ),
    (
        "Subject: Re: fertility clinic appointment\n"
        "From: [[PERSON|name:Miriam Azoulay]] <[[EMAIL|email:miri.az@walla.co.il]]>\n"
        "To: IVF unit, [[LOCATION|geo:Hadassah Ein Kerem]]\n"
        "Date: [[DATE|date:13.10.24]]\n"
        "\n"
        "hi, attaching my TZ scan ([[ID|photo:tz_miriam_front.jpg]]) and husband's. our ref "
        "is [[ID|other:IVF-2024-0448]]. we moved to [[ADDRESS|geo:Rehov Ha-Rav Kook 9, apt "
        "12, Beit Shemesh]]. my new phone [[PHONE|phone:058-448-1720]].\n"
        "IP log (portal): [[IP|ip:2a02:6680:1104:a3::2f]]"
    ),
    (
        "From: [[EMAIL|email:ahmed.elsayed@yahoo.com]]\n"
        "To: [[EMAIL|email:info@kasralainy.edu.eg]]\n"
        "Date: [[DATE|date:14 Oct 2024]]\n"
        "Subject: my father [[PERSON|name:Sayed Mahmoud El-Sayed]] national ID "
        "[[ID|ssn:25211230104472]]\n"
        "\n"
        "Dear doctor, my father ([[AGE|other:72]]) was discharged from [[LOCATION|geo:Kasr "
        "Al Ainy]] on [[DATE|date:Thursday 10th]], file [[ID|mrn:KA-24-118827]]. He lives "
        "alone at [[ADDRESS|geo:12 Shareh El-Gomhoreya, Tanta]]. Please send the report by "
        "WhatsApp [[PHONE|phone:+20 100 448 1720]]. Thanks, [[PERSON|name:Ahmed]]"
    ),
    (
        "From: [[PERSON|name:Wambui N.]] <[[EMAIL|email:wambui.ndungu@gmail.com]]>\n"
        "To: [[EMAIL|email:appointments@aku.edu]]\n"
        "Date: [[DATE|date:15/10/2024]]\n"
        "\n"
        "Hi, booking for my son [[PERSON|name:Kamau]] ([[AGE|other:6]]). NHIF was "
        "[[ID|health_plan:04471882]] but now SHA. We're in [[LOCATION|geo:Kileleshwa]], "
        "[[ADDRESS|geo:Othaya Road, Hse 14]]. Portal: "
        "[[URL|url:https://patientportal.aku.edu/ke/login?u=wndungu]]\n"
        "Sent from my iPhone (device [[DEVICE|device:F2LXK4471NQR]])"
    ),
    (
        'From: "[[PERSON|name:Valentina Soto Riquelme]]" <[[EMAIL|email:vsotor@gmail.com]]>\n'
        "To: [[EMAIL|email:contacto@clinicasantamaria.cl]]\n"
        "Fecha: [[DATE|date:mié, 16 oct 2024]]\n"
        "\n"
        "Hola, mi papá ([[AGE|date:90]] años!) tiene hora [[DATE|date:el viernes 18]] con el "
        "Dr. [[PERSON|name:Kast]]. RUT [[ID|ssn:6.448.127-4]]. Vivimos en [[ADDRESS|geo:Los "
        "Aromos 1447, depto 302, Ñuñoa]]. Él usa marcapasos serie "
        "[[DEVICE|device:SJM-PM2240-448172]]. Cel [[PHONE|phone:+56 9 9448 1720]].\n"
        "Foto de su carnet: [[ID|photo:carnet_hernan_soto.jpeg]]"
    ),
]

STYLES = [
    ("outpatient-letter", OUTPATIENT),
    ("ward-round-note", WARD),
    ("emergency-note", EMERG),
    ("community-nursing", COMMUNITY),
    ("pharmacy-dispensing", PHARM),
    ("lab-report", LAB),
    ("insurance-claim", CLAIM),
    ("occupational-health", OCC),
    ("travel-clinic", TRAVEL),
    ("patient-email", EMAIL),
]


def main() -> None:
    print(f"probe43: {write_styled(OUT, STYLES)} docs")


if __name__ == "__main__":
    main()
