"""Session 34: what the freshest read stories (sets 220-225) miss (sentences written for these tests).

A "dont" clause on an organisation that says who its members are ("l'OSCE, dont la Russie reste membre", "dont le
Japon est l'un des principaux membres", "dont fait partie le groupe X") gives each name listed MEMBER_OF the
organisation, read on the surface: the parser hangs the clause's subject and its copula anywhere."""
from __future__ import annotations

from extraction_helpers import has, triples


def test_dont_reste_membre(nlp):
    found = triples(nlp, "La manoeuvre a été notifiée à l'Organisation pour la sécurité et la coopération en Europe "
                         "(OSCE), dont la Biélorussie reste membre.")
    assert has(found, "Biélorussie", "MEMBER_OF", "Organisation pour la sécurité et la coopération en Europe")


def test_dont_l_un_des_principaux_membres(nlp):
    found = triples(nlp, "Le Canada espère rejoindre l'Accord de partenariat transpacifique global et progressiste "
                         "(CPTPP), dont le Japon est l'un des principaux membres.")
    assert has(found, "Japon", "MEMBER_OF", "Accord de partenariat transpacifique global et progressiste")


def test_dont_a_and_b_sont_les_premiers_etats_membres(nlp):
    found = triples(nlp, "L'Agence spatiale européenne (ESA), dont l'Italie et l'Espagne sont les deux premiers "
                         "États membres contributeurs, a approuvé le programme.")
    assert has(found, "Italie", "MEMBER_OF", "Agence spatiale européenne")
    assert has(found, "Espagne", "MEMBER_OF", "Agence spatiale européenne")


def test_dont_fait_partie_a_company(nlp):
    found = triples(nlp, "Le consortium Corredor Norte Railway, dont fait partie le groupe espagnol Acciona, "
                         "exploitera la ligne pendant vingt ans.")
    assert has(found, "Acciona", "MEMBER_OF", "Corredor Norte Railway")


def test_dont_the_seat_is_no_member(nlp):
    found = triples(nlp, "L'Organisation mondiale du commerce (OMC), dont le siège est à Genève, a tranché le "
                         "différend entre le Canada et le Brésil.")
    assert not has(found, "Genève", "MEMBER_OF", "Organisation mondiale du commerce")
    assert not has(found, "Canada", "MEMBER_OF", "Organisation mondiale du commerce")


# A successor described by age ("Mme X, 52 ans, succède au Suédois Y"): the parser reads "X, 52 ans," as a phrase of
# its own and makes the predecessor the verb's subject; the person the age is said of REPLACES the one named after.

def test_aged_successor_after_nationality(nlp):
    found = triples(nlp, "La Norvégienne Ingrid Solberg a été élue lundi à la tête de l'agence. Mme Solberg, 49 ans, "
                         "succède au Portugais Rui Almeida, qui dirigeait l'organisation depuis 2041.")
    assert has(found, "Ingrid Solberg", "REPLACES", "Rui Almeida")
    assert not has(found, "Rui Almeida", "REPLACES", "Ingrid Solberg")


def test_aged_successor_past_an_apposition(nlp):
    found = triples(nlp, "Le conseil a désigné Marc Lefèvre président. M. Lefèvre, 61 ans, ancien directeur de la "
                         "société Atlantis Énergie, succède à la juriste Hélène Morin, qui avait démissionné en mars.")
    assert has(found, "Marc Lefèvre", "REPLACES", "Hélène Morin")


def test_aged_successor_in_a_relative(nlp):
    found = triples(nlp, "Le club a nommé entraîneur l'ancien ailier Paul Girard, 44 ans, qui remplace le Belge "
                         "Jan Peeters, limogé la semaine dernière.")
    assert has(found, "Paul Girard", "REPLACES", "Jan Peeters")


def test_aged_person_replaced_is_no_successor(nlp):
    found = triples(nlp, "Paul Girard, 44 ans, a été remplacé par le Belge Jan Peeters.")
    assert not has(found, "Paul Girard", "REPLACES", "Jan Peeters")
