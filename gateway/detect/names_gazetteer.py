"""Given names and surnames, from packages, loaded once per process.

- Surnames: the US Census Bureau's 1990 list (88,799 surnames, every origin counted in the census), and the
  1990 given-name lists (5,494), as shipped by the ``names`` package (MIT).
- Given names: Jörg Michael's ``nam_dict`` (48,528 given names from 54 countries and regions: Europe, the
  Arab world and Iran, Turkey, the Indian subcontinent, China, Japan, Korea, Vietnam, Africa's most common),
  as shipped by the ``gender-guesser`` package.
- Given names and surnames of the ``faker`` package's person lists (MIT; about 80 locales, among them Yoruba,
  Igbo, Hausa and English Nigeria, Kenya, India, Vietnam, the Arab world, Ukraine), which the census lists
  under-represent; their Chinese, Korean and Arabic-script surnames and given names feed ``native``.

Everything is kept lower-cased in frozensets (about 14 MB of strings; ``python -m gateway.detect.names_gazetteer``
prints the count and the memory it took). Words that are also everyday English words ("will", "hope", "grant",
"young") are in ``COMMON_WORDS``: on their own they are never evidence of a name.
"""

from __future__ import annotations

import functools
import importlib
import pkgutil
import re
import threading
import unicodedata
from dataclasses import dataclass
from importlib import resources

from spacy.lang.en.stop_words import STOP_WORDS

# Everyday English words that are also given names or surnames. A pair of them ("will young", "mark brown")
# is not taken for a name from the lists alone.
COMMON_WORDS = frozenset(
    """
    will may june april august mark bill grant hope faith joy rose lily ruby pearl ivy iris daisy holly dawn
    summer autumn winter spring sky rain storm river brook forest wood woods stone rock hill hills field fields
    lane street park king queen prince duke earl baron knight page major general chase hunter fisher baker
    cook miller smith taylor carter cooper mason turner porter parker walker rider young old long short small
    little large big white black brown green gray grey gold silver red blue rich strong wise good best bright
    sharp swift fast free love sweet moody armstrong head hand foot arm legs back front side north south east west
    day night morning noon price cost bell ball wall hall lake sea bay beach shore port bridge ford gate house
    home church chapel cross wells spring banks bank bond case trust sale sales state states nation law lawyer
    judge justice sheriff marshal constable bishop pope dean chancellor warden guard trainer fox wolf bear lion
    bird crow hawk swan drake buck hart lamb bull crane finch robin wren jay martin lark doe deer moose oak ash
    pine elm birch rowan hazel laurel olive berry cherry apple peach plum lemon pepper salt sugar honey
    coffee tea wine beer glass cash money penny pence nickel bob rob sue pat jack jackie jill don ken guy
    sonny rusty dusty sandy candy randy windy misty cookie buddy art harmony melody charity patience prudence
    constance grace mercy verity destiny trinity unity justice liberty victory glory star sunny angel angels
    christian christmas easter august sterling lord lords master masters chief chef doctor nurse worker
    temple gentry noble hardy bold brave gay jolly merry happy lucky frank earnest ernest sincere honest
    eve even evening rich rick nick dick dock pool poole booth wade waters water ocean marsh moor heath
    dale glen vale burn brook burns holmes homes farmer gardener shepherd weaver tailor butler steward
    gardner reed reeds rush sterling tower towers castle mill mills bridges coles cole coal wright wrong
    right left lefty norm norms max min sum summer sunday monday tuesday friday saturday january march
    jan feb mar apr jun jul aug sep sept oct nov dec long lang la le de del van von mr mrs ms dr
    office unit team staff service security case file form note notes report review status update
    """.split()  # noqa: SIM905 - a word list reads better as text
)


