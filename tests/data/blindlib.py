"""Shared helpers for the blind evaluation generators.

Each record is written by hand as a text with inline marks [[TYPE:value]].
build() strips the marks, computes offsets, checks every span and some
validity rules, derives `expect`, and writes JSONL.
"""
import json, re, unicodedata, base64

TYPES = {"PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "STREET_ADDRESS", "DATE_OF_BIRTH",
         "US_SSN", "US_ITIN", "US_PASSPORT", "US_DRIVER_LICENSE", "CREDIT_CARD",
         "US_BANK_NUMBER", "ABA_ROUTING_NUMBER", "A_NUMBER", "USCIS_RECEIPT_NUMBER",
         "I94_NUMBER", "SEVIS_ID", "KNOWN_TRAVELER_NUMBER", "DOD_EDIPI", "IP_ADDRESS",
         "CLASSIFICATION_MARKING", "CUI_MARKING", "PASSWORD", "CLOUD_ACCESS_KEY",
         "CLOUD_SECRET_KEY", "GITHUB_TOKEN", "GITLAB_TOKEN", "SLACK_TOKEN", "JWT",
         "PRIVATE_KEY", "CONNECTION_STRING"}
BLOCK_TYPES = {"CLASSIFICATION_MARKING", "CUI_MARKING", "PASSWORD", "CLOUD_ACCESS_KEY",
               "CLOUD_SECRET_KEY", "GITHUB_TOKEN", "GITLAB_TOKEN", "SLACK_TOKEN", "JWT",
               "PRIVATE_KEY", "CONNECTION_STRING"}
MARK = re.compile(r"\[\[([A-Z_0-9]+):(.*?)\]\]", re.S)


def b64(s):
    return base64.b64encode(s.encode()).decode()


def strip(marked):
    out, ents, pos = [], [], 0
    plain_len = 0
    for m in MARK.finditer(marked):
        pre = marked[pos:m.start()]
        out.append(pre)
        plain_len += len(pre)
        typ, val = m.group(1), m.group(2)
        assert typ in TYPES, (typ, marked[:80])
        ents.append({"type": typ, "start": plain_len, "end": plain_len + len(val), "value": val})
        out.append(val)
        plain_len += len(val)
        pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)
    assert "[[" not in text or "[[" in marked.replace("[[", "", 0), text
    return text, ents


def digits(s):
    s = unicodedata.normalize("NFKC", s)
    return re.sub(r"\D", "", s)


def luhn(num):
    tot = 0
    for i, ch in enumerate(reversed(num)):
        x = int(ch)
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


def aba_ok(n):
    if len(n) != 9:
        return False
    w = [3, 7, 1, 3, 7, 1, 3, 7, 1]
    return sum(int(a) * b for a, b in zip(n, w)) % 10 == 0 and \
        (0 <= int(n[:2]) <= 12 or 21 <= int(n[:2]) <= 32 or 61 <= int(n[:2]) <= 72 or n[:2] == "80")


def check_values(e, rid, category):
    t, v = e["type"], e["value"]
    d = digits(v)
    if category == "evasion" and t in ("US_SSN", "CREDIT_CARD", "ABA_ROUTING_NUMBER") and not d:
        return  # spelled-out numbers
    if t == "US_SSN" and len(d) == 9:
        assert d[:3] not in ("000", "666") and d[3:5] != "00" and d[5:] != "0000", (rid, v)
    if t == "US_ITIN" and len(d) == 9:
        g = int(d[3:5])
        assert d[0] == "9" and (50 <= g <= 65 or 70 <= g <= 88 or 90 <= g <= 92 or 94 <= g <= 99), (rid, v)
    if t == "CREDIT_CARD" and len(d) >= 13:
        assert luhn(d), (rid, v)
    if t == "ABA_ROUTING_NUMBER" and len(d) == 9:
        assert aba_ok(d), (rid, v)
    if t == "A_NUMBER" and category != "evasion":
        assert re.fullmatch(r"A-?\s?\d{3}-?\s?\d{3}-?\s?\d{2,3}|A\d{8,9}", v), (rid, v)
    if t == "USCIS_RECEIPT_NUMBER" and category != "evasion":
        assert re.fullmatch(r"(IOE|EAC|WAC|LIN|SRC|MSC|NBC|YSC)[- ]?\d{2}[- ]?\d{3}[- ]?\d{5}|(IOE|EAC|WAC|LIN|SRC|MSC|NBC|YSC)\d{10}", v), (rid, v)
    if t == "GITHUB_TOKEN" and v.startswith("gh") and category != "evasion":
        assert re.fullmatch(r"gh[pousr]_[A-Za-z0-9]{36}", v), (rid, v)
    if t == "CLOUD_ACCESS_KEY" and category != "evasion":
        # Google API keys (AIza...) are CLOUD_ACCESS_KEY too (LABELLING.md); sets q, s and t label some
        assert re.fullmatch(r"(AKIA|ASIA)[A-Z0-9]{16}|AIza[0-9A-Za-z_-]{35}", v), (rid, v)


