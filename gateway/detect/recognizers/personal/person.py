"""PERSON where the text itself says it is a person: after an honorific or a title ("Ms. Garcia", "Officer Lee",
"Special Agent Dana Whitfield"), a form label or JSON key ("Applicant: Nguyen Van An", ``"full_name": "…"``), a
mail header with an address (``From: Maria Garcia <maria@…>``), a salutation or sign-off ("Dear Maria,",
"Thank you,\nMaria Garcia"), a verb that takes a person ("interviewed", "met with", "stated that") or a
relation ("my client, …"). The small spaCy model misses many names in forms and case notes, or calls them
organisations; these cues catch them. The finding is the name only."""

from __future__ import annotations

import re

import regex
from presidio_analyzer import Pattern, RecognizerResult
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.lang.hi.stop_words import STOP_WORDS as HINDI_STOP_WORDS

from gateway.detect.labels import entity_for
from gateway.detect.named_things import TRAVEL_BEFORE, possessive_at
from gateway.detect.names_gazetteer import (
    PLACE_HEADS,
    english_word,
    fold,
    gazetteer,
    japanese_surnames,
    region_names,
    spelled_like_a_name,
)
from gateway.detect.recognizers.labelled import LabelledValueRecognizer
from gateway.detect.recognizers.personal.date_of_birth import SAMPLE_FILE
from gateway.detect.recognizers.personal.ner import NOT_NAMES, ORG_WORDS

_PARTICLE = r"(?:de|del|de[ \t]+la|van|von|der|da|di|dos|du|bin|ibn|al|el|la|le|st\.)"
# Unicode letters (Presidio matches with the ``regex`` module): "Nereida Santiago Colón", "Đặng Hoài Nam".
_WORD = r"(?:\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)?(?:[-'\u2019]\p{Lu}?\p{Ll}+)*|O'\p{Lu}\p{Ll}+|Mc\p{Lu}\p{Ll}+|\p{Lu}\.)"
NAME = rf"{_WORD}(?:[ \t]+(?:{_PARTICLE}[ \t]+)?{_WORD}){{0,3}}"
_HONORIFIC = r"(?:Mr|Mrs|Ms|Mx|Miss|Dr|Prof|Rev|Hon|Sra|Sr)\.?"
_TITLE = (
    r"(?:Officer|(?:Special|Supervisory|Border[ \t]+Patrol)?[ \t]*Agent|Sgt\.?|Sergeant|Det\.?|Detective|Lt\.?"
    r"|Lieutenant|Capt\.?|Captain|Judge|IJ|Attorney|Inspector|Commissioner|Deputy|Trooper|Cpl\.?|Corporal"
    r"|Ambassador|Senator|Sen\.|Rep\.|Governor|Mayor|Nurse|Professor|Adjudicator|Asylum[ \t]+Officer"
    # component and service abbreviations: ICE deportation officers, special agents, CBP and TSA officers, ranks
    r"|SA|SSA|ASAC|SAC|SDDO|DO|IEA|CBPO|BPA|TSO|STSO|SSgt|TSgt|MSgt|SrA|SPC|PFC|Cpt|Maj|Col|Cmdr|Cdr|LCDR|CDR"
    r"|LT|LTJG|ENS|CWO|PO[1-3]|MK[1-3]|BM[1-3]|ME[1-3]|OS[1-3]"
    # Army and Marine ranks as personnel records and mailing labels write them
    r"|SGT|SSG|SFC|MSG|1SG|CPL|CPT|MAJ|COL|LTC|PVT|PV2|2LT|1LT|WO1|CW[2-5]|LCpl|GySgt|HM[1-3])"
)
_RELIGIOUS_TITLE = (
    r"(?:Pastor|Imam|Rabbi|Reverend|Venerable|Ven\.|Bhikkhu|Bhikkhuni|Bhante|Phra|Ajahn|Ajarn|Sheikh|Shaykh|Swami"
    r"|Deacon|Monsignor|Msgr\.|Mullah|Maulana|Hafiz|Geshe|Lama|Sensei|Roshi|Sadhu|Sant|Granthi|Giani|Bishop|Sister"
    r"|Brother|Father|Mother[ \t]+Superior|Archimandrite|Abbot|Abbess|Thich|Su[ \t]+Co)"
)
_FORM_LABEL = (
    r"(?:(?:full|legal|last|first|family|given|middle|sur)?[ \t_-]?name|applicant(?:[ \t_-]?name)?"
    r"|beneficiary(?:[ \t_-]?name)?|petitioner(?:[ \t_-]?name)?|employee(?:[ \t_-]?name)?|patient(?:[ \t_-]?name)?"
    r"|client(?:[ \t_-]?name)?|contact(?:[ \t_-]?name)|requester|requestor|witness|suspect|detainee|traveler"
    r"|passenger|claimant|respondent|subject[ \t_-]?name|point[ \t]+of[ \t]+contact|emergency[ \t]+contact"
    r"|prepared[ \t]+by|submitted[ \t]+by|reviewed[ \t]+by|approved[ \t]+by|signed|interviewee|interviewer)"
)
# Two or three words in capitals, the surname first with a comma or not: "MOLINA, ROSA", "ROSA MOLINA"
# Round 26. An initial (or two) and a surname in title case or capitals, "St." before it or not: "D. Whitlock",
# "L. HAUGEN", "R. ST. FLEUR", "A.J. Okafor"
_INITIAL_SURNAME = (
    r"\p{Lu}\.(?:[ \t]?\p{Lu}\.)?[ \t]*(?:S[Tt]\.[ \t]?)?"
    r"(?:\p{Lu}\p{Ll}+(?:[-'\u2019]\p{Lu}?\p{Ll}+)*|\p{Lu}{2,}(?:[-'\u2019]\p{Lu}{2,})?)"
)
_CAPS_NAME = r"\p{Lu}{2,}(?:[-']\p{Lu}+)?,?(?:[ \t]+\p{Lu}{2,}(?:[-']\p{Lu}+)?){1,2}"
# Round 25. An officer's or a subject's acronym before a name in a text written in capitals
_CAPS_CUE = (
    r"(?:CBPO|SCBPO|CBPAS|BPA|SBPA|PAIC|FAM|SFAM|TSO|STSO|SA|SSA|SAIC|DO|SDDO|IO|SIO|ISO|AO|SAO|TFO"
    r"|OFFICER|AGENT|INSPECTOR|SGT|DET|SUBJ|SUBJECT)"
)
# Two to four name words: what follows a verb or relation cue must look like a full name.
FULL_NAME = rf"{_WORD}(?:[ \t]+(?:{_PARTICLE}[ \t]+)?{_WORD}){{1,3}}"
_CUE_VERB = (
    r"(?:interviewed|met[ \t]+with|spoke[ \t]+(?:with|to)|talked[ \t]+(?:with|to)|emailed|contacted|accompanied"
    r"|stated[ \t]+that|said[ \t]+that|reported[ \t]+that|signed[ \t]+by|assisted|helped|detained|arrested"
    r"|encountered|escorted|pax)"
)
_RELATION = (
    r"(?:husband|wife|spouse|son|daughter|mother|father|brother|sister|client|colleague|coworker|co-worker"
    r"|supervisor|manager|friend|neighbor|applicant|beneficiary|petitioner|employee|detainee|attorney|lawyer"
    r"|cousin|uncle|aunt|partner|fianc[eé]e?|child|parent|grandmother|grandfather|tenant|landlord|student|nephew|niece"
    r"|grandson|granddaughter|stepson|stepdaughter)"
)
_KIN = (
    r"(?:Sister|Brother|Mother|Father|Aunt|Uncle|Cousin|Son|Daughter|Wife|Husband|Grandmother|Grandfather"
    r"|Nephew|Niece|Stepson|Stepdaughter"
    # round 24: a family list's other labels: "Spouse María Rosa Yupanqui", "Stepfather Ilie Munteanu"
    r"|Spouse|Stepmother|Stepfather|Grandson|Granddaughter)"
)
# The cue words, for the filters that read them too (lone_names.py)
HONORIFIC, TITLE, RELATION, KIN = _HONORIFIC, _TITLE, _RELATION, _KIN
# Spanish, French, German and Portuguese relations after a possessive ("su hija Begoña Ibáñez"; accents folded)
_RELATION_ABROAD = (
    r"(?:hija|hijo|esposa|esposo|madre|padre|hermana|hermano|abuela|abuelo|tia|tio|prima|primo|fille|fils|femme"
    r"|mari|mere|pere|soeur|frere|tochter|sohn|frau|mann|mutter|vater|schwester|bruder|filha|filho|irma|irmao)"
)
# round 20: a role or a kinship word a note puts right before one given name, without a possessive ("the aide Patience",
# "and granddaughter Efua", "o marinheiro Josivaldo"), in English, Portuguese, Spanish and French (accents folded)
_ROLE_WORD = (
    r"(?:aide|cook|chef|nanny|babysitter|caregiver|housekeeper|maid|gardener|janitor|cleaner|mechanic|deckhand"
    r"|crewman|sailor|seaman|screener|guard|tutor|interpreter|translator|receptionist|cashier|clerk|driver|nurse"
    r"|therapist|counselor|counsellor|neighbor|neighbour|roommate|coworker|co-worker|colleague|grandson"
    r"|granddaughter|grandchild|nephew|niece|stepson|stepdaughter|son|daughter|brother|sister|cousin"
    r"|cozinheir[oa]|marinheir[oa]|motorista|tripulante|enfermeir[oa]|vizinh[oa]|colega|cociner[oa]|mariner[oa]"
    r"|chofer|enfermer[oa]|vecin[oa]|companer[oa]|cuisiniere?|chauffeur|infirmiere?|voisine?|net[oa]|niet[oa])"
)
ROLE_WORD = _ROLE_WORD  # for lone_names.py
# round 20: a relation as a form's label, the name after its colon: "Brother: Idris Kamara", "Frère : …"
_RELATION_LABEL = (
    r"(?:brother|sister|father|mother|husband|wife|spouse|son|daughter|frere|soeur|pere|mere|epoux|epouse"
    r"|conjointe?|fils|fille|hermano|hermana|esposo|esposa|hijo|hija|irmao|irma|marido|conyuge|conjuge)"
)
# round 20: the people a text says are called so: "a guy called tevita", "a man named Teodoro"
_PERSON_NOUN = (
    r"(?:woman|man|guy|girl|boy|lady|gentleman|person|someone|somebody|kid|fellow|dude|chap|mujer|hombre|femme"
    r"|homme|mulher|senhora|senhor|senora|senor)"
)
# round 20: a question of a transcript that asks for a name, and the answer's speaker label on the next line
_NAME_QUESTION = (
    r"(?:(?:state|give|spell|tell[ \t]+(?:me|us))[ \t]+your[ \t]+(?:full[ \t]+|legal[ \t]+|first[ \t]+|last[ \t]+)?"
    r"name|what(?:'s|[ \t]+is)[ \t]+your[ \t]+(?:full[ \t]+|legal[ \t]+)?name|your[ \t]+(?:full[ \t]+)?name[ \t]*"
    r"(?:,[ \t]*please)?[ \t]*\?|name[ \t]*,[ \t]*please)"
)
_ANSWER_LABEL = r"[^\n]{0,40}\r?\n[ \t]*[\p{L}.]{1,20}[ \t]*:[ \t]*"

# Prepositions before a name in a request ("a note for Lorraine Tibbets", "para Wilfredo Maldonado"): the name
# lists decide (keep()).
_TO_NAME = r"(?:for|to|with|from|para|con|pour|avec|f(?:u|ue)r|mit|an)"
# What ends a Chinese name run on into the sentence: punctuation, or a particle or verb that starts the rest
_HAN_END = (
    r"(?=[\s\uff0c。、\uff1b\uff1a\uff01\uff1f,.;:!?」』\uff09)\]]|$"
    r"|[在的是和与與被从從已也于於今现現住说說]|先生|女士)"
)
# A word in Arabic script that is not one of Pashto's or Dari's prepositions, particles or verbs of being
_ARABIC_WORD = (
    r"(?!(?:په|کې|کی|د|او|چې|ته|له|سره|دی|ده|دي|هم|به|نه|یې|څخه|در|از|به|و|که|را|با|است|می|این|آن|برای|تا)"
    r"(?![\u0621-\u06d3]))[\u0621-\u06d3\u200c]+"
)
# Persian and Dari words after "Ms." or "Mr." that are not a surname: a relation's word, "is", "and", "my"
_FA_NOT_NAME = (
    r"(?:خواهر|برادر|همسر|شوهر|پدر|مادر|دختر|پسر|فرزند|دکتر|من|او|است|هستند|بود|که|را|و|از|خیلی|این|آن)"
    r"(?![\u0621-\u06d3])"
)
# A word in Ethiopic script that is not a preposition, a conjunction or a verb of being
_ETHIOPIC_WORD = r"(?!(?:ኣብ|ናብ|ካብ|ምስ|ስለ|ነው|እዩ|እየ|እና|ጋር|ውስጥ|ደግሞ|ከ|ወደ)(?![\u1200-\u135a]))[\u1200-\u135a]+"
# Letters of the scripts a name is glossed in beside its romanisation (Cyrillic, Greek, Hebrew, Arabic, Devanagari,
# Thai, Burmese, Ethiopic, kana, Han, Hangul), without their punctuation; and a romanised name's words (accents are
# folded before detection)
_SCRIPT_LETTER = (
    r"[\u0370-\u03ff\u0400-\u04ff\u05d0-\u05ea\u0621-\u065f\u0670-\u06d3\u0900-\u0963\u0966-\u097f\u0e01-\u0e4e"
    r"\u1000-\u1049\u104c-\u109f\u1200-\u135f\u3005\u3041-\u30ff\u4e00-\u9fff\uac00-\ud7af"
    # round 23: Uyghur's ae (U+06D5), the scripts of South India, Bengal and Sri Lanka, Georgian, Cherokee, Khmer
    r"\u06d5\u0980-\u09e3\u0b80-\u0be3\u0c00-\u0d63\u0d80-\u0df4\u10a0-\u10ff\u13a0-\u13f5\u1780-\u17d3]"
)
_SCRIPT_NAME = rf"{_SCRIPT_LETTER}+(?:[ \t\u3000]{_SCRIPT_LETTER}+){{0,3}}"
# a capitalised word in Cyrillic letters (Russian and Ukrainian), an apostrophe or a hyphenated part inside it
_CYRILLIC_WORD = (
    r"[\u0410-\u042f\u0401\u0404\u0406\u0407\u0490][\u0430-\u044f\u0451\u0454\u0456\u0457\u0491\u02bc'\u2019]+"
    r"(?:-[\u0410-\u042f\u0401\u0404\u0406\u0407\u0490][\u0430-\u044f\u0451\u0454\u0456\u0457\u0491]+)?"
)
_LATIN_WORD = r"[A-Z][a-z]+(?:[-'\u2019][A-Z]?[a-z]+)*"
_LATIN_NAME = rf"{_LATIN_WORD}(?:[ \t]+{_LATIN_WORD}){{1,3}}"
# What a couple's names come before: "… wedding", "… engagement party", "… anniversary"
_OCCASION = (
    r"(?i:wedding|engagement[ \t]+party|nikah|walima|baby[ \t]+shower|bridal[ \t]+shower|rehearsal[ \t]+dinner"
    r"|vow[ \t]+renewal)"
)
_COUPLE = regex.compile(
    rf"(?P<a>{_WORD})[ \t]*(?:&|and)[ \t]*(?P<b>{_WORD}(?<!['\u2019]s))['\u2019]s?[ \t]+{_OCCASION}"
)
# The words a card prints besides the holder's name
_CARD_WORDS = frozenset(
    """visa mastercard amex discover debit credit card valid thru good member since business corporate gold
    platinum""".split()  # noqa: SIM905
)