# Last words of an office, a place or a thing, not of a person: "Sector Command", "Eagle Pass", "Dulles
# International", "Rich Text Format"; round 15: "Fire Protection District"
INSTITUTION_TAIL = frozenset(
    """center centre centers centres office offices station stations command desk directorate division branch
    headquarters facility facilities terminal checkpoint airport agency bureau department
    pass springs falls heights beach harbor harbour valley creek canyon crossing junction landing national
    international regional municipal mesa bluff bluffs gap format district districts""".split()  # noqa: SIM905
)


# Last words of a street or an area ("Brooks Road", "Georgia Ave", "Lafayette Parish", "Rose Garden"), long or
# short; not those that are also surnames often enough to end a person's name (Lane, Court, Hill, Park, Pike).
PLACE_TAIL = frozenset(
    """street st avenue ave av road rd boulevard blvd drive dr place pl terrace ter circle cir highway hwy parkway
    pkwy expressway expy freeway fwy turnpike tpke trail trl square sq plaza alley way parish county borough
    township city village garden gardens apartments residency""".split()  # noqa: SIM905
)
# one or two capitalised words right after a span, one space apart
_CAPITALISED_RUN = re.compile(r"(?: [A-Z][a-z]++\.?){1,2}")
_SENTENCE_BREAK = re.compile(r"[.!?](?:\s|$)|\n")
# Round 15. A street's ordinal ("7th St SW", "42nd Street") is part of a street's name, not a house number;
# round 16: nor is a road's or an exit's number ("from I-95 take exit 4 for Route 1")
_ORDINAL = re.compile(
    r"(?<![\w-])\d++(?:st|nd|rd|th)\b"
    r"|(?<![\w-])(?:I|US|SR|CR|Interstate|Route|Rte|Hwy|Highway|Exit|exit|route)[ -]?\d{1,3}[A-Z]?\b"
)


def names_a_place(text: str, start: int, end: int) -> bool:
    """A run of two or more words ending in a street's or an area's word ("Brooks Road", "Lafayette Parish"), in a
    sentence without a digit: a place named in prose. With a number in the sentence it may be a piece of an address
    ("Flat 4B, Sri Sai Residency, 12th Main Road") that nothing else finds, and is left to be hidden. Round 15: a
    street's ordinal is no such number ("right on Independence Ave, left on 4th St")."""
    words = [w.strip(".,:;'\"()!?") for w in text[start:end].split()]
    run = _CAPITALISED_RUN.match(text, end)
    if run is not None:  # round 16: a road's words the span left out ("[Abner Coyle] Memorial Pkwy")
        words += [w.strip(".,:;'\"()!?") for w in run.group().split()]
    words = [w for w in words if w]
    if len(words) < 2 or words[-1].lower() not in PLACE_TAIL:
        return False
    breaks = [m.end() for m in _SENTENCE_BREAK.finditer(text, 0, start)]
    after = _SENTENCE_BREAK.search(text, end)
    sentence = text[breaks[-1] if breaks else 0 : after.start() if after else len(text)]
    return not any(c.isdigit() for c in _ORDINAL.sub("", sentence))


# First words of places, never of a person's name: "San Isidro", "Calle Hidalgo", "Fort Worth"
PLACE_HEADS = frozenset(
    "san santa santo sao saint st calle rio fort port mount lake los las el la sector district region zone".split()  # noqa: SIM905
) | frozenset(
    # round 13: the first words of public places' names in Spanish, French and Portuguese notices ("Biblioteca
    # Pública de Florence", "École Jules Ferry")
    """biblioteca escuela colegio universidad iglesia museo parque centro oficina aeropuerto estacion bibliotheque
    ecole eglise musee mairie escola igreja""".split()  # noqa: SIM905
)


