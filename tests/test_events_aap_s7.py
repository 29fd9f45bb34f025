"""ACCUSE, AID, PROTEST and SUPPORT reached through constructions the verb/noun triggers miss (session 7)."""
from __future__ import annotations

import pytest

from extraction.entities import extract_entities
from extraction.relations import extract_relations


def events(nlp, text, predicate):
    doc = nlp(text)
    return {(r.subject.name, r.object.name) for r in extract_relations(doc, extract_entities(doc), [])
            if r.predicate == predicate}


@pytest.mark.parametrize("text, expected", [
    ("L'Union européenne a adopté lundi de nouvelles sanctions contre le Venezuela, accusé de réprimer "
     "l'opposition.", ("Union européenne", "Venezuela")),
    ("Le Canada a imposé des mesures contre la Biélorussie, accusée d'avoir organisé l'afflux de migrants.",
     ("Canada", "Biélorussie")),
    ("Londres a annoncé mardi des sanctions contre l'homme d'affaires Piotr Vassiline, accusé de financer "
     "des milices.", ("Royaume-Uni", "Piotr Vassiline")),
])
def test_the_sanctioned_party_said_accused_is_accused_by_the_sanctioner(nlp, text, expected):
    assert expected in events(nlp, text, "ACCUSE")


@pytest.mark.parametrize("text", [
    # no sanction: a meeting with someone accused is no accusation by the host
    "Le Japon a reçu mardi le président du Venezuela, accusé de réprimer l'opposition.",
    # the accuser is named: the trigger machinery's business, not the sanctioner
    "L'Union européenne a adopté des sanctions contre le Venezuela, accusé par l'ONU de réprimer l'opposition.",
])
def test_no_accusation_without_a_sanction_or_with_a_named_accuser(nlp, text):
    assert ("Union européenne", "Venezuela") not in events(nlp, text, "ACCUSE")
    assert ("Japon", "Venezuela") not in events(nlp, text, "ACCUSE")


@pytest.mark.parametrize("text, expected", [
    ("Berlin se tient aux côtés de l'Ukraine aussi longtemps qu'il le faudra.", ("Allemagne", "Ukraine")),
    ("Le Japon restera aux côtés des Philippines face aux pressions.", ("Japon", "Philippines")),
    ("L'Espagne s'est rangée aux côtés du Maroc dans ce différend.", ("Espagne", "Maroc")),
])
def test_standing_by_someone_is_support(nlp, text, expected):
    assert expected in events(nlp, text, "SUPPORT")


@pytest.mark.parametrize("text", [
    "Le Brésil a combattu aux côtés de la France en 1944.",
    "Le président du Portugal était aux côtés de l'Espagne lors de la cérémonie.",
    "Le Chili ne se tient pas aux côtés du Pérou dans ce dossier.",
])
def test_presence_beside_someone_or_a_denial_is_no_support(nlp, text):
    assert not events(nlp, text, "SUPPORT")


@pytest.mark.parametrize("text, expected", [
    ("Manille a convoqué l'ambassadeur de Chine pour lui remettre une note de protestation.",
     ("Philippines", "Chine")),
    ("Le Maroc a convoqué lundi le chargé d'affaires algérien pour exprimer sa protestation.",
     ("Maroc", "Algérie")),
    ("La Pologne a convoqué l'ambassadrice de Russie afin de protester contre la violation de son espace aérien.",
     ("Pologne", "Russie")),
])
def test_summoning_an_envoy_to_protest_is_a_protest(nlp, text, expected):
    assert expected in events(nlp, text, "PROTEST")


@pytest.mark.parametrize("text", [
    "Le Maroc a convoqué l'ambassadeur d'Espagne pour préparer la visite du roi.",
    "Le Maroc n'a pas convoqué l'ambassadeur d'Espagne, malgré la protestation des députés.",
])
def test_a_summons_without_protest_or_denied_is_none(nlp, text):
    assert not events(nlp, text, "PROTEST")


