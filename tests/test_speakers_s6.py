"""Speaker attribution, session 6: sentences written for these tests (general constructions of
French wire copy, names invented)."""
from __future__ import annotations

import pytest

from extraction_helpers import speaker_of

from extraction.entities import extract_entities


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


# -- a phrase opened by a name and its apposition (the resolver on a given phrase) ----------

def resolve_phrase(nlp, text, phrase):
    from extraction.speakers import SpeakerResolver
    doc = nlp(text)
    start = text.index(phrase)
    span = doc.char_span(start, start + len(phrase), alignment_mode="expand")
    sp = SpeakerResolver(doc, extract_entities(doc), []).resolve((span.start, span.end), 0)
    return sp.name if sp else None


@pytest.mark.parametrize("text, phrase, who", [
    ("Selon Léa Martin, éleveuse dans le Gers et membre des Jeunes agriculteurs, la moitié des fermes "
     "pourrait disparaître.", "Léa Martin, éleveuse dans le Gers et membre des Jeunes agriculteurs", "Léa Martin"),
    ("Pour Marc Delorme, économiste chez Natixis et ancien conseiller de la Banque de France, la hausse "
     "est passagère.", "Marc Delorme, économiste chez Natixis et ancien conseiller de la Banque de France",
     "Marc Delorme"),
    ("D'après le docteur Paul Roux, chercheur à l'Institut Pasteur de Lille et à l'université de Gand, "
     "le vaccin protège bien.", "le docteur Paul Roux, chercheur à l'Institut Pasteur de Lille et à l'université de Gand",
     "Paul Roux"),
])
def test_name_opening_a_coordinated_apposition(nlp, text, phrase, who):
    assert resolve_phrase(nlp, text, phrase) == who


# -- "l'institut", "l'observatoire", "la fondation": the organisation of that kind named before --

@pytest.mark.parametrize("text, words, who", [
    ("Le chômage a reculé au troisième trimestre, selon les chiffres publiés jeudi par l'Institut "
     "régional de la statistique des Flandres (Irsf). Sur un an, le taux a baissé de 0,4 point, précise l'institut.",
     "taux a baissé", "Institut régional de la statistique des Flandres"),
    ("L'Observatoire national de la pauvreté a publié mardi son rapport annuel. Près d'un ménage sur dix "
     "renonce à se chauffer, souligne l'observatoire.", "renonce à se chauffer", "Observatoire national de la pauvreté"),
    ("La Fondation pour le logement des démunis a présenté son bilan lundi. Le nombre de sans-abri a doublé "
     "en dix ans, a indiqué la fondation.", "sans-abri a doublé", "Fondation pour le logement des démunis"),
])
def test_institution_noun_refers_back(nlp, text, words, who):
    assert speaker_of(nlp, text, words) == who


# -- "le président français" right after that person spoke, when the article tied them to the office or the nationality

@pytest.mark.parametrize("text, words, who", [
    ("« Nous ne céderons rien », a déclaré le chef de l'Etat, Olivier Dambreville, lors d'une conférence de presse. "
     "Le président français a ensuite plaidé pour « une Europe plus unie ».", "Europe plus unie", "Olivier Dambreville"),
    ("« L'accord est à portée de main », a affirmé la ministre de l'Energie, Greta Holmqvist, devant la presse. La ministre suédoise "
     "a estimé que « les derniers obstacles sont techniques ».", "derniers obstacles", "Greta Holmqvist"),
    ("« Nous voulons la paix », a dit le président Pablo Arrieta à son arrivée à Genève. Le chef de l'Etat argentin "
     "a assuré que son pays « respectera ses engagements ».", "respectera ses engagements", "Pablo Arrieta"),
])
def test_bare_role_with_nationality_is_the_last_speaker(nlp, text, words, who):
    assert speaker_of(nlp, text, words) == who


def test_generic_role_with_nationality_is_the_last_speaker_whatever_their_office(nlp):
    text = ("La commissaire européenne à l'Énergie, la Polonaise Marta Kowalczyk, a visité la centrale. « Nous tiendrons nos "
            "promesses », a déclaré Mme Kowalczyk. La responsable polonaise a précisé que « les fonds arriveront "
            "avant l'hiver ».")
    assert speaker_of(nlp, text, "fonds arriveront") == "Marta Kowalczyk"


@pytest.mark.parametrize("text, words, last", [
    ("« Nous ne céderons pas », a déclaré Antony Morrow à Washington. Le ministre russe a répliqué que "
     "« Moscou ne reculera pas ».", "Moscou ne reculera", "Antony Morrow"),
    ("« Le texte est équilibré », a estimé M. Paolo Gentilini. La ministre suédoise a jugé que "
     "« le compromis reste fragile ».", "compromis reste", "Paolo Gentilini"),
])
def test_bare_role_is_not_a_last_speaker_the_article_never_tied_to_it(nlp, text, words, last):
    # nothing says the last speaker holds that office or that nationality: a wrong name is worse than the phrase
    assert speaker_of(nlp, text, words) != last


def test_bare_role_with_another_nationality_is_someone_else(nlp):
    text = ("« Nous voulons la paix », a dit le ministre italien, Paolo Ferri, à Genève. "
            "Le ministre grec a estimé que « rien n'est réglé ».")
    assert speaker_of(nlp, text, "rien n'est réglé") != "Paolo Ferri"


# -- "un diplomate en poste à X" after the verb keeps its posting ----------------------------

@pytest.mark.parametrize("text, words, who", [
    ("« Rien n'est encore joué », a confié un diplomate africain en poste à Nairobi.", "Rien n'est",
     "un diplomate africain en poste à Nairobi"),
    ("« La tension monte chaque jour », a raconté une diplomate européenne en poste au Caire, sous couvert d'anonymat.",
     "tension monte", "une diplomate européenne en poste au Caire"),
    ("« Les deux camps se parlent enfin », a estimé un observateur occidental en poste dans la capitale.",
     "se parlent enfin", "un observateur occidental en poste dans la capitale"),
])
def test_posting_after_an_inverted_unnamed_speaker(nlp, text, words, who):
    assert speaker_of(nlp, text, words) == who


# -- an organisation's name right after the organisation noun that closes the phrase --------

def test_org_name_after_the_phrase_the_parser_cut(nlp):
    from extraction.model import Entity, Mention
    from extraction.speakers import SpeakerResolver
    for text, phrase, name in [
        ("Les ventes ont reculé de 3 %, selon une étude du cabinet KPX publiée lundi.", "une étude du cabinet", "KPX"),
        ("Le trafic a doublé en un an, selon un rapport de l'agence Fitchel.", "un rapport de l'agence", "Fitchel"),
        ("La dette a atteint un record, selon les calculs de l'institut Ifrap.", "les calculs de l'institut", "Ifrap"),
    ]:
        doc = nlp(text)
        s = text.index(name)
        ent = Entity("e1", name, "ORG", [Mention(name, s, s + len(name), "name")])
        a = text.index(phrase)
        span = doc.char_span(a, a + len(phrase), alignment_mode="expand")
        sp = SpeakerResolver(doc, [ent], []).resolve((span.start, span.end), 0)
        assert sp is not None and sp.name == name, (text, sp)


def test_a_list_of_names_is_no_apposition(nlp):
    text = "Selon Jean Dupont, Marie Durand et Paul Roux, la grève continuera."
    assert resolve_phrase(nlp, text, "Jean Dupont, Marie Durand et Paul Roux") != "Jean Dupont"
