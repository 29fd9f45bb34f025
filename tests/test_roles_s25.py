"""Session 25, HOLDS_ROLE: a plain state office keeps the story's country (the France-only offices of
office_countries.tsv are tested in test_wrongarg_s25.py); office nouns added to titles.tsv
(sous-secrétaire, chargé(e) de campagne, skipper/skippeuse, propriétaire, correspondant(e))."""
from extraction_helpers import triples


def _roles(nlp, text, person):
    return {o for s, p, o in triples(nlp, text) if s == person and p == "HOLDS_ROLE"}


def test_plain_minister_keeps_the_story_country(nlp):
    story = ("L'Indonésie a signé lundi une commande de deux sous-marins. Jakarta veut moderniser sa marine et "
             "l'Indonésie compte doubler son budget. Le ministre de la Défense, Budi Santoso, a salué « un contrat "
             "historique ».")
    assert "Indonésie" in _roles(nlp, story, "Budi Santoso")


def test_campaigner_of_an_ngo(nlp):
    story = ("« Il faut agir maintenant », a déclaré Lucie Garnier, chargée de campagne océans de Greenpeace "
             "France, lors d'une conférence de presse à Brest.")
    assert "Greenpeace France" in _roles(nlp, story, "Lucie Garnier")


def test_correspondent_of_a_broadcaster(nlp):
    story = ("Les autorités ont expulsé samedi la correspondante de Radio France Internationale (RFI) à Alger, "
             "Anne Berthier, sans donner de motif.")
    assert "Radio France Internationale" in _roles(nlp, story, "Anne Berthier")


def test_skipper_of_a_boat(nlp):
    story = "La skippeuse d'Océane Bretagne, Maud Le Bris, a reconnu une erreur lors de la manoeuvre."
    assert "Océane Bretagne" in _roles(nlp, story, "Maud Le Bris")
