"""Session 18, relation recall on fresh text: constructions the study sets showed that the rules did not reach
(sentences of our own writing)."""
from extraction_helpers import triples


def test_title_after_appointment_day(nlp):
    # the parser reads "mardi" as the predicate and hangs the title on it, "de Y" on the verb
    found = triples(nlp, "La sénatrice Claire Dumontel a été élue mardi présidente de la Fédération française de voile.")
    assert ("Claire Dumontel", "HOLDS_ROLE", "Fédération française de voile") in found


def test_nationality_noun_before_name(nlp):
    found = triples(nlp, "La Norvégienne Ingrid Solhaug a été élue jeudi présidente de l'Union européenne de curling (UEC).")
    assert ("Ingrid Solhaug", "HOLDS_ROLE", "Union européenne de curling") in found


def test_town_prosecutor_heads_named_parquet(nlp):
    text = ("Le procureur de la République de Toulouse, Marc Vidalet, a ouvert une enquête. "
            "Le parquet de Toulouse a confirmé l'information.")
    found = triples(nlp, text)
    assert ("Marc Vidalet", "HOLDS_ROLE", "parquet de Toulouse") in found
    assert ("Marc Vidalet", "HOLDS_ROLE", "Toulouse") not in found


def test_town_prosecutor_without_parquet_stays_the_towns(nlp):
    found = triples(nlp, "Le procureur de la République de Toulouse, Marc Vidalet, a ouvert une enquête.")
    assert ("Marc Vidalet", "HOLDS_ROLE", "Toulouse") in found


def test_party_members_stand_for_party(nlp):
    text = ("Le Parti socialiste a refusé de voter la motion. "
            "Le coordinateur de LFI, Manuel Bompard, a accusé les socialistes de trahir la gauche.")
    assert ("Manuel Bompard", "ACCUSE", "Parti socialiste") in triples(nlp, text)


def test_party_members_need_the_party_named(nlp):
    text = "Le coordinateur de LFI, Manuel Bompard, a accusé les socialistes de trahir la gauche."
    assert not any(p == "ACCUSE" for _, p, _ in triples(nlp, text))


def test_criticised_failing_of_an_owner(nlp):
    found = triples(nlp, "Le ministre Marc Lemoine a dénoncé le manque de transparence de la Commission européenne.")
    assert ("Marc Lemoine", "ACCUSE", "Commission européenne") in found


def test_defeat_conceded_to_the_winner(nlp):
    text = ("La candidate de gauche Marta Ruiz a remporté dimanche l'élection présidentielle au Pérou. "
            "Son principal rival, Jorge Salas, a reconnu sa défaite lundi matin.")
    assert ("Jorge Salas", "CONCEDE", "Marta Ruiz") in triples(nlp, text)


def test_camps_defeat_is_no_concession(nlp):
    text = "Marta Ruiz a remporté l'élection. Jorge Salas a reconnu la défaite de son camp."
    assert not any(p == "CONCEDE" for _, p, _ in triples(nlp, text))


def test_defeat_conceded_to_the_winning_partys_leader(nlp):
    text = ("Le Parti travailliste du Premier ministre Tom Ward a remporté jeudi les législatives. "
            "Son rival conservateur, Ian Bell, qui a perdu son siège, a reconnu sa défaite.")
    assert ("Ian Bell", "CONCEDE", "Tom Ward") in triples(nlp, text)
