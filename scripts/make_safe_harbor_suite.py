"""Write ``corpus/redaction/safe_harbor.jsonl``: a hand-written adversarial Safe Harbor suite.

Why: the HIPAA Safe Harbor method lists 18 kinds of identifier. A redactor that scores well on
span F1 can still leak a whole category (a VIN, a voiceprint template id, a glued MRN). This
suite plants at least five identifiers of every category in short clinical notes, in the forms
that naive redactors miss, so ``mlgate redact-eval`` can report leaks per category.

What: the notes below are data, written by hand for this project. Each identifier is marked
inline as ``[[LABEL|category:text]]``; this script strips the markers, computes each span's
offsets while concatenating the text (never by searching), and writes one JSON document a line
with ``"style": "safe-harbor"``. Check-digit identifiers (Medicare, IHI, TFN, NHS, SSN, IBAN, VIN)
were chosen to pass their checksums. Output is byte-reproducible.

Run: ``python scripts/make_safe_harbor_suite.py`` (writes relative to the repository of this file).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "corpus" / "redaction" / "safe_harbor.jsonl"

LABELS = {"PERSON", "ADDRESS", "LOCATION", "DATE", "AGE", "PHONE", "EMAIL", "ID", "URL", "IP"}
LABELS |= {"VEHICLE", "DEVICE"}
CATEGORIES = {
    *("name", "geo", "date", "phone", "fax", "email", "ssn", "mrn", "health_plan", "account"),
    *("license", "vehicle", "device", "url", "ip", "biometric", "photo", "other"),
}

MARKER = re.compile(r"\[\[([A-Z]+)\|([a-z_]+):(.+?)\]\]")

# One note a line. Grouped by the category each note is mainly about; most notes plant others too.
NOTES: list[str] = [
    # ---- name: nicknames, aka, hyphenated surname alone, ALL-CAPS, lowercase shorthand
    "Lives with her son, who everyone calls [[PERSON|name:Bazza]]; his legal name is [[PERSON|name:Barry Kowalczyk]]. Son is NOK.",
    "Patient [[PERSON|name:Nguyen-Tran]] reviewed on the ward round; nil new concerns, obs stable, BP 128/76.",
    "Mrs [[PERSON|name:Eleni Papadopoulos]] goes by [[PERSON|name:Nellie]] on the ward and prefers a Greek interpreter.",
    "BIBA 0300. Known to staff as [[PERSON|name:Jacko]], aka [[PERSON|name:Jack O'Sullivan]]; intoxicated, GCS E3 V4 M6.",
    "patient [[PERSON|name:El-Masri]] refused overnight obs. dr to review in am. Braden score 16.",
    "Called [[PERSON|name:Wal]] by the family; chart lists [[PERSON|name:WALLACE, Desmond]]. Parkinson's disease, on Madopar.",
    "nsg: wife [[PERSON|name:thi lan]] rang twice re visiting hours, pt [[PERSON|name:minh]] settled after Endone 5mg.",
    "Seen with partner [[PERSON|name:Priya Raghunathan]]; their GP is Dr [[PERSON|name:Okonkwo]] at [[LOCATION|geo:Northside Medical Centre]].",
    # ---- geo: street addresses, ZIP/postcode alone, facilities, lowercase places
    "Lives at [[ADDRESS|geo:Unit 4/17 Banksia Cres, Fitzroy VIC 3065]] with two dogs; stairs to front door.",
    "Pt recently moved to postcode [[ADDRESS|geo:0872]]; remote community, no mobile coverage, mail via the store.",
    "ZIP [[ADDRESS|geo:02139]] recorded at registration; insurer has an older address on file.",
    "Retrieved from [[LOCATION|geo:Royal Darwin Hospital]] by RFDS; family live in [[LOCATION|geo:Nhulunbuy]].",
    "Home address: [[ADDRESS|geo:Flat 2, 9 Albion Terrace, Bristol BS1 5TR]]. Key safe by the back door.",
    "Community transport collects her from [[ADDRESS|geo:RMB 5823, Mount Gambier SA 5290]] on Tuesdays.",
    "she grew up on [[LOCATION|geo:thursday island]] and moved to [[LOCATION|geo:cairns]] as a teenager; no family nearby.",
    "Postcode [[ADDRESS|geo:SW1A 2AA]] entered on the NHS referral form; pt denies living in London.",
    "Discharged to [[LOCATION|geo:Wattle Grove Residential Care]], [[ADDRESS|geo:PO Box 118, Dubbo NSW 2830]].",
    # ---- date: words, ordinals, ages over 89
    "Symptoms began on the [[DATE|date:third of July]] after a family barbecue; no travel.",
    "Last seen by GP on [[DATE|date:March 3rd]]; bloods due [[DATE|date:14/04/2024]].",
    "Resident is [[AGE|date:97]] years old and independent with ADLs apart from showering.",
    "DOB [[DATE|date:2 February 1931]]; aged [[AGE|date:93]] at admission with Crohn's disease flare.",
    "Admitted [[DATE|date:Thu 29/2]], discharged [[DATE|date:03-Mar-24]] with Keflex 500mg QID.",
    "A [[AGE|date:102]]-year-old woman had her birthday on the ward on [[DATE|date:Christmas Eve]].",
    "pt turned [[AGE|date:90]] on the [[DATE|date:12th of June]]; family brought a cake to ward 4B.",
    "Follow-up booked for [[DATE|date:Monday 8 April 2024]] at 10:30 in the falls clinic.",
    # ---- phone
    "Daughter's mobile [[PHONE|phone:0412 345 678]]; home landline [[PHONE|phone:(02) 9876 5432]].",
    "Call back on [[PHONE|phone:+61 412 345 679]] after 5pm; pt works day shifts.",
    "UK contact [[PHONE|phone:+44 20 7946 0958]], sister's mobile [[PHONE|phone:07700 900123]].",
    "US number on file for the son: [[PHONE|phone:(617) 555-0143]].",
    "Ring the pt on [[PHONE|phone:0398765432]] (landline only, no voicemail).",
    "Text updates to her nephew's number, [[PHONE|phone:0433221907]], as pt is hard of hearing.",
    # ---- fax
    "Please fax results to [[PHONE|fax:(03) 9345 6789]] marked urgent.",
    "Fax: [[PHONE|fax:02 8765 4321]] ([[LOCATION|geo:Banksia Family Practice]]).",
    "Referral faxed to [[PHONE|fax:+61 7 3123 4567]] on [[DATE|date:5 May 2024]].",
    "f: [[PHONE|fax:617-555-0199]] attn medical records, re: release of information.",
    "Fax no. [[PHONE|fax:0161 496 0123]] is the GP surgery's secure line for discharge letters.",
    "Faxed the MAR to the RACF on [[PHONE|fax:08 8123 9876]] at 1400.",
    # ---- email
    "Pt asked for results to be emailed to [[EMAIL|email:j.citizen72@bigpond.com]].",
    "Daughter email: [[EMAIL|email:mai.nguyen@outlook.com]]. Prefers email to phone.",
    "contact via [[EMAIL|email:KOSTAS.GEORGIOU@GMAIL.COM]] (capitals as written by pt).",
    "Email <[[EMAIL|email:r.okafor@nhs.net]]> re the rescheduled colonoscopy.",
    "Sent to [[EMAIL|email:harpreet_s+clinic@iinet.net.au]]; message bounced, will post instead.",
    # ---- ssn: SSN with spaces, dots, no separator; TFN
    "SSN [[ID|ssn:132 17 7317]] written on the insurance form in the patient's hand.",
    "ss# [[ID|ssn:429.72.2931]] verified with pt at registration.",
    "Social security number: [[ID|ssn:369333402]]; Medicare Part B active.",
    "TFN [[ID|ssn:681 205 677]] provided for the Centrelink carer payment form.",
    "Tax file number [[ID|ssn:747-176-412]] written on the NDIS form by the son.",
    "SSN: [[ID|ssn:281-60-9383]]; patient is a veteran, see VA records.",
    # ---- mrn: lowercase prose, glued, URN variants
    "filed under mrn [[ID|mrn:4821]] in the old system before the merge.",
    "see chartMRN[[ID|mrn:88213390]] for prior admissions and the 2019 echo.",
    "URN [[ID|mrn:0012345]] - please attach a label to every specimen.",
    "MRN: [[ID|mrn:4482910]]. Allergies: penicillin (rash), codeine (nausea).",
    "UR number [[ID|mrn:887231]] refers to the old paper chart in medical records.",
    "mrn#[[ID|mrn:E2219904]] merged into the new record on [[DATE|date:1 July 2023]].",
    # ---- health_plan: Medicare, IHI, DVA, NHS, US member ids
    "Medicare [[ID|health_plan:5639 23325 2]] sighted; concession card expired.",
    "medicare no. [[ID|health_plan:46881973471]] incl. IRN, per the Medicare card.",
    "DVA Gold card [[ID|health_plan:NX123456]]; veteran entitled to transport.",
    "IHI [[ID|health_plan:8003 6065 2863 0373]] matched in My Health Record.",
    "NHS number [[ID|health_plan:843 246 3655]] confirmed with the patient.",
    "Member ID [[ID|health_plan:XJH482913307]] (Blue Cross PPO); group 00481.",
    "DVA file no. [[ID|health_plan:QSS12345]] quoted by the widow on the phone.",
    # ---- account
    "Refund to IBAN [[ID|account:DE50 5260 1815 9083 0166 13]] as requested by the patient.",
    "Billing acct no. [[ID|account:ACCT-00482913]] has an outstanding balance.",
    "Bank details: BSB 062-000, account [[ID|account:1234 5678]] (patient's own account).",
    "Hospital account number [[ID|account:HAR882910023]] for this admission.",
    "Direct debit from IBAN [[ID|account:GB74HBUK91390996030824]] for the private room.",
    "Paid by card [[ID|account:4111 1111 1111 1111]]; receipt emailed.",
    # ---- license
    "Driver licence no. [[ID|license:12345678]] (NSW) sighted for ID check.",
    "DL# [[ID|license:D1234567]] (CA) photocopied for the chart.",
    "AHPRA registration [[ID|license:MED0001234567]] for the locum on the discharge summary.",
    "Prescriber no. [[ID|license:545909CK]] on the Endone script.",
    "Police noted firearms licence [[ID|license:FL-774201]] during the welfare check.",
    "Nurse registration [[ID|license:NMW0001122334]] recorded on the incident form.",
    # ---- vehicle: plates and VINs with valid check digits
    "Arrived in a silver Corolla, rego [[VEHICLE|vehicle:BX42KL]], parked in the ambulance bay.",
    "MVA: pt's car VIN [[VEHICLE|vehicle:1HGCM82633A004352]] recorded by police at the scene.",
    "Car plate [[VEHICLE|vehicle:7ABC123]] noted by security; tow truck called.",
    "Vehicle identification number: [[VEHICLE|vehicle:JTDKB20U293123456]] (for the TAC claim).",
    "Ute VIN [[VEHICLE|vehicle:1FTFW1ET9DFC10312]], plates [[VEHICLE|vehicle:QLD 123-ABC]]; rollover on the Bruce Hwy.",
    "Parking permit issued for reg [[VEHICLE|vehicle:WX19 ABC]] for the duration of chemo.",
    "Insurer needs VIN [[VEHICLE|vehicle:WVWZZZ1J0XW000001]] for the workers comp vehicle claim.",
    # ---- device
    "Pacemaker serial [[DEVICE|device:PJN612345H]] interrogated; battery 8 years.",
    "Insulin pump SN [[DEVICE|device:NG1234567H]] replaced after occlusion alarm.",
    "CPAP machine serial no. [[DEVICE|device:23171234567]] returned to the hire company.",
    "Hearing aid (serial [[DEVICE|device:HA-2291-0043]]) lost on the ward; incident logged.",
    "ICD s/n [[DEVICE|device:RNH204871S]] shocked x1 overnight.",
    "Cochlear implant device ID [[DEVICE|device:CI-7730-88421]] recorded before MRI safety check.",
    # ---- url
    "Results uploaded to [[URL|url:https://portal.lakeviewhealth.org/patient/88213]] for the family.",
    "Pt's blog [[URL|url:www.jennysjourneywithms.com.au]] mentions this admission.",
    "Son shared photos of the ward at [[URL|url:https://instagram.com/kostas_g_1952]].",
    "GoFundMe page [[URL|url:https://gofundme.com/f/help-aunty-marlee-get-home]] set up by the community.",
    "Telehealth link sent: [[URL|url:https://telehealth.riversideclinic.net/room/4471]].",
    # ---- ip: IPv4 in prose, IPv6
    "Portal login from [[IP|ip:203.0.113.45]] at 0214, outside usual hours.",
    "the pt's home router at [[IP|ip:101.180.22.7]] was used to download the records.",
    "Remote monitoring hub reports from IPv6 [[IP|ip:2001:db8:85a3::8a2e:370:7334]].",
    "logged in from ip [[IP|ip:49.195.11.203]] then [[IP|ip:2600:1700:3c40:a1::2f]] within a minute.",
    "Home glucose meter syncs via gateway [[IP|ip:192.168.1.20]] on the family wifi.",
    # ---- biometric
    "Voiceprint template [[ID|biometric:VPT-20931-A7]] enrolled for the pharmacy phone line.",
    "Fingerprint template ID [[ID|biometric:FP-0042-7731]] stored for the dispensing cabinet.",
    "Retina scan hash [[ID|biometric:RS-9f2c41ab]] linked to the research enrolment.",
    "Facial geometry template [[ID|biometric:FGT-558210]] created at the visitor kiosk.",
    "Palm vein ID [[ID|biometric:PV-7731-20]] used for Omnicell access by the patient's carer.",
    "Gait signature [[ID|biometric:GS-4410-B]] captured in the falls lab.",
    # ---- photo: full-face photos and scans
    "Photo [[ID|photo:jsmith_face_2024.jpg]] attached to the referral for the plastics team.",
    "Wound and face photo saved as [[ID|photo:IMG_20240303_nguyen_face.jpg]] in the media tab.",
    "CT head images exported as [[ID|photo:4482910_head_ct.dcm]] for the neurosurgeons.",
    "Full-face photo [[ID|photo:mpapadopoulos_passport.png]] on the identity section.",
    "Dermatology upload: [[ID|photo:face_lesion_khoury_r_01.jpeg]] (consent signed).",
    "3D facial scan [[ID|photo:kheffernan_facial_3d.dcm]] sent to the prosthetics lab.",
    # ---- other: study enrolment codes and other unique numbers
    "Enrolled in trial as [[ID|other:STUDY-20931]]; randomised arm blinded.",
    "Participant code [[ID|other:PX-0047]] (do not unblind) on the CRF.",
    "Centrelink CRN [[ID|other:204 123 456A]] for the carer allowance.",
    "NDIS participant number [[ID|other:430123456]] on the plan review.",
    "Biobank sample [[ID|other:BB-2024-00871]] linked to this patient.",
    "Employee ID [[ID|other:EMP-55120]] quoted for the workers comp claim.",
    # ---- mixed notes: several categories at once
    "[[PERSON|name:KHOURY, Rania]] ([[AGE|other:54]]F), URN [[ID|mrn:0093321]], Medicare [[ID|health_plan:6935632713]], of [[ADDRESS|geo:22 Hume Hwy, Liverpool NSW 2170]]; mob [[PHONE|phone:0421 908 112]].",
    "Call from [[PERSON|name:Dimitri]] (son) on [[PHONE|phone:0400 118 220]]: mum, aged [[AGE|date:96]], fell at [[LOCATION|geo:Karinya RACF]] on [[DATE|date:Sat 16/3]].",
    "Pt [[PERSON|name:Marlee Goolagong]] IHI [[ID|health_plan:8003604862570297]], TFN [[ID|ssn:443415334]], email [[EMAIL|email:marlee.g@gmail.com]].",
    "[[DATE|date:2024-03-09T10:22:31Z]] INFO login user=[[EMAIL|email:dgarcia@kp.org]] ip=[[IP|ip:73.14.201.9]] mrn=[[ID|mrn:55102938]] ssn=[[ID|ssn:189-62-9385]]",
    "Mr [[PERSON|name:Thornton]], NHS [[ID|health_plan:8601883087]], [[ADDRESS|geo:14 Church Road, Manchester M1 1AE]], refund IBAN [[ID|account:NL95INGB4656321223]].",
]


def parse(note: str) -> dict[str, object]:
    """Strip the markers; each span's offsets are the length of the text built so far."""
    parts: list[str] = []
    spans: list[dict[str, object]] = []
    length = 0
    pos = 0
    for m in MARKER.finditer(note):
        literal = note[pos : m.start()]
        parts.append(literal)
        length += len(literal)
        label, category, value = m.groups()
        if label not in LABELS or category not in CATEGORIES or value != value.strip():
            raise ValueError(f"bad marker {m.group(0)!r}")
        spans.append(
            {"start": length, "end": length + len(value), "label": label, "category": category}
        )
        parts.append(value)
        length += len(value)
        pos = m.end()
    parts.append(note[pos:])
    text = "".join(parts)
    if "[[" in text or "]]" in text:
        raise ValueError(f"unparsed marker in {note!r}")
    return {"text": text, "spans": spans, "style": "safe-harbor"}


def write_styled(out: Path, styles: Iterable[tuple[str, list[str]]]) -> int:
    """Parse each style's notes, tag them with the style, write one JSON document a line.

    The hand-written corpora (probe, probe2, holdout) share this; returns the documents written.
    """
    docs = []
    for style, notes in styles:
        for note in notes:
            doc = parse(note)
            doc["style"] = style
            docs.append(doc)
    out.parent.mkdir(parents=True, exist_ok=True)
    lines = [json.dumps(doc, ensure_ascii=False) for doc in docs]
    out.write_text("\n".join(lines) + "\n", encoding="utf-8", newline="\n")
    return len(docs)


def main() -> None:
    print(f"safe_harbor: {write_styled(OUT, [('safe-harbor', NOTES)])} docs")


if __name__ == "__main__":
    main()
