"""Structural relations of session 11 (helper struct): general constructions, own sentences, invented names."""
from __future__ import annotations

from extraction_helpers import triples


# ", dans la province congolaise du Sud-Kivu": a nationality adjective between the place noun and its name
def test_place_in_a_province_with_its_nationality(nlp):
    found = triples(nlp, "Les combats ont repris autour de Walikale, dans la province congolaise du Sud-Kivu, "
                         "selon l'armée.")
    assert ("Walikale", "LOCATED_IN", "Sud-Kivu") in found, found
    found = triples(nlp, "Le convoi a quitté le camp de Farchana, dans la région tchadienne du Ouaddaï, mardi.")
    assert ("Farchana", "LOCATED_IN", "Ouaddaï") in found, found


# "le Premier ministre X, issu de la N-VA": a person who comes from a party is its member
def test_person_issued_from_a_party(nlp):
    found = triples(nlp, "Le Premier ministre Karel Wouters, issu de la N-VA, a défendu la réforme.")
    assert ("Karel Wouters", "MEMBER_OF", "N-VA") in found, found
    found = triples(nlp, "Le chef du gouvernement Paul Marin, issu du parti au pouvoir Avenir commun, a démissionné.")
    assert ("Paul Marin", "MEMBER_OF", "Avenir commun") in found, found
    found = triples(nlp, "Le ministre Paul Durand, issu de l'Ecole nationale d'administration, a présenté le texte.")
    assert not any(p == "MEMBER_OF" for _, p, _ in found), found  # a school is no party


# "Le Premier ministre géorgien Irakli Kobakhidze" with the NER span stopping before the last name
def test_title_span_name_cut_short(nlp):
    from extraction_helpers import entity_labels
    labels = entity_labels(nlp, "Le Premier ministre géorgien Irakli Kobakhidze, issu du parti au pouvoir, a accusé "
                                "Bruxelles de chantage.")
    assert labels.get("Irakli Kobakhidze") == "PER", labels


# "X, l'agence technique de l'Union africaine basée à Y": a long apposition, a body named in its complement
def test_based_after_a_long_apposition(nlp):
    found = triples(nlp, "Les enquêteurs travailleront avec Europol, l'agence européenne de coopération policière et "
                         "judiciaire basée à La Haye.")
    assert ("Europol", "LOCATED_IN", "La Haye") in found, found
    found = triples(nlp, "Le Centre régional de veille sanitaire (CRVS), l'agence technique de l'Union africaine "
                         "basée à Nairobi, a annoncé des renforts.")
    assert ("Centre régional de veille sanitaire", "LOCATED_IN", "Nairobi") in found, found


# "son directeur pour le Tchad", "l'émissaire pour le dialogue entre A et B": the remit is not whose office it is
def test_remit_of_an_office_is_not_its_organisation(nlp):
    text = ("Le Haut Conseil des réfugiés (HCRF) a réduit les rations. « Nous manquons de tout », a précisé son "
            "directeur pour le Niger, Marc Dupuis.")
    found = triples(nlp, text)
    assert ("Marc Dupuis", "HOLDS_ROLE", "Niger") not in found, found
    assert ("Marc Dupuis", "HOLDS_ROLE", "Haut Conseil des réfugiés") in found, found
    found = triples(nlp, "Le médiateur pour le dialogue entre Belgrade et Pristina, Karl Wendt, a rencontré les deux "
                         "délégations.")
    assert not any(s == "Karl Wendt" and p == "HOLDS_ROLE" and o in ("Serbie", "Kosovo") for s, p, o in found), found
    found = triples(nlp, "« Le projet avance », a expliqué Marie Ndongo, coordinatrice du projet pour le Programme "
                         "national de lutte contre le paludisme (PNLP).")
    assert ("Marie Ndongo", "HOLDS_ROLE", "Programme national de lutte contre le paludisme") in found, found


# "le Parti X (PX) de M. Y", "l'Alliance Z (AZ) de l'ancien président W", "X, le parti de M. Y": the person's party
def test_party_of_a_person(nlp):
    found = triples(nlp, "Le scrutin a donné au Parti de l'unité insulaire (PUI) de M. Kalo Tamata et à ses alliés "
                         "27 sièges.")
    assert ("Kalo Tamata", "MEMBER_OF", "Parti de l'unité insulaire") in found, found
    found = triples(nlp, "Il a rejoint le Mouvement pour le renouveau (MRV), le parti de M. Tom Tasi.")
    assert ("Tom Tasi", "MEMBER_OF", "Mouvement pour le renouveau") in found, found
    found = triples(nlp, "M. Abdou Ndiaye, membre de l'Alliance pour le progrès (APP) de l'ancien président Moussa "
                         "Diallo, est poursuivi.")
    assert ("Moussa Diallo", "MEMBER_OF", "Alliance pour le progrès") in found, found
    assert ("Abdou Ndiaye", "MEMBER_OF", "Moussa Diallo") not in found, found  # no membership of a person
    found = triples(nlp, "La Commission européenne de Mme Ursula von der Leyen a proposé un texte.")
    assert not any(p == "MEMBER_OF" for _, p, _ in found), found