@pytest.mark.parametrize("text, expected", [
    ("La grève entamée lundi à l'usine Michelin de Roubaix contre un plan de suppressions de postes s'est "
     "durcie, la CGT et la CFDT appelant les salariés à cesser le travail.",
     {("CGT", "Michelin"), ("CFDT", "Michelin")}),
    ("La grève se poursuit au dépôt Transdev de Vitry, où la CGT a appelé les conducteurs à reconduire le "
     "mouvement.", {("CGT", "Transdev")}),
    ("La grève chez Carrefour s'étend, à l'appel de la CFDT.", {("CFDT", "Carrefour")}),
])
def test_callers_of_a_strike_at_a_company_site_protest_the_company(nlp, text, expected):
    assert expected <= events(nlp, text, "PROTEST")


@pytest.mark.parametrize("text", [
    # no site of a company: a strike in a town
    "La grève à Roubaix s'est durcie, la CGT appelant les salariés à cesser le travail.",
    # the union calls for nothing of a strike
    "La grève à l'usine Michelin est finie, la CGT appelant les salariés au calme.",
])
def test_no_protest_without_an_employer_or_a_call_to_strike(nlp, text):
    assert not events(nlp, text, "PROTEST")


@pytest.mark.parametrize("text, expected", [
    ("Des milliers d'infirmiers ont manifesté jeudi contre la réforme hospitalière portée par la ministre de la "
     "Santé, Hélène Marchal, à l'appel d'une intersyndicale emmenée par la CFDT.", ("CFDT", "Hélène Marchal")),
    ("L'Unsa a protesté contre l'accord commercial conclu par l'Union européenne avec le "
     "Chili.", ("Unsa", "Union européenne")),
    ("La CGT a manifesté devant le siège de la banque contre le projet minier financé par la Société générale.",
     ("CGT", "Société générale")),
])
def test_a_protest_against_a_thing_targets_its_author(nlp, text, expected):
    assert expected in events(nlp, text, "PROTEST")


@pytest.mark.parametrize("text", [
    "La Confédération paysanne proteste contre l'accord commercial avec le Chili.",  # no author named
    "La Confédération paysanne n'a pas manifesté contre la réforme portée par Hélène Marchal.",
    "La CGT a salué le projet minier financé par la Société générale.",  # no protest
])
def test_no_protest_against_an_author_without_one_or_a_protest(nlp, text):
    found = events(nlp, text, "PROTEST")
    assert not any(o in ("Hélène Marchal", "Société générale", "Union européenne") for _, o in found)


@pytest.mark.parametrize("text, predicate, expected", [
    ("Bruxelles doit encore valider le prêt bonifié que la France compte accorder à Orano.", "AID",
     ("France", "Orano")),
    ("L'aide militaire que l'Allemagne a promise à la Moldavie arrivera en mars.", "AID", ("Allemagne", "Moldavie")),
    ("Le soutien que la Chine apporte à la Biélorussie inquiète les Européens.", "SUPPORT", ("Chine", "Biélorussie")),
])
def test_aid_granted_in_a_relative_clause(nlp, text, predicate, expected):
    assert expected in events(nlp, text, predicate)


@pytest.mark.parametrize("text", [
    "L'aide que le Japon n'a pas versée au Pérou manque cruellement.",  # denied
    "Le prêt que la France a remboursé à la Banque mondiale était ancien.",  # no grant
])
def test_no_aid_from_a_relative_clause_denied_or_without_a_grant(nlp, text):
    assert not events(nlp, text, "AID")


@pytest.mark.parametrize("text, predicate, expected", [
    ("Rome a de son côté apporté son soutien à Mediobanca, saluant une opération qui « montre la vitalité du "
     "système bancaire italien », dans un communiqué du ministère de l'Economie.", "SUPPORT", ("Italie", "Mediobanca")),
    ("Paris a pour sa part réaffirmé son appui au Liban.", "SUPPORT", ("France", "Liban")),
    ("Le Danemark a de son côté apporté son aide au Groenland.", "AID", ("Danemark", "Groenland")),
])
def test_own_support_given_by_the_name_opening_the_clause(nlp, text, predicate, expected):
    assert expected in events(nlp, text, predicate)


