"""Session 23, HOLDS_ROLE: a state office written without a country in a story that names one country more
often than any other (twice or more) though never as an actor; not France, which the golds of the French wire's
domestic stories mostly leave out, nor any country in a story a French town sets in France; nothing on a tie."""
from extraction_helpers import triples

_STORY = ("Des milliers d'étudiants ont manifesté mardi à Thiès, dans l'ouest {a}, contre la hausse des frais "
          "d'inscription. Les universités publiques {a} sont paralysées depuis un mois. La ministre de "
          "l'Enseignement supérieur, Aminata Ndiaye, a promis mercredi de nouvelles bourses. Le mouvement touche "
          "désormais plusieurs villes {b}.")


def _roles(nlp, text):
    return {o for s, p, o in triples(nlp, text) if s == "Aminata Ndiaye" and p == "HOLDS_ROLE"}


def test_bare_ministry_takes_the_country_named_most(nlp):
    assert _roles(nlp, _STORY.format(a="du Sénégal", b="du Sénégal")) == {"Sénégal"}


def test_bare_ministry_never_takes_france_by_count(nlp):
    assert "France" not in _roles(nlp, _STORY.format(a="de la France", b="de France"))


def test_bare_ministry_left_alone_on_a_tie(nlp):
    story = _STORY.format(a="du Sénégal", b="du Sénégal") + " Le Mali, le Mali et le Mali observent."
    assert "Sénégal" not in _roles(nlp, story)


def test_bare_ministry_of_a_story_set_in_a_french_town_takes_no_foreign_country(nlp):
    story = ("Les douaniers ont saisi mardi à Toulouse trois tonnes de résine venues d'Espagne. Le réseau se "
             "fournissait depuis deux ans en Espagne. Le ministre de l'Intérieur, Marc Dussol, a salué le travail "
             "des enquêteurs.")
    found = {o for s, p, o in triples(nlp, story) if s == "Marc Dussol" and p == "HOLDS_ROLE"}
    assert "Espagne" not in found
