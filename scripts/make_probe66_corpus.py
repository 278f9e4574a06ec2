"""Write the 66th hand-annotated redaction probe, 100 notes of continental European clinical text.

Why: continental records mix a dozen languages and national formats in one corpus: German KVNR and
Austrian SVNR, Swiss AHV with dots, French NIR split by spaces, Belgian INSZ with dots and dashes,
Dutch BSN as a bare nine digits, Spanish DNI/NIE letters, Italian codice fiscale, Polish PESEL,
Czech rodne cislo with a slash, Nordic personal numbers glued or hyphenated, IBANs in blocks or
glued, dates in words in each language, inflected place names and street-first or number-first
addresses. Next to them sit many look-alikes that must survive: doses, lab values, scores, PZN,
CIP and AIC drug codes, lot numbers and expiry dates, tariff and procedure codes (GOÄ, GOP, OPS,
CCAM, ICD, Italian and Belgian nomenclature), insurer IK numbers, trial registration numbers
(EudraCT, EU CT, CCMO), app versions, pager extensions and room or bed numbers.
The probe measures recall on identifiers in unseen languages and formats and precision on the
clinical numbers around them.

What: ten styles of ten notes each: discharge letters (Arztbrief, lettre de liaison, lettera di
dimissione, informe d'alta, ontslagbrief, karta informacyjna, epikris, Austrittsbericht,
propoustěcí zpráva), ward progress notes, GP referrals and e-referrals, nursing handovers,
pharmacy and e-prescription records, teleconsultation notes, insurer and billing documents,
home-monitoring and device logs, clinical-trial enrolment and consent logs, and incident and
complaint reports. Notes are set in Germany, Austria, Switzerland, France, Belgium, the
Netherlands, Spain and Catalonia, Italy, Portugal, Poland, Czechia, Sweden, Norway, Denmark and
Finland, mostly in the local language, some in English written by expatriate or cross-border
teams. All people are invented. Every identifier is marked inline as [[LABEL|category:value]].
Conventions: personal names are PERSON|name with titles and honorifics (Dr, Prof., Herr, Frau,
Mag., M., Mme, Pr, dhr., mevr., Dña., Sig.ra, dott.ssa, lek., p., MUDr.) outside the span;
"SURNAME, Given" and "SURNAME Given" are one span, a given name alone, initials plus surname and
name particles (van, de, el, i) are inside their span, bare staff initials are not marked, and
disease or score eponyms (Child-Pugh, Ivor-Lewis, Conley, Braden) are not names. A full street
address from street or building to postcode and town is one ADDRESS|geo span; towns, districts,
named hospitals (including hospital names that contain a person's name, such as Gustave Roussy or
Jeroen Bosch Ziekenhuis), clinics, practices, pharmacies and care homes are LOCATION|geo, an
inflected place name is marked as written (Laakson sairaalaan); regions, countries, insurers and
national agencies (AOK, ÖGK, CSS, VZP, SNS 24, Mapfre) are not marked. Dates more specific than a
year are DATE|date, a weekday written with its date is in the same span, a clock time after a
date stays outside unless it is part of one ISO timestamp, a year alone is marked only as a year
of birth, and weekdays alone, durations, document versions and product expiry dates are not
marked. Ages over 89 are AGE|date, other ages of the note's patient AGE|other. Phones are
PHONE|phone and fax numbers PHONE|fax, with the country code inside the span. National ID, tax and
social-security numbers (SVNR, AHV, NIR, INSZ/NISS, BSN, DNI, NIE, Spanish NAF, codice fiscale,
NIF, PESEL, rodne cislo including its use as Czech insurance number, personnummer,
fodselsnummer, CPR, HETU) are ID|ssn; hospital record and case numbers are ID|mrn; insurance
member numbers (KVNR, PKV and Swiss policy numbers, card numbers, CIP, CIPA, NUHSA, SNS user
number, tessera sanitaria, mutuelle number, GHIC) are ID|health_plan; IBANs, national account
numbers, invoice numbers addressed to a person and payment references (structured
communication, RF creditor reference) are ID|account; doctor and practice registrations (LANR,
BSNR, RPPS, NPWZ, AGB, HPR, HSA-id, GLN, ZSR, colegiado, ydernummer, forskrivarkod, Italian
regional prescriber code, Portuguese OM number) are ID|license; plates and VINs are
VEHICLE|vehicle (also plates of relatives' cars, rental cars, taxis and ambulances); implant,
monitor, sensor and ventilator serials, IMEIs and MAC addresses are DEVICE|device; signature,
voice, face, palm-vein and fingerprint template ids are ID|biometric; scan and photo file names
containing a name or an ID are ID|photo; patient- or practice-specific links are URL|url; IPv4 and
IPv6 addresses are IP|ip; every other unique code (e-prescription task ids and access codes, NRE,
referral and access codes, episode, claim, policy, complaint and incident numbers, specimen ids,
study participant and screening ids, passports, usernames and session ids, court file numbers)
is ID|other. Check-digit identifiers pass their checksums.

How: cd /work/main && .venv/bin/python scripts/make_probe66_corpus.py (writes corpus/redaction/probe66.jsonl).
"""
# ruff: noqa: RUF001

from pathlib import Path

from make_safe_harbor_suite import write_styled

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "corpus" / "redaction" / "probe66.jsonl"

