"""Roles from titles and appositions (session 7): role nouns of wire copy as classes, plural titles
shared out over a list of nationalities, local portfolios, long apposed complements, fronted
countries, possessives past "ancien", lawyers, départements named like capitals."""
from __future__ import annotations

import pytest

from extraction.entities import extract_entities
from extraction.relations import extract_relations


def structural(nlp, text):
    doc = nlp(text)
    return {(r.subject.name, r.predicate, r.object.name) for r in extract_relations(doc, extract_entities(doc), [])
            if r.predicate in ("HOLDS_ROLE", "MEMBER_OF", "REPRESENTS")}


def roles_of(nlp, text, person):
    return {o for s, p, o in structural(nlp, text) if s == person and p == "HOLDS_ROLE"}


# --- role nouns: classes of the lexicon -------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Le diplomate russe Ivan Petrov a estimé que la baisse des effectifs était insuffisante.",
     ("Ivan Petrov", "HOLDS_ROLE", "Russie")),
    ("La diplomate brésilienne Ana Costa a plaidé pour un compromis.", ("Ana Costa", "HOLDS_ROLE", "Brésil")),
    ("Le rapporteur spécial de l'ONU sur la torture, Hugo Lindqvist, a réclamé une enquête.",
     ("Hugo Lindqvist", "HOLDS_ROLE", "ONU")),
    ("La rapporteure de la commission d'enquête, Lucie Arnaud, a rendu son texte à l'Assemblée nationale.",
     None),  # "la commission d'enquête" names no organisation: no guess
    ("Le vice-chancelier allemand, Otto Brandt, a défendu le budget.", ("Otto Brandt", "HOLDS_ROLE", "Allemagne")),
    ("La sous-préfète de Bayonne, Anne Dupuis, a ordonné l'évacuation.", ("Anne Dupuis", "HOLDS_ROLE", "Bayonne")),
])
def test_role_nouns_of_wire_copy(nlp, text, expected):
    found = structural(nlp, text)
    if expected:
        assert expected in found
    else:
        assert not any(p == "HOLDS_ROLE" for _, p, _ in found)


# --- plural titles shared out over nationalities --------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("L'accord a été signé par les ministres de l'Energie des deux pays, le Nigérien Amadou Sallah et le "
     "Tchadien Idriss Mahamat, à N'Djamena.",
     {("Amadou Sallah", "HOLDS_ROLE", "Niger"), ("Idriss Mahamat", "HOLDS_ROLE", "Tchad")}),
    ("Les chefs de la diplomatie des trois pays, le Béninois Paul Agbo, le Togolais Koffi Mensah et la "
     "Ghanéenne Ama Owusu, se sont réunis lundi.",
     {("Paul Agbo", "HOLDS_ROLE", "Bénin"), ("Koffi Mensah", "HOLDS_ROLE", "Togo"),
      ("Ama Owusu", "HOLDS_ROLE", "Ghana")}),
    ("Les présidents, le Letton Janis Ozols et l'Estonien Kaido Tamm, ont signé la déclaration.",
     {("Janis Ozols", "HOLDS_ROLE", "Lettonie"), ("Kaido Tamm", "HOLDS_ROLE", "Estonie")}),
])
def test_plural_title_shared_out_by_nationality(nlp, text, expected):
    assert expected <= structural(nlp, text)


@pytest.mark.parametrize("text", [
    # a singular title: the nationality is the person's, no list shares out an office
    "Son porte-parole, l'Allemand Jonas Weber, a démenti.",
    # the nationality of an organisation's officer is no office in that country
    "Les représentants de l'UE, l'Autrichien Markus Leitner et le Danois Lars Holm, ont convoqué les parties.",
    # no title before the list
    "Deux cyclistes, le Belge Tom Peeters et le Danois Lars Holm, ont chuté.",
])
def test_nationality_list_without_a_shared_state_office(nlp, text):
    found = structural(nlp, text)
    assert not any(p == "HOLDS_ROLE" and o in ("Allemagne", "Autriche", "Danemark", "Belgique") for _, p, o in found)


# --- a title whose complement holds a number: "entre les deux pays" -----------------------------------------

