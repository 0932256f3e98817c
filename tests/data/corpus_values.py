"""Value generators for the detection corpus: realistic, valid-by-format identifiers, names, addresses and secrets.

Every value is synthetic. Numbers are drawn in their valid ranges (SSA areas, routing checksums, Luhn), so a
detector that checks validity is measured on values that pass; the hard negatives draw the invalid ones.
"""

from __future__ import annotations

import base64
import json
import random
import string

FIRST_NAMES = [
    "Maria",
    "Jose",
    "Luis",
    "Carmen",
    "Alejandro",
    "Sofia",
    "Diego",
    "Valentina",
    "Miguel",
    "Guadalupe",
    "Juan",
    "Rosa",
    "Carlos",
    "Ana",
    "Javier",
    "Lucia",
    "James",
    "Mary",
    "Robert",
    "Patricia",
    "John",
    "Jennifer",
    "Michael",
    "Linda",
    "David",
    "Elizabeth",
    "William",
    "Barbara",
    "Richard",
    "Susan",
    "Joseph",
    "Jessica",
    "Thomas",
    "Sarah",
    "Christopher",
    "Karen",
    "Daniel",
    "Nancy",
    "Matthew",
    "Lisa",
    "Anthony",
    "Betty",
    "Mark",
    "Sandra",
    "Steven",
    "Ashley",
    "Andrew",
    "Emily",
    "Joshua",
    "Michelle",
    "Kevin",
    "Amanda",
    "Brian",
    "Melissa",
    "Ryan",
    "Stephanie",
    "Jacob",
    "Rebecca",
    "Nicholas",
    "Laura",
    "Wei",
    "Mei",
    "Jun",
    "Ling",
    "Hao",
    "Xiu",
    "Tran",
    "Linh",
    "Minh",
    "Thanh",
    "Huong",
    "Duc",
    "Priya",
    "Rahul",
    "Anjali",
    "Vikram",
    "Deepa",
    "Arjun",
    "Sanjay",
    "Kavita",
    "Mohammed",
    "Fatima",
    "Ahmed",
    "Aisha",
    "Omar",
    "Layla",
    "Yusuf",
    "Mariam",
    "Hassan",
    "Noor",
    "Kwame",
    "Amara",
    "Chinedu",
    "Ngozi",
    "Oluwaseun",
    "Abebe",
    "Tigist",
    "Olga",
    "Dmitri",
    "Natalia",
    "Ivan",
    "Katarzyna",
    "Piotr",
    "Giulia",
    "Marco",
    "Pierre",
    "Amelie",
    "Lars",
    "Ingrid",
    "Sean",
    "Siobhan",
    "Hiroshi",
    "Yuki",
    "Kenji",
    "Min-jun",
    "Seo-yeon",
    "Ji-ho",
    "Ramon",
    "Esperanza",
    "Dolores",
    "Tomasz",
    "Agnieszka",
    "Nadia",
    "Samir",
    "Leila",
    "Farid",
    "Chidi",
]
LAST_NAMES = [
    "Garcia",
    "Rodriguez",
    "Martinez",
    "Hernandez",
    "Lopez",
    "Gonzalez",
    "Perez",
    "Sanchez",
    "Ramirez",
    "Torres",
    "Flores",
    "Rivera",
    "Gomez",
    "Diaz",
    "Smith",
    "Johnson",
    "Williams",
    "Brown",
    "Jones",
    "Miller",
    "Davis",
    "Wilson",
    "Anderson",
    "Taylor",
    "Thomas",
    "Moore",
    "Jackson",
    "Martin",
    "Lee",
    "Thompson",
    "White",
    "Harris",
    "Clark",
    "Lewis",
    "Robinson",
    "Walker",
    "Young",
    "Allen",
    "King",
    "Wright",
    "Scott",
    "Green",
    "Baker",
    "Adams",
    "Nelson",
    "Nguyen",
    "Tran",
    "Pham",
    "Le",
    "Hoang",
    "Vo",
    "Dang",
    "Bui",
    "Wang",
    "Li",
    "Zhang",
    "Liu",
    "Chen",
    "Yang",
    "Huang",
    "Zhao",
    "Wu",
    "Zhou",
    "Patel",
    "Sharma",
    "Singh",
    "Gupta",
    "Reddy",
    "Iyer",
    "Kumar",
    "Khan",
    "Hussein",
    "Rahman",
    "Haddad",
    "Nasser",
    "Abdullah",
    "Okafor",
    "Mensah",
    "Adeyemi",
    "Okonkwo",
    "Tesfaye",
    "Kowalski",
    "Nowak",
    "Ivanova",
    "Petrov",
    "Sokolov",
    "Rossi",
    "Bianchi",
    "Dubois",
    "Lefebvre",
    "Johansson",
    "Larsen",
    "Murphy",
    "O'Brien",
    "Kelly",
    "Tanaka",
    "Suzuki",
    "Watanabe",
    "Kim",
    "Park",
    "Choi",
    "Jung",
    "Castillo",
    "Morales",
    "Ortiz",
    "Gutierrez",
    "Ruiz",
    "Alvarez",
    "Mendoza",
    "Whitfield",
    "Okoro",
    "Delgado",
    "Fitzgerald",
    "McAllister",
    "Villanueva",
    "Abernathy",
]
STREETS = [
    "Main",
    "Oak",
    "Maple",
    "Cedar",
    "Pine",
    "Elm",
    "Washington",
    "Lincoln",
    "Jefferson",
    "Madison",
    "Park",
    "Lake",
    "Hill",
    "Sunset",
    "Ridge",
    "Highland",
    "Pennsylvania",
    "Massachusetts",
    "Georgia",
    "Wisconsin",
    "Connecticut",
    "Spring",
    "Willow",
    "Chestnut",
    "Walnut",
    "Franklin",
    "Jackson",
    "Cherry",
    "Magnolia",
    "Dogwood",
    "Meadow",
    "River",
    "Forest",
    "Valley",
    "Liberty",
    "Independence",
    "Harbor",
    "Bay",
    "Mill",
    "Church",
    "Market",
]
SUFFIXES = [
    "Street",
    "St",
    "Avenue",
    "Ave",
    "Road",
    "Rd",
    "Boulevard",
    "Blvd",
    "Lane",
    "Ln",
    "Drive",
    "Dr",
    "Court",
    "Ct",
    "Way",
    "Place",
    "Pl",
    "Terrace",
    "Parkway",
    "Pkwy",
    "Circle",
]
CITIES = (
    ("Washington", "DC", "20"),
    ("Arlington", "VA", "22"),
    ("Alexandria", "VA", "22"),
    ("Silver Spring", "MD", "20"),
    ("Baltimore", "MD", "21"),
    ("El Paso", "TX", "79"),
    ("Houston", "TX", "77"),
    ("San Diego", "CA", "92"),
    ("Los Angeles", "CA", "90"),
    ("Miami", "FL", "33"),
    ("Orlando", "FL", "32"),
    ("Chicago", "IL", "60"),
    ("Newark", "NJ", "07"),
    ("Brooklyn", "NY", "11"),
    ("Seattle", "WA", "98"),
    ("Phoenix", "AZ", "85"),
    ("Tucson", "AZ", "85"),
    ("Laredo", "TX", "78"),
    ("Boston", "MA", "02"),
    ("Atlanta", "GA", "30"),
    ("Denver", "CO", "80"),
    ("Minneapolis", "MN", "55"),
)
AREA_CODES = (202, 703, 571, 301, 240, 410, 212, 646, 718, 415, 510, 213, 310, 305, 786, 713, 832, 915, 619, 312)
EMAIL_DOMAINS = (
    "dhs.gov",
    "uscis.dhs.gov",
    "cbp.dhs.gov",
    "ice.dhs.gov",
    "gmail.com",
    "yahoo.com",
    "outlook.com",
    "example.org",
    "lawfirm-example.com",
    "agency.gov",
    "mail.com",
    "protonmail.com",
)
RECEIPT_CENTRES = ("EAC", "WAC", "LIN", "SRC", "NBC", "MSC", "IOE", "YSC")


