"""Stage 2: parse each article once with spaCy, in batches (`nlp.pipe`) off the event loop."""
from __future__ import annotations

import asyncio
import time
from concurrent.futures import ThreadPoolExecutor

from spacy.tokens import Doc

from extraction.nlp import doc_to_bytes
from streams.codecs import loads

from .base import batches, observe_batch, original_article, pack_stage, run_guarded

STAGE = "parse"
# One thread for every parse of the process: spaCy holds the GIL for most of a parse, so more
# threads would only contend, and each new thread would get its own malloc arena.
PARSE_THREAD = ThreadPoolExecutor(max_workers=1, thread_name_prefix="wirestream-parse")


def register(app, rt) -> None:
    @app.agent(rt.topics.valid, name="wirestream.parse")
    async def parse(stream):
        await rt.model_ready.wait()
        loop = asyncio.get_running_loop()
        async for batch in batches(stream, rt, STAGE):
            started = time.perf_counter()
            readable = []
            for event in batch:
                try:
                    header = loads(event.value)
                    header["article"]["text"]
                except Exception as exc:
                    await rt.dead_letter(STAGE, "bad_envelope", repr(exc), event.key, event.value, event)
                    continue
                readable.append((event, header))
            texts = [header["article"]["text"] for _, header in readable]
            try:
                parsed = await loop.run_in_executor(PARSE_THREAD, _parse_all, rt.nlp, texts)
            except Exception:  # parse one by one below, to dead-letter only the culprit
                parsed = [None] * len(texts)
            for (event, header), done in zip(readable, parsed):
                await run_guarded(rt, STAGE, event,
                                  lambda e=event, h=header, d=done: _forward(rt, loop, e, h, d),
                                  original_article(header))
            observe_batch(STAGE, started, len(batch))


def _parse_all(nlp, texts: list[str]) -> list[tuple[Doc, bytes]]:
    return [(doc, doc_to_bytes(doc)) for doc in nlp.pipe(texts, batch_size=max(1, len(texts)))]


async def _forward(rt, loop, event, header: dict, parsed: tuple[Doc, bytes] | None) -> None:
    if parsed is None:
        text = header["article"]["text"]
        parsed = (await loop.run_in_executor(PARSE_THREAD, _parse_all, rt.nlp, [text]))[0]
    doc, doc_bytes = parsed
    header["parse_ref"] = rt.docs.put(doc)
    await rt.topics.parsed.send(key=event.key, value=pack_stage(header, doc_bytes))