def test_title_with_a_complement_between_two_countries(nlp):
    text = ("A Bruxelles, le médiateur de l'UE pour le dialogue entre les deux pays, le Finlandais Mikko Virtanen, "
            "a convoqué les négociateurs.")
    found = structural(nlp, text)
    assert ("Mikko Virtanen", "HOLDS_ROLE", "UE") in found
    assert ("Mikko Virtanen", "HOLDS_ROLE", "Finlande") not in found


# --- local portfolios in lower case ---------------------------------------------------------------------------

@pytest.mark.parametrize("text, person, org", [
    ("Patrick Lemoine, adjoint aux sports de la mairie de Tours, a indiqué que la ville était informée.",
     "Patrick Lemoine", "mairie de Tours"),
    ("Parmi les prévenus figure l'ancienne adjointe à l'urbanisme de la mairie de Tours, Jeanne Morel.",
     "Jeanne Morel", "mairie de Tours"),
    ("La conseillère déléguée à la culture de la mairie de Brest, Maëlle Quéré, a salué le projet.",
     "Maëlle Quéré", "mairie de Brest"),
])
def test_local_portfolio_after_a_municipal_title(nlp, text, person, org):
    assert org in roles_of(nlp, text, person)


# --- an apposed title whose long complement ends on the body where the office is held -------------------------

@pytest.mark.parametrize("text, person, org", [
    ("« Il faut vacciner », a averti Karin Olsen, responsable des maladies infectieuses chez l'enfant au Centre "
     "européen de prévention et de contrôle des maladies, lors d'une conférence.",
     "Karin Olsen", "Centre européen de prévention et de contrôle des maladies"),
    ("Selon Marc Durand, chargé de mission pour les énergies marines à l'Agence française de développement "
     "(AFD), le chantier prendra dix ans.", "Marc Durand", "Agence française de développement"),
    ("Julie Baron, responsable des achats par correspondance au groupe Fnac Darty, a confirmé la hausse.",
     "Julie Baron", "Fnac Darty"),
])
def test_apposed_title_with_a_long_complement(nlp, text, person, org):
    assert org in roles_of(nlp, text, person)


def test_long_complement_ending_on_a_place_gives_no_office(nlp):
    text = "Julie Baron, responsable des ventes par correspondance à Lyon, a confirmé la hausse."
    assert not roles_of(nlp, text, "Julie Baron")


# --- a country fronted with "En/Au" ---------------------------------------------------------------------------

@pytest.mark.parametrize("text, person, country", [
    ("En Moldavie, où le taux de vaccination est tombé sous les 60 %, le ministre de la Santé, Ion Rusu, a "
     "annoncé une campagne.", "Ion Rusu", "Moldavie"),
    ("Au Bénin, le ministre de l'Intérieur Alain Houngbo a interdit la manifestation.", "Alain Houngbo", "Bénin"),
    ("En Bolivie, la ministre de la Culture, Rosa Quispe, a promis des contrôles.", "Rosa Quispe", "Bolivie"),
])
def test_state_office_in_the_fronted_country(nlp, text, person, country):
    assert country in roles_of(nlp, text, person)


@pytest.mark.parametrize("text", [
    # another nationality before the title: not sure whose office it is
    "Au Bénin, selon l'ambassadeur nigérian, le ministre de l'Intérieur Alain Houngbo a démissionné. "
    "Le Nigeria et le Togo ont réagi.",
    # the country does not open the sentence
    "Après l'élection au Bénin, le ministre de l'Intérieur Alain Houngbo a démissionné. Le Nigeria et le Togo "
    "ont réagi.",
])
def test_fronted_country_needs_a_clear_sentence(nlp, text):
    assert "Bénin" not in roles_of(nlp, text, "Alain Houngbo")


# --- possessives past "ancien", lawyers -----------------------------------------------------------------------

@pytest.mark.parametrize("text, person, org", [
    ("Parmi les prévenus figurent la société Loire Habitat, son ancien gérant, Marcel Brun, et deux architectes.",
     "Marcel Brun", "Loire Habitat"),
    ("Le groupe Valmor a changé de direction. Sa nouvelle directrice, Inès Carlier, arrive de Lyon.",
     "Inès Carlier", "Valmor"),
])
def test_possessive_title_past_a_qualifier(nlp, text, person, org):
    assert any(org in o for o in roles_of(nlp, text, person))