def first(rng: random.Random) -> str:
    return rng.choice(FIRST_NAMES)


def last(rng: random.Random) -> str:
    return rng.choice(LAST_NAMES)


def person(rng: random.Random) -> str:
    form = rng.random()
    if form < 0.7:
        return f"{first(rng)} {last(rng)}"
    if form < 0.85:
        return f"{first(rng)} {rng.choice(string.ascii_uppercase)}. {last(rng)}"
    return f"{first(rng)} {last(rng)}-{last(rng)}" if form < 0.93 else f"{first(rng)} {first(rng)} {last(rng)}"


def email(rng: random.Random, name: str | None = None) -> str:
    parts = (name or f"{first(rng)} {last(rng)}").lower().replace("'", "").replace(".", "").split()
    local = rng.choice([".".join(parts), parts[0][0] + parts[-1], parts[0] + "_" + parts[-1] + str(rng.randint(1, 99))])
    return f"{local}@{rng.choice(EMAIL_DOMAINS)}"


def phone(rng: random.Random) -> str:
    area, exchange, line = rng.choice(AREA_CODES), rng.randint(201, 989), rng.randint(0, 9999)
    if exchange == 555:
        exchange = 556
    form = rng.randrange(5)
    return [
        f"({area}) {exchange}-{line:04d}",
        f"{area}-{exchange}-{line:04d}",
        f"{area}.{exchange}.{line:04d}",
        f"+1 {area} {exchange} {line:04d}",
        f"1-{area}-{exchange}-{line:04d}",
    ][form]


