"""Session 27, HOLDS_ROLE: a place after à/au/aux/en/pour in a title is the posting or the remit, not the
body (`_posted_place`); a posted envoy's possessive title goes to the state or body the clause before has
for subject."""
from extraction_helpers import triples


def _roles(nlp, text, person):
    return {o for s, p, o in triples(nlp, text) if s == person and p == "HOLDS_ROLE"}


def test_remit_after_pour_is_no_body(nlp):
    story = ("L'ONG Justice Ouverte a dénoncé mardi la condamnation du blogueur Karim Saadi au Maroc. "
             "Sa directrice pour le Moyen-Orient, Léa Dubois, a parlé d'un « signal glaçant ».")
    roles = _roles(nlp, story, "Léa Dubois")
    assert "Moyen-Orient" not in roles
    assert "Justice Ouverte" in roles


def test_posted_ambassador_holds_no_office_of_the_host(nlp):
    story = ("La Norvège a protesté lundi contre l'expulsion de deux journalistes. Son ambassadeur à Nairobi, "
             "Olav Berg, a été reçu au ministère kényan des Affaires étrangères.")
    roles = _roles(nlp, story, "Olav Berg")
    assert "Nairobi" not in roles and "Kenya" not in roles


def test_posted_envoy_of_the_clause_subject(nlp):
    story = ("Le Fonds agricole mondial a publié jeudi un rapport alarmant sur la sécheresse. Son représentant "
             "à Dakar, Paul Mendy, a appelé à des investissements urgents.")
    roles = _roles(nlp, story, "Paul Mendy")
    assert "Dakar" not in roles
    assert "Fonds agricole mondial" in roles


def test_office_of_a_body_posted_abroad_keeps_its_body(nlp):
    story = "La représentante du HCR au Tchad, Anne Morel, a lancé un appel aux donateurs."
    assert "Tchad" not in _roles(nlp, story, "Anne Morel")
