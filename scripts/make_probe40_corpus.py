"""Write the 40th hand-annotated redaction probe, 100 notes of spoken and logged clinical text.

Why: the earlier probes are mostly typed clinical prose. Real redaction traffic also carries what
people say on the phone and what systems log around care: speech-recognition output with spoken
punctuation, numbers read out as words and spelled with the NATO alphabet, voicemail transcripts
with no punctuation at all, secure messages, audit CSVs, HL7 v2 pipes and FHIR JSON, CRM case
notes, chatbot typing and transport manifests. This probe asks whether the engine still finds the
identifiers there, and whether it leaves the look-alikes (doses, vitals, bed numbers, times,
message control IDs, codes, public service numbers) alone.

What: ten styles of ten notes each (nurse-triage-phone-calls, dictated-letters,
voicemail-transcripts, interpreter-session-logs, pager-and-secure-messaging,
EHR-audit-and-access-logs, integration-engine-logs, contact-centre-CRM-notes,
patient-chatbot-transcripts, bed-management-and-transport-logs) across US, Australian, UK,
Canadian, New Zealand, Irish and Singapore settings. Conventions: titles stay outside name
spans; an identifier read out in words, spelled letter by letter or self-corrected mid-number is
one span over the whole read-out; HL7 name and address components are one span up to the
postcode; only the date part of a timestamp is marked, never the time; lone years, states and
countries are unmarked; role pagers, bleeps, extensions, HL7 control IDs, thread IDs, lot
numbers, drug codes and ABNs are planted unmarked; IDs carry valid check digits where the real
scheme has one (Medicare, IHI, NHS, NHI, NRIC, NPI, DEA, OHIP, PPSN, VIN, IBAN, IMEI).

How: cd /work/main && .venv/bin/python scripts/make_probe40_corpus.py
(writes corpus/redaction/probe40.jsonl).
"""
# ruff: noqa: RUF001

from pathlib import Path

from make_safe_harbor_suite import write_styled

OUT = Path(__file__).resolve().parents[1] / "corpus" / "redaction" / "probe40.jsonl"


TRIAGE_CALLS = [
    """NURSE: healthdirect, you're speaking with [[PERSON|name:Bronwyn]], I'm one of the registered nurses. Who am I speaking with?
CALLER: It's [[PERSON|name:Mark Walker]], I'm ringing about my mum.
NURSE: OK, and mum's name?
CALLER: [[PERSON|name:Rose Walker]]. [[PERSON|name:Walker]] like, you know, walking.
NURSE: And her date of birth?
CALLER: [[DATE|date:Seventeenth of April... nineteen fifty-two]].
NURSE: So she's [[AGE|other:seventy-one]]. And a number I can call you back on if we drop out?
CALLER: [[PHONE|phone:Oh four one two, five five eight, nine three oh]].
NURSE: Got it. And where is she right now?
CALLER: Her place. [[ADDRESS|geo:Unit 2, 14 Hope Street, Orange]]. It's the one round the back.
NURSE: What's happening for her tonight?
CALLER: Her chest's gone tight, forty minutes maybe. She's had two puffs of the GTN, the four hundred microgram one. Pain's about seven out of ten.
NURSE: Is she on any blood thinners?
CALLER: Apixaban, five milligrams.
NURSE: I need you to hang up and call triple zero now. Triple zero. Unlock the front door for them.
[Disposition: call 000 immediately - 21:47 - call length 3 min 12 s]""",
    """111 CALL - clinical advisor on call
HA: Can I take the patient's surname please?
CALLER: [[PERSON|name:Bath]]. [[PERSON|name:B for bravo, A for alpha, T for tango, H for hotel]].
HA: Like the city?
CALLER: Like the city, yeah. First name [[PERSON|name:Summer]]. She's my daughter, she's [[AGE|other:fifteen]].
HA: And her date of birth?
CALLER: [[DATE|date:Second of the eleventh, oh eight]].
HA: Do you have her NHS number to hand at all?
CALLER: Hang on, it's on the app... [[ID|health_plan:nine four three, four seven six, five nine one nine]].
HA: And the address she's at now?
CALLER: [[ADDRESS|geo:Flat 3, 22 Castle Hill, Reading, RG1 7TJ]].
HA: [[LOCATION|geo:Reading]], [[LOCATION|geo:R-E-A-D-I-N-G]]?
CALLER: That's it.
HA: And the best number to call you back on?
CALLER: [[PHONE|phone:Oh seven seven double oh, nine double oh, four six one]].
CA: Hi, I'm one of the nurses. She's had ibuprofen, two hundred milligrams, at six. Temp thirty-nine point four, and the rash doesn't fade under the glass.
OUTCOME: Dx011 emergency ambulance response (Cat 2). NEWS2 6. Call ended 19:03. Pathways v38.2.""",
    """RN TRIAGE LINE - [[PERSON|name:Carla Ostrowski]], RN - call 19:22 CST
Caller: [[PERSON|name:Mark Young]] (father). Patient: [[PERSON|name:Will Young]], [[AGE|other:6]] y/o M.
RN: Can I get his date of birth?
Caller: [[DATE|date:March third, twenty eighteen]].
RN: And the member ID on his insurance card?
Caller: Uh, [[ID|health_plan:W as in whiskey, Y as in yankee, K, nine nine two, four oh one, triple seven]].
RN: Best callback number?
Caller: [[PHONE|phone:Three oh nine, five five five, oh one eight seven]].
RN: And you're still in [[LOCATION|geo:Normal]]?
Caller: Yeah, right by the university.
Sx: fever 102.4 F x 2 days, tugging R ear, drinking OK, voiding normally, no rash, no stiff neck.
Meds: Children's Tylenol 160 mg/5 mL, 10 mL at 1400. Wt 44 lb. Told dad he can also have ibuprofen 10 mg/kg.
Protocol: Earache (Schmitt-Thompson). Disposition: see PCP within 24 h.
Appt booked at [[LOCATION|geo:Carle BroMenn Medical Center]] peds clinic tomorrow @ 0915. Caller verbalized understanding; will call back or go to ED if worse.""",
    """Health811 - RN [[PERSON|name:Priya Raman]] - 23:05
Caller: [[PERSON|name:Dawn Green]], calling for self.
RN: Can I get your health card number?
Caller: [[ID|health_plan:Four five eight two, one three six, nine seven six, version code K L]].
RN: And your date of birth?
Caller: [[DATE|date:September ninth, seventy-nine]].
RN: A phone number in case we get disconnected?
Caller: [[PHONE|phone:Six four seven, five five five, oh one four two]] - no wait, that's my old cell - [[PHONE|phone:six four seven, five five five, oh one four three]].
RN: And where are you right now?
Caller: Home. [[ADDRESS|geo:88 Dundas Street West, apartment twelve-oh-three, Mississauga]].
Reason: typical migraine w/ aura, 8/10, sumatriptan 100 mg at 21:00 no effect, vomiting x3. No fever, no neck stiffness, no weakness, not worst headache of life.
Disposition: ED within 4 h if not settling with rest + antiemetic; advised [[LOCATION|geo:Mississauga Hospital]] ED. Callback scheduled 00:30.""",
    """Healthline - RN [[PERSON|name:Mere Tautahi]]
RN: Kia ora, can I grab your NHI number if you've got it handy?
CALLER: [[ID|health_plan:Z K M four eight two nine]].
RN: [[ID|health_plan:Zulu kilo mike, four eight two nine]]?
CALLER: Yep.
RN: And your name?
CALLER: [[PERSON|name:Aroha Ngata-Hill]]. With a hyphen. Everyone calls me [[PERSON|name:Ro]].
RN: Date of birth?
CALLER: [[DATE|date:Twenty-ninth of Feb, two thousand]]. Leap year baby.
RN: And where are you tonight?
CALLER: At my partner's, [[ADDRESS|geo:7 Victoria Street, Petone]], so [[LOCATION|geo:Lower Hutt]].
RN: Best number for you?
CALLER: [[PHONE|phone:Oh two one, five five five, oh one two three]].
Reason for call: lower abdo pain R side since lunch, 6/10, nausea, LMP about five weeks ago, spotting.
Outcome: ED within 1 hour - [[LOCATION|geo:Hutt Hospital]]. Advised not to drive; partner to take her. Ring 111 if she faints.""",
    """ShannonDoc OOH - triage nurse [[PERSON|name:Siobhán Keane]] - 02:10
Caller: [[PERSON|name:Jack Church]] (son), re: [[PERSON|name:Patrick Church]], known as [[PERSON|name:Paddy]], aged [[AGE|date:ninety-one]].
Nurse: Date of birth for him?
Caller: [[DATE|date:Fourth of June, nineteen thirty-two]].
Nurse: Have you his PPS number?
Caller: [[ID|ssn:Six four three three one eight two C]].
Nurse: Grand. And the address?
Caller: [[ADDRESS|geo:Knockanira, Kilkishen, County Clare, V95 K8P3]].
Nurse: And a mobile for yourself?
Caller: [[PHONE|phone:Oh eight seven, five five five, one two three four]].
Hx: found on kitchen floor ~01:30, couldn't get up, on apixaban 2.5 mg BD, bump to back of head, per son "grand, chatting away", vomited x1.
Advice: anticoagulated head injury - needs CT within 8 h. Caller declined ambulance, will drive him to [[LOCATION|geo:University Hospital Limerick]]. Told ring 112 or 999 if drowsy.""",
    """Polyclinic nurse hotline - SN [[PERSON|name:Nur Aisyah binte Rahman]]
Caller: [[PERSON|name:Tan Mei Ling]], [[AGE|other:thirty-six]].
SN: Can I have your NRIC please?
Caller: [[ID|ssn:S, eight eight three four, one two five, B]].
SN: [[ID|ssn:S-eight-eight-three-four-one-two-five-Bravo]], correct?
Caller: Correct lah.
SN: Address?
Caller: [[ADDRESS|geo:Block four one two, Bedok North Avenue two, hash oh eight dash one one seven, Singapore four six oh four one two]].
SN: Contact number?
Caller: [[PHONE|phone:Nine one two three, four five six seven]].
Complaint: fever day 4, max 39.1, myalgia, pain behind eyes. Neighbour Auntie [[PERSON|name:Rosie]] had dengue last month.
Advice: FBC today for platelets; if bleeding gums, abdo pain or persistent vomiting go [[LOCATION|geo:Changi General Hospital]] A&E or call 995. Non-emergency ambulance 1777 not needed. Paracetamol 1 g QDS, NO NSAIDs.""",
    """Pregnancy, Birth and Baby helpline - MW [[PERSON|name:Leanne O'Sullivan]]
CALLER: Hi, I'm [[PERSON|name:Hope Baker]], I'm twenty-nine weeks.
MW: Hi. How old are you, love?
CALLER: [[AGE|other:Twenty-seven]].
MW: Can I grab your Medicare number?
CALLER: [[ID|health_plan:Four one five seven, two oh three nine, no sorry, two oh three nine nine, one]].
MW: And when are you due?
CALLER: [[DATE|date:Twelfth of August]]. I'm booked at [[LOCATION|geo:King Eddie's]].
MW: Where are you calling from?
CALLER: [[ADDRESS|geo:Nine Peel Street, Mandurah]].
MW: And a number?
CALLER: [[PHONE|phone:Oh eight, nine five five five, double two one four]].
Sx: headache since this morning not settling with paracetamol 1 g, seeing sparkles, home BP 148/96, puffy hands.
Advice: ?pre-eclampsia - attend maternity assessment now. [[LOCATION|geo:Peel Health Campus]] closer; MW will ring triage ahead. Husband driving. 000 if fitting or collapse.""",
    """Poison Center - SPI [[PERSON|name:Denise Barlow]], CSPI - case [[ID|other:24-031187]] - call 16:40
Caller: [[PERSON|name:Bill Rich]] (grandfather). Patient: [[PERSON|name:Sunny]], [[AGE|other:two and a half]], ~13 kg.
Exposure: found with grandmother's ([[PERSON|name:Marjorie Rich]]) metoprolol tartrate 25 mg bottle, up to 6 tabs missing (max 150 mg = 11.5 mg/kg).
SPI: What's the address, in case we need to send EMS?
Caller: [[ADDRESS|geo:1207 Orchard Lane, Mobile]].
SPI: And a callback?
Caller: [[PHONE|phone:Two five one, five five five, oh one nine nine]].
SPI: Your case number is [[ID|other:two four dash oh three one one eight seven]] if you call back.
Recs: ED for observation, glucose, ECG. Caller to take her to [[LOCATION|geo:USA Health Children's & Women's Hospital]]; SPI called ahead to ED charge RN. Poison Help 1-800-222-1222 for questions. F/u call 18:40.""",
    """NHS 111 option 2 - MH practitioner [[PERSON|name:Tomasz Wiśniewski]]
Caller: [[PERSON|name:Florence Bell-Hughes]], says she goes by [[PERSON|name:Flo]].
DOB given as [[DATE|date:nineteenth of the first, eighty-eight]].
NHS number: [[ID|health_plan:seven two one, nine oh six... sorry, seven two one nine, oh six four, four eight nine]].
Mobile: [[PHONE|phone:oh seven seven double oh, nine double oh, one two three]] - read back and confirmed.
Registered GP: Dr [[PERSON|name:Amir Siddiqui]], [[LOCATION|geo:Darwin Road Surgery]], [[LOCATION|geo:Shrewsbury]].
Summary: pt reports low mood x3 weeks since losing job, passive SI, no plan, no intent. Protective: sister, her cat. Sertraline 100 mg, took tonight's dose. Risk: low to moderate.
Plan: safety plan agreed; crisis team callback within 4 h; Samaritans 116 123, or 999 if risk escalates. Sister to stay tonight - her mobile [[PHONE|phone:07700 900 814]].""",
]

