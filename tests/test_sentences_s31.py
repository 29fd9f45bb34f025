"""Session 31: a quote opening after an end mark starts a sentence (`marked_breaks`; sentences written for these
tests)."""


def sents(doc):
    return [s.text.strip() for s in doc.sents]


def test_a_hyphenated_name_is_not_cut(nlp):
    text = "Le Royaume-Uni et la Nouvelle-Zélande ont signé lundi à Wellington un accord de libre-échange."
    doc = nlp(text)
    assert sents(doc) == [text]
    verb = next(t for t in doc if t.text == "signé")
    assert "Royaume" in [t.text for c in verb.children if c.dep_.startswith("nsubj") for t in c.subtree]


def test_hyphens_inside_names_cut_nothing(nlp):
    text = "Le Royaume-Uni a dépêché des médecins vers Addis-Abeba, a indiqué le porte-parole de Nouvelle-Zélande."
    assert sents(nlp(text)) == [text]


def test_a_quote_opening_after_an_end_mark_starts_a_sentence(nlp):
    text = "Lyon s'est montré prudent. « Le club parle d'une seule voix sur ce dossier », a indiqué un porte-parole."
    with nlp.select_pipes(disable=["marked_breaks"]):  # (the parser alone leaves the quote mark behind)
        assert not [t for t in nlp(text) if t.text == "«" and t.is_sent_start]
    doc = nlp(text)
    assert sents(doc) == ["Lyon s'est montré prudent.",
                          "« Le club parle d'une seule voix sur ce dossier », a indiqué un porte-parole."]


def test_a_straight_quote_closing_after_an_end_mark_is_no_start(nlp):
    doc = nlp('Le délégué a prévenu : "Nous irons jusqu\'au bout." Le préfet a convoqué les parties mardi.')
    assert sents(doc)[-1] == "Le préfet a convoqué les parties mardi."
    assert not [s for s in sents(doc) if s.startswith('"')]
