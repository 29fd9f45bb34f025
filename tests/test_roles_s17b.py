"""Session 17b (role2): offices read from appointments to a post, with sentences of our own."""
from extraction_helpers import has, triples


def test_appointment_to_a_post_after_an_aside(nlp):
    text = ("Le Parlement croate a approuvé la nomination de Ivan Horvat, un chirurgien sans passé politique, "
            "au poste de Premier ministre, en remplacement de Ante Kovač. La Croatie traverse une crise.")
    found = triples(nlp, text)
    assert has(found, "Ivan Horvat", "HOLDS_ROLE", "Croatie")
    assert has(found, "Ante Kovač", "HOLDS_ROLE", "Croatie")  # the office he held until now


def test_appointment_noun_office_of_the_appointing_body(nlp):
    text = ("Le constructeur Renault a annoncé lundi la nomination de Paul Berger au poste de directeur général, "
            "en remplacement de Marc Dubois.")
    found = triples(nlp, text)
    assert has(found, "Paul Berger", "HOLDS_ROLE", "Renault")
    assert has(found, "Marc Dubois", "HOLDS_ROLE", "Renault")


def test_passive_appointment_to_a_state_post(nlp):
    text = ("Pablo Reyes a été nommé jeudi au poste de ministre de l'Energie. Le Chili importe du gaz et le Chili "
            "cherche d'autres fournisseurs.")
    assert has(triples(nlp, text), "Pablo Reyes", "HOLDS_ROLE", "Chili")


def test_purpose_of_a_planned_trip_is_no_meeting(nlp):
    text = "La ministre italienne Giulia Conti doit se rendre jeudi à Tunis pour rencontrer le président tunisien Kaïs Saïed."
    assert not has(triples(nlp, text), "Giulia Conti", "CONSULT", "Kaïs Saïed")



def test_portfolio_with_two_coordinated_adjectives(nlp):
    text = ("Le Chili a présenté un plan. Le ministre des Ressources minérales et pétrolières, Pablo Reyes, a reconnu "
            "une erreur. Le Chili exporte du cuivre.")
    assert has(triples(nlp, text), "Pablo Reyes", "HOLDS_ROLE", "Chili")


def test_two_portfolios_after_a(nlp):
    text = ("La Commission européenne a présenté un plan. Le commissaire aux Transports et à la Mobilité, Lars Nielsen, "
            "a reconnu que les prix étaient trop hauts.")
    assert has(triples(nlp, text), "Lars Nielsen", "HOLDS_ROLE", "Commission européenne")


def test_hyphenated_nationality_adjective_stays_one_word(nlp):
    text = "Le président sri-lankais, Anura Kumara Dissanayake, a parlé de l'avenir du Sri Lanka."
    assert has(triples(nlp, text), "Anura Kumara Dissanayake", "HOLDS_ROLE", "Sri Lanka")


def test_title_said_by_a_copula_of_a_pronoun(nlp):
    text = ("Jean Dupont a critiqué le projet. Il est depuis 2019 président de la Fédération nationale des "
            "producteurs de lait.")
    assert has(triples(nlp, text), "Jean Dupont", "HOLDS_ROLE", "Fédération nationale des producteurs de lait")


def test_title_in_a_copular_relative_clause(nlp):
    text = ("Jean Dupont, qui est aussi président de la Fédération nationale des producteurs de lait, a critiqué "
            "le projet.")
    assert has(triples(nlp, text), "Jean Dupont", "HOLDS_ROLE", "Fédération nationale des producteurs de lait")

