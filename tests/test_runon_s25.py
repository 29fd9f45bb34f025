"""Session 25, names run on: a company named first stays apart from a longer name that goes on with a name of its
own (its branch, group or product), where a short form met after the longer name is that name's (sentences
written for these tests)."""
from __future__ import annotations

from extraction.entities import _named_on, extract_entities


def names(nlp, text):
    return {e.name: {m.text for m in e.mentions} for e in extract_entities(nlp(text))}


def test_longer_name_goes_on_with_a_name():
    assert _named_on("Boeing", "Boeing Commercial Airplanes")
    assert _named_on("Air France", "Air France-KLM")
    assert _named_on("Airbus", "Airbus A350")
    assert not _named_on("Conseil", "Conseil des ministres")
    assert not _named_on("Parlement", "Parlement britannique")


def test_company_named_before_its_group_stays_apart(nlp):
    es = names(nlp, "Les pilotes de Vextra Avia sont en grève depuis lundi. Le groupe Vextra Avia-Norlink a "
                    "publié ses comptes mardi. La direction de Vextra Avia dénonce un mouvement injustifié.")
    assert "Vextra Avia" in es
    assert "Vextra Avia" not in es.get("Vextra Avia-Norlink", set())


def test_short_form_after_the_long_name_joins_it(nlp):
    es = names(nlp, "Le constructeur Halvorsen Marine a signé un contrat avec la marine. Halvorsen livrera "
                    "les navires en 2031.")
    assert "Halvorsen" in es.get("Halvorsen Marine", set())
