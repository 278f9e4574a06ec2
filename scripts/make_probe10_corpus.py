"""Write the 10-th hand-annotated redaction probe, an adversarial Safe Harbor red-team set.

Why: the earlier probes measure the engine on ordinary clinical text. This one is written the way an
outside privacy officer would red-team a de-identification tool: every one of the 18 HIPAA Safe
Harbor categories is planted at least twelve times, mostly in the forms that slip past pattern
matching (identifiers in lowercase prose after a cue, glued to a word, split by a line break,
spelled out digit by digit, odd separators, reformatted dates, ages over 89 in words, nicknames,
names that are ordinary words, photo and DICOM file names, biometric template ids, MAC and IPv6
addresses, URLs carrying a patient id, obfuscated e-mail addresses). Look-alikes that are not
identifiers (doses, lab values and ranges, bed and ward numbers, times, durations such as "3/7",
model names, trial registrations, MBS/ICD codes) are planted too and left unmarked.

What: 90 short-to-medium notes (1-5 sentences), all in the style "adversarial", written by an author
who has not read the engine. Locales: Australian (Medicare with and without spaces and with the IRN,
IHI, DVA, TFN, AHPRA, prescriber and provider numbers, plates by state), US (SSN in three layouts,
NPI, DEA, Medicaid, MBI, ZIP+4), UK (NHS, postcodes), NZ (NHI, IRD), Canadian (OHIP, RAMQ, SIN,
postal codes) and European (IBAN, BSN, PESEL). Markers are ``[[LABEL|category:text]]``, following
the repository's Safe Harbor conventions: titles outside name spans; a full address is one
ADDRESS|geo span, a town or named facility alone is LOCATION|geo; ages up to 89 are AGE|other and 90
or more AGE|date. An identifier broken by a line break is marked as one span per fragment (a marker
cannot cross a line). A glued identifier is marked without its glued cue word ("chartMRN" + span).

How to run:
    cd /work/main && .venv/bin/python scripts/make_probe10_corpus.py
writes corpus/redaction/probe10.jsonl.
"""

from pathlib import Path

from make_safe_harbor_suite import write_styled

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "corpus" / "redaction" / "probe10.jsonl"

