"""Write the 50th hand-annotated redaction probe, 100 notes of continental European hospital and practice paperwork.

Why: the engine has to find personal identifiers in clinical free text it has never seen. This probe
is written in the local languages of fifteen continental European countries, with each country's own
identifier shapes, date notation, address notation and phone formats, so that leaks which only show
up outside English-language records (a Versichertennummer, a codice fiscale, a henkilötunnus, a
Dutch address block, a Turkish ILCE column) become visible per category.

What: ten styles of 10 notes each: arztbrief-and-discharge-letters, lab-and-pathology-reports,
gp-referrals, e-prescriptions-and-pharmacy, nursing-handover, emergency-department-triage,
insurance-and-billing-forms, radiology-reports, outpatient-appointment-letters and
hospital-information-system-export-rows. Countries: Germany, Austria, Switzerland (German and
French), France, Belgium (French and Dutch), Netherlands, Italy, Spain (one note each in Catalan and
Galician), Portugal, Poland, Sweden, Denmark, Finland, Czechia and Turkey. Check-digit identifiers
(KVNR, LANR, Austrian SVNR, AHV EAN-13, NIR key, Belgian national number, BSN 11-proof, codice
fiscale, DNI/NIE letter, NSS, Cartão de Cidadão, PESEL, Polish ID card, NPWZ, personnummer, CPR mod
11, henkilötunnus, rodné číslo, TC kimlik, E-Rezept-ID, IBANs with their national checks, QR
reference, UDI GTIN, VIN) were computed to pass their checksums.

Labelling conventions: titles (Dr., Herr, Frau, Mme, mevr., Sig.ra, lek., MUDr., Ing.) stay outside
name spans; "SURNAME, Given", "SURNAME Given" and HL7 "SURNAME^Given" are one span; a married and a
birth name joined by "née" are two spans; a given name alone or a nickname is its own span. A full
one-line street address is one ADDRESS span; an address block written over two lines is two ADDRESS
spans (street line, postcode-and-town line); an HL7 address field is one ADDRESS span; a town column
in an export row is LOCATION. Named hospitals, practices, pharmacies, care homes, named wards and
towns are LOCATION; states, provinces, regions, cantons and countries are not marked (so the Turkish
IL column, "GHANA" and "ALBANIA" stay unmarked). All phone, fax, email and URL values are marked,
including institutional ones. National ID card numbers (Personalausweis, CNI, dowód osobisty) are
ssn. Hospital case and visit numbers are mrn; pathology and lab specimen/order numbers, accession
numbers, prescription IDs, access codes, booking references, referral codes, ambulance run numbers,
insurance claim and authorisation numbers, incident and court file numbers, and user logins are
other; invoice numbers, IBANs and payment references are account; provider numbers (LANR, BSNR, GLN
of a doctor, ZSR, RPPS, RIZIV/INAMI, BIG, AGB, NPWZ, IČP/IČZ, ydernummer, colegiado, cédula, diploma
tescil) are license; a Czech variabilní symbol that is the rodné číslo is ssn. Left unmarked on
purpose: insurer codes (Kostenträgerkennung, UZOVI, Belgian organisme assureur, NFZ branch,
pojišťovna 111), company VAT numbers, message control IDs, OIDs, assigning-authority codes,
DRG/ICD/OPS/CCAM/ATC/NPU codes, PZN, batch/lot numbers, masked card numbers, bed/room numbers,
times, doses, lab values, money, ambulance task codes, eponymous diseases and scores.

How: cd /work/main && .venv/bin/python scripts/make_probe50_corpus.py (writes corpus/redaction/probe50.jsonl).
"""

# ruff: noqa: RUF001, RUF003 - the locales' own letters and quotation marks are the point

from pathlib import Path

from make_safe_harbor_suite import write_styled

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "corpus" / "redaction" / "probe50.jsonl"

ARZTBRIEF = [
    # DE – Entlassungsbrief
    """[[LOCATION|geo:Klinikum Am Steinenberg]] · Klinik für Innere Medizin und Kardiologie

Herrn Dr. med. [[PERSON|name:Tobias Kranzbühler]]
Facharzt für Allgemeinmedizin – per Fax [[PHONE|fax:07121 94 38 27]]
                                                        [[DATE|date:22.03.2024]]
Entlassungsbrief
Pat.: [[PERSON|name:Schwendemann, Erika]], geb. [[DATE|date:14.07.1938]]
Vers.-Nr. [[ID|health_plan:M482019378]] · Fall-Nr. [[ID|mrn:2024031187]]

Sehr geehrter Herr Kollege,

wir berichten über Ihre [[AGE|other:85]]-jährige Patientin, die sich bis heute in unserer stationären Behandlung (Station 4B, Zi. 412) befand.

Diagnosen:
- Akut dekompensierte Herzinsuffizienz (I50.14), NYHA III, LVEF 35 %
- Vorhofflimmern, permanent (I48.2), CHA2DS2-VASc 5 Punkte
- Morbus Parkinson (G20.10), Hoehn & Yahr 2

Verlauf: Rekompensation unter Furosemid 40 mg i.v. 1-1-0, Gewichtsabnahme 4,2 kg. NT-proBNP von 4.860 auf 1.930 pg/ml, Kalium 3,6 mmol/l, Kreatinin 1,3 mg/dl. TTE (OPS 3-052) ohne relevante Klappenvitien.

Entlassmedikation: Torasemid 10 mg 1-0-0, Apixaban 2,5 mg 1-0-1, Bisoprolol 2,5 mg 1-0-0, Levodopa/Benserazid 100/25 mg 1-1-1.
Wiedervorstellung in der Herzinsuffizienzambulanz in 4 Wochen, der Termin folgt schriftlich.

Mit freundlichen kollegialen Grüßen
Dr. med. [[PERSON|name:Leonie Ackermann]], Oberärztin""",
    # AT – Patientenbrief
    """[[LOCATION|geo:LKH-Univ. Klinikum Graz]] – Universitätsklinik für Neurologie

PATIENTENBRIEF (vorläufiger Entlassungsbrief)

Name: [[PERSON|name:HOLZKNECHT Johann]]            SVNR: [[ID|ssn:6589 170439]]
Aufn.-Zahl: [[ID|mrn:24-0081273]]             Station: Neuro 3 Süd, Zi. 14
Wohnort: [[ADDRESS|geo:8020 Graz, Annenstraße 41/3/12]]
Aufnahme: [[DATE|date:02.02.2024]]

Diagnosen: Ischämischer Insult im Mediastromgebiet links (I63.4), NIHSS bei Aufnahme 9, bei Entlassung 3; arterielle Hypertonie (I10); Diabetes mellitus Typ 2 (E11.9), HbA1c 7,4 %.

Therapie: i.v. Lyse mit Alteplase 0,9 mg/kg KG (63 mg) um 11:42 Uhr, door-to-needle 38 min. Anschließend ASS 100 mg, Atorvastatin 40 mg.

Weiteres Prozedere: Übernahme in die [[LOCATION|geo:Reha-Klinik Kapfenberg]] am Folgetag der Entlassung (Zuweisung Nr. [[ID|other:RZ-2024-00417]]). Hausarzt ist informiert. Ansprechperson ist der Sohn, Tel. [[PHONE|phone:0664 3918 274]].

Die stationsführende Oberärztin""",
    # CH (fr) – lettre de sortie
    """[[LOCATION|geo:Hôpital Riviera-Chablais]] – Service de médecine interne

Le [[DATE|date:8 mai 2024]]

Concerne : Mme [[PERSON|name:Josiane Perrottet-Chappuis]], née le [[DATE|date:03.11.1944]]
N° AVS [[ID|ssn:756.4703.1826.52]] – N° de séjour [[ID|mrn:8802417]]
Domicile : [[ADDRESS|geo:Chemin des Vignes 5, 1820 Montreux]]

Cher Confrère,

Votre patiente de [[AGE|other:79]] ans a été hospitalisée durant 12 jours pour une pneumonie communautaire du lobe inférieur droit (J18.1), CURB-65 à 2. CRP 186 mg/l à l'entrée, 24 mg/l à la sortie. Hémocultures négatives. Bonne évolution sous Co-Amoxicilline 2,2 g iv 3x/j puis relais per os.

Traitement de sortie : Co-Amoxicilline 1 g 2x/j encore 4 jours, pantoprazole 40 mg 1x/j, Torem 5 mg 1x/j.
Suivi : contrôle clinique et CRP à votre cabinet dans 10 jours. Son fils s'occupe des courses et des médicaments.

Dr [[PERSON|name:Bastien Rochat]], chef de clinique""",
    # FR – compte rendu d'hospitalisation
    """[[LOCATION|geo:CHU de Caen Normandie]] – Service de Pneumologie

COMPTE RENDU D'HOSPITALISATION
Patiente : Mme [[PERSON|name:LEFEBVRE]] née [[PERSON|name:GUÉRIN Monique]]
Née le [[DATE|date:14/07/1984]] – NIR [[ID|ssn:2 84 07 14 118 452 62]]
IPP : [[ID|mrn:00418273]]
Médecin traitant : Dr [[PERSON|name:Hélène Vasseur]], [[LOCATION|geo:Hérouville-Saint-Clair]]
Hospitalisation de 7 nuits

Motif : exacerbation d'asthme sévère chez une jeune patiente non-fumeuse, ayant interrompu son traitement de fond.
Biologie : éosinophiles 890/mm3, IgE totales 612 kUI/l. Gaz du sang à l'entrée : pH 7,44, PaCO2 34 mmHg, PaO2 61 mmHg. EFR de sortie : VEMS 1,42 L (48 % de la théorique), réversibilité 21 %.
Codage : J45.1 ; acte CCAM GLQP012.
Traitement de sortie : Symbicort 200/6, 2 inhalations matin et soir ; prednisolone 40 mg/j pendant 5 jours ; Ventoline à la demande.
Consultation d'asthme sévère dans 6 semaines (discussion d'une biothérapie anti-IL5).

Pr [[PERSON|name:Yann Lemarchand]] (RPPS [[ID|license:10005582134]])""",
    # BE (nl) – ontslagbrief
    """[[LOCATION|geo:AZ Sint-Lucas Brugge]] — Dienst Cardiologie

Aan: Dr. [[PERSON|name:Pieter Vandamme]], huisarts
Betreft: dhr. [[PERSON|name:Roger Verhaeghe]] (°[[DATE|date:27/01/1958]]) – INSZ [[ID|ssn:58.01.27-219.02]]
Patiëntnummer [[ID|mrn:7043918]]

Geachte collega,

Uw patiënt werd opgenomen via de spoedgevallendienst met een NSTEMI (I21.4). Coronarografie: significante stenose proximale RIVA, PCI met 1 DES (Xience 3,0 x 18 mm). Piek troponine T 842 ng/L, LVEF 50 %. Geen ritmestoornissen op telemetrie.

Ontslagmedicatie: Asaflow 80 mg 1x/d, Brilique 90 mg 2x/d gedurende 12 maanden, Lipitor 80 mg 's avonds, Bisoprolol 2,5 mg 1x/d, Pantomed 20 mg.
Cardiale revalidatie in [[LOCATION|geo:AZ Damiaan]].

Met collegiale groeten,
Dienst Cardiologie – RIZIV [[ID|license:1-48291-22-004]]""",
    # NL – ontslagbrief
    """[[LOCATION|geo:Ziekenhuis Gelderse Vallei]], afdeling Longziekten

Aan: de huisarts

Betreft: dhr. [[PERSON|name:R.J. Doornbos]] (roepnaam [[PERSON|name:Rudy]]), geb. [[DATE|date:12-09-1949]]
BSN [[ID|ssn:451029380]] | patiëntnr. [[ID|mrn:3.042.918]]
Adres: [[ADDRESS|geo:Bergstraat 51, 6721 ER Bennekom]]

Geachte collega,

Uw patiënt ([[AGE|other:74]] jr) werd opgenomen met een exacerbatie COPD GOLD 3 (J44.1). Lab bij opname: CRP 84 mg/L, leuco 13,2 x10^9/L, arterieel pCO2 6,8 kPa, pH 7,36. Sputumkweek: H. influenzae.
Beleid: prednison 40 mg 1dd gedurende 5 dagen, doxycycline 100 mg 1dd tot en met dag 7, zuurstof 1 L/min bij inspanning (levering via Vivisol geregeld).
Controle op de polikliniek over 6 weken. De dochter is eerste contactpersoon.

Met vriendelijke groet,
drs. [[PERSON|name:J.P. van Lingen]], arts-assistent (BIG [[ID|license:19058371201]])""",
    # IT – lettera di dimissione
    """[[LOCATION|geo:OSPEDALE SAN GIACOMO D'ALTOPASSO]]
U.O.C. Geriatria e Lungodegenza

LETTERA DI DIMISSIONE
Paziente: [[PERSON|name:LO BIANCO GIUSEPPINA]]   nata a [[LOCATION|geo:Palermo]] il [[DATE|date:14/03/1941]]
C.F. [[ID|ssn:LBNGPP41C54G273Z]]   Tessera sanitaria n. [[ID|health_plan:80380000503018293748]]
Residenza: [[ADDRESS|geo:Via Maqueda 214, 90134 Palermo]]
N. nosologico [[ID|mrn:2024/018273]]

Egregio Collega,
dimettiamo in data odierna la paziente, di anni [[AGE|other:82]], ricoverata per scompenso cardiaco congestizio riacutizzato (I50.0) e infezione delle vie urinarie da E. coli (N39.0).
Esami alla dimissione: Hb 10,8 g/dl, creatinina 1,6 mg/dl, eGFR 31 ml/min, Na 133 mEq/l, PCR 1,2 mg/dl.
Terapia domiciliare: Lasix 25 mg 1 cp ore 8; Cardioaspirina 100 mg 1 cp a pranzo; Pantorc 20 mg 1 cp; Bisoprololo 1,25 mg 1 cp.
Si richiede attivazione ADI. La figlia è stata informata.
Controllo ambulatoriale tra 15 giorni, ambulatorio geriatrico, piano terra.

Il Medico di reparto""",
    # ES – informe de alta
    """INFORME DE ALTA HOSPITALARIA
[[LOCATION|geo:Hospital Universitario Virgen de la Esperanza]] – Servicio de Medicina Interna

Nombre: [[PERSON|name:GARCÍA-NAVARRO PEINADO, Mª DOLORES]]
NHC: [[ID|mrn:0481927]]   DNI: [[ID|ssn:26481039N]]   NUSS: [[ID|ssn:41/10293847/36]]
Fecha de nacimiento: [[DATE|date:02/10/1939]]   Edad: [[AGE|other:84]] años
Domicilio: [[ADDRESS|geo:C/ Feria, 73, 3º B, 41003 Sevilla]]

Juicio clínico:
1. Neumonía broncoaspirativa (J69.0).
2. Enfermedad de Alzheimer en fase avanzada (GDS 6).
3. Disfagia orofaríngea a líquidos.
Pruebas: PCR 142 mg/l, procalcitonina 0,8 ng/ml, leucocitos 14.300/µl. Rx tórax: condensación basal derecha.
Tratamiento al alta: Amoxicilina/clavulánico 875/125 mg cada 8 h durante 5 días más; Omeprazol 20 mg; espesante en líquidos (textura néctar).
Seguimiento por su médico de Atención Primaria en el [[LOCATION|geo:C.S. Alamillo]].

Fdo.: el médico responsable""",
    # PL – karta informacyjna
    """[[LOCATION|geo:Wojewódzki Szpital Specjalistyczny w Olsztynie]]
Oddział Kardiologii

KARTA INFORMACYJNA LECZENIA SZPITALNEGO
Pacjent: [[PERSON|name:KOWALCZYK Stanisław]]   PESEL: [[ID|ssn:55081719176]]
Adres: [[ADDRESS|geo:ul. Kościuszki 12/4, 11-700 Mrągowo]]
Nr księgi głównej: [[ID|mrn:2024/04812]]
Data przyjęcia: [[DATE|date:05.04.2024]]   Data wypisu: [[DATE|date:16.04.2024]]

Rozpoznanie zasadnicze: Zawał mięśnia sercowego bez uniesienia odcinka ST (I21.4).
Rozpoznania współistniejące: Cukrzyca typu 2 (E11.9), przewlekła choroba nerek w stadium G3a.
Wykonane procedury: koronarografia, PCI RCA z implantacją DES (ICD-9: 36.07).
Wyniki: troponina hs 1240 ng/l, LDL 3,9 mmol/l, kreatynina 1,4 mg/dl, HbA1c 7,9 %.
Zalecenia: Acard 75 mg 1x1, Brilique 90 mg 2x1 przez 12 mies., Atoris 40 mg 1x1 wieczorem, Metformax 850 mg 2x1.
Kontrola w Poradni Kardiologicznej za 4 tygodnie. Pacjent wypisany do domu pod opiekę żony.

Lekarz prowadzący: lek. [[PERSON|name:Marta Zielińska-Bąk]], nr PWZ [[ID|license:3731095]]""",
    # SE – epikris
    """EPIKRIS
[[LOCATION|geo:Sahlgrenska Universitetssjukhuset]], Medicinkliniken avd 33

Patient: [[ID|ssn:410823-2382]] [[PERSON|name:Lindqvist, Margareta]]
Adress: [[ADDRESS|geo:Tunnlandsgatan 6 B, 416 77 Göteborg]]
Vårdtid: [[DATE|date:2024-01-09]] -- [[DATE|date:2024-01-17]]

Inskrivningsorsak: [[AGE|other:82]]-årig kvinna som inkom via akutmottagningen med förmaksflimmer med snabb kammarfrekvens (I48.9), hjärtfrekvens 148/min.
Lab: Hb 118 g/L, kreatinin 104 µmol/L, TSH 0,8 mIE/L, NT-proBNP 2 310 ng/L.
Åtgärder: Elkonvertering 150 J (DF026) dag 3 med återgång till sinusrytm.
Läkemedel vid utskrivning: Eliquis 5 mg 1x2, Seloken ZOC 50 mg 1x1.
Uppföljning: Återbesök arytmimottagningen om 6 veckor. Kopia till [[LOCATION|geo:Högsbo vårdcentral]].

Signerad av ansvarig överläkare""",
]

