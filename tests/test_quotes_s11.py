"""Session 11: quotes and their spans, on sentences written for these tests."""
from __future__ import annotations

from extraction_helpers import quotes


def test_accusation_whose_accused_has_an_apposition(nlp):
    # the accused set off by commas pushes "de" + infinitive far from the verb
    text = ("La maire de Valbourg, Hélène Ferrat, a accusé son ancien directeur de cabinet, Marc Tissier, "
            "passé depuis chez ses adversaires, d'avoir falsifié les comptes de la régie des eaux.")
    found = quotes(nlp, text)
    assert any(t.startswith("son ancien directeur de cabinet") and t.endswith("régie des eaux")
               and sp == "Hélène Ferrat" for t, sp in found), found


def test_quoted_accusation_whose_accused_has_a_relative_clause(nlp):
    text = ("Le député Paul Renaudin a accusé le groupe minier Ardex, qui exploite trois carrières dans la vallée, "
            "de « polluer les rivières » depuis des années.")
    found = quotes(nlp, text)
    assert any(t.startswith("le groupe minier Ardex") and "polluer les rivières" in t
               and sp == "Paul Renaudin" for t, sp in found), found


def test_selon_source_with_an_apposition_on_a_place(nlp):
    # the source's phrase runs past a participle and an apposition on the place
    text = ("Selon un pêcheur installé à Port-Lazare, principal port de la côte nord, la moitié des bateaux "
            "restent désormais à quai faute de carburant.")
    found = quotes(nlp, text)
    assert any(t.startswith("la moitié des bateaux") and t.endswith("faute de carburant")
               for t, sp in found), found


def test_selon_source_with_a_relative_clause_on_a_place(nlp):
    text = ("Selon un rapport de l'agence publié lundi à Genève, où elle tient son conseil, les stocks de vaccins "
            "seront épuisés avant la fin du mois.")
    found = quotes(nlp, text)
    assert any(t.startswith("les stocks de vaccins") and t.endswith("fin du mois") for t, sp in found), found


def test_selon_source_then_named_apposition_then_quote(nlp):
    text = ("Selon la porte-parole de l'association Terres vives, Claire Dumesnil, « personne n'a été consulté "
            "avant la signature du permis ».")
    found = quotes(nlp, text)
    assert ("personne n'a été consulté avant la signature du permis", "Claire Dumesnil") in found, found


def test_que_clause_after_sous_couvert_d_anonymat(nlp):
    # the parser reads "qu'" after "anonymat" as a relative pronoun
    text = ("Un gendarme a confié sous couvert d'anonymat qu'au moins trois véhicules avaient été incendiés "
            "pendant la nuit.")
    found = quotes(nlp, text)
    assert any(t.startswith("au moins trois véhicules") and sp == "Un gendarme" for t, sp in found), found


def test_relative_que_after_the_object_and_a_comma_is_no_reported_clause(nlp):
    text = "Le gouvernement a annoncé en mars une réforme des retraites, que les syndicats contestent depuis."
    found = quotes(nlp, text)
    assert not any("syndicats contestent" in t for t, sp in found), found



def test_laisser_entendre_reports(nlp):
    text = "La maire de Vaudrey, Sophie Lambert, a laissé entendre jeudi qu'elle briguerait un second mandat."
    found = quotes(nlp, text)
    assert ("elle briguerait un second mandat", "Sophie Lambert") in found, found


def test_dirigeant_de_names_the_same_office_as_chef_de(nlp):
    text = ("Le chef de l'opposition, Ravi Mallet, conteste la victoire du Premier ministre sortant, Joseph Kerr. "
            "« Ce scrutin a été volé », a lancé M. Kerr dans la soirée. "
            "Le dirigeant de l'opposition a annoncé qu'il saisirait la Cour suprême.")
    found = quotes(nlp, text)
    assert ("il saisirait la Cour suprême", "Ravi Mallet") in found, found


def test_people_cited_by_the_press_keep_the_participle(nlp):
    text = ("Selon des habitants cités par la radio locale, les pompiers sont arrivés avec deux heures de retard.")
    found = quotes(nlp, text)
    assert any(t.startswith("les pompiers") and sp == "des habitants cités par la radio locale"
               for t, sp in found), found


def test_selon_source_then_a_participle_on_it(nlp):
    text = "Selon la préfecture du Var, contactée par la presse locale, trois campings ont été évacués dans la nuit."
    found = quotes(nlp, text)
    assert any(t.startswith("trois campings") for t, sp in found), found


def test_plaider_pour_a_quoted_noun_phrase(nlp):
    text = "Le maire de Vernoux, Alain Pessac, a plaidé sur la radio locale pour « un plan de sauvetage du centre-ville »."
    found = quotes(nlp, text)
    assert ("un plan de sauvetage du centre-ville", "Alain Pessac") in found, found


def test_plaider_pour_an_object_holding_quoted_words(nlp):
    text = "La ministre Hélène Varga a plaidé pour davantage de « souplesse » au sein de l'alliance."
    found = quotes(nlp, text)
    assert any("souplesse" in t and t.endswith("au sein de l'alliance") and sp == "Hélène Varga"
               for t, sp in found), found
