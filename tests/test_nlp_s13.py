"""morph_values gives what Token.morph.get gives, for every token and field, also on a second Doc."""
from extraction.nlp import morph_values


def test_morph_values_match_morph_get(nlp):
    for text in ("La ministre aurait déclaré qu'ils se réuniront demain, selon des sources concordantes.",
                 "Interrogés par la presse, les deux dirigeants ont refusé de commenter la décision prise."):
        doc = nlp(text)
        for tok in doc:
            for field in ("VerbForm", "Tense", "Mood", "Gender", "Number", "Person"):
                assert morph_values(doc, tok.i, field) == tok.morph.get(field)


def test_children_of_match_token_children(nlp):
    """children_of gives the tokens of Token.children, in order (a root is its own head, not its child)."""
    from extraction.nlp import children_of
    doc = nlp("Le porte-parole du gouvernement, qui s'exprimait mardi, a dit que les deux pays se rencontreraient.")
    for tok in doc:
        assert [c.i for c in children_of(doc, tok.i)] == [c.i for c in tok.children]