LAB = [
    # DE – Laborbefund
    """[[LOCATION|geo:MVZ Laborzentrum Ostwestfalen]] · Befundbericht
Einsender: Praxis Dr. med. [[PERSON|name:Sevgi Aydın-Brockmann]], BSNR [[ID|license:193847200]]
Patient: [[PERSON|name:Brüggemann, Heinz-Dieter]]   geb. [[DATE|date:03.02.1957]]   m
Auftrags-Nr.: [[ID|other:24-118273-04]]   Eingang: [[DATE|date:18.06.2024]] 07:52

Klinische Chemie                 Ergebnis  Einheit         Referenz
Kreatinin                        1,38      mg/dl           0,70-1,20    H
eGFR (CKD-EPI)                   56        ml/min/1,73m²   >60          L
Kalium                           5,4       mmol/l          3,5-5,1      H
Natrium                          139       mmol/l          136-145
HbA1c                            8,1       %               <5,7         H
HbA1c (IFCC)                     65        mmol/mol
LDL-Cholesterin                  162       mg/dl           <116         H
Hämatologie
Leukozyten                       7,9       /nl             3,9-10,2
Hämoglobin                       13,1      g/dl            13,5-17,2    L
Thrombozyten                     244       /nl             150-370

Kalium-Befund vorab telefonisch an die Praxis durchgegeben, 11:05 Uhr.
Validiert durch Fachärztin für Laboratoriumsmedizin""",
    # CH (de) – Histopathologie
    """INSTITUT FÜR PATHOLOGIE – [[LOCATION|geo:Kantonsspital Aarau]]
HISTOPATHOLOGISCHER BEFUND          Eingangs-Nr.: [[ID|other:B2024.18273]]

Patientin: [[PERSON|name:Meier-Gasser, Ursula Regula]], [[DATE|date:01.09.1962]] (W)
Einsender: Dr. med. [[PERSON|name:Lukas Hürlimann]], Gastroenterologie
Entnahme: ambulant

Material: A) Biopsien Zökum, B) Colon ascendens, C) Rektum 15 cm ab ano; D) Polypektomie Sigma, 8 mm.
Mikroskopie: A–C Schleimhaut mit kryptenbetonter Entzündung, vereinzelt Kryptenabszesse, basale Plasmozytose, keine Granulome. D) Tubuläre Drüsenproliferate mit niedriggradigen Dysplasien, Abtragungsrand frei (2 mm).
Diagnose:
A–C: Chronisch aktive Kolitis, vereinbar mit Morbus Crohn. Keine Dysplasie.
D: Tubuläres Adenom mit low-grade Dysplasie, in toto entfernt. ICD-O 8211/0.

Elektronisch visiert, Oberarzt Pathologie""",
    # FR – anatomo-pathologie
    """CABINET D'ANATOMIE ET DE CYTOLOGIE PATHOLOGIQUES
N° d'examen : [[ID|other:24H07382]]
Patiente : Mme [[PERSON|name:DUBOIS-MARCHAL Sandrine]], née le [[DATE|date:11/11/1991]]
N° SS : [[ID|ssn:2 91 11 33 172 087 52]]
Prescripteur : Dr [[PERSON|name:Antoine PELLETIER]], gynécologue, [[LOCATION|geo:Clinique de l'Alliance]]
Prélèvement reçu au cabinet sous 24 h

Renseignements cliniques : frottis ASC-H, colposcopie anormale, ZT de type 2.
Macroscopie : pièce de conisation à l'anse de 22 x 18 x 9 mm, repère à 12 h, encrée et incluse en totalité (12 blocs).
Conclusion : Lésion malpighienne intraépithéliale de haut grade (CIN 3 / HSIL), p16 positif en bloc. Marges d'exérèse saines, marge endocervicale à 3 mm. Absence de lésion invasive.
Code ADICAP : BHGCC7H4

Le pathologiste""",
    # BE (fr) – biologie clinique
    """[[LOCATION|geo:CHU de Liège]] – Laboratoire de Biologie Clinique
Protocole : [[ID|other:240615-0832]]      Prélevé à 08h12
Patiente : [[PERSON|name:EL AMRANI Fatima-Zahra]]   NISS [[ID|ssn:86.02.21-284.33]]
Médecin demandeur : Dr [[PERSON|name:C. Lejeune]] (INAMI [[ID|license:1-93847-56-004]])

HORMONOLOGIE
TSH ............................. 0,02 mU/l    (0,27 - 4,20)   *
T4 libre ........................ 38,4 pmol/l  (12,0 - 22,0)   *
Ac anti-récepteurs TSH (TRAK) ... 9,8 UI/l     (< 1,75)        *
β-hCG ........................... < 2 UI/l
HÉMATOLOGIE
Hémoglobine ..................... 12,9 g/dl
Leucocytes ...................... 6,1 10³/µl

Résultat critique communiqué par téléphone au médecin demandeur ([[PHONE|phone:0476 28 19 37]]) à 10h40.""",
    # NL – PA-verslag
    """[[LOCATION|geo:Laboratorium Pathologie Oost-Nederland]]
PA-nummer: [[ID|other:T24-09183]]
Naam: [[PERSON|name:Jansen-Oude Weernink, H.G.M.]]   geb. [[DATE|date:29-06-1947]]   V
Aanvrager: dr. [[PERSON|name:F. Wolters]], chirurg, [[LOCATION|geo:Medisch Spectrum Twente]]
Ontvangen: [[DATE|date:12-03-2024]]

Conclusie:
Mammaresectie links: invasief carcinoom NST, graad 2 (Bloom-Richardson 3+2+2), grootste diameter 18 mm. ER 100 %, PR 80 %, HER2 score 1+ (negatief). Snijvlakken vrij, minimale marge 4 mm (dorsaal). Schildwachtklier (1/1) tumorvrij. pT1c pN0(sn), R0.
Besproken in het MDO mammacarcinoom.
Patholoog: elektronisch geautoriseerd""",
    # IT – referto di laboratorio
    """LABORATORIO ANALISI – [[LOCATION|geo:ASST Grande Ospedale Metropolitano Niguarda]]
Paziente: [[PERSON|name:COLOMBO DAVIDE]]  Sesso: M  Nato il: [[DATE|date:17/05/1985]]
Cod. Fiscale: [[ID|ssn:CLMDVD85E17F205U]]   N. accettazione: [[ID|other:2406180417]]
Ora prelievo: 07:40   Medico richiedente: MMG

ESAME                      RISULTATO   U.M.     VALORI DI RIFERIMENTO
ALT (GPT)                  142         U/L      < 50        *
AST (GOT)                  88          U/L      < 50        *
Gamma-GT                   210         U/L      < 55        *
Bilirubina totale          1,4         mg/dL    0,3 - 1,2   *
HBsAg                      POSITIVO
HBeAg                      NEGATIVO
HBV-DNA (PCR)              2.340       UI/mL
Piastrine                  198         x10^3/µL

Referto firmato digitalmente.
Ritiro referto online: [[URL|url:https://www.fascicolosanitario.regione.lombardia.it]] – codice ritiro [[ID|other:7Q4K-29XB]]""",
    # PT – análises clínicas
    """[[LOCATION|geo:Centro Hospitalar Universitário de São João]] – Serviço de Patologia Clínica
Utente: [[PERSON|name:Maria da Conceição Ferreira Pinto]]   N.º SNS: [[ID|health_plan:283910472]]
Processo: [[ID|mrn:4019283]]   Data de nascimento: [[DATE|date:15-08-1952]]   Sexo: F
Requisitado por: [[LOCATION|geo:USF Ramalde]]
Colheita: [[DATE|date:11/03/2024]] 08:20

HEMOGRAMA
Hemoglobina          9,8 g/dL      (12,0-15,5)  ↓
VGM                  71 fL         (80-97)      ↓
Plaquetas            412 x10^9/L
BIOQUÍMICA
Ferritina            8 ng/mL       (15-150)     ↓
Transferrina         382 mg/dL
Vitamina B12         310 pg/mL
PESQUISA DE SANGUE OCULTO NAS FEZES: POSITIVA (2/3 amostras)

Resultados validados pelo especialista de Patologia Clínica.""",
    # CZ – laboratorní nález
    """[[LOCATION|geo:Fakultní nemocnice Brno]] – Oddělení klinické biochemie
Pacient: [[PERSON|name:NOVOTNÁ Jaroslava]]   RČ: [[ID|ssn:545712/1230]]   Pojišťovna: 111
Žadatel: MUDr. [[PERSON|name:Tomáš Hruška]], IČP [[ID|license:72418003]], odbornost 001
Odběr: 6:45   Číslo vzorku: [[ID|other:2405140318]]

S-Glukóza        7,8    mmol/l   (3,9–5,6)   ↑
S-Kreatinin      118    µmol/l   (44–80)     ↑
S-Na             134    mmol/l   (136–145)   ↓
S-K              6,1    mmol/l   (3,5–5,1)   ↑↑
S-CRP            4,2    mg/l     (0–5)
B-HbA1c          58     mmol/mol

Kritická hodnota K hlášena telefonicky do ordinace (tel. [[PHONE|phone:543 211 487]]) v 9:12.""",
    # DK – laboratoriesvar
    """Klinisk Biokemisk Afdeling, [[LOCATION|geo:Aarhus Universitetshospital]]
Patient: [[ID|ssn:150872-1370]] [[PERSON|name:Jensen, Bodil Marie]]
Rekvirent: [[LOCATION|geo:Lægehuset Viby]], ydernr. [[ID|license:048271]]
Prøvetagning: [[DATE|date:02.04.2024]] kl. 08:15   Prøve-ID: [[ID|other:KBA24-0918273]]

NPU02319  B-Hæmoglobin           6,9    mmol/L   (7,3-9,5)   L
NPU01961  P-Ferritin             9      µg/L     (12-300)    L
NPU03429  P-Natrium              139    mmol/L   (137-145)
NPU19748  P-C-reaktivt protein   12     mg/L     (<8)        H
NPU27783  P-Transglutaminase IgA 87     U/mL     (<7)        H

Kommentar: Svar ringet til praksis kl. 11.20, talt med sygeplejersken.""",
    # FI – patologian lausunto
    """[[LOCATION|geo:HUS Diagnostiikkakeskus]], Patologia
PATOLOGIAN LAUSUNTO          Näytenumero: [[ID|other:H24-18273]]
Potilas: [[PERSON|name:VIRTANEN, Aino Marjatta]]  [[ID|ssn:120453-278L]]
Lähettäjä: [[LOCATION|geo:Jorvin sairaala]], kirurgian poliklinikka
Näyte otettu [[DATE|date:07.02.2024]]

Kliiniset tiedot: Selässä muuttunut luomi, epäsymmetrinen, 9 mm. Poistettu 2 mm marginaalein.
Makroskopia: Ihonäyte 22 x 10 x 6 mm, jossa tumma muutos 8 mm.
Diagnoosi: Pinnallisesti leviävä melanooma (C43.5), Breslow 0,8 mm, Clark III, ei ulseraatiota, mitoosit < 1/mm². Poistomarginaalit vapaat (lähin 2,1 mm). pT1b.
Suositus: Laajennettu reseksio 1 cm marginaalein melanoomatyöryhmän ohjeen mukaisesti.""",
]

