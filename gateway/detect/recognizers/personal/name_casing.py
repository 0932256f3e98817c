"""PERSON outside clean Title Case prose, where the small NER model reads names poorly: the name lists
(names_gazetteer.py) decide what its casing alone cannot.

- ALL CAPS runs (``NGUYEN VAN THANH``), at least two of their words given names or surnames;
- manifest order ``KOZLOWSKI/BARTOSZ MR``;
- ``SURNAME, Given`` and ``Surname, Given Middle`` (``BELLO, Abdulrahman``, ``Pham, Quoc Bao``), one word known,
  or two or more such entries in a list;
- lower case (``ask john merriweather``): after a word that introduces a person, a frequent given name and a
  word that is not an everyday one; after a cue that surely does ("mr", "my cousin", "this is"), two words of
  which one is in the lists or both are spelled as names of under-listed origins are (``keoni kahananui``);
- Vietnamese ``Surname Văn|Thị Given`` and Korean ``Surname Syl-lable`` names in any case, and names in Arabic
  script, Hangul or after a Chinese salutation inside Latin-script text (name_shapes.py);
- a list entry ``Name — address``;
- Title Case ``Wilfredo Rosado Figueroa`` where the model saw no name: a frequent given name and one or two words
  the lists know, none an everyday, place or organisation word, and no place the model found there.

A line with a marking (``//``) or a run made of everyday words is not read as names.
"""

from __future__ import annotations

import bisect
import re

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from spacy.lang.en.stop_words import STOP_WORDS

from gateway.detect.name_shapes import (
    irish_names,
    korean_names,
    native_script_names,
    slavic_patronymic_names,
    vietnamese_names,
    vietnamese_title_names,
)
from gateway.detect.names_gazetteer import (
    INSTITUTION_TAIL,
    PLACE_HEADS,
    PLACE_TAIL,
    Gazetteer,
    english_word,
    english_words,
    fold,
    gazetteer,
    names_a_place,
    region_names,
    spelled_like_a_name,
)
from gateway.detect.recognizers.anchored import Anchor, AnchoredRegex
from gateway.detect.recognizers.base import own_result
from gateway.detect.recognizers.personal.ner import NOT_NAMES, ORG_WORDS
from gateway.detect.text_memo import remembered

SCORE = 0.7
LIST_SCORE = 0.75
_PARTICLES = frozenset({"van", "de", "del", "da", "dos", "bin", "binti", "al", "el", "le", "la", "thi", "von"})
_CAPS_RUN = re.compile(r"(?<![\w/])[A-Z][A-Z'-]{1,}(?:[ \t]+[A-Z][A-Z'-]{1,}){1,3}(?![\w/])")
_MANIFEST = re.compile(
    r"(?<![\w/])([A-Z][A-Z'-]{1,})/([A-Z][A-Z'-]{1,}(?:[ \t][A-Z][A-Z'-]+)?)(?=[ \t]+(?:MR|MRS|MS|MISS|MSTR|DR)\b)"
)
_COMMA_NAME = re.compile(
    r"(?<![\w,])([A-Z][A-Za-z'-]+|[A-Z]{2,}),[ \t]+"
    r"([A-Z][a-z'-]+(?:[A-Z][a-z'-]+)?(?:[ \t]+[A-Z][a-z'-]+){0,2})(?![\w])"
)
# ``CHEN, GUOQIANG`` (a manifest, a CBP record): a listed surname in capitals, a given name in capitals
# (not an item of a list of codes: "SJU, GUM, ANC")
_CAPS_COMMA_NAME = re.compile(
    # round 25: a surname's particle before it ("ST. FLEUR, MARIE", "DE LA CRUZ, ANA")
    r"(?<![\w,.])(?<!,[ \t])((?:(?:ST|STE|SAINT|DE|DEL|DE LA|DELA|LA|LE|VAN|VON|DA|DOS|DI)\.?[ \t]+)?"
    r"[A-Z]{2,}(?:[-'][A-Z]+)?),[ \t]+([A-Z]{4,}(?:[ \t-][A-Z]{3,})?)(?![\w,]|[ \t]*[,;/])"
)
# Round 25. Where a roster's "SURNAME, GIVEN" entry stands: at a line's start (after a number or a bullet), or after
# a label's colon ("DECIDING OFFICIAL: ABERNETHY-KANE, SUSAN")
_CAPS_ENTRY_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:[-*\u2022]|\d{1,4}[.)]?)?[ \t]*$|:[ \t]*$")
# the last item of a list of words in capitals after the pair: "ORION, VEGA and SIRIUS" (not "and LI, WEI")
_CAPS_LIST_END = re.compile(r"[ \t]+(?:and|or|&)[ \t]+[A-Z]{2,}(?![\w,])")
# Cheap first looks (a literal first, so the scan is fast) before the patterns that need the whole text
_CAPS_COMMA_HINT = re.compile(r",[ \t]+[A-Z]{4,}")
_LOWER_LIST_HINT = re.compile(r",[ \t]+[a-z]{3,}[ \t]+[a-z]{3,}(?:,|;|[ \t]+and[ \t])")
# A lower-case list of names: "capitalise these: ana reyes, joel santos, liza cruz"
_LOWER_ENTRY = r"(?!and\b)[a-z][a-z'-]{2,}[ \t]+[a-z][a-z'-]{2,}(?:[ \t]+(?!and\b)[a-z][a-z'-]{2,})?"
_LOWER_ENTRY_RE = re.compile(_LOWER_ENTRY)
_LOWER_LIST = re.compile(
    rf"(?<![\w@.'-]){_LOWER_ENTRY}(?:[ \t]*(?:,|;|,?[ \t]+and)[ \t]+{_LOWER_ENTRY}){{1,}}(?![\w@'-])"
)
# A given name alone before a verb only a person takes, or after one: "Aisha can cover Tuesday", "I asked Tunde"
_SOLO_BEFORE_VERB = re.compile(
    r"(?<![\w.'@-])([A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?:,)?[ \t]+(?=(?:(?:just|already|also|finally|literally|still"
    r"|actually|apparently)[ \t]+)?(?:can|can't|cannot|could|couldn't|will|won't|would"
    r"|said|says|called|phoned|emailed|texted|asked|told|wrote|replied|mentioned|agreed|confirmed|offered|volunteered"
    r"|forgot|dm'd|dmed|messaged|pinged)"
    r"[ \t]+[a-z])"
)
# A word in name position opening a chat sentence, lower case as chats are written: "omg hibaaq forgot her card"
_LOWER_SOLO = re.compile(
    r"(?:^|[.!?\n][ \t]*|\b(?:yo|omg|lol|lmao|ok|okay|so|hey|ugh|btw|wait|and|but|also)[ \t,]+)"
    r"([a-z][a-z'-]{2,})[ \t]+(?=(?:(?:just|already|also|finally|literally|still|actually|apparently)[ \t]+)?"
    r"(?:said|says|called|texted|forgot|lost|asked|told|wrote|messaged|pinged|emailed|dm'd|dmed)[ \t]+[a-z])"
)
# a pronoun later in the same sentence that vouches for a person: "… said the potluck is at her place"
_PRONOUN_LATER = re.compile(r"[^.?!\n]{0,80}?\b(?:he|she|her|him|his)\b")
# A name in Chinese or Korean script right before an identifier's label: "김서연 여권번호 …", "王伟 护照号 …"
_NATIVE_BEFORE_ID = re.compile(
    r"(?<![\u4e00-\u9fff\uac00-\ud7af])([\u4e00-\u9fff]{2,4}|[\uac00-\ud7af]{2,4})[ \t]+"
    r"(?=여권번호|여권|전화번호|전화|휴대폰|주민등록번호|생년월일|외국인등록번호|护照号|护照|電話|电话|手机|身份证|出生日期)"
)
_PRONOUN_AFTER = re.compile(r",?[ \t]+and[ \t]+(?:he|she)[ \t]+[a-z]")
_SOLO_AFTER_VERB = re.compile(
    r"\b(?:asked|ask|told|tell|thank|thanked|cc|CC|Cc|cc'd|ping|pinged|emailed|texted|text|remind|reminded|paged|messaged)"
    r"[ \t]+([A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?![\w'-]|[ \t]+[A-Z])"
)
_NEXT_LOWER = re.compile(r"[ \t]+([a-z][a-z'-]{2,})(?![\w@'-])")
# overlapping: every word with the next one
_LOWER_PAIR = re.compile(r"(?<![\w@.'-])([a-z][a-z'-]{2,})(?=[ \t]+([a-z][a-z'-]{2,})(?![\w@'-]))")
# Words after which a lower-case name is surely a person's ("mr mahmoud al-khatib", "my cousin leilani akana"):
# one of the two words a name in the lists is enough.
_STRONG_LOWER_CUE = re.compile(
    r"(?:\b(?:mr|mrs|ms|dr|w/|this[ \t]+is|name[ \t]+is|i[ \t]+am|i'm|(?:my|our|his|her|their)[ \t]+(?:husband|wife"
    r"|spouse|son|daughter|mother|father|mom|dad|brother|sister|cousin|uncle|aunt|friend|neighbor|client|coworker"
    r"|co-worker|colleague|teammate|boss|manager|supervisor|lead|grandmother|grandfather|nephew|niece|fiance"
    r"|fiancee|partner),?"
    # a meeting with one person: "1:1 with hope jenkins", "one-on-one w/ …"
    r"|(?:1[:-]1|1[ \t-]on[ \t-]1|one[ \t-]on[ \t-]one|skip[ \t-]level)[ \t]+(?:with|w/)"
    # a caller saying who they are: "hi its rich thornbury out at …"
    r"|(?:hi|hey|hello|yo)[ \t,]+(?:it'?s|its)"
    # round 25: a role or a case's shorthand for the person it is about, as fast chat writes it ("chief dana
    # okafor-lee from the county", "pt is ramon quispe", "pax oyelaran tunde"), and "a guy …" of a voicemail
    r"|(?:chief|medic|pt|pax|subj|caller)(?:[ \t]+(?:is|was|named))?"
    # round 27: an officer in chat shorthand, a parcel's addressee ("ofc …", "addressed to …"), and a ticket line's
    # user, only as the line's first word ("user … (email) says …"; not "the user asked"); not "sgt" ("the sgt
    # major course"), "deputy" ("deputy chief of staff")
    r"|ofc|addressee|addressed[ \t]+to|(?<![^\n])user"
    r"|(?:a|this)[ \t]+(?:guy|lady|gentleman|woman|man)(?:[ \t]+(?:named|called))?)\.?[ \t]+)$"
)
# The same said after the name: "noor al-sayed is my new lead", "dana ruiz was my supervisor"
_STRONG_LOWER_CUE_AFTER = re.compile(
    r"[ \t]+(?:is|was|'s)[ \t]+(?:my|our)[ \t]+(?:new[ \t]+|old[ \t]+|former[ \t]+)?(?:lead|team[ \t]+lead|boss"
    r"|manager|supervisor|coworker|co-worker|colleague|teammate|mentor|friend|neighbor|client|cousin|sister|brother"
    r"|husband|wife|partner|roommate)\b"
)
# A lower-case given name alone after a kinship word ("his wife rowena's EAD")
_KIN_LOWER = re.compile(
    r"\b(?:my|our|his|her|their)[ \t]+(?:husband|wife|spouse|son|daughter|mother|father|brother|sister|cousin"
    r"|fiance|fiancee|partner)[ \t]+([a-z][a-z'-]{2,}?)(?:'s)?(?![\w@-])"
)
# Round 23. ... also one that is an everyday word ("my wife june says", "her son chase was"), where a verb only a
# person takes follows it (not a modal: "my son will call")
_KIN_VERB_AFTER = re.compile(
    r"(?:'s)?[ \t]+(?:says|said|asked|told|thinks|thought|wants|wanted|called|texted|is|was|has|had|works|lives"
    r"|needs|keeps|got|gets|took|went|came|left|[a-z]{3,}ed)\b"
)
# a generation's suffix after a name, lower case or not: "jr", "Sr.", "iii"
_GENERATION = re.compile(r",?[ \t]+((?:jr|sr|Jr|Sr|JR|SR)\.?|(?:ii|iii|iv|II|III|IV))(?![\w-])")


