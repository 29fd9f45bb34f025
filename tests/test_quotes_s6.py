"""Extents of mixed and indirect quotes (session 6): where a reported clause ends, what it keeps,
and which object noun phrases carry quoted words. Sentences written for these tests."""
from __future__ import annotations

import pytest

from extraction.entities import extract_entities
from extraction.quotes import extract_quotes


def quotes(nlp, text):
    doc = nlp(text)
    return extract_quotes(doc, extract_entities(doc))


def texts(nlp, text):
    return [q.text for q in quotes(nlp, text)]


# -- a reported clause ends at a comma opening the writer's words ------------------------------

@pytest.mark.parametrize("text, want", [
    ("La ministre a estimé qu'une réforme était « prématurée à ce stade », tout en refusant d'écarter "
     "toute évolution avant la fin de l'année.", "une réforme était « prématurée à ce stade »"),
    ("Le maire a assuré que la ville « ne cédera jamais au chantage », une phrase qu'il martèle depuis "
     "le début de la crise.", "la ville « ne cédera jamais au chantage »"),
    ("Le sélectionneur a admis que son équipe « avait manqué de rythme », mais il a affirmé avoir "
     "« un effectif capable de rebondir ».", "son équipe « avait manqué de rythme »"),
    ("Le président du club a indiqué que le contrat « sera prolongé d'un an », sans préciser le montant "
     "de la revalorisation.", "le contrat « sera prolongé d'un an »"),
])
def test_clause_ends_before_the_speakers_aside(nlp, text, want):
    assert want in texts(nlp, text)


def test_but_he_said_is_a_second_quote(nlp):
    got = texts(nlp, "Le sélectionneur a admis que son équipe « avait manqué de rythme », mais il a affirmé "
                     "avoir « un effectif capable de rebondir ».")
    assert "avoir « un effectif capable de rebondir »" in got


# -- a reported clause goes on past "et" and past an aside -------------------------------------

@pytest.mark.parametrize("text, want", [
    ("Son avocat a déclaré à la presse que le coureur niait « catégoriquement » les faits et ferait appel "
     "de la suspension.", "le coureur niait « catégoriquement » les faits et ferait appel de la suspension"),
    ("Le procureur a précisé que les deux hommes avaient été déférés mardi devant un juge et mis en examen "
     "pour escroquerie en bande organisée.",
     "les deux hommes avaient été déférés mardi devant un juge et mis en examen pour escroquerie en bande organisée"),
    ("La préfecture a indiqué que la fouille, ordonnée par le parquet de la ville, durerait encore deux jours.",
     "la fouille, ordonnée par le parquet de la ville, durerait encore deux jours"),
    ("Le syndicat a affirmé que la direction, saisie depuis des mois, refusait toujours de négocier.",
     "la direction, saisie depuis des mois, refusait toujours de négocier"),
])
def test_clause_goes_on(nlp, text, want):
    assert want in texts(nlp, text)


# -- quoted words heading a noun phrase: the quoted words only before "face à"; a "de" complement
# goes with them since session 12 ("a salué « le dévouement remarquable » des bénévoles") ---------

@pytest.mark.parametrize("text, want", [
    ("La maire a salué « le dévouement remarquable » des bénévoles et annoncé une aide d'urgence.",
     "« le dévouement remarquable » des bénévoles"),
    ("Le préfet a appelé les automobilistes à « la plus grande prudence » face aux chutes de neige attendues.",
     "les automobilistes à « la plus grande prudence »"),  # (the addressee: session 13)
    ("La fédération a dénoncé « un mépris total » du ministère envers les clubs amateurs.",
     "« un mépris total » du ministère envers les clubs amateurs"),
])
def test_quoted_noun_phrase_without_its_complement(nlp, text, want):
    assert want in texts(nlp, text)


# -- quoted words inside the object noun phrase of an evaluative or reporting verb -------------

