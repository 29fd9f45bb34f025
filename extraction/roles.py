"""Titles and roles of people: "le chef de la diplomatie russe Sergueï Lavrov",
"Xi Jinping, président chinois", "Le patron de la diplomatie chinoise, Wang Yi".

The rule is surface-based because the parser often attaches names to the wrong
noun of a title ("Lavrov" under "diplomatie"): a title phrase is a role head noun
from `lexicons/titles.tsv` followed only by noun-phrase material (nouns, adjectives,
"de/du/des", articles, proper nouns) up to the name (pre-nominal, optionally with a
comma) or from a comma after the name up to the next punctuation (apposition).
Inside the phrase a nationality adjective gives the country ("chinois" -> Chine) and
an entity mention gives the organisation or country ("président de la Commission
européenne"); the role is the phrase without them ("chef de la diplomatie").
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from .countries import LEXICONS, country, country_of_adjective, fold
from .nlp import (lemma_forms, lower_forms, orth_forms, pos_forms, sentence_bounds, span_text, token_ends,
                  token_list, token_starts, tokens_with_lower, word_lists)


def _load_titles() -> dict[str, str]:
    titles: dict[str, str] = {}
    for line in (LEXICONS / "titles.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            head, scope = line.split("\t")
            titles.setdefault(fold(head), scope)
    return titles


TITLES = _load_titles()
_MAX_HEAD = max(len(t.split()) for t in TITLES)
_FIRST_WORDS = frozenset(t.split()[0].split("'")[0] for t in TITLES) | frozenset(t.split()[0] for t in TITLES)
PORTFOLIOS = frozenset(fold(line) for line in (LEXICONS / "portfolios.txt").read_text(
    encoding="utf-8").splitlines() if line.strip() and not line.startswith("#"))
PORTFOLIO_WORDS = frozenset(w for p in PORTFOLIOS for w in p.split())
_ARTICLES = frozenset({"le", "la", "l'", "l’"})
_LINK = frozenset({"de", "du", "des", "d'", "d’", "la", "le", "l'", "l’", "les", "auprès", "pour", "chez"})
_DE = frozenset({"de", "du", "des", "d'", "d’"})
_CONTRACTED = frozenset({"du", "au", "aux"})  # article fused with a preposition: "celle du candidat LR, X"
_PAST = frozenset({"ancien", "ancienne", "ex", "ex-", "feu", "défunt", "défunte"})
_MINISTERS = frozenset({"ministre", "vice-ministre", "premier", "premiere"})  # a state office, not a rank
_QUALIFIERS = frozenset({"principal", "principale", "haut", "haute", "premier", "première",
                         "nouveau", "nouvelle", "actuel", "actuelle", "vice", "futur", "future",
                         # ranks among several holders: "la deuxième vice-présidente du gouvernement, X"
                         "deuxième", "second", "seconde", "troisième", "quatrième"})
PAST_OR_QUALIFIER = _PAST | _QUALIFIERS
# heads that take a lower-case portfolio after "à/au/aux": "adjoint aux sports", "déléguée à la culture"
_PORTFOLIO_HOLDERS = frozenset({"adjoint", "adjointe", "adjoints", "adjointes", "délégué", "déléguée", "conseiller",
                                "conseillère", "chargé", "chargée", "vice-président", "vice-présidente"})
_NUMBER_WORDS = frozenset({"deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix"})


@dataclass(slots=True)
class Title:
    person: int  # index of the person entity the title applies to
    start: int  # character span of the title phrase (without article)
    end: int
    text: str
    role: str  # phrase without nationality adjective and organisation: "chef de la diplomatie"
    scope: str  # national | org
    country: str | None  # from a nationality adjective in the phrase
    org: int | None  # entity index of an organisation/country named in the phrase
    name_start: int  # character offset of the name the title is attached to
    past: bool = False  # "ancien maire": still HOLDS_ROLE (as the gold has it), never a title mention
    portfolio: bool = False  # what follows the head is a portfolio the lexicon lacks ("ministre du Changement climatique")


def head_at(doc: Doc, i: int, stop: int) -> int:
    """Length in tokens of the title head starting at token i (0 when none), longest first."""
    # most words open no head: told from the per-Doc word lists before the cache is looked at
    _, orths, _, lemmas, poses = word_lists(doc)  # (one call for the lists: asked some 500 times per article)
    first = orths[i]
    opens = _OPENS.get(first)
    if opens is None:
        if len(_OPENS) > 200_000:
            _OPENS.clear()
        opens = _OPENS[first] = 0 if not first[:1].isalpha() else 2 if fold(first) in _FIRST_WORDS else 1
    if opens < 2:
        # plural heads: "les ministres des Affaires étrangères"
        if not opens or poses[i] != "NOUN":
            return 0
        lemma = lemmas[i]
        plural = _PLURAL_HEADS.get(lemma)
        if plural is None:
            if len(_PLURAL_HEADS) > 200_000:
                _PLURAL_HEADS.clear()
            plural = _PLURAL_HEADS[lemma] = fold(lemma) in TITLES
        return 1 if plural else 0
    # (asked some ten times per token around each name: the answers are kept per Doc, in `user_data`)
    heads = doc.user_data.get("wirestream_heads")
    if heads is None:
        heads = doc.user_data["wirestream_heads"] = {}
    key = (i, stop - i if stop - i < _MAX_HEAD else _MAX_HEAD)  # (i, the longest head tried)
    found = heads.get(key)
    if found is None:
        found = heads[key] = _head_at(doc, i, stop)
    return found


# per word, kept across Docs (head_at asks some ten times per token around each name, and `fold` decomposes
# the accents of the word at each call): whether it opens no head (0: no letter first), may only be a plural
# head (1) or is a head's first word (2); whether a lemma folded is a head of TITLES
_OPENS: dict[str, int] = {}
_PLURAL_HEADS: dict[str, bool] = {}


def _head_at(doc: Doc, i: int, stop: int) -> int:
    """The longest head of TITLES from token i, whose word opens one (see `head_at`)."""
    for n in range(min(_MAX_HEAD, stop - i), 0, -1):
        if fold(span_text(doc, i, i + n)) in TITLES:
            return n
    return 0


def scope_at(doc: Doc, i: int, n: int) -> str:
    return TITLES.get(fold(span_text(doc, i, i + n))) or TITLES.get(fold(lemma_forms(doc)[i]), "org")


# adjectives of an office the tagger takes for a finite verb ("la vice-présidente exécutive de la Commission")
_OFFICE_ADJECTIVES = frozenset({"exécutif", "exécutive", "exécutifs", "exécutives", "intérimaire", "intérimaires",
                                "sortant", "sortante", "permanent", "permanente", "adjoint", "adjointe"})


def _phrase_token(tok, ent_of: dict[int, int]) -> bool:
    if tok.i in ent_of:
        return True
    low = tok.lower_
    if low in _OFFICE_ADJECTIVES:
        return True
    if low in _LINK:
        return True
    if tok.text in ("(", ")"):  # "de la Fédération française de cyclisme (FFC), Michel Carrel"
        return True
    if low in ("chargé", "chargée", "chargés", "chargées", "délégué", "déléguée", "délégués", "déléguées"):
        # "le secrétaire d'Etat chargé de l'Asie", "la conseillère déléguée à la culture" (tagged a verb)
        return True
    if low in ("à", "au", "aux") and tok.i > 0 and tok.i + 2 < len(tok.doc) \
            and tok.doc[tok.i - 1].lower_ in _PORTFOLIO_HOLDERS:
        # "l'adjoint aux sports", "l'adjointe à l'urbanisme de la mairie de X", "conseiller délégué à la culture":
        # a local portfolio in lower case (the lexicon's portfolios are the state's)
        nxt = tok.doc[tok.i + 1] if low != "à" or tok.doc[tok.i + 1].pos_ != "DET" else tok.doc[tok.i + 2]
        if nxt.is_lower and nxt.is_alpha and nxt.pos_ == "NOUN":
            return True
    if tok.i > 0 and tok.doc[tok.i - 1].lower_ == "numéro" and (low in _NUMBER_WORDS or low == "un"):
        return True  # "la numéro deux de la CFDT", "le numéro un du parti": the rank is part of the head
    if low in _NUMBER_WORDS:  # "les ministres de l'Energie des deux pays", "entre les deux pays"
        return tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].pos_ == "NOUN" and tok.doc[tok.i + 1].is_lower
    if low == "sur":  # "le rapporteur spécial de l'ONU sur la torture, X": the remit, in lower case
        return tok.i + 2 < len(tok.doc) and tok.doc[tok.i + 1].pos_ == "DET" and tok.doc[tok.i + 2].is_lower \
            and tok.doc[tok.i + 2].pos_ == "NOUN"
    if low == "entre":  # "le représentant spécial de l'UE pour le dialogue entre les deux pays, X"
        return tok.i + 2 < len(tok.doc) and (tok.doc[tok.i + 1].lower_ == "les"
                                             and tok.doc[tok.i + 2].lower_ in _NUMBER_WORDS
                                             or tok.i + 1 in ent_of)  # "... entre Belgrade et Pristina, X"
    if low == "et" and tok.i - 1 in ent_of and tok.i + 1 in ent_of \
            and any(t.lower_ == "entre" for t in token_list(tok.doc)[max(0, tok.i - 5):tok.i - 1]):
        return True  # "le dialogue entre Belgrade et Pristina"
    if low == "à":  # "le commissaire à l'Environnement, X": a portfolio follows
        nxt = token_list(tok.doc)[tok.i + 1:tok.i + 3]  # (a list slice: a Doc slice builds a Span)
        # or a named body: "conservatrice au musée X", "économiste à l'OFCE" (where the office is held)
        return any(fold(t.text) in PORTFOLIO_WORDS for t in nxt) or tok.i + 1 in ent_of \
            or tok.i + 2 in ent_of and nxt[0].lower_ in _ARTICLES
    if tok.text == "-":  # "état-major" split by the tokenizer (not a spaced dash: "de l'AES - le Malien X")
        return 0 < tok.i < len(tok.doc) - 1 and tok.doc[tok.i - 1].is_alpha and tok.doc[tok.i + 1].is_lower \
            and not tok.whitespace_ and not tok.doc[tok.i - 1].whitespace_
    if low == "et":  # "ministre de l'Industrie et de la Construction": coordinated portfolios
        nxt = list(tok.doc[tok.i + 1:tok.i + 4])
        return len(nxt) == 3 and nxt[0].lower_ in _DE and (
            nxt[1].text[:1].isupper() or nxt[1].lower_ in _ARTICLES | {"l'", "l’"} and nxt[2].text[:1].isupper()) \
            or len(nxt) == 3 and nxt[0].lower_ in _DE and nxt[1].lower_ in _ARTICLES and nxt[2].is_lower \
            and any(t.lower_.startswith(("chargé", "délégué")) for t in token_list(tok.doc)[max(0, tok.i - 6):tok.i]) \
            or len(nxt) >= 2 and nxt[0].lower_ in _ARTICLES and tok.i + 2 in ent_of \
            and tok.i > 0 and tok.i - 1 in ent_of \
            or len(nxt) == 3 and (nxt[0].lower_ in ("au", "aux") and nxt[1].text[:1].isupper()
                                  or nxt[0].lower_ == "à" and nxt[1].lower_ in _ARTICLES | {"l'", "l’"}
                                  and nxt[2].text[:1].isupper()) \
            or len(nxt) >= 2 and nxt[0].is_lower and nxt[0].pos_ == "ADJ" and tok.i > 0 \
            and tok.doc[tok.i - 1].is_lower and tok.doc[tok.i - 1].pos_ == "ADJ" and not nxt[1].is_alpha
        # ("pour la Basse-Saxe et la Saxe-Anhalt": two named areas; "commissaire aux Transports et au Tourisme",
        # "aux Affaires intérieures et à la Migration": two portfolios after "à"; "ministre des Ressources
        # minérales et pétrolières, X": two adjectives of one portfolio, the phrase ending after the second)
    if low == "en" and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "chef":
        return True  # "le négociateur en chef de l'Inde", "le commandant en chef"
    if low == "par":  # "le Premier ministre par intérim du Pakistan, X": an office held ad interim
        return tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "intérim"
    if low == "sans":  # "maire sans étiquette de Lucy-le-Bois": a political label inside the title
        return tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "étiquette"
    if low in ("au", "aux") and tok.i + 1 < len(tok.doc) and fold(tok.doc[tok.i + 1].text) in PORTFOLIO_WORDS \
            and tok.doc[tok.i + 1].text[:1].isupper():
        return True  # "le commissaire européen au Commerce, X", "la secrétaire d'Etat aux Transports"
    if low in ("en", "au", "aux"):  # "l'ambassadeur d'Allemagne en Pologne, au Maroc, Hans Weber"
        return tok.i + 1 in ent_of
    return tok.pos_ in ("NOUN", "ADJ", "PROPN") and (tok.is_alpha or _hyphenated(tok.text)) \
        or "-" in tok.text and tok.is_lower


def _hyphenated(text: str) -> bool:
    """A word of letters joined by hyphens ("Outre-mer" in "la ministre des Outre-mer"), which is no alpha token."""
    return "-" in text and all(part.isalpha() for part in text.split("-"))


_AREAS = frozenset({"afrique", "amerique", "asie", "europe", "oceanie", "proche-orient", "moyen-orient", "sahel",
                    "maghreb", "caraibes", "pacifique", "arctique", "balkans", "caucase"})


def _area(doc: Doc, i: int, b: int, ent_of: dict[int, int]) -> bool:
    """Whether the name at token i (within the phrase ending at b) is a country or a vast area ("pour le
    Tchad", "pour l'Afrique": an office's remit), not a body ("coordinatrice du projet pour le PNLT")."""
    e = i
    while e < b and ent_of.get(e) == ent_of[i]:
        e += 1
    name = span_text(doc, i, e)
    return bool(country(name)) or fold(name) in _AREAS


def _title(doc: Doc, a: int, b: int, person: int, name_start: int, ent_of: dict[int, int]) -> Title | None:
    """Build a Title from the phrase tokens [a, b) (a = first token of the head)."""
    tokens = token_list(doc)
    while b > a and tokens[b - 1].lower_ in _LINK:
        b -= 1
    n = head_at(doc, a, b)
    if not n:
        return None
    scope = scope_at(doc, a, n)
    if scope == "org" and n == 1 and tokens[a].lower_ in _SECRETARIES and _state_portfolio(tokens, a + n, b):
        scope = "national"  # "le secrétaire philippin à la Défense", "le secrétaire américain au Trésor"
    country, org, role_end, place = None, None, b, None
    placed = None  # the entity named at the place
    adjective = False  # a nationality adjective before any complement names the office's country
    for tok in token_list(doc)[a + n:b]:
        if tok.lower_.startswith("chargé"):
            break  # what follows is the portfolio, not the organisation
        if tok.i in ent_of and ent_of.get(a + n - 1) == ent_of[tok.i]:
            continue  # a mention running over the head ("ministre d'Etat qatari ...") names no organisation
        if tok.is_lower and country_of_adjective(tok.text):
            adjective = True
        if tok.i in ent_of and _lower_mention(tokens, tok.i, ent_of):
            continue  # "ministre [qatari de l'Energie]": a span the NER took for a name opens on the adjective
        if place is None and tok.i in ent_of and ent_of[tok.i] != person \
                and (tokens[tok.i - 1].lower_ == "pour" or tokens[tok.i - 2].lower_ == "pour"
                     and tokens[tok.i - 1].lower_ in _ARTICLES | {"les"}) \
                and (adjective or _area(doc, tok.i, b, ent_of)):
            # "l'émissaire américain pour le Proche-Orient": the area of a US office; "son directeur pour le
            # Tchad", "le conseiller pour l'Afrique du président X": the remit, never whose office it is
            place = tok.i - 1 if tokens[tok.i - 1].lower_ == "pour" else tok.i - 2
            continue
        if place is not None and tok.i in ent_of and ent_of.get(tok.i - 1) == ent_of[tok.i]:
            continue  # (the rest of the remit's name)
        if tok.i in ent_of and tokens[tok.i - 1].lower_ in ("entre", "et") \
                and any(t.lower_ == "entre" for t in tokens[a + n:tok.i]):
            continue  # "l'émissaire pour le dialogue entre Belgrade et Pristina": the remit's parties
        if tok.i in ent_of and ent_of[tok.i] != person and scope != "represents" \
                and (tokens[tok.i - 1].lower_ in ("en", "au", "aux", "à")
                     or tokens[tok.i - 2].lower_ == "à" and tokens[tok.i - 1].lower_ in _ARTICLES
                     or place is not None and ent_of.get(tok.i - 1) == ent_of[tok.i]
                     or placed == ent_of[tok.i]):  # "(OFCE)" after the name of the same body
            # "sa coordinatrice d'urgence au Soudan": where the office is held, not whose it is
            place = place if place is not None else tok.i - 1 - (tokens[tok.i - 2].lower_ == "à"
                                                                   and tokens[tok.i - 1].lower_ in _ARTICLES)
            placed = ent_of[tok.i]
            continue
        if tok.i in ent_of and ent_of[tok.i] != person and _national_body(tokens, tok.i, b, ent_of):
            break  # "la présidente du Conseil italien": the office of a country (its adjective, below)
        if tok.i in ent_of and ent_of[tok.i] != person:
            org = ent_of[tok.i]
            # the role stops before "de la Commission": drop the linking words too
            role_end = tok.i
            while role_end > a + n and tokens[role_end - 1].lower_ in _LINK:
                role_end -= 1
            break
    if org is None and place is not None:
        role_end = place
    keep = []
    for tok in token_list(doc)[a:role_end]:
        c = country_of_adjective(tok.text) if tok.pos_ in ("ADJ", "NOUN", "PROPN", "X") and tok.is_lower else None
        if c and tok.i >= a + n:
            country = country or c
            continue
        keep.append(tok)
    role = " ".join(t.text for t in keep).replace("' ", "'").replace(" - ", "-")
    start = a
    if a > 0 and tokens[a - 1].lower_ in _QUALIFIERS:
        start = a - 1
    past = start > 0 and tokens[start - 1].lower_ in _PAST
    # (the Span's offsets and text, without building it: start < b)
    return Title(person, token_starts(doc)[start], token_ends(doc)[b - 1], span_text(doc, start, b), role, scope,
                 country, org, name_start, past)


def _lower_mention(tokens, i: int, ent_of: dict[int, int]) -> bool:
    """Whether the entity mention holding token i opens on a lower-case nationality adjective (no name does:
    the NER ran from the adjective over the portfolio)."""
    m = i
    while m > 0 and ent_of.get(m - 1) == ent_of[i]:
        m -= 1
    return tokens[m].is_lower and country_of_adjective(tokens[m].text) is not None


_SECRETARIES = frozenset({"secrétaire", "secrétaires", "sous-secrétaire"})


def _state_portfolio(tokens, i: int, b: int) -> bool:
    """Whether the phrase [i, b) gives a state portfolio after "à/au/aux" ("à la Défense", "au Trésor"): a
    "secrétaire" with one is a minister (the American, Philippine or British usage), a state office."""
    for k in range(i, b - 1):
        if tokens[k].lower_ in ("à", "au", "aux"):
            nxt = tokens[k + 1] if tokens[k + 1].lower_ not in _ARTICLES else tokens[min(k + 2, b - 1)]
            if nxt.text[:1].isupper() and fold(nxt.text) in PORTFOLIO_WORDS:
                return True
    return False


def _listed_portfolio(tokens, k: int) -> bool:
    """A comma that lists another portfolio of the same minister: "le ministre de l'Education nationale[,] du
    Préscolaire et des Sports, X" ("de/du/des" and a capitalised portfolio after it)."""
    if tokens[k].text != "," or k + 3 >= len(tokens) or tokens[k + 1].lower_ not in _DE:
        return False
    nxt = tokens[k + 2] if tokens[k + 2].lower_ not in _ARTICLES else tokens[k + 3]
    return nxt.text[:1].isupper() and nxt.is_alpha and (fold(nxt.text) in PORTFOLIO_WORDS or nxt.pos_ == "NOUN")