STYLE_A = [
    """[[LOCATION|geo:Universitätsklinikum Freiburg]] · Klinik für Innere Medizin III – Kardiologie und Angiologie
Sekretariat Tel. [[PHONE|phone:0761 270-34010]] · Fax [[PHONE|fax:0761 270-34120]]

[[LOCATION|geo:Freiburg]], [[DATE|date:14.03.2024]]

ARZTBRIEF (vorläufig)
Pat.: [[PERSON|name:Reinholdt, Gisela]], * [[DATE|date:03.07.1951]], [[ADDRESS|geo:Schwarzwaldstr. 8a, 79117 Freiburg]]
KVNR [[ID|health_plan:M582044179]] | Fall-Nr. [[ID|mrn:2024031187]] | Station Med 4, Zi. 412/2

Sehr geehrte Kolleginnen und Kollegen,
wir berichten über Ihre Patientin, die sich seit dem [[DATE|date:06.03.]] in unserer stationären Behandlung befand.

Diagnosen: NSTEMI (I21.4) bei koronarer 3-Gefäßerkrankung, PCI mit 2x DES RIVA (OPS 8-837.m1); art. Hypertonie; Diabetes mellitus Typ 2 (E11.9), HbA1c 7,4 %.
Verlauf: hs-TnT 412 -> 96 ng/l, LVEF 45 % (Simpson biplan). Koronarangiographie am [[DATE|date:Donnerstag, den 7. März]] über A. radialis re.
Medikation: ASS 100 mg 1-0-0, Prasugrel 10 mg 1-0-0 für 12 Monate, Atorvastatin 80 mg 0-0-1, Metformin 1000 mg 1-0-1.
Wiedervorstellung Herzinsuffizienz-Ambulanz in 6 Wochen, Termin folgt. Kein Fahrzeugführen für 4 Wochen.

Mit freundlichen kollegialen Grüßen
Prof. Dr. [[PERSON|name:Constanze Wirtz-Albrecht]]          Dr. [[PERSON|name:Jonas Fehrenbach]], LANR [[ID|license:683041701]]""",
    """[[LOCATION|geo:HOSPICES CIVILS DE LYON]] – [[LOCATION|geo:Hôpital Édouard Herriot]]
Service d'hépato-gastro-entérologie, pavillon H – Secrétariat : [[PHONE|phone:04 72 11 62 70]] – Télécopie : [[PHONE|fax:04 72 11 62 77]]

LETTRE DE LIAISON À LA SORTIE
Patiente : Mme [[PERSON|name:FAURE-LEBLANC Nathalie]], née le [[DATE|date:17/05/1964]] – NIR [[ID|ssn:2 64 05 69 123 047 71]] – IPP [[ID|mrn:0047281936]]
Hospitalisation de 7 jours, sortie le [[DATE|date:11 mars 2024]] (UH 5B, chambre 12, lit porte).
Médecin traitant : Dr [[PERSON|name:Karim Benali]] – RPPS [[ID|license:10003482717]]

Motif : décompensation oedémato-ascitique d'une cirrhose alcoolique Child-Pugh B8, MELD 14. Ponction évacuatrice de 6,5 L, compensée par albumine 20 %.
Biologie de sortie : Na 131 mmol/L, créat 88 µmol/L, INR 1,6, plaquettes 92 G/L.
Traitement : spironolactone 75 mg/j, furosémide 40 mg/j, propranolol 40 mg x 2, thiamine 250 mg/j.
Consultation post-hospitalisation le [[DATE|date:mardi deux avril deux mille vingt-quatre]] à 14 h 15 avec le Dr [[PERSON|name:Hélène Vasseur]].""",
    """ASST [[LOCATION|geo:GRANDE OSPEDALE METROPOLITANO NIGUARDA]] – S.C. Neurologia e Stroke Unit
Centralino – tel. [[PHONE|phone:+39 02 6444 2351]]

LETTERA DI DIMISSIONE
Paziente: [[PERSON|name:BRUNETTI Giovanna]]   nata il [[DATE|date:01/08/1952]]   C.F. [[ID|ssn:BRNGNN52M41F205G]]
N. nosologico [[ID|mrn:2024/004417]]   Tessera sanitaria n. [[ID|health_plan:80380000500124458710]]
Ricovero dal [[DATE|date:ventisei febbraio 2024]] (degenza 10 giorni). Letto 14, Stroke Unit.

Diagnosi principale: ictus ischemico emisferico sinistro (ICD-9-CM 434.11), NIHSS all'ingresso 9, alla dimissione 3. Trombolisi e.v. con alteplase 0,9 mg/kg alle 10:42 (door-to-needle 38 min).
Fattori di rischio: FA parossistica (CHA2DS2-VASc 5), ipertensione arteriosa.
Terapia domiciliare: apixaban 5 mg 1 cp x 2, atorvastatina 40 mg la sera. Controllo presso ambulatorio TIA il [[DATE|date:18 aprile]].
La paziente ([[AGE|other:71]] anni) rientra a domicilio con la figlia [[PERSON|name:Chiara Ferrario]], cell. [[PHONE|phone:347 218 5530]].
Il medico dimettente: dott.ssa [[PERSON|name:Federica Colombo-Sala]]""",
    """[[LOCATION|geo:Hospital Clínic de Barcelona]] · Servei de Pneumologia
INFORME D'ALTA HOSPITALÀRIA
Pacient: [[PERSON|name:Jordi Puigdevall i Serra]]   NHC: [[ID|mrn:3018842]]   CIP: [[ID|health_plan:PUSE0540817004]]   DNI: [[ID|ssn:47812356W]]
Data de naixement: [[DATE|date:17/08/1954]]   Edat: [[AGE|other:69]] anys
Domicili: [[ADDRESS|geo:C/ de Mallorca, 401, 4t 2a, 08013 Barcelona]]
Data d'ingrés: [[DATE|date:2 de març de 2024]]   Data d'alta: [[DATE|date:9/3/2024]]
Motiu d'ingrés: agudització greu de MPOC (GOLD E), pH 7,31, pCO2 58 mmHg; VMNI 3 dies (IPAP 16 / EPAP 6).
Tractament a l'alta: tiotropi/olodaterol 2,5/2,5 µg 2 inh/24 h, prednisona en pauta descendent 5 dies; oxigenoteràpia 2 L/min 16 h/dia.
Seguiment a l'[[LOCATION|geo:EAP Les Corts]] per la infermera gestora de casos; visita a consultes externes el [[DATE|date:dimarts 16 d'abril]].
Signat: Dra. [[PERSON|name:Montserrat Casals Vidal]], núm. col. [[ID|license:08-31527]]""",
    """[[LOCATION|geo:UMC Utrecht]] – Afdeling Interne Geneeskunde, [[ADDRESS|geo:Heidelberglaan 100, 3584 CX Utrecht]]
Aan: dhr. [[PERSON|name:R.J. Smits]], huisarts
Betreft: mevr. [[PERSON|name:Sanne de Graaf-Visser]], geb. [[DATE|date:12-11-1987]], BSN [[ID|ssn:238149079]], patiëntnr. [[ID|mrn:8841 2207]]

Geachte collega,
Uw patiënte was van [[DATE|date:28 februari]] t/m [[DATE|date:5 maart 2024]] opgenomen wegens een pyelonefritis rechts met bacteriëmie (E. coli, ESBL-negatief). CRP daalde van 287 naar 34 mg/L; kreatinine 71 µmol/L.
Beleid: ciprofloxacine 500 mg 2dd tot en met [[DATE|date:12-03-2024]]; controle poli nefrologie over 6 weken. Geen zwangerschapswens.
Met collegiale groet,
[[PERSON|name:Thijs Oosterhuis]], AIOS interne geneeskunde, sein 6612""",
    """[[LOCATION|geo:Szpital Uniwersytecki w Krakowie]] – Oddział Kliniczny Chirurgii Ogólnej
KARTA INFORMACYJNA LECZENIA SZPITALNEGO        Nr księgi głównej: [[ID|mrn:2024/11872]]
Pacjent: [[PERSON|name:Wojciechowski Tadeusz]], lat [[AGE|other:66]]   PESEL: [[ID|ssn:57031204813]]
Adres: [[ADDRESS|geo:ul. Długa 14 m. 6, 31-147 Kraków]]
Data przyjęcia: [[DATE|date:04.03.2024]]   Data wypisu: [[DATE|date:12 marca 2024 r.]]
Rozpoznanie: Ostre zapalenie pęcherzyka żółciowego (K81.0). Cholecystektomia laparoskopowa w 2. dobie. Przebieg pooperacyjny bez powikłań, CRP 212 -> 41 mg/l.
Zalecenia: kontrola w Poradni Chirurgicznej za 2 tyg. (zdjęcie szwów), dieta lekkostrawna, w razie gorączki >38°C kontakt z oddziałem.
Lekarz prowadzący: lek. [[PERSON|name:Agnieszka Zielińska-Kruk]] (NPWZ [[ID|license:2517209]])""",
    """EPIKRIS – [[LOCATION|geo:Sahlgrenska Universitetssjukhuset]], Ortopedi avd. 38
Patient: [[PERSON|name:Lindqvist, Britt-Marie]]   Pnr: [[ID|ssn:470523-3189]]
Vårdtid: [[DATE|date:2024-03-01]] – [[DATE|date:2024-03-08]]
Diagnos: Collumfraktur vä (S72.00), opererad med halvprotes [[DATE|date:den 2 mars]] (op-kod NFB29). Mobiliserad med rollator, Hb 104 g/L.
Läkemedel: Fragmin 5000 E x 1 sc i 4 v, Alvedon 1 g x 3, Oxynorm 5 mg vb.
Anhörig: dotter [[PERSON|name:Karin Lindqvist Åberg]], tel [[PHONE|phone:070-318 42 65]].
Uppföljning: återbesök ortopedmottagningen [[LOCATION|geo:Mölndals sjukhus]] om 6 v med rtg. Hemtjänst utökad fr.o.m. utskrivning.
Ansvarig läkare: [[PERSON|name:Mehmet Aydın]], leg. läkare""",
    """[[LOCATION|geo:Kantonsspital St.Gallen]] | Klinik für Allgemeine Innere Medizin | Tel. [[PHONE|phone:+41 71 494 11 11]] | Fax [[PHONE|fax:+41 71 494 28 83]]

AUSTRITTSBERICHT
Patient: Herr [[PERSON|name:Beat Zollinger-Hasler]], [[DATE|date:04.11.1949]], [[ADDRESS|geo:Bahnhofstrasse 21, 9100 Herisau]]
AHV-Nr. [[ID|ssn:756.6482.0391.72]] | Versichertenkarte [[ID|health_plan:80756001230044172395]] | Fall [[ID|mrn:41.228.903]]
Eintritt [[DATE|date:26.02.2024]], Austritt [[DATE|date:08.03.2024]]
Zuweisung durch den Hausarzt via Notfallstation.
Diagnosen: 1. Ambulant erworbene Pneumonie rechts basal, CURB-65 2. 2. Hypoaktives Delir, multifaktoriell. 3. St. n. Hüft-TP links 2016.
Procedere: Spitex ab [[DATE|date:Samstag, 9. März]] 2x täglich. Fahreignung aktuell nicht gegeben. Kontrolle beim Hausarzt in 1 Woche (CRP, Natrium).
Freundliche Grüsse
Dr. med. [[PERSON|name:Anna-Lena Grob]], Oberärztin""",
    """[[LOCATION|geo:Hospital de Faro]] – International Patient Office
DISCHARGE SUMMARY (English version for the patient's GP in the UK)
Patient: [[PERSON|name:Graham Whitcombe]]   DOB: [[DATE|date:22 Sept 1958]]   Proc. nº [[ID|mrn:H-1120345]]
SNS user no. [[ID|health_plan:284 613 907]]   GHIC [[ID|health_plan:80826 00004 71193 28815]]
Holiday address: [[ADDRESS|geo:Rua Infante D. Henrique 45, 2.º Esq., 8200-260 Albufeira]]
Admitted [[DATE|date:02/03/2024]] via Urgência after syncope on the beach; discharged [[DATE|date:6 March 2024]].
Findings: complete heart block, HR 34. Dual-chamber pacemaker implanted [[DATE|date:04/03/2024]] (Medtronic Azure XT DR MRI, serial [[DEVICE|device:RNB604182S]]; RA lead 5076-52, sn [[DEVICE|device:PJN7734120]]). Device card handed to the patient.
Fit to fly after 48 h; avoid lifting the left arm above shoulder height for 4 weeks.
Dr [[PERSON|name:Tiago Marques Fernandes]], Cardiologia – OM [[ID|license:51873]]""",
    """[[LOCATION|geo:Fakultní nemocnice Brno]] – Interní gastroenterologická klinika
PROPOUŠTĚCÍ ZPRÁVA
Pacientka: [[PERSON|name:Dvořáková Jana]], r.č. [[ID|ssn:665212/0332]], pojišťovna 111
Bydliště: [[ADDRESS|geo:Údolní 567/15, 602 00 Brno]]
Hospitalizace od [[DATE|date:4. března 2024]] do [[DATE|date:11. 3. 2024]]
Dg.: Krvácení z duodenálního vředu (K26.4), Forrest IIa, endoskopicky ošetřeno; posthemoragická anemie (Hb 78 g/l -> 104 g/l po 2 TU erymasy).
Doporučení: pantoprazol 40 mg 1-0-1, kontrolní gastroskopie za 8 týdnů, eradikace H. pylori dle výsledku. Pracovní neschopnost do [[DATE|date:25. 3.]]
Praktický lékař: MUDr. [[PERSON|name:Petr Hanák]], [[LOCATION|geo:Kuřim]]
Vypracoval: MUDr. [[PERSON|name:Lucie Benešová]], Ph.D.""",
]

