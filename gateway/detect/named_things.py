"""Round 9. Capitalised words the name readers (the model, the name lists) take for a person although the words
around them say they name a thing: a vessel, a storm, a facility, a vehicle, a room or a place in a list of such
things. Each rule reads the text's own words for the kind of thing; none keys on the name.

- a vessel's prefix before it ("M/V Maria Callas", "USCGC Myrtle Hazard", "the tug Ellen McAllister");
- a storm's word before it or opening it ("Hurricane Ian", "Typhoon Mawar", "Tropical Storm Alberto");
- a facility's last word ("George Bush Intercontinental", "Otay Mesa", "Field Office");
- a thing's last word, a noun no person's name ends in ("Ronald Reagan Building", "Hubble Space Telescope",
  "Roosevelt Island", "Marshall Plan");
- a model year and a carmaker before the model ("2017 Nissan Frontier", "2018 Lincoln Navigator");
- an item of a list that a plural noun of things introduces ("these rooms: Jefferson, Madison or Tubman").

Round 12 (set o), each again by the text's own words:

- a named animal after the word for it ("TSA canine 'Lady Bird'", "K9 Rosie"), and a vessel word inside the span
  ("Coast Guard Cutter Hamilton");
- a storm's word in the plural before a list of storms ("Hurricanes Helene, Milton and Debby"), "Tropical Storm"
  split by the model ("Storm Isaac"), and what a storm leaves ("the remnants of Joyce");
- a named operation or exercise ("Operation Angel Watch"): the capitalised word "Operation" leads it;
- a place at sea after the words of a ship's position ("at anchor off Kill Van Kull");
- a name that the capitalised words after it carry on to a thing's last word ("Joe Corley Processing Center",
  "Bobby Jones Golf Supply Inc"), and a business's or a document's last word ("Foods", "Bldg", "Documentation");
- a name before a noun of goods or of a brand ("'Michael Kors' handbags", "a General Mills brand");
- an item of a list after "<kind of thing> names" ("the boat names 'Miss Patty', 'Jolly Roger'"), of a list in
  parentheses after a plural noun of things, or of a list that an apposition calls things ("Bruno, Daisy and
  Rosie, the newest detection canines").

Round 20 (set y): a cargo ship by its trade ("the car carrier Morning Will") or a steamship's prefix ("SS Augusta
Victoria"); a container line's name before its ship's, unquoted, in a text about ships ("Cosco Rose", "Ever
Faith"); and the items of a list of goods or works a maker names ("my new candle scents: Hope, Faith, Grace").

Round 24: a lone name the text writes elsewhere after a storm's word or a vessel's prefix ("Hurricane Ian … Ian's
claims"); a storm's, a station's or "Ste."'s word inside the model's span; a regime's one-word name ("the Derg
military government"); a litter's names after "puppies:"; a pedigree's quoted sire and dam; boats' quoted names in a
text about boats; and the vessel names a ship's namesakes share (eponyms.py).
"""

from __future__ import annotations

import re

from gateway.detect.names_gazetteer import INSTITUTION_TAIL, english_word, gazetteer
from gateway.detect.text_memo import anywhere, remembered

