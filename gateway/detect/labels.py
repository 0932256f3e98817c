"""The label lexicon: what a form label, a JSON or dict key, or a table header says its value is.

``entity_for("passportNumber")`` is ``US_PASSPORT``, ``entity_for("Geburtsdatum")`` ``DATE_OF_BIRTH``,
``entity_for("company_name")`` None. A key is read in words: camelCase, snake_case, kebab-case, dots and trailing
digits split (``ssn9`` → ``ssn``), accents kept; then the words are looked up whole, and again without
trailing qualifiers ("number", "no", "#", "nr") and leading owners ("applicant", "home", "primary"). English,
Spanish, French, German, Portuguese and Italian labels of the forms the department receives.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Round 11. Last words of a log's or a form's field labels ("Failure Reason:", "Source Network Address:", "Logon
# Type:"), which no person's name ends in
FIELD_LABEL_TAIL = frozenset(
    "reason address type status code id number domain account result level port protocol severity category".split()  # noqa: SIM905
)

_PERSON = (
    "name|full name|fullname|legal name|first name|firstname|first|given name|given names|givenname|forename"
    "|middle name|last name|lastname|surname|surnames|family name|maiden name|mother's maiden name|last|"
    "payee|payee name|beneficiary|beneficiary name|recipient|recipient name|addressee|c o|care of|in care of"
    "|applicant|applicant name|petitioner|employee|employee name|claimant|respondent|patient|patient name"
    "|client|client name|customer|customer name|cardholder|card holder|cardholder name|account holder"
    "|account holder name|account name|holder|holder name|passenger|passenger name|traveler|traveller"
    "|traveler name|contact|contact name|contact person|emergency contact|emergency contact name|spouse"
    "|spouse name|mother|father|guardian|parent|child|dependent|dependant|next of kin|witness|suspect|subject"
    "|subject name|subj|detainee|interviewee|interviewer|grievant|supervisor|evaluator|adjudicator|investigator"
    "|requester|requestor|sender|from name|to name|owner|owner name|signer"
    "|signatory|signature|signed|signed by|prepared by|submitted by|approved by|reviewed by|attention|attn"
    "|student|student name|member|member name|insured|insured name|debtor|tenant|landlord|visitor|attendee"
    "|nombre|nombres|nombre completo|apellido|apellidos|primer apellido|segundo apellido|beneficiario|titular"
    "|nom|prénom|prenom|nom de famille|nom complet|bénéficiaire|beneficiaire|titulaire|destinataire"
    "|vorname|nachname|familienname|zuname|empfänger|empfaenger|kontoinhaber|inhaber|geburtsname"
    "|nome|sobrenome|nome completo|cognome|intestatario|beneficiário|beneficiario"
    # names (issue 11): aliases, the caller of a call log, and the name labels of Arabic, Chinese and Korean forms
    "|alias|aliases|aka|also known as|other names|other name|caller|caller name|traveler name"
    "|الاسم|الاسم الكامل|اسم|姓名|名字|申请人|申請人|이름|성명|신청인"
    # round 2: a "Given" column or field, and Vietnamese and Russian name labels
    "|given|given name s|ho ten|họ tên|ho va ten|họ và tên|tên|фио|имя|фамилия|отчество"
    # round 3: a middle-name column, FEMA's survivor and registrant, parents on civil records abroad
    # (Spanish, French, Portuguese, Haitian Creole) and the Haitian Creole name labels, Ukrainian ПІБ
    "|middle|middle names|survivor|survivor name|disaster survivor|registrant|registrant name"
    "|padre|madre|père|mère|pai|mãe|papa|manman|non|siyati|prenon|non konplè|піб|прізвище|ім я|по батькові"
    # round 7: the people of a ticket export or a shipment record
    "|reporter|assignee|assigned to|opened by|created by|closed by|resolved by|importer contact|exporter contact"
    # round 14: Czech and Slovak name columns
    "|jméno|jmeno|příjmení|prijmeni|priezvisko|křestní jméno|krestni jmeno"
    # round 15: the staff a call sheet or a case log names: its agent, representative, caseworker, interpreter
    "|agent|agent name|rep|rep name|representative|csr|caseworker|case worker|case officer|officer|interpreter"
    # round 17: the people of a parole sponsor's or a check-in program's export
    "|supporter|supporter name|sponsor name|participant|participant name"
    # round 19: the staff a roster or a qualification sheet names beside each row; a household's surname column
    "|instructor|instructor name|teacher|teacher name|examiner|proctor|family"
    # round 27: a maiden or birth surname column on its own ("name,maiden,email"), a former name, a nickname
    "|maiden|maiden names|birth name|birth surname|former name|former names|previous name|nickname|nee|née"
    # round 28b: a summons's juror, an application's named references, a delivery's or an event's point of contact
    "|juror|juror name|personal reference|character reference|professional reference|reference name"
    "|poc|poc name|point of contact|receiving poc|alternate poc"
)
_DOB = (
    "dob|d o b|date of birth|birth date|birthdate|birthday|born|born on|birth|b day|bday|date born"
    "|fecha de nacimiento|fecha nacimiento|f nac|fec nac|nacimiento|date de naissance|né le|ne le|née le|nee le"
    "|naissance|geburtsdatum|geb|geboren|geboren am|data de nascimento|data di nascita|nascimento"
    # abbreviated English; Vietnamese, Haitian Creole, Tagalog, Somali, Russian, Arabic, Chinese, Korean
    "|dt of birth|dt birth|birth dt|d of b|date of b|ngày sinh|sinh ngày|ngày tháng năm sinh|dat nesans"
    "|dat de nesans|dat nesans li|petsa ng kapanganakan|kapanganakan|taariikhda dhalashada|дата рождения"
    "|\u0434 \u0440|تاريخ الميلاد|تاريخ الولادة|出生日期|出生年月日|生日|생년월일|생일"
    # round 3: a Vietnamese label written with commas ("Ngày, tháng, năm sinh" is read from "năm sinh"),
    # Ukrainian, Polish, Turkish, Indonesian, Romanian, Persian, Urdu, Hindi, Japanese and Korean forms
    "|năm sinh|tháng năm sinh|дата народження|дата нар|data urodzenia|doğum tarihi|tanggal lahir"
    "|data nașterii|data nasterii|تاریخ تولد|تاریخ پیدائش|जन्म तिथि|जन्म की तारीख|生年月日|출생연월일|출생일"
    # round 4: Nordic and Dutch forms, Arabic and Persian labels written in Latin letters
    "|födelsedatum|fødselsdato|fødselsdag|syntymäaika|fæðingardagur|geboortedatum|geb datum"
    "|tarikh al milad|tarikh milad|tarikh al wilada|tareekh al milad|taarikh al milad|tarikh e tavalod"
    # round 7: Spanish "fecha de nacimiento" cut short, as column names cut it ("fecha_nac")
    "|fecha nac|fecha de nac|fech nac|fec nacimiento"
    # round 12: Swahili
    "|tarehe ya kuzaliwa"
    # round 14: Czech and Slovak (a CSV's "narozen" column), Mongolian, Thai
    "|narozen|narozena|datum narození|datum narozeni|dátum narodenia|narodený|narodena|narodeny"
    "|төрсөн огноо|төрсөн он \u0441\u0430\u0440 өдөр"
    "|วันเกิด|วันเดือนปีเกิด"
)
_SSN = (
    "ssn|ssns|ss|ss#|ssan|social|social security|social security number|social security no|soc sec|soc sec no"
    "|socsec|tax id ssn|ssn tin|número de seguro social|numero de seguro social|seguro social|nss"
    "|số an sinh xã hội|an sinh xã hội|nimewo sekirite sosyal|sekirite sosyal|사회보장번호|社会安全号码|社會安全號碼"
    "|رقم الضمان الاجتماعي"
)
_PASSPORT = (
    "passport|passport number|passport no|passport num|passport nr|passport id|passport book|passport card"
    "|travel document|travel document number|document number passport|pasaporte|número de pasaporte"
    "|numero de pasaporte|passeport|numéro de passeport|numero de passeport|n° de passeport|no de passeport"
    "|pass nr|pass|ppt|ppt no|reisepass|reisepassnummer|passnummer|passaporte|passaporto|número do passaporte"
    "|hộ chiếu|số hộ chiếu|paspò|nimewo paspò|паспорт|номер паспорта|جواز السفر|رقم الجواز|رقم جواز السفر"
    "|جواز|护照|护照号码|護照|護照號碼|여권|여권번호|pasaporte blg"
    # round 3: Polish, Turkish (read with its dotless i folded), Indonesian, Ukrainian
    "|paszport|numer paszportu|pasaport|pasaport numarasi|paspor|nomor paspor|номер паспорта|паспорт номер"
    # round 4: Arabic written in Latin letters, Dutch, Nordic, Finnish, Czech, Haitian Creole
    "|jawaz|jawaz safar|jawaz al safar|raqam al jawaz|paspoort|paspoortnummer|passnummer|passi|passinumero"
    "|cestovní pas|cestovni pas|nimewo paspo"
)
_PHONE = (
    "phone|phone number|phone no|telephone|tel|tel no|mobile|mobile number|mobile phone|cell|cell phone"
    "|cellphone|cell number|home phone|work phone|fax|fax number|contact number|contact phone|whatsapp"
    "|teléfono|telefono|celular|móvil|movil|téléphone|telephone portable|portable|numéro de téléphone"
    "|telefon|telefonnummer|handy|handynummer|mobilnummer|telemóvel|telefone|cellulare"
    "|điện thoại|số điện thoại|telefòn|телефон|мобильный|هاتف|رقم الهاتف|الهاتف|电话|電話|手机|전화|전화번호|휴대폰"
    "|telepono"
    # round 3: Polish, Turkish, Indonesian, Ukrainian
    "|numer telefonu|telefon komórkowy|telefon numarasi|cep telefonu|nomor telepon|nomor hp|номер телефону"
    # round 4: call-back numbers, abbreviations (Vietnamese SĐT, Spanish Tlf, Tagalog CP), Somali, Swahili, Dutch
    "|callback|call back|callback number|call back number|sđt|sdt|đt|tlf|tfno|cp|cp no|cel|cel no"
    "|telefoon|telefoonka|telefoonkeeda|telefoonkiisa|lambarka|lambarka telefoonka|simu|nambari ya simu"
    "|telefoonnummer|mobiel|gsm|puhelin|matkapuhelin|mobil|mobilnummer"
)
_EMAIL = (
    "email|e mail|email address|mail|correo|correo electrónico|correo electronico|courriel|e mail adresse"
    "|электронная почта|البريد الإلكتروني|电子邮件|이메일"
)
_ADDRESS = (
    "address|addr|home address|mailing address|street address|residential address|residence|physical address"
    "|current address|permanent address|street|address line 1|address line1|address1|addr1|address line"
    "|dirección|direccion|domicilio|adresse|anschrift|straße|strasse|wohnort|wohnadresse|indirizzo"
    "|endereço|endereco|morada"
    "|địa chỉ|địa chỉ bị thiệt hại|adrès|адрес|العنوان|地址|住址|주소|tirahan|cinwaanka"
    # round 3: Polish, Turkish, Indonesian, Ukrainian
    "|adres|adres zamieszkania|ev adresi|alamat|адреса|місце проживання"
    # round 4: Nordic, Finnish, Czech, Dutch, Arabic written in Latin letters
    "|adress|gatuadress|bostadsadress|postadress|osoite|adresa|woonadres|bopæl|bopel|unwan|al unwan"
)
_DRIVER = (
    "driver's license|drivers license|driver license|driver licence|driving licence|driver's licence|dl|dl#"
    "|dl number|dl no|license number|licence number|license no|lic no|lic|license|licence|state id"
    "|licencia de conducir|licencia|permis de conduire|führerschein|fuehrerschein|führerscheinnummer"
    "|carteira de motorista|patente"
    # round 18: an operator's licence number (OLN), "D/L", "DL/ID", commercial, enhanced and learner's licences,
    # state ID cards; Spanish, French, Portuguese, Vietnamese, Korean, Chinese, Japanese, Arabic, Tagalog, Russian
    "|oln|oln no|operator license|operator's license|operators license|operator licence|d l|dl id|dl no|dln|cdl"
    "|cdl number|edl|driverlicense|driver lic|drivers lic|driving license|state id card|state id number|non driver id"
    "|nondriver id|learner permit|learner's permit|learners permit|instruction permit|instructional permit"
    "|permit license|license permit|licencia de manejo|licencia de conduccion|número de licencia|no de licencia"
    "|numéro de permis|n° de permis|n° du permis|no du permis|número da cnh|numero da cnh|registro cnh|cnh"
    "|số giấy phép lái xe|giấy phép lái xe|số gplx|gplx|면허번호|운전면허번호|운전면허증 번호|驾照号码|駕照號碼"
    "|驾驶证号|驾驶证号码|駕駛執照號碼|免許証番号|運転免許証番号|رقم الرخصة|رقم رخصة القيادة|رخصة القيادة"
    "|lisensya|lisensya sa pagmamaneho|numero ng lisensya|водительское удостоверение"
    "|номер водительского удостоверения|patente di guida|numero patente|prawo jazdy|numer prawa jazdy|rijbewijs"
    "|rijbewijsnummer|körkort|körkortsnummer|ehliyet|ehliyet no"
)
_A_NUMBER = "a number|a#|a no|alien number|alien registration number|alien no|a file|uscis number|ars"
_RECEIPT = "receipt|receipt number|receipt no|uscis receipt|case receipt|receipt #"
_ONLINE = "uscis online account number|uscis online account|online account number|elis account number|oan"
_ITIN = "itin|itin number|individual taxpayer identification number|taxpayer id|tin"
_BANK = (
    "account|account number|account no|acct|acct no|acct number|bank account|bank account number|checking account"
    "|savings account|cuenta|número de cuenta|numero de cuenta|compte|numéro de compte|kontonummer|konto"
    "|số tài khoản|nimewo kont|номер счета|رقم الحساب|账号|帐号|계좌번호"
    # round 6: the account named with its bank, in Spanish, French, German, Portuguese
    "|cuenta bancaria|cuenta de banco|número de cuenta bancaria|numero de cuenta bancaria|cuenta corriente"
    "|cuenta de ahorros|compte bancaire|numéro de compte bancaire|bankkonto|bankverbindung|conta bancária"
    "|conta bancaria|número da conta|numero da conta|acct num"
    # round 7: the Vietnamese account without "số" ("tài khoản 0123…")
    "|tài khoản|tai khoan"
)
_ROUTING = (
    "routing|routing number|routing no|aba|aba number|aba routing|rtn|transit number|routing transit number"
    "|số định tuyến"
    # round 6: the bank's name in front, abbreviations, Spanish, French, German
    "|bank routing|bank routing number|bank aba|aba rtn|rtg|rtg no|rtg number|rt no|routing num|routing transit"
    "|número de ruta|numero de ruta|ruta bancaria|código aba|codigo aba|numéro d'acheminement|numero d'acheminement"
    "|bankleitzahl|blz"
)
_IBAN = "iban"
_I94 = "i94|i94 number|i94 no|admission number|admission record|admission record number|arrival record"
_EDIPI = "edipi|dod id|dodid|dod edipi|dod id number|dod benefits number|dbn|cac id|cac number"
_KTN = (
    "ktn|known traveler|known traveler number|known traveller number|known traveler id|global entry"
    "|global entry number|pass id|passid|trusted traveler number|precheck|tsa precheck|nexus|sentri"
)
_CARD = (
    "card|card number|card no|credit card|credit card number|debit card|cc|cc number|ccn|pan|card num|tarjeta"
    "|número de tarjeta|numero de tarjeta|carte|numéro de carte|kartennummer|cvv|cvv2|cvc|cvc2|cid|csc"
    "|security code|card security code|card verification|card code"
)
_PASSWORD = (
    "password|passwd|pwd|pass|passcode|passphrase|pin|secret|client secret|api key|apikey|access key|secret key"
    "|token|access token|auth token|bearer token|private key|credentials|credential|login password"
    "|contraseña|contrasena|clave|mot de passe|mdp|passwort|kennwort|senha|parola d'ordine|password utente"
)

_LATIN_BASE = str.maketrans("đĐøØłŁ", "dDoOlL")


def fold(word: str) -> str:
    """``word`` without the accents on its Latin letters (other scripts kept)."""
    out: list[str] = []
    for ch in unicodedata.normalize("NFD", word.translate(_LATIN_BASE)):
        if unicodedata.category(ch) == "Mn" and out and out[-1].isascii():
            continue
        out.append(ch)
    return unicodedata.normalize("NFC", "".join(out))


LEXICON: dict[str, str] = {}
for _entity, _words in (
    ("PERSON", _PERSON),
    ("DATE_OF_BIRTH", _DOB),
    ("US_SSN", _SSN),
    ("US_ITIN", _ITIN),
    ("US_PASSPORT", _PASSPORT),
    ("PHONE_NUMBER", _PHONE),
    ("EMAIL_ADDRESS", _EMAIL),
    ("STREET_ADDRESS", _ADDRESS),
    ("US_DRIVER_LICENSE", _DRIVER),
    ("A_NUMBER", _A_NUMBER),
    ("USCIS_RECEIPT_NUMBER", _RECEIPT),
    ("USCIS_ONLINE_ACCOUNT", _ONLINE),
    ("US_BANK_NUMBER", _BANK),
    ("ABA_ROUTING_NUMBER", _ROUTING),
    ("IBAN_CODE", _IBAN),
    ("I94_NUMBER", _I94),
    ("KNOWN_TRAVELER_NUMBER", _KTN),
    ("DOD_EDIPI", _EDIPI),
    ("CREDIT_CARD", _CARD),
    ("PASSWORD", _PASSWORD),
):
    for _w in _words.split("|"):
        LEXICON[_w] = _entity
        # detection reads text with the accents off Latin letters (normalize.py): "ngay sinh", "dia chi"
        LEXICON.setdefault(fold(_w), _entity)

# Trailing words that only say "the value is a number/identifier"; leading words that say whose it is.
_QUALIFIER_TAIL = frozenset(
    {"number", "no", "num", "nr", "#", "n°", "nº", "numero", "número", "nummer", "value"}
    | {"blg", "№", "nbr"}  # round 18: Tagalog "Blg." (bilang), Russian "№", "nbr" for number
)
# what follows a name's key to say which writing of the name it holds: the script, or the language's code
_SCRIPT_TAIL = frozenset(
    """native local orig original latin roman romanized romanised cyrillic arabic chinese kanji kana hangul
    en ne zh ja jp ko kr ar fa ps ur hi ru uk am ti my th vi""".split()  # noqa: SIM905 - a word list reads better as text
)
_OWNER_HEAD = frozenset(
    """applicant beneficiary petitioner employee client customer patient member student traveler traveller passenger
    spouse mother father guardian parent child primary secondary home work personal current permanent mailing my his
    her their your the subject insured principal co emergency new old previous former legal contact us supporter
    sponsor participant
    foreign alternate second""".split()  # noqa: SIM905 - a word list reads better as text
)
_CODE_HEAD = frozenset({"and", "or", "where", "set", "select", "when", "const", "let", "var", "self", "this", "ph"})
# Country codes written into keys ("hkPassport", "phone_ng"); "ph" in front is also short for phone.
_COUNTRY = frozenset(
    [
        "us",
        "uk",
        "gb",
        "hk",
        "ng",
        "ph",
        "mx",
        "cn",
        "in",
        "eg",
        "so",
        "ht",
        "vn",
        "kr",
        "jp",
        "de",
        "fr",
        "ca",
        "br",
        "co",
        "sv",
        "gt",
        "hn",
        "do",
        "cu",
        "ua",
        "ru",
        "pk",
        "af",
        "ir",
        "iq",
        "sy",
        "ke",
        "et",
        "gh",
    ]
)
# A key naming a thing, not a person, whatever its last word ("company name", "file name", "user name").
_NOT_PERSON = frozenset(
    """company employer organization organisation org agency business product file host user username app
    application project team street field table column service server bucket domain display model package repo
    repository branch city country state event course program dept department office unit vendor brand item task
    bank school hospital facility site place location port station job role title group category type class
    queue topic channel device machine node cluster database db schema key index tag label image container
    namespace region zone policy rule form document doc template plan module function method variable var
    attribute attr property prop script workflow step stage pipeline action folder directory dir path url
    link resource account_type network vpc subnet queue_name tool feature model_name course_name""".split()  # noqa: SIM905 - a word list reads better as text
)
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
_SEPARATORS = re.compile(r"[\s_.\-/:()\[\]{}\"'`*]+")


_I94_KEY = re.compile(r"(?i)\bi[-_ ]?94(?![0-9])")


def words(key: str) -> list[str]:
    """A key as lower-case words: ``passportNumber`` → passport number; ``ssn9`` → ssn; ``Pass-Nr.`` → pass nr."""
    key = unicodedata.normalize("NFC", key.strip())
    key = _I94_KEY.sub("i94 ", key)
    key = _CAMEL.sub(" ", key)
    key = key.replace("\u2019", "'")
    out = []
    for w in _SEPARATORS.split(key.lower()):
        if w != "i94":
            w = w.rstrip("0123456789") if not w.isdigit() else ""
        if w:
            out.append(w)
    return out


_NOT_STREET = frozenset(
    """
    ip ipv4 ipv6 mac web url uri link host server proxy gateway dns network ethernet wifi bluetooth hardware
    wallet bitcoin btc eth contract memory register pointer base return buffer offset
    """.split()  # noqa: SIM905 - a word list reads better as text
)


def entity_for(key: str, *, strict: bool = False) -> str | None:
    """The entity type a label names, or None. Keys longer than six words are prose, not labels. ``strict``
    takes the key's words as they are (no "… name" or "… dob" read out of a longer key)."""
    return _cached_entity_for(key, strict)


