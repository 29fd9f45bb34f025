"""HOLDS_ROLE of offices whose owner the sentence does not name (session 15, own sentences)."""
from extraction_helpers import has, triples


def test_possessive_state_office_is_the_story_country_not_the_last_body(nlp):
    # "son ministre des Finances" after a body: a state office is a government's, not the Commission's
    found = triples(nlp, "La Commission européenne a gelé mardi des fonds destinés à la Slovénie, accusée de ne "
                         "pas respecter l'Etat de droit. La Slovénie dénonce un chantage. Bruxelles a confirmé sa "
                         "décision à la Commission européenne. Son ministre des Finances, Marko Zupan, a dénoncé "
                         "une sanction politique.")
    assert has(found, "Marko Zupan", "HOLDS_ROLE", "Slovénie"), found
    assert not has(found, "Marko Zupan", "HOLDS_ROLE", "Commission européenne"), found


def test_possessive_state_office_with_no_body_before(nlp):
    # "son ministre de l'Agriculture" after the head of state: the story's country
    found = triples(nlp, "Le président kirghiz Adylbek Toktorov a limogé vendredi son ministre de l'Agriculture, "
                         "Nurlan Sadykov, après une sécheresse record au Kirghizistan. Le Kirghizistan importe "
                         "désormais du blé.")
    assert has(found, "Nurlan Sadykov", "HOLDS_ROLE", "Kirghizistan"), found


def test_known_leader_holds_office_of_own_country_not_story_country(nlp):
    # a story set in Italy: the chancellor is Germany's (lexicon leaders.tsv), not the story's country's
    found = triples(nlp, "L'Italie a accueilli mardi un sommet sur la défense à Rome. L'Italie veut une armée "
                         "européenne. Le chancelier Friedrich Merz a plaidé pour un fonds commun, soutenu par "
                         "l'Allemagne.")
    assert has(found, "Friedrich Merz", "HOLDS_ROLE", "Allemagne"), found
    assert not has(found, "Friedrich Merz", "HOLDS_ROLE", "Italie"), found


def test_known_leader_of_unnamed_country_gets_no_guess(nlp):
    # the leader's country is not named: no office of the story's country either
    found = triples(nlp, "La Tunisie a signé lundi un accord migratoire avec Bruxelles. La Tunisie recevra des "
                         "fonds. Le président Joe Biden a salué un accord « utile ».")
    assert not has(found, "Joe Biden", "HOLDS_ROLE", "Tunisie"), found


def test_federal_minister_is_a_state_office(nlp):
    found = triples(nlp, "Le Canada a fermé plusieurs routes après les inondations. Le Canada déploie l'armée. "
                         "La ministre fédérale des Transports, Louise Tremblay, a promis une aide rapide.")
    assert has(found, "Louise Tremblay", "HOLDS_ROLE", "Canada"), found


def test_officer_of_the_presidency_or_the_army_holds_a_state_office(nlp):
    found = triples(nlp, "Le Pérou a décrété l'état d'urgence dans trois régions. Le Pérou redoute des pillages. "
                         "Le porte-parole de la présidence, Carlos Mendoza, a défendu la mesure. Le chef "
                         "d'état-major des armées, le général Luis Paredes, a déployé des renforts.")
    assert has(found, "Carlos Mendoza", "HOLDS_ROLE", "Pérou"), found
    assert has(found, "Luis Paredes", "HOLDS_ROLE", "Pérou"), found


def test_state_service_with_its_adjective_after_the_title(nlp):
    found = triples(nlp, "Le Mali et le Niger ont signé un accord de défense. Le commandant en chef des forces "
                         "armées maliennes, le général Oumar Keita, a salué l'accord.")
    assert has(found, "Oumar Keita", "HOLDS_ROLE", "Mali"), found


def test_plural_title_of_known_heads_of_state(nlp):
    found = triples(nlp, "Les présidents Emmanuel Macron et Sergio Mattarella se sont entretenus lundi à Rome. "
                         "La France et l'Italie préparent un traité sur l'immigration.")
    assert has(found, "Emmanuel Macron", "HOLDS_ROLE", "France"), found


def test_title_after_the_age_apposition(nlp):
    # "X, 61 ans, président de Y": the age the wire gives first does not cut the apposed title
    found = triples(nlp, "Pierre Durand, 61 ans, président de la Fédération française de voile, a démissionné.")
    assert has(found, "Pierre Durand", "HOLDS_ROLE", "Fédération française de voile"), found


def test_representative_with_a_portfolio_holds_the_office(nlp):
    found = triples(nlp, "Le ministre canadien du Commerce a rencontré mardi la représentante américaine au "
                         "Commerce, Julia Hart, à Washington.")
    assert has(found, "Julia Hart", "HOLDS_ROLE", "États-Unis"), found


def test_officer_of_an_organisations_commission_holds_office_in_the_organisation(nlp):
    found = triples(nlp, "L'Union africaine a suspendu le Gabon. Le président de la Commission de l'UA, Idriss "
                         "Bako, a appelé au dialogue.")
    assert has(found, "Idriss Bako", "HOLDS_ROLE", "Union africaine"), found


def test_state_service_officer_takes_the_adjective_of_the_list_before(nlp):
    # "des responsables soudanais, dont le chef de la police, X": Sudan's police, not the sanctioning country's
    found = triples(nlp, "La Norvège a gelé jeudi les avoirs de cinq responsables soudanais, dont le chef de la "
                         "police, Omar Bashir Idris. La Norvège accuse Khartoum de répression.")
    assert has(found, "Omar Bashir Idris", "HOLDS_ROLE", "Soudan"), found
    assert not has(found, "Omar Bashir Idris", "HOLDS_ROLE", "Norvège"), found