DICTATED_LETTERS = [
    """[ASR transcript - Dragon Medical One - user [[ID|other:slau.cardio]] - unedited]
letter to doctor [[PERSON|name:Anand Patel]] comma [[LOCATION|geo:Orange Health Service]] full stop new paragraph dear [[PERSON|name:Anand]] comma new paragraph thank you for referring Mrs [[PERSON|name:Rows Walker]] comma date of birth [[DATE|date:seventeen April nineteen fifty two]] comma U R number [[ID|mrn:one one four oh eight two seven]] comma who I reviewed in the cardiology clinic on [[DATE|date:the fourth of March]] full stop new paragraph she is a [[AGE|other:seventy one]] year old lady who presented with an N S T E M I full stop her troponin peaked at four hundred and twelve nanograms per litre and echo showed an E F of forty five percent full stop angiography showed a ninety percent stenosis of the mid L A D which was stented with a three point oh by eighteen millimetre drug eluting stent full stop new paragraph she was discharged on aspirin one hundred milligrams daily comma ticagrelor ninety milligrams twice daily comma atorvastatin eighty milligrams at night and ramipril two point five milligrams daily full stop I will see her again in six weeks full stop new paragraph kind regards comma doctor [[PERSON|name:Sienna Lau]] comma cardiologist comma [[LOCATION|geo:Royal Prince Alfred]] full stop end of dictation""",
    """ORTHOPAEDIC OUTPATIENTS - speech recognition draft, not yet checked by secretary
dictated by Mr [[PERSON|name:Oliver Penhaligon]] comma consultant orthopaedic surgeon full stop re colon Mr [[PERSON|name:Jack Street]] comma date of birth [[DATE|date:oh three slash oh seven slash nineteen forty one]] comma N H S number [[ID|health_plan:four zero one comma zero two three comma two one three seven]] comma hospital number [[ID|mrn:R U H nine eight one one four seven]] comma [[ADDRESS|geo:forty two Milsom Street comma Bath comma B A one one D N]] full stop new paragraph dear doctor [[PERSON|name:Green]] comma new paragraph I saw Mr [[PERSON|name:straight]] today in the fracture clinic at the [[LOCATION|geo:Royal United Hospital]] six weeks after his left total hip replacement full stop he is an [[AGE|other:eighty two]] year old retired teacher who is mobilising with one stick and his wound has healed well full stop x-rays show a well fixed uncemented prosthesis full stop Oxford hip score thirty eight out of forty eight full stop new paragraph he lives with his wife who is now well recovered from her own knee surgery full stop he would like to drive again and I have said he may in two weeks full stop new paragraph yours sincerely full stop C C G P""",
    """[Dictation - Fluency Direct - voice file length 00:06:41]
this is doctor [[PERSON|name:Raymond Okafor]] dictating a geriatric consult on [[PERSON|name:Maria Elena de la Cruz]] period medical record number [[ID|mrn:eight oh four four two one nine nine]] period date of service [[DATE|date:September ninth comma twenty twenty four]] period new paragraph Ms [[PERSON|name:de la Cruz]] is a [[AGE|other:seventy eight]] year old woman referred by her primary care doctor for falls and cognitive decline period she lives with her son period MoCA today was nineteen out of thirty period B twelve was two hundred and ten period TSH one point eight period her Medicare beneficiary identifier is [[ID|health_plan:three H K seven V D two R T four one]] period new paragraph recommend stopping the oxybutynin five milligrams and starting donepezil five milligrams at bedtime period PT and OT home safety evaluation period N P I [[ID|license:one eight four seven two six three nine oh six]] period C C referring doctor by fax to [[PHONE|fax:four one seven comma five five five comma oh one six six]] period end of dictation""",
    """[[LOCATION|geo:Sault Area Hospital]] - Internal Medicine - dictation (speech recognition) - DRAFT
consultation note period patient [[PERSON|name:Marc-André Tremblay]] period health card number [[ID|health_plan:six two seven one four oh three eight five six version code A B]] period date of birth [[DATE|date:July fourth nineteen sixty two]] period referred by his family doctor period new paragraph he is a [[AGE|other:sixty one]] year old long haul trucker from [[LOCATION|geo:so saint marie]] with type two diabetes period A one C nine point four percent comma creatinine ninety one comma urine A C R twelve period he is worried about his commercial licence medical period new paragraph plan colon start semaglutide point two five milligrams weekly comma continue metformin one thousand milligrams twice daily comma see dietitian period he can be reached at [[PHONE|phone:seven oh five five five five oh one six eight]] period end dictation""",
    """[[LOCATION|geo:Middlemore Hospital]] - General Surgery - dictated discharge summary (speech recognition, uncorrected)
patient [[PERSON|name:Hemi Walker]] NHI [[ID|health_plan:C G D two one eight zero]] date of birth [[DATE|date:fifth of October nineteen sixty]] full stop admitted [[DATE|date:twelve slash three slash twenty four]] comma discharged [[DATE|date:the sixteenth]] full stop new paragraph he is a [[AGE|other:sixty three]] year old man admitted with acute calculous cholecystitis full stop he underwent laparoscopic cholecystectomy on day two full stop Clavien Dindo grade one full stop bilirubin on discharge fourteen full stop new paragraph discharged home to [[LOCATION|geo:Papatoetoe]] full stop paracetamol one gram four times a day as needed full stop new paragraph GP please remove sutures at ten days full stop follow up in surgical clinic in six weeks full stop dictated by doctor [[PERSON|name:Lisa Young]] comma surgical registrar comma M C N Z [[ID|license:one eight four two seven]]""",
    """[[LOCATION|geo:Beaumont Hospital]] - Neurology - dictation (speech recognition, uncorrected)
dear doctor [[PERSON|name:Ryan]] comma new paragraph re colon [[PERSON|name:knee breen]] comma M R N [[ID|mrn:double oh three four seven seven one]] comma date of birth [[DATE|date:the twenty first of December nineteen eighty five]] comma [[ADDRESS|geo:apartment fourteen comma the Maltings comma Bray comma County Wicklow comma A nine eight W two T five]] full stop new paragraph I reviewed this [[AGE|other:thirty eight]] year old woman in the headache clinic today full stop she has chronic migraine with medication overuse full stop MRI brain was normal full stop I have started candesartan four milligrams at night increasing to eight milligrams after two weeks full stop new paragraph yours sincerely comma doctor [[PERSON|name:Ciarán Mac Giolla Phádraig]] comma consultant neurologist comma I M C number [[ID|license:four one two eight eight]] full stop C C G P
[secretary note: patient name should read [[PERSON|name:Niamh Ní Bhriain]] - ASR error]""",
    """[[LOCATION|geo:TTSH]] - Geriatric Medicine - dictated memo (ASR draft)
to colon doctor [[PERSON|name:Rachel Ong]] comma [[LOCATION|geo:Ang Mo Kio Polyclinic]] full stop dear colleague comma thank you for your referral of mister [[PERSON|name:Lim Boon Huat]] comma NRIC [[ID|ssn:S seven two one nine oh four six G]] comma [[AGE|other:fifty two]] years old comma whom I saw in clinic on [[DATE|date:twenty third of May]] full stop new paragraph he has a two year history of progressive memory loss and word finding difficulty full stop MMSE twenty two over thirty full stop B twelve and TSH normal full stop madam [[PERSON|name:go]] reports he wanders at night and got lost twice in the HDB estate full stop new paragraph impression early onset Alzheimer disease full stop I have started donepezil five milligrams at night full stop his wife madam [[PERSON|name:Goh Siew Lan]] can be reached at [[PHONE|phone:eight one two two three three four five]] full stop yours sincerely doctor [[PERSON|name:Kelvin Teo]] M C R [[ID|license:M one two three four five J]]""",
    """[dictation - ambient scribe / ASR - unedited]
letter to doctor [[PERSON|name:Peter Young]] comma [[ADDRESS|geo:twelve Boorowa Street comma Young N S W two five nine four]] full stop re [[PERSON|name:mark hill]] comma D O B [[DATE|date:eleventh of November nineteen forty]] comma D V A gold card [[ID|health_plan:N X nine oh one two three four]] full stop new paragraph dear colleague comma thank you for asking me to see mister [[PERSON|name:hill]] who is [[AGE|other:eighty three]] and still lives alone on his farm out of town full stop his twenty four hour ambulatory BP averaged one fifty eight over eighty two full stop eGFR thirty eight full stop I have added amlodipine five milligrams full stop he has been driving in to [[LOCATION|geo:Young]] twice a week which is getting hard for him and I would support a review of his licence full stop new paragraph regards doctor [[PERSON|name:Ruth Abernethy]] comma geriatrician comma provider number [[ID|license:two four eight seven three one oh L]]""",
    """Forensic psychiatry - dictation (Dragon) - PRIVILEGED AND CONFIDENTIAL
this is doctor [[PERSON|name:Evelyn Marsh]] dictating a competency evaluation for [[PERSON|name:Jamal Washington-Reed]] period date of birth [[DATE|date:two slash fourteen slash nineteen ninety]] period social security number [[ID|ssn:five two three dash seven one dash four four oh eight]] period Illinois driver's license [[ID|license:W as in William four five two dash one one eight seven dash three three oh two]] period court case number [[ID|other:two three C F one one eight seven]] period new paragraph mister [[PERSON|name:Washington Reed]] is a [[AGE|other:thirty four]] year old man currently detained at the [[LOCATION|geo:Peoria County Jail]] period I interviewed him for two hours and ten minutes in the presence of his attorney [[PERSON|name:Lorraine Bell]] period he takes risperidone two milligrams at night period he was able to describe the charges and the roles of the judge and the prosecutor period opinion colon currently fit to stand trial period end of dictation""",
    """[Dictated - GP referral - ASR - [[LOCATION|geo:Didsbury Medical Centre]]]
to the department of rheumatology comma [[LOCATION|geo:Manchester Royal Infirmary]] comma fax number [[PHONE|fax:oh one six one comma four nine six comma oh nine eight seven]] full stop new paragraph re colon Mrs [[PERSON|name:Bernadette Oyelaran-Smith]] comma date of birth [[DATE|date:2nd of Feb 1958]] comma NHS number [[ID|health_plan:six three four one two oh five eight seven two]] comma [[ADDRESS|geo:5 Wellington Road comma Didsbury comma M20 2AB]] full stop new paragraph dear colleague comma I would be grateful if you could see this [[AGE|other:sixty six]] year old lady with a four month history of symmetrical small joint polyarthritis full stop CRP forty eight comma ESR sixty comma anti C C P positive full stop I have started prednisolone ten milligrams daily full stop she prefers contact by email at [[EMAIL|email:bernie dot oyelaran at gmail dot com]] or mobile [[PHONE|phone:oh seven seven double oh nine double oh three three seven]] full stop new paragraph yours sincerely comma doctor [[PERSON|name:Harriet Church]] comma GMC [[ID|license:seven oh one two three four five]]""",
]

