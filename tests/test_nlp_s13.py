"""morph_values gives what Token.morph.get gives, for every token and field, also on a second Doc."""
from extraction.nlp import morph_values


def test_morph_values_match_morph_get(nlp):
    for text in ("La ministre aurait déclaré qu'ils se réuniront demain, selon des sources concordantes.",
                 "Interrogés par la presse, les deux dirigeants ont refusé de commenter la décision prise."):
        doc = nlp(text)
        for tok in doc:
            for field in ("VerbForm", "Tense", "Mood", "Gender", "Number", "Person"):
                assert morph_values(doc, tok.i, field) == tok.morph.get(field)
