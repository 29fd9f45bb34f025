"""Head offices written without their owner (session 16, own sentences): a well-known head of an organisation
(office_holders.tsv) holds the office of the organisation the story names; more ministers in leaders.tsv; the
feminine "cheffe" and the US cabinet "secrétaire au Trésor" are state offices."""
from extraction_helpers import has, triples


def test_secretary_general_of_the_named_organisation(nlp):
    found = triples(nlp, "Le secrétaire général António Guterres a exhorté les deux camps à la retenue, a fait "
                         "savoir l'ONU dans un communiqué.")
    assert has(found, "António Guterres", "HOLDS_ROLE", "ONU"), found


def test_no_owner_when_the_story_does_not_name_it(nlp):
    # the Bank of England is never named: no guess; the Fed named beside is someone else's
    found = triples(nlp, "Le gouverneur Andrew Bailey a jugé l'inflation trop forte, quelques heures après une "
                         "décision de la Réserve fédérale. Le gouverneur Kazuo Ueda a maintenu ses taux, a annoncé "
                         "la Banque du Japon.")
    assert has(found, "Kazuo Ueda", "HOLDS_ROLE", "Banque du Japon"), found
    assert not any(s == "Andrew Bailey" and p == "HOLDS_ROLE" for s, p, _ in found), found


def test_president_of_the_commission(nlp):
    found = triples(nlp, "La présidente Ursula von der Leyen a présenté mardi un plan d'investissement, selon "
                         "la Commission européenne.")
    assert has(found, "Ursula von der Leyen", "HOLDS_ROLE", "Commission européenne"), found


def test_spokesman_of_the_presidency(nlp):
    found = triples(nlp, "Le porte-parole Dmitri Peskov a refusé de commenter ces informations, a indiqué le Kremlin.")
    assert has(found, "Dmitri Peskov", "HOLDS_ROLE", "Kremlin"), found


def test_company_boss_over_a_guessed_group(nlp):
    # "du groupe français": the known company of its boss (the adjective is the company's), not the armed group
    found = triples(nlp, "L'Etat islamique a revendiqué une attaque près du site de TotalEnergies. Le PDG du groupe "
                         "français, Patrick Pouyanné, a promis une reprise rapide.")
    assert has(found, "Patrick Pouyanné", "HOLDS_ROLE", "TotalEnergies"), found
    assert not has(found, "Patrick Pouyanné", "HOLDS_ROLE", "Etat islamique"), found


def test_feminine_head_of_diplomacy(nlp):
    found = triples(nlp, "La cheffe de la diplomatie, Annalena Baerbock, a rappelé que l'Allemagne "
                         "soutiendrait ses alliés.")
    assert has(found, "Annalena Baerbock", "HOLDS_ROLE", "Allemagne"), found


def test_us_treasury_secretary(nlp):
    found = triples(nlp, "Le secrétaire au Trésor, Scott Bessent, a jugé que les États-Unis n'avaient rien à craindre.")
    assert has(found, "Scott Bessent", "HOLDS_ROLE", "États-Unis"), found


def test_defence_minister_of_the_lexicon(nlp):
    found = triples(nlp, "Le ministre de la Défense, Gen Nakatani, a annoncé que le Japon renforcerait ses "
                         "patrouilles face à la Chine.")
    assert has(found, "Gen Nakatani", "HOLDS_ROLE", "Japon"), found


def test_cabinet_secretary_with_nationality(nlp):
    # "le secrétaire général du gouvernement" is a state office: the adjective gives its country
    found = triples(nlp, "Le secrétaire général du gouvernement norvégien, Lars Hovland, a dénoncé une provocation.")
    assert has(found, "Lars Hovland", "HOLDS_ROLE", "Norvège"), found