def _a_couple(text: str, start: int, end: int) -> bool:
    """Both names of "… & …'s wedding" are given names, or one is and the other no English word ("Omar &
    Rahaf's"); never an everyday word ("Salt & Pepper's")."""
    for m in _COUPLE.finditer(text, max(0, start - 40), min(len(text), end + 60)):
        if m.start() <= start and end <= m.end():
            g = gazetteer()
            pair = (m.group("a"), m.group("b"))
            if any(g.is_common(w) for w in pair):
                return False
            given = [g.is_given(w) or spelled_like_a_name(w) for w in pair]
            others = [w for w, k in zip(pair, given, strict=True) if not k]
            return any(given) and not any(english_word(w) for w in others)
    return False


_SIGN_OFF = r"(?:thanks|thank[ \t]+you|regards|best[ \t]+regards|kind[ \t]+regards|sincerely|respectfully|cheers|best)"
PATTERNS = [
    Pattern("labelled honorific name", rf"\b{_HONORIFIC}[ \t]+(?P<value>{NAME})", 0.8),
    # round 16: a surname that opens with its particle in lower case: "Mr. van der Berg", "Ms. de la Cruz"
    Pattern(
        "labelled honorific particle name",
        rf"\b{_HONORIFIC}[ \t]+(?P<value>(?:van|von|de|del|della|di|da|du|le|la|ter|ten|den|der|dos|das)"
        rf"(?:[ \t]+(?:der|den|de|la|le|los|las|het|ten|ter))?[ \t]+{_WORD}(?:[-\u2013]{_WORD})?)",
        0.8,
    ),
    Pattern("labelled title name", rf"\b{_TITLE}[ \t]+(?P<value>{NAME})", 0.75),
    # round 15: a clergy member's or a monastic's title, as religious-worker site visits write them: "Pastor Ruth
    # Adeyemi", "Imam Yusuf Haddad", "Phra Anan Wongsa", "Venerable Thich Minh Tue"; keep() checks the name
    Pattern("labelled religious title name", rf"\b{_RELIGIOUS_TITLE}[ \t]+(?P<value>{NAME})", 0.75),
    # round 16: a judge's surname in capitals, as court calendars and dockets print it: "IJ MARSH", "Judge OKAFOR";
    # keep() wants a word that is no everyday one
    Pattern(
        "labelled judge capitals",
        r"\b(?:IJ|Judge|JUDGE)[ \t]++(?P<value>\p{Lu}{2,}+(?:[-']\p{Lu}{2,}+)?+)(?![\p{L}\d.'-])",
        0.75,
    ),
    # a rank or office cut short with its full stop: "Col. Tekle", "Maj. Okonjo", "Gov. Reyes", "Insp. Dlamini"
    Pattern(
        "labelled abbreviated title name",
        rf"\b(?:Col|Maj|Cmdr|Cdr|Cpt|Adm|Brig|Insp|Supt|Gov|Amb|Cpl|Pvt|Spc)\.[ \t]+"
        rf"(?P<value>{NAME})",
        0.75,
    ),
    # a Japanese or Korean honorific after the name, romanised: "Yamamoto-san", "Tanaka-sensei", "Minji-ssi"
    Pattern(
        "labelled honorific suffix",
        r"(?<![\w'-])(?P<value>\p{Lu}\p{Ll}{1,20})-(?:san|sama|sensei|senpai|kun|chan|dono|ssi|nim)(?![\w-])",
        0.75,
    ),
    Pattern(
        "labelled form name",
        rf"(?im:^[ \t]*[\"']?{_FORM_LABEL}[\"']?[ \t]*[:=][ \t]*[\"']?)(?-i:(?P<value>{NAME}))(?![\w(])",
        0.8,
    ),
    Pattern(
        "labelled mail header name",
        rf"(?im:^[ \t]*(?:from|to|cc|bcc|reply-to)[ \t]*:[ \t]*)(?-i:(?P<value>{NAME}))(?=[ \t]*<[^<>@\s]+@)",
        0.85,
    ),
    Pattern("labelled salutation", rf"\bDear[ \t]+(?:{_HONORIFIC}[ \t]+)?(?P<value>{NAME})(?=[ \t]*[,:])", 0.8),
    Pattern(
        "labelled sign-off",
        rf"(?im:\b{_SIGN_OFF}[,!.]?[ \t]*\r?\n[ \t]*)(?-i:(?P<value>{NAME}))[ \t]*$",
        0.75,
    ),
    Pattern(
        "labelled military sign-off",  # "V/r,\nYS Han": initials run together before the surname
        rf"(?im:(?:^|\s)(?:v/r|very[ \t]+respectfully)[,.]?[ \t]*\r?\n[ \t]*)"
        rf"(?-i:(?P<value>(?:\p{{Lu}}{{1,3}}[ \t]+)?{NAME}))[ \t]*$",
        0.75,
    ),
    # round 23: a name label that says how or where the name is written: "Name in Latin script on her ID: …",
    # "name as on passport: …", "Name (as per ID): …"
    Pattern(
        "labelled qualified name",
        r"(?i:\b(?:full[ \t]+|legal[ \t]+)?name[ \t]*\(?[ \t]*(?:in|as|on|per|written|spelled|spelt)[ \t]"
        r"[^\n:()]{0,40}\)?[ \t]*:[ \t]*)"
        rf"(?-i:(?P<value>{FULL_NAME}))",
        0.75,
    ),
    # round 23: a sign-off in French, Spanish, Portuguese, German, Dutch or Italian, the name after it on the same
    # line or the next: "Cordialement, Aïssatou Ndiaye, a.ndiaye@…", "Atentamente,⏎Rodrigo Paz" (accents folded)
    Pattern(
        "labelled sign-off abroad",
        r"(?i:\b(?:cordialement|bien[ \t]+cordialement|bien[ \t]+a[ \t]+vous|salutations[ \t]+distinguees"
        r"|atentamente|saludos(?:[ \t]+cordiales)?|un[ \t]+saludo|atenciosamente|cumprimentos"
        r"|mit[ \t]+freundlichen[ \t]+gr(?:u|ue)(?:ß|ss)en|met[ \t]+vriendelijke[ \t]+groet(?:en)?|distinti[ \t]+saluti"
        r"|cordiali[ \t]+saluti)[,.]?[ \t]*(?:\r?\n[ \t]*)?)"
        rf"(?-i:(?P<value>{NAME}))(?=[ \t]*(?:[,;(<|\n]|[-\u2013\u2014][ \t]|\Z))",
        0.75,
    ),
    # round 23: a nickname the text says a person goes by: "(everyone calls him Zibi)", "goes by Tosh" (not "aka":
    # threat actors, products and operations have aliases too)
    Pattern(
        "labelled nickname called",
        r"(?i:\b(?:(?:calls|called|call)[ \t]+(?:him|her|them)|goes[ \t]+by|nicknamed)"
        r"[ \t]+[\"“'\u2018]?)"
        rf"(?-i:(?P<value>{_WORD}))(?=[\"”'\u2019]?[ \t]*(?:[),;.!?]|\n|\Z))",
        0.7,
    ),
    Pattern("labelled cue name", rf"(?i:\b{_CUE_VERB}[ \t]+)(?-i:(?P<value>{FULL_NAME}))", 0.6),
    # round 28b: a delivery's or an event's point of contact, in capitals without a colon ("Receiving POC Ana Ruiz,
    # 555-…"); lower-case "poc" and "PoC" are a proof of concept's
    Pattern("labelled poc name", rf"(?<![\w-])POC[ \t]+(?-i:(?P<value>{FULL_NAME}))", 0.6),
    Pattern(
        "labelled role name",
        rf"(?i:\b(?:employee|applicant|beneficiary|petitioner|detainee|claimant|respondent|interviewee|caller)"
        rf"[ \t]*,?[ \t]+[\"“]?)(?-i:(?P<value>{FULL_NAME}))",
        0.7,
    ),
    Pattern(
        "labelled account role name",
        rf"(?i:\b(?:customer|cardholder|card[ \t]+holder|account[ \t]+holder|obligor|obligee|sponsor|guardian)"
        rf"[ \t]*,?[ \t]+[\"“]?)(?-i:(?P<value>{FULL_NAME}))",
        0.7,
    ),
    # round 16: a name in lower case where dictation or a hurried note gives it after the role: "the respondent is
    # wilmer osiel caballero a number …"; keep() ends it at the first everyday word and wants names no word list holds
    Pattern(
        "labelled dictated role name",
        r"(?i:\b(?:respondent|applicant|client|beneficiary|petitioner|detainee|claimant|traveler)[ \t]+"
        r"(?:is|was|named)[ \t]+)(?-i:(?P<value>[a-z\u00df-\u00ff]{2,}+(?:[ \t]+[a-z\u00df-\u00ff]{2,}+){1,3}+))",
        0.7,
    ),
    # round 16: the traveller a Trusted Traveler or travel note is about: "traveler Ana Ruiz lost her card"; keep()
    # wants every word a name the lists know, or names spelled as the lists' names are
    Pattern(
        "labelled traveler name",
        rf"(?i:\b(?:traveler|traveller|passenger)[ \t]*,?[ \t]+)(?-i:(?P<value>{FULL_NAME}))",
        0.7,
    ),
    # round 17: a name right before an A-Number on its line, as a roster or a seating list sets them ("Seat 14
    # Khamla Vongsavath A242314065"); found from the number back (a look-behind: no scan of every capitalised
    # phrase); keep() drops the line's leading words and wants the rest unlike English words
    Pattern(
        "labelled name before a-number",
        rf"(?<=\b(?P<value>{FULL_NAME})(?:[ \t]*+[,|])?[ \t]+)A-?\d{{3}}-?\d{{3}}-?\d{{3}}(?![\w-])",
        0.7,
    ),
    Pattern("labelled name with address", rf"\b(?P<value>{FULL_NAME})[ \t]*<[^<>@\s]+@[^<>\s]+>", 0.8),
    Pattern("labelled kin name", rf"\b{_KIN}[ \t]+(?P<value>{FULL_NAME})", 0.7),
    Pattern(
        "labelled relation abroad",
        rf"(?i:\b(?:su|sus|mi|sa|son|ma|mon|seine|seiner|ihre|ihrer|sua|seu|meu|minha|mein|meine)[ \t]+"
        rf"{_RELATION_ABROAD}[ \t]*,?[ \t]+)"
        rf"(?-i:(?P<value>{FULL_NAME}))",
        0.75,
    ),
    # one given name after "my daughter" and the like in Spanish, French, Portuguese, Urdu or Hindi in Latin
    # letters, and Krio: "meri beti Areeba", "mi pikin Alusine", "mi hija Yesenia" (keep(): no everyday word)
    Pattern(
        "labelled relation abroad given name",
        rf"(?i:\b(?:su|mi|sa|son|ma|mon|sua|seu|meu|minha|meri|mera|mere|hamari|hamara|uski|uska)[ \t]+"
        rf"(?:{_RELATION_ABROAD}|beti|beta|bhai|behen|behan|bahen|biwi|shohar|ammi|abbu|pikin|sista|broda|mama|papa)"
        r"[ \t]*,?[ \t]+)(?-i:(?P<value>\p{Lu}\p{Ll}{2,}))(?![ \t]+\p{Lu}|[\w'-])",
        0.7,
    ),
    Pattern("labelled preposition name", rf"(?i:\b{_TO_NAME}[ \t]+)(?-i:(?P<value>{FULL_NAME}))", 0.65),
    Pattern(
        "labelled name word",
        rf"(?i:\b(?:name(?:[ \t]+(?:is|was))?|named|holder|titular|titulaire|inhaber|beneficiary|payee|this[ \t]+is"
        rf"|i[ \t]+am|i'm"
        # the writer's own name in the languages of the department's public (accents are folded): "je m'appelle",
        # "me llamo", "mi nombre es", "mon nom est", "meu nome e", "mi chiamo", "ich heisse", "mein Name ist",
        # "mijn naam is", "nazywam sie"
        rf"|m['\u2019][ \t]?appelle|me[ \t]+llamo|(?:mi|mon|meu)[ \t]+(?:nombre|nom|nome)[ \t]+(?:es|est|e)"
        rf"|mi[ \t]+chiamo|ich[ \t]+hei(?:ss|ß)e|mein[ \t]+name[ \t]+ist|mijn[ \t]+naam[ \t]+is|nazywam[ \t]+sie)"
        rf"[ \t]+)(?-i:(?P<value>{FULL_NAME}))",
        0.7,
    ),
    # one part of a name given alone, as a form or a chat split over messages gives it: "surname is Ganbold",
    # "and last name Echemendía", "Family Name MOSQUERA"
    Pattern(
        "labelled name part",
        r"(?i:\b(?:surname|(?:last|family|given|first|middle|maiden)[ \t]+name)(?:[ \t]+(?:is|was))?[ \t]*[:=]?[ \t]+)"
        r"(?-i:(?P<value>\p{Lu}\p{Ll}+(?:[-'\u2019]\p{Lu}?\p{Ll}+)*|\p{Lu}{3,}(?:[-']\p{Lu}{2,})?))"
        r"(?![\w/-]|[ \t]+\p{Lu})",
        0.7,
    ),
    # round 19: a birth surname after "née" (accents are folded before detection: "nee"), or German "geb.":
    # "Siri Ashgrove (née Wongsawat)", "Anna Weber, geb. Krause"
    Pattern(
        "labelled birth surname",
        r"(?<![\w-])(?:n[eé]e|geb\.|geborene)[ \t]+(?P<value>\p{Lu}\p{Ll}+(?:[-'\u2019]\p{Lu}?\p{Ll}+)*"
        r"|\p{Lu}{3,}(?:[-']\p{Lu}{2,})?)(?![\w-])",
        0.75,
    ),
    # round 19: a person's one name given alone after "my/his/her … name was": "my late mother's name was Odile";
    # keep() wants a name of the lists or a word no English list holds
    Pattern(
        "labelled personal name word",
        rf"(?i:\b(?:my|his|her|their|your)[ \t]+(?:(?:late|dear|real|full|first|given|legal)[ \t]+)?"
        rf"(?:(?:{_RELATION}|mom|dad|mum|grandma|grandpa)['\u2019]s[ \t]+(?:(?:first|given|real|full|legal)[ \t]+)?)?"
        rf"name[ \t]+(?:is|was)[ \t]+)(?-i:(?P<value>{_WORD}))(?![ \t]*\p{{Lu}}|[\w'-])",
        0.7,
    ),
    # each given name of a family's list of children: "children Yaman, Tala, Ward", "kids: Ana, Luis and Sofia"
    Pattern(
        "labelled children list",
        r"(?<=\b(?i:children|kids|sons|daughters|grandchildren|grandsons|granddaughters|brothers|sisters|siblings"
        r"|twins|stepchildren)[ \t]*[:-]?[ \t]+"
        # round 24: the last of a pair joined by "and": "sons Tariq and Bilal", "twins Ama and Esi"
        r"(?:\p{Lu}\p{Ll}+[ \t]*,[ \t]*){0,8}(?:\p{Lu}\p{Ll}+[ \t]+)?(?:(?i:and|&)[ \t]+)?)"
        r"(?P<value>\p{Lu}\p{Ll}{2,})(?=[ \t]*(?:,|;|\.|\)|$)|[ \t]+(?i:and)[ \t]+\p{Lu}|[ \t]+\()",
        0.7,
    ),
    Pattern(
        "labelled greeting",
        rf"(?i:\b(?:hola|hello|hi|hey|bonjour|salut|hallo|ola|ciao|buenos[ \t]+dias|buenas[ \t]+tardes"
        rf"|(?:good[ \t]+)?(?:morning|afternoon|evening))[ \t]+)"
        rf"(?-i:(?P<value>{NAME}))(?=[ \t]*[,!:]|[ \t]+[-\u2013\u2014][ \t])",
        0.7,
    ),
    Pattern(
        "labelled relation name",
        rf"(?i:\b(?:my|our|his|her|their|the)[ \t]+{_RELATION}[ \t]*,?[ \t]+)(?-i:(?P<value>{FULL_NAME}))",
        0.75,
    ),
    # a given name alone after the relation: "through her daughter Ximena", "my cousin, Tavita,"
    Pattern(
        "labelled relation given name",
        rf"(?i:\b(?:my|our|his|her|their)[ \t]+{_RELATION}[ \t]*,?[ \t]+)(?-i:(?P<value>{_WORD}))"
        r"(?![\w'-]|[ \t]+\p{Lu})",
        0.7,
    ),
    # "the account of Olumide Fasanya", "on behalf of …", "in the care of …"
    Pattern(
        "labelled possession name",
        rf"(?i:\b(?:account|behalf|estate|custody|care|family|household)[ \t]+of[ \t]+)(?-i:(?P<value>{FULL_NAME}))",
        0.7,
    ),
    # a name right before an identifier's label and its value: "Oleksandr Tkachuk SSN 437-…", "… card: 5568 …"
    Pattern(
        "labelled name before identifier",
        rf"(?<![\w.-])(?P<value>(?!\p{{Lu}}\.){FULL_NAME})(?:[ \t]*,)?[ \t]+"
        r"(?i:ssn|dob|d\.o\.b\.|card|phone|tel|cell|passport|a-?number|a\#|email|e-mail|itin|ktn|edipi|sevis|i-?94"
        # a bare "ID" only before a number of an SSN's length: "Tang Wei ID 347-19-8826"
        r"|id(?=[ \t]*[:#]?[ \t]*\d{3}[ -]?\d{2}[ -]?\d{4}(?!\d)))\b"
        r"[ \t]*[:#]?[ \t]*(?=[\d(+A-Za-z])",
        0.7,
    ),
    # round 15: the name a person gives for themself: "identified herself as "Delphine Marchetti"", "introduced herself
    # as Lena Park", "gave his name as …", "calls herself …"
    Pattern(
        "labelled self-given name",
        r"(?i:\b(?:identified|introduced|described)[ \t]+(?:himself|herself|themselves|themself)[ \t]+as"
        r"|gave[ \t]+(?:his|her|their)[ \t]+(?:full[ \t]+|real[ \t]+)?name[ \t]+as"
        # round 24: what a document or a form gives: "the certificate gives her name as …", "lists his name as …"
        r"|(?:gives|lists|listed|spells|records|recorded|shows|showed|writes|wrote)[ \t]+(?:his|her|their)[ \t]+"
        r"(?:full[ \t]+|real[ \t]+|legal[ \t]+|maiden[ \t]+)?name[ \t]+as"
        r"|(?:calls|called|calling)[ \t]+(?:himself|herself|themselves|themself)"
        r"|se[ \t]+identific[oó][ \t]+como|dijo[ \t]+llamarse)"
        rf"[ \t]*[\"“'\u2018]?(?-i:(?P<value>{FULL_NAME}|{_SCRIPT_NAME}))",
        0.75,
    ),
    # round 24: an agency's title for its officer, in capitals, before the officer's surname alone, as interview
    # notes and complaints write it: "ISO Vasquez" (USCIS Immigration Services Officer), "SAO Mwangi", "TFO Reyes";
    # keep() wants a name of the lists that is no everyday word ("ISO Standards", "AO Review" are no one)
    Pattern(
        "labelled officer acronym surname",
        # round 25: the supervisory and in-charge ranks of Border Patrol agents and CBP officers, air marshals and
        # special agents in charge ("SBPA Okonkwo", "PAIC Lindqvist", "FAM Tupou Vaipulu", "SAIC Brandt")
        r"(?<![\w-])(?:ISO|SISO|IO|SIO|AO|SAO|TFO|IEO|ERO|DDO|CBPAS|SIA|FDNSIO"
        r"|SBPA|PAIC|APAIC|DPAIC|SCBPO|FAM|SFAM|SAIC|ASAIC|ATSAIC)[ \t]+"
        rf"(?P<value>{_WORD}(?:[ \t]+{_WORD})?)(?![\w'-])",
        0.7,
    ),
    # round 25: the same in a text written in capitals (a shift passdown, an old system's export): an officer's or a
    # subject's acronym before a surname or a full name in capitals ("CBPO ARCENEAUX OWNS THE EVENT", "SUBJ NGUYEN
    # VAN THANH STILL IN ROOM 3"); keep() ends the name at its first English or everyday word
    Pattern(
        "labelled caps officer name",
        rf"(?<![\w-]){_CAPS_CUE}[ \t]+"
        # (a later word is no cue nor a joining word: "BPA MARTINEZ AND SBPA KOWALCZYK" holds two names)
        r"(?P<value>\p{Lu}{2,}(?:[-']\p{Lu}{2,})?"
        rf"(?:[ \t]+(?!(?:{_CAPS_CUE}|AND|OR|TO|AT|IN|ON|OF|FROM|WITH|FOR|BY)(?![\w'-]))"
        r"\p{Lu}{2,}(?:[-']\p{Lu}{2,})?){0,3})(?![\w'-])",
        0.7,
    ),
    # round 24: an initial and a surname after a person's role or title in any case, as notes write a member of
    # staff: "saw sick-call nurse D. Whitlock", "officer K. Brandt", "Caseworker M. Oyelaran"; keep() wants a
    # surname of the lists or one spelled as names are, no everyday word
    Pattern(
        "labelled role initial surname",
        # (the initial first, the role looked back for: a scan for a capital and a full stop, not for every role)
        # round 26: the surname in capitals too, and a "St." surname ("DET L. HAUGEN", "OFFICER R. ST. FLEUR"); the
        # role after the name ("— K. Lindqvist, adjuster"), a signature's dash before it, a sale's or a bill's party
        # ("SOLD TO: B. Coultas", "Bill to: T. Marchetti")
        rf"(?P<value>{_INITIAL_SURNAME})(?![\w'-])"
        r"(?:(?<=(?i:\b(?:nurse|doctor|dr|officer|agent|inspector|supervisor|manager|caseworker|counselor|counsellor"
        r"|teacher|instructor|interpreter|translator|guard|screener|clerk|attorney|lawyer|judge|witness|deputy"
        r"|trooper|sergeant|sgt|detective|det|chaplain|therapist|technician|tech|medic|paramedic|pharmacist"
        r"|physician|dentist|social[ \t]+worker|case[ \t]+manager|adjudicator|examiner|investigator|adjuster"
        r"|appraiser|underwriter|paralegal)\.?[ \t]+"
        r"|\b(?:sold|bill(?:ed)?|ship(?:ped)?|issued|made[ \t]+out|payable)[ \t]+to[ \t]*:[ \t]*"
        r"|\b(?:buyer|seller|purchaser|payee|consignee|shipper|signed|signature)[ \t]*:[ \t]*)"
        rf"(?-i:{_INITIAL_SURNAME}))"
        rf"|(?<=^[ \t]*(?:--?|[\u2013\u2014])[ \t]*{_INITIAL_SURNAME})(?=[ \t]*(?:,|$))"
        r"|(?=,[ \t]*(?i:adjuster|examiner|investigator|inspector|supervisor|manager|caseworker|officer|agent"
        r"|clerk|attorney|paralegal|appraiser|underwriter|analyst|specialist|coordinator)\b))",
        0.7,
    ),
    # round 24: a Bengali or Malay given-name prefix written short, "Md." (Mohammad), "Mohd.", "Mst." (Mosammat),
    # before the rest of the name: "Md. Shahidul Islam Chowdhury", "Mohd. Faizal Rahman"; keep() wants the words
    # after it no everyday ones ("Md. State Police" is Maryland's)
    Pattern(
        "labelled abbreviated given name",
        rf"(?<![\w.-])(?P<value>(?:Md|Mohd|Muhd|Mst|Mohd)\.[ \t]*{_WORD}(?:[ \t]+{_WORD}){{0,3}})",
        0.75,
    ),
    # round 24: a form's name field as OCR gives it, the label broken and the words spaced wide, the surnames in
    # capitals before the given name: "A pplicant   Name : MUKENDI  KABASELE  Patrice", "Full Name:  OKAFOR  Chidi";
    # keep() wants one word no English list holds and no everyday word
    Pattern(
        "labelled spaced form name",
        r"(?i:\bname(?<!(?:package|file|host|user|server|domain|display|computer|account|device|machine|service"
        r"|process|app|table|column|field|variable|class|project|product|brand|company|business|team|group|event"
        r"|course|program|model|bucket|key|queue|image|container|node|cluster|database|db|repo|branch|task|job)"
        r"[ \t_-]?name)[ \t]*:[ \t]*)"
        r"(?-i:(?P<value>\p{Lu}{2,}(?:[-']\p{Lu}{2,})?(?:[ \t]{1,4}\p{Lu}{2,}(?:[-']\p{Lu}{2,})?){0,2}"
        r"(?:[ \t]{1,4}\p{Lu}\p{Ll}+(?:[-']\p{Lu}?\p{Ll}+)?){0,2}))(?![\w'-])",
        0.7,
    ),
    # round 15: a nickname in quotes inside the name, as case files write it: "Leonel "El Flaco" Barrientos";
    # keep() wants a known given name first
    Pattern(
        "labelled name with nickname",
        rf"(?<![\w.-])(?P<value>{_WORD}[ \t]+[\"“'\u2018][^\"“”'\u2018\u2019\n]{{2,24}}[\"”'\u2019]"
        rf"[ \t]+{_WORD}(?:[ \t]+{_WORD})?)",
        0.7,
    ),
    # round 15: a nickname after its honorific, where the text says the person goes by it: "conocido como "Don
    # Beto"", "known as 'Uncle Benny'", "apodado Don Nacho"
    Pattern(
        "labelled nickname after honorific",
        r"(?i:\b(?:conocid[oa][ \t]+como|apodad[oa](?:[ \t]+como)?|known[ \t]+as|nicknamed|goes[ \t]+by|alias)"
        r"[ \t]*[\"“'\u2018]?[ \t]*(?:Don|Doña|Dona|Señor|Senor|Señora|Senora|Tío|Tio|Tía|Tia|Uncle|Aunt|Auntie|Big"
        r"|Mama|Papa|Mamá|Papá|Compa)[ \t]+)"
        rf"(?-i:(?P<value>{_WORD}(?:[ \t]+{_WORD})?))",
        0.7,
    ),
    # round 13: a person to call at a number: "Call Tavita Mulitalo at 808-…", "text Ana Ruiz on (671) …", the
    # number read out in words too; and the name of one's signature block ("my signature block: Femke de Vries")
    Pattern(
        "labelled call name",
        rf"(?i:\b(?:call|text|phone|ring|dial)[ \t]+)(?-i:(?P<value>{FULL_NAME}))(?=[ \t]+(?i:at|on)[ \t]+(?:[\d(+]"
        r"|(?i:zero|one|two|three|four|five|six|seven|eight|nine)\b))",
        0.7,
    ),
    Pattern(
        "labelled signature block",
        rf"(?i:\b(?:signature|sig)[ \t]+(?:block|line)[ \t]*(?:is|:)?[ \t]*)(?-i:(?P<value>{FULL_NAME}))",
        0.7,
    ),
    # a note's bullet that opens with the relation: "* wife Noor Al-Dabbagh - DOB …"
    Pattern(
        "labelled bullet relation name",
        rf"(?im:^[ \t]*[-*•][ \t]*{_RELATION}[ \t]*[:,]?[ \t]+)(?-i:(?P<value>{FULL_NAME}))",
        0.7,
    ),
    # a name signed after a dash at the very end of a message: "… can u handle? -Greg", "… format - Ana Ruiz"
    Pattern(
        "labelled dash sign-off",
        rf"(?<=\S[ \t]|\n)[-\u2013\u2014~]{{1,2}}[ \t]?(?P<value>{_WORD}(?:[ \t]+(?:{_PARTICLE}[ \t]+)?{_WORD}){{0,2}}"
        rf"(?:[ \t]\p{{Lu}}\.)?)[\"”']?[ \t]*\Z",
        0.7,
    ),
    # a given name alone on the line that opens a mail's body or a letter: "\n\nChudi,\n\nFollowing up …"
    Pattern(
        "labelled salutation line",
        rf"(?:\A|\n[ \t]*\n)[ \t]*(?P<value>{_WORD})[ \t]*,[ \t]*\r?\n",
        0.7,
    ),
    # round 23: ... or hailed with a dash at the start of a mail's body: "Subject: turnover⏎⏎Corliss - the tender …"
    Pattern(
        "labelled salutation dash",
        rf"(?:\A|\n[ \t]*\n)[ \t]*(?P<value>{_WORD})[ \t]+[-\u2013\u2014][ \t]+(?=\p{{Ll}})",
        0.7,
    ),
    # a given name alone on the last line of a message, or above a quoted one: "…\n\nKemi\n\n-----Original"
    Pattern(
        "labelled closing name line",
        rf"\n[ \t]*\r?\n[ \t]*(?P<value>{_WORD})[ \t]*(?=\s*\Z|(?:\r?\n[ \t]*)+-{{3,}})",
        0.7,
    ),
    # a given name hailed at the start of a line or a quote: "Joy, your voucher is …", "Tomas, can you …"
    Pattern(
        "labelled vocative",
        rf"(?:^|(?<=[\"“\n]))(?P<value>{_WORD})(?:,|[ \t]+[-\u2013\u2014])[ \t]+"
        r"(?=(?:you|your|you're|you've|can[ \t]+you|could[ \t]+you|please|pls|thanks|thank[ \t]+you)\b)",
        0.7,
    ),
    # round 18: a genealogy file's (GEDCOM) NAME line, the surname between slashes: "1 NAME Sigrid Aasta /Lund/"
    Pattern(
        "labelled GEDCOM name",
        r"^[ \t]*[12][ \t]+NAME[ \t]+(?P<value>[^\W\d_][^\n/@]{0,60}?/[^\W\d_][^\n/@]{0,40}/"
        r"(?:[ \t]+[^\W\d_][\w.]{0,10})?|/[^\W\d_][^\n/@]{0,40}/[ \t]+[^\W\d_][^\n/@]{0,60}?)[ \t]*$",
        0.85,
    ),
    # round 18: an HL7 v2 message's PID segment: its fifth field is the patient's name, family^given^middle
    # ("PID|1||MRN…||DOE^JANE^Q||19900518|…")
    Pattern(
        "labelled HL7 patient name",
        r"(?:^|(?<=\r))PID\|(?:[^|\r\n]*\|){4}(?P<value>[^\W\d_][^|^\r\n]{0,40}\^[^\W\d_][^|\r\n]{0,60}?)"
        r"(?=\^*(?:~[^|\r\n]*)?\|)",
        0.85,
    ),
    # the names a reader is asked to compare: "is "MOLINA, ROSA" the same person as "Rosa Molina"?"
    Pattern(
        "labelled same person",
        rf"(?i:\bsame[ \t]+(?:person|individual|applicant|traveler|traveller|subject)[ \t]+as[ \t]+[\"“']?)"
        rf"(?-i:(?P<value>{FULL_NAME}|{_CAPS_NAME}))",
        0.7,
    ),
    Pattern(
        "labelled same person before",
        rf"[\"“'](?P<value>{FULL_NAME}|{_CAPS_NAME})[\"”'][ \t]+(?i:(?:(?:is|was|and)[ \t]+)?(?:the[ \t]+)?same[ \t]+"
        rf"(?:person|individual|applicant|traveler|traveller|subject|people)\b)",
        0.7,
    ),
    # names in Chinese, Korean and Arabic script after their script's name label: "姓名 马丽华", "신청인 정혜린"
    # round 25: a Korean full name before the honorific 씨, written apart as it should be ("보안팀장 박민서 씨가");
    # keep() wants a known surname first. Not a role with it ("담당자 씨"), nor a word that ends in 씨 ("날씨",
    # "솜씨": no space before it). (님 has its pattern below.)
    Pattern(
        "labelled native honorific ko ssi",
        r"(?<![\uac00-\ud7af])(?P<value>(?!담당자|관리자|사용자|신청자|보호자|대표자|책임자|운전자)[\uac00-\ud7af]{3,4})"
        r"[ \t]+씨(?![\uac00-\ud7af]{3})",
        0.75,
    ),
    Pattern(
        "labelled native name",
        # round 18: Japanese 氏名 (a licence's name field), Chinese 持有人 (holder)
        r"(?:姓名|氏名|持有人|名字|申请人|申請人|联系人|聯絡人|父亲|母亲|父親|母親|配偶|丈夫|妻子|이름은|이름|성명은|성명|신청인|신청자"
        r"|아버지|어머니|부친|모친|배우자|입양아|الاسم(?:[ \t]+الكامل)?|اسم[ \t]+(?:الأب|الاب|الأم|الام|الزوج|الزوجة)"
        r"|اسمي|اسم)"
        r"[ \t]*[:\uff1a]?[ \t]*"
        # (round 18: or a Japanese family and given name of several characters each: "小野寺 澄香")
        r"(?P<value>(?<=氏名[ \t\u3000]*[:\uff1a]?[ \t\u3000]*)[\u4e00-\u9fff]{1,4}[ \t\u3000][\u4e00-\u9fff]{1,3}"
        r"(?![\u4e00-\u9fff])"
        r"|[\u4e00-\u9fff]{2,4}(?![\u4e00-\u9fff])"
        r"|[\u4e00-\u9fff](?:[ \t][\u4e00-\u9fff]){1,3}(?![ \t]?[\u4e00-\u9fff])"
        r"|[\uac00-\ud7af]{2,4}(?![\uac00-\ud7af])|[\uac00-\ud7af]{2,4}(?=입니다|이에요|예요|이고|이며|이라고)"
        r"|[\u0621-\u064a]+(?:[ \t][\u0621-\u064a]+){0,3})",
        0.8,
    ),
    # round 23: names in the scripts of South India, Bengal and Thailand after their script's name label and a colon
    # ("பெயர்: லட்சுமி சுப்பிரமணியன்"), and a Uyghur writer's "my name is" ("مېنىڭ ئىسمىم …")
    Pattern(
        "labelled native name scripts",
        r"(?:பெயர்|పేరు|ಹೆಸರು|പേര്|ชื่อ|নাম)[ \t]*(?:/[ \t]*(?i:name)[ \t]*)?[:\uff1a][ \t]*"
        r"(?P<value>[\u0980-\u09e3\u0b80-\u0be3\u0c00-\u0d63\u0e01-\u0e4e]+"
        r"(?:[ \t][\u0980-\u09e3\u0b80-\u0be3\u0c00-\u0d63\u0e01-\u0e4e]+){0,3})",
        0.8,
    ),
    Pattern(
        "labelled native self-introduction ug",
        r"ئىسمىم[ \t]+(?P<value>[\u0621-\u064a\u0674-\u06d3\u06d5]+"
        r"(?:[ \t][\u0621-\u064a\u0674-\u06d3\u06d5]+){0,2}?)"
        r"(?=[ \t]*(?:[.!\u060c\u061f\u06d4]|\n|\Z))",
        0.8,
    ),
    # round 23: a Japanese name before the birth date in brackets: "佐々木 和子" before a bracketed "…生まれ"
    Pattern(
        "labelled native birth ja",
        r"(?<![\u3005\u4e00-\u9fff])(?P<value>[\u3005\u4e00-\u9fff]{1,4}[ \t\u3000]?"
        r"[\u3005\u4e00-\u9fff\u3041-\u3096]{1,4})"
        r"[\uff08(][^\uff09)\n]{2,24}?生まれ",
        0.8,
    ),
    # a writer naming themself in a script without letter case, up to the word for "is" where the language has
    # one: Korean "저는 …입니다", Nepali and Hindi "मेरो/मेरा नाम … हो/है", Persian "اینجانب …" ("I, the
    # undersigned") and "نام من … است", Burmese "ကျွန်မအမည် … ဖြစ်", Tigrinya "ስመይ … እዩ", Amharic "ስሜ … ነው"
    *(
        Pattern(f"labelled native self-introduction {language}", regex_, 0.8)
        for language, regex_ in (
            ("ko", r"저는[ \t]*(?P<value>[\uac00-\ud7af]{2,4}?)(?=입니다|이에요|예요|이고|라고)"),
            (
                "ne",
                r"(?:मेरो|मेरा)[ \t]+नाम[ \t]+(?P<value>[\u0900-\u0963]+(?:[ \t]+[\u0900-\u0963]+){0,2}?)"
                r"(?=[ \t]+(?:हो|हुँ|है)(?:[\s\u0964\u0965,.]|$))",
            ),
            (
                "fa",
                r"(?:این[ \t\u200c]?جانب|(?:نام|اسم)[ \t]+من)[ \t]+"
                r"(?P<value>[\u0621-\u06d3\u200c]+(?:[ \t][\u0621-\u06d3\u200c]+)?)",
            ),
            ("zh", rf"(?:我叫|我名叫|我的名字(?:是|叫))[ \t]*(?P<value>[\u4e00-\u9fff]{{2,4}}?){_HAN_END}"),
            (
                "ja",
                r"(?:私は|わたしは|わたくしは|私、)[ \t\u3000]*(?P<value>[\u4e00-\u9fff]{1,4}(?:[ \t\u3000]?"
                r"[\u4e00-\u9fff\u3040-\u30ff]{1,4})?)(?=[ \t\u3000]*と申し)",
            ),
            (
                "ps",
                rf"زما[ \t]+نوم[ \t]+(?P<value>{_ARABIC_WORD}(?:[ \t]+{_ARABIC_WORD}){{0,3}}?)"
                r"(?=[ \t]+(?:دی|دے|ده|دي)\b)",
            ),
            # round 17: Urdu "میرا نام … ہے" (my name is …)
            (
                "ur",
                rf"(?<![\u0621-\u06d3])(?:میرا|ميرا)[ \t]+نام[ \t]+"
                rf"(?P<value>{_ARABIC_WORD}(?:[ \t]+{_ARABIC_WORD}){{0,3}}?)(?=[ \t]+(?:ہے|ہیں)(?![\u0621-\u06d3]))",
            ),
            # round 13: Pashto "زه … یم" (I am …), Arabic "أنا …،" (two words or more, a known name among them:
            # keep()), Chinese "本人…" (I, the undersigned), Japanese "山本 彩花です" opening a sentence or a quote
            (
                "ps2",
                rf"(?<![\u0621-\u06d3])زه[ \t]+(?P<value>{_ARABIC_WORD}(?:[ \t]+{_ARABIC_WORD}){{0,3}}?)"
                r"(?=[ \t]+یم(?![\u0621-\u06d3]))",
            ),
            (
                "ar",
                rf"(?<![\u0621-\u06d3])(?:أنا|انا)[ \t]+(?P<value>{_ARABIC_WORD}(?:[ \t]+{_ARABIC_WORD}){{1,3}}?)"
                r"(?=[ \t]*[\u060c,.])",
            ),
            # round 14: an Arabic name after its title, to the comma: "السيد حيدر عبد الأمير الساعدي،"
            (
                "ar2",
                rf"(?<![\u0621-\u06d3])(?:السيد|السيدة|الآنسة|السيّد|السيّدة)[ \t]+"
                rf"(?P<value>{_ARABIC_WORD}(?:[ \t]+{_ARABIC_WORD}){{1,3}}?)(?=[ \t]*[\u060c,.])",
            ),
            # round 16: a Persian or Dari name after its title, "خانم …" (Ms.), "آقای …" (Mr.), to a relation's word
            # or a particle; two words at most
            (
                "fa3",
                rf"(?<![\u0621-\u06d3])(?:خانم|آقای|بانو)[ \t]+(?P<value>(?!{_FA_NOT_NAME}){_ARABIC_WORD}"
                rf"(?:[ \t]+(?!{_FA_NOT_NAME}){_ARABIC_WORD})?)(?![\u0621-\u06d3\u200c])",
            ),
            # round 16: an Amharic or Tigrinya name after its title: "ወ/ሮ …" (Mrs.), "አቶ …" (Mr.), "ወ/ሪት …" (Miss),
            # "ዶ/ር …" (Dr.); the given name and the father's
            (
                "am",
                rf"(?<![\u1200-\u135a/])(?:ወ/ሮ|ወ/ሪት|አቶ|ዶ/ር|ወይዘሮ|ወይዘሪት)[ \t]*"
                rf"(?P<value>{_ETHIOPIC_WORD}(?:[ \t]+{_ETHIOPIC_WORD})?)(?![\u1200-\u135a])",
            ),
            # round 16: Pashto "زه … د …" (I, … of …): two words or more before the particle
            (
                "ps3",
                rf"(?<![\u0621-\u06d3])زه[ \t]+(?P<value>{_ARABIC_WORD}(?:[ \t]+{_ARABIC_WORD}){{1,3}}?)"
                r"(?=[ \t]+د[ \t])",
            ),
            # round 15: Persian and Dari "من … هستم" (I am …), led by a known given name (keep())
            (
                "fa2",
                rf"(?<![\u0621-\u06d3])من[ \t]+(?P<value>{_ARABIC_WORD}(?:[ \t]+{_ARABIC_WORD}){{1,3}}?)"
                r"(?=[ \t]+هستم(?![\u0621-\u06d3]))",
            ),
            ("zh2", rf"(?<![\u4e00-\u9fff])本人[ \t]*(?P<value>[\u4e00-\u9fff]{{2,4}}?){_HAN_END}"),
            (
                "ja2",
                r"(?:^|(?<=[「『\"“\s。、]))(?P<value>[\u4e00-\u9fff]{1,3}[ \t\u3000][\u4e00-\u9fff\u3040-\u30ff]{1,4})"
                r"(?=です|と申します|といいます)",
            ),
            ("my", r"ကျွန်(?:မ|တော်)(?:၏)?[ \t]*(?:အမည်|နာမည်)(?:မှာ|က)?[ \t]*(?P<value>[\u1000-\u103f]+)(?=[ \t]+ဖြစ်)"),
            # round 14: Thai "ฉันชื่อ …" (my name is) and a Thai title before the name, Mongolian "Намайг … гэдэг",
            # Tigrinya and Amharic "ኣነ … እየ" / "እኔ … ነኝ" (I am …), a Burmese title (Daw, U) before the name
            (
                "th",
                r"(?:ฉัน|ผม|ดิฉัน|หนู)[ \t]*ชื่อ[ \t]*(?P<value>[\u0e01-\u0e4e]{2,}"
                r"(?:[ \t](?!เกิด|อายุ|อยู่|เป็น|ต้องการ|มา|จาก|และ|โทร|ค่ะ|ครับ)[\u0e01-\u0e4e]{2,})?)",
            ),
            (
                "th2",
                r"(?<![\u0e01-\u0e4e])(?:นางสาว|นาย|นาง|คุณ)(?P<value>[\u0e01-\u0e4e]{3,20})"
                r"(?=[ \t]+[A-Za-z0-9]|[ \t]*(?:[,.:;!?]|$))",
            ),
            (
                "mn",
                r"(?i:намайг|миний[ \t]+нэр(?:ийг)?)[ \t]+(?P<value>[\u0400-\u04ff]+(?:[ \t]+[\u0400-\u04ff]+){0,2}?)"
                r"(?=[ \t]+(?:гэдэг|гэдэг\.|юм|байна))",
            ),
            (
                "ti2",
                r"(?<![\u1200-\u135a])(?:ኣነ|አነ|እኔ)[ \t]+(?P<value>[\u1200-\u135a]+(?:[ \t]+[\u1200-\u135a]+){0,2}?)"
                r"(?=[ \t]+(?:እየ|ነኝ)(?![\u1200-\u135a]))",
            ),
            ("my2", r"(?<![\u1000-\u109f])(?:ဒေါ်|ဦး)(?P<value>[\u1000-\u103f]{2,24})(?=[ \t]|[\u104a\u104b]|$)"),
            (
                "ti",
                r"(?:ስመይ|ሽመይ|ስሜ)[ \t]+(?P<value>[\u1200-\u135a]+(?:[ \t]+[\u1200-\u135a]+){0,2}?)"
                r"(?=[ \t]+(?:እዩ|እየ|ነው|ይባላል)(?![\u1200-\u135a]))",
            ),
        )
    ),
    # a name in Cyrillic after the role or relation that introduces it (sponsor, beneficiary, applicant, wife …)
    Pattern(
        "labelled native role cyrillic",
        r"(?i:(?<![\u0400-\u04ff])(?:спонсор|бенефіціар|бенефициар|заявник|заявниця|заявитель|заявительница"
        r"|громадянин|громадянка|гражданин|гражданка|пан|пані|господин|госпожа|капітан|капитан|матрос|дружина"
        r"|чоловік|жена|муж|син|дочка|донька|сын|дочь|брат|сестра|мати|батько|мать|отец|водій|водитель"
        r"|пасажир|пассажир|свідок|свидетель|заявника|спонсора|бенефіціара|поручитель|поручителька|поручителя"
        r"|поручитель|поручительница)[ \t]*[,:-]?[ \t]+)"
        rf"(?-i:(?P<value>{_CYRILLIC_WORD}(?:[ \t]+{_CYRILLIC_WORD}){{1,2}}))",
        0.75,
    ),
    # a relation's name after the relation's word, in scripts without letter case: Chinese "我的儿子陈志强在…",
    # Japanese "夫佐藤 健太の…", Pashto "زما ورور …" (my brother), Dari "فرزند …" (son of), "برادرم …" (my
    # brother), Amharic "ባለቤቴ …" (my spouse), Tigrinya "ሓወይ …" (my brother). Han names must start with a known
    # surname (keep()); the others stop at the language's prepositions and particles.
    Pattern(
        "labelled native relation zh",
        r"(?:儿子|女儿|丈夫|妻子|老公|老婆|哥哥|弟弟|姐姐|妹妹|父亲|母亲|爸爸|妈妈|孙子|孙女|兒子|女兒|爸爸|媽媽|母親|父親)"
        rf"[ \t]*(?P<value>[\u4e00-\u9fff]{{2,4}}?){_HAN_END}",
        0.75,
    ),
    Pattern(
        "labelled native relation ja",
        r"(?<![\u4e00-\u9fff])(?:夫|妻|主人|息子|娘|父|母|兄|弟|姉|妹)(?:の)?[ \t\u3000]*"
        r"(?P<value>[\u4e00-\u9fff]{1,3}(?:[ \t\u3000][\u4e00-\u9fff\u3040-\u30ff]{1,4})?)"
        r"(?=[のはがをにと、。\s]|さん|様)",
        0.75,
    ),
    Pattern(
        "labelled native honorific ja",
        r"(?<![\u4e00-\u9fff])(?P<value>[\u4e00-\u9fff]{2,3}(?:[ \t\u3000][\u4e00-\u9fff]{1,3})?)(?:様|さん|殿)"
        r"(?![\u4e00-\u9fff])",
        0.75,
    ),
    # a foreign name in katakana, its parts joined by the middle dot, after a relation: "夫のジェイソン・ミラー"
    Pattern(
        "labelled native relation ja katakana",
        r"(?<![\u4e00-\u9fff])(?:夫|妻|主人|息子|娘|父|母|兄|弟|姉|妹)(?:の)?[ \t\u3000]*"
        r"(?P<value>[\u30a1-\u30fa\u30fc]{2,}(?:[・\u30fb][\u30a1-\u30fa\u30fc]{2,})+)",
        0.75,
    ),
    # Arabic: "أخي عمر بن عيسى" (my brother), "زوجتي …" (my wife), "ابني …" (my son); keep() wants a known name
    Pattern(
        "labelled native relation ar",
        r"(?<![\u0621-\u06d3])(?:أخي|اخي|أختي|اختي|زوجي|زوجتي|ابني|ابنتي|والدي|والدتي|أبي|ابي|أمي|امي|عمي|خالي)"
        rf"[ \t]+(?P<value>{_ARABIC_WORD}(?:[ \t]+{_ARABIC_WORD}){{0,3}}?)(?=[ \t]*(?:[\u060c,.\"»”]|$)"
        # round 16: or before a particle or a verb that starts the rest of the sentence: "… ما زال في …"
        r"|[ \t]+(?:ما|لا|لم|لن|قد|في|من|إلى|الى|على|عن|كان|كانت|يعيش|تعيش|يسكن|تسكن|هو|هي|موجود|موجودة)"
        r"(?![\u0621-\u06d3]))",
        0.75,
    ),
    # round 19: an Arabic name after the role a form or a note gives the person: "المتدرب …" (the trainee), "الطالبة
    # …" (the student), "المريض …" (the patient), "مقدم الطلب …" (the applicant); keep() as for a relation's name
    Pattern(
        "labelled native role ar",
        r"(?<![\u0621-\u06d3])(?:المتدربة|المتدرب|الطالبة|الطالب|المريضة|المريض|الموظفة|الموظف|المتهمة|المتهم"
        r"|الشاهدة|الشاهد|المتقدمة|المتقدم|مقدمة[ \t]+الطلب|مقدم[ \t]+الطلب|السائق|الضابط|المستفيدة|المستفيد"
        r"|الكفيلة|الكفيل|المدربة|المدرب|الزميلة|الزميل|المراجعة|المراجع|المشتبه[ \t]+به"
        # round 20: the citizen a consular letter is for: "للمواطن …" (for the citizen), "المواطنة …"
        r"|للمواطنة|للمواطن|المواطنة|المواطن)"
        rf"[ \t]*:?[ \t]+(?P<value>{_ARABIC_WORD}(?:[ \t]+{_ARABIC_WORD}){{0,3}}?)(?=[ \t]*(?:[\u060c,.\"»”:]|$)"
        r"|[ \t]+(?:ما|لا|لم|لن|قد|في|من|إلى|الى|على|عن|كان|كانت|هو|هي|تاريخ|رقم|سيشارك|ستشارك)(?![\u0621-\u06d3]))",
        0.75,
    ),
    # round 20: a Korean name in a death notice or after its honorific: "고(故) 홍길순 님" (the late …),
    # "상주 …" (the chief mourner), "… 님께서"; three syllables before a spaced 님, never a role ("담당자 님")
    Pattern(
        "labelled native mourning ko",
        r"(?:고[ \t]*\(故\)[ \t]*|故[ \t]*|(?<![\uac00-\ud7af])(?:고인|상주|喪主)[ \t]+)"
        r"(?P<value>[\uac00-\ud7af]{2,4})(?![\uac00-\ud7af])",
        0.75,
    ),
    Pattern(
        "labelled native honorific ko",
        r"(?<![\uac00-\ud7af])(?P<value>(?!담당자|관리자|신청자|보호자|대표자|책임자|운영자|사용자|작성자|참석자|수신자|발신자)"
        r"[\uac00-\ud7af]{3})[ \t]+님(?![\uac00-\ud7af]*[ \t]*[:\uff1a])",
        0.75,
    ),
    Pattern(
        "labelled native relation ps fa",
        r"(?<![\u0621-\u06d3])(?:زما[ \t]+(?:ورور|خور|زوی|زوئ|لور|میړه|مېړه|ښځه|پلار|مور)|فرزند|ولد|بنت|پسرم|دخترم"
        r"|برادرم|خواهرم|همسرم|شوهرم|پدرم|مادرم)"
        rf"[ \t]+(?P<value>{_ARABIC_WORD}(?:[ \t]+{_ARABIC_WORD}){{0,2}})",
        0.75,
    ),
    # round 15: Hindi "मेरी माँ सुनीता देवी शर्मा," (my mother …), "मेरे भाई …" (my brother), up to a comma, a
    # danda or a postposition
    Pattern(
        "labelled native relation hi",
        r"(?<![\u0900-\u097f])(?:मेरे|मेरी|मेरा|हमारे|हमारी|हमारा|उनके|उनकी|उनका)[ \t]+"
        r"(?:पिता(?:जी)?|पापा|माता(?:जी)?|माँ|मां|पति|पत्नी|बेटे|बेटा|बेटी|भाई|बहन|दादा(?:जी)?|दादी|नाना|नानी|चाचा|चाची"
        r"|ससुर|सास|बच्चे|बच्चा|पुत्र|पुत्री)[ \t]+"
        r"(?P<value>[\u0900-\u0963]+(?:[ \t]+[\u0900-\u0963]+){0,2}?)"
        r"(?=[ \t]*[,\u0964\u0965]|[ \t]+(?:का|की|के|को|ने|से)(?![\u0900-\u097f]))",
        0.75,
    ),
    Pattern(
        "labelled native relation am ti",
        r"(?<![\u1200-\u135a])(?:ባለቤቴ|ባሌ|ሚስቴ|ወንድሜ|እህቴ|ልጄ|አባቴ|እናቴ|ሓወይ|ሓብተይ|ሰበይተይ|ሰብኣየይ|ወደይ|ጓለይ|ኣቦይ|ኣደይ)"
        rf"[ \t]+(?P<value>{_ETHIOPIC_WORD}(?:[ \t]+{_ETHIOPIC_WORD})?)",
        0.75,
    ),
    # the name in its own script, in parentheses after its romanisation: "Zhang Wei (张伟)", "Kim Minji (김민지)"
    Pattern(
        "labelled native gloss",
        r"(?<=\p{Ll}[ \t]{0,2})[\uff08(](?P<value>[\u4e00-\u9fff]{2,4}|[\uac00-\ud7af]{2,4})[)\uff09]",
        0.8,
    ),
    # round 13: a name and its transliteration side by side, one in parentheses: "Oleksandra Kovalchuk (Олександра
    # Ковальчук)", "Yonas Tekle (ዮናስ ተክለ)", "박서윤 (Seoyun Park)", "佐々木 健太 (Kenta Sasaki)"; keep() wants the
    # romanised side to be a name the lists know
    Pattern(
        "labelled script gloss",
        rf"(?<=(?<![A-Za-z]){_LATIN_NAME}[ \t]{{0,2}})[\uff08(](?P<value>{_SCRIPT_NAME})[)\uff09]",
        0.8,
    ),
    # the two as neighbouring values of a row: ('Zhang Wei', '张伟', …), "Olena Marchenko","Олена Марченко"
    Pattern(
        "labelled script gloss value",
        rf"(?<=(?<![A-Za-z]){_LATIN_NAME}(?P<q>['\"])[ \t]*,[ \t]*(?P=q))(?P<value>{_SCRIPT_NAME})(?=['\"])",
        0.8,
    ),
    Pattern(
        "labelled romanised gloss",
        rf"(?<={_SCRIPT_LETTER}[ \t\u3000]{{0,2}})[\uff08(](?P<value>{_LATIN_NAME})[)\uff09]",
        0.8,
    ),
    Pattern(
        "labelled native before gloss",
        rf"(?<!{_SCRIPT_LETTER})(?P<value>{_SCRIPT_NAME})(?=[ \t\u3000]{{0,2}}[\uff08(]{_LATIN_NAME}[)\uff09])",
        0.8,
    ),
    # Haitian Creole puts the possessive after the relation: "pitit fi m Rose", "frè li Jean", "madanm mwen …"
    Pattern(
        "labelled relation creole",
        r"(?i:\b(?:pitit(?:[ \t]+(?:fi|gason))?|mari|madanm|fre|frè|se|sè|manman|papa|kouzen|kouzin|tonton|matant)"
        r"[ \t]+(?:m|mwen|li|nou)[ \t]+)"
        rf"(?-i:(?P<value>{_WORD}(?:[ \t]+{_WORD}){{0,2}}))",
        0.75,
    ),
    # Tagalog marks a person's name with its own article: "si Nonoy", "kay Ate Marites", "ni Lolo Berto"
    Pattern(
        "labelled tagalog article name",
        r"(?<![\w'-])(?:si|ni|kay|sina|nina|kina)[ \t]+(?:(?:Ate|Kuya|Tita|Tito|Lola|Lolo|Manang|Manong|Ka)[ \t]+)?"
        rf"(?P<value>{_WORD}(?:[ \t]+{_WORD}){{0,2}})",
        0.7,
    ),
    # the name as a card or document prints it, in capitals: "name on card ROMMEL A DIZON", "cardholder: LI WEI"
    Pattern(
        "labelled printed name",
        r"(?i:\b(?:name[ \t]+(?:on|as[ \t]+(?:on|printed[ \t]+on))[ \t]+(?:the[ \t]+)?"
        r"(?:card|account|licen[cs]e|passport|ticket|badge|check|cheque|id)"
        r"|card[ \t]?holder(?:[ \t]+name)?|embossed[ \t]+name)[ \t]*[:=-]?[ \t]*)"
        r"(?-i:(?P<value>\p{Lu}{2,}(?:[ \t]+\p{Lu}\.?)?(?:[ \t]+\p{Lu}{2,}(?:[-']\p{Lu}+)?){1,2}))(?![\p{L}])",
        0.75,
    ),
    # a couple before their occasion: "Omar & Rahaf's wedding", "RSVP for Ana and Luis's engagement party"
    *(
        Pattern(f"labelled couple {side}", regex_, 0.7)
        for side, regex_ in (
            # each match holds its own name only: Presidio drops a match inside another one
            (
                "first",
                rf"\b(?P<value>{_WORD})(?=[ \t]*(?:&|and)[ \t]*{_WORD}(?<!['\u2019]s)['\u2019]s?[ \t]+{_OCCASION})",
            ),
            (
                "second",
                rf"(?<=\b{_WORD}[ \t]*(?:&|and)[ \t]*)(?P<value>{_WORD}(?<!['\u2019]s))['\u2019]s?[ \t]+{_OCCASION}",
            ),
        )
    ),
    # authors with their affiliations' marks: "Ana Ruiz^1, Mei-Ling Tsai^2", "Kofi Mensah¹²"
    Pattern(
        "labelled author",
        rf"(?:^|(?<=[,;][ \t]*))(?P<value>{FULL_NAME})(?:\^\{{?[0-9][0-9,]*\}}?|[\u00b9\u00b2\u00b3\u2070-\u2079]+)"
        r"(?=[ \t]*(?:,|;|$|and\b|&))",
        0.7,
    ),
    # a display name in a script without letter case before the address: From: "…" <…@…>
    Pattern(
        "labelled native mail header name",
        r"(?im:^[ \t]*(?:from|to|cc|bcc|reply-to)[ \t]*:[ \t]*)\"?"
        r"(?P<value>[^\x00-\u02ff\s\"<>@]{2,}(?:[ \t][^\x00-\u02ff\s\"<>@]+){0,3})\"?(?=[ \t]*<[^<>@\s]+@)",
        0.85,
    ),
    # round 20: one given name after a role or kinship word with no possessive: "the aide Patience can stay",
    # "and granddaughter Efua.", "o marinheiro Josivaldo caiu"; keep(): _role_given_name
    Pattern(
        "labelled role given name",
        rf"(?i:\b{_ROLE_WORD}[ \t]*,?[ \t]+)(?-i:(?P<value>\p{{Lu}}\p{{Ll}}{{2,}}))(?![\w'\u2019-]|[ \t]+\p{{Lu}})",
        0.7,
    ),
    # round 20: a relation as a label, the full name after the colon: "Brother: Idris Kamara", "Frère : …"
    Pattern(
        "labelled relation label",
        rf"(?i:\b{_RELATION_LABEL}[ \t]*:[ \t]*)(?-i:(?P<value>{FULL_NAME}))",
        0.75,
    ),
    # round 20: French honorifics: "M. Cheikh Tidiane Mbaye-Sarr", "Mme Aminata Diallo"
    Pattern(
        "labelled french honorific name",
        rf"(?<![\w.])(?:M\.|Mme\.?|Mlle\.?)[ \t]+(?P<value>{FULL_NAME})",
        0.75,
    ),
    # round 20: the person a text says is called so, in any case: "a guy called tevita", "a man named Teodoro";
    # keep(): _called_name
    Pattern(
        "labelled called name",
        rf"(?i:\b{_PERSON_NOUN}[ \t]+(?:called|named|llamad[oa]|nommee?|chamad[oa])[ \t]+)"
        r"(?P<value>\p{L}[\p{L}'\u2019-]+(?:[ \t]+\p{L}[\p{L}'\u2019-]+){0,2})",
        0.7,
    ),
    # round 20: a sole proprietor's name before the trade name: "Lonnie Dean Sizemore dba Sizemore Excavating"
    Pattern(
        "labelled name before dba",
        rf"(?<![\w.-])(?P<value>{FULL_NAME})[ \t]*,?[ \t]+(?:dba|DBA|d/b/a|D/B/A|doing[ \t]+business[ \t]+as)\b",
        0.75,
    ),
    # round 20: a tribal leader's title before a name in the nation's language, English words after it: "Chief
    # Hinto Wapasha Red Hawk"; keep(): two words or more, the first no English word
    Pattern("labelled chief name", rf"\bChief[ \t]+(?P<value>{NAME})", 0.7),
    # round 20: the answer to a transcript's question for a name, on the next speaker's line: "Q: State your
    # name.\nA: Sefo Tuiasosopo."; keep(): _answered_name
    Pattern(
        "labelled answered name",
        rf"(?i:\b{_NAME_QUESTION}{_ANSWER_LABEL}(?:(?:my[ \t]+name[ \t]+is|it'?s|i'?m|i[ \t]+am)[ \t]+)?)"
        r"(?P<value>\p{L}[\p{L}'\u2019-]*(?:[ \t]+\p{L}[\p{L}'\u2019-]*){0,3}?)(?=[ \t]*(?:[.,;!]|\r?\n|$))",
        0.8,
    ),
    # round 20: the answer to a transcript's "who" question: "Q: Who drove the skiff?\nA: Faleolo, the deckhand.";
    # the capitalised words that open it; keep(): _answered_name
    Pattern(
        "labelled answered who",
        rf"(?i:\bwho\b[^\n?]{{3,60}}\?[ \t]*\r?\n[ \t]*[\p{{L}}.]{{1,20}}[ \t]*:[ \t]*)"
        rf"(?-i:(?P<value>{_WORD}(?:[ \t]+{_WORD}){{0,2}}))(?=[ \t]*[.,;!]|[ \t]*\r?\n|[ \t]*$)",
        0.75,
    ),
    # round 20: an iCalendar organiser's or attendee's common name: "ATTENDEE;CN=Nou Yia Thao:mailto:…"
    Pattern(
        "labelled calendar common name",
        r"(?im:^(?:ORGANIZER|ATTENDEE|CONTACT)[^\n:]*?;CN=)\"?(?P<value>[^\W\d_][^\n\";:<>@\d]{1,60}?)\"?(?=[;:])",
        0.8,
    ),
    # round 20: a given name opening the body of a message the writer quotes after a colon: "…text to my
    # ex:\nThaddeus, the kids …"; keep(): a frequent given name, no everyday word or place
    Pattern(
        "labelled quoted salutation",
        r":[ \t]*\r?\n[ \t]*(?P<value>\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}+)?),[ \t]+(?=\p{Ll})",
        0.7,
    ),
]
CONTEXT: list[str] = []
_NOT_NAME_WORDS = (
    "The This That These Those All Team Staff Office Department Division Branch Unit Program Project Everyone "
    "Sir Madam Colleagues Customer Applicant Officer Agent Service Services Security Homeland Director Secretary "
    "Not None Unknown Pending Yes No TBD N/A Work General Client Privilege Privileged"
)
_NOT_NAMES = frozenset(_NOT_NAME_WORDS.split(" "))
# English function words ("Next", "Then", "Here") after a cue are a sentence going on, not a name; a few of them
# are also given names or surnames.
_NAME_STOP_WORDS = frozenset({"may", "will", "say", "call", "last"})
# Last words of places and institutions ("Victoria Station", "Jordan Valley"), never of a name after "for".
_PLACE_WORDS = frozenset(
    """station street avenue road park county city university college center centre hall building airport
    hospital bridge beach island river lake mountain valley heights falls springs harbor harbour port bay
    school church district region state states republic kingdom service services office agency department
    group company corporation inc llc ltd foundation institute museum library court house pass creek canyon crossing
    junction landing national international regional municipal terminal""".split()  # noqa: SIM905
)
_STREET_DR = re.compile(r"\d+[ \t]+(?:[A-Z][a-z]+[ \t]+){1,3}(?:Dr|St)\.?[ \t]+$")
_LEADING_TITLE = re.compile(rf"(?:(?:{_HONORIFIC}|{_TITLE}|Dear)[ \t]+)+")
_TAIL_NOT_NAME = re.compile(r"(?:[ \t]+(?:Street|St|Avenue|Ave|Road|Rd|Drive|Dr|Lane|Ln|Blvd|Way|Court|Ct))+$")


