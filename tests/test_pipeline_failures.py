"""One article whose extraction raises must not cost the other articles their events."""
from __future__ import annotations

import pytest

from extraction import pipeline
from extraction.article import Article

TEXTS = {
    "a1": "Le ministre Paul Girard a rencontré mardi à Lyon son homologue belge, Anne Peeters.",
    "bad": "La maire de Nantes, Claire Morel, a inauguré le nouveau pont.",
    "a3": "« Nous resterons mobilisés », a déclaré la syndicaliste Julie Marchand.",
}


def _articles():
    return [Article(id=k, text=v) for k, v in TEXTS.items()]


def test_a_failing_article_is_reported_and_the_others_keep_their_events(nlp, monkeypatch):
    real = pipeline.analyse

    def analyse(doc, article):
        if article.id == "bad":
            raise IndexError("rule bug")
        return real(doc, article)

    monkeypatch.setattr(pipeline, "analyse", analyse)
    failed: list = []
    events = list(pipeline.run(nlp, _articles(), batch_size=2, failed=failed))
    assert [(aid, type(exc).__name__) for aid, exc in failed] == [("bad", "IndexError")]
    assert {e["article_id"] for e in events} == {"a1", "a3"}
    assert any(e["type"] == "quote" and e["article_id"] == "a3" for e in events)


def test_without_a_failed_list_the_error_propagates(nlp, monkeypatch):
    def analyse(doc, article):
        raise IndexError("rule bug")

    monkeypatch.setattr(pipeline, "analyse", analyse)
    with pytest.raises(IndexError):
        list(pipeline.run(nlp, _articles()[:1]))