VOICEMAILS = [
    """[voicemail 1 of 3 | received 14:06 | duration 0:41 | transcription confidence: low]
hi this is [[PERSON|name:dawn]] from the renal unit at [[LOCATION|geo:westmead hospital]] calling for [[PERSON|name:rose walker]] um it's about your dialysis chair on [[DATE|date:thursday the fourteenth]] we need to move you to the afternoon so one thirty instead of seven if that's no good just give the unit a call otherwise my mobile is [[PHONE|phone:oh four one one five five five two eight seven]] thanks bye""",
    """[Visual Voicemail transcript - 9:12 AM - 1:07]
hey this message is for [[PERSON|name:bill brown]] that's [[PERSON|name:b r o w n]] this is [[PERSON|name:jessica]] with blue cross blue shield of illinois calling about the pre authorization for your sleep study um the member id we have on file is [[ID|health_plan:x y z nine one four four two eight eight three oh one]] and we just need the date of birth to match it's showing as [[DATE|date:may fifth nineteen seventy]] if that's wrong please call me back at my direct line [[PHONE|phone:three one two five five five oh one three four]] and the reference for this call is [[ID|other:c as in cat eight eight two one four]] thanks have a good one""",
    """[voicemail - NHS mail transcription - 16:52]
hello this is a message for mrs [[PERSON|name:june hill]] it's [[PERSON|name:rich]] from boots in [[LOCATION|geo:the oracle]] in [[LOCATION|geo:reading]] your prescription for the lansoprazole thirty milligram is ready but the doctor's put the wrong date of birth on it we've got [[DATE|date:the twelfth of the third sixty four]] and the surgery has you as [[DATE|date:the twenty first of the third]] so if you could pop in with some id we've got you down at [[ADDRESS|geo:eighteen oxford road]] is that still right um any questions just ask at the counter thanks bye""",
    """[voicemail transcript - clinic main line - 08:03]
hi it's uh [[PERSON|name:sunny park]] calling um i had an appointment with doctor [[PERSON|name:leblanc]] on [[DATE|date:tuesday the fourth]] and i need to move it because of work um my health card is [[ID|health_plan:nine oh four four]] no wait that's my mom's card sorry mine is [[ID|health_plan:five five two oh three six one eight four oh]] and my date of birth is [[DATE|date:june first ninety one]] you can call me back on my cell it's [[PHONE|phone:four one six five five five oh one four two]] after five is best okay thanks bye""",
    """[voicemail - practice phone system - 11:47 - auto transcript]
kia ora this is [[PERSON|name:tania]] i'm calling about my dad [[PERSON|name:wiremu tane]] his nhi is [[ID|health_plan:a l u nine oh four eight]] he's got his eye appointment at [[LOCATION|geo:greenlane]] on [[DATE|date:the twentieth]] and we can't get him up there from [[LOCATION|geo:te awamutu]] because my car's broken down he's at [[ADDRESS|geo:forty two young street]] still could someone ring me about the shuttle my number is [[PHONE|phone:oh two seven five five five four four one two]] ka pai thanks""",
    """[voicemail transcript - 10:15 - 0:52]
hello this is a message for [[PERSON|name:niamh]] it's [[PERSON|name:bernie]] here secretary to doctor [[PERSON|name:mac giolla padraig]] in [[LOCATION|geo:beaumont]] just to let you know your appointment has been moved to [[DATE|date:friday the ninth of august]] at ten past eleven in the neurology outpatients if you ring back please quote your hospital number [[ID|mrn:double oh three four seven seven one]] you can get me direct on [[PHONE|phone:oh one eight oh nine five five five one]] between nine and one thanks a million bye bye""",
    """[voicemail transcript - 17:31 - sent from a polyclinic line]
hello this is nurse [[PERSON|name:farah]] calling from [[LOCATION|geo:ang mo kio polyclinic]] for mister [[PERSON|name:lim boon huat]] or family member ah this is about his memory clinic follow up the appointment reference is [[ID|other:a m k two four oh five one one eight]] on [[DATE|date:thursday thirteenth june]] nine forty am please bring his nric and the medicine list if cannot make it you can change in the health hub app or call back thank you""",
    """[voicemail - GP after hours line - low confidence]
yeah g'day it's [[PERSON|name:jack green]] um ringing about me scripts for the endone five milligram and the lyrica seventy five um can you tell doctor [[PERSON|name:reading]] i'm up at me daughter's in [[LOCATION|geo:darwin]] till [[DATE|date:the twenty second]] so i need them sent to a chemist up here me medicare's [[ID|health_plan:five five two oh three six one eight four one]] and me number's [[PHONE|phone:oh four three eight triple five two one oh nine]] the chemist is the terry white at [[LOCATION|geo:casuarina]] ta""",
    """[voicemail - provider line - 02:14 AM - 0:38]
hi this is [[PERSON|name:marcus]] from the lab at [[LOCATION|geo:st vincent's]] calling with a critical result for patient [[PERSON|name:rich mark]] that's last name [[PERSON|name:rich]] first name [[PERSON|name:mark]] date of birth [[DATE|date:oh four twenty two fifty five]] potassium six point eight repeat six point seven not hemolyzed please call back at [[PHONE|phone:eight one two five five five oh one nine three]] and reference accession [[ID|other:twenty four dash one one eight two three four]] thank you""",
    """[voicemail transcript - school nursing team - 15:20]
hi it's [[PERSON|name:will]] from the school nursing team at [[LOCATION|geo:st augustine's]] um this is a message for [[PERSON|name:summer]]'s mum just checking in because [[PERSON|name:summer]] hasn't been in since the summer holidays and we had her down for her booster i will try again tomorrow but could you ring me on [[PHONE|phone:oh seven seven double oh nine double oh five five two]] her date of birth we've got as [[DATE|date:the third of the ninth twenty twelve]] so if that's wrong let me know thanks bye""",
]

INTERPRETER_LOGS = [
    """TIS National - interpreting job record
Job no: [[ID|other:4471229011]]   Language: Vietnamese   Mode: telephone (immediate)   Duration: 27 min
Interpreter: [[PERSON|name:Nguyen Thi Hoa]] (NAATI CPN [[ID|license:CPN3K7Q9PH]])
Client site: [[LOCATION|geo:Footscray Hospital]] - ward 4 North, bed 18
Patient: [[PERSON|name:Tran Van Binh]]   UR [[ID|mrn:W2291847]]   DOB [[DATE|date:01/01/1948]] ([[AGE|other:76]])
Session notes:
- Confirmed name and DOB via interpreter. Pt gave DOB as "first of January, year of the rat"; son confirmed it from the passport.
- Pre-op consent for TURP discussed. Pt asked if he can keep taking ginkgo; told to stop 7 days prior.
- Pt kept referring to "bác sĩ [[PERSON|name:Hill]]" = urologist Mr [[PERSON|name:Hill]].
- Start 10:04, end 10:31. Charged to cost centre 4410.""",
    """LanguageLine - Video Remote Interpreting - session log
Session ID: [[ID|other:VRI-88213407]]
Language: Polish   Interpreter: staff pool
Requested by: Dr [[PERSON|name:Priya Nair]], Maternity Triage, [[LOCATION|geo:Royal Berkshire Hospital]]
Patient: [[PERSON|name:Zofia Kowalczyk]]   NHS no. [[ID|health_plan:512 873 3068]]   DOB [[DATE|date:14.08.1996]]
Connected 03:12:44   Disconnected 03:40:02   Billable mins 28
Clinician note: 34/40 G1P0, reduced FM since yesterday evening, CTG reactive, BP 118/72. Husband present but pt prefers a professional interpreter, not husband. Discharged with FM leaflet in Polish. Community MW to visit later this week.
Quality: audio dropped x2 at 03:20, reconnected same interpreter.""",
    """Interpreter Services - VRI encounter - Spanish
Request #: [[ID|other:IR-2024-0311-4471]]
Interpreter: [[PERSON|name:Luis Ángel Ferreira]], CHI-Spanish, CCHI cert. [[ID|license:CHI-10482]]
Patient: [[PERSON|name:Guadalupe Hernández-Ruiz]] (prefers "[[PERSON|name:Lupe]]"), MRN [[ID|mrn:E4471902]], DOB [[DATE|date:1983-11-02]]
Medicaid ID: [[ID|health_plan:514470229]]
Location: [[LOCATION|geo:Parkland Memorial Hospital]], L&D triage rm 6
Summary: pt 39+2, contractions q4 min. Epidural consent reviewed with teach-back. Pt asked (interp.): "¿Puedo llamar a mi hermana? Su número es [[PHONE|phone:214-555-0162]]." RN placed call. GBS neg, Hgb 11.2.
Start 21:04 / end 21:38 (00:34:10).""",
    """ASL/English interpreting - booking confirmation & session log
Booking #: [[ID|other:TOR-2403-11872]]
Interpreters: [[PERSON|name:Jenna Kowalski]] (hearing) + a Deaf Interpreter
Consumer: [[PERSON|name:Isabelle Chen-Lavoie]] - contact by text only: [[PHONE|phone:416-555-0177]]; email [[EMAIL|email:ichenlavoie@protonmail.com]]
Appointment: [[DATE|date:Mar 18/24]] 14:00-15:30, [[LOCATION|geo:Sunnybrook]] M-wing clinic rm 1204
Notes: consumer's partner [[PERSON|name:Will]] is hearing but is NOT to interpret (consumer's request). Oncologist discussed biopsy results (DCIS, grade 2); team booked 2 interpreters for 90 min.
Invoice [[ID|account:INV-0048812]] to hospital accounts payable.""",
    """Interpreting Service - [[LOCATION|geo:Middlemore Hospital]]
Job: [[ID|other:CMH-INT-77120]]   Language: Samoan   Mode: face to face
Interpreter: [[PERSON|name:Faʻamoe Leota]]
Patient: [[PERSON|name:Sione Tuilagi]]   NHI [[ID|health_plan:HJW7751]]   DOB [[DATE|date:03-Mar-1957]]
Whānau present: wife [[PERSON|name:Malia]], son
Clinician: Dr [[PERSON|name:Hannah Church]], Renal
Session: discussed starting haemodialysis; eGFR 9, K 5.9, Hb 92. Family asked about a chair closer to home in [[LOCATION|geo:Māngere]]. Pt wants to travel to [[LOCATION|geo:Apia]] for a funeral next week - advised against until fistula formed.
Time 13:15-14:05.""",
    """HSE interpreting - [[LOCATION|geo:Mater Misericordiae University Hospital]] - session record
Ref: [[ID|other:MMUH/INT/24/0912]]   Language: Arabic (Levantine)   Mode: phone
Interpreter no.: [[ID|other:A-3318]]
Patient: [[PERSON|name:Yousef Al-Khatib]]   MRN [[ID|mrn:1188204]]   DOB [[DATE|date:12/07/1979]]
PPSN [[ID|ssn:2198375HA]]   IRP card no. [[ID|ssn:IE4471220]]
Accommodation: IPAS centre, [[LOCATION|geo:Citywest]]
Notes: new T2DM, HbA1c 71 mmol/mol; metformin 500 mg BD titrating to 1 g BD. Brother attended. Interpreter clarified pt fasts in Ramadan - hypo advice given.""",
    """[[LOCATION|geo:Singapore General Hospital]] - Medical Social Work - interpreter log
Date: [[DATE|date:07/06/2024]]   Time 15:10-15:45
Interpreter: family member (daughter) [[PERSON|name:Chua Li Ting]] - declined professional Hokkien interpreter
Patient: [[PERSON|name:Chua Ah Kow]], [[AGE|date:92]] yo, NRIC [[ID|ssn:S0912337G]]
Helper: [[PERSON|name:Marites Dela Cruz]] (FDW), FIN [[ID|ssn:G5521837X]]
Notes: pt said (via daughter) "he say he want go home [[LOCATION|geo:Toa Payoh]], don't want nursing home". Home: [[ADDRESS|geo:Blk 79 Lor 4 Toa Payoh #05-22]], lift landing on every floor. Discussed home care, day care, caregiver training grant. AMT 6/10.""",
    """Refugee Health Program - interpreter session
Date [[DATE|date:5/3/24]]   Site: [[LOCATION|geo:Logan Hospital]] refugee health clinic
Language: Dari   Interpreter: [[PERSON|name:Farid Noori]]
Patients: [[PERSON|name:Zahra Hosseini]] ([[AGE|other:19]]) and younger brother
Medicare [[ID|health_plan:3661 82404 1]] - IRN 3 and 4
ImmiCard [[ID|ssn:TKP447102]]
Address [[ADDRESS|geo:3/27 Hope Street, Woodridge QLD 4114]]
Notes: catch-up immunisation plan; QuantiFERON neg; vit D 21 nmol/L, cholecalciferol 1000 IU daily. Brother: strongyloides serology pos - ivermectin 200 mcg/kg x2.
Case worker phone [[PHONE|phone:0421 555 377]].""",
    """Interpreter Services - [[LOCATION|geo:Jackson Memorial Hospital]] - encounter log
Request #: [[ID|other:IS-240912-0088]]   Language: Haitian Creole   Modality: in person
Interpreter: [[PERSON|name:Jean-Baptiste Pierre]] (staff)
Patient: [[PERSON|name:Marie-Claude Saint-Fleur]]   MRN [[ID|mrn:JM-0091773]]   DOB [[DATE|date:Jan 9 1969]]
Passport (Haiti): [[ID|ssn:HA4471902]]
Notes: consent for FOLFOX cycle 1 discussed; port placement booked. Pt asked that her nephew be the contact, [[PHONE|phone:(305) 555-0148]]. ANC 2.1, plt 188.""",
    """BSL interpreting - video relay - GP consultation
Practice: [[LOCATION|geo:Florence Nightingale Medical Practice]], [[LOCATION|geo:Derby]]
Consumer: [[PERSON|name:Callum Brown]]   relay username [[ID|other:callum.brown88]]   DOB [[DATE|date:27 Sept 1988]]
NHS no. [[ID|health_plan:485 777 3457]]
Interpreter: [[PERSON|name:Rhiannon Baker]], NRCPD reg. no. [[ID|license:61234]]
Session: 11:20-11:42. Asthma review, ACT 17, switched to MART budesonide/formoterol 200/6. Consumer asked for follow-up by email [[EMAIL|email:callum.brown88@btinternet.com]], NOT phone.""",
]

