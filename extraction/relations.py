"""Relations: subject-verb-object patterns mapped to the fixed predicate vocabulary."""
from __future__ import annotations

from spacy.tokens import Doc

from .model import Argument, Entity, Quote, Relation, Span

_VERBS = {"rencontrer": "CONSULT", "soutenir": "SUPPORT", "représenter": "REPRESENTS",
          "attaquer": "ASSAULT", "envahir": "ASSAULT", "accuser": "ACCUSE", "menacer": "THREATEN"}


def extract_relations(doc: Doc, entities: list[Entity], quotes: list[Quote]) -> list[Relation]:
    by_start = {m.start: (e, m) for e in entities for m in e.mentions}
    relations = []
    for tok in doc:
        predicate = _VERBS.get(tok.lemma_) if tok.pos_ == "VERB" else None
        if not predicate:
            continue
        args = {}
        for child in tok.children:
            if child.dep_ in ("nsubj", "obj"):
                for t in child.subtree:
                    if t.idx in by_start:
                        args[child.dep_] = by_start[t.idx]
                        break
        if "nsubj" in args and "obj" in args:
            sent = tok.sent
            (se, sm), (oe, om) = args["nsubj"], args["obj"]
            relations.append(Relation(
                Argument(se.name, se.entity_id, se.label, Span(sm.text, sm.start, sm.end)),
                predicate,
                Argument(oe.name, oe.entity_id, oe.label, Span(om.text, om.start, om.end)),
                Span(tok.text, tok.idx, tok.idx + len(tok.text)),
                Span(sent.text, sent.start_char, sent.end_char), None, 0.5))
    return relations