@dataclass(frozen=True, slots=True)
class Gazetteer:
    given: frozenset[str]
    surnames: frozenset[str]
    frequent_given: frozenset[str] = frozenset()  # the census lists, faker's, and nam_dict's frequent ones
    native_surnames: frozenset[str] = frozenset()  # Chinese and Korean surnames in their script (one character)
    native_names: frozenset[str] = frozenset()  # given names and surnames in Arabic script

    def is_native_name(self, word: str) -> bool:
        """A name written in Han, Hangul or Arabic script: a known surname character and one or two more
        (马丽华, 정혜린), or Arabic-script words of which one is a known name (هدى التميمي)."""
        w = word.strip()
        if _HAN_HANGUL.fullmatch(w):
            return 2 <= len(w) <= 4 and w[0] in self.native_surnames
        parts = [fold(p) for p in w.split()]
        return (
            bool(parts)
            and all(_ARABIC.fullmatch(p) for p in parts)
            and any(p in self.native_names or p.removeprefix("ال") in self.native_names for p in parts)
        )

    def is_frequent_given(self, word: str) -> bool:
        return fold(word) in self.frequent_given

    def is_given(self, word: str) -> bool:
        return fold(word) in self.given

    def is_surname(self, word: str) -> bool:
        return fold(word) in self.surnames

    def is_name_word(self, word: str) -> bool:
        w = fold(word)
        if w in self.given or w in self.surnames:
            return True
        # compounds: Jean-Baptiste, Jae-hyun, Al-Khatib, Okonkwo-Eze
        parts = [p for p in w.split("-") if p]
        if len(parts) < 2:
            return False
        if parts[0] in _NAME_PREFIXES:
            parts = parts[1:]
        if parts[0] in _COMPOUND_HEADS and len(parts) == 2 and _COMPOUND_TAIL.fullmatch(parts[1]):
            return True  # French and Haitian compounds the lists lack: Rose-Mirlande, Jean-Wesly, Marie-Yolène
        return all(p in self.given or p in self.surnames for p in parts)

    @staticmethod
    def is_common(word: str) -> bool:
        w = fold(word)
        return w in COMMON_WORDS or w in STOP_WORDS