STYLE_B = [
    """DEKURS – Univ.-Klinik für Innere Medizin II, Station 13i2, Bett 7
Pat. [[PERSON|name:Hofbauer Leopoldine]], SVNR [[ID|ssn:3054 281147]]
[[DATE|date:Mo., 11.03.2024]] 07:40 Visite OA: subj. besser, Dyspnoe NYHA III->II. RR 128/74, HF 82 SR, SpO2 95 % RL. Bilanz -1,2 l. NT-proBNP 4210 pg/ml (Vortag 6380).
Furosemid i.v. 40 mg 1-1-0, Umstellung p.o. morgen. K+ 3,6 mmol/l -> Kalioral 2x1.
14:15 Tochter Mag. [[PERSON|name:Sabine Hofbauer-Kranz]] tel. informiert ([[PHONE|phone:+43 664 3187 552]]), wünscht Rückruf vor Entlassung. Entlassung voraussichtl. Do. in die [[LOCATION|geo:Kurzzeitpflege Haus Rudolfsheim]].""",
    """[[LOCATION|geo:UZ Leuven]] – Geriatrie E 553, kamer 14 – Verloopnota [[DATE|date:dinsdag 5 maart 2024]]
Patiënt: [[PERSON|name:Maertens Gilbert]] (INSZ [[ID|ssn:47.01.18-311.46]])
Nacht rustig, 1x desoriëntatie om 03u10, DOS-schaal 4. Geen val. Mictie spontaan, residu 80 ml (bladderscan). MMSE 19/30, Katz B.
Zoon [[PERSON|name:Pieter]] belde (tel. [[PHONE|phone:0475/62.18.34]]): komt woensdag na 17u, wenst gesprek over opname in [[LOCATION|geo:WZC Ter Meeuwen]].
Plan: kine 2x/d, ergo valpreventie, stop lorazepam.""",
    """Unité 61 néphrologie – Observation médicale
[[DATE|date:07/03/24]] 09h00 – M. [[PERSON|name:Jean-Claude Mukendi Kabasele]], [[AGE|other:65]] ans, NISS [[ID|ssn:58.09.14-127.55]]
J3 post-biopsie rénale : pas d'hématurie macroscopique, Hb stable 10,8 g/dL. Créat 2,41 mg/dL (DFG 28). K+ 5,3.
Anapath en attente (prélèvement [[ID|other:B24-0071553]]). Épouse informée.
Sortie vendredi si Hb stable ; consultation Pr [[PERSON|name:Devuyst]] dans 15 jours. Lit 4 libéré pour admission de 14 h.""",
    """Journalnotat – Medisinsk avd., post M4, [[LOCATION|geo:Haukeland universitetssjukehus]]
Pasient: [[PERSON|name:Solveig Haugland]], f.nr. [[ID|ssn:09126633413]]
[[DATE|date:12.03.24]] kl 13.20 Stuegang: [[AGE|other:57]] år gammel kvinne innlagt med DKA (pH 7,12, BE -19, glukose 31 mmol/l). Nå på s.c. insulin, ketoner 0,4. Spiser og drikker.
Plan: diabetessykepleier i morgen, utskrivning torsdag dersom stabil. Samboer informert på tlf [[PHONE|phone:915 27 318]].""",
    """Hjertemedicinsk Klinik B 2142 – Daglig journalnotat
Pt.: [[PERSON|name:Jens Peter Kjærgaard]], CPR [[ID|ssn:140352-1987]]
[[DATE|date:06.03.2024]]: Obj.: BT 112/68, P 74 SR, T 36,9. Dræn fjernet. CRP 88. Mobiliseret til stol med fys.
Plan: Overflyttes til [[LOCATION|geo:Hvidovre Hospital]] [[DATE|date:fredag den 8. marts]]; hustru orienteret.
Ref.: [[PERSON|name:Sofie Dahl Mikkelsen]], reservelæge""",
    """Osasto 4B – päivittäismerkintä [[DATE|date:13.3.2024]]
Potilas: [[PERSON|name:Virtanen, Aino Kyllikki]]   HETU [[ID|ssn:030530-456D]]
Kierto: [[AGE|date:93]]-vuotias nainen, virtsatieinfektio ja delirium. CRP 146 -> 61. Kefuroksiimi 1,5 g x 3 iv, vaihto po huomenna. Syö puolet annoksesta. MMSE ei tehtävissä.
Poika soitti, toivoo jatkohoitoa [[LOCATION|geo:Laakson sairaalaan]]. /[[PERSON|name:Laura Heikkinen]], el""",
    """DIÁRIO CLÍNICO – Serviço de Medicina II, Enf. 5, cama 22
Doente: [[PERSON|name:Maria do Céu Pereira Antunes]]   Proc. [[ID|mrn:16.447.902]]
[[DATE|date:11-03-2024]] – Apirética há 48 h. Hemoculturas negativas. PCR 4,2 mg/dL. Mantém ceftriaxone 2 g id (D5/7).
Filha ([[PERSON|name:Ana Rita]]) pede informação; contacto [[PHONE|phone:912 604 318]]. Alta prevista com apoio da [[LOCATION|geo:Santa Casa da Misericórdia de Loures]].""",
    """UOC Geriatria, letto 8 – Diario clinico
[[DATE|date:09/03/2024]] h 11 – Sig.ra [[PERSON|name:Rossi Margherita]], [[AGE|date:93]] anni (CF [[ID|ssn:RSSMRT31B57L219P]]). Vigile, parzialmente orientata. Barthel 35. Lesione da pressione sacrale stadio II (Braden 12).
Nipote avvisato della consulenza palliativista.
h 18 – invariata. Prosegue idratazione 1000 ml/die. dr.ssa [[PERSON|name:Beatrice Onorato]]""",
    """Internal Medicine, International Patients Unit – progress note (English)
[[DATE|date:Sat 09-Mar-2024]] 10:15. Mr [[PERSON|name:Hendrik-Jan Bosman]], Dutch resident of [[LOCATION|geo:Estepona]], NIE [[ID|ssn:Y2046183W]], [[AGE|other:68]]y.
Day 3 of IV amoxicillin-clavulanate for LLL pneumonia. Afebrile since 18:00 yesterday, SpO2 94% on 2 L. CURB-65 1, Legionella urinary antigen negative.
Partner asks about flying home next week; advised to wait for review on Monday.
Dr [[PERSON|name:A. Ruiz-Calderón]] (FEA Medicina Interna)""",
    """Verlaufsdokumentation ärztl. – Interdisziplinäre Intensivstation 1/3, Bettplatz 5 – [[DATE|date:2024-03-12]] 06:30
Pat.: [[PERSON|name:Krüger, Dieter]], Pat.-ID [[ID|mrn:60031877]], Tag 4 nach Ösophagusresektion (Ivor-Lewis).
Beatmung: BIPAP 20/8, FiO2 0,35, Horovitz 240. Respirator Evita V800 SN [[DEVICE|device:ASFN-0381]].
Noradrenalin 0,08 µg/kg/min, Laktat 1,4 mmol/l. Drainage 180 ml serös. CAM-ICU negativ.
Ehefrau [[PERSON|name:Renate Krüger]] ist Betreuerin (Az. [[ID|other:702 XVII 1184/24]]), heute 16 Uhr Angehörigengespräch.""",
]

STYLE_C = [
    """Krankenkasse bzw. Kostenträger: AOK Baden-Württemberg        Kostenträgerkennung 108018007
Name, Vorname des Versicherten: [[PERSON|name:Schäfer, Tobias]]        geb. am [[DATE|date:19.06.84]]
[[ADDRESS|geo:Neckarstr. 41, 70190 Stuttgart]]
Versicherten-Nr. [[ID|health_plan:K319206648]]   Status 1000000
Betriebsstätten-Nr. [[ID|license:611234500]]   Arzt-Nr. [[ID|license:225917623]]   Datum [[DATE|date:08.03.24]]
Überweisungsschein  Muster 6   Kurativ [X]
Überweisung an: Neurologie   Auftrag: Abklärung Parästhesien bds., V.a. Polyneuropathie; bitte ENG/NLG.
Diagnosen: G62.9 G; E11.40 V   Befunde: HbA1c 8,1 %, Vit. B12 186 pg/ml
Praxis Dr. med. [[PERSON|name:Helga Brandstätter]], Fachärztin für Allgemeinmedizin – Fax [[PHONE|fax:0711 2 86 41 99]]""",
    """SERVIZIO SANITARIO NAZIONALE – REGIONE LAZIO        PROMEMORIA PER L'ASSISTITO
RICETTA ELETTRONICA   NRE: [[ID|other:1200A4018833762]]
COGNOME E NOME: [[PERSON|name:DI LUCA ANTONIO]]        CODICE FISCALE: [[ID|ssn:DLCNTN63L15H501P]]
INDIRIZZO: [[ADDRESS|geo:VIA TUSCOLANA 612 00181 ROMA RM]]
ESENZIONE: 0A31   PRIORITA': B   TIPO RICETTA: SSN
PRESCRIZIONE: 89.7 VISITA CARDIOLOGICA   QTA 1 ; 89.52 ELETTROCARDIOGRAMMA   QTA 1
QUESITO DIAGNOSTICO: dolore toracico da sforzo in iperteso, ECG con T negative V4-V6
DATA: [[DATE|date:05/03/2024]]   COD. MEDICO [[ID|license:RM0047719]]   dott. [[PERSON|name:Salvatore Iannuzzi]]   fax studio [[PHONE|fax:06 7834 2291]]""",
    """SERVICIO ANDALUZ DE SALUD – [[LOCATION|geo:Centro de Salud Polígono Norte]]
HOJA DE INTERCONSULTA – DERIVACIÓN A ATENCIÓN HOSPITALARIA
Paciente: [[PERSON|name:Rocío Fernández Moreno]]   NUHSA: [[ID|health_plan:AN0748123651]]   DNI: [[ID|ssn:29104873Y]]
Tfno.: [[PHONE|phone:654 21 88 03]]
Servicio destino: Dermatología – [[LOCATION|geo:Hospital Universitario Virgen Macarena]]
Motivo: lesión pigmentada dorsal de 9 mm, asimétrica, cambio de color en 3 meses (ABCDE 4/5). Dermatoscopia: retículo atípico. Prioridad: preferente.
Antecedentes: fototipo II, quemaduras solares en la infancia. NAMC.
Dr. [[PERSON|name:José Manuel Rivas Ortega]] · Col. nº [[ID|license:41/0912384]] · [[DATE|date:11 de marzo de 2024]]""",
    """ZorgDomein verwijzing – referentienummer [[ID|other:ZD-7731-4428-9015]]
Van: [[LOCATION|geo:Huisartsenpraktijk De Wielewaal]], AGB-code [[ID|license:01034567]]
Naar: Orthopedie, [[LOCATION|geo:Sint Maartenskliniek]]
Patiënt: dhr. [[PERSON|name:Y. el Idrissi]], geb. [[DATE|date:3 juni 1971]], BSN [[ID|ssn:192045684]]
Vraagstelling: aanhoudende pijn rechterknie sinds 5 mnd, nachtpijn, loopafstand < 500 m. Röntgen: Kellgren-Lawrence 3 mediaal. BMI 31. Graag beoordeling voor TKP.
Medicatie: paracetamol 1 g 3dd, naproxen 250 mg z.n., omeprazol 20 mg.""",
    """e-SKIEROWANIE – informacja dla pacjenta
Kod dostępu: [[ID|other:4819]]   PESEL: [[ID|ssn:88112473965]]
Pacjent: [[PERSON|name:Katarzyna Nowicka]], [[ADDRESS|geo:ul. Marszałkowska 84/92 lok. 117, 00-514 Warszawa]]
Skierowanie do: Poradnia Endokrynologiczna
Rozpoznanie: E05.0 – nadczynność tarczycy z wolem rozlanym; TSH < 0,01 mIU/l, fT4 38 pmol/l, TRAb 9,4 IU/l.
Data wystawienia: [[DATE|date:7 marca 2024]]   Lekarz: lek. [[PERSON|name:Paweł Grabowski]], NPWZ [[ID|license:3630482]]""",
    """REMISS → Reumatologmottagningen, [[LOCATION|geo:Danderyds sjukhus]]
Patient: [[PERSON|name:Yusuf Haddad]], [[ID|ssn:19920411-2875]]
Frågeställning: Inflammatorisk ryggsjukdom? Morgonstelhet > 1 h, HLA-B27 pos, CRP 24, SR 31. God NSAID-effekt. Önskar bedömning och MR SI-leder.
Remitterande: [[PERSON|name:Elin Sjöberg]], ST-läkare, [[LOCATION|geo:Vårdcentralen Kungsholmen]], [[DATE|date:2024-03-05]]
Patienten nås via 1177-inkorgen.""",
    """HENVISNING – Poliklinikk for øre-nese-hals, [[LOCATION|geo:St. Olavs hospital]]
Fra: fastlege [[PERSON|name:Kristoffer Brekke]], HPR-nr [[ID|license:9144387]]
Pasient: [[PERSON|name:Sindre Eliassen]], fnr [[ID|ssn:160401 62317]], [[ADDRESS|geo:Ringvebukta 7, 7040 Trondheim]]
Problemstilling: residiverende tonsillitter, 6 episoder siste 12 mnd, 2 peritonsillære abscesser (siste drenert [[DATE|date:19.01.2024]]). Ønsker vurdering av tonsillektomi.
Penicillinallergi: nei. Kontakt: [[PHONE|phone:+47 481 22 907]].""",
    """Dr [[PERSON|name:Isabelle Marchetti-Roux]] – Médecin généraliste
[[ADDRESS|geo:4 bis, avenue Jean Jaurès, 13100 Aix-en-Provence]] – Fax [[PHONE|fax:04 42 26 99 41]] – RPPS [[ID|license:10005921860]]
À l'attention du service de Rhumatologie
Le [[DATE|date:vendredi 8 mars 2024]]
Cher confrère,
Je vous adresse Mme [[PERSON|name:Clémence Arnaud]], [[AGE|other:31]] ans (NIR [[ID|ssn:2 93 01 13 055 118 30]]), pour une polyarthrite des petites articulations des mains évoluant depuis 10 semaines : DAS28-CRP 5,1, anti-CCP 240 U/mL, FR positif. Pas d'érosion sur les radiographies.
Merci de votre avis pour l'introduction d'un traitement de fond (méthotrexate ?). Bien confraternellement.""",
    """REFERRAL LETTER – [[LOCATION|geo:Zuidas International GP]], [[ADDRESS|geo:Gustav Mahlerplein 53, 1082 MS Amsterdam]]
To: Gynaecology outpatients, [[LOCATION|geo:OLVG Oost]]
Re: Ms [[PERSON|name:Rachel Goldberg-Hayes]], BSN [[ID|ssn:305782125]]
Dear colleague, I would be grateful if you could see this [[AGE|other:38]]-year-old G2P1 (US citizen, in NL since 2019) with heavy menstrual bleeding, PBAC 240, Hb 6.1 mmol/L, ferritin 4 µg/L. Our TVUS on [[DATE|date:29 Feb]] showed a 34 mm intramural fibroid (FIGO 4).
She prefers consultations in English: [[EMAIL|email:rachel.gh@proton.me]].
Kind regards, Dr [[PERSON|name:Femke Jansen]]""",
    """ZUWEISUNG an Universitätsklinik für Dermatologie, [[LOCATION|geo:Inselspital Bern]]
Von: Dr. med. [[PERSON|name:Reto Aebischer]], Hausarztpraxis, GLN [[ID|license:7601001028456]], Fax [[PHONE|fax:031 992 14 07]]
Patientin: [[PERSON|name:Ramona Brunner]], geb. [[DATE|date:22.10.1990]], AHV [[ID|ssn:756.3115.7204.83]], CSS Vers.-Nr. [[ID|health_plan:417.338.210]]
Fragestellung: therapieresistente Acne inversa Hurley II; Einschätzung Adalimumab vs. Isotretinoin. Kontrazeption: Kupferspirale seit [[DATE|date:Juni 2022]].
Vorbehandlung: Doxycyclin 100 mg 3 Mt., Clindamycin/Rifampicin 10 Wo.""",
]