def ssn_digits(rng: random.Random) -> str:
    while True:
        area = rng.randint(1, 899)
        if area != 666:
            break
    return f"{area:03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"


def ssn(rng: random.Random, sep: str | None = None) -> str:
    d = ssn_digits(rng)
    sep = rng.choice(["-", "-", "-", " "]) if sep is None else sep
    return f"{d[:3]}{sep}{d[3:5]}{sep}{d[5:]}"


def invalid_ssn(rng: random.Random) -> str:
    """Nine digits the SSA never issues: area 000/666/9xx, group 00 or serial 0000."""
    d = list(ssn_digits(rng))
    kind = rng.randrange(5)
    if kind == 0:
        d[:3] = "000"
    elif kind == 1:
        d[:3] = "666"
    elif kind == 2:
        d[:3] = str(rng.randint(900, 999))
    elif kind == 3:
        d[3:5] = "00"
    else:
        d[5:] = "0000"
    s = "".join(d)
    return f"{s[:3]}-{s[3:5]}-{s[5:]}"


def a_number(rng: random.Random) -> str:
    digits = f"{rng.randint(0, 2)}{rng.randint(0, 99_999_999):08d}"
    form = rng.randrange(4)
    if form == 0:
        return f"A{digits}"
    if form == 1:
        return f"A-{digits[:3]}-{digits[3:6]}-{digits[6:]}"
    if form == 2:
        return f"A{digits[1:]}" if digits[0] == "0" else f"A{digits}"
    return f"A {digits[:3]} {digits[3:6]} {digits[6:]}"


def receipt(rng: random.Random) -> str:
    return f"{rng.choice(RECEIPT_CENTRES)}{rng.randint(15, 25)}{rng.randint(1, 365):03d}{rng.randint(10000, 99999)}"


def i94(rng: random.Random) -> str:
    if rng.random() < 0.6:
        return f"{rng.randint(100_000_000, 999_999_999)}{rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}{rng.randint(0, 9)}"
    return f"{rng.randint(10_000_000_000, 99_999_999_999)}"


def sevis(rng: random.Random) -> str:
    return f"N00{rng.randint(10_000_000, 99_999_999)}"


def ktn(rng: random.Random) -> str:
    return rng.choice(
        [
            f"TT{rng.randint(1_000_000, 9_999_999)}",
            f"98{rng.randint(1_000_000, 9_999_999)}",
            f"15{rng.randint(1_000_000, 9_999_999)}",
            f"TE{rng.randint(1_000_000, 9_999_999)}",
        ]
    )


def passport(rng: random.Random) -> str:
    if rng.random() < 0.5:
        return f"{rng.choice('ACEFHKLMNPRSTXZ')}{rng.randint(10_000_000, 99_999_999)}"
    return f"{rng.randint(100_000_000, 999_999_999)}"


def routing(rng: random.Random) -> str:
    prefixes = [*range(1, 13), *range(21, 33), *range(61, 73)]
    while True:
        body = f"{rng.choice(prefixes):02d}{rng.randint(0, 999_999):06d}"
        for check in range(10):
            digits = body + str(check)
            if sum(int(d) * w for d, w in zip(digits, (3, 7, 1) * 3, strict=True)) % 10 == 0:
                return digits


def bank_account(rng: random.Random) -> str:
    return str(rng.randint(10 ** (rng.randint(7, 13)), 10**14 - 1))


def edipi(rng: random.Random) -> str:
    return str(rng.randint(1_000_000_000, 1_999_999_999))


def luhn_complete(body: str) -> str:
    total = 0
    for i, d in enumerate(reversed(body)):
        n = int(d)
        if i % 2 == 0:
            n *= 2
            n -= 9 if n > 9 else 0
        total += n
    return body + str((10 - total % 10) % 10)