def _kin_common_given(text: str, m: re.Match[str]) -> bool:
    """Round 23. An everyday given name after a kinship word, before a person's verb ("my wife june says")."""
    return m.group(1) not in STOP_WORDS and _KIN_VERB_AFTER.match(text, m.end(1)) is not None


_ENGLISH_SUFFIXES = ("ment", "tion", "sion", "ness", "ity", "ing", "ance", "ence", "ship", "ery", "ure", "age")
_CLAUSE_START = re.compile(r"(?:^|[.:;!?\n])[ \t]*$")
_SPEECH_AFTER = re.compile(
    r"[ \t]+(?:called|phoned|emailed|texted|said|says|asked|told|wrote|came|stopped[ \t]+by|reported|stated)\b"
)
# Words after which a lower-case given name and a word are a person ("ask john merriweather", "cc dana x").
_LOWER_CUE = re.compile(
    r"(?:\b(?:ask|asked|cc|to|for|with|from|call|called|email|emailed|text|tell|told|remind|invite|message|contact"
    r"|and|by|thank|thanks|meet|met|about|hi|hello|dear|interviewed|interview|visited|spoke[ \t]+(?:to|with))[ \t]+)$"
)
# Everyday words the census also lists as surnames; a lower-case pair ending in one is prose.
_NOT_SURNAME = frozenset(
    """said says asked told called went came left made sent got gave took wrote reported added noted replied
    wants needs likes will can may must should would could shall might does did has had have was were are is
    here there then than when where while about again also only just even still very more most less least
    soon today tomorrow yesterday tonight please thanks thank hello hi dear team office number numbers
    les des une que pour avec los las una por con der die das und""".split()  # noqa: SIM905
)


# A line of two to four name words right above an address line (a mailing label, an envelope).
_ABOVE_ADDRESS = re.compile(
    r"(?m)^[ \t]*(?:(?:To|Attn|ATTN|Attention|Recipient|Addressee)[ \t]*:[ \t]*)?"
    r"((?:[A-Z][a-z'-]+|[A-Z]\.)(?:[ \t]+(?:[A-Z][a-z'-]+|[A-Z]\.|de|del|la|van|von)){1,3})[ \t]*\r?\n"
    r"[ \t]*(?=\d{1,6}[ \t]+\w|(?:Urb|PSC|CMR|Unit|P\.?[ \t]?O\.?[ \t]+Box|RR|HC|Apt|Calle|Rue|Lot[ \t]+\d)\b)"
)

# A list entry of a name, a dash or bar and an address or a record's number ("Dana Whitfield — 41 Elm Rd, Apt 2",
# "Wilner Joseph - A-204-118-903 - 1990-02-11", "Ana Ruiz | 301-52-8846")
_NAME_WORD = r"(?:[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'-]+|[A-Z]\.)"
_BEFORE_ADDRESS = re.compile(
    rf"(?m)^[ \t]*(?:[-*•][ \t]+)?({_NAME_WORD}(?:[ \t]+(?:{_NAME_WORD}|de|del|la|van|von)){{1,3}})"
    r"[ \t]+[\u2014\u2013|-][ \t]+(?=\d{1,6}[ \t]+\w|(?:Urb|PSC|CMR|Unit|P\.?[ \t]?O\.?[ \t]+Box|RR|HC)\b"
    r"|[A-Z]{1,3}[-#]?[ \t]?\d{3}|\d{2,4}[-/.]\d{2}[-/.]\d{2,4}\b)"
)

PAIR_SCORE = 0.65
# Capitalised words of any Latin script (checked word by word with str.isupper/islower: cheaper than \p{Lu})
_TITLE_WORD = r"[A-ZÀ-ÖØ-ÞĀ-ž][^\W\d_]+(?:[-'\u2019][^\W\d_]+)*"
# a quote around the run is allowed ('Lakshmi Ramaswamy' in SQL), an apostrophe inside a word is not
_TITLE_RUN = re.compile(rf"(?<![\w.-])(?<!\w'){_TITLE_WORD}(?:[ \t]+{_TITLE_WORD}){{1,3}}(?![\w-]|'\w)")
_THE_BEFORE = re.compile(r"(?i)\bthe[ \t]+$")
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC", "LOCATION"})
_PLACE_OR_ORG = frozenset(
    """station street avenue road park county city university college center centre hall building airport
    hospital bridge beach island river lake mountain valley heights falls springs harbor harbour port bay
    school church district region state states republic kingdom""".split()  # noqa: SIM905 - a word list reads better as text
)


_VERB_ENDINGS = ("ed", "ing")
# Verbs the surname lists also hold, which follow a given name in a sentence ("my son works nights")
_VERBS_AFTER_NAME = frozenset(
    "lives works knows loves moved lost forgot thinks keeps runs helps starts stays leaves misses plays".split()  # noqa: SIM905
)
_SURNAME_PREFIX = re.compile(r"^(?:al|el|abu|abd|bin|ibn|ben|ould|de|di|da|van|von|le|la|mc|mac|o)[-']")


def _acronym(g: Gazetteer, word: str) -> bool:
    """Two or three capitals without a vowel that no surname list holds ("PKS", "LTS"; not "NG")."""
    return word.isupper() and len(word) <= 3 and not any(c in "AEIOUY" for c in word) and not g.is_surname(word)


def _name_word(g: Gazetteer, word: str) -> bool:
    """A word the lists know (not an everyday one), also after a particle joined by a hyphen ("al-sayed")."""
    if _known(g, word):
        return True
    m = _SURNAME_PREFIX.match(word)
    return m is not None and len(word) - m.end() >= 3 and _known(g, word[m.end() :])


_LIST_GAP = re.compile(r"[ \t]*(?:,|;)[ \t]*(?:(?:and|or|&)[ \t]+)?(?:[\w-]+[ \t]+){0,2}")


def _next_in_a_list_of_people(text: str, person_ends: list[int], start: int) -> bool:
    """Whether a name the model calls a place follows, in the same list, one it calls a person: "Mon José Luis
    Barrientos, weekend on-call Ximena Caldera" (a comma or semicolon and at most two words between)."""
    i = bisect.bisect_right(person_ends, start) - 1
    if i < 0 or start - person_ends[i] > 40:
        return False
    gap = _LIST_GAP.fullmatch(text, person_ends[i], start)
    return gap is not None


# Round 23. A roster of "post: name" lines ("Tribal COML: Dorsey Begay⏎County COMT: Hollis Pickering"): the
# label before the name, and the line's end (or a comma) after it
_ROSTER_LABEL = re.compile(r"[ \t]*[A-Z][\w./&-]*(?:[ \t]+[\w./&-]+){0,3}[ \t]*:[ \t]*")
_ROSTER_END = re.compile(r"[ \t]*(?:,[^\n]*)?(?:\n|$)")