ADVERSARIAL = [
    # 1
    'pt filed under mrn [[ID|mrn:4471]] at [[LOCATION|geo:Orange Health Service]]. goes by "[[PERSON|name:Digger]]", DOB [[DATE|date:3rd of March 1931]] so [[AGE|date:ninety-three]]. BP 142/88, HR 71, bed 14.',
    # 2
    "REFERRAL SCAN: chartMRN[[ID|mrn:00412291]] / Medicare [[ID|health_plan:2953418271/2]]. Referring GP Dr [[PERSON|name:Mark Young]], prescriber no [[ID|license:2345671]]. Metoprolol 47.5 mg mane.",
    # 3
    "Pt states SSN is [[ID|ssn:078 05 1120]] (with spaces, per pt). wife [[PERSON|name:faith]] reachable on [[PHONE|phone:(212) 555-0143]]; pls fax path to [[PHONE|fax:212.555.0199]]. K 4.1 (3.5-5.2).",
    # 4
    'Phone triage: caller read Medicare as "[[ID|health_plan:four two eight one, six six seven three nine, one]]" - matches card. Callback [[PHONE|phone:oh four one two, three three four, nine eight one]]. Advised ED if worse.',
    # 5
    "[[AGE|date:102]]F, lives [[LOCATION|geo:Bath]]. NHS no [[ID|health_plan:943 476]]\n[[ID|health_plan:5919]] (label printer wrapped). Daughter [[PERSON|name:Summer]] to collect. Hb 98, plt 210.",
    # 6
    'acct#[[ID|account:88123]] overdue - billing to ring [[PERSON|name:bill]] (son, aka "[[PERSON|name:Billy-Ray]]") re invoice [[ID|account:INV-2024-00917]], pay link [[URL|url:https://pay.example.health.nsw.gov.au/?acct=88123&ur=4471]]. MBS item 23 only.',
    # 7
    "Wound photos [[ID|photo:IMG_20240312_0931.jpg]] + [[ID|photo:IMG_20240312_0932.jpg]] attached to UR [[ID|mrn:K339812]]. Pt [[PERSON|name:Kowalczyk-Hart]] consented to clinical photography [[DATE|date:12/03/2024]].",
    # 8
    "Pt's fingerprint template id [[ID|biometric:FPT_2291_A]] enrolled for med cabinet override; prior template [[ID|biometric:FPT-2291-0]] revoked. Enrolled by RN [[PERSON|name:N. McGrath]] (login [[ID|other:nmcgrath2]]).",
    # 9
    "Voiceprint ID [[ID|biometric:VP-0038812]] used for phone identity check - pt [[PERSON|name:sunny d'arcy]] passed. Next appt [[DATE|date:March the third]], 1030.",
    # 10
    "Pump s/n [[DEVICE|device:NG2197331H]] (MiniMed 780G) swapped for new s/n [[DEVICE|device:NG2204458H]]. CGM transmitter id [[DEVICE|device:8GT4K2]]. HbA1c 7.2%, basal 0.85 u/h.",
    # 11
    "ICD interrogation: Azure XT DR MRI (model W1DR01 - model, not serial), serial [[DEVICE|device:RNB208114S]]. Bedside monitor MAC [[DEVICE|device:00:1A:2B:3C:4D:5E]], last upload from [[IP|ip:2001:db8:85a3::8a2e:370:7334]].",
    # 12
    "portal link sent [[URL|url:https://portal.svhm.org.au/results?patientId=4471209&view=full]] - pt couldnt open it. also emailed to [[EMAIL|email:j.smith at gmail dot com]] as she spelled it. her login [[ID|other:jsmith_1951]], last attempt from [[IP|ip:49.195.12.201]].",
    # 13
    "DVA gold card [[ID|health_plan:NX123456]]. vet [[PERSON|name:Rex Faulkner-Doyle]], [[AGE|date:ninety-one]], lives [[ADDRESS|geo:4/17 Banksia Cres, Wagga Wagga NSW 2650]]. Na 131.",
    # 14
    "TFN quoted on Centrelink form: [[ID|ssn:123.456.782]] - REMOVE before scanning. Pt [[PERSON|name:Grace Bishop]] ph [[PHONE|phone:0398761234]], pension paid into [[ID|account:033-172 4588021]].",
    # 15
    "AHPRA check on locum Dr [[PERSON|name:Amara Okafor]]: [[ID|license:MED0001234567]], Medicare provider no. [[ID|license:4471982B]]. Cleared to start [[DATE|date:Easter Monday 2024]].",
    # 16
    "Medicaid ID [[ID|health_plan:AB12345C]] (NY), SSN [[ID|ssn:219099999]] no dashes, addr [[ADDRESS|geo:1184 Elm St Apt 3, Normal, IL 61761-2207]]. Billing NPI [[ID|license:1234567893]], hosp acct [[ID|account:HA00918824]].",
    # 17
    "DEA# [[ID|license:AB1234563]] needed for oxycodone 5 mg q6h PRN script; prescriber Dr [[PERSON|name:Cook]]. Fax script to [[LOCATION|geo:Walgreens Lakeview]] on [[PHONE|fax:+1 773 555 0188]].",
    # 18
    "Postcode [[ADDRESS|geo:RG1 5AN]] ([[LOCATION|geo:Reading]]). NHS [[ID|health_plan:485-777-3456]]. GP Dr [[PERSON|name:Young]] at [[LOCATION|geo:Abbey Medical Centre]], fx [[PHONE|fax:0118 960 4422]]. Cough 3/7, SOB 1/52.",
    # 19
    "NHI [[ID|health_plan:ZAC5361]], IRD [[ID|ssn:49-091-850]] on ACC45 form, ACC claim [[ID|other:10045567234]] ([[URL|url:acc.co.nz/claims/10045567234]]). Lives [[LOCATION|geo:Levin]].",
    # 20
    "OHIP [[ID|health_plan:1234-567-890-AB]], SIN [[ID|ssn:046 454 286]], postal code [[ADDRESS|geo:K1A 0B1]]. Transferred from [[LOCATION|geo:Fraser Canyon Hospital]] in [[LOCATION|geo:Hope]], BC.",
    # 21
    "Refund to IBAN [[ID|account:DE89 3704 0044 0532 0130 00]]. BSN [[ID|ssn:123456782]] on Dutch EHIC, EHIC card no [[ID|health_plan:80528000010000012345]].",
    # 22
    "PESEL [[ID|ssn:85071803874]]. Polish-speaking, interpreter ID [[ID|other:INT-4417]] ([[PERSON|name:Zofia]]), pt mob [[PHONE|phone:+48 601 234 567]], email [[EMAIL|email:k.wisniewska@wp.pl]].",
    # 23
    "Pt's car [[VEHICLE|vehicle:CK 52 LP]] (NSW) in ambulance bay >4h, security notified. Partner [[PERSON|name:Frank]] drives [[VEHICLE|vehicle:1ABC 234]] (WA plates), will move it.",
    # 24
    "MVA. pt driver of qld rego [[VEHICLE|vehicle:987xyz]], other car SA rego [[VEHICLE|vehicle:S 123 ABC]]. Police event no [[ID|other:QP2400571188]], VIN [[VEHICLE|vehicle:JTDKB20U093512874]]. GCS 15, c-spine cleared 0315.",
    # 25
    "Wheelchair-accessible van: VIN [[VEHICLE|vehicle:1HGCM82633A004352]], tas rego [[VEHICLE|vehicle:FK 4920]]. OT [[PERSON|name:Will Baker]] to assess transfers, video [[ID|photo:pt_transfer_20240409.mp4]] in media tab.",
    # 26
    "Telehealth dropped x3 - pt connecting from [[IP|ip:192.168.1.107]] behind NAT, public [[IP|ip:203.0.113.48]]. Laptop MAC [[DEVICE|device:a4-5e-60-c2-19-8f]].",
    # 27
    "Video consult link [[URL|url:https://telehealth.example.org.au/room?pid=MRN00977123&tok=x9]] expired; re-sent to [[EMAIL|email:kira.o'neill@bigpond.net.au]]. Her session showed [[IP|ip:::ffff:203.0.113.9]].",
    # 28
    "Derm photo exported as [[ID|photo:DERM_HALVORSEN_K_20240311_001.dcm]]; study accession [[ID|mrn:ACC24031100873]]. Viewer: [[URL|url:pacs.ramsay.local/viewer?accession=ACC24031100873]]. Mr [[PERSON|name:Halvorsen]] aware of biopsy result.",
    # 29
    '[[AGE|date:Ninety-six]] y/o gentleman known as "[[PERSON|name:Pop]]" to staff, from [[LOCATION|geo:Mirinjani Village]] (RACF). Fall, #NOF L. Hb 112.',
    # 30
    "called [[PERSON|name:Tiny]] by family (6'5\"). surname [[PERSON|name:Ng]]. DOB [[DATE|date:19.11.1958]]. UR [[ID|mrn:7781204]], photo [[ID|photo:pt_photo_ng_t.png]].",
    # 31
    "Bx on the [[DATE|date:3rd]]; path reported [[DATE|date:9 Jan]] (MRN [[ID|mrn:00.77.91.32]]) - discussed w son [[PERSON|name:Guy]] by phone [[PHONE|phone:07 3345 8812]]. Creat 112, eGFR 58.",
    # 32
    "Pt [[PERSON|name:Rose Hope]] prefers email: [[EMAIL|email:rose dot hope at outlook dot com]]. No SMS. fax GP [[PHONE|fax:(02) 6361 4400]].",
    # 33
    "EMAIL: [[EMAIL|email:MTHOMPSON1948@YAHOO.COM]] / alt [[EMAIL|email:m_thompson[at]iinet.net.au]]. DOB [[DATE|date:14/03]] (year unknown, pt vague).",
    # 34
    "Handover: [[PERSON|name:O'Loughlin]] bed 7 for d/c, [[PERSON|name:Smith-Kowalczyk]] bed 9 NBM from 0000, [[PERSON|name:D'Souza]] bed 12 awaiting CT. 4B fully staffed.",
    # 35
    "Retina template [[ID|biometric:RET-77120-B]] failed match x2 at pharmacy kiosk; fell back to face template [[ID|biometric:FT_0091273]]. Kiosk serial [[DEVICE|device:KSK-22-01884]], capture [[ID|photo:kiosk_cap_0091273.png]].",
    # 36
    "IHI[[ID|health_plan:8003608166690503]] printed without a space on d/c summary; Medicare [[ID|health_plan:5103 48216 7]]. D/c to [[ADDRESS|geo:Unit 2, 9 Tarcoola Ave, Mudgee NSW 2850]].",
    # 37
    "nhs [[ID|health_plan:401_023_2137]] (underscores, from the Excel export). postcode [[ADDRESS|geo:BA1 2QH]]. ref to [[LOCATION|geo:Royal United Hospital]], letter at [[URL|url:https://letters.example.nhs.uk/view?nhs=4010232137]].",
    # 38
    "SSN: [[ID|ssn:123-45-6789]] on intake but pt says it's actually [[ID|ssn:123-54-6789]] - reg error. Medicare MBI [[ID|health_plan:1EG4-TE5-MK73]].",
    # 39
    "ZIP+4 [[ADDRESS|geo:02139-4307]] only on file, no street. home ph [[PHONE|phone:617-555-0112]] ext 4. First name [[PERSON|name:Hunter]], no surname recorded. email [[EMAIL|email:HUNTER_77 AT AOL DOT COM]]",
    # 40
    "Prescriber number [[ID|license:0498721]] and AHPRA [[ID|license:NMW0001122334]] (NP) on script. Dispensed at [[LOCATION|geo:Priceline Pharmacy Dubbo]] (fax [[PHONE|fax:0268841190]]). Apixaban 5 mg BD.",
    # 41
    "Implant card: NexGen knee, lot 4418 (not pt-specific), serial no. [[DEVICE|device:62-5578-0413]], implanted [[DATE|date:2019-08-22]] by Mr [[PERSON|name:Lachlan Price]].",
    # 42
    "Holter s/n [[DEVICE|device:HT40071193]] fitted, return Monday [[DATE|date:5th Feb]]. Mrs [[PERSON|name:Brown]]'s mob [[PHONE|phone:0401-223-987]].",
    # 43
    "Payment plan. IBAN [[ID|account:GB71 NWBK 6016 1345]]\n[[ID|account:8812 07]]\npayer: [[PERSON|name:Ellis-Grey]].",
    # 44
    "Direct debit: BSB 062-000, acc [[ID|account:12345678]], name on acct [[PERSON|name:Jo Carter]]. Gap paid by Visa [[ID|account:4111 1111 1111 1111]].",
    # 45
    "AUDIT: chart opened from [[IP|ip:fe80::1ff:fe23:4567:890a]] and [[IP|ip:2001:0db8:0000:0000:0000:ff00:0042:8329]] at 02:14, not a staff device. Request was [[URL|url:http://10.2.1.4/emr/view.aspx?ur=7781204]].",
    # 46
    "Pt aka [[PERSON|name:Mack]], legal name [[PERSON|name:Macaulay Tran]]; mother [[PERSON|name:Lien]] interprets, email [[EMAIL|email:mack.tran@gmail,com]] (sic). Lives [[LOCATION|geo:Cabramatta]].",
    # 47
    "[[AGE|other:89]]M, turns [[AGE|date:90]] on the [[DATE|date:22nd]] - wants home to [[LOCATION|geo:Broken Hill]] for the party, son driving [[VEHICLE|vehicle:CX-91-RT]]. Lasix 40 mg.",
    # 48
    "InPen paired, BT MAC [[DEVICE|device:F0:9F:C2:11:AB:34]]; t:slim X2 pump SN [[DEVICE|device:1108864]]. BGL 6.8-11.2 overnight.",
    # 49
    "Pt photo ID [[ID|photo:PHOTO-00219]] on wristband system. Face image [[ID|photo:pt_nguyen_face.jpg]] at [[URL|url:https://photos.wristband.local/p/00219]] to be deleted per pt request [[DATE|date:24/6/24]].",
    # 50
    "Voice banking done; voice template [[ID|biometric:VB_2024_000771]]. MND clinic [[LOCATION|geo:Calvary Bethlehem]], speech path [[PERSON|name:Ivy Marsh]].",
    # 51
    "family say her medicare is [[ID|health_plan:3371 92840 5]] and dva [[ID|health_plan:vx402231]]. lives w husband [[PERSON|name:norm]] in [[LOCATION|geo:warrnambool]], drives vic rego [[VEHICLE|vehicle:XLN 402]].",
    # 52
    "Referral from Dr [[PERSON|name:Patel]] ([[EMAIL|email:dr.patel (at) northsidegp (dot) com.au]]), provider no [[ID|license:2451339K]]. Reply fax [[PHONE|fax:02.9553.1120]].",
    # 53
    "Pt sent wound pic via [[URL|url:https://upload.clinicbox.net/p/8841207/wound_day7.jpg]]; also via [[URL|url:www.clinicbox.net/view?mrn=8841207]], uploader ip [[IP|ip:120.18.44.7]].",
    # 54
    "SIN [[ID|ssn:130692544]]. Lives [[ADDRESS|geo:402-1150 Rue Sainte-Catherine O, Montreal QC H3B 2H4]]. RAMQ [[ID|health_plan:TREM45121599]]. Invoice # [[ID|account:QC-2024-55871]].",
    # 55
    "Fax [[PHONE|fax:08 9431 7720]] / ph [[PHONE|phone:08 9431 7700]], [[LOCATION|geo:Fiona Stanley Hospital]] ward 6B, ext 1234.",
    # 56
    "Admitted [[DATE|date:Christmas Eve 2023]], d/c [[DATE|date:2/1/24]]. F/u 6/52 with Dr [[PERSON|name:Wren]].",
    # 57
    "Sample collected [[DATE|date:2024-03-11]]T07:42:10Z, lab accession [[ID|mrn:24-071-0883]]. Pt [[PERSON|name:Lily-Mae Ashford]]. Trop 14 -> 16 ng/L.",
    # 58
    "PT: [[PERSON|name:APRIL MAY]]  DOB: [[DATE|date:01-APR-1950]]  UR: [[ID|mrn:0091182]]\nADDR: [[ADDRESS|geo:12 CHURCH ST, ORANGE NSW 2800]]",
    # 59
    "Ordering: [[PERSON|name:K. Lamb]] NPI#[[ID|license:1356482207]] DEA:[[ID|license:BL4412875]]. sent from [[EMAIL|email:klamb@stjoes-mn.org]].",
    # 60
    "mob [[PHONE|phone:0423]]\n[[PHONE|phone:118 760]] (split on label). pls call mum [[PERSON|name:Dawn]] first.",
    # 61
    'Pt recited ssn at front desk as "[[ID|ssn:six one two, four four, zero nine eight one]]" - overheard in waiting rm at [[LOCATION|geo:Mercy Hospital Iowa City]].',
    # 62
    "BCBS member ID [[ID|health_plan:XEH912345678]], group 00412 (employer group, not pt). Subscriber [[PERSON|name:Dale Hardy]], DOB [[DATE|date:July 4th, 1962]]. Prior auth by fax [[PHONE|fax:1-800-555-0147]].",
    # 63
    "Bupa mbr no [[ID|health_plan:71150093]]/02. Claim ref [[ID|other:CLM-88012-AU]]. Item 30390, ICD K80.20.",
    # 64
    "Cochlear implant (CI622) serial [[DEVICE|device:5.1163.4421]], processor s/n [[DEVICE|device:917720004]]. Audiologist [[PERSON|name:Tamsin Pike]].",
    # 65
    "Opioid safe: R index fingerprint template ref [[ID|biometric:FPR/0083/771]], backup iris code [[ID|biometric:IRIS-7C2E-0918]]. Set up under login [[ID|other:tpike01]].",
    # 66
    "DOB the [[DATE|date:twenty-ninth of February 1944]]. [[PERSON|name:Ernestine Wolfe]], from [[LOCATION|geo:Normal]], IL; portrait on file ([[ID|photo:WOLFE_E_portrait.JPG]]). MMSE 24/30.",
    # 67
    "Medicare [[ID|health_plan:2428 77813 2]] IRN 3. Addr [[ADDRESS|geo:88 Lonsdale St, Braddon ACT 2612]]. ACT rego [[VEHICLE|vehicle:YMM42K]] for disabled parking permit.",
    # 68
    "ID sighted: NSW licence [[ID|license:12345678]], passport [[ID|ssn:PA1234567]]. Pt [[PERSON|name:Reza Karimi]], palm-vein template [[ID|biometric:PV-00318842]] enrolled.",
    # 69
    "On STOP-AF trial (ACTRN12619000123456 - trial reg, not pt), participant [[ID|other:SAF-0412-017]]. Research nurse [[PERSON|name:Joy]].",
    # 70
    "Coroner's case no. [[ID|other:2024/001873]]. Deceased [[PERSON|name:Alf Sterling]], found on the [[DATE|date:14th of May]], body released to funeral home in [[LOCATION|geo:Kew]].",
    # 71
    "Patient transport booking ref [[ID|other:PTB-7731-Q]], pickup [[ADDRESS|geo:Lot 3 Old Hume Hwy, Marulan NSW 2579]] 0700.",
    # 72
    "Portal username [[ID|other:gracie.b1951]], pw reset sent to [[EMAIL|email:grace_bishop51 at hotmail.com]], link [[URL|url:https://myportal.example.com/reset?user=gracie.b1951]] bounced.",
    # 73
    "nok=[[PERSON|name:hope]](dtr)mob[[PHONE|phone:0438771902]];home[[PHONE|phone:0266218840]]",
    # 74
    "D/c summary faxed to GP [[PHONE|fax:(03) 5221 0947]] and [[PHONE|fax:+61 3 5221 0948]] (2nd line) at [[LOCATION|geo:Geelong West Medical]].",
    # 75
    "Patient account [[ID|account:PA-0082271]], overseas visitor, passport [[ID|ssn:E12345678]]. Refund IBAN [[ID|account:FR76 3000 6000 0112 3456 7890 189]].",
    # 76
    "NHI: [[ID|health_plan:zbn77vl]] (new format, typed lowercase). Lives [[ADDRESS|geo:27 Kowhai Rd, Ngaruawahia 3720]]. GP fax [[PHONE|fax:07 824 5511]].",
    # 77
    "Dr [[PERSON|name:Heath]] (MCNZ [[ID|license:41772]]) reviewed [[PERSON|name:Aroha Te Rangi]] today. CRP 88.",
    # 78
    "UK reg [[VEHICLE|vehicle:LD19 XKP]], blue badge [[ID|other:MR45T1190A]] - carer [[PERSON|name:Sterling]] parking.",
    # 79
    "CA plate [[VEHICLE|vehicle:7ABC123]], CA DL [[ID|license:D1234567]]. Transferred from [[LOCATION|geo:Kaiser Oakland]].",
    # 80
    "Photos [[ID|photo:IM-0001-0034_CHEN_W.dcm]] and [[ID|photo:20240308_143355_bed12.jpg]] (pt's face visible) to UR [[ID|mrn:55038120]] via [[URL|url:http://pacs01/wado?requestType=WADO&patientID=55038120]].",
    # 81
    "Facial recognition template [[ID|biometric:FRT-3320019]] linked to wristband; pt declined, template purged [[DATE|date:1 Feb 2024]].",
    # 82
    "voiceprint [[ID|biometric:vp0041182]] matched, pt calling from [[PHONE|phone:+64 21 445 9021]] (VoIP, [[IP|ip:2403:5800:c1a0:22::17]]). Hosp no [[ID|mrn:H0033419]].",
    # 83
    "[[AGE|other:47]]yo, last seen [[DATE|date:Sept '23]]. Next review [[DATE|date:03/2025]]. Ferritin 12 (30-300).",
    # 84
    "Mother ([[AGE|date:ninety-seven]]) and sister ([[AGE|other:seventy]]) at bedside. Pt [[PERSON|name:Patience Oyelaran]], ID photo [[ID|photo:IMG_4471.HEIC]] taken by son.",
    # 85
    "Hosp no. [[ID|mrn:RXH-00381-2]]; old chart filed as ur_[[ID|mrn:5503812]]_dc.pdf. Admitted via [[LOCATION|geo:St John of God Midland]].",
    # 86
    "Arabic interpreter ID [[ID|other:TIS-55812]]. Case manager [[PERSON|name:Marwa]], ph [[PHONE|phone:02 9828 3000]] fx [[PHONE|fax:02/9828/3001]]. Pt voiceprint ref [[ID|biometric:VOX 7731 0042]].",
    # 87
    "CHI [[ID|health_plan:0101501234]] - pt moved from [[LOCATION|geo:Dundee]], old GP fax [[PHONE|fax:01382 660 111]]. PMH: Hodgkin lymphoma (2004), Parkinson's.",
    # 88
    "pt emailing from ip [[IP|ip:101.180.77.23]] and again from [[IP|ip:2400:cb00:2048:1::c629:d7a2]]; contact [[EMAIL|email:ronnie.w@protonmail.com]].",
    # 89
    "Remote monitoring ID [[DEVICE|device:CM-2208-55431]] (Carelink). Gateway IP [[IP|ip:172.16.254.1]], serial [[DEVICE|device:GW0098812]].",
    # 90
    "Pt [[PERSON|name:Marigold Finch]]'s daughter goes by [[PERSON|name:Birdie]]. Results link [[URL|url:https://results.labcorp.example/r?acc=LC2403118&dob=19440229]].",
]

STYLES = [("adversarial", ADVERSARIAL)]


def main() -> None:
    print(f"probe10: {write_styled(OUT, STYLES)} docs")


if __name__ == "__main__":
    main()
