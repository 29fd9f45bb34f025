"""Session 21, rejected claims: the claim's author found where no accusation verb names them (a claim-making
verb, a quotation the splitter cut before its opening mark) and not where the claim is described in place."""
from extraction_helpers import has, triples


def test_claim_affirmed_before_is_rejected_by_the_one_it_blames(nlp):
    found = triples(nlp, "Le président Gabriel Boric avait affirmé en mars que des militaires boliviens avaient "
                         "franchi la frontière. La Bolivie a rejeté ces accusations.")
    assert has(found, "Bolivie", "REJECT", "Gabriel Boric")


def test_criticism_estimated_before_is_rejected(nlp):
    found = triples(nlp, "Le Premier ministre Pedro Castillo a estimé que l'Equateur avait manqué à ses "
                         "engagements. L'Equateur a rejeté ces critiques.")
    assert has(found, "Équateur", "REJECT", "Pedro Castillo")


def test_rejecter_is_never_its_own_accuser(nlp):
    found = triples(nlp, "La Bolivie a affirmé que ses frontières étaient sûres. La Bolivie a rejeté ces critiques.")
    assert not any(p == "REJECT" for _, p, _ in found)


def test_pieces_of_a_quote_count_as_no_sentence(nlp):
    found = triples(nlp, "Le Chili a accusé mardi la Bolivie de laisser passer des trafiquants.\n\n"
                         "« Ils traversent chaque nuit. Personne ne les arrête. Nos patrouilles sont seules. Il faut "
                         "agir », a déclaré un officier.\n\nLa Bolivie a rejeté ces accusations.")
    assert has(found, "Bolivie", "REJECT", "Chili")


def test_claim_described_in_place_is_not_the_one_told_before(nlp):
    found = triples(nlp, "Le ministre Marco Rubio a estimé que l'accord était mauvais. Le Pérou a rejeté les "
                         "accusations contenues dans le rapport.")
    assert not has(found, "Pérou", "REJECT", "Marco Rubio")
