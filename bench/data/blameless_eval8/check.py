"""Validation only: JSON shape, counts, draft strings. Runs no checker."""
import json, collections, os, sys
here = os.path.dirname(os.path.abspath(__file__))
BLAME = {"direct_name","role_blame","passive_agent","action_at_person","habit","lowercase_name",
         "hedged","judgement_words","sarcasm","non_native","split_line","idiom"}
CLEAN = {"metric_error","system_gap","first_person_account","reported_blame","negated_blame",
         "reframing","praise","neutral_name","systemic_action","neutral_incident"}
SOURCES = {"incident chat","postmortem draft","pre-prep answer","meeting talk","action item"}
rows = [json.loads(l) for l in open(os.path.join(here,"sentences.jsonl"),encoding="utf-8")]
ok = True
def bad(msg):
    global ok; ok = False; print("FAIL", msg)
for i, r in enumerate(rows, 1):
    if set(r) != {"id","text","label","kind","source","people"}: bad(f"fields {r.get('id')}")
    if r["id"] != f"h{i:03d}": bad(f"id order {r['id']}")
    if r["label"] not in ("blame","clean"): bad(f"label {r['id']}")
    if (r["kind"] in BLAME) != (r["label"] == "blame") or r["kind"] not in BLAME|CLEAN: bad(f"kind {r['id']}")
    if r["source"] not in SOURCES: bad(f"source {r['id']}")
    if not 3 <= len(r["people"]) <= 6: bad(f"people {r['id']}")
    if (r["kind"] == "split_line") != ("\n" in r["text"]): bad(f"newline {r['id']}")
texts = [r["text"] for r in rows]
if len(set(texts)) != len(texts): bad("duplicate texts")
lab = collections.Counter(r["label"] for r in rows)
kinds = collections.Counter(r["kind"] for r in rows)
if len(rows) < 320: bad("fewer than 320")
if any(kinds[k] < 12 for k in BLAME|CLEAN): bad("kind under 12")
print("sentences", len(rows), dict(lab), f"blame share {lab['blame']/len(rows):.1%}")
for k in sorted(BLAME): print(f"  blame  {k:22s}{kinds[k]}")
for k in sorted(CLEAN): print(f"  clean  {k:22s}{kinds[k]}")
for s in sorted(SOURCES):
    c = collections.Counter(r["label"] for r in rows if r["source"] == s)
    print(f"  source {s:18s} blame {c['blame']:3d} clean {c['clean']:3d} total {sum(c.values())}")
print("casts", len({tuple(r["people"]) for r in rows}))
drafts = json.load(open(os.path.join(here,"drafts.json"),encoding="utf-8"))
for name, d in drafts.items():
    text = open(os.path.join(here,name),encoding="utf-8").read()
    if d["label"] == "blame":
        bs = d["blaming_sentences"]
        if len(bs) != 6: bad(f"{name} not 6")
        for s in bs:
            if text.count(s) != 1: bad(f"{name} count {text.count(s)}: {s[:40]}")
        if sum("\n" in s for s in bs) != 1: bad(f"{name} newline sentences")
        cells = [s for s in bs if any(l.startswith("|") and s in l for l in text.splitlines())]
        if len(cells) != 1: bad(f"{name} table-cell sentences {len(cells)}")
    elif "blaming_sentences" in d: bad(f"{name} clean with list")
    print("draft", name, d["label"], len(text.split()), "whitespace-words")
print("OK" if ok else "NOT OK")
