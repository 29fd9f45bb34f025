"""Quotes and speakers, session 8: sentences written for these tests (general constructions of
French wire copy, names invented)."""
from __future__ import annotations

from extraction_helpers import speaker_of


# -- "le chef de <organisation>": a title naming that organisation, not another "chef de ..." ------

def test_head_of_named_organisation_is_the_person_titled_with_it(nlp):
    text = ("Le vice-ministre Omar Teyeb a rencontré le directeur général de l'Organisation mondiale des douanes (OMD), "
            "le Danois Erik Holmgaard. Un accord conclu entre M. Holmgaard et le chef de la diplomatie malienne, "
            "Yacouba Sidibé, est resté lettre morte. « Il faut du temps et de la confiance », a insisté le chef de "
            "l'OMD en fin de journée.")
    assert speaker_of(nlp, text, "du temps") == "Erik Holmgaard"


def test_head_of_other_office_still_matches_its_own_title(nlp):
    text = ("Le chef de la diplomatie malienne, Yacouba Sidibé, a reçu lundi son homologue. « Nous avançons », "
            "a affirmé le chef de la diplomatie malienne.")
    assert speaker_of(nlp, text, "Nous avançons") == "Yacouba Sidibé"


# -- "le rappeur" subject of the sentence before "a-t-il déclaré": the person so described ---------

def test_description_subject_before_pronoun(nlp):
    text = ("Le chanteur Malik Dorval est jugé pour violences. Son avocat, Me Pierre Vannier, a plaidé la relaxe. "
            "« Mon client regrette », a insisté l'avocat. À la barre, le chanteur, vêtu d'un costume noir, a présenté "
            "ses excuses. « Je regrette profondément mon geste », a-t-il déclaré.")
    assert speaker_of(nlp, text, "regrette profondément") == "Malik Dorval"


def test_description_of_nobody_named_leaves_the_last_speaker(nlp):
    text = ("Le chanteur Malik Dorval est jugé pour violences. Son avocat, Me Pierre Vannier, a plaidé la relaxe. "
            "« Mon client regrette », a insisté l'avocat. Le photographe, âgé de 30 ans, a quitté la salle. "
            "« Il n'y a rien d'autre à dire », a-t-il ajouté.")
    assert speaker_of(nlp, text, "rien d'autre") != "Malik Dorval"


# -- a participle's clause opening the sentence is no part of the subject --------------------------

def test_opening_participle_clause_is_not_the_speaker(nlp):
    text = ("Questionnée longuement sur la baisse des aides, une porte-parole du syndicat a estimé qu'il "
            "était « bien trop tard » pour reculer.")
    sp = speaker_of(nlp, text, "bien trop tard")
    assert sp is not None and not sp.startswith("Questionn"), sp


def test_subject_without_participle_clause_is_kept_whole(nlp):
    text = "Une porte-parole du syndicat a estimé qu'il était « bien trop tard » pour reculer."
    assert speaker_of(nlp, text, "bien trop tard") == "Une porte-parole du syndicat"


# -- "X, chef du parti, a estimé": the name opening the sentence, not its apposition ---------------

def test_name_before_apposition_subject(nlp):
    text = ("Les secours fouillent les décombres depuis mardi.\n\nNikos Papadakis, chef du Kinima, deuxième "
            "force du Parlement, a estimé que l'exécutif avait « négligé l'entretien des digues » depuis dix ans.")
    assert speaker_of(nlp, text, "négligé") == "Nikos Papadakis"


# -- a person named after "de la": a complement, not the speaker --------------------------------

def test_place_after_de_la_is_no_speaker(nlp):
    text = ("Le président du conseil départemental de la Haute-Garonne, Paul Wénéa, membre du Parti socialiste (PS), "
            "a invité les deux camps à « rouvrir le dialogue sans préalable ».")
    assert speaker_of(nlp, text, "rouvrir le dialogue") == "Paul Wénéa"