_VESSEL_BEFORE = re.compile(
    r"(?i)\b(?:cutter|vessel|ship|uscgc|uss|usns|usnsv|m/v|mv|f/v|fv|s/v|t/v|m/t|m/y|r/v|yacht|tug|tugboat|barge"
    # round 20: a steamship's and a navy's prefixes ("SS Kaiser Wilhelm der Grosse"); round 26: a Coast Guard
    # cutter's ("CGC Alex Haley")
    r"|ss|rms|hms|hmcs|usrc|cgc"
    r"|ferry|tanker|freighter|trawler|schooner"
    # round 20: a cargo ship by its trade ("the car carrier Morning Will", "the bulk carrier Ocean Grace")
    r"|(?:car|vehicle|bulk|container|lng|lpg|ore|oil|crude|product|chemical|ro-?ro|pctc|livestock)[ \t]+carrier"
    r"|boxship)[ \t]+"
    # round 15: the vessel's name in quotes, a title its name may open with inside them ("the tug 'Captain Ray'")
    r"(?:['\"\u2018\u201c](?:[A-Z][\w.'-]*+[ \t]+){0,2})?$"
)
# The National Hurricane Center's and the JTWC's words for a named storm
_STORM_WORDS = (
    # round 21: a typhoon's and a cyclone's category before it ("Super Typhoon Bolaven")
    r"(?:super[ \t]+(?:typhoon|cyclone)|hurricane|typhoon|cyclone|(?:tropical|winter)[ \t]+(?:storm|depression|cyclone)"
    # round 13: the same words in the languages notices are translated into ("la tormenta Rosa", "l'ouragan Béryl");
    # round 14: and their adjective after the noun ("la tormenta tropical Fiona")
    r"|(?:tormenta|depresi[oó]n|tempestade|depress[aã]o|temp[eê]te|d[eé]pression)[ \t]+tropicale?"
    r"|tormenta|hurac[aá]n|tif[oó]n|cicl[oó]n|ouragan|temp[eê]te|tempestade|furac[aã]o|bagyo|bagyong)"
)
_STORM_BEFORE = re.compile(rf"(?i)\b{_STORM_WORDS}[ \t]+$")
_STORM_LEAD = re.compile(rf"(?i){_STORM_WORDS}(?:[ \t]|$)")
# Last words of an airport's, a port of entry's or a facility's name, besides INSTITUTION_TAIL's
_FACILITY_TAIL = frozenset(
    {"intercontinental", "memorial", "armory", "arsenal", "depot", "annex", "complex"}
    | {"tollway", "beltway", "causeway", "tunnel"}  # round 21: roads a toll authority names ("Sam Houston Tollway")
    # round 24: a body's or a scheme's last word ("Trusted Traveler Programs", "I Love U Guys Foundation's Standard
    # Response Protocol", "the Civil Liberties Coalition")
    | {"programs", "programmes", "protocol", "protocols", "foundations", "association", "coalition", "alliance"}
)
# Round 11. Last words of buildings, landmarks, instruments, programmes, prizes, laws, dishes and businesses named
# after a person, which no person's name ends in (surnames such as Temple, Lake, Hall, Park, Arena, Dam are left out).
# Round 15: a coast's features and periodicals ("Coronado Cays", "the Visa Bulletin"), none of them a listed surname
# round 19: a clinic's, a hospital's and a system's ("Dr. Seuss Animal Clinic", "the Detainee Locator System")
THING_TAIL = frozenset(
    """building buildings garage island islands telescope observatory bridge cafe café restaurant bakery grill diner
    tavern brewery winery hotel motel museum library stadium theater theatre monument cathedral basilica mosque
    synagogue zoo aquarium tunnel satellite rover spacecraft probe program programme initiative foundation prize
    award medal trophy festival parade act treaty doctrine syndrome disease theorem equation sauce salad soup
    sandwich airlines airways elementary commons state
    cays inlet reefs lagoon bayou peninsula atoll islet bulletin newsletter gazette magazine digest
    journal
    convention conventions
    university universities academy institute polytechnic seminary conservatory
    clinic clinics hospital hospitals system systems
    series seminar symposium colloquium lecture lectureship workshop""".split()  # noqa: SIM905 - round 29: a
    # course's or a talk's title named after a person ("the Ruth Bader Ginsburg Lecture Series")
)
# Round 29. Festivals and observances the model reads as a person's name ("Rose Parade, Mardi Gras, the Kentucky
# Derby"): well-known ones whose words are no English words, none of them a given name or a surname alone
_EVENTS = frozenset(
    " ".join(e.split())
    for e in """mardi gras|cinco de mayo|juneteenth|oktoberfest|kwanzaa|hanukkah|chanukah|rosh hashanah|yom kippur
    |diwali|deepavali|eid al-fitr|eid al-adha|eid ul-fitr|eid ul-adha|nowruz|passover|dia de los muertos
    |día de los muertos|lunar new year|chinese new year|lollapalooza|coachella|carnaval|fat tuesday|sukkot|purim
    |shavuot|vesak|navratri|songkran|hogmanay""".split("|")  # noqa: SIM905 - a word list reads better as text
)
# Round 16. Schools' last words that are also listed surnames ("School", "College"): a thing's last word only after
# a word that makes it an institution ("High School", "Community College", "Law School")
_SCHOOL_TAIL = frozenset({"school", "college"})
_SCHOOL_KIND = frozenset(
    """high middle elementary junior senior public charter law medical business nursing graduate community state
    technical prep preparatory grammar primary secondary boarding""".split()  # noqa: SIM905
)
# Round 27. A text about schooling, where "<Name> High" is a high school's short name ("students at Bryan High")
_SCHOOL_TALK = re.compile(
    r"(?i)\b(?:schools?|students?|pupils?|grades?|class[ \t]+of|enrol\w*|graduat\w*|teachers?|principals?|campus"
    r"|district|freshm[ae]n|sophomores?|juniors?|seniors?|youth|yearbook|homeroom)\b"
)
# Makers whose names lead a vehicle's model name; written after a model year ("2019 Ford Ranger")
CARMAKERS = frozenset(
    """acura audi bmw buick cadillac chevrolet chevy chrysler dodge ferrari fiat ford freightliner genesis gmc honda
    hummer hyundai infiniti international isuzu jaguar jeep kenworth kia lamborghini land lexus lincoln maserati mazda
    mercedes mercedes-benz mercury mini mitsubishi nissan peterbilt plymouth polaris pontiac porsche ram rivian saab
    saturn scion subaru suzuki tesla toyota volkswagen vw volvo yamaha harley-davidson kawasaki
    pierce seagrave sutphen e-one kme ferrara rosenbauer spartan smeal oshkosh mack navistar autocar gillig prevost
    """.split()  # noqa: SIM905 - round 25: fire apparatus' and buses' makers ("Engine 12 (2019 Pierce Enforcer)")
)
# ... a maker that is a given name too ("Pierce") only after a year that is no date of prose ("in 2019 Pierce …")
_PROSE_YEAR_BEFORE = re.compile(r"(?i)\b(?:in|since|by|until|till|during|of|from|before|after)[ \t]+\d{4}[ \t]+$")
# Round 12. Businesses' and documents' last words (round 15: their abbreviations and farm goods, "Capitol Linen
# Svcs", "Tri-County Poultry"; round 16: traders' and mills' words, "Anadolu Textile Import", "Rahim Knitwear");
# "-ware" goods ("Bakeware", "Cookware") are _thing_tail's; round 19: a party business's ("Will Rock You Events")
BUSINESS_TAIL = frozenset(
    """bldg bldgs inc co corp llc ltd plc gmbh foods imports exports supply supplies distribution distributors
    outfitters brands documentation procedures guidelines requirements handbook checklist security
    svc svcs assn mfg intl poultry farms dairy seafood lumber nursery orchards
    import export imports exporters importers textile textiles knitwear garments trading traders enterprises
    industries holdings logistics freight fabrics
    events catering productions entertainment
    lines""".split()  # noqa: SIM905 - round 25: carriers ("Peter Pan Bus Lines", "Jefferson Lines")
)
# A brand's goods after its name: only in quotes or in a text about counterfeits and seizures ("the Ana Ruiz bags"
# may be her luggage); a brand or a franchise is never a person's
_GOODS_NOUN_AFTER = re.compile(
    r"['\u2019]?[ \t]+(?:handbags|bags|purses|wallets|polos|shirts|t-shirts|hats|caps|jeans|shoes|sneakers|boots"
    r"|watches|sunglasses|jackets|perfume|fragrances|cosmetics|apparel|merchandise|goods|products)\b"
)
# Round 16. A count and a unit of goods before the name ("240 cs 'Glen Moray'", "12 btl Don Alvaro"): a product on
# an invoice's or a manifest's line; no one is counted in cases
_QUANTITY_BEFORE = re.compile(
    r"(?<![\w.])\d[\d,]*+[ \t]*(?:cs|cases|ctns?|cartons|btls?|bottles|pcs|pallets|boxes|dozen|doz|bbls?|kegs)\.?"
    r"[ \t]+(?:x[ \t]+)?['\"\u2018\u201c]?$"
)
# Round 16. A crossing's, a camp's or a centre's common noun after the name it bears, in lower case ("the Ysleta
# bridge", "the Jean Bosco transit centre"); "Ana Ruiz's camp" is hers
_FACILITY_NOUN_AFTER = re.compile(
    r"[ \t]+(?:(?:transit|refugee|reception|detention|processing|border|holding|toll|ferry|rail|bus"
    # round 23: the public places named after people ("the Ada Byron visitor center", "the Lu Xun house museum")
    r"|visitor|visitors|community|cultural|recreation|senior|conference|convention|nature|science|heritage"
    r"|performing[ \t]+arts|house|birthplace|presidential)[ \t]+)?"
    # round 17: a statue's or a memorial's ("the Douglas Munro statue")
    r"(?:bridge|tunnel|camp|centre|center|crossing|checkpoint|terminal|airport|dam|statue|memorial|monument"
    # round 23: and a museum's, a library's, an auditorium's, a ship class's ("the Hamilton class")
    r"|museum|library|auditorium|stadium|arena|fieldhouse|natatorium|pavilion|plaza|causeway|expressway|parkway"
    r"|class[ \t]+(?:cutters?|ships?|vessels?|carriers?|submarines?|destroyers?|frigates?|honou?rs?))\b"
    r"(?![ \t]*-)"
)
# Round 28. Lower-case nouns of a room, a hall or a building after a name that the text calls one with an article
# before it ("moved from the Ada Byron courthouse to the Lu Xun room"); "Ana Ruiz room 12" with no article, or "the
# Ana Ruiz file", stays a person's
_ROOM_NOUN_AFTER = re.compile(
    r"[ \t]+(?:courthouse|courthouses|courtroom|room|rooms|hall|halls|wing|chapel|gym|gymnasium|lobby|lounge|atrium"
    r"|ballroom|boardroom|annex|building|school|park|playground|garden|gardens|field|pool|campus|dormitory|dorm"
    r"|residence[ \t]+hall)\b(?![ \t]*-|['\u2019])"
)
_DETERMINER_RIGHT_BEFORE = re.compile(r"(?i)\b(?:the|a|an)[ \t]+$")
# Round 28. A facility's or a street's word in Spanish, Portuguese, French or Italian, capitalised right before the
# name that the facility or the street bears ("Escuela Ana Ruiz", "Calle Benito Juárez", "Rue Victor Hugo")
_FOREIGN_FACILITY_BEFORE = re.compile(
    r"\b(?:Escuela|Colegio|Liceo|Instituto|Universidad|Calle|Avenida|Plaza|Parque|Paseo|Carretera|Estadio|Coliseo"
    r"|Hospital|Cl[ií]nica|Centro|Biblioteca|Aeropuerto|Puerto|Barrio|Colonia|Escola|Rua|Pra[cç]a|Avenue|Rue"
    r"|Boulevard|Lyc[eé]e|[EÉ]cole|Coll[eè]ge|Scuola|Piazza|Stra[sß]e|Platz)[ \t]+(?:(?:de|del|de[ \t]+la|da|do|dos"
    r"|du|des|della|di)[ \t]+)?$"
)
# Round 28. A public place's two last words: a kind of public body before a word that a surname can be ("Robert
# Moses State Park", "Ada Byron National Forest", "Lu Xun Memorial Hall"); a name ends in "Park" or "Hall", not in
# "State Park"
_PUBLIC_KIND = frozenset(
    """state national county city municipal regional provincial memorial marine historic historical community
    recreation wildlife residence residential""".split()  # noqa: SIM905
)
_PUBLIC_PLACE = frozenset(
    """park parks forest forests preserve reserve refuge beach beaches hall halls court courts garden gardens area
    field fields""".split()  # noqa: SIM905
)
# Round 28. A body of law after a state's or a country's name or a law's kind ("Virginia Code § 20-124.3", "the Penal
# Code", "Florida Statutes"): "Code" is a listed surname, so only with a section or a law word near
_CODE_TAILS = frozenset({"code", "codes", "statutes", "constitution"})
_LAW_NEAR = re.compile(
    r"(?i)§|\b(?:sec(?:tion)?s?\.?[ \t]*\d|ann(?:otated)?\b|title[ \t]+\d|chapter[ \t]+\d|article[ \t]+\d)"
)
# Round 28. The relief and charity bodies the public knows by name, which the small model takes for a person ("Red
# Cross has cots at all three"), alone or in a list with acronyms ("UMCOR, Catholic Charities")
_RELIEF_BODIES = (
    r"(?:(?:American|British|Canadian|International|Australian)[ \t]+)?Red[ \t]+(?:Cross|Crescent)"
    r"|Salvation[ \t]+Army|Catholic[ \t]+Charities|Lutheran[ \t]+Services|Habitat(?:[ \t]+for[ \t]+Humanity)?"
    r"|United[ \t]+Way|Save[ \t]+the[ \t]+Children|Doctors[ \t]+Without[ \t]+Borders|Samaritan['\u2019]s[ \t]+Purse"
    r"|Catholic[ \t]+Relief[ \t]+Services|Mercy[ \t]+Corps|Feeding[ \t]+America|Meals[ \t]+on[ \t]+Wheels"
    r"|Team[ \t]+Rubicon|Direct[ \t]+Relief|World[ \t]+Vision|Islamic[ \t]+Relief|Church[ \t]+World[ \t]+Service"
)
_RELIEF_BODY = re.compile(rf"(?:(?:[A-Z]{{2,}}|{_RELIEF_BODIES})[ \t]*,[ \t]*)*(?:{_RELIEF_BODIES})(?:['\u2019]s)?")
# Round 28. A police force named in its country's own language ("Ireland's Garda Síochána", "the Carabinieri", "No
# referrals to Garda"): the force's first word, which no given name or surname in the lists is
# Round 28. A feature of a coast or a land, after English words none of them a given name ("Commencement Bay",
# "Deception Pass Point"); a person's name opens with a given name ("Michael Bay", "Jordan Hill" stay names)
_GEO_TAIL = frozenset(
    """bay cove sound point cape lake lakes river mountain mountains peak ridge hill hills glacier canal channel
    strait straits gulf lagoon marsh swamp meadow meadows prairie butte""".split()  # noqa: SIM905
)
_POLICE_FORCES = frozenset(
    """garda gardaí gendarmerie gendarmería gendarmeria carabinieri polizei policía policia polícia guardia
    politie polisi politiet polis""".split()  # noqa: SIM905
)
# Round 24. The nouns of a regime, a movement or a ruling house after its one-word name ("the Derg military
# government", "the Baath party", "the Qing dynasty"); not a family's or a household's, which are people
_BODY_AFTER = re.compile(
    r"[ \t]+(?:(?:military|revolutionary|provisional|communist|socialist|royal|imperial)[ \t]+)?"
    r"(?:government|regime|junta|party|movement|dynasty|monarchy|empire|insurgency|militia|uprising|revolution)\b"
)
_BRAND_AFTER = re.compile(r"['\u2019]?[ \t]+(?:brand|brands|franchise|franchises)\b")
_GOODS_TALK = re.compile(r"(?i)\b(?:counterfeit\w*|fake|knock-?offs?|seized|seizures?|ipr|trademark\w*|msrp)\b")
# Round 12. The animals an agency names: "K9 Rosie", "canine Ajax", or a quoted name after the animal ("the dog
# 'Biscuit'"; "the dog Maria adopted" names the adopter)
_ANIMAL_BEFORE = re.compile(
    r"(?i)\b(?:canine|k-?9)[ \t]+['\"\u2018\u201c]?$"
    r"|\b(?:dog|puppy|horse|mare|gelding|stallion|pony)[ \t]+['\"\u2018\u201c]$"
    # round 25: an animal "named" or "called" so, a rank or a title of its name's own after ("a retired canine named
    # Sergeant Biscuit", "our cat called Lady Marmalade"); "a dog named after my uncle" names the uncle
    r"|\b(?:canine|k-?9|dog|puppy|pup|cat|kitten|horse|mare|pony|mascot|parrot|rabbit|bunny)[ \t]+"
    r"(?:named|called)[ \t]+(?!after\b|for\b)"
    r"(?:(?:sergeant|sgt|officer|agent|captain|capt|major|general|chief|deputy|sir|lady|miss|mister|mr|mrs"
    r"|dr|princess|prince|duke|king|queen)\.?[ \t]+)?['\"\u2018\u201c]?$"
    # round 24: a pedigree's sire and dam, their registered names in quotes ('Sire: "Vom Haus Eichendorff Arko"')
    r"|\b(?:sire|dam)[ \t]*:[ \t]*['\"\u2018\u201c](?:[\w'.-]+[ \t]+){0,4}$"
)
_VESSEL_WORDS = frozenset({"cutter", "uscgc", "cgc", "uss", "usns", "usnsv"})
# Round 15. An exercise's or an operation's word before its name, capitalised as a name's part ("CWMD Exercise
# GOLDEN PHOENIX 25"), and a Coast Guard sector's before its port ("Sector Houston"); "the exercise Maria ran" is hers
_EXERCISE_BEFORE = re.compile(r"\b(?:Exercise|Operation|EXERCISE|OPERATION|Sector|SECTOR)[ \t]+$")
# Round 15. The foods a dish named after a person or a place opens with ("Eggs Benedict", "Oysters Rockefeller",
# "Chicken Marsala"); none of them a listed given name or surname
_DISH_LEAD = frozenset(
    """eggs chicken beef pork oysters lobster shrimp bananas potatoes steak crepes cherries clams mussels scallops
    turkey""".split()  # noqa: SIM905
)
_DISH_BEFORE = re.compile(r"\b(?:" + "|".join(w.capitalize() for w in sorted(_DISH_LEAD)) + r")[ \t]+$")
# a name joined by hyphens and a function word to a common noun: "Jack-in-the-pulpit", "Johnny-on-the-spot"
_COMPOUND_NOUN_AFTER = re.compile(r"-(?:in|on|of|and|at|by|o'?|the|a|come)-[a-z]")
# Round 15. A journey's word right before the preposition ("the 3pm flight to Washington Dulles", "we drove from
# Fort Myers"): where a flight or a drive goes is a place ("I sent the file to Washington Irving" is a person)
TRAVEL_BEFORE = re.compile(
    r"(?i)\b(?:flights?|flew|fly|flying|trip|drive|drove|driving|travel(?:l?ed|l?ing)?|bound|headed|heading|train"
    r"|bus|shuttle|layover|connection|nonstop|non-stop)[ \t]+(?:to|from|into|via)[ \t]+$"
)
_STORM_SPLIT_BEFORE = re.compile(r"(?i)\b(?:tropical|subtropical|post-tropical|winter)[ \t]+$")
_STORM_REMNANTS_BEFORE = re.compile(r"(?i)\b(?:remnants?|remnant[ \t]+low)[ \t]+of[ \t]+$")
# storms in the plural before their names (not "Operations": "Operations Manager Ana Ruiz" is a post and a person)
_KINDS_LIST_LEAD = re.compile(r"\b(?:Hurricanes|Typhoons|Cyclones|Tropical[ \t]+Storms)[ \t]+")
# Round 13. "Storm Grace is now a Cat 2": a storm named as the Met Office and the news name one, in a text about weather
_WEATHER_TALK = re.compile(
    r"(?i)\b(?:cat(?:egory)?[ \t]*[1-5]|landfall|forecast|advisory|track|winds?|mph|knots|rainfall|storm[ \t]+surge"
    r"|flooding|evacuat\w*|hurricanes?|typhoons?|tropical)\b"
)
# A ship's position: "at anchor off", "moored at", "aground near"
_AT_SEA_BEFORE = re.compile(
    r"(?i)\b(?:anchor|anchored|moored|aground|berthed|docked)[ \t]+(?:off|at|in|near)[ \t]+(?:the[ \t]+)?$"
)
# Round 17. A training catalogue's course: its code before the title, its length in parentheses after it
_COURSE_CODE_BEFORE = re.compile(r"(?<![\w-])[A-Z]{2,8}-\d{2,4}[A-Z]?[ \t]+$")
_DURATION_AFTER = re.compile(r"[ \t]*\((?:\d{1,3}(?:\.\d)?[ \t]*(?:h|hrs?|hours?|min|mins|minutes)\.?)\)")
# Round 17. Container lines whose names lead their ships' names ("Maersk Kensington", "CMA CGM Jacques Saadé",
# "MSC Gülsün"): a quoted name that opens with one is a vessel's
_CARRIER = (
    r"(?:Maersk|MSC|CMA[ \t]+CGM|COSCO|Evergreen|Hapag-Lloyd|HMM|Hyundai|Yang[ \t]+Ming|ZIM|OOCL|APL|Matson"
    r"|Wan[ \t]+Hai)"
)
# Round 20. Unquoted, in a text about ships: a line's name before the ship's ("Cosco Rose", "Ever Faith", "Maersk
# Hope"), the lines that name their ships so written as the line writes it
_LINE_SHIP = re.compile(
    r"(?:Maersk|MSC|CMA[ \t]+CGM|COSCO|Cosco|Evergreen|Ever|Hapag-Lloyd|HMM|Hyundai|Yang[ \t]+Ming|ZIM|OOCL|APL"
    r"|Matson|Wan[ \t]+Hai|ONE|NYK|MOL|Seaspan|Hoegh|Höegh|Glovis|Wallenius)[ \t]+[A-Z]"
)
_LINE_BEFORE = re.compile(
    r"(?:Maersk|MSC|CMA[ \t]+CGM|COSCO|Cosco|Evergreen|Ever|Hapag-Lloyd|HMM|Hyundai|Yang[ \t]+Ming|ZIM|OOCL|APL"
    r"|Matson|Wan[ \t]+Hai|ONE|NYK|MOL|Seaspan|Hoegh|Höegh|Glovis|Wallenius)[ \t]+$"
)
_SHIP_TALK = re.compile(
    r"(?i)\b(?:ships?|vessels?|container(?:s|ship)?|line-?up|berths?|berthing|moored|anchorage|port[ \t]+calls?"
    r"|voyages?|carriers?|teu|eta|etd|manifests?)\b"
)


