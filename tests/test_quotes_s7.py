"""Quotes and speakers, session 7: sentences written for these tests (general constructions of
French wire copy, names invented)."""
from __future__ import annotations

import pytest

from extraction_helpers import quotes, speaker_of


def texts(nlp, text):
    return [t for t, _ in quotes(nlp, text)]


# -- "de" / "à" before the reported infinitive: past a negation and clitics, further for quotes ---

@pytest.mark.parametrize("text, words", [
    ("Le délégué russe, Oleg Marin, a justifié son vote en reprochant au projet de ne pas tenir compte "
     "« des vœux des autorités » de Tbilissi.", "des vœux des autorités"),
    ("La syndicaliste Anne Roussel a reproché à la direction de ne plus « respecter ses engagements ».",
     "respecter ses engagements"),
    ("Le maire Paul Ternier a promis d'y ouvrir une école avant la rentrée.", "ouvrir une école"),
    ("La présidente Awa Keita a appelé l'armée régulière et les milices du Nord (MDN) à « déposer les armes » "
     "avant la saison des pluies.", "déposer les armes"),
])
def test_infinitive_past_negation_and_longer_object(nlp, text, words):
    assert any(words in t for t in texts(nlp, text)), quotes(nlp, text)


@pytest.mark.parametrize("text, words, who", [
    ("Le délégué russe, Oleg Marin, a justifié l'abstention de Moscou en reprochant au projet de ne pas tenir "
     "compte « des vœux des autorités » de Tbilissi.", "des vœux", "Oleg Marin"),
    ("La ministre, Hanna Berg, a défendu le budget de l'Etat en estimant qu'il restait « sincère ».",
     "sincère", "Hanna Berg"),
    ("« Nous sommes prêts », a déclaré la ministre Anne Vidal, appelant l'armée à « cesser le feu ».",
     "cesser le feu", "Anne Vidal"),
    ("Au Sénat, la présidente du groupe, Julie Armand, a justifié l'abstention de ses élus en estimant qu'un "
     "vote « ne ferait qu'ajouter la confusion », tout en prévenant que son parti « ne signerait rien ».",
     "ne signerait rien", "Julie Armand"),
])
def test_gerund_keeps_its_clause_subject(nlp, text, words, who):
    assert speaker_of(nlp, text, words) == who


def test_accusation_without_quoted_words_stays_silent(nlp):
    # an accusation, not words: no quote even past a negation
    assert texts(nlp, "Le parquet a reproché à l'entreprise Dalvo de ne pas avoir déclaré ses revenus.") == []


# -- "selon lui" inside the reported words ------------------------------------------------------

@pytest.mark.parametrize("text, words", [
    ("Le ministre Karel Novak a dénoncé une « manipulation » destinée, selon lui, à justifier de nouvelles "
     "sanctions contre le pays.", "à justifier de nouvelles sanctions"),
    ("La députée Inès Morvan a fustigé un texte « bâclé » conçu, selon elle, pour rassurer les marchés.",
     "rassurer les marchés"),
    ("Le syndicaliste Marc Olier a critiqué une « réforme comptable » qui, selon lui, va aggraver les "
     "inégalités.", "aggraver les inégalités"),
])
def test_speaker_reminder_does_not_cut_the_clause(nlp, text, words):
    assert any(words in t for t in texts(nlp, text)), quotes(nlp, text)


def test_trailing_selon_still_closes_a_clause(nlp):
    found = quotes(nlp, "Le taux de chômage devrait baisser cette année, selon les économistes de la banque.")
    assert found and found[0][1] and "économistes" in found[0][1]


# -- "ne ... que" is no reported clause; "l'affaire dite « X »" is a name ------------------------

@pytest.mark.parametrize("text", [
    "Le juge les a estimées insuffisantes, la plus élevée ne prévoyant de reprendre qu'une dizaine de salariés.",
    "La cour a jugé l'offre trop faible, celle-ci ne garantissant qu'une centaine d'emplois.",
    "Le tribunal a condamné mardi l'ancien maire Paul Dufour à deux ans de prison pour corruption dans "
    "l'affaire dite « Bonaparte », du nom d'un hôtel de la ville.",
    "Le procès du réseau dit des « faux permis » s'est ouvert lundi dans l'affaire dite « Carthage ».",
])
def test_restrictive_que_and_named_affair(nlp, text):
    assert texts(nlp, text) == []


