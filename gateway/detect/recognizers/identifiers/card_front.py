"""Round 18. The front of a driving licence or ID card as OCR or a PDF copy reads it. The AAMVA DL/ID card design
and the EU / ISO 18013-1 licence number their fields alike: ``1`` family name, ``2`` given names, ``3`` date (and
place) of birth, ``4a`` issue, ``4b`` expiry, ``4c`` issuer, ``4d`` licence number (``5`` on EU licences), ``8``
address; a field may carry a caption after its number (``4d DLN``, ``3 DOB``, ``1. Nom :``).

Only below a header that names a driving licence or ID card in some language (DRIVER'S LICENSE, PERMIS DE
CONDUIRE, FÜHRERSCHEIN, 운전면허증, 運転免許証 …), and only where at least two numbered fields start lines (or follow
another field after two spaces), one of ``3``/``4a``/``4b`` opening with a date, and a name or a licence number
among them: a numbered how-to list or policy under the same words is not a card. Then ``1`` and ``2`` → PERSON
(name-shaped values only), ``3`` → DATE_OF_BIRTH (the date, not the place), ``4d`` (``5`` where the card has no
``4d`` and the caption is not ``DD``, the AAMVA document discriminator) → US_DRIVER_LICENSE, ``8`` →
STREET_ADDRESS; ``4a``/``4b``/``4c`` are dates and an authority, never a birth date. A specimen card
(``MUSTERMANN``, ``SAMPLE``) is no one's.

A card without field numbers captions its values instead ("Số/No:", "면허번호:", "Nº REGISTRO"): below
(or on) the header's line, a line captioned as a number (not a phone, passport, order or other document's number)
gives US_DRIVER_LICENSE, where a line near the header captions the holder's name or birth date too (the label
lexicon's captions, labels.py): a card, not a letter that mentions a licence. Its name and birth date are the
label recognizers' to find.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from spacy.lang.en.stop_words import STOP_WORDS

from gateway.detect.labels import entity_for
from gateway.detect.recognizers.anchored import Anchor, AnchoredRegex, word_prefixes
from gateway.detect.recognizers.base import own_result

SCORE = 0.85
_HEADER = re.compile(
    r"(?i)\b(?:driv(?:er['\u2019]?s?|ing)[ \t]+licen[cs]e|(?:identification|id)[ \t]+card"
    r"|learner['\u2019]?s?[ \t]+permit|instruction[ \t]+permit|permis[ \t]+de[ \t]+condu(?:ire|cere)"
    r"|f(?:ü|ue|u)hrerschein|patente[ \t]+di[ \t]+guida"
    r"|carteira[ \t]+(?:nacional[ \t]+)?de[ \t]+habilita[çc][ãa]o|carta[ \t]+de[ \t]+condu[çc][ãa]o"
    r"|licencia[ \t]+de[ \t]+(?:conducir|conducci[óo]n)|permiso[ \t]+de[ \t]+conducir|rijbewijs|k[øöo]rekort"
    r"|f[øo]rerkort|k[öo]rkort|ajokortti|prawo[ \t]+jazdy|[řr]idi[čc]sk[ýy][ \t]+pr[ůu]kaz|vezet[őo]i[ \t]+enged[ée]ly"
    r"|s[üu]r[üu]c[üu][ \t]+belgesi|gi[ấa]y[ \t]+ph[ée]p[ \t]+l[áa]i[ \t]+xe|lisensya[ \t]+sa[ \t]+pagmamaneho"
    r"|carte[ \t]+d['\u2019]identit[ée]|personalausweis|carta[ \t]+d['\u2019]identit[àa]"
    r"|c[ée]dula[ \t]+de[ \t]+identidad)\b"
    r"|водительское[ \t]+удостоверение|посвідчення[ \t]+водія|[άα]δεια[ \t]+οδ[ήη]γησης"
    r"|운전[ \t]?면허증|駕照|駕駛執照|驾驶证|驾照|運転免許証|رخصة[ \t]+(?:ال)?قيادة"
)
# _HEADER tried only where one of its words can begin (anchored.py: the beginnings are read off the pattern and
# hold on ASCII texts; a text beyond ASCII is searched whole), with the same matches: most texts name no card
_HEADER_PREFIXES = word_prefixes(_HEADER.pattern, _HEADER.flags)
HEADER: AnchoredRegex | re.Pattern[str] = (
    AnchoredRegex(_HEADER, Anchor(folded_word=_HEADER_PREFIXES, ascii_only=True), 0, word_start=True)
    if _HEADER_PREFIXES
    else _HEADER
)
_BLOCK_LINES = 30
_HOLDER_LINES = 12
_FIELD = re.compile(
    # normalize.py joins "3. 07.09.1995" into "3.07.09.1995"
    r"(?:^|(?<=[ \t]{2}))[ \t]*(?P<num>\d{1,2}[a-d]?)(?:[.)][ \t]*|[ \t]+)(?P<body>\S.*?)"
    r"(?=[ \t]{2,}\d{1,2}[a-d]?[.)]?[ \t]+\S|[ \t]*$)"
)
# a caption after the field's number: words before a colon ("Nom :", "N° du permis :"), or the AAMVA card's
# short captions
_CAPTION = re.compile(
    r"^(?:[^:\uff1a\d]{1,40}?[ \t]*[:\uff1a]"
    r"|(?:DLN|DL|LN|FN|DOB|ISS|EXP|ADDR(?:ESS)?|NAME|No\.?|Nr\.?|N[°º]\.?)(?![\w]))[ \t]*",
    re.IGNORECASE,
)
_NAME_WORD = r"[^\W\d_][^\W\d_'\u2019.-]*(?:['\u2019.-][^\W\d_]+)*\.?"
_NAME = re.compile(rf"{_NAME_WORD}(?:[ ]{_NAME_WORD}){{0,5}}")
_PARTICLES = frozenset({"de", "da", "do", "dos", "das", "del", "della", "di", "du", "la", "le", "van", "von", "der"})
_DATE = re.compile(
    r"(?<!\d)(?:\d{1,2}[./ -]\d{1,2}[./ -](?:19|20)\d{2}|(?:19|20)\d{2}[./-]\d{1,2}[./-]\d{1,2}"
    r"|\d{1,2}[ -]?[A-Za-z]{3,9}\.?[ -]?(?:19|20)\d{2})(?!\d)"
)
_NUMBER = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9]|[ -](?=[A-Za-z0-9])){3,24}")
# a card without field numbers captions its number: "Số/No:", "Nº REGISTRO", "면허번호:", "證號\uff1a", "番号 第 … 号",
# "رقم الرخصة:", "Blg.:" (normalize.py has folded the accents)
_CAPTIONED = re.compile(
    r"^[ \t]*(?P<cap>[^:\uff1a\n]{1,30}?)[ \t]*(?:[:\uff1a#][ \t]*|[ \t]+)(?:第[ \t]*)?"
    r"(?P<value>(?=[A-Za-z0-9-]*\d)[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*(?:[ ][A-Za-z0-9]*\d[A-Za-z0-9-]*)*)"
    r"(?=[ \t]*号|[ \t]*$|[ \t]{2}|[,;(\uff08])"
)
_NUMBER_CAPTION = re.compile(
    r"(?i)(?:^|(?<=[\s/.(]))(?:no|nr|n[°º]|num(?:ber)?|n[uú]mero|num[ée]ro|numer|\w*nummer|s[ốo]|blg|registro"
    r"|dln|номер|αριθμ[οό]ς)\.?(?=$|[\s/.)])|번호|[號号]|番号|رقم"
)
# numbers of other documents and things a licence header may sit above
_OTHER_NUMBER = re.compile(
    r"(?i)passport|pasaporte|passeport|cpf|identidad|cedula|c[ée]dula|tel|phone|fax|model|serial|part|order|invoice"
    r"|ticket|case|claim|policy|plate|vin|account|control|receipt|ref|tracking|form|version|registration|class"
    r"|categor|전화|電話|电话|護照|护照|旅券|여권"
)
_SPECIMEN = frozenset({"MUSTERMANN", "MUSTERFRAU", "SAMPLE", "SPECIMEN", "SPÉCIMEN", "MUESTRA", "CAMPIONE"})
_NEXT_CAPTION = re.compile(r"[ \t]+(?=(?:DOB|ISS|EXP|SEX|HGT|DLN)\b)")
_DISCRIMINATOR = re.compile(r"(?i)^(?:DD|document[ \t]+discriminator)\b")


def _a_name(value: str) -> bool:
    if not _NAME.fullmatch(value):
        return False
    words = value.split()
    if any(w.lower() in STOP_WORDS and w.lower() not in _PARTICLES for w in words):
        return False  # a sentence, not a name ("Bring your old card")
    return all(w[0].isupper() or w.lower() in _PARTICLES for w in words) and not all(
        w.lower() in _PARTICLES for w in words
    )


def _lines_after(text: str, start: int, count: int) -> list[tuple[int, str]]:
    """Up to ``count`` lines from ``start`` on, each with where it starts."""
    lines: list[tuple[int, str]] = []
    while start <= len(text) and len(lines) < count:
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        lines.append((start, text[start:end]))
        start = end + 1
    return lines


def _lines_before(text: str, at: int, count: int) -> list[str]:
    """Up to ``count`` whole lines before the line that holds ``at``."""
    lines: list[str] = []
    end = text.rfind("\n", 0, at)
    while end >= 0 and len(lines) < count:
        start = text.rfind("\n", 0, end) + 1
        lines.append(text[start:end])
        end = start - 1
    return lines


def _holder_caption(line: str) -> bool:
    """Whether ``line`` opens with a caption of the holder's name or birth date, in any language the label
    lexicon knows ("성명:", "Họ tên/Full name:", "NOME …", "生年月日 …"); bilingual captions are split at ``/``."""
    head, colon, _ = line.strip().partition(":") if ":" in line else line.strip().partition("\uff1a")
    captions = [head] if colon and len(head) <= 40 else [" ".join(line.split()[:n]) for n in (1, 2, 3)]
    return any(entity_for(c.strip()) in ("PERSON", "DATE_OF_BIRTH") for cap in captions for c in cap.split("/"))


def _value(body: str) -> tuple[int, str]:
    """The field's value after its caption, and where it starts in ``body``."""
    m = _CAPTION.match(body)
    start = m.end() if m else 0
    return start, body[start:].rstrip()


