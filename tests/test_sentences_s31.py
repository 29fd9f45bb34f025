"""Session 31: no sentence starts inside a paired dash aside, and a quote opening after an end mark starts
one (`marked_breaks`; sentences written for these tests)."""


def sents(doc):
    return [s.text.strip() for s in doc.sents]


def test_a_paired_dash_aside_keeps_the_subject_with_its_verb(nlp):
    text = "La ministre, Claire Duval - qui présidait la réunion - a défendu le texte devant les élus."
    doc = nlp(text)
    assert sents(doc) == [text]
    verb = next(t for t in doc if t.text == "défendu")
    assert "Duval" in [t.text for c in verb.children if c.dep_.startswith("nsubj") for t in c.subtree]


def test_a_dateline_still_stands_apart(nlp):
    # (what the pairing must not do: the dateline's dash is not one of the aside's two)
    doc = nlp("LE CAIRE - Le ministre, Ali Hassan - qui venait d'arriver - a salué l'accord.")
    assert sents(doc)[0] == "LE CAIRE"
    assert len(sents(doc)) == 2


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
