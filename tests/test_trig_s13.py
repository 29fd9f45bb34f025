"""Session 13: trigger lexicon breadth for the event classes (relations.json verbs, nouns, target_nouns,
verbal_locutions, undoing/cutting, side_verbs), and locutions whose verb takes "être" ("est venue en aide"),
with sentences written for these tests."""
import pytest

from extraction_helpers import has, triples


@pytest.mark.parametrize("text, subject, predicate, obj", [
    # single verbs, with the preposition that carries the object
    ("Le Mexique attend du Guatemala qu'il renforce ses contrôles.", "Mexique", "REQUEST", "Guatemala"),
    ("Le Brésil incite l'Argentine à ratifier le traité.", "Brésil", "REQUEST", "Argentine"),
    ("Le gouvernement portugais a reculé devant la CGTP.", "Portugal", "CONCEDE", "CGTP"),
    ("Le gouvernement portugais s'est plié aux exigences de la CGTP.", "Portugal", "CONCEDE", "CGTP"),
    ("Le Chili s'est joint à l'Uruguay pour porter l'affaire devant l'OMC.", "Chili", "COOPERATE", "Uruguay"),
    ("Le Maroc a renoué avec l'Iran après sept ans de brouille.", "Maroc", "COOPERATE", "Iran"),
    ("Le maire de Nantes, Paul Verdier, s'est indigné contre la préfecture de Loire-Atlantique.",
     "Paul Verdier", "ACCUSE", "préfecture de Loire-Atlantique"),
    ("Le sénateur Louis Carrel a décrié la Banque centrale européenne.",
     "Louis Carrel", "ACCUSE", "Banque centrale européenne"),
    ("Le Premier ministre Oskar Lind s'est rendu auprès de Margrethe Holm.", "Oskar Lind", "CONSULT",
     "Margrethe Holm"),
    # nouns, and nouns that are an act only with their "contre" target
    ("Le ministre Hugo Serrano a lancé une diatribe contre le Venezuela.", "Hugo Serrano", "ACCUSE", "Venezuela"),
    ("La députée Anne Lemoine a fait une sortie contre le Conseil d'État.", "Anne Lemoine", "ACCUSE",
     "Conseil d'État"),
    ("La Commission européenne a ouvert une procédure contre la Slovénie.", "Commission européenne", "ACCUSE",
     "Slovénie"),
    # verbal locutions: the object after the words, or between the verb and them
    ("Le Canada a pris ses distances avec le Mexique.", "Canada", "REJECT", "Mexique"),
    ("L'Ukraine a fermé la porte à la Biélorussie.", "Ukraine", "REJECT", "Biélorussie"),
    ("Le Portugal est resté sourd aux appels de l'Espagne.", "Portugal", "REJECT", "Espagne"),
    ("Le Parlement européen a inscrit le groupe Sarmat sur la liste noire.", "Parlement européen", "SANCTION",
     "Sarmat"),
    ("Le Ghana a déclaré le diplomate Oleg Vassine persona non grata.", "Ghana", "SANCTION", "Oleg Vassine"),
    ("L'Autriche a frappé la Hongrie de sanctions.", "Autriche", "SANCTION", "Hongrie"),
    ("Les rebelles du FLN ont pris pour cible la Monusco.", "FLN", "ASSAULT", "Monusco"),
    ("Le syndicat Unia a assigné en justice la société Brenner.", "Unia", "ACCUSE", "Brenner"),
    ("Le Japon a mis la pression sur la Corée du Sud.", "Japon", "REQUEST", "Corée du Sud"),
    ("Le ministre Luc Ferrand a porté aux nues la Fédération française de rugby.", "Luc Ferrand", "SUPPORT",
     "Fédération française de rugby"),
    # "venir", "rester", "monter" take "être": the parser's passive auxiliary is no passive
    ("La Suède est venue en aide à la Finlande.", "Suède", "AID", "Finlande"),
    ("La Suède est venue au secours de la Finlande.", "Suède", "AID", "Finlande"),
    ("Le député Marc Olier est monté au créneau contre la Commission européenne.", "Marc Olier", "ACCUSE",
     "Commission européenne"),
    # "s'engager aux côtés de": standing by someone
    ("Le Danemark s'est engagé aux côtés de la Moldavie.", "Danemark", "SUPPORT", "Moldavie"),
    # act nouns stand for their "de" complement as the object ("a dénoncé l'arrogance de X")
    ("Le sénateur Louis Carrel a dénoncé l'arrogance de la Banque mondiale.", "Louis Carrel", "ACCUSE",
     "Banque mondiale"),
    ("Le ministre Hugo Serrano a salué le travail de l'Unicef.", "Hugo Serrano", "SUPPORT", "Unicef"),
    ("Le Parti vert a contesté la victoire de Jonas Berg.", "Parti vert", "REJECT", "Jonas Berg"),
    ("La Grèce a critiqué les méthodes de Frontex.", "Grèce", "ACCUSE", "Frontex"),
    # the subject of "s'attirer", "susciter" undergoes the act the noun names; its "de" complement does it
    ("Le président Ruto s'est attiré les critiques de l'Union africaine.", "Union africaine", "ACCUSE", "Ruto"),
    ("Le ministre Hugo Serrano a suscité la condamnation de la Croix-Rouge.", "Croix-Rouge", "ACCUSE",
     "Hugo Serrano"),
    # a payment demanded of its "de" complement
    ("La Pologne réclame des réparations de l'Allemagne.", "Pologne", "REQUEST", "Allemagne"),
    ("Le Kenya exige une indemnisation de la société Trafigura.", "Kenya", "REQUEST", "Trafigura"),
    # "se féliciter de": praise with its "de" object; a text and assets stand for their author and owner
    ("L'Allemagne s'est félicitée de la décision de la Pologne.", "Allemagne", "SUPPORT", "Pologne"),
    ("La Chine a rejeté la résolution de l'Union européenne.", "Chine", "REJECT", "Union européenne"),
    ("La Russie a opposé son veto à la résolution présentée par les États-Unis.", "Russie", "REJECT",
     "États-Unis"),
    ("Le Royaume-Uni a gelé les avoirs de Roman Abramovitch.", "Royaume-Uni", "SANCTION", "Roman Abramovitch"),
    # support received: the giver is the noun's "de" complement, the receiver the verb's subject
    ("Le candidat Jonas Berg a recueilli le soutien du Parti vert.", "Parti vert", "SUPPORT", "Jonas Berg"),
    ("Le Kenya a gagné le soutien de l'Union africaine.", "Union africaine", "SUPPORT", "Kenya"),
    # cutting a benefit is a SANCTION (PLOVER "reduce or stop aid")
    ("Le Danemark a réduit son aide à la Tanzanie.", "Danemark", "SANCTION", "Tanzanie"),
])
def test_new_triggers(nlp, text, subject, predicate, obj):
    found = triples(nlp, text)
    assert has(found, subject, predicate, obj), found


def test_battle_is_no_delivery(nlp):
    # "livrer bataille à": the locution's act (ASSAULT), not the verb's own (AID, "livrer/à")
    found = triples(nlp, "L'armée kényane a livré bataille aux Chabab.")
    assert not any(p == "AID" for _, p, _ in found), found


def test_reduced_aid_is_no_aid(nlp):
    # "la baisse de l'aide à X": no aid given
    found = triples(nlp, "La Norvège a annoncé une baisse de son aide au Malawi.")
    assert not has(found, "Norvège", "AID", "Malawi"), found