STYLE_D = [
    """SBAR-overdracht avond -> nacht, afd. 7 Noord, [[LOCATION|geo:Erasmus MC]]
K712-2: mevr. [[PERSON|name:Bakker-Hoekstra]] ([[AGE|other:81]]), dag 2 na heupfractuur-OK.
S: onrustig sinds 19u, trekt aan infuus. B: bekend met vasculaire dementie, woont in [[LOCATION|geo:Vlaardingen]]. A: DOS 5, temp 37,9, sat 93% bij 2L O2, Hb 6,4. Pijnscore 6 -> 3 na oxycodon 5 mg om 20:30.
R: arts-assistent [[PERSON|name:Noor]] (sein 4471) bellen bij DOS >= 6; dochter [[PERSON|name:Ellen]] mag 's nachts bellen: [[PHONE|phone:06-22871450]].""",
    """TRANSMISSIONS CIBLÉES – nuit du [[DATE|date:14 au 15 mars]] – Médecine interne, 4e étage, [[LOCATION|geo:Hôpital Lariboisière]]
Ch. 418 – M. [[PERSON|name:Diallo Mamadou]], 74 kg
Cible : douleur. D : EVA 7 au flanc gauche à 2 h. A : paracétamol 1 g IV + néfopam 20 mg selon PM. R : EVA 3 à 3 h.
Cible : diabète. D : glycémie capillaire 0,58 g/L à 5 h 40. A : resucrage 15 g, recontrôle 1,12 g/L. R : à signaler à l'interne, Dr [[PERSON|name:Lemaire]].
Ch. 421 – Mme [[PERSON|name:Thérèse Vidal]], [[AGE|date:96]] ans, RAS, chute évitée, barrières relevées à sa demande.
IDE de nuit / AS : CB""",
    """Übergabe Frühdienst -> Spätdienst, Wohnbereich 2, [[LOCATION|geo:Seniorenzentrum Am Auwald]], [[LOCATION|geo:Leipzig-Schleußig]]
Zi. 204: Fr. [[PERSON|name:Gerlinde Uhlig]] ([[AGE|date:91]] J.), PG 4 – Trinkmenge bis 11 Uhr nur 350 ml, Einfuhrprotokoll weiterführen. Dekubitus sakral Kat. 2, VW mit Hydrokolloid (Ch.-B. 23K118) heute erneuert. Braden 13.
Zi. 207: Hr. [[PERSON|name:Kowalczyk]] – BZ 7:00 248 mg/dl, Insulin nach Schema 6 IE gegeben. Sohn bringt heute neue Hörgeräte-Batterien (Gr. 312).
Zi. 211: neu eingezogen am [[DATE|date:Montag, 11.3.]], Fr. [[PERSON|name:Ilse Brückner]], Sturzrisiko hoch (Tinetti 14), Hausarzt kommt Do. zur Visite.""",
    """RELEVO DE ENFERMERÍA – turno de noche, 5ª planta, Cirugía General, [[LOCATION|geo:Hospital Universitario La Paz]]
Hab. 512-B: Dña. [[PERSON|name:Encarnación Ruiz Gallego]]. Postoperatorio de hemicolectomía derecha (día +1). Drenaje 60 ml serohemático. Diuresis 0,6 ml/kg/h. EVA 4 con metamizol 2 g/8 h.
Hab. 514-A: [[PERSON|name:Iker Zubizarreta]], [[AGE|other:44]] años, pendiente de TAC abdominal a las 8:00; en ayunas desde las 24:00. Alergia a contrastes yodados: NO.
Hija de la 512 pregunta por el parte médico; su móvil [[PHONE|phone:+34 622 418 903]].""",
    """CONSEGNE INFERMIERISTICHE – Medicina Interna 2, [[LOCATION|geo:IRCCS Ospedale San Raffaele]] – notte [[DATE|date:12/13 marzo]]
Letto 3: sig. [[PERSON|name:Gallo Franco]], [[AGE|other:79]] aa, SNG in aspirazione, ristagno 300 ml ore 4. K 3,1 -> KCl 40 mEq in 500 ml in corso. Diuresi 1200/24 h.
Letto 6: sig.ra [[PERSON|name:Esposito Maria Carmela]] — Conley 5, contenzione NO, spondine SÌ. Glicemia h 22: 186 mg/dl, 4 UI insulina lispro.
Familiare di riferimento letto 6: il figlio [[PERSON|name:Gennaro]], cell. [[PHONE|phone:338 604 1172]].""",
    """Överrapport SBAR kväll -> natt, avd. K72, [[LOCATION|geo:Karolinska Universitetssjukhuset Solna]]
Sal 3 säng 2: [[PERSON|name:Gunnar Forsberg]], [[AGE|other:84]] år. S: ökad andfåddhet sedan kl 18. B: KOL, hjärtsvikt EF 35 %. A: AF 26, sat 88 % på 2 l, NEWS2 7. R: BAS-jour [[PERSON|name:Omar]] kontaktad, blodgas tagen, ställningstagande NIV. Handflatescanning vid läkemedelsutdelning: mall-ID [[ID|biometric:PV-0087-2231-K72]].
Sal 5: [[PERSON|name:Ebba Nyström]], opererad idag (lap. app.), smärta VAS 2, mobiliserad.""",
    """Vagtrapport aften, Afsnit E3, [[LOCATION|geo:Aarhus Universitetshospital]]
Stue 6: [[PERSON|name:Karen Margrethe Bech]], indlagt med pneumoni, EWS 4 kl. 21 (RF 22, SAT 92 % på 1 l). Drikker dårligt, væskeskema startet. Fik 2 g Zinacef kl. 22.
Stue 8: [[PERSON|name:Niels]] fra [[LOCATION|geo:Viby J]], delir-screening CAM positiv kl. 20. Vagtlæge [[PERSON|name:Anders Holm]] tilset, Haldol 0,5 mg givet.
Datter til stue 6 ringer i morgen tidlig; hun er tilknyttet hjemmeplejen i [[LOCATION|geo:Skanderborg Kommune]].""",
    """RAPORTTI ilta -> yö, osasto 3E, [[LOCATION|geo:TAYS]]
Huone 12: [[PERSON|name:Pekka Lehtonen]], [[AGE|other:71]] v, ST-nousuinfarktin pallolaajennus tänään klo 10. Nivusen pistokohta siisti, ei hematoomaa. RR 118/70, syke 64. Tikagrelori 90 mg x 2.
Huone 14: [[PERSON|name:Seija Mäkinen]], kotiutuu huomenna kotihoitoon ([[LOCATION|geo:Hervanta]]). Saattaja tyttären mies, tulee klo 13.
Yöhoitaja [[PERSON|name:Riikka]] ottaa vastaan klo 21.""",
    """Handover (Euregio cross-border unit, English as working language) – Cardiology ward B4, [[LOCATION|geo:Maastricht UMC+]]
Bed 12: Mr [[PERSON|name:Wolfgang Pütz]] from [[LOCATION|geo:Herzogenrath]], German-insured (TK), admitted via the [[LOCATION|geo:Uniklinik RWTH Aachen]] cath lab. Radial band removed 16:00, site OK. Troponin 3rd sample pending. Speaks German only, his wife [[PERSON|name:Ulrike]] interprets.
Their car ([[VEHICLE|vehicle:AC-WP 1958]]) is in P2 and gets clamped after 48 h – security asked us to tell them.
Bed 14: empty, clean, ready for admission from the ED.""",
    """RAPORT PIELĘGNIARSKI – Oddział Chorób Wewnętrznych, [[LOCATION|geo:Uniwersyteckie Centrum Kliniczne]] w [[LOCATION|geo:Gdańsku]], dyżur nocny [[DATE|date:10/11.03.2024]]
Sala 7, łóżko 2: p. [[PERSON|name:Zofia Kamińska]], lat [[AGE|other:86]] – odleżyna kości krzyżowej II st., zmiana opatrunku, zdjęcie rany zapisane jako [[ID|photo:rana_Kaminska_Zofia_20240310.jpg]]. Skala Norton 9.
Sala 9: p. [[PERSON|name:Bogdan Wiśniewski]] – gorączka 38,6 °C o 2:00, pobrano posiew krwi, podano paracetamol 1 g iv.""",
]

