"""US_PASSPORT: 9 digits (older books) or a letter + 8 digits (Next Generation, since 2021). Both forms are
everyday numbers, so a bare one scores low and the word "passport" (before it, or as its label) decides."""

from __future__ import annotations

import re

import regex
from presidio_analyzer import Pattern

from gateway.detect.recognizers.labelled import LABEL_GLUE, LabelledValueRecognizer

PATTERNS = [
    Pattern(
        "labelled passport",
        rf"(?i:\b(?:(?:US|U\.S\.)[ \t]+)?passport(?:[ \t]+(?:card|book))?{LABEL_GLUE})(?:[A-Z]\d{{8}}|\d{{9}})\b",
        0.9,
    ),
    # round 26: the nine digits in groups of three, as people copy them off the page ("passport no. 921 088 456",
    # "passport number is 921-088-456")
    Pattern(
        "labelled passport in groups",
        rf"(?i:\b(?:(?:US|U\.S\.)[ \t]+)?passport(?:[ \t]+(?:card|book))?{LABEL_GLUE})"
        r"(?P<value>(?<!\d)\d{3}(?P<gap>[ -])\d{3}(?P=gap)\d{3})(?![\d-])",
        0.85,
    ),
    # round 26: the holder named between the label and the number ("passport of Dana Whitfield is 518330724",
    # "the passport for Ana M. Ruiz: 518-330-724"); one to four capitalised words, then "is" or a colon
    Pattern(
        "labelled passport of a named holder",
        r"(?i:\bpassport)[ \t]+(?i:of|for)[ \t]+(?:[A-Z][\w'\u2019.-]*[ \t]+){0,3}[A-Z][\w'\u2019.-]*"
        r"(?:[ \t]+(?i:is)[ \t]+|[ \t]*:[ \t]*)"
        r"(?P<value>[A-Z]\d{8}|(?<!\d)\d{3}(?P<gap>[ -]?)\d{3}(?P=gap)\d{3})(?![\w-])",
        0.85,
    ),
    # round 28b: a passport's number where airline passenger data's field order says it is one: a PNR's SSR DOCS
    # line ("SSR DOCS XX HK1 P/GBR/503318842/…") and a PAXLST DOC segment of a passport ("DOC+P:110:111+P7731942B'")
    Pattern(
        "labelled PNR DOCS passport",
        r"\bDOCS\b[^\n]{0,40}?(?<![A-Z0-9])P[A-Z]?/[A-Z]{2,3}/(?P<value>[A-Z0-9]{5,20})/",
        0.85,
    ),
    Pattern(
        "labelled PAXLST passport",
        r"\bDOC\+P[A-Z]?(?::\d{1,3}){0,2}\+(?P<value>[A-Z0-9]{5,20})(?=['\n\r:+]|$)",
        0.85,
    ),
    Pattern("next generation", r"\b[A-Z]\d{8}\b", 0.3),
    # round 28b: a passport whose nine characters are mostly letters, from the alphabet without vowels and
    # look-alikes that German and other machine-issued books use ("passport C2KF47TRN"), two digits at least,
    # right after the passport label
    Pattern(
        "labelled passport in letters and digits",
        r"(?i:\bpass(?:port|eport|aporte?)(?:[ \t]+(?:number|num|no\.?|nr\.?|#))?[ \t]*(?:is|:|#|=)?[ \t]*)"
        r"(?P<value>(?=[A-Z0-9]{0,8}\d[A-Z0-9]{0,7}\d)[CFGHJKLMNPRTVWXYZ][CFGHJKLMNPRTVWXYZ0-9]{8})(?![\w-])",
        0.85,
    ),
    # other countries' passports after a passport label, in the languages the department's public writes:
    # "Jordanian passport N482617", "Passport (Ukraine): FX604218", "número de pasaporte G28814073", "PPT: A08817264"
    Pattern(
        "labelled foreign passport",
        r"(?i:(?:\b(?:passport|pasaporte|passeport|reisepass|passaporto|passaporte|ppt"
        # round 4: Polish, Turkish, Indonesian, Haitian Creole (accents are folded), Dutch, Finnish, Arabic in Latin
        # letters; Haitian Creole puts the owner after the word ("paspo m lan")
        r"|paszport(?:u)?|pasaport|paspor|paspo(?:[ \t]+(?:m|mwen|li|ou|nou)(?:[ \t]+(?:lan|la|an))?)?|paspoort"
        r"|passi|jawaz(?:[ \t-]+(?:al[ \t-]*)?safar)?"
        # round 17: Vietnamese "(số) hộ chiếu", accents folded
        r"|(?:so[ \t]+)?ho[ \t]+chieu"
        # round 18: German "Pass-Nr." (Passnummer), as a Reisepass labels its number
        r"|(?<!(?:boarding|parking|season|visitor|guest|bus|day)[ \t])pass-?nr\.?|passnummer)"
        # Chinese, Korean: 护照号(码) / 護照號(碼), 여권(번호)
        # Korean with a space and the subject or topic particle: "여권 번호는 …", "여권번호가 …"
        r"|\u62a4\u7167(?:\u53f7(?:\u7801)?)?|\u8b77\u7167(?:\u865f(?:\u78bc)?)?"
        r"|\uc5ec\uad8c(?:[ \t]*\ubc88\ud638)?(?:\ub294|\uc740|\uac00|\uc774)?"
        # round 18: Japanese 旅券(番号) / パスポート(番号), with the topic or subject particle
        r"|(?:旅券|パスポート)(?:[ \t]*番号)?(?:は|が)?"
        # round 14: Arabic, Persian and Urdu: (رقم) جواز (السفر), (شماره) گذرنامه / پاسپورت
        r"|(?:رقم[ \t]+)?(?:ال)?جواز(?:[ \t]+(?:ال)?سفر)?|(?:شماره[ \t]+)?(?:گذرنامه|پاسپورت))"
        r"(?:[ \t]+(?:book|card))?"
        # round 15: the issuing country's code before the number, as a log writes it: "passport GE 08KD71355"
        r"(?:[ \t]+(?-i:[A-Z]{2,3})(?=[ \t]+[A-Z]{0,3}\d))?"
        r"(?:[ \t]*\([^()\n]{1,24}\))?(?:[ \t]+(?:number|num|no\.?|nr\.?|n[°º]\.?|numero|#))?"
        # "is" in the same languages: Polish "to"/"jest", Spanish "es", French "est", German "ist", Portuguese "é"
        # round 17: or a form's dot leaders ("Số hộ chiếu ....... C4108276")
        r"[ \t]*(?:is|:|#|=|-|\u662f|to|jest|es|est|ist|e|\.{2,40}+)?[ \t]*)"
        r"(?P<value>(?=(?:[A-Z]*\d){4})[A-Z]{0,3}\d[A-Z0-9]{4,9})\b",
        0.85,
    ),
    # round 19: the number wrapped onto the next line after a passport label that names it ("Moldovan passport
    # no.⏎A04417925"); the label must say "number" or end in a colon, so a heading's next line is not taken
    Pattern(
        "labelled passport number on the next line",
        r"(?i:\b(?:passport|pasaporte|passeport|reisepass|passaporto|passaporte|paszport|pasaport|paspor|paspoort)"
        r"(?:[ \t]+(?:number|num|no\.?|nr\.?|n[°º]\.?|numero|#)[ \t]*:?|[ \t]*:)[ \t]*\r?\n[ \t]*)"
        r"(?P<value>(?=(?:[A-Z]*\d){6})[A-Z]{0,2}\d[A-Z0-9]{5,8})\b",
        0.85,
    ),
    # round 20: a Russian passport's series, the number sign and the number, as the book prints them: "75 № 4381902"
    # (the foreign passport), "45 06 № 123456" (the internal one); the sign reads "No" once normalised; after a
    # passport label earlier on the same line
    Pattern(
        "labelled series and number",
        r"(?:(?i:\bpassport|\bpasport)|[Пп]аспорт|ПАСПОРТ)[^\n]{0,80}?"
        r"(?P<value>(?<!\d)\d{2}[ \t]?(?:\d{2}[ \t]?)?(?:No|NO|no|N)\.?[ \t]*\d{6,7})(?!\d)",
        0.85,
    ),
    # round 23: the number typed a character at a time after a passport label, as a form's boxes or a pasted scan
    # give it ("passport E W 8 8 1 4 2 0 3", "paszport nr: A B 4 4 0 1 9 2 7"): up to three letters, then six to
    # nine digits, each set apart by one to three blanks (a run the normaliser does not close up)
    Pattern(
        "labelled passport spaced out",
        r"(?i:\b(?:passport|pasaporte|passeport|reisepass|passaporto|passaporte|paszport|pasaport|paspor|paspoort)"
        r"(?:[ \t]+(?:number|num|no\.?|nr\.?|numero|#))?[ \t]*(?:is|:|#|=|-)?[ \t]*)"
        r"(?P<value>(?<![\w-])(?:[A-Z][ \t]{1,3}){0,3}(?:\d[ \t]{1,3}){5,8}\d)(?![\w-]|[ \t]{1,3}\d)",
        0.85,
    ),
    # several passports listed in one breath: "had two passports, one korean M20947715 one us 671058342"
    Pattern(
        "labelled passport list",
        r"\b(?=[A-Z]?\d{8,9}\b)(?<=(?i:\bpassports\b[^\n]{0,80}?\b(?:one|other|another|second|first|and|plus)"
        r"[ \t]+(?:[a-z.]{2,12}[ \t]+)?))(?P<value>[A-Z]\d{8}|\d{9})\b",
        0.85,
    ),
    # the passport talked about, its number given a line or two later: "needs your passport copy⏎… number is
    # T6190337"
    Pattern(
        "labelled passport number later on",
        r"(?i:\bpassport\b[^\n]{0,100}?(?:\n[^\n]{0,100}?){0,2}?"
        # "number" on its own or the passport's, not another thing's ("the order number is …")
        r"(?:(?<![A-Za-z][ \t])|(?<=\bthe[ \t])|(?<=\bits[ \t])|(?<=\bhis[ \t])|(?<=\bher[ \t])|(?<=\bmy[ \t])"
        r"|(?<=\byour[ \t])|(?<=\bpassport[ \t]))\b(?:number|no\.?|num|#)[ \t]*(?:is|was|:)[ \t]*)"
        r"(?P<value>[A-Z]{1,2}\d{6,8}|\d{9})\b",
        0.8,
    ),
    # the label says what the number is for, the number follows its colon or under it: "Passport no. for the visa
    # letter:⏎T6190337"
    Pattern(
        "labelled passport number for a purpose",
        r"(?i:\bpassport[ \t]+(?:number|no\.?|num|#)[ \t]+(?:for|of)[ \t][^\n:]{0,40}:[ \t]*(?:\r?\n[ \t]*)?)"
        r"(?P<value>[A-Z]\d{8}|\d{9})\b",
        0.8,
    ),
    # asked for on one line, given in the reply on the next (a chat, a quoted e-mail): "please confirm the
    # passport number.⏎> It's Z5920317"
    Pattern(
        "labelled passport number in reply",
        r"(?i:\bpassport[ \t]+(?:number|no\.?|num|#)[^\n]{0,40}\r?\n(?:[> \t]*[^\n]{0,80}\r?\n){0,2}?[> \t]*"
        r"[^\n]{0,40}?\b(?:it's|it is|its|it was|here it is|here you go)[ \t]*[:,-]?[ \t]*)"
        r"(?P<value>[A-Z]{1,2}\d{6,8}|\d{9})\b",
        0.8,
    ),
]
# Round 25. A travel record's document (APIS, PNR, a booking API's JSON) typed as a passport by its ICAO code "P"
# (or "PP", "PASSPORT"), its number under a key beside the type: {"type":"P","num":"P4418207B",…},
# doc_type=PASSPORT; doc_no=… (either order; one object, no brace between)
_DOC_TYPE = r"[\"']?(?i:doc(?:ument)?[_ .-]?)?(?i:type)[\"']?[ \t]*[:=][ \t]*[\"']?(?:P|PP|(?i:passport))[\"']?"
_DOC_NUMBER_KEY = (
    r"[\"']?(?i:(?:doc(?:ument)?[_ .-]?)?(?:num|number|no|nbr|nr)|doc(?:ument)?[_ .-]?id|docid)[\"']?[ \t]*[:=][ \t]*"
    r"[\"']?"
)
_DOC_VALUE = r"(?P<value>(?=(?:[A-Z]*\d){4})[A-Z]{0,3}\d[A-Z0-9]{4,9})\b"
PATTERNS.append(
    Pattern(
        "labelled number of a passport-typed document",
        rf"(?<![\w-]){_DOC_TYPE}[ \t]*[,;|&][^{{}}\n]{{0,60}}?(?<![\w-]){_DOC_NUMBER_KEY}{_DOC_VALUE}",
        0.84,
    )
)
PATTERNS.append(
    Pattern(
        "labelled number before its passport type",
        rf"(?<![\w-]){_DOC_NUMBER_KEY}{_DOC_VALUE}[\"']?[ \t]*[,;|&][^{{}}\n]{{0,60}}?(?<![\w-]){_DOC_TYPE}(?![\w-])",
        0.84,
    )
)
CONTEXT = ["passport", "passports", "passport#"]


class PassportRecognizer(LabelledValueRecognizer):
    VALUE = re.compile(r"(?:[A-Z]\d{8}|\d{9})$")

    def __init__(self) -> None:
        super().__init__(
            supported_entity="US_PASSPORT",
            patterns=PATTERNS,
            context=CONTEXT,
            name="PassportRecognizer",
            # ASCII word boundaries: the number may touch Chinese or Japanese words ("A号码是A…", "护照号码…号")
            global_regex_flags=re.MULTILINE | regex.ASCII,  # Presidio compiles with regex, whose flag values differ
        )
