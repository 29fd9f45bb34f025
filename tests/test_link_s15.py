"""Event arguments linked through French constructions the parse leaves apart (session 15, own sentences):
a comitative verb with a plural subject, the target of a threatened act, a detached apposition."""
from extraction_helpers import has, triples


def test_comitative_verb_with_plural_subject_is_reciprocal(nlp):
    # "coopérer avec": with two subjects and no partner of its own, each cooperates with the other
    found = triples(nlp, "L'Estonie et la Finlande coopèrent étroitement dans le domaine de l'énergie.")
    assert has(found, "Estonie", "COOPERATE", "Finlande"), found
    # (with its own partner, the subjects are not each other's: "collaborent avec X")
    found = triples(nlp, "La Grèce et Chypre collaborent avec l'Egypte.")
    assert has(found, "Grèce", "COOPERATE", "Égypte"), found
    assert not has(found, "Grèce", "COOPERATE", "Chypre"), found


def test_comitative_verb_past_tense_under_a_que_clause(nlp):
    found = triples(nlp, "Le ministre a rappelé que la Grèce et Chypre collaboraient déjà au sein de l'Otan.")
    assert has(found, "Grèce", "COOPERATE", "Chypre"), found


def test_agreeing_verb_with_plural_subject_and_de_infinitive(nlp):
    found = triples(nlp, "Le Ghana et le Togo ont convenu de maintenir leurs tarifs.")
    assert has(found, "Ghana", "AGREE", "Togo"), found
    # "entendre" + bare infinitive is an intention, not "s'entendre avec"
    found = triples(nlp, "Le Ghana et le Togo entendent rouvrir leur frontière commune.")
    assert not has(found, "Ghana", "AGREE", "Togo"), found


def test_threatened_act_addressee_after_a(nlp):
    # "menacer de déclarer la guerre à X": X is threatened
    found = triples(nlp, "Le Venezuela a menacé de déclarer la guerre au Guyana.")
    assert has(found, "Venezuela", "THREATEN", "Guyana"), found


def test_threatened_act_hung_on_an_adjunct(nlp):
    # (the parser hangs the infinitive on "reprises")
    found = triples(nlp, "Le président Omar Diallo a menacé à maintes reprises de couper l'électricité au Mali.")
    assert has(found, "Omar Diallo", "THREATEN", "Mali"), found


def test_threatened_act_against_target_without_object(nlp):
    found = triples(nlp, "L'Arménie a menacé de riposter contre l'Azerbaïdjan.")
    assert has(found, "Arménie", "THREATEN", "Azerbaïdjan"), found
    # "bloquer les sanctions contre X": the sanctions are against X, the threat is not
    found = triples(nlp, "La Slovaquie a menacé de bloquer les sanctions de l'UE contre la Biélorussie.")
    assert not has(found, "Slovaquie", "THREATEN", "Biélorussie"), found


def test_detached_participle_after_a_name_the_parser_hung_on_the_verb(nlp):
    found = triples(nlp, "Au Yémen, le pouvoir est disputé entre le Conseil présidentiel, reconnu par la Ligue arabe, "
                         "et les rebelles.")
    assert has(found, "Ligue arabe", "SUPPORT", "Conseil présidentiel"), found
    # "le gouvernement de M. X, reconnu par Y": the government is recognised, not X
    found = triples(nlp, "La Somalie reste partagée entre le gouvernement de M. Abdi Farah, reconnu par l'ONU, "
                         "et un pouvoir rival.")
    assert not has(found, "ONU", "SUPPORT", "Abdi Farah"), found


def test_apposed_noun_with_participle_describes_the_name_before_it(nlp):
    # (the parser hangs the apposed noun on the verb)
    found = triples(nlp, "L'armée a lancé une opération contre les Shebab, mouvement armé financé par l'Érythrée.")
    assert has(found, "Érythrée", "AID", "Shebab"), found


def test_threat_without_target_aims_at_the_one_its_author_accuses(nlp):
    # the author's accusation in the same sentence names whom the threat is aimed at
    found = triples(nlp, "La Grèce, qui accuse la Turquie de violer son espace aérien, a menacé de riposter seule.")
    assert has(found, "Grèce", "THREATEN", "Turquie"), found


def test_threat_without_target_aims_at_the_author_of_what_is_protested(nlp):
    found = triples(nlp, "Le Japon a protesté contre l'inscription sur la liste noire de l'UE de deux banques "
                         "japonaises, et menacé de prendre des mesures.")
    assert has(found, "Japon", "THREATEN", "UE"), found
    # (only its own author's accusation: another subject's is not)
    found = triples(nlp, "Le Chili a accusé l'Argentine de fausser la concurrence, mais le Pérou a menacé de partir.")
    assert not has(found, "Pérou", "THREATEN", "Argentine"), found