STYLE_E = [
    """E-Rezept – Abgabedatensatz [[LOCATION|geo:Löwen-Apotheke Neckarstadt]]
Task-ID: [[ID|other:160.100.004.812.274.21]]
AccessCode: [[ID|other:4f8a2c7d91e0b3a65c2d8e17f09b4a63d2c15e8f7a09b6d4c3e21f80a97b5c61]]
Versicherte: [[PERSON|name:Yılmaz, Ayşe]]   KVNR [[ID|health_plan:T705513824]]   geb. [[DATE|date:23.09.1961]]
Verordnung vom [[DATE|date:11.03.2024]]: Ramipril 5 mg 100 Tbl. N3, PZN 08913431, 1-0-0; abgegeben Ch.-B. RX4471, verw. bis 09/2026. Zuzahlung 5,00 EUR, aut idem: nein.
Verordnender Arzt: Dr. med. [[PERSON|name:Stefan Vogt]], LANR [[ID|license:914466503]], BSNR [[ID|license:521234600]]""",
    """e-Rezept   REZEPT-ID [[ID|other:8K3M 9QH2 T7PX]]   Kasse: ÖGK
Pat.: [[PERSON|name:Brandl Josef]]   SVNR [[ID|ssn:6147170538]]
Eliquis 5 mg Filmtabl. 60 St. (Pharmazentralnr. 3828149) S: 1-0-1
Rezeptgebühr EUR 7,10 – keine Befreiung. Abgabe [[DATE|date:07.03.2024]], [[LOCATION|geo:Stern-Apotheke Maxglan]]
Hinweis: Wechselwirkungscheck e-Medikation: Diclofenac (OTC, Selbstmedikation) -> Blutungsrisiko, Kunde beraten.""",
    """[[LOCATION|geo:Pharmacie du Marché]] – [[ADDRESS|geo:8, place Saint-Louis, 29200 Brest]] – Fax [[PHONE|fax:02 98 44 71 06]]
FACTURE SUBROGATIVE – Tiers payant
Assuré : [[PERSON|name:LE GALL Yannick]]   NIR [[ID|ssn:1 52 11 33 063 049 83]]   Régime 01 – Caisse 291
Mutuelle : adhérent n° [[ID|health_plan:HM-00418273]]
Prescripteur : Dr [[PERSON|name:Morvan]] – RPPS [[ID|license:10012274592]] – ordonnance du [[DATE|date:04/03/2024]]
Kardégic 75 mg (CIP 3400935861743) x 3, lot 2311452, pér. 11/2026 ; Bisoprolol 2,5 mg x 3 ; taux 65 %, honoraire de dispensation 1,02 EUR.""",
    """Recepta electrònica – Pla de medicació actiu
Pacient: [[PERSON|name:Núria Ferrer Batlle]]   CIP: [[ID|health_plan:FEBA1850692001]]   TSI 002
Farmàcia dispensadora: [[LOCATION|geo:Farmàcia Vilaró]], [[ADDRESS|geo:Carrer de Sant Pere, 23, 08201 Sabadell]]
Darrera dispensació: [[DATE|date:28/02/2024]]
Sintrom 4 mg 20 comp. (CN 655068.4) – mig comprimit segons pauta INR (INR 2,6); proper control al CAP el [[DATE|date:dijous 14 de març]].
Prescriptor: Dr. [[PERSON|name:Oriol Mas]], núm. col. [[ID|license:08-44021]]""",
    """PROMEMORIA RICETTA DEMATERIALIZZATA   NRE [[ID|other:0500A4129007731]]
ASSISTITO: [[PERSON|name:MARTINI SOFIA]]   CF [[ID|ssn:MRTSFO46E52D612W]]
Esenzione 048 – ticket EUR 2,00 a confezione
Letrozolo 2,5 mg 30 cpr (AIC 040512018) n. 2 confezioni – lotto M2319, scad. 08/2026
Spedita il [[DATE|date:6 marzo 2024]] presso [[LOCATION|geo:Farmacia San Marco]], [[LOCATION|geo:Mestre]]""",
    """e-RECEPTA – informacja dla pacjenta
Kod dostępu: [[ID|other:7281]]   PESEL: [[ID|ssn:41020555628]]
Pacjent: [[PERSON|name:Halina Jabłońska]]
Data realizacji od: [[DATE|date:2024-03-08]]
Rp. Bisocard 5 mg, 90 tabl., 1 x dziennie rano, odpłatność 30 %; Atoris 20 mg, 30 tabl., 1 x wieczorem, odpłatność 100 %.
Wystawca: lek. [[PERSON|name:Marek Dąbrowski]]. Zrealizowano w [[LOCATION|geo:Apteka Pod Orłem]], [[LOCATION|geo:Lublin]].""",
    """Läkemedelsförteckningen – utdrag, [[LOCATION|geo:Apoteket Hjärtat Torsplan]]
Kund: [[PERSON|name:Astrid Holmberg]] ([[AGE|date:91]] år), pnr [[ID|ssn:330217-8425]], ombud: dottern med fullmakt
Uttag [[DATE|date:2024-03-06]]: Eliquis 2,5 mg 168 st (varunr 405351), dos 1 x 2.
Förskrivare: [[PERSON|name:Johan Ek]], förskrivarkod [[ID|license:6412307]]
Högkostnadsskydd: 1 190 kr av 2 850 kr uppnått.""",
    """Reseptformidleren – utlevering, [[LOCATION|geo:Vitusapotek Lagunen]]
Pasient: [[PERSON|name:Knut Are Solberg]], fnr [[ID|ssn:30086042750]]
ReseptID [[ID|other:5e0b7c2a-41f3-4d8e-9a61-2f7c03b81d44]]
Metformin 500 mg, 200 tabl., blå resept § 4, refusjonskode T90, 1 x 2.
Rekvirent: [[PERSON|name:Hilde Nygaard]], HPR-nr [[ID|license:4127760]]. Utlevert [[DATE|date:05.03.2024]], neste uttak tidligst om 75 dager.""",
    """Fælles Medicinkort (FMK) – udskrift
CPR: [[ID|ssn:2811440622]]   Navn: [[PERSON|name:Birthe Sørensen]]
Ordination: Marevan 2,5 mg (varenr. 083576), dosering efter INR-skema, indikation atrieflimren; INR-mål 2,0-3,0
Ordineret af: [[PERSON|name:Lars Bjerregaard]], ydernr. [[ID|license:045281]]
Senest ekspederet [[DATE|date:29.02.2024]], [[LOCATION|geo:Frederiksberg Apotek]]""",
    """Reseptikooste (Kanta) – tulostettu [[DATE|date:8.3.2024]]
Potilas: [[PERSON|name:Kaisa Korhonen]], [[ID|ssn:141162Y582N]]
Lääkemääräyksen tunniste [[ID|other:1.2.246.10.38271044.14.2024.41977]]
Atorvastatin Orion 20 mg, 100 tabl (Vnr 458271), 1 x 1 illalla, Kela-korvaus 40 %.
Määrääjä: [[PERSON|name:Antti Salo]], [[LOCATION|geo:Terveystalo Kamppi]]. Toimitettu kahdesti, jäljellä 2 x 100 tabl.""",
]

STYLE_F = [
    """Videosprechstunde (zertifizierter Videodienstanbieter) – [[DATE|date:Di, 05.03.2024]], 16:20-16:34
Pat.: [[PERSON|name:Lea Marie Hoffmann]], KVNR [[ID|health_plan:H044782196]]; Identität per eGK im Videobild geprüft.
Raum-Link: [[URL|url:https://video.praxis-kessler-wiesloch.de/join/7Q2X-hoff]]
Foto vorab hochgeladen: [[ID|photo:IMG_Hoffmann_Lea_Unterarm_0305.jpg]]
Beschwerde: juckendes Exanthem beider Unterarme seit 4 Tagen, neue Armbanduhr. Befund im Video: scharf begrenzte Erytheme, keine Blasen.
Beurteilung: Kontaktdermatitis (L23.9). Mometason-Creme 0,1 % 1x tgl. für 7 Tage. Keine AU.
Abrechnung: GOP 03000, 01450. Dr. [[PERSON|name:Kessler]]""",
    """COMPTE RENDU DE TÉLÉCONSULTATION – [[DATE|date:12/03/2024]] 18 h 45
Patient : M. [[PERSON|name:Antoine Rouvier]], [[AGE|other:45]] ans, NIR [[ID|ssn:1780375056211 20]]
Journal de connexion : IP [[IP|ip:86.247.13.118]], Firefox 123, latence 140 ms, durée 11 min.
Salle : [[URL|url:https://teleconsult.cabinet-haddouche.fr/salle/7hQm2xKp]]
Motif : lombalgie aiguë après port de charge, EVA 6, pas de déficit moteur, pas de troubles sphinctériens. Schober 10+3.
Conduite : AINS 5 jours, kinésithérapie, arrêt de travail 3 jours.
Dr [[PERSON|name:Samia Haddouche]]""",
    """SNS 24 – Teleconsulta médica   Episódio [[ID|other:TC-2024-0316-55821]]
Utente: [[PERSON|name:Rui Miguel Carvalho]]   Nº utente [[ID|health_plan:219 407 368]]   NIF [[ID|ssn:194703223]]
Contacto: [[PHONE|phone:+351 936 472 105]] / [[EMAIL|email:ruimcarvalho78@sapo.pt]]
Data: [[DATE|date:16 de março de 2024]], 10h05
Queixa: odinofagia e febre 38,4 ºC há 2 dias; Centor 3, sem tosse. Amoxicilina 1 g 8/8 h 10 dias; receita sem papel enviada por SMS (código de acesso e de opção no telemóvel).
Médica: Dra. [[PERSON|name:Inês Sobral]]""",
    """TELEPORADA – [[LOCATION|geo:Przychodnia Zdrowie Plus]], [[LOCATION|geo:Poznań]]
Data: [[DATE|date:4 marca 2024 r.]], godz. 08:12, połączenie na nr [[PHONE|phone:+48 601 284 397]]
Pacjent: [[PERSON|name:Krzysztof Lewandowski]], PESEL [[ID|ssn:68093008158]] – tożsamość potwierdzona (imię, nazwisko, PESEL).
Wywiad: kaszel suchy od 3 dni, temp. 37,8 °C, bez duszności. Zalecenia: objawowe, kontrola osobista przy gorączce > 3 dni.
Wystawiono e-ZLA nr [[ID|other:ZY 4418275]] na 5 dni.
lek. [[PERSON|name:Aleksandra Mazur]]""",
    """Videobesök via 1177 – [[DATE|date:2024-03-07]] kl. 09:40
Inloggning BankID, sessions-ID [[ID|other:s-9f31c0d2a7]], klient-IP [[IP|ip:2001:9b1:40c2:8e00:5d41:2f7e:a1c3:b19]]
Patient: [[PERSON|name:Linnea Bergström]], [[ID|ssn:881102-5066]]
Röstprofil för telefonidentifiering registrerad: [[ID|biometric:VP-SE-00731428]]
Kontaktorsak: sveda vid miktion 2 dygn, ingen feber, ej gravid. Bedömning okomplicerad cystit. Nitrofurantoin 50 mg x 3 i 5 dagar.
Leg. läkare [[PERSON|name:Farid Rahimi]]""",
    """Videokonsultasjon – [[LOCATION|geo:Storgata legekontor]], [[LOCATION|geo:Tromsø]]
Dato: [[DATE|date:onsdag 6. mars 2024]] kl 11.00
Pasient: [[PERSON|name:Mari Johansen]], fnr [[ID|ssn:18095739462]]
Lenke sendt via Helsenorge: [[URL|url:https://video.helsenorge.no/m/4Kx9-Tq2L-88Zs]]
Oppfølging hypotyreose: TSH 2,1, fritt T4 15. Levaxin 100 µg videreføres. Ny blodprøve om 6 mnd.
/[[PERSON|name:Eirik Strand]], fastlege""",
    """Videokonsultation (MinLæge-app) [[DATE|date:04-03-2024]] 13:10
Pt. [[PERSON|name:Mikkel Lund Thomsen]], CPR [[ID|ssn:090791-1437]]
Forbindelseslog: IP [[IP|ip:87.61.204.33]], app-version 5.12.1, iOS 17.3
Astma, ACT 16, bruger Ventoline 0,1 mg 2 pust 4-5 gange ugentligt. Opstart Symbicort 160/4,5 1 pust x 2, recept sendt til [[LOCATION|geo:Nørrebro Apotek]].
Kontrol om 6 uger. Læge [[PERSON|name:Camilla Friis]]""",
    """TELEDERMATOLOGY CONSULT – English-language service for international residents
Client: [[PERSON|name:Marcus Okafor-Reid]] (Canadian, resident in [[LOCATION|geo:Cascais]]), username [[ID|other:mokafor.reid]], DOB [[DATE|date:02/11/1975]]
Upload log: [[DATE|date:2024-03-10T21:14:03+00:00]] from [[IP|ip:2a01:14:8070:5c20::1b7]]; files [[ID|photo:okafor-reid_back_mole_01.heic]], [[ID|photo:okafor-reid_back_mole_02.heic]]
Assessment: 7 mm irregular pigmented lesion, left scapula; atypical network, regression structures. Recommend excision biopsy within 2 weeks.
Report emailed to [[EMAIL|email:m.okafor.reid@gmail.com]]. Reviewer: Dr [[PERSON|name:Pieter Claes]]""",
    """TELEVISITA – Ambulatorio di Diabetologia, [[LOCATION|geo:ASST Papa Giovanni XXIII]]
Paziente: [[PERSON|name:GALLI FRANCESCA]]   CF [[ID|ssn:GLLFNC90S60G273S]]
Data: [[DATE|date:giovedì 7 marzo 2024]], ore 15:30 – link [[URL|url:https://televisita.asst-pg23.it/stanza/GF-20240307-1530]]
Diario glicemico caricato dalla paziente ([[ID|photo:diario_glicemie_Galli_F.pdf]]): medie 168 mg/dl, HbA1c 7,9 %. Glargine da 14 a 16 UI, ipoglicemie 0.
Referto inviato a [[EMAIL|email:francesca.galli90@libero.it]]""",
    """Telemedizinische Konsultation – Protokoll-Nr. [[ID|other:MG-24-0308-77412]]
Anrufer: [[PERSON|name:Luca Bernasconi]], [[DATE|date:08.03.2024]] 22:47, Rückrufnummer [[PHONE|phone:079 412 36 90]]
Versicherung: Modell Telmed, Versichertennummer [[ID|health_plan:L0833.2219.4]]
Symptome: Fieber 39,1 °C seit gestern, Husten, keine Dyspnoe, SpO2 (Heimgerät) 96 %. Triage-Stufe 3.
Empfehlung: Hausarztkonsultation innert 24 h, Termin organisiert bei [[LOCATION|geo:Medbase Lugano]]. Paracetamol 1 g max. 4x tgl.""",
]

