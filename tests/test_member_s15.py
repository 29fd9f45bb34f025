"""MEMBER_OF of session 15 (helper member): broad families of membership constructions. Own sentences."""
from __future__ import annotations

from extraction_helpers import triples


def _members(nlp, text):
    return {(s, o) for s, p, o in triples(nlp, text) if p == "MEMBER_OF"}


# "X (SIGLE), branche militaire de Y", "X, principale composante de Y": an organisation apposed to a unit noun
# of another is a body of it, whatever word heads its own name
def test_apposed_unit_of_another_body(nlp):
    found = _members(nlp, "Des combattants du Front armé du Nord (FAN), branche militaire du Parti de la renaissance, "
                          "ont attaqué un poste.")
    assert ("Front armé du Nord", "Parti de la renaissance") in found, found
    found = _members(nlp, "Le Mouvement paysan, principale composante de la Coalition du renouveau, a quitté le "
                          "gouvernement.")
    assert ("Mouvement paysan", "Coalition du renouveau") in found, found


# "son parti, Y": the possessive's person, named in the clause when the parse finds no subject, named earlier in
# the sentence when the subject is no person, or the one person of the sentence before
def test_possessive_party_owner(nlp):
    found = _members(nlp, "Le président Jean Dupuis, réélu en mai lors d'un vote contesté, a pour sa part estimé "
                          "devant des partisans de son parti, le Mouvement républicain, que le pays tiendrait.")
    assert ("Jean Dupuis", "Mouvement républicain") in found, found
    found = _members(nlp, "Les voisins redoutent que la crise ne renforce le discours de M. Malet avant le vote, où "
                          "son parti, l'Union démocratique, affronte la gauche.")
    assert ("Malet", "Union démocratique") in found, found
    found = _members(nlp, "Le gouvernement accuse l'ancien ministre Paul Renaud de financer les rebelles. Son parti, "
                          "le Front du progrès, a été dissous en mars.")
    assert ("Paul Renaud", "Front du progrès") in found, found


# "X, <apposed title>, dont le parti, Y, ...": the person the relative is on
def test_relative_party_owner(nlp):
    found = _members(nlp, "Le futur vice-président sera Henri Blanc, ancien rival de Marc Lenoir devenu son allié, "
                          "dont le parti, le Parti radical (PR), s'est allié au PT.")
    assert ("Henri Blanc", "Parti radical") in found, found
    assert ("Marc Lenoir", "Parti radical") not in found, found


# "le parti Y de X" (a name after a party word), "la Ligue Y de la Première ministre X" (a capitalised title)
def test_party_of_a_person(nlp):
    found = _members(nlp, "Le candidat affronte le parti Avenir de Pierre Malet, en tête dans les sondages.")
    assert ("Pierre Malet", "Avenir") in found, found
    found = _members(nlp, "Le scrutin a été remporté par la Ligue Avami de la Première ministre Anna Kovac, selon la "
                          "commission.")
    assert ("Anna Kovac", "Ligue Avami") in found, found


# "X, transféré en juillet au Y", "X, recruté ... en provenance du Y", "X, parti rejoindre le groupe Y", "X,
# passé depuis au Y": an apposed participle of a move joins the person to the organisation (to or from)
def test_apposed_moves(nlp):
    assert ("Marco Rossi", "FC Porto") in _members(nlp, "Il remplace Marco Rossi, transféré en juillet au FC Porto.")
    found = _members(nlp, "Le défenseur Marco Rossi, recruté l'été dernier en provenance du FC Porto, a marqué.")
    assert ("Marco Rossi", "FC Porto") in found, found
    found = _members(nlp, "Elle succède à Paul Martin, parti rejoindre le groupe Renault le mois dernier.")
    assert ("Paul Martin", "Renault") in found, found
    found = _members(nlp, "L'ancien adjoint Paul Martin, passé depuis au Rassemblement national, a accusé le maire.")
    assert ("Paul Martin", "Rassemblement national") in found, found
    # (a name after "de" a noun: the participle is on that noun)
    found = _members(nlp, "Une toile des frères Roussel, prêtée l'an dernier au musée du Louvre, a disparu.")
    assert not any(o == "musée du Louvre" for _, o in found), found


# "grâce à un doublé de son ailier X", "leur attaquant X" after "Les Marseillais ...": a post owned by the team the
# clause is about (its subject, or the one club of the town whose adjective is the subject)
def test_possessive_players(nlp):
    found = _members(nlp, "Le Racing club de Toulon a gagné le match grâce à un doublé de son ailier Paul Girard en "
                          "seconde période.")
    assert ("Paul Girard", "Racing club de Toulon") in found, found
    found = _members(nlp, "L'Olympique de Marseille a battu Lyon samedi en championnat. Les Marseillais ont fait la "
                          "différence grâce à un but de leur attaquant Karim Diallo.")
    assert ("Karim Diallo", "Olympique de Marseille") in found, found


# "X, du cabinet Y", "X, de l'équipe Y": the kind noun before the organisation's name in a short apposition
def test_affiliation_past_a_kind_noun(nlp):
    found = _members(nlp, "Pour l'économiste Jean Morel, du cabinet Astérès, la reprise reste fragile.")
    assert ("Jean Morel", "Astérès") in found, found
    found = _members(nlp, "Le coureur belge Marc Dubois, de l'équipe Lotto, a remporté l'étape.")
    assert ("Marc Dubois", "Lotto") in found, found