_GOVERNMENT_BODIES = frozenset({"conseil", "conseil des ministres", "gouvernement"})


def _national_body(tokens, i: int, b: int, ent_of: dict[int, int]) -> bool:
    """Whether the mention at token i is a country's government body named by a nationality adjective, in
    the mention or right after it ("président du Conseil italien", "président du Conseil des ministres
    péruvien"): the NER takes it for an organisation; the office is the country's (the golds' object)."""
    e = i
    while e < b and ent_of.get(e) == ent_of[i]:
        e += 1
    words = [t.lower_ for t in tokens[i:e]]
    if words and country_of_adjective(tokens[e - 1].text) and tokens[e - 1].is_lower:
        words.pop()
    elif not (e < b and tokens[e].is_lower and country_of_adjective(tokens[e].text)):
        return False
    return fold(" ".join(words)) in _GOVERNMENT_BODIES


def _bracket_open(tokens, k: int, lo: int) -> int | None:
    """The "(" of the short bracket closing at token k when it holds only a short form and labels, commas
    included ("(PP, droite)", "(LFI, gauche radicale)"): no verb, at most six tokens; else None."""
    for o in range(k - 1, max(lo, k - 8) - 1, -1):
        if tokens[o].text == "(":
            return o if o < k - 1 else None
        if tokens[o].pos_ in ("VERB", "AUX") or tokens[o].text in ("(", ")", ";", ":", "«", "»", '"'):
            return None
    return None