STYLE_G = [
    """PRIVATÄRZTLICHE RECHNUNG   Rechnungs-Nr. [[ID|account:R-2024-00871]]   Datum [[DATE|date:15.03.2024]]
Frau Dr. phil. [[PERSON|name:Annette Lorenz]]
[[ADDRESS|geo:Am Kirchberg 3, 82319 Starnberg]]
Versicherungs-Nr. (PKV): [[ID|health_plan:A-4471-0923-88]]
Behandlung am [[DATE|date:28.02.2024]] – Diagnose R10.1 Oberbauchschmerz
GOÄ 1 (2,3-fach) 10,72 EUR | GOÄ 5 (2,3) 10,72 EUR | GOÄ 410 Sonographie 26,81 EUR | GOÄ 3550 Blutbild 4,08 EUR
Summe 52,33 EUR – zahlbar innerhalb 30 Tagen auf IBAN [[ID|account:DE93 1203 0000 0011 9046 27]] unter Angabe der Rechnungsnummer.""",
    """RELEVÉ DE PRESTATIONS SANTÉ – Complémentaire santé
N° adhérent : [[ID|health_plan:0294 817 362]]   Bénéficiaire : Mme [[PERSON|name:Sophie Delorme-Martin]]   NIR [[ID|ssn:2850692075254 58]]
[[ADDRESS|geo:Résidence Les Tilleuls, bât. C, 14 allée des Acacias, 92160 Antony]]
Soins du [[DATE|date:19/02/2024]] : consultation spécialiste (APC) base 55,00 EUR, RO 38,50 EUR, complémentaire 16,50 EUR ; échographie CCAM ZCQM001 base 56,70 EUR.
Virement de 34,01 EUR sur [[ID|account:FR76 3000 4008 2800 0119 3748 204]]
Pièce justificative reçue : [[ID|photo:scan_carte_vitale_2850692075254.pdf]]""",
    """FACTURACIÓN A TERCEROS – Convenio de asistencia sanitaria por accidentes de tráfico
Centro: [[LOCATION|geo:Hospital Universitario Miguel Servet]]
Lesionado: [[PERSON|name:Adrián Castillo Navarro]]   DNI [[ID|ssn:53390218L]]   NAF [[ID|ssn:28/10492376/20]]
Fecha del siniestro: [[DATE|date:23/02/2024]]   Matrícula: [[VEHICLE|vehicle:4821 KLM]]   Bastidor: [[VEHICLE|vehicle:VF1RJA00967281594]]
Aseguradora contraria: póliza [[ID|other:0961280047713]], nº siniestro [[ID|other:SIN-24-118347]]
Asistencia: urgencias nivel 3 + TC columna cervical + 2 consultas de traumatología. Importe total 1.248,60 EUR (tarifa convenio 2024).""",
    """RICEVUTA DI PAGAMENTO TICKET n. [[ID|account:2024/CUP/0039178]] – [[LOCATION|geo:AOU Careggi]]
Intestata a: [[PERSON|name:BIANCHI LAURA]]   C.F. [[ID|ssn:BNCLRA88P44A794L]]
Prestazioni erogate il [[DATE|date:13/03/2024]]: 88.74.1 ecografia addome superiore EUR 36,15 ; 90.62.2 emocromo EUR 4,10 ; quota fissa EUR 10,00
Totale EUR 50,25 pagato tramite pagoPA, codice avviso/IUV [[ID|account:RF130000000003917862]]
Eventuale rimborso su IBAN [[ID|account:IT28 X030 6909 6061 0000 0117 408]]""",
    """ZORGNOTA – declaratieoverzicht
Verzekerde: dhr. [[PERSON|name:M.A.J. Verhoeven]]   Polisnummer [[ID|health_plan:304218877]]   BSN [[ID|ssn:166340972]]
Declaratie [[DATE|date:22-02-2024]], [[LOCATION|geo:Jeroen Bosch Ziekenhuis]]: zorgproduct 131999047, bedrag EUR 1.386,00
Verplicht eigen risico ingehouden EUR 385,00 – restant vergoed aan zorgaanbieder.
Het eigen risico wordt overgemaakt van uw rekening [[ID|account:NL02RABO0318472650]] in 3 termijnen.""",
    """FACTURE PATIENT – [[LOCATION|geo:CHU UCL Namur]]
Patiente : [[PERSON|name:Lambert Véronique]]   NISS [[ID|ssn:71.03.22-086.87]]   Mutualité 3xx, n° [[ID|health_plan:117-0482219-44]]
Séjour du [[DATE|date:26/02/2024]] au [[DATE|date:01/03/2024]] – chambre commune, forfait journalier, code nomenclature 102771.
Quote-part personnelle 148,32 EUR ; suppléments 0,00 EUR.
Payer sur [[ID|account:BE82 0631 2845 0768]] avec la communication [[ID|account:+++090/4518/83240+++]]""",
    """VÝPIS Z INDIVIDUÁLNÍHO ÚČTU POJIŠTĚNCE
Pojištěnec: [[PERSON|name:Tomáš Novotný]], č. pojištěnce [[ID|ssn:8103045874]]
Adresa: [[ADDRESS|geo:Palackého třída 1212/85, 612 00 Brno]]
[[DATE|date:15. 2. 2024]] [[LOCATION|geo:Nemocnice Milosrdných bratří]] – výkony 09513, 09543, 412 bodů
Doplatky za léky nad limit 5 000 Kč: přeplatek 318 Kč bude poukázán na účet [[ID|account:19-2074815535/0800]].""",
    """HONORARNOTE Nr. [[ID|account:2024-0142]]
Wahlarztpraxis Dr. [[PERSON|name:Katharina Pichler-Wenz]], FÄ für Orthopädie, [[ADDRESS|geo:Mariahilfer Straße 88/2/14, 1070 Wien]]
Patient: [[PERSON|name:Stefan Gruber]], SVNR [[ID|ssn:2263 090772]]
Leistungen am [[DATE|date:1. März 2024]]: Erstordination EUR 120,00; ESWT Ferse EUR 90,00. Summe EUR 210,00 (USt-befreit).
Zahlbar auf [[ID|account:AT90 3200 0000 0274 1138]]. Zur Rückerstattung bei Ihrem Versicherungsträger einreichen (ca. 80 % des Kassentarifs).""",
    """INVOICE [[ID|account:CMB-24-03311]] – [[LOCATION|geo:Cabinet Médical du Mont-Blanc]], [[LOCATION|geo:Chamonix]]
Patient: [[PERSON|name:Oliver Pennington]], passport [[ID|other:538104772]], UK GHIC [[ID|health_plan:80826 00004 83301 71950]]
Staying at: [[ADDRESS|geo:35 allée du Recteur Payot, 74400 Chamonix-Mont-Blanc]]
Treated on [[DATE|date:Saturday 17 February 2024]] after a ski fall: distal radius fracture, closed reduction, cast.
Consultation 50,00 EUR; X-ray wrist 2 views 39,90 EUR; cast 79,14 EUR. Total 169,04 EUR paid by card; keep this invoice for your GHIC claim.
Patient must not drive: the rental car ([[VEHICLE|vehicle:FX-842-RB]]) will be returned by his partner.""",
    """LEISTUNGSABRECHNUNG – Kostengutsprache [[ID|other:KG-2024-118842]]
Versicherte Person: [[PERSON|name:Nadia Ferrari]], geb. [[DATE|date:30.01.1972]], AHV [[ID|ssn:756.9204.6613.54]]
Leistungserbringer: [[LOCATION|geo:Physio am Rhein]], ZSR [[ID|license:K 2281.17]]
Behandlungsserie: 9 Sitzungen Tarif 7301, CHF 48.42 pro Sitzung; Franchise CHF 300.00, Selbstbehalt 10 %.
Rückerstattung CHF 392.20 auf [[ID|account:CH14 3000 5215 0381 7446 9]]
Hotline-Authentifizierung per Stimmprofil aktiv (Voice-ID [[ID|biometric:VID-7741-0098-CH]]).""",
]

