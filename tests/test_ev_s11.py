"""Session 11: event relations by construction (sentences written for the tests)."""
from extraction_helpers import has, triples


def test_participle_after_an_aside_takes_the_subject_before_its_auxiliary(nlp):
    # "X a de son côté accusé Y": the parser makes "a" the main verb and hangs the participle on the aside
    found = triples(nlp, "La Bolivie a de son côté accusé le Paraguay de provocation.")
    assert ("Bolivie", "ACCUSE", "Paraguay") in found, found
    found = triples(nlp, "La Confédération paysanne a de son côté accusé Lactalis de mépriser les éleveurs.")
    assert ("Confédération paysanne", "ACCUSE", "Lactalis") in found, found
    found = triples(nlp, "Le Parti vert a pour sa part accusé le Portugal de laxisme.")
    assert ("Parti vert", "ACCUSE", "Portugal") in found, found
    found = triples(nlp, "La Bolivie a de son côté menacé le Paraguay de représailles.")
    assert ("Bolivie", "THREATEN", "Paraguay") in found, found


def test_name_apposed_last_to_the_subject_noun(nlp):
    # "Le chargé de ..., NAME, a accusé": the subject noun names no one; the name apposed before the auxiliary does
    found = triples(nlp, "Le chargé des questions agricoles au sein du Parti conservateur, Henri Maubert, a accusé "
                         "M. Dalmas de mentir.")
    assert ("Henri Maubert", "ACCUSE", "Dalmas") in found, found
    # with the clause parsed, a place ending the subject phrase is not its head
    found = triples(nlp, "La procureure de la République de Rennes a requis lundi deux ans de prison contre Paul Vidal.")
    assert not any(s == "Rennes" for s, _, _ in found), found


def test_demand_to_lift_a_measure_is_asked_of_its_author(nlp):
    # the nationality adjective of the sanctions names who is asked
    found = triples(nlp, "Caracas réclame la levée des sanctions américaines avant toute discussion.")
    assert ("Venezuela", "REQUEST", "États-Unis") in found, found
    # an organisation adjective, plural ("européens")
    found = triples(nlp, "L'Union européenne a gelé l'an dernier une partie de ses crédits. Le Premier ministre "
                         "slovaque Marek Hudec réclame le déblocage des fonds européens gelés.")
    assert ("Marek Hudec", "REQUEST", "Union européenne") in found, found
    # the agent of a participle on the measure
    found = triples(nlp, "Les dirigeants de l'Union européenne ont suspendu leurs versements. Bratislava exige la "
                         "levée du gel décidé par l'Union européenne.")
    assert ("Slovaquie", "REQUEST", "Union européenne") in found, found


def test_agreement_hung_on_the_place_of_signature(nlp):
    # "ont signé jeudi au Havre (Seine-Maritime) un accord": the parser makes the accord an apposition of the place
    found = triples(nlp, "La Belgique et les Pays-Bas ont signé jeudi au Havre (Seine-Maritime) un nouvel accord "
                         "portuaire.")
    assert has(found, "Belgique", "AGREE", "Pays-Bas"), found


def test_joint_act_is_a_cooperation_of_its_doers(nlp):
    # coordinated subjects of an act "coordonné(e)s": each pair cooperates (the act keeps its own predicate)
    found = triples(nlp, "Le Chili, le Pérou et la Colombie ont annoncé mardi des sanctions coordonnées contre trois "
                         "responsables vénézuéliens.")
    for a, b in (("Chili", "Pérou"), ("Chili", "Colombie"), ("Pérou", "Colombie")):
        assert has(found, a, "COOPERATE", b), found
    assert ("Chili", "SANCTION", "Venezuela") in found, found
    # "conjoints avec Y": the subject cooperates with Y
    found = triples(nlp, "Le Maroc a mené cette semaine des exercices navals conjoints avec l'Espagne.")
    assert has(found, "Maroc", "COOPERATE", "Espagne"), found
    # only planned or possible: nothing
    for text in ("La France et l'Espagne envisagent des patrouilles conjointes.",
                 "La Norvège et la Suède pourraient mener des exercices conjoints."):
        found = triples(nlp, text)
        assert not any(p == "COOPERATE" for _, p, _ in found), (text, found)