def title_before(doc: Doc, s: int, ent_of: dict[int, int], person: int = -1) -> tuple[int | None, int]:
    """(first token of the title head, last token of the phrase) of a title right before
    token s, optionally followed by a comma; (None, _) when there is none."""
    # (asked for every person mention, twice per article: the words are read from the per-Doc lists, since a
    # Token's text, lower-case form and tag are decoded anew at each read)
    tokens, orths, lowers, _, _ = word_lists(doc)
    sent_starts = sentence_bounds(doc)[0]
    lo = sent_starts[s]
    for _ in range(2):  # (twice: "Convention" | "-" | "cadre des Nations unies ..., X")
        if lo > 0 and (s - lo <= 2 or orths[lo][:1] == "-" or tokens[lo].is_lower):
            # the splitter cut "…, a lancé l'ambassadrice … (ONU)" | ", Rebecca Holloway",
            # or "Le chef d'état" | "-major de l'armée, le général X"
            lo = sent_starts[lo - 1]
    j = s - 1
    comma = j >= lo and orths[j] == ","
    if comma:
        j -= 1
    elif j >= lo and lowers[j] in _DE:
        return None, j  # "l'avocate de M. Lambert": the role is someone else's
    best = None
    k = j
    while k >= max(lo, j - 24):  # "Le secrétaire exécutif de la Convention-cadre des Nations unies sur ... (CCNUCC), X"
        if orths[k] == ")" and (o := _bracket_open(tokens, k, lo)) is not None:
            k = o  # a bracketed gloss of the body, commas and all: "du Parti populaire (PP, droite), X"
        if head_at(doc, k, j + 1):
            best = k
        if not (k in ent_of or _phrase_token(tokens[k], ent_of) or orths[k] == "," and _listed_portfolio(tokens, k)) \
                or ent_of.get(k) == person or best is not None and _opens_phrase(doc, k, lo):
            break
        k -= 1
    if best is not None and (not comma or best == lo or pos_forms(doc)[best - 1] == "DET"
                             or lowers[best - 1] in _BEFORE_HEAD):  # "L'ancien maire de X, Y"
        return best, j
    if best is not None and best - 1 > lo and lowers[best - 1] == "et" \
            and title_before(doc, best - 1, ent_of, person)[0] is not None:
        return best, j  # "la maire de Strasbourg et présidente de l'Eurométropole, X"
    return None, j