def test_a_lawyer_represents_but_holds_no_office(nlp):
    text = ("Le procès de la société Loire Habitat s'est ouvert. L'avocat de la société, Me Paul Vidal, a contesté "
            "toute responsabilité. L'avocat américain Tom Baker a fait appel.")
    found = structural(nlp, text)
    assert ("Paul Vidal", "REPRESENTS", "Loire Habitat") in found
    assert not any(s in ("Paul Vidal", "Tom Baker") and p == "HOLDS_ROLE" for s, p, _ in found)
    assert ("Tom Baker", "REPRESENTS", "États-Unis") not in found


# --- a département named like a capital --------------------------------------------------------------------

@pytest.mark.parametrize("text, person", [
    ("Vienne a protesté contre la décision de Bruxelles. Le préfet de la Vienne, Paul Martin, a dénoncé des "
     "violences à Poitiers.", "Paul Martin"),
    ("Le gouvernement autrichien et Vienne ont démenti. La préfète de la Vienne, Claire Brun, a déploré les "
     "heurts.", "Claire Brun"),
])
def test_prefect_of_a_departement_named_like_a_capital(nlp, text, person):
    roles = roles_of(nlp, text, person)
    assert "Autriche" not in roles
    assert "Vienne" in roles


def test_title_with_a_complement_between_two_named_places(nlp):
    text = ("La réunion, organisée par l'envoyé spécial de l'OSCE pour les négociations entre Chisinau et Tiraspol, "
            "le diplomate norvégien Erik Dahl, a échoué.")
    found = structural(nlp, text)
    assert ("Erik Dahl", "HOLDS_ROLE", "OSCE") in found
    assert ("Erik Dahl", "HOLDS_ROLE", "Norvège") not in found


@pytest.mark.parametrize("text, person", [
    # "son" is the mayor's (the clause's subject is "Il")
    ("L'élu, qui dirige la commune sous l'étiquette Les Républicains (LR), encourt dix ans. Il est jugé aux côtés "
     "de six autres prévenus, dont son ancien directeur de cabinet, Frédéric Aubin, et Gilles Roux.",
     "Frédéric Aubin"),
    # a paragraph of its own after the verdict: the accused's former adviser, not the court's
    ("Le Tribunal suprême espagnol a condamné mardi l'ancien ministre Pedro Salas.\n\n« Il a trahi », écrivent "
     "les juges.\n\nSon ancien conseiller, Luis Gómez, a été condamné à cinq ans.", "Luis Gómez"),
])
def test_former_officer_of_a_person_is_no_organisation_office(nlp, text, person):
    assert not roles_of(nlp, text, person)


def test_fronted_country_opening_a_paragraph_glued_to_the_sentence_before(nlp):
    text = ("Au moins 40 décès ont été enregistrés l'an dernier, pour la plupart des enfants de moins de cinq ans\n\n"
            "En Moldavie, où la couverture vaccinale est tombée sous les 60 %, le ministre de la Santé, Ion Rusu, a "
            "annoncé une campagne.")
    assert "Moldavie" in roles_of(nlp, text, "Ion Rusu")


# --- a state office whose country is left implicit --------------------------------------------------------------

@pytest.mark.parametrize("text, person, country", [
    ("La Cour suprême portugaise a condamné mardi l'ancien ministre de la Santé Rui Almeida à six ans de prison.\n\n"
     "Les juges ont estimé qu'il avait perçu des commissions entre Lisbonne et Porto.", "Rui Almeida", "Portugal"),
    ("La justice roumaine a inculpé lundi la ministre de la Culture, Ioana Marin, pour abus de pouvoir.\n\nElle "
     "avait signé les contrats avant que la Roumanie ne les annule.", "Ioana Marin", "Roumanie"),
    ("Le gouvernement grec a limogé mardi le ministre de la Santé Nikos Petrou après le naufrage.\n\nLe navire "
     "avait quitté Athènes dimanche.", "Nikos Petrou", "Grèce"),
])
def test_state_office_of_the_implicit_country(nlp, text, person, country):
    assert country in roles_of(nlp, text, person)


