"""Write drafts.json and check that every blaming string occurs exactly once in its draft."""
import json, pathlib
D = pathlib.Path(__file__).resolve().parent.parent
spec = {
 "draft_clean_1.md": {"label": "clean", "people": ["Kai Nakamura", "Dana Whitfield", "Amara Nwosu", "Rafael Ocampo", "@grepgoblin"]},
 "draft_clean_2.md": {"label": "clean", "people": ["Youssef Haddad", "Layla Al-Mansouri", "Omar Farouk", "Nour El-Sayed", "@falafel_kernel"]},
 "draft_clean_3.md": {"label": "clean", "people": ["Tala Mendoza", "Jomar Villanueva", "Maricel Dizon", "Bayani Cruz", "@kuya_ops"]},
 "draft_blame_1.md": {"label": "blame", "people": ["Oksana Hrytsenko", "Anya Volkova", "Dmitri (Dima) Sokolov", "Timur Abdullaev", "@borscht_ops"],
   "blaming_sentences": [
     "Not to point fingers, but Anya saw the dequeue latency rising at 02:58 on her own dashboard and kept it to herself.",
     "As usual, the on-call treated the first page as noise and went back to sleep.",
     "The failover went wrong only because Dima did not bother\nto check the replica status before promoting it.",
     "I expected more from @borscht_ops; leaving the restore runbook two years out of date was plain negligence.",
     "Timur started the migration without looking at replica lag, something a senior engineer would never skip",
     "Timur should not run production migrations alone until he has shadowed at least two more.",
   ]},
 "draft_blame_2.md": {"label": "blame", "people": ["Wanjiru Kamau", "Baraka Mwangi", "Amani Otieno", "Zawadi Mushi", "@simba_ops"],
   "blaming_sentences": [
     "Baraka merges his own PR without a reviewer, as he always does",
     "It is @simba_ops who spoiled the retry settings, he increased them without asking anybody.",
     "The reason this dragged on for three hours is that Zawadi\nignored the lock-timeout alerts until customers started calling.",
     "How did Wanjiru, with all her experience, look at a connection pool sitting at 100% for forty minutes and say nothing?",
     "Amani was asleep at the switch on customer comms, and the status page stayed green for two hours.",
     "Until further notice, someone should double-check everything Baraka deploys before it reaches production.",
   ]},
}
for name, s in spec.items():
    text = (D / name).read_text(encoding="utf-8")
    if s["label"] == "blame":
        bs = s["blaming_sentences"]
        assert len(bs) == 6, name
        for b in bs:
            n = text.count(b)
            assert n == 1, (name, n, b)
        assert sum("\n" in b for b in bs) == 1, name
        # exactly one in a table cell
        cells = [b for b in bs if any(l.startswith("|") and ("| " + b + " |") in l for l in text.splitlines())]
        assert len(cells) == 1, (name, cells)
    print("ok", name)
(D / "drafts.json").write_text(json.dumps(spec, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
json.loads((D / "drafts.json").read_text(encoding="utf-8"))
print("drafts.json written")
