#!/usr/bin/env python3
"""Build Fixtures/eval/eval.jsonl from the hand-written item lists in this folder.

Each src module defines LANG ("en", "zh-Hans", "zh-Hant") and ITEMS, a list of
(kind, category, severity, flags, channel, subject, body) tuples where kind is
c/s/i and flags is a string of e (escalated), m (major), w (withdrawal).
Order is shuffled with a fixed seed so categories are not grouped; ids are
en-NNN (English), zh-NNN (Simplified) and zht-NNN (Traditional); "language" is "en" or "zh".
"""
import importlib.util, json, os, random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "eval.jsonl")
KINDS = {"c": "complaint", "s": "suggestion", "i": "inquiry"}
FLAGS = {"e": "escalated", "m": "major", "w": "withdrawal"}
MODULES = ["en_a", "en_b", "en_c", "en_d", "en_e", "en_f", "zh_a", "zh_b", "zh_c", "zh_d", "zh_e", "zht_a", "zht_b"]


def load(name):
    path = os.path.join(HERE, name + ".py")
    if not os.path.exists(path):
        return None
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def main():
    groups = {"en": [], "zh-Hans": [], "zh-Hant": []}
    for name in MODULES:
        mod = load(name)
        if mod is None:
            continue
        for t in mod.ITEMS:
            assert len(t) == 7, (name, t[:6])
            groups[mod.LANG].append(t)
    rng = random.Random(20261122)
    prefix = {"en": "en", "zh-Hans": "zh", "zh-Hant": "zht"}
    rows = []
    for lang, items in groups.items():
        items = list(items)
        rng.shuffle(items)
        for n, (k, cat, sev, fl, ch, subj, body) in enumerate(items, 1):
            rows.append({
                "id": "%s-%03d" % (prefix[lang], n),
                "language": "en" if lang == "en" else "zh",
                "channel": ch,
                "subject": subj,
                "body": body.strip("\n"),
                "kind": KINDS[k],
                "category": cat,
                "severity": sev,
                "flags": [FLAGS[f] for f in "emw" if f in fl],
                "source": "eval",
            })
    rng.shuffle(rows)
    with open(OUT, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote", len(rows), "rows to", OUT)


if __name__ == "__main__":
    main()
