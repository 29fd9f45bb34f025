"""Relation precision (session 27): a civilian team deployed or dispatched is no MOBILIZE; giving way ('céder à')
is no CONCEDE (sentences written for these tests)."""
from extraction_helpers import has, triples


def test_civilian_team_sent_is_no_mobilize(nlp):
    for text, sender, place in [
            ("La Norvège a dépêché en Islande une équipe d'experts chargée d'évaluer les dégâts.", "Norvège", "Islande"),
            ("L'Italie a déployé mardi en Albanie une équipe de secours composée de médecins.", "Italie", "Albanie"),
            ("La Suède a dépêché à Riga une équipe de son agence de cybersécurité.", "Suède", "Riga"),
            ("Le Canada a annoncé le déploiement de 40 épidémiologistes au Malawi.", "Canada", "Malawi")]:
        found = triples(nlp, text)
        assert not has(found, sender, "MOBILIZE", place), found


def test_forces_sent_stay_mobilize(nlp):
    for text, sender, place in [
            ("La Norvège a déployé 300 soldats en Islande.", "Norvège", "Islande"),
            ("L'Italie a dépêché deux frégates en Albanie.", "Italie", "Albanie")]:
        found = triples(nlp, text)
        assert has(found, sender, "MOBILIZE", place), found


def test_giving_way_is_no_concession_but_a_release_is(nlp):
    for text in ["Le gouvernement suédois a cédé aux pressions de la Norvège.",
                 "La Norvège a cédé devant la Suède sur la question des quotas."]:
        found = triples(nlp, text)
        assert not [t for t in found if t[1] == "CONCEDE"], found
    found = triples(nlp, "La Norvège a libéré trois militants suédois à la demande de la Suède.")
    assert has(found, "Norvège", "CONCEDE", "Suède"), found