_LABEL_COLON_AFTER = re.compile(r"[ \t]*[:\uff1a]")
_JAPANESE_NAME_LABEL = re.compile(r"氏名[ \t\u3000]*[:\uff1a]?[ \t\u3000]*$")


class PersonRecognizer(LabelledValueRecognizer):
    VALUE = regex.compile(NAME + "$")

    def __init__(self) -> None:
        super().__init__(
            supported_entity="PERSON",
            patterns=PATTERNS,
            context=CONTEXT,
            name="PersonCueRecognizer",
            global_regex_flags=re.MULTILINE,
        )

    def keep(self, text: str, result: RecognizerResult, pattern_name: str) -> bool:
        if pattern_name == "labelled honorific name" and _STREET_DR.search(text, 0, result.start):
            return False  # "Harbor Dr. Next step": a street, not a doctor
        if _LABEL_COLON_AFTER.match(text, result.end) and entity_for(text[result.start : result.end]) is not None:
            return False  # round 25: "신청인 이름: 박서연" ("applicant name: …"): the cue's next word is the label
        # the value pattern may start at the title ("Officer John Smith"): the finding is the name alone
        lead = _LEADING_TITLE.match(text, result.start, result.end)
        if lead is not None:
            result.start = lead.end()
        tail = _TAIL_NOT_NAME.search(text, result.start, result.end)
        if tail is not None:
            result.end = tail.start()
        words = text[result.start : result.end].split()
        if pattern_name in (
            "labelled native self-introduction ar",
            "labelled native self-introduction ar2",
            "labelled native relation ar",
            "labelled native role ar",
        ):
            # the last word and most of them names ("أنا سعيد جداً": "I am very happy")
            known = [gazetteer().is_native_name(w) for w in words]
            if len(known) == 1 and "مواطن" in text[max(0, result.start - 12) : result.start]:
                return False  # round 20: "للمواطن الحق في …" ("the citizen has the right to"): a full name only
            if pattern_name.endswith("ar2"):  # after a title, the given name leads; a family's nisba may be unlisted
                return known[0] and 2 * sum(known) > len(known)
            if len(known) >= 3:  # round 16: three or four words, half of them names, a nisba or a rare name unlisted
                return 2 * sum(known) >= len(known) and any(known[:2])
            if len(known) == 2 and pattern_name.endswith("introduction ar"):
                return known[-1]  # round 17: "أنا ريتا خوري،": a family name closes it, the given name may be unlisted
            return known[-1] and 2 * sum(known) > len(known)
        if pattern_name == "labelled religious title name":
            g = gazetteer()
            # "Bishop Street", "Brother Printers", "Father Time": a place, a firm or a phrase, not a person
            if words[-1].lower() in _PLACE_WORDS | ORG_WORDS or words[0].lower() in NOT_NAMES:
                return False
            if any(g.is_common(w) and not g.is_name_word(w) for w in words):
                return False
            return len(words) >= 2 or g.is_given(words[0])
        if pattern_name == "labelled caps officer name":
            return _caps_officer_name(text, result, words)
        if pattern_name in _ROUND24_CUES:
            if text.endswith(("'s", "\u2019s"), result.start, result.end):
                result.end -= 2  # "Md. Shahidul Islam Chowdhury's file": the name without its possessive
                words = text[result.start : result.end].split()
            return _ROUND24_CUES[pattern_name](words)
        if pattern_name == "labelled name before identifier" and len(words) >= 3 and _KIN_WORD.fullmatch(words[0]):
            # round 24: "Spouse María Rosa Yupanqui, DOB …": the family label is no part of the name
            result.start = text.index(words[1], result.start + len(words[0]))
            words = words[1:]
        if pattern_name == "labelled name before identifier" and text.startswith(",", result.end):
            # round 24: "Rakotomalala Hery Andrianina, ITIN …": after a comma, no English word but a given name
            g = gazetteer()
            if any(english_word(p.lower()) and not g.is_frequent_given(p) for w in words for p in w.split("-") if p):
                return False
        if pattern_name == "labelled personal name word":
            g = gazetteer()
            w = words[0]
            if w.lower() in NOT_NAMES | ORG_WORDS or w in _NOT_NAMES or g.is_common(w):
                return False
            return g.is_given(w) or g.is_surname(w) or spelled_like_a_name(w) or not english_word(w)
        if pattern_name == "labelled dictated role name":
            return _dictated_name(result, text)
        if pattern_name in _ROUND20_CUES:
            return _ROUND20_CUES[pattern_name](text, result, words)
        if pattern_name == "labelled name before a-number":
            return _name_before_number(text, result)
        if pattern_name == "labelled traveler name":
            g = gazetteer()
            return _spelled(words) or all(g.is_name_word(w) and not g.is_common(w) for w in words)
        if pattern_name == "labelled judge capitals":
            g = gazetteer()
            word = words[0]
            return (
                word not in _NOT_NAMES
                and word.lower() not in ORG_WORDS | NOT_NAMES
                and (g.is_surname(word) or not (g.is_common(word) or english_word(word.lower())))
            )
        if pattern_name == "labelled native relation hi":
            return not any(w in HINDI_STOP_WORDS for w in words)  # "मेरे पिता बहुत बीमार थे,": "my father was very ill"
        if pattern_name == "labelled nickname called":
            g = gazetteer()
            w = words[0]
            return (
                w not in _NOT_NAMES
                and w.lower() not in STOP_WORDS | ORG_WORDS | NOT_NAMES
                and not g.is_common(w)
                and (g.is_given(w) or not english_word(w.lower()))
            )  # "calls him Zibi"; not "goes by Tuesday", "nicknamed Gateway"
        if pattern_name == "labelled native birth ja":
            return _japanese_surname(words[0])
        if pattern_name == "labelled name with nickname":
            return gazetteer().is_given(words[0])  # not "Operation "Blue Lantern" Review"
        if pattern_name == "labelled native self-introduction fa2":
            return gazetteer().is_native_name(words[0])  # "من خیلی خوشحال هستم": "I am very happy"
        if pattern_name == "labelled native self-introduction ja2":
            return _japanese_surname(words[0])
        if pattern_name == "labelled native self-introduction ja":
            return True  # "と申します" follows nothing but the speaker's name
        if pattern_name in ("labelled native relation ja", "labelled native honorific ja"):
            return _japanese_surname(words[0])
        if pattern_name.startswith("labelled couple "):
            return _a_couple(text, result.start, result.end)
        if pattern_name in ("labelled children list", "labelled relation abroad given name"):
            g = gazetteer()
            w = words[0]
            return (
                w.lower() not in NOT_NAMES | ORG_WORDS
                and fold(w) not in PLACE_HEADS
                and (g.is_frequent_given(w) or not english_word(w))
            )
        if pattern_name == "labelled printed name":
            g = gazetteer()
            return not any(w.lower() in _CARD_WORDS | ORG_WORDS | NOT_NAMES for w in words) and any(
                len(w) > 1 and g.is_name_word(w) and not g.is_common(w) for w in words
            )
        if pattern_name == "labelled author":
            return _spelled(words) or all(gazetteer().is_name_word(w) for w in words)
        if pattern_name == "labelled tagalog article name":
            return _TAGALOG.search(text) is not None and not any(gazetteer().is_common(w) for w in words)
        if pattern_name in _GLOSSES:
            return _glossed_name(text, result.start, result.end, pattern_name)
        if pattern_name in ("labelled GEDCOM name", "labelled HL7 patient name"):
            return SAMPLE_FILE.search(text) is None  # round 18: "(Sample GEDCOM shipped with the tutorial)"
        if pattern_name == "labelled native name" and _JAPANESE_NAME_LABEL.search(text, 0, result.start):
            return True  # round 18: a Japanese name, whose family names the Chinese list does not hold
        if pattern_name == "labelled native name" or pattern_name.startswith("labelled native "):
            return _HAN_HANGUL.match(words[0]) is None or words[0][0] in gazetteer().native_surnames
        initial = pattern_name == "labelled dash sign-off" and len(words) == 2 and len(words[-1]) == 2
        if pattern_name == "labelled dash sign-off" and len(words) == 2 and _AN_INITIAL.fullmatch(words[0]):
            return _initial_surname(words)  # round 26: "- D. Abernathy" at the message's end, as after a role
        if not words or words[0] in _NOT_NAMES or (words[-1].endswith(".") and not initial):
            return False
        if pattern_name == "labelled salutation" and len(words) == 1 and english_word(words[0]):
            g = gazetteer()
            if not (g.is_given(words[0]) or g.is_surname(words[0])):
                return False  # "Dear Offerors,", "Dear Colleagues,"
        if pattern_name == "labelled salutation dash":
            g = gazetteer()
            # round 25: or the very start of a message without a mail's header, hailing a frequent given name that is
            # no everyday word ("Caroline — following up on …"; not "Note — the office …")
            opening = not text[: result.start].strip() and g.is_frequent_given(words[0]) and not g.is_common(words[0])
            return (
                (_MAIL_HEADER.search(text) is not None or opening)
                and g.is_given(words[0])
                and _lone_name(text, words[0], salutation=False)
            )
        if pattern_name in ("labelled salutation line", "labelled closing name line"):
            return _lone_name(text, words[0], pattern_name == "labelled salutation line")
        if pattern_name == "labelled relation given name":
            g = gazetteer()
            word = words[0]
            return (
                g.is_frequent_given(word)
                and not g.is_common(word)
                and word.lower() not in ORG_WORDS | NOT_NAMES
                and fold(word) not in PLACE_HEADS
            )
        if pattern_name == "labelled vocative":
            return gazetteer().is_frequent_given(words[0]) and (
                _common_given(words, False) or not gazetteer().is_common(words[0])
            )
        if pattern_name in ("labelled greeting", "labelled dash sign-off") and _common_given(words, initial):
            return True  # "Hi Summer,", "-Bill K.": an everyday word that is a given name, where a name goes
        if pattern_name == "labelled account role name" and not (
            gazetteer().is_frequent_given(words[0]) or _spelled(words)
        ):
            return False  # "customer Portal Login": a thing of the customer's, not a named customer
        if pattern_name in _GAZETTEER_CHECKED:
            g = gazetteer()
            first, last = words[0], words[-1]
            if last.lower() in _PLACE_WORDS or any(g.is_common(w) for w in words):
                return False
            if len(words) >= 2 and (fold(first) in PLACE_HEADS or first == last):
                return False  # "from San Isidro", "to Pago Pago": a place
            if pattern_name == "labelled preposition name" and not (g.is_frequent_given(first) or _spelled(words)):
                return False
            if (
                pattern_name == "labelled preposition name"
                and TRAVEL_BEFORE.search(text, max(0, result.start - 40), result.start)
                and not possessive_at(text, result.end)  # "drove to Ana Ruiz's house"
            ):
                return False  # round 15: "the 3pm flight to Washington Dulles": a journey's end is a place
            if pattern_name == "labelled dash sign-off" and not (
                g.is_frequent_given(first) or (len(words) >= 2 and _spelled(words))
            ):
                return False
        elif pattern_name in _RELATION_CUES and words[-1].lower() in _PLACE_WORDS | ORG_WORDS:
            return False  # "the Employee Assistance Program", "my client, Acme Services"
        if pattern_name in _UNLISTED_CHECKED and any(
            gazetteer().is_common(w) or w.lower().removesuffix("'s") in ORG_WORDS | NOT_NAMES
            for w in words
            if not w.islower()  # a surname's particle: "Femke de Vries"
        ):
            return False  # "Social Security card: …", "Employee Roster SSN …"
        return not all(w.lower() in STOP_WORDS and w.lower() not in _NAME_STOP_WORDS for w in words)


