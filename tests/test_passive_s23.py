"""Session 23, passive participles: a participle set off by a comma after a name, which the parser hung on a noun
it does not agree with (read from its ending: the tagger often calls "envahie" masculine), describes that name."""
from extraction_helpers import has, triples


def test_feminine_participle_after_a_country(nlp):
    found = triples(nlp, "La Pologne partage une longue frontière avec la Biélorussie, envahie par la Russie en 2031.")
    assert has(found, "Russie", "ASSAULT", "Biélorussie")


def test_participle_not_agreeing_with_the_noun_it_hangs_on(nlp):
    found = triples(nlp, "Le sommet s'ouvre après la démission de trois ministres et sur fond de tensions avec le "
                         "Togo voisin, accusé par Accra de soutenir des groupes armés.")
    assert has(found, "Ghana", "ACCUSE", "Togo") or has(found, "Accra", "ACCUSE", "Togo")


def test_participle_agreeing_with_its_noun_stays_that_nouns(nlp):
    found = triples(nlp, "Le Chili a signé un accord avec le Pérou, une entente saluée par la Bolivie.")
    assert not has(found, "Bolivie", "SUPPORT", "Pérou")


def test_pronoun_under_the_main_verb_is_its_subject_not_an_earlier_person(nlp):
    found = triples(nlp, "Le ministre Paul Martin a ouvert lundi la conférence.\n\n"
                         "Le Canada a imposé des sanctions au Pérou, qu'il accuse de fraude électorale.")
    assert has(found, "Canada", "ACCUSE", "Pérou")
    assert not has(found, "Paul Martin", "ACCUSE", "Pérou")


def test_person_named_in_the_same_sentence_keeps_the_pronoun(nlp):
    found = triples(nlp, "Le président Paul Martin, dont le Canada salue l'action, a déclaré qu'il soutenait le Pérou.")
    assert not has(found, "Canada", "SUPPORT", "Pérou")
