"""Event relations (PLOVER classes) from argument structures of French wire copy met in session 6, on
sentences written for these tests (other names, topics and wording than any story)."""
from __future__ import annotations

import pytest

from extraction_helpers import has, triples


FOUND = [
    # a transfer noun's "de" complement is what is sent; the sender is the subject of the verb governing it
    ("L'Espagne et le Portugal ont annoncé l'envoi de six Canadair en Grèce.", ("Espagne", "AID", "Grèce")),
    ("L'Espagne et le Portugal ont annoncé l'envoi de six Canadair en Grèce.", ("Portugal", "AID", "Grèce")),
    ("La Suède et la Finlande ont annoncé l'envoi de deux Rafale au Maroc.", ("Finlande", "AID", "Maroc")),
    ("La Norvège a promis la livraison de deux frégates à la Lituanie.", ("Norvège", "AID", "Lituanie")),
    # names coordinated after a fronted adverbial closed by a comma
    ("Début 2020, Danone et Nestlé avaient signé un accord de distribution.", ("Danone", "AGREE", "Nestlé")),
    ("Fin mars, Peugeot et Fiat avaient conclu un accord de fusion.", ("Peugeot", "AGREE", "Fiat")),
    ("En 2018, Total et Engie avaient conclu un accord.", ("Total", "AGREE", "Engie")),
    # a bracketed short form glossing the second of two coordinated parties, hung by the parser on the first
    ("Le gouvernement malien et le Mouvement pour le salut et la paix en Azawad (MSPA), l'un des principaux "
     "groupes armés du nord-est du pays, ont signé un accord de paix à Alger.",
     ("Mali", "AGREE", "Mouvement pour le salut et la paix en Azawad")),
    ("Le gouvernement burkinabè et le Mouvement pour la sécurité et la paix au Sahel (MSPS), l'un des principaux "
     "groupes armés du nord du pays, ont signé un accord de paix à Lomé.",
     ("Burkina Faso", "AGREE", "Mouvement pour la sécurité et la paix au Sahel")),
    # (but an acronym glossing a name inside the noun's own complement still names that body)
    ("Le milieu Paul Martin a été suspendu par la commission de discipline de la Fédération française de "
     "football (FFF).", ("Fédération française de football", "SANCTION", "Paul Martin")),
    # a weapon used against someone
    # (session 10: the coast guard is a body of its own, as "la marine chinoise" and the golds' forces are)
    ("Les garde-côtes chinois ont encore fait usage de canons à eau contre des navires vietnamiens.",
     ("garde-côtes chinois", "ASSAULT", "Vietnam")),
    ("Le Hamas a tiré des roquettes contre Israël dans la nuit.", ("Hamas", "ASSAULT", "Israël")),
    ("Le Hezbollah a lancé des drones contre Israël samedi.", ("Hezbollah", "ASSAULT", "Israël")),
    # refusing a partnership rejects the partner
    ("Le Premier ministre Mark Rutte a exclu tout accord avec le PVV.", ("Mark Rutte", "REJECT", "PVV")),
    ("Le chancelier Olaf Scholz a écarté toute coopération avec l'AfD en Saxe.", ("Olaf Scholz", "REJECT", "AfD")),
    ("Le président Félix Tshisekedi a refusé toute négociation avec les rebelles du M23.",
     ("Félix Tshisekedi", "REJECT", "M23")),
    # a noun standing for the act it mentions
    ("La Grèce et Chypre se sont opposées à toute mention d'une adhésion de la Turquie dans le texte.",
     ("Chypre", "REJECT", "Turquie")),
    ("Le Danemark a rejeté l'idée d'une adhésion de la Turquie.", ("Danemark", "REJECT", "Turquie")),
    ("L'Autriche s'est opposée à la perspective d'une adhésion de la Serbie.", ("Autriche", "REJECT", "Serbie")),
    # calling a rally in front of someone's building, or a strike against someone, is a protest against them
    ("Le syndicat FO a appelé à un rassemblement samedi devant le siège de Carrefour à Massy.",
     ("FO", "PROTEST", "Carrefour")),
    ("Le collectif Nous Toutes a appelé à un rassemblement devant l'ambassade d'Iran.",
     ("Nous Toutes", "PROTEST", "Iran")),
    ("La CGT a appelé à une grève contre la direction de Renault.", ("CGT", "PROTEST", "Renault")),
    # the named holder of a long title is the subject, not the organisation in the title
    ("Le secrétaire général de la CGT pour la Bretagne et les Pays de la Loire, Marc Le Goff, accuse la "
     "direction de Renault d'avoir menti.", ("Marc Le Goff", "ACCUSE", "Renault")),
    ("La responsable de la FNSEA pour l'Occitanie et la Provence, Julie Fabre, accuse la direction de "
     "Lactalis d'avoir trahi les éleveurs.", ("Julie Fabre", "ACCUSE", "Lactalis")),
    ("Le délégué de SUD pour la région Grand Est, Karim Haddad, accuse la direction d'Arcelor d'avoir menti.",
     ("Karim Haddad", "ACCUSE", "Arcelor")),
    # a list after a preposition that the parser did not coordinate: one relation with each name
    ("Manille a multiplié ces dernières années les partenariats de défense, avec les Etats-Unis, le Japon "
     "et l'Australie.", ("Philippines", "COOPERATE", "Australie")),
    ("Hanoï a renforcé sa coopération militaire avec l'Inde, le Japon et la Corée du Sud.",
     ("Vietnam", "COOPERATE", "Japon")),
    ("Hanoï a renforcé sa coopération militaire avec l'Inde, le Japon et la Corée du Sud.",
     ("Vietnam", "COOPERATE", "Corée du Sud")),
    ("Rabat a multiplié les accords commerciaux, avec le Nigeria, le Ghana et le Sénégal.",
     ("Maroc", "AGREE", "Sénégal")),
    # a subject before a relative clause the parser made the main one
    ("M. Garcia, dont le parti a fait de l'écologie le coeur de son programme, a accusé lundi le PSOE de "
     "trahison.", ("Garcia", "ACCUSE", "PSOE")),
    ("M. Garcia, dont le parti a fait de l'écologie le coeur de son programme, a exclu lundi toute alliance "
     "avec Vox.", ("Garcia", "REJECT", "Vox")),
    # funding something for a beneficiary named under the thing funded
    ("La Fondation de France a débloqué 500.000 euros pour financer des équipements au CHU de Lille.",
     ("Fondation de France", "AID", "CHU de Lille")),
    ("L'Agence régionale de santé d'Occitanie a annoncé une enveloppe pour financer des renforts au CHU de "
     "Toulouse.", ("Agence régionale de santé d'Occitanie", "AID", "CHU de Toulouse")),
    ("La Banque européenne d'investissement a accordé un prêt pour financer de nouveaux bâtiments au CHU "
     "de Bordeaux.", ("Banque européenne d'investissement", "AID", "CHU de Bordeaux")),
    # a trade measure on goods imported from a country or union
    ("Washington a imposé des droits de douane de 25 % sur l'acier importé du Canada.",
     ("États-Unis", "SANCTION", "Canada")),
    ("L'Inde a instauré une surtaxe sur les panneaux solaires importés de Chine.", ("Inde", "SANCTION", "Chine")),
    ("Ottawa a annoncé une enquête antidumping sur les tubes d'acier importés de Corée du Sud.",
     ("Canada", "SANCTION", "Corée du Sud")),
    # an act judged ("condamner", "dénoncer", "saluer") happened, even when the judgement is only expected
    ("Le communiqué final devrait condamner l'invasion russe de la Géorgie.", ("Russie", "ASSAULT", "Géorgie")),
    ("Les ministres pourraient dénoncer l'offensive turque contre la Syrie.", ("Turquie", "ASSAULT", "Syrie")),
    ("Le sommet devrait condamner les frappes iraniennes contre Israël.", ("Iran", "ASSAULT", "Israël")),
]