PAGER_MESSAGES = [
    """[PAGE] 02:14 -> AMO Gen Med (pg 4471)
Ward 7B bed 12 - Mrs [[PERSON|name:Green]] (UR [[ID|mrn:3318204]]) K+ 6.2 (was 5.4), on spiro 25 mg + ramipril 10 mg. ECG no peaked T. pls r/v asap. ext 4471 - [[PERSON|name:Sam]] RN
[REPLY] 02:21 <- Dr [[PERSON|name:Nguyen]]: hold spiro/ramipril, repeat K 0400, Resonium 15 g. will see after MET call in 5A
[PAGE] 04:37 -> AMO: bed 12 repeat K 5.6""",
    """Careflow Connect - Ward 8 Medicine thread
[07:42] [[PERSON|name:Aoife Byrne]] (FY1): can someone r/v Mr [[PERSON|name:Oyelaran]] bed 4 - NEWS 7, RR 26, sats 89% on 2L. CXR requested. bleep 2231
[07:44] SpR: on my way. NHS no?
[07:45] [[PERSON|name:Aoife Byrne]] (FY1): [[ID|health_plan:702 318 4570]] - DOB [[DATE|date:11/11/49]]
[07:46] SpR: thx. ABG + cultures pls, start tazocin 4.5 g per trust guideline
[08:10] ward clerk: son on [[PHONE|phone:07700 900 672]] wants an update when poss""",
    """Secure Chat - Tue [[DATE|date:9/10]]
[13:02] [[PERSON|name:Kayla Brooks]], RN (4W): Dr. [[PERSON|name:Okafor]] - pt [[PERSON|name:DE LA CRUZ, MARIA E]] (MRN [[ID|mrn:80442199]]) rm 412 pulled out PIV, refusing a new one, daughter-in-law says more confused than baseline. CAM+. ok to hold 2100 zolpidem?
[13:09] [[PERSON|name:Raymond Okafor]], MD: yes d/c zolpidem. delirium precautions. can you call her son ([[PHONE|phone:417-555-0129]])? he's HCPOA
[13:11] RN: will do 👍""",
    """GRM on-call group (Hospify)
[22:18] [[PERSON|name:Kelvin Teo]]: pls note pt [[PERSON|name:Lim BH]] ([[ID|ssn:S7219046G]]) ward 6C bed 23 fall at 2150, no head strike per SN but on clopidogrel 75. CT brain?
[22:20] [[PERSON|name:Sharon Koh]]: yes do CTB. inform wife Mdm [[PERSON|name:Goh]] [[PHONE|phone:8122 3345]]
[22:41] [[PERSON|name:Kelvin Teo]]: CTB NAD 👍 incident report [[ID|other:IR-2024-11872]] filed""",
    """PAGE to GIM CTU-B (23:48): pt [[PERSON|name:Tremblay, M-A]] 6 South rm 611 CBG 2.1 after 10 U lispro, given D50 25 mL, repeat 5.8. pls call RN [[PERSON|name:Josie Martel]] x4417
REPLY (23:55) Dr [[PERSON|name:Abdi]]: hold HS glargine, CBG q1h x3, call if <4""",
    """Celo - Surgical Registrar - [[LOCATION|geo:Middlemore]]
0131 [[PERSON|name:Hine]] (Ward 3): [[PERSON|name:Hemi W]] (NHI [[ID|health_plan:CGD2180]]) drain 400 mL bile-stained in 4 h, HR 112, T 38.3, BP 98/60. pls come
0134 [[PERSON|name:Raj Pillai]] (SR): coming. bloods + lactate pls. is Mr [[PERSON|name:Young]] aware?
0135 Ward 3 RN: not yet, will ring him""",
    """Pando - Plastics consults - [[LOCATION|geo:Royal Perth Hospital]]
10:12 [[PERSON|name:Jess Tran]] (ED RMO): [[AGE|other:27]]M angle grinder lac L volar forearm, ?FDS involvement, cap refill <2 s. UR [[ID|mrn:R1184022]]
10:13 [[PERSON|name:Jess Tran]] sent 2 images: [[ID|photo:IMG_2291_forearm.jpg]], [[ID|photo:pt_photo_idcheck_R1184022.jpg]]
10:20 [[PERSON|name:Ben Street]] (Plastics reg): thanks, accept. keep NBM. augmentin 1.2 g IV. hand theatre this pm""",
    """Page from ED [[LOCATION|geo:Beaumont]] 03:02 -> Neuro SpR: Ms [[PERSON|name:Ní Bhriain]] MRN [[ID|mrn:0034771]] ([[AGE|other:38]]F) thunderclap HA onset 02:15, GCS 15, BP 188/104. CT booked. pls ring ED reg [[PERSON|name:Conor]] bleep 418
Secure msg 03:09 [[PERSON|name:Ciarán]] (neuro SpR): will come after CT. if neg LP at 12 h""",
    """SMS via rural on-call - to Dr [[PERSON|name:Young]] - [[LOCATION|geo:Young Hosp]] ED - 23:40
3 waiting: (1) [[PERSON|name:Bill Baker]] [[AGE|other:67]] chest pain, trop pending, ECG no STE; (2) kid [[AGE|other:3]]yo croup, given dex 0.15 mg/kg; (3) [[PERSON|name:Hope Street]] [[AGE|other:24]]F ?ectopic, bHCG 1840, BP 100/60. call back on [[PHONE|phone:0427 555 918]] - RN in charge""",
    """Vocera broadcast 14:31: RAPID RESPONSE 5 West room 512
pt [[PERSON|name:YOUNG, DAWN]] [[AGE|date:91]]F MRN [[ID|mrn:0091183]] - SBP 78, HR 128 AF, lactate 4.1
14:33 hospitalist responding
14:52 RRT note: 30 mL/kg bolus, cultures, pip-tazo. daughter [[PERSON|name:April Young]] [[PHONE|phone:(309) 555-0110]] notified, agrees with full code for now. transfer ICU bed 7""",
]