_GLOSSES = frozenset(
    {"labelled script gloss", "labelled script gloss value", "labelled romanised gloss", "labelled native before gloss"}
)
_LATIN_BEFORE = regex.compile(rf"(?P<name>{_LATIN_NAME})(?:[ \t]{{0,2}}[\uff08(]|['\"][ \t]*,[ \t]*['\"])$")
_LATIN_IN_PARENS = regex.compile(rf"[ \t\u3000]{{0,2}}[\uff08(](?P<name>{_LATIN_NAME})[)\uff09]")
_SCRIPT_BEFORE = regex.compile(rf"(?P<name>{_SCRIPT_NAME})[ \t\u3000]{{0,2}}$")
_CASED_SCRIPT = regex.compile(r"[\u0370-\u04ff]")
_HAN_OR_HANGUL = regex.compile(r"[\u3005\u3041-\u30ff\u4e00-\u9fff\uac00-\ud7af]")


def _glossed_name(text: str, start: int, end: int, pattern_name: str) -> bool:
    """One side of a name and its transliteration: the romanised side no place and no word that is only an
    everyday or English word, a cased script's side in capitalised words ("Министерство здравоохранения" is
    no name), and no country's name beside Chinese or Korean ("香港 (Hong Kong)")."""
    if pattern_name in ("labelled script gloss", "labelled script gloss value"):
        latin = _LATIN_BEFORE.search(text, max(0, start - 80), start)
        native: regex.Match[str] | str | None = text[start:end]
    elif pattern_name == "labelled romanised gloss":
        latin = regex.match(rf"(?P<name>{_LATIN_NAME})", text[start:end])
        native = _SCRIPT_BEFORE.search(text, max(0, start - 40), start - 1)
    else:
        latin = _LATIN_IN_PARENS.match(text, end)
        native = text[start:end]
    if latin is None or native is None:
        return False
    native = native if isinstance(native, str) else native.group("name")
    words = latin.group("name").split()
    g = gazetteer()
    if fold(words[0]) in PLACE_HEADS or all(g.is_common(w) for w in words):
        return False
    # round 23: beside a native side of two words or more, an English word the lists lack is let through when
    # another word of the romanised side is no English word at all ("ᏌᏊ ᎠᏂᏴᏫ (Sequoyah Anewi)")
    unlisted = len(native.split()) >= 2 and any(
        not english_word(w.lower()) and not g.is_common(w) and not g.is_name_word(w) for w in words
    )
    if any(
        (g.is_common(w) or (english_word(w.lower()) and not unlisted) or w.lower() in ORG_WORDS | NOT_NAMES)
        and not g.is_name_word(w)
        for w in words
    ):
        return False  # "Lincoln Memorial", "Grand Hotel"; names the lists lack pass ("Dawit Mekonnen")
    if _CASED_SCRIPT.search(native):
        return all(w[0].isupper() for w in native.split())
    # a country beside Chinese or Korean is a place: "香港 (Hong Kong)"
    return not (_HAN_OR_HANGUL.search(native) and fold(" ".join(words)) in region_names())


