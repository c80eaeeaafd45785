"""The fixed words of board papers in Welsh, keyed by their English.

The English wording is the key (as in gettext): the code that lays a paper
out reads as it prints, and a key can never drift from its English. Values
in braces are filled in when the paper is written ("Tudalen {page} o
{pages}"). The words are those Welsh safeguarding boards use in their own
papers (Bwrdd Diogelu, Cofnodion, Camau gweithredu, Presennol, Dirprwy);
docs/WELSH.md ("Papers") lists them with the reasons for the harder choices.
Nouns after a number stay singular, as Welsh counts them ("5 cyfarfod").
"""

from __future__ import annotations

from typing import Final

WELSH: Final[dict[str, str]] = {
    # -- on every page -----------------------------------------------------------
    "Page {page} of {pages}": "Tudalen {page} o {pages}",
    "OFFICIAL": "SWYDDOGOL",
    "OFFICIAL-SENSITIVE": "SWYDDOGOL-SENSITIF",
    "Date": "Dyddiad",
    "Date of paper": "Dyddiad y papur",
    "Public version.": "Fersiwn gyhoeddus.",
    "Public version: {count} confidential item was withheld from this paper.":
        "Fersiwn gyhoeddus: mae {count} eitem gyfrinachol wedi'i hatal o'r papur hwn.",
    "Public version: {count} confidential items were withheld from this paper.":
        "Fersiwn gyhoeddus: mae {count} eitem gyfrinachol wedi'u hatal o'r papur hwn.",
    "Version {version}": "Fersiwn {version}",
    "Status": "Statws",
    # a plan's status, stored as these words
    "draft": "drafft",
    "agreed": "wedi'i gytuno",
    "archived": "wedi'i archifo",
    "None.": "Dim.",
    "Yes": "Ie",
    "Notes": "Nodiadau",
    "Section": "Adran",
    # -- RAG ratings and action statuses -----------------------------------------
    "Red": "Coch",
    "Amber": "Ambr",
    "Green": "Gwyrdd",
    "Blue": "Glas",
    "Not started": "Heb ddechrau",
    "Open": "Agored",
    "Completed": "Wedi'i gwblhau",
    "Carried forward": "Wedi'i ddwyn ymlaen",
    "Closed by the board": "Wedi'i gau gan y bwrdd",
    "OVERDUE": "YN HWYR",
    # -- the action plan ------------------------------------------------------------
    "Action plan": "Cynllun gweithredu",
    "No.": "Rhif",
    "CAB": "CAB",  # the column holds the letters C, A and B, which stay as typed
    "What do we want to achieve?": "Beth ydym ni am ei gyflawni?",
    "How are we going to do it?": "Sut ydym ni am ei wneud?",
    "Who will lead?": "Pwy fydd yn arwain?",
    "How will we know we have achieved our goal?": "Sut fyddwn ni'n gwybod ein bod wedi cyflawni ein nod?",
    "When are we going to achieve this?": "Pryd fyddwn ni'n cyflawni hyn?",
    "Progress review": "Adolygiad o'r cynnydd",
    "RAG rating": "Sgôr RAG",
    "Target date": "Dyddiad targed",
    "Last updated": "Diweddarwyd ddiwethaf",
    "Source": "Ffynhonnell",
    "Priority": "Blaenoriaeth",
    "Outcome": "Canlyniad",
    # the levels of a plan (core/plan_shapes.py), in banners and the work plan's "Level" column
    "Outcome sought": "Canlyniad a geisir",
    "Evidence framework": "Fframwaith tystiolaeth",
    "Strategic duty": "Dyletswydd strategol",
    "Specific responsibility": "Cyfrifoldeb penodol",
    "Activity": "Gweithgaredd",
    "Action": "Cam gweithredu",
    "Priority area": "Maes blaenoriaeth",
    "Question": "Cwestiwn",
    "Recommendation": "Argymhelliad",
    "Note": "Nodyn",
    # -- the action log ---------------------------------------------------------------
    "Action log": "Log camau gweithredu",
    "Meeting date": "Dyddiad y cyfarfod",
    "Item": "Eitem",
    "What": "Beth",
    "How": "Sut",
    "Lead": "Arweinydd",
    "When": "Pryd",
    "Due date": "Dyddiad erbyn",
    "Progress": "Cynnydd",
    "RAG": "RAG",
    "Showing": "Yn dangos",
    # the log's filter, as store/queries/action_log.describe_filter words it
    "All actions": "Pob cam gweithredu",
    "Open actions only": "Camau gweithredu agored yn unig",
    "Overdue actions only": "Camau gweithredu hwyr yn unig",
    "Actions arising from meetings only": "Camau gweithredu sy'n codi o gyfarfodydd yn unig",
    "Plan actions only": "Camau gweithredu cynlluniau yn unig",
    "Owner": "Perchennog",
    "Plan": "Cynllun",
    "Search": "Chwilio",
    "Meeting": "Cyfarfod",
    "Due on or before {day}": "Yn ddyledus erbyn {day}",
    "still open and due before {day}": "yn dal ar agor ac yn ddyledus cyn {day}",
    # -- the work plan and the self-assessment ---------------------------------------
    "Work plan": "Cynllun gwaith",
    "Level": "Lefel",
    "Duty, responsibility or activity": "Dyletswydd, cyfrifoldeb neu weithgaredd",
    "Reference": "Cyfeirnod",
    "Duty": "Dyletswydd",
    "Self-assessment": "Hunanasesiad",
    "Priority area or question": "Maes blaenoriaeth neu gwestiwn",
    "Evidence": "Tystiolaeth",
    "Analysis": "Dadansoddiad",
    "Score {period}": "Sgôr {period}",
    "Change": "Newid",
    "Evidence changed": "Tystiolaeth wedi newid",
    "Evidence in {period}": "Tystiolaeth yn {period}",
    "Review period": "Cyfnod adolygu",
    "compared with {period}": "o'i gymharu â {period}",
    # a self-assessment's scores (core/self_assessment.py), printed "4 - Da"
    "Unsatisfactory": "Anfoddhaol",
    "Weak": "Gwan",
    "Adequate": "Digonol",
    "Good": "Da",
    "Very good": "Da iawn",
    "Excellent": "Rhagorol",
    # -- a meeting: register, minutes, agenda -----------------------------------------
    "Present": "Presennol",
    "Represented by a deputy": "Cynrychiolwyd gan ddirprwy",
    "Apologies": "Ymddiheuriadau",
    "Absent": "Absennol",
    "In attendance": "Hefyd yn bresennol",
    "Not recorded": "Heb ei gofnodi",
    "Attendance register": "Cofrestr presenoldeb",
    "Attendance": "Presenoldeb",
    "Seat": "Sedd",
    "Agency": "Asiantaeth",
    "Name": "Enw",
    "Deputy": "Dirprwy",
    "Arrived at item": "Cyrraedd yn eitem",
    "Left at item": "Gadael yn eitem",
    "{start} to {end}": "{start} i {end}",
    "Online": "Ar-lein",
    "Chair": "Cadeirydd",
    "Minutes": "Cofnodion",
    "Agenda": "Agenda",
    "Draft minutes: not yet agreed": "Cofnodion drafft: heb eu cytuno eto",
    "Actions arising": "Camau gweithredu sy'n codi",
    "Noted.": "Nodwyd.",
    "Signed as a true record": "Wedi'i lofnodi fel cofnod cywir",
    "Signature": "Llofnod",
    # the four parts of a minute (core/minutes_headings.py), unless the group chose its own words
    "Context": "Cyd-destun",
    "Key issues": "Materion allweddol",
    "Discussion": "Trafodaeth",
    "Conclusion or decision": "Casgliad neu benderfyniad",
    "For information": "Er gwybodaeth",
    "For discussion": "I'w drafod",
    "For decision": "Er penderfyniad",
    "For scrutiny": "I graffu arno",
    "Seat or role": "Sedd neu rôl",
    "By when": "Erbyn pryd",
    "Title": "Teitl",
    "Presented by": "Cyflwynir gan",
    "Purpose": "Diben",
    "Paper": "Papur",
    "Deputy for": "Dirprwy ar ran",
    "(deputy not named)": "(dirprwy heb ei enwi)",
    "Arrived at {item}": "Cyrraedd yn {item}",
    "Left at {item}": "Gadael yn {item}",
    "a closed item": "eitem gaeedig",
    # -- the attendance analysis ---------------------------------------------------------
    "Attendance {period}": "Presenoldeb {period}",
    "Rates by group and by agency": "Cyfraddau fesul grŵp ac fesul asiantaeth",
    "Rates by group and agency": "Cyfraddau grŵp ac asiantaeth",  # a sheet's tab: at most 31 characters
    "By group": "Fesul grŵp",
    "By agency": "Fesul asiantaeth",
    "Group or agency": "Grŵp neu asiantaeth",
    "Group": "Grŵp",
    "Expected": "Disgwyliedig",
    "In person": "Yn bersonol",
    "By deputy": "Drwy ddirprwy",
    "Attended": "Yn bresennol",
    "Rate": "Cyfradd",
    "Persistent non-attendance": "Absenoldeb parhaus",
    "No agency": "Dim asiantaeth",
    "All groups": "Pob grŵp",
    "Held by": "Deiliad",
    "{count} meeting": "{count} cyfarfod",
    "{count} meetings": "{count} cyfarfod",
    "{count} meeting counted": "{count} cyfarfod wedi'i gyfrif",
    "{count} meetings counted": "{count} cyfarfod wedi'u cyfrif",
    "{count} cancelled": "{count} wedi'u canslo",
    "in attendance, not a member: not in the rates": "hefyd yn bresennol, nid yn aelod: nid yw yn y cyfraddau",
    "P present · D a nominated deputy · A apologies · X absent · ? not recorded · blank: not a seat then":
        "P presennol · D dirprwy enwebedig · A ymddiheuriadau · X absennol · ? heb ei gofnodi · "
        "gwag: nid oedd yn sedd bryd hynny",
    "A nominated deputy counts as attended. Cancelled meetings are not counted. "
    "Seats not yet marked are expected but not attended.":
        "Mae dirprwy enwebedig yn cyfrif fel un a fynychodd. Nid yw cyfarfodydd a ganslwyd yn cael eu cyfrif. "
        "Disgwylir seddi sydd heb eu marcio eto, ond nid ydynt wedi mynychu.",
    "Only attendance in person counts; a nominated deputy does not. Cancelled meetings are not counted. "
    "Seats not yet marked are expected but not attended.":
        "Dim ond presenoldeb personol sy'n cyfrif; nid yw dirprwy enwebedig yn cyfrif. Nid yw cyfarfodydd a "
        "ganslwyd yn cael eu cyfrif. Disgwylir seddi sydd heb eu marcio eto, ond nid ydynt wedi mynychu.",
    # -- case reviews, what is due, membership ---------------------------------------------
    "Case reviews": "Adolygiadau achos",
    "Kind": "Math",
    "Incident known": "Digwyddiad yn hysbys",
    "Notification (5 working days)": "Hysbysiad (5 diwrnod gwaith)",
    "Rapid review (15 working days more)": "Adolygiad cyflym (15 diwrnod gwaith arall)",
    "Review report (about 6 months)": "Adroddiad yr adolygiad (tua 6 mis)",
    "Published": "Cyhoeddwyd",
    "Closed": "Ar gau",
    # kinds of review (core/review_clocks.py): the statutory reviews' names, capitalised as Welsh guidance does
    "Rapid review": "Adolygiad cyflym",
    "Child safeguarding practice review": "Adolygiad Ymarfer Diogelu Plant",
    "Adult practice review": "Adolygiad Ymarfer Oedolion",
    "Safeguarding adults review": "Adolygiad Diogelu Oedolion",
    "Domestic homicide review": "Adolygiad Dynladdiad Domestig",
    "Other review": "Adolygiad arall",
    "Clocks as they stood on {day}, counted in working days":
        "Clociau fel yr oeddent ar {day}, wedi'u cyfrif mewn diwrnodau gwaith",
    "What is due": "Beth sy'n ddyledus",
    "Where": "Ble",
    "State": "Cyflwr",
    "On {day}: {count} thing to look at": "Ar {day}: {count} peth i edrych arno",
    "On {day}: {count} things to look at": "Ar {day}: {count} peth i edrych arnynt",
    "Membership": "Aelodaeth",
    "{group}: membership and terms of reference": "{group}: aelodaeth a chylch gorchwyl",
    "As at {day}": "Fel ar {day}",
    "Role": "Rôl",
    # a seat's role (core/seats.py), as the membership paper words it
    "Chair (non-voting)": "Cadeirydd (heb bleidlais)",
    "Vice-chair": "Is-gadeirydd",
    "Vice-chair (non-voting)": "Is-gadeirydd (heb bleidlais)",
    "Member": "Aelod",
    "Member (non-voting)": "Aelod (heb bleidlais)",
    "Adviser": "Cynghorydd",
    "Adviser (non-voting)": "Cynghorydd (heb bleidlais)",
    "Observer": "Sylwedydd",
    "Observer (non-voting)": "Sylwedydd (heb bleidlais)",
    "Secretariat": "Ysgrifenyddiaeth",
    "Secretariat (non-voting)": "Ysgrifenyddiaeth (heb bleidlais)",
    "In attendance, not a member": "Hefyd yn bresennol, nid yn aelod",
    "Nominated deputy": "Dirprwy enwebedig",
    "Since": "Ers",
    "Vacant": "Gwag",
    "Terms of reference": "Cylch gorchwyl",
    "not recorded": "heb ei gofnodi",
    "Members ({count} seats)": "Aelodau ({count} sedd)",
    "In attendance, not members (left out of attendance rates and quorum)":
        "Hefyd yn bresennol, nid aelodau (heb eu cynnwys yn y cyfraddau presenoldeb na'r cworwm)",
}