AUDIT_LOGS = [
    """# Access log export - report AL-007 - filter: MRN [[ID|mrn:80442199]]
timestamp,user_id,user_name,workstation_ip,mac,action,mrn,context
[[DATE|date:2024-09-10]] 22:47:19,[[ID|other:hdelacruz_proxy]],"[[PERSON|name:De La Cruz, Hector]]",[[IP|ip:73.162.44.201]],,PORTAL_PROXY_VIEW,[[ID|mrn:80442199]],PROXY
[[DATE|date:2024-09-11]] 02:15:33,[[ID|other:tbell7]],"[[PERSON|name:Bell, Tiffany]]",[[IP|ip:10.24.9.30]],[[DEVICE|device:3C:52:82:1A:C4:77]],CHART_OPEN,[[ID|mrn:80442199]],NO_RELATIONSHIP
# rows: 2   flagged: 1 (NO_RELATIONSHIP)   elapsed 0.82 s""",
    """Break-the-glass events - [[LOCATION|geo:Royal Prince Alfred Hospital]] - weekly
event_time\tuser\tname\trole\tpatient_UR\tpatient\treason\tfree_text
[[DATE|date:06/03/2024]] 23:41\t[[ID|other:bwalker]]\t[[PERSON|name:Walker, Brooke]]\tRN\t[[ID|mrn:1140827]]\t[[PERSON|name:WALKER, Rose]]\tOTHER\tshe's my aunty, family asked me to check
-- SAME_SURNAME alert raised for [[ID|other:bwalker]] (score 0.97); referred to privacy officer""",
    """Summary Care Record access audit - daily extract
Timestamp|SmartcardUID|UserName|RoleCode|NHSNumber|Action|LR|ClientIP
[[DATE|date:2024-05-02]]T16:18:55Z|[[ID|other:708812345678]]|[[PERSON|name:FAIRWEATHER Joanne]]|R8000|[[ID|health_plan:9434765919]]|VIEW_SCR|Y|[[IP|ip:10.12.4.61]]
[[DATE|date:2024-05-02]]T21:02:13Z|[[ID|other:708899120034]]|[[PERSON|name:KHAN Imran]]|R0260|[[ID|health_plan:4135982603]]|EMERGENCY_ACCESS|N|[[IP|ip:10.12.7.203]]
note: emergency access without LR - auto-flagged (rule PR-14)""",
    """[[DATE|date:2024-03-12]]T07:58:02.114+11:00 sso-agent[2231]: INFO user=[[ID|other:kdoyle]] display="[[PERSON|name:Kate Doyle]]" method=FINGERPRINT template_id=[[ID|biometric:FPT-00482-77]] host_ip=[[IP|ip:10.40.3.21]] result=SUCCESS latency_ms=184
[[DATE|date:2024-03-12]]T08:03:11.470+11:00 sso-agent[2240]: WARN user=[[ID|other:mbath]] display="[[PERSON|name:Mohammed Bath]]" method=FACE template_id=[[ID|biometric:FACE-TPL-88213]] score=0.41 threshold=0.80 result=FAIL host_ip=[[IP|ip:10.40.5.118]] fallback=PASSWORD+OTP agent=v7.2.1""",
    """Txn,DateTime,Cabinet,User,BioID,Patient,UR,Med,Qty,Witness,Note
C-771204,[[DATE|date:12-Mar-2024]] 03:12,ICU-MAIN-2,[[PERSON|name:Doyle K]],[[ID|biometric:BIO-5512-0093]],[[PERSON|name:WALKER R]],[[ID|mrn:1140827]],Fentanyl 100mcg/2mL amp,1,[[PERSON|name:Nguyen T]],witnessed
C-771219,[[DATE|date:12-Mar-2024]] 06:48,ICU-MAIN-2,[[PERSON|name:Doyle K]],[[ID|biometric:BIO-5512-0093]],,,(count),0,,DISCREPANCY Midazolam 5mg/5mL expected 9 found 8 - lot 4471B
Resolved 09:30 by pharmacy - documentation error, waste not recorded""",
    """[[IP|ip:203.45.118.9]] - [[EMAIL|email:aroha.ngatahill@gmail.com]] [[[DATE|date:12/Mar/2024]]:19:04:51 +1300] "GET /portal/patients/[[ID|health_plan:ZKM4829]]/results?id=88213 HTTP/1.1" 200 18422 "[[URL|url:https://myportal.healthnz.example/patients/ZKM4829/summary]]" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X)"
[[IP|ip:2406:e003:1c2a:9f01::4b]] - - [[[DATE|date:12/Mar/2024]]:19:07:33 +1300] "POST /portal/login HTTP/1.1" 401 96 "-" "python-requests/2.31.0"
-- fail2ban: source banned for 600 s""",
    """print/export audit - ED - [[LOCATION|geo:Royal Berkshire Hospital]]
[[DATE|date:2024-05-02]] 16:20:11 user=[[ID|other:jfairweather]] action=PRINT doc=discharge_summary_[[ID|health_plan:9434765919]].pdf pages=3 printer=PRN-ED-02 ([[IP|ip:10.12.4.88]])
[[DATE|date:2024-05-02]] 16:24:57 user=[[ID|other:jfairweather]] action=EXPORT_USB doc=ED_attendance_[[ID|mrn:RBH7712043]].pdf device_serial=[[DEVICE|device:AA04012345678921]] result=BLOCKED policy=DLP-7""",
    """{"ts":"[[DATE|date:2024-06-07]]T15:48:12+08:00","user":"[[ID|other:nurfarah.k]]","inst":"[[LOCATION|geo:AMKP]]","patient_nric":"[[ID|ssn:S8834125B]]","module":"LAB_RESULTS","purpose":"CARE","src_ip":"[[IP|ip:172.20.14.9]]","http":200}
{"ts":"[[DATE|date:2024-06-07]]T23:02:44+08:00","user":"[[ID|other:kteo.ttsh]]","inst":"[[LOCATION|geo:TTSH]]","patient_nric":"[[ID|ssn:S7219046G]]","module":"MEDICATION","purpose":"CARE","src_ip":"[[IP|ip:172.21.3.77]]","http":200,"thread":"exec-14"}""",
    """EventDT|UserID|UserName|Org|ClientHCN|ClientName|Action|SourceIP|Consent
[[DATE|date:2024-03-14]] 10:02:17|[[ID|other:NBELLEF01]]|[[PERSON|name:Bellefeuille, Nora]]|[[LOCATION|geo:Sault Area Hospital]]|[[ID|health_plan:6271403856]]|[[PERSON|name:TREMBLAY, MARC-ANDRE]]|VIEW_DI|[[IP|ip:142.114.20.61]]|CD_OVERRIDE
[[DATE|date:2024-03-14]] 10:05:02|SYSTEM|-|-|[[ID|health_plan:6271403856]]|-|NOTIFY_PRIVACY|-|CD_OVERRIDE
# consent directive override notice queued to client by mail""",
    """wifi_guest_registrations.csv - [[LOCATION|geo:University Hospital Limerick]] - daily export
reg_time,mac,full_name,email,mobile,ward,room,voucher
[[DATE|date:14/04/2024]] 07:55,[[DEVICE|device:a4:83:e7:2c:19:0b]],[[PERSON|name:Jack Church]],[[EMAIL|email:jackchurch68@eircom.net]],[[PHONE|phone:0875551234]],Ward 3B,12,[[ID|other:WF-88213]]
[[DATE|date:14/04/2024]] 13:40,[[DEVICE|device:3c:22:fb:90:11:6d]],[[PERSON|name:paddy church]],,,Ward 3B,12,[[ID|other:WF-88230]]
rows=2 dupes=0 gen=v2.4""",
]

