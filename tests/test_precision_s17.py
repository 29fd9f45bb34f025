"""Precision of the weak predicates (session 17): constructions that looked like an event between two names."""
from extraction_helpers import has, triples


def test_post_remit_is_no_talk(nlp):
    # "l'envoyé spécial pour les négociations entre A et B": the post's purpose, no CONSULT between A and B
    text = "L'envoyé spécial de l'ONU pour les négociations entre Rabat et Alger, Pedro Almeida, a quitté ses fonctions mardi."
    found = triples(nlp, text)
    assert not any(p == "CONSULT" for _, p, _ in found), found


def test_authorising_body_does_not_deploy(nlp):
    text = "Le Conseil de sécurité des Nations unies a autorisé jeudi le déploiement au Mali d'une force de l'Union africaine."
    found = triples(nlp, text)
    assert not any(s.startswith("Conseil de sécurité") and p == "MOBILIZE" for s, p, _ in found), found


def test_approving_an_appointment_is_no_support(nlp):
    text = "Le Sénat a approuvé mercredi la nomination de Julie Marchand au poste de ministre de la Santé."
    assert not any(p == "SUPPORT" for _, p, _ in triples(nlp, text))
    # (hailing an election stays a support)
    assert has(triples(nlp, "Le Sénat a salué l'élection de Julie Marchand."), "Sénat", "SUPPORT", "Julie Marchand")


def test_receiving_a_prize_is_no_meeting(nlp):
    found = triples(nlp, "Le romancier Paul Girard a reçu samedi le prix Goncourt.")
    assert not any(p == "CONSULT" for _, p, _ in found), found
    # (receiving a leader stays a meeting)
    text = "Le président Emmanuel Macron a reçu mardi à l'Élysée le Premier ministre Pedro Sánchez."
    assert has(triples(nlp, text), "Emmanuel Macron", "CONSULT", "Pedro Sánchez")


def test_coordinated_agents_do_not_reject_each_other(nlp):
    text = ("Le président chilien, Gabriel Boric, a proposé une taxe carbone régionale, une proposition rejetée "
            "par le Pérou et l'Équateur.")
    found = triples(nlp, text)
    assert ("Pérou", "REJECT", "Équateur") not in found and ("Équateur", "REJECT", "Pérou") not in found, found
    assert ("Pérou", "REJECT", "Gabriel Boric") in found


def test_relation_noun_keeps_its_own_party(nlp):
    found = triples(nlp, "L'Allemagne a apporté son soutien à la Moldavie dans son différend avec la Russie.")
    assert ("Allemagne", "SUPPORT", "Moldavie") in found
    assert ("Allemagne", "SUPPORT", "Russie") not in found, found


def test_title_posting_or_portfolio_is_not_whom_one_represents(nlp):
    # "la représentante américaine au Commerce": a cabinet office; "son représentant au Niger": posted there
    found = triples(nlp, "La représentante américaine au Commerce, Laura Simmons, a rencontré mardi le ministre indien Rajiv Kumar.")
    assert ("Laura Simmons", "REPRESENTS", "États-Unis") not in found, found
    assert ("Laura Simmons", "HOLDS_ROLE", "États-Unis") in found
    found = triples(nlp, "\"La situation est grave\", a déclaré son représentant au Niger, Marc Olivier, dans un communiqué de l'Unicef.")
    assert ("Marc Olivier", "REPRESENTS", "Niger") not in found, found
    # (an ambassador of a state posted elsewhere still represents his state)
    found = triples(nlp, "L'ambassadeur d'Allemagne en Pologne, Hans Weber, a été convoqué.")
    assert ("Hans Weber", "REPRESENTS", "Allemagne") in found
