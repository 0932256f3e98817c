"""Round 20. Names that a text uses for what is named after a person, by the words around them.

- A statistic, a test or a correction that bears its author's surname, in a text that reports statistics:
  "Cohen's d = 0.44", "Pearson's r", "Hedges' g", "a Bonferroni correction", "Kaplan-Meier curves". Only a one-word
  name (a surname, or two joined by a hyphen or a dash), and not one whose test has results or scores of its own
  ("Ruiz's test scores" is a participant's).
- A programme's, a grant's or an award's namesake, which the text says the thing is named after or in honour of
  ("the Byrne JAG program (named after Officer Edward Byrne)", "a scholarship in memory of Sgt. Ana Ruiz"), and the
  name's words wherever else the text gives them ("the Byrne JAG program"). Not where the writer's own people are
  named ("named after my late father …"): a family's name is theirs, not a public namesake's.

Round 21: a disease, a syndrome or a sign that bears its describer's surname ("Graves' disease", "Hashimoto's
thyroiditis", "Bell's palsy"): the surname with its possessive right before the condition's noun. Not a frequent
given name ("Maria's syndrome" could be hers), nor after a title ("Mr. Lopez's disease" is his).

Round 24: a ship's namesakes, shortly after the words of naming, whose surname is a ship's name the text gives after
a vessel's prefix ("USCGC Bertholf … named after Commodore Ellsworth Bertholf").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from gateway.detect.findings import Finding
from gateway.detect.named_things import vessel_names
from gateway.detect.names_gazetteer import english_word, gazetteer
from gateway.detect.sentences import sentence_start
from gateway.detect.text_memo import anywhere

# what a text that reports statistics holds: a p or n value, a test's statistic, an interval, the words for them
_STATS_TALK = re.compile(
    r"(?i)(?:\bp[ \t]*[=<>\u2264]|\bn[ \t]*=|\bt[ \t]*\([ \t]*\d+[ \t]*\)|\bF[ \t]*\([ \t]*\d+[ \t]*,|%[ \t]*CI\b"
    r"|\bconfidence[ \t]+intervals?\b|\beffect[ \t]+sizes?\b|\bstatistic(?:s|al|ally)?\b|\bsignifican\w*"
    r"|\bregressions?\b|\bcorrelations?\b|\banova\b|\bhypothes[ie]s\b|\bstandard[ \t]+deviations?\b"
    r"|\bchi-?squared?\b|\bp-values?\b|\bsurvival[ \t]+(?:analysis|curves?)\b|\bmultiple[ \t]+comparisons\b)"
)
# a statistic's symbol after its author's possessive ("Cohen's d", "Cronbach's alpha", "Hedges' g", "Cramér's V"):
# one letter, not a word ("Ana's a …"), or a Greek letter's name
_SYMBOL_AFTER = re.compile(
    r"['\u2019]s?[ \t]+(?:(?![aAI]\b)[A-Za-z]|alpha|kappa|rho|tau|omega|eta|lambda|[\u03b1-\u03c9])[\u00b22]?"
    r"(?![\w'\u2019-])"
)
_METHOD_AFTER = re.compile(
    r"(?:['\u2019]s?)?[ \t-]+(?:(?:exact|rank|rank-sum|signed-rank|honest|multiple[ \t]+range|post[ \t]+hoc|chi-square)"
    r"[ \t]+)?(?:tests?|corrections?|corrected|adjustments?|adjusted|estimators?|estimates?|curves?|methods?"
    r"|coefficients?|criterion|criteria|statistics?|plots?|analysis|analyses|distributions?|inequality|procedure"
    r"|HSD|kappa|alpha)\b(?![ \t]+(?:results?|scores?|dates?|data|records?)\b)"
)
_ONE_WORD = re.compile(r"[A-Z][\w\u00c0-\u024f]*(?:[-\u2013\u2014][A-Z][\w\u00c0-\u024f]*)?")


# Round 25. An era named after the one who led it, joined to it by a hyphen ("the Monroe-era furniture", "Obama-era
# guidance", "a Victorian-era house"): a period, not a person; only a one-word name ("Ana Ruiz-era" is no era)
_ERA_AFTER = re.compile(r"[-\u2010\u2011\u2013]era\b")


def era_eponym(text: str, start: int, end: int) -> bool:
    """Whether the one word at ``text[start:end]`` names an era with "-era" right after it."""
    return _ONE_WORD.fullmatch(text, start, end) is not None and _ERA_AFTER.match(text, end) is not None


def statistic_eponym(text: str, start: int, end: int) -> bool:
    """Whether the name at ``text[start:end]`` is the author's of a statistic or a method the text reports."""
    if _ONE_WORD.fullmatch(text, start, end) is None or not anywhere(_STATS_TALK, text):
        return False
    return _SYMBOL_AFTER.match(text, end) is not None or _METHOD_AFTER.match(text, end) is not None


