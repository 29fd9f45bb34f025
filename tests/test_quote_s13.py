"""Session 13: reported clauses past the channel or the person addressed, a document's author as
the speaker of a trailing "selon", and the extent and resolution of speakers, on sentences written
for these tests."""
from __future__ import annotations

from extraction_helpers import quotes, speaker_of


def test_que_after_aupres_de(nlp):
    # "a estimé auprès de X que ...": the person addressed, then the reported clause
    text = "Le skipper Yann Le Goff a estimé auprès de la presse locale qu'il avait été « mal conseillé »."
    found = quotes(nlp, text)
    assert any(t.startswith("il avait été") and sp == "Yann Le Goff" for t, sp in found), found


def test_que_after_par_communique(nlp):
    # "a fait savoir par communiqué que ...": the channel, then the reported clause
    text = "La coopérative des vignerons a fait savoir par communiqué qu'elle renonçait à la vente du domaine."
    found = quotes(nlp, text)
    assert any(t.startswith("elle renonçait à la vente") for t, sp in found), found


def test_que_after_par_la_voix_de(nlp):
    text = "Le constructeur a fait savoir par la voix de son directeur qu'il contestait « fermement » la sanction."
    found = quotes(nlp, text)
    assert any(t.startswith("il contestait") for t, sp in found), found


def test_trailing_selon_a_communique_of_a_body(nlp):
    # "..., selon un communiqué de X": X issued it, X speaks; a court's act decides, it does not
    # speak, and "de renvoi" names the kind of act, no author
    text = "Le tunnel restera fermé jusqu'à dimanche pour des travaux, selon un communiqué de la préfecture maritime."
    found = quotes(nlp, text)
    assert any(t.startswith("Le tunnel restera fermé") and sp == "la préfecture maritime" for t, sp in found), found
    text = "Les fonds auraient transité par trois sociétés écrans, d'après l'ordonnance de renvoi."
    assert quotes(nlp, text) == []


def test_unnamed_source_without_the_bare_place(nlp):
    # "une source diplomatique à Genève": the golds keep the source, not where it spoke from;
    # "en poste à X" stays (decision 23)
    text = "Les pourparlers reprendront la semaine prochaine, a indiqué une source diplomatique à Genève."
    assert speaker_of(nlp, text, "Les pourparlers") == "une source diplomatique"
    text = "Les pourparlers reprendront la semaine prochaine, a indiqué un diplomate africain en poste à Rome."
    assert speaker_of(nlp, text, "Les pourparlers") == "un diplomate africain en poste à Rome"


def test_party_noun_refers_back_to_the_person(nlp):
    text = ("La ministre suédoise des Finances, Ingrid Dahl, a présenté mardi son budget. "
            "La sociale-démocrate a assuré que les impôts ne monteraient pas.")
    assert speaker_of(nlp, text, "les impôts") == "Ingrid Dahl"


def test_l_autorite_is_the_regulator(nlp):
    text = ("L'Autorité de la concurrence a infligé une amende de 40 millions d'euros au groupe. "
            "L'autorité a précisé que l'enquête avait duré trois ans.")
    assert speaker_of(nlp, text, "l'enquête avait duré") == "Autorité de la concurrence"


def test_appeal_keeps_its_addressee_with_the_quoted_words(nlp):
    # "a appelé X à « ... »": whom the appeal addresses goes with the quoted words
    text = "Le médiateur de la République a appelé les deux fédérations à « la plus grande responsabilité »."
    found = quotes(nlp, text)
    assert any(t.startswith("les deux fédérations à") for t, sp in found), found


def test_qualified_object_goes_with_its_quoted_label(nlp):
    # "a qualifié X d'« ... »": what is named so goes with the label; a pronoun object stays out
    text = "Le sénateur Hugo Marchal a qualifié la décision du préfet d'« absurde »."
    found = quotes(nlp, text)
    assert any(t.startswith("la décision du préfet") for t, sp in found), found


def test_reported_infinitive_keeps_its_negation(nlp):
    text = "Le directeur de la maternité a affirmé ne pas avoir été prévenu de la fermeture."
    found = quotes(nlp, text)
    assert any(t.startswith("ne pas avoir été prévenu") for t, sp in found), found



def test_a_persons_request_to_someone_is_reported(nlp):
    # "X a demandé à Y de + infinitive": a person's request, whom then what (a body's stays an act,
    # like its appeals)
    text = "La ministre des Sports, Claire Dumont, a demandé à la fédération de suspendre le championnat."
    found = quotes(nlp, text)
    assert ("à la fédération de suspendre le championnat", "Claire Dumont") in found, found
    text = ("Le ministre du Travail, Paul Ndiaye, a qualifié la grève d'« illégale » et a demandé à la Commission "
            "nationale des enseignants (CNE) de sanctionner les absents.")
    found = quotes(nlp, text)
    assert any(t.startswith("à la Commission nationale des enseignants") for t, sp in found), found
    text = "Le syndicat a demandé à la direction de rouvrir les négociations."
    assert quotes(nlp, text) == []


def test_the_body_speaks_not_the_person_leading_it(nlp):
    # "La mission de X, conduite par Y, a jugé": Y is named as the agent of a participle set off by
    # commas; the body speaks
    text = ("La mission d'observation de l'Union africaine, conduite par l'ancien président malien Amadou Keita, "
            "a jugé que le scrutin avait été « transparent ».")
    assert speaker_of(nlp, text, "le scrutin") != "Amadou Keita"
    text = "L'opposition de droite, emmenée par le conseiller Marc Vidal, a dénoncé un budget « insincère »."
    assert speaker_of(nlp, text, "un budget") == "Marc Vidal"  # (no named body: the one who leads it speaks)