@pytest.mark.parametrize("text,expected", FOUND)
def test_found(nlp, text, expected):
    assert has(triples(nlp, text), *expected)


NOT_FOUND = [
    # the thing sent is no sender
    ("L'Italie a annoncé l'envoi de quatre Airbus en Tunisie.", ("Airbus", "AID", "Tunisie")),
    ("La Suède et la Finlande ont annoncé l'envoi de deux Rafale au Maroc.", ("Rafale", "AID", "Maroc")),
    # the organisation in the title of a named person is no subject
    ("Le secrétaire général de la CGT pour la Bretagne et les Pays de la Loire, Marc Le Goff, accuse la "
     "direction de Renault d'avoir menti.", ("CGT", "ACCUSE", "Renault")),
    # a rally before an institution named as such: a place, no target
    ("La déléguée CGT du site, Sandrine Bouvet, appelle à un rassemblement lundi devant la préfecture du "
     "Cher, à Bourges.", ("Sandrine Bouvet", "PROTEST", "préfecture du Cher")),
    ("La déléguée CGT du site, Sandrine Bouvet, appelle à un rassemblement lundi devant la préfecture du "
     "Cher, à Bourges.", ("Sandrine Bouvet", "REQUEST", "préfecture du Cher")),
    # an opinion is no trial
    ("Le ministre turc des Affaires étrangères, Kerem Aydın, a jugé inacceptable que la Grèce soit "
     "visée par des restrictions de l'Union européenne.", ("Kerem Aydın", "COERCE", "Grèce")),
    ("Le chef de la diplomatie polonaise, Jan Nowak, a jugé la décision de Berlin irresponsable.",
     ("Jan Nowak", "COERCE", "Allemagne")),
    # no event between a minister and their own country
    ("Le ministre espagnol des Affaires étrangères, Álvaro Ruiz, a défendu la position de Madrid.",
     ("Álvaro Ruiz", "SUPPORT", "Espagne")),
    ("La ministre italienne de la Défense, Giulia Conti, a salué la décision de Rome.",
     ("Giulia Conti", "SUPPORT", "Italie")),
    # importing is no trade measure
    ("La France a importé du gaz de Russie malgré les nouvelles taxes.", ("France", "SANCTION", "Russie")),
    # a weapon under a verb judging or reporting its use
    ("La Russie a dénoncé l'usage de missiles contre la Crimée.", ("Russie", "ASSAULT", "Crimée")),
    ("Le Vietnam a accusé la Chine d'avoir fait usage de canons à eau contre un navire vietnamien.",
     ("Chine", "ASSAULT", "Vietnam")),
]


@pytest.mark.parametrize("text,absent", NOT_FOUND)
def test_not_found(nlp, text, absent):
    assert not has(triples(nlp, text), *absent)
