"""MEMBER_OF of session 14 (helper mem): a country and a bloc of states it belongs to (general knowledge,
lexicons/blocs.tsv) where the sentence states the membership. Own sentences."""
from __future__ import annotations

from extraction_helpers import triples


def _members(nlp, text):
    return {(s, o) for s, p, o in triples(nlp, text) if p == "MEMBER_OF"}


# "Y (A, B et C)": the countries in brackets after the bloc
def test_members_in_brackets_after_the_bloc(nlp):
    found = _members(nlp, "Les pays de l'Union du Maghreb arabe (Maroc, Tunisie et Mauritanie) ont tenu une réunion à Rabat.")
    assert {("Maroc", "Union du Maghreb arabe"), ("Tunisie", "Union du Maghreb arabe"),
            ("Mauritanie", "Union du Maghreb arabe")} <= found, found


# a member word between the countries and the bloc, past a count ("deux pays membres de Y")
def test_member_word_between(nlp):
    found = _members(nlp, "Les ministres du Ghana et du Togo, deux pays membres de la Cédéao, ont signé un accord à Lomé.")
    assert {("Ghana", "Cédéao"), ("Togo", "Cédéao")} <= found, found
    found = _members(nlp, "L'Egypte, pays fondateur de la Ligue arabe, accueille le sommet.")
    assert ("Égypte", "Ligue arabe") in found, found


# "Y, dont A et B" with a noun other than a member noun before the bloc (the bloc's label corrected too)
def test_dont_after_the_bloc(nlp):
    found = _members(nlp, "Les dirigeants de l'Asean, dont le Vietnam et la Thaïlande, ont salué la trêve.")
    assert {("Vietnam", "Asean"), ("Thaïlande", "Asean")} <= found, found


# a verb of composition: "A forme avec B et C l'organisation Y", "A, B et C, regroupés dans le bloc dit Y"
def test_composition_verbs(nlp):
    found = _members(nlp, "Le Kenya forme avec l'Ouganda et la Tanzanie la Communauté d'Afrique de l'Est.")
    assert {("Kenya", "Communauté d'Afrique de l'Est"), ("Ouganda", "Communauté d'Afrique de l'Est"),
            ("Tanzanie", "Communauté d'Afrique de l'Est")} <= found, found
    found = _members(nlp, "Le Mali, le Burkina Faso et le Niger, regroupés dans la confédération dite AES, "
                          "ont quitté la Cédéao en janvier.")
    assert {("Mali", "AES"), ("Burkina Faso", "AES"), ("Niger", "AES")} <= found, found
    assert not any(o == "Cédéao" for _, o in found), found  # (they left it: no member of the lexicon's Cédéao)


# a bloc alone, a co-mention, a country that left, a meeting held in a member country: nothing, beside a stated one
def test_no_membership_from_a_co_mention(nlp):
    assert ("Canada", "G7") in _members(nlp, "Le Canada, qui appartient au G7, a salué la décision.")
    assert not _members(nlp, "Le sommet de l'Otan s'est ouvert mardi à Vilnius.")
    assert not _members(nlp, "La Pologne a vivement critiqué jeudi la décision de l'Union européenne sur les migrants.")
    assert not _members(nlp, "Le Niger a quitté la Cédéao en janvier, a rappelé le porte-parole de la Cédéao.")
    assert not _members(nlp, "Les ministres des pays de la SADC se sont réunis jeudi en Namibie.")


# one's peers in the bloc ("A et ses partenaires de Y"), "A, premier pays de Y à ...": A is a member
def test_peers_and_country_noun_of_the_bloc(nlp):
    found = _members(nlp, "L'Italie et ses partenaires de l'Union européenne ont adopté le texte.")
    assert ("Italie", "Union européenne") in found, found
    found = _members(nlp, "Le Portugal, premier pays de l'Union européenne à ratifier le traité, a salué le vote.")
    assert ("Portugal", "Union européenne") in found, found
