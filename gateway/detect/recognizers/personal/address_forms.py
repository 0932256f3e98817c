# ruff: noqa: RUF001 - Cyrillic letters in the patterns are on purpose
"""STREET_ADDRESS in the forms the US street pattern (street_address_recognizer.py) does not cover:

- military mail: ``PSC 1005 Box 37, FPO AE 09593``, ``Unit 8400 Box 219, APO AE 09104``, ``CMR 480 Box 12``
  (USPS Publication 28, section 23);
- rural routes and highway contract routes: ``RR 2 Box 15``, ``HC 68 Box 22A``, in any case; a lot on a
  numbered route (``Lot 7, Route 4, Dededo, GU 96929``);
- Puerto Rico urbanizaciones: ``Urb. Villa Carolina, Calle 513 Bloque 204 #7, Carolina PR 00985`` (Pub. 28, 29);
- house numbers written as words: ``Twelve Orchard Lane``;
- foreign street forms: ``14 Rue Capois``, ``Hauptstraße 27, 10827 Berlin``, ``Calle 5 #23-10``, ``Via Roma 12``;
- an address abroad ending in its city, postal code and country: ``56-B Gulberg III, Lahore 54660, Pakistan``.

Each runs to the city, state or country code and postal code that follow on the same line.
"""

from __future__ import annotations

import re

from presidio_analyzer import Pattern, RecognizerResult

from gateway.detect.names_gazetteer import fold, region_names
from gateway.detect.recognizers.base import DepartmentRecognizer
from gateway.detect.recognizers.personal.street_address import STATES, SUFFIXES