INTEGRATION_LOGS = [
    r"""[[DATE|date:2024-03-04]] 09:14:22.118 INFO  [ADT_IN] [thread-14] received 1 message from [[IP|ip:10.1.4.20]]:2575 (ctrl 20240304091422118)
MSH|^~\&|IPM|PAS_PROD|CERNER|CERN_PROD|[[DATE|date:20240304]]0914||ADT^A01^ADT_A01|20240304091422118|P|2.4|||AL|NE|AUS
PID|1||[[ID|mrn:1140827]]^^^PAS^MR~[[ID|health_plan:2950148671]]^^^AUSHIC^MC~[[ID|health_plan:8003608162158430]]^^^AUSHIC^NI||[[PERSON|name:WALKER^ROSE^MAY]]^^MRS||[[DATE|date:19520417]]|F|||[[ADDRESS|geo:Unit 2, 14 Hope St^^ORANGE^NSW^2800]]^AUS^H||[[PHONE|phone:(02) 6555 0142]]^PRN^PH~[[PHONE|phone:0412558930]]^PRN^CP|||W|||||||||||AUS
PV1|1|I|CCU^04^A||||[[ID|license:4192601K]]^[[PERSON|name:LAU^SIENNA]]^^^DR|||CAR||||1||||IN||||||||||||||||||||||||[[DATE|date:20240304]]0850
ACK AA sent, ctrl 20240304091422118, 22 ms""",
    r"""MSH|^~\&|EPIC|ADT|LAB|LIS|[[DATE|date:20240910]]130411||ADT^A08|884213301|P|2.5.1
EVN|A08|[[DATE|date:20240910]]130411
PID|1||[[ID|mrn:80442199]]^^^EPIC^MRN||[[PERSON|name:DE LA CRUZ^MARIA^ELENA]]||[[DATE|date:19460122]]|F||2106-3^White^HL70005|[[ADDRESS|geo:2231 W Sunshine St^Apt 4^Springfield^MO^65807]]^USA||[[PHONE|phone:(417)555-0121]]^PRN^PH~^NET^Internet^[[EMAIL|email:mdelacruz46@yahoo.com]]|[[PHONE|fax:(417)555-0138]]^WPN^FX|spa^Spanish|W|CAT|[[ID|account:400882131]]^^^EPIC^AN|[[ID|ssn:487-22-9130]]|[[ID|license:Q204417836]]^MO
PV1|1|I|4W^412^01^^^^^^^|E|||[[ID|license:1847263906]]^[[PERSON|name:OKAFOR^RAYMOND]]^^^^^^^NPI|||MED||||7||||IN||MCR|||||||||||||||||||||||[[DATE|date:20240906]]2215
IN1|1|MCR|CMS|MEDICARE PART A|||||||||||||||||||||||||||||||||||[[ID|health_plan:3HK7VD2RT41]]""",
    """[[DATE|date:2024-03-12]]T19:05:02.441+13:00 DEBUG [nhi-client] POST https://api.hip.digital.health.nz/fhir/nhi/v1/Patient/$match -> 200 (312 ms) traceparent=00-4bf92f3577b34da6-00f067aa0ba902b7-01
{
  "resourceType": "Patient",
  "id": "[[ID|health_plan:ZKM4829]]",
  "meta": {"versionId": "4"},
  "identifier": [{"use": "official", "system": "https://standards.digital.health.nz/ns/nhi-id", "value": "[[ID|health_plan:ZKM4829]]"}],
  "name": [
    {"use": "usual", "family": "[[PERSON|name:Ngata-Hill]]", "given": ["[[PERSON|name:Aroha]]", "[[PERSON|name:Mereana]]"]}
  ],
  "gender": "female",
  "birthDate": "[[DATE|date:2000-02-29]]",
  "address": [{"use": "home", "line": ["[[ADDRESS|geo:7 Victoria Street]]"], "city": "[[LOCATION|geo:Lower Hutt]]", "country": "NZ"}],
  "telecom": [
    {"system": "phone", "use": "mobile", "value": "[[PHONE|phone:021 555 0123]]"},
    {"system": "email", "value": "[[EMAIL|email:ro.ngatahill@xtra.co.nz]]"}
  ],
  "extension": [{"url": "http://hl7.org.nz/fhir/StructureDefinition/nz-ethnicity", "valueCodeableConcept": {"coding": [{"code": "21111", "display": "Maori"}]}}]
}""",
    """[[[DATE|date:2024-05-02]] 16:21:07,442] ERROR (com.mirth.connect.donkey.server.channel.Channel:1221): Error processing message 88213 in channel 'ORU_to_GP' (v3.12.0) [pool-3-thread-7]
com.mirth.connect.donkey.server.data.DonkeyDaoException: org.postgresql.util.PSQLException: ERROR: value too long for type character varying(40)
  Detail: Failing row contains ([[ID|health_plan:9434765919]], [[PERSON|name:BATH]], [[PERSON|name:SUMMER]], [[DATE|date:2008-11-02]], [[ADDRESS|geo:Flat 3, 22 Castle Hill, Reading, RG1 7TJ]], [[PHONE|phone:07700900461]], null, [[DATE|date:2024-05-02]] 16:21:07).
\tat org.postgresql.core.v3.QueryExecutorImpl.receiveErrorResponse(QueryExecutorImpl.java:2713)
\tat com.mirth.connect.donkey.server.data.jdbc.JdbcDao.insertMessage(JdbcDao.java:152)
[[[DATE|date:2024-05-02]] 16:21:07,450] WARN  (DestinationConnector:402): queued for retry (attempt 1/5); GP report delivery to [[EMAIL|email:abbey.medicalcentre@nhs.net]] deferred""",
    r"""MSH|^~\&|LIS|PATHLAB|NEHR|NEHR|[[DATE|date:20240607]]154011||ORU^R01|LAB2406070088|P|2.3
PID|1||[[ID|ssn:S8834125B]]^^^NRIC^NNSGP||[[PERSON|name:TAN^MEI LING]]||[[DATE|date:19880214]]|F|||[[ADDRESS|geo:Blk 412 Bedok North Ave 2 #08-117^^Singapore^^460412]]||[[PHONE|phone:91234567]]
ORC|RE|[[ID|other:ORD88213]]|[[ID|other:LAB447120]]||CM|||||||[[ID|license:M20871K]]^[[PERSON|name:ONG^RACHEL]]
OBR|1|||FBC^Full Blood Count|||[[DATE|date:20240607]]091500
OBX|1|NM|PLT^Platelets||62|10*9/L|150-400|L|||F
OBX|2|NM|HCT^Haematocrit||0.47|L/L|0.36-0.46|H|||F
OBX|3|NM|WBC^White Cell Count||2.9|10*9/L|4.0-10.0|L|||F
OBX|4|ST|DENV^Dengue NS1 Antigen||POSITIVE||||||F
NTE|1||Critical result phoned to requesting doctor 15:38""",
    """From: "GP Connect MESH" <mesh-relay>
To: <ed-interop-inbox>
Date: Mon, [[DATE|date:16 Sep 2024]] 09:02:41 +0100
Subject: FHIR document bundle - NHS [[ID|health_plan:4857773457]]
X-Mailer: interop-relay 5.1.0

{"resourceType": "Bundle", "type": "document", "entry": [
 {"fullUrl": "[[URL|url:https://fhir.derbyshire-gp.nhs.uk/STU3/Patient/4857773457]]",
  "resource": {"resourceType": "Patient",
   "identifier": [{"system": "https://fhir.nhs.uk/Id/nhs-number", "value": "[[ID|health_plan:4857773457]]"}],
   "name": [{"family": "[[PERSON|name:Brown]]", "given": ["[[PERSON|name:Callum]]"]}], "birthDate": "[[DATE|date:1988-09-27]]",
   "telecom": [{"system": "email", "value": "[[EMAIL|email:callum.brown88@btinternet.com]]"}],
   "communication": [{"language": {"coding": [{"code": "sgn-GB", "display": "British Sign Language"}]}, "preferred": true}]}},
 {"resource": {"resourceType": "Practitioner",
   "identifier": [{"system": "https://fhir.hl7.org.uk/Id/gmc-number", "value": "[[ID|license:6104827]]"}],
   "name": [{"prefix": ["Dr"]}]}},
 {"resource": {"resourceType": "Organization", "name": "[[LOCATION|geo:Florence Nightingale Medical Practice]]"}}
]}""",
    """ts=[[DATE|date:2024-03-18]]T13:59:12.211-04:00 level=error svc=siu-router thread=worker-3 msg="HCN validation failed" hcn=[[ID|health_plan:7188420397]] vc=ZZ status=422 reason="version code mismatch" patient="[[PERSON|name:CHEN-LAVOIE, ISABELLE]]" dob=[[DATE|date:1990-12-03]]
ts=[[DATE|date:2024-03-18]]T13:59:12.212-04:00 level=error svc=siu-router thread=worker-3 msg="payload dump" body="PID|1||[[ID|mrn:SHSC0077412]]^^^HIS^MR~[[ID|health_plan:7188420397]]^^^ON^JHN||[[PERSON|name:CHEN-LAVOIE^ISABELLE]]||[[DATE|date:19901203]]|F|||[[ADDRESS|geo:55 Harbord St^Unit 9^Toronto^ON^M5S 1G4]]"
ts=[[DATE|date:2024-03-18]]T13:59:13.001-04:00 level=warn svc=siu-router thread=worker-3 msg="retry scheduled" attempt=2 backoff_ms=4000 http_status=503""",
    r"""MSH|^~\&|PAS|HIPE|ICM|ICM|[[DATE|date:20240414]]0142||ADT^A04|A04-118820|P|2.4
PID|1||[[ID|mrn:UL0447120]]^^^PAS^MR||[[PERSON|name:CHURCH^PATRICK^JOSEPH]]^^MR||[[DATE|date:19320604]]|M|||[[ADDRESS|geo:Knockanira^Kilkishen^Co. Clare^^V95 K8P3]]^IRL|||||M|RC||||[[ID|ssn:6433182C]]
PV1|1|E|ED^RESUS^02|||||||EM
[[DATE|date:2024-04-14]] 01:42:09 ERROR ICM inbound [thread-2]: PID-19 '[[ID|ssn:6433182C]]' rejected - PPSN not permitted in ADT feed (policy IG-07); message held, alert to [[EMAIL|email:integration.support@hse.ie]]""",
    """POST /fhir/Device 201 Created (142 ms) [http-nio-8080-exec-4]
{"resourceType": "Device",
 "udiCarrier": [{"deviceIdentifier": "00386270000385", "carrierHRF": "[[DEVICE|device:(01)00386270000385(17)250301(10)5284417(21)8G4K2M7X]]"}],
 "serialNumber": "[[DEVICE|device:8G4K2M7X]]", "modelNumber": "G7", "lotNumber": "5284417",
 "deviceName": [{"name": "Dexcom G7 CGM sensor", "type": "manufacturer-name"}],
 "patient": {"reference": "[[URL|url:https://fhir.parkland.example/r4/Patient/E4471902]]"}}
POST /fhir/Observation 201 Created (88 ms) [http-nio-8080-exec-4]
{"resourceType": "Observation", "status": "final",
 "code": {"coding": [{"system": "http://loinc.org", "code": "2339-0", "display": "Glucose [Mass/volume] in Blood"}]},
 "subject": {"reference": "[[URL|url:https://fhir.parkland.example/r4/Patient/E4471902]]", "display": "[[PERSON|name:Guadalupe Hernández-Ruiz]]"},
 "effectiveDateTime": "[[DATE|date:2024-03-11]]T03:14:00-05:00",
 "valueQuantity": {"value": 54, "unit": "mg/dL"}, "referenceRange": [{"low": {"value": 70}, "high": {"value": 180}}],
 "device": {"display": "Dexcom G7 sensor; paired pump Tandem t:slim X2 SN [[DEVICE|device:1184473]]"}}""",
    r"""MSH|^~\&|BESTPRAC|BPPREM|KARISMA|RIS|[[DATE|date:20240315]]1102||ORM^O01|BP0315110240|P|2.3.1
PID|1||[[ID|mrn:YMC004471]]^^^BP^MR~[[ID|health_plan:2291740361]]^^^AUSHIC^MC||[[PERSON|name:STREET^HOPE]]^^MS||[[DATE|date:19991120]]|F|||[[ADDRESS|geo:5 Lovell St^^YOUNG^NSW^2594]]||[[PHONE|phone:0431555902]]
ORC|NW|[[ID|other:BP-ORD-77120]]|||||^^^[[DATE|date:20240315]]1100^^R|||||[[ID|license:5033182H]]^[[PERSON|name:YOUNG^PETER]]
OBR|1|||76817^US PELVIS TRANSVAGINAL|||||||||?ectopic, bHCG 1840, LMP 6/40
[[DATE|date:2024-03-15]] 11:02:40.902 ERROR [RIS_ORM] [thread-9] SMTP 550 5.1.1 mailbox unavailable: [[EMAIL|email:hope.street99@outlook.com]] (patient copy of request) - HTTP 502 from mail relay v2.0.14""",
]