def _lines_ship(text: str, start: int, end: int) -> bool:
    return (
        _LINE_SHIP.match(text, start) is not None or _LINE_BEFORE.search(text, max(0, start - 16), start) is not None
    ) and anywhere(_SHIP_TALK, text)


_CARRIER_LEAD = re.compile(rf"{_CARRIER}[ \t]+")
_CARRIER_QUOTED_BEFORE = re.compile(rf"['\"\u2018\u201c]{_CARRIER}[ \t]+$")
_CLOSING_QUOTES = ("'", '"', "\u2019", "\u201d")


def _carriers_vessel(text: str, start: int, end: int) -> bool:
    opened = (text[start - 1 : start] in _OPENING_QUOTES and _CARRIER_LEAD.match(text, start) is not None) or (
        _CARRIER_QUOTED_BEFORE.search(text, max(0, start - 20), start) is not None
    )
    return opened and (text[end - 1 : end] in _CLOSING_QUOTES or text[end : end + 1] in _CLOSING_QUOTES)


# Round 17. A calendar's or an era's name before its word ("Bikram Sambat dates", "the Hebrew calendar"), in a text
# that names another calendar to convert to or from; "Ana Ruiz dates" alone is no calendar
_CALENDAR_AFTER = re.compile(r"[ \t]+(?:calendars?|dates|date[ \t]+system|era|years)\b")
_CALENDAR_TALK = re.compile(r"(?i)\b(?:gregorian|julian|lunar[ \t]+calendar|solar[ \t]+calendar)\b")
# the capitalised words that go on after a span, one space apart (two or a tab part a table's columns); after a
# possessive only a business's word ("Marie Callender's Foods"; "Ana Ruiz's Field Office" is still hers)
_CAPITALISED_AFTER = re.compile(r"(?: [A-Z][\w.&-]*){1,3}")
_POSSESSIVE_AFTER = re.compile(r"['\u2019]s((?: [A-Z][\w.&-]*){1,3})")
# Round 19. The NATO spelling alphabet's words, which name teams, divisions and groups in an incident's comm plan
# (ICS 205: "Search Alpha", "Division Bravo", "Strike Team Charlie") after a word for the unit
_SPELLING_ALPHABET = frozenset(
    """alpha bravo charlie delta echo foxtrot golf hotel india juliet juliett kilo lima mike november oscar papa
    quebec romeo sierra tango uniform victor whiskey xray x-ray yankee zulu""".split()  # noqa: SIM905
)
_UNIT_WORDS = frozenset(
    """search rescue strike task team teams squad division group unit sector branch element cell section platoon
    company troop crew engine ladder medic truck force""".split()  # noqa: SIM905
)