STYLE_H = [
    """HOME MONITORING – Ereignisbericht | Rhythmologie, [[LOCATION|geo:Herz- und Diabeteszentrum NRW]]
Pat.: [[PERSON|name:Friedhelm Pohlmann]] | Pat.-ID [[ID|mrn:HDZ-552081]]
Implantat: ICD 1-Kammer DX, SN [[DEVICE|device:83417520]] | Transmitter SN [[DEVICE|device:CM-4R-0061937]]
Übertragung [[DATE|date:2024-03-09]] 03:12 UTC+1: 1 Episode VT 188/min, ATP erfolgreich (1 Burst), keine Schockabgabe.
Batterie 8,1 J. (ERI nicht erreicht) | RV-Impedanz 512 Ohm | R-Welle 11,2 mV | Schockimpedanz 64 Ohm
Bewertung: keine Programmänderung, Pat. telefonisch informiert, Betablocker-Compliance erfragt.""",
    """TÉLÉSUIVI PPC – rapport mensuel, agence de [[LOCATION|geo:Saint-Herblain]]
Patient : [[PERSON|name:Gérard Lemoine]]   Appareil AirSense 10 AutoSet, n° série [[DEVICE|device:23171428509]], modem IMEI [[DEVICE|device:353719084412673]]
Période du [[DATE|date:10/02/2024]] au [[DATE|date:10/03/2024]] : observance moyenne 6 h 12/nuit, 29/30 nuits > 4 h ; IAH résiduel 3,8/h ; fuites P95 18 L/min ; pression P95 11,4 cmH2O.
Conclusion : observance conforme, renouvellement de la prise en charge (forfait 9.1 LPPR).""",
    """Thuismonitoring hartfalen – weekrapport
Patiënt: [[PERSON|name:Henk Zwart]], ZIS-nr. [[ID|mrn:7720451]]
Weegschaal serienr. [[DEVICE|device:WS-BT-0088317]], bloeddrukmeter MAC [[DEVICE|device:A4:C1:38:5E:21:9F]]
Gewicht: [[DATE|date:ma 4 mrt]] 78,4 kg | di 78,9 | wo 80,1 (+1,7 kg in 2 dagen -> ALERT) | do 79,6 | vr 79,0
RR 134/82, pols 71. Verpleegkundige heeft gebeld; furosemide 40 -> 80 mg gedurende 3 dagen volgens protocol.
Patiëntportaal: [[URL|url:https://mijn.thuismeten.nl/p/7720451/week10]]""",
    """CGM-rapport (14 dagar) – Diabetesmottagningen, [[LOCATION|geo:Universitetssjukhuset i Linköping]]
Patient: [[PERSON|name:Elsa Nordin]], [[ID|ssn:010626-4583]]
Sensor SN [[DEVICE|device:8GT32K71QX]], app-uppladdning från IP [[IP|ip:94.254.18.203]]
Period [[DATE|date:2024-02-26]] – [[DATE|date:2024-03-10]]: TIR 62 %, TBR 4 %, TAR 34 %, GMI 7,3 %, CV 38 %. Sensoranvändning 96 %.
Nattliga hypoglykemier 3/14 nätter -> basaldos sänks 10 %.""",
    """TELEMONITORAGGIO – trasmissione remota pacemaker
Paziente: [[PERSON|name:VOLONTÈ PAOLA]], [[AGE|other:82]] anni, CF [[ID|ssn:VLNPLA41R62C351Z]]
Dispositivo: PM bicamerale, matricola [[DEVICE|device:RNB712455H]]; monitor domiciliare SN [[DEVICE|device:MCL-24901188]]
Trasmissione del [[DATE|date:02/03/2024]]: burden FA 14 % (prec. 2 %), episodio più lungo 9 h 40 min; soglia atriale 0,75 V @ 0,4 ms; batteria 9,5 anni.
Informato il cardiologo curante; valutare anticoagulazione (CHA2DS2-VASc 4).""",
    """TELEMONITORIZACIÓN DOMICILIARIA – Programa EPOC
Paciente: [[PERSON|name:Ramón Iglesias Prieto]]   CIPA [[ID|health_plan:1048822317]]
Concentrador O2 nº serie [[DEVICE|device:EV5L-2204418]] · pulsioxímetro MAC [[DEVICE|device:00:1A:7D:DA:71:13]] · pasarela 4G [[IP|ip:10.42.17.209]]
[[DATE|date:08/03/2024]] 07:30 SpO2 86 % (basal 90 %), FC 104 lpm, uso O2 14 h/24 h. Alarma nivel 2 -> llamada de enfermería, se adelanta visita domiciliaria.""",
    """Insulin pump upload – cross-border diabetes clinic (Danish patient living in [[LOCATION|geo:Flensburg]])
Patient: [[PERSON|name:Rasmus Kjeldsen]], CPR [[ID|ssn:220899-3051]]
Pump SN [[DEVICE|device:NG4120387H]]; CGM transmitter SN [[DEVICE|device:GT4-1190276]]
Upload [[DATE|date:11 Mar 2024]]: auto mode 91 % of time, TIR 74 %, TDD 46 U, carbs 180 g/day. Two hypo alerts overnight on [[DATE|date:7 March]] (nadir 3.2 mmol/L).
Plan: active insulin time 2 h -> 2.5 h, target 5.5 mmol/L unchanged.""",
    """Kotimittaus – etäseurantaraportti, [[LOCATION|geo:Tuiran terveysasema]]
Asiakas: [[PERSON|name:Irja Niskanen]], [[ID|ssn:120348-226U]]
Laite: verenpainemittari, Bluetooth MAC [[DEVICE|device:F8:4D:89:12:0C:6A]]
Jakso [[DATE|date:26.2.]]–[[DATE|date:10.3.2024]]: aamu ka 152/88, ilta ka 146/84, syke 72. Tavoite < 135/85 ei toteudu -> amlodipiini 5 mg lisätään.""",
    """HerzMobil – Telemonitoring-Tagesreport [[DATE|date:10.03.2024]]
Pat. [[PERSON|name:Alois Haller]], SVNR [[ID|ssn:4829140361]]
Gateway [[IP|ip:185.54.112.77]] | Waage SN [[DEVICE|device:UC-411-0073926]] | RR-Gerät SN [[DEVICE|device:UA-651-2241170]]
Gewicht 92,4 kg (+2,3 kg/3 Tage), RR 108/66, HF 88. Zunehmende Belastungsdyspnoe.
Netzwerkpflegerin hat Pat. kontaktiert; nach Rücksprache Torasemid 10 -> 20 mg.""",
    """BADANIE HOLTER EKG 24 h – Pracownia Elektrokardiologii, [[LOCATION|geo:Rzeszów]]
Pacjentka: [[PERSON|name:Elżbieta Pawlak]], PESEL [[ID|ssn:55120723485]]
Rejestrator nr seryjny [[DEVICE|device:LK3H-190244]], założono [[DATE|date:06.03.2024]] godz. 09:15, czas zapisu 23 h 48 min.
Rytm zatokowy, HR śr. 74/min (min 48, max 141). SVE 1312, VE 86 pojedyncze. Pauzy > 2 s: brak. Odcinek ST bez istotnych zmian.
Opis: lek. [[PERSON|name:Grzegorz Sikora]]""",
]

STYLE_I = [
    """EINWILLIGUNGS-LOG – Studienzentrum [[LOCATION|geo:Charité Campus Virchow-Klinikum]], Studie EudraCT 2021-004512-33, Prüfplan CV-HF-207
Screening-Nr. [[ID|other:S-0412-017]] | Teilnehmer-ID [[ID|other:DE04-1177]]
Einwilligung (Version 3.1) unterschrieben am [[DATE|date:04.03.2024]] um 10:42 durch Pat. [[PERSON|name:Rüdiger Stamm]] am Signaturpad; biometrisches Signaturprofil [[ID|biometric:SIG-BIO-7f3a91c2]].
Aufklärung durch Prüfarzt Dr. [[PERSON|name:Nils Albrecht]], Dauer 35 min. Optionale Biobank-Einwilligung: ja. Kopie an Pat. ausgehändigt.
Einschlusskriterien erfüllt: LVEF 32 %, NT-proBNP 1840 pg/ml, NYHA II.""",
    """REGISTRE DES INCLUSIONS – essai de phase III (EU CT 2023-503412-41-00), centre 012, [[LOCATION|geo:Gustave Roussy]], [[LOCATION|geo:Villejuif]]
Patient n° [[ID|other:012-0034]] – consentement (version 4.0) signé le [[DATE|date:29/02/2024]], copie remise au patient.
Document numérisé : [[ID|photo:CONSENT_012-0034_signed.pdf]]
Investigateur : Pr [[PERSON|name:Marie-Laure Tissier]] ; ARC : [[PERSON|name:Kevin Nguyen]]
Éligibilité : ECOG 1, clairance 68 mL/min, PD-L1 TPS 60 %, pas de métastase cérébrale.""",
    """Informed consent log – [[LOCATION|geo:Radboudumc]], afdeling Neurologie, studie NL84217.091.23
Deelnemer [[ID|other:PD-RAD-0093]], geboortejaar [[DATE|date:1958]]
Toestemming getekend [[DATE|date:7 maart 2024]] in aanwezigheid van onafhankelijk arts dr. [[PERSON|name:Wouter Hendriks]].
Opslag lichaamsmateriaal JA; toekomstig onderzoek NEE; informeren bij nevenbevindingen JA.
Accelerometer voor thuismeting SN [[DEVICE|device:AX6-9910437]]; eConsent-link [[URL|url:https://econsent.radboudumc.nl/s/PD-RAD-0093-v2]]""",
    """REGISTRO DE CONSENTIMIENTO INFORMADO – Unidad de Ensayos Fase I, [[LOCATION|geo:Hospital Universitari Vall d'Hebron]]
Participante: código [[ID|other:VH-P1-0261]]; NHC [[ID|mrn:2217093]]
Firma biométrica en tableta registrada el [[DATE|date:1 de marzo de 2024]] a las 09:05; plantilla de firma [[ID|biometric:BSIG-ES-55170204]]
Testigo imparcial: [[PERSON|name:Guillermo Sanz Lozano]] (el participante tiene baja visión).
Cohorte 3, nivel de dosis 240 mg; periodo de lavado 28 días cumplido.""",
    """LOG CONSENSI – Fondazione IRCCS [[LOCATION|geo:Istituto Nazionale dei Tumori]], studio INT 0388/22
Soggetto [[ID|other:INT-0388-15]]
Consenso firmato il [[DATE|date:martedì 5 marzo 2024]] alla presenza del dott. [[PERSON|name:Andrea Ferri]]
Campioni biobanca: [[ID|other:BB24-11753-PL]] (plasma, 6 aliquote) e [[ID|other:BB24-11753-TU]] (tessuto FFPE); conservazione -80 °C, rack 4.
Consenso a ricontatto: SÌ. Consenso ad analisi genetiche germinali: NO.""",
    """Inclusielog – [[LOCATION|geo:UZ Gent]], dienst Reumatologie, protocol RA-771 (EudraCT 2022-001187-19)
Patiënt: [[PERSON|name:Van Damme Lotte]], INSZ [[ID|ssn:93.06.05-244.49]], studienummer [[ID|other:771-BE03-008]]
ICF NL v2.0 ondertekend op [[DATE|date:06/03/2024]]; gescande kopie [[ID|photo:ICF_VanDamme_L_060324.pdf]]
DAS28 5,6, falen op 2 cDMARDs. Zwangerschapstest negatief.""",
    """Samtykkelog – Klinisk Forskningsenhed, [[LOCATION|geo:Odense Universitetshospital]]
Forsøgsperson [[ID|other:OUH-CV-0142]], CPR [[ID|ssn:050367-2148]]
Informeret samtykke givet [[DATE|date:mandag den 11. marts 2024]]; bisidder: ægtefælle.
Fingeraftryk til medicinskab (blindet udlevering): skabelon-ID [[ID|biometric:FP-OUH-2231-07]]
Forsøgsansvarlig læge: [[PERSON|name:Henrik Vestergaard]]""",
    """MONITORING VISIT REPORT – Site 204, [[LOCATION|geo:Všeobecná fakultní nemocnice v Praze]]
Visit date: [[DATE|date:14-Mar-2024]]. PI: Prof. MUDr. [[PERSON|name:Jiří Havel]]
Subject [[ID|other:204-0007]]: ICF v3 signed [[DATE|date:08-Feb-2024]]. Finding: the rodné číslo [[ID|ssn:575708/1209]] was left unredacted on the ICF copy uploaded to the sponsor portal as [[ID|photo:204-0007_ICF_scan.pdf]] – major deviation, file quarantined, site to re-redact.
Drug accountability: 3 bottles returned, compliance 96 %. Next visit in 6 weeks.""",
    """Generalkonsent / Biobank – [[LOCATION|geo:Universitätsspital Zürich]]
Pat.: [[PERSON|name:Marco Steiner]], Pat.-Nr. [[ID|mrn:10 447 913]]
Generalkonsent JA, unterzeichnet [[DATE|date:02.03.2024]]; kein Widerruf.
Proben: [[ID|other:USZ-BB-24-003317]] (Serum, 4 Aliquots à 500 µl, -80 °C, Rack 12 / Box 3 / Pos. A7)
Studien-App-Login per Gesichtserkennung, Template-ID [[ID|biometric:FT-USZ-0931-AB]]""",
    """Samtykkelogg – [[LOCATION|geo:Oslo universitetssykehus]], transplantasjonsstudie
Deltaker-ID [[ID|other:OUS-TX-055]]; navn [[PERSON|name:Hanne Kristiansen]], fnr [[ID|ssn:03038831266]]
Elektronisk samtykke via [[URL|url:https://samtykke.ous-forskning.no/c/OUS-TX-055]] [[DATE|date:28.02.2024]] kl 20.14, IP [[IP|ip:84.208.77.142]]
Trekk av samtykke: ikke registrert. Biobank: ja.""",
]

