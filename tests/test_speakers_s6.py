"""Speaker attribution, session 6: sentences written for these tests (general constructions of
French wire copy, names invented)."""
from __future__ import annotations

import pytest

from extraction.entities import extract_entities
from extraction.quotes import extract_quotes


def speakers(nlp, text):
    doc = nlp(text)
    return [(q.text, q.speaker.name if q.speaker else None) for q in extract_quotes(doc, extract_entities(doc))]


def speaker_of(nlp, text, words):
    """The speaker of the quote whose text holds `words`."""
    found = [sp for t, sp in speakers(nlp, text) if words in t]
    assert found, speakers(nlp, text)
    return found[0]


# -- a coordinated title closed by the person's name in apposition --------------------------

@pytest.mark.parametrize("text, words, who", [
    ("La fondatrice et directrice générale de Nuvola, Agathe Lemercier, a assuré que la société "
     "resterait indépendante.", "resterait indépendante", "Agathe Lemercier"),
    ("Le secrétaire régional de la CGT pour la Bretagne et les Pays de la Loire, Hervé Quillec, "
     "a dénoncé « un mépris total des salariés ».", "mépris total", "Hervé Quillec"),
    ("Le maire et président de l'agglomération, Thierry Morvan, a estimé que les travaux "
     "dureraient deux ans.", "dureraient deux ans", "Thierry Morvan"),
])
def test_title_closed_by_a_name_in_apposition(nlp, text, words, who):
    assert speaker_of(nlp, text, words) == who


# -- a pronoun after a sentence whose subject is a title given to someone earlier ------------

@pytest.mark.parametrize("text, words, who", [
    ("Le recteur de l'académie de Rennes, Paul Kerjean, a présenté le bilan de la rentrée. "
     "Le ministre de l'Éducation, Jean Salvetat, a salué « un travail remarquable » des équipes. "
     "Le recteur a visité trois collèges du Finistère. Selon lui, les effectifs baisseront encore l'an prochain.",
     "effectifs baisseront", "Paul Kerjean"),
    ("La procureure de Lyon, Sophie Rambert, a ouvert une enquête. La maire, Louise Garnier, a dit attendre "
     "« des réponses rapides ». La procureure a placé le suspect en garde à vue mardi soir. "
     "Elle a précisé que l'homme était déjà connu des services.", "déjà connu", "Sophie Rambert"),
    ("Le directeur du port, Marc Olivier, a reçu les dockers. Le ministre des Transports, Jean Delpech, "
     "a promis « un plan d'urgence ». Le directeur a suspendu les livraisons jusqu'à lundi. "
     "Il a ajouté que les grues seraient réparées dans la semaine.", "grues seraient réparées", "Marc Olivier"),
])
def test_pronoun_after_a_title_subject(nlp, text, words, who):
    assert speaker_of(nlp, text, words) == who


# -- "un cadre de X": a person of the organisation, who stays unnamed -----------------------

@pytest.mark.parametrize("text, words, who", [
    ("Un cadre du parti Renouveau démocratique, sous couvert d'anonymat, estime que l'alliance "
     "avec les centristes reste possible.", "alliance", "Un cadre du parti Renouveau démocratique"),
    ("« Nous n'avons reçu aucune consigne », a confié un cadre de la société Ferralis à l'AFP.",
     "aucune consigne", "un cadre de la société Ferralis"),
    ("Des cadres de la Fédération nationale des transporteurs ont dénoncé « une décision brutale ».",
     "décision brutale", "Des cadres de la Fédération nationale des transporteurs"),
])
def test_indefinite_cadre_of_an_organisation_stays_unnamed(nlp, text, words, who):
    assert speaker_of(nlp, text, words) == who


# -- "la lauréate": the prize winner the article named ---------------------------------------

@pytest.mark.parametrize("text, words, who", [
    ("Le prix Femina a été décerné lundi à Louise Archambault pour son premier roman. "
     "« Je ne m'y attendais pas du tout », a réagi la lauréate.", "attendais pas", "Louise Archambault"),
    ("Le jury a couronné vendredi le photographe Malik Benali. Le lauréat a dit vouloir « continuer à "
     "documenter les marges ».", "documenter les marges", "Malik Benali"),
    ("Le prix Nobel de chimie a été attribué à Ingrid Halvorsen. La lauréate a estimé que « la "
     "recherche fondamentale paie toujours ».", "recherche fondamentale", "Ingrid Halvorsen"),
])
def test_the_prize_winner(nlp, text, words, who):
    assert speaker_of(nlp, text, words) == who
