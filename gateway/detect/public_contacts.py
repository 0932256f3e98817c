"""Round 20. An office's public contact points, which the text gives as that office's: no one's own number, mailbox
or address. rules/lists.yaml allows the department's best-known ones by value; these are the many others (a port
office, a grants office's inbox, a consulate), recognised by what the text is and whose they are.

- In a text written for the public (an FAQ, a brochure, a flyer, a website, a footer, a newsletter): a phone number,
  a mailbox or a street address that an office named earlier in its sentence owns ("call the Port of Houston CBP
  office at …", "questions can go to OSLLE at OSLLE@… or …", "report it to the Joint Intake Center at …"). Not
  where a person is named in that sentence, where the words before it make it someone's own ("her cell", "my
  office line", "home address"), nor in a text that holds anyone's identifier (an SSN, a birth date, a passport).
  A mailbox counts only if every word of its local part is the office's own word in the sentence ("OSLLE",
  "Joint.Intake") or a team mailbox's ("info", "grants"); "ana.ruiz@…" is hers.
- In any text: the street address or the phone number right after a diplomatic mission's name ("Consulate General
  of Mexico, 27 E 39th St, …", "Honduran Embassy: …"), which the mission publishes.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from gateway.detect.findings import Finding
from gateway.detect.names_gazetteer import INSTITUTION_TAIL, gazetteer
from gateway.detect.recognizers.personal.email_name import ROLE_WORDS
from gateway.detect.recognizers.personal.ner import NOT_NAMES
from gateway.detect.sentences import sentence_end, sentence_start
from gateway.detect.text_memo import anywhere

_CONTACTS = frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS", "STREET_ADDRESS"})
# what a text for the public may hold besides its contact points: nothing that identifies a person
# (a person named in another sentence is not the contact point's: _a_person_in reads the sentence)
_PUBLIC_COMPANY = _CONTACTS | {"PERSON", "ORGANIZATION", "LOCATION", "DATE_TIME", "NRP", "URL"}
_PUBLIC_PIECE = re.compile(
    r"(?i)\b(?:faqs?|brochures?|pamphlets?|flyers?|fliers?|posters?|leaflets?|handouts?|websites?|web[ \t]?pages?"
    r"|footers?|signage|newsletters?|press[ \t]+releases?|fact[ \t]+sheets?|public[ \t]+notices?"
    r"|contact[ \t]+(?:us[ \t]+)?pages?|help[ \t]+pages?|notices?"
    # "these public field office locations", "the public contact numbers"
    r"|public[ \t]+(?:[\w-]+[ \t]+){0,3}(?:locations|addresses|contacts|numbers|lines|offices))\b"
)
# Round 20. An office's or a public building's address, which the words right before it give as the place's: "the
# customer-service center is at …", "Long Beach entry branch: …", "the Disaster Recovery Center, Main Library, …"
_PLACES = (
    r"center|centre|office|offices|station|command|desk|directorate|division|branch|headquarters|hq|facility"
    r"|terminal|checkpoint|airport|agency|bureau|department|library|hospital|clinic|museum|courthouse|port"
    # round 23: a benefits office ("OPM Retirement Services, P.O. Box 45, …"), a commission, a county's or a
    # parish's seat ("mail it to the parish at P.O. Box …")
    r"|services|administration|commission|parish|annex"
)
_OFFICE_THEN_ADDRESS = re.compile(
    # (not "the post office, PO Box …": a person's box)
    # round 23: or "at" alone ("the parish at …"), or the address in parentheses after the office's name ("the FCC
    # … Bureau (45 L Street NE, …)")
    rf"(?i)(?<!post[ \t])\b(?:{_PLACES})\b"
    r"(?:(?:[ \t]+(?:is|are)(?:[ \t]+located)?)?[ \t]+(?:at|on)|[ \t]*[:,(\u2013\u2014-])[ \t]*$"
)
# the model's persons that are an office's or a building's name ("Disaster Recovery Center", "Main Library")
_PLACE_TAIL = frozenset(_PLACES.split("|")) | INSTITUTION_TAIL | {"library", "hospital", "museum"}
# words before a contact point that make it a person's own, or a person's place
_OWN_BEFORE = re.compile(
    r"(?i)\b(?:my|his|her|their|your|personal|home|cell|mobile|direct|private|residence|resides|lives|living)\b"
)
_WORD = re.compile(r"[^\W\d_]+")
# an office's name: an acronym the name readers skip ("CBP", "OSLLE") or an office's last word ("Center", "office")
_ACRONYM = re.compile(r"\b[A-Z]{2,8}\b")
_REPORTED = 0.5


def public_contact_points(text: str, findings: Sequence[Finding]) -> set[Finding]:
    """The contact points that belong to an office or a mission, by the text's own words."""
    contacts = [f for f in findings if f.entity_type in _CONTACTS]
    if not contacts:
        return set()
    out: set[Finding] = set()
    for f in contacts:
        mission = _mission_before(text, f, findings) if f.entity_type != "EMAIL_ADDRESS" else None
        if mission is not None:
            # with the mission's words the model read as a person's ("Consulate General")
            out |= {f, *(g for g in findings if g.entity_type == "PERSON" and _inside(g, mission))}
    # (a person's identifier in the text: its contact points may be that person's)
    if not any(f.entity_type not in _PUBLIC_COMPANY and f.score >= _REPORTED for f in findings):
        # round 21: or a text that names no one at all and says how an office is reached ("The FOIA Office can be
        # reached at …", "requests go to the Privacy Office, …"): not a caller's or a tipster's number
        public = anywhere(_PUBLIC_PIECE, text) or (
            anywhere(_OFFICE_REACHED, text) and not _a_person_in(text, findings, 0, len(text))
        )
        out |= _offices_points(text, findings, contacts, public)
    return out | _street_words(text, findings, out)