_BEFORE_HEAD = _QUALIFIERS | _CONTRACTED | _PAST


def _opens_phrase(doc: Doc, k: int, lo: int) -> bool:
    """Whether the article at token k opens the title's noun phrase: after a word that is no preposition or
    conjunction ("a déclaré devant les élus le président de X, Y", "à la presse le secrétaire d'Etat ..., Y":
    an inverted subject after a complement), the words before it are no part of the title."""
    if k <= lo or lower_forms(doc)[k] not in _ARTICLES | {"les"}:
        return False
    return pos_forms(doc)[k - 1] not in ("ADP", "CCONJ", "DET", "PUNCT")


def _demonym_before(tokens, s: int) -> str | None:
    """The country of "le Sénégalais" / "la Mauritanienne" right before token s (a capitalised
    nationality noun after an article), else None."""
    if s < 2 or not tokens[s - 1].text[:1].isupper() or tokens[s - 2].lower_ not in _ARTICLES:
        return None
    return country_of_adjective(tokens[s - 1].text)


def _enumerated_title(doc: Doc, s: int, ent_of: dict[int, int], person: int) -> Title | None:
    """"les ministres de l'Energie des deux pays, le Sénégalais X et le Mauritanien Y": a plural title
    shared out over a list of names each given a nationality; each holds the singular office in the
    country of that nationality."""
    tokens = token_list(doc)
    demonym = _demonym_before(tokens, s)
    if demonym is None:
        return None
    lo = sentence_bounds(doc)[0][s]
    p = s - 3  # the token before "le Sénégalais"
    for _ in range(4):  # at most four names listed before this one
        if p <= lo or tokens[p].text not in (",", "et"):
            return None
        if tokens[p].text == ",":
            best, j = title_before(doc, p + 1, ent_of, person)
            if best is not None:
                head = tokens[best]
                if not head.lower_.endswith(("s", "x")) or head.lower_ == fold(head.lemma_) \
                        or fold(head.lemma_) not in TITLES:
                    return None  # "le ministre de l'Energie, le Sénégalais X": no list shared out
                t = _title(doc, best, j + 1, person, tokens[s].idx, ent_of)
                if t is None or t.scope != "national" or t.org is not None:
                    return None
                words = t.role.split()
                cut = next((i for i, w in enumerate(words) if w in _NUMBER_WORDS or w in ("leurs", "respectifs")),
                           len(words))
                while cut > 1 and fold(words[cut - 1]) in _DE | {"les", "entre"}:
                    cut -= 1
                t.role = " ".join([head.lemma_] + words[1:cut])
                t.country = demonym
                return t
        # back over the previous item of the list: "le Sénégalais X" before "et"
        q = p - 1
        if q not in ent_of:
            return None
        while q > lo and ent_of.get(q - 1) == ent_of[q]:
            q -= 1
        if _demonym_before(tokens, q) is None:
            return None
        p = q - 3
    return None


