"""Entities: spaCy mentions merged into one entity per real-world thing in the article."""
from __future__ import annotations

import hashlib
import unicodedata

from spacy.tokens import Doc

from .model import Entity, Mention


def entity_id(name: str, label: str) -> str:
    """Stable across articles: depends only on the canonical name and the label."""
    key = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    key = " ".join(key.split())
    return "ent_" + hashlib.blake2b(f"{label}|{key}".encode(), digest_size=8).hexdigest()


def extract_entities(doc: Doc) -> list[Entity]:
    groups: dict[tuple[str, str], list[Mention]] = {}
    for ent in doc.ents:
        key = (ent.text.lower(), ent.label_)
        groups.setdefault(key, []).append(Mention(ent.text, ent.start_char, ent.end_char))
    entities = []
    for (_, label), mentions in groups.items():
        name = max((m.text for m in mentions), key=len)
        entities.append(Entity(entity_id(name, label), name, label, mentions))
    return entities