def build(records, prefix, path):
    out = []
    seen = set()
    for i, rec in enumerate(records, 1):
        cat, tag, origin, marked = rec
        assert cat in ("positive", "evasion", "hard_negative"), rec
        rid = f"{prefix}-{i:04d}"
        text, ents = strip(marked)
        assert text.strip() == text.strip() and text, rid
        for e in ents:
            assert text[e["start"]:e["end"]] == e["value"], (rid, e)
            assert e["value"] == e["value"].strip() or e["type"] == "PRIVATE_KEY", (rid, e)
            check_values(e, rid, cat)
        types = {e["type"] for e in ents}
        if cat == "hard_negative":
            assert not ents, (rid, ents)
            expect = "allow"
        else:
            assert ents, rid
            expect = "block" if types & BLOCK_TYPES else "redact"
        if "PERSON" in types:
            assert origin, (rid, "origin missing")
        else:
            origin = origin or None
        assert text not in seen, rid
        seen.add(text)
        out.append({"id": rid, "category": cat, "tag": tag, "origin": origin, "expect": expect,
                    "text": text,
                    "entities": [{"type": e["type"], "start": e["start"], "end": e["end"]} for e in ents],
                    "_values": [e["value"] for e in ents]})
    with open(path, "w", encoding="utf-8") as f:
        for r in out:
            r2 = {k: v for k, v in r.items() if k != "_values"}
            f.write(json.dumps(r2, ensure_ascii=False) + "\n")
    return out


def summary(out):
    from collections import Counter
    c = Counter(r["category"] for r in out)
    t = Counter((r["category"], r["tag"]) for r in out)
    e = Counter(x["type"] for r in out for x in r["entities"])
    x = Counter(r["expect"] for r in out)
    return c, t, e, x


def jwt(payload_json, sig="q7Xb2Lr9TnVw0pZk3YcFh8sJd4GmUe1aRo6tKiWlBvN"):
    h = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
    p = base64.urlsafe_b64encode(payload_json.encode()).decode().rstrip("=")
    return f"{h}.{p}.{sig}"


def build_set(here, letter, date):
    """Assemble blind set ``letter`` from ``here``/parts/<letter>NN_*.py into tests/data/blind_<letter>_<date>.jsonl
    (deterministic: fixed file order, no randomness) and print its counts. Sets u to z call it from build.py."""
    import glob
    import importlib.util
    import os

    records = []
    for path in sorted(glob.glob(os.path.join(here, "parts", f"{letter}[0-9][0-9]_*.py"))):
        spec = importlib.util.spec_from_file_location(os.path.basename(path)[:-3], path)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        records.extend(mod.RECORDS)
    out_path = os.path.join(os.path.dirname(here), f"blind_{letter}_{date}.jsonl")
    out = build(records, f"blind-{letter}", out_path)
    c, t, e, x = summary(out)
    print(f"wrote {len(out)} records to {out_path}")
    print("categories:", dict(c))
    print("expect:", dict(x))
    return out