@pytest.mark.parametrize("text, want", [
    ("L'ONG a dénoncé une loi qui deviendrait « un permis de surveiller » les journalistes.",
     "une loi qui deviendrait « un permis de surveiller » les journalistes"),
    ("Le syndicat a critiqué une réforme qui serait « une régression sociale sans précédent ».",
     "une réforme qui serait « une régression sociale sans précédent »"),
    ("La députée a salué un texte qui marque « une avancée historique » pour les aidants.",
     "un texte qui marque « une avancée historique » pour les aidants"),
])
def test_object_with_a_quoted_relative_clause(nlp, text, want):
    assert want in texts(nlp, text)


@pytest.mark.parametrize("text, want", [
    ("Le ministre a promis une loi sur le logement « avant la fin de l'année ».",
     "une loi sur le logement « avant la fin de l'année »"),
    ("La présidente a réclamé aux bailleurs des engagements « fermes et chiffrés », avant de quitter la salle.",
     "des engagements « fermes et chiffrés »"),
    ("Le procureur a évoqué un « travail de fourmi » mené pendant deux ans par les enquêteurs.",
     "un « travail de fourmi » mené pendant deux ans par les enquêteurs"),
])
def test_object_noun_phrase_reaching_the_quote(nlp, text, want):
    assert want in texts(nlp, text)


@pytest.mark.parametrize("text, want", [
    ("La sénatrice a confié à l'AFP qu'elle voterait « contre ce texte en l'état ».",
     "elle voterait « contre ce texte en l'état »"),
    ("Le directeur a expliqué à Libération qu'il n'avait « jamais reçu la moindre alerte ».",
     "il n'avait « jamais reçu la moindre alerte »"),
    ("Le tribunal a rejeté la demande, considérant que le projet « ne menaçait pas l'équilibre du site ».",
     "le projet « ne menaçait pas l'équilibre du site »"),
])
def test_que_after_a_named_addressee_and_considerer(nlp, text, want):
    assert want in texts(nlp, text)


# -- "Selon X, ...": past a bare apposition or a relative clause; a colon then a quote ----------

@pytest.mark.parametrize("text, want, who", [
    ("Selon Paul Girard, économiste à l'OFCE, la consommation des ménages devrait reculer au printemps.",
     "la consommation des ménages devrait reculer au printemps", "Paul Girard"),
    ("Pour Sophie Lambert, historienne à l'université de Lyon, cette loi « referme une parenthèse » ouverte en 1981.",
     "cette loi « referme une parenthèse » ouverte en 1981", "Sophie Lambert"),
    ("Selon une infirmière qui a souhaité rester anonyme, « deux lits sur trois » sont occupés depuis lundi.",
     "« deux lits sur trois » sont occupés depuis lundi", None),
])
def test_selon_clause_past_the_source(nlp, text, want, who):
    got = {q.text: q for q in quotes(nlp, text)}
    assert want in got
    if who:
        assert got[want].speaker is not None and got[want].speaker.name == who


def test_selon_claim_then_quote_after_a_colon(nlp):
    got = quotes(nlp, "Pour Julie Marchand, sociologue au CNRS, le vote marque « une rupture » : « Les jeunes "
                      "électeurs ne se reconnaissent plus dans les partis traditionnels. »")
    assert [(q.kind, q.text) for q in got] == [
        ("mixed", "le vote marque « une rupture »"),
        ("direct", "Les jeunes électeurs ne se reconnaissent plus dans les partis traditionnels")]
    assert all(q.speaker and q.speaker.name == "Julie Marchand" for q in got)


def test_a_full_stop_kept_in_a_token_before_a_quote_ends_the_sentence(nlp):
    got = texts(nlp, "Son avocat a affirmé que le coureur contestait les résultats et demanderait l'analyse de "
                     "l'échantillon B. « Il n'a jamais triché », a-t-il ajouté.")
    assert "le coureur contestait les résultats et demanderait l'analyse de l'échantillon B" in got
    assert "Il n'a jamais triché" in got


# -- a bare participle of judging with its agent; a colon explaining an object ------------------

@pytest.mark.parametrize("text, want, who", [
    ("La mairie a présenté un plan de circulation. Un projet jugé « irréaliste » par l'association des commerçants.",
     "irréaliste", "association des commerçants"),
    ("Le gouvernement a présenté mercredi un budget qualifié de « budget de rigueur » par l'opposition.",
     "budget de rigueur", "opposition"),
    ("Le club a annoncé un nouveau stade, un chantier décrit comme « pharaonique » par les riverains.",
     "pharaonique", "riverains"),
])
def test_participle_with_agent(nlp, text, want, who):
    got = {q.text: q for q in quotes(nlp, text)}
    assert want in got
    assert got[want].speaker is not None and who in got[want].speaker.name


