"""Event arguments given by a description that names no one (session 15, own sentences): a role phrase is the
person the speakers' resolver matches to it (titles, gender, nationality), an act or a body with a nationality
adjective is that country's."""
from extraction_helpers import has, triples


def test_leader_with_nationality_is_the_president_of_that_country(nlp):
    # "le dirigeant péruvien": no title says "dirigeant", the one Peruvian the story titled is meant
    found = triples(nlp, "Le président péruvien Alberto Quispe a reçu les maires du sud. "
                         "Le dirigeant péruvien a accusé la Bolivie d'ingérence.")
    assert has(found, "Alberto Quispe", "ACCUSE", "Bolivie"), found
    assert not has(found, "Pérou", "ACCUSE", "Bolivie"), found


def test_leader_with_nationality_as_object(nlp):
    found = triples(nlp, "Le chancelier autrichien Karl Huber a été réélu. Le Premier ministre belge Jan Peeters "
                         "s'est entretenu au téléphone avec le dirigeant autrichien.")
    assert has(found, "Jan Peeters", "CONSULT", "Karl Huber"), found


def test_feminine_description_is_no_man(nlp):
    # "la nouvelle présidente" is not the man the story titled "président"
    found = triples(nlp, "Le président argentin Julio Mendez a reçu des élus. Le Brésil a apporté son soutien "
                         "à la nouvelle présidente.")
    assert not has(found, "Brésil", "SUPPORT", "Julio Mendez"), found


def test_act_with_nationality_adjective_is_that_countrys(nlp):
    found = triples(nlp, "La Norvège a envoyé une frégate au Svalbard. La ministre danoise Mette Larsen a "
                         "apporté son soutien à la décision norvégienne.")
    assert has(found, "Mette Larsen", "SUPPORT", "Norvège"), found


def test_rejected_proposal_with_nationality_adjective(nlp):
    found = triples(nlp, "Le gouvernement thaïlandais a rejeté la proposition japonaise.")
    assert has(found, "Thaïlande", "REJECT", "Japon"), found


def test_european_initiative_is_the_unions_when_named(nlp):
    found = triples(nlp, "L'Union européenne a lancé un programme d'aide. Le président turc Ali Demir a "
                         "dénoncé l'initiative européenne.")
    assert has(found, "Ali Demir", "ACCUSE", "Union européenne"), found


def test_american_administration_is_the_united_states(nlp):
    found = triples(nlp, "Le ministre canadien du Commerce, Paul Tremblay, a appelé l'administration américaine "
                         "à lever les taxes.")
    assert has(found, "Paul Tremblay", "REQUEST", "États-Unis"), found


def test_parsed_doc_does_not_keep_the_speaker_resolver(nlp):
    # the resolver holds its Doc; left in the Doc's user_data after the last stage, every Doc of a stream
    # would live until the cyclic garbage collector ran (slower extraction, growing memory)
    from extraction.entities import extract_entities
    from extraction.quotes import extract_quotes
    from extraction.relations import extract_relations
    doc = nlp("La ministre suédoise Karin Berg a rencontré son homologue danois. « Nous avançons », a-t-elle dit.")
    entities = extract_entities(doc)
    quotes = extract_quotes(doc, entities)
    assert "wirestream_speakers" in doc.user_data  # the quote stage leaves it for the relations
    extract_relations(doc, entities, quotes)
    assert "wirestream_speakers" not in doc.user_data