def _nationality(tok) -> str | None:
    return country_of_adjective(tok.text) if tok.is_lower and tok.is_alpha else None


def _coordinated_nationalities(doc: Doc, s: int, ent_of: dict[int, int], person: int) -> Title | None:
    """"Les chefs de la diplomatie arménien et azerbaïdjanais, A et B", "les présidents russe et chinois, A et
    B": a plural national title with two coordinated nationality adjectives, shared out in order over the two
    coordinated names after it; each holds the singular office in the country of its adjective."""
    tokens, _, lowers, _, _ = word_lists(doc)  # (asked for every name without a title before it)
    lo = sentence_bounds(doc)[0][s]
    c, second = s - 1, False
    if c > lo and lowers[c] == "et" and c - 1 in ent_of and ent_of[c - 1] != person:
        q = c - 1  # back over the first name: "A et" before B
        while q > lo and ent_of.get(q - 1) == ent_of[c - 1]:
            q -= 1
        c, second = q - 1, True
    elif c + 1 < len(tokens) and s > lo and not any(
            lowers[k] == "et" and k + 1 in ent_of for k in range(s + 1, min(s + 6, len(tokens)))):
        return None  # the first name must be followed by "et B"
    if c <= lo + 3 or tokens[c].text != ",":
        return None
    k = c - 1
    while k > max(lo, c - 10) and not (tokens[k].lower_ == "et" and _nationality(tokens[k - 1])
                                       and _nationality(tokens[k + 1])):
        if not _phrase_token(tokens[k], ent_of) or k in ent_of:
            return None
        k -= 1
    if tokens[k].lower_ != "et":
        return None
    best, j = title_before(doc, k, ent_of, person)
    if best is None:
        return None
    head = tokens[best]
    if fold(head.lemma_) not in TITLES or head.lower_ == fold(head.lemma_) or TITLES[fold(head.lemma_)] != "national":
        return None  # a plural head: "les chefs", "les ministres", "les présidents"
    t = _title(doc, best, c, person, tokens[s].idx, ent_of)
    if t is None or t.org is not None:
        return None
    t.country = _nationality(tokens[k + 1] if second else tokens[k - 1])
    words = [w for w in t.role.split() if w != "et"]
    t.role = " ".join([head.lemma_] + words[1:])
    return t


