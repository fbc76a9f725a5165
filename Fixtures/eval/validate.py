#!/usr/bin/env python3
"""Validate Fixtures/eval/eval.jsonl and print counts.  Usage: python3 Fixtures/eval/validate.py [file]"""
import collections, json, os, re, sys

PATH = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "eval.jsonl")
KEYS = {"id", "language", "channel", "subject", "body", "kind", "category", "severity", "flags", "source"}
LANGS = {"en", "zh"}
CHANNELS = {"email", "web_form", "phone", "regulator", "consumer_association", "media", "parent_company"}
KINDS = {"complaint", "suggestion", "inquiry"}
CATS = {"service_attitude", "billing", "network", "hardware", "software", "account_access",
        "security_privacy", "installation_repair", "timeliness", "product_policy", "other"}
FLAGS = {"escalated", "major", "withdrawal"}
TRANSFER = {"regulator", "consumer_association", "media", "parent_company"}

errors = []
rows = []
with open(PATH, "rb") as f:
    for n, raw in enumerate(f, 1):
        try:
            r = json.loads(raw.decode("utf-8"))
        except Exception as e:  # noqa
            errors.append("line %d: does not parse: %s" % (n, e)); continue
        if not isinstance(r, dict) or set(r) != KEYS:
            errors.append("line %d: keys %s" % (n, sorted(r) if isinstance(r, dict) else type(r))); continue
        chk = [
            (r["language"] in LANGS, "language"), (r["channel"] in CHANNELS, "channel"),
            (r["kind"] in KINDS, "kind"), (r["category"] in CATS, "category"),
            (r["severity"] in (1, 2, 3) and type(r["severity"]) is int, "severity"),
            (isinstance(r["flags"], list) and set(r["flags"]) <= FLAGS and len(set(r["flags"])) == len(r["flags"]), "flags"),
            (r["source"] == "eval", "source"), (isinstance(r["subject"], str), "subject"),
            (isinstance(r["body"], str) and r["body"].strip() != "", "body"),
            (isinstance(r["id"], str) and r["id"] != "", "id"),
            (r["channel"] not in TRANSFER or "escalated" in r["flags"], "transfer channel must be escalated"),
            (r["kind"] == "complaint" or "withdrawal" not in r["flags"], "withdrawal on non-complaint"),
        ]
        for ok, what in chk:
            if not ok:
                errors.append("line %d (%s): bad %s" % (n, r.get("id"), what))
        zh = bool(re.search(r"[\u4e00-\u9fff]", r["body"]))
        if (r["language"] == "zh") != zh:
            errors.append("line %d (%s): language/script mismatch" % (n, r["id"]))
        rows.append(r)

ids = collections.Counter(r["id"] for r in rows)
errors += ["duplicate id %s" % i for i, c in ids.items() if c > 1]
bodies = collections.Counter(r["body"] for r in rows)
errors += ["duplicate body in %d rows" % c for b, c in bodies.items() if c > 1]

N = len(rows)
def table(title, counter, order=None):
    print("\n%s" % title)
    for k in (order or sorted(counter)):
        print("  %-22s %4d  %5.1f%%" % (k, counter[k], 100.0 * counter[k] / max(N, 1)))

print("file: %s\nrows: %d" % (PATH, N))
script = collections.Counter(
    "en" if r["language"] == "en" else ("zh (Traditional)" if r["id"].startswith("zht-") else "zh (Simplified)")
    for r in rows)
table("language / script", script)
table("kind", collections.Counter(r["kind"] for r in rows))
table("category", collections.Counter(r["category"] for r in rows), sorted(CATS))
table("severity", collections.Counter(r["severity"] for r in rows), [1, 2, 3])
table("channel", collections.Counter(r["channel"] for r in rows), sorted(CHANNELS))
table("flags", collections.Counter(f for r in rows for f in r["flags"]), sorted(FLAGS))
print("  %-22s %4d" % ("(no flag)", sum(1 for r in rows if not r["flags"])))
cats = collections.Counter(r["category"] for r in rows)
if N < 420: errors.append("fewer than 420 rows")
errors += ["category %s has %d < 25" % (c, cats[c]) for c in CATS if cats[c] < 25]
print("\nerrors: %d" % len(errors))
for e in errors[:50]:
    print("  " + e)
sys.exit(1 if errors else 0)