def _call_sign(words: list[str]) -> bool:
    return (
        2 <= len(words) <= 3
        and words[-1].lower() in _SPELLING_ALPHABET
        and all(w.lower() in _UNIT_WORDS for w in words[:-1])
    )


# Round 19. An author's or an artist's name before the noun of the works ("the Victor Appleton novels", "a Stephen
# King story"); "Ana Ruiz's books" are hers, and the determiner must stand before the name
_WORKS_AFTER = re.compile(
    r"[ \t]+(?:novels?|novellas?|books|stories|films|movies|poems|plays|songs|paintings|comics|mysteries"
    r"|thrillers|westerns|series)\b"
)
_DETERMINER_BEFORE = re.compile(r"(?i)\b(?:the|a|an)[ \t]+$")
_INNER_POSSESSIVE = re.compile(r"\w['\u2019]s[ \t]+[A-Z]")


def _a_quoted_title(text: str, start: int, end: int) -> bool:
    """The span is all of a quoted title in which a name owns a thing ('"Tom Swift's Electric Rifle"'): a work's
    or a thing's name; a quoted name alone ('"Ana Ruiz"') has no possession in it."""
    return (
        text[start - 1 : start] in _OPENING_QUOTES
        and text[end : end + 1] in _CLOSING_QUOTES
        and _INNER_POSSESSIVE.search(text, start, end) is not None
    )


# Round 19. Prose wrapped at a fixed width breaks a name from its last word ("DJ booked through Will Rock You⏎Events"):
# a line break counts as the space only where the line it ends is a wrapped one, long, not an item of a list
_WRAPPED_LINE = 80


def _capitalised_after_a_wrap(text: str, end: int) -> re.Match[str] | None:
    if text[end : end + 1] != "\n" or end - (text.rfind("\n", 0, end) + 1) < _WRAPPED_LINE:
        return None
    return _CAPITALISED_AFTER.match(" " + text[end + 1 : end + 40])