_ASIDE_STOPS = frozenset({";", ":", "«", "»", "(", ")", '"', "et"})


def _title_over_aside(doc: Doc, s: int, ent_of: dict[int, int], person: int) -> tuple[int, int] | None:
    """A title separated from the name by one aside between commas: an apposition glossing the organisation the
    title names ("La cosecrétaire générale du SNES-FSU, premier syndicat du second degré, X": no verb, no name
    in it), or a relative clause after a title that opens the sentence ("Ancien haut fonctionnaire du FMI, où
    il a travaillé quinze ans, M. X remplace ..."). (first token of the head, last token of the title)."""
    tokens = token_list(doc)
    if s < 4 or tokens[s - 1].text != ",":
        return None
    lo = sentence_bounds(doc)[0][s]
    k = s - 2
    while k > max(lo, s - 14) and tokens[k].text != ",":
        if tokens[k].text in _ASIDE_STOPS or k in ent_of:
            return None
        k -= 1
    if k <= lo + 1 or tokens[k].text != "," or k + 1 >= s - 1:
        return None
    if tokens[k + 1].lower_ in ("où", "qui", "dont"):
        best, j = title_before(doc, k + 1, ent_of, person)
        if best is None:
            return None
        lead = best
        while lead > lo and (tokens[lead - 1].lower_ in PAST_OR_QUALIFIER or tokens[lead - 1].pos_ == "DET"):
            lead -= 1
        return (best, j) if lead == lo else None
    if k - 1 not in ent_of or any(t.pos_ in ("VERB", "AUX", "PRON", "SCONJ") for t in tokens[k + 1:s - 1]):
        return None
    best, j = title_before(doc, k + 1, ent_of, person)
    return (best, j) if best is not None else None


_COMPLEMENT_POS = frozenset({"ADP", "DET", "NOUN", "ADJ"})


def _held_at_after(tokens, b: int, end: int, ent_of: dict[int, int], person: int) -> int:
    """The end of an apposed title whose long complement ends on the body where the office is held:
    "X, responsable des maladies évitables par la vaccination au bureau régional de l'OMS, ..." (the
    phrase stopped at "par"): past a few lower-case words with no verb or punctuation, "à/au/aux" + a
    named body; else b unchanged."""
    k = b
    while k < min(end, b + 8) and k not in ent_of and tokens[k].pos_ in _COMPLEMENT_POS and tokens[k].is_lower:
        if tokens[k].lower_ in ("à", "au", "aux") and k > b:
            m = k + 1 + (tokens[k].lower_ == "à" and k + 1 < end and tokens[k + 1].pos_ == "DET")
            if m + 1 < end and m not in ent_of and tokens[m].is_lower and tokens[m].pos_ == "NOUN":
                m += 1  # "au groupe Fnac Darty", "à la société X": the body's noun before its name
            if m < end and m in ent_of and ent_of[m] != person:
                while m < end and (m in ent_of or _phrase_token(tokens[m], ent_of)) and ent_of.get(m) != person:
                    m += 1
                return m
            return b
        k += 1
    return b


def _inner_head(doc: Doc, best: int, j: int) -> int:
    """The last title head of the phrase [best, j] that is a "de" complement of the head before it: a name
    written right after "le conseiller du président américain X" or "le porte-parole du ministre X" (no comma
    before it) is the inner title's holder, the outer office being someone else's (with a comma,
    "le directeur de cabinet du ministre, X", the name is the outer title's)."""
    tokens = token_list(doc)
    inner = best
    for h in range(best + 1, j + 1):
        before = tokens[h - 1].lower_
        after_de = before in ("du", "des") or before in _ARTICLES and tokens[h - 2].lower_ in _DE
        k = h - 1 - (before in _ARTICLES)
        while not after_de and k > best and tokens[k].lower_ in _QUALIFIERS:
            k -= 1  # "du nouveau président"
            after_de = tokens[k].lower_ in ("du", "des") or tokens[k].lower_ in _ARTICLES and tokens[k - 1].lower_ in _DE
        if after_de and head_at(doc, h, j + 1) and TITLES.get(fold(tokens[h].text)) == "national":
            inner = h
    return inner


_HONORIFICS = frozenset({"cheikh", "cheik", "sheikh", "mgr", "me"})  # no office of their own
_UNTIL_NOW = (("jusqu'", "ici"), ("jusqu’", "ici"), ("jusqu'", "alors"), ("jusqu’", "alors"),
              ("désormais",), ("actuellement",), ("alors",))
_ONE_OF = (("l'", "un", "des"), ("l'", "une", "des"), ("l’", "un", "des"), ("l’", "une", "des"),
           ("un", "des"), ("une", "des"))
_LEAD_FIRSTS = frozenset(words[0] for lead in (_UNTIL_NOW, _ONE_OF) for words in lead)


