"""Entities: spaCy mentions merged into one entity per real-world thing in the article.

Steps, each a plain rule over the parse (no second model):

1. Repair NER spans. Leading articles go ("la Chine" -> "Chine"); an honorific before a
   person is kept in the mention ("M. Wang") but not in the name; a span that starts
   with a role noun ("ministre des Affaires étrangères Qin Gang") is a title, not an
   organisation: its trailing capitalised run becomes a person, the rest is dropped;
   a span is cut before "de + number" ("Affaires étrangères de 18 pays"), and what is
   left is dropped when it is only a ministry portfolio, lower case, or a nationality
   adjective. Honorifics include "Me" (lawyers), "Pr", "Mgr" when capitalised. A place noun
   goes ("province de Zambézie" -> "Zambézie"), so does a company noun ("groupe Renault").
   People named by a demonym or a number are no entity ("les Marseillais", "les
   Vingt-Sept", "le Lyonnais Paul X"). Labels fixed from the context: an organisation noun
   before the name makes an ORG that wins the vote ("l'association X", "le groupe armé
   M23"); a name filling quotation marks is a work (« Terra Baixa »); a one-word "person"
   after a court or mayor is the town ("le tribunal de commerce de Metz"); a party
   acronym glued to a name is split off ("le député RN Jean Morel"). More context labels: a
   maker noun with its complement ("le fabricant français de batteries X"), a lower-case
   nationality used as a noun ("le français X"), an organisation noun in apposition ("X,
   principal parti"), a corporate last word ("X Power") or a lower-case word inside a
   "person" ("Pôle emploi") make ORG; "le village de X" makes LOC. Lower-case public bodies
   ("l'armée nigérienne", "la marine ghanéenne", "le tribunal correctionnel de Paris", "la préfecture
   du Var", "le parquet de Nanterre", "le ministère sud-coréen de la Défense") are ORG entities of
   their own (`_institutions`), their place keeping its own mention; so is a name after an
   organisation noun that the NER missed or split ("le mouvement autonomiste Corsica Libera"),
   with a number or a phrase in it ("l'association Horizon 44", "le collectif Gardons nos écoles").
   Label evidence beyond the noun before a name: a museum with its complement ("le musée d'Orsay"),
   a team's town after "le club anglais de", words only an organisation takes ("chez X", "le
   directeur général de X", "X a battu Y", "X, qui emploie 300 salariés"), an English organisation
   word ("Museum"), the same preposition before a sure organisation and a place-tagged name
   coordinated with it; an age in apposition makes a person ("X, un Soudanais de 26 ans,").
   Names run on where the NER stopped early: over a glued hyphen ("stade Bollaert[-Delelis]"),
   from a cut-off opening word ("[Grand] Tortue"), over "centrale" ("l'Asie [centrale]"). No entity:
   a term's short form ("des cellules lithium-fer-phosphate (LFP)"), compass points paired ("entre
   l'Est et l'Ouest"), a second portfolio ("de l'Industrie et de la Construction"), an art movement
   (`lexicons/common_names.txt`), a country before a year ("le plan France 2030"); "l'Etat
   camerounais" is the country.
   Wire conventions: the dateline opening a story ("BANJUL - ", "ANTALYA (Turquie) - ") is a place
   and a place use of a capital; no name crosses a quotation mark; a nationality noun before a person
   ("au Sud-Coréen Park Ji-hoon") is no part of the name; a person's first name is never split off
   as a party when the rest is a double surname named after "M."; a name whose last word follows an
   honorific elsewhere ("Mme Sow") is a person's; the person after a minister's portfolio is found
   where the NER saw none; short forms the context makes bodies ("l'allemand TKMS") are ORG.
   A run of two to four capitalised words right after a title ("le président zambien X Y", "la ministre
   gabonaise des Mines, X Y Z,", "le commissaire de police des Fidji X Y"), or opening an apposed title
   ("X Y, jusqu'ici directeur général de ..."), is a person wherever the NER missed it, cut it at a glued
   hyphen or took it for a place or a body (`_titled_people`, on the title grammar of `roles.title_before`).
2. Acronyms: "Organisation de coopération de Shanghai (OCS)" makes "OCS" an `acronym`
   mention of the expansion (the canonical name); a bare upper-case mention whose
   initials spell out an organisation of the article joins it too. Short forms may be
   several words ("(Africa CDC)"); a name the NER cut short is extended to its acronym's
   initials ("Comité national olympique et sportif français (CNOSF)", "La France insoumise
   (LFI)"); an acronym the NER tags ORG makes its expansion an ORG ("Paris Saint-Germain
   (PSG)"). A bracket after a person is no acronym but the team, club or party
   ("Jonas Vingegaard (Visma-Lease a Bike)"), an ORG; a club's town names the club
   ("RC Lens" ... "Florian Dumont (Lens)").
3. Countries and capitals. A country is named canonically from `lexicons/
   nationalities.tsv`. A capital (`lexicons/capitals.tsv`) stands for its government,
   and becomes a `capital` mention of the country entity, unless it is used as a place:
   introduced by a locative preposition ("dans", "depuis", "vers", "en", "près de", or
   "à" when the governing word is not a transfer verb or noun), after a noun of what lies, sits or
   happens there ("au large de", "le siège de", "le stade X de", "le tournoi de"), or listed after
   such a place ("à Madrid, Rome et Lisbonne"). "Pékin apporte un
   soutien", "qui a valu à Moscou des sanctions", "ceux de Pékin et Moscou" are the
   countries; "à Jakarta" is the city. One sense per article: a capital used for its
   government at least once is the country everywhere in the article (the gold lists it
   as an alias of the country); a capital only ever used as a place is a city entity.
   Seats of power (`lexicons/seats.tsv`) work the same way: "le Kremlin a démenti" is an
   ORG, "reçu au Kremlin" alone a place; "Bruxelles" for its institutions joins the
   Commission or the Union of the article.
4. People: a one-word person mention ("Wang", "M. Lavrov") joins the full name of the
   article whose first or last word it is (Chinese names put the family name first), or the
   first of a double surname ("M. Añez" of "Rodrigo Añez Villarroel"); hyphenated surnames
   count as one word ("M. Ait-Larbi");
   when several full names fit, the one mentioned last before it wins. Words that the
   NER labelled otherwise but that are part of a person's full name join the person.
5. Titles (see `roles.py`) go on the person (`titles`), and a qualified title phrase
   reused later without the name ("Le patron de la diplomatie chinoise a indiqué")
   becomes a `title` mention of that person when no other person holds the same title.
"""
from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from itertools import chain, compress
from operator import and_

import numpy as np
from spacy.attrs import SPACY
from spacy.tokens import Doc

from . import roles
from .speakers import FIRST_NAMES as FIRST_NAME_GENDERS
from .nlp import (char_span_bounds, children_of, lemma_forms, lower_forms, morph_of, orth_forms, pos_forms, span_text, text_of,
                  token_ends, token_list, token_starts, tokens_with_lower, word_lists)
from .countries import (BLOC_NAMES, CAPITAL_NAMES, COUNTRIES, LEADERS, LEXICONS, SEAT_NAMES, SPELLINGS, country, country_of_adjective,
                        countries_of_town, country_of_capital, fold, institutions_of_seat, same_organisation)
from .model import Entity, Mention

LABELS = ("PER", "ORG", "LOC", "MISC")
_DETS = frozenset({"le", "la", "les", "l'", "l’"})
HONORIFICS = frozenset({"m.", "mme", "mme.", "mlle", "mm.", "mmes", "monsieur", "madame", "dr", "dr."})
# honorifics that are other words in lower case ("me" is a pronoun): only capitalised.
# Me = Maître (lawyers), Pr = professeur, Mgr = monseigneur
CASED_HONORIFICS = frozenset({"Me", "Me.", "Pr", "Pr.", "Mgr", "Mgr."})
_LOCATIVE = frozenset({"à", "dans", "depuis", "vers", "en", "près", "via", "au", "aux", "jusqu'à"})
ORG_HEADS = frozenset({
    "ministère", "parti", "organisation", "agence", "conseil", "commission", "gouvernement", "banque",
    "groupe", "société", "compagnie", "union", "association", "fédération", "cour", "tribunal",
    "assemblée", "sénat", "parlement", "armée", "fonds", "office", "institut", "mouvement", "front",
    "comité", "autorité", "forum", "alliance", "ligue", "bureau", "département", "secrétariat",
    "préfecture", "mairie", "ambassade", "consulat", "université", "club", "stade", "festival", "agence",
    "coordination", "confédération", "syndicat", "fondation", "institution", "programme", "centre", "congrès",
    "académie", "communauté", "musée", "galerie",  # "la Galerie nationale de X" (lower case "galerie" is a place)
    # bodies named after their institution noun: "la Bourse de Francfort", "le Parquet national financier"
    "bourse", "parquet", "caisse", "inspection", "haut-commissariat", "observatoire", "régie", "chambre"})
_FOLDED_ORG_HEADS = frozenset(fold(w) for w in ORG_HEADS)
# institution nouns that, capitalised alone, name no body unless they shorten a longer name of the article
# ("la Commission" beside "Commission européenne"); a legislature's noun alone names one ("le Sénat", "le Congrès"), and
# "le Conseil" alone is left to the context (a council of ministers, a city's council)
_NAMELESS_HEADS = frozenset({"commission", "parti", "union", "comite", "agence", "office", "bureau",
                             "fonds", "organisation", "federation", "ligue", "mouvement", "groupe", "societe",
                             "association", "institut", "autorite", "programme", "centre", "confederation", "syndicat",
                             "fondation"})
# a rank before an institution noun keeps the name a body's: "la Haute Cour de X", "le Haut Conseil pour Y", "le Grand
# Conseil" (the NER reads the capitalised adjective as a place's, like "Haute-Savoie")
RANKED_HEADS = frozenset({"Haut", "Haute", "Hauts", "Hautes", "Grand", "Grande"})
# institution heads that name a body with the adjective after them ("le Conseil constitutionnel", "le
# Parlement iranien") and, capitalised alone, name none: the NER often stops before the adjective
_ADJECTIVE_HEADS = frozenset({"conseil", "parlement", "tribunal", "cour", "assemblée", "sénat", "congrès", "parquet",
                              "commission", "comité", "conférence", "convention", "haut-commissariat", "office",
                              "inspection", "agence", "autorité", "bureau", "caisse", "banque"})
PLACE_CONTEXT = frozenset({
    "près", "maire", "mairie", "centre", "rue", "banlieue", "périphérie", "quartier", "aéroport", "gare",
    "port", "université", "habitant", "région", "environs", "nord", "sud", "est", "ouest", "préfet",
    "préfecture", "agglomération", "ville", "métro", "hôpital", "musée", "stade", "tribunal", "parquet",
    "nord-est", "nord-ouest", "sud-est", "sud-ouest",  # "au nord-est d'Athènes": the city as a place
    "procureur", "cour", "marathon", "conseil municipal", "conseiller", "adjoint", "bourse", "place",
    "originaire", "originaires", "natif", "native", "natifs", "territoire", "alentours", "abords",
    # places in a town and a home there: "aux carrefours de Banjul", "à son domicile de Kinshasa"
    "carrefour", "avenue", "boulevard", "faubourg", "plage", "prison", "domicile", "résidence",
    # events named after the city where they took place: "l'accord de Doha", "le sommet de Madrid"
    "accord", "traité", "sommet", "conférence", "pourparler", "pourparlers", "négociation", "processus",
    "protocole", "consensus", "pacte", "charte", "format",
    "palais"})  # "le palais de justice de Metz"
# after these a one-word name is a town, not a person's ("le maire de Metz"; "le conseiller de Macron")
_TOWN_CONTEXT = PLACE_CONTEXT - {"conseiller", "adjoint", "procureur", "domicile", "résidence"}
# "province de Zambézie", "région de Kharkiv", "île de Jeju": the place is named after the noun
# nouns whose "de" complement is the place they are of, the noun no part of a name: a process or a meeting
# named after its town, a team after its region
_OF_PLACE_NOUNS = frozenset({"processus", "sommet", "pourparlers", "négociations", "format", "club", "équipe", "sélection"})
PLACE_NOUNS = frozenset({
    "province", "région", "département", "ville", "commune", "village", "île", "district", "canton",
    "comté", "localité", "territoire", "oblast", "gouvernorat", "archipel", "municipalité", "commissariat", "camp",
    "arrondissement"})
# English trade words a firm's or a think tank's name ends with ("Mizuho Securities", "Thames Water", "Stimson
# Center"), tagged PER, LOC or MISC by the NER; after a hyphen they end a place ("Seine-Maritime")
_TRADE_TAILS = frozenset({"Securities", "Trading", "Consulting", "Construction", "Exchange", "Maritime", "Shipyard",
                          "Water", "Grid", "Gold", "Center", "Digital", "International"})
# "republic" in the languages that keep it untranslated before a state's name ("la Republika Srpska")
_REPUBLIC_WORDS = frozenset({"Republika", "República", "Repubblica", "Republik", "Republiek", "Respublika"})
# the last word of a company's or a public body's name: "Zhenhua Power", "Nantes Métropole"
ORG_TAILS = frozenset({
    "Energy", "Power", "Steel", "Group", "Groupe", "Holding", "Holdings", "Motors", "Technologies", "Systems",
    "Industries", "Airlines", "Pharma", "Chemicals", "Chemie", "Electric", "Petroleum", "Mining", "Telecom",
    "Corp", "Inc", "SA", "SAS", "AG", "GmbH", "Ltd", "Métropole", "Agglo",
    # investment firms and other company last words: "Harbor Peak Capital", "Blue Ridge Partners"
    "Capital", "Partners", "Ventures", "Investments", "Airways", "Logistics", "Solutions", "Networks", "Resources",
    "Shipping", "Aerospace", "Therapeutics", "Biotech", "Labs", "Software", "Plc", "NV", "SpA"}) | _TRADE_TAILS
# words of another language that make a name an organisation's wherever they stand in it
ORG_WORDS = frozenset({"Museum", "Foundation", "Institute", "University", "Corporation", "Company", "Agency",
                       "Committee", "Federation", "Association",
                       # Spanish, Italian, German: "la Guardia Civil", "le Partido Popular", "la Deutsche Bank"
                       "Guardia", "Partido", "Partito", "Partei", "Banco", "Banca", "Bank", "Stiftung", "Fundación",
                       "Instituto", "Istituto", "Universidad", "Università", "Universität", "Ministerio", "Ministero",
                       "Policía", "Polizia", "Polizei", "Agencia", "Agenzia",
                       # English bodies and forces ("Ambazonia Defence Forces", "Electoral Council", "Land Authority")
                       "Forces", "Army", "Council", "Authority", "Board", "League", "Organization", "Ministry",
                       "Department", "Commission", "Coalition", "Assembly", "Parliament", "Senate", "Congress",
                       # Spanish, Portuguese, Italian, German, Dutch: "Frente Amplio", "Forças Armadas", "Partij"
                       "Frente", "Ejército", "Fuerzas", "Movimiento", "Consejo", "Comisión", "Asociación",
                       "Federación", "Sindicato", "Confederación", "Companhia", "Associação", "Conselho", "Forças",
                       "Exército", "Movimento", "Associazione", "Consiglio", "Federazione", "Sindacato",
                       "Fondazione", "Verband", "Gewerkschaft", "Partij", "Stichting"})
_ORG_WORDS_AND_TAILS = ORG_WORDS | ORG_TAILS
# English names of sports: a capitalised name holding one is a sports body or a league ("Rugby Europe", "Canada
# Soccer", "Sri Lanka Cricket", "World Boxing", "Super Rugby Pacific"), tagged MISC, LOC or PER by the NER; no
# "Golf" (the "Golf National" is a course)
_SPORT_WORDS = frozenset({"Athletics", "Rugby", "Soccer", "Cricket", "Boxing", "Football", "Basketball", "Tennis",
                          "Hockey", "Cycling", "Volleyball", "Handball", "Swimming", "Baseball", "Rowing"})
_GENERIC = frozenset({"etat", "etats", "gouvernement", "republique", "nation"})
_COMPASS = frozenset({"est", "ouest", "nord", "sud", "orient", "occident"})
_BARE_COMPASS = frozenset({"sud", "est", "ouest"})


def _common_names() -> dict[str, list[tuple[str, ...]]]:
    """`lexicons/common_names.txt` by first folded word: capitalised terms that are no entity."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for line in (LEXICONS / "common_names.txt").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            words = tuple(fold(line).replace("-", " - ").split())
            out.setdefault(words[0], []).append(words)
    return out


COMMON_NAMES = _common_names()
ORG_CONTEXT = frozenset({
    "groupe", "société", "entreprise", "sidérurgiste", "constructeur", "compagnie", "club", "équipe",
    "formation", "syndicat", "parti", "banque", "fabricant", "géant", "opérateur", "filiale",
    "conglomérat", "laboratoire", "firme", "holding", "chaîne", "journal", "quotidien", "hebdomadaire",
    "radio", "ong", "association", "fédération", "mouvement", "enseigne", "distributeur", "assureur",
    "transporteur", "armateur", "industriel", "pétrolier", "énergéticien", "start-up", "éditeur",
    "collectif", "coalition", "fondation", "organisation", "groupement", "milice", "restaurant", "alliance",
    "académie", "agence", "cabinet", "marque", "maison", "office", "fonds", "télévision",
    # online services, publishers and makers named by their trade: "la plateforme Shopzen", "le réseau social
    # X", "les éditions Y", "la messagerie Z", "l'équipementier W"
    "plateforme", "réseau", "édition", "éditions", "messagerie", "application", "équipementier", "avionneur", "chimiste"})
# roads named after the town they go round: "la rocade de Toulouse" names the town
_RING_ROADS = frozenset({"rocade", "périphérique", "contournement"})
_PLACE_AND_RING_NOUNS = PLACE_NOUNS | _RING_ROADS
# events named after the place they happen in, which the NER may take with their noun
_EVENTS_AT_PLACES = frozenset({"attentat", "attaque", "combat", "affrontement", "bombardement", "massacre", "derby",
                               "guerre", "séisme", "explosion", "incendie", "émeute", "bataille", "frappe", "tuerie",
                               "fusillade", "naufrage", "inondation"})
# a company's plant or network named by its owner, which the NER takes with the noun: "l'usine Opel" is Opel's
_OWNED_SITES = frozenset({"usine", "réseau"})
# ORG_CONTEXT nouns that stay in the name of the body they introduce: "l'académie Goncourt", "la
# fondation Abbé-Pierre" (but "le groupe Renault" is "Renault")
_NAMING_NOUNS = frozenset({"académie", "fondation"})
# a name after "prix" is an award ("le prix Goncourt", "le prix Nobel"), not the body that gives it
_AWARD_NOUNS = frozenset({"prix", "trophée", "médaille"})
# heads of a body named after someone, whose town may follow: "la Fondation Beyeler de Bâle"
_NAMED_HEADS = frozenset({"Fondation", "Musée", "Galerie", "Collection"})
# events named after their town: "le marathon de Paris", "le festival d'Avignon"
_EVENT_NOUNS = frozenset({"marathon", "semi-marathon", "festival", "tournoi", "salon", "foire", "carnaval", "biennale",
                          "triennale", "rallye", "sommet"})
# sports competitions, named for the league or body that runs them (the golds' ORG): "Top 14", "Ligue 2",
# "Pro League", "championnat National", "Coupe des champions", "Tour de France", "Jeux olympiques"
_COMPETITION = re.compile(r"(?:Top \d|Ligue \d|Pro League|Pro D\d|Super League|Premier League|Serie A|Liga\b|Bundesliga"
                          r"|National \d|[Cc]hampionnat [A-Z]|Coupe d|Tour d|Jeux [a-zA-Z]|Euro \d)")
# tournaments whose editions are named by their year ("le Mondial 2030", "l'Euro 2028"): the edition is an event
_TOURNAMENTS = frozenset({"mondial", "mondiaux", "coupe", "euro", "can", "jeux", "championnat", "championnats"})
_YEAR = re.compile(r"^(?:19|20)\d\d$")
# a trophy named after its noun: "le bouclier de Brennus", "la coupe Davis", "le trophée Andros"
_TROPHY_NOUNS = frozenset({"bouclier", "coupe", "trophée"})
# ships: the press names them after a ship noun, "à bord de", or a navy's prefix ("BRP", "USS")
_SHIP_NOUNS = frozenset({"navire", "bateau", "patrouilleur", "frégate", "porte-avions", "paquebot", "chalutier", "voilier",
                         "brise-glace", "garde-côte"})
# bodies named by a lower-case noun and their town or qualifier, that the NER tags LOC for the town:
# "la police de Namur", "le Théâtre national de la Butte", "la faculté de médecine de Sousse"
_BODY_HEADS = frozenset({"police", "gendarmerie", "faculté"})
_CAPITAL_BODY_HEADS = frozenset({"Théâtre", "Opéra"})  # in lower case, the building: "le théâtre de la ville"
_SHIP_PREFIXES = frozenset({"BRP", "USS", "HMS", "HMAS", "INS", "KRI", "RFS"})


def _ship_name(doc: Doc, start: int, end: int) -> int | None:
    """Where a ship's name that the NER span at start opens ends, or `start` when the span is the tail
    of a prefixed ship name ("BRP [Sierra Madre]", taken whole from its prefix); None when it names no
    ship. "le patrouilleur BRP Teresa Magbanua", "le navire humanitaire Ocean Viking", "à bord de
    l'Aquarius": the NER splits the prefix off and takes the rest for a person, a place or a work."""
    # token strings from the per-Doc lists: each Token property read decodes its string anew
    tokens, orths, lowers, _, _ = word_lists(doc)
    if start > 0 and orths[start - 1] in _SHIP_PREFIXES and orths[start][:1].isupper():
        return start
    if orths[start] in _SHIP_PREFIXES:
        k = start + 1
        while k < len(doc) and tokens[k].is_title:
            k += 1
        return k if k > start + 1 else None
    if start == 0 or not orths[start][:1].isupper():
        return None
    k = start - 1
    if k > 0 and lowers[k] in ("la", "l'", "l’", "le"):
        k -= 1
    if k > 1 and lowers[k] in ("de", "du", "d'", "d’") and lowers[k - 1] == "bord" and lowers[k - 2] == "à":
        # "à bord de l'Aquarius"; not "à bord de la Station spatiale internationale"
        return end if end - start <= 2 and fold(orths[start]) not in _FOLDED_ORG_HEADS | {"station"} else None
    k = start - 1
    if k > 0 and lowers[k] not in _SHIP_NOUNS and pos_forms(doc)[k] == "ADJ":
        k -= 1  # "le navire humanitaire Ocean Viking"
    return end if lowers[k] in _SHIP_NOUNS else None
# ORG_CONTEXT nouns that also name a person ("l'industriel Vincent Bolloré"): no evidence against PER
PERSON_NOUNS = frozenset({"armateur", "industriel", "éditeur", "formation", "géant", "opérateur"})
_PREPOSITIONS = frozenset({"de", "du", "des", "d'", "d’"})
_DETS_AND_PREPOSITIONS = _DETS | _PREPOSITIONS
_PORTFOLIO_PREPOSITIONS = _PREPOSITIONS | {"à", "au", "aux"}  # "ministre des Sports", "commissaire à l'Energie"
# "les Marseillais", "aux Nordistes", "le Lyonnais Paul X": people named by a demonym
_DEMONYM_PLURAL = re.compile(r"(?:ais|ois|ains|ins|iens|éens|istes|ards|ons|ots)$")
_DEMONYM = re.compile(r"(?:aise?|oise?|aine?|ine?|ienne|ien|éenne|éen|iste|arde?|onne|on|ote?)$")
# adjectives between the article and a plural demonym: "ces mêmes Toulousains"
_GROUP_ADJECTIVES = frozenset({"mêmes", "autres", "nombreux", "jeunes", "deux", "trois"})
_NUMBER_WORDS = frozenset(
    "un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize vingt "
    "trente quarante cinquante soixante cent".split())
_LETTERS_AND_DIGITS = re.compile(r"^(?=.*[A-Za-z])(?=.*\d)[A-Za-z0-9-]+$")  # "M23", "G20"
_OPEN_QUOTES = frozenset({"«", "“", '"'})
_CLOSE_QUOTES = frozenset({"»", "”", '"'})
RECIPIENT_VERBS = frozenset({
    "valoir", "apporter", "fournir", "accorder", "offrir", "imposer", "infliger", "adresser", "livrer",
    "vendre", "céder", "donner", "reprocher", "demander", "promettre", "proposer", "garantir", "refuser",
    "opposer", "ordonner", "permettre", "interdire", "succéder", "répondre", "rappeler",
    "livraison", "aide", "soutien", "envoi", "vente", "assistance", "appui", "don", "prêt"})
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9&-]{1,9}$")
_ELIDED_ACRONYM = re.compile(r"^[A-Z][A-Za-z]{0,4}['’][A-Z][A-Za-z]{0,3}$")
# a short form of capitals only, no digit (a model or a product carries one: "A320", "R21")
_LETTERS_ACRONYM = re.compile(r"[A-Z]{2,8}(?:-[A-Z]{1,4})?")
# the short forms of states and regions written as initials: places, not bodies
_PLACE_ACRONYMS = frozenset({"RDC", "RCA", "EAU", "USA", "UK", "URSS", "RFA", "RDA", "RTCN", "PACA", "IDF", "DOM", "TOM",
                             "DROM", "COM", "ZAD", "ZEE"})
_SHORT = re.compile(r"^[A-Z][a-z]{2,5}$")  # acronyms written as words: "(Otan)", "(Unesco)"
# sports clubs' name prefixes, before the town ("US Orléans", "Royal Antwerp"); not "Stade" ("Stade de France")
_CLUB_PREFIXES = frozenset({"FC", "AS", "US", "RC", "SC", "OGC", "AJ", "SM", "RSC", "KRC", "KAA", "AC", "SSC", "CF", "CD",
                            "UD", "RCD", "ESTAC", "Royal", "Racing", "Sporting", "Olympique", "Real", "Atlético", "Borussia",
                            "Dynamo", "Standard"})
_CLUB_PREFIX = re.compile(r"^[A-Z]{2,4}$")  # "RC Lens", "FC Nantes", "AS Saint-Étienne"


