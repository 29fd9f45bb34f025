"""Session 15 (measure): hostile acts whose arguments sit outside the trigger's own clause: an act noun's
target named by a targeting verb, an accused who denies the accusation, a threat dealt "à" someone."""
from extraction_helpers import has, triples


# an act noun's target named by a targeting verb; the act's agent is the noun's own

def test_passive_targeting_participle_apposed(nlp):
    found = triples(nlp, "L'Iran, visé par des sanctions américaines, a annoncé un nouveau programme.")
    assert has(found, "États-Unis", "SANCTION", "Iran"), found


def test_passive_targeting_verb(nlp):
    found = triples(nlp, "Le Venezuela est frappé par des sanctions américaines depuis 2019.")
    assert has(found, "États-Unis", "SANCTION", "Venezuela"), found


def test_targeting_complaint_with_its_author(nlp):
    found = triples(nlp, "Le ministre Paul Kora est visé par une plainte de l'association Anticor.")
    assert has(found, "Anticor", "ACCUSE", "Paul Kora"), found


def test_definite_sanctions_take_the_agent_told_before(nlp):
    found = triples(nlp, "Le Canada a annoncé mardi des sanctions contre le président nicaraguayen Daniel Ortega. "
                         "Les sanctions visent également la banque Novibank.")
    assert has(found, "Canada", "SANCTION", "Novibank"), found


def test_active_targeting_participle_but_not_lifted(nlp):
    found = triples(nlp, "Les sanctions américaines visant le Venezuela ont été renforcées.")
    assert has(found, "États-Unis", "SANCTION", "Venezuela"), found
    found = triples(nlp, "Les sanctions américaines visant la banque Novibank ont été levées.")
    assert not has(found, "États-Unis", "SANCTION", "Novibank"), found


# an accused who denies the accusation rejects the accuser

def test_ce_que_denial(nlp):
    found = triples(nlp, "L'Algérie accuse le Maroc de soutenir les séparatistes, ce que Rabat dément.")
    assert has(found, "Maroc", "REJECT", "Algérie"), found


def test_denial_as_participle_with_agent(nlp):
    found = triples(nlp, "L'Algérie accuse le Maroc de soutenir les séparatistes, des accusations aussitôt "
                         "rejetées par Rabat.")
    assert has(found, "Maroc", "REJECT", "Algérie"), found


def test_bare_denial_in_next_sentence_not_negated_nor_another_act(nlp):
    found = triples(nlp, "Le Kenya accuse l'Ouganda d'avoir armé les rebelles. L'Ouganda a toujours démenti.")
    assert has(found, "Ouganda", "REJECT", "Kenya"), found
    found = triples(nlp, "Le Kenya accuse l'Ouganda d'avoir armé les rebelles. L'Ouganda n'a pas démenti.")
    assert not has(found, "Ouganda", "REJECT", "Kenya"), found
    found = triples(nlp, "Le Kenya accuse l'Ouganda d'avoir armé les rebelles. "
                         "L'Ouganda a rejeté la proposition du Soudan.")
    assert not has(found, "Ouganda", "REJECT", "Kenya"), found


# a threat's target: the one the threatened act is dealt to

def test_threat_to_declare_war_on(nlp):
    found = triples(nlp, "Le président tchadien Idriss Déby a menacé de déclarer la guerre au Soudan.")
    assert has(found, "Idriss Déby", "THREATEN", "Soudan"), found


def test_threat_to_impose_duties_on_but_no_city(nlp):
    found = triples(nlp, "Le président américain Joe Biden a menacé d'imposer des droits de douane au Mexique.")
    assert has(found, "Joe Biden", "THREATEN", "Mexique"), found
    found = triples(nlp, "Le syndicat Sud Rail a menacé de manifester à Paris.")
    assert not any(p == "THREATEN" for _, p, _ in found), found


def test_threat_after_a_time_phrase(nlp):
    found = triples(nlp, "Le président Idriss Déby a menacé à plusieurs reprises de « déclarer la guerre » au Soudan "
                         "en cas de nouvelle attaque.")
    assert has(found, "Idriss Déby", "THREATEN", "Soudan"), found


def test_demonstrative_claims_answer_an_accusation_told_further_back(nlp):
    found = triples(nlp, "Le Niger accuse le Bénin d'héberger des opposants armés. Les deux pays partagent une longue "
                         "frontière. Le commerce entre eux a chuté cette année. Le Bénin a rejeté ces accusations.")
    assert has(found, "Bénin", "REJECT", "Niger"), found


# banning a country's imports is a SANCTION of that country

def test_import_ban_by_verb(nlp):
    found = triples(nlp, "La Chine a interdit les importations de poisson japonais.")
    assert has(found, "Chine", "SANCTION", "Japon"), found


def test_import_ban_noun_with_participle_agent(nlp):
    found = triples(nlp, "Le Japon a demandé à la Chine de lever l'interdiction totale des importations de poissons "
                         "et fruits de mer japonais, décrétée par Pékin en août.")
    assert has(found, "Chine", "SANCTION", "Japon"), found


def test_import_suspension_from_a_named_country_but_not_a_protest(nlp):
    found = triples(nlp, "La Russie a suspendu les importations de vin en provenance de Moldavie.")
    assert has(found, "Russie", "SANCTION", "Moldavie"), found
    found = triples(nlp, "L'Inde a augmenté ses importations de pétrole russe.")
    assert not any(p == "SANCTION" for _, p, _ in found), found


# an arrest or a detention: the "de" is the one arrested or held

def test_ordered_arrest_of_someone(nlp):
    found = triples(nlp, "La juge Ana Prado a ordonné l'arrestation immédiate de l'ancien ministre Luis Mora.")
    assert has(found, "Ana Prado", "COERCE", "Luis Mora"), found


def test_arrest_of_someone_by_a_force(nlp):
    found = triples(nlp, "Les combats ont éclaté après l'arrestation du colonel Ali Hamid par la Brigade 17.")
    assert has(found, "Brigade 17", "COERCE", "Ali Hamid"), found


# a hostile act in the conditional hung on someone's act ("si") threatens that someone

def test_conditional_retaliation_verb(nlp):
    found = triples(nlp, "Selon la ministre, le Canada riposterait par des sanctions si l'Australie relevait "
                         "ses tarifs.")
    assert has(found, "Canada", "THREATEN", "Australie"), found


def test_conditional_hostile_measures_but_no_friendly_act(nlp):
    found = triples(nlp, "Selon le ministre, la Serbie prendrait des mesures de rétorsion si la Croatie fermait sa "
                         "frontière.")
    assert has(found, "Serbie", "THREATEN", "Croatie"), found
    found = triples(nlp, "Le ministre a assuré que l'Allemagne signerait l'accord si la France acceptait le compromis.")
    assert not any(p == "THREATEN" for _, p, _ in found), found


def test_threat_aimed_at_an_organisation_s_thing(nlp):
    found = triples(nlp, "Le président ougandais a menacé de boycotter le sommet de l'Union africaine.")
    assert has(found, "Ouganda", "THREATEN", "Union africaine"), found
