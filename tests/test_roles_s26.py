"""Session 26, HOLDS_ROLE: a possessive title after a government subject is the country's
(`_government_owner`); the sentence before a possessive title read on the surface when the parser cuts it
(`_surface_sentence_start`)."""
from extraction_helpers import triples


def _roles(nlp, text, person):
    return {o for s, p, o in triples(nlp, text) if s == person and p == "HOLDS_ROLE"}


def test_spokesman_of_a_government_subject(nlp):
    story = ("Des rebelles du Front patriotique de l'Est (FPE) ont attaqué jeudi une base militaire au Mali. "
             "Le gouvernement malien a imputé l'attaque au FPE. Son porte-parole, Amadou Keita, a "
             "promis une riposte.")
    roles = _roles(nlp, story, "Amadou Keita")
    assert "Mali" in roles
    assert "Front patriotique de l'Est" not in roles


def test_government_inside_a_quote_is_no_owner(nlp):
    story = ("L'ONG Mer Solidaire a dénoncé une saisie « absurde ». « Le gouvernement italien le sait », a "
             "déclaré sa directrice, Paola Verdi.")
    assert "Italie" not in _roles(nlp, story, "Paola Verdi")


def test_possessive_after_a_sentence_the_parser_cuts(nlp):
    story = ("Radio-Nord supprimera 300 postes. Le Syndicat des communications de Radio-Nord (SCRN), affilié à la "
             "Confédération des syndicats nationaux (CSN), a dénoncé « une saignée » et appelé à un rassemblement "
             "vendredi devant les bureaux du ministère de l'Emploi à Ottawa.\n\n"
             "Sa présidente, Lise Gagnon, a accusé la direction d'avoir sacrifié les régions.")
    assert "Syndicat des communications de Radio-Nord" in _roles(nlp, story, "Lise Gagnon")

