"""Session 21: the learned candidate generator of scripts/learn_relations.py (measured, not wired in; sentences of
our own writing). A candidate needs a relation trigger on the path between two mentions or governing both; its
features name the trigger and the path, never an entity; the model's fit is deterministic."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
import learn_relations as L  # noqa: E402


def _heads(doc, a, b):
    return next(t for t in doc if t.text == a), next(t for t in doc if t.text == b)


def test_trigger_verb_between_two_names(nlp):
    doc = nlp("Le Chili a condamné le Pérou pour ses essais.")
    a, b = _heads(doc, "Chili", "Pérou")
    feats, patterns, trigger = L.candidate(a, b, "LOC", "LOC")
    assert trigger.lemma_ == "condamner"
    assert "cls=ACCUSE" in feats and "lem=condamner" in feats
    assert not any("Chili" in f or "Pérou" in f for f in feats + patterns)


def test_no_trigger_no_candidate(nlp):
    doc = nlp("Le Chili et le Pérou sont voisins.")
    a, b = _heads(doc, "Chili", "Pérou")
    assert L.candidate(a, b, "LOC", "LOC") is None


def test_fit_is_deterministic():
    cands = [{"f": ["cls=ACCUSE", "sig=nsubj^VERB^obj"], "label": "ACCUSE"},
             {"f": ["cls=ACCUSE", "sig=nsubj^VERB^obj"], "label": "ACCUSE"},
             {"f": ["cls=ACCUSE", "sig=obj^VERB^nsubj"], "label": "NONE"},
             {"f": ["cls=ACCUSE", "sig=obj^VERB^nsubj"], "label": "NONE"}]
    one, two = L.fit(cands, steps=50), L.fit(cands, steps=50)
    assert (one[1] == two[1]).all()
    best, prob = L.predict(one, cands)
    assert L.LABELS[best[0]] == "ACCUSE" and prob[0] > prob[2]
