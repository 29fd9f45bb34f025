"""Event arguments found through the syntax around a known trigger (session 16, own sentences): a verb
conjugated with "être" ("sont convenus"), an object relative after a comma ("X, qu'il accuse de ...") and a
clause's subject pronoun standing for the main clause's subject, whom a protest is against (the owner of the
building before which, the author of the act its purpose clause denounces), quality nouns of their owner."""
from extraction_helpers import has, triples


def test_convenir_with_etre_is_no_passive(nlp):
    # "sont convenus de": the written register of "convenir de" takes "être"; the coordinated subjects agree
    found = triples(nlp, "Le président chilien Pablo Soto et le président péruvien Luis Vega sont convenus "
                         "jeudi à Lima de rouvrir leur frontière.")
    assert has(found, "Pablo Soto", "AGREE", "Luis Vega"), found


def test_object_relative_after_comma(nlp):
    found = triples(nlp, "Le Chili a réclamé des sanctions contre le Pérou, qu'il accuse de fraude.")
    assert has(found, "Chili", "ACCUSE", "Pérou"), found


def test_object_relative_does_not_hide_the_request(nlp):
    found = triples(nlp, "Le Chili réclame le départ de la Bolivie, qu'il accuse d'espionnage.")
    assert has(found, "Chili", "REQUEST", "Bolivie"), found
    assert has(found, "Chili", "ACCUSE", "Bolivie"), found


def test_object_relative_of_several_subjects(nlp):
    found = triples(nlp, "La Belgique, la Suède et le Danemark ont lancé une procédure contre la Hongrie, "
                         "qu'ils accusent de fraude.")
    assert has(found, "Suède", "ACCUSE", "Hongrie"), found
    assert has(found, "Danemark", "ACCUSE", "Hongrie"), found


def test_object_relative_after_a_town_is_not_the_town(nlp):
    found = triples(nlp, "La Commission a infligé une amende à la société Lumeo, un courtier installé à Lyon, "
                         "qu'elle accuse "
                         "de fraude. L'Autriche a réclamé une enquête sur la Hongrie, qu'elle accuse de fraude.")
    assert not any(p == "ACCUSE" and o == "Lyon" for _, p, o in found), found
    assert has(found, "Autriche", "ACCUSE", "Hongrie"), found


def test_clause_pronoun_is_the_main_subject_country(nlp):
    found = triples(nlp, "La France a annoncé qu'elle allait sanctionner la Russie.")
    assert has(found, "France", "SANCTION", "Russie"), found


def test_protest_before_a_building_is_against_its_owner(nlp):
    # an unnamed crowd protests at the call of a party, before an embassy: the party protests against its country
    found = triples(nlp, "Des centaines de personnes ont manifesté samedi devant l'ambassade du Chili à l'appel "
                         "du Parti vert.")
    assert has(found, "Parti vert", "PROTEST", "Chili"), found


def test_protest_purpose_names_the_author(nlp):
    found = triples(nlp, "Des centaines d'agriculteurs ont manifesté mardi à Lima, à l'appel de la Fédération "
                         "paysanne, pour dénoncer les exigences de l'Union européenne.")
    assert has(found, "Fédération paysanne", "PROTEST", "Union européenne"), found


def test_quality_nouns_stand_for_their_owner(nlp):
    found = triples(nlp, "La Pologne a salué la fermeté de la Lituanie. La Hongrie a rejeté la compétence de la "
                         "Cour internationale de justice.")
    assert has(found, "Pologne", "SUPPORT", "Lituanie"), found
    assert has(found, "Hongrie", "REJECT", "Cour internationale de justice"), found


def test_protest_before_a_headquarters_is_no_siege(nlp):
    found = triples(nlp, "Les militants de Greenpeace ont manifesté devant le siège de TotalEnergies.")
    assert has(found, "Greenpeace", "PROTEST", "TotalEnergies"), found
    assert not [t for t in found if t[1] == "ASSAULT"], found


def test_passive_with_no_agent_is_the_owners_act(nlp):
    # the mechanism of the Union was activated at Greece's request: the Union was asked; "À" written "A"
    found = triples(nlp, "A la demande de la Grèce, le mécanisme de protection civile de l'Union européenne "
                         "a été activé.")
    assert has(found, "Grèce", "REQUEST", "Union européenne"), found
