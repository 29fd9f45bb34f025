"""Structured logs: one JSON object per line on stderr, `extra={...}` fields included."""
from __future__ import annotations

import logging
import time

import orjson

_STANDARD = set(vars(logging.LogRecord("", 0, "", 0, "", (), None))) | {"message", "asctime"}


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "ts": time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(record.created))
                  + f".{int(record.msecs):03d}Z",
            "level": record.levelname.lower(),
            "logger": record.name,
            "msg": record.getMessage(),
        }
        for key, value in vars(record).items():
            if key not in _STANDARD and not key.startswith("_"):
                entry[key] = value
        if record.exc_info:
            entry["exc"] = self.formatException(record.exc_info)
        return orjson.dumps(entry, default=repr).decode()


def logging_config(level: str) -> dict:
    """dictConfig for the worker (Faust/mode apply it) and the CLI."""
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {"json": {"()": JsonFormatter}},
        "handlers": {"stderr": {"class": "logging.StreamHandler", "formatter": "json",
                                "stream": "ext://sys.stderr"}},
        "root": {"handlers": ["stderr"], "level": level.upper()},
        "loggers": {"aiokafka": {"level": "WARNING"}, "faust": {"level": "WARNING"},
                    "mode": {"level": "WARNING"}},
    }


def setup(level: str = "info") -> None:
    import logging.config

    logging.config.dictConfig(logging_config(level))
