"""Session 18 (struct): replacements and appointments the parse does not link; sentences of our own writing."""
from extraction.entities import extract_entities
from extraction.quotes import extract_quotes
from extraction.relations import extract_relations


def triples(nlp, text):
    doc = nlp(text)
    ents = extract_entities(doc)
    return {(r.subject.name, r.predicate, r.object.name) for r in extract_relations(doc, ents, extract_quotes(doc, ents))}


def test_appointee_read_on_the_surface(nlp):
    # the fallback alone (the corpus parses hang the name on the date): the person after an active appointing verb
    from extraction.entities import extract_entities as ents_of
    from extraction.relations import _Context, _appointed_before
    doc = nlp("La Fédération française de volley a nommé jeudi Laurent Mercadier entraîneur de l'équipe nationale, "
              "en remplacement de Thierry Vasseur.")
    ctx = _Context(doc, ents_of(doc))
    phrase = next(t for t in doc if t.lower_ == "en" and doc[t.i + 1].lower_ == "remplacement")
    assert [a.name for a in _appointed_before(ctx, phrase)] == ["Laurent Mercadier"]


def test_replacement_after_an_apposed_participle(nlp):
    text = ("Le dossier revient désormais à Hélène Castagnet, nommée le mois dernier directrice de l'agence, "
            "en remplacement de Bruno Lefeuvre.")
    found = triples(nlp, text)
    assert ("Hélène Castagnet", "REPLACES", "Bruno Lefeuvre") in found
    assert ("Bruno Lefeuvre", "REPLACES", "Hélène Castagnet") not in found


def test_replacement_by_a_clitic(nlp):
    text = ("Le président malgache a limogé lundi son ministre de l'Eau, Rivo Andrianaly, et nommé pour le remplacer "
            "l'ingénieur Tojo Rakotomalala.")
    assert ("Tojo Rakotomalala", "REPLACES", "Rivo Andrianaly") in triples(nlp, text)


def test_replacement_at_his_place_skips_the_subject(nlp):
    # "à sa place": the person of the sentence before, not the one the passive subject names
    text = ("Le gouvernement a renvoyé mercredi le directeur de la police, Arnaud Perrichon. "
            "Sylvain Dumoulin, jusqu'ici préfet du Cantal, a été nommé à sa place.")
    found = triples(nlp, text)
    assert ("Sylvain Dumoulin", "REPLACES", "Arnaud Perrichon") in found
    assert ("Arnaud Perrichon", "REPLACES", "Sylvain Dumoulin") not in found


def test_clitic_needs_an_appointing_verb(nlp):
    # "pour le remplacer" with no appointment: a wish, nobody replaced
    text = "Marc Tessier a quitté le club. Les dirigeants cherchent quelqu'un pour le remplacer, dont Paul Henrot."
    assert not any(p == "REPLACES" for _, p, _ in triples(nlp, text))


def test_office_after_an_appointment_with_a_date(nlp):
    text = "Le conseil d'administration a nommé mardi Céline Aubertin directrice générale de Danone."
    assert ("Céline Aubertin", "HOLDS_ROLE", "Danone") in triples(nlp, text)


def test_office_after_a_passive_appointment_with_a_date(nlp):
    text = "L'historienne Agnès Verlaine a été nommée vendredi présidente du Centre Pompidou."
    assert ("Agnès Verlaine", "HOLDS_ROLE", "Centre Pompidou") in triples(nlp, text)


def test_office_after_au_poste_de_and_a_title(nlp):
    # the title alone (the corpus parse cut the sentence at the name): past the date, the noun and "au poste de"
    from extraction.entities import extract_entities as ents_of
    from extraction.relations import _Context, _appointed_titles
    doc = nlp("Les membres de l'Organisation mondiale des douanes ont nommé lundi le diplomate belge Pieter Claes "
              "au poste de secrétaire général de l'organisation.")
    ctx = _Context(doc, ents_of(doc))
    ctx.titles = []  # (here the parse finds it too; the reading alone is tested)
    titles = [(ctx.entities[t.person].name, t.role) for t in _appointed_titles(ctx)]
    assert titles == [("Pieter Claes", "secrétaire général de l'organisation")]


def test_predecessor_after_a_nationality_noun(nlp):
    # the parser makes "Portugais" the complement of "succéder" and hangs the name elsewhere
    text = ("La directrice du musée, Claire Morin, qui a succédé en septembre dernier au Portugais Tiago Mendes, "
            "a présenté le programme.")
    assert ("Claire Morin", "REPLACES", "Tiago Mendes") in triples(nlp, text)


def test_pronoun_after_a_sentence_cut_at_a_name(nlp):
    # the splitter cuts the first sentence at the names; "Il" reads back over the pieces to the appointee
    text = ("Les ministres de l'Organisation des Etats turciques ont désigné mardi le diplomate kirghiz Aïbek "
            "Toktogoulov au poste de secrétaire adjoint, lors d'une réunion à Bakou, dans l'est de l'Azerbaïdjan. "
            "Il succède au Kazakh Nourlan Seitkaliev, en poste depuis 2021.")
    assert ("Aïbek Toktogoulov", "REPLACES", "Nourlan Seitkaliev") in triples(nlp, text)