_MODEL_YEAR_BEFORE = re.compile(r"(?<![\w/.-])(?:19[5-9]\d|20[0-4]\d)[ \t]+$")
# Plural nouns of things whose items a list names: "Book one of these rooms: Jefferson, Madison or Tubman"
_THINGS = (
    r"rooms|conference[ \t]+rooms|ports|vessels|ships|cutters|icebreakers|boats|airports|counties|parishes|cities|towns"
    r"|stations|buildings|vehicles|models|products|tools|sites|locations|places|terminals|crossings|bridges|parks"
    r"|facilities|streets|roads|states|countries|storms|hurricanes|operations|campaigns|halls|wings|trucks|cars"
    r"|canines|dogs|k-?9s|horses"  # round 12: the animals an agency names
    r"|puppies|pups|kittens|cats|foals|litter"  # round 24: "introducing our new puppies: Bella, Max, Duke"
    r"|exercises|drills"  # round 15: "Exercises list: Cyber Storm, Golden Guardian"
    r"|themes|theme[ \t]+ideas"  # round 17: "Party theme ideas: Paddington Bear, Curious George"
    # round 20: goods and works a maker names ("my new candle scents: Hope, Faith, Grace"), and a list of ships
    # called by their names ("Container ship names in today's line-up: MSC Grace, …"; not "names" alone)
    r"|scents|fragrances|flavou?rs|blends|roasts|colou?rs|shades|varieties|cultivars|cocktails|mocktails|recipes"
    r"|candles|soaps|perfumes|wines|beers|songs|hymns|albums|mascots"
    r"|(?:book|song|album|episode|chapter|film|movie|working|product)[ \t]+titles"
    r"|(?:ship|vessel|boat|cutter|product|brand|candle|scent)[ \t]+names"
)
# Round 12. Kinds of thing whose names a list gives after "<kind> names": "the boat names 'Miss Patty', …"
# (not "code names" nor "company names": people are given code names, and a firm may bear its founder's)
_KINDS = (
    r"boats?|ships?|vessels?|cutters?|storms?|hurricanes?|brands?|products?|dogs?|canines?|horses?"
    r"|typhoons?|cyclones?"  # round 21
)
# round 21: also the list a season's names make ("the 2026 hurricane names list included Arthur, …")
_KIND_NAMES_BEFORE = re.compile(
    rf"(?i)\b(?:{_KINDS})[ \t]+names(?:[ \t]+lists?)?"
    r"(?:[ \t]+(?:like|such[ \t]+as|as|including|included|includes|include|are|were))?[ \t]*:?[ \t]*$"
)
# ... but not where the words before the colon bring people in: "rooms booked by:", "stations, points of contact:"
_THINGS_THEN_COLON = re.compile(
    rf"(?i)\b(?:{_THINGS})\b(?:(?!\b(?:by|with|contacts?|pocs?|leads?|owners?|officers?|managers?|chiefs?|staff"
    r"|staffing|assigned|attendees|people|persons|members|reps?|representatives|points[ \t]+of[ \t]+contact"
    r"|masters?|captains?|crews?|operators?|owned)\b)"  # round 16: a vessel's people ("Vessels boarded, masters:")
    r"[^:\n.?!]){0,40}:[ \t]*$"
)
# ... and in parentheses, the words before it in the same sentence: "the Legend-class cutters (Bertholf, Waesche"
_THINGS_THEN_PAREN = re.compile(
    rf"(?i)\b(?:{_THINGS})\b(?:(?!\b(?:by|with|contacts?|pocs?|leads?|owners?|officers?|managers?|chiefs?|staff"
    r"|masters?|captains?|crews?|people|persons|members|reps?|representatives)\b)[^:\n.?!()]){0,60}\($"
)
# round 15: a year or a number may end an item ("National Level Exercise 2024")
# round 16: or a year in parentheses ("Ida (2021)")
_LIST_ITEM = (
    # round 25: a vessel's prefix with its slash opens an item ("M/V CAPE HENRY, T/V KINGS POINTER")
    r"['\"\u2018\u201c]?[A-Z][\w'./-]*(?:[ \t]+(?:[A-Z][\w'.-]*|\d{1,4}\b)){0,3}['\"\u2019\u201d]?"
    r"(?:[ \t]\(\d{1,4}\))?"
)
_LIST_BEFORE = re.compile(
    rf"[ \t]*(?:{_LIST_ITEM}[ \t]*,[ \t]*)*(?:{_LIST_ITEM}[ \t]*,?[ \t]+(?:or|and)[ \t]+)?"
    # round 16: and the first words of the span's own quoted item ("'Miss " before "Kathy'", "'Capt. " before "Joe'")
    r"(?:['\"\u2018\u201c](?:[A-Z][\w.-]*+[ \t]+){1,2})?"
)
# the items before the span, and the first words of its own item ("'Miss " before "Patty'")
_LIST_TAIL = re.compile(
    rf"(?:{_LIST_ITEM}[ \t]*,[ \t]*)*(?:{_LIST_ITEM}[ \t]*,?[ \t]+(?:or|and)[ \t]+)?"
    r"['\"\u2018\u201c]?(?:[A-Z][\w'.-]*[ \t]+){0,3}$"
)
_LIST_CUE = re.compile(r"(?i:names)|Hurricanes|Typhoons|Cyclones|Tropical[ \t]+Storms")
_LIST_AFTER = re.compile(rf"['\"\u2019\u201d]?(?:[ \t]*(?:,|,?[ \t]+(?:and|or))[ \t]+{_LIST_ITEM})*")
# "Bruno, Daisy and Rosie, the newest detection canines": an apposition that says what the list's items are
_THINGS_APPOSITION = re.compile(
    r"(?i)[ \t]*,[ \t]+(?:the|our|all|both|these)[ \t]+(?:[\w-]+[ \t]+){0,3}(?:canines|dogs|k-?9s|horses|vessels"
    r"|ships|cutters|boats|storms|hurricanes|buildings|facilities|ports|airports|stations|terminals|brands"
    r"|vehicles|trucks)\b"
)


def an_animals_name(text: str, start: int, end: int) -> bool:
    """Round 25. Whether the words before ``text[start:end]`` give it as an animal's name ("a retired canine named
    Sergeant Biscuit", "K9 Rosie"): for a title's reader too, which takes "Sergeant" for a person's rank."""
    return _ANIMAL_BEFORE.search(text, max(0, start - 40), start) is not None


# Round 25. Landmarks' and buildings' last words that are surnames too ("Hall", "Hill", "Well", "Peak"): a thing's
# only where the text names a series of them, two or more words before the same last word ("Waesche Hall …
# Hamilton Hall … Leamy Hall", "Tule Well … Papago Well"), most of them no given name; "Tom Hall and Ana Hall" are
# a family. A few that no one's name ends in ("Well", "Peak", "Butte") after a word that is no given name, alone.
_FEATURE_TAIL = frozenset(
    """hall well peak butte knob summit hill mountain tank dome rock ridge tower spring wash lodge cottage
    barracks""".split()  # noqa: SIM905
)
_RARE_SURNAME_TAIL = frozenset({"well", "peak", "butte", "knob", "summit"})
# The text must be about getting around places: "Tavita Hall and Sione Hall will attend", "Amaka Peak and Chidi
# Peak are on the ridge team" are families (the given-name lists miss many of the world's given names).
_PLACE_TALK = re.compile(
    r"(?i)\b(?:route|routes|walk|walking|trail|trailhead|landmark|building|buildings|campus|barracks|dorm|parking"
    r"|map|tour|visit|directions|drive|miles?|road|highway|hwy|observatory|stn|station|canyon|desert|mountains?"
    r"|valley|gps|coordinates|terrain|hike|hiking|lat|long|grid)\b"
)
_LEAD_WORD = re.compile(r"([A-Z][a-z\u00c0-\u024f'-]+)[ \t]+$")


def _series_leads(text: str, tail: str) -> frozenset[str]:
    leads = set()
    at = text.find(" " + tail)
    while at >= 0:
        after = at + 1 + len(tail)
        if not text[after : after + 1].isalnum():
            lead = _LEAD_WORD.search(text, max(0, at - 30), at + 1)
            if lead is not None:
                leads.add(lead.group(1))
        at = text.find(" " + tail, after)
    return frozenset(leads)