def key_phrase(key: str) -> str:
    """A key's words joined by single spaces (``words``), remembered for the scan: a text's keys and headers recur."""
    return _cached_phrase(key)


@lru_cache(maxsize=8192)
def _cached_phrase(key: str) -> str:
    return " ".join(words(key))


def forget_keys() -> None:
    """Drop the remembered keys: they are words of the texts scanned, and no text's words outlive its scan."""
    _cached_phrase.cache_clear()
    _cached_entity_for.cache_clear()


# Round 20. A pure function of the key, asked again for each header cell, pair and layout label of a text:
# remembered until the scan ends (forget_keys; the lexicon is fixed at import)
@lru_cache(maxsize=8192)
def _cached_entity_for(key: str, strict: bool) -> str | None:
    head, paren, _ = key.partition("(")
    if paren and head.strip():
        # a qualifier in parentheses does not change what the label names: "DOB (form)", "Phone (mobile)"
        found = _entity_for(key, strict)
        if found is None:
            found = _entity_for(head, strict)
            return None if found == "PERSON" else found  # "Name (company)": names are the name pass's to judge
        return found
    return _entity_for(key, strict)


# Round 27. A directory's display name after a person's owner word ("userDisplayName", "member_display_name"): a
# person's, though "display" and "user" keep other keys from names (a bare "displayName" is an app's or a device's too)
_DISPLAY_OWNERS = frozenset({"user", "member", "owner", "contact", "employee", "customer", "person", "author"})


