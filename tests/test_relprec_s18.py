"""Relation precision (session 18): arguments the construction does not give (sentences written for these tests)."""
from extraction_helpers import has, triples


def test_thanks_for_their_support_is_no_support_either_way(nlp):
    # "X a remercié Y pour son soutien": session 18 read Y's support of X; session 26 measured thanks with a reason
    # on 1167 stories (2 right, 14 wrong) and reads none either way (tests/test_eprec_s26.py)
    text = "Anne Lemoine, réélue jeudi à la tête de l'Assemblée, a remercié les élus du Parti radical pour leur soutien."
    found = triples(nlp, text)
    assert not has(found, "Parti radical", "SUPPORT", "Anne Lemoine"), found
    assert not has(found, "Anne Lemoine", "SUPPORT", "Parti radical"), found


def test_unnamed_deputy_is_not_his_constituency(nlp):
    text = ("La Première ministre, Hélène Marchal, a engagé mardi la responsabilité de son gouvernement sur le budget.\n\n"
            "Le député de Haute-Garonne a accusé la Première ministre de « mépriser le Parlement » en écourtant les débats.")
    found = triples(nlp, text)
    assert not any(s == "Haute-Garonne" for s, _, _ in found), found


def test_party_founder_is_a_member(nlp):
    text = "Ancienne maire de Lima, cette avocate est membre du parti Avanza, fondé par l'ancien président Jorge Salas."
    found = triples(nlp, text)
    assert has(found, "Jorge Salas", "MEMBER_OF", "Avanza"), found
    assert not has(found, "Jorge Salas", "HOLDS_ROLE", "Avanza"), found
    # (a company's founder keeps his founder's office)
    found = triples(nlp, "La start-up Kavio, fondée en 2019 par Marc Dufresne, a levé 20 millions d'euros.")
    assert has(found, "Marc Dufresne", "HOLDS_ROLE", "Kavio"), found


def test_attempted_act_did_not_happen(nlp):
    found = triples(nlp, "Le Japon et l'Inde tentent de conclure un accord commercial avant la fin de l'année.")
    assert not any(p == "AGREE" for _, p, _ in found), found
    found = triples(nlp, "Selon un diplomate, Madrid chercherait à réunir une coalition au Conseil avec Lisbonne et Rome.")
    assert not any(p == "CONSULT" for _, p, _ in found), found
    # (the act done stays)
    assert has(triples(nlp, "Le Japon et l'Inde ont conclu un accord commercial."), "Japon", "AGREE", "Inde")


def test_officer_rank_and_nationality_is_no_state_office(nlp):
    text = "Le contre-amiral grec Nikos Pappas dirige l'opération navale. Le président ghanéen John Mahama a salué sa nomination."
    found = triples(nlp, text)
    assert not has(found, "Nikos Pappas", "HOLDS_ROLE", "Grèce"), found
    assert has(found, "John Mahama", "HOLDS_ROLE", "Ghana"), found
    found = triples(nlp, "La force est commandée depuis mars par le général ghanéen Kwame Mensah.")
    assert not has(found, "Kwame Mensah", "HOLDS_ROLE", "Ghana"), found