def _in_a_roster_of_people(text: str, person_ends: list[int], start: int, end: int) -> bool:
    """Round 23. Whether a name the model calls a place is the value of a "post: name" line next to another such
    line whose name the model calls a person."""
    line_start = text.rfind("\n", 0, start) + 1
    if _ROSTER_LABEL.fullmatch(text, line_start, start) is None or _ROSTER_END.match(text, end) is None:
        return False
    before = text.rfind("\n", 0, max(0, line_start - 1)) + 1  # the line above
    after_end = text.find("\n", end)
    after = len(text) if after_end < 0 else text.find("\n", after_end + 1)
    after = len(text) if after < 0 else after  # the line below ends here
    for lo, hi in ((before, max(before, line_start - 1)), (after_end + 1 if after_end >= 0 else len(text), after)):
        if hi <= lo or ":" not in text[lo:hi]:
            continue
        i = bisect.bisect_left(person_ends, lo + 1)
        if i < len(person_ends) and person_ends[i] <= hi:
            return True
    return False


def _not_name_word(word: str) -> bool:
    w = word.lower()
    return w in STOP_WORDS or w in ORG_WORDS or w in NOT_NAMES or w in _PLACE_OR_ORG


def _plain_english(words: list[str], g: Gazetteer) -> bool:
    """Words in capitals that are all English ones, none a given name (``CREW LIST CHECK``), or an armour line's."""
    bare = [w.strip(".,:;'\"()!?-") for w in words]
    if _armour(words):
        return True
    return all(w.isalpha() and english_word(w) for w in bare) and not any(g.is_given(w) for w in bare)


def _armour(words: list[str]) -> bool:
    """The label of a PEM or PGP armour line (RFC 7468): "BEGIN PUBLIC KEY", "END CERTIFICATE"."""
    return bool(words) and words[0].strip("-'\"") in ("BEGIN", "END")


def _plural_noun(word: str) -> bool:
    return english_word(word) or (len(word) > 3 and word.endswith("s") and english_word(word[:-1]))


def _english_like(word: str) -> bool:
    return word.endswith(_ENGLISH_SUFFIXES) or word in STOP_WORDS


def _spelled_given(word: str, g: Gazetteer) -> bool:
    """Round 20. A word spelled as given names of under-listed origins are ("xadiija"), no English or everyday one."""
    return spelled_like_a_name(word) and not english_word(word) and not g.is_common(word) and word not in STOP_WORDS


def _known(g: Gazetteer, word: str) -> bool:
    return g.is_name_word(word) and not g.is_common(word)


# a bullet or number, and a surname's particle ("dela Cruz, Maria")
_ENTRY_BEFORE = re.compile(
    r"(?:^|\n)[ \t]*(?:[-*•]|\d{1,3}[.)])?[ \t]*(?:(?:de|dela|del|de[ \t]+la|delos|van|von|da|di|le|la|al|el)[ \t]+)?$"
    r"|;[ \t]*$"
)
# end of line, ";", a column gap, or a dash or bar before the entry's next field ("Eklund, Lars - MPC-26-02")
# (round 20: or a date of birth's label, as a roster line gives it: "Garcia Lozano, Ximena DOB 1990-04-12")
_ENTRY_AFTER = re.compile(
    r"[ \t]*(?:$|\n|;)|[ \t]{2,}|\t|[ \t]+[-\u2013\u2014|][ \t]|[ \t]+(?:DOB|D\.O\.B\.|born|b\.)[ \t:]"
)
# Round 20. The first of two surnames before ``Surname, Given`` at the start of an entry: "Garcia Lozano, Ximena"
_FIRST_SURNAME = re.compile(r"(?:^|\n)[ \t]*(?:[-*\u2022][ \t]+|\d{1,3}[.)][ \t]+)?([A-Z][a-z'-]{2,})[ \t]+$")


def _alone(text: str, start: int, end: int) -> bool:
    """An entry of a list: alone on its line (after a bullet or number) or between semicolons."""
    before = _ENTRY_BEFORE.search(text, max(0, start - 8), start)
    return before is not None and _ENTRY_AFTER.match(text, end) is not None


# Round 26. A record's "Surname, Given" field right before its date of birth, after a comma or a column gap
# ("- Bondarchuk, Taras, DOB 2031-06-07", "SEVIS N0031847265, Adeyemi, Toluwalase, DOB …", an R or pandas row
# "A209930146   Rahmany, Abdulwahid 1979-01-01"): no place or list of things is dated so
_DATED_ENTRY_AFTER = re.compile(
    r",?[ \t]+(?:(?:DOB|D\.O\.B\.|dob|born|b\.)[ \t:]|(?:19|20)\d\d-[01]\d-[0-3]\d\b"
    r"|[01]?\d/[0-3]?\d/(?:19|20)\d\d\b)"
)
# after a line's start, a bullet or number, a column gap, or an identifier's field and its comma
_DATED_ENTRY_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:[-*\u2022]|\d{1,4}[.)]?)?[ \t]*$|[ \t]{2,}$|\t$|\d,[ \t]*$")


def _dated_entry(text: str, start: int, end: int, words: list[str]) -> bool:
    """No word English or a country's or state's ("Lagos, Nigeria 2020-01-02", "Victoria, British Columbia")."""
    return (
        _DATED_ENTRY_AFTER.match(text, end) is not None
        and _DATED_ENTRY_BEFORE.search(text, max(0, start - 40), start) is not None
        and not any(english_word(w.lower()) or fold(w) in region_names() for w in words)
        and fold(" ".join(words[1:])) not in region_names()
    )


