"""Session 10: event relations by construction (sentences written for the tests)."""
from extraction_helpers import has, triples


def test_meeting_only_on_the_agenda_is_no_event_yet(nlp):
    # "doit recevoir", "doit s'entretenir avec", a trip, a future tense: planned, not done (decision 25)
    for text in ("La ministre de la Santé, Hélène Varnier, doit recevoir mardi le président de la Croix-Rouge, "
                 "Marc Delorme.",
                 "Le maire de Lyon, Paul Renaudin, doit s'entretenir avec Claire Fabre et Louis Mercier.",
                 "Le ministre autrichien des Affaires étrangères, Karl Weber, doit se rendre en Pologne.",
                 "Le Chili et le Pérou se réuniront chaque trimestre."):
        found = triples(nlp, text)
        assert not any(p == "CONSULT" for _, p, _ in found), (text, found)


def test_penalty_inflicted_on_a_club(nlp):
    # "infliger à X deux matchs à huis clos": the body penalises X (the à-complement)
    found = triples(nlp, "La Fédération suisse de hockey a infligé jeudi au HC Montreux deux matchs à huis clos.")
    assert ("Fédération suisse de hockey", "SANCTION", "HC Montreux") in found, found
    # a defeat inflicted is no penalty
    found = triples(nlp, "Le HC Montreux a infligé samedi une lourde défaite au HC Sierre.")
    assert not any(p == "SANCTION" for _, p, _ in found), found


def test_no_recipient_under_a_frame_adverbial(nlp):
    # with a direct object, the recipient is not looked for under "selon ...", "dans ..."
    found = triples(nlp, "La Banque mondiale a financé des écoles, selon une lettre au Parlement européen.")
    assert not any(o == "Parlement européen" for _, _, o in found), found


def test_participle_phrase_with_its_agent_is_a_fact_of_its_own(nlp):
    # the main verb's future does not make "soutenu par Y" unrealised
    found = triples(nlp, "Elle affrontera dimanche l'ancien juge Tomas Varga, soutenu par le Parti agrarien (PAG).")
    assert ("Parti agrarien", "SUPPORT", "Tomas Varga") in found, found
    # a participle coordinated with a participle phrase on a noun apposed to a name: the name is its patient
    found = triples(nlp, "Le Tribunal spécial pour le Liberia, juridiction mixte siégeant à Monrovia et financée "
                         "par la Banque mondiale, juge des crimes commis pendant la guerre.")
    assert ("Banque mondiale", "AID", "Tribunal spécial pour le Liberia") in found, found


def test_addressee_of_a_request_named_by_its_place(nlp):
    # "demander à <place> de ...": the place's government is asked (not where the asking happened)
    found = triples(nlp, "La présidente de la Chambre de commerce de Lyon, Anne Guérin, a demandé à Toulouse "
                         "d'envisager une loi spéciale.")
    assert ("Anne Guérin", "REQUEST", "Toulouse") in found, found
    # "réclamer de X une chose": X is asked
    found = triples(nlp, "Le syndicat Alliance Infirmière réclame de Winnipeg la fin des heures supplémentaires.")
    assert ("Alliance Infirmière", "REQUEST", "Winnipeg") in found, found


def test_second_name_hung_on_the_verb(nlp):
    # "a accusé A et B de ...": B hung on the verb by the parser
    found = triples(nlp, "Le porte-parole du gouvernement chilien, Diego Araya, a accusé Lima et La Paz de « menacer "
                         "la stabilité régionale ».")
    assert ("Diego Araya", "ACCUSE", "Bolivie") in found, found


def test_name_taken_for_the_infinitive_complement(nlp):
    # "a appelé A et B à ...": A parsed as the verb's xcomp, B hung on the verb
    found = triples(nlp, "Marc Olinga a appelé Lusaka et Lilongwe à « renforcer la surveillance sanitaire ».")
    assert ("Marc Olinga", "REQUEST", "Zambie") in found and ("Marc Olinga", "REQUEST", "Malawi") in found, found


def test_finite_verb_parsed_as_a_modifier_of_its_subject(nlp):
    # "A et les experts de B accusent X": the verb hung on "experts" as its modifier
    found = triples(nlp, "Accra et les experts de l'ONU accusent Lomé de soutenir militairement le FLA.")
    assert ("Ghana", "ACCUSE", "Togo") in found, found


def test_inverted_subject_pronoun(nlp):
    # "a-t-il affirmé, accusant X de ...": the inverted "-il" is the person named just before
    text = ("Le porte-parole du gouvernement hongrois, Gábor Kovács, a parlé lundi. « Rien ne changera », a-t-il "
            "affirmé aux journalistes, accusant la Commission européenne de « mentir ».")
    found = triples(nlp, text)
    assert ("Gábor Kovács", "ACCUSE", "Commission européenne") in found, found