REFERRALS = [
    # DE – Überweisungsschein Muster 6 (OCR)
    """Krankenkasse bzw. Kostenträger
Techniker Krankenkasse
Name, Vorname des Versicherten
[[PERSON|name:Yılmaz-Krüger]]
[[PERSON|name:Ayşe]]                               geb. am
[[ADDRESS|geo:Hochstr. 22]]                        [[DATE|date:09.11.78]]
[[ADDRESS|geo:45894 Gelsenkirchen]]
Kostenträgerkennung   Versicherten-Nr.     Status
101575519             [[ID|health_plan:T551029834]]           1000000
Betriebsstätten-Nr.   Arzt-Nr.             Datum
[[ID|license:021847300]]             [[ID|license:731094951]]            [[DATE|date:04.06.24]]

Überweisungsschein  Kurativ [X]  Präventiv [ ]
Überweisung an: Rheumatologie        Quartal 2/24
Diagnose/Verdachtsdiagnose: V.a. rheumatoide Arthritis M06.90 V
Befund/Medikation: Synovitis MCP II-III bds., Morgensteifigkeit > 1 h, CRP 28 mg/l, CCP-AK 340 U/ml. Ibuprofen 600 mg b.B., Prednisolon 5 mg seit 14 Tagen.
Auftrag: Mitbehandlung, Einleitung DMARD
Dringlicher Termin über TSS, Vermittlungscode [[ID|other:4KRM-7QXT-2PWA]]""",
    # AT – Überweisung
    """ÜBERWEISUNG
an: FA für Innere Medizin/Kardiologie
von: Dr. med. univ. [[PERSON|name:Ferdinand Aigner]], Arzt für Allgemeinmedizin, alle Kassen, Tel. [[PHONE|phone:01/749 22 81]], Fax [[PHONE|fax:01/749 22 81-4]]
Patientin: [[PERSON|name:Kovačević Dragana]], SV-Nr. [[ID|ssn:2846 030771]]
Zuweisungsdiagnose: Palpitationen, Belastungsdyspnoe, V.a. paroxysmales Vorhofflimmern (R00.2)
Fragestellung: Langzeit-EKG, Echokardiographie erbeten. TSH 0,9 mU/l, Hb 12,8 g/dl.
Aktuelle Medikation: Concor 2,5 mg 1-0-0, Euthyrox 75 µg 1-0-0.
Die Patientin spricht Deutsch und BKS; erreichbar unter [[PHONE|phone:0699/1928 3746]].
Wien, am [[DATE|date:12. März 2024]]      (Stampiglie, Unterschrift)""",
    # CH (fr) – lettre d'adressage
    """Dr [[PERSON|name:Nathalie Favre-Bulle]], médecin généraliste FMH – Fax [[PHONE|fax:022 320 18 49]]
GLN [[ID|license:7601000192646]]

[[LOCATION|geo:Hôpitaux Universitaires de Genève]]
Service d'endocrinologie, diabétologie, nutrition

Concerne : M. [[PERSON|name:DA SILVA FERREIRA João]]
N° AVS [[ID|ssn:756.8127.3645.02]] – Assurance : Groupe Mutuel, n° d'assuré [[ID|health_plan:4.819.203]]

Chère Consœur, Cher Confrère,
Je vous adresse ce patient, diabétique de type 2 depuis 2016, HbA1c à 9,4 % malgré metformine 1 g 2x/j et Januvia 100 mg 1x/j ; IMC 33 kg/m², microalbuminurie 48 mg/g. Merci de votre avis pour l'introduction d'un agoniste du GLP-1, voire d'un schéma basal.
Le patient parle portugais ; sa fille peut traduire.
Avec mes remerciements et mes meilleures salutations.""",
    # FR – lettre au rhumatologue
    """Dr [[PERSON|name:Mathieu Garnier]] – Médecine générale
Maison de santé pluriprofessionnelle
MSSanté : [[EMAIL|email:mathieu.garnier@medecin.mssante.fr]] – RPPS [[ID|license:10094273181]]

Le [[DATE|date:28/03/2024]]
Cher confrère,
Je te confie Mme [[PERSON|name:Christiane BLANCHARD]] pour avis rhumatologique : gonalgie droite mécanique depuis 6 mois, EVA 7/10, épanchement intermittent, périmètre de marche 500 m. Radiographies : pincement fémoro-tibial interne stade 3 de Kellgren-Lawrence.
Traitement en cours : paracétamol 1 g x3/j, Voltarène Emulgel, une infiltration de corticoïde en novembre sans effet durable.
ATCD : HTA (amlodipine 5 mg), cholécystectomie en 1998.
Une prise en charge chirurgicale est-elle à discuter ?
Bien confraternellement.
NIR de la patiente : [[ID|ssn:2 52 03 75 114 128 72]]""",
    # BE (nl) – verwijsbrief huisarts
    """Huisartsenpraktijk – Dr. [[PERSON|name:Hanne Claes]]
RIZIV [[ID|license:1-18273-67-004]]
Geachte collega,
Graag uw advies voor mevr. [[PERSON|name:Yasmina Bouzian]] (°[[DATE|date:30/06/1993]], RRN [[ID|ssn:93.06.30-046.79]]).
Zwangerschap 14 weken, G2P1. Bij routine-bloedname TSH 6,8 mU/L, vrij T4 11 pmol/L, anti-TPO positief. L-Thyroxine 50 µg gestart, foliumzuur 0,4 mg.
Graag opvolging endocrinologie in het [[LOCATION|geo:UZA]].
Met vriendelijke groeten""",
    # NL – ZorgDomein verwijzing
    """ZorgDomein verwijzing – referentie [[ID|other:ZD-83619274]]
Verwijzer: [[PERSON|name:J. Hoekstra]], huisarts, AGB [[ID|license:01027384]]
Patiënt: mevrouw [[PERSON|name:S. Ramdin-Soekhlal]], geb. [[DATE|date:14-02-1982]], BSN [[ID|ssn:617340286]]
Zorgverzekeraar: Zilveren Kruis, UZOVI 3311
E-mail: [[EMAIL|email:s.ramdin82@ziggo.nl]]
Specialisme: Dermatologie
Vraagstelling: Gepigmenteerde laesie rug, 7 mm, asymmetrisch, kleurverschillen, groei afgelopen 3 maanden. Graag beoordeling binnen 2 weken i.v.m. verdenking melanoom.
Medicatie: geen. Allergieën: geen bekend.""",
    # IT – ricetta elettronica specialistica
    """SERVIZIO SANITARIO NAZIONALE – REGIONE EMILIA-ROMAGNA
RICETTA ELETTRONICA – PROMEMORIA PER L'ASSISTITO
CODICE NRE: [[ID|other:0800A4018273619]]
COGNOME E NOME: [[PERSON|name:FERRARESI MARCO]]
CODICE FISCALE: [[ID|ssn:FRRMRC68S02A944E]]
INDIRIZZO: [[ADDRESS|geo:VIA SARAGOZZA 143 40135 BOLOGNA (BO)]]
ESENZIONE: NON ESENTE   SIGLA PROVINCIA: BO   CODICE ASL: 105
TIPOLOGIA PRESCRIZIONE(S,H): S   PRIORITÀ PRESCRIZIONE: B
QUESITO DIAGNOSTICO: dolore toracico atipico da sforzo in iperteso dislipidemico
CODICE PRESTAZIONE  DESCRIZIONE                                        QTA
89.41               TEST CARDIOVASCOLARE DA SFORZO CON PEDANA MOBILE   1
COGNOME E NOME DEL MEDICO: [[PERSON|name:ROSSETTI GIULIA]]
CODICE FISCALE DEL MEDICO: [[ID|ssn:RSSGLI70M62A944G]]
DATA: [[DATE|date:15/04/2024]]""",
    # ES – interconsulta
    """SERVICIO MADRILEÑO DE SALUD – ATENCIÓN PRIMARIA
DOCUMENTO DE INTERCONSULTA – DERIVACIÓN A ATENCIÓN HOSPITALARIA
Paciente: [[PERSON|name:RODRÍGUEZ ALONSO, JAVIER]]   CIPA: [[ID|health_plan:1029384756]]
DNI/NIE: [[ID|ssn:05182736P]]   Sexo: V
Servicio destino: Neumología – [[LOCATION|geo:Hospital General Universitario Gregorio Marañón]]
Prioridad: PREFERENTE
Motivo: Nódulo pulmonar de 14 mm en LSD en Rx de tórax reciente. Fumador activo (40 paquetes-año). Pérdida de 3 kg en 2 meses. Sat O2 96 %. Se solicita valoración y TC.
Médico solicitante: Dra. [[PERSON|name:Lucía Fernández Ortega]] – Nº col. [[ID|license:282849173]]""",
    # SE – remiss
    """REMISS
Till: Neurologmottagningen, [[LOCATION|geo:Skånes universitetssjukhus]]
Från: [[LOCATION|geo:Vårdcentralen Måsen]]
Remittent: distriktsläkare
Patient: [[ID|ssn:520930-0622]] [[PERSON|name:Ekström, Ingrid]]
Frågeställning: Parkinsonism?
Anamnes: [[AGE|other:71]]-årig kvinna med tilltagande vilotremor i höger hand sedan ett år, långsammare gång, mikrografi. Ingen neuroleptika. MMSE 28/30. Blodtryck 142/84 liggande, 128/78 stående.
Aktuella läkemedel: Enalapril 10 mg 1x1, Atorvastatin 20 mg 1x1.
Tolk behövs ej. Maken följer med till besöket.
Datum: [[DATE|date:2024-03-05]]""",
    # TR – sevk formu
    """T.C. SAĞLIK BAKANLIĞI
[[LOCATION|geo:KADIKÖY 14 NOLU AİLE SAĞLIĞI MERKEZİ]]
SEVK FORMU
Hasta Adı Soyadı: [[PERSON|name:Emine KARAKAYA]]
T.C. Kimlik No: [[ID|ssn:10485732662]]
Doğum Tarihi: [[DATE|date:17.03.1958]]      Cinsiyet: K
Sevk Edilen Kurum: [[LOCATION|geo:Marmara Üniversitesi Pendik Eğitim ve Araştırma Hastanesi]] – Göz Hastalıkları
Sevk Nedeni: Diyabetik retinopati taraması; Tip 2 DM 12 yıldır, HbA1c %8,6, son göz muayenesi 3 yıl önce. (E11.3)
Sevk Eden Hekim: Dr. [[PERSON|name:Mehmet Ali Çelik]]   Diploma Tescil No: [[ID|license:118273]]""",
]