def _dictated_name(result: RecognizerResult, text: str) -> bool:
    """A lower-case name after its role, up to the first stop word or everyday word: two words at least, two of
    them in no English word list (a given name the lists know may be one)."""
    g = gazetteer()
    kept: list[re.Match[str]] = []
    for m in re.finditer(r"\S+", text[result.start : result.end]):
        w = m.group(0)
        if w in STOP_WORDS or g.is_common(w) or (english_word(w) and not g.is_name_word(w)):
            break
        kept.append(m)
    if len(kept) < 2 or sum(not english_word(m.group(0)) for m in kept) < 2:
        return False
    result.end = result.start + kept[-1].end()
    return True


def _japanese_surname(word: str) -> bool:
    """A kanji run that starts with one of Japan's common surnames, or with a Chinese surname character (a
    Chinese name in a Japanese text)."""
    surnames = japanese_surnames()
    return any(word[:n] in surnames for n in (1, 2, 3)) or word[0] in gazetteer().native_surnames


# Tagalog's commonest function words: "si" and "ni" are also Spanish and Italian words, the article only in Tagalog
_TAGALOG = regex.compile(r"(?i)\b(?:ang|ng|mga|ako|ito|po|nasa|sa|kay|niya|siya|ko|mo|naman|lang|pakitawagan)\b")


