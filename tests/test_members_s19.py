"""Session 19, members of a body named in a "dont ... sont membres" clause: a second "dont" joined by "et" to one
about the seat, and "les deux partenaires" as the pair the text is about."""
from extraction_helpers import has, triples


def test_second_dont_after_seat_clause(nlp):
    found = triples(nlp, "L'Inde et la Chine se disputent le marché. La Chine pourrait contester la mesure devant "
                         "l'Organisation mondiale du commerce (OMC), dont le siège est à Genève et dont les deux "
                         "pays sont membres.")
    assert has(found, "Inde", "MEMBER_OF", "Organisation mondiale du commerce")
    assert has(found, "Chine", "MEMBER_OF", "Organisation mondiale du commerce")
    assert not any(p == "MEMBER_OF" and o == "Genève" for _, p, o in found)


def test_two_partners_are_the_pair(nlp):
    found = triples(nlp, "Le Japon et le Canada négocient depuis un an. La taxe est contraire aux règles de "
                         "l'Organisation mondiale du commerce (OMC), dont les deux partenaires sont membres.")
    assert has(found, "Japon", "MEMBER_OF", "Organisation mondiale du commerce")
    assert has(found, "Canada", "MEMBER_OF", "Organisation mondiale du commerce")
    assert not any(s == o for s, p, o in found if p == "MEMBER_OF")