class NameCasingRecognizer(EntityRecognizer):
    def __init__(self) -> None:
        super().__init__(supported_entities=["PERSON"], name="NameCasingRecognizer", context=[])

    def load(self) -> None:
        gazetteer()  # read the lists when the detector is built, not on the first request
        region_names()
        english_words()

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        if "PERSON" not in entities:
            return []
        g = gazetteer()
        spans: list[tuple[int, int, float]] = []
        if any(c.isupper() for c in text):
            spans += self._caps(text, g)
            spans += [(m.start(), m.end(2), 0.8) for m in _MANIFEST.finditer(text)]
            spans += self._comma_names(text, g)
            if _CAPS_COMMA_HINT.search(text):
                spans += self._caps_comma_names(text, g)
        if not text.isascii():
            spans += [
                (m.start(1), m.end(1), SCORE)
                for m in _NATIVE_BEFORE_ID.finditer(text)
                if m.group(1)[0] in g.native_surnames
            ]
        spans += self._lower(text, g)
        spans += _lower_unlisted_words(text, g)
        spans += _title_unlisted_words(text, g)
        if any(c.isupper() for c in text):
            spans += _caps_name_runs(text, g)
        if _LOWER_LIST_HINT.search(text):
            spans += self._lower_list(text, g)
        spans += self._title_pairs(text, g, nlp_artifacts)
        spans += self._solo_given(text, g)
        spans += _title_common_given(text, g)
        spans += _role_lower_names(text, g)
        if any(c.isupper() for c in text):
            spans += _role_title_names(text, g)
            spans += _contact_title_names(text, g)
            spans += _bare_initial_names(text, g)
        spans += [(m.start(1), m.end(1), SCORE) for m in _ABOVE_ADDRESS.finditer(text) if not self._all_common(m, g)]
        spans += [
            (m.start(1), m.end(1), SCORE)
            for m in _BEFORE_ADDRESS.finditer(text)
            if not self._all_common(m, g)
            and not any(_not_name_word(w) for w in m.group(1).split())
            and any(_known(g, w) for w in m.group(1).split())
        ]
        spans += [
            (s, e, SCORE)
            for s, e in (
                *vietnamese_names(text),
                *vietnamese_title_names(text),
                *korean_names(text),
                *slavic_patronymic_names(text),
                *native_script_names(text),
                *irish_names(text),
            )
            if not self._marking_line(text, s)
        ]
        return [self._result(s, e, score) for s, e, score in spans]

    @staticmethod
    def _marking_line(text: str, pos: int) -> bool:
        start = text.rfind("\n", 0, pos) + 1
        end = text.find("\n", pos)
        return "//" in text[start : end if end >= 0 else len(text)]

    def _caps(self, text: str, g: Gazetteer) -> list[tuple[int, int, float]]:
        out = []
        for m in _CAPS_RUN.finditer(text):
            words = m.group(0).split()
            known = [w for w in words if _known(g, w)]
            if len(known) < 2 or any(g.is_common(w) and w.lower() not in _PARTICLES for w in words):
                continue
            if any(w.lower() in NOT_NAMES for w in words) or _plain_english(words, g):
                continue  # "FEMA IA", "CBP SSN": acronyms the lists happen to hold
            if self._marking_line(text, m.start()):
                continue
            out.append((m.start(), m.end(), SCORE))
        return out

    def _comma_names(self, text: str, g: Gazetteer) -> list[tuple[int, int, float]]:
        found = []
        for m in _COMMA_NAME.finditer(text):
            surname, given = m.group(1), m.group(2)
            if _acronym(g, surname):
                continue  # round 16: "Experion PKS, Rockwell FactoryTalk": a product's acronym before a list's comma
            words = [surname, *given.split()]
            common = [w for w in words if w.lower() not in _PARTICLES and g.is_common(w)]
            # "Pacquing, Joy": a given name that is an everyday word, counted only among other such entries
            everyday_pair = common and (surname in common or not all(g.is_frequent_given(w) for w in common))
            # round 23: "His supervisor GRANT, Rose": a role right before a surname in capitals, both everyday words
            roled = (
                surname.isupper()
                and g.is_surname(surname)
                and all(g.is_frequent_given(w) for w in given.split())
                and _ROLE_BEFORE.search(text, max(0, m.start() - 30), m.start()) is not None
            )
            if roled:
                found.append((m.start(), m.end(), 2, True, False))
                continue
            if everyday_pair and not _caps_everyday_surname(surname, given, g):
                continue
            known = sum(_known(g, w) for w in words)
            if known == 0 and all(english_word(w) and not g.is_given(w) for w in given.split()):
                # round 17: "HIAS, Lutheran Immigration": no listed name word, the "given" words English and none
                # a given name ("Pacquing, Joy" is hers)
                continue
            start = m.start()
            first = _FIRST_SURNAME.search(text, max(0, start - 40), start)
            lead = first.group(1) if first is not None else ""
            if (
                lead
                and not (g.is_common(lead) or _not_name_word(lead))
                and (g.is_surname(lead) or not english_word(lead))
            ):
                start = text.rindex(lead, 0, start)  # round 20: the entry's double surname
            dated = not common and _dated_entry(text, start, m.end(), words)
            if not surname.isupper() and not dated and not _alone(text, start, m.end()):
                continue  # "Victoria, British Columbia": Title Case only as an entry of its own
            found.append((start, m.end(), known + 2 * dated, surname.isupper(), bool(common)))
        listed = sum(not everyday for *_, everyday in found) >= 2
        out = []
        for start, end, known, caps, everyday in found:
            if everyday and not listed and not (caps and known >= 1):
                continue  # but "BROOKS, Hope": a listed surname in capitals before an everyday given name
            if known >= 2 or (known >= 1 and (listed or caps)) or (listed and caps) or everyday:
                out.append((start, end, LIST_SCORE if listed else SCORE))
        return out

    def _caps_comma_names(self, text: str, g: Gazetteer) -> list[tuple[int, int, float]]:
        out = []
        unlisted = []  # round 25: entries whose surname the lists lack, for a roster's other names (below)
        for m in _CAPS_COMMA_NAME.finditer(text):
            surname, given = m.group(1).split()[-1], m.group(2)
            words = [surname, *given.replace("-", " ").split()]
            roster = _roster_everyday_given(text, m, g)
            # round 26: a double surname whose halves are both surnames, one no everyday word ("WHITFIELD-ROSE")
            halves = surname.split("-")
            double = (
                len(halves) == 2
                and all(g.is_surname(h) and not _not_name_word(h) for h in halves)
                and any(_known(g, h) for h in halves)
            )
            if not double and (
                not _known(g, surname) or not g.is_surname(surname) or any(_not_name_word(w) for w in words[:1])
            ):
                if _unlisted_caps_entry(text, m, words, g):
                    unlisted.append(m)
                continue
            if any(_not_name_word(w) or g.is_common(w) for w in words[1:]) and not roster:
                continue
            if g.is_common(surname) or self._marking_line(text, m.start()):
                continue
            if not any(c in "AEIOUY" for c in given):
                continue  # "LEE, NJ": an abbreviation
            if _CAPS_LIST_END.match(text, m.end()):
                continue  # round 13: "ORION, VEGA and SIRIUS": a list of code words, not "SURNAME, GIVEN"
            out.append((m.start(), m.end(), SCORE))
        for m in unlisted:
            # a surname the lists lack before a given name they know as no everyday word ("ABERNETHY-KANE, SUSAN"),
            # or any such entry of a roster whose other entries are names ("SUTANTO, BUDI" under "HALVERSON, CRAIG")
            first = m.group(2).replace("-", " ").split()[0]
            if out or (g.is_given(first) and not g.is_common(first) and not english_word(first.lower())):
                out.append((m.start(), m.end(), SCORE))
        return out

    @staticmethod
    def _lower_list(text: str, g: Gazetteer) -> list[tuple[int, int, float]]:
        """Entries of a lower-case list of two or more names: each has a word the lists know, none an everyday
        word, and two or more open with a frequent given name."""
        out = []
        for m in _LOWER_LIST.finditer(text):
            entries = [(m.start() + e.start(), m.start() + e.end()) for e in _LOWER_ENTRY_RE.finditer(m.group(0))]
            words = [text[s:e].split() for s, e in entries]
            if any(
                w in _NOT_SURNAME or g.is_common(w) or _not_name_word(w) or _english_like(w) for ws in words for w in ws
            ):
                continue
            if not all(any(_known(g, w) or spelled_like_a_name(w) for w in ws) for ws in words):
                continue
            if sum(g.is_frequent_given(ws[0]) for ws in words) >= 2:
                out += [(s, e, 0.65) for s, e in entries]
        return out

    @staticmethod
    def _solo_given(text: str, g: Gazetteer) -> list[tuple[int, int, float]]:
        """A frequent given name alone in prose, where the sentence says it is a person: before "can", "said",
        "called" …, or after "asked", "told", "cc" …; not an everyday word nor a state's or a country's name (the
        model's own reading is no guide here: it calls "Aisha can cover" a place)."""
        found = [m.span(1) for m in _SOLO_BEFORE_VERB.finditer(text)]
        found += [m.span(1) for m in _SOLO_AFTER_VERB.finditer(text)]
        out = []
        for start, end in found:
            word = text[start:end]
            before = _PREVIOUS_WORD.search(text, max(0, start - 12), start)
            if before is not None and fold(before.group(1)) in PLACE_HEADS:
                continue  # "San Antonio agreed": a place
            parts = word.split("-")
            if fold(word) in region_names() or fold(word) in _STREET_TAILS:
                continue  # "Georgia Ave will be closed"
            if any(g.is_common(p) or _not_name_word(p) for p in parts):
                continue
            # "I asked Babatunde and he said": the pronoun vouches for a name the lists lack; so does one later in
            # the sentence, for a word no English list holds ("Funmilayo said … at her place")
            if (
                not all(g.is_frequent_given(p) for p in parts)
                and _PRONOUN_AFTER.match(text, end) is None
                and (any(english_word(p) for p in parts) or _PRONOUN_LATER.match(text, end) is None)
            ):
                continue
            out.append((start, end, PAIR_SCORE))
        for m in _LOWER_SOLO.finditer(text):
            word = m.group(1)
            if _foreign_or_english(g, word) or fold(word) in region_names():
                continue
            if not (g.is_frequent_given(word) or spelled_like_a_name(word)):
                continue
            if _PRONOUN_LATER.match(text, m.end(1)) is None:
                continue
            out.append((m.start(1), m.end(1), PAIR_SCORE))
        return out

    @staticmethod
    def _all_common(m: re.Match[str], g: Gazetteer) -> bool:
        return any(g.is_common(w) for w in m.group(1).split() if w.lower() not in _PARTICLES)

    def _lower(self, text: str, g: Gazetteer) -> list[tuple[int, int, float]]:
        out = [
            (m.start(1), m.end(1), 0.65)
            for m in _KIN_LOWER.finditer(text)
            if g.is_frequent_given(m.group(1))
            and m.group(1) not in _NOT_SURNAME
            and (not g.is_common(m.group(1)) or _kin_common_given(text, m))
        ]
        for m in _LOWER_PAIR.finditer(text):
            first, last = m.group(1), m.group(2)
            if self._common_given_then_surname(text, m, g):
                out.append((m.start(), m.end(2), 0.65))
                continue
            if first in _NOT_SURNAME or last in _NOT_SURNAME or g.is_common(last):
                continue
            strong = (
                _STRONG_LOWER_CUE.search(text, max(0, m.start() - 24), m.start()) is not None
                or _STRONG_LOWER_CUE_AFTER.match(text, m.end(2)) is not None
            )
            if g.is_common(first):
                # "1:1 with hope jenkins": an everyday given name, where only a person goes, before a surname
                # round 21: the model's word lists hold surnames too ("zhou", "mccarthy"): after an identity or a
                # kinship cue, a surname of the lists that is no everyday word will do ("my daughter april zhou")
                if (
                    strong
                    and self._given_then_surname(first, last, g)
                    and (not english_word(last) or _cue_surname(last, g))
                ):
                    out.append((m.start(), m.end(2), 0.65))
                continue
            cue = _LOWER_CUE.search(text, max(0, m.start() - 12), m.start()) is not None
            if cue and self._given_given_surname(text, m, g):
                # round 20: "met with jimmy lee pruett": two given names (English words too), then a surname
                out.append((m.start(), self._third_name(text, m.end(2), g), 0.65))
                continue
            if cue and _spelled_given(first, g) and _name_word(g, last) and not english_word(last):
                # round 20: "a thank you to xadiija ahmed": a given name the lists lack, spelled as names of
                # under-listed origins are, before a name they hold
                out.append((m.start(), self._third_name(text, m.end(2), g), 0.65))
                continue
            if (
                g.is_frequent_given(first)
                and _LOWER_CUE.search(text, max(0, m.start() - 12), m.start())
                and not (english_word(first) and _plural_noun(last))  # "and asset tags"
            ) or (
                (_name_word(g, first) or _name_word(g, last) or _both_spelled(first, last))
                and strong
                # "my grandmother lives near"; but "my coworker jasmine reyes" (a given name, then a surname)
                and (not (english_word(first) and english_word(last)) or self._given_then_surname(first, last, g))
            ):
                out.append((m.start(), self._third_name(text, m.end(2), g), 0.65))
        return out

    @staticmethod
    def _given_then_surname(first: str, last: str, g: Gazetteer) -> bool:
        """A frequent given name, then a surname the lists know that is no inflected English word."""
        if not g.is_frequent_given(first) or first in STOP_WORDS or last in STOP_WORDS:
            return False
        if last in _NOT_SURNAME or last in _VERBS_AFTER_NAME or last.endswith(_VERB_ENDINGS):
            return False
        return _name_word(g, last) and g.is_surname(last.split("-")[-1])

    @staticmethod
    def _given_given_surname(text: str, m: re.Match[str], g: Gazetteer) -> bool:
        """Round 20. ``jimmy lee pruett``: two frequent given names, neither an everyday word, then a surname the
        lists know that is no English word."""
        first, second = m.group(1), m.group(2)
        if not all(g.is_frequent_given(w) and not g.is_common(w) and w not in STOP_WORDS for w in (first, second)):
            return False
        third = _NEXT_LOWER.match(text, m.end(2))
        if third is None:
            return False
        last = third.group(1)
        return (
            last not in _NOT_SURNAME
            and last not in STOP_WORDS
            and not english_word(last)
            and _known(g, last)
            and g.is_surname(last)
        )

    @staticmethod
    def _common_given_then_surname(text: str, m: re.Match[str], g: Gazetteer) -> bool:
        """``bill tolentino called …``: a given name that is also an everyday word, a surname the lists know that
        is not one, and a verb of speech or contact right after them."""
        first, last = m.group(1), m.group(2)
        if not (g.is_common(first) and g.is_frequent_given(first)) or first in STOP_WORDS:
            return False
        if last in _NOT_SURNAME or g.is_common(last) or not g.is_surname(last) or last in STOP_WORDS:
            return False
        if last.endswith(_ENGLISH_SUFFIXES):
            return False  # "bill payment", "will processing"
        if _SPEECH_AFTER.match(text, m.end(2)) is None:
            return False
        before = text[max(0, m.start() - 12) : m.start()]
        return _CLAUSE_START.search(before) is not None or _LOWER_CUE.search(before) is not None

    def _title_pairs(self, text: str, g: Gazetteer, nlp_artifacts: NlpArtifacts | None) -> list[tuple[int, int, float]]:
        """Title Case ``Given Surname`` the lists vouch for: a frequent given name first, then one or two words
        that are surnames or given names in the lists, none an everyday, place or organisation word; not where
        the model sees a place."""
        out = []
        places = sorted(
            (e.start_char, e.end_char)
            for e in (nlp_artifacts.entities if nlp_artifacts is not None else ())
            if e.label_ in _PLACE_LABELS
        )  # the model's entities do not overlap: their ends are in order too
        starts = [s for s, _ in places]
        ends = [e for _, e in places]
        people = sorted(
            e.end_char for e in (nlp_artifacts.entities if nlp_artifacts is not None else ()) if e.label_ == "PERSON"
        )
        for m in _title_runs(text):
            words = m.group(0).split()
            start = m.start()
            while len(words) > 2 and not g.is_frequent_given(words[0]):  # "Called Chukwuemeka Obi"
                start = text.index(words[1], start + len(words[0]))
                words = words[1:]
            if len(words) > 3 or not all(w[0].isupper() and w[1:].replace("-", "").islower() for w in words):
                continue
            if not g.is_frequent_given(words[0]) or fold(words[0]) in PLACE_HEADS:
                continue
            if any(g.is_common(w) or _not_name_word(w) for w in words):
                continue
            if not all(_known(g, w) or spelled_like_a_name(w) for w in words[1:]) or _THE_BEFORE.search(
                text, max(0, start - 5), start
            ):
                continue
            i = bisect.bisect_left(starts, m.end()) - 1  # the last place that opens before the run ends
            score = PAIR_SCORE
            if i >= 0 and ends[i] > start and not _next_in_a_list_of_people(text, people, start):
                if not _in_a_roster_of_people(text, people, start, m.end()):
                    continue
                score = ROLE_TITLE_SCORE  # round 23: the roster's reading over the model's place
            if names_a_place(text, start, m.end()):
                continue
            out.append((start, m.end(), score))
        return out

    @staticmethod
    def _third_name(text: str, end: int, g: Gazetteer) -> int:
        """The end of a lower-case name, over a third word the lists know ("fadumo abdullahi hirsi") and a
        generation's suffix (round 23: "maxwell thornbury iii", "ray dunlap jr")."""
        m = _NEXT_LOWER.match(text, end)
        if m is not None and _known(g, m.group(1)) and m.group(1) not in _NOT_SURNAME:
            end = m.end(1)
        suffix = _GENERATION.match(text, end)
        return suffix.end(1) if suffix is not None else end

    def _result(self, start: int, end: int, score: float) -> RecognizerResult:
        return own_result(self, "PERSON", start, end, score)