PRESCRIPTIONS = [
    # DE – E-Rezept Ausdruck
    """E-Rezept – Ausdruck für Versicherte
Rezept-ID: [[ID|other:160.000.100.483.927.26]]
Versicherte: [[PERSON|name:Ruth Lehmann-Oduya]]
Versichertennummer: [[ID|health_plan:B288471034]] (BARMER)
1  Ramipril 5 mg, 100 Tbl. N3, PZN 04841050        Dosierung 1-0-0
2  Metformin 1000 mg, 180 Tbl. N3, PZN 10874125    Dosierung 1-0-1
Aussteller: Dr. med. [[PERSON|name:Gregor Baumann]], Facharzt für Allgemeinmedizin, LANR [[ID|license:265830403]]
Abgegeben: 10:42 Uhr
Token: [[ID|other:Task/160.000.100.483.927.26/$accept?ac=777bea0e13cc9c42ceec14aec3ddee2263325dc2c6c699db115f58fe423607ea]]""",
    # AT – e-Rezept
    """e-Rezept   REZEPT-ID: [[ID|other:3GKW 8R7V 9HNE]]
Patientin: [[PERSON|name:Brunner Theresia]], SVNR [[ID|ssn:3768 120564]]
Verordnende Ärztin: Dr.in [[PERSON|name:Katharina Mayr-Rieder]], Ärztin für Allgemeinmedizin
Rp.
Novalgin 500 mg Filmtabletten, 1 OP (30 Stk.)   S: bei Bedarf max. 4 x 1
Pantoloc 40 mg Filmtabletten, 1 OP (30 Stk.)    S: 1-0-0 nüchtern
Rezeptgebühr: EUR 7,10 je Packung (nicht befreit)
Eingelöst: [[LOCATION|geo:Apotheke Zum Schwarzen Adler]]
Vermerk Apotheke: Pantoloc derzeit nicht lieferbar, Pantoprazol-Generikum abgegeben, Patientin telefonisch informiert ([[PHONE|phone:0732 71 82 93]]).""",
    # CH (de) – Apotheke Rezepterfassung
    """[[LOCATION|geo:Bahnhof Apotheke Olten]] – Rezepterfassung
Patient: [[PERSON|name:Zürcher, Hans-Ueli]] ([[DATE|date:01.03.1941]])
Versichertenkarte: [[ID|health_plan:80756000570001234782]]   KVG-Versicherer: CSS
Verordnende Ärztin: Dr. med. [[PERSON|name:Simone Bieri]], GLN [[ID|license:7601001073159]]
Medikamente:
- Xarelto Filmtabl 15 mg, 28 Stk, 1-0-0 (Dauerrezept, gültig 12 Monate)
- Torem Tabl 10 mg, 30 Stk, 1-0-0
- Dafalgan Tabl 1 g, 16 Stk, Reserve max. 3x/Tag
Interaktionscheck: keine relevante Interaktion. Kreatinin-Clearance 42 ml/min gemäss Arzt, Dosis Xarelto angepasst.
Abrechnung: Tiers payant, LOA Apothekertaxe CHF 4.30, Bezugstaxe CHF 3.25""",
    # FR – ordonnancier stupéfiants
    """[[LOCATION|geo:PHARMACIE DES QUATRE CHEMINS]]
Ordonnancier, enregistrement n° [[ID|other:24-004817]]
Prescripteur : Dr [[PERSON|name:Olivier TRAN VAN LOC]], RPPS [[ID|license:10030619471]]
Ordonnance sécurisée présentée dans le délai de 3 jours.
Patient : M. [[PERSON|name:BENHADDOU Youcef]] – NIR [[ID|ssn:1 45 02 99 351 204 84]]
AMC : mutuelle, n° adhérent [[ID|health_plan:00382917]]
Délivré : SKENAN LP 30 mg gél., 1 boîte de 14 – 1 gél. matin et soir – fractionnement 7 jours
          OXYNORMORO 5 mg cp orodispersible, 1 boîte de 14 – si douleur, max 4/j
Identité du porteur vérifiée : CNI n° [[ID|ssn:180893102847]]""",
    # NL – medicatieoverzicht
    """Medicatieoverzicht – [[LOCATION|geo:Apotheek De Gaper]]        Afgedrukt: 14:02
Patiënt: dhr. [[PERSON|name:W. Nijenhuis]]   Geb.datum: [[DATE|date:19-10-1936]]
BSN: [[ID|ssn:704812393]]
Contra-indicaties: verminderde nierfunctie (eGFR 38 ml/min), valrisico. Allergie: penicilline.
Start       Geneesmiddel                          Dosering
[[DATE|date:12-03-2023]]  METOPROLOL SUCC TAB MGA 47,5MG        1x per dag 1 stuk
[[DATE|date:04-01-2024]]  APIXABAN TABLET 2,5MG                 2x per dag 1 stuk
Baxterrol, levering elke dinsdag. Contactpersoon: dochter, [[PHONE|phone:06-53918274]]""",
    # IT – ricetta farmaceutica
    """PROMEMORIA PER L'ASSISTITO – RICETTA ELETTRONICA FARMACEUTICA
REGIONE CAMPANIA
CODICE NRE: [[ID|other:1500A4129384756]]
COGNOME E NOME: [[PERSON|name:ESPOSITO ANNUNZIATA]]
CODICE FISCALE: [[ID|ssn:SPSNNZ33L69F839E]]
CODICE ESENZIONE: 013
PRESCRIZIONE                                        QTA   NOTA
LANTUS*SC 5PENNE 3ML 100U/ML                        1
METFORMINA DOC*60CPR RIV 1000MG                     2
DATA: [[DATE|date:22/01/2024]]
COGNOME E NOME DEL MEDICO: [[PERSON|name:DI MAURO PASQUALE]]
CODICE FISCALE DEL MEDICO: [[ID|ssn:DMRPQL60T09F839B]]
---
Spedita in farmacia. Ritirata su delega dal nipote [[PERSON|name:Ciro]] (la paziente ha [[AGE|date:90]] anni).""",
    # ES (ca) – recepta electrònica
    """FULL D'INFORMACIÓ AL PACIENT – RECEPTA ELECTRÒNICA (CatSalut)
Pacient: [[PERSON|name:MARTÍNEZ SOLER, NÚRIA]]   CIP: [[ID|health_plan:MASO1790612005]]
Metge prescriptor: Dr. [[PERSON|name:Jordi Puigdomènech Vila]], núm. col·legiat [[ID|license:08-41827]]
Centre: [[LOCATION|geo:CAP Sagrada Família]]
Pla de medicació:
- Sertralina 50 mg comprimits recoberts: 1 comprimit cada 24 h, durada 6 mesos
- Lorazepam 1 mg comprimits: ½ comprimit a la nit si cal, durada 1 mes
Propera dispensació a partir de: [[DATE|date:10/04/2024]]
Avisos per SMS al telèfon: [[PHONE|phone:622 81 93 07]]""",
    # PT – receita eletrónica
    """RECEITA MÉDICA ELETRÓNICA DESMATERIALIZADA – GUIA DE TRATAMENTO
N.º da receita: [[ID|other:1011000018273946512]]
Código de acesso e dispensa: [[ID|other:218374]]
Utente: [[PERSON|name:Manuel Joaquim Rebelo Antunes]]   N.º de utente: [[ID|health_plan:302918475]]
Local de prescrição: USF
Prescritor: Dra. [[PERSON|name:Catarina Leal Monteiro]]   Cédula profissional: [[ID|license:48273]]
Data: [[DATE|date:2024-05-06]]
Linha 1: Atorvastatina 20 mg, comprimido revestido, 30 unid. – 1 comp. ao deitar – válida 6 meses
Linha 2: Amlodipina 5 mg, comprimido, 60 unid. – 1 comp. de manhã
Linha 3: Pensos de hidrocolóide 10x10 cm, 10 unid.
Entidade responsável: SNS. Receita enviada por SMS para [[PHONE|phone:912 384 710]].""",
    # PL – e-recepta
    """Wydruk informacyjny e-recepty
Kod dostępu: [[ID|other:4827]]
Klucz dostępu: [[ID|other:0000000174625018273901]]
Pacjent: [[PERSON|name:Zofia Maria Wiśniewska]], PESEL [[ID|ssn:36020507287]]
Oddział NFZ: 05
Wystawca: lek. [[PERSON|name:Adam Grabowski]], NPWZ [[ID|license:8482019]], Przychodnia Rejonowa nr 3
Rp. Polpril 5 mg, 28 tabl., 1 op., D.S. 1 x 1 tabl. rano; odpłatność 30%
Rp. Bisocard 2,5 mg, 30 tabl., 1 op., D.S. 1 x 1; odpłatność S (75+)
Realizacja: [[LOCATION|geo:Apteka „Pod Łabędziem”]]""",
    # FI – Kanta yhteenveto
    """Yhteenveto lääkemääräyksistä (Kanta) – tulostettu [[DATE|date:03.06.2024]], apteekki
Henkilö: [[PERSON|name:Laaksonen Pekka Juhani]], [[ID|ssn:280266-4817]]
Lääkemääräys: Marevan 3 mg tabl, 100 kpl, annostus INR-hoitokortin mukaan
Määrännyt lääkäri [[PERSON|name:Riikka Salonen]], [[LOCATION|geo:Pirkkalan terveyskeskus]]
Lääkemääräyksen tunniste: [[ID|other:1.2.246.21.8.49201.24011587321]]
Kela-korvaus: 65 %, ei lisäkorvausta. Viimeisin INR 2,8.
Toimitettu 1 pakkaus. Seuraava INR-kontrolli kahden viikon kuluttua.""",
]