def a_named_feature(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a landmark's or a building's name by the series of them the text gives, or
    by a last word that no one's name ends in; a lone last word ("Hall") is read with the word before it."""
    words = text[start:end].split()
    if not words or not 1 <= len(words) <= 2:
        return False
    tail = words[-1].strip(".,:;'\"()")
    if tail.lower() not in _FEATURE_TAIL or not tail[:1].isupper():
        return False
    if len(words) == 1:
        lead_match = _LEAD_WORD.search(text, max(0, start - 30), start)
        if lead_match is None:
            return False
        lead = lead_match.group(1)
    else:
        lead = words[0]
    if not anywhere(_PLACE_TALK, text):
        return False
    g = gazetteer()
    if tail.lower() in _RARE_SURNAME_TAIL and not g.is_given(lead):
        return True
    leads = remembered(text, ("feature-leads", tail), lambda: _series_leads(text, tail))
    if len(leads) < 2 or lead not in leads:
        return False
    return 2 * sum(not g.is_given(w) for w in leads) >= len(leads)


def names_a_thing(text: str, start: int, end: int) -> bool:
    """Whether the capitalised words at ``text[start:end]`` name a vessel, a storm, a facility, a vehicle or an
    item of a list of things, by the words around them."""
    words = [_POSSESSIVE.sub("", w.strip(".,:;'\"()!?")) for w in text[start:end].split()]
    words = [w for w in words if w]
    if len(words) >= 3 and words[-1].lower() in _MONTHS and _YEAR_AFTER.match(text, end):
        words = words[:-1]  # round 15: an issue's month the model ran in ("Visa Bulletin Dec 2025")
    if not words:
        return False
    before = text[max(0, start - 24) : start]
    if _VESSEL_BEFORE.search(before) or _STORM_BEFORE.search(before) or _ANIMAL_BEFORE.search(before):
        return True
    if before.endswith(("Ste. ", "Ste ", "Sainte ")) or (words[-1] in ("Ste", "Sainte") and text.startswith(".", end)):
        return True  # round 24: "Sault Ste. [Marie]", "[Sault Ste]. Marie": a place's name, Sainte abbreviated
    if _STORM_REMNANTS_BEFORE.search(before) or _AT_SEA_BEFORE.search(before):
        return True
    if _EXERCISE_BEFORE.search(before) or (
        TRAVEL_BEFORE.search(before) and not possessive_at(text, end)  # "drove to Ana Ruiz's house" is hers
    ):
        return True
    if (
        len(words) >= 2
        and (
            _STORM_LEAD.match(text, start)
            or _thing_tail(words[-1])
            or (words[-1].lower() in _SCHOOL_TAIL and words[-2].lower() in _SCHOOL_KIND)
            or (words[-1] == "High" and _SCHOOL_TALK.search(text) is not None)  # round 27: "Central High", a school
            or any(w.lower() in _VESSEL_WORDS for w in words[:-1])  # "Coast Guard Cutter Hamilton"
            or _a_things_word_inside(words)  # round 24
            or (words[0] in ("Storm", "Depression", "Cyclone") and _STORM_SPLIT_BEFORE.search(before))
            or words[0] in ("Operation", "Exercise", "Team")  # round 13: "Team Florence", a team's name
            or words[0].lower() in _DISH_LEAD  # round 15: "Eggs Benedict", "Chicken Marsala"
            or (words[0] == "Storm" and _WEATHER_TALK.search(text, max(0, start - 200), end + 200) is not None)
            or _KINDS_LIST_LEAD.match(text, start)
        )
    ):
        return True
    if len(words) >= 2 and _named_rule(words):
        return True
    if _public_place(text, start, end, words, before):
        return True
    if len(words) >= 2 and words[-1].lower() == "living" and words[-2].lower() in ("senior", "assisted"):
        return True  # round 25: a care home's ("St. Agnes Senior Living", "Brookside Assisted Living")
    if _COURSE_CODE_BEFORE.search(before) and _DURATION_AFTER.match(text, end):
        return True  # round 17: a course in a catalogue, its code before and its length after ("CYB-101 … (1 h)")
    if _lines_ship(text, start, end):
        return True  # round 20: "Cosco Rose" in a ship line-up, unquoted
    if _carriers_vessel(text, start, end):
        return True  # round 17: a container ship's name in quotes, its line's name first ("'CMA CGM Jacques Saadé'")
    if _CALENDAR_AFTER.match(text, end) and anywhere(_CALENDAR_TALK, text):
        return True  # round 17: a calendar's or an era's name ("convert Bikram Sambat dates to Gregorian")
    if " ".join(words).lower() in _EVENTS:
        return True  # round 29: a festival's or an observance's name ("Mardi Gras", "Cinco de Mayo")
    if _QUANTITY_BEFORE.search(before):
        return True  # round 16: goods counted on an invoice's line ("60 cs 'Glen Moray 12'", "40 ctns Tom Ford")
    if _DISH_BEFORE.search(before):
        return True  # round 15: the model's span left the food out ("Eggs [Benedict]")
    if _COMPOUND_NOUN_AFTER.match(text, end):
        return True  # round 15: the head of a hyphenated common noun ("Jack-in-the-pulpit", "Jack-o'-lantern")
    if (
        words[0].lower() in CARMAKERS
        and _MODEL_YEAR_BEFORE.search(before)
        and _PROSE_YEAR_BEFORE.search(text, max(0, start - 16), start) is None
    ):
        return True
    if _call_sign(words):
        return True  # round 19: a team's call sign in a comm plan ("Search Alpha", "Strike Team Bravo")
    if _WORKS_AFTER.match(text, end) and _DETERMINER_BEFORE.search(before):
        return True  # round 19: a writer's name before the works ("the Victor Appleton novels")
    if _a_quoted_title(text, start, end):
        return True  # round 19: a title in quotes, a possession in it ("'Tom Swift's Electric Rifle'")
    run = _CAPITALISED_AFTER.match(text, end) or _capitalised_after_a_wrap(text, end)
    if run is not None and _thing_tail(run.group().split()[-1]):
        return True  # "Joe Corley Processing Center": the name goes on to a thing's last word
    if words[-1] in _ARABIC_FACILITY_TAIL:
        return True  # round 14: "مطار الملك خالد الدولي", King Khalid International (Airport)
    whole = words + ([w.strip(".,:;'\"()!?") for w in run.group().split()] if run is not None else [])
    if _light_station(whole) or _a_holiday(text, start, end, whole):
        return True
    owned = _POSSESSIVE_AFTER.match(text, end)
    if owned is not None and owned.group(1).split()[-1].lower().strip(".,;:") in BUSINESS_TAIL:
        return True
    if _BRAND_AFTER.match(text, end):
        return True
    if len(words) == 1 and _DETERMINER_BEFORE.search(before) and _BODY_AFTER.match(text, end):
        return True  # round 24: a regime's or a movement's one-word name ("the Derg military government")
    if _FACILITY_NOUN_AFTER.match(text, end) and not possessive_at(text, end):
        return True  # round 16: "the Ysleta bridge", "the Jean Bosco transit centre"
    if _GOODS_NOUN_AFTER.match(text, end) and (
        text[start - 1 : start] in _OPENING_QUOTES or anywhere(_GOODS_TALK, text)
    ):
        return True
    return _item_of_things(text, start, end)


# Round 14. A light station is named after its headland, rock or shoal ("Thomas Point Shoal Light", "Fowey Rocks
# Light", "Hillsboro Inlet Lighthouse"): the last word a light, a word before it a feature of a coast
# Arabic's "international" after an airport's or a university's name, as "Intercontinental" after one in English
_ARABIC_FACILITY_TAIL = frozenset({"الدولي", "الدولية"})
_LIGHTS = frozenset({"light", "lighthouse", "lightship", "lights"})
_COAST_WORDS = frozenset(
    """point rock rocks shoal shoals inlet head reef reefs island ledge ledges cape bay bar harbor harbour key
    spit breakwater pier jetty sound channel passage narrows bluff cliff cliffs lake river""".split()  # noqa: SIM905
)
# A holiday named after a person ("Martin Luther King Jr. Day", "Washington's Birthday", "Cesar Chavez Day"): the
# day's word after a suffix that ends a name, or in a text about holidays
_DAY_WORDS = frozenset({"day", "birthday"})
_NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii"})
_HOLIDAY_TALK = re.compile(r"(?i)\b(?:holidays?|observed|observance|calendar|day[ \t]+off|closed|federal)\b")


def _public_place(text: str, start: int, end: int, words: list[str], before: str) -> bool:
    """Round 28. A public place, a room, a body of law or a police force by the words in or around the span."""
    if _FOREIGN_FACILITY_BEFORE.search(before):
        return True  # "Escuela Ana Ruiz", "Calle Benito Juárez"
    if _ROOM_NOUN_AFTER.match(text, end) and _DETERMINER_RIGHT_BEFORE.search(before) and not possessive_at(text, end):
        return True  # "the Ada Byron courthouse", "the Lu Xun room"
    last = words[-1].lower()
    if len(words) >= 2 and last in _PUBLIC_PLACE and words[-2].lower() in _PUBLIC_KIND:
        return True  # "Robert Moses State Park"
    if (
        len(words) >= 2
        and last in _CODE_TAILS
        and _LAW_NEAR.search(text, max(0, start - 40), min(len(text), end + 40)) is not None
    ):
        return True  # "Virginia Code § 20-124.3"
    if len(words) >= 2 and last in _GEO_TAIL and _plain_words(words[:-1]):
        return True  # "Commencement Bay"
    if _RELIEF_BODY.fullmatch(text, start, end) is not None:
        return True  # "Red Cross has cots", "Salvation Army, UMCOR, Catholic Charities"
    if words[0].lower() not in _POLICE_FORCES:
        return False
    g = gazetteer()
    # "Garda", "Garda Síochána"; not a person whose given name a force's word is ("Garda Smith")
    return not g.is_surname(words[0]) and not any(g.is_given(w) or g.is_surname(w) for w in words[1:])


def _plain_words(words: list[str]) -> bool:
    """Every word an English word and none a given name ("Commencement", "Deception"; not "Michael", "Jordan")."""
    g = gazetteer()
    return all(english_word(w.lower()) and not g.is_given(w) for w in words)


def _light_station(words: list[str]) -> bool:
    return len(words) >= 2 and words[-1].lower() in _LIGHTS and any(w.lower() in _COAST_WORDS for w in words[:-1])


def _a_holiday(text: str, start: int, end: int, words: list[str]) -> bool:
    if len(words) < 2 or _POSSESSIVE.sub("", words[-1]).lower() not in _DAY_WORDS:
        return False
    return words[-2].lower() in _NAME_SUFFIXES or _HOLIDAY_TALK.search(text, max(0, start - 200), end + 200) is not None


_TAILS = _FACILITY_TAIL | INSTITUTION_TAIL | THING_TAIL | BUSINESS_TAIL


def thing_tail(word: str) -> bool:
    """Whether ``word`` is a last word that no person's name ends in: a facility's, a business's, a body's."""
    return _thing_tail(word)


def _thing_tail(word: str) -> bool:
    w = word.lower().strip(".,;:'\"()")
    if w.endswith("s") and w[:-1] in THING_TAIL and not gazetteer().is_surname(w):
        return True  # round 13: the plural ("Service to America Medals", "the Ansel Adams Galleries"); not "Bridges"
    return w in _TAILS or (len(w) > 6 and w.endswith("ware"))


# Round 27. A rule or a law named for what it does, in hyphened English words ("the Do-Not-Call Rule", "a
# Cooling-Off Rule"): "Rule" is a listed surname, so only after such words, none of them a given name
_RULE_TAILS = frozenset({"rule", "rules", "law", "act", "regulation", "amendment", "provision", "clause"})


def _named_rule(words: list[str]) -> bool:
    if words[-1].lower() not in _RULE_TAILS:
        return False
    g = gazetteer()
    for word in words[:-1]:
        pieces = word.split("-")
        if len(pieces) < 2 or not all(p and english_word(p.lower()) and not g.is_given(p) for p in pieces):
            return False
    return True


def _a_things_word_inside(words: list[str]) -> bool:
    """Round 24. A word inside the model's span that no name holds: a storm's before the last word, the verb of an
    instruction before it ("Rank Hurricane Katrina"); a Coast Guard station's or sector's, capitalised so ("Depart
    Station Key West 2100L", "Air Station Clearwater"); "Ste." (Sainte) of a place ("Sault Ste. Marie")."""
    return (
        words[-2] in _STORM_INSIDE
        or any(w in ("Station", "Sector", "STATION", "SECTOR") for w in words[:-1])
        or any(w in ("Ste", "Sainte") for w in words)
    )


_STORM_INSIDE = frozenset({"Hurricane", "Typhoon", "Cyclone", "HURRICANE", "TYPHOON", "CYCLONE"})
_POSSESSIVE = re.compile(r"['\u2019]s$")


def possessive_at(text: str, end: int) -> bool:
    """Whether a span ending at ``end`` ends in a possessive, or one follows it."""
    return text[end - 2 : end] in _POSSESSIVE_S or text[end : end + 2] in _POSSESSIVE_S


_POSSESSIVE_S = ("'s", "\u2019s")
_MONTHS = frozenset(
    """jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july august
    september october november december""".split()  # noqa: SIM905
)
_YEAR_AFTER = re.compile(r"(?<![ \t])[ \t]++(?:19|20)\d\d\b")


_OPENING_QUOTES = ("'", '"', "\u2018", "\u201c")


def _item_of_things(text: str, start: int, end: int) -> bool:
    """An item of a comma list that opens after a colon or a parenthesis, the words before it naming the kind of
    thing; of a list after "<kind> names" or a plural storm's or operation's word; or of a list that an apposition
    after it calls things."""
    if text[start - 1 : start] in _OPENING_QUOTES:
        start -= 1  # "the boat names 'Miss Patty'": the item is the quoted name
    colon = text.rfind(":", max(0, start - 200), start)
    if (
        colon >= 0
        and _LIST_BEFORE.fullmatch(text, colon + 1, start) is not None
        and (
            _THINGS_THEN_COLON.search(text, max(0, colon - 80), colon + 1) is not None
            # round 25: the candidates for a pet's name ("a name for our new rescue … Shortlist: Biscuit, Winnie"),
            # one word each: "Maria Gonzalez" in such a list is someone who had a say
            or (len(text[start:end].split()) == 1 and _PET_NAMING.search(text, max(0, colon - 240), colon) is not None)
        )
    ):
        return True
    # round 17: a list after a question about things ("Which of these airports had …? Ronald Reagan Washington
    # National, Louis Armstrong New Orleans, …")
    question = text.rfind("?", max(0, start - 200), start)
    if (
        question >= 0
        and _LIST_BEFORE.fullmatch(text, question + 1, start) is not None
        and _THINGS_THEN_QUESTION.search(text, max(0, question - 100), question + 1) is not None
    ):
        return True
    paren = text.rfind("(", max(0, start - 200), start)
    if (
        paren >= 0
        # round 29: the list may open with its examples' words ("cutters … named after (e.g., Bear, Tampa, …")
        and _LIST_BEFORE.fullmatch(text, _examples_words_end(text, paren + 1, start), start) is not None
        and _THINGS_THEN_PAREN.search(text, max(0, paren - 80), paren + 1) is not None
    ):
        return True
    if _THINGS_WORD.search(text, max(0, start - 200), start) is not None:  # a cheap look before reading the list
        items = _LIST_TAIL.search(text, max(0, start - 200), start)
        head = start if items is None else items.start()
        if _THINGS_RIGHT_BEFORE.search(text, max(0, head - 40), head) is not None:
            return True  # round 13: "designated counties Breathitt, Knott, Letcher, Perry", "The cutters Bertholf"
    if _LIST_CUE.search(text, max(0, start - 260), start) is not None:  # a cheap look before reading the list
        items = _LIST_TAIL.search(text, max(0, start - 200), start)
        head = start if items is None else items.start()
        if _KIND_NAMES_BEFORE.search(text, max(0, head - 60), head) is not None:
            return True
        if head < start and _KINDS_LIST_LEAD.search(text, head, start) is not None:
            return True
    if _YEAR_ITEM_AFTER.match(text, end) is not None and " " not in text[start:end].strip():
        # round 23: a list of storms with their years, the storm's word on the first only ("Hurricane Katrina (2005),
        # Rita (2005), Laura and Delta (2020)"): a one-word item with its year, in a list that opens so
        items = _LIST_TAIL.search(text, max(0, start - 200), start)
        if items is not None and _STORM_YEAR_HEAD.match(text, items.start()) is not None:
            return True
    if " " not in text[start:end].strip() and _STORM_TALK.search(text, max(0, start - 300), start) is not None:
        # round 27: a list of storms after the words "storm names" or "storms", the storm's word on the first only
        # ("by storm name: Hurricane Ida, Nicholas, Odette"): a one-word item of three or more after a storm's name
        items = _LIST_TAIL.search(text, max(0, start - 200), start)
        storm_head = _STORM_LIST_HEAD.match(text, items.start()) if items is not None else None
        if (
            storm_head is not None
            and _STORM_TALK.search(text, max(0, storm_head.start() - 80), storm_head.start()) is not None
            and _ONE_WORD_ITEMS.fullmatch(text, storm_head.end(), start) is not None
        ):
            more = _ONE_WORD_ITEMS_AFTER.match(text, end)
            if len(text[storm_head.end() : start].split()) + (more is not None) >= 1:
                return True
    rest = _LIST_AFTER.match(text, end, min(len(text), end + 240))  # bounded: a long list is read once per item
    after = rest.end() if rest else end
    return (
        _THINGS_APPOSITION.match(text, after) is not None
        or _CALLED_THINGS.match(text, after) is not None
        or _AS_STORMS.match(text, after) is not None
    )


# Round 29. The words that open a list of examples in parentheses ("(e.g., Bear, Tampa, …", "(such as …")
_EXAMPLES_WORDS = re.compile(r"(?i)(?:e\.g\.|i\.e\.|eg|ie|such[ \t]+as|including|like)[,:]?[ \t]*")


def _examples_words_end(text: str, at: int, end: int) -> int:
    m = _EXAMPLES_WORDS.match(text, at, end)
    return at if m is None else m.end()


# Round 29. A list of names the words after it call examples of storms ("Katrina, Harvey, Ian and Helene as
# examples of storms that …"): only the words that say what the items are, no others between ("… as leads for
# storms" names people)
_AS_STORMS = re.compile(
    r"(?i)[ \t]+as[ \t]+(?:(?:examples|instances|cases)[ \t]+of[ \t]+)?(?:(?:major|past|recent|named|big"
    r"|destructive|deadly|costly|historic|notable|landfalling|retired)[ \t]+)?(?:storms|hurricanes|typhoons"
    r"|cyclones)\b"
)


# Round 25. The words of choosing an animal's name, before a list of candidates: "a name for our new rescue",
# "names for the kitten", "dog names"; not a baby's nor anyone else's
_PET_NAMING = re.compile(
    r"(?i)\bnames?[ \t]+for[ \t]+(?:our|my|the|a|his|her|their)[ \t]+(?:new[ \t]+)?(?:[\w-]+[ \t]+){0,2}"
    r"(?:dogs?|pupp(?:y|ies)|pups?|cats?|kittens?|rescues?|pets?|horses?|pon(?:y|ies)|foals?|hamsters?|parrots?"
    r"|birds?|bunn(?:y|ies)|rabbits?|goldfish)\b"
    r"|\b(?:dog|puppy|cat|kitten|pet|horse)[ \t]+names?\b"
)
_STORM_LIST_HEAD = re.compile(rf"(?i:{_STORM_WORDS})[ \t]+[A-Z][\w'-]*[ \t]*,[ \t]*")
_ONE_WORD_ITEMS = re.compile(r"(?:[A-Z][\w'-]*(?:[ \t]*,[ \t]*|[ \t]*,?[ \t]+(?:and|or)[ \t]+))*")
_ONE_WORD_ITEMS_AFTER = re.compile(r"[ \t]*(?:,|,?[ \t]+(?:and|or))[ \t]+[A-Z][\w'-]*(?![ \t]+[A-Z])")
_STORM_TALK = re.compile(r"(?i)\b(?:storm[ \t]+names?|storms|hurricanes|typhoons|by[ \t]+storm)\b")
_STORM_YEAR_HEAD = re.compile(rf"(?i:{_STORM_WORDS})[ \t]+[A-Z][\w'-]*[ \t]*\((?:1[89]|20)\d\d\)")
_YEAR_ITEM_AFTER = re.compile(r"(?:[ \t]+(?:and|or|&)[ \t]+[A-Z][\w'-]*)?[ \t]*\((?:1[89]|20)\d\d\)")


# Round 17. "Which of these airports …?": a question that asks about the things the list after it names, with no
# word that brings people in
_THINGS_THEN_QUESTION = re.compile(
    rf"(?i)\b(?:which|what)[ \t]+of[ \t]+(?:these|the[ \t]+following)[ \t]+(?:{_THINGS})\b"
    r"(?:(?!\b(?:by|with|contacts?|pocs?|staff|people|persons|members|who|whom|whose)\b)[^?\n.!:]){0,60}\?$"
)
_THINGS_WORD = re.compile(rf"(?i)\b(?:{_THINGS})\b")
# the plural noun right before the list, lower case and not after a word that brings people in ("staff counties")
_THINGS_RIGHT_BEFORE = re.compile(
    # round 28: or right after a colon ("test data: vessels EVER KIND, MSC OLIVIA")
    rf"(?:(?i:\b(?:the|these|those|designated|affected|our|all|both|named|following)[ \t]+)|:[ \t]*)"
    rf"(?i:(?:[\w-]+[ \t]+)?)(?-i:(?:{_THINGS}))[ \t]+$"
)
# Round 13. "Healy and Polar Star are icebreakers", "Bertholf and Munro are National Security Cutters": the list's
# verb calls its items things
_CALLED_THINGS = re.compile(
    r"(?i)[ \t]+(?:are|were|is|was)[ \t]+(?:(?:the|all|both|our|a|an)[ \t]+)?"
    # round 16: the words between name a kind, they say nothing of where people are ("staying in the camp")
    r"(?:(?!(?:in|at|on|to|from|near|by|with|for|of|into|inside|outside|the|a|an|staying|living|held|kept"
    r"|detained|housed|working|located|based)\b)[\w/-]+[ \t]+){0,3}"
    r"(?:cutters?|icebreakers?|vessels?|ships?|boats?|tugs?|ferries|ferry|counties|county|cities|city|airports?"
    r"|storms?|hurricanes?|typhoons?|brands?|products?"
    # round 16: places ("Sawa and Wia are detention/training sites", "… are refugee camps")
    r"|sites?|camps?|towns?|villages?|prisons?|settlements?)(?=[ \t]*(?:[.,;:!?)]|$|and\b|or\b|in\b|mentioned\b))"
)


# Round 24. A one-word name that the text writes elsewhere after a storm's word or a vessel's prefix: the storm or
# the vessel again ("Hurricane Ian (2022) … why Ian's contents claims were so high", "USCGC Stone … Stone's
# homeport"). Only a lone word: a full name ("Ian Walker") is a person's wherever a storm shares its first word.
_LONE_WORD = re.compile(r"[A-Z][a-z\u00c0-\u024f]+(?:-[A-Z][a-z\u00c0-\u024f]+)?")


def thing_at(text: str, at: int) -> bool:
    """Whether a storm's word or a vessel's prefix comes right before ``text[at]``."""
    before = text[max(0, at - 24) : at]
    return _STORM_BEFORE.search(before) is not None or _VESSEL_BEFORE.search(before) is not None


def named_as_a_thing_elsewhere(text: str, start: int, end: int) -> bool:
    """Whether the one word at ``text[start:end]`` (a possessive after it allowed) is, elsewhere in the text, a
    storm's or a vessel's name by the words before it there."""
    word = _POSSESSIVE.sub("", text[start:end].strip(".,:;'\"()!?\u2018\u2019\u201c\u201d"))
    if _LONE_WORD.fullmatch(word) is None:
        return False
    at = text.find(word)
    while at >= 0:
        after = at + len(word)
        if (
            at != start
            and not text[at - 1 : at].isalnum()
            and not text[after : after + 1].isalnum()
            and thing_at(text, at)
        ):
            return True
        at = text.find(word, after)
    return False


_VESSEL_NAME_AFTER = re.compile(r"[A-Z][\w'-]*(?:[ \t]+[A-Z][\w'-]*){0,2}")


def vessel_names(text: str) -> frozenset[str]:
    """Round 24. The last words of the names the text gives after a vessel's prefix ("USCGC Bertholf", "the cutter
    Stone", "USS The Sullivans"): what a ship's namesake shares with the ship."""
    out = set()
    for m in _VESSEL_LEAD.finditer(text):
        name = _VESSEL_NAME_AFTER.match(text, m.end())
        if name is not None:
            out.add(name.group().split()[-1])
    return frozenset(out)


# the prefixes in the case a ship's name is written with (cheap: a literal word, no run over the whole text)
_VESSEL_LEAD = re.compile(
    r"\b(?:USCGC|CGC|USS|USNS|HMS|HMCS|NOAAS|USRC|RMS|SS|M/V|MV|(?:the[ \t]+)?(?:[Cc]utter|[Ss]hip|[Vv]essel))[ \t]+"
    r"(?=[A-Z])"
)


# Round 24. Boats' names in quotes, in a list of boats: a safety check's results, a marina's slips, a regatta's
# entries ('"Reel Therapy" (PASS), "Miss Dorothy" (FAIL - nav lights)'). A boat's name is often a person's
# ("Miss Dorothy", "Mary Ellen II"); what names a boat is the text's talk of boats and two or more quoted names.
_BOAT_TALK = re.compile(
    r"(?i)\b(?:boats?|vessels?|decals?|vscs?|vessel[ \t]+safety[ \t]+checks?|flotillas?|marinas?|regattas?|hulls?"
    r"|sailboats?|yachts?|skiffs?|pontoons?|trawlers?|moorings?|boat[ \t]+slips?|launch[ \t]+ramps?)\b"
)
_QUOTED_SHORT = re.compile(r"[\"\u201c]([^\"\u201c\u201d\n]{1,40})[\"\u201d]")
_QUOTE_OPEN_BEFORE = re.compile(r"[\"\u201c](?:[^\"\u201c\u201d\n \t]+[ \t]+){0,3}$")
_QUOTE_CLOSE_AFTER = re.compile(r"(?:[ \t]+[^\"\u201c\u201d\n \t]+){0,3}[\"\u201d]")


def a_quoted_boat(text: str, start: int, end: int) -> bool:
    """Whether the name at ``text[start:end]`` is inside a short quoted name, one of two or more, in a text about
    boats."""
    if (
        _QUOTE_OPEN_BEFORE.search(text, max(0, start - 40), start) is None
        or (text[end - 1 : end] not in ('"', "\u201d") and _QUOTE_CLOSE_AFTER.match(text, end) is None)
        or not anywhere(_BOAT_TALK, text)
    ):
        return False
    return any(n >= 1 for n, _ in enumerate(_QUOTED_SHORT.finditer(text)))