def test_person_mistagged_after_de_la_is_a_complement(nlp):
    # the entity stage may take the end of a hyphenated place for a person: the phrase's own
    # person (its apposition) speaks, not the place after "de la"
    from extraction.entities import extract_entities
    from extraction.model import Entity, Mention
    from extraction.quotes import extract_quotes
    text = ("Le président du conseil départemental de la Haute-Garonne, Paul Wénéa, membre du Parti socialiste (PS), "
            "principale force de la majorité, a invité les deux camps à « rouvrir le dialogue sans préalable ».")
    doc = nlp(text)
    start = text.index("Garonne")
    ents = extract_entities(doc) + [Entity("ent_test", "Garonne", "PER", [Mention("Garonne", start, start + 7)])]
    found = [q.speaker.name for q in extract_quotes(doc, ents) if "rouvrir le dialogue" in q.text]
    assert found == ["Paul Wénéa"], found


# -- incise verbs of features and sport: "analyse X", "a savouré X" -------------------------------

def test_incise_analyser_and_savourer(nlp):
    text = ("« Ces tirs d'essai deviennent plus fréquents », analyse Paul Ternier, chercheur à l'Institut Vauban. "
            "« On a souffert, mais on est restés ensemble », a savouré le capitaine du club, Marc Olivier.")
    assert speaker_of(nlp, text, "tirs d'essai") == "Paul Ternier"
    assert speaker_of(nlp, text, "On a souffert") == "Marc Olivier"


def test_analyser_without_words_reports_nothing(nlp):
    from extraction_helpers import quotes
    assert quotes(nlp, "Les enquêteurs analysent les données saisies dans le bureau du maire.") == []


# -- "X Jr. s'est félicité": the abbreviation's full stop ends the name, not the sentence ----------

def test_name_ending_in_abbreviation_speaks(nlp):
    text = ("Le président a reçu son homologue Roberto Salcedo Jr. lundi. Roberto Salcedo Jr. s'est félicité d'un "
            "accord qui « envoie un message clair » à ses voisins.")
    assert speaker_of(nlp, text, "message clair") == "Roberto Salcedo Jr"


# -- a description after a person named only after a preposition: the earlier subject -------------

def test_description_skips_person_named_after_preposition(nlp):
    text = ("La cinéaste marocaine Nadia Belkadi a remporté samedi le grand prix du festival pour son premier film. "
            "Le jury a également décerné le prix d'interprétation féminine à la Française Claire Duval. "
            "« Ce film appartient aux femmes de mon village », a déclaré, très émue, la réalisatrice de 35 ans.")
    assert speaker_of(nlp, text, "femmes de mon village") == "Nadia Belkadi"


def test_description_keeps_person_who_is_the_subject(nlp):
    text = ("La cinéaste marocaine Nadia Belkadi a remporté samedi le grand prix du festival. "
            "Arrivée lundi à Cannes, la Française Claire Duval doit présenter son film mardi. "
            "« Ce film appartient aux femmes de mon village », a-t-elle déclaré.")
    assert speaker_of(nlp, text, "femmes de mon village") == "Claire Duval"


# -- a second office in the sentence that named someone: someone new ------------------------------

def test_second_office_in_same_sentence_is_someone_new(nlp):
    text = ("Le conflit inquiète bien au-delà de Douai. Le ministre de l'Industrie, Paul Vernet, a exhorté dimanche la "
            "direction à « renouer le dialogue », tandis que le président du conseil régional de Normandie a dit "
            "craindre « un effet domino » sur les sous-traitants.")
    assert speaker_of(nlp, text, "effet domino") != "Paul Vernet"


def test_epithet_in_next_sentence_is_the_last_speaker(nlp):
    text = ("Le gouvernement « ne tient plus qu'à un fil », a estimé Louis Marchal, président du groupe socialiste. "
            "« Ils ont fait leur choix », a accusé le député de Seine-Maritime, en visant la majorité.")
    assert speaker_of(nlp, text, "fait leur choix") == "Louis Marchal"