NURSING = [
    # DE – Übergabe Station
    """Übergabe FD → SD, Station 6B Unfallchirurgie, Mittwoch
Zi. 612/1 Fr. [[PERSON|name:Demirci]] ([[AGE|other:62]]), Hüft-TEP re. 2. postop. Tag, mobil mit Rollator, NRS 3 unter Novalgin 1 g 4x tgl., Redon gezogen, Wunde trocken. BZ 18 Uhr 212 mg/dl → 4 IE Actrapid lt. Schema. Ehemann bittet um Rückruf wg. Reha.
Zi. 614/2 Hr. [[PERSON|name:Wachtendorf]] („[[PERSON|name:Opa Willi]]“), [[AGE|date:91]] J., Demenz, nachts unruhig, Sitzwache angefragt. Bettgitter nur mit Beschluss – Beschluss liegt vor (Az. [[ID|other:42 XIV 118/24 L]]). Betreuerin informiert.
Zi. 615/1 NA, OSG-Fraktur li., präop. nüchtern ab 24 Uhr, OP morgen 1. Saal, Dolmetscher Polnisch organisiert.""",
    # AT – SBAR Pflegeheim
    """SBAR – Nachtdienst [[DATE|date:03.01.2024]], [[LOCATION|geo:Seniorenwohnheim St. Elisabeth]], Wohnbereich 2
S: BW Fr. [[PERSON|name:Pfurtscheller Aloisia]], Zi. 23, [[AGE|date:94]] J., seit 22:40 zunehmend verwirrt, RR 92/54, HF 108, SpO2 89 % bei RL, Temp. 38,9 °C.
B: Demenz, DM Typ 2 (Lantus 14 IE abends), Patientenverfügung vorhanden (keine Intubation, keine Reanimation).
A: V.a. Urosepsis bzw. Pneumonie.
R: Notarzt 23:15 über 144 verständigt, Transport an die [[LOCATION|geo:Klinik Innsbruck]]; Pflegeüberleitungsbogen und e-card (SVNR [[ID|ssn:4279 110829]]) mitgegeben. Sohn [[PERSON|name:Herbert]] telefonisch informiert. Hausärztin morgen früh verständigen.""",
    # CH (de) – Spitex Übergaberapport
    """Übergaberapport Spitex → Medizin, Station [[LOCATION|geo:Niesen]]
Eintritt [[DATE|date:17.04.2024]]: Frau [[PERSON|name:Stucki-Bärtschi, Verena]], [[AGE|date:91]]-jährig
Spitex-Einsätze: 2x/Tag Medikamentenabgabe (Wochendosett), Kompressionsstrümpfe Kl. II, 1x/Woche Duschen.
Beobachtung: seit 3 Tagen Gewicht +2,3 kg, Beinödeme ++, Dyspnoe bei geringer Belastung, SpO2 91 %. Hausarzt hat Einweisung veranlasst.
Angehörige: Nichte [[PERSON|name:Franziska Wyss]], [[PHONE|phone:079 281 44 03]], hat Vorsorgeauftrag.
Klientin ist schwerhörig: Hörgerät links, Seriennr. [[DEVICE|device:2318A0472]] (bitte nicht verlieren!).""",
    # FR – transmissions ciblées
    """TRANSMISSIONS CIBLÉES – Gériatrie aiguë, chambre 214 lit A
M. [[PERSON|name:ROUSSEL Gérard]], [[AGE|other:88]] ans – IPP [[ID|mrn:00931827]] – nuit
Cible DOULEUR – D : douleurs lombaires EVA 6 à 02h00. A : paracétamol 1 g IV à 02h10 (prescription de l'interne de garde). R : EVA 2 à 03h00, s'est rendormi.
Cible CHUTE – D : retrouvé assis au sol à 04h45 au pied du lit, pas de PC, pas de plaie, dextro 1,12 g/l. A : surveillance neuro /2h, déclaration FEI n° [[ID|other:FEI-2024-0318]]. Fille prévenue, Mme [[PERSON|name:Roussel-Abitbol]] ([[PHONE|phone:06 12 48 93 71]]), message laissé.
IDE : [[PERSON|name:Laetitia M.]]""",
    # BE (fr) – fiche de liaison
    """Fiche de liaison infirmière – [[LOCATION|geo:Résidence Les Tilleuls]] (MRS) → urgences [[LOCATION|geo:CHR Sambre et Meuse]]
Résidente : Mme [[PERSON|name:Lambert-Dewez Marie-Thérèse]], née le [[DATE|date:18/09/1939]]
Personne de contact : M. [[PERSON|name:Didier Lambert]] (fils), [[PHONE|phone:0475 38 29 17]]
Motif du transfert ([[DATE|date:12/06/2024]], 15h30) : chute, douleur hanche gauche, MI gauche raccourci en rotation externe.
Paramètres : TA 148/82, pouls 96, SpO2 95 %, T° 36,8 °C, glycémie 142 mg/dl.
Autonomie : Katz catégorie B, déambulateur. Prothèse dentaire haut, lunettes.
Traitement : Sintrom 4 mg selon INR (dernier INR 2,7), Lasix 40 mg 1x/j, Dafalgan 1 g 3x/j.
DNR 2.""",
    # NL – SBAR-overdracht
    """SBAR-overdracht afd. C4 Interne – avonddienst
K12-3: mw. [[PERSON|name:Kramer-Lucassen]] ([[AGE|other:72]])
S: na ERCP vanmiddag toenemende bovenbuikpijn, VAS 7.
B: choledocholithiasis, DM2, ERCP met papillotomie.
A: amylase 1840 U/L, CRP 56 mg/L, MEWS 3. Mogelijk post-ERCP pancreatitis.
R: AIOS dr. [[PERSON|name:Baldewsingh]] gebeld 21:15, komt beoordelen. Zoon [[PERSON|name:Rik]] belt vanavond terug.
K14-1: dhr. [[PERSON|name:El Khatib]], dag 2 na lap. chole, VAS 2, mag morgen met ontslag.""",
    # IT – consegne infermieristiche
    """CONSEGNE – Medicina Interna 2, turno notte
Letto 7 – Sig. [[PERSON|name:Pugliese]], BPCO riacutizzata, O2 2 L/min con occhialini, SpO2 92%. Ore 02:00 dispnea, EGA pH 7,31 pCO2 62 mmHg: avvisato medico di guardia, avviata NIV.
Letto 9 – Sig.ra [[PERSON|name:Marchetti]], post colecistectomia, VAS 4, drenaggio 80 ml sieroematico. Il marito chiede di essere chiamato per ogni novità.
Letto 11 – "[[PERSON|name:nonna Pina]]" ([[PERSON|name:Rizzo Giuseppa]], [[AGE|date:93]] aa), allettata, LdP sacrale stadio II medicata con idrocolloide, Braden 11, mobilizzazione ogni 2 ore.""",
    # SE – omvårdnadsanteckning
    """Omvårdnadsanteckning, avd 54 Geriatrik, [[LOCATION|geo:Danderyds sjukhus]]
[[DATE|date:2024-02-11]] 07:12  Natt: leg. ssk
Pat: [[PERSON|name:Holmberg, Sven Erik]] [[ID|ssn:330214-9137]]
Sömn: Sov oroligt, uppe vid 03-tiden och letade efter "[[PERSON|name:Brita]]" (hustrun, avliden 2019). Lugnades med samtal och varm mjölk.
Elimination: KAD, 850 ml klar urin sedan 22:00.
Smärta: VAS 2 i vila.
Nutrition: Åt halv frukostportion, 1 Nutridrink.
Kontakt: Son önskar läkarsamtal i dag. [[LOCATION|geo:Hemtjänst Täby]] meddelad om inläggningen.""",
    # DK – sygeplejefaglig overlevering
    """Sygeplejefaglig overlevering (dag → aften), Medicinsk Afdeling M3
Stue 4, seng 2: [[PERSON|name:Kirsten Østergaard Madsen]], [[AGE|other:77]] år. Pneumoni, i.v. Piperacillin/Tazobactam 4 g x 3, temp. 37,9, EWS 3, ilt 2 l/min. Datteren [[PERSON|name:Lotte]] ([[PHONE|phone:28 91 43 07]]) ønsker opringning ved forværring.
Stue 6, seng 1: [[PERSON|name:Mads F.]], alkoholabstinens, CIWA 14, Risolid efter skema, fast vagt bestilt. Visitator fra [[LOCATION|geo:Randers Kommune]] kontaktet ang. hjemmepleje.""",
    # CZ – ošetřovatelská překladová zpráva
    """OŠETŘOVATELSKÁ PŘEKLADOVÁ ZPRÁVA
Z: Interní oddělení, [[LOCATION|geo:Nemocnice Havlíčkův Brod]]   Na: [[LOCATION|geo:LDN Humpolec]]
Pacientka: [[PERSON|name:Hana Procházková]], RČ [[ID|ssn:415923/208]]
Datum překladu: [[DATE|date:8. 3. 2024]]
Soběstačnost: Barthel 35 b., riziko pádu (Conley 7). Dekubit sakrum II. st. 3 × 2 cm, převaz Inadine ob den.
Strava: diabetická, mletá. Glykémie 6–11 mmol/l, Humulin R dle schématu.
Vyprazdňování: PMK (zavedena [[DATE|date:1. 3.]]), stolice 2. den.
Kontaktní osoba: syn Ing. [[PERSON|name:Jiří Procházka]], tel. [[PHONE|phone:+420 603 418 297]]""",
]

TRIAGE = [
    # DE – ZNA Ersteinschätzung
    """ZNA – Ersteinschätzung nach MTS
Ankunft [[DATE|date:23.08.2024]] 02:17 mit RTW, Einsatz-Nr. [[ID|other:2408230117]]
Pat.: zunächst unbekannt, 02:40 identifiziert als [[PERSON|name:Maximilian Hofbauer]], *[[DATE|date:11.07.2001]] (Personalausweis Nr. [[ID|ssn:L01X00T47]])
Fall-Nr.: [[ID|mrn:81029384]]
Mechanismus: PKW-Fahrer, frontal gegen Baum, ca. 70 km/h, Airbag ausgelöst. Kennzeichen lt. Polizei [[VEHICLE|vehicle:IN-MH 1107]].
MTS: ORANGE (sehr dringend) – Indikator: Hochenergietrauma.
RR 104/68, HF 118, AF 24, SpO2 94 % RL, GCS 14 (A4 V4 M6), BZ 96 mg/dl, Temp. 36,1 °C, NRS 8.
Atemalkohol 0,9 ‰ lt. Polizei, FIN des Unfallfahrzeugs [[VEHICLE|vehicle:WBA8E9104GK482913]] im Protokoll. Mutter telefonisch informiert ([[PHONE|phone:0841 93 18 27]]).""",
    # CH (fr) – fiche de tri
    """URGENCES – [[LOCATION|geo:CHUV]] – Fiche de tri (Swiss Emergency Triage Scale)
Arrivée : 18:52, moyens propres
Patient : [[PERSON|name:Kilian Jaquier]] (attention : pas « [[PERSON|name:Jacquier]] »), accompagné de sa mère
Assurance : Assura, carte d'assuré [[ID|health_plan:80756012340000987616]]
N° de cas : [[ID|mrn:4102938471]]
Motif : chute en skate au skatepark de [[LOCATION|geo:Vidy]], douleur et déformation du poignet droit, EVA 7/10. Pas de TC.
Degré de tri : ETS 3. FC 96, TA 128/74, SpO2 99 %, T 36,7 °C.
Antalgie : Algifor 400 mg p.o. à 19:05, attelle, glace.""",
    # FR – fiche IOA
    """SAU – Fiche IOA
Arrivée : [[DATE|date:31/12/2023]] 23:48 – Mode : VSAV (SDIS 59)
M. [[PERSON|name:DELCOURT Kévin]], né le [[DATE|date:02/05/1996]] ([[AGE|other:27]] ans) – IPP [[ID|mrn:2039184]]
Adresse déclarée : [[ADDRESS|geo:8 résidence du Hainaut, appt 14, 59300 Valenciennes]]
Motif : plaie palmaire main gauche par éclat (mortier d'artifice), saignement contrôlé par pansement compressif, mobilité des doigts conservée.
Tri : FRENCH 3B. TA 138/86, FC 104, SpO2 98 %, T° 36,9 °C, EVA 6.
Allergie : pénicilline. VAT : ne sait pas → Tétavax + Gammatétanos.
Accompagnante : compagne, [[PHONE|phone:07 81 29 40 37]]""",
    # NL – SEH-triage
    """SEH-triage (MTS) – [[LOCATION|geo:Rijnstate]]
Binnenkomst [[DATE|date:07-06-2024]] 16:22 per ambulance, ritnr. [[ID|other:24-118273]] (RAV Gelderland-Midden)
Patiënt: mw. [[PERSON|name:Y.M. van den Broek-Visser]], ptnr [[ID|mrn:2093184]]
Klacht: pijn op de borst, uitstralend naar linkerarm, sinds 15:10, zweterig, misselijk.
Urgentie: ORANJE (U2) – discriminator: cardiale pijn.
ABCDE: RR 162/94, pols 102 irr., SpO2 96 %, AH 20, EMV 15, temp. 36,5 °C.
ECG ambulance: ST-elevatie II, III, aVF → direct naar HCK.
Contactpersoon: echtgenoot, [[PHONE|phone:06-29381746]]""",
    # IT – scheda di triage
    """PRONTO SOCCORSO – SCHEDA DI TRIAGE
N. pratica PS: [[ID|mrn:2024/048271]]   Accesso: [[DATE|date:03/08/2024]] ore 14:36   Arrivo: 118, MSA
Paziente: [[PERSON|name:BOATENG KOFI]]  nato il [[DATE|date:03/06/1994]] in GHANA  C.F. [[ID|ssn:BTNKFO94H03Z318V]]
Tel. [[PHONE|phone:389 274 1028]]
Problema principale: trauma da caduta da impalcatura (circa 3 m) in cantiere; infortunio sul lavoro, da denunciare INAIL.
Codice triage: 2 – ARANCIONE
PA 112/70, FC 110, SpO2 97% aa, GCS 15, NRS 8. Dolore al rachide dorso-lombare.
Referente ditta avvisato.""",
    # ES – triaje urgencias
    """SERVICIO DE URGENCIAS – [[LOCATION|geo:Hospital Universitario Marqués de Valdecilla]]
TRIAJE MAT/SET: NIVEL II      Hora: 03:05
Nº episodio: [[ID|mrn:U24-0718273]]
Paciente: [[PERSON|name:Iker Etxeberria Goikoetxea]], [[AGE|other:19]] años, DNI [[ID|ssn:71930482Y]]
Procedencia: 112, accidente de moto en la N-611. Matrícula del ciclomotor: [[VEHICLE|vehicle:C 8271 BFT]].
Constantes: TA 96/58, FC 124, SatO2 95 %, Glasgow 15, EVA 9.
Deformidad de fémur derecho, erosiones múltiples en MMSS.""",
    # PT – triagem de Manchester
    """Serviço de Urgência Geral – [[LOCATION|geo:Hospital de Santa Maria]]
Triagem de Manchester: AMARELO – fluxograma "Dor abdominal"
Admissão: [[DATE|date:2024-04-14]] 11:02   N.º episódio: [[ID|mrn:24048271]]
Utente: [[PERSON|name:Ana Beatriz Moura Tavares]], N.º SNS [[ID|health_plan:293018475]]
Cartão de Cidadão: [[ID|ssn:14829307 7 ZY7]]
Queixa: dor na fossa ilíaca direita desde ontem, náuseas, febre 38,2 °C. Teste de gravidez negativo.
Sinais vitais: TA 118/72, FC 98, SpO2 99 %, dor 6/10.
Enfermeiro triador: (assinatura digital)""",
    # PL – karta segregacji
    """SOR – Karta segregacji medycznej
Przyjęcie: [[DATE|date:2024-01-27]] 21:40   Nr księgi SOR: [[ID|mrn:3829/2024]]
Pacjent: NN mężczyzna, wiek ok. [[AGE|other:40]] lat → tożsamość ustalona 22:15: [[PERSON|name:Dawid Sadowski]], PESEL [[ID|ssn:85091418530]] (dowód osobisty [[ID|ssn:AYZ748291]])
Okoliczności: znaleziony na przystanku przy [[LOCATION|geo:ul. Sienkiewicza]], wychłodzony, woń alkoholu.
Kategoria pilności: ŻÓŁTY. Temp. głęboka 34,1 °C, GCS 13, RR 100/60, HR 58, glikemia 62 mg/dl.
Kontakt: siostra, tel. [[PHONE|phone:501 283 946]]""",
    # FI – päivystys
    """Päivystys, [[LOCATION|geo:OYS]] – hoidon kiireellisyyden arvio (ABCDE): B
Saapunut [[DATE|date:15.12.2023]] klo 08.47 ambulanssilla (tehtäväkoodi 704B)
Potilas: [[PERSON|name:Kärkkäinen, Eino Olavi]], [[ID|ssn:241129-903Y]], [[AGE|date:94]] v
Osoite: [[ADDRESS|geo:Isokatu 38 A 5, 90100 Oulu]]
Tulosyy: kaatunut kotona yöllä, vasen lonkka kipeä, ulkokierto ja lyhentymä.
Vitaalit: RR 168/90, p 88, SpO2 95 %, lämpö 36,4, NRS 7.
Lääkitys: Marevan (INR 2,4 toissapäivänä), Furesis 40 mg.
Omainen: tytär, [[PHONE|phone:044 529 3817]]""",
    # TR – acil triaj formu
    """[[LOCATION|geo:ANKARA ŞEHİR HASTANESİ]] – ACİL SERVİS TRİAJ FORMU
Geliş: 19:27   Geliş şekli: 112 ambulans
Protokol No: [[ID|mrn:24-0281937]]
Hasta: [[PERSON|name:Ramazan AYDOĞDU]]   TC Kimlik No: [[ID|ssn:38291504754]]   Yaş: [[AGE|other:56]]
Şikayet: Trafik kazası, araç içi sürücü, emniyet kemeri takılı. Araç plakası [[VEHICLE|vehicle:06 BFK 418]].
Triaj alanı: SARI
Vital: TA 90/60, Nabız 124, SpO2 %93, GKS 14, ağrı 8/10.
Yakını: eşi, [[PHONE|phone:0 (532) 918 27 46]]""",
]