CRM_NOTES = [
    """Case [[ID|other:CAS-0048213]] | Channel: inbound call | Queue: Hospital claims | Agent: [[ID|other:pdas01]]
Caller: [[PERSON|name:Bill Baker]] (policy holder) - verified by VoiceID (voiceprint [[ID|biometric:VP-20931-AK]], match 0.93) + DOB [[DATE|date:08/05/1957]]
Member no. [[ID|health_plan:4471 2290 11]] - Gold Hospital + Extras, 12-mth waiting period served
Issue: invoice from [[LOCATION|geo:St Vincent's Private Hospital]] for R TKR last month; gap of $1,840.00 not expected. Item 49518 + prosthesis item billed separately.
Action: reprocessed under no-gap agreement; refund $1,840.00 to BSB 062-000 acct [[ID|account:1122 4471]] in 3-5 business days. Follow-up email to [[EMAIL|email:bill.baker57@bigpond.com]] sent 15:42.
Wrap code: CLM-ADJ. AHT 11:32.""",
    """Ticket #[[ID|other:INC0448213]] - Patient Contact Centre, [[LOCATION|geo:Royal Berkshire Hospital]]
Contact: [[PERSON|name:Zofia Kowalczyk]] | NHS [[ID|health_plan:512 873 3068]] | Mob [[PHONE|phone:07700 900 318]] | Email [[EMAIL|email:zosia.k96@wp.pl]]
e-RS UBRN: [[ID|other:0004 4712 2901]]
Note: pt rang re antenatal growth scan. Prefers Polish interpreter. Rebooked to [[DATE|date:Tue 04/06]] 10:40, letter + SMS sent. GP practice fax updated on PAS to [[PHONE|fax:0118 496 0733]] (old fax [[PHONE|fax:0118 496 0277]] no longer monitored).
Handled by PCC team B. Priority P3. SLA met.""",
    """Patient Financial Services - account notes
Guarantor acct: [[ID|account:400882131]] | Patient: [[PERSON|name:DE LA CRUZ, MARIA E]] | Guarantor: [[PERSON|name:DE LA CRUZ, HECTOR]]
[[DATE|date:09/24/2024]] 10:14 [[ID|other:PFS_JMORALES]] - inbound call from son [[PERSON|name:Hector]], verified with SSN last 4 ([[ID|ssn:9130]]) + pt DOB. Questioned latest statement, balance $2,314.87. Explained Medicare ([[ID|health_plan:3HK7VD2RT41]]) processed; secondary BCBS MO member [[ID|health_plan:ZGP882713450]] pending. Set up payment plan $200/mo, ACH from checking ending [[ID|account:7719]]. Plan ref [[ID|account:PP-118823]].
[[DATE|date:09/25/2024]] 08:02 - copy of invoice [[ID|account:INV-2024-118823]] mailed to guarantor. CPT 99223 / 99233 lines correct.""",
    """Pharmacy contact log - Rexall, [[LOCATION|geo:Queen & Bathurst]]
Patient: [[PERSON|name:Sunny Park]] (DOB [[DATE|date:1991-06-01]])
Rx# [[ID|other:8842137]] sertraline 50 mg, DIN 02132702, qty 30, refills 2 - prescriber Dr [[PERSON|name:Leblanc]] (CPSO [[ID|license:97241]])
Rx# [[ID|other:8842138]] zopiclone 7.5 mg, DIN 02218313, qty 15, no refills - ON HOLD
[[DATE|date:Mar 5]] 14:10 - pt called asking for delivery to work: [[ADDRESS|geo:145 Wellington St W, 12th floor, Toronto]]. Then changed to mother's: [[ADDRESS|geo:22 Birchmount Rd, Scarborough]]. Health card [[ID|health_plan:5520-361-840]] billed to ODB? No - private plan.
Pickup/delivery SMS to [[PHONE|phone:416-555-0142]]. Entered by RPh.""",
    """Ticket [[ID|other:HL-2403-55120]] | Caller auth: voice biometrics PASS (voiceprint ref [[ID|biometric:nz-vb-7d3f19a2]])
Customer: [[PERSON|name:Tania Tane]] for father [[PERSON|name:Wiremu Tane]], NHI [[ID|health_plan:ALU9048]], [[AGE|other:78]]
Address: [[ADDRESS|geo:42 Young Street, Te Awamutu 3800]]
Contact: daughter's mob [[PHONE|phone:027 555 4412]]
Issue: needs transport to ophthalmology at [[LOCATION|geo:Greenlane Clinical Centre]] on [[DATE|date:20 March]] (intravitreal injection #6). Booked health shuttle, pick-up 06:45. NTA form posted.
Closed.""",
    """Member Services CRM - interaction [[ID|other:IX-77120455]]
Member: [[PERSON|name:Jack Church]] | member no. [[ID|health_plan:40882217]] | plan: PMI 38 11
Verified: Eircode [[LOCATION|geo:V94 X2F7]]
Query: claim for father's stay - no, father not on policy; explained GMS medical card covers public bed at [[LOCATION|geo:University Hospital Limerick]]. Own claim for MRI at [[LOCATION|geo:Bon Secours Hospital Limerick]]: EUR 395.00 approved.
Refund to IBAN [[ID|account:IE57 AIBK 9320 8847 1203 91]]. Callback [[PHONE|phone:087 555 1234]] preferred after 6pm. Letter to follow by post.
Agent: [[ID|other:GHILL]]""",
    """Integrated Shield claims - CRM note [[ID|other:ISC-24-06-0091]]
Policyholder: [[PERSON|name:Chua Li Ting]] for insured father [[PERSON|name:Chua Ah Kow]] (NRIC [[ID|ssn:S0912337G]], [[AGE|date:92]])
Policy no. [[ID|health_plan:IP4471229012]]
Letter of guarantee requested for admission to [[LOCATION|geo:SGH]] ward 64 from [[DATE|date:3 Jun 2024]]; co-pay 10%, deductible S$3,500. Premium GIRO from a/c [[ID|account:012-4-471229]] lapsed 2 months - arrears S$1,212.40.
Contact: [[PHONE|phone:+65 9671 2240]], [[EMAIL|email:chua.liting@singnet.com.sg]]""",
    """Plan management CRM - case note
Participant: [[PERSON|name:Summer Hill]] ([[AGE|other:34]]) | NDIS no. [[ID|health_plan:430882137]]
Address: [[ADDRESS|geo:3/41 Smith Street, Summer Hill NSW 2130]]
Invoice [[ID|account:INV-55120]] from Bright Horizons Physio (ABN 51 824 753 556) - 4 x 60 min sessions, $193.99/hr, line item 15_056_0128_1_3 - paid.
Vehicle modification quote (hand controls) for participant's car: rego [[VEHICLE|vehicle:CK12LM]], VIN [[VEHICLE|vehicle:JTDKB20U173012846]]. Driver licence [[ID|license:14882713]] with condition code A (auto only) sighted.
Support coordinator to chase OT report.""",
    """DME order [[ID|other:SO-1182240]] - CPAP setup
Pt: [[PERSON|name:Gary Hill]] | DOB [[DATE|date:7/22/61]] | Aetna member [[ID|health_plan:W288271340]]
Prescriber: Dr [[PERSON|name:Tomás Reyes]], NPI [[ID|license:1649930215]], DEA [[ID|license:BR4827157]] (for unrelated Rx on file)
Device: ResMed AirSense 11 AutoSet, SN [[DEVICE|device:23241188472]], modem IMEI [[DEVICE|device:353284119048224]]; mask AirFit F30 M. Pressure 5-15 cmH2O.
Shipped FedEx Ground to [[ADDRESS|geo:2210 N Knoxville Ave, Peoria, IL 61604]].
Compliance day 30: 4.2 h/night avg, 63% nights >4 h - below 70% requirement; called pt at [[PHONE|phone:(309) 555-0163]], LVM.""",
    """PALS case [[ID|other:PALS-24-0912]] - [[LOCATION|geo:Royal Derby Hospital]]
Complainant: [[PERSON|name:Bill Summers]] (carer for [[PERSON|name:Callum Brown]], NHS [[ID|health_plan:4857773457]])
Contact: [[EMAIL|email:b.summers@outlook.com]], [[PHONE|phone:01632 960 419]]
Summary: patient (Deaf, BSL user) attended ED [[DATE|date:14/09/24]]; no interpreter for 6 h despite flag on record; discharge instructions given verbally.
Attachments: [[ID|photo:IMG_20240914_2231.jpg]] (photo of [[PERSON|name:Callum]] in cubicle 9 with whiteboard note), [[ID|photo:callum_brown_selfie.png]]; CCTV request made.
Acknowledged within 3 working days; response due [[DATE|date:11/10/24]].""",
]

CHATBOT_TRANSCRIPTS = [
    """[webchat - clinic booking assistant - session [[ID|other:wc_8f2a1c77]]]
User: hiii can i change my appt 😅
Bot: Sure! What's your full name and date of birth?
User: [[PERSON|name:rose walker]] [[DATE|date:17/4/52]]
Bot: Thanks [[PERSON|name:Rose]]. For security, what's your Medicare number?
User: [[ID|health_plan:2950 14867 1]] i think lol. ref no 1
Bot: Found you ✅ You're booked with Dr [[PERSON|name:Anand Patel]] on [[DATE|date:Tue 12 Mar]] at 10:15am. What would you like to do?
User: can i do thurs pls my son [[PERSON|name:mark]] has to drive me
Bot: [[DATE|date:Thu 14 Mar]] 2:30pm is free. Book it?
User: yes 👍👍
Bot: Done! Manage your booking here: [[URL|url:https://book.orangemed.com.au/a/r7Kq2?u=rwalker52]]
User: thx ur a legend""",
    """[practice online assistant - [[LOCATION|geo:Widcombe Surgery]]]
User: hello its [[PERSON|name:jack street]], my dob is [[DATE|date:3/7/41]]
Bot: Thank you. Please enter your NHS number (10 digits).
User: [[ID|health_plan:401 023 2137]]
Bot: Sorry, I couldn't match that. Please check and try again.
User: [[ID|health_plan:4010232137]] .. its the same?? 🙄
Bot: Thank you. You can upload a photo of your wound for the nurse.
User: [uploaded: [[ID|photo:20240402_hipwound.jpg]]]
User: [uploaded: [[ID|photo:IMG_0441.HEIC]]]
Bot: Photos received. Nurse [[PERSON|name:Dawn Bell]] will review within 2 working days. Ref: [[ID|other:WS-24-0402-118]]
User: my wife [[PERSON|name:dawn]] says its weeping a bit, yellowish
Bot: If you have a fever above 38C or the redness is spreading, call 111 or in an emergency 999.""",
    """Ask-a-Nurse chat (symptom checker) - conversation [[ID|other:c-19ad-2231]]
User: my sons got a fever again 102.8 🤒 hes [[AGE|other:6]]
Bot: I'm sorry to hear that. Is this for [[PERSON|name:Will Young]] (DOB [[DATE|date:03/03/2018]])?
User: ya
Bot: Please confirm the member ID on your plan.
User: [[ID|health_plan:wyk992401777]]
Bot: Thanks. How long has he had the fever?
User: since sat. do u need my ssn too lol
Bot: No - please never share your Social Security number in chat.
User: ok. heres the ins card [[ID|photo:IMG_0442.jpg]]
Bot: Got it. Would you like a video visit? Tap [[URL|url:https://care.osfhealth.example/v/WY-7731]]
User: sure my email is [[EMAIL|email:markyoung.normal@gmail.com]]
Bot: A link was sent. If he is hard to wake or has trouble breathing, call 911.""",
    """SMS - pharmacy refill bot - to [[PHONE|phone:+1 416-555-0142]]
Bot: Hi [[PERSON|name:Sunny]]! Your Rx #[[ID|other:8842137]] (sertraline 50mg) is ready for pickup. Reply 1 pickup, 2 delivery.
User: 2
Bot: What address should we deliver to?
User: [[ADDRESS|geo:145 wellington st w 12th fl toronto]]
User: actually no send to my moms, [[ADDRESS|geo:22 birchmount rd scarborough]]
Bot: Please confirm the patient's date of birth.
User: [[DATE|date:june 1 91]]
Bot: Thanks! Delivery tomorrow 2-5pm, $0 copay. Reply STOP to opt out.
User: 👍""",
    """[patient portal assistant]
User: kia ora i need a repeat of my inhalers
Bot: Kia ora! Please tell me your NHI number.
User: [[ID|health_plan:zkm4829]]
Bot: Thanks. Which medicines?
User: ventolin n the purple one?? seretide
Bot: Your list shows Seretide 250/25 and Ventolin 100 mcg. Request both?
User: yes. and can u change my address its now [[ADDRESS|geo:15 normanby rd mt eden]]
Bot: Updated. Your usual pharmacy is Unichem [[LOCATION|geo:Petone]]. Keep this?
User: no the one on [[LOCATION|geo:dominion rd]] pls 🙏
Bot: Done. Request ref [[ID|other:RX-2403-5581]]; your GP team will action within 3 working days ($18 fee).
User: also my email changed [[EMAIL|email:ro.ngatahill@gmail.com]]""",
    """HSE webchat assistant - conversation [[ID|other:HSE-CB-0091223]]
User: hi im applying for the medical card for my dad
Bot: I can help. What is his PPS number?
User: [[ID|ssn:6433182c]]
Bot: Thanks. Is this [[PERSON|name:Patrick Church]] in [[LOCATION|geo:Kilkishen]]?
User: yes thats him hes [[AGE|date:91]] lol still going strong 💪
Bot: Please enter his Eircode.
User: [[LOCATION|geo:v95k8p3]]
Bot: Please upload proof of identity.
User: [file: [[ID|photo:paddy_passport_photo.jpg]]]
Bot: Thank you. Your application reference is [[ID|other:MC-24-118204]]. Processing takes about 15 working days.""",
    """HealthHub app - assistant log
[09:12] login via Singpass (face verification PASS, template [[ID|biometric:FV-5f1c2e90]])
User: hi i wan to check my dengue blood test result
Bot: Hi [[PERSON|name:Mei Ling]]! Your Full Blood Count from [[DATE|date:7 Jun 2024]] is available.
User: is it normal?? platelet 62 😭
Bot: I can't interpret results. Your doctor has added a note. If you have bleeding gums or severe abdominal pain, go to the nearest A&E or call 995.
User: ok my NRIC is [[ID|ssn:s8834125b]] if u need
Bot: No need, you are already logged in. Please do not share your NRIC in chat.
User: can change my appt at [[LOCATION|geo:bedok poly]] to next week
Bot: Available: [[DATE|date:Tue 11 Jun]] 9:40am. Confirm?
User: ok can can""",
    """[youth mental health webchat - bot intake, then clinician]
User: hey
User: idk if this is the right place
Bot: You're in the right place. What should we call you?
User: [[PERSON|name:hope]]. ironic i know 🙃 ive got none lol
Bot: Thanks for reaching out, [[PERSON|name:Hope]]. How old are you?
User: [[AGE|other:17]]. yr 12 at [[LOCATION|geo:casuarina senior college]]
User: i live in [[LOCATION|geo:darwin]] obvs
Bot: If you want a follow-up, you can leave an email.
User: [[EMAIL|email:hopie . mcmahon @ outlook . com]]
[Clinician [[PERSON|name:Nadia]] joined 21:14]
[[PERSON|name:Nadia]]: Hi, I'm one of the counsellors. Are you safe right now?
User: yeah. my mums number is [[PHONE|phone:0401 555 736]] if u need it but dont call her pls
[[PERSON|name:Nadia]]: OK. If you're ever in danger call 000, or Kids Helpline 1800 55 1800 any time.""",
    """Billing assistant (mobile app)
[login: Touch ID PASS - key handle [[ID|biometric:bk_7719a0c4e2]]]
User: why is my bill $2314???
Bot: Hi [[PERSON|name:Hector]]! You're viewing guarantor account [[ID|account:400882131]] for [[PERSON|name:Maria E De La Cruz]]. The balance after Medicare is $2,314.87.
User: i already set up a plan w the lady on the phone
Bot: Yes, payment plan [[ID|account:PP-118823]] is active: $200.00 on the 1st of each month.
User: ok. also change my number to [[PHONE|phone:417 555 0190]]
Bot: Done. We'll text statements to that number. Anything else?
User: no thx""",
    """School nurse text service - conversation [[ID|other:CH-RDG-44712]]
User: hi its [[PERSON|name:mark]] from yr 9 at [[LOCATION|geo:st augustines]]
Nurse [[PERSON|name:Tash]]: Hi [[PERSON|name:Mark]], thanks for messaging. What's on your mind?
User: my mate [[PERSON|name:will]] said i should text u
User: its my mum shes drinking again 😔 and i dont want to go home
Nurse: Thank you for telling me. Are you safe right now?
User: ye im at my mates. we live on [[LOCATION|geo:reading road]] in [[LOCATION|geo:wokingham]]
User: my dob is [[DATE|date:3 march 2010]] if u need it
Nurse: I'd like to talk to you in person tomorrow at school. If you feel unsafe tonight call 999 or Childline 0800 1111.""",
]