def credit_card(rng: random.Random) -> str:
    kind = rng.randrange(3)
    if kind == 0:
        n = luhn_complete("4" + "".join(rng.choice(string.digits) for _ in range(14)))
    elif kind == 1:
        n = luhn_complete(str(rng.randint(51, 55)) + "".join(rng.choice(string.digits) for _ in range(13)))
    else:
        n = luhn_complete(rng.choice(["34", "37"]) + "".join(rng.choice(string.digits) for _ in range(12)))
        return rng.choice([n, f"{n[:4]} {n[4:10]} {n[10:]}"])
    return rng.choice([n, f"{n[:4]} {n[4:8]} {n[8:12]} {n[12:]}", f"{n[:4]}-{n[4:8]}-{n[8:12]}-{n[12:]}"])


def itin(rng: random.Random) -> str:
    return (
        f"9{rng.randint(0, 99):02d}-{rng.choice([70, 72, 75, 78, 80, 83, 88, 90, 94, 99])}-{rng.randint(0, 9999):04d}"
    )


def driver_license(rng: random.Random) -> str:
    return rng.choice(
        [
            f"{rng.choice(string.ascii_uppercase)}{rng.randint(1_000_000, 9_999_999)}",
            f"{rng.choice(string.ascii_uppercase)}{rng.randint(100_000_000_000, 999_999_999_999)}",
        ]
    )


def street_address(rng: random.Random, *, city: bool | None = None, unit: bool | None = None) -> str:
    street = f"{rng.randint(1, 9999)} {rng.choice(['', '', '', 'N ', 'S ', 'E ', 'W '])}{rng.choice(STREETS)} "
    street += rng.choice(SUFFIXES)
    if rng.random() < 0.15:
        street += rng.choice([" NW", " NE", " SE", " SW"])
    if unit if unit is not None else rng.random() < 0.3:
        street += (
            rng.choice([", Apt ", " Apt ", ", Suite ", " Unit ", " #"])
            + str(rng.randint(1, 40))
            + rng.choice(["", "", "B", "C"])
        )
    if city if city is not None else rng.random() < 0.6:
        name, state, zip_prefix = rng.choice(CITIES)
        street += f", {name}, {state} {zip_prefix}{rng.randint(100, 999)}"
        if rng.random() < 0.2:
            street += f"-{rng.randint(1000, 9999)}"
    return street


MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def birth_date(rng: random.Random) -> str:
    y, m, d = rng.randint(1940, 2008), rng.randint(1, 12), rng.randint(1, 28)
    return rng.choice(
        [
            f"{m:02d}/{d:02d}/{y}",
            f"{m}/{d}/{y}",
            f"{y}-{m:02d}-{d:02d}",
            f"{MONTHS[m - 1]} {d}, {y}",
            f"{d} {MONTHS[m - 1][:3]} {y}",
        ]
    )


# ---- markings ----
CONTROL_SYSTEMS = ("SI", "TK", "HCS", "SI/TK", "SI-G", "HCS-P")
DISSEM = ("NOFORN", "ORCON", "RELIDO", "IMCON", "PROPIN", "REL TO USA, FVEY", "REL TO USA, GBR", "NOFORN/ORCON")
CUI_CATEGORIES = (
    "SP-PRVCY",
    "PRVCY",
    "LEI",
    "INV",
    "LSCRN",
    "CHRI",
    "SP-SSI",
    "SP-PCII",
    "SP-CVI",
    "ASYL",
    "PROT",
    "VISA",
    "SP-TAX",
    "PROPIN",
    "SP-PRVCY/LEI",
)
CUI_LDC = ("NOFORN", "FED ONLY", "FEDCON", "NOCON", "DL ONLY", "REL TO USA, CAN", "DISPLAY ONLY")


def classification_banner(rng: random.Random) -> str:
    level = rng.choice(["TOP SECRET", "SECRET", "SECRET", "CONFIDENTIAL"])
    parts = [level]
    if level == "TOP SECRET" and rng.random() < 0.7:
        parts.append(rng.choice((*CONTROL_SYSTEMS, "SCI")))
    parts.append(rng.choice(DISSEM))
    return "//".join(parts)


def portion_mark(rng: random.Random) -> str:
    level = rng.choice(["TS", "S", "S", "C"])
    if rng.random() < 0.5:
        return f"({level})"
    extra = [rng.choice(["SI", "TK", "HCS"])] if level == "TS" and rng.random() < 0.6 else []
    return "(" + "//".join([level, *extra, rng.choice(["NF", "NOFORN", "OC", "REL TO USA, FVEY"])]) + ")"


def cui_banner(rng: random.Random) -> str:
    form = rng.randrange(4)
    if form == 0:
        return rng.choice(["CUI", "CONTROLLED"])
    cat = rng.choice(CUI_CATEGORIES)
    if form == 1:
        return f"CUI//{cat}"
    if form == 2:
        return f"CUI//{cat}//{rng.choice(CUI_LDC)}"
    return f"CUI//{rng.choice(CUI_LDC)}"


