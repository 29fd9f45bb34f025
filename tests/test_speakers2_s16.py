"""An unnamed speaker introduced in a sentence whose verb the parser read as a noun."""
from extraction.entities import extract_entities
from extraction.quotes import extract_quotes


def test_il_after_an_unnamed_subject_whose_verb_the_parser_missed(nlp):
    text = ("Le président angolais João Lourenço a proposé sa médiation. « Nous sommes prêts », a-t-il déclaré. "
            "Un diplomate européen doute toutefois d'un accord rapide. “Chacun attend que l'autre cède”, a-t-il résumé.")
    doc = nlp(text)
    quotes = extract_quotes(doc, extract_entities(doc))
    assert quotes[-1].speaker.name == "Un diplomate européen"
    assert quotes[0].speaker.name == "João Lourenço"