_COMPOUND_HEADS = frozenset({"jean", "marie", "rose", "anne", "pierre", "louis", "marc", "paul", "jacques", "claude"})
_COMPOUND_TAIL = re.compile(r"[a-z]{3,}(?<!ed)(?<!ing)(?<!ly)")
_NAME_PREFIXES = frozenset({"al", "el", "abu", "abou", "abd", "bin", "ibn", "ben", "ould", "saint", "st"})
_HAN_HANGUL = re.compile(r"[\u4e00-\u9fff\uac00-\ud7af]+")
# round 21: with Persian's four letters of its own (پ چ ژ گ); its yeh and keheh fold to Arabic's (below)
_ARABIC = re.compile(r"[\u0621-\u064a\u067e\u0686\u0698\u06af]+")
# letters NFKD does not split into a base letter and an accent
_UNSPLIT = str.maketrans(
    {"đ": "d", "ł": "l", "ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "\u0131": "i", "ð": "d", "þ": "th"}
    | {"\u06cc": "\u064a", "\u06a9": "\u0643"}  # round 21: Persian ی, ک as Arabic ي, ك ("سید" is "سيد")
)


# Spellings English words almost never have, which the names of origins the lists under-represent do:
# Somali (Xirsi, Maxamuud, Deeqa: initial x, doubled a/u/i, q without u), Igbo and Yoruba (Ikechukwu, Nwankwo,
# Gbenga, Nkechi: kw/gw/nw/gb/kp before a final vowel, initial nk/ng/nn/gb) and Hawaiian (Kahananui, Leilani:
# only its letters, every syllable a vowel or consonant + vowel).
_SOMALI = re.compile(r"^x[aeiou]|aa|uu|ii|q(?!u)")
_WEST_AFRICAN = re.compile(r"^(?:nk|ng|nn|gb|kp|nw)[aeiou]|(?:kw|gw|nw|gb|kp)[aeiou](?:\w*[aeiou])?$")
_HAWAIIAN = re.compile(r"^(?:[hklmnpw]?[aeiou]){3,}$")
# South Slavic, East Slavic and Polish surname endings (Jovanović, Hryhorenko, Kowalczyk, Zielinski).
_SLAVIC = re.compile(r"(?:vi[cć]h?|ić|enko|chuk|czyk|[nwo]ski|[nwo]ska|[a-z]cki)$")


def spelled_like_a_name(word: str) -> bool:
    """Whether a word is spelled the way Somali, Igbo, Yoruba, Hawaiian or Slavic names are and English words are
    not."""
    if len(word) >= 6 and _SLAVIC.search(word.lower()) and (word.endswith(("ć", "Ć")) or len(word) >= 7):
        return True
    w = fold(word).replace("'", "")
    if len(w) < 4 or not w.isalpha():
        return False
    return bool(_SOMALI.search(w) or _WEST_AFRICAN.search(w) or (len(w) >= 5 and _HAWAIIAN.match(w)))


def fold(word: str) -> str:
    """Lower case without accents: ``Muñoz`` → ``munoz``, ``Đặng`` → ``dang`` (the lists spell names without
    them, mostly)."""
    w = word.lower().strip(".,;:'\"()")
    if w.isascii():
        return w
    w = w.translate(_UNSPLIT)
    return "".join(c for c in unicodedata.normalize("NFKD", w) if not unicodedata.combining(c))


def _census(name: str) -> set[str]:
    text = resources.files("names").joinpath(name).read_text(encoding="utf-8")
    return {fold(line.split(" ", 1)[0]) for line in text.splitlines() if line.strip()}


def _nam_dict() -> tuple[set[str], set[str]]:
    """Every given name of nam_dict, and those with a frequency of 3 or more (its scale: 1 rare .. D very
    common) in at least one country's column."""
    text = resources.files("gender_guesser").joinpath("data/nam_dict.txt").read_text(encoding="utf-8")
    out: set[str] = set()
    frequent: set[str] = set()
    for line in text.splitlines():
        if not line or line[0] in "#=" or len(line) < 4:
            continue
        parts = line.split()
        if len(parts) < 2:
            continue
        common = any(c in "3456789ABCD" for c in line[30:-1])
        for piece in parts[1].replace("-", "+").split("+"):
            if len(piece) >= 2:
                out.add(fold(piece))
                if common:
                    frequent.add(fold(piece))
    return out, frequent


def _faker() -> tuple[set[str], set[str], set[str], set[str]]:
    """Given names, surnames, Han/Hangul surname characters and Arabic-script names of faker's person lists."""
    import faker.providers.person as person

    given: set[str] = set()
    surnames: set[str] = set()
    native_surnames: set[str] = set()
    native: set[str] = set()
    for module in pkgutil.iter_modules(person.__path__):
        if module.name == "en":
            continue  # an uncurated list of every name ever given in the US ("Unknown" among them); census covers it
        provider = importlib.import_module(f"{person.__name__}.{module.name}").Provider
        for attr, value in vars(provider).items():
            last = "last" in attr
            if not (last or "first" in attr or "middle" in attr) or "format" in attr:
                continue
            if not isinstance(value, (list, tuple, dict)):
                continue
            for entry in value:
                if not isinstance(entry, str) or "{" in entry:
                    continue
                for piece in entry.split():
                    if _HAN_HANGUL.fullmatch(piece):
                        if last and len(piece) == 1:
                            native_surnames.add(piece)
                        continue
                    word = fold(piece)
                    if _ARABIC.fullmatch(word):
                        native.add(word)
                    elif len(word) >= 2 and word.replace("-", "").replace("'", "").isalpha():
                        (surnames if last else given).add(word)
    return given, surnames, native_surnames, native


def _load() -> Gazetteer:
    census_given = _census("dist.male.first") | _census("dist.female.first")
    given, frequent = _nam_dict()
    surnames = _census("dist.all.last")
    faker_given, faker_surnames, native_surnames, native = _faker()
    return Gazetteer(
        frozenset(census_given | given | faker_given),
        frozenset(surnames | faker_surnames),
        frozenset(census_given | frequent | faker_given),
        frozenset(native_surnames),
        frozenset(native),
    )


@functools.cache
def japanese_surnames() -> frozenset[str]:
    """Japan's most common surnames in kanji (faker's ja_JP list: 佐藤, 鈴木, 高橋 …): a kanji word in a
    Japanese text is a surname on the strength of a weak cue (an honorific, a relation) only if it is one."""
    from faker.providers.person.ja_JP import Provider as Japan

    # (round 23: with the repeat mark, 佐々木, 佐々岡)
    return frozenset(n for n in Japan.last_names if _HAN_HANGUL.fullmatch(n.replace("\u3005", "")))


@functools.cache
def region_names() -> frozenset[str]:
    """The names of the US states and of the world's countries (faker's English address lists), folded: a given
    name that is also one ("Georgia", "Jordan", "India") is not a person on the strength of a verb alone."""
    from faker.providers.address.en import Provider as World
    from faker.providers.address.en_US import Provider as US

    return frozenset(fold(n) for n in (*US.states, *World.countries))


@functools.cache
def english_words() -> tuple[frozenset[str], tuple[tuple[str, str], ...]]:
    """English nouns, verbs, adjectives and adverbs (about 90,000, from WordNet) and their irregular forms, with
    the suffix rules that make the regular ones ("ran", "desks", "walked"), as the spaCy model's lemmatizer ships
    them: a lower-case word outside them is seldom an English one ("peralta", "kowalczyk"). Empty when the
    model's tables are absent (the callers then read more text as names, not less)."""
    import spacy.util
    from spacy.lookups import Lookups

    from gateway.detect.nlp import MODEL

    try:
        found = sorted(spacy.util.get_package_path(MODEL).glob("*/lemmatizer/lookups/lookups.bin"))
    except (ImportError, OSError):
        return frozenset(), ()
    if not found:
        return frozenset(), ()
    tables = Lookups().from_disk(found[0].parent)
    words = {w for forms in tables.get_table("lemma_index").values() for w in forms if w.isalpha()}
    words |= {w for forms in tables.get_table("lemma_exc").values() for w in forms if w.isalpha()}
    rules = {
        (old, new)
        for pairs in tables.get_table("lemma_rules").values()
        for old, new in pairs
        if old.isalpha() and (new == "" or new.isalpha())
    }
    return frozenset(words), tuple(sorted(rules))


def english_word(word: str) -> bool:
    """Whether a word (any case) is an English word of the model's lemma tables, an inflected form of one, or a
    stop word."""
    w = word.lower()
    words, rules = english_words()
    if w in words or w in STOP_WORDS:
        return True
    # a name the lists hold is read as an inflected word only from a long stem: "Torres" is not "torr" + "es"
    shortest = 5 if gazetteer().is_name_word(w) else 3
    return any(
        w.endswith(old) and len(w) - len(old) >= shortest and w[: len(w) - len(old)] + new in words
        for old, new in rules
    )


_lock = threading.Lock()
_gazetteer: Gazetteer | None = None


def gazetteer() -> Gazetteer:
    """The process-wide lists, read on first use, once."""
    global _gazetteer
    if _gazetteer is None:
        with _lock:
            if _gazetteer is None:
                _gazetteer = _load()
    return _gazetteer


if __name__ == "__main__":
    import resource
    import time
    import tracemalloc

    tracemalloc.start()
    started = time.process_time()
    g = gazetteer()
    current, _peak = tracemalloc.get_traced_memory()
    print(
        f"{len(g.given)} given names, {len(g.surnames)} surnames; {current / 2**20:.1f} MiB held, "
        f"loaded in {time.process_time() - started:.2f} s CPU; "
        f"process max RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB"
    )
