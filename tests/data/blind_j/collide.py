#!/usr/bin/env python3
"""Print only THIS set's entity values that also occur as entity values in the other corpora.

Loads from the other tests/data/*.jsonl files nothing but text[start:end] of their entities
(into a set in memory); never prints their texts or values.
"""
import glob, json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.dirname(HERE)
MINE = os.path.join(DATA, "blind_j_2026-12-04.jsonl")
PERSONAL = {"PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "STREET_ADDRESS", "DATE_OF_BIRTH",
            "US_SSN", "US_ITIN", "US_PASSPORT", "US_DRIVER_LICENSE", "CREDIT_CARD", "US_BANK_NUMBER",
            "ABA_ROUTING_NUMBER", "A_NUMBER", "USCIS_RECEIPT_NUMBER", "I94_NUMBER", "SEVIS_ID",
            "KNOWN_TRAVELER_NUMBER", "DOD_EDIPI", "PASSWORD", "CLOUD_ACCESS_KEY", "CLOUD_SECRET_KEY",
            "GITHUB_TOKEN", "GITLAB_TOKEN", "SLACK_TOKEN", "JWT", "PRIVATE_KEY", "CONNECTION_STRING"}
other = set()
for p in sorted(glob.glob(os.path.join(DATA, "*.jsonl"))):
    if os.path.abspath(p) == os.path.abspath(MINE):
        continue
    with open(p, encoding="utf-8") as f:
        for line in f:
            try:
                r = json.loads(line)
            except ValueError:
                continue
            t = r.get("text", "")
            for e in r.get("entities", []):
                other.add(t[e["start"]:e["end"]].strip().lower())
hits = []
with open(MINE, encoding="utf-8") as f:
    for line in f:
        r = json.loads(line)
        for e in r["entities"]:
            v = r["text"][e["start"]:e["end"]]
            if v.strip().lower() in other:
                hits.append((r["id"], e["type"], v, e["type"] in PERSONAL))
bad = [h for h in hits if h[3]]
for rid, ty, v, personal in hits:
    print(("COLLIDE " if personal else "marking ") + f"{rid} {ty}: {v!r}")
print(f"collide: {len(bad)} personal/secret values shared with other corpora"
      f" ({len(hits) - len(bad)} standard marking strings shared, allowed)")
sys.exit(1 if bad else 0)
