"""MEMBER_OF constructions of session 12 (helper member2): own sentences, invented names."""
from __future__ import annotations

from extraction_helpers import triples


# a country that chairs an organisation in turn is one of its members; a person chairing is not made a member
def test_rotating_chair_is_a_member(nlp):
    found = triples(nlp, "La Lettonie, qui exerce la présidence tournante du Conseil nordique, a protesté.")
    assert ("Lettonie", "MEMBER_OF", "Conseil nordique") in found, found
    found = triples(nlp, "Les ministres de l'Union du Maghreb arabe (UMA) se réunissent à Rabat, la Tunisie "
                         "assurant cette année la présidence tournante de l'organisation.")
    assert any(s == "Tunisie" and p == "MEMBER_OF" and o in ("UMA", "Union du Maghreb arabe")
               for s, p, o in found), found
    found = triples(nlp, "Paul Renard, qui assure la présidence tournante du Conseil nordique, a protesté.")
    assert ("Paul Renard", "MEMBER_OF", "Conseil nordique") not in found, found


# a body inside an organisation: its name (or bracketed short form) run on by "de" the organisation
def test_sub_body_of_an_organisation(nlp):
    found = triples(nlp, "Une équipe de la Plateforme d'intervention régionale de l'océan Pacifique (Pirop) de la "
                         "Croix-Rouge belge est arrivée samedi.")
    assert ("Plateforme d'intervention régionale de l'océan Pacifique", "MEMBER_OF", "Croix-Rouge belge") in found, \
        found
    found = triples(nlp, "L'Agence mondiale des semences a publié un avis. Le comité des variétés anciennes (CVA) "
                         "de l'agence a rendu son rapport lundi.")
    assert any(s in ("CVA", "comité des variétés anciennes") and p == "MEMBER_OF" and o == "Agence mondiale des semences"
               for s, p, o in found), found
    found = triples(nlp, "Le Liban a saisi le Conseil de sécurité de l'ONU mardi.")
    assert not any(p == "MEMBER_OF" for _, p, _ in found), found


# the player who scores for a team subject of a scoring verb plays for it; not the one who won the penalty
def test_team_scorers(nlp):
    found = triples(nlp, "Les Fennecs ont ouvert le score par Karim Bensaid avant la pause. Le match était tendu.")
    assert ("Karim Bensaid", "MEMBER_OF", "Fennecs") in found, found
    found = triples(nlp, "Le Stade brestois a égalisé en fin de match grâce à un penalty transformé par Hugo Marchal, "
                         "obtenu par Léo Garnier.")
    assert ("Hugo Marchal", "MEMBER_OF", "Stade brestois") in found, found
    assert ("Léo Garnier", "MEMBER_OF", "Stade brestois") not in found, found
    found = triples(nlp, "Le Stade brestois a battu Lens lors du match arbitré par Paul Morel.")
    assert ("Paul Morel", "MEMBER_OF", "Stade brestois") not in found, found
    found = triples(nlp, "L'Aviron bayonnais a fait la différence en fin de match grâce à deux essais du talonneur "
                         "Tom Esteban.")
    assert ("Tom Esteban", "MEMBER_OF", "Aviron bayonnais") in found, found
