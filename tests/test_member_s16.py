"""Session 16: memberships from a body's present of union, member nouns through nationality adjectives, counted
and regional plurals of states, founding, "investi par" (sentences of our own)."""
from extraction_helpers import has, triples


def test_body_subject_of_present_union_verb(nlp):
    found = triples(nlp, "La Commission du Niger réunit le Mali, le Niger et le Nigeria.")
    for c in ("Mali", "Niger", "Nigeria"):
        assert has(found, c, "MEMBER_OF", "Commission du Niger"), found


def test_relative_joined_to_another_with_adverb(nlp):
    found = triples(nlp, "L'Autorité du bassin de la Volta, dont le siège est à Ouagadougou et qui réunit notamment "
                         "le Ghana, le Togo et le Bénin, tiendra sa session.")
    for c in ("Ghana", "Togo", "Bénin"):
        assert has(found, c, "MEMBER_OF", "Autorité du bassin de la Volta"), found


def test_counted_members_after_colon(nlp):
    found = triples(nlp, "L'Union des producteurs de cacao compte quatre membres : le Ghana, la Côte d'Ivoire, "
                         "le Cameroun et le Nigeria.")
    assert has(found, "Cameroun", "MEMBER_OF", "Union des producteurs de cacao"), found


def test_one_member_among_its_members(nlp):
    found = triples(nlp, "L'Union des producteurs de cacao, créée en 2012, compte aussi le Togo parmi ses membres.")
    assert has(found, "Togo", "MEMBER_OF", "Union des producteurs de cacao"), found
    # "compte A" alone is no membership, nor a past meeting
    found = triples(nlp, "L'Union des producteurs de cacao compte le Ghana comme premier fournisseur.")
    assert not any(p == "MEMBER_OF" for _, p, _ in found), found
    found = triples(nlp, "L'ONU a réuni la Russie et l'Ukraine à Genève.")
    assert not any(p == "MEMBER_OF" for _, p, _ in found), found


def test_member_noun_through_nationality_adjective(nlp):
    found = triples(nlp, "Au Parlement européen, l'eurodéputée écologiste italienne Carla Bentivoglio a critiqué "
                         "la Commission.")
    assert has(found, "Carla Bentivoglio", "MEMBER_OF", "Parlement européen"), found


def test_counted_states_joining_a_bloc(nlp):
    found = triples(nlp, "Le Danemark, la Norvège et l'Islande ont signé un accord. Les trois pays ont rejoint "
                         "l'Otan en 1949.")
    for c in ("Danemark", "Norvège", "Islande"):
        assert has(found, c, "MEMBER_OF", "Otan"), found
    # a count whose countries are not all members of the bloc is not read so
    found = triples(nlp, "Le Danemark, la Norvège et la Russie ont signé un accord. Les trois pays ont rejoint "
                         "l'Otan en 1949.")
    assert not has(found, "Russie", "MEMBER_OF", "Otan") and not has(found, "Danemark", "MEMBER_OF", "Otan"), found


def test_baltic_states(nlp):
    found = triples(nlp, "L'Estonie et la Lettonie ont signé un accord avec la Pologne. Les pays baltes ont "
                         "rejoint l'Otan en 2004.")
    assert has(found, "Estonie", "MEMBER_OF", "Otan") and has(found, "Lettonie", "MEMBER_OF", "Otan"), found
    assert not has(found, "Pologne", "MEMBER_OF", "Otan"), found


def test_founders_in_a_relative_clause(nlp):
    found = triples(nlp, "Le Danemark, la Norvège et l'Islande ont signé un accord. Les trois pays, qui ont fondé "
                         "l'Otan en 1949, sont inquiets.")
    assert has(found, "Islande", "MEMBER_OF", "Otan"), found


def test_invested_by_a_party(nlp):
    found = triples(nlp, "Son rival, Paolo Marini, investi par le parti d'opposition Avenir vert, a perdu.")
    assert has(found, "Paolo Marini", "MEMBER_OF", "Avenir vert"), found
    # a parliament invests an office holder, he is not its member so
    found = triples(nlp, "Le Premier ministre, Paolo Marini, investi par le Parlement la semaine dernière, a "
                         "présenté son programme.")
    assert not any(p == "MEMBER_OF" for _, p, _ in found), found


def test_new_blocs(nlp):
    found = triples(nlp, "La Suède et la Finlande, membres du Conseil nordique, ont signé un accord.")
    assert has(found, "Suède", "MEMBER_OF", "Conseil nordique"), found
    found = triples(nlp, "Le Vietnam et le Cambodge, membres de la Commission du Mékong, ont protesté.")
    assert has(found, "Cambodge", "MEMBER_OF", "Commission du Mékong"), found
