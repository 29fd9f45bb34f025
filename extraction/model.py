"""Plain data passed between extraction stages (and, serialised, between agents).

All offsets are character offsets into the article's `text` (the body that spaCy
parsed), end exclusive.
"""
from __future__ import annotations

from dataclasses import dataclass, field, fields


@dataclass(slots=True)
class Span:
    text: str
    start: int
    end: int


@dataclass(slots=True)
class Mention:
    text: str
    start: int
    end: int
    # how the article names the entity here: name | alias | acronym | title | pronoun | capital | headline
    # ("headline": a country named only in the headline line; its start and end are into `title`, not `text`)
    kind: str = "name"


@dataclass(slots=True)
class Entity:
    entity_id: str  # stable across articles: same canonical name + label -> same id
    name: str  # canonical name: the longest full name the article uses
    label: str  # PER | ORG | LOC | MISC
    mentions: list[Mention] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)  # roles: "président", "chef de la diplomatie"
    confidence: float = 1.0

    @classmethod
    def from_dict(cls, d: dict) -> "Entity":
        d = dict(d)
        d["mentions"] = [Mention(**m) for m in d.get("mentions", [])]
        return cls(**d)


@dataclass(slots=True)
class Speaker:
    name: str  # the entity's canonical name, or the phrase for an unnamed speaker
    entity_id: str | None  # None for an unnamed speaker ("une responsable américaine")
    label: str | None
    mention: Span | None  # where the article names the speaker for this quote
    resolved_by: str = "name"  # name | title | pronoun | unnamed

    @classmethod
    def from_dict(cls, d: dict | None) -> "Speaker | None":
        if d is None:
            return None
        d = dict(d)
        if d.get("mention"):
            d["mention"] = Span(**d["mention"])
        return cls(**d)


@dataclass(slots=True)
class Quote:
    text: str  # without the quotation marks (direct) / the reported clause (indirect)
    start: int
    end: int
    kind: str  # direct | indirect | mixed
    cue: str | None  # reporting verb lemma ("déclarer", "selon")
    cue_span: Span | None
    speaker: Speaker | None
    confidence: float = 1.0

    @classmethod
    def from_dict(cls, d: dict) -> "Quote":
        d = dict(d)
        if d.get("cue_span"):
            d["cue_span"] = Span(**d["cue_span"])
        d["speaker"] = Speaker.from_dict(d.get("speaker"))
        return cls(**d)


@dataclass(slots=True)
class Argument:
    name: str  # canonical entity name (a capital used for its government -> the country)
    entity_id: str | None
    label: str | None
    mention: Span  # the surface mention in the evidence sentence


@dataclass(slots=True)
class Relation:
    subject: Argument
    predicate: str  # from extraction.vocabulary.PREDICATES
    object: Argument
    trigger: Span
    evidence: Span  # the sentence
    role: str | None = None  # for HOLDS_ROLE
    confidence: float = 0.5


def to_dict(obj) -> dict:
    """Like `dataclasses.asdict` for these JSON-shaped classes, without its deep copy of every
    leaf (a tenth of the extraction time on the benchmark corpus)."""
    return _plain(obj)


_LEAF_TYPES = frozenset((str, int, float, bool, type(None)))


def _plain(value):
    # the exact type first: most values are strings and numbers, and a dataclass seen before has its
    # field names kept (`hasattr` and the isinstance chain cost more than the copy on the leaves)
    cls = type(value)
    if cls in _LEAF_TYPES:
        return value
    names = _FIELD_NAMES.get(cls)
    if names is not None:
        return {name: _plain(getattr(value, name)) for name in names}
    if cls is list:
        return [_plain(v) for v in value]
    if hasattr(value, "__dataclass_fields__"):
        return {name: _plain(getattr(value, name)) for name in _field_names(type(value))}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, tuple):
        return tuple(_plain(v) for v in value)
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def _field_names(cls: type) -> tuple[str, ...]:
    names = _FIELD_NAMES.get(cls)
    if names is None:
        names = _FIELD_NAMES[cls] = tuple(f.name for f in fields(cls))
    return names
