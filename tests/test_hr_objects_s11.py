"""The object of a title's HOLDS_ROLE (session 11): a government body named by a nationality adjective is the
country's office; a state office right after "dont" or "X et son" is the office of that country."""
from __future__ import annotations

import pytest

from extraction_helpers import entity_labels, triples


def roles_of(nlp, text, person):
    return {o for s, p, o in triples(nlp, text) if s == person and p == "HOLDS_ROLE"}


@pytest.mark.parametrize("text, person, country", [
    ("Le président du Conseil portugais, Tomas Varela, a reçu jeudi les syndicats à Lisbonne.",
     "Tomas Varela", "Portugal"),
    ("L'ancien président du Conseil des ministres bolivien Ramon Ortega a été inculpé mardi à La Paz.",
     "Ramon Ortega", "Bolivie"),
])
def test_government_body_with_nationality_is_the_country(nlp, text, person, country):
    assert country in roles_of(nlp, text, person)


@pytest.mark.parametrize("text, person, country, other", [
    ("Le Danemark, dont la Première ministre Karen Holm soutient Kiev, a critiqué la Pologne mardi.",
     "Karen Holm", "Danemark", "Pologne"),
    ("L'accord a été conclu à Athènes grâce à la Grèce et à son président Nikos Stavrou, "
     "selon un diplomate.", "Nikos Stavrou", "Grèce", None),
])
def test_state_office_of_the_antecedent_country(nlp, text, person, country, other):
    found = roles_of(nlp, text, person)
    assert country in found and other not in found


def test_country_qualified_by_its_office(nlp):
    found = roles_of(nlp, "L'Espagne a défendu le projet à Madrid, mais il a été bloqué par l'Autriche du "
                          "chancelier Franz Weber, selon l'Espagne.", "Franz Weber")
    assert "Autriche" in found and "Espagne" not in found


@pytest.mark.parametrize("text, person, area", [
    ("Le Haut-Commissariat aux réfugiés a lancé un appel mardi. « La situation empire », a déclaré son "
     "représentant pour le Niger, Paul Girard.", "Paul Girard", "Niger"),
    ("L'émissaire européen pour le dialogue entre Athènes et Ankara, Lars Berg, a rencontré les deux parties.",
     "Lars Berg", "Grèce"),
])
def test_area_after_pour_is_no_owner(nlp, text, person, area):
    assert area not in roles_of(nlp, text, person)


@pytest.mark.parametrize("text, name, glued", [
    ("Le coordinateur humanitaire de l'ONU pour le Yémen, Paolo Ricci, a demandé un cessez-le-feu.", "ONU",
     "ONU pour le Yémen"),
    ("Le cortège de la CGSLB libérale a rejoint la gare du Midi.", "CGSLB", "CGSLB libérale"),
    ("Selon le syndicat FNV socialiste, la grève sera suivie.", "FNV", "FNV socialiste"),
])
def test_acronym_names_the_body_alone(nlp, text, name, glued):
    names = entity_labels(nlp, text)
    assert name in names and glued not in names


def test_state_office_in_a_story_set_in_france(nlp):
    text = ("Le groupe suédois Nordvik, basé en Suède, a racheté l'usine de Vierzon (Cher). Le repreneur suédois "
            "promet 200 emplois. Le ministre de l'Industrie, Paul Marchand, a salué un accord « solide ».")
    found = roles_of(nlp, text, "Paul Marchand")
    assert "France" in found and "Suède" not in found


@pytest.mark.parametrize("text, person, country", [
    ("Au Burkina Faso, le ministre des Mines, Paul Ouédraogo, a suspendu mardi le permis d'exploitation.",
     "Paul Ouédraogo", "Burkina Faso"),
    ("En Tunisie, la ministre de la Décentralisation, Sonia Ben Ali, a présenté un projet de loi.",
     "Sonia Ben Ali", "Tunisie"),
])
def test_more_state_portfolios(nlp, text, person, country):
    assert country in roles_of(nlp, text, person)


def test_possessive_envoy_of_the_paragraph_country(nlp):
    text = ("Les négociations se sont achevées dimanche sans texte commun sur le charbon, ce qui pourrait valoir aux "
            "délégués « une année perdue de plus ».\n\nLa Norvège, premier producteur de gaz naturel d'Europe, est "
            "restée plus discrète. Son émissaire pour le climat, Lars Dahl, s'est borné à appeler au calme.")
    assert "Norvège" in roles_of(nlp, text, "Lars Dahl")


def test_state_office_is_not_the_country_visited(nlp):
    text = ("La Chine a relevé mardi ses droits de douane sur le soja. Pékin vise plusieurs pays exportateurs, selon "
            "la presse chinoise. Le Brésil a dénoncé la mesure. Le ministre de l'Agriculture, Pedro Alves, doit se "
            "rendre jeudi à Pékin pour négocier.")
    found = roles_of(nlp, text, "Pedro Alves")
    assert "Brésil" in found and "Chine" not in found


@pytest.mark.parametrize("text, person, region", [
    ("La grève a été très suivie en Wallonie. Le ministre-président wallon, Luc Mertens, a dénoncé une réforme "
     "« injuste ».", "Luc Mertens", "Wallonie"),
    ("Le canton de Vaud va fermer trois hôpitaux. La conseillère d'État vaudoise chargée de la Santé, Anne Rochat, "
     "a promis un plan social.", "Anne Rochat", "Vaud"),
])
def test_regional_executive_of_its_region(nlp, text, person, region):
    assert region in roles_of(nlp, text, person)


@pytest.mark.parametrize("text, person, country", [
    ("Au Portugal, le Premier ministre sortant, Rui Castro, a reconnu sa défaite dimanche soir.", "Rui Castro",
     "Portugal"),
    ("Au Népal, le Premier ministre démissionnaire, Ram Thapa, a quitté la capitale.", "Ram Thapa", "Népal"),
])
def test_office_with_its_term_after_it(nlp, text, person, country):
    assert country in roles_of(nlp, text, person)