# Any two lower-case words of any Latin script ("dulce maría ledesma"), overlapping: every word with the next one
_ANY_LOWER_PAIR = re.compile(
    r"(?<![\w@.'/-])([^\W\d_A-Z][^\W\d_'-]+)(?=[ \t]+([^\W\d_A-Z][^\W\d_'-]+)(?![\w@'/-]|\.\w))"
)
# Function words of the other languages prompts are written in ("al inglés", "su hija", "sa pista")
_FOREIGN_STOP_WORDS = frozenset().union(
    *(
        __import__(f"spacy.lang.{lang}.stop_words", fromlist=["STOP_WORDS"]).STOP_WORDS
        for lang in ("es", "fr", "pt", "it", "de", "nl", "tl", "vi", "id", "ro", "ca")
    )
)
_NOT_IN_NAME = frozenset({"dot", "at"})  # a spelled-out address: "dana dot whitlock at …"


def _foreign_or_english(g: Gazetteer, word: str) -> bool:
    """A lower-case word that reads as English or as another language's function word, not as a name."""
    w = word.lower()
    if len(w) < 3 or w in _NOT_SURNAME or w in _NOT_IN_NAME or w in _FOREIGN_STOP_WORDS or g.is_common(w):
        return True
    if _not_name_word(w) or _english_like(w) or english_word(w):
        return True
    # an accented syllable that is an English word without its accents: Vietnamese ("hàng", "chín"), not "maría"
    return not w.isascii() and english_word(fold(w)) and (len(w) <= 4 or not g.is_frequent_given(w))


def _lower_unlisted_words(text: str, g: Gazetteer) -> list[tuple[int, int, float]]:
    """``xiomara peralta ran the desk``: a lower-case frequent given name and a word after it, neither an English
    word (the model's own lemma tables) nor another language's function word, the second known to the name lists
    or spelled as names are; or unknown to them but five letters or more after a given name of four or more
    ("yousef barakeh"). A third word of the same kind is taken along ("duong minh chau")."""
    if not any(c.islower() for c in text):
        return []
    out: list[tuple[int, int, float]] = []
    last_end = -1
    for m in _ANY_LOWER_PAIR.finditer(text):
        if m.start() < last_end:
            continue
        first, second = m.group(1), m.group(2)
        if _foreign_or_english(g, first) or _foreign_or_english(g, second):
            continue
        if _in_cased_sentence(text, m.start(1)):
            continue
        chinese = g.is_surname(first) and _PINYIN_SYLLABLE.fullmatch(first) and _PINYIN_GIVEN.fullmatch(second)
        if not g.is_frequent_given(first) and not chinese:
            continue  # but "deng zhiwei": a Chinese surname and a given name of two syllables
        listed = _known(g, second) or spelled_like_a_name(second) or _PINYIN_GIVEN.fullmatch(second) is not None
        if not listed and (len(first) < 4 or len(second) < 5 or not second.isascii()):
            continue
        end = m.start(2) + len(second)
        nxt = _NEXT_ANY_LOWER.match(text, end)
        if nxt is not None and not _foreign_or_english(g, nxt.group(1)) and _known(g, nxt.group(1)):
            end = nxt.end(1)
        out.append((m.start(1), end, 0.65))
        last_end = end
    return out


_SENTENCE_OPEN = re.compile(r"[.!?\n\"\u201c\u00ab:]+[ \t]*")


def _in_cased_sentence(text: str, start: int) -> bool:
    """Round 13. A lower-case pair inside a sentence whose writer capitalised its first word and that holds no
    other capitalised word ("Vui lòng mang theo giấy tờ bảo hiểm", "Ha u dirin lacag …"): prose in another
    language, whose lower-case words the name lists hold; a name there would be capitalised too."""
    lo = max(0, start - 200)
    opens = [m.end() for m in _SENTENCE_OPEN.finditer(text, lo, start)]
    head = opens[-1] if opens else lo
    if head == lo and lo > 0:
        return False
    words = text[head:start].split()
    return (
        len(words) >= 2
        and words[0][:1].isupper()
        and words[0][1:2].islower()
        and not any(w[:1].isupper() for w in words[1:])
    )


_PINYIN = (
    r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ueng|iao|ian|ing|ang|eng|ong|uai|uan|ai|ei|ao|ou|an|en|er|ia|ie|iu|in|ua|uo|ui|un|ue|a|o|e|i|u)"
)
_PINYIN_SYLLABLE = re.compile(_PINYIN)
_PINYIN_GIVEN = re.compile(rf"(?=[a-z]{{4,}}$)(?:{_PINYIN}){{2}}")
_NEXT_ANY_LOWER = re.compile(r"[ \t]+([^\W\d_A-Z][^\W\d_'-]+)(?![\w@'/-]|\.\w)")