def test_reporting_que_after_negated_verb_kept(nlp):
    assert texts(nlp, "Le ministre Louis Brenet n'a pas nié que la situation était grave.") == [
        "la situation était grave"]


# -- a verb after a quote that is not its attribution -------------------------------------------

@pytest.mark.parametrize("text", [
    "Les ministres ont réaffirmé le « pacte de Lomé », qui réclame deux sièges pour l'Afrique.",
    "« Le Vent du sud », tourné en secret à Alger, raconte l'histoire d'un pêcheur.",
    "« Les Nuits de Tunis », écrit en prison par Amel Sassi, raconte la vie d'un quartier.",
    "Sidarex, le groupe de Lyon, défend son moteur de 2 litres, tandis que Motavia, l'ancien Dumont, plaide "
    "pour un autre modèle.",
])
def test_no_attribution_by_relative_or_described_title(nlp, text):
    assert quotes(nlp, text) == []


@pytest.mark.parametrize("text, words, who", [
    ("« Nous ne céderons pas », a déclaré Lucie Arnal, porte-parole du collectif.", "céderons", "Lucie Arnal"),
    ("Le projet « est mort-né », raconte Hugo Valtier, qui a quitté le comité.", "mort-né", "Hugo Valtier"),
    ("La réforme sera votée en juin, a précisé Mme Lina Royer.", "votée en juin", "Lina Royer"),
])
def test_attributions_still_found(nlp, text, words, who):
    assert speaker_of(nlp, text, words) == who


# -- an adverbial set off by commas inside the reported words ----------------------------------

@pytest.mark.parametrize("text, words", [
    ("Dans une lettre, Marco Bellini raconte avoir été invité, lors d'une réunion, à « ne pas politiser » "
     "les débats sur le film.", "ne pas politiser"),
    ("La juge Olga Brun affirme avoir été priée, pendant l'audience, de « ne rien dire » à la presse.",
     "ne rien dire"),
    ("L'avocat Yves Caradec dit avoir été sommé, dans un couloir, de « retirer sa plainte » sans délai.",
     "retirer sa plainte"),
])
def test_aside_inside_reported_infinitive(nlp, text, words):
    found = [t for t in texts(nlp, text) if words in t]
    assert found and found[0].split()[0] == "avoir", quotes(nlp, text)


def test_adverbial_comma_still_ends_an_appeal(nlp):
    found = texts(nlp, "La ministre Sarah Dolin a appelé les Etats à « présenter des plans », alors que la "
                       "conférence s'ouvre lundi.")
    assert found and not any("conférence" in t for t in found)


# -- speakers: a name with its apposition, an organisation's apposition before "qui" ------------

@pytest.mark.parametrize("text, words, who", [
    ("Les Etats-Unis, liés au Japon par un accord de sécurité, ont dit « suivre de près » la situation.",
     "suivre de près", "États-Unis"),
    ("Le Canada, premier partenaire commercial du pays, a estimé que l'accord était « équilibré ».",
     "équilibré", "Canada"),
    ("La Chine, premier créancier de la Zambie, a assuré qu'elle restait « ouverte au dialogue ».",
     "ouverte au dialogue", "Chine"),
])
def test_country_with_apposition_speaks(nlp, text, words, who):
    assert speaker_of(nlp, text, words) == who


@pytest.mark.parametrize("text, words, who", [
    ("Des arrestations ont eu lieu, selon l'Observatorio Ciudadano, l'organisme chilien de défense des "
     "libertés, qui a appelé « toutes les parties au calme ».", "toutes les parties", "Observatorio Ciudadano"),
    ("Le projet a été salué par Greenfield, l'association britannique de protection des oiseaux, qui a "
     "estimé qu'il était « exemplaire ».", "exemplaire", "Greenfield"),
    ("La marche était organisée par Terra Viva, le collectif de riverains, qui a dénoncé « un passage en force ».",
     "passage en force", "Terra Viva"),
])
def test_organisation_apposition_before_relative(nlp, text, words, who):
    assert speaker_of(nlp, text, words) == who


@pytest.mark.parametrize("text, words", [
    ("Le premier ministre du Canada, en visite à Paris, a assuré que l'accord serait « signé ».", "signé"),
    ("Un porte-parole de la Chine, joint par téléphone, a assuré que Pékin restait « ouvert ».", "ouvert"),
])
def test_name_inside_the_phrase_is_not_the_speaker(nlp, text, words):
    assert speaker_of(nlp, text, words) not in ("Canada", "Chine")