def _apposed_lead(tokens, k: int, end: int) -> int:
    """The first token after the words that may open an apposed title without being part of it (k: the token
    after the comma): a time adverb ("X, jusqu'ici directeur général de Y", "X, désormais présidente de Y")
    and a share of a plural office ("X, l'un des secrétaires généraux de la centrale": one of its holders)."""
    for lead in (_UNTIL_NOW, _ONE_OF):
        if k >= end or tokens[k].lower_ not in _LEAD_FIRSTS:
            continue  # (most appositions: one word read, not thirteen word lists)
        for words in lead:
            n = len(words)
            if k + n < end and all(tokens[k + m].lower_ == w for m, w in enumerate(words)):
                k += n
                break
    return k


_BEFORE_APPOSED_HEAD = _ARTICLES | _QUALIFIERS | _PAST  # "X, l'ancien ministre ..."
_RANK_ABBREVIATIONS = frozenset({"Dr", "Dr.", "Pr", "Pr."})  # "le Dr X", "le Pr Y": docteur, professeur


def find_titles(doc: Doc, ent_of: dict[int, int], people: list[tuple[int, int, int]]) -> list[Title]:
    """Titles attached to person mentions.

    `ent_of` maps a token index to the index of the entity it belongs to;
    `people` lists (first token, end token, entity index) of person name mentions.
    """
    tokens, orths, lowers, tags = token_list(doc), orth_forms(doc), lower_forms(doc), pos_forms(doc)
    idx = token_starts(doc)
    sent_starts, sent_ends = sentence_bounds(doc)
    titles = []
    for s, e, person in people:  # (the words from the per-Doc lists: a Token decodes its strings at each read)
        sent_start, sent_end = sent_starts[s], sent_ends[s]
        before_scope = None  # the scope of a title before the name that names no body
        # pre-nominal: "... le chef de la diplomatie russe Sergueï Lavrov", "Le patron ..., Wang Yi"
        best, j = title_before(doc, s, ent_of, person)
        if best is None and (shared := _enumerated_title(doc, s, ent_of, person)) is not None:
            titles.append(shared)  # "les ministres ... des deux pays, le Sénégalais X et le Mauritanien Y"
            continue
        if best is None and (shared := _coordinated_nationalities(doc, s, ent_of, person)) is not None:
            titles.append(shared)  # "les chefs de la diplomatie arménien et azerbaïdjanais, A et B"
            continue
        if best is None and (over := _title_over_aside(doc, s, ent_of, person)) is not None:
            best, j = over  # "La cosecrétaire générale du SNES-FSU, premier syndicat du second degré, X"
        if best is None:
            # "…, le docteur Samuel Okafor", "son directeur, le dramaturge portugais Tomás Ferreira":
            # a profession word before the name, the role in the apposition before it
            k = s - 1
            while k > sent_start and (tags[k] in ("NOUN", "ADJ") and tokens[k].is_lower
                                      or country_of_adjective(orths[k])  # ", l'Italien Luca Rossi"
                                      or orths[k] in _RANK_ABBREVIATIONS):  # ", le Dr X"
                k -= 1
            if (k < s - 1 or orths[s] in _RANK_ABBREVIATIONS) and k >= 1 and tags[k] == "DET" \
                    and orths[k - 1] == ",":
                best, j = title_before(doc, k, ent_of, person)
            elif s >= 3 and orths[s - 2] == "," and lowers[s - 1] in _HONORIFICS:
                # "le Premier ministre du Qatar, cheikh X": an honorific with no article before the name
                best, j = title_before(doc, s - 1, ent_of, person)
        if best is not None and orths[s - 1] != ",":
            best = _inner_head(doc, best, j)  # "le conseiller ... du président américain X": X is the president
        lead = best
        while lead is not None and lead >= 1 and lowers[lead - 1] in PAST_OR_QUALIFIER:
            lead -= 1  # "la candidate du MAS, l'ancienne ministre X"
        if best is not None and lead >= 2 and tags[lead - 1] == "DET" and orths[lead - 2] == ",":
            # "le directeur ... de l'OMS, le docteur Samuel Okafor": the rank is not the role
            # "le commandant de la force, le général kényan X": a rank with a nationality
            # yields to an outer title that names the organisation
            t = _title(doc, best, j + 1, person, idx[s], ent_of)
            if t is not None and t.org is None:
                outer, oj = title_before(doc, lead - 1, ent_of, person)
                o = _title(doc, outer, oj + 1, person, idx[s], ent_of) if outer is not None else None
                if o is not None and o.scope == "member" and o.org is not None and t.scope != "org":
                    # "la candidate du MAS, l'ancienne ministre du Développement rural X": both hold
                    titles.append(o)
                    outer = None
                if outer is not None and t.country is not None and o is not None and o.org is not None \
                        and fold(t.role.split()[0]) in _MINISTERS:
                    # "le président de la COP31, le ministre turc de l'Environnement, X": both offices
                    titles.append(o)
                    outer = None
                if outer is not None and t.country is not None:
                    outer = outer if o is not None and o.org is not None else None
                if outer is not None:
                    best, j = outer, oj
        if best is not None:
            t = _title(doc, best, j + 1, person, idx[s], ent_of)
            if t:
                titles.append(t)
                if best > 1 and lowers[best - 1] == "et":  # the first of two coordinated titles
                    first, fj = title_before(doc, best - 1, ent_of, person)
                    t0 = _title(doc, first, fj + 1, person, idx[s], ent_of) if first is not None else None
                    if t0 and t0.org is None and t0.country is None and t0.scope == t.scope == "national":
                        # "le Premier ministre et ministre des Affaires étrangères du Qatar, X": one country for both
                        t0.org, t0.country = t.org, t.country
                    if t0:
                        titles.append(t0)
                if not (t.org is None and t.country is None):
                    # ("Les commissaires, X, conservatrice au musée Y, et Z": the group's, then X's own; "l'ailier X,
                    # joueur de l'UBB", "le ministre de ..., X, ancien maire d'Ajaccio": a title before the name that
                    # names no body leaves the apposition its own)
                    continue
                before_scope = t.scope
        # apposition: "Xi Jinping, président chinois, ..."
        k = e
        if k < sent_end and orths[k] == ",":
            k += 1
            if k + 2 < sent_end and orths[k].isdigit() and lowers[k + 1] == "ans" and orths[k + 2] == ",":
                k += 3  # the age the wire puts first: "X, 52 ans, ancien directeur technique de Y"
            k = _apposed_lead(tokens, k, sent_end)
            while k < sent_end and (lowers[k] in _BEFORE_APPOSED_HEAD
                                    or k == e + 1 and lowers[k] in ("un", "une")):  # "X, un responsable de Y"
                k += 1
            if k < sent_end and head_at(doc, k, sent_end):
                b = k + 1
                while b < sent_end and _phrase_token(tokens[b], ent_of) and ent_of.get(b) != person \
                        and not (tokens[b].pos_ == "PROPN" and b + 1 < sent_end and tokens[b + 1].text == ","
                                 and b not in ent_of):
                    b += 1
                b = _held_at_after(tokens, b, sent_end, ent_of, person)
                t = _title(doc, k, b, person, idx[s], ent_of)
                if t and not (before_scope == "member" and t.scope != "member"):
                    # (after a member's post, "le député X, président de la chambre de commerce", only another
                    # membership: "l'ailier X, joueur de l'UBB")
                    titles.append(t)
    titles += _post_titles(doc, ent_of, people)
    return titles


