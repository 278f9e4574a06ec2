"""The classes of text the hand-written probe corpus showed missing: each case names what
must go and, where precision is at stake, what must stay."""

import pytest

from mlgate.redaction import RedactionEngine, replace_spans

ENGINE = RedactionEngine()


def redact(text: str) -> str:
    return replace_spans(text, ENGINE.find(text))


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        # dates: no year beside a date word or a clock, month/year, ranges, weekday, time
        ("next change 11/3.", ["11/3"]),
        ("call log: 13/03 16:42 inbound", ["13/03 16:42"]),
        ("implanted 06/2021. Interrogation ok", ["06/2021"]),
        ("eff 01/01/2024-12/31/2024; renewal due", ["01/01/2024", "12/31/2024"]),
        ("Next visit Thursday, May 2.", ["Thursday, May 2"]),
        ("triage Sun 10 Mar 02:15: caller", ["Sun 10 Mar 02:15"]),
        ("Mar 12 14:03:22 infusion-gw01 dhcpd: lease", ["Mar 12 14:03:22"]),
        ("PID|1||7730021^^^MRN||CARTER^JAMAL||19790817|M", ["CARTER^JAMAL", "19790817"]),
        # ages after a name, with sex, and in brackets after any code
        ("NGUYEN, Thanh Huong (46F) w/ DKA resolved", ["46"]),
        ("monitoring via CareLink. Walter Brzezinski, 81M.", ["Walter Brzezinski", "81"]),
        ("Screening log: CARD-HF-0412 (67M) screen failed", ["CARD-HF-0412", "67"]),
        # identifiers: study codes, UDIs whole, glued letters and digits, en dashes
        ("Pedigree notes for GEN-AU-58321: aunt", ["GEN-AU-58321"]),
        ("Authority OTP/2024/11842. Missed dose", ["OTP/2024/11842"]),
        ("template FACE-3c1e77a0 enrolled", ["FACE-3c1e77a0"]),
        ("UDI (01)00884838012349(17)270630(10)H84210(21)SRX554019 stem", ["SRX554019"]),
        ("meter_sn=UN04482136 operator=RN10482 pt=1187204", ["RN10482", "UN04482136"]),
        ("SSN 318\u201340\u20132267, eff", ["318\u201340\u20132267"]),
        ("vent log: Hamilton C6 sn 7180423 2024-03-09 23:58 mode", ["7180423", "2024-03-09"]),
        ("stream rtsp://10.40.22.9:554/stream/bed09 up", ["rtsp://10.40.22.9:554/stream/bed09"]),
        # names: European honorifics and greetings, particles, handovers, staff roles
        ("Sehr geehrte Frau Kollegin Weber,", ["Weber"]),
        ("Geachte collega Jansen,", ["Jansen"]),
        ("om 11:00 met dhr. Pieter van der Berg via", ["Pieter van der Berg"]),
        ("Herr Thomas Müller-Lüdenscheidt, geb. 21.07.1961", ["Müller-Lüdenscheidt"]),
        ("Re: Seán Ó Murchú, DOB 02/02/1958", ["Seán Ó Murchú"]),
        ("handover: bed 22 - nikolaidis - #nof d1 post op", ["nikolaidis"]),
        ("rang bupa re return, rn joy said bed held until fri", ["joy"]),
        ("seen by alo daniel today. rn t. lui notified", ["daniel", "t. lui"]),
        # places: European facilities, addresses with flats, towns from GeoNames
        ("Valorada en el Hospital Clínico San Carlos. Teléfono", ["Hospital Clínico San Carlos"]),
        ("Bedömd på Norrlands universitetssjukhus 2024-03-15.", ["Norrlands"]),
        ("vue au CHU Saint-Pierre le 14 mars 2024", ["CHU Saint-Pierre", "14 mars 2024"]),
        ("Domicilio: C/ Mayor 18, 3º B, 28013 Madrid. Tel", ["C/ Mayor 18, 3º B, 28013 Madrid"]),
        ("adres: ul. Marszałkowska 84 m. 12, 00-517 Warszawa", ["00-517 Warszawa"]),
        ("Kunal works FIFO in Karratha, home fortnightly", ["Karratha"]),
        ("wohnhaft Lindenstraße 12, 3. OG links, 50674 Köln, der", ["3. OG links, 50674 Köln"]),
        ("Residente in Via dei Mille 42, int. 7, 00185 Roma. Recapito", ["int. 7, 00185 Roma"]),
        ("wonende Keizersgracht 214-III, 1016 DZ Amsterdam, tel.", ["214-III", "Amsterdam"]),
        ("Storgatan 8 lgh 1102, 752 31 Uppsala. Inskriven", ["lgh 1102", "Uppsala"]),
        ("morada Rua de Santa Catarina 314, 2.º Esq., 4000-447 Porto.", ["2.º Esq., 4000-447"]),
        # nursing shorthand: a word before an age, handovers, relatives, short dates
        ("label glued on. haddad (79) from bankstown, son jihad rang", ["haddad", "79"]),
        ("pension card sighted. dimitriou 73yo, dvt prophylaxis", ["dimitriou", "73"]),
        ("handover 1500: bed 7 mcallister post lap chole", ["mcallister"]),
        ("aunty dot napurrula is escort", ["dot napurrula"]),
        ("admitted via ED 12/3 2140. obs stable", ["12/3 2140"]),
        ("hostel bed in cairns booked til 19/9.", ["19/9"]),
        ("partner losa to bring meds from home in mt druitt.", ["mt druitt"]),
        ("Visita de control el dijous 23 de maig: Sr. Jordi Casals", ["dijous 23 de maig"]),
        ("in Bogen entlassen. Tochter Sabine ist Betreuerin", ["Sabine"]),
        ("Screening log: SCR-0412 (67 y, M) failed inclusion", ["SCR-0412", "67"]),
        ("randomisation no. R-2417; header for ONC-221 holds GALLAGHER^MAUREEN", ["R-2417", "ONC-221", "GALLAGHER^MAUREEN"]),
        ("hierbij bericht over dhr. J.W. van der Heijden, geb.", ["J.W. van der Heijden"]),
        ("rego 1xk 4rt. Kennzeichen M-KV 4821; reg.nr KLM 48B", ["1xk 4rt", "M-KV 4821", "KLM 48B"]),
        ("telemetry contd. nok grandson chris 0416 228 093.", ["chris"]),
        ("Pre-screening: J.K., 72F, referred by Dr White", ["J.K.", "72"]),
        ("aus dem Seniorenstift Am Mühlenteich, Sohn Jörg erreichbar", ["Am Mühlenteich", "Jörg"]),
        ("przyjęta do Szpitala Wojewódzkiego w Olsztynie dnia", ["Szpitala Wojewódzkiego w Olsztynie"]),
        ("Osastolla 12.3.2024, Tampereen yliopistollinen sairaala.", ["Tampereen"]),
        ("faxed to gp at sunshine family medical fax (03) 9311 4826.", ["sunshine", "9311 4826"]),
        ("f.nr. 23084931519, Thorvald Meyers gate 61, H0302, 0552 Oslo, tlf.", ["Meyers gate 61, H0302, 0552 Oslo"]),
        ("transport home booked to 9/104 hume hwy, lansvale 2166 1630", ["lansvale 2166"]),
        ("Quinlan (known as Bart), 71, admitted with AKI", ["71"]),
        ("participant RHD-NT-0042 (15), from Galiwin'ku.", ["RHD-NT-0042", "15"]),
        # probe3: sentence subjects, particle-first names, ages and ordinal days, device codes
        ("round done. Tavita found hypotensive 78/40", ["Tavita"]),
        ("1900 - jan-willem more settled after family visit.", ["jan-willem"]),
        ("Patient de la Cruz had an uncomplicated TKR.", ["de la Cruz"]),
        ("Frau von Thurn-Ebersberg berichtet über Schwindel", ["von Thurn-Ebersberg"]),
        ("Okonkwo-Baird reviewed on the morning round.", ["Okonkwo-Baird"]),
        ("MACINTYRE, Fiona, NHS no. 597 386 5525, 81. Admitted", ["81"]),
        ("Memory clinic. Bill is 82 and increasingly forgetful.", ["82"]),
        ("infant ari, 9 days old. Age at consent: 63. Site", ["ari", "9 days", "63"]),
        ("hurling in thurles on the 9th of last month", ["the 9th"]),
        ("Webster pack delivered Friday the 7th.", ["Friday the 7th"]),
        ("sensor 0M7H2K9PQ4, processor CP1150-A19-00382", ["0M7H2K9PQ4", "CP1150-A19-00382"]),
        ("Sample LAB_SPEC_88201_B rejected: haemolysed.", ["LAB_SPEC_88201_B"]),
        ("a student at University of Canterbury, with", ["Canterbury"]),
        ("Pharmacy of origin: Priceline Carindale, phone", ["Carindale"]),
        ("Seán Ó Súilleabháin, MRN H0392817, transferred", ["Seán Ó Súilleabháin"]),
        ("D/C summary - St. John-Mowbray, Peregrine (MRN A-00-391-227).", ["John-Mowbray", "Peregrine"]),
        ("Urgent referral: Noor, a 22-year-old student", ["Noor", "22"]),
        ("adverse event: participant RCT-NZ-0219 (Ropata), grade 2 rash", ["Ropata"]),
        ("NHI WKS2067. Aroha Te Whata, 44, discharged 5 Sept", ["Aroha Te Whata", "44"]),
        ("pulled PIVC. re-sited x1 by CN Obi. 1:1 special", ["Obi"]),
        ("MRN E48213907, from the duluth area, s/p CABG", ["duluth"]),
        # probe4: logins, host names, nicknames in brackets, a subject after a clock time
        ("Posted by dwhitlow. ack user jtanaka; EHR audit: user=s.oyelaran role=RN", ["dwhitlow", "jtanaka", "s.oyelaran"]),
        ("hub okonkwo-lounge.local up; gw-whitehorse-home; hostname ipad-of-hinewai", ["okonkwo", "whitehorse", "hinewai"]),
        ("Portal message from Barry (Bazza) Kettle, re script", ["Barry", "Bazza", "Kettle"]),
        ("30/6 2130 ahmad agitated ++, pulled PIVC.", ["ahmad"]),
        ("icu bed 4 carlos 44 intubated, propofol", ["carlos"]),
        # probe5: towns before a phone, via, Canadian addresses, children's hospitals
        ("wife bev rang from warrnambool 0491 570 110.", ["warrnambool", "0491 570 110"]),
        ("Jean-Luc Tremblay, 116 Rue Principale, Hawkesbury, ON K6A 1A1. OHIP", ["Hawkesbury, ON K6A 1A1"]),
        ("advised to attend Monash Children's ED if persists", ["Monash"]),
        ("innlagt Nordlandssykehuset 2. mai. Fastlege Hansen.", ["Nordlandssykehuset"]),
        ("icu bed 4 Carlos Mendes 44 intubated, propofol", ["Carlos Mendes", "44"]),
        ("bowel prep done. en rusty taking over. partner present. mw leilani.", ["rusty", "leilani"]),
        ("handover: Sione (bed 3), tongan, family visiting", ["Sione"]),
        ("son visiting from townsville 2/6. Clozapine dispensed 3/5 to Liam.", ["2/6", "3/5"]),
        ("wound r/v 3/4: olive (88) from the hostel", ["3/4"]),
        # probe6: longer names, other scripts, ages after names, bed handovers, "pt" in lower
        # case, cues in any separator, plates after the vehicle, dates in ranges and words
        ("Ravi Shankar Iyer, 53, referred by Dr Wood", ["Iyer", "53"]),
        ("le remito a D. José Luis García Martínez, de 74 años", ["José", "Martínez"]),
        ("Trần Văn Bảo 66M, chartMRN00481234. Lives alone", ["Trần", "Văn", "Bảo", "00481234"]),
        ("Patient Georgios Papadopoulos (Γεώργιος Παπαδόπουλος), from Chania", ["Γεώργιος"]),
        ("Hemi Walker 37, shearer; mr bill frost 82 urn4471203 falls risk", ["37", "82"]),
        ("handover: bed 3 wood, bed 4 young, bed 5 brown - all TKR D1.", ["wood", "young", "brown"]),
        ("resp: pt ioannidis on HFNP 40L/0.45, SpO2 93.", ["ioannidis"]),
        ("Name: Tran Thi Mai  Preferred: May  Medicare: 6102 48813 3", ["May"]),
        ("URN 00.481.236; urn 312 004 77; NHI PQR 7731; DVA White Card TX 204118", ["481", "312 004", "7731", "204118"]),
        ("Zoom meeting ID 842 5531 9907. record_id=1147 | status=ok", ["5531", "1147"]),
        ("escort: partner, collecting in car 1NX 4QP; company ute 1HQT 447; Pkw FR-KS 482", ["4QP", "1HQT", "FR-KS"]),
        ("tele box TX-014 moved; Patch VC-0A33F91 paired", ["TX-014", "VC-0A33F91"]),
        ("Cert for 19/3-21/3. Missed doses on the 14th and 15th. CT for the 19th.", ["19/3", "21/3", "15th", "19th"]),
        ("Aufnahme am 12. Jänner, Entlassung am 19.01. nach Hause.", ["19.01."]),
        ("joined from Rexdale, postal code M9V 2B4.", ["M9V 2B4"]),
        ("Rathmore, Ballyhaunis, Co. Mayo F35 X2K7. PPS No. 7284915TA", ["Rathmore", "Ballyhaunis", "Mayo"]),
        ("zam. ul. Długa 15/4, 80-827 Gdańsk", ["Długa", "80-827"]),
        ("HICAPS receipt Smile Dental Cairns; RDNS Geelong; Little Acorns Childcare Bundoora", ["Smile", "RDNS", "Acorns"]),
        ("queries: Knox Private (03) 9210 7000. Team: Peninsula Health CATT.", ["Knox", "Peninsula"]),
        ("Logged in as user kbishop2. user=nurse.hill; CGM sync: user sandy_b_1988", ["kbishop2", "nurse.hill", "sandy_b_1988"]),
        # probe7: ages ninety and over in words, dictated numbers and years, paths, macrons,
        # Dutch 's- towns, place keys, greetings, initials, lists of names, bracket nicknames
        ("pt Mabel Torrance ninety-four y.o.; she is ninety-three; ha quindi novantadue anni", ["ninety-four", "ninety-three", "novantadue"]),
        ("date of birth twenty-first of October nineteen forty-four comma", ["nineteen forty-four"]),
        ("hospital number four four zero one nine eight two full stop", ["four four zero"]),
        ("images saved as /data/retina/2024/PX0451_OD_20240307.png; face scan okoye_c_face_01.obj", ["PX0451", "okoye"]),
        ("Mrs Tāwhiri-Beckett, 77, of Whakatāne; chez sa fille à Whāngārei", ["Whakatāne", "Whāngārei"]),
        ("Thijs Hendriks-Ooms, 58 jaar, uit 's-Hertogenbosch. patient=G. Whitehorse loc=Strahan TAS", ["Hertogenbosch", "Strahan"]),
        ("Hi Mason, your session today is at 2pm. Thanks Mason.", ["Mason"]),
        ("Consent witnessed by AB Singh. checked: L. Fairbairn | row 15", ["Singh", "Fairbairn"]),
        ("Seen by Patel, Okoro and Lindqvist on ward round", ["Patel", "Okoro", "Lindqvist"]),
        ("pt Florence Hartigan (Flo) settled. Patient: Tobias Vasquez-Henning (Toby).", ["Flo", "Toby"]),
        ("Pt Gwendolyn Akintola, 90 (ninety on Tuesday!)", ["90"]),
        ("participant user id = jparker_88, consent signed", ["jparker_88"]),
        ("Txt from 0412 558 001 (11 Mar): hi its Jordan", ["0412 558 001"]),
        ("wife Barb & daughters Sterling & Ava at bedside. husb tuan rang 0545.", ["Sterling", "Ava", "tuan"]),
        ("refused 0600 meds. mason (AIN) 1:1 from 0200. Submitted by practice mgr (Deb).", ["mason", "Deb"]),
        ("Hospital: Calvary Mater Newcastle. Pt at Multicultural Hub Dandenong.", ["Calvary", "Multicultural"]),
        ("from: dr h. sterling, baranduda family med. >> to: obs&gyn clinic wodonga", ["baranduda", "wodonga"]),
        ("aus Tübingen-Lustnau, Sturz am So 10.3.", ["Lustnau"]),
        ("home at 22 Kingsway, Glen Waverley VIC 3150, landline 9594 7110", ["22 Kingsway", "9594 7110"]),
        ("NOK form says 'c/- Post Office, Barunga NT 0852'.", ["Post Office"]),
        ("Lives 1187 State Highway 1, Hāpuku, Kaikōura. Whānau contact", ["1187", "Hāpuku", "Kaikōura"]),
        # the earlier probes' leftovers: codes then names, initials, short nicknames, councils
        ("PS-101 Patience Obi 58 - eligible; PS-102 Lionel Frost 90 - excluded", ["Patience", "Obi", "58", "Frost", "90"]),
        ("CRF page 2: initials K.M.T., study ID SAFE-0219; participant initials MGL", ["K.M.T.", "MGL"]),
        ("Mohammed Al-Hashimi (Mo), 24. NOK: BROWN, Rose (sis). DOB 14 Nov 1931, 92 at consent.", ["(Mo)", "BROWN", "92"]),
        ("refund by cheque no. 000418. Referring GP Dr Aoife Brennan, IMC 412339.", ["000418", "412339"]),
        ("d/c to kowhai court rest home taupo 14/03 1030. (MD Anderson, Houston) consented", ["kowhai", "taupo", "Houston"]),
        # probe8: spaced and ranged dates, form address fields, locatives, Irish counties,
        # schools, surgeries, pharmacies, roles and preferred names in brackets, more cues
        ("Odpustno pismo, 11. 12. 2023. Svc dates 2/11/24-2/13/24; camp 12-14 Mar", ["11. 12. 2023", "2/13/24", "12-14 Mar"]),
        ("Address: Kilcowera Station, via Thargomindah QLD 4492 / Diagnosis: urosepsis", ["Kilcowera"]),
        ("Domicilio: Rúa Real 31, 3º izda., 15003 A Coruña / La Sra. Cabrera", ["Rúa Real"]),
        ("Home address: Tigh na Mara, Ballachulish PH49 4JB / Diagnosis", ["Tigh na Mara"]),
        ("Pacient pracuje v Kopřivnici. Kontrola v Brně u MUDr. Hany Novotné.", ["Kopřivnici", "Brně", "Novotné"]),
        ("Tadhg Mac Cárthaigh, 72, Kilkee, Co. Clare / Visit. Potilas asuu Jyväskylässä", ["Kilkee", "Clare", "Jyväskylässä"]),
        ("attends Sarina State School; fitter at Henty Gold Mine; Well Lane Surgery; Löwen-Apotheke", ["Sarina", "Henty", "Well Lane", "Löwen"]),
        ("d/w Fitzgerald (resp cons): NIV. kahurangi (pref Kahu), 14F. (Sgt Addo).", ["Fitzgerald", "kahurangi", "Kahu", "Addo"]),
        ("Samisk tolk Nils-Aslak Gaup. LMC: Aroha Te Whare (027 448 1093).", ["Gaup", "Te Whare"]),
        ("opinion on Bríd Ní Chonchúir (12/4/1959). Ms Ivy Sterling, DOB 19 Jan 1944 (80)", ["Chonchúir", "(80)"]),
        ("IBAN DE44 7005 1995 0000 4471 82. MCP 114 559 203 001. AACP no. 3317. r. č. 640512/1187", ["DE44", "114 559", "3317", "640512"]),
        ("car rego YQT 52K per police; with Yadu Health AHW", ["YQT", "Yadu"]),
        ("user=jsterling2 ws=host. Audit: access by jsterling2 not related to care", ["jsterling2"]),
        ("Abdullahi Warsame Hirsi, 41, D6 post Whipple. D/w surgeons: Hirsi can step down.", ["Hirsi", "41"]),
        ("Daughter summer rang (0428 551 907). Siobhán G2P1 39+2. Faith is a 38 y/o teacher.", ["summer", "Siobhán", "Faith", "38"]),
        ("wird nach Bad Krozingen verlegt. bosatt i Guovdageaidnu. Church: Free Church of Tonga Māngere.", ["Krozingen", "Guovdageaidnu", "Free Church"]),
        ("Nom: Gagnon-Pelletier, Marie-Ève. Cleared by Dr Ibrahim al-Sayed.", ["Gagnon", "Marie-Ève", "al-Sayed"]),
        # an address closing its sentence, a year-first slashed date, an age in brackets before a dash
        ("connected from 81.2.69.160. Discharged 2024/04/19. Centre called Joan Harper (90) - no answer", ["81.2.69.160", "2024/04/19", "(90)"]),
        # an organisation named by any words before Centre, Institute or Drug, "and" inside its name
        ("To: Covenant Sleep Disorders Center; site Baker Heart and Diabetes Institute; Carter County Drug", ["Covenant", "Baker Heart", "Carter County"]),
        # Canada's health card and college number, an account by its last digits, codes listed after one cue
        ("health card 4532 281 947 KT; CPSO 84412; checking account ending 6621; Visa card ending in 4471", ["4532 281 947 KT", "84412", "6621", "4471"]),
        ("Hearing aids x2, serial L 2319A44871, R 2319A44872. MRNs 4471123 and 4471124 merged", ["2319A44871", "2319A44872", "4471124"]),
        # addresses spelled out against scrapers or mistyped
        ("j.smith at gmail dot com; rose dot hope at outlook dot com; HUNTER_77 AT AOL DOT COM", ["smith", "rose dot hope", "HUNTER_77"]),
        ("Dr Patel (dr.patel (at) northsidegp (dot) com.au); mack.tran@gmail,com (sic)", ["northsidegp", "com.au", "mack.tran"]),
        # names by a form field, a relation in brackets, a handover bed, a hyphenated given name
        ("First name Hunter. surname Okafor. payer: Ellis-Grey. my mate Dazza", ["Hunter", "Okafor", "Ellis-Grey", "Dazza"]),
        ("nok=hope(dtr). Handover: Smith-Kowalczyk bed 9 NBM. 3) Ava-Grace Devlin (mum: Courtney)", ["hope", "Smith-Kowalczyk", "Ava-Grace"]),
        # ninety and over in words alone, a plate after "drives", an apostrophe year, NZ's new NHI
        ("so ninety-three. Partner drives 1ABC 234; son driving CX-91-RT. seen Sept '23. NHI: zbn77vl", ["ninety-three", "1ABC 234", "CX-91-RT", "Sept '23", "zbn77vl"]),
        # an address wins over the number inside it; Canada's postal codes; a town after "lives"
        ("addr 1184 Elm St Apt 3, Normal, IL 61761-2207. Sent to 214 Herring Cove Road, Halifax, NS B3R 1V7.", ["Normal", "Elm St", "Herring Cove", "B3R 1V7"]),
        ("102F, lives Bath. Pt lives Ceduna, with son", ["Bath", "Ceduna"]),
        # Ireland, India, Singapore, Malaysia and South Africa: national numbers by shape or check
        ("PPSN on form: 8823144WA. Aadhaar: 4821 7730 9156, PAN AKDPR4471K. NRIC S2218354C", ["8823144WA", "4821 7730 9156", "AKDPR4471K", "S2218354C"]),
        ("MyKad 850312-14-5567 / Tarikh: 12 Mac 2024. ID no 9605125834082. 5 Junie 2024: fall", ["850312-14-5567", "12 Mac 2024", "9605125834082", "5 Junie 2024"]),
        ("MCRN 412389. Reg. No. TNMC 84412. (MMC 48712). folder no is UMZ 229184. last4 3391", ["412389", "84412", "48712", "229184", "3391"]),
        ("Bike no. TN 11 AK 4417; parked Hilux CB 72 KL. Pt: Lakshmi Narayanan, 62/F; Age/Sex: 54 Y/M", ["TN 11 AK 4417", "CB 72 KL", "62/F", "54 Y"]),
        ("Lives Blk 512 Tampines Central 1, #08-224, Singapore 520512. Postal code? L6Y 4M3", ["Tampines", "520512", "L6Y 4M3"]),
        ("H.No. 221, Gali No. 4, Indira Nagar, Lucknow 226016. Alamat: No. 18, Jalan Mawar 3, Taman Sri Muda, 40400 Shah Alam", ["Gali", "Indira", "Lucknow", "Mawar", "Shah Alam"]),
        ("SN Nor Azlina binti Hashim; Rajendran a/l Subramaniam; Sr J. Ngwenya, Mamelodi clinic; KwaMashu CHC", ["Azlina", "Hashim", "Subramaniam", "Mamelodi", "KwaMashu"]),
        ("my new number is 0275 118 402\nngā mihi\nhine\n", ["hine"]),
        # a card by its cue whatever its check digit, a masked card's last digits
        ("reimbursed to pt card 4564 8910 2234 1187; Pagamento con carta **** 3392", ["4564 8910", "3392"]),
        # nicknames quoted in brackets, ages before a line break, elders' and Asian honorifics
        ('Ramon Castillo-Ybarra ("Ray") SSN. Resident: Grace O\'Neill 101\nlunch. Patient: Madam Goh Siew Eng, 93, NRIC', ["Ray", "101", "Goh Siew Eng", "93"]),
        # a triage header's name before the sex, a handover line's name before its dash, a maiden name
        ("SATS: RED\nSipho Nkosi M  ID no 9\naroha tūhoe F  NHI PRT8824\n- Zayd - DNA'd r/v\n* bay 2 bed 4: Lyle MacLeod - NBM\nMme Le Bihan, née Quéméner", ["Sipho", "aroha", "Zayd", "Lyle MacLeod", "Quéméner"]),
        # towns after "toward", "nr"; a shire; a town with macrons after "to"
        ("heading toward Manunui; MVA nr Kalkallo; moved to the Bland Shire; return to Ōmāpere", ["Manunui", "Kalkallo", "Bland", "Ōmāpere"]),
        # a message's writer in any case, greetings in other languages, a full name in brackets, a username
        ("hi its niamh o connor here. this is jasmine lee, mdm lee's dtr. its tama from otara. dis Elsabé du Toit.", ["niamh", "connor", "jasmine lee", "tama", "Elsabé"]),
        ("Kia ora Mereana, results. it's Thandi (Thandeka Dlamini). My username is nroy1984.", ["Mereana", "Thandeka Dlamini", "nroy1984"]),
        # Dutch and Welsh particles; initials as a nickname; double-barrelled names with three capitals
        ("dr. M. van 't Hek, neuroloog. Consultant: Dr Rhys ap Gwilym. known as JK. Pt: DeShawn O'Malley-Reyes", ["Hek", "Gwilym", "JK", "O'Malley"]),
        # surnames of the census lists; an everyday word beside a listed name; provider cues
        ("Participant Hope Ashworth. Provider: Callum Hope, provider no. 4471208K. Seen with Priya Nakashima", ["Hope Ashworth", "Callum Hope", "Nakashima"]),
        # a mailbox's display name, JSON name fields, an X12 claim's person and place segments
        ('From: "Will Faith" <willfaith@outlook.com>\nFrom: Hope Nakashima <hn@example.org>', ["Will Faith", "Hope Nakashima"]),
        ('{"patient":"Hope Marangoni","name_first":"Faith"} NM1*IL*1*STREET*MERCY****MI*W11~N4*READING*PA*19601~', ["Marangoni", "Faith", "STREET", "MERCY", "READING", "19601"]),
        # US month/day where a date is expected; a range's first date without its year
        ("Progress Note 3/14 0710. before 4/30 for card. Dc 3/12. from 04.03. to 08.03.2024", ["3/14", "4/30", "3/12", "04.03."]),
        # ages: Dutch "jr", German "J.", Polish "lat", Spanish words, "(age ninety)", "(102!)", a son's
        ("Dhr. de Vries, 72 jr; Wilhelm Brandt, 91 J.; Nadzieja Kowalczyk, lat 90; de noventa y un años", ["72", "91", "90", "noventa"]),
        ("Widowed (age ninety). Mr Bruce Hall 93 #NOF. pt Ethel (102!) slept. re her son (4), fever", ["ninety", "93", "102", "(4)"]),
        # sixteen digits in fours, whatever the check digit (an outside bank's need not pass Luhn)
        ("Code 4111 1111 1111 1112 was declined. Card on file updated: 5399 4120 8841 0927.", ["4111 1111", "5399 4120"]),
        # counties and the towns before them; positions; keyed device codes; CSV age and sex
        ("lives in Street (Somerset); in Hope, Derbyshire; in March, Cambridgeshire", ["Street (", "Hope", "Derbyshire", "March", "Somerset"]),
        ('Position: 47.80231 N, 13.04472 E; lat=-33.8688, lon=151.2093; "transmitter_id":"8G4K2M"', ["47.80231", "151.2093", "8G4K2M"]),
        ("OBX|2|ST|DEVICE_ID||MX800-DE44718822\nfaceid_tpl=FT-88e1-2c40\nS-0141,MKY,91,F,N", ["MX800", "FT-88e1", ",91,"]),
        # a given name found once is redacted where it recurs alone
        ("Re: Ms Rosie-Mae Bishop-Kang\nThank you for seeing Rosie-Mae again.", ["Rosie-Mae"]),
        # a US town before its state's code, hospitals known by a short name
        ("from Normal, IL, admitted; home to Bath (ME). Epikrise - Rigshospitalet; seen at Addenbrooke's", ["Normal", "Bath", "Rigshospitalet", "Addenbrooke"]),
        # Australia's 13 numbers, a form's "Given name(s):", a town before a closing quote
        ("Queries: 13 26 53. Surname: VU  Given name(s): Trang. confused re 'going home to tamworth'.", ["13 26 53", "Trang", "tamworth"]),
        # long street names and numbered roads; postcode fields; HL7 addresses; a town's second part
        ("from 351 Martin Luther King Jr Blvd #3, San Diego, CA 92103; address=\"8393 Route 66, Apt 34B, Minneapolis, MN 55455\"", ["Martin Luther", "Route 66", "Apt 34B"]),
        ('patient.zip="84132" |||2878 Peachtree St NE^^Rochester^MN^55905|| Lindenallee 106, 60311 Frankfurt am Main', ["84132", "Peachtree", "Rochester", "Main"]),
        ("GP: Dr Hargreaves, Riverside Surgery. Maple Grove Skilled Nursing Facility. Centrum Medyczne Długa", ["Riverside", "Maple Grove", "Długa"]),
        # device codes after a transmitter or "tx=", a performer number, a share code, the French NIR by cue
        ("G6 transmitter 8JQ2XL; cgm=G6 tx=8GX4TQ; Performer no. 129847; share code RW88-TX4Q; sécurité sociale 1 71 08 59 350 112 48", ["8JQ2XL", "8GX4TQ", "129847", "RW88", "350 112"]),
        # a relation, then the name in brackets
        ("dis Elsabé du Toit. My ma (Hester) se bloedsuiker; his wife (Mary) visited", ["Hester", "Mary"]),
        # quoted names after "Baby girl" and "name is", a nurse's lower-case name, Gaelic surnames, ages in words in brackets
        ('Baby girl "Mercy" 3.41 kg. states name is \'king\' only. hi nurse hunter, thanks', ["Mercy", "king", "hunter"]),
        ("would see Mícheál Ó Súilleabháin, a farmer. Mother (ninety-seven) and sister (seventy) here", ["Mícheál", "Súilleabháin", "ninety-seven", "seventy"]),
        # a name no list holds before the record's identifiers
        ("Home HD machine report\nAdebayo Ogunleye, hosp no RF4419021\nPesakit: Lim Chee Keong, RN HRPB 118823", ["Adebayo", "Ogunleye", "Chee Keong"]),
        # hospital acronyms, Canadian provinces, hospital numbers, DVA with a space
        ("hosp no. RJ1 448213; DVA Gold NX 889213; outside Hope, BC, brought to VGH; DISCHARGE SUMMARY -- RPA", ["448213", "889213", "Hope", "VGH", "RPA"]),
        # the name a chart holds beside the one a note uses; a nickname before a full name
        ("Cliff (chart: Clifford Ashby-Clarke) ok. pt wojtek (chart: wojciech kowal-zieliński). Banjo (Andrew Paterson-Reid)", ["Cliff", "Clifford", "wojtek", "wojciech", "Banjo", "Paterson"]),
        # facilities of many kinds and languages; a letter's dateline; a dotted day and month
        ("from Sunrise Manor Assisted Living; Hospital Costa del Sol; Hautarztpraxis am Stadtpark; Klinikum rechts der Isar", ["Sunrise", "Costa del Sol", "Stadtpark", "Isar"]),
        ("Nice, le 22 aout 2024\nCentre Hospitalier de Chamonix. admitted 23.07. with STEMI", ["Nice", "Chamonix", "23.07."]),
        # a code's rest on the next line, after a hyphen or alone before a bracket
        ("NHS no 943 476\n5919 (label wrapped). Newborn MRN 30017-\n882 (split)", ["5919", "882"]),
        # exports: CSV under a header, FHIR's arrays, a record's key-value lines
        ("patient_id,last_name,first_name,zip\n448102,Booker,Royal,30310", ["448102", "Booker", "Royal", "30310"]),
        ('"name":[{"family":"Fairbairn","given":["Honor"]}]\nfirst_name: Hope', ["Fairbairn", "Honor", "Hope"]),
        # handles and logins; plates of seven characters
        ("insta handle @jadey.ob_02; posts as u/nightwatch_marcus; username glam1974; MyChart (bnsato92)", ["jadey.ob_02", "nightwatch_marcus", "glam1974", "bnsato92"]),
        ("WA licence 7730218   Vehicle 1HGT993; in their car LKT482", ["1HGT993", "LKT482"]),
        # ages: after a name and a wide gap, in months, in words, after a contraction, at booking
        ("Pt: Liam O'Connor, 12   MRN W2290431. Infant Kai Robertson-Hill, 4/12, MRN", ["O'Connor, 12", "Robertson-Hill, 4"]),
        ("Mr Reginald Fairweather ('Reg'), ninety, NHS no. my son hes 4 now. DOB 1989 - 35 at booking", ["ninety", "4 now", "35"]),
        # names: a nickname before the full name in lower case; a name before a role or age and sex
        ("mw note - tash (natasha o'neill, ur0873312). res ron (ronald hope, rm 7)", ["tash", "natasha o'neill", "ron", "ronald hope"]),
        ("Second attendant: Maya RM. Primary: Leah Carter RM\n- kez EN\nreview of Tahlia Brown (24F)", ["Maya", "kez", "Tahlia Brown"]),
        ("brought by Garda Keane; caseworker Amira to call; FY1 Harriet read back", ["Keane", "Amira", "Harriet"]),
        # facilities in capitals, plural hospitals, dental practices, labs, rooms, glued Klinikum
        ("ROYAL HOBART HOSPITAL - EMERGENCY DEPT\nDOUGLASS HANLY MOIR PATHOLOGY\nRoyal United Hospitals Bath", ["HOBART", "MOIR", "United"]),
        ("Hope Street Dental Practice; Awanui Labs; Hunter Valley Specialist Rooms; Charité Campus Virchow-Klinikum; WZC Sint-Jozef", ["Hope Street", "Awanui", "Hunter Valley", "Virchow", "Sint-Jozef"]),
        # addresses: ordinal streets, a spaced street word, a house letter; a postcode ends a line
        ("Pickup: 3312 W 26th St, Chicago, IL 60623\nAnschrift Venloer Str. 212, 50823 Köln", ["26th St", "Venloer"]),
        ("Levereras till: Storgatan 14 B, 931 30 Skellefteå", ["14 B"]),
        # a given name before an age, a name before "aka", roles in brackets, housemates, children's ages in words
        ("ccu nsg 4/22: Marvin 63 \u2014 impella; tele r/v - gazza aka Gary Whitehouse", ["Marvin", "63", "gazza", "Whitehouse"]),
        ("rounds w/ hope (charge rn); spoke w/ tina (MA); flatmate jazz here; staff tash debriefed; \u2014 kate h EN", ["hope", "tina", "jazz", "tash", "kate h"]),
        ("seeing Miles Fenwick, a nine-year-old boy; Kirra, aged twelve, and her mother", ["nine", "twelve"]),
        ("join patient=mgarza1958 ip=10.44.7.19; drives silver astra NG17 KXR; Patient IBAN NL47 INGB 0003 8421 77", ["mgarza1958", "NG17 KXR", "8421 77"]),
        # addresses without a postcode, led by the unit (Hong Kong, the Gulf, Sri Lanka, the Caribbean)
        ("Address: Flat 7, 3/F, Tung Fat Building, 48 Tokwawan Road, To Kwa Wan, Kowloon\nPressure", ["Tung Fat", "Tokwawan", "Kowloon"]),
        ("staying at Villa 23, Street 14, Al Barsha 2, Dubai, mob; we at No. 27/3, Galle Road, Colombo 03.", ["Villa 23", "Al Barsha", "27/3", "Colombo"]),
        ("home address 4410 rue Beaubien Est, app. 3, Montréal QC H1T 1T2. Post to 3 Camustianavaig, Braes, Isle of Skye IV51 9LQ.", ["Beaubien", "H1T 1T2", "Braes", "Skye"]),
        # Hong Kong identity cards, councils as cues, facilities, a message's last line
        ("HKID K 765432(3); PMDC 12345-S; OPQ permis 212345; (CPSM 21983); MSP practitioner # 28841; BHT no: 2024/14872", ["765432", "12345-S", "212345", "21983", "28841", "14872"]),
        ("Sheikh Khalifa Medical City; Pharmacie Gauthier et Lemieux; Mpilo maternity; PIMS pharmacy\nCan the home nurse come?\nMpho", ["Khalifa", "Lemieux", "Mpilo", "PIMS", "Mpho"]),
        ("Child: Ella-Rose Byrne, 14\nSivakumar Ratnam 60y, snake bite; Instagram account 'ella.rose.x'; mum's car (KPZ417)", ["Ella-Rose", "Ratnam", "60y", "ella.rose.x", "KPZ417"]),
        # a title's surname that is a word, in lower case; a given name before a record; towns after a name
        ("mrs young, chi 0309581234; n/s: mr cook (ninety-two) found; mevr de vries ninety-four", ["young", "cook", "de vries"]),
        ("pm shift. grace (ur 77 14 093) bsl 14.6; Gwilym ap Rhys (71), of Mold, NHS 7019238841", ["grace", "Rhys", "Mold"]),
        ("Cabinet du Dr Mathilde Roussel, Nice\nCher confrère; Subject KS-211 (Nils); export ox_brown_p_12-04.edf", ["Nice", "KS-211", "brown_p"]),
        # tables with an age column or first/last headers; one field a line; telemetry keys
        ("screen no | name | age | outcome\nS-041 | T. Walsh | 58 | eligible\nclaim,member,last,first\nCLM-1,MBR1,Bishop,Mercy", ["58", "Walsh", "Bishop", "Mercy"]),
        ("patient_mrn,E0041882\nnurse_login,jmaddox2\n08:02 dev=HEM7600T-55A219 sys=168", ["E0041882", "jmaddox2", "HEM7600T-55A219"]),
        # greetings and thanks before a dash or a role; ages after a nickname or a code; a Roman month
        ("Hi Marcy - sending you Jonah\nThanks - Nat (GP registrar)\nThanks, Priti (dispensary)", ["Marcy", "Nat", "Priti"]),
        ("Stanley Rigby ('Stan'), 98\nDVA Gold QX901234  (91)\nDOB 1.iv.1933; pt's pickup 7KRT442; matricula britanica WF68 ZTX", ["98", "91", "1.iv.1933", "7KRT442", "WF68 ZTX"]),
        # Irish and Quebec addresses whole; LKH; Catalan hospitals; a staff nurse; a relative's given name that is a word
        ("Ms Saoirse Nic Aodha\n4 Lios na Gréine, Ennis, Co. Clare, V95 F6P2\nLives 402-1150 Rue Sainte-Catherine O, Montreal QC H3B 2H4.", ["Lios na", "Ennis", "V95 F6P2", "402-1150", "Sainte-Catherine", "H3B 2H4"]),
        ("LKH-Univ. Klinikum Graz; Hospital Universitari i Politècnic La Fe\nfluid bal -400\nCarys SN\nHusband Will will collect; pt 95, v fragile", ["LKH", "Politècnic La Fe", "Carys", "Will will", "95"]),
        ("old chart filed as ur_5503812_dc.pdf; SIN 130692544", ["5503812", "130692544"]),
        # dates before a clock in any form, a fax's recipient, house names over a street read as a name
        ("pt Okonkwo, Chidi adm 03/19; SOC visit set 3/22 2pm\nTo: Piedmont Neurology   Fax: 404-351-0771", ["03/19", "3/22", "Piedmont"]),
        ("Mr Geoffrey Baker, of The Old Rectory, Church Lane, Much Wenlock TF13 6AA, whose; PU 1420 Grand Concourse Apt 6F, Bronx, NY 10456", ["Old Rectory", "Church Lane", "Much Wenlock", "Concourse", "Bronx"]),
        ("R Achterberg FY1 GMC 7081234; res Dulcie Hope (101!); Guarantor: Robert 'Bobby' King; baby girl Willow 3.2kg", ["Achterberg", "Dulcie", "101", "Bobby", "Willow"]),
        ("UBRN 0004 1923 7781; interpreter #40117; Personalausweis L01X00T47; Vehicle allocated: S447XJA; Seniorenzentrum Am Maschsee", ["7781", "40117", "L01X00T47", "S447XJA", "Maschsee"]),
        # other calendars: Chinese, Korean, Japanese eras, Taiwan's Minguo years, Hijri months, Hungarian
        ("Admitted 2024年3月8日; 2024년 9월 12일; R6.10.3; OPD 113/05/20. DOB: 058/04/09 (ROC); Date: 1 Shawwal 1445; 2024. április 8.", ["2024年3月8日", "9월 12일", "R6.10.3", "113/05/20", "058/04/09", "Shawwal", "április"]),
        # addresses after "lives at" or "home to", as each country writes them; Hungarian order
        ("lives at Calle Durango 214, Int. 3, Col. Roma Norte, Cuauhtémoc, 06700 Ciudad de México, CDMX.", ["Durango", "Int. 3", "Roma Norte", "06700"]),
        ("take him home to 3-14-8 Kichijoji Minamicho, Musashino-shi, Tokyo 180-0003 by taxi; Gyógyszertár, 6720 Szeged, Kárász u. 16.", ["Kichijoji", "180-0003", "Szeged", "Kárász"]),
        # identity shapes (CURP, voter key, Czech birth number, Korean plates), record cues in other languages
        ("CURP FOCX961104MJCLSM08; clave FLCSXM96110414M700; RČ 720305/0419; car 12가 3456; placa QAB3F21", ["FOCX961104MJCLSM08", "FLCSXM96110414M700", "720305/0419", "12가 3456", "QAB3F21"]),
        ("bed 18 Liu Guoqiang M 70 住院号0812093; pront448217; serienr 2219HA0457; (WeChat chenjie_sz88); (account wenchi.liao)", ["0812093", "448217", "2219HA0457", "chenjie_sz88", "wenchi.liao"]),
        ("Pacient: Ioan Moldovan, 71 ani; Bjørn Ask 77 år, rom 214; Tampereen Hervannan apteekki; Yeni Umut Eczanesi", ["71", "77", "Hervannan", "Yeni Umut"]),
        # Brazil's CPF, Chile's RUT, Belgium's national number, Moroccan and Ivorian cards, e-prescriptions
        ("CPF:047.318.226-50; RUT 9.874.312-K; INSZ 50.06.17-224.61; CIN BH 482715; CNI CI 0028 4417 21; NRE 1200A4471829305", ["226-50", "312-K", "224.61", "482715", "4417 21", "1200A4471829305"]),
        # addresses a patient writes, facilities of Vietnam, Indonesia, Portugal, Latin America
        ("we moved to Calle 47 n° 812 e/ 11 y 12, La Plata. our house is Perum Griya Asri Blok C2 No. 15, Kelapa Dua, Tangerang 15810.", ["Calle 47", "La Plata", "Griya Asri", "15810"]),
        ("To: Bệnh viện Bạch Mai; RS Siloam Kebon Jeruk; USF Ramalde; Instituto Nacional de Enfermedades Neoplásicas; Fundación Valle del Lili", ["Bạch Mai", "Siloam", "Ramalde", "Neoplásicas", "Valle del Lili"]),
        ("photo received: WhatsApp Image 2024-04-19 at 10.12.44.jpeg\nMy father (90) had; c'est Ndèye Fatou Sow, the mother of Serigne Mbaye Sow", ["10.12.44", "90", "Ndèye", "Serigne"]),
        # last four digits, "thru" ranges, credentials after a name, lower-case thanks, booking refs, plates after a state
        ("checking ending 0921; Visa ending 4417; a work note for 1/22 thru 1/24; Sandra Ng, MD  NPI 1639284710", ["0921", "4417", "1/22", "1/24", "Sandra"]),
        ("Alaska Air booking ref QXJ4PL; scanned battle_dl_scan.pdf; (grey 2008 Corolla, CA 6FXR219); OCP # 612904; ICN 1012873346V551092\nthanks gus", ["QXJ4PL", "battle_dl", "6FXR219", "612904", "V551092", "gus"]),
        ("Re: Kenneth Mark, Medicare 5KJ2-WN8-RT41\nMark reports melena x3 days", ["Mark reports"]),
        ("lives alone, neighbor Hope checks in daily; wife May visits", ["Hope checks", "May visits"]),
        # forum members, survey response IDs, first-person ages, masked three digits, a date after "release"
        ("Posted by PollyPocket77 on 02/02/2024; by Gunny_Rick_0311 \u00bb; Member: prairie_nana | Joined", ["PollyPocket77", "Gunny_Rick_0311", "prairie_nana"]),
        ("R_1xQbN82hLp0sVc4,2024-03-05; I'm 41, two herniated discs; nan Mere who's 91 and sharp; SIN ***-***-442", ["R_1xQbN82hLp0sVc4", "41", "91", "442"]),
        ("Quarantine: 10 days at home, release 02/20/2024; Age at ED arrival: 61; your portal login is lortega88", ["02/20/2024", "61", "lortega88"]),
        ("Practice: Hope & Sons Opticians; Bath Vets; Jefferson Middle School; Huisartsenpost Utrecht Stad\nmy name's Jen btw\n\u2014 Bev", ["Sons Opticians", "Bath Vets", "Jefferson", "Utrecht", "Jen", "Bev"]),
        # Welsh hospitals, British plates, Dublin districts, a name and age glued to the sex, restraining orders
        ("EMERGENCY DEPARTMENT - Ysbyty Gwynedd; move car - SN19 KWT - out of the bay; Addr: 14 Rialto Cottages, Rialto, Dublin 8, D08 X2F6", ["Gwynedd", "SN19 KWT", "Rialto Cottages", "D08 X2F6"]),
        ("Liam Ng 27M, palpitations; Mr Reginald Cox, 90M, of Penguin; restraining order FVRO 2023/4417; R. Hope RN (NMC 09A1234E)", ["Liam Ng", "27", "Penguin", "2023/4417", "R. Hope"]),
        # home folders and numbered files in paths, characters spelled one by one, spaced IPs, UPI, cues
        ("Export saved to /home/rwhite/exports/patient_44019233_claim_CLM-88231.csv; Chart ref M R N 7 7 0 4 1 9 2", ["rwhite", "44019233", "7 7 0 4"]),
        ("from 203 . 0 . 113 . 47 (audit); via UPI priyanair83@okhdfcbank; scr# 03-017; CR No. 2024/55613; inv 88410; REDCap record 0447", ["113 . 47", "priyanair83", "03-017", "55613", "88410", "0447"]),
        # Malaysian hospitals, Indian, Hong Kong and Taiwanese addresses, a mother's self-introduction
        ("progress — Hospital Pulau Pinang\nDelivered to: #221, 9th Main, 4th Block, Jayanagar, Bengaluru 560011\nUmur: 76", ["Pulau Pinang", "9th Main", "4th Block", "76"]),
        ("Address: Flat C, 23/F, Tower 2, Island Harbourview, 11 Hoi Fai Road, Tai Kok Tsui, Kowloon\nWe live at No. 18, Ln. 52, Sec. 2, Zhongshan N. Rd., Taipei City 104. Thanks", ["Harbourview", "Hoi Fai", "Kowloon", "Ln. 52", "Zhongshan"]),
        ("this is Nimali mother of Kavindu Herath; hi its Hope (Hope Nguyen) \u2013 my bp; Site supervisor Kumar 8771 2046; (RPh 11872)", ["Nimali", "Kavindu", "Hope (", "Kumar", "11872"]),
        # phones with the area code's slash; dental council, Drugs Payment Scheme, French "sécu"
        ("Tel. 0761 / 4 55 66 12; GDC 281044; DPS no. 77120; N° sécu 1 73 04 75 112 048 91", ["55 66 12", "281044", "77120", "112 048 91"]),
        # a relative's age at diagnosis, a sex then an age, an age in a column, an age key
        ("Mother had breast ca at 49. Aunt (ovarian ca, 58).\ncaller = pt. Aroha Ngata f 27\nage_at_consent=62", ["49", "58", "27", "62"]),
        ("Pt Chantelle 26 T1DM, on a pump\nClient: Felicity Brand 33 G2P2, 8/52 postpartum", ["26", "33"]),
        # a day and month beside a clock time, after "drawn"/"opens", in brackets, "evening of"
        ("Next level 20/03 0530. Trough before 4th dose 3/15 0530. border drawn 6/14; window (opens 5/20)", ["20/03", "3/15", "6/14", "5/20"]),
        ("consented this morning (4/22) at the clinic; over the evening of 14/03, last ~2300", ["4/22", "14/03"]),
        # a CGM transmitter after "tx", serial numbers after "serial nos", plates after a van,
        # a Landcruiser, a state in brackets before or after
        ("CGM Dexcom G6 TX 8GM4RT | TIR 61%; serial nos PH-A2318842L / PH-A2318843R.", ["8GM4RT", "PH-A2318842L", "PH-A2318843R"]),
        ("in van 4418 KTB; (van CQX 918); Landcruiser (WA 1HQA 226); permit: 1HX 7QZ (VIC); car (NQA 18K)", ["4418 KTB", "CQX 918", "1HQA 226", "1HX 7QZ", "NQA 18K"]),
        # a number its scheme fixes the length of, wrapped onto the next line
        ("Medicare 5509\n87213 4\n\nThanks. NHS 450 557\n7104\nCHI 030452\n1187 Discharged", ["87213 4", "7104", "1187"]),
        # where someone lives or works from, in words no list holds
        ("Lives on Inis Meáin, came over on the ferry. Lives out past Oodnadatta on a station; a boat out of Shute Harbour.", ["Inis Meáin", "Oodnadatta", "Shute"]),
        # a record's "SURNAME, Given" with its initials, as one name
        ("Episode MP24-0770193\nROSE, Hope (pref. Hopey)   DOB 11/1\nPatient: FISHER, HOPE A\nFL8 OSEI, JOHN | FL10", ["ROSE", "Hope (", "FISHER, HOPE A", "OSEI, JOHN"]),
        # XML elements (CDA), FHIR address lines, claimants and respondents, every person field
        # of an HL7 segment, X12 names with a space
        ("<name><given>Soledad</given><family>Quintana</family></name><postalCode>5090</postalCode>", ["Soledad", "Quintana", "5090"]),
        ('"address": [{"line": ["Calle Loíza 1904", "Apt 5B"]}]\nClaimant: Tam Wing Hei   Policy no. 4471\nRespondent: Will Hartigan-Brown, 42', ["Loíza", "Apt 5B", "Tam Wing Hei", "Hartigan"]),
        ("PID|1||CP-0044718^^^^MR||YELLOWHORSE^JAXON^T|BEGAY^ELLA^^^^^^M|20190903|M\nPV1|1|O|ANC||||482329CY^OKONJO^ADA^^^DR\nNM1*QC*1*TWO BULLS*SHAYLA****MI*0041178220~", ["BEGAY^ELLA", "OKONJO^ADA", "TWO BULLS", "SHAYLA"]),
        # MBIs anywhere, rural and military boxes as one address, a claim form's dates, decimal coordinates
        ("FL60 4F03A26PA03 | Medicare A/B 5XT8KT4EC98; Rural Route 1, Box 38A, Fertile, MN 56540; PSC 455 Box 1182, FPO AP 96540-1182", ["4F03A26PA03", "5XT8KT4EC98", "Box 38A", "Fertile", "96540"]),
        ("STATEMENT PERIOD 050624 THRU 051024 | BIRTH DATE: 03 14 09 | 24A 08 30 24 | airstrip (-30.271, 142.803)", ["050624", "051024", "03 14 09", "08 30 24", "142.803"]),
        # a dependant's age after a comma, an age in a column after a date of birth
        ("Florence Church, spouse, 88\nPatient: Caleb Bell (dependent, 16)\nChief: Bill Hope   DOB 3rd September 1938   85", ["88", "16", "85"]),
        # an HL7 message's sending facility, licences after "lic", "Rx#", an age key's suffix,
        # a month alone after "since", a refill's date, box heads, corners, AU plate shapes
        ("MSH|^~\\&|SUNQUEST|NMMC TUPELO|EPIC|ADT|202408190612||ORU\nCT lic 007441; Rx# 408812\npatient_age: 92", ["NMMC TUPELO", "007441", "408812", "92"]),
        ("3 admits since Aug. PPS 40. last fill 2/26 for 30 DS. (registered 1/7, actual unknown)", ["Aug", "2/26", "1/7"]),
        ("Postal PMB 83, via Alice Springs NT 0872. House 29, Ali Curung NT 0872; cnr Sheridan St & Grafton St, Cairns", ["PMB 83", "House 29", "Sheridan"]),
        ("(LandCruiser 79, 1HKT 552, VIN JTM13GHFXE8309058). Aircraft B200 VH-MSZ | Mazda 3 1XQ 8MN", ["1HKT 552", "VH-MSZ", "1XQ 8MN"]),
        ("Name       WALKER, MARY-JO         DOB\nThubbo Aboriginal Medical Cooperative - follow up", ["WALKER, MARY-JO", "Thubbo"]),
        # codes read out with letters, NATO words, "comma" and "triple"; words spelled out
        ("Caller: Uh, W as in whiskey, Y as in yankee, K, nine nine two, four oh one, triple seven. Fax to four one seven comma five five five comma oh one six six period", ["whiskey", "triple seven", "oh one six six"]),
        ("CALLER: Oh four one two, five five eight, nine three oh.\nCALLER: Bath. B for bravo, A for alpha, T for tango, H for hotel.\nHA: Reading, R-E-A-D-I-N-G? that's b r o w n", ["four one two", "bravo", "R-E-A"]),
        # ages said or asked in words; a caller's own name after "this is"
        ("she's my daughter, she's fifteen. So she's seventy-one.\nCaller: Tan Mei Ling, thirty-six. | MW: How old are you, love? | CALLER: Twenty-seven. |", ["fifteen", "seventy-one", "thirty-six", "Twenty-seven"]),
        ("hey this message is for bill that's b r o w n this is jessica with blue cross; kia ora this is tania i'm calling", ["jessica", "tania"]),
        # dates said aloud
        ("CALLER: Seventeenth of April... nineteen fifty-two. | CALLER: Second of the eleventh, oh eight. | Caller: March third, twenty eighteen.", ["April", "eleventh", "March third"]),
        ("date of birth oh three slash oh seven slash nineteen forty one comma; chair on thursday the fourteenth we need; date of birth oh four twenty two fifty five potassium", ["slash", "fourteenth", "oh four twenty two"]),
        # a town before its state's code at a place's end; staff logins after "user"
        ("TCA review - Young NSW\nUSA University Hospital ED, Mobile AL\npt home, Hurricane WV (long drive)", ["Young", "Mobile", "Hurricane"]),
        ("Printed by user mtaylor2; myGov username RF4471X2.", ["mtaylor2", "RF4471X2"]),
        # "his age as 67", a sex and an age in brackets, a code read out letters first
        ("the summary mentions his age as 67 but; Hallo zusammen, ich (w, 34) bin; participant number S R T hyphen zero zero four two comma", ["67", "34", "S R T hyphen"]),
        # a town after a name and "of", even one no list holds, before a pipe
        ("DISCHARGE SUMMARY | Mr Reginald Cox, 90M, of Penguin | Dx: falls\nRe: Mrs Joy Pemberton, of Yarrawonga | Dear", ["Penguin", "Yarrawonga"]),
        # French, Ukrainian and Turkish street types; a flat after a slash joins its address
        ("Mme Isabelle Perrin-Gay, Chemin des Vignes 4, 1009 Pully, tél.; vul. Horodotska 112, Lviv 79007; Bağdat Cad. No: 214/A, Suadiye; Hauptstraße 5/Top 4, 1040 Wien", ["Chemin des", "Horodotska", "Bağdat", "Top 4"]),
        # a hospital named in Spanish or Portuguese after "Hospital", a Viennese university
        ("GUARDIA - Hospital Fernández   23/03/2024; Hospital São Lucas, Porto Alegre; Medizinische Universität Wien, 4. März", ["Fernández", "São Lucas", "Medizinische"]),
        # a Japanese block address, East Asian wards and districts by their suffixes
        ("she will take him home to 3-14-8 Kichijoji Minamicho, Musashino-shi, Tokyo 180-0003 by taxi; clinic in Shinjuku-ku; lives Gangnam-gu, Seoul", ["Kichijoji", "180-0003", "Shinjuku", "Gangnam"]),
        # streets of Latin America, Israel and Greece, flats as each country writes them, a
        # district before the postcode, Brazil's CEP
        ("domicilio Pasaje Butteler 1142, Parque; Lives Rehov HaPalmach 22, dira 7, Givatayim.\nRua Dr. Luís Migliano, 1220, apto 34 bloco B, CEP 05711-001 | x", ["Butteler", "HaPalmach", "dira 7", "apto 34", "05711-001"]),
        ("Calle Independencia 1520, Col. Santa Tere, 44600 Guadalajara, Jal.\nPlaza de la Constitución 3, 1º izda., 41001 Sevilla | x\nAv. Fernão de Magalhães 1862, 4.º andar, fte., 4350-158 Porto |", ["Santa Tere", "izda", "andar", "4350-158"]),
        # flats after a street then its number, a hamlet before a French postcode
        ("Kerkstraat 27 bus 3, 8380 Zeebrugge | x; Wilhelminastraat 22 bis, 4811 ED Breda | x; Gürtelstraße 18/2/7, 1090 Wien.", ["bus 3", "22 bis", "18/2/7"]),
        ("domicilié 12 Chemin du Moulin, Le Bény-Bocage, 14350 Souleuvre en Bocage. BPCO", ["Bény", "Souleuvre", "Bocage"]),
        # ages abbreviated in other languages, German plates, Turkish and Chilean plate cues
        ("Zdzisław Kowal, 79 l., PESEL; Jordi Puig i Soler, 38 a., DNI; Umut Deniz Aksoy, E, 31 yaş, T.C.", ["79", "38", "31"]),
        ("RTW P-RK 4471 aus Werder (Havel); Kawasaki P-KJ 88 (Kennzeichen); Araç plakas\u0131 06 ABK 472. GKS; su camioneta GHTR-54.", ["P-RK 4471", "P-KJ 88", "06 ABK 472", "GHTR-54"]),
        # record and card numbers as other countries label them; a month alone after "since"
        ("NHC 1.284.337 | x; Esther 84a, HC 2.341.876, PAMI; CNS 700 5084 3321 6729; nr hist. chor. 2024/ZW/18873 | x; protokol no 2024/445812", ["1.284.337", "2.341.876", "700 5084", "18873", "445812"]),
        ("Führerschein-Nr. B072RRE2I55, Klasse CE; Carte européenne n° 80250 0001 1887 4421 | x; Factura a RFC CAGM850612TX4; 0 shocks since May. Bisoprolol", ["B072RRE2I55", "80250", "CAGM850612TX4", "May"]),
        # pharmacies and laboratories named after their word
        ("Apotek Hjärtat Mölndal — receptexpedition; Laboratoire Cerballiance — Site; {\"lab\":\"Centro Diagnostico Italiano\"}", ["Hjärtat", "Cerballiance", "Diagnostico Italiano"]),
        # the place a note's heading names
        ("Community nursing note - Bright\n4/3/24 (Mon)\nRN note - Yaraandoo\nx\nClinic note - Pukatja\nPt:", ["Bright", "Yaraandoo", "Pukatja"]),
        # a town the lists lack, after a facility and a comma
        ("MRI at Kokilaben Hospital, Andheri. Report to follow\nfrom Niu'ui Hospital, Pangai\n", ["Andheri", "Pangai"]),
        # a pedigree's ages, a minor's, a date of birth as its year, a town a bearing away, a
        # display name in lower case, a plate after the troop carrier it is on
        ("mother Ruth Lemon (ovarian ca dx 58, d. 62); maternal aunt breast ca 47 | Jayden (minor, 11)", ["58", "62", "47", "11"]),
        ("Participant ID UKB 5520417   DOB 1954 | rollover 3 mi W of Early | layby 2km south of Hope", ["1954", "Early", "Hope"]),
        ("From: dwight bolden <dbolden1961@aol.com> | clinic troopy (CD 73 KL) will come", ["dwight bolden", "CD 73 KL"]),
        # staff accounts of letters alone after a messaging or form label; an infant's months
        ("Cairns QLD 4870; EDI aobicrns | To: Dr Bell; via HealthLink EDI sumaliww; r/v | Clerk: jwinters", ["aobicrns", "sumaliww", "jwinters"]),
        ("Pt: Kaden Rich, 4 mo M. Presented; now 9 mo chronological / 6 mo corrected.", ["4 mo", "9 mo", "6 mo"]),
        # where a court sits, a US county; the justice system's numbers; children's ages
        ("FAMILY COURT OF NEW ZEALAND AT MANUKAU | x\nSUPERIOR COURT OF CALIFORNIA, COUNTY OF SACRAMENTO -- J\nKing County Superior Court", ["MANUKAU", "SACRAMENTO", "King"]),
        ("complaint LN 2291/24; Medi-Cal BIC 91234567A0842; PIR 24-A00551922. BNC#: 24BC118Z4471 | inmate no 4471882", ["2291/24", "91234567A0842", "24-A00551922", "24BC118Z4471", "4471882"]),
        ("4 tamariki (ages 2, 5, 7, 11) | Noah Bright (participant, 26) | Ana Tipene (8 months)", ["2, 5", "11", "26", "8 months"]),
        # a health care centre, in capitals or not
        ("THURSDAY ISLAND PRIMARY HEALTH CARE CENTRE | date; seen at Wadeye Health Care Centre today", ["THURSDAY ISLAND", "Wadeye"]),
        # a letterhead in capitals, the facility word first
        ("APOTHEKE AM MARKT · Markt 3, 45127 Essen\nFARMACIA DEL AHORRO sucursal\nMEDIZINISCHE UNIVERSITÄT INNSBRUCK - ZENTRALINSTITUT", ["AM MARKT", "AHORRO", "INNSBRUCK"]),
        # a header's sex and age, either way round, ending a field
        ("Pt Tran Thi Bich Ngoc (prefers Ngoc) F 82 | Addr; Pt Bo Sterling (Robert) 45 M  DOB; CHILD   Jayden Wills   M   13   School", ["82", "45", "13"]),
        # an age in a column of its own after a name; New Zealand's practitioner codes; a
        # pharmacy's approval number; plates after a bus and in a log's key=value
        ("Client: Mrs Alinta Swan  77  DOB 11/3/47; Summer Maynard 27 (palawa) | x; Pt Sorell Midway 29 m | x", ["77", "27", "29"]),
        ("Dr Mere Tawa  HPI 12KMWZ  Porirua; CPN 31FJQA; Approval No 43071K | Rx no. 118420; bus S 411 BZV, driver; vehicle=YPL 33K |", ["12KMWZ", "31FJQA", "43071K", "118420", "S 411 BZV", "YPL 33K"]),
        # a house number with its stair and door is no date; a town's second part after a postcode
        ("Wohnort Hauptplatz 7/2/11, 9500 Villach | x; Bydliště: Moskevská 14/2, 434 01 Most\nSchmittenstraße 8, Top 3, 5700 Zell am See | Tel", ["Hauptplatz", "Moskevská", "Zell am See"]),
        # Colombia's cédula after "CC", a prior-authorisation key, a Finnish age after a comma
        ("Ref: Luz Dary Cárdenas Quintero, CC 52.874.331 | PA REQUEST - Key: BLX7KQ2T | Aino Virtanen, hetu 090331-258T, 93 v.\nLähtö", ["52.874.331", "BLX7KQ2T", "93"]),
        # a printed claim form's name and place boxes
        ("ADDRESS: 4410 CASCADE RD SW APT 1108   CITY ATLANTA   STATE GA; TOWN BALLARAT | STATE VIC", ["ATLANTA", "BALLARAT"]),
        ("FL76 ATTENDING NPI 2019841214  LAST OYELARAN  FIRST TOBI\nFL80 REMARKS", ["OYELARAN", "TOBI"]),
        # practices named by their specialty, a dialysis chain's unit
        ("ordering: NP Kaitlyn Brooks, Wiregrass Family Medicine fax; Schweiger Dermatology Group, Hoboken; DaVita Hollywood Dialysis", ["Wiregrass", "Schweiger", "Hollywood"]),
        # the person a call asks for, a given name and a surname that are everyday words
        ("hospital calling for rose walker um it's about; hey this message is for bill brown that's", ["rose walker", "bill brown"]),
        # titles said aloud in dictation and voicemail
        ("see mister hill who is eighty three; secretary to doctor mac giolla padraig in beaumont; with doctor leblanc on tuesday", ["hill", "giolla", "leblanc"]),
        # a caller's name between fillers: "it's uh sunny park calling um"
        ("yeah g'day it's jack green um ringing about me scripts; hi it's uh sunny park calling um i had", ["jack green", "sunny park"]),
        # a name the model cut at its hyphen runs on through its other parts
        ("Seen M. Jean-Pierre Martin today; Prescriber: T. Marsh-Yellowhorse, MD; bed 3 - Smith-Jones, Beat (81)", ["Pierre", "Yellowhorse", "Jones"]),
        # stop 30: European number labels, Turkish and other facilities, names split by the model
        ("patiëntnr. 3.042.918 | N. nosologico 2024/018273 | Fall-Nr.: 81029384", ["3.042.918", "2024/018273", "81029384"]),
        ("N° d'examen : 24H07382; Nr księgi SOR: 3829/2024; SGK Takip No: 3KD8P2X", ["24H07382", "3829/2024", "3KD8P2X"]),
        ("SV-Nr. 1234 120355; Vers.-Nr. DKV 4471902-3; Seriennr. 2318A0472", ["1234 120355", "DKV 4471902-3", "2318A0472"]),
        ("KADIKÖY 14 NOLU AİLE SAĞLIĞI MERKEZİ\nSEVK FORMU; sevk: Ankara Şehir Hastanesi", ["KADIKÖY 14 NOLU", "Ankara Şehir"]),
        ("Kopia till Högsbo vårdcentral. Riikka Salonen, Pirkkalan terveyskeskus", ["Högsbo", "Pirkkalan"]),
        ("AOU CAREGGI - SOD; CHR Sambre et Meuse; Medisch Spectrum Twente; CLSC Saint-Michel", ["CAREGGI", "Sambre et Meuse", "Twente", "Saint-Michel"]),
        ("scanned as NAKAMURA_Ken_consult_0412.pdf; Attachments: Hetaraka_B_labs.pdf; FIT_result_MFX1849.pdf", ["NAKAMURA", "Hetaraka", "MFX1849"]),
        ("#care-coord\n**jenna.w** 9:14 AM\npt seen\ndani.k  11:03 AM\nheads up", ["jenna.w", "dani.k"]),
        ("Paciente: AZKUE ORMAETXEA, MIREN   Nº Historia: 1182739\nNombre: GARCÍA-NAVARRO PEINADO, Mª DOLORES\n", ["AZKUE", "MIREN", "PEINADO", "DOLORES"]),
        ("REZEPT-ID: 3GKW 8R7V 9HNE; Vermittlungscode 4KRM-7QXT-2PWA; Tel. 01/749 22 81; Lotte (28 91 43 07)", ["3GKW", "9HNE", "2PWA", "749 22 81", "28 91 43 07"]),
        ("Termin am Dienstag, 24. September 2024, um 10:15\nAm Stadtwald 31\n45134 Essen\n", ["Dienstag", "24.", "45134 Essen"]),
        ("la paziente, di anni 82, ricoverata; (Rizzo Giuseppa, 93 aa); wiek ok. 40 lat", ["82", "93", "40"]),
        ('Kiet Nguyen-Square (calls himself "Goldie"); Tjarra (calls himself TJ); known to everyone on the ward as \'Tallman\'', ["Goldie", "TJ", "Tallman"]),
        ("Assistito: DE ANGELIS MAURIZIO   C.F. x\nPaziente: BOATENG KOFI  nato il 03/06/1994", ["DE ANGELIS MAURIZIO", "BOATENG KOFI"]),
        ("Honda CR-V (WXN 442) in visitor car park\npermit_id,holder,plate,expiry\nPP1,Joan Smith,XYZ123,2024-06-30\nHolder | Rego\nLee, Tom | 1ABC 234", ["WXN 442", "XYZ123", "1ABC 234"]),
        ("OrderComms    Request RQ24-88041273    St Thomas' Hospital Ward 8\nEmployee: Sibusiso Mthembu    ID 85\nLab No 24LP0331072; Dentist DCNZ 43218; portal_user=dholloway49", ["St Thomas'", "Sibusiso Mthembu", "24LP0331072", "43218", "dholloway49"]),
        ("(0010,0010) PatientName       MUHAMMAD HAFIZ BIN RAHMAT\n(0010,1010) AS [042Y]   # PatientAge\n(0018,1000) LO [83214]   # DeviceSerialNumber\n(0008,0090) PN [Lim^Wei Ming]", ["MUHAMMAD HAFIZ BIN RAHMAT", "042Y", "83214", "Lim^Wei Ming"]),
        ("urn: 0O44l87   dob 1O/O3/l968 | r/v\nDOB:O3/17/l969 | x\nDOB 3/O7/1988. Drivers", ["1O/O3/l968", "O3/17/l969", "3/O7/1988"]),
        ("Bd 2 Abdi, Yusra F - lap chole\nbed 15 - huynh, thi mai f, sah d5\nRm 2: Olamide Adeyinka - TIA\nA9 - Zhang, Li Na 29 - ?ectopic\nLDR 4 - Martínez-Oyelaran, Gabriela G3P2", ["Abdi", "Yusra", "huynh", "Olamide", "Zhang", "Li Na", "Martínez-Oyelaran", "Gabriela"]),
        ('Baby Girl Washington ("Nia" per parents); mevr. Wilhelmina Bakker ("Mien"), uit; FL tag QRV K81; bike plate (3CXZ 49); n. serie 0M0008X4J7K', ["Nia", "Mien", "QRV K81", "3CXZ 49", "0M0008X4J7K"]),
        ("remote fit session mt isa clinic -> townsville hub; geelong eye - note\nDiabetic Retinal Screening - Manukau SuperClinic | x", ["mt isa", "townsville", "geelong", "Manukau"]),
        ("Rosaria Bonaventura (nee Lombardo), b. 1933, alive, 91 | x\nTube label: FITZMAURICE,DERVLA05111983 MRN0884127\nLABEL>MORRISON-ADEBAYO T|07/12/1994|RJ10442871|", ["1933", "91", "FITZMAURICE", "05111983", "MORRISON-ADEBAYO T"]),
        ("Jayden Wills M 13 Woodridge State High | x; Employer (Glencore Mount Isa Mines); Bed 12, Matthew Talbot Hostel; Winnunga Nimmityjah Aboriginal Health, ACT; Honda CR-V (WXN 442); Citroën C3 (AB-123-CD)", ["Woodridge", "Glencore", "Talbot Hostel", "Winnunga", "WXN 442", "AB-123-CD"]),
        ("Family group\nJules: update on mum\nSteph: yay!! who's picking her up\nJules: I can.", ["Jules", "Steph"]),
        ("social five four one, dash, two two, dash, eight oh seven three. x\nas one two one, dot, two oh eight, dot, four four, dot, seven. x\nas romeo tango hotel, four four one, two zero nine. x", ["five four one", "eight oh seven three", "two oh eight", "romeo tango hotel"]),
        ("link, book dot mirrabookamedical dot com dot au slash doctor slash naidoo, to; hébergée au CHSLD Cooke à; born 1949 in; now in her ninety-first year; only 'ninety-odd'", ["mirrabookamedical", "Cooke", "1949", "ninety-first", "ninety-odd"]),
        ("ARRIVED VIA TUCSON PD; agency: Phoenix PD.; Hampton Funeral Home, removal; Salinas Valley State Prison; Anchorage School District; El Paso VA Health Care System | x", ["TUCSON", "Phoenix", "Hampton", "Salinas", "Anchorage", "El Paso"]),
        ("Athlete: Kaden Two Crow, 16, football\nChantel Old Elk  DOB 12/09/2001\nRe: Darrell Two Bulls, 52.", ["Kaden Two Crow", "Chantel Old Elk", "Two Bulls"]),
        ("Last4: B2207; Veteran H4417 seen; moved to Boston last year", ["B2207", "H4417", "Boston"]),
        ("re: callum fraser-doyle, dob 03/06/1961\nsw note. luz maria esquivel (71) has been\nrsl advocate bruce tamblyn rang from x\nmary opal 62yo, T2DM", ["callum fraser-doyle", "luz maria esquivel", "bruce tamblyn", "mary opal"]),
        ("declare that on the nineteenth day of February two thousand and twenty-four my; at Robina this fourth day of March 2024 before; (husband 94, lives alone); (mum 93)", ["nineteenth", "fourth day", "94", "93"]),
        ("by Ofc. R. Delgado #41187, LAPD; PC Hollie Brand 4471EK, tel; member: S/C D. Ferris #38817 | GP; Sgt Moana Tipene (2786) attended", ["41187", "4471EK", "38817", "2786"]),
        ("seen 12/3 in clinic; review on 3/12 at 10am; admitted 3/12 with CAP", ["12/3", "on 3/12", "admitted 3/12"]),
        ("ADDRESS .......... 2207 W 34TH ST |\nCENTER / 415 6TH ST / LEWISTON ID 83501 | x\nN3*8801 NC HWY 711~\nBayou Oaks Nursing & Rehab, Lafourche Parish | x\nTherapist Wanbli Janis, LICSW\n| Kroger Pharmacy #431 Springdale | x\nfrom Rite Aid #5938 Fresno, pill", ["34TH ST", "6TH ST", "HWY 711", "Lafourche", "Wanbli Janis", "#431 Springdale", "#5938 Fresno"]),
        ("CENTER / 415 6TH ST / LEWISTON ID 83501 | x\n1218 N TOPEKA BLVD APT 3\nTOPEKA KS 66608-1436\nWAIPAHU HI 96797", ["LEWISTON", "83501", "TOPEKA KS", "WAIPAHU"]),
        ("KALGOORLIE HEALTH CAMPUS   Renal Unit\nFAX FROM: GERALDTON HEALTH CAMPUS  FAX:\nPCH Ward 5B; RHH DISCHARGE SUMMARY; LGH birth suite", ["KALGOORLIE", "GERALDTON", "PCH", "RHH", "LGH"]),
        ("no visitors except Narelle Bishop (grandmother, approved).\ndecision-maker: Young-Mi Park (daughter-in-law; VIC)", ["Narelle Bishop", "Young-Mi Park"]),
        ("he's at nineteen Wattle Street, Orange, I'm driving\nCALLER: Nine Peel Street, Mandurah.\nshe's at forty two young street still", ["Wattle", "Orange", "Peel", "Mandurah", "young street"]),
        ("from Pt Lincoln on the Eyre Peninsula; ferryman to the Summer Isles; Kerikeri Medical, Bay of Islands", ["Pt Lincoln", "Eyre Peninsula", "Summer Isles", "Bay of Islands"]),
        ("Capacity for suitable employment 12-26/03/2024: no driving", ["12-26/03/2024"]),
        ("12 Broadway, Nedlands; 4 The Esplanade, Cottesloe", ["12 Broadway", "4 The Esplanade"]),
        ("medevac from Garden Hill First Nation. Status; Dennis Meekis from Sandy Lake First Nation.", ["Garden Hill", "Sandy Lake"]),
        ("member of Greater New Hope Missionary Baptist Church on the west side; outside Wayside Chapel.; with East London Mosque funeral service; Household: Colonia Larga Vista | x", ["New Hope", "Wayside", "East London", "Larga Vista"]),
        ("SLNB recommended. Bendigo's plastics list is 10 weeks", ["Bendigo"]),
        ("rescue helo to rocky, fixed wing; Stays in tville with cousin; surgery in Freo", ["rocky", "tville", "Freo"]),
        ("Discharge disposition: SNF - Sauer Health Care, Winona; Referring: Tuba City Regional Health Care primary care", ["Sauer", "Tuba City"]),
        ("HOME VISIT RUN\n1. Jeparit 0815 - bathroom mods\n2. Rainbow 0915 - rails\nDay 4  Badu - Thursday clinic\nWed  Kaltjiti pm\n0900  Street - Leigh Road - catheter", ["Jeparit", "Rainbow", "Badu", "Kaltjiti", "Street -"]),
        ("Visiting renal physician - Pilbara itinerary; home visit plan, eastern Wheatbelt; Pilgrim Hospital, Boston (Lincs); Hokianga district nursing", ["Pilbara", "Wheatbelt", "Lincs", "Hokianga"]),
        ("when prime mover 087 QZB jack-knifed on the Warrego Highway near Gatton; motel on the Great Western Hwy; Sullivan Nicolaides Pathology - FS phone log; Cottesloe Sports Physio | x", ["087 QZB", "Warrego", "Great Western", "Nicolaides", "Cottesloe"]),
        ('Pt: DELA CRUZ, Renato Jr ("Jun-jun"), NHI x\nYusuf Abdullahi ("Abu Sagal" per family)\nvisits daily and calls her Halinka.\nKnown in the community as Abu Ali - family\nbed 10 KOSTOPOULOU Dimitra 91, refusing\nbed 9 papadopoulos stable, settled.\nDear Jan-Willem,', ["Jun-jun", "Abu Sagal", "Halinka", "Abu Ali", "KOSTOPOULOU", "papadopoulos", "Jan-Willem"]),
        ("Whānau hui - Ward 11, 22 Haratua 2024\nRātapu 14 Hōngongoi - visit\nhome visits   Tūrei 11 Hune\nDOB 1 Mawrth 1941 | x\nrugadh 3 Márta 1950", ["Haratua", "Hōngongoi", "Hune", "Mawrth", "Márta"]),
        ("[02:21] mtran: poison msg\n[09:12] <r.okonjo> PDS lookups\nlnovak: last 3 pulls were BJACKSON4\nlnovak: paging\nnurse Deb Kovacs (dkovacs). @dkaur can u; 13:47:09 | lbyrne7  | EXPORT; claims={preferred_username=sarah.nguyen}; NHSTRUST\\jbaxter</value>", ["mtran", "r.okonjo", "lnovak", "BJACKSON4", "dkovacs", "dkaur", "lbyrne7", "sarah.nguyen", "jbaxter"]),
        ('"name": [{"family": "Castellanos-Rivera", "given": ["Ivelisse"]}]\n[08:05] jbeaumont: Dr Pillai says\n2024-12-02 19:41:03  dawn_reyes1980        E5510928\nreviewer=tpetrakis outcome=JUSTIFIED', ["Castellanos-Rivera", "jbeaumont", "dawn_reyes1980", "tpetrakis"]),
        ("Home: Hazard, Perry County | x; Place: Hospice of the Western Reserve | Part I; Home community: Galiwin'ku (Elcho Island).", ["Hazard", "Western Reserve", "Galiwin'ku"]),
        ("Caller: 1207 Orchard Lane, Mobile.\nflights Kalgoorlie to Perth", ["Mobile", "Kalgoorlie", "Perth"]),
        ("Moved from the Bay of Plenty last year; she lives at twelve comma street, Hope.", ["Bay of Plenty", "comma street", "Hope"]),
        ("Caller (patient): Rose Whitfield, 71\nHi its Bec from the pharmacy\nCarer (kinship): grandmother Aunty Valerie Sampson 07 4080 1000", ["Rose Whitfield", "Bec", "Valerie Sampson"]),
        ("Hi Bec! Just a reminder. Review of Summit Urgent Care; Little Steps Speech Pathology", ["Bec", "Summit", "Little Steps"]),
        ("Caller: it's for my dad Walter Pruitt P R U I T T; surname spelt K O W A L", ["P R U I T T", "K O W A L"]),
        ("can u do the 19th?? so that's the nineteenth; available Thursday fifth 10:30; in het UZA; au CHUV", ["19th", "nineteenth", "Thursday fifth", "UZA", "CHUV"]),
        ("Dad is 93 and has dementia. Her 100th birthday is coming up", ["93", "100th"]),
        ("> any chance of weds? Chidi\n> I bring her by Grab. - Marites\nHi Rosalind it's Marisol", ["Chidi", "Marites", "Rosalind"]),
        ("8 résidence du Hainaut, appt 14, 59300 Valenciennes\nMotif; przy ul. Sienkiewicza, wychłodzony", ["résidence du Hainaut", "appt 14", "Valenciennes", "Sienkiewicza"]),
        ("Patient Sione Fifita | 31 | MRN UT4098815; re pt Leif Halvorsen (69, ALS); oral requests 7/15 and 7/30; NBS collected 2/12", ["31", "69", "7/15", "7/30", "2/12"]),
        ("Recipient: NOORZAI, GUL AHMAD  MRN 01-448-2917\nmsg from pt Fatima Al-Harazi: hello i am fatima al-harazi", ["NOORZAI", "GUL AHMAD", "fatima al-harazi"]),
        ("Patient message - Mississauga FHT\nFrom: Olumide Adebayo\nhello,", ["Olumide Adebayo"]),
        ("Adres: Alsancak Mah. Kordon Cad. No:104 D:6 Konak/İZMİR\nHasta", ["Alsancak", "No:104", "Konak"]),
        ("identifiant portail patient : aminata.diallo.1989; uživatel rsimek68; Zi. 614/2 Hr. Wachtendorf; K12-3: mw. Kramer-Lucassen (72)", ["aminata.diallo.1989", "rsimek68", "Wachtendorf", "Kramer-Lucassen"]),
        ("Bayou City Methodist 6N; Battlefield Crossing Post-Acute; Peachtree Southside Dialysis; Hill Country Dermatology", ["Bayou", "Battlefield", "Peachtree", "Hill Country"]),
        ("Cath lab booked Thu14/11. appt is Fri22/3@2:30. Wed 12.6 10:15am with Dr Lee. clinic Weds the 12th.", ["Thu14/11", "Fri22/3", "Wed 12.6", "Weds the 12th"]),
        ("RX#1234567 09MAR24; Next remote 15Aug.; up in February last year; colonoscopy March of 2019; born on the fifth of May last year", ["09MAR24", "15Aug", "February last year", "March of 2019", "fifth of May last year"]),
        ("since her ninetieth birthday; Mum, ninety, lives with her; Dad, 93, lives alone; {\"age\":16}", ["ninetieth", "ninety", "93", "16"]),
        ("outstation -21.0973, 134.3213. Lives in the 6000 postcode for now.", ["21.0973", "6000"]),
        ("New mobile on record +44 7834 110592. Sick leave extended. Dra. Navarro.\nlek. M. Zielińska\nbed 12 is Mr G Tuckwell, settled", ["7834", "Navarro", "Zielińska", "Tuckwell"]),
        ("From: Lakeview Internal Medicine. Paz. Rossi, CF X, 33a, codice; Pedro Ruiz, 31 a, TIS; | Smith, Jo | NHS x | 44 | F |", ["Lakeview", "33a", "31", "44"]),
        ("Police log 13/224471/24. Plainte déposée, récépissé 2024/011882.", ["224471", "011882"]),
        ("Nama: NURUL AISYAH BINTI MOHD RAZALI   No. K/P: 9; given to CHE MAH BINTI ISMAIL (RN P03); Pesakit: SITI HAJAR BINTI ZAINUDDIN   Tarikh: 1/2/2024", ["NURUL", "RAZALI", "CHE MAH", "ISMAIL", "ZAINUDDIN"]),
        ("Client: Mr Jack Jones, 58 — Aboriginal; resident: Mary Jones, DOB 1/2/1931, 93, Rm 27; Matter GAA 2887/2024; Application GA 24/0781; Referral code 1-9RMX3T7", ["58", "93", "2887", "0781", "9RMX3T7"]),
        ('"lat":-35.2412,"lng":149.0645; mates at the Eaglehawk Bocce Club; near the Phuoc Hue Buddhist Temple; Maxi taxi booked for 1730, QLD 712 YTX.', ["35.2412", "149.0645", "Eaglehawk", "Phuoc Hue", "712 YTX"]),
        ("Interpreter Greek, NAATI CPN4V1KXL. Vehicle plate (BC) RN8 42K. enrolment fp_tbranagan_R2.tmpl used. the building is Seacrest Apartments, buzzer. For MDT the 20th. Wife", ["CPN4V1KXL", "RN8 42K", "tbranagan", "Seacrest", "20th"]),
        ("12/01/24, 8:14 pm - Nick Karagiannis: who's taking yiayia\n12/01/24, 8:16 pm - Effie: not me\nBus drops her home about 3pm. See you Thurs 17/10! — Kerry-Ann", ["Karagiannis", "Effie", "Kerry-Ann"]),
        ("HOSPITAL SULTANAH AMINAH, JOHOR BAHRU - DISCHARGE SUMMARY\nLASUTH, IKEJA - RADIOLOGY", ["JOHOR BAHRU", "IKEJA"]),
        ("Fell at Wong Tai Sin MTR station 2 wks ago; at Leeds railway station; Patient: CHOW Wai-kwan  F/39Y  HN; Age/Gender   : 44 Y/Female; SCR Aiden Lim, 4y, Bedok", ["Wong Tai Sin", "Leeds", "39Y", "44", "4y"]),
        ("Ciara Walsh   MRN DDH-0441902   22\nh/o rm 12 mr walsh (patrick) 79, tele on", ["22", "patrick", "79"]),
        ("Mission Hospital, Asheville\nHannah Hill (pref. Han, they/them), 19", ["Han,", "19"]),
        ("Pt Fontenot, Lucien 71 MBI 6AA4TP0FJ03\n1) Greenberg, Sylvia 101 -- PPS 20%", ["Lucien", "71", "101"]),
        ("Applicant Dorcelus, Jean-Baptiste SSN 031481127 MA DL S48827193", ["Jean-Baptiste"]),
        ("HOSPICE ADMISSION -- Hospice of the Western Reserve\nPt Szabo", ["Western Reserve"]),
        ("surgery was 6/28 (lap chole); LMP 2/14. EDD; impounded 1/12.; following my visit of 11/01 at", ["6/28", "2/14", "1/12", "11/01"]),
        ("Inmate: Delacroix, Jean-Baptiste   Booking 24-000518\nVeteran: Ahanu Nez   Last4: N0915   VISN 22", ["Delacroix", "Jean-Baptiste", "Ahanu Nez"]),
        ("Bus 2 (Toyota Commuter S614BXQ); Backup car: Hyundai iLoad XNU227. Car seen leaving: Opel Astra EL 4K771. Check-in by last 4 (4406).", ["S614BXQ", "XNU227", "4K771", "4406"]),
        ("Employer Holden Street Winery. Working p/t at Subiaco Farmers Market. Preschool: Westgate Head Start. shelter: Higher Ground Minneapolis", ["Holden Street", "Farmers Market", "Head Start", "Higher Ground"]),
        ("pn 2130 labour ward: hope mccarthy 31y primip 34/40\nbed 22 - hope young 45f d2 post lap r hemi", ["hope mccarthy", "hope young"]),
        ("Pt Kelly Ross 36 H&C 0511877342\nPt: Abernathy, Quinn (they/them)   26\nUR 10294877 | PETROVIC, Milena | F | 42\nRe: Rajesh Mistry 64  NHS 4187191895", ["36", "26", "42", "64"]),
        ("Child: Lily-Mae FOSTER  18mo  NHS 9242580147\n- Hilda Roper 95: weight loss 3kg\nWP no. 0 21760391   Age 29\nCompany: Keppel Shipyard", ["18mo", "95", "29"]),
        ("Name: Robert 'Bobby' DOCHERTY   CHI: 2810844804\nName Ronald \"Ronnie\" BIRCH  90  hosp no D0883127", ["Bobby", "DOCHERTY", "Ronnie", "BIRCH", "90"]),
        ("Silver Corolla NSW EZ 71 TK. Picked up by white Commodore QLD 791 QWE; vehicle WVWZZZ1KZ6W112345", ["EZ 71 TK", "791 QWE", "WVWZZZ"]),
        ("mister ron jakobsen date of birth 12 8 1951 who i saw\nAdmitted 12 . 02 . 24  Discharged 19 . 02 . 24", ["12 8 1951", "12 . 02", "19 . 02"]),
        ("case # 23CR-004417; Case: SAAS 24 771093 Date: 08 Oct 2024; Incident RM 2024/51207; Script#448812; ADC # 278441; Probation docket 2362CR001478; Kane WHITEHORSE MIN 483211; Auth # HI24PA0091877", ["23CR", "771093", "51207", "448812", "278441", "2362CR", "483211", "HI24PA"]),
        ("HOSPICE DEATH VISIT -- Care Dimensions\nPt Fitzgerald", ["Dimensions"]),
        ("SUD ASSESSMENT (42 CFR Part 2 protected) -- Maryhaven\nPt: JESSUP, AMBER N  32 F", ["Maryhaven"]),
        ("Pt Mateo Salinas DOB 03/02/2023 (12 mo)  MRN TCH02291834\nJaylen Batiste, DOB 1-8-2023, 18 mo", ["12 mo", "18 mo"]),
        ("AE log - AUK-0112 (DOB 14/02/1988, 36): injection-site reaction\nResident DOB 03/04/1931 93 yo, Rm 4", [", 36)", "93 yo"]),
        ("Visit 04/03/2024 0930-1115 RN MC; Collected 15/05/2024 0730; on the seventeenth day of August, two thousand and twenty-four, at home", ["04/03/2024", "15/05/2024", "twenty-four"]),
        ("SW 2/4/24 | Nyibol Akech 31, postnatal D3 | Ngozi Adeyemi 49. Address: see chart; Accident Sat 21 Sep 2024 0200, Stuart Hwy", ["Nyibol", "Akech", "Adeyemi", "21 Sep 2024"]),
        ("Call 2024-04-11 03:14 PDT; Ambulance RJ 14 PC 5521; UPI sunitameena71@okaxis; ABHA address murugesanp@abdm", ["2024-04-11", "5521", "sunitameena71", "murugesanp"]),
        ("MED MANAGEMENT | Okonkwo-Reyes, Daniel | DOB 12/30/1986\nRE: MR. CHINONSO EMEKA NWACHUKWU (29M)\nrollover approx -27.30, 133.62. airstrip 12°03'S 134°14'E", ["Okonkwo", "EMEKA", "NWACHUKWU", "27.30", "134°14"]),
        ("Thanks for seeing Bill, a grazier; daughter Iris visits; Mrs Webster rang", ["Bill,", "Iris", "Webster"]),
        ("DOB 12/40, widower; seen 3/6 in clinic", ["12/40", "3/6"]),
        ("Larkin, Ray  DOB 07/04/1939 (eighty-five); she is one hundred and two", ["eighty-five", "hundred and two"]),
        ("Lives in Baldivis; mother-in-law Nasreen staying. | Baby Ayaan Qureshi 18mo, bronchiolitis. | Gave name as \"JJ\"; an officer he calls \"Gazza\"", ["Nasreen", "18mo", "JJ", "Gazza"]),
        ("Kia ora koutou, | Thank you for seeing Wiki, 49, with recurrent RUQ pain", ["Wiki", "49"]),
        ("review Mon 18/3\nWONG Kam Fai 79, L MCA stroke\nElu, Matilda 86 - monthly DAA; car VIC AXT994. Lives in 3175.", ["Kam Fai", "79", "Elu", "86", "AXT994", "3175"]),
        ("supervisor HP 8126 4403; identifier URN:UVCI:01:IE:8C1A44F2DD0B4A77#Q; beacon UIN 2DD4E7A39AFFBFF", ["8126", "8C1A44F2", "2DD4E7A39AFFBFF"]),
        ("Family car, Subaru Outback OR 719 LNZ, left. Infant: BABY GIRL BROOME   Kit # 24. Children (8 and 5) in care; Medi-Cal 91F884219D; Age: 29Y | Acc", ["719 LNZ", "BROOME", "(8", "5)", "91F884219D", "29Y"]),
        ("Custody medical review - Tennant Creek Police Station | Cell check - Broome Watch House | Gununa PHC | 19 Nov", ["Tennant", "Broome", "Gununa"]),
        ("pt lives u3/41 pakington st, geelong west, ph 5222; lives 22/6 victoria st, st kilda. police notified", ["geelong west", "st kilda"]),
        ("Tallaght University Hospital: Ms Hope Kavanagh 29. HbA1c 11.2% | Pt: CHAN Tai-man | 72M. Day 2 post TURP. | ATS 3. BIBA. 25F fall", ["Kavanagh", "29", "72M", "25F"]),
        ("child care subsidy. CRN (mum) 417 203 661H. | Firearms licence (NT) FL 004812 - police; MRN (BWH) 10473821 Care", ["661H", "004812", "10473821"]),
        ("note 22/10/24 | gary hope 61M, ref by Dr Burke\nbirth suite: precious ndlovu 31 G2P1 39+2 SROM", ["gary hope", "precious ndlovu", "31"]),
        ("Last colonoscopy, 2 tubular adenomas. Next due Mar-2025; from Jan-2024 to Feb 2024", ["Mar-2025", "Jan-2024"]),
        ("Pt: Minyma Rita Tjilari, 67 y. Known ESKD | KING, Lucas   3 y 2 m | Vincent Bugmy M 66. AVF | 3 kids; youngest 18mo. | Age at event 15mo", ["67", "3 y", "66", "18mo", "15mo"]),
    ],
)  # fmt: skip
def test_probe_classes_are_redacted(text: str, gone: list[str]) -> None:
    out = redact(text)
    for value in gone:
        assert value not in out, f"{value!r} survived: {out!r}"


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Na 138 (135-145) mmol/L, K 4.1 (3.5-5.0)", ["138 (135-145)"]),
        ("Remote monitoring via CareLink. Battery 7 yrs, next check in 1 year", ["7 yrs", "1 year"]),
        ("Dear Colleague, Re: the referral", ["Dear Colleague"]),
        ("Cher Confrère, merci", ["Cher Confrère"]),
        ("Stepped down to oral cefalexin. Lives in a flat in town.", ["oral", "a flat in"]),
        ("Valorada en urgencias; en la planta 3, Dr Smith 12 mg", ["en urgencias", "en la", "12 mg"]),
        ("pt c/o abdo pain 4/10 and sob overnight", ["abdo pain", "sob overnight"]),
        ("for the Centrelink carer payment form.", ["carer payment"]),
        ("paid $880.00 by Amex; Medicaid renewal via Aetna", ["Amex", "Medicaid", "Aetna"]),
        ("Walk to the Diabetes Centre nurse", ["Diabetes Centre"]),
        ("Valorada el 12 de marzo de 2024 en el Hospital", ["en el"]),
        ("paracetamol 1g qid x 2/7, pain 4/10, power 4/5, 36/40 ctg", ["2/7", "4/10", "4/5"]),
        ("male 45yo, hr 88, Pharmacy callback (838) 319-2373", ["male", "callback"]),
        ("pt settled overnight, pt tolerating diet, pt mobilising with frame", ["tolerating"]),
        ("Apt 469, East Phillip, PR 79408, and 1463 Bobby Lane", [", and "]),
        ("Family rang. Team reports no change. Nurse told pt. Bloods reviewed.", ["Family", "Team"]),
        ("Rx: the 2nd dose of ICD-10-AM code E11.9, COVID-19", ["2nd dose", "E11.9", "COVID-19"]),
        ("Lewis-Alexander invested heavily. Pittsburgh, PA 15213.", ["invested heavily."]),
        ("given by mouth, taken by ambulance, post-op review, re-sited, co-amoxiclav", ["by mouth", "post-op", "re-sited", "co-amoxiclav"]),
        ("pain 4/10, power 5/5, x 2/7, 1/2 tab, 3/4 strength, bowel prep 2/3 done, 2/12 ago", ["4/10", "5/5", "2/7", "1/2", "3/4", "2/3", "2/12 ago"]),
        ("4 Main Rd, Springfield, tel 0512 6464", ["tel"]),
        ("pt mobilised. pt reviews plan. Seen by Dr Sarah Nguyen Haematology", ["mobilised", "reviews"]),
        ("Mental Health team; Queensland Health; Public Health unit", ["Mental Health", "Public Health"]),
        ("Billing dept; car park level 2; the user reports pain", ["car park level 2", "user reports"]),
        ("the 1st and 2nd degree burns; on the 3rd and 4th ribs", ["2nd degree", "4th ribs"]),
        ("To: Dr Stella Konstantinou, Endocrinology, Liverpool Hospital", ["Endocrinology"]),
        ("Packed in Webster-pak by Greenway Pharmacy. Hi all, thanks Team.", ["Hi all", "Team"]),
        ("Targin 10/5 given; CT Brain and ED Triage done; Mental Health review", ["Triage", "Mental Health"]),
        ("Na 138 (135-145) mmol/L; Pt self-discharged 2315 hrs", ["138 (135-145)", "self-discharged"]),
        ("car rego YQT 52K per police; Mental Health; Danila Dilba Health Service", ["per police"]),
        ("Son Will will bring the list; the summer was hot", ["will bring", "summer was hot"]),
        ("Seen by Dr Smith and Royal Hospital staff; Call Centre; ferritin 1.2.3.4.5", ["Seen by Dr ", "Call Centre", "1.2.3.4.5"]),
        ("MRN 448291, K 4.1, Na 138; card 3 of 4 given", ["K 4.1", "Na 138", "card 3 of 4"]),
        ("arrived at home,ok. sats ninety-two percent; ninety-five over sixty. MRN 1234567\n2 units given", ["at home,ok", "ninety-two percent", "ninety-five over", "2 units"]),
        ("called son (wife present); Move to bed 4. Transfer bed 9.", ["son", "Move to", "Transfer"]),
        ("lives Alone. Lives With daughter. lives Home, lives Independently", ["Alone", "With", "Home", "Independently"]),
        ("Diabetes clinic; Fracture clinic; Warfarin clinic; Monday clinic. Thanks,\nBest\n", ["Diabetes clinic", "Fracture", "Warfarin", "Monday", "Best"]),
        ("HANDOVER\n- Obs - stable\n- Plan - d/c\n- Pain: nil\nVitamin D, M", ["Obs", "Plan", "Pain", "Vitamin D"]),
        ("walked towards Emergency; via Ambulance; Christmas lunch; near Christmas", ["Emergency", "Ambulance", "Christmas lunch", "near Christmas"]),
        ("To: Clinic Reception <reception@clinic.org>; seen Monday; abdo soft; wonende Amsterdam", ["Clinic Reception", "Monday", "abdo soft"]),
        ("GCS 3/15; scored 12/15 on MoCA; 4/30 patients", ["3/15", "12/15", "4/30"]),
        ("Dr Smith, MD; Jane Doe, PA-C; Seen by Dr Jones, CA", ["MD", "PA-C", ", CA"]),
        ("tx 2 units; tx plan: rest; son (Aged care) no", ["tx 2 units", "tx plan", "Aged care"]),
        ("nurse to review; sister ward; midwife care; the nurse said", ["to review", "ward", "care", "said"]),
        ("reviewed the notes (chart: see below); Hospital Road car park; version 2.3. released", ["the notes", "see below", "Road car park", "2.3."]),
        ("Can I request you to block it. supports its songwriters, composers. I am worried, Kent", ["block", "songwriters", "worried"]),
        ("68 Robert Dr, Baldwinshire, IA 33396; patient Andrew Kent; faxed to Arkansas clinic", ["clinic"]),
        ("PCI. opinion re DMARDs. Reimburse worker: BSB 062-000. temblor en MSD. Cobalt XT DR ICD (model)", ["DMARDs", "BSB", "MSD", "ICD"]),
        ("it's sore, and I'm fine. its ok. It's Monday. i'm not sure. Mr Smith (Cardiology Registrar) saw", ["sore", "fine", "ok", "Monday", "Cardiology Registrar"]),
        ("Nurse: Kia ora, Healthline.\nCaller: Yeah it's me\nNurse: ok\nCaller: Will do.", ["Yeah", "Will do"]),
        ("HR 88 No. 5 in queue, total 12345 steps", ["12345 steps"]),
        ("@home; BP @ rest; he's 2 days post op; ambulance crew arrived; the RN; 2 units RN", ["@home", "2 days", "crew arrived", "the RN"]),
        ("Patient: 45yo male with chest pain\nFamily: supportive\nrego bxr44k at 1000", ["male with chest pain", "supportive", "at 1000"]),
        ("pt jack aka jacko; a cousin aka Abu Sami; it took one year of rehab", ["pt ", "cousin", "one year"]),
        ("Room 3, Ward B, Bed 2; Plan reviewed.\nContinue", ["Room 3", "Bed 2", "Continue"]),
        ("Manon Girard, Apt. 58, 37 rue des Lilas; Subject 101-017 DOB 07/04/1946; Dr Smith, Nice to meet you", ["Apt.", "DOB", "Nice to meet"]),
        ("Device: Cobalt XT DR ICD (model DDPA2D1), serial RNZ602187S\nfirst: 2 days", ["Cobalt XT DR ICD", "first: 2 days"]),
        ("Jayden (surname withheld at pt request); no surname recorded; vårdcentralen i Sollentuna; the will of the patient", ["withheld", "recorded", "vårdcentralen i", "will of"]),
        ("Seen by Ní Bhriain (geri SpR); res 18; Contact: Adam Eriksen, Valby Kirkevej 81, 4279 Hjortshøj", ["geri", "res 18"]),
        ("MRI shows a bucket-handle tear; account locked on MyChart. Su pareja pide informe; lives at home with wife. BP 120/80", ["tear", "locked", "pide", "home with wife"]),
        ("Assistita dalla badante; we are in clinic today", ["dalla", "in clinic"]),
        ("programme ending 2024; thanks again; car CK 52 LP (NSW)", ["ending 2024", "again"]),
        ("Re: Mary Bell, 71. Not Bell's palsy; we will mark the site", ["Bell's palsy", "mark the site"]),
        ("Subject: your visit 3\nSpecimen: prostate biopsies x12\ndrivers lic VIC 048 771 902", ["your visit 3", "prostate biopsies", "VIC"]),
        ("days 1 2 3 4 5 6 of cycle; Screen fail: SCR-0451 Dimitra", ["1 2 3 4 5 6"]),
        ("Hello, my name is Jack and my husband Cody; Accession: RPH24CT0098812", ["and my husband"]),
        ("power (4/5) in both legs, GCS 14/15 (3/4); a total of 3/4 doses", ["(4/5)", "(3/4)", "of 3/4"]),
        ("Tx 500mg bd; tx plan R-CHOP x6; wheelchair van booked for 1000; geïncasseerd van NL91 ABNA", ["Tx 500mg", "R-CHOP", "for 1000", "van NL91"]),
        ("MRN 4471022\n12 units given; NHS 485 777 3456\n12 mg given", ["12 units", "12 mg"]),
        ("Lives on Centrelink. Lives alone, moved to Ward 7 today. Lives at home with wife.", ["Centrelink", "Ward 7", "home"]),
        ("PLAN, Will review. BP, HR, RR stable; CXR, ECG done", ["PLAN, Will", "BP, HR", "CXR, ECG"]),
        ("OBR|1||QH24-4471902|GLU^Glucose^L|||202401010900\nPV1|1|I|7AS^12^B|||||0412^ADMITTING^TEAM\nDOB 12/03/1950 75 mg aspirin; son, 2 visits", ["GLU^Glucose", "ADMITTING^TEAM", "75 mg", "son, 2"]),
        ("MSH|^~\\&|EPIC|MERCY|LAB|LABCORP|2023110\nMSH|^~\\&|SUNQUEST|LAB|EPIC|ADT|x\nMay improve; Pulmonary Rehabilitation", ["MERCY", "LAB|EPIC|ADT", "May improve", "Pulmonary Rehabilitation"]),
        ("grade a b c d e of the scale; I have two reasons; one or two", ["a b c d e", "two reasons", "one or two"]),
        ("I'm twenty-nine weeks; she's two weeks overdue; he's ninety over sixty; I'm five minutes away; this is Panadol 500mg", ["twenty-nine weeks", "two weeks", "ninety over", "five minutes", "Panadol"]),
        ("the first of the second line treatments; second of the month; first of the four", ["first of the second line", "second of the month", "first of the four"]),
        ("Baseline CT 28/01/2024. Ute SA rego; Prior SA by OD; call Service NSW; the user reported error", ["Baseline CT", "Ute SA", "Prior SA", "Service NSW", "user reported"]),
        ("gestational age of 34 weeks; (m, 2 doses); grade b c d", ["age of 34 weeks", "(m, 2 doses)"]),
        ("Progress note - Nursing\nWard round - Thurs\nDISCHARGE SUMMARY - OB\nE-CONSULT - Dermatology\nVirtual care note - Ortho\n", ["Nursing", "Thurs", "OB", "Dermatology", "Ortho"]),
        ("Take Route 66 for 12 km; the Quai 3 platform; Bd 12 mg", ["Route 66 for 12", "Bd 12 mg"]),
        ("Hospital Road 12 is closed; the Hospital Ward; Hospital Anxiety scale", ["Hospital Road", "Hospital Ward", "Hospital Anxiety"]),
        ("self-administered follow-up; X-ray; well-being", ["self-administered", "follow-up", "X-ray", "well-being"]),
        ("Andrew Moore Jr. listed his top 20 songs; Transfer letter to Via Roma 12, Baleares, 38169 for Ana", ["listed his top 20", " for "]),
        ("PHQ-A 19, passive SI; CK-MB 88; MNA-SF 6; CGI-S 5; drank 2 l. of water; seen at 3 a.m., fine; pt M-A 6 South", ["PHQ-A 19", "CK-MB 88", "MNA-SF 6", "CGI-S 5", "2 l. of", "3 a.m.", "M-A 6"]),
        ("BPD 48 mm, HC 178 mm, AC 160 mm; see RFC 1234; the cns exam normal; it may help", ["HC 178 mm", "RFC 1234", "cns exam", "may help"]),
        ("MI at 0400 treated; stroke at 3 am; From Clifden Medical Centre, Co. Galway", ["0400", "3 am", "Co."]),
        ("DEPARTMENT OF DIAGNOSTIC RADIOLOGY; OUTPATIENT PHARMACY; 5 Orchard Close, Bath BA2 6HT\nI'd be grateful", ["DIAGNOSTIC RADIOLOGY", "OUTPATIENT PHARMACY", "I'd be grateful"]),
        ("it's getting worse um not sure; kia ora this is tania i'm calling about", ["getting worse", "i'm calling"]),
        ("lesion 3 cm east of the navel; YOB 1961; breast ca 2 cm; To: reception team <rec@x.org>", ["east of the navel", "1961", "2 cm", "reception team"]),
        ("Department of Family Medicine grand rounds; Dept. of Family Medicine", ["Department of Family Medicine", "Dept. of Family Medicine"]),
        ("LAST VISIT  FIRST DOSE given; CITY HOSPITAL  ward", ["LAST VISIT", "FIRST DOSE", "CITY HOSPITAL"]),
        ("calling for more fluids; a message for all staff", ["more fluids", "all staff"]),
        ("HPI: 3 days of cough; SSN: 518  44  0921 | x; Kerkstraat 27 bus 3A, 8380 Zeebrugge; bus 3 to town", ["3 days", "bus 3 to town"]),
        ("the doctor said it was fine; doctor will call; see doctor tomorrow; Doctor reviewed", ["doctor said", "doctor will call", "doctor tomorrow", "Doctor reviewed"]),
        ("Bed F 3 | obs stable; Ward 4 M | x; Nat ID: 63-2214587 F 42\nDx", ["Bed F 3", "Ward 4 M", " 42\nDx"]),
        ("seen at court at 10am; The County Council; review in (6 weeks); POSTPARTUM VISIT (6 wk); CF BNCMRC41E12H501H", ["court at 10am", "The County", "(6 weeks)", "(6 wk)"]),
        ("EDI messaging works; Craiglea House; for 3 months male pattern baldness; 6 mo f/u", ["EDI messaging works", "3 months", "6 mo f/u"]),
        # sentences in other languages the model reads as a name or a place
        ("Se va a vivir a Rosario; J'ai revu ce jour (le 3 octobre) le patient; Rückruf an Angehörige unter 030", ["J'ai revu ce", "Se va", "Rückruf an Angehörige"]),
        ("Chargen-Nr. 4821A; lot no. checked. review 28/3; N. 2 compresse; Tel.-Nr. 0761 4556612", ["4821A", "checked. review", "N. 2 compresse", "Tel.-Nr."]),
        ("Jl. Cihampelas No. 118, RT 02; Erin N. Porter and my husband; dialysis? no. eGFR 68", ["No. 118", "and my husband", "eGFR 68"]),
        ("see referral_form.pdf, Discharge_Summary.pdf and care_plan_v2.docx\nobs  14:00\nkl 16:40", ["referral_form.pdf", "Discharge_Summary.pdf", "care_plan_v2.docx", "obs", "kl"]),
        ("IBAN IT60 Y900 6826 4998 PJW4 90P8 405 paid; negli anni 80 era fumatore", ["IBAN [ID] paid", "negli anni 80"]),
        ("Hi Team, Bonjour Docteur, presented with an N S T E M I full stop C C G P", ["Team", "Docteur", "N S T E M I", "C C G P"]),
        ("lekarskie do 30.06.2024; so the plan stands; on the second dose; Thursday fifth of the cycle", ["lekarskie do", "so the plan", "second dose", "fifth of the cycle"]),
        ("Pain 7/10. Panadol\nSee GP. Thanks\nno self-harm observed. - HCA\n>10^8 cfu/L E. coli\n", ["Panadol", "Thanks", "HCA", "coli"]),
        ("as shown by Smith et al. Cardiology 2020; 12 rue de la Paix, 75002 Paris\nMotif: chute", ["et al. Cardiology 2020", "Motif"]),
        ("glucose recheck 5.8.; BM 7.8.; Pediatric Interventional Cardiology consult; Billings Clinic Cardiology", ["5.8.", "7.8.", "Pediatric Interventional Cardiology", "Cardiology"]),
        ("From: Reception Team\nTo: you\nFrom: Diabetes Education\n", ["Reception Team", "Diabetes Education"]),
        ("catheter draining well, 60ml/hr. Wife rang; To: Sarah Whitlock, HR Business Partner", ["Wife rang", "Business Partner"]),
        ("Child's DOB: 14.03.2020\nMother's legal name: x\nJoe's Medicare 4762 64535\nshe calls ED", ["Child's DOB", "Mother's legal", "'s Medicare", "calls ED"]),
        ("Toyota RAV4 | Plate: x; Toyota Corolla (2019); Reg: Dr Okafor 2 units\nName | Vehicle\nJoe | Mazda 3", ["RAV4", "(2019)", "2 units", "Mazda 3"]),
        ("Employee Assistance Program offered; the lab 24 hours; I/O 1200/800\n(0008,0060) CS [CT]  # Modality\n(0018,0060) DS [120]  # KVP", ["Assistance", "lab 24", "I/O 1200/800", "[CT]", "[120]"]),
        ("bed 4 - stable, afebrile\nB2 - Obs, stable\n- Charlie Rm 8 - nosebleed, 10 min\nJo Smith (left) reviewed; serie di 3 sedute; ID tag checked", ["stable, afebrile", "Obs, stable", "nosebleed", "(left)", "serie di 3", "tag checked"]),
        ("the wound clinic; the day hospital; alive and well; Sodium 1.2 b. 2.3; CRP,ESR12032024", ["wound clinic", "day hospital", "alive and well", "b. 2.3", "CRP,"]),
        ("REMISS\nTill: Neurologmottagning\nAnamnes: 71-årig kvinna\nEcho: EF 45%\nPlan: x", ["Till:", "Anamnes:", "Echo:", "Plan:"]),
        ("born at 38 weeks; saw a golf course; ninety minutes", ["born at 38 weeks", "golf course", "ninety minutes"]),
        ("Home PD nightly; called the PD; saw them Black Friday; Acute Red Eye", ["Home PD", "the PD", "Black Friday", "Red Eye"]),
        ("M0066 DOB x   M0069 Gender 1\nM1800 grooming 1, GG0170 walk. Billing G2086. CPT 96372, J2426 x117.\nGlasgow Outcome Scale good; Boston Naming Test; Columbia protocol", ["M0066", "M1800", "GG0170", "G2086", "J2426", "Glasgow", "Boston", "Columbia"]),
        ("the nurse rang; chest pain (10) worse; my son called; with wife rang", ["nurse rang", "chest pain (10)", "son called", "wife rang"]),
        ("the day of surgery; husband 95 kg; dad 90 minutes away", ["day of surgery", "95 kg", "90 minutes"]),
        ("Officer Smith 2 units; PC 1200 mg", ["2 units", "PC 1200 mg"]),
        ("VA 6/9 OD, 6/12 OS. Rescreen 12/12. mood 4/10; Mini-Cog 2/5; Unfit for work 10/7; change 3/7; Review 3/12.", ["6/9", "6/12", "12/12", "4/10", "2/5", "10/7", "3/7", "3/12"]),
        ("GIVE 5 MG PO DAILY; 2 TABS PO BID; Ward #4 review; Store #2291", ["5 MG PO", "2 TABS PO", "Ward #4", "Store #2291"]),
        ("Address: 417 Sissonville Dr, Charleston, WV 25312  Phone 304-555-0189\nBooking #: T848172   Name: VALENZUELA, E\nClinic: Yuendumu Health Centre   Date: Tue 02 Apr 2024\nCustomer: Gary Lucas Whitmore   CRN:301448922A\nPatient: RUIZ ORTEGA, Pablo  Age: 75", ["Phone", "Name:", "Date:", "CRN:", "Age:"]),
        ("opened at 14:12 AWST\nvisit_date: x   in: 09:02   out: 10:05\nTue mane sachet", ["14:12 AWST", "09:02   out: 10:05", "mane"]),
        ("the Highway Code; The Highway Patrol; I-131 therapy; Department of Anatomical Pathology; semi 2 units", ["Highway Code", "Highway Patrol", "I-131", "Anatomical Pathology", "semi 2"]),
        ("Indigenous status: Torres Strait Islander | x", ["Torres Strait Islander"]),
        ("chart\n0800  Metformin - given\nMon  Dialysis - chair 4\n1400  Family meeting - x\n1. Paracetamol 1g - PRN\nTue  Physio - gym\n1. Patel, Anand - Medicare x", ["Metformin", "Dialysis", "Family meeting", "Paracetamol", "Physio"]),
        ("0900 Dr Smith - ward round\nDay 2  Rest - pool\nFentanyl-Pflaster 25 µg/h, 10 St.\nsleeps in his 2000 Ford", ["0900 Dr", "2  Rest", "10 St.", "2000"]),
        ("taking the caravan to the Flinders Ranges in September; his flat in Easterhouse in October", ["September", "October"]),
        ("Interpreter: Vietnamese\nLanguage: Dari, telephonic; Somali speaking; VIS given in Spanish; Tongan, daughter interprets", ["Vietnamese", "Dari", "Somali", "Spanish", "Tongan"]),
        ("Assembly of First Nations; First Nations health", ["Assembly of First Nations", "First Nations health"]),
        ("Clinician: Dr Hannah Church, Renal; the hospital chapel", ["Dr [", "hospital chapel"]),
        ("she calls her GP daily; husband calls her Mum; bed 4 stable overnight; bed 5 empty, cleaned; Dear Smith-Jones Ltd,", ["her GP", "her Mum", "bed 4 stable", "bed 5 empty", "Smith-Jones Ltd"]),
        ("Allergies: PCN (hives). Dispensed by Hanh Vo (pharm)\nsharer: Logan Reese\nTRANSPORT HOME: FERRY, TICKET BOOKED\nHome: Lives alone", ["(hives)", "(pharm)", "sharer", "FERRY", "Lives alone"]),
        ("Patient: Sienna Marchetti  Age 14\nDr Hannah Cho  Provider No 2441873B\nMember: Yer Vang   Medicaid ID 02718834", ["Age", "Provider No", "Medicaid ID"]),
        ("one way street; three main road crossings; two of the street lights; Forty Two main road crossings", ["one way street", "three main road", "two of the street", "Two main road"]),
        ("Script: Pt Lincoln Arundel DOB 1/2/1972; it's Reception from the clinic; Reference Range 3-5; Carer (kinship): grandmother", ["Script: Pt", "Reception", "Reference Range", "grandmother"]),
        ("Department of Internal Medicine; Room 33a, bed 2; Via Roma, 12a; titre 1/100000", ["Internal Medicine", "33a", "1/100000"]),
        ("drove from NSW 2 weeks ago; truck operator, WA DL 6094211; the Golf Club", ["NSW 2 weeks", "WA DL", "Golf Club"]),
        ("came in the 5th. serviced apartments nearby", ["the 5th", "serviced apartments"]),
        ("12:00 - Plan: review\n13:00 - Obs: stable\nSEH-triage (MTS) \u2013 Rijnstate\nTake with food. - Nurse", ["Plan", "Obs", "Nurse"]),
        ("ONTARIO PERINATAL RECORD; FOR SALE, NORMAL SALINE\nCOGNOME E NOME: ROSSI", ["ONTARIO", "SALE", "NORMAL", "NOME"]),
        ("The bus station is far.\nAdenocarcinoma, Gleason 3+4=7 (Grade Group 2) in 4/12 cores", ["The bus station", "Gleason"]),
        ("Dear Dr Wong (Gastroenterology), seen by Dr Moua (anes); Gawura Dhamarrandji (Yolngu, Gupapuyngu speaker); Jane Smith (son) rang", ["Gastroenterology", "anes", "Yolngu", "son"]),
        ("Admitted 12/03/2024, 23 beds on the ward; Reviewed 02/05/2024 88 pct", ["23 beds", "88 pct"]),
        ("Care from 18/01/2024, 7 days; Chart valid 01/04/24 to 31/07/24 (4 months); Next WCC June 2024 (15 mo); spreitendes Melanom, Tumordicke 0,6 mm", ["7 days", "4 months", "15 mo", "Tumordicke"]),
        ("DISCHARGE NOTE -- Palliative Care\nPROGRESS NOTE -- Hospitalist -- Ward 4\nREMOTE MONITORING REPORT \u2014 CareLink\nDischarge letter - Elderly Care", ["Palliative Care", "Hospitalist", "CareLink", "Elderly Care"]),
        ("incident at 0300, min 30 sec, script 500mg, case 1 of 3, incident report filed", ["0300", "30 sec", "500mg", "case 1 of 3"]),
        ("BP 120 80 60 and 12 8 1951; Version 2 . 1 . 3", ["120 80 60", "12 8 1951", "2 . 1 . 3"]),
        ("will review 2 days; rose hill 40 mg; max day 1 per protocol", ["rose hill", "max day"]),
        ("Employer Not Stated; Employer Doug Fairweather supportive", ["Not Stated"]),
        ("Ford Focus 2019 model; Mazda CX-5 2021; MEDICARE PATIENT CLAIM (MS014); Medical Certificate (SU415)", ["2019", "CX-5", "MS014", "SU415"]),
        ("warfarin 3 mg Mon/Wed/Fri, 2.5 mg other days; INR Thu 3/7 2.9, Sun 2.4 (home meter); CAD 4417/18NOV; 90 minutes, 95 kg, ninety percent", ["Fri, 2.5", "Sun 2.4", "4417/18NOV", "90 minutes", "ninety percent"]),
        ("Husband visits daily 1100-1400; nocturnal lows 0200-0400; Appt Thu 21/03/2024 1030-1130, Clinic 2B", ["1100-1400", "0200-0400", "1030-1130", "Clinic 2B"]),
        ("Plan: Ward Round 2, then Bed Block 3. epidural placed 0455 by Dr Patel; started 0415 per Dr. Okafor", ["Ward Round 2", "Bed Block 3", "0455 by", "0415 per"]),
        ("Best number is his cell.\nThx, Rick\ntemp 36.5, 37.2 overnight; location 2.5, 3.1 cm lesion; MRS KAUR DNR NFR", ["Thx,", "36.5, 37.2", "2.5, 3.1", "DNR NFR"]),
        ("INVOICE | Bill to: Mr Hunter Galbraith\nPatient Name: Okafor, Ada\nIris scan code IRS-55A9C2D0; Webster pack delivered; fracture clinic Tues; PICC removed Weds.\nIns: Aetna", ["Bill to", "Patient Name", "Iris scan", "Webster pack", "Tues", "Weds", "Ins:"]),
        ("Middlemore Hospital | Te Whatu Ora\nBoston Scientific ICD in situ; Toyota Corolla, rego ZKM 447; Comfort kit delivered\nAlta el miércoles; Alta 19/03/2024", ["Te Whatu Ora", "Boston Scientific", "Toyota Corolla", "Comfort kit", "Alta el", "Alta [DATE]"]),
        ("BMI 31.4 -> GTT at 24-28/40, aspirin 150mg from 12/40; Murmur 3/6 ESM; ER 8/8, PR 6/8 (Allred); E. coli in 2/2 bottles", ["24-28/40", "12/40", "3/6", "6/8", "2/2"]),
        ("payment of one hundred and twenty pounds; salbutamol one hundred micrograms; qty 24 (twenty-four); Qty 20 (twenty) Take 1", ["one hundred and twenty", "one hundred micrograms", "(twenty-four)", "(twenty)"]),
        ("Reviewed Monday, 14 beds. see Appendix 1, 2. see Table, 3.", ["Monday", "Appendix", "Table"]),
        ("Insurance: Medi-Cal CIN 91827364A; GP at Inala Family Medical 07 5550 6620; payer ID 60054. Certificate issued 10/06/2024", ["Medi-Cal CIN", "payer ID", "Certificate issued"]),
        ("me agarró la mano la banda; controles en el centro de salud; milks on a dairy farm", ["la banda", "el centro", "dairy farm"]),
        ("plan | 14F IDC inserted. Ward 4B. Day 3 post lap chole; FHR 140s. EDD 22/03; 66M farmer from out of town; 2L Hartmann's", ["14F IDC", "4B. Day 3", "140s. EDD", "M farmer", "2L"]),
        ('{"system":"http://snomed.info/sct","code":"401314000"}, {"system": "https://fhir.nhs.uk/Id/nhs-number", "value": "9000000009"}, "http://unitsofmeasure.org"', ["http://snomed.info/sct", "https://fhir.nhs.uk/Id/nhs-number", "unitsofmeasure.org"]),
        ("TIS interpreter (Somali) ID 608412; Medicare (expired) review", ["interpreter (Somali) ID", "Medicare (expired) review"]),
        ("| left knee 45M\n| bed four 12M", ["left knee", "bed four"]),
        ("WARD Round 2, then\n| LEE Bed 4, review; moved to 2019 clinic; the youngest 3 children stay; drove from NSW 2 weeks ago", ["WARD Round 2", "LEE Bed 4", "2019", "youngest 3", "NSW 2"]),
    ],
)  # fmt: skip
def test_clinical_text_that_is_not_pii_stays(text: str, kept: list[str]) -> None:
    out = redact(text)
    for value in kept:
        assert value in out, f"{value!r} was redacted: {out!r}"


def test_capitalised_everyday_words_cost_no_model_time() -> None:
    # "Referral" and "Billing" open lines and are never names; "Kaplan" might be one.
    assert {"referral", "billing", "colour", "behandlung"} <= ENGINE.plain_words
    assert "kaplan" not in ENGINE.plain_words


def test_a_name_before_an_address_stays_a_name() -> None:
    # The lines an address takes before its town are address lines, not the name before them.
    text = "Contact: Adam Eriksen, Valby Kirkevej 81, 4279 Hjortshøj. Mobile: 73 29 98 41"
    spans = {text[s:e]: label for s, e, label in ENGINE.find(text)}
    assert spans.get("Adam Eriksen") == "PERSON"
    assert spans.get("Valby Kirkevej 81, 4279 Hjortshøj") == "ADDRESS"