@pytest.mark.parametrize("text, person", [
    # a French story naming France only as a place: the golds disagree, no guess
    ("Le ministre de l'Intérieur, Paul Garnier, a salué le travail des enquêteurs. Le suspect, arrêté en Espagne, a "
     "été remis à la France.", "Paul Garnier"),
    # two countries named as often (decision 21): no story country
    ("La Cour suprême a condamné l'ancien ministre de la Santé Rui Almeida.\n\nLe Brésil a demandé son "
     "extradition, selon le Portugal.", "Rui Almeida"),
])
def test_implicit_country_needs_one_candidate(nlp, text, person):
    assert not roles_of(nlp, text, person)


# --- a title separated from the name by an aside ---------------------------------------------------------------

@pytest.mark.parametrize("text, person, org", [
    ("La secrétaire générale de la CFDT, premier syndicat du privé, Marie Léon, a dénoncé une réforme brutale.",
     "Marie Léon", "CFDT"),
    ("Ancien haut fonctionnaire de la Banque mondiale, où il a travaillé pendant dix ans, M. Paul Ngoy remplace "
     "Anne Kabila.", "Paul Ngoy", "Banque mondiale"),
    ("Le porte-parole de Renault, premier constructeur du pays, Louis Garnier, a démenti.", "Louis Garnier",
     "Renault"),
])
def test_title_over_an_aside(nlp, text, person, org):
    assert org in roles_of(nlp, text, person)


@pytest.mark.parametrize("text, person", [
    # the aside has a verb and the title does not open the sentence
    ("Il a rencontré le porte-parole de Renault, qui a démenti, puis Louis Garnier, un syndicaliste.", "Louis Garnier"),
    # the aside names a person: the title is theirs
    ("Le porte-parole de Renault, Marc Lenoir, Louis Garnier et trois élus ont signé.", "Louis Garnier"),
])
def test_no_title_over_an_aside(nlp, text, person):
    assert not roles_of(nlp, text, person)


@pytest.mark.parametrize("text, person, org", [
    ("Le texte a été signé en présence du commissaire de l'UA chargé de la paix et de la sécurité, Kofi Boateng.",
     "Kofi Boateng", "UA"),
    ("La vice-présidente de la Commission européenne chargée de la concurrence et de la transition, Lena Berg, a "
     "tranché.", "Lena Berg", "Commission européenne"),
    ("« Nous avons tout examiné », a déclaré Uwe Krämer, membre du directoire de la marque Opel chargé de la "
     "production, lors d'une conférence.", "Uwe Krämer", "Opel"),
    ("Selon Claire Morin, membre du comité exécutif de Danone, les prix vont baisser.", "Claire Morin", "Danone"),
])
def test_coordinated_lower_case_remit_and_board_members(nlp, text, person, org):
    assert org in roles_of(nlp, text, person)


def test_coordination_after_a_title_is_no_remit(nlp):
    # "et de la ..." with no "chargé" before it: a second complement of the verb, not the title's
    text = "Il a parlé avec le commissaire de l'UA et de la situation au Soudan, selon Kofi Boateng."
    assert "UA" not in roles_of(nlp, text, "Kofi Boateng")


def test_the_wires_home_country_is_a_story_country_like_any_other(nlp):
    # decision 21 reverses session 7's "no guess for France": the newer golds link a French minister to France
    text = ("Le fabricant français de batteries Voltis a annoncé lundi 300 suppressions d'emplois.\n\nLe ministre de "
            "l'Industrie, Paul Garnier, a demandé des garanties. La France reste le premier marché du groupe.")
    assert "France" in roles_of(nlp, text, "Paul Garnier")


def test_a_country_named_more_often_and_described_is_the_story_country(nlp):
    text = ("La Cour suprême portugaise a condamné l'ancien ministre de la Santé Rui Almeida.\n\nLe Brésil a demandé "
            "son extradition vers Brasilia, selon Lisbonne.")
    assert "Portugal" in roles_of(nlp, text, "Rui Almeida")