def legacy_marking(rng: random.Random) -> str:
    return rng.choice(
        [
            "FOR OFFICIAL USE ONLY",
            "(U//FOUO)",
            "UNCLASSIFIED//FOR OFFICIAL USE ONLY",
            "U//FOUO",
            "LAW ENFORCEMENT SENSITIVE",
            "(U//LES)",
            "SENSITIVE BUT UNCLASSIFIED",
            "(U//SBU)",
            "SENSITIVE SECURITY INFORMATION",
            "PROTECTED CRITICAL INFRASTRUCTURE INFORMATION",
            "(U//PCII)",
            "(CUI)",
            f"(CUI//{rng.choice(CUI_CATEGORIES)})",
        ]
    )


# ---- secrets ----
B32 = string.ascii_uppercase + "234567"
ALNUM = string.ascii_letters + string.digits
B64 = ALNUM + "+/"


def rand(rng: random.Random, alphabet: str, n: int) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def aws_access_key(rng: random.Random) -> str:
    return rng.choice(["AKIA", "AKIA", "ASIA"]) + rand(rng, B32, 16)


def aws_secret_key(rng: random.Random) -> str:
    while True:
        key = rand(rng, B64, 40)
        if any(c.isupper() for c in key) and any(c.islower() for c in key) and any(c.isdigit() for c in key):
            return key


def google_api_key(rng: random.Random) -> str:
    return "AIza" + rand(rng, ALNUM + "_-", 35)


def private_key(rng: random.Random) -> str:
    kind = rng.choice(["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY"])
    lines = [rand(rng, B64, 64) for _ in range(rng.randint(3, 8))] + [rand(rng, B64, rng.randint(8, 60)) + "=="]
    return f"-----BEGIN {kind}-----\n" + "\n".join(lines) + f"\n-----END {kind}-----"


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def jwt(rng: random.Random) -> str:
    header = _b64url(json.dumps({"alg": rng.choice(["HS256", "RS256"]), "typ": "JWT"}).encode())
    payload = _b64url(
        json.dumps(
            {"sub": str(rng.randint(1000, 99999)), "name": "user", "iat": rng.randint(1_600_000_000, 1_800_000_000)}
        ).encode()
    )
    return f"{header}.{payload}.{rand(rng, ALNUM + '_-', 43)}"


def github_token(rng: random.Random) -> str:
    if rng.random() < 0.8:
        return f"gh{rng.choice('pousr')}_{rand(rng, ALNUM, 36)}"
    return f"github_pat_{rand(rng, ALNUM, 22)}_{rand(rng, ALNUM, 59)}"


def gitlab_token(rng: random.Random) -> str:
    return f"{rng.choice(['glpat', 'glpat', 'gldt', 'glrt'])}-{rand(rng, ALNUM + '_-', 20)}"


def slack_token(rng: random.Random) -> str:
    if rng.random() < 0.8:
        return (
            f"xox{rng.choice('bpa')}-{rng.randint(10**10, 10**12)}-{rng.randint(10**10, 10**12)}-{rand(rng, ALNUM, 24)}"
        )
    return f"https://hooks.slack.com/services/T{rand(rng, B32, 8)}/B{rand(rng, B32, 8)}/{rand(rng, ALNUM, 24)}"


def password(rng: random.Random) -> str:
    words = ["Summer", "Winter", "Tiger", "Falcon", "Harbor", "Maple", "Orbit", "Copper", "Delta", "Quartz"]
    return rng.choice(
        [
            f"{rng.choice(words)}{rng.randint(10, 2029)}{rng.choice('!@#$%&*')}",
            rand(rng, ALNUM + "!@#$%^&*", rng.randint(10, 20)),
            f"{rng.choice(words).lower()}-{rng.choice(words).lower()}-{rng.randint(10, 99)}",
        ]
    )


def connection_string(rng: random.Random) -> str:
    user = rng.choice(["admin", "app", "svc_reports", "postgres", "root", "etl"])
    pw = rand(rng, ALNUM + "!#%^*", rng.randint(10, 18))
    host = rng.choice(["db.internal", "10.20.30.40", "prod-sql.agency.local", "mongo-0.cluster.local"])
    kind = rng.randrange(4)
    if kind == 0:
        return f"postgresql://{user}:{pw}@{host}:5432/cases"
    if kind == 1:
        return f"mysql://{user}:{pw}@{host}:3306/app"
    if kind == 2:
        return f"mongodb://{user}:{pw}@{host}:27017/admin"
    return f"Server={host};Database=Cases;User Id={user};Password={pw};"