# -- definite descriptions: "le fonds", "l'homme d'affaires" ------------------------------------

@pytest.mark.parametrize("text, words, who", [
    ("Le fonds d'investissement canadien Northgate Partners a racheté le club. Le fonds assure disposer "
     "des moyens de viser l'Europe.", "viser l'Europe", "Northgate Partners"),
    ("Le collectif Eau Libre a appelé à manifester samedi. Le collectif a dénoncé « une privatisation de l'eau ».",
     "privatisation", "Eau Libre"),
    ("Le transporteur breton Armor Express a été placé en liquidation. Le transporteur a assuré que les vols "
     "seraient maintenus jusqu'à dimanche.", "vols seraient maintenus", "Armor Express"),
])
def test_organisation_kind_noun_refers_back(nlp, text, words, who):
    assert speaker_of(nlp, text, words) == who


def test_kind_noun_with_two_candidates_stays_unnamed(nlp):
    sp = speaker_of(nlp, "Le fonds américain Blue Harbor et le fonds qatari Doha Capital ont fait une offre. "
                         "Le fonds a assuré que le club resterait à Nice.", "resterait à Nice")
    assert sp not in ("Blue Harbor", "Doha Capital")


@pytest.mark.parametrize("text, words, who", [
    ("Le club est dirigé par Paul Renner, un ancien banquier. « Nous venons pour durer », a déclaré M. Renner. "
     "L'homme d'affaires a promis d'investir « au moins 50 millions d'euros » dans le centre de formation.",
     "50 millions", "Paul Renner"),
    ("La maison d'édition a été fondée par Claire Aubin. « Nous restons indépendants », a dit Mme Aubin. "
     "La femme de lettres a ajouté qu'elle refusait « toute offre de rachat ».", "offre de rachat", "Claire Aubin"),
    ("Le patron du groupe, Marc Delorme, a reçu les syndicats. « Aucun site ne fermera », a affirmé M. Delorme. "
     "Le chef d'entreprise a assuré que les salaires seraient « revalorisés ».", "revalorisés", "Marc Delorme"),
])
def test_compound_person_noun_refers_back(nlp, text, words, who):
    assert speaker_of(nlp, text, words) == who


def test_relative_of_someone_still_new(nlp):
    sp = speaker_of(nlp, "Le suspect, Karim Benhadi, a été interpellé. « Il n'a rien fait », a déclaré M. Benhadi. "
                         "La mère de l'adolescent a assuré qu'il était « innocent ».", "innocent")
    assert sp != "Karim Benhadi"


# -- an inverted subject after a place phrase ending on an adjective ----------------------------

@pytest.mark.parametrize("text, who", [
    ("« Nous ne lâcherons rien », a lancé au départ du cortège lyonnais Marion Lefort, secrétaire générale "
     "du syndicat.", "Marion Lefort"),
    ("« La colère est immense », a déclaré devant la préfecture bretonne Yann Le Goff, porte-parole des "
     "pêcheurs.", "Yann Le Goff"),
    ("« Le texte doit être retiré », a martelé à la tribune nationale Sophie Caron, députée du Nord.",
     "Sophie Caron"),
])
def test_inverted_subject_after_place_phrase(nlp, text, who):
    assert quotes(nlp, text)[0][1] == who


# -- a second verb after "mais/et" keeps a subject the parser split from its apposition --------

@pytest.mark.parametrize("text, words, who", [
    ("Les Etats-Unis, premier contributeur financier de l'agence, ont voté pour le texte mais ont prévenu "
     "qu'ils réexamineraient leur participation.", "réexamineraient", "États-Unis"),
    ("Le Japon, premier bailleur de l'agence, a voté la résolution et a averti qu'il réduirait sa contribution.",
     "réduirait", "Japon"),
    ("Le ministre Paul Arnaud a reçu les syndicats et a assuré que la réforme serait « amendée ».",
     "amendée", "Paul Arnaud"),
])
def test_coordinated_verb_keeps_split_subject(nlp, text, words, who):
    assert speaker_of(nlp, text, words) == who


# -- "s'est dit(e) « ... »": the quoted attribute (with its "par"/"avec" complement, session 12) --

