"""Session 30: a sentence starts only after an end mark or a line break (`marked_breaks`; sentences written
for these tests)."""

CUT = ("Carlos Mendes, qui avait vivement critiqué la réforme des retraites adoptée en mars, "
       "n'a pas souhaité réagir mardi.")


def test_the_parser_alone_cuts_this_sentence(nlp):
    # (the case the component is for: without it the verb's clause is a sentence of its own)
    with nlp.select_pipes(disable=["marked_breaks"]):
        assert len(list(nlp(CUT).sents)) == 2


def test_no_cut_without_an_end_mark_and_the_verb_keeps_its_subject(nlp):
    doc = nlp(CUT)
    assert len(list(doc.sents)) == 1
    verb = next(t for t in doc if t.text == "souhaité")
    assert "Mendes" in [t.text for c in verb.children if c.dep_.startswith("nsubj") for t in c.subtree]


def test_end_marks_closing_quotes_and_line_breaks_still_end_sentences(nlp):
    doc = nlp("« Nous avons un accord. » Le ministre a salué M. Dupont. Est-ce la fin ? Oui !\n"
              "Un intertitre sans point\nLe texte reprend.")
    assert [s.text.strip() for s in doc.sents] == [
        "« Nous avons un accord. »", "Le ministre a salué M. Dupont.", "Est-ce la fin ?", "Oui !",
        "Un intertitre sans point", "Le texte reprend."]


def test_a_closing_quote_inside_a_sentence_ends_nothing(nlp):
    doc = nlp("Le ministre a qualifié de « provocation » la visite du navire, puis il a quitté la salle.")
    assert len(list(doc.sents)) == 1