# Sentences the program makes with numbers and dates in them (a review
# clock's state, a line of "What is due"), worded in English by core/ and
# store/ for the window too: each pattern, whole-sentence, and its Welsh.
D: Final = r"(\d{2}/\d{2}/\d{4})"  # a date as those sentences write it
WELSH_SENTENCES: Final[tuple[tuple[str, str], ...]] = (
    (rf"Met on {D}", r"Cyflawnwyd ar \1"),
    (rf"Met on {D}, (\d+) working days? late", r"Cyflawnwyd ar \1, \2 diwrnod gwaith yn hwyr"),
    (r"Overdue by (\d+) working days?", r"Yn hwyr o \1 diwrnod gwaith"),
    (r"Overdue by (\d+) days?", r"Yn hwyr o \1 diwrnod"),
    (r"Due in (\d+) working days?", r"Yn ddyledus ymhen \1 diwrnod gwaith"),
    (r"Due in (\d+) days?", r"Yn ddyledus ymhen \1 diwrnod"),
    (r"Due today", r"Yn ddyledus heddiw"),
    (r"Starts when the incident is known", r"Yn dechrau pan fydd y digwyddiad yn hysbys"),
    (r"Starts when notification", r"Yn dechrau ar ôl yr hysbysiad"),
    (r"Starts when a review is decided", r"Yn dechrau pan benderfynir cynnal adolygiad"),
    (r"Not run: the review is closed", r"Heb ei redeg: mae'r adolygiad wedi cau"),
    (r"Not run for this kind of review", r"Heb ei redeg ar gyfer y math hwn o adolygiad"),
    (rf"Last updated {D}", r"Diweddarwyd ddiwethaf \1"),
    (r"Never updated", r"Heb ei diweddaru erioed"),
    (r"Held (\d+) days? ago", r"Cynhaliwyd \1 diwrnod yn ôl"),
    (r"No holder", r"Dim deiliad"),
    (rf"Notification due {D}", r"Hysbysiad yn ddyledus \1"),
    (rf"Rapid review due {D}", r"Adolygiad cyflym yn ddyledus \1"),
    (rf"Review report due {D}", r"Adroddiad yr adolygiad yn ddyledus \1"),
    # the sections of "What is due" (store/queries/due.py)
    (r"Review clocks running out", r"Clociau adolygu'n dod i ben"),
    (r"Actions overdue", r"Camau gweithredu hwyr"),
    (r"Actions due in the next (\d+) days", r"Camau gweithredu sy'n ddyledus yn y \1 diwrnod nesaf"),
    (r"Meetings held without minutes", r"Cyfarfodydd a gynhaliwyd heb gofnodion"),
    (r"Minutes not yet agreed", r"Cofnodion heb eu cytuno eto"),
    (r"Seats without a holder", r"Seddi heb ddeiliad"),
    (r"Plan rows not updated this quarter", r"Rhesi cynllun heb eu diweddaru'r chwarter hwn"),
)
# A clock's state and the day it is due: "Due in 3 working days (due 09/11/2026)".
DUE_SUFFIX: Final = (rf" \(due {D}\)", r" (yn ddyledus \1)")

MONTHS: Final = ("Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin", "Gorffennaf", "Awst", "Medi",
                 "Hydref", "Tachwedd", "Rhagfyr")
# The short forms Welsh calendars and council papers print.
SHORT_MONTHS: Final = ("Ion", "Chwef", "Maw", "Ebr", "Mai", "Meh", "Gorff", "Awst", "Medi", "Hyd", "Tach",
                       "Rhag")