BILLING = [
    # DE – Privatliquidation GOÄ
    """PVS rhein-ruhr · Privatärztliche Abrechnung

Frau
[[PERSON|name:Sabine Hartkopf-Nguyen]]
[[ADDRESS|geo:Am Stadtwald 31]]
[[ADDRESS|geo:45134 Essen]]

Rechnung Nr. [[ID|account:2024-318274-07]]      Rechnungsdatum [[DATE|date:12.04.2024]]
Behandelte Person: [[PERSON|name:Lena Hartkopf]] (Tochter)
Behandelnde Ärztin: Kinder- und Jugendmedizin

Datum     GOÄ   Leistung                                Faktor   Betrag
[[DATE|date:18.03.24]]  1     Beratung                                2,3      10,72 €
Gesamtbetrag 10,72 €   Diagnose: J02.0

Bitte überweisen Sie innerhalb von 30 Tagen auf IBAN [[ID|account:DE07 1001 0010 0523 8947 10]], Verwendungszweck: Rechnungsnummer.""",
    # AT – Honorarnote Wahlärztin
    """Dr. [[PERSON|name:Barbara Lindner-Kaiser]] · Fachärztin für Orthopädie und Traumatologie · Wahlärztin
[[URL|url:www.ortho-lindner.at]]

HONORARNOTE Nr. [[ID|account:2024/0418]]
Patient: Herr Mag. [[PERSON|name:Florian Reisinger]], SVNR [[ID|ssn:5197 311285]]
Versicherungsträger: ÖGK

[[DATE|date:22.05.2024]]  Erstordination inkl. klinischer Untersuchung Knie re.        € 140,00
           Infiltration Hyaluronsäure (Ostenil 20 mg, Ch.-B. 4018273)  €  95,00
Summe € 235,00 (USt-befreit gem. § 6 Abs. 1 Z 19 UStG)
Diagnose: Gonarthrose re. (M17.1)
Zahlbar binnen 14 Tagen auf IBAN [[ID|account:AT89 1200 0510 2738 4690]], BIC BKAUATWW.
Bitte reichen Sie die saldierte Honorarnote bei Ihrer ÖGK zur Kostenerstattung ein.""",
    # CH (de) – Rückforderungsbeleg TARMED mit QR-Rechnung
    """Rückforderungsbeleg (Tiers garant) – TARMED
Leistungserbringer: Dr. med. [[PERSON|name:Claudio Bernasconi]], Allgemeine Innere Medizin FMH
GLN [[ID|license:7601000048271]]   ZSR [[ID|license:F 8271.03]]
Patient: [[PERSON|name:Huber-Keller, Monika]]   W
AHV-Nr. [[ID|ssn:756.5091.8273.61]]   Versicherten-Nr. [[ID|health_plan:0418273.9]]
Versicherer: Helsana Versicherungen AG
Rechnungs-Nr. [[ID|account:24-00918]]   Behandlungsgrund: Krankheit
Datum       Tarif  Tarifziffer  Bezeichnung                         Anz   TP     CHF
[[DATE|date:03.06.2024]]  001    00.0010      Konsultation, erste 5 Min.          1     9.57    9.19
                        317    1371.00      Hämoglobin A1c                      1     9.00    9.00
Total CHF 18.19
Zahlbar innert 30 Tagen – QR-IBAN [[ID|account:CH48 3080 8004 8291 7365 0]]   Referenz [[ID|account:00 00000 00002 40091 80048 29171]]""",
    # FR – décompte mutuelle
    """DÉCOMPTE DE REMBOURSEMENT – Mutuelle des Pays de Vilaine
Adhérent : M. [[PERSON|name:LE GOFF Yannick]] – N° adhérent [[ID|health_plan:0048291735]]
NIR [[ID|ssn:1 68 01 69 123 045 57]]
Bénéficiaire : [[PERSON|name:LE GOFF Maëlle]] (enfant)
Date soins   Acte                        Dépense   Remb. RO   Remb. mutuelle   Reste à charge
[[DATE|date:04/09/2024]]   Consultation G (pédiatre)   30,00 €   21,00 €    9,00 €           0,00 €
             Pharmacie (J01CR02)         8,62 €    5,60 €     3,02 €           0,00 €
Virement effectué sur le compte [[ID|account:FR76 3000 4008 1900 0123 4567 879]]
Consultez vos décomptes : [[URL|url:https://adherent.mutuelle-vilaine.fr/decomptes]]""",
    # BE (fr) – facture hospitalière
    """[[LOCATION|geo:Cliniques universitaires Saint-Luc]] – Service facturation patients
FACTURE n° [[ID|account:2024/0381927]]
Patient : M. [[PERSON|name:VAN DEN BOSSCHE Luc]] – NISS [[ID|ssn:47.05.12-163.14]]
Adresse : [[ADDRESS|geo:Avenue Georges Henri 412 bte 5, 1200 Woluwe-Saint-Lambert]]
Organisme assureur : 306 (Solidaris)
Séjour du [[DATE|date:17/06/2024]] (4 nuits) – chambre individuelle
Honoraires chirurgie orthopédique (code 289073, PTH) – supplément d'honoraires 100 %
Part personnelle : 1.284,37 EUR
Montant à verser sur le compte [[ID|account:BE40 0630 1837 4663]] avec la communication structurée [[ID|account:+++024/0183/76528+++]] dans les 30 jours.""",
    # NL – nota fysiotherapie
    """Nota fysiotherapie – [[LOCATION|geo:Fysiotherapie Leidsche Rijn]], AGB-code [[ID|license:04018273]]
Factuurnummer [[ID|account:FC-2024-004812]]
Cliënt: mevr. [[PERSON|name:D. Kaya-Yıldız]], BSN [[ID|ssn:871203947]]
Verzekeraar: CZ, polisnummer [[ID|health_plan:2019-384-771]]
Prestatie  Omschrijving                       Datum        Bedrag
1864       Screening, intake en onderzoek     [[DATE|date:26-06-2024]]   € 61,20
Totaal € 61,20 (vrijgesteld van btw).
Gelieve binnen 30 dagen over te maken op [[ID|account:NL67 INGB 0006 2738 41]] o.v.v. factuurnummer.""",
    # IT – fattura casa di cura
    """[[LOCATION|geo:CASA DI CURA VILLA SERENA]] – P.IVA 01827364015
FATTURA N. [[ID|account:1827/PR]] del [[DATE|date:18/10/2024]]
Intestatario: [[PERSON|name:CHIARA RINALDI]] – C.F. [[ID|ssn:RNLCHR90P48L219Q]]
Prestazione: visita ginecologica + ecografia transvaginale (88.79.7)      € 180,00
Medico: Dott. [[PERSON|name:Stefano Garibotto]]
Imposta di bollo assolta virtualmente € 2,00 – Pagamento POS, carta **** 4417
Dati trasmessi al Sistema TS per il 730 precompilato.
Rimborso: UniSalute, pratica n. [[ID|other:2024-GE-0918273]], IBAN per accredito [[ID|account:IT15 O050 3411 7010 0000 0482 913]]""",
    # ES – autorización seguro privado
    """SOLICITUD DE AUTORIZACIÓN – Nº [[ID|other:AUT-46-2024-071829]]
Asegurada: [[PERSON|name:Lucía Sanchis Ferrer]]   Nº póliza: [[ID|health_plan:46-0918273]]
DNI: [[ID|ssn:50918273E]]
Prestación: RM de rodilla izquierda sin contraste (CIE-10 M23.2)
Centro realizador: concertado (ver cuadro médico)
Médico prescriptor: Dr. [[PERSON|name:Vicent Llorca Marí]], col. [[ID|license:46/10827]]
AUTORIZADO – válido 60 días. Copago 0,00 €.
Domiciliación: [[ID|account:ES65 0182 2370 4402 0193 8475]]""",
    # CZ – přehled vykázané péče
    """Všeobecná zdravotní pojišťovna ČR – Přehled vykázané zdravotní péče za 1. pololetí 2024
Pojištěnec: Ing. [[PERSON|name:Radek Šimek]]   Číslo pojištěnce: [[ID|ssn:680304/4171]]
Datum        Poskytovatel                                         IČZ         Body
[[DATE|date:15.02.2024]]   MUDr. [[PERSON|name:Alena Vrbová]], praktický lékař          [[ID|license:01827003]]    512
Nesouhlasíte-li s údaji, použijte portál Moje VZP (uživatel [[ID|other:rsimek68]]).
Doplatek za zubní péči uhraďte na účet [[ID|account:CZ15 0800 0000 0021 0819 3202]], VS [[ID|ssn:6803044171]].""",
    # TR – e-arşiv fatura
    """[[LOCATION|geo:ÖZEL EGE ŞİFA HASTANESİ]]
e-Arşiv Fatura   Fatura No: [[ID|account:ESH2024000018273]]   Tarih: [[DATE|date:19.03.2024]]
Sayın [[PERSON|name:Zeynep Arslan Demir]]
VKN/TCKN: [[ID|ssn:56910283712]]
Adres: [[ADDRESS|geo:Alsancak Mah. Kıbrıs Şehitleri Cad. No:104 D:6 Konak/İZMİR]]
Hasta dosya no: [[ID|mrn:00482917]]   SGK Takip No: [[ID|other:3KD8P2X]]
Hizmet: Laparoskopik kolesistektomi – SGK ilave ücret       12.500,00 TL
KDV (%10)                                                    1.250,00 TL
Toplam                                                       13.750,00 TL
Kredi kartı ile tahsil edilmiştir.""",
]

