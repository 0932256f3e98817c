"""Round 21. A found name's twin in another script, written right beside it.

Forms, manifests and translators' notes write a person's name twice, in the Latin alphabet and in the person's own
script, one in brackets or after a slash next to the other: "渡辺 健太郎 (WATANABE Kentaro)", "LIU Xiaotong
(刘晓彤)", "ዮናስ ወልዴ / Yonas Wolde", "សុខ ចាន់ធី (Sok Chanthy)". The model reads only the Latin one; redacting it and
sending the other hands the vendor the name anyway. So the run of another script's letters right beside a reported
name (one to four words, only brackets, a slash or spaces between them) is that person too, and so are the one to
four capitalised Latin words right beside a reported name in another script ("欧阳婉清 (OUYANG WANQING)", the
brackets full-width too). Anchored on a name already reported, this adds no finding to a text that had none.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from spacy.lang.en.stop_words import STOP_WORDS

from gateway.detect.names_gazetteer import english_word, gazetteer

# Letters (and the vowel signs that Indic, Ethiopic, Thai, Khmer and Burmese words cannot do without) of the
# scripts the department's forms meet besides Latin, without their punctuation and digits.
_LETTER = (
    "\u0370-\u03ff\u0400-\u04ff"  # Greek, Cyrillic
    "\u0531-\u0587"  # Armenian
    "\u05d0-\u05ea\u05f0-\u05f2\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7"  # Hebrew
    "\u0621-\u064a\u064b-\u065f\u0671-\u06d3\u06d5"  # Arabic, Persian, Urdu
    "\u0900-\u0963\u0971-\u097f"  # Devanagari
    "\u0980-\u09e3\u0a00-\u0a63\u0a80-\u0ae3\u0b80-\u0be3\u0c00-\u0c63\u0c80-\u0ce3\u0d00-\u0d63"  # Indic
    "\u0e01-\u0e4e"  # Thai
    "\u1000-\u103f\u1050-\u109d"  # Burmese
    "\u10a0-\u10ff"  # Georgian
    "\u1200-\u135f"  # Ethiopic
    "\u1780-\u17d3"  # Khmer
    "\u3041-\u3096\u30a1-\u30fa\u30fc\u3400-\u4dbf\u4e00-\u9fff"  # kana, Han
    "\uac00-\ud7af"  # Hangul
)
_OTHER_WORD = f"[{_LETTER}]+"
# one to four words of another script; CJK names may repeat after a slash ("刘晓彤 / 刘晓彤")
_OTHER_RUN = f"{_OTHER_WORD}(?:[ \\t\u3000]{_OTHER_WORD}){{0,3}}"
_LATIN_RUN = r"[A-Z][A-Za-z'\-]+(?:[ \t][A-Z][A-Za-z'\-]+){0,3}"
_OPEN = r"[ \t]*(?:\(|\uff08|/|\uff0f)[ \t]*"
_AFTER_OTHER = re.compile(f"{_OPEN}({_OTHER_RUN})(?:[ \\t]*[/\uff0f][ \\t]*({_OTHER_RUN}))?(?![{_LETTER}])")
_AFTER_LATIN = re.compile(f"{_OPEN}({_LATIN_RUN})(?![\\w'-])")
_BEFORE_OTHER = re.compile(f"(?<![{_LETTER}])({_OTHER_RUN}){_OPEN}$")
_BEFORE_LATIN = re.compile(f"(?<![\\w'-])({_LATIN_RUN}){_OPEN}$")
_SCRIPT = re.compile(f"[{_LETTER}]")
_REACH = 40  # characters looked at before a name
_MAX_RUN = 30


def _other_script(value: str) -> bool:
    return _SCRIPT.search(value) is not None and not re.search(r"[A-Za-z]", value)


def script_twins(text: str, names: Iterable[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """(start, end) of each run of letters written beside a name at ``names`` in the other alphabet: another
    script's beside a Latin name, capitalised Latin words beside a name in another script."""
    if text.isascii():
        return
    for start, end in names:
        value = text[start:end]
        other = _other_script(value)
        if not other and not re.search(r"[A-Za-z]", value):
            continue
        after = (_AFTER_LATIN if other else _AFTER_OTHER).match(text, end)
        if after is not None:
            for i in range(1, (after.lastindex or 1) + 1):
                if after.group(i) and _twin(after.group(i), other):
                    yield after.start(i), after.end(i)
        head = text[max(0, start - _REACH) : start]
        before = (_BEFORE_LATIN if other else _BEFORE_OTHER).search(head)
        if before is not None and _twin(before.group(1), other):
            yield start - len(head) + before.start(1), start - len(head) + before.end(1)


def _twin(run: str, beside_other: bool) -> bool:
    """A short run; in Latin letters, no English, everyday or function word ("Name (王小明)"), and two words or
    one a name list holds."""
    if len(run) > _MAX_RUN:
        return False
    if not beside_other:
        return True
    words = [w.lower() for w in run.split()]
    g = gazetteer()
    if any(w in STOP_WORDS or g.is_common(w) or (english_word(w) and not g.is_name_word(w)) for w in words):
        return False
    return len(words) >= 2 or g.is_name_word(words[0])


__all__ = ["script_twins"]
