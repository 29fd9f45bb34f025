"""Session 24 (located): LOCATED_IN recall from seats, company nouns with a town and bodies before ", à Y";
sentences of our own writing."""
from extraction_helpers import triples


def test_where_clause_seat_with_a_pronoun_takes_the_sentence_subject(nlp):
    found = triples(nlp, "À Calgary, où elle a son siège, la Fédération canadienne de curling a salué la décision.")
    assert ("Fédération canadienne de curling", "LOCATED_IN", "Calgary") in found, found


def test_where_clause_seat_after_a_country_glossing_the_town(nlp):
    found = triples(nlp, "L'Union cycliste internationale (UCI) a présenté mardi à Aigle, en Suisse, où elle a son "
                         "siège, un nouveau règlement.")
    assert ("Union cycliste internationale", "LOCATED_IN", "Aigle") in found, found
    assert ("Union cycliste internationale", "LOCATED_IN", "Suisse") not in found, found


def test_where_seat_verb_past_an_adverb_takes_the_body_named_before(nlp):
    found = triples(nlp, "Le délégué du Kenya auprès de l'Organisation mondiale du commerce (OMC) à Genève, où siège "
                         "officiellement l'institution, a démissionné.")
    assert ("Organisation mondiale du commerce", "LOCATED_IN", "Genève") in found, found


def test_company_noun_with_a_town_as_subject(nlp):
    found = triples(nlp, "Le géant chinois Geely a vendu deux millions de voitures en 2023. Le groupe de Hangzhou "
                         "vise désormais l'Europe.")
    assert ("Geely", "LOCATED_IN", "Hangzhou") in found, found


def test_tribunal_name_before_comma_a_town(nlp):
    found = triples(nlp, "Le club a saisi jeudi le Tribunal arbitral du sport (TAS), à Lausanne, pour contester "
                         "la sanction.")
    assert ("Tribunal arbitral du sport", "LOCATED_IN", "Lausanne") in found, found


def test_lower_case_tribunal_of_a_town_gets_no_region(nlp):
    found = triples(nlp, "Il a été jugé par le tribunal fédéral de Pittsburgh, en Pennsylvanie, la semaine dernière.")
    assert not any(p == "LOCATED_IN" and s.startswith("tribunal") for s, p, o in found), found