RADIOLOGY = [
    # DE – MRT LWS
    """[[LOCATION|geo:Radiologie Nordstadt]]
MRT der LWS nativ            Untersuchung: [[DATE|date:09.01.2024]]      Acc.-Nr. [[ID|other:RNH24000918]]
Patient: [[PERSON|name:Grzegorz Nowak-Schmidt]]
Überweiser: Hausärztin
Klinische Angabe: Lumboischialgie links seit 6 Wochen, Fußheberparese KG 4/5. Frage nach BSV.
Technik: 1,5 T, sag T1/T2/STIR, ax T2.
Befund: Mediolaterale Bandscheibenextrusion LWK 4/5 links, 9 mm nach kaudal umgeschlagen, Kompression der Wurzel L5 links im Rezessus. Modic-Typ-1-Veränderungen Grund-/Deckplatte LWK 4/5. Spinalkanal ansonsten normal weit (AP 14 mm). Conus auf Höhe LWK 1.
Beurteilung: Bandscheibenextrusion L4/5 links mit Kompression L5 links, passend zur Klinik.
Bilder online: [[URL|url:https://pacs.radiologie-nordstadt.de/share/RNH24000918]]""",
    # AT – CT-Pulmonalisangiographie
    """Institut für Radiologie – [[LOCATION|geo:Klinikum Wels-Grieskirchen]]
CT-Pulmonalisangiographie         [[DATE|date:28.08.2024]], 23:14
Pat.: [[PERSON|name:STEINER-HAAS Elisabeth]], geb. [[DATE|date:22.11.1956]]
Fragestellung: Dyspnoe, D-Dimer 4,8 mg/l FEU, Z.n. Knie-TEP vor 2 Wochen. PAE?
KM: Omnipaque 350, 70 ml i.v., Flow 4 ml/s.
Befund: Füllungsdefekte in beiden Pulmonalarterienhauptstämmen, reitender Embolus an der Bifurkation, Ausdehnung in alle Lappenarterien. RV/LV-Quotient 1,2, Reflux von KM in die V. cava inferior. Kein Pleuraerguss.
Beurteilung: Zentrale beidseitige Lungenembolie mit Zeichen der Rechtsherzbelastung.
Kritischer Befund telefonisch an den Dienstarzt der ZNA, Dr. [[PERSON|name:Leitner]], 23:31 Uhr.""",
    # CH (fr) – IRM cérébrale, porteur de pacemaker
    """Imagerie – [[LOCATION|geo:Hôpital du Valais]]
IRM cérébrale du [[DATE|date:11.10.2024]]
Patient : [[PERSON|name:FOURNIER Jean-Daniel]], né le [[DATE|date:02.06.1948]] – N° patient [[ID|mrn:3918274]]
Indication : vertiges récurrents, céphalées. Porteur d'un stimulateur cardiaque IRM-compatible, UDI [[DEVICE|device:(01)00884420105374(17)270131(21)RNB482917S]], programmé en mode SureScan avant l'examen et reprogrammé après (contrôle par l'infirmière de rythmologie).
Technique : 1,5 T, séquences T1, T2, FLAIR, diffusion, SWI.
Résultats : Hypersignaux FLAIR de la substance blanche périventriculaire et sous-corticale, confluents (Fazekas 2). Deux lacunes anciennes capsulo-lenticulaires gauches. Pas de restriction de diffusion. Pas de microsaignement.
Conclusion : Leucoencéphalopathie vasculaire Fazekas 2, pas de lésion ischémique aiguë.
Le radiologue""",
    # FR – scanner TAP
    """[[LOCATION|geo:CENTRE D'IMAGERIE MÉDICALE DU PARC]]
Scanner thoraco-abdomino-pelvien avec injection – [[DATE|date:16/01/2024]]
Patient : M. [[PERSON|name:OUEDRAOGO Issa]], né le [[DATE|date:30/07/1977]]
Prescripteur : oncologue, [[LOCATION|geo:Centre Oscar Lambret]]
Indication : bilan d'extension d'un adénocarcinome du côlon sigmoïde (C18.7).
Produit de contraste : Iomeron 350, 100 ml, lot 3K18273. PDL 812 mGy.cm.
Résultats : Deux lésions hépatiques hypodenses des segments VII (14 mm) et IV (9 mm), suspectes. Pas d'adénopathie médiastinale. Pas de nodule pulmonaire. Épaississement pariétal sigmoïdien connu.
Conclusion : Deux lésions hépatiques suspectes de métastases, IRM hépatique conseillée. Dossier présenté en RCP digestive.
Archive : [[ID|photo:OUEDRAOGO_ISSA_19770730_TAP.dcm]]""",
    # BE (nl) – RX thorax
    """Medische Beeldvorming – [[LOCATION|geo:UZ Leuven]], campus [[LOCATION|geo:Gasthuisberg]]
RX thorax PA + profiel – [[DATE|date:21/02/2024]]
Patiënt: [[PERSON|name:Mertens, Jozef]] °[[DATE|date:04/11/1971]]   Patiëntnummer [[ID|mrn:12894731]]
Aanvrager: huisarts
Klinische inlichtingen: hoest sinds 3 weken, roker (35 PY), 4 kg gewichtsverlies.
Bevindingen: Spiculaire opaciteit van ca. 2,3 cm in de rechter bovenkwab. Geen pleuravocht. Hili niet verbreed. Cor niet vergroot (CTI 0,45).
Besluit: Verdachte laesie rechter bovenkwab. CT thorax met contrast aanbevolen.""",
    # NL – echo abdomen
    """Radiologie – [[LOCATION|geo:Zuyderland Medisch Centrum]]
Echo abdomen, [[DATE|date:13-05-2024]]
Patiënt: dhr. [[PERSON|name:B. Smeets]], geb. [[DATE|date:07-07-1963]], ptnr [[ID|mrn:6029184]]
Vraagstelling huisarts: leverenzymstoornis (ALAT 96 U/L, GGT 188 U/L), steatose?
Bevindingen: Lever vergroot (craniocaudaal 18,4 cm) met diffuus verhoogde echogeniciteit, geen focale laesies. Galblaas zonder stenen, galwegen niet verwijd. Milt 11 cm. Nieren normaal.
Conclusie: Steatosis hepatis met hepatomegalie.
Beeld opgeslagen: [[ID|photo:US_ABD_Smeets_B_6029184.jpg]]""",
    # IT – TC encefalo
    """[[LOCATION|geo:AOU CAREGGI]] – SOD Radiodiagnostica d'Urgenza
ESAME: TC ENCEFALO SENZA MDC (87.03)     N° RIS: [[ID|other:RIS24-0712938]]     [[DATE|date:12/07/2024]] 09:51
Paziente: [[PERSON|name:BALDINI ORESTE]], [[AGE|date:93]] anni
Quesito: caduta accidentale in paziente in TAO (warfarin, INR 3,1), trauma cranico minore, GCS 15.
Reperti: Sottile falda di ematoma subdurale acuto fronto-parietale destro, spessore massimo 6 mm, senza effetto massa significativo né shift della linea mediana. Atrofia cortico-sottocorticale. Leucoaraiosi.
Conclusioni: EDSA fronto-parietale destro. Consulenza neurochirurgica e controllo TC a 24 ore.
Comunicato telefonicamente al medico di PS alle 10:05.""",
    # ES – RM de mama
    """INFORME DE RESONANCIA MAGNÉTICA – [[LOCATION|geo:Hospital Universitario Cruces]]
Paciente: [[PERSON|name:AZKUE ORMAETXEA, MIREN]]   Nº Historia: [[ID|mrn:1182739]]   Edad: [[AGE|other:38]]
Prueba: RM de mama bilateral con gadolinio – [[DATE|date:07/03/2024]]
Antecedentes: portadora de mutación BRCA2, cribado anual.
Hallazgos: Realce no masa de distribución segmentaria en cuadrante superoexterno de mama izquierda, de 28 mm, con cinética tipo II. Mama derecha sin hallazgos. Ganglios axilares de morfología normal.
Conclusión: BI-RADS 4 mama izquierda. Se recomienda biopsia guiada por RM.
Nota: la paciente solicita copia del informe en [[EMAIL|email:miren.azkue@euskalnet.net]]""",
    # SE – röntgensvar DT buk
    """Röntgensvar – [[LOCATION|geo:Akademiska sjukhuset]]
DT buk med i.v. kontrast   Us.nr [[ID|other:UAS24-418273]]   [[DATE|date:2024-06-03]]
Patient: [[ID|ssn:940711-2177]] [[PERSON|name:Abdi, Hassan Mohamed]]
Frågeställning: Appendicit? Smärta höger fossa sedan igår, CRP 88.
Fynd: Förtjockad appendix 11 mm med periappendiculär fettvävsreaktion. Ingen fri gas, ingen abscess. I övrigt normala förhållanden.
Utlåtande: Bild förenlig med akut appendicit utan tecken till perforation.
Svaret ringt till jourhavande kirurg kl. 14:22.
Granskad av: specialistläkare""",
    # PL – opis badania TK
    """[[LOCATION|geo:Centrum Diagnostyki Obrazowej „Ultramed”]]
OPIS BADANIA TK   Nr badania: [[ID|other:TK/2024/018273]]
Pacjentka: [[PERSON|name:Katarzyna Lewandowska-Wójcik]], PESEL [[ID|ssn:78120305628]]
Badanie: TK głowy bez i ze wzmocnieniem kontrastowym (Iomeron 400, 50 ml).
Opis: W okolicy skroniowej prawej przyoponowo zmiana o wym. 21 x 17 mm, szerokopodstawna, jednorodnie wzmacniająca się, z objawem „ogona oponowego”. Bez obrzęku. Układ komorowy nieposzerzony.
Wnioski: Obraz przemawia za oponiakiem okolicy skroniowej prawej. Wskazana konsultacja neurochirurgiczna i MR.
Lekarz opisujący: lek. [[PERSON|name:Ewa Szymańska-Baran]], specjalista radiologii, nr PWZ [[ID|license:6904172]]""",
]

APPOINTMENTS = [
    # DE – Terminbestätigung
    """[[LOCATION|geo:Klinikum Harburg-Süd]] · Ambulanzzentrum

Herrn
[[PERSON|name:Chidi Okonkwo-Petersen]]
[[ADDRESS|geo:Winsener Str. 118a]]
[[ADDRESS|geo:21077 Hamburg]]
                                                   [[DATE|date:02.09.2024]]
Ihr Termin in der Endokrinologischen Ambulanz

Sehr geehrter Patient,
wir bestätigen Ihren Termin am [[DATE|date:Dienstag, 24. September 2024]], um 10:15 Uhr (Ebene 2, Raum 2.118). Bitte kommen Sie nüchtern, die Blutentnahme erfolgt um 9:45 Uhr.
Bitte mitbringen: Überweisung (Quartal III/2024), elektronische Gesundheitskarte, Medikamentenplan, Blutzuckertagebuch.
Patienten-ID: [[ID|mrn:8820419317]]
Absagen bitte spätestens 48 Stunden vorher online unter [[URL|url:https://termine.klinikum-harburg-sued.de/absage]].
Mit freundlichen Grüßen, Ihr Terminmanagement""",
    # CH (de) – Aufgebot
    """[[LOCATION|geo:Kantonsspital Graubünden]] · Gastroenterologie

Frau
[[PERSON|name:Seraina Caflisch]]
[[ADDRESS|geo:Via Nova 14]]
[[ADDRESS|geo:7500 St. Moritz]]

AUFGEBOT      Patienten-Nr. [[ID|mrn:50.218.374]]
Sehr geehrte Patientin
Wir bieten Sie auf zur Koloskopie am [[DATE|date:Mittwoch, 7. Februar 2024]], 08.00 Uhr, Endoskopie, Haus H, 1. OG.
Darmvorbereitung mit Moviprep: 1. Liter am Vorabend um 19.00 Uhr, 2. Liter am Untersuchungstag um 04.00 Uhr. Ab 24 Stunden vorher keine Körner, keine Früchte mit Kernen.
Bei Verhinderung bitte frühzeitig melden: [[PHONE|phone:081 256 67 45]]. Nicht abgesagte Termine können mit CHF 150.– verrechnet werden.
Freundliche Grüsse
Sekretariat Gastroenterologie""",
    # FR – convocation
    """Service de chirurgie viscérale
CONVOCATION
Mme [[PERSON|name:DIALLO Aminata]]
[[ADDRESS|geo:Bât. C, appt 32, 14 allée des Mimosas]]
[[ADDRESS|geo:77190 Dammarie-les-Lys]]
Madame,
Vous êtes attendue en consultation d'anesthésie le [[DATE|date:lundi 18 mars 2024]] à 14h20, puis en hospitalisation ambulatoire le [[DATE|date:jeudi 28 mars 2024]] à 7h00 pour une cholécystectomie sous cœlioscopie.
Présentez-vous au bureau des admissions (hall A) avec votre carte Vitale, une pièce d'identité et votre carte de mutuelle. Jeûne à partir de minuit.
N° de dossier : [[ID|mrn:77-2401829]] – identifiant portail patient : [[ID|other:aminata.diallo.1989]]
En cas d'empêchement : [[PHONE|phone:01 81 74 19 27]]""",
    # BE (nl) – afspraakbevestiging
    """[[LOCATION|geo:AZ Groeninge]] – Afsprakenbureau

Dhr. [[PERSON|name:Stijn Vanhoutte]]
[[ADDRESS|geo:Sint-Amandsstraat 27]]
[[ADDRESS|geo:8550 Zwevegem]]

Geachte heer,
Hierbij bevestigen wij uw afspraken:
- [[DATE|date:woensdag 24/04/2024]] om 08:30 – bloedafname (route 14, campus [[LOCATION|geo:Kennedylaan]])
- zelfde dag om 10:00 – consultatie nefrologie (route 22)
Uw patiëntennummer: [[ID|mrn:0238471]]
Breng uw elektronische identiteitskaart en uw medicatielijst mee. Nuchter blijven is niet nodig.
Verhinderd? Bel [[PHONE|phone:056 63 30 10]] of verplaats uw afspraak via de app.""",
    # NL – bevestigingsmail
    """Van: [[EMAIL|email:noreply@mijn.umcg.nl]]
Aan: [[EMAIL|email:a.devries-tjeerdsma@hetnet.nl]]
Onderwerp: Bevestiging afspraak polikliniek Orthopedie

Beste mevrouw [[PERSON|name:De Vries-Tjeerdsma]],
U heeft een afspraak op [[DATE|date:vrijdag 14 juni 2024]] om 11:40 uur op de polikliniek Orthopedie, [[LOCATION|geo:UMCG]].
Meld u 15 minuten van tevoren aan bij een aanmeldzuil met uw afspraakbrief, of voer uw geboortedatum ([[DATE|date:22-04-1951]]) in.
Uw patiëntnummer: [[ID|mrn:9.018.274.3]]
Wijzigen? Log in op [[URL|url:https://mijn.umcg.nl]] met DigiD.
Neem mee: verwijzing, identiteitsbewijs en zorgpas.
Met vriendelijke groet, Afsprakenbureau Orthopedie""",
    # IT – promemoria CUP
    """CUP – Centro Unico di Prenotazione – PROMEMORIA DI PRENOTAZIONE
Codice prenotazione: [[ID|other:RM1-24-8827319]]
Assistito: [[PERSON|name:DE ANGELIS MAURIZIO]]   C.F. [[ID|ssn:DNGMRZ59B11H501T]]
Recapito: [[PHONE|phone:347 018 2937]]
Prestazione: 88.72.3 ECOCOLORDOPPLERGRAFIA CARDIACA   Priorità: D
Data e ora: [[DATE|date:GIOVEDÌ 16/05/2024]] ore 15:30
Struttura: [[LOCATION|geo:Presidio Ospedaliero Santo Spirito in Sassia]] – Cardiologia, ambulatorio 3
Ticket: € 51,65 – pagabile su pagoPA con codice avviso [[ID|account:301000000482913746]]
Disdetta almeno 48 ore prima.""",
    # ES (gl) – SMS e carta de citación
    """SERGAS informa: ten cita en CONSULTAS EXTERNAS DERMATOLOXÍA, [[LOCATION|geo:CHUAC]], o día [[DATE|date:08/10/2024]] ás 12:15, consulta 14. Para anular, chame ao [[PHONE|phone:881 540 000]] ou entre en [[URL|url:https://ov.sergas.es]]. Ref. cita [[ID|other:2409183746]].
---
CARTA DE CITACIÓN
Paciente: [[PERSON|name:RAÑA BOUZAS, XOSÉ MANUEL]]
TIS: [[ID|health_plan:RABO580226018]]   NHC: [[ID|mrn:02918374]]
Motivo: revisión de nevus atípicos, dermatoscopia dixital.
Traia a tarxeta sanitaria e a listaxe de medicación.""",
    # PT – convocatória consulta externa
    """Unidade Local de Saúde – Consulta Externa

Exmo. Senhor
[[PERSON|name:António Manuel Figueiredo Lopes]]
[[ADDRESS|geo:Rua do Brasil, 412, 2.º Dto.]]
[[ADDRESS|geo:3030-175 Coimbra]]

N.º Processo: [[ID|mrn:0829174]]   N.º Utente: [[ID|health_plan:219384756]]
Assunto: Marcação de Consulta Externa – Urologia
Informamos que foi marcada consulta para [[DATE|date:terça-feira, 23 de julho de 2024]], às 09h40, Piso 3, Gabinete 12.
Deve trazer o Cartão de Cidadão e a lista da medicação habitual. Faça o check-in no quiosque com o código [[ID|other:7Q2-418]].
Em caso de impossibilidade, responda a esta carta ou contacte o secretariado.""",
    # DK – indkaldelse via e-Boks
    """Indkaldelse til ambulant undersøgelse – [[LOCATION|geo:Rigshospitalet]], Hjertemedicinsk Klinik
Sendt via e-Boks til: [[PERSON|name:Anne-Sofie Lund Kristensen]], CPR-nr. [[ID|ssn:230498-0616]]

Kære modtager
Du er indkaldt til ekkokardiografi og samtale med læge [[DATE|date:mandag den 2. december 2024]] kl. 13.00, afsnit 2014, opgang 2, 1. sal.
Husk dit sundhedskort. Hvis tiden ikke passer, kan du ringe på [[PHONE|phone:35 45 05 57]] (hverdage kl. 8-14) eller skrive via MinSP.
Med venlig hilsen, sekretariatet
Henvist af: [[LOCATION|geo:Lægehuset Nørrebrogade]]""",
    # FI – kutsu vastaanotolle
    """[[LOCATION|geo:Tyks]] Silmäklinikka

[[PERSON|name:Nieminen Liisa Annikki]]
[[ADDRESS|geo:Humalistonkatu 17 C 31]]
[[ADDRESS|geo:20100 Turku]]
KUTSU VASTAANOTOLLE
Teille on varattu aika silmätautien poliklinikalle [[DATE|date:torstaina 12.9.2024]] klo 10.30, U-sairaala, 2. krs, vastaanotto 4.
Ottakaa mukaan Kela-kortti, silmälasit ja lääkelista. Silmiin tiputetaan mustuaisia laajentavia tippoja, joten ette voi ajaa autoa käynnin jälkeen.
Peruutukset viimeistään 24 tuntia ennen: puh. [[PHONE|phone:02 313 2240]] tai [[URL|url:Maisa.fi]].
Henkilötunnus: [[ID|ssn:030781-194R]]""",
]