def _offices_points(text: str, findings: Sequence[Finding], contacts: Sequence[Finding], public: bool) -> set[Finding]:
    out = set()
    for f in contacts:
        start = sentence_start(text, f.start)
        if _a_person_in(text, findings, start, sentence_end(text, f.end)) or _OWN_BEFORE.search(text, start, f.start):
            continue
        if f.entity_type == "STREET_ADDRESS" and _OFFICE_THEN_ADDRESS.search(text, max(0, f.start - 40), f.start):
            out.add(f)
            continue
        if not public:
            continue
        owner = _owner_words(text, findings, start, f.start)
        if not owner and start > 0 and _CONTACT_LABEL.fullmatch(text, start, f.start):
            # round 21: a line of its own, only its label before it ("… the DHS Privacy Office, …. Phone 202-…"):
            # the sentence before names the owner
            owner = _owner_words(text, findings, sentence_start(text, start - 1), start)
        if not owner:
            continue
        # a mailbox may bear the office's place too ("tucson.grants@…" after "the Tucson field office")
        owner |= _found_words(text, findings, "LOCATION", start, f.start)
        if f.entity_type == "EMAIL_ADDRESS" and not _an_offices_mailbox(
            text[f.start : f.end], owner, text[start : f.start]
        ):
            continue
        out.add(f)
    return out


def _street_words(text: str, findings: Sequence[Finding], released: set[Finding]) -> set[Finding]:
    """The PERSON findings inside a released address ("N. Sam Houston Pkwy"), which the address no longer covers,
    and their words' other mentions that the name readers carried ("the Port of Houston")."""
    addresses = [f for f in released if f.entity_type == "STREET_ADDRESS"]
    inside = {
        g
        for g in findings
        if g.entity_type == "PERSON" and any(a.start <= g.start and g.end <= a.end for a in addresses)
    }
    if not inside:
        return set()
    words = {w for g in inside for w in text[g.start : g.end].split()}
    return inside | {g for g in findings if g.entity_type == "PERSON" and set(text[g.start : g.end].split()) <= words}


def _a_person_in(text: str, findings: Sequence[Finding], start: int, end: int) -> bool:
    """A reported person between ``start`` and ``end``: not a street's words inside an address ("Sam Houston Pkwy"),
    nor an office's or a building's name that the model took for a person's ("Disaster Recovery Center")."""
    return any(
        g.entity_type == "PERSON"
        and g.score >= _REPORTED
        and start <= g.start < end
        and not any(c.entity_type in _CONTACTS and c.start <= g.start and g.end <= c.end for c in findings)
        and text[g.start : g.end].split()[-1].lower().strip(".,;:") not in _PLACE_TAIL
        for g in findings
    )