_GAZETTEER_CHECKED = frozenset(
    {
        "labelled preposition name",
        "labelled name word",
        "labelled greeting",
        "labelled dash sign-off",
        "labelled sign-off abroad",
    }
)


def _lone_name(text: str, word: str, salutation: bool) -> bool:
    """A word alone on a salutation or closing line: a given name the lists know, or, opening the body of a mail
    (a ``Subject:`` line above), any word that is not an everyday one ("Chudi,": a nickname no list holds)."""
    g = gazetteer()
    if g.is_common(word) or word.lower() in _NOT_SALUTATION or word.lower() in ORG_WORDS | NOT_NAMES:
        return False
    if g.is_given(word) or spelled_like_a_name(word):
        return True
    return salutation and _MAIL_HEADER.search(text) is not None and word.isalpha() and len(word) >= 3


_MAIL_HEADER = re.compile(r"(?im)^[ \t]*subject[ \t]*:")
# Words that open or close a mail on a line of their own without being anyone's name
_NOT_SALUTATION = frozenset(
    """hello hi hey greetings all team everyone folks colleagues sir madam gentlemen ladies friends morning
    afternoon evening update reminder thanks regards cheers best sincerely respectfully yes no okay ok sure
    however also again first second finally attachments attached fyi importance""".split()  # noqa: SIM905
)