_NAMESAKE_BEFORE = re.compile(
    r"(?i)\b(?:named[ \t]+(?:after|for)|in[ \t]+(?:honou?r|memory)[ \t]+of)[ \t]+(?:the[ \t]+late[ \t]+)?"
    r"(?:(?:officer|agent|trooper|deputy|sergeant|sgt|corporal|cpl|detective|lieutenant|lt|captain|capt|chief"
    r"|senator|sen|representative|rep|congressman|congresswoman|president|governor|gov|judge|justice|dr|general"
    r"|gen|admiral|adm|petty[ \t]+officer|seaman|private|pvt|specialist|spc|firefighter)\.?[ \t]+)?$"
)
# the thing named, earlier in the sentence: a programme, a grant, an award, a law, a building
_NAMED_THING = re.compile(
    r"(?i)\b(?:programs?|programmes?|grants?|awards?|scholarships?|fellowships?|medals?|prizes?|trophy|trophies"
    r"|funds?|acts?|laws?|buildings?|centers?|centres?|halls?|bridges?|highways?|initiatives?|foundations?"
    r"|lectures?|chairs?"
    # round 28: a public place, a street, a school or a document ("a park named after …", "the … passport was named
    # for …")
    r"|parks?|schools?|streets?|avenues?|roads?|boulevards?|squares?|plazas?|libraries|library|airports?|stadiums?"
    r"|museums?|memorials?|monuments?|statues?|courthouses?|rooms?|passports?|ships?|vessels?|cutters?|towns?"
    r"|cities|city|counties|county|mountains?|rivers?|lakes?|islands?|universit(?:y|ies)|colleges?|hospitals?"
    r"|stations?|terminals?|rules?|doctrines?|treaty|treaties|plans?)\b"
)
_OWN_PEOPLE = re.compile(
    r"(?i)\b(?:my|our)[ \t]+(?:[\w-]+[ \t]+)?(?:co-?workers?|colleagues?|friends?|son|daughter|wife|husband|partner"
    r"|mother|father|mom|mum|dad|sister|brother|cousin|aunt|uncle|grand\w+|niece|nephew|child|children|kids?)\b"
)


def namesakes(text: str, findings: Sequence[Finding]) -> set[Finding]:
    """The PERSON findings that name the namesake of a programme, a grant or an award, and the other mentions of
    their words."""
    people = [f for f in findings if f.entity_type == "PERSON"]
    if not people or ("named" not in text.lower() and " of " not in text):
        return set()
    named = set()
    for f in people:
        before = _NAMESAKE_BEFORE.search(text, max(0, f.start - 60), f.start)
        if before is None:
            continue
        sentence = sentence_start(text, before.start(), reach=200)
        # the writer's own people anywhere ("… named after Elena Ruiz, my grandmother"): a family's name, not a
        # public namesake's
        if _NAMED_THING.search(text, sentence, before.start()) and not anywhere(_OWN_PEOPLE, text):
            named.add(f)
    if not named:
        return set()
    words = {w for f in named for w in text[f.start : f.end].split()}
    return named | {f for f in people if set(text[f.start : f.end].split()) <= words}


_CONDITION_AFTER = re.compile(
    r"(?:['\u2019]s?)?[ \t]+(?:disease|syndrome|palsy|thyroiditis|sarcoma|lymphoma|anomaly|phenomenon|sign|triad"
    r"|ulcer|contracture|neuroma|neuralgia|encephalopathy|dystrophy|chorea|ataxia|dementia|cyst|fracture)\b"
)
_TITLE_BEFORE = re.compile(r"(?i)\b(?:mr|mrs|ms|miss|dr|mx|sr|sra|patient|pt)\.?[ \t]+$")


def medical_eponym(text: str, start: int, end: int) -> bool:
    """Whether the name at ``text[start:end]`` is the surname a disease or a syndrome bears ("Graves' disease"); an
    instruction's verb the model ran into it ("Explain Hashimoto's") may open the span."""
    words = text[start:end].split()
    if not words or len(words) > 2 or _CONDITION_AFTER.match(text, end) is None:
        return False
    if len(words) == 2 and not english_word(words[0].lower()):
        return False
    surname = re.sub(r"['\u2019]s?$", "", words[-1])
    if _ONE_WORD.fullmatch(surname) is None or gazetteer().is_frequent_given(surname):
        return False
    return _TITLE_BEFORE.search(text, max(0, start - 12), start) is None


# Round 24. A ship's namesakes: the people the text says its ships are named after, whose surname is a ship's name
# it gives after a vessel's prefix ("USCGC Bertholf, USCGC Waesche … who each is named after (Commodore Ellsworth
# Bertholf, Admiral Russell Waesche)"). Only a name shortly after the words of naming, and not where the writer's
# own people are named: a crew member who shares a cutter's name, named elsewhere, stays theirs.
_NAMED_AFTER = re.compile(r"(?i)\bnamed[ \t]+(?:after|for)\b|\bnamesakes?\b|\bin[ \t]+honou?r[ \t]+of\b")
_NAMESAKE_REACH = 160