def test_joint_statement_is_an_agreement(nlp):
    found = triples(nlp, "Le président ghanéen John Mensah et son homologue togolais Koffi Adjavon ont adopté une "
                         "déclaration commune sur la sécurité.")
    assert has(found, "John Mensah", "AGREE", "Koffi Adjavon"), found


def test_rejected_claim_reaches_past_a_quote_and_a_paragraph(nlp):
    # the quote's pieces (cut by the splitter) do not count in the two sentences looked at
    found = triples(nlp, "Le ministre kényan des Affaires étrangères, Paul Otieno, a accusé l'Ouganda d'avoir violé la "
                         "frontière. « C'est inacceptable. Nous ne céderons pas », a-t-il déclaré devant les députés.\n\n"
                         "Le président ougandais, Moses Kato, a rejeté ces accusations, assurant que son armée n'avait "
                         "pas bougé.")
    assert ("Moses Kato", "REJECT", "Paul Otieno") in found, found
    # the claim made in the paragraph before, which the parser ran into the rejecting sentence
    found = triples(nlp, "La maire de Lyon, Claire Fabre, a reproché au gouvernement de ne pas financer les "
                         "transports, un grief ancien de la ville.\n\nÀ Paris, le ministre des Transports, Louis "
                         "Mercier, a rejeté ces critiques, rappelant les aides déjà versées.")
    assert ("Louis Mercier", "REJECT", "Claire Fabre") in found, found


def test_name_before_a_relative_clause_closed_before_the_auxiliary(nlp):
    # "X, dont/qui ..., a VERB": the parser made X a complement inside the relative clause
    found = triples(nlp, "La Finlande, dont l'espace aérien a été violé, a adressé une protestation formelle auprès "
                         "de Moscou.")
    assert ("Finlande", "PROTEST", "Russie") in found, found
    found = triples(nlp, "La Colombie, qui contrôle la quasi-totalité de la zone depuis mars, a intensifié ces derniers "
                         "mois son offensive vers le Venezuela.")
    assert ("Colombie", "ASSAULT", "Venezuela") in found, found


def test_cutting_the_visas_of_a_countrys_nationals_is_a_sanction(nlp):
    found = triples(nlp, "L'Algérie a réduit de moitié le nombre de visas accordés aux ressortissants tunisiens.")
    assert ("Algérie", "SANCTION", "Tunisie") in found, found
    found = triples(nlp, "Le Canada a suspendu la délivrance de visas aux ressortissants du Nigeria.")
    assert ("Canada", "SANCTION", "Nigeria") in found, found
    # visas eased or restored: no sanction
    for text in ("Le Japon a annoncé un assouplissement des conditions de délivrance des visas pour les "
                 "ressortissants vietnamiens.",
                 "Le Brésil a rétabli le nombre de visas accordés aux ressortissants argentins."):
        found = triples(nlp, text)
        assert not any(p == "SANCTION" for _, p, _ in found), (text, found)


def test_speaker_of_a_quote_said_after_a_meeting_met_its_partner(nlp):
    # the quote stage finds the speaker of the inverted reporting verb; the meeting noun under "à l'issue de"
    from extraction.entities import extract_entities
    from extraction.quotes import extract_quotes
    from extraction.relations import extract_relations

    def consults(text):
        doc = nlp(text)
        ents = extract_entities(doc)
        return {(r.subject.name, r.object.name) for r in extract_relations(doc, ents, extract_quotes(doc, ents))
                if r.predicate == "CONSULT"}

    found = consults("« Le dialogue est rétabli », a affirmé jeudi la ministre kényane Grace Wanjiru à l'issue d'une "
                     "rencontre à Nairobi avec le commissaire européen Pieter Claes.")
    assert {("Grace Wanjiru", "Pieter Claes"), ("Pieter Claes", "Grace Wanjiru")} & found, found
    # a meeting with no partner named gives nothing
    assert not consults("« Nous sommes inquiets », a déclaré Luc Vermeulen à l'issue de la réunion du conseil.")