_CAP_WORD = r"[A-ZÀ-ÖØ-ÞĀ-ž][a-zß-öø-ÿā-ž]+(?:[A-Z][a-z]+)?(?:-[A-ZÀ-ÖØ-ÞĀ-ž][a-zß-öø-ÿā-ž]+)?"
_ANY_TITLE_PAIR = re.compile(rf"(?<![\w@.'/-])({_CAP_WORD})(?=[ \t]+({_CAP_WORD})(?![\w@'/-]|\.\w))")
_NEXT_TITLE = re.compile(rf"[ \t]+({_CAP_WORD})(?![\w@'/-]|\.\w)")
_PREVIOUS_WORD = re.compile(r"(\w+)[ \t]+$")
# Last words of streets ("Mathilda Ave")
_STREET_TAILS = frozenset("ave blvd rd dr st ln ct hwy pkwy ter pl cir way".split())  # noqa: SIM905


def _not_a_title_name_word(g: Gazetteer, word: str) -> bool:
    """A capitalised word that reads as English, as a place's or a street's word, or as a function word."""
    w = word.lower()
    if "-" in w and g.is_name_word(w) and not english_word(w):
        return False  # "Pierre-Louis": a compound of names, though "louis" is a coin
    f = fold(w)
    if len(w) < 3 or w in _NOT_SURNAME or w in _FOREIGN_STOP_WORDS or g.is_common(w) or _not_name_word(w):
        return True
    if f in region_names() or f in PLACE_HEADS or f in _STREET_TAILS or f in INSTITUTION_TAIL:
        return True
    return _english_like(w) or any(english_word(p) for p in w.split("-"))


def _double_surname(g: Gazetteer, word: str) -> bool:
    """``Okafor-Nwachukwu``, ``Strickland-Vane``: two surnames the lists know, joined as one family name."""
    parts = word.split("-")
    return len(parts) == 2 and all(
        len(p) >= 2 and p[0].isupper() and g.is_surname(p) and not g.is_common(p) and not _not_name_word(p)
        for p in parts
    )


def _both_spelled(first: str, second: str) -> bool:
    return spelled_like_a_name(first) and spelled_like_a_name(second)


def _title_unlisted_words(text: str, g: Gazetteer) -> list[tuple[int, int, float]]:
    """``Natalia Zielińska``, ``Folake Adeyemi``, ``COR Marcus Fairweather``: a capitalised given name and a word
    after it, neither an English word (the model's lemma tables), a place's or a street's word; the second a name
    the lists know, or five letters or more. A first word no list holds is taken only before a listed surname
    ("Rizalina Dacanay"). The small model calls many such names places or organisations."""
    out: list[tuple[int, int, float]] = []
    last_end = -1
    for m in _ANY_TITLE_PAIR.finditer(text):
        if m.start() < last_end:
            continue
        first, second = m.group(1), m.group(2)
        double = _double_surname(g, second)
        # "Hope Strickland-Vane": an everyday given name before a double-barrelled surname is still a name
        everyday_given = double and g.is_given(first) and g.is_common(first) and first.lower() not in STOP_WORDS
        if first == second or (_not_a_title_name_word(g, first) and not everyday_given):
            continue
        if _not_a_title_name_word(g, second):
            continue
        listed = _known(g, second) or spelled_like_a_name(second)
        if g.is_given(first):
            if not listed and len(second) < 5:
                continue
        elif len(first) < 4 or not (g.is_surname(second) or double or _both_spelled(first, second)):
            continue  # but "Abdiqani Nuur": both spelled as the names of under-listed origins are
        before = _PREVIOUS_WORD.search(text, max(0, m.start() - 12), m.start())
        if before is not None and fold(before.group(1)) in ("ho", "the"):
            continue  # "Ho Chí Minh", "the Natalia …"
        end = m.start(2) + len(second)
        nxt = _NEXT_TITLE.match(text, end)
        if nxt is not None:
            word = nxt.group(1).lower()
            if word in ORG_WORDS or word in _PLACE_OR_ORG or word in INSTITUTION_TAIL:
                continue  # "Layla Haddadin Foundation"
            if _known(g, word) and not _not_a_title_name_word(g, word):
                end = nxt.end(1)
        if NameCasingRecognizer._marking_line(text, m.start()):
            continue
        out.append((m.start(1), end, 0.65))
        last_end = end
    return out


_ANY_CAPS_RUN = re.compile(r"(?<![\w/])[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'-]+(?:[ \t]+[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'-]+)+(?![\w/])")
_CAPS_TOKEN = re.compile(r"\S+")
# ``CHEN Zhenhai``, ``ZHANG Weidong``: a surname in capitals before a given name in Title Case
_CAPS_THEN_TITLE = re.compile(
    r"(?<![\w/])([A-Z]{2,}(?:-[A-Z]+)?)[ \t]+([A-Z][a-z]{2,}(?:-[a-z]+)?)(?![\w/-]|\.\w|[ \t]+[A-Z][a-z])"
)
# Ranks and titles that stand before a name in capitals ("TSO Marlon", "SA Dana"), never its surname
_TITLE_ABBREVIATIONS = frozenset(
    "sa ssa tso stso cbpo bpa do sgt ssg sfc msg cpl cpt maj col ltc pvt lt cdr lcdr ens cwo po bm me os mk".split()  # noqa: SIM905
)


def _caps_name_word(g: Gazetteer, word: str) -> bool:
    """A word in capitals that may be part of a name: one the lists hold (not an everyday one), or one no English
    list holds of four letters or more with a vowel (``BELLEGARDE``, ``CABDI``)."""
    w = word.lower()
    if w in NOT_NAMES or w in ORG_WORDS or g.is_common(w) or len(w) < 3:
        return False
    if _known(g, w):
        return True
    return not english_word(w) and len(w) >= 4 and any(c in "aeiouy" for c in fold(w))


# Round 27. A person's role, kin or rank in capitals right before a run of name words, as all-caps call notes write
# it ("REGISTRANT ...", "SUPPORTER ...", "VISITOR: ...", "HIS SISTER ...", "CALL W/ VICTIM ..."): there two or three
# name words need no listed one (names of under-listed origins)
_CAPS_CUE_WORDS = (
    "REGISTRANT|SUPPORTER|VISITOR|VICTIM|SURVIVOR|SPONSOR|BENEFICIARY|APPLICANT|CO-APPLICANT|PETITIONER|CALLER"
    "|CLIENT|WITNESS|SUSPECT|SUBJECT|PATIENT|TENANT|LANDLORD|DETAINEE|PASSENGER|TRAVEL+ER|CLAIMANT|COMPLAINANT"
    "|RESIDENT|OCCUPANT|HOMEOWNER|OWNER|DRIVER|EMPLOYEE|STUDENT|GUARDIAN|INTERPRETER|CONTACT|ATTENDEE|VOLUNTEER"
    "|MOTHER|FATHER|MOM|DAD|SON|DAUGHTER|SISTER|BROTHER|WIFE|HUSBAND|SPOUSE|COUSIN|AUNT|UNCLE|NIECE|NEPHEW"
    "|GRANDMOTHER|GRANDFATHER|GRANDSON|GRANDDAUGHTER|STEPSON|STEPDAUGHTER|FIANC[EÉ]E?|PARTNER"
    "|OFFICER|OFC|AGENT|SA|SSA|TSO|CBPO|BPA|SGT|DET|DEPUTY|TROOPER|INSPECTOR|CASEWORKER|W/"
)
_CAPS_CUE_BEFORE = re.compile(rf"(?<![\w/-])(?:{_CAPS_CUE_WORDS})[ \t]*[:,]?[ \t]+$")


def _caps_name_runs(text: str, g: Gazetteer) -> list[tuple[int, int, float]]:
    """Names in capitals inside a longer run (``APPREHENDED 1 ADULT MALE JOAQUIN BETANCOURT-LUNA``) or with a word
    the lists lack (``NADÈGE BELLEGARDE``, ``XAMDI CABDI CALI``): two to four name words in a row, one of them
    known, the first a frequent given name or a surname, one of six letters or more (not ``HAI PHONG``); and a
    surname in capitals before a given name (``CHEN Zhenhai``)."""
    out: list[tuple[int, int, float]] = []
    for m in _ANY_CAPS_RUN.finditer(text):
        if NameCasingRecognizer._marking_line(text, m.start()) or _armour(m.group(0).split()):
            continue
        run: list[re.Match[str]] = []
        for token in [*_CAPS_TOKEN.finditer(m.group(0)), None]:
            if token is not None and _caps_name_word(g, token.group(0)):
                run.append(token)
                continue
            words = [t.group(0) for t in run[:4]]
            start = m.start() + run[0].start() if run else 0
            if (
                len(words) >= 2
                and not _plain_english(words, g)
                and (
                    (
                        (g.is_frequent_given(words[0]) or g.is_surname(words[0]) or spelled_like_a_name(words[0]))
                        and any(_known(g, w) for w in words)
                        and any(len(w) >= 6 for w in words)
                    )
                    or (len(words) <= 3 and _CAPS_CUE_BEFORE.search(text, max(0, start - 24), start) is not None)
                )
            ):
                out.append((m.start() + run[0].start(), m.start() + run[len(words) - 1].end(), SCORE))
            run = []
    for m in _CAPS_THEN_TITLE.finditer(text):
        surname, given = m.group(1), m.group(2)
        if surname.lower() in _TITLE_ABBREVIATIONS or surname.lower() in NOT_NAMES or not g.is_surname(surname):
            continue
        if g.is_common(surname) or english_word(given) or given.lower() in NOT_NAMES or g.is_common(given):
            continue
        if not NameCasingRecognizer._marking_line(text, m.start()):
            out.append((m.start(), m.end(), SCORE))
    return out