@pytest.mark.parametrize("text, expected", [
    ("La Commission européenne s'est dite « préoccupée » par la situation à bord.",
     "« préoccupée » par la situation à bord"),
    ("Le ministre Hugo Rénal s'est dit « prêt à discuter » avec les syndicats dès lundi.",
     "« prêt à discuter » avec les syndicats dès lundi"),
    ("Les deux fédérations se sont déclarées « favorables » au projet de fusion.", "favorables"),
])
def test_reflexive_stance_keeps_quoted_words(nlp, text, expected):
    assert expected in texts(nlp, text), quotes(nlp, text)


def test_non_reflexive_quote_keeps_its_object(nlp):
    found = texts(nlp, "Le ministre Hugo Rénal a dit « regretter » la décision du juge.")
    assert found and "décision du juge" in found[0]


# -- "le patron de ..." after "le PDG de X, Y": the same office in other words ------------------

@pytest.mark.parametrize("text, words, who", [
    ("Le PDG de Voltanor, Marc Leblanc, a défendu mercredi le projet devant les députés. « Tout va bien », a "
     "déclaré M. Leblanc. La commission est présidée par la députée Anne Morel, tandis que le rapporteur, Paul "
     "Giraud, est issu de la majorité. Sous le feu des questions, le patron de l'énergéticien public a reconnu "
     "des retards. Il a assuré que les leçons du passé avaient « été tirées ».", "été tirées", "Marc Leblanc"),
    ("Le PDG d'Artemis, Karim Haddad, a présenté le plan. « Nous tiendrons », a dit M. Haddad. Le ministre "
     "Louis Perret a salué l'accord. Le patron de l'industriel a reconnu des retards. Il a estimé que le "
     "calendrier serait « tenu ».", "tenu", "Karim Haddad"),
    ("Le directeur général de Solvane, Yves Martel, a reçu les syndicats. « Aucun site ne fermera », a dit "
     "M. Martel. Le maire Louis Ferrand a salué ce geste. Le patron du chimiste a ensuite visité l'usine. Il a "
     "promis que les salaires seraient « revus ».", "revus", "Yves Martel"),
])
def test_chief_executive_in_other_words(nlp, text, words, who):
    assert speaker_of(nlp, text, words) == who


def test_chief_executive_with_two_holders_is_not_guessed(nlp):
    sp = speaker_of(nlp, "Le PDG de Voltanor, Marc Leblanc, a défendu le projet. « Tout va bien », a déclaré "
                         "M. Leblanc. Le rapporteur, Paul Giraud, a interrogé le directeur général de Sigma, Luc "
                         "Perrin. Le patron de l'entreprise a reconnu des retards. Il a assuré que les leçons du "
                         "passé avaient « été tirées ».", "été tirées")
    assert sp != "Marc Leblanc"


# -- a plural phrase spelt out by names in apposition -------------------------------------------

@pytest.mark.parametrize("text, words, who", [
    ("Les syndicats, la CGT et FO, ont dénoncé « un passage en force ».", "passage en force", "Les syndicats"),
    ("Les riverains, l'association Terre Vive et le collectif Eau Libre, dénoncent « un projet imposé ».",
     "projet imposé", "Les riverains"),
    ("Les élus, le maire Paul Rivet en tête, ont jugé que le projet était « indispensable ».", "indispensable",
     "Les élus"),
])
def test_plural_phrase_before_names(nlp, text, words, who):
    assert speaker_of(nlp, text, words) == who


def test_named_plural_phrase_keeps_its_name(nlp):
    sp = speaker_of(nlp, "Les ministres de l'UE, réunis à Bruxelles, ont estimé que la reprise restait « fragile ».",
                    "fragile")
    assert sp != "Les ministres"


# -- "selon lui" right before quoted words inside the object --------------------------------------

@pytest.mark.parametrize("text, words, who", [
    ("Interrogé sur France Info, M. Paul Garnier a défendu un texte destiné selon lui à « rendre confiance aux "
     "élèves ».", "rendre confiance", "Paul Garnier"),
    ("La ministre Léa Morin a présenté une réforme qui, selon elle, « ne coûtera rien aux familles ».",
     "ne coûtera rien", "Léa Morin"),
    ("Le préfet Alain Roche a maintenu l'arrêté, une mesure nécessaire selon lui pour « protéger les riverains ».",
     "protéger les riverains", "Alain Roche"),
])
def test_speaker_recalled_before_quoted_words(nlp, text, words, who):
    assert speaker_of(nlp, text, words) == who


def test_speaker_recalled_with_no_one_to_recall(nlp):
    assert quotes(nlp, "Le club a recruté un attaquant, capable selon lui « de marquer vingt buts ».") == []