@pytest.mark.parametrize("text", [
    "Le Danemark a de son côté apporté son soutien à la candidature de la ville.",  # no one named after "à"
    "Le Danemark n'a pas apporté son soutien au Groenland.",  # denied
])
def test_no_possessive_support_without_a_beneficiary_or_denied(nlp, text):
    assert not events(nlp, text, "SUPPORT")


def test_every_organisation_listed_after_dont_shares_the_support(nlp):
    found = events(nlp, "Plusieurs organisations de défense des journalistes, dont Reporters sans frontières et "
                        "Amnesty International, ont exprimé leur soutien à Karim Benhadj.", "SUPPORT")
    assert {("Reporters sans frontières", "Karim Benhadj"), ("Amnesty International", "Karim Benhadj")} <= found


@pytest.mark.parametrize("text", [
    # the listed one is the object's side, not the subject's
    "Plusieurs pays, dont la Belgique, ont rencontré l'Autriche, qui a condamné l'Iran.",
    # no list: one subject only
    "Amnesty International a exprimé son soutien à Karim Benhadj, comme Human Rights Watch la veille.",
])
def test_no_shared_act_outside_a_dont_list_of_the_subject(nlp, text):
    found = events(nlp, text, "ACCUSE") | events(nlp, text, "SUPPORT")
    assert ("Belgique", "Iran") not in found and ("Human Rights Watch", "Karim Benhadj") not in found


def test_the_one_organisation_listed_after_dont_gives_the_support(nlp):
    found = events(nlp, "Le ministère a dénoncé une campagne hostile, tandis que plusieurs organisations de défense "
                        "des artistes, dont Amnesty International, ont exprimé leur soutien à Karim Benhadj.", "SUPPORT")
    assert ("Amnesty International", "Karim Benhadj") in found


@pytest.mark.parametrize("text, expected", [
    ("Les combats opposent l'armée aux Forces démocratiques unies (FDU), des milices alliées au Front de libération "
     "nationale (FLN).", ("Forces démocratiques unies", "Front de libération nationale")),
    ("Le Hezbollah, allié à l'Iran, a tiré des roquettes.", ("Hezbollah", "Iran")),
    ("La ville est tenue par le Front uni du Nord (FUN), des milices alliées au gouvernement de salut national (GSN).",
     ("Front uni du Nord", "GSN")),
    ("Le village est tenu par l'Armée de libération du Sud, un groupe armé allié au Front patriotique.",
     ("Armée de libération du Sud", "Front patriotique")),
])
def test_a_name_apposed_as_allied_to_another_supports_it(nlp, text, expected):
    assert expected in events(nlp, text, "SUPPORT")


@pytest.mark.parametrize("text", [
    "Des soldats alliés à la Russie ont été vus près de la frontière.",  # no name in apposition
    "Le Mali, qui s'est allié à la Russie, a expulsé l'ambassadeur.",  # a relative: the triggers' own business
])
def test_no_allied_apposition_without_a_name_before(nlp, text):
    assert not events(nlp, text, "SUPPORT")


@pytest.mark.parametrize("text, expected", [
    ("Le maire de Lunel, Paul Girard, met en cause la société Valmora dans ce dossier.", ("Paul Girard", "Valmora")),
    ("Kiev tient Moscou pour responsable de l'attaque.", ("Ukraine", "Russie")),
    ("Le Pakistan a pointé du doigt l'Inde après l'explosion.", ("Pakistan", "Inde")),
])
def test_locutions_of_blame_are_accusations(nlp, text, expected):
    assert expected in events(nlp, text, "ACCUSE")


@pytest.mark.parametrize("text", [
    "Le Brésil n'a pas mis en cause l'Argentine.",  # denied
    "L'Argentine, mise en cause par le Brésil, a démenti.",  # passive: the accused is not the subject
    "Le rapport met en cause la gestion du port.",  # no one named
])
def test_no_blame_denied_passive_or_unnamed(nlp, text):
    assert ("Argentine", "Brésil") not in events(nlp, text, "ACCUSE")
    assert ("Brésil", "Argentine") not in events(nlp, text, "ACCUSE") or "mise en cause par" in text