# ``Will Pardee missed three dates``, ``Bill Tolentino called``: a given name that is also an everyday word, in
# Title Case, a surname after it, and a verb after both
_TITLE_COMMON_PAIR = re.compile(
    r"(?<![\w'-])([A-Z][a-z]+)[ \t]+([A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?)(?=[ \t]+(?:[a-z]{2,}ed|said|says|asked|told"
    r"|called|wants|needs|has|had|was|is|wrote|sent|left|forgot|took|came|went)\b)"
)


# Round 21. ... or as a field's whole value after a label's colon, the line or the field ending with it:
# "Officer: Name: Hope Castellanos⏎", "Contact: Faith Okonjo, …"
_TITLE_COMMON_FIELD = re.compile(
    r"(?<=:)[ \t]*([A-Z][a-z]+)[ \t]+([A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?)(?=[ \t]*(?:$|[,;(]))", re.MULTILINE
)


def _cue_surname(word: str, g: Gazetteer) -> bool:
    """Round 21. A surname of the lists that is no everyday word, nor shaped like an English noun or verb."""
    return (
        g.is_surname(word)
        and not g.is_common(word)
        and word not in STOP_WORDS
        and not word.endswith(_ENGLISH_SUFFIXES)
        and not word.endswith(_VERB_ENDINGS)
    )


def _title_common_given(text: str, g: Gazetteer) -> list[tuple[int, int, float]]:
    """An everyday given name before a surname the lists know that no English list holds ("Pardee"), before a
    verb or as a field's value after a colon; "Will" only before a verb the modal cannot take ("Will Pardee
    missed", not "Will Pardee attend")."""
    out: list[tuple[int, int, float]] = []
    pairs = [*_TITLE_COMMON_PAIR.finditer(text), *(_TITLE_COMMON_FIELD.finditer(text) if ":" in text else ())]
    for m in pairs:
        first, last = m.group(1), m.group(2)
        if not (g.is_common(first) and g.is_frequent_given(first)):
            continue
        if first.lower() in STOP_WORDS and (first != "Will" or not _NOT_AFTER_WILL.match(text, m.end(2))):
            continue
        if not g.is_surname(last.split("-")[0]) or g.is_common(last) or english_word(last) or _not_name_word(last):
            continue
        if fold(last) in region_names() or _THE_BEFORE.search(text, max(0, m.start(1) - 5), m.start(1)):
            continue
        out.append((m.start(1), m.end(2), PAIR_SCORE))
    return out


_NOT_AFTER_WILL = re.compile(r"[ \t]+(?:[a-z]{2,}ed|said|says|has|had|was|is|wrote|sent|left|forgot|took|came|went)\b")


# Round 24. The family and partners call notes name in lower case: "mom esperance kalonji", "her ex jonathan
# ilunga", "stepdad ray okafor" ("ex" only after a possessive: "ex officio" is no one's)
_KIN_WORDS = (
    r"mom|mum|dad|mother|father|stepmom|stepmum|stepdad|stepmother|stepfather|grandma|grandpa|grandmother"
    r"|grandfather|aunt|uncle|cousin|brother|sister|son|daughter|wife|husband|spouse|boyfriend|girlfriend|fianc[eé]e?"
    r"|(?:my|his|her|their|our|your)[ \t]+ex"
)
_KIN_BEFORE = re.compile(rf"\b(?:{_KIN_WORDS})[ \t]*[:,]?[ \t]+$")
# Round 19. A role a note gives a person before their name in lower case, as hurried case notes, call logs and
# reference checks write it: "teller patience okonjo", "branch mgr chase pruitt", "caller sokha chhun", "former
# manager faith hubbard", "student: dawit alemu brooks", "peer lead is alma reyes-tovar"
_ROLE_BEFORE = re.compile(
    r"\b(?:teller|cashier|clerk|caller|supervisor|manager|mgr|applicant|candidate|student|parent|guardian"
    r"|ref|witness|victim|suspect|complainant|patient|client|tenant|landlord|employee|coworker|co-worker|instructor"
    r"|teacher|coach|nurse|lead|contact|contacts|driver|passenger|volunteer|attendee|intern|trainee|recruit"
    r"|sponsor|roommate|neighbor|neighbour|interpreter|caseworker|reporter|informant|subject|owner"
    # round 20: the jobs of the people an inspection or an incident note names: "interviewed screener tamika …"
    r"|screener|officer|agent|inspector|guard|aide|deckhand|crewman|mechanic|technician|dispatcher|nanny|cook|chef"
    r"|counselor|therapist|paralegal|chaplain|janitor|custodian|cleaner"
    # round 21: the people a port or a desk deals with: "traveler jean-robert desravines says …"
    r"|traveler|traveller|requester|requestor|beneficiary|petitioner|detainee"
    # round 23: the posts a duty log, minutes or a deal's notes give a person: "tender dale whitcomb", "board
    # member faith adeyemi", "the collector is maxwell thornbury", "on call dusty mcallister", "landlord (rick …)"
    r"|tender|operator|engineer|foreman|superintendent|director|chair|chairman|chairwoman|chairperson|member"
    r"|treasurer|secretary|bookkeeper|accountant|collector|buyer|seller|borrower|lender|cardholder|donor|occupant"
    r"|resident|vendor|contractor|broker|dealer|adjuster|appraiser|courier|advisor|adviser|rep|representative"
    r"|attorney|lawyer|pilot|captain|host|on[ \t-]call"
    # round 24: the family and partners call notes name in lower case: "mom esperance kalonji", "her ex jonathan
    # ilunga", "stepdad ray okafor" ("ex" only after a possessive: "ex officio" is no one's)
    rf"|{_KIN_WORDS})"
    r"(?:[ \t]+(?:is|was))?(?:[ \t]*[:,]?[ \t]+|[ \t]*\([ \t]*)$"
)
# Round 23. An office's acronym right before the name ("DSO rebecca tannenbaum", "POC tomas ferreira"): there the
# surname must be no English word ("SSH key pair" is no one)
_ACRONYM_BEFORE = re.compile(r"(?<![\w-])[A-Z]{2,5}[ \t]+$")
# ... or a phone number right after the name, as a contact list gives it: "hope brooks 301-555-0114"
_PHONE_AFTER = re.compile(r"[ \t]*[:(,-]?[ \t]*\(?\+?\d{3}\)?[ .-]?\d{3}[ .-]\d{4}(?!\d)")
# A lower-case rank before a surname alone: "pls have sgt villalpando call me"
_LOWER_TITLE_SURNAME = re.compile(
    r"\b(?:sgt|sergeant|ofc|officer|det|detective|lt|capt|cpl|deputy|trooper|agent)\.?[ \t]+"
    r"([a-z][a-z'-]{3,})(?![\w@'-])"
)


def _role_lower_names(text: str, g: Gazetteer) -> list[tuple[int, int, float]]:
    """Round 19. A lower-case given name and surname after a role word (_ROLE_BEFORE) or before a phone number: a
    given name the lists know, even an everyday word ("patience", "chase", "will"), before a surname that is no
    English word; or a surname of the lists that is an English word too ("dana hubbard"), after a given name that is
    no everyday word; or two words no English list holds, one of them a name of the lists or spelled as one ("sokha
    chhun"). And a lower-case surname alone after a rank, a surname of the lists or spelled as one, no English
    word."""
    if not any(c.islower() for c in text):
        return []
    out: list[tuple[int, int, float]] = []
    for m in _LOWER_PAIR.finditer(text):
        first, last = m.group(1), m.group(2)
        role = _ROLE_BEFORE.search(text, max(0, m.start() - 30), m.start()) is not None
        if (
            not role
            and _ACRONYM_BEFORE.search(text, max(0, m.start() - 8), m.start()) is not None
            and g.is_frequent_given(first)
            and not g.is_common(first)
            and not english_word(last)
        ):
            role = True
        if not role and _PHONE_AFTER.match(text, m.end(2)) is None:
            continue
        if _role_pair(first, last, g) or (
            _KIN_BEFORE.search(text, max(0, m.start() - 16), m.start()) is not None and _kin_pair(first, last, g)
        ):
            out.append((m.start(), _third_name(text, m.end(2), g), 0.65))
    for m in _LOWER_TITLE_SURNAME.finditer(text):
        word = m.group(1)
        if _foreign_or_english(g, word) or not (_known(g, word) or spelled_like_a_name(word)):
            continue
        out.append((m.start(1), m.end(1), 0.65))
    return out


def _third_name(text: str, end: int, g: Gazetteer) -> int:
    return NameCasingRecognizer._third_name(text, end, g)


# Round 23. A person's role in lower case, then their name in Title Case, as case notes and card disputes write it:
# "cardholder Prescott L. Ambler", "borrower Perrin Ashgrove", "passenger Dolores Finch", and a PDF paste that broke
# the line inside the name ("bookkeeper Rosalind⏎Ackerby")
_PERSON_ROLES = """teller cashier clerk caller supervisor manager applicant candidate student guardian witness victim
    suspect complainant patient client tenant landlord employee coworker instructor teacher coach nurse
    driver passenger volunteer attendee intern trainee recruit sponsor roommate neighbor neighbour
    interpreter caseworker informant screener inspector deckhand mechanic technician dispatcher nanny
    counselor therapist paralegal chaplain janitor custodian traveler traveller requester beneficiary
    petitioner detainee tender operator foreman superintendent treasurer bookkeeper accountant collector
    buyer seller borrower lender cardholder donor occupant broker adjuster appraiser courier""".split()  # noqa: SIM905 - a word list reads better as text
