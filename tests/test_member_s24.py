"""MEMBER_OF of session 24 (helper member): union verbs that read more lists and bodies ("Y, qui regroupe
la A (A1), le groupe B et C", "Y, fondé en 1990, compte aussi A parmi ses membres", "qui compte parmi ses
membres A et B", "qui regroupe douze membres dont A et B", "NetChoice, une association qui ..."), and the
relative clause on an organisation ("qui siège à Z et dont A est membre", "le parti Y, dont est issue Mme X").
Own sentences."""
from __future__ import annotations

from extraction_helpers import triples


def _members(nlp, text):
    return {(s, o) for s, p, o in triples(nlp, text) if p == "MEMBER_OF"}


def test_fronted_body_over_an_aside(nlp):
    found = _members(nlp, "L'Union andine, dont la Bolivie assure la présidence, regroupe le Pérou, l'Equateur "
                          "et la Colombie.")
    assert {("Pérou", "Union andine"), ("Colombie", "Union andine")} <= found, found


def test_counted_among_members_before_the_list(nlp):
    found = _members(nlp, "Le texte a été contesté par la Fédération des éditeurs numériques, une association "
                          "qui compte parmi ses membres Dailymotion et Deezer.")
    assert ("Dailymotion", "Fédération des éditeurs numériques") in found, found


def test_list_with_short_forms(nlp):
    found = _members(nlp, "Le Front syndical, qui regroupe la Confédération nationale du travail (CNT), la Centrale "
                          "des ouvriers du bois (COB) et l'Union des techniciens (UDT), a appelé à la grève.")
    assert {("Confédération nationale du travail", "Front syndical"),
            ("Union des techniciens", "Front syndical")} <= found, found


def test_et_dont_after_a_qui_clause(nlp):
    found = _members(nlp, "La Confédération syndicale andine, qui siège à Lima et dont la CGTP est membre "
                          "fondateur, a appelé à la grève.")
    assert ("CGTP", "Confédération syndicale andine") in found, found


def test_party_a_person_comes_from(nlp):
    found = _members(nlp, "Le Parti du progrès social, dont est issue la ministre Ana Duarte, a quitté "
                          "la coalition mardi.")
    assert ("Ana Duarte", "Parti du progrès social") in found, found


def test_a_meeting_gathers_no_members(nlp):
    found = _members(nlp, "Le sommet de Lomé, qui réunit le Togo, le Ghana et le Bénin, s'ouvre lundi.")
    assert not any(o.startswith("sommet") for _, o in found), found
