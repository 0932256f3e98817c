#!/usr/bin/env python3
"""Independent checks of blind_j_2026-12-04.jsonl (does not use blindlib)."""
import collections, importlib.util, json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.dirname(HERE)
PATH = os.path.join(DATA, "blind_j_2026-12-04.jsonl")
ALLOWED = {"PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "STREET_ADDRESS", "DATE_OF_BIRTH",
           "US_SSN", "US_ITIN", "US_PASSPORT", "US_DRIVER_LICENSE", "CREDIT_CARD",
           "US_BANK_NUMBER", "ABA_ROUTING_NUMBER", "A_NUMBER", "USCIS_RECEIPT_NUMBER",
           "I94_NUMBER", "SEVIS_ID", "KNOWN_TRAVELER_NUMBER", "DOD_EDIPI",
           "CLASSIFICATION_MARKING", "CUI_MARKING", "PASSWORD", "CLOUD_ACCESS_KEY",
           "CLOUD_SECRET_KEY", "GITHUB_TOKEN", "GITLAB_TOKEN", "SLACK_TOKEN", "JWT",
           "PRIVATE_KEY", "CONNECTION_STRING"}  # IP_ADDRESS is never labelled (LABELLING.md)
BLOCK = {"CLASSIFICATION_MARKING", "CUI_MARKING", "PASSWORD", "CLOUD_ACCESS_KEY",
         "CLOUD_SECRET_KEY", "GITHUB_TOKEN", "GITLAB_TOKEN", "SLACK_TOKEN", "JWT",
         "PRIVATE_KEY", "CONNECTION_STRING"}
KEYS = ["id", "category", "tag", "origin", "expect", "text", "entities"]
MARK = re.compile(r"\[\[([A-Z_0-9]+):(.*?)\]\]", re.S)
errors = []


def err(msg):
    errors.append(msg)


def own_strip(marked):
    text, ents, last = "", [], 0
    for m in MARK.finditer(marked):
        text += marked[last:m.start()]
        ents.append((m.group(1), len(text), len(text) + len(m.group(2))))
        text += m.group(2)
        last = m.end()
    return text + marked[last:], ents


def parts_records():
    pdir = os.path.join(HERE, "parts")
    names = sorted((f for f in os.listdir(pdir) if re.fullmatch(r"p\d+\.py", f)), key=lambda f: int(f[1:-3]))
    out = []
    for f in names:
        spec = importlib.util.spec_from_file_location("v_" + f[:-3], os.path.join(pdir, f))
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        out.extend(mod.RECORDS)
    return out


recs = [json.loads(l) for l in open(PATH, encoding="utf-8")]
src = parts_records()
if len(src) != len(recs):
    err(f"parts have {len(src)} records, jsonl {len(recs)}")
texts = set()
type_records = collections.defaultdict(set)
type_spans = collections.Counter()
for i, r in enumerate(recs):
    rid = r.get("id")
    if list(r.keys()) != KEYS:
        err(f"{rid}: keys {list(r.keys())}")
    if rid != f"bj-{i + 1:04d}":
        err(f"{rid}: id out of sequence")
    if r["category"] not in ("positive", "evasion", "hard_negative"):
        err(f"{rid}: category")
    if not isinstance(r["tag"], str) or not r["tag"]:
        err(f"{rid}: tag")
    t = r["text"]
    if not t or "[[" in t and MARK.search(t):
        err(f"{rid}: empty text or leftover mark")
    if t in texts:
        err(f"{rid}: duplicate text")
    texts.add(t)
    ents = r["entities"]
    spans = []
    for e in ents:
        if set(e) != {"type", "start", "end"}:
            err(f"{rid}: entity keys")
            continue
        ty, s, en = e["type"], e["start"], e["end"]
        if ty not in ALLOWED:
            err(f"{rid}: type {ty} not allowed")
        if not (isinstance(s, int) and isinstance(en, int) and 0 <= s < en <= len(t)):
            err(f"{rid}: bad offsets {e}")
            continue
        v = t[s:en]
        if ty != "PRIVATE_KEY" and v != v.strip():
            err(f"{rid}: {ty} span has outer whitespace")
        ls = s + (len(v) - len(v.lstrip()))
        rs = en - (len(v) - len(v.rstrip()))
        spans.append((ls, rs, ty))
        type_records[ty].add(rid)
        type_spans[ty] += 1
    spans.sort()
    for a, b in zip(spans, spans[1:]):
        if b[0] < a[1]:
            err(f"{rid}: overlapping spans {a} {b}")
    types = {e["type"] for e in ents}
    if r["category"] == "hard_negative":
        if ents:
            err(f"{rid}: hard negative with entities")
        if r["expect"] != "allow":
            err(f"{rid}: hard negative expect {r['expect']}")
    else:
        if not ents:
            err(f"{rid}: {r['category']} without entities")
        want = "block" if types & BLOCK else "redact"
        if r["expect"] != want:
            err(f"{rid}: expect {r['expect']} != {want}")
    has_person = "PERSON" in types
    if has_person != bool(r["origin"]):
        err(f"{rid}: origin {r['origin']!r} but PERSON present={has_person}")
    if r["origin"] and not re.fullmatch(r"[a-z_]+(\+[a-z_]+)*", r["origin"]):
        err(f"{rid}: origin format {r['origin']!r}")
    if i < len(src):
        cat, tag, origin, marked = src[i]
        st, se = own_strip(marked)
        if st != t:
            err(f"{rid}: text differs from part source")
        if [(a, b, c) for a, b, c in se] != [(e["type"], e["start"], e["end"]) for e in ents]:
            err(f"{rid}: entities differ from part source")
for ty in sorted(ALLOWED):
    if len(type_records[ty]) < 3:
        err(f"type {ty}: only {len(type_records[ty])} records")
    if type_spans[ty] < 3:
        err(f"type {ty}: only {type_spans[ty]} spans")
n = len(recs)
cnt = collections.Counter(r["expect"] for r in recs)
print(f"{n} records; expect {dict(cnt)}; allow {cnt['allow'] / n:.1%} block {cnt['block'] / n:.1%} redact {cnt['redact'] / n:.1%}")
if cnt["allow"] / n < 0.30:
    err("fewer than 30% hard negatives")
for e in errors:
    print("ERROR", e)
print("verify:", "FAIL" if errors else "OK")
sys.exit(1 if errors else 0)
