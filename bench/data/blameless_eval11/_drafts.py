import json
CASTS = {
 "C1": ["Nguyễn Thị Lan", "Tesfaye Bekele", "Marguerite 'Maggie' Tremblay", "Wanjiru Kamau", "@hl7_kuba"],
 "C4": ["Étienne Gagnon", "Abebe Tadesse", "Siti Rahmawati", "Kiona Whitehorse", "@gov_ops_pat"],
 "C7": ["Bayu Pratama", "Oksana Melnyk", "Kaveh Rostami", "Leilani Kahale", "@mr_respawn"],
 "C5": ["Farnaz Moradi", "Giulio Ferraro", "Yared Alemu", "Olena Bondarenko", "@nullbyte"],
 "C12": ["Selam Haile", "Mwangi Njoroge", "Yuki Tanaka", "Darius Farahani", "@sysadm_ke"],
}
D = {
 "draft_clean_1.md": {"label":"clean","people":CASTS["C1"]},
 "draft_clean_2.md": {"label":"clean","people":CASTS["C4"]},
 "draft_clean_3.md": {"label":"clean","people":CASTS["C7"]},
 "draft_blame_1.md": {"label":"blame","people":CASTS["C5"],"blaming_sentences":[
   "Giulio changed the hold TTL from 7 days to 7 hours without even checking the units, which was careless.",
   "Not to point fingers, but Yared kind of rubber-stamped the change in the review thread without really looking at it.",
   "The on-call DBA should have\nnoticed the decline spike long before the customer tickets arrived.",
   "Frankly, the vendor's engineer handled the escalation call in an unprofessional and lazy way, and it cost us twenty minutes we did not have.",
   "@nullbyte, as usual, took their time reading the alert and only moved once Olena had already done the hard part.",
   "Separately, Giulio should go through the change-management training again before he gets console access back.",
 ]},
 "draft_blame_2.md": {"label":"blame","people":CASTS["C12"],"blaming_sentences":[
   "The corrupted cache was then made much worse by Selam, who restarted the nodes without reading the logs first.",
   "If Yuki had read the change freeze notice she would not have\npushed the cache config on a Tuesday night.",
   "Is clear that Mwangi did not follow the escalation, he is the one responsible for the long delay.",
   "@sysadm_ke was asleep at the wheel for most of the night shift.",
   "Our \"highly experienced\" vendor engineer apparently thought a second restart at 01:00 would fix a corrupted cache.",
   "Darius to be taken off the night rotation until he shows he can escalate properly",
 ]},
}
for f,d in D.items():
    s=open(f,encoding='utf-8').read()
    for b in d.get("blaming_sentences",[]):
        n=s.count(b); assert n==1,(f,n,b)
    if d["label"]=="blame":
        bs=d["blaming_sentences"]; assert len(bs)==6
        assert sum('\n' in b for b in bs)>=1
        assert any(('| '+b+' |') in s for b in bs), "table cell"
json.dump(D,open("drafts.json","w",encoding="utf-8"),ensure_ascii=False,indent=2)
print("ok")
