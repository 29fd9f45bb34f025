"""Session 34: a subject described by age ("Mme X, 52 ans, était jusqu'ici directrice de Y"; sentences written for
these tests): the parser reads ", NN ans," as the end of a verbless phrase, makes the name the root with the
predicate as its conjunct (or hangs the name on the predicate as a vocative, or takes "ans" for a subject), and the
facts the predicate states of the person were lost. The relation stage reads the aside as a parenthetical."""
from __future__ import annotations

from extraction_helpers import has, triples


def test_aged_subject_of_a_copular_title(nlp):
    found = triples(nlp, "Mme Dufour, 52 ans, était jusqu'ici directrice financière de Renault.")
    assert has(found, "Dufour", "HOLDS_ROLE", "Renault")


def test_aged_subject_of_a_title_with_an_apposition_after(nlp):
    found = triples(nlp, "Mme Okafor, 49 ans, était jusqu'ici directrice générale de Radio Lagos, la station publique "
                         "de la ville.")
    assert has(found, "Okafor", "HOLDS_ROLE", "Radio Lagos")


def test_aged_member_past_a_verbless_aside(nlp):
    found = triples(nlp, "Mme Berger, 47 ans, ancienne inspectrice du travail à Lille, est membre du parti "
                         "Renaissance depuis 2017.")
    assert has(found, "Berger", "MEMBER_OF", "Renaissance")


def test_no_age_no_change(nlp):
    found = triples(nlp, "Mme Dufour était jusqu'ici directrice financière de Renault.")
    assert has(found, "Dufour", "HOLDS_ROLE", "Renault")


def test_repair_read_after_the_quote_stage(nlp):
    # the quote stage keeps each token's children; the repaired tree must not be read through them
    found = triples(nlp, "Le conseil d'administration a approuvé cette nomination à l'unanimité, a indiqué dans un "
                         "communiqué son président, Jean Morel. Mme Dufour, 52 ans, était jusqu'ici directrice "
                         "financière de Renault.", with_quotes=True)
    assert has(found, "Dufour", "HOLDS_ROLE", "Renault")
