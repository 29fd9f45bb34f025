"""Who is speaking: noun phrases around a reporting verb and their resolution to entities.

The entity stage may or may not have turned "M. Wang", "le patron de la diplomatie
chinoise" or "il" into mentions of an entity, so `SpeakerResolver` matches a speaker
phrase itself: entity mentions first, then pronouns (last compatible speaker or person),
surnames, titles (from `Entity.titles` and from appositions such as "le chef de la
diplomatie russe Sergueï Lavrov"), and finally keeps an unnamed phrase as it is.
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc, Token

from .countries import ACRONYM_FAMILIES, country, country_of_capital, institutions_of_seat
from .nlp import (char_span_bounds, children_of, lower_forms, morph_of, orth_forms, pos_forms, sentence_bounds, span_text,
                  text_of, token_list, token_starts, tokens_with_lower)
from .model import Entity, Span, Speaker

DE = {"de", "du", "des", "d'", "d’"}
_WORD = re.compile(r"[a-z-]+")
_TITLE_PUNCT = re.compile(r"[()',]")
SOME_PLURAL = {"des", "plusieurs", "certains", "certaines", "deux", "trois", "quelques"}
SOME = {"un", "une"} | SOME_PLURAL  # an indefinite speaker: "un diplomate", "plusieurs économistes"
# Participles saying how a speaker was reached, not who they are ("un habitant joint par l'AFP").
REACHED = {"joint", "jointe", "joints", "jointes", "contacte", "contactee", "contactes", "contactees",
           "interroge", "interrogee", "interroges", "interrogees", "cite", "citee", "cites", "citees",
           "sollicite", "sollicitee", "interviewe", "interviewee"}
DETS = {"le", "la", "l'", "l’", "les", "un", "une", "des", "ce", "cette", "son", "sa", "ses", "leur"}
HONORIFICS_M = {"m.", "monsieur", "mm."}
HONORIFICS_F = {"mme", "mme.", "madame", "mlle", "mademoiselle"}
SUBJECT_PRONOUNS = {"il": ("Masc", "Sing"), "elle": ("Fem", "Sing"), "ils": ("Masc", "Plur"),
                    "elles": ("Fem", "Plur"), "on": (None, "Sing"), "lui": ("Masc", "Sing"), "celui-ci": ("Masc", "Sing"),
                    "celle-ci": ("Fem", "Sing")}
NP_POS = {"NOUN", "PROPN", "ADJ", "NUM", "X"}
TIME_WORDS = {"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "hier",
              "soir", "matin", "aujourd'hui", "encore", "egalement", "aussi", "alors", "ensuite"}
ORG_NOUNS = {"agence", "organisation", "organisme", "ministere", "groupe", "entreprise", "societe",
             "syndicat", "institution", "gouvernement", "parti", "federation", "association",
             "compagnie", "union", "commission", "firme", "constructeur", "operateur", "banque",
             "prefecture", "mairie", "armee", "police", "gendarmerie", "parquet", "direction", "club",
             "equipe", "etat-major", "justice", "tribunal", "cour", "conseil", "assemblee", "senat", "ong",
             "institut", "observatoire", "fondation", "academie", "cabinet", "office",
             # and other kinds the article introduces a name with ("le fonds d'investissement X" ... "le fonds")
             "fonds", "holding", "consortium", "collectif", "coalition", "alliance", "mouvement", "confederation",
             "intersyndicale", "municipalite", "hopital", "universite", "laboratoire", "fabricant", "transporteur",
             "armateur", "assureur", "equipementier", "chaine", "plateforme", "reseau",
             # bodies named by what they do: "l'autorité" (a regulator), "l'instance" (a federation, a court)
             "autorite", "instance", "regulateur", "organe",
             # standing bodies and an embassy: "le Comité de sécurité nationale" ... "le comité a estimé"
             "comite", "parlement", "ambassade", "secretariat", "commissariat", "haut-commissariat"}
# nouns that fit any organisation ("l'agence onusienne" for the OMS, "la direction" for a company);
# the other ORG_NOUNS name a kind of institution and only stand for one of that kind
# ("la préfecture" is the "préfecture du Nord", never the "Cour des comptes")
ANY_ORG_NOUNS = {"agence", "organisation", "organisme", "groupe", "entreprise", "societe", "institution",
                 "compagnie", "firme", "constructeur", "operateur", "direction", "union", "autorite", "instance",
                 "regulateur", "organe"}
NGO_NOUNS = {"ong"}  # "selon l'ONG": rarely part of the NGO's name
STATE_NOUNS = {"ministere", "gouvernement", "prefecture", "mairie", "armee", "police", "gendarmerie", "parquet",
               "justice", "tribunal", "cour", "conseil", "assemblee", "senat", "etat-major", "commission", "banque"}
COMPANY_NOUNS = {"groupe", "entreprise", "societe", "compagnie", "firme", "constructeur", "operateur", "direction"}
INTRO_DETS = {"le", "la", "l", "les", "un", "une", "au", "aux", "du", "des", "son", "sa", "ses", "leur", "ce", "cette"}
PHRASE_BREAKS = {"en", "a", "dans", "sur", "pour", "par", "avec", "contre", "chez", "vers", "et", "ou"}  # (folded)
APPOINTED = {"nomination", "nommé", "nommée", "nomme", "nommer", "élu", "élue", "investi", "investie", "désigné",
             "désignée", "désignation", "serment"}  # words that say someone took an office ("le nouveau ministre")
NOT_ANAPHORIC = {"meme", "source", "sources", "communique", "texte", "rapport", "document"}
_ROLE_OF = re.compile(r"\b(de|du|des|d'|d’)\s*(l'|l’|la |le |les )?$", re.I)  # "porte-parole d'A4E"
_BY = re.compile(r"\bpar\s+(l'|l’|la |le |les )?$", re.I)
_SENT_END = re.compile(r"[.!?»\"”]\s")
ANAPHORA_CHARS = 1500  # how far back "l'agence" looks for its organisation
SPOKE_CHARS = 600  # how far back the last speaker's organisation stands for "l'organisation"
# nouns written alike for a man and a woman: their gender comes from the article or an adjective, never the
# parser's guess ("l'émissaire" tagged feminine)
EPICENE_ENDINGS = ("aire", "iste", "able", "ible", "logue", "ministre", "diplomate", "juge", "membre", "porte-parole",
                   "interprete", "pilote", "guide", "chef")
SIDE_OPENERS = ("côté ", "du côté ", "de son côté", "de leur côté", "pour sa part", "pour leur part", "quant à")
# prepositions that open a sentence's place or circumstance before its subject ("Aux Pays-Bas, KLM a ...", "Dans
# un message lu par le cardinal X, le pape a ...") (lower case; the opener is written with a capital)
ADJUNCT_OPENERS = {"à", "a", "au", "aux", "en", "dans", "depuis", "sur", "chez", "lors", "après", "devant"}
PRONOUN_WINDOW = 3  # segments: how far back "il"/"elle" prefers the last speaker


@lru_cache(maxsize=4096)
def fold(text: str) -> str:
    text = unicodedata.normalize("NFD", text.lower().replace("’", "'"))
    return " ".join("".join(c for c in text if not unicodedata.combining(c)).split())


MEDIA = frozenset(  # news media and agencies (lexicons/media.txt), with their short forms (acronyms.tsv: "AFP")
    n for line in (Path(__file__).with_name("lexicons") / "media.txt").read_text(encoding="utf-8").splitlines()
    if line.strip() and not line.startswith("#") for n in ACRONYM_FAMILIES.get(fold(line), {fold(line)}))
MEDIA_LINKS = {"de", "du", "des", "d'", "par", "a", "au", "aupres", "dont", "que", "qui"}  # (folded)


ROLE_NOUNS = frozenset(  # head nouns of titles: "le patron de ..., Wang Yi" is a title, "De son côté, X" is not
    fold(line.split("\t")[0].split()[0]) for line in
    (Path(__file__).with_name("lexicons") / "titles.tsv").read_text(encoding="utf-8").splitlines()
    if line.strip() and not line.startswith("#"))


PERSON_NOUNS = ROLE_NOUNS | frozenset(  # "un diplomate européen", "une infectiologue du CHU": a person
    line.strip() for line in
    (Path(__file__).with_name("lexicons") / "speaker_nouns.txt").read_text(encoding="utf-8").splitlines()
    if line.strip() and not line.startswith("#"))

DOCUMENT_NOUNS = frozenset(  # "le rapport", "le communiqué du ministère": a document its issuer speaks through
    line.strip() for line in
    (Path(__file__).with_name("lexicons") / "document_nouns.txt").read_text(encoding="utf-8").splitlines()
    if line.strip() and not line.startswith("#"))


FIRST_NAMES = {  # first name -> the gender it gives a person (unisex names are not listed)
    parts[1]: "Fem" if parts[0] == "f" else "Masc" for parts in (
        line.split() for line in (Path(__file__).with_name("lexicons") / "first_names.txt")
        .read_text(encoding="utf-8").splitlines() if line.strip() and not line.startswith("#"))}


def is_person_noun(word: str) -> bool:
    """A noun that names a person: one of the lexicons, or an agent noun by its ending ("le
    rapporteur", "la romancière", "le coureur", "la porte-parole" are listed or end as persons do)."""
    w = fold(word)
    if w in PERSON_NOUNS:
        return True
    w = w[:-1] if len(w) > 4 and w.endswith(("s", "x")) else w
    return not w.endswith(("ment", "mente")) and w.endswith(
        ("eur", "euse", "rice", "iste", "ien", "ienne", "ier", "iere", "ant", "ante", "ent", "ente", "logue"))


NATIONALITY = {  # adjective -> country, to keep "le chef de la diplomatie russe" off an American
    fold(adj): fold(line.split("\t")[0]) for line in
    (Path(__file__).with_name("lexicons") / "nationalities.tsv").read_text(encoding="utf-8").splitlines()
    if "\t" in line and not line.startswith("#") for adj in line.split("\t")[1].split(",")}
ADJECTIVE_OF: dict[str, str] = {}  # folded country -> its first adjective form (masculine singular)
for _adj, _country in NATIONALITY.items():
    ADJECTIVE_OF.setdefault(_country, _adj)
ROLE_CLASSES = (  # different words for the same office
    (("chef de la diplomatie", "cheffe de la diplomatie", "patron de la diplomatie",
      "patronne de la diplomatie", "ministre des affaires etrangeres"), "diplomacy"),
    (("chef de l'etat", "cheffe de l'etat", "president", "presidente"), "head_of_state"),
    (("chef du gouvernement", "cheffe du gouvernement", "premier ministre", "premiere ministre"),
     "head_of_government"),
    (("patron d", "patronne d", "chef d", "cheffe d", "dirigeant d", "dirigeante d", "pdg", "p-dg", "president-directeur general", "presidente-directrice generale",
      "directeur general", "directrice generale"), "chief_executive"),  # "le patron de l'électricien" = "le PDG d'EDF"
    (("envoye", "emissaire"), "envoy"),  # "l'émissaire onusien" after "l'envoyé de l'ONU, X"
)


def role_class(title: str) -> str | None:
    """'chef de la diplomatie américaine' -> 'diplomacy'; 'le ministre de X' -> 'ministre'."""
    t = strip_det(title)
    for prefixes, cls in ROLE_CLASSES:
        if t.startswith(prefixes):
            return cls
    return next((w for w in t.split()[:2] if w in ROLE_NOUNS), None)


OFFICES = frozenset(("head_of_state", "head_of_government", "diplomacy", "ministre"))
SOLE_OFFICES = frozenset(("head_of_state", "head_of_government", "diplomacy"))  # one holder a country
LEADERS = frozenset(("chief_executive", "dirigeant", "dirigeante", "chef", "cheffe", "patron", "patronne", "leader",
                     "head_of_state", "head_of_government", "secretaire", "directeur", "directrice"))  # heads of a body
# roles no one holds beside another the article names: a spokesperson, a lawyer, a prosecutor, a judge
OWN_ROLES = frozenset(("porte-parole", "avocat", "procureur", "juge"))


def _other_office(theirs: str | None, cls: str) -> bool:
    """Two classes of `role_class` that name different state offices (a head of state is no
    minister; "le ministre" may be the one of foreign affairs)."""
    return theirs in OFFICES and cls in OFFICES and theirs != cls and {theirs, cls} != {"diplomacy", "ministre"}


def _bench(span, folded: str) -> bool:
    """"les juges", "les magistrats", "les neuf juges", "la (haute) juridiction": a court's bench or the
    court itself, never a new speaker of its own (session 26: 5 stories left these phrases unnamed); a
    participle may follow ("la juridiction siégeant à Luxembourg", "basée à Calgary")."""
    words = folded.split()
    part = next((i for i, t in enumerate(span) if i >= 2 and t.pos_ in ("VERB", "AUX") and "Part" in t.morph.get("VerbForm")), None)
    if part is not None and len(words) == len(span):
        words = words[:part]
    if words in (["la", "juridiction"], ["la", "haute", "juridiction"]):
        return True
    return words[:1] == ["les"] and words[-1] in ("juges", "magistrats") and (
        len(words) == 2 or (len(words) == 3 and span[1].like_num))


def _role_stem(word: str) -> str:
    """'procureure' -> 'procureur', 'avocate' -> 'avocat', 'ambassadrice' -> 'ambassadeur'."""
    w = fold(word)
    return w[:-4] + "eur" if w.endswith("rice") else w[:-1] if w.endswith(("eure", "ate")) else w


def _former(title: str) -> tuple[bool, str]:
    """'ancien chef de l'etat' -> (True, "chef de l'etat"): a title of someone who left the office."""
    for pre in ("ancien ", "ancienne ", "ex-", "ex "):
        if title.startswith(pre):
            return True, title[len(pre):]
    return False, title


@lru_cache(maxsize=1 << 14)  # (every title and title mention of every article, each time a resolver is built)
def strip_det(text: str) -> str:
    """'le patron de la diplomatie' -> 'patron de la diplomatie' (folded); 'son porte-parole' ->
    'porte-parole', to meet the title "le porte-parole de la marine, X" the article gives later."""
    f = fold(text)
    for det in ("le ", "la ", "l'", "les ", "un ", "une ", "m. ", "mme ", "son ", "sa ", "leur "):
        if f.startswith(det):
            return f[len(det):].strip()
    return f


def pronoun_of(tok: Token) -> tuple[str | None, str] | None:
    """(gender, number) when `tok` is a third-person subject pronoun ("il", "-t-elle")."""
    return pronoun_of_lower(tok.lower_)


def pronoun_of_lower(low: str) -> tuple[str | None, str] | None:
    """`pronoun_of` of a token given by its lower-case form (from `lower_forms`: no Token built)."""
    return SUBJECT_PRONOUNS.get(low.lstrip("-"))


# lower-case parts of a person's name: "Saad al-Kaabi", "Ursula von der Leyen", "Lula da Silva"
NAME_PARTICLES = {"al", "el", "ad", "-", "ben", "bin", "ibn", "ould", "de", "da", "di", "do", "dos", "van", "von", "der"}
PRESENT = {"present", "presente", "presents", "presentes"}  # "un diplomate présent à X" (folded)
SPECIALISED = {"specialise", "specialisee", "specialises", "specialisees"}  # "un juriste spécialisé en X"
# present participles saying what an unnamed speaker does, so who they are ("une humanitaire travaillant à X")
# "un haut fonctionnaire ayant requis l'anonymat", "un membre du collège sous couvert d'anonymat": how they
# spoke, cut from the unnamed speaker like "qui a requis l'anonymat"
ANONYMOUS = {("ayant", "requis"), ("ayant", "demande"), ("sous", "couvert")}
OCCUPIED = {"travaillant", "oeuvrant", "exercant", "vivant", "residant", "enseignant"}


def np_backward(doc: Doc, k: int, floor: int) -> tuple[int, int] | None:
    """The noun phrase ending at token k (inclusive), scanning left no further than `floor`."""
    # each token's lower-case form, pos_ and text read from the per-Doc lists, no Token built
    # (`Token.is_lower` is `str.islower` of the text)
    lowers, poses, orths = lower_forms(doc), pos_forms(doc), orth_forms(doc)
    i, start = k, None
    while i >= floor:
        low, pos = lowers[i], poses[i]
        if pos in NP_POS or low in HONORIFICS_M or low in HONORIFICS_F or (orths[i] == "-" and start):
            start = i
        elif pos == "DET" or low in DETS:
            start = i
            if low == "des" and start is not None and i - 1 >= floor and poses[i - 1] in ("NOUN", "ADJ") \
                    and orths[i - 1].islower():
                i -= 1  # "la ministre allemande des Affaires étrangères": "des" is "de les", a complement
                continue
            if i - 1 < floor or lowers[i - 1] not in DE:
                break
        elif low in DE and start is not None:
            start = i
        else:
            break
        i -= 1
    if start is None:
        return None
    while start <= k and (lowers[start] in DE or poses[start] == "ADP"):
        start += 1
    return (start, k + 1) if start <= k else None


def np_forward(doc: Doc, k: int, ceiling: int, skip_pp: bool = False,
               in_pp: bool = False) -> tuple[int, int] | None:
    """The noun phrase starting at token k (after skipping adverbs, and with `skip_pp` up to two
    prepositional phrases: "a lancé au mégaphone Serge Castaing"), up to `ceiling` (exclusive)."""
    tokens = token_list(doc)  # (indexing the Doc builds a new Token each time)
    # each token's lower-case form, pos_ and text read from the per-Doc lists (`Token.is_lower` is
    # `str.islower` of the text)
    lowers, poses, orths = lower_forms(doc), pos_forms(doc), orth_forms(doc)
    for _ in range(3 if skip_pp else 1):
        while k < ceiling and (poses[k] == "ADV" or fold(orths[k]) in TIME_WORDS):
            k += 1
        if not (skip_pp and k < ceiling and poses[k] == "ADP" and (
                lowers[k] not in DE or (k > 0 and poses[k - 1] == "ADV"))):
            break  # ("lors de", "auprès de": a preposition too)
        pp = np_forward(doc, k + 1, ceiling, in_pp=True)
        if pp is None or pp[1] >= ceiling or tokens[pp[1]].is_punct:
            return None
        k = pp[1]
    if k >= ceiling:
        return None
    if not (poses[k] in NP_POS or poses[k] == "DET" or lowers[k] in HONORIFICS_M
            or lowers[k] in HONORIFICS_F or _one_of(doc, k)):
        return None
    end = k
    while end < ceiling:
        low, pos = lowers[end], poses[end]
        if _one_of(doc, end) and (end == k or lowers[end - 1] in ("l'", "l’")):
            end += 1  # "l'une de ses juristes", "un des avocats": the pronoun heads the phrase
            continue
        if end > k and (pos == "DET" or (low in DETS and low not in DE)) \
                and lowers[end - 1] not in DE and poses[end - 1] != "ADP":
            break  # "à Genève | le directeur": a new noun phrase
        if in_pp and end > k and pos == "PROPN" and orths[end][:1].isupper() and orths[end - 1].islower() \
                and poses[end - 1] in ("NOUN", "PROPN", "ADJ"):
            break  # "au mégaphone | Serge Castaing" (the parser may call "micro" a proper noun), "au départ
            # du défilé parisien | Claire Vasseur"
        if (pos in NP_POS or pos == "DET" or low in DETS or low in DE or low in HONORIFICS_M
                or low in HONORIFICS_F or orths[end] == "-"):
            end += 1
        else:
            break
    while end > k and (lowers[end - 1] in DE or poses[end - 1] in ("DET", "ADP")):
        end -= 1
    return (k, end) if end > k else None


PLURAL_OPENERS = {"les", "des", "ces", "leurs", "plusieurs", "certains", "certaines", "nombre", "deux", "trois"}


def _plural_phrase(name: str) -> bool:
    """An unnamed speaker that is several people: "Les soignants", "Des habitants", "la Chine et la Russie"."""
    words = fold(name).split()
    joint = any(w == "et" and i + 1 < len(words) and words[i + 1] not in DE and not words[i + 1].startswith("d'")
                for i, w in enumerate(words))  # (not "le ministère de l'Europe et des Affaires étrangères")
    return bool(words) and (words[0] in PLURAL_OPENERS or joint)


FEMININE_ENDINGS = ("euse", "rice", "enne", "ere", "esse", "ante", "ente", "ee", "ine", "onne", "ette", "ive", "aise", "oise")


def _marked_gender(t: Token) -> str | None:
    """The gender a noun shows without its determiner: "X, analyste à ...", "X, journaliste" say
    nothing (a noun in -e is the same for both; the parser's guess is no evidence), "X, directrice
    de ..." does."""
    g = (morph_of(t, "Gender") or [None])[0]
    word = fold(t.text)
    if g == "Fem":
        return g if word.endswith(FEMININE_ENDINGS) else None
    return g if g == "Masc" and not word.endswith("e") else None


def _present_participle(t: Token) -> bool:
    return t.pos_ == "VERB" and "Part" in morph_of(t, "VerbForm") and "Pres" in morph_of(t, "Tense")


def _one_of(doc: Doc, i: int) -> bool:
    """"un"/"une" as a pronoun heading "(l')un(e) de/des ...": "l'une de ses juristes"."""
    lowers = lower_forms(doc)
    return lowers[i] in ("un", "une") and i + 1 < len(lowers) and lowers[i + 1] in DE


def resolver_of(doc: Doc, entities: list[Entity], quoted) -> "SpeakerResolver":
    """The document's speaker resolver as the quote stage left it (in `user_data`, which the DocBin does not
    store), else a new one: the relations resolve their arguments' role descriptions with the same titles,
    genders and nationalities (`SpeakerResolver.describe`). `quoted` (char spans in quotation marks, or a
    function giving them) is read only to build one."""
    found = doc.user_data.get("wirestream_speakers")
    if found is None or found.entities is not entities:
        found = SpeakerResolver(doc, entities, quoted() if callable(quoted) else quoted)
        doc.user_data["wirestream_speakers"] = found
    return found


class SpeakerResolver:
    """Resolves speaker phrases of one document; remembers speakers for later pronouns."""

    def __init__(self, doc: Doc, entities: list[Entity], quoted: list[tuple[int, int]]):
        self.doc = doc
        # each token's text, lower and pos_ read from lists: `doc[i]` builds a Token and its property decodes the string
        self.orths, self.lowers, self.poses = orth_forms(doc), lower_forms(doc), pos_forms(doc)
        self.text = text_of(doc)
        self.entities = entities
        ms = sorted(((m.start, m.end, m.kind, e) for e in entities for m in e.mentions),
                    key=lambda x: x[0])
        self.mentions = ms
        self.starts = [m[0] for m in ms]
        self.person_starts = {m[0] for m in ms if m[3].label == "PER"}
        self.person_ends = {m[1] for m in ms if m[3].label == "PER"}
        self.quoted = quoted  # char spans inside quotation marks: persons named there don't speak
        self.qstarts = [q[0] for q in quoted]
        self.gender = {e.entity_id: self._gender(e) for e in entities if e.label == "PER"}
        self.honorific = {i for i, g in self.gender.items() if g is not None}  # "M.", "Mme", a first name: final
        self.surnames: dict[str, list[Entity]] = {}
        for e in entities:
            if e.label == "PER":
                for w in fold(e.name).split()[1:] or fold(e.name).split():
                    self.surnames.setdefault(w, []).append(e)
        self.titles: list[tuple[str, Entity]] = []
        self.nations: dict[str, list[Entity]] = {}  # country -> persons an apposition gives that nationality
        self.descriptions: list[tuple[str, Entity]] = []  # person nouns beside a name that are no title
        for e in entities:
            self.titles += [(strip_det(t), e) for t in e.titles]
            self.titles += [(strip_det(m.text), e) for m in e.mentions if m.kind == "title"]
        self._appositions()
        self.seg_chars: list[int] = [0]
        self.history: list[tuple[int, int, Speaker, str | None]] = []  # (char, segment, speaker, gender)

    # -- set-up -------------------------------------------------------------------------------
    def _gender(self, e: Entity) -> str | None:
        text = self.text
        for m in e.mentions:
            before = fold(text[max(0, m.start - 9):m.start] + " " + m.text).split()
            for w in before[-3:]:
                if w in HONORIFICS_M:
                    return "Masc"
                if w in HONORIFICS_F:
                    return "Fem"
        words = e.name.lower().split()
        if len(words) >= 2 and words[0] in FIRST_NAMES:  # "Julien Aubertin": a man
            return FIRST_NAMES[words[0]]
        for m in e.mentions:
            if m.kind == "title" and fold(m.text).startswith(("la ", "une ")):
                return "Fem"
        return None

    def _token_at(self, char: int) -> int:
        bounds = char_span_bounds(self.doc, char, char + 1, "expand")
        if bounds is None:
            raise TypeError("'NoneType' object is not subscriptable")  # (as the char_span it stands for)
        if bounds[0] >= bounds[1]:
            raise IndexError("[E1002] Span index out of range.")
        return bounds[0]

    def _add_title(self, span: tuple[int, int] | None, e: Entity) -> None:
        if span is None:
            return
        phrase = token_list(self.doc)[span[0]:span[1]]
        for t in phrase:  # "l'Espagnol X", "X, le ministre italien de ...": a nationality
            country_name = NATIONALITY.get(fold(t.text))
            if country_name is not None:
                self.nations.setdefault(country_name, []).append(e)
        words = [t for t in phrase if t.pos_ in ("NOUN", "ADJ", "PROPN")]
        role = next((t for t in words[:2] if fold(t.text) in ROLE_NOUNS), None)
        if role is None:
            self._note_gender(span, e)
        if role is not None:
            if role is not words[0]:  # "la voix de | son porte-parole, X": the title starts at its noun
                start = role.i
                while start - 1 > span[0] and self.poses[start - 1] in ("DET", "ADJ"):
                    start -= 1
                span = (start, span[1])
            self.titles.append((strip_det(span_text(self.doc, span[0], span[1])), e))
            first = self.lowers[span[0]]
            self._set_gender(e, "Fem" if first in ("la", "une") else "Masc" if first in ("le", "un") else
                             "Fem" if _marked_gender(role) == "Fem" else None)

    def _set_gender(self, e: Entity, g: str | None) -> None:
        """A title's gender, unless one is known; a feminine form outweighs a masculine one, which
        French also gives women ("le docteur Awa Diallo, coordinatrice du projet": a woman)."""
        known = self.gender.get(e.entity_id)
        if g is not None and (known is None or (g == "Fem" and e.entity_id not in self.honorific)):
            self.gender[e.entity_id] = g

    def _note_gender(self, span: tuple[int, int] | None, e: Entity) -> None:
        """The gender a person noun set beside a name gives that person ("la romancière X",
        "le président de Y, X", "l'Ivoirien X"), when nothing else gave one."""
        if span is None or self.gender.get(e.entity_id) == "Fem":
            return
        words = [t for t in token_list(self.doc)[span[0]:span[1]] if t.pos_ in ("NOUN", "PROPN", "ADJ")]
        head = next((t for t in words[:2] if (is_person_noun(t.text) and t.pos_ != "ADJ")
                     or (fold(t.text) in NATIONALITY and self.lowers[t.i - 1] not in DE)), None)
        # ("la mer des Philippines": a country named after "de", not a nationality)
        if head is None:  # (an adjective ending as agent nouns do, "Commerce extérieur", names no one)
            return
        if head.pos_ == "NOUN" and head.is_lower and e.label == "PER":  # "le rappeur X": "le rappeur" later
            self.descriptions.append((strip_det(self.doc[span[0]:span[1]].text), e))
        first = self.lowers[span[0]]
        g = "Fem" if first in ("la", "une") else "Masc" if first in ("le", "un") else _marked_gender(head)
        self._set_gender(e, g)

    def _appositions(self) -> None:
        """Titles the article itself gives a person: 'le patron de X, Wang Yi', 'le président Xi'."""
        doc = self.doc
        tokens, sent_starts = token_list(doc), sentence_bounds(doc)[0]
        for start, end, kind, e in self.mentions:
            if e.label != "PER" or kind not in ("name", "alias"):
                continue
            i = self._token_at(start)
            j = self._token_at(end - 1) + 1
            floor = sent_starts[i]
            if i - 1 >= floor:
                k = i - 2 if tokens[i - 1].text == "," else i - 1
                if k - 3 >= floor and tokens[k].text == ")" and tokens[k - 2].text == "(":
                    k -= 3  # "la porte-parole de l'Organisation mondiale de la santé (OMS), X": past the short form
                if k >= floor:  # also after a name: "le président de l'Académie Goncourt, Didier Lanvin",
                    # "l'Ivoirien X", "la ministre allemande des Affaires étrangères, X" (the title keeps its nationality)
                    span = np_backward(doc, k, floor)
                    own = self._title_after_de(k + 1, span[0]) if span is not None and k == i - 1 else None
                    if own is not None:  # "un conseiller du président X": X's title is "président"
                        span = (own, span[1])
                    if not (k == i - 2 and span is not None and span[0] > floor and self._source_of_clause(span[0], j)):
                        self._add_title(span, e)
            if j + 1 < len(doc) and tokens[j].text == ",":
                self._add_title(np_forward(doc, j + 1, min(len(doc), j + 12)), e)
        self._counterparts(sent_starts)
        self._shared_titles()

    def _shared_titles(self) -> None:
        """"les présidents brésilien et colombien, X et Y", "les présidents du Venezuela, X, et du
        Guyana, Y": a plural title shared out in order over the names after it; X is the Brazilian
        president, Y the Colombian one (the nationality, as an apposition would give it)."""
        low, orths, n = self.lowers, self.orths, len(self.lowers)
        starts = token_starts(self.doc)
        person = {m[0]: m[3] for m in self.mentions if m[3].label == "PER" and m[2] in ("name", "alias")}

        def name_at(k: int) -> tuple[Entity, int] | None:
            e = person.get(starts[k]) if k < n else None
            if e is None:
                return None
            end = next((m[1] for m in self.mentions if m[0] == starts[k] and m[3] is e), starts[k])
            while k < n and starts[k] < end:
                k += 1
            return e, k

        for i in tokens_with_lower(self.doc, ("les", "des")):  # (the two words only: no pass over every token)
            if i >= n - 6:
                break
            if not (fold(orths[i + 1]).endswith("s") and fold(orths[i + 1])[:-1] in ROLE_NOUNS):
                continue
            role = fold(orths[i + 1])[:-1]
            j = i + 2
            if low[j] in DE and low[j + 1] in ("la", "l'", "l’"):  # "les chefs de la diplomatie"
                role = " ".join([role] + [fold(w) for w in orths[j:j + 3]]).replace("' ", "'").replace("’ ", "'")
                j += 3
            pairs = []
            if j + 3 < n and fold(orths[j]) in NATIONALITY and low[j + 1] == "et" and fold(orths[j + 2]) in NATIONALITY \
                    and orths[j + 3] == ",":
                first = name_at(j + 4)
                second = name_at(first[1] + 1) if first and first[1] < n and low[first[1]] == "et" else None
                if second:
                    pairs = [(first[0], NATIONALITY[fold(orths[j])]), (second[0], NATIONALITY[fold(orths[j + 2])])]
            elif low[j] in ("du", "de", "des", "d'", "d’"):
                k, found = j, []
                for _ in range(2):
                    if k >= n or low[k] not in ("du", "de", "des", "d'", "d’"):
                        break
                    a = k + 1 + (k + 1 < n and low[k + 1] in ("la", "l'", "l’"))  # "et de la Bolivie"
                    c = a
                    while c < n and orths[c] != "," and c - k < 5:
                        c += 1
                    place = country(self.doc[a:c].text) if c < n and c > a else None
                    got = name_at(c + 1) if place and orths[c] == "," else None
                    if got is None:
                        break
                    found.append((got[0], fold(place)))
                    k = got[1] + (got[1] < n and orths[got[1]] == ",")
                    k += k < n and low[k] == "et"
                pairs = found if len(found) == 2 else []
            if pairs and pairs[0][0] is pairs[1][0]:
                continue
            for e, place in pairs:
                adj = ADJECTIVE_OF.get(place)
                if adj is not None:
                    self.titles.append((f"{role} {adj}", e))
                    self.nations.setdefault(place, []).append(e)

    def _counterparts(self, sent_starts: list[int]) -> None:
        """"X a reçu son homologue turc, Y": a counterpart holds the same office as the person
        named before them in the sentence, in their own country; Y gets that office's words (the
        title up to its nationality or complement: "ministre", "premier ministre"), so that a later
        "le ministre" or "le Premier ministre" may stand for Y as well as for X."""
        homologues = [(key, e) for key, e in self.titles if key.startswith("homologue")]
        if not homologues:
            return
        added = []
        for _, e in homologues:
            for m in e.mentions:
                if m.kind not in ("name", "alias"):
                    continue
                floor = self.doc[sent_starts[self._token_at(m.start)]].idx
                i = bisect_left(self.starts, m.start) - 1
                while i >= 0 and self.mentions[i][0] >= floor:
                    other = self.mentions[i][3]
                    i -= 1
                    if other.label != "PER" or other is e:
                        continue
                    for key, x in self.titles:
                        if x is other and role_class(key) in OFFICES:  # (a state office: not "PDG")
                            words = []
                            for w in key.split():
                                if w in NATIONALITY or w in DE or w.startswith(("d'", "d’")):
                                    break
                                words.append(w)
                            if words:
                                added.append((" ".join(words), e))
                    break
        for t in added:
            if not any(t[0] == k and t[1] is x for k, x in self.titles):
                self.titles.append(t)

    def _source_of_clause(self, start: int, j: int) -> bool:
        """"Selon un membre de la délégation, M. X a rejeté ...": the phrase after "selon" /
        "d'après" is the source of the clause the name opens, no title of that name, unless a
        comma closes the name as an apposition ("Selon le porte-parole, Jean X, le bilan ...")."""
        low = self.lowers
        before = low[start - 1]
        source = before in ("selon", "suivant") or (before in ("après",) and start >= 2 and low[start - 2] in ("d'", "d’"))
        return source and not (j < len(low) and low[j] == ",")

    # -- resolution ---------------------------------------------------------------------------
    def _in_quotes(self, char: int) -> bool:
        i = bisect_right(self.qstarts, char) - 1
        return i >= 0 and self.quoted[i][0] <= char < self.quoted[i][1]

    def _speaker(self, e: Entity, span: tuple[int, int], how: str) -> Speaker:
        return Speaker(e.name, e.entity_id, e.label, Span(self.text[span[0]:span[1]], *span), how)

    def remember(self, speaker: Speaker, char: int, segment: int) -> None:
        g = self.gender.get(speaker.entity_id) if speaker.entity_id else None
        if (speaker.entity_id is None or speaker.label != "PER") and speaker.mention is not None:
            g = self._phrase_gender(speaker.mention.start, speaker.mention.end)
        if speaker.entity_id is None and _plural_phrase(speaker.name):
            g = "Plur"  # "Les représentants du personnel ont réclamé ...": no antecedent of "il"/"elle"
        self.history.append((char, segment, speaker, g))

    def _phrase_gender(self, start: int, end: int) -> str | None:
        span = self.doc.char_span(start, end, alignment_mode="expand")
        for t in span or ():
            if t.lower_ in HONORIFICS_F:
                return "Fem"
            if t.lower_ in HONORIFICS_M:
                return "Masc"
            if t.lower_ in ("l'", "l’") or t.pos_ == "NOUN" and fold(t.text).endswith(EPICENE_ENDINGS):
                continue  # the elided article and a noun of both genders ("l'émissaire", "le/la diplomate") show none
            if t.pos_ in ("DET", "NOUN", "ADJ"):
                g = morph_of(t, "Gender")
                if g:
                    return g[0]
        return None

    def set_segments(self, seg_chars: list[int]) -> None:
        """Character offsets where the quote extractor's segments start."""
        self.seg_chars = seg_chars

    def _seg_start(self, char: int) -> int:
        i = bisect_right(self.seg_chars, char) - 1
        return self.seg_chars[i] if i >= 0 else 0

    def resolve_pronoun(self, gender: str | None, number: str, char: int, segment: int,
                        mention: Span, how: str = "pronoun") -> Speaker | None:
        """The last compatible speaker, unless a compatible person was named after it: then the
        first compatible person of that sentence (usually its subject)."""
        if number == "Plur":
            return None
        ok = lambda g: gender is None or g is None or g == gender  # noqa: E731
        last = next(((c, seg, sp) for c, seg, sp, g in reversed(self.history)
                     if ok(g) and sp.label in ("PER", None)), None)
        person = None
        i = bisect_left(self.starts, char) - 1
        while i >= 0:
            start, _, _, e = self.mentions[i]
            if e.label == "PER" and not self._in_quotes(start) and ok(self.gender.get(e.entity_id)):
                seg_start = self._seg_start(start)
                j = bisect_left(self.starts, seg_start)
                same = [m for m in self.mentions[j:i + 1] if m[3].label == "PER"
                        and not self._in_quotes(m[0]) and ok(self.gender.get(m[3].entity_id))]
                # its subject, else the first person not named as a noun's complement
                # ("L'avocat de Jean Dupont, Me Paul Blanc, a plaidé ... Selon lui": Blanc)
                person = next((m for m in same if self._is_subject(m[0])), None)
                if person is None and all(self._after_preposition(m[0]) for m in same):
                    # "X a remporté la Palme. Le prix d'interprétation est revenu à Y. ..., a déclaré
                    # la réalisatrice": a person named only after a preposition yields to the subject
                    # of one of the two sentences before
                    person = self._earlier_subject(j, seg_start, ok)
                person = person or next(
                    (m for m in same if not self._complement_of_noun(m[0], seg_start)), same[0])
                break
            i -= 1
        someone = self._unnamed_subject(segment, gender) or self._introduced_name(segment, gender)
        if someone is not None and (last is None or last[0] < someone.mention.start) and (
                person is None or person[0] < someone.mention.start):
            # "Un diplomate européen s'est montré prudent. « ... », a-t-il confié."
            return Speaker(someone.name, None, None, mention, how)
        titled = self._title_subject(segment, gender)
        if titled is not None and (last is None or last[0] < titled.mention.start) and (
                person is None or person[0] < titled.mention.start):
            # "Le préfet a maintenu l'interdiction. Selon lui, ...": the person the title stands for
            return Speaker(titled.name, titled.entity_id, titled.label, mention, how)
        org = self._org_subject(segment, gender)
        if org is not None and last is not None and last[1] == segment - 1 and last[2].label == "PER":
            org = None  # "Selon lui, l'UE restera « ... ». « ... », a-t-il ajouté": the person spoke of it
        if org is not None and (last is None or last[0] < org.mention.start) and (
                person is None or person[0] < org.mention.start):
            # "La Commission européenne a salué l'accord. Elle a ajouté que ..."
            return Speaker(org.name, org.entity_id, org.label, mention, how)
        if self.history and segment - self.history[-1][1] <= 1:
            # "L'ONG Civitas Maxima a salué « un jour historique ». Selon elle, ...": an organisation
            # that spoke in the sentence before, with no person named since
            c, _, sp, g = self.history[-1]
            if sp.label == "ORG" or (sp.label == "LOC" and g is not None and g == gender):
                if (g is None or gender is None or g == gender) and (person is None or person[0] < c):
                    return Speaker(sp.name, sp.entity_id, sp.label, mention, how)
        if last is not None and (person is None or last[0] >= self._seg_start(person[0])) \
                and segment - last[1] <= PRONOUN_WINDOW:
            sp = last[2]
            return Speaker(sp.name, sp.entity_id, sp.label, mention, how)
        if person is not None:
            e = person[3]
            return Speaker(e.name, e.entity_id, e.label, mention, how)
        if last is not None:
            sp = last[2]
            return Speaker(sp.name, sp.entity_id, sp.label, mention, how)
        return None

    def _after_preposition(self, char: int) -> bool:
        """The name at `char` ends a phrase opened by a preposition: "est revenu à la Française X",
        "décerné au Sud-Coréen Y" (not "Arrivé mardi, M. X doit ...")."""
        doc = self.doc
        k = self._token_at(char) - 1
        while k >= 0 and self.poses[k] in ("DET", "ADJ", "NOUN", "PROPN") and not doc[k].is_punct:
            k -= 1
        return k >= 0 and self.poses[k] == "ADP"

    def _earlier_subject(self, j: int, seg_start: int, ok):
        """The last compatible person that is its clause's subject in the two segments before the
        one starting at `seg_start` (mentions before index j), outside quotes."""
        k = bisect_right(self.seg_chars, seg_start) - 1
        floor = self.seg_chars[max(0, k - 2)] if k >= 0 else 0
        i = j - 1
        while i >= 0 and self.mentions[i][0] >= floor:
            m = self.mentions[i]
            i -= 1
            if m[3].label == "PER" and not self._in_quotes(m[0]) and ok(self.gender.get(m[3].entity_id)) \
                    and self._is_subject(m[0]):
                return m
        return None

    def _unnamed_subject(self, segment: int, gender: str | None) -> Speaker | None:
        """The subject of the previous sentence when it is an unnamed person ("Un diplomate
        européen, sous couvert d'anonymat, s'est montré prudent.") of the pronoun's gender."""
        if not 1 <= segment < len(self.seg_chars):
            return None
        doc = self.doc
        a, b = self._token_at(self.seg_chars[segment - 1]), self._token_at(self.seg_chars[segment])
        for t in token_list(doc)[a:b]:
            opening = t.i == a + 1 and self.poses[a] == "DET" and t.head.pos_ in ("VERB", "AUX")
            # ("Un diplomate européen doute d'un accord": the parser may read the verb as a noun and make
            # the subject the root of a sentence with no verb left)
            verbless = t.i == a + 1 and self.poses[a] == "DET" and t.dep_ == "ROOT" \
                and not any(self.poses[x] in ("VERB", "AUX") for x in range(a, b))
            if not ((t.dep_ == "nsubj" or opening or verbless) and t.pos_ == "NOUN" and (t.head.dep_ == "ROOT")
                    and fold(t.text) in PERSON_NOUNS and "Plur" not in morph_of(t, "Number")):
                # ("Un habitant du quartier, la voix tremblante, a raconté": the parser's subject
                # may be "voix"; the noun opening the sentence is)
                continue
            if self._in_quotes(t.idx) or t.left_edge.i < a:
                return None
            np = np_forward(doc, t.left_edge.i, b)
            if verbless:  # the article, the noun and its adjectives ("doute" read as a noun is not in it)
                k = t.i + 1
                while k < b and self.poses[k] == "ADJ":
                    k += 1
                np = (a, k)
            if np is None or not np[0] <= t.i < np[1]:
                return None
            if np[0] - 2 >= a and self.orths[np[0] - 1] == "," and self.poses[np[0] - 2] == "PROPN":
                return None  # "Marie, une étudiante de 22 ans, ...": the apposition of a name
            if not verbless and t.right_edge.i < b and not any(self._in_quotes(x.idx) for x in doc[np[1]:t.right_edge.i + 1]):
                # the subject as the parser sees it, as when it speaks itself ("Un diplomate
                # occidental en poste dans la région"); what only qualifies it is cut below
                np = (np[0], max(np[1], t.right_edge.i + 1))
            span = doc[np[0]:np[1]]
            if span[0].lower_ in ("le", "la", "l'", "l’") and self._named_before(span.start_char) \
                    and not self._relative_of_someone(t):
                return None  # "la romancière l'a emporté" after "le prix attribué à X": X described, not someone new
            g = self._phrase_gender(span.start_char, span.end_char)
            if gender is not None and g is not None and g != gender:
                return None
            sub = (span.start_char, span.end_char) if verbless else (t.left_edge.idx, t.right_edge.idx + len(t.right_edge))
            i = bisect_left(self.starts, sub[0])
            if i < len(self.mentions) and self.mentions[i][0] < sub[1] and any(
                    m[3].label == "PER" for m in self.mentions[i:] if m[0] < sub[1]):
                return None  # "Un diplomate, Jean Dupont, ...": the person
            span = self._unnamed_core(span)
            return Speaker(span.text, None, None, Span(span.text, span.start_char, span.end_char), "unnamed")
        return None

    def _last_speaker_described(self, cls: str, own: set[str], char: int, segment: int,
                                mention: Span) -> Speaker | None:
        """"Le président français a plaidé pour ..." right after "a déclaré M. Macron": a bare role
        with a nationality describes the person who spoke last, when no other person was named
        since, no title the article gave them is another office and no apposition gave them
        another nationality (else it is someone new: "le dirigeant nord-coréen")."""
        if not self.history:
            return None
        c, seg, sp, _ = self.history[-1]
        if sp.label != "PER" or sp.entity_id is None or segment - seg > PRONOUN_WINDOW:
            return None
        e = next((x for x in self.entities if x.entity_id == sp.entity_id), None)
        if e is None:
            return None
        if cls not in ("responsable", "dirigeant", "dirigeante") and any(
                role_class(key) not in (None, cls) for key, x in self.titles if x is e):
            return None  # ("la responsable polonaise" may be any office: "la commissaire européenne")
        theirs = {n for n, people in self.nations.items() if e in people}
        if theirs and not theirs & own:
            return None
        if not theirs and not any(role_class(key) == cls for key, x in self.titles if x is e):
            return None  # nothing ties them to this office or nationality: "a déclaré X. Le ministre russe a ..."
        since = self.seg_chars[seg] if seg < len(self.seg_chars) else c
        i = bisect_left(self.starts, since)
        if any(m[3].label == "PER" and m[3] is not e and not self._in_quotes(m[0])
               for m in self.mentions[i:bisect_left(self.starts, char)]):
            return None
        g = self._phrase_gender(mention.start, mention.end)
        if g is not None and self.gender.get(e.entity_id) not in (None, g):
            return None
        return Speaker(e.name, e.entity_id, e.label, mention, "title")

    def _title_subject(self, segment: int, gender: str | None) -> Speaker | None:
        """The subject of the previous sentence when it is a definite title the article gave a
        person ("Le préfet a maintenu l'interdiction." after "le préfet du Gard, X"), of the
        pronoun's gender."""
        if not 1 <= segment < len(self.seg_chars):
            return None
        doc = self.doc
        a, b = self._token_at(self.seg_chars[segment - 1]), self._token_at(self.seg_chars[segment])
        t = next((t for t in token_list(doc)[a:b] if t.dep_ == "nsubj" and t.head.dep_ == "ROOT" and t.pos_ == "NOUN"), None) \
            or next((t for t in token_list(doc)[a:b] if t.dep_ == "appos" and t.pos_ == "NOUN" and t.head.dep_.startswith("obl")
                     and t.head.head.dep_ == "ROOT" and t.left_edge.i > a and self.orths[t.left_edge.i - 1] == ","
                     and not any(c.dep_.startswith("nsubj") for c in children_of(t.doc, t.head.head.i))), None)
        # ("À la barre, le rappeur, vêtu de ..., a présenté": the parser may hang the subject on the adverbial)
        if t is None or t.left_edge.i < a or self._in_quotes(t.idx) or self.lowers[t.left_edge.i] not in ("le", "la", "l'", "l’"):
            return None
        role = fold(t.text) in ROLE_NOUNS
        if not role and not self.descriptions:
            return None
        np = np_forward(doc, t.left_edge.i, b)
        if np is None or not np[0] <= t.i < np[1]:
            return None
        span = doc[np[0]:np[1]]
        i = bisect_left(self.starts, span.start_char)
        if i < len(self.mentions) and self.mentions[i][0] < span.end_char:
            return None  # a name inside ("le préfet du Gard, X", "le ministre de Y"): the mention path
        phrase = strip_det(span.text)
        if not role:  # "Le rappeur a présenté ses excuses." after "le rappeur X": that description, word for word
            cands = [e for key, e in self.descriptions if key == phrase]
            if len({e.entity_id for e in cands}) != 1:
                return None
            e = cands[0]
            g = self.gender.get(e.entity_id) or self._phrase_gender(span.start_char, span.end_char)
            if gender is not None and g is not None and g != gender:
                return None
            return Speaker(e.name, e.entity_id, e.label, Span(span.text, span.start_char, span.end_char), "title")
        cands = [e for key, e in self.titles if e.label == "PER" and (
            key == phrase or (len(key.split()) >= 3 and phrase.startswith(key + " "))
            or (key.startswith(phrase + " ") and len(phrase) > 3))]
        cls = role_class(span.text)
        if not cands and cls == "chief_executive":
            # "Le patron de l'électricien public a imputé ... Il a assuré" after "Le PDG d'EDF, X": the
            # same office in other words, when one person holds it
            cands = [e for key, e in self.titles if e.label == "PER" and role_class(key) == cls]
            if len({e.entity_id for e in cands}) != 1:
                return None
        if not cands:
            return None
        e = self._latest(cands, span.start_char)
        g = self.gender.get(e.entity_id) or self._phrase_gender(span.start_char, span.end_char)
        if gender is not None and g is not None and g != gender:
            return None
        return Speaker(e.name, e.entity_id, e.label, Span(span.text, span.start_char, span.end_char), "title")

    def _by_nationality(self, span, mention: Span) -> Speaker | None:
        """A definite determiner and a capitalised nationality noun ("a reconnu l'Espagnol") stand
        for the last person named with that nationality ("l'Espagnol Álvaro Ibarra")."""
        if len(span) != 2 or span[0].lower_ not in ("le", "la", "l'", "l’") or not span[1].text[:1].isupper():
            return None
        cands = self.nations.get(NATIONALITY.get(fold(span[1].text), ""))
        if not cands:
            return None
        e = self._latest([c for c in cands if c.label == "PER"] or cands, span.start_char)
        return Speaker(e.name, e.entity_id, e.label, mention, "title") if e.label == "PER" else None

    def _joins_complements(self, conj: int, start: int) -> bool:
        """"et" between two "de" complements of one noun: "le secrétaire général du Parti pour
        l'indépendance de la Guinée et du Cap-Vert, X", "le ministre de l'Europe et des Affaires
        étrangères", not two speakers ("la Chine et la Russie", "le maire et des habitants")."""
        doc = self.doc
        if self._inside_mention(conj):
            return True  # "le Syndicat national des entreprises artistiques et culturelles": one name
        if conj + 1 < len(doc) and self.poses[conj + 1] in ("ADJ", "NOUN") and self.poses[conj - 1] in ("NOUN", "ADJ") \
                and is_person_noun(self.orths[conj - 1]) and not any(
                self.orths[x] == "," or self.poses[x] == "DET" for x in range(start + 1, conj)):
            return True  # "sa vice-présidente et haute représentante X": two titles of one name, no determiner
        if any(self.orths[x] == "," and self.orths[x + 1].islower() and self.doc[x - 1].idx + len(self.orths[x - 1])
               in self.person_ends for x in range(start + 1, conj)):
            return True  # "la députée X, membre du groupe A et B": inside the apposition set off after a name
            # (a common noun after the comma: "X, Y et Z" is a list of names)
        return conj + 1 < len(doc) and self.lowers[conj + 1] in DE and any(
            self.lowers[x] in DE for x in range(start + 1, conj))

    def _pair_after(self, tokens: tuple[int, int]) -> tuple[int, int]:
        """The phrase with the second member of an unnamed pair that the phrase finder stopped before
        ("selon des habitants | et des sources humanitaires", "ont indiqué des sources locales | et
        humanitaires"), when neither names anyone."""
        a, b = tokens
        n = len(self.orths)
        if b + 1 >= n or self.lowers[b] != "et" or not self._unnamed_pair(a, b):
            return tokens
        k = b + 1 + (self.lowers[b + 1] in DE)
        nxt = np_forward(self.doc, k, min(n, k + 6))
        if nxt is None or nxt[0] != k:
            return tokens
        lo, hi = self.doc[a].idx, self.doc[nxt[1] - 1].idx + len(self.orths[nxt[1] - 1])
        i = bisect_left(self.starts, lo)
        if i < len(self.mentions) and self.mentions[i][0] < hi:
            return tokens
        return (a, nxt[1])

    def _unnamed_pair(self, start: int, conj: int) -> bool:
        """"des habitants et des sources humanitaires", "plusieurs élus écologistes et de gauche": an
        indefinite speaker coordinated with another, or with a second qualifier, naming no one, is one
        unnamed source the writer cites as written (cut at "et" it names only part of it)."""
        return fold(self.orths[start]) in SOME_PLURAL and conj + 1 < len(self.orths) \
            and self.poses[conj - 1] in ("NOUN", "ADJ") and (
                self.lowers[conj + 1] in SOME_PLURAL or self.lowers[conj + 1] in ("de", "d'", "d’")
                or self.poses[conj + 1] == "ADJ")

    def _inside_mention(self, k: int) -> bool:
        """Token k lies inside an entity mention, neither its first nor its last word."""
        char = self.doc[k].idx
        i = bisect_right(self.starts, char) - 1
        return i >= 0 and self.mentions[i][0] < char < self.mentions[i][1] - len(self.doc[k].text)

    def _relative_of_someone(self, head: Token) -> bool:
        """A person noun that is no title, with a complement naming someone or something else:
        "la mère de l'adolescent", "un voisin de la famille", "le médecin du club" introduce a new
        person; a bare "la romancière" or a title ("le directeur de l'hôpital") may be someone named."""
        doc, i = self.doc, head.i
        if fold(head.text) in ROLE_NOUNS or not is_person_noun(head.text) or i + 2 >= len(doc):
            return False
        de, nxt = doc[i + 1], doc[i + 2]
        if de.lower_ in ("de", "d'", "d’") and nxt.pos_ == "NOUN" and nxt.is_lower:
            return False  # a compound noun: "l'homme d'affaires", "la femme de lettres" (no "de la", "du")
        return de.lower_ in DE and (nxt.pos_ in ("DET", "PROPN", "NOUN", "ADJ") or nxt.lower_ in DETS) and nxt.pos_ != "NUM"

    def _named_before(self, char: int) -> bool:
        """A person is named before `char` (outside quotes)."""
        i = bisect_left(self.starts, char) - 1
        return any(m[3].label == "PER" and not self._in_quotes(m[0]) for m in self.mentions[:i + 1])

    def _introduced_name(self, segment: int, gender: str | None) -> Speaker | None:
        """A person the previous sentence introduces by a name no entity holds and an apposition
        ("Sur le port, Yassine, un pêcheur de 40 ans, ..."), for a pronoun of that gender."""
        if not 1 <= segment < len(self.seg_chars):
            return None
        doc = self.doc
        a, b = self._token_at(self.seg_chars[segment - 1]), self._token_at(self.seg_chars[segment])
        for k in range(a, b - 3):
            det, noun = self.lowers[k + 2], doc[k + 3]
            if not (self.poses[k] == "PROPN" and self.orths[k][:1].isupper() and self.orths[k + 1] == ","
                    and det in ("un", "une") and (is_person_noun(noun.text) or fold(noun.text) in NATIONALITY)):
                continue
            g = "Fem" if det == "une" else "Masc"
            first = k
            while first > a and self.poses[first - 1] == "PROPN" and self.orths[first - 1][:1].isupper():
                first -= 1
            if (first > a and self.orths[first - 1] != ",") or (gender is not None and g != gender) \
                    or self._in_quotes(doc[first].idx):
                continue
            i = bisect_right(self.starts, doc[first].idx) - 1
            if i >= 0 and self.mentions[i][0] <= doc[first].idx < self.mentions[i][1] \
                    and self.mentions[i][3].label in ("PER", "ORG"):
                continue  # a person or organisation: the resolver's mentions handle it
            name = doc[first:k + 1]
            if country(name.text) or country_of_capital(name.text) or institutions_of_seat(name.text):
                continue  # "Pékin, un fournisseur clé, ...": a state, not someone introduced
            name = doc[first:k + 1]
            return Speaker(name.text, None, None, Span(name.text, name.start_char, name.end_char), "unnamed")
        return None

    def _org_subject(self, segment: int, gender: str | None) -> Speaker | None:
        """The subject of the previous sentence when it is an organisation of the pronoun's gender."""
        if not 1 <= segment < len(self.seg_chars):
            return None
        doc = self.doc
        a, b = self._token_at(self.seg_chars[segment - 1]), self._token_at(self.seg_chars[segment])
        t = next((t for t in token_list(doc)[a:b] if t.dep_ == "nsubj" and t.head.dep_ == "ROOT" and t.pos_ in ("NOUN", "PROPN")
                  and not self._in_quotes(t.idx)), None)
        if t is None or t.left_edge.i < a:
            return None
        i = bisect_right(self.starts, t.idx) - 1
        inside = i >= 0 and self.mentions[i][0] <= t.idx < self.mentions[i][1]
        if not inside and t.pos_ == "NOUN" and t.i + 1 < b:
            # "L'ONG X, dont ..., a accusé ...": the common noun heads the name set right after it
            i = bisect_left(self.starts, self.doc[t.i + 1].idx)
            inside = i < len(self.mentions) and self.mentions[i][0] == self.doc[t.i + 1].idx
        if not inside or self.mentions[i][3].label != "ORG":
            return None
        g = self._phrase_gender(t.left_edge.idx, t.idx + len(t))
        if gender is not None and g is not None and g != gender:
            return None
        e = self.mentions[i][3]
        return Speaker(e.name, e.entity_id, e.label, Span(t.text, t.idx, t.idx + len(t)), "pronoun")

    def _is_subject(self, char: int) -> bool:
        """The mention is its clause's subject, or in apposition to it."""
        t = self.doc[self._token_at(char)]
        if self._opens_sentence(t):
            return True
        while t.dep_ in ("flat:name", "flat") and t.head is not t:
            t = t.head
        if t.dep_ == "nmod" and not any(c.dep_ == "case" for c in children_of(t.doc, t.i)):
            return t.head.dep_.startswith("nsubj")  # "Le groupe Ardelor a confirmé": a name after its noun
        if t.dep_ in ("obl:mod", "nmod", "appos") and t.pos_ == "PROPN" and t.i + 1 < len(self.doc) and self.orths[t.i + 1] == "," \
                and t.i > 0 and self.orths[t.i - 1] == ",":
            root = t.sent.root
            if t.i < root.i and root.pos_ in ("VERB", "AUX") and not any(c.dep_.startswith("nsubj") for c in children_of(root.doc, root.i)):
                return True  # "Agé de 23 ans, X, sélectionné à 14 reprises, s'est engagé": the parser
                # hung the subject set off by commas on the opening adjunct; the verb has no other
        if t.dep_.startswith("nsubj") and t.i > t.head.i and any(
                c.lower_ == "qui" and c.i < t.head.i and c.dep_.startswith("nsubj") for c in children_of(t.doc, t.head.i)):
            return False  # "X, qui remplace Y": "qui" is the subject, Y after the verb its object
        return t.dep_.startswith("nsubj") or (t.dep_ == "appos" and t.head.dep_.startswith("nsubj"))

    def _opens_sentence(self, t: Token) -> bool:
        """A name closing the noun phrase that opens its sentence, a verb next: "La banque italienne
        X a annoncé" (the parser may take the name for a participle)."""
        doc, a = self.doc, self._token_at(self._seg_start(t.idx))
        while a < t.i and (doc[a].is_punct or doc[a].is_space or (doc[a].is_upper and len(doc[a]) > 1)):
            a += 1  # (past a dateline: "MILAN - La banque italienne X a annoncé")
        if not (a < t.i <= a + 4 and self.poses[a] == "DET"
                and all(doc[x].is_lower and self.poses[x] in ("NOUN", "ADJ") for x in range(a + 1, t.i))):
            return False
        e = t.i + 1
        while e < len(doc) and self.orths[e][:1].isupper() and not doc[e].is_punct:
            e += 1
        return e < len(doc) and self.poses[e] in ("AUX", "VERB") and "Fin" in morph_of(doc[e], "VerbForm")

    def _organisation(self, char: int, mention: Span, noun: str) -> Speaker | None:
        """'l'agence onusienne' after 'L'Organisation mondiale de la santé (OMS)': an organisation
        named before, of the noun's kind, the last one that spoke or was a clause's subject (a union
        named in passing, "déléguée CFDT", is not "la direction")."""
        i = bisect_left(self.starts, char) - 1
        found = []  # (mention start, entity), latest first; any mention of the entity may show it a subject
        while i >= 0 and char - self.mentions[i][0] < ANAPHORA_CHARS:
            ms, _, _, e = self.mentions[i]
            i -= 1
            if e.label == "ORG" and not self._in_quotes(ms) and (self._of_kind(e, noun) or self._introduced_as(ms, noun)):
                found.append((ms, e))
        spoke = {sp.entity_id for _, _, sp, _ in self.history}
        introduced = {e.entity_id for ms, e in found if self._introduced_as(ms, noun)}
        if len(introduced) >= 2 and not introduced & spoke:
            return None  # "le fonds américain X et le fonds qatari Y ... Le fonds a assuré": which one?
        e = self._speakers_org(char, found)
        if e is not None:
            return Speaker(e.name, e.entity_id, e.label, mention, "title")
        subjects = {e.entity_id for ms, e in found if self._is_subject(ms)}
        ms, e = next((f for f in found if f[1].entity_id in spoke or f[1].entity_id in subjects), (None, None))
        if e is None:
            # "affrété par l'ONG X, ..., a annoncé l'organisation": the one the article introduced
            # with that noun, else the only organisation of that kind named
            e = next((f[1] for f in found if self._introduced_as(f[0], noun)), None)
            if e is None and noun != "direction" and len({f[1].entity_id for f in found}) == 1:
                e = found[0][1]
        if e is None and noun in NGO_NOUNS:
            return self._ngo_that_spoke(char, mention)
        if e is None:
            return None  # only named in passing ("déléguée CFDT"): the phrase stays unnamed
        return Speaker(e.name, e.entity_id, e.label, mention, "title")

    def _speakers_org(self, char: int, found) -> Entity | None:
        """"..., a déploré X, porte-parole d'A4E. L'organisation a appelé ...": the organisation the
        role of the person who spoke last (a few sentences before) names, when it names one only."""
        if not self.history:
            return None
        c, _, sp, _ = self.history[-1]
        if sp.label != "PER" or sp.entity_id is None or char - c > SPOKE_CHARS:
            return None
        kinds = {f[1].entity_id: f[1] for f in found}
        told = _SENT_END.search(self.text, sp.mention.end) if sp.mention else None
        if told is None:
            return None
        now = max((m.end() for m in _SENT_END.finditer(self.text, told.end(), char)), default=told.end())
        if any(told.start() < ms < now and (self._is_subject(ms) or _BY.search(self.text[max(0, ms - 8):ms]))
               for ms, _ in found):
            return None  # another organisation acted since: "publié par la Banque mondiale. L'institution ..."
        own = set()
        for ms, me, _, e in self.mentions[:bisect_left(self.starts, char)]:
            if e.entity_id != sp.entity_id:
                continue
            for oms, ome, _, o in self.mentions[bisect_left(self.starts, ms - 60):bisect_left(self.starts, me + 60)]:
                between = self.text[min(ome, ms):max(oms, me)]
                if o.entity_id in kinds and _ROLE_OF.search(self.text[max(0, oms - 10):oms]) and not _SENT_END.search(between):
                    own.add(o.entity_id)
        return kinds[own.pop()] if len(own) == 1 else None

    def _ngo_that_spoke(self, char: int, mention: Span) -> Speaker | None:
        """"La Fédération X a jugé que « ... ». Selon l'ONG, ...": an NGO's name seldom says it is one;
        "l'ONG" is the organisation that spoke in this sentence or the one before, when no other
        organisation was named since and its name is no state body's ("le ministère", "la cour")."""
        if not self.history:
            return None
        c, seg, sp, _ = self.history[-1]
        here = bisect_right(self.seg_chars, char) - 1
        if sp.label != "ORG" or sp.entity_id is None or here - seg > 1 or set(fold(sp.name).replace("'", " ").split()) & STATE_NOUNS:
            return None
        since = self.mentions[bisect_left(self.starts, c):bisect_left(self.starts, char)]
        if any(m[3].label == "ORG" and m[3].entity_id != sp.entity_id and not self._in_quotes(m[0]) for m in since):
            return None
        return Speaker(sp.name, sp.entity_id, sp.label, mention, "title")

    def _introduced_as(self, char: int, noun: str) -> bool:
        """The mention at `char` follows the noun: "l'ONG X", "le groupe italien X", "au fonds
        d'investissement américain X" (the words back to the phrase's determiner)."""
        words = _WORD.findall(fold(self.text[max(0, char - 60):char]))
        if noun in words[-3:]:
            return True
        for w in reversed(words[-6:]):
            if w in INTRO_DETS or w in PHRASE_BREAKS:
                return False  # ("le club en position de relégable en Ligue 1": the noun of another phrase)
            if w == noun:
                return True
        return False

    @staticmethod
    def _of_kind(e: Entity, noun: str) -> bool:
        """The organisation can be called "la <noun>": any one for "l'institution", "l'agence"; no
        ministry, court or union for "l'entreprise"; for a kind of institution ("préfecture",
        "mairie", "ministère"), one whose name or title says so."""
        words = set(fold(e.name).replace("'", " ").split())
        for t in e.titles:
            words |= set(fold(t).replace("'", " ").split())
        if noun in COMPANY_NOUNS:  # "l'entreprise" is no ministry, court or union
            return not (words & (ORG_NOUNS - ANY_ORG_NOUNS))
        return noun in ANY_ORG_NOUNS or noun in words  # "l'institution" may be the Commission

    def _title_candidates(self, span, folded: str, extra=()) -> tuple[list[Entity], bool] | None:
        """The persons a role phrase may stand for by the titles the article gave them (steps 3 to 3b of
        `resolve`), and whether the last of them to speak decides among several: the same title ("le ministre
        de l'Intérieur"), the same role of the same body written another way, a former holder of that office,
        a definite role naming the same office in other words, of the same nationality ("le président
        colombien", "la cheffe de la diplomatie"). Gender agrees ("la nouvelle présidente" is no man). Shared
        with the relations (`describe`), which add the titles their own stage found (`extra`)."""
        titles = self.titles + list(extra) if extra else self.titles
        start, end = span.start_char, span.end_char
        span_text = span.text
        phrase = strip_det(span_text)
        g_phrase = self._phrase_gender(start, end)
        cands = self._agreeing([e for key, e in titles
                                if key == phrase or (len(key.split()) >= 3 and phrase.startswith(key + " "))
                                or (len(phrase.split()) >= 1 and key.startswith(phrase + " ") and len(phrase) > 3)], g_phrase)
        if cands:
            return cands, True
        # 3a. the same role of the same body, the body written another way: "la porte-parole de
        # l'OMS" after "la porte-parole de l'Organisation mondiale de la santé, X"
        orgs = self._organisations_in(span) if len(span) > 2 else set()
        role = next((w for w in phrase.split()[:2] if w in ROLE_NOUNS), None)
        if orgs and role:
            cands = self._agreeing([e for key, e in titles if e.label == "PER" and _role_stem(role) in map(_role_stem, key.split()[:2])
                                    and any(f" {o} " in " " + _TITLE_PUNCT.sub(" ", key) + " " for o in orgs)], g_phrase)
            if cands:
                return cands, False
        # 3a'. "l'ancien chef de l'Etat" after "l'ancien président X": a former holder of that office
        former, rest = _former(phrase)
        if former and role_class(rest):
            cands = self._agreeing([e for key, e in titles if e.label == "PER" and _former(key)[0]
                                    and role_class(_former(key)[1]) == role_class(rest)], g_phrase)
            if cands:
                return cands, False
        # 3b. a definite role ("le chef de la diplomatie américaine") naming the same office as
        # a title the article gave someone ("le ministre des Affaires étrangères Antony Blinken")
        cls = role_class(span_text) if folded.startswith(("le ", "la ", "l'")) else None
        if cls:
            own = {NATIONALITY[w] for w in folded.split() if w in NATIONALITY}
            cands = []
            orgs = self._organisations_in(span)
            for key, e in titles:
                theirs = {NATIONALITY[w] for w in key.split() if w in NATIONALITY}
                same_office = role_class(key) == cls or cls in key.split()[:1]  # "le ministre marocain"
                if orgs and not any(f" {o} " in f" {key.replace(chr(39), ' ')} " for o in orgs):
                    continue  # "le chef de l'AIEA": a title naming that organisation ("le directeur
                    # général de l'AIEA, X"), not "le chef de la diplomatie iranienne"
                if same_office and (own & theirs if own else True):
                    cands.append((bool(own & theirs), e))
            if not cands and own and cls in SOLE_OFFICES:
                # an office a country has one holder of: a person the article gave
                # that nationality comes before one it gave none ("le chef du gouvernement
                # britannique" after "son homologue britannique, X", not an Australian "ancien
                # Premier ministre"; a counterpart holds the same office, while a spokesperson or an
                # ambassador of that country holds another one)
                cands = [(True, e) for key, e in titles if e.label == "PER"
                         and own & {NATIONALITY[w] for w in key.split() if w in NATIONALITY}
                         and role_class(key) in (None, cls, "homologue")
                         and not any(_other_office(role_class(k), cls) for k, x in titles if x is e)]
            if not cands and own and cls in SOLE_OFFICES:
                # "le président philippin" after "le chef de l'Etat, X": an office a country has one
                # holder of, given without a nationality to someone no title gives another one
                cands = [(False, e) for key, e in titles if e.label == "PER" and role_class(key) == cls
                         and not key.split()[0].endswith("s") and not self._nations_of(e) - own]
                # ("les présidents du Venezuela, X, et du Guyana, Y": a plural title is no one's own)
            if not cands and own:  # (someone of that country holding no other state office)
                cands = [(True, e) for key, e in titles if e.label == "PER"
                         and own & {NATIONALITY[w] for w in key.split() if w in NATIONALITY}
                         and not _other_office(role_class(key), cls)]
            agree = set(map(id, self._agreeing([e for _, e in cands], g_phrase)))
            cands = [c for c in cands if id(c[1]) in agree]
            if cands:
                best_adj = max(c[0] for c in cands)
                return [e for a, e in cands if a == best_adj], True
        return None

    def describe(self, first: int, end: int, extra=()) -> Entity | None:
        """The one person a definite role phrase doc[first:end], its article left out ("le président colombien", "la nouvelle
        présidente", "l'ancien ministre") stands for by `_title_candidates`, named before it; None when no one
        or several fit. The relations read their arguments' descriptions with it, as the quotes their
        speakers'."""
        span = self.doc[first:end]  # (from the word after the article: "du", "au" are no "le " for role_class)
        found = self._title_candidates(span, "le " + fold(span.text), extra)
        if not found or len({e.entity_id for e in found[0]}) != 1:
            return None
        e = found[0][0]
        return e if e.label == "PER" and any(m.start < span.start_char for m in e.mentions) else None

    def resolve(self, tokens: tuple[int, int], segment: int) -> Speaker | None:
        """The speaker named by doc[tokens[0]:tokens[1]]."""
        doc = self.doc
        while tokens[1] - tokens[0] > 1 and self.lowers[tokens[0]] in ("mais", "et", "or", "puis") \
                and self.poses[tokens[0]] == "CCONJ":
            tokens = (tokens[0] + 1, tokens[1])  # "..., mais un responsable du ministère a estimé": not the speaker's
        tokens = self._past_opening_adjunct(tokens)
        if " ".join(self.lowers[tokens[0]:tokens[0] + 3]).startswith(SIDE_OPENERS):
            c = next((x for x in range(tokens[0] + 1, min(tokens[1] - 1, tokens[0] + 6)) if self.orths[x] == ","), None)
            # "Côté gouvernemental, le porte-parole ... a dit": which side, not who (the parser may take
            # "Côté" for the subject and end the phrase at the comma: the speaker is the phrase after it)
            if c is not None:
                tokens = (c + 1, tokens[1])
            elif tokens[1] + 2 < len(self.orths) and self.orths[tokens[1]] == ",":
                v = next((x for x in range(tokens[1] + 1, min(len(self.orths), tokens[1] + 25))
                          if self.poses[x] in ("AUX", "VERB")), None)
                if v is not None:
                    tokens = (tokens[1] + 1, v - 1 if self.orths[v - 1] == "," else v)
        tokens = self._pair_after(tokens)
        tokens = self._place_of_someone(tokens)
        sp = self._closing_apposition(tokens) or self._opening_apposition(tokens) or self._plural_before_names(tokens) \
            or self._unlisted_name(tokens) or self._name_after_relative(tokens)
        if sp is not None:
            return sp
        head = self._described_head(tokens)
        if head is not None:
            # "Moscou, allié de M. X", "Le syndicat, majoritaire chez Y", "Le jury, présidé par Z": an
            # apposition without a determiner describes the phrase before its comma, which speaks; the
            # names the apposition holds (a parent, an ally, a leader) do not
            sp = self.resolve(head, segment)
            if sp is not None:
                return sp
        cut = next((i for i in range(tokens[0] + 1, tokens[1]) if self.poses[i] == "CCONJ"
                    and not self._joins_complements(i, tokens[0])), None)
        if cut is not None:
            whole = doc[tokens[0]:tokens[1]]
            joint = [m for m in self.mentions[bisect_left(self.starts, whole.start_char):]
                     if m[0] < whole.end_char]
            if len({m[3].entity_id for m in joint}) >= 2 and any(m[0] > doc[cut].idx for m in joint):
                # "la Chine et la Russie ont fait savoir": a joint speaker keeps the phrase
                return Speaker(whole.text, None, None, Span(whole.text, whole.start_char, whole.end_char),
                               "unnamed")
            if joint or not self._unnamed_pair(tokens[0], cut):
                tokens = (tokens[0], cut)
        span = doc[tokens[0]:tokens[1]]
        start, end = span.start_char, span.end_char
        span_text = self.text[start:end]  # (`span.text`: a Span joins its tokens' texts at every `.text`)
        folded = fold(span_text)
        if folded in ("ce dernier", "cette derniere", "celui-ci", "celle-ci"):  # the person named last
            g = "Fem" if folded.startswith(("cette", "celle")) else "Masc"
            i = bisect_left(self.starts, start) - 1
            while i >= 0:
                ms, _, _, e = self.mentions[i]
                if e.label == "PER" and not self._in_quotes(ms) and self.gender.get(e.entity_id) in (None, g):
                    return Speaker(e.name, e.entity_id, e.label, Span(span_text, start, end), "pronoun")
                i -= 1
        if folded.startswith(("cette ", "ce ", "cet ", "la meme ", "le meme ")):
            # "cette source", "la même source": the unnamed speaker already introduced
            head = folded.split()[-1]
            for _, _, sp, _ in reversed(self.history):
                if sp.entity_id is None and head in fold(sp.name).split():
                    return Speaker(sp.name, None, None, Span(span_text, start, end), "title")
            if folded in ("la meme source", "cette source", "cette meme source") and self.history \
                    and segment - self.history[-1][1] <= 2:
                # "Au moins 27 morts, selon les garde-côtes. ..., a précisé la même source": with no
                # source named as such, the one that spoke last, within two segments (a paragraph break)
                sp = self.history[-1][2]
                return Speaker(sp.name, sp.entity_id, sp.label, Span(span_text, start, end), "title")
        mention = Span(span_text, start, end)
        if len(span) == 1 and pronoun_of(span[0]):
            g, n = pronoun_of(span[0])
            return self.resolve_pronoun(g, n, start, segment, mention)
        # 1. entity mentions inside the phrase (persons first, then longest overlap)
        lo = bisect_left(self.starts, start - 200)
        best = None
        for ms, me, kind, e in self.mentions[lo:]:
            if ms >= end:
                break
            overlap = min(me, end) - max(ms, start)
            if overlap > 0 and e.label == "PER" and (self._complement_of_noun(ms, start) or self._agent_of(ms, start)):
                continue  # "l'avocate de Jean Dupont", "un habitant de Saint-Marc": not the speaker
            if overlap > 0 and e.label == "ORG" and self._media_complement(e, ms, start):
                continue  # "un armateur interrogé par l'AFP", "un document consulté par Reuters": how it was reached
            if overlap > 0:  # a person before anything else, the first named one (the apposition)
                rank = (e.label == "PER", -ms if e.label == "PER" else overlap)
                if best is None or rank > best[0]:
                    best = (rank, e, (ms, me), kind)
        if best is not None and best[1].label == "PER":
            _, e, sp, kind = best
            return self._speaker(e, (start, end), "title" if kind == "title" else "name")
        if best is not None:
            best = (best[0], best[1], best[2], best[3], 2 * (min(best[2][1], end) - max(best[2][0], start)))
        # 2. surname ("M. Wang" when only "Wang Yi" is a mention)
        for t in span:
            if self._complement_of_noun(t.idx, start) or self._agent_of(t.idx, start):
                continue
            if t.pos_ == "PROPN" or (t.text[:1].isupper() and t.i > tokens[0]):
                cands = self.surnames.get(fold(t.text))
                if cands:
                    return self._speaker(self._latest(cands, start), (start, end), "name")
        # 3. titles (3, 3a, 3a', 3b: _title_candidates); "la nouvelle ministre": the one appointed
        if folded.startswith(("le nouveau ", "la nouvelle ", "le nouvel ")) and len(span) >= 3 \
                and is_person_noun(span[2].text):
            e = self._newcomer(start, self._phrase_gender(start, end))
            if e is not None:
                return self._speaker(e, (start, end), "title")
        found = self._title_candidates(span, folded)
        if found:
            cands, speaking = found
            return self._speaker((self._last_speaking if speaking else self._latest)(cands, start), (start, end), "title")
        cls = role_class(span_text) if folded.startswith(("le ", "la ", "l'")) else None
        if cls:
            own = {NATIONALITY[w] for w in folded.split() if w in NATIONALITY}
            if own and len(span) <= 6 and (cls in ("diplomacy", "head_of_state", "head_of_government") or (
                    len(span) <= 4 and not any(t.lower_ in DE for t in span))):  # (no "le ministre grec de la Santé")
                sp = self._last_speaker_described(cls, own, start, segment, mention)
                if sp is not None:
                    return sp
        # 4. an organisation or country speaking, when it is most of the phrase ("Pékin a averti")
        # or opens it before its apposition ("La Chine, premier créancier de la Zambie, a assuré")
        if best is not None:
            first = next((m for m in self.mentions[bisect_left(self.starts, start):] if m[0] < end), None)
            if first is not None and first[3] is not best[1] and first[3].label != "PER" \
                    and (self._names_phrase(span, first[0], first[1]) or self._branch_of(first, best[2])) \
                    and doc[self._token_at(first[0])].i <= span.start + 1:
                o = min(first[1], end) - max(first[0], start)
                best = ((False, o), first[3], (first[0], first[1]), first[2], 2 * o)
        head = next((t for t in span if t.pos_ == "NOUN"), None)
        role_head = head is not None and fold(head.text) in PERSON_NOUNS  # "une infectiologue du CHU"
        someone = fold(span[0].text) in SOME and head is not None and (role_head or (
            fold(span[0].text) in SOME_PLURAL and fold(head.text).endswith("s") and fold(head.text)[:-1] in PERSON_NOUNS))
        # ("une infectiologue du CHU"; "des responsables du parti X", "plusieurs économistes interrogés par
        # l'AFP": some of its people, or people it quotes, not the organisation)
        if best is not None and not someone and not role_head and (best[4] >= len(span_text) or (
                best[1].label == "ORG") or self._names_phrase(span, *best[2])):  # "les projections de la BCE"
            # (a person's noun heads "le député de Seine-Saint-Denis": the place is its complement)
            return self._speaker(best[1], (start, end), "name")
        # 4b. "l'Espagnol", "la Britannique": the person an apposition gave that nationality
        sp = self._by_nationality(span, mention)
        if sp is not None:
            return sp
        # 5. a definite description of someone already named: "la magistrate", "le coureur de
        # 26 ans", "l'agence onusienne" (organisation nouns go to the last organisation)
        if folded.startswith(("le ", "la ", "l'")) and not any(
                w in NOT_ANAPHORIC or w in NATIONALITY for w in folded.split()):
            # (with a nationality it describes someone in full: "le dirigeant nord-coréen")
            head = next((t for t in span if t.pos_ == "NOUN" or (t.pos_ == "PROPN" and t.is_lower)), None)
            # (the parser may call a lower-case noun a proper noun: "précise l'institut")
            if head is not None and fold(head.text) in ORG_NOUNS:
                # only a bare noun is anaphoric: "le ministère de la Défense" is a new speaker
                short = len(span) <= 3 and not any(t.lower_ in DE for t in span)
                sp = self._organisation(start, mention, fold(head.text)) if short else None
            elif head is not None and self._relative_of_someone(head):
                sp = None  # "la mère de l'adolescent", "le médecin de l'équipe": someone new, kept unnamed
            elif (head is None and not any(t.text[:1].isupper() and fold(t.text) not in NATIONALITY for t in span[1:])) or (
                    head is not None and is_person_noun(head.text)):
                # ("la FCPE", a name no entity holds, is no description of someone named)
                # only a noun naming a person stands for one: "la chambre de métiers", "l'abstention
                # de ses troupes", "la majorité" are no one already named
                g = (morph_of(head, "Gender") or [None])[0] if head is not None else None
                g = self._phrase_gender(start, end) or g
                sp = self._subject_beside_noun(head, start, mention, g) if head is not None else None
                sp = sp or self.resolve_pronoun(g, "Sing", start, segment, mention, "title")
                if sp is not None and sp.entity_id is not None and self._holds_other_office(span_text, sp.entity_id):
                    sp = None  # "Le Premier ministre a jugé ..." after "a lancé le président du syndicat, X": someone new
                if sp is not None and sp.entity_id is not None and head is not None and self._names_other(span, head) \
                        and self._named_in_sentence(sp.entity_id, start):
                    # "Le ministre X a exhorté ..., tandis que le président du conseil régional de Y a
                    # dit": a second office, its place or body named and held by no title the article
                    # gave, in the sentence that named X, is someone new (in the next sentence it may
                    # describe X again: "a accusé le député de Seine-Saint-Denis")
                    sp = None
            else:
                sp = None
            if sp is not None:
                return sp
        # 5a. "les juges ont estimé", "les neuf juges", "la juridiction": the court they sit on / it is
        if _bench(span, folded):
            sp = self._organisation(start, mention, "cour") or self._organisation(start, mention, "tribunal")
            if sp is not None:
                return sp
        # 5b. "les autorités moldaves", "le gouvernement chilien": the country, when the article names it
        words = folded.split()
        if len(words) == 3 and words[:2] in (["les", "autorites"], ["le", "gouvernement"]) and words[2] in NATIONALITY:
            country = NATIONALITY[words[2]]
            e = next((e for e in self.entities if e.label in ("LOC", "GPE") and (
                fold(e.name) == country or any(fold(m.text) == country for m in e.mentions))), None)
            if e is not None:
                return Speaker(e.name, e.entity_id, e.label, mention, "title")
        # 5b'. "En Côte d'Ivoire, le gouvernement a salué": the country the sentence opens with
        if folded in ("le gouvernement", "les autorites"):
            sp = self._country_opening(start, mention)
            if sp is not None:
                return sp
        # 5c. "selon une étude du cabinet | EY": the name the parser left out of the phrase
        sp = self._org_name_after(span)
        if sp is not None:
            return sp
        # 5d. "le rapport", "affirme le texte", "le communiqué du ministère": the body that spoke last
        sp = self._document_issuer(span, folded, mention)
        if sp is not None:
            return sp
        # 6. an unnamed speaker keeps its phrase, without what only qualifies it
        span = self._through_name(self._with_post(self._unnamed_core(span)))
        if any(t.pos_ in ("NOUN", "PROPN") for t in span):
            return Speaker(span.text, None, None, Span(span.text, span.start_char, span.end_char),
                           "unnamed")
        return None

    def _past_opening_adjunct(self, tokens: tuple[int, int]) -> tuple[int, int]:
        """"Aux Pays-Bas, KLM a fait savoir", "Dans une lettre adressée à la ministre X, l'association a estimé": a
        sentence-opening prepositional phrase the parser left in the subject says where or how, not who; the speaker
        is the phrase after its comma (the first one a determiner or a name follows), or, when the parser took the
        opener alone for the subject, the phrase after it up to the verb."""
        a, b = tokens
        if self.lowers[a] not in ADJUNCT_OPENERS or self.poses[a] != "ADP" or not self.orths[a][:1].isupper():
            return tokens
        c = next((x for x in range(a + 1, b - 1) if self.orths[x] == ","
                  and (self.poses[x + 1] in ("DET", "PROPN") or self.orths[x + 1][:1].isupper())), None)
        if c is not None:
            return c + 1, b
        if b + 2 < len(self.orths) and self.orths[b] == "," and (self.poses[b + 1] in ("DET", "PROPN")):
            v = next((x for x in range(b + 1, min(len(self.orths), b + 25)) if self.poses[x] in ("AUX", "VERB")), None)
            if v is not None and v - (self.orths[v - 1] == ",") > b + 1:
                return b + 1, v - 1 if self.orths[v - 1] == "," else v
        return tokens

    def _place_of_someone(self, tokens: tuple[int, int]) -> tuple[int, int]:
        """"Un diplomate africain à | Addis-Abeba a estimé", "Un diplomate en poste à | Maputo juge": a place the
        parser made the subject (or "juge" a noun) is where an unnamed person before it stands; that person's
        phrase speaks. Walks back from the place over "à"/"au" and the words of one noun phrase to an
        indefinite determiner before a person noun."""
        i = bisect_right(self.starts, self.doc[tokens[0]].idx) - 1
        if i < 0 or not (self.mentions[i][0] <= self.doc[tokens[0]].idx < self.mentions[i][1]) \
                or self.mentions[i][3].label not in ("LOC", "GPE") or self.mentions[i][1] < self.doc[tokens[1] - 1].idx:
            return tokens  # (the phrase is one place's mention, or part of it)
        a = self._token_at(self.mentions[i][0])
        if a < 3 or self.lowers[a - 1] not in ("à", "au", "aux"):
            return tokens
        k = a - 2
        while k >= 0 and a - k <= 8 and self.poses[k] in ("NOUN", "ADJ", "ADP", "DET") and self.lowers[k] not in SOME:
            k -= 1
        if k < 0 or self.lowers[k] not in SOME or self.poses[k] != "DET" or not is_person_noun(self.orths[k + 1]):
            return tokens
        return k, tokens[1]

    def _media_complement(self, e: Entity, ms: int, start: int) -> bool:
        """A news medium or agency named inside the speaker phrase after a preposition or a relative
        pronoun ("un correspondant de l'AFP", "un armateur interrogé par l'AFP", "l'ordonnance, dont
        l'AFP a obtenu copie"): the copy's own source of news, not the speaker (which "l'agence TASS",
        "Reuters" opening the phrase are)."""
        if ms <= start or not ({fold(e.name)} | {fold(m.text) for m in e.mentions}) & MEDIA:
            return False
        before = [w for w in fold(self.text[start:ms]).replace("'", "' ").split() if w not in ("l'", "la", "le", "les")]
        return bool(before) and before[-1] in MEDIA_LINKS  # (not "l'agence de presse officielle Irna")

    def _country_opening(self, char: int, mention: Span) -> Speaker | None:
        """"En Côte d'Ivoire, le gouvernement ...", "Au Mali, les autorités ...": a place named in
        "En/Au/Aux X," opening the sentence, right before the phrase at `char`."""
        doc, seg = self.doc, self._seg_start(char)
        a = self._token_at(seg)
        while a < len(doc) and (doc[a].is_punct or doc[a].is_space):
            a += 1
        if a + 2 >= len(doc) or self.lowers[a] not in ("en", "au", "aux"):
            return None
        i = bisect_left(self.starts, doc[a + 1].idx)
        if i >= len(self.mentions) or self.mentions[i][0] != doc[a + 1].idx or self.mentions[i][3].label not in ("LOC", "GPE"):
            return None
        ms, me, _, e = self.mentions[i]
        if self.text[me:char].strip() != ",":
            return None
        return Speaker(e.name, e.entity_id, e.label, mention, "title")

    def _nations_of(self, e: Entity) -> set[str]:
        """The countries the titles the article gave `e` name ("le chef de la diplomatie philippine")."""
        return {NATIONALITY[w] for key, o in self.titles if o is e for w in key.split() if w in NATIONALITY}

    def _named_in_sentence(self, entity_id: str, char: int) -> bool:
        """The entity is named (outside quotes) in the segment of `char`, before it."""
        seg = self._seg_start(char)
        return any(m[3].entity_id == entity_id and not self._in_quotes(m[0])
                   for m in self.mentions[bisect_left(self.starts, seg):bisect_left(self.starts, char)])

    def _names_other(self, span, head: Token) -> bool:
        """A role phrase whose complement names a place or organisation (an entity mention after
        the noun) that no title the article gave a person holds."""
        end = span.end_char
        inside = [m for m in self.mentions[bisect_left(self.starts, head.idx + len(head)):bisect_left(self.starts, end)]
                  if m[3].label in ("ORG", "LOC", "GPE")]
        if not inside:
            return False
        names = {fold(m.text).replace("'", " ") for _, _, _, e in inside for m in e.mentions}
        return not any(f" {n} " in f" {key.replace(chr(39), ' ')} " for key, _ in self.titles for n in names)

    def _organisations_in(self, span) -> set[str]:
        """The folded names ("aiea", "agence internationale de l energie atomique") of the
        organisations a role phrase names as its complement: "le chef de l'AIEA"."""
        found = set()
        for ms, me, _, e in self.mentions[bisect_left(self.starts, span[1].idx if len(span) > 1 else span.end_char):]:
            if ms >= span.end_char:
                break
            if e.label == "ORG":
                found |= {fold(m.text).replace("'", " ") for m in e.mentions} | {fold(e.name).replace("'", " ")}
        return found

    def _newcomer(self, char: int, gender: str | None) -> Entity | None:
        """The person the article says took an office before `char` ("la nomination de X", "a nommé X",
        "X a prêté serment", "X a été élu"), not the one replaced ("en remplacement de Y", "succédant à Y"):
        who "le nouveau ministre", "la nouvelle présidente" are, whatever title the others hold."""
        lowers, end = self.lowers, self._token_at(char)
        best = None
        for k in range(end):
            w = lowers[k]
            if w not in APPOINTED:
                continue
            after = w.startswith(("nomination", "nomm", "désign")) and not (
                k >= 2 and lowers[k - 1] in ("été", "est") or lowers[k - 1] in ("été", "est"))
            if after:  # "la nomination de X", "a nommé mardi X": the name after it
                lo, hi = self.doc[k].idx, self.doc[min(k + 6, end - 1)].idx
            else:  # "X a prêté serment", "X a été élue": the sentence's first person before it
                lo, hi = self._seg_start(self.doc[k].idx), self.doc[k].idx
            i = bisect_left(self.starts, lo)
            m = next((m for m in self.mentions[i:bisect_left(self.starts, hi)] if m[3].label == "PER"
                      and not self._in_quotes(m[0]) and self.gender.get(m[3].entity_id) in (None, gender)
                      and lowers[max(0, self._token_at(m[0]) - 1)] not in ("de", "à", "d'", "d’")
                      or (after and m[3].label == "PER" and lowers[k + 1:k + 2] == ["de"])), None)
            if m is not None:
                best = m[3]
        return best

    def _described_head(self, tokens: tuple[int, int]) -> tuple[int, int] | None:
        """The phrase before a comma that opens an apposition with a lower-case word and no determiner
        ("filiale de X", "allié de X", "présidé par X", "basé à X", "majoritaire chez X") when the apposition
        names someone: a name, or a definite noun that is no person's ("Le syndicat", not "Le porte-parole,
        joint par l'AFP", which the name after it may complete)."""
        a, b = tokens
        c = next((x for x in range(a + 1, b - 1) if self.orths[x] == ","), None)
        if c is None or not self.orths[c + 1].islower() or self.poses[c + 1] in ("DET", "PRON", "SCONJ", "CCONJ") \
                or self.lowers[c + 1] in ("qui", "dont", "que", "qu'", "qu’", "et", "ou"):
            return None
        doc = self.doc
        lo, mid, hi = doc[a].idx, doc[c].idx, doc[b - 1].idx + len(self.orths[b - 1])
        i = bisect_left(self.starts, lo)
        inside = [m for m in self.mentions[i:bisect_left(self.starts, hi)] if m[1] <= hi]
        if not any(m[0] > mid for m in inside):
            return None  # the apposition names no one: nothing to keep off
        if not any(m[0] < mid for m in inside):
            noun = next((t for t in token_list(doc)[a:c] if t.pos_ == "NOUN"), None)
            if self.lowers[a] not in ("le", "la", "l'", "l’", "les") or noun is None or (
                    is_person_noun(noun.text) and fold(noun.text) not in ORG_NOUNS):  # ("l'opérateur": a company)
                return None
            if self.lowers[c + 2] == "par" if c + 2 < b else False:
                return None  # ("L'opposition de gauche, emmenée par X": its leader speaks, as `_agent_of` has it)
        return (a, c)

    def _closing_apposition(self, tokens: tuple[int, int]) -> Speaker | None:
        """A phrase closed by a person's name set off by a comma: "la cofondatrice et présidente de
        X, Jeanne Dupont", "la responsable du syndicat pour la Bretagne et la Normandie, Anne
        Morel": the title and its complements (even coordinated) describe that person."""
        doc = self.doc
        a, b = tokens
        if b - a < 4:
            return None
        end = doc[b - 1].idx + len(doc[b - 1])
        i = bisect_right(self.starts, end) - 1
        while i >= 0 and self.mentions[i][1] != end and self.mentions[i][0] >= doc[a].idx:
            i -= 1
        if i < 0 or self.mentions[i][1] != end or self.mentions[i][3].label != "PER":
            return None
        ms, _, kind, e = self.mentions[i]
        k = self._token_at(ms)
        c = k - 1 if self.orths[k - 1] == "," else self._titled_apposition(a, k)
        if kind == "title" or c is None or not a + 2 <= c or doc[k].idx != ms \
                or not any(t.pos_ == "NOUN" and t.is_lower for t in token_list(doc)[a:c]):
            return None
        return self._speaker(e, (doc[a].idx, end), "name")

    def _titled_apposition(self, a: int, k: int) -> int | None:
        """The comma opening a titled name in apposition, the name starting at token k: "le président du
        sommet, le ministre canadien des Finances X" (the second title is the person's own)."""
        c = next((x for x in range(k - 1, a, -1) if self.orths[x] == ","), None)
        if c is None or c + 2 >= k or self.lowers[c + 1] not in ("le", "la", "l'", "l’"):
            return None
        noun = c + 2 if self.poses[c + 2] != "ADJ" else c + 3  # ("le nouveau ministre")
        if noun >= k or not is_person_noun(self.orths[noun]) or any(
                self.poses[x] in ("VERB", "AUX", "PRON", "PUNCT") for x in range(c + 1, k)):
            return None
        return c

    def _unlisted_name(self, tokens: tuple[int, int]) -> Speaker | None:
        """"Selon le président de la commission, Jean Dupont, ...", "a averti le ministre qatari de
        l'Energie, Ali Ben Saad": a person's title set off by a comma before a proper name is that
        person, even when the entity stage made no entity of the name (a rare or foreign name).
        Only when no mention lies in the title or the name: the name is then the speaker's name."""
        doc, orths, poses = self.doc, self.orths, self.poses
        a, b = tokens
        c = next((x for x in range(b - 1, a, -1) if orths[x] == ","), None)
        if c is None or c + 1 >= b:  # the phrase stops at the comma: the name follows it
            c = b if b + 1 < len(doc) and orths[b] == "," else None
        if c is None or c - a < 2 or not is_person_noun(orths[a + 1]) and not (
                c - a >= 3 and poses[a + 1] == "ADJ" and is_person_noun(orths[a + 2])):
            return None  # ("le ministre ..., X", "l'ancien ministre ..., X")
        if self.lowers[a] not in ("le", "la", "l'", "l’"):
            return None
        n = c + 1
        while n < len(doc) and n - c <= 5 and (orths[n][:1].isupper() or orths[n].lower() in NAME_PARTICLES
                                                     or orths[n].lower().startswith(("al-", "el-", "ad-"))) \
                and poses[n] in ("PROPN", "NOUN", "ADJ", "X") and orths[n] not in ("M.", "Mme"):
            n += 1
        if n - c < 3 or not orths[c + 1][:1].isupper() or (n < len(doc) and orths[n] not in (",", ".")):
            return None  # two words at least, closed by a comma or the sentence's end
        lo, hi = doc[a].idx, doc[n - 1].idx + len(orths[n - 1])
        ns = doc[c + 1].idx
        i = bisect_left(self.starts, lo - 200)
        inside = [m for m in self.mentions[i:bisect_left(self.starts, hi)] if m[0] < hi and m[1] > lo]
        if any(m[3].label == "PER" for m in inside):
            return None  # (a person named in the title: "l'avocat de X, Y" is another rule's)
        named = [m for m in inside if m[1] > ns]
        if not named:
            name = doc[c + 1:n].text
            return Speaker(name, None, None, Span(self.text[lo:hi], lo, hi), "name")
        if len(named) == 1 and named[0][0] == ns and named[0][1] == hi:
            # the entity stage labelled the name a place or a body: the title says it is a person
            e = named[0][3]
            return Speaker(e.name, e.entity_id, "PER", Span(self.text[lo:hi], lo, hi), "name")
        return None

    def _name_after_relative(self, tokens: tuple[int, int]) -> Speaker | None:
        """"Le directeur de X, qui rassemble ..., Paul Durand, a estimé": a person's title whose relative
        clause comes between it and the name in apposition; the phrase ends before the relative clause."""
        a, b = tokens
        n = len(self.orths)
        if b + 3 >= n or self.orths[b] != "," or self.lowers[b + 1] not in ("qui", "dont", "que", "qu'", "qu’") \
                or self.lowers[a] not in ("le", "la", "l'", "l’") or not any(is_person_noun(w) for w in self.orths[a + 1:b]):
            return None
        c = next((x for x in range(b + 2, min(n - 1, b + 30)) if self.orths[x] in (",", ".", ";", ":")), None)
        if c is None or self.orths[c] != ",":
            return None
        i = bisect_left(self.starts, self.doc[c + 1].idx)
        if i >= len(self.mentions) or self.mentions[i][0] != self.doc[c + 1].idx or self.mentions[i][3].label != "PER":
            return None
        ms, me, kind, e = self.mentions[i]
        j = self._token_at(me - 1) + 1
        if kind == "title" or j >= n or not (self.orths[j] == "," or self.poses[j] in ("AUX", "VERB")):
            return None  # (the name closes the apposition: a comma or the verb follows)
        return self._speaker(e, (self.doc[a].idx, me), "name")

    def _plural_before_names(self, tokens: tuple[int, int]) -> Speaker | None:
        """"Les organisateurs, le collectif X et la Confédération Y, évoquent": a plural noun phrase
        that names no one, spelt out by the names in apposition after it, is the speaker as written."""
        doc = self.doc
        a, b = tokens
        if b - a < 5 or self.lowers[a] not in ("les", "des") or self.poses[a + 1] != "NOUN" or not doc[a + 1].is_lower \
                or "Plur" not in morph_of(doc[a + 1], "Number"):
            return None
        c = next((x for x in range(a + 2, min(b, a + 8)) if self.orths[x] == ","), None)
        if c is None or not all(t.pos_ in NP_POS or t.pos_ == "DET" or t.lower_ in DE for t in token_list(doc)[a:c]):
            return None
        head_end, end = doc[c - 1].idx + len(doc[c - 1]), doc[b - 1].idx + len(doc[b - 1])
        i = bisect_left(self.starts, doc[a].idx)
        if i < len(self.mentions) and self.mentions[i][0] < head_end:
            return None  # a name in the plural phrase itself
        if not (i < len(self.mentions) and self.mentions[i][0] < end):
            return None
        span = doc[a:c]
        return Speaker(span.text, None, None, Span(span.text, span.start_char, span.end_char), "unnamed")

    def _opening_apposition(self, tokens: tuple[int, int]) -> Speaker | None:
        """A phrase opened by a person's name and a comma: "Léa Martin, éleveuse dans le Gers et
        membre du syndicat", "le docteur Paul Roux, chercheur à l'Institut X": the apposition, even
        coordinated or naming places and organisations, describes that person."""
        doc = self.doc
        a, b = tokens
        if b - a < 4:
            return None
        i = bisect_left(self.starts, doc[a].idx)
        while i < len(self.mentions) and self.mentions[i][0] < doc[a].idx + 30 and self.mentions[i][3].label != "PER":
            i += 1  # (past "le docteur", "M.")
        if i >= len(self.mentions) or self.mentions[i][3].label != "PER" or self.mentions[i][2] == "title":
            return None
        ms, me, _, e = self.mentions[i]
        if not all(t.pos_ in ("DET", "NOUN", "PROPN") or t.lower_ in HONORIFICS_M or t.lower_ in HONORIFICS_F
                   for t in token_list(doc)[a:b] if t.idx < ms):
            return None
        k = next((t.i for t in token_list(doc)[a:b] if t.idx >= me), b)
        if k + 1 >= b or self.orths[k] != "," or self._complement_of_noun(ms, doc[a].idx) or any(
                m[3].label == "PER" and m[3] is not e for m in self.mentions[i + 1:bisect_left(self.starts, doc[b - 1].idx + 1)]):
            return None  # ("Jean Dupont, Marie Durand et Paul Roux": several speakers)
        return self._speaker(e, (doc[a].idx, doc[b - 1].idx + len(doc[b - 1])), "name")

    def _document_issuer(self, span, folded: str, mention: Span) -> Speaker | None:
        """A definite document speaking ("selon le rapport", "affirme le texte", "le communiqué lu à
        la télévision") stands for the body (organisation or place) that spoke last before it, which
        issued it; "du ministère" after the noun must then be a word of that body's name. An
        indefinite one ("une résolution") is a new document, and a capitalised word ("le communiqué
        d'Ottawa") names its issuer otherwise: both keep their phrase."""
        words = re.findall(r"[\w-]+", folded)
        if len(words) < 2 or words[0] not in ("le", "la", "l", "ce", "cette", "cet") or words[1] not in DOCUMENT_NOUNS \
                or any(t.text[:1].isupper() for t in span[1:]):
            return None
        body = next((sp for c, _, sp, _ in reversed(self.history) if c < mention.start and sp.entity_id is not None
                     and sp.label in ("ORG", "GPE", "LOC")), None)
        if body is None:
            return None
        of = next((words[i + 1 + (words[i + 1] in ("la", "l"))] for i in range(2, len(words) - 1)
                   if words[i] in ("de", "du", "d", "des") and i + 1 + (words[i + 1] in ("la", "l")) < len(words)), None)
        if of is not None and of not in fold(body.name).split():
            return None
        return Speaker(body.name, body.entity_id, body.label, mention, "title")

    def _org_name_after(self, span) -> Speaker | None:
        """A phrase ending on an organisation noun right before an organisation's name the phrase
        did not take in (the parser may tag a short name "EY" as a preposition): "une étude du
        cabinet EY", "selon l'agence Fitch"."""
        doc, e = self.doc, span.end
        if e >= len(doc) or not (span[-1].is_lower and fold(span[-1].text) in ORG_NOUNS):
            return None
        i = bisect_left(self.starts, doc[e].idx)
        if i >= len(self.mentions) or self.mentions[i][0] != doc[e].idx or self.mentions[i][3].label != "ORG" \
                or self._in_quotes(doc[e].idx):
            return None
        ent, end = self.mentions[i][3], self.mentions[i][1]
        return self._speaker(ent, (span.start_char, end), "name")

    def _with_post(self, span):
        """"a confié un diplomate occidental | en poste à Bangui": the posting belongs to the
        unnamed speaker ("un diplomate européen en poste à Chisinau"), as when it stands before
        the verb; the phrase after the verb stops at the preposition."""
        doc, e = self.doc, span.end
        if not (len(span) >= 2 and span[0].lower_ in ("un", "une", "des") and e + 2 < len(doc)):
            return span
        if fold(span[-1].text) in PRESENT | SPECIALISED and self.poses[e] == "ADP":
            pp = e + 1  # "un diplomate africain présent | à Luanda", "présent | sur place": where they
            # were, said with the same word that the parser took into the phrase; "un avocat
            # spécialisé | en droit fiscal": the field that makes them a source
        elif fold(self.orths[e]) in PRESENT and self.poses[e + 1] == "ADP":
            pp = e + 2
        elif len(span) >= 4 and span[-2].lower_ == "en" and span[-1].lower_ == "poste" and self.poses[e] == "ADP":
            pp = e + 1  # "un diplomate en poste | à New York": the parser took "en poste" into the phrase
        elif e + 3 < len(doc) and self.lowers[e] == "en" and self.lowers[e + 1] == "poste" and self.poses[e + 2] == "ADP":
            pp = e + 3
        else:
            return span
        np = np_forward(doc, pp, min(len(doc), pp + 7), in_pp=True)
        if np is None or np[0] != pp or self._in_quotes(doc[np[0]].idx):
            return span
        return doc[span.start:np[1]]

    def _through_name(self, span):
        """"une responsable de Médecins | sans frontières (MSF)": an unnamed speaker's phrase the parser cut
        inside an organisation's name runs to the name's end; "un enquêteur de" + the name takes the acronym in
        brackets after it, as the golds write it (not the organisation alone, nor "une source proche de")."""
        end = span.end_char
        i = bisect_left(self.starts, end) - 1
        if i < 0 or not self.mentions[i][0] < end <= self.mentions[i][1] or self._in_quotes(self.mentions[i][0]) \
                or self.mentions[i][3].label != "ORG":
            return span
        e = self._token_at(self.mentions[i][1] - 1) + 1
        if any(fold(self.orths[x]) in REACHED for x in range(span.end, e)):
            return span  # ("de Tessalit | joint par téléphone": a name the entity stage ran on, past the cut)
        member = len(span) >= 3 and fold(span[0].text) in SOME and is_person_noun(span[1].text) and span[2].lower_ in DE
        if member and e + 2 < len(self.orths) and self.orths[e] == "(" and self.orths[e + 2] == ")" \
                and self.orths[e + 1][:1].isupper():
            e += 3  # "un enquêteur de l'Office anti-stupéfiants (Ofast)": the acronym stays with the name
        return self.doc[span.start:e]

    def _branch_of(self, first, other: tuple[int, int]) -> bool:
        """"La CGT de Ségur Composites", "le PS de Seine-Saint-Denis": an organisation's name opening the
        phrase with a "de" complement naming another body or a place is that body's branch, which
        speaks, not the company or the place it is in."""
        if first[3].label != "ORG":
            return False
        k = self._token_at(first[1] - 1) + 1
        if k + 1 >= len(self.orths) or self.lowers[k] not in DE:
            return False
        k += 1 + (self.lowers[k + 1] in ("la", "l'", "l’", "les"))
        return k < len(self.orths) and self.doc[k].idx == other[0]

    def _names_phrase(self, span, ms: int, me: int) -> bool:
        """The name heads the phrase ("le Sénégal voisin": only adjectives follow it) or closes it in
        apposition to a noun ("l'organisation de surveillance d'internet X"); not a noun's
        complement ("l'équipe de Mme X", "les habitants de Y")."""
        doc = self.doc
        inside = [t for t in span if ms <= t.idx < me]
        if not inside:
            return False
        a, b = inside[0].i, inside[-1].i + 1
        if a <= span.start + 1 and all(t.pos_ in ("DET", "ADJ") for t in token_list(doc)[span.start:a]) and b < span.end \
                and (all(t.pos_ == "ADJ" and t.is_lower for t in token_list(doc)[b:span.end]) or (
                    self.orths[b] == "," and b + 1 < span.end and self.poses[b + 1] in ("DET", "ADJ", "NOUN", "VERB")
                    and not any(m[3].label == "PER" for m in self.mentions[bisect_left(self.starts, doc[b].idx):
                                                                           bisect_left(self.starts, span.end_char)]))):
            # ("les Etats-Unis, liés au Japon par un traité, ont dit": the name with its apposition)
            return True
        return b == span.end and a > span.start + 1 and self.poses[a - 1] in ("NOUN", "ADJ") and doc[a - 1].is_lower \
            and self.lowers[a - 1] not in DE and any(t.pos_ == "NOUN" for t in token_list(doc)[span.start:a])

    def _holds_other_office(self, phrase: str, entity_id: str) -> bool:
        """A definite description of an office ("le Premier ministre", "l'ancien dirigeant", "la
        porte-parole du groupe") does not stand for a person whose titles in the article all name
        another kind of role: a head of government is no union president, a leader no lawyer, a
        spokesperson no minister. A person with no title may be anyone; generic nouns ("le
        responsable", "l'élu", "le diplomate") may describe anyone."""
        phrase = phrase.split(",")[0]
        cls = role_class(phrase)
        if cls is None and len(strip_det(phrase).split()) >= 2:
            cls = role_class(strip_det(phrase).split(" ", 1)[1])  # "l'ancien dirigeant", "le nouveau ministre"
        if cls is None or (cls not in OFFICES and cls not in LEADERS and _role_stem(cls) not in OWN_ROLES):
            return False
        theirs = {role_class(key) for key, x in self.titles if x.entity_id == entity_id} - {None}
        if not theirs:
            return False
        if cls in OFFICES:
            return all(_other_office(c, cls) or c not in OFFICES | LEADERS for c in theirs)
        if cls in LEADERS:
            return not theirs & (LEADERS | OFFICES)
        return all(_role_stem(c) != _role_stem(cls) for c in theirs)

    def _subject_beside_noun(self, head: Token, char: int, mention: Span, gender: str | None) -> Speaker | None:
        """"le nouveau gouverneur" after "X, candidat de ..., a remporté le poste de gouverneur": the
        last person named first in a sentence that holds the description's noun (outside quotes)."""
        noun, text = fold(head.text), self.text
        i = bisect_left(self.starts, char) - 1
        while i >= 0:
            ms, _, _, e = self.mentions[i]
            i -= 1
            known = self.gender.get(e.entity_id)
            if e.label != "PER" or self._in_quotes(ms) or (gender and known and known != gender):
                continue
            seg = self._seg_start(ms)
            nxt = bisect_right(self.seg_chars, ms)
            seg_end = self.seg_chars[nxt] if nxt < len(self.seg_chars) else len(text)
            if seg_end > char or any(m[3].label == "PER" and not self._in_quotes(m[0]) and seg <= m[0] < ms
                                     for m in self.mentions[max(0, i - 8):i + 1]):
                continue
            a = self._token_at(seg)
            b = next((t.i for t in token_list(self.doc)[a:] if t.idx >= seg_end), len(self.doc))
            if any(fold(t.text) == noun and t.pos_ == "NOUN" and t.i > a and not self._in_quotes(t.idx)
                   and self.poses[t.i - 1] != "DET" and fold(self.orths[t.i - 1]) not in DETS
                   for t in token_list(self.doc)[a:b]):
                # a bare noun, said of the subject ("le poste de gouverneur", "élu maire"); "a reçu
                # le ministre" names someone else
                return Speaker(e.name, e.entity_id, e.label, mention, "title")
        return None

    def _complement_of_noun(self, mention_start: int, phrase_start: int) -> bool:
        """A name right after "de" inside a longer phrase whose head is a common noun."""
        i = self._token_at(mention_start)
        doc = self.doc
        while i > 0 and doc[i - 1].idx > phrase_start and (self.orths[i - 1][:1].isupper() or (
                self.orths[i - 1] == "-" and not doc[i - 1].whitespace_)) and fold(self.orths[i - 1]) != "etat" \
                and not self._other_mention_at(doc[i - 1].idx, mention_start):
            i -= 1  # the start of the name: "de Jean Dupont", "de Marie-Claire Roux"; not past a capital that
            # ends a title ("le secrétaire d'Etat X") or another name ("la députée de Mayotte X"): a place
            # or a body named before the person is the title's complement, the person is the speaker
        if i > 1 and self.lowers[i - 1] in ("la", "l'", "l’") and self.lowers[i - 2] in DE and doc[i - 1].idx > phrase_start:
            i -= 1  # "le président du Congrès de la Nouvelle-Calédonie": a place (no person takes "la")
        j = self._title_after_de(i, self._token_at(phrase_start))
        if j is not None and j >= 2 and is_person_noun(self.orths[j - 2]):
            i = j  # "un conseiller du président X", "l'avocate de l'ancien ministre Y": the person's title
            # is the person noun's complement too ("le recrutement de l'attaquant X" names X)
        if i <= 0 or doc[i].idx <= phrase_start or self.lowers[i - 1] not in DE:
            return False
        a = self._token_at(phrase_start)
        return any(t.pos_ == "NOUN" for t in token_list(doc)[a:i - 1]) or self._org_opening(a, i - 1)

    def _org_opening(self, a: int, de: int) -> bool:
        """An organisation's name opens the phrase at token a (after a determiner) and ends right before
        the "de" at `de`: "La CGT de X", whose complement says whose branch it is."""
        if de - 1 < a:
            return False
        end = self.doc[de - 1].idx + len(self.orths[de - 1])
        i = bisect_left(self.starts, self.doc[a].idx)
        if i >= len(self.mentions):
            return False
        ms, me, _, e = self.mentions[i]
        opens = ms == self.doc[a].idx or (self.poses[a] == "DET" and a + 1 < de and ms == self.doc[a + 1].idx)
        return opens and me == end and e.label == "ORG"

    def _other_mention_at(self, char: int, mention_start: int) -> bool:
        """A mention of another entity than the one at `mention_start` covers `char`."""
        def covering(c: int) -> list[Entity]:
            i, found = bisect_right(self.starts, c) - 1, []
            while i >= 0 and self.starts[i] > c - 80:
                if self.mentions[i][0] <= c < self.mentions[i][1]:
                    found.append(self.mentions[i][3])
                i -= 1
            return found
        own = covering(mention_start)
        return any(all(e is not o for o in own) for e in covering(char))

    def _title_after_de(self, i: int, floor: int) -> int | None:
        """Where the title right before the name at token i starts when "de" opens it: "un conseiller
        du | président X", "l'avocate de l'| ancien ministre Y" (lower-case role nouns and adjectives)."""
        j, role = i, False
        while j - 1 > floor and i - j < 4 and self.doc[j - 1].is_lower and (
                fold(self.orths[j - 1]) in ROLE_NOUNS or self.poses[j - 1] == "ADJ"):
            role = role or fold(self.orths[j - 1]) in ROLE_NOUNS
            j -= 1
        if role and j - 1 > floor and self.lowers[j - 1] in ("la", "l'", "l’", "le") and self.lowers[j - 2] in DE:
            j -= 1
        return j if role and self.lowers[j - 1] in DE else None

    def _agent_of(self, mention_start: int, phrase_start: int) -> bool:
        """A name after a participle and "par" inside the subject: "La mission d'observation de X,
        conduite par l'ancienne ministre Y, a jugé", "La Région X, présidée par Y, a fait savoir": Y
        leads the named body that speaks, the body speaks."""
        i = self._token_at(mention_start)
        doc = self.doc
        k = i - 1
        while k > 0 and i - k <= 6 and doc[k].idx > phrase_start and self.lowers[k] != "par" and self.orths[k] != ",":
            k -= 1  # back over the title before the name: "l'ancienne Première ministre sénégalaise"
        if k <= 1 or self.lowers[k] != "par" or doc[k].idx <= phrase_start:
            return False
        # (the parser often takes the participle for a noun: ", conduite par")
        if not (self.orths[k - 2] == "," and self.orths[k - 1].islower() and self.poses[k - 1] in ("VERB", "ADJ", "NOUN")):
            return False
        # only a named body leads: "L'opposition de gauche, emmenée par X" is X speaking, as the golds have it
        comma = doc[k - 2].idx
        lo = bisect_left(self.starts, phrase_start)
        return any(m[3].label != "PER" for m in self.mentions[lo:bisect_left(self.starts, comma)])

    def _quoted_by(self, i: int) -> bool:
        """`doc[i]` (a participle of REACHED) opens "par" + a determiner: "des témoins cités par la
        presse locale", "plusieurs économistes interrogés par l'AFP" say whose witnesses speak and
        stay in the phrase, while "joint par téléphone" only says how they were reached."""
        return i + 2 < len(self.lowers) and self.lowers[i + 1] == "par" and self.poses[i + 2] == "DET"

    def _unnamed_core(self, span):
        """"une infectiologue du CHU, qui a requis l'anonymat" and "un habitant joint par
        téléphone" are "une infectiologue du CHU" and "un habitant": a relative clause or a
        participle after the noun describes how the speaker was reached, it does not name them."""
        doc = self.doc
        for t in span[1:]:
            if t.text in (",", "(") or t.lower_ in ("qui", "que", "qu'", "qu’", "dont") or (
                    t.i > span.start + 1 and t.i + 1 < len(doc) and (t.lower_, fold(self.orths[t.i + 1])) in ANONYMOUS) or (
                    t.i > span.start + 1 and t.pos_ != "NOUN" and fold(t.text) in REACHED
                    and not self._quoted_by(t.i)) or (
                    t.i > span.start + 1 and fold(t.text) not in OCCUPIED
                    and _present_participle(doc[t.i + 1] if t.lower_ in ("s'", "s’", "se") and t.i + 1 < len(doc) else t)):
                # ("un haut responsable s'exprimant sous couvert d'anonymat": how they spoke; "une
                # infirmière travaillant dans le camp" says who she is, and stays)
                return doc[span.start:t.i] if t.i > span.start else span
            if t.lower_ == "à" and t.i > span.start + 1 and t.i + 1 < span.end and self.poses[t.i - 1] in ("NOUN", "ADJ", "PROPN") \
                    and fold(self.orths[t.i - 1]) not in PRESENT | {"poste"} and not (t.i > span.start + 2 and self.lowers[t.i - 2] == "en") and (
                        (self.poses[t.i + 1] == "PROPN" and self.orths[t.i + 1][:1].isupper())
                        or (t.i + 2 < span.end and self.lowers[t.i + 1] in ("son", "sa", "leur") and fold(self.orths[t.i + 2]) == "siege")):
                # "une source judiciaire à Lyon", "un porte-parole de l'agence à son siège de Genève":
                # a bare "à" + a place says only where the source spoke from, which the golds cut
                # (the words "en poste à", "présent à" stay: decision 23)
                return doc[span.start:t.i]
        return span

    def _agreeing(self, cands: list[Entity], g: str | None) -> list[Entity]:
        """The candidates a description of gender `g` may stand for: "la présidente" is no man and
        "le chef de l'Etat" no woman the article marked as one ("Mme X", "la ministre X"); a
        masculine role said of a woman ("le ministre", "le docteur X") is kept when no man fits."""
        if g not in ("Masc", "Fem"):
            return cands
        keep = [e for e in cands if self.gender.get(e.entity_id) in (None, g)]
        return cands if g == "Masc" and not keep else keep

    def _last_speaking(self, cands: list[Entity], char: int) -> Entity:
        """Of several persons a description may stand for ("le ministre" after "le ministre
        français X et son homologue Y"), the one of them who spoke last, as a reader takes "a
        déclaré le ministre" for the minister of the running exchange; else the one named last."""
        ids = {e.entity_id for e in cands}
        if len(ids) > 1:
            for c, _, sp, _ in reversed(self.history):
                if sp.label == "PER" and sp.entity_id is not None:
                    if sp.entity_id in ids:
                        return next(e for e in cands if e.entity_id == sp.entity_id)
                    break
        return self._latest(cands, char)

    def _latest(self, cands: list[Entity], char: int) -> Entity:
        """Of several candidate entities, the one mentioned last before `char`."""
        def last(e: Entity) -> int:
            before = [m.start for m in e.mentions if m.start < char]
            return max(before) if before else -1
        return max(cands, key=last)