def _longest_name_pattern(names) -> str:
    """A regex of the literal `names` that matches, where several open at the same place, the longest one the
    rest of the pattern accepts: the names as a tree of their shared beginnings ("Saint-(?:Marin|Vincent...)"),
    each ending optional and tried after the longer names that go on from it. The same matches as the names
    one after the other, longest first; but the regex engine follows one branch per character where that list
    made it try each of the 381 names at every capital letter of the text (a fourth of the time)."""
    tree: dict = {}
    for name in names:
        node = tree
        for char in name:
            node = node.setdefault(char, {})
        node[""] = {}  # (a name ends here)

    def pattern(node: dict) -> str:
        branches = [re.escape(char) + pattern(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return "(?:" + body + ")?" if "" in node else body
    return pattern(tree)


# countries, capitals and seats of power by their canonical spelling, for names the NER missed
_GAZETTEER = re.compile(r"(?<![\w-])(?:" + _longest_name_pattern(
    set(COUNTRIES.values()) | set(CAPITAL_NAMES) | set(SEAT_NAMES)) + r")(?![\w-])")
# first names of the lexicon (speakers.py reads them with their gender): "le sénateur Pablo X" opens on no party
FIRST_NAMES = frozenset(fold(name) for name in FIRST_NAME_GENDERS)
# well-known media, agencies and platforms (lexicons/media.txt), armed movements
# (lexicons/armed_groups.txt), parties (lexicons/party_names.txt), companies (lexicons/companies.txt) and national
# sides by their nicknames and clubs (lexicons/teams.txt), public and international bodies, federations, central
# banks, unions and NGOs (lexicons/bodies.txt), organisations; regions, cities, seas, rivers, ranges and islands
# (lexicons/places.txt), places: matched with their own case
_KNOWN_LABELS = {line.strip(): label for lexicon, label in (("places.txt", "LOC"), ("media.txt", "ORG"),
                                                            ("armed_groups.txt", "ORG"), ("party_names.txt", "ORG"),
                                                            ("companies.txt", "ORG"), ("teams.txt", "ORG"),
                                                            ("bodies.txt", "ORG"))
                 for line in (LEXICONS / lexicon).read_text(encoding="utf-8").splitlines()
                 if line.strip() and not line.startswith("#")}
# French départements (lexicons/departements.txt): "à Penly, en Seine-Maritime" (see _place_apposition)
_DEPARTEMENTS = frozenset(line.strip() for line in (LEXICONS / "departements.txt").read_text(encoding="utf-8").splitlines()
                          if line.strip() and not line.startswith("#"))


def _french_regions() -> frozenset[str]:
    """The folded names of the section "France: regions and overseas" of places.txt."""
    lines = (LEXICONS / "places.txt").read_text(encoding="utf-8").splitlines()
    start = lines.index("# France: regions and overseas") + 1
    end = next((k for k in range(start, len(lines)) if lines[k].startswith("#")), len(lines))
    return frozenset(fold(line.strip()) for line in lines[start:end] if line.strip())


_FRENCH_REGIONS = _french_regions()
# also the well-known short forms and full names of acronyms.tsv ("Amisom" tagged as a place, "Unicef" as a person):
# not a one-word full name ("Alliance"), one opening on its article (the name is "Républicains", see _repair) nor a
# short form that is a first name ("Irena")
for _line in (LEXICONS / "acronyms.tsv").read_text(encoding="utf-8").splitlines():
    if _line.strip() and not _line.startswith("#"):
        _short, _long = _line.split("\t")
        for _name in [_short] * (fold(_short) not in FIRST_NAMES) + [n for n in _long.split("|") if " " in n and n[0].isupper()
                                                                     and n.split()[0] not in ("La", "Le", "Les")]:
            _KNOWN_LABELS.setdefault(_name, "ORG")

# blocs of states (lexicons/blocs.tsv) are organisations whatever the NER says ("l'Asean" is no place, "l'AES" no
# work); not a bare word that is also a common noun or names something else ("Union", "Quad", "Vingt-Sept")
_KNOWN_LABELS.update({name: "ORG" for name in BLOC_NAMES
                      if name not in ("Union", "Quad", "Vingt-Sept", "Commonwealth") and not name.endswith("+")
                      and not name.startswith("Conseil de sécurité")})  # (the NER's; "de l'ONU" splits off)
_KNOWN_BODIES = tuple(sorted(_KNOWN_LABELS, key=len, reverse=True))
_KNOWN_BODY_WORDS = tuple(tuple(re.findall(r"\w+", name)) for name in _KNOWN_BODIES)
# the names by their first word (indices in _KNOWN_BODIES): an article tests only the names whose first word it holds,
# not all of them
_KNOWN_BY_FIRST_WORD: dict[str, list[int]] = {}
for _n, _parts in enumerate(_KNOWN_BODY_WORDS):
    _KNOWN_BY_FIRST_WORD.setdefault(_parts[0] if _parts else "", []).append(_n)
_WORDS = re.compile(r"\w+")
_ENLARGED = re.compile(r"(?<![\w-])[A-Z][A-Za-z0-9]{1,9}\+")  # "l'Opep+", "les Brics+": an enlarged alliance
# a UN conference of the parties by its number ("la COP29", "la COP 16 biodiversité"): the conference, an organisation
_NUMBERED_COP = re.compile(r"(?<![\w-])COP ?\d{1,2}(?![\w-])")
# words a span may open on that belong to no name (not "en": "En Marche")
_LEADING_WORDS = frozenset({"au", "aux", "du", "de", "d'", "d’", "à", "a", "dans", "selon", "chez", "depuis", "vers"})
_PARTICIPLE = re.compile(r"(?:é|ée|és|ées|u|ue|us|ues|i|ie|is|ies|it|ite|its|ites)$")
_ORDINAL = re.compile(r"^(?:\d{1,4}|[IVXLC]{1,6})(?:e|è|ème|eme|er|re|ère)$")
_OPEN_SKIP = frozenset({'"', "«", "»", "“", "”", "'"})
_QUOTE_MARKS = frozenset({'"', "«", "»", "“", "”"})


def _honorific(tok) -> bool:
    return tok.lower_ in HONORIFICS or tok.text in CASED_HONORIFICS


def _honorific_at(lowers: list[str], orths: list[str], i: int) -> bool:
    """`_honorific(doc[i])` from the per-Doc word lists (asked several times for every NER span)."""
    return lowers[i] in HONORIFICS or orths[i] in CASED_HONORIFICS


def entity_id(name: str, label: str) -> str:
    """Stable across articles: depends only on the canonical name and the label."""
    key = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    key = " ".join(key.split())
    return "ent_" + hashlib.blake2b(f"{label}|{key}".encode(), digest_size=8).hexdigest()


@dataclass(slots=True)
class _Piece:
    start: int  # tokens, end exclusive: the mention (with honorific)
    end: int
    name_start: int  # first token of the name (after the honorific)
    label: str
    kind: str = "name"
    key: str | None = None  # cluster key
    name: str | None = None  # canonical name candidate
    sure: bool = False  # the label comes from the context ("l'association X"), not the NER: it wins the vote
    name_end: int | None = None  # where the name ends when past the mention ("Conseil de sécurité [de l'ONU]")


# the lower-case particles of Arabic, Berber and European names: "Haitham al-Ghais", "Mohamed ould Abdel"
_NAME_PARTICLES = frozenset({"al", "el", "ben", "bin", "ould", "ibn", "abou", "de", "da", "di", "van", "von", "der", "dos",
                             "du", "le", "la"})


def _person_words(words: str) -> bool:
    """The words after a nationality noun name a person: all capitalised or particles ("Haitham al-Ghais"), the
    last one capitalised, and no company word ("la Nigerian National Petroleum Company" is a company)."""
    parts = words.split()
    if not parts or parts[-1] in ORG_TAILS or parts[-1] in ORG_WORDS:
        return False
    last = parts[-1].split("-")
    if not (last[0][:1].isupper() or last[0] in _NAME_PARTICLES and last[-1][:1].isupper()):
        return False  # "Park Ji-hoon", "al-Ghais"
    return all(w.replace("-", "").replace("'", "").isalpha()
               and (w[:1].isupper() or w.split("-")[0] in _NAME_PARTICLES) for w in parts)


def _repair(doc: Doc, start: int, end: int, label: str, named_inside: frozenset = frozenset(),
            people: frozenset = frozenset()) -> list[_Piece]:
    """The mentions a raw NER span really holds (zero, one, or a title's person). `named_inside`:
    the texts of NER names found inside a sentence, which no capitalised first word hides; `people`:
    the texts of the NER's person names."""
    # token strings from the per-Doc lists: each Token property read decodes its string anew
    tokens, orths, lowers, lemmas, poses = word_lists(doc)  # (tokens indexed thousands of times per article)
    # a name split by a paragraph break ("X.\n\nAnne Dubois"): keep the part after it
    for i in range(end - 1, start, -1):
        if tokens[i].is_space and "\n" in orths[i]:
            start = i + 1
            break
    for i in range(start, end):  # no name crosses a quotation mark: "le « Conseil de sécurité » de l'ONU"
        if orths[i] in _QUOTE_MARKS:
            if any(t.text[:1].isupper() for t in tokens[start:i]):
                end = i
            else:
                start = i + 1
            break
    if start >= end:
        return []
    while start < end - 1 and (lowers[start] in _DETS or lowers[start] in _LEADING_WORDS
                               and orths[start + 1][:1].isupper()):
        start += 1  # "A Marseille" opening a sentence: the preposition is no part of the name
    if end - start == 1 and start > 1 and orths[start - 1] in ("La", "Le") and not _sentence_initial(doc, start - 1) \
            and end < len(doc) and tokens[end].is_lower and poses[end] == "ADJ" and not country_of_adjective(orths[end]) \
            and country(orths[start]):
        # "le groupe La France insoumise": a capital article in mid-sentence, a country and an adjective
        return [_Piece(start, end + 1, start, "ORG", sure=True)]
    if orths[start] == "Conseil" and end - start == 2 and country_of_adjective(orths[start + 1]) and start > 1 \
            and lowers[start - 1] == "du" and lowers[start - 2] in ("président", "présidente"):
        return []  # "la présidente du Conseil italien": a head of government's title, no council acting
    if orths[start] == "ministère" and end - start > 2 and not country_of_adjective(orths[start + 1]) \
            and _office_taken(lemmas, orths, start):
        return []  # "elle hérite du ministère de la Justice": a portfolio handed out, no body acting
    if end - start > 1 and fold(orths[start]) == "etat" and start > 0 and lowers[start - 1] in ("d'", "d’") \
            and orths[start + 1][:1].isupper():
        start += 1  # "la radio d'[Etat] RTNC": the state owns the body, its name comes after
    if end - start > 1 and _ORDINAL.match(orths[start]) and tokens[start + 1].is_title:
        start += 1  # "la 83e Mostra de Venise", "le XXe Congrès": the edition's rank is no part of the name
    # cut "X de 18 pays": a preposition followed by a number ends a name (a capitalised one opens a place's name:
    # "des Deux-Sèvres", "de Trois-Rivières")
    for i in range(start + 1, end - 1):
        if poses[i] == "ADP" and tokens[i + 1].like_num and not tokens[i + 1].is_title:
            end = i
            break
    while end > start and (tokens[end - 1].is_punct or tokens[end - 1].is_space
                           or lowers[end - 1] in ("de", "du", "des", "d'")):
        end -= 1
    # a name runs on past its end into the clause: a lower-case day or month ("le Premier ministre X
    # mardi"), or a participle of place before its complement ("l'Agence Y basée à Z")
    while end - start > 1 and tokens[end - 1].is_lower and (lowers[end - 1] in _CALENDAR_WORDS
                                                           or lemmas[end - 1] in _SEATED_PARTICIPLES):
        end -= 1
    if start >= end:
        return []
    if end - start > 1 and _ACRONYM.match(orths[start]) and (
            lowers[start + 1] == "pour" or all(tokens[k].is_lower and poses[k] == "ADJ" for k in range(start + 1, end))):
        # "l'envoyé de l'ONU pour le Yémen", "la FGTB socialiste": an acronym names the body by itself; what
        # follows is the office's area or a label, no part of the name
        end = start + 1
    if label in ("LOC", "MISC") and end - start >= 2 and orths[start] in _CLUB_PREFIXES and tokens[start + 1].is_title:
        label, sure = "ORG", True  # "l'US Orléans", "le Royal Antwerp": a sports club named by its prefix and its town
    ship = _ship_name(doc, start, end)
    if ship is not None:  # a ship: no person, place or body (the gold's are optional), nor a speaker
        return [_Piece(start, ship, start, "MISC", sure=True)] if ship > start else []
    if label == "MISC" and start + 1 < end and tokens[start].is_lower and poses[start] == "NOUN" and tokens[start + 1].is_title \
            and _org_noun_before(doc, start + 1, end, label):
        start += 1  # "l'office fédéral de la [statistique Destatis]": the complement is no part of the name
    if label in ("LOC", "MISC") and start + 2 < end and tokens[start].is_lower and poses[start] in ("ADJ", "VERB") \
            and lowers[start + 1] in _PREPOSITIONS:
        start += 1  # "des zones [habitées du] Darfour": a participle before the place is no part of its name
    for k in (start - 3, start - 2, start - 1):  # "secrétaire d'État américain": span starts inside a role
        if k >= 0 and k + (head := roles.head_at(doc, k, end)) > start:
            start = k + head
    if end - start > 2 and tokens[start].is_lower and lowers[start + 1] in _PREPOSITIONS and country_of_adjective(orths[start]):
        start += 1  # "le ministre [qatari de l'Energie]": the nationality sits between the office and its portfolio
    while start < end - 1 and lowers[start] in ("de", "du", "des", "d'", "d’", "la", "le", "l'", "l’") \
            and (orths[start + 1][:1].isupper() or start + 2 < end and lowers[start] in ("de", "d'", "d’")
                 and lowers[start + 1] in ("la", "l'", "l’") and orths[start + 2][:1].isupper()):
        start += 1  # also "[de la] Vienne"
    if start >= end:
        return []
    if (competition := _competition(doc, start, end)) is not None:
        return competition
    if label == "LOC" and tokens[start].is_lower and lowers[start] in _OF_PLACE_NOUNS and start + 2 < end \
            and lowers[start + 1] in _PREPOSITIONS and orths[start + 2][:1].isupper():
        start += 2  # "le processus de Luanda", "le club du Loiret": the place is the name
    elif label in ("LOC", "MISC") and tokens[start].is_lower and lemmas[start] in _EVENTS_AT_PLACES and start + 2 < end \
            and lowers[start + 1] in ("de", "d'", "d’", "du", "au", "en", "à") and tokens[start + 2].is_title:
        # "l'attentat de X", "le derby de X", "la guerre au X" taken whole: the event is no entity, its place is one
        start, label = start + 2, "LOC"
        k = start + 1
        while k < end and (tokens[k].is_title or orths[k] == "-" or lowers[k] in ("de", "du", "d'", "d’")
                           and k + 1 < end and tokens[k + 1].is_title):
            k += 1
        end = k
    if label == "LOC" and start + 3 < end and _ORDINAL.match(orths[start]) and lemmas[start + 1] in PLACE_NOUNS:
        start += 1  # "le 12e arrondissement de Lyon": the town is named (the district is no entity of its own)
    if tokens[start].is_lower and lowers[start] in _NAMED_RIVERS and start + 1 < end and tokens[start + 1].is_title:
        start, label = start + 1, "LOC"  # "le fleuve Maroni": the river is named without its noun
    if (tokens[start].is_lower and lemmas[start] in _PLACE_AND_RING_NOUNS or fold(orths[start]) in ("etat", "etats")) and start + 2 < end \
            and lowers[start + 1] in _PREPOSITIONS and orths[start + 2][:1].isupper() \
            and fold(span_text(doc, start + 2, end)) not in _GENERIC:  # "département d'Etat" is the ministry
        start += 2  # "province de Zambézie" -> "Zambézie", "l'Etat du Minas Gerais" -> "Minas Gerais", "les Etats de Borno"
    elif (tokens[start].is_lower and lemmas[start] in PLACE_NOUNS or fold(orths[start]) == "etat") and start + 3 < end \
            and tokens[start + 1].is_lower and country_of_adjective(orths[start + 1]) \
            and lowers[start + 2] in _PREPOSITIONS and orths[start + 3][:1].isupper():
        start += 3  # "l'Etat malaisien de Sabah" -> "Sabah": the nationality places the region (the relations
        # give the country), it is no part of its name
    elif tokens[start].is_lower and (lowers[start] in _TOWN_BUILDINGS or lowers[start] in _TOWN_SITES) and start + 2 < end:
        k = start + 1
        while k < end - 1 and tokens[k].is_lower and poses[k] == "ADJ":
            k += 1
        if lowers[k] in ("de", "d'", "d’") and orths[k + 1][:1].isupper():
            # "l'hôpital (universitaire) de Mitrovica": the town's hospital names the town; a site names its place
            # ("le cosmodrome de Plessetsk" tagged ORG is the place)
            start, label = k + 1, "LOC" if lowers[start] in _TOWN_SITES else label
    sure = False
    if start > 0 and (lowers[start - 1] in _DETS or lowers[start - 1] in ("au", "du")) and end - start >= 2 \
            and tokens[start].is_title and country_of_adjective(orths[start]) and _person_words(span_text(doc, start + 1, end)):
        # "le Serbe Dušan Kovačević", "au Sud-Coréen Park Ji-hoon": a nationality, then the person
        return [_Piece(start + 1, end, start + 1, "PER")]
    if label != "PER" and 2 <= end - start <= 4 and start > 1 and orths[start - 1] == "," \
            and not _ACRONYM.match(orths[start]) and _person_words(span_text(doc, start, end)) \
            and not country(span_text(doc, start, end)) and roles.title_before(doc, start, {})[0] is not None:
        # "le ministre qatari de l'Energie, Saad al-Kaabi", "le président du CNE, Elvis Amoroso": a name of
        # several capitalised words apposed to an office is its holder, whatever the NER's label
        label = "PER"
    if label != "ORG" and end - start >= 2 and tokens[start].is_title and (fold(orths[start]) in _COMPANY_HEADS
                                                                          or orths[start] == "Port" and lowers[start + 1] == "autonome"):
        label, sure = "ORG", True  # "les Fonderies de X", "le Port autonome de Y": a firm named by its trade
    if label == "LOC" and start > 0 and orths[start - 1] in ("région", "province") and tokens[start].is_title:
        start -= 1  # "la région Auvergne-Rhône-Alpes": an apposed region's noun is part of its name (not "région de X")
    if label in ("LOC", "MISC") and end - start >= 4 and tokens[start].is_title and orths[end - 2] == "-" \
            and lowers[end - 3] in _FAMILY_PARTICLES and tokens[end - 1].is_title \
            and all(tokens[k].is_title for k in range(start, end - 3)) and fold(orths[start]) not in _ARABIC_PLACE_PREFIXES \
            and not (start > 0 and lowers[start - 1] in _PLACE_PREPOSITIONS) \
            and not (country(name_text := span_text(doc, start, end)) or country_of_capital(name_text)):
        # "Bachar al-Assad", "Mohamed ould-X" tagged as a place: a given name and a family name on a
        # particle; places built so open on a place word ("Deir ez-Zor", "Charm el-Cheikh") or follow "à"
        label, sure = "PER", True
    if label == "MISC" and end - start == 1 and tokens[start].is_title and fold(orths[start]) in _FOLDED_ORG_HEADS \
            and start > 0 and lowers[start - 1] in ("le", "la", "l'", "l’", "au", "du") and not _sentence_initial(doc, start - 1) \
            and not (end + 1 < len(doc) and lowers[end] in _PREPOSITIONS and (tokens[end + 1].is_title or lowers[end + 1] in _DETS)):
        label = "ORG"  # "a demandé au Congrès", "membres de l'Alliance": an institution noun standing alone is the body
    storm = start + 1 if lowers[start] in _STORM_NOUNS and end - start > 1 else start
    if storm > start or start > 0 and lowers[start - 1] in _STORM_NOUNS:
        if tokens[storm].is_title:  # "le cyclone Ilana", "la tempête Ciaran": the storm is named like a place
            return [_Piece(storm, end, storm, "LOC", sure=True)]
    if start > 1 and orths[start - 1] in ("La", "Le", "Les") and tokens[start - 2].is_lower \
            and lemmas[start - 2] in _MEDIA_NOUNS and tokens[start].is_title:
        return [_Piece(start - 1, end, start - 1, "ORG", sure=True)]  # "le quotidien La Provence": the article is the title's
    if label in ("PER", "MISC") and start > 1 and lowers[start - 1] in ("de", "d'", "d’") \
            and _site_before(tokens, poses, start - 1) and _KNOWN_LABELS.get(span_text(doc, start, end)) is None:
        label, sure = "LOC", True  # "la base navale de Karsvik" with only "Karsvik" tagged, as a person: the site's place
    if label == "PER" and end - start == 1 and _SAINT_PLACE.match(orths[start]) and not (start and _honorific_at(lowers, orths, start - 1)):
        label = "LOC"  # "autour de Saint-Pierre": a saint's name hyphenated is a place's
    if tokens[start].is_lower and (lemmas[start] in ORG_CONTEXT or lemmas[start] in _OWNED_SITES and label in ("ORG", "MISC")) \
            and (label != "PER" or lemmas[start] not in PERSON_NOUNS):
        j = start + 1
        while j < end - 1 and tokens[j].is_lower and poses[j] == "ADJ":
            j += 1  # "banque publique Bpifrance"
        if j < end and (tokens[j].is_title or _ACRONYM.match(orths[j])):
            # "groupe Renault" -> "Renault", "la banque néerlandaise ING" -> "ING"; "académie Goncourt" stays whole
            start, label, sure = start if lemmas[start] in _NAMING_NOUNS else j, "ORG", True
    if start > 0 and lowers[start - 1] in _DETS_AND_PREPOSITIONS:
        for n in (3, 2, 1):  # "ministre de l'[Economie] Eric Lombard": the portfolio is the role's
            if start + n < end and tokens[start + n].is_title and fold(span_text(doc, start, start + n)) in roles.PORTFOLIOS:
                start += n
                break
    if end - start >= 3 and _ACRONYM.match(orths[start]) and all(t.is_title for t in tokens[start + 1:end]) \
            and (label != "ORG" or start > 1 and lowers[start - 1] in ("l'", "l’", "du", "de", "la")
                 and roles.title_before(doc, start + 1, {})[0] is not None):
        # "le député RN Jean Morel", "le talonneur de l'ASM Sione X": the acronym, then the person
        return [_Piece(start, start + 1, start, "ORG", sure=True), _Piece(start + 1, end, start + 1, "PER")]
    if label == "PER" and end - start >= 3 and start > 0 and lowers[start - 1] in _MEMBER_NOUNS \
            and tokens[start].is_title and (span_text(doc, start + 1, end) in people or _honorific_surname(doc, end - 1)
                                            or _known_first_name(orths[start + 1])) \
            and not _first_name_of(doc, start, end):
        # "la députée Renaissance Claire Morin" beside "Claire Morin": the party's name, then the person
        return [_Piece(start, start + 1, start, "ORG", sure=True), _Piece(start + 1, end, start + 1, "PER")]
    head = roles.head_at(doc, start, end)
    if (label != "PER" or tokens[start].is_lower or head > 1 and tokens[start + head - 1].is_lower) and head:
        # (also "Premier ministre Amadou X" tagged PER: a capitalised head whose last word is lower case)
        # "ministre des Affaires étrangères Qin Gang": role + person; "président de la République"
        # tagged PER is a title without a name
        i = end
        while i > start and tokens[i - 1].is_title and poses[i - 2] not in ("ADP", "DET") \
                and lowers[i - 1] not in roles.TITLES:
            i -= 1
        if i < end and fold(span_text(doc, i, end)) not in roles.PORTFOLIOS:
            if label == "ORG" and i - 1 >= start and lowers[i - 1] in _MEMBER_NOUNS | _DELEGATES \
                    and fold(orths[i]) not in FIRST_NAMES:
                return [_Piece(i, end, i, "ORG", sure=True)]  # "déléguée Force ouvrière": her union
            j = end
            while j < len(doc) and tokens[j].is_title and tokens[j].is_alpha and tokens[j].ent_iob_ != "B" \
                    and not _honorific(tokens[j]):
                j += 1  # "[Premier ministre géorgien Irakli] Kobakhidze": the NER cut the name short too
            return [_Piece(i, j, i, "PER")]
        # "préfète de Lot-et-Garonne": the role goes, the place or organisation stays
        k = start + head
        while k < end and lowers[k] in ("de", "du", "des", "d'", "d’", "la", "le", "l'", "l’"):
            k += 1
        minister = fold(orths[start + head - 1]) in _MINISTER_WORDS \
            and not (country(span_text(doc, k, end)) or country_of_capital(span_text(doc, k, end)))
        if k < end and orths[k][:1].isupper() and fold(orths[k]) not in roles.PORTFOLIO_WORDS \
                and label != "PER" and fold(span_text(doc, k, end)) not in _GENERIC and not minister:
            return [_Piece(k, end, k, label)]
        return _holder_after(doc, end)
    if lowers[start] == "gouvernement" and end - start == 2 and tokens[start + 1].is_title \
            and not (country(orths[start + 1]) or country_of_capital(orths[start + 1])):
        return [_Piece(start + 1, end, start + 1, "PER")]  # "le gouvernement Barnier": its head of government
    if label == "LOC" and end - start == 2 and all(t.is_title and t.is_alpha for t in tokens[start:end]) \
            and _successor_object(doc, start) and not (country(name_text := span_text(doc, start, end)) or country_of_capital(name_text)):
        label = "PER"  # "qui a succédé à Jean Castex": one succeeds a person
    if start > 0 and lowers[start - 1] in ("axe", "axes") and end - start == 1 \
            and all(part in _COMPASS | {"atlantique", "mediterranee"} for part in fold(orths[start]).split("-")):
        return []  # "l'axe Sud-Est", "l'axe Atlantique": a rail or road line, not a place
    if label == "LOC" and end - start == 1 and fold(orths[start]) in _BARE_COMPASS:
        return []  # "le Sud" of a country, "l'Est": a part no gold lists (1 of 13); "le Nord" is also a French département
        # ("Centre" is left: the NER tags alone the first word of "Centre international pour ...")
    if end - start <= 2 and _region_bracket(doc, end) and (label in ("ORG", "MISC") or label == "PER" and end - start == 1
                                                           and start > 0 and lowers[start - 1] in ("à", "de", "d'", "d’")):
        label, sure = "LOC", True  # "le site de Penly (Seine-Maritime)", "à Mokolo (Extrême-Nord)": a town and its region
    if _colour_pair(doc, start, end):
        return []  # "l'indiscipline des Rouge et Noir": a team's nickname by its colours
    if _counted_model(doc, start) and not (country(span_text(doc, start, end)) or country_of_capital(span_text(doc, start, end))):
        maker = next((k for k in range(start + 1, end - 1) if lowers[k] in ("de", "d'", "d’") and tokens[k + 1].is_title), None)
        # "deux sous-marins Scorpène de Naval Group": the model is no entity, its maker is an organisation
        return [_Piece(maker + 1, end, maker + 1, "ORG", sure=True)] if maker is not None else []
    if label != "PER" and start > 0 and lowers[start - 1] in _AWARD_NOUNS:
        return [_Piece(start, end, start, "MISC")]  # "le prix Goncourt": an award
    if (label in ("LOC", "MISC") or label == "PER" and end < len(doc) and not _known_first_name(orths[start])
            and _known_first_name(orths[end])) and end - start == 1 and start > 0 and lowers[start - 1] in _MEMBER_NOUNS \
            and end < len(doc) and (tokens[end].ent_type_ == "PER" and tokens[end].ent_iob_ == "B"
                                    or lowers[end] in ("du", "de", "d'", "d’", "des") and end + 2 < len(doc)
                                    and "LOC" in (tokens[end + 1].ent_type_, tokens[end + 2].ent_type_)) \
            and not (country(orths[start]) or country_of_capital(orths[start])):
        # "la députée Renaissance Claire X", "le député Horizons du Calvados X": the party
        return [_Piece(start, end, start, "ORG", sure=True)]
    if label in ("LOC", "MISC") and start > 0 and lowers[start - 1] in _DELEGATES \
            and not (country(span_text(doc, start, end)) or country_of_capital(span_text(doc, start, end))):
        return [_Piece(start, end, start, "ORG", sure=True)]  # "déléguée Sud Santé": her union
    if label == "PER" and start > 0 and lowers[start - 1] in _MEMBER_NOUNS and end - start >= 3 \
            and lowers[start + 1] in ("du", "de", "d'", "d’") and tokens[start + 2].is_title \
            and fold(orths[start]) not in FIRST_NAMES and tokens[start].is_title:
        # "le député [Renaissance du Loiret] Paul X": the party, then the constituency
        return [_Piece(start, start + 1, start, "ORG", sure=True), _Piece(start + 2, end, start + 2, "LOC")]
    member = start - 2 if start > 1 and orths[start - 1] in ("Les", "La", "Le") else start - 1
    if label in ("ORG", "MISC", "LOC") and member > 0 and lowers[member] in _MEMBER_NOUNS and end - start >= 3 \
            and end < len(doc) and tokens[end].ent_type_ == "PER" and tokens[end].ent_iob_ == "B" and tokens[start].is_title:
        k = next((k for k in range(end - 2, start, -1) if lowers[k] in ("de", "du", "d'", "d’", "des")), None)
        place = k + 2 if k is not None and lowers[k + 1] in ("la", "l'", "l’") else (k + 1 if k is not None else None)
        if place is not None and place < end and all(t.is_title for t in tokens[place:end]) and poses[place] == "PROPN" \
                and fold(orths[start]) not in _FOLDED_ORG_HEADS:  # not "le candidat Parti de la Liberté X"
            # "l'élu Les Républicains de la Manche Guillaume X": the party (its article kept), then the constituency
            return [_Piece(member + 1, k, member + 1, "ORG", sure=True), _Piece(place, end, place, "LOC")]
    if start > 1 and (lowers[start - 1] in _TROPHY_NOUNS or lowers[start - 1] in _PREPOSITIONS
                      and lowers[start - 2] in _TROPHY_NOUNS):
        return []  # "le bouclier de Brennus", "la coupe Davis": a trophy, whatever the NER saw
    k = start - 1
    while k > 0 and (orths[k] in _OPEN_QUOTES or tokens[k].is_space):
        k -= 1
    if k > 0 and lowers[k] in _NAMING_WORDS and lemmas[k - 1] in _CASE_NOUNS:
        return []  # "l'affaire dite « Tramo »", "l'opération baptisée Aigle bleu": the case's name, no one's
    if label == "PER" and start > 0 and lowers[start - 1] in ("famille", "familles", "clan", "dynastie"):
        return []  # "la holding de la famille Lemarchand": a family, not one person
    span = span_text(doc, start, end)
    text = fold(span)
    if text in roles.PORTFOLIOS or text in roles.TITLES or not any(word[:1].isupper() for word in orths[start:end]):
        return []  # also "le Premier ministre" tagged PER: a title without its holder
    if end - start == 1 and poses[start] in ("ADJ", "VERB", "NOUN") and lemmas[start].islower() \
            and (label != "PER" or end < len(doc) and tokens[end].is_lower) and _sentence_initial(doc, start) \
            and not (country(span) or country_of_capital(span)) and span not in named_inside \
            and not tokens[start].is_upper:  # "le sud-coréen SK" where the parser opened a sentence
        # "Ancienne adjointe, ...", "« Frapper un marché ...", "Extradé par ...", "Professeure de lettres
        # dans un lycée, elle ...": a capitalised first word that the parser reads as a common word
        return []
    if end - start == 1 and end < len(doc) and lowers[end] == "par" and _sentence_initial(doc, start) \
            and _PARTICIPLE.search(orths[start]) and not (country(span) or country_of_capital(span)):
        return []  # "Extradé par les Pays-Bas", "Soutenue par ...": a participle opening the sentence
    if end - start == 1 and end < len(doc) and tokens[end].is_lower \
            and fold(orths[start] + " " + orths[end]) in roles.TITLES:
        return []  # "le Premier ministre": the first word of a title
    if label == "MISC" and tokens[start].is_lower and end - start > 2 and lowers[end - 2] in _PREPOSITIONS \
            and country(orths[end - 1]):
        return [_Piece(end - 1, end, end - 1, "LOC")]  # "le championnat de Belgique": the country is named
    if label == "MISC" and tokens[start].is_lower and end - start > 2 and lemmas[start] in _EVENT_NOUNS \
            and lowers[start + 1] in ("de", "d'", "d’") and tokens[start + 2].is_title:
        return [_Piece(start + 2, end, start + 2, "LOC")]  # "le marathon de Paris": the town where the event is held
    if text == "etat" and end < len(doc) and tokens[end].is_lower and country_of_adjective(orths[end]):
        return [_Piece(start, end + 1, start, "LOC")]  # "l'Etat sénégalais": the country (see _state_country)
    if end - start == 1 and (country_of_adjective(span) or _honorific_at(lowers, orths, start)
                             or text in _GENERIC or _demonym(doc, start, label)):
        return []
    if label == "LOC" and end - start > 1 and fold(orths[start]) in ("etat", "etats") \
            and all(t.is_lower and not country_of_adjective(t.text) for t in tokens[start + 1:end]) \
            and lowers[start + 1] != "hébreu":
        return []  # "l'Etat fédéral", "les petits États insulaires": a kind of state, no place's name
    if label == "LOC" and lowers[end - 1] in ("sud", "nord") and (end - start == 3 and lowers[start] == "pays" or end - start == 1
                                                             and start > 1 and lowers[start - 2] == "pays") \
            and lowers[end - 2 if end - start == 3 else start - 1] == "du":
        return []  # "les pays du Sud": the poorer (or richer) countries as a group, no place
    if _common_name_at(doc, start) or _coordinated_compass(doc, start, end) \
            or end - start == 1 and end < len(doc) and tokens[end].is_digit and len(tokens[end]) == 4 and country(span):
        return []  # "verreries Art nouveau"; "entre l'Est et l'Ouest"; "le plan France 2030"
    if tokens[start].is_lower and end - start > 1 and tokens[start + 1].is_title and country_of_adjective(orths[start]) \
            and start > 0 and lowers[start - 1] in _DETS:
        start += 1  # "le [russe] Gazprom": the nationality used as a noun goes, and says "company" below
        span = span_text(doc, start, end)
    if _portfolio_slot(doc, start) and not (country(span) or country_of_capital(span)):
        return []  # "chargée des Outre-mer", "ministre des Sports": a portfolio the lexicon lacks
    if _org_noun_before(doc, start, end, label) or _company_adjective_before(doc, start, end) \
            or _org_apposition(doc, start, end, label) or _fronted_org_noun(doc, start, end, label) \
            or label in ("LOC", "MISC") and _org_context(doc, start, end) \
            or label == "PER" and _company_named_as_person(doc, start, end):
        label, sure = "ORG", True  # "le sidérurgiste indien Kaveri Steel", "l'association Lyon Entraide"
        end = _phrase_name_end(doc, start, end)
    elif label == "MISC" and end - start == 1 and start > 1 and orths[start - 1] == "Les" \
            and not tokens[start - 1].is_sent_start and _DEMONYM_PLURAL.search(orths[start]):
        label = "ORG"  # "Les Loyalistes", "Les Ecologistes" in mid-sentence: a party
    elif label in ("PER", "MISC") and end - start == 2 and orths[start] in _REPUBLIC_WORDS and tokens[start + 1].is_title:
        label, sure = "LOC", True  # "la Republika Srpska" tagged PER: a state or a state's entity, no person
    elif label != "ORG" and orths[end - 1] in ORG_TAILS and end - start > 1 \
            and not (orths[end - 1] in _TRADE_TAILS and orths[end - 2] == "-") \
            and not (label == "PER" and (start and _honorific_at(lowers, orths, start - 1) or roles.title_before(doc, start, {})[0] is not None)):
        label = "ORG"  # "Zhenhua Power", "Nantes Métropole" tagged PER or LOC; not "l'ambassadrice Samantha Power"
    elif label != "ORG" and end - start > 1 and not ORG_WORDS.isdisjoint(orths[start:end]):
        label = "ORG"  # "Metropolitan Museum of Art", "Wellcome Foundation" tagged LOC
    elif label in ("LOC", "PER") and _country_suffixed_body(doc, start, end):
        label, sure = "ORG", True  # "Athletics Kenya", "Cricket Australia", "Santander UK" tagged LOC or PER
    elif label != "ORG" and end - start > 1 and not _SPORT_WORDS.isdisjoint(orths[start:end]):
        label, sure = "ORG", True  # "Rugby Europe" tagged LOC, "Canada Soccer", "World Boxing" tagged MISC
    elif _place_noun_of(doc, start):
        label, sure = "LOC", True  # "le village de Kyun Taw" tagged PER
    elif label == "LOC" and end - start == 1 and _LETTERS_AND_DIGITS.match(span):
        label = "ORG"  # "M23", "G20": places are not named with digits
    if label == "PER" and end - start == 1 and start > 1 and lowers[start - 1] in _PREPOSITIONS \
            and _place_noun_before(doc, start - 2, _TOWN_CONTEXT):
        label = "LOC"  # "le tribunal de commerce de Metz", "le maire de Sanary" tagged PER
    elif label == "PER" and end - start == 1 and start > 0 and lowers[start - 1] == "à" \
            and tokens[start].head.pos_ == "VERB" and tokens[start].head.lemma_ not in RECIPIENT_VERBS:
        label = "LOC"  # "bloqués à Tawila", "signé à Iasi" tagged PER: one word after "à" on a verb is a place
    elif label in ("PER", "MISC") and (end - start == 1 or " " not in span
                                       or end - start == 2 and start > 0 and lowers[start - 1] in ("à", "de", "d'", "d’")) \
            and _place_apposition(doc, end, start > 0 and lowers[start - 1] in ("à", "de", "d'", "d’")):
        # "le feu de Mati, à l'est de la capitale", "à Åsgårdstrand, au bord du fjord", "depuis Larissa, en Grèce",
        # "les chantiers de Barrow-in-Furness, dans le nord-ouest de l'Angleterre": a place
        label = "LOC"
    elif label in ("PER", "MISC", "ORG") and start > 0 and lowers[start - 1] == "à" and span not in _KNOWN_LABELS \
            and tokens[start].is_title and _place_apposition(doc, end, True):
        label = "LOC"  # "à Charm el-Cheikh, en Egypte", "à Penly, en Seine-Maritime": a name after "à" that a
        # place's locating phrase follows is a place, whatever its length
    if label in ("ORG", "MISC") and end - start > 1 and not _ACRONYM.match(orths[start]) and start > 1 \
            and lowers[start - 1] in ("de", "d'", "d’") and lemmas[start - 2] in _SITE_NOUNS \
            and orths[end - 1] not in ORG_TAILS and not any(t.text in ORG_WORDS for t in tokens[start:end]):
        label, sure = "LOC", True  # "la centrale d'Hinkley Point C", "la mine de Cerro Verde": a site (its owner is no "de")
    elif label == "LOC" and start > 2 and lowers[start - 1] == "à" and lowers[start - 2] in _TIED \
            and lemmas[start - 3] in _ARMED_GROUPS:
        label, sure = "ORG", True  # "les groupes liés à Al-Qaïda": what armed groups are tied to is a movement
    if label in ("PER", "MISC") and _named_place(doc, start) is not None:
        label, sure = "LOC", True  # "le récif, que les pêcheurs appellent X", "X, le nom local du banc": a place's name
    if label in ("ORG", "LOC") and _quoted_title(doc, start, end):
        label = "MISC"  # « Terra Baixa »: a film, a book
    elif start > 1 and end < len(doc) and orths[start - 1] == "(" and orths[end] == ")" \
            and orths[start - 2] in _CLOSE_QUOTES and not (country(span) or country_of_capital(span)):
        label, sure = "ORG", True  # « La Mer intérieure » (Grasset): a work's publisher or label
    if label == "LOC" and end - start == 1 and end < len(doc) and lowers[end] in _PART_ADJECTIVES \
            and (fold(orths[start]) in _CONTINENTS or fold(orths[start]) in _OPEN_REGIONS):
        end += 1  # "l'Amérique [latine]", "l'Europe [centrale]": the part of a continent is named with its adjective
    elif label == "LOC" and end - start > 1 and end < len(doc) and lowers[end] in _PART_ADJECTIVES \
            and lowers[start] in _SEA_NOUNS and tokens[end - 1].is_title:
        end += 1  # "la mer de Chine [méridionale]", "l'océan Indien [occidental]": the sea's part is named with its adjective
    if end - start == 1 and len(orths[start]) == 1:
        return []  # a single letter ("RTS,S") names nothing
    if end - start == 1 and start > 0 and lowers[start - 1] in ("franc", "francs") and tokens[start].is_upper:
        return []  # "1.000 francs CFA", "le franc CFP": a currency's qualifier, not its issuing body
    if end - start == 2 and tokens[start].is_lower and poses[start] == "NOUN" \
            and (len(orths[start + 1]) == 1 and tokens[start + 1].is_upper or tokens[start + 1].is_digit and len(tokens[start + 1]) <= 3):
        return []  # "la ligne A", "le terminal 2", "le groupe B": a common noun and its letter or number
    name_start = start
    if _honorific_at(lowers, orths, start):
        name_start = start + 1
    elif start > 0 and _honorific_at(lowers, orths, start - 1) and label in ("PER", "MISC"):
        start -= 1
        label = "PER"
    if name_start >= end or not span_text(doc, name_start, end).strip():
        return []
    if tokens[start].is_lower and lowers[start] in _FACILITIES and end - start > 1 and not sure:
        label = "LOC"  # "le stade Ernest-Wallon" is the ground, "le Stade toulousain" the club
    elif label == "LOC" and orths[start] == "Stade" and end - start > 2 and lowers[start + 1] in ("de", "du", "d'", "d’") \
            and start > 1 and (lowers[start - 1] in ("au", "à", "du") or lowers[start - 1] == "le"
                               and lowers[start - 2] in ("devant", "dans", "sur", "vers", "autour", "quitté", "rempli")):
        sure = True  # "au Stade de France", "devant le Stade de la Meinau": the ground (the club plays, the ground is where)
    elif label != "ORG" and end - start > 1 and (lemmas[start].lower() in ORG_HEADS or lowers[start] in _BODY_HEADS
                                                 or orths[start] in RANKED_HEADS and lowers[start + 1] in ORG_HEADS
                                                 or orths[start] in _CAPITAL_BODY_HEADS or tokens[start].is_title
                                                 and lowers[start] in _FORCES and tokens[start + 1].is_lower
                                                 and poses[start + 1] == "ADJ"):
        label = "ORG"  # "ministère chinois des Affaires étrangères", "Garde côtière chinoise", "Haute Cour de X" tagged LOC
    if label in ("MISC", "ORG", "LOC") and not sure and end - start > 1 and all(t.is_title for t in tokens[start:end]) \
            and (start == 0 or lowers[start - 1] not in _PREPOSITIONS and (label != "LOC" or lowers[start - 1] not in _DETS)) \
            and not (start > 0 and lowers[start - 1] in _MEMBER_NOUNS | _DELEGATES and fold(orths[start]) not in FIRST_NAMES) \
            and orths[end - 1] not in _ORG_WORDS_AND_TAILS \
            and roles.title_before(doc, start, {})[0] is not None:  # "la déléguée Sud Santé" is her union
        label = "PER"  # "son homologue turc, Recep Tayyip Erdogan", not "le patron de Dekkers Chemie"
    if label == "PER":  # "Kim Jong Un": the NER left out a capitalised last part
        ner_end = end
        while end < len(doc) and tokens[end].is_title and tokens[end].is_alpha \
                and tokens[end].ent_iob_ != "B" and not _honorific(tokens[end]):
            end += 1
        if end > ner_end and orths[end - 1] in _ORG_WORDS_AND_TAILS:
            label = "ORG"  # "Hanseong [Energy]", "X Defence [Forces]": the part left out is a body's last word
    elif label == "ORG":  # "Airbus [Defence and Space]": capitalised words the NER left out
        end = _org_tail(doc, end)
        if end - start == 1 and lowers[start] in ORG_HEADS and end + 1 < len(doc) \
                and lowers[end] in ("des", "du", "de") and tokens[end + 1].is_lower and poses[end + 1] == "NOUN":
            end += 2  # "en Conseil [des ministres]", "la Cour [des comptes]"
        elif end - start == 1 and tokens[start].is_title and lowers[start] in _ADJECTIVE_HEADS and end < len(doc) \
                and tokens[end].is_lower and poses[end] == "ADJ" and not _PARTICIPLE.search(orths[end]):
            end += 1  # "le Conseil [constitutionnel]", "le Parlement [iranien]": a capitalised head alone names nothing
            end = _purpose_end(doc, start, end)  # "le Conseil [grec pour les réfugiés]"
        elif end - start >= 2 and tokens[start].is_title and lowers[start] in ORG_HEADS:
            end = _purpose_end(doc, start, end)  # "la Fondation Marelle [pour l'art contemporain], créée en 1990"
        if end - start > 3 and tokens[end - 1].is_upper and _ACRONYM.match(orths[end - 1]) \
                and lowers[end - 2] in _PREPOSITIONS | {"l'", "l’"}:
            # "le Conseil de sécurité de l'ONU": the body, then its organisation's short form
            cut = end - 2 if lowers[end - 2] in _PREPOSITIONS else end - 3
            if lowers[cut] in _PREPOSITIONS and cut > start + 1:
                # the body's name keeps its parent ("Bureau ... de l'ONU"); "ONU" is a mention of its own
                return [_Piece(start, cut, name_start, label, sure=sure, name_end=end), _Piece(end - 1, end, end - 1, "ORG")]
    if label == "ORG" and (cut := _remit_cut(doc, start, end)) is not None:
        end = cut  # "le représentant spécial de l'Union européenne [pour le dialogue ...]": the envoy's remit
    if label == "MISC" and start > 0 and lowers[start - 1] == "selon":
        label = "ORG"  # "selon Santé publique France": a source that speaks, not a work or an event
    elif label == "MISC" and end - start > 1 and _COMPETITION.match(span_text(doc, start, end)):
        label = "ORG"  # "le Top 14", "la Pro League", "le Tour de France", "les Jeux olympiques": the competition's body
    elif label == "MISC" and end - start > 1 and tokens[start].is_title and lowers[start] in _EVENT_NOUNS | {"mostra", "rencontres"}:
        label = "ORG"  # "la Biennale de Venise", "le Festival d'Avignon": the body that holds the event
    elif label == "PER" and any(t.is_lower and t.is_alpha and t.lower_ not in _PARTICLES and tokens[t.i - 1].whitespace_
                                for t in tokens[name_start + 1:end]):
        label = "ORG"  # "Pôle emploi", "Santé publique France": a lower-case word is in no person's name
    if label == "ORG" and fold(orths[start]) in _TOURNAMENTS and (end < len(doc) and _YEAR.match(orths[end])
                                                               or end - start > 1 and _YEAR.match(orths[end - 1])):
        label = "MISC"  # "le Mondial 2030", "la Coupe du monde 2023": one edition, an event, not the body that runs it
    if start > 0 and tokens[start - 1].is_lower and lowers[start - 1] in _FACILITIES and label in ("LOC", "ORG") \
            and name_start == start:
        start = name_start = start - 1
        label = "LOC"  # "le terminal Atlantique", "le stade Ernest-Wallon": the place's name holds the noun
    elif name_start == start and start > 0 and lowers[start - 1] in _REEFS and tokens[start - 1].is_lower \
            and tokens[start].is_title and not country(span):
        start = name_start = start - 1
        label = "LOC"  # "le banc Second Thomas", "l'atoll Bikini": the NER takes the shoal's name for a work or a person
    elif name_start == start and end - start > 1 and lowers[start] in _REEFS and tokens[start].is_lower \
            and tokens[start + 1].is_title:
        label = "LOC"  # the same with the noun inside the NER's span
    elif label == "PER" and name_start == start and (building := _building_before(doc, start)) is not None:
        start = name_start = building
        label = "LOC"  # "le court Philippe-Chatrier", "le palais de justice Lat Dior": a building named after someone
    elif label == "PER" and name_start == start and start > 1 and lowers[start - 1] in ("de", "d'", "d’") \
            and tokens[start - 2].is_lower and lowers[start - 2] in _FACILITIES - {"place"}:
        start = name_start = start - 2
        label = "LOC"  # "la galerie d'Apollon", "la rue de Rivoli": a place named after someone
    elif name_start == start and (street := _street_before(doc, start, span_text(doc, start, end))) is not None and not sure:
        start = name_start = street
        label = "LOC"  # "la rue d'Aubagne", "l'avenue de la Liberté": a street's name holds its noun, whatever it is named after
    elif label in ("LOC", "MISC") and _age_apposition(doc, end) and not (country(span) or country_of_capital(span)) \
            and not _noun_complement(doc, start):
        label = "PER"  # "Abdelrahman, un Soudanais de 26 ans, ...": only people have an age
    if label == "ORG" and end - start >= 4 and orths[start] in _NAMED_HEADS and tokens[start + 1].is_title \
            and lowers[start + 2] in ("de", "d'", "d’") and tokens[start + 3].is_title \
            and not country(span_text(doc, start + 3, end)):
        # "la Fondation Gulbenkian de Lisbonne": a body with a name of its own, then the town where it is
        return [_Piece(start, start + 2, start, "ORG", sure=sure), _Piece(start + 3, end, start + 3, "LOC")]
    if label == "ORG" and end - start >= 6 and orths[start] in ("Cour", "Tribunal") and tokens[start + 1].is_lower \
            and poses[start + 1] == "ADJ":
        m = next((k for k in range(end - 2, start + 2, -1) if lowers[k] in ("de", "d'", "d’")), None)
        seat = span_text(doc, m + 1, end) if m is not None else ""
        if m is not None and country_of_capital(seat) not in (None, "France"):
            # "la Cour permanente d'arbitrage de La Haye": an international court, then the city where it sits
            return [_Piece(start, m, start, "ORG", sure=sure), _Piece(m + 1, end, m + 1, "LOC")]
    museum = _museum_before(doc, start)
    if museum is not None and name_start == start:
        start = name_start = museum
        label, sure = "ORG", True  # "le musée du Louvre", "le musée de l'Ecole de Nancy": the institution
    name_end = _parent_after(doc, start, end) if label == "ORG" else None
    return [_Piece(start, end, name_start, label, sure=sure, name_end=name_end)]


# what a minister's title names after "de" is a portfolio ("ministre du Changement climatique"), even one
# the lexicon lacks; only a country there is a place ("Premier ministre de Belgique")
_MINISTER_WORDS = frozenset({"ministre", "ministres", "vice-ministre", "vice-ministres", "sous-ministre"})
_PURPOSE_CLOSERS = frozenset({",", ".", "(", ";", ":", "qui", "dont"})
# verbs whose "pour" gives the reason, not the body's purpose: "remercier la Fondation X pour le don"
_REASON_VERBS = frozenset({"remercier", "féliciter", "saluer", "récompenser", "condamner", "sanctionner", "critiquer",
                           "accuser", "poursuivre", "blâmer", "payer", "choisir", "sélectionner"})


# the titles whose "pour" names a remit, not part of the body's name: "le représentant spécial de l'UE pour le Sahel"
_REMIT_TITLES = frozenset({"représentant", "représentante", "envoyé", "envoyée", "émissaire"})


# sports competitions by their opening words (lexicons/competitions.txt): "les Jeux olympiques", "le Mondial"
_COMPETITION_OPENING = re.compile("^(?:" + "|".join(
    re.escape(line.strip()) for line in (LEXICONS / "competitions.txt").read_text(encoding="utf-8").splitlines()
    if line.strip() and not line.startswith("#")) + r")(?!\w)")
_HOST_PREPOSITIONS = frozenset({"de", "d'", "d’", "du", "des", "en", "à", "au"})


def _competition(doc: Doc, start: int, end: int) -> list[_Piece] | None:
    """"les Jeux olympiques de Los Angeles", "le Mondial", "le Grand Prix de Thaïlande": a competition is an
    event (MISC), no body or place the golds require; a known place closing it is a place of its own."""
    tokens, orths, lowers = token_list(doc), orth_forms(doc), lower_forms(doc)
    if not _COMPETITION_OPENING.match(span_text(doc, start, end).replace("’", "'")):
        return None
    place_end = end
    while place_end > start + 1 and _YEAR.match(orths[place_end - 1]):
        place_end -= 1  # "Coupe du monde en Inde 2031": the edition's year
    for k in range(place_end - 2, start, -1):
        if lowers[k] in _HOST_PREPOSITIONS and tokens[k + 1].is_title:
            place = span_text(doc, k + 1, place_end)
            if country(place) or country_of_capital(place) or _KNOWN_LABELS.get(place) == "LOC" or countries_of_town(place):
                doc.user_data.setdefault("wirestream_seats", set()).add(k + 1)  # the host city, not its government
                return [_Piece(start, k, start, "MISC", sure=True), _Piece(k + 1, place_end, k + 1, "LOC")]
            break
    return [_Piece(start, end, start, "MISC", sure=True)]


def _remit_cut(doc: Doc, start: int, end: int) -> int | None:
    """"le représentant spécial de l'Union européenne pour le dialogue entre Belgrade et Pristina", "la haute
    représentante de l'Union pour les affaires étrangères": after an envoy's title and "de", the body's name stops
    before "pour" + article (the envoy's remit, "pour la Corne de l'Afrique", which the NER ran into the name)."""
    lowers = lower_forms(doc)
    if not _after_envoy_title(doc, start):
        return None
    p = next((j for j in range(start + 1, end - 2) if lowers[j] == "pour"), None)
    if p is None or lowers[p + 1] not in ("le", "la", "les", "l'", "l’") or span_text(doc, start, p) not in _BLOCS:
        return None  # ("le représentant du Fonds des Nations unies pour l'enfance": the fund's own name)
    return p


_BLOCS = frozenset(BLOC_NAMES)


def _after_envoy_title(doc: Doc, start: int) -> bool:
    """The name at start completes an envoy's title: "le représentant spécial de l'[Union]"."""
    lowers = lower_forms(doc)
    k = start - 1 - (start > 0 and lowers[start - 1] in ("l'", "l’", "la", "le"))
    return k >= 1 and lowers[k] in ("de", "d'", "d’", "du") and any(
        lowers[j] in _REMIT_TITLES for j in range(max(0, k - 3), k))

def _purpose_end(doc: Doc, start: int, end: int) -> int:
    """"la Fondation Marelle pour l'art contemporain, créée ...", "le Programme saoudien pour le développement et la
    reconstruction du Yémen (SDRPY)": a body's name the NER stopped before its purpose, "pour" + article + a common
    noun, its adjectives and complements (of other common nouns, or a place after "de"), closed by punctuation, a
    relative pronoun or "et" before another name; not "remercié l'Union X pour la rapidité de sa réponse"."""
    tokens = token_list(doc)
    if end + 3 >= len(doc) or tokens[end].lower_ != "pour" or tokens[end + 1].lower_ not in ("le", "la", "les", "l'", "l’") \
            or not (tokens[end + 2].is_lower and tokens[end + 2].pos_ == "NOUN"):
        return end
    k = _complements_after(doc, end + 3)
    if not (k == len(doc) or tokens[k].lower_ in _PURPOSE_CLOSERS
            or tokens[k].lower_ == "et" and k + 2 < len(doc) and (tokens[k + 1].is_title or tokens[k + 2].is_title)) \
            or any(tokens[m].lemma_ in _REASON_VERBS for m in range(max(0, start - 4), start)) \
            or _after_envoy_title(doc, start):  # "la haute représentante de l'Union [pour les affaires étrangères]"
        return end
    return k


_PURPOSE_LINKS = frozenset({"de", "du", "des", "d'", "d’", "par", "à", "au", "aux", "et", "contre"})


def _complements_after(doc: Doc, k: int) -> int:
    """Where a common noun's adjectives and complements end, from token k: "[transfrontalière par la brume]",
    "[et la reconstruction du Yémen]" (common nouns with their article, or a capitalised place after "de")."""
    tokens, n, limit = token_list(doc), len(doc), k + 16
    while k < n and k < limit:
        if tokens[k].is_lower and tokens[k].pos_ == "ADJ":
            k += 1
            continue
        if tokens[k].lower_ not in _PURPOSE_LINKS:
            break
        j = k + 1
        if j < n and tokens[j].lower_ in ("le", "la", "les", "l'", "l’"):
            j += 1
        if j < n and tokens[j].is_lower and tokens[j].pos_ == "NOUN":
            k = j + 1
        elif j < n and tokens[k].lower_ in ("de", "du", "d'", "d’") and tokens[j].is_title:
            while j < n and tokens[j].is_title:
                j += 1
            k = j  # "du Yémen", "de l'Ukraine"
        else:
            break
    return k


def _holder_after(doc: Doc, end: int) -> list[_Piece]:
    """"le ministre turc de l'[Environnement Murat Kaya]" where the NER stopped the role inside its
    portfolio and saw no name: the portfolio's capitalised words, then two or three more that no
    entity holds, are the person holding the role."""
    tokens = token_list(doc)
    j = end
    while j < len(doc) and j - end < 7 and tokens[j].is_title and tokens[j].ent_iob_ == "O" and not _honorific(tokens[j]):
        j += 1
    for p in range(end + 1, j - 1):
        if fold(span_text(doc, end, p)) in roles.PORTFOLIOS and 2 <= j - p <= 3:
            return [_Piece(p, j, p, "PER")]
    return []


_MINISTER = re.compile(r"(?<![\w-])[Mm]inistres?(?![\w-])")


def _missed_ministers(doc: Doc, text: str) -> list[_Piece]:
    """"le ministre turc de l'Environnement Murat Kaya" where the NER saw no name: the person after
    a minister's portfolio (see `_holder_after`)."""
    tokens = token_list(doc)
    found = []
    for tok in _tokens_at(doc, _bounded_matches(_MINISTER, text)):
        k = tok.i + 1
        while k < len(doc) and tokens[k].is_lower and (tokens[k].pos_ == "ADJ" or country_of_adjective(tokens[k].text)):
            k += 1  # "ministre turc", "ministre délégué"
        if k < len(doc) and tokens[k].lower_ in ("de", "du", "des", "d'", "d’"):
            k += 1
            if k < len(doc) and tokens[k].lower_ in ("la", "l'", "l’"):
                k += 1
            found += _holder_after(doc, k)
    return found


def _parent_after(doc: Doc, start: int, end: int) -> int | None:
    """"le Bureau de coordination des affaires humanitaires [de l'ONU]" where the NER stopped before the
    parent's short form: the body's name runs to it (the short form stays a mention of its own)."""
    tokens = token_list(doc)
    if end - start < 2 or fold(tokens[start].text) not in _FOLDED_ORG_HEADS:
        return None
    k = end
    if k < len(doc) and tokens[k].lower_ in _PREPOSITIONS:
        k += 1
    if k < len(doc) and tokens[k].lower_ in ("l'", "l’", "la", "le"):
        k += 1
    if k == end or k >= len(doc) or not _ACRONYM.match(tokens[k].text) or country(tokens[k].text):
        return None
    return k + 1


# things that have an age too: events, buildings, works
_AGED_THINGS = frozenset({
    "tournoi", "course", "épreuve", "compétition", "championnat", "festival", "salon", "fête", "rendez-vous",
    "tradition", "événement", "édition", "institution", "entreprise", "usine", "bâtiment", "édifice", "monument",
    "pont", "église", "cathédrale", "château", "navire", "bateau", "arbre", "ouvrage", "œuvre", "oeuvre", "revue"})


def _age_apposition(doc: Doc, end: int) -> bool:
    """", 52 ans,", ", un ouvrier de 26 ans originaire de ...": the apposition after a name gives an age."""
    tokens = token_list(doc)
    if end >= len(doc) or tokens[end].text != ",":
        return False
    if end + 2 < len(doc) and (tokens[end + 2].lemma_ in _AGED_THINGS or tokens[end + 2].lemma_ in ORG_CONTEXT - PERSON_NOUNS
                               or tokens[end + 2].lemma_ in ORG_HEADS):
        return False  # "Roland-Garros, un tournoi de 130 ans", "X, une entreprise de 80 ans": not a person's age
    for k in range(end + 2, min(end + 8, len(doc) - 1)):
        if tokens[k].is_punct or tokens[k].pos_ in ("VERB", "AUX") and not tokens[k].lower_.startswith("âgé"):
            return False  # not "X, vit à Lyon depuis dix ans"
        if tokens[k].lower_ == "ans" and tokens[k - 1].like_num and (k - 2 == end or tokens[k - 2].lower_ in ("de", "d'", "d’")):
            return tokens[k + 1].is_punct or tokens[k + 1].lower_ in ("originaire", "né", "née")
    return False


def _first_name_of(doc: Doc, start: int, end: int) -> bool:
    """The first word of a person's name is a first name: a known one, or the words after it are a
    double surname named after an honorific elsewhere ("le sénateur Luis Ortega Salas" ... "M. Ortega
    Salas"), so no party's name stands before the person."""
    tokens = token_list(doc)
    if fold(tokens[start].text) in FIRST_NAMES:
        return True
    return end - start >= 3 and re.search(r"(?<![\w.])(?:M\.|Mme|Mlle|Me|Dr|Pr)\s+" + re.escape(span_text(doc, start + 1, end))
                                          + r"(?![\w-])", text_of(doc)) is not None




def _known_first_name(word: str) -> bool:
    """A first name of the lexicon, or a compound one opening on it ("Jean-Marc")."""
    return fold(word) in FIRST_NAMES or "-" in word and fold(word.split("-")[0]) in FIRST_NAMES


def _honorific_surname(doc: Doc, i: int) -> bool:
    """Token i's word is named elsewhere after an honorific ("Mme Lemaire"): it is a surname."""
    tokens = token_list(doc)
    return any(t.text == tokens[i].text and t.i != i and _honorific(tokens[t.i - 1]) for t in token_list(doc)[1:])


def _successor_object(doc: Doc, start: int) -> bool:
    """The name is the "à" object of "succéder" ("a succédé en septembre à X")."""
    tokens = token_list(doc)
    if start < 2 or tokens[start - 1].lower_ != "à":
        return False
    return any(tokens[k].lemma_ == "succéder" for k in range(max(0, start - 6), start - 1))


def _noun_complement(doc: Doc, start: int) -> bool:
    """"le vainqueur du Tour", "la gagnante de la Vuelta": the name completes a common noun, so an
    apposition after it ("..., un Slovène de 25 ans,") describes the noun's phrase, not the name."""
    tokens = token_list(doc)
    k = start - 1
    if k > 0 and tokens[k].lower_ in _DETS:
        k -= 1
    if k < 1 or tokens[k].lower_ not in _PREPOSITIONS:
        return False
    return tokens[k - 1].is_lower and tokens[k - 1].pos_ == "NOUN"


# things counted and named by their model: "deux sous-marins Scorpène", "six avions de transport C295"
_PRODUCT_NOUNS = frozenset({
    "avion", "hélicoptère", "sous-marin", "frégate", "corvette", "patrouilleur", "char", "missile", "drone", "navire",
    "bombardier", "appareil", "véhicule", "camion", "rame", "satellite", "canon", "lanceur", "chasseur", "exemplaire",
    "modèle", "voiture", "système", "batterie", "obus", "roquette", "radar", "bâtiment"})


# colours a team is nicknamed by in pairs: "les Rouge et Noir", "les Sang et Or", "les Jaune et Bleu"
_COLOURS = frozenset({"rouge", "noir", "blanc", "bleu", "vert", "jaune", "or", "sang", "grenat", "ciel", "violet",
                      "orange", "marine", "azur", "rose", "gris"})


def _region_bracket(doc: Doc, end: int) -> bool:
    """"(Seine-Maritime)", "(Extrême-Nord)" right after the name: a bracket holding one place name alone."""
    if end + 2 >= len(doc) or orth_forms(doc)[end] != "(":  # (the word from the per-Doc list: most names are told here)
        return False
    tokens = token_list(doc)
    if tokens[end + 1].ent_type_ != "LOC" or tokens[end + 1].ent_iob_ != "B":
        return False
    k = end + 2
    while k < len(doc) and tokens[k].ent_iob_ == "I":
        k += 1
    return k < len(doc) and tokens[k].text == ")"


def _colour_pair(doc: Doc, start: int, end: int) -> bool:
    """The span is a capitalised colour paired with another by "et" (inside or around it)."""
    if start < end and lower_forms(doc)[start] != "et" and fold(orth_forms(doc)[start]) not in _COLOURS:
        return False  # (most names: their first word is told before the checks below are built)
    tokens = token_list(doc)
    def colour(k: int) -> bool:
        return 0 <= k < len(doc) and tokens[k].is_title and fold(tokens[k].text) in _COLOURS
    if not all(colour(k) or tokens[k].lower_ == "et" for k in range(start, end)):
        return False
    return end - start > 1 or end + 1 < len(doc) and tokens[end].lower_ == "et" and colour(end + 1) \
        or start > 1 and tokens[start - 1].lower_ == "et" and colour(start - 2)


# where an apposition puts a place: "X, à l'est de la capitale", "X, à 30 km de Lyon", "X, près de Y"
# a country's divisions and a town's outskirts: ", dans la province de X", ", dans le gouvernorat de X"
_REGION_NOUNS = frozenset({"centre", "région", "province", "banlieue", "périphérie", "canton", "gouvernorat", "wilaya",
                           "district", "comté", "oblast", "département", "préfecture", "état", "bande"})
_WHERE_WORDS = frozenset({"est", "ouest", "nord", "sud", "nord-est", "nord-ouest", "sud-est", "sud-ouest", "km",
                          "kilomètres", "large", "portes", "lisière", "périphérie", "près"})


def _place_apposition(doc: Doc, end: int, after_preposition: bool) -> bool:
    """", à l'est de ...", ", au nord de ...", ", à 40 km de ...", ", près de ..." right after the name;
    ", au bord du lac" too when a preposition came before the name ("à X, au bord du lac")."""
    # token strings from the per-Doc lists: each Token property read decodes its string anew
    lowers = lower_forms(doc)
    orths = orth_forms(doc)
    tokens = token_list(doc)
    if end + 2 >= len(doc) or orths[end] != ",":
        return False
    k = end + 1
    if lowers[k] == "près":
        return k + 1 < len(doc) and lowers[k + 1] in ("de", "du", "d'", "d’")
    j = k + (lowers[k] in ("le", "la", "l'", "l’", "les", "un", "une"))
    while j < len(doc) and j - k < 5 and (tokens[j].like_num or lowers[j] == "plus" or tokens[j].is_lower and tokens[j].pos_ == "ADJ"):
        j += 1
    if j > k and j + 1 < len(doc) and tokens[j].lemma_ in PLACE_NOUNS and tokens[j].lemma_ not in ("camp", "commissariat") \
            and lowers[j + 1] in ("de", "du", "des", "d'", "d’"):
        return True  # "X, la deuxième ville de ...", "X et Y, les deux plus grandes îles de ...": a place noun heads
        # the apposition
    if lowers[k] == "dans" and k + 3 < len(doc) and lowers[k + 1] in ("le", "la", "l'", "l’"):
        j = k + 4 if tokens[k + 3].is_lower and tokens[k + 3].pos_ == "ADJ" and k + 4 < len(doc) else k + 3
        # ", dans le sud de Gaza", ", dans la province thaïlandaise de X"
        return lowers[j] in ("de", "du", "des", "d'", "d’") \
            and lowers[k + 2] in _WHERE_WORDS | _REGION_NOUNS
    if lowers[k] in ("en", "au", "aux") and any((country(span_text(doc, k + 1, j)) or _KNOWN_LABELS.get(span_text(doc, k + 1, j)) == "LOC"
                                                 or span_text(doc, k + 1, j) in _DEPARTEMENTS)
                                                and (j == len(doc) or tokens[j].is_punct)
                                                for j in range(k + 2, min(k + 5, len(doc) + 1))):
        return True  # "X, en Grèce, ...", "X, au Liban.", "X, en Californie": the country or region a place lies in
    if lowers[k] not in ("à", "au", "aux"):
        return False
    k += 1
    if lowers[k] in ("l'", "l’", "la", "le", "une", "un") or tokens[k].like_num:
        k += 1
    if k + 1 >= len(doc) or lowers[k + 1] not in ("de", "du", "des", "d'", "d’"):
        return False
    return lowers[k] in _WHERE_WORDS or after_preposition and lowers[k] in ("bord", "pied", "cœur", "sortie", "entrée")


def _counted_model(doc: Doc, start: int) -> bool:
    """"l'envoi de quatre Canadair", "deux sous-marins Scorpène", "six avions de transport tactique C295":
    a name right after a count, or after a counted vehicle or weapon noun and its complements, is the model
    of the things counted (a product), no person, organisation or place."""
    # (asked for every NER span: the words from the per-Doc lists, a Token's strings are decoded at each read)
    tokens, _, lowers, lemmas, poses = word_lists(doc)
    def count(k: int) -> bool:
        tok = tokens[k]
        return (lowers[k] in _NUMBER_WORDS or tok.is_digit and len(tok) < 4) \
            and not (k > 0 and lowers[k - 1] in ("le", "la", "les", "du", "au", "l'", "l’"))  # "le 14 Juillet"
    if start < 1:
        return False
    if count(start - 1):
        return True
    k = start - 1
    while k > 0 and start - k < 6 and tokens[k].is_lower and (poses[k] in ("ADJ", "NOUN") or lowers[k] in ("de", "d'", "d’")) \
            and lemmas[k] not in _PRODUCT_NOUNS:
        k -= 1
    return k > 0 and tokens[k].is_lower and lemmas[k] in _PRODUCT_NOUNS and lowers[start - 1] not in _PREPOSITIONS \
        and count(k - 1)


# industrial sites named after a place of their own: "la centrale d'Hinkley Point C", "la mine de Cerro Verde"
_SITE_NOUNS = frozenset({"centrale", "mine", "gisement", "raffinerie", "barrage", "réacteur"})
# armed groups tied to a movement: "les groupes liés à Al-Qaïda", "une milice affiliée à l'Etat islamique"
_ARMED_GROUPS = frozenset({"groupe", "milice", "faction", "cellule", "mouvement", "réseau", "combattant", "katiba", "branche"})
_TIED = frozenset({"lié", "liée", "liés", "liées", "affilié", "affiliée", "affiliés", "affiliées", "allié", "alliés",
                   "alliée", "alliées", "inféodé", "inféodés", "fidèle", "fidèles"})
# a case or an operation named by the writer: "l'affaire dite « Tramo »", "l'opération baptisée Aigle bleu"
_NAMING_WORDS = frozenset({"dite", "dit", "baptisée", "baptisé", "surnommée", "surnommé", "appelée", "appelé", "nommée",
                           "nommé"})
_CASE_NOUNS = frozenset({"affaire", "opération", "dossier", "scandale", "procès", "plan", "programme", "enquête"})
# a town's buildings named after it: "l'hôpital de Mitrovica" is in the town, with no name of its own; so are
# its port and its plants ("le port du Havre", "l'usine de Belfort", "la centrale nucléaire de Flamanville")
_TOWN_BUILDINGS = frozenset({"hôpital", "clinique", "prison", "maternité", "hospice", "port", "usine", "centrale",
                             # a dam or a mine is named by its site ("le barrage de X", "les mines de Y"): the place
                             "barrage", "mine", "mines"})
def _site_before(tokens, poses, k: int) -> bool:
    """A site noun of town_sites.txt ends at token k, adjectives after it read over ("la base navale [de]")."""
    k -= 1
    while k > 0 and tokens[k].is_lower and poses[k] == "ADJ" and tokens[k].lower_ not in _TOWN_SITES:
        k -= 1
    return k >= 0 and tokens[k].is_lower and tokens[k].lower_ in _TOWN_SITES


# sites named after the place they stand at (lexicons/town_sites.txt): "la base navale de Karlskrona" is the place
_TOWN_SITES = frozenset(line.strip() for line in (LEXICONS / "town_sites.txt").read_text(encoding="utf-8").splitlines()
                        if line.strip() and not line.startswith("#"))
# nouns of a river named by apposition (lexicons/named_rivers.txt): "le fleuve Maroni" is "Maroni"
_NAMED_RIVERS = frozenset(line.strip() for line in (LEXICONS / "named_rivers.txt").read_text(encoding="utf-8").splitlines()
                          if line.strip() and not line.startswith("#"))
# streets, named by their noun and what they are named after: "la rue d'Aubagne" is no town
_STREETS = frozenset({"rue", "avenue", "boulevard", "impasse", "allée", "ruelle"})
# natural features and estates named the same way ("la vallée du Rhône", "le détroit d'Ormuz", "la cité de la
# Paternelle"), where the NER kept only the name after the noun: "le fjord d'Oslo" is no capital
_FEATURES = frozenset({"fjord", "vallée", "détroit", "golfe", "baie", "récif", "estuaire", "delta", "lagune", "lac", "cité",
                       "massif", "col", "banc", "atoll", "îlot"})
_STREETS_AND_FEATURES = _STREETS | _FEATURES  # (the unions below are built once, not at each name)
# features of the sea named by the noun and the name side by side ("le banc Sabina", "l'atoll Bikini"): a place
_REEFS = frozenset({"banc", "atoll", "îlot", "récif"})


# verbs that give a place the name it is known by: "le banc, appelé X par les pêcheurs", "un Etat baptisé X"
_NAMING_VERBS = frozenset({"appeler", "baptiser", "surnommer", "dénommer", "rebaptiser"})
_NAMED_PLACES = frozenset(fold(w) for w in PLACE_NOUNS | _FEATURES | {"état", "pays", "zone", "mer", "montagne", "secteur"})


def _named_place(doc: Doc, start: int) -> int | None:
    """The place noun a name is given to: "le récif, que les pêcheurs appellent X", "le banc Y, appelé X
    par ...", "un Etat baptisé X" (the name right after a naming verb names what the verb's clause hangs
    on), "X, le nom local du banc" (a name glossed as the name of a place noun). Its token, or None."""
    tokens = token_list(doc)
    if start < 2:
        return None
    k = None
    if lemma_forms(doc)[start - 1] in _NAMING_VERBS:  # (the word from the per-Doc list: asked for most NER spans)
        verb = tokens[start - 1]
        if verb.dep_ == "acl":
            k = start - 2  # "un Etat fédéral baptisé X": the noun right before, else the one the parser gives
            while k > 0 and tokens[k].is_lower and tokens[k].pos_ == "ADJ":
                k -= 1
            if tokens[k].pos_ != "NOUN" or fold(tokens[k].lemma_) not in _NAMED_PLACES:
                k = verb.head.i
        else:  # a relative clause: the noun before ", que"
            k = start - 2
            while k > 0 and start - k < 6 and tokens[k].lower_ not in ("que", "qu'", "qu’"):
                k -= 1
            if k < 2 or tokens[k].lower_ not in ("que", "qu'", "qu’"):
                return None
            k -= 2 if tokens[k - 1].text == "," else 1
            while k > 0 and start - k < 10 and tokens[k].is_title:
                k -= 1  # "le récif Y, que ...": the noun before the name
    else:
        end = start
        while end < len(doc) and not tokens[end].is_punct and end - start < 5:
            end += 1
        if end + 1 < len(doc) and orth_forms(doc)[end] == "," and tokens[end + 1].lower_ == "le" and tokens[end + 2:end + 3] \
                and tokens[end + 2].lower_ == "nom":  # "X, le nom local du banc"
            j = end + 3
            while j < len(doc) and tokens[j].is_lower and tokens[j].pos_ == "ADJ":
                j += 1
            if j < len(doc) and tokens[j].lower_ in ("du", "de"):
                k = j + 2 if j + 2 < len(doc) and tokens[j + 1].lower_ in ("la", "l'", "l’") else j + 1
    if k is None or k >= len(doc) or tokens[k].pos_ != "NOUN" or fold(tokens[k].lemma_) not in _NAMED_PLACES:
        return None
    return k


def _street_before(doc: Doc, start: int, name: str = "") -> int | None:
    """The token of a street noun before "de (la)" and the name at start: "rue d'Aubagne", "avenue de la Paix";
    or of an airport named by its town and a second name ("l'aéroport de Nantes-Atlantique")."""
    tokens, _, lowers, _, _ = word_lists(doc)  # (asked for most NER spans)
    k = start - 1
    if k > 0 and lowers[k] in ("la", "l'", "l’"):
        k -= 1
    if k < 1 or lowers[k] not in _PREPOSITIONS:
        return None
    if tokens[k - 1].lower_ == "aéroport" and re.fullmatch(r"[A-ZÉÈ][\w']+(?:-[A-ZÉÈ][\w']+)+", name) \
            and not _SAINT_PLACE.match(name) and not _COMPOUND_TOWN.match(fold(name)):
        return k - 1
    if tokens[k - 1].is_lower and tokens[k - 1].lower_ in _SITES and name and not institutions_of_seat(name):
        return k - 1  # "le palais de la Moncloa", "le corridor de Netzarim" (not "le palais de l'Elysée": the presidency)
    return k - 1 if tokens[k - 1].is_lower and tokens[k - 1].lower_ in _STREETS_AND_FEATURES else None


# buildings and strips of land named by their noun and what they are named after: the noun is in the name
_SITES = frozenset({"palais", "corridor", "bande"})  # (also "la bande de Gaza": the territory's name)


# buildings and grounds named after a person, the name right after the noun ("le court Philippe-Chatrier")
_NAMED_BUILDINGS = frozenset({"court", "stade", "salle", "aéroport", "gare", "pont", "gymnase"})


def _building_before(doc: Doc, start: int) -> int | None:
    """The token of the building noun right before a name: "le court Suzanne-Lenglen", "l'aéroport
    Blaise-Diagne", "le palais de justice Lat Dior"; None when there is none."""
    lowers = lower_forms(doc)
    tokens = token_list(doc)
    k = start - 1
    if k >= 0 and tokens[k].is_lower and lowers[k] in _NAMED_BUILDINGS:
        return k
    if k >= 2 and lowers[k] == "justice" and lowers[k - 1] == "de" and lowers[k - 2] == "palais":
        return k - 2
    return None


def _museum_before(doc: Doc, start: int) -> int | None:
    """The token of "musée" when a name completes it: "musée Rodin", "musée d'Orsay", "musée
    national de la Marine"."""
    tokens, _, lowers, _, poses = word_lists(doc)  # (asked for every NER span)
    k = start - 1
    if k > 0 and lowers[k] in ("la", "l'", "l’"):
        k -= 1
    if k > 0 and lowers[k] in _PREPOSITIONS:
        k -= 1
    elif k != start - 1:
        return None
    while k > 0 and tokens[k].is_lower and poses[k] == "ADJ":
        k -= 1
    if k >= 0 and lowers[k] == "éditions" and lowers[k + 1] in _PREPOSITIONS:
        return k  # "les éditions du Seuil": a publisher named by its noun and a common word
    return k if k >= 0 and lowers[k] == "musée" else None


def _org_tail(doc: Doc, end: int) -> int:
    """End of an organisation's name extended over the capitalised words right after it that no
    entity holds: "Airbus [Defence and Space]", "Renault [Trucks]". Two or more such words without
    "and", "&" or "of" are more likely a person the NER missed ("LVMH Bernard Arnault")."""
    tokens = token_list(doc)
    k, connector = end, False
    while k < len(doc):
        tok = tokens[k]
        if tok.lower_ in ("and", "&", "of") and k > end and k + 1 < len(doc) and tokens[k + 1].is_title:
            connector = True
        elif not (tok.is_alpha and (tok.is_title or tok.is_upper) and tok.ent_iob_ == "O") or _honorific(tok):
            break
        k += 1
    while k > end and not tokens[k - 1].is_alpha or k > end and tokens[k - 1].lower_ in ("and", "of"):
        k -= 1
    company_word = any(t.text in ORG_TAILS or t.text in ORG_WORDS for t in token_list(doc)[end:k])  # "LG [Energy Solution]"
    return k if connector or company_word or k - end == 1 else end


def _demonym(doc: Doc, i: int, label: str) -> bool:
    """"les Marseillais", "aux Nordistes", "des Vingt-Sept": a group of people named by a plural
    demonym or a number; "le Lyonnais Paul Morel": a singular demonym before a name. Neither a
    place nor an organisation ("les Républicains" tagged ORG is a party)."""
    # (asked for every one-word NER span: the words from the per-Doc lists, a Token's strings are decoded at each read)
    tokens, orths, lowers, _, _ = word_lists(doc)
    if i == 0 or country(orths[i]):
        return False
    word, before = orths[i], lowers[i - 1]
    if orths[i - 1] == "Les" and not tokens[i - 1].is_sent_start and orths[i - 2] not in _OPEN_QUOTES:
        return False  # "Les Loyalistes ont apporté leur soutien": the article is part of a party's name
    if before in _GROUP_ADJECTIVES and i > 1 and lowers[i - 2] in ("les", "des", "aux", "ces"):
        before = lowers[i - 2]  # "ces mêmes Toulousains", "les autres Lyonnais"
    if before in ("un", "une") and label != "ORG" and _DEMONYM.search(word) and _age_after(doc, i + 1):
        return True  # "par un Marseillais de 34 ans"
    if before in ("les", "des", "aux", "ces"):
        if all(part in _NUMBER_WORDS for part in fold(word).split("-")):
            return True
        return label != "ORG" and bool(_DEMONYM_PLURAL.search(word))
    if before in ("de", "d'", "d’") and i > 1 and lemma_forms(doc)[i - 2] in _QUANTITY_NOUNS:
        return label != "ORG" and bool(_DEMONYM_PLURAL.search(word))  # "des milliers de Lyonnais"
    return before in _DETS | {"du", "au"} and label != "ORG" and bool(_DEMONYM.search(word)) and word.lower() not in ORG_HEADS \
        and i + 1 < len(doc) \
        and (tokens[i + 1].ent_iob_ == "B" and tokens[i + 1].ent_type_ == "PER" or _age_after(doc, i + 1))


# nouns counting people, after which "de" + a plural demonym names a group of inhabitants
_QUANTITY_NOUNS = frozenset({"millier", "centaine", "dizaine", "million", "milliard", "foule", "majorité", "plupart",
                             "nombre", "poignée", "groupe"})


def _age_after(doc: Doc, k: int) -> bool:
    """"de 23 ans" at token k: "le Lyonnais de 23 ans" is a person."""
    tokens = token_list(doc)
    return k + 2 < len(doc) and tokens[k].lower_ in ("de", "d'", "d’") and tokens[k + 1].like_num and tokens[k + 2].lower_ == "ans"


def _org_noun_before(doc: Doc, start: int, end: int, label: str) -> bool:
    """A company, party or association noun right before the name, adjectives skipped:
    "le groupe chimique français Valtéa", "le groupe armé M23"."""
    # token strings from the per-Doc lists: each Token property read decodes its string anew
    tokens, orths, lowers, lemmas, poses = word_lists(doc)
    k = start - 1
    complement = False
    if k > 0 and lowers[k] in ("de", "d'", "d’"):  # "le club anglais de Brighton": a team's town is its name
        k -= 1
        while k > 0 and tokens[k].is_lower and poses[k] == "ADJ":
            k -= 1
        span = span_text(doc, start, end)
        return lowers[k] in ("club", "équipe") and label != "PER" and not (country(span) or country_of_capital(span))
    complements = 0
    most = 1 if label == "PER" and end - start > 1 else 2  # a person's full name: one complement, as before
    while k >= 0 and (tokens[k].is_lower or k > 1 and fold(orths[k]) == "etat" and lowers[k - 1] in ("d'", "d’")):
        if poses[k] == "ADJ" or poses[k] == "VERB" and "Part" in morph_of(tokens[k], "VerbForm") \
                or country_of_adjective(orths[k]):
            k -= 1
        elif not tokens[k].is_lower:
            k -= 2  # "la télévision d'État X", "la radio d'État X": owned by the state, a public body's
        elif complements < most and k > 1 and poses[k] in ("NOUN", "PROPN") and lemmas[k].lower() not in ORG_CONTEXT:
            # "le fabricant français de batteries Voltaris", "l'organisation de surveillance d'internet
            # X", "la filiale à bas coûts X": a noun's complements between it and the name
            m = k - 1
            while m > 1 and tokens[m].is_lower and poses[m] == "ADJ":
                m -= 1
            if m > 1 and lowers[m] in ("l'", "l’", "la") and lowers[m - 1] in ("de", "d'", "d’"):
                m -= 1
            if lowers[m] not in ("de", "d'", "d’", "à"):
                break
            k, complements = m - 1, complements + 1
        else:
            break
    if k < 0:
        return False
    noun = _compound_ending(doc, k) or lemmas[k].lower()
    if noun not in ORG_CONTEXT or label == "PER" and noun in PERSON_NOUNS:
        return False
    if label == "PER" and k > 1 and lowers[k - 1] in ("de", "d'", "d’") and roles.head_at(doc, k - 2, k - 1):
        return False  # "le chef d'entreprise X", "la cheffe de parti Y": a bare noun classifies the title; the person's
    span = span_text(doc, start, end)
    return not (country(span) or country_of_capital(span))


def _complements_end(doc: Doc, k: int) -> int:
    """After at most two complements of a noun starting at token k ("de surveillance d'internet", "à
    bas coûts", "de défense de l'environnement"): the token where a name may start (k when none)."""
    tokens = token_list(doc)
    for _ in range(2):
        m = k
        if m + 1 >= len(doc) or tokens[m].lower_ not in ("de", "d'", "d’", "à"):
            break
        m += 1
        if tokens[m].lower_ in ("l'", "l’", "la") and tokens[k].lower_ != "à":
            m += 1
        while m < len(doc) and tokens[m].is_lower and tokens[m].pos_ == "ADJ":
            m += 1
        if m >= len(doc) or not (tokens[m].is_lower and tokens[m].pos_ == "NOUN"):
            break
        m += 1
        while m < len(doc) and tokens[m].is_lower and tokens[m].pos_ == "ADJ":
            m += 1
        k = m
    return k


_PHRASE_NAME_NOUNS = frozenset({"collectif", "association", "mouvement", "coalition"})
_PHRASE_STOPS = frozenset({",", ".", ";", ":", "(", ")", "»", "qui", "que", "dont", "et"})


def _common_name_at(doc: Doc, start: int) -> bool:
    """A capitalised term of the language starts at token start ("Art nouveau")."""
    orths = orth_forms(doc)  # (the words from the per-Doc list: asked for every NER span)
    for words in COMMON_NAMES.get(fold(orths[start]), ()):
        if tuple(fold(w) for w in orths[start:start + len(words)]) == words:
            return True
    return False


def _coordinated_compass(doc: Doc, start: int, end: int) -> bool:
    """"entre l'Est et l'Ouest", "le Nord et le Sud": compass points paired are directions or blocs,
    not the region one of them names alone ("la région de l'Est")."""
    if end - start != 1 or fold(orth_forms(doc)[start]) not in _COMPASS:  # (no Token built for most names)
        return False
    def compass(i: int) -> bool:
        return 0 <= i < len(doc) and doc[i].is_title and fold(doc[i].text) in _COMPASS
    after = end + 1 if end + 1 < len(doc) and doc[end].lower_ == "et" else None
    if after is not None and doc[after].lower_ in _DETS:
        after += 1
    before = start - 1 if start > 0 and doc[start - 1].lower_ in _DETS else start
    return after is not None and compass(after) or before > 1 and doc[before - 1].lower_ == "et" \
        and (compass(before - 2) or before > 2 and doc[before - 2].lower_ in _DETS and compass(before - 3))


def _phrase_name_end(doc: Doc, start: int, end: int) -> int:
    """"le collectif Sauvons notre ligne, qui ...", "l'association Droit au logement a ...": after a
    collective's noun, a name that opens on a common word capitalised runs over the lower-case words
    up to the punctuation or the verb that closes it."""
    tokens = token_list(doc)
    if end - start != 1 or start == 0 or tokens[start - 1].lower_ not in _PHRASE_NAME_NOUNS \
            or tokens[start].is_oov and not doc.vocab[tokens[start].lower_].has_vector:  # "Bassines": "bassines" is a word
        return end
    k = end
    while k < len(doc) and k - end < 5 and tokens[k].is_lower and tokens[k].is_alpha and tokens[k].lower_ not in _PHRASE_STOPS \
            and tokens[k].pos_ not in ("AUX", "VERB", "PRON"):
        k += 1
    if k == end or k - end >= 5 or k < len(doc) and tokens[k].text[:1].isupper() or tokens[k - 1].pos_ in ("ADP", "DET") \
            or tokens[end].pos_ == "ADP" and tokens[end].lower_ not in ("à", "au", "aux"):
        return end  # not "l'association Emmaüs [pour les sans-abri]"
    return k


# a team beaten or faced: "affronter le Leinster", "a battu Clermont"
_OPPONENT_VERBS = frozenset({"affronter", "battre", "défier", "éliminer", "dominer"})
# what only an employer or a company does: "Voltix a licencié 200 salariés"
_EMPLOYER_VERBS = frozenset({"licencier", "embaucher", "racheter", "fabriquer", "commercialiser", "délocaliser"})
# a company's officers and owners: "le directeur général de X", "la direction de X"
_COMPANY_OF = frozenset({"pdg", "direction", "actionnaire", "actionnaires", "filiale", "fondateur", "fondatrice",
                         "cofondateur", "cofondatrice"})


def _org_context(doc: Doc, start: int, end: int) -> bool:
    """Words before a place-tagged name that only an organisation takes: a team faced or beaten
    ("affronter le Leinster"), a company one works at ("chez Voltix") or whose officers are named
    ("le directeur général de Voltix", "la direction de Voltix")."""
    # token strings from the per-Doc lists: each Token property read decodes its string anew
    tokens, orths, lowers, lemmas, poses = word_lists(doc)
    span = span_text(doc, start, end)
    if country(span) or country_of_capital(span) or institutions_of_seat(span):
        return False
    root = _span_root(doc, start, end)
    if root.dep_ == "nsubj" and (_employs(root.head) or root.head.lemma_ in _OPPONENT_VERBS
                                 and any(c.pos_ == "PROPN" and c.dep_.startswith(("obj", "obl")) for c in children_of(root.doc, root.head.i))):
        return True  # "Le Paris FC a battu Lens" (not "la Bretagne a battu un record"), "Voltix a racheté"
    if _team_context(doc, start, end):
        return True  # "vainqueur de Toulouse (2-0)", "à neuf points du Havre"
    if end + 1 < len(doc) and orths[end] == "," and lowers[end + 1] == "qui" and _employs(tokens[end + 1].head) \
            and not _noun_complement(doc, start):  # not "le site de Vierzon, qui emploie 430 personnes"
        return True  # "Voltix, qui emploie 300 salariés"
    if start == 0:
        return False
    k = start - 1
    if lowers[k] in _DETS and k > 0:
        k -= 1
    if poses[k] == "VERB" and lemmas[k] in _OPPONENT_VERBS:
        return True
    if lowers[start - 1] == "chez":
        return True
    if lowers[start - 1] not in ("de", "d'", "d’") or start < 2:
        return False
    noun = tokens[start - 2]
    if noun.lower_ == "direction":  # "la direction de Voltix", not "en direction de Lyon", "pris la direction de Lyon"
        return start > 3 and lowers[start - 3] == "la" and poses[start - 4] not in ("VERB", "AUX")
    if noun.lower_ in _COMPANY_OF:
        return True
    return start > 2 and noun.lower_ in ("général", "générale") and lowers[start - 3] in ("directeur", "directrice")


def _company_named_as_person(doc: Doc, start: int, end: int) -> bool:
    """A person-tagged name without a known first name whose officers or board are named: only a body
    has them ("le directeur général de Cinia", "le conseil d'administration de Valmont Energie", "la
    filiale de X"). Unlike `_org_context`, no verb or "chez": a person is beaten, buys, is visited."""
    orths, lowers = orth_forms(doc), lower_forms(doc)
    if start < 2 or _known_first_name(orths[start]) or _honorific_at(lowers, orths, start - 1) \
            or _honorific_at(lowers, orths, start):
        return False
    span = span_text(doc, start, end)
    if country(span) or country_of_capital(span) or _KNOWN_LABELS.get(span) == "LOC" or countries_of_town(span):
        return False  # "le Haut-Karabakh": a place of the gazetteer
    if lowers[start - 1] not in ("de", "d'", "d’"):
        return False
    noun = lowers[start - 2]
    return noun in _COMPANY_OF or noun == "administration" and lowers[start - 3] in ("d'", "d’") \
        or noun in ("général", "générale") and lowers[start - 3] in ("directeur", "directrice")


# countries' English names, which end the names of their sports bodies and companies' branches ("Cricket Australia")
_ENGLISH_COUNTRIES = frozenset(line.strip() for line in (LEXICONS / "english_countries.txt").read_text(encoding="utf-8").splitlines()
                               if line.strip() and not line.startswith("#"))
# first words of places named with a country's name ("New Zealand", "Basse Californie")
_COUNTRY_NAME_PREFIXES = frozenset({"new", "nouvelle", "nouveau", "south", "north", "east", "west", "great", "grande", "grand",
                                    "basse", "haute", "bas", "haut", "petite", "petit", "papua", "papouasie"})


def _country_suffixed_body(doc: Doc, start: int, end: int) -> bool:
    """"Athletics Kenya", "Curling Canada", "Santander UK": a capitalised word, itself no place, first name or
    article, before a country's name (French or English) names the country's sports body or a company's
    branch there; places put the country first or hyphenate ("Guinée-Bissau")."""
    if end - start != 2:
        return False
    orths, lowers = orth_forms(doc), lower_forms(doc)
    first, last = orths[start], orths[end - 1]
    if not (country(last) or last in _ENGLISH_COUNTRIES) or not first[:1].isupper() or first.isupper() \
            or pos_forms(doc)[start] in ("DET", "ADP") or lowers[start] in _COUNTRY_NAME_PREFIXES:
        return False
    span = span_text(doc, start, end)
    return not (country(span) or country(first) or _KNOWN_LABELS.get(first) == "LOC"
                or _KNOWN_LABELS.get(span) == "LOC" or country_of_adjective(first) or _known_first_name(first))


_SCORE = re.compile(r"\d{1,2}[-–]\d{1,2}")
_STANDING_GAPS = frozenset({"point", "points", "longueur", "longueurs"})


def _team_context(doc: Doc, start: int, end: int) -> bool:
    """Sports writing names a team by its town: a score in brackets after it ("battu par Lille (1-3)")
    or a gap in the standings before it ("à trois points de Lens")."""
    tokens = token_list(doc)
    if end + 2 < len(doc) and tokens[end].text == "(" \
            and _SCORE.fullmatch("".join(t.text for t in token_list(doc)[end + 1:min(end + 4, len(doc))]).split(")")[0]):
        return True
    k = start - 1
    if k > 0 and tokens[k].lower_ in _DETS:
        k -= 1
    return k > 0 and tokens[k].lower_ in ("de", "du", "d'", "d’") and tokens[k - 1].lower_ in _STANDING_GAPS


def _employs(verb) -> bool:
    """A verb only a company is the subject of: "racheter", "licencier", "employer N salariés"."""
    return verb.lemma_ in _EMPLOYER_VERBS or verb.lemma_ == "employer" \
        and any(c.dep_ == "obj" and c.lemma_ in _STAFF for c in children_of(verb.doc, verb.i))


# what an employer employs: "X emploie 40 personnes", "X, qui emploie 300 salariés"
_STAFF = frozenset({"salarié", "personne", "employé", "collaborateur", "agent", "ouvrier", "ingénieur"})


def _compound_ending(doc: Doc, k: int) -> str | None:
    """"start-up" when token k is the "up" of it: a hyphenated noun the tokenizer split."""
    tokens = token_list(doc)
    if k > 1 and orth_forms(doc)[k - 1] == "-" and not tokens[k - 2].whitespace_ and not tokens[k - 1].whitespace_:
        return span_text(doc, k - 2, k + 1).lower()
    return None


def _fronted_org_noun(doc: Doc, start: int, end: int, label: str) -> bool:
    """"Troisième constructeur naval coréen, Hyeonsan a multiplié ...": a sentence opening on a company
    or association noun in apposition to the name that follows its comma."""
    tokens, orths, _, _, _ = word_lists(doc)
    if start < 3 or orths[start - 1] != "," or not orths[start][:1].isupper():
        return False
    k = start - 2
    while k > 0 and tokens[k].is_lower and tokens[k].pos_ == "ADJ":
        k -= 1
    noun = tokens[k].lemma_.lower()
    if not tokens[k].is_lower or noun not in ORG_CONTEXT or noun in PERSON_NOUNS:
        return False
    if k > 0 and not _sentence_initial(doc, k) and (tokens[k - 1].pos_ in ("ADJ", "NUM", "DET") or tokens[k - 1].is_title):
        k -= 1  # "Troisième constructeur", "Le géant"
    span = span_text(doc, start, end)
    return _sentence_initial(doc, k) and not (country(span) or country_of_capital(span))


def _sentence_initial(doc: Doc, i: int) -> bool:
    """Token i opens its sentence, quotation marks and line breaks skipped."""
    tokens, orths, _, _, _ = word_lists(doc)  # (the texts from the per-Doc list: `.text` decodes anew)
    k = i - 1
    while k >= 0 and (tokens[k].is_space or orths[k] in _OPEN_QUOTES):
        k -= 1
    # (a trailing space is never a line break: "\n" in `text_with_ws` is "\n" in the text)
    return k < 0 or tokens[i].is_sent_start or orths[k] in (".", "!", "?", ":") or "\n" in orths[k] \
        or tokens[k + 1].is_space and "\n" in orths[k + 1]


def _company_adjective_before(doc: Doc, start: int, end: int) -> bool:
    """"le français Voltaris", "la sud-coréenne Hanseong Energy": a lower-case nationality adjective
    used as a noun (an article right before it) names a company; a person would be "le Français"."""
    tokens = token_list(doc)
    if start < 2 or not tokens[start - 1].is_lower or lower_forms(doc)[start - 2] not in _DETS:
        return False
    span = span_text(doc, start, end)
    return bool(country_of_adjective(orth_forms(doc)[start - 1])) and not (country(span) or country_of_capital(span))


# public bodies glossed in apposition: "l'Ocha, le bureau humanitaire de l'ONU", "X, l'agence fédérale de ..."
_APPOSED_BODIES = frozenset({"bureau", "office", "institut", "autorité", "commission", "comité", "organisme", "instance"})


def _org_apposition(doc: Doc, start: int, end: int, label: str) -> bool:
    """"la Srpska Lista, principal parti des Serbes": an organisation noun heading the apposition
    right after the name. Not after a locative ("A Dunkerque, le groupe X a ..."), unless the
    locative is inside the sentence and the apposition indefinite ("une amende infligée à X, une
    société lyonnaise")."""
    # token strings from the per-Doc lists: each Token property read decodes its string anew
    orths = orth_forms(doc)
    if label == "ORG" or end + 2 >= len(doc) or orths[end] != ",":
        return False  # (asked for every NER span: the cheap test before the other lists are fetched)
    lemmas = lemma_forms(doc)
    lowers = lower_forms(doc)
    poses = pos_forms(doc)
    tokens = token_list(doc)
    if label == "PER" and start > 1 and orths[start - 1] == "," and roles.title_before(doc, start, {})[0] is not None:
        return False  # "Selon le président du CNE, X, la coalition a remporté": an office's holder, then the clause
    if start > 0 and lowers[start - 1] in _LOCATIVE \
            and (lowers[end + 1] not in ("un", "une") or _sentence_initial(doc, start - 1)):
        return False
    k = end + 1
    if lowers[k] in _DETS or lowers[k] in ("un", "une"):
        k += 1
    while k < len(doc) and tokens[k].is_lower and poses[k] == "ADJ":
        k += 1
    if k + 2 < len(doc) and k == end + 2 and end - start == 1 and tokens[k].is_title \
            and fold(orths[k]) in _FOLDED_ORG_HEADS and lowers[k + 1] in ("de", "du", "des") and tokens[k + 2].is_lower:
        # "financé par Gavi, l'Alliance du vaccin": a one-word name glossed by a body's descriptive name
        return not (country(orths[start]) or country_of_capital(orths[start]))
    if k + 1 >= len(doc) or not tokens[k].is_lower:
        return False
    if k + 2 < len(doc) and orths[k + 1] == "-" and _compound_ending(doc, k + 2):
        noun, k = _compound_ending(doc, k + 2), k + 2  # "X, une start-up indienne"
    elif poses[k] == "NOUN":
        noun = lemmas[k].lower()
    elif k > end + 1:  # "principal parti" parsed as the verb "partir": the word after a determiner or adjective
        noun = lowers[k]
    else:
        return False
    if noun not in ORG_CONTEXT | _APPOSED_BODIES or noun in _TEAM_NOUNS or label == "PER" and noun in PERSON_NOUNS:
        return False  # "Rennes, club de Ligue 1": a town names its club only in sport
    span = span_text(doc, start, end)
    return (lowers[k + 1] in _PREPOSITIONS or tokens[k + 1].is_punct or poses[k + 1] == "ADJ") \
        and not (country(span) or country_of_capital(span))


def _place_noun_of(doc: Doc, start: int) -> bool:
    """"le village de Kyun Taw", "la province d'Idleb": a place noun and "de" right before the name."""
    tokens = token_list(doc)
    if start < 2 or lower_forms(doc)[start - 1] not in _PREPOSITIONS or not tokens[start - 2].is_lower:
        return False
    k = start - 2
    if k > 1 and tokens[k].pos_ in ("NOUN", "VERB", "ADJ") and tokens[k].lemma_ not in PLACE_NOUNS and tokens[k - 1].lower_ in _PREPOSITIONS:
        k -= 2  # "le camp de déplacés d'Abou Chouk", "le camp de réfugiés de Kakuma"
    elif k > 0 and country_of_adjective(tokens[k].text) and tokens[k - 1].is_lower:
        k -= 1  # "la ville jordanienne de Ramtha": the nationality between the noun and "de"
    return tokens[k].is_lower and tokens[k].lemma_ in PLACE_NOUNS and tokens[k].lemma_ != "département"


def _portfolio_slot(doc: Doc, start: int) -> bool:
    """The name fills a minister's portfolio: "ministre des Outre-mer", "chargée des Sports"."""
    # token strings from the per-Doc lists: each Token property read decodes its string anew
    tokens, orths, lowers, _, poses = word_lists(doc)
    k = start - 1
    if k >= 0 and lowers[k] in ("la", "l'", "l’"):
        k -= 1
    if k < 1 or lowers[k] not in _PORTFOLIO_PREPOSITIONS:
        return False
    m = k - 2 if k > 1 and tokens[k - 1].is_lower and country_of_adjective(orths[k - 1]) else k - 1
    if lowers[k] in _PREPOSITIONS and lowers[m] in ("ministre", "ministres", "ministère", "chargé", "chargée"):
        return True  # not "la déléguée de la CGT"; "ministre kazakh des Mines"
    if lowers[k] in _PREPOSITIONS and k > 2 and lowers[k - 1] in ("et", ",") and tokens[k - 2].is_alpha:
        def in_name(t) -> bool:
            return t.is_title or t.is_lower and t.pos_ == "ADJ"
        # "ministre de l'Industrie et de la [Construction]", "ministre de l'Agriculture, de l'[Élevage] et
        # de la Pêche": the portfolio before "et" or the comma says it
        j = k - 2
        while j > 1 and in_name(tokens[j]) and in_name(tokens[j - 1]):
            j -= 1
        return tokens[j].is_title and (fold(span_text(doc, j, k - 1)) in roles.PORTFOLIOS or _portfolio_slot(doc, j))
    if lowers[k] not in ("à", "au", "aux"):
        return False  # "le commissaire de l'UA" is the organisation
    k -= 1
    while k > 0 and tokens[k].is_lower and poses[k] == "ADJ":
        k -= 1
    return lowers[k] in ("commissaire", "commissaires")  # "la commissaire européenne à l'Elargissement"


def _quoted_title(doc: Doc, start: int, end: int) -> bool:
    """« Terra Baixa »: a name that fills a pair of quotation marks is a work's title, unless a
    media noun introduces it (le quotidien « Le Parisien »)."""
    tokens = token_list(doc)
    k = start - 1
    if k >= 0 and lower_forms(doc)[k] in _DETS:
        k -= 1
    while k >= 0 and tokens[k].is_space:
        k -= 1
    j = end
    while j < len(doc) and tokens[j].is_space:
        j += 1
    if k < 0 or j >= len(doc) or tokens[k].text not in _OPEN_QUOTES or tokens[j].text not in _CLOSE_QUOTES:
        return False
    return k == 0 or tokens[k - 1].lemma_.lower() not in ORG_CONTEXT


def _place_noun_before(doc: Doc, k: int, nouns: frozenset = PLACE_CONTEXT) -> bool:
    """A place-context noun ending at token k, possibly qualified: "maire", "tribunal judiciaire",
    "procureur de la République", "cour d'appel"."""
    tokens = token_list(doc)
    for i in range(k, max(k - 5, -1), -1):
        tok = tokens[i]
        if tok.lemma_.lower() in nouns:
            return True
        if not (tok.pos_ in ("ADJ", "DET", "ADP") or tok.lower_ in ("république", "appel", "instance", "police", "commerce",
                                                             "assises", "justice")):
            return False
    return False


def _span_root(doc: Doc, start: int, end: int):
    """`doc[start:end].root`; a name of one word is its own root, read from `token_list` (a Doc slice builds a
    Span and the Tokens at both of its ends, several microseconds)."""
    return token_list(doc)[start] if end - start == 1 and 0 <= start else doc[start:end].root


def _place_use(doc: Doc, start: int, end: int) -> bool:
    """A capital used as a place ("à Jakarta") rather than for its government."""
    tokens = token_list(doc)
    if start < doc.user_data.get("wirestream_dateline", 0):
        return True  # "BANJUL - ": the dateline's place
    if start in doc.user_data.get("wirestream_seats", ()) or start + 1 in doc.user_data.get("wirestream_seats", ()):
        return True  # "la Cour permanente d'arbitrage de La Haye": the city where a body sits
    prev = tokens[start - 1] if start else None
    if prev is None:
        return False
    noun_end = start - 4 if start > 3 and tokens[start - 2].lower_ == "monde" and tokens[start - 3].lower_ == "du" else start - 2
    if prev.lower_ in ("de", "du", "d'", "d’") and (_place_noun_before(doc, noun_end, _SITED_NOUNS)
                                                  or _place_noun_before(doc, _name_run_before(doc, noun_end), _SITED_NOUNS)):
        return True  # "près de Kiev", "la maire de Paris", "au large de Dakar", "l'Institut Pasteur de Dakar",
        # "les championnats du monde de Budapest"
    root = _span_root(doc, start, end)
    if root.dep_ == "conj" and root.head.i < start:
        first = root.head
        while first.dep_ == "conj" and first.head.i < first.i:
            first = first.head
        if first.ent_type_ in ("LOC", "GPE") and not (country(first.text) or institutions_of_seat(first.text)) \
                and _place_use(doc, first.i, first.i + 1):
            return True  # "à Madrid, Rome et Lisbonne": the places of a list introduced as places
    k = start - 2 if prev.text == "," else start - 1
    if k >= 0 and _place_noun_before(doc, k, _CITY_NOUNS):
        return True  # "la capitale, Khartoum", "la capitale soudanaise Khartoum": the city named
    if _route_end(doc, start):
        return True  # "la ligne reliant Taipei à Kaohsiung", "les vols entre La Réunion et Paris"
    if prev.lower_ in ("à", "au", "aux") or prev.text == "A":  # "A Monrovia, le ministre...": "À" unaccented
        # "à Moscou" is a recipient after a transfer verb ("a valu à Moscou des sanctions")
        return root.head.lemma_ not in RECIPIENT_VERBS
    if prev.lower_ == "pour" and (root.head.lemma_ in _DEPARTURE_VERBS
                                  or any(tokens[k].lemma_ in _DEPARTURE_VERBS for k in range(max(start - 4, 0), start - 1))):
        return True  # "doit s'envoler mercredi pour Tokyo", "partira lundi pour Madrid": a destination
    return prev.lower_ in _LOCATIVE


# verbs whose object is a town as a place, a route's end: "reliant Taipei à Kaohsiung", "relier Paris et Helsinki"
# (not "quitter": a capital left still tells a state office its country, `test_roles_s7`)
_ROUTE_VERBS = frozenset({"relier", "desservir"})
# nouns of a route or a link whose "entre A et B" names its two ends: "les vols entre La Réunion et Paris", "les
# trains à haute fréquence entre Belfast et Dublin", "le gazoduc entre Alger et Madrid"
_ROUTE_NOUNS = frozenset({"ligne", "liaison", "vol", "train", "trajet", "route", "autoroute", "gazoduc", "oléoduc",
                          "pont", "navette", "connexion", "câble", "corridor", "itinéraire", "traversée"})


def _route_end(doc: Doc, start: int) -> bool:
    """A town named as an end of a route or a link: the object of a route verb, or one of the two ends of
    "entre A et B" after a route noun (read on the surface: the parser hangs the second end anywhere)."""
    _, orths, lowers, lemmas, _ = word_lists(doc)
    k = start - 1
    if k > 0 and lowers[k] in ("et", "à", "au"):  # the second end: step over the first one's name
        k -= 1
        while k > 0 and (orths[k][:1].isupper() or lowers[k] in ("la", "le", "l'", "l’")):
            k -= 1
    if k < 0:
        return False
    if lemmas[k].lower() in _ROUTE_VERBS:
        return True
    return lowers[k] == "entre" and any(lemmas[i].lower() in _ROUTE_NOUNS for i in range(max(k - 6, 0), k))


# nouns whose "de" complement names a city as the place where a thing is, sits or happens, beyond
# PLACE_CONTEXT: its surroundings ("au large de", "aux portes de", "à 30 km de"), a unit of it ("la
# province de"), a body or building sited there ("le siège de", "l'Institut Pasteur de", "la police de"), an
# event held there ("le tournoi de", "les championnats du monde de", "la rencontre de"), its clock ("heure de")
_SITED_NOUNS = PLACE_CONTEXT | frozenset({
    "large", "proximité", "autour", "porte", "cœur", "coeur", "sortie", "entrée", "ciel", "km", "kilomètre", "périmètre",
    "province", "district", "arrondissement", "commune", "département", "comté", "zone", "secteur", "axe", "route",
    "autoroute", "pont", "siège", "institut", "police", "école", "lycée", "collège", "clinique", "théâtre", "opéra",
    "cathédrale", "mosquée", "église", "synagogue", "zoo", "audience", "barreau", "marché", "hôtel", "usine", "base",
    "centre", "tournoi", "championnat", "jeux", "salon", "festival", "foire", "exposition", "biennale", "rencontre",
    "réunion", "attentat", "bataille", "massacre", "explosion", "incendie", "séisme", "émeute", "course", "rallye",
    "édition", "étape", "congrès", "heure", "population", "résident", "riverain", "gouverneur", "archevêque",
    "évêque", "imam", "rabbin"})


def _name_run_before(doc: Doc, k: int) -> int:
    """The token before the proper name, acronym or bracket that ends at token k, if any: "le stade [Prince
    Moulay Abdellah] de", "les centres hospitaliers (CHU) de"; k itself otherwise."""
    tokens = token_list(doc)
    j = k
    while j >= 0 and k - j < 6 and (tokens[j].is_title or tokens[j].is_upper or tokens[j].text in "()") \
            and not tokens[j].is_sent_start:
        j -= 1
    return j


# verbs of leaving whose "pour" names a destination: "partir pour Tokyo", "s'envoler pour Séoul"
_DEPARTURE_VERBS = frozenset({"partir", "envoler", "décoller", "embarquer", "repartir", "appareiller", "quitter"})


# nouns that a capital's name may follow in apposition, naming the city itself
_CITY_NOUNS = frozenset({"capitale", "ville", "métropole", "agglomération"})
# storms are named like places: "le cyclone Ilana", "l'ouragan Milton"
_STORM_NOUNS = frozenset({"cyclone", "ouragan", "typhon", "tempête", "tornade"})
# nouns of the press before a title that opens on its article: "le quotidien La Provence"
_MEDIA_NOUNS = frozenset({"journal", "quotidien", "hebdomadaire", "magazine", "mensuel", "radio", "chaîne", "revue"})
_CONTINENTS = frozenset({"afrique", "amerique", "asie", "europe", "oceanie"})
_SEA_NOUNS = frozenset({"mer", "océan", "golfe"})
# seas and vast regions named without their noun, whose parts take an adjective: "la Méditerranée centrale",
# "le Pacifique occidental", "le Sahel central"
_OPEN_REGIONS = frozenset({"mediterranee", "atlantique", "pacifique", "baltique", "adriatique", "arctique", "antarctique",
                           "sahel", "sahara", "caucase", "levant", "maghreb"})
_SEA_ADJECTIVES = frozenset({"oriental", "occidental", "septentrional", "méridional", "austral", "central"})
_REGION_ADJECTIVES = frozenset({"latine", "centrale", "orientale", "occidentale", "septentrionale", "méridionale",
                                "subsaharienne", "australe", "continentale"})
_PART_ADJECTIVES = _REGION_ADJECTIVES | _SEA_ADJECTIVES
_SAINT_PLACE = re.compile(r"^(?:Saint|Sainte|St|Ste)-[A-ZÉÈ]")
_FUNCTION_WORDS = frozenset({"de", "des", "du", "d", "la", "le", "l", "les", "et", "pour", "en", "à", "au", "aux"})
# words no name ends on: a name the NER stopped after one runs on ("coopération en [Europe]")
_CUT_WORDS = frozenset({"en", "pour", "et", "contre", "sur", "à", "au", "aux"})


def _initials(text: str) -> str:
    """"Union européenne" -> "UE", "Organisation du traité de l'Atlantique nord" -> "OTAN"; an accented initial
    is spelt plain, as short forms write it ("Commission électorale nationale autonome" -> "CENA")."""
    return "".join(_PLAIN_INITIAL.get(w[0], w[0]).upper() for w in re.findall(r"\w+", text) if w.lower() not in _FUNCTION_WORDS)


_PLAIN_INITIAL = {c: fold(c) for c in "ÉÈÊÀÂÎÔÛÇéèêàâîôûç"}


def _bracket_acronyms(doc: Doc, text: str, pieces: list[_Piece]) -> dict[str, _Piece]:
    """Short forms in brackets right after a multi-word name that is not a person's:
    "Association des Nations ... (ASEAN)", "(Otan)", "(Africa CDC)". A name the NER cut short
    is extended over the lower-case words before the bracket when the initials then match:
    "Comité national olympique [et sportif français] (CNOSF)", "La France [insoumise] (LFI)"."""
    # token strings from the per-Doc lists: each Token property read decodes its string anew
    lowers = lower_forms(doc)
    orths = orth_forms(doc)
    tokens = token_list(doc)
    acronyms: dict[str, _Piece] = {}
    brackets = {t.i for t in _tokens_at(doc, re.finditer(r"\(", text))}
    swallowed: set[int] = set()  # pieces inside a name the NER cut short: no mention of their own
    tails: list[_Piece] = []  # bodies named inside another's name, whose short form the bracket gives
    for p in pieces:
        if p.label == "PER" or not any(k in brackets for k in range(p.end, p.end + 12)):
            continue
        i = p.end
        while i < len(doc) and (orths[i] in _OPEN_SKIP or tokens[i].is_space):
            i += 1
        if p.end + 2 < len(doc) and orths[p.end] == "(" and orths[p.end + 2] == ")" and orths[p.end + 1] in _DEPARTEMENTS:
            continue  # "le centre hospitalier de Vierzon (Cher)": the town's département, no short form
        short = _bracketed_short_form(doc, i) if p.end - p.start > 1 else None
        if short is not None and (country(span_text(doc, p.start, p.end)) or any(orths[k] in _CLOSE_QUOTES for k in range(p.end, i))) \
                and not _spells(short, _initials(span_text(doc, p.start, p.end))):
            # "Mission ... au Soudan du Sud (MINUSS)": the bracket is not the country's;
            # « Les Jardins du nord » (Fayard): a work's publisher, not its short form
            short = None
        if short is not None and not _spells(short, _initials(span_text(doc, p.start, p.end))) \
                and (tail := _complement_body(doc, p, short)) is not None:
            tails.append(tail)  # "Conseil de l'Autorité internationale des fonds marins (AIFM)": the complement's
            acronyms.setdefault(short, tail)
            continue
        if short is None:
            j = p.end
            cut = p.end < len(doc) and lowers[p.end - 1] in _CUT_WORDS  # "... et la coopération en [Europe] (OSCE)"
            while j < len(doc) and j - p.end < 11 and (_name_word(tokens[j]) and (tokens[j].is_lower or (j > p.end or cut) and orths[j][:1].isupper())
                                                      or orths[j] == "," and j + 1 < len(doc) and lowers[j + 1] in _PREPOSITIONS):
                j += 1  # "Bureau intégré des Nations unies [en Haïti] (BINUH)": the initials decide
                # "Université des sciences[, des techniques et des technologies de Bamako] (USTTB)": an enumeration
            # a one-word name: only its own initials ("Les Républicains (LR)" found as "Républicains")
            short = _bracketed_short_form(doc, j) if j > p.end else _bracketed_short_form(doc, i)
            initials = {_initials(span_text(doc, p.start, j))}
            if p.start > 0 and lowers[p.start - 1] in _DETS and tokens[p.start - 1].is_title:
                initials.add(orths[p.start - 1][0] + _initials(span_text(doc, p.start, j)))  # "La", "Les"
            if short is not None and not any(_spells(short, i) for i in initials) and j > p.end + 1 \
                    and lowers[p.end] in _PREPOSITIONS and orths[j - 1][:1].isupper() \
                    and _spells(short, _initials(span_text(doc, p.start, p.end))):
                initials.add(short.upper())  # "Agence régionale de santé [des Pays de la Loire] (ARS)": its place
            if short is not None and not any(_spells(short, i) for i in initials) \
                    and _foreign_complement(doc, p, j, short):
                p.end, p.label = j, "ORG"  # "Office ... des Nations unies [en Guinée et au Liberia] (UNOSGL)"
                acronyms.setdefault(short, p)
                continue
            if short is None or not any(_spells(short, i) for i in initials):
                short = _foreign_short_form(doc, p) or _contracted_short_form(doc, p, i) or _loose_short_form(doc, p, i)
                if short is None and j > p.end and (short := _contracted_short_form(doc, p, j, j)) is not None:
                    p.end = j  # "Organisation des pays exportateurs de pétrole [et de leurs alliés] (Opep+)"
                if short is not None:
                    acronyms.setdefault(short, p)
                    if p.label == "MISC" and tokens[p.start].is_title and lowers[p.start] not in _AGREEMENT_NOUNS | {"convention", "loi"}:
                        p.label = "ORG"  # "Mission ... en RDC (Monusco)": a body known by its short form, as below
                continue
            if cut:
                swallowed.update(q.start for q in pieces if q is not p and p.end <= q.start and q.end <= j)
            p.end = j
        acronyms.setdefault(short, p)
        if p.label == "MISC" and tokens[p.start].is_title and lowers[p.start] not in _AGREEMENT_NOUNS | {"convention", "loi"}:
            # "la Force intérimaire des Nations unies au Liban (Finul)", "la Plateforme d'intervention ... (Piroi)": a
            # body known by its short form (not a treaty's: "le Traité sur la non-prolifération (TNP)")
            p.label = "ORG"
    if swallowed:
        pieces[:] = [q for q in pieces if q.start not in swallowed]
    if tails:
        pieces.extend(tails)
        pieces.sort(key=lambda q: q.start)
    return acronyms


def _complement_body(doc: Doc, p: _Piece, short: str) -> _Piece | None:
    """"Commission de l'Union africaine (UA)", "Conseil des gouverneurs de l'Agence internationale de l'énergie
    atomique (AIEA)": a bracket that spells not the whole name but the body named after its "de" is that
    body's short form; the body is an entity of its own inside the name (the whole keeps its own mention)."""
    lowers, orths = lower_forms(doc), orth_forms(doc)
    for k in range(p.start + 2, p.end - 1):
        if orths[k][:1].isupper() and (lowers[k - 1] in _PREPOSITIONS or lowers[k - 1] in _DETS and lowers[k - 2] == "de") \
                and _spells(short, _initials(span_text(doc, k, p.end))):
            return _Piece(k, p.end, k, "ORG")
    return None


_CONTRACTED = re.compile(r"[A-Z][A-Za-z]{2,9}\+?")  # also "(Opep+)" after "... de pétrole et de leurs alliés"


def _contracted_short_form(doc: Doc, p: _Piece, i: int, end: int | None = None) -> str | None:
    """"Association française des victimes du terrorisme (AfVT)", "Syndicat national des entreprises
    artistiques et culturelles (Syndeac)", "Ghana Cocoa Board (Cocobod)": an organisation's name (two
    words or more) with a one-word short form in brackets right after it, made of syllables of its
    words rather than their initials. Its letters come in order from the name's words, it opens on one
    word's initial and holds at least two initials (half of them when the name is long)."""
    if p.label != "ORG" or p.end - p.start < 2 or i + 2 >= len(doc) or doc[i].text != "(" or doc[i + 2].text != ")":
        return None
    short = doc[i + 1].text
    if not _CONTRACTED.fullmatch(short) or _ACRONYM.match(short) or country(short) or country_of_capital(short):
        return None
    words = [fold(w) for w in re.findall(r"\w+", span_text(doc, p.start, end or p.end)) if w.lower() not in _FUNCTION_WORDS]
    low = fold(short).rstrip("+")
    if len(words) < 2 or low[0] not in {w[0] for w in words}:
        return None
    letters = iter("".join(words))
    if not all(c in letters for c in low):
        return None
    initials, at = 0, 0
    for w in words:  # the words' initials found in order in the short form, skipping those it leaves out
        k = low.find(w[0], at)
        if k >= 0:
            initials, at = initials + 1, k + 1
    return short if initials >= max(2, (len(words) + 1) // 2) else None


def _foreign_complement(doc: Doc, p: _Piece, j: int, short: str) -> bool:
    """"Office de soutien des Nations unies [en Guinée et au Liberia] (UNOSGL)": a
    body's formal name (an organisation head and at least two more words) the NER stopped before a
    complement that names places, then a short form of another language whose letters are all among
    the initials of the whole name though not in their order."""
    if j <= p.end + 1 or p.end - p.start < 3 or fold(doc[p.start].text) not in _FOLDED_ORG_HEADS | _MISSION_HEADS \
            or not doc[p.start].is_title or doc[p.end].lower_ not in _PLACE_OPENERS or not _ACRONYM.match(short) \
            or len(short) < 4 or not any(doc[k].text[:1].isupper() for k in range(p.end + 1, j)):
        return False
    letters = set(_initials(span_text(doc, p.start, j)))
    return short[0] in letters and all(c in letters for c in short.replace("-", ""))


_MIXED_SHORT = re.compile(r"^[A-Z](?=(?:.*[A-Z]){1,})[A-Za-z&-]{1,7}$")  # "AfD", "BoJ", "FdI", "PiS", "N-VA", "SNS"
_WORD_SHORT = re.compile(r"[A-Z][a-z]{3,7}")  # "Caricom"


def _loose_short_form(doc: Doc, p: _Piece, i: int) -> str | None:
    """"Alternative pour l'Allemagne (AfD)", "Banque du Japon (BoJ)", "Parti progressiste serbe (SNS, au
    pouvoir)", "Parti populaire pour la liberté et la démocratie (VVD, libéral)": a body's name (two words or
    more) with a short form in brackets right after it, spelt in the body's own language (no initials of the
    French name), alone or followed by a lower-case gloss. Not a short form that the lexicon gives to another
    body ("la mairie de Paris (PS)"), a country's, a town's or a news agency's."""
    orths = orth_forms(doc)
    if p.end - p.start < 2 or i + 2 >= len(doc) or orths[i] != "(" \
            or p.label != "ORG" and not (p.label == "LOC" and fold(orths[p.start]) in _FOLDED_ORG_HEADS):
        return None  # "la Communauté caribéenne" tagged as a place: its head says what it is
    short = orths[i + 1]
    words = [fold(w) for w in _WORDS.findall(span_text(doc, p.start, p.end)) if w.lower() not in _FUNCTION_WORDS]
    if not _MIXED_SHORT.match(short) and not (_WORD_SHORT.fullmatch(short) and fold(short[:2]) in {w[:2] for w in words}):
        return None  # a short form written as a word opens on a word of the name: "(Caricom)"
    if short in _AGENCIES or country(short) or country_of_capital(short) or countries_of_town(short):
        return None
    if orths[i + 2] == ",":  # "(SNS, au pouvoir)": only lower-case words before the bracket closes
        close = next((k for k in range(i + 3, min(i + 8, len(doc))) if orths[k] == ")"), None)
        if close is None or close == i + 3 or not all(orths[k].islower() for k in range(i + 3, close)):
            return None
    elif orths[i + 2] != ")":
        return None
    family = same_organisation(short)
    if family and fold(span_text(doc, p.start, p.end)) not in family:
        return None
    return short


# words that open a complement naming where a body serves: "en Guinée et au Liberia", "au Liban"
_PLACE_OPENERS = frozenset({"dans", "en", "au", "aux", "pour"})


def _name_word(tok) -> bool:
    """A word a body's name may run over: "pour l'indépendance de la Guinée et du Cap-Vert"."""
    return tok.is_alpha or tok.lower_ in ("l'", "l’", "d'", "d’") or tok.text.replace("-", "").isalpha()


def _foreign_short_form(doc: Doc, p: _Piece) -> str | None:
    """"Bureau de la coordination des affaires humanitaires de l'ONU (Ocha)", "Organisation des Nations
    unies pour l'alimentation et l'agriculture (FAO)": a body's formal name (an organisation head and at
    least two more words) with a one-word short form in brackets right after it, or after its parent's
    short form ("de l'ONU"), that spells another language's name."""
    # token strings from the per-Doc lists: each Token property read decodes its string anew
    lowers = lower_forms(doc)
    orths = orth_forms(doc)
    tokens = token_list(doc)
    if p.label == "ORG" and p.end - p.start == 1 and tokens[p.start].is_title and fold(orths[p.start]) in _FOLDED_ORG_HEADS:
        return _head_short_form(doc, p)
    if p.label not in ("ORG", "MISC") or p.end - p.start < 3 or fold(orths[p.start]) not in _FOLDED_ORG_HEADS | _MISSION_HEADS \
            or p.label == "MISC" and fold(orths[p.start]) not in _MISSION_HEADS:
        return None
    i = p.end
    if lowers[i - 1] in ("au", "en", "aux") and fold(orths[p.start]) in _MISSION_HEADS:
        i -= 1  # "Mission ... pour la stabilisation [en] RDC (Monusco)": the NER's span took the preposition
    if i + 2 < len(doc) and lowers[i] in _PREPOSITIONS and lowers[i + 1] in _DETS and _ACRONYM.match(orths[i + 2]):
        i += 3
    elif i + 1 < len(doc) and lowers[i] in ("du", "des") and _ACRONYM.match(orths[i + 1]):
        i += 2
    elif i + 2 < len(doc) and lowers[i] in ("au", "en", "aux") and (tokens[i + 1].ent_type_ == "LOC" and tokens[i + 1].ent_iob_ == "B"
                                                                   or country(orths[i + 1]) or _ACRONYM.match(orths[i + 1])):  # "en RDC" the NER left out
        k = i + 2  # "la Force de l'Otan au Kosovo (Kfor)": a mission's name closes on the place it serves
        while k < len(doc) and tokens[k].ent_iob_ == "I":
            k += 1
        if k + 2 < len(doc) and orths[k] == "(" and orths[k + 2] == ")":
            p.end = min(p.end, i)
            p.name_end, p.label, i = k, "ORG", k
    if i + 2 >= len(doc) or orths[i] != "(" or orths[i + 2] != ")":
        return None
    short = orths[i + 1]
    mission = fold(orths[p.start]) in _MISSION_HEADS and re.fullmatch(r"[A-Z][a-z]{2,8}", short)  # "(Minusca)"
    if not (_ACRONYM.match(short) or _SHORT.match(short) or mission) or country(short) or country_of_capital(short):
        return None
    return short


# forces and missions, known by a short form that may be of another language ("Kfor", "Finul", "Minusca")
_MISSION_HEADS = frozenset({"force", "forces", "mission"})


def _head_short_form(doc: Doc, p: _Piece) -> str | None:
    """"Mouvement [vers le socialisme] (MAS)": a body's head word the NER took alone, the lower-case
    words after it, and a short form in another language that starts with the head's letter."""
    tokens = token_list(doc)
    j = p.end
    while j < len(doc) and j - p.end < 6 and tokens[j].is_lower and tokens[j].is_alpha:
        j += 1
    short = _bracketed_short_form(doc, j) if j > p.end + 1 else None
    if short is None or not _ACRONYM.match(short) or short[0] != tokens[p.start].text[0].upper():
        return None
    p.end = j
    return short


def _spells(short: str, initials: str) -> bool:
    """The short form is the initials, or them with one more letter ("MINUSS" for "Mission des
    Nations unies au Soudan du Sud": M-N-U-S-S) or, when long, one fewer."""
    short = short.upper()
    if short == initials:
        return True
    if len(initials) == len(short) + 1 and len(short) >= 5 and short[0] == initials[0]:
        # one word skipped in a long name: "Office central de lutte contre la corruption et les
        # infractions financières et fiscales (OCLCIFF)" has no C for "contre"
        it = iter(initials)
        return all(c in it for c in short)
    if len(short) != len(initials) + 1 or len(initials) < 3:
        return False
    it = iter(short)
    return all(c in it for c in initials)


def _bracketed_short_form(doc: Doc, i: int) -> str | None:
    """"(OMS)", "(Otan)", "(Africa CDC)" starting at token i; None when there is none."""
    tokens = token_list(doc)
    if i >= len(doc) or tokens[i].text != "(":
        return None
    close = next((k for k in range(i + 2, min(i + 5, len(doc))) if tokens[k].text == ")"), None)
    if close is None:
        return None
    words = [t.text for t in token_list(doc)[i + 1:close]]
    if len(words) == 1 and (_ACRONYM.match(words[0]) or _SHORT.match(words[0])):
        return words[0]
    if len(words) > 1 and all(w[:1].isupper() for w in words) and any(_ACRONYM.match(w) for w in words):
        return span_text(doc, i + 1, close)
    if _ELIDED_ACRONYM.match(span_text(doc, i + 1, close)):
        return span_text(doc, i + 1, close)  # "Forces armées d'Haïti (FAd'H)"
    return None


def _affiliations(doc: Doc, pieces: list[_Piece], short_forms: set[str]) -> list[_Piece]:
    """"Jonas Vingegaard (Visma-Lease a Bike)", "Florian Dumont (Lens)": a bracket right after a
    person's name holds the team, club or party, an organisation even where the NER saw a place;
    the whole bracket is its name. Countries ("(Slovénie)") and short forms of the article stay."""
    tokens = token_list(doc)
    starts = {p.start: p for p in pieces}
    added = []
    for p in pieces:
        if p.label != "PER":
            continue
        i = p.end
        while i < len(doc) and tokens[i].is_space:
            i += 1
        if i >= len(doc) or tokens[i].text != "(":
            continue
        close = next((k for k in range(i + 2, min(i + 8, len(doc))) if tokens[k].text == ")"), None)
        first = starts.get(i + 1)
        if close is None or first is None or first.end > close or first.label == "PER" and close - i > 2:
            continue  # "(Renaissance)" tagged PER is still the party; "(Paul Morel)" is a person
        inner = doc[i + 1:close]
        if any(t.text in (",", ";", "(") for t in inner) or inner.text in short_forms \
                or country(inner.text) or country_of_capital(inner.text) or country_of_adjective(inner.text):
            continue
        added.append(_Piece(i + 1, close, i + 1, "ORG", sure=True))
    if not added:
        return pieces
    inside = {k for a in added for k in range(a.start, a.end)}
    return [p for p in pieces if p.start not in inside] + added


# verbs whose object takes a "de" complement of its own: "taxer X d'aveuglement", "accuser X de fraude"
_CHARGING_VERBS = _REASON_VERBS | {"taxer", "soupçonner", "qualifier", "traiter", "menacer", "priver", "informer"}
_TAIL_PREPOSITIONS = frozenset({"de", "du", "des", "d'", "d’", "aux"})  # not "au" ("la Commission au sujet de")
# nouns of a complement that is no part of a name: a time ("l'Assemblée mondiale de la santé [de mai]", "le Conseil
# européen [de la fin] juin") or a title ("l'armée soudanaise [du général] X")
_TIME_NOUNS = frozenset({"fin", "début", "mi", "milieu", "semaine", "mois", "année", "an", "jour", "soir", "matin",
                         "veille", "lendemain", "date", "période"})


def _complement_tails(doc: Doc, pieces: list[_Piece]) -> None:
    """"l'Assemblée mondiale [de la santé]", "le Centre de médecine [d'urgence]", "le ministère de la Gestion [des
    catastrophes]", "le Haut-Commissariat de l'ONU [aux droits de l'homme]": a body's name (opening on an
    organisation head) the NER stopped before a complement of lower-case nouns and adjectives, which the parse
    hangs on the name. Also a complement coordinated with one inside the name: "l'Institut ... de
    l'environnement [et des ressources naturelles renouvelables]"."""
    lowers = lower_forms(doc)
    poses = pos_forms(doc)
    tokens = token_list(doc)
    n = len(doc)
    for p in pieces:
        if p.label == "ORG" and p.end < n and lowers[p.end] == "pour" and p.name_end is None \
                and fold(tokens[p.name_start].text) in _FOLDED_ORG_HEADS:
            p.end = _purpose_end(doc, p.name_start, p.end)  # "le Centre de coordination de l'ASEAN [pour l'assistance
            continue  # humanitaire]": a name joined from two NER pieces, then its purpose
        if p.label != "ORG" or p.end >= n or lowers[p.end] not in _TAIL_PREPOSITIONS | {"et"} \
                or fold(tokens[p.name_start].text) not in _FOLDED_ORG_HEADS or p.name_end is not None \
                or p.start > 1 and "par" in lowers[p.start - 2:p.start] \
                or tokens[p.name_start].dep_ == "obj" and tokens[p.name_start].head.lemma_ in _CHARGING_VERBS:
            continue  # "l'adoption par le Parlement européen du texte", "taxer la Banque mondiale d'aveuglement":
            # the complement is the action's
        inner = any(lowers[k] in _TAIL_PREPOSITIONS for k in range(p.name_start + 1, p.end))
        j = p.end
        while j < n:
            k = j + (lowers[j] == "et" and inner and tokens[j - 1].is_lower)  # not after a proper name: "le Syndicat des
            # vignerons de l'Aude et de la chambre d'agriculture" are two bodies
            if k >= n or lowers[k] not in _TAIL_PREPOSITIONS:
                break
            k += 1
            if k < n and lowers[k] in _DETS:
                k += 1
            if k >= n or not tokens[k].is_lower or poses[k] != "NOUN" or not p.start <= tokens[k].head.i < k \
                    or lowers[k] in _TIME_NOUNS or lowers[k] in _CALENDAR_WORDS or lowers[k] in roles.TITLES \
                    or k + 1 < n and tokens[k + 1].is_title:
                break  # (a noun before a capitalised word is a title: "du général Abdel ...")
            k += 1
            while k < n and tokens[k].is_lower and poses[k] == "ADJ" \
                    or k + 1 < n and lowers[k] == "et" and poses[k - 1] == "ADJ" and tokens[k + 1].is_lower and poses[k + 1] == "ADJ":
                k += 1  # also "d'études politiques et stratégiques"
            j = k
        if j > p.end:
            p.end = _purpose_end(doc, p.name_start, j)  # "le Fonds central [d'intervention pour les urgences humanitaires]"


def _complete(doc: Doc, pieces: list[_Piece]) -> None:
    """A mention the NER cut short of a longer name of the article is extended to it: "la Srpska
    [Lista], principal parti" beside "Srpska Lista"; its context is read again for the label."""
    tokens = token_list(doc)
    lowers = lower_forms(doc)  # (slices of the per-Doc list: a Doc slice builds a Span and its Tokens)
    for p, q in zip(pieces, pieces[1:]):
        # "le mouvement autonomiste [Corsica] [Libera]": a name after an organisation noun split in two
        if p.label == "ORG" and p.sure and q.start == p.end and q.kind == "name" and tokens[q.start].is_title \
                and q.label != "ORG" and q.end - q.start == 1 and tokens[p.end - 1].whitespace_ \
                and not (p.start and tokens[p.start - 1].lemma_.lower() in _MEMBER_NOUNS):
            p.end, q.start, q.end = q.end, -1, -1
    pieces[:] = [p for p in pieces if p.start >= 0]
    longer: dict[str, list[tuple[str, ...]]] = {}
    phrases = set()  # "le collectif Bassines non merci": a sure name that closes on lower-case words
    for p in pieces:
        if p.end - p.name_start > 1 and p.label != "PER":
            words = tuple(lowers[p.name_start:p.end])
            longer.setdefault(words[0], []).append(words)
            if p.sure and p.label == "ORG" and tokens[p.name_start].is_title and tokens[p.end - 1].is_lower:
                phrases.add(words)
    if not longer:
        return
    starts = {p.start for p in pieces}
    for p in pieces:
        if p.label == "PER" or tokens[p.name_start].lower_ not in longer:
            continue
        words = tuple(lowers[p.name_start:p.end])
        for name in sorted(longer[tokens[p.name_start].lower_], key=len, reverse=True):
            end = p.name_start + len(name)
            if len(name) > len(words) and name[:len(words)] == words and end <= len(doc) \
                    and tuple(lowers[p.end:end]) == name[len(words):] \
                    and (tokens[end - 1].is_title or p.label == "LOC" and tokens[end - 1].pos_ == "ADJ" or name in phrases) \
                    and not any(k in starts for k in range(p.end, end)):  # also "l'Asie [centrale]"
                p.end = end
                if _org_apposition(doc, p.name_start, end, p.label):
                    p.label, p.sure = "ORG", True
                break


# articles and prepositions that close no name: "[ministère de l'Emploi et de la] Formation"
_OPEN_NAME_ENDS = frozenset({"de", "du", "des", "la", "le", "les", "en", "pour", "sur", "au", "aux"})


def _elided_joins(doc: Doc, pieces: list[_Piece]) -> list[_Piece]:
    """"[La Force de l'][Otan] au Kosovo", "l'[Observatoire pour la sécurité en] Afrique": a name the NER
    closed on an article or preposition, which closes no name, runs on over the name right after it,
    or over the capitalised words and their adjectives there ("[... et de la] Recherche scientifique")."""
    tokens = token_list(doc)
    starts = {p.start: p for p in pieces}
    dropped = set()
    for p in pieces:
        last = tokens[p.end - 1]
        if p.start in dropped or p.end - p.start < 2 or p.label == "PER" or p.end >= len(doc) \
                or not (last.lower_ in ("l'", "l’", "d'", "d’") and not last.whitespace_
                        or last.lower_ in _OPEN_NAME_ENDS and last.is_lower):
            continue
        q = starts.get(p.end)
        if q is not None and q.kind == "name":
            p.end = q.end
            p.label = q.label if p.label == "MISC" and q.label == "ORG" else p.label
            dropped.add(q.start)
        elif q is None and tokens[p.end].is_title and tokens[p.end].is_alpha:
            k = p.end + 1
            while k < len(doc) and k not in starts and tokens[k].is_title and tokens[k].is_alpha:
                k += 1
            while k < len(doc) and k not in starts and tokens[k].is_lower and tokens[k].pos_ == "ADJ":
                k += 1
            p.end = k
    return [p for p in pieces if p.start not in dropped] if dropped else pieces


# capitalised grammatical words that cannot close a name: "UFC-Que Choisir" goes on past "Que"
_OPEN_NAME_WORDS = frozenset({"que", "qui", "de", "du", "des", "la", "le", "les", "et", "en", "au", "aux", "sur", "pour"})


def _hyphen_continuations(doc: Doc, pieces: list[_Piece]) -> list[_Piece]:
    """"stade Bollaert[-Delelis]", "quai Branly[-Jacques Chirac]", "Gaz[-System]": a name glued by a
    hyphen to the capitalised words after it runs on; a name the NER found there joins it. Where the
    glued word is a capitalised grammatical word ("X-Que Choisir"), the name goes on over the
    capitalised word after it. (Run again once the context rules have added their names.)"""
    tokens = token_list(doc)
    starts = {p.start: p for p in pieces}
    dropped = set()
    for p in pieces:
        if p.start in dropped or p.label == "PER":
            continue
        glued = False
        while p.end + 1 < len(doc) and tokens[p.end].text == "-" and not tokens[p.end - 1].whitespace_ \
                and not tokens[p.end].whitespace_ and tokens[p.end + 1].is_title:
            glued = True
            q = starts.get(p.end + 1)
            if q is not None and q is not p:
                dropped.add(q.start)
                p.end = q.end
            else:
                p.end += 2
        if glued and p.end < len(doc) and tokens[p.end - 1].lower_ in _OPEN_NAME_WORDS and tokens[p.end - 1].whitespace_ \
                and tokens[p.end].is_title and tokens[p.end].is_alpha:
            q = starts.get(p.end)
            if q is not None and q is not p:
                dropped.add(q.start)
                p.end = q.end
            else:
                p.end += 1
    return [p for p in pieces if p.start not in dropped] if dropped else pieces


# the particle of an Arabic or Saharan family name, written "al-Assad", "ould-Abdallah"
_FAMILY_PARTICLES = frozenset({"al", "el", "ben", "bin", "ibn", "ould", "ag"})
# first words of Arabic place names (well, cape, house, hill, mount, valley…): "Ras al-Khaïma" is a place
_ARABIC_PLACE_PREFIXES = frozenset({"deir", "dir", "ras", "charm", "sharm", "beit", "bayt", "jabal", "djebel", "jebel", "wadi", "oued",
                                    "bir", "tell", "tel", "tall", "khan", "kafr", "kfar", "bab", "ain", "ein", "hassi", "oum",
                                    "umm", "marsa", "qasr", "ksar", "mina", "madinat", "hay", "jisr", "sidi", "dar", "borj", "bordj",
                                    "qalaat", "nahr", "bani", "beni", "souk", "zaouiet", "mont", "golfe", "cap"})
_PLACE_PREPOSITIONS = frozenset({"à", "dans", "vers", "depuis", "en", "près"})
# participles that place a body ("basée à", "installé en"): never the last word of a name
_SEATED_PARTICIPLES = frozenset({"baser", "basé", "installer", "installé", "situer", "situé", "implanter", "implanté",
                                 "domicilier", "domicilié", "établir", "établi", "siéger", "localiser", "localisé"})
# days and months, capitalised by mistake or at a heading: "le ministre X Jeudi" names no one
_CALENDAR_WORDS = frozenset({"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "janvier", "février",
                             "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
                             "décembre"})
_FUNCTION_POS = frozenset({"ADP", "DET", "CCONJ", "SCONJ", "PRON", "AUX", "VERB", "PUNCT", "NUM"})


def _split_people(doc: Doc, pieces: list[_Piece]) -> None:
    """"la ministre danoise [Mette] [Frederiksen]", "le ministre géorgien [Irakli] Kobakhidze": after a
    title, a foreign person's name the NER split in two or cut short of a word. The one-word name is
    taken with the capitalised word glued to it outside any name (or found as a one-word person of its
    own: "[Irakli] [X]"), where that word closes the name (no capitalised word after it) and is no
    place; the title before the two words says it is a person."""
    tokens = token_list(doc)
    covered = {i for p in pieces for i in range(p.start, p.end)}
    starts = {p.start: p for p in pieces}
    n = len(doc)
    dropped = set()

    def free(i: int) -> bool:
        t = tokens[i]  # (the parser may open a sentence on the split surname: no sentence test)
        return i not in covered and t.is_title and t.is_alpha and len(t) > 1 \
            and not _honorific(t) and not (country(t.text) or country_of_capital(t.text) or country_of_adjective(t.text)) \
            and t.lower_ not in _CALENDAR_WORDS

    for p in pieces:
        if p.label != "PER" or p.kind != "name" or p.end - p.name_start != 1 or p.start in dropped:
            continue
        a, z = p.name_start, p.end
        q = starts.get(z)
        if a == p.start and a > 1 and tokens[a - 1].whitespace_ and free(a - 1) and tokens[a - 2].is_lower \
                and tokens[a - 2].is_alpha and tokens[a - 2].pos_ not in _FUNCTION_POS:
            a -= 1  # the given name before the surname ("danoise" may be tagged a proper noun)
        elif z + 1 < n and tokens[z - 1].whitespace_ and (free(z) or q is not None and q.label == "PER" and q.end - q.start == 1
                                                           and tokens[z].is_title) \
                and not tokens[z + 1].text[:1].isupper():
            z += 1  # the surname after the given name, outside any name or a one-word person of its own
        else:
            continue
        if roles.title_before(doc, a, {})[0] is not None:
            p.start = p.name_start = a
            p.end = z
            covered.update(range(a, z))
            if q is not None and q.start < z:
                dropped.add(q.start)
    if dropped:
        pieces[:] = [p for p in pieces if p.start not in dropped]


def _qualified_acronyms(doc: Doc, pieces: list[_Piece]) -> None:
    """"la [CGSLB] libérale", "le [PKK] kurde": a short form the NER ran over the lower-case adjectives
    after it names the body alone; the adjectives qualify it (its leaning, its country)."""
    tokens = token_list(doc)
    for p in pieces:
        if p.end - p.name_start > 1 and _ACRONYM.match(tokens[p.name_start].text) \
                and all(t.is_lower and t.pos_ == "ADJ" for t in tokens[p.name_start + 1:p.end]):
            p.end = p.name_start + 1


def _glued_first_words(doc: Doc, pieces: list[_Piece]) -> None:
    """"le gouvernement [De] [Xander]", "la société [Vlaamse] [Energie Maatschappij]", "Le [Kölner]
    [Stadt Bund] a ...": a capitalised word the NER left out right before a name opens it, where a
    lower-case word or a sentence's first article stands before it (not after "de l'", "la": "de
    l'Intérieur X" is a portfolio), no title (the word is then a party's: "le député Horizons X") and
    it is no nationality, country, title or honorific."""
    tokens = token_list(doc)
    covered = {i for p in pieces for i in range(p.start, p.end)}
    for p in pieces:
        a = p.start
        if p.kind != "name" or p.name_start != a or a < 2 or a - 1 in covered or not tokens[a - 1].whitespace_:
            continue
        t, before = tokens[a - 1], tokens[a - 2]
        if not (t.is_title and t.is_alpha and len(t) > 1) or t.lower_ in _DETS or t.lower_ in _CALENDAR_WORDS or _honorific(t) \
                or country(t.text) or country_of_capital(t.text) or country_of_adjective(t.text) \
                or fold(t.text) in roles.TITLES or t.lower_ in roles.TITLES:
            continue
        opening = before.lower_ in _DETS and before.is_title and (a - 2 == 0 or tokens[a - 3].is_space)
        if not (before.is_lower and before.is_alpha and before.pos_ not in _FUNCTION_POS or opening):
            continue
        if p.label == "PER" and (_known_first_name(tokens[a].text) or p.end - a > 1 and not opening) \
                or roles.title_before(doc, a - 1, {})[0] is not None:
            continue  # "le député Horizons Marc X", "la coalition Y Marc X": a party's name, then the person
        p.start = p.name_start = a - 1
        covered.add(a - 1)


_GLUE_LINKS = frozenset({"au", "aux", "du", "des", "de", "la", "l'", "l’"})


def _glued_person_heads(doc: Doc, pieces: list[_Piece]) -> None:
    """"le secrétaire au [Commerce Gina Raimondo]", "a déclaré à l'[AFP Ruhul] [Kabir Rizvi]": the NER glues
    the word of a portfolio, a département or region, or an acronym's last word to the person's name after it.
    A person of three words or more opening on such a word after "au", "de la", "l'"... loses it (also a place or
    body when the next word is a known first name, not for an acronym: "à bord du BRP Juan Luna"); an acronym
    and one capitalised word glued to a person right after it give that word to the person."""
    tokens = token_list(doc)
    starts = {p.start: p for p in pieces}
    added = []
    for p in pieces:
        a = p.start
        if p.kind != "name" or p.name_start != a or a < 1 or tokens[a - 1].lower_ not in _GLUE_LINKS:
            continue
        word = tokens[a].text
        k = a + 1
        while k < p.end and not tokens[k - 1].whitespace_:
            k += 1  # the first word with its hyphens: "Alpes-Maritimes" is three tokens
        head = span_text(doc, a, k)
        if p.end - k >= 2 and tokens[k].is_title and tokens[k + 1].is_title \
                and (p.label == "PER" and _ACRONYM.match(head) or (p.label == "PER" or _known_first_name(tokens[k].text))
                     and (fold(head) in roles.PORTFOLIOS or head in _DEPARTEMENTS or fold(head) in _FRENCH_REGIONS)):
            if head in _DEPARTEMENTS or fold(head) in _FRENCH_REGIONS:
                added.append(_Piece(a, k, a, "LOC"))  # the constituency stays a place
            p.start = p.name_start = k  # "au [Commerce] Gina Raimondo", "des [Alpes-Maritimes] Julien X"
            p.label = "PER"
            continue
        q = starts.get(p.end)
        if p.label != "PER" and p.end - a == 2 and _ACRONYM.match(word) and tokens[a + 1].is_title \
                and tokens[a + 1].whitespace_ and q is not None and q.label == "PER" and q.kind == "name" \
                and q.name_start == q.start:
            p.end = a + 1  # "l'[AFP] Ruhul Kabir Rizvi"
            q.start = q.name_start = a + 1
    if added:
        pieces[:] = sorted(pieces + added, key=lambda p: p.start)


# the relation lexicon, read once here for the few lists the entity stage shares with the relation stage
_RELATION_LEXICON = json.loads((LEXICONS / "relations.json").read_text(encoding="utf-8"))
# a player's post (relations.json sports_positions): "l'ailier des [Charlotte Hornets Malik Drayton]"
_PLAYER_POSTS = frozenset(fold(w) for w in _RELATION_LEXICON["sports_positions"])


def _players_glued_to_teams(doc: Doc, pieces: list[_Piece]) -> None:
    """"l'ailier des [Charlotte Hornets Malik Drayton]", "le défenseur du [Wydad Yahya Bennani]", "le centre des
    [Baltimore] [Ravens Tyler Lindqvist]": after a player's post and "de", the NER runs the team's name into the
    player's. A name of three words or more (or one right after another name, "[Bruins] de [Boston X Y]") whose
    last two or three open on a known first name, or whose last word names a person alone elsewhere in the story
    ("M. Lindqvist", "Brandt"), is cut there: the team (ORG) before, the person after."""
    tokens = token_list(doc)
    added = []
    surnames = {tokens[q.name_start].text for q in pieces if q.label == "PER" and q.end - q.name_start == 1}
    ends = {q.end: q for q in pieces}
    for p in pieces:
        a = p.start
        if p.kind != "name" or p.name_start != a or p.end - a < 2 or a < 2:
            continue
        team = ends.get(a) or (ends.get(a - 1) if tokens[a - 1].lower_ == "de" else None)
        t = team.start if team is not None and team.kind == "name" and team.label != "PER" else a
        if t < 2 or tokens[t - 1].lower_ not in ("du", "des", "de", "d'", "d’", "la", "l'", "l’") \
                or t == a and p.end - a < 3:
            continue
        post = t - 2 - (tokens[t - 1].lower_ in ("la", "l'", "l’") and tokens[t - 2].lower_ in ("de", "d'", "d’"))
        if post < 0 or not tokens[post].is_lower or fold(tokens[post].text) not in _PLAYER_POSTS:
            continue
        cut = next((k for k in range(max(a + (t == a), p.end - 3), p.end - 1) if all(x.is_title for x in tokens[k:p.end])
                    and (_known_first_name(tokens[k].text) or k == p.end - 2 and tokens[k + 1].text in surnames)), None)
        if cut is None or not tokens[cut - 1].whitespace_:
            continue
        if t == a:
            added.append(_Piece(a, cut, a, "ORG", sure=True))
        else:  # the team's name runs on into the person's: "[Bruins] de [Boston]", "[Baltimore] [Ravens]"
            team.end, team.label, team.sure = cut, "ORG", True
        p.start = p.name_start = cut
        p.label = "PER"
    if added:
        pieces[:] = sorted(pieces + added, key=lambda p: p.start)


# words that open a name and name nothing alone: "Grand Tortue", "Port Harcourt", "Mont Blanc"
_NAME_PREFIXES = frozenset({"Grand", "Grande", "Petit", "Petite", "Nouveau", "Nouvelle", "Haut", "Haute", "Bas", "Basse",
                            "Vieux", "Mont", "Port", "Cap", "Saint", "Sainte", "Val", "Fort", "Lac"})


def _join_name_prefixes(doc: Doc, pieces: list[_Piece]) -> list[_Piece]:
    """"[Grand] [Tortue Ahmeyim]": a name-opening word the NER cut off the name right after it."""
    tokens = token_list(doc)
    dropped = set()
    for p, q in zip(pieces, pieces[1:]):
        if p.end - p.start == 1 and tokens[p.start].text in _NAME_PREFIXES and q.start == p.end and p.start not in dropped \
                and q.kind == "name" and tokens[q.start].is_title:
            q.start = q.name_start = p.start
            q.label = "LOC" if "LOC" in (p.label, q.label) and q.label != "ORG" else q.label
            dropped.add(p.start)
    return [p for p in pieces if not (p.start in dropped and p.end - p.start == 1)] if dropped else pieces


def _coordinated_orgs(doc: Doc, pieces: list[_Piece]) -> None:
    """"courtisé par le club anglais de Brighton et par l'Eintracht Francfort": a place-tagged name
    coordinated with an organisation the context made sure of is an organisation too."""
    tokens = token_list(doc)
    places = {span_text(doc, p.name_start, p.end) for p in pieces if p.start and tokens[p.start - 1].lower_ in _LOCATIVE}
    for p, q in zip(pieces, pieces[1:]):
        if not (p.sure and p.label == "ORG" and q.label == "LOC") or not 1 <= q.start - p.end <= 3:
            continue  # read the words between only where the pair may qualify
        between = [t.lower_ for t in token_list(doc)[p.end:q.start]]
        repeated = [w for i, w in enumerate(between) if i and tokens[p.end + i].pos_ == "ADP"]
        if not (p.sure and p.label == "ORG" and q.label == "LOC" and between and between[0] == "et" and len(between) <= 3
                and repeated and all(w in _DETS or w in repeated for w in between[1:])
                and repeated[0] in {t.lower_ for t in token_list(doc)[max(p.start - 6, 0):p.start]}):
            continue  # "par le club de X et par Y": the same preposition before both
        name = span_text(doc, q.name_start, q.end)
        if not (country(name) or country_of_capital(name) or institutions_of_seat(name) or name in places):
            q.label, q.sure = "ORG", True


def _enumerated_orgs(doc: Doc, pieces: list[_Piece]) -> None:
    """"ses clients Airbus, Stellantis et Renault": a one-word "person" listed with two organisations
    ("A, B et C") is one of them; a person listed there would have a first name."""
    tokens = token_list(doc)
    run: list[_Piece] = []
    for p in pieces + [None]:
        if p is not None and run and p.start - run[-1].end == 1 and tokens[run[-1].end].lower_ in (",", "et") \
                and not (len(run) > 1 and tokens[run[-1].start - 1].lower_ == "et"):
            run.append(p)
            continue
        if len(run) >= 3 and sum(q.label == "ORG" for q in run) >= 2 \
                and not any(q.label == "PER" and q.end - q.start > 1 for q in run):
            for q in run:
                if q.label == "PER" and q.end - q.start == 1 and q.kind == "name" and q.name_start == q.start \
                        and fold(tokens[q.start].text) not in FIRST_NAMES:
                    q.label = "ORG"
        run = [p] if p is not None else []


def _people_after_affiliation(doc: Doc, pieces: list[_Piece]) -> list[_Piece]:
    """"l'ailier fidjien de l'UBB Josaia Ravulo", "le président du PSG Nasser X": a role closed by its
    organisation's short form, then two or three capitalised words the NER left out: the person."""
    starts = {p.start for p in pieces}
    added = []
    for p in pieces:
        if p.label != "ORG" or p.end - p.start != 1 or not _ACRONYM.match(doc[p.start].text) or p.start < 2 \
                or doc[p.start - 1].lower_ not in ("l'", "l’", "du", "la", "le", "de") or p.end in starts:
            continue
        j = p.end
        while j < len(doc) and j - p.end < 3 and doc[j].is_title and doc[j].is_alpha and doc[j].ent_iob_ == "O" \
                and not _honorific(doc[j]) and fold(doc[j].text) not in _FOLDED_ORG_HEADS:
            j += 1
        if j - p.end >= 2 and (j == len(doc) or not doc[j].text[:1].isupper()) \
                and not (country(doc[p.end].text) or country_of_capital(doc[p.end].text)) \
                and roles.title_before(doc, p.end, {})[0] is not None:
            added.append(_Piece(p.end, j, p.end, "PER"))
    return sorted(pieces + added, key=lambda p: p.start) if added else pieces


def _pieces(doc: Doc, text: str) -> list[_Piece]:
    pieces: list[_Piece] = []
    # "Voltaria" parsed as a common noun where it opens a sentence is still the name seen inside one
    # (start, end, label, text) of each NER span, read once: spaCy builds the tuple of Spans anew on
    # each `doc.ents`, and `Span.text` joins its tokens at each read (the joined text is sliced instead)
    ents = [(ent.start, ent.end, ent.label_, span_text(doc, ent.start, ent.end)) for ent in doc.ents]
    named_inside = frozenset(words for a, _, _, words in ents if a and not _sentence_initial(doc, a))
    people = frozenset(words for _, _, label, words in ents if label == "PER")
    for a, z, label, _ in ents:
        if label in LABELS:
            pieces.extend(_repair(doc, a, z, label, named_inside, people))
    _qualified_acronyms(doc, pieces)
    pieces = _elided_joins(doc, pieces)
    pieces = _hyphen_continuations(doc, pieces)
    pieces = _join_name_prefixes(doc, pieces)
    _split_people(doc, pieces)
    _glued_first_words(doc, pieces)
    _glued_person_heads(doc, pieces)
    _players_glued_to_teams(doc, pieces)
    _coordinated_orgs(doc, pieces)
    _enumerated_orgs(doc, pieces)
    pieces = _people_after_affiliation(doc, pieces)
    pieces = _institutions(doc, text, pieces)
    pieces = _hyphen_continuations(doc, pieces)
    pieces = _bare_acronym_orgs(doc, text, pieces)
    _head_phrases(doc, pieces)
    _complement_tails(doc, pieces)
    _complete(doc, pieces)
    pieces = _venue_towns(doc, pieces)
    acronyms = _bracket_acronyms(doc, text, pieces)
    # bare acronyms anywhere (also those the NER missed), and initials of long names
    long_names = {_initials(span_text(doc, p.start, p.end)): p for p in pieces
                  if p.label in ("ORG", "MISC", "LOC") and p.end - p.start > 1}
    pieces = _affiliations(doc, pieces, set(acronyms) | set(long_names))
    out = []
    for p in pieces:
        words = span_text(doc, p.start, p.end)
        if p.end - p.start > 1 and words in acronyms and acronyms[words] is not p:  # "Africa CDC"
            full = acronyms[words]
            out.append(_Piece(p.start, p.end, p.start, full.label, "acronym", key=("ref", full.start)))
            continue
        if p.end - p.start == 1 and (_ACRONYM.match(words) or words in acronyms) \
                and (words in acronyms or words in long_names):
            continue  # re-added below as an acronym mention
        out.append(p)
    for tok in _acronym_tokens(doc, text, acronyms):
        if _ACRONYM.match(tok.text) or tok.text in acronyms:
            full = acronyms.get(tok.text) or long_names.get(tok.text)
            if full is not None:
                # "Paris Saint-Germain (PSG)": the NER knows "PSG" is a club even when it took the
                # expansion for a place
                org = tok.ent_type_ == "ORG" and full.label != "ORG" and not country(span_text(doc, full.start, full.end))
                out.append(_Piece(tok.i, tok.i + 1, tok.i, "ORG" if org else full.label, "acronym",
                                  key=("ref", full.start), sure=org))
    return sorted(out, key=lambda p: p.start)


# buildings and grounds that take a proper name of their own: "le stade X de Lyon" names the stadium X in Lyon
_VENUE_NOUNS = frozenset({"stade", "théâtre", "palais", "musée", "opéra", "aréna", "arena", "salle", "cathédrale",
                          "basilique", "teatro", "estadio", "stadio", "museo", "palacio", "palazzo"})
_PARTICLE_DE = frozenset({"de", "d'", "d’", "du", "des"})


def _venue_towns(doc: Doc, pieces: list[_Piece]) -> list[_Piece]:
    """"le stade Jean-Bouin de Montpellier", "le Teatro Real de Madrid": a venue's own name (its noun followed
    straight by capitalised words) then "de" and a town of the gazetteer is two names, the venue and the town
    it stands in. A name made of common words needs its town and keeps it ("le théâtre antique d'Orange", "le
    musée des Beaux-Arts de Lyon"), and so does a name with "de" inside it before the town."""
    tokens, out = token_list(doc), []
    for p in pieces:
        out.append(p)
        if p.label not in ("LOC", "ORG", "MISC") or p.kind != "name" or p.end - p.start < 4 \
                or tokens[p.start].lower_ not in _VENUE_NOUNS or not tokens[p.start + 1].text[:1].isupper():
            continue
        k = p.start + 1
        while k < p.end and tokens[k].lower_ not in _PARTICLE_DE:
            k += 1
        if k + 1 >= p.end or tokens[k].lower_ not in ("de", "d'", "d’") \
                or any(t.lower_ in _PARTICLE_DE for t in tokens[k + 1:p.end]) \
                or not countries_of_town(span_text(doc, k + 1, p.end)):
            continue
        out.append(_Piece(k + 1, p.end, k + 1, "LOC"))
        p.end = k
        if p.name_end is not None and p.name_end > k:
            p.name_end = k
    return sorted(out, key=lambda p: p.start)


_UPPER_WORD = re.compile(r"(?<![\w&-])[A-Z][A-Z0-9&-]{1,9}(?![\w&-])")


_HEAD_PHRASE_OPENERS = frozenset({"pour", "de", "des", "du", "d'", "d’", "sur", "contre"})


def _head_phrases(doc: Doc, pieces: list[_Piece]) -> None:
    """"le [Fonds] pour les pertes et dommages", "l'[Office] des migrations internationales": a body's
    capitalised head word the NER took alone runs over the lower-case phrase naming its remit, up to
    the punctuation or the verb that closes it."""
    tokens = token_list(doc)
    for p in pieces:
        if p.end - p.start != 1 or p.kind != "name" or p.label == "PER" or not tokens[p.start].is_title \
                or fold(tokens[p.start].text) not in _FOLDED_ORG_HEADS or p.end >= len(doc) \
                or tokens[p.end].lower_ not in _HEAD_PHRASE_OPENERS \
                or tokens[p.end].lower_ == "pour" and tokens[p.start].text in _BLOCS and _after_envoy_title(doc, p.start):
            continue  # ("la haute représentante de l'Union pour les affaires étrangères": her remit)
        j = p.end + 1
        while j < len(doc) and j - p.end < 8 and tokens[j].is_lower and tokens[j].is_alpha \
                and (tokens[j].pos_ in ("NOUN", "ADJ", "ADP", "CCONJ") or tokens[j].lower_ in _DETS):
            j += 1
        if j < len(doc) and tokens[j].text[:1].isupper():
            continue  # "du Conseil de l'Europe": another name goes on
        while j > p.end and tokens[j - 1].pos_ not in ("NOUN", "ADJ"):
            j -= 1
        if j - p.end >= 2 and any(t.pos_ == "NOUN" for t in token_list(doc)[p.end:j]):
            p.end, p.label = j, "ORG"


def _bare_acronym_orgs(doc: Doc, text: str, pieces: list[_Piece]) -> list[_Piece]:
    """An upper-case short form the NER missed that the context makes an organisation: a nationality
    used as a noun before it ("face à l'allemand TKMS"), an organisation noun in apposition after it
    ("La FCPE, première fédération de parents d'élèves") or before it ("le syndicat SNUipp"). Short
    forms alone ("la TVA", "le PIB") stay no entity."""
    covered = {i for p in pieces for i in range(p.start, p.end)}
    added = []
    for tok in _upper_words(doc, text):
        i = tok.i
        if i in covered or not _ACRONYM.match(tok.text) or i == 0 or country(tok.text) \
                or i + 1 < len(doc) and doc[i + 1].is_upper and doc[i + 1].is_alpha or doc[i - 1].is_upper and doc[i - 1].is_alpha:
            continue  # not a run of capitals (a headline, a dateline)
        if _company_adjective_before(doc, i, i + 1) or _org_apposition(doc, i, i + 1, "MISC") \
                or _org_noun_before(doc, i, i + 1, "MISC") or _office_of(doc, i):
            added.append(_Piece(i, i + 1, i, "ORG", sure=True))
    return sorted(pieces + added, key=lambda p: p.start) if added else pieces


def _office_of(doc: Doc, i: int) -> bool:
    """"le coprésident de la FCPE", "la secrétaire générale du Snes": a short form completing an office is the
    body the office is in."""
    tokens = token_list(doc)
    k = i - 1
    if k > 0 and tokens[k].lower_ in ("la", "le", "l'", "l’"):
        k -= 1
    if k < 1 or tokens[k].lower_ not in ("de", "du", "d'", "d’"):
        return False
    return any(roles.head_at(doc, h, k) == k - h for h in range(max(k - 3, 0), k))


_BOUND = r"(?<![\w-])"
_WORD_CHAR = re.compile(r"[\w-]")
# the look-behinds `_bounded_matches` takes, with the character each forbids before a match
_BOUNDS = {_BOUND: _WORD_CHAR, r"(?<![\w&-])": re.compile(r"[\w&-]")}
_UNBOUNDED: dict[re.Pattern, tuple[re.Pattern, re.Pattern]] = {}


def _bounded_matches(pattern: re.Pattern, text: str):
    r"""`pattern.finditer(text)` for a pattern opening on the look-behind "(?<![\w-])" (or "(?<![\w&-])"): the
    rest of the pattern is searched for (the regex engine skips ahead to the characters it can start with, which
    it cannot do behind a look-behind) and the character before each match is checked after; the
    same matches, in the same order."""
    unbounded = _UNBOUNDED.get(pattern)
    if unbounded is None:
        bound = next((b for b in _BOUNDS if pattern.pattern.startswith(b)), None)
        if bound is None:
            raise ValueError(f"no leading {' or '.join(_BOUNDS)}: {pattern.pattern[:40]}")
        unbounded = _UNBOUNDED[pattern] = (re.compile(pattern.pattern[len(bound):], pattern.flags), _BOUNDS[bound])
    rest, before = unbounded
    search, pos = rest.search, 0
    while (m := search(text, pos)) is not None:
        at = m.start()
        if at and before.match(text, at - 1):
            pos = at + 1  # (the full pattern fails here: search on from the next character)
            continue
        yield m
        pos = m.end() if m.end() > at else at + 1


def _tokens_at(doc: Doc, matches) -> list:
    """The tokens that regex matches over doc.text are exactly (cheaper than visiting every token)."""
    tokens = token_list(doc)
    index = doc.user_data.get("wirestream_token_at")
    if index is None:
        index = doc.user_data["wirestream_token_at"] = dict(zip(token_starts(doc), range(len(doc))))
    ends = token_ends(doc)
    out = []
    for m in matches:
        i = index.get(m.start())
        if i is not None and ends[i] == m.end():
            out.append(tokens[i])
    return out


def _upper_words(doc: Doc, text: str) -> list:
    """The tokens that are upper-case words (`_UPPER_WORD` over the Doc's `text`), found once per Doc: two
    passes ask (their indices are kept in `user_data`)."""
    found = doc.user_data.get("wirestream_upper_words")
    if found is None:
        found = doc.user_data["wirestream_upper_words"] = [
            t.i for t in _tokens_at(doc, _bounded_matches(_UPPER_WORD, text))]  # (see _bounded_matches: a scan 3x faster)
    tokens = token_list(doc)
    return [tokens[i] for i in found]


def _bounded_tokens(doc: Doc, candidates) -> list:
    r"""The tokens of `candidates` (indices in order: those whose form is one of a set of words, from a per-Doc
    index or list) with no word character or hyphen on either side: the tokens that `_tokens_at` keeps of a
    regex of the words between "(?<![\w-])" and "(?![\w-])" (such a match is a whole run of word characters
    and hyphens, so it is one token's whole text), without scanning the text."""
    tokens = token_list(doc)
    text, starts, ends = text_of(doc), token_starts(doc), token_ends(doc)
    n = len(text)
    return [tokens[i] for i in candidates
            if not (starts[i] and _WORD_CHAR.match(text, starts[i] - 1))
            and not (ends[i] < n and _WORD_CHAR.match(text, ends[i]))]


def _acronym_tokens(doc: Doc, text: str, acronyms: dict[str, _Piece]) -> list:
    """Upper-case words and the article's bracketed short forms ("Otan"), in text order."""
    toks = _upper_words(doc, text)
    words = [re.escape(a) for a in acronyms if " " not in a and not _UPPER_WORD.fullmatch(a)]
    if words:
        toks += _tokens_at(doc, re.finditer(r"(?<![\w-])(?:" + "|".join(words) + r")(?![\w-])", text))
    return sorted(toks, key=lambda t: t.i)


_NATIONAL_COMPOUND = re.compile(r"(?<![\w-])[A-ZÉÈ][a-zéèêëàâîïôûç]+-France(?![\w-])")


def _national_compounds(doc: Doc, text: str, pieces: list[_Piece]) -> list[_Piece]:
    """"Météo-France", "Ouest-France": a capitalised word glued to "France" names a national body or
    paper (a place would be "Ile-de-France"), also where the NER saw nothing or only "France"."""
    if "-France" not in text:  # (a plain substring test first: the pattern's look-behind makes the scan slow)
        return sorted(pieces, key=lambda p: p.start)
    for m in _NATIONAL_COMPOUND.finditer(text):
        span = doc.char_span(m.start(), m.end())
        if span is None:
            continue
        inside = [p for p in pieces if span.start <= p.start and p.end <= span.end]
        if any(p.start < span.start < p.end or p.start < span.end < p.end for p in pieces):
            continue
        pieces = [p for p in pieces if p not in inside]
        pieces.append(_Piece(span.start, span.end, span.start, "ORG", sure=True))
    return sorted(pieces, key=lambda p: p.start)


# movements whose national societies are named by the movement and their country: "la Croix-Rouge
# indonésienne", "le Croissant-Rouge du Soudan", "le Croissant-Rouge arabe syrien"
_MOVEMENTS = frozenset({"croix-rouge", "croissant-rouge"})


def _national_societies(doc: Doc, text: str, pieces: list[_Piece]) -> None:
    """A movement's national society is another body than the movement: the name runs on over a lower-case
    nationality ("la Croix-Rouge malienne", "arabe syrien") or "de/du + country" ("du Bangladesh"); the
    country keeps its own mention."""
    if "-Rouge" not in text:
        return
    lowers, orths, n = lower_forms(doc), orth_forms(doc), len(doc)
    for p in pieces:
        name = fold(span_text(doc, p.name_start, p.end))
        if name.split(" ")[0] not in _MOVEMENTS:
            continue
        if name not in _MOVEMENTS:  # the NER took the society whole ("Croissant-Rouge arabe syrien"), maybe as a place
            p.label, p.sure = "ORG", True
            if name.split(" ")[1:] == ["arabe"] and p.end < n and country_of_adjective(lowers[p.end]):
                p.end += 1  # (or without its nationality: "Croissant-Rouge arabe" + "syrien")
            continue
        k = p.end
        if k >= n:
            continue
        if lowers[k] == "arabe" and k + 1 < n and country_of_adjective(lowers[k + 1]):
            k += 2
        elif orths[k].islower() and country_of_adjective(lowers[k]):
            k += 1
        elif lowers[k] in ("de", "du", "d'", "d’"):
            j = k + 2 if k + 2 < n and lowers[k + 1] in ("la", "l'", "l’") else k + 1
            z = next((z for z in (j + 3, j + 2, j + 1) if z <= n and orths[j][:1].isupper()
                      and country(span_text(doc, j, z))), None)
            if z is not None:
                k = z
        if k > p.end:
            p.end, p.label, p.sure = k, "ORG", True


# the lower-case adjectives of orientation that make a region's name with the name before them: "Java oriental",
# "les Balkans occidentaux", "le Sahel central", "l'Afrique australe"
_ORIENTATIONS = frozenset({"oriental", "orientale", "orientaux", "orientales", "occidental", "occidentale", "occidentaux",
                           "occidentales", "central", "centrale", "centraux", "centrales", "méridional", "méridionale",
                           "méridionaux", "méridionales", "septentrional", "septentrionale", "septentrionaux",
                           "septentrionales", "austral", "australe", "australes"})


def _oriented_regions(doc: Doc, pieces: list[_Piece]) -> None:
    """A place name followed by a lower-case adjective of orientation names a region of its own ("Java oriental",
    "les Balkans occidentaux"): the adjective is part of the name. A country or a capital keeps its name ("l'Ukraine
    orientale" is a part of the country, which the gold names by the country)."""
    orths, n = orth_forms(doc), len(doc)
    for p in pieces:
        if p.label not in ("LOC", "MISC") or p.end >= n or orths[p.end] not in _ORIENTATIONS:
            continue
        name = span_text(doc, p.name_start, p.end)
        if not country(name) and not country_of_capital(name):
            p.end, p.label = p.end + 1, "LOC"  # (also a region the NER took for a work: "Java oriental")


def _recover(doc: Doc, text: str, pieces: list[_Piece]) -> list[_Piece]:
    """Names the NER missed: countries and capitals of the lexicons anywhere, and names it
    found once but missed elsewhere (e.g. across a bad sentence split): every other
    capitalised occurrence of the same words is a mention too."""
    tokens = token_list(doc)
    pieces = pieces + _missed_ministers(doc, text)
    # the matches do not overlap, so each is weighed against the NER pieces alone: only the
    # pieces on its tokens matter
    on_token: dict[int, list[_Piece]] = {}
    for p in pieces:
        for i in range(p.start, p.end):
            on_token.setdefault(i, []).append(p)
    dropped, found = set(), []
    for m in _bounded_matches(_GAZETTEER, text):
        bounds = char_span_bounds(doc, m.start(), m.end())  # (doc.char_span's)
        if bounds is None or bounds[1] < len(doc) and tokens[bounds[1]].is_digit and len(tokens[bounds[1]]) == 4:
            continue  # "le plan France 2030" names a plan
        span_start, span_end = bounds
        near = {id(p): p for i in range(span_start, span_end) for p in on_token.get(i, ())}.values()
        # a lexicon name wins over shorter NER pieces inside it ("New" of "New Delhi")
        inside = [p for p in near if span_start <= p.start and p.end <= span_end]
        if any(p.start < span_start < p.end or p.start < span_end < p.end for p in near) \
                or any((p.start, p.end) == (span_start, span_end) for p in inside):
            continue
        dropped.update(id(p) for p in inside)
        found.append(_Piece(span_start, span_end, span_start, "LOC"))
    if found:
        pieces = [p for p in pieces if id(p) not in dropped] + found
    pieces = _dateline(doc, text, pieces)
    pieces = _national_compounds(doc, text, pieces)
    pieces = _known_bodies(doc, text, pieces)
    _national_societies(doc, text, pieces)
    _oriented_regions(doc, pieces)
    pieces = _titled_people(doc, pieces)
    covered = {i for p in pieces for i in range(p.start, p.end)}
    lowers = lower_forms(doc)  # (slices of the per-Doc list: a Doc slice builds a Span and its Tokens)
    known: dict[str, dict[tuple[str, ...], str]] = {}
    for p in pieces:
        if p.kind == "name" and p.label in ("PER", "ORG", "LOC"):
            words = tuple(lowers[p.name_start:p.end])
            known.setdefault(words[0], {}).setdefault(words, p.label)
    extra = []
    # the tokens whose lower-case form is a known first word, with no word character or hyphen on
    # either side (what a case-blind regex of the first words gave, without compiling one per article)
    starts, ends, n = token_starts(doc), token_ends(doc), len(text)
    first_tokens = [tokens[i] for i in tokens_with_lower(doc, known)
                    if not (starts[i] and _WORD_CHAR.match(text, starts[i] - 1))
                    and not (ends[i] < n and _WORD_CHAR.match(text, ends[i]))]
    for tok in first_tokens:
        options = known.get(tok.lower_)
        if not options or tok.i in covered or not tok.is_title:
            continue
        for words, label in sorted(options.items(), key=lambda kv: -len(kv[0])):
            end = tok.i + len(words)
            if end <= len(doc) and tuple(lowers[tok.i:end]) == words \
                    and not any(i in covered for i in range(tok.i, end)):
                start = tok.i - 1 if tok.i and _honorific(tokens[tok.i - 1]) else tok.i
                extra.append(_Piece(start, end, tok.i, label))
                covered.update(range(start, end))
                break
    return sorted(pieces + extra, key=lambda p: p.start)


def _name_form(word: str) -> bool:
    """A word written like a person's name: a capital then lower case, hyphens and apostrophes inside
    ("Okonjo-Iweala", "N'Diaye"), no digit; not an acronym in capitals."""
    return word[:1].isupper() and not word.isupper() \
        and (word.isalpha() or word.replace("-", "").replace("'", "").replace("’", "").isalpha())


def _name_forms(orths: list[str]) -> list[bool]:
    """`[w[:1].isupper() and _name_form(w) for w in orths]`, from the answer per word form kept across Docs (most
    forms were seen in an earlier article: a Python test per token costs 1.6 times as much)."""
    new = set(orths).difference(_NAME_FORMS)
    if new:
        if len(_NAME_FORMS) > 200_000:
            _NAME_FORMS.clear()
            new = set(orths)
        for w in new:
            _NAME_FORMS[w] = w[:1].isupper() and _name_form(w)
    return list(map(_NAME_FORMS.__getitem__, orths))


_NAME_FORMS: dict[str, bool] = {}  # word form -> written like a name (`_name_forms`)


# heads a company or a country takes as well ("X, leader du marché", "Y, numéro un mondial")
_SHARED_HEADS = frozenset({"leader", "numéro", "candidat", "candidate", "représentant", "représentante", "adhérent",
                           "adhérente", "membre", "homologue"})


def _title_after(doc: Doc, j: int) -> bool:
    """The run ending before token j is followed by an apposed title: "X Y, haut responsable du parti",
    "X Y, jusqu'ici directeur général de la compagnie", "X Y, l'ancien ministre de ..."."""
    tokens = token_list(doc)
    lowers = lower_forms(doc)
    n = len(doc)
    if j + 2 >= n or lowers[j] != ",":
        return False
    k = roles._apposed_lead(tokens, j + 1, min(n, j + 6))
    while k < n and k - j < 5 and lowers[k] in roles.PAST_OR_QUALIFIER | roles._ARTICLES:
        k += 1
    return k < n and lowers[k] not in _SHARED_HEADS and roles.head_at(doc, k, min(n, k + 4)) > 0


def _titled_people(doc: Doc, pieces: list[_Piece]) -> list[_Piece]:
    """A person the NER missed or mislabelled right after a title: "le président zambien Hakainde
    Hichilema", "le général nigérien Abdourahamane [Tiani](LOC)", "La ministre gabonaise des Mines,
    [Hermine Ondo Mba](ORG), a ...", "son homologue kényan X Y". The title grammar is `roles.title_before`
    (a head of `lexicons/titles.tsv`, its adjectives, portfolio and "de X" complement, an optional comma);
    the name is a run of two to four capitalised words (particles "al", "ben", "da", "van" ... inside)
    that holds no place, country, month, portfolio or body word of the lexicons. The run replaces the NER
    pieces inside it when none is sure of its label or a lexicon place; a PER piece already there stays."""
    tokens = token_list(doc)
    orths = orth_forms(doc)
    lowers = lower_forms(doc)
    n = len(doc)
    ent_of: dict[int, int] = {}
    for idx, p in enumerate(pieces):
        for i in range(p.start, p.end):
            ent_of.setdefault(i, idx)
    found, dropped = [], set()
    named = _name_forms(orths)
    free = 0  # the first token after the last run read
    honorifics = [low in HONORIFICS or w in CASED_HONORIFICS for low, w in zip(lowers, orths)]
    for i in list(compress(range(n), named)):
        if i < free or i and (named[i - 1] and not honorifics[i - 1] or orths[i - 1] in ("-", "'", "’")) or honorifics[i]:
            continue
        honorific = i > 0 and honorifics[i - 1]  # "Mme [Ngozi Okonjo](PER)-Iweala": a person stopped at a glued hyphen
        j = i + 1
        while j < n and j - i < 7:
            if orths[j] == "-" and j + 1 < n and orths[j + 1].isalpha() and not tokens[j - 1].whitespace_ \
                    and not tokens[j].whitespace_:
                j += 2  # "Park Min-soo", split at its hyphen by the tokenizer
            elif named[j] or lowers[j] in _NAME_PARTICLES and j + 1 < n and named[j + 1]:
                j += 1
            elif lowers[j] in _NAME_PARTICLES and j + 2 < n and orths[j + 1] == "-" and named[j + 2] \
                    and not tokens[j].whitespace_ and not tokens[j + 1].whitespace_:
                j += 3  # "Mohamed Chia al-Soudani": a particle glued by its hyphen, split by the tokenizer
            else:
                break
        free = j
        if j - i < 2 or j < n and (orths[j] in ("-", "'", "’") or orths[j][:1].isdigit()):
            continue
        near = {ent_of[k] for k in range(i, j) if k in ent_of}
        if any(pieces[k].label == "PER" and (pieces[k].start, pieces[k].end) in ((i, j), (i - 1, j)) for k in near):
            continue  # (most runs: a person the NER found whole)
        s = i
        for p_end in range(i + 1, j - 1):  # "ministre de la Santé Park Min-soo": the portfolio opens the run
            if fold(span_text(doc, i, p_end)) in roles.PORTFOLIOS:
                s = p_end
        of_place = i and orths[i - 1] in _PREPOSITIONS or i > 1 and orths[i - 2] in _PREPOSITIONS and lowers[i - 1] in _DETS
        if of_place and i in ent_of and pieces[ent_of[i]].start == i and pieces[ent_of[i]].end < j - 1:
            s = pieces[ent_of[i]].end  # "le commissaire de police des Fidji Sitiveni X": the country of the office
        cut = None  # "le président de l'[Ouganda Yoweri X](LOC)": the country and the name in one NER span
        if of_place and s == i:
            cut = i if any(country(span_text(doc, i, k)) for k in range(i + 1, j - 1)) else None
            s = next((k for k in range(j - 2, i, -1) if country(span_text(doc, i, k))), s)
        near = {ent_of[k] for k in range(s, j) if k in ent_of}
        # a person the NER stopped early is completed ("[Kim Ha](PER)-eun"); a place after "de" inside is the office's
        if not honorific and any(
                q.end > j or q.sure or q.kind != "name" or q.start < s and not (q.start == cut and q.label != "PER")
                or q.label == "PER" and (q.start != s or q.end == j)  # "le député Modem [Pierre Aubry](PER)"
                and not (q.end == j and q.start > s and orths[q.start - 1] == "-")  # "Mohamed Chia al-[Soudani]"
                or q.label == "LOC" and q.start >= s and orths[q.start - 1] in _PREPOSITIONS
                for q in (pieces[k] for k in near)):
            continue
        words = span_text(doc, s, j).split()
        if not 2 <= len(words) <= 4 or words[0].lower() in _FUNCTION_WORDS or words[0].lower() in _NAME_PARTICLES \
                or tokens[s].pos_ in ("ADP", "DET", "CCONJ", "SCONJ", "PRON") \
                or any(w.lower() in _CALENDAR_WORDS or fold(w) in _FOLDED_ORG_HEADS or fold(w) in roles.PORTFOLIO_WORDS
                       or fold(w) in _GENERIC or w in _ORG_WORDS_AND_TAILS or w in _REPUBLIC_WORDS or country(w)
                       or country_of_capital(w) for w in words):
            continue  # "les dirigeants de la Republika Srpska", "Les Républicains", "Chez Renault, la directrice", "procureur de la République de Toulouse"
        name = " ".join(words)
        if country(name) or country_of_capital(name) or name in _KNOWN_LABELS or _GAZETTEER.fullmatch(name):
            continue
        if honorific:
            q = pieces[ent_of[s]] if s in ent_of else None
            if q is not None and q.label == "PER" and q.start == s - 1 and q.name_start == s and q.end < j \
                    and len(near) == 1 and "-" in orths[q.end:j]:
                dropped.add(ent_of[s])
                found.append(_Piece(s - 1, j, s, "PER"))
            elif not near and s == i:  # "selon M. Hakainde Hichilema" where the NER saw nothing
                found.append(_Piece(s - 1, j, s, "PER"))
            continue
        if s and lowers[s - 1] in _MEMBER_NOUNS | _DELEGATES and fold(orths[s]) not in FIRST_NAMES:
            continue  # "le délégué Sud Rail", "la députée Renaissance": the member's body (as `_repair`)
        if not (s and roles.title_before(doc, s, ent_of)[0] is not None
                or words[0] not in _NAME_PREFIXES and _title_after(doc, j)
                and all(pieces[k].label == "MISC" or (pieces[k].start, pieces[k].end) != (s, j) for k in near)):
            continue  # (a title after the run is weaker evidence: no place's opening word, no whole name the NER saw)
        if s and orths[s - 1] == "," and near and not (j < n and orths[j] in (",", "(")):
            continue  # "selon le président, [New York](LOC) doit ...": only a closed apposition relabels a name
        dropped.update(near)
        found.append(_Piece(s, j, s, "PER"))
        if cut is not None and any(pieces[k].start < s for k in near):
            found.append(_Piece(pieces[min(near)].start, s, pieces[min(near)].start, "LOC"))
    if not found:
        return pieces
    return sorted([p for k, p in enumerate(pieces) if k not in dropped] + found, key=lambda p: p.start)


# per token form, kept across Docs: its words (`_WORDS`); the forms that open on a word character, those that end on one
_FORM_WORDS: dict[str, tuple[str, ...]] = {}
_OPENS_ON_WORD: dict[str, bool] = {}
_ENDS_ON_WORD: dict[str, bool] = {}


def _text_words(doc: Doc, text: str) -> set[str]:
    """`set(_WORDS.findall(text))` for the Doc's text, gathered from the words of its distinct token forms (kept
    across Docs) instead of a regex pass over every character. The same set: a word of the text lies inside one
    token unless two tokens with no space between them meet on word characters (a word across the joint, which
    no article of the corpus has); then the text is scanned."""
    orths = orth_forms(doc)
    forms = set(orths)
    new = forms.difference(_FORM_WORDS)
    if new:
        if len(_FORM_WORDS) > 200_000:
            _FORM_WORDS.clear(), _OPENS_ON_WORD.clear(), _ENDS_ON_WORD.clear()
            new = forms
        for form in new:
            _FORM_WORDS[form] = tuple(_WORDS.findall(form))
            _OPENS_ON_WORD[form] = _WORDS.match(form) is not None
            _ENDS_ON_WORD[form] = _WORDS.match(form, len(form) - 1) is not None
    joints = np.flatnonzero(doc.to_array(SPACY)[:-1] == 0).tolist()  # (the tokens with no space after them)
    if any(map(and_, map(_ENDS_ON_WORD.__getitem__, map(orths.__getitem__, joints)),
               map(_OPENS_ON_WORD.__getitem__, map(orths.__getitem__, map((1).__add__, joints))))):
        return set(_WORDS.findall(text))
    return set(chain.from_iterable(map(_FORM_WORDS.__getitem__, forms)))


def _known_bodies(doc: Doc, text: str, pieces: list[_Piece]) -> list[_Piece]:
    """A news medium, agency or platform of `lexicons/media.txt` is an organisation wherever it is
    named: the NER takes titles and platforms for works (MISC: "a-t-il déclaré à La Voix du Nord",
    "publié sur Telegram") and misses the lower-case ones ("sur franceinfo"). So is an armed movement
    of `lexicons/armed_groups.txt`, often written in lower case ("les milices anti-balaka") or taken
    for people ("les Houthis"), a party of `lexicons/party_names.txt` the NER takes for a place or
    a person ("Vooruit", "le Pastef"), a short form with "+" ("l'Opep+": the enlarged alliance) and a climate
    conference by its number ("la COP29", which the NER takes for a work or a person). The
    lexicon name replaces the pieces inside it; a longer name around it is left alone."""
    # the names whose words are all in the text, then substring tests (a regex of all the names would
    # scan every capital letter of the text)
    words = _text_words(doc, text)
    spans, taken = [], set()
    candidates = sorted(n for w in words | {""} for n in _KNOWN_BY_FIRST_WORD.get(w, ()))
    for n in candidates:  # longest first: "Radio France" before "France 2"
        name, parts = _KNOWN_BODIES[n], _KNOWN_BODY_WORDS[n]
        if not words.issuperset(parts):
            continue
        at = text.find(name)
        while at >= 0:
            z = at + len(name)
            if not (at and _WORD_CHAR.match(text, at - 1) or z < len(text) and _WORD_CHAR.match(text, z)) \
                    and not any(a < z and at < b for a, b in taken):
                spans.append((at, z, _KNOWN_LABELS[name]))
                taken.add((at, z))
            at = text.find(name, at + 1)
    if "+" in text:
        spans += [(m.start(), m.end(), "ORG") for m in _ENLARGED.finditer(text)
                  if not (m.end() < len(text) and _WORD_CHAR.match(text, m.end()))]
    if "COP" in text:  # (a substring test, not a Python pass over the words: where no word opens on "COP", each
        # "COP" follows a word character, and the pattern's look-behind finds nothing)
        spans += [(m.start(), m.end(), "ORG") for m in _NUMBERED_COP.finditer(text)]
    if not spans:
        return pieces
    found, dropped = [], set()
    for a_char, z_char, label in spans:
        bounds = char_span_bounds(doc, a_char, z_char)
        if bounds is None:
            continue
        a, z = bounds
        near = [p for p in pieces if p.start < z and a < p.end]
        if any(p.start < a or p.end > z or p.kind == "acronym" for p in near):
            continue  # "Le Monde diplomatique", a piece that crosses the lexicon name, or a short form already joined
        if label == "ORG" and any(p.start == a and p.end == z and p.label == "ORG" for p in near):
            continue  # the NER found the body as it is: its piece keeps what the repairs made of it
        if label == "LOC" and not (all(p.label in ("PER", "MISC") or p.label == "LOC" and p.start == a and p.end < z
                                       for p in near) if near else _place_use(doc, a, z)):
            continue  # a place corrects a person or a work the NER made of it or a place it cut short ("l'Amérique
            # [du Nord]"), or fills a gap where the phrase
            # says place ("à Pokrovsk"); taken for a body ("la coalition Arizona", "Toulouse a battu Lens") or
            # unseen elsewhere, the name may stand for something else
        dropped.update(id(p) for p in near)
        # a place is not sure: a town may still stand for its club ("Lens a battu Nantes")
        found.append(_Piece(a, z, a, label, sure=label == "ORG"))
    if not found:
        return pieces
    return sorted([p for p in pieces if id(p) not in dropped] + found, key=lambda p: p.start)


# a wire story's dateline: "BANJUL - ", "Le Caire - ", "ANTALYA (Turquie) - ", "PARIS, 3 mars (AFP) - ":
# the place (and the region or country in brackets) where the story was filed
_DATELINE_WORD = r"(?:[A-ZÀ-Ý][\w'’.]*(?:-[\w'’.]+)*)"
_DATELINE = re.compile(
    r"\A\s*(?P<place>(?:(?:Le|La|Les|LE|LA|LES)\s|L['’])?" + _DATELINE_WORD
    + r"(?:\s(?:(?:de|du|des|d['’]|la|le|DE|DU|DES|D['’]|LA|LE)\s?)?" + _DATELINE_WORD + r"){0,3})"
    r"(?:\s\((?P<region>[A-ZÀ-Ý][^()\n]{0,40})\))?"
    r"(?:,\s[^\n()–—-]{1,30}?(?:\s\((?:AFP|Reuters|AP|ATS|Belga)\))?)?\s+[-–—]\s")
_AGENCIES = frozenset({"AFP", "Reuters", "AP", "ATS", "Belga"})


def _dateline(doc: Doc, text: str, pieces: list[_Piece]) -> list[_Piece]:
    """The place of the dateline that opens a wire story ("MANILLE - Les Philippines ont ...") is a
    place mention, and so is the region or country in brackets after it: a LOC whatever the NER made
    of it (nothing, MISC, PER), and a place use, never a capital standing for its government. The
    token after the place's span is kept in `doc.user_data` for `_place_use`."""
    m = _DATELINE.match(text)
    if m is None:
        return pieces
    spans = []
    for group in ("place", "region"):
        if m.group(group) and m.group(group) not in _AGENCIES:
            span = doc.char_span(m.start(group), m.end(group), alignment_mode="expand")
            if span is not None:
                spans.append(span)
    if not spans:
        return pieces
    doc.user_data["wirestream_dateline"] = spans[-1].end
    for span in spans:
        start = span.start + 1 if span.end - span.start > 1 and doc[span.start].lower_ in _DETS \
            and not country_of_capital(span.text) else span.start
        inside = [p for p in pieces if start <= p.start and p.end <= span.end]
        if any(p.start < start < p.end or p.start < span.end < p.end for p in pieces):
            continue
        pieces = [p for p in pieces if p not in inside] + [_Piece(start, span.end, start, "LOC", sure=True)]
    return sorted(pieces, key=lambda p: p.start)


# public bodies named in lower case: "l'armée nigérienne", "le tribunal correctionnel de Paris"
# (found as tokens by `_bounded_tokens`: the lower-case forms, as the case-blind pattern they were)
_INSTITUTION_HEADS = frozenset({"armée", "marine", "garde-côtes", "gardes-côtes", "garde", "tribunal", "cour", "police",
                                "gendarmerie", "ministère", "conseil", "chambre", "préfecture", "parquet", "mairie",
                                "département", "ambassade", "université", "hôpital", "centre"})
# a hospital is a body when qualified ("l'hôpital universitaire de Gand", "le centre hospitalier de Vierzon"); bare, "l'hôpital
# de X" stays the town's building (_TOWN_BUILDINGS): the golds keep the first whole 10 times of 10, the second 3 of 7
_HOSPITAL_CENTRES = frozenset({"hospitalier", "hospitalière", "hospitalo-universitaire"})
# a union's or a party's delegate: the name right after is the organisation ("la déléguée Sud Santé")
_DELEGATES = frozenset({"délégué", "déléguée", "délégués", "déléguées", "syndicaliste", "adhérent", "adhérente"})
_MEMBER_NOUNS = frozenset({"député", "députée", "sénateur", "sénatrice", "eurodéputé", "eurodéputée", "élu", "élue",
                           "militant", "militante", "candidat", "candidate"})
# generic public bodies known by a short form: hospitals, agencies, chambers
_GENERIC_BODIES = frozenset({"CHU", "CHR", "CHRU", "IUT", "ARS", "CPAM", "CAF", "CCI", "SDIS"})
_GENERIC_BODY_WORDS = re.compile(r"(?<![\w-])(?:" + "|".join(sorted(_GENERIC_BODIES)) + r")(?![\w-])")
# a facility named by its noun and a name: "place Beauvau", "terminal Atlantique"
_FACILITIES = frozenset({"terminal", "quai", "gare", "aéroport", "pont", "rue", "avenue", "boulevard", "place", "stade",
                         "autoroute", "route", "rocade", "galerie", "salle"})
# lower-case words inside people's names
_PARTICLES = frozenset({"de", "du", "des", "d'", "d’", "la", "le", "van", "von", "der", "den", "ter", "di", "da", "dos",
                        "das", "do", "del", "della", "ben", "bin", "ibn", "al", "el", "y", "e", "zu", "af", "mac", "ag", "ould",
                        "bint", "abou", "abu", "ait", "ou"})
_TEAM_NOUNS = frozenset({"club", "équipe", "formation"})
_FORCES = frozenset({"armée", "marine", "garde", "police", "gendarmerie", "garde-côtes", "gardes-côtes"})
_COURT_QUALIFIERS = frozenset({"commerce", "assises", "appel", "instance", "police", "cassation", "prud'hommes"})
# the trade chambers: "la chambre de métiers d'Alsace", "la chambre d'agriculture de la Gironde"
_CHAMBER_QUALIFIERS = frozenset({"commerce", "métiers", "agriculture"})


# plural trade nouns opening a firm's name: "les Fonderies de X", "les Chantiers de l'Atlantique"
_COMPANY_HEADS = frozenset({"fonderies", "forges", "acieries", "chantiers", "ateliers", "laboratoires", "etablissements",
                            "papeteries", "verreries", "brasseries", "editions", "filatures", "tanneries", "salins",
                            "raffineries", "moulins", "houilleres", "charbonnages", "messageries"})
# the capitalised names of courts, with the Spanish "Audience" (nationale, provinciale)
_COURT_NAMES = frozenset({"Cour", "Tribunal", "Audience"})
# the ranks of a country's own courts: the capital after them is their seat and part of their name
# ("la Cour supérieure de justice de Lima"), unlike an international court's city ("de La Haye")
_NATIONAL_COURTS = frozenset({"supérieure", "suprême", "provinciale", "constitutionnelle", "nationale", "régionale"})
# verbs that hand out, take or leave an office: their ministry is a portfolio ("hérite du ministère de la
# Justice", "a succédé à X au ministère de la Défense", "conserve le ministère de l'Intérieur")
_OFFICE_VERBS = frozenset({"hériter", "succéder", "obtenir", "récupérer", "conserver", "garder", "reprendre", "décrocher",
                           "nommer", "confier", "attribuer", "remplacer", "quitter", "briguer", "échoir", "revenir"})


def _office_taken(lemmas: list[str], orths: list[str], i: int) -> bool:
    """A verb of the clause before token i (back to a punctuation mark) hands out or takes an office."""
    for k in range(i - 1, max(i - 12, -1), -1):
        if orths[k] in (",", ".", ";", ":", "(", "«", "»", '"'):
            return False
        if lemmas[k] in _OFFICE_VERBS:
            return True
    return False


def _foreign_prefecture(doc: Doc, start: int, end: int) -> int | None:
    """"la préfecture de Fukushima", "la préfecture de Boké": outside France (in Japan, Guinea, the Central African
    Republic...) a préfecture is an area, named as its place; a French one, named by its département ("la préfecture
    du Var", "des Ardennes"), is the State's office there, a body. The start of the foreign place, or None."""
    lowers = lower_forms(doc)
    if lowers[start] != "préfecture" or end - start < 3 or lowers[start + 1] not in _PARTICLE_DE:
        return None
    k = start + 2 + (lowers[start + 2] in _DETS)
    place = span_text(doc, k, end)
    if k < end and place[:1].isupper() and place not in _DEPARTEMENTS and fold(place) not in _FRENCH_REGIONS \
            and "France" not in countries_of_town(place):
        return k
    return None


def _embassy_end(doc: Doc, k: int, pieces: list[_Piece]) -> int | None:
    """"l'ambassade de Chine à Wellington", "l'ambassade de Russie en Norvège": an embassy named by its country and
    the place where it sits is a body (the golds list it 9 times of 10 in the read corpus; without its place, 2 of 6,
    so "l'ambassade du Japon" stays the country's)."""
    lowers, n = lower_forms(doc), len(doc)
    if k >= n or lowers[k] not in ("de", "d'", "d’", "du", "des"):
        return None
    state = next((p for p in pieces if p.start == k + 1 and p.label == "LOC"), None)
    if state is None or not country(span_text(doc, state.start, state.end)) or state.end + 1 >= n \
            or lowers[state.end] not in ("à", "en", "au", "aux"):
        return None
    j = state.end + 1
    j = j + 1 if lowers[j] in ("la", "l'", "l’") else j
    town = next((p for p in pieces if p.start == j and p.label != "ORG"), None)  # (the NER may take a town for a person)
    return town.end if town is not None else None


def _institutions(doc: Doc, text: str, pieces: list[_Piece]) -> list[_Piece]:
    """Public bodies written in lower case, which the NER does not see: a force and its
    nationality ("l'armée nigérienne", "l'armée de l'air ukrainienne"), a ministry with its
    nationality and portfolio ("le ministère sud-coréen de la Défense"), a court, police or
    council qualified then placed ("le tribunal correctionnel de Paris", "la cour d'assises de
    Paris", "la police nationale d'Haïti", "le conseil exécutif de Corse"). The place keeps its
    own mention."""
    # token strings from the per-Doc lists: each Token property read decodes its string anew
    lemmas = lemma_forms(doc)
    lowers = lower_forms(doc)
    orths = orth_forms(doc)
    poses = pos_forms(doc)
    covered = {i for p in pieces for i in range(p.start, p.end)}
    added = []
    for tok in _bounded_tokens(doc, tokens_with_lower(doc, _INSTITUTION_HEADS)):
        if tok.i in covered or not (tok.is_lower or tok.is_title and tok.is_sent_start
                                    or tok.is_title and tok.i and lowers[tok.i - 1] in _DETS and doc[tok.i - 1].is_sent_start):
            continue
        head, n = tok.lower_, len(doc)
        if head == "mairie" and tok.i > 1 and lowers[tok.i - 2] in _LOCATIVE | {"devant", "vers"}:
            continue  # "devant la mairie de Lyon": the building, not the town's authority
        k = tok.i + 1
        end = None
        if head == "département":
            # "le département d'Etat", "le département de la Justice": a (US) ministry, not a French department;
            # also with its nationality before the portfolio, as a ministry ("le département américain du Trésor")
            k = k + 1 if k < n and doc[k].is_lower and country_of_adjective(orths[k]) else k
            j = k + 1 if k < n and lowers[k] in ("de", "du", "d'", "d’") else k
            j = j + 1 if j < n and lowers[j] in ("la", "l'", "l’") else j
            if j > k and j < n and doc[j].is_title and (fold(orths[j]) == "etat" or fold(orths[j]) in roles.PORTFOLIOS):
                added.append(_Piece(tok.i, j + 1, tok.i, "ORG", sure=True))
                covered.update(range(tok.i, j + 1))
            continue
        if head == "ambassade":
            end = _embassy_end(doc, k, pieces)
            if end is not None:
                added.append(_Piece(tok.i, end, tok.i, "ORG", sure=True))  # the country and the town keep their pieces
                covered.update(range(tok.i, end))
            continue
        if head == "centre" and not (k < n and lowers[k] in _HOSPITAL_CENTRES) \
                or head == "hôpital" and not (k < n and doc[k].is_lower and poses[k] == "ADJ"):
            continue  # "le centre de Paris", "l'hôpital de Vierzon": a place or the town's building
        if head in _FORCES:
            if k + 2 < n and lowers[k] == "de" and lowers[k + 1] in ("l'", "l’") and lowers[k + 2] == "air" \
                    or k + 1 < n and lowers[k] == "de" and lowers[k + 1] == "terre":
                k += 3 if lowers[k + 1] != "terre" else 2  # "armée de l'air ukrainienne"
            if k + 1 < n and doc[k].is_lower and poses[k] == "ADJ" and not country_of_adjective(orths[k]) \
                    and doc[k + 1].is_lower and country_of_adjective(orths[k + 1]):
                k += 1  # "la garde côtière italienne", "la police nationale haïtienne"
            if k < n and doc[k].is_lower and country_of_adjective(orths[k]):
                end = k + 1
        if end is None and head == "ministère":
            if k < n and doc[k].is_lower and country_of_adjective(orths[k]):
                k += 1
            elif _office_taken(lemmas, orths, tok.i):
                continue  # "elle hérite du ministère de la Justice": the portfolio handed out, not the body
            j = k
            while j < n and (lowers[j] in ("de", "du", "des", "d'", "d’", "la", "l'", "l’", "et") or j > k
                             and (doc[j].is_title or doc[j].is_lower and poses[j] == "ADJ" and doc[j - 1].is_title)):
                j += 1  # "de l'Europe et des Affaires étrangères"
            while j > k and not doc[j - 1].is_alpha or j > k and doc[j - 1].is_lower and poses[j - 1] != "ADJ":
                j -= 1
            if j > k + 1 and any(t.is_title for t in token_list(doc)[k:j]):
                end = j  # "ministère sud-coréen de la Défense"
        if end is None and head != "ministère":
            j = k
            qualifiers = _CHAMBER_QUALIFIERS if head == "chambre" else _COURT_QUALIFIERS
            while j < n and doc[j].is_lower and head != "chambre" and (poses[j] == "ADJ" and not country_of_adjective(orths[j])
                                                                       or lowers[j] in _COURT_QUALIFIERS):
                j += 1
            if j < n - 1 and lowers[j] in ("de", "d'", "d’") and lowers[j + 1] in qualifiers:
                j += 2  # "tribunal de commerce", "cour d'assises", "chambre de métiers"
                while j < n and doc[j].is_lower and poses[j] == "ADJ":
                    j += 1
            if head in ("conseil", "chambre") and j == k:
                continue  # "le conseil de Paris" may be a meeting; "conseil exécutif de Corse" is the body
            if j < n - 1 and lowers[j] in ("de", "d'", "d’", "du", "des"):  # also "la préfecture des Ardennes"
                place = next((p for p in pieces if p.start in (j + 1, j + 2) and p.label == "LOC"), None)
                if place is not None and (place.start == j + 1 or lowers[j + 1] in _DETS) \
                        and (lowers[j] != "des" or place.start == j + 1 and head not in _FORCES):
                    end = place.end
                    if head == "université" and text.count(name := span_text(doc, place.start, place.end)) == 1 \
                            and not (country(name) or country_of_capital(name)):
                        pieces.remove(place)  # "l'université du Michigan": the place is part of the body's name (its
                        # the golds list a place named only there 0 times of 8, one named elsewhere too 6 of 6; a capital
                        # or a country may stand for its state: it stays)
                elif place is None and j + 1 not in covered and doc[j + 1].is_title and poses[j + 1] == "PROPN" \
                        and (j > k or head != "conseil") and lowers[j] != "des":
                    end = j + 2  # "la cour d'appel de Versailles", the town missed by the NER
                    while end < n and end not in covered and doc[end].is_title and poses[end] == "PROPN":
                        end += 1
                    added.append(_Piece(j + 1, end, j + 1, "LOC"))  # the place keeps its own mention
        if end is not None and head == "préfecture" and _foreign_prefecture(doc, tok.i, end) is not None:
            continue  # "la préfecture de Fukushima": a place, which keeps its own piece
        if end is not None:
            added.append(_Piece(tok.i, end, tok.i, "ORG", sure=True))
            covered.update(range(tok.i, end))
    for p in pieces:
        if p.label == "ORG" and (k := _foreign_prefecture(doc, p.start, p.end)) is not None:
            p.start = p.name_start = k  # the place alone, as the NER names it elsewhere
            p.label, p.sure = "LOC", False
    for p in pieces:
        # "l'Institut Pasteur [de la Guadeloupe]", "le CHU [de Brest]": a generic body's place is its name's
        if orths[p.start] in _GENERIC_BODIES:
            p.label, p.sure = "ORG", True
            if p.end - p.start > 1:
                continue  # "CHU de Nantes" found whole
        elif not (p.label in ("ORG", "MISC") and (fold(orths[p.start]) in _FOLDED_ORG_HEADS or orths[p.start] in _COURT_NAMES
                                                  and p.end - p.start >= 2) and doc[p.start].is_title):
            continue
        place = _place_after(doc, p.end, pieces)
        if place is None and orths[p.start] in _COURT_NAMES and p.end + 2 < len(doc) and lowers[p.end] in ("de", "d'", "d’") \
                and doc[p.end + 1].is_lower and poses[p.end + 1] == "NOUN":
            place = _place_after(doc, p.end + 2, pieces)  # "la Cour supérieure [de justice de X]": its branch, then its town
        if place is not None and orths[p.start] in _NAMED_HEADS and p.end - p.start == 2 \
                and doc[p.start + 1].is_title and lowers[p.end] in ("de", "d'", "d’") and place.start == p.end + 1 \
                and not country(span_text(doc, place.start, place.end)):
            continue  # "la Fondation Beyeler de Bâle" (not "l'Institut Pasteur de Dakar"): the town says where it is
        if place is not None and orths[p.start] in ("Cour", "Tribunal") and p.end - p.start >= 3 and doc[p.start + 1].is_lower \
                and lowers[p.start + 1] not in _NATIONAL_COURTS and poses[p.start + 1] == "ADJ" and country_of_capital(span_text(doc, p.end + 1, place.end)) not in (None, "France"):
            doc.user_data.setdefault("wirestream_seats", set()).add(place.start)  # a place use of the capital
            continue  # "la Cour permanente d'arbitrage de La Haye": an international court and the city where it sits
        if place is not None:
            p.end, p.label = place.end, "ORG"
    added += _places_inside_bodies(doc, pieces)
    for tok in _tokens_at(doc, _bounded_matches(_GENERIC_BODY_WORDS, text)):
        if tok.i not in covered:
            place = _place_after(doc, tok.i + 1, pieces)
            added.append(_Piece(tok.i, place.end if place else tok.i + 1, tok.i, "ORG", sure=True))
            covered.update(range(tok.i, added[-1].end))
    terms = set()
    for tok in _tokens_at(doc, re.finditer(r"\((?=[A-Z][A-Za-z]{1,7}\))", text)):
        # "le parquet national financier (PNF)": a lower-case body spelled by the short form after it
        i, short = tok.i, orths[tok.i + 1] if tok.i + 2 < len(doc) and orths[tok.i + 2] == ")" else None
        if short is None or i == 0 or i - 1 in covered or not doc[i - 1].is_lower:
            continue
        st = _definition_start(doc, i, short.upper(), covered)
        if st is None:
            if _agreement_before(doc, i):
                terms.add(short)  # "un accord sur le statut des forces en visite (SOVFA)": a treaty's short form
            continue
        if lowers[st] in _BODY_NOUNS:
            added.append(_Piece(st, i, st, "ORG", sure=True))
            covered.update(range(st, i))
        else:  # "cellules lithium-fer-phosphate (LFP)", "des centres d'accueil ... (CAES)": a term, not a body
            terms.add(short)
    if terms:
        pieces = [p for p in pieces if span_text(doc, p.start, p.end) not in terms]
    for tok in _bounded_tokens(doc, compress(range(len(orths)), map(ORG_CONTEXT.__contains__, orths))):
        # "le mouvement indépendantiste Libertà Nova": a name after an organisation noun the NER missed
        if not tok.is_lower or tok.i in covered:
            continue
        k = tok.i + 1
        while k < len(doc) and doc[k].is_lower and poses[k] == "ADJ":
            k += 1
        if k + 1 < len(doc) and k == tok.i + 1 and doc[k].is_lower and poses[k] == "NOUN" and doc[k + 1].is_title \
                and doc[k + 1].ent_iob_ == "O" and lemmas[k] not in ORG_CONTEXT:
            k += 1  # "la formation anticorruption Nouveau Départ": a noun used as a modifier
        if tok.lemma_ in PERSON_NOUNS and (k == tok.i + 1 or tok.i == 0 or lowers[tok.i - 1] not in ("la", "le", "l'", "l’")):
            continue  # "l'industriel Vincent X" is a person; "la formation centriste X" a party
        k = _complements_end(doc, k)  # "la filiale à bas coûts Transavia"
        j = k
        while j < len(doc) and j - k < 4 and j not in covered and doc[j].is_alpha \
                and (doc[j].is_title or doc[j].is_upper and len(doc[j]) > 1) and not _honorific(doc[j]):
            j += 1
        if k < j < len(doc) - 1 and doc[j].is_digit and len(doc[j]) <= 3 and j not in covered \
                and poses[j + 1] != "NOUN" and orths[j + 1] != "%":
            j += 1  # "l'association Utopia 56": a number in the name
        if j == k or j == k + 1 and len(orths[k]) == 1 or any(i in covered for i in range(k, j)) \
                or j < len(doc) and orths[j][:1].isupper() \
                or lowers[k] in roles.TITLES or country(span_text(doc, k, j)) or country_of_capital(span_text(doc, k, j)):
            continue
        first = tok.i if tok.lemma_ in _NAMING_NOUNS and k == tok.i + 1 else k  # "l'académie Renaudot"
        added.append(_Piece(first, j, first, "ORG", sure=True))
        covered.update(range(first, j))
    return sorted(pieces + added, key=lambda p: p.start) if added else pieces


# lower-case heads of a body's name spelled by a short form: "le parquet national financier (PNF)"
_BODY_NOUNS = (ORG_HEADS | ORG_CONTEXT | {
    "parquet", "direction", "délégation", "service", "caisse", "brigade", "force", "forces", "garde", "inspection",
    "observatoire", "haut", "haute", "régie", "police", "gendarmerie", "chambre", "cellule", "commissariat",
    "secrétariat", "conférence", "mission", "haut-commissariat", "établissement", "régiment", "division", "ordre",
    "école", "hôpital", "clinique", "collège", "lycée", "maison", "réseau", "juridiction", "état-major", "rassemblement",
    "entreprise", "autorité", "conseil", "haut-conseil", "comité", "inspection", "observatoire"})


# nouns of agreements and laws: the short form in brackets after their lower-case subject names a text
_AGREEMENT_NOUNS = frozenset({"accord", "accords", "traité", "traités", "pacte", "protocole", "loi", "règlement",
                              "directive", "mémorandum"})


def _agreement_before(doc: Doc, i: int) -> bool:
    """"un accord sur le statut des forces en visite (SOVFA)", "le traité sur les forces nucléaires (INF)":
    the lower-case words before the bracket at i go back to an agreement's or a law's noun."""
    tokens = token_list(doc)
    for k in range(i - 1, max(i - 12, 0), -1):
        tok = tokens[k]
        if tok.lower_ in _AGREEMENT_NOUNS:
            return k < i - 1
        if not tok.is_lower or tok.pos_ in ("VERB", "AUX") or tok.is_punct and tok.text != "-":
            return False
    return False


def _definition_start(doc: Doc, i: int, short: str, covered: set[int]) -> int | None:
    """First token of the lower-case words before the bracket at i whose initials spell the short
    form ("zone à faibles émissions (ZFE)"); an exact spelling wins over one letter more."""
    tokens = token_list(doc)
    found = None
    for st in range(i - 1, max(i - 12, -1), -1):
        tok = tokens[st]
        if st in covered or tok.pos_ in ("VERB", "AUX") or tok.is_punct and not (tok.text == "-" and not tok.whitespace_) \
                or not tok.is_lower and not tok.is_punct:
            break
        if tok.text.replace("-", "").isalpha() and tok.pos_ in ("NOUN", "X", "ADJ", "PROPN") and tok.lower_ not in _FUNCTION_WORDS:
            initials = fold(_initials(span_text(doc, st, i))).upper()  # "véhicules électriques (VE)"
            if initials == short:
                return st
            if found is None and _spells(short, initials) and tok.pos_ == "NOUN":
                found = st
    return found


def _places_inside_bodies(doc: Doc, pieces: list[_Piece]) -> list[_Piece]:
    """"le conseil régional d'Occitanie", "la préfecture du Doubs" found whole by the NER: the place
    closing a lower-case public body's name keeps its own mention, as where the NER split them."""
    tokens = token_list(doc)
    starts = {p.start for p in pieces}
    added = []
    for p in pieces:
        head = tokens[p.start]
        if p.label == "ORG" and head.is_title and p.end - p.start >= 3 and p.end not in starts:
            added.extend(_country_closing(doc, p, starts))
            continue
        if p.label != "ORG" or not head.is_lower or head.lower_ in ("ministère", "département", "université") \
                or not (head.lower_ in _INSTITUTION_HEADS or head.lower_ == "communauté"):
            continue  # "le ministère de la Défense" closes on a portfolio
        k = p.end
        while k > p.start + 1 and (tokens[k - 1].is_title or tokens[k - 1].text[:1].isupper() and "-" in tokens[k - 1].text):
            k -= 1  # also "Hauts-de-France", "Provence-Alpes-Côte": a compound place name is no title-case word
        if k == p.end or tokens[k - 1].lower_ not in _PREPOSITIONS | _DETS or k in starts:
            continue
        place = span_text(doc, k, p.end)
        if not (_FOLDED_ORG_HEADS & {fold(t.text) for t in token_list(doc)[k:p.end]}) and not institutions_of_seat(place) \
                and fold(place) not in roles.PORTFOLIOS:
            added.append(_Piece(k, p.end, k, "LOC"))
    return added


def _country_closing(doc: Doc, p: _Piece, starts: set[int]) -> list[_Piece]:
    """"la Haute Cour du Kenya", "la Banque centrale d'Irak", "le Syndicat national des enseignants du Kenya": a
    country closing a body's name the NER found whole keeps its own mention (the story is about that country).
    Not France, which closes the names of the French national bodies a French wire names without being about
    France as a state ("la Banque de France", "le Tour de France", "l'équipe de France")."""
    lowers = lower_forms(doc)
    for k in range(max(p.start + 2, p.end - 4), p.end):
        if (lowers[k - 1] in _PREPOSITIONS or lowers[k - 1] in _DETS and lowers[k - 2] in _PREPOSITIONS) \
                and k not in starts and doc[k].text[:1].isupper():  # "de la", not "à l'" ("Alliance à l'Ukraine")
            name = country(span_text(doc, k, p.end))
            if name and name != "France":
                return [_Piece(k, p.end, k, "LOC")]
    return []


# what a state wants, does, says or is ("le soutien de Moscou", "les autorités de Bamako"): lexicon government_nouns
# and the trigger nouns of relations.json but those of meetings and agreements, which name where they are held
# ("les discussions de Doha", "l'accord de Pretoria")
_GOVERNMENT_NOUNS = frozenset(line.strip() for line in (LEXICONS / "government_nouns.txt").read_text(encoding="utf-8").splitlines()
                              if line.strip() and not line.startswith("#")) | frozenset(
    noun for predicate, nouns in _RELATION_LEXICON["nouns"].items()
    if predicate not in ("CONSULT", "AGREE") for noun in nouns)


def _capital_complement(doc: Doc, start: int) -> bool:
    """A capital in the "de" complement of a common noun other than a government's doings ("le gymnase de Bangkok",
    "les discussions de Doha", not "le soutien de Moscou"): not alone what makes it its government across the
    article (counted: the golds list such a capital on its own where nothing else uses it for its government); a
    verb's subject or object still does."""
    if start < 2 or lower_forms(doc)[start - 1] not in ("de", "d'", "d’"):
        return False
    tokens, lowers, k = token_list(doc), lower_forms(doc), start - 2
    nouns = []
    while len(nouns) < 2:  # the noun, and the one whose "de" complement it is ("la proposition de trêve de Moscou")
        while k > 0 and tokens[k].is_lower and tokens[k].pos_ == "ADJ":
            k -= 1  # "le centre historique de Mexico", "le soutien militaire de Washington"
        if not (tokens[k].is_lower and tokens[k].pos_ == "NOUN"):
            break
        nouns.append(tokens[k])
        if k < 2 or lowers[k - 1] not in ("de", "d'", "d’"):
            break
        k -= 2
    return bool(nouns) and not any(t.lemma_.lower() in _GOVERNMENT_NOUNS or t.lower_ in _GOVERNMENT_NOUNS for t in nouns)


def _place_after(doc: Doc, i: int, pieces: list[_Piece]) -> _Piece | None:
    """The place piece named by "de X", "du X", "de la X" starting at token i, if any."""
    tokens = token_list(doc)
    if i + 1 >= len(doc) or tokens[i].lower_ not in ("de", "d'", "d’", "du"):
        return None
    j = i + 2 if tokens[i + 1].lower_ in ("la", "l'", "l’") else i + 1
    return next((p for p in pieces if p.start == j and p.label == "LOC"), None)


def _cluster(doc: Doc, pieces: list[_Piece]) -> None:
    """Give every piece a cluster key and a canonical name candidate."""
    tokens = token_list(doc)
    by_start = {p.start: p for p in pieces if p.kind != "acronym"}
    full_names: dict[str, list[str]] = {}  # folded word -> keys of full person names
    # one sense per article: a capital used for its government once is the country throughout
    # (the gold lists it as an alias of the country); one only ever used as a place is a city
    names = [span_text(doc, p.name_start, p.name_end or p.end) for p in pieces]
    # "la Vienne", "dans la Vienne": a capital's name after an article is another place (a department, a
    # river); a town takes none ("Le Caire", "La Haye" hold theirs)
    lowers = lower_forms(doc)  # (the per-Doc list: `Token.lower_` decodes the string at each read)
    no_capital = {id(p) for p, name in zip(pieces, names) if p.start and lowers[p.start - 1] in ("la", "le", "les")
                  and p.name_start == p.start and country_of_capital(name)
                  and not country_of_capital(lowers[p.start - 1] + " " + name)}
    governing = {fold(name) for p, name in zip(pieces, names) if p.kind != "acronym" and id(p) not in no_capital
                 and country_of_capital(name) and not _place_use(doc, p.start, p.end) and not _capital_complement(doc, p.start)}
    # likewise a seat of power used for its institution once is the institution throughout
    seats = {fold(name) for p, name in zip(pieces, names)
             if _seat_of(p, name) and not _seat_place_use(doc, p.start, p.end)}
    _surnamed_people(doc, pieces, names)
    usa = any(country(name) == "États-Unis" for name in names)
    for p, name in zip(pieces, names):
        if p.kind == "acronym":
            continue
        institutions = _seat_of(p, name)
        if institutions:  # "le Kremlin a démenti" (ORG); "reçu au Kremlin" (LOC) when never the institution
            if fold(name) in seats:
                p.label, p.key, p.name, p.sure = "ORG", "s:" + fold(institutions[0]), institutions[0], True
                p.kind = "name" if fold(name) == fold(institutions[0]) else "alias"
            else:
                p.label, p.key, p.name = "LOC", "n:" + fold(name), name
            continue
        c = country(name) or _state_country(name)
        if not c and usa and fold(name) == "amerique" and p.end - p.start == 1 \
                and not (p.end < len(doc) and (tokens[p.end].lower_ in _PREPOSITIONS or tokens[p.end].is_lower and tokens[p.end].pos_ == "ADJ")):
            c = "États-Unis"  # "le temps où l'Amérique payait" beside "les Etats-Unis": the country, not the continent
        cap = country_of_capital(name) if id(p) not in no_capital else None
        if c:
            p.label, p.key, p.name = "LOC", "c:" + fold(c), c
        elif cap and (p.label != "PER" or p.end - p.name_start == 1) and fold(name) in governing:
            p.label, p.key, p.name, p.kind = "LOC", "c:" + fold(cap), cap, "capital"
        else:
            if id(p) in no_capital:
                p.label = "LOC"
            elif cap or country_of_capital("le " + name):  # "au Caire": the city's name is "Le Caire"
                p.label = "LOC"
                name = name if cap else "Le " + name
            p.name = name
            p.key = "n:" + fold(name)
            if p.label == "PER" and p.end - p.name_start > 1:
                for part in _name_parts(doc, p.name_start, p.end):
                    full_names.setdefault(fold(part), []).append(p.key)
            if p.label == "PER" and p.name_start > p.start:
                p.kind = "alias"
    org_prefixes: dict[str, set[str]] = {}  # "assemblee" -> {"n:assemblee nationale"}
    for p in pieces:
        if p.label in ("ORG", "MISC") and isinstance(p.key, str) and p.key.startswith("n:"):
            words = p.key[2:].split()
            for k in range(1, len(words)):
                if words[k] == "et":
                    continue  # "Organisation des pays exportateurs de pétrole [et de leurs alliés]": another body
                org_prefixes.setdefault(" ".join(words[:k]), set()).add(p.key)
                if "-" in words[k]:  # "musée du quai Branly" beside "musée du quai Branly-Jacques Chirac"
                    org_prefixes.setdefault(" ".join(words[:k] + [words[k].split("-")[0]]), set()).add(p.key)
    for p in pieces:
        words = p.key[2:].split() if p.label in ("ORG", "MISC") and isinstance(p.key, str) and p.key.startswith("n:") else []
        if len(words) > 2 and words[0] == "organisation" and words[1] in ("des", "de", "du"):
            # "Nations unies" beside "Organisation des Nations unies"
            org_prefixes.setdefault(" ".join(words[2:]), set()).add(p.key)
    first_at: dict[str, int] = {}
    long_names: dict[str, str] = {}
    for p in pieces:
        if isinstance(p.key, str):
            first_at.setdefault(p.key, p.start)
            long_names.setdefault(p.key, p.name)
    for p in pieces:
        if isinstance(p.key, str) and p.key.startswith("n:") and len(org_prefixes.get(p.key[2:], ())) == 1 \
                and (p.label in ("ORG", "MISC") or p.end - p.name_start == 1 and p.kind == "name" and not p.sure
                     and (p.label == "PER" and p.key[2:] not in full_names or p.key[2:] in _FOLDED_ORG_HEADS)) \
                and not (first_at[p.key] < first_at[next(iter(org_prefixes[p.key[2:]]))]
                         and (_ACRONYM.match(doc[p.name_start].text) or _named_on(p.name, long_names[next(iter(org_prefixes[p.key[2:]]))]))):
            # (not an acronym or a name met before the longer name that goes on with a name: "la SNCF ..." then "SNCF
            # Voyageurs", "Boeing ..." then "Boeing Commercial Airplanes", "Air France ..." then "Air France-KLM": the
            # first is the parent or another company, the longer name its branch, group or product; a short form
            # comes after the name it shortens. "le Conseil ..." then "Conseil des ministres" stays one body)
            # also "Hanseong" tagged PER beside "Hanseong Energy", "l'Union" tagged LOC beside "Union européenne"
            # "l'Assemblée" after "l'Assemblée nationale", "Airbus" beside "Airbus Defence and Space"
            p.key = next(iter(org_prefixes[p.key[2:]]))
            p.label = "ORG"
            p.kind = "alias"
        elif isinstance(p.key, str) and p.key.startswith("n:") and p.end - p.name_start == 1 and p.kind == "name" \
                and not p.sure and p.key[2:] in _FOLDED_ORG_HEADS and p.label in ("ORG", "LOC", "MISC") \
                and len(org_prefixes.get(p.key[2:], ())) > 1:
            # "la Cour" (tagged LOC or ORG) beside "Cour pénale internationale" and "Cour pénale spéciale": a bare
            # institution head is the body of that kind the article names most (the first on a tie)
            counts = Counter(q.key for q in pieces if q.key in org_prefixes[p.key[2:]])
            first = {}
            for q in pieces:
                first.setdefault(q.key, q.start)
            p.key = max(org_prefixes[p.key[2:]], key=lambda k: (counts[k], -first.get(k, len(doc))))
            p.label = "ORG"
            p.kind = "alias"
    org_names = {p.key[2:] for p in pieces if p.label == "ORG" and isinstance(p.key, str) and p.key.startswith("n:")}
    for p in pieces:
        if p.label in ("LOC", "MISC") and isinstance(p.key, str) and p.key.startswith("n:"):
            words = p.key[2:].split()
            parents = [" ".join(words[:k]) for k in range(1, len(words)) if " ".join(words[:k]) in org_names]
            if parents:  # "Kaveri Steel Europe" beside the company "Kaveri Steel": another name of it
                p.label, p.key, p.kind = "ORG", "n:" + parents[-1], "alias"
    _join_club_towns(doc, pieces)
    _sport_towns(doc, pieces)
    _join_town_short_names(pieces)
    last_seen: dict[str, int] = {}
    for p in pieces:
        if p.kind == "acronym":
            ref = by_start.get(p.key[1])
            if ref is not None and isinstance(ref.key, str):
                p.key, p.name = ref.key, ref.name
            else:  # its expansion was dropped on the way: the short form stands alone
                p.name = span_text(doc, p.start, p.end)
                p.key, p.kind = "n:" + fold(p.name), "name"
            continue
        options = [] if p.key.startswith(("c:", "s:")) or p.sure else sorted(set(full_names.get(p.key[2:], [])))
        if options:
            # "Wang"/"M. Wang" -> "Wang Yi"; ambiguous -> the full name seen last
            key = max(options, key=lambda k: last_seen.get(k, -1)) if len(options) > 1 else options[0]
            p.key, p.label = key, "PER"
            p.kind = "alias"
        last_seen[p.key] = p.start
    _join_nicknames(doc, pieces)
    _join_national_bodies(pieces)
    _join_glosses(doc, pieces)
    _join_place_names(doc, pieces)
    _join_seats(doc, pieces)
    _join_known_acronyms(pieces)


def _named_on(short: str, long: str) -> bool:
    """"Boeing" / "Boeing Commercial Airplanes", "Airbus" / "Airbus A350", "Air France" / "Air France-KLM": the
    longer name goes on with a capitalised word, a number or a hyphened name, a branch, product or partner of
    its own (where "Conseil des ministres", "Parlement britannique" go on with lower-case words)."""
    rest = long[len(short):]
    return rest[:1] == "-" and rest[1:2].isupper() or rest[:1] == " " and (rest[1:2].isupper() or rest[1:2].isdigit())


def _surnamed_people(doc: Doc, pieces: list[_Piece], names: list[str]) -> None:
    """"Aminata Sow" tagged LOC or ORG, then "Mme Sow": a two- or three-word name whose last word is
    named after an honorific elsewhere in the article is a person's, whatever the NER's label."""
    honorific = {fold(name) for p, name in zip(pieces, names) if p.label == "PER" and p.name_start > p.start
                 and p.end - p.name_start == 1}
    if not honorific:
        return
    for p, name in zip(pieces, names):
        words = name.split()
        if p.label != "PER" and not p.sure and p.kind == "name" and 2 <= len(words) <= 3 and fold(words[-1]) in honorific \
                and all(w[:1].isupper() for w in words) and fold(words[0]) not in _FOLDED_ORG_HEADS \
                and not (country(name) or country_of_capital(name) or institutions_of_seat(name)):
            p.label = "PER"


def _join_known_acronyms(pieces: list[_Piece]) -> None:
    """"l'ONU" and "les Nations unies" in one article are one organisation (`lexicons/acronyms.tsv`):
    every piece of the family takes the key of its longest name."""
    families: dict[frozenset[str], list[_Piece]] = {}
    for p in pieces:
        if isinstance(p.key, str) and p.key.startswith("n:") and p.label in ("ORG", "MISC", "LOC"):
            family = same_organisation(p.key[2:])
            if family:
                families.setdefault(family, []).append(p)
    for members in families.values():
        keys = {p.key for p in members}
        if len(keys) < 2:
            continue
        main = max(members, key=lambda p: (len(p.key.split()), len(p.key)))
        for p in members:
            if p.key != main.key:
                p.key, p.name, p.kind = main.key, main.name, "alias" if p.kind == "name" else p.kind
            p.label = "ORG"


def _name_parts(doc: Doc, start: int, end: int) -> list[str]:
    """The shorter ways an article names a person (tokens start to end): a first or last run of words or
    tokens ("Wang", "Lavrov", "von der Leyen", "Ait-Larbi" of "Mehdi Ait-Larbi", "Sissi" of "Abdel Fattah
    al-Sissi"), and a capitalised inner word, the first of a double surname ("Añez" of "Rodrigo Añez Villarroel")."""
    parts = []
    # (the text sliced and the token texts from the per-Doc list: no Span nor Token is built)
    for words in (span_text(doc, start, end).split(), orth_forms(doc)[start:end]):
        parts += [" ".join(part) for k in range(1, len(words)) for part in (words[:k], words[k:])]
    words = span_text(doc, start, end).split()
    return parts + [w for w in words[1:-1] if w[:1].isupper()]


_NICKNAME_CUES = frozenset({"dit", "dite", "surnommé", "surnommée", "alias"})


def _state_country(name: str) -> str | None:
    """"Etat camerounais" -> "Cameroun": the state named by its nationality is the country."""
    words = name.split()
    return country_of_adjective(words[1]) if len(words) == 2 and fold(words[0]) == "etat" and words[1].islower() else None


def _join_nicknames(doc: Doc, pieces: list[_Piece]) -> None:
    """"Ronald Exantus, dit « Ti Roro »": the nickname is another name of the person before it."""
    tokens = token_list(doc)
    by_start = {p.start: p for p in pieces}
    for p in pieces:
        if p.label != "PER" or p.kind == "acronym":
            continue
        k = p.end + 1 if p.end < len(doc) and tokens[p.end].text == "," else p.end
        if k >= len(doc) or tokens[k].lower_ not in _NICKNAME_CUES:
            continue
        k += 1
        while k < len(doc) and (tokens[k].text in _OPEN_QUOTES or tokens[k].is_space):
            k += 1
        q = by_start.get(k)
        if q is not None and q is not p and q.kind != "acronym" and not q.key.startswith(("c:", "s:")):
            old = q.key
            for r in pieces:
                if r.key == old:
                    r.key, r.label, r.kind = p.key, "PER", "alias"


def _join_national_bodies(pieces: list[_Piece]) -> None:
    """"la police du Kosovo" ... "la police kosovare": a lower-case body named by its country's adjective is the
    one the article also names by the country after "de" (the same head noun), when there is one such body."""
    by_country: dict[tuple[str, str], set[str]] = {}
    for p in pieces:
        if p.label == "ORG" and isinstance(p.key, str) and p.key.startswith("n:") and p.name and p.name[:1].islower():
            words = p.name.split()
            rest = words[2:] if len(words) > 2 and words[1] in ("de", "du", "des") else []
            if rest and rest[0] in ("la", "l'", "l’", "les"):
                rest = rest[1:]
            if len(words) > 1 and words[1][:2] in ("d'", "d’"):
                rest = [words[1][2:]] + words[2:]
            c = country(" ".join(rest)) if rest else None
            if c:
                by_country.setdefault((fold(words[0]), c), set()).add(p.key)
    qualified: dict[str, set[str]] = {}  # "ministère philippin des Affaires étrangères" (or "département américain du Trésor") by its portfolio
    for p in pieces:
        words = (p.name or "").split()
        if p.label == "ORG" and isinstance(p.key, str) and p.key.startswith("n:") and len(words) > 2 \
                and words[0] in ("ministère", "département") and country_of_adjective(words[1]):
            qualified.setdefault(fold(" ".join(words[2:])), set()).add(p.key)
    for p in pieces:
        words = (p.name or "").split()
        if qualified and p.label == "ORG" and p.key.startswith("n:") and len(words) > 2 and words[0] in ("ministère", "département") \
                and (words[1] in ("de", "du", "des") or words[1][:2] in ("d'", "d’")):
            keys = qualified.get(fold(" ".join(words[1:])), set())
            if len(keys) == 1:  # "le ministère des Affaires étrangères" beside the one "ministère philippin des ..."
                p.key, p.kind = next(iter(keys)), "alias"
    if not by_country:
        return
    for p in pieces:
        words = (p.name or "").split()
        if p.label == "ORG" and p.key.startswith("n:") and len(words) == 2 and words[1].islower():
            keys = by_country.get((fold(words[0]), country_of_adjective(words[1]) or ""), set())
            if len(keys) == 1:
                p.key, p.kind = next(iter(keys)), "alias"


def _join_glosses(doc: Doc, pieces: list[_Piece]) -> None:
    """"Gavi, l'Alliance du vaccin": a body's descriptive name in apposition to a one-word name is
    another name of it."""
    tokens = token_list(doc)
    by_start = {p.start: p for p in pieces}
    for p in pieces:
        k = p.end + 2
        q = by_start.get(k)
        if p.label != "ORG" or p.end - p.name_start != 1 or p.kind == "acronym" or q is None or q.label != "ORG" \
                or q.kind == "acronym" or tokens[p.end].text != "," or tokens[p.end + 1].lower_ not in _DETS \
                or fold(tokens[k].text) not in _FOLDED_ORG_HEADS or not tokens[k].is_title or q.end - q.start < 3 \
                or tokens[k + 1].lower_ not in ("de", "du", "des") or not tokens[k + 2].is_lower:
            continue
        old = q.key
        for r in pieces:
            if r.key == old:
                r.key, r.kind = p.key, "alias"


def _join_place_names(doc: Doc, pieces: list[_Piece]) -> None:
    """"le banc Y, appelé X par les pêcheurs", "X, le nom local du banc": the name given to a place noun is
    another name of the one place the article names with that noun first ("le banc Y"). A strip named with its
    noun ("la bande de Gaza") is the place its bare name stands for in the article ("à Gaza")."""
    strips = {p.key[len("n:bande de "):]: p.key for p in pieces
              if p.label == "LOC" and isinstance(p.key, str) and p.key.startswith("n:bande de ")}
    for q in pieces:
        if strips and q.label == "LOC" and isinstance(q.key, str) and q.key[2:] in strips and q.key.startswith("n:"):
            q.key, q.kind = strips[q.key[2:]], "alias"
    for q in pieces:
        if q.label != "LOC" or q.kind == "acronym":
            continue
        k = _named_place(doc, q.start)
        if k is None:
            continue
        noun = fold(doc[k].lemma_)
        keys = {p.key for p in pieces if p.label == "LOC" and p.key != q.key and p.name
                and fold(p.name.split()[0]) == noun and len(p.name.split()) > 1}
        if len(keys) == 1:
            old, new = q.key, next(iter(keys))
            for r in pieces:
                if r.key == old:
                    r.key, r.kind = new, "alias"


def _seat_of(p: _Piece, name: str) -> list[str] | None:
    """The institutions a seat-of-power piece stands for ("Matignon" tagged PER too, when alone)."""
    if p.kind == "acronym" or p.label == "PER" and p.end - p.start > 1:
        return None
    return institutions_of_seat(name)


def _seat_place_use(doc: Doc, start: int, end: int) -> bool:
    """"à la Maison Blanche", "au Kremlin": a seat of power used as a place."""
    tokens = token_list(doc)
    if start > 1 and tokens[start - 1].lower_ in _DETS:
        start -= 1
    return _place_use(doc, start, end)


def _join_seats(doc: Doc, pieces: list[_Piece]) -> None:
    """"Bruxelles pourrait exiger" joins the institution of the article it stands for, the one
    mentioned last before it ("la Commission européenne ... Bruxelles"), else the first mentioned."""
    if not any(p.key.startswith("s:") for p in pieces):
        return
    named: dict[str, list[tuple[int, str]]] = {}
    for q in pieces:
        if not q.key.startswith("s:"):
            for text in (q.name, span_text(doc, q.start, q.end)):
                named.setdefault(fold(text), []).append((q.start, q.key))
    joined: dict[str, str] = {}
    for p in pieces:
        if not p.key.startswith("s:"):
            continue
        if p.key not in joined:
            institutions = institutions_of_seat(span_text(doc, p.name_start, p.end)) or []
            found = sorted(m for inst in institutions for m in named.get(fold(inst), []))
            before = [m for m in found if m[0] < p.start]
            joined[p.key] = (before[-1] if before else found[0])[1] if found else p.key
        if joined[p.key] != p.key:
            p.key, p.kind = joined[p.key], "alias"


_COMPOUND_TOWN = re.compile(r"^([^\s-]+)-(?:en|sur|sous|lès|les|le|la|de|du|des|d'|aux)-")
_SPACED_TOWN = re.compile(r"^([^\s-]+) (?:de|du|des|d'|d’) ?\S")


def _join_town_short_names(pieces: list[_Piece]) -> None:
    """"Cherbourg" for "Cherbourg-en-Cotentin", "Boulogne" for "Boulogne-sur-Mer": the first part of
    a compound town name is the town, when the article names one such town. So is the first word of a town of
    the gazetteer named with a particle ("Rio" for "Rio de Janeiro"), which no country is ("Irlande du Nord")."""
    towns: dict[str, set[str]] = {}
    for p in pieces:
        if not (p.label == "LOC" and isinstance(p.key, str) and p.key.startswith("n:")):
            continue
        m = _COMPOUND_TOWN.match(p.key[2:])
        if m is None and countries_of_town(p.key[2:]) and not country(p.key[2:]):
            m = _SPACED_TOWN.match(p.key[2:])  # "Rio de Janeiro"
        if m:
            towns.setdefault(m.group(1), set()).add(p.key)
    for p in pieces:
        if p.label == "LOC" and isinstance(p.key, str) and p.key.startswith("n:") and len(towns.get(p.key[2:], ())) == 1:
            p.key, p.kind = next(iter(towns[p.key[2:]])), "alias"


_ANY_SCORE = re.compile(r"(?<![\d.,/-])\d{1,2}[-–]\d{1,2}(?![\d.,/-])")
# words before a name that make it a place in any story: "à Lyon", "de Lyon", "sur Lyon"
_PLACE_WORDS = _LOCATIVE | _PREPOSITIONS | {"sur", "sous", "entre", "près", "A", "À", "En", "Dans", "Depuis"}


def _sport_towns(doc: Doc, pieces: list[_Piece]) -> None:
    """A sport story (a club named with its prefix, "FC Nantes", and a score, "31-30") names teams by their
    town: "après Montpellier, sacré en 2003", "Le Paris Saint-Germain, éliminé samedi": a town-named place
    that no preposition ever introduces in the article (never "à Lyon", "de Lyon") is the club."""
    if not any(p.label == "ORG" and p.name and len(p.name.split()) > 1 and _CLUB_PREFIX.match(p.name.split()[0])
               for p in pieces) or not _ANY_SCORE.search(text_of(doc)):
        return
    tokens = token_list(doc)
    groups: dict[str, list[_Piece]] = {}
    for p in pieces:
        if isinstance(p.key, str) and p.key.startswith("n:"):
            groups.setdefault(p.key, []).append(p)
    for key, ps in groups.items():
        if any(p.label != "LOC" or p.sure or p.kind != "name" for p in ps) or country(ps[0].name or "") \
                or institutions_of_seat(ps[0].name or ""):
            continue
        def placed(p: _Piece) -> bool:
            k = p.start - 1
            if k >= 0 and tokens[k].lower_ in _DETS:
                k -= 1  # "dans la Vienne"
            return k >= 0 and (tokens[k].lower_ in _PLACE_WORDS or tokens[k].text in _PLACE_WORDS
                               or tokens[k].is_lower and tokens[k].pos_ == "NOUN" and tokens[k].lemma_ in PLACE_CONTEXT)
        if not any(placed(p) for p in ps):
            for p in ps:
                p.label, p.sure = "ORG", True


def _join_club_towns(doc: Doc, pieces: list[_Piece]) -> None:
    """"Lens" for "RC Lens", "Nantes" for "FC Nantes": a club's town names the club, except
    where the town is a place ("à Lens", "le maire de Nantes")."""
    clubs: dict[str, set[str]] = {}
    for p in pieces:
        words = (p.name or "").split()
        if p.label == "ORG" and isinstance(p.key, str) and p.key.startswith("n:") and len(words) > 1 and _CLUB_PREFIX.match(words[0]):
            clubs.setdefault(fold(" ".join(words[1:])), set()).add(p.key)
    if not clubs:
        return
    for p in pieces:
        town = p.key[2:] if isinstance(p.key, str) and p.key.startswith("n:") else None
        if town in clubs and len(clubs[town]) == 1 and p.label != "PER" and not _place_use(doc, p.start, p.end):
            p.key, p.label, p.kind = next(iter(clubs[town])), "ORG", "alias"


def _title_mentions(doc: Doc, text: str, titles: list[roles.Title], entities: list[Entity],
                    spans: set[int]) -> None:
    """A qualified title used alone later ("Le patron de la diplomatie chinoise a ...")."""
    tokens = token_list(doc)
    holders: dict[str, set[int]] = {}
    for t in titles:
        if (t.country or t.org is not None) and not t.past:
            holders.setdefault(t.text.lower(), set()).add(t.person)
    low = text.lower()
    for phrase, people in holders.items():
        if len(people) != 1:
            continue
        person = entities[next(iter(people))]
        for start, end in _word_occurrences(low, phrase):
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is None or start in spans:
                continue
            nxt = tokens[span.end] if span.end < len(doc) else None
            if nxt is not None and (nxt.ent_type_ == "PER" or nxt.text == "," and span.end + 1 < len(doc)
                                    and tokens[span.end + 1].ent_type_ == "PER"):
                continue  # the title introduces a name: not a mention by title
            person.mentions.append(Mention(text[start:end], start, end, "title"))


_WORD = re.compile(r"\w")


def _word_occurrences(text: str, phrase: str):
    r"""(start, end) of each occurrence of `phrase` in `text` with no word character on either side,
    left to right and not overlapping: what `re.finditer(r"(?<!\w)" + re.escape(phrase) + r"(?!\w)", text)`
    gives, without compiling a pattern for every phrase of every article."""
    pos, n = 0, len(phrase)
    while n and (at := text.find(phrase, pos)) >= 0:
        if at and _WORD.match(text, at - 1) or _WORD.match(text, at + n):
            pos = at + 1
            continue
        yield at, at + n
        pos = at + n


_BARE_HEADS = re.compile(r"(?<![\w-])(?:[lL]['’]armée|[lL]e tribunal|[lL]a cour|[lL]a police|[lL]a marine|[lL]a mairie"
                         r"|[lL]a municipalité)(?![\w-])")
# a bare head that names the body by another noun: "la municipalité" for "la mairie de X"
_HEAD_SYNONYMS = {"armee": "armée", "municipalite": "mairie"}


def _head_mentions(doc: Doc, text: str, entities: list[Entity]) -> None:
    """"l'armée", "le tribunal", "la municipalité" used alone after the one lower-case body of the
    article with that head ("l'armée birmane ... l'armée a visé") is a mention of it."""
    tokens = token_list(doc)
    bodies: dict[str, list[Entity]] = {}
    for e in entities:
        head = e.name.split()[0]
        if e.label == "ORG" and head in _FORCES | {"tribunal", "cour", "mairie"}:
            bodies.setdefault(head, []).append(e)
    if not bodies:
        return
    taken = {(m.start, m.end) for e in entities for m in e.mentions}
    for m in _bounded_matches(_BARE_HEADS, text):
        head = fold(m.group(0).split("'")[-1].split("’")[-1].split()[-1])
        head = _HEAD_SYNONYMS.get(head, head)
        found = bodies.get(head, [])
        if len(found) != 1:
            continue
        body = found[0]
        first = min(x.start for x in body.mentions)
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is None or m.start() < first or any(s <= m.start() < e for s, e in taken):
            continue
        nxt = tokens[span.end] if span.end < len(doc) else None
        if nxt is not None and (nxt.is_lower and nxt.pos_ == "ADJ" or nxt.lower_ in ("de", "d'", "d’", "du")):
            continue  # "l'armée russe", "le tribunal de Lyon": another body
        body.mentions.append(Mention(m.group(0), m.start(), m.end(), "alias"))


_LEADER_SURNAMES = frozenset(name.split()[-1] for name in LEADERS)  # "Poutine", "Biden" alone


def _bare_word_person(doc: Doc, ps: list[_Piece], name: str) -> bool:
    """A "person" named by one word that is no known first name, never after an honorific nor with a first name
    (every mention the bare word), given no age, apposed title or demonym article ("le Transalpin"): over the read corpus
    a company, body or place far more often than a person ("Vale", "Kazatomprom", "Quantix"; a person so named is
    mostly a head of state of leaders.tsv or has an age: "Ilyes, 15 ans")."""
    if " " in name or _known_first_name(name) or fold(name) in _LEADER_SURNAMES or not name[:1].isupper() or name.isupper() and len(name) < 3:
        return False
    orths = orth_forms(doc)
    for p in ps:
        if p.kind != "name" or p.name_start != p.start or p.end - p.start != 1 or orths[p.start] != name:
            return False
        if _age_apposition(doc, p.end) or _age_after(doc, p.end) or _title_after(doc, p.end) \
                or p.start > 1 and orths[p.start - 1] == "," and orths[p.start - 2] == "ans":
            return False  # "X, 34 ans", "X, capitaine de la sélection", "Agée de 27 ans, X": a person
        if p.start and orths[p.start - 1].istitle() and not _sentence_initial(doc, p.start - 1) \
                or p.end < len(orths) and orths[p.end].istitle():
            return False  # "Janusz Wojciechowski", "le Taoiseach Micheál Martin": a name the NER cut
        if p.start and orths[p.start - 1].lower() in _DETS | {"du", "au"} and _DEMONYM.search(name):
            return False  # "le Transalpin", "l'Anglais": a person by his nationality
    return not all(_sentence_initial(doc, p.start) for p in ps)  # ("Sollicitée, la Fédération": a capitalised word)


def extract_entities(doc: Doc) -> list[Entity]:
    text = text_of(doc)
    pieces = _recover(doc, text, _pieces(doc, text))
    _cluster(doc, pieces)
    groups: dict[str, list[_Piece]] = {}
    for p in pieces:
        groups.setdefault(p.key, []).append(p)
    entities: list[Entity] = []
    ent_of: dict[int, int] = {}
    people: list[tuple[int, int, int]] = []
    starts, ends, n_tokens = token_starts(doc), token_ends(doc), len(doc)
    for key, ps in groups.items():
        labels = Counter(p.label for p in ps)
        sure = Counter(p.label for p in ps if p.sure)
        if key.startswith("c:"):
            label = "LOC"
        elif sure:  # the context says it: "l'association X", "le Kremlin a démenti"
            label = sure.most_common(1)[0][0]
        else:
            label = "PER" if labels["PER"] else labels.most_common(1)[0][0]
        named = [p for p in ps if p.kind in ("name", "capital")] or ps
        if key.startswith("c:"):
            # the article's own spelling when it writes another official one ("le Bélarus"), else the lexicon's name
            name = next((w for p in ps if p.kind == "name"
                         and fold(w := span_text(doc, p.name_start, p.name_end or p.end)) in SPELLINGS), ps[0].name)
        else:
            # "Milan" rather than the dateline's "MILAN"
            name = max((p.name for p in named), key=lambda n: (len(n.split()), len(n), not n.isupper()))
            head = name.split()[1] if name.split()[0] in RANKED_HEADS and len(name.split()) > 2 else name.split()[0]
            if head.lower() in ORG_HEADS and len(name.split()) > 1 and name.split()[0] not in _FACILITIES \
                    and not (sure and label == "LOC"):
                label = "ORG"  # "Institut Pasteur" tagged PER somewhere
            elif label in ("LOC", "MISC") and len(name.split()) == 2 and name.split()[0] == "Trésor" \
                    and country_of_adjective(name.split()[1]):
                label = "ORG"  # "le Trésor américain": a state's treasury is a ministry, not a place
            elif label in ("LOC", "MISC") and key.startswith("n:") and _LETTERS_ACRONYM.fullmatch(name) \
                    and name not in _PLACE_ACRONYMS and _KNOWN_LABELS.get(name) != "LOC" and not countries_of_town(name):
                label = "ORG"  # a short form of capitals the NER took for a place or a work ("le MRC", "la VDA"):
                # places are named by words (a country's initials, "RDC", and a dateline's town excepted)
            elif label in ("PER", "MISC") and not sure and key.startswith("n:") and countries_of_town(name) \
                    and all(p.name_start == p.start and p.kind == "name" for p in ps) \
                    and fold(name.split()[0]) not in FIRST_NAMES:
                label = "LOC"  # a town of the gazetteer the NER took for a person or a work ("Omdourman", "Moroni"),
                # named with no honorific and no first name: the place
            elif label == "PER" and not sure and key.startswith("n:") and _bare_word_person(doc, ps, name):
                # the place when most mentions are place uses ("à Rask", "le poste militaire de Banibangou"; "une
                # amende à Roblox", "appartenait à Vale" once among other uses is the company); half of them when
                # no mention is a verb's subject ("Galvex a annoncé" after "une amende à Galvex" is the company)
                places = 2 * sum(_place_use(doc, p.start, p.end) for p in ps)
                acts = any(_span_root(doc, p.start, p.end).dep_.startswith("nsubj") for p in ps)
                label = "LOC" if places > len(ps) or (places == len(ps) and not acts) else "ORG"
        if label == "ORG" and fold(name) in _NAMELESS_HEADS:
            continue  # "la Commission", "le Parti" that joined no longer name of the article: a body of no name
        idx = len(entities)
        mentions = []
        for p in ps:
            if 0 <= p.start < p.end <= n_tokens:  # (the Span's text and offsets, without building it)
                mentions.append(Mention(span_text(doc, p.start, p.end), starts[p.start], ends[p.end - 1], p.kind))
            else:
                span = doc[p.start:p.end]
                mentions.append(Mention(span.text, span.start_char, span.end_char, p.kind))
            for i in range(p.start, p.end):
                ent_of[i] = idx
            if label == "PER":
                people.append((p.start, p.end, idx))
        entities.append(Entity(entity_id(name, label), name, label, mentions))
    titles = roles.find_titles(doc, ent_of, sorted(people))
    for t in titles:
        if t.role and t.role not in entities[t.person].titles:
            entities[t.person].titles.append(t.role)
    spans = {t.start for t in titles}
    _title_mentions(doc, text, titles, entities, spans)
    _head_mentions(doc, text, entities)
    for e in entities:
        e.mentions.sort(key=lambda m: m.start)
    entities.sort(key=lambda e: e.mentions[0].start)
    return entities


# decision 1's refinement (session 34): the headline line is never parsed, but a country it names that the body's
# entities lack ("Corée du Sud : la Cour constitutionnelle ...", the body writing only "sud-coréenne", "Séoul") is
# looked up in it with the country lexicon (folded names, longest first) and given as an entity of its own
# (not the stand-ins of country_aliases.tsv that describe a country rather than name it: "l'Hexagone")
_HEADLINE_STAND_INS = frozenset({"hexagone", "grand-duche", "republique islamique", "etat hebreu"})
_HEADLINE_COUNTRIES = re.compile(r"(?<![\w-])(?:" + _longest_name_pattern(set(COUNTRIES) - _HEADLINE_STAND_INS)
                                 + r")(?![\w-])")
_HEADLINE_LINKS = frozenset({"de", "d", "du", "des"})
_HEADLINE_OPENERS = frozenset({"au", "aux", "en", "le", "la", "les", "l", "à", "pour", "et", "dans", "selon", "entre", "vers",
                               "contre", "de", "du", "des", "sur", "avec", "après", "avant", "face", "chez", "un", "une"})


def _folded_chars(text: str) -> str:
    """`fold` one character at a time, so that offsets in the folded text are offsets in `text`."""
    out = []
    for c in text:
        f = " " if c.isspace() else fold(c)
        out.append(f if len(f) == 1 else c.lower())
    return "".join(out)


def headline_entities(title: str | None, text: str, entities: list[Entity]) -> list[Entity]:
    """Countries the headline names and the body does not: one entity each, whose one mention has kind
    "headline" and offsets into the article's `title` (not into `text`). None for a country the body writes
    (folded) or one of the body's entities already is, and none for a country inside a longer name: after a
    capitalised word ("Air France") or after "de/du/des" that follows one ("Tour de France", "XV de France",
    "Golfe de Guinée"). The quote and relation stages never see these entities: only entity events carry them."""
    if not title:
        return []
    folded = _folded_chars(title)
    have = {country(e.name) or e.name for e in entities}
    body = None
    found: list[Entity] = []
    for m in _HEADLINE_COUNTRIES.finditer(folded):
        name = COUNTRIES[m.group(0)]
        if name in have:
            continue
        before = [re.split(r"['’]", w) for w in title[:m.start()].split()]  # "d'Air" -> ["d", "Air"]
        words = [part for w in before for part in (w[:-1] + [w[-1]] if w[-1] else w[:-1]) if part]
        if words and words[-1][:1].isupper() and words[-1].lower() not in _HEADLINE_OPENERS:
            continue  # "Air France", "d'Air France"
        if len(words) >= 2 and words[-1].lower() in _HEADLINE_LINKS and (words[-2][-1:].isdigit() or words[-2][:1].isupper()
                                                                           and words[-2].lower() not in _HEADLINE_OPENERS):
            continue  # "Tour de France", "XV de France", "Golfe de Guinée", "Grand Prix d'Australie"
        if body is None:
            body = fold.__wrapped__(text)  # (not cached: a body is read once)
        if re.search(r"(?<![\w-])" + re.escape(m.group(0)) + r"(?![\w-])", body):
            continue
        have.add(name)
        found.append(Entity(entity_id(name, "LOC"), name, "LOC",
                            [Mention(title[m.start():m.end()], m.start(), m.end(), "headline")]))
    return found