@pytest.mark.parametrize("text", [
    "La fondation propose cet automne une rétrospective inédite : cent toiles prêtées par des collectionneurs privés.",
    "Le festival propose cette année un programme resserré : douze films, dont trois premiers longs métrages.",
    "Le théâtre propose dès janvier un cycle consacré à Molière : six pièces jouées en alternance.",
])
def test_an_offer_explained_after_a_colon_is_no_quote(nlp, text):
    assert texts(nlp, text) == []


# -- ", mais" before a trailing "selon"; two quoted bits of one phrase; "Jr." is no sentence end --

@pytest.mark.parametrize("text, want", [
    ("Le prix n'a pas été rendu public, mais il dépasserait les 20 millions d'euros, selon une source syndicale.",
     "il dépasserait les 20 millions d'euros"),
    ("La réunion a duré trois heures, mais aucun accord n'a été trouvé, selon un participant.",
     "aucun accord n'a été trouvé"),
    ("Le chantier a pris du retard, mais la livraison reste prévue en juin, selon la direction du port.",
     "la livraison reste prévue en juin"),
])
def test_trailing_selon_reports_the_clause_after_mais(nlp, text, want):
    assert want in texts(nlp, text)


@pytest.mark.parametrize("text, want", [
    ("Le maire s'est félicité d'une décision qui « protège les habitants » contre ceux qui « spéculent sur la crise ».",
     "une décision qui « protège les habitants » contre ceux qui « spéculent sur la crise »"),
    ("La ministre a salué un accord qui « rassure les familles » face à ceux qui « misaient sur un échec ».",
     "un accord qui « rassure les familles » face à ceux qui « misaient sur un échec »"),
    ("Le syndicat a dénoncé une réforme qui « frappe les plus fragiles » au profit de ceux qui « ont déjà tout ».",
     "une réforme qui « frappe les plus fragiles » au profit de ceux qui « ont déjà tout »"),
])
def test_two_quoted_bits_of_one_object(nlp, text, want):
    assert want in texts(nlp, text)


def test_a_name_suffix_does_not_end_the_sentence(nlp):
    got = quotes(nlp, "Martin Luther King Jr. avait appelé à « juger les hommes sur leur caractère ».")
    assert [q.text for q in got] == ["juger les hommes sur leur caractère"]


# -- words foreseen, not said ----------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Le communiqué final devrait condamner « une violation flagrante du cessez-le-feu ».",
    "La résolution pourrait dénoncer « des entraves répétées » à l'acheminement de l'aide.",
    "Le texte doit réaffirmer le soutien des Vingt-Sept et saluer « le courage » des civils.",
])
def test_a_cue_under_devoir_or_pouvoir_reports_nothing(nlp, text):
    assert texts(nlp, text) == []


@pytest.mark.parametrize("text", [
    "La gendarmerie assurera la sécurité du site « jour et nuit » pendant le sommet.",
    "Une entreprise locale assure le transport des élèves « à titre gracieux » depuis septembre.",
    "Le vice-président assurera l'intérim « le temps nécessaire » à la convalescence du maire.",
])
def test_assurer_with_a_noun_object_is_no_speech(nlp, text):
    assert texts(nlp, text) == []


@pytest.mark.parametrize("text, want", [
    ("Les deux pays ont appelé Minsk à « cesser toute provocation » le long de leur frontière commune.",
     "Minsk à « cesser toute provocation »"),  # (the addressee: session 13)
    ("Le préfet a appelé à « éviter tout déplacement » le long du littoral jusqu'à dimanche.",
     "éviter tout déplacement"),
    ("La ministre a appelé les élus à « rester unis » face aux menaces visant les mairies.", "les élus à « rester unis »"),
])
def test_quoted_words_before_a_place_or_face_a(nlp, text, want):
    assert want in texts(nlp, text)