class CardFrontRecognizer(EntityRecognizer):
    def __init__(self) -> None:
        entities = ["PERSON", "DATE_OF_BIRTH", "US_DRIVER_LICENSE", "STREET_ADDRESS"]
        super().__init__(supported_entities=entities, name="CardFrontRecognizer", context=[])

    def load(self) -> None:
        pass

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        results: list[RecognizerResult] = []
        block_end = -1  # a header inside the block of the one before it adds little: its lines were read
        for header in HEADER.finditer(text):
            if header.start() < block_end:
                continue
            line_end = text.find("\n", header.end())
            if line_end < 0:
                line_end = len(text)
            found = list(self._card(text, line_end + 1))
            found += list(self._captioned(text, header.end(), line_end))
            results += [own_result(self, e, s, t, SCORE) for e, s, t in found if e in entities]
            block = _lines_after(text, line_end + 1, _BLOCK_LINES // 2)
            block_end = block[-1][0] if block else len(text)
        return list({(r.entity_type, r.start, r.end): r for r in results}.values())

    def _card(self, text: str, start: int) -> Iterator[tuple[str, int, int]]:
        fields: list[tuple[str, int, str]] = []  # number, where the value starts, the value
        for line_start, line in _lines_after(text, start, _BLOCK_LINES):
            for m in _FIELD.finditer(line):
                offset, value = _value(m["body"])
                caption = m["body"][:offset]
                if m["num"] == "5" and _DISCRIMINATOR.match(caption):
                    continue
                fields.append((m["num"].lower(), line_start + m.start("body") + offset, value))
        numbers = {num for num, _, _ in fields}
        dated = any(num in ("3", "4a", "4b") and _DATE.match(value) for num, _, value in fields)
        if len(numbers & {"1", "2", "3", "4a", "4b", "4d", "5", "8"}) < 2 or not dated:
            return
        if any(num in ("1", "2") and value.upper() in _SPECIMEN for num, _, value in fields):
            return
        licence = "4d" if "4d" in numbers else "5"
        named = any(num in ("1", "2") and _a_name(value) for num, _, value in fields)
        if not named and not any(num == licence and _NUMBER.match(value) for num, _, value in fields):
            return  # a numbered list that happens to hold a date ("3. 01/01/2025 the policy takes effect")
        for num, at, value in fields:
            yield from self._field(num, at, value, licence)

    @staticmethod
    def _captioned(text: str, header_end: int, line_end: int) -> Iterator[tuple[str, int, int]]:
        """Captioned licence numbers on the header's line (after the header) and the lines below it, where the
        lines around caption the holder's name or birth date too (a card, not a letter that names a licence)."""
        lines = [(header_end, text[header_end:line_end]), *_lines_after(text, line_end + 1, _BLOCK_LINES)]
        if not any(_holder_caption(line) for line in _lines_before(text, header_end, _HOLDER_LINES)) and not any(
            _holder_caption(line) for _, line in lines[: _HOLDER_LINES + 1]
        ):
            return
        for start, line in lines:
            m = _CAPTIONED.match(line)
            if m is None or not _NUMBER_CAPTION.search(m["cap"]) or _OTHER_NUMBER.search(m["cap"]):
                continue
            value = m["value"]
            if sum(ch.isdigit() for ch in value) >= 4 and not _DATE.fullmatch(value):
                yield "US_DRIVER_LICENSE", start + m.start("value"), start + m.end("value")

    @staticmethod
    def _field(num: str, at: int, value: str, licence: str) -> Iterator[tuple[str, int, int]]:
        if num in ("1", "2") and _a_name(value):
            yield "PERSON", at, at + len(value)
        elif num == "3" and (date := _DATE.match(value)):
            yield "DATE_OF_BIRTH", at + date.start(), at + date.end()
        elif num == licence and (number := _NUMBER.match(value)) and any(ch.isdigit() for ch in number.group()):
            yield "US_DRIVER_LICENSE", at, at + number.end()
        elif num == "8" and any(ch.isdigit() for ch in value) and any(ch.isalpha() for ch in value):
            # normalize.py may have joined the next line's field ("… IL 62704" + "3 DOB …")
            value = _NEXT_CAPTION.split(value, maxsplit=1)[0]
            yield "STREET_ADDRESS", at, at + len(value)