_TAIL = (
    r"(?:(?:,?[ \t]+[A-Za-z][A-Za-z.'-]*){0,3}?,?[ \t]+(?:" + STATES + r"|(?i:" + STATES.lower() + r"))\b\.?"
    r"(?:[ \t]+\d{5}(?:-\d{4})?)?)?"
)
_CITY_POSTAL = (
    r"(?:,?[ \t]+[A-Z][a-z][A-Za-z'-]*(?:[ \t][A-Z][a-z][A-Za-z'-]*){0,2}"
    r"(?:,?[ \t]+(?:[A-Z]{2}[ \t]?)?\d{4,6}(?:-\d{3,4})?)?)?"
)
_NUMBER_WORD = (
    r"(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Thirteen|Fourteen|Fifteen|Sixteen"
    r"|Seventeen|Eighteen|Nineteen|Twenty|Thirty|Forty|Fifty|Sixty|Seventy|Eighty|Ninety|Hundred)"
)
_FOREIGN_STREET = (
    r"(?:Rue|Avenue|Av\.|Avenida|Calle|Carrera|Cra\.|Calzada|Rua|Via|Viale|Piazza|Corso|Boulevard|Blvd|Chemin"
    r"|Route|Impasse|Allee|Platz|Weg|Ruta|Camino|Paseo|Pasaje|Jalan|Jl\.|Soi|Thanon|Duong|Pho"
    # French, Spanish and Portuguese write the street word in lower case after the number: "14 rue Lamarre"
    r"|rue|avenue|avenida|calle|rua|chemin|impasse)"
)
_WORD = r"[A-Za-z0-9][A-Za-z0-9'-]*\.?"
_UNIT = r"(?:apt|apartment|suite|ste|unit|rm|room|fl|floor|#)\.?[ \t]*#?[a-z0-9-]{1,6}"
# any case, ended by a state and a ZIP: "2200 e. 8th st, douglas az 85607", "10 Hudson Yards Apt 48C New York NY
# 10001" (a unit stands in for the suffix)
_US_ANY_CASE = (
    r"(?i:\b\d{1,6}(?:-\d{1,4})?[a-z]?[ \t]+"
    rf"(?:(?:{_WORD}[ \t]+){{1,4}}?(?:{SUFFIXES.lower()})\b\.?(?:,?[ \t]+{_UNIT})?|(?:{_WORD}[ \t]+){{1,4}}?{_UNIT}"
    # round 25: a numbered highway, as a note in lower case writes it ("3306 hwy 182, new iberia la 70560")
    r"|(?:(?:us|u\.s\.|state|county|parish|la|sr)[ \t]+)?(?:highway|hwy|route|rte)\.?[ \t]+\d{1,4}"
    rf"(?:,?[ \t]+{_UNIT})?)"
    r"(?:,?[ \t]+|[ \t]*\r?\n[ \t]*)[a-z][a-z.'-]*(?:[ \t]+[a-z][a-z.'-]*){0,2},?[ \t]+(?:"
    + STATES.lower()
    + r")\.?[ \t]+\d{5}(?:-\d{4})?)"
    r"(?![\d-])"
)
# South Asian forms: "House No. 112, Sector 17-C, Chandigarh 160017", "Street 9, G-11/3, Islamabad"
_PART = r"[A-Z][\w/.-]{0,20}(?:[ \t]+[\w/.-]{1,20}){0,2}"
_SOUTH_ASIAN = (
    r"\b(?:(?:House|H|Flat|Plot)[ \t]*(?:No\.?|#)[ \t]*[0-9][\w/-]{0,7}|(?:House|Flat|Plot)[ \t]+[0-9][\w/-]{0,7}"
    r"|(?:Street|Gali|Lane)[ \t]+(?:No\.?[ \t]*)?\d{1,4})"
    rf",[ \t]*(?:{_PART},[ \t]*){{1,3}}[A-Z][a-z]+(?:[ \t]*[-,]?[ \t]*\d{{5,6}})?\b"
)
# Philippine forms, anchored on the barangay: "Blk 7 Lot 22, Phase 2, Brgy. San Roque, Marikina City, Metro Manila"
_BARANGAY = (
    r"\b(?:(?:Blk|Block|Lot|Purok|Sitio|Phase|Zone)\.?[ \t]*\d{1,4}[A-Za-z]?,?[ \t]+){1,3}(?:[^,\n]{2,40},[ \t]*){0,3}?"
    r"(?:Brgy\.?|Barangay|Bgy\.?)[ \t]+[A-Z][^,\n]{1,30}(?:,[ \t]*[A-Z][A-Za-z]*(?:\.(?=[ \t]*[A-Za-z]))?"
    r"(?:[ \t]+[A-Z][A-Za-z]*(?:\.(?=[ \t]*[A-Za-z]))?){0,2}){0,3}"
    r"(?:[ \t]+\d{4})?"
)
# round 13: an address abroad that ends in a city, its postal code and the country (keep() checks the country):
# "56-B Gulberg III, Lahore 54660, Pakistan", "Ermou 48, 105 63 Athens, Greece"
_POSTAL_CITY_COUNTRY = (
    r"(?:[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?[ \t]+\d{3}[ ]?\d{2,3}|\d{3}[ ]?\d{2,3}[ \t]+[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?)"
    r",[ \t]+[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?(?![A-Za-z])"
)
_RARE_SUFFIXES = (
    "Bend|Bnd|Point|Pt|Creek|Crk|Path|Pass|Glen|Grove|Grv|Park|Hill|Hills|Meadow|Meadows|Trace|Walk|View|Vista|Commons"
    "|Green|Harbor|Hbr|Valley|Vly|Springs|Spgs|Knoll|Manor|Mews|Oval|Ranch|Bluff|Brook|Canyon|Cyn|Chase|Close|Estates"
    "|Fork|Gardens|Gdns|Gate|Haven|Isle|Lake|Mill|Orchard|Pines|Shores|Summit|Woods|Spur|Wynd|Cross|Common|Hollow"
)
_GRID_POINT = r"(?:North|South|East|West|[NSEW])\b\.?"
# Round 23. A US street whose name has no USPS suffix ("2110 Grand Concourse", "45 Broadway", "9 Via Tesoro"), only
# with the city, the state and the ZIP after it, each set off by a comma as an address line writes them
_US_NO_SUFFIX = (
    r"\b\d{1,6}[A-Z]?[ \t]+(?:[NSEW]\.?[ \t]+)?[A-Z][A-Za-z'-]+(?:[ \t]+[A-Z][A-Za-z'-]+){0,3}"
    r"(?:,?[ \t]+(?:Apt|Unit|Ste|Suite|#)\.?[ \t]*#?[A-Za-z0-9-]{1,6})?"
    r",[ \t]*[A-Z][A-Za-z.'-]+(?:[ \t]+[A-Z][A-Za-z.'-]+){0,2},[ \t]*(?:" + STATES + r")[ \t]+\d{5}(?:-\d{4})?(?![\d-])"
)
# Round 23. Polish (and Czech, Slovak) streets after their abbreviation, the flat after a slash or "m.", to the postal
# code and city: "ul. Grochowska 214/18, 04-357 Warszawa", "al. Jana Pawła II 27 m. 4" (letters folded)
_POLISH_STREET = (
    r"\b(?:ul|al|pl|os)\.[ \t]*[A-Z][A-Za-z'-]+(?:[ \t]+[A-Z0-9][A-Za-z'-]*){0,3}[ \t]+\d{1,4}[A-Za-z]?"
    r"(?:[ \t]*/[ \t]*\d{1,4}[A-Za-z]?|[ \t]+m\.[ \t]*\d{1,4})?"
    r"(?:,?[ \t]+\d{2}-\d{3}[ \t]+[A-Z][A-Za-z'-]+(?:[ \t-][A-Z][A-Za-z'-]+)?)?"
)
# Round 23. Peruvian streets (jirón, pasaje, prolongación) named first, the number after, then the urbanización or
# settlement and the city, postal code and country as written: "Jr. Los Pinos 214, Urb. San Andrés, Trujillo 13008"
_PERU_STREET = (
    r"\b(?:Jr\.|Jir[oó]n|Psje\.|Pje\.|Pasaje|Prol\.|Prolongaci[oó]n)[ \t]+(?:(?:de|del|la|los|las)[ \t]+)?"
    r"[A-Z][A-Za-z'-]+(?:[ \t]+(?:de|del|la|los|las|[A-Z][A-Za-z'-]+)){0,4}[ \t]+(?:N[o°º]?\.?[ \t]*)?\d{1,5}[A-Za-z]?"
    r"(?:,[ \t]*(?:Urb\.?|Urbanizaci[oó]n|AA\.?[ \t]?HH\.?|Asentamiento[ \t]+Humano|Barrio|Sector|Mz\.?|Lt\.?)"
    r"[ \t]+[A-Z0-9][^\n,;]{0,40})?"
    r"(?:,[ \t]*[A-Z][a-z][A-Za-z'-]*(?:[ \t][A-Z][a-z][A-Za-z'-]*){0,2}(?:[ \t]+\d{5})?)?"
    r"(?:,[ \t]*Per[uú])?"
)
_DOCUMENT_WORD = re.compile(
    r"forms?|publication|pub|chapter|section|sec|part|title|volume|vol|pages?|no|number|room|rm|suite|ste|building"
    r"|bldg|floor|fy|table|figure|exhibit|appendix|item|line|grade|unit|lot"
)
PATTERNS = [
    Pattern("us address with state and zip, any case", _US_ANY_CASE, 0.75),
    Pattern("us street without a suffix, with city, state and zip", _US_NO_SUFFIX, 0.7),
    # round 23: mail held at a town's post office for pick-up ("General Delivery, Akiachak, AK 99551"): where the
    # person gets their mail, only with the town, state and ZIP
    Pattern(
        "general delivery",
        r"\bGeneral[ \t]+Delivery,?[ \t]+[A-Z][A-Za-z.'-]+(?:[ \t]+[A-Z][A-Za-z.'-]+){0,2},?[ \t]+(?:"
        + STATES
        + r")\b[ \t]+\d{5}(?:-\d{4})?(?![\d-])",
        0.75,
    ),
    Pattern("polish street", _POLISH_STREET, 0.75),
    Pattern("peruvian street", _PERU_STREET, 0.75),
    Pattern(
        "address abroad, number first",
        r"\b\d{1,5}(?:-?[A-Z])?,?[ \t]+[A-Z][A-Za-z'-]+(?:[ \t]+[A-Z][A-Za-z'-]*){0,3},[ \t]+" + _POSTAL_CITY_COUNTRY,
        0.7,
    ),
    Pattern(
        "address abroad, street first",
        r"\b[A-Z][a-z]+(?:[ \t][A-Z][a-z]+){0,2}[ \t]+\d{1,5}[A-Za-z]?,[ \t]+" + _POSTAL_CITY_COUNTRY,
        0.7,
    ),
    Pattern("philippine barangay address", _BARANGAY, 0.7),
    # round 20: a barangay first, named or numbered, to the province's postal code or the country ("Brgy. 4
    # Poblacion, Sarrat, Ilocos Norte 2914", "Barangay Malued, Dagupan City, Philippines")
    Pattern(
        "philippine barangay first",
        r"\b(?:Brgy\.?|Barangay|Bgy\.?)[ \t]+(?:\d{1,3}[A-Za-z]?[ \t]+)?[A-Z][A-Za-z'.-]*"
        r"(?:[ \t]+[A-Z][A-Za-z'.-]*){0,3}"
        r"(?:,[ \t]*[A-Z][A-Za-z'.-]*(?:[ \t]+[A-Z][A-Za-z'.-]*){0,3}){1,3}"
        r"(?:[ \t]+\d{4}(?:,[ \t]*Philippines)?|,[ \t]*Philippines)(?![A-Za-z0-9])",
        0.7,
    ),
    # round 20: West African (Senegalese, Ivorian, Malian) addresses by neighbourhood and villa number, as there
    # are few street numbers: "Cité Keur Gorgui, Villa 42, Dakar", "Villa N° 7, Sicap Baobabs, Dakar" (accents are
    # folded before detection)
    Pattern(
        "west african villa",
        r"\b(?:Cite|Sicap|HLM|Quartier|Lotissement|Parcelles[ \t]+Assainies)[ \t]+[A-Z0-9][A-Za-z0-9'-]*"
        r"(?:[ \t]+[A-Za-z0-9'-]+){0,3},[ \t]*Villa[ \t]+(?:N[o\u00b0]?\.?[ \t]*)?\d{1,5}[A-Za-z]?"
        r"(?:,[ \t]*[A-Z][A-Za-z'-]+(?:[ \t-][A-Z][A-Za-z'-]+){0,2})?",
        0.75,
    ),
    Pattern(
        "west african villa, villa first",
        r"\bVilla[ \t]+(?:N[o\u00b0]?\.?[ \t]*)?\d{1,5}[A-Za-z]?,[ \t]*(?:Cite|Sicap|HLM|Quartier|Lotissement"
        r"|Parcelles[ \t]+Assainies)[ \t]+[A-Z0-9][A-Za-z0-9'-]*(?:[ \t]+[A-Za-z0-9'-]+){0,3}"
        r"(?:,[ \t]*[A-Z][A-Za-z'-]+(?:[ \t-][A-Z][A-Za-z'-]+){0,2})?",
        0.75,
    ),
    Pattern("south asian address", _SOUTH_ASIAN, 0.7),
    Pattern(
        "military mail",
        # round 19: the APO/FPO/DPO line under the unit's, as an envelope writes it
        r"\b(?:PSC|CMR|Unit|UNIT)[ \t]+\d{1,5}(?:,?[ \t]+Box[ \t]+\d{1,5}[A-Z]?)?(?:,?[ \t]+|[ \t]*\r?\n[ \t]*)"
        r"(?:APO|FPO|DPO)[ \t]+"
        r"(?:AE|AP|AA)"
        r"(?:[ \t]+\d{5}(?:-\d{4})?)?",
        0.85,
    ),
    Pattern(
        "ship mail",
        r"\b(?:USS|USNS|USCGC)[ \t]+[A-Z][A-Za-z. ]{2,30}[ \t]+\(?[A-Z]{2,4}[ -]?\d{1,4}\)?,?[ \t]+FPO"
        r"[ \t]+(?:AE|AP|AA)"
        r"(?:[ \t]+\d{5}(?:-\d{4})?)?",
        0.8,
    ),
    Pattern(
        "rural route",
        r"(?i:\b(?:RR|R\.R\.|rural[ \t]+route|HC|highway[ \t]+contract)[ \t]*\d{1,4},?[ \t]+box[ \t]+\d{1,5}[a-z]?)"
        + _TAIL,
        0.75,
    ),
    # a lot on a numbered route, as in the territories and rural counties: "Lot 7, Route 4, Dededo, GU 96929";
    # only with a state or territory and its ZIP
    Pattern(
        "lot on a route",
        r"\b(?:Lot|Lote|Parcel|Blk|Block|Km|Mile)[ \t]*#?\d{1,5}[A-Za-z]?,?[ \t]+(?:Route|Rte\.?|Rt\.?|Hwy\.?|Highway"
        r"|Carretera|Road)[ \t]*#?\d{1,4}[A-Za-z]?(?:,?[ \t]+[A-Z][A-Za-z'-]+){1,3},?[ \t]+(?:" + STATES + r")\b\.?"
        r"[ \t]+\d{5}(?:-\d{4})?",
        0.75,
    ),
    # round 20: the route first, then the lot, as American Samoa and the Northern Marianas write it ("Route 5,
    # Lot 14, Vaitogi, AS 96799"); only with a state or territory and its ZIP
    Pattern(
        "route then lot",
        r"\b(?:Route|Rte\.?|Rt\.?|Hwy\.?|Highway|Carretera|Road)[ \t]*#?\d{1,4}[A-Za-z]?,?[ \t]+(?:Lot|Lote|Parcel"
        r"|Blk|Block)[ \t]*#?\d{1,5}[A-Za-z]?(?:,?[ \t]+[A-Z][A-Za-z'-]+){1,3},?[ \t]+(?:" + STATES + r")\b\.?"
        r"[ \t]+\d{5}(?:-\d{4})?",
        0.75,
    ),
    # round 19: a tribal or county route and its mile, where there is no street delivery ("BIA Route 27, Mile 9,
    # Chinle, AZ 86503", "Navajo Rte 9, MP 41"); only with a state and its ZIP
    Pattern(
        "mile on a route",
        r"\b(?:(?:BIA|Navajo|N|Indian|Tribal|IR|County|Co\.?|CR|State|SR|Forest|FS|US)[ \t]+)?"
        r"(?:Route|Rte\.?|Road|Rd\.?|Hwy\.?|Highway)[ \t]*#?\d{1,4}[A-Za-z]?,?[ \t]+"
        r"(?:Mile(?:[ \t]+(?:Marker|Post))?|MM|MP|Km)[ \t]*\d{1,4}"
        r"(?:\.\d{1,2})?(?:,?[ \t]+[A-Z][A-Za-z'-]+){1,3},?[ \t]+(?:" + STATES + r")\b\.?[ \t]+\d{5}(?:-\d{4})?",
        0.75,
    ),
    # round 19: a US street whose suffix is one of USPS's rarer ones ("311 Juniper Bend, Eagle Pass, TX 78852");
    # only with the city, state and ZIP, as "3 Crystal Creek" alone is also a chapter's title
    Pattern(
        "street with a rarer suffix",
        # round 25: or a compass point and a numbered street's ordinal, as Miami-Dade's grid writes them ("8841 SW
        # 152nd Path, Miami, FL 33196")
        r"\b\d{1,6}[ \t]+(?:(?:[A-Z][a-zA-Z'-]*|\d{1,3}(?:st|nd|rd|th))[ \t]+){1,3}(?:" + _RARE_SUFFIXES + r")\b\.?"
        r"(?:,?[ \t]+(?:Apt|Unit|Ste|Suite|#)\.?[ \t]*#?[A-Za-z0-9-]{1,6})?"
        r",[ \t]*[A-Z][a-zA-Z.'-]+(?:[ \t]+[A-Z][a-zA-Z.'-]+){0,3},?[ \t]+(?:" + STATES + r")\b[ \t]+\d{5}(?:-\d{4})?",
        0.75,
    ),
    # round 19: Russian and Ukrainian addresses, street first: "ул. Садовая, д. 12, кв. 5, Самара, 443001"
    Pattern(
        "cyrillic street",
        r"(?i:(?:ул\.|улица|вул\.|вулиця|пр\.|просп\.|проспект|пер\.|переулок|ш\.|шоссе|бул\.|бульвар|наб\.)[ \t]*)"
        r"[А-ЯЁІЇЄа-яёіїє][А-ЯЁІЇЄа-яёіїє'-]+(?:[ \t]+[А-ЯЁІЇЄа-яёіїє'-]+){0,2},?[ \t]+(?i:д\.|дом|буд\.)[ \t]*"
        r"\d{1,4}[а-я]?(?:/\d{1,3})?(?:,?[ \t]+(?i:корп\.|стр\.|к\.)[ \t]*\d{1,3})?"
        r"(?:,?[ \t]+(?i:кв\.|квартира)[ \t]*\d{1,4})?"
        r"(?:,[ \t]*[А-ЯЁІЇЄ][а-яёіїє-]+(?:[ \t]+[А-ЯЁІЇЄ][а-яёіїє-]+)?)?(?:,[ \t]*\d{5,6})?",
        0.8,
    ),
    # round 19: Brazilian addresses, street first, to the state's code and the CEP: "Rua das Palmeiras, 45, Centro,
    # Ipatinga - MG, 35160-000" (accents are folded before detection)
    Pattern(
        "brazilian address",
        r"\b(?:Rua|R\.|Avenida|Av\.|Travessa|Tv\.|Alameda|Estrada|Rodovia|Praca)[ \t]+[^\n,]{2,40},[ \t]*"
        r"(?:n[o\u00ba\u00b0]\.?[ \t]*)?\d{1,5}[A-Za-z]?(?:,[ \t]*[^\n,]{1,40}){0,3}?[ \t]*[-\u2013/,][ \t]*"
        r"(?:AC|AL|AP|AM|BA|CE|DF|ES|GO|MA|MT|MS|MG|PA|PB|PR|PE|PI|RJ|RN|RS|RO|RR|SC|SP|SE|TO)\b,?[ \t]*"
        r"(?:CEP[ \t:]*)?\d{5}-?\d{3}\b",
        0.8,
    ),
    # round 19: a Japanese address after its postal mark, to the block's numbers:
    # "〒812-0011 福岡県福岡市博多区博多駅前2-1-1"
    Pattern(
        "japanese address",
        r"〒[ \t]*\d{3}-?\d{4}[ \t]*[\u3040-\u30ff\u4e00-\u9fff々ヶ]{2,30}?[0-9]{1,4}"
        r"(?:[-\uff0d\u2212の丁目番地号][0-9]{0,4}){0,4}",
        0.85,
    ),
    # round 19: a street named first with an English suffix, the house number after it, then a flat or a city's
    # postal code, as addresses abroad are written in English ("Rustaveli Ave 12, apt 4, Tbilisi 0108")
    Pattern(
        "street first with a flat",
        r"\b[A-Z][a-z]+(?:[ \t][A-Z][a-z]+){0,2}[ \t]+(?:St|Street|Ave|Avenue|Str|Blvd|Rd|Road|Lane|Prospekt|Pr)\.?"
        r"[ \t]+\d{1,4}[A-Za-z]?(?:/\d{1,3})?(?:,[ \t]*(?i:apt|apartment|flat|kv)\.?[ \t]*\d{1,4}"
        r"(?:,[ \t]*[A-Z][a-z]+(?:[ \t]+\d{4,6})?)?|,[ \t]*[A-Z][a-z]+[ \t]+\d{4,6})\b",
        0.75,
    ),
    Pattern(
        "urbanizacion",
        r"\b(?:Urb\.?|Urbanizaci[oó]n|Bo\.?|Barrio|Res\.?|Residencial|Cond\.?|Condominio|Ext\.?|Parcelas)[ \t]+"
        r"[A-Z][^\n,]{2,40},[ \t]*(?:Calle|C/|Ave\.?|Avenida|Bloque|Blq\.?|Edif\.?|Apt\.?|#|\d)[^\n]{0,60}?"
        r"(?:,?[ \t]+PR\b\.?(?:[ \t]+00\d{3}(?:-\d{4})?)?|[ \t]+00\d{3}\b)",
        0.8,
    ),
    # round 17: a grid address, as Utah and parts of Idaho and Wisconsin number their streets ("1450 W 3300 S, Trlr
    # 18, West Valley City, UT 84119"): two numbers each with its compass point; only with a city, state and ZIP
    Pattern(
        "grid address",
        rf"\b\d{{1,5}}[ \t]+{_GRID_POINT}[ \t]+\d{{2,5}}[ \t]+{_GRID_POINT}"
        r"(?:,?[ \t]+(?:Apt|Apartment|Unit|Ste|Suite|Trlr|Trailer|Lot|Spc|Space|Bldg|#)\.?[ \t]*#?[A-Za-z0-9-]{1,6})?"
        r",?[ \t]+[A-Z][A-Za-z.'-]+(?:[ \t]+[A-Z][A-Za-z.'-]+){0,3},?[ \t]+(?:" + STATES + r")\b\.?[ \t]+\d{5}"
        r"(?:-\d{4})?(?![\d-])",
        0.75,
    ),
    Pattern(
        "house number in words",
        rf"\b{_NUMBER_WORD}(?:[ -]{_NUMBER_WORD}){{0,3}}[ \t]+(?:[A-Z][a-zA-Z'-]*[ \t]+){{1,3}}(?:{SUFFIXES})\b\.?"
        r"(?:,[ \t]*[A-Z][a-zA-Z.'-]+(?:[ \t]+[A-Z][a-zA-Z.'-]+){0,3},?[ \t]+(?:"
        + STATES
        + r")\b(?:[ \t]+\d{5}(?:-\d{4})?)?)?",
        0.75,
    ),
    Pattern(
        "foreign street, number first",
        # a compass point may come first, as in Californian addresses: "410 W Calle Primera"
        rf"\b\d{{1,5}}[A-Za-z]?,?[ \t]+(?:[NSEW]\.?[ \t]+)?{_FOREIGN_STREET}[ \t]+"
        r"(?:(?:de|del|la|des|du|di|da|do)[ \t]+)?"
        r"[A-Z][A-Za-z'-]+(?:[ \t]+[A-Z][A-Za-z'-]+){0,3}" + _CITY_POSTAL,
        0.7,
    ),
    Pattern(
        "foreign street, name first",
        rf"\b{_FOREIGN_STREET}[ \t]+(?:(?:de|del|la)[ \t]+)?[A-Z][A-Za-z'-]+(?:[ \t]+[A-Z][A-Za-z'-]+){{0,3}}"
        # the house number ends there: "3rd floor" after "Nebraska Avenue Complex," is an ordinal, not a number
        r",?[ \t]+(?:No\.?[ \t]*|#[ \t]*)?\d{1,5}[A-Za-z]?(?:[-/]\d{1,4})?(?![A-Za-z0-9])" + _CITY_POSTAL,
        0.7,
    ),
    # round 25: a Korean road-name address, province or metropolitan city, district, road and building number, and
    # the flat ("서울특별시 마포구 월드컵북로 396, 102동 1504호"); the English model's PERSON spans on Korean hid it
    # before, by chance
    Pattern(
        "korean road-name address",
        r"[가-힣]{1,8}(?:특별시|광역시|특별자치시|특별자치도|도)[ \t]+[가-힣]{1,8}(?:구|군|시)"
        r"(?:[ \t]+[가-힣]{1,8}(?:구|읍|면))?"
        r"[ \t]+[가-힣0-9]{1,12}(?:로|길)[ \t]*\d{1,4}(?:-\d{1,4})?(?:,?[ \t]*\d{1,4}동)?(?:[ \t]*\d{1,5}호)?",
        0.8,
    ),
    Pattern(
        "german street",
        r"\b[A-Z][a-z]+(?:stra(?:ss|ß)e|str\.|weg|platz|allee|gasse|ring|damm)[ \t]+\d{1,4}[a-z]?"
        r"(?:,?[ \t]+\d{4,5}[ \t]+[A-Z][a-z]+(?:[ \t][A-Za-z]+)?)?",
        0.75,
    ),
]


