import json, random, re, collections
exec(open('_src_blame.py').read()); exec(open('_src_clean.py').read())
CASTS = {
 "C1": ["Nguyễn Thị Lan", "Tesfaye Bekele", "Marguerite 'Maggie' Tremblay", "Wanjiru Kamau", "@hl7_kuba"],
 "C2": ["Dmytro 'Dima' Kovalenko", "Reza Tehrani", "Putri Wulandari", "Alessandra 'Ale' Conti", "@ledgerfox"],
 "C3": ["Trần Văn Minh", "Ochieng 'Ochi' Otieno", "Camila Quispe", "Bohdan Shevchuk", "@frag_mother"],
 "C4": ["Étienne Gagnon", "Abebe Tadesse", "Siti Rahmawati", "Kiona Whitehorse", "@gov_ops_pat"],
 "C5": ["Farnaz Moradi", "Giulio Ferraro", "Yared Alemu", "Olena Bondarenko", "@nullbyte"],
 "C6": ["Achieng Odhiambo", "Hoàng Văn Đức", "Rosa Mamani", "Sione Tupou", "@tele_ned"],
 "C7": ["Bayu Pratama", "Oksana Melnyk", "Kaveh Rostami", "Leilani Kahale", "@mr_respawn"],
 "C8": ["Francesca 'Fra' Bellini", "Hamid Karimi", "Mesfin Girma", "Juan Carlos 'JC' Huamán", "Aino Virtanen"],
 "C9": ["Valeria Huertas", "Jean-Luc Bouchard", "Dewi Lestari", "Kibet Rono", "@cobol_grandpa"],
 "C10": ["Parisa Ahmadi", "Nkechi Eze", "Phạm Thanh", "Matteo Rinaldi", "@pagerdan"],
 "C11": ["Mykola Hrytsenko", "Wahyu Santoso", "Aroha Ngata", "Tupac Condori", "@zer0ping"],
 "C12": ["Selam Haile", "Mwangi Njoroge", "Yuki Tanaka", "Darius Farahani", "@sysadm_ke"],
}
BLAME_KINDS = "direct_name role_blame passive_agent action_at_person habit lowercase_name hedged judgement_words sarcasm non_native split_line idiom".split()
CLEAN_KINDS = "metric_error system_gap first_person_account reported_blame negated_blame reframing praise neutral_name systemic_action neutral_incident".split()
SOURCES = {"incident chat","postmortem draft","pre-prep answer","meeting talk","action item"}
# name tokens per cast for leak check
def toks(c):
    s=set()
    for p in CASTS[c]:
        for t in re.findall(r"[\w\-@]+", p):
            if len(t)>2: s.add(t.lower().lstrip('@'))
    return s
ALL = {c:toks(c) for c in CASTS}
rows=[]
for lst,label in ((B,"blame"),(C,"clean")):
    for cast,kind,src,text in lst:
        assert src in SOURCES, src
        assert kind in (BLAME_KINDS if label=="blame" else CLEAN_KINDS), kind
        words=set(w.lower().lstrip('@') for w in re.findall(r"[\w\-@']+", text))
        words |= set(w.split("'")[0] for w in words)
        for oc,ts in ALL.items():
            if oc!=cast:
                hit = words & (ts - ALL[cast])
                if hit: print("LEAK?", cast, oc, hit, text[:60])
        rows.append(dict(text=text,label=label,kind=kind,source=src,people=CASTS[cast]))
texts=[r["text"] for r in rows]; assert len(set(texts))==len(texts)
random.Random(20261202).shuffle(rows)
out=[]
for i,r in enumerate(rows,1):
    out.append({"id":f"n{i:03d}", **r})
with open("sentences.jsonl","w",encoding="utf-8") as f:
    for r in out: f.write(json.dumps(r,ensure_ascii=False)+"\n")
kc=collections.Counter((r["label"],r["kind"]) for r in out)
for k in BLAME_KINDS+CLEAN_KINDS:
    l="blame" if k in BLAME_KINDS else "clean"; print(l,k,kc[(l,k)])
print(collections.Counter(r["label"] for r in out), len(out))
print(collections.Counter(r["source"] for r in out))
print(collections.Counter((r["source"],r["label"]) for r in out))
