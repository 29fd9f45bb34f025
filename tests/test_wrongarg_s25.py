"""Session 25, the right predicate with the wrong argument: a state office that only one government has
("le ministre délégué au Numérique", "la ministre des Armées"; lexicon office_countries.tsv) names its country even
where the story names another country more often; the `émirien` adjective names the Emirates."""
from extraction_helpers import triples


def _roles(nlp, text, person):
    return {o for s, p, o in triples(nlp, text) if s == person and p == "HOLDS_ROLE"}


def test_delegate_minister_is_france_in_a_foreign_story(nlp):
    story = ("Le Japon a relevé mardi ses droits de douane sur les vins européens. Tokyo invoque une concurrence "
             "déloyale, et le Japon menace d'aller plus loin. Le ministre délégué au Commerce extérieur, Hugo Verdier, "
             "a dénoncé une mesure « injustifiée » contre les viticulteurs.")
    found = _roles(nlp, story, "Hugo Verdier")
    assert "France" in found and "Japon" not in found


def test_armed_forces_minister_is_france(nlp):
    story = ("L'Indonésie a signé jeudi une commande de sous-marins. Jakarta veut moderniser sa marine, a rappelé "
             "l'Indonésie. La ministre des Armées, Claire Dumas, a salué « un partenariat stratégique ».")
    assert "France" in _roles(nlp, story, "Claire Dumas")


def test_office_with_its_own_country_keeps_it(nlp):
    story = ("Le ministre délégué marocain au Budget, Karim Alaoui, a présenté lundi la loi de finances à Rabat.")
    assert "France" not in _roles(nlp, story, "Karim Alaoui")


def test_emirati_adjective_emirien(nlp):
    story = ("Le ministre d'Etat émirien Saeed Al Nuaimi a rencontré lundi à Rome son homologue italien pour parler "
             "d'investissements.")
    assert "Émirats arabes unis" in _roles(nlp, story, "Saeed Al Nuaimi")
