"""Names recognisable by their shape in any case, where the name lists are thin: Vietnamese names with the
middle word Văn or Thị after a Vietnamese surname (``ngo thi bich``, ``TRAN VAN KHIEM``) or in Title Case with
two given syllables (``Lê Minh Khoa``), East Slavic full names with a patronymic (``Коваленко Ірина
Миколаївна``), and Korean names with
a Korean surname and a hyphenated romanised given name (``lim sun-hee``, ``KANG TAE-YANG``), and (round 20) Irish
names whose surname opens with its particle as a word of its own (``Cathal Ó Dubhghaill``, ``Aoife Ní Bhriain``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.lang.en.stop_words import STOP_WORDS

from gateway.detect.names_gazetteer import COMMON_WORDS, english_word, fold, gazetteer

# The surnames most Vietnamese people carry (over 90 % of the population), without accents.
_VIETNAMESE_SURNAMES = frozenset(
    """nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly dinh trinh truong lam mai luong
    ha cao ta doan quach kieu tang thai chau luu""".split()  # noqa: SIM905 - a word list reads better as text
)
_VIETNAMESE_MIDDLE = frozenset({"van", "thi"})
# The commonest Korean surnames in their usual romanisations.
_KOREAN_SURNAMES = frozenset(
    """kim lee yi rhee park pak bak choi choe jung chung jeong kang cho jo yoon yun jang chang lim im han oh seo
    suh shin sin kwon hwang ahn an song yoo yu ryu hong jeon jun ko go moon mun yang son sohn bae baek paek heo
    hur nam noh roh ha kwak sung seong cha joo ju woo koo ku min na jin ji won chae cheon byun byeon yeo chu
    do seok sim shim pyo gil ban maeng""".split()  # noqa: SIM905 - a word list reads better as text
)
# A syllable of Revised or McCune-Reischauer romanisation: onset, vowel, optional final consonant.
_KOREAN_SYLLABLE = re.compile(
    r"(?:[bcdghjkmnprstwy]|ch|kk|tt|pp|ss|jj|sh)?"
    r"(?:a|ae|e|eo|eu|i|o|oe|u|ui|wa|wae|we|wi|wo|ya|yae|ye|yeo|yo|yu|oo|ee)"
    r"(?:ng|n|l|k|m|p|t|b)?"
)
_WORD = r"[^\W\d_]+"
_VIETNAMESE = re.compile(
    rf"(?<![\w@./-])({_WORD})[ \t]+((?i:v[aă]n|th[iị]))[ \t]+({_WORD})(?:[ \t]+({_WORD}))?(?![\w@/-])"
)
# Title Case ``Lê Minh Khoa``, ``Phạm Thu Hằng``: a Vietnamese surname and one to three short words
_VIETNAMESE_TITLE_SURNAMES = tuple(f"{w.title()} " for w in _VIETNAMESE_SURNAMES)
_VIETNAMESE_TITLE = re.compile(
    r"(?<![\w@./-])(?:"
    + "|".join(sorted((w.title() for w in _VIETNAMESE_SURNAMES), key=len, reverse=True))
    + r")(?:[ \t]+[A-Z][a-z]{1,6}){2,3}(?![\w@/-])"
)
_VIETNAMESE_SYLLABLE = re.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?"
)
_VIETNAMESE_PLACES = frozenset({"ha noi", "ho chi minh", "hai phong", "ha long", "ha giang", "ha tinh", "ha nam"})
# Three words of an East Slavic full name, one of them a patronymic: "Коваленко Ірина Миколаївна",
# "Oksana Petrivna Hryhorenko", "ИВАНОВ Пётр Сергеевич"
_CYRILLIC_WORD = r"[\u0410-\u042f\u0401\u0404\u0406\u0407\u0490][\u0430-\u044f\u0451\u0454\u0456\u0457\u0491'\u2019]+"
_NAME_WORD = rf"(?:{_CYRILLIC_WORD}|[A-Z][a-z]+)"
# a patronymic word; the name words either side of it on its line are read from there
_PATRONYMIC_ENDINGS = ("vich", "vych", "vna", "вич", "вна", "чна")
_PATRONYMIC_WORD = re.compile(
    r"\w+?(?:ович|евич|євич|ьович|івна|ївна|овна|евна|ична|ovich|evich|ovych|ivna|ovna|evna)(?![\w@/-])"
)
_NEXT_NAME_WORD = re.compile(rf"[ \t]+({_NAME_WORD})(?![\w@/-])")
_KOREAN = re.compile(r"(?i)(?<![\w@./-])([a-z]{1,5})[ \t]+([a-z]{1,5})-([a-z]{1,5})(?![\w@/-])")
# the same name given first (``Seo-yeon Baek``) or after its surname and a comma (``PARK, Jae-won``), in Title
# Case or capitals: the order of English prose and of a memo's subject line
_KOREAN_GIVEN_FIRST = re.compile(
    r"(?<![\w@./-])([A-Z][a-z]{0,4}-[a-z]{1,5}|[A-Z]{1,5}-[A-Z]{1,5})[ \t]+([A-Z][a-z]{1,4}|[A-Z]{2,5})(?![\w@/-])"
)
_KOREAN_COMMA = re.compile(
    r"(?<![\w@./-])([A-Z][a-z]{1,4}|[A-Z]{2,5}),[ \t]+([A-Z][a-z]{0,4}-[a-z]{1,5}|[A-Z]{1,5}-[A-Z]{1,5})(?![\w@/-])"
)


def _plain(word: str) -> bool:
    w = fold(word)
    return w not in STOP_WORDS and w not in COMMON_WORDS


def _same_case(words: list[str]) -> bool:
    return all(w.isupper() for w in words) or all(w.islower() for w in words) or all(w[0].isupper() for w in words)


def vietnamese_names(text: str) -> Iterator[tuple[int, int]]:
    """``Surname Văn|Thị Given [Given]`` in one case throughout."""
    lowered = text.lower()
    if not any(m in lowered for m in ("van ", "thi ", "văn ", "thị ")):
        return
    for m in _VIETNAMESE.finditer(text):
        surname, middle, given, extra = m.group(1), m.group(2), m.group(3), m.group(4)
        if fold(surname) not in _VIETNAMESE_SURNAMES or fold(middle) not in _VIETNAMESE_MIDDLE:
            continue
        words = [surname, middle, given]
        if not _same_case(words) or len(fold(given)) < 2:
            continue
        everyday = not _plain(given) and (fold(given) in STOP_WORDS or not gazetteer().is_frequent_given(given))
        if everyday and not _two_syllable_given(words, extra):
            continue  # an everyday word that is also a frequent given name still ends the shape: "pham van long"
        end = m.end(3)
        if extra and _same_case([*words, extra]) and _plain(extra) and gazetteer().is_given(extra):
            end = m.end(4)
        yield m.start(1), end


def _two_syllable_given(words: list[str], extra: str | None) -> bool:
    """Round 19. ``Le Thi My Duyen``, ``LE THI MY DUYEN``: a given name of two syllables whose first is an English
    word once its accents are gone ("Mỹ"), the second a given name of the lists; not in lower case."""
    given = words[2]
    return (
        extra is not None
        and not given.islower()
        and _same_case([*words, extra])
        and _VIETNAMESE_SYLLABLE.fullmatch(fold(given)) is not None
        and _plain(extra)
        and gazetteer().is_given(extra)
    )


def korean_names(text: str) -> Iterator[tuple[int, int]]:
    """``Surname Syl-lable`` (``lim sun-hee``, ``Kang Tae-yang``): a Korean surname and a given name of two
    romanised syllables."""
    if "-" not in text:
        return
    for m in _KOREAN.finditer(text):
        surname, first, second = m.group(1), m.group(2), m.group(3)
        if surname.lower() not in _KOREAN_SURNAMES:
            continue
        if not (_KOREAN_SYLLABLE.fullmatch(first.lower()) and _KOREAN_SYLLABLE.fullmatch(second.lower())):
            continue
        if not _same_case([surname, first]) or (first.islower() and first in STOP_WORDS):
            continue
        yield m.start(1), m.end(3)
    for m in _KOREAN_GIVEN_FIRST.finditer(text):
        if m.group(2).lower() in _KOREAN_SURNAMES and _korean_given(m.group(1)):
            yield m.start(), m.end()
    for m in _KOREAN_COMMA.finditer(text):
        if m.group(1).lower() in _KOREAN_SURNAMES and _korean_given(m.group(2)):
            yield m.start(), m.end()


def _korean_given(word: str) -> bool:
    """Two romanised syllables joined by a hyphen, neither an English stop word ("Co-op", "Re-do" are not)."""
    syllables = word.lower().split("-")
    return (
        all(_KOREAN_SYLLABLE.fullmatch(s) and s not in STOP_WORDS for s in syllables)
        and not english_word(word.lower().replace("-", ""))
        and not english_word(word.lower())
    )


def vietnamese_title_names(text: str) -> Iterator[tuple[int, int]]:
    """``Surname Given Given`` in Title Case (``Lê Minh Khoa``, ``Pham Thu Hang``): a Vietnamese surname and two or
    three words each one Vietnamese syllable and a given name in the lists; not a place (Hồ Chí Minh). The accents
    are gone by the time a recognizer reads the text (normalize.py)."""
    if not any(surname in text for surname in _VIETNAMESE_TITLE_SURNAMES):
        return
    for m in _VIETNAMESE_TITLE.finditer(text):
        words = m.group(0).split()
        if len(words) < 3 or fold(words[0]) not in _VIETNAMESE_SURNAMES:
            continue
        folded = [fold(w) for w in words]
        if " ".join(folded[:3]) in _VIETNAMESE_PLACES or " ".join(folded[:2]) in _VIETNAMESE_PLACES:
            continue
        g = gazetteer()
        if all(_VIETNAMESE_SYLLABLE.fullmatch(w) and g.is_given(w) and _plain(w) for w in folded[1:]):
            yield m.start(), m.end()


def slavic_patronymic_names(text: str) -> Iterator[tuple[int, int]]:
    """Three name words, the second or third a patronymic (``-ович``, ``-івна``, ``-ovna``), in one script."""
    if not any(ending in text for ending in _PATRONYMIC_ENDINGS):
        return
    for m in _PATRONYMIC_WORD.finditer(text):
        pat = m.group(0)
        if not pat[0].isupper():
            continue
        line = text.rfind("\n", 0, m.start()) + 1
        before = text[max(line, m.start() - 60) : m.start()].split()
        after = _NEXT_NAME_WORD.match(text, m.end())
        words = [*before[-2:], pat] if after is None else [*before[-1:], pat, after.group(1)]
        if len(words) != 3 or not all(
            w[0].isupper() and w.replace("'", "").replace("\u2019", "").isalpha() for w in words
        ):
            continue
        if not all(_plain(w) for w in words) or len({w.isascii() for w in words}) != 1:
            continue
        start = text.rindex(words[0], 0, m.start())
        yield start, m.end() if after is None else after.end(1)


# A run of Arabic-script words, of Hangul syllables, or a Chinese greeting's names ("亲爱的王小明和李娜").
# round 21: Persian's letters too (پ چ ژ گ ک ی: "بهرام نیکزاد")
_ARABIC_LETTERS = "\u0621-\u064a\u067e\u0686\u0698\u06a9\u06af\u06cc"
_ARABIC_RUN = re.compile(f"[{_ARABIC_LETTERS}]+(?:[ \t][{_ARABIC_LETTERS}]+)*")
_HANGUL_RUN = re.compile(r"(?<![\uac00-\ud7af])[\uac00-\ud7af]{3}(?![\uac00-\ud7af])")
_LATIN_LETTER = re.compile(r"[A-Za-z]")
# Han salutations ("dear", "respected") and the names after them, joined by "and" or an enumeration comma
_HAN_SALUTATION = re.compile(r"(?:亲爱的|親愛的|尊敬的)((?:[\u4e00-\u9fff]{2,3}(?:和|与|與|及|、)?){1,4})")
_HAN_JOINERS = "和与與及、"
# three-syllable Korean words that open with a surname's syllable and are no name: "Korean (language)", "Korean"
_HANGUL_WORDS = frozenset({"한국어", "한국인", "조선어", "안녕히", "이름은", "감사해", "고마워"})


def native_script_names(text: str) -> Iterator[tuple[int, int]]:
    """Names in their own script inside text mostly written in Latin letters, where no label introduces them:
    two to four Arabic-script words, the first a given name of the lists and the others names or family names of
    the ``al-…i`` form (``فاطمة الزهراني``); a word of three Hangul syllables standing alone whose first is a Korean
    surname (``배서진``); and the names after a Chinese salutation, each a surname character and one or two more."""
    if text.isascii():
        return
    g = gazetteer()
    latin = len(_LATIN_LETTER.findall(text))
    for m in _ARABIC_RUN.finditer(text):
        words = [fold(w) for w in m.group(0).split()]
        if not 2 <= len(words) <= 4 or 2 * latin < len(text) - text.count(" "):
            continue
        tail = words[-1]
        # round 21: the last word may be a Persian -i surname (رحیمی, Rahimi) after known names
        nisba = len(words) >= 3 and len(tail) >= 4 and tail.endswith("ي") and not tail.startswith("ال")
        rest = words[1:-1] if nisba else words[1:]
        if words[0] in g.native_names and all(_arabic_name_word(w, g.native_names) for w in rest):
            yield m.start(), m.end()
    if 2 * latin >= len(text) - text.count(" "):
        for m in _HANGUL_RUN.finditer(text):
            if m.group(0)[0] in g.native_surnames and m.group(0) not in _HANGUL_WORDS:
                yield m.start(), m.end()
    for m in _HAN_SALUTATION.finditer(text):
        at = m.start(1)
        for piece in re.split(f"[{_HAN_JOINERS}]", m.group(1)):
            if piece and 2 <= len(piece) <= 3 and piece[0] in g.native_surnames:
                yield at, at + len(piece)
            at += len(piece) + 1


# Round 21. Endings of Afghan and Iranian names: "-ullah" (احمدالله), "-zai" (احمدزی), "-zadeh", "-pour"
_PERSIAN_NAME_ENDINGS = ("الله", "زي", "زاده", "پور")


def _arabic_name_word(word: str, names: frozenset[str]) -> bool:
    return (
        word in names
        or word.removeprefix("ال") in names
        or (word.startswith("ال") and len(word) >= 5 and word.endswith("ي"))
        or (len(word) >= 5 and word.endswith(_PERSIAN_NAME_ENDINGS))
    )


# Round 20. A given name, an Irish surname's particle as a word of its own (Ó, Ní, Nic, Mac, Mhic, Uí, Ua; the
# accents are gone by the time a recognizer reads the text: "O", "Ni") and the surname: "Cathal Ó Dubhghaill"
_IRISH = re.compile(
    r"(?<![\w@./-])([A-Z][a-z]+)[ \t]+(?:O|Ó|Ni|Ní|Nic|Mac|Mhic|Ui|Uí|Ua)[ \t]+([A-Z][a-z']{2,}(?:-[A-Z][a-z']+)?)"
    r"(?![\w@/-])"
)
_IRISH_PARTICLES = (" O ", " Ó ", " Ni ", " Ní ", " Nic ", " Mac ", " Mhic ", " Ui ", " Uí ", " Ua ")


def irish_names(text: str) -> Iterator[tuple[int, int]]:
    """``Given Ó Surname``: a frequent given name that is no everyday word, the particle, and a surname that is no
    English or everyday word ("Mac Pro", "O Street" are not names)."""
    if not any(p in text for p in _IRISH_PARTICLES):
        return
    g = gazetteer()
    for m in _IRISH.finditer(text):
        given, surname = m.group(1), m.group(2)
        if not g.is_frequent_given(given) or g.is_common(given) or given.lower() in STOP_WORDS:
            continue
        if english_word(surname.lower()) or g.is_common(surname) or surname.lower() in COMMON_WORDS:
            continue
        yield m.start(), m.end()