HIS_ROWS = [
    # DE – HL7 v2.5 ADT^A01 aus dem KIS
    """MSH|^~\\&|ORBIS|[[LOCATION|geo:KLINIKUM_FULDA]]|CENTRICITY|RIS|[[DATE|date:20240311081523]]||ADT^A01^ADT_A01|MSG48271093|P|2.5|||AL|NE|DEU
EVN|A01|[[DATE|date:20240311081500]]|||[[ID|other:kuehnj]]
PID|1||[[ID|mrn:40918273]]^^^KLF^PI~[[ID|health_plan:W260391846]]^^^GKV^KV||[[PERSON|name:Schäfer-Lindqvist^Annegret]]^^^^^L||[[DATE|date:19520709]]|F|||[[ADDRESS|geo:Leipziger Str. 118^^Fulda^^36037]]^DE^H||^PRN^PH^^^[[PHONE|phone:661^9018274]]|||M|EV
PV1|1|I|K3^312^2^KLF||||[[ID|license:118273]]^[[PERSON|name:Ruppel^Matthias]]^^^Dr. med.||||||||||||[[ID|mrn:24003817]]^^^KLF^VN""",
    # AT – CSV-Export Ambulanzliste
    """# Export Ambulanzliste Diabetesambulanz – [[LOCATION|geo:Ordensklinikum Linz Barmherzige Schwestern]]
PatID;Nachname;Vorname;GebDat;SVNR;Termin;HbA1c
[[ID|mrn:1182734]];[[PERSON|name:Gruber]];[[PERSON|name:Maximilian]];[[DATE|date:1999-06-25]];[[ID|ssn:5614 250699]];08:00;7,9
[[ID|mrn:1190283]];[[PERSON|name:Öztürk]];[[PERSON|name:Elif]];[[DATE|date:2002-09-09]];[[ID|ssn:4020 090902]];08:20;11,2""",
    # CH (fr) – journal d'audit du DPI
    """Journal d'audit DPI – extraction du [[DATE|date:21.05.2024]]
09:14:02 AUDIT user=[[ID|other:mbertholet]] role=MED action=VIEW pid=[[ID|mrn:P0418273]] nom="[[PERSON|name:ROCHAT-MÜLLER, Anne-Laure]]" ddn=[[DATE|date:1980-03-14]] avs=[[ID|ssn:756.2618.4095.36]] src=[[IP|ip:10.18.204.77]]
11:02:55 AUDIT user=[[ID|other:ext_sbaud]] role=EXT action=VIEW pid=[[ID|mrn:P0418273]] motif="bris de glace" src=[[IP|ip:185.19.28.41]]""",
    # FR – HL7 v2.5 IHE PAM France
    """MSH|^~\\&|DXCARE|[[LOCATION|geo:CHU_NANTES]]|ENOVACOM|GAM|[[DATE|date:20240213104733]]||ADT^A04^ADT_A01|MSG0048271|P|2.5^FRA^2.10||||||8859/1
PID|||[[ID|mrn:1802947]]^^^&1.2.250.1.211.10.200.2&ISO^PI~[[ID|ssn:256044410931810]]^^^ASIP-SANTE-INS-NIR&1.2.250.1.213.1.4.8&ISO^INS||[[PERSON|name:ROBIN^Évelyne^Marie Claire]]^^Mme^^L~[[PERSON|name:MOREAU^Évelyne]]^^^Mme^^D||[[DATE|date:19560419]]|F|||[[ADDRESS|geo:7 impasse des Lilas^^Rezé^^44400]]^FRA^H||^PRN^PH^^^^^^^^^[[PHONE|phone:0240751829]]~^NET^Internet^[[EMAIL|email:evelyne.moreau44@orange.fr]]
PV1||O|CSLT^^^||||[[ID|license:10018703420]]^[[PERSON|name:BRUNET^Hugo]]^^^^Dr^^^RPPS||||||||||||[[ID|mrn:24ZX01827]]^^^&1.2.250.1.211.10.200.2&ISO^VN""",
    # NL – CSV-export uit het EPD
    """patientnr;bsn;naam;geboortedatum;opnamedatum;afdeling;kamer
[[ID|mrn:7730182]];[[ID|ssn:382019477]];[[PERSON|name:Vries, J.H. de]];[[DATE|date:14-03-1948]];[[DATE|date:02-02-2024]];GER;G3-12
[[ID|mrn:7731906]];[[ID|ssn:291048572]];[[PERSON|name:Bakker-Hoekstra, A.]];[[DATE|date:30-11-1975]];[[DATE|date:02-02-2024]];INT;I2-04""",
    # IT – estrazione SDO separata da tabulazioni
    """COD_NOSOLOGICO\tCOGNOME\tNOME\tSESSO\tLUOGO_NASCITA\tCODICE_FISCALE\tCOMUNE_RESIDENZA\tREPARTO\tDRG
[[ID|mrn:2024009182]]\t[[PERSON|name:ZANON]]\t[[PERSON|name:ROBERTA]]\tF\t[[LOCATION|geo:TREVISO]]\t[[ID|ssn:ZNNRRT49E45L407Z]]\t[[LOCATION|geo:PAESE]]\tORTOPEDIA\t544
[[ID|mrn:2024009217]]\t[[PERSON|name:HOXHA]]\t[[PERSON|name:ARDIT]]\tM\tALBANIA\t[[ID|ssn:HXHRDT90B27Z100K]]\t[[LOCATION|geo:MONTEBELLUNA]]\tCHIRURGIA GENERALE\t494""",
    # ES – exportación de altas separada por barras
    """NHC|APELLIDOS, NOMBRE|F_NAC|DNI_NIE|NASS|SERVICIO|GRD
[[ID|mrn:1093847]]|[[PERSON|name:OLMEDO RUIZ, ENCARNACIÓN]]|[[DATE|date:1942-08-17]]|[[ID|ssn:09374128H]]|[[ID|ssn:28/48203917/95]]|MIR|194
[[ID|mrn:1104219]]|[[PERSON|name:POPESCU, ION CĂTĂLIN]]|[[DATE|date:1984-02-09]]|[[ID|ssn:Y2038475E]]|[[ID|ssn:28/10394857/83]]|TRA|470""",
    # PL – eksport JSON z systemu szpitalnego
    """{"id_pacjenta": "[[ID|mrn:PL-0029184]]", "nazwisko": "[[PERSON|name:Kamińska]]", "imie": "[[PERSON|name:Helena]]", "pesel": "[[ID|ssn:44051208345]]", "miejscowosc": "[[LOCATION|geo:Sopot]]", "oddzial": "Interna II", "icd10": "J18.9", "platnik": "NFZ 11"}
{"id_pacjenta": "[[ID|mrn:PL-0029201]]", "nazwisko": "[[PERSON|name:Nowicki]]", "imie": "[[PERSON|name:Bartosz]]", "pesel": "[[ID|ssn:02261404830]]", "miejscowosc": "[[LOCATION|geo:Rumia]]", "oddzial": "Chirurgia Ogólna", "icd10": "K35.8", "platnik": "NFZ 11"}""",
    # DK – udtræk fra patientadministrativt system
    """CPR;Navn;By;Afsnit
[[ID|ssn:110653-2431]];[[PERSON|name:Poul Erik Thomsen]];[[LOCATION|geo:Odense C]];Kardiologisk afsnit B2
[[ID|ssn:190917-4283]];[[PERSON|name:Oliver Hansen Nørgaard]];[[LOCATION|geo:Odense SV]];[[LOCATION|geo:H.C. Andersen Børnehospital]] H2""",
    # TR – HBYS yatış listesi
    """TC_KIMLIK|AD|SOYAD|DOGUM_TARIHI|IL|ILCE|KURUM|SERVIS|TANI
[[ID|ssn:63820471900]]|[[PERSON|name:HATİCE]]|[[PERSON|name:ŞAHİN]]|[[DATE|date:1961-10-03]]|KONYA|[[LOCATION|geo:SELÇUKLU]]|SGK|KARDİYOLOJİ|I50.0
[[ID|ssn:47183029510]]|[[PERSON|name:YUSUF]]|[[PERSON|name:KORKMAZ]]|[[DATE|date:1938-01-20]]|KONYA|[[LOCATION|geo:MERAM]]|EMEKLİ SANDIĞI|GÖĞÜS HASTALIKLARI|J44.1""",
]


def main() -> None:
    print(
        f"probe50: {write_styled(OUT, [('arztbrief-and-discharge-letters', ARZTBRIEF), ('lab-and-pathology-reports', LAB), ('gp-referrals', REFERRALS), ('e-prescriptions-and-pharmacy', PRESCRIPTIONS), ('nursing-handover', NURSING), ('emergency-department-triage', TRIAGE), ('insurance-and-billing-forms', BILLING), ('radiology-reports', RADIOLOGY), ('outpatient-appointment-letters', APPOINTMENTS), ('hospital-information-system-export-rows', HIS_ROWS)])} docs"
    )


if __name__ == "__main__":
    main()