def _entity_for(key: str, strict: bool) -> str | None:
    ws = words(key)
    if not ws or len(ws) > 6:
        return None
    if len(ws) == 3 and ws[1:] == ["display", "name"] and ws[0] in _DISPLAY_OWNERS:
        return "PERSON"
    phrase = " ".join(ws)
    found = LEXICON.get(phrase)
    if found is None:
        core = list(ws)
        while len(core) > 1 and core[-1] in _QUALIFIER_TAIL:
            core.pop()
        while len(core) > 1 and core[0] in _OWNER_HEAD:
            core.pop(0)
        found = LEXICON.get(" ".join(core))
        if found is None and not strict:
            # code and country qualifiers: "AND c.routing_no", "hkPassport", "ph_mobile", "phone_ng"
            while len(core) > 1 and (len(core[0]) == 1 or core[0] in _CODE_HEAD or core[0] in _COUNTRY):
                core.pop(0)
            while len(core) > 1 and core[-1] in _COUNTRY:
                core.pop()
            found = LEXICON.get(" ".join(core))
        if found is None and len(core) > 2 and core[:2] in (["name", "of"], ["full", "name"]):
            # round 15: "Name of Beneficiary", "NAME OF THE APPLICANT": a person label's own name, as forms put it
            rest = core[3:] if core[1] == "of" and core[2] == "the" else core[2:]
            found = "PERSON" if core[1] == "of" and LEXICON.get(" ".join(rest)) == "PERSON" else None
        if found is None and len(core) > 1 and core[-1] in _SCRIPT_TAIL:
            # a name in another script or language: "name_ne", "full_name_native", "nameLocal"
            inner = LEXICON.get(" ".join(core[:-1]))
            found = inner if inner == "PERSON" else None
        if found is None and len(core) > 1 and not strict:
            # round 25: and Korean and Chinese name words, last as in English ("신청인 이름", "申请人 姓名")
            tails = ("name", "dob", "ssn", "phone", "email", "address", "alias", "이름", "성명", "姓名", "名字")
            found = LEXICON.get(core[-1]) if core[-1] in tails else None
        if found is None and len(core) == 1 and not strict and 2 < len(core[0]) <= 8:
            # Chinese and Japanese write the owner and the name word as one ("申请人姓名", "申請者氏名")
            found = "PERSON" if core[0].endswith(_CJK_NAME_TAILS) else None
    if found == "PERSON" and any(w in _NOT_PERSON for w in ws):
        return None
    if found == "DATE_OF_BIRTH" and any(w in ("place", "country", "city", "lugar", "lieu", "ort") for w in ws):
        return None  # place of birth is not a date
    if found == "STREET_ADDRESS" and any(w in _NOT_STREET for w in ws):
        return None  # "ip_address", "macAddress", "web address": a machine's or a page's, not where someone lives
    return found


_CJK_NAME_TAILS = ("姓名", "名字", "氏名")
_GENERIC_NAME_KEYS = frozenset(
    {"name", "names", "first", "last", "holder", "owner", "contact", "member", "subject", "signature", "nom", "nome"}
    | {"signed", "child", "parent", "caller", "alias", "given"}
    | {"non", "papa", "manman"}  # also "no", "dad" and "mum"
    | {"reporter", "assignee", "assigned to", "opened by", "created by", "closed by", "resolved by"}  # or a team
    | {"agent", "rep", "representative", "officer", "interpreter"}  # or software, a vendor, a post (round 15)
    | {"participant", "supporter"}  # or a count, a team, a firm (round 17)
    | {"family"}  # or a font's, a product line's, a taxon's (round 19)
    | {"nickname"}  # or a product's, a release's (round 27)
)


def generic_name_key(key: str) -> bool:
    """Keys such as ``name`` or ``first`` that also name things in code and configs: their values need more
    evidence of being a person (names_gazetteer)."""
    return key_phrase(key) in _GENERIC_NAME_KEYS
