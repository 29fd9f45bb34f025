"""Session 12: breadth of the event-relation triggers (verbs, nominal forms, verbal locutions of
relations.json's verbal_locutions), with sentences written for these tests."""
import pytest

from extraction_helpers import has, triples


@pytest.mark.parametrize("text, subject, predicate, obj", [
    # verbal locutions: the object right after the locution, or between the verb and its words
    ("Le ministre marocain Karim Benali a mis en garde l'Algérie contre toute provocation.",
     "Karim Benali", "THREATEN", "Algérie"),
    ("Le président tunisien a mis l'Algérie en garde contre toute ingérence.", "Tunisie", "THREATEN", "Algérie"),
    ("La Pologne a haussé le ton contre la Biélorussie jeudi.", "Pologne", "THREATEN", "Biélorussie"),
    ("La Corée du Nord a tiré un missile. Washington a mis en demeure Pyongyang de cesser ses essais.",
     "États-Unis", "THREATEN", "Corée du Nord"),
    ("La Norvège a volé au secours de l'Islande.", "Norvège", "AID", "Islande"),
    ("Le Kenya s'en est pris à la Tanzanie.", "Kenya", "ACCUSE", "Tanzanie"),
    ("Le président Ruto a pris la défense de l'Ouganda.", "Ruto", "SUPPORT", "Ouganda"),
    ("La Hongrie a voté contre la Pologne.", "Hongrie", "REJECT", "Pologne"),
    # the body or person of the noun after the locution ("contre le projet de X")
    ("L'Autriche a voté contre le projet du Parlement européen.", "Autriche", "REJECT", "Parlement européen"),
    ("Le président Ruto a rendu visite à Yoweri Museveni.", "Ruto", "CONSULT", "Yoweri Museveni"),
    ("Le Japon a prêté main-forte aux Philippines après le typhon.", "Japon", "AID", "Philippines"),
    ("La Commission européenne a fait pression sur la Hongrie pour qu'elle lève son veto.",
     "Commission européenne", "REQUEST", "Hongrie"),
    ("Le gouvernement kényan en a appelé à l'Union africaine pour résoudre la crise.",
     "Kenya", "REQUEST", "Union africaine"),
    ("Le Premier ministre grec a plaidé en faveur de l'Ukraine à Bruxelles.", "Grèce", "SUPPORT", "Ukraine"),
    ("Le Parti vert a claqué la porte de l'Alliance démocrate.", "Parti vert", "REJECT", "Alliance démocrate"),
    ("Les États-Unis ont opposé une fin de non-recevoir à l'Iran.", "États-Unis", "REJECT", "Iran"),
    ("Le procureur Marc Lenoir a placé le maire Jean Morel en garde à vue lundi.",
     "Marc Lenoir", "COERCE", "Jean Morel"),
    ("Le Hamas a remis en liberté l'otage Eli Sharabi.", "Hamas", "CONCEDE", "Eli Sharabi"),
    ("L'armée soudanaise a ouvert le feu sur les Forces de soutien rapide.",
     "armée soudanaise", "ASSAULT", "Forces de soutien rapide"),
    ("L'Allemagne a uni ses forces à la France pour financer le projet.", "Allemagne", "COOPERATE", "France"),
    # single verbs
    ("La Chine a surtaxé le Canada en représailles.", "Chine", "SANCTION", "Canada"),
    ("L'Allemagne a stationné des troupes en Lituanie.", "Allemagne", "MOBILIZE", "Lituanie"),
    ("La Russie a redéployé des troupes en Biélorussie.", "Russie", "MOBILIZE", "Biélorussie"),
    ("Le gouvernement vénézuélien a nationalisé la société Chevron.", "Venezuela", "COERCE", "Chevron"),
    ("L'Inde a réprimandé le Pakistan mardi.", "Inde", "ACCUSE", "Pakistan"),
    ("Le syndicat CGT a défilé contre le gouvernement de Nikol Pachinian.", "CGT", "PROTEST", "Nikol Pachinian"),
    # nominal forms
    ("Le FMI a accordé une dérogation à l'Égypte.", "FMI", "CONCEDE", "Égypte"),
])
def test_new_triggers(nlp, text, subject, predicate, obj):
    found = triples(nlp, text)
    assert has(found, subject, predicate, obj), found


def test_lawsuit_is_no_assault(nlp):
    # "attaquer en justice": the locution's act (ACCUSE), not the verb's own (ASSAULT)
    found = triples(nlp, "Le syndicat Unifor a attaqué en justice la société Stellantis.")
    assert has(found, "Unifor", "ACCUSE", "Stellantis"), found
    assert not has(found, "Unifor", "ASSAULT", "Stellantis"), found


def test_asking_forgiveness_is_no_request(nlp):
    # "demander pardon à": an apology (CONCEDE), not the verb's request
    found = triples(nlp, "Le président Lula a demandé pardon à l'Angola.")
    assert has(found, "Lula", "CONCEDE", "Angola"), found
    assert not has(found, "Lula", "REQUEST", "Angola"), found