def test_possessed_war_against_a_country(nlp):
    # "X pour sa guerre en Y": X's war on Y, read on the surface (the parser hangs Y elsewhere)
    found = triples(nlp, "Le Bélarus a fourni des camions militaires à la Russie pour sa guerre en Ukraine.")
    assert ("Russie", "ASSAULT", "Ukraine") in found, found
    # a war with no possessor names no attacker
    found = triples(nlp, "La guerre en Ukraine a fait flamber les prix du blé en Egypte.")
    assert not any(p == "ASSAULT" for _, p, _ in found), found


def test_meeting_asked_for_is_asked_of_its_partner(nlp):
    found = triples(nlp, "Le syndicat Solidaires réclame l'ouverture immédiate de négociations avec la direction de "
                         "Renault.")
    assert ("Solidaires", "REQUEST", "Renault") in found, found
    found = triples(nlp, "La CFDT exige une rencontre avec le ministre du Travail, Paul Vidal.")
    assert ("CFDT", "REQUEST", "Paul Vidal") in found, found
    # asking to be received by X
    found = triples(nlp, "Le maire de Brest, Yann Kerdraon, a demandé à être reçu par la direction de Naval Group.")
    assert ("Yann Kerdraon", "REQUEST", "Naval Group") in found, found


def test_unnamed_group_acts_through_its_leaders(nlp):
    # "plusieurs pays, emmenés par X": X stands for the group
    found = triples(nlp, "Plusieurs pays nordiques, emmenés par la Suède, ont rejeté la proposition de la Commission "
                         "européenne.")
    assert ("Suède", "REJECT", "Commission européenne") in found, found
    found = triples(nlp, "Le Premier ministre Jean Dufresne a reçu mardi à Matignon une délégation d'élus bretons "
                         "conduite par le président de la région Bretagne, Loïc Le Goff.")
    assert has(found, "Jean Dufresne", "CONSULT", "Loïc Le Goff"), found


def test_refusing_to_recognise_is_a_rejection(nlp):
    found = triples(nlp, "L'Erythrée, qui ne reconnaît pas la compétence de la Cour internationale de justice, n'a pas "
                         "envoyé d'avocats.")
    assert ("Érythrée", "REJECT", "Cour internationale de justice") in found, found
    # "cette décision": the decision named before with its author
    found = triples(nlp, "En 2019, une décision de la Cour internationale de justice a donné raison au Chili. La "
                         "Bolivie n'a jamais reconnu cette décision.")
    assert ("Bolivie", "REJECT", "Cour internationale de justice") in found, found
    # recognised, or a refusal only conditional: no rejection
    for text in ("La Bolivie a reconnu la compétence de la Cour internationale de justice.",
                 "La Bolivie ne reconnaîtrait pas la décision de la Cour internationale de justice."):
        found = triples(nlp, text)
        assert not any(p == "REJECT" for _, p, _ in found), (text, found)


def test_owned_withdrawal_from_a_place(nlp):
    # "son retrait de X": the possessive is who withdraws (the governing verb's subject), X the place left
    found = triples(nlp, "La Russie a achevé mardi son retrait de plusieurs villages du nord de la Géorgie.")
    assert ("Russie", "RETREAT", "Géorgie") in found, found
    # "le retrait de ses combattants du centre de X": the troops' possessive
    found = triples(nlp, "Le Front de libération de l'Azawad a annoncé mercredi le retrait de ses combattants du "
                         "centre de Kidal.")
    assert ("Front de libération de l'Azawad", "RETREAT", "Kidal") in found, found
    # only considered: nothing
    found = triples(nlp, "La Russie a annoncé qu'elle pourrait envisager son retrait de la Géorgie.")
    assert not any(p == "RETREAT" for _, p, _ in found), found