STYLE_J = [
    """CIRS-Meldung (anonym) – Notaufnahme
Ereignis: [[DATE|date:Fr, 08.03.2024]], ca. 18:30, Schockraum 2
Was ist passiert? Zwei Patienten mit fast gleichem Namen ([[PERSON|name:Harald Weiß]], Zi. 3 und [[PERSON|name:Harald Weiss]], Zi. 5, beide Jg. [[DATE|date:1949]]) – Armband vertauscht, Heparin-Perfusor beinahe beim falschen Pat. gestartet. Bemerkt beim Zwei-Identifikatoren-Check.
Zusätzlich blockierte ein Angehörigen-Pkw ([[VEHICLE|vehicle:FR-KL 482]]) die RTW-Zufahrt 12 min.
Was war besonders gut? Pflege hat Abgleich Geburtsdatum vor Start gemacht. Vorschlag: Namenswarnung im KIS.""",
    """RÉCLAMATION n° [[ID|other:REC-2024-0219]] – Direction qualité et relations usagers, [[LOCATION|geo:CHU de Bordeaux]]
Plaignante : Mme [[PERSON|name:Christine Aubert]], fille du patient M. [[PERSON|name:Robert Aubert]] ([[AGE|date:92]] ans)
Courriel du [[DATE|date:10 mars 2024]] ([[EMAIL|email:c.aubert33@orange.fr]]) : perte des prothèses dentaires de son père lors du transfert en gériatrie ; par ailleurs son véhicule ([[VEHICLE|vehicle:GH-417-TC]]) a été verbalisé sur le parking visiteurs alors que le ticket était payé.
Accusé de réception envoyé ; réponse sous 8 jours ; proposition de médiation.""",
    """SCHEDA DI SEGNALAZIONE EVENTO – [[LOCATION|geo:Ospedale di Circolo di Varese]]
Data/ora evento: [[DATE|date:03/03/2024]] h 04:50 – UO Medicina, stanza 11, letto 2
Paziente: [[PERSON|name:Ceppi Luca]], CF [[ID|ssn:CPPLCU58H10H501P]]
Descrizione: caduta dal letto con spondine abbassate durante il giro notturno; trauma cranico minore, TC encefalo negativa. Scala di Conley 6 all'ingresso, rivalutazione non eseguita.
Azioni: sensore di allarme letto, rivalutazione Conley ogni 72 h. Segnalante: infermiera [[PERSON|name:Giulia]].""",
    """VIM-melding [[ID|other:VIM-24-0331]] – [[LOCATION|geo:Isala]], afd. Longziekten
Betrokken patiënt: mevr. [[PERSON|name:J. Kuipers-Brink]], BSN [[ID|ssn:274193851]]
Wat ging er mis: enoxaparine 40 mg 2x daags i.p.v. 1x gegeven op [[DATE|date:5 maart]] (dubbele order in EVS). Geen bloeding, anti-Xa 0,9.
Bijvangst: EPD-audit toont inzage in haar dossier vanaf IP [[IP|ip:145.14.82.19]] door een niet-behandelaar (account [[ID|other:jvdberg03]]) – doorgestuurd naar de FG.""",
    """AVVIKELSERAPPORT – underlag för Lex Maria-anmälan, [[LOCATION|geo:Norrlands universitetssjukhus]]
Händelsedatum: [[DATE|date:2024-02-27]]
Patient: [[PERSON|name:Sven-Erik Lundgren]], [[ID|ssn:520830-1639]]
Händelse: väntetid 6 h i akutens väntrum trots triage RETTS orange; aortadissektion diagnostiserad efter kollaps. Stillbild från väntrummets kamera sparad som [[ID|photo:cctv_akuten_520830-1639_0227.png]].
Åtgärd: översyn av omprioriteringsrutin, RETTS-utbildning.""",
    """AVVIKSMELDING [[ID|other:AV-2024-1183]] – [[LOCATION|geo:Sykehuset Innlandet Gjøvik]]
Pasient: [[PERSON|name:Terje Bakken]], [[AGE|date:90]] år, fnr [[ID|ssn:22073310575]]
Feil ID-armbånd påsatt i mottak [[DATE|date:01.03.2024]]; oppdaget ved legemiddelutdeling. Medisinrommet logget fingeravtrykkspålogging for sykepleier, mal-ID [[ID|biometric:FPR-0412-GJ]].
Ingen pasientskade. Tiltak: skanning av armbånd før utdeling.""",
    """Rapport om utilsigtet hændelse (DPSD) – [[LOCATION|geo:Regionshospitalet Randers]]
Dato: [[DATE|date:22. februar 2024]]
Patient: [[PERSON|name:Per Mogensen]], CPR [[ID|ssn:1712591263]]
Ambulance [[VEHICLE|vehicle:AZ 91 406]] blev sendt til [[ADDRESS|geo:Østervænget 41, 8900 Randers C]] i stedet for den oplyste adresse; 22 min. forsinkelse ved mistanke om apopleksi.
Årsag: autoudfyldning i vagtcentralens system. Lærings-punkt: bekræft adresse mundtligt.""",
    """HaiPro-ilmoitus [[ID|other:HP-2024-04471]] – [[LOCATION|geo:Sairaala Nova]], [[LOCATION|geo:Jyväskylä]]
Potilas: [[PERSON|name:Veikko Hämäläinen]], [[ID|ssn:250871-913B]]
Kela-taksi ([[VEHICLE|vehicle:ZKT-418]]) toi dialyysipotilaan väärään sisäänkäyntiin [[DATE|date:5.3.2024]]; hoito alkoi 50 min myöhässä. K 6,2 mmol/l.
Toimenpide: opasteet ja kuljetustilaukseen sisäänkäynnin numero (C2).""",
    """PATIENT COMPLAINT (received in English) – Servicio de Atención al Paciente, [[LOCATION|geo:Hospital General Universitario Dr. Balmis]]
Complainant: [[PERSON|name:Deborah Fairweather]], NIE [[ID|ssn:Z1187342H]], [[ADDRESS|geo:Calle Vía Parque 14, 03189 Orihuela Costa]]
"On [[DATE|date:Sunday 3rd March]] my husband [[PERSON|name:Ian]] was left on a trolley in the corridor for 11 hours. Meanwhile our hire car ([[VEHICLE|vehicle:7342 LDV]], VIN [[VEHICLE|vehicle:WVWZZZ1K38W127433]]) was towed from the drop-off bay and the pound charged 185 EUR."
Contact: [[EMAIL|email:deb.fairweather@btinternet.com]]""",
    """LIVRO DE RECLAMAÇÕES ELETRÓNICO – reclamação [[ID|other:LRE-2024-8841270]]
Entidade visada: [[LOCATION|geo:USF Sete Rios]]
Reclamante: [[PERSON|name:Joaquim Teixeira Lopes]], NIF [[ID|ssn:255031874]]
Em [[DATE|date:7 de março de 2024]] a viatura do reclamante ([[VEHICLE|vehicle:BT-47-QX]]), com dístico de estacionamento para pessoa com deficiência, foi impedida de aceder ao lugar reservado.
Acompanhamento em [[URL|url:https://www.livroreclamacoes.pt/consultar/LRE-2024-8841270]]""",
]


def main() -> None:
    n = write_styled(
        OUT,
        [
            ("discharge-letter", STYLE_A),
            ("ward-progress", STYLE_B),
            ("gp-referral", STYLE_C),
            ("nursing-handover", STYLE_D),
            ("pharmacy-eprescription", STYLE_E),
            ("teleconsultation", STYLE_F),
            ("insurer-billing", STYLE_G),
            ("home-monitoring", STYLE_H),
            ("trial-consent-log", STYLE_I),
            ("incident-complaint", STYLE_J),
        ],
    )
    print(f"probe66: {n} docs")


if __name__ == "__main__":
    main()