def _common_given(words: list[str], initial: bool) -> bool:
    """A single given name that is also an everyday word ("Joy", "Will"), or one followed by an initial."""
    g = gazetteer()
    first = words[0]
    if len(words) != (2 if initial else 1) or (first.lower() in STOP_WORDS and first.lower() not in _NAME_STOP_WORDS):
        return False
    return g.is_common(first) and g.is_frequent_given(first) and first.lower() not in _NOT_GIVEN


# Everyday words the given-name lists hold that are never a greeting's name
_NOT_GIVEN = frozenset({"best", "team", "all", "everyone", "sir", "madam", "folks", "there", "again", "guys", "world"})


def _name_before_number(text: str, result: RecognizerResult) -> bool:
    """Round 17. The name before an A-Number, without the words of the line that lead to it ("Seat 14", "Guest"):
    two words or more, none of them a word of English or of the lists' common words unless also a name."""
    g = gazetteer()
    words = text[result.start : result.end].split()
    while (
        words
        and (english_word(words[0].lower()) or g.is_common(words[0]))
        and (len(words) > 2 or not g.is_name_word(words[0]))
    ):
        result.start = text.index(words[0], result.start) + len(words[0])
        result.start += len(text[result.start : result.end]) - len(text[result.start : result.end].lstrip())
        words = words[1:]
    if len(words) < 2 or any(w.lower() in ORG_WORDS | NOT_NAMES for w in words):
        return False
    return all(g.is_name_word(w) or not (english_word(w.lower()) or g.is_common(w)) for w in words)