class AddressFormsRecognizer(DepartmentRecognizer):
    def __init__(self) -> None:
        super().__init__(
            supported_entity="STREET_ADDRESS",
            patterns=PATTERNS,
            context=["address", "lives", "live", "resides", "mail", "mailing", "forward", "ship", "send"],
            name="AddressFormsRecognizer",
            global_regex_flags=re.MULTILINE,
        )

    def keep(self, text: str, result: RecognizerResult, pattern_name: str) -> bool:
        if pattern_name == "peruvian street" and text.startswith("Jr", result.start):
            # "Jr." after a capitalised word is a name's suffix ("Martin Luther King Jr. Library 300"), no jirón
            before = text[max(0, result.start - 30) : result.start].rstrip(" \t,").split()
            return not before or not before[-1][:1].isupper() or before[-1].endswith(":")
        if pattern_name == "us street without a suffix, with city, state and zip":
            # no suffix says it is a street: not a year's or a document's number ("2024 Annual Report, …", "Form
            # 1040 Instructions, …", "Room 12 Annex, …")
            number = text[result.start : result.end].split(None, 1)[0]
            if len(number) == 4 and number[:2] in ("19", "20"):
                return False
            before = text[max(0, result.start - 20) : result.start].split()
            return not before or _DOCUMENT_WORD.fullmatch(before[-1].lower().rstrip(".#:")) is None
        if pattern_name.startswith("address abroad"):
            return fold(text[result.start : result.end].rsplit(",", 1)[-1].strip()) in region_names()
        return True