_TITLE_NAME_WORD = r"[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)?"
_ROLE_TITLE = AnchoredRegex(
    re.compile(
        rf"\b(?i:{'|'.join(_PERSON_ROLES)})[ \t]*[:,]?[ \t]+(?P<first>{_TITLE_NAME_WORD})(?P<initial>[ \t]+[A-Z]\.)?"
        rf"(?P<gap>[ \t]+|[ \t]*\n[ \t]*)(?P<last>{_TITLE_NAME_WORD})(?![\w'-]|\.\w|[ \t]+[A-Z][a-z])"
    ),
    Anchor(folded_word=tuple(_PERSON_ROLES)),
    0,
    word_start=True,
)
_NOT_IN_ROLE_NAME = INSTITUTION_TAIL | PLACE_TAIL | _PLACE_OR_ORG


# Round 23. A name right before a phone's label, as a contact line gives it: "Mwamba Kalenga Ilunga, tél. …",
# "Ana Paula Reis - cell 555 …"
_PHONE_LABEL_AFTER = re.compile(
    r"[ \t]*[,;(\u2013\u2014-][ \t]*(?i:t[eé]l|tel[eé]fono|telefone|telefon|phone|ph|cell|mobile|mob|m[oó]vil|celular"
    r"|whatsapp|tlf)\b\.?[ \t]*[:.#]?[ \t]*[+\uff0b(\d\uff10-\uff19]"
)


def _contact_title_names(text: str, g: Gazetteer) -> list[tuple[int, int, float]]:
    """Round 23. Two to four Title Case words before a phone's label and its number (_PHONE_LABEL_AFTER): none an
    English, everyday, place or organisation word, one of them a name of the lists or spelled as one, or three of
    them ("Mwamba Kalenga Ilunga": names of under-listed origins)."""
    out: list[tuple[int, int, float]] = []
    for m in _title_runs(text):
        if _PHONE_LABEL_AFTER.match(text, m.end()) is None:
            continue
        words = m.group(0).split()
        if any(
            english_word(w.lower()) or g.is_common(w) or _not_name_word(w) or fold(w) in region_names() for w in words
        ):
            continue
        if fold(words[0]) in PLACE_HEADS or names_a_place(text, m.start(), m.end()):
            continue
        if len(words) >= 3 or any(_name_word(g, w) or spelled_like_a_name(w.lower()) for w in words):
            out.append((m.start(), m.end(), PAIR_SCORE))
    return out


# Round 24. A middle initial without its full stop, as exports, matching keys and deduplication lists write names:
# "Jose L Hernandez", "Maria T Oyelaran"
_BARE_INITIAL = re.compile(r"(?<![\w.'-])([A-Z][a-z]+)[ \t]([A-Z])[ \t]([A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?)(?![\w-]|'\w)")


def _bare_initial_names(text: str, g: Gazetteer) -> list[tuple[int, int, float]]:
    """Round 24. ``Given X Surname``: a frequent given name that is no everyday word, a capital alone, and a surname
    of the lists that is no English word ("Jose L Hernandez"; not "Section B Overview", "Plan A Budget")."""
    out: list[tuple[int, int, float]] = []
    for m in _BARE_INITIAL.finditer(text):
        first, last = m.group(1), m.group(3)
        if not g.is_frequent_given(first) or g.is_common(first) or first.lower() in STOP_WORDS:
            continue
        if not g.is_surname(last.split("-")[0]) or g.is_common(last) or english_word(last.lower()):
            continue
        if _not_name_word(first) or _not_name_word(last):
            continue
        out.append((m.start(), m.end(), PAIR_SCORE))
    return out


def _title_runs(text: str) -> list[re.Match[str]]:
    """The runs of Title Case words (_TITLE_RUN), found once per text."""
    return remembered(text, (_TITLE_RUN, "runs"), lambda: list(_TITLE_RUN.finditer(text)))


# above the model's own score: where the model reads the same span, the role's reading is the one kept (the model's
# span of two English words, "Prescott L. Ambler", is ruled out as no name by the context filters)
ROLE_TITLE_SCORE = 0.86


def _role_title_names(text: str, g: Gazetteer) -> list[tuple[int, int, float]]:
    """Round 23. ``cardholder Prescott L. Ambler``: a Title Case name right after a lower-case role (_PERSON_ROLES):
    a frequent given name that is no everyday word before a surname (an English one too: "Dolores Finch"); or, with
    a middle initial, two words the name lists hold; or two words no English list holds, one of them a name of the
    lists or spelled as one ("Perrin Ashgrove"). A line break between the two only after a frequent given name."""
    out: list[tuple[int, int, float]] = []
    for m in _ROLE_TITLE.finditer(text):
        first, last = m.group("first"), m.group("last")
        if g.is_common(first) or any(_not_name_word(w) or w.lower() in _NOT_IN_ROLE_NAME for w in (first, last)):
            continue
        if fold(first) in PLACE_HEADS:
            continue
        given = g.is_frequent_given(first) and (g.is_name_word(last) or not english_word(last.lower()))
        if "\n" in m.group("gap"):
            if given and text.count("\n", m.start(), m.end()) == 1:
                out.append((m.start("first"), m.end("last"), ROLE_TITLE_SCORE))
            continue
        if g.is_common(last) and not given:
            continue
        initialled = m.group("initial") is not None and g.is_name_word(first) and g.is_surname(last)
        unlisted = (
            not english_word(first.lower())
            and not english_word(last.lower())
            and not any(fold(w) in region_names() for w in (first, last))
            and any(_name_word(g, w) or spelled_like_a_name(w.lower()) for w in (first, last))
        )
        if given or initialled or unlisted:
            out.append((m.start("first"), m.end("last"), ROLE_TITLE_SCORE))
    return out


def _kin_pair(first: str, last: str, g: Gazetteer) -> bool:
    """Round 24. After a family word, a given name of the lists that is no everyday word, even one that is a word
    in French or Spanish ("esperance", "amparo"), before a surname that is no English word ("kalonji")."""
    if last in STOP_WORDS or last in _NOT_SURNAME or last in _FOREIGN_STOP_WORDS or g.is_common(last):
        return False
    if last in _VERBS_AFTER_NAME or last.endswith(_VERB_ENDINGS) or _not_name_word(last) or len(last) < 4:
        return False
    if first in STOP_WORDS or first in _NOT_SURNAME or g.is_common(first) or english_word(first):
        return False
    return g.is_given(first) and not english_word(last)


def _role_pair(first: str, last: str, g: Gazetteer) -> bool:
    if last in STOP_WORDS or last in _NOT_SURNAME or last in _FOREIGN_STOP_WORDS or g.is_common(last):
        return False
    if last in _VERBS_AFTER_NAME or last.endswith(_VERB_ENDINGS) or _not_name_word(last):
        return False
    if first != "will" and (first in _NOT_SURNAME or first in _FOREIGN_STOP_WORDS or first in STOP_WORDS):
        return False  # but "second ref will sandoval": the given name, before a surname that is no English word
    if g.is_frequent_given(first):
        if not english_word(last):  # "patience okonjo", "will sandoval", "alma reyes-tovar"
            return _name_word(g, last) or spelled_like_a_name(last) or len(last) >= 4
        # a surname of the lists that is also an English word ("dana hubbard"), after a given name that is not an
        # everyday word: "grant writer", "rose early", "hope line" are not people
        return first not in STOP_WORDS and not g.is_common(first) and g.is_surname(last)
    if english_word(first) or _foreign_or_english(g, first) or english_word(last) or min(len(first), len(last)) < 4:
        return False  # "reference env vars": a verb's object, short words of code
    # two words no English list holds, one a name of the lists or spelled as one: "sokha chhun", "dawit alemu"
    return any(_name_word(g, w) or spelled_like_a_name(w) for w in (first, last))


def _caps_everyday_surname(surname: str, given: str, g: Gazetteer) -> bool:
    """Round 19. ``GRANT, Wilhelmina``: a surname in capitals that is also an everyday word, before given names
    that are no English words, as appointment slips and rosters print them."""
    return (
        surname.isupper()
        and g.is_surname(surname)
        and surname.lower() not in STOP_WORDS
        and not _not_name_word(surname)
        and all(g.is_frequent_given(w) and not g.is_common(w) and not english_word(w) for w in given.split())
    )


def _unlisted_caps_entry(text: str, m: re.Match[str], words: list[str], g: Gazetteer) -> bool:
    """Round 25. A "SURNAME, GIVEN" in capitals the lists do not vouch for, shaped as a roster's entry: at a line's
    start or after a label, its words no English, everyday, organisation or region word, each with a vowel (not a
    list of codes: "SJU, GUM", "TEXAS, AUSTIN")."""
    if _CAPS_ENTRY_BEFORE.search(text, max(0, m.start() - 40), m.start()) is None:
        return False
    surname = words[0].split("-")
    parts = [p for w in words for p in w.split("-") if p]
    return all(
        len(p) >= 2
        and any(c in "AEIOUY" for c in p)
        and not _not_name_word(p)
        and not g.is_common(p)
        and (not english_word(p.lower()) or (p in surname and g.is_surname(p)))  # "NWOSU-BRANDT"
        and fold(p) not in region_names()
        for p in parts
    ) and not _CAPS_LIST_END.match(text, m.end())


def _roster_everyday_given(text: str, m: re.Match[str], g: Gazetteer) -> bool:
    """Round 19. ``PRATHER, WILL`` as an entry of a roster (alone on its line or before a column gap): a surname the
    lists know that is no English word, before a given name that is also an everyday word."""
    surname, given = m.group(1), m.group(2)
    return (
        _known(g, surname)
        and not english_word(surname)
        and len(given.split()) == 1
        and g.is_frequent_given(given)
        and _alone(text, m.start(), m.end())
    )