# "X, dont Y est membre et dont le siège se trouve à Z", "X, dont le siège et la principale usine se trouvent à Z"
def test_seat_in_coordinated_dont_clauses(nlp):
    found = triples(nlp, "La Fédération africaine de judo, dont le Mali est membre et dont le siège se trouve à Dakar, "
                         "a réagi.")
    assert ("Fédération africaine de judo", "LOCATED_IN", "Dakar") in found, found
    found = triples(nlp, "Le groupe Veltria, dont le siège et la principale usine se trouvent à Mulhouse, emploie 900 "
                         "personnes.")
    assert ("Veltria", "LOCATED_IN", "Mulhouse") in found, found


# "les N pays de l'alliance, menée par A et B": the countries that lead a grouping of states are its members
def test_countries_leading_a_grouping(nlp):
    text = ("L'Organisation des pays exportateurs de gaz et ses alliés (OPEG+) ont décidé dimanche de prolonger leurs "
            "réductions. Les douze pays de l'alliance, menée par le Qatar et l'Algérie, maintiendront leur production.")
    found = triples(nlp, text)
    assert ("Qatar", "MEMBER_OF", "Organisation des pays exportateurs de gaz et ses alliés") in found, found
    assert ("Algérie", "MEMBER_OF", "Organisation des pays exportateurs de gaz et ses alliés") in found, found
    text = ("L'Organisation des pays exportateurs de gaz et ses alliés (OPEG+) ont décidé de prolonger leurs "
            "réductions. Les huit pays de l'alliance qui appliquent ces coupes, menés par le Qatar, ont convenu "
            "de maintenir les baisses.")
    found = triples(nlp, text)
    assert ("Qatar", "MEMBER_OF", "Organisation des pays exportateurs de gaz et ses alliés") in found, found
    found = triples(nlp, "L'offensive, menée par la Russie et la Biélorussie, a échoué.")
    assert not any(p == "MEMBER_OF" for _, p, _ in found), found


# "A et B, qui forment avec C l'Alliance X", "A a formé avec B et C voisins, ..., l'Alliance X": all are members
def test_states_forming_an_organisation_together(nlp):
    found = triples(nlp, "Le Tchad et le Soudan, qui forment avec la Libye l'Union des Etats du désert, ont quitté "
                         "le forum.")
    for c in ("Tchad", "Soudan", "Libye"):
        assert (c, "MEMBER_OF", "Union des Etats du désert") in found, found
    found = triples(nlp, "Le Tchad a formé en 2021 avec le Soudan et la Libye voisins, également dirigés par des "
                         "militaires, l'Union des Etats du désert (UED), un pacte de défense.")
    for c in ("Tchad", "Soudan", "Libye"):
        assert (c, "MEMBER_OF", "Union des Etats du désert") in found, found


# "L'organisation régionale, dont X est membre": the grouping noun stands for the organisation named last
def test_member_of_a_grouping_noun_before_dont(nlp):
    text = ("« La Communauté des Etats du Sahel ne tolérera aucun coup de force », a-t-il déclaré. L'organisation "
            "régionale, dont le Tchad est membre, avait déployé une force.")
    found = triples(nlp, text)
    assert ("Tchad", "MEMBER_OF", "Communauté des Etats du Sahel") in found, found
    found = triples(nlp, "Le président du Forum des îles du Sud (FIS), Paul Tama, a jugé qu'une mission de "
                         "l'organisation, dont les Tonga sont membres, pourrait aider.")
    assert ("Tonga", "MEMBER_OF", "Forum des îles du Sud") in found, found


