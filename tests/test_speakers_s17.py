"""Session 17: a conjunction inside one person's designation is no joint speaker (sentences written for these tests)."""
from __future__ import annotations

from extraction_helpers import speaker_of


def test_conjunction_inside_the_apposition_after_a_name_keeps_the_person(nlp):
    # "et" joins two words of the group's name in the apposition set off after the name
    text = ("La députée de Bretagne Anne Koffi, membre du groupe Ecologie, solidarité et territoires à "
            "l'Assemblée nationale, a jugé que ces annonces arrivaient « trop tard ».")
    assert speaker_of(nlp, text, "trop tard") == "Anne Koffi"


def test_two_titles_of_one_name_are_one_speaker(nlp):
    # "vice-présidente et haute représentante": two titles, no determiner after "et", one name
    text = ("Sa vice-présidente et haute représentante Marta Linde, ancienne Première ministre de Lettonie, "
            "a estimé que l'Union devait « cesser d'être naïve ».")
    assert speaker_of(nlp, text, "cesser d'être naïve") == "Marta Linde"



def test_the_same_source_with_no_source_named_is_the_last_speaker(nlp):
    # "la même source" when nobody was introduced as a "source": whoever spoke just before
    text = ("Au moins douze personnes sont mortes dans l'incendie de l'entrepôt, ont annoncé les pompiers de Lyon.\n\n"
            "Quarante habitants du quartier ont été évacués dans la nuit, a précisé la même source.")
    assert speaker_of(nlp, text, "Quarante habitants") == "les pompiers de Lyon"
