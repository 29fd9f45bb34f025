"""Wire formats: orjson for events and articles, a small binary envelope between stages.

Stage envelope: 4-byte big-endian header length, the header (orjson), then the
spaCy DocBin bytes, so the parse travels once and is never re-run.
"""
from __future__ import annotations

import struct

import orjson

_LEN = struct.Struct(">I")


def dumps(obj) -> bytes:
    return orjson.dumps(obj)


def loads(data: bytes):
    return orjson.loads(data)


def pack_stage(header: dict, doc_bytes: bytes) -> bytes:
    head = orjson.dumps(header)
    return _LEN.pack(len(head)) + head + doc_bytes


def unpack_stage(data: bytes) -> tuple[dict, bytes]:
    (size,) = _LEN.unpack_from(data)
    return orjson.loads(data[4:4 + size]), data[4 + size:]