def ship_namesakes(text: str, findings: Sequence[Finding]) -> set[Finding]:
    """The PERSON findings that name the namesake of a ship the text names."""
    people = [f for f in findings if f.entity_type == "PERSON"]
    lower = text.lower()
    if not people or ("name" not in lower and "honor" not in lower and "honour" not in lower):
        return set()
    cues = [m.end() for m in _NAMED_AFTER.finditer(text)]
    if not cues or anywhere(_OWN_PEOPLE, text):
        return set()
    ships = vessel_names(text)
    if not ships:
        return set()
    out = set()
    for f in people:
        words = [re.sub(r"['\u2019]s$", "", w.strip(".,;:()'\"")) for w in text[f.start : f.end].split()]
        if words and words[-1] in ships and any(cue <= f.start <= cue + _NAMESAKE_REACH for cue in cues):
            out.add(f)
    return out


# Round 29. A statute, a law of science, an instrument, a method or a reaction that bears a person's name:
# - a statute named after the one it remembers, the possessive before the capitalised word ("Kari's Law", "Megan's
#   Law", "Jessica's Law"), not an office or a firm of theirs ("Kari's Law Office", "Ana's Law Firm");
_STATUTE_AFTER = re.compile(
    r"['\u2019]s?[ \t]+(?:Law|Act)\b(?![ \t]+(?:Office|Offices|Firm|Group|Practice|School|Center|Centre|Clinic"
    r"|Library|Review|Journal|Class|Partners|Associates|LLC|LLP|PC|PLLC|PLC|Services|Department|Dept|Degree|Degrees"
    r"|Exam|Exams|Student|Students|Professor|Clerk|Enforcement)\b)"
)
# - a law of science after its discoverer's surname ("Hooke's law", "Boyle's law", "Ohm's law"), in lower case;
_SCIENCE_LAW_AFTER = re.compile(
    r"['\u2019]s?[ \t]+(?:laws?|principle|theorem|constant|equations?|paradox|razor|conjecture|lemma|postulates?)\b"
)
# - an instrument, a reaction or a unit's method after the name, with no possessive ("Karl Fischer titration", "a
#   Geiger counter", "the Bunsen burner", "an Erlenmeyer flask", "the Doppler effect"): nouns of a laboratory after
#   a name of one or two words; nouns a person's name may stand before in shorthand ("client Ana Ruiz reaction:")
#   only after one word that is no frequent given name; "method" and "test" as well
_LAB_NOUN_AFTER = re.compile(
    r"(?:-[A-Z][\w\u00c0-\u024f]+)?[ \t]+(?:titrations?|titrators?|reagents?|syntheses|synthesis|rearrangements?"
    r"|condensations?|counter|burners?|flasks?|funnel|dish|apparatus|spectroscopy|spectrometers?|microscopes?)\b"
)
_INSTRUMENT_AFTER = re.compile(
    r"(?:-[A-Z][\w\u00c0-\u024f]+)?[ \t]+(?:reactions?|tubes?|maneuver|manoeuvre|scale|effect|cycle|engine|transform"
    r"|algorithm|diagrams?|distributions?|coefficients?|constants?|equations?|principle)\b"
)
# (plural nouns that are a verb too, "Ruiz counters that …", "Ana cycles to work", are left out)
_METHOD_NOUN_AFTER = re.compile(
    r"[ \t]+(?:methods?|techniques?|test|procedures?)\b"
    r"(?![ \t]+(?:results?|scores?|dates?|data|records?|positive|negative|reports?))"
)


_POSSESSIVE_END = re.compile(r"['\u2019]s?$")


def science_eponym(text: str, start: int, end: int) -> bool:
    """Whether the name at ``text[start:end]`` is the one a statute, a law of science, an instrument or a method
    bears ("Kari's Law", "Hooke's law", "Karl Fischer titration"); not after a title ("Mr. Lopez's Law Office")."""
    span = text[start:end]
    core = _POSSESSIVE_END.sub("", span.rstrip())
    words = core.split()
    if not words or len(words) > 2 or any(_ONE_WORD.fullmatch(w) is None for w in words):
        return False
    if _TITLE_BEFORE.search(text, max(0, start - 12), start) is not None:
        return False
    at = start + len(core)
    if _STATUTE_AFTER.match(text, at) is not None:
        return True
    one = len(words) == 1 and not gazetteer().is_frequent_given(words[0])
    if one and _SCIENCE_LAW_AFTER.match(text, at) is not None:
        return True
    if core != span.rstrip():
        return False  # a possessive: "Ana Ruiz's counter" is hers
    if _LAB_NOUN_AFTER.match(text, at) is not None:
        return True
    return one and (_INSTRUMENT_AFTER.match(text, at) is not None or _METHOD_NOUN_AFTER.match(text, at) is not None)
