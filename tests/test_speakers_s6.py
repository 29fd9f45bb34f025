"""Speaker attribution, session 6: sentences written for these tests (general constructions of
French wire copy, names invented)."""
from __future__ import annotations

import pytest

from extraction.entities import extract_entities
from extraction.quotes import extract_quotes


def speakers(nlp, text):
    doc = nlp(text)
    return [(q.text, q.speaker.name if q.speaker else None) for q in extract_quotes(doc, extract_entities(doc))]


def speaker_of(nlp, text, words):
    """The speaker of the quote whose text holds `words`."""
    found = [sp for t, sp in speakers(nlp, text) if words in t]
    assert found, speakers(nlp, text)
    return found[0]


# -- a coordinated title closed by the person's name in apposition --------------------------

@pytest.mark.parametrize("text, words, who", [
    ("La fondatrice et directrice générale de Nuvola, Agathe Lemercier, a assuré que la société "
     "resterait indépendante.", "resterait indépendante", "Agathe Lemercier"),
    ("Le secrétaire régional de la CGT pour la Bretagne et les Pays de la Loire, Hervé Quillec, "
     "a dénoncé « un mépris total des salariés ».", "mépris total", "Hervé Quillec"),
    ("Le maire et président de l'agglomération, Thierry Morvan, a estimé que les travaux "
     "dureraient deux ans.", "dureraient deux ans", "Thierry Morvan"),
])
def test_title_closed_by_a_name_in_apposition(nlp, text, words, who):
    assert speaker_of(nlp, text, words) == who
