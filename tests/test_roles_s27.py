"""Session 27, HOLDS_ROLE: a place after à/au/aux/en/pour in a title is the posting or the remit, not the
body (`_posted_place`); a posted envoy's possessive goes to the clause before's state or body; a possessive
state office after a head of state's clause is that head's country (`_head_of_state_country`)."""
from extraction_helpers import triples


def _roles(nlp, text, person):
    return {o for s, p, o in triples(nlp, text) if s == person and p == "HOLDS_ROLE"}


def test_remit_after_pour_is_no_body(nlp):
    story = ("L'ONG Justice Ouverte a dénoncé mardi la condamnation du blogueur Karim Saadi au Maroc. "
             "Sa directrice pour le Moyen-Orient, Léa Dubois, a parlé d'un « signal glaçant ».")
    roles = _roles(nlp, story, "Léa Dubois")
    assert "Moyen-Orient" not in roles


def test_posted_ambassador_holds_no_office_of_the_host(nlp):
    story = ("La Norvège a protesté lundi contre l'expulsion de deux journalistes. Son ambassadeur à Nairobi, "
             "Olav Berg, a été reçu au ministère kényan des Affaires étrangères.")
    roles = _roles(nlp, story, "Olav Berg")
    assert "Nairobi" not in roles and "Kenya" not in roles


def test_minister_of_a_head_of_state_subject(nlp):
    story = ("Le président du Ghana, Kwame Mensah, a limogé jeudi son ministre de l'Intérieur, Kofi Annor, "
             "après des émeutes à Accra. La Côte d'Ivoire a salué cette décision.")
    assert "Ghana" in _roles(nlp, story, "Kofi Annor")
