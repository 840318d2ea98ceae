"""Parse the hand-written sentence source, shuffle with a fixed seed, write sentences.jsonl.
Only parses/validates/shuffles/counts; all texts are hand-written in sentences_src.txt."""
import json, random, re, sys, collections, unicodedata, pathlib
HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent / "sentences.jsonl"
CASTS = {
 "C1": ["Kai Nakamura", "Dana Whitfield", "Amara Nwosu", "Rafael Ocampo", "@grepgoblin"],
 "C2": ["Jürgen Albrecht", "Leonie Brandt", "Iris Lindqvist", "Tobias Kern", "@fuchs"],
 "C3": ["Aurélien Dufresne", "Mathilde Ngo", "Yannick Traoré", "Sol Benítez", "Adjoa Mensah", "@ptitcafe"],
 "C4": ["Thiago Albuquerque", "Luana Ferreira", "Bruna Sato", "Caio Nascimento", "@tatu"],
 "C5": ["Dmitri (Dima) Sokolov", "Anya Volkova", "Timur Abdullaev", "Oksana Hrytsenko", "@borscht_ops"],
 "C6": ["Park Ji-hoon", "Kim Seo-yeon", "Choi Min-jae", "Lee Haneul", "@dokkaebi"],
 "C7": ["Zhang Wei", "Liu Yang", "Chen Meiling", "Huang Xiaoming", "@shuijiao"],
 "C8": ["Emre Yıldız", "Deniz Aksoy", "Selin Kaya", "Burak Öztürk", "@kedi"],
 "C9": ["Youssef Haddad", "Layla Al-Mansouri", "Omar Farouk", "Nour El-Sayed", "@falafel_kernel"],
 "C10": ["Wanjiru Kamau", "Baraka Mwangi", "Amani Otieno", "Zawadi Mushi", "@simba_ops"],
 "C11": ["Tala Mendoza", "Jomar Villanueva", "Maricel Dizon", "Bayani Cruz", "@kuya_ops"],
 "C12": ["Tane Whakarua", "Sione Fifita", "Ingrid Halvorsen", "Winona Begay", "Aroha Ngata", "@kea"],
 "C13": ["Ananya Iyer", "Vikram Sethi", "Katarzyna (Kasia) Nowak", "Ruwan Perera", "@chai_and_cron"],
}
SOURCES = {"IC": "incident chat", "PD": "postmortem draft", "PP": "pre-prep answer",
           "MT": "meeting talk", "AI": "action item"}
BLAME = ["direct_name","role_blame","passive_agent","action_at_person","habit","lowercase_name",
         "hedged","judgement_words","sarcasm","non_native","split_line","idiom"]
CLEAN = ["metric_error","system_gap","first_person_account","reported_blame","negated_blame",
         "reframing","praise","neutral_name","systemic_action","neutral_incident"]

def fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower().replace("ı", "i")

def tokens(s):
    return set(t for t in re.split(r"[^a-z0-9_@]+", fold(s)) if t)

# name tokens per cast (full names, parts, nicknames, handles, de-hyphenated forms)
name_tok = {}
for c, ppl in CASTS.items():
    toks = set()
    for p in ppl:
        for part in re.split(r"[ ()]+", p):
            if not part: continue
            f = fold(part)
            toks.add(f.lstrip("@")); toks.add(f.replace("-", ""))
            for sub in f.lstrip("@").split("-"):
                if len(sub) > 2: toks.add(sub)
    name_tok[c] = toks - {"al", "el", "lee"} | ({"lee"} if c == "C6" else set())

rows = []
for ln, line in enumerate((HERE / "sentences_src.txt").read_text(encoding="utf-8").splitlines(), 1):
    if not line.strip() or line.startswith("#"): continue
    cast, src, kind, text = line.split("|", 3)
    assert "|" not in text, ln
    text = text.replace("\\n", "\n")
    assert cast in CASTS and src in SOURCES and kind in BLAME + CLEAN, (ln, line)
    label = "blame" if kind in BLAME else "clean"
    rows.append(dict(text=text, label=label, kind=kind, source=SOURCES[src], people=CASTS[cast], _cast=cast))

# checks
texts = [r["text"] for r in rows]
dups = [t for t, n in collections.Counter(texts).items() if n > 1]
assert not dups, dups
problems = []
for r in rows:
    tt = tokens(r["text"].replace("-", " ")) | tokens(r["text"])
    for c, toks in name_tok.items():
        if c == r["_cast"]: continue
        hit = tt & toks
        if hit: problems.append((r["_cast"], c, hit, r["text"][:70]))
    if r["kind"] == "split_line": assert "\n" in r["text"], r["text"]
for p in problems: print("NAME?", p)

random.seed(20240610)
random.shuffle(rows)
with OUT.open("w", encoding="utf-8") as f:
    for i, r in enumerate(rows, 1):
        r = {"id": f"m{i:03d}", **{k: v for k, v in r.items() if k != "_cast"}}
        f.write(json.dumps(r, ensure_ascii=False) + "\n")

# report
lab = collections.Counter(r["label"] for r in rows)
print("total", len(rows), dict(lab), "blame share %.1f%%" % (100 * lab["blame"] / len(rows)))
kc = collections.Counter((r["label"], r["kind"]) for r in rows)
for k in BLAME: print(" blame", k, kc[("blame", k)])
for k in CLEAN: print(" clean", k, kc[("clean", k)])
sc = collections.Counter((r["source"], r["label"]) for r in rows)
for s in SOURCES.values(): print(" source", s, sc[(s, "blame")], sc[(s, "clean")])
print("casts used", sorted(collections.Counter(r["_cast"] for r in rows).items()))
assert all(kc[("blame", k)] >= 12 for k in BLAME) and all(kc[("clean", k)] >= 12 for k in CLEAN)
