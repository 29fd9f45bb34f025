"""LOCATED_IN and REPLACES (session 13): a body's short form in brackets before the apposition that seats
it, a site named in its own language or labelled a place before "de" and its town, a list of towns opened
by "au", and the appointee of "en remplacement de". Sentences of our own writing."""
from extraction_helpers import has, triples


def test_a_short_form_in_brackets_before_the_town(nlp):
    text = ("Les archives seront confiées à l'Institut des langues anciennes (ILA), à Strasbourg, "
            "qui les numérisera d'ici à l'automne.")
    assert has(triples(nlp, text), "Institut des langues anciennes", "LOCATED_IN", "Strasbourg")
    text = ("Le recours a été déposé devant la Cour interaméricaine des droits de l'homme (CIDH), à San José, "
            "par une association de paysans.")
    assert has(triples(nlp, text), "Cour interaméricaine des droits de l'homme", "LOCATED_IN", "San José")
    # a body completing a site's noun is not what the town locates
    text = ("L'ancien chef rebelle a été conduit au centre de détention de la Cour pénale internationale, "
            "à Scheveningen, dans la nuit de mardi.")
    assert not has(triples(nlp, text), "Cour pénale internationale", "LOCATED_IN", "Scheveningen")


def test_a_site_named_in_its_own_language_before_its_town(nlp):
    text = "Le match s'est joué samedi au Veltins Arena de Gelsenkirchen devant un public conquis."
    assert has(triples(nlp, text), "Veltins Arena", "LOCATED_IN", "Gelsenkirchen")
    text = "Les oeuvres ont été prêtées par le Kunstmuseum de Bâle pour trois mois."
    assert has(triples(nlp, text), "Kunstmuseum", "LOCATED_IN", "Bâle")
    text = "L'exposition ouvrira au Teatro Real de Madrid le mois prochain."
    assert has(triples(nlp, text), "Teatro Real", "LOCATED_IN", "Madrid")


def test_a_site_labelled_a_place_before_its_town(nlp):
    text = "Le Sénégal a battu la Côte d'Ivoire samedi au stade Abdoulaye Wade de Diamniadio, devant une foule compacte."
    assert has(triples(nlp, text), "stade Abdoulaye Wade", "LOCATED_IN", "Diamniadio")


def test_towns_listed_after_au_are_no_town_in_the_next(nlp):
    text = "Au Mans, à Angers et à Tours, les cortèges ont réuni plusieurs milliers de manifestants jeudi."
    found = triples(nlp, text)
    assert not has(found, "Mans", "LOCATED_IN", "Angers") and not has(found, "Le Mans", "LOCATED_IN", "Angers")
    # a town glossed by its region after "à" is still placed in it
    text = "La mairie a été évacuée à Brignoles, dans le Var, mardi matin."
    assert has(triples(nlp, text), "Brignoles", "LOCATED_IN", "Var")


def test_the_appointee_replaces_not_the_one_who_appoints(nlp):
    text = ("Le président Emmanuel Marchetti a nommé mercredi l'économiste Hélène Vasseur au ministère du Budget, "
            "en remplacement de Paul Ribaud, parti pour raisons de santé.")
    found = triples(nlp, text)
    assert has(found, "Hélène Vasseur", "REPLACES", "Paul Ribaud")
    assert not has(found, "Emmanuel Marchetti", "REPLACES", "Paul Ribaud")


def test_the_appointment_noun_names_who_replaces(nlp):
    text = ("Il s'agit du premier remaniement depuis la nomination de Julie Marceau à Matignon en mai, "
            "en remplacement de Gilles Fortin, lui-même contraint à la démission.")
    assert has(triples(nlp, text), "Julie Marceau", "REPLACES", "Gilles Fortin")


def test_a_country_replaces_no_person(nlp):
    # an unnamed office holder stands for the country in events, never as the successor of a person
    text = "Le ministre malien de la Défense, qui a succédé en mars à Paul Diarra, a dénoncé les attaques."
    assert not has(triples(nlp, text), "Mali", "REPLACES", "Paul Diarra")


def test_who_leads_a_delegation_in_the_active_voice_represents_its_owner(nlp):
    text = "Le chef des renseignements, Marc Duvivier, qui conduisait la délégation française, a rencontré les médiateurs."
    assert has(triples(nlp, text), "Marc Duvivier", "REPRESENTS", "France")


def test_the_second_delegation_of_an_elided_clause(nlp):
    text = "La délégation américaine était menée par John Carter, celle de l'Iran par Ali Rezaei."
    found = triples(nlp, text)
    assert has(found, "Ali Rezaei", "REPRESENTS", "Iran")
    assert has(found, "John Carter", "REPRESENTS", "États-Unis")


def test_where_a_person_lives(nlp):
    assert has(triples(nlp, "L'opposant Karim Benslimane vit en exil à Genève depuis dix ans."),
               "Karim Benslimane", "LOCATED_IN", "Genève")
    assert has(triples(nlp, "Le chef du parti, Amadou Sarr, qui vit aujourd'hui au Canada, n'est pas poursuivi."),
               "Amadou Sarr", "LOCATED_IN", "Canada")


def test_a_possessive_seat_belongs_to_the_sentence_subject(nlp):
    text = "Le Conseil de l'Europe, réuni en session plénière à Strasbourg, son siège officiel, a adopté jeudi une résolution."
    assert has(triples(nlp, text), "Conseil de l'Europe", "LOCATED_IN", "Strasbourg")
    text = ("La Banque centrale des Etats de l'Afrique centrale (BEAC) a relevé mercredi son taux directeur à l'issue "
            "de la réunion de son comité de politique monétaire, tenue à son siège de Yaoundé.")
    assert has(triples(nlp, text), "Banque centrale des Etats de l'Afrique centrale", "LOCATED_IN", "Yaoundé")