# "un haut responsable du X, Y", "Y, un responsable de X": one of the body's officials is its member
def test_indefinite_official_is_a_member(nlp):
    found = triples(nlp, "« Nous ne signerons rien », a affirmé à Beyrouth un haut responsable du Front uni, "
                         "Karim Haddad.")
    assert ("Karim Haddad", "MEMBER_OF", "Front uni") in found, found
    assert ("Karim Haddad", "HOLDS_ROLE", "Front uni") not in found, found
    found = triples(nlp, "« Les convois sont lents », a expliqué Ali Brahim, un responsable du Croissant-Rouge "
                         "du Niger à Agadez.")
    assert ("Ali Brahim", "MEMBER_OF", "Croissant-Rouge du Niger") in found, found
    found = triples(nlp, "« Les convois sont lents », a expliqué le responsable du Croissant-Rouge du Niger, Ali Brahim.")
    assert ("Ali Brahim", "HOLDS_ROLE", "Croissant-Rouge du Niger") in found, found


# "X, dans l'est du pays / du territoire": the one country of the lead, even if another is named more often later
def test_place_in_the_country_of_the_lead(nlp):
    text = ("La Géorgie a dénoncé une ingérence avant le scrutin.\n\nLa Russie dément. La Russie a déployé des "
            "soldats dans la région d'Ossétie, dans le nord du pays. La Russie ne commente pas. La Géorgie proteste.")
    found = triples(nlp, text)
    assert ("Ossétie", "LOCATED_IN", "Géorgie") in found, found
    text = ("Le Kosovo a fermé deux postes-frontières.\n\nDes hommes armés ont attaqué le village de Zubin, dans le "
            "nord du territoire. La Serbie dément. La Serbie accuse Pristina. Le Kosovo maintient sa version.")
    found = triples(nlp, text)
    assert ("Zubin", "LOCATED_IN", "Kosovo") in found, found


# "au sein de X" whose clause names nobody: an apposition's name, or "les deux pays, qui ..."
def test_member_within_an_apposition_or_the_two_countries(nlp):
    found = triples(nlp, "Bucarest, principal soutien de la Moldavie au sein de l'UE, avait livré du gaz.")
    assert ("Roumanie", "MEMBER_OF", "UE") in found, found
    text = ("Le Ghana et la Côte d'Ivoire ont protesté. Les deux pays, qui coordonnent leur position au sein du "
            "Conseil des pays producteurs de cacao (CPPC), assurent la moitié de la production.")
    found = triples(nlp, text)
    assert ("Ghana", "MEMBER_OF", "Conseil des pays producteurs de cacao") in found, found
    assert ("Côte d'Ivoire", "MEMBER_OF", "Conseil des pays producteurs de cacao") in found, found


# "Le club X a officialisé l'arrivée de l'attaquant Y": the player joins the club (not a coach: an office)
def test_official_arrival_of_a_player(nlp):
    found = triples(nlp, "Le FC Nantes a officialisé vendredi l'arrivée de l'attaquant international malien Moussa "
                         "Traoré, en provenance de Gand.")
    assert ("Moussa Traoré", "MEMBER_OF", "FC Nantes") in found, found
    found = triples(nlp, "Le FC Nantes a officialisé vendredi l'arrivée de l'entraîneur danois Erik Holm.")
    assert ("Erik Holm", "MEMBER_OF", "FC Nantes") not in found, found


# "le ministre des Mines, X" in a story about one country: a state portfolio of the lexicon
def test_more_state_portfolios(nlp):
    text = ("Le Burkina Faso a retiré le permis d'exploitation de la mine d'or. Le Burkina Faso veut reprendre la "
            "main. En mars, le ministre des Mines, le colonel Issa Ouédraogo, avait mis en demeure la société.")
    found = triples(nlp, text)
    assert ("Issa Ouédraogo", "HOLDS_ROLE", "Burkina Faso") in found, found
    found = triples(nlp, "Le ministre de l'Aménagement du territoire et de la Décentralisation, Paul Riviere, a parlé.")
    assert not any(o == "Décentralisation" for _, _, o in found), found


# "le ministre de X, du Y et des Z, NAME": portfolios listed across commas; "l'ailier NAME, joueur de CLUB":
# a title before the name that names no body leaves the apposition after it its own
def test_listed_portfolios_and_apposition_after_a_bare_title(nlp):
    text = ("Le Maroc a sanctionné les clubs. Le Maroc veut agir. Le ministre de l'Éducation nationale, du "
            "Préscolaire et des Sports, Karim Alaoui, a estimé que les clubs devaient payer.")
    found = triples(nlp, text)
    assert ("Karim Alaoui", "HOLDS_ROLE", "Maroc") in found, found
    found = triples(nlp, "Le pilier Louis Martin, joueur du Stade toulousain, a marqué deux essais.")
    assert ("Louis Martin", "MEMBER_OF", "Stade toulousain") in found, found