TRANSPORT_LOGS = [
    """NSW Ambulance CAD - INCIDENT [[ID|other:240312-0447]] | P1A | final problem: CHEST PAIN
Caller: [[PERSON|name:Mark Walker]] ([[PHONE|phone:0412 558 930]]) - son
Pt: [[PERSON|name:WALKER Rose]] [[AGE|other:71]]F
Loc: [[ADDRESS|geo:U2/14 Hope St, Orange NSW 2800]] - rear unit, side gate code 4471
21:49 dispatched ORAN-31 | 21:58 on scene | 22:19 departed | 22:27 at dest [[LOCATION|geo:Orange Health Service]] ED
ECG 22:02: STE II, III, aVF - STEMI pre-notification, cath lab activated. Aspirin 300 mg PO, GTN 400 mcg SL x2, fentanyl 50 mcg IV.
Crew: ICP + paramedic
Access note: neighbour's ute rego [[VEHICLE|vehicle:BX47QR]] blocking driveway - moved by owner on request.""",
    """Patient Transport Service - booking [[ID|other:PTS-24-0402-0119]]
Patient: [[PERSON|name:Jack Street]] | NHS [[ID|health_plan:4010232137]] | DOB [[DATE|date:03/07/1941]]
Pick-up: [[ADDRESS|geo:42 Milsom Street, Bath BA1 1DN]] at 08:30 -> [[LOCATION|geo:RUH]] Orthopaedic OPD, clinic B9
Mobility: C2 - walks with 1 stick, needs 1 escort. Escort: wife [[PERSON|name:Dawn Street]]
Return: after clinic, ready ~11:45
Eligibility: medical - recent THR, cannot use public transport (criteria 3b)
Vehicle: [[VEHICLE|vehicle:WX19 KTN]] | crew of 2
Note: previous booking shows "no show" - pt says nobody came. Confirmations by fax to GP [[PHONE|fax:01225 960 114]].""",
    """Taxi voucher register - [[LOCATION|geo:Logan Hospital]] ED - [[DATE|date:March 2024]]
voucher | date | patient | UR | to | cab | plate | driver auth | fare
[[ID|other:TV-00871]] | [[DATE|date:05/03]] | [[PERSON|name:Hosseini, Zahra]] + 1 | [[ID|mrn:L1184473]] | [[ADDRESS|geo:3/27 Hope St, Woodridge]] | Yellow 212 | [[VEHICLE|vehicle:T12823]] | [[ID|license:DA0447120]] | $42.60
Authorised by NUM. Cost centre 7712. GST incl.""",
    """Bed board - [[LOCATION|geo:Middlemore]] - Ward 3 (Surgical) - 07:00 huddle
Bed\tPatient\tNHI\tAge\tTeam\tEDD\tStatus\tNotes
3-01\t[[PERSON|name:WALKER, Hemi]]\t[[ID|health_plan:CGD2180]]\t[[AGE|other:63]]\tGen Surg\t[[DATE|date:16/03]]\tDC today\tdrain out, scripts done
3-02\t[[PERSON|name:TUILAGI, Sione]]\t[[ID|health_plan:HJW7751]]\t[[AGE|other:67]]\tRenal\t[[DATE|date:19/03]]\tawaiting HD chair\tK 5.9; interpreter booked
3-07\tEMPTY - clean\t\t\t\t\tready 07:40\tearmarked ED pt
Flow: 2 ED outliers, 1 theatre return. Duty manager ext 5521.""",
    """NEMT trip manifest - [[DATE|date:2024-09-12]] - broker region 3
trip_id | member | medicaid_id | pickup | dropoff | mode | vehicle | driver | driver_lic
[[ID|other:TRP-5581204]] | [[PERSON|name:Gary Hill]] | [[ID|health_plan:882713450]] | [[ADDRESS|geo:2210 N Knoxville Ave, Peoria, IL 61604]] | [[LOCATION|geo:OSF Saint Francis Medical Center]] | WC van | IL [[VEHICLE|vehicle:WC 44721]] / VIN [[VEHICLE|vehicle:1FTFW1E5XMFA12873]] | [[PERSON|name:Dwayne Brooks]] | [[ID|license:B620-4417-2231]]
notes: member uses a power chair (Pride Jazzy 600 ES, SN [[DEVICE|device:JZ6-22-0418831]]) - needs lift; 2 x 4-point tie-downs. pickup 06:10, appt 07:00. dispatch tel 211 not used.""",
    """CritiCall referral [[ID|other:CC-2403-88120]] -> air ambulance transfer
From: [[LOCATION|geo:Sault Area Hospital]] ICU bed 4   To: [[LOCATION|geo:Health Sciences North]], [[LOCATION|geo:Sudbury]] - CCU
Pt: [[PERSON|name:TREMBLAY, Marc-André]] [[AGE|other:61]]M | HCN [[ID|health_plan:6271403856 AB]] | DOB [[DATE|date:04/07/1962]]
Dx: DKA resolving + inferior STEMI, lytics given 09:40 (TNK 45 mg). Wt 102 kg.
Accepting: CCU intensivist (CPSO [[ID|license:102834]])
Documents faxed to receiving CCU [[PHONE|fax:705-555-0199]] at 14:20.
Family: wife [[PERSON|name:Josée]] driving down (approx 4 h), cell [[PHONE|phone:705-555-0912]], vehicle [[VEHICLE|vehicle:CBKT 482]] (grey Silverado).
Dispatch 13:55, wheels up 14:48, arrival 15:41.""",
    """Hato Hone St John - ePRF summary - case [[ID|other:SJ-24-031882]]
Pt: [[PERSON|name:Sione Tuilagi]] [[AGE|other:67]]M | NHI [[ID|health_plan:HJW7751]]
Pick-up: [[ADDRESS|geo:19 Bader Drive, Māngere, Auckland 2022]]
Dest: [[LOCATION|geo:Middlemore]] ED
Incident: SOB, missed HD x2. iSTAT K 6.9, SpO2 88% RA -> 94% on 6 L. ECG peaked T, QRS 124 ms. Calcium gluconate 10 mL 10% IV.
Family car followed: [[VEHICLE|vehicle:KMT482]], driven by son.
Crew: ICP + paramedic. Unit 371. Times 01:12 / 01:24 / 01:51 / 02:09.""",
    """NAS - CAD incident [[ID|other:NAS-24-118204]] | Determinant 18C03
Location: [[ADDRESS|geo:Apartment 14, The Maltings, Bray, Co. Wicklow, A98 W2T5]]
Pt: [[PERSON|name:Niamh Ní Bhriain]] [[AGE|other:38]]F - sudden severe headache, vomiting, GCS 14
Caller: partner [[PERSON|name:Eoin Byrne]] [[PHONE|phone:086 555 9021]]
Access: car parked across ambulance bay, reg [[VEHICLE|vehicle:191-D-12345]] - Gardaí informed. Pt's own car left at scene, reg [[VEHICLE|vehicle:07-C-22814]].
Conveyed to [[LOCATION|geo:St Vincent's University Hospital]]; pre-alert 03:41. Vehicle callsign WW-207.""",
    """Private ambulance booking [[ID|other:PA-240607-031]] - non-emergency
Patient: [[PERSON|name:Chua Ah Kow]] ([[AGE|date:92]]) | NRIC [[ID|ssn:S0912337G]]
From: [[LOCATION|geo:Singapore General Hospital]] ward 64 bed 12 -> [[ADDRESS|geo:Blk 79 Lorong 4 Toa Payoh, #05-22, Singapore 310079]]
Date: [[DATE|date:14 Jun 2024]] pick-up 14:30. Stretcher, O2 2 L/min, lift landing every floor.
Vehicle: [[VEHICLE|vehicle:SLG 482 M]] | crew lead [[PERSON|name:Ravi s/o Krishnan]]
Escort: daughter [[PERSON|name:Chua Li Ting]] ([[PHONE|phone:9671 2240]]) + helper
Fee S$180.00, paid PayNow. 995 only for emergencies; 1777 not used.""",
    """[[LOCATION|geo:Sir Charles Gairdner Hospital]] - patient flow & concierge log - [[DATE|date:Fri 15/3]]
07:10 concession parking permit [[ID|other:CP-88213]] issued to [[PERSON|name:Hope Baker]] (partner of inpatient) - vehicle [[VEHICLE|vehicle:1ABC 234]] (WA)
07:40 ED pt [[PERSON|name:Florence Darwin]] ([[AGE|other:84]]) allocated G61 bed 7, UR [[ID|mrn:B0447126]]
11:05 G61 bed 7 discharge delayed - awaiting pharmacy, Webster pack
15:20 taxi for [[PERSON|name:Florence Darwin]] to [[ADDRESS|geo:9 Victoria Avenue, Claremont]]; Swan car plate [[VEHICLE|vehicle:TAXI 1482]]
16:02 lost property: hearing aid (Phonak Audéo P90, SN [[DEVICE|device:2217X0AKL]]) found in G61 bed 7, handed to security - matched to pt, courier to home address.
Beds at 16:00: 3 available (G52 x2, G63 x1), 11 in ED awaiting.""",
]

STYLES = [
    ("nurse-triage-phone-calls", TRIAGE_CALLS),
    ("dictated-letters", DICTATED_LETTERS),
    ("voicemail-transcripts", VOICEMAILS),
    ("interpreter-session-logs", INTERPRETER_LOGS),
    ("pager-and-secure-messaging", PAGER_MESSAGES),
    ("EHR-audit-and-access-logs", AUDIT_LOGS),
    ("integration-engine-logs", INTEGRATION_LOGS),
    ("contact-centre-CRM-notes", CRM_NOTES),
    ("patient-chatbot-transcripts", CHATBOT_TRANSCRIPTS),
    ("bed-management-and-transport-logs", TRANSPORT_LOGS),
]


def main() -> None:
    print(f"probe40: {write_styled(OUT, STYLES)} docs")


if __name__ == "__main__":
    main()