# what an appointment to a post hangs on: "a nommé X au poste de", "la nomination de X au poste de"
_APPOINTING = frozenset({"nommer", "renommer", "désigner", "élire", "réélire", "reconduire", "promouvoir", "choisir",
                         "installer", "confirmer", "nomination", "désignation", "élection", "réélection",
                         "reconduction", "promotion", "investiture", "approuver", "entériner", "valider"})
_REPLACING = ("en", "remplacement")


def _post_titles(doc: Doc, ent_of: dict[int, int], people: list[tuple[int, int, int]]) -> list[Title]:
    """An appointment to a post named by its office: "la nomination de X au poste de directrice générale", "a
    nommé X, un diplomate, au poste de Premier ministre", "X a été désigné mardi au poste de secrétaire général".
    The office is a title of the appointee: the name right before "au poste de" (or before an aside in commas),
    else the passive subject of the appointing verb the post hangs on; its owner is read like any title's (the
    body named in it, else the story's country or body). "..., en remplacement de Z" after the office: Z held it
    until now (a past title, which the golds keep as HOLDS_ROLE like "l'ancien ministre")."""
    hits = tokens_with_lower(doc, ("poste",))
    if not hits:
        return []
    tokens, lowers = token_list(doc), lower_forms(doc)
    idx = token_starts(doc)
    sent_starts, sent_ends = sentence_bounds(doc)
    last = {e - 1: (s, p) for s, e, p in people}
    first = {s: p for s, e, p in people}
    person_at = {i: (s, p) for s, e, p in people for i in range(s, e)}
    out = []
    for k in hits:
        lo, end = sent_starts[k], sent_ends[k]
        if k < lo + 2 or k + 3 >= end or lowers[k - 1] not in ("au", "aux") or lowers[k + 1] not in ("de", "d'", "d’"):
            continue
        head, hops = tokens[k].head, 0
        while head.lemma_ not in _APPOINTING and hops < 2 and head.head.i != head.i:
            head, hops = head.head, hops + 1  # ("poste" hung on the appointee's name)
        if head.lemma_ not in _APPOINTING:
            continue
        j = k - 2
        if tokens[j].text == "," and (comma := next((c for c in range(j - 1, max(j - 9, lo), -1)
                                                     if tokens[c].text == ","), None)) is not None:
            j = comma - 1  # "la nomination de X, un endocrinologue sans expérience politique, au poste de"
        found = last.get(j)
        if found is None and head.pos_ in ("VERB", "AUX"):
            subjects = [c.i for c in head.children if c.dep_ == "nsubj:pass" and c.i in person_at]
            found = person_at[subjects[0]] if subjects else None  # "X a été nommé mardi au poste de"
        if found is None:
            continue
        a = k + 2
        if not head_at(doc, a, end):
            continue
        b = a + 1
        while b < end and _phrase_token(tokens[b], ent_of) and b not in person_at:
            b += 1
        b = _held_at_after(tokens, b, end, ent_of, found[1])
        t = _title(doc, a, b, found[1], idx[found[0]], ent_of)
        if t is None:
            continue
        if t.org is None and t.country is None and t.scope == "org":
            # "Le groupe X a annoncé la nomination de Y au poste de directrice générale": the body that appoints
            verb = head.head if head.pos_ == "NOUN" else head
            agents = [g.i for c in verb.children if c.dep_ in ("nsubj", "obl:agent")
                      for g in [c, *(g for g in c.children if g.dep_ in ("appos", "nmod", "flat:name"))]
                      if g.i in ent_of and g.i not in person_at]  # ("Le constructeur X": its name)
            if agents:
                t.org = ent_of[agents[0]]
        out.append(t)
        r = b + 1 if b < end and tokens[b].text == "," else b
        if r + 3 < end and (lowers[r], lowers[r + 1]) == _REPLACING and lowers[r + 2] in ("de", "d'", "d’") \
                and (before := first.get(r + 3)) is not None and before != found[1]:
            old = _title(doc, a, b, before, idx[r + 3], ent_of)
            if old is not None:
                old.past, old.org = True, old.org if old.org is not None else t.org
                out.append(old)
    return out