def _spelled(words: list[str]) -> bool:
    """Names of origins the lists under-represent ("from Deeqa Xirsi Maxamuud"): every word known or spelled as
    such names are (names_gazetteer.spelled_like_a_name), and one of them spelled so."""
    g = gazetteer()
    spelled = [spelled_like_a_name(w) for w in words]
    return any(spelled) and all(s or g.is_name_word(w) for s, w in zip(spelled, words, strict=True))


# Cues read without regard to case, after which a capitalised phrase may be an organisation's name
_RELATION_CUES = frozenset(
    {
        "labelled relation name",
        "labelled role name",
        "labelled account role name",
        "labelled kin name",
        "labelled cue name",
        "labelled bullet relation name",
        "labelled relation abroad",
        "labelled possession name",
        "labelled name before identifier",
        "labelled abbreviated title name",
    }
)
_UNLISTED_CHECKED = frozenset(
    {
        "labelled qualified name",
        "labelled name part",
        "labelled possession name",
        "labelled name before identifier",
        "labelled call name",
        "labelled signature block",
    }
)
_HAN_HANGUL = re.compile(r"[\u4e00-\u9fff\uac00-\ud7af]")


# round 20: the cues of this round and what each wants of the words after it


def _role_given_name(text: str, result: RecognizerResult, words: list[str]) -> bool:
    """One word after a role or kinship word: a frequent given name that is no everyday word ("granddaughter Efua"); an
    everyday one where a verb a person does follows ("the aide Patience can stay"); or, after an article or a
    possessive, a word no list or English dictionary holds ("a marinheira Rosilene")."""
    g = gazetteer()
    word = words[0]
    if word in _NOT_NAMES or word.lower() in NOT_NAMES | ORG_WORDS | _PLACE_WORDS or _a_place(word):
        return False
    if g.is_frequent_given(word) and not g.is_common(word):
        return True
    if g.is_common(word) or english_word(word):
        return g.is_frequent_given(word) and _PERSON_VERB_AFTER.match(text, result.end) is not None
    if _ROLE_AFTER_ARTICLE.search(text, max(0, result.start - 48), result.start) is None:
        return False
    # a brand or a thing after the role ("the driver Lyft app"): an English word after it that no verb is
    nxt = _NEXT_LOWER_WORD.match(text, result.end)
    return nxt is None or not english_word(nxt.group(1)) or _A_VERB.fullmatch(nxt.group(1)) is not None


def _a_place(word: str) -> bool:
    return fold(word) in PLACE_HEADS or fold(word) in region_names()


_PERSON_VERB_AFTER = regex.compile(
    r"[ \t]+(?:can|could|will|would|said|says|told|asked|called|stayed|stays|left|came|helped|agreed|wants|needs)\b"
)
_NEXT_LOWER_WORD = regex.compile(r"[ \t]+(\p{Ll}[\p{L}'\u2019-]*)")
_A_VERB = regex.compile(
    r"\p{L}+ed|was|is|has|had|did|does|went|made|took|fell|got|came|left|says|said|can|will|would|could|told|saw"
)
_ROLE_AFTER_ARTICLE = regex.compile(
    rf"(?i:\b(?:the|a|an|and|o|el|la|le|um|uma|un|une|my|our|his|her|their|meu|minha|seu|sua|mi|su|mon|ma|son|sa)"
    rf"[ \t]+{_ROLE_WORD}[ \t]*,?[ \t]+)$"
)


def _called_name(text: str, result: RecognizerResult, words: list[str]) -> bool:
    """After "a woman called": a given name, or a word no English list holds, in any case; the words after it
    that are names too, written in the same case ("a man named teodoro vaca")."""
    g = gazetteer()
    first = words[0]
    if first.lower() in STOP_WORDS or first.lower() in NOT_NAMES | ORG_WORDS or _a_place(first):
        return False
    if not (g.is_given(first) or spelled_like_a_name(first) or not (english_word(first.lower()) or g.is_common(first))):
        return False
    kept = 1
    for w in words[1:]:
        if w.islower() != first.islower() or w.lower() in STOP_WORDS or g.is_common(w):
            break
        if not (g.is_name_word(w) or spelled_like_a_name(w) or not english_word(w.lower())):
            break
        kept += 1
    result.end = result.start + len(" ".join(text[result.start : result.end].split()[:kept]))
    return text[result.start : result.end].split() == words[:kept]


def _answered_name(text: str, result: RecognizerResult, words: list[str]) -> bool:
    """A transcript's answer: every word a name of the lists or no English word, none a function word."""
    g = gazetteer()
    if all(g.is_common(w) for w in words) or any(w.lower() in NOT_NAMES | ORG_WORDS for w in words):
        return False
    if any(w in _NOT_NAMES or _HONORIFIC_WORD.fullmatch(w) for w in words):
        return False  # "A: Mr. …", "A: Unknown."
    return all(
        w.lower() not in STOP_WORDS
        and not _a_place(w)
        and ((g.is_name_word(w) and not g.is_common(w)) or not english_word(w.lower()))
        for w in words
    )


_HONORIFIC_WORD = regex.compile(_HONORIFIC)


def _chief_name(text: str, result: RecognizerResult, words: list[str]) -> bool:
    """ "Chief Hinto Wapasha Red Hawk": two words or more, the first no English or everyday word; not an office
    ("Chief Justice", "Chief Medical Examiner")."""
    g = gazetteer()
    first = words[0]
    if len(words) < 2 or english_word(first.lower()) or g.is_common(first) or first in _NOT_NAMES:
        return False
    return not any(w.lower() in ORG_WORDS | NOT_NAMES | _PLACE_WORDS for w in words)


def _dba_name(text: str, result: RecognizerResult, words: list[str]) -> bool:
    """The owner before "dba": a frequent given name first (or names spelled as the lists' are), no firm's word."""
    g = gazetteer()
    if any(w.lower() in ORG_WORDS | NOT_NAMES | _PLACE_WORDS for w in words) or words[0] in _NOT_NAMES:
        return False
    if all(g.is_common(w) for w in words):
        return False
    return (g.is_frequent_given(words[0]) and not g.is_common(words[0])) or _spelled(words)


def _calendar_name(text: str, result: RecognizerResult, words: list[str]) -> bool:
    """An iCalendar CN: not a room or a resource ("CUTYPE=ROOM", "Conference Room B"), nor a team's name."""
    line_start = text.rfind("\n", 0, result.start) + 1
    if _NOT_A_PERSON_CN.search(text, line_start, result.start):
        return False
    return bool(words) and not any(w.lower() in ORG_WORDS | NOT_NAMES | _PLACE_WORDS for w in words)


_NOT_A_PERSON_CN = regex.compile(r"(?i)CUTYPE=(?:ROOM|RESOURCE|GROUP|UNKNOWN)")


def _quoted_salutation(text: str, result: RecognizerResult, words: list[str]) -> bool:
    """A salutation opening a quoted message ("…text to my ex:\nThaddeus, the kids …"): a frequent given name, no
    everyday or English word, no place."""
    g = gazetteer()
    word = words[0]
    return (
        g.is_frequent_given(word)
        and not g.is_common(word)
        and not english_word(word.lower())
        and not _a_place(word)
        and word not in _NOT_NAMES
    )


def _names_only(text: str, result: RecognizerResult, words: list[str]) -> bool:
    """Every word a name the lists know (no everyday one), spelled as names are, or no English word; none a
    function, firm or place word ("M. Table Of Contents" is no one)."""
    g = gazetteer()
    if fold(words[0]) in PLACE_HEADS or words[-1].lower() in _PLACE_WORDS:
        return False
    return all(
        w.lower() not in STOP_WORDS
        and w.lower() not in NOT_NAMES | ORG_WORDS
        and w not in _NOT_NAMES
        and ((g.is_name_word(w) and not g.is_common(w)) or spelled_like_a_name(w) or not english_word(w.lower()))
        for w in words
    )


_ROUND20_CUES = {
    "labelled relation label": _names_only,
    "labelled french honorific name": _names_only,
    "labelled role given name": _role_given_name,
    "labelled called name": _called_name,
    "labelled answered name": _answered_name,
    "labelled answered who": _answered_name,
    "labelled chief name": _chief_name,
    "labelled name before dba": _dba_name,
    "labelled calendar common name": _calendar_name,
    "labelled quoted salutation": _quoted_salutation,
}


def _officer_surname(words: list[str]) -> bool:
    """Round 24. The surname after an officer's acronym (and a second word, if any): names of the lists, no
    everyday or English word ("ISO Vasquez", not "ISO Standards" or "AO Review")."""
    if _a_place(words[0]):
        return False  # round 25: an office's city after an in-charge's title ("SAIC Los Angeles", "PAIC San Diego")
    g = gazetteer()
    plain = [w.lower() not in NOT_NAMES | ORG_WORDS and w not in _NOT_NAMES and not g.is_common(w) for w in words]
    if all(plain) and all(
        g.is_name_word(w.split("-")[0]) and (not english_word(w.lower()) or g.is_surname(w)) for w in words
    ):
        return True
    # round 25: a given name and a surname the lists lack ("FAM Tupou Vaipulu"): two words, neither an English word
    # nor a place's ("SAIC Field Office", "SBPA Duty Roster", "PAIC San Diego" are no one)
    return len(words) == 2 and all(plain) and not any(english_word(w.lower()) or _a_place(w) for w in words)


def _caps_officer_name(text: str, result: RecognizerResult, words: list[str]) -> bool:
    """Round 25. A name in capitals after an officer's or a subject's acronym, up to its first English, everyday or
    organisation word; kept when it is one to three words, none of those, each with a vowel, in a line written in
    capitals ("CBPO YELLOWHAIR", not "CBPO TRAINING" nor "SUBJ ROOM")."""
    g = gazetteer()
    name: list[str] = []
    for w in words:
        parts = [p for p in w.replace("'", "-").split("-") if p]
        if any(
            english_word(p.lower()) or g.is_common(p) or p.lower() in NOT_NAMES | ORG_WORDS or not _VOWEL.search(p)
            for p in parts
        ):
            break
        name.append(w)
    if not 1 <= len(name) <= 3 or (len(name) == 1 and len(name[0]) < 4):
        return False
    line_start = text.rfind("\n", 0, result.start) + 1
    line_end = text.find("\n", result.end)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    if sum(c.islower() for c in line) * 10 > sum(c.isupper() for c in line):
        return False  # a line in mixed case: the acronym's other patterns read it
    result.end = result.start + len(" ".join(name)) if len(name) < len(words) else result.end
    return text[result.start : result.end].split() == name


_VOWEL = re.compile(r"[AEIOUY]")
_AN_INITIAL = regex.compile(r"\p{Lu}\.")


def _initial_surname(words: list[str]) -> bool:
    """Round 24. "D. Whitlock" after a role: the surname a name of the lists or spelled as one, no everyday word."""
    g = gazetteer()
    last = words[-1].split(".")[-1] or words[-1]
    if last.isupper():
        last = last.title()  # round 26: "L. HAUGEN" as "L. Haugen"
    saint = len(words) >= 2 and words[-2].rstrip(".").lower() == "st" and words[-2].endswith(".")
    unlisted = len(last) >= 4 and _VOWEL.search(last.upper()) is not None
    return (
        last.lower() not in NOT_NAMES | ORG_WORDS
        and not g.is_common(last)
        and (
            g.is_surname(last)
            or (spelled_like_a_name(last) and not english_word(last.lower()))
            # round 26: "St. Fleur" after a role: a surname of the "St." kind; or a surname the lists lack
            # ("SGT M. OYELARAN"): after a role and an initial, any word of four letters or more with a vowel that
            # is no English word
            or ((saint or unlisted) and not english_word(last.lower()))
        )
    )


def _unlike_english(words: list[str]) -> bool:
    """Round 24. The words after "Md." or an OCR'd name label: none an everyday word or an organisation's, one at
    least no English word ("Md. Shahidul Islam", "MUKENDI  KABASELE  Patrice"; not "Md. State Police", "FINAL
    REPORT")."""
    g = gazetteer()
    rest = [w for w in words if w.rstrip(".") not in ("Md", "Mohd", "Muhd", "Mst")]
    if not rest or any(w.lower() in NOT_NAMES | ORG_WORDS or w in _NOT_NAMES or g.is_common(w) for w in rest):
        return False
    return any(not english_word(w.lower()) for w in rest)


def _ocr_name(words: list[str]) -> bool:
    """Round 24. An OCR'd name field: two words at least, none everyday, one no English word, one a name of the lists
    ("MUKENDI  KABASELE  Patrice"; not "Package Name: NTLM V2", "File name: FINAL REPORT")."""
    if len(words) < 2 or not _unlike_english(words):
        return False
    g = gazetteer()
    return any(g.is_name_word(w.title()) and not g.is_common(w.title()) for w in words)


_KIN_WORD = regex.compile(rf"(?i:{_KIN}|{_RELATION})")


def _given_then_names(words: list[str]) -> bool:
    """Round 28b. A contact's full name: a given name the lists know first, every word a name's and none an everyday
    word ("Receiving POC Ana Ruiz"; not "POC Apache Kafka Cluster", a proof of concept's)."""
    g = gazetteer()
    return len(words) >= 2 and g.is_given(words[0]) and not any(g.is_common(w) and not g.is_name_word(w) for w in words)


_ROUND24_CUES = {
    "labelled officer acronym surname": _officer_surname,
    "labelled role initial surname": _initial_surname,
    "labelled abbreviated given name": _unlike_english,
    "labelled spaced form name": _ocr_name,
    "labelled poc name": _given_then_names,  # round 28b
}