def _owner_words(text: str, findings: Sequence[Finding], start: int, end: int) -> set[str]:
    """The words of the offices named between ``start`` and ``end``: organisations the model found, acronyms of
    agencies and offices, and the words before an office's last word ("the port office")."""
    words = _found_words(text, findings, "ORGANIZATION", start, end)
    g = gazetteer()
    for m in _ACRONYM.finditer(text, start, end):
        if m.group().lower() in NOT_NAMES or (len(m.group()) >= 3 and not g.is_name_word(m.group())):
            words.add(m.group().lower())
    for m in _WORD.finditer(text, start, end):
        if m.group().lower() in INSTITUTION_TAIL:
            words.add(m.group().lower())
    return words


def _found_words(text: str, findings: Sequence[Finding], entity_type: str, start: int, end: int) -> set[str]:
    return {
        w.lower()
        for g in findings
        if g.entity_type == entity_type and g.score >= _REPORTED and start <= g.start and g.end <= end
        for w in _WORD.findall(text[g.start : g.end])
    }


def _an_offices_mailbox(address: str, owner: set[str], before: str) -> bool:
    """Every word of the local part is the office's, a team mailbox's, or a word of the sentence before it that is
    no one's name ("training questions … OTIA.Training@…")."""
    local = address.rpartition("@")[0].lower()
    pieces = [p for p in re.split(r"[._+-]+", local) if p]
    said = {w.lower() for w in _WORD.findall(before)}
    g = gazetteer()
    return bool(pieces) and all(
        p in owner or p in ROLE_WORDS or p in _TEAM_WORDS or (p in said and not g.is_name_word(p)) for p in pieces
    )


_OFFICE_REACHED = re.compile(
    r"(?i)\b(?:(?:can|may)[ \t]+be[ \t]+(?:reached|contacted)|(?:requests?|inquiries|enquiries|questions|complaints"
    r"|appeals)[ \t]+(?:go|goes|should[ \t]+go|(?:can|may|should)[ \t]+be[ \t]+(?:sent|mailed|directed))[ \t]+to)\b"
)
_CONTACT_LABEL = re.compile(
    r"(?i)[ \t]*(?:phone|tel(?:ephone)?|fax|e-?mail|call|toll[ \t-]+free|tty|hotline)\.?(?:[ \t]+(?:no\.?|number))?"
    r"[ \t]*:?[ \t]*"
)
# team mailboxes' words besides email_name.py's role words
_TEAM_WORDS = frozenset(
    """grants grant intake tips tip hotline questions question ask requests request reports report mail webmaster
    general main""".split()  # noqa: SIM905 - a word list reads better as text
)
# Round 20. A diplomatic mission's name right before its address or number, only the mission's words between
_MISSION_BEFORE = re.compile(
    r"(?:(?:Consulate(?:[ \t]+General)?|Embassy|High[ \t]+Commission|Permanent[ \t]+Mission|Consular[ \t]+Section)"
    r"[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z][\w'.-]*(?:[ \t]+(?:[A-Z][\w'.-]*|and|of))*"
    r"|[A-Z][\w'.-]*(?:[ \t]+[A-Z][\w'.-]*)?[ \t]+(?:Embassy|Consulate(?:[ \t]+General)?))"
    r"(?:[ \t]+(?:in|at)[ \t]+[A-Z][\w'.-]*(?:[ \t]+[A-Z][\w'.-]*)?)?[ \t]*[,:\u2013\u2014-][ \t]*$"
)


def _mission_before(text: str, f: Finding, findings: Sequence[Finding]) -> tuple[int, int] | None:
    """The span of the mission's name right before ``f``, if no one is named before it in its sentence."""
    m = _MISSION_BEFORE.search(text, max(0, f.start - 90), f.start)
    if m is None:
        return None
    others = [g for g in findings if not (g.entity_type == "PERSON" and _inside(g, m.span()))]
    return None if _a_person_in(text, others, sentence_start(text, m.start()), f.start) else m.span()


def _inside(g: Finding, span: tuple[int, int]) -> bool:
    return span[0] <= g.start and g.end <= span[1]
